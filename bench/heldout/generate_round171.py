#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 171 (openproject, taiga, vikunja, focalboard, outline) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five self-hosted project and knowledge tools, 06:00
to 12:00 on 2024-06-07. The brief's third system, Wekan, is a Meteor application whose server
output is mostly unstructured console.log and Meteor._debug text that changes from release to
release and could not be checked against a fixed version, so Vikunja, another self-hosted
kanban and task tool, whose logging layer and request line could be read in its source, takes
its place.

- OpenProject 14.1 in docker compose (`web.log`: Puma 6 in cluster mode with two workers and
  Rails with lograge and the request id tag, Ruby's Logger::Formatter `I, [time #pid]  INFO --
  : [request-id] method=GET path=... status=200 ... user=7`; `worker.log`: GoodJob 3 running the
  ActiveJob jobs, `[ActiveJob] [Class] [job id] Performing ...` / `Performed ...`): every page's
  lograge record (work package lists and activity, notifications, the home screen, project
  overviews, logins redirecting), scanners' `ActionController::RoutingError (No route matches
  [GET] "%s"):` dumps, the cron jobs (`Storages::ManageNextcloudIntegrationCronJob` every five
  minutes, the reminder and date alert jobs every fifteen), `Notifications::WorkflowJob` after
  every change and `ActionMailer::MailDeliveryJob` for mentions; the SMTP relay refusing
  07:40-08:05 (`Error performing %s ... Errno::ECONNREFUSED (Connection refused - connect(2) for
  %s port %d):` with the frames), the database failing over 08:41-08:44 (lograge's `status=500
  error='ActiveRecord::ConnectionNotEstablished: ...'` over two lines, Rails' FATAL dump with the
  tagged frames, and the workflow jobs failing), and the web container redeployed at 11:20
  (Puma's shutdown and banner lines, which have no time).
- taiga-back 6.7 in docker compose (`taiga-back.log`: the container's output, gunicorn 20.1's
  access log behind the gateway, `%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"`,
  its error log `[time] [pid] [LEVEL] msg`, and Django's `simple` console format
  `LEVEL:asctime: msg` with tracebacks; `taiga-async.log`: celery 5 worker with embedded beat):
  the API requests of the front end (user stories and tasks of a sprint, projects by slug,
  timelines, edits, comments, logins), beat's `Scheduler: Sending due task send-bulk-emails
  (...)` every 120 s with the task's `received` / `succeeded in %ss: %s`, webhook tasks; the
  events broker down 07:15-07:24 (taiga's events backend logs `Unhandled exception` through the
  misspelt `tagia.events` logger, which has no handler, so Python's last-resort handler writes
  the bare message and traceback), PostgreSQL restarting 08:50-08:53 (`Internal Server Error:
  %s` with the chained psycopg2 traceback, and 500s), an export filling the media volume at
  09:40 (`Error generating dump %s (by %s)` in Django's format inside the celery log), the
  async broker restarted at 10:05 (`consumer: Connection to broker lost. ...` with its
  traceback, `consumer: Cannot connect to %s: %s.\nTrying again in %s seconds... (%s/%s)\n`,
  `beat: Connection error: ...`, `Connected to %s`, `mingle: ...`), and a gunicorn worker timing
  out at 10:41 (`WORKER TIMEOUT (pid:%s)`, `Worker (pid:%s) was sent SIGKILL! Perhaps out of
  memory?`).
- Vikunja 0.22 (`vikunja.log`, the api container's output: go-logging's `%{color}%{time}:
  %{level}\t▶ %{shortpkg}/%{shortfunc} %{id:03x}%{color:reset} %{message}` with the colour codes
  it writes, and echo's request line `time: WEB \t▶ ip  METHOD status uri latency - user agent`
  from `log.http`): the web front end's and the Android app's requests (the task list with its
  long sort and filter query, projects, notifications, task edits and creations, comments,
  labels, token renewals, logins and failed logins), PostgreSQL restarting 07:50-07:55
  (`handler/HandleHTTPError`'s `dial tcp %s: connect: connection refused` before each 500, and
  the reminder cron's `[Task Reminder Cron] Could not get tasks with reminders in the next
  minute: %s` every minute), and the container restarted at 09:45 (`Using config file: %s`,
  `Ran all migrations successfully.`, `Vikunja version %s`, echo's `⇨ http server started on %s`
  with no header).
- Focalboard 7.10 standalone (`focalboard.log`, the container's output: logr's plain console
  format as Focalboard's default logging config sets it, the level padded to five with its
  colour, `[2006-01-02 15:04:05.000 Z07:00]`, the message padded to forty, then `caller=` and
  the fields, keys coloured as the level; debug included): browsers over the websocket
  (`Command: AUTH`, `authenticateListener` with the token, `authenticateListener:
  Authenticated`, `Command: SUBSCRIBE_TEAM`, `Not single user mode`), `Broadcast block change`
  to each listener of a board, every close logged as `ERROR WebSocket` (`websocket: close 1001
  (going away)` or `1006 (abnormal closure): unexpected EOF`) then `DISCONNECT WebSocket`,
  failed logins (`API DEBUG`, code 401), PostgreSQL restarting 08:20-08:26 (`API ERROR` with
  code 500, `API DEBUG` when the session lookup fails, `Unable to clean up the sessions`), and
  the server restarted at 10:02 (`Server.Shutdown`, `FocalBoard Server` with its build fields,
  `Server.Start`, `Unable to unlink socket.`, `Starting unix socket server`).
- Outline 0.76 (`outline.log`: `docker logs --timestamps` of the one container running every
  service; winston's JSON in production has no time of its own and sorts its keys): the
  collaboration service's `New connection to "%s"`, `Document %s is in database state` /
  `Document %s is not in state, creating from markdown`, `Loaded document "%s"`, `Persisting
  %s` while editors type, `Closed connection to "%s"`, the mailer's `Sending email "%s" to %s`;
  PostgreSQL failing over 07:31-07:34 (`Unable to persist document`, the health check's
  `Database connection failed`, each with `error` and `stack`), the SMTP relay refusing
  08:40-09:25 (`Error sending email to %s`), Redis restarting 10:10-10:13 (ioredis' own
  `[ioredis] Unhandled error event: %s` on stderr, not JSON, with its stack line, and `Redis
  ping failed`), and the container recreated at 11:02 (`Note: Restricting process count to 1
  ...`, `Starting %s service` four times, the FORCE_HTTPS warning, `Listening on
  http://localhost:%d / %s`).

