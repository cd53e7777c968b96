#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 175 (healthchecks, plane, listmonk, mealie, firefly-iii)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five self-hosted web applications, 06:00 to
12:00 on 2024-06-07.

- Healthchecks (`hc-web.log`: `docker logs -t` of the healthchecks container, uWSGI 2.0 with
  `disable-logging`, `log-4xx` and `log-5xx`, and `manage.py sendalerts` / `sendreports` as
  attached daemons): uWSGI's request line for every 4xx/5xx (`[pid: %d|app: %d|req: %d/%d] %s ()
  {%d vars in %d bytes} [%s] %s %s => generated %d bytes in %d msecs (%s %d) %d headers in %d
  bytes (%d switches on core %d)`: a decommissioned host pinging deleted checks, a script with
  a revoked API key), sendalerts' `Sending alert, status=%s, code=%s` and ` * %-5s %4.1fs %-10s
  %s %s` per channel (OK, SLOW, and ERROR with the transport's own message), the database
  restarted 08:10-08:17 (500s, Django's `Internal Server Error: %s` with psycopg's traceback,
  sendalerts dying with a traceback and uWSGI respawning it) and a deploy at 10:30 (uWSGI's
  shutdown and start-up lines).
- Plane (`api.log`: the API container, gunicorn 22 with uvicorn workers, gunicorn's
  `[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] ` head on uvicorn's access lines `%s - "%s %s HTTP/%s"
  %d` and on Plane's own `plane.*` loggers; `worker.log`: the Celery worker and beat, `[%Y-%m-%d
  %H:%M:%S,%f: LEVEL/Process] `): the web app's requests, Celery's `Task %s[%s] received` /
  `succeeded in %ss: %s` for issue activities, notifications and webhooks, beat's `Scheduler:
  Sending due task %s (%s)`, a customer's webhook endpoint failing (`retry: Retry in %ss: %s`),
  PostgreSQL OOM-killed 08:40-08:47 (psycopg's `connection to server ... failed` logged by
  `log_exception`, 500s, `raised unexpected` with tracebacks), Redis restarted at 09:20 (the
  worker's `consumer: Cannot connect to %s: %s.` with `Trying again in %.2f seconds... (%s/%s)`),
  the MinIO bucket policy broken 10:05-10:40 (botocore's `An error occurred (%s) when calling the
  %s operation: %s`) and the API redeployed at 11:00.
- listmonk 3.0 (`listmonk.log`: Go's log with `Ldate|Ltime|Lshortfile`, `2024/06/07 06:00:01
  manager.go:520: ...`, and echo's `⇨ http server started on [::]:9000` banner without the
  prefix): start-up (`v%s (%s %s, %s)`, `reading config: %s`, `connecting to db: %s:%d/%s`,
  `media upload provider: %s`, `loaded SMTP messenger: %s`), two campaigns (`start processing
  campaign (%s)`, `campaign (%s) finished`), the relay refusing 07:20-07:50 (1,500 `error sending
  message in campaign %s: subscriber %s: %v` with `dial tcp %s: connect: connection refused`,
  and the provider's `454 4.7.0 Temporary authentication failure`), `too many errors: pausing
  campaign (%s)`, an import (`processing '%s'`, `imported %d`, `imported finished`), bounce
  webhooks, double opt-in mails failing, a restart at 10:00.
- Mealie 1.9 (`mealie.log`: `docker logs` of the container, mealie's root logger `%(levelname)-8s
  %(asctime)s - %(message)s` with `%Y-%m-%dT%H:%M:%S`, uvicorn's access lines as `[%s] %s "%s"`):
  requests, start-up and a restart at 09:30 (`start: database initialization`, `Migration needed.
  Performing migration...`, `Database initialization complete`, uvicorn's lines), the scheduler's
  `Running %s tasks` and `Running task: %s`, recipe imports from URLs (`Recipe Scraper was unable
  to extract a recipe from %s` with the scraper's traceback), failed logins, OpenAI not reachable.
- Firefly III 6.1 (`ff3-fpm-fcgi-2024-06-07.log` and `ff3-cli-2024-06-07.log`: Laravel's Monolog
  line `[%Y-%m-%d %H:%M:%S] production.LEVEL: message {context} [extra]`): the cron endpoint every
  hour (`Now in CronController::cron()`, `Recurring transactions cron-job has fired!` etc.), the
  Data Importer's API requests, the MariaDB restart 07:45-07:52 (Laravel's `SQLSTATE[HY000]
  [2002] Connection refused (Connection: mysql, SQL: %s)` with its `{"exception":"[object] (...)
  [stacktrace]` block), a rule failing on a bad regex, exchange rate downloads failing, a disk
  full 11:10-11:20 (`file_put_contents(%s): Failed to open stream: No space left on device`).

Label notes. The heads are context: Docker's time prefix, gunicorn's and Celery's heads, Go's
date and `file:line: `, mealie's level and time, Monolog's time, channel and level and the
context and extra arrays after the message. uWSGI's and uvicorn's request lines are labelled
by method, route and status (round 54's rule: ids, slugs and a query's values in the route
variables). Celery's task names and ids, the return value,
and the retry's exception are variables, except that an exception's message contributes its
format. A computed word chosen by a branch in code (sendalerts' `OK` / `SLOW` / `ERROR`) is
wording. An exception or error text inside a message contributes its own format (psycopg's,
botocore's, net's `dial tcp`, SMTP replies, SQLSTATE texts). Tracebacks, Laravel's
`[stacktrace]` block and Celery's `Trying again` line continue their events.

Least sure (written from the helper's knowledge; nothing checked against a copy of a source):
sendalerts' ` * %-5s %4.1fs %-10s %s %s` layout and the transports' error texts, whether
Healthchecks' LOGGING sends `django.request` errors to the console; Plane's logger layout for
`log_exception` and its task names; listmonk's `loaded SMTP messenger`, `too many errors:
pausing campaign`, the importer's lines and the bounce lines; mealie's start-up and scheduler
wordings and the scraper's message; Firefly III's cron messages, the importer's API paths and
the rule engine's regex warning.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round53 import pyframes
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any


def dkr(t: datetime, nano: int) -> str:
    """Docker's `--timestamps` prefix: RFC 3339 with nanoseconds."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{nano:03d}Z"


def uwsgi_date(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


# ---------------------------------------------------------------------------- healthchecks

UWSGI = "[pid: %d|app: %d|req: %d/%d] %s () {%d vars in %d bytes} [%s] %s %s => generated %d bytes in %d msecs (%s %d) %d headers in %d bytes (%d switches on core %d)"
HC_PY = "/opt/healthchecks/.venv/lib/python3.12/site-packages"
HC_CHANNELS = [
    ("email", 0.5),
    ("slack", 0.25),
    ("pd", 0.08),
    ("webhook", 0.12),
    ("telegram", 0.05),
]
PG_REFUSED = 'connection to server at "db" (172.18.0.3), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'


_ID = re.compile(r"\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def route_of(uri: str) -> str:
    """A request's route as the set labels one: its path with ids and numbers as variables,
    and its query's keys with their values as variables (`/api/v3/checks/?tag=<*>`)."""
    path, _, query = uri.partition("?")
    path = "/".join("<*>" if _ID.fullmatch(part) else part for part in path.split("/"))
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def healthchecks(r: random.Random) -> list[Log]:
    """The healthchecks container on one host, 06:00 to 12:00: 404s from a decommissioned cron
    host pinging deleted checks, 401s from a script with a revoked key, alerts, the database
    restarted 08:10-08:17 and a deploy at 10:30."""
    fs = Files()
    F = "hc-web.log"
    workers = {1: 15, 2: 16, 3: 17, 4: 18}
    reqs = {w: r.randint(300, 900) for w in workers}
    total = [sum(reqs.values())]

    def L(t: datetime, label: str | None, lines: list[str], proc: object = "hc") -> datetime:
        n = r.randint(0, 999)
        return fs.add(F, t, label, lambda x: [f"{dkr(x, n)} {lines[0]}", *lines[1:]], proc, 1)

    def req(t: datetime, method: str, uri: str, status: int, nbytes: int, msecs: int) -> None:
        w = r.choice(list(workers))
        reqs[w] += 1
        total[0] += 1
        ip = r.choice(["172.18.0.1", "10.20.0.14", "10.20.0.15"]) if status != 404 else "10.20.3.41"
        proto = "HTTP/1.1" if method != "HEAD" else "HTTP/1.0"
        nvars = r.randint(34, 48)
        line = f"[pid: {workers[w]}|app: 0|req: {reqs[w]}/{total[0]}] {ip} () {{{nvars} vars in {nvars * 19 + r.randint(0, 300)} bytes}} [{uwsgi_date(t)}] {method} {uri} => generated {nbytes} bytes in {msecs} msecs ({proto} {status}) {4 if status < 500 else 5} headers in {r.randint(130, 180)} bytes ({1 if status < 500 else 2} switches on core 0)"
        # Labelled by method, route and status, as the set's uWSGI request lines are (round
        # 54's rule: ids and numbers in the route and a query's values are variables).
        label = UWSGI.replace("%s %s =>", f"{method} {route_of(uri)} =>", 1).replace(
            "(%s %d)", f"({proto} {status})", 1
        )
        L(t, label, [line], ("w", w))

    down = [(at(8, 10, 12), at(8, 17, 40))]
    deploy = at(10, 30, 4)
    dead = [uuid4(r) for _ in range(9)]
    for t in poisson(r, T0, T_END, 14.5):
        if deploy <= t < deploy + sec(40):
            continue
        u = r.choice(dead)
        suffix = r.choice(["", "", "", "/start", "/fail", "/0"])
        req(
            t,
            r.choice(["GET", "GET", "POST", "HEAD"]),
            f"/ping/{u}{suffix}",
            404,
            9,
            r.randint(2, 9),
        )
    for t in poisson(r, T0, T_END, 140):
        req(
            t,
            "GET",
            r.choice(["/api/v3/checks/", "/api/v3/checks/?tag=prod", "/api/v1/checks/"]),
            401,
            38,
            r.randint(2, 6),
        )
    # the database restart: pings answer 500 and Django logs each
    for t in poisson(r, down[0][0], down[0][1], 5.5):
        u = uuid4(r)
        path = f"/ping/{u}" + r.choice(["", "", "/start", "/fail"])
        L(
            t,
            "Internal Server Error: %s",
            [
                f"Internal Server Error: {path}",
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        f"{HC_PY}/django/db/backends/base/base.py",
                        275,
                        "ensure_connection",
                        "self.connect()",
                    ),
                    (
                        f"{HC_PY}/django/utils/asyncio.py",
                        26,
                        "inner",
                        "return func(*args, **kwargs)",
                    ),
                    (
                        f"{HC_PY}/django/db/backends/base/base.py",
                        256,
                        "connect",
                        "self.connection = self.get_new_connection(conn_params)",
                    ),
                    (
                        f"{HC_PY}/django/db/backends/postgresql/base.py",
                        332,
                        "get_new_connection",
                        "connection = self.Database.connect(**conn_params)",
                    ),
                    (
                        f"{HC_PY}/psycopg/connection.py",
                        748,
                        "connect",
                        "raise last_ex.with_traceback(None)",
                    ),
                ),
                *("psycopg.OperationalError: " + PG_REFUSED).split("\n"),
                "",
                "The above exception was the direct cause of the following exception:",
                "",
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        f"{HC_PY}/django/core/handlers/exception.py",
                        55,
                        "inner",
                        "response = get_response(request)",
                    ),
                    (
                        "/opt/healthchecks/hc/api/views.py",
                        64,
                        "ping",
                        "check = get_object_or_404(Check, code=code)",
                    ),
                    (
                        f"{HC_PY}/django/db/backends/base/base.py",
                        275,
                        "ensure_connection",
                        "self.connect()",
                    ),
                ),
                *("django.db.utils.OperationalError: " + PG_REFUSED).split("\n"),
            ],
        )
        req(t + sec(0.004), r.choice(["GET", "POST"]), path, 500, 145, r.randint(3, 30))
    # sendalerts
    sa_pid = [41]

    def sa_start(t: datetime) -> datetime:
        t = L(
            t,
            '[uwsgi-daemons] spawning "%s" (uid: %d gid: %d)',
            ['[uwsgi-daemons] spawning "./manage.py sendalerts" (uid: 999 gid: 999)'],
        )
        t = L(
            t,
            '[uwsgi-daemons] spawning "%s" (uid: %d gid: %d)',
            ['[uwsgi-daemons] spawning "./manage.py sendreports --loop" (uid: 999 gid: 999)'],
        )
        t = L(t + sec(2.1), "sendalerts is now running", ["sendalerts is now running"], "sa")
        return L(t + sec(0.3), "sendreports is now running", ["sendreports is now running"], "sr")

    checks = [
        hexid(r, 8)
        + "-"
        + hexid(r, 4)
        + "-4"
        + hexid(r, 3)
        + "-a"
        + hexid(r, 3)
        + "-"
        + hexid(r, 12)
        for _ in range(40)
    ]
    chans = {
        c: [
            r.choices([k for k, _ in HC_CHANNELS], [w for _, w in HC_CHANNELS])[0]
            for _ in range(r.choice([1, 1, 2, 2, 3]))
        ]
        for c in checks
    }
    flaky = checks[:6]
    flips = []
    for t in poisson(r, T0, T_END, 150):
        flips.append((t, r.choice(flaky) if r.random() < 0.6 else r.choice(checks)))
    # the database restart takes every check's pings away: a burst of down alerts after it
    for c in r.sample(checks, 14):
        flips.append((at(8, 18, 5) + sec(r.uniform(0, 60)), c))
    slack_broken = [(at(9, 40), at(10, 10))]
    for t, c in sorted(flips):
        if in_any(t, down) or deploy <= t < deploy + sec(60):
            continue
        status = r.choice(["down", "up"])
        t = L(
            t,
            "Sending alert, status=%s, code=%s",
            [f"Sending alert, status={status}, code={c}"],
            "sa",
        )
        for kind in chans[c]:
            code = uuid4(r)
            secs = r.uniform(0.1, 1.9)
            if kind == "slack" and in_any(t, slack_broken):
                t = L(
                    t + sec(secs),
                    " * %-5s %4.1fs %-10s %s Received status code %d",
                    [f" * ERROR {secs:4.1f}s {kind:<10} {code} Received status code 503"],
                    "sa",
                )
            elif kind == "webhook" and r.random() < 0.3:
                secs = 10.0 + r.uniform(0, 0.2)
                t = L(
                    t + sec(secs),
                    " * %-5s %4.1fs %-10s %s Connection timed out",
                    [f" * ERROR {secs:4.1f}s {kind:<10} {code} Connection timed out"],
                    "sa",
                )
            elif kind == "email" and r.random() < 0.08:
                secs = r.uniform(5.2, 8.9)
                t = L(
                    t + sec(secs),
                    " * SLOW  %4.1fs %-10s %s %s",
                    [f" * SLOW  {secs:4.1f}s {kind:<10} {code} "],
                    "sa",
                )
            else:
                t = L(
                    t + sec(secs),
                    " * OK    %4.1fs %-10s %s %s",
                    [f" * OK    {secs:4.1f}s {kind:<10} {code} "],
                    "sa",
                )
    # sendalerts dies in the outage and uWSGI respawns it
    td = at(8, 10, 31)
    L(
        td,
        "Traceback (most recent call last):",
        [
            "Traceback (most recent call last):",
            *pyframes(
                (
                    "/opt/healthchecks/./manage.py",
                    10,
                    "<module>",
                    "execute_from_command_line(sys.argv)",
                ),
                (
                    f"{HC_PY}/django/core/management/base.py",
                    413,
                    "run_from_argv",
                    "self.execute(*args, **cmd_options)",
                ),
                (
                    "/opt/healthchecks/hc/api/management/commands/sendalerts.py",
                    158,
                    "handle",
                    "if self.process_one_flip():",
                ),
                (
                    "/opt/healthchecks/hc/api/management/commands/sendalerts.py",
                    95,
                    "process_one_flip",
                    "flip = Flip.objects.filter(processed=None, created__lte=now()).first()",
                ),
                (
                    f"{HC_PY}/django/db/backends/base/base.py",
                    275,
                    "ensure_connection",
                    "self.connect()",
                ),
            ),
            *("django.db.utils.OperationalError: " + PG_REFUSED).split("\n"),
        ],
        "sa",
    )
    for k in range(3):
        tr = at(8, 10, 33) + sec(k * 121)
        sa_pid[0] += 1
        L(
            tr,
            '[uwsgi-daemons] respawning "%s" (uid: %d gid: %d)',
            ['[uwsgi-daemons] respawning "./manage.py sendalerts" (uid: 999 gid: 999)'],
        )
        if k < 2:
            L(
                tr + sec(2.4),
                "Traceback (most recent call last):",
                [
                    "Traceback (most recent call last):",
                    *pyframes(
                        (
                            "/opt/healthchecks/./manage.py",
                            10,
                            "<module>",
                            "execute_from_command_line(sys.argv)",
                        ),
                        (
                            f"{HC_PY}/django/db/backends/base/base.py",
                            275,
                            "ensure_connection",
                            "self.connect()",
                        ),
                    ),
                    *("django.db.utils.OperationalError: " + PG_REFUSED).split("\n"),
                ],
                "sa",
            )
        else:
            L(tr + sec(2.2), "sendalerts is now running", ["sendalerts is now running"], "sa")

    def boot(t: datetime) -> None:
        t = L(
            t,
            "*** Starting uWSGI %s (%s) on [%s] ***",
            [f"*** Starting uWSGI 2.0.25.1 (64bit) on [{uwsgi_date(t)}] ***"],
        )
        for s, lab in [
            (
                "compiled with version: 12.2.0 on 21 May 2024 09:02:14",
                "compiled with version: %s on %s",
            ),
            ("nodename: 4f1c2a9e7b3d", "nodename: %s"),
            ("detected number of CPU cores: 4", "detected number of CPU cores: %d"),
            ("current working directory: /opt/healthchecks", "current working directory: %s"),
            ("detected binary path: /opt/healthchecks/.venv/bin/uwsgi", "detected binary path: %s"),
            (
                "uwsgi socket 0 bound to TCP address :8000 fd 3",
                "uwsgi socket %d bound to TCP address %s fd %d",
            ),
            (
                "Python version: 3.12.3 (main, May 14 2024, 07:23:41) [GCC 12.2.0]",
                "Python version: %s",
            ),
            (
                "*** Python threads support is disabled. You can enable it with --enable-threads ***",
                "*** Python threads support is disabled. You can enable it with --enable-threads ***",
            ),
            (
                "WSGI app 0 (mountpoint='') ready in 2 seconds on interpreter 0x7f3e2c1a8b60 pid: 7 (default app)",
                "WSGI app %d (mountpoint='%s') ready in %d seconds on interpreter %p pid: %d (default app)",
            ),
            ("spawned uWSGI master process (pid: 7)", "spawned uWSGI master process (pid: %d)"),
        ]:
            t = L(t + sec(r.uniform(0.001, 0.3)), lab, [s])
        for w in workers:
            t = L(
                t + sec(0.002),
                "spawned uWSGI worker %d (pid: %d, cores: %d)",
                [f"spawned uWSGI worker {w} (pid: {workers[w]}, cores: 1)"],
            )
        sa_start(t + sec(0.01))

    boot(at(6, 0, 2) - sec(0.5) + sec(0.5))
    # the deploy: SIGTERM, workers buried, start again with new pids
    t = L(
        deploy,
        "SIGINT/SIGQUIT received...killing workers...",
        ["SIGINT/SIGQUIT received...killing workers..."],
    )
    t = L(
        t + sec(0.2),
        "[uwsgi-daemons] stopping daemon (pid: %d): %s",
        [f"[uwsgi-daemons] stopping daemon (pid: {sa_pid[0]}): ./manage.py sendalerts"],
    )
    t = L(
        t + sec(0.01),
        "[uwsgi-daemons] stopping daemon (pid: %d): %s",
        ["[uwsgi-daemons] stopping daemon (pid: 42): ./manage.py sendreports --loop"],
    )
    for w in workers:
        t = L(
            t + sec(r.uniform(0.2, 1.1)),
            "worker %d buried after %d seconds",
            [f"worker {w} buried after 1 seconds"],
        )
    t = L(t + sec(0.1), "goodbye to uWSGI.", ["goodbye to uWSGI."])
    for w in workers:
        workers[w] = 15 + w - 1
        reqs[w] = 0
    total[0] = 0
    boot(t + sec(9.4))
    # sendreports' monthly reports are not due; its daily nags
    for t in poisson(r, T0, T_END, 1500):
        L(
            t,
            "Sent nag to %s",
            [
                f"Sent nag to {r.choice(['ops', 'jana', 'm.kowalski', 'devteam', 'backup-admin'])}@{r.choice(['example.org', 'acme.io'])}"
            ],
            "sr",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ plane


def access_label(method: str, path: str, status: int) -> str:
    """uvicorn's access line labelled by method, route and status, as the set's access records
    are (round 54's rule: ids in the route and a query's values are variables)."""
    return f'%s - "{method} {route_of(path)} HTTP/%s" {status}'


PLANE_PATHS = [
    ("GET", "/api/users/me/"),
    ("GET", "/api/workspaces/acme/projects/{p}/issues/?order_by=-created_at"),
    ("GET", "/api/workspaces/acme/projects/{p}/cycles/"),
    ("GET", "/api/workspaces/acme/projects/{p}/issues/{i}/"),
    ("PATCH", "/api/workspaces/acme/projects/{p}/issues/{i}/"),
    ("POST", "/api/workspaces/acme/projects/{p}/issues/{i}/comments/"),
    ("GET", "/api/workspaces/acme/notifications/?type=assigned"),
    ("GET", "/api/instances/"),
]
PLANE_TASKS = [
    ("plane.bgtasks.issue_activites_task.issue_activity", 0.5),
    ("plane.bgtasks.notification_task.notifications", 0.3),
    ("plane.bgtasks.webhook_task.webhook_task", 0.12),
    ("plane.bgtasks.email_notification_task.stack_email_notification", 0.08),
]


def plane(r: random.Random) -> list[Log]:
    """Plane's API and worker containers, 06:00 to 12:00: PostgreSQL OOM-killed 08:40-08:47,
    Redis restarted at 09:20, the MinIO bucket policy broken 10:05-10:40, the API redeployed
    at 11:00."""
    fs = Files()
    pids = [27, 28, 29]
    pg_down = [(at(8, 40, 10), at(8, 47, 30))]
    redis_down = [(at(9, 20, 0), at(9, 20, 52))]
    minio_bad = [(at(10, 5), at(10, 40))]
    redeploy = at(11, 0, 3)

    def gts(t: datetime) -> str:
        return f"[{t:%Y-%m-%d %H:%M:%S} +0000]"

    def A(t: datetime, pid: int, lvl: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "api.log",
            t,
            label,
            lambda x: [f"{gts(x)} [{pid}] [{lvl}] {lines[0]}", *lines[1:]],
            ("a", pid),
            1_000_000,
        )

    def W(t: datetime, lvl: str, proc: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "worker.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}: {lvl}/{proc}] {lines[0]}",
                *lines[1:],
            ],
            proc,
            1000,
        )

    def gboot(t: datetime) -> None:
        t = A(t, 1, "INFO", "Starting gunicorn %s", ["Starting gunicorn 22.0.0"])
        t = A(t, 1, "INFO", "Listening at: %s (%s)", ["Listening at: http://0.0.0.0:8000 (1)"])
        t = A(t, 1, "INFO", "Using worker: %s", ["Using worker: uvicorn.workers.UvicornWorker"])
        for p in pids:
            A(t, 1, "INFO", "Booting worker with pid: %s", [f"Booting worker with pid: {p}"])
        for p in pids:
            t2 = A(
                t + sec(r.uniform(1.5, 2.5)),
                p,
                "INFO",
                "Started server process [%s]",
                [f"Started server process [{p}]"],
            )
            t2 = A(
                t2,
                p,
                "INFO",
                "Waiting for application startup.",
                ["Waiting for application startup."],
            )
            A(
                t2,
                p,
                "INFO",
                "ASGI 'lifespan' protocol appears unsupported.",
                ["ASGI 'lifespan' protocol appears unsupported."],
            )

    webhook_bad = [(at(7, 30), at(8, 5))]

    def task(t: datetime, name: str | None = None) -> None:
        name = name or r.choices([n for n, _ in PLANE_TASKS], [w for _, w in PLANE_TASKS])[0]
        tid = uuid4(r)
        if in_any(t, redis_down):
            return
        t = W(t, "INFO", "MainProcess", "Task %s[%s] received", [f"Task {name}[{tid}] received"])
        proc = f"ForkPoolWorker-{r.randint(1, 4)}"
        if name.endswith("webhook_task") and in_any(t, webhook_bad):
            W(
                t + sec(r.uniform(10, 10.1)),
                "INFO",
                proc,
                "Task %s[%s] retry: Retry in %ss: %s",
                [
                    f"Task {name}[{tid}] retry: Retry in {r.choice([60, 120, 240])}s: ReadTimeout(ReadTimeoutError(\"HTTPSConnectionPool(host='hooks.customer-erp.example', port=443): Read timed out. (read timeout=10)\"))"
                ],
            )
            return
        W(
            t + sec(r.uniform(0.02, 0.9)),
            "INFO",
            proc,
            "Task %s[%s] succeeded in %ss: %s",
            [f"Task {name}[{tid}] succeeded in {r.uniform(0.01, 0.9):.16f}s: None"],
        )

    W(
        at(6, 0, 4),
        "INFO",
        "MainProcess",
        "Connected to %s",
        ["Connected to redis://plane-redis:6379//"],
    )
    W(
        at(6, 0, 4),
        "INFO",
        "MainProcess",
        "mingle: searching for neighbors",
        ["mingle: searching for neighbors"],
    )
    W(at(6, 0, 5), "INFO", "MainProcess", "mingle: all alone", ["mingle: all alone"])
    W(
        at(6, 0, 5),
        "INFO",
        "MainProcess",
        "%s ready.",
        ["celery@plane-worker-6d9f7c5b8-x2kqv ready."],
    )
    for t in poisson(r, T0, T_END, 300):
        task(t, "plane.bgtasks.email_notification_task.stack_email_notification")
    for t in [at(h, 0, 0.004) for h in range(6, 12)]:
        W(
            t,
            "INFO",
            "Beat",
            "Scheduler: Sending due task %s (%s)",
            [
                "Scheduler: Sending due task check-every-day-to-archive-and-close (plane.bgtasks.issue_automation_task.archive_and_close_old_issues)"
            ],
        )
        task(t + sec(0.01), "plane.bgtasks.issue_automation_task.archive_and_close_old_issues")
    W(
        redis_down[0][0] + sec(0.3),
        "WARNING",
        "MainProcess",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        [
            "consumer: Connection to broker lost. Trying to re-establish the connection...",
            "Traceback (most recent call last):",
            *pyframes(
                (
                    "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py",
                    340,
                    "start",
                    "blueprint.start(self)",
                ),
                (
                    "/usr/local/lib/python3.12/site-packages/kombu/transport/redis.py",
                    1160,
                    "_brpop_read",
                    "dest__item = self.client.parse_response(self.client.connection,",
                ),
            ),
            "redis.exceptions.ConnectionError: Connection closed by server.",
        ],
    )
    n = 0
    tr = redis_down[0][0] + sec(2.4)
    while tr < redis_down[0][1]:
        n += 1
        W(
            tr,
            "ERROR",
            "MainProcess",
            "consumer: Cannot connect to %s: %s.",
            [
                "consumer: Cannot connect to redis://plane-redis:6379//: Error 111 connecting to plane-redis:6379. Connection refused..",
                f"Trying again in {min(2 * n, 32):.2f} seconds... ({n}/100)",
                "",
            ],
        )
        tr += sec(min(2 * n, 32) + 0.01)
    W(tr, "INFO", "MainProcess", "Connected to %s", ["Connected to redis://plane-redis:6379//"])
    W(
        tr + sec(0.1),
        "INFO",
        "MainProcess",
        "mingle: searching for neighbors",
        ["mingle: searching for neighbors"],
    )
    W(tr + sec(1.1), "INFO", "MainProcess", "mingle: all alone", ["mingle: all alone"])
    for t in poisson(r, pg_down[0][0], pg_down[0][1], 35):
        name = "plane.bgtasks.issue_activites_task.issue_activity"
        tid = uuid4(r)
        W(t, "INFO", "MainProcess", "Task %s[%s] received", [f"Task {name}[{tid}] received"])
        W(
            t + sec(0.02),
            "ERROR",
            f"ForkPoolWorker-{r.randint(1, 4)}",
            "Task %s[%s] raised unexpected: %s",
            [
                f"Task {name}[{tid}] raised unexpected: OperationalError('connection to server at \"plane-db\" (172.20.0.4), port 5432 failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n')",
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        "/usr/local/lib/python3.12/site-packages/celery/app/trace.py",
                        453,
                        "trace_task",
                        "R = retval = fun(*args, **kwargs)",
                    ),
                    (
                        "/code/plane/bgtasks/issue_activites_task.py",
                        1611,
                        "issue_activity",
                        "actor = User.objects.get(pk=actor_id)",
                    ),
                    (
                        "/usr/local/lib/python3.12/site-packages/psycopg/connection.py",
                        748,
                        "connect",
                        "raise last_ex.with_traceback(None)",
                    ),
                ),
                'django.db.utils.OperationalError: connection to server at "plane-db" (172.20.0.4), port 5432 failed: Connection refused',
                "\tIs the server running on that host and accepting TCP/IP connections?",
            ],
        )
    gboot(at(6, 0, 1))
    projects = [uuid4(r) for _ in range(5)]
    users = [f"172.20.0.{n}:0" for n in (9, 9, 9)]
    for t in poisson(r, T0, T_END, 14):
        if redeploy <= t < redeploy + sec(25):
            continue
        m, path = r.choice(PLANE_PATHS)
        path = path.format(p=r.choice(projects), i=uuid4(r))
        st = {"GET": 200, "PATCH": 200, "POST": 201}[m]
        pid = r.choice(pids)
        if in_any(t, pg_down):
            A(
                t,
                pid,
                "ERROR",
                'connection to server at "%s" (%s), port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?',
                [
                    'connection to server at "plane-db" (172.20.0.4), port 5432 failed: Connection refused',
                    "\tIs the server running on that host and accepting TCP/IP connections?",
                ],
            )
            st = 500
        A(
            t + sec(0.01),
            pid,
            "INFO",
            access_label(m, path, st),
            [f'{r.choice(users)} - "{m} {path} HTTP/1.1" {st}'],
        )
        if m != "GET" and not in_any(t, pg_down):
            task(t + sec(0.05))
    for t in poisson(r, minio_bad[0][0], minio_bad[0][1], 40):
        pid = r.choice(pids)
        A(
            t,
            pid,
            "ERROR",
            "An error occurred (%s) when calling the %s operation: %s",
            [
                "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied."
            ],
        )
        A(
            t + sec(0.01),
            pid,
            "INFO",
            access_label("POST", "/api/assets/v2/workspaces/acme/projects/<*>/", 400),
            [
                f'172.20.0.9:0 - "POST /api/assets/v2/workspaces/acme/projects/{r.choice(projects)}/ HTTP/1.1" 400'
            ],
        )
    # redeploy
    t = A(redeploy, 1, "INFO", "Handling signal: %s", ["Handling signal: term"])
    for p in pids:
        t2 = A(t + sec(0.5), p, "INFO", "Shutting down", ["Shutting down"])
        t2 = A(t2, p, "INFO", "Finished server process [%s]", [f"Finished server process [{p}]"])
        A(t2 + sec(0.3), 1, "INFO", "Worker exiting (pid: %s)", [f"Worker exiting (pid: {p})"])
    A(t + sec(2), 1, "INFO", "Shutting down: %s", ["Shutting down: Master"])
    pids[:] = [26, 27, 28]
    gboot(redeploy + sec(14))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- listmonk


def listmonk(r: random.Random) -> list[Log]:
    """listmonk on one host, 06:00 to 12:00: a newsletter at 07:00 while the relay refuses
    07:20-07:50, an import, bounces, opt-in mails, a restart at 10:00."""
    fs = Files()

    def L(t: datetime, where: str, label: str, text: str, prefix: bool = True) -> datetime:
        return fs.add(
            "listmonk.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {where}: {text}" if prefix else text],
            "lm",
            1_000_000,
        )

    def boot(t: datetime) -> None:
        t = L(
            t,
            "main.go:192",
            "v%s (%s %s, %s)",
            "v3.0.0 (a6b5a6f 2024-04-06T11:10:51Z, linux/amd64)",
        )
        t = L(t, "init.go:130", "reading config: %s", "reading config: config.toml")
        t = L(
            t,
            "init.go:236",
            "connecting to db: %s:%d/%s",
            "connecting to db: listmonk-db:5432/listmonk",
        )
        t = L(t, "init.go:648", "media upload provider: %s", "media upload provider: filesystem")
        t = L(
            t,
            "init.go:577",
            "loaded email (SMTP) messenger: %s",
            "loaded email (SMTP) messenger: email-relay@10.40.0.25",
        )
        t = L(
            t,
            "init.go:577",
            "loaded email (SMTP) messenger: %s",
            "loaded email (SMTP) messenger: email-ses@email-smtp.eu-west-1.amazonaws.com",
        )
        L(
            t + sec(0.2),
            "",
            "⇨ http server started on %s",
            "⇨ http server started on [::]:9000",
            prefix=False,
        )

    boot(at(6, 0, 3))
    relay_down = [(at(7, 20), at(7, 50))]
    campaigns = [
        ("June newsletter", at(7, 0, 0), 42000),
        ("Product update: invoicing v2", at(10, 30, 0), 9800),
    ]
    for name, t0, _n in campaigns:
        L(
            t0,
            "manager.go:520",
            "start processing campaign (%s)",
            f"start processing campaign ({name})",
        )
    # the relay refuses: each subscriber's message fails
    for t in poisson(r, relay_down[0][0], relay_down[0][1], 1.25):
        sub = uuid4(r)
        if r.random() < 0.82:
            L(
                t,
                "manager.go:452",
                "error sending message in campaign %s: subscriber %s: dial tcp %s: connect: connection refused",
                f"error sending message in campaign June newsletter: subscriber {sub}: dial tcp 10.40.0.25:587: connect: connection refused",
            )
        else:
            L(
                t,
                "manager.go:452",
                "error sending message in campaign %s: subscriber %s: 454 4.7.0 Temporary authentication failure",
                f"error sending message in campaign June newsletter: subscriber {sub}: 454 4.7.0 Temporary authentication failure",
            )
    L(
        at(7, 50, 1),
        "manager.go:471",
        "too many errors: pausing campaign (%s)",
        "too many errors: pausing campaign (June newsletter)",
    )
    L(
        at(8, 5, 12),
        "manager.go:520",
        "start processing campaign (%s)",
        "start processing campaign (June newsletter)",
    )
    L(
        at(9, 12, 40),
        "manager.go:556",
        "campaign (%s) finished",
        "campaign (June newsletter) finished",
    )
    L(
        at(10, 51, 7),
        "manager.go:556",
        "campaign (%s) finished",
        "campaign (Product update: invoicing v2) finished",
    )
    # bounces arriving by the SES webhook, and opt-in mails
    for t in poisson(r, at(7, 2), T_END, 28):
        kind = r.choice(["hard", "soft", "soft", "complaint"])
        L(
            t,
            "bounce.go:112",
            "recording bounce (%s) for %s",
            f"recording bounce ({kind}) for {r.choice(['j', 'anna', 'mk', 'info', 'p.novak', 'sales'])}{r.randint(1, 999)}@{r.choice(['gmail.com', 'web.de', 'outlook.com', 'example.net'])}",
        )
    for t in poisson(r, T0, T_END, 240):
        if in_any(t, relay_down):
            L(
                t,
                "subscribers.go:648",
                "error sending opt-in e-mail: %s",
                "error sending opt-in e-mail: dial tcp 10.40.0.25:587: connect: connection refused",
            )
    # an import at 09:40
    t = L(
        at(9, 40, 2),
        "importer.go:427",
        "processing '%s'",
        "processing 'webinar-attendees-2024-06.csv'",
    )
    for k in range(1, 11):
        t = L(t + sec(r.uniform(3, 5)), "importer.go:572", "imported %d", f"imported {k * 1000}")
    L(t + sec(1.2), "importer.go:590", "imported finished", "imported finished")
    # restart at 10:00 (an upgrade of the config)
    t = L(
        at(10, 0, 1),
        "main.go:275",
        "received %s, shutting down",
        "received terminated, shutting down",
    )
    t = L(t, "main.go:278", "stopping http server", "stopping http server")
    boot(t + sec(6))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- mealie

MEALIE_PATHS = [
    "/api/recipes?page=1&perPage=30&orderBy=created_at&orderDirection=desc",
    "/api/users/self",
    "/api/groups/mealplans/today",
    "/api/recipes/{s}",
    "/api/media/recipes/{u}/images/min-original.webp?version=Dx",
    "/api/households/shopping/lists/{u}",
    "/api/app/about",
]
SLUGS = [
    "shakshuka",
    "pad-thai",
    "lemon-drizzle-cake",
    "chili-sin-carne",
    "banana-bread",
    "pho-bo",
    "green-curry",
]


def mealie(r: random.Random) -> list[Log]:
    """Mealie in docker on a home server, 06:00 to 12:00: requests, recipe imports (some pages
    not recipes), failed logins, the OpenAI endpoint unreachable, a restart at 09:30."""
    fs = Files()

    def L(t: datetime, lvl: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "mealie.log",
            t,
            label,
            lambda x: [f"{lvl:<8} {x:%Y-%m-%dT%H:%M:%S} - {lines[0]}", *lines[1:]],
            "m",
            1_000_000,
        )

    def boot(t: datetime) -> None:
        t = L(t, "INFO", "start: database initialization", ["start: database initialization"])
        t = (
            L(
                t,
                "INFO",
                "Migration needed. Performing migration...",
                ["Migration needed. Performing migration..."],
            )
            if t > at(9, 0)
            else t
        )
        t = L(t, "INFO", "Database initialization complete", ["Database initialization complete"])
        t = L(
            t + sec(1),
            "INFO",
            "Started server process [%d]",
            [f"Started server process [{r.randint(30, 80)}]"],
        )
        t = L(t, "INFO", "Waiting for application startup.", ["Waiting for application startup."])
        t = L(t, "INFO", "Application startup complete.", ["Application startup complete."])
        L(
            t,
            "INFO",
            "Uvicorn running on %s (Press CTRL+C to quit)",
            ["Uvicorn running on http://0.0.0.0:9000 (Press CTRL+C to quit)"],
        )

    boot(at(6, 0, 2))
    restart = at(9, 30, 0)
    for t in poisson(r, T0, T_END, 9.6):
        if restart <= t < restart + sec(30):
            continue
        path = r.choice(MEALIE_PATHS)
        p = path.format(s=r.choice(SLUGS), u=uuid4(r))
        st = 200 if r.random() > 0.03 else 304
        # uvicorn's access line, labelled by method, route and status as the set's access
        # records are (round 54's rule: a slug, an id and a query's values are variables).
        L(
            t,
            "INFO",
            f'[%s] {st} "GET {route_of(path.format(s="<*>", u="<*>"))} HTTP/%s"',
            [
                f'[{r.choice(["192.168.1.23", "192.168.1.41", "172.19.0.1"])}:{r.randint(30000, 60999)}] {st} "GET {p} HTTP/1.1"'
            ],
        )
    for t in poisson(r, T0, T_END, 220):
        url = r.choice(
            [
                "https://www.bbcgoodfood.com/recipes/",
                "https://cooking.nytimes.com/recipes/",
                "https://www.instagram.com/p/",
                "https://www.pinterest.com/pin/",
            ]
        ) + hexid(r, 8)
        L(
            t,
            "INFO",
            '[%s] 201 "POST /api/recipes/create/url HTTP/%s"',
            [
                f'[192.168.1.23:{r.randint(30000, 60999)}] 201 "POST /api/recipes/create/url HTTP/1.1"'
            ],
        )
        if "instagram" in url or "pinterest" in url:
            L(
                t - sec(1),
                "ERROR",
                "Recipe Scraper was unable to extract a recipe from %s",
                [f"Recipe Scraper was unable to extract a recipe from {url}"],
            )
            L(
                t - sec(0.5),
                "INFO",
                '[%s] 400 "POST /api/recipes/create/url HTTP/%s"',
                [
                    f'[192.168.1.23:{r.randint(30000, 60999)}] 400 "POST /api/recipes/create/url HTTP/1.1"'
                ],
            )
    for t in poisson(r, at(7, 10), at(7, 25), 30):
        L(
            t,
            "ERROR",
            "Incorrect username or password for %s",
            [
                f"Incorrect username or password for {r.choice(['admin', 'admin', 'changeme@example.com', 'root'])}"
            ],
        )
        L(
            t + sec(0.1),
            "INFO",
            '[%s] 401 "POST /api/auth/token HTTP/%s"',
            [f'[203.0.113.77:{r.randint(30000, 60999)}] 401 "POST /api/auth/token HTTP/1.1"'],
        )
    for t in [at(h, 0, 0.5) for h in range(6, 12)]:
        L(t, "INFO", "Running %s tasks", ["Running hourly tasks"])
        L(t + sec(1), "INFO", "Running task: %s", ["Running task: purge_group_data_exports"])
    L(at(6, 0, 30), "INFO", "Running %s tasks", ["Running daily tasks"])
    for t in poisson(r, at(10, 10), at(10, 50), 200):
        L(
            t,
            "ERROR",
            "OpenAI Request Failed. %s",
            [
                "OpenAI Request Failed. Connection error.",
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        "/opt/mealie/lib/python3.12/site-packages/httpx/_transports/default.py",
                        69,
                        "map_httpcore_exceptions",
                        "yield",
                    ),
                    (
                        "/opt/mealie/lib/python3.12/site-packages/httpcore/_sync/connection.py",
                        124,
                        "_connect",
                        "stream = self._network_backend.connect_tcp(**kwargs)",
                    ),
                ),
                "httpcore.ConnectError: [Errno 111] Connection refused",
            ],
        )
    t = L(restart, "INFO", "Shutting down", ["Shutting down"])
    t = L(t, "INFO", "Waiting for application shutdown.", ["Waiting for application shutdown."])
    t = L(t, "INFO", "Application shutdown complete.", ["Application shutdown complete."])
    L(t, "INFO", "Finished server process [%d]", ["Finished server process [1]"])
    boot(restart + sec(12))
    return fs.logs(T0)


# ------------------------------------------------------------------------------ firefly-iii

FF_TRACE = [
    "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(776): Illuminate\\\\Database\\\\Connection->runQueryCallback('select * from `...', Array, Object(Closure))",
    "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(421): Illuminate\\\\Database\\\\Connection->run('select * from `...', Array, Object(Closure))",
    "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3131): Illuminate\\\\Database\\\\Connection->select('select * from `...', Array, true)",
    "/var/www/html/app/Http/Middleware/Authenticate.php(94): Illuminate\\\\Auth\\\\SessionGuard->check()",
    "/var/www/html/public/index.php(78): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))",
]


