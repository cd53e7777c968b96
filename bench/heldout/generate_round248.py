#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 248 (openemr, idempiere, akaunting, inventree, snipe-it)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five business applications run by one
managed-services team, 06:00 to 12:00 on 2024-06-07. None of the five was in the set (GLPI,
OpenMRS, Odoo, Invoice Ninja and LibreNMS are).

- OpenEMR 7.0.2 (`error.log`: the openemr/openemr image's Apache 2.4.59 with mod_php and PHP
  8.2, prefork, `LogLevel warn`: `[Fri Jun 07 06:01:33.508415 2024] [php:warn] [pid 19] [client
  10.20.1.61:44369] PHP Warning:  Undefined array key "set_pid" in ... on line 88, referer: ...`;
  PHP's `error_log()` lands at `[php:notice]`, its warnings at `[php:warn]`, fatal errors at
  `[php:error]` with the stack trace's line breaks escaped as `\\n` on one line). A family
  practice's morning: the legacy code's warnings on every page (`Undefined array key "%s"`,
  `Trying to access array offset on value of type %s`, `Undefined variable $%s`, `foreach()
  argument must be of type array|object, %s given`, `Attempt to read property "%s" on %s`, `A
  non-numeric value encountered`), scanned documents over `post_max_size` until httpd is
  restarted at 09:05 (`POST Content-Length of %d bytes exceeds the limit of %d bytes`, AH00169
  and the start-up lines again), slow uploads (`(70007)The timeout specified has expired: ...
  AH00574`), stale forms (`OpenEMR CSRF token authentication error`), the lab's FHIR client
  polling every minute with a token revoked 08:12-10:06 (SystemLogger's Monolog line through
  `error_log()`: `OpenEMR.ERROR: OpenEMR Error: api failed because unable to validate token
  {...} []`), the fax/SMS module's notification service failing on every browser's background
  poll 07:02-10:48 (`PHP Fatal error:  Uncaught Error: Call to a member function %s() on %s ...`),
  MariaDB killed and restarted 10:20-10:23 (`SQL Error with statement:%s--MySQL server has gone
  away`, `mysqli_real_connect(): (HY000/2002): Connection refused`, `... Lost connection to MySQL
  server during query`), three scanners refused on `sites/default` (AH01630), the portal's
  reminder wave at 11:00 (AH00161).
- iDempiere 11 (`idempiere.2024-06-07_0.log`, `idempiere.2024-06-07_1.log`: CLogFile at
  TraceLevel INFO, CLogFormatter's `HH:mm:ss.SSS` with the date in the file's name, one blank
  before an INFO record's `Class.method: `, WARNING's `-----------> ` and SEVERE's `===========> `
  glued to the time, the thread id in brackets at the end, `*** <timestamp> idempiere Log
  (CLogFile) ***` as the file's head and, after an empty line, its tail; an exception's trace
  after its record, then an empty line). The accounting processor every minute (` Next run: %s
  sleep %d`, and for each document completed since its last run `Locked: %s_ID=%d` and
  `Sta=%s DT=%s ID=%d`), schedulers (`MProcess[%d-%s]` for the bank statement import, the
  replenish report and the conversion rates at 09:30), the request, alert and workflow
  processors, logins (`User=%s`); vendors' May paperwork dated into the closed May period (`NO -
  MInvoice[%d-%s]`, `NO - MInOut[%d-%s,DocStatus=%s]`, `Sta=c`) until the controller opens it
  and resets the accounting at 10:15; EUR invoices before the 09:30 rates (`NOT from
  C_Currency_ID=%d to %d - MInvoice[%d-%s]`, `Sta=i`); the accountant reposting invoices
  09:45-10:05 (`deleted=%d`; four April ones: `... - Period Closed for already posed document`);
  users pressing Post while the processor posts (`Resubmit - Cannot lock %s_ID=%d, Force=%s,
  RePost=%s`); three transactions closed by the monitor (`Transaction timeout. Name=%s,
  timeout(sec)=%d`); deadlocks between shipments and the inventory move at 09:12 and 11:03
  (`DB.executeUpdate`'s `%s [%s]` with the PSQLException trace, `(fact not saved) ...
  rolling back`); the server restarted at 10:40 for a plugin (the tail, then a new file).
- Akaunting 3.1 (`laravel.log`: Laravel 10's Monolog lines, `[2024-06-07 06:00:01]
  production.ERROR: message {"userId":..,"exception":"[object] (...)` with `[stacktrace]`,
  `[previous exception]` and `"} ` below; `queue-worker.log`: two `queue:work` processes under
  supervisord, Laravel 10's `  2024-06-07 06:00:07 App\\Notifications\\Sale\\Invoice ....
  RUNNING` / `... 1004.86ms DONE` / `FAIL`, `   INFO  Processing jobs from the [default]
  queue.  ` at each start). An accounting practice's twelve client companies: the recurring
  invoices at 06:00 and the reminders at 09:00 mailed by the queue, staff at work all morning;
  the SMTP password changed 08:10-08:23 (Symfony Mailer's `Failed to authenticate on SMTP server
  with username "%s" using the following authenticators: "%s", "%s". Authenticator "%s" returned
  "Expected response code "%s" but got code "%s", with message "%s".". ...`, each job tried three
  times), unknown recipients (`Expected response code "%s" but got code "%s", with message "%s
  <%s>: Recipient address rejected: User unknown in virtual mailbox table".`), a company's
  dashboard widget reading a deleted currency (`Attempt to read property "%s" on %s (View: %s)`),
  the Double-Entry module's listener after an update (`Too few arguments to function %s(), %d
  passed in %s on line %d and exactly %d expected`), invoice numbers taken twice (`SQLSTATE[23000]:
  ... 1062 Duplicate entry`), a bank CSV with the wrong columns (`Undefined array key "%s"`), a
  removed Payroll module's queued listener (`Class "%s" not found`), `recurring:check` on
  templates whose customer was deleted (`Call to a member function %s() on %s`), statements
  timing out in dompdf (`Maximum execution time of %d seconds exceeded`), a large export killed
  by `--timeout=90` three times (`%s has timed out.`, then `%s has been attempted too many
  times.`), MySQL restarted 10:05-10:08 (`SQLSTATE[HY000]: General error: 2006 MySQL server has
  gone away ...`, then `SQLSTATE[HY000] [2002] Connection refused ...` from the web and from
  each worker restarted by supervisord with a growing back-off).
- InvenTree 0.15 (`inventree-server.log`, `inventree-worker.log`: `docker logs -t` of the
  server and the worker containers, `2024-06-07T06:01:58.300000754Z ...`; INVENTREE_LOG_LEVEL at
  INFO; InvenTree's root StreamHandler has no formatter, so Django's and django-q2's records are
  bare messages, and django-q2 1.6 adds no `[Q]` handler of its own when the root logger has
  one; gunicorn 21.2's error log `[2024-06-07 09:42:11 +0000] [1] [INFO] ...`). django-q2's
  cluster with the ORM broker and two workers: `Enqueued [%s] %s` wherever a task is offloaded
  (the server for the warehouse's stock moves: `part.tasks.update_part_pricing`,
  `part.tasks.notify_low_stock_if_required`; the worker for `part.tasks.notify_low_stock` and
  `django.core.mail.send_mail`; the sentinel's scheduler for the heartbeat every five minutes and
  the daily tasks: `%s created task %s from schedule [%s]`), `%s processing %s '%s'` (with ` [%s]`
  when the task has a group: a schedule's), `Processed '%s' (%s)`; the mail relay down
  09:10-09:40 (`Failed '%s' (%s) - [Errno %d] Connection refused : %s`, the traceback on the lines
  below); API clients' `Not Found: %s`, `Bad Request: %s`, `Unauthorized: %s` (a KiCad plugin's
  expired token), `Forbidden: %s`; four label prints failing (`Internal Server Error: %s` with
  Django's traceback); both containers restarted at 09:42 (gunicorn's `Handling signal: %s`,
  `Worker exiting (pid: %s)`, `Shutting down: %s`, `Starting gunicorn %s`, `Listening at: %s
  (%s)`, `Using worker: %s`, `Booting worker with pid: %s`; django-q2's stop and start lines); a
  BOM export past gunicorn's timeout at 10:31 (`WORKER TIMEOUT (pid:%s)`, then 21.2's two
  `Worker (pid:%s) exited with code %s` lines, one with a full stop).
- Snipe-IT 6.4 (`snipeit.log`: `docker logs` of the snipe/snipe-it container: Apache 2.4.52's
  access log on stdout, `172.18.0.2 - - [07/Jun/2024:06:00:07 +0000] "GET /health HTTP/1.1" 200
  1093 "-" "Uptime-Kuma/1.23.11"`, behind Traefik, its error log and supervisord's lines on
  stderr; `laravel.log` in storage/logs). Uptime Kuma every 45 s, jamf2snipe every two hours
  (`GET /api/v1/hardware/byserial/%s` and `PATCH /api/v1/hardware/%s` per Mac, 429s from the API
  throttle, three Macs whose assigned user was deleted: 500 and `Call to a member function %s()
  on %s`), the helpdesk browsing, checking out and logging in; assets of a deleted model (`GET
  /hardware/%s 500`, `Attempt to read property "%s" on %s (View: %s)`), Office 365 refusing the
  mail account 08:31-09:04 (checkouts 500, `Failed to authenticate on SMTP server ...`), the
  Slack webhook removed at 09:32 (Guzzle's `Client error: `%s %s` resulted in a `%s %s` response:`
  with the body on the lines below), MySQL upgraded 10:30-10:34 (`SQLSTATE[HY000] [2002]
  Connection refused ...`, health checks 500) and the container restarted at 10:34
  (supervisord's `received SIGTERM indicating exit request`, `waiting for %s to die`, `stopped:
  %s (exit status %s)`, AH00169; the start-up script's `Nothing to migrate.`, `Configuration
  cache cleared successfully.`, `Configuration cached successfully.`, supervisord's start,
  AH00558 printed bare, AH00163, AH00094).

Label notes. The heads are context: Apache's time, `[module:level]`, `[pid]`, `[client]` and
`, referer: ...` (and an APR error's `(70007)...: ` prefix), CLogFormatter's time, level marker,
`Class.method: ` and `[thread]`, Monolog's `[date] production.LEVEL: ` and its context and
extra JSON (also inside a PHP `error_log()` message: `OpenEMR.ERROR: ` and `{...} []`),
Laravel's console badge (`   INFO  `), `docker logs -t`'s time, gunicorn's time, pid and level,
supervisord's time and level. PHP's own `PHP %s:  %s in %s on line %d` is wording with the
error's format inside, the error type (`Warning`, `Fatal error`) picked by branch; a fatal's
stack trace is one value. A value that is a message contributes its format: a model's
`toString()` (`MProcess[%d-%s]`, `MInvoice[%d-%s]`, `MInOut[%d-%s,DocStatus=%s]`), Symfony's
SMTP errors inside the authenticator message, the MySQL and Postfix replies' texts, an errno's
text. Text the code appends by branch makes its own label (django-q2's ` [%s]` group, gunicorn
21.2's two `exited with code` lines). Access records are labelled by method, route and status
(round 54's rule: ids and a query's values variables); Django's `django.request` records by
their format (`Not Found: %s`), as the earlier rounds label them. The later lines of one write
have no row: stack traces and `[stacktrace]` blocks, tracebacks (also where `docker logs -t`
stamps each of their lines), Guzzle's response body, the empty lines of Laravel's console output
and of CLogFormatter (the tail's `***` line is labelled; the empty line before it is not).
A SQL statement in a message is a value.

Checked against copies of the sources (the search tool's and two wheels from PyPI): iDempiere's
CLogFormatter and CLogFile (layout, markers, head and tail, file names), `Transaction timeout.
Name=%s, timeout(sec)=%d`, AdempiereServer's ` Next run: %s sleep %d`, Scheduler's
`log.info(process.toString())` and MProcess's `MProcess[%d-%s]`, Doc's `Locked: `, `Sta=`, `NO -
`, `NOT from C_Currency_ID=`, `Resubmit - Cannot lock`, `Period Closed for already posed
document`, `(fact not saved) ... rolling back` and `deleted=`, MInvoice's and MInOut's
toString, Login's `User=%s`; django-q2 1.6.2's cluster, worker, monitor, pusher, scheduler and
`Enqueued` messages, its process names and humanhash words; gunicorn 21.2.0's arbiter messages
and error-log layout. Written from the helper's knowledge (least sure): OpenEMR's `OpenEMR CSRF
token authentication error`, `SQL Error with statement:%s--%s` and `OpenEMR Error: api failed
because unable to validate token` with its context, the fax module's classes, the file names and
lines of the warnings, whether ADOdb lets `mysqli_real_connect()`'s warning through and whether
`[php:notice]` passes `LogLevel warn`; the method iDempiere logs `User=` from, DB.executeUpdate's
`%s [%s]` and its trace, the trx and process names; every Akaunting class name (notifications,
jobs, widgets, the Double-Entry listener, Payroll), its unique index's name and RecurringCheck's
frames; InvenTree's logging set-up (bare messages), its task names and the offloading of
`send_mail`, the schedule names; Snipe-IT's start-up script and supervisord program, its `/health`
route and the classes in its stacks, jamf2snipe's calls; Symfony Mailer's authenticator message,
Laravel 10's `has timed out.` and Apache's escaping of a message's line breaks.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

US = 1
MS = 1_000
SEC = 1_000_000


def arrivals(
    r: random.Random, t0: datetime, t1: datetime, per_hour: Callable[[datetime], float]
) -> list[datetime]:
    """Instants from t0 to t1 of a Poisson process whose rate (per hour) may change with the
    time of day."""
    out, t = [], t0
    while True:
        rate = max(per_hour(t), 0.01)
        t += sec(r.expovariate(rate / 3600.0))
        if t >= t1:
            return out
        out.append(t)


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def workday(t: datetime) -> float:
    """A clinic's or an office's load through the morning: quiet before 07:30, busy after."""
    h = t.hour + t.minute / 60
    if h < 7:
        return 0.15
    if h < 7.5:
        return 0.45
    if 9.9 < h < 10.3:
        return 0.8
    return 1.0


def apache_ts(t: datetime) -> str:
    """Apache 2.4's error log time: `Fri Jun 07 06:00:01.123456 2024`."""
    return f"{t:%a %b %d %H:%M:%S}.{t.microsecond:06d} {t:%Y}"


def clf_ts(t: datetime) -> str:
    return f"{t:%d/%b/%Y:%H:%M:%S} +0000"


def docker_ts(t: datetime) -> str:
    """`docker logs -t`: RFC 3339 with nanoseconds (the last three digits made up)."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{(t.microsecond * 7 + t.second * 13) % 1000:03d}Z"


def jts(t: datetime) -> str:
    """java.sql.Timestamp.toString(): the fraction without trailing zeros (`.0` for none)."""
    frac = f"{(t.microsecond // 1000) * 1_000_000:09d}".rstrip("0") or "0"
    return f"{t:%Y-%m-%d %H:%M:%S}.{frac}"


def json_str(s: str) -> str:
    """A string inside Monolog's JSON context (quotes and backslashes escaped)."""
    return s.replace("\\", "\\\\").replace('"', '\\"')


def port(r: random.Random) -> int:
    return r.randint(32768, 60999)


# ------------------------------------------------------------------------------------ openemr

OE_ROOT = "/var/www/localhost/htdocs/openemr"
OE_URL = "https://emr.lakeside-family.example"
OE_UNDEF_KEY = 'PHP Warning:  Undefined array key "%s" in %s on line %d'
OE_OFFSET = "PHP Warning:  Trying to access array offset on value of type %s in %s on line %d"
OE_UNDEF_VAR = "PHP Warning:  Undefined variable $%s in %s on line %d"
OE_PROP = 'PHP Warning:  Attempt to read property "%s" on %s in %s on line %d'
OE_FOREACH = (
    "PHP Warning:  foreach() argument must be of type array|object, %s given in %s on line %d"
)
OE_NONNUM = "PHP Warning:  A non-numeric value encountered in %s on line %d"
# (weight, label, values before the file, file, line, the page that was open)
OE_SITES: list[tuple[float, str, tuple[str, ...], str, int, str]] = [
    (
        30,
        OE_UNDEF_KEY,
        ("viewtype",),
        "interface/main/calendar/modules/PostCalendar/pnuserapi.php",
        1012,
        "interface/main/calendar/index.php?module=PostCalendar&func=view",
    ),
    (
        22,
        OE_UNDEF_KEY,
        ("set_pid",),
        "interface/patient_file/summary/demographics.php",
        88,
        "interface/main/tabs/main.php",
    ),
    (
        18,
        OE_UNDEF_KEY,
        ("encounter",),
        "interface/patient_file/encounter/encounter_top.php",
        21,
        "interface/patient_file/summary/demographics.php",
    ),
    (
        14,
        OE_UNDEF_KEY,
        ("form_save",),
        "interface/patient_file/summary/demographics_full.php",
        40,
        "interface/patient_file/summary/demographics.php",
    ),
    (
        11,
        OE_UNDEF_KEY,
        ("mode",),
        "interface/forms/newpatient/common.php",
        36,
        "interface/patient_file/encounter/encounter_top.php",
    ),
    (
        8,
        OE_UNDEF_KEY,
        ("sortby",),
        "interface/reports/appointments_report.php",
        58,
        "interface/main/tabs/main.php",
    ),
    (
        6,
        OE_UNDEF_KEY,
        ("billing_note",),
        "interface/patient_file/summary/dashboard_header.php",
        74,
        "interface/patient_file/summary/demographics.php",
    ),
    (
        16,
        OE_OFFSET,
        ("null",),
        "library/patient.inc.php",
        1630,
        "interface/patient_file/summary/demographics.php",
    ),
    (
        9,
        OE_OFFSET,
        ("bool",),
        "interface/patient_file/summary/demographics.php",
        1310,
        "interface/main/tabs/main.php",
    ),
    (
        5,
        OE_OFFSET,
        ("null",),
        "interface/forms/vitals/C_FormVitals.class.php",
        100,
        "interface/patient_file/encounter/encounter_top.php",
    ),
    (
        7,
        OE_UNDEF_VAR,
        ("result2",),
        "interface/patient_file/summary/demographics.php",
        1490,
        "interface/main/tabs/main.php",
    ),
    (
        4,
        OE_UNDEF_VAR,
        ("encounter_date",),
        "interface/forms/fee_sheet/review/fee_sheet_ajax.php",
        67,
        "interface/forms/fee_sheet/new.php",
    ),
    (
        3,
        OE_PROP,
        ("pc_catid", "null"),
        "interface/main/calendar/add_edit_event.php",
        1345,
        "interface/main/calendar/index.php?module=PostCalendar&func=view",
    ),
    (
        6,
        OE_FOREACH,
        ("null",),
        "interface/main/finder/dynamic_finder_ajax.php",
        226,
        "interface/main/finder/dynamic_finder.php",
    ),
    (
        3,
        OE_NONNUM,
        (),
        "interface/forms/fee_sheet/new.php",
        390,
        "interface/patient_file/encounter/encounter_top.php",
    ),
]
OE_STAFF = [
    "10.20.1.21",
    "10.20.1.22",
    "10.20.1.23",
    "10.20.1.31",
    "10.20.1.32",
    "10.20.1.33",
    "10.20.1.34",
    "10.20.1.41",
    "10.20.1.42",
    "10.20.1.51",
    "10.20.1.52",
    "10.20.1.61",
]
OE_SQL = [
    "SELECT * FROM patient_data WHERE pid = ? ORDER BY date DESC LIMIT 0,1",
    "SELECT pc_eid, pc_catid, pc_aid, pc_pid, pc_eventDate, pc_startTime FROM openemr_postcalendar_events WHERE pc_eventDate = ? AND pc_aid = ?",
    "select * from form_encounter where pid = ? order by date desc",
    "SELECT * FROM users WHERE id = ?",
    "INSERT INTO log (date, event, category, user, groupname, comments, user_notes, patient_id, success, crt_user, log_from, menu_item_id, ccda_doc_id) VALUES (NOW(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
]
OE_FAX_TRACE = (
    "#0 {root}/interface/modules/custom_modules/oe-module-faxsms/library/rc_sms_notification.php(61): OpenEMR\\\\Modules\\\\FaxSMS\\\\Controller\\\\AppDispatch->getNotificationLog()\\n"
    "#1 {root}/library/ajax/execute_background_services.php(168): require_once('/var/www/localh...')\\n"
    "#2 {root}/library/ajax/execute_background_services.php(118): execute_background_service_calls()\\n"
    "#3 {{main}}"
)


def openemr(r: random.Random) -> list[Log]:
    """OpenEMR 7.0.2's Apache error log (see the module docstring)."""
    fs = Files()
    F = "error.log"
    restart = at(9, 5, 12.4)
    db_down = (at(10, 20, 9), at(10, 23, 41))
    token_gone = (at(8, 12, 30), at(10, 6, 5))

    def E(
        t: datetime,
        mod: str,
        pid: int,
        label: str,
        msg: str,
        client: str | None = None,
        referer: str | None = None,
        pre: str = "",
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            c = f"[client {client}:{port(r)}] " if client else ""
            ref = f", referer: {OE_URL}/{referer}" if referer else ""
            return [f"[{apache_ts(x)}] [{mod}] [pid {pid}] {pre}{c}{msg}{ref}"]

        return fs.add(F, t, label, text, pid, US)

    def start(t: datetime) -> datetime:
        t = E(
            t,
            "ssl:warn",
            1,
            "AH01909: %s:443:0 server certificate does NOT include an ID which matches the server name",
            "AH01909: emr.lakeside-family.example:443:0 server certificate does NOT include an ID which matches the server name",
        )
        t = E(
            t + sec(0.0021),
            "mpm_prefork:notice",
            1,
            "AH00163: %s configured -- resuming normal operations",
            "AH00163: Apache/2.4.59 (Unix) OpenSSL/3.1.4 configured -- resuming normal operations",
        )
        return E(
            t + sec(0.0004),
            "core:notice",
            1,
            "AH00094: Command line: '%s'",
            "AH00094: Command line: '/usr/sbin/httpd -D FOREGROUND'",
        )

    start(T0 + sec(3.218437))
    E(
        restart,
        "mpm_prefork:notice",
        1,
        "AH00169: caught SIGTERM, shutting down",
        "AH00169: caught SIGTERM, shutting down",
    )
    start(restart + sec(4.871206))

    def pids_at(t: datetime) -> list[int]:
        return list(range(17, 49)) if t < restart else list(range(15, 47))

    def child(t: datetime) -> int:
        return r.choice(pids_at(t))

    # page loads of the clinic's staff: each may trip one of the legacy code's warnings
    weights = [w for w, *_ in OE_SITES]
    for t in arrivals(r, T0 + sec(40), T_END, lambda x: 300 * workday(x)):
        if in_any(t, [db_down, (restart, restart + sec(5))]):
            continue
        _, label, vals, path, line, page = r.choices(OE_SITES, weights)[0]
        ip = r.choice(OE_STAFF)
        pid = child(t)
        text = label.split(" in %s on line %d")[0] % vals + f" in {OE_ROOT}/{path} on line {line}"
        t2 = E(t, "php:warn", pid, label, text, ip, page)
        if label == OE_UNDEF_KEY and r.random() < 0.35:
            # the same page reads a second missing key a few lines on
            E(
                t2 + sec(r.uniform(0.0001, 0.0009)),
                "php:warn",
                pid,
                label,
                f'PHP Warning:  Undefined array key "{vals[0]}" in {OE_ROOT}/{path} on line {line + r.choice([2, 3, 7])}',
                ip,
                page,
            )

    # the nightly-scan upload limit, until post_max_size is raised and httpd restarted at 09:05
    for t in arrivals(r, at(7, 40), restart - sec(60), lambda x: 14.0):
        size = r.randint(8_500_000, 24_000_000)
        E(
            t,
            "php:warn",
            child(t),
            "PHP Warning:  POST Content-Length of %d bytes exceeds the limit of %d bytes in %s on line %d",
            f"PHP Warning:  POST Content-Length of {size} bytes exceeds the limit of 8388608 bytes in Unknown on line 0",
            r.choice(OE_STAFF),
            f"controller.php?document&upload&patient_id={r.randint(1200, 9800)}&parent_id=1&",
        )
    for t in arrivals(r, at(7, 35), at(11, 40), lambda x: 3.0):
        E(
            t,
            "core:error",
            child(t),
            "AH00574: ap_content_length_filter: apr_bucket_read() failed",
            "AH00574: ap_content_length_filter: apr_bucket_read() failed",
            r.choice(OE_STAFF),
            f"controller.php?document&upload&patient_id={r.randint(1200, 9800)}&parent_id=1&",
            pre="(70007)The timeout specified has expired: ",
        )

    # forms posted after a session went stale: the CSRF check fails
    for t in arrivals(r, at(6, 40), T_END, lambda x: 8 * workday(x)):
        E(
            t,
            "php:notice",
            child(t),
            "OpenEMR CSRF token authentication error",
            "OpenEMR CSRF token authentication error",
            r.choice(OE_STAFF),
            r.choice(
                [
                    "interface/patient_file/summary/demographics_save.php",
                    "interface/forms/newpatient/save.php",
                    "interface/main/calendar/add_edit_event.php?eid=0",
                    "interface/patient_file/encounter/forms.php",
                ]
            ),
        )

    # the lab's FHIR client polls every minute; its token was revoked 08:12-10:06
    for t in every(r, T0 + sec(22), T_END, 60, 1.5):
        if in_any(t, [token_gone]):
            E(
                t,
                "php:notice",
                child(t),
                "OpenEMR Error: api failed because unable to validate token",
                'OpenEMR.ERROR: OpenEMR Error: api failed because unable to validate token {"message":"The resource owner or authorization server denied the request.","hint":"Access token has been revoked","error":"access_denied"} []',
                "203.0.113.40",
            )

    # the fax/SMS module's notification service, run by every open browser's background poll
    fax_broken = (at(7, 2), at(10, 48))
    for t in arrivals(r, fax_broken[0], fax_broken[1], lambda x: 16 * workday(x)):
        if in_any(t, [db_down]):
            continue
        trace = OE_FAX_TRACE.format(root=OE_ROOT)
        E(
            t,
            "php:error",
            child(t),
            "PHP Fatal error:  Uncaught Error: Call to a member function %s() on %s in %s:%d\\nStack trace:\\n%s\\n  thrown in %s on line %d",
            f"PHP Fatal error:  Uncaught Error: Call to a member function getNotificationSettings() on null in {OE_ROOT}/interface/modules/custom_modules/oe-module-faxsms/src/Controller/AppDispatch.php:412\\nStack trace:\\n{trace}\\n  thrown in {OE_ROOT}/interface/modules/custom_modules/oe-module-faxsms/src/Controller/AppDispatch.php on line 412",
            r.choice(OE_STAFF),
            "interface/main/tabs/main.php",
        )

    # MariaDB restarted by the host's OOM killer 10:20-10:23
    for t in arrivals(r, db_down[0], db_down[0] + sec(4), lambda x: 6000):
        E(
            t,
            "php:notice",
            child(t),
            "SQL Error with statement:%s--MySQL server has gone away",
            f"SQL Error with statement:{r.choice(OE_SQL)}--MySQL server has gone away",
            r.choice(OE_STAFF),
            "interface/main/tabs/main.php",
        )
    for t in arrivals(r, db_down[0] + sec(5), db_down[1], lambda x: 950):
        E(
            t,
            "php:warn",
            child(t),
            "PHP Warning:  mysqli_real_connect(): (HY000/%d): %s in %s on line %d",
            f"PHP Warning:  mysqli_real_connect(): (HY000/2002): Connection refused in {OE_ROOT}/vendor/adodb/adodb-php/drivers/adodb-mysqli.inc.php on line 208",
            r.choice(OE_STAFF),
            r.choice(
                [
                    "interface/main/tabs/main.php",
                    "interface/patient_file/summary/demographics.php",
                    None,
                ]
            ),
        )
    for t in arrivals(r, db_down[1], db_down[1] + sec(9), lambda x: 1800):
        E(
            t,
            "php:notice",
            child(t),
            "SQL Error with statement:%s--Lost connection to MySQL server during query",
            f"SQL Error with statement:{r.choice(OE_SQL)}--Lost connection to MySQL server during query",
            r.choice(OE_STAFF),
            "interface/main/tabs/main.php",
        )

    # scanners probing the site directory, refused by the image's access rules
    for a, ip in [
        (at(6, 47, 12), "45.148.10.92"),
        (at(9, 31, 40), "185.224.128.17"),
        (at(11, 14, 3), "162.243.144.61"),
    ]:
        t = a
        for path in [
            "sites/default/sqlconf.php",
            "sites/default/documents/",
            "sites/default/documents/logs_and_misc/",
            "sites/default/documents/certificates/",
            "sites/default/config.php",
            "sites/default/documents/onsite_portal_documents/",
            "sites/default/documents/edi/",
            "sites/default/documents/era/",
        ] * 3:
            if r.random() < 0.8:
                t = E(
                    t + sec(r.uniform(0.2, 2.5)),
                    "authz_core:error",
                    child(t),
                    "AH01630: client denied by server configuration: %s",
                    f"AH01630: client denied by server configuration: {OE_ROOT}/{path}",
                    ip,
                )

    # the patient portal's reminder wave at 11:00 fills the prefork pool
    for t in [at(11, 0, 41.2), at(11, 6, 2.9)]:
        E(
            t,
            "mpm_prefork:error",
            1,
            "AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting",
            "AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting",
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- idempiere

IDE_PRE = {"SEVERE": "===========> ", "WARNING": "-----------> ", "INFO": " "}
# table, Doc class, DocBaseType, model class, first id, document number prefix, weight
IDE_DOCS = [
    ("C_Invoice", "Doc_Invoice", "ARI", "MInvoice", 1_004_812, "", 30),
    ("C_Invoice", "Doc_Invoice", "API", "MInvoice", 1_004_812, "AP-", 14),
    ("M_InOut", "Doc_InOut", "MMS", "MInOut", 1_002_377, "SH-", 24),
    ("M_InOut", "Doc_InOut", "MMR", "MInOut", 1_002_377, "RC-", 8),
    ("C_Payment", "Doc_Payment", "ARR", "MPayment", 1_003_090, "", 14),
    ("C_AllocationHdr", "Doc_AllocationHdr", "CMA", "MAllocationHdr", 1_001_655, "", 10),
]
IDE_USERS = [
    "SuperUser",
    "jmorales",
    "ktanaka",
    "acollins",
    "bwright",
    "dsilva",
    "lfischer",
    "mokafor",
    "pnguyen",
    "rhaas",
    "swarehouse1",
    "swarehouse2",
]
IDE_STACK_DEADLOCK = [
    "org.postgresql.util.PSQLException: ERROR: deadlock detected",
    "  Detail: Process {a} waits for ShareLock on transaction {ta}; blocked by process {b}.",
    "Process {b} waits for ShareLock on transaction {tb}; blocked by process {a}.",
    "  Hint: See server log for query details.",
    '  Where: while updating tuple ({blk},{tup}) in relation "m_storageonhand"; State=40P01; ErrorCode=0',
    "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)",
    "\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)",
    "\tat org.postgresql.jdbc.PgStatement.execute(PgStatement.java:419)",
    "\tat org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:194)",
    "\tat org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:155)",
    "\tat com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
    "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
    "\tat org.compiere.db.StatementProxy.invoke(StatementProxy.java:112)",
    "\tat jdk.proxy7/jdk.proxy7.$Proxy34.executeUpdate(Unknown Source)",
    "\tat org.compiere.util.DB.executeUpdate(DB.java:1380)",
    "\tat org.compiere.util.DB.executeUpdateEx(DB.java:1555)",
    "\tat org.compiere.model.MStorageOnHand.add(MStorageOnHand.java:876)",
    "\tat org.compiere.model.MInOut.completeIt(MInOut.java:1665)",
    "\tat org.compiere.process.DocumentEngine.completeIt(DocumentEngine.java:523)",
    "\tat org.compiere.process.DocumentEngine.processIt(DocumentEngine.java:328)",
    "\tat org.compiere.process.DocumentEngine.processIt(DocumentEngine.java:278)",
    "\tat org.compiere.model.MInOut.processIt(MInOut.java:1316)",
    "\tat org.compiere.wf.MWFActivity.performWork(MWFActivity.java:1073)",
    "\tat org.compiere.wf.MWFActivity.run(MWFActivity.java:902)",
    "\tat org.compiere.wf.MWorkflow.start(MWorkflow.java:757)",
    "\tat org.compiere.wf.MWorkflow.runDocumentActionWorkflow(MWorkflow.java:1021)",
    "\tat org.compiere.model.MProcess.processIt(MProcess.java:494)",
    "\tat org.compiere.process.ServerProcessCtl.startWorkflow(ServerProcessCtl.java:326)",
    "\tat org.compiere.process.ServerProcessCtl.run(ServerProcessCtl.java:229)",
]


def idempiere(r: random.Random) -> list[Log]:
    """An iDempiere 11 server's CLogFile at TraceLevel INFO (see the module docstring)."""
    fs = Files()
    stop, up = at(10, 40, 7.214), at(10, 42, 31.508)
    files = ["idempiere.2024-06-07_0.log", "idempiere.2024-06-07_1.log"]

    def fname(t: datetime) -> str:
        return files[0] if t < stop + sec(2) else files[1]

    def L(
        t: datetime,
        level: str,
        cm: str,
        tid: int,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        f = fname(t)

        def text(x: datetime) -> list[str]:
            return [
                f"{x:%H:%M:%S}.{x.microsecond // 1000:03d}{IDE_PRE[level]}{cm}: {msg} [{tid}]",
                *(more or []),
            ]

        return fs.add(f, t, label, text, f, MS)

    def handler(t: datetime, f: str, lines: list[str], label: str | None) -> None:
        fs.add(f, t, label, lambda x: lines, ("handler", f, len(lines)), MS)

    handler(
        at(6, 0, 3.418),
        files[0],
        [f"*** {jts(at(6, 0, 3.418))} idempiere Log (CLogFile) ***"],
        "*** %s idempiere Log (%s) ***",
    )
    handler(stop + sec(0.6), files[0], [""], None)
    handler(
        stop + sec(0.6),
        files[0],
        [f"*** {jts(stop + sec(0.6))} idempiere Log (CLogFile) ***"],
        "*** %s idempiere Log (%s) ***",
    )
    handler(
        up,
        files[1],
        [f"*** {jts(up)} idempiere Log (CLogFile) ***"],
        "*** %s idempiere Log (%s) ***",
    )

    def alive(t: datetime) -> bool:
        return t < stop or t > up + sec(30)

    def pool_tid() -> int:
        return r.randint(71, 96)

    def ui_tid() -> int:
        return r.randint(118, 196)

    def next_run(t: datetime, server: str, period: float, tid: int) -> datetime:
        nxt = t + sec(period - 0.004 - r.uniform(0, 0.03))
        sleep = int((nxt - t).total_seconds() * 1000) - r.randint(0, 3)
        return L(
            t,
            "INFO",
            f"{server}.run",
            tid,
            " Next run: %s sleep %d",
            f" Next run: {jts(nxt)} sleep {sleep}",
        )

    # -- documents completed through the day, and their posting
    seq = {d[0]: d[4] for d in IDE_DOCS}
    nos: dict[str, int] = {
        "ARI": 104_388,
        "API": 24_01_233,
        "MMS": 24_03_902,
        "MMR": 24_00_711,
        "ARR": 100_412,
        "CMA": 100_981,
    }
    weights = [d[6] for d in IDE_DOCS]
    pending: list[dict] = []
    for t in arrivals(r, at(6, 20), T_END - sec(90), lambda x: 112 * workday(x)):
        if not alive(t):
            continue
        table, cls, dt, model, _, pre, _ = r.choices(IDE_DOCS, weights)[0]
        if dt == "ARR" and r.random() < 0.3:
            dt = "APP"
        seq[table] += r.randint(1, 3)
        key = dt if dt in nos else "ARR"
        nos[key] += 1
        doc = {
            "t": t,
            "table": table,
            "cls": cls,
            "dt": dt,
            "model": model,
            "id": seq[table],
            "no": f"{pre}{nos[key]}",
            "may": False,
            "eur": False,
        }
        if dt in ("API", "MMR") and t < at(10, 15) and r.random() < 0.32:
            doc["may"] = True  # the vendors' May paperwork, dated into a closed period
        if dt == "ARI" and r.random() < 0.07:
            doc["eur"] = True
        pending.append(doc)

    def repr_(d: dict) -> str:
        if d["model"] == "MInOut":
            return f"MInOut[{d['id']}-{d['no']},DocStatus=CO]"
        return f"{d['model']}[{d['id']}-{d['no']}]"

    def repr_label(d: dict) -> str:
        return "MInOut[%d-%s,DocStatus=%s]" if d["model"] == "MInOut" else "MInvoice[%d-%s]"

    def post(t: datetime, d: dict, tid: int, reset: bool = False) -> tuple[datetime, str]:
        t = L(
            t,
            "INFO",
            f"{d['cls']}.post",
            tid,
            "Locked: %s_ID=%d",
            f"Locked: {d['table']}_ID={d['id']}",
        )
        t += sec(r.uniform(0.004, 0.09))
        status = "Y"
        if d["eur"] and not reset and t < at(9, 30, 20):
            t = L(
                t,
                "WARNING",
                "Doc_Invoice.isConvertible",
                tid,
                "NOT from C_Currency_ID=%d to %d - MInvoice[%d-%s]",
                f"NOT from C_Currency_ID=102 to 100 - {repr_(d)}",
            )
            status = "i"
        elif d["may"] and not reset:
            t = L(
                t,
                "WARNING",
                f"{d['cls']}.isPeriodOpen",
                tid,
                "NO - " + repr_label(d),
                f"NO - {repr_(d)}",
            )
            status = "c"
        t = L(
            t + sec(r.uniform(0.002, 0.03)),
            "INFO",
            f"{d['cls']}.postCommit",
            tid,
            "Sta=%s DT=%s ID=%d",
            f"Sta={status} DT={d['dt']} ID={d['id']}",
        )
        return t + sec(r.uniform(0.01, 0.12)), status

    failed: list[dict] = []
    posted: list[dict] = []
    reset_at = at(10, 15, 44)
    i = 0
    fact_fail = [at(9, 12, 30), at(11, 3, 10)]
    for run in every(r, T0 + sec(17.3), T_END, 60, 0.05):
        if not alive(run):
            continue
        tid = pool_tid()
        t = run + sec(0.02)
        batch = []
        while i < len(pending) and pending[i]["t"] < run - sec(2):
            batch.append(pending[i])
            i += 1
        if failed and run > reset_at:
            batch = failed + batch
            for d in failed:
                d["reset"] = True
            failed = []
        for d in batch:
            t, status = post(t, d, tid, d.get("reset", False))
            if status == "Y":
                posted.append(d)
                if fact_fail and t > fact_fail[0]:
                    fact_fail.pop(0)
                    t = L(
                        t,
                        "SEVERE",
                        f"{d['cls']}.postCommit",
                        tid,
                        "(fact not saved) ... rolling back",
                        "(fact not saved) ... rolling back",
                    )
            else:
                failed.append(d)
        next_run(t + sec(0.05), "AcctProcessor", 60, tid)

    # -- the servers' other schedules
    scheds = [
        ("Scheduler", 1800, "MProcess[1000017-Import Bank Statement]", T0 + sec(212)),
        ("Scheduler", 3600, "MProcess[1000023-Replenish Report]", T0 + sec(481)),
        ("RequestProcessor", 900, None, T0 + sec(95)),
        ("AlertProcessor", 1800, None, T0 + sec(640)),
        ("WorkflowProcessor", 300, None, T0 + sec(44)),
    ]
    for server, period, proc, first in scheds:
        for t in every(r, first, T_END, period, 0.2):
            if not alive(t):
                continue
            tid = pool_tid()
            if proc:
                t = L(t, "INFO", "Scheduler.runProcess", tid, "MProcess[%d-%s]", proc)
                t += sec(r.uniform(0.4, 6.0) if "Bank" in proc else r.uniform(8, 40))
            else:
                t += sec(r.uniform(0.01, 0.4))
            next_run(t, server, period, tid)
    t = L(
        at(9, 30, 0.311),
        "INFO",
        "Scheduler.runProcess",
        88,
        "MProcess[%d-%s]",
        "MProcess[1000044-Import Conversion Rates]",
    )
    next_run(t + sec(4.812), "Scheduler", 86400, 88)

    # -- logins to the web UI
    for t in arrivals(r, at(6, 25), T_END, lambda x: 22 * workday(x)):
        if alive(t):
            L(t, "INFO", "Login.getClients", ui_tid(), "User=%s", f"User={r.choice(IDE_USERS)}")

    # -- the accountant reposts invoices after fixing a product category's accounts
    for t in arrivals(r, at(9, 45), at(10, 5), lambda x: 70):
        if not posted:
            break
        d = r.choice(posted[: max(len(posted) - 5, 1)])
        tid = ui_tid()
        t = L(
            t,
            "INFO",
            f"{d['cls']}.post",
            tid,
            "Locked: %s_ID=%d",
            f"Locked: {d['table']}_ID={d['id']}",
        )
        t = L(
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            f"{d['cls']}.deleteAcct",
            tid,
            "deleted=%d",
            f"deleted={r.choice([2, 3, 4, 4, 6, 8])}",
        )
        L(
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            f"{d['cls']}.postCommit",
            tid,
            "Sta=%s DT=%s ID=%d",
            f"Sta=Y DT={d['dt']} ID={d['id']}",
        )
    for k, t in enumerate([at(9, 51, 12.4), at(9, 52, 40.1), at(9, 58, 3.3), at(10, 1, 27.9)]):
        d = {
            "id": 1_003_312 + k * 17,
            "no": f"{103_771 + k * 4}",
            "model": "MInvoice",
            "cls": "Doc_Invoice",
            "table": "C_Invoice",
        }
        tid = ui_tid()
        t = L(
            t,
            "INFO",
            "Doc_Invoice.post",
            tid,
            "Locked: %s_ID=%d",
            f"Locked: C_Invoice_ID={d['id']}",
        )
        t = L(
            t + sec(0.011),
            "WARNING",
            "Doc_Invoice.isPeriodOpen",
            tid,
            "NO - MInvoice[%d-%s]",
            f"NO - {repr_(d)}",
        )
        L(
            t + sec(0.002),
            "SEVERE",
            "Doc_Invoice.post",
            tid,
            "MInvoice[%d-%s] - Period Closed for already posed document",
            f"{repr_(d)} - Period Closed for already posed document",
        )

    # -- users pressing Post while the processor is posting the same document
    for t in arrivals(r, at(7, 10), T_END, lambda x: 1.6):
        if not alive(t) or not posted:
            continue
        d = r.choice(posted[-40:])
        L(
            t,
            "SEVERE",
            f"{d['cls']}.post",
            ui_tid(),
            "Resubmit - Cannot lock %s_ID=%d, Force=%s,RePost=%s",
            f"Resubmit - Cannot lock {d['table']}_ID={d['id']}, Force=false,RePost=false",
        )

    # -- transactions left open by a hung export, closed by the monitor
    for t, name, age in [
        (at(7, 48, 2.1), f"POSave_{uuid4(r)}", 7214),
        (at(8, 3, 2.1), f"GridTabCSVImporter_{uuid4(r)}", 7206),
        (at(11, 33, 2.0), f"POSave_{uuid4(r)}", 7263),
    ]:
        L(
            t,
            "WARNING",
            "Trx.run",
            34,
            "Transaction timeout. Name=%s, timeout(sec)=%d",
            f"Transaction timeout. Name={name}, timeout(sec)={age}",
        )

    # -- shipments completed at the same time as the warehouse's inventory move: deadlocks
    for t0 in [at(9, 12, 28.7), at(11, 3, 8.9)]:
        for _ in range(3):
            t0 += sec(r.uniform(0.5, 30))
            a, b = r.randint(30_000, 39_000), r.randint(30_000, 39_000)
            ta = r.randint(8_800_000, 8_900_000)
            # the trace ends with its own line break and the formatter adds one: an empty line
            stack = [
                x.format(
                    a=a,
                    b=b,
                    ta=ta,
                    tb=ta + r.randint(1, 40),
                    blk=r.randint(10, 400),
                    tup=r.randint(1, 60),
                )
                for x in IDE_STACK_DEADLOCK
            ] + [""]
            sql = r.choice(
                [
                    "UPDATE M_StorageOnHand SET QtyOnHand=QtyOnHand+?, Updated=statement_timestamp(), UpdatedBy=? WHERE M_Product_ID=? AND M_Locator_ID=? AND M_AttributeSetInstance_ID=? AND DateMaterialPolicy=?",
                    "UPDATE M_StorageReservation SET Qty=Qty+?, Updated=statement_timestamp(), UpdatedBy=? WHERE M_Product_ID=? AND M_Warehouse_ID=? AND M_AttributeSetInstance_ID=? AND IsSOTrx=?",
                ]
            )
            L(
                t0,
                "SEVERE",
                "DB.executeUpdate",
                ui_tid(),
                "%s [%s]",
                f"{sql} [POSave_{uuid4(r)}]",
                stack,
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ laravel (both)


class Laravel:
    """Laravel 10's `storage/logs/laravel.log` (Monolog's LineFormatter as Laravel sets it up:
    `[date] production.LEVEL: message {context} `, the exception in the context with its
    `[stacktrace]` on the lines below) and the frames its stacks are made of."""

    def __init__(self, fs: Files, file: str, root: str) -> None:
        self.fs, self.file, self.root = fs, file, root
        self.fw = f"{root}/vendor/laravel/framework/src/Illuminate"

    def log(
        self,
        t: datetime,
        proc: object,
        level: str,
        label: str,
        msg: str,
        exc: tuple[str, list[str]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"[{x:%Y-%m-%d %H:%M:%S}] production.{level}: "
            if exc is None:
                return [f"{head}{msg}  "]
            first, rest = exc
            body = f"{head}{msg} {first}".split("\n")
            return [*body, *rest]

        return self.fs.add(self.file, t, label, text, (self.file, proc), SEC)

    @staticmethod
    def exc(
        cls: str,
        code: object,
        msg: str,
        where: str,
        frames: list[str],
        prev: tuple[str, object, str, str, list[str]] | None = None,
        user: int | None = None,
    ) -> tuple[str, list[str]]:
        def stack(fr: list[str]) -> list[str]:
            return [
                "[stacktrace]",
                *[f"#{i} {json_str(f)}" for i, f in enumerate(fr)],
                f"#{len(fr)} {{main}}",
            ]

        first = (
            "{"
            + (f'"userId":{user},' if user else "")
            + f'"exception":"[object] ({json_str(cls)}(code: {code}): {json_str(msg)} at {where})'
        )
        rest = stack(frames)
        if prev is not None:
            pcls, pcode, pmsg, pwhere, pfr = prev
            rest += [
                "",
                f"[previous exception] [object] ({json_str(pcls)}(code: {pcode}): {json_str(pmsg)} at {pwhere})",
                *stack(pfr),
            ]
        return first, [*rest, '"} ']

    def web(self, top: list[str], middleware: list[str]) -> list[str]:
        fw = self.fw
        out = list(top)
        out += [
            f"{fw}/Routing/Route.php(205): Illuminate\\Routing\\Route->runController()",
            f"{fw}/Routing/Router.php(806): Illuminate\\Routing\\Route->run()",
            f"{fw}/Pipeline/Pipeline.php(144): Illuminate\\Routing\\Router->Illuminate\\Routing\\{{closure}}(Object(Illuminate\\Http\\Request))",
        ]
        for mw in middleware:
            out.append(
                f"{fw}/Pipeline/Pipeline.php(183): {mw}->handle(Object(Illuminate\\Http\\Request), Object(Closure))"
            )
        out += [
            f"{fw}/Pipeline/Pipeline.php(119): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{{closure}}(Object(Illuminate\\Http\\Request))",
            f"{fw}/Routing/Router.php(805): Illuminate\\Pipeline\\Pipeline->then(Object(Closure))",
            f"{fw}/Routing/Router.php(784): Illuminate\\Routing\\Router->runRouteWithinStack(Object(Illuminate\\Routing\\Route), Object(Illuminate\\Http\\Request))",
            f"{fw}/Routing/Router.php(748): Illuminate\\Routing\\Router->runRoute(Object(Illuminate\\Http\\Request), Object(Illuminate\\Routing\\Route))",
            f"{fw}/Routing/Router.php(737): Illuminate\\Routing\\Router->dispatchToRoute(Object(Illuminate\\Http\\Request))",
            f"{fw}/Foundation/Http/Kernel.php(200): Illuminate\\Routing\\Router->dispatch(Object(Illuminate\\Http\\Request))",
            f"{fw}/Pipeline/Pipeline.php(144): Illuminate\\Foundation\\Http\\Kernel->Illuminate\\Foundation\\Http\\{{closure}}(Object(Illuminate\\Http\\Request))",
            f"{fw}/Foundation/Http/Middleware/TransformsRequest.php(21): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{{closure}}(Object(Illuminate\\Http\\Request))",
            f"{fw}/Foundation/Http/Middleware/ConvertEmptyStringsToNull.php(31): Illuminate\\Foundation\\Http\\Middleware\\TransformsRequest->handle(Object(Illuminate\\Http\\Request), Object(Closure))",
            f"{fw}/Pipeline/Pipeline.php(183): Illuminate\\Foundation\\Http\\Middleware\\ConvertEmptyStringsToNull->handle(Object(Illuminate\\Http\\Request), Object(Closure))",
            f"{fw}/Foundation/Http/Middleware/ValidatePostSize.php(27): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{{closure}}(Object(Illuminate\\Http\\Request))",
            f"{fw}/Pipeline/Pipeline.php(183): Illuminate\\Foundation\\Http\\Middleware\\ValidatePostSize->handle(Object(Illuminate\\Http\\Request), Object(Closure))",
            f"{fw}/Http/Middleware/HandleCors.php(49): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{{closure}}(Object(Illuminate\\Http\\Request))",
            f"{fw}/Pipeline/Pipeline.php(183): Illuminate\\Http\\Middleware\\HandleCors->handle(Object(Illuminate\\Http\\Request), Object(Closure))",
            f"{fw}/Http/Middleware/TrustProxies.php(39): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{{closure}}(Object(Illuminate\\Http\\Request))",
            f"{fw}/Pipeline/Pipeline.php(183): Illuminate\\Http\\Middleware\\TrustProxies->handle(Object(Illuminate\\Http\\Request), Object(Closure))",
            f"{fw}/Pipeline/Pipeline.php(119): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{{closure}}(Object(Illuminate\\Http\\Request))",
            f"{fw}/Foundation/Http/Kernel.php(175): Illuminate\\Pipeline\\Pipeline->then(Object(Closure))",
            f"{fw}/Foundation/Http/Kernel.php(144): Illuminate\\Foundation\\Http\\Kernel->sendRequestThroughRouter(Object(Illuminate\\Http\\Request))",
            f"{self.root}/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle(Object(Illuminate\\Http\\Request))",
        ]
        return out

    def console(self, top: list[str], command: str, args: str) -> list[str]:
        fw, root = self.fw, self.root
        return [
            *top,
            f"{fw}/Container/BoundMethod.php(36): {command}->handle()",
            f"{fw}/Container/Util.php(41): Illuminate\\Container\\BoundMethod::Illuminate\\Container\\{{closure}}()",
            f"{fw}/Container/BoundMethod.php(93): Illuminate\\Container\\Util::unwrapIfClosure(Object(Closure))",
            f"{fw}/Container/BoundMethod.php(35): Illuminate\\Container\\BoundMethod::callBoundMethod(Object(Illuminate\\Foundation\\Application), Array, Object(Closure))",
            f"{fw}/Container/Container.php(662): Illuminate\\Container\\BoundMethod::call(Object(Illuminate\\Foundation\\Application), Array, Array, NULL)",
            f"{fw}/Console/Command.php(211): Illuminate\\Container\\Container->call(Array)",
            f"{root}/vendor/symfony/console/Command/Command.php(326): Illuminate\\Console\\Command->execute(Object(Symfony\\Component\\Console\\Input\\ArgvInput), Object(Illuminate\\Console\\OutputStyle))",
            f"{fw}/Console/Command.php(180): Symfony\\Component\\Console\\Command\\Command->run(Object(Symfony\\Component\\Console\\Input\\ArgvInput), Object(Illuminate\\Console\\OutputStyle))",
            f"{root}/vendor/symfony/console/Application.php(1081): Illuminate\\Console\\Command->run(Object(Symfony\\Component\\Console\\Input\\ArgvInput), Object(Symfony\\Component\\Console\\Output\\ConsoleOutput))",
            f"{root}/vendor/symfony/console/Application.php(320): Symfony\\Component\\Console\\Application->doRunCommand(Object({command}), Object(Symfony\\Component\\Console\\Input\\ArgvInput), Object(Symfony\\Component\\Console\\Output\\ConsoleOutput))",
            f"{root}/vendor/symfony/console/Application.php(174): Symfony\\Component\\Console\\Application->doRun(Object(Symfony\\Component\\Console\\Input\\ArgvInput), Object(Symfony\\Component\\Console\\Output\\ConsoleOutput))",
            f"{fw}/Foundation/Console/Kernel.php(201): Symfony\\Component\\Console\\Application->run(Object(Symfony\\Component\\Console\\Input\\ArgvInput), Object(Symfony\\Component\\Console\\Output\\ConsoleOutput))",
            f"{root}/artisan(37): Illuminate\\Foundation\\Console\\Kernel->handle(Object(Symfony\\Component\\Console\\Input\\ArgvInput), Object(Symfony\\Component\\Console\\Output\\ConsoleOutput))",
        ]

    def worker(self, top: list[str], job: str, handle_args: str = "") -> list[str]:
        fw = self.fw
        return self.console(
            [
                *top,
                f"{fw}/Container/BoundMethod.php(36): {job}->handle({handle_args})",
                f"{fw}/Container/Util.php(41): Illuminate\\Container\\BoundMethod::Illuminate\\Container\\{{closure}}()",
                f"{fw}/Container/BoundMethod.php(93): Illuminate\\Container\\Util::unwrapIfClosure(Object(Closure))",
                f"{fw}/Container/BoundMethod.php(35): Illuminate\\Container\\BoundMethod::callBoundMethod(Object(Illuminate\\Foundation\\Application), Array, Object(Closure))",
                f"{fw}/Container/Container.php(662): Illuminate\\Container\\BoundMethod::call(Object(Illuminate\\Foundation\\Application), Array, Array, NULL)",
                f"{fw}/Bus/Dispatcher.php(128): Illuminate\\Container\\Container->call(Array)",
                f"{fw}/Pipeline/Pipeline.php(144): Illuminate\\Bus\\Dispatcher->Illuminate\\Bus\\{{closure}}(Object({job}))",
                f"{fw}/Pipeline/Pipeline.php(119): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{{closure}}(Object({job}))",
                f"{fw}/Bus/Dispatcher.php(132): Illuminate\\Pipeline\\Pipeline->then(Object(Closure))",
                f"{fw}/Queue/CallQueuedHandler.php(124): Illuminate\\Bus\\Dispatcher->dispatchNow(Object({job}), false)",
                f"{fw}/Pipeline/Pipeline.php(144): Illuminate\\Queue\\CallQueuedHandler->Illuminate\\Queue\\{{closure}}(Object({job}))",
                f"{fw}/Pipeline/Pipeline.php(119): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{{closure}}(Object({job}))",
                f"{fw}/Queue/CallQueuedHandler.php(126): Illuminate\\Pipeline\\Pipeline->then(Object(Closure))",
                f"{fw}/Queue/CallQueuedHandler.php(70): Illuminate\\Queue\\CallQueuedHandler->dispatchThroughMiddleware(Object(Illuminate\\Queue\\Jobs\\DatabaseJob), Object({job}))",
                f"{fw}/Queue/Jobs/Job.php(102): Illuminate\\Queue\\CallQueuedHandler->call(Object(Illuminate\\Queue\\Jobs\\DatabaseJob), Array)",
                f"{fw}/Queue/Worker.php(439): Illuminate\\Queue\\Jobs\\Job->fire()",
                f"{fw}/Queue/Worker.php(389): Illuminate\\Queue\\Worker->process('database', Object(Illuminate\\Queue\\Jobs\\DatabaseJob), Object(Illuminate\\Queue\\WorkerOptions))",
                f"{fw}/Queue/Worker.php(176): Illuminate\\Queue\\Worker->runJob(Object(Illuminate\\Queue\\Jobs\\DatabaseJob), 'database', Object(Illuminate\\Queue\\WorkerOptions))",
                f"{fw}/Queue/Console/WorkCommand.php(137): Illuminate\\Queue\\Worker->daemon('database', 'default', Object(Illuminate\\Queue\\WorkerOptions))",
                f"{fw}/Queue/Console/WorkCommand.php(120): Illuminate\\Queue\\Console\\WorkCommand->runWorker('database', 'default')",
            ],
            "Illuminate\\Queue\\Console\\WorkCommand",
            "",
        )

    def mail(self, notification: str, notifiable: str, nid: str, auth: bool) -> list[str]:
        """The frames from Symfony's SMTP transport up to a queued notification's handle()."""
        fw, v = self.fw, f"{self.root}/vendor/symfony/mailer"
        if auth:
            first = [
                f"{v}/Transport/Smtp/EsmtpTransport.php(197): Symfony\\Component\\Mailer\\Transport\\Smtp\\EsmtpTransport->handleAuth(Array)",
                f"{v}/Transport/Smtp/EsmtpTransport.php(150): Symfony\\Component\\Mailer\\Transport\\Smtp\\EsmtpTransport->doEhloCommand()",
                f"{v}/Transport/Smtp/SmtpTransport.php(255): Symfony\\Component\\Mailer\\Transport\\Smtp\\EsmtpTransport->executeCommand('EHLO [127.0.0.1...', Array)",
                f"{v}/Transport/Smtp/SmtpTransport.php(202): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->start()",
            ]
        else:
            first = [
                f"{v}/Transport/Smtp/SmtpTransport.php(293): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode('550 5.1.1 <...', Array)",
                f"{v}/Transport/Smtp/SmtpTransport.php(278): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->executeCommand('RCPT TO:<...', Array)",
                f"{v}/Transport/Smtp/SmtpTransport.php(212): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->doRcptToCommand('...')",
            ]
        return [
            *first,
            f"{v}/Transport/AbstractTransport.php(69): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->doSend(Object(Symfony\\Component\\Mailer\\SentMessage))",
            f"{v}/Transport/Smtp/SmtpTransport.php(137): Symfony\\Component\\Mailer\\Transport\\AbstractTransport->send(Object(Symfony\\Component\\Mime\\Email), Object(Symfony\\Component\\Mailer\\DelayedEnvelope))",
            f"{fw}/Mail/Mailer.php(573): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->send(Object(Symfony\\Component\\Mime\\Email), Object(Symfony\\Component\\Mailer\\DelayedEnvelope))",
            f"{fw}/Mail/Mailer.php(335): Illuminate\\Mail\\Mailer->sendSymfonyMessage(Object(Symfony\\Component\\Mime\\Email))",
            f"{fw}/Notifications/Channels/MailChannel.php(66): Illuminate\\Mail\\Mailer->send(Object(Closure), Array, Object(Closure))",
            f"{fw}/Notifications/NotificationSender.php(148): Illuminate\\Notifications\\Channels\\MailChannel->send(Object({notifiable}), Object({notification}))",
            f"{fw}/Notifications/NotificationSender.php(106): Illuminate\\Notifications\\NotificationSender->sendToNotifiable(Object({notifiable}), '{nid[:15]}...', Object({notification}), 'mail')",
            f"{fw}/Support/Traits/Localizable.php(19): Illuminate\\Notifications\\NotificationSender->Illuminate\\Notifications\\{{closure}}()",
            f"{fw}/Notifications/NotificationSender.php(109): Illuminate\\Notifications\\NotificationSender->withLocale(NULL, Object(Closure))",
            f"{fw}/Notifications/ChannelManager.php(54): Illuminate\\Notifications\\NotificationSender->sendNow(Object(Illuminate\\Database\\Eloquent\\Collection), Object({notification}), Array)",
            f"{fw}/Notifications/SendQueuedNotifications.php(118): Illuminate\\Notifications\\ChannelManager->sendNow(Object(Illuminate\\Database\\Eloquent\\Collection), Object({notification}), Array)",
        ]

    def pdo(self, dsn: str, user: str) -> list[str]:
        fw = self.fw
        return [
            f"{fw}/Database/Connectors/Connector.php(65): PDO->__construct('{dsn[:15]}...', '{user}', Object(SensitiveParameterValue), Array)",
            f"{fw}/Database/Connectors/Connector.php(83): Illuminate\\Database\\Connectors\\Connector->createPdoConnection('{dsn[:15]}...', '{user}', Object(SensitiveParameterValue), Array)",
            f"{fw}/Database/Connectors/Connector.php(48): Illuminate\\Database\\Connectors\\Connector->tryAgainIfCausedByLostConnection(Object(PDOException), '{dsn[:15]}...', '{user}', Object(SensitiveParameterValue), Array)",
            f"{fw}/Database/Connectors/MySqlConnector.php(24): Illuminate\\Database\\Connectors\\Connector->createConnection('{dsn[:15]}...', Array, Array)",
            f"{fw}/Database/Connectors/ConnectionFactory.php(184): Illuminate\\Database\\Connectors\\MySqlConnector->connect(Array)",
            "[internal function]: Illuminate\\Database\\Connectors\\ConnectionFactory->Illuminate\\Database\\Connectors\\{closure}()",
            f"{fw}/Database/Connection.php(1339): call_user_func(Object(Closure))",
            f"{fw}/Database/Connection.php(1375): Illuminate\\Database\\Connection->getPdo()",
            f"{fw}/Database/Connection.php(528): Illuminate\\Database\\Connection->getReadPdo()",
        ]

    def select(self) -> list[str]:
        fw = self.fw
        return [
            f"{fw}/Database/Connection.php(776): Illuminate\\Database\\Connection->runQueryCallback('select * from `...', Array, Object(Closure))",
            f"{fw}/Database/Connection.php(421): Illuminate\\Database\\Connection->run('select * from `...', Array, Object(Closure))",
            f"{fw}/Database/Query/Builder.php(2913): Illuminate\\Database\\Connection->select('select * from `...', Array, true)",
            f"{fw}/Database/Query/Builder.php(2902): Illuminate\\Database\\Query\\Builder->runSelect()",
            f"{fw}/Database/Query/Builder.php(3456): Illuminate\\Database\\Query\\Builder->Illuminate\\Database\\Query\\{{closure}}()",
            f"{fw}/Database/Query/Builder.php(2901): Illuminate\\Database\\Query\\Builder->onceWithColumns(Array, Object(Closure))",
        ]


def two_col(first: str, second: str) -> str:
    """Laravel 10's `queue:work` line: two leading spaces and a dot leader to 78 columns."""
    dots = max(78 - 2 - len(first) - 1 - 1 - len(second), 1)
    return f"  {first} {'.' * dots} {second}"


def runtime(s: float) -> str:
    if s * 1000 <= 2000:
        return f"{s * 1000:.2f}ms"
    return f"{int(s)}s"


# ---------------------------------------------------------------------------------- akaunting

AK_ROOT = "/var/www/akaunting"
AK_MAIL_JOBS = {
    "App\\Notifications\\Sale\\Invoice": "App\\Models\\Common\\Contact",
    "App\\Notifications\\Portal\\PaymentReceived": "App\\Models\\Auth\\User",
    "App\\Notifications\\Purchase\\Bill": "App\\Models\\Auth\\User",
    "App\\Notifications\\Common\\ExportCompleted": "App\\Models\\Auth\\User",
    "App\\Notifications\\Common\\ImportCompleted": "App\\Models\\Auth\\User",
}
AK_SMTP_AUTH = 'Failed to authenticate on SMTP server with username "%s" using the following authenticators: "%s", "%s". Authenticator "%s" returned "Expected response code "%s" but got code "%s", with message "%s".". Authenticator "%s" returned "Expected response code "%s" but got code "%s", with message "%s".".'
AK_BAD_RCPT = [
    "accounts@dunmore-joinery.example",
    "j.okafor@brightwave-media.example",
    "billing@kestrel-logistics.example",
]


def akaunting(r: random.Random) -> list[Log]:
    """Akaunting 3.1 for an accounting practice's twelve client companies (see the module
    docstring)."""
    fs = Files()
    lv = Laravel(fs, "laravel.log", AK_ROOT)
    W = "queue-worker.log"
    smtp_bad = (at(8, 10, 40), at(8, 23, 12))
    db_down = (at(10, 5, 20), at(10, 8, 5))
    export_t = at(10, 40, 12)

    def out(t: datetime, pid: int, label: str | None, lines: list[str]) -> datetime:
        return fs.add(
            W,
            t,
            label,
            lambda x: [ln.replace("DATE", f"{x:%Y-%m-%d %H:%M:%S}") for ln in lines],
            (W, pid),
            SEC,
        )

    def processing(t: datetime, pid: int) -> datetime:
        fs.add(W, t, None, lambda x: [""], (W, "blank", pid), SEC)
        return out(
            t,
            pid,
            "Processing jobs from the [%s] queue.",
            ["   INFO  Processing jobs from the [default] queue.  ", ""],
        )

    def qexc(e: tuple[str, list[str]], t: datetime, pid: int, label: str, msg: str) -> datetime:
        return lv.log(t, ("worker", pid), "ERROR", label, msg, e)

    # -- the jobs of the day: recurring invoices at 06:00, reminders at 09:00, staff at work
    jobs: list[tuple[datetime, str, str]] = []
    for t in arrivals(r, at(6, 0, 2), at(6, 4, 30), lambda x: 900):
        jobs.append((t, "App\\Notifications\\Sale\\Invoice", "mail"))
    for t in arrivals(r, at(9, 0, 3), at(9, 6), lambda x: 700):
        jobs.append((t, "App\\Notifications\\Sale\\Invoice", "mail"))
    table = [
        (34, ("App\\Notifications\\Sale\\Invoice", "mail")),
        (10, ("App\\Notifications\\Portal\\PaymentReceived", "mail")),
        (8, ("App\\Notifications\\Purchase\\Bill", "mail")),
        (14, ("App\\Jobs\\Document\\SendDocumentAsCustomMail", "mail")),
        (9, ("App\\Listeners\\Document\\SendDocumentPaymentNotification", "plain")),
        (7, ("App\\Jobs\\Banking\\MatchBankingDocumentTransfer", "plain")),
        (6, ("Maatwebsite\\Excel\\Jobs\\ReadChunk", "plain")),
        (3, ("App\\Notifications\\Common\\ImportCompleted", "mail")),
        (3, ("App\\Notifications\\Common\\ExportCompleted", "mail")),
    ]
    for t in arrivals(r, at(6, 5), T_END - sec(60), lambda x: 128 * workday(x)):
        if in_any(t, [db_down]):
            continue
        cls, kind = weighted(r, table)  # type: ignore[misc]
        jobs.append((t, cls, kind))
    for k in range(5):
        jobs.append(
            (at(7, 14, 8) + sec(k * 0.4), "Modules\\Payroll\\Listeners\\FinishInstallation", "gone")
        )
    for k in range(6):
        jobs.append((at(9, 20, 31) + sec(k * 0.2), "Maatwebsite\\Excel\\Jobs\\ReadChunk", "badcsv"))
    jobs.append((export_t, "Maatwebsite\\Excel\\Jobs\\AppendQueryToSheet", "timeout"))
    jobs.sort(key=lambda j: j[0])

    hist: dict[int, list[tuple[datetime, int]]] = {
        0: [(T0 - sec(86400), 23411)],
        1: [(T0 - sec(86400), 23412)],
    }
    next_pid = [24102]

    def pid_at(w: int, t: datetime) -> int:
        return [p for a, p in hist[w] if a <= t][-1]

    def restart(w: int, t: datetime) -> datetime:
        hist[w].append((t, next_pid[0]))
        next_pid[0] += r.randint(3, 60)
        return processing(t, hist[w][-1][1])

    # -- MySQL restarted 10:05-10:08: the workers lose their connection and quit, supervisord restarts them
    jobs_sql = "select * from `jobs` where `queue` = default and ((`reserved_at` is null and `available_at` <= {now}) or (`reserved_at` <= {old})) order by `id` asc limit 1 for update"
    backoff = {0: 0, 1: 0}
    for w in (0, 1):
        t = db_down[0] + sec(r.uniform(0.3, 2.5))
        first = True
        while t < db_down[1]:
            now = int(t.timestamp())
            sql = jobs_sql.format(now=now, old=now - 90)
            pid = pid_at(w, t)
            if first:
                msg = f"SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (Connection: mysql, SQL: {sql})"
                e = Laravel.exc(
                    "Illuminate\\Database\\QueryException",
                    "HY000",
                    msg,
                    f"{lv.fw}/Database/Connection.php:822",
                    lv.console(lv.select(), "Illuminate\\Queue\\Console\\WorkCommand", ""),
                    (
                        "PDOException",
                        "HY000",
                        "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away",
                        f"{lv.fw}/Database/Connection.php:416",
                        [
                            f"{lv.fw}/Database/Connection.php(416): PDOStatement->execute()",
                            *lv.select(),
                        ],
                    ),
                )
                qexc(
                    e,
                    t,
                    pid,
                    "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (Connection: %s, SQL: %s)",
                    msg,
                )
                first = False
            else:
                msg = f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: {sql})"
                e = Laravel.exc(
                    "Illuminate\\Database\\QueryException",
                    2002,
                    msg,
                    f"{lv.fw}/Database/Connection.php:822",
                    lv.console(lv.select(), "Illuminate\\Queue\\Console\\WorkCommand", ""),
                    (
                        "PDOException",
                        2002,
                        "SQLSTATE[HY000] [2002] Connection refused",
                        f"{lv.fw}/Database/Connectors/Connector.php:65",
                        lv.pdo("mysql:host=127.0.0.1;port=3306;dbname=akaunting", "akaunting"),
                    ),
                )
                qexc(
                    e,
                    t,
                    pid,
                    "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
                    msg,
                )
            t = restart(w, t + sec(r.uniform(1.0, 1.4)))
            backoff[w] += 1
            t += sec(backoff[w] + r.uniform(0.5, 2.0))

    free = {0: T0, 1: T0}
    queue: list[dict] = [{"t": tj, "cls": cls, "kind": kind, "n": 0} for tj, cls, kind in jobs]

    def requeue(idx: int, job: dict) -> None:
        queue.insert(idx + 1, job)
        queue[idx + 1 :] = sorted(queue[idx + 1 :], key=lambda j: j["t"])

    idx = 0
    while idx < len(queue):
        job = queue[idx]
        cls, kind = job["cls"], job["kind"]
        w = min(free, key=lambda k: free[k])
        ts = max(job["t"] + sec(r.uniform(0.05, 3.0)), free[w])
        if in_any(ts, [(db_down[0], db_down[1] + sec(4))]):
            ts = db_down[1] + sec(r.uniform(4, 9))
        pid = pid_at(w, ts)
        job["n"] += 1
        n = job["n"]
        t = out(ts, pid, "%s %s RUNNING", [two_col(f"DATE {cls}", "RUNNING")])
        dur = r.uniform(0.4, 1.6) if kind == "mail" else r.uniform(0.03, 0.6)
        end = t + sec(dur)
        word = "DONE"
        err: tuple[str, str, tuple[str, list[str]]] | None = None
        if kind == "mail" and n == 1 and cls.endswith("Sale\\Invoice") and r.random() < 0.012:
            kind = job["kind"] = "badrcpt"
        if kind == "mail" and in_any(t, [smtp_bad]):
            end = t + sec(r.uniform(0.3, 0.8))
            reply = "535 5.7.8 Error: authentication failed: authentication failure"
            msg = f'Failed to authenticate on SMTP server with username "billing@northgate-accounts.example" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "{reply}".". Authenticator "PLAIN" returned "Expected response code "235" but got code "535", with message "{reply}".".'
            notif = cls if cls in AK_MAIL_JOBS else "App\\Notifications\\Sale\\Invoice"
            fr = lv.mail(
                notif, AK_MAIL_JOBS.get(notif, "App\\Models\\Common\\Contact"), uuid4(r), True
            )
            e = Laravel.exc(
                "Symfony\\Component\\Mailer\\Exception\\TransportException",
                535,
                msg,
                f"{AK_ROOT}/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php:236",
                lv.worker(
                    fr,
                    "Illuminate\\Notifications\\SendQueuedNotifications",
                    "Object(Illuminate\\Notifications\\ChannelManager)",
                ),
            )
            err = (AK_SMTP_AUTH, msg, e)
        elif kind == "badrcpt":
            addr = job.setdefault("addr", r.choice(AK_BAD_RCPT))
            msg = f'Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <{addr}>: Recipient address rejected: User unknown in virtual mailbox table".'
            fr = lv.mail(cls, "App\\Models\\Common\\Contact", uuid4(r), False)
            e = Laravel.exc(
                "Symfony\\Component\\Mailer\\Exception\\UnexpectedResponseException",
                550,
                msg,
                f"{AK_ROOT}/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342",
                lv.worker(
                    fr,
                    "Illuminate\\Notifications\\SendQueuedNotifications",
                    "Object(Illuminate\\Notifications\\ChannelManager)",
                ),
            )
            err = (
                'Expected response code "%s" but got code "%s", with message "%s <%s>: Recipient address rejected: User unknown in virtual mailbox table".',
                msg,
                e,
            )
        elif kind == "gone":
            msg = 'Class "Modules\\Payroll\\Listeners\\FinishInstallation" not found'
            e = Laravel.exc(
                "Error",
                0,
                msg,
                f"{AK_ROOT}/vendor/laravel/framework/src/Illuminate/Events/CallQueuedListener.php:107",
                lv.worker(
                    [
                        f"{lv.fw}/Container/Container.php(1070): Illuminate\\Events\\CallQueuedListener->handle(Object(Illuminate\\Foundation\\Application))"
                    ],
                    "Illuminate\\Events\\CallQueuedListener",
                    "Object(Illuminate\\Foundation\\Application)",
                ),
            )
            err = ('Class "%s" not found', msg, e)
        elif kind == "badcsv":
            col = job.setdefault("col", r.choice(["amount", "paid_at", "account_id"]))
            msg = f'Undefined array key "{col}"'
            fr = [
                f"{AK_ROOT}/app/Imports/Banking/Transactions.php(38): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError(2, 'Undefined array...', '{AK_ROOT[:15]}...', 38)",
                f"{AK_ROOT}/app/Abstracts/Import.php(57): App\\Imports\\Banking\\Transactions->map(Array)",
                f"{AK_ROOT}/vendor/maatwebsite/excel/src/Sheet.php(325): App\\Abstracts\\Import->map(Array)",
                f"{AK_ROOT}/vendor/maatwebsite/excel/src/Jobs/ReadChunk.php(233): Maatwebsite\\Excel\\Sheet->import(Object(App\\Imports\\Banking\\Transactions), 2)",
            ]
            e = Laravel.exc(
                "ErrorException",
                0,
                msg,
                f"{AK_ROOT}/app/Imports/Banking/Transactions.php:38",
                lv.worker(
                    fr,
                    "Maatwebsite\\Excel\\Jobs\\ReadChunk",
                    "Object(Maatwebsite\\Excel\\Transactions\\DbTransactionHandler)",
                ),
                user=41,
            )
            err = ('Undefined array key "%s"', msg, e)
        elif kind == "timeout":
            if n <= 3:
                # the export runs past --timeout=90: the worker reports it and is killed
                tk = t + sec(90.0 + r.uniform(0, 0.4))
                msg = "Maatwebsite\\Excel\\Jobs\\AppendQueryToSheet has timed out."
                e = Laravel.exc(
                    "Illuminate\\Queue\\TimeoutExceededException",
                    0,
                    msg,
                    f"{lv.fw}/Queue/TimeoutExceededException.php:15",
                    lv.worker(
                        [
                            f"{lv.fw}/Queue/Worker.php(231): Illuminate\\Queue\\TimeoutExceededException::forJob(Object(Illuminate\\Queue\\Jobs\\DatabaseJob))",
                            "[internal function]: Illuminate\\Queue\\Worker->Illuminate\\Queue\\{closure}(14, Array)",
                        ],
                        "Maatwebsite\\Excel\\Jobs\\AppendQueryToSheet",
                    ),
                )
                qexc(e, tk, pid, "%s has timed out.", msg)
                free[w] = restart(w, tk + sec(r.uniform(1.0, 2.0)))
                job["t"] = tk + sec(r.uniform(60, 95))
                queue.pop(idx)
                requeue(idx - 1, job)
                continue
            end = t + sec(0.05)
            msg = "Maatwebsite\\Excel\\Jobs\\AppendQueryToSheet has been attempted too many times."
            e = Laravel.exc(
                "Illuminate\\Queue\\MaxAttemptsExceededException",
                0,
                msg,
                f"{lv.fw}/Queue/MaxAttemptsExceededException.php:24",
                lv.worker(
                    [
                        f"{lv.fw}/Queue/Worker.php(785): Illuminate\\Queue\\MaxAttemptsExceededException::forJob(Object(Illuminate\\Queue\\Jobs\\DatabaseJob))",
                        f"{lv.fw}/Queue/Worker.php(519): Illuminate\\Queue\\Worker->maxAttemptsExceededException(Object(Illuminate\\Queue\\Jobs\\DatabaseJob))",
                    ],
                    "Maatwebsite\\Excel\\Jobs\\AppendQueryToSheet",
                ),
            )
            err = ("%s has been attempted too many times.", msg, e)
        if err is not None:
            word = "FAIL"
            qexc(err[2], end - sec(0.002), pid, err[0], err[1])
            if n < 3 and kind != "gone" and kind != "timeout":
                # released back onto the queue: picked up again right away
                requeue(idx, {**job, "t": end + sec(0.01)})
        free[w] = out(
            end,
            pid,
            f"%s %s %s {word}",
            [two_col(f"DATE {cls}", f"{runtime((end - t).total_seconds())} {word}")],
        )
        idx += 1

    # -- the web side
    web_mw = [
        "Illuminate\\Cookie\\Middleware\\EncryptCookies",
        "Illuminate\\Session\\Middleware\\StartSession",
        "Illuminate\\View\\Middleware\\ShareErrorsFromSession",
        "App\\Http\\Middleware\\VerifyCsrfToken",
        "Illuminate\\Routing\\Middleware\\SubstituteBindings",
        "App\\Http\\Middleware\\IdentifyCompany",
        "Illuminate\\Auth\\Middleware\\Authenticate",
        "App\\Http\\Middleware\\AddXHeader",
    ]
    for t in arrivals(r, at(7, 28), at(11, 47), lambda x: 10 * workday(x)):
        if in_any(t, [db_down]):
            continue
        user = r.choice([72, 73, 77])
        view = r.choice(["account_balance", "account_balance", "cash_flow"])
        msg = f'Attempt to read property "code" on null (View: {AK_ROOT}/resources/views/widgets/{view}.blade.php)'
        cache = {
            "account_balance": "0c8e51f4b1f0a2d97a6e4c0f3b0d2c6c8a91b7e2",
            "cash_flow": "5d1f0a9e37c2b84e6f01d2a7c9b35e48f6a02c1d",
        }[view]
        top = [
            f"{lv.fw}/View/Engines/PhpEngine.php(60): Illuminate\\View\\Engines\\CompilerEngine->handleViewException(Object(ErrorException), 1)",
            f"{lv.fw}/View/Engines/CompilerEngine.php(72): Illuminate\\View\\Engines\\PhpEngine->evaluatePath('{AK_ROOT[:15]}...', Array)",
            f"{lv.fw}/View/View.php(207): Illuminate\\View\\Engines\\CompilerEngine->get('{AK_ROOT[:15]}...', Array)",
            f"{lv.fw}/View/View.php(190): Illuminate\\View\\View->getContents()",
            f"{lv.fw}/View/View.php(159): Illuminate\\View\\View->renderContents()",
            f"{AK_ROOT}/app/Abstracts/Widget.php(88): Illuminate\\View\\View->render()",
            f"{AK_ROOT}/app/Utilities/Widgets.php(104): App\\Abstracts\\Widget->show(Object(App\\Models\\Common\\Widget))",
            f"{AK_ROOT}/app/Http/Controllers/Common/Dashboards.php(95): App\\Utilities\\Widgets::show(Object(App\\Models\\Common\\Widget))",
            f"{lv.fw}/Routing/Controller.php(54): App\\Http\\Controllers\\Common\\Dashboards->show(Object(App\\Models\\Common\\Dashboard))",
            f"{lv.fw}/Routing/ControllerDispatcher.php(43): Illuminate\\Routing\\Controller->callAction('show', Array)",
            f"{lv.fw}/Routing/Route.php(260): Illuminate\\Routing\\ControllerDispatcher->dispatch(Object(Illuminate\\Routing\\Route), Object(App\\Http\\Controllers\\Common\\Dashboards), 'show')",
        ]
        where = f"{AK_ROOT}/storage/framework/views/{cache}.php:23"
        prev = (
            "ErrorException",
            0,
            'Attempt to read property "code" on null',
            where,
            [
                f"{lv.fw}/Foundation/Bootstrap/HandleExceptions.php(255): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError(2, 'Attempt to read...', '{AK_ROOT[:15]}...', 23)",
                f"{AK_ROOT}/storage/framework/views/{cache}.php(23): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->Illuminate\\Foundation\\Bootstrap\\{{closure}}(2, 'Attempt to read...', '{AK_ROOT[:15]}...', 23)",
                f"{lv.fw}/Filesystem/Filesystem.php(123): require('{AK_ROOT[:15]}...')",
                f"{lv.fw}/Filesystem/Filesystem.php(124): Illuminate\\Filesystem\\Filesystem::Illuminate\\Filesystem\\{{closure}}()",
                f"{lv.fw}/View/Engines/PhpEngine.php(58): Illuminate\\Filesystem\\Filesystem->getRequire('{AK_ROOT[:15]}...', Array)",
                *top[1:],
            ],
        )
        e = Laravel.exc(
            "Illuminate\\View\\ViewException", 0, msg, where, lv.web(top, web_mw), prev, user
        )
        lv.log(
            t,
            ("web", t.microsecond),
            "ERROR",
            'Attempt to read property "%s" on %s (View: %s)',
            msg,
            e,
        )
    for t in arrivals(r, at(7, 55), at(11, 30), lambda x: 4.2):
        if in_any(t, [db_down]):
            continue
        msg = f"Too few arguments to function Modules\\DoubleEntry\\Listeners\\Document\\DocumentCreated::handle(), 1 passed in {lv.fw}/Events/Dispatcher.php on line 458 and exactly 2 expected"
        top = [
            f"{lv.fw}/Events/Dispatcher.php(458): Modules\\DoubleEntry\\Listeners\\Document\\DocumentCreated->handle(Object(App\\Events\\Document\\DocumentCreated))",
            f"{lv.fw}/Events/Dispatcher.php(286): Illuminate\\Events\\Dispatcher->Illuminate\\Events\\{{closure}}('App\\\\Events\\\\Docume...', Array)",
            f"{lv.fw}/Foundation/helpers.php(470): Illuminate\\Events\\Dispatcher->dispatch('App\\\\Events\\\\Docume...')",
            f"{AK_ROOT}/app/Jobs/Document/CreateDocument.php(45): event(Object(App\\Events\\Document\\DocumentCreated))",
            f"{AK_ROOT}/app/Traits/Jobs.php(33): App\\Jobs\\Document\\CreateDocument->handle()",
            f"{AK_ROOT}/app/Http/Controllers/Sales/Invoices.php(124): App\\Abstracts\\Http\\Controller->ajaxDispatch(Object(App\\Jobs\\Document\\CreateDocument))",
            f"{lv.fw}/Routing/Controller.php(54): App\\Http\\Controllers\\Sales\\Invoices->store(Object(App\\Http\\Requests\\Document\\Document))",
            f"{lv.fw}/Routing/ControllerDispatcher.php(43): Illuminate\\Routing\\Controller->callAction('store', Array)",
            f"{lv.fw}/Routing/Route.php(260): Illuminate\\Routing\\ControllerDispatcher->dispatch(Object(Illuminate\\Routing\\Route), Object(App\\Http\\Controllers\\Sales\\Invoices), 'store')",
        ]
        e = Laravel.exc(
            "ArgumentCountError",
            0,
            msg,
            f"{AK_ROOT}/modules/DoubleEntry/Listeners/Document/DocumentCreated.php:27",
            lv.web(top, web_mw),
            None,
            r.choice([31, 34, 35]),
        )
        lv.log(
            t,
            ("web", t.microsecond),
            "ERROR",
            "Too few arguments to function %s(), %d passed in %s on line %d and exactly %d expected",
            msg,
            e,
        )
    for t in arrivals(r, at(8, 30), at(11, 50), lambda x: 2.2):
        company = r.choice([3, 5, 7, 9, 11])
        num = f"INV-{r.randint(410, 980):05d}"
        msg = f"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{num}-{company}-invoice' for key 'documents_document_number_deleted_at_company_id_type_unique' (Connection: mysql, SQL: insert into `documents` (`type`, `document_number`, `status`, `issued_at`, `due_at`, `amount`, `currency_code`, `currency_rate`, `contact_id`, `contact_name`, `company_id`, `created_from`, `created_by`, `updated_at`, `created_at`) values (invoice, {num}, draft, 2024-06-07 00:00:00, 2024-06-21 00:00:00, {r.randint(90, 9000)}.{r.randint(0, 99):02d}, GBP, 1, {r.randint(100, 900)}, {r.choice(['Harbour Dental Ltd', 'Pike & Sons', 'Meadowcroft Farm', 'Oriel Studio'])}, {company}, core::ui, {r.randint(20, 80)}, 2024-06-07 {t:%H:%M:%S}, 2024-06-07 {t:%H:%M:%S}))"
        top = [
            f"{lv.fw}/Database/Connection.php(578): Illuminate\\Database\\Connection->runQueryCallback('insert into `do...', Array, Object(Closure))",
            f"{lv.fw}/Database/Connection.php(542): Illuminate\\Database\\Connection->statement('insert into `do...', Array)",
            f"{lv.fw}/Database/Query/Builder.php(3339): Illuminate\\Database\\Connection->insert('insert into `do...', Array)",
        ]
        e = Laravel.exc(
            "Illuminate\\Database\\QueryException",
            23000,
            msg,
            f"{lv.fw}/Database/Connection.php:822",
            lv.web(top, web_mw),
            None,
            r.randint(20, 80),
        )
        lv.log(
            t,
            ("web", t.microsecond),
            "ERROR",
            "SQLSTATE[23000]: Integrity constraint violation: %d Duplicate entry '%s' for key '%s' (Connection: %s, SQL: %s)",
            msg,
            e,
        )
    for t in arrivals(r, db_down[0] + sec(2), db_down[1], lambda x: 700):
        uid = r.randint(20, 80)
        msg = f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `id` = {uid} and `users`.`deleted_at` is null limit 1)"
        e = Laravel.exc(
            "Illuminate\\Database\\QueryException",
            2002,
            msg,
            f"{lv.fw}/Database/Connection.php:822",
            lv.web(lv.select(), web_mw[:2]),
            (
                "PDOException",
                2002,
                "SQLSTATE[HY000] [2002] Connection refused",
                f"{lv.fw}/Database/Connectors/Connector.php:65",
                lv.pdo("mysql:host=127.0.0.1;port=3306;dbname=akaunting", "akaunting"),
            ),
        )
        lv.log(
            t,
            ("web", t.microsecond),
            "ERROR",
            "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
            msg,
            e,
        )
    for t in [at(8, 47, 3), at(10, 52, 40), at(11, 21, 9)]:
        msg = "Maximum execution time of 60 seconds exceeded"
        e = (
            '{"userId":'
            + str(r.choice([41, 44]))
            + ',"exception":"[object] (Symfony\\\\Component\\\\ErrorHandler\\\\Error\\\\FatalError(code: 0): Maximum execution time of 60 seconds exceeded at '
            + AK_ROOT
            + "/vendor/dompdf/dompdf/lib/Cpdf.php:4721)",
            ["[stacktrace]", "#0 {main}", '"} '],
        )
        lv.log(
            t,
            ("web", t.microsecond),
            "ERROR",
            "Maximum execution time of %d seconds exceeded",
            msg,
            e,
        )
    # recurring:check at 06:00: two templates whose customer was deleted
    t = at(6, 0, 1.2)
    for tmpl in [
        ("RI-00031", "getAttribute"),
        ("RI-00044", "getAttribute"),
        ("RI-00057", "getAttribute"),
    ]:
        t += sec(r.uniform(0.2, 0.9))
        msg = f"Call to a member function {tmpl[1]}() on null"
        top = [
            f"{AK_ROOT}/app/Console/Commands/RecurringCheck.php(176): App\\Console\\Commands\\RecurringCheck->getNextRecurring(Object(App\\Models\\Document\\Document))",
            f"{AK_ROOT}/app/Console/Commands/RecurringCheck.php(94): App\\Console\\Commands\\RecurringCheck->recur(Object(App\\Models\\Common\\Recurring))",
        ]
        e = Laravel.exc(
            "Error",
            0,
            msg,
            f"{AK_ROOT}/app/Console/Commands/RecurringCheck.php:214",
            lv.console(top, "App\\Console\\Commands\\RecurringCheck", ""),
        )
        lv.log(t, "recurring", "ERROR", "Call to a member function %s() on %s", msg, e)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- inventree