Label notes. The log heads are context: Ruby Logger's severity letter, time, pid and level,
Rails' request id tag and ActiveJob's `[ActiveJob] [Class] [job id] ` tags, Puma's `[pid] `,
gunicorn's `[time] [pid] [LEVEL] `, Django's `LEVEL:asctime: `, celery's `[asctime:
LEVEL/process] `, go-logging's time, level, `▶ pkg/func id`, logr's level, time and padding,
the docker time. Request records (lograge, gunicorn's access log, echo's WEB line) are
labelled by method, route and status as errctl names one by design (ids, slugs and query
values `%s`, query keys kept). ActiveJob's job class and adapter are values (`Performing %s
(Job ID: %s) from %s(%s) enqueued at %s with arguments: %s`, a second label where the job has no
arguments); an exception's message contributes its format (`Errno::ECONNREFUSED`'s, PG's);
Rails' FATAL dump is labelled at its `  ` line with the exception's format (round 139), the
rest continuing it, as are lograge's second line, tracebacks, frames and ioredis' stack line.
logr's and winston's fields are attributes: the message alone is the label (`ERROR WebSocket`
whatever the close code, `API DEBUG` whatever the error); Outline's messages are template
strings with their values (`Persisting ${documentId}`). Vikunja's go-logging id counter is a
value. Celery's `Task %s[%s] succeeded in %ss: %s` takes the task's name and return value as
values. Ruby Logger and Outline write microseconds or nanoseconds, Django and celery
milliseconds, gunicorn and focalboard whole seconds and milliseconds.

Least sure (written from the helper's knowledge; OpenProject's lograge setup, production
logger and request id tag, GoodJob's and ActiveJob 7.1's log subscribers, taiga-back's docker
entrypoints, settings, celery schedule, events backend and export task, Vikunja's logging.go
formats, Focalboard's default logging config, logr's plain formatter and quoting, its
websocket server and API error responses, and Outline's Logger, collaboration extensions,
server start-up and mailer were checked against copies of their sources): OpenProject's
controllers and job classes for each page and cron job, lograge's `allocations=` position,
the `ActionMailer::MailDeliveryJob` argument rendering and whether OpenProject retries mail
jobs; py-amqp's frames and text when the events broker refuses, celery's retry intervals;
Vikunja 0.22's routes and query parameters, the `cmd/glob..func3` and `models/func30`
function names and the reminder cron's wording; Focalboard's caller line numbers, the main
`FocalBoard Server` fields, the login error text; Outline's `Error sending email to %s` and
the ioredis retry rhythm.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round156 import pyts, traceback

UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
]


def pick(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


# ------------------------------------------------------------------------------ openproject

OP_RB = "/app/vendor/bundle/ruby/3.3.0/gems"
OP_PROJECTS = ["website-relaunch", "erp-migration", "it-operations", "hr-onboarding", "sales-q3"]
OP_USERS = [4, 5, 7, 9, 11, 12, 15, 18, 21, 23, 26, 30]
OP_DB_ERR = [
    'connection to server at "10.0.4.21", port 5432 failed: Connection refused',
    "\tIs the server running on that host and accepting TCP/IP connections?",
]
OP_DB_FRAMES = [
    f"{OP_RB}/activerecord-7.1.3.4/lib/active_record/connection_adapters/postgresql_adapter.rb:63:in `rescue in new_client'",
    f"{OP_RB}/activerecord-7.1.3.4/lib/active_record/connection_adapters/postgresql_adapter.rb:59:in `new_client'",
    f"{OP_RB}/activerecord-7.1.3.4/lib/active_record/connection_adapters/postgresql_adapter.rb:983:in `connect'",
    f"{OP_RB}/activerecord-7.1.3.4/lib/active_record/connection_adapters/abstract_adapter.rb:1193:in `block in reconnect!'",
    f"{OP_RB}/activerecord-7.1.3.4/lib/active_record/connection_adapters/abstract_adapter.rb:1182:in `reconnect!'",
    f"{OP_RB}/activerecord-7.1.3.4/lib/active_record/connection_adapters/abstract_adapter.rb:1209:in `verify!'",
]
# weight, method, path (with {p} project, {n} number, {w} wiki page), label path, format,
# controller, action, status, location
OP_ROUTES = [
    (
        34,
        "GET",
        "/projects/{p}/work_packages",
        "/projects/%s/work_packages",
        "html",
        "WorkPackagesController",
        "index",
        200,
        "",
    ),
    (
        22,
        "GET",
        "/work_packages/{n}/activity",
        "/work_packages/%s/activity",
        "html",
        "WorkPackagesController",
        "show",
        200,
        "",
    ),
    (
        12,
        "GET",
        "/notifications",
        "/notifications",
        "html",
        "NotificationsController",
        "index",
        200,
        "",
    ),
    (9, "GET", "/", "/", "html", "HomescreenController", "index", 200, ""),
    (
        8,
        "GET",
        "/projects/{p}",
        "/projects/%s",
        "html",
        "Overviews::OverviewsController",
        "show",
        200,
        "",
    ),
    (
        2,
        "POST",
        "/login",
        "/login",
        "html",
        "AccountController",
        "login",
        302,
        "https://openproject.example.com/my/page",
    ),
]
OP_WIKI = ["release-plan", "runbook", "wiki", "meeting-notes", "architecture"]
OP_SCANS = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/.git/config",
    "/phpmyadmin/index.php",
    "/actuator/health",
]