def firefly(r: random.Random) -> list[Log]:
    """Firefly III on one host, 06:00 to 12:00: the hourly cron, the Data Importer's API
    traffic, MariaDB restarted 07:45-07:52, a rule with a bad regex, a disk full 11:10-11:20."""
    fs = Files()

    def L(
        f: str, t: datetime, lvl: str, label: str, lines: list[str], ctx: str = "[] []"
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S}] production.{lvl}: {lines[0]}"
                + ("" if len(lines) > 1 else f" {ctx}"),
                *lines[1:],
            ],
            f,
            1_000_000,
        )

    WEB, CLI = "ff3-fpm-fcgi-2024-06-07.log", "ff3-cli-2024-06-07.log"
    db_down = [(at(7, 45, 5), at(7, 52, 40))]
    disk_full = [(at(11, 10), at(11, 20))]
    for h in range(6, 12):
        t = L(
            WEB,
            at(h, 0, 2),
            "INFO",
            "Now in CronController::cron()",
            ["Now in CronController::cron()"],
        )
        for msg in [
            "Recurring transactions cron-job has fired!",
            "Auto budget cron-job has fired!",
            "Bill reminder cron-job has fired!",
            "Exchange rates cron-job has fired!",
        ]:
            t = L(WEB, t + sec(r.uniform(0.1, 0.6)), "INFO", msg, [msg])
        t = L(
            WEB,
            t + sec(0.4),
            "INFO",
            "Processed %d recurring transaction(s).",
            [f"Processed {r.randint(0, 4)} recurring transaction(s)."],
        )
        if h in (8, 9):
            t = L(
                WEB,
                t + sec(3),
                "ERROR",
                "Could not download exchange rates: %s",
                [
                    "Could not download exchange rates: cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://ff3exchangerates.z6.web.core.windows.net/2024-06-07.json"
                ],
            )
    # the Data Importer posting transactions
    for t in poisson(r, at(6, 30), at(11, 50), 12.5):
        if in_any(t, db_down):
            L(
                WEB,
                t,
                "ERROR",
                "SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: %s)",
                [
                    'SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `id` = 1 limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002): SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `id` = 1 limit 1) at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:813)',
                    "[stacktrace]",
                    *[f"#{i} {fr}" for i, fr in enumerate(FF_TRACE)],
                    f"#{len(FF_TRACE)} {{main}}",
                    "",
                    "[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65)",
                    "[stacktrace]",
                    "#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=db;p...', 'firefly', Object(SensitiveParameterValue), Array)",
                    "#1 {main}",
                    '"} ',
                ],
            )
            continue
        jid = r.randint(4000, 9999)
        L(
            WEB,
            t,
            "INFO",
            "Stored new transaction journal #%d",
            [f"Stored new transaction journal #{jid}"],
        )
        if r.random() < 0.35:
            L(
                WEB,
                t + sec(0.2),
                "INFO",
                'Rule #%d ("%s") was triggered on journal #%d.',
                [
                    f'Rule #{(rid := r.choice([3, 5, 8, 12]))} ("{ {3: "Groceries", 5: "Salary", 8: "Rent", 12: "Subscriptions"}[rid] }") was triggered on journal #{jid}.'
                ],
            )
        if r.random() < 0.05:
            L(
                WEB,
                t + sec(0.3),
                "WARNING",
                "Regular expression failed: %s",
                [
                    f"Regular expression failed: preg_match(): Compilation failed: missing closing parenthesis at offset {r.choice([11, 14])}"
                ],
            )
        if in_any(t, disk_full):
            L(
                WEB,
                t + sec(0.4),
                "ERROR",
                "file_put_contents(%s): Failed to open stream: No space left on device",
                [
                    f"file_put_contents(/var/www/html/storage/framework/cache/data/{hexid(r, 2)}/{hexid(r, 2)}/{hexid(r, 40)}): Failed to open stream: No space left on device"
                ],
            )
    # the CLI: scheduled cron from the container's crontab at 03:00 is past; the importer's CLI runs
    for t in poisson(r, T0, T_END, 600):
        t2 = L(CLI, t, "INFO", "Now in %s", ["Now in firefly-iii:verify-database-connection"])
        L(
            CLI,
            t2 + sec(0.3),
            "INFO",
            "Database connection OK."
            if not in_any(t, db_down)
            else "Database connection failed: %s",
            [
                "Database connection OK."
                if not in_any(t, db_down)
                else "Database connection failed: SQLSTATE[HY000] [2002] Connection refused"
            ],
        )
    return fs.logs(T0)


SYSTEMS = {
    "healthchecks": healthchecks,
    "plane": plane,
    "listmonk": listmonk,
    "mealie": mealie,
    "firefly-iii": firefly,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