# words of django-q's humanhash list, for task and cluster names
IT_WORDS = [
    "ack",
    "alabama",
    "alaska",
    "alpha",
    "angel",
    "apart",
    "april",
    "arizona",
    "aspen",
    "batman",
    "blue",
    "california",
    "ceiling",
    "colorado",
    "december",
    "early",
    "eighteen",
    "fanta",
    "fix",
    "foxtrot",
    "glucose",
    "harry",
    "hydrogen",
    "iowa",
    "juliet",
    "king",
    "leopard",
    "low",
    "mars",
    "mike",
    "mockingbird",
    "music",
    "nineteen",
    "ohio",
    "oscar",
    "pennsylvania",
    "purple",
    "robert",
    "saturn",
    "single",
    "social",
    "spring",
    "table",
    "thirteen",
    "two",
    "vegan",
    "virginia",
    "winner",
    "yankee",
]
IT_DAILY = [
    ("InvenTree.tasks.delete_successful_tasks", at(6, 17, 41)),
    ("InvenTree.tasks.delete_failed_tasks", at(6, 17, 52)),
    ("InvenTree.tasks.delete_old_error_logs", at(6, 18, 3)),
    ("InvenTree.tasks.delete_old_notifications", at(6, 18, 14)),
    ("InvenTree.tasks.delete_expired_sessions", at(6, 18, 25)),
    ("InvenTree.tasks.check_for_updates", at(7, 2, 9)),
    ("InvenTree.tasks.update_exchange_rates", at(7, 2, 40)),
    ("part.tasks.check_stale_stock", at(8, 44, 18)),
    ("order.tasks.check_overdue_purchase_orders", at(8, 44, 49)),
    ("order.tasks.check_overdue_sales_orders", at(8, 45, 20)),
    ("part.tasks.scheduled_stocktake_reports", at(11, 12, 2)),
]
IT_SITE = "/root/.local/lib/python3.11/site-packages"