def openproject(r: random.Random) -> list[Log]:
    """OpenProject 14.1 in docker compose, 06:00 to 12:00: `web.log` (Puma 6 in cluster mode with
    two workers, Rails with lograge and the request id tag) and `worker.log` (GoodJob 3 with
    ActiveJob's tagged lines): the SMTP relay refusing 07:40-08:05, scanners, the database
    failing over 08:41-08:44, a Puma worker timing out at 10:17, the web container redeployed
    at 11:20."""
    fs = Files()
    web_pids = [25, 29]
    db_down = (at(8, 41, 10), at(8, 43, 40))
    smtp_down = (at(7, 40), at(8, 5))

    def rl(
        f: str, t: datetime, pid: int, lvl: str, tags: str, label: str | None, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{lvl[0]}, [{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d} #{pid}] {lvl:>5} -- : {tags}{lines[0]}",
                *lines[1:],
            ],
            (f, pid),
            1,
        )

    def puma(t: datetime, label: str, msg: str) -> datetime:
        return fs.add("web.log", t, label, lambda x: [f"[1] {msg}"], ("puma", 1), 1000)

    def path_of(tmpl: str) -> str:
        return (
            tmpl.replace("{p}", r.choice(OP_PROJECTS))
            .replace("{n}", str(r.randint(1200, 4800)))
            .replace("{w}", r.choice(OP_WIKI))
        )

    def request(t: datetime) -> None:
        route = pick(r, [(w, x) for w, *x in OP_ROUTES])  # type: ignore[misc]
        method, ptmpl, lpath, fmt, ctrl, action, status, location = route  # type: ignore[misc]
        pid = r.choice(web_pids)
        rid = uuid4(r)
        path = path_of(ptmpl)
        user = 2 if (method == "POST" and ctrl == "AccountController") else r.choice(OP_USERS)
        dur = r.lognormvariate(4.6, 0.6)
        db = dur * r.uniform(0.08, 0.3)
        view = 0.0 if status in (302,) else dur * r.uniform(0.2, 0.55)
        alloc = int(dur * r.uniform(250, 700))
        if in_any(t, [db_down]):
            if ctrl != "WorkPackagesController":
                return
            err = (
                f"ActiveRecord::ConnectionNotEstablished: {OP_DB_ERR[0]}",
                OP_DB_ERR[1] + "'",
            )
            rl(
                "web.log",
                t,
                pid,
                "INFO",
                f"[{rid}] ",
                f"{method} {lpath} 500",
                [
                    f"method={method} path={path} format={fmt} controller={ctrl} action={action} status=500 error='{err[0]}",
                    f"{err[1]} allocations={alloc // 4} duration={dur / 6:.2f} view=0.00 db=0.00 user={user}",
                ],
            )
            frames = [
                *OP_DB_FRAMES,
                "app/models/user.rb:697:in `current'",
                "app/controllers/application_controller.rb:262:in `user_setup'",
            ]
            rl(
                "web.log",
                t + sec(0.0004),
                pid,
                "FATAL",
                f"[{rid}] ",
                "%s (connection to server at %s, port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n):",
                [
                    "  ",
                    f"[{rid}] ActiveRecord::ConnectionNotEstablished ({OP_DB_ERR[0]}",
                    OP_DB_ERR[1],
                    "):",
                    f"[{rid}]   ",
                    *[f"[{rid}] {fr}" for fr in frames],
                ],
            )
            return
        loc = f" location={location}" if location else ""
        rl(
            "web.log",
            t,
            pid,
            "INFO",
            f"[{rid}] ",
            f"{method} {lpath} {status}",
            [
                f"method={method} path={path} format={fmt} controller={ctrl} action={action} status={status} allocations={alloc} duration={dur:.2f} view={view:.2f} db={db:.2f}{loc} user={user}"
            ],
        )

    # ---- web traffic
    def rate(t: datetime) -> float:
        h = t.hour + t.minute / 60
        return 15.0 if 8 <= h < 11.5 else (24.0 if h < 8 else 20.0)

    t = T0
    redeploy = at(11, 20, 2)
    while t < T_END:
        t += sec(r.expovariate(1 / rate(t)))
        if redeploy <= t < redeploy + sec(24):
            continue
        request(t)
    for t in poisson(r, T0, T_END, 820):
        pid = r.choice(web_pids)
        rid = uuid4(r)
        path = r.choice(OP_SCANS)
        rl(
            "web.log",
            t,
            pid,
            "FATAL",
            f"[{rid}] ",
            '%s (No route matches [%s] "%s"):',
            [
                "  ",
                f'[{rid}] ActionController::RoutingError (No route matches [GET] "{path}"):',
                f"[{rid}]   ",
            ],
        )
    # the redeploy at 11:20
    tt = puma(
        redeploy, "- Gracefully shutting down workers...", "- Gracefully shutting down workers..."
    )
    tt = puma(
        tt + sec(1.4),
        "=== puma shutdown: %s ===",
        f"=== puma shutdown: {tt:%Y-%m-%d %H:%M:%S} +0000 ===",
    )
    tt = puma(tt + sec(0.01), "- Goodbye!", "- Goodbye!")
    tt += sec(14.2)
    banner = [
        ("Puma starting in cluster mode...", "Puma starting in cluster mode..."),
        (
            '* Puma version: %s (ruby %s-p%d) ("%s")',
            '* Puma version: 6.4.2 (ruby 3.3.1-p55) ("The Eagle of Durango")',
        ),
        ("*  Min threads: %d", "*  Min threads: 4"),
        ("*  Max threads: %d", "*  Max threads: 16"),
        ("*  Environment: %s", "*  Environment: production"),
        ("*   Master PID: %d", "*   Master PID: 1"),
        ("*      Workers: %d", "*      Workers: 2"),
        ("*     Restarts: (✔) hot (✖) phased", "*     Restarts: (✔) hot (✖) phased"),
        ("* Preloading application", "* Preloading application"),
    ]
    for label, msg in banner:
        tt = puma(tt + sec(0.002), label, msg)
    tt = puma(tt + sec(6.8), "* Listening on %s", "* Listening on http://0.0.0.0:8080")
    tt = puma(tt + sec(0.001), "Use Ctrl-C to stop", "Use Ctrl-C to stop")
    for i, p in enumerate([21, 24]):
        tt = puma(
            tt + sec(0.3),
            "- Worker %d (PID: %d) booted in %.2fs, phase: %d",
            f"- Worker {i} (PID: {p}) booted in 0.0{i + 1}s, phase: 0",
        )

    # ---- worker (GoodJob)
    wpid = 7

    def aj(t: datetime, lvl: str, job: str, jid: str, label: str, lines: list[str]) -> datetime:
        return rl("worker.log", t, wpid, lvl, f"[ActiveJob] [{job}] [{jid}] ", label, lines)

    def gid(kind: str, n: int) -> str:
        return f"#<GlobalID:0x0000{hexid(r, 12)} @uri=#<URI::GID gid://open-project/{kind}/{n}>>"

    def run_job(
        t: datetime,
        job: str,
        queue: str,
        args: str,
        dur_ms: float,
        fail: tuple[str, str, list[str], list[str]] | None = None,
    ) -> datetime:
        jid = uuid4(r)
        enq = t - sec(r.uniform(0.05, 1.5))
        enq_s = f"{enq:%Y-%m-%dT%H:%M:%S}.{enq.microsecond:06d}{r.randint(100, 999)}Z"
        if args:
            t = aj(
                t,
                "INFO",
                job,
                jid,
                "Performing %s (Job ID: %s) from %s(%s) enqueued at %s with arguments: %s",
                [
                    f"Performing {job} (Job ID: {jid}) from GoodJob({queue}) enqueued at {enq_s} with arguments: {args}"
                ],
            )
        else:
            t = aj(
                t,
                "INFO",
                job,
                jid,
                "Performing %s (Job ID: %s) from %s(%s) enqueued at %s",
                [f"Performing {job} (Job ID: {jid}) from GoodJob({queue}) enqueued at {enq_s}"],
            )
        t += sec(dur_ms / 1000)
        if fail:
            cls, lab, text, frames = fail
            head = f"Error performing {job} (Job ID: {jid}) from GoodJob({queue}) in {dur_ms:.2f}ms: {cls} ({text[0]}"
            body = [head + "):"] if len(text) == 1 else [head, *text[1:-1], text[-1] + "):"]
            return aj(
                t,
                "ERROR",
                job,
                jid,
                "Error performing %s (Job ID: %s) from %s(%s) in %.2fms: " + lab,
                [*body, *frames],
            )
        return aj(
            t,
            "INFO",
            job,
            jid,
            "Performed %s (Job ID: %s) from %s(%s) in %.2fms",
            [f"Performed {job} (Job ID: {jid}) from GoodJob({queue}) in {dur_ms:.2f}ms"],
        )

    smtp_frames = [
        f"{OP_RB}/net-smtp-0.5.0/lib/net/smtp.rb:663:in `initialize'",
        f"{OP_RB}/net-smtp-0.5.0/lib/net/smtp.rb:663:in `open'",
        f"{OP_RB}/net-smtp-0.5.0/lib/net/smtp.rb:663:in `block in tcp_socket'",
        f"{OP_RB}/net-smtp-0.5.0/lib/net/smtp.rb:658:in `tcp_socket'",
        f"{OP_RB}/net-smtp-0.5.0/lib/net/smtp.rb:629:in `do_start'",
        f"{OP_RB}/net-smtp-0.5.0/lib/net/smtp.rb:611:in `start'",
        f"{OP_RB}/mail-2.8.1/lib/mail/network/delivery_methods/smtp.rb:109:in `start_smtp_session'",
        f"{OP_RB}/mail-2.8.1/lib/mail/network/delivery_methods/smtp.rb:100:in `deliver!'",
        f"{OP_RB}/actionmailer-7.1.3.4/lib/action_mailer/message_delivery.rb:127:in `deliver_now'",
        f"{OP_RB}/actionmailer-7.1.3.4/lib/action_mailer/mail_delivery_job.rb:16:in `perform'",
    ]
    db_job_frames = [
        *OP_DB_FRAMES,
        "app/workers/notifications/workflow_job.rb:51:in `block in <class:WorkflowJob>'",
    ]

    # recurring cron jobs
    for m in range(0, 360, 5):
        tc = T0 + sec(60 * m + r.uniform(0.05, 0.6))
        run_job(
            tc, "Storages::ManageNextcloudIntegrationCronJob", "default", "", r.uniform(380, 1400)
        )
        if m % 15 == 0:
            run_job(
                tc + sec(0.9),
                "Notifications::ScheduleReminderMailsJob",
                "default",
                "",
                r.uniform(12, 60),
            )
            run_job(
                tc + sec(1.3),
                "Notifications::ScheduleDateAlertsNotificationsJob",
                "default",
                "",
                r.uniform(20, 90),
            )
    # event-driven jobs: a work package change journals, notifies, mails
    for t in poisson(r, T0, T_END, 66):
        if in_any(t, [(redeploy, redeploy + sec(1))]):
            continue
        journal = r.randint(88000, 99000)
        down = in_any(t, [db_down])
        run_job(
            t,
            "Notifications::WorkflowJob",
            "notifications",
            f":create_notifications, {gid('Journal', journal)}, true",
            r.uniform(25, 160),
            (
                "ActiveRecord::ConnectionNotEstablished",
                "%s (connection to server at %s, port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n):",
                [*OP_DB_ERR, ""],
                db_job_frames,
            )
            if down
            else None,
        )
        if down:
            continue
        if r.random() < 0.55:
            tm = t + sec(r.uniform(0.4, 3.0))
            user = r.choice(OP_USERS)
            if in_any(tm, [smtp_down]):
                run_job(
                    tm,
                    "ActionMailer::MailDeliveryJob",
                    "mailers",
                    f'"WorkPackageMailer", "mentioned", "deliver_now", {{:args=>[{gid("User", user)}, {gid("Journal", journal)}]}}',
                    r.uniform(4, 12),
                    (
                        "Errno::ECONNREFUSED",
                        "%s (Connection refused - connect(2) for %s port %d):",
                        ['Connection refused - connect(2) for "smtp.example.com" port 587'],
                        smtp_frames,
                    ),
                )
            else:
                run_job(
                    tm,
                    "ActionMailer::MailDeliveryJob",
                    "mailers",
                    f'"WorkPackageMailer", "mentioned", "deliver_now", {{:args=>[{gid("User", user)}, {gid("Journal", journal)}]}}',
                    r.uniform(180, 900),
                )
    # the notification workflow jobs picked up while the database is away
    for t in [at(8, 41, 33.2), at(8, 42, 18.9), at(8, 43, 5.4)]:
        run_job(
            t,
            "Notifications::WorkflowJob",
            "notifications",
            f":create_notifications, {gid('Journal', r.randint(88000, 99000))}, true",
            r.uniform(2, 9),
            (
                "ActiveRecord::ConnectionNotEstablished",
                "%s (connection to server at %s, port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n):",
                [*OP_DB_ERR, ""],
                db_job_frames,
            ),
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ taiga

TG_PY = "/opt/venv/lib/python3.11/site-packages"
TG_PROJECTS = {3: "webshop", 7: "mobile-app", 12: "infra", 15: "marketing-site"}
TG_GW = "172.20.0.9"
TG_ROUTES = [
    # weight, method, path template, label path, status, bytes range
    (
        30,
        "GET",
        "/api/v1/userstories?project={p}&milestone={m}",
        "/api/v1/userstories?project=%s&milestone=%s",
        200,
        (4000, 60000),
    ),
    (
        18,
        "GET",
        "/api/v1/tasks?project={p}&milestone={m}",
        "/api/v1/tasks?project=%s&milestone=%s",
        200,
        (2000, 40000),
    ),
    (
        14,
        "GET",
        "/api/v1/projects/by_slug?slug={s}",
        "/api/v1/projects/by_slug?slug=%s",
        200,
        (9000, 14000),
    ),
    (
        10,
        "GET",
        "/api/v1/timeline/project/{p}?page=1",
        "/api/v1/timeline/project/%s?page=%s",
        200,
        (3000, 20000),
    ),
    (9, "PATCH", "/api/v1/userstories/{n}", "/api/v1/userstories/%s", 200, (2500, 4200)),
    (7, "PATCH", "/api/v1/tasks/{n}", "/api/v1/tasks/%s", 200, (1800, 3000)),
    (
        5,
        "POST",
        "/api/v1/history/userstory/{n}/comment",
        "/api/v1/history/userstory/%s/comment",
        200,
        (300, 900),
    ),
    (5, "GET", "/api/v1/issues?project={p}", "/api/v1/issues?project=%s", 200, (3000, 30000)),
    (4, "POST", "/api/v1/tasks", "/api/v1/tasks", 201, (1800, 3000)),
    (2, "POST", "/api/v1/auth", "/api/v1/auth", 200, (1400, 1600)),
    (1, "POST", "/api/v1/auth", "/api/v1/auth", 401, (62, 62)),
]


def taiga(r: random.Random) -> list[Log]:
    """taiga-back 6.7 in docker compose, 06:00 to 12:00: `taiga-back.log` (the container's output:
    gunicorn's error log and access log, Django's `simple` console lines, the entrypoint's echo
    lines and manage.py's output) and `taiga-async.log` (celery 5 worker with embedded beat): the
    events broker down 07:15-07:24 (every write's `Unhandled exception` through Python's last
    resort handler), the database restarting 08:50-08:53 (500s with Django's traceback), a
    project export filling the media volume at 09:40 (`Error generating dump %s (by %s)`), the
    async broker restarted at 10:05, a gunicorn worker timing out at 10:41, and taiga-back
    redeployed at 11:10."""
    fs = Files()
    g_pids = [8, 9, 10]
    events_down = (at(7, 15, 20), at(7, 24, 5))
    db_down = (at(8, 50, 4), at(8, 53, 12))

    def raw(f: str, t: datetime, label: str, lines: list[str], proc: object = "raw") -> datetime:
        return fs.add(f, t, label, lambda x: lines, (f, proc), 1000)

    def gerr(t: datetime, pid: int, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            "taiga-back.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{lvl}] {msg}"],
            ("gunicorn", pid),
            1_000_000,
        )

    def access(
        t: datetime,
        pid: int,
        label: str,
        method: str,
        path: str,
        status: int,
        size: int,
        ref: str,
        ua: str,
    ) -> datetime:
        return fs.add(
            "taiga-back.log",
            t,
            label,
            lambda x: [
                f'{TG_GW} - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.0" {status} {size} "{ref}" "{ua}"'
            ],
            ("access", pid),
            1000,
        )

    def simple(
        f: str, t: datetime, lvl: str, label: str, lines: list[str], proc: object
    ) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{lvl}:{pyts(x)}: {lines[0]}", *lines[1:]], (f, proc), 1000
        )

    def boot_gunicorn(t: datetime) -> datetime:
        t = gerr(t, 1, "INFO", "Starting gunicorn %s", "Starting gunicorn 20.1.0")
        t = gerr(t, 1, "INFO", "Listening at: %s (%s)", "Listening at: http://0.0.0.0:8000 (1)")
        t = gerr(t, 1, "INFO", "Using worker: %s", "Using worker: sync")
        for p in g_pids:
            t = gerr(
                t + sec(0.01),
                p,
                "INFO",
                "Booting worker with pid: %s",
                f"Booting worker with pid: {p}",
            )
        return t

    # ---- requests
    uas = [*UA, "python-requests/2.31.0"]
    t = T0
    while t < T_END:
        h = t.hour + t.minute / 60
        t += sec(r.expovariate(1 / (11.0 if 8 <= h < 11 else 15.5)))
        _w, method, ptmpl, lpath, status, (b0, b1) = pick(r, [(x[0], x) for x in TG_ROUTES])  # type: ignore[misc]
        pid_, slug = r.choice(list(TG_PROJECTS.items()))
        path = (
            ptmpl.replace("{p}", str(pid_))
            .replace("{m}", str(r.randint(40, 96)))
            .replace("{s}", slug)
            .replace("{n}", str(r.randint(1100, 5200)))
        )
        wpid = r.choice(g_pids)
        ref = f"https://taiga.example.com/project/{slug}/taskboard/sprint-{r.randint(20, 31)}"
        ua = r.choice(uas)
        if in_any(t, [db_down]):
            if not path.startswith(("/api/v1/userstories?", "/api/v1/tasks?")):
                continue
            simple(
                "taiga-back.log",
                t,
                "ERROR",
                "Internal Server Error: %s",
                [
                    f"Internal Server Error: {path.split('?')[0]}",
                    *traceback(
                        [
                            (
                                f"{TG_PY}/django/db/backends/base/base.py",
                                219,
                                "ensure_connection",
                                "self.connect()",
                            ),
                            (
                                f"{TG_PY}/django/utils/asyncio.py",
                                26,
                                "inner",
                                "return func(*args, **kwargs)",
                            ),
                            (
                                f"{TG_PY}/django/db/backends/base/base.py",
                                200,
                                "connect",
                                "self.connection = self.get_new_connection(conn_params)",
                            ),
                            (
                                f"{TG_PY}/django/db/backends/postgresql/base.py",
                                187,
                                "get_new_connection",
                                "connection = Database.connect(**conn_params)",
                            ),
                            (
                                f"{TG_PY}/psycopg2/__init__.py",
                                122,
                                "connect",
                                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                            ),
                        ],
                        [
                            "psycopg2.OperationalError: could not connect to server: Connection refused",
                            '\tIs the server running on host "taiga-db" (172.20.0.3) and accepting',
                            "\tTCP/IP connections on port 5432?",
                            "",
                            "",
                            "The above exception was the direct cause of the following exception:",
                            "",
                            "Traceback (most recent call last):",
                            f'  File "{TG_PY}/django/core/handlers/exception.py", line 47, in inner',
                            "    response = get_response(request)",
                            '  File "/taiga-back/taiga/base/api/viewsets.py", line 104, in view',
                            "    return self.dispatch(request, *args, **kwargs)",
                            f'  File "{TG_PY}/django/db/backends/postgresql/base.py", line 187, in get_new_connection',
                            "    connection = Database.connect(**conn_params)",
                            "django.db.utils.OperationalError: could not connect to server: Connection refused",
                            '\tIs the server running on host "taiga-db" (172.20.0.3) and accepting',
                            "\tTCP/IP connections on port 5432?",
                            "",
                        ],
                    ),
                ],
                wpid,
            )
            access(t + sec(0.002), wpid, f"{method} {lpath} 500", method, path, 500, 145, ref, ua)
            continue
        access(
            t, wpid, f"{method} {lpath} {status}", method, path, status, r.randint(b0, b1), ref, ua
        )
        if (
            method in ("PATCH", "POST")
            and status < 300
            and "auth" not in path
            and in_any(t, [events_down])
        ):
            raw(
                "taiga-back.log",
                t - sec(0.004),
                "Unhandled exception",
                [
                    "Unhandled exception",
                    *traceback(
                        [
                            (
                                "/taiga-back/taiga/events/backends/rabbitmq.py",
                                40,
                                "emit_event",
                                "rchannel = connection.channel()",
                            ),
                            (
                                f"{TG_PY}/amqp/connection.py",
                                488,
                                "channel",
                                "return self.Channel(self, channel_id, auto_decode=self.auto_decode)",
                            ),
                            (
                                f"{TG_PY}/amqp/connection.py",
                                323,
                                "connect",
                                "self.transport.connect()",
                            ),
                            (
                                f"{TG_PY}/amqp/transport.py",
                                129,
                                "connect",
                                "self._connect(self.host, self.port, self.connect_timeout)",
                            ),
                            (
                                f"{TG_PY}/amqp/transport.py",
                                184,
                                "_connect",
                                "self.sock.connect(sa)",
                            ),
                        ],
                        ["ConnectionRefusedError: [Errno 111] Connection refused"],
                    ),
                ],
                wpid,
            )
    # ---- gunicorn: a worker timing out under an export at 10:41
    tt = gerr(at(10, 41, 44), 1, "CRITICAL", "WORKER TIMEOUT (pid:%s)", "WORKER TIMEOUT (pid:9)")
    tt = gerr(tt, 9, "INFO", "Worker exiting (pid: %s)", "Worker exiting (pid: 9)")
    tt = gerr(
        tt + sec(1),
        1,
        "ERROR",
        "Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?",
        "Worker (pid:9) was sent SIGKILL! Perhaps out of memory?",
    )
    gerr(tt, 412, "INFO", "Booting worker with pid: %s", "Booting worker with pid: 412")
    # ---- taiga-async: celery worker with beat
    cf = "taiga-async.log"

    def cl(t: datetime, lvl: str, procname: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            cf,
            t,
            label,
            lambda x: [f"[{pyts(x)}: {lvl}/{procname}] {lines[0]}", *lines[1:]],
            (cf, procname),
            1000,
        )

    broker = "amqp://taiga:**@taiga-async-rabbitmq:5672/taiga"
    broker_down = (at(10, 5, 12), at(10, 6, 40))
    export_fail = at(9, 40, 3)

    def task(t: datetime, name: str, dur: float, ret: str) -> None:
        tid = uuid4(r)
        t = cl(t, "INFO", "MainProcess", "Task %s[%s] received", [f"Task {name}[{tid}] received"])
        w = f"ForkPoolWorker-{r.randint(1, 4)}"
        cl(
            t + sec(dur + 0.003),
            "INFO",
            w,
            "Task %s[%s] succeeded in %ss: %s",
            [f"Task {name}[{tid}] succeeded in {dur:.{r.choice([3, 4])}f}s: {ret}"],
        )

    t = T0 + sec(r.uniform(0, 120))
    while t < T_END:
        if not in_any(t, [broker_down]):
            tt = cl(
                t,
                "INFO",
                "Beat",
                "Scheduler: Sending due task %s (%s)",
                [
                    "Scheduler: Sending due task send-bulk-emails (taiga.projects.notifications.tasks.send_bulk_email)"
                ],
            )
            task(
                tt + sec(r.uniform(0.003, 0.02)),
                "taiga.projects.notifications.tasks.send_bulk_email",
                r.uniform(0.02, 0.6),
                "None",
            )
        t += sec(120 + r.uniform(-0.01, 0.02))
    for t in poisson(r, T0, T_END, 160):
        if in_any(t, [broker_down]):
            continue
        task(
            t,
            "taiga.webhooks.tasks.change_webhook",
            r.uniform(0.15, 1.4),
            f"<WebhookLog: WebhookLog object ({r.randint(48000, 52000)})>",
        )
    # a project export at 09:40 fills the media volume
    tid = uuid4(r)
    tt = cl(
        export_fail,
        "INFO",
        "MainProcess",
        "Task %s[%s] received",
        [f"Task taiga.export_import.tasks.dump_project[{tid}] received"],
    )
    tt = simple(
        cf,
        tt + sec(48.2),
        "ERROR",
        "Error generating dump %s (by %s)",
        [
            "Error generating dump webshop (by Marta Ruiz (mruiz))",
            *traceback(
                [
                    (
                        "/taiga-back/taiga/export_import/tasks.py",
                        52,
                        "dump_project",
                        "services.render_project(project, outfile)",
                    ),
                    (
                        "/taiga-back/taiga/export_import/services/render.py",
                        81,
                        "render_project",
                        "outfile.write(b'\\n')",
                    ),
                    (
                        f"{TG_PY}/django/core/files/utils.py",
                        16,
                        "<lambda>",
                        "write = property(lambda self: self.file.write)",
                    ),
                ],
                ["OSError: [Errno 28] No space left on device"],
            ),
        ],
        "ForkPoolWorker-3",
    )
    cl(
        tt + sec(0.2),
        "INFO",
        "ForkPoolWorker-3",
        "Task %s[%s] succeeded in %ss: %s",
        [f"Task taiga.export_import.tasks.dump_project[{tid}] succeeded in 48.41562s: None"],
    )
    # the async broker restarted at 10:05
    tt = cl(
        broker_down[0],
        "WARNING",
        "MainProcess",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        [
            "consumer: Connection to broker lost. Trying to re-establish the connection...",
            *traceback(
                [
                    (
                        f"{TG_PY}/celery/worker/consumer/consumer.py",
                        332,
                        "start",
                        "blueprint.start(self)",
                    ),
                    (f"{TG_PY}/celery/bootsteps.py", 116, "start", "step.start(parent)"),
                    (
                        f"{TG_PY}/celery/worker/consumer/consumer.py",
                        628,
                        "start",
                        "c.loop(*c.loop_args())",
                    ),
                    (f"{TG_PY}/celery/worker/loops.py", 97, "asynloop", "next(loop)"),
                    (f"{TG_PY}/kombu/asynchronous/hub.py", 373, "create_loop", "cb(*cbargs)"),
                    (f"{TG_PY}/kombu/transport/base.py", 248, "on_readable", "reader(loop)"),
                    (
                        f"{TG_PY}/amqp/transport.py",
                        336,
                        "_read",
                        "raise OSError('Server unexpectedly closed connection')",
                    ),
                ],
                ["OSError: Server unexpectedly closed connection"],
            ),
        ],
    )
    k = 1
    tt += sec(0.02)
    while tt < broker_down[1]:
        cl(
            tt,
            "ERROR",
            "MainProcess",
            "consumer: Cannot connect to %s: %s.\\nTrying again in %s seconds... (%s/%s)\\n",
            [
                f"consumer: Cannot connect to {broker}: [Errno 111] Connection refused.",
                f"Trying again in {min(2 * k, 10):.2f} seconds... ({k}/100)",
                "",
            ],
        )
        tt += sec(min(2 * k, 10))
        k += 1
    tb = broker_down[0] + sec(35)
    while tb < broker_down[1]:
        cl(
            tb,
            "ERROR",
            "Beat",
            "beat: Connection error: %s. Trying again in %s seconds...",
            [
                "beat: Connection error: [Errno 111] Connection refused. Trying again in 10.0 seconds..."
            ],
        )
        tb += sec(10.02)
    tt = cl(
        broker_down[1] + sec(0.4),
        "INFO",
        "MainProcess",
        "Connected to %s",
        [f"Connected to {broker}"],
    )
    tt = cl(
        tt + sec(0.01),
        "INFO",
        "MainProcess",
        "mingle: searching for neighbors",
        ["mingle: searching for neighbors"],
    )
    tt = cl(tt + sec(1.02), "INFO", "MainProcess", "mingle: all alone", ["mingle: all alone"])
    return fs.logs(T0)


