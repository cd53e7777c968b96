#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 170 (redash, lakefs, drill, nessie, seldon-core) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five data-platform programs, 06:00 to 12:00 on
2024-06-07. The brief's third system, Dremio, logs almost nothing about queries at its default
levels (the query lifecycle is at DEBUG, the query records go to queries.json), and its
routine server.log messages could not be checked, so Apache Drill, the engine Dremio grew out
of, writing the same logback layout and logging every query and fragment at INFO, takes its
place.

- Redash 10.1 in docker compose (`server.log`: the server container, gunicorn's own
  `[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] msg` lines between Redash's
  `[%(asctime)s][PID:%(process)d][%(levelname)s][%(name)s] %(message)s`; `adhoc-worker.log`
  (queue `queries`) and `scheduled-worker.log` (`scheduled_queries`, `schemas`): rq workers,
  the job loggers' lines carrying `job.func_name=... job.id=...` before the message): every
  API request's `metrics` line (`method=%s path=%s endpoint=%s status=%d ...`), adhoc
  executions (`Inserting job for %s with metadata=%s`, `[%s] Created new job: %s`, `[%s] Found
  existing job: %s` when Execute is clicked twice, the UI polling `/api/jobs/<id>`), each job's
  `%s: %s` (queue: job id), `job=execute_query state=load_ds ...`, `state=executing_query`,
  `query_hash=%s data_length=%s error=[%s]`, `state=checking_alerts`, `state=finished`, `%s:
  Job OK (%s)` and `Result is kept for %s seconds`, rq's `Cleaning registries for queue: %s`
  every ten minutes, the schema refresh (`task=refresh_schema state=start|finished|failed`);
  the warehouse (PostgreSQL) down 08:22-08:41 (the psycopg2 error over three lines inside
  `error=[...]`, `Failed refreshing schema for the data source: %s` with its traceback), a
  migration at 09:00 dropping a column an hourly query reads (`column "%s" does not exist` with
  the `LINE 4:` and caret lines), an adhoc query passing the 300 s limit twice (`Unexpected
  error while running query:` with rq's JobTimeoutException, `error=[Query exceeded Redash
  query execution time limit.]`), Redash's own database failing over at 09:40 (Flask's
  `Exception on %s [%s]` with a chained SQLAlchemy traceback, gunicorn's `WORKER TIMEOUT` for
  two stuck workers) and the server redeployed at 10:30 (`Handling signal: term`, `Shutting
  down: Master`, gunicorn starting again).
- lakeFS 1.25 on two servers (`lakefs-1.log`, `lakefs-2.log`: `logging.format: text`, the log
  written to a file, so logrus's text with lakeFS's caller fields, `time="..." level=info
  msg="HTTP call ended" func=... file="build/pkg/..." key=value ...`, and
  `logging.audit_log_level: INFO`): the audit line `HTTP call ended` for every REST and S3
  gateway request (lakectl, the Python and Java SDKs, Spark's S3A), an IAM policy change
  denying writes to the bucket 07:40-07:52 (`could not write request body to block adapter`,
  `part %s upload failed`, `could create a full copy source` with the AWS SDK's error), an
  Airflow connection holding a rotated access key (`authenticate`, a multi-error in the
  `error` field), the KV database failing over 08:30-08:36 (`API call returned status internal
  server error`, `could not check if branch exists`, `could not read  multipart record`),
  Spark executors dropping connections (`could not write response body for object`) and
  lakefs-2 restarted at 09:15 (`Changing log level`, `shutting down...`, `Config loaded` with
  its clashing `fields.file`, `lakeFS run`, `initialized blockstore adapter`, `starting HTTP
  server`, `Up and running (^C to shutdown)...`).
- Apache Drill 1.14 on three drillbits (`drill-1-drillbit.log`, `drill-2-drillbit.log`,
  `drill-3-drillbit.log`: logback's `%date{ISO8601} [%thread] %-5level %logger{36} - %msg%n`):
  every query's `Query text for query with id %s issued by %s: %s` on its foreman (Superset's
  SQL over several lines), each fragment's `%s: State change requested %s --> %s` and `%s:
  State to report: %s` on the drillbit running it (threads `<query id>:frag:<major>:<minor>`,
  cancellations on `BitServer-N`), the parquet metadata cache (`Took %d ms to read directories
  from directory cache file`, `Took %d ms to read metadata from cache file`) and the hourly
  `REFRESH TABLE METADATA` (`Took %d ms to get file statuses`, `Took %d ms to read file
  metadata`); a renamed table failing validation 07:20-07:50 and a missing column at 09:47
  (`User Error Occurred: %s (%s)` at INFO with Calcite's message, the UserException and its
  causes below), a join running drill-2 out of direct memory four times 08:20-08:40 (`SYSTEM
  ERROR: OutOfMemoryException: ...` with its `Fragment: 1:N` context and stack, the query's
  other fragments `CANCELLATION_REQUESTED` and `CANCELLED`), Superset cancelling slow
  dashboards 10:05-10:35, and drill-3 restarted at 09:30 (`Received shutdown request.`,
  `Shutdown completed (%d ms).`, DrillConfig's multi-line `Configuration and plugin file(s)
  identified in %dms.`, `Construction completed (%d ms).`, `Startup completed (%d ms).`).
- Project Nessie 0.90 on two pods (`nessie-0.log`, `nessie-1.log`: Quarkus's console format
  `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n`, the banner off, the HTTP access log
  on at INFO through `io.quarkus.http.access-log` in the common format): Spark and Flink
  through the Nessie API v2 (`GET /api/v2/trees/main`, contents, `POST
  .../history/commit`), Trino through the Iceberg REST endpoint (`/iceberg/v1/config`,
  `/iceberg/v1/main/namespaces/%s/tables/%s`), 404s for a dropped table; the version store's
  database failing over 07:31-07:36 (Agroal's `Datasource '%s': Connection to %s refused. ...`,
  `Unhandled exception returned as HTTP/500 to client` and the Iceberg mapper's `Unhandled
  exception returned as HTTP/500: %s`, each with the stack, and the 500s), a rolling restart
  (nessie-1 at 08:50, nessie-0 at 09:20: `Stopping storage for %s`, `%s stopped in %ss`, the
  reference cache turned on, `Using objects cache with %d MB, ...`, `Sending remote cache
  invalidations to %s, currently resolved to %s`, `Using %s version store (catalog: %s, schema:
  %s)`, Quarkus's `started in` line) with the other pod's `Technical network issue sending cache
  invalidations to %s:%s%s : %s` while it is down, and a commit storm 10:40-10:55 (409s).
- Seldon Core 1.17 (a SeldonDeployment `fraud`, two replicas: `fraud-default-0-classifier.log`,
  `fraud-default-1-classifier.log`, the model containers from 06:00 with `kubectl logs
  --since-time`, and `fraud-default-1-seldon-container-engine.log`, the executor's zap JSON):
  the Python wrapper's `%(asctime)s - %(name)s:%(funcName)s:%(lineno)s - %(levelname)s:
  %(message)s` lines, gunicorn's own and its access log (`127.0.0.1 - - [...] "POST /predict
  HTTP/1.1" 200 271 "-" "Go-http-client/1.1"` for every prediction); the checkout service
  sending 212 features instead of 214 07:50-08:06 (Flask's `Exception on /predict [POST]` with
  the traceback through the wrapper into the model, and 500s), the feature store slow
  09:10-09:16 (the model's `Feature store lookup took %.0f ms for %d keys`, gunicorn's `WORKER
  TIMEOUT (pid:%s)`, `Worker exiting (pid: %s)`, `Worker (pid:%s) exited with code %s`, a new
  worker loading the model), replica 1's model container OOM-killed at 10:20 (the executor's
  `Ready check failed` every 5 s, then the wrapper's whole start-up: `Starting
  microservice.py:main`, `Found annotation %s:%s `, `Annotations: %s`, `GRPC Server Binding to
  '%s' %s with %d processes.`, `Gunicorn Config:  %s`, gunicorn's start, `Tracing not
  active`, the model loading).

Label notes. The log heads are context: Redash's `[time][PID:n][LEVEL][logger]`, gunicorn's
`[time] [pid] [LEVEL]`, logrus's time and level (lakeFS's `func=` and `file=` caller fields and
every other field are attributes: the message alone is the label), logback's time, thread,
level and logger, Quarkus's time, level, category and thread, the Seldon wrapper's time,
`logger:function:line` and level, zap's level, ts and logger. Redash's job loggers put
`job.func_name=%s job.id=%s ` before each message (context, as Sidekiq's job tags); the state a
call site passes literally to `_log_progress("checking_alerts")` is wording, so
`state=executing_query`, `state=checking_alerts` and `state=finished` are three labels; the
`error=[%s]` value is the query runner's message and contributes its format (`could not connect
to server: Connection refused`, PostgreSQL's `column "%s" does not exist`, Redash's timeout
message; `None` when there is no error); rq's `%s: %s (%s)` with the literal `Job OK` is `%s:
Job OK (%s)`; the metrics line is labelled by method, route and status (round 54's rule: ids and a
dashboard's slug in the route variables), its other values variables. Drill's
fragment messages build their format from the fragment's name (`fragmentName + ": State
change requested {} --> {}"`), so the query id leads the label as a value; the states are an
enum's names (variables); the logged SQL is a value; a `User Error Occurred: %s (%s)` line
contributes Calcite's message format (twice, as Drill logs it) and the OOM line the
allocator's. Access lines are labelled as the set's access-log systems are: method, route (ids,
refs, keys and query values variables) and status, in the Quarkus lines as in gunicorn's.
Nessie's `Unhandled exception returned as HTTP/500: %s` carries the exception's text (its
format: `java.lang.RuntimeException: Unhandled SQL exception`); the cache-invalidation warning
carries Vert.x's `Connection refused: %s`. lakeFS's `part %s upload failed` is built by
concatenation with the part number. Seldon's `GRPC Server Binding to '%s' ...` is an f-string
that leaves a literal `%s` in the line (kept as the label writes it). Stacks, Python
tracebacks, a multi-line error's later lines, the SQL's later lines and DrillConfig's file
list belong to their event. Redash and Drill, Nessie and the wrapper write milliseconds,
lakeFS and gunicorn whole seconds, the executor microseconds.

Least sure (written from the helper's knowledge; Redash's execution, maintenance, schedule and
worker modules and rq 1.9's worker, lakeFS's logging, middleware, gateway operations and
`handleAPIErrorCallback`, Drill's Foreman, FragmentStatusReporter, Drillbit, UserException and
parquet Metadata messages, Nessie's PersistProvider, JdbcBackend, CacheInvalidationSender and
exception mappers, and the Seldon wrapper's microservice.py and the executor's main.go were
checked against copies of their sources): Redash 10.1 running `manage.py rq worker` without
supervisord (so no supervisord or healthcheck lines) and the UI's polling rhythm; lakeFS's
caller `func=`/`file=` names and line numbers, the field set of `HTTP call ended`, the AWS SDK
and pgx error texts; Drill 1.14's logback pattern in drillbit.log, DrillConfig's start-up lines,
the `FAILED --> FINISHED` and `CANCELLATION_REQUESTED --> FINISHED` sequences and the OOM
context lines; Nessie's log category for the Iceberg error mapper, Quarkus's access-log thread
and the Vert.x failure text; the Seldon wrapper's line numbers, Flask's `log_exception` line,
the model's own messages (the user's code) and the executor's probe rhythm.
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
from generate_round147 import T0, T_END, at, in_any
from generate_round156 import clf, pyts, traceback


def gunicorn_ts(t: datetime) -> str:
    """gunicorn's error log time: `[%Y-%m-%d %H:%M:%S %z]`."""
    return f"[{t:%Y-%m-%d %H:%M:%S} +0000]"


def logback(name: str, n: int = 36) -> str:
    """logback's `%logger{36}`: leading packages cut to their first letter, left to right,
    until the name fits (the class name is never cut)."""
    if len(name) <= n:
        return name
    parts = name.split(".")
    total = len(name)
    for i in range(len(parts) - 1):
        if total <= n:
            break
        total -= len(parts[i]) - 1
        parts[i] = parts[i][0]
    return ".".join(parts)


def jboss3(name: str) -> str:
    """JBoss LogManager's `%c{3.}`: every package cut to three letters, the last part whole."""
    parts = name.split(".")
    return ".".join([p[:3] for p in parts[:-1]] + [parts[-1]])


def go_dur(s: float) -> str:
    """Go's time.Duration.String() for the durations these programs log."""
    if s < 1e-3:
        return f"{s * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if s < 1:
        return f"{s * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    return f"{s:.9f}".rstrip("0").rstrip(".") + "s"


# ----------------------------------------------------------------------------------- redash

