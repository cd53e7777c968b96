#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 195 (glitchtip, matomo, mautic, awstats, posthog) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five web analytics, error tracking and marketing
programs, 06:00 to 12:00 on 2024-06-07. None of the five was in the set (Sentry, Plausible,
listmonk, Django, uWSGI, gunicorn and Celery are). The brief's Umami is replaced by AWStats:
Umami's container prints its npm scripts' and Prisma's start-up lines and, at run time, only
unhandled errors (its `debug` loggers are off unless DEBUG is set), so six hours of it are a
few dozen lines; AWStats is the classic self-hosted web analytics of the same kind.

- GlitchTip 4.0 (`glitchtip-web-1.log`, `glitchtip-web-2.log`: `docker logs` of two replicas of
  the web container, bin/run-uwsgi.sh's uWSGI 2.0 with `--log-x-forwarded-for`, busyness
  cheaper, `--harakiri=60`; Django's records through the settings' bare StreamHandler, so
  `%(message)s` with no time): uWSGI's request log (`[pid: %d|app: %d|req: %d/%d] %s ()
  {%d vars in %d bytes} [%s] POST /api/%s/envelope/ => generated %d bytes in %d msecs
  (HTTP/1.1 200) %d headers in %d bytes (%d switches on core %d)`) for five projects' SDKs
  (server SDKs' header auth, the browser SDK's `?sentry_key=...&sentry_version=7&
  sentry_client=...`, the legacy `store/` endpoint), the UI's issue list, detail, latest event
  and bulk resolve; Django's `log_response` lines before their request line (`Unauthorized: %s`
  for an Android build still reporting to the deleted project 11, `Not Found: %s` for deleted
  issues, `Forbidden: %s` for a member opening the members page); the frontend's bad release
  flooding envelopes 08:10-08:25 (`[busyness] %llus average busyness is at %llu%%, will spawn
  %d new worker(s)`, `spawned uWSGI worker %d (pid: %d, cores: %d)`, `... but we already
  started maximum number of workers available with current limits (%d)`, later `cheap one of
  %d running workers`, `worker %d killed successfully (pid: %d)`, `uWSGI worker %d
  cheaped.`); PostgreSQL restarted 09:40-09:45 (`Internal Server Error: %s` with psycopg's
  and Django's chained tracebacks, the request lines at 500); two issue searches past the
  harakiri (`... - *** HARAKIRI ON WORKER %d (pid: %d, try: %d, graceful: %s) ***`, the
  worker's status dump, `DAMN ! worker %d (pid: %d) died, killed by signal %d :( trying
  respawn ...`, `Respawned uWSGI worker %d (new pid: %d)`).
- Matomo 5.0.3 (`archive.log`: the cron's `console core:archive` every ten minutes, its
  console lines `INFO [2024-06-07 06:00:01] 41454  message`; `matomo.log`: the file writer at
  WARN, `%level% %tag%[%datetime%] [%requestId%] %message%`): each run's INIT, NOTES, START,
  per-site `Start processing archives for site %s.`, `  Will invalidate archived reports for
  today in site ID = %s's timezone (%s).`, 981 `Archived website id %s, period = %s, date =
  %s, segment = '%s', %s visits found. Time elapsed: %ss` (four sites, five segments, day /
  week / month / year), `Finished archiving for site %s, %s API requests, Time elapsed: %ss
  [%s / %s done]`, SUMMARY and SCHEDULED TASKS; MySQL out of connections 08:28-08:52 under a
  newsletter's traffic (`Got invalid response from API request: %s. Response was
  'SQLSTATE[HY000] [1040] Too many connections'`, `done: %s req, %s ms, %s errors.`, `%s total
  errors during this script execution, please investigate and try and fix these errors.`,
  matomo.log's `Uncaught exception: %s(%s): SQLSTATE[HY000] [%s] Too many connections` from
  three plugins); the main site's yearly smartphone segment over PHP's memory limit
  10:20-10:40 (`... Response was 'PHP Fatal error:  Allowed memory size of %s bytes exhausted
  (tried to allocate %s bytes) in %s on line %s'`); the error handler's PHP warnings from the
  tracker (`%s(%s): Warning - Undefined array key "%s" - Matomo %s - Please report this
  message in the Matomo forums: ...` under the UserCountry and Referrers tags).
- Mautic 5.0.4 (`mautic_prod-2024-06-07.php`: the `mautic` channel's Monolog LineFormatter
  `[%datetime%] %channel%.%level_name%: %message% %context% %extra%` with Mautic's full-trace
  formatter, the exception's JSON context keeping its line breaks; `cron.log`: the crontab's
  output appended, no times): `mautic:segments:update` every 15 minutes (`Rebuilding contacts
  for segment %s`, `%s total contact(s) to be added in batches of %s`, `... to be removed
  ...`, `%s contact(s) affected` and a blank line, Symfony's non-decorated progress bar lines
  ` %current%/%max% [%bar%] %percent:3s%%`), `mautic:campaigns:update` every 15 (the same
  lines for a campaign), `mautic:campaigns:trigger` every 10 (`Triggering events for campaign
  %s`, `Triggering events for newly added contacts`, `Triggering scheduled events`,
  `Triggering events for inactive contacts`, `%s total events(s) to be processed in batches of
  %s contacts`, the translator's plural forms `%s total events were executed` / `1 total event
  was executed` and `... scheduled`), the commands' outputs interleaved where two run at once;
  the inactive segment's rebuild of 4,127 removals at 06:00 outlasting the 06:15 run (`Script
  in progress. Can force execution by using --force.`); a webinar form filling segment 4 at
  07:30, its campaign's 31 kickoff events at 07:40 and reminders at 10:20; MySQL restarted
  08:29-08:33 (the 08:30 commands' Symfony console error blocks `In %s line %s:` with the
  boxed messages and the synopsis, 28 `mautic.CRITICAL: Uncaught PHP Exception
  Doctrine\\DBAL\\Exception\\ConnectionException: "An exception occurred in the driver:
  SQLSTATE[HY000] [2002] Connection refused" at ...` with three chained exceptions); the SMTP
  relay unreachable 10:05-10:35 (`mautic.ERROR: [MAIL ERROR] Connection could not be
  established with host "%s": stream_socket_client(): Unable to connect to %s (Connection
  timed out)`); scanners' route misses (`mautic.ERROR: Uncaught PHP Exception
  Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "No route found for "%s %s""
  at ... line 135` with the ResourceNotFoundException before it, and `(from "%s")` for an old
  link on the website); tracking hits' PHP warnings (`mautic.WARNING: PHP Warning - Undefined
  array key "%s" - in file %s - at line %s`, `... Trying to access array offset on value of
  type %s ...`).
- AWStats 7.8 (`awstats-update.log`: Debian's `awstats_updateall.pl now` from cron every ten
  minutes, appended; no times): for four nginx virtual hosts, `Running '%s' to update config
  %s`, `Create/Update database for config "%s" by AWStats version %s`, `From data in log file
  "%s"...`, `Phase 1 : First bypass old records, searching new record...`, `Direct access
  after last parsed record (after line %s)`, `Phase 2 : Now process new records (Flush history
  on disk after %s hosts)...`, `Jumped lines in file: %s`, ` Found %s already parsed
  records.`, `Parsed lines in file: %s` and its six ` Found %s ...` lines (dropped, comments,
  blank, corrupted, old, new qualified) and a blank line; the daily rotation at 06:25 (`Direct
  access to last remembered record is out of file.`, `So searching it from beginning of log
  file...`), a crawler on the shop 07:40-08:05 (`Flush history file on disk (unique url reach
  flush limit of %s)`), the docs host's log renamed at 09:12 with the config left behind until
  10:48 (`Error: Couldn't open server log file "%s" : %s` with error()'s two lines after it),
  a probe's malformed requests as corrupted records.
- PostHog, the hobby deployment's web container (`posthog-web.log`: `docker logs` of
  bin/docker-server's gunicorn, two gthread workers; gunicorn.config.py routes gunicorn.error
  and gunicorn.access through structlog's ConsoleRenderer with colours, posthog/settings/logs.py
  Django's through the same renderer without them: `2024-06-07T06:00:03.133881Z [info     ]
  event                          [logger] pid=27 tid=...`): 963 posthog-js `POST
  /e/?compression=gzip-js&ip=1&_=%s&ver=%s`, 429 `POST /decide/?v=3&...`, 384 `POST /s/?...`
  (recordings), posthog-python's `POST /batch/`, `GET /static/recorder.js?v=%s`, the app's
  `POST /api/projects/%s/query/`, dashboards and `/api/users/@me/`; ClickHouse restarted
  08:12-08:15 (`Internal Server Error: %s` with clickhouse_driver's NetworkError chained to the
  refused socket, the queries at 500); Kafka down 09:31-09:34 (capture waiting a minute on
  metadata, then `Failed to produce event to Kafka topic %s with error` and
  `kafka_produce_failure` with kafka-python's `KafkaTimeoutError: Failed to update metadata
  after 60.0 secs.`, `Service Unavailable: %s`, the request at 503, the request's token bound
  in the context); a backend cron posting its batch with a personal API key every five minutes
  from 07:00 (`capture_token_shape_invalid` with `reason=personal_api_key`, `Unauthorized:
  %s`, 401); a shared link to a deleted insight (`Not Found: %s`); a worker OOM-killed at 10:52
  (`Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?`, `Booting worker with pid: %s`).

Label notes. The heads are context: uWSGI's request-log fields around the request, the
`ctime - ` uwsgi_log_verbose puts before the harakiri line, Matomo's level, pid, tag, time and
request id, Monolog's time, channel and level and the `[] []` / JSON context after the message,
structlog's time, level, padding, logger and key-values. A request line is labelled as the set's
access logs are: method, route (ids, keys and hashes as `%s`, a query's keys kept) and status.
A value that is a message of its own contributes its format: the API response in Matomo's
`Response was '%s'`, PHP's warning text in Matomo's and Mautic's error handlers, the exception
message in Symfony's `Uncaught PHP Exception %s: "%s" at %s line %s` (one label per exception
class and message format, the class kept), Symfony Mailer's transport error after `[MAIL
ERROR] `. A word the code picks is wording: Mautic's `added` / `removed`, `segment` /
`campaign`, the plural forms of the executed and scheduled counts, the progress bar's format,
AWStats' six ` Found %s ...` lines (one print each). Matomo's console separators, section
titles and `done` are each a call. The lines after an event's first have no label: tracebacks
and Monolog's stack traces, Django's chained exception, the Symfony console's boxed error
block and the command's synopsis under its first `In %s line %s:`, AWStats' error() lines
after `Error: ...`; blank lines are no event.

Least sure (written from the helper's knowledge; GlitchTip's run-uwsgi.sh, start.sh,
settings (logging, beat schedule) and ingest API, PostHog's bin/docker-server,
gunicorn.config.py, settings/logs.py and capture.py's log calls were read in copies of their
sources): uWSGI 2.0.25's harakiri line with `graceful:` and the busyness plugin's wording;
GlitchTip 4's ninja frames in the traceback; Matomo 5's console line layout (two blanks after
the pid), the `No more sites left to archive, stopping.` and summary wordings, the error
summary, the archive API's response text for a database error and the error handler's tag;
Mautic's ErrorHandler wording (`PHP Warning - %s - in file %s - at line %s`), its date format,
the frames of its traces, the trigger command's blank lines and plural forms and the
segments:update synopsis; AWStats' ` Found %s already parsed records.` only when lines were
jumped and the order of the Phase 2 line; PostHog's web server in June 2024 (gunicorn, not
NGINX Unit), the ANSI codes structlog's ConsoleRenderer writes, the capture and query frames.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, weighted

UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
]


def public_ip(r: random.Random) -> str:
    a = r.choice([31, 46, 62, 77, 81, 84, 89, 91, 93, 109, 141, 178, 185, 188, 194, 212, 217])
    return f"{a}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ctime(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def pytrace(frames: list[tuple[str, int, str, str]], tail: list[str]) -> list[str]:
    """A Python traceback's lines: the header, each frame's two lines, then `tail`."""
    out = ["Traceback (most recent call last):"]
    for f, n, fn, src in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        if src:
            out.append(f"    {src}")
    return out + tail


# ------------------------------------------------------------------------------- glitchtip

GT_PY = "/usr/local/lib/python3.12/site-packages"
GT_ORG = "acme"
GT_KEYS = {2: hexid(random.Random("gt-key-2"), 32), 3: hexid(random.Random("gt-key-3"), 32)}
GT_OFFICE = ["81.2.69.142", "81.2.69.160", "81.2.69.171"]
GT_APP_HOSTS = {2: ["10.0.3.21", "10.0.3.22"], 7: ["10.0.3.31"], 4: ["10.0.3.40"]}
GT_ENVELOPE = "[pid: %d|app: %d|req: %d/%d] %s () {%d vars in %d bytes} [%s] POST /api/%s/envelope/ => generated %d bytes in %d msecs (HTTP/1.1 {status}) %d headers in %d bytes (%d switches on core %d)"
GT_ENVELOPE_Q = "[pid: %d|app: %d|req: %d/%d] %s () {%d vars in %d bytes} [%s] POST /api/%s/envelope/?sentry_key=%s&sentry_version=%s&sentry_client=%s => generated %d bytes in %d msecs (HTTP/1.1 {status}) %d headers in %d bytes (%d switches on core %d)"
GT_REQ = "[pid: %d|app: %d|req: %d/%d] %s () {%d vars in %d bytes} [%s] {route} => generated %d bytes in %d msecs (HTTP/1.1 {status}) %d headers in %d bytes (%d switches on core %d)"
GT_500 = (
    '<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n'
    "<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n"
)


def gt_db_trace(path: str) -> list[str]:
    """Django's `Internal Server Error` traceback for an ingest request while PostgreSQL is down
    (psycopg 3, the async ninja view run by asgiref under WSGI)."""
    refused = [
        'connection failed: connection to server at "172.20.0.4", port 5432 failed: Connection refused',
        "\tIs the server running on that host and accepting TCP/IP connections?",
    ]
    first = pytrace(
        [
            (
                f"{GT_PY}/django/db/backends/base/base.py",
                275,
                "ensure_connection",
                "self.connect()",
            ),
            (f"{GT_PY}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)"),
            (
                f"{GT_PY}/django/db/backends/base/base.py",
                256,
                "connect",
                "self.connection = self.get_new_connection(conn_params)",
            ),
            (f"{GT_PY}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)"),
            (
                f"{GT_PY}/django/db/backends/postgresql/base.py",
                332,
                "get_new_connection",
                "connection = self.Database.connect(**conn_params)",
            ),
            (
                f"{GT_PY}/psycopg/connection.py",
                748,
                "connect",
                "raise last_ex.with_traceback(None)",
            ),
        ],
        ["psycopg.OperationalError: " + refused[0], refused[1]],
    )
    second = pytrace(
        [
            (
                f"{GT_PY}/django/core/handlers/exception.py",
                55,
                "inner",
                "response = get_response(request)",
            ),
            (
                f"{GT_PY}/django/core/handlers/base.py",
                197,
                "_get_response",
                "response = wrapped_callback(request, *callback_args, **callback_kwargs)",
            ),
            (
                f"{GT_PY}/asgiref/sync.py",
                254,
                "__call__",
                "return call_result.result()",
            ),
            (
                "/usr/local/lib/python3.12/concurrent/futures/_base.py",
                449,
                "result",
                "return self.__get_result()",
            ),
            (
                f"{GT_PY}/ninja/operation.py",
                290,
                "run",
                "error = await self._run_authentication(request)",
            ),
            (
                f"{GT_PY}/ninja/operation.py",
                175,
                "_run_authentication",
                "result = await callback(request)",
            ),
            (
                "/code/apps/event_ingest/authentication.py",
                62,
                "event_auth",
                "project = await get_project(request)",
            ),
            (
                "/code/apps/event_ingest/authentication.py",
                41,
                "get_project",
                "project = await Project.objects.filter(id=project_id).select_related(",
            ),
            (
                f"{GT_PY}/django/db/models/query.py",
                1105,
                "afirst",
                "return await sync_to_async(self.first)()",
            ),
            (
                f"{GT_PY}/django/db/backends/base/base.py",
                296,
                "_cursor",
                "self.ensure_connection()",
            ),
            (
                f"{GT_PY}/django/db/utils.py",
                91,
                "__exit__",
                "raise dj_exc_value.with_traceback(traceback) from exc_value",
            ),
        ],
        ["django.db.utils.OperationalError: " + refused[0], refused[1]],
    )
    return [
        f"Internal Server Error: {path}",
        *first,
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        *second,
    ]


def glitchtip(r: random.Random) -> list[Log]:
    """Two replicas of GlitchTip 4.0's web container behind a proxy (`docker logs` of each:
    uWSGI's own lines and request log, and Django's log records through a bare StreamHandler),
    06:00 to 12:00: SDK traffic from five projects, the frontend's bad release flooding
    envelopes 08:10-08:25 (workers spawned to the limit), an Android build still reporting to a
    deleted project, PostgreSQL restarted 09:40-09:42, two issue searches killed by harakiri."""
    fs = Files()
    hosts = ["web-1", "web-2"]
    db_down = (at(9, 40, 11), at(9, 44, 48))
    flood = (at(8, 10, 5), at(8, 25, 40))

    # each replica's worker schedule: the busyness cheaper keeps two workers and spawns a third
    # with the morning and a fourth with the flood; one harakiri each
    sched: dict[str, dict] = {}
    for h, dt, hw, hstart in [
        ("web-1", 0, 2, at(10, 31, 40)),
        ("web-2", 190, 1, at(10, 47, 3)),
    ]:
        seq = iter(range(r.randint(180, 260), 9000, r.randint(3, 11)))
        sched[h] = {
            "spawn3": at(7, 38, 12) + sec(dt),
            "spawn4": flood[0] + sec(44 + dt / 10),
            "cheap4": at(8, 56, 30) + sec(dt),
            "cheap3": at(11, 41, 5) + sec(dt),
            "pid3": next(seq),
            "pid4": next(seq),
            "hw": hw,
            "hstart": hstart,
            "hend": hstart + sec(62),
            "hpid": next(seq),
        }

    def workers_at(h: str, t: datetime) -> dict[int, int]:
        s = sched[h]
        ws = {1: 7, 2: 8}
        if t >= s["hend"]:
            ws[s["hw"]] = s["hpid"]
        elif t >= s["hstart"]:
            del ws[s["hw"]]
        if s["spawn3"] <= t < s["cheap3"]:
            ws[3] = s["pid3"]
        if s["spawn4"] <= t < s["cheap4"]:
            ws[4] = s["pid4"]
        return ws

    wreq: dict[tuple[str, int], int] = {(h, 7): r.randint(8000, 9000) for h in hosts}
    wreq.update({(h, 8): r.randint(7000, 8000) for h in hosts})
    total = {h: wreq[(h, 7)] + wreq[(h, 8)] + r.randint(100, 900) for h in hosts}
    busy_until: dict[tuple[str, int], datetime] = {}

    def fname(h: str) -> str:
        return f"glitchtip-{h}.log"

    def U(h: str, t: datetime, label: str, line: str) -> datetime:
        return fs.add(fname(h), t, label, lambda x: [line], (h, "master"), 1_000_000)

    reqs: list[tuple] = []

    def request(
        t: datetime,
        label: str,
        method_path: str,
        addr: str,
        status: int,
        size: int,
        msecs: int,
        headers: tuple[int, int],
        django: list[str] | None = None,
        django_label: str = "",
    ) -> None:
        reqs.append(
            (t, label, method_path, addr, status, size, msecs, headers, django, django_label)
        )

    def emit(spec: tuple) -> None:
        t, label, method_path, addr, status, size, msecs, headers, django, django_label = spec
        h = r.choice(hosts)
        ws = workers_at(h, t)
        free = [w for w in ws if busy_until.get((h, ws[w]), T0) <= t]
        w = r.choice(free or list(ws))
        pid = ws[w]
        wreq[(h, pid)] = wreq.get((h, pid), 0) + 1
        total[h] += 1
        n_w, n_t = wreq[(h, pid)], total[h]
        vars_ = r.randint(36, 52)
        vbytes = r.randint(640, 1300) + len(method_path)
        line = f"[pid: {pid}|app: 0|req: {n_w}/{n_t}] {addr} () {{{vars_} vars in {vbytes} bytes}} [{{}}] {method_path} => generated {size} bytes in {msecs} msecs (HTTP/1.1 {status}) {headers[0]} headers in {headers[1]} bytes (1 switches on core 0)"
        tu = fs.add(
            fname(h),
            t,
            label,
            lambda x: [line.replace("[{}]", f"[{ctime(x)}]")],
            (h, pid),
            1_000_000,
        )
        busy_until[(h, pid)] = tu + sec(msecs / 1000)
        if django:
            lines = list(django)
            fs.add(fname(h), tu - sec(0.000001), django_label, lambda x: lines, (h, pid, "dj"), 1)

    def envelope(t: datetime, project: int) -> None:
        down = db_down[0] <= t < db_down[1]
        status = 500 if down else 200
        size = len(GT_500) if down else 41
        ms = r.randint(6, 40) if not down else r.randint(2, 9)
        if flood[0] <= t < flood[1]:
            ms = r.randint(25, 190)
        if project == 3:
            addr = public_ip(r)
            mp = f"POST /api/3/envelope/?sentry_key={GT_KEYS[3]}&sentry_version=7&sentry_client=sentry.javascript.angular%2F8.7.0"
            label = GT_ENVELOPE_Q.replace("{status}", str(status))
            hdr = (9, 372) if not down else (8, 311)
        else:
            addr = public_ip(r) if project == 5 else r.choice(GT_APP_HOSTS[project])
            mp = f"POST /api/{project}/envelope/"
            label = GT_ENVELOPE.replace("{status}", str(status))
            hdr = (7, 262) if not down else (7, 255)
        if down:
            path = mp.split(" ")[1].split("?")[0]
            request(
                t,
                label,
                mp,
                addr,
                status,
                size,
                ms,
                hdr,
                gt_db_trace(path),
                "Internal Server Error: %s",
            )
        else:
            request(t, label, mp, addr, status, size, ms, hdr)

    # SDK traffic: the backend, the frontend (browser, query-string auth), Android, the worker
    for t in poisson(r, T0, T_END, 18.5):
        project = weighted(r, [(34, 2), (30, 3), (22, 5), (14, 7)])
        envelope(t, project)  # type: ignore[arg-type]
    # the frontend's bad release: a TypeError on every page view until the rollback at 08:25
    for t in poisson(r, flood[0], flood[1], 2.4):
        envelope(t, 3)
    # the legacy PHP app still posts to store/
    for t in poisson(r, T0, T_END, 170.0):
        down = db_down[0] <= t < db_down[1]
        label = GT_REQ.replace("{route}", "POST /api/%s/store/").replace(
            "{status}", "500" if down else "200"
        )
        if down:
            request(
                t,
                label,
                "POST /api/4/store/",
                "10.0.3.40",
                500,
                len(GT_500),
                r.randint(2, 8),
                (7, 255),
                gt_db_trace("/api/4/store/"),
                "Internal Server Error: %s",
            )
        else:
            request(
                t, label, "POST /api/4/store/", "10.0.3.40", 200, 47, r.randint(7, 30), (7, 262)
            )
    # an old Android build still reporting to the deleted project 11
    for t in poisson(r, T0, T_END, 250.0):
        request(
            t,
            GT_REQ.replace("{route}", "POST /api/%s/envelope/").replace("{status}", "401"),
            "POST /api/11/envelope/",
            public_ip(r),
            401,
            26,
            r.randint(3, 12),
            (7, 258),
            ["Unauthorized: /api/11/envelope/"],
            "Unauthorized: %s",
        )
    # the UI: people triaging issues from the office
    issues = [r.randint(18000, 26000) for _ in range(40)]
    gone = r.sample(issues, 3)
    live = [i for i in issues if i not in gone]
    DETAIL = GT_REQ.replace("{route}", "GET /api/0/issues/%s/")
    LATEST = GT_REQ.replace("{route}", "GET /api/0/issues/%s/events/latest/").replace(
        "{status}", "200"
    )
    for t in poisson(r, at(6, 40), at(11, 55), 72.0):
        if db_down[0] - sec(5) <= t < db_down[1] + sec(5):
            continue
        who = r.choice(GT_OFFICE)
        kind = weighted(r, [(40, "list"), (30, "detail"), (22, "latest"), (8, "resolve")])
        if kind == "list":
            q = r.choice(["is%3Aunresolved", "is%3Aunresolved+is%3Aassigned", "is%3Aresolved"])
            proj = r.choice([2, 3, 5, 7])
            request(
                t,
                GT_REQ.replace(
                    "{route}", "GET /api/0/organizations/%s/issues/?query=%s&project=%s&limit=%s"
                ).replace("{status}", "200"),
                f"GET /api/0/organizations/{GT_ORG}/issues/?query={q}&project={proj}&limit=25",
                who,
                200,
                r.randint(9000, 42000),
                r.randint(70, 880),
                (9, 418),
            )
        elif kind == "detail":
            iid = r.choice(issues)
            if iid in gone:
                request(
                    t,
                    DETAIL.replace("{status}", "404"),
                    f"GET /api/0/issues/{iid}/",
                    who,
                    404,
                    23,
                    r.randint(8, 25),
                    (8, 301),
                    [f"Not Found: /api/0/issues/{iid}/"],
                    "Not Found: %s",
                )
            else:
                request(
                    t,
                    DETAIL.replace("{status}", "200"),
                    f"GET /api/0/issues/{iid}/",
                    who,
                    200,
                    r.randint(2800, 9100),
                    r.randint(30, 210),
                    (8, 301),
                )
                if r.random() < 0.7:
                    request(
                        t + sec(r.uniform(0.2, 0.8)),
                        LATEST,
                        f"GET /api/0/issues/{iid}/events/latest/",
                        who,
                        200,
                        r.randint(11000, 64000),
                        r.randint(40, 320),
                        (8, 301),
                    )
        elif kind == "latest":
            iid = r.choice(live)
            request(
                t,
                LATEST,
                f"GET /api/0/issues/{iid}/events/latest/",
                who,
                200,
                r.randint(11000, 64000),
                r.randint(40, 320),
                (8, 301),
            )
        else:
            iid = r.choice(live)
            request(
                t,
                GT_REQ.replace("{route}", "PUT /api/0/organizations/%s/issues/?id=%s").replace(
                    "{status}", "200"
                ),
                f"PUT /api/0/organizations/{GT_ORG}/issues/?id={iid}",
                who,
                200,
                r.randint(30, 60),
                r.randint(20, 90),
                (8, 301),
            )
    # a member without the admin role opens the members page a few times
    for t in [at(7, 12, 40), at(7, 12, 51), at(10, 3, 7), at(10, 3, 19)]:
        request(
            t,
            GT_REQ.replace("{route}", "GET /api/0/organizations/%s/members/").replace(
                "{status}", "403"
            ),
            f"GET /api/0/organizations/{GT_ORG}/members/",
            "81.2.69.171",
            403,
            63,
            r.randint(9, 30),
            (8, 301),
            [f"Forbidden: /api/0/organizations/{GT_ORG}/members/"],
            "Forbidden: %s",
        )
    for spec in sorted(reqs, key=lambda x: x[0]):
        emit(spec)

    # uWSGI's busyness cheaper lines, and the harakiri
    SPAWN = "[busyness] %llus average busyness is at %llu%%, will spawn %d new worker(s)"
    CHEAP = "[busyness] %llus average busyness is at %llu%%, cheap one of %d running workers"
    FULL = "[busyness] %llus average busyness is at %llu%% but we already started maximum number of workers available with current limits (%d)"
    for h in hosts:
        s = sched[h]
        for w, key, pct in [(3, "spawn3", r.randint(52, 61)), (4, "spawn4", r.randint(88, 97))]:
            t = U(
                h,
                s[key] - sec(0.02),
                SPAWN,
                f"[busyness] 30s average busyness is at {pct}%, will spawn 1 new worker(s)",
            )
            U(
                h,
                t + sec(0.01),
                "spawned uWSGI worker %d (pid: %d, cores: %d)",
                f"spawned uWSGI worker {w} (pid: {s[f'pid{w}']}, cores: 1)",
            )
        t = s["spawn4"] + sec(36)
        while t < flood[1] - sec(20):
            U(
                h,
                t,
                FULL,
                f"[busyness] 30s average busyness is at {r.randint(96, 100)}% but we already started maximum number of workers available with current limits (4)",
            )
            t += sec(r.uniform(31, 75))
        for w, key, n in [(4, "cheap4", 4), (3, "cheap3", 3)]:
            t = U(
                h,
                s[key] - sec(0.4),
                CHEAP,
                f"[busyness] 30s average busyness is at {r.randint(4, 18)}%, cheap one of {n} running workers",
            )
            U(
                h,
                t + sec(0.3),
                "worker %d killed successfully (pid: %d)",
                f"worker {w} killed successfully (pid: {s[f'pid{w}']})",
            )
            U(h, t + sec(0.31), "uWSGI worker %d cheaped.", f"uWSGI worker {w} cheaped.")
        w, pid = s["hw"], {1: 7, 2: 8}[s["hw"]]
        path = f"/api/0/organizations/{GT_ORG}/issues/?query=is%3Aunresolved+TypeError+map&project=3&limit=25&sort=priority"
        t = s["hstart"] + sec(61)
        t = U(
            h,
            t,
            "*** HARAKIRI ON WORKER %d (pid: %d, try: %d, graceful: %s) ***",
            f"{ctime(t)} - *** HARAKIRI ON WORKER {w} (pid: {pid}, try: 1, graceful: no) ***",
        )
        t = U(h, t, "%s !!! worker %d status !!!", f"HARAKIRI !!! worker {w} status !!!")
        t = U(
            h,
            t,
            "%s [core %d] %.*s - %.*s %.*s since %llu",
            f"HARAKIRI [core 0] {GT_OFFICE[0]} - GET {path} since {int(s['hstart'].timestamp())}",
        )
        t = U(
            h, t, "%s !!! end of worker %d status !!!", f"HARAKIRI !!! end of worker {w} status !!!"
        )
        t = U(
            h,
            t,
            "DAMN ! worker %d (pid: %d) died, killed by signal %d :( trying respawn ...",
            f"DAMN ! worker {w} (pid: {pid}) died, killed by signal 9 :( trying respawn ...",
        )
        U(
            h,
            t,
            "Respawned uWSGI worker %d (new pid: %d)",
            f"Respawned uWSGI worker {w} (new pid: {s['hpid']})",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- matomo

MT_SITES = {
    # id: (segments, visits so far today at 06:00, visits per hour, week before today, month before, year before)
    1: (["", "visitorType==returning", "deviceType==smartphone"], 820, 740, 31420, 38950, 812300),
    2: (["", "referrerType==campaign"], 210, 260, 9870, 11240, 251440),
    3: ([""], 95, 130, 5120, 5610, 130980),
    4: ([""], 12, 40, 1480, 1502, 38710),
}
MT_SEG_SHARE = {
    "": 1.0,
    "visitorType==returning": 0.38,
    "deviceType==smartphone": 0.55,
    "referrerType==campaign": 0.21,
}
MT_WARN_TAIL = " - Matomo 5.0.3 - Please report this message in the Matomo forums: https://forum.matomo.org (please do a search first as it might have been reported already)"


def matomo(r: random.Random) -> list[Log]:
    """Matomo 5.0.3 on one host: the cron's core:archive output every ten minutes (`archive.log`)
    and Matomo's own file log at WARN (`matomo.log`), 06:00 to 12:00: four sites, five segments;
    MySQL out of connections 08:28-08:52 under a newsletter's traffic; the main site's yearly
    smartphone segment over PHP's memory limit 10:20-10:40."""
    fs = Files()
    pid = [r.randint(40000, 42000)]
    crunch = (at(8, 28, 10), at(8, 52, 30))
    oom = (at(10, 15), at(10, 45))
    SEP = "---------------------------"

    def A(t: datetime, label: str, msg: str, level: str = "INFO") -> datetime:
        p = pid[0]
        return fs.add(
            "archive.log",
            t,
            label,
            lambda x: [f"{level} [{x:%Y-%m-%d %H:%M:%S}] {p}  {msg}"],
            ("archive", p),
            1_000_000,
        )

    def visits(site: int, seg: str, t: datetime) -> tuple[int, int, int, int]:
        _segs, base, per_h, wk, mo, yr = MT_SITES[site]
        hours = (t - T0).total_seconds() / 3600
        day = int((base + per_h * hours * (1.35 if crunch[0] <= t else 1.0)) * MT_SEG_SHARE[seg])
        day += r.randint(0, 4)
        return (
            day,
            int(wk * MT_SEG_SHARE[seg]) + day,
            int(mo * MT_SEG_SHARE[seg]) + day,
            int(yr * MT_SEG_SHARE[seg]) + day,
        )

    for k in range(36):
        start = T0 + sec(600 * k + r.uniform(0.6, 1.4))
        pid[0] += r.randint(180, 900)
        t = A(start, SEP, SEP)
        t = A(t, "INIT", "INIT")
        t = A(t, "Running Matomo %s as Super User", "Running Matomo 5.0.3 as Super User")
        t = A(t, SEP, SEP)
        t = A(t, "NOTES", "NOTES")
        t = A(
            t,
            "- Async process archiving supported, using CliMulti.",
            "- Async process archiving supported, using CliMulti.",
        )
        t = A(
            t,
            "- Reports for today will be processed at most every %s seconds. You can change this value in Matomo UI > Settings > General Settings.",
            "- Reports for today will be processed at most every 600 seconds. You can change this value in Matomo UI > Settings > General Settings.",
        )
        t = A(t, SEP, SEP)
        t = A(t, "START", "START")
        t = A(t, "Starting Matomo reports archiving...", "Starting Matomo reports archiving...")
        run0 = t
        errors: list[str] = []
        n_archives = 0
        n_req = 0
        for i, site in enumerate(sorted(MT_SITES), 1):
            segs = MT_SITES[site][0]
            t = A(
                t + sec(r.uniform(0.05, 0.4)),
                "Start processing archives for site %s.",
                f"Start processing archives for site {site}.",
            )
            t = A(
                t,
                "  Will invalidate archived reports for today in site ID = %s's timezone (%s).",
                f"  Will invalidate archived reports for today in site ID = {site}'s timezone (2024-06-07 00:00:00).",
            )
            site_start = t
            reqs = 0
            for seg in segs:
                vd, vw, vm, vy = visits(site, seg, t)
                for period, date, v, lo, hi in [
                    ("day", "2024-06-07", vd, 0.6, 3.8),
                    ("week", "2024-06-03", vw, 1.1, 5.9),
                    ("month", "2024-06-01", vm, 1.8, 8.7),
                    ("year", "2024-01-01", vy, 3.9, 19.5),
                ]:
                    el = r.uniform(lo, hi) * (0.45 if seg else 1.0) * (1.3 if site == 1 else 0.7)
                    reqs += 1
                    t += sec(el / 2.6)
                    url = f"?module=API&method=CoreAdminHome.archiveReports&idSite={site}&period={period}&date={date}&format=json"
                    if seg:
                        url += "&segment=" + seg.replace("==", "%3D%3D")
                    url += "&trigger=archivephp"
                    bad = None
                    if (
                        site == 1
                        and seg == "deviceType==smartphone"
                        and period == "year"
                        and oom[0] <= t < oom[1]
                    ):
                        bad = (
                            "Got invalid response from API request: %s. Response was 'PHP Fatal error:  Allowed memory size of %s bytes exhausted (tried to allocate %s bytes) in %s on line %s'",
                            f"Got invalid response from API request: {url}. Response was 'PHP Fatal error:  Allowed memory size of 536870912 bytes exhausted (tried to allocate {r.choice([20480, 65536, 4096])} bytes) in /var/www/matomo/core/DataTable/Row.php on line 434'",
                        )
                    elif crunch[0] <= t < crunch[1] and r.random() < 0.3:
                        bad = (
                            "Got invalid response from API request: %s. Response was 'SQLSTATE[HY000] [%s] Too many connections'",
                            f"Got invalid response from API request: {url}. Response was 'SQLSTATE[HY000] [1040] Too many connections'",
                        )
                    if bad:
                        t = A(t, bad[0], bad[1], "ERROR")
                        errors.append(bad[1])
                    else:
                        n_archives += 1
                        t = A(
                            t,
                            "Archived website id %s, period = %s, date = %s, segment = '%s', %s visits found. Time elapsed: %ss",
                            f"Archived website id {site}, period = {period}, date = {date}, segment = '{seg}', {v} visits found. Time elapsed: {el:.3f}s",
                        )
            n_req += reqs
            el_site = (t - site_start).total_seconds() + r.uniform(0.05, 0.3)
            t = A(
                t + sec(0.05),
                "Finished archiving for site %s, %s API requests, Time elapsed: %ss [%s / %s done]",
                f"Finished archiving for site {site}, {reqs} API requests, Time elapsed: {el_site:.3f}s [{i} / {len(MT_SITES)} done]",
            )
        t = A(
            t + sec(0.02),
            "No more sites left to archive, stopping.",
            "No more sites left to archive, stopping.",
        )
        t = A(t, "Done archiving!", "Done archiving!")
        t = A(t, SEP, SEP)
        t = A(t, "SUMMARY", "SUMMARY")
        t = A(t, "Processed %s archives.", f"Processed {n_archives} archives.")
        t = A(t, "Total API requests: %s", f"Total API requests: {n_req}")
        el_run = (t - run0).total_seconds()
        if errors:
            t = A(
                t,
                "done: %s req, %s ms, %s errors.",
                f"done: {n_req} req, {int(el_run * 1000)} ms, {len(errors)} errors.",
            )
        else:
            t = A(
                t,
                "done: %s req, %s ms, no error",
                f"done: {n_req} req, {int(el_run * 1000)} ms, no error",
            )
        t = A(t, "Time elapsed: %ss", f"Time elapsed: {el_run + 0.21:.3f}s")
        t = A(t, SEP, SEP)
        t = A(t, "SCHEDULED TASKS", "SCHEDULED TASKS")
        t = A(t, "Starting Scheduled tasks... ", "Starting Scheduled tasks... ")
        t = A(t + sec(r.uniform(0.05, 2.5) if start.minute == 0 else 0.02), "done", "done")
        t = A(t, SEP, SEP)
        if errors:
            A(
                t,
                "%s total errors during this script execution, please investigate and try and fix these errors.",
                f"{len(errors)} total errors during this script execution, please investigate and try and fix these errors.",
                "ERROR",
            )

    # matomo.log: PHP warnings from the tracker and the UI, and the connection crunch
    def M(t: datetime, level: str, tag: str, label: str, msg: str) -> None:
        rid = hexid(r, 5)
        fs.add(
            "matomo.log",
            t,
            label,
            lambda x: [f"{level} {tag}[{x:%Y-%m-%d %H:%M:%S} UTC] [{rid}] {msg}"],
            ("fpm", rid),
            1_000_000,
        )

    WARN = (
        '%s(%s): Warning - Undefined array key "%s"'
        + " - Matomo %s - Please report this message in the Matomo forums: https://forum.matomo.org (please do a search first as it might have been reported already)"
    )
    for t in poisson(r, T0, T_END, 68.0):
        if crunch[0] <= t < crunch[1]:
            continue
        if r.random() < 0.8:
            M(
                t,
                "WARNING",
                "UserCountry",
                WARN,
                '/var/www/matomo/plugins/UserCountry/LocationProvider/GeoIp2/Php.php(253): Warning - Undefined array key "subdivisions"'
                + MT_WARN_TAIL,
            )
        else:
            M(
                t,
                "WARNING",
                "Referrers",
                WARN,
                '/var/www/matomo/plugins/Referrers/Columns/Base.php(306): Warning - Undefined array key "host"'
                + MT_WARN_TAIL,
            )
    for t in poisson(r, crunch[0], crunch[1], 38.0):
        M(
            t,
            "ERROR",
            r.choice(["CoreHome", "CoreHome", "Widgetize", "API"]),
            "Uncaught exception: %s(%s): SQLSTATE[HY000] [%s] Too many connections",
            "Uncaught exception: /var/www/matomo/core/Db/Adapter/Pdo/Mysql.php(91): SQLSTATE[HY000] [1040] Too many connections",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- mautic

MA_V = "/var/www/html/vendor"
MA_APP = "/var/www/html/docroot/app/bundles"
MA_KERNEL_FRAMES = [
    f"{MA_V}/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\\\Component\\\\HttpKernel\\\\EventListener\\\\RouterListener->onKernelRequest()",
    f"{MA_V}/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\\\Component\\\\EventDispatcher\\\\EventDispatcher::Symfony\\\\Component\\\\EventDispatcher\\\\{{closure}}()",
    f"{MA_V}/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\\\Component\\\\EventDispatcher\\\\EventDispatcher->callListeners()",
    f"{MA_V}/symfony/http-kernel/HttpKernel.php(139): Symfony\\\\Component\\\\EventDispatcher\\\\EventDispatcher->dispatch()",
    f"{MA_V}/symfony/http-kernel/HttpKernel.php(75): Symfony\\\\Component\\\\HttpKernel\\\\HttpKernel->handleRaw()",
    f"{MA_V}/symfony/http-kernel/Kernel.php(202): Symfony\\\\Component\\\\HttpKernel\\\\HttpKernel->handle()",
    "/var/www/html/docroot/app/AppKernel.php(104): Symfony\\\\Component\\\\HttpKernel\\\\Kernel->handle()",
    f"{MA_V}/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()",
    f"{MA_V}/autoload_runtime.php(29): Symfony\\\\Component\\\\Runtime\\\\Runner\\\\Symfony\\\\HttpKernelRunner->run()",
    "/var/www/html/docroot/index.php(9): require_once()",
]


def ma_trace(frames: list[str]) -> list[str]:
    return (
        ["[stacktrace]"]
        + [f"#{i} {f}" for i, f in enumerate(frames)]
        + [f"#{len(frames)} {{main}}"]
    )


def ma_notfound(host: str, method: str, path: str, referer: str) -> tuple[str, list[str]]:
    """Symfony's ErrorListener line for a route miss, with Monolog's full trace (Mautic's
    FulltraceFormatter keeps the JSON context's line breaks)."""
    msg = f'No route found for "{method} https://{host}{path}"'
    if referer:
        msg += f' (from "{referer}")'
    esc = msg.replace('"', '\\"')
    first = (
        f'mautic.ERROR: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "{msg}" at {MA_V}/symfony/http-kernel/EventListener/RouterListener.php line 135 '
        f'{{"exception":"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\NotFoundHttpException(code: 0): {esc} at {MA_V}/symfony/http-kernel/EventListener/RouterListener.php:135)'
    )
    rest = [
        *ma_trace(MA_KERNEL_FRAMES),
        "",
        f'[previous exception] [object] (Symfony\\\\Component\\\\Routing\\\\Exception\\\\ResourceNotFoundException(code: 0): No routes found for \\"{path}\\". at {MA_V}/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)',
        *ma_trace(
            [
                f"{MA_V}/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\\\Bundle\\\\FrameworkBundle\\\\Routing\\\\RedirectableCompiledUrlMatcher->doMatch()",
                f"{MA_V}/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\\\Bundle\\\\FrameworkBundle\\\\Routing\\\\RedirectableCompiledUrlMatcher->match()",
                f"{MA_V}/symfony/routing/Router.php(246): Symfony\\\\Component\\\\Routing\\\\Matcher\\\\UrlMatcher->matchRequest()",
                f"{MA_V}/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\\\Component\\\\Routing\\\\Router->matchRequest()",
                f"{MA_V}/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\\\Cmf\\\\Component\\\\Routing\\\\ChainRouter->matchRequest()",
                *MA_KERNEL_FRAMES,
            ]
        ),
        '"} []',
    ]
    return first, rest


def ma_dbfail() -> tuple[str, list[str]]:
    msg = "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused"
    first = (
        f'mautic.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: "{msg}" at {MA_V}/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 '
        f'{{"exception":"[object] (Doctrine\\\\DBAL\\\\Exception\\\\ConnectionException(code: 2002): {msg} at {MA_V}/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)'
    )
    frames = [
        f"{MA_V}/doctrine/dbal/src/Connection.php(1939): Doctrine\\\\DBAL\\\\Driver\\\\API\\\\MySQL\\\\ExceptionConverter->convert()",
        f"{MA_V}/doctrine/dbal/src/Connection.php(1881): Doctrine\\\\DBAL\\\\Connection->handleDriverException()",
        f"{MA_V}/doctrine/dbal/src/Connection.php(350): Doctrine\\\\DBAL\\\\Connection->convertExceptionDuringConnect()",
        f"{MA_V}/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\\\DBAL\\\\Connection->connect()",
        f"{MA_V}/doctrine/dbal/src/Connection.php(1457): Doctrine\\\\DBAL\\\\Connections\\\\PrimaryReadReplicaConnection->connect()",
        f"{MA_V}/doctrine/dbal/src/Connection.php(1057): Doctrine\\\\DBAL\\\\Connection->getWrappedConnection()",
        f"{MA_V}/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\\\DBAL\\\\Connection->executeQuery()",
        f"{MA_V}/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\\\ORM\\\\Query\\\\Exec\\\\SingleSelectExecutor->execute()",
        f"{MA_V}/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\\\ORM\\\\Query->_doExecute()",
        f"{MA_V}/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\\\ORM\\\\AbstractQuery->executeIgnoreQueryCache()",
        f"{MA_V}/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\\\ORM\\\\AbstractQuery->execute()",
        f"{MA_APP}/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\\\ORM\\\\AbstractQuery->getResult()",
        f"{MA_APP}/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\\\CoreBundle\\\\Entity\\\\IpAddressRepository->getIpAddress()",
        f"{MA_APP}/PageBundle/Model/PageModel.php(592): Mautic\\\\CoreBundle\\\\Helper\\\\IpLookupHelper->getIpAddress()",
        f"{MA_APP}/PageBundle/Controller/PublicController.php(392): Mautic\\\\PageBundle\\\\Model\\\\PageModel->hitPage()",
        f"{MA_V}/symfony/http-kernel/HttpKernel.php(163): Mautic\\\\PageBundle\\\\Controller\\\\PublicController->trackingAction()",
        *MA_KERNEL_FRAMES[4:],
    ]
    rest = [
        *ma_trace(frames),
        "",
        f"[previous exception] [object] (Doctrine\\\\DBAL\\\\Driver\\\\PDO\\\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at {MA_V}/doctrine/dbal/src/Driver/PDO/Exception.php:28)",
        *ma_trace(
            [
                f"{MA_V}/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\\\DBAL\\\\Driver\\\\PDO\\\\Exception::new()",
                f"{MA_V}/doctrine/dbal/src/Connection.php(348): Doctrine\\\\DBAL\\\\Driver\\\\PDO\\\\MySQL\\\\Driver->connect()",
                *frames[3:],
            ]
        ),
        "",
        f"[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at {MA_V}/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)",
        *ma_trace(
            [
                f"{MA_V}/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()",
                f"{MA_V}/doctrine/dbal/src/Connection.php(348): Doctrine\\\\DBAL\\\\Driver\\\\PDO\\\\MySQL\\\\Driver->connect()",
                *frames[3:],
            ]
        ),
        '"} []',
    ]
    return first, rest


def ma_bar(cur: int, mx: int) -> str:
    """Symfony's ProgressBar `normal` format on a non-decorated output."""
    w = 28
    filled = int(w * cur / mx) if mx else w
    bar = "=" * filled + (">" if filled < w else "") + "-" * max(0, w - filled - 1)
    return f" {str(cur).rjust(len(str(mx)))}/{mx} [{bar}] {int(100 * cur / mx):3d}%"


MA_SYNOPSIS = {
    "mautic:segments:update": "mautic:segments:update [-b|--batch-limit [BATCH-LIMIT]] [-x|--max-contacts [MAX-CONTACTS]] [-i|--list-id [LIST-ID]] [--min-contact-id [MIN-CONTACT-ID]] [--max-contact-id [MAX-CONTACT-ID]] [-t|--timing] [--exclude [EXCLUDE]] [--skip-old] [-f|--force] [--bypass-locking]",
    "mautic:campaigns:trigger": "mautic:campaigns:trigger [-i|--campaign-id [CAMPAIGN-ID]] [--contact-id [CONTACT-ID]] [--contact-ids [CONTACT-IDS]] [--min-contact-id [MIN-CONTACT-ID]] [--max-contact-id [MAX-CONTACT-ID]] [--thread-id [THREAD-ID]] [--max-threads [MAX-THREADS]] [--kickoff-only] [--scheduled-only] [--inactive-only] [--batch-limit [BATCH-LIMIT]] [--exclude [EXCLUDE]] [-f|--force]",
}


def mautic(r: random.Random) -> list[Log]:
    """Mautic 5.0.4 on one host: its own log (`mautic_prod-2024-06-07.php`, the `mautic`
    channel's Monolog lines) and the crontab's output appended to `cron.log` (segments every 15
    minutes, campaign membership every 15, campaign events every 10), 06:00 to 12:00: scanners'
    route misses, PHP warnings from tracking hits, a long rebuild of the inactive segment at
    06:00, a webinar form filling segment 4 at 07:30 and its follow-up campaign, MySQL restarted
    08:29-08:33, the SMTP relay unreachable 10:05-10:35."""
    fs = Files()
    db_down = (at(8, 29, 40), at(8, 33, 20))
    smtp_down = (at(10, 5), at(10, 35))
    host = "mautic.example.com"

    def M(t: datetime, label: str, first: str, rest: list[str] | None = None) -> datetime:
        more = list(rest or [])
        return fs.add(
            "mautic_prod-2024-06-07.php",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {first}", *more],
            ("php", r.randint(1, 40)),
            1_000_000,
        )

    # cron.log: no timestamps; each command's lines in order, offsets keep the runs apart
    cron: list[tuple[datetime, str | None, str]] = []

    def C(t: datetime, label: str | None, line: str) -> datetime:
        cron.append((t, label, line))
        return t + sec(0.001)

    def rebuild(t: datetime, what: str, ident: int, batch: int, add: int, rem: int) -> datetime:
        t = C(t, f"Rebuilding contacts for {what} %s", f"Rebuilding contacts for {what} {ident}")
        for n, verb in [(add, "added"), (rem, "removed")]:
            t = C(
                t + sec(0.05),
                f"%s total contact(s) to be {verb} in batches of %s",
                f"{n} total contact(s) to be {verb} in batches of {batch}",
            )
            if n:
                t = C(t, " %s/%s [%s] %s%", ma_bar(0, n))
                done = 0
                while done < n:
                    done = min(n, done + batch)
                    t += sec(r.uniform(150, 240) if n > 1000 else r.uniform(0.2, 0.9))
                    t = C(t, " %s/%s [%s] %s%", ma_bar(done, n))
        t = C(t + sec(0.01), "%s contact(s) affected", f"{add + rem} contact(s) affected")
        return C(t, None, "")

    def console_error(t: datetime, command: str) -> None:
        msg = "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused"
        lines: list[str] = [""]
        for where, m in [
            ("In ExceptionConverter.php line 103:", msg),
            ("In Exception.php line 28:", "SQLSTATE[HY000] [2002] Connection refused"),
            ("In Driver.php line 34:", "SQLSTATE[HY000] [2002] Connection refused"),
        ]:
            box = " " * (len(m) + 4)
            lines += [where, box, f"  {m}  ", box, ""]
        lines += [MA_SYNOPSIS[command], ""]
        t = C(t, None, lines[0])
        t = C(t, "In %s line %s:", lines[1])
        for ln in lines[2:]:
            t = C(t, None, ln)

    # segment membership: 1 newsletter, 3 trial users, 4 webinar june, 6 inactive 90 days
    busy_until = T0
    for k in range(24):
        t = T0 + sec(900 * k + r.uniform(0.8, 2.5))
        if db_down[0] <= t < db_down[1]:
            console_error(t, "mautic:segments:update")
            continue
        if t < busy_until:
            C(
                t,
                "Script in progress. Can force execution by using --force.",
                "Script in progress. Can force execution by using --force.",
            )
            continue
        for seg in [1, 3, 4, 6]:
            add = rem = 0
            if seg == 1:
                add, rem = r.choice([0, 0, 0, 1, 2, 3]), r.choice([0, 0, 0, 0, 1])
            elif seg == 3:
                add = r.choice([0, 0, 1, 1, 2])
            elif seg == 4 and t.hour == 7 and t.minute == 30:
                add = 31
            elif seg == 4:
                add = r.choice([0, 0, 0, 0, 0, 1])
            elif seg == 6 and k == 0:
                rem = 4127
            elif seg == 6:
                add = r.choice([0, 0, 0, 0, 0, 0, 1])
            t = rebuild(t + sec(r.uniform(0.2, 1.5)), "segment", seg, 900, add, rem)
        busy_until = t
    # campaign membership: 2 trial onboarding (segment 3), 5 webinar follow-up (segment 4)
    for k in range(24):
        t = T0 + sec(300 + 900 * k + r.uniform(0.8, 2.5))
        for camp in [2, 5]:
            add = 0
            if camp == 2:
                add = r.choice([0, 0, 1, 1, 2])
            elif t.hour == 7 and t.minute == 35:
                add = 31
            t = rebuild(t + sec(r.uniform(0.2, 1.2)), "campaign", camp, 300, add, 0)
    # campaign events
    EXEC = {1: "%s total event was executed", 0: "%s total events were executed"}
    SCHED = {1: "%s total event was scheduled", 0: "%s total events were scheduled"}
    mail_fail: list[datetime] = []
    for k in range(36):
        t = T0 + sec(600 * k + r.uniform(0.8, 2.5))
        if db_down[0] <= t < db_down[1]:
            console_error(t + sec(0.4), "mautic:campaigns:trigger")
            continue
        for camp in [2, 5]:
            t = C(
                t + sec(r.uniform(0.2, 0.8)),
                "Triggering events for campaign %s",
                f"Triggering events for campaign {camp}",
            )
            for phase in ["kickoff", "scheduled", "inactive"]:
                if phase == "kickoff":
                    t = C(
                        t,
                        "Triggering events for newly added contacts",
                        "Triggering events for newly added contacts",
                    )
                    n = (
                        (31 if (camp == 5 and t.hour == 7 and t.minute == 40) else 0)
                        if camp == 5
                        else r.choice([0, 0, 1, 1, 2])
                    )
                    ex, sc = n, n
                elif phase == "scheduled":
                    t = C(t, "Triggering scheduled events", "Triggering scheduled events")
                    n = (
                        r.choice([0, 0, 0, 1, 2, 3])
                        if camp == 2
                        else (31 if (t.hour == 10 and t.minute == 20) else 0)
                    )
                    ex, sc = n, 0
                else:
                    t = C(
                        t,
                        "Triggering events for inactive contacts",
                        "Triggering events for inactive contacts",
                    )
                    n = r.choice([0, 0, 0, 0, 1]) if camp == 2 else 0
                    ex, sc = 0, n
                t = C(
                    t + sec(0.05),
                    "%s total events(s) to be processed in batches of %s contacts",
                    f"{n} total events(s) to be processed in batches of 100 contacts",
                )
                if n:
                    t = C(t, " %s/%s [%s] %s%", ma_bar(0, n))
                    t += sec(r.uniform(0.4, 3.0) * (1 + n / 10))
                    t = C(t, " %s/%s [%s] %s%", ma_bar(n, n))
                    if ex and smtp_down[0] <= t < smtp_down[1]:
                        mail_fail += [t - sec(r.uniform(0.1, 2.0)) for _ in range(ex)]
                t = C(t, None, "")
                t = C(
                    t,
                    EXEC[int(ex == 1)],
                    f"{ex} total {'event was' if ex == 1 else 'events were'} executed",
                )
                t = C(
                    t,
                    SCHED[int(sc == 1)],
                    f"{sc} total {'event was' if sc == 1 else 'events were'} scheduled",
                )
                t = C(t, None, "")
    log = Log("cron.log", T0)
    for _t, label, line in sorted(cron, key=lambda x: x[0]):
        log.add(line, label)

    # the mautic channel: route misses, tracking warnings, the DB restart, the SMTP relay
    for t in mail_fail:
        M(
            t,
            '[MAIL ERROR] Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection timed out)',
            'mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []',
        )
    SCAN = [
        "/wp-login.php",
        "/.env",
        "/xmlrpc.php",
        "/wp-admin/setup-config.php",
        "/.git/config",
        "/phpinfo.php",
        "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
        "/admin/.env",
        "/config.json",
        "/server-status",
    ]
    for t in poisson(r, T0, T_END, 190.0):
        path = r.choice(SCAN)
        first, rest = ma_notfound(
            host,
            r.choice(["GET", "GET", "GET", "POST"])
            if "eval" in path or "xmlrpc" in path
            else "GET",
            path,
            "",
        )
        M(t, 'Uncaught PHP Exception %s: "No route found for "%s %s"" at %s line %s', first, rest)
    # an old landing page link on the website
    for t in poisson(r, at(6, 30), at(11, 50), 1500.0):
        first, rest = ma_notfound(
            host, "GET", "/webinar-may-2024", "https://www.example.com/events"
        )
        M(
            t,
            'Uncaught PHP Exception %s: "No route found for "%s %s" (from "%s")" at %s line %s',
            first,
            rest,
        )
    W1 = 'PHP Warning - Undefined array key "%s" - in file %s - at line %s'
    W2 = "PHP Warning - Trying to access array offset on value of type %s - in file %s - at line %s"
    for t in poisson(r, T0, T_END, 62.0):
        if db_down[0] <= t < db_down[1]:
            continue
        if r.random() < 0.72:
            M(
                t,
                W1,
                f'mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file {MA_APP}/PageBundle/Model/PageModel.php - at line 853 [] []',
            )
        else:
            M(
                t,
                W2,
                f"mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file {MA_APP}/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []",
            )
    for t in poisson(r, db_down[0], db_down[1], 9.0):
        first, rest = ma_dbfail()
        M(
            t,
            'Uncaught PHP Exception %s: "An exception occurred in the driver: SQLSTATE[HY000] [%s] Connection refused" at %s line %s',
            first,
            rest,
        )
    return [*fs.logs(T0), log]


# -------------------------------------------------------------------------------- awstats

AW_SITES = {
    # config: (log lines at 06:00, requests per hour at 06:00, per hour at 12:00)
    "blog.example.org": (9120, 610, 1480),
    "docs.example.org": (14850, 980, 2240),
    "shop.example.org": (22310, 1530, 3960),
    "www.example.org": (31270, 2120, 5310),
}


def awstats(r: random.Random) -> list[Log]:
    """AWStats 7.8 on a Debian 12 web server (the brief's Umami replaced: its container writes
    a start-up banner and little else), `awstats_updateall.pl now` from cron every ten minutes
    appended to `awstats-update.log`: four nginx virtual hosts, 06:00 to 12:00; the daily log
    rotation at 06:25, a crawler on the shop 07:40-08:05 (history flushes), the docs host's log
    renamed in an nginx change at 09:12 (the config still names the old file) and fixed at
    10:48, a monitoring probe's malformed requests as corrupted records."""
    log = Log("awstats-update.log", T0)
    lines_in = {c: v[0] for c, v in AW_SITES.items()}
    rotate = at(6, 25, 2)
    crawl = (at(7, 40), at(8, 5))
    docs_gone = (at(9, 12, 30), at(10, 48))
    fixed_docs = [False]
    last = {c: T0 - sec(600) for c in AW_SITES}

    def A(label: str | None, text: str) -> None:
        log.add(text, label)

    def rate(c: str, t: datetime) -> float:
        _n, lo, hi = AW_SITES[c]
        f = (t - T0).total_seconds() / (T_END - T0).total_seconds()
        return lo + (hi - lo) * f

    for k in range(36):
        t = T0 + sec(600 * k)
        for c in sorted(AW_SITES):
            cmd = f'"/usr/lib/cgi-bin/awstats.pl" -update -config={c} -configdir="/etc/awstats"'
            A("Running '%s' to update config %s", f"Running '{cmd}' to update config {c}")
            A(
                'Create/Update database for config "%s" by AWStats version %s',
                f'Create/Update database for config "/etc/awstats/awstats.{c}.conf" by AWStats version 7.8 (build 20200416)',
            )
            logfile = f"/var/log/nginx/{c}.access.log"
            A('From data in log file "%s"...', f'From data in log file "{logfile}"...')
            if c == "docs.example.org" and docs_gone[0] <= t < docs_gone[1]:
                A(
                    'Error: Couldn\'t open server log file "%s" : %s',
                    f'Error: Couldn\'t open server log file "{logfile}" : No such file or directory',
                )
                A(
                    None,
                    f"Setup ('/etc/awstats/awstats.{c}.conf' file, web server or permissions) may be wrong.",
                )
                A(
                    None,
                    "Check config file, permissions and AWStats documentation (in 'docs' directory).",
                )
                A(None, "")
                continue
            span = (t - last[c]).total_seconds() / 3600
            new = int(rate(c, t) * span * r.uniform(0.85, 1.15))
            if c == "shop.example.org" and crawl[0] <= t < crawl[1] + sec(600):
                new += r.randint(21000, 26000)
            jumped = lines_in[c]
            restart = False
            if last[c] < rotate <= t:
                restart = True
                new = int(rate(c, t) * (t - rotate).total_seconds() / 3600)
            if c == "docs.example.org" and not fixed_docs[0] and t >= docs_gone[1]:
                fixed_docs[0] = True
                restart = True
                new = int(rate(c, t) * (t - docs_gone[0]).total_seconds() / 3600)
            A(
                "Phase 1 : First bypass old records, searching new record...",
                "Phase 1 : First bypass old records, searching new record...",
            )
            A(
                "Direct access after last parsed record (after line %s)",
                f"Direct access after last parsed record (after line {jumped})",
            )
            if restart:
                A(
                    "Direct access to last remembered record is out of file.",
                    "Direct access to last remembered record is out of file.",
                )
                A(
                    "So searching it from beginning of log file...",
                    "So searching it from beginning of log file...",
                )
                jumped = 0
            if new:
                A(
                    "Phase 2 : Now process new records (Flush history on disk after %s hosts)...",
                    "Phase 2 : Now process new records (Flush history on disk after 20000 hosts)...",
                )
                if new > 15000:
                    for _ in range(new // 9000):
                        A(
                            "Flush history file on disk (unique url reach flush limit of %s)",
                            "Flush history file on disk (unique url reach flush limit of 5000)",
                        )
            A("Jumped lines in file: %s", f"Jumped lines in file: {jumped}")
            if jumped:
                A(" Found %s already parsed records.", f" Found {jumped} already parsed records.")
            corrupted = r.choice([0, 0, 0, 1, 2]) if c == "www.example.org" else 0
            dropped = int(new * r.uniform(0.05, 0.09)) if c == "www.example.org" else 0
            A("Parsed lines in file: %s", f"Parsed lines in file: {new}")
            A(" Found %s dropped records,", f" Found {dropped} dropped records,")
            A(" Found %s comments,", " Found 0 comments,")
            A(" Found %s blank records,", " Found 0 blank records,")
            A(" Found %s corrupted records,", f" Found {corrupted} corrupted records,")
            A(" Found %s old records,", " Found 0 old records,")
            A(
                " Found %s new qualified records.",
                f" Found {max(0, new - dropped - corrupted)} new qualified records.",
            )
            A(None, "")
            lines_in[c] = jumped + new
            last[c] = t
    return [log]


# -------------------------------------------------------------------------------- posthog

PH_PY = "/python-runtime/lib/python3.10/site-packages"
PH_PROXY = "172.19.0.12"
PH_TOKEN = "phc_" + alnum(random.Random("ph-token"), 43)
PH_PERSONAL = "phx_" + alnum(random.Random("ph-personal"), 43)
PH_PAGES = [
    "/",
    "/pricing",
    "/features",
    "/blog/self-hosting-analytics",
    "/docs/getting-started",
    "/docs/api",
    "/signup",
    "/login",
    "/app/dashboard",
    "/app/settings",
    "/changelog",
]
PH_LEVEL_COLOR = {
    "info": "\x1b[32m",
    "warning": "\x1b[33m",
    "error": "\x1b[31m",
    "critical": "\x1b[31m",
}


def ph_ts(t: datetime) -> str:
    """structlog's TimeStamper(fmt="iso"): naive UTC isoformat with a Z."""
    return t.replace(tzinfo=None).isoformat() + "Z"


def ph_line(
    t: datetime, level: str, event: str, logger: str, kv: dict[str, object], colors: bool
) -> str:
    """structlog's ConsoleRenderer: time, the level padded to 9, the event padded to 30 when
    key-values follow, the logger in brackets, the key-values sorted."""
    ev = event.ljust(30) if kv else event
    if colors:
        return (
            f"\x1b[2m{ph_ts(t)}\x1b[0m [{PH_LEVEL_COLOR[level]}{level:<9}\x1b[0m] \x1b[1m{ev}\x1b[0m "
            f"[\x1b[34m\x1b[1m{logger}\x1b[0m] "
            + " ".join(f"\x1b[36m{k}\x1b[0m=\x1b[35m{kv[k]}\x1b[0m" for k in sorted(kv))
        )
    return f"{ph_ts(t)} [{level:<9}] {ev} [{logger}] " + " ".join(
        f"{k}={kv[k]}" for k in sorted(kv)
    )


def ph_kafka_trace(topic_frames: bool) -> list[str]:
    frames = [
        (
            "/code/posthog/api/capture.py",
            175,
            "log_event",
            "future = producer.produce(topic=kafka_topic, data=data, key=partition_key)",
        ),
        (
            "/code/posthog/kafka_client/client.py",
            210,
            "produce",
            "future = self.producer.send(topic, value=b, key=key, headers=headers)",
        ),
        (
            f"{PH_PY}/kafka/producer/kafka.py",
            576,
            "send",
            "self._wait_on_metadata(topic, self.config['max_block_ms'] / 1000.0)",
        ),
        (
            f"{PH_PY}/kafka/producer/kafka.py",
            703,
            "_wait_on_metadata",
            "raise Errors.KafkaTimeoutError(",
        ),
    ]
    if topic_frames:
        frames = [
            (
                "/code/posthog/api/capture.py",
                509,
                "get_event",
                "capture_internal(event, distinct_id, ip, site_url, now, sent_at, event_uuid, token, request_dump)",
            ),
            (
                "/code/posthog/api/capture.py",
                627,
                "capture_internal",
                'return log_event(parsed_event, event["event"], partition_key=kafka_partition_key)',
            ),
            *frames,
        ]
    return pytrace(
        frames,
        [
            "kafka.errors.KafkaTimeoutError: KafkaTimeoutError: Failed to update metadata after 60.0 secs."
        ],
    )


def ph_clickhouse_trace() -> list[str]:
    first = pytrace(
        [
            (
                f"{PH_PY}/clickhouse_driver/connection.py",
                395,
                "connect",
                "return self._init_connection(host, port)",
            ),
            (
                f"{PH_PY}/clickhouse_driver/connection.py",
                325,
                "_init_connection",
                "self.socket = self._create_socket(host, port)",
            ),
            (f"{PH_PY}/clickhouse_driver/connection.py", 297, "_create_socket", "raise err"),
            (f"{PH_PY}/clickhouse_driver/connection.py", 288, "_create_socket", "sock.connect(sa)"),
        ],
        ["ConnectionRefusedError: [Errno 111] Connection refused"],
    )
    second = pytrace(
        [
            (
                f"{PH_PY}/django/core/handlers/exception.py",
                55,
                "inner",
                "response = get_response(request)",
            ),
            (
                f"{PH_PY}/django/core/handlers/base.py",
                197,
                "_get_response",
                "response = wrapped_callback(request, *callback_args, **callback_kwargs)",
            ),
            (
                f"{PH_PY}/rest_framework/viewsets.py",
                125,
                "view",
                "return self.dispatch(request, *args, **kwargs)",
            ),
            (
                f"{PH_PY}/rest_framework/views.py",
                506,
                "dispatch",
                "response = handler(request, *args, **kwargs)",
            ),
            ("/code/posthog/api/query.py", 95, "create", "result = process_query_model("),
            (
                "/code/posthog/api/services/query.py",
                108,
                "process_query_model",
                "result = query_runner.run(",
            ),
            (
                "/code/posthog/hogql_queries/query_runner.py",
                340,
                "run",
                "fresh_response = self.calculate()",
            ),
            (
                "/code/posthog/hogql_queries/insights/trends/trends_query_runner.py",
                232,
                "calculate",
                "response = execute_hogql_query(",
            ),
            (
                "/code/posthog/hogql/query.py",
                160,
                "execute_hogql_query",
                "results, types = sync_execute(",
            ),
            (
                "/code/posthog/clickhouse/client/execute.py",
                136,
                "sync_execute",
                "result = client.execute(",
            ),
            (f"{PH_PY}/clickhouse_pool/pool.py", 110, "get_client", "client.connection.connect()"),
            (f"{PH_PY}/clickhouse_driver/connection.py", 407, "connect", "self.disconnect()"),
            (
                f"{PH_PY}/clickhouse_driver/connection.py",
                405,
                "connect",
                "raise errors.NetworkError(msg)",
            ),
        ],
        ["clickhouse_driver.errors.NetworkError: Code: 210. Connection refused (clickhouse:9000)"],
    )
    return [
        *first,
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        *second,
    ]


def posthog(r: random.Random) -> list[Log]:
    """PostHog's web container in the hobby deployment (`docker logs`: bin/docker-server's
    gunicorn, 2 gthread workers; gunicorn's own and access records through structlog's
    ConsoleRenderer with colours, as gunicorn.config.py sets them up, and Django's through the
    same renderer without colours, posthog/settings/logs.py), 06:00 to 12:00: posthog-js
    capture, decide and recordings from a marketing site and an app, posthog-python batches from
    a backend, the app's users querying insights; ClickHouse restarted 08:12-08:15, Kafka down
    09:31-09:34 (capture answering 503 after a minute's wait on metadata), a cron script posting
    with a personal API key from 07:00, a worker OOM-killed at 10:52."""
    fs = Files()
    master = 7
    tids = {
        pid: [139_800_000_000_000 + r.randint(0, 2**40) for _ in range(8)] for pid in [27, 28, 311]
    }
    master_tid = 140_112_883_206_976
    ch_down = (at(8, 12, 5), at(8, 15, 40))
    kafka_down = (at(9, 31, 10), at(9, 34, 30))
    oom = at(10, 52, 17)

    def worker_for(t: datetime) -> int:
        ws = [27, 311] if t >= oom + sec(1.5) else [27, 28]
        return r.choice(ws)

    def W(
        t: datetime,
        pid: int,
        tid: int,
        label: str,
        lines: list[str] | None,
        level: str,
        event: str,
        logger: str,
        kv: dict,
        colors: bool,
    ) -> datetime:
        extra = list(lines or [])
        return fs.add(
            "posthog-web.log",
            t,
            label,
            lambda x: [
                ph_line(x, level, event, logger, {**kv, "pid": pid, "tid": tid}, colors),
                *extra,
            ],
            (pid, tid),
            1,
        )

    ACCESS = '%s - - [%s] "{req} HTTP/1.1" {status} %s "%s" "%s"'

    def access(
        t: datetime,
        dur: float,
        req_label: str,
        req: str,
        status: int,
        size: int,
        ref: str,
        ua: str,
        pid: int | None = None,
        tid: int | None = None,
    ) -> tuple[int, int, datetime]:
        pid = pid or worker_for(t)
        tid = tid or r.choice(tids[pid])
        msg = f'{PH_PROXY} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "{req} HTTP/1.1" {status} {size} "{ref}" "{ua}"'
        te = W(
            t + sec(dur),
            pid,
            tid,
            ACCESS.replace("{req}", req_label).replace("{status}", str(status)),
            None,
            "info",
            msg,
            "gunicorn.access",
            {},
            True,
        )
        return pid, tid, te

    def ms_stamp(t: datetime) -> int:
        return int(t.timestamp() * 1000) - r.randint(5, 400)

    def js_ver() -> str:
        return r.choice(["1.139.2", "1.139.2", "1.139.2", "1.138.3", "1.136.8"])

    def capture(t: datetime, path: str) -> None:
        ref = "https://www.example.com" + r.choice(PH_PAGES)
        ua = r.choice(UA)
        v = js_ver()
        if path == "/e/":
            req, lab = (
                f"POST /e/?compression=gzip-js&ip=1&_={ms_stamp(t)}&ver={v}",
                "POST /e/?compression=%s&ip=%s&_=%s&ver=%s",
            )
            topic = "events_plugin_ingestion"
        elif path == "/s/":
            req, lab = (
                f"POST /s/?compression=gzip-js&ip=1&_={ms_stamp(t)}&ver={v}",
                "POST /s/?compression=%s&ip=%s&_=%s&ver=%s",
            )
            topic = "session_recording_snapshot_item_events"
        else:
            req, lab = "POST /batch/", "POST /batch/"
            topic = "events_plugin_ingestion"
            ref, ua = "-", "posthog-python/3.5.0"
        if kafka_down[0] <= t < kafka_down[1]:
            pid = worker_for(t)
            tid = r.choice(tids[pid])
            te = t + sec(60.0 + r.uniform(0.01, 0.2))
            kv = {"token": PH_TOKEN}
            te = W(
                te,
                pid,
                tid,
                "Failed to produce event to Kafka topic %s with error",
                ph_kafka_trace(False),
                "error",
                f"Failed to produce event to Kafka topic {topic} with error",
                "posthog.api.capture",
                kv,
                False,
            )
            te = W(
                te + sec(0.0004),
                pid,
                tid,
                "kafka_produce_failure",
                ph_kafka_trace(True),
                "error",
                "kafka_produce_failure",
                "posthog.api.capture",
                kv,
                False,
            )
            te = W(
                te + sec(0.0006),
                pid,
                tid,
                "Service Unavailable: %s",
                None,
                "error",
                f"Service Unavailable: {path}",
                "django.request",
                kv,
                False,
            )
            access(t, (te - t).total_seconds() + 0.0003, lab, req, 503, 228, ref, ua, pid, tid)
            return
        access(t, r.uniform(0.004, 0.04), lab, req, 200, 13, ref, ua)

    for t in poisson(r, T0, T_END, 24.0):
        capture(t, "/e/")
    for t in poisson(r, T0, T_END, 55.0):
        capture(t, "/s/")
    for t in poisson(r, T0, T_END, 150.0):
        capture(t, "/batch/")
    for t in poisson(r, T0, T_END, 50.0):
        v = js_ver()
        access(
            t,
            r.uniform(0.01, 0.09),
            "POST /decide/?v=%s&ip=%s&_=%s&ver=%s",
            f"POST /decide/?v=3&ip=1&_={ms_stamp(t)}&ver={v}",
            200,
            r.randint(640, 1480),
            "https://www.example.com" + r.choice(PH_PAGES),
            r.choice(UA),
        )
    for t in poisson(r, T0, T_END, 420.0):
        access(
            t,
            r.uniform(0.002, 0.02),
            "GET /static/recorder.js?v=%s",
            f"GET /static/recorder.js?v={js_ver()}",
            200,
            103811,
            "https://www.example.com" + r.choice(PH_PAGES),
            r.choice(UA),
        )
    # the product team in the app: dashboards, insights through the query endpoint
    app_ua = UA[:2]
    for t in poisson(r, at(6, 50), at(11, 58), 170.0):
        ref = f"https://posthog.example.com/project/1/dashboard/{r.choice([3, 4, 7])}"
        kind = weighted(r, [(70, "query"), (15, "dash"), (15, "me")])
        if kind == "query" or ch_down[0] <= t < ch_down[1]:
            pass
        elif kind == "dash":
            d = r.choice([3, 4, 7])
            access(
                t,
                r.uniform(0.08, 0.6),
                "GET /api/projects/%s/dashboards/%s/",
                f"GET /api/projects/1/dashboards/{d}/",
                200,
                r.randint(18000, 96000),
                ref,
                r.choice(app_ua),
            )
            continue
        else:
            access(
                t,
                r.uniform(0.02, 0.09),
                "GET /api/users/@me/",
                "GET /api/users/@me/",
                200,
                r.randint(4100, 4600),
                ref,
                r.choice(app_ua),
            )
            continue
        access(
            t,
            r.uniform(0.2, 3.5),
            "POST /api/projects/%s/query/",
            "POST /api/projects/1/query/",
            200,
            r.randint(1800, 84000),
            ref,
            r.choice(app_ua),
        )
    # a dashboard left open on the office TV refreshes its tiles while ClickHouse restarts
    for t in poisson(r, ch_down[0], ch_down[1], 16.0):
        pid = worker_for(t)
        tid = r.choice(tids[pid])
        te = t + sec(r.uniform(0.004, 0.02))
        te = W(
            te,
            pid,
            tid,
            "Internal Server Error: %s",
            ph_clickhouse_trace(),
            "error",
            "Internal Server Error: /api/projects/1/query/",
            "django.request",
            {},
            False,
        )
        access(
            t,
            (te - t).total_seconds() + 0.0004,
            "POST /api/projects/%s/query/",
            "POST /api/projects/1/query/",
            500,
            145,
            "https://posthog.example.com/project/1/dashboard/4",
            UA[0],
            pid,
            tid,
        )
    # shared links to a deleted insight
    for t in [at(7, 5, 12), at(7, 5, 44), at(9, 58, 3), at(11, 20, 31), at(11, 20, 40)]:
        pid = worker_for(t)
        tid = r.choice(tids[pid])
        te = W(
            t + sec(0.012),
            pid,
            tid,
            "Not Found: %s",
            None,
            "warning",
            "Not Found: /api/projects/1/insights/812/",
            "django.request",
            {},
            False,
        )
        access(
            t,
            (te - t).total_seconds() + 0.0003,
            "GET /api/projects/%s/insights/%s/",
            "GET /api/projects/1/insights/812/",
            404,
            23,
            "https://posthog.example.com/insights/aB3xQ9rT",
            r.choice(app_ua),
            pid,
            tid,
        )
    # a backend cron script posting its batch with a personal API key every five minutes
    for k in range(54):
        t = at(7, 0, 4) + sec(300 * k + r.uniform(0, 3))
        pid = worker_for(t)
        tid = r.choice(tids[pid])
        te = W(
            t + sec(0.003),
            pid,
            tid,
            "capture_token_shape_invalid",
            None,
            "warning",
            "capture_token_shape_invalid",
            "posthog.api.capture",
            {"reason": "personal_api_key", "token": PH_PERSONAL},
            False,
        )
        te = W(
            te + sec(0.0004),
            pid,
            tid,
            "Unauthorized: %s",
            None,
            "warning",
            "Unauthorized: /batch/",
            "django.request",
            {},
            False,
        )
        access(
            t,
            (te - t).total_seconds() + 0.0003,
            "POST /batch/",
            "POST /batch/",
            401,
            162,
            "-",
            "python-requests/2.31.0",
            pid,
            tid,
        )
    # a worker killed by the kernel while exporting a large CSV, and its replacement
    W(
        oom,
        master,
        master_tid,
        "Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?",
        None,
        "error",
        "Worker (pid:28) was sent SIGKILL! Perhaps out of memory?",
        "gunicorn.error",
        {},
        True,
    )
    W(
        oom + sec(0.021),
        311,
        master_tid,
        "Booting worker with pid: %s",
        None,
        "info",
        "Booting worker with pid: 311",
        "gunicorn.error",
        {},
        True,
    )
    return fs.logs(T0)


SYSTEMS = {
    "glitchtip": glitchtip,
    "matomo": matomo,
    "mautic": mautic,
    "awstats": awstats,
    "posthog": posthog,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