# ------------------------------------------------------------------------------- focalboard

FB_TEAM = "0"
FB_USERS = [f"u{hexid(random.Random(f'fbu{i}'), 26)}" for i in range(9)]
FB_ESC = "\x1b["


def focalboard(r: random.Random) -> list[Log]:
    """Focalboard 7.10 standalone server in docker (`focalboard.log`, the container's output:
    logr's plain console format with colours, as the default logging config sets it, PostgreSQL
    behind it), 06:00 to 12:00: browsers connecting over the websocket and authenticating,
    block changes broadcast to every listener of the team, closes as `ERROR WebSocket` then
    `DISCONNECT WebSocket`, failed logins (`API DEBUG`), PostgreSQL restarting 08:20-08:26
    (`API ERROR` and the session clean-up failing), and the server restarted at 10:02 for a
    configuration change (`Server.Shutdown`, `FocalBoard Server`, `Server.Start`, `Unable to
    unlink socket.`, `Starting unix socket server`)."""
    fs = Files()
    colors = {"info": 36, "error": 31}

    def fb(
        t: datetime, level: str, label: str, caller: str, fields: list[tuple[str, object]]
    ) -> datetime:
        c = colors.get(level)

        def col(s: str) -> str:
            return f"{FB_ESC}{c}m{s}{FB_ESC}0m" if c else s

        def val(v: object) -> str:
            s = str(v)
            if isinstance(v, str) and any(not (ch.isalnum() or ch in "-._/@^+") for ch in s):
                return json.dumps(s)
            return s

        fl = [("caller", caller), *fields]
        return fs.add(
            "focalboard.log",
            t,
            label,
            lambda x: [
                col(level)
                + " " * (5 - len(level))
                + f" [{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} Z] "
                + f"{label:<40} "
                + " ".join(f"{col(k)}={val(v)}" for k, v in fl)
            ],
            "focalboard",
            1000,
        )

    db_down = (at(8, 20, 31), at(8, 26, 2))
    restart = at(10, 2, 14)

    def startup(t: datetime) -> datetime:
        t = fb(
            t,
            "info",
            "FocalBoard Server",
            "main/main.go:175",
            [
                ("version", "7.10.6"),
                ("edition", "linux"),
                ("build_number", "8905637417"),
                ("build_date", "Mon Apr 15 17:19:31 UTC 2024"),
                ("build_hash", "a8bb3c8e47e3e7b9f5aef66d6dfcbbbd0a6c3d07"),
            ],
        )
        t = fb(t + sec(0.09), "info", "Server.Start", "server/server.go:330", [])
        t = fb(
            t + sec(0.001),
            "error",
            "Unable to unlink socket.",
            "server/server.go:424",
            [("error", "no such file or directory")],
        )
        return fb(t + sec(0.001), "info", "Starting unix socket server", "server/server.go:438", [])

    # browser sessions over the websocket
    sessions: list[tuple[datetime, datetime, str, str]] = []
    for t in poisson(r, T0, T_END, 110):
        dur = r.expovariate(1 / 1200)
        sessions.append(
            (
                t,
                min(t + sec(dur), T_END),
                r.choice(FB_USERS),
                f"172.19.0.1:{r.randint(33000, 60999)}",
            )
        )
    # the restart drops every open socket; the browsers reconnect
    extra = []
    for a, b, u, _c in sessions:
        if a < restart < b:
            extra.append(
                (restart + sec(r.uniform(3.5, 9)), b, u, f"172.19.0.1:{r.randint(33000, 60999)}")
            )
    sessions = [(a, min(b, restart) if a < restart else b, u, c) for a, b, u, c in sessions] + extra
    for a, b, u, c in sessions:
        if restart - sec(1) <= a < restart + sec(3):
            continue
        tok = hexid(r, 26)
        t = fb(a, "debug", "Command: AUTH", "ws/server.go:151", [("client", c)])
        t = fb(
            t + sec(0.0002),
            "debug",
            "authenticateListener",
            "ws/server.go:355",
            [("token", tok), ("wsSession.userID", "")],
        )
        if in_any(t, [db_down]):
            fb(t + sec(0.003), "debug", "DISCONNECT WebSocket", "ws/server.go:129", [("client", c)])
            continue
        t = fb(
            t + sec(0.002),
            "debug",
            "authenticateListener: Authenticated",
            "ws/server.go:380",
            [("userID", u), ("client", c)],
        )
        t = fb(
            t + sec(0.01),
            "debug",
            "Command: SUBSCRIBE_TEAM",
            "ws/server.go:201",
            [("teamID", FB_TEAM), ("client", c)],
        )
        t = fb(t + sec(0.0001), "debug", "Not single user mode", "ws/server.go:215", [])
        if b < T_END:
            err = (
                "websocket: close 1001 (going away)"
                if r.random() < 0.8 or b == restart
                else "websocket: close 1006 (abnormal closure): unexpected EOF"
            )
            t = fb(
                b, "error", "ERROR WebSocket", "ws/server.go:139", [("client", c), ("error", err)]
            )
            fb(
                t + sec(0.0001),
                "debug",
                "DISCONNECT WebSocket",
                "ws/server.go:129",
                [("client", c)],
            )
    # block changes broadcast to the team's listeners
    for t in poisson(r, T0, T_END, 53):
        if in_any(t, [db_down, (restart - sec(1), restart + sec(10))]):
            continue
        listeners = [c for a, b, _u, c in sessions if a < t < b]
        block = f"c{hexid(r, 26)}" if r.random() < 0.8 else f"b{hexid(r, 26)}"
        tt = t
        r.shuffle(listeners)
        for c in listeners[: r.randint(1, 4)]:
            tt = fb(
                tt + sec(0.0001),
                "debug",
                "Broadcast block change",
                "ws/server.go:526",
                [("teamID", FB_TEAM), ("blockID", block), ("remoteAddr", c)],
            )
    # failed logins
    for t in poisson(r, T0, T_END, 1500):
        fb(
            t,
            "debug",
            "API DEBUG",
            "api/api.go:3931",
            [
                ("code", 401),
                ("error", "invalid username or password"),
                ("msg", "incorrect login"),
                ("api", "/api/v2/login"),
            ],
        )
    # PostgreSQL restarting
    apis = [
        "/api/v2/teams/0/boards",
        "/api/v2/boards/{b}/blocks",
        "/api/v2/boards/{b}/metadata",
        "/api/v2/users/me",
        "/api/v2/teams/0/categories",
    ]
    for t in poisson(r, db_down[0], db_down[1], 2.4):
        api = r.choice(apis).replace("{b}", f"b{hexid(r, 26)}")
        if api == "/api/v2/users/me":
            fb(
                t,
                "debug",
                "API DEBUG",
                "api/api.go:3931",
                [
                    ("code", 401),
                    ("error", "dial tcp 172.19.0.2:5432: connect: connection refused"),
                    ("msg", ""),
                    ("api", api),
                ],
            )
        else:
            fb(
                t,
                "error",
                "API ERROR",
                "api/api.go:3938",
                [
                    ("code", 500),
                    ("error", "dial tcp 172.19.0.2:5432: connect: connection refused"),
                    ("msg", ""),
                    ("api", api),
                ],
            )
    fb(
        at(8, 24, 7.312),
        "error",
        "Unable to clean up the sessions",
        "server/server.go:344",
        [("error", "dial tcp 172.19.0.2:5432: connect: connection refused")],
    )
    # the restart at 10:02
    tt = fb(restart - sec(0.4), "info", "Server.Shutdown", "server/server.go:407", [])
    startup(tt + sec(2.6))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- outline

