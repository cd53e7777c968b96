#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 156 (awx, weblate, pretix, mitmproxy, locust) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Python services, 06:00 to 12:00 on 2024-06-07.

- Ansible AWX 24.6 on the AWX operator (`awx-task.log`: `kubectl logs` of the task pod's
  awx-task container, AWX's `%(asctime)s %(levelname)-8s [%(guid)s] %(name)s %(message)s`;
  `awx-ee.log`: the same pod's awx-ee container, receptor's `LEVEL 2024/06/07 06:00:01 message`;
  `awx-web-h5kzt.log`, `awx-web-w9p2r.log`: the two web pods' awx-web containers, nginx's access
  lines beside AWX's own): every unified job's lifecycle (`job-48233 created` on the web pod for
  an API launch or on the task pod for a schedule, `acknowledged`, `blocked by
  projectupdate-48234` for a project updated on launch, `controller node chosen`, `execution node
  chosen`, `waiting`, `pre run`, `preparing playbook`, `running playbook`, `work unit id received`
  / `assigned`, `post run`, `finalize run`, `stats wrapup finished`), the callback receiver's `Starting
  EOF event processing for Job %s` / `Event processing is finished for Job %s, sending
  notifications`, the dispatcher scaling its pool, failed playbooks (`%s encountered an error
  (rc=%s), please see task stdout for details.`); a CI pipeline launching `Deploy billing-api`
  over the API and polling the job; the database failing over 07:40-07:45 (`%s Exception
  occurred while running task` with psycopg's error chained into Django's, `Internal Server Error:
  %s` on the web pods), the Kubernetes API stalling 09:12-09:24 (receptor's `Detected Error: EOF
  for pod %s. Will retry %d more times.`, a compliance scan lost), the Git server down
  10:05-10:20 (project updates failing, their jobs never starting) and a password guesser at
  10:40 (`Login failed for user %s from %s`).
- Weblate 5.5 in its Docker image (`weblate.log`: `docker logs` of the container, supervisord
  running nginx, the web workers, five Celery workers and Celery beat): Weblate's own lines in the
  image's `[%(asctime)s: %(levelname)s/%(process)s] %(message)s`, Celery's in its
  `[%(asctime)s: %(levelname)s/%(processName)s] %(message)s`, supervisord's; beat's heartbeat
  every minute, GitHub and Gitea push notifications (`received %s notification on repository %s,
  URL %s, branch %s, %d matching components, %d to process, %d linked`) each running
  `perform_update` (`updating repository`, `update took %.2f seconds`, `%s remote into repo %s..%s`,
  `processing %s, content changed`), the hourly `commit_pending` (`committing pending changes
  (%s)`, `committing %s as %s`, `pushing to remote repo`), change notifications; the mobile app's
  GitHub token expired 07:30-07:52 (`Could not update the repository: %s: remote: Invalid username
  or password.` with git's second line), a mass update at 09:00 retried on the repository lock,
  the docs' Gitea host unresolvable 10:15-10:27, and the container restarted at 11:00.
- pretix 2024.5 standalone (`pretix.log`: its LOG_DIR file, `%(levelname)s %(asctime)s %(name)s
  %(module)s %(message)s`; `worker.log`: the Celery worker's output): a conference's ticket shop
  with its early-bird sale opening at 09:00; Celery's `Task %s[%s] received` / `succeeded in %ss: %s`
  for carts, orders, mails and invoices; Stripe's card errors (`Stripe card error: %s` with three
  of Stripe's messages), Stripe unreachable 09:05-09:08 (`Stripe error: %s` with the client's
  four-line message and a traceback), the SMTP relay down 08:20-08:45 (mails retried with two
  exceptions), mails to misspelled domains (`Error sending email` and SMTPRecipientsRefused),
  bots (`Not Found: %s`, DisallowedHost), the database failing over 10:05-10:07 (`Internal Server
  Error: %s`, `Task %s[%s] raised unexpected: %s`) and Redis restarted at 10:40 (the consumer's
  `Connection to broker lost` and `Cannot connect to %s: ...` with its retry lines).
- mitmproxy 10.3 (`mitmdump.log`: a CI egress proxy's mitmdump with an addon, its termlog's
  `[06:00:01.234][10.20.0.14:51532] message` and the dumper's flow lines, a request line and its
  ` << 200 OK 41.2k` response line): each connection's `client connect`, `server connect %s`,
  flows to PyPI, npm, the Go module proxy and GitHub, `server disconnect %s`, `client disconnect`;
  telemetry blocked by the addon (`egress: blocked %s for %s (not in allowlist)`, a 403); a runner
  image without the proxy's CA (`Client TLS handshake failed. ...` two ways), a private artifact
  host whose CA the proxy lacks (`Server TLS handshake failed. Certificate verify failed: %s`), the
  resolver failing 08:10-08:22 (`error establishing server connection: %s`, 502s), the addon
  broken by an edit 09:41-09:52 (`Addon error: %s` with its traceback) and a restart at 11:00.
- Locust 2.28 distributed (`loadgen-master.log`, `loadgen-1.log` ... `loadgen-4.log`: its
  `--logfile`, `[%(asctime)s] %(hostname)s/%(levelname)s/%(name)s: %(message)s`): a soak test
  06:05-08:55 and a spike test 09:30-11:45 started from the web UI (`Sending spawn jobs of %d users
  at %.2f spawn rate to %d ready workers`, `Ramping to %d users at a rate of %.2f per second`, `All
  users spawned: %s (%i total users)`), the locustfile's exceptions (`%s\\n%s`: the exception and
  its traceback; JSONDecodeError while the backend returns 502 pages 07:10-07:30, IndexError,
  TypeError) and warnings, CPU warnings, loadgen-3 cut off 08:30-08:36 (`Worker %s failed to send
  heartbeat, setting state to missing.`, `Didn't get heartbeat from master in over %ds`), and the
  master and workers restarted at 09:15 with a new locustfile.

Label notes. The heads are context: AWX's time, level and `[guid]` and logger name, receptor's
level and time, nginx's address and time, Weblate's and Celery's bracket, supervisord's time and
level, pretix's level, time, logger and module, mitmdump's `[time]` and `[client]`, Locust's
bracket, host, level and logger. Weblate's `%s: ` before a component's or a translation's message
is the prefix its log hook adds (the component's or translation's slug): context, as Ofelia's job
prefix. An access line (nginx's, mitmdump's flow) is labelled as the set's access-log systems are:
method, route and status, the site kept for a proxy; mitmdump's response line is the second line
of the flow's event (no label). An exception's text inside a message contributes its format
(`Stripe card error: Your card was declined.`, Celery's `retry: Retry in %ss:
ConnectionRefusedError(%d, 'Connection refused')`, Locust's `Expecting value: line %d column %d
(char %d)`); AWX's lifecycle state is the word the call site passes (`log_lifecycle("pre_run")`),
so each state is a label, and the unified job's type is a value.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

T = TypeVar("T")


def pyts(t: datetime) -> str:
    """Python logging's default asctime."""
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def pyframes(frames: list[tuple[str, int, str, str]]) -> list[str]:
    """A Python traceback's frame lines: (file, line, function, source line)."""
    out: list[str] = []
    for f, n, fn, src in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        if src:
            out.append(f"    {src}")
    return out


def traceback(frames: list[tuple[str, int, str, str]], tail: list[str]) -> list[str]:
    return ["Traceback (most recent call last):", *pyframes(frames), *tail]


def weighted(x: float, table: list[tuple[float, T]]) -> T:
    """The entry of `table` (weight, value) that `x` in [0, 1) falls on."""
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


def clf(t: datetime) -> str:
    return f"{t:%d/%b/%Y:%H:%M:%S} +0000"


# -------------------------------------------------------------------------------------- awx

AWX_PY = "/var/lib/awx/venv/awx/lib64/python3.11/site-packages"
AWX_TASK = "awx-task-6c9d8b7f5-q2x8m"
AWX_WEBS = ["awx-web-7f8b9c6d4-h5kzt", "awx-web-7f8b9c6d4-w9p2r"]
AWX_DB_ERR = [
    'psycopg.OperationalError: connection failed: connection to server at "10.43.118.20", port 5432 failed: Connection refused',
    "\tIs the server running on that host and accepting TCP/IP connections?",
]
AWX_CONNECT = [
    (f"{AWX_PY}/django/db/backends/base/base.py", 289, "ensure_connection", "self.connect()"),
    (f"{AWX_PY}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)"),
    (
        f"{AWX_PY}/django/db/backends/base/base.py",
        270,
        "connect",
        "self.connection = self.get_new_connection(conn_params)",
    ),
    (f"{AWX_PY}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)"),
    (
        f"{AWX_PY}/django/db/backends/postgresql/base.py",
        332,
        "get_new_connection",
        "connection = self.Database.connect(**conn_params)",
    ),
    (
        f"{AWX_PY}/psycopg/connection.py",
        748,
        "connect",
        "raise last_ex.with_traceback(None)",
    ),
]
UA_BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"


def awx_db_chain(frames: list[tuple[str, int, str, str]]) -> list[str]:
    """psycopg's connection error, and Django's OperationalError raised from it: `frames` are
    the caller's, down to the cursor."""
    return [
        *traceback(AWX_CONNECT, AWX_DB_ERR),
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        *traceback(
            [
                *frames,
                (f"{AWX_PY}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)"),
                (
                    f"{AWX_PY}/django/db/backends/base/base.py",
                    288,
                    "ensure_connection",
                    "with self.wrap_database_errors:",
                ),
                (
                    f"{AWX_PY}/django/db/utils.py",
                    91,
                    "__exit__",
                    "raise dj_exc_value.with_traceback(traceback) from exc_value",
                ),
                *AWX_CONNECT,
            ],
            ["django.db.utils." + AWX_DB_ERR[0].split(".", 1)[1], AWX_DB_ERR[1]],
        ),
    ]


def awx(r: random.Random) -> list[Log]:
    """The operator's task pod (awx-task and awx-ee containers) and two web pods, 06:00 to 12:00:
    five job templates and two inventory sources on schedules, a CI pipeline launching the
    billing deploy over the API, the database failing over 07:40:12-07:44:50, the Kubernetes API
    stalling 09:12-09:24, the Git server down 10:05-10:20, a password guesser at 10:40."""
    fs = Files()
    TASK = "awx-task.log"
    EE = "awx-ee.log"
    WEBF = {w: f"awx-web-{w.rsplit('-', 1)[1]}.log" for w in AWX_WEBS}

    def A(
        f: str, t: datetime, level: str, guid: str, name: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{pyts(x)} {level:<8} [{guid}] {name} {lines[0]}", *lines[1:]],
            (f, "py"),
            1000,
        )

    def R(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            EE, t, label, lambda x: [f"{level} {x:%Y/%m/%d %H:%M:%S} {msg}"], "receptor", 1_000_000
        )

    def N(
        w: str,
        t: datetime,
        method: str,
        path: str,
        route: str,
        status: int,
        size: int,
        ua: str,
        xff: str,
        ref: str = "-",
    ) -> datetime:
        ing = r.choice(["10.42.3.15", "10.42.5.21"])
        return fs.add(
            WEBF[w],
            t,
            f"{method} {route} {status}",
            lambda x: [
                f'{ing} - - [{clf(x)}] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}" "{xff}"'
            ],
            (w, "nginx"),
            1_000_000,
        )

    db_down = (at(7, 40, 12), at(7, 44, 50))
    k8s_slow = (at(9, 12, 5), at(9, 24, 40))
    git_down = (at(10, 5, 30), at(10, 20, 10))

    def after_db(t: datetime) -> datetime:
        if db_down[0] <= t < db_down[1]:
            return db_down[1] + sec(r.uniform(1.5, 12))
        return t

    seq = [48211]

    def new_id() -> int:
        seq[0] += 1
        return seq[0]

    pids = [1912]

    def lc(f: str, t: datetime, guid: str, kind: str, uid: int, state: str) -> datetime:
        return A(
            f,
            t,
            "INFO",
            guid,
            "awx.analytics.job_lifecycle",
            f"%s-%s {state}",
            [f"{kind}-{uid} {state}"],
        )

    def tm_cycle(t: datetime) -> datetime:
        """The task manager's next run after t (every 20 s, or woken by a launch)."""
        return after_db(t + sec(r.uniform(0.3, 4.5)))

    def scale(t: datetime) -> None:
        pids[0] += r.randint(3, 40)
        A(
            TASK,
            t,
            "WARNING",
            "-",
            "awx.main.dispatch",
            "scaling up worker pid:%s",
            [f"scaling up worker pid:{pids[0]}"],
        )

    def run(
        kind: str,
        uid: int,
        t: datetime,
        dur: float,
        *,
        created_on: str = TASK,
        blocked_by: tuple[str, int, datetime, bool] | None = None,
        rc: int = 0,
    ) -> tuple[datetime, bool]:
        """One unified job from `created` on; returns its end and whether it succeeded."""
        tname = {
            "job": "job",
            "projectupdate": "project_update",
            "inventoryupdate": "inventory_update",
            "systemjob": "system_job",
        }[kind]
        t = lc(created_on, after_db(t), hexid(r, 32), kind, uid, "created")
        g = hexid(r, 32)
        t = lc(TASK, tm_cycle(t), g, kind, uid, "acknowledged")
        if blocked_by:
            bkind, bid, bend, bok = blocked_by
            lc_t = A(
                TASK,
                t + sec(r.uniform(0.002, 0.02)),
                "INFO",
                g,
                "awx.analytics.job_lifecycle",
                "%s-%s blocked by %s-%s",
                [f"{kind}-{uid} blocked by {bkind}-{bid}"],
            )
            if not bok:
                return lc_t, False
            t = tm_cycle(bend + sec(r.uniform(0.5, 3)))
            g = hexid(r, 32)
        else:
            t += sec(r.uniform(0.01, 0.05))
        t = lc(TASK, t, g, kind, uid, "controller node chosen")
        t = lc(TASK, t + sec(r.uniform(0.001, 0.004)), g, kind, uid, "execution node chosen")
        t = lc(TASK, t + sec(r.uniform(0.005, 0.03)), g, kind, uid, "waiting")
        if r.random() < 0.3:
            scale(t + sec(r.uniform(0.01, 0.05)))
        d = hexid(r, 32)
        t += sec(r.uniform(0.2, 1.1))
        if db_down[0] <= t < db_down[1]:
            A(
                TASK,
                t,
                "ERROR",
                d,
                "awx.main.tasks.jobs",
                "%s Exception occurred while running task",
                [
                    f"{tname} {uid} (waiting) Exception occurred while running task",
                    *awx_db_chain(
                        [
                            (
                                f"{AWX_PY}/awx/main/tasks/jobs.py",
                                478,
                                "run",
                                "self.instance = self.update_model(pk, status='running', start_args='')",
                            ),
                            (
                                f"{AWX_PY}/awx/main/tasks/jobs.py",
                                134,
                                "update_model",
                                "instance = self.model.objects.get(pk=pk)",
                            ),
                            (
                                f"{AWX_PY}/django/db/models/manager.py",
                                87,
                                "manager_method",
                                "return getattr(self.get_queryset(), name)(*args, **kwargs)",
                            ),
                            (f"{AWX_PY}/django/db/models/query.py", 633, "get", "num = len(clone)"),
                            (
                                f"{AWX_PY}/django/db/backends/base/base.py",
                                316,
                                "_cursor",
                                "self.ensure_connection()",
                            ),
                        ]
                    ),
                ],
            )
            return t, False
        t = lc(TASK, t, d, kind, uid, "pre run")
        t = lc(TASK, t + sec(r.uniform(0.3, 1.8)), d, kind, uid, "preparing playbook")
        t = lc(TASK, t + sec(r.uniform(0.4, 1.4)), d, kind, uid, "running playbook")
        t = lc(TASK, t + sec(r.uniform(0.3, 0.9)), d, kind, uid, "work unit id received")
        t = lc(TASK, t + sec(r.uniform(0.005, 0.04)), d, kind, uid, "work unit id assigned")
        R(
            t + sec(r.uniform(0.05, 0.4)),
            "WARNING",
            "Could not read in control service: read unix %s->%s: use of closed network connection",
            "Could not read in control service: read unix /var/run/receptor/receptor.sock->@: use of closed network connection",
        )
        end = t + sec(dur)
        pod = f"awx/automation-job-{uid}-{alnum(r, 5).lower()}"
        lost = False
        if kind != "systemjob" and (t < k8s_slow[1] and end > k8s_slow[0]):
            a = max(t, k8s_slow[0]) + sec(r.uniform(5, 60))
            left = 5
            while a < min(end, k8s_slow[1]) and left > 0:
                R(
                    a,
                    "WARNING",
                    "Detected Error: EOF for pod %s. Will retry %d more times.",
                    f"Detected Error: EOF for pod {pod}. Will retry {left} more times.",
                )
                left -= 1
                a += sec(r.uniform(25, 70))
            if left == 0:
                lost = True
                end = a
        if db_down[0] <= end < db_down[1]:
            A(
                TASK,
                end,
                "ERROR",
                d,
                "awx.main.tasks.jobs",
                "%s Exception occurred while running task",
                [
                    f"{tname} {uid} (running) Exception occurred while running task",
                    *awx_db_chain(
                        [
                            (
                                f"{AWX_PY}/awx/main/tasks/jobs.py",
                                620,
                                "run",
                                "self.instance = self.update_model(pk, status=status, emitted_events=self.event_ct, **extra_update_fields)",
                            ),
                            (
                                f"{AWX_PY}/awx/main/tasks/jobs.py",
                                134,
                                "update_model",
                                "instance = self.model.objects.get(pk=pk)",
                            ),
                            (
                                f"{AWX_PY}/django/db/models/manager.py",
                                87,
                                "manager_method",
                                "return getattr(self.get_queryset(), name)(*args, **kwargs)",
                            ),
                            (f"{AWX_PY}/django/db/models/query.py", 633, "get", "num = len(clone)"),
                            (
                                f"{AWX_PY}/django/db/backends/base/base.py",
                                316,
                                "_cursor",
                                "self.ensure_connection()",
                            ),
                        ]
                    ),
                ],
            )
            return end, False
        t = lc(TASK, end, d, kind, uid, "post run")
        R(
            t + sec(r.uniform(0.05, 0.3)),
            "WARNING",
            "Could not read in control service: read unix %s->%s: use of closed network connection",
            "Could not read in control service: read unix /var/run/receptor/receptor.sock->@: use of closed network connection",
        )
        if lost or rc:
            status = "error" if lost else "failed"
            A(
                TASK,
                t + sec(r.uniform(0.05, 0.3)),
                "WARNING",
                d,
                "awx.main.tasks.jobs",
                "%s encountered an error (rc=%s), please see task stdout for details.",
                [
                    f"{tname} {uid} ({status}) encountered an error (rc={'None' if lost else rc}), please see task stdout for details."
                ],
            )
        c = t + sec(r.uniform(0.2, 1.5))
        c = A(
            TASK,
            c,
            "INFO",
            "-",
            "awx.main.commands.run_callback_receiver",
            "Starting EOF event processing for Job %s",
            [f"Starting EOF event processing for Job {uid}"],
        )
        c = lc(TASK, c + sec(r.uniform(0.01, 0.4)), "-", kind, uid, "stats wrapup finished")
        c = A(
            TASK,
            c + sec(r.uniform(0.005, 0.05)),
            "INFO",
            "-",
            "awx.main.commands.run_callback_receiver",
            "Event processing is finished for Job %s, sending notifications",
            [f"Event processing is finished for Job {uid}, sending notifications"],
        )
        t = lc(TASK, max(c, t) + sec(r.uniform(0.05, 0.5)), d, kind, uid, "finalize run")
        return t, not (lost or rc)

    # --- schedules
    events: list[tuple[datetime, str, dict]] = []
    for m in range(0, 360, 15):
        events.append((T0 + sec(60 * (m + 2) + r.uniform(0.1, 0.9)), "backup", {}))
    for m in range(10, 360, 30):
        events.append((T0 + sec(60 * m + r.uniform(0.1, 0.9)), "patch", {}))
    for h in range(6):
        events.append((at(6 + h, 30, r.uniform(0.1, 0.9)), "compliance", {}))
        events.append((at(6 + h, 5, r.uniform(0.1, 0.9)), "inv-vcenter", {}))
        events.append((at(6 + h, 35, r.uniform(0.1, 0.9)), "inv-aws", {}))
    events.append((at(11, 30, 0.4), "cleanup", {}))
    deploys = sorted(T0 + sec(r.uniform(600, 21000)) for _ in range(15))
    deploys += [at(7, 37, 20), at(9, 14, 22), at(10, 8, 41), at(10, 12, 3)]
    for t in sorted(deploys):
        events.append((t, "deploy", {}))
    events.sort(key=lambda e: e[0])

    last_infra = [T0 - sec(1000)]
    ci_ua = "python-requests/2.31.0"
    ci_ip = ["10.20.0.11", "10.20.0.12", "10.20.0.14"]

    def git_ok(t: datetime) -> bool:
        return not (git_down[0] <= t < git_down[1])

    def project_update(t: datetime) -> tuple[int, datetime, bool]:
        pid = new_id()
        ok = git_ok(t)
        end, good = run("projectupdate", pid, t, r.uniform(6, 14), rc=0 if ok else 2)
        return pid, end, good

    for t, what, _ in events:
        if what == "backup":
            run("job", new_id(), t, r.uniform(38, 75), rc=2 if r.random() < 0.06 else 0)
        elif what == "patch":
            jid = new_id()
            if (t - last_infra[0]).total_seconds() > 900:
                last_infra[0] = t
                pid = jid + 1
                seq[0] += 1
                pend, pok = run(
                    "projectupdate",
                    pid,
                    t + sec(r.uniform(0.6, 2)),
                    r.uniform(6, 14),
                    rc=0 if git_ok(t) else 2,
                )
                run(
                    "job",
                    jid,
                    t,
                    r.uniform(180, 380),
                    blocked_by=("projectupdate", pid, pend, pok),
                    rc=2 if r.random() < 0.2 else 0,
                )
            else:
                run("job", jid, t, r.uniform(180, 380), rc=2 if r.random() < 0.2 else 0)
        elif what == "compliance":
            run("job", new_id(), t, r.uniform(720, 1080))
        elif what.startswith("inv-"):
            run(
                "inventoryupdate",
                new_id(),
                t,
                r.uniform(25, 70) if what == "inv-vcenter" else r.uniform(12, 30),
            )
        elif what == "cleanup":
            run("systemjob", new_id(), t, r.uniform(4, 9))
        elif what == "deploy":
            w = r.choice(AWX_WEBS)
            xff = r.choice(ci_ip)
            jid = new_id()
            if db_down[0] <= t < db_down[1]:
                t = db_down[1] + sec(r.uniform(20, 60))
            tl = N(
                w,
                t + sec(0.12),
                "POST",
                "/api/v2/job_templates/31/launch/",
                "/api/v2/job_templates/%s/launch/",
                201,
                r.randint(2300, 2500),
                ci_ua,
                xff,
            )
            pid = new_id()
            pend, pok = run(
                "projectupdate",
                pid,
                t + sec(r.uniform(0.5, 2)),
                r.uniform(6, 14),
                rc=0 if git_ok(t) else 2,
            )
            end, _ = run(
                "job",
                jid,
                t,
                r.uniform(150, 320),
                created_on=WEBF[w],
                blocked_by=("projectupdate", pid, pend, pok),
                rc=2 if r.random() < 0.1 else 0,
            )
            if not pok:
                end = pend + sec(r.uniform(1, 4))
            # the pipeline polls the job every 10 s
            p = tl + sec(10)
            while p < end + sec(10):
                w2 = r.choice(AWX_WEBS)
                if db_down[0] <= p < db_down[1]:
                    N(
                        w2,
                        p,
                        "GET",
                        f"/api/v2/jobs/{jid}/",
                        "/api/v2/jobs/%s/",
                        500,
                        145,
                        ci_ua,
                        xff,
                    )
                    A(
                        WEBF[w2],
                        p - sec(0.03),
                        "ERROR",
                        hexid(r, 32),
                        "django.request",
                        "Internal Server Error: %s",
                        [
                            f"Internal Server Error: /api/v2/jobs/{jid}/",
                            *awx_db_chain(
                                [
                                    (
                                        f"{AWX_PY}/django/core/handlers/exception.py",
                                        55,
                                        "inner",
                                        "response = get_response(request)",
                                    ),
                                    (
                                        f"{AWX_PY}/awx/main/middleware.py",
                                        89,
                                        "__call__",
                                        "response = self.get_response(request)",
                                    ),
                                    (
                                        f"{AWX_PY}/django/contrib/sessions/middleware.py",
                                        55,
                                        "process_request",
                                        "request.session = self.SessionStore(session_key)",
                                    ),
                                    (
                                        f"{AWX_PY}/django/db/backends/base/base.py",
                                        316,
                                        "_cursor",
                                        "self.ensure_connection()",
                                    ),
                                ]
                            ),
                        ],
                    )
                else:
                    N(
                        w2,
                        p,
                        "GET",
                        f"/api/v2/jobs/{jid}/",
                        "/api/v2/jobs/%s/",
                        200,
                        r.randint(3600, 4400),
                        ci_ua,
                        xff,
                    )
                p += sec(15 + r.uniform(0, 0.4))

    # --- the UI: three operators looking at the job list for a while
    for start, mins, user, ip in [
        (at(6, 22, 10), 38, "mhofer", "10.8.1.23"),
        (at(8, 2, 40), 55, "jsantos", "10.8.1.57"),
        (at(9, 20, 5), 30, "mhofer", "10.8.1.23"),
        (at(11, 3, 30), 45, "akowalski", "10.8.2.14"),
    ]:
        w = r.choice(AWX_WEBS)
        tt = N(
            w,
            start,
            "POST",
            "/api/login/",
            "/api/login/",
            302,
            0,
            UA_BROWSER,
            ip,
            "https://awx.example.com/",
        )
        A(
            WEBF[w],
            tt - sec(0.05),
            "INFO",
            hexid(r, 32),
            "awx.api.generics",
            "User %s logged in from %s",
            [f"User {user} logged in from {ip}"],
        )
        p = tt + sec(2)
        while p < start + sec(60 * mins):
            N(
                r.choice(AWX_WEBS),
                p,
                "GET",
                f"/api/v2/unified_jobs/?not__launch_type=sync&order_by=-finished&page={r.choice([1, 1, 1, 2])}&page_size=20",
                "/api/v2/unified_jobs/",
                200,
                r.randint(48000, 61000),
                UA_BROWSER,
                ip,
                "https://awx.example.com/",
            )
            p += sec(r.uniform(15, 60))
    # --- a password guesser through the ingress at 10:40
    g = at(10, 40, 3)
    for user in [
        "admin",
        "admin",
        "administrator",
        "awx",
        "root",
        "admin",
        "ansible",
        "test",
        "admin",
        "operator",
        "admin",
        "user",
    ]:
        w = r.choice(AWX_WEBS)
        tt = N(
            w,
            g,
            "POST",
            "/api/login/",
            "/api/login/",
            401,
            1530,
            "python-requests/2.28.1",
            "203.0.113.77",
            "https://awx.example.com/",
        )
        A(
            WEBF[w],
            tt - sec(0.04),
            "WARNING",
            hexid(r, 32),
            "awx.api.generics",
            "Login failed for user %s from %s",
            [f"Login failed for user {user} from 203.0.113.77"],
        )
        g += sec(r.uniform(1.5, 6))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- weblate

WL_HOST = "3f9a0c1b7e22"
WL_LANGS = ["de", "fr", "es", "it", "pt_BR", "ja", "pl", "nl", "cs", "zh_Hans"]
WL_REPOS = {
    # repository: (service, url, branch, [(component slug, file pattern)], mean seconds between pushes)
    "acme/website": (
        "GitHub",
        "https://github.com/acme/website",
        "main",
        [
            ("website/frontend", "locales/{l}/LC_MESSAGES/django.po"),
            ("website/emails", "emails/locale/{l}.po"),
        ],
        900,
    ),
    "acme/mobile-app": (
        "GitHub",
        "https://github.com/acme/mobile-app",
        "develop",
        [
            ("mobile-app/android", "app/src/main/res/values-{a}/strings.xml"),
            ("mobile-app/ios", "Resources/{i}.lproj/Localizable.strings"),
        ],
        1100,
    ),
    "acme/desktop": (
        "GitHub",
        "https://github.com/acme/desktop",
        "main",
        [("desktop/app", "src/i18n/{l}.json")],
        3000,
    ),
    "docs/handbook": (
        "Gitea",
        "https://git.example.com/docs/handbook",
        "main",
        [("docs/handbook", "locale/{l}/LC_MESSAGES/handbook.po")],
        1500,
    ),
}
WL_AUTHORS = [
    "Jana Nováková <jana.novakova@example.org>",
    "Lukas Becker <lukas@becker.example>",
    "Marie Dubois <marie.dubois@example.fr>",
    "Hiroshi Tanaka <h.tanaka@example.jp>",
    "Paula Ferreira <paula.ferreira@example.com.br>",
    "Weblate Admin <admin@weblate.example.com>",
]
WL_PROGRAMS = [
    "celery-backup",
    "celery-beat",
    "celery-main",
    "celery-memory",
    "celery-notify",
    "celery-translate",
    "nginx",
    "web",
]
WL_WORKERS = {
    "celery-main": "celery",
    "celery-notify": "notify",
    "celery-memory": "memory",
    "celery-backup": "backup",
    "celery-translate": "translate",
}


def weblate(r: random.Random) -> list[Log]:
    """One Weblate container, 06:00 to 12:00: four repositories' push notifications, beat's
    heartbeat and hourly commit, translators' changes; the mobile app's GitHub token expired
    07:30-07:52, a burst of pushes at 09:00 contending for the repository lock, git.example.com
    unresolvable 10:15-10:27, the container restarted at 11:00."""
    fs = Files()
    F = "weblate.log"

    def W(t: datetime, level: str, pid: int, label: str, lines: list[str]) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"[{pyts(x)}: {level}/{pid}] {lines[0]}", *lines[1:]],
            ("pid", pid),
            1000,
        )

    def C(t: datetime, level: str, worker: str, proc: str, label: str, msg: str) -> datetime:
        return fs.add(
            F, t, label, lambda x: [f"[{pyts(x)}: {level}/{proc}] {msg}"], (worker, proc), 1000
        )

    def S(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(F, t, label, lambda x: [f"{pyts(x)} {level} {msg}"], "supervisord", 1000)

    auth_bad = (at(7, 30, 0), at(7, 52, 30))
    dns_bad = (at(10, 15, 10), at(10, 27, 40))
    stop, start = at(11, 0, 2.113), at(11, 0, 41.907)
    down = (stop - sec(1), start + sec(8))
    # the web workers' and the pool processes' pids, before and after the restart
    web_pids = ([58, 59, 60, 61], [71, 72, 73, 74])
    pool_pids = (
        {w: [100 + 10 * k + j for j in range(1, 5)] for k, w in enumerate(WL_WORKERS)},
        {w: [160 + 10 * k + j for j in range(1, 5)] for k, w in enumerate(WL_WORKERS)},
    )

    def task(
        t: datetime, worker: str, name: str, dur: float, body=None, result: str = "None"
    ) -> datetime:
        """A Celery task: received in the worker's MainProcess, run in a pool process (`body(t,
        pid)` logs its lines and returns when it is done, or None when the task was retried)."""
        tid = uuid4(r)
        t = C(
            t, "INFO", worker, "MainProcess", "Task %s[%s] received", f"Task {name}[{tid}] received"
        )
        k = r.randrange(4)
        pid = pool_pids[t >= start][worker][k]
        t0 = t + sec(r.uniform(0.002, 0.02))
        te = t0 + sec(dur)
        if body:
            te = body(t0, pid, tid, name)
            if te is None:
                return t
        rt = (te - t0).total_seconds() + r.uniform(0.0001, 0.001)
        return C(
            te,
            "INFO",
            worker,
            f"ForkPoolWorker-{k + 1}",
            "Task %s[%s] succeeded in %ss: %s",
            f"Task {name}[{tid}] succeeded in {rt!r}s: {result}",
        )

    def fname(pattern: str, lang: str) -> str:
        a = lang.replace("_", "-r") if "_" in lang else lang
        i = lang.replace("_", "-").replace("zh-Hans", "zh-Hans")
        return pattern.format(l=lang, a=a, i=i)

    def commit_translations(
        t: datetime, pid: int, slug: str, pattern: str, reason: str
    ) -> datetime:
        t = W(
            t,
            "INFO",
            pid,
            f"committing pending changes ({reason})",
            [f"{slug}: committing pending changes ({reason})"],
        )
        for lang in r.sample(WL_LANGS, r.choice([1, 1, 2, 3])):
            t = W(
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                pid,
                "committing %s as %s",
                [f"{slug}/{lang}: committing ['{fname(pattern, lang)}'] as {r.choice(WL_AUTHORS)}"],
            )
        return t

    def update_body(slug: str, pattern: str, repo: str, retry: bool = False):
        def body(t: datetime, pid: int, tid: str, name: str) -> datetime | None:
            if retry:
                C(
                    t + sec(120 + r.uniform(0.01, 0.2)),
                    "INFO",
                    "celery-main",
                    "MainProcess",
                    "Task %s[%s] retry: Retry in %ss: WeblateLockTimeoutError('Lock on %s could not be acquired in %ss')",
                    f"Task {name}[{tid}] retry: Retry in {r.randint(20, 60)}s: WeblateLockTimeoutError('Lock on repo:{slug.split('/')[0]} could not be acquired in 120s')",
                )
                return None
            if r.random() < 0.3:
                t = commit_translations(t, pid, slug, pattern, "update")
            t = W(
                t + sec(r.uniform(0.01, 0.1)),
                "INFO",
                pid,
                "updating repository",
                [f"{slug}: updating repository"],
            )
            if repo == "acme/mobile-app" and auth_bad[0] <= t < auth_bad[1]:
                return W(
                    t + sec(r.uniform(0.6, 1.4)),
                    "ERROR",
                    pid,
                    "Could not update the repository: %s: remote: Invalid username or password.",
                    [
                        "Could not update the repository: RepositoryError: remote: Invalid username or password.",
                        "fatal: Authentication failed for 'https://github.com/acme/mobile-app.git/'",
                    ],
                )
            if repo == "docs/handbook" and dns_bad[0] <= t < dns_bad[1]:
                return W(
                    t + sec(r.uniform(0.02, 0.1)),
                    "ERROR",
                    pid,
                    "Could not update the repository: %s: fatal: unable to access '%s': Could not resolve host: %s",
                    [
                        "Could not update the repository: RepositoryError: fatal: unable to access 'https://git.example.com/docs/handbook.git/': Could not resolve host: git.example.com"
                    ],
                )
            d = r.uniform(0.7, 3.5)
            t = W(
                t + sec(d),
                "INFO",
                pid,
                "update took %.2f seconds",
                [f"{slug}: update took {d:.2f} seconds"],
            )
            t = W(
                t + sec(r.uniform(0.1, 0.6)),
                "INFO",
                pid,
                "%s remote into repo %s..%s",
                [f"{slug}: rebase remote into repo {hexid(r, 40)}..{hexid(r, 40)}"],
            )
            for lang in r.sample(WL_LANGS, r.choice([0, 1, 1, 2, 3])):
                t = W(
                    t + sec(r.uniform(0.05, 0.8)),
                    "INFO",
                    pid,
                    "processing %s, content changed",
                    [f"{slug}/{lang}: processing {fname(pattern, lang)}, content changed"],
                )
            return t + sec(r.uniform(0.02, 0.3))

        return body

    def notification(t: datetime, repo: str, retry: bool = False) -> None:
        service, url, branch, comps, _ = WL_REPOS[repo]
        pid = r.choice(web_pids[t >= start])
        t = W(
            t,
            "INFO",
            pid,
            "received %s notification on repository %s, URL %s, branch %s, %d matching components, %d to process, %d linked",
            [
                f"received {service} notification on repository {repo}, URL {url}, branch {branch}, {len(comps)} matching components, {len(comps)} to process, 0 linked"
            ],
        )
        for slug, pattern in comps:
            task(
                t + sec(r.uniform(0.01, 0.08)),
                "celery-main",
                "weblate.trans.tasks.perform_update",
                0,
                update_body(slug, pattern, repo, retry and r.random() < 0.6),
            )

    def running(t: datetime) -> bool:
        return not (down[0] <= t < down[1])

    # beat: heartbeat every minute, commit-pending every hour
    beat0 = at(5, 12, 41.5)
    t = beat0
    while t < T_END:
        t += sec(60)
        if t < T0 or not running(t):
            continue
        b = C(
            t + sec(r.uniform(0, 0.01)),
            "INFO",
            "celery-beat",
            "MainProcess",
            "Scheduler: Sending due task %s (%s)",
            "Scheduler: Sending due task heartbeat (weblate.utils.tasks.heartbeat)",
        )
        task(
            b + sec(r.uniform(0.002, 0.01)),
            "celery-main",
            "weblate.utils.tasks.heartbeat",
            r.uniform(0.0008, 0.004),
        )
        if t.minute == 5:

            def cp_body(tt: datetime, pid: int, tid: str, name: str) -> datetime:
                repos = r.sample(list(WL_REPOS), r.choice([1, 2, 2, 3]))
                for repo in repos:
                    for slug, pattern in WL_REPOS[repo][3]:
                        if r.random() < 0.6:
                            tt = commit_translations(
                                tt + sec(r.uniform(0.05, 0.3)), pid, slug, pattern, "commit_pending"
                            )
                            tt = W(
                                tt + sec(r.uniform(0.1, 0.4)),
                                "INFO",
                                pid,
                                "pushing to remote repo",
                                [f"{slug}: pushing to remote repo"],
                            )
                            tt += sec(r.uniform(0.8, 2.5))
                return tt

            b = C(
                t + sec(r.uniform(0.011, 0.02)),
                "INFO",
                "celery-beat",
                "MainProcess",
                "Scheduler: Sending due task %s (%s)",
                "Scheduler: Sending due task commit-pending (weblate.trans.tasks.commit_pending)",
            )
            task(b + sec(0.005), "celery-main", "weblate.trans.tasks.commit_pending", 0, cp_body)
    # push notifications
    for repo, (_s, _u, _b, _c, mean) in WL_REPOS.items():
        for t in poisson(r, T0, T_END, mean):
            if running(t):
                notification(t, repo)
    # a force-pushed series on the website at 09:00: GitHub delivers fourteen pushes in three minutes
    for k in range(14):
        notification(at(9, 0, 4) + sec(k * 13 + r.uniform(0, 4)), "acme/website", retry=k > 1)
    # the mobile app's CI pushes source strings while its token is expired
    for hm in [(7, 33, 12), (7, 38, 40), (7, 41, 5), (7, 46, 51), (7, 50, 18)]:
        notification(at(*hm) + sec(r.uniform(0, 1)), "acme/mobile-app")
    # translators' changes
    for t in poisson(r, T0, at(7, 0), 240) + poisson(r, at(7, 0), T_END, 95):
        if running(t):
            task(t, "celery-notify", "weblate.accounts.tasks.notify_change", r.uniform(0.02, 0.35))
    # the restart
    S(
        stop,
        "WARN",
        "received SIGTERM indicating exit request",
        "received SIGTERM indicating exit request",
    )
    tt = stop + sec(0.4)
    for prog in [
        "celery-beat",
        "nginx",
        "web",
        "celery-translate",
        "celery-notify",
        "celery-memory",
        "celery-backup",
        "celery-main",
    ]:
        tt = S(
            tt + sec(r.uniform(0.3, 3.5)),
            "INFO",
            "stopped: %s (exit status %s)",
            f"stopped: {prog} (exit status 0)",
        )
    tt = S(start, "INFO", "supervisord started with pid %s", "supervisord started with pid 1")
    spawned = {}
    pid = 17
    for prog in WL_PROGRAMS:
        pid += r.randint(1, 3)
        tt = S(
            tt + sec(r.uniform(0.001, 0.004)) if prog != "celery-backup" else tt + sec(1.002),
            "INFO",
            "spawned: %r with pid %s",
            f"spawned: '{prog}' with pid {pid}",
        )
        spawned[prog] = tt
    tt += sec(1.0)
    for prog in WL_PROGRAMS:
        tt = S(
            tt + sec(r.uniform(0.001, 0.004)),
            "INFO",
            "success: %s entered RUNNING state, process has stayed up for > than %s seconds (startsecs)",
            f"success: {prog} entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
        )
    for prog, node in WL_WORKERS.items():
        c = tt + sec(r.uniform(2.5, 5))
        c = C(
            c, "INFO", prog, "MainProcess", "Connected to %s", "Connected to redis://cache:6379/1"
        )
        c = C(
            c + sec(r.uniform(0.005, 0.02)),
            "INFO",
            prog,
            "MainProcess",
            "mingle: searching for neighbors",
            "mingle: searching for neighbors",
        )
        c = C(
            c + sec(r.uniform(1.0, 1.05)),
            "INFO",
            prog,
            "MainProcess",
            "mingle: all alone",
            "mingle: all alone",
        )
        C(
            c + sec(r.uniform(0.01, 0.05)),
            "INFO",
            prog,
            "MainProcess",
            "%s ready.",
            f"{node}@{WL_HOST} ready.",
        )
    C(
        tt + sec(r.uniform(2, 3)),
        "INFO",
        "celery-beat",
        "MainProcess",
        "beat: Starting...",
        "beat: Starting...",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- pretix

PX_PY = "/usr/local/lib/python3.11/site-packages"
PX_EVENT = "/acme/summit24"
PX_BOTS = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/wp-admin/setup-config.php",
    "/.git/config",
    "/phpmyadmin/",
    "/acme/summit23/",
    "/acme/summit24/en/tickets/",
    "/api/v1/events/",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
]
PX_CARD = [
    (0.6, "Your card was declined."),
    (0.25, "Your card has insufficient funds."),
    (0.15, "Your card's security code is incorrect."),
]
PX_STRIPE_NET = [
    "Unexpected error communicating with Stripe. If this problem persists,",
    "let us know at support@stripe.com.",
    "",
    "(Network error: ReadTimeout: HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out. (read timeout=80))",
]
PX_PG = [
    'connection to server at "10.0.4.12", port 5432 failed: Connection refused',
    "\tIs the server running on that host and accepting TCP/IP connections?",
]
PX_TYPO = ["gmial.com", "gmail.con", "hotmial.com", "yahooo.com", "web.dde"]


def pretix(r: random.Random) -> list[Log]:
    """A pretix host (gunicorn and one Celery worker) selling a conference's tickets, 06:00 to
    12:00: the early-bird sale opening at 09:00, card declines, the SMTP relay down 08:20-08:45,
    Stripe unreachable 09:05:10-09:07:40, the database failing over 10:05:00-10:06:40, Redis
    restarted at 10:40, bots probing all along."""
    fs = Files()
    PF, WF = "pretix.log", "worker.log"

    def P(
        t: datetime, level: str, name: str, module: str, label: str, lines: list[str], proc: object
    ) -> datetime:
        return fs.add(
            PF,
            t,
            label,
            lambda x: [f"{level} {pyts(x)} {name} {module} {lines[0]}", *lines[1:]],
            (PF, proc),
            1000,
        )

    def C(t: datetime, level: str, proc: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            WF,
            t,
            label,
            lambda x: [f"[{pyts(x)}: {level}/{proc}] {lines[0]}", *lines[1:]],
            (WF, proc),
            1000,
        )

    smtp_down = (at(8, 20, 5), at(8, 45, 30))
    stripe_down = (at(9, 5, 10), at(9, 7, 40))
    db_down = (at(10, 5, 0), at(10, 6, 40))
    redis_down = (at(10, 40, 2), at(10, 40, 21))
    gunicorn = [31, 32, 33, 34]

    def received(t: datetime, name: str) -> tuple[str, datetime]:
        tid = uuid4(r)
        if redis_down[0] <= t < redis_down[1] + sec(8):
            t = redis_down[1] + sec(r.uniform(8, 12))
        return tid, C(
            t, "INFO", "MainProcess", "Task %s[%s] received", [f"Task {name}[{tid}] received"]
        )

    def done(t: datetime, name: str, tid: str, dur: float, result: str) -> datetime:
        k = r.randrange(4)
        return C(
            t + sec(dur),
            "INFO",
            f"ForkPoolWorker-{k + 1}",
            "Task %s[%s] succeeded in %ss: %s",
            [f"Task {name}[{tid}] succeeded in {dur + r.uniform(0.0001, 0.001)!r}s: {result}"],
        )

    def task(t: datetime, name: str, dur: float, result: str = "None") -> datetime:
        tid, t = received(t, name)
        return done(t + sec(r.uniform(0.002, 0.02)), name, tid, dur, result)

    def db_error_frames() -> list[str]:
        return [
            *traceback(
                [
                    (
                        f"{PX_PY}/django/db/backends/base/base.py",
                        289,
                        "ensure_connection",
                        "self.connect()",
                    ),
                    (
                        f"{PX_PY}/django/utils/asyncio.py",
                        26,
                        "inner",
                        "return func(*args, **kwargs)",
                    ),
                    (
                        f"{PX_PY}/django/db/backends/base/base.py",
                        270,
                        "connect",
                        "self.connection = self.get_new_connection(conn_params)",
                    ),
                    (
                        f"{PX_PY}/django/utils/asyncio.py",
                        26,
                        "inner",
                        "return func(*args, **kwargs)",
                    ),
                    (
                        f"{PX_PY}/django/db/backends/postgresql/base.py",
                        275,
                        "get_new_connection",
                        "connection = self.Database.connect(**conn_params)",
                    ),
                    (
                        f"{PX_PY}/psycopg2/__init__.py",
                        122,
                        "connect",
                        "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                    ),
                ],
                ["psycopg2.OperationalError: " + PX_PG[0], PX_PG[1], ""],
            ),
            "",
            "The above exception was the direct cause of the following exception:",
            "",
        ]

    def mail(t: datetime, to: str) -> None:
        name = "pretix.base.services.mail.mail_send_task"
        tid, t = received(t, name)
        attempt = 0
        while True:
            k = r.randrange(4)
            t += sec(r.uniform(0.01, 0.05))
            if smtp_down[0] <= t < smtp_down[1]:
                countdown = 2 ** (attempt * 3)
                exc = (
                    (
                        "Task %s[%s] retry: Retry in %ss: SMTPServerDisconnected('Connection unexpectedly closed')",
                        "SMTPServerDisconnected('Connection unexpectedly closed')",
                    )
                    if t < at(8, 31, 0)
                    else (
                        "Task %s[%s] retry: Retry in %ss: ConnectionRefusedError(%d, 'Connection refused')",
                        "ConnectionRefusedError(111, 'Connection refused')",
                    )
                )
                t = C(
                    t + sec(r.uniform(0.05, 0.3)),
                    "INFO",
                    "MainProcess",
                    exc[0],
                    [f"Task {name}[{tid}] retry: Retry in {countdown}s: {exc[1]}"],
                )
                t += sec(countdown + r.uniform(0.01, 0.2))
                attempt += 1
                t = C(
                    t,
                    "INFO",
                    "MainProcess",
                    "Task %s[%s] received",
                    [f"Task {name}[{tid}] received"],
                )
                continue
            dom = to.rsplit("@", 1)[1]
            if dom in PX_TYPO:
                t = P(
                    t + sec(r.uniform(0.3, 0.9)),
                    "ERROR",
                    "pretix.base.services.mail",
                    "mail",
                    "Error sending email",
                    [
                        "Error sending email",
                        *traceback(
                            [
                                (
                                    f"{PX_PY}/pretix/base/services/mail.py",
                                    596,
                                    "mail_send_task",
                                    "backend.send_messages([email])",
                                ),
                                (
                                    f"{PX_PY}/django/core/mail/backends/smtp.py",
                                    131,
                                    "send_messages",
                                    "sent = self._send(message)",
                                ),
                                (
                                    f"{PX_PY}/django/core/mail/backends/smtp.py",
                                    149,
                                    "_send",
                                    "self.connection.sendmail(",
                                ),
                                (
                                    "/usr/local/lib/python3.11/smtplib.py",
                                    881,
                                    "sendmail",
                                    "raise SMTPRecipientsRefused(senderrs)",
                                ),
                            ],
                            [
                                f"smtplib.SMTPRecipientsRefused: {{'{to}': (550, b'5.1.2 <{to}>: Recipient address rejected: Domain not found')}}"
                            ],
                        ),
                    ],
                    ("worker", k),
                )
                C(
                    t + sec(0.002),
                    "INFO",
                    f"ForkPoolWorker-{k + 1}",
                    "Task %s[%s] succeeded in %ss: %s",
                    [f"Task {name}[{tid}] succeeded in {r.uniform(0.5, 1.1)!r}s: False"],
                )
                return
            done(t, name, tid, r.uniform(0.15, 0.9), "True")
            return

    def ise(t: datetime, path: str, gp: int) -> None:
        P(
            t,
            "ERROR",
            "django.request",
            "log",
            "Internal Server Error: %s",
            [
                f"Internal Server Error: {path}",
                *db_error_frames(),
                *traceback(
                    [
                        (
                            f"{PX_PY}/django/core/handlers/exception.py",
                            55,
                            "inner",
                            "response = get_response(request)",
                        ),
                        (
                            f"{PX_PY}/pretix/base/middleware.py",
                            52,
                            "__call__",
                            "request.event = Event.objects.select_related('organizer').get(",
                        ),
                        (f"{PX_PY}/django/db/models/query.py", 633, "get", "num = len(clone)"),
                        (
                            f"{PX_PY}/django/db/backends/base/base.py",
                            316,
                            "_cursor",
                            "self.ensure_connection()",
                        ),
                        (
                            f"{PX_PY}/django/utils/asyncio.py",
                            26,
                            "inner",
                            "return func(*args, **kwargs)",
                        ),
                        (
                            f"{PX_PY}/django/db/backends/base/base.py",
                            288,
                            "ensure_connection",
                            "with self.wrap_database_errors:",
                        ),
                        (
                            f"{PX_PY}/django/db/utils.py",
                            91,
                            "__exit__",
                            "raise dj_exc_value.with_traceback(traceback) from exc_value",
                        ),
                        (
                            f"{PX_PY}/django/db/backends/base/base.py",
                            289,
                            "ensure_connection",
                            "self.connect()",
                        ),
                        (
                            f"{PX_PY}/psycopg2/__init__.py",
                            122,
                            "connect",
                            "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                        ),
                    ],
                    ["django.db.utils.OperationalError: " + PX_PG[0], PX_PG[1], ""],
                ),
            ],
            ("web", gp),
        )

    first = [
        "Anna",
        "Jonas",
        "Lea",
        "Paul",
        "Mia",
        "Felix",
        "Emma",
        "Lukas",
        "Sofia",
        "Noah",
        "Clara",
        "Elias",
        "Marta",
        "Tomasz",
        "Ines",
    ]
    last = [
        "Schmidt",
        "Müller",
        "Kowalski",
        "Novak",
        "Rossi",
        "Dubois",
        "Weber",
        "Jansen",
        "Berg",
        "Costa",
        "Horvat",
        "Keller",
    ]
    doms = [
        "gmail.com",
        "web.de",
        "outlook.com",
        "gmx.de",
        "acme-corp.com",
        "posteo.de",
        "yahoo.com",
        "protonmail.com",
    ]

    def order(t: datetime, delay: float | None = None) -> None:
        fn, ln = r.choice(first), r.choice(last)
        dom = r.choice(PX_TYPO) if r.random() < 0.025 else r.choice(doms)
        to = f"{fn.lower()}.{ln.lower().replace('ü', 'ue')}@{dom}"
        gp = r.choice(gunicorn)
        t = task(t, "pretix.base.services.cart.add_items_to_cart", r.uniform(0.05, 0.4))
        t += sec(r.uniform(40, 240) if delay is None else delay)
        if db_down[0] <= t < db_down[1]:
            ise(t, f"{PX_EVENT}/checkout/confirm/", gp)
            return
        # the order is placed in the worker
        name = "pretix.base.services.orders.perform_order"
        tid, t = received(t, name)
        t += sec(r.uniform(0.01, 0.05))
        if db_down[0] <= t + sec(1) < db_down[1]:
            k = r.randrange(4)
            C(
                t + sec(r.uniform(0.2, 1)),
                "ERROR",
                f"ForkPoolWorker-{k + 1}",
                "Task %s[%s] raised unexpected: %s",
                [
                    f"Task {name}[{tid}] raised unexpected: OperationalError('{PX_PG[0]}\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n')",
                    *db_error_frames(),
                    *traceback(
                        [
                            (
                                f"{PX_PY}/celery/app/trace.py",
                                477,
                                "trace_task",
                                "R = retval = fun(*args, **kwargs)",
                            ),
                            (
                                f"{PX_PY}/pretix/celery_app.py",
                                54,
                                "__call__",
                                "return self.run(*args, **kwargs)",
                            ),
                            (
                                f"{PX_PY}/pretix/base/services/orders.py",
                                1502,
                                "perform_order",
                                "with language(locale), time_machine_now_assigned(now_dt):",
                            ),
                            (
                                f"{PX_PY}/pretix/base/services/orders.py",
                                1470,
                                "perform_order",
                                "event = Event.objects.get(pk=event)",
                            ),
                            (f"{PX_PY}/django/db/models/query.py", 633, "get", "num = len(clone)"),
                            (
                                f"{PX_PY}/django/db/backends/base/base.py",
                                316,
                                "_cursor",
                                "self.ensure_connection()",
                            ),
                            (
                                f"{PX_PY}/django/utils/asyncio.py",
                                26,
                                "inner",
                                "return func(*args, **kwargs)",
                            ),
                            (
                                f"{PX_PY}/django/db/backends/base/base.py",
                                288,
                                "ensure_connection",
                                "with self.wrap_database_errors:",
                            ),
                            (
                                f"{PX_PY}/django/db/utils.py",
                                91,
                                "__exit__",
                                "raise dj_exc_value.with_traceback(traceback) from exc_value",
                            ),
                            (
                                f"{PX_PY}/django/db/backends/base/base.py",
                                289,
                                "ensure_connection",
                                "self.connect()",
                            ),
                            (
                                f"{PX_PY}/psycopg2/__init__.py",
                                122,
                                "connect",
                                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                            ),
                        ],
                        ["django.db.utils.OperationalError: " + PX_PG[0], PX_PG[1], ""],
                    ),
                ],
            )
            return
        oid = r.randint(30000, 39999)
        t = done(t, name, tid, r.uniform(0.3, 1.6), str(oid))
        # the customer pays by card
        t += sec(r.uniform(3, 25))
        if stripe_down[0] <= t < stripe_down[1]:
            P(
                t + sec(r.uniform(20, 40)),
                "ERROR",
                "pretix.plugins.stripe",
                "payment",
                "Stripe error: Unexpected error communicating with Stripe. If this problem persists,",
                [
                    "Stripe error: " + PX_STRIPE_NET[0],
                    *PX_STRIPE_NET[1:],
                    *traceback(
                        [
                            (
                                f"{PX_PY}/pretix/plugins/stripe/payment.py",
                                1283,
                                "execute_payment",
                                "intent = stripe.PaymentIntent.create(",
                            ),
                            (
                                f"{PX_PY}/stripe/_createable_api_resource.py",
                                20,
                                "create",
                                "cls._static_request(",
                            ),
                            (
                                f"{PX_PY}/stripe/_api_requestor.py",
                                197,
                                "request",
                                "rbody, rcode, rheaders = requestor.request_raw(",
                            ),
                            (
                                f"{PX_PY}/stripe/_http_client.py",
                                568,
                                "_handle_request_error",
                                "raise APIConnectionError(msg, should_retry=should_retry)",
                            ),
                        ],
                        [
                            "stripe._error.APIConnectionError: " + PX_STRIPE_NET[0],
                            *PX_STRIPE_NET[1:],
                        ],
                    ),
                ],
                ("web", gp),
            )
            return
        if r.random() < 0.09:
            msg = weighted(r.random(), PX_CARD)
            P(
                t,
                "INFO",
                "pretix.plugins.stripe",
                "payment",
                f"Stripe card error: {msg}",
                [f"Stripe card error: {msg}"],
                ("web", gp),
            )
            if r.random() < 0.6:
                return
            t += sec(r.uniform(20, 90))
        mail(t + sec(r.uniform(0.3, 1.5)), to)
        task(
            t + sec(r.uniform(0.2, 0.6)),
            "pretix.base.services.invoices.invoice_pdf_task",
            r.uniform(0.4, 1.8),
        )

    # orders: a slow morning, the early-bird rush at 09:00, the afternoon
    for t in (
        poisson(r, T0, at(9, 0), 160)
        + poisson(r, at(9, 0), at(9, 30), 12)
        + poisson(r, at(9, 30), T_END, 150)
    ):
        order(t)
    order(at(10, 3, 21), 98.1)
    order(at(10, 2, 40), 139.6)
    # the storefront while the database fails over
    for t in poisson(r, db_down[0], db_down[1], 8):
        ise(
            t,
            r.choice(
                [
                    f"{PX_EVENT}/",
                    f"{PX_EVENT}/checkout/questions/",
                    f"{PX_EVENT}/cart/add",
                    "/control/",
                    f"/control/event{PX_EVENT}/orders/",
                ]
            ),
            r.choice(gunicorn),
        )
    # bots
    for t in poisson(r, T0, T_END, 70):
        path = r.choice(PX_BOTS)
        P(
            t,
            "WARNING",
            "django.request",
            "log",
            "Not Found: %s",
            [f"Not Found: {path}"],
            ("web", r.choice(gunicorn)),
        )
    for t in poisson(r, T0, T_END, 900):
        host = r.choice(
            ["203.0.113.40", "198.51.100.23", "45.148.10.91", "tickets.acme-events.com"]
        )
        P(
            t,
            "ERROR",
            "django.security.DisallowedHost",
            "exception",
            "Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.",
            [
                f"Invalid HTTP_HOST header: '{host}'. You may need to add '{host}' to ALLOWED_HOSTS.",
                *traceback(
                    [
                        (
                            f"{PX_PY}/django/core/handlers/exception.py",
                            55,
                            "inner",
                            "response = get_response(request)",
                        ),
                        (
                            f"{PX_PY}/django/utils/deprecation.py",
                            133,
                            "__call__",
                            "response = self.process_request(request)",
                        ),
                        (
                            f"{PX_PY}/django/middleware/common.py",
                            48,
                            "process_request",
                            "host = request.get_host()",
                        ),
                        (
                            f"{PX_PY}/django/http/request.py",
                            151,
                            "get_host",
                            "raise DisallowedHost(msg)",
                        ),
                    ],
                    [
                        f"django.core.exceptions.DisallowedHost: Invalid HTTP_HOST header: '{host}'. You may need to add '{host}' to ALLOWED_HOSTS."
                    ],
                ),
            ],
            ("web", r.choice(gunicorn)),
        )
    # Redis restarted at 10:40
    t = C(
        redis_down[0],
        "WARNING",
        "MainProcess",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        [
            "consumer: Connection to broker lost. Trying to re-establish the connection...",
            *traceback(
                [
                    (
                        f"{PX_PY}/celery/worker/consumer/consumer.py",
                        340,
                        "start",
                        "blueprint.start(self)",
                    ),
                    (f"{PX_PY}/celery/bootsteps.py", 116, "start", "step.start(parent)"),
                    (
                        f"{PX_PY}/celery/worker/consumer/consumer.py",
                        742,
                        "start",
                        "c.loop(*c.loop_args())",
                    ),
                    (f"{PX_PY}/celery/worker/loops.py", 97, "asynloop", "next(loop)"),
                    (f"{PX_PY}/kombu/asynchronous/hub.py", 373, "create_loop", "cb(*cbargs)"),
                    (
                        f"{PX_PY}/kombu/transport/redis.py",
                        1344,
                        "on_readable",
                        "self.cycle.on_readable(fileno)",
                    ),
                    (
                        f"{PX_PY}/kombu/transport/redis.py",
                        569,
                        "on_readable",
                        "chan.handlers[type]()",
                    ),
                    (
                        f"{PX_PY}/kombu/transport/redis.py",
                        918,
                        "_brpop_read",
                        "dest__item = self.client.parse_response(self.client.connection,",
                    ),
                    (
                        f"{PX_PY}/redis/client.py",
                        562,
                        "parse_response",
                        "response = connection.read_response()",
                    ),
                    (
                        f"{PX_PY}/redis/connection.py",
                        512,
                        "read_response",
                        "response = self._parser.read_response(disable_decoding=disable_decoding)",
                    ),
                    (
                        f"{PX_PY}/redis/_parsers/resp2.py",
                        15,
                        "read_response",
                        "result = self._read_response(disable_decoding=disable_decoding)",
                    ),
                    (
                        f"{PX_PY}/redis/_parsers/resp2.py",
                        25,
                        "_read_response",
                        "raw = self._buffer.readline()",
                    ),
                    (
                        f"{PX_PY}/redis/_parsers/socket.py",
                        115,
                        "readline",
                        "self._read_from_socket()",
                    ),
                    (
                        f"{PX_PY}/redis/_parsers/socket.py",
                        68,
                        "_read_from_socket",
                        "raise ConnectionError(SERVER_CLOSED_CONNECTION_ERROR)",
                    ),
                ],
                ["redis.exceptions.ConnectionError: Connection closed by server."],
            ),
        ],
    )
    n = 1
    while t < redis_down[1]:
        t = C(
            t + sec(r.uniform(0.003, 0.01)),
            "ERROR",
            "MainProcess",
            "consumer: Cannot connect to %s: Error %s connecting to %s. Connection refused..",
            [
                "consumer: Cannot connect to redis://redis:6379/0: Error 111 connecting to redis:6379. Connection refused..",
                f"Trying again in {2 * n:.2f} seconds... ({n}/100)",
                "",
            ],
        )
        t += sec(2 * n)
        n += 1
    t = C(
        t + sec(0.01),
        "INFO",
        "MainProcess",
        "Connected to %s",
        ["Connected to redis://redis:6379/0"],
    )
    t = C(
        t + sec(0.008),
        "INFO",
        "MainProcess",
        "mingle: searching for neighbors",
        ["mingle: searching for neighbors"],
    )
    C(t + sec(1.01), "INFO", "MainProcess", "mingle: all alone", ["mingle: all alone"])
    return fs.logs(T0)


# -------------------------------------------------------------------------------- mitmproxy

MP_RUNNERS = [f"10.20.0.{n}" for n in (11, 12, 14, 15, 17, 18, 21, 22, 23, 26)]
MP_BAD_RUNNER = "10.20.0.23"  # its image lacks the proxy's CA
MP_HOSTS = {
    "pypi.org": "151.101.0.223",
    "files.pythonhosted.org": "151.101.64.223",
    "registry.npmjs.org": "104.16.27.34",
    "proxy.golang.org": "142.250.185.81",
    "api.github.com": "140.82.121.6",
    "telemetry.nextjs.org": "76.76.21.21",
    "artifacts.corp.example.com": "10.30.1.15",
}
MP_PY = [
    "requests",
    "urllib3",
    "numpy",
    "pandas",
    "pytest",
    "boto3",
    "botocore",
    "pydantic",
    "fastapi",
    "sqlalchemy",
    "pyyaml",
    "cryptography",
    "certifi",
    "idna",
    "charset-normalizer",
]
MP_NPM = [
    "react",
    "react-dom",
    "next",
    "typescript",
    "eslint",
    "lodash",
    "axios",
    "@babel/core",
    "@types/node",
    "webpack",
    "postcss",
    "tailwindcss",
    "zod",
    "vite",
    "jest",
]
MP_GO = [
    ("github.com/spf13/cobra", "v1.8.0"),
    ("github.com/stretchr/testify", "v1.9.0"),
    ("golang.org/x/sys", "v0.20.0"),
    ("golang.org/x/net", "v0.25.0"),
    ("google.golang.org/grpc", "v1.64.0"),
    ("github.com/prometheus/client_golang", "v1.19.1"),
    ("go.uber.org/zap", "v1.27.0"),
]
MP_REPOS = [
    ("helm", "helm"),
    ("cli", "cli"),
    ("golangci", "golangci-lint"),
    ("mikefarah", "yq"),
    ("aquasecurity", "trivy"),
]


def pretty_size(n: int) -> str:
    """mitmproxy's human.pretty_size."""
    if n < 1024:
        return f"{n}b"
    x = float(n)
    for suffix in ["k", "m", "g"]:
        x /= 1024
        if x < 99.95:
            return f"{x:.1f}{suffix}"
        if x < 1024:
            return f"{x:.0f}{suffix}"
    return f"{x:.0f}g"


def mitmproxy(r: random.Random) -> list[Log]:
    """mitmdump 10.3 as the CI runners' egress proxy (regular mode on :8080, the egress.py addon
    blocking hosts off its allowlist), 06:00 to 12:00: the runners' pip, npm, Go and GitHub
    traffic, the resolver failing 08:10-08:22, the addon broken by an edit 09:41-09:52, a restart
    at 11:00 that also gives the proxy the corporate CA."""
    fs = Files()
    F = "mitmdump.log"

    def M(
        t: datetime, label: str, msg: str, client: str = "", more: list[str] | None = None
    ) -> datetime:
        head = f"[{client}] " if client else " "
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"[{x:%H:%M:%S}.{x.microsecond // 1000:03d}]{head}{msg}", *(more or [])],
            "mitmdump",
            1000,
        )

    def flow(
        t: datetime,
        client: str,
        method: str,
        url: str,
        h2: bool,
        status: int,
        reason: str,
        size: int,
        label: str,
    ) -> datetime:
        hv = " HTTP/2.0" if h2 else ""
        rv = "HTTP/2.0 " if h2 else ""
        pad = max(0, len(client) - (2 + len(rv)))
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{client}: {method} {url}{hv}",
                f"{' ' * pad} << {rv}{status} {reason} {pretty_size(size)}",
            ],
            "mitmdump",
            1000,
        )

    dns_bad = (at(8, 10, 12), at(8, 22, 40))
    addon_bad = (at(9, 41, 2), at(9, 52, 17))
    stop, start = at(11, 0, 1.5), at(11, 0, 3.412)
    script = "/etc/mitmproxy/egress.py"

    def boot(t: datetime) -> None:
        t = M(t, "Loading script %s", f"Loading script {script}")
        M(t + sec(0.186), "HTTP(S) proxy listening at %s.", "HTTP(S) proxy listening at *:8080.")

    boot(at(5, 58, 20.117))
    boot(start)
    M(addon_bad[0] - sec(0.8), "Reloading script %s", f"Reloading script {script}")
    M(addon_bad[1] - sec(0.6), "Reloading script %s", f"Reloading script {script}")

    def addon_error(t: datetime) -> datetime:
        return M(
            t,
            "Addon error: '%s' object has no attribute '%s'",
            "Addon error: 'NoneType' object has no attribute 'split'",
            "",
            traceback(
                [
                    (
                        script,
                        41,
                        "request",
                        'job = flow.request.headers.get("X-CI-Job").split("/")[-1]',
                    )
                ],
                ["AttributeError: 'NoneType' object has no attribute 'split'"],
            ),
        )

    def connection(
        t: datetime,
        client_ip: str,
        host: str,
        reqs: list[tuple[str, str, bool, int, str, int, str]],
    ) -> datetime:
        """One client connection through the proxy to `host`:443 with its requests (method, url,
        h2, status, reason, size, label)."""
        if stop - sec(2) <= t < start + sec(1):
            return t
        c = f"{client_ip}:{r.randint(32768, 60999)}"
        addr = f"{host}:443 ({MP_HOSTS[host]}:443)"
        t = M(t, "client connect", "client connect", c)
        if dns_bad[0] <= t < dns_bad[1] and not host.endswith("corp.example.com"):
            t = M(
                t + sec(r.uniform(0.5, 5)),
                "error establishing server connection: [Errno %d] Temporary failure in name resolution",
                "error establishing server connection: [Errno -3] Temporary failure in name resolution",
                c,
            )
            m, url, _h2, _st, _rs, _sz, _lab = reqs[0]
            route = _lab.rsplit(" ", 1)[0]
            t = flow(
                t + sec(r.uniform(0.005, 0.02)),
                c,
                m,
                url,
                False,
                502,
                "Bad Gateway",
                r.randint(180, 240),
                f"{route} 502",
            )
            return M(t + sec(r.uniform(0.01, 0.1)), "client disconnect", "client disconnect", c)
        t = M(t + sec(r.uniform(0.002, 0.09)), "server connect %s", f"server connect {addr}", c)
        if host == "artifacts.corp.example.com" and t < start:
            t = M(
                t + sec(r.uniform(0.005, 0.02)),
                "Server TLS handshake failed. Certificate verify failed: %s",
                "Server TLS handshake failed. Certificate verify failed: unable to get local issuer certificate",
                c,
            )
            t = M(
                t + sec(r.uniform(0.001, 0.01)),
                "server disconnect %s",
                f"server disconnect {addr}",
                c,
            )
            return M(t + sec(r.uniform(0.01, 0.3)), "client disconnect", "client disconnect", c)
        if client_ip == MP_BAD_RUNNER:
            if reqs[0][1].startswith("https://registry.npmjs.org"):
                t = M(
                    t + sec(r.uniform(0.01, 0.05)),
                    "Client TLS handshake failed. The client disconnected during the handshake. If this happens consistently for %s, this may indicate that the client does not trust the proxy's certificate.",
                    f"Client TLS handshake failed. The client disconnected during the handshake. If this happens consistently for {host}, this may indicate that the client does not trust the proxy's certificate.",
                    c,
                )
            else:
                t = M(
                    t + sec(r.uniform(0.01, 0.05)),
                    "Client TLS handshake failed. The client does not trust the proxy's certificate for %s (%s)",
                    f"Client TLS handshake failed. The client does not trust the proxy's certificate for {host} (OpenSSL Error([('SSL routines', '', 'tlsv1 alert unknown ca')]))",
                    c,
                )
            t = M(t + sec(r.uniform(0.001, 0.005)), "client disconnect", "client disconnect", c)
            return M(
                t + sec(r.uniform(0.001, 0.01)),
                "server disconnect %s",
                f"server disconnect {addr}",
                c,
            )
        for method, url, h2, status, reason, size, label in reqs:
            t += sec(r.uniform(0.02, 0.3))
            if addon_bad[0] <= t < addon_bad[1]:
                t = addon_error(t)
                if host == "telemetry.nextjs.org":
                    status, reason, size, label = 200, "OK", 0, label.replace(" 403", " 200")
            elif host == "telemetry.nextjs.org":
                t = M(
                    t,
                    "egress: blocked %s for %s (not in allowlist)",
                    f"egress: blocked {host} for {client_ip} (not in allowlist)",
                )
            t = flow(
                t + sec(r.uniform(0.03, 0.9) * (1 + size / 400000)),
                c,
                method,
                url,
                h2,
                status,
                reason,
                size,
                label,
            )
        t = M(t + sec(r.uniform(0.01, 0.5)), "client disconnect", "client disconnect", c)
        return M(
            t + sec(r.uniform(0.001, 0.01)), "server disconnect %s", f"server disconnect {addr}", c
        )

    def pip_job(t: datetime, ip: str) -> None:
        pkgs = r.sample(MP_PY, r.randint(2, 5))
        reqs = [
            (
                "GET",
                f"https://pypi.org/simple/{p}/",
                False,
                200,
                "OK",
                r.randint(9000, 420000),
                "GET https://pypi.org/simple/%s/ 200",
            )
            for p in pkgs
        ]
        t = connection(t, ip, "pypi.org", reqs)
        if ip == MP_BAD_RUNNER or dns_bad[0] <= t < dns_bad[1]:
            return
        files = []
        for p in pkgs:
            h = hexid(r, 64)
            files.append(
                (
                    "GET",
                    f"https://files.pythonhosted.org/packages/{h[:2]}/{h[2:4]}/{h[4:]}/{p.replace('-', '_')}-{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}-py3-none-any.whl",
                    False,
                    200,
                    "OK",
                    r.randint(40000, 9000000),
                    "GET https://files.pythonhosted.org/packages/%s/%s/%s/%s 200",
                )
            )
        connection(t + sec(r.uniform(0.05, 0.4)), ip, "files.pythonhosted.org", files)

    def npm_job(t: datetime, ip: str) -> None:
        pkgs = r.sample(MP_NPM, r.randint(2, 5))
        reqs = []
        for p in pkgs:
            if r.random() < 0.45:
                reqs.append(
                    (
                        "GET",
                        f"https://registry.npmjs.org/{p.replace('/', '%2f')}",
                        False,
                        304,
                        "Not Modified",
                        0,
                        "GET https://registry.npmjs.org/%s 304",
                    )
                )
            else:
                reqs.append(
                    (
                        "GET",
                        f"https://registry.npmjs.org/{p.replace('/', '%2f')}",
                        False,
                        200,
                        "OK",
                        r.randint(20000, 900000),
                        "GET https://registry.npmjs.org/%s 200",
                    )
                )
                base = p.split("/")[-1]
                reqs.append(
                    (
                        "GET",
                        f"https://registry.npmjs.org/{p}/-/{base}-{r.randint(1, 19)}.{r.randint(0, 12)}.{r.randint(0, 9)}.tgz",
                        False,
                        200,
                        "OK",
                        r.randint(3000, 2500000),
                        "GET https://registry.npmjs.org/%s/-/%s 200",
                    )
                )
        t = connection(t, ip, "registry.npmjs.org", reqs)
        if ip != MP_BAD_RUNNER and not dns_bad[0] <= t < dns_bad[1] and r.random() < 0.5:
            connection(
                t + sec(r.uniform(1, 20)),
                ip,
                "telemetry.nextjs.org",
                [
                    (
                        "POST",
                        "https://telemetry.nextjs.org/api/v1/record",
                        False,
                        403,
                        "Forbidden",
                        26,
                        "POST https://telemetry.nextjs.org/api/v1/record 403",
                    )
                ],
            )

    def go_job(t: datetime, ip: str) -> None:
        mods = r.sample(MP_GO, r.randint(2, 4))
        reqs = []
        for m, v in mods:
            for ext in (".mod", ".zip"):
                reqs.append(
                    (
                        "GET",
                        f"https://proxy.golang.org/{m}/@v/{v}{ext}",
                        True,
                        200,
                        "OK",
                        r.randint(400, 60000) if ext == ".mod" else r.randint(80000, 6000000),
                        "GET https://proxy.golang.org/%s/@v/%s 200",
                    )
                )
        connection(t, ip, "proxy.golang.org", reqs)

    def gh_job(t: datetime, ip: str) -> None:
        o, n = r.choice(MP_REPOS)
        connection(
            t,
            ip,
            "api.github.com",
            [
                (
                    "GET",
                    f"https://api.github.com/repos/{o}/{n}/releases/latest",
                    False,
                    200,
                    "OK",
                    r.randint(18000, 90000),
                    "GET https://api.github.com/repos/%s/%s/releases/latest 200",
                )
            ],
        )

    def art_job(t: datetime, ip: str) -> None:
        p = r.choice(["acme-ui", "acme-sdk", "acme-config"])
        connection(
            t,
            ip,
            "artifacts.corp.example.com",
            [
                (
                    "GET",
                    f"https://artifacts.corp.example.com/artifactory/api/npm/npm-local/@acme%2f{p}",
                    False,
                    200,
                    "OK",
                    r.randint(3000, 40000),
                    "GET https://artifacts.corp.example.com/artifactory/api/npm/npm-local/%s 200",
                )
            ],
        )

    kinds = [(0.33, pip_job), (0.3, npm_job), (0.15, go_job), (0.12, gh_job), (0.1, art_job)]
    for t in poisson(r, T0, T_END, 97):
        fn = weighted(r.random(), kinds)
        ip = r.choice(MP_RUNNERS)
        # pip, npm and go retry a failed fetch; while the resolver is down each job tries four times
        for off in [0, 0.6, 1.9, 4.4] if dns_bad[0] <= t < dns_bad[1] else [0]:
            fn(t + sec(off), ip)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- locust

LC_VERSION = "2.28.0"
LC_PY = "/opt/locust/venv/lib/python3.11/site-packages"
LC_FILE = "/opt/locust/locustfile.py"
LC_CPU = "CPU usage above 90%! This may constrain your throughput and may even give inconsistent response time measurements! See https://docs.locust.io/en/stable/running-distributed.html for how to distribute the load over multiple CPU cores or machines"
LC_RUN = [
    (f"{LC_PY}/locust/user/task.py", 340, "run", "self.execute_next_task()"),
    (
        f"{LC_PY}/locust/user/task.py",
        373,
        "execute_next_task",
        "self.execute_task(self._task_queue.popleft())",
    ),
    (f"{LC_PY}/locust/user/task.py", 490, "execute_task", "task(self.user)"),
]


def locust(r: random.Random) -> list[Log]:
    """A Locust master and four workers on their own VMs (systemd, `--logfile`), 06:00 to 12:00:
    a soak test 06:05-08:55 (400 users) and a spike test 09:30-11:45 (1,200 users) started from
    the web UI; the backend answering 502 pages 07:10-07:30, logins rate-limited 10:00-10:20, the
    cart service failing 10:30-10:45, loadgen-3 cut off 08:30-08:36, everything restarted at 09:15
    with a new locustfile."""
    fs = Files()
    hosts = ["loadgen-1", "loadgen-2", "loadgen-3", "loadgen-4"]

    def L(h: str, t: datetime, level: str, name: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"[{pyts(x)}] {h}/{level}/{name}: {lines[0]}", *lines[1:]],
            h,
            1000,
        )

    def M(t: datetime, level: str, name: str, label: str, msg: str) -> datetime:
        return L("loadgen-master", t, level, name, label, [msg])

    node: dict[str, str] = {}
    ready = [0]

    def worker_up(h: str, t: datetime, idx: int) -> datetime:
        L(h, t, "INFO", "locust.main", "Starting Locust %s", [f"Starting Locust {LC_VERSION}"])
        node[h] = f"{h}_{hexid(r, 32)}"
        ready[0] += 1
        return M(
            t + sec(r.uniform(0.02, 0.2)),
            "INFO",
            "locust.runners",
            "Worker %s (index %s) reported as ready. %s workers connected.",
            f"Worker {node[h]} (index {idx}) reported as ready. {ready[0]} workers connected.",
        )

    def master_up(t: datetime) -> datetime:
        t = M(
            t,
            "INFO",
            "locust.main",
            "Starting web interface at %s",
            "Starting web interface at http://0.0.0.0:8089",
        )
        return M(
            t + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "locust.main",
            "Starting Locust %s",
            f"Starting Locust {LC_VERSION}",
        )

    def spawn(
        t: datetime, users: int, rate: float, classes: dict[str, int], late: bool = False
    ) -> None:
        t = M(
            t,
            "INFO",
            "locust.runners",
            "Sending spawn jobs of %d users at %.2f spawn rate to %d ready workers",
            f"Sending spawn jobs of {users} users at {rate:.2f} spawn rate to 4 ready workers",
        )
        t = M(
            t + sec(0.001),
            "INFO",
            "locust.runners",
            "Ramping to %d users at a rate of %.2f per second",
            f"Ramping to {users} users at a rate of {rate:.2f} per second",
        )
        t += sec(users / rate + r.uniform(0.2, 1.5))
        body = "{" + ", ".join(f'"{k}": {v}' for k, v in classes.items()) + "}"
        if late:
            got = {k: v - v // 8 for k, v in classes.items()}
            gbody = "{" + ", ".join(f'"{k}": {v}' for k, v in got.items()) + "}"
            M(
                t + sec(3),
                "INFO",
                "locust.runners",
                "Spawning is complete and report waittime is expired, but not all reports received from workers: %s (%i total users)",
                f"Spawning is complete and report waittime is expired, but not all reports received from workers: {gbody} ({sum(got.values())} total users)",
            )
        else:
            M(
                t,
                "INFO",
                "locust.runners",
                "All users spawned: %s (%i total users)",
                f"All users spawned: {body} ({sum(classes.values())} total users)",
            )

    def cpu(h: str, t: datetime) -> None:
        L(
            h,
            t,
            "WARNING",
            "locust.runners",
            "CPU usage above 90%! This may constrain your throughput and may even give inconsistent response time measurements! See https://docs.locust.io/en/stable/running-distributed.html for how to distribute the load over multiple CPU cores or machines",
            [LC_CPU],
        )
        M(
            t + sec(r.uniform(0.5, 3)),
            "WARNING",
            "locust.runners",
            "Worker %s exceeded cpu threshold (will only log this once per worker)",
            f"Worker {node[h]} exceeded cpu threshold (will only log this once per worker)",
        )

    def exc(
        h: str,
        t: datetime,
        label: str,
        msg: str,
        frames: list[tuple[str, int, str, str]],
        tail: list[str],
        chained: list[str] | None = None,
    ) -> None:
        lines = [msg]
        if chained:
            lines += [
                *chained,
                "",
                "During handling of the above exception, another exception occurred:",
                "",
            ]
        lines += [*traceback(LC_RUN + frames, tail), ""]
        L(h, t, "ERROR", "locust.user.task", label, lines)

    def json_error(h: str, t: datetime) -> None:
        m = "Expecting value: line 1 column 1 (char 0)"
        exc(
            h,
            t,
            "Expecting value: line %d column %d (char %d)",
            m,
            [
                (
                    LC_FILE,
                    47,
                    "view_product",
                    'product = self.client.get(f"/api/v1/products/{pid}", name="/api/v1/products/[id]").json()',
                ),
                (
                    f"{LC_PY}/requests/models.py",
                    978,
                    "json",
                    "raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)",
                ),
            ],
            ["requests.exceptions.JSONDecodeError: " + m],
            traceback(
                [
                    (
                        f"{LC_PY}/requests/models.py",
                        974,
                        "json",
                        "return complexjson.loads(self.text, **kwargs)",
                    ),
                    (
                        "/usr/lib/python3.11/json/__init__.py",
                        346,
                        "loads",
                        "return _default_decoder.decode(s)",
                    ),
                    (
                        "/usr/lib/python3.11/json/decoder.py",
                        337,
                        "decode",
                        "obj, end = self.raw_decode(s, idx=_w(s, 0).end())",
                    ),
                    (
                        "/usr/lib/python3.11/json/decoder.py",
                        355,
                        "raw_decode",
                        'raise JSONDecodeError("Expecting value", s, err.value) from None',
                    ),
                ],
                ["json.decoder.JSONDecodeError: " + m],
            ),
        )

    def index_error(h: str, t: datetime) -> None:
        exc(
            h,
            t,
            "list index out of range",
            "list index out of range",
            [(LC_FILE, 62, "search", 'first = results["items"][0]')],
            ["IndexError: list index out of range"],
        )

    def none_error(h: str, t: datetime, line: int) -> None:
        exc(
            h,
            t,
            "'%s' object is not subscriptable",
            "'NoneType' object is not subscriptable",
            [(LC_FILE, line, "checkout", 'cart_id = self.cart["id"]')],
            ["TypeError: 'NoneType' object is not subscriptable"],
        )

    def user(n: int) -> str:
        return f"loadtest-user-{n:04d}"

    # start-up before the run, the soak test
    master_up(at(5, 55, 10.2))
    for i, h in enumerate(hosts):
        worker_up(h, at(5, 55, 14) + sec(i * 1.7 + r.uniform(0, 1)), i)
    spawn(at(6, 5, 3.4), 400, 10, {"BrowseUser": 240, "SearchUser": 100, "CheckoutUser": 60})
    soak = (at(6, 5, 45), at(8, 55, 12))
    spike = (at(9, 30, 30), at(11, 45, 2))
    cut = (at(8, 30, 0), at(8, 36, 20))
    restart = at(9, 15, 4)

    def active(h: str, t: datetime) -> bool:
        if h == "loadgen-3" and t >= cut[0] and t < restart:
            return False
        return soak[0] <= t < soak[1] or spike[0] <= t < spike[1]

    for h in hosts:
        for t in poisson(r, T0, T_END, 160):
            if active(h, t):
                index_error(h, t)
        for t in poisson(r, at(7, 10, 20), at(7, 30, 5), 7.5):
            if active(h, t):
                json_error(h, t)
        for t in poisson(r, at(10, 0, 10), at(10, 20, 30), 11):
            if active(h, t):
                L(
                    h,
                    t,
                    "WARNING",
                    "root",
                    "login failed for %s: HTTP %d",
                    [f"login failed for {user(r.randint(1, 1200))}: HTTP 429"],
                )
        for t in poisson(r, T0, T_END, 600):
            if active(h, t):
                L(
                    h,
                    t,
                    "WARNING",
                    "root",
                    "login failed for %s: HTTP %d",
                    [f"login failed for {user(r.randint(1, 1200))}: HTTP 401"],
                )
        for t in poisson(r, at(10, 30, 40), at(10, 45, 10), 9):
            if active(h, t):
                none_error(h, t, 91)
        for t in poisson(r, T0, T_END, 380):
            if active(h, t):
                if r.random() < 0.7:
                    L(
                        h,
                        t,
                        "WARNING",
                        "root",
                        "checkout rejected for cart %s: Insufficient stock for %s",
                        [
                            f"checkout rejected for cart {uuid4(r)}: Insufficient stock for SKU-{r.randint(1000, 9999)}"
                        ],
                    )
                else:
                    L(
                        h,
                        t,
                        "WARNING",
                        "root",
                        "checkout rejected for cart %s: Payment declined (test card)",
                        [f"checkout rejected for cart {uuid4(r)}: Payment declined (test card)"],
                    )
    # the error storm makes loadgen-2 busy
    cpu("loadgen-2", at(7, 12, 41))
    # loadgen-3 cut off from the master 08:30-08:36
    M(
        cut[0] + sec(r.uniform(2, 4)),
        "INFO",
        "locust.runners",
        "Worker %s failed to send heartbeat, setting state to missing.",
        f"Worker {node['loadgen-3']} failed to send heartbeat, setting state to missing.",
    )
    ready[0] -= 1
    t = L(
        "loadgen-3",
        cut[0] + sec(60 + r.uniform(0.5, 1.5)),
        "ERROR",
        "locust.runners",
        "Didn't get heartbeat from master in over %ds",
        ["Didn't get heartbeat from master in over 60s"],
    )
    L(
        "loadgen-3",
        t + sec(r.uniform(0.02, 0.1)),
        "INFO",
        "locust.main",
        "Shutting down (exit code %s)",
        ["Shutting down (exit code 1)"],
    )
    L(
        "loadgen-3",
        t + sec(5.3),
        "INFO",
        "locust.main",
        "Starting Locust %s",
        [f"Starting Locust {LC_VERSION}"],
    )
    node["loadgen-3"] = f"loadgen-3_{hexid(r, 32)}"
    ready[0] += 1
    M(
        cut[1] + sec(r.uniform(0.1, 0.8)),
        "INFO",
        "locust.runners",
        "Worker %s (index %s) reported as ready. %s workers connected.",
        f"Worker {node['loadgen-3']} (index 4) reported as ready. {ready[0]} workers connected.",
    )
    # everything restarted with a new locustfile at 09:15
    t = M(restart, "INFO", "locust.main", "Got SIGTERM signal", "Got SIGTERM signal")
    for h in hosts:
        w = L(
            h,
            t + sec(r.uniform(0.005, 0.05)),
            "INFO",
            "locust.runners",
            "Got quit message from master, shutting down...",
            ["Got quit message from master, shutting down..."],
        )
        L(
            h,
            w + sec(r.uniform(0.05, 0.4)),
            "INFO",
            "locust.main",
            "Shutting down (exit code %s)",
            ["Shutting down (exit code 0)"],
        )
    M(
        t + sec(0.61),
        "INFO",
        "locust.main",
        "Shutting down (exit code %s)",
        "Shutting down (exit code 0)",
    )
    ready[0] = 0
    master_up(restart + sec(12.8))
    for i, h in enumerate(hosts):
        worker_up(h, restart + sec(13.5 + i * 0.9 + r.uniform(0, 0.5)), i)
    spawn(
        at(9, 30, 5.1),
        1200,
        50,
        {"BrowseUser": 700, "SearchUser": 300, "CheckoutUser": 200},
        late=True,
    )
    for h, off in [("loadgen-1", 21.4), ("loadgen-2", 17.9), ("loadgen-4", 23.2)]:
        cpu(h, at(9, 30, 5) + sec(off))
    return fs.logs(T0)


SYSTEMS = {
    "awx": awx,
    "weblate": weblate,
    "pretix": pretix,
    "mitmproxy": mitmproxy,
    "locust": locust,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
