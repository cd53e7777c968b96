#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 121 (ofelia, cronicle, rundeck, dkron, cronie) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five job schedulers, 06:00 to 12:00 on 2024-06-04.
The brief's fifth system, systemd timers in the journal, is already in the set (`systemd`:
timers running oneshot services, round 39), so cronie's crond and anacron in RHEL's
/var/log/cron take its place: the classic scheduler beside the timers.

- Ofelia 0.3 (`ofelia.log`: `docker logs` of its container, go-logging's `%{time} %{color}
  %{shortfile} ▶ %{level}%{color:reset} %{message}` with the colours empty: `2024-06-04T06:00:01.2Z
  common.go:125 ▶ NOTICE [Job "app-scheduler" (3f9a0c1b7e22)] Started - php artisan
  schedule:run`): seven jobs (job-exec, job-run, job-local) registered at start-up, each run's
  `Started - %s`, `StdOut: %s` / `StdErr: %s` (the job's output, its later lines continuing the
  event) and `Finished in %q, failed: %t, skipped: %t, error: %s` with the error's own format; the
  app container recreated 08:40-08:46 (`error creating exec: API error (409): Container %s is not
  running`, then `(404): No such container: %s`), the mail relay down 08:00-09:30 (`Mail error:
  %q`), the scheduler's long report run making `no-overlap` skip three runs, the database
  restarting under the hourly dump at 09:00, a DNS outage failing an image pull at 10:00, and
  Ofelia restarted at 10:30 (`Signal received: %s, shutting down the process`, `Waiting running
  jobs.`, the jobs registered again).
- Cronicle 0.9 (`cron1-Cronicle.log`, the primary; `cron2-Cronicle.log`, `cron3-Cronicle.log`,
  two workers): pixl-logger's columns `[hires_epoch][date][hostname][pid][component][category]
  [code][msg][data]`: start-up (`Cronicle v%s Starting Up`, `Starting component: %s`, master
  eligibility), the scheduler's `Scheduler Minute Tick: Advancing time up to: %s` every minute,
  `Auto-launching scheduled item: %s (%s) for timestamp: %s`, `Sending remote job to: %s`, local
  and remote jobs (`Launching local job` with the job in the data column, `Spawned child process:
  %s for job: %s`, `Child %s exited with code: %s`, `Job completed successfully` / `Job completed
  with error`), `Storing job log: %s: %s`, `Fetching remote job log via HTTP GET: %s`; cron3 down
  08:20-08:35 (`Failed to launch scheduled event: %s: Target server is not available: %s`), the
  index refresh running long (`Maximum of %s %s already running for event: %s`), the billing
  export failing with retries (`Job failed: %s (%s retries remain)`), the mail relay refusing
  (`Failed to send e-mail for job: %s: %s: %s`), and the primary restarted at 11:00.
- Rundeck 5.2 (`service.log`, log4j2's `[%d{ISO8601}] %-5p %c{2} [%t] - %m%n`): start-up
  (`Starting Rundeck %s ...`, HikariCP, Quartz, `Rundeck startup finished in %dms`, Spring Boot's
  `Started Application in %s seconds (JVM running for %s)`), `Execution failed: %d in project %s:
  [Workflow result: , step failures: {...}, Node failures: {...}, status: failed]` for a key
  rotated on worker04 (AuthenticationFailure, every 30 s) and a full disk on db02
  (NonZeroResultCode, every minute), e-mail notifications failing while the relay is down, the
  database lost 09:10-09:18 (`SQL Error: %d, SQLState: %s` and `HikariPool-1 - Connection is not
  available, request timed out after %dms.` per request, Quartz's `Job %s threw an unhandled
  Exception: ` and `Job (%s threw an exception.` with their stacks, `Failed to validate
  connection ...` after it), and a restart at 11:00 (Quartz's and Hikari's shutdown lines).
- Dkron 3.2 (`dkron-1.log`, `dkron-2.log`, `dkron-3.log`: logrus text, `time="..." level=info
  msg="..." job=... node=...`): the agents starting and joining, `dkron: monitoring leadership`,
  `dkron: cluster leadership acquired`, `agent: Restarting scheduler`, serf events, each
  execution's `grpc_agent: Starting job` on the node that runs it and the leader's `grpc:
  Processing execution with plugin`, an ETL job failing (`grpc_agent: command error output` with
  `error="exit status 1"`), a forbid-concurrency job skipped while it runs long (`agent: Asking
  member for pending execution`, `job: Skipping concurrent execution`), dkron-1 (the leader)
  restarted at 09:30 (`agent: Caught signal: %s`, `agent: Gracefully shutting down agent...`,
  `grpc_agent: error sending the final execution, falling back to ExecutionDone` on a node whose
  job outlived the leader, dkron-2 taking over), and dkron-3 unreachable 10:40-10:45
  (`member-failed`).
- cronie 1.5.7 (`app1-cron`, `db1-cron`: RHEL 9's /var/log/cron, `Jun  4 06:01:01 app1
  CROND[2411]: (root) CMD (run-parts /etc/cron.hourly)`, crond started with `-s`): every job's
  `(%s) CMD (%s)` and `(%s) CMDEND (%s)`, its output as `(%s) CMDOUT (%s)`, the hourly run-parts
  (`(%s) starting %s` / `(%s) finished %s`) and the day's first anacron run (`Anacron started on
  %04d-%02d-%02d`, ``Will run job `%s' in %d min.``, ``Job `%s' started``, ``Job `%s'
  terminated``, `Normal exit (%d job%s run)`), a crontab edited (`BEGIN EDIT`, `REPLACE`, `END
  EDIT`, `RELOAD`), a cron.d file with a bad mode, the app down 08:30-08:50 (the queue check's
  curl errors as CMDOUT) and crond restarted on app1 at 10:15 (`(CRON) INFO (Shutting down)`,
  `(CRON) STARTUP (%s)`, the INFO lines, `ORPHAN (no passwd entry)`).

Label notes. The log heads are context: Ofelia's time, file:line and level, Cronicle's columns up
to the category and a debug row's level number, Rundeck's date, level, logger and thread,
logrus's time and level, the syslog head. Ofelia's `[Job "%s" (%s)] ` is the prefix its
Context.Log puts around every job message (the job's name and execution id, as Sidekiq's job
tags): context, not the template; a job's output after `StdOut: ` is a value. A Go error inside a
message contributes its own format (`error non-zero exit code: %d`, go-dockerclient's `API error
(%d): %s` with Docker's message, `dial tcp %s: connect: connection refused`); `error: none` is
the code's literal. Cronicle's messages are string concatenations (`"Job completed " + (code ?
"with error" : "successfully")` is two labels); an error row's code column is the call site's
literal (`logError('scheduler', ...)`) and is kept as wording with the message (`[scheduler]
Failed to launch ...`), a debug row's is its verbosity (context); the data column is attributes.
Rundeck's `Execution failed` message carries the workflow result's toString, whose step and node
failures are formats of their own (a NonZeroResultCode and an AuthenticationFailure shape).
logrus's fields are attributes, the message alone is the label. cronie's `(%s) %s (%s)` log_it
lines keep the event word the call site passes (`CMD`, `CMDEND`, `RELOAD`, `INFO`) and
`(CRON)`, written literally, as wording; user names, commands and paths are values.

Least sure (written from the helper's knowledge; Ofelia's and Dkron's messages and Cronicle's
scheduler and job messages were checked against copies of their sources, Ofelia's layout and
Rundeck's `Execution failed` line against real logs quoted in issues): Ofelia's file:line
numbers for scheduler.go, mail.go and daemon.go; Cronicle's `Server IP: %s, Daemon PID: %s`,
`Startup complete, entering main loop`, the shutdown lines (`Caught SIGTERM`, `Shutting down`,
`Stopping component: %s`, `Shutdown complete, exiting`) and whether the Storage, WebServer and
API components log into Cronicle.log; Rundeck's `rescheduled job in project %s: %s`, the
NotificationService line, the Quartz job key's layout, Hikari's SQLState and the exact
AuthenticationFailure text; Dkron's `api: Running HTTP server`, `agent: Caught signal: %s`,
`agent: Gracefully shutting down agent...` and the `plugin=` field's rendering; cronie's
`BAD FILE MODE`, `ORPHAN (no passwd entry)` and whether RHEL 9's cronie logs `CMDEND`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import at, poisson
from generate_round97 import Files, sec, syslog_ts


def go_dur(s: float) -> str:
    """Go's time.Duration.String()."""
    if s < 1e-3:
        v = f"{s * 1e6:.3f}".rstrip("0").rstrip(".")
        return v + "µs"
    if s < 1:
        v = f"{s * 1e3:.6f}".rstrip("0").rstrip(".")
        return v + "ms"
    if s < 60:
        v = f"{s:.9f}".rstrip("0").rstrip(".")
        return v + "s"
    m, rest = divmod(s, 60)
    v = f"{rest:.9f}".rstrip("0").rstrip(".")
    return f"{int(m)}m{v}s"


# ----------------------------------------------------------------------------------- ofelia

OF_JOBS = [
    # name, kind, command, schedule, period (s), offset (s)
    ("app-scheduler", "exec", "php artisan schedule:run", "@every 1m", 60, 0),
    ("helpdesk-mail", "exec", "php artisan tickets:fetch-mail", "@every 1m", 60, 0),
    (
        "pdf-cleanup",
        "run",
        "find /srv/exports -name *.pdf -mtime +7 -delete -print",
        "@every 15m",
        900,
        0,
    ),
    ("nextcloud-cron", "exec", "php -f /var/www/html/cron.php", "*/5 * * * *", 300, 0),
    ("disk-usage", "local", "df -h /data /var/lib/docker", "@every 10m", 600, 0),
    (
        "image-prune",
        "run",
        "docker image prune -af --filter until=24h",
        "@every 30m",
        1800,
        0,
    ),
    (
        "db-backup",
        "exec",
        "sh -c 'pg_dump -U app appdb | gzip > /backups/appdb-$(date +%Y%m%d%H).sql.gz'",
        "0 0 * * * *",
        3600,
        0,
    ),
]


def ofelia(r: random.Random) -> list[Log]:
    """One Ofelia container (docker labels) scheduling seven jobs on a small web host, 06:00 to
    12:00: the app container recreated 08:40-08:46, the mail relay down 08:00-09:30, a long
    report run at 07:30 making no-overlap skip the scheduler three times, the database restarting
    under the 09:00 dump, a DNS outage 10:00-10:05 failing the image pull, Ofelia restarted at
    10:30."""
    fs = Files()

    def gots(t: datetime) -> str:
        frac = f"{t.microsecond // 1000:03d}".rstrip("0")
        return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"

    def L(t: datetime, where: str, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "ofelia.log",
            t,
            label,
            lambda x: [f"{gots(x)}  {where} ▶ {level} {lines[0]}", *lines[1:]],
            "ofelia",
            1000,
        )

    def boot(t: datetime, bad: bool = False) -> None:
        order = list(OF_JOBS)
        r.shuffle(order)
        if bad:
            t = L(
                t,
                "scheduler.go:49",
                "WARNING",
                "Failed to register job %q - %q - %q",
                [
                    'Failed to register job "search-reindex" - "php artisan scout:import App\\\\Models\\\\Ticket" - "@every 90"'
                ],
            )
        for i, (name, _kind, cmd, sched, _p, _o) in enumerate(order, 1):
            t = L(
                t + sec(r.uniform(0.0002, 0.002)),
                "scheduler.go:53",
                "NOTICE",
                "New job registered %q - %q - %q - ID: %v",
                [f'New job registered "{name}" - {json.dumps(cmd)} - "{sched}" - ID: {i}'],
            )
        L(
            t + sec(0.001),
            "scheduler.go:70",
            "DEBUG",
            "Starting scheduler with %d jobs",
            [f"Starting scheduler with {len(order)} jobs"],
        )

    def run(
        name: str,
        t: datetime,
        cmd: str,
        dur: float,
        out: list[str],
        err: list[str],
        fin: tuple[str, str],
        failed: bool = False,
        skipped: bool = False,
        pulled: str = "",
        found: str = "",
        warn: str = "",
    ) -> datetime:
        eid = hexid(r, 12)
        pre = f'[Job "{name}" ({eid})] '
        t = L(t, "common.go:125", "NOTICE", "Started - %s", [pre + f"Started - {cmd}"])
        if pulled:
            L(
                t + sec(r.uniform(0.8, 2.5)),
                "common.go:125",
                "NOTICE",
                "Pulled image %s",
                [pre + f"Pulled image {pulled}"],
            )
        if found:
            L(
                t + sec(r.uniform(0.005, 0.02)),
                "common.go:125",
                "NOTICE",
                "Found locally image %s",
                [pre + f"Found locally image {found}"],
            )
        t += sec(dur)
        if warn:
            t = L(
                t,
                "common.go:125",
                "WARNING",
                "failed to delete container: API error (%d): You cannot remove a running container %s. Stop the container before attempting removal or force remove",
                [
                    pre
                    + f"failed to delete container: API error (409): You cannot remove a running container {warn}. Stop the container before attempting removal or force remove"
                ],
            )
            t += sec(0.0002)
        lvl = "ERROR" if failed else ("WARNING" if skipped else "NOTICE")
        if out:
            t = L(t, "common.go:125", lvl, "StdOut: %s", [pre + "StdOut: " + out[0], *out[1:]])
        if err:
            t = L(
                t + sec(0.0001),
                "common.go:125",
                lvl,
                "StdErr: %s",
                [pre + "StdErr: " + err[0], *err[1:]],
            )
        label, etext = fin
        msg = f'Finished in "{go_dur(dur)}", failed: {str(failed).lower()}, skipped: {str(skipped).lower()}, error: {etext}'
        t = L(t + sec(0.0001), "common.go:125", lvl, label, [pre + msg])
        if failed and at(8, 0) <= t < at(9, 30):
            t = L(
                t + sec(r.uniform(0.002, 0.01)),
                "mail.go:62",
                "ERROR",
                'Mail error: "dial tcp %s: connect: connection refused"',
                ['Mail error: "dial tcp 10.0.0.25:587: connect: connection refused"'],
            )
        return t

    OK = ("Finished in %q, failed: %t, skipped: %t, error: none", "none")
    t0, t_end = at(6, 0), at(12, 0)
    restart = at(10, 30, 2)
    boot(t0 - sec(58.2))
    L(
        restart,
        "daemon.go:77",
        "WARNING",
        "Signal received: %s, shutting down the process\\n",
        ["Signal received: terminated, shutting down the process"],
    )
    L(
        restart + sec(0.0004),
        "daemon.go:88",
        "WARNING",
        "Waiting running jobs.",
        ["Waiting running jobs."],
    )
    boot(restart + sec(6.3), bad=True)
    busy_until = t0
    app_id = hexid(r, 64)
    for name, _kind, cmd, sched, period, _off in OF_JOBS:
        base = t0 - sec(58.2) if sched.startswith("@every") else t0
        t = base + sec(period)
        rebased = False
        while t < t_end:
            if restart - sec(1) <= t < restart + sec(7):
                t += sec(period)
                continue
            if t >= restart + sec(7) and not rebased:
                rebased = True
                if sched.startswith("@every"):
                    t = restart + sec(6.3 + period)
                    continue
            st = t + sec(r.uniform(0.0005, 0.004))
            if name == "app-scheduler":
                if st < busy_until:
                    run(name, st, cmd, r.uniform(0.00002, 0.00006), [], [], OK, skipped=True)
                elif at(8, 40, 20) <= st < at(8, 43, 30):
                    run(
                        name,
                        st,
                        cmd,
                        r.uniform(0.002, 0.006),
                        [],
                        [],
                        (
                            "Finished in %q, failed: %t, skipped: %t, error: error creating exec: API error (%d): Container %s is not running",
                            f"error creating exec: API error (409): Container {app_id} is not running",
                        ),
                        failed=True,
                    )
                elif at(8, 43, 30) <= st < at(8, 46, 10):
                    run(
                        name,
                        st,
                        cmd,
                        r.uniform(0.001, 0.004),
                        [],
                        [],
                        (
                            "Finished in %q, failed: %t, skipped: %t, error: error creating exec: API error (%d): No such container: %s",
                            "error creating exec: API error (404): No such container: app",
                        ),
                        failed=True,
                    )
                elif st.minute % 15 == 0 and st.hour in (7,) and st.minute == 30:
                    dur = 212.4 + r.uniform(0, 3)
                    busy_until = st + sec(dur)
                    run(
                        name,
                        st,
                        cmd,
                        dur,
                        [
                            "Running scheduled command: '/usr/local/bin/php' 'artisan' reports:generate --period=daily > '/dev/null' 2>&1",
                            "Running scheduled command: '/usr/local/bin/php' 'artisan' cache:prune-stale-tags > '/dev/null' 2>&1",
                        ],
                        [],
                        OK,
                    )
                elif st.minute % 15 == 0:
                    cmds = ["reports:generate --period=quarter-hour"]
                    if st.minute == 0:
                        cmds += ["sitemap:generate", "telescope:prune --hours=48"]
                    run(
                        name,
                        st,
                        cmd,
                        r.uniform(1.5, 9.0),
                        [
                            f"Running scheduled command: '/usr/local/bin/php' 'artisan' {c} > '/dev/null' 2>&1"
                            for c in cmds
                        ],
                        [],
                        OK,
                    )
                else:
                    run(
                        name,
                        st,
                        cmd,
                        r.uniform(0.09, 0.4),
                        ["No scheduled commands are ready to run."],
                        [],
                        OK,
                    )
            elif name == "helpdesk-mail":
                n = r.choice([0, 0, 0, 0, 1, 1, 2, 3])
                out = [f"Fetched {n} new message{'s' if n != 1 else ''} from imap.example.com"]
                if n:
                    out.append(f"Created {n} ticket{'s' if n != 1 else ''}")
                run(name, st, cmd, r.uniform(0.6, 2.8), out, [], OK)
            elif name == "pdf-cleanup":
                k = r.choice([0, 0, 1, 2, 4])
                out = [f"/srv/exports/invoice-{r.randint(100000, 999999)}.pdf" for _ in range(k)]
                run(
                    name,
                    st,
                    cmd,
                    r.uniform(0.8, 2.5),
                    out,
                    [],
                    OK,
                    found="registry.example.com/tools/busybox:1.36",
                    warn=hexid(r, 64) if at(11, 30) <= st < at(11, 45) else "",
                )
            elif name == "nextcloud-cron":
                run(name, st, cmd, r.uniform(0.8, 7.5), [], [], OK)
            elif name == "disk-usage":
                used = 61 + (st - t0).total_seconds() / 3600 * 0.4
                out = [
                    "Filesystem      Size  Used Avail Use% Mounted on",
                    f"/dev/sdb1       492G  {int(492 * used / 100)}G  {492 - int(492 * used / 100)}G  {int(used)}% /data",
                    f"/dev/sda2        98G   {r.randint(40, 44)}G   {r.randint(49, 53)}G  {r.randint(44, 46)}% /var/lib/docker",
                ]
                run(name, st, cmd, r.uniform(0.004, 0.012), out, [], OK)
            elif name == "image-prune":
                if at(10, 0) <= st < at(10, 5):
                    run(
                        name,
                        st,
                        cmd,
                        r.uniform(5.0, 5.2),
                        [],
                        [],
                        (
                            "Finished in %q, failed: %t, skipped: %t, error: error pulling image %q: API error (%d): Get %q: dial tcp: lookup %s on %s: server misbehaving",
                            'error pulling image "docker:24-cli": API error (500): Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.11:53: server misbehaving',
                        ),
                        failed=True,
                    )
                else:
                    k = r.choice([0, 0, 0, 1, 2])
                    out = (
                        ["Deleted Images:"]
                        + [
                            f"untagged: registry.example.com/app@sha256:{hexid(r, 64)}"
                            for _ in range(k)
                        ]
                        + [f"deleted: sha256:{hexid(r, 64)}" for _ in range(k)]
                        + ["", f"Total reclaimed space: {r.randint(80, 420)}.{r.randint(1, 9)}MB"]
                        if k
                        else ["Total reclaimed space: 0B"]
                    )
                    run(
                        name,
                        st,
                        cmd,
                        r.uniform(3.0, 9.0),
                        out,
                        [],
                        OK,
                        pulled="docker:24-cli",
                    )
            elif name == "db-backup":
                if st.hour == 9:
                    run(
                        name,
                        st,
                        cmd,
                        r.uniform(4.0, 6.0),
                        [],
                        [
                            'pg_dump: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  the database system is shutting down'
                        ],
                        (
                            "Finished in %q, failed: %t, skipped: %t, error: error non-zero exit code: %d",
                            "error non-zero exit code: 1",
                        ),
                        failed=True,
                    )
                else:
                    run(name, st, cmd, r.uniform(38.0, 75.0), [], [], OK)
            t += sec(period)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- cronicle

CR_HOSTS = {"cron1": 2211, "cron2": 1874, "cron3": 1902}
CR_EVENTS = [
    # id, title, target, plugin command, period (min), minute offset
    ("emk9h1x3a01", "Sync inventory", "workers", "bin/shell-plugin.js", 2, 0),
    ("emk9h1x3a02", "Purge temp files", "cron1.example.com", "bin/shell-plugin.js", 10, 3),
    ("emk9h1x3a03", "Refresh search index", "workers", "bin/url-plugin.js", 15, 0),
    ("emk9h1x3a04", "Hourly billing export", "cron3.example.com", "bin/shell-plugin.js", 60, 5),
    ("emk9h1x3a05", "Check certificate expiry", "cron1.example.com", "bin/url-plugin.js", 30, 7),
    ("emk9h1x3a06", "Rotate app logs", "cron3.example.com", "bin/shell-plugin.js", 5, 1),
]


def cronicle(r: random.Random) -> list[Log]:
    """A primary (cron1) and two workers (cron2, cron3), six events, 06:00 to 12:00: cron3 down
    08:20-08:35, the search index refresh running 07:00-07:50, the billing export failing with
    two retries at 09:05, the mail relay refusing 09:00-09:30, cron1 restarted at 11:00."""
    fs = Files()
    pids = dict(CR_HOSTS)

    def C(
        h: str, t: datetime, cat: str, code: str, label: str, msg: str, data: object = ""
    ) -> datetime:
        d = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
        return fs.add(
            f"{h}-Cronicle.log",
            t,
            label,
            lambda x: [
                f"[{x.timestamp():.3f}][{x:%Y-%m-%d %H:%M:%S}][{h}.example.com][{pids[h]}][Cronicle][{cat}][{code}][{msg}][{d}]"
            ],
            (h, pids[h]),
            1000,
        )

    def D(h: str, t: datetime, lvl: int, label: str, msg: str, data: object = "") -> datetime:
        return C(h, t, "debug", str(lvl), label, msg, data)

    def startup(h: str, t: datetime) -> datetime:
        t = D(
            h,
            t,
            1,
            "Cronicle v%s Starting Up",
            "Cronicle v0.9.46 Starting Up",
            {
                "pid": pids[h],
                "ppid": 1,
                "node": "v18.20.2",
                "arch": "x64",
                "platform": "linux",
                "argv": ["/usr/bin/node", "/opt/cronicle/lib/main.js"],
                "execArgv": [],
            },
        )
        ip = {"cron1": "10.0.3.11", "cron2": "10.0.3.12", "cron3": "10.0.3.13"}[h]
        t = D(
            h,
            t + sec(0.002),
            2,
            "Server IP: %s, Daemon PID: %s",
            f"Server IP: {ip}, Daemon PID: {pids[h]}",
        )
        for comp in ["Storage", "WebServer", "API", "User", "Cronicle"]:
            t = D(
                h,
                t + sec(r.uniform(0.003, 0.05)),
                3,
                "Starting component: %s",
                f"Starting component: {comp}",
            )
        t = D(h, t + sec(0.001), 3, "Cronicle engine starting up", "Cronicle engine starting up")
        if h == "cron1":
            t = D(
                h,
                t + sec(0.02),
                4,
                "Server is eligible to become master (%s)",
                "Server is eligible to become master (Primary Group)",
            )
        else:
            t = D(
                h,
                t + sec(0.02),
                4,
                "Server is not eligible for master -- it will be a slave only",
                "Server is not eligible for master -- it will be a slave only",
            )
        t = D(
            h,
            t + sec(0.01),
            2,
            "Startup complete, entering main loop",
            "Startup complete, entering main loop",
        )
        if h == "cron1":
            t = D(
                h,
                t + sec(0.005),
                3,
                "We are becoming the master server",
                "We are becoming the master server",
            )
        return t

    def shutdown(h: str, t: datetime) -> datetime:
        t = D(h, t, 2, "Caught SIGTERM", "Caught SIGTERM")
        t = D(h, t + sec(0.001), 1, "Shutting down", "Shutting down")
        for comp in ["Cronicle", "User", "API", "WebServer", "Storage"]:
            t = D(
                h,
                t + sec(r.uniform(0.002, 0.2)),
                3,
                "Stopping component: %s",
                f"Stopping component: {comp}",
            )
        return D(h, t + sec(0.01), 2, "Shutdown complete, exiting", "Shutdown complete, exiting")

    def local_job(
        h: str, t: datetime, ev: tuple, jid: str, dur: float, code: int, retries: int = 0
    ) -> datetime:
        eid, title, _target, plugin, _p, _o = ev
        job = {
            "id": jid,
            "event": eid,
            "hostname": f"{h}.example.com",
            "event_title": title,
            "plugin_title": "Shell Script" if "shell" in plugin else "HTTP Request",
            "category_title": "Operations",
            "command": plugin,
            "retries": retries,
            "log_file": f"/opt/cronicle/logs/jobs/{jid}.log",
        }
        t = D(h, t, 6, "Launching local job", "Launching local job", job)
        pid = r.randint(20000, 60000)
        t = D(
            h,
            t + sec(r.uniform(0.005, 0.03)),
            3,
            "Spawned child process: %s for job: %s",
            f"Spawned child process: {pid} for job: {jid}",
            plugin,
        )
        t = D(
            h,
            t + sec(dur),
            3,
            "Child %s exited with code: %s",
            f"Child {pid} exited with code: {code}",
        )
        if code:
            job["code"] = code
            job["description"] = f"Script exited with code: {code}"
            t = D(
                h,
                t + sec(0.002),
                5,
                "Job completed with error",
                "Job completed with error",
                job,
            )
        else:
            job["code"] = 0
            t = D(
                h,
                t + sec(0.002),
                5,
                "Job completed successfully",
                "Job completed successfully",
                job,
            )
        return t

    def store_log(t: datetime, jid: str) -> None:
        D(
            "cron1",
            t,
            6,
            "Storing job log: %s: %s",
            f"Storing job log: /opt/cronicle/logs/jobs/{jid}.log: jobs/{jid}/log.txt",
        )

    t0 = at(6, 0)
    for h in ["cron2", "cron3"]:
        startup(h, at(5, 58, 40) + sec(r.uniform(0, 3)))
    startup("cron1", at(5, 58, 51))
    # cron3 down 08:20-08:35
    shutdown("cron3", at(8, 19, 52))
    pids["cron3"] = pids["cron3"]
    r3 = at(8, 35, 10)
    restart1 = at(11, 0, 4)
    seq = [0]

    def jid() -> str:
        seq[0] += 1
        return "jlx" + hexid(r, 6) + f"{seq[0]:02x}"[-2:]

    index_busy = (at(7, 0), at(7, 50, 12))
    for m in range(1, 360):
        tick = t0 + sec(60 * m)
        if restart1 - sec(60) < tick < restart1 + sec(30):
            continue
        tt = D(
            "cron1",
            tick + sec(r.uniform(0.001, 0.01)),
            4,
            "Scheduler Minute Tick: Advancing time up to: %s %s:%s:00",
            f"Scheduler Minute Tick: Advancing time up to: {tick:%Y-%m-%d %H}:{tick:%M}:00",
        )
        for ev in CR_EVENTS:
            eid, title, target, _plugin, period, off = ev
            if (tick.minute - off) % period:
                continue
            tt = D(
                "cron1",
                tt + sec(r.uniform(0.002, 0.008)),
                4,
                "Auto-launching scheduled item: %s (%s) for timestamp: %s",
                f"Auto-launching scheduled item: {eid} ({title}) for timestamp: {tick:%a, %b} {tick.day}, {tick:%Y} {tick.hour % 12 or 12}:{tick:%M} {'AM' if tick.hour < 12 else 'PM'} UTC",
            )
            cron3_down = at(8, 19, 52) <= tick < r3
            if title == "Refresh search index" and index_busy[0] < tick < index_busy[1]:
                tt = C(
                    "cron1",
                    tt + sec(0.003),
                    "error",
                    "scheduler",
                    "[scheduler] Failed to launch scheduled event: %s: Maximum of %s %s already running for event: %s",
                    f"Failed to launch scheduled event: {title}: Maximum of 1 job already running for event: {title}",
                )
                continue
            if target == "cron3.example.com" and cron3_down:
                tt = C(
                    "cron1",
                    tt + sec(0.003),
                    "error",
                    "scheduler",
                    "[scheduler] Failed to launch scheduled event: %s: Target server is not available: %s",
                    f"Failed to launch scheduled event: {title}: Target server is not available: {target}",
                )
                continue
            if target == "workers":
                h = "cron2" if cron3_down else r.choice(["cron2", "cron3"])
            else:
                h = target.split(".")[0]
            j = jid()
            if title == "Refresh search index" and tick == index_busy[0]:
                dur = (index_busy[1] - tick).total_seconds() - 1
            elif title == "Refresh search index":
                dur = r.uniform(40, 160)
            elif title == "Hourly billing export":
                dur = r.uniform(20, 55)
            else:
                dur = r.uniform(0.3, 6)
            code = 0
            if title == "Sync inventory" and r.random() < 0.03:
                code = 1
            if h == "cron1":
                te = local_job(h, tt + sec(0.004), ev, j, dur, code)
                store_log(te + sec(0.001), j)
                continue
            tt = D(
                "cron1",
                tt + sec(0.002),
                6,
                "Sending remote job to: %s",
                f"Sending remote job to: {h}.example.com",
                {"id": j, "event": eid, "event_title": title, "hostname": f"{h}.example.com"},
            )
            ts = tt + sec(r.uniform(0.01, 0.05))
            if title == "Hourly billing export" and tick.hour == 9:
                for left in (2, 1):
                    ts = local_job(h, ts, ev, j, r.uniform(3, 6), 1, retries=left)
                    ts = C(
                        h,
                        ts + sec(0.001),
                        "error",
                        "job",
                        "[job] Job failed: %s (%s retries remain)",
                        f"Job failed: {j} ({left} retries remain)",
                    )
                    ts += sec(30)
                ts = local_job(h, ts, ev, j, r.uniform(3, 6), 1)
                tf = D(
                    "cron1",
                    ts + sec(r.uniform(0.02, 0.1)),
                    6,
                    "Fetching remote job log via HTTP GET: %s",
                    f"Fetching remote job log via HTTP GET: http://{h}.example.com:3012/api/app/fetch_delete_job_log?path=%2Fopt%2Fcronicle%2Flogs%2Fjobs%2F{j}.log&auth={hexid(r, 64)}",
                )
                C(
                    "cron1",
                    tf + sec(r.uniform(0.5, 1.5)),
                    "error",
                    "mail",
                    "[mail] Failed to send e-mail for job: %s: %s: Error: connect ECONNREFUSED %s",
                    f"Failed to send e-mail for job: {j}: billing-team@example.com: Error: connect ECONNREFUSED 10.0.0.25:25",
                )
                continue
            te = local_job(h, ts, ev, j, dur, code)
            tf = D(
                "cron1",
                te + sec(r.uniform(0.02, 0.1)),
                6,
                "Fetching remote job log via HTTP GET: %s",
                f"Fetching remote job log via HTTP GET: http://{h}.example.com:3012/api/app/fetch_delete_job_log?path=%2Fopt%2Fcronicle%2Flogs%2Fjobs%2F{j}.log&auth={hexid(r, 64)}",
            )
            if code and at(9, 0) <= tf < at(9, 30):
                C(
                    "cron1",
                    tf + sec(r.uniform(0.5, 1.5)),
                    "error",
                    "mail",
                    "[mail] Failed to send e-mail for job: %s: %s: Error: connect ECONNREFUSED %s",
                    f"Failed to send e-mail for job: {j}: ops@example.com: Error: connect ECONNREFUSED 10.0.0.25:25",
                )
    startup("cron3", r3)
    shutdown("cron1", restart1)
    pids["cron1"] = 31877
    startup("cron1", restart1 + sec(4.2))
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- rundeck

RD_JAVA_TX = [
    "\tat org.springframework.orm.hibernate5.HibernateTransactionManager.doBegin(HibernateTransactionManager.java:600)",
    "\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:400)",
    "\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction(AbstractPlatformTransactionManager.java:373)",
    "\tat org.grails.transaction.GrailsTransactionTemplate.execute(GrailsTransactionTemplate.groovy:92)",
    "\tat rundeck.quartzjobs.ExecutionJob.initialize(ExecutionJob.groovy:232)",
    "\tat rundeck.quartzjobs.ExecutionJob.execute_internal(ExecutionJob.groovy:144)",
    "\tat rundeck.quartzjobs.ExecutionJob.execute(ExecutionJob.groovy:101)",
    "\tat org.quartz.core.JobRunShell.run(JobRunShell.java:202)",
    "\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
]
RD_CAUSE = [
    "Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
    "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)",
    "\tat org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:42)",
    "\t... 9 common frames omitted",
    "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:146)",
    "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
    "\t... 15 common frames omitted",
]


def rundeck(r: random.Random) -> list[Log]:
    """One Rundeck 5.2 server (MariaDB), 06:00 to 12:00: an SSH key rotated on worker04 failing
    a 30-second check all morning, db02's disk full from 06:30 failing a check every minute, the
    mail relay down 08:00-09:30 (notification e-mails), the database lost 09:10-09:18, a restart
    at 11:00."""
    fs = Files()
    workers = [f"quartzScheduler_Worker-{i}" for i in range(1, 11)]
    https = [f"http-nio-4440-exec-{i}" for i in range(1, 11)]

    def R(
        t: datetime, level: str, logger: str, thread: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            "service.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%dT%H:%M:%S},{x.microsecond // 1000:03d}] {level:<5} {logger} [{thread}] - {lines[0]}",
                *lines[1:],
            ],
            "rundeck",
            1000,
        )

    def startup(t: datetime) -> datetime:
        B = "rundeckapp.BootStrap"
        t = R(
            t,
            "INFO",
            B,
            "main",
            "Starting Rundeck %s ...",
            ["Starting Rundeck 5.2.0-20240410 (2024-04-10) ..."],
        )
        t = R(
            t + sec(0.004),
            "INFO",
            B,
            "main",
            "using rdeck.base config property: %s",
            ["using rdeck.base config property: /var/lib/rundeck"],
        )
        t = R(
            t + sec(0.009),
            "INFO",
            B,
            "main",
            "loaded configuration: %s",
            ["loaded configuration: /etc/rundeck/framework.properties"],
        )
        t = R(t + sec(0.05), "INFO", B, "main", "RSS feeds disabled", ["RSS feeds disabled"])
        t = R(
            t + sec(0.001),
            "INFO",
            B,
            "main",
            "Using jaas authentication",
            ["Using jaas authentication"],
        )
        t = R(
            t + sec(0.003),
            "INFO",
            B,
            "main",
            "Preauthentication is disabled",
            ["Preauthentication is disabled"],
        )
        t = R(
            t + sec(0.2),
            "INFO",
            "hikari.HikariDataSource",
            "main",
            "%s - Starting...",
            ["HikariPool-1 - Starting..."],
        )
        t = R(
            t + sec(0.35),
            "INFO",
            "hikari.HikariDataSource",
            "main",
            "%s - Start completed.",
            ["HikariPool-1 - Start completed."],
        )
        t = R(
            t + sec(0.6),
            "INFO",
            B,
            "main",
            "Rundeck is ACTIVE: executions can be run.",
            ["Rundeck is ACTIVE: executions can be run."],
        )
        for job in [
            "Queue depth check",
            "Disk usage check",
            "Nightly DB backup",
            "Rotate app logs",
            "Sync LDAP groups",
        ]:
            t = R(
                t + sec(r.uniform(0.005, 0.03)),
                "INFO",
                "services.ScheduledExecutionService",
                "main",
                "rescheduled job in project %s: %s",
                [f"rescheduled job in project ops: {job}"],
            )
        t = R(
            t + sec(0.05),
            "INFO",
            "core.QuartzScheduler",
            "main",
            "Scheduler %s_$_%s started.",
            ["Scheduler quartzScheduler_$_NON_CLUSTERED started."],
        )
        t = R(
            t + sec(0.01),
            "INFO",
            B,
            "main",
            "Rundeck startup finished in %dms",
            [f"Rundeck startup finished in {r.randint(1800, 2600)}ms"],
        )
        t = R(
            t + sec(0.4),
            "INFO",
            "rundeckapp.Application",
            "main",
            "Started Application in %s seconds (JVM running for %s)",
            [
                f"Started Application in {r.uniform(38, 46):.3f} seconds (JVM running for {r.uniform(47, 52):.3f})"
            ],
        )
        return R(
            t + sec(0.3),
            "INFO",
            "rundeckapp.Application",
            "main",
            "Grails application running at %s in environment: %s",
            ["Grails application running at http://localhost:4440 in environment: production"],
        )

    def shutdown(t: datetime) -> datetime:
        t = R(
            t,
            "INFO",
            "core.QuartzScheduler",
            "SpringApplicationShutdownHook",
            "Scheduler %s_$_%s shutting down.",
            ["Scheduler quartzScheduler_$_NON_CLUSTERED shutting down."],
        )
        t = R(
            t + sec(0.001),
            "INFO",
            "core.QuartzScheduler",
            "SpringApplicationShutdownHook",
            "Scheduler %s_$_%s paused.",
            ["Scheduler quartzScheduler_$_NON_CLUSTERED paused."],
        )
        t = R(
            t + sec(0.3),
            "INFO",
            "core.QuartzScheduler",
            "SpringApplicationShutdownHook",
            "Scheduler %s_$_%s shutdown complete.",
            ["Scheduler quartzScheduler_$_NON_CLUSTERED shutdown complete."],
        )
        t = R(
            t + sec(0.05),
            "INFO",
            "hikari.HikariDataSource",
            "SpringApplicationShutdownHook",
            "%s - Shutdown initiated...",
            ["HikariPool-1 - Shutdown initiated..."],
        )
        return R(
            t + sec(0.02),
            "INFO",
            "hikari.HikariDataSource",
            "SpringApplicationShutdownHook",
            "%s - Shutdown completed.",
            ["HikariPool-1 - Shutdown completed."],
        )

    def nz_text(node: str, step: int, code: int) -> str:
        ctx = f"{{dataContext=MultiDataContextImpl(map={{ContextView(step:{step}, node:{node})=BaseDataContext{{{{exec={{exitCode={code}}}}}}}, ContextView(node:{node})=BaseDataContext{{{{exec={{exitCode={code}}}}}}}}}, base=null)}}"
        return f"NonZeroResultCode: Remote command failed with exit status {code} + {ctx} "

    NZ_LABEL = "Execution failed: %d in project %s: [Workflow result: , step failures: {%d=Dispatch failed on %d nodes: [%s: NonZeroResultCode: Remote command failed with exit status %d + {dataContext=MultiDataContextImpl(map={ContextView(step:%d, node:%s)=BaseDataContext{{exec={exitCode=%d}}}, ContextView(node:%s)=BaseDataContext{{exec={exitCode=%d}}}}, base=null)} ]}, Node failures: {%s=[NonZeroResultCode: Remote command failed with exit status %d + {dataContext=MultiDataContextImpl(map={ContextView(step:%d, node:%s)=BaseDataContext{{exec={exitCode=%d}}}, ContextView(node:%s)=BaseDataContext{{exec={exitCode=%d}}}}, base=null)} ]}, status: failed]"
    AUTH_LABEL = 'Execution failed: %d in project %s: [Workflow result: , step failures: {%d=Dispatch failed on %d nodes: [%s: AuthenticationFailure: Authentication failure connecting to node: "%s". Make sure your resource definitions and credentials are up to date.]}, Node failures: {%s=[AuthenticationFailure: Authentication failure connecting to node: "%s". Make sure your resource definitions and credentials are up to date.]}, status: failed]'

    eid = [48211]
    t0, t_end = at(6, 0), at(12, 0)
    db_down = (at(9, 10, 4), at(9, 18, 31))
    restart = at(11, 0, 12)
    startup(t0 - sec(47.3))
    shutdown(restart)
    startup(restart + sec(52.6))

    def up(t: datetime) -> bool:
        return not (restart - sec(1) <= t < restart + sec(55))

    def notify(t: datetime, ex: int, job: str) -> None:
        if at(8, 0) <= t < at(9, 30):
            R(
                t + sec(r.uniform(0.3, 1.2)),
                "ERROR",
                "services.NotificationService",
                r.choice(workers),
                "Error sending notification email to %s for Execution %d Mail server connection failed. Failed messages: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: %s, %d; timeout %d",
                [
                    f"Error sending notification email to ops-alerts@example.com for Execution {ex} Mail server connection failed. Failed messages: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 25; timeout 10000"
                ],
            )

    fails: list[tuple[datetime, str, str, str]] = []

    def job_failed(t: datetime, text_label: str, msg: str, job: str) -> None:
        fails.append((t, text_label, msg, job))

    # worker04's key: a 30-second check (Queue depth check) failing all morning
    t = t0 + sec(30)
    while t < t_end:
        st = t + sec(r.uniform(1.5, 3.5))
        if up(st) and not (db_down[0] <= st < db_down[1]):
            msg = 'Execution failed: {EX} in project ops: [Workflow result: , step failures: {1=Dispatch failed on 1 nodes: [worker04: AuthenticationFailure: Authentication failure connecting to node: "worker04". Make sure your resource definitions and credentials are up to date.]}, Node failures: {worker04=[AuthenticationFailure: Authentication failure connecting to node: "worker04". Make sure your resource definitions and credentials are up to date.]}, status: failed]'
            job_failed(st, AUTH_LABEL, msg, "Queue depth check")
        t += sec(30)
    # db02's disk full from 06:30: every minute
    t = at(6, 30, 0)
    while t < t_end:
        st = t + sec(r.uniform(2.0, 5.5))
        if up(st) and not (db_down[0] <= st < db_down[1]):
            code = 2
            msg = f"Execution failed: {{EX}} in project ops: [Workflow result: , step failures: {{2=Dispatch failed on 1 nodes: [db02: {nz_text('db02', 2, code)}]}}, Node failures: {{db02=[{nz_text('db02', 2, code)}]}}, status: failed]"
            job_failed(st, NZ_LABEL, msg, "Disk usage check")
        t += sec(60)
    # Sync LDAP groups every 15 minutes: exit 1 on ldap01 while its certificate is expired
    t = at(6, 0, 0)
    while t < t_end:
        st = t + sec(r.uniform(3, 8))
        if up(st) and at(10, 0) <= st and not (db_down[0] <= st < db_down[1]):
            msg = f"Execution failed: {{EX}} in project ops: [Workflow result: , step failures: {{1=Dispatch failed on 1 nodes: [ldap01: {nz_text('ldap01', 1, 1)}]}}, Node failures: {{ldap01=[{nz_text('ldap01', 1, 1)}]}}, status: failed]"
            job_failed(st, NZ_LABEL, msg, "Sync LDAP groups")
        t += sec(900)
    for t, text_label, msg, job in sorted(fails, key=lambda x: x[0]):
        eid[0] += r.randint(1, 3)
        R(
            t,
            "ERROR",
            "services.ExecutionUtilService",
            r.choice(workers),
            text_label,
            [msg.replace("{EX}", str(eid[0]))],
        )
        notify(t, eid[0], job)
    # the database lost: web requests and scheduled jobs fail to get a connection
    for t in poisson(r, db_down[0] + sec(30), db_down[1], 1.3):
        th = r.choice(https)
        t = R(
            t,
            "WARN",
            "spi.SqlExceptionHelper",
            th,
            "SQL Error: %d, SQLState: %s",
            ["SQL Error: 0, SQLState: 08001"],
        )
        R(
            t + sec(0.001),
            "ERROR",
            "spi.SqlExceptionHelper",
            th,
            "%s - Connection is not available, request timed out after %dms.",
            ["HikariPool-1 - Connection is not available, request timed out after 30000ms."],
        )
    for t in [db_down[0] + sec(30 * i + r.uniform(0, 4)) for i in range(1, 17)]:
        w = r.choice(workers)
        job = r.choice(["Queue depth check", "Disk usage check"])
        key = f"ops:{job}:monitoring.{r.choice([12, 14])}:{job}"
        t = R(
            t,
            "ERROR",
            "core.JobRunShell",
            w,
            "Job %s threw an unhandled Exception: ",
            [
                f"Job {key} threw an unhandled Exception: ",
                "org.springframework.transaction.CannotCreateTransactionException: Could not open Hibernate Session for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
                *RD_JAVA_TX,
                *RD_CAUSE,
            ],
        )
        R(
            t + sec(0.001),
            "ERROR",
            "core.ErrorLogger",
            w,
            "Job (%s threw an exception.",
            [
                f"Job ({key} threw an exception.",
                "org.quartz.SchedulerException: Job threw an unhandled exception.",
                "\tat org.quartz.core.JobRunShell.run(JobRunShell.java:213)",
                "\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
                "Caused by: org.springframework.transaction.CannotCreateTransactionException: Could not open Hibernate Session for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
                *RD_JAVA_TX,
                "\t... 1 common frames omitted",
            ],
        )
    for _ in range(10):
        R(
            db_down[1] + sec(r.uniform(1, 40)),
            "WARN",
            "pool.PoolBase",
            r.choice(https + workers),
            "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
            [
                f"HikariPool-1 - Failed to validate connection org.mariadb.jdbc.Connection@{hexid(r, 8).lstrip('0')} ((conn={r.randint(30000, 39999)}) Connection.setNetworkTimeout cannot be called on a closed connection). Possibly consider using a shorter maxLifetime value."
            ],
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ dkron

DK_IPS = {"dkron-1": "10.0.4.11", "dkron-2": "10.0.4.12", "dkron-3": "10.0.4.13"}
DK_JOBS = [
    # name, period (s), processors, duration range
    ("ping-partners", 20, [], (0.2, 1.5)),
    ("sync-inventory", 60, ["log"], (2.0, 9.0)),
    ("etl-orders", 300, ["log", "files"], (20.0, 80.0)),
    ("report-build", 600, ["files"], (40.0, 200.0)),
]


def dkron(r: random.Random) -> list[Log]:
    """Three Dkron servers that also run jobs, 06:00 to 12:00: dkron-1 leads until its restart
    at 09:30 and dkron-2 after, etl-orders failing 08:00-08:30, report-build running long at
    07:20 (forbid concurrency), dkron-3 unreachable 10:40-10:45."""
    fs = Files()

    def K(
        n: str, t: datetime, level: str, label: str, msg: str, fields: dict | None = None
    ) -> datetime:
        f = dict(fields or {})
        f["node"] = n

        def val(v: object) -> str:
            s = str(v)
            if s and all(c.isalnum() or c in "-._/@^+" for c in s):
                return s
            return json.dumps(s)

        fstr = " ".join(f"{k}={val(f[k])}" for k in sorted(f))
        return fs.add(
            f"{n}.log",
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%SZ}" level={level} msg={json.dumps(msg)} {fstr}'],
            n,
            1_000_000,
        )

    def start(n: str, t: datetime, others: list[str]) -> datetime:
        t = K(n, t, "info", "agent: Dkron agent starting", "agent: Dkron agent starting")
        addrs = " ".join(DK_IPS[o] for o in others)
        t = K(
            n,
            t + sec(0.2),
            "info",
            "agent: joining: %v replay: %v",
            f"agent: joining: [{addrs}] replay: false",
        )
        t = K(
            n,
            t + sec(0.1),
            "info",
            "agent: joined: %d nodes",
            f"agent: joined: {len(others)} nodes",
        )
        t = K(
            n,
            t + sec(0.1),
            "info",
            "api: Running HTTP server",
            "api: Running HTTP server",
            {"address": ":8080"},
        )
        t = K(
            n, t + sec(0.05), "info", "dkron: monitoring leadership", "dkron: monitoring leadership"
        )
        return K(n, t + sec(0.01), "info", "agent: Listen for events", "agent: Listen for events")

    def event(n: str, t: datetime, ev: str) -> datetime:
        return K(n, t, "info", "agent: Received event", "agent: Received event", {"event": ev})

    def lead(n: str, t: datetime) -> datetime:
        t = K(
            n, t, "info", "dkron: cluster leadership acquired", "dkron: cluster leadership acquired"
        )
        t = K(
            n, t + sec(0.01), "info", "dkron: monitoring leadership", "dkron: monitoring leadership"
        )
        return K(
            n, t + sec(0.5), "info", "agent: Restarting scheduler", "agent: Restarting scheduler"
        )

    t0, t_end = at(6, 0), at(12, 0)
    nodes = list(DK_IPS)
    base = at(5, 59, 20)
    for i, n in enumerate(nodes):
        tn = start(n, base + sec(i * 1.0 + r.uniform(0, 0.5)), [o for o in nodes if o != n])
        for o in nodes[: i + 1]:
            event(o, tn + sec(1.1 + r.uniform(0, 0.3)), "member-join")
    lead("dkron-1", base + sec(6))
    r1 = at(9, 30, 3)
    back1 = at(9, 31, 10)
    part3 = (at(10, 40, 12), at(10, 45, 40))

    # dkron-1's restart
    K("dkron-1", r1, "info", "agent: Caught signal: %s", "agent: Caught signal: terminated")
    K(
        "dkron-1",
        r1 + sec(0.001),
        "info",
        "agent: Gracefully shutting down agent...",
        "agent: Gracefully shutting down agent...",
    )
    K(
        "dkron-1",
        r1 + sec(0.002),
        "info",
        "agent: Called member stop, now stopping",
        "agent: Called member stop, now stopping",
    )
    K(
        "dkron-1",
        r1 + sec(0.3),
        "info",
        "dkron: cluster leadership lost",
        "dkron: cluster leadership lost",
    )
    K(
        "dkron-1",
        r1 + sec(1.2),
        "warning",
        "agent: Serf shutdown detected, quitting",
        "agent: Serf shutdown detected, quitting",
    )
    for o in ["dkron-2", "dkron-3"]:
        event(o, r1 + sec(1.4 + r.uniform(0, 0.3)), "member-leave")
    lead("dkron-2", r1 + sec(3.1))
    tb = start("dkron-1", back1, ["dkron-2", "dkron-3"])
    for o in nodes:
        event(o, tb + sec(1.1 + r.uniform(0, 0.3)), "member-join")
    # dkron-3 unreachable
    for o in ["dkron-1", "dkron-2"]:
        event(o, part3[0] + sec(r.uniform(4, 6)), "member-failed")
        event(o, part3[1] + sec(r.uniform(1, 3)), "member-join")
    event("dkron-3", part3[0] + sec(r.uniform(4, 6)), "member-failed")
    event("dkron-3", part3[0] + sec(r.uniform(5, 7)), "member-failed")
    event("dkron-3", part3[1] + sec(r.uniform(1, 3)), "member-join")
    event("dkron-3", part3[1] + sec(r.uniform(1, 3)), "member-join")

    def leader(t: datetime) -> str:
        return "dkron-1" if t < r1 else "dkron-2"

    def alive(n: str, t: datetime) -> bool:
        if n == "dkron-1" and r1 <= t < back1 + sec(3):
            return False
        return not (n == "dkron-3" and part3[0] <= t < part3[1])

    report_busy = (at(7, 20, 0), at(7, 51, 40))
    for name, period, procs, (lo, hi) in DK_JOBS:
        t = t0 + sec(period)
        while t < t_end:
            st = t + sec(r.uniform(0.001, 0.05))
            ld = leader(st)
            if r1 - sec(1) <= st < r1 + sec(4):
                t += sec(period)
                continue
            if name == "report-build":
                K(
                    ld,
                    st,
                    "info",
                    "agent: Asking member for pending execution",
                    "agent: Asking member for pending execution",
                    {
                        "execution_key": f"{int(st.timestamp() * 1e9) - int(period * 1e9)}-{r.choice(nodes)}",
                        "member": r.choice(nodes),
                    },
                )
                if report_busy[0] < st < report_busy[1]:
                    K(
                        ld,
                        st + sec(0.01),
                        "info",
                        "job: Skipping concurrent execution",
                        "job: Skipping concurrent execution",
                        {"concurrency": "forbid", "job": name, "job_status": "running"},
                    )
                    t += sec(period)
                    continue
            cand = [n for n in nodes if alive(n, st)]
            n = r.choice(cand)
            ts = K(
                n,
                st + sec(r.uniform(0.005, 0.03)),
                "info",
                "grpc_agent: Starting job",
                "grpc_agent: Starting job",
                {"job": name},
            )
            dur = r.uniform(lo, hi)
            if name == "report-build" and abs((st - report_busy[0]).total_seconds()) < 1:
                dur = (report_busy[1] - st).total_seconds() - 5
            te = ts + sec(dur)
            if name == "etl-orders" and at(8, 0) <= st < at(8, 30):
                te = K(
                    n,
                    ts + sec(r.uniform(1, 3)),
                    "error",
                    "grpc_agent: command error output",
                    "grpc_agent: command error output",
                    {"error": "exit status 1", "job": name, "plugin": f"&{{0xc000{hexid(r, 6)}}}"},
                )
            if n != "dkron-1" and ts < r1 < te:
                K(
                    n,
                    r1 + sec(r.uniform(3, 6)),
                    "error",
                    "grpc_agent: error sending the final execution, falling back to ExecutionDone",
                    "grpc_agent: error sending the final execution, falling back to ExecutionDone",
                    {
                        "error": "rpc error: code = Unavailable desc = error reading from server: EOF",
                        "job": name,
                    },
                )
            ld2 = leader(te)
            for p in procs:
                K(
                    ld2,
                    te + sec(r.uniform(0.002, 0.02)),
                    "info",
                    "grpc: Processing execution with plugin",
                    "grpc: Processing execution with plugin",
                    {"plugin": p},
                )
            t += sec(period)
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- cronie

CN_DAILY = ["logrotate", "man-db.cron", "rhsmd", "mlocate"]


def cronie(r: random.Random) -> list[Log]:
    """Two RHEL 9 hosts' /var/log/cron (app1, db1), crond with `-s`, 06:00 to 12:00: the hourly
    run-parts and the day's anacron run, sysstat every 10 minutes, per-minute application jobs,
    the app down 08:30-08:50 (curl errors from the queue check), deploy's crontab edited at 08:12,
    a cron.d file with a bad mode at 09:40, crond restarted on app1 at 10:15."""
    fs = Files()
    pids = {"app1": 812, "db1": 794}

    def S(h: str, t: datetime, ident: str, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-cron",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} {ident}[{pid}]: {msg}"],
            (h, ident, pid),
            1_000_000,
        )

    def job(h: str, t: datetime, user: str, cmd: str, dur: float, out: list[str]) -> datetime:
        pid = r.randint(10000, 65000)
        S(h, t, "CROND", pid, "(%s) CMD (%s)", f"({user}) CMD ({cmd})")
        for i, line in enumerate(out):
            S(
                h,
                t + sec(dur * (i + 1) / (len(out) + 1)),
                "CROND",
                pid,
                "(%s) CMDOUT (%s)",
                f"({user}) CMDOUT ({line})",
            )
        return S(h, t + sec(dur), "CROND", pid, "(%s) CMDEND (%s)", f"({user}) CMDEND ({cmd})")

    def crond_start(h: str, t: datetime, orphan: bool) -> None:
        p = pids[h]
        t = S(h, t, "crond", p, "(CRON) STARTUP (%s)", "(CRON) STARTUP (1.5.7)")
        t = S(
            h,
            t,
            "crond",
            p,
            "(CRON) INFO (Syslog will be used instead of sendmail.)",
            "(CRON) INFO (Syslog will be used instead of sendmail.)",
        )
        if orphan:
            t = S(
                h,
                t,
                "crond",
                p,
                "(%s) ORPHAN (no passwd entry)",
                "(jsmith) ORPHAN (no passwd entry)",
            )
        t = S(
            h,
            t,
            "crond",
            p,
            "(CRON) INFO (RANDOM_DELAY will be scaled with factor %d%% if used.)",
            f"(CRON) INFO (RANDOM_DELAY will be scaled with factor {r.randint(1, 99)}% if used.)",
        )
        t = S(
            h,
            t,
            "crond",
            p,
            "(CRON) INFO (running with inotify support)",
            "(CRON) INFO (running with inotify support)",
        )
        S(
            h,
            t,
            "crond",
            p,
            "(CRON) INFO (@reboot jobs will be run at computer's startup.)",
            "(CRON) INFO (@reboot jobs will be run at computer's startup.)",
        )

    t0 = at(6, 0)
    restart = at(10, 15, 7)
    S(
        "app1",
        restart,
        "crond",
        pids["app1"],
        "(CRON) INFO (Shutting down)",
        "(CRON) INFO (Shutting down)",
    )
    pids["app1"] = 48811
    crond_start("app1", restart + sec(1), True)

    def runs(t: datetime) -> bool:
        return True

    for m in range(0, 360):
        tm = t0 + sec(60 * m)
        for h in ["app1", "db1"]:
            if h == "app1" and restart - sec(1) <= tm < restart + sec(2):
                continue
            jitter = sec(r.uniform(0.0, 0.9))
            # hourly run-parts (and anacron the first time)
            if tm.minute == 1:
                pid = r.randint(10000, 65000)
                t = S(
                    h,
                    tm + jitter,
                    "CROND",
                    pid,
                    "(%s) CMD (%s)",
                    "(root) CMD (run-parts /etc/cron.hourly)",
                )
                rp = r.randint(10000, 65000)
                t = S(
                    h,
                    t + sec(0.02),
                    "run-parts",
                    rp,
                    "(%s) starting %s",
                    "(/etc/cron.hourly) starting 0anacron",
                )
                if tm.hour == 6:
                    ap = r.randint(10000, 65000)
                    S(
                        h,
                        t + sec(0.01),
                        "anacron",
                        ap,
                        "Anacron started on %04d-%02d-%02d",
                        "Anacron started on 2024-06-04",
                    )
                    delay = 7 if h == "app1" else 19
                    S(
                        h,
                        t + sec(0.02),
                        "anacron",
                        ap,
                        "Will run job `%s' in %d min.",
                        f"Will run job `cron.daily' in {delay} min.",
                    )
                    S(
                        h,
                        t + sec(0.03),
                        "anacron",
                        ap,
                        "Jobs will be executed sequentially",
                        "Jobs will be executed sequentially",
                    )
                    td = tm + sec(60 * delay + r.uniform(0, 0.5))
                    S(h, td, "anacron", ap, "Job `%s' started", "Job `cron.daily' started")
                    dp = r.randint(10000, 65000)
                    for d in CN_DAILY:
                        td = S(
                            h,
                            td + sec(0.01),
                            "run-parts",
                            dp,
                            "(%s) starting %s",
                            f"(/etc/cron.daily) starting {d}",
                        )
                        td = S(
                            h,
                            td + sec(r.uniform(0.2, 40)),
                            "run-parts",
                            dp,
                            "(%s) finished %s",
                            f"(/etc/cron.daily) finished {d}",
                        )
                    td = S(
                        h,
                        td + sec(0.01),
                        "anacron",
                        ap,
                        "Job `%s' terminated",
                        "Job `cron.daily' terminated",
                    )
                    S(
                        h,
                        td + sec(0.01),
                        "anacron",
                        ap,
                        "Normal exit (%d job%s run)",
                        "Normal exit (1 job run)",
                    )
                t = S(
                    h,
                    t + sec(0.05),
                    "run-parts",
                    rp,
                    "(%s) finished %s",
                    "(/etc/cron.hourly) finished 0anacron",
                )
                S(
                    h,
                    t + sec(0.01),
                    "CROND",
                    pid,
                    "(%s) CMDEND (%s)",
                    "(root) CMDEND (run-parts /etc/cron.hourly)",
                )
            if tm.minute % 10 == 0:
                job(h, tm + jitter, "root", "/usr/lib64/sa/sa1 1 1", r.uniform(0.05, 0.3), [])
            if h == "app1":
                out = []
                if at(8, 30, 0) <= tm < at(8, 50, 0):
                    out = [
                        f"curl: (7) Failed to connect to localhost port 8080 after {r.randint(0, 2)} ms: Couldn't connect to server"
                    ]
                job(
                    h,
                    tm + jitter + sec(0.01),
                    "deploy",
                    "/opt/app/bin/queue-check.sh >/dev/null",
                    r.uniform(0.1, 0.6),
                    out,
                )
                out2 = []
                if tm.minute % 15 == 0:
                    out2 = [
                        "Running scheduled command: '/usr/bin/php' 'artisan' reports:generate > '/dev/null' 2>&1"
                    ]
                job(
                    h,
                    tm + jitter + sec(0.02),
                    "deploy",
                    "cd /var/www/app && php artisan schedule:run",
                    r.uniform(0.3, 1.8),
                    out2,
                )
            else:
                out = []
                lag = r.randint(0, 3) if not at(9, 5) <= tm < at(9, 25) else r.randint(40, 180)
                if lag > 30:
                    out = [f"WARNING: replication lag {lag}s exceeds threshold 30s"]
                job(
                    h,
                    tm + jitter + sec(0.01),
                    "postgres",
                    "/usr/local/bin/check_replication_lag.sh",
                    r.uniform(0.05, 0.2),
                    out,
                )
                if tm.minute % 5 == 2:
                    job(
                        h,
                        tm + jitter,
                        "root",
                        "/usr/local/bin/pg_backup_check.sh",
                        r.uniform(0.4, 1.2),
                        [],
                    )
                if tm.minute == 30:
                    job(
                        h,
                        tm + jitter,
                        "root",
                        "/usr/local/bin/pg_dump_hourly.sh",
                        r.uniform(60, 140),
                        [
                            f"dump written: /backup/appdb-{tm:%Y%m%d%H}.dump ({r.randint(2100, 2400)} MB)"
                        ],
                    )
                if tm.minute % 15 == 7:
                    job(
                        h,
                        tm + jitter,
                        "postgres",
                        "psql -qc 'VACUUM (ANALYZE) orders' appdb",
                        r.uniform(2, 9),
                        [],
                    )
    # deploy's crontab edited at 08:12
    ep = 23514
    te = S(
        "app1", at(8, 12, 31), "crontab", ep, "(%s) BEGIN EDIT (%s)", "(deploy) BEGIN EDIT (deploy)"
    )
    te = S("app1", te + sec(48), "crontab", ep, "(%s) REPLACE (%s)", "(deploy) REPLACE (deploy)")
    te = S("app1", te, "crontab", ep, "(%s) END EDIT (%s)", "(deploy) END EDIT (deploy)")
    S(
        "app1",
        at(8, 13, 0) + sec(0.2),
        "crond",
        812,
        "(%s) RELOAD (%s)",
        "(deploy) RELOAD (/var/spool/cron/deploy)",
    )
    # a cron.d file with a bad mode on db1
    S(
        "db1",
        at(9, 41, 0) + sec(0.1),
        "crond",
        pids["db1"],
        "(%s) BAD FILE MODE (%s)",
        "(*system*backup-offsite) BAD FILE MODE (/etc/cron.d/backup-offsite)",
    )
    S(
        "db1",
        at(9, 52, 0) + sec(0.1),
        "crond",
        pids["db1"],
        "(%s) RELOAD (%s)",
        "(*system*backup-offsite) RELOAD (/etc/cron.d/backup-offsite)",
    )
    for tm in [at(10, 0), at(11, 0)]:
        job(
            "db1",
            tm + sec(r.uniform(0, 0.9)),
            "root",
            "/usr/local/bin/offsite-sync.sh",
            r.uniform(30, 90),
            ["sent 1.92G bytes  received 3.41K bytes  24.9M bytes/sec"],
        )
    return fs.logs(t0)


SYSTEMS = {
    "ofelia": ofelia,
    "cronicle": cronicle,
    "rundeck": rundeck,
    "dkron": dkron,
    "cronie": cronie,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