def inventree(r: random.Random) -> list[Log]:
    """InvenTree 0.15's server and worker containers (see the module docstring)."""
    fs = Files()
    S, Wf = "inventree-server.log", "inventree-worker.log"
    restart = at(9, 42, 11.3)
    relay_down = (at(9, 10, 5), at(9, 40, 30))

    def D(f: str, t: datetime, proc: object, label: str | None, lines: list[str]) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{docker_ts(x)} {ln}" for ln in lines], (f, proc), US
        )

    def G(t: datetime, pid: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            S,
            t,
            label,
            lambda x: [f"{docker_ts(x)} [{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{level}] {msg}"],
            (S, ("gunicorn", pid)),
            US,
        )

    def name() -> str:
        return "-".join(r.choice(IT_WORDS) for _ in range(4))

    def proc() -> str:
        return f"Process-{hexid(r, 32)}"

    # -- gunicorn: up since yesterday; restarted at 09:42, a worker timing out at 10:31
    gw = [7, 8, 9, 10]
    t = G(restart, 1, "INFO", "Handling signal: %s", "Handling signal: term")
    for p in gw:
        t = G(
            t + sec(r.uniform(0.001, 0.02)),
            p,
            "INFO",
            "Worker exiting (pid: %s)",
            f"Worker exiting (pid: {p})",
        )
    t = G(t + sec(0.21), 1, "INFO", "Shutting down: %s", "Shutting down: Master")
    t = G(t + sec(6.8), 1, "INFO", "Starting gunicorn %s", "Starting gunicorn 21.2.0")
    t = G(
        t + sec(0.002), 1, "INFO", "Listening at: %s (%s)", "Listening at: http://0.0.0.0:8000 (1)"
    )
    t = G(t + sec(0.001), 1, "INFO", "Using worker: %s", "Using worker: sync")
    for p in [8, 9, 10, 11]:
        t = G(
            t + sec(r.uniform(0.002, 0.01)),
            1,
            "INFO",
            "Booting worker with pid: %s",
            f"Booting worker with pid: {p}",
        )
    tt = at(10, 31, 44.2)
    G(tt, 1, "CRITICAL", "WORKER TIMEOUT (pid:%s)", "WORKER TIMEOUT (pid:9)")
    G(
        tt + sec(0.41),
        1,
        "ERROR",
        "Worker (pid:%s) exited with code %s",
        "Worker (pid:9) exited with code 1",
    )
    G(
        tt + sec(0.4104),
        1,
        "ERROR",
        "Worker (pid:%s) exited with code %s.",
        "Worker (pid:9) exited with code 1.",
    )
    G(tt + sec(0.43), 1, "INFO", "Booting worker with pid: %s", "Booting worker with pid: 38")

    def up(t: datetime) -> bool:
        return not (restart - sec(1) <= t < restart + sec(9))

    # -- django.request's warnings for the API clients
    for t in arrivals(r, T0, T_END, lambda x: 28 * workday(x)):
        if up(t):
            path = r.choice(
                [
                    f"/api/part/{r.randint(100, 5200)}/",
                    f"/api/stock/{r.randint(1000, 24000)}/",
                    f"/api/part/{r.randint(100, 5200)}/",
                    f"/api/company/part/{r.randint(10, 900)}/",
                ]
            )
            D(S, t, "django", "Not Found: %s", [f"Not Found: {path}"])
    for t in arrivals(r, at(7, 30), T_END, lambda x: 9 * workday(x)):
        if up(t):
            D(
                S,
                t,
                "django",
                "Bad Request: %s",
                [
                    f"Bad Request: {r.choice(['/api/stock/remove/', '/api/stock/transfer/', '/api/stock/remove/', '/api/order/po/' + str(r.randint(300, 420)) + '/receive/'])}"
                ],
            )
    for t in every(r, at(7, 5), at(11, 20), 240, 20):
        if up(t):
            D(S, t, "django", "Unauthorized: %s", ["Unauthorized: /api/user/me/"])
    for t in arrivals(r, at(8, 0), T_END, lambda x: 3):
        if up(t):
            D(S, t, "django", "Forbidden: %s", [f"Forbidden: /api/stock/{r.randint(1000, 24000)}/"])
    for t in [at(10, 12, 3.1), at(10, 12, 40.7), at(10, 14, 2.2), at(11, 8, 51.9)]:
        tb = [
            "Traceback (most recent call last):",
            f'  File "{IT_SITE}/django/core/handlers/exception.py", line 55, in inner',
            "    response = get_response(request)",
            "               ^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{IT_SITE}/django/core/handlers/base.py", line 197, in _get_response',
            "    response = wrapped_callback(request, *callback_args, **callback_kwargs)",
            "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{IT_SITE}/rest_framework/views.py", line 509, in dispatch',
            "    response = self.handle_exception(exc)",
            "               ^^^^^^^^^^^^^^^^^^^^^^^^^^",
            '  File "/home/inventree/src/backend/InvenTree/label/api.py", line 203, in print',
            "    return self.print(request, items_to_print)",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            '  File "/home/inventree/src/backend/InvenTree/label/models.py", line 238, in render',
            "    return render_to_string(self.template_name, context, request)",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{IT_SITE}/django/template/base.py", line 175, in render',
            "    return self._render(context)",
            "           ^^^^^^^^^^^^^^^^^^^^^",
            "django.template.exceptions.TemplateSyntaxError: Invalid block tag on line 14: 'qrcode', expected 'endif'. Did you forget to register or load this tag?",
        ]
        D(
            S,
            t,
            "django",
            "Internal Server Error: %s",
            ["Internal Server Error: /api/label/stock/print/", *tb],
        )

    # -- the task queue: django-q2's ORM broker, two workers
    oid = [48_212]
    cl = {
        "name": name(),
        "main": "MainProcess",
        "sent": proc(),
        "mon": proc(),
        "push": proc(),
        "w": [proc(), proc()],
    }
    new = {
        "name": name(),
        "main": "MainProcess",
        "sent": proc(),
        "mon": proc(),
        "push": proc(),
        "w": [proc(), proc()],
    }

    def cur(t: datetime) -> dict:
        return new if t >= restart + sec(11) else cl

    def enq(f: str, t: datetime, who: object) -> datetime:
        oid[0] += 1
        return D(f, t, who, "Enqueued [%s] %s", [f"Enqueued [InvenTree] {oid[0]}"])

    def W(t: datetime, who: str, label: str, msg: str | list[str]) -> datetime:
        return D(Wf, t, who, label, msg if isinstance(msg, list) else [msg])

    def run_task(
        t: datetime, func: str, group: str | None, fail: list[str] | None = None, dur: float = 0.2
    ) -> datetime:
        """One task through the cluster: a worker takes it, the monitor saves its result."""
        if restart - sec(2) <= t < restart + sec(14):
            t = restart + sec(14 + r.uniform(0, 3))
        tn = name()
        c = cur(t)
        w = r.choice(c["w"])
        t = t + sec(r.uniform(0.05, 0.6))
        if group:
            t = W(t, w, "%s processing %s '%s' [%s]", f"{w} processing {tn} '{func}' [{group}]")
        else:
            t = W(t, w, "%s processing %s '%s'", f"{w} processing {tn} '{func}'")
        t += sec(dur * r.uniform(0.5, 1.8))
        if fail:
            return W(
                t + sec(0.01),
                c["mon"],
                "Failed '%s' (%s) - [Errno %d] Connection refused : %s",
                [
                    f"Failed '{func}' ({tn}) - {fail[0]} : Traceback (most recent call last):",
                    *fail[1:],
                ],
            )
        return W(
            t + sec(r.uniform(0.005, 0.05)),
            c["mon"],
            "Processed '%s' (%s)",
            f"Processed '{func}' ({tn})",
        )

    # the sentinel creates scheduled tasks on its ~30 s cycle: heartbeat and the daily ones
    sched: list[tuple[datetime, str]] = [
        (t, "InvenTree.tasks.heartbeat") for t in every(r, T0 + sec(118.3), T_END, 300, 0.9)
    ]
    sched += [(t, f) for f, t in IT_DAILY]
    sched.sort()
    for t, func in sched:
        if restart - sec(2) <= t < restart + sec(16):
            t = restart + sec(16.4)
        c = cur(t)
        t = enq(Wf, t, c["sent"])
        tn = name()
        t = W(
            t + sec(0.0004),
            c["sent"],
            "%s created task %s from schedule [%s]",
            f"{c['sent']} created task {tn} from schedule [{func}]",
        )
        w = r.choice(c["w"])
        t = W(
            t + sec(r.uniform(0.1, 0.5)),
            w,
            "%s processing %s '%s' [%s]",
            f"{w} processing {tn} '{func}' [{func}]",
        )
        t += sec(r.uniform(0.01, 0.08) if func.endswith("heartbeat") else r.uniform(0.2, 3.5))
        W(t, c["mon"], "Processed '%s' (%s)", f"Processed '{func}' ({tn})")

    # stock moved by the warehouse's scanners: pricing updates and low-stock checks offloaded
    relay_tb = [
        f'  File "{IT_SITE}/django_q/worker.py", line 97, in worker',
        '    res = f(*task["args"], **task["kwargs"])',
        "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{IT_SITE}/django/core/mail/__init__.py", line 87, in send_mail',
        "    return mail.send()",
        "           ^^^^^^^^^^^",
        f'  File "{IT_SITE}/django/core/mail/message.py", line 298, in send',
        "    return self.get_connection(fail_silently).send_messages([self])",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{IT_SITE}/django/core/mail/backends/smtp.py", line 128, in send_messages',
        "    new_conn_created = self.open()",
        "                       ^^^^^^^^^^^",
        f'  File "{IT_SITE}/django/core/mail/backends/smtp.py", line 86, in open',
        "    self.connection = self.connection_class(",
        "                      ^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/local/lib/python3.11/smtplib.py", line 255, in __init__',
        "    (code, msg) = self.connect(host, port)",
        "                  ^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/local/lib/python3.11/smtplib.py", line 341, in connect',
        "    self.sock = self._get_socket(host, port, self.timeout)",
        "                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/local/lib/python3.11/smtplib.py", line 312, in _get_socket',
        "    return socket.create_connection((host, port), timeout,",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/local/lib/python3.11/socket.py", line 851, in create_connection',
        "    raise exceptions[0]",
        '  File "/usr/local/lib/python3.11/socket.py", line 836, in create_connection',
        "    sock.connect(sa)",
        "ConnectionRefusedError: [Errno 111] Connection refused",
        "",
    ]
    for t in arrivals(r, at(6, 50), T_END - sec(30), lambda x: 52 * workday(x)):
        if not up(t):
            continue
        t = enq(S, t, ("gunicorn", r.choice([8, 9, 10, 11]) if t > restart else r.choice(gw)))
        run_task(t, "part.tasks.update_part_pricing", None, dur=0.4)
        if r.random() < 0.55:
            t2 = enq(S, t + sec(r.uniform(0.001, 0.01)), ("gunicorn", 8))
            te = run_task(t2, "part.tasks.notify_low_stock_if_required", None, dur=0.1)
            if r.random() < (0.5 if in_any(te, [relay_down]) else 0.18):
                # the part is below its minimum: the subscribers are mailed
                te = enq(Wf, te + sec(0.02), cur(te)["w"][0])
                te = run_task(te, "part.tasks.notify_low_stock", None, dur=0.3)
                for _ in range(r.choice([1, 2, 2, 3])):
                    te = enq(Wf, te + sec(0.01), cur(te)["w"][1])
                    fail = (
                        ["[Errno 111] Connection refused", *relay_tb]
                        if in_any(te, [relay_down])
                        else None
                    )
                    run_task(te, "django.core.mail.send_mail", None, fail, dur=0.6)

    # -- the worker container restarted at 09:42 with the new mail relay settings
    t = W(
        restart + sec(0.004),
        cl["main"],
        "Q Cluster %s stopping.",
        f"Q Cluster {cl['name']} stopping.",
    )
    t = W(
        t + sec(0.002),
        cl["sent"],
        "%s stopping cluster processes",
        f"{cl['sent']} stopping cluster processes",
    )
    t = W(
        t + sec(0.31), cl["push"], "%s stopped pushing tasks", f"{cl['push']} stopped pushing tasks"
    )
    for w in cl["w"]:
        t = W(t + sec(r.uniform(0.05, 0.3)), w, "%s stopped doing work", f"{w} stopped doing work")
    t = W(
        t + sec(0.12),
        cl["sent"],
        "%s waiting for the monitor.",
        f"{cl['sent']} waiting for the monitor.",
    )
    t = W(
        t + sec(0.08),
        cl["mon"],
        "%s stopped monitoring results",
        f"{cl['mon']} stopped monitoring results",
    )
    t = W(
        t + sec(0.31),
        cl["main"],
        "Q Cluster %s has stopped.",
        f"Q Cluster {cl['name']} has stopped.",
    )
    t = W(
        restart + sec(11.2),
        new["main"],
        "Q Cluster %s starting.",
        f"Q Cluster {new['name']} starting.",
    )
    for k, w in enumerate(new["w"]):
        t = W(
            t + sec(r.uniform(0.05, 0.2)),
            w,
            "%s ready for work at %s",
            f"{w} ready for work at {14 + k}",
        )
    t = W(t + sec(0.03), new["mon"], "%s monitoring at %s", f"{new['mon']} monitoring at 16")
    t = W(
        t + sec(0.02),
        new["sent"],
        "%s guarding cluster %s",
        f"{new['sent']} guarding cluster {new['name']} [InvenTree]",
    )
    t = W(t + sec(0.001), new["main"], "Q Cluster %s running.", f"Q Cluster {new['name']} running.")
    W(t + sec(0.01), new["push"], "%s pushing tasks at %s", f"{new['push']} pushing tasks at 17")
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- snipe-it