OL_DOCS = [uuid4(random.Random(f"old{i}")) for i in range(40)]
OL_USERS = [uuid4(random.Random(f"olu{i}")) for i in range(14)]
OL_MAIL = ["Marta Ruiz", "Jonas Weber", "Priya Nair", "Tom Brooks", "Lea Martin", "Sam Okafor"]


def outline(r: random.Random) -> list[Log]:
    """Outline 0.76 in docker compose (`outline.log`: `docker logs --timestamps` of the one
    container running every service, winston's JSON in production with no time of its own, so
    the daemon's RFC 3339 nano time before each record), 06:00 to 12:00: editors opening,
    editing and leaving documents over the collaboration service (`New connection to "%s"`,
    `Loaded document "%s"`, `Document %s is in database state`, `Persisting %s`, `Closed
    connection to "%s"`), notification emails, PostgreSQL failing over 07:31-07:34 (`Unable to
    persist document`, the health check's `Database connection failed`), Redis restarting
    10:10-10:13 (ioredis' own `[ioredis] Unhandled error event:` lines on stderr, `Redis ping
    failed`), and the container recreated at 11:02."""
    fs = Files()

    def out(t: datetime, label: str, lines: list[str], proc: str = "node") -> datetime:
        return fs.add(
            "outline.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(100, 999)}Z {lines[0]}",
                *lines[1:],
            ],
            proc,
            1,
        )

    def rec(t: datetime, label: str, obj: dict[str, object]) -> datetime:
        return out(
            t,
            label,
            [json.dumps(dict(sorted(obj.items())), ensure_ascii=False, separators=(",", ":"))],
        )

    def info(t: datetime, cat: str, label: str, msg: str, **extra: object) -> datetime:
        return rec(t, label, {**extra, "label": cat, "level": "info", "message": msg})

    def error(t: datetime, label: str, msg: str, err: str, stack: list[str]) -> datetime:
        return rec(
            t, label, {"error": err, "level": "error", "message": msg, "stack": "\n".join(stack)}
        )

    db_down = (at(7, 31, 20), at(7, 34, 5))
    redis_down = (at(10, 10, 2), at(10, 13, 31))
    smtp_down = (at(8, 40), at(9, 25))
    recreate = at(11, 2, 10)

    def startup(t: datetime) -> datetime:
        t = info(
            t,
            "lifecycle",
            "Note: Restricting process count to 1 due to use of collaborative service",
            "Note: Restricting process count to 1 due to use of collaborative service",
        )
        for name in ["collaboration", "websockets", "worker", "web"]:
            t = info(
                t + sec(r.uniform(0.05, 0.4)),
                "lifecycle",
                "Starting %s service",
                f"Starting {name} service",
            )
        t = rec(
            t + sec(0.3),
            "Enforced https was disabled with FORCE_HTTPS env variable",
            {
                "level": "warn",
                "message": "Enforced https was disabled with FORCE_HTTPS env variable",
            },
        )
        return info(
            t + sec(0.08),
            "lifecycle",
            "Listening on http://localhost:%d / %s",
            "Listening on http://localhost:3000 / https://wiki.example.com",
        )

    pg_stack = [
        "SequelizeConnectionRefusedError: connect ECONNREFUSED 172.18.0.3:5432",
        "    at Client._connectionCallback (/opt/outline/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:133:24)",
        "    at Client._handleErrorWhileConnecting (/opt/outline/node_modules/pg/lib/client.js:327:19)",
        "    at Client._handleErrorEvent (/opt/outline/node_modules/pg/lib/client.js:337:19)",
        "    at Connection.emit (node:events:519:28)",
        "    at Socket.reportStreamError (/opt/outline/node_modules/pg/lib/connection.js:58:12)",
        "    at Socket.emit (node:events:519:28)",
        "    at emitErrorNT (node:internal/streams/destroy:169:8)",
        "    at emitErrorCloseNT (node:internal/streams/destroy:128:3)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
    ]
    # editing sessions: several editors per document at times
    for t in poisson(r, T0, T_END, 46):
        if recreate - sec(2) <= t < recreate + sec(12):
            continue
        doc = r.choice(OL_DOCS[:12] if r.random() < 0.7 else OL_DOCS)
        user = r.choice(OL_USERS)
        name = f"document.{doc}"
        tt = info(t, "multiplayer", 'New connection to "%s"', f'New connection to "{name}"')
        if r.random() < 0.5:
            if r.random() < 0.03:
                tt = info(
                    tt + sec(0.004),
                    "database",
                    "Document %s is not in state, creating from markdown",
                    f"Document {doc} is not in state, creating from markdown",
                )
            else:
                tt = info(
                    tt + sec(0.004),
                    "database",
                    "Document %s is in database state",
                    f"Document {doc} is in database state",
                )
            tt = info(
                tt + sec(0.01),
                "multiplayer",
                'Loaded document "%s"',
                f'Loaded document "{name}"',
                userId=user,
            )
        edits = int(r.expovariate(1 / 2.4))
        for _ in range(edits):
            tt += sec(r.uniform(3, 90))
            if tt >= T_END:
                break
            if in_any(tt, [db_down]):
                error(
                    tt,
                    "Unable to persist document",
                    "Unable to persist document",
                    "connect ECONNREFUSED 172.18.0.3:5432",
                    pg_stack,
                )
            else:
                info(tt, "database", "Persisting %s", f"Persisting {doc}")
        end = tt + sec(r.expovariate(1 / 300))
        if end < T_END and not (end > recreate and t < recreate):
            info(
                end,
                "multiplayer",
                'Closed connection to "%s"',
                f'Closed connection to "{name}"',
                userId=user,
            )
    # notification emails
    subjects = ["“{d}” updated", "Mentioned you in “{d}”", "New comment on “{d}”"]
    titles = [
        "Release checklist",
        "On-call handbook",
        "Q3 roadmap",
        "Onboarding",
        "Incident 2024-06-05",
        "API style guide",
    ]
    for t in poisson(r, T0, T_END, 150):
        subj = r.choice(subjects).replace("{d}", r.choice(titles))
        to = r.choice(OL_MAIL).split()[0].lower() + "@example.com"
        tt = info(t, "email", 'Sending email "%s" to %s', f'Sending email "{subj}" to {to}')
        if in_any(t, [smtp_down]):
            error(
                tt + sec(r.uniform(0.2, 0.6)),
                "Error sending email to %s",
                f"Error sending email to {to}",
                "connect ECONNREFUSED 10.0.0.25:587",
                [
                    "Error: connect ECONNREFUSED 10.0.0.25:587",
                    "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)",
                ],
            )
    # health checks fail while the database and redis are away
    t = db_down[0] + sec(4)
    while t < db_down[1]:
        error(
            t,
            "Database connection failed",
            "Database connection failed",
            "connect ECONNREFUSED 172.18.0.3:5432",
            pg_stack,
        )
        t += sec(30.01)
    t = redis_down[0] + sec(0.05)
    k = 0
    while t < redis_down[1]:
        out(
            t,
            "[ioredis] Unhandled error event: %s",
            [
                "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 172.18.0.4:6379",
                "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)",
            ],
        )
        k += 1
        t += sec(min(0.05 * k * k, 2.0))
    t = redis_down[0] + sec(11)
    while t < redis_down[1]:
        error(
            t,
            "Redis ping failed",
            "Redis ping failed",
            "Connection is closed.",
            [
                "Error: Connection is closed.",
                "    at close (/opt/outline/node_modules/ioredis/built/redis/event_handler.js:189:25)",
                "    at Socket.<anonymous> (/opt/outline/node_modules/ioredis/built/redis/event_handler.js:156:20)",
                "    at Object.onceWrapper (node:events:634:26)",
                "    at Socket.emit (node:events:519:28)",
                "    at TCP.<anonymous> (node:net:339:12)",
            ],
        )
        t += sec(30.01)
    # the container recreated at 11:02
    startup(recreate + sec(7.5))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- vikunja

