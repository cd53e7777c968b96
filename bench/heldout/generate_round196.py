#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 196 (erpnext, dolibarr, magento, drupal, prestashop) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Two ERPs, a shop engine, a CMS and a second shop
engine, all PHP but the first, 06:00 to 12:00 on 2024-06-07; none of the five was in the set
(Odoo, WordPress, Symfony, Laravel, Moodle, MediaWiki, Nextcloud and nopCommerce are).

- ERPNext 15 on Frappe (`web.error.log`, `worker.error.log`, `scheduler.log`: one bench's logs
  folder as supervisor and Frappe write it): gunicorn 22's error log (`[2024-06-07 06:03:18
  +0000] [1203] [INFO] ...`: sync workers recycled by `--max-requests`, three `WORKER TIMEOUT
  (pid:%s)` 10:05-10:20 for a year's General Ledger export, each with the aborted worker's `Error
  handling request %s` and its SystemExit traceback, `bench restart` at 11:02); RQ 1.15's worker
  lines on stderr with only the time of day (`06:00:03 home-frappe-frappe-bench:default:
  frappe.utils.background_jobs.execute_job(event=None, ...) (erp.acme-tools.com::scheduled_job::
  frappe.email.queue.flush)`, each job's call string with every repr cut at 75 characters and the
  keywords sorted, `%s: Job OK (%s)`, `Result is kept for %s seconds`, `Cleaning registries for
  queue: %s` every ten minutes); Frappe's `scheduler` logger (`2024-06-07 06:00:03,740 INFO
  scheduler Scheduled Job Start: %s for %s`, `Complete`). The `All` events every 4 minutes, the
  hourly, hourly-long and a 15-minute cron event, the e-mail account pulled through a sub-job on
  the short queue (its method a function repr); MariaDB restarted 08:40:04-08:42:50 (three jobs'
  `[Job %s]: exception raised while executing (%s)` and two `Exception in Enqueue Events for Site
  %s`, each with pymysql's chained traceback); an Item import at 09:10 whose work-horse the OOM
  killer takes at 09:41 (`Moving job to FailedJobRegistry (Work-horse terminated unexpectedly;
  waitpid returned 9 (signal 9); )`); the 10:00 repost running until 11:09 (`Skipped queueing %s
  because it was found in queue for %s` each minute from 11:00, the long worker's warm shutdown
  waiting for it).
- Dolibarr 19.0 (`dolibarr.log`: the file log handler at SYSLOG_LEVEL 6, `2024-06-07 07:44:54
  INFO    192.168.10.52      2815     33 msg`: the level padded to 7, the client address to 15,
  the php-fpm pid to 7 and the uid to 6 columns): every page's `--- Access to %s %s - action=%s,
  massaction=%s` (the ajax pages' with ` NOTOKENRENEWAL=%s`) and `--- End access to %s`; six
  users logging in from 07:38 and the admin at 08:55 (`--- Access to ... - showing the login form and exit`,
  `functions_dolibarr::check_user_password_dolibarr usertotest=%s passwordtotest=%s
  entitytotest=%s` with the password as stars, `Authentication ok - hash %s of pass is ok`, `This
  is a new started user session. ...`, two mistyped passwords); the cron jobs run by URL from
  localhost every five minutes (`cron_run_jobs.php job %s not qualified line->datenextrun:%s ...`
  and the qualified jobs' `cron_run_jobs.php line->datenextrun:%s ...`, reminders' `CMailFile::
  sendfile: mailer->send, HOST=%s, PORT=%s`); a password-guessing bot 07:02-07:48 (`Authentication
  KO user not found for '%s'`, `bad password for '%s', cryptType=%s`, and after 100 failures
  `Authentication KO Too many attempts`); a custom module enabled 09:12-11:26 whose descriptor
  names a missing css file (`Warning: module %s declared a css path file for a file we can't
  find.` on every full page); the SMTP relay refusing 09:40-10:25 (Swift Mailer's `Connection
  could not be established with host %s :stream_socket_client(): ...`); a stock correction holding
  row locks 10:47-10:59 (`DoliDBMysqli::query SQL Error query: %s`, `... SQL Error message:
  DB_ERROR_1205 Lock wait timeout exceeded; ... From %s:%s.`, `--- End access to %s (Warn: db
  disconnection forced, transaction depth was %d)`); a duplicated customer code; php-fpm reloaded
  at 10:33 (new pids).
- Magento Open Source 2.4.6 (`web1-system.log`, `web1-exception.log`, `web2-...`,
  `admin1-cron.log`, `admin1-system.log`: Monolog 2's `[2024-06-07T06:00:02.339450+00:00]
  main.INFO: msg [] []`, a record with an exception in its context going to exception.log): `bin/
  magento cron:run` every minute on admin1 (`Cron Job %s is run`, `Cron Job %s is successfully
  finished. Statistics: {"sum":...}` for the index group's two per-minute jobs, the newsletter,
  the hourly jobs and a custom feed export); OpenSearch down 08:05:20-08:31:40 (storefront
  searches' `No alive nodes found in your cluster` through Bootstrap's error log, the kiosk's REST
  searches' `Report ID: %s; Message: No alive nodes found in your cluster` with the previous
  exception in the context, the index group's `Cron Job %s has an error: ... Statistics: %s` and
  `main.CRITICAL` with the NoNodesAvailableException, then the full reindex holding the group's
  lock: `Could not acquire lock for cron group: %s, skipping run`, BatchSizeManagement's `Memory
  size allocated for the temporary table is more than 20% of innodb_buffer_pool_size. ...`); the
  cron container dead 09:20-09:52; the SMTP relay refusing 09:35-10:05 (the transport's
  `Connection refused` with Laminas' exception, then the sender's `Unable to send mail. Please try
  again later.`); a theme deployed at 10:40 without a template (`Invalid template file: '%s' in
  module: '%s' block's name: '%s'`); the flash sale's inventory deadlocks (`Placing an order with
  quote_id %s is failed: SQLSTATE[40001]: ... query was: %s`); `Session size of %d exceeded
  allowed session max size of %d.` all day, `Requested store is not found`, a kiosk list hitting
  `Item (%s) with the same ID "%s" already exists.`, the feed export's PHP warning at 11:15.