SN_ROOT = "/var/www/html"
SN_PROXY = "172.18.0.2"
SN_BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"


def snipeit(r: random.Random) -> list[Log]:
    """Snipe-IT 6.4 in the snipe/snipe-it image (see the module docstring)."""
    fs = Files()
    lv = Laravel(fs, "laravel.log", SN_ROOT)
    D = "snipeit.log"
    db_down = (at(10, 30, 4), at(10, 34, 12))
    stop, boot = at(10, 34, 51.2), at(10, 35, 9.4)
    smtp_bad = (at(8, 31), at(9, 4))
    slack_gone = at(9, 32)

    def up(t: datetime) -> bool:
        return not (stop <= t < boot + sec(6))

    def acc(
        t: datetime,
        label: str,
        method: str,
        path: str,
        status: int,
        size: int,
        ua: str,
        ref: str = "-",
    ) -> datetime:
        return fs.add(
            D,
            t,
            label,
            lambda x: [
                f'{SN_PROXY} - - [{clf_ts(x)}] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"'
            ],
            (D, "apache", t.microsecond % 7),
            SEC,
        )

    def apache_err(t: datetime, mod: str, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            D,
            t,
            label,
            lambda x: [f"[{apache_ts(x)}] [{mod}] [pid {pid}] {msg}"],
            (D, "apache-err", pid),
            US,
        )

    def sup(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            D,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level} {msg}"],
            (D, "supervisord"),
            MS,
        )

    def bare(t: datetime, label: str, lines: list[str]) -> datetime:
        if lines[0] == "":
            # components->info() writes an empty line first: it starts nothing
            fs.add(D, t, None, lambda x: [""], (D, "blank"), SEC)
            lines = lines[1:]
        return fs.add(D, t, label, lambda x: lines, (D, "startup", len(lines)), SEC)

    # -- the container restarted at 10:34 after the MySQL upgrade
    t = sup(
        stop,
        "WARN",
        "received SIGTERM indicating exit request",
        "received SIGTERM indicating exit request",
    )
    t = sup(t + sec(0.002), "INFO", "waiting for %s to die", "waiting for apache to die")
    apache_err(
        t + sec(0.004),
        "mpm_prefork:notice",
        38,
        "AH00169: caught SIGTERM, shutting down",
        "AH00169: caught SIGTERM, shutting down",
    )
    sup(t + sec(1.31), "INFO", "stopped: %s (exit status %s)", "stopped: apache (exit status 0)")
    t = bare(boot, "Nothing to migrate.", ["", "   INFO  Nothing to migrate.  ", ""])
    t = bare(
        t + sec(1),
        "Configuration cache cleared successfully.",
        ["", "   INFO  Configuration cache cleared successfully.  ", ""],
    )
    t = bare(
        t + sec(1),
        "Configuration cached successfully.",
        ["", "   INFO  Configuration cached successfully.  ", ""],
    )
    t = sup(
        t + sec(0.4), "INFO", "supervisord started with pid %s", "supervisord started with pid 1"
    )
    t = sup(t + sec(1.002), "INFO", "spawned: '%s' with pid %s", "spawned: 'apache' with pid 39")
    t = bare(
        t + sec(0.1),
        "AH00558: %s: Could not reliably determine the server's fully qualified domain name, using %s. Set the 'ServerName' directive globally to suppress this message",
        [
            "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.18.0.5. Set the 'ServerName' directive globally to suppress this message"
        ],
    )
    t = apache_err(
        t + sec(0.02),
        "mpm_prefork:notice",
        39,
        "AH00163: %s configured -- resuming normal operations",
        "AH00163: Apache/2.4.52 (Ubuntu) configured -- resuming normal operations",
    )
    t = apache_err(
        t + sec(0.0001),
        "core:notice",
        39,
        "AH00094: Command line: '%s'",
        "AH00094: Command line: '/usr/sbin/apache2 -D FOREGROUND'",
    )
    sup(
        t + sec(1.0),
        "INFO",
        "success: %s entered RUNNING state, process has stayed up for > than %s seconds (startsecs)",
        "success: apache entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
    )

    # -- uptime monitor
    for t in every(r, T0 + sec(7), T_END, 45, 0.4):
        if not up(t):
            continue
        if in_any(t, [db_down]):
            acc(t, "GET /health 500", "GET", "/health", 500, 7311, "Uptime-Kuma/1.23.11")
            msg = "SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `settings` limit 1)"
            e = Laravel.exc(
                "Illuminate\\Database\\QueryException",
                2002,
                msg,
                f"{lv.fw}/Database/Connection.php:822",
                lv.web(lv.select(), ["App\\Http\\Middleware\\CheckForSetup"]),
                (
                    "PDOException",
                    2002,
                    "SQLSTATE[HY000] [2002] Connection refused",
                    f"{lv.fw}/Database/Connectors/Connector.php:65",
                    lv.pdo("mysql:host=mysql;port=3306;dbname=snipeit", "snipeit"),
                ),
            )
            lv.log(
                t - sec(0.004),
                ("web", t.microsecond),
                "ERROR",
                "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
                msg,
                e,
            )
        else:
            acc(t, "GET /health 200", "GET", "/health", 200, 1093, "Uptime-Kuma/1.23.11")

    # -- jamf2snipe every two hours: look each Mac up by serial and patch it
    macs = [
        (
            "C02" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7)),
            r.randint(200, 1480),
        )
        for _ in range(128)
    ]
    broken = {macs[k][0] for k in (11, 47, 90)}
    for start in [at(6, 5, 2), at(8, 5, 1), at(10, 5, 3)]:
        t = start
        for serial, aid in macs:
            t += sec(r.uniform(0.25, 0.9))
            if serial in broken:
                acc(
                    t,
                    "GET /api/v1/hardware/byserial/%s 500",
                    "GET",
                    f"/api/v1/hardware/byserial/{serial}",
                    500,
                    7466,
                    "python-requests/2.31.0",
                )
                msg = "Call to a member function present() on null"
                top = [
                    f"{SN_ROOT}/app/Http/Transformers/AssetsTransformer.php(82): Illuminate\\Database\\Eloquent\\Model->__call('present', Array)",
                    f"{SN_ROOT}/app/Http/Transformers/AssetsTransformer.php(23): App\\Http\\Transformers\\AssetsTransformer->transformAsset(Object(App\\Models\\Asset))",
                    f"{SN_ROOT}/app/Http/Controllers/Api/AssetsController.php(587): App\\Http\\Transformers\\AssetsTransformer->transformAssets(Object(Illuminate\\Database\\Eloquent\\Collection), 1)",
                    f"{lv.fw}/Routing/Controller.php(54): App\\Http\\Controllers\\Api\\AssetsController->showBySerial('{serial}')",
                    f"{lv.fw}/Routing/ControllerDispatcher.php(43): Illuminate\\Routing\\Controller->callAction('showBySerial', Array)",
                    f"{lv.fw}/Routing/Route.php(260): Illuminate\\Routing\\ControllerDispatcher->dispatch(Object(Illuminate\\Routing\\Route), Object(App\\Http\\Controllers\\Api\\AssetsController), 'showBySerial')",
                ]
                e = Laravel.exc(
                    "Error",
                    0,
                    msg,
                    f"{SN_ROOT}/app/Http/Transformers/AssetsTransformer.php:82",
                    lv.web(
                        top,
                        [
                            "Laravel\\Passport\\Http\\Middleware\\CreateFreshApiToken",
                            "Illuminate\\Routing\\Middleware\\ThrottleRequests",
                            "Illuminate\\Auth\\Middleware\\Authenticate",
                        ],
                    ),
                    None,
                    2,
                )
                lv.log(
                    t - sec(0.003),
                    ("web", t.microsecond),
                    "ERROR",
                    "Call to a member function %s() on %s",
                    msg,
                    e,
                )
                continue
            t = acc(
                t,
                "GET /api/v1/hardware/byserial/%s 200",
                "GET",
                f"/api/v1/hardware/byserial/{serial}",
                200,
                r.randint(2900, 3400),
                "python-requests/2.31.0",
            )
            t += sec(r.uniform(0.1, 0.5))
            while r.random() < 0.07:
                t = acc(
                    t,
                    "PATCH /api/v1/hardware/%s 429",
                    "PATCH",
                    f"/api/v1/hardware/{aid}",
                    429,
                    512,
                    "python-requests/2.31.0",
                )
                t += sec(r.uniform(1.0, 3.0))
            t = acc(
                t,
                "PATCH /api/v1/hardware/%s 200",
                "PATCH",
                f"/api/v1/hardware/{aid}",
                200,
                r.randint(3100, 3600),
                "python-requests/2.31.0",
            )
        for _ in range(r.choice([1, 2])):
            t = acc(
                t + sec(0.4),
                "POST /api/v1/hardware 200",
                "POST",
                "/api/v1/hardware",
                200,
                r.randint(3100, 3500),
                "python-requests/2.31.0",
            )

    # -- the helpdesk at work
    deleted_model_assets = [412, 877, 1033, 1190]
    for t in arrivals(r, at(7, 20), T_END, lambda x: 150 * workday(x)):
        if not up(t):
            continue
        ref = "https://assets.corp.example/hardware"
        if in_any(t, [db_down]):
            aid = r.randint(200, 1480)
            acc(t, "GET /hardware/%s 500", "GET", f"/hardware/{aid}", 500, 7420, SN_BROWSER, ref)
            msg = f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `id` = {r.choice([3, 7, 12, 15])} and `users`.`deleted_at` is null limit 1)"
            e = Laravel.exc(
                "Illuminate\\Database\\QueryException",
                2002,
                msg,
                f"{lv.fw}/Database/Connection.php:822",
                lv.web(lv.select(), ["Illuminate\\Session\\Middleware\\StartSession"]),
                (
                    "PDOException",
                    2002,
                    "SQLSTATE[HY000] [2002] Connection refused",
                    f"{lv.fw}/Database/Connectors/Connector.php:65",
                    lv.pdo("mysql:host=mysql;port=3306;dbname=snipeit", "snipeit"),
                ),
            )
            lv.log(
                t - sec(0.004),
                ("web", t.microsecond),
                "ERROR",
                "SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s)",
                msg,
                e,
            )
            continue
        kind = weighted(
            r, [(40, "list"), (30, "view"), (12, "checkout"), (6, "login"), (12, "dash")]
        )
        if kind == "list":
            q = r.choice(["", "", "", "MBP", "LT-0", "Dell", "C02"])
            acc(
                t,
                "GET /api/v1/hardware?search=%s&sort=%s&order=%s&offset=%s&limit=%s 200",
                "GET",
                f"/api/v1/hardware?search={q}&sort={r.choice(['created_at', 'asset_tag', 'name'])}&order={r.choice(['desc', 'asc'])}&offset={r.choice([0, 0, 0, 20, 40])}&limit=20",
                200,
                r.randint(9000, 42000),
                SN_BROWSER,
                ref,
            )
        elif kind == "view":
            aid = r.choice(deleted_model_assets) if r.random() < 0.07 else r.randint(200, 1480)
            if aid in deleted_model_assets:
                acc(
                    t, "GET /hardware/%s 500", "GET", f"/hardware/{aid}", 500, 7420, SN_BROWSER, ref
                )
                msg = f'Attempt to read property "name" on null (View: {SN_ROOT}/resources/views/hardware/view.blade.php)'
                top = [
                    f"{lv.fw}/View/Engines/PhpEngine.php(60): Illuminate\\View\\Engines\\CompilerEngine->handleViewException(Object(ErrorException), 1)",
                    f"{lv.fw}/View/Engines/CompilerEngine.php(72): Illuminate\\View\\Engines\\PhpEngine->evaluatePath('{SN_ROOT}/stora...', Array)",
                    f"{lv.fw}/View/View.php(207): Illuminate\\View\\Engines\\CompilerEngine->get('{SN_ROOT}/stora...', Array)",
                    f"{lv.fw}/View/View.php(190): Illuminate\\View\\View->getContents()",
                    f"{lv.fw}/View/View.php(159): Illuminate\\View\\View->renderContents()",
                    f"{lv.fw}/Http/Response.php(69): Illuminate\\View\\View->render()",
                    f"{lv.fw}/Http/Response.php(35): Illuminate\\Http\\Response->setContent(Object(Illuminate\\View\\View))",
                    f"{lv.fw}/Routing/Router.php(918): Illuminate\\Http\\Response->__construct(Object(Illuminate\\View\\View), 200, Array)",
                ]
                where = f"{SN_ROOT}/storage/framework/views/8a0e3f5d2c41b9e7f06a1d4c3b2e8f90a7c6d5e4.php:287"
                prev = (
                    "ErrorException",
                    0,
                    'Attempt to read property "name" on null',
                    where,
                    [
                        f"{lv.fw}/Foundation/Bootstrap/HandleExceptions.php(255): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError(2, 'Attempt to read...', '{SN_ROOT}/stora...', 287)",
                        f"{SN_ROOT}/storage/framework/views/8a0e3f5d2c41b9e7f06a1d4c3b2e8f90a7c6d5e4.php(287): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->Illuminate\\Foundation\\Bootstrap\\{{closure}}(2, 'Attempt to read...', '{SN_ROOT}/stora...', 287)",
                        f"{lv.fw}/Filesystem/Filesystem.php(123): require('{SN_ROOT}/stora...')",
                        *top[1:5],
                    ],
                )
                e = Laravel.exc(
                    "Illuminate\\View\\ViewException",
                    0,
                    msg,
                    where,
                    lv.web(
                        top,
                        [
                            "Illuminate\\Session\\Middleware\\StartSession",
                            "App\\Http\\Middleware\\CheckPermissionsMiddleware",
                            "Illuminate\\Auth\\Middleware\\Authenticate",
                        ],
                    ),
                    prev,
                    r.choice([3, 7, 12, 15]),
                )
                lv.log(
                    t - sec(0.003),
                    ("web", t.microsecond),
                    "ERROR",
                    'Attempt to read property "%s" on %s (View: %s)',
                    msg,
                    e,
                )
            else:
                acc(
                    t,
                    "GET /hardware/%s 200",
                    "GET",
                    f"/hardware/{aid}",
                    200,
                    r.randint(21000, 38000),
                    SN_BROWSER,
                    ref,
                )
        elif kind == "checkout":
            aid = r.randint(200, 1480)
            failed = ""
            if in_any(t, [smtp_bad]):
                failed = "smtp"
            elif t > slack_gone and r.random() < 0.5:
                failed = "slack"
            if not failed:
                acc(
                    t,
                    "POST /hardware/%s/checkout 302",
                    "POST",
                    f"/hardware/{aid}/checkout",
                    302,
                    1194,
                    SN_BROWSER,
                    f"https://assets.corp.example/hardware/{aid}/checkout",
                )
                continue
            acc(
                t,
                "POST /hardware/%s/checkout 500",
                "POST",
                f"/hardware/{aid}/checkout",
                500,
                7425,
                SN_BROWSER,
                f"https://assets.corp.example/hardware/{aid}/checkout",
            )
            ctl = [
                f"{lv.fw}/Notifications/ChannelManager.php(39): Illuminate\\Notifications\\NotificationSender->send(Object(Illuminate\\Database\\Eloquent\\Collection), Object(App\\Notifications\\CheckoutAssetNotification))",
                f"{SN_ROOT}/app/Listeners/CheckoutableListener.php(57): Illuminate\\Notifications\\ChannelManager->send(Object(Illuminate\\Database\\Eloquent\\Collection), Object(App\\Notifications\\CheckoutAssetNotification))",
                f"{lv.fw}/Events/Dispatcher.php(458): App\\Listeners\\CheckoutableListener->onCheckedOut(Object(App\\Events\\CheckoutableCheckedOut))",
                f"{SN_ROOT}/app/Models/Asset.php(378): event(Object(App\\Events\\CheckoutableCheckedOut))",
                f"{SN_ROOT}/app/Http/Controllers/Assets/AssetCheckoutController.php(102): App\\Models\\Asset->checkOut(Object(App\\Models\\User), Object(App\\Models\\User), '2024-06-07 {t:%H:%M:%S}', '', '', NULL)",
                f"{lv.fw}/Routing/Controller.php(54): App\\Http\\Controllers\\Assets\\AssetCheckoutController->store(Object(App\\Http\\Requests\\AssetCheckoutRequest), '{aid}')",
                f"{lv.fw}/Routing/ControllerDispatcher.php(43): Illuminate\\Routing\\Controller->callAction('store', Array)",
                f"{lv.fw}/Routing/Route.php(260): Illuminate\\Routing\\ControllerDispatcher->dispatch(Object(Illuminate\\Routing\\Route), Object(App\\Http\\Controllers\\Assets\\AssetCheckoutController), 'store')",
            ]
            mw = [
                "Illuminate\\Session\\Middleware\\StartSession",
                "App\\Http\\Middleware\\CheckPermissionsMiddleware",
                "Illuminate\\Auth\\Middleware\\Authenticate",
            ]
            user = r.choice([3, 7, 12, 15])
            if failed == "smtp":
                reply = f"535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [LO4P123CA0391.GBRP123.PROD.OUTLOOK.COM 2024-06-07T{t:%H:%M:%S}.{r.randint(0, 999):03d}Z 08DC86A1B2C3D4E5]"
                msg = f'Failed to authenticate on SMTP server with username "snipeit@corp.example" using the following authenticators: "LOGIN", "XOAUTH2". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "{reply}".". Authenticator "XOAUTH2" returned "Expected response code "235" but got code "535", with message "{reply}".".'
                fr = (
                    lv.mail(
                        "App\\Notifications\\CheckoutAssetNotification",
                        "App\\Models\\User",
                        uuid4(r),
                        True,
                    )[:-4]
                    + ctl
                )
                e = Laravel.exc(
                    "Symfony\\Component\\Mailer\\Exception\\TransportException",
                    535,
                    msg,
                    f"{SN_ROOT}/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php:236",
                    lv.web(fr, mw),
                    None,
                    user,
                )
                lv.log(t - sec(0.003), ("web", t.microsecond), "ERROR", AK_SMTP_AUTH, msg, e)
            else:
                msg = "Client error: `POST https://hooks.slack.com/services/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` resulted in a `404 Not Found` response:\nno_service\n"
                fr = [
                    f"{SN_ROOT}/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create(Object(GuzzleHttp\\Psr7\\Request), Object(GuzzleHttp\\Psr7\\Response), NULL, Array, NULL)",
                    f"{SN_ROOT}/vendor/guzzlehttp/promises/src/Promise.php(209): GuzzleHttp\\Middleware::GuzzleHttp\\{{closure}}(Object(GuzzleHttp\\Psr7\\Response))",
                    f"{SN_ROOT}/vendor/guzzlehttp/promises/src/Promise.php(158): GuzzleHttp\\Promise\\Promise::callHandler(1, Object(GuzzleHttp\\Psr7\\Response), NULL)",
                    f"{SN_ROOT}/vendor/guzzlehttp/promises/src/TaskQueue.php(52): GuzzleHttp\\Promise\\Promise::GuzzleHttp\\Promise\\{{closure}}()",
                    f"{SN_ROOT}/vendor/guzzlehttp/promises/src/Promise.php(251): GuzzleHttp\\Promise\\TaskQueue->run(true)",
                    f"{SN_ROOT}/vendor/guzzlehttp/promises/src/Promise.php(227): GuzzleHttp\\Promise\\Promise->invokeWaitFn()",
                    f"{SN_ROOT}/vendor/guzzlehttp/promises/src/Promise.php(272): GuzzleHttp\\Promise\\Promise->waitIfPending()",
                    f"{SN_ROOT}/vendor/guzzlehttp/guzzle/src/Client.php(189): GuzzleHttp\\Promise\\Promise->wait()",
                    f"{SN_ROOT}/vendor/laravel/slack-notification-channel/src/Channels/SlackWebhookChannel.php(46): GuzzleHttp\\Client->post('https://hooks.s...', Array)",
                    f"{lv.fw}/Notifications/NotificationSender.php(148): Illuminate\\Notifications\\Channels\\SlackWebhookChannel->send(Object(App\\Models\\Setting), Object(App\\Notifications\\CheckoutAssetNotification))",
                    f"{lv.fw}/Notifications/NotificationSender.php(106): Illuminate\\Notifications\\NotificationSender->sendToNotifiable(Object(App\\Models\\Setting), '{uuid4(r)[:15]}...', Object(App\\Notifications\\CheckoutAssetNotification), 'Illuminate\\\\Notif...')",
                    f"{lv.fw}/Support/Traits/Localizable.php(19): Illuminate\\Notifications\\NotificationSender->Illuminate\\Notifications\\{{closure}}()",
                    f"{lv.fw}/Notifications/NotificationSender.php(79): Illuminate\\Notifications\\NotificationSender->withLocale(NULL, Object(Closure))",
                    *ctl,
                ]
                e = Laravel.exc(
                    "GuzzleHttp\\Exception\\ClientException",
                    404,
                    msg,
                    f"{SN_ROOT}/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113",
                    lv.web(fr, mw),
                    None,
                    user,
                )
                lv.log(
                    t - sec(0.003),
                    ("web", t.microsecond),
                    "ERROR",
                    "Client error: `%s %s` resulted in a `%s %s` response:",
                    msg,
                    e,
                )
        elif kind == "login":
            t = acc(t, "GET /login 200", "GET", "/login", 200, 4711, SN_BROWSER)
            acc(
                t + sec(r.uniform(4, 15)),
                "POST /login 302",
                "POST",
                "/login",
                302,
                1102,
                SN_BROWSER,
                "https://assets.corp.example/login",
            )
        else:
            acc(
                t,
                "GET / 200",
                "GET",
                "/",
                200,
                r.randint(30000, 36000),
                SN_BROWSER,
                "https://assets.corp.example/login",
            )
    return fs.logs(T0)


SYSTEMS = {
    "openemr": openemr,
    "idempiere": idempiere,
    "akaunting": akaunting,
    "inventree": inventree,
    "snipe-it": snipeit,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