VK_PROJECTS = [2, 3, 5, 8, 11, 14, 19]
VK_ROUTES = [
    # weight, method, uri template, label, status
    (
        30,
        "GET",
        "/api/v1/projects/{p}/tasks?sort_by[]=due_date&sort_by[]=id&order_by[]=asc&order_by[]=desc&filter_by[]=done&filter_value[]=false&filter_comparator[]=equals&filter_concat=and&filter_include_nulls=true&page=1",
        "/api/v1/projects/%s/tasks?sort_by[]=%s&sort_by[]=%s&order_by[]=%s&order_by[]=%s&filter_by[]=%s&filter_value[]=%s&filter_comparator[]=%s&filter_concat=%s&filter_include_nulls=%s&page=%s",
        200,
    ),
    (16, "GET", "/api/v1/projects", "/api/v1/projects", 200),
    (12, "GET", "/api/v1/notifications?page=1", "/api/v1/notifications?page=%s", 200),
    (9, "POST", "/api/v1/tasks/{t}", "/api/v1/tasks/%s", 200),
    (8, "GET", "/api/v1/tasks/{t}", "/api/v1/tasks/%s", 200),
    (6, "GET", "/api/v1/user", "/api/v1/user", 200),
    (5, "PUT", "/api/v1/projects/{p}/tasks", "/api/v1/projects/%s/tasks", 201),
    (4, "GET", "/api/v1/tasks/{t}/comments", "/api/v1/tasks/%s/comments", 200),
    (3, "GET", "/api/v1/labels?page=1", "/api/v1/labels?page=%s", 200),
    (2, "GET", "/api/v1/info", "/api/v1/info", 200),
    (2, "POST", "/api/v1/user/token", "/api/v1/user/token", 200),
    (1, "POST", "/api/v1/login", "/api/v1/login", 200),
    (0.6, "POST", "/api/v1/login", "/api/v1/login", 412),
    (0.5, "GET", "/api/v1/tasks/{t}", "/api/v1/tasks/%s", 404),
]


