#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 112 (meltano, apache-hop, kestra, mage-ai, seatunnel) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, through round 97's Files). Five data-pipeline tools, 06:00 to 12:00 on 2024-06-04
(NiFi and Airbyte, asked for first, are in the set already: rounds 53 and 76):

- Meltano 3.4 (`meltano.log`: cron's capture of `meltano run` jobs, structlog's console
  renderer without colours: `2024-06-04T06:00:01.123456Z [info     ] Environment 'prod' is
  active`, an event with fields padded to 30 and the fields sorted after it): three jobs
  (tap-postgres every 10 minutes, tap-s3-csv every 20, tap-github every 30, each into
  target-snowflake). Meltano relays each line its plugins write to stderr as an event of its
  own with `cmd_type=elb consumer=... name=... producer=... run_id=... stdio=stderr
  string_id=...` after it: the Meltano SDK's lines (`2024-06-04 06:00:02,123 | INFO     |
  tap-postgres         | Beginning incremental sync of 'public-orders'...`, `METRIC: {...}`
  from `singer_sdk.metrics`, the backoff handler's `Backing off ...` from `root`) and
  singer-python's (`time=2024-06-04 06:20:02 name=tap_s3_csv level=INFO message=...`).
  Incidents: PostgreSQL down 08:30-08:42 (tap-postgres dies with a psycopg2 traceback relayed
  line by line, `Extractor failed`, the failed block and the CLI's help text and error),
  GitHub answering 502 at 09:05 (backoffs), Snowflake unreachable at 10:40 (the target's
  traceback, `Loader failed`), a bad CSV at 11:20 (tap-s3-csv's warning).
- Apache Hop 2.8's hop-server (`hop-server.log`: HopLogLayout, `2024/06/04 06:00:01 -
  HopServer - Installing timer to purge stale objects after 60 minutes.`, the subject a
  workflow's, pipeline's or transform copy's name, `ERROR: ` after it on an error's first
  line, and a multi-line message written with the date and subject on every line): start-up,
  workflows posted every 10 and 15 minutes (`Workflow '%s' was added to the list with id
  %s`, `Start of workflow execution`, `Starting action [%s]`, `Finished action [%s]
  (result=[%s])`, `Workflow execution finished`, `Workflow duration : ...`), their pipelines
  (`Executing this pipeline using the Local Pipeline Engine with run configuration '%s'`,
  `Execution started for pipeline [%s]`, each transform's `Finished processing (I=%d, O=%d,
  R=%d, W=%d, U=%d, E=%d)`, `Pipeline duration : ...`, `Execution finished on a local
  pipeline engine ...`), the purge timer's clean-ups, the source database down 08:10-08:24
  (Table input's error with the JDBC exception on the lines under it, `Errors detected!`,
  `result=[false]`), a malformed CSV at 10:15 (`Unexpected error` with a stack), a restart
  at 11:00.
- Kestra 0.17 (`kestra-standalone.log`: the text layout, `2024-06-04 06:00:01,123 INFO  main
  io.kestra.cli.AbstractCommand Starting Kestra ...`; `kestra-worker.json`: a worker with
  logstash-logback-encoder's JSON lines): start-up (Flyway, plugins, the server line), the
  scheduler's triggers, executions (`Flow started`, `Flow completed with state %s in %s`),
  each task's `Type %s started` / `Type %s with state %s completed in %s` and the tasks' own
  lines behind the run context's `[namespace: ...] [flow: ...] [task: ...] [execution: ...]
  [date: ...]` prefix, a Slack webhook answering 500 from 07:40 to 08:00 (the Request task
  failing with its exception, retries), PostgreSQL restarted at 09:20 (HikariCP's warnings in
  both files), a Python script hitting bad input at 10:30 (its traceback on stderr, each
  line logged at WARN as Kestra logs a script's stderr).
- Mage AI 0.9.70 (`mage-server.log`: `docker logs --timestamps` of the server: the
  timestamp docker adds, then Python logging's default `INFO:tornado.access:` layout and the
  server's prints): start-up, tornado's access lines (`%d %s %.2fms`, labelled by method,
  route and status: a browser polling the UI's APIs), the scheduler's pipeline runs and block runs,
  the SQLite metadata database locked 08:50-08:55 (tracebacks), a block failing on bad input
  at 10:05 and retried, an uncaught exception in an API handler (tornado's `Uncaught
  exception %s\\n%r` with the request and traceback), a restart at 11:30.
- Apache SeaTunnel 2.3.5's Zeta engine on two nodes (`seatunnel-node1.log`,
  `seatunnel-node2.log`: log4j2's `%d %-5p [%-30.30c{1.}] [%t] - %m%n`, Hazelcast's
  `[10.0.3.11]:5801 [seatunnel] [5.1] ` before its own and the engine's messages): Hazelcast's
  start-up and membership (`Members {size:%d, ver:%d} [` over several lines), a CDC job's
  checkpoints every 30 seconds all morning (`pending checkpoint(%d/%d@%d) notify finished!`,
  `start notify checkpoint completed, ...`), batch jobs every 15 minutes (job, pipeline and
  task state changes, `Job %s end with state %s`), MySQL down 08:40-08:46 (the CDC source's
  task failing with its exception and stack, the pipeline restored from the last
  checkpoint), node2 restarted at 10:00 (the connection closed, members, its start-up).

Label notes. Meltano's time, level, and the fields after the event are context, and so is
everything Meltano adds around a plugin's line: a relayed line is labelled by the plugin's
format (the SDK's `{asctime} | {levelname} | {name} | ` and singer-python's `time=%s name=%s
level=%s message=` are the plugin's log head, context too). A traceback relayed line by line
is one event labelled `Traceback (most recent call last):` (round 53's interpreter's
statement), its later lines (each with Meltano's head again) continuing it; the CLI's help
text is one write of two lines; the `Run invocation could not be completed ...` line is its
own write, its error text contributing its words. Hop's date, subject and `ERROR: ` are
context; a multi-line message is one event however many times the head is repeated (the
exception text under an error belongs to it). Kestra's date, level, thread and logger (text)
and its JSON's fields other than `message` are context; the run context's bracketed prefix
is context (round 53's component prefixes); a task type passed to `Type %s started` is a
value; a script's stdout or stderr line is labelled by the script's own format, a traceback
logged line by line at WARN being one event per line as Kestra writes them (each a call)
except that its first line is labelled `Traceback (most recent call last):` and the others
are labelled by their own text's shape (`  File %s, line %d, in %s` and the exception line)
-- see "Least sure". Mage's docker timestamp, level and logger name are context; tornado's
access line is labelled by method, route and status, a pipeline's uuid, a number and a
query's values variables (round 115's rule for tornado's lines; this round first labelled it
one format whatever the status, relabelled in session 53). SeaTunnel's date, level,
logger and thread and Hazelcast's address, cluster and version prefix are context; a Java
stack under a message belongs to it; a job's or task's name and id are values; an enum's
state names are values (`turned from state %s to %s.`).

Least sure (written from the helper's knowledge; checked only where noted): Meltano's
`Incremental state has been updated at %s.`, `Extractor failed` / `Loader failed`, the
relayed lines' field set (`job_name`, `run_id`), the SDK's `Initializing target sink for
stream '%s'...`, `Target sink for '%s' is full. Current size is '%s'. Draining...`,
`Emitting completed target state %s` and `Skipping deselected stream '%s'.`, and
tap-s3-csv's message texts (`Syncing table "%s".`, `Getting files modified since %s.`,
`Found %s files to be synced.`, `Syncing file "%s".`, `Wrote %s records for table "%s".`,
the skipped-row warning); Hop's `Workflow '%s' was added to the list with id %s`, `Cleaned
up %s %s with id %s from %s`, `Connected to database [%s] (commit=%d)`, `Opening file: %s`,
`Errors detected!`, `Unexpected error` and the shutdown line (HopLogLayout's head on every
line, `Installing timer ...`, `Finished processing (...)`, `Execution started for pipeline
[%s]`, `Pipeline duration : ...`, `Execution finished on a local pipeline engine ...`,
`Starting action`, `Finished action`, `Workflow execution finished` and `Workflow duration`
checked against a copy of HopLogLayout.java and published Hop logs); Kestra's JSON encoder
(its docs name a JSON format; logstash-logback-encoder's field names are assumed), `Scheduled
execution %s at '%s' started`, the duration's printing, the Request task's error text and
how a script's stderr is logged; Mage's scheduler and block messages (`Start executing block
with BlockExecutor.` and `Finish executing block with BlockExecutor.` are from memory of its
block executor; the pipeline-run lines are the helper's guesses at their shape) and the
start-up prints; SeaTunnel's engine messages other than `Job %s end with state %s`, the
`turned from state` lines and the checkpoint notifications (the job submission, restore and
task-failure texts), and Hazelcast's connection-closed line.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
from generate_round55 import at, poisson
from generate_round97 import Files, ms, sec


def us6(t: datetime) -> str:
    return f"{t.microsecond:06d}"


def comma_ms(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)}"


# ---------------------------------------------------------------------------------- meltano

MT_PG_STREAMS = [
    ("public-orders", "incremental", (20, 400)),
    ("public-order_items", "incremental", (60, 1400)),
    ("public-payments", "incremental", (15, 380)),
    ("public-customers", "full_table", (24100, 24300)),
    ("public-products", "full_table", (1830, 1840)),
]
MT_GH_STREAMS = ["issues", "pull_requests", "commits"]
MT_REPOS = ["app", "api", "infra", "docs"]
MT_S3_TABLES = ["sales", "returns", "inventory"]


def meltano(r: random.Random) -> list[Log]:
    """Cron runs `meltano run` for three pipelines into Snowflake, 06:00 to 12:00 (see the
    module's docstring for the incidents); each run's lines go to one log."""
    fs = Files()
    F = "meltano.log"

    def M(
        t: datetime,
        level: str,
        label: str | None,
        event: str,
        fields: dict | None = None,
        cont: tuple[str, ...] = (),
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%dT%H:%M:%S}.{us6(x)}Z [{level:<9}] "
            if fields:
                kv = " ".join(f"{k}={v}" for k, v in sorted(fields.items()))
                return [f"{head}{event:<30} {kv}", *cont]
            return [head + event, *cont]

        return fs.add(F, t, label, text, "meltano", 1)

    def plain(t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(F, t, label, lambda x: lines, "meltano", 1)

    def plugin_fields(name: str, job: str, run_id: str, producer: bool) -> dict:
        return {
            "cmd_type": "elb",
            "consumer": str(not producer),
            "job_name": job,
            "name": name,
            "producer": str(producer),
            "run_id": run_id,
            "stdio": "stderr",
            "string_id": name,
        }

    def sdk(
        t: datetime, pf: dict, logger: str, level: str, label: str | None, msg: str
    ) -> datetime:
        # the plugin writes its own time a little before Meltano reads the line
        pt = t - sec(r.uniform(0.0005, 0.004))
        line = f"{comma_ms(pt)} | {level:8s} | {logger:20s} | {msg}"
        return M(t, "info", label, line, pf)

    def singer(t: datetime, pf: dict, level: str, label: str | None, msg: str) -> datetime:
        pt = t - sec(r.uniform(0.0005, 0.004))
        return M(
            t,
            "info",
            label,
            f"time={pt:%Y-%m-%d %H:%M:%S} name=tap_s3_csv level={level} message={msg}",
            pf,
        )

    def relay_traceback(t: datetime, pf: dict, lines: list[str]) -> datetime:
        t = M(t, "info", "Traceback (most recent call last):", lines[0], pf)
        for ln in lines[1:]:
            t = M(t + sec(r.uniform(0.00005, 0.0003)), "info", None, ln, pf)
        return t

    def metric(t: datetime, pf: dict, point: dict) -> datetime:
        return sdk(
            t, pf, "singer_sdk.metrics", "INFO", "METRIC: %s", "METRIC: " + json.dumps(point)
        )

    def target_start(t: datetime, pf: dict) -> datetime:
        return sdk(
            t,
            pf,
            "target-snowflake",
            "INFO",
            "Target '%s' is listening for input from tap.",
            "Target 'target-snowflake' is listening for input from tap.",
        )

    def target_end(t: datetime, pf: dict, schemas: int, records: int, states: int) -> datetime:
        t = sdk(
            t,
            pf,
            "target-snowflake",
            "INFO",
            "Target '%s' completed reading %d lines of input (%d schemas, %d records, %d batch manifests, %d state messages).",
            f"Target 'target-snowflake' completed reading {schemas + records + states} lines of input ({schemas} schemas, {records} records, 0 batch manifests, {states} state messages).",
        )
        return t

    def emit_state(t: datetime, pf: dict, bookmarks: dict) -> datetime:
        state = {"bookmarks": bookmarks}
        return sdk(
            t + sec(r.uniform(0.01, 0.05)),
            pf,
            "target-snowflake",
            "INFO",
            "Emitting completed target state %s",
            f"Emitting completed target state {json.dumps(state)}",
        )

    def finish(t: datetime, ok: bool, failed: str = "") -> datetime:
        if ok:
            t = M(
                t + sec(r.uniform(0.005, 0.03)),
                "info",
                "Incremental state has been updated at %s.",
                f"Incremental state has been updated at {t:%Y-%m-%d %H:%M:%S}.{us6(t)}.",
            )
            return M(
                t + sec(r.uniform(0.005, 0.02)),
                "info",
                "Block run completed.",
                "Block run completed.",
                {
                    "block_type": "ExtractLoadBlocks",
                    "err": "None",
                    "set_number": 0,
                    "success": "True",
                },
            )
        kind = {"Extractor": "extractors", "Loader": "loaders"}[failed]
        t = M(t + sec(0.002), "error", f"{failed} failed", f"{failed} failed")
        t = M(
            t + sec(0.001),
            "error",
            "Block run completed.",
            "Block run completed.",
            {
                "block_type": "ExtractLoadBlocks",
                "err": f"RunnerError('{failed} failed')",
                "exit_codes": f"{{<PluginType.{kind.upper()}: '{kind}'>: 1}}",
                "set_number": 0,
                "success": "False",
            },
        )
        t = plain(
            t + sec(0.001),
            "Need help fixing this problem? Visit http://melta.no/ for troubleshooting steps, or to\\njoin our friendly Slack community.",
            [
                "Need help fixing this problem? Visit http://melta.no/ for troubleshooting steps, or to",
                "join our friendly Slack community.",
                "",
            ],
        )
        return plain(
            t + sec(0.0005),
            f"Run invocation could not be completed as block failed: {failed} failed",
            [f"Run invocation could not be completed as block failed: {failed} failed"],
        )

    pg_state = {s: at(5, 50) for s, kind, _ in MT_PG_STREAMS if kind == "incremental"}

    def run_postgres(t: datetime) -> None:
        job = "prod:tap-postgres-to-target-snowflake"
        rid = uuid4(r)
        tap = plugin_fields("tap-postgres", job, rid, True)
        tgt = plugin_fields("target-snowflake", job, rid, False)
        t = M(t, "info", "Environment '%s' is active", "Environment 'prod' is active")
        t += sec(r.uniform(1.5, 3.0))
        tt = target_start(t + sec(r.uniform(0.3, 0.9)), tgt)
        if at(8, 30) <= t < at(8, 42):
            t = sdk(
                t,
                tap,
                "tap-postgres",
                "INFO",
                "Skipping deselected stream '%s'.",
                "Skipping deselected stream 'public-audit_log'.",
            )
            t = relay_traceback(
                max(t, tt) + sec(r.uniform(0.5, 1.5)),
                tap,
                [
                    "Traceback (most recent call last):",
                    '  File "/project/.meltano/extractors/tap-postgres/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 145, in __init__',
                    "    self._dbapi_connection = engine.raw_connection()",
                    '  File "/project/.meltano/extractors/tap-postgres/venv/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect',
                    "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                    'psycopg2.OperationalError: connection to server at "pg-prod.internal" (10.0.4.20), port 5432 failed: Connection refused',
                    "\tIs the server running on that host and accepting TCP/IP connections?",
                    "",
                    "The above exception was the direct cause of the following exception:",
                    "",
                    "Traceback (most recent call last):",
                    '  File "/project/.meltano/extractors/tap-postgres/venv/bin/tap-postgres", line 8, in <module>',
                    "    sys.exit(TapPostgres.cli())",
                    'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-prod.internal" (10.0.4.20), port 5432 failed: Connection refused',
                    "\tIs the server running on that host and accepting TCP/IP connections?",
                    "",
                    "(Background on this error at: https://sqlalche.me/e/20/e3q8)",
                ],
            )
            t = target_end(t + sec(0.2), tgt, 0, 0, 0)
            finish(t, False, "Extractor")
            return
        schemas = records = states = 0
        t = max(t, tt)
        for s in ["public-audit_log", "public-sessions"]:
            t = sdk(
                t + sec(r.uniform(0.001, 0.01)),
                tap,
                "tap-postgres",
                "INFO",
                "Skipping deselected stream '%s'.",
                f"Skipping deselected stream '{s}'.",
            )
        for s, kind, (lo, hi) in MT_PG_STREAMS:
            t = sdk(
                t + sec(r.uniform(0.05, 0.3)),
                tap,
                "tap-postgres",
                "INFO",
                "Beginning %s sync of '%s'...",
                f"Beginning {kind} sync of '{s}'...",
            )
            t = sdk(
                t + sec(r.uniform(0.05, 0.3)),
                tgt,
                "target-snowflake",
                "INFO",
                "Initializing target sink for stream '%s'...",
                f"Initializing target sink for stream '{s}'...",
            )
            n = r.randint(lo, hi)
            dur = n / r.uniform(2500, 6000) + r.uniform(0.05, 0.4)
            size = 0
            for _ in range(n // 10000):
                size = 10000
                t = sdk(
                    t + sec(dur / max(1, n // 10000)),
                    tgt,
                    "target-snowflake",
                    "INFO",
                    "Target sink for '%s' is full. Current size is '%s'. Draining...",
                    f"Target sink for '{s}' is full. Current size is '{size}'. Draining...",
                )
            t += sec(dur / 3)
            t = metric(
                t,
                tap,
                {
                    "type": "counter",
                    "metric": "record_count",
                    "value": n,
                    "tags": {"stream": s, "context": {}},
                },
            )
            t = metric(
                t + sec(0.001),
                tap,
                {
                    "type": "timer",
                    "metric": "sync_duration",
                    "value": round(dur, 6),
                    "tags": {"stream": s, "context": {}, "status": "succeeded"},
                },
            )
            schemas += 1
            records += n
            states += 1 + n // 10000
        t = target_end(t + sec(r.uniform(0.2, 1.0)), tgt, schemas, records, states)
        for s in pg_state:
            pg_state[s] = t - sec(r.uniform(2, 30))
        t = emit_state(
            t,
            tgt,
            {
                s.replace("public-", "public-"): {
                    "replication_key": "updated_at",
                    "replication_key_value": f"{v:%Y-%m-%dT%H:%M:%S}.{us6(v)}+00:00",
                }
                for s, v in pg_state.items()
            },
        )
        finish(t, True)

    def run_github(t: datetime) -> None:
        job = "prod:tap-github-to-target-snowflake"
        rid = uuid4(r)
        tap = plugin_fields("tap-github", job, rid, True)
        tgt = plugin_fields("target-snowflake", job, rid, False)
        t = M(t, "info", "Environment '%s' is active", "Environment 'prod' is active")
        t += sec(r.uniform(2, 4))
        t = target_start(t, tgt)
        bad = at(9, 0) <= t < at(9, 30)
        records = 0
        for s in MT_GH_STREAMS:
            t = sdk(
                t + sec(r.uniform(0.05, 0.3)),
                tgt,
                "target-snowflake",
                "INFO",
                "Initializing target sink for stream '%s'...",
                f"Initializing target sink for stream '{s}'...",
            )
            for repo in MT_REPOS:
                ctx = {"org": "acme", "repo": repo}
                t = sdk(
                    t + sec(r.uniform(0.05, 0.2)),
                    tap,
                    "tap-github",
                    "INFO",
                    "Beginning %s sync of '%s' with context: %s...",
                    f"Beginning incremental sync of '{s}' with context: {ctx}...",
                )
                pages = r.randint(1, 3)
                n = 0
                for _ in range(pages):
                    tries = 0
                    while bad and tries < 3 and r.random() < 0.5:
                        tries += 1
                        wait = [0.5, 1.2, 3.3][tries - 1] * r.uniform(0.8, 1.2)
                        t = sdk(
                            t + sec(r.uniform(0.3, 1.5)),
                            tap,
                            "root",
                            "ERROR",
                            "Backing off %.1f seconds after %d tries calling function %s with args %s and kwargs %s",
                            f"Backing off {wait:0.1f} seconds after {tries} tries calling function <function RESTStream._request at 0x7f{hexid(r, 10)}> with args (<PreparedRequest [GET]>, {ctx}) and kwargs {{}}",
                        )
                        t += sec(wait)
                    d = r.uniform(0.2, 1.4)
                    t += sec(d)
                    t = metric(
                        t,
                        tap,
                        {
                            "type": "timer",
                            "metric": "http_request_duration",
                            "value": round(d, 6),
                            "tags": {
                                "stream": s,
                                "endpoint": f"/repos/{{org}}/{{repo}}/{s}",
                                "http_status_code": 200,
                                "status": "succeeded",
                                "context": ctx,
                            },
                        },
                    )
                    n += r.randint(0, 100)
                t = metric(
                    t + sec(0.001),
                    tap,
                    {
                        "type": "counter",
                        "metric": "record_count",
                        "value": n,
                        "tags": {"stream": s, "context": ctx},
                    },
                )
                records += n
        t = target_end(t + sec(r.uniform(0.2, 1.0)), tgt, 3, records, 12)
        t = emit_state(
            t,
            tgt,
            {
                s: {
                    "partitions": [
                        {
                            "context": {"org": "acme", "repo": repo},
                            "replication_key": "updated_at",
                            "replication_key_value": f"{t:%Y-%m-%dT%H:%M:%S}Z",
                        }
                        for repo in MT_REPOS[:2]
                    ]
                }
                for s in MT_GH_STREAMS[:1]
            },
        )
        finish(t, True)

    def run_s3(t: datetime) -> None:
        job = "prod:tap-s3-csv-to-target-snowflake"
        rid = uuid4(r)
        tap = plugin_fields("tap-s3-csv", job, rid, True)
        tgt = plugin_fields("target-snowflake", job, rid, False)
        t = M(t, "info", "Environment '%s' is active", "Environment 'prod' is active")
        t += sec(r.uniform(1.5, 3.0))
        t = target_start(t, tgt)
        sf_down = at(10, 38) <= t < at(10, 50)
        records = 0
        for tb in MT_S3_TABLES:
            t = singer(
                t + sec(r.uniform(0.05, 0.3)),
                tap,
                "INFO",
                'Syncing table "%s".',
                f'Syncing table "{tb}".',
            )
            since = t - timedelta(minutes=20)
            t = singer(
                t + sec(r.uniform(0.01, 0.05)),
                tap,
                "INFO",
                "Getting files modified since %s.",
                f"Getting files modified since {since:%Y-%m-%d %H:%M:%S}+00:00.",
            )
            k = r.choice([0, 1, 1, 1, 2])
            t = singer(
                t + sec(r.uniform(0.2, 0.8)),
                tap,
                "INFO",
                "Found %s files to be synced.",
                f"Found {k} files to be synced.",
            )
            n = 0
            for _ in range(k):
                t = singer(
                    t + sec(r.uniform(0.01, 0.05)),
                    tap,
                    "INFO",
                    'Syncing file "%s".',
                    f'Syncing file "exports/{tb}/{tb}_{t:%Y%m%d_%H%M}{r.randint(0, 59):02d}.csv".',
                )
                if tb == "returns" and at(11, 20) <= t < at(11, 25):
                    for _ in range(r.randint(3, 6)):
                        t = singer(
                            t + sec(r.uniform(0.001, 0.01)),
                            tap,
                            "WARNING",
                            "Skipping row %s of file %s: %s columns found, %s expected",
                            f"Skipping row {r.randint(2, 900)} of file exports/{tb}/{tb}_{t:%Y%m%d_%H%M}.csv: {r.choice([7, 9])} columns found, 8 expected",
                        )
                n += r.randint(50, 4000)
                t += sec(n / 8000)
            t = singer(
                t + sec(r.uniform(0.01, 0.05)),
                tap,
                "INFO",
                'Wrote %s records for table "%s".',
                f'Wrote {n} records for table "{tb}".',
            )
            records += n
            if n:
                t = sdk(
                    t + sec(r.uniform(0.05, 0.3)),
                    tgt,
                    "target-snowflake",
                    "INFO",
                    "Initializing target sink for stream '%s'...",
                    f"Initializing target sink for stream '{tb}'...",
                )
        if sf_down and records:
            t = relay_traceback(
                t + sec(r.uniform(30, 60)),
                tgt,
                [
                    "Traceback (most recent call last):",
                    '  File "/project/.meltano/loaders/target-snowflake/venv/lib/python3.11/site-packages/snowflake/connector/connection.py", line 1234, in _authenticate',
                    "    auth.authenticate(",
                    '  File "/project/.meltano/loaders/target-snowflake/venv/lib/python3.11/site-packages/snowflake/connector/network.py", line 1013, in _request_exec_wrapper',
                    "    raise e",
                    "snowflake.connector.errors.OperationalError: 250003 (08001): Failed to get the response. Hanging? method: post, url: https://acme-eu1.snowflakecomputing.com:443/session/v1/login-request?request_id="
                    + uuid4(r)
                    + "&databaseName=RAW&schemaName=S3&warehouse=LOADING&roleName=LOADER",
                ],
            )
            finish(t, False, "Loader")
            return
        t = target_end(t + sec(r.uniform(0.2, 1.0)), tgt, 3, records, 3)
        t = emit_state(
            t, tgt, {tb: {"modified_since": f"{t:%Y-%m-%dT%H:%M:%S}+00:00"} for tb in MT_S3_TABLES}
        )
        finish(t, True)

    t0 = at(6, 0)
    for i in range(36):
        run_postgres(t0 + timedelta(minutes=10 * i) + sec(r.uniform(1, 2.5)))
    for i in range(18):
        run_s3(t0 + timedelta(minutes=20 * i, seconds=r.uniform(62, 64)))
    for i in range(12):
        run_github(t0 + timedelta(minutes=30 * i + 5, seconds=r.uniform(1, 2)))
    return fs.logs(t0)


# ------------------------------------------------------------------------------- apache-hop

HOP_SYNC = [
    # (pipeline, [(transform, input?)], connection)
    (
        "load_orders",
        [
            ("Table input", "db"),
            ("Select values", ""),
            ("Add constants", ""),
            ("Table output", "out"),
        ],
    ),
    (
        "load_customers",
        [("Table input", "db"), ("Stream lookup", ""), ("Insert / update", "out")],
    ),
    (
        "load_stock",
        [("CSV file input", "csv"), ("Filter rows", ""), ("Table output", "out")],
    ),
]
HOP_REPORTS = [
    (
        "report_daily_sales",
        [
            ("Table input", "db"),
            ("Group by", ""),
            ("Sort rows", ""),
            ("Microsoft Excel writer", ""),
        ],
    ),
    ("export_margins", [("Table input", "db"), ("Calculator", ""), ("Text file output", "")]),
]


def apache_hop(r: random.Random) -> list[Log]:
    """A Hop server running two workflows posted by a scheduler (see the module's
    docstring)."""
    fs = Files()
    F = "hop-server.log"

    def H(t: datetime, subject: str, label: str | None, msg: str, error: bool = False) -> datetime:
        parts = msg.split("\n")

        def text(x: datetime) -> list[str]:
            d = f"{x:%Y/%m/%d %H:%M:%S}"
            out = []
            for i, p in enumerate(parts):
                out.append(f"{d} - {subject} - {'ERROR: ' if i == 0 and error else ''}{p}")
            return out

        return fs.add(F, t, label, text, "hop", 1000)

    def start(t: datetime) -> datetime:
        t = H(
            t,
            "HopServer",
            "Installing timer to purge stale objects after %d minutes.",
            "Installing timer to purge stale objects after 60 minutes.",
        )
        return H(
            t + sec(0.4),
            "HopServer",
            "Created listener for webserver @ address : %s:%d",
            "Created listener for webserver @ address : 0.0.0.0:8081",
        )

    done: list[tuple[datetime, str, str, str]] = []

    def pipeline(
        t: datetime, wf: str, name: str, transforms: list, mode: str
    ) -> tuple[datetime, bool]:
        t = H(
            t,
            name,
            "Executing this pipeline using the Local Pipeline Engine with run configuration '%s'",
            "Executing this pipeline using the Local Pipeline Engine with run configuration 'local'",
        )
        t = H(
            t + sec(0.01),
            name,
            "Execution started for pipeline [%s]",
            f"Execution started for pipeline [{name}]",
        )
        start_t = t
        n = r.randint(200, 9000)
        ok = True
        for tr, kind in transforms:
            sub = f"{tr}.0"
            if kind == "out":
                t = H(
                    t + sec(r.uniform(0.05, 0.3)),
                    sub,
                    "Connected to database [%s] (commit=%d)",
                    "Connected to database [dwh] (commit=1000)",
                )
        for tr, kind in transforms:
            sub = f"{tr}.0"
            if kind == "db" and mode == "dbdown":
                t = H(
                    t + sec(r.uniform(0.05, 0.3)),
                    sub,
                    "An error occurred, processing will be stopped: ",
                    "An error occurred, processing will be stopped: \n"
                    "Error occurred while trying to connect to the database\n"
                    "\n"
                    "Error connecting to database: (using class org.postgresql.Driver)\n"
                    "Connection to erp-db.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                    error=True,
                )
                for tr2, _ in transforms:
                    t = H(
                        t + sec(0.001),
                        f"{tr2}.0",
                        "Finished processing (I=%d, O=%d, R=%d, W=%d, U=%d, E=%d)",
                        f"Finished processing (I=0, O=0, R=0, W=0, U=0, E={1 if tr2 == tr else 0})",
                    )
                t = H(t + sec(0.002), name, "Errors detected!", "Errors detected!", error=True)
                ok = False
                break
            if kind == "csv":
                f = f"/data/in/stock/stock_{t:%Y%m%d_%H%M}.csv"
                t = H(t + sec(r.uniform(0.01, 0.1)), sub, "Opening file: %s", f"Opening file: {f}")
                if mode == "badcsv":
                    t = H(
                        t + sec(r.uniform(0.05, 0.2)),
                        sub,
                        "Unexpected error",
                        "Unexpected error\n"
                        f"org.apache.hop.core.exception.HopException: \n"
                        f"Error converting line {r.randint(100, 900)}\n"
                        "\n"
                        "Couldn't parse field [Integer] with value [12,5], format [#] on data row [1].\n"
                        "\n"
                        "\tat org.apache.hop.pipeline.transforms.csvinput.CsvInput.readOneRow(CsvInput.java:812)\n"
                        "\tat org.apache.hop.pipeline.transforms.csvinput.CsvInput.processRow(CsvInput.java:142)\n"
                        "\tat org.apache.hop.pipeline.transform.RunThread.run(RunThread.java:54)\n"
                        "\tat java.base/java.lang.Thread.run(Thread.java:840)",
                        error=True,
                    )
                    for tr2, _ in transforms:
                        t = H(
                            t + sec(0.001),
                            f"{tr2}.0",
                            "Finished processing (I=%d, O=%d, R=%d, W=%d, U=%d, E=%d)",
                            f"Finished processing (I={r.randint(100, 900) if tr2 == tr else 0}, O=0, R=0, W=0, U=0, E={1 if tr2 == tr else 0})",
                        )
                    t = H(t + sec(0.002), name, "Errors detected!", "Errors detected!", error=True)
                    ok = False
                    break
            if kind == "db":
                t = H(
                    t + sec(n / r.uniform(3000, 9000)),
                    sub,
                    "Finished reading query, closing connection.",
                    "Finished reading query, closing connection.",
                )
            i_ = n if kind in ("db", "csv") else 0
            o_ = n if kind == "out" else 0
            rr = 0 if kind in ("db", "csv") else n
            t = H(
                t + sec(r.uniform(0.001, 0.2)),
                sub,
                "Finished processing (I=%d, O=%d, R=%d, W=%d, U=%d, E=%d)",
                f"Finished processing (I={i_}, O={o_}, R={rr}, W={n}, U=0, E=0)",
            )
            if tr == "Filter rows":
                n = int(n * r.uniform(0.85, 0.99))
        dur = (t - start_t).total_seconds() + 0.1
        t = H(
            t + sec(0.005),
            name,
            'Pipeline duration : %s seconds [ %s" ]',
            f'Pipeline duration : {round(dur, 3)} seconds [ {dur:6.3f}" ]',
        )
        t = H(
            t + sec(0.002),
            name,
            "Execution finished on a local pipeline engine with run configuration '%s'",
            "Execution finished on a local pipeline engine with run configuration 'local'",
        )
        return t, ok

    def workflow(t: datetime, wf: str, pipes: list, mode: str) -> None:
        oid = uuid4(r)
        t = H(
            t,
            "HopServer",
            "Workflow '%s' was added to the list with id %s",
            f"Workflow '{wf}' was added to the list with id {oid}",
        )
        t0w = t = H(
            t + sec(r.uniform(0.05, 0.2)),
            wf,
            "Start of workflow execution",
            "Start of workflow execution",
        )
        t = H(t + sec(0.003), wf, "Starting action [%s]", "Starting action [Start]")
        t = H(
            t + sec(0.001),
            wf,
            "Finished action [%s] (result=[%s])",
            "Finished action [Start] (result=[true])",
        )
        ok = True
        for name, transforms in pipes:
            t = H(t + sec(0.003), wf, "Starting action [%s]", f"Starting action [{name}]")
            m = mode if (mode != "badcsv" or name == "load_stock") else ""
            t, ok = pipeline(t + sec(r.uniform(0.05, 0.3)), wf, name, transforms, m)
            t = H(
                t + sec(0.002),
                wf,
                "Finished action [%s] (result=[%s])",
                f"Finished action [{name}] (result=[{'true' if ok else 'false'}])",
            )
            if not ok:
                break
        if ok:
            t = H(t + sec(0.003), wf, "Starting action [%s]", "Starting action [Success]")
            t = H(
                t + sec(0.001),
                wf,
                "Finished action [%s] (result=[%s])",
                "Finished action [Success] (result=[true])",
            )
        t = H(t + sec(0.002), wf, "Workflow execution finished", "Workflow execution finished")
        d = (t - t0w).total_seconds()
        t = H(
            t + sec(0.001),
            wf,
            'Workflow duration : %s seconds [ %s" ]',
            f'Workflow duration : {round(d, 3)} seconds [ {d:6.3f}" ]',
        )
        done.append((t, "workflow", wf, oid))

    t0 = at(6, 0)
    start(t0 + sec(2.1))
    down = [at(11, 0, 3), at(11, 0, 40)]
    for i in range(36):
        t = t0 + timedelta(minutes=10 * i, seconds=r.uniform(5, 8))
        if down[0] <= t < down[1] + sec(10):
            continue
        mode = (
            "dbdown"
            if at(8, 10) <= t < at(8, 24)
            else ("badcsv" if at(10, 15) <= t < at(10, 25) else "")
        )
        workflow(t, "sync_erp", HOP_SYNC, mode)
    for i in range(24):
        t = t0 + timedelta(minutes=15 * i + 2, seconds=r.uniform(5, 8))
        mode = "dbdown" if at(8, 10) <= t < at(8, 24) else ""
        workflow(t, "nightly_reports" if i == 0 else "hourly_reports", HOP_REPORTS, mode)
    # purge: objects finished more than 60 minutes before the timer's minute
    purged: set[str] = set()
    for k in range(1, 360):
        tick = t0 + sec(2.1) + timedelta(minutes=k)
        if down[0] <= tick < down[1]:
            continue
        for te, kind, name, oid in done:
            if oid in purged or te + timedelta(minutes=60) > tick:
                continue
            if te < down[0] <= tick:
                purged.add(oid)  # gone with the restart
                continue
            purged.add(oid)
            H(
                tick + sec(r.uniform(0, 0.05)),
                "HopServer",
                "Cleaned up %s %s with id %s from %s",
                f"Cleaned up {kind} {name} with id {oid} from {te:%Y/%m/%d %H:%M:%S.}{ms(te)}",
            )
    H(down[0], "HopServer", "Shutting down the Hop Server...", "Shutting down the Hop Server...")
    start(down[1])
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- kestra

KS_FLOWS = [
    # (namespace, flow, trigger, minutes between, tasks)
    ("company.sales", "etl_orders", "every_15m", 15, ["extract", "transform", "load", "notify"]),
    ("company.sales", "refresh_dashboards", "hourly", 60, ["refresh", "notify"]),
    ("company.ops", "backup_check", "every_30m", 30, ["check"]),
]
KS_TYPES = {
    "extract": "io.kestra.plugin.jdbc.postgresql.Query",
    "transform": "io.kestra.plugin.scripts.python.Script",
    "load": "io.kestra.plugin.jdbc.snowflake.Query",
    "notify": "io.kestra.plugin.notifications.slack.SlackIncomingWebhook",
    "refresh": "io.kestra.plugin.core.http.Request",
    "check": "io.kestra.plugin.scripts.shell.Commands",
}
KS_EXC_HTTP = [
    "io.micronaut.http.client.exceptions.HttpClientResponseException: Internal Server Error",
    "\tat io.micronaut.http.client.netty.DefaultHttpClient.makeErrorFromRequestBody(DefaultHttpClient.java:2069)",
    "\tat io.micronaut.http.client.netty.DefaultHttpClient$FullHttpResponseHandler.buildResponse(DefaultHttpClient.java:2289)",
    "\tat io.kestra.plugin.notifications.AbstractHttpOptionsTask.run(AbstractHttpOptionsTask.java:97)",
    "\tat io.kestra.core.runners.WorkerThread.run(WorkerThread.java:62)",
]
KS_EXC_DB = [
    "org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2401)",
    "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery(HikariProxyPreparedStatement.java)",
    "\tat io.kestra.jdbc.runner.JdbcQueue.receiveFetch(JdbcQueue.java:318)",
]


def kestra(r: random.Random) -> list[Log]:
    """A Kestra standalone server (executor, scheduler, webserver; text logs) and a worker
    (JSON logs), 06:00 to 12:00 (see the module's docstring for the incidents)."""
    fs = Files()
    TF, JF = "kestra-standalone.log", "kestra-worker.json"

    def T(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str | None,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            TF,
            t,
            label,
            lambda x: [f"{comma_ms(x)} {level:<5} {thread:<12} {logger:<12} {msg}", *(stack or [])],
            "std",
            1000,
        )

    def J(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str | None,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d = {
                "@timestamp": f"{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}Z",
                "@version": "1",
                "message": msg,
                "logger_name": logger,
                "thread_name": thread,
                "level": level,
                "level_value": {"INFO": 20000, "WARN": 30000, "ERROR": 40000, "DEBUG": 10000}[
                    level
                ],
            }
            if stack:
                d["stack_trace"] = "\n".join(stack) + "\n"
            return [json.dumps(d, ensure_ascii=False, separators=(",", ":"))]

        return fs.add(JF, t, label, text, "worker", 1000)

    def startup(t: datetime, writer, cmd: str) -> datetime:
        t = writer(
            t,
            "INFO",
            "main",
            "org.flywaydb.core.FlywayExecutor",
            "Database: %s (%s)",
            "Database: jdbc:postgresql://pg-kestra.internal:5432/kestra (PostgreSQL 15.7)",
        )
        t = writer(
            t + sec(0.05),
            "INFO",
            "main",
            "o.f.core.internal.command.DbValidate",
            "Successfully validated %d migrations (execution time %s)",
            f"Successfully validated 31 migrations (execution time 00:00.{r.randint(20, 60):03d}s)",
        )
        t = writer(
            t + sec(0.01),
            "INFO",
            "main",
            "o.f.core.internal.command.DbMigrate",
            'Current version of schema "%s": %s',
            'Current version of schema "public": 2.11',
        )
        t = writer(
            t + sec(0.004),
            "INFO",
            "main",
            "o.f.core.internal.command.DbMigrate",
            'Schema "%s" is up to date. No migration necessary.',
            'Schema "public" is up to date. No migration necessary.',
        )
        t = writer(
            t + sec(0.7),
            "INFO",
            cmd,
            "io.kestra.cli.AbstractCommand",
            "Starting Kestra with environments %s",
            "Starting Kestra with environments [cli]",
        )
        t = writer(
            t + sec(0.5),
            "INFO",
            cmd,
            "i.kestra.core.plugins.PluginScanner",
            "Registered %d core plugins (scan done in %dms)",
            f"Registered 89 core plugins (scan done in {r.randint(200, 600)}ms)",
        )
        t = writer(
            t + sec(1.5),
            "INFO",
            cmd,
            "i.kestra.core.plugins.PluginScanner",
            "Registered %d plugins from %d groups (scan done in %dms)",
            f"Registered 412 plugins from 38 groups (scan done in {r.randint(2000, 6000)}ms)",
        )
        return t

    t0 = at(6, 0)
    t = startup(t0 + sec(1.2), T, "standalone")
    T(
        t + sec(2.4),
        "INFO",
        "standalone",
        "i.k.c.c.s.StandAloneCommand",
        "Server Running: %s, Management server on port %s",
        "Server Running: http://kestra-1:8080, Management server on port http://kestra-1:8081/health",
    )
    t = startup(t0 + sec(1.8), J, "worker")
    J(
        t + sec(0.9),
        "INFO",
        "worker",
        "io.kestra.cli.commands.servers.WorkerCommand",
        "Worker started with %d thread(s) in group '%s'",
        "Worker started with 8 thread(s) in group 'default'",
    )

    def prefix(
        ns: str,
        flow: str,
        eid: str,
        task: str | None = None,
        date: datetime | None = None,
        trig: str | None = None,
    ) -> str:
        p = f"[namespace: {ns}] [flow: {flow}]"
        if trig:
            p += f" [trigger: {trig}]"
        if task:
            p += f" [task: {task}]"
        if eid:
            p += f" [execution: {eid}]"
        if date:
            p += f" [date: {date:%Y-%m-%dT%H:%M:%S}.{ms(date)}Z]"
        return p + " "

    def dur(d: float) -> str:
        return f"PT{d:.3f}S".replace(".000S", "S") if d < 60 else f"PT{int(d // 60)}M{d % 60:.3f}S"

    def pg_down(x: datetime) -> bool:
        return at(9, 20) <= x < at(9, 21, 30)

    def hook_down(x: datetime) -> bool:
        return at(7, 40) <= x < at(8, 0)

    qthread = ["jdbc-queue-Execution_0", "jdbc-queue-Execution_1"]

    def task(
        t: datetime, ns: str, flow: str, eid: str, tk: str, attempt: int
    ) -> tuple[datetime, bool]:
        typ = KS_TYPES[tk]
        thread = f"WorkerThread-{r.randint(1, 8)}"
        lg = f"flow.{flow}.{tk}"
        t0t = t
        t = J(
            t,
            "INFO",
            thread,
            lg,
            "Type %s started",
            prefix(ns, flow, eid, tk, t) + f"Type {typ.rsplit('.', 1)[1]} started",
        )
        ok = True
        if tk == "extract":
            t = J(
                t + sec(0.01),
                "INFO",
                thread,
                lg,
                "Starting query: %s",
                prefix(ns, flow, eid, tk, t)
                + "Starting query: SELECT * FROM orders WHERE updated_at > '"
                + f"{t - timedelta(minutes=15):%Y-%m-%d %H:%M:%S}'",
            )
            t += sec(r.uniform(0.3, 2.0))
            t = J(
                t,
                "INFO",
                thread,
                lg,
                "Fetched %d rows",
                prefix(ns, flow, eid, tk, t) + f"Fetched {r.randint(20, 900)} rows",
            )
        elif tk == "transform":
            n = r.randint(20, 900)
            t = J(
                t + sec(r.uniform(1.5, 4)),
                "INFO",
                thread,
                lg,
                "Loaded %d rows from %s",
                prefix(ns, flow, eid, tk, t) + f"Loaded {n} rows from orders.parquet",
            )
            if at(10, 30) <= t < at(10, 50):
                tb = [
                    ("Traceback (most recent call last):", "Traceback (most recent call last):"),
                    (
                        '  File "%s", line %d, in %s',
                        '  File "/tmp/kestra-wd/tmp/5hXfD2/main.py", line 27, in <module>',
                    ),
                    ("    %s", '    df["amount"] = df["amount"].astype(float)'),
                    (
                        '  File "%s", line %d, in %s',
                        '  File "/usr/local/lib/python3.11/site-packages/pandas/core/generic.py", line 6643, in astype',
                    ),
                    (
                        "    %s",
                        "    new_data = self._mgr.astype(dtype=dtype, copy=copy, errors=errors)",
                    ),
                    (
                        "ValueError: could not convert string to float: '%s'",
                        f"ValueError: could not convert string to float: '{r.choice(['12,50', 'n/a', '1.299,00'])}'",
                    ),
                ]
                for lbl, line in tb:
                    t = J(
                        t + sec(0.001), "WARN", thread, lg, lbl, prefix(ns, flow, eid, tk, t) + line
                    )
                t = J(
                    t + sec(0.01),
                    "ERROR",
                    thread,
                    lg,
                    "Command failed with exit code %d",
                    prefix(ns, flow, eid, tk, t) + "Command failed with exit code 1",
                    [
                        "io.kestra.core.models.tasks.runners.TaskException: Command failed with exit code 1",
                        "\tat io.kestra.plugin.scripts.exec.scripts.runners.CommandsWrapper.run(CommandsWrapper.java:160)",
                        "\tat io.kestra.plugin.scripts.python.Script.run(Script.java:118)",
                        "\tat io.kestra.core.runners.WorkerThread.run(WorkerThread.java:62)",
                    ],
                )
                ok = False
            else:
                t = J(
                    t + sec(r.uniform(0.2, 1.0)),
                    "INFO",
                    thread,
                    lg,
                    "Wrote %d rows to %s",
                    prefix(ns, flow, eid, tk, t) + f"Wrote {n} rows to orders_clean.parquet",
                )
        elif tk == "load":
            t = J(
                t + sec(0.01),
                "INFO",
                thread,
                lg,
                "Starting query: %s",
                prefix(ns, flow, eid, tk, t)
                + "Starting query: COPY INTO RAW.SALES.ORDERS FROM @KESTRA_STAGE/orders_clean.parquet FILE_FORMAT = (TYPE = PARQUET)",
            )
            t += sec(r.uniform(1, 4))
        elif tk in ("notify", "refresh"):
            t += sec(r.uniform(0.2, 0.8))
            if tk == "notify" and hook_down(t):
                t = J(
                    t,
                    "ERROR",
                    thread,
                    lg,
                    "Internal Server Error",
                    prefix(ns, flow, eid, tk, t) + "Internal Server Error",
                    KS_EXC_HTTP,
                )
                ok = False
            elif tk == "refresh":
                t = J(
                    t,
                    "INFO",
                    thread,
                    lg,
                    "Request '%s' with response code '%d'",
                    prefix(ns, flow, eid, tk, t)
                    + "Request 'https://bi.internal/api/refresh/sales' with response code '200'",
                )
        elif tk == "check":
            for db in ["pg-prod", "pg-kestra", "mysql-crm"]:
                t = J(
                    t + sec(r.uniform(0.1, 0.5)),
                    "INFO",
                    thread,
                    lg,
                    "latest backup of %s: %s (%s old)",
                    prefix(ns, flow, eid, tk, t)
                    + f"latest backup of {db}: s3://acme-backups/{db}/{t:%Y%m%d}T0{r.randint(0, 5)}0000Z.tar.zst ({r.randint(1, 6)}h{r.randint(0, 59):02d}m old)",
                )
        state = "SUCCESS" if ok else "FAILED"
        t = J(
            t + sec(0.01),
            "INFO",
            thread,
            lg,
            "Type %s with state %s completed in %s",
            prefix(ns, flow, eid, tk, t)
            + f"Type {typ.rsplit('.', 1)[1]} with state {state} completed in {dur((t - t0t).total_seconds())}",
        )
        return t, ok

    def execution(t: datetime, ns: str, flow: str, trig: str, tasks: list[str]) -> None:
        eid = alnum(r, 22)
        t = T(
            t,
            "INFO",
            "scheduler",
            f"flow.{flow}",
            "Scheduled execution %s at '%s' started",
            prefix(ns, flow, "", None, t, trig)
            + f"Scheduled execution {eid} at '{t.replace(second=0, microsecond=0):%Y-%m-%dT%H:%M}Z' started",
        )
        ts = t
        t = T(
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            r.choice(qthread),
            f"flow.{flow}",
            "Flow started",
            prefix(ns, flow, eid) + "Flow started",
        )
        state = "SUCCESS"
        for tk in tasks:
            t += sec(r.uniform(0.05, 0.3))
            if pg_down(t):
                t = at(9, 21, 30) + sec(r.uniform(1, 5))
            t, ok = task(t, ns, flow, eid, tk, 1)
            if not ok and tk == "notify":
                for a in (2, 3):
                    t += sec(30 * (a - 1))
                    t, ok = task(t, ns, flow, eid, tk, a)
                    if ok:
                        break
            if not ok:
                state = "FAILED"
                break
        t = T(
            t + sec(r.uniform(0.05, 0.3)),
            "INFO" if state == "SUCCESS" else "WARN",
            r.choice(qthread),
            f"flow.{flow}",
            "Flow completed with state %s in %s",
            prefix(ns, flow, eid)
            + f"Flow completed with state {state} in {dur((t - ts).total_seconds())}",
        )

    for ns, flow, trig, every, tasks in KS_FLOWS:
        for k in range(360 // every):
            t = (
                t0
                + timedelta(minutes=every * k + (1 if every == 60 else 0))
                + sec(r.uniform(0.2, 1.5))
            )
            if t < t0 + sec(15):
                continue
            execution(t, ns, flow, trig, tasks)
    # webhook-triggered flow: hundreds of small executions from an upstream system
    for t in poisson(r, t0 + sec(120), at(12, 0) - sec(60), 55):
        ns, flow = "company.crm", "on_new_lead"
        eid = alnum(r, 22)
        t = T(
            t,
            "INFO",
            r.choice(qthread),
            f"flow.{flow}",
            "Flow started",
            prefix(ns, flow, eid) + "Flow started",
        )
        t1, _ = task(t + sec(0.1), ns, flow, eid, "refresh", 1)
        T(
            t1 + sec(0.05),
            "INFO",
            r.choice(qthread),
            f"flow.{flow}",
            "Flow completed with state %s in %s",
            prefix(ns, flow, eid)
            + f"Flow completed with state SUCCESS in {dur((t1 - t).total_seconds() + 0.1)}",
        )
    # PostgreSQL restarted: HikariCP in both
    for writer, thr in ((T, "jdbc-queue-Execution_0"), (J, "WorkerThread-3")):
        t = at(9, 20, 1) + sec(r.uniform(0, 0.5))
        for _ in range(r.randint(3, 5)):
            t = writer(
                t + sec(r.uniform(0.01, 0.3)),
                "WARN",
                thr,
                "com.zaxxer.hikari.pool.PoolBase",
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                f"HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{hexid(r, 8)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
            )
        for _ in range(r.randint(2, 4)):
            t = writer(
                t + sec(r.uniform(2, 10)),
                "ERROR",
                thr,
                "io.kestra.jdbc.runner.JdbcQueue",
                "Error while receiving messages",
                "Error while receiving messages",
                KS_EXC_DB,
            )
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- mage-ai

MG_PIPELINES = {
    "orders_etl": ["load_orders", "clean_orders", "export_orders_to_bq"],
    "marketing_sync": ["load_hubspot_contacts", "dedupe_contacts", "export_contacts"],
    "hourly_metrics": ["load_events", "aggregate_metrics", "export_metrics"],
}
MG_ROUTES = [
    ("GET", "/api/pipelines?_limit=30&_offset=0&include_schedules=1", 200, (8, 60)),
    ("GET", "/api/pipeline_runs?_limit=20&_offset=0&pipeline_uuid={p}", 200, (10, 90)),
    ("GET", "/api/pipeline_schedules?pipeline_uuid={p}", 200, (5, 40)),
    ("GET", "/api/pipelines/{p}?includes_content=true&includes_outputs=true", 200, (20, 180)),
    ("GET", "/api/statuses?_format=with_activity_details", 200, (3, 25)),
    ("GET", "/api/kernels", 200, (2, 12)),
    ("GET", "/api/block_runs?pipeline_run_id={n}", 200, (6, 50)),
    ("PUT", "/api/pipelines/{p}", 200, (40, 300)),
    ("GET", "/api/pipelines/{p}/blocks/old_block", 404, (2, 10)),
    ("GET", "/api/status", 304, (1, 5)),
]


def mage_route(uri: str) -> str:
    """A request's route as the set labels one: a number and a pipeline's uuid in its path
    variables (`/api/pipelines/<*>`), its query's keys kept with their values as variables."""
    path, _, query = uri.partition("?")
    path = "/".join(
        "<*>" if part.isdigit() or part in MG_PIPELINES else part for part in path.split("/")
    )
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def mage_ai(r: random.Random) -> list[Log]:
    """A Mage server with its scheduler and a UI open in a browser, 06:00 to 12:00 (see the
    module's docstring for the incidents)."""
    fs = Files()
    F = "mage-server.log"
    UI = "172.18.0.1"

    def W(t: datetime, label: str | None, line: str, cont: list[str] | None = None) -> datetime:
        def text(x: datetime) -> list[str]:
            d = f"{x:%Y-%m-%dT%H:%M:%S}.{us6(x)}{r.randint(0, 999):03d}Z"
            return [f"{d} {line}", *[f"{d} {c}" for c in (cont or [])]]

        return fs.add(F, t, label, text, "mage", 1)

    def L(
        t: datetime,
        level: str,
        logger: str,
        label: str | None,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return W(t, label, f"{level}:{logger}:{msg}", cont)

    def start(t: datetime) -> datetime:
        t = W(t, "Checking port %s...", "Checking port 6789...")
        t = W(
            t + sec(1.8),
            "Mage is running at http://%s:%s and serving project %s",
            "Mage is running at http://localhost:6789 and serving project /home/src/default_repo",
        )
        t = L(
            t + sec(0.2),
            "INFO",
            "alembic.runtime.migration",
            "Context impl %s.",
            "Context impl SQLiteImpl.",
        )
        t = L(
            t + sec(0.001),
            "INFO",
            "alembic.runtime.migration",
            "Will assume non-transactional DDL.",
            "Will assume non-transactional DDL.",
        )
        t = L(
            t + sec(0.4),
            "INFO",
            "mage_ai.server.server",
            "Initializing project with name %s...",
            "Initializing project with name default_repo...",
        )
        t = L(
            t + sec(2.2),
            "INFO",
            "mage_ai.server.scheduler_manager",
            "Scheduler status: %s.",
            "Scheduler status: running.",
        )
        return t

    def db_locked(x: datetime) -> bool:
        return at(8, 50) <= x < at(8, 55)

    t0 = at(6, 0)
    stop = (at(11, 30, 2), at(11, 30, 31))
    start(t0 + sec(3))
    L(
        stop[0],
        "INFO",
        "mage_ai.server.scheduler_manager",
        "Scheduler status: %s.",
        "Scheduler status: stopped.",
    )
    start(stop[1])

    def access(t: datetime, method: str, uri: str, status: int, lo: float, hi: float) -> None:
        level = "INFO" if status < 400 else ("WARNING" if status < 500 else "ERROR")
        L(
            t,
            level,
            "tornado.access",
            # Labelled by method, route and status, as the set's tornado lines are (round
            # 115's, after uvicorn's: ids in the route and a query's values variables).
            f"{status} {method} {mage_route(uri)} (%s) %.2fms",
            f"{status} {method} {uri} ({UI}) {r.uniform(lo, hi):.2f}ms",
        )

    # the browser: polling while the UI is open (07:00-10:30)
    for t in poisson(r, at(7, 0), at(10, 30), 7.5):
        if stop[0] <= t < stop[1]:
            continue
        m, u, st, (lo, hi) = r.choices(MG_ROUTES, [10, 25, 6, 5, 20, 8, 10, 1.2, 0.6, 6])[0]
        u = u.replace("{p}", r.choice(list(MG_PIPELINES))).replace("{n}", str(r.randint(100, 999)))
        if db_locked(t) and "pipeline_runs" in u:
            L(
                t,
                "ERROR",
                "tornado.application",
                "Uncaught exception %s\\n%r",
                f"Uncaught exception GET {u} ({UI})",
                [
                    f"HTTPServerRequest(protocol='http', host='localhost:6789', method='GET', uri='{u}', version='HTTP/1.1', remote_ip='{UI}')",
                    "Traceback (most recent call last):",
                    '  File "/usr/local/lib/python3.10/site-packages/tornado/web.py", line 1790, in _execute',
                    "    result = await result",
                    '  File "/home/src/mage_ai/server/api/base.py", line 93, in get',
                    "    result = await BaseHandler.get(self, resource, pk, **kwargs)",
                    "sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) database is locked",
                    "(Background on this error at: https://sqlalche.me/e/14/e3q8)",
                ],
            )
            access(t + sec(0.002), m, u, 500, 5000, 5100)
            continue
        access(t, m, u, st, lo, hi)
    # websocket connections of the UI
    for t in poisson(r, at(7, 0), at(10, 30), 600):
        access(t, "GET", "/websocket/", 101, 0.4, 1.5)
    # the scheduler: pipeline runs
    sched = "mage_ai.orchestration.pipeline_scheduler_original"
    run_id = [412]
    every = {"orders_etl": 10, "marketing_sync": 30, "hourly_metrics": 60}
    runs = sorted(
        (t0 + timedelta(minutes=mins * k) + sec(r.uniform(5, 20)), p)
        for p, mins in every.items()
        for k in range(360 // mins)
    )
    for t, p in runs:
        if True:
            if stop[0] - sec(5) <= t < stop[1] + sec(30):
                continue
            run_id[0] += 1
            rid = run_id[0]
            if db_locked(t):
                L(
                    t,
                    "ERROR",
                    sched,
                    "Failed to schedule pipeline %s",
                    f"Failed to schedule pipeline {p}",
                    [
                        "Traceback (most recent call last):",
                        '  File "/home/src/mage_ai/orchestration/pipeline_scheduler_original.py", line 1436, in schedule_all',
                        "    pipeline_run = PipelineRun.create(**payload)",
                        '  File "/usr/local/lib/python3.10/site-packages/sqlalchemy/engine/default.py", line 736, in do_execute',
                        "    cursor.execute(statement, parameters)",
                        "sqlite3.OperationalError: database is locked",
                    ],
                )
                continue
            t = L(
                t,
                "INFO",
                sched,
                "Created pipeline run %d for pipeline %s",
                f"Created pipeline run {rid} for pipeline {p}",
            )
            t = L(
                t + sec(0.3),
                "INFO",
                sched,
                "Start a pipeline run %d",
                f"Start a pipeline run {rid}",
            )
            ok = True
            for b in MG_PIPELINES[p]:
                t = L(
                    t + sec(r.uniform(0.5, 2)),
                    "INFO",
                    "mage_ai.data_preparation.executors.block_executor",
                    "[%s] [%s] Start executing block with %s.",
                    f"[{p}] [{b}] Start executing block with BlockExecutor.",
                )
                t += sec(r.uniform(1, 15))
                if b == "clean_orders" and at(10, 5) <= t < at(10, 25):
                    t = L(
                        t,
                        "ERROR",
                        "mage_ai.data_preparation.executors.block_executor",
                        "[%s] [%s] Failed to execute block %s",
                        f"[{p}] [{b}] Failed to execute block {b}",
                        [
                            "Traceback (most recent call last):",
                            '  File "/home/src/mage_ai/data_preparation/executors/block_executor.py", line 1022, in execute',
                            "    output = self.block.execute_sync(",
                            '  File "/home/src/default_repo/transformers/clean_orders.py", line 14, in transform',
                            "    df['total'] = df['quantity'] * df['unit_price']",
                            "TypeError: can't multiply sequence by non-int of type 'float'",
                        ],
                    )
                    t = L(
                        t + sec(0.01),
                        "INFO",
                        sched,
                        "Retry block run %s for pipeline run %d (attempt %d of %d)",
                        f"Retry block run {b} for pipeline run {rid} (attempt 2 of 2)",
                    )
                    t = L(
                        t + sec(30),
                        "ERROR",
                        "mage_ai.data_preparation.executors.block_executor",
                        "[%s] [%s] Failed to execute block %s",
                        f"[{p}] [{b}] Failed to execute block {b}",
                        [
                            "Traceback (most recent call last):",
                            '  File "/home/src/default_repo/transformers/clean_orders.py", line 14, in transform',
                            "    df['total'] = df['quantity'] * df['unit_price']",
                            "TypeError: can't multiply sequence by non-int of type 'float'",
                        ],
                    )
                    ok = False
                    break
                t = L(
                    t,
                    "INFO",
                    "mage_ai.data_preparation.executors.block_executor",
                    "[%s] [%s] Finish executing block with %s.",
                    f"[{p}] [{b}] Finish executing block with BlockExecutor.",
                )
            t = L(
                t + sec(r.uniform(0.5, 3)),
                "INFO",
                sched,
                f"Pipeline run %d for pipeline %s {'completed' if ok else 'failed'}",
                f"Pipeline run {rid} for pipeline {p} {'completed' if ok else 'failed'}",
            )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- seatunnel

ST_NODES = {"node1": "10.0.3.11", "node2": "10.0.3.12"}


def seatunnel(r: random.Random) -> list[Log]:
    """A two-node SeaTunnel (Zeta) cluster, 06:00 to 12:00 (see the module's docstring)."""
    fs = Files()
    members = {"node1": uuid4(r), "node2": uuid4(r)}

    def S(
        node: str,
        t: datetime,
        level: str,
        logger: str,
        thread: str,
        label: str | None,
        msg: str,
        hz: bool = True,
        cont: list[str] | None = None,
    ) -> datetime:
        lg = logger[-30:]
        pre = f"[{ST_NODES[node]}]:5801 [seatunnel] [5.1] " if hz else ""
        parts = (pre + msg).split("\n")

        def text(x: datetime) -> list[str]:
            return [
                f"{comma_ms(x)} {level:<5} [{lg:<30}] [{thread}] - {parts[0]}",
                *parts[1:],
                *(cont or []),
            ]

        return fs.add(f"seatunnel-{node}.log", t, label, text, node, 1000)

    def member_list(ver: int, up: list[str], me: str) -> str:
        rows = "\n".join(
            f"\tMember [{ST_NODES[n]}]:5801 - {members[n]}{' this' if n == me else ''}" for n in up
        )
        return f"\n\nMembers {{size:{len(up)}, ver:{ver}}} [\n{rows}\n]\n"

    def start(node: str, t: datetime, up: list[str], ver: int) -> datetime:
        a = f"[{ST_NODES[node]}]:5801"
        t = S(
            node,
            t,
            "INFO",
            "c.h.i.c.AbstractConfigLocator",
            "main",
            "Loading configuration '%s' from System property '%s'",
            "Loading configuration '/opt/seatunnel/config/hazelcast.yaml' from System property 'hazelcast.config'",
            hz=False,
        )
        t = S(
            node,
            t + sec(0.6),
            "INFO",
            "c.h.system",
            "main",
            "Hazelcast Platform %s (%s) starting at %s",
            f"Hazelcast Platform 5.1 (20220228 - 21f20e7) starting at {a}",
        )
        t = S(
            node,
            t + sec(0.01),
            "INFO",
            "c.h.system",
            "main",
            "Cluster name: %s",
            "Cluster name: seatunnel",
        )
        t = S(
            node,
            t + sec(0.4),
            "INFO",
            "c.h.c.LifecycleService",
            "main",
            "%s is %s",
            f"{a} is STARTING",
        )
        t = S(
            node,
            t + sec(r.uniform(1, 3)),
            "INFO",
            "c.h.i.c.ClusterService",
            "hz.main.generic-operation.thread-0",
            "\\n\\nMembers {size:%d, ver:%d} [\\n%s\\n]\\n",
            member_list(ver, up, node),
        )
        t = S(
            node,
            t + sec(0.3),
            "INFO",
            "c.h.c.LifecycleService",
            "main",
            "%s is %s",
            f"{a} is STARTED",
        )
        t = S(
            node,
            t + sec(0.2),
            "INFO",
            "o.a.s.e.s.SeaTunnelServer",
            "main",
            "SeaTunnel server start success, node address: %s",
            f"SeaTunnel server start success, node address: {a}",
        )
        return t

    t0 = at(6, 0)
    start("node1", t0 + sec(1), ["node1"], 1)
    start("node2", t0 + sec(4), ["node1", "node2"], 2)
    S(
        "node1",
        t0 + sec(8.5),
        "INFO",
        "c.h.i.c.ClusterService",
        "hz.main.priority-generic-operation.thread-0",
        "\\n\\nMembers {size:%d, ver:%d} [\\n%s\\n]\\n",
        member_list(2, ["node1", "node2"], "node1"),
    )
    node2_down = (at(10, 0, 2), at(10, 1, 10))

    def jid() -> int:
        return 8_600_000_000_000_000 + r.randint(0, 99_999_999_999)

    CM = "o.a.s.e.s.c.CheckpointCoordinator"
    JM = "o.a.s.e.s.m.JobMaster"
    PV = "o.a.s.e.s.d.p.PhysicalVertex"
    SP = "o.a.s.e.s.d.p.SubPlan"
    CS = "o.a.s.e.s.CoordinatorService"
    TE = "o.a.s.e.s.TaskExecutionService"

    def state(
        node: str, t: datetime, what: str, a: str, b: str, task: str | None = None
    ) -> datetime:
        if task:
            return S(
                node,
                t,
                "INFO",
                PV,
                f"hz.main.seaTunnel.task.thread-{r.randint(1, 16)}",
                "%s, Pipeline: [(%d/%d)], task: [%s] turned from state %s to %s.",
                f"{what}, Pipeline: [(1/1)], task: [{task}] turned from state {a} to {b}.",
            )
        if what.endswith("]"):
            return S(
                node,
                t,
                "INFO",
                SP,
                "hz.main.seaTunnel.task.thread-2",
                "%s, Pipeline: [(%d/%d)] turned from state %s to %s.",
                f"{what.rsplit(', Pipeline', 1)[0]}, Pipeline: [(1/1)] turned from state {a} to {b}.",
            )
        return S(
            node,
            t,
            "INFO",
            JM,
            "hz.main.seaTunnel.task.thread-2",
            "%s turned from state %s to %s.",
            f"{what} turned from state {a} to {b}.",
        )

    def submit(t: datetime, name: str, tasks: list[tuple[str, str]]) -> tuple[datetime, int, str]:
        j = jid()
        full = f"Job {name} ({j})"
        t = S(
            "node1",
            t,
            "INFO",
            CS,
            "hz.main.generic-operation.thread-3",
            "received new job: %s (%d)",
            f"received new job: {name} ({j})",
        )
        for a, b in [("CREATED", "SCHEDULED"), ("SCHEDULED", "RUNNING")]:
            t = state("node1", t + sec(r.uniform(0.01, 0.1)), full, a, b)
            t = state("node1", t + sec(0.003), full + ", Pipeline: [(1/1)]", a, b)
        for _node, tk in tasks:
            for a, b in [("CREATED", "DEPLOYING"), ("DEPLOYING", "RUNNING")]:
                t = state("node1", t + sec(r.uniform(0.005, 0.05)), full, a, b, tk)
        return t, j, full

    # the CDC job, running all morning
    cdc_tasks = [
        ("node1", "pipeline-1 [Source[0]-MySQL-CDC-crm]-SplitEnumerator (1/1)"),
        ("node2", "pipeline-1 [Source[0]-MySQL-CDC-crm]-SourceTask (1/2)"),
        ("node1", "pipeline-1 [Source[0]-MySQL-CDC-crm]-SourceTask (2/2)"),
        ("node1", "pipeline-1 [Sink[0]-Jdbc-dwh]-SinkTask (1/1)"),
    ]
    t, cdc, cdc_full = submit(t0 + sec(40), "crm_cdc_to_dwh", cdc_tasks)
    ck = 0
    restored = False
    for k in range(int((at(12, 0) - t).total_seconds() // 30)):
        tc = t + sec(30 * (k + 1) + r.uniform(0, 0.4))
        if at(8, 40) <= tc < at(8, 46, 30) or node2_down[0] <= tc < node2_down[1] + sec(20):
            continue
        ck += 1
        S(
            "node1",
            tc,
            "INFO",
            CM,
            "hz.main.seaTunnel.task.thread-7",
            "pending checkpoint(%d/%d@%d) notify finished!",
            f"pending checkpoint({ck}/1@{cdc}) notify finished!",
        )
        S(
            "node1",
            tc + sec(0.002),
            "INFO",
            CM,
            "hz.main.seaTunnel.task.thread-7",
            "start notify checkpoint completed, job id: %d, pipeline id: %d, checkpoint id:%d",
            f"start notify checkpoint completed, job id: {cdc}, pipeline id: 1, checkpoint id:{ck}",
        )
        if not restored and tc >= at(8, 46, 30):
            restored = True
    # MySQL down 08:40: the CDC source fails, the pipeline is restored from the checkpoint
    tf = at(8, 40, 7)
    exc = [
        "org.apache.seatunnel.connectors.cdc.base.source.reader.external.FetchTaskException: com.github.shyiko.mysql.binlog.network.ServerException: Lost connection to MySQL server during query",
        "\tat org.apache.seatunnel.connectors.cdc.base.source.reader.IncrementalSourceSplitReader.fetch(IncrementalSourceSplitReader.java:74)",
        "\tat org.apache.seatunnel.connectors.seatunnel.common.source.reader.fetcher.FetchTask.run(FetchTask.java:54)",
        "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
        "\tat java.lang.Thread.run(Thread.java:750)",
        "Caused by: java.io.EOFException: null",
        "\tat com.github.shyiko.mysql.binlog.io.ByteArrayInputStream.read(ByteArrayInputStream.java:209)",
        "\t... 8 more",
    ]
    for gid, (node, _tk) in enumerate(cdc_tasks[1:3], 2):
        tgl = f"TaskGroupLocation{{jobId={cdc}, pipelineId=1, taskGroupId={gid}}}"
        tf = S(
            node,
            tf + sec(r.uniform(0.01, 0.3)),
            "ERROR",
            TE,
            f"BlockingWorker-{tgl}",
            "%s end with state %s and Exception: %s",
            f"{tgl} end with state FAILED and Exception: {exc[0]}",
            hz=False,
            cont=exc[1:],
        )
    for _node, tk in cdc_tasks:
        tf = state(
            "node1",
            tf + sec(0.01),
            cdc_full,
            "RUNNING",
            "FAILED" if "SourceTask" in tk else "CANCELED",
            tk,
        )
    tf = state("node1", tf + sec(0.01), cdc_full + ", Pipeline: [(1/1)]", "RUNNING", "FAILED")
    for k in range(3):
        tf = S(
            "node1",
            tf + sec(60 * (k + 1) + r.uniform(0, 1)),
            "INFO",
            SP,
            "hz.main.seaTunnel.task.thread-2",
            "%s, Pipeline: [(%d/%d)] restore from checkpoint %d (attempt %d)",
            f"{cdc_full}, Pipeline: [(1/1)] restore from checkpoint {ck} (attempt {k + 1})",
        )
        if k < 2:
            tf = S(
                "node1",
                tf + sec(r.uniform(5, 10)),
                "WARN",
                SP,
                "hz.main.seaTunnel.task.thread-2",
                "%s, Pipeline: [(%d/%d)] restore failed: Communications link failure",
                f"{cdc_full}, Pipeline: [(1/1)] restore failed: Communications link failure",
            )
    for _node, tk in cdc_tasks:
        for a, b in [("CREATED", "DEPLOYING"), ("DEPLOYING", "RUNNING")]:
            tf = state("node1", tf + sec(r.uniform(0.005, 0.05)), cdc_full, a, b, tk)
    # batch jobs every 15 minutes
    for k in range(1, 36):
        tb = t0 + timedelta(minutes=10 * k) + sec(r.uniform(2, 6))
        if node2_down[0] - sec(60) <= tb < node2_down[1] + sec(10):
            continue
        name = r.choice(["orders_to_s3", "sessions_to_clickhouse"])
        tasks = [
            ("node1", f"pipeline-1 [Source[0]-Jdbc-{name.split('_')[0]}]-SplitEnumerator (1/1)"),
            ("node2", f"pipeline-1 [Source[0]-Jdbc-{name.split('_')[0]}]-SourceTask (1/1)"),
            (
                "node2",
                f"pipeline-1 [Sink[0]-{'S3File' if 's3' in name else 'Clickhouse'}-{name.split('_')[-1]}]-SinkTask (1/1)",
            ),
        ]
        tb, _j, full = submit(tb, name, tasks)
        tb += sec(r.uniform(5, 40))
        for _node, tk in tasks:
            tb = state("node1", tb + sec(r.uniform(0.01, 0.1)), full, "RUNNING", "FINISHED", tk)
        tb = state("node1", tb + sec(0.01), full + ", Pipeline: [(1/1)]", "RUNNING", "FINISHED")
        tb = state("node1", tb + sec(0.01), full, "RUNNING", "FINISHED")
        S(
            "node1",
            tb + sec(0.002),
            "INFO",
            JM,
            "hz.main.seaTunnel.task.thread-2",
            "Job %s end with state %s",
            f"{full} end with state FINISHED",
        )
    # node2 restarted at 10:00
    S(
        "node1",
        node2_down[0] + sec(0.3),
        "INFO",
        "c.h.i.s.t.TcpServerConnection",
        "hz.main.IO.thread-in-1",
        "%s closed. Reason: %s",
        f"Connection[id=3, /10.0.3.11:5801->/10.0.3.12:{r.randint(40000, 60000)}, qualifier=null, endpoint=[10.0.3.12]:5801, alive=false, connectionType=MEMBER, planeIndex=0] closed. Reason: Connection closed by the other side",
    )
    S(
        "node1",
        node2_down[0] + sec(0.5),
        "INFO",
        "c.h.i.c.ClusterService",
        "hz.main.priority-generic-operation.thread-0",
        "\\n\\nMembers {size:%d, ver:%d} [\\n%s\\n]\\n",
        member_list(3, ["node1"], "node1"),
    )
    S(
        "node2",
        node2_down[0],
        "INFO",
        "c.h.c.LifecycleService",
        "hz.ShutdownThread",
        "%s is %s",
        "[10.0.3.12]:5801 is SHUTTING_DOWN",
    )
    S(
        "node2",
        node2_down[0] + sec(0.9),
        "INFO",
        "c.h.c.LifecycleService",
        "hz.ShutdownThread",
        "%s is %s",
        "[10.0.3.12]:5801 is SHUTDOWN",
    )
    members["node2"] = uuid4(r)
    tn = start("node2", node2_down[1], ["node1", "node2"], 4)
    S(
        "node1",
        tn - sec(0.4),
        "INFO",
        "c.h.i.c.ClusterService",
        "hz.main.priority-generic-operation.thread-0",
        "\\n\\nMembers {size:%d, ver:%d} [\\n%s\\n]\\n",
        member_list(4, ["node1", "node2"], "node1"),
    )
    return fs.logs(t0)


SYSTEMS = {
    "meltano": meltano,
    "apache-hop": apache_hop,
    "kestra": kestra,
    "mage-ai": mage_ai,
    "seatunnel": seatunnel,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