- Drupal 10.2 (`web1-drupal.log`, `web2-drupal.log`: the syslog module through rsyslog's local0
  file, `Jun  7 06:00:02 web1 drupal: https://www.riverside-library.org|1717740002|cron|127.0.0.1|
  https://www.riverside-library.org/||0||Starting execution of captcha_cron().`, the module's
  default `!base_url|!timestamp|!type|!ip|!request_uri|!referer|!uid|!link|!message`, the
  request's time in the second field): drush cron on web1 every ten minutes (`Starting execution
  of %s_cron().`, `Execution of %s_cron() took %s.`, `Cron run completed.`, the 09:00 run's search
  indexing taking fourteen minutes and `Attempting to re-run cron while it is already running.`);
  crawlers' and scanners' 404s (`@uri`: the message is the path); anonymous visitors denied admin
  pages (`Path: %s. %s: The '%s' permission is required. in %s (line %s of %s).`, and with an
  empty reason for other users' edit pages); a password-guessing run 07:10-07:35 cut by the flood
  limits (`Login attempt failed from %s.`, five `for admin`); staff logging in and editing
  (`Session opened for %s.`, `%s: added %s.`, `%s: updated %s.` with the `View` link); a calendar
  module's `Deprecated function: Creation of dynamic property ...`; the contact form's `Error
  sending email (from %s to %s with reply-to %s).` 09:30-09:50; a deploy at 10:15 (`%s module
  installed.`) whose module warns (`Warning: Undefined array key "%s" in ...`) and throws on the
  front page (`Error: Call to a member function %s() on null in ... %s`, the backtrace on the
  same line with rsyslog's `#012`) until 10:52; missing image sources.
- PrestaShop 8.1.6 (`prod.log`: the back office's Symfony 4.4 log through monolog 1's
  fingers_crossed handler at `error`, `[2024-06-07 08:53:01] request.INFO: Matched route
  "admin_orders_view". {...} []`, a failing request writing its buffered records before the
  error; `20240607_exception.log`: the legacy FileLogger's `*ERROR* <TAB>v8.1.6<TAB>2024/06/07 -
  10:20:30: msg` lines ending in CRLF): a shipping module upgraded at 08:52 whose order-view hook
  throws until it is rolled back at 11:38 (per view: `Matched route "{route}".`, the firewall's
  `Read existing security token from the session.` and `User was reloaded from a user provider.`,
  Symfony's `User Deprecated: The "%s" class is deprecated since Symfony 4.3, ...`, PHP 8.1's
  `Deprecated: %s(): Passing null to parameter #%d ($%s) of type %s is deprecated`, sometimes
  `Warning: Undefined array key "%s"`, then `Uncaught PHP Exception %s: "...(): Argument #%d ($%s)
  must be of type %s, %s given, called in %s on line %d" at %s line %s`); MySQL restarted
  10:20:30-10:24:10 and the connection limit hit in a flash sale 11:02-11:18 (`Link to database
  cannot be established: SQLSTATE[HY000] [2002] Connection refused` / `[1040] Too many
  connections`, in the front office's exception log and behind the back office's `Uncaught PHP
  Exception`); a marketplace connector's addresses rejected every half hour (`Property %s is not
  valid`, `Property %s length (%d) must be between %d and %d`, the `->` HTML-escaped), payment
  notifications retried (`Cart cannot be loaded or an order has already been placed using this
  cart`), old back-office bookmarks (`No route found for "%s %s"`).

Label notes. The heads are context: gunicorn's time, pid and level, RQ's time, Frappe's time,
level and logger name, Dolibarr's date, level, address, pid and uid columns, Monolog's time,
`channel.LEVEL`, context JSON and extra, the syslog head and Drupal's eight fields before the
message, FileLogger's `*ERROR*`, version and time. RQ's job line is `%s: %s (%s)`: the queue, the
job's call string (a value the worker computes) and its id; `Job OK` is the call site's literal.
Frappe's `Scheduled Job {status}` is written with a literal status per call site (three labels
if all three occur). Dolibarr's messages are string concatenations; a password's stars, a
method, a path, a SQL statement and the action are values; a MySQL error after `SQL Error
message: ` contributes its text (`DB_ERROR_1205 Lock wait timeout exceeded; ...`) and Swift
Mailer's exception its format. Monolog's and Symfony's labels keep the PSR-3 holes as round 70
did (`Matched route "{route}".`); an exception's message inside `Uncaught PHP Exception %s: "%s"`
or after Magento's `Report ID: %s; Message: ` contributes its format; a message that is an
exception's message (Magento's `Connection refused`, `No alive nodes found in your cluster` at
ERROR in system.log and at CRITICAL in cron.log) is that message's format. Drupal's labels are
the `t()`-style strings with their placeholders as `%s`; the 404's `@uri` is `%s`; `%type`
(`Warning`, `Deprecated function`, `Error`) and an exception's class are values, its message
contributes its format. PHP's error type before `: Undefined array key` is a value the same way
in Magento's feed warning. The legacy exception log's `at line %d in file %s` is the
PrestaShopException's own format around the message.

Least sure (written from the helper's knowledge; Dolibarr's log handler, `dol_syslog`, main.inc.php's
access and login lines, functions_dolibarr's messages, the cron-by-URL lines, DoliDBMysqli's error
lines and CMailFile's Swift Mailer lines, Magento's cron observer messages, PrestaShop's FileLogger
and PrestaShopException::getExtendedMessage and its monolog configuration were checked against
copies of their sources): RQ 1.15's `Worker %s [PID %d]: warm shut down requested`, `Worker %s:
stopping on request`, `Unsubscribing from channel %s` and the FailedJobRegistry wording; Frappe's
queue prefix (`home-frappe-frappe-bench`), the frames and line numbers of the tracebacks and whether
RQ's lines reach worker.error.log rather than worker.log; gunicorn 22's reaping line; Dolibarr's
`dayhourrfc` dates in UTC, the ajax pages defining NOTOKENRENEWAL and the css warning's frequency;
Magento's `Requested store is not found` and `No alive nodes ...` through Bootstrap's error log,
the transport's own `Connection refused` record, the order-placement wording, the cron logger
writing its CRITICAL records into cron.log, the statistics' keys; Drupal 10.2's cron timing lines
and the flood limits' counts; PrestaShop's log file name (`prod.log` as the copy configures it),
Symfony 4.4 writing the full path in `Uncaught PHP Exception ... at %s line %s`, the back office
reaching the database before the firewall, and the ObjectModel line numbers.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, weighted
from generate_round192 import pytrace

# --------------------------------------------------------------------------------- erpnext

ERP_SITE = "erp.acme-tools.com"
ERP_BENCH = "/home/frappe/frappe-bench"
ERP_ENV = f"{ERP_BENCH}/env/lib/python3.11/site-packages"
ERP_APPS = f"{ERP_BENCH}/apps"
ERP_QP = "home-frappe-frappe-bench"
ERP_RUN_SCHEDULED = "frappe.core.doctype.scheduled_job_type.scheduled_job_type.run_scheduled_job"
ERP_ALL = [
    ("frappe.email.queue.flush", 0.2, 1.6),
    ("frappe.email.doctype.email_account.email_account.pull", 0.3, 0.9),
    ("frappe.deferred_insert.save_to_db", 0.05, 0.3),
]
ERP_HOURLY = [
    ("frappe.model.utils.user_settings.sync_user_settings", 0.1, 0.6),
    ("frappe.desk.page.backups.backups.delete_downloadable_backups", 0.05, 0.2),
]
ERP_HOURLY_LONG = [
    ("erpnext.stock.doctype.repost_item_valuation.repost_item_valuation.repost_entries", 2.0, 25.0),
    ("erpnext.utilities.bulk_transaction.retry", 0.1, 0.8),
]
ERP_CRON15 = (
    "erpnext.manufacturing.doctype.bom_update_log.bom_update_log.resume_bom_cost_update_jobs",
    0.05,
    0.3,
)


def erp_trunc(s: str) -> str:
    """RQ's truncate_long_string at its call string's max_length (75)."""
    return s[:75] + "..." if len(s) > 75 else s


def erp_call(kwargs: dict) -> str:
    """RQ's get_call_string for Frappe's execute_job: each repr cut at 75, keyword args sorted."""
    parts = sorted(f"{k}={erp_trunc(repr(v))}" for k, v in kwargs.items())
    return "frappe.utils.background_jobs.execute_job(" + ", ".join(parts) + ")"


def erp_db_refused(upper: list[tuple[str, int, str, str]]) -> list[str]:
    """pymysql failing to connect (MariaDB down): the socket error, then the OperationalError
    raised while handling it, under `upper`'s frames."""
    first = pytrace(
        [
            (
                f"{ERP_ENV}/pymysql/connections.py",
                644,
                "connect",
                "sock = socket.create_connection(",
            ),
            ("/usr/lib/python3.11/socket.py", 851, "create_connection", "raise exceptions[0]"),
            ("/usr/lib/python3.11/socket.py", 836, "create_connection", "sock.connect(sa)"),
        ],
        ["ConnectionRefusedError: [Errno 111] Connection refused"],
    )
    first.insert(3, "           ^^^^^^^^^^^^^^^^^^^^^^^^^")
    frames = [
        *upper,
        (f"{ERP_APPS}/frappe/frappe/__init__.py", 282, "connect", "local.db.connect()"),
        (
            f"{ERP_APPS}/frappe/frappe/database/database.py",
            121,
            "connect",
            'self._conn: "MariadbConnection" | "PostgresConnection" = self.get_connection()',
        ),
        (
            f"{ERP_APPS}/frappe/frappe/database/mariadb/database.py",
            107,
            "get_connection",
            "conn = self.create_connection()",
        ),
        (
            f"{ERP_APPS}/frappe/frappe/database/mariadb/database.py",
            111,
            "create_connection",
            "return pymysql.connect(**self.get_connection_settings())",
        ),
        (f"{ERP_ENV}/pymysql/connections.py", 358, "__init__", "self.connect()"),
        (f"{ERP_ENV}/pymysql/connections.py", 711, "connect", "raise exc"),
    ]
    second = pytrace(
        frames,
        [
            "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on '127.0.0.1' ([Errno 111] Connection refused)\")"
        ],
    )
    return [
        *first,
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        *second,
    ]


def erp_timeout_trace(uri: str) -> list[str]:
    """A sync worker aborted by the arbiter (SIGABRT) in the middle of a report's query."""
    frames = [
        (
            f"{ERP_ENV}/gunicorn/workers/sync.py",
            135,
            "handle",
            "self.handle_request(listener, req, client, addr)",
        ),
        (
            f"{ERP_ENV}/gunicorn/workers/sync.py",
            178,
            "handle_request",
            "respiter = self.wsgi(environ, resp.start_response)",
        ),
        (
            f"{ERP_ENV}/werkzeug/middleware/shared_data.py",
            249,
            "__call__",
            "return self.app(environ, start_response)",
        ),
        (
            f"{ERP_ENV}/werkzeug/local.py",
            239,
            "application",
            "return ClosingIterator(app(environ, start_response), self.cleanup)",
        ),
        (
            f"{ERP_APPS}/frappe/frappe/app.py",
            114,
            "application",
            "response = frappe.api.handle(request)",
        ),
        (f"{ERP_APPS}/frappe/frappe/api/__init__.py", 49, "handle", "data = endpoint(**arguments)"),
        (
            f"{ERP_APPS}/frappe/frappe/api/v1.py",
            36,
            "handle_rpc_call",
            "return frappe.handler.handle()",
        ),
        (f"{ERP_APPS}/frappe/frappe/handler.py", 49, "handle", "data = execute_cmd(cmd)"),
        (
            f"{ERP_APPS}/frappe/frappe/handler.py",
            85,
            "execute_cmd",
            "return frappe.call(method, **frappe.form_dict)",
        ),
        (f"{ERP_APPS}/frappe/frappe/__init__.py", 1718, "call", "return fn(*args, **newargs)"),
        (
            f"{ERP_APPS}/frappe/frappe/desk/query_report.py",
            362,
            "export_query",
            "data = run(report_name, filters, custom_columns=custom_columns, are_default_filters=False)",
        ),
        (
            f"{ERP_APPS}/frappe/frappe/desk/query_report.py",
            224,
            "run",
            "result = generate_report_result(report, filters, user, custom_columns, is_tree, parent_field)",
        ),
        (
            f"{ERP_APPS}/frappe/frappe/desk/query_report.py",
            84,
            "generate_report_result",
            "res = get_report_result(report, filters) or []",
        ),
        (
            f"{ERP_APPS}/erpnext/erpnext/accounts/report/general_ledger/general_ledger.py",
            53,
            "execute",
            "res = get_result(filters, account_details)",
        ),
        (
            f"{ERP_APPS}/erpnext/erpnext/accounts/report/general_ledger/general_ledger.py",
            130,
            "get_result",
            "gl_entries = get_gl_entries(filters, accounting_dimensions)",
        ),
        (
            f"{ERP_APPS}/frappe/frappe/database/database.py",
            234,
            "sql",
            "self._cursor.execute(query, values)",
        ),
        (f"{ERP_ENV}/pymysql/cursors.py", 153, "execute", "result = self._query(query)"),
        (f"{ERP_ENV}/pymysql/connections.py", 775, "_read_query_result", "result.read()"),
        (
            f"{ERP_ENV}/pymysql/connections.py",
            692,
            "_read_packet",
            "packet_header = self._read_bytes(4)",
        ),
        ("/usr/lib/python3.11/socket.py", 706, "readinto", "return self._sock.recv_into(b)"),
        (f"{ERP_ENV}/gunicorn/workers/base.py", 204, "handle_abort", "sys.exit(1)"),
    ]
    return pytrace(frames, ["SystemExit: 1"])


def erpnext(r: random.Random) -> list[Log]:
    """One Frappe bench (erp1) running ERPNext 15 for erp.acme-tools.com, 06:00 to 12:00: the
    scheduler's `All` events every 4 minutes, hourly and hourly-long events and a cron event, an
    e-mail account pulled through a sub-job; MariaDB restarted 08:40:04-08:42:50, an Item import
    09:10 whose work-horse the OOM killer takes at 09:41, a year's General Ledger export timing
    out three workers 10:05-10:20, the hourly-long repost running from 10:00 to 11:09 and
    `bench restart` at 11:02."""
    fs = Files()

    def G(t: datetime, pid: int, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "web.error.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{level}] {lines[0]}", *lines[1:]],
            ("g", pid),
            1_000_000,
        )

    def Q(t: datetime, proc: object, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "worker.error.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S} {lines[0]}", *lines[1:]],
            ("q", proc),
            1_000_000,
        )

    def S(t: datetime, proc: object, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "scheduler.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level} scheduler {lines[0]}",
                *lines[1:],
            ],
            ("s", proc),
            1000,
        )

    db_down = (at(8, 40, 4), at(8, 42, 50))
    restart = at(11, 2, 14)

    # ---------------------------------------------------------------- gunicorn
    master = [1187]
    workers = [1203, 1204, 1205, 1206, 1207]
    next_pid = [8811]

    def new_pid(step: int = 1) -> int:
        next_pid[0] += r.randint(step, step + 40)
        return next_pid[0]

    events: list[tuple[datetime, str]] = []
    for t in sorted(r.uniform(0, 5 * 3600) for _ in range(16)):
        events.append((T0 + sec(t), "auto"))
    for t in [at(10, 7, 41), at(10, 12, 9), at(10, 19, 33)]:
        events.append((t, "timeout"))
    events.append((restart, "restart"))
    events.sort()
    for t, kind in events:
        if kind == "auto" and not (restart - sec(60) <= t < restart + sec(30)):
            w = r.choice(workers)
            t2 = G(
                t,
                w,
                "INFO",
                "Autorestarting worker after current request.",
                ["Autorestarting worker after current request."],
            )
            t2 = G(
                t2 + sec(r.uniform(0.05, 0.4)),
                w,
                "INFO",
                "Worker exiting (pid: %s)",
                [f"Worker exiting (pid: {w})"],
            )
            n = new_pid()
            workers[workers.index(w)] = n
            G(
                t2 + sec(r.uniform(0.02, 0.1)),
                master[0],
                "INFO",
                "Booting worker with pid: %s",
                [f"Booting worker with pid: {n}"],
            )
        elif kind == "timeout":
            w = r.choice(workers)
            t2 = G(
                t, master[0], "CRITICAL", "WORKER TIMEOUT (pid:%s)", [f"WORKER TIMEOUT (pid:{w})"]
            )
            uri = "/api/method/frappe.desk.query_report.export_query"
            t3 = G(
                t2 + sec(0.004),
                w,
                "ERROR",
                "Error handling request %s",
                [f"Error handling request {uri}", *erp_timeout_trace(uri)],
            )
            t3 = G(
                t3 + sec(0.01),
                w,
                "INFO",
                "Worker exiting (pid: %s)",
                [f"Worker exiting (pid: {w})"],
            )
            t3 = G(
                t3 + sec(r.uniform(0.2, 0.9)),
                master[0],
                "ERROR",
                "Worker (pid:%s) exited with code %s",
                [f"Worker (pid:{w}) exited with code 1"],
            )
            n = new_pid()
            workers[workers.index(w)] = n
            G(
                t3 + sec(0.01),
                master[0],
                "INFO",
                "Booting worker with pid: %s",
                [f"Booting worker with pid: {n}"],
            )
        elif kind == "restart":
            t2 = G(t, master[0], "INFO", "Handling signal: %s", ["Handling signal: term"])
            for w in workers:
                G(
                    t2 + sec(r.uniform(0.01, 0.3)),
                    w,
                    "INFO",
                    "Worker exiting (pid: %s)",
                    [f"Worker exiting (pid: {w})"],
                )
            G(
                t2 + sec(r.uniform(0.6, 1.2)),
                master[0],
                "INFO",
                "Shutting down: %s",
                ["Shutting down: Master"],
            )
            master[0] = new_pid(300)
            m = master[0]
            t3 = G(
                t + sec(r.uniform(3.0, 4.5)),
                m,
                "INFO",
                "Starting gunicorn %s",
                ["Starting gunicorn 22.0.0"],
            )
            t3 = G(
                t3,
                m,
                "INFO",
                "Listening at: %s (%s)",
                [f"Listening at: http://127.0.0.1:8000 ({m})"],
            )
            t3 = G(t3, m, "INFO", "Using worker: %s", ["Using worker: sync"])
            workers[:] = []
            for _ in range(5):
                n = new_pid(2)
                workers.append(n)
                t3 = G(
                    t3 + sec(r.uniform(0.005, 0.03)),
                    m,
                    "INFO",
                    "Booting worker with pid: %s",
                    [f"Booting worker with pid: {n}"],
                )

    # ---------------------------------------------------------------- jobs and workers
    host = "erp1"

    class Worker:
        def __init__(
            self, pid: int, queues: list[str], new_pid: int, shutdown_req: datetime
        ) -> None:
            self.pid = pid
            self.queues = queues
            self.name = self.mkname()
            self.free = T0
            self.fn_addr = f"0x7f{hexid(r, 10)}"
            self.next_clean = T0 + sec(r.uniform(30, 600))
            self.new_pid = new_pid
            self.shutdown_req = shutdown_req
            self.swapped = False

        def mkname(self) -> str:
            return f"{hexid(r, 32)}.{host}.{self.pid}.{','.join(self.queues)}"

        def clean(self, t: datetime) -> None:
            for q in self.queues:
                t = Q(
                    t,
                    self.pid,
                    "Cleaning registries for queue: %s",
                    [f"Cleaning registries for queue: {ERP_QP}:{q}"],
                )
            self.next_clean = t + sec(600)

        def swap(self) -> None:
            """`bench restart`: a warm shutdown (after the running job), and a new worker."""
            Q(
                self.shutdown_req,
                self.pid,
                "Worker %s [PID %d]: warm shut down requested",
                [f"Worker {self.name} [PID {self.pid}]: warm shut down requested"],
            )
            t = max(self.shutdown_req + sec(0.8), self.free + sec(0.2))
            t = Q(
                t,
                self.pid,
                "Worker %s: stopping on request",
                [f"Worker rq:worker:{self.name}: stopping on request"],
            )
            Q(
                t + sec(0.01),
                self.pid,
                "Unsubscribing from channel %s",
                [f"Unsubscribing from channel rq:pubsub:{self.name}"],
            )
            self.swapped = True
            self.pid = self.new_pid
            self.name = self.mkname()
            self.fn_addr = f"0x7f{hexid(r, 10)}"
            t = Q(
                t + sec(r.uniform(2.5, 4.0)),
                self.pid,
                "Worker %s started with PID %d, version %s",
                [f"Worker rq:worker:{self.name} started with PID {self.pid}, version 1.15.1"],
            )
            t = Q(
                t + sec(0.01),
                self.pid,
                "Subscribing to channel %s",
                [f"Subscribing to channel rq:pubsub:{self.name}"],
            )
            qn = ", ".join(f"{ERP_QP}:{q}" for q in self.queues)
            t = Q(t + sec(0.01), self.pid, "*** Listening on %s...", [f"*** Listening on {qn}..."])
            self.clean(t + sec(0.02))
            self.free = t + sec(0.5)

        def ready(self, t: datetime) -> None:
            """Everything the worker does between jobs up to `t`: the restart, and the
            maintenance task that cleans the registries every ten minutes."""
            if not self.swapped and t >= self.shutdown_req:
                self.swap()
            while True:
                c = max(self.next_clean, self.free)
                if c > t:
                    return
                if not self.swapped and c >= self.shutdown_req:
                    self.swap()
                    continue
                self.clean(c)

    sw = Worker(2291, ["short", "default"], 31544, restart + sec(0.8))
    lw = Worker(2292, ["long"], 31987, restart + sec(0.9))

    jobs: list[tuple[datetime, str, dict]] = []  # (enqueued, queue, spec)

    def sched(t: datetime, method: str, lo: float, hi: float, queue: str = "default") -> None:
        jobs.append(
            (
                t,
                queue,
                {
                    "desc": erp_call(
                        {
                            "site": ERP_SITE,
                            "user": "Administrator",
                            "method": ERP_RUN_SCHEDULED,
                            "event": None,
                            "job_name": ERP_RUN_SCHEDULED,
                            "is_async": True,
                            "kwargs": {"job_type": method},
                        }
                    ),
                    "id": f"{ERP_SITE}::scheduled_job::{method}",
                    "method": method,
                    "dur": r.uniform(lo, hi),
                },
            )
        )

    # the scheduler's ticks: one a minute, a few seconds past it
    ticks = [T0 + sec(60 * m + 3.2 + r.uniform(0, 0.8)) for m in range(360)]
    for tk in ticks:
        if db_down[0] <= tk < db_down[1]:
            tb = erp_db_refused(
                [
                    (
                        f"{ERP_APPS}/frappe/frappe/utils/scheduler.py",
                        77,
                        "enqueue_events_for_site",
                        "frappe.connect()",
                    )
                ]
            )
            S(
                tk,
                "sched",
                "ERROR",
                "Exception in Enqueue Events for Site %s",
                [f"Exception in Enqueue Events for Site {ERP_SITE}", *tb],
            )
            continue
        if restart - sec(8) <= tk < restart + sec(12):
            continue
        m = tk.minute
        if m % 4 == 0:
            for meth, lo, hi in ERP_ALL:
                sched(tk + sec(r.uniform(0.05, 0.4)), meth, lo, hi)
        if m % 15 == 0:
            sched(tk + sec(r.uniform(0.05, 0.4)), *ERP_CRON15)
        if m == 0:
            for meth, lo, hi in ERP_HOURLY:
                sched(tk + sec(r.uniform(0.05, 0.4)), meth, lo, hi)
            for meth, lo, hi in ERP_HOURLY_LONG:
                if tk.hour == 11 and meth == ERP_HOURLY_LONG[0][0]:
                    continue
                sched(tk + sec(r.uniform(0.05, 0.4)), meth, lo, hi, "long")
        if tk.hour == 11 and tk.minute < 10:
            for meth in [ERP_HOURLY_LONG[0][0]]:
                S(
                    tk + sec(r.uniform(0.05, 0.3)),
                    "sched",
                    "ERROR",
                    "Skipped queueing %s because it was found in queue for %s",
                    [f"Skipped queueing {meth} because it was found in queue for {ERP_SITE}"],
                )
        if tk.hour == 11 and tk.minute == 10:
            meth, lo, hi = ERP_HOURLY_LONG[0]
            sched(tk + sec(r.uniform(0.05, 0.4)), meth, lo, hi, "long")

    # users' jobs on the long queue: prepared reports, and the Item import
    for t in [at(7, 12, 40), at(8, 3, 11), at(9, 52, 30), at(10, 31, 2), at(11, 34, 50)]:
        jobs.append(
            (
                t,
                "long",
                {
                    "desc": "fn:generate_report",
                    "user": r.choice(
                        [
                            "accounts@acme-tools.com",
                            "m.kowalski@acme-tools.com",
                            "stock@acme-tools.com",
                        ]
                    ),
                    "kwargs": {"prepared_report": hexid(r, 10)},
                    "event": None,
                    "id": uuid4(r),
                    "dur": r.uniform(8, 95),
                },
            )
        )
    import_name = "Item Import on 2024-06-07 09:08:51.402117"
    jobs.append(
        (
            at(9, 10, 22),
            "long",
            {
                "desc": "fn:start_import",
                "kwargs": {"data_import": import_name},
                "user": "stock@acme-tools.com",
                "event": "data_import",
                "job_name": import_name,
                "id": uuid4(r),
                "dur": 0,
                "oom": at(9, 41, 7),
            },
        )
    )
    jobs.sort(key=lambda j: j[0])

    def describe(w: Worker, spec: dict) -> str:
        d = spec["desc"]
        if not d.startswith("fn:"):
            return d
        fn = d[3:]
        rep = _FnRepr(f"<function {fn} at {w.fn_addr}>")
        return erp_call(
            {
                "site": ERP_SITE,
                "user": spec.get("user", "Administrator"),
                "method": rep,
                "event": spec.get("event"),
                "job_name": spec.get("job_name", str(rep)),
                "is_async": True,
                "kwargs": spec["kwargs"],
            }
        )

    long_repost_end = at(11, 9, 40)
    pending = list(jobs)
    # pull_from_email_account sub-jobs are added while running
    while pending:
        pending.sort(key=lambda j: j[0])
        t_enq, queue, spec = pending.pop(0)
        w = lw if queue == "long" else sw
        start = max(t_enq + sec(r.uniform(0.01, 0.05)), w.free)
        w.ready(start)
        start = max(start, w.free)
        desc = describe(w, spec)
        t1 = Q(start, w.pid, "%s: %s (%s)", [f"{ERP_QP}:{queue}: {desc} ({spec['id']})"])
        horse = ("horse", spec["id"], t1)
        meth = spec.get("method")
        if db_down[0] <= t1 < db_down[1]:
            tb = erp_db_refused(
                [
                    (f"{ERP_ENV}/rq/worker.py", 1428, "perform_job", "rv = job.perform()"),
                    (f"{ERP_ENV}/rq/job.py", 1278, "perform", "self._result = self._execute()"),
                    (
                        f"{ERP_ENV}/rq/job.py",
                        1315,
                        "_execute",
                        "result = self.func(*self.args, **self.kwargs)",
                    ),
                    (
                        f"{ERP_APPS}/frappe/frappe/utils/background_jobs.py",
                        193,
                        "execute_job",
                        "frappe.connect(site)",
                    ),
                ]
            )
            te = Q(
                t1 + sec(r.uniform(0.05, 0.2)),
                horse,
                "[Job %s]: exception raised while executing (%s)",
                [
                    f"[Job {spec['id']}]: exception raised while executing (frappe.utils.background_jobs.execute_job)",
                    *tb,
                ],
            )
            w.free = te + sec(0.05)
            continue
        if spec.get("oom"):
            te = spec["oom"]
            Q(
                te + sec(0.3),
                w.pid,
                "Moving job to FailedJobRegistry (Work-horse terminated unexpectedly; waitpid returned %s (signal %s); )",
                [
                    "Moving job to FailedJobRegistry (Work-horse terminated unexpectedly; waitpid returned 9 (signal 9); )"
                ],
            )
            w.free = te + sec(0.5)
            continue
        dur = spec["dur"]
        if meth == ERP_HOURLY_LONG[0][0] and t1.hour == 10 and t1.minute < 5:
            dur = (long_repost_end - t1).total_seconds()
        if meth:
            ts = S(
                t1 + sec(r.uniform(0.08, 0.2)),
                horse,
                "INFO",
                "Scheduled Job Start: %s for %s",
                [f"Scheduled Job Start: {meth} for {ERP_SITE}"],
            )
            te = ts + sec(dur)
            S(
                te,
                horse,
                "INFO",
                "Scheduled Job Complete: %s for %s",
                [f"Scheduled Job Complete: {meth} for {ERP_SITE}"],
            )
            if meth.endswith("email_account.pull"):
                pending.append(
                    (
                        ts + sec(dur * 0.6),
                        "short",
                        {
                            "desc": "fn:pull_from_email_account",
                            "kwargs": {"email_account": "Support"},
                            "event": "all",
                            "job_name": "pull_from_email_account|Support",
                            "id": uuid4(r),
                            "dur": r.uniform(0.8, 3.5),
                        },
                    )
                )
        else:
            te = t1 + sec(0.15 + dur)
        te = Q(
            te + sec(0.01), horse, "%s: Job OK (%s)", [f"{ERP_QP}:{queue}: Job OK ({spec['id']})"]
        )
        te = Q(
            te + sec(0.002),
            horse,
            "Result is kept for %s seconds",
            ["Result is kept for 600 seconds"],
        )
        w.free = te + sec(r.uniform(0.01, 0.05))
    for w in [sw, lw]:
        w.ready(T_END - sec(1))
    return fs.logs(T0)


class _FnRepr(str):
    """A function object as execute_job's `method`: its repr is `<function ... at 0x...>`."""

    def __repr__(self) -> str:
        return str(self)


# -------------------------------------------------------------------------------- dolibarr

DL_USERS = [
    ("jdupont", "192.168.10.21"),
    ("mlefevre", "192.168.10.22"),
    ("abernard", "192.168.10.35"),
    ("cmoreau", "192.168.10.41"),
    ("plaurent", "192.168.10.44"),
    ("sgirard", "192.168.10.52"),
    ("admin", "192.168.10.10"),
]
# (PHP_SELF, [(action, method, weight)], weight, full html page)
DL_PAGES = [
    ("/index.php", [("", "GET", 1)], 14, True),
    ("/societe/list.php", [("", "GET", 1)], 5, True),
    ("/comm/card.php", [("", "GET", 1)], 7, True),
    (
        "/societe/card.php",
        [("", "GET", 6), ("edit", "GET", 1), ("update", "POST", 1), ("add", "POST", 1)],
        4,
        True,
    ),
    ("/compta/facture/list.php", [("", "GET", 1)], 8, True),
    (
        "/compta/facture/card.php",
        [
            ("", "GET", 8),
            ("create", "GET", 2),
            ("add", "POST", 2),
            ("confirm_valid", "POST", 1),
            ("builddoc", "POST", 1),
            ("presend", "GET", 1),
            ("send", "POST", 1),
        ],
        12,
        True,
    ),
    ("/commande/list.php", [("", "GET", 1)], 6, True),
    (
        "/commande/card.php",
        [
            ("", "GET", 8),
            ("create", "GET", 1),
            ("add", "POST", 1),
            ("confirm_validate", "POST", 1),
            ("builddoc", "POST", 1),
        ],
        9,
        True,
    ),
    (
        "/comm/propal/card.php",
        [
            ("", "GET", 5),
            ("create", "GET", 1),
            ("add", "POST", 1),
            ("presend", "GET", 1),
            ("send", "POST", 1),
        ],
        5,
        True,
    ),
    ("/product/list.php", [("", "GET", 1)], 5, True),
    ("/product/card.php", [("", "GET", 4), ("edit", "GET", 1), ("update", "POST", 1)], 5, True),
    (
        "/product/stock/card.php",
        [("", "GET", 3), ("correction", "GET", 1), ("correct_stock", "POST", 1)],
        3,
        True,
    ),
    ("/expedition/card.php", [("", "GET", 3), ("create", "GET", 1), ("add", "POST", 1)], 3, True),
    (
        "/fourn/facture/card.php",
        [("", "GET", 3), ("create", "GET", 1), ("add", "POST", 1)],
        2,
        True,
    ),
    ("/projet/tasks/time.php", [("", "GET", 2), ("addtimespent", "POST", 1)], 3, True),
    ("/core/ajax/ajaxtooltip.php", [("", "GET", 1)], 9, False),
    ("/societe/ajax/company.php", [("", "GET", 1)], 3, False),
    ("/product/ajax/products.php", [("", "GET", 1)], 4, False),
]
DL_CRON = [
    # id, label, period (s) or None for daily, daily time (h, m), datestart
    (1, "PurgeDeleteTemporaryFilesShort", None, (2, 10), "2023-03-14T00:00:00Z"),
    (2, "MakeLocalDatabaseDumpShort", None, (3, 0), "2023-03-14T00:00:00Z"),
    (3, "SendEmailsRemindersOnInvoiceDueDate", None, (8, 0), "2023-09-01T08:00:00Z"),
    (4, "SendEmailsReminders", 300, None, "2023-03-14T00:00:00Z"),
    (5, "RecurringInvoicesJob", None, (6, 30), "2023-03-14T06:30:00Z"),
    (6, "SyncStockWithShop", 900, None, "2024-02-05T09:00:00Z"),
]
DL_SMTP = "smtp.acme-outillage.fr"
DL_ROOT = "/var/www/dolibarr/htdocs"


def dl_rfc(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def dl_sessid(r: random.Random) -> str:
    return "".join(r.choice("0123456789abcdefghijklmnopqrstuv") for _ in range(26))


def dolibarr(r: random.Random) -> list[Log]:
    """Dolibarr 19.0 of a tool wholesaler (dolibarr.log, the file log handler at SYSLOG_LEVEL
    6), 06:00 to 12:00: six users on the office LAN from 07:38 and the admin from 08:55, the cron
    jobs run by URL from localhost every five minutes, a password-guessing bot 07:02-07:48 (then
    `Too many attempts`), a custom module enabled at 09:12 whose descriptor names a missing css
    file, the SMTP relay refusing 09:40-10:25, a stock correction holding row locks 10:47-10:59,
    php-fpm reloaded at 10:33."""
    fs = Files()
    pids = [2814, 2815, 2816, 2817, 3102]
    new_pids = [41877, 41878, 41879, 41880, 41881]
    reload = at(10, 33, 12)

    def pool(t: datetime) -> list[int]:
        return pids if t < reload else new_pids

    def D(t: datetime, level: str, ip: str, pid: int, label: str, msg: str) -> datetime:
        lines = msg.split("\n")
        return fs.add(
            "dolibarr.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S} {level:<7} {ip:<15} {pid:>7} {'33':>6} {lines[0]}",
                *lines[1:],
            ],
            pid,
            1_000_000,
        )

    css_bad = (at(9, 12, 40), at(11, 26, 5))
    smtp_down = (at(9, 40), at(10, 25))
    locks = (at(10, 47, 20), at(10, 59, 30))

    def access(
        t: datetime, ip: str, pid: int, method: str, path: str, action: str, ajax: bool
    ) -> datetime:
        if ajax:
            return D(
                t,
                "NOTICE",
                ip,
                pid,
                "--- Access to %s %s - action=%s, massaction=%s NOTOKENRENEWAL=%s",
                f"--- Access to {method} {path} - action={action}, massaction= NOTOKENRENEWAL=1",
            )
        return D(
            t,
            "NOTICE",
            ip,
            pid,
            "--- Access to %s %s - action=%s, massaction=%s",
            f"--- Access to {method} {path} - action={action}, massaction=",
        )

    def end(t: datetime, ip: str, pid: int, path: str, depth: int = 0) -> datetime:
        if depth:
            return D(
                t,
                "WARNING",
                ip,
                pid,
                "--- End access to %s (Warn: db disconnection forced, transaction depth was %d)",
                f"--- End access to {path} (Warn: db disconnection forced, transaction depth was {depth})",
            )
        return D(t, "INFO", ip, pid, "--- End access to %s", f"--- End access to {path}")

    def mail(t: datetime, ip: str, pid: int) -> datetime:
        t = D(
            t,
            "NOTICE",
            ip,
            pid,
            "CMailFile::sendfile: mailer->send, HOST=%s, PORT=%s",
            f"CMailFile::sendfile: mailer->send, HOST={DL_SMTP}, PORT=587",
        )
        if smtp_down[0] <= t < smtp_down[1]:
            t = D(
                t + sec(r.uniform(0.2, 1.0)),
                "ERR",
                ip,
                pid,
                "CMailFile::sendfile: mail end error=Connection could not be established with host %s :stream_socket_client(): Unable to connect to tcp://%s:%s (Connection refused)",
                f"CMailFile::sendfile: mail end error=Connection could not be established with host {DL_SMTP} :stream_socket_client(): Unable to connect to tcp://{DL_SMTP}:587 (Connection refused)",
            )
        return t

    # ------------------------------------------------------------ users
    def page(t: datetime, ip: str) -> None:
        path, acts, _w, html = weighted(r, [(p[2], p) for p in DL_PAGES])  # type: ignore[misc]
        action, method, _ = weighted(r, [(a[2], a) for a in acts])  # type: ignore[misc]
        pid = r.choice(pool(t))
        t = access(t, ip, pid, method, path, action, not html)
        if html and css_bad[0] <= t < css_bad[1]:
            t = D(
                t + sec(r.uniform(0.05, 0.3)),
                "WARNING",
                ip,
                pid,
                "Warning: module %s declared a css path file for a file we can't find.",
                "Warning: module acmelabels declared a css path file for a file we can't find.",
            )
        depth = 0
        if action == "send":
            t = mail(t + sec(r.uniform(0.3, 1.5)), ip, pid)
        if (
            action in ("add", "confirm_valid", "confirm_validate", "correct_stock")
            and locks[0] <= t < locks[1]
            and path != "/societe/card.php"
        ):
            stock_id = r.randint(1180, 1460)
            qty = r.choice([-1, -2, -3, -5, -10, -12])
            t = D(
                t + sec(50 + r.uniform(0.0, 0.4)),
                "ERR",
                ip,
                pid,
                "DoliDBMysqli::query SQL Error query: %s",
                f"DoliDBMysqli::query SQL Error query: UPDATE llx_product_stock SET reel = reel + {qty} WHERE rowid = {stock_id}",
            )
            t = D(
                t,
                "ERR",
                ip,
                pid,
                "DoliDBMysqli::query SQL Error message: DB_ERROR_1205 Lock wait timeout exceeded; try restarting transaction From %s:%s.",
                f"DoliDBMysqli::query SQL Error message: DB_ERROR_1205 Lock wait timeout exceeded; try restarting transaction From {DL_ROOT}/product/stock/class/mouvementstock.class.php:{r.choice([498, 512])}.",
            )
            depth = 1
        if path == "/societe/card.php" and action == "add" and r.random() < 0.35:
            code = f"CU2406-{r.randint(180, 260):05d}"
            rowid = r.randint(790, 840)
            t = D(
                t + sec(r.uniform(0.05, 0.3)),
                "ERR",
                ip,
                pid,
                "DoliDBMysqli::query SQL Error query: %s",
                f"DoliDBMysqli::query SQL Error query: UPDATE llx_societe SET nom = '{r.choice(['Quincaillerie Martin', 'SARL Bricoplus', 'Atelier Renaud', 'Ets Carpentier'])}', code_client = '{code}', status = 1, tms = '2024-06-07 {t:%H:%M:%S}' WHERE rowid = {rowid}",
            )
            t = D(
                t,
                "ERR",
                ip,
                pid,
                "DoliDBMysqli::query SQL Error message: DB_ERROR_RECORD_ALREADY_EXISTS Duplicate entry '%s' for key '%s' From %s:%s.",
                f"DoliDBMysqli::query SQL Error message: DB_ERROR_RECORD_ALREADY_EXISTS Duplicate entry '{code}-1' for key 'uk_societe_code_client' From {DL_ROOT}/societe/class/societe.class.php:1423.",
            )
        end(t + sec(r.uniform(0.05, 0.9)), ip, pid, path, depth)

    def login(t: datetime, user: str, ip: str, typo: bool) -> datetime:
        pid = r.choice(pool(t))
        D(
            t,
            "INFO",
            ip,
            pid,
            "--- Access to %s %s - action=%s - actionlogin=%s - showing the login form and exit",
            "--- Access to GET /index.php - action= - actionlogin= - showing the login form and exit",
        )
        end(t + sec(0.05), ip, pid, "/index.php")
        t += sec(r.uniform(4, 12))
        pwlen = {
            "jdupont": 12,
            "mlefevre": 10,
            "abernard": 14,
            "cmoreau": 11,
            "plaurent": 9,
            "sgirard": 13,
            "admin": 16,
        }[user]
        tries = [True, False] if typo else [False]
        for bad in tries:
            pid = r.choice(pool(t))
            n = pwlen + (r.choice([-1, 1]) if bad else 0)
            t = D(
                t,
                "INFO",
                ip,
                pid,
                "functions_dolibarr::check_user_password_dolibarr usertotest=%s passwordtotest=%s entitytotest=%s",
                f"functions_dolibarr::check_user_password_dolibarr usertotest={user} passwordtotest={'*' * n} entitytotest=1",
            )
            if bad:
                t = D(
                    t + sec(0.02),
                    "NOTICE",
                    ip,
                    pid,
                    "functions_dolibarr::check_user_password_dolibarr Authentication KO bad password for '%s', cryptType=%s",
                    f"functions_dolibarr::check_user_password_dolibarr Authentication KO bad password for '{user}', cryptType=auto",
                )
                t = D(
                    t + sec(1.01),
                    "INFO",
                    ip,
                    pid,
                    "--- Access to %s %s - action=%s - actionlogin=%s - showing the login form and exit",
                    "--- Access to POST /index.php - action= - actionlogin=login - showing the login form and exit",
                )
                end(t + sec(0.02), ip, pid, "/index.php")
                t += sec(r.uniform(5, 15))
                continue
            t = D(
                t + sec(0.04),
                "INFO",
                ip,
                pid,
                "functions_dolibarr::check_user_password_dolibarr Authentication ok - hash %s of pass is ok",
                "functions_dolibarr::check_user_password_dolibarr Authentication ok - hash auto of pass is ok",
            )
            t = D(
                t + sec(0.01),
                "INFO",
                ip,
                pid,
                "This is a new started user session. _SESSION['dol_login']=%s Session id=%s",
                f"This is a new started user session. _SESSION['dol_login']={user} Session id={dl_sessid(r)}",
            )
            t = access(t + sec(0.01), ip, pid, "POST", "/index.php", "", False)
            t = end(t + sec(0.3), ip, pid, "/index.php")
        return t

    for i, (user, ip) in enumerate(DL_USERS):
        t = at(7, 38) + sec(r.uniform(0, 50 * 60)) if user != "admin" else at(8, 55, 12)
        t = login(t, user, ip, typo=(i in (1, 4)))
        mean = 170.0 if user != "admin" else 300.0
        lunch = (at(11, 45) + sec(r.uniform(-300, 600)), T_END)
        for tp in poisson(r, t + sec(5), T_END, mean):
            if lunch[0] <= tp < lunch[1]:
                continue
            page(tp, ip)

    # ------------------------------------------------------------ the bot
    bot = "45.155.205.233"
    names = [
        "admin",
        "administrator",
        "dolibarr",
        "test",
        "demo",
        "user",
        "root",
        "compta",
        "manager",
        "info",
        "admin1",
        "support",
    ]
    for failed, tb in enumerate(poisson(r, at(7, 2, 11), at(7, 48, 40), 21.0)):
        pid = r.choice(pool(tb))
        user = r.choice(names)
        pw = r.randint(6, 14)
        t = D(
            tb,
            "INFO",
            bot,
            pid,
            "functions_dolibarr::check_user_password_dolibarr usertotest=%s passwordtotest=%s entitytotest=%s",
            f"functions_dolibarr::check_user_password_dolibarr usertotest={user} passwordtotest={'*' * pw} entitytotest=1",
        )
        if failed >= 100:
            t = D(
                t + sec(0.01),
                "NOTICE",
                bot,
                pid,
                "functions_dolibarr::check_user_password_dolibarr Authentication KO Too many attempts",
                "functions_dolibarr::check_user_password_dolibarr Authentication KO Too many attempts",
            )
        elif user == "admin":
            t = D(
                t + sec(0.02),
                "NOTICE",
                bot,
                pid,
                "functions_dolibarr::check_user_password_dolibarr Authentication KO bad password for '%s', cryptType=%s",
                f"functions_dolibarr::check_user_password_dolibarr Authentication KO bad password for '{user}', cryptType=auto",
            )
        else:
            t = D(
                t + sec(0.02),
                "NOTICE",
                bot,
                pid,
                "functions_dolibarr::check_user_password_dolibarr Authentication KO user not found for '%s'",
                f"functions_dolibarr::check_user_password_dolibarr Authentication KO user not found for '{user}'",
            )
        t = D(
            t + sec(1.01),
            "INFO",
            bot,
            pid,
            "--- Access to %s %s - action=%s - actionlogin=%s - showing the login form and exit",
            "--- Access to POST /index.php - action= - actionlogin=login - showing the login form and exit",
        )
        end(t + sec(0.01), bot, pid, "/index.php")

    # ------------------------------------------------------------ cron by URL
    cron_path = "/public/cron/cron_run_jobs_by_url.php"
    for k in range(72):
        tc = T0 + sec(300 * k + 1 + r.uniform(0.0, 0.6))
        pid = r.choice(pool(tc))
        ip = "127.0.0.1"
        t = access(tc, ip, pid, "GET", cron_path, "", False)
        now = dl_rfc(tc.replace(microsecond=0))
        for jid, _label, period, daily, start in DL_CRON:
            if period:
                due = (tc.minute * 60 + tc.second) % period < 60
                slot = tc.replace(second=0, microsecond=0) - timedelta(
                    minutes=tc.minute % (period // 60)
                )
                nxt = slot if due else slot + sec(period)
            else:
                h, m = daily
                slot = tc.replace(hour=h, minute=m, second=0, microsecond=0)
                due = slot <= tc < slot + sec(300)
                nxt = slot if due else (slot if slot > tc else slot + timedelta(days=1))
            if due:
                t = D(
                    t + sec(r.uniform(0.01, 0.05)),
                    "INFO",
                    ip,
                    pid,
                    "cron_run_jobs.php line->datenextrun:%s line->datestart:%s line->dateend:%s now:%s",
                    f"cron_run_jobs.php line->datenextrun:{dl_rfc(nxt)} line->datestart:{start} line->dateend: now:{now}",
                )
                nmail = 0
                if jid == 3:
                    nmail = 6
                elif jid == 4:
                    nmail = 1 if r.random() < 0.3 else 0
                elif jid == 5:
                    nmail = 2
                for _ in range(nmail):
                    t = mail(t + sec(r.uniform(0.3, 1.2)), ip, pid)
                t += sec(r.uniform(0.1, 3.0) if jid == 6 else r.uniform(0.02, 0.3))
            else:
                t = D(
                    t + sec(r.uniform(0.005, 0.02)),
                    "INFO",
                    ip,
                    pid,
                    "cron_run_jobs.php job %s not qualified line->datenextrun:%s line->datestart:%s line->dateend:%s now:%s",
                    f"cron_run_jobs.php job {jid} not qualified line->datenextrun:{dl_rfc(nxt)} line->datestart:{start} line->dateend: now:{now}",
                )
        end(t + sec(0.02), ip, pid, cron_path)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- magento

MG_ROOT = "/var/www/html"
MG_NONODES = "No alive nodes found in your cluster"
MG_OS_POOL = f"{MG_ROOT}/vendor/opensearch-project/opensearch-php/src/OpenSearch/ConnectionPool/StaticNoPingConnectionPool.php"
MG_FEED_WARN = 'Warning: Undefined array key "sku" in /var/www/html/app/code/Acme/Feed/Model/Export.php on line 142'
MG_DEADLOCK = "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction, query was: INSERT INTO `inventory_reservation` (`stock_id`, `sku`, `quantity`, `metadata`) VALUES (?, ?, ?, ?)"
MG_BATCH = "Memory size allocated for the temporary table is more than 20% of innodb_buffer_pool_size. Please update innodb_buffer_pool_size or decrease batch size value (which decreases memory usages for the temporary table). Current batch size: %s; Allocated memory size: %s bytes; InnoDB buffer pool size: %s bytes."


def mg_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


def mg_exc(*chain: tuple[str, int, str, str]) -> str:
    """Monolog 2's LineFormatter rendering of an exception and its previous ones, as the value
    of the context's `exception` key (JSON-encoded by the caller)."""
    parts = [f"[object] ({cls}(code: {code}): {msg} at {where})" for cls, code, msg, where in chain]
    return "\n[previous exception] ".join(parts)


def mg_ctx(obj: dict | None) -> str:
    if not obj:
        return "[]"
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def magento(r: random.Random) -> list[Log]:
    """Magento Open Source 2.4.6-p5 for an outdoor-gear shop, 06:00 to 12:00: two web nodes
    (web1, web2: var/log/system.log and exception.log) and an admin/cron node (admin1:
    var/log/cron.log and system.log) running `bin/magento cron:run` every minute; OpenSearch
    down 08:05:20-08:31:40 (storefront searches and the kiosk's REST searches failing, the index
    group's jobs failing, a full reindex after it holding the group's lock), the cron container
    dead 09:20-09:52, the SMTP relay refusing 09:35-10:05, a theme deploy at 10:40 leaving a
    template missing, inventory deadlocks in a flash sale 11:00-11:15 and the feed export's
    warning at 11:15."""
    fs = Files()

    def M(
        f: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        ctx: dict | None = None,
        proc: object = None,
    ) -> datetime:
        c = mg_ctx(ctx)
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{mg_ts(x)}] main.{level}: {msg} {c} []"],
            (f, proc),
            1,
        )

    os_down = (at(8, 5, 20), at(8, 31, 40))
    cron_dead = (at(9, 20, 3), at(9, 52, 10))
    smtp_down = (at(9, 35), at(10, 5))
    deploy = at(10, 40, 30)
    sale = (at(11, 0), at(11, 15))

    # ------------------------------------------------------------ cron on admin1
    def stat(sum_s: float, rs: int, es: int) -> str:
        return json.dumps(
            {
                "sum": sum_s,
                "count": 1,
                "realmem": r.choice([0, 0, 0, 2097152]),
                "emalloc": r.randint(8000, 900000),
                "realmem_start": rs,
                "emalloc_start": es,
            },
            separators=(",", ":"),
        )

    def job(
        t: datetime, proc: object, code: str, dur: float, rs: int, es: int, err: str | None = None
    ) -> datetime:
        t = M(
            "admin1-cron.log", t, "INFO", "Cron Job %s is run", f"Cron Job {code} is run", proc=proc
        )
        t += sec(dur)
        if err is None:
            return M(
                "admin1-cron.log",
                t,
                "INFO",
                "Cron Job %s is successfully finished. Statistics: %s",
                f"Cron Job {code} is successfully finished. Statistics: {stat(dur, rs, es)}",
                proc=proc,
            )
        if err == "nonodes":
            t = M(
                "admin1-cron.log",
                t,
                "ERROR",
                "Cron Job %s has an error: No alive nodes found in your cluster. Statistics: %s",
                f"Cron Job {code} has an error: {MG_NONODES}. Statistics: {stat(dur, rs, es)}",
                proc=proc,
            )
            return M(
                "admin1-cron.log",
                t + sec(0.002),
                "CRITICAL",
                "No alive nodes found in your cluster",
                MG_NONODES,
                {
                    "exception": mg_exc(
                        (
                            "OpenSearch\\Common\\Exceptions\\NoNodesAvailableException",
                            0,
                            MG_NONODES,
                            f"{MG_OS_POOL}:64",
                        )
                    )
                },
                proc=proc,
            )
        t = M(
            "admin1-cron.log",
            t,
            "ERROR",
            'Cron Job %s has an error: %s: Undefined array key "%s" in %s on line %s. Statistics: %s',
            f"Cron Job {code} has an error: {MG_FEED_WARN}. Statistics: {stat(dur, rs, es)}",
            proc=proc,
        )
        return M(
            "admin1-cron.log",
            t + sec(0.002),
            "CRITICAL",
            '%s: Undefined array key "%s" in %s on line %s',
            MG_FEED_WARN,
            {
                "exception": mg_exc(
                    (
                        "Exception",
                        0,
                        MG_FEED_WARN,
                        f"{MG_ROOT}/vendor/magento/framework/App/ErrorHandler.php:62",
                    )
                )
            },
            proc=proc,
        )

    search_invalid = at(8, 12, 40)
    state = {"busy": T0}

    def index_group(tm: datetime, m: int) -> None:
        ip = ("index", m)
        rs, es = r.choice([81788928, 83886080, 85983232]), r.randint(74000000, 78000000)
        ti = tm + sec(r.uniform(0.8, 1.6))
        if ti < state["busy"]:
            M(
                "admin1-cron.log",
                ti,
                "WARNING",
                "Could not acquire lock for cron group: %s, skipping run",
                "Could not acquire lock for cron group: index, skipping run",
                proc=ip,
            )
            return
        if os_down[0] <= ti < os_down[1] and ti >= search_invalid:
            t = job(ti, ip, "indexer_reindex_all_invalid", r.uniform(0.3, 1.2), rs, es, "nonodes")
        elif os_down[1] <= ti < os_down[1] + sec(90):
            # the first run after OpenSearch is back rebuilds the invalid indexes
            t = M(
                "admin1-cron.log",
                ti,
                "INFO",
                "Cron Job %s is run",
                "Cron Job indexer_reindex_all_invalid is run",
                proc=ip,
            )
            for k, (bs, mem) in enumerate(
                [(100000, 280000000), (100000, 276000000), (50000, 141000000)]
            ):
                M(
                    "admin1-system.log",
                    t + sec(30 + 90 * k + r.uniform(0, 20)),
                    "WARNING",
                    MG_BATCH,
                    MG_BATCH.replace("%s", str(bs), 1)
                    .replace("%s", str(mem), 1)
                    .replace("%s", "536870912", 1),
                    proc=("reindex", m),
                )
            dur = 398.7 + r.uniform(0, 3)
            t = M(
                "admin1-cron.log",
                t + sec(dur),
                "INFO",
                "Cron Job %s is successfully finished. Statistics: %s",
                f"Cron Job indexer_reindex_all_invalid is successfully finished. Statistics: {stat(dur, rs, es)}",
                proc=ip,
            )
            state["busy"] = t + sec(1)
            return
        else:
            t = job(ti, ip, "indexer_reindex_all_invalid", r.uniform(0.02, 0.4), rs, es)
        if os_down[0] <= t < os_down[1]:
            t = job(
                t + sec(0.01),
                ip,
                "indexer_update_all_views",
                r.uniform(0.3, 1.5),
                rs,
                es,
                "nonodes",
            )
        else:
            t = job(t + sec(0.01), ip, "indexer_update_all_views", r.uniform(0.05, 2.5), rs, es)
        if tm.minute == 0:
            job(t + sec(0.01), ip, "indexer_clean_all_changelogs", r.uniform(0.05, 0.6), rs, es)

    for m in range(360):
        tm = T0 + sec(60 * m + 1.2 + r.uniform(0, 0.5))
        if cron_dead[0] <= tm < cron_dead[1]:
            continue
        # the index group (in a separate process)
        index_group(tm, m)
        # the default group
        dp = ("default", m)
        td = tm + sec(r.uniform(0.3, 0.7))
        rs, es = r.choice([79691776, 81788928]), r.randint(72000000, 76000000)
        if tm.minute % 5 == 0:
            td = job(td, dp, "newsletter_send_all", r.uniform(0.01, 0.2), rs, es)
        if tm.minute == 0:
            for code, lo, hi in [
                ("sales_clean_orders", 0.05, 0.8),
                ("catalog_index_refresh_price", 0.3, 6.0),
                ("expired_tokens_cleanup", 0.01, 0.1),
            ]:
                td = job(td + sec(0.01), dp, code, r.uniform(lo, hi), rs, es)
        if tm.minute == 15:
            if tm >= deploy:
                job(td + sec(0.01), dp, "acme_feed_export", r.uniform(2, 4), rs, es, "feed")
            else:
                job(td + sec(0.01), dp, "acme_feed_export", r.uniform(18, 40), rs, es)

    # ------------------------------------------------------------ the web nodes
    def web(node: str) -> None:
        sysf, excf = f"{node}-system.log", f"{node}-exception.log"
        # session size warnings from B2B customers with large carts
        for t in poisson(r, T0, T_END, 190.0):
            size = r.randint(256100, 420000)
            M(
                sysf,
                t,
                "WARNING",
                "Session size of %d exceeded allowed session max size of %d.",
                f"Session size of {size} exceeded allowed session max size of 256000.",
                proc=r.randint(1, 40),
            )
        # storefront searches and category pages while OpenSearch is down
        for t in poisson(r, os_down[0], os_down[1], 14.0):
            M(
                sysf,
                t,
                "ERROR",
                "No alive nodes found in your cluster",
                MG_NONODES,
                proc=r.randint(1, 40),
            )
        # the in-store kiosk's REST search
        for t in poisson(r, os_down[0], os_down[1], 55.0):
            rid = f"webapi-{int(t.timestamp()):x}{hexid(r, 5)}"
            M(
                excf,
                t,
                "CRITICAL",
                "Report ID: %s; Message: No alive nodes found in your cluster",
                f"Report ID: {rid}; Message: {MG_NONODES}",
                {
                    "exception": mg_exc(
                        (
                            "Exception",
                            0,
                            f"Report ID: {rid}; Message: {MG_NONODES}",
                            f"{MG_ROOT}/vendor/magento/framework/Webapi/ErrorProcessor.php:208",
                        ),
                        (
                            "OpenSearch\\Common\\Exceptions\\NoNodesAvailableException",
                            0,
                            MG_NONODES,
                            f"{MG_OS_POOL}:64",
                        ),
                    )
                },
                proc=r.randint(1, 40),
            )
        # bots forcing a store code
        for t in poisson(r, T0, T_END, 2400.0):
            M(
                sysf,
                t,
                "ERROR",
                "Requested store is not found",
                "Requested store is not found",
                proc=r.randint(1, 40),
            )
        # the kiosk's product lists hitting a duplicated row in a custom join
        for t in poisson(r, at(6, 40), at(7, 25), 600.0):
            rid = f"webapi-{int(t.timestamp()):x}{hexid(r, 5)}"
            pid_ = r.choice([10432, 10433, 11871, 11872, 12004])
            msg = f'Item (Magento\\Catalog\\Model\\Product\\Interceptor) with the same ID "{pid_}" already exists.'
            M(
                excf,
                t,
                "CRITICAL",
                'Report ID: %s; Message: Item (%s) with the same ID "%s" already exists.',
                f"Report ID: {rid}; Message: {msg}",
                {
                    "exception": mg_exc(
                        (
                            "Exception",
                            0,
                            f"Report ID: {rid}; Message: {msg}",
                            f"{MG_ROOT}/vendor/magento/framework/Webapi/ErrorProcessor.php:208",
                        ),
                        (
                            "Exception",
                            0,
                            msg,
                            f"{MG_ROOT}/vendor/magento/framework/Data/Collection.php:410",
                        ),
                    )
                },
                proc=r.randint(1, 40),
            )
        # orders: confirmation e-mails while the relay refuses
        for t in poisson(r, smtp_down[0], smtp_down[1], 110.0):
            p = r.randint(1, 40)
            t = M(
                excf,
                t,
                "ERROR",
                "Connection refused",
                "Connection refused",
                {
                    "exception": mg_exc(
                        (
                            "Laminas\\Mail\\Protocol\\Exception\\RuntimeException",
                            0,
                            "Connection refused",
                            f"{MG_ROOT}/vendor/laminas/laminas-mail/src/Protocol/AbstractProtocol.php:245",
                        )
                    )
                },
                proc=p,
            )
            M(
                sysf,
                t + sec(0.001),
                "ERROR",
                "Unable to send mail. Please try again later.",
                "Unable to send mail. Please try again later.",
                proc=p,
            )
        # the theme deployed at 10:40 lost a template
        for t in poisson(r, deploy + sec(40), T_END, 31.0):
            if r.random() < 0.8:
                msg = "Invalid template file: 'Outdoor_Theme::product/view/badges.phtml' in module: 'Magento_Catalog' block's name: 'product.info.badges'"
            else:
                msg = "Invalid template file: 'Outdoor_Theme::product/list/badges.phtml' in module: 'Magento_Catalog' block's name: 'category.products.list.badges'"
            M(
                sysf,
                t,
                "CRITICAL",
                "Invalid template file: '%s' in module: '%s' block's name: '%s'",
                msg,
                proc=r.randint(1, 40),
            )
        # the flash sale's deadlocks
        for t in poisson(r, sale[0], sale[1], 150.0):
            qid = r.randint(880000, 899999)
            M(
                sysf,
                t,
                "CRITICAL",
                "Placing an order with quote_id %s is failed: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction, query was: %s",
                f"Placing an order with quote_id {qid} is failed: {MG_DEADLOCK}",
                proc=r.randint(1, 40),
            )

    web("web1")
    web("web2")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- drupal

DR_BASE = "https://www.riverside-library.org"
DR_ROOT = "/var/www/html/web"
DR_CRON_MODULES = [
    ("captcha", 0.4, 3.0),
    ("field", 0.3, 2.5),
    ("file", 1.0, 14.0),
    ("history", 0.5, 4.0),
    ("node", 0.2, 2.0),
    ("scheduler", 3.0, 40.0),
    ("search", 20.0, 900.0),
    ("simple_sitemap", 5.0, 120.0),
    ("system", 8.0, 60.0),
    ("update", 0.5, 6.0),
]
DR_STAFF = [
    ("mjohnson", 4),
    ("kpatel", 5),
    ("dnguyen", 6),
    ("rsmith", 7),
    ("lgarcia", 9),
    ("webadmin", 1),
]
DR_404 = [
    ("/wp-login.php", 20),
    ("/xmlrpc.php", 8),
    ("/.env", 8),
    ("/wp-admin/setup-config.php", 5),
    ("/wp-content/plugins/wp-file-manager/readme.txt", 4),
    ("/.git/config", 5),
    ("/admin/config.php", 3),
    ("/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", 4),
    ("/cgi-bin/luci/;stok=/locale", 2),
    ("/events/2023/summer-reading-kickoff", 4),
    ("/sites/default/files/2022-11/holiday-hours.pdf", 3),
    ("/kids/storytime-schedule", 3),
    ("/apple-touch-icon-precomposed.png", 6),
    ("/favicon.ico?v=2", 2),
    ("/node/{n}/edit/latest", 1),
    ("/catalog/search.php?q={q}", 2),
    ("/index.php/component/users/?view=registration", 2),
    ("/user/register?destination=/node/{n}", 1),
]
DR_IPS = [
    "66.249.66.193",
    "40.77.167.52",
    "52.167.144.19",
    "185.191.171.8",
    "114.119.152.33",
    "5.255.253.107",
]
DR_SCANNERS = ["194.87.151.22", "45.61.187.91", "103.149.28.17", "8.219.200.144", "20.171.207.66"]
DR_DENIED = [
    ("/admin", "access administration pages"),
    ("/admin/content", "access content overview"),
    ("/admin/config", "access administration pages"),
    ("/node/add/article", "create article content"),
    ("/node/add/event", "create event content"),
    ("/admin/people", "administer users"),
]
DR_EVENT_TITLES = [
    "Summer Reading Kickoff",
    "Teen Coding Club",
    "Author Talk: River Stories",
    "Toddler Storytime",
    "Seed Library Swap",
    "Tax Help for Seniors",
    "Genealogy Drop-in",
    "Board Game Night",
]


def dr_trace(frames: list[str]) -> str:
    """Exception::getTraceAsString() as rsyslog writes it (newlines escaped as #012)."""
    return "#012".join(f"#{i} {f}" for i, f in enumerate(frames)) + f"#012#{len(frames)} {{main}}"


DR_BLOCK_TRACE = dr_trace(
    [
        f"{DR_ROOT}/core/modules/block/src/BlockViewBuilder.php(171): Drupal\\acme_events\\Plugin\\Block\\UpcomingEventsBlock->build()",
        "[internal function]: Drupal\\block\\BlockViewBuilder::preRender(Array)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Security/DoTrustedCallbackTrait.php(101): call_user_func_array(Array, Array)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Render/Renderer.php(788): Drupal\\Core\\Render\\Renderer->doTrustedCallback(Array, Array, 'Render #pre_ren...', 'exception', 'Drupal\\\\Core\\\\Render...')",
        f"{DR_ROOT}/core/lib/Drupal/Core/Render/Renderer.php(374): Drupal\\Core\\Render\\Renderer->doCallback('#pre_render', Array, Array)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Render/Renderer.php(446): Drupal\\Core\\Render\\Renderer->doRender(Array)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Render/Renderer.php(446): Drupal\\Core\\Render\\Renderer->doRender(Array)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Render/Renderer.php(203): Drupal\\Core\\Render\\Renderer->doRender(Array, false)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Template/TwigExtension.php(479): Drupal\\Core\\Render\\Renderer->render(Array)",
        f"{DR_ROOT}/sites/default/files/php/twig/6661f0a2b3c4d_page.html.twig_Xq3pLm9Ks0dE/Tr4nV7wYz1bC2aG.php(96): Drupal\\Core\\Template\\TwigExtension->escapeFilter(Object(Twig\\Environment), Array, 'html', NULL, true)",
        f"{DR_ROOT}/vendor/twig/twig/src/Template.php(394): __TwigTemplate_5b1d0c3e9a7f->doDisplay(Array, Array)",
        f"{DR_ROOT}/vendor/twig/twig/src/Template.php(367): Twig\\Template->displayWithErrorHandling(Array, Array)",
        f"{DR_ROOT}/vendor/twig/twig/src/Template.php(379): Twig\\Template->display(Array)",
        f"{DR_ROOT}/core/themes/engines/twig/twig.engine(33): Twig\\Template->render(Array)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Theme/ThemeManager.php(348): twig_render_template('themes/custom/r...', Array)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Render/Renderer.php(491): Drupal\\Core\\Theme\\ThemeManager->render('page', Array)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Render/Renderer.php(203): Drupal\\Core\\Render\\Renderer->doRender(Array, false)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Render/MainContent/HtmlRenderer.php(158): Drupal\\Core\\Render\\Renderer->render(Array)",
        f"{DR_ROOT}/core/lib/Drupal/Core/Render/Renderer.php(638): Drupal\\Core\\Render\\MainContent\\HtmlRenderer->Drupal\\Core\\Render\\MainContent\\{{closure}}()",
        f"{DR_ROOT}/core/lib/Drupal/Core/EventSubscriber/MainContentViewSubscriber.php(90): Drupal\\Core\\Render\\MainContent\\HtmlRenderer->renderResponse(Array, Object(Symfony\\Component\\HttpFoundation\\Request), Object(Drupal\\Core\\Routing\\CurrentRouteMatch))",
        f"{DR_ROOT}/vendor/symfony/http-kernel/HttpKernel.php(181): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw(Object(Symfony\\Component\\HttpFoundation\\Request), 1)",
        f"{DR_ROOT}/core/lib/Drupal/Core/StackMiddleware/Session.php(58): Symfony\\Component\\HttpKernel\\HttpKernel->handle(Object(Symfony\\Component\\HttpFoundation\\Request), 1, true)",
        f"{DR_ROOT}/core/modules/page_cache/src/StackMiddleware/PageCache.php(106): Drupal\\page_cache\\StackMiddleware\\PageCache->pass(Object(Symfony\\Component\\HttpFoundation\\Request), 1, true)",
        f"{DR_ROOT}/core/lib/Drupal/Core/DrupalKernel.php(704): Stack\\StackedHttpKernel->handle(Object(Symfony\\Component\\HttpFoundation\\Request), 1, true)",
        f"{DR_ROOT}/index.php(19): Drupal\\Core\\DrupalKernel->handle(Object(Symfony\\Component\\HttpFoundation\\Request))",
    ]
)


def drupal(r: random.Random) -> list[Log]:
    """Drupal 10.2 for a public library, its syslog module through rsyslog's local0 file on two
    web nodes (web1-drupal.log, web2-drupal.log), 06:00 to 12:00: drush cron on web1 every ten
    minutes (the search index's run at 09:00 taking fourteen minutes), crawlers' and scanners'
    404s, anonymous visitors denied admin pages, a password-guessing run 07:10-07:35 cut by the
    flood limits, staff logging in and editing events, a calendar module's deprecations, the
    contact form's mail failing 09:30-09:50, a deploy at 10:15 whose custom module warns and
    throws on the front page until the fix at 10:52, missing image sources."""
    fs = Files()

    def L(
        host: str,
        t: datetime,
        label: str,
        ch: str,
        ip: str,
        uri: str,
        ref: str,
        uid: int,
        msg: str,
        link: str = "",
        rt: datetime | None = None,
        proc: object = None,
    ) -> datetime:
        req = int((rt or t).timestamp())
        return fs.add(
            f"{host}-drupal.log",
            t,
            label,
            lambda x: [
                f"{syslog_ts(x)} {host} drupal: {DR_BASE}|{req}|{ch}|{ip}|{DR_BASE}{uri}|{ref}|{uid}|{link}|{msg}"
            ],
            (host, proc),
            1_000_000,
        )

    def node() -> str:
        return r.choice(["web1", "web2"])

    def worker() -> int:
        return r.randint(1, 24)

    deploy = at(10, 15, 20)
    fixed = at(10, 52, 40)
    mail_down = (at(9, 30), at(9, 50))

    # ------------------------------------------------------------ cron
    busy_until = T0
    for k in range(36):
        tc = T0 + sec(600 * k + 2 + r.uniform(0, 0.9))
        if tc < busy_until:
            L(
                "web1",
                tc,
                "Attempting to re-run cron while it is already running.",
                "cron",
                "127.0.0.1",
                "/",
                "",
                0,
                "Attempting to re-run cron while it is already running.",
                proc="drush",
            )
            continue
        t = tc
        for mod, lo, hi in DR_CRON_MODULES:
            t = L(
                "web1",
                t + sec(r.uniform(0.002, 0.01)),
                "Starting execution of %s_cron().",
                "cron",
                "127.0.0.1",
                "/",
                "",
                0,
                f"Starting execution of {mod}_cron().",
                rt=tc,
                proc="drush",
            )
            ms = r.uniform(lo, hi)
            if mod == "search" and tc.hour == 9 and tc.minute == 0:
                ms = 851_000 + r.uniform(0, 4000)
            t += sec(ms / 1000)
            t = L(
                "web1",
                t,
                "Execution of %s_cron() took %s.",
                "cron",
                "127.0.0.1",
                "/",
                "",
                0,
                f"Execution of {mod}_cron() took {round(ms, 2)}ms.",
                rt=tc,
                proc="drush",
            )
        t = L(
            "web1",
            t + sec(0.01),
            "Cron run completed.",
            "cron",
            "127.0.0.1",
            "/",
            "",
            0,
            "Cron run completed.",
            rt=tc,
            proc="drush",
        )
        busy_until = t

    # ------------------------------------------------------------ crawlers and scanners
    for t in poisson(r, T0, T_END, 26.0):
        path = weighted(r, [(w, p) for p, w in DR_404])
        path = (
            str(path)
            .replace("{n}", str(r.randint(40, 1900)))
            .replace("{q}", r.choice(["harry+potter", "tax+forms", "knitting"]))
        )
        ip = r.choice(
            DR_SCANNERS
            if path.startswith(("/wp", "/.", "/xml", "/vendor", "/cgi", "/admin/config.php"))
            else DR_IPS
        )
        L(node(), t, "%s", "page not found", ip, path, "", 0, path, proc=worker())
    for t in poisson(r, T0, T_END, 240.0):
        path, perm = r.choice(DR_DENIED)
        ip = r.choice(DR_IPS + DR_SCANNERS)
        L(
            node(),
            t,
            "Path: %s. %s: The '%s' permission is required. in %s (line %s of %s).",
            "access denied",
            ip,
            path,
            "",
            0,
            f"Path: {path}. Drupal\\Core\\Http\\Exception\\CacheableAccessDeniedHttpException: The '{perm}' permission is required. in Drupal\\Core\\Routing\\AccessAwareRouter->checkAccess() (line 115 of {DR_ROOT}/core/lib/Drupal/Core/Routing/AccessAwareRouter.php).",
            proc=worker(),
        )
    for t in poisson(r, T0, T_END, 900.0):
        uid = r.randint(2, 40)
        path = f"/user/{uid}/edit"
        L(
            node(),
            t,
            "Path: %s. %s:  in %s (line %s of %s).",
            "access denied",
            r.choice(DR_IPS),
            path,
            "",
            0,
            f"Path: {path}. Drupal\\Core\\Http\\Exception\\CacheableAccessDeniedHttpException:  in Drupal\\Core\\Routing\\AccessAwareRouter->checkAccess() (line 115 of {DR_ROOT}/core/lib/Drupal/Core/Routing/AccessAwareRouter.php).",
            proc=worker(),
        )

    # ------------------------------------------------------------ a password-guessing run
    bot = "91.240.118.172"
    ip_fails, admin_fails = 0, 0
    for t in poisson(r, at(7, 10, 5), at(7, 35, 50), 17.0):
        name = r.choice(
            ["admin", "admin", "administrator", "root", "library", "test", "webmaster", "info"]
        )
        if ip_fails >= 50:
            continue
        ip_fails += 1
        if name == "admin":
            if admin_fails >= 5:
                continue
            admin_fails += 1
            L(
                node(),
                t,
                "Login attempt failed for %s.",
                "user",
                bot,
                "/user/login",
                "",
                0,
                f"Login attempt failed for {name}.",
                proc=worker(),
            )
        else:
            L(
                node(),
                t,
                "Login attempt failed from %s.",
                "user",
                bot,
                "/user/login",
                "",
                0,
                f"Login attempt failed from {bot}.",
                proc=worker(),
            )

    # ------------------------------------------------------------ staff
    staff_ips = {
        "mjohnson": "10.40.2.31",
        "kpatel": "10.40.2.44",
        "dnguyen": "10.40.2.18",
        "rsmith": "10.40.3.7",
        "lgarcia": "10.40.2.52",
        "webadmin": "10.40.1.5",
    }
    for name, uid in DR_STAFF:
        ip = staff_ips[name]
        t = at(8, 2) + sec(r.uniform(0, 3000)) if name != "webadmin" else at(10, 12, 10)
        h = node()
        if name in ("rsmith", "kpatel"):
            L(
                h,
                t - sec(r.uniform(20, 60)),
                "Login attempt failed for %s.",
                "user",
                ip,
                "/user/login",
                f"{DR_BASE}/user/login",
                0,
                f"Login attempt failed for {name}.",
                proc=worker(),
            )
        if name == "lgarcia":
            L(
                h,
                t - sec(300),
                "Password reset instructions mailed to %s at %s.",
                "user",
                ip,
                "/user/password",
                f"{DR_BASE}/user/login",
                0,
                f"Password reset instructions mailed to {name} at {name}@riverside-library.org.",
                proc=worker(),
            )
        L(
            h,
            t,
            "Session opened for %s.",
            "user",
            ip,
            "/user/login",
            f"{DR_BASE}/user/login",
            uid,
            f"Session opened for {name}.",
            proc=worker(),
        )
        end = T_END - sec(r.uniform(0, 1800)) if name != "webadmin" else at(11, 5)
        for te in poisson(r, t + sec(60), end, 300.0 if name != "webadmin" else 900.0):
            kind = r.choice(["event", "event", "article", "page"])
            title = (
                r.choice(DR_EVENT_TITLES)
                if kind == "event"
                else r.choice(
                    [
                        "Branch Hours Update",
                        "New Study Rooms",
                        "Summer Reading Prizes",
                        "Library Card Sign-up Month",
                    ]
                )
            )
            n = r.randint(1200, 1990)
            if r.random() < 0.22:
                L(
                    node(),
                    te,
                    "%s: added %s.",
                    "content",
                    ip,
                    f"/node/add/{kind}",
                    f"{DR_BASE}/node/add/{kind}",
                    uid,
                    f"{kind}: added {title}.",
                    link="View",
                    proc=worker(),
                )
            else:
                L(
                    node(),
                    te,
                    "%s: updated %s.",
                    "content",
                    ip,
                    f"/node/{n}/edit",
                    f"{DR_BASE}/node/{n}/edit",
                    uid,
                    f"{kind}: updated {title}.",
                    link="View",
                    proc=worker(),
                )
        if name != "webadmin" and r.random() < 0.6:
            L(
                node(),
                end,
                "Session closed for %s.",
                "user",
                ip,
                "/user/logout",
                f"{DR_BASE}/admin/content",
                uid,
                f"Session closed for {name}.",
                proc=worker(),
            )
    # the deploy
    L(
        "web1",
        deploy,
        "%s module installed.",
        "system",
        "127.0.0.1",
        "/",
        "",
        0,
        "acme_events module installed.",
        proc="drush-deploy",
    )

    # ------------------------------------------------------------ php
    for t in poisson(r, T0, T_END, 95.0):
        prop = r.choice(["moduleHandler", "calendarOptions"])
        line = 41 if prop == "moduleHandler" else 58
        q = f"?start=2024-06-{r.randint(1, 30):02d}" if r.random() < 0.7 else ""
        L(
            node(),
            t,
            "%s: Creation of dynamic property %s::$%s is deprecated in %s (line %s of %s).",
            "php",
            r.choice([*DR_IPS, "73.158.22.190", "98.207.114.5", "174.52.88.31"]),
            f"/events/calendar{q}",
            "",
            0,
            f"Deprecated function: Creation of dynamic property Drupal\\fullcalendar_view\\FullcalendarViewPreprocess::${prop} is deprecated in Drupal\\fullcalendar_view\\FullcalendarViewPreprocess->__construct() (line {line} of {DR_ROOT}/modules/contrib/fullcalendar_view/src/FullcalendarViewPreprocess.php).",
            proc=worker(),
        )
    for t in poisson(r, deploy + sec(45), fixed, 13.0):
        n = r.randint(1200, 1990)
        key = r.choice(["field_event_date", "field_event_date", "field_location"])
        L(
            node(),
            t,
            '%s: Undefined array key "%s" in %s (line %s of %s).',
            "php",
            r.choice([*DR_IPS, "73.158.22.190", "98.207.114.5"]),
            f"/node/{n}",
            "",
            0,
            f'Warning: Undefined array key "{key}" in acme_events_preprocess_node() (line {57 if key == "field_event_date" else 61} of {DR_ROOT}/modules/custom/acme_events/acme_events.module).',
            proc=worker(),
        )
    for t in poisson(r, deploy + sec(45), fixed, 55.0):
        L(
            node(),
            t,
            "%s: Call to a member function %s() on null in %s (line %s of %s). %s",
            "php",
            r.choice([*DR_IPS, "73.158.22.190", "98.207.114.5", "174.52.88.31"]),
            r.choice(["/", "/", "/events", "/kids"]),
            "",
            0,
            f"Error: Call to a member function format() on null in Drupal\\acme_events\\Plugin\\Block\\UpcomingEventsBlock->build() (line 64 of {DR_ROOT}/modules/custom/acme_events/src/Plugin/Block/UpcomingEventsBlock.php). {DR_BLOCK_TRACE}",
            proc=worker(),
        )
    # ------------------------------------------------------------ mail and images
    for t in poisson(r, mail_down[0], mail_down[1], 110.0):
        who = (
            r.choice(["ahmed.k", "jlee", "priya.s", "tom.b", "mariag"])
            + "@"
            + r.choice(["gmail.com", "outlook.com", "yahoo.com"])
        )
        L(
            node(),
            t,
            "Error sending email (from %s to %s with reply-to %s).",
            "mail",
            r.choice(["73.158.22.190", "98.207.114.5", "174.52.88.31"]),
            "/contact/feedback",
            f"{DR_BASE}/contact/feedback",
            0,
            f"Error sending email (from {who} to webmaster@riverside-library.org with reply-to not set).",
            proc=worker(),
        )
    for t in poisson(r, T0, T_END, 520.0):
        f = r.choice(
            [
                "2023-09/fall-reading.jpg",
                "2023-11/holiday-lights.png",
                "2024-01/board-meeting.jpg",
                "2022-05/bookmobile.jpg",
            ]
        )
        style = r.choice(["large", "medium", "wide", "thumbnail"])
        L(
            node(),
            t,
            "Source image at %s not found while trying to generate derivative image at %s.",
            "image",
            r.choice(DR_IPS),
            f"/sites/default/files/styles/{style}/public/{f}?itok={alnum(r, 8)}",
            "",
            0,
            f"Source image at public://{f} not found while trying to generate derivative image at public://styles/{style}/public/{f}.",
            proc=worker(),
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ prestashop

PS_HOST = "https://shop.maison-verte.fr"
PS_ADMIN = "admin7k3q9vbx"
PS_ROOT = "/var/www/html"
PS_SF = f"{PS_ROOT}/vendor/symfony/symfony/src/Symfony"
PS_EMPLOYEES = [
    "s.martin@maison-verte.fr",
    "l.petit@maison-verte.fr",
    "c.roux@maison-verte.fr",
    "n.blanc@maison-verte.fr",
]
PS_TWIG_DEPR = 'User Deprecated: The "Symfony\\Bundle\\TwigBundle\\Loader\\FilesystemLoader" class is deprecated since Symfony 4.3, use Twig notation for templates instead.'
PS_DB_REFUSED = "Link to database cannot be established: SQLSTATE[HY000] [2002] Connection refused"
PS_DB_TOOMANY = (
    "Link to database cannot be established: SQLSTATE[HY000] [1040] Too many connections"
)
PS_ROUTES = [
    (
        "admin_orders_index",
        "PrestaShopBundle\\Controller\\Admin\\Sell\\Order\\OrderController::indexAction",
        "/sell/orders/",
        {},
    ),
    (
        "admin_products_v2_index",
        "PrestaShopBundle\\Controller\\Admin\\Sell\\Catalog\\ProductController::indexAction",
        "/sell/catalog/products-v2/",
        {},
    ),
    (
        "admin_customers_index",
        "PrestaShopBundle\\Controller\\Admin\\Sell\\Customer\\CustomerController::indexAction",
        "/sell/customers/",
        {},
    ),
    (
        "admin_common_notifications",
        "PrestaShopBundle\\Controller\\Admin\\CommonController::notificationsAction",
        "/common/notifications",
        {},
    ),
]


def ps_token(r: random.Random) -> str:
    return "".join(
        r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        for _ in range(43)
    )


def prestashop(r: random.Random) -> list[Log]:
    """PrestaShop 8.1.6 of a garden-supplies shop on one host, 06:00 to 12:00: the back office's
    Symfony log (prod.log: monolog's fingers_crossed at `error`, so a failing request writes its
    buffered records before the error) and the legacy exception log (20240607_exception.log,
    FileLogger's `*ERROR*` lines ending in CRLF): a shipping module upgraded at 08:52 whose
    order-view hook throws a TypeError until it is rolled back at 11:38, MySQL restarted
    10:20:30-10:24:10, the connection limit hit in a flash sale 11:02-11:18, a marketplace
    connector creating addresses with bad phone numbers every half hour, payment notifications
    retried for carts already ordered, old back-office bookmarks."""
    fs = Files()

    def P(
        t: datetime, pid: int, chan: str, level: str, label: str, msg: str, ctx: dict | None
    ) -> datetime:
        c = json.dumps(ctx, separators=(",", ":"), ensure_ascii=False) if ctx else "[]"
        return fs.add(
            "prod.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {chan}.{level}: {msg} {c} []"],
            pid,
            1_000_000,
        )

    def X(t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            "20240607_exception.log",
            t,
            label,
            lambda x: [f"*ERROR* \tv8.1.6\t{x:%Y/%m/%d - %H:%M:%S}: {msg}\r"],
            pid,
            1_000_000,
        )

    def fpm() -> int:
        return r.choice([3121, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 5904, 5905])

    def exc(cls: str, code: int, msg: str, where: str, *prev: tuple[str, int, str, str]) -> dict:
        s = f"[object] ({cls}(code: {code}): {msg} at {where}"
        for pc, pcode, pm, pw in prev:
            s += f", {pc}(code: {pcode}): {pm} at {pw}"
        return {"exception": s + ")"}

    def matched(
        t: datetime, pid: int, route: str, ctrl: str, path: str, params: dict, method: str = "GET"
    ) -> datetime:
        rp = {"_route": route, "_controller": ctrl, **params}
        uri = f"{PS_HOST}/{PS_ADMIN}/index.php{path}?_token={ps_token(r)}"
        return P(
            t,
            pid,
            "request",
            "INFO",
            'Matched route "{route}".',
            f'Matched route "{route}".',
            {"route": route, "route_parameters": rp, "request_uri": uri, "method": method},
        )

    def security(t: datetime, pid: int, who: str, reload: bool = True) -> datetime:
        t = P(
            t,
            pid,
            "security",
            "DEBUG",
            "Read existing security token from the session.",
            "Read existing security token from the session.",
            {
                "key": "_security_main",
                "token_class": "Symfony\\Component\\Security\\Core\\Authentication\\Token\\UsernamePasswordToken",
            },
        )
        if reload:
            t = P(
                t,
                pid,
                "security",
                "DEBUG",
                "User was reloaded from a user provider.",
                "User was reloaded from a user provider.",
                {
                    "provider": "PrestaShopBundle\\Security\\Admin\\EmployeeProvider",
                    "username": who,
                },
            )
        return t

    def twig_depr(t: datetime, pid: int) -> datetime:
        return P(
            t,
            pid,
            "php",
            "INFO",
            'User Deprecated: The "%s" class is deprecated since Symfony 4.3, use Twig notation for templates instead.',
            PS_TWIG_DEPR,
            exc(
                "ErrorException",
                0,
                PS_TWIG_DEPR,
                f"{PS_SF}/Bundle/TwigBundle/Loader/FilesystemLoader.php:15",
            ),
        )

    colissimo = (at(8, 52, 30), at(11, 38, 10))
    db_down = (at(10, 20, 30), at(10, 24, 10))
    too_many = (at(11, 2), at(11, 18))

    # ------------------------------------------------------------ the order view's TypeError
    for t in poisson(r, colissimo[0], colissimo[1], 50.0):
        if db_down[0] <= t < db_down[1]:
            continue
        pid = fpm()
        who = r.choice(PS_EMPLOYEES)
        oid = r.randint(48120, 48390)
        t = matched(
            t,
            pid,
            "admin_orders_view",
            "PrestaShopBundle\\Controller\\Admin\\Sell\\Order\\OrderController::viewAction",
            f"/sell/orders/{oid}/view",
            {"orderId": str(oid)},
        )
        t = security(t + sec(0.01), pid, who)
        t = twig_depr(t + sec(0.02), pid)
        dmsg = "Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated"
        t = P(
            t + sec(0.05),
            pid,
            "php",
            "INFO",
            "Deprecated: %s(): Passing null to parameter #%d ($%s) of type %s is deprecated",
            dmsg,
            exc("ErrorException", 0, dmsg, f"{PS_ROOT}/modules/colissimo/colissimo.php:1797"),
        )
        if r.random() < 0.4:
            wmsg = 'Warning: Undefined array key "id_colissimo_pickup_point"'
            t = P(
                t + sec(0.01),
                pid,
                "php",
                "WARNING",
                'Warning: Undefined array key "%s"',
                wmsg,
                exc("ErrorException", 0, wmsg, f"{PS_ROOT}/modules/colissimo/colissimo.php:1801"),
            )
        tmsg = "ColissimoOrder::getIdByOrderId(): Argument #1 ($idOrder) must be of type int, string given, called in /var/www/html/modules/colissimo/colissimo.php on line 1804"
        where = f"{PS_ROOT}/modules/colissimo/classes/ColissimoOrder.php"
        P(
            t + sec(0.01),
            pid,
            "request",
            "CRITICAL",
            'Uncaught PHP Exception %s: "%s(): Argument #%d ($%s) must be of type %s, %s given, called in %s on line %d" at %s line %s',
            f'Uncaught PHP Exception TypeError: "{tmsg}" at {where} line 212',
            exc("TypeError", 0, tmsg, f"{where}:212"),
        )

    # ------------------------------------------------------------ the database unreachable
    def bo_db_fail(t: datetime, msg: str) -> None:
        pid = fpm()
        route, ctrl, path, params = r.choice(PS_ROUTES + PS_ROUTES[3:] * 3)
        t = matched(t, pid, route, ctrl, path, params)
        t = security(t + sec(0.01), pid, "", reload=False)
        where = f"{PS_ROOT}/classes/db/DbPDO.php"
        label = 'Uncaught PHP Exception %s: "Link to database cannot be established: SQLSTATE[HY000] [2002] Connection refused" at %s line %s'
        if "1040" in msg:
            label = 'Uncaught PHP Exception %s: "Link to database cannot be established: SQLSTATE[HY000] [1040] Too many connections" at %s line %s'
        P(
            t + sec(0.03),
            pid,
            "request",
            "CRITICAL",
            label,
            f'Uncaught PHP Exception PrestaShopDatabaseException: "{msg}" at {where} line 137',
            exc("PrestaShopDatabaseException", 0, msg, f"{where}:137"),
        )

    for t in poisson(r, db_down[0], db_down[1], 11.0):
        bo_db_fail(t, PS_DB_REFUSED)
    for t in poisson(r, too_many[0], too_many[1], 45.0):
        bo_db_fail(t, PS_DB_TOOMANY)
    for t in poisson(r, db_down[0], db_down[1], 0.9):
        X(
            t,
            fpm(),
            "Link to database cannot be established: SQLSTATE[HY000] [2002] Connection refused at line %d in file %s",
            f"{PS_DB_REFUSED} at line 137 in file classes/db/DbPDO.php",
        )
    for t in poisson(r, too_many[0], too_many[1], 2.3):
        X(
            t,
            fpm(),
            "Link to database cannot be established: SQLSTATE[HY000] [1040] Too many connections at line %d in file %s",
            f"{PS_DB_TOOMANY} at line 137 in file classes/db/DbPDO.php",
        )

    # ------------------------------------------------------------ the marketplace connector and payments
    for k in range(12):
        tc = T0 + sec(1800 * k + 7 + r.uniform(0, 3))
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            if r.random() < 0.25:
                n = r.randint(129, 190)
                tc = X(
                    tc + sec(r.uniform(0.5, 4)),
                    7788 + k,
                    "Property %s length (%d) must be between %d and %d at line %d in file %s",
                    f"Property Address-&gt;address1 length ({n}) must be between 0 and 128 at line 1185 in file classes/ObjectModel.php",
                )
                continue
            field = r.choice(["phone_mobile", "phone_mobile", "phone", "postcode"])
            tc = X(
                tc + sec(r.uniform(0.5, 4)),
                7788 + k,
                "Property %s is not valid at line %d in file %s",
                f"Property Address-&gt;{field} is not valid at line 1185 in file classes/ObjectModel.php",
            )
    for t in poisson(r, T0, T_END, 700.0):
        X(
            t,
            fpm(),
            "Cart cannot be loaded or an order has already been placed using this cart at line %d in file %s",
            "Cart cannot be loaded or an order has already been placed using this cart at line 270 in file classes/PaymentModule.php",
        )

    # ------------------------------------------------------------ old bookmarks
    for t in poisson(r, at(7, 30), T_END, 1500.0):
        pid = fpm()
        path = r.choice(
            [
                "/improve/modules/catalog/recommended",
                "/sell/catalog/products/new",
                "/configure/advanced/system_information/",
                "/sell/stocks/movements/",
            ]
        )
        t = twig_depr(t, pid)
        url = f"{PS_HOST}/{PS_ADMIN}/index.php{path}"
        msg = f'No route found for "GET {url}"'
        where = f"{PS_SF}/Component/HttpKernel/EventListener/RouterListener.php"
        P(
            t + sec(0.02),
            pid,
            "request",
            "ERROR",
            'Uncaught PHP Exception %s: "No route found for "%s %s"" at %s line %s',
            f'Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "{msg}" at {where} line 136',
            exc(
                "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException",
                0,
                msg,
                f"{where}:136",
                (
                    "Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException",
                    0,
                    f'No routes found for "{path}".',
                    f"{PS_SF}/Component/Routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74",
                ),
            ),
        )
    return fs.logs(T0)


SYSTEMS = {
    "erpnext": erpnext,
    "dolibarr": dolibarr,
    "magento": magento,
    "drupal": drupal,
    "prestashop": prestashop,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
