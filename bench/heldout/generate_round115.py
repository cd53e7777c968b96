#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 115 (galaxy, rstudio-server, shiny-server, zeppelin,
streamlit) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that
wrote it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, per process and file). Five scientific and analytics servers,
06:00 to 12:00 on 2024-06-04. JupyterHub, named in the round's brief, is already in the set
(round 27's `jupyter`: JupyterHub's own log, a notebook server's and a single-user server's),
so the Galaxy bioinformatics server takes its place:

- Galaxy 23.2 under gravity (`gunicorn.log`, `handler_0.log`): Galaxy's stack formatter
  (`galaxy.jobs.handler DEBUG 2024-06-04 06:00:01,123 [pN:handler_0,p:2214,tN:JobHandlerQueue.monitor_thread] ...`)
  with gunicorn's own lines (`[2024-06-04 06:00:01 +0000] [2190] [INFO] Starting gunicorn
  21.2.0`) in the web log; start-up of both processes, uvicorn's access records through the
  root logger (`uvicorn.access INFO ... 10.0.4.21:0 - "GET /api/... HTTP/1.1" 200`), the
  client's history polling, tool requests (`Validated and populated state ...`, `Handled
  output named %s for tool %s (%.3f ms)`, `Executed %d job(s) for tool %s request: (%.3f
  ms)`), the job handler's life of each job (`Grabbed Job(s): %s`, `(%s) Mapped job to
  destination id: %s`, `(%s) Dispatching to %s runner`, `Job [%s] queued (%.3f ms)`, `(%s)
  Job dispatched`, `(%s) executing job script: %s`, `Collecting metrics for Job %s in %s`,
  `job_wrapper.finish for job %d executed (%.3f ms)`), failed tools (`Job error detected,
  failing job. Reasons are %s`), bad tool requests (400), PostgreSQL gone 08:40-08:46
  (`Uncaught exception in exposed API method:` and `Exception in monitor_step` with
  SQLAlchemy's traceback, 500s), a restart of both at 10:15.
- RStudio Server 2024.04 (`rserver.log`, `rserver-http-access.log`): rserver's file log
  (`2024-06-04T06:00:01.123456Z [rserver] INFO ...`, errors with `; OCCURRED AT ...;
  LOGGED FROM: ...`), rsession's lines logged to the same file by the admin's logging.conf
  (`[rsession-anna] ERROR ...`), and the server's access log (`server-access-log=1`, combined
  format); start-up, sign-ins and failed ones, sessions launched, suspended and resumed,
  clients going away (`system error 104 (Connection reset by peer)`, `asio.misc error 2 (End
  of file)`), a session crashing (`session hadabend`), the R code error of an add-in, rserver
  restarted at 09:00 for an upgrade.
- Shiny Server 1.5.22 (`shiny-server.log`, `sales-shiny-20240604-060141-38211.log`,
  `sales-shiny-20240604-103114-41877.log`, `forecast-shiny-20240604-081502-40233.log`):
  log4js lines (`[2024-06-04T06:00:01.123] [INFO] shiny-server - ...`), start-up and a
  restart at 10:30, `Error getting worker: Error: The application exited during
  initialization.` while the forecast app cannot read its model, `The application took too
  long to respond.`; the apps' stderr as Shiny Server keeps it: `Listening on %s`,
  `Loading required package: %s`, the R logger package's stamped lines (`INFO [2024-06-04
  06:00:01] ...`), R warnings, Shiny's `Warning: Error in %s: %s` with its stack lines, the
  database gone 08:40-08:46 (libpq's message over three lines), `Execution halted`.
- Apache Zeppelin 0.11.1 (`zeppelin-zeppelin-nb01.log`,
  `zeppelin-interpreter-spark-shared_process-zeppelin-nb01.log`): its log4j layout (`%5p [%d]
  ({%t} %F[%M]:%L) - %m%n`, ` INFO [2024-06-04 06:00:01,123] ({main} ZeppelinServer.java[main]:204) - ...`);
  start-up (`Server Host: %s`, `Zeppelin Version: %s`, `Done, zeppelin server started`),
  websocket connections, paragraphs run (`Run paragraph [paragraph_id: %s, interpreter: %s,
  note_id: %s, user: %s]`, `Job %s started by scheduler %s`, `Job %s finished by scheduler %s
  with status %s`, `Job %s is finished successfully, status: %s` / `Job %s is finished,
  status: %s, exception: %s, result: %s` with Spark's multi-line error), the interpreter
  process launched (`Process state is transitioned to %s`), Spark's own lines in the
  interpreter log (all `Logging.scala[logInfo]:60`), the interpreter killed by the kernel at
  08:50 (`Job failed` with Thrift's stack), idle interpreters stopped, a restart at 11:00.
- Streamlit 1.35 (`dashboard.log`, `labeler.log`: two `streamlit run` services' output in
  files): the start-up banner (`  You can now view your Streamlit app in your browser.`,
  `  Network URL: %s`, `  External URL: %s`), Streamlit's logger in its default
  `%(asctime)s %(message)s` (`2024-06-04 06:00:01.123 Uncaught app exception` with the
  traceback), tornado's warnings through logging's last resort (no time: `404 GET /media/%s
  (%s) %.2fms`, the XSRF refusal), asyncio's `Task exception was never retrieved` with its
  `future:` line and chained traceback, `Thread '%s': missing ScriptRunContext! ...`,
  `MediaFileHandler: Missing file %s`, the deprecation warnings, the apps' own prints, a
  restart of the labeler at 09:45 (`  Stopping...`).

Label notes. Galaxy's logger name, level, time and `[pN:...,p:...,tN:...]` and gunicorn's
time, pid and level are context; uvicorn's access record is labelled by method, route and
status (round 64), a query string's values being variables; a timer printed `(%0.3f ms)` is a
value. RStudio's time, `[program-id]` and level are context, and so is what its logging adds
after an error (`; OCCURRED AT %s; LOGGED FROM: %s`, one call site each here); an Error's
description is its category's format with the errno's text as wording (`system error %d
(Connection reset by peer) [request-uri: %s]`, the property names wording). Shiny Server's
time, level and `shiny-server - ` are context; an error's text contributes its own words
(`Error getting worker: Error: The application exited during initialization.`). An app log's
lines are R's and the app's: the logger package's level and time are context, its glue
string the label; an R warning or error is labelled by R's format with the condition's
message contributing its own (`Warning in %s : no non-missing arguments to max; returning
-Inf`), Shiny's stack lines and libpq's continuation lines belonging to it. Zeppelin's level,
time, thread and `%F[%M]:%L` are context; a Java stack and Spark's error text after
`result: ` belong to the event; scheduler names, statuses and process states are values.
Streamlit's time is context; each banner line is its own write (its blank lines no event);
tornado's lines are labelled by method, route and status (uvicorn's rule), the XSRF line by
its log message; asyncio's report is one write labelled by its first line, the `future:`
line and the traceback belonging to it; the apps' prints are labelled by their f-strings.

Least sure (written from the helper's knowledge, none checked against a copy of the sources):
Galaxy's `Exception in monitor_step`, `Job error detected, failing job. Reasons are %s`,
`execution finished: %s`, the web's `Galaxy server instance '%s' is running`, the handler's
`job handler queue started` and whether gravity names the processes `main.1` / `handler_0`;
RStudio's start-up texts (`Reading rserver configuration from '%s'`, `Connecting to sqlite3
database at %s`, `Running database migrations from directory: %s`), its sign-in and session
lines (`Failed to authenticate user %s`, `Launching rsession for user %s`, `Session for user
%s suspended`, `rsession for user %s exited with status %d`), the OCCURRED AT / LOGGED FROM
locations, and whether the access log is combined format; Shiny Server's `Using pandoc: %s`,
`Using R %s` lines, `Uncaught exception: %s` and `Worker %d exited with code %d`; Zeppelin's
`Load configuration from %s`, `Launching ThriftServer at %s:%d`, `Instantiate interpreter %s`,
`Interpreter process for %s idle time exceeded threshold, try to stop it`, `Close
InterpreterGroup: %s`, `Shutting down Zeppelin Server ... ` and the line numbers; Streamlit's
`Session with id %s is already connected! Connecting to a new session.`, whether the
deprecation warnings reach the log, and the `External URL` line in headless mode.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import label
from generate_round55 import at, poisson
from generate_round97 import Files, ms, sec

USERS = ["anna", "bo", "chen", "dmitri", "esra", "farid", "greta", "hiro"]
CLIENT_IPS = {u: f"10.0.4.{21 + i * 7}" for i, u in enumerate(USERS)}
UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"


def py_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)}"


def pg_refused(host: str, ip: str) -> list[str]:
    return [
        f'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "{host}" ({ip}), port 5432 failed: Connection refused',
        "\tIs the server running on that host and accepting TCP/IP connections?",
        "",
        "(Background on this error at: https://sqlalche.me/e/20/e3q8)",
    ]


# ---------------------------------------------------------------------------- galaxy

GX_PY = "/srv/galaxy/venv/lib/python3.11/site-packages"
GX_LIB = "/srv/galaxy/server/lib"
GX_TOOLS = [
    ("cat1", ["out_file1"]),
    ("toolshed.g2.bx.psu.edu/repos/devteam/fastqc/fastqc/0.74+galaxy0", ["html_file", "text_file"]),
    ("toolshed.g2.bx.psu.edu/repos/iuc/multiqc/multiqc/1.11+galaxy1", ["html_report", "stats"]),
    ("toolshed.g2.bx.psu.edu/repos/devteam/bwa/bwa_mem/0.7.17.2", ["bam_output"]),
    ("toolshed.g2.bx.psu.edu/repos/iuc/samtools_stats/samtools_stats/2.0.5", ["output"]),
    (
        "toolshed.g2.bx.psu.edu/repos/bgruening/trim_galore/trim_galore/0.6.7+galaxy0",
        ["trimmed_reads_single", "report_file"],
    ),
    ("Cut1", ["out_file1"]),
    ("sort1", ["out_file1"]),
]


def galaxy(r: random.Random) -> list[Log]:
    """A small institute's Galaxy: eight users, the web process (gunicorn with one uvicorn
    worker) and one job handler with the local runner; PostgreSQL gone 08:40-08:46, both
    processes restarted at 10:15."""
    fs = Files()
    rs = at(10, 15, 3)  # the restart

    def web(t: datetime, who: str) -> int:
        if who == "master":
            return 2190 if t < rs + sec(5) else 31877
        return 2201 if t < rs + sec(5) else 31889

    def hnd(t: datetime) -> int:
        return 2214 if t < rs + sec(5) else 31902

    pg_down = (at(8, 40), at(8, 46, 10))

    def down(t: datetime) -> bool:
        return pg_down[0] <= t < pg_down[1]

    def G(t: datetime, lab: str, msg: str) -> datetime:  # gunicorn's own logger
        return fs.add(
            "gunicorn.log",
            t,
            lab,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{web(t, 'master')}] [INFO] {msg}"],
            ("gm", web(t, "master")),
            1_000_000,
        )

    def W(
        t: datetime,
        name: str,
        level: str,
        tn: str,
        lab: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        pid = web(t, "worker")
        return fs.add(
            "gunicorn.log",
            t,
            lab,
            lambda x: (
                [f"{name} {level:<5.5} {py_ts(x)} [pN:main.1,p:{pid},tN:{tn}] {msg}"] + (more or [])
            ),
            ("gw", pid),
            1000,
        )

    def H(
        t: datetime,
        name: str,
        level: str,
        tn: str,
        lab: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        pid = hnd(t)
        return fs.add(
            "handler_0.log",
            t,
            lab,
            lambda x: (
                [f"{name} {level:<5.5} {py_ts(x)} [pN:handler_0,p:{pid},tN:{tn}] {msg}"]
                + (more or [])
            ),
            ("h", pid),
            1000,
        )

    def app_start(P, t: datetime, main: bool) -> datetime:
        t = P(
            t,
            "galaxy.tool_util.toolbox.base",
            "INFO",
            "MainThread",
            "Parsing the tool configuration %s",
            "Parsing the tool configuration /srv/galaxy/config/tool_conf.xml",
        )
        t = P(
            t + sec(r.uniform(0.2, 0.6)),
            "galaxy.tool_util.toolbox.base",
            "INFO",
            "MainThread",
            "Parsing the tool configuration %s",
            "Parsing the tool configuration /srv/galaxy/var/shed_tool_conf.xml",
        )
        t = P(
            t + sec(r.uniform(4, 9)),
            "galaxy.app",
            "INFO",
            "MainThread",
            "Galaxy app startup finished (%.3f ms)",
            f"Galaxy app startup finished ({r.uniform(9000, 16000):.3f} ms)",
        )
        if not main:
            t = P(
                t + sec(0.01),
                "galaxy.jobs.handler",
                "INFO",
                "MainThread",
                "job handler queue started",
                "job handler queue started",
            )
        return t

    def web_start(t: datetime) -> None:
        t = G(t, "Starting gunicorn %s", "Starting gunicorn 21.2.0")
        t = G(
            t + sec(0.01),
            "Listening at: %s (%s)",
            f"Listening at: http://127.0.0.1:8080 ({web(t, 'master')})",
        )
        t = G(
            t + sec(0.01),
            "Booting worker with pid: %s",
            f"Booting worker with pid: {web(t, 'worker')}",
        )
        app_start(W, t + sec(1.5), True)

    def access(t: datetime, u: str, method: str, route: str, path: str, status: int) -> None:
        W(
            t,
            "uvicorn.access",
            "INFO",
            "MainThread",
            f'%s - "{method} {route} HTTP/%s" {status}',
            f'{CLIENT_IPS[u]}:0 - "{method} {path} HTTP/1.1" {status}',
        )

    def api_traceback(t: datetime) -> None:
        W(
            t,
            "galaxy.web.framework.decorators",
            "ERROR",
            "AnyIO worker thread",
            "Uncaught exception in exposed API method:",
            "Uncaught exception in exposed API method:",
            [
                "Traceback (most recent call last):",
                f'  File "{GX_PY}/sqlalchemy/engine/base.py", line 145, in __init__',
                "    self._dbapi_connection = engine.raw_connection()",
                "                             ^^^^^^^^^^^^^^^^^^^^^^^",
                f'  File "{GX_PY}/sqlalchemy/pool/base.py", line 674, in __connect',
                "    self.dbapi_connection = connection = pool._invoke_creator(self)",
                f'  File "{GX_PY}/psycopg2/__init__.py", line 122, in connect',
                "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                'psycopg2.OperationalError: connection to server at "db01" (10.0.2.11), port 5432 failed: Connection refused',
                "\tIs the server running on that host and accepting TCP/IP connections?",
                "",
                "",
                "The above exception was the direct cause of the following exception:",
                "",
                "Traceback (most recent call last):",
                f'  File "{GX_LIB}/galaxy/web/framework/decorators.py", line 346, in decorator',
                "    rval = func(self, trans, *args, **kwargs)",
                f'  File "{GX_LIB}/galaxy/webapps/galaxy/api/histories.py", line 221, in current',
                "    return self.service.show(trans, serialization_params, history_id)",
                f'  File "{GX_PY}/sqlalchemy/engine/base.py", line 2344, in _handle_dbapi_exception',
                "    raise sqlalchemy_exception.with_traceback(exc_info[2]) from e",
                *pg_refused("db01", "10.0.2.11"),
            ],
        )

    t0 = at(6, 0)
    web_start(t0 + sec(2))
    app_start(H, t0 + sec(3.4), False)

    # the restart at 10:15
    G(rs, "Handling signal: %s", "Handling signal: term")
    G(rs + sec(1.8), "Shutting down: %s", "Shutting down: Master")
    web_start(rs + sec(6))
    app_start(H, rs + sec(7.2), False)
    restart = (rs, rs + sec(26))

    def busy(t: datetime) -> bool:
        return restart[0] <= t < restart[1]

    # the client's polling: each user's open tab every ~40 s in their working hours
    hist = {u: hexid(r, 16) for u in USERS}
    for u in USERS:
        start = at(6, 10) + sec(r.uniform(0, 3600))
        stop = at(11, 50) - sec(r.uniform(0, 3600))
        for t in poisson(r, start, stop, 120):
            if busy(t):
                continue
            status = 500 if down(t) else 200
            if r.random() < 0.55:
                qv = (t - sec(r.uniform(5, 60))).strftime(
                    "%Y-%m-%dT%H:%M:%S."
                ) + f"{r.randrange(1000):03d}"
                access(
                    t,
                    u,
                    "GET",
                    "/api/histories/%s/contents?v=%s&limit=%s&q=%s&qv=%s",
                    f"/api/histories/{hist[u]}/contents?v=dev&limit=1000&q=update_time-gt&qv={qv}",
                    status,
                )
                if status == 500:
                    api_traceback(t - sec(0.02))
            elif r.random() < 0.6:
                if status == 500:
                    continue
                access(
                    t,
                    u,
                    "GET",
                    "/history/current_history_json",
                    "/history/current_history_json",
                    200,
                )
            else:
                if status == 500:
                    continue
                access(
                    t,
                    u,
                    "GET",
                    "/api/datasets/%s?view=%s",
                    f"/api/datasets/{hexid(r, 16)}?view=detailed",
                    200,
                )

    # tool requests and their jobs
    job = [4810]
    for t in poisson(r, at(6, 20), at(11, 45), 190):
        if busy(t) or down(t) or busy(t + sec(120)) or down(t + sec(120)):
            continue
        u = r.choice(USERS)
        if r.random() < 0.08:  # a request the tool's parameters reject
            access(t, u, "POST", "/api/tools", "/api/tools", 400)
            continue
        tool, outs = r.choice(GX_TOOLS)
        upload = r.random() < 0.12
        if upload:
            tool, outs = "__DATA_FETCH__", ["output0"]
        x = W(
            t,
            "galaxy.tools",
            "INFO",
            "AnyIO worker thread",
            "Validated and populated state for tool request (%.3f ms)",
            f"Validated and populated state for tool request ({r.uniform(8, 60):.3f} ms)",
        )
        for o in outs:
            x = W(
                x + sec(r.uniform(0.003, 0.02)),
                "galaxy.tools.actions",
                "INFO",
                "AnyIO worker thread",
                "Handled output named %s for tool %s (%.3f ms)",
                f"Handled output named {o} for tool {tool} ({r.uniform(2, 20):.3f} ms)",
            )
        x = W(
            x + sec(r.uniform(0.02, 0.08)),
            "galaxy.tools.execute",
            "DEBUG",
            "AnyIO worker thread",
            "Executed %d job(s) for tool %s request: (%.3f ms)",
            f"Executed 1 job(s) for tool {tool} request: ({r.uniform(60, 240):.3f} ms)",
        )
        if upload:
            access(x + sec(0.01), u, "POST", "/api/tools/fetch", "/api/tools/fetch", 200)
        else:
            access(x + sec(0.01), u, "POST", "/api/tools", "/api/tools", 200)
        job[0] += 1
        j = job[0]
        h = x + sec(r.uniform(0.5, 1.5))
        h = H(
            h,
            "galaxy.jobs.handler",
            "DEBUG",
            "JobHandlerQueue.monitor_thread",
            "Grabbed Job(s): %s",
            f"Grabbed Job(s): {j}",
        )
        h = H(
            h + sec(0.005),
            "galaxy.jobs.mapper",
            "DEBUG",
            "JobHandlerQueue.monitor_thread",
            "(%s) Mapped job to destination id: %s",
            f"({j}) Mapped job to destination id: {'local_upload' if upload else r.choice(['local', 'local', 'local_highmem'])}",
        )
        h = H(
            h + sec(0.003),
            "galaxy.jobs.handler",
            "DEBUG",
            "JobHandlerQueue.monitor_thread",
            "(%s) Dispatching to %s runner",
            f"({j}) Dispatching to local runner",
        )
        h = H(
            h + sec(0.02),
            "galaxy.jobs.runners",
            "DEBUG",
            "JobHandlerQueue.monitor_thread",
            "Job [%s] queued (%.3f ms)",
            f"Job [{j}] queued ({r.uniform(40, 180):.3f} ms)",
        )
        h = H(
            h + sec(0.002),
            "galaxy.jobs.handler",
            "INFO",
            "JobHandlerQueue.monitor_thread",
            "(%s) Job dispatched",
            f"({j}) Job dispatched",
        )
        wt = f"LocalRunner.work_thread-{r.randrange(4)}"
        h = H(
            h + sec(r.uniform(0.3, 1.2)),
            "galaxy.jobs.runners.local",
            "DEBUG",
            wt,
            "(%s) executing job script: %s",
            f"({j}) executing job script: /srv/galaxy/var/jobs_directory/004/{j}/galaxy_{j}.sh",
        )
        h = H(
            h + sec(r.uniform(3, 110)),
            "galaxy.jobs.runners.local",
            "DEBUG",
            wt,
            "execution finished: %s",
            f"execution finished: /srv/galaxy/var/jobs_directory/004/{j}/galaxy_{j}.sh",
        )
        if not upload and r.random() < 0.08:
            h = H(
                h + sec(0.05),
                "galaxy.tool_util.output_checker",
                "INFO",
                wt,
                "Job error detected, failing job. Reasons are %s",
                f"Job error detected, failing job. Reasons are [{{'type': 'exit_code', 'desc': 'Fatal error: Exit code {r.choice([1, 1, 2, 137])} ()', 'exit_code': 1, 'error_level': 3}}]",
            )
        h = H(
            h + sec(0.05),
            "galaxy.jobs",
            "INFO",
            wt,
            "Collecting metrics for Job %s in %s",
            f"Collecting metrics for Job {j} in /srv/galaxy/var/jobs_directory/004/{j}",
        )
        H(
            h + sec(0.1),
            "galaxy.jobs",
            "DEBUG",
            wt,
            "job_wrapper.finish for job %d executed (%.3f ms)",
            f"job_wrapper.finish for job {j} executed ({r.uniform(90, 900):.3f} ms)",
        )

    # the handler's monitor loop while the database is away
    t = pg_down[0] + sec(0.7)
    while t < pg_down[1]:
        H(
            t,
            "galaxy.jobs.handler",
            "ERROR",
            "JobHandlerQueue.monitor_thread",
            "Exception in monitor_step",
            "Exception in monitor_step",
            [
                "Traceback (most recent call last):",
                f'  File "{GX_LIB}/galaxy/jobs/handler.py", line 308, in __monitor',
                "    self.__monitor_step()",
                f'  File "{GX_LIB}/galaxy/jobs/handler.py", line 540, in __monitor_step',
                "    jobs_to_check = self.__fetch_queued_jobs(session)",
                f'  File "{GX_PY}/sqlalchemy/pool/base.py", line 674, in __connect',
                "    self.dbapi_connection = connection = pool._invoke_creator(self)",
                *pg_refused("db01", "10.0.2.11"),
            ],
        )
        t += sec(5 + r.uniform(0, 0.3))
    return fs.logs(t0)


# ---------------------------------------------------------------------------- rstudio-server

RS_PKG = "src/cpp"


def rstudio_server(r: random.Random) -> list[Log]:
    """A department's RStudio Server: eight users through the day behind nginx, rsession lines
    logged into the server's file, clients dropping on the guest Wi-Fi, one session crashing,
    an add-in's R error, rserver upgraded and restarted at 09:00."""
    fs = Files()

    def L(t: datetime, prog: str, level: str, lab: str, msg: str) -> datetime:
        return fs.add(
            "rserver.log",
            t,
            lab,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z [{prog}] {level} {msg}"],
            prog,
            1,
        )

    def A(
        t: datetime,
        u: str | None,
        ip: str,
        method: str,
        route: str,
        path: str,
        status: int,
        size: int,
    ) -> datetime:
        who = u or "-"
        return fs.add(
            "rserver-http-access.log",
            t,
            f'%s - %s [%s] "{method} {route} HTTP/1.1" {status} %s "%s" "%s"',
            lambda x: [
                f'{ip} - {who} [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.1" {status} {size} "https://rstudio.stats.example.edu/" "{UA}"'
            ],
            ("acc",),
            1_000_000,
        )

    def start(t: datetime, version: str) -> None:
        t = L(
            t,
            "rserver",
            "INFO",
            "Reading rserver configuration from '%s'",
            "Reading rserver configuration from '/etc/rstudio/rserver.conf'",
        )
        t = L(
            t + sec(0.0004),
            "rserver",
            "INFO",
            "Reading logging configuration from '%s'",
            "Reading logging configuration from '/etc/rstudio/logging.conf'",
        )
        t = L(
            t + sec(0.003),
            "rserver",
            "INFO",
            "Connecting to sqlite3 database at %s",
            "Connecting to sqlite3 database at /var/lib/rstudio-server/rstudio-os.sqlite",
        )
        t = L(
            t + sec(0.002),
            "rserver",
            "INFO",
            "Running database migrations from directory: %s",
            "Running database migrations from directory: /usr/lib/rstudio-server/db/sqlite",
        )
        L(
            t + sec(0.04),
            "rserver",
            "INFO",
            "RStudio Server version %s started on port %d",
            f"RStudio Server version {version} started on port 8787",
        )

    def err(t: datetime, prog: str, lab: str, msg: str, occurred: str, logged: str) -> datetime:
        return L(t, prog, "ERROR", lab, f"{msg}; OCCURRED AT {occurred}; LOGGED FROM: {logged}")

    t0 = at(6, 0)
    start(t0 + sec(r.uniform(0.3, 0.6)), "2024.04.1+748")
    up = [(t0, at(9, 0, 2)), (at(9, 0, 9), at(12, 0))]
    L(
        at(9, 0, 2),
        "rserver",
        "INFO",
        "Received signal %d, shutting down",
        "Received signal 15, shutting down",
    )
    start(at(9, 0, 9) + sec(r.uniform(0, 0.5)), "2024.04.2+764")

    def alive(t: datetime) -> bool:
        return any(a <= t < b for a, b in up)

    rpcs = [
        "console_input",
        "get_environment_state",
        "list_files",
        "get_function_state",
        "open_document",
        "save_document",
        "execute_chunk",
    ]
    crash = at(10, 22, 41)
    for u in USERS:
        ip = CLIENT_IPS[u]
        t = at(6, 5) + sec(r.uniform(0, 7200))
        end = at(11, 58) - sec(r.uniform(0, 5400))
        # sign-in, with a wrong password now and then
        if r.random() < 0.4:
            for _ in range(r.randint(1, 3)):
                A(t, None, ip, "POST", "/auth-do-sign-in", "/auth-do-sign-in", 302, 0)
                L(
                    t + sec(0.002),
                    "rserver",
                    "WARNING",
                    "Failed to authenticate user %s",
                    f"Failed to authenticate user {u}",
                )
                t += sec(r.uniform(6, 30))
        A(t, None, ip, "POST", "/auth-do-sign-in", "/auth-do-sign-in", 302, 0)
        L(
            t + sec(0.003),
            "rserver",
            "INFO",
            "Launching rsession for user %s",
            f"Launching rsession for user {u}",
        )
        t += sec(2)
        while t < end:
            if not alive(t):
                t = up[1][0] + sec(r.uniform(10, 120))
                L(
                    t,
                    "rserver",
                    "INFO",
                    "Launching rsession for user %s",
                    f"Launching rsession for user {u}",
                )
                continue
            x = r.random()
            if x < 0.55:
                A(
                    t,
                    u,
                    ip,
                    "POST",
                    "/events/get_events",
                    "/events/get_events",
                    200,
                    r.randint(60, 4000),
                )
            elif x < 0.88:
                rpc = r.choice(rpcs)
                A(t, u, ip, "POST", f"/rpc/{rpc}", f"/rpc/{rpc}", 200, r.randint(40, 9000))
            elif x < 0.93:
                A(
                    t,
                    u,
                    ip,
                    "GET",
                    "/file_show?path=%s",
                    f"/file_show?path=%2Fhome%2F{u}%2Fplots%2Ffig{r.randint(1, 40)}.png",
                    200,
                    r.randint(20000, 300000),
                )
            elif x < 0.97:
                # the guest Wi-Fi drops the long poll
                if r.random() < 0.6:
                    err(
                        t,
                        "rserver",
                        "system error %d (Connection reset by peer) [request-uri: %s]",
                        "system error 104 (Connection reset by peer) [request-uri: /events/get_events]",
                        "rstudio::core::Error rstudio::core::http::AsyncConnectionImpl<SocketType>::handleRead(const boost::system::error_code&, std::size_t) src/cpp/core/include/core/http/AsyncConnectionImpl.hpp:422",
                        "void rstudio::core::http::AsyncConnectionImpl<SocketType>::handleError(const rstudio::core::Error&) src/cpp/core/include/core/http/AsyncConnectionImpl.hpp:488",
                    )
                else:
                    err(
                        t,
                        "rserver",
                        "asio.misc error %d (End of file) [request-uri: %s]",
                        f"asio.misc error 2 (End of file) [request-uri: /rpc/{r.choice(rpcs)}]",
                        "rstudio::core::Error rstudio::core::http::AsyncClient<SocketType>::handleReadHeaders(const boost::system::error_code&) src/cpp/core/include/core/http/AsyncClient.hpp:731",
                        "void rstudio::server::session_proxy::{anonymous}::logIfNotConnectionTerminated(const rstudio::core::Error&, const rstudio::core::http::Request&) src/cpp/server/ServerSessionProxy.cpp:277",
                    )
            elif x < 0.985:
                A(
                    t,
                    u,
                    ip,
                    "GET",
                    "/grid_data?env=%s&obj=%s&cache_key=%s&show=%s",
                    f"/grid_data?env=R_GlobalEnv&obj=df{r.randint(1, 9)}&cache_key={hexid(r, 8)}&show=data",
                    200,
                    r.randint(2000, 90000),
                )
            else:
                # the add-in's broken R function
                err(
                    t,
                    f"rsession-{u}",
                    "r error %d (R code execution error) [errormsg: %s]",
                    'r error 4 (R code execution error) [errormsg: Error in file(con, "r") : cannot open the connection]',
                    "rstudio::core::Error rstudio::r::exec::{anonymous}::evaluateExpressionsUnsafe(SEXP, SEXP, SEXPREC**, rstudio::r::sexp::Protect*, rstudio::r::exec::{anonymous}::EvalType) src/cpp/r/RExec.cpp:181",
                    "void rstudio::session::modules::rmarkdown::{anonymous}::onDocumentSaved(rstudio::session::FileSystemItem) src/cpp/session/modules/rmarkdown/SessionRMarkdown.cpp:512",
                )
            t += sec(r.expovariate(1 / 55))
            if crash - sec(5) <= t < crash + sec(120) and u == "dmitri":
                t = crash + sec(121)
        # idle: suspended, then signed out
        L(
            end,
            "rserver",
            "INFO",
            "Session for user %s suspended",
            f"Session for user {u} suspended",
        )
    # dmitri's session killed by the kernel at 10:22 and launched again
    err(
        crash,
        "rsession-dmitri",
        "session hadabend",
        "session hadabend",
        "rstudio::core::Error {anonymous}::rInit(const rstudio::r::session::RInitInfo&) src/cpp/session/SessionMain.cpp:688",
        "rstudio::core::Error {anonymous}::rInit(const rstudio::r::session::RInitInfo&) src/cpp/session/SessionMain.cpp:689",
    )
    L(
        crash - sec(3.2),
        "rserver",
        "WARNING",
        "rsession for user %s exited with status %d",
        "rsession for user dmitri exited with status 137",
    )
    for k in range(r.randint(8, 14)):
        err(
            crash - sec(3) + sec(k * 0.2),
            "rserver",
            "system error %d (Connection refused) [request-uri: %s, username: %s]",
            f"system error 111 (Connection refused) [request-uri: /rpc/{r.choice(rpcs)}, username: dmitri]",
            "rstudio::core::Error rstudio::core::http::AsyncClient<SocketType>::handleConnect(const boost::system::error_code&) src/cpp/core/include/core/http/AsyncClient.hpp:612",
            "void rstudio::server::session_proxy::{anonymous}::handleLocalhostError(...) src/cpp/server/ServerSessionProxy.cpp:540",
        )
    L(
        crash - sec(0.5),
        "rserver",
        "INFO",
        "Launching rsession for user %s",
        "Launching rsession for user dmitri",
    )
    return fs.logs(t0)


# ---------------------------------------------------------------------------- shiny-server


def shiny_server(r: random.Random) -> list[Log]:
    """Shiny Server with two apps: `sales` (a dashboard with the R logger package's lines,
    its warnings and errors, the database gone 08:40-08:46) busy all morning, `forecast`
    failing at start-up 08:15-09:20 (a model file half written); the server restarted at 10:30
    after a config change, a new sales worker after it."""
    fs = Files()
    SL = "shiny-server.log"

    def S(t: datetime, level: str, lab: str, msg: str) -> datetime:
        return fs.add(
            SL,
            t,
            lab,
            lambda x: [f"[{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}] [{level}] shiny-server - {msg}"],
            "ss",
            1000,
        )

    def start(t: datetime) -> datetime:
        t = S(
            t,
            "INFO",
            "Shiny Server v%s (Node.js %s)",
            "Shiny Server v1.5.22.1017 (Node.js v18.18.2)",
        )
        t = S(
            t + sec(0.002), "INFO", "Using pandoc: %s", "Using pandoc: /opt/shiny-server/ext/pandoc"
        )
        t = S(
            t + sec(0.05),
            "INFO",
            'Using config file "%s"',
            'Using config file "/etc/shiny-server/shiny-server.conf"',
        )
        t = S(t + sec(0.3), "INFO", "Using R %s", "Using R 4.4.0")
        t = S(t + sec(0.001), "INFO", "R RPATH: %s", "R RPATH: /usr/lib/R/lib")
        return S(
            t + sec(0.02),
            "INFO",
            "Starting listener on %s",
            "Starting listener on http://[::]:3838",
        )

    def stop(t: datetime) -> None:
        t = S(t, "INFO", "Stopping listener on %s", "Stopping listener on http://[::]:3838")
        S(
            t + sec(0.001),
            "INFO",
            "Shutting down worker processes (with notification)",
            "Shutting down worker processes (with notification)",
        )

    t0 = at(6, 0)
    start(t0 + sec(0.5))
    stop(at(10, 30, 40))
    start(at(10, 30, 44))

    # the sales app: one worker 06:01:41 to 10:30:40, the next from 10:31:14
    def app(fname: str, a: datetime, b: datetime, port: int) -> None:
        def R(t: datetime, lab: str | None, lines: list[str]) -> datetime:
            return fs.add(fname, t, lab, lambda x: lines, fname, 1_000_000)

        def LOG(t: datetime, level: str, lab: str, msg: str) -> datetime:
            return fs.add(
                fname,
                t,
                lab,
                lambda x: [f"{level} [{x:%Y-%m-%d %H:%M:%S}] {msg}"],
                fname,
                1_000_000,
            )

        t = R(a, "Loading required package: %s", ["Loading required package: shiny"])
        t = R(t + sec(0.8), "Loading required package: %s", ["Loading required package: DBI"])
        t = LOG(
            t + sec(0.9),
            "INFO",
            "connection pool created for %s (min %d, max %d)",
            "connection pool created for analytics@db01 (min 1, max 8)",
        )
        t = R(t + sec(0.3), "Listening on %s", [f"Listening on http://127.0.0.1:{port}"])
        regions = ["north", "south", "east", "west", "benelux", "dach", "nordics"]
        queries = [
            "sales_by_region",
            "orders_daily",
            "top_products",
            "returns_weekly",
            "margin_by_sku",
        ]
        for s in poisson(r, t + sec(20), b - sec(60), 80):
            token = hexid(r, 32)
            LOG(
                s,
                "INFO",
                "session %s started for %s",
                f"session {token} started for {r.choice(USERS)}",
            )
            q = s + sec(r.uniform(0.5, 3))
            for _ in range(r.randint(2, 8)):
                if q >= b:
                    break
                dbdown = at(8, 40) <= q < at(8, 46, 20)
                if dbdown:
                    R(
                        q,
                        label(
                            'Warning: Error in %s: could not connect to server: Connection refused\n\tIs the server running on host "%s" (%s) and accepting\n\tTCP/IP connections on port %d?'
                        ).replace("\t", "\\t"),
                        [
                            "Warning: Error in connection_create: could not connect to server: Connection refused",
                            '\tIs the server running on host "db01" (10.0.2.11) and accepting',
                            "\tTCP/IP connections on port 5432?",
                            "",
                            "  3: runApp",
                            "  2: print.shiny.appobj",
                            "  1: <Anonymous>",
                        ],
                    )
                    q += sec(r.uniform(2, 20))
                    continue
                name = r.choice(queries)
                n = (
                    r.choice([0, r.randint(1, 40000)])
                    if name == "returns_weekly"
                    else r.randint(1, 40000)
                )
                LOG(
                    q,
                    "INFO",
                    "query %s (%s) returned %d rows in %s s",
                    f"query {name} ({r.choice(regions)}) returned {n} rows in {r.uniform(0.05, 4):.2f} s",
                )
                if n == 0:
                    R(
                        q + sec(0.4),
                        "Warning in %s : no non-missing arguments to max; returning -Inf",
                        [
                            "Warning in max(df$week) : no non-missing arguments to max; returning -Inf"
                        ],
                    )
                if r.random() < 0.03:
                    R(
                        q + sec(0.5),
                        "Warning: Error in %s: object of type '%s' is not subsettable",
                        [
                            "Warning: Error in $: object of type 'closure' is not subsettable",
                            "  105: renderPlot [/srv/shiny-server/sales/server.R#88]",
                            "  103: func",
                            "   83: renderFunc",
                            "   82: output$trend",
                            "    1: runApp",
                        ],
                    )
                if r.random() < 0.02:
                    LOG(
                        q + sec(0.2),
                        "WARN",
                        "export of %s rows truncated to %d",
                        f"export of {r.randint(100001, 900000)} rows truncated to 100000",
                    )
                q += sec(r.expovariate(1 / 40))
            if q + sec(600) < b:
                LOG(
                    q + sec(r.uniform(5, 600)), "INFO", "session %s ended", f"session {token} ended"
                )

    app("sales-shiny-20240604-060141-38211.log", at(6, 1, 41), at(10, 30, 40), 38211)
    app("sales-shiny-20240604-103114-41877.log", at(10, 31, 14), at(12, 0), 41877)

    # the forecast app fails at start-up: its log (the first attempt's), and the server's lines
    # for each visitor's attempt
    fl = "forecast-shiny-20240604-081502-40233.log"

    def F(t: datetime, lab: str | None, lines: list[str]) -> datetime:
        return fs.add(fl, t, lab, lambda x: lines, fl, 1_000_000)

    t = F(at(8, 15, 2), "Loading required package: %s", ["Loading required package: shiny"])
    t = F(t + sec(1.1), "Loading required package: %s", ["Loading required package: forecast"])
    t = F(
        t + sec(0.4),
        "Registered S3 method overwritten by '%s':",
        [
            "Registered S3 method overwritten by 'quantmod':",
            "  method            from",
            "  as.zoo.data.frame zoo ",
        ],
    )
    t = F(
        t + sec(0.9),
        "Error in %s : error reading from connection",
        [
            'Error in readRDS("models/latest.rds") : error reading from connection',
            "Calls: runApp ... sourceUTF8 -> eval -> eval -> readRDS -> readRDS",
        ],
    )
    F(t, "Execution halted", ["Execution halted"])
    for v in poisson(r, at(8, 15), at(9, 20), 25):
        S(
            v + sec(r.uniform(2, 4)),
            "ERROR",
            "Error getting worker: Error: The application exited during initialization.",
            "Error getting worker: Error: The application exited during initialization.",
        )
        if r.random() < 0.3:
            S(
                v + sec(r.uniform(4, 5)),
                "WARN",
                "Worker %d exited with code %d",
                f"Worker {r.randint(40000, 60000)} exited with code 1",
            )
    # the sales app too slow to answer while its database is away
    for v in poisson(r, at(8, 41), at(8, 46), 30):
        S(
            v,
            "ERROR",
            "Error getting worker: Error: The application took too long to respond.",
            "Error getting worker: Error: The application took too long to respond.",
        )
    # clients dropping their websocket behind the proxy
    for v in poisson(r, at(6, 30), at(11, 50), 300):
        e = r.choice(["read ECONNRESET", "read ECONNRESET", "write EPIPE"])
        S(v, "ERROR", f"Uncaught exception: Error: {e}", f"Uncaught exception: Error: {e}")
    return fs.logs(t0)


# ---------------------------------------------------------------------------- zeppelin

ZP_SCHED = "RemoteInterpreter-spark-shared_process-shared_session"
ZP_NOTES = {
    "2JBZ1VK3X": "etl/daily_orders",
    "2JC4F8QTY": "analysis/churn",
    "2JD9AA7MP": "ops/cluster_usage",
    "2JE1HK2RW": "adhoc/anna",
}
ZP_INTERP = [
    "org.apache.zeppelin.spark.SparkSqlInterpreter",
    "org.apache.zeppelin.spark.SparkInterpreter",
    "org.apache.zeppelin.spark.PySparkInterpreter",
]


def zeppelin(r: random.Random) -> list[Log]:
    """Zeppelin on one host with the Spark interpreter (shared process): analysts' paragraphs
    all morning, Spark SQL errors on bad column names, the interpreter killed by the kernel at
    08:50 and launched again, idle interpreters stopped, the server restarted at 11:00."""
    fs = Files()
    SF = "zeppelin-zeppelin-nb01.log"
    IF = "zeppelin-interpreter-spark-shared_process-zeppelin-nb01.log"

    def Z(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        loc: str,
        lab: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f,
            t,
            lab,
            lambda x: [f"{level:>5} [{py_ts(x)}] ({{{thread}}} {loc}) - {msg}"] + (more or []),
            f,
            1000,
        )

    def server_start(t: datetime) -> datetime:
        m = "ZeppelinConfiguration.java[create]"
        t = Z(
            SF,
            t,
            "INFO",
            "main",
            f"{m}:135",
            "Load configuration from %s",
            "Load configuration from file:/opt/zeppelin/conf/zeppelin-site.xml",
        )
        for k, v in [
            ("Server Host", "0.0.0.0"),
            ("Server Port", "8080"),
            ("Context Path", "/"),
            ("Zeppelin Version", "0.11.1"),
        ]:
            t = Z(
                SF, t + sec(0.001), "INFO", "main", f"{m}:{140 + len(k)}", f"{k}: %s", f"{k}: {v}"
            )
        t = Z(
            SF,
            t + sec(r.uniform(2, 4)),
            "INFO",
            "main",
            "ZeppelinServer.java[main]:310",
            "Done, zeppelin server started",
            "Done, zeppelin server started",
        )
        return t

    def interp_start(t: datetime, user: str) -> datetime:
        th = f"SchedulerFactory{r.randint(2, 9)}"
        t = Z(
            SF,
            t,
            "INFO",
            th,
            "ManagedInterpreterGroup.java[getOrCreateSession]:180",
            "Create Session: %s in InterpreterGroup: %s for user: %s",
            f"Create Session: shared_session in InterpreterGroup: spark-shared_process for user: {user}",
        )
        t = Z(
            SF,
            t + sec(0.05),
            "INFO",
            th,
            "ProcessLauncher.java[transition]:109",
            "Process state is transitioned to %s",
            "Process state is transitioned to LAUNCHED",
        )
        port = r.randint(40000, 45000)
        t = Z(
            SF,
            t + sec(0.001),
            "INFO",
            th,
            "ProcessLauncher.java[launch]:96",
            "Process is launched: %s",
            f"Process is launched: [/opt/zeppelin/bin/interpreter.sh, -d, /opt/zeppelin/interpreter/spark, -c, 10.0.3.15, -p, {port}, -r, :, -i, spark-shared_process, -l, /opt/zeppelin/local-repo/spark, -g, spark]",
        )
        i = t + sec(r.uniform(3, 6))
        i = Z(
            IF,
            i,
            "INFO",
            "main",
            "RemoteInterpreterServer.java[run]:213",
            "Launching ThriftServer at %s:%d",
            f"Launching ThriftServer at 10.0.3.15:{r.randint(45001, 50000)}",
        )
        t = Z(
            SF,
            i + sec(0.2),
            "INFO",
            f"pool-{r.randint(2, 6)}-thread-1",
            "ProcessLauncher.java[transition]:109",
            "Process state is transitioned to %s",
            "Process state is transitioned to RUNNING",
        )
        for cls in ZP_INTERP:
            i = Z(
                IF,
                i + sec(0.3),
                "INFO",
                f"pool-3-thread-{r.randint(1, 3)}",
                "RemoteInterpreterServer.java[createInterpreter]:392",
                "Instantiate interpreter %s",
                f"Instantiate interpreter {cls}",
            )
        return t

    def spark_boot(t: datetime) -> datetime:
        th = "FIFOScheduler-interpreter_1245987316-Worker-1"
        lo = "Logging.scala[logInfo]:60"
        t = Z(IF, t, "INFO", th, lo, "Running Spark version %s", "Running Spark version 3.4.2")
        t = Z(
            IF,
            t + sec(0.2),
            "INFO",
            th,
            lo,
            "Submitted application: %s",
            "Submitted application: Zeppelin",
        )
        for svc, port in [("sparkDriver", r.randint(33000, 39000)), ("SparkUI", 4040)]:
            t = Z(
                IF,
                t + sec(r.uniform(0.2, 1)),
                "INFO",
                th,
                lo,
                "Successfully started service '%s' on port %d.",
                f"Successfully started service '{svc}' on port {port}.",
            )
        return t

    t0 = at(6, 0)
    server_start(t0 + sec(1))
    users = USERS[:6]
    state = {"running": False, "kill": at(8, 50, 12), "restart": at(11, 0, 5), "free": t0}
    idle_stop = [at(7, 40), at(10, 40)]
    spark_job = [0]

    def run(t: datetime, user: str) -> None:
        if not state["running"]:
            t = interp_start(t, user)
            t = spark_boot(t + sec(1))
            state["running"] = True
        note = r.choice(list(ZP_NOTES))
        pid = f"paragraph_{int(t.timestamp() * 1000) - r.randint(10**6, 10**9)}_{r.randint(10**8, 2 * 10**9)}"
        interp = r.choice(ZP_INTERP)
        th = f"qtp1402123371-{r.randint(30, 60)}"
        t = Z(
            SF,
            t,
            "INFO",
            th,
            "Paragraph.java[jobRun]:437",
            "Run paragraph [paragraph_id: %s, interpreter: %s, note_id: %s, user: %s]",
            f"Run paragraph [paragraph_id: {pid}, interpreter: {interp}, note_id: {note}, user: {user}]",
        )
        st = f"SchedulerFactory{r.randint(2, 9)}"
        t = Z(
            SF,
            t + sec(0.004),
            "INFO",
            st,
            "AbstractScheduler.java[runJob]:127",
            "Job %s started by scheduler %s",
            f"Job {pid} started by scheduler {ZP_SCHED}",
        )
        i = Z(
            IF,
            max(t + sec(0.03), state["free"]),
            "INFO",
            "FIFOScheduler-interpreter_1245987316-Worker-1",
            "AbstractScheduler.java[runJob]:127",
            "Job %s started by scheduler %s",
            f"Job {pid} started by scheduler interpreter_1245987316",
        )
        bad = interp.endswith("SqlInterpreter") and r.random() < 0.12
        if not bad:
            for _ in range(r.randint(1, 3)):
                spark_job[0] += 1
                site = f"{r.choice(['collect', 'count', 'showString', 'toPandas', 'save'])} at {r.choice(['<console>:27', 'NativeMethodAccessorImpl.java:0', 'ZeppelinContext.scala:118'])}"
                i = Z(
                    IF,
                    i + sec(r.uniform(0.1, 2)),
                    "INFO",
                    "FIFOScheduler-interpreter_1245987316-Worker-1",
                    "Logging.scala[logInfo]:60",
                    "Starting job: %s",
                    f"Starting job: {site}",
                )
                took = r.uniform(0.2, 40)
                i = Z(
                    IF,
                    i + sec(took),
                    "INFO",
                    "dag-scheduler-event-loop",
                    "Logging.scala[logInfo]:60",
                    "Job %d finished: %s, took %f s",
                    f"Job {spark_job[0]} finished: {site}, took {took:.6f} s",
                )
        i = Z(
            IF,
            i + sec(0.01),
            "INFO",
            "FIFOScheduler-interpreter_1245987316-Worker-1",
            "AbstractScheduler.java[runJob]:154",
            "Job %s finished by scheduler %s with status %s",
            f"Job {pid} finished by scheduler interpreter_1245987316 with status {'ERROR' if bad else 'FINISHED'}",
        )
        state["free"] = i + sec(0.01)
        t = i + sec(0.02)
        status = "ERROR" if bad else "FINISHED"
        t = Z(
            SF,
            t,
            "INFO",
            st,
            "AbstractScheduler.java[runJob]:154",
            "Job %s finished by scheduler %s with status %s",
            f"Job {pid} finished by scheduler {ZP_SCHED} with status {status}",
        )
        if bad:
            col = r.choice(["order_ts", "cust_id", "regoin", "amount_eur"])
            Z(
                SF,
                t + sec(0.002),
                "WARN",
                st,
                "NotebookServer.java[onStatusChange]:1986",
                "Job %s is finished, status: %s, exception: %s, result: %s",
                f"Job {pid} is finished, status: ERROR, exception: null, result: %text org.apache.spark.sql.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `{col}` cannot be resolved. Did you mean one of the following? [`order_id`, `region`, `amount`]; line 1 pos 7;",
                [
                    "'Project ['" + col + ", 'sum('amount) AS total#412]",
                    "+- SubqueryAlias spark_catalog.sales.orders",
                    "   +- Relation spark_catalog.sales.orders[order_id#401,region#402,amount#403] parquet",
                    "",
                ],
            )
        else:
            Z(
                SF,
                t + sec(0.002),
                "INFO",
                st,
                "NotebookServer.java[onStatusChange]:1981",
                "Job %s is finished successfully, status: %s",
                f"Job {pid} is finished successfully, status: FINISHED",
            )

    def killed(k: datetime) -> None:  # the interpreter killed by the kernel
        Z(
            SF,
            k,
            "ERROR",
            "pool-2-thread-4",
            "Job.java[run]:210",
            "Job failed",
            "Job failed",
            [
                "org.apache.zeppelin.interpreter.InterpreterException: org.apache.thrift.transport.TTransportException: java.net.SocketException: Connection reset",
                "\tat org.apache.zeppelin.interpreter.remote.RemoteInterpreter.interpret(RemoteInterpreter.java:224)",
                "\tat org.apache.zeppelin.notebook.Paragraph.jobRun(Paragraph.java:484)",
                "\tat org.apache.zeppelin.scheduler.Job.run(Job.java:187)",
                "\tat org.apache.zeppelin.scheduler.RemoteScheduler$JobRunner.run(RemoteScheduler.java:136)",
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
                "\tat java.base/java.lang.Thread.run(Thread.java:829)",
                "Caused by: org.apache.thrift.transport.TTransportException: java.net.SocketException: Connection reset",
                "\tat org.apache.thrift.transport.TIOStreamTransport.read(TIOStreamTransport.java:177)",
                "\tat org.apache.thrift.transport.TTransport.readAll(TTransport.java:109)",
                "\t... 12 more",
            ],
        )
        Z(
            SF,
            k + sec(0.01),
            "INFO",
            "Exec Default Executor",
            "ProcessLauncher.java[transition]:109",
            "Process state is transitioned to %s",
            "Process state is transitioned to TERMINATED",
        )

    # every user's paragraphs, then each run in time order (the interpreter's state moves on)
    events: list[tuple[datetime, int, str]] = []
    for u in users:
        a = at(6, 15) + sec(r.uniform(0, 5400))
        b = at(11, 55) - sec(r.uniform(0, 3600))
        ws = f"10.0.4.{21 + USERS.index(u) * 7}:{r.randint(40000, 60000)}"
        Z(
            SF,
            a,
            "INFO",
            f"qtp1402123371-{r.randint(30, 60)}",
            "NotebookServer.java[onOpen]:248",
            "New connection from %s",
            f"New connection from {ws}",
        )
        Z(
            SF,
            b,
            "INFO",
            f"qtp1402123371-{r.randint(30, 60)}",
            "NotebookServer.java[onClose]:488",
            "Closed connection to %s (%d) %s",
            f"Closed connection to {ws} (1001) null",
        )
        for t in poisson(r, a + sec(30), b, 330):
            if state["kill"] <= t < state["kill"] + sec(40) or state["restart"] - sec(
                10
            ) <= t < state["restart"] + sec(30):
                continue
            if any(s - sec(1200) <= t < s + sec(5) for s in idle_stop):
                continue
            events.append((t, 1, u))
    for s in idle_stop:
        events.append((s, 0, "idle"))
    events.append((state["kill"], 0, "kill"))
    events.append((state["restart"] - sec(8), 0, "restart"))
    for t, _, what in sorted(events):
        if what == "idle":
            if state["running"]:
                x = Z(
                    SF,
                    t,
                    "INFO",
                    "pool-7-thread-1",
                    "TimeoutLifecycleManager.java[lambda$new$0]:68",
                    "Interpreter process for %s idle time exceeded threshold, try to stop it",
                    "Interpreter process for spark-shared_process idle time exceeded threshold, try to stop it",
                )
                x = Z(
                    SF,
                    x + sec(0.01),
                    "INFO",
                    "pool-7-thread-1",
                    "ManagedInterpreterGroup.java[close]:111",
                    "Close InterpreterGroup: %s",
                    "Close InterpreterGroup: spark-shared_process",
                )
                Z(
                    SF,
                    x + sec(1.5),
                    "INFO",
                    "pool-7-thread-1",
                    "ProcessLauncher.java[transition]:109",
                    "Process state is transitioned to %s",
                    "Process state is transitioned to TERMINATED",
                )
            state["running"] = False
        elif what == "kill":
            if state["running"]:
                killed(t)
            state["running"] = False
        elif what == "restart":
            x = Z(
                SF,
                t,
                "INFO",
                "Thread-1",
                "ZeppelinServer.java[run]:339",
                "Shutting down Zeppelin Server ... ",
                "Shutting down Zeppelin Server ... ",
            )
            if state["running"]:
                x = Z(
                    SF,
                    x + sec(0.3),
                    "INFO",
                    "Thread-1",
                    "ManagedInterpreterGroup.java[close]:111",
                    "Close InterpreterGroup: %s",
                    "Close InterpreterGroup: spark-shared_process",
                )
            Z(SF, x + sec(1.2), "INFO", "Thread-1", "ZeppelinServer.java[run]:362", "Bye", "Bye")
            state["running"] = False
            server_start(t + sec(8))
        else:
            run(t, what)
    return fs.logs(t0)


# ---------------------------------------------------------------------------- streamlit

ST_PY = "/opt/apps/.venv/lib/python3.11/site-packages"


def streamlit(r: random.Random) -> list[Log]:
    """Two Streamlit apps as systemd services writing to files: `dashboard` (sales charts on
    PostgreSQL, the database gone 08:40-08:46, users' bad CSV uploads) and `labeler` (an image
    labelling tool whose old tabs ask for media files long gone), both on a flaky office
    network (websockets closed under a write); the labeler restarted at 09:45."""
    fs = Files()
    task: dict[str, int] = {}

    def bare(f: str, t: datetime, lab: str | None, lines: list[str]) -> datetime:
        return fs.add(f, t, lab, lambda x: lines, (f, "bare"), 1000)

    def S(f: str, t: datetime, lab: str, msg: str, more: list[str] | None = None) -> datetime:
        return fs.add(
            f,
            t,
            lab,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{ms(x)} {msg}"] + (more or []),
            (f, "st"),
            1000,
        )

    def banner(f: str, t: datetime, port: int) -> datetime:
        t = bare(
            f,
            t,
            "Collecting usage statistics. To deactivate, set browser.gatherUsageStats to false.",
            ["Collecting usage statistics. To deactivate, set browser.gatherUsageStats to false."],
        )
        t = bare(f, t + sec(0.001), None, [""])
        t = bare(f, t + sec(0.001), None, [""])
        t = bare(
            f,
            t + sec(0.001),
            "  You can now view your Streamlit app in your browser.",
            ["  You can now view your Streamlit app in your browser."],
        )
        t = bare(f, t + sec(0.001), None, [""])
        t = bare(
            f, t + sec(0.001), "  Network URL: %s", [f"  Network URL: http://10.0.3.20:{port}"]
        )
        t = bare(
            f, t + sec(0.001), "  External URL: %s", [f"  External URL: http://192.0.2.80:{port}"]
        )
        return bare(f, t + sec(0.001), None, [""])

    def ws_closed(f: str, t: datetime) -> None:
        task[f] = task.get(f, 1200) + r.randint(40, 900)
        n = task[f]
        bare(
            f,
            t,
            "Task exception was never retrieved",
            [
                "Task exception was never retrieved",
                f"future: <Task finished name='Task-{n}' coro=<WebSocketProtocol13.write_message.<locals>.wrapper() done, defined at {ST_PY}/tornado/websocket.py:1086> exception=WebSocketClosedError()>",
                "Traceback (most recent call last):",
                f'  File "{ST_PY}/tornado/websocket.py", line 1088, in wrapper',
                "    await fut",
                "tornado.iostream.StreamClosedError: Stream is closed",
                "",
                "During handling of the above exception, another exception occurred:",
                "",
                "Traceback (most recent call last):",
                f'  File "{ST_PY}/tornado/websocket.py", line 1090, in wrapper',
                "    raise WebSocketClosedError()",
                "tornado.websocket.WebSocketClosedError",
            ],
        )

    def uncaught(f: str, t: datetime, kind: str) -> None:
        frames = [
            "Traceback (most recent call last):",
            f'  File "{ST_PY}/streamlit/runtime/scriptrunner/script_runner.py", line 600, in _run_script',
            "    exec(code, module.__dict__)",
        ]
        if kind == "pg":
            more = [
                *frames,
                '  File "/opt/apps/dashboard/app.py", line 41, in <module>',
                "    df = load_sales(region, month)",
                f'  File "{ST_PY}/streamlit/runtime/caching/cache_utils.py", line 168, in wrapper',
                "    return cached_func(*args, **kwargs)",
                '  File "/opt/apps/dashboard/data.py", line 22, in load_sales',
                "    with engine.connect() as conn:",
                *pg_refused("db01", "10.0.2.11"),
            ]
        elif kind == "csv":
            more = [
                *frames,
                '  File "/opt/apps/dashboard/app.py", line 77, in <module>',
                '    targets = pd.read_csv(upload, parse_dates=["month"])',
                f'  File "{ST_PY}/pandas/io/parsers/readers.py", line 1026, in read_csv',
                "    return _read(filepath_or_buffer, kwds)",
                f'  File "{ST_PY}/pandas/io/parsers/base_parser.py", line 1164, in _validate_parse_dates_presence',
                "    raise ValueError(",
                "ValueError: Missing column provided to 'parse_dates': 'month'",
            ]
        else:
            more = [
                *frames,
                '  File "/opt/apps/labeler/app.py", line 58, in <module>',
                "    item = st.session_state.queue[st.session_state.idx]",
                "           ~~~~~~~~~~~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^",
                "IndexError: list index out of range",
            ]
        S(f, t, "Uncaught app exception", "Uncaught app exception", more)

    t0 = at(6, 0)
    D, LB = "dashboard.log", "labeler.log"
    banner(D, t0 + sec(2.1), 8501)
    banner(LB, t0 + sec(2.4), 8502)
    S(
        D,
        t0 + sec(r.uniform(8, 11)),
        label(
            "Please replace `st.experimental_rerun` with `st.rerun`.\n\n`st.experimental_rerun` will be removed after 2024-04-01."
        ),
        "Please replace `st.experimental_rerun` with `st.rerun`.",
        ["", "`st.experimental_rerun` will be removed after 2024-04-01."],
    )
    # the labeler's restart
    bare(LB, at(9, 45, 3), "  Stopping...", ["  Stopping..."])
    banner(LB, at(9, 45, 8), 8502)
    down_lb = (at(9, 45, 3), at(9, 45, 8))
    pg = (at(8, 40), at(8, 46, 10))

    # dashboard reruns: the app's prints, the cache's misses
    regions = ["north", "south", "east", "west", "dach", "benelux"]
    for t in poisson(r, at(6, 5), at(11, 58), 20):
        if pg[0] <= t < pg[1]:
            if r.random() < 0.5:
                uncaught(D, t, "pg")
            continue
        x = r.random()
        if x < 0.55:
            bare(
                D,
                t,
                "cache miss: load_sales(%r, %r)",
                [f"cache miss: load_sales('{r.choice(regions)}', '2024-{r.randint(1, 5):02d}')"],
            )
            bare(
                D,
                t + sec(r.uniform(0.2, 3)),
                "Loaded %d rows from %s in %.2fs",
                [
                    f"Loaded {r.randint(200, 90000)} rows from sales.orders in {r.uniform(0.1, 3):.2f}s"
                ],
            )
        elif x < 0.75:
            S(
                D,
                t,
                "Thread '%s': missing ScriptRunContext! This warning can be ignored when running in bare mode.",
                f"Thread 'ThreadPoolExecutor-{r.randint(0, 3)}_{r.randint(0, 7)}': missing ScriptRunContext! This warning can be ignored when running in bare mode.",
            )
        elif x < 0.97:
            ws_closed(D, t)
        elif x < 0.985:
            uncaught(D, t, "csv")
        else:
            n = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
            bare(
                D,
                t,
                "403 POST /_stcore/upload_file/%s/%s (%s): '_xsrf' argument missing from POST",
                [
                    f"403 POST /_stcore/upload_file/{n}/{hexid(r, 8)} ({r.choice(list(CLIENT_IPS.values()))}): '_xsrf' argument missing from POST"
                ],
            )
            bare(
                D,
                t + sec(0.001),
                "403 POST /_stcore/upload_file/%s/%s (%s) %.2fms",
                [
                    f"403 POST /_stcore/upload_file/{n}/{hexid(r, 8)} ({r.choice(list(CLIENT_IPS.values()))}) {r.uniform(0.5, 3):.2f}ms"
                ],
            )
    # labeler: saved labels, old tabs' media, errors
    for t in poisson(r, at(6, 10), at(11, 58), 24):
        if down_lb[0] <= t < down_lb[1] + sec(5):
            continue
        x = r.random()
        if x < 0.55:
            bare(
                LB,
                t,
                "saved label %r for %s (%d/%d)",
                [
                    f"saved label '{r.choice(['cat', 'dog', 'other', 'unclear'])}' for img_{r.randint(10000, 99999)}.jpg ({r.randint(1, 500)}/500)"
                ],
            )
        elif x < 0.75:
            h = hexid(r, 56)
            ip = r.choice(list(CLIENT_IPS.values()))
            S(LB, t, "MediaFileHandler: Missing file %s", f"MediaFileHandler: Missing file {h}.jpg")
            bare(
                LB,
                t + sec(0.001),
                "404 GET /media/%s (%s) %.2fms",
                [f"404 GET /media/{h}.jpg ({ip}) {r.uniform(0.4, 2.5):.2f}ms"],
            )
        elif x < 0.93:
            ws_closed(LB, t)
        elif x < 0.97:
            S(
                LB,
                t,
                "Session with id %s is already connected! Connecting to a new session.",
                f"Session with id {hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)} is already connected! Connecting to a new session.",
            )
        else:
            uncaught(LB, t, "idx")
    return fs.logs(t0)


SYSTEMS = {
    "galaxy": galaxy,
    "rstudio-server": rstudio_server,
    "shiny-server": shiny_server,
    "zeppelin": zeppelin,
    "streamlit": streamlit,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