RD_DS = {1: ("pg", "Warehouse"), 2: ("mysql", "Shop DB"), 3: ("clickhouse", "Events")}
RD_USERS = [
    "alice@example.com",
    "bob@example.com",
    "chen.li@example.com",
    "dana@example.com",
    "erik@example.com",
]
# query id, data source, period (s), owner, result size range
RD_SCHEDULED = [
    (14, 1, 600, "dana@example.com", (18_000, 26_000)),
    (31, 2, 900, "bob@example.com", (4_000, 9_000)),
    (45, 3, 1800, "chen.li@example.com", (60_000, 140_000)),
    (52, 1, 3600, "alice@example.com", (2_000, 3_500)),
    (58, 2, 3600, "dana@example.com", (700, 1_500)),
    (63, 1, 3600, "bob@example.com", (30_000, 52_000)),
    (71, 3, 1800, "erik@example.com", (9_000, 15_000)),
]
RD_DASHBOARDS = ["sales-kpis", "growth-weekly", "ops-health", "marketing-funnel"]
RD_PY = "/usr/local/lib/python3.7/site-packages"


_RD_ID = re.compile(r"\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def redash_route(path: str) -> str:
    """A request's route as the set labels one: a number, a job's uuid and a dashboard's slug
    in its path variables (`/api/jobs/<*>`, `/api/dashboards/<*>`)."""
    parts = path.split("/")
    return "/".join(
        "<*>" if _RD_ID.fullmatch(part) or (i and parts[i - 1] == "dashboards") else part
        for i, part in enumerate(parts)
    )


def redash(r: random.Random) -> list[Log]:
    """Redash 10.1 in docker compose, 06:00 to 12:00: the server (gunicorn, four workers), an
    adhoc worker (queue `queries`) and a scheduled worker (`scheduled_queries`, `schemas`). The
    warehouse (PostgreSQL) down 08:22-08:41, a migration at 09:00 dropping a column a
    scheduled query reads, an adhoc query running past the 300 s limit at 09:05 and 09:13,
    Redash's own database failing over at 09:40, and the stack redeployed at 10:30 (the
    server's restart is in server.log; the scheduler, not collected here, now schedules the
    schema refresh hourly)."""
    fs = Files()
    EXEC = "rq.job.redash.tasks.queries.execution"
    MAINT = "rq.job.redash.tasks.queries.maintenance"
    FN_EXEC = "redash.tasks.queries.execution.execute_query"
    FN_SCHEMA = "redash.tasks.queries.maintenance.refresh_schema"

    def L(
        f: str, t: datetime, pid: int, level: str, name: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{pyts(x)}][PID:{pid}][{level}][{name}] {lines[0]}", *lines[1:]],
            f,
            1000,
        )

    def J(
        f: str,
        t: datetime,
        pid: int,
        level: str,
        name: str,
        fn: str,
        jid: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        """A job logger's line: its handler puts `job.func_name=... job.id=...` (context)
        before the message."""
        return L(
            f,
            t,
            pid,
            level,
            name,
            label,
            [f"job.func_name={fn} job.id={jid} {lines[0]}", *lines[1:]],
        )

    def G(t: datetime, pid: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "server.log",
            t,
            label,
            lambda x: [f"{gunicorn_ts(x)} [{pid}] [{level}] {msg}"],
            ("gunicorn", pid),
            1_000_000,
        )

    horse = {"adhoc-worker.log": 400, "scheduled-worker.log": 300}
    wpid = {"adhoc-worker.log": 8, "scheduled-worker.log": 8}

    def next_horse(f: str) -> int:
        horse[f] += r.randint(1, 3)
        return horse[f]

    def progress(
        f: str,
        t: datetime,
        hp: int,
        jid: str,
        state: str,
        qhash: str,
        ds: int,
        queue: str,
        qid: object,
        user: str,
    ) -> datetime:
        return J(
            f,
            t,
            hp,
            "INFO",
            EXEC,
            FN_EXEC,
            jid,
            f"job=execute_query state={state} query_hash=%s type=%s ds_id=%d  job_id=%s queue=%s query_id=%s username=%s",
            [
                f"job=execute_query state={state} query_hash={qhash} type={RD_DS[ds][0]} ds_id={ds}  job_id={jid} queue={queue} query_id={qid} username={user}"
            ],
        )

    PG_DOWN = [
        'could not connect to server: Connection refused\n\tIs the server running on host "warehouse.internal" (10.0.5.20) and accepting\n\tTCP/IP connections on port 5432?\n',
        "job=execute_query query_hash=%s data_length=%s error=[could not connect to server: Connection refused",
    ]
    TIMEOUT = [
        "Query exceeded Redash query execution time limit.",
        "job=execute_query query_hash=%s data_length=%s error=[Query exceeded Redash query execution time limit.]",
    ]

    def pg_missing(kind: str, name: str, line: int, sql_line: str, col: int) -> list[str]:
        return [
            f'{kind} "{name}" does not exist\nLINE {line}: {sql_line}\n{" " * (col + 8 + len(str(line)))}^\n',
            f'job=execute_query query_hash=%s data_length=%s error=[{kind} "%s" does not exist',
        ]

    def execute(
        f: str,
        t: datetime,
        queue: str,
        jid: str,
        qhash: str,
        ds: int,
        qid: object,
        user: str,
        dur: float,
        size: int,
        error: list[str] | None = None,
        timed_out: bool = False,
    ) -> datetime:
        t = L(f, t, wpid[f], "INFO", "rq.worker", "%s: %s", [f"{queue}: {jid}"])
        hp = next_horse(f)
        t = J(
            f,
            t + sec(r.uniform(0.02, 0.06)),
            hp,
            "INFO",
            EXEC,
            FN_EXEC,
            jid,
            "job=execute_query state=load_ds ds_id=%d",
            [f"job=execute_query state=load_ds ds_id={ds}"],
        )
        t = progress(
            f,
            t + sec(r.uniform(0.005, 0.02)),
            hp,
            jid,
            "executing_query",
            qhash,
            ds,
            queue,
            qid,
            user,
        )
        t += sec(dur)
        if timed_out:
            t = L(
                f,
                t,
                hp,
                "WARNING",
                "root",
                "Unexpected error while running query:",
                [
                    "Unexpected error while running query:",
                    *traceback(
                        [
                            (
                                "/app/redash/tasks/queries/execution.py",
                                182,
                                "run",
                                "data, error = query_runner.run_query(annotated_query, self.user)",
                            ),
                            (
                                "/app/redash/query_runner/pg.py",
                                284,
                                "run_query",
                                "_wait(connection)",
                            ),
                            (
                                "/app/redash/query_runner/pg.py",
                                131,
                                "_wait",
                                "select.select([conn.fileno()], [], [])",
                            ),
                            (
                                f"{RD_PY}/rq/timeouts.py",
                                64,
                                "handle_death_penalty",
                                "'({0} seconds)'.format(self._timeout))",
                            ),
                        ],
                        [
                            "rq.timeouts.JobTimeoutException: Task exceeded maximum timeout value (300 seconds)"
                        ],
                    ),
                ],
            )
            error = TIMEOUT
        if error is None:
            t = J(
                f,
                t + sec(0.002),
                hp,
                "INFO",
                EXEC,
                FN_EXEC,
                jid,
                "job=execute_query query_hash=%s data_length=%s error=[None]",
                [f"job=execute_query query_hash={qhash} data_length={size} error=[None]"],
            )
            t = progress(
                f,
                t + sec(r.uniform(0.01, 0.08)),
                hp,
                jid,
                "checking_alerts",
                qhash,
                ds,
                queue,
                qid,
                user,
            )
            t = progress(
                f, t + sec(r.uniform(0.002, 0.01)), hp, jid, "finished", qhash, ds, queue, qid, user
            )
        else:
            text, label = error
            lines = f"job=execute_query query_hash={qhash} data_length=None error=[{text}]".split(
                "\n"
            )
            t = J(f, t + sec(0.002), hp, "INFO", EXEC, FN_EXEC, jid, label, lines)
        t = L(
            f,
            t + sec(r.uniform(0.003, 0.02)),
            hp,
            "INFO",
            "rq.worker",
            "%s: Job OK (%s)",
            [f"{queue}: Job OK ({jid})"],
        )
        return L(
            f,
            t + sec(0.001),
            hp,
            "INFO",
            "rq.worker",
            "Result is kept for %s seconds",
            ["Result is kept for 500 seconds"],
        )

    def refresh_schema(t: datetime, ds: int, fail: bool) -> datetime:
        f = "scheduled-worker.log"
        jid = uuid4(r)
        t = L(f, t, wpid[f], "INFO", "rq.worker", "%s: %s", [f"schemas: {jid}"])
        hp = next_horse(f)
        t = J(
            f,
            t + sec(r.uniform(0.02, 0.05)),
            hp,
            "INFO",
            MAINT,
            FN_SCHEMA,
            jid,
            "task=refresh_schema state=start ds_id=%s",
            [f"task=refresh_schema state=start ds_id={ds}"],
        )
        if fail:
            t0 = t
            t = J(
                f,
                t + sec(r.uniform(0.02, 0.1)),
                hp,
                "WARNING",
                MAINT,
                FN_SCHEMA,
                jid,
                "Failed refreshing schema for the data source: %s",
                [
                    f"Failed refreshing schema for the data source: {RD_DS[ds][1]}",
                    *traceback(
                        [
                            (
                                "/app/redash/tasks/queries/maintenance.py",
                                168,
                                "refresh_schema",
                                "ds.get_schema(refresh=True)",
                            ),
                            (
                                "/app/redash/models/__init__.py",
                                219,
                                "get_schema",
                                "schema = query_runner.get_schema(get_stats=refresh)",
                            ),
                            (
                                "/app/redash/query_runner/pg.py",
                                232,
                                "_get_tables",
                                "self._get_definitions(schema, query)",
                            ),
                            (
                                "/app/redash/query_runner/pg.py",
                                189,
                                "_get_definitions",
                                "results, error = self.run_query(query, None)",
                            ),
                            (
                                "/app/redash/query_runner/pg.py",
                                266,
                                "run_query",
                                "connection = self._get_connection()",
                            ),
                            (
                                "/app/redash/query_runner/pg.py",
                                258,
                                "_get_connection",
                                'sslkey=self.configuration.get("sslkey"),',
                            ),
                            (
                                f"{RD_PY}/psycopg2/__init__.py",
                                127,
                                "connect",
                                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                            ),
                        ],
                        [
                            "psycopg2.OperationalError: could not connect to server: Connection refused",
                            '\tIs the server running on host "warehouse.internal" (10.0.5.20) and accepting',
                            "\tTCP/IP connections on port 5432?",
                            "",
                        ],
                    ),
                ],
            )
            t = J(
                f,
                t + sec(0.001),
                hp,
                "INFO",
                MAINT,
                FN_SCHEMA,
                jid,
                "task=refresh_schema state=failed ds_id=%s runtime=%.2f",
                [
                    f"task=refresh_schema state=failed ds_id={ds} runtime={(t - t0).total_seconds() + 0.04:.2f}"
                ],
            )
        else:
            run = r.uniform(0.4, 3.5) if ds != 3 else r.uniform(2.0, 9.0)
            t = J(
                f,
                t + sec(run),
                hp,
                "INFO",
                MAINT,
                FN_SCHEMA,
                jid,
                "task=refresh_schema state=finished ds_id=%s runtime=%.2f",
                [f"task=refresh_schema state=finished ds_id={ds} runtime={run:.2f}"],
            )
        t = L(
            f,
            t + sec(r.uniform(0.003, 0.02)),
            hp,
            "INFO",
            "rq.worker",
            "%s: Job OK (%s)",
            [f"schemas: Job OK ({jid})"],
        )
        return L(
            f,
            t + sec(0.001),
            hp,
            "INFO",
            "rq.worker",
            "Result is kept for %s seconds",
            ["Result is kept for 500 seconds"],
        )

    # ---- the server
    WORKERS = [9, 10, 11, 12]
    stuck = [(at(9, 40, 37), 10, 40), (at(9, 40, 40), 12, 42)]

    def pids_at(t: datetime) -> list[int]:
        if t >= deploy:
            return [8, 9, 10, 11]
        out = list(WORKERS)
        for ts, old, new in stuck:
            if t >= ts:
                out[out.index(old)] = new
        return out

    def metrics(
        t: datetime,
        pid: int,
        method: str,
        path: str,
        endpoint: str,
        status: int,
        length: int,
        dur: float,
        qc: int,
    ) -> datetime:
        qd = dur * r.uniform(0.15, 0.6)
        return L(
            "server.log",
            t,
            pid,
            "INFO",
            "metrics",
            # Labelled by method, route and status, as the set's access records are (round 54's
            # rule: ids and slugs in the route are variables).
            f"method={method} path={redash_route(path)} endpoint=%s status={status} content_type=%s content_length=%d duration=%.2f query_count=%d query_duration=%.2f",
            [
                f"method={method} path={path} endpoint={endpoint} status={status} content_type=application/json content_length={length} duration={dur:.2f} query_count={qc} query_duration={qd:.2f}"
            ],
        )

    meta_down = (at(9, 40, 6), at(9, 41, 2))
    deploy = at(10, 30, 4)
    PG_META_TAIL = [
        "psycopg2.OperationalError: could not connect to server: Connection refused",
        '\tIs the server running on host "postgres" (172.18.0.3) and accepting',
        "\tTCP/IP connections on port 5432?",
        "",
        "",
        "The above exception was the direct cause of the following exception:",
        "",
    ]

    def flask_error(
        t: datetime, pid: int, method: str, path: str, view: tuple[str, int, str, str]
    ) -> datetime:
        frames1 = [
            (f"{RD_PY}/sqlalchemy/engine/base.py", 2336, "_wrap_pool_connect", "return fn()"),
            (
                f"{RD_PY}/sqlalchemy/pool/base.py",
                364,
                "connect",
                "return _ConnectionFairy._checkout(self)",
            ),
            (
                f"{RD_PY}/sqlalchemy/pool/base.py",
                778,
                "_checkout",
                "fairy = _ConnectionRecord.checkout(pool)",
            ),
            (f"{RD_PY}/sqlalchemy/pool/base.py", 495, "checkout", "rec = pool._do_get()"),
            (f"{RD_PY}/sqlalchemy/pool/impl.py", 140, "_do_get", "self._dec_overflow()"),
            (
                f"{RD_PY}/psycopg2/__init__.py",
                127,
                "connect",
                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
            ),
        ]
        frames2 = [
            (
                f"{RD_PY}/flask/app.py",
                1950,
                "full_dispatch_request",
                "rv = self.dispatch_request()",
            ),
            (
                f"{RD_PY}/flask/app.py",
                1936,
                "dispatch_request",
                "return self.view_functions[rule.endpoint](**req.view_args)",
            ),
            (
                f"{RD_PY}/flask_restful/__init__.py",
                468,
                "wrapper",
                "resp = resource(*args, **kwargs)",
            ),
            (
                f"{RD_PY}/flask_login/utils.py",
                261,
                "decorated_view",
                "return func(*args, **kwargs)",
            ),
            view,
            (f"{RD_PY}/sqlalchemy/orm/query.py", 3373, "one", "ret = self.one_or_none()"),
            (f"{RD_PY}/sqlalchemy/engine/base.py", 2339, "_wrap_pool_connect", "e, dialect, self"),
        ]
        lines = [
            f"Exception on {path} [{method}]",
            *traceback(frames1, PG_META_TAIL),
            *traceback(
                frames2,
                [
                    "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection refused",
                    '\tIs the server running on host "postgres" (172.18.0.3) and accepting',
                    "\tTCP/IP connections on port 5432?",
                    "",
                    "(Background on this error at: http://sqlalche.me/e/13/e3q8)",
                ],
            ),
        ]
        return L("server.log", t, pid, "ERROR", "redash.app", "Exception on %s [%s]", lines)

    def gunicorn_start(t: datetime, pids: list[int]) -> datetime:
        t = G(t, 1, "INFO", "Starting gunicorn %s", "Starting gunicorn 20.0.4")
        t = G(t, 1, "INFO", "Listening at: %s (%s)", "Listening at: http://0.0.0.0:5000 (1)")
        t = G(t, 1, "INFO", "Using worker: %s", "Using worker: sync")
        for p in pids:
            G(
                t + sec(r.uniform(0.01, 0.05)),
                p,
                "INFO",
                "Booting worker with pid: %s",
                f"Booting worker with pid: {p}",
            )
        return t

    gunicorn_start(at(5, 59, 31), WORKERS)

    def up(t: datetime) -> bool:
        return not (deploy - sec(1) <= t < deploy + sec(14))

    # adhoc queries from the UI
    adhoc_tables = [
        (
            1,
            "SELECT region, sum(amount) AS revenue FROM sales.orders WHERE created_at >= now() - interval '7 days' GROUP BY 1",
        ),
        (1, "SELECT * FROM analytics.sessions WHERE day = current_date - 1 LIMIT 1000"),
        (2, "SELECT sku, stock FROM inventory WHERE stock < 10"),
        (3, "SELECT event, count() FROM events.app_events WHERE date = today() GROUP BY event"),
        (1, "SELECT cohort, retention_d30 FROM analytics.cohorts ORDER BY cohort DESC LIMIT 52"),
        (
            2,
            "SELECT status, count(*) FROM orders WHERE created_at > NOW() - INTERVAL 1 DAY GROUP BY status",
        ),
    ]
    hashes = {i: hexid(r, 32) for i in range(len(adhoc_tables))}
    events: list[tuple[datetime, str]] = []
    for t in poisson(r, T0 + sec(400), T_END - sec(400), 330):
        events.append((t, "adhoc"))
    events += [(at(9, 5, 30), "timeout"), (at(9, 13, 2), "timeout")]
    double = {at(7, 12, 9), at(8, 3, 41), at(10, 51, 17), at(11, 27, 55)}
    events += [(x, "adhoc") for x in double]
    for t in poisson(r, T0 + sec(100), T_END - sec(100), 260):
        events.append((t, "dashboard"))
    for t in poisson(r, T0 + sec(60), T_END - sec(60), 420):
        events.append((t, "browse"))
    events += [(meta_down[0] + sec(r.uniform(0, 50)), "browse") for _ in range(7)]
    events.sort()
    for t, kind in events:
        if not up(t):
            continue
        pid = r.choice(pids_at(t))
        if in_any(t, [(meta_down[0], meta_down[1] + sec(10))]):
            path, view = r.choice(
                [
                    (
                        f"/api/dashboards/{r.choice(RD_DASHBOARDS)}",
                        (
                            "/app/redash/handlers/dashboards.py",
                            211,
                            "get",
                            "dashboard = get_object_or_404(models.Dashboard.get_by_slug_and_org, dashboard_slug, self.current_org)",
                        ),
                    ),
                    (
                        f"/api/queries/{r.choice([14, 31, 52, 77, 80])}",
                        (
                            "/app/redash/handlers/queries.py",
                            332,
                            "get",
                            "q = get_object_or_404(models.Query.get_by_id_and_org, query_id, self.current_org)",
                        ),
                    ),
                ]
            )
            pid = r.choice([9, 11])
            te = flask_error(t + sec(r.uniform(10, 31)), pid, "GET", path, view)
            metrics(
                te + sec(0.001),
                pid,
                "GET",
                path,
                "dashboard" if "dashboards" in path else "query",
                500,
                290,
                r.uniform(10_000, 31_000),
                0,
            )
            continue
        if kind == "browse":
            choice = r.random()
            if choice < 0.4:
                metrics(
                    t,
                    pid,
                    "GET",
                    "/api/session",
                    "redash_session",
                    200,
                    r.randint(1800, 2100),
                    r.uniform(8, 25),
                    3,
                )
            elif choice < 0.7:
                qid = r.choice([14, 31, 45, 52, 58, 63, 71, 77, 80, 84])
                metrics(
                    t,
                    pid,
                    "GET",
                    f"/api/queries/{qid}",
                    "query",
                    200,
                    r.randint(2500, 9000),
                    r.uniform(15, 60),
                    r.randint(6, 9),
                )
            else:
                metrics(
                    t,
                    pid,
                    "GET",
                    "/api/queries",
                    "queries",
                    200,
                    r.randint(40_000, 60_000),
                    r.uniform(80, 240),
                    r.randint(8, 14),
                )
            continue
        if kind == "dashboard":
            slug = r.choice(RD_DASHBOARDS)
            t = metrics(
                t,
                pid,
                "GET",
                f"/api/dashboards/{slug}",
                "dashboard",
                200,
                r.randint(12_000, 30_000),
                r.uniform(40, 160),
                r.randint(10, 25),
            )
            for _ in range(r.randint(2, 4)):
                t = metrics(
                    t + sec(r.uniform(0.05, 0.4)),
                    r.choice(pids_at(t)),
                    "GET",
                    f"/api/query_results/{r.randint(880_000, 905_000)}",
                    "query_result",
                    200,
                    r.randint(900, 60_000),
                    r.uniform(10, 90),
                    4,
                )
            continue
        # an adhoc execution: enqueue on the server, run on the adhoc worker, poll
        user = r.choice(RD_USERS)
        qid: object = r.choice([77, 80, 84, "adhoc"])
        i = r.randrange(len(adhoc_tables))
        ds = adhoc_tables[i][0]
        qhash = hashes[i]
        error = None
        dur = r.uniform(0.3, 6.0) if ds != 3 else r.uniform(1.0, 14.0)
        timed_out = False
        if kind == "timeout":
            ds, qhash, user, qid = 1, "c1d2e3f4a5b60718293a4b5c6d7e8f90", "bob@example.com", 84
            timed_out = True
            dur = 300.0
        elif ds == 1 and in_any(t, [(at(8, 22), at(8, 41))]):
            error = PG_DOWN
            dur = r.uniform(0.01, 0.05)
        meta = {"Username": user, "Query ID": qid}
        t = L(
            "server.log",
            t,
            pid,
            "INFO",
            "root",
            "Inserting job for %s with metadata=%s",
            [f"Inserting job for {qhash} with metadata={meta!r}"],
        )
        jid = uuid4(r)
        t = L(
            "server.log",
            t + sec(r.uniform(0.003, 0.01)),
            pid,
            "INFO",
            "root",
            "[%s] Created new job: %s",
            [f"[{qhash}] Created new job: {jid}"],
        )
        t = metrics(
            t + sec(0.001),
            pid,
            "POST",
            "/api/query_results",
            "query_results",
            200,
            r.randint(280, 340),
            r.uniform(15, 45),
            r.randint(5, 8),
        )
        tw = t + sec(r.uniform(0.05, 0.4))
        size = r.randint(400, 90_000)
        end = execute(
            "adhoc-worker.log",
            tw,
            "queries",
            jid,
            qhash,
            ds,
            qid,
            user,
            dur,
            size,
            error,
            timed_out,
        )
        if t in double or any(abs((t - x).total_seconds()) < 2 for x in double):
            # Execute clicked again while the job runs: the lock holds its id
            t2 = L(
                "server.log",
                t + sec(r.uniform(1.5, 2.5)),
                pid,
                "INFO",
                "root",
                "Inserting job for %s with metadata=%s",
                [f"Inserting job for {qhash} with metadata={meta!r}"],
            )
            t2 = L(
                "server.log",
                t2 + sec(0.002),
                pid,
                "INFO",
                "root",
                "[%s] Found existing job: %s",
                [f"[{qhash}] Found existing job: {jid}"],
            )
            metrics(
                t2 + sec(0.001),
                pid,
                "POST",
                "/api/query_results",
                "query_results",
                200,
                r.randint(280, 340),
                r.uniform(15, 45),
                r.randint(5, 8),
            )
        # the UI polls the job every second while it runs (up to a minute, then every 5 s)
        tp = t + sec(1)
        n = 0
        while tp < end + sec(1) and n < 12:
            if up(tp):
                tp = metrics(
                    tp,
                    r.choice(pids_at(tp)),
                    "GET",
                    f"/api/jobs/{jid}",
                    "job",
                    200,
                    r.randint(150, 190),
                    r.uniform(3, 9),
                    1,
                )
            tp += sec(1 if n < 5 else 30)
            n += 1
        if error is None and not timed_out:
            metrics(
                end + sec(r.uniform(0.3, 1.2)),
                r.choice(pids_at(end)),
                "GET",
                f"/api/query_results/{r.randint(905_000, 906_000)}",
                "query_result",
                200,
                size + r.randint(300, 900),
                r.uniform(10, 90),
                4,
            )
    # two requests stuck on the database during the failover: gunicorn kills their workers
    for tt, p, np_ in stuck:
        G(tt, 1, "CRITICAL", "WORKER TIMEOUT (pid:%s)", f"WORKER TIMEOUT (pid:{p})")
        G(tt + sec(0.2), p, "INFO", "Worker exiting (pid: %s)", f"Worker exiting (pid: {p})")
        G(
            tt + sec(1.3),
            np_,
            "INFO",
            "Booting worker with pid: %s",
            f"Booting worker with pid: {np_}",
        )
    # the redeploy at 10:30
    t = G(deploy, 1, "INFO", "Handling signal: %s", "Handling signal: term")
    for p in pids_at(deploy - sec(1)):
        G(
            t + sec(r.uniform(0.05, 0.4)),
            p,
            "INFO",
            "Worker exiting (pid: %s)",
            f"Worker exiting (pid: {p})",
        )
    G(t + sec(1.1), 1, "INFO", "Shutting down: %s", "Shutting down: Master")
    gunicorn_start(deploy + sec(9.6), pids_at(deploy))

    # ---- the workers
    for f, qs, first in [
        ("adhoc-worker.log", ["queries"], at(5, 59, 36)),
        ("scheduled-worker.log", ["scheduled_queries", "schemas"], at(5, 59, 37)),
    ]:
        tc = first + sec(600 + r.uniform(0.5, 3))
        while tc < T_END:
            for q in qs:
                L(
                    f,
                    tc + sec(r.uniform(0, 0.02)),
                    wpid[f],
                    "INFO",
                    "rq.worker",
                    "Cleaning registries for queue: %s",
                    [f"Cleaning registries for queue: {q}"],
                )
            tc += sec(600 + r.uniform(0.5, 3))
    # scheduled queries: refresh_queries (every 30 s, on the periodic worker) enqueues them
    sq_hash = {q[0]: hexid(r, 32) for q in RD_SCHEDULED}
    runs: list[tuple[datetime, tuple]] = []
    for sq in RD_SCHEDULED:
        qid, ds, period, user, _sz = sq
        t = T0 + sec(r.uniform(0, period))
        while t < T_END:
            tick = t + sec(30 - (t.timestamp() % 30) + r.uniform(0.3, 2.5))
            runs.append((tick, sq))
            t += sec(period)
    # schema refreshes: refresh_schemas every 30 minutes, hourly after the redeploy
    starts = [at(6, 4, 51) + sec(1800 * k) for k in range(20)]
    starts = [x for x in starts if x < deploy] + [deploy + sec(74.2 + 3600 * k) for k in range(2)]
    for ts in starts:
        for ds in (1, 2, 3):
            runs.append((ts + sec(r.uniform(0.1, 0.5)), ("schema", ds)))
    runs.sort(key=lambda x: x[0])
    busy = T0
    for tick, job in runs:
        t = max(tick, busy + sec(r.uniform(0.05, 0.3)))
        if job[0] == "schema":
            busy = refresh_schema(t, job[1], job[1] == 1 and in_any(t, [(at(8, 22), at(8, 41))]))
            continue
        qid, ds, _p, user, (lo, hi) = job
        error = None
        dur = r.uniform(0.5, 4.0) if ds != 3 else r.uniform(2.0, 25.0)
        if ds == 1 and in_any(t, [(at(8, 22), at(8, 41))]):
            error, dur = PG_DOWN, r.uniform(0.01, 0.05)
        elif qid == 52 and t >= at(9, 0):
            error = pg_missing("column", "discount_code", 4, "       discount_code,", 7)
            dur = r.uniform(0.05, 0.2)
        busy = execute(
            "scheduled-worker.log",
            t,
            "scheduled_queries",
            uuid4(r),
            sq_hash[qid],
            ds,
            "unknown",
            user,
            dur,
            r.randint(lo, hi),
            error,
        )

    return fs.logs(T0)


# ------------------------------------------------------------------------------------ drill

DR_NODES = {"drill-1": "10.0.8.11", "drill-2": "10.0.8.12", "drill-3": "10.0.8.13"}
DR_USERS = [("superset", 0.55), ("alice", 0.15), ("bob", 0.1), ("airflow", 0.2)]
DR_SQL_SMALL = [
    "SELECT * FROM INFORMATION_SCHEMA.`SCHEMATA`",
    "SHOW TABLES IN dfs.sales",
    "SELECT COUNT(*) FROM dfs.sales.`orders/2024/06`",
    "SELECT version FROM sys.version",
    "SELECT * FROM sys.options WHERE status <> 'DEFAULT'",
]
DR_SQL_SUPERSET = [
    [
        "SELECT region AS region,",
        '       SUM(amount) AS "SUM(amount)"',
        "FROM dfs.sales.`orders/2024`",
        "WHERE order_date >= '2024-06-01 00:00:00.000000'",
        "  AND order_date < '2024-06-08 00:00:00.000000'",
        "GROUP BY region",
        'ORDER BY "SUM(amount)" DESC',
        "LIMIT 10000",
    ],
    [
        "SELECT channel AS channel,",
        "       COUNT(DISTINCT session_id) AS sessions",
        "FROM s3.web.`sessions/dt=2024-06-06`",
        "GROUP BY channel",
        "LIMIT 1000",
    ],
    [
        "SELECT DATE_TRUNC('HOUR', event_time) AS __timestamp,",
        "       COUNT(*) AS count",
        "FROM s3.web.`events/dt=2024-06-07`",
        "WHERE event_type = 'checkout'",
        "GROUP BY DATE_TRUNC('HOUR', event_time)",
        "LIMIT 50000",
    ],
]
DR_SQL_ETL = [
    "CREATE TABLE dfs.tmp.`orders_daily` AS SELECT order_date, region, SUM(amount) AS revenue FROM dfs.sales.`orders/2024` GROUP BY order_date, region",
    "SELECT o.customer_id, c.segment, SUM(o.amount) FROM dfs.sales.`orders/2024` o JOIN dfs.crm.`customers` c ON o.customer_id = c.id GROUP BY o.customer_id, c.segment",
]
DR_FE = "org.apache.drill.exec.work.fragment.FragmentExecutor"
DR_FSR = "org.apache.drill.exec.work.fragment.FragmentStatusReporter"


def drill(r: random.Random) -> list[Log]:
    """Apache Drill 1.14 on three drillbits (ZooKeeper-coordinated), 06:00 to 12:00: Superset,
    analysts and an Airflow ETL querying Parquet on HDFS and S3; a renamed table failing
    validation (07:20-07:50), a join running drill-2 out of direct memory four times
    (08:20-08:40) and cancelling the query's other fragments, dashboards cancelled by Superset
    on timeout, and drill-3 restarted at 09:30."""
    fs = Files()
    nodes = list(DR_NODES)

    def D(
        node: str, t: datetime, thread: str, level: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"{node}-drillbit.log",
            t,
            label,
            lambda x: [
                f"{pyts(x)} [{thread}] {level:<5} {logback(logger)} - {lines[0]}",
                *lines[1:],
            ],
            node,
            1000,
        )

    def qid() -> str:
        h = hexid(r, 32)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def state(node: str, t: datetime, thread: str, frag: str, a: str, b: str) -> datetime:
        return D(
            node,
            t,
            thread,
            "INFO",
            DR_FE,
            "%s: State change requested %s --> %s",
            [f"{frag}: State change requested {a} --> {b}"],
        )

    def report(node: str, t: datetime, thread: str, frag: str, s: str) -> datetime:
        return D(
            node,
            t,
            thread,
            "INFO",
            DR_FSR,
            "%s: State to report: %s",
            [f"{frag}: State to report: {s}"],
        )

    def fragment(
        node: str, t: datetime, q: str, major: int, minor: int, dur: float, end: str = "FINISHED"
    ) -> datetime:
        th = f"{q}:frag:{major}:{minor}"
        fr = f"{q}:{major}:{minor}"
        t = state(node, t, th, fr, "AWAITING_ALLOCATION", "RUNNING")
        t = report(node, t + sec(r.uniform(0.0005, 0.003)), th, fr, "RUNNING")
        t += sec(dur)
        if end == "CANCEL":
            t = state(
                node, t, f"BitServer-{r.randint(1, 8)}", fr, "RUNNING", "CANCELLATION_REQUESTED"
            )
            t = report(
                node, t + sec(0.001), f"BitServer-{r.randint(1, 8)}", fr, "CANCELLATION_REQUESTED"
            )
            t = state(
                node, t + sec(r.uniform(0.01, 0.2)), th, fr, "CANCELLATION_REQUESTED", "FINISHED"
            )
            return report(node, t + sec(0.001), th, fr, "CANCELLED")
        t = state(node, t, th, fr, "RUNNING", "FINISHED")
        return report(node, t + sec(r.uniform(0.0005, 0.002)), th, fr, "FINISHED")

    def err_id() -> str:
        return str(uuid4(r))

    restart3 = (at(9, 30, 12), at(9, 31, 40))

    def alive(n: str, t: datetime) -> bool:
        return not (n == "drill-3" and restart3[0] - sec(5) <= t < restart3[1] + sec(5))

    def query(t: datetime, kind: str) -> None:
        cand = [n for n in nodes if alive(n, t)]
        fore = r.choice(cand)
        q = qid()
        user = "superset"
        x = r.random()
        for u, w in DR_USERS:
            x -= w
            if x <= 0:
                user = u
                break
        if kind == "missing":
            user = r.choice(["alice", "superset"])
            sql = ["SELECT * FROM dfs.sales.`orders_2023` LIMIT 100"]
        elif kind == "column":
            user = "bob"
            sql = ["SELECT region, SUM(revenue) FROM dfs.sales.`orders/2024` GROUP BY region"]
        elif kind == "refresh":
            user = "airflow"
            sql = ["REFRESH TABLE METADATA dfs.sales.`orders/2024`"]
        elif kind == "oom":
            user = "airflow"
            sql = [DR_SQL_ETL[1]]
        elif user == "superset" or kind == "cancel":
            user = "superset"
            sql = r.choice(DR_SQL_SUPERSET)
        elif user == "airflow":
            sql = [r.choice(DR_SQL_ETL)]
        else:
            sql = [r.choice(DR_SQL_SMALL)]
        th = f"{q}:foreman"
        t = D(
            fore,
            t,
            th,
            "INFO",
            "org.apache.drill.exec.work.foreman.Foreman",
            "Query text for query with id %s issued by %s: %s",
            [f"Query text for query with id {q} issued by {user}: {sql[0]}", *sql[1:]],
        )
        if kind in ("missing", "column"):
            eid = err_id()
            if kind == "missing":
                c1, c2 = 15, 37
                what = "Object 'orders_2023' not found within 'dfs.sales'"
                label = "User Error Occurred: From line %d, column %d to line %d, column %d: Object '%s' not found within '%s' (From line %d, column %d to line %d, column %d: Object '%s' not found within '%s')"
            else:
                c1, c2 = 23, 29
                what = "Column 'revenue' not found in any table"
                label = "User Error Occurred: From line %d, column %d to line %d, column %d: Column '%s' not found in any table (From line %d, column %d to line %d, column %d: Column '%s' not found in any table)"
            m = f"From line 1, column {c1} to line 1, column {c2}: {what}"
            D(
                fore,
                t + sec(r.uniform(0.05, 0.2)),
                th,
                "INFO",
                "org.apache.drill.exec.planner.sql.SqlConverter",
                label,
                [
                    f"User Error Occurred: {m} ({m})",
                    f"org.apache.drill.common.exceptions.UserException: VALIDATION ERROR: {m}",
                    "",
                    f"SQL Query {sql[0]}",
                    "",
                    f"[Error Id: {eid} ]",
                    "\tat org.apache.drill.common.exceptions.UserException$Builder.build(UserException.java:633)",
                    "\tat org.apache.drill.exec.planner.sql.SqlConverter.validate(SqlConverter.java:190)",
                    "\tat org.apache.drill.exec.planner.sql.handlers.DefaultSqlHandler.validateNode(DefaultSqlHandler.java:641)",
                    "\tat org.apache.drill.exec.planner.sql.handlers.DefaultSqlHandler.validateAndConvert(DefaultSqlHandler.java:195)",
                    "\tat org.apache.drill.exec.planner.sql.handlers.DefaultSqlHandler.getPlan(DefaultSqlHandler.java:168)",
                    "\tat org.apache.drill.exec.planner.sql.DrillSqlWorker.getQueryPlan(DrillSqlWorker.java:131)",
                    "\tat org.apache.drill.exec.planner.sql.DrillSqlWorker.getPlan(DrillSqlWorker.java:79)",
                    "\tat org.apache.drill.exec.work.foreman.Foreman.runSQL(Foreman.java:567)",
                    "\tat org.apache.drill.exec.work.foreman.Foreman.run(Foreman.java:264)",
                    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
                    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
                    "\tat java.lang.Thread.run(Thread.java:748)",
                    f"Caused by: org.apache.calcite.runtime.CalciteContextException: {m}",
                    "\tat sun.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)",
                    "\tat sun.reflect.NativeConstructorAccessorImpl.newInstance(NativeConstructorAccessorImpl.java:62)",
                    "\tat org.apache.calcite.runtime.Resources$ExInstWithCause.ex(Resources.java:463)",
                    "\tat org.apache.calcite.sql.SqlUtil.newContextException(SqlUtil.java:803)",
                    "\tat org.apache.calcite.sql.validate.SqlValidatorImpl.newValidationError(SqlValidatorImpl.java:4861)",
                    "\t... 13 common frames omitted",
                    f"Caused by: org.apache.calcite.sql.validate.SqlValidatorException: {what}",
                    "\tat sun.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)",
                    "\tat org.apache.calcite.runtime.Resources$ExInstWithCause.ex(Resources.java:463)",
                    "\tat org.apache.calcite.runtime.Resources$ExInst.ex(Resources.java:572)",
                    "\t... 19 common frames omitted",
                ],
            )
            return
        if ("dfs." in " ".join(sql) and user != "airflow") or kind == "oom":
            t = D(
                fore,
                t + sec(r.uniform(0.01, 0.05)),
                th,
                "INFO",
                "org.apache.drill.exec.store.parquet.Metadata",
                "Took %d ms to read directories from directory cache file",
                [f"Took {r.randint(0, 3)} ms to read directories from directory cache file"],
            )
            t = D(
                fore,
                t + sec(r.uniform(0.005, 0.04)),
                th,
                "INFO",
                "org.apache.drill.exec.store.parquet.Metadata",
                "Took %d ms to read metadata from cache file",
                [f"Took {r.randint(4, 60)} ms to read metadata from cache file"],
            )
        t += sec(r.uniform(0.05, 0.6))
        if kind == "refresh":
            md = "org.apache.drill.exec.store.parquet.Metadata"
            t = D(
                fore,
                t + sec(r.uniform(0.3, 1.5)),
                th,
                "INFO",
                md,
                "Took %d ms to get file statuses",
                [f"Took {r.randint(300, 1500)} ms to get file statuses"],
            )
            t = D(
                fore,
                t + sec(r.uniform(3, 9)),
                th,
                "INFO",
                md,
                "Took %d ms to read file metadata",
                [f"Took {r.randint(3000, 9000)} ms to read file metadata"],
            )
            fragment(fore, t + sec(r.uniform(0.05, 0.2)), q, 0, 0, r.uniform(0.005, 0.03))
            return
        if len(sql) == 1 and sql[0] in DR_SQL_SMALL:
            fragment(fore, t, q, 0, 0, r.uniform(0.02, 0.4))
            return
        nminor = {"superset": r.choice([2, 3, 4]), "airflow": r.choice([4, 6])}.get(user, 2)
        if kind == "oom":
            nminor = 6
        workers = [n for n in nodes if alive(n, t)]
        dur = r.uniform(0.8, 6.0) if user != "airflow" else r.uniform(8.0, 40.0)
        ends = []
        oom_at = None
        if kind == "oom":
            oom_at = t + sec(r.uniform(20, 45))
        oom_time = oom_at
        for m in range(nminor):
            n = workers[m % len(workers)]
            if kind == "oom" and n == "drill-2" and oom_at is not None:
                th = f"{q}:frag:1:{m}"
                fr = f"{q}:1:{m}"
                tt = state(
                    n, t + sec(r.uniform(0.01, 0.1)), th, fr, "AWAITING_ALLOCATION", "RUNNING"
                )
                report(n, tt + sec(0.001), th, fr, "RUNNING")
                tt = state(n, oom_at, th, fr, "RUNNING", "FAILED")
                eid = err_id()
                size, cur = 16777216, 2147483648 - r.choice([1048576, 2097152, 4194304])
                msg = f"OutOfMemoryException: Unable to allocate buffer of size {size} due to memory limit. Current allocation: {cur}"
                ctx = [
                    "",
                    f"Fragment: 1:{m}",
                    "",
                    "Please, refer to logs for more information.",
                    "",
                    f"[Error Id: {eid} on drill-2.example.com:31010]",
                ]
                tt = D(
                    n,
                    tt + sec(0.002),
                    th,
                    "ERROR",
                    DR_FE,
                    "SYSTEM ERROR: OutOfMemoryException: Unable to allocate buffer of size %d due to memory limit. Current allocation: %d",
                    [
                        f"SYSTEM ERROR: {msg}",
                        *ctx,
                        f"org.apache.drill.common.exceptions.UserException: SYSTEM ERROR: {msg}",
                        *ctx,
                        "\tat org.apache.drill.common.exceptions.UserException$Builder.build(UserException.java:675)",
                        "\tat org.apache.drill.exec.work.fragment.FragmentExecutor.sendFinalState(FragmentExecutor.java:395)",
                        "\tat org.apache.drill.exec.work.fragment.FragmentExecutor.cleanup(FragmentExecutor.java:245)",
                        "\tat org.apache.drill.exec.work.fragment.FragmentExecutor.run(FragmentExecutor.java:359)",
                        "\tat org.apache.drill.common.SelfCleaningRunnable.run(SelfCleaningRunnable.java:38)",
                        "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
                        "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
                        "\tat java.lang.Thread.run(Thread.java:748)",
                        f"Caused by: org.apache.drill.exec.exception.OutOfMemoryException: Unable to allocate buffer of size {size} due to memory limit. Current allocation: {cur}",
                        "\tat org.apache.drill.exec.memory.BaseAllocator.buffer(BaseAllocator.java:247)",
                        "\tat org.apache.drill.exec.memory.BaseAllocator.buffer(BaseAllocator.java:222)",
                        "\tat org.apache.drill.exec.vector.VarCharVector.allocateNew(VarCharVector.java:411)",
                        "\tat org.apache.drill.exec.physical.impl.join.HashJoinBatch.executeBuildPhase(HashJoinBatch.java:1003)",
                        "\tat org.apache.drill.exec.physical.impl.join.HashJoinBatch.innerNext(HashJoinBatch.java:537)",
                        "\tat org.apache.drill.exec.record.AbstractRecordBatch.next(AbstractRecordBatch.java:170)",
                        "\tat org.apache.drill.exec.physical.impl.BaseRootExec.next(BaseRootExec.java:103)",
                        "\tat org.apache.drill.exec.work.fragment.FragmentExecutor$1.run(FragmentExecutor.java:321)",
                        "\t... 4 common frames omitted",
                    ],
                )
                state(n, tt + sec(0.003), th, fr, "FAILED", "FINISHED")
                oom_at = None  # one fragment fails, the others are cancelled
                continue
            if kind in ("oom", "cancel"):
                stop = (
                    (oom_time + sec(r.uniform(0.2, 1.5)))
                    if oom_time
                    else (t + sec(r.uniform(30.0, 31.0)))
                )
                ends.append(
                    fragment(
                        n,
                        t + sec(r.uniform(0.01, 0.1)),
                        q,
                        1,
                        m,
                        (stop - t).total_seconds(),
                        "CANCEL",
                    )
                )
            else:
                ends.append(
                    fragment(n, t + sec(r.uniform(0.01, 0.1)), q, 1, m, dur * r.uniform(0.6, 1.0))
                )
        if kind in ("oom", "cancel"):
            fragment(fore, t, q, 0, 0, (max(ends) - t).total_seconds() - 0.05, "CANCEL")
        else:
            fragment(fore, t, q, 0, 0, (max(ends) - t).total_seconds() + r.uniform(0.005, 0.05))

    evs: list[tuple[datetime, str]] = [
        (x, "ok") for x in poisson(r, T0 + sec(20), T_END - sec(60), 145)
    ]
    evs += [(at(h, 5, 12) + sec(r.uniform(0, 20)), "refresh") for h in range(6, 12)]
    evs += [(at(9, 47, 31), "column"), (at(9, 48, 50), "column")]
    evs += [(x, "missing") for x in poisson(r, at(7, 20), at(7, 50), 330)]
    evs += [
        (at(8, 21, 4), "oom"),
        (at(8, 26, 37), "oom"),
        (at(8, 32, 10), "oom"),
        (at(8, 38, 55), "oom"),
    ]
    evs += [(x, "cancel") for x in poisson(r, at(10, 5), at(10, 35), 300)]
    for t, kind in sorted(evs):
        if kind == "ok" and in_any(t, [(at(8, 20), at(8, 41))]) and r.random() < 0.5:
            continue
        query(t, kind)
    # drill-3 restarted
    S = "org.apache.drill.exec.server.Drillbit"
    t = D(
        "drill-3",
        restart3[0],
        "Drillbit-ShutdownHook#0",
        "INFO",
        S,
        "Received shutdown request.",
        ["Received shutdown request."],
    )
    D(
        "drill-3",
        t + sec(r.uniform(11, 13)),
        "Drillbit-ShutdownHook#0",
        "INFO",
        S,
        "Shutdown completed (%d ms).",
        [f"Shutdown completed ({r.randint(11000, 13000)} ms)."],
    )
    t = D(
        "drill-3",
        restart3[1] - sec(9.1),
        "main",
        "INFO",
        "org.apache.drill.common.config.DrillConfig",
        "Configuration and plugin file(s) identified in %dms.",
        [
            f"Configuration and plugin file(s) identified in {r.randint(90, 140)}ms.",
            "Base Configuration:",
            "\t- jar:file:/opt/drill/jars/drill-common-1.14.0.jar!/drill-default.conf",
            "",
            "Intermediate Configuration and Plugin files, in order of precedence:",
            "\t- jar:file:/opt/drill/jars/drill-java-exec-1.14.0.jar!/drill-module.conf",
            "\t- jar:file:/opt/drill/jars/drill-storage-hive-core-1.14.0.jar!/drill-module.conf",
            "\t- jar:file:/opt/drill/jars/drill-storage-kafka-1.14.0.jar!/drill-module.conf",
            "",
            "Override File: drill-override.conf",
        ],
    )
    t = D(
        "drill-3",
        t + sec(1.2),
        "main",
        "INFO",
        S,
        "Construction completed (%d ms).",
        [f"Construction completed ({r.randint(1100, 1500)} ms)."],
    )
    D(
        "drill-3",
        t + sec(6.8),
        "main",
        "INFO",
        S,
        "Startup completed (%d ms).",
        [f"Startup completed ({r.randint(6000, 7500)} ms)."],
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- nessie

NS_PODS = {"nessie-0": "10.42.1.17", "nessie-1": "10.42.2.9"}
NS_TABLES = [
    ("sales", "orders"),
    ("sales", "order_items"),
    ("sales", "customers"),
    ("web", "sessions"),
    ("web", "events"),
    ("finance", "invoices"),
]
NS_CLIENTS = ["10.42.3.21", "10.42.3.22", "10.42.4.15", "10.42.4.16", "10.42.5.40", "10.42.5.41"]
NS_FEATURES = "[agroal, amazon-sdk-dynamodb, cassandra-client, cdi, google-cloud-bigtable, hibernate-validator, jdbc-h2, jdbc-mariadb, jdbc-postgresql, logging-sentry, micrometer, mongodb-client, narayana-jta, oidc, opentelemetry, reactive-routes, rest, rest-jackson, security, security-properties-file, smallrye-context-propagation, smallrye-health, smallrye-openapi, swagger-ui, vertx]"


def nessie(r: random.Random) -> list[Log]:
    """Two Nessie 0.90 servers (Quarkus, JDBC version store on PostgreSQL, distributed cache
    invalidation between them), 06:00 to 12:00: Spark and Flink jobs committing through the
    Nessie API v2, Trino reading through the Iceberg REST endpoint; the database failing over
    07:31-07:36, a rolling restart (nessie-1 at 08:50, nessie-0 at 09:20) turning on the
    reference cache, and a commit storm 10:40-10:55 (409s)."""
    fs = Files()

    def Q(
        pod: str, t: datetime, level: str, cat: str, thread: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"{pyts(x)} {level:<5} [{jboss3(cat)}] ({thread}) {lines[0]}", *lines[1:]],
            pod,
            1000,
        )

    sender = {p: uuid4(r) for p in NS_PODS}
    db_down = (at(7, 31, 5), at(7, 36, 40))
    restarts = {
        "nessie-1": (at(8, 50, 2), at(8, 50, 41)),
        "nessie-0": (at(9, 20, 7), at(9, 20, 49)),
    }
    new_ip = {"nessie-1": "10.42.2.31", "nessie-0": "10.42.1.44"}

    def up(pod: str, t: datetime) -> bool:
        a, b = restarts[pod]
        return not (a - sec(1) <= t < b + sec(1))

    def ip_of(pod: str, t: datetime) -> str:
        return new_ip[pod] if t >= restarts[pod][1] else NS_PODS[pod]

    def access(
        pod: str,
        t: datetime,
        client: str,
        method: str,
        path: str,
        label_path: str,
        status: int,
        size: int,
    ) -> datetime:
        thread = f"vert.x-eventloop-thread-{r.randint(0, 3)}"
        return fs.add(
            f"{pod}.log",
            t,
            f'%s - - [%s] "{method} {label_path} HTTP/1.1" {status} %d',
            lambda x: [
                f'{pyts(x)} INFO  [{jboss3("io.quarkus.http.access-log")}] ({thread}) {client} - - [{clf(x)}] "{method} {path} HTTP/1.1" {status} {size}'
            ],
            pod,
            1000,
        )

    PERSIST = "org.projectnessie.quarkus.providers.storage.PersistProvider"
    SENDER = "org.projectnessie.quarkus.providers.storage.CacheInvalidationSender"

    def startup(pod: str, t: datetime, ref_ttl: bool) -> None:
        if ref_ttl:
            t = Q(
                pod,
                t,
                "WARN",
                PERSIST,
                "main",
                "Reference caching is an experimental feature but enabled with a TTL of %s",
                ["Reference caching is an experimental feature but enabled with a TTL of PT1M"],
            )
        t = Q(
            pod,
            t + sec(0.02),
            "INFO",
            PERSIST,
            "main",
            "Using objects cache with %d MB, with soft-references disabled, enabling distributed cache invalidations.",
            [
                "Using objects cache with 1434 MB, with soft-references disabled, enabling distributed cache invalidations."
            ],
        )
        others = sorted(ip_of(p, t) for p in NS_PODS if p != pod)
        t = Q(
            pod,
            t + sec(0.15),
            "INFO",
            SENDER,
            "main",
            "Sending remote cache invalidations to %s, currently resolved to %s",
            [
                f"Sending remote cache invalidations to [nessie-mgmt], currently resolved to [{', '.join(others)}]"
            ],
        )
        t = Q(
            pod,
            t + sec(0.01),
            "INFO",
            PERSIST,
            "main",
            "Creating/opening version store %s ...",
            ["Creating/opening version store JDBC ..."],
        )
        t = Q(
            pod,
            t + sec(0.3),
            "INFO",
            PERSIST,
            "main",
            "Using %s version store (catalog: %s, schema: %s)",
            ["Using JDBC version store (catalog: nessie, schema: public)"],
        )
        t = Q(
            pod,
            t + sec(0.9),
            "INFO",
            "io.quarkus",
            "main",
            "%s %s on JVM (powered by Quarkus %s) started in %ss. Listening on: %s. Management interface listening on %s.",
            [
                f"Nessie 0.90.4 on JVM (powered by Quarkus 3.10.2) started in {r.uniform(3.2, 4.6):.3f}s. Listening on: http://0.0.0.0:19120. Management interface listening on http://0.0.0.0:9000."
            ],
        )
        t = Q(
            pod,
            t + sec(0.001),
            "INFO",
            "io.quarkus",
            "main",
            "Profile %s activated. ",
            ["Profile prod activated. "],
        )
        Q(
            pod,
            t + sec(0.001),
            "INFO",
            "io.quarkus",
            "main",
            "Installed features: %s",
            [f"Installed features: {NS_FEATURES}"],
        )

    def shutdown(pod: str, t: datetime) -> None:
        t = Q(
            pod,
            t,
            "INFO",
            PERSIST,
            "Shutdown thread",
            "Stopping storage for %s",
            ["Stopping storage for JDBC"],
        )
        Q(
            pod,
            t + sec(0.05),
            "INFO",
            "io.quarkus",
            "Shutdown thread",
            "%s stopped in %ss",
            [f"Nessie stopped in {r.uniform(0.08, 0.2):.3f}s"],
        )

    for pod, (a, b) in restarts.items():
        shutdown(pod, a)
        startup(pod, b - sec(1.3), True)

    JSTACK_V2 = [
        "java.lang.RuntimeException: Unhandled SQL exception",
        "\tat org.projectnessie.versioned.storage.jdbc.JdbcBackend.unhandledSQLException(JdbcBackend.java:313)",
        "\tat org.projectnessie.versioned.storage.jdbc.AbstractJdbcPersist.withConnectionException(AbstractJdbcPersist.java:799)",
        "\tat org.projectnessie.versioned.storage.jdbc.JdbcPersist.fetchReference(JdbcPersist.java:91)",
        "\tat org.projectnessie.versioned.storage.cache.CachingPersistImpl.fetchReference(CachingPersistImpl.java:289)",
        "\tat org.projectnessie.versioned.storage.common.logic.ReferenceLogicImpl.getReferences(ReferenceLogicImpl.java:123)",
        "\tat org.projectnessie.versioned.storage.versionstore.VersionStoreImpl.getNamedRef(VersionStoreImpl.java:274)",
        "\tat org.projectnessie.services.impl.TreeApiImpl.getReferenceByName(TreeApiImpl.java:226)",
        "\tat org.projectnessie.services.rest.RestV2TreeResource.getReferenceByName(RestV2TreeResource.java:168)",
        "\tat org.projectnessie.services.rest.RestV2TreeResource$quarkusrestinvoker$getReferenceByName_5b8d70a6cb8e7b3e1f74d8f0a5c2a0e6c0f1a4f9.invoke(Unknown Source)",
        "\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)",
        "\tat io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)",
        "\tat org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)",
        "\tat io.quarkus.vertx.core.runtime.VertxCoreRecorder$14.runWith(VertxCoreRecorder.java:599)",
        "\tat org.jboss.threads.EnhancedQueueExecutor$Task.run(EnhancedQueueExecutor.java:2516)",
        "\tat org.jboss.threads.EnhancedQueueExecutor$ThreadBody.run(EnhancedQueueExecutor.java:1538)",
        "\tat org.jboss.threads.DelegatingRunnable.run(DelegatingRunnable.java:29)",
        "\tat org.jboss.threads.ThreadLocalResettingRunnable.run(ThreadLocalResettingRunnable.java:29)",
        "\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
        "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
        "Caused by: java.sql.SQLException: Acquisition timeout while waiting for new connection",
        "\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:354)",
        "\tat io.agroal.pool.ConnectionPool.getConnection(ConnectionPool.java:286)",
        "\tat io.agroal.pool.DataSource.getConnection(DataSource.java:86)",
        "\tat io.agroal.api.AgroalDataSource_a0e3c9d2ef0b4f33c5ea04c8b9d6e8c0a1f7b2d4_Synthetic_ClientProxy.getConnection(Unknown Source)",
        "\tat org.projectnessie.versioned.storage.jdbc.JdbcBackend.borrowConnection(JdbcBackend.java:203)",
        "\tat org.projectnessie.versioned.storage.jdbc.AbstractJdbcPersist.withConnectionException(AbstractJdbcPersist.java:793)",
        "\t... 18 more",
        "Caused by: java.util.concurrent.TimeoutException",
        "\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:204)",
        "\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:324)",
        "\t... 24 more",
    ]

    routes_v2 = [
        (0.22, "GET", "/api/v2/trees/main", "/api/v2/trees/%s", 200, (280, 320)),
        (
            0.18,
            "GET",
            "/api/v2/trees/main/contents/{k}",
            "/api/v2/trees/%s/contents/%s",
            200,
            (640, 900),
        ),
        (0.06, "GET", "/api/v2/config", "/api/v2/config", 200, (330, 360)),
        (
            0.08,
            "POST",
            "/api/v2/trees/main@{h}/history/commit",
            "/api/v2/trees/%s/history/commit",
            200,
            (700, 1100),
        ),
        (
            0.14,
            "GET",
            "/iceberg/v1/config?warehouse=lakehouse",
            "/iceberg/v1/config?warehouse=%s",
            200,
            (150, 180),
        ),
        (
            0.28,
            "GET",
            "/iceberg/v1/main/namespaces/{ns}/tables/{tb}",
            "/iceberg/v1/%s/namespaces/%s/tables/%s",
            200,
            (3000, 9000),
        ),
        (
            0.04,
            "POST",
            "/iceberg/v1/main/namespaces/{ns}/tables/{tb}",
            "/iceberg/v1/%s/namespaces/%s/tables/%s",
            200,
            (3000, 9000),
        ),
    ]

    def request(pod: str, t: datetime, forced: tuple | None = None) -> None:
        x = r.random()
        route = routes_v2[-1]
        for rt in routes_v2:
            x -= rt[0]
            if x <= 0:
                route = rt
                break
        if forced:
            route = forced
        _w, method, path, lpath, status, (lo, hi) = route
        ns, tb = r.choice(NS_TABLES)
        path = path.format(k=f"{ns}.{tb}", h=hexid(r, 64), ns=ns, tb=tb)
        client = r.choice(NS_CLIENTS)
        size = r.randint(lo, hi)
        if tb == "customers" and "tables" in path and method == "GET" and r.random() < 0.25:
            status, size = 404, r.randint(260, 290)
        th = f"executor-thread-{r.randint(1, 12)}"
        if in_any(t, [db_down]) and "config" not in path:
            te = t + sec(r.uniform(2.0, 2.1))
            if path.startswith("/iceberg"):
                Q(
                    pod,
                    te,
                    "WARN",
                    "org.projectnessie.catalog.service.rest.IcebergErrorMapper",
                    th,
                    "Unhandled exception returned as HTTP/500: java.lang.RuntimeException: Unhandled SQL exception",
                    [
                        "Unhandled exception returned as HTTP/500: java.lang.RuntimeException: Unhandled SQL exception",
                        *JSTACK_V2,
                    ],
                )
            else:
                Q(
                    pod,
                    te,
                    "WARN",
                    "org.projectnessie.services.rest.exceptions.NessieExceptionMapper",
                    th,
                    "Unhandled exception returned as HTTP/500 to client",
                    ["Unhandled exception returned as HTTP/500 to client", *JSTACK_V2],
                )
            access(pod, te + sec(0.001), client, method, path, lpath, 500, r.randint(600, 900))
            return
        if (
            method == "POST"
            and path.startswith("/api/v2")
            and in_any(t, [(at(10, 40), at(10, 55))])
            and r.random() < 0.45
        ):
            status, size = 409, r.randint(420, 560)
        access(pod, t + sec(r.uniform(0.005, 0.08)), client, method, path, lpath, status, size)
        if method == "POST" and status == 200:
            for other in NS_PODS:
                if other == pod:
                    continue
                if not up(other, t):
                    ip = ip_of(other, restarts[other][0] - sec(1))
                    Q(
                        pod,
                        t + sec(r.uniform(0.1, 0.3)),
                        "WARN",
                        SENDER,
                        f"vert.x-eventloop-thread-{r.randint(0, 3)}",
                        "Technical network issue sending cache invalidations to %s:%s%s : Connection refused: %s",
                        [
                            f"Technical network issue sending cache invalidations to {ip}:9000/nessie-management/cache-coherency?sender={sender[pod]} : Connection refused: /{ip}:9000"
                        ],
                    )

    for t in poisson(r, T0 + sec(5), T_END - sec(5), 9.3):
        cand = [p for p in NS_PODS if up(p, t)]
        request(r.choice(cand), t)
    for t in poisson(r, at(10, 40), at(10, 55), 9):
        cand = [p for p in NS_PODS if up(p, t)]
        request(r.choice(cand), t, routes_v2[3])
    # the database failover: Agroal's pool warns on both pods
    for pod in NS_PODS:
        for t in poisson(r, db_down[0], db_down[1] - sec(5), 40):
            Q(
                pod,
                t,
                "WARN",
                "io.agroal.pool",
                f"agroal-{r.randint(11, 14)}",
                "Datasource '%s': Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                [
                    "Datasource '<default>': Connection to nessie-db.data.svc:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
                ],
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- lakefs

LF_REPOS = ["analytics", "ml-features", "raw-events"]
LF_USERS = ["etl-bot", "spark-jobs", "airflow", "maya", "tom"]
LF_CLIENTS = {
    "etl-bot": "lakefs-python-sdk/1.24.0",
    "airflow": "lakefs-python-sdk/1.24.0",
    "maya": "lakectl/1.25.0",
    "tom": "lakefs-webui",
    "spark-jobs": "lakefs-java-sdk/1.25.0",
}
LF_S3_UA = "Hadoop 3.3.6, aws-sdk-java/1.12.367 Linux/5.15.0-1057-aws OpenJDK_64-Bit_Server_VM/17.0.11+9 java/17.0.11 vendor/Eclipse_Adoptium cfg/retry-mode/legacy"


def logrus_v(v: object) -> str:
    """logrus's TextFormatter: a value is quoted (`%q`) unless every byte is a letter, a digit
    or one of `-._/@^+`."""
    s = str(v)
    if s and all((c.isascii() and c.isalnum()) or c in "-._/@^+" for c in s):
        return s
    esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
    return '"' + "".join(esc.get(c, c) for c in s) + '"'


def lakefs(r: random.Random) -> list[Log]:
    """Two lakeFS 1.25 servers behind a load balancer (`logging.format: text`,
    `logging.audit_log_level: INFO`, the log written to a file), PostgreSQL as the KV store and
    S3 as the object store, 06:00 to 12:00: lakeFSFS and the S3 gateway under Spark jobs, the
    Python SDK from Airflow and lakectl users; an IAM policy change denying writes to the
    bucket 07:40-07:52, an Airflow connection with a rotated access key retrying 07:00-09:40,
    the database failing over 08:30-08:36, Spark executors dropping connections, and lakefs-2
    restarted at 09:15."""
    fs = Files()

    def F(
        node: str,
        t: datetime,
        level: str,
        msg: str,
        func: str,
        file: str,
        fields: dict,
        label: str | None = None,
    ) -> datetime:
        keys = sorted(fields)
        rest = "".join(f" {k}={logrus_v(fields[k])}" for k in keys)
        return fs.add(
            f"{node}.log",
            t,
            label or msg,
            lambda x: [
                f'time="{x:%Y-%m-%dT%H:%M:%SZ}" level={level} msg={logrus_v(msg)} func={logrus_v(func)} file={logrus_v(file)}{rest}'
            ],
            node,
            1_000_000,
        )

    restart2 = (at(9, 15, 3), at(9, 15, 21))
    iam = (at(7, 40, 12), at(7, 52, 40))
    db = (at(8, 30, 20), at(8, 36, 5))

    def up(node: str, t: datetime) -> bool:
        return not (node == "lakefs-2" and restart2[0] - sec(1) <= t < restart2[1] + sec(2))

    def audit(
        node: str,
        t: datetime,
        method: str,
        path: str,
        svc: str,
        status: int,
        size: int,
        took: float,
        client: str,
    ) -> datetime:
        return F(
            node,
            t,
            "info",
            "HTTP call ended",
            "pkg/httputil.DefaultLoggingMiddleware.func1.1",
            "build/pkg/httputil/logging.go:81",
            {
                "client": client,
                "host": "lakefs.example.com" if svc == "rest_api" else "s3.lakefs.example.com",
                "log_audit": "true",
                "method": method,
                "path": path,
                "request_id": str(uuid4(r)),
                "sent_bytes": size,
                "service_name": svc,
                "status_code": status,
                "took": go_dur(took),
            },
        )

    def ctx(method: str, path: str, svc: str, user: str, op: str = "") -> dict:
        d = {
            "host": "lakefs.example.com" if svc == "rest_api" else "s3.lakefs.example.com",
            "method": method,
            "path": path,
            "request_id": str(uuid4(r)),
            "service_name": svc,
            "user": user,
        }
        if op:
            d["operation_id"] = op
        return d

    def startup(node: str, t: datetime) -> None:
        t = F(
            node,
            t,
            "info",
            "Config loaded",
            "cmd/lakefs/cmd.initConfig",
            "cmd/root.go:108",
            {"fields.file": "/etc/lakefs/config.yaml", "phase": "startup"},
        )
        t = F(
            node,
            t + sec(0.01),
            "info",
            "lakeFS run",
            "cmd/lakefs/cmd.glob..func9",
            "cmd/run.go:117",
            {"version": "1.25.0"},
        )
        t = F(
            node,
            t + sec(0.4),
            "info",
            "initialized blockstore adapter",
            "pkg/block/factory.buildS3Adapter",
            "build/pkg/block/factory/build.go:125",
            {"type": "s3"},
        )
        t = F(
            node,
            t + sec(0.1),
            "info",
            "starting HTTP server",
            "cmd/lakefs/cmd.glob..func9",
            "cmd/run.go:308",
            {"listen_address": "0.0.0.0:8000"},
        )
        F(
            node,
            t + sec(0.002),
            "info",
            "Up and running (^C to shutdown)...",
            "cmd/lakefs/cmd.gracefulShutdown",
            "cmd/run.go:434",
            {"version": "1.25.0"},
        )

    F(
        "lakefs-2",
        restart2[0] - sec(41),
        "info",
        "Changing log level",
        "cmd/lakefs/cmd.glob..func9.1",
        "cmd/run.go:104",
        {"toLevel": "INFO"},
    )
    F(
        "lakefs-2",
        restart2[0],
        "warning",
        "shutting down...",
        "cmd/lakefs/cmd.gracefulShutdown",
        "cmd/run.go:439",
        {},
    )
    startup("lakefs-2", restart2[1])

    def rest_call(node: str, t: datetime) -> None:
        user = r.choice(LF_USERS)
        repo = r.choice(LF_REPOS)
        br = r.choice(["main", "main", f"etl-{t:%Y%m%d}", "dev"])
        x = r.random()
        if x < 0.45:
            method, path, op, size = (
                "GET",
                f"/api/v1/repositories/{repo}/refs/{br}/objects/stat?path=tables%2F{r.choice(['orders', 'users', 'clicks'])}%2Fpart-{r.randint(0, 199):05d}.parquet&user_metadata=true&presign=false",
                "StatObject",
                r.randint(380, 520),
            )
        elif x < 0.7:
            method, path, op, size = (
                "GET",
                f"/api/v1/repositories/{repo}/refs/{br}/objects/ls?amount=1000&delimiter=%2F&prefix=tables%2F{r.choice(['orders', 'users', 'clicks'])}%2F",
                "ListObjects",
                r.randint(2000, 60_000),
            )
        elif x < 0.8:
            method, path, op, size = (
                "POST",
                f"/api/v1/repositories/{repo}/branches/{br}/staging/backing?path=tables%2Fclicks%2Fpart-{r.randint(0, 199):05d}.parquet",
                "LinkPhysicalAddress",
                r.randint(380, 450),
            )
        elif x < 0.88:
            method, path, op, size = (
                "POST",
                f"/api/v1/repositories/{repo}/branches/{br}/commits",
                "Commit",
                r.randint(420, 560),
            )
        elif x < 0.94:
            method, path, op, size = (
                "GET",
                f"/api/v1/repositories/{repo}/refs/main/diff/{br}?amount=1000&type=three_dot",
                "DiffRefs",
                r.randint(200, 9000),
            )
        else:
            method, path, op, size = (
                "POST",
                f"/api/v1/repositories/{repo}/refs/{br}/merge/main",
                "MergeIntoBranch",
                r.randint(90, 120),
            )
        took = r.uniform(0.002, 0.06) if method == "GET" else r.uniform(0.03, 1.8)
        status = 200 if op not in ("Commit", "MergeIntoBranch") else 201 if op == "Commit" else 200
        if op == "LinkPhysicalAddress":
            status = 200
        if in_any(t, [db]):
            tt = t + sec(r.uniform(2, 5))
            F(
                node,
                tt,
                "error",
                "API call returned status internal server error",
                "pkg/api.(*Controller).handleAPIErrorCallback",
                "build/pkg/api/controller.go:4826",
                {
                    "error": "failed to connect to `user=lakefs database=lakefs`: 10.0.6.20:5432 (lakefs-db.internal): dial error: dial tcp 10.0.6.20:5432: connect: connection refused",
                    "service": "api_gateway",
                    **ctx(method, path, "rest_api", user, op),
                },
            )
            audit(
                node,
                tt,
                method,
                path,
                "rest_api",
                500,
                r.randint(180, 240),
                (tt - t).total_seconds(),
                LF_CLIENTS[user],
            )
            return
        audit(node, t + sec(took), method, path, "rest_api", status, size, took, LF_CLIENTS[user])

    def s3_call(node: str, t: datetime, write: bool = False) -> None:
        repo = r.choice(LF_REPOS[:2])
        br = r.choice(["main", f"etl-{t:%Y%m%d}"])
        key = f"tables/{r.choice(['orders', 'users', 'clicks'])}/part-{r.randint(0, 199):05d}-{hexid(r, 8)}.snappy.parquet"
        x = 0.9 if write else r.random()
        in_iam = in_any(t, [iam])
        if x < 0.5 and not in_iam:
            size = r.randint(200_000, 40_000_000)
            took = size / r.uniform(80e6, 250e6)
            if r.random() < 0.012:
                F(
                    node,
                    t + sec(took),
                    "error",
                    "could not write response body for object",
                    "pkg/gateway/operations.(*GetObject).Handle",
                    "build/pkg/gateway/operations/getobject.go:141",
                    {
                        "error": f"write tcp 10.0.6.{11 if node == 'lakefs-1' else 12}:8000->10.0.7.{r.randint(30, 60)}:{r.randint(32768, 60999)}: write: broken pipe",
                        "matched_host": "true",
                        "ref": br,
                        "repository": repo,
                        **ctx("GET", key, "s3_gateway", "spark-jobs"),
                    },
                )
            audit(
                node,
                t + sec(took),
                "GET",
                f"/{repo}/{br}/{key}",
                "s3_gateway",
                200,
                size,
                took,
                LF_S3_UA,
            )
            return
        if x < 0.72 and not in_iam:
            took = r.uniform(0.002, 0.02)
            audit(
                node,
                t + sec(took),
                "HEAD",
                f"/{repo}/{br}/{key}",
                "s3_gateway",
                200,
                0,
                took,
                LF_S3_UA,
            )
            return
        if x < 0.8:
            took = r.uniform(0.01, 0.3)
            audit(
                node,
                t + sec(took),
                "GET",
                f"/{repo}?list-type=2&delimiter=%2F&max-keys=5000&prefix={br}%2Ftables%2Fclicks%2F",
                "s3_gateway",
                200,
                r.randint(4000, 90_000),
                took,
                LF_S3_UA,
            )
            return
        # writes: PUT, multipart part, or a copy (the S3A committer's rename)
        size = r.randint(2_000_000, 64_000_000)
        took = size / r.uniform(60e6, 180e6)
        kind = r.choice(["put", "put", "part", "copy"])
        base = {"matched_host": "true", "ref": br, "repository": repo}
        if in_iam:
            err = f"operation error S3: PutObject, https response error StatusCode: 403, RequestID: {hexid(r, 16).upper()}, HostID: {hexid(r, 40)}, api error AccessDenied: Access Denied"
            if kind == "put":
                F(
                    node,
                    t + sec(took),
                    "error",
                    "could not write request body to block adapter",
                    "pkg/gateway/operations.handlePut",
                    "build/pkg/gateway/operations/putobject.go:317",
                    {"error": err, **base, **ctx("PUT", key, "s3_gateway", "spark-jobs")},
                )
            elif kind == "part":
                n = r.randint(1, 24)
                err = err.replace("PutObject", "UploadPart")
                F(
                    node,
                    t + sec(took),
                    "error",
                    f"part {n} upload failed",
                    "pkg/gateway/operations.handleUploadPart",
                    "build/pkg/gateway/operations/putobject.go:281",
                    {
                        "error": err,
                        "part_number": n,
                        "upload_id": hexid(r, 48),
                        **base,
                        **ctx("PUT", key, "s3_gateway", "spark-jobs"),
                    },
                    "part %s upload failed",
                )
            else:
                err = err.replace("PutObject", "CopyObject")
                F(
                    node,
                    t + sec(took),
                    "error",
                    "could create a full copy source",
                    "pkg/gateway/operations.handleCopy",
                    "build/pkg/gateway/operations/putobject.go:157",
                    {"error": err, **base, **ctx("PUT", key, "s3_gateway", "spark-jobs")},
                )
            audit(
                node,
                t + sec(took + 0.01),
                "PUT",
                f"/{repo}/{br}/{key}",
                "s3_gateway",
                500,
                380,
                took + 0.01,
                LF_S3_UA,
            )
            return
        if in_any(t, [db]):
            dberr = "failed to connect to `user=lakefs database=lakefs`: 10.0.6.20:5432 (lakefs-db.internal): dial error: dial tcp 10.0.6.20:5432: connect: connection refused"
            tt = t + sec(r.uniform(2, 5))
            if kind == "part":
                F(
                    node,
                    tt,
                    "error",
                    "could not read  multipart record",
                    "pkg/gateway/operations.handleUploadPart",
                    "build/pkg/gateway/operations/putobject.go:216",
                    {
                        "error": dberr,
                        "part_number": r.randint(1, 24),
                        "upload_id": hexid(r, 48),
                        **base,
                        **ctx("PUT", key, "s3_gateway", "spark-jobs"),
                    },
                )
            else:
                F(
                    node,
                    tt,
                    "error",
                    "could not check if branch exists",
                    "pkg/gateway/operations.(*PutObject).Handle",
                    "build/pkg/gateway/operations/putobject.go:290",
                    {"error": dberr, **base, **ctx("PUT", key, "s3_gateway", "spark-jobs")},
                )
            audit(
                node,
                tt,
                "PUT",
                f"/{repo}/{br}/{key}",
                "s3_gateway",
                500,
                380,
                (tt - t).total_seconds(),
                LF_S3_UA,
            )
            return
        q = f"?partNumber={r.randint(1, 24)}&uploadId={hexid(r, 48)}" if kind == "part" else ""
        audit(
            node,
            t + sec(took),
            "PUT",
            f"/{repo}/{br}/{key}{q}",
            "s3_gateway",
            200,
            0,
            took,
            LF_S3_UA,
        )

    for t in poisson(r, T0 + sec(2), T_END - sec(2), 11.2):
        node = r.choice([n for n in ("lakefs-1", "lakefs-2") if up(n, t)])
        if r.random() < 0.42:
            rest_call(node, t)
        else:
            s3_call(node, t)
    # the hourly Spark ingestion writes through the S3 gateway (it is running when the bucket
    # policy changes, and again when the database fails over)
    for a, b in [(at(7, 41), at(7, 52)), (at(8, 30, 30), at(8, 35, 50))]:
        for t in poisson(r, a, b, 22):
            s3_call(r.choice(["lakefs-1", "lakefs-2"]), t, write=True)
    # Airflow's connection still holds the rotated access key
    for t in poisson(r, at(7, 0), at(9, 40), 170):
        node = r.choice([n for n in ("lakefs-1", "lakefs-2") if up(n, t)])
        path = f"/api/v1/repositories/analytics/refs/main/objects/stat?path=_SUCCESS%2F{t:%Y-%m-%d}"
        F(
            node,
            t,
            "error",
            "authenticate",
            "pkg/api.userByAuth",
            "build/pkg/api/auth_middleware.go:302",
            {
                "error": "2 errors occurred:\n\t* built in authenticator: not found: no rows in result set\n\t* email authenticator: not found: no rows in result set\n\n",
                "host": "lakefs.example.com",
                "method": "GET",
                "path": path,
                "request_id": str(uuid4(r)),
                "service": "api_gateway",
                "service_name": "rest_api",
                "user": "AKIAJ7Q3LF2OLDKEY4ZA",
            },
        )
        audit(
            node,
            t + sec(0.004),
            "GET",
            path,
            "rest_api",
            401,
            48,
            r.uniform(0.003, 0.009),
            "lakefs-python-sdk/1.24.0",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ seldon-core

SC_PY = "/opt/conda/lib/python3.8/site-packages"
SC_ANNOTATIONS = [
    ("kubernetes.io/config.seen", None),
    ("kubernetes.io/config.source", "api"),
    ("prometheus.io/path", "/prometheus"),
    ("prometheus.io/scrape", "true"),
    ("seldon.io/rest-timeout", "10000"),
]


def seldon_core(r: random.Random) -> list[Log]:
    """A Seldon Core 1.17 SeldonDeployment (`fraud`, two replicas) serving an XGBoost model
    through the Python wrapper (gunicorn, two workers, the access log on) behind the Go
    executor, 06:00 to 12:00: the checkout service sending 212 features instead of 214
    07:50-08:06 (500s with a traceback), the feature store slow 09:10-09:16 (gunicorn worker
    timeouts), replica 1's model container OOM-killed at 10:20 (the executor's readiness probe
    failing until it is back)."""
    fs = Files()
    reps = ["fraud-default-0", "fraud-default-1"]

    def P(rep: str, t: datetime, level: str, where: str, label: str, lines: list[str]) -> datetime:
        """The wrapper's `%(asctime)s - %(name)s:%(funcName)s:%(lineno)s - %(levelname)s:  %(message)s`."""
        return fs.add(
            f"{rep}-classifier.log",
            t,
            label,
            lambda x: [f"{pyts(x)} - {where} - {level}:  {lines[0]}", *lines[1:]],
            (rep, "py"),
            1000,
        )

    def G(rep: str, t: datetime, pid: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{rep}-classifier.log",
            t,
            label,
            lambda x: [f"{gunicorn_ts(x)} [{pid}] [{level}] {msg}"],
            (rep, pid),
            1_000_000,
        )

    def A(rep: str, t: datetime, status: int, size: int) -> datetime:
        return fs.add(
            f"{rep}-classifier.log",
            t,
            f'%s - - [%s] "POST /predict HTTP/1.1" {status} %d "-" "%s"',
            lambda x: [
                f'127.0.0.1 - - [{clf(x)}] "POST /predict HTTP/1.1" {status} {size} "-" "Go-http-client/1.1"'
            ],
            (rep, "access"),
            1_000_000,
        )

    def Z(
        rep: str,
        t: datetime,
        level: str,
        logger: str,
        msg: str,
        fields: dict,
        label: str | None = None,
    ) -> datetime:
        def line(x: datetime) -> str:
            d = {
                "level": level,
                "ts": round(x.timestamp(), 7),
                "logger": logger,
                "msg": msg,
                **fields,
            }
            return json.dumps(d, separators=(",", ":"))

        return fs.add(
            f"{rep}-seldon-container-engine.log",
            t,
            label or msg,
            lambda x: [line(x)],
            (rep, "executor"),
            1,
        )

    workers: dict[str, list[int]] = {}
    MS = "seldon_core.microservice"

    def load(rep: str, t: datetime) -> datetime:
        t = P(
            rep,
            t,
            "INFO",
            "seldon_core.gunicorn_utils:load:103",
            "Tracing not active",
            ["Tracing not active"],
        )
        t = P(
            rep,
            t + sec(0.01),
            "INFO",
            "FraudDetector:load:31",
            "Loading model from %s",
            ["Loading model from /mnt/models/fraud-xgb-v7.joblib"],
        )
        return P(
            rep,
            t + sec(r.uniform(1.2, 2.4)),
            "INFO",
            "FraudDetector:load:38",
            "Model loaded: %d features, threshold %.2f",
            ["Model loaded: 214 features, threshold 0.83"],
        )

    def start(rep: str, t: datetime) -> None:
        t = P(
            rep,
            t,
            "INFO",
            f"{MS}:main:578",
            "Starting microservice.py:main",
            ["Starting microservice.py:main"],
        )
        t = P(
            rep,
            t + sec(0.001),
            "INFO",
            f"{MS}:main:579",
            "Seldon Core version: %s",
            ["Seldon Core version: 1.17.1"],
        )
        t = P(
            rep,
            t + sec(0.004),
            "INFO",
            f"{MS}:main:725",
            "Parse JAEGER_EXTRA_TAGS %s",
            ["Parse JAEGER_EXTRA_TAGS []"],
        )
        ann = {}
        for k, v in SC_ANNOTATIONS:
            v = (
                v
                or f"{t - sec(r.uniform(8, 12)):%Y-%m-%dT%H:%M:%S}.{r.randint(100000000, 999999999)}Z"
            )
            ann[k] = v
            t = P(
                rep,
                t + sec(0.0005),
                "INFO",
                f"{MS}:load_annotations:153",
                "Found annotation %s:%s ",
                [f"Found annotation {k}:{v} "],
            )
        t = P(
            rep,
            t + sec(0.001),
            "INFO",
            f"{MS}:main:728",
            "Annotations: %s",
            [f"Annotations: {ann!r}"],
        )
        t = P(
            rep,
            t + sec(0.001),
            "INFO",
            f"{MS}:main:732",
            "Importing %s",
            ["Importing FraudDetector"],
        )
        t = P(
            rep,
            t + sec(r.uniform(1.5, 2.6)),
            "INFO",
            f"{MS}:main:822",
            "REST gunicorn microservice running on port %i",
            ["REST gunicorn microservice running on port 9000"],
        )
        t = P(
            rep,
            t + sec(0.001),
            "INFO",
            f"{MS}:main:913",
            "REST metrics microservice running on port %i",
            ["REST metrics microservice running on port 6000"],
        )
        t = P(
            rep, t + sec(0.001), "INFO", f"{MS}:main:923", "Starting servers", ["Starting servers"]
        )
        t = P(
            rep,
            t + sec(0.001),
            "INFO",
            f"{MS}:start_servers:80",
            "Using standard multiprocessing library",
            ["Using standard multiprocessing library"],
        )
        t = P(
            rep,
            t + sec(0.01),
            "INFO",
            f"{MS}:grpc_prediction_server:878",
            "GRPC Server Binding to '%s' %s with %d processes.",
            ["GRPC Server Binding to '%s' 0.0.0.0:5000 with 1 processes."],
        )
        opts = "{'bind': '0.0.0.0:9000', 'accesslog': '-', 'loglevel': 'info', 'timeout': 10, 'threads': 1, 'workers': 2, 'max_requests': 0, 'max_requests_jitter': 0, 'post_worker_init': <function post_worker_init at 0x7f3a1c2b5e50>, 'worker_exit': functools.partial(<function worker_exit at 0x7f3a1c2b5ee0>, seldon_metrics=<seldon_core.metrics.SeldonMetrics object at 0x7f3a1c2d1b50>), 'keepalive': 2}"
        t = P(
            rep,
            t + sec(0.003),
            "INFO",
            f"{MS}:rest_prediction_server:794",
            "Gunicorn Config:  %s",
            [f"Gunicorn Config:  {opts}"],
        )
        P(
            rep,
            t + sec(0.02),
            "INFO",
            f"{MS}:_run_grpc_server:849",
            "Starting new GRPC server with %s threads.",
            ["Starting new GRPC server with 1 threads."],
        )
        tg = G(rep, t + sec(0.03), 1, "INFO", "Starting gunicorn %s", "Starting gunicorn 20.1.0")
        tg = G(rep, tg, 1, "INFO", "Listening at: %s (%s)", "Listening at: http://0.0.0.0:9000 (1)")
        tg = G(rep, tg, 1, "INFO", "Using worker: %s", "Using worker: sync")
        tm = G(rep, t + sec(0.04), 21, "INFO", "Starting gunicorn %s", "Starting gunicorn 20.1.0")
        tm = G(
            rep, tm, 21, "INFO", "Listening at: %s (%s)", "Listening at: http://0.0.0.0:6000 (21)"
        )
        tm = G(rep, tm, 21, "INFO", "Using worker: %s", "Using worker: sync")
        G(
            rep,
            tm + sec(0.05),
            27,
            "INFO",
            "Booting worker with pid: %s",
            "Booting worker with pid: 27",
        )
        workers[rep] = [24, 25]
        tl = tg
        for p in workers[rep]:
            tb = G(
                rep,
                tg + sec(0.02),
                p,
                "INFO",
                "Booting worker with pid: %s",
                f"Booting worker with pid: {p}",
            )
            tl = max(tl, load(rep, tb + sec(0.01)))

    # the files are `kubectl logs --since-time=2024-06-07T06:00:00Z`: the pods started the day
    # before, each wrapper with two gunicorn workers
    for rep in reps:
        workers[rep] = [24, 25]

    oom = at(10, 20, 3)
    back = at(10, 20, 51)
    bad_feat = (at(7, 50, 10), at(8, 6, 0))
    slow = (at(9, 10), at(9, 16))

    def down(rep: str, t: datetime) -> bool:
        return rep == reps[1] and oom <= t < back + sec(8)

    next_pid = {rep: 40 for rep in reps}
    busy: dict[tuple[str, int], datetime] = {}
    TRACE = [
        (f"{SC_PY}/flask/app.py", 2525, "wsgi_app", "response = self.full_dispatch_request()"),
        (
            f"{SC_PY}/flask/app.py",
            1822,
            "full_dispatch_request",
            "rv = self.handle_user_exception(e)",
        ),
        (
            f"{SC_PY}/flask_cors/extension.py",
            165,
            "wrapped_function",
            "return cors_after_request(app.make_response(f(*args, **kwargs)))",
        ),
        (f"{SC_PY}/flask/app.py", 1820, "full_dispatch_request", "rv = self.dispatch_request()"),
        (
            f"{SC_PY}/flask/app.py",
            1796,
            "dispatch_request",
            "return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)",
        ),
        (
            f"{SC_PY}/seldon_core/wrapper.py",
            70,
            "Predict",
            "response = seldon_core.seldon_methods.predict(",
        ),
        (
            f"{SC_PY}/seldon_core/seldon_methods.py",
            125,
            "predict",
            "client_response = client_predict(",
        ),
        (
            f"{SC_PY}/seldon_core/user_model.py",
            295,
            "client_predict",
            "return user_model.predict(features, feature_names, **kwargs)",
        ),
        (
            "/microservice/FraudDetector.py",
            52,
            "predict",
            "X = self._prepare(features, feature_names)",
        ),
        (
            "/microservice/FraudDetector.py",
            71,
            "_prepare",
            'raise ValueError(f"expected {len(self.features)} features, got {X.shape[1]}")',
        ),
    ]
    for t in poisson(r, T0 + sec(1), T_END - sec(1), 9.4):
        cand = [x for x in reps if not down(x, t)]
        rep = r.choice(cand)
        ws = workers[rep]
        w = r.choice(ws)
        if busy.get((rep, w), T0) > t:
            others = [x for x in ws if busy.get((rep, x), T0) <= t]
            if not others:
                continue
            w = r.choice(others)
        if in_any(t, [bad_feat]) and r.random() < 0.7:
            te = t + sec(r.uniform(0.005, 0.02))
            P(
                rep,
                te,
                "ERROR",
                "seldon_core.wrapper:log_exception:1455",
                "Exception on %s [%s]",
                [
                    "Exception on /predict [POST]",
                    *traceback(TRACE, ["ValueError: expected 214 features, got 212"]),
                ],
            )
            A(rep, te + sec(0.002), 500, 265)
            continue
        dur = r.uniform(0.006, 0.04)
        if in_any(t, [slow]):
            look = r.uniform(800, 14_000)
            if look > 2000:
                P(
                    rep,
                    t + sec(look / 1000),
                    "WARNING",
                    "FraudDetector:_features:88",
                    "Feature store lookup took %.0f ms for %d keys",
                    [f"Feature store lookup took {look:.0f} ms for {r.randint(3, 9)} keys"],
                )
            if look > 10_000:
                # gunicorn's arbiter kills the worker after the 10 s timeout
                tk = t + sec(10 + r.uniform(0.2, 1.0))
                G(rep, tk, 1, "CRITICAL", "WORKER TIMEOUT (pid:%s)", f"WORKER TIMEOUT (pid:{w})")
                G(
                    rep,
                    tk + sec(0.1),
                    w,
                    "INFO",
                    "Worker exiting (pid: %s)",
                    f"Worker exiting (pid: {w})",
                )
                G(
                    rep,
                    tk + sec(0.4),
                    1,
                    "ERROR",
                    "Worker (pid:%s) exited with code %s",
                    f"Worker (pid:{w}) exited with code 1",
                )
                npid = next_pid[rep]
                next_pid[rep] += r.randint(1, 3)
                tb = G(
                    rep,
                    tk + sec(0.5),
                    npid,
                    "INFO",
                    "Booting worker with pid: %s",
                    f"Booting worker with pid: {npid}",
                )
                done = load(rep, tb + sec(0.01))
                ws[ws.index(w)] = npid
                busy[(rep, npid)] = done
                continue
            dur = look / 1000
        busy[(rep, w)] = t + sec(dur)
        A(rep, t + sec(dur), 200, r.randint(240, 290))
    # replica 1's model container killed (OOM) and restarted; the executor's readiness probe
    te = oom + sec(r.uniform(0.5, 2))
    while te < back + sec(6):
        Z(
            reps[1],
            te,
            "error",
            "SeldonRestApi",
            "Ready check failed",
            {
                "error": "dial tcp 127.0.0.1:9000: connect: connection refused",
                "stacktrace": "github.com/seldonio/seldon-core/executor/api/rest.(*SeldonRestApi).checkReady\n\t/workspace/api/rest/server.go:157\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2122\ngithub.com/gorilla/mux.(*Router).ServeHTTP\n\t/go/pkg/mod/github.com/gorilla/mux@v1.8.0/mux.go:210\nnet/http.serverHandler.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2936\nnet/http.(*conn).serve\n\t/usr/local/go/src/net/http/server.go:1995",
            },
        )
        te += sec(5 + r.uniform(-0.01, 0.01))
    start(reps[1], back)
    return fs.logs(T0)


SYSTEMS = {
    "redash": redash,
    "drill": drill,
    "nessie": nessie,
    "lakefs": lakefs,
    "seldon-core": seldon_core,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