def vikunja(r: random.Random) -> list[Log]:
    """Vikunja 0.22 (`vikunja.log`, the api container's output: go-logging's `%{color}%{time}:
    %{level}\\t▶ %{shortpkg}/%{shortfunc} %{id:03x}%{color:reset} %{message}` and echo's
    request lines `time: WEB \\t▶ ip  METHOD status uri latency - user agent`), 06:00 to 12:00:
    the web and mobile clients' requests, PostgreSQL restarting 07:50-07:55 (500s with
    `handler/HandleHTTPError`'s line and the reminder cron's error every minute), failed logins,
    and the container restarted at 09:45 (the start-up lines and echo's banner)."""
    fs = Files()
    seq = [0x40]
    reset = f"{FB_ESC}0m"
    lcol = {"ERROR": f"{FB_ESC}31m", "WARNING": f"{FB_ESC}33m", "INFO": "", "DEBUG": f"{FB_ESC}36m"}

    def lg(t: datetime, level: str, where: str, label: str, msg: str) -> datetime:
        seq[0] += 1
        n = seq[0]
        return fs.add(
            "vikunja.log",
            t,
            label,
            lambda x: [
                f"{lcol[level]}{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(100, 999)}Z: {level}\t▶ {where} {n:03x}{reset} {msg}"
            ],
            "vikunja",
            1,
        )

    def web(
        t: datetime, label: str, ip: str, method: str, status: int, uri: str, lat: float, ua: str
    ) -> datetime:
        if lat < 1e-3:
            lh = f"{lat * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
        elif lat < 1:
            lh = f"{lat * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
        else:
            lh = f"{lat:.9f}".rstrip("0").rstrip(".") + "s"
        return fs.add(
            "vikunja.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(100, 999)}Z: WEB \t▶ {ip}  {method} {status} {uri} {lh} - {ua}"
            ],
            "vikunja",
            1,
        )

    db_down = (at(7, 50, 12), at(7, 55, 40))
    restart = at(9, 45, 3)
    clients = [("172.18.0.1", UA), ("172.18.0.1", ["Vikunja/0.9.0 (Android 14)", "okhttp/4.12.0"])]
    t = T0
    while t < T_END:
        t += sec(r.expovariate(1 / 8.8))
        if restart - sec(1) <= t < restart + sec(9):
            continue
        _w, method, tmpl, ltmpl, status = pick(r, [(x[0], x) for x in VK_ROUTES])  # type: ignore[misc]
        uri = tmpl.replace("{p}", str(r.choice(VK_PROJECTS))).replace(
            "{t}", str(r.randint(180, 2900))
        )
        ip, uas = r.choice(clients)
        ua = r.choice(uas)
        if (
            in_any(t, [db_down])
            and method == "GET"
            and ("/tasks?" in uri or uri == "/api/v1/projects")
        ):
            tt = lg(
                t,
                "ERROR",
                "handler/HandleHTTPError",
                "dial tcp %s: connect: connection refused",
                "dial tcp 172.18.0.3:5432: connect: connection refused",
            )
            web(
                tt + sec(0.00002),
                f"{method} {ltmpl} 500",
                ip,
                method,
                500,
                uri,
                r.uniform(0.002, 0.02),
                ua,
            )
            continue
        lat = r.lognormvariate(-4.6, 0.8) if status < 300 else r.uniform(0.0003, 0.004)
        if "login" in uri and status == 200:
            lat = r.uniform(0.06, 0.12)
        web(t, f"{method} {ltmpl} {status}", ip, method, status, uri, lat, ua)
    # the reminder cron fails every minute while the database is away
    m = db_down[0].replace(second=0) + sec(60)
    while m < db_down[1]:
        lg(
            m + sec(r.uniform(0.0001, 0.002)),
            "ERROR",
            "models/func30",
            "[Task Reminder Cron] Could not get tasks with reminders in the next minute: %s",
            "[Task Reminder Cron] Could not get tasks with reminders in the next minute: dial tcp 172.18.0.3:5432: connect: connection refused",
        )
        m += sec(60)
    # the restart at 09:45
    seq[0] = 0
    tt = restart + sec(6.1)
    tt = lg(
        tt,
        "INFO",
        "config/InitConfig",
        "Using config file: %s",
        "Using config file: /etc/vikunja/config.yml",
    )
    tt = lg(
        tt + sec(0.0021),
        "INFO",
        "migration/Migrate",
        "Ran all migrations successfully.",
        "Ran all migrations successfully.",
    )
    tt = lg(
        tt + sec(0.0004), "INFO", "cmd/glob..func3", "Vikunja version %s", "Vikunja version v0.22.1"
    )
    fs.add(
        "vikunja.log",
        tt + sec(0.003),
        "⇨ http server started on %s",
        lambda x: ["⇨ http server started on [::]:3456"],
        "vikunja",
        1,
    )
    return fs.logs(T0)


SYSTEMS = {
    "openproject": openproject,
    "taiga": taiga,
    "vikunja": vikunja,
    "focalboard": focalboard,
    "outline": outline,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
