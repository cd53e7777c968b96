#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 65 (mlflow, vllm, ollama, triton, dagster) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (tracebacks, tables, a message's later lines) have
no label. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock). Five model-serving and ML-platform logs:

- MLflow 2.12 tracking server (`mlflow-1.log`, `mlflow-2.log`: two replicas' stdout/stderr,
  gunicorn's `[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] ` lines and its access log (the default
  `%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"`), MLflow's own `%(asctime)s
  %(levelname)s %(name)s: %(message)s` lines, alembic's `%(levelname)-5.5s [%(name)s] `):
  start-up with a schema migration, training jobs creating runs and logging metrics and
  artifacts, the UI, a PostgreSQL failover (Flask's `Exception on %s [%s]` with sqlalchemy's
  traceback, 500s), a replica restarted during it (`SQLAlchemy engine could not be created`),
  a large artifact upload timing out a worker.
- vLLM 0.6.3 OpenAI server (`vllm-a100-0.log`: Llama 3.1 8B with request logging;
  `vllm-h100-1.log`: 70B with tensor parallelism 2, `--disable-log-requests`, prefix caching):
  `%(levelname)s %(asctime)s %(filename)s:%(lineno)d] ` with `%m-%d %H:%M:%S`, a multi-line
  message's later lines prefixed with the same head (its NewLineFormatter), the worker
  processes' `(VllmWorkerProcess pid=N) ` in front, tqdm's shard progress, uvicorn's
  `INFO:     ` lines and access lines, the metrics line every few seconds, preemptions,
  a CUDA out-of-memory crash of the engine (twice) and the pod restarting.
- Ollama 0.1.41 (`ollama-ws1.log`, `ollama-ws2.log`: `ollama serve`'s stderr): slog's
  `time=... level=INFO source=server.go:123 msg="..."` with attributes, gin's `[GIN] ` access
  lines with padded columns, the llama.cpp runner's `llama_model_loader:` / `llm_load_print_meta:`
  / `llm_load_tensors:` / `llama_new_context_with_model:` lines with padded keys and its
  `INFO [main] ... | key=value` lines, model pulls with retried parts, a model too large
  for the GPU (CUDA out of memory, the runner aborted).
- NVIDIA Triton Inference Server 23.05 (`triton-0.log`, `triton-1.log`): glog's `I0604
  06:00:02.123456 1 file.cc:123] `, the start-up tables (repository agents, backends,
  models, options) written under an empty head, models loaded and unloaded through the
  repository API, failing loads (an input mismatch, ONNX Runtime out of memory), a Python
  model's errors with its `At:` lines, the power-usage warning every few seconds, triton-1 at
  `--log-verbose=1` (per request: HTTP, state changes, executions, responses), a shutdown.
- Dagster 1.7 (`dagster-daemon.log`, `dagster-webserver.log`, `dagster-code-analytics.log`):
  `%(asctime)s - %(name)s - %(levelname)s - %(message)s` with `%Y-%m-%d %H:%M:%S %z`;
  the daemons' ticks (schedules, sensors, the run queue, monitoring), runs' structured event
  lines (`dagster - DEBUG - job - run_id - pid - step - EVENT_TYPE - msg`) in the code server's
  output, ops' own lines, a warehouse outage (step failures with their chained errors, retries,
  runs failed), a sensor's API down, the storage database restarting (`Caught error:`), the code
  server redeployed (`Could not load location`), uvicorn's access lines.

Label notes. The rules of rounds 51 to 63 hold. gunicorn's `[pid] [LEVEL]`, MLflow's level and
logger name, alembic's level and name, vLLM's level and `file.py:N] `, the worker prefix and
uvicorn's `INFO:     `, slog's time, level and source (and a line's attributes: the label is
the `msg`), llama.cpp's `func: ` (written by the format, kept in the label: each function's
formats are its own), glog's letter, date, thread and `file.cc:N] `, Dagster's time, logger
name and level, and a run event's job, run id, pid, step key and event type are context.
Access lines (gunicorn's, uvicorn's, gin's) are labelled by method, route and status as round
54's records, the rest `%s`. An exception's text logged as the message contributes its format
(vLLM's `logger.exception(repr(e))`: `OutOfMemoryError('CUDA out of memory. Tried to allocate
%s ...')`); a traceback, a table and the later lines of a message (vLLM's repeated head
included) belong to the event. tqdm's progress line is one write each (vLLM's bar format ends
with a newline). llama.cpp's `llm_load_print_meta` writes one literal format per key, so each
key is its own label; `llama_model_loader: - kv %3d: %42s %-16s = %s` is one.

Sources: written from the helper's knowledge of each program's source and of real logs seen
in issues, not checked against copies in this session (least sure: MLflow's alembic revision
names and `create_sqlalchemy_engine_with_retry`'s wording; vLLM 0.6.3's line numbers, the
`Maximum concurrency` and `Added request` lines, launcher's `MQLLMEngine is already dead`;
Ollama's source line numbers, whether 0.1.41 still prints `[GIN-debug]` route lines, the
`offload to cuda` and download retry wordings, the runner's `INFO [main]` layout; Triton's
table widths and option rows, the verbose request lines' wording, `Unable to get power usage`;
Dagster's daemon texts (`Retrieved %d queued runs`, `Sensor daemon caught an error for sensor
%s`, the monitoring daemon's message) and the exact event messages). Carriage returns are not
written: vLLM's NewLineFormatter joins a message's lines with `\r\n` + head, written here with
`\n` only. Run it only to change the data on purpose: `python bench/heldout/generate_round65.py
[SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock, pyframes
from generate_round55 import at, poisson

Head = Callable[[datetime, str, str], str]


class Out:
    """The files of one system (each a Records) and its Clock: `e(file, t, fmt, *args,
    lvl=, ctx=, msg=, cont=, proc=)` writes `head(t, lvl, ctx) + (msg or fmt % args)`, the
    message's later lines and `cont` under it, labelled `fmt`, at the process's next free
    instant (`proc`, the file by default)."""

    def __init__(self, res: int, names: list[str], head: Head) -> None:
        self.clock = Clock(res)
        self.files = {n: Records() for n in names}
        self.head = head

    def e(
        self,
        f: str,
        t: datetime,
        fmt: str,
        *args: object,
        lvl: str = "INFO",
        ctx: str = "",
        msg: str | None = None,
        cont: list[str] | tuple[str, ...] = (),
        proc: object = None,
        head: Head | None = None,
    ) -> datetime:
        t = self.clock.at(proc if proc is not None else f, t)
        text = msg if msg is not None else fmt % args
        lines = ((head or self.head)(t, lvl, ctx) + text).split("\n")
        self.files[f].add(t, [*lines, *(y for x in cont for y in x.split("\n"))], fmt)
        return t

    def logs(self, t0: datetime, names: dict[str, str]) -> list[Log]:
        return [self.files[k].into(Log(v, t0)) for k, v in names.items()]


# --------------------------------------------------------------------------------- mlflow

ML_PY = "/usr/local/lib/python3.10/site-packages"
ML_UA = "mlflow-python-client/2.12.1"
ML_BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"
ML_EXPERIMENTS = {"churn-model": 3, "demand-forecast": 7, "ranking-ltr": 12, "fraud-gbm": 15}
ML_DB_REFUSED = '(psycopg2.OperationalError) connection to server at "mlflow-db.internal" (10.0.9.4), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)'
ML_DB_CLOSED = "(psycopg2.OperationalError) server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)"


def ml_sql_trace(handler: str, store_fn: str, err: str) -> list[str]:
    """Flask's traceback of a request whose store call lost the database."""
    return [
        "Traceback (most recent call last):",
        *pyframes(
            (
                f"{ML_PY}/sqlalchemy/engine/base.py",
                145,
                "__init__",
                "self._dbapi_connection = engine.raw_connection()",
            ),
            (
                f"{ML_PY}/sqlalchemy/pool/base.py",
                896,
                "__connect",
                "self.dbapi_connection = connection = pool._invoke_creator(self)",
            ),
            (
                f"{ML_PY}/psycopg2/__init__.py",
                122,
                "connect",
                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
            ),
        ),
        "psycopg2.OperationalError: " + err.split(") ", 1)[1].split("\n\n(Background")[0],
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
        *pyframes(
            (f"{ML_PY}/flask/app.py", 1473, "wsgi_app", "response = self.full_dispatch_request()"),
            (
                f"{ML_PY}/flask/app.py",
                882,
                "full_dispatch_request",
                "rv = self.handle_user_exception(e)",
            ),
            (f"{ML_PY}/flask/app.py", 880, "full_dispatch_request", "rv = self.dispatch_request()"),
            (
                f"{ML_PY}/flask/app.py",
                865,
                "dispatch_request",
                "return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]",
            ),
            (f"{ML_PY}/mlflow/server/handlers.py", 504, "wrapper", "return func(*args, **kwargs)"),
            (f"{ML_PY}/mlflow/server/handlers.py", 535, "wrapper", "return func(*args, **kwargs)"),
            (
                f"{ML_PY}/mlflow/server/handlers.py",
                612,
                handler,
                "run = _get_tracking_store().get_run(request_message.run_id)"
                if "run" in handler
                else "",
            ),
            (
                f"{ML_PY}/mlflow/store/tracking/sqlalchemy_store.py",
                707,
                store_fn,
                "with self.ManagedSessionMaker() as session:",
            ),
            ("/usr/local/lib/python3.10/contextlib.py", 135, "__enter__", "return next(self.gen)"),
            (
                f"{ML_PY}/mlflow/store/db/utils.py",
                155,
                "make_managed_session",
                "session = SessionMaker()",
            ),
        ),
        "sqlalchemy.exc.OperationalError: " + err,
    ]


def mlflow(r: random.Random) -> list[Log]:
    """Two MLflow 2.12 tracking server replicas (`mlflow server --backend-store-uri
    postgresql://... --artifacts-destination s3://ml-artifacts --workers 4`, gunicorn's access
    log on stdout) behind a load balancer, 06:00 to 12:00: the training jobs of four
    experiments create runs every few minutes, log parameters, metrics and artifacts and
    register models; data scientists browse the UI; the load balancer probes `/health` each
    minute. mlflow-1 starts at 06:00 with a schema migration. The database fails over from
    08:10:20 to 08:22:40 (stale connections closed, then refused: Flask's `Exception on` with
    the traceback and 500s); mlflow-2 is restarted during it and retries its engine. At 10:37 a
    2 GB model upload times a worker out three times, and at 10:55 one is killed for memory."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx == "ml":  # mlflow's own: `%(asctime)s %(levelname)s %(name)s: `
            return f"{t:%Y/%m/%d %H:%M:%S} {lvl} "
        if ctx == "alembic":
            return f"{lvl:<5.5} [alembic.runtime.migration] "
        if ctx == "":
            return ""
        return f"[{t:%Y-%m-%d %H:%M:%S} +0000] [{ctx}] [{lvl}] "  # gunicorn, ctx the pid

    o = Out(1_000_000, ["m1", "m2"], head)
    t0, t_end = at(6, 0, 2), at(12, 0, 0)
    db_closed, db_down, db_up = at(8, 10, 20), at(8, 11, 5), at(8, 22, 40)
    m2_restart = at(8, 14, 30)
    state = {
        "m1": {"master": 23, "workers": [24, 25, 26, 27]},
        "m2": {"master": 19, "workers": [20, 21, 22, 28]},
    }
    next_pid = [90]

    def ml(
        f: str, t: datetime, lvl: str, name: str, fmt: str, msg: str, cont: list[str] | None = None
    ) -> datetime:
        return o.e(
            f, t, fmt, ctx="ml", lvl=lvl, msg=f"{name}: {msg}", cont=cont or [], proc=(f, "ml")
        )

    def gu(f: str, t: datetime, pid: int, lvl: str, fmt: str, *args: object) -> datetime:
        return o.e(f, t, fmt, *args, ctx=str(pid), lvl=lvl, proc=(f, pid))

    def boot(f: str, t: datetime, migrate: bool) -> datetime:
        if migrate:
            t = ml(
                f,
                t,
                "INFO",
                "mlflow.store.db.utils",
                "Updating database tables",
                "Updating database tables",
            )
            for fmt in ["Context impl PostgresqlImpl.", "Will assume transactional DDL."]:
                t = o.e(f, t + secs(r, 0.01, 0.1), fmt, ctx="alembic", proc=(f, "ml"))
            for a, b, what in [
                ("acf3f17fdcc7", "867495a8f9d4", "add trace tables"),
                ("867495a8f9d4", "5b804df6ab74", "add run_uuid and key to metrics index"),
            ]:
                t = o.e(
                    f,
                    t + secs(r, 0.2, 1.5),
                    "Running upgrade %s -> %s, %s",
                    a,
                    b,
                    what,
                    ctx="alembic",
                    proc=(f, "ml"),
                )
        st = state[f]
        m = st["master"]
        t = gu(f, t + secs(r, 0.5, 1.5), m, "INFO", "Starting gunicorn %s", "21.2.0")
        t = gu(f, t, m, "INFO", "Listening at: %s (%s)", "http://0.0.0.0:5000", m)
        t = gu(f, t, m, "INFO", "Using worker: %s", "sync")
        for w in st["workers"]:
            t = gu(f, t + secs(r, 0.01, 0.05), w, "INFO", "Booting worker with pid: %s", w)
        return t

    boot("m1", t0, True)
    boot("m2", t0 + secs(r, 40, 60), False)

    def access(
        t: datetime,
        method: str,
        route: str,
        path: str,
        status: int,
        size: int,
        ua: str,
        f: str | None = None,
    ) -> None:
        f = f or r.choice(["m1", "m2"])
        if f == "m2" and m2_restart <= t < m2_restart + timedelta(seconds=40):
            f = "m1"
        ip = (
            r.choice(["10.0.3.12", "10.0.3.41", "10.0.4.7", "10.0.4.19"])
            if ua == ML_UA
            else r.choice(["10.0.1.5", "10.0.1.6"])
        )
        w = r.choice(state[f]["workers"])
        t = o.clock.at((f, w), t)
        line = f'{ip} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}"'
        o.files[f].add(t, [line], f'%s - - [%s] "{method} {route} HTTP/1.1" {status} %s "-" "%s"')
        return None

    def db_state(t: datetime) -> str | None:
        if db_closed <= t < db_down:
            return ML_DB_CLOSED
        if db_down <= t < db_up:
            return ML_DB_REFUSED
        return None

    def call(
        t: datetime,
        method: str,
        route: str,
        path: str,
        size: int,
        ua: str,
        handler: str,
        store_fn: str,
    ) -> bool:
        """A request that reads or writes the store: 200, or 500 with Flask's error line while
        the database is away."""
        err = db_state(t)
        if err is None:
            access(t, method, route, path, 200, size, ua)
            return True
        f = r.choice(["m1", "m2"])
        if f == "m2" and m2_restart <= t < m2_restart + timedelta(seconds=40):
            f = "m1"
        if err is ML_DB_REFUSED and r.random() < 0.4:
            # the worker's pool has no connection left: the store retries inside the request
            pass
        ml(
            f,
            t,
            "ERROR",
            "mlflow.server",
            "Exception on %s [%s]",
            f"Exception on {path.split('?')[0]} [{method}]",
            ml_sql_trace(handler, store_fn, err),
        )
        access(t + secs(r, 0.01, 0.3), method, route, path, 500, 265, ua, f)
        return False

    # the load balancer's probes
    for f in ["m1", "m2"]:
        t = t0 + secs(r, 5, 60)
        while t < t_end:
            if not (f == "m2" and m2_restart <= t < m2_restart + timedelta(seconds=40)):
                access(t, "GET", "/health", "/health", 200, 2, "kube-probe/1.29", f)
            t += secs(r, 59.5, 60.5)

    # training jobs
    for x in poisson(r, t0 + timedelta(minutes=2), t_end - timedelta(minutes=10), 300):
        exp = r.choice(list(ML_EXPERIMENTS))
        eid = ML_EXPERIMENTS[exp]
        run = hexid(r, 32)
        t = x
        call(
            t,
            "GET",
            "/api/2.0/mlflow/experiments/get-by-name?experiment_name=%s",
            f"/api/2.0/mlflow/experiments/get-by-name?experiment_name={exp}",
            412,
            ML_UA,
            "_get_experiment_by_name",
            "get_experiment_by_name",
        )
        t += secs(r, 0.05, 0.3)
        if not call(
            t,
            "POST",
            "/api/2.0/mlflow/runs/create",
            "/api/2.0/mlflow/runs/create",
            689,
            ML_UA,
            "_create_run",
            "create_run",
        ):
            continue
        t += secs(r, 0.05, 0.5)
        call(
            t,
            "POST",
            "/api/2.0/mlflow/runs/log-batch",
            "/api/2.0/mlflow/runs/log-batch",
            2,
            ML_UA,
            "_log_batch",
            "log_batch",
        )
        for _ in range(r.randrange(2, 7)):
            t += secs(r, 5, 40)
            call(
                t,
                "POST",
                "/api/2.0/mlflow/runs/log-batch",
                "/api/2.0/mlflow/runs/log-batch",
                2,
                ML_UA,
                "_log_batch",
                "log_batch",
            )
            if r.random() < 0.4:
                call(
                    t + secs(r, 0.05, 0.2),
                    "POST",
                    "/api/2.0/mlflow/runs/log-metric",
                    "/api/2.0/mlflow/runs/log-metric",
                    2,
                    ML_UA,
                    "_log_metric",
                    "log_metric",
                )
        for art in r.sample(
            [
                "model/MLmodel",
                "model/model.pkl",
                "model/conda.yaml",
                "model/requirements.txt",
                "plots/roc.png",
                "feature_importance.json",
            ],
            r.randrange(2, 5),
        ):
            t += secs(r, 0.2, 3)
            access(
                t,
                "PUT",
                "/api/2.0/mlflow-artifacts/artifacts/%s",
                f"/api/2.0/mlflow-artifacts/artifacts/{eid}/{run}/artifacts/{art}",
                200,
                2,
                ML_UA,
            )
        if r.random() < 0.3:
            name = exp.replace("-", "_")
            t += secs(r, 0.2, 1)
            access(
                t,
                "POST",
                "/api/2.0/mlflow/registered-models/create",
                "/api/2.0/mlflow/registered-models/create",
                400,
                141,
                ML_UA,
            )
            t += secs(r, 0.05, 0.3)
            call(
                t,
                "POST",
                "/api/2.0/mlflow/model-versions/create",
                "/api/2.0/mlflow/model-versions/create",
                640,
                ML_UA,
                "_create_model_version",
                "create_model_version",
            )
            for _ in range(r.randrange(1, 3)):
                t += secs(r, 1, 3)
                call(
                    t,
                    "GET",
                    "/api/2.0/mlflow/model-versions/get?name=%s&version=%s",
                    f"/api/2.0/mlflow/model-versions/get?name={name}&version={r.randrange(3, 40)}",
                    655,
                    ML_UA,
                    "_get_model_version",
                    "get_model_version",
                )
        t += secs(r, 0.2, 2)
        call(
            t,
            "POST",
            "/api/2.0/mlflow/runs/update",
            "/api/2.0/mlflow/runs/update",
            236,
            ML_UA,
            "_update_run",
            "update_run",
        )

    # people in the UI
    for x in poisson(r, t0 + timedelta(minutes=20), t_end, 260):
        t = x
        access(t, "GET", "/", "/", 200, 1502, ML_BROWSER)
        t += secs(r, 0.3, 1)
        call(
            t,
            "POST",
            "/ajax-api/2.0/mlflow/experiments/search",
            "/ajax-api/2.0/mlflow/experiments/search",
            r.randrange(900, 3000),
            ML_BROWSER,
            "_search_experiments",
            "search_experiments",
        )
        for _ in range(r.randrange(1, 4)):
            t += secs(r, 2, 30)
            call(
                t,
                "POST",
                "/ajax-api/2.0/mlflow/runs/search",
                "/ajax-api/2.0/mlflow/runs/search",
                r.randrange(4000, 90000),
                ML_BROWSER,
                "_search_runs",
                "search_runs",
            )
            if r.random() < 0.5:
                run = hexid(r, 32)
                t += secs(r, 2, 20)
                call(
                    t,
                    "GET",
                    "/ajax-api/2.0/mlflow/runs/get?run_id=%s",
                    f"/ajax-api/2.0/mlflow/runs/get?run_id={run}",
                    r.randrange(2000, 9000),
                    ML_BROWSER,
                    "_get_run",
                    "get_run",
                )
                for key in r.sample(["val_auc", "train_loss", "val_loss", "rmse"], 2):
                    call(
                        t + secs(r, 0.1, 1),
                        "GET",
                        "/ajax-api/2.0/mlflow/metrics/get-history?run_uuid=%s&metric_key=%s",
                        f"/ajax-api/2.0/mlflow/metrics/get-history?run_uuid={run}&metric_key={key}",
                        r.randrange(300, 9000),
                        ML_BROWSER,
                        "get_metric_history",
                        "get_metric_history",
                    )
                if r.random() < 0.4:
                    access(
                        t + secs(r, 1, 5),
                        "GET",
                        "/get-artifact?path=%s&run_uuid=%s",
                        f"/get-artifact?path=model%2FMLmodel&run_uuid={run}",
                        200,
                        r.randrange(400, 900),
                        ML_BROWSER,
                    )

    # mlflow-2 restarted during the failover
    st = state["m2"]
    t = gu("m2", m2_restart, st["master"], "INFO", "Handling signal: %s", "term")
    for w in st["workers"]:
        gu("m2", t + secs(r, 0.05, 0.3), w, "INFO", "Worker exiting (pid: %s)", w)
    t = gu("m2", t + secs(r, 0.5, 1.0), st["master"], "INFO", "Shutting down: %s", "Master")
    st["master"], st["workers"] = 7, [8, 9, 10, 11]
    t = boot("m2", t + secs(r, 8, 12), False)
    for _w in st["workers"]:
        wait, n = t + secs(r, 1, 3), 0
        while wait < db_up and n < 10:
            n += 1
            d = 0.1 * (2**n - 1)
            msg = f"SQLAlchemy engine could not be created. The following exception is caught.\n{ML_DB_REFUSED}\nOperation will be retried in {d:.1f} seconds"
            ml(
                "m2",
                wait,
                "WARNING",
                "mlflow.store.db.utils",
                "SQLAlchemy engine could not be created. The following exception is caught.\\n(psycopg2.OperationalError) connection to server at %s (%s), port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n\\n(Background on this error at: %s)\\nOperation will be retried in %.1f seconds",
                msg,
            )
            wait += timedelta(seconds=d + r.uniform(0.05, 0.2))

    # the large upload: the worker times out, the client retries
    t = at(10, 37, 4)
    for _ in range(3):
        w = state["m1"]["workers"].pop(0)
        t = gu(
            "m1",
            t + timedelta(seconds=120),
            state["m1"]["master"],
            "CRITICAL",
            "WORKER TIMEOUT (pid:%s)",
            w,
        )
        gu("m1", t + secs(r, 0.01, 0.1), w, "INFO", "Worker exiting (pid: %s)", w)
        t = gu(
            "m1",
            t + secs(r, 0.2, 0.6),
            state["m1"]["master"],
            "ERROR",
            "Worker (pid:%s) exited with code %s",
            w,
            1,
        )
        nw = next_pid[0]
        next_pid[0] += 1
        state["m1"]["workers"].append(nw)
        t = gu("m1", t + secs(r, 0.01, 0.1), nw, "INFO", "Booting worker with pid: %s", nw)
        t += secs(r, 2, 6)
    access(
        t + timedelta(seconds=40),
        "PUT",
        "/api/2.0/mlflow-artifacts/artifacts/%s",
        f"/api/2.0/mlflow-artifacts/artifacts/12/{hexid(r, 32)}/artifacts/model/model.safetensors",
        200,
        2,
        ML_UA,
        "m1",
    )
    t = at(10, 55, 31)
    w = state["m1"]["workers"].pop(0)
    t = gu(
        "m1",
        t,
        state["m1"]["master"],
        "ERROR",
        "Worker (pid:%s) was sent %s! Perhaps out of memory?",
        w,
        "SIGKILL",
    )
    nw = next_pid[0]
    state["m1"]["workers"].append(nw)
    gu("m1", t + secs(r, 0.01, 0.1), nw, "INFO", "Booting worker with pid: %s", nw)
    return o.logs(t0, {"m1": "mlflow-1.log", "m2": "mlflow-2.log"})


# --------------------------------------------------------------------------------- vllm

VL_VERSION = "0.6.3.post1"
VL_PKG = "/usr/local/lib/python3.12/dist-packages/vllm"
VL_ROUTES = [
    ("/openapi.json", "HEAD, GET"),
    ("/docs", "HEAD, GET"),
    ("/docs/oauth2-redirect", "HEAD, GET"),
    ("/redoc", "HEAD, GET"),
    ("/health", "GET"),
    ("/tokenize", "POST"),
    ("/detokenize", "POST"),
    ("/v1/models", "GET"),
    ("/version", "GET"),
    ("/v1/chat/completions", "POST"),
    ("/v1/completions", "POST"),
    ("/v1/embeddings", "POST"),
]
VL_CLIENTS = ["10.2.0.15", "10.2.0.16", "10.2.3.40", "10.2.3.41"]
VL_PROMPTS = [
    "You are a helpful assistant for the support team.",
    "Summarize the following ticket in two sentences:",
    "Translate to German:",
    "Extract the order number and the customer's complaint as JSON.",
    "Write a short reply to this customer email:",
]
VL_OOM = "CUDA out of memory. Tried to allocate {a:.2f} GiB. GPU 0 has a total capacity of 79.14 GiB of which {free:.2f} GiB is free. Process {pid} has {used:.2f} GiB memory in use. Of the allocated memory {alloc:.2f} GiB is allocated by PyTorch, and {res:.2f} GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)"
VL_OOM_FMT = "OutOfMemoryError('CUDA out of memory. Tried to allocate %s GiB. GPU %d has a total capacity of %s GiB of which %s GiB is free. Process %d has %s GiB memory in use. Of the allocated memory %s GiB is allocated by PyTorch, and %s GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)')"


def vllm(r: random.Random) -> list[Log]:
    """Two vLLM 0.6.3 OpenAI-compatible servers behind an internal gateway, 06:00 to 12:00:
    `vllm-a100-0.log` serves Llama 3.1 8B on one A100 with request logging and chunked
    prefill; `vllm-h100-1.log` serves Llama 3.1 70B with tensor parallelism 2 (a worker
    process whose lines carry `(VllmWorkerProcess pid=N) `), prefix caching and
    `--disable-log-requests`. Prometheus scrapes `/metrics` every two minutes; the metrics
    line follows busy steps. At 09:42 and 11:18 a batch of long prompts with `n=8` runs the
    8B engine out of CUDA memory: the engine's exception (its traceback under the same head on
    each line), the front end terminating, 500s, uvicorn shutting down, the pod restarting.
    From 10:10 to 10:35 the 70B server is overloaded: requests preempted for KV cache space,
    pending requests, a few prompts over the model's limit."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx.startswith("uv"):
            return f"{lvl + ':':<10}"
        pre, _, src = ctx.rpartition("|")
        return f"{pre}{lvl} {t:%m-%d %H:%M:%S} {src}] "

    o = Out(1_000_000, ["a", "b"], head)
    t0, t_end = at(6, 0, 3), at(12, 0, 0)
    ooms = [at(9, 42, 17), at(11, 18, 40)]
    busy, busy_end = at(10, 10, 5), at(10, 35, 30)
    down: dict[str, list[tuple[datetime, datetime]]] = {"a": [], "b": []}
    worker = "(VllmWorkerProcess pid=312) "

    def V(
        f: str,
        t: datetime,
        src: str,
        fmt: str,
        *args: object,
        lvl: str = "INFO",
        msg: str | None = None,
        pre: str = "",
        proc: object = None,
    ) -> datetime:
        """A vLLM logger call: each line of the message under the same head."""
        t = o.clock.at(proc or (f, pre), t)
        text = msg if msg is not None else fmt % args
        h = head(t, lvl, f"{pre}|{src}")
        o.files[f].add(t, [h + x for x in text.split("\n")], fmt)
        return t

    def U(
        f: str, t: datetime, fmt: str, *args: object, lvl: str = "INFO", msg: str | None = None
    ) -> datetime:
        return o.e(f, t, fmt, *args, lvl=lvl, ctx="uv", msg=msg, proc=(f, "uv"))

    def access(f: str, t: datetime, method: str, path: str, status: str) -> None:
        ip = r.choice(VL_CLIENTS) if path != "/metrics" else "10.2.9.3"
        U(
            f,
            t,
            f'%s - "{method} {path} HTTP/1.1" {status}',
            msg=f'{ip}:{r.randrange(32768, 61000)} - "{method} {path} HTTP/1.1" {status}',
        )

    def start(f: str, t: datetime) -> datetime:
        big = f == "b"
        model = "meta-llama/Llama-3.1-70B-Instruct" if big else "meta-llama/Llama-3.1-8B-Instruct"
        tp = 2 if big else 1
        maxlen = 32768 if big else 131072
        t = V(f, t, "api_server.py:528", "vLLM API server version %s", VL_VERSION)
        ns = f"Namespace(subparser='serve', model_tag='{model}', config='', host=None, port=8000, uvicorn_log_level='info', allow_credentials=False, allowed_origins=['*'], allowed_methods=['*'], allowed_headers=['*'], api_key=None, lora_modules=None, prompt_adapters=None, chat_template=None, response_role='assistant', ssl_keyfile=None, ssl_certfile=None, root_path=None, middleware=[], return_tokens_as_token_ids=False, disable_frontend_multiprocessing=False, enable_auto_tool_choice=False, tool_call_parser=None, model='{model}', tokenizer=None, skip_tokenizer_init=False, revision=None, tokenizer_mode='auto', trust_remote_code=False, download_dir=None, load_format='auto', dtype='auto', kv_cache_dtype='auto', max_model_len={maxlen if big else 'None'}, tensor_parallel_size={tp}, enable_prefix_caching={big}, gpu_memory_utilization=0.92, max_num_seqs=256, disable_log_stats=False, disable_log_requests={big})"
        t = V(f, t, "api_server.py:529", "args: %s", ns)
        t = V(
            f,
            t,
            "api_server.py:166",
            "Multiprocessing frontend to use %s for IPC Path.",
            f"ipc:///tmp/{uuid4(r)}",
        )
        t = V(f, t, "api_server.py:179", "Started engine process with PID %d", 77)
        if big:
            t = V(
                f,
                t + secs(r, 3, 5),
                "config.py:887",
                "Defaulting to use mp for distributed inference",
            )
        else:
            t = V(
                f,
                t + secs(r, 3, 5),
                "arg_utils.py:1019",
                "Chunked prefill is enabled by default for models with max_model_len > 32K. Currently, chunked prefill might not work with some features or models. If you encounter any issues, please disable chunked prefill by setting --enable-chunked-prefill=False.",
                lvl="WARNING",
            )
            t = V(
                f,
                t,
                "config.py:1005",
                "Chunked prefill is enabled with max_num_batched_tokens=%d.",
                512,
            )
        cfg = f"model='{model}', speculative_config=None, tokenizer='{model}', skip_tokenizer_init=False, tokenizer_mode=auto, revision=None, override_neuron_config=None, rope_scaling=None, rope_theta=None, tokenizer_revision=None, trust_remote_code=False, dtype=torch.bfloat16, max_seq_len={maxlen}, download_dir=None, load_format=LoadFormat.AUTO, tensor_parallel_size={tp}, pipeline_parallel_size=1, disable_custom_all_reduce=False, quantization=None, enforce_eager=False, kv_cache_dtype=auto, quantization_param_path=None, device_config=cuda, decoding_config=DecodingConfig(guided_decoding_backend='outlines'), observability_config=ObservabilityConfig(otlp_traces_endpoint=None, collect_model_forward_time=False, collect_model_execute_time=False), seed=0, served_model_name={model}, use_v2_block_manager=True, num_scheduler_steps=1, chunked_prefill_enabled={not big} multi_step_stream_outputs=True, enable_prefix_caching={big}, use_async_output_proc=True, use_cached_outputs=True, mm_processor_kwargs=None)"
        t = V(
            f,
            t + secs(r, 1, 3),
            "llm_engine.py:237",
            "Initializing an LLM engine (v%s) with config: model=%r, speculative_config=%r, tokenizer=%r, skip_tokenizer_init=%s, tokenizer_mode=%s, revision=%s, override_neuron_config=%s, rope_scaling=%r, rope_theta=%r, tokenizer_revision=%s, trust_remote_code=%s, dtype=%s, max_seq_len=%d, download_dir=%r, load_format=%s, tensor_parallel_size=%d, pipeline_parallel_size=%d, disable_custom_all_reduce=%s, quantization=%s, enforce_eager=%s, kv_cache_dtype=%s, quantization_param_path=%s, device_config=%s, decoding_config=%r, observability_config=%r, seed=%d, served_model_name=%s, use_v2_block_manager=%s, num_scheduler_steps=%d, chunked_prefill_enabled=%s multi_step_stream_outputs=%s, enable_prefix_caching=%s, use_async_output_proc=%s, use_cached_outputs=%s, mm_processor_kwargs=%s)",
            msg=f"Initializing an LLM engine (v{VL_VERSION}) with config: {cfg}",
            proc=(f, "engine"),
        )
        if big:
            t = V(
                f,
                t + secs(r, 0.1, 0.5),
                "multiproc_gpu_executor.py:53",
                "Reducing Torch parallelism from %d threads to %d to avoid unnecessary CPU contention. Set OMP_NUM_THREADS in the external environment to tune this value as needed.",
                26,
                1,
                lvl="WARNING",
                proc=(f, "engine"),
            )
            t = V(
                f,
                t,
                "custom_cache_manager.py:17",
                "Setting Triton cache manager to: %s",
                "vllm.triton_utils.custom_cache_manager:CustomCacheManager",
                proc=(f, "engine"),
            )
            t = V(
                f,
                t + secs(r, 2, 4),
                "multiproc_worker_utils.py:215",
                "Worker ready; awaiting tasks",
                pre=worker,
            )
            for p in ["", worker]:
                t = V(
                    f,
                    t + secs(r, 0.1, 0.3),
                    "utils.py:1008",
                    "Found nccl from library %s",
                    "libnccl.so.2",
                    pre=p,
                    proc=(f, p or "engine"),
                )
                t = V(
                    f,
                    t,
                    "pynccl.py:63",
                    "vLLM is using nccl==%s",
                    "2.20.5",
                    pre=p,
                    proc=(f, p or "engine"),
                )
            for p in ["", worker]:
                t = V(
                    f,
                    t + secs(r, 0.1, 0.3),
                    "custom_all_reduce_utils.py:242",
                    "reading GPU P2P access cache from %s",
                    "/root/.cache/vllm/gpu_p2p_access_cache_for_0,1.json",
                    pre=p,
                    proc=(f, p or "engine"),
                )
            t = V(
                f,
                t,
                "shm_broadcast.py:236",
                "vLLM message queue communication handle: %s",
                f"Handle(connect_ip='127.0.0.1', local_reader_ranks=[1], buffer=<vllm.distributed.device_communicators.shm_broadcast.ShmRingBuffer object at 0x7f{hexid(r, 10)}>, local_subscribe_port={r.randrange(30000, 60000)}, remote_subscribe_port=None)",
                proc=(f, "engine"),
            )
        procs = ["", worker] if big else [""]
        for p in procs:
            t = V(
                f,
                t + secs(r, 0.3, 1),
                "model_runner.py:1056",
                "Starting to load model %s...",
                model,
                pre=p,
                proc=(f, p or "engine"),
            )
        for p in procs:
            t = V(
                f,
                t + secs(r, 0.3, 1),
                "selector.py:135",
                "Using Flash Attention backend.",
                pre=p,
                proc=(f, p or "engine"),
            )
        t = V(
            f,
            t + secs(r, 0.5, 2),
            "weight_utils.py:243",
            "Using model weights format %s",
            "['*.safetensors']",
            proc=(f, "engine"),
        )
        shards = 30 if big else 4
        el = 0.0
        for i in range(shards + 1):
            t = o.clock.at((f, "tqdm"), t + secs(r, 0.8, 2.4) if i else t)
            el += r.uniform(0.8, 2.4) if i else 0
            rem = "?" if i == 0 else f"00:{int((shards - i) * el / i):02d}"
            rate = "?it/s" if i == 0 else f"{el / i:.2f}s/it"
            line = f"Loading safetensors checkpoint shards: {100 * i / shards:3.0f}% Completed | {i}/{shards} [00:{int(el):02d}<{rem}, {rate}]"
            o.files[f].add(
                t,
                [line],
                "Loading safetensors checkpoint shards: %3.0f%% Completed | %s/%s [%s<%s, %s]",
            )
        t = o.clock.at((f, "tqdm"), t + secs(r, 0.001, 0.01))
        o.files[f].add(t, [""], "")  # tqdm's closing newline: dropped below
        o.files[f].items.pop()
        for p in procs:
            t = V(
                f,
                t + secs(r, 0.2, 1),
                "model_runner.py:1067",
                "Loading model weights took %.4f GB",
                65.7409 if big else 14.9888,
                pre=p,
                proc=(f, p or "engine"),
            )
        ex = "distributed_gpu_executor.py" if big else "gpu_executor.py"
        t = V(
            f,
            t + secs(r, 1, 3),
            f"{ex}:{57 if big else 122}",
            "# GPU blocks: %d, # CPU blocks: %d",
            8924 if big else 27319,
            1638 if big else 2048,
            proc=(f, "engine"),
        )
        t = V(
            f,
            t,
            f"{ex}:{61 if big else 126}",
            "Maximum concurrency for %d tokens per request: %.2fx",
            maxlen,
            4.36 if big else 3.33,
            proc=(f, "engine"),
        )
        for p in procs:
            t = V(
                f,
                t + secs(r, 0.5, 1.5),
                "model_runner.py:1395",
                "Capturing the model for CUDA graphs. This may lead to unexpected consequences if the model is not static. To run the model in eager mode, set 'enforce_eager=True' or use '--enforce-eager' in the CLI.",
                pre=p,
                proc=(f, p or "engine"),
            )
            t = V(
                f,
                t,
                "model_runner.py:1399",
                "CUDA graphs can take additional 1~3 GiB memory per GPU. If you are running out of memory, consider decreasing `gpu_memory_utilization` or enforcing eager mode. You can also reduce the `max_num_seqs` as needed to decrease memory usage.",
                pre=p,
                proc=(f, p or "engine"),
            )
        for p in procs:
            t = V(
                f,
                t + secs(r, 8, 16),
                "model_runner.py:1523",
                "Graph capturing finished in %d secs.",
                r.randrange(9, 17),
                pre=p,
                proc=(f, p or "engine"),
            )
        t = V(
            f,
            t + secs(r, 0.5, 1),
            "api_server.py:232",
            "vLLM to use %s as PROMETHEUS_MULTIPROC_DIR",
            f"/tmp/tmp{hexid(r, 8)}",
        )
        t = V(
            f,
            t,
            "serving_embedding.py:199",
            "embedding_mode is False. Embedding API will not work.",
            lvl="WARNING",
        )
        t = V(f, t, "launcher.py:19", "Available routes are:")
        for path, methods in VL_ROUTES:
            t = V(f, t, "launcher.py:27", "Route: %s, Methods: %s", path, methods)
        t = U(f, t + secs(r, 0.1, 0.3), "Started server process [%d]", 1)
        t = U(f, t, "Waiting for application startup.")
        t = U(f, t, "Application startup complete.")
        return U(
            f, t, "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)", "http", "0.0.0.0", 8000
        )

    def up(f: str, t: datetime) -> bool:
        return not any(a <= t < z for a, z in down[f])

    # a: start, crash twice, restart
    t = start("a", t0)
    down["a"].append((t0, t))
    for x in ooms:
        dead = o.clock.at(("a", "engine"), x)
        e = VL_OOM.format(
            a=r.uniform(6, 9),
            free=r.uniform(1, 4),
            pid=1,
            used=r.uniform(75, 78),
            alloc=r.uniform(68, 72),
            res=r.uniform(2, 5),
        )
        tb = [
            "Traceback (most recent call last):",
            *pyframes(
                (
                    f"{VL_PKG}/engine/multiprocessing/engine.py",
                    133,
                    "start",
                    "self.run_engine_loop()",
                ),
                (
                    f"{VL_PKG}/engine/multiprocessing/engine.py",
                    196,
                    "run_engine_loop",
                    "request_outputs = self.engine_step()",
                ),
                (f"{VL_PKG}/engine/multiprocessing/engine.py", 214, "engine_step", "raise e"),
                (
                    f"{VL_PKG}/engine/multiprocessing/engine.py",
                    205,
                    "engine_step",
                    "return self.engine.step()",
                ),
                (
                    f"{VL_PKG}/engine/llm_engine.py",
                    1454,
                    "step",
                    "outputs = self.model_executor.execute_model(",
                ),
                (
                    f"{VL_PKG}/executor/gpu_executor.py",
                    125,
                    "execute_model",
                    "output = self.driver_worker.execute_model(execute_model_req)",
                ),
                (
                    f"{VL_PKG}/worker/worker_base.py",
                    327,
                    "execute_model",
                    "output = self.model_runner.execute_model(",
                ),
                (
                    "/usr/local/lib/python3.12/dist-packages/torch/utils/_contextlib.py",
                    116,
                    "decorate_context",
                    "return func(*args, **kwargs)",
                ),
                (
                    f"{VL_PKG}/worker/model_runner.py",
                    1698,
                    "execute_model",
                    "output: SamplerOutput = self.model.sample(",
                ),
                (
                    f"{VL_PKG}/model_executor/models/llama.py",
                    583,
                    "sample",
                    "next_tokens = self.sampler(logits, sampling_metadata)",
                ),
                (
                    f"{VL_PKG}/model_executor/layers/sampler.py",
                    231,
                    "forward",
                    "logprobs = torch.log_softmax(logits, dim=-1, dtype=torch.float)",
                ),
            ),
            "torch.OutOfMemoryError: " + e,
        ]
        V(
            "a",
            dead,
            "engine.py:135",
            VL_OOM_FMT,
            lvl="ERROR",
            msg=f"OutOfMemoryError('{e}')\n" + "\n".join(tb),
            proc=("a", "engine"),
        )
        t = V(
            "a",
            dead + secs(r, 0.3, 1),
            "launcher.py:99",
            "MQLLMEngine is already dead, terminating server process",
            lvl="CRITICAL",
        )
        for _ in range(r.randrange(3, 7)):
            access(
                "a",
                t + secs(r, 0.01, 0.3),
                "POST",
                "/v1/chat/completions",
                "500 Internal Server Error",
            )
        t = U("a", t + secs(r, 0.3, 0.6), "Shutting down")
        t = U("a", t, "Waiting for application shutdown.")
        t = U("a", t, "Application shutdown complete.")
        t = U("a", t, "Finished server process [%d]", 1)
        back = start("a", t + secs(r, 25, 50))
        down["a"].append((dead, back))
    t = start("b", t0 + secs(r, 20, 40))
    down["b"].append((t0, t))

    # traffic
    for f, mean in [("a", 70), ("b", 45)]:
        for x in poisson(r, t0, t_end, mean):
            if not up(f, x):
                continue
            path = "/v1/chat/completions" if r.random() < 0.8 else "/v1/completions"
            rid = ("chatcmpl-" if "chat" in path else "cmpl-") + hexid(r, 32)
            if f == "a":
                p = r.choice(VL_PROMPTS)
                toks = ", ".join(str(r.randrange(200, 128000)) for _ in range(r.randrange(8, 16)))
                if r.random() < 0.03:
                    access(f, x, "POST", path, "400 Bad Request")
                    continue
                params = f"SamplingParams(n=1, presence_penalty=0.0, frequency_penalty=0.0, repetition_penalty=1.0, temperature={r.choice([0.0, 0.2, 0.7])}, top_p=1.0, top_k=-1, min_p=0.0, seed=None, stop=[], stop_token_ids=[], include_stop_str_in_output=False, ignore_eos=False, max_tokens={r.choice([256, 512, 1024])}, min_tokens=0, logprobs=None, prompt_logprobs=None, skip_special_tokens=True, spaces_between_special_tokens=True, truncate_prompt_tokens=None)"
                prompt = f"<|begin_of_text|><|start_header_id|>system<|end_header_id|>\\n\\n{p}<|eot_id|><|start_header_id|>user<|end_header_id|>\\n\\n"
                x = V(
                    f,
                    x,
                    "logger.py:37",
                    "Received request %s: prompt: %r, params: %s, prompt_token_ids: %s, lora_request: %s, prompt_adapter_request: %s.",
                    rid,
                    prompt,
                    params,
                    f"[128000, {toks}]",
                    None,
                    None,
                )
                access(f, x + secs(r, 0.01, 0.05), "POST", path, "200 OK")
                V(
                    f,
                    x + secs(r, 0.02, 0.08),
                    "engine.py:290",
                    "Added request %s.",
                    rid,
                    proc=(f, "engine"),
                )
                if r.random() < 0.06:
                    V(
                        f,
                        x + secs(r, 1, 20),
                        "engine.py:306",
                        "Aborted request %s.",
                        rid,
                        proc=(f, "engine"),
                    )
            else:
                if busy <= x < busy_end and r.random() < 0.05:
                    V(
                        f,
                        x,
                        "scheduler.py:1089",
                        "Input prompt (%d tokens) is too long and exceeds limit of %d",
                        r.randrange(32769, 60000),
                        32768,
                        lvl="WARNING",
                        proc=(f, "engine"),
                    )
                access(f, x, "POST", path, "200 OK")
            if r.random() < 0.5:
                y = x + secs(r, 4, 6)
                if not up(f, y):
                    continue
                hot = busy <= y < busy_end and f == "b"
                run = r.randrange(30, 90) if hot else r.randrange(1, 12)
                y = V(
                    f,
                    y,
                    "metrics.py:345",
                    "Avg prompt throughput: %.1f tokens/s, Avg generation throughput: %.1f tokens/s, Running: %d reqs, Swapped: %d reqs, Pending: %d reqs, GPU KV cache usage: %.1f%%, CPU KV cache usage: %.1f%%.",
                    r.uniform(50, 3000),
                    r.uniform(20, 900),
                    run,
                    0,
                    r.randrange(20, 80) if hot else 0,
                    r.uniform(90, 99.9) if hot else r.uniform(0.5, 30),
                    0.0,
                    proc=(f, "engine"),
                )
                if f == "b":
                    V(
                        f,
                        y,
                        "metrics.py:361",
                        "Prefix cache hit rate: GPU: %.2f%%, CPU: %.2f%%",
                        r.uniform(20, 70),
                        0.0,
                        proc=(f, "engine"),
                    )
    for n_pre, x in enumerate(poisson(r, busy, busy_end, 40), 1):
        V(
            "b",
            x,
            "scheduler.py:1455",
            "Sequence group %s is preempted by %s mode because there is not enough KV cache space. This can affect the end-to-end performance. Increase gpu_memory_utilization or tensor_parallel_size to provide more KV cache memory. total_num_cumulative_preemption=%d",
            f"chatcmpl-{hexid(r, 32)}",
            "PreemptionMode.RECOMPUTE",
            n_pre,
            lvl="WARNING",
            proc=("b", "engine"),
        )
    for f in ["a", "b"]:
        t = t0 + secs(r, 60, 120)
        while t < t_end:
            if up(f, t):
                access(f, t, "GET", "/metrics", "200 OK")
            t += secs(r, 119, 121)
    return o.logs(t0, {"a": "vllm-a100-0.log", "b": "vllm-h100-1.log"})


# --------------------------------------------------------------------------------- ollama

OL_VERSION = "0.1.41"
OL_MODELS = {
    # name: (blob, arch, layers, n_ctx_train, size label, file type, tensors f32 / q4 / q6, GPU buffer MiB)
    "llama3:8b": ("6a0746a1ec1a", "llama", 32, 8192, "8B", "Q4_0", (65, 225, 1), 4155.99),
    "mistral:7b": ("ff82381e2bea", "llama", 32, 32768, "7B", "Q4_0", (65, 225, 1), 3847.55),
    "nomic-embed-text:latest": (
        "970aa74c0a90",
        "nomic-bert",
        12,
        2048,
        "137M",
        "F16",
        (51, 0, 61),
        260.86,
    ),
    "llama3:70b": ("0bd51f8f0c97", "llama", 80, 8192, "70B", "Q4_0", (161, 561, 1), 21580.25),
}
OL_ROUTES = [
    ("POST", "/api/pull", "PullModelHandler"),
    ("POST", "/api/generate", "GenerateHandler"),
    ("POST", "/api/chat", "ChatHandler"),
    ("POST", "/api/embeddings", "EmbeddingsHandler"),
    ("POST", "/api/create", "CreateModelHandler"),
    ("POST", "/api/push", "PushModelHandler"),
    ("POST", "/api/copy", "CopyModelHandler"),
    ("DELETE", "/api/delete", "DeleteModelHandler"),
    ("POST", "/api/show", "ShowModelHandler"),
    ("GET", "/api/ps", "ProcessHandler"),
    ("GET", "/", "func1"),
    ("GET", "/api/tags", "ListModelsHandler"),
    ("GET", "/api/version", "func2"),
]


def ollama(r: random.Random) -> list[Log]:
    """Two workstations running `ollama serve` 0.1.41 for a team, 06:00 to 12:00, each
    collecting the server's stderr: ws1 has a 24 GB RTX 3090, ws2 an RTX 4090. Editors' code
    assistants and a chat UI call `/api/chat`, `/api/generate` and `/api/embeddings`; each
    model load starts a llama.cpp runner whose loader prints the model's metadata and tensors.
    ws2 pulls a model over a flaky link (parts failing and stalling, retried). Someone asks ws1
    for llama3:70b at 09:31 and again at 09:48: partially offloaded, the runner runs out of CUDA
    memory and aborts, the load fails with 500s; at 11:02 ws2 restarts for an update."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx == "slog":
            return f"time={t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z level={lvl} source="
        return ""

    o = Out(1000, ["ws1", "ws2"], head)
    t0, t_end = at(6, 0, 1), at(12, 0, 0)
    sec = Clock(1_000_000)  # gin's time is to the second
    loaded: dict[str, dict[str, datetime]] = {"ws1": {}, "ws2": {}}
    gpu = {
        "ws1": (
            "GPU-3f2a6c1e-8b7d-4e21-9a0c-5d6e7f8a9b0c",
            "NVIDIA GeForce RTX 3090",
            "8.6",
            "23.7 GiB",
            "23.4 GiB",
        ),
        "ws2": (
            "GPU-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
            "NVIDIA GeForce RTX 4090",
            "8.9",
            "23.6 GiB",
            "23.2 GiB",
        ),
    }
    runners = f"/tmp/ollama{r.randrange(100000000, 999999999)}/runners"

    def S(
        f: str,
        t: datetime,
        src: str,
        fmt: str,
        *args: object,
        lvl: str = "INFO",
        attrs: str = "",
        proc: object = None,
        msg: str | None = None,
    ) -> datetime:
        msg = msg if msg is not None else fmt % args
        q = '"' + msg.replace('"', '\\"') + '"' if (" " in msg or "=" in msg or '"' in msg) else msg
        return o.e(
            f,
            t,
            fmt,
            ctx="slog",
            lvl=lvl,
            msg=f"{src} msg={q}" + (" " + attrs if attrs else ""),
            proc=proc or (f, "srv"),
        )

    def gin(
        f: str, t: datetime, status: int, method: str, path: str, lat: float, ip: str = "127.0.0.1"
    ) -> None:
        t = sec.at((f, "gin"), t)
        lat_s = f"{lat * 1000:.6f}ms" if lat < 1 else f"{lat:.9f}s".rstrip("0")
        if lat < 0.001:
            lat_s = f"{lat * 1e6:.3f}µs"
        line = f'[GIN] {t:%Y/%m/%d - %H:%M:%S} | {status:3d} | {lat_s:>13} | {ip:>15} | {method:<7} "{path}"'
        o.files[f].add(t, [line], f'[GIN] %v | {status:3d} | %13v | %15s | {method:<7} "{path}"')

    def raw(f: str, t: datetime, fmt: str, line: str, cont: list[str] | None = None) -> datetime:
        return o.e(f, t, fmt, msg=line, cont=cont or [], proc=(f, "runner"))

    def start(f: str, t: datetime) -> datetime:
        t = S(f, t, "images.go:740", "total blobs: %d", 23 if f == "ws1" else 17)
        t = S(f, t, "images.go:747", "total unused blobs removed: %d", 0)
        t = S(f, t, "routes.go:1054", "Listening on %s (version %s)", "[::]:11434", OL_VERSION)
        t = S(f, t, "payload.go:30", "extracting embedded files", attrs=f"dir={runners}")
        t = S(
            f,
            t + secs(r, 2, 5),
            "payload.go:44",
            "Dynamic LLM libraries %s",
            "[cpu cpu_avx cpu_avx2 cuda_v11 rocm_v60002]",
        )
        gid, name, cc, total, avail = gpu[f]
        return S(
            f,
            t + secs(r, 0.1, 0.4),
            "types.go:71",
            "inference compute",
            attrs=f'id={gid} library=cuda compute={cc} driver=12.4 name="{name}" total="{total}" available="{avail}"',
        )

    def load(f: str, t: datetime, model: str, fail: bool = False) -> tuple[datetime, bool]:
        blob, arch, layers, ctx_train, size, ftype, (nf32, nq, nq6), buf = OL_MODELS[model]
        big = model == "llama3:70b"
        off = 38 if big else layers + 1
        req = "41.6 GiB" if big else f"{buf / 1024 + 1.2:.1f} GiB"
        path = f"/usr/share/ollama/.ollama/models/blobs/sha256-{blob}{hexid(r, 52)}"
        t = S(
            f,
            t,
            "memory.go:133",
            "offload to cuda",
            attrs=f'layers.requested=-1 layers.model={layers + 1} layers.offload={off} layers.split="" memory.available="[{gpu[f][4]}]" memory.required.full="{req}" memory.required.partial="{"21.9 GiB" if big else req}" memory.required.kv="{1024 if not big else 2560} MiB" memory.weights.total="{buf:.1f} MiB" memory.graph.full="560.0 MiB" memory.graph.partial="677.5 MiB"',
        )
        n_ctx = 2048 if "embed" in model else 8192
        t = S(
            f,
            t + secs(r, 0.01, 0.05),
            "server.go:341",
            "starting llama server",
            attrs=f'cmd="{runners}/cuda_v11/ollama_llama_server --model {path} --ctx-size {n_ctx} --batch-size 512 --embedding --log-disable --n-gpu-layers {off} --parallel 4 --port {r.randrange(33000, 46000)}"',
        )
        t = S(f, t + secs(r, 0.001, 0.01), "sched.go:338", "loaded runners", attrs="count=1")
        t = S(f, t, "server.go:529", "waiting for llama runner to start responding")
        t = S(
            f,
            t + secs(r, 0.01, 0.05),
            "server.go:567",
            "waiting for server to become available",
            attrs='status="llm server error"',
        )
        tid = r.randrange(139000000000000, 140999999999999)
        ts = int(t.timestamp())
        t = raw(
            f,
            t + secs(r, 0.01, 0.05),
            "build info",
            f'INFO [main] build info | build=1 commit="5921b8f" tid="{tid}" timestamp={ts}',
        )
        t = raw(
            f,
            t,
            "system info",
            f'INFO [main] system info | n_threads=8 n_threads_batch=-1 system_info="AVX = 1 | AVX_VNNI = 0 | AVX2 = 0 | AVX512 = 0 | AVX512_VBMI = 0 | AVX512_VNNI = 0 | AVX512_BF16 = 0 | FMA = 0 | NEON = 0 | SVE = 0 | ARM_FMA = 0 | F16C = 0 | FP16_VA = 0 | WASM_SIMD = 0 | BLAS = 1 | SSE3 = 1 | SSSE3 = 1 | VSX = 0 | MATMUL_INT8 = 0 | LLAMAFILE = 1 | " tid="{tid}" timestamp={ts} total_threads=16',
        )
        t = raw(
            f,
            t,
            "HTTP server listening",
            f'INFO [main] HTTP server listening | hostname="127.0.0.1" n_threads_http="15" port="{r.randrange(33000, 46000)}" tid="{tid}" timestamp={ts}',
        )
        kv = [
            ("general.architecture", "str", arch),
            ("general.name", "str", "Meta-Llama-3-70B-Instruct" if big else model.split(":")[0]),
            (f"{arch}.block_count", "u32", str(layers)),
            (f"{arch}.context_length", "u32", str(ctx_train)),
            (
                f"{arch}.embedding_length",
                "u32",
                "8192" if big else "4096" if "embed" not in model else "768",
            ),
            (f"{arch}.feed_forward_length", "u32", "28672" if big else "14336"),
            (f"{arch}.attention.head_count", "u32", "64" if big else "32"),
            (f"{arch}.attention.head_count_kv", "u32", "8"),
            (f"{arch}.rope.freq_base", "f32", "500000.000000"),
            ("general.file_type", "u32", "2"),
            ("tokenizer.ggml.model", "str", "gpt2"),
            (
                "tokenizer.ggml.tokens",
                "arr[str,128256]",
                '["!", "\\"", "#", "$", "%", "&", "\'", ...',
            ),
            ("tokenizer.ggml.bos_token_id", "u32", "128000"),
            ("tokenizer.ggml.eos_token_id", "u32", "128009"),
        ]
        t = raw(
            f,
            t + secs(r, 0.01, 0.05),
            "llama_model_loader: loaded meta data with %d key-value pairs and %d tensors from %s (version %s)",
            f"llama_model_loader: loaded meta data with {len(kv)} key-value pairs and {nf32 + nq + nq6} tensors from {path} (version GGUF V3 (latest))",
        )
        t = raw(
            f,
            t,
            "llama_model_loader: Dumping metadata keys/values. Note: KV overrides do not apply in this output.",
            "llama_model_loader: Dumping metadata keys/values. Note: KV overrides do not apply in this output.",
        )
        for i, (k, typ, v) in enumerate(kv):
            t = raw(
                f,
                t,
                "llama_model_loader: - kv %3d: %42s %-16s = %s",
                f"llama_model_loader: - kv {i:3d}: {k:>42} {typ:<16} = {v}",
            )
        for typ, n in [
            ("f32", nf32),
            ("q4_0" if nq else "f16", nq or nq6),
            ("q6_K", nq6 if nq else 0),
        ]:
            if n:
                t = raw(
                    f,
                    t,
                    "llama_model_loader: - type %4s: %4d tensors",
                    f"llama_model_loader: - type {typ:>4}: {n:4d} tensors",
                )
        t = raw(
            f,
            t + secs(r, 0.05, 0.2),
            "llm_load_vocab: special tokens cache size = %u",
            "llm_load_vocab: special tokens cache size = 256",
        )
        for fmt, v in [
            ("llm_load_print_meta: format           = %s", "GGUF V3 (latest)"),
            ("llm_load_print_meta: arch             = %s", arch),
            ("llm_load_print_meta: n_ctx_train      = %u", str(ctx_train)),
            ("llm_load_print_meta: model type       = %s", size),
            ("llm_load_print_meta: model ftype      = %s", ftype),
            (
                "llm_load_print_meta: model size       = %.2f GiB (%.2f BPW) ",
                "37.22 GiB (4.53 BPW) " if big else "4.33 GiB (4.64 BPW) ",
            ),
        ]:
            t = raw(f, t, fmt, fmt.split("=")[0] + "= " + v)
        t = raw(
            f,
            t + secs(r, 0.05, 0.2),
            "ggml_cuda_init: GGML_CUDA_FORCE_MMQ:   %s",
            "ggml_cuda_init: GGML_CUDA_FORCE_MMQ:   no",
        )
        t = raw(
            f, t, "ggml_cuda_init: found %d %s devices:", "ggml_cuda_init: found 1 CUDA devices:"
        )
        t = raw(
            f,
            t,
            "  Device %d: %s, compute capability %d.%d, VMM: %s",
            f"  Device 0: {gpu[f][1]}, compute capability {gpu[f][2]}, VMM: yes",
        )
        t = raw(
            f,
            t + secs(r, 0.05, 0.2),
            "llm_load_tensors: ggml ctx size = %7.2f MiB",
            f"llm_load_tensors: ggml ctx size = {0.3 if not big else 0.74:7.2f} MiB",
        )
        t = raw(
            f,
            t,
            "llm_load_tensors: offloading %d repeating layers to GPU",
            f"llm_load_tensors: offloading {off - 1 if not big else off} repeating layers to GPU",
        )
        if not big:
            t = raw(
                f,
                t,
                "llm_load_tensors: offloading non-repeating layers to GPU",
                "llm_load_tensors: offloading non-repeating layers to GPU",
            )
        t = raw(
            f,
            t,
            "llm_load_tensors: offloaded %d/%d layers to GPU",
            f"llm_load_tensors: offloaded {off}/{layers + 1} layers to GPU",
        )
        for dev, mib in [("CPU", 281.81 if not big else 16893.55), ("CUDA0", buf)]:
            t = raw(
                f,
                t,
                "llm_load_tensors: %10s buffer size = %8.2f MiB",
                f"llm_load_tensors: {dev:>10} buffer size = {mib:8.2f} MiB",
            )
        if fail:
            t = raw(
                f,
                t + secs(r, 2, 6),
                "CUDA error: %s",
                "CUDA error: out of memory",
                [
                    f"  current device: 0, in function alloc at /go/src/github.com/ollama/ollama/llm/llama.cpp/ggml-cuda.cu:{375}",
                    "  cuMemCreate(&handle, reserve_size, &prop, 0)",
                    'GGML_ASSERT: /go/src/github.com/ollama/ollama/llm/llama.cpp/ggml-cuda.cu:100: !"CUDA error"',
                ],
            )
            t = S(
                f,
                t + secs(r, 0.2, 0.6),
                "sched.go:344",
                "error loading llama server",
                lvl="ERROR",
                attrs='error="llama runner process has terminated: signal: aborted (core dumped) CUDA error: out of memory\\n  current device: 0, in function alloc at /go/src/github.com/ollama/ollama/llm/llama.cpp/ggml-cuda.cu:375\\n  cuMemCreate(&handle, reserve_size, &prop, 0)\\nGGML_ASSERT: /go/src/github.com/ollama/ollama/llm/llama.cpp/ggml-cuda.cu:100: !\\"CUDA error\\""',
            )
            return t, False
        for fmt, v in [
            ("llama_new_context_with_model: n_ctx      = %u", str(n_ctx)),
            (
                "llama_new_context_with_model: freq_base  = %.1f",
                "500000.0" if "embed" not in model else "1000.0",
            ),
        ]:
            t = raw(f, t + secs(r, 0.001, 0.01), fmt, fmt.split("=")[0] + "= " + v)
        kvm = n_ctx / 8
        t = raw(
            f,
            t,
            "llama_kv_cache_init: %10s KV buffer size = %8.2f MiB",
            f"llama_kv_cache_init: {'CUDA0':>10} KV buffer size = {kvm:8.2f} MiB",
        )
        t = raw(
            f,
            t,
            "llama_new_context_with_model: KV self size  = %7.2f MiB, K (%s): %7.2f MiB, V (%s): %7.2f MiB",
            f"llama_new_context_with_model: KV self size  = {kvm:7.2f} MiB, K (f16): {kvm / 2:7.2f} MiB, V (f16): {kvm / 2:7.2f} MiB",
        )
        t = raw(
            f,
            t,
            "llama_new_context_with_model: %10s  output buffer size = %8.2f MiB",
            f"llama_new_context_with_model: {'CUDA_Host':>10}  output buffer size = {2.02:8.2f} MiB",
        )
        t = raw(
            f,
            t,
            "llama_new_context_with_model: %10s compute buffer size = %8.2f MiB",
            f"llama_new_context_with_model: {'CUDA0':>10} compute buffer size = {560.0:8.2f} MiB",
        )
        t = raw(
            f,
            t,
            "llama_new_context_with_model: graph nodes  = %d",
            f"llama_new_context_with_model: graph nodes  = {1030 if 'embed' not in model else 453}",
        )
        t = raw(
            f,
            t + secs(r, 0.3, 1.5),
            "model loaded",
            f'INFO [main] model loaded | tid="{tid}" timestamp={int(t.timestamp())}',
        )
        dt = r.uniform(1.5, 4.5)
        t = S(
            f, t + secs(r, 0.01, 0.05), "server.go:572", "llama runner started in %.2f seconds", dt
        )
        return t, True

    def up_to(f: str, t: datetime) -> None:
        """Models unloaded after five idle minutes."""
        for m, last in list(loaded[f].items()):
            if t - last > timedelta(minutes=5):
                del loaded[f][m]

    start("ws1", t0)
    start("ws2", t0 + secs(r, 30, 90))
    restart = at(11, 2, 10)
    down2 = (restart, restart + timedelta(seconds=20))

    # clients
    def request(f: str, x: datetime, method: str, path: str, model: str | None, ip: str) -> None:
        if model and path != "/api/show":
            up_to(f, x)
            t = x
            if model not in loaded[f]:
                t, _ = load(f, x, model)
            loaded[f][model] = t
            lat = r.uniform(0.02, 0.4) if "embed" in path else r.uniform(0.8, 25)
            gin(f, t + timedelta(seconds=lat), 200, method, path, lat + (t - x).total_seconds(), ip)
            if path == "/api/generate" and r.random() < 0.04:
                raw(
                    f,
                    x + secs(r, 2, 5),
                    "slot context shift",
                    f'INFO [update_slots] slot context shift | n_cache_tokens=8192 n_ctx=8192 n_discard=4094 n_keep=4 n_left=8187 n_past=8191 n_system_tokens=0 slot_id=0 task_id={r.randrange(100, 9000)} tid="{r.randrange(139000000000000, 140999999999999)}" timestamp={int(x.timestamp())}',
                )
        elif path == "/api/show":
            gin(f, x, 200 if r.random() < 0.9 else 404, method, path, r.uniform(0.0005, 0.02), ip)
        else:
            gin(f, x, 200, method, path, r.uniform(0.00005, 0.003), ip)

    # people's working sessions: an editor's assistant (chat, completions), the chat UI, indexing
    for f in ["ws1", "ws2"]:
        for s0 in poisson(r, t0, t_end - timedelta(minutes=15), 2700):
            s1 = s0 + timedelta(minutes=r.uniform(10, 40))
            ip = (
                "127.0.0.1"
                if r.random() < 0.6
                else r.choice(["192.168.1.23", "192.168.1.41", "192.168.1.57"])
            )
            uses_gen = r.random() < 0.5
            for x in poisson(r, s0, s1, 50):
                if f == "ws2" and down2[0] <= x < down2[1]:
                    continue
                k = r.random()
                if k < 0.62:
                    request(f, x, "POST", "/api/chat", "llama3:8b", ip)
                elif k < 0.8 and uses_gen:
                    request(f, x, "POST", "/api/generate", "mistral:7b", ip)
                elif k < 0.88:
                    request(f, x, "GET", "/api/tags", None, ip)
                elif k < 0.93:
                    request(f, x, "POST", "/api/show", "llama3:8b", ip)
                else:
                    request(f, x, "GET", "/api/ps", None, ip)
        for s0 in poisson(r, t0, t_end - timedelta(minutes=5), 5400):
            for x in poisson(r, s0, s0 + timedelta(seconds=r.uniform(30, 90)), 3):
                request(f, x, "POST", "/api/embeddings", "nomic-embed-text:latest", "127.0.0.1")
    # the 70B model asked for on ws1
    for x in [at(9, 31, 12), at(9, 48, 40)]:
        t, _ = load("ws1", x, "llama3:70b", fail=True)
        gin(
            "ws1",
            t + secs(r, 0.01, 0.1),
            500,
            "POST",
            "/api/chat",
            (t - x).total_seconds(),
            "192.168.1.41",
        )
        S(
            "ws1",
            t + secs(r, 5, 6),
            "sched.go:506",
            "gpu VRAM usage didn't recover within timeout",
            lvl="WARN",
            attrs=f"seconds={r.uniform(5.0, 5.4):.6f} model=/usr/share/ollama/.ollama/models/blobs/sha256-0bd51f8f0c97{hexid(r, 52)}",
        )
        loaded["ws1"] = {}
    # ws2 pulls a model over a flaky link
    t = at(7, 15, 3)
    gin("ws2", t - secs(r, 0.2, 0.5), 200, "HEAD", "/", 0.00004, "127.0.0.1")
    blob = "0bd51f8f0c97"
    t = S("ws2", t, "download.go:136", "downloading %s in %d %s part(s)", blob, 64, "622 MB")
    for x in sorted(r.sample(range(12, 64), 14)):
        t += secs(r, 20, 90)
        if r.random() < 0.6:
            ef, et = r.choice(
                [
                    ("unexpected EOF", "unexpected EOF"),
                    (
                        "read tcp %s->%s: read: connection reset by peer",
                        "read tcp 192.168.1.12:51234->104.21.75.227:443: read: connection reset by peer",
                    ),
                    (
                        "http2: server sent GOAWAY and closed the connection; LastStreamID=%v, ErrCode=%v, debug=%q",
                        'http2: server sent GOAWAY and closed the connection; LastStreamID=1999, ErrCode=NO_ERROR, debug=""',
                    ),
                ]
            )
            t = S(
                "ws2",
                t,
                "download.go:175",
                f"%s part %d attempt %d failed: {ef}, retrying in %s",
                msg=f"{blob} part {x} attempt {r.randrange(0, 3)} failed: {et}, retrying in 1s",
            )
        else:
            t = S(
                "ws2",
                t,
                "download.go:251",
                "%s part %d stalled; retrying. If this persists, press ctrl-c to exit, then 'ollama pull' to find a faster connection.",
                blob,
                x,
            )
    gin("ws2", t + secs(r, 60, 120), 200, "POST", "/api/pull", 2712.519, "127.0.0.1")
    # ws2 restarted for an update
    start("ws2", down2[1])
    return o.logs(t0, {"ws1": "ollama-ws1.log", "ws2": "ollama-ws2.log"})


# --------------------------------------------------------------------------------- triton

TR_OPTIONS = [
    ("server_id", "triton"),
    ("server_version", "2.34.0"),
    (
        "server_extensions",
        "classification sequence model_repository model_repository(unload_dependents) schedule_policy model_configuration system_shared_memory cuda_shared_memory binary_tensor_data parameters statistics trace logging",
    ),
    ("model_repository_path[0]", "/models"),
    ("model_control_mode", "MODE_EXPLICIT"),
    ("strict_model_config", "0"),
    ("rate_limit", "OFF"),
    ("pinned_memory_pool_byte_size", "268435456"),
    ("cuda_memory_pool_byte_size{0}", "67108864"),
    ("min_supported_compute_capability", "6.0"),
    ("strict_readiness", "1"),
    ("exit_timeout", "30"),
    ("cache_enabled", "0"),
]


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Triton's TablePrinter: `+---+` rules around the header and the rows."""
    w = [max(len(x) for x in col) for col in zip(header, *rows, strict=True)]
    rule = "+" + "+".join("-" * (n + 2) for n in w) + "+"

    def row(cells: list[str]) -> str:
        return "|" + "|".join(f" {c:<{n}} " for c, n in zip(cells, w, strict=True)) + "|"

    return [rule, row(header), rule, *(row(x) for x in rows), rule, ""]


def tlabel(header: list[str]) -> str:
    """A table's label: an empty message, the table under it, named by its header row."""
    return "\\n%s\\n| " + " | ".join(header) + " |\\n%s"


def triton(r: random.Random) -> list[Log]:
    """Two NVIDIA Triton 23.05 servers (`--model-control-mode=explicit`) on A10G nodes, 06:00 to
    12:00. triton-0 serves resnet50, bert_qa, a Python `preprocess` model and an ensemble; CI
    loads new versions through the repository API: bert_qa version 4 fails three times at
    07:30 and 09:10 (an input the config does not have), version 5 loads at 10:45 and version 3
    is unloaded; clients' bad images make `preprocess` raise (its message with `At:` lines);
    the GPU's power reading fails every minute; the node is drained at 11:40 (shutdown). triton-1
    serves resnet50, yolov8 and preprocess; an operator turns verbose logging on from 10:00 to
    10:30 (each request's lines), and a second yolov8 instance fails to load at 11:05 (ONNX
    Runtime out of memory)."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{lvl[0]}{t:%m%d %H:%M:%S}.{t.microsecond:06d} 1 {ctx}] "

    o = Out(1, ["t0", "t1"], head)
    t0 = at(6, 0, 1)
    models = {
        "t0": [
            ("resnet50", 1, "onnxruntime", "GPU"),
            ("bert_qa", 3, "onnxruntime", "GPU"),
            ("preprocess", 1, "python", "CPU"),
            ("ensemble_classify", 1, "ensemble", ""),
        ],
        "t1": [
            ("resnet50", 1, "onnxruntime", "GPU"),
            ("yolov8", 1, "onnxruntime", "GPU"),
            ("preprocess", 1, "python", "CPU"),
        ],
    }

    def E(
        f: str,
        t: datetime,
        src: str,
        fmt: str,
        *args: object,
        lvl: str = "I",
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e(f, t, fmt, *args, lvl=lvl, ctx=src, msg=msg, cont=cont or [])

    def backend_init(f: str, t: datetime, be: str) -> datetime:
        cc = {"onnxruntime": 2608, "python": 1915, "tensorrt": 65}[be]
        t = E(
            f,
            t,
            f"{be}.cc:{cc}" if be != "python" else f"python_be.cc:{cc}",
            "TRITONBACKEND_Initialize: %s",
            be,
        )
        t = E(
            f,
            t,
            f"{be}.cc:{cc + 10}" if be != "python" else f"python_be.cc:{cc + 10}",
            "Triton TRITONBACKEND API version: %d.%d",
            1,
            12,
        )
        t = E(
            f,
            t,
            f"{be}.cc:{cc + 16}" if be != "python" else f"python_be.cc:{cc + 16}",
            "'%s' TRITONBACKEND API version: %d.%d",
            be,
            1,
            12,
        )
        cfg = '{"cmdline":{"auto-complete-config":"true","backend-directory":"/opt/tritonserver/backends","min-compute-capability":"6.000000","default-max-batch-size":"4"}}'
        if be == "python":
            cfg = '{"cmdline":{"auto-complete-config":"true","backend-directory":"/opt/tritonserver/backends","min-compute-capability":"6.000000","shm-region-prefix-name":"prefix0_","default-max-batch-size":"4"}}'
        return E(
            f,
            t,
            f"{be}.cc:{cc + 46}" if be != "python" else f"python_be.cc:{cc + 46}",
            "backend configuration:\\n%s",
            msg=f"backend configuration:\n{cfg}",
        )

    def load(
        f: str,
        t: datetime,
        name: str,
        ver: int,
        be: str,
        dev: str,
        inst: int = 1,
        inited: set[str] | None = None,
    ) -> datetime:
        t = E(f, t, "model_lifecycle.cc:462", "loading: %s:%d", name, ver)
        if be == "ensemble":
            return E(
                f,
                t + secs(r, 0.01, 0.05),
                "model_lifecycle.cc:817",
                "successfully loaded '%s' version %d",
                name,
                ver,
            )
        if inited is not None and be not in inited:
            inited.add(be)
            t = backend_init(f, t + secs(r, 0.01, 0.05), be)
        src = "onnxruntime.cc" if be == "onnxruntime" else "python_be.cc"
        t = E(
            f,
            t + secs(r, 0.01, 0.1),
            f"{src}:{2708 if be == 'onnxruntime' else 2031}",
            "TRITONBACKEND_ModelInitialize: %s (version %d)",
            name,
            ver,
        )
        if be == "onnxruntime":
            t = E(
                f,
                t,
                "onnxruntime.cc:693",
                "skipping model configuration auto-complete for '%s': inputs and outputs already specified",
                name,
            )
        for i in range(inst):
            t = E(
                f,
                t + secs(r, 0.01, 0.05),
                f"{src}:{2773 if be == 'onnxruntime' else 2118}",
                "TRITONBACKEND_ModelInstanceInitialize: %s (%s device %d)",
                f"{name}_{i}_0" if be == "python" else f"{name}_0_{i}",
                dev,
                0,
            )
            if be == "python":
                t = E(
                    f,
                    t + secs(r, 0.01, 0.05),
                    "stub_launcher.cc:253",
                    "Starting Python backend stub: exec %s",
                    f"/opt/tritonserver/backends/python/triton_python_backend_stub /models/{name}/{ver}/model.py prefix0_{r.randrange(1, 9)} 1048576 1048576 1 /opt/tritonserver/backends/python 336 {name}_{i}_0 DEFAULT",
                )
        return E(
            f,
            t + secs(r, 0.5, 3),
            "model_lifecycle.cc:817",
            "successfully loaded '%s' version %d",
            name,
            ver,
        )

    def unload(f: str, t: datetime, name: str, ver: int, be: str, inst: int = 1) -> datetime:
        t = E(f, t, "model_lifecycle.cc:603", "unloading: %s:%d", name, ver)
        if be != "ensemble":
            src = "onnxruntime.cc" if be == "onnxruntime" else "python_be.cc"
            for _ in range(inst):
                t = E(
                    f,
                    t + secs(r, 0.01, 0.05),
                    f"{src}:{2828 if be == 'onnxruntime' else 2212}",
                    "TRITONBACKEND_ModelInstanceFinalize: delete instance state",
                )
            t = E(
                f,
                t + secs(r, 0.01, 0.05),
                f"{src}:{2751 if be == 'onnxruntime' else 2133}",
                "TRITONBACKEND_ModelFinalize: delete model state",
            )
        return E(
            f,
            t + secs(r, 0.05, 0.3),
            "model_lifecycle.cc:702",
            "successfully unloaded '%s' version %d",
            name,
            ver,
        )

    def start(f: str, t: datetime) -> datetime:
        t = E(
            f,
            t,
            "pinned_memory_manager.cc:241",
            "Pinned memory pool is created at '%p' with size %d",
            msg=f"Pinned memory pool is created at '0x7f{hexid(r, 8)}' with size 268435456",
        )
        t = E(
            f,
            t,
            "cuda_memory_manager.cc:107",
            "CUDA memory pool is created on device %d with size %d",
            0,
            67108864,
        )
        inited: set[str] = set()
        for name, ver, be, dev in models[f]:
            if be != "ensemble":
                t = load(
                    f,
                    t + secs(r, 0.01, 0.1),
                    name,
                    ver,
                    be,
                    dev,
                    2 if name == "resnet50" else 1,
                    inited,
                )
        for name, ver, be, dev in models[f]:
            if be == "ensemble":
                t = load(f, t + secs(r, 0.01, 0.1), name, ver, be, dev)
        t = E(
            f,
            t + secs(r, 0.01, 0.05),
            "server.cc:592",
            tlabel(["Repository Agent", "Path"]),
            msg="",
            cont=table(["Repository Agent", "Path"], []),
        )
        t = E(
            f,
            t,
            "server.cc:619",
            tlabel(["Backend", "Path", "Config"]),
            msg="",
            cont=table(
                ["Backend", "Path", "Config"],
                [
                    [
                        be,
                        f"/opt/tritonserver/backends/{be}/libtriton_{be}.so",
                        '{"cmdline":{"auto-complete-config":"true","backend-directory":"/opt/tritonserver/backends","min-compute-capability":"6.000000","default-max-batch-size":"4"}}',
                    ]
                    for be in sorted(inited)
                ],
            ),
        )
        t = E(
            f,
            t,
            "server.cc:662",
            tlabel(["Model", "Version", "Status"]),
            msg="",
            cont=table(
                ["Model", "Version", "Status"],
                [[n, str(v), "READY"] for n, v, _, _ in sorted(models[f])],
            ),
        )
        t = E(
            f,
            t + secs(r, 0.01, 0.05),
            "metrics.cc:817",
            "Collecting metrics for GPU %d: %s",
            0,
            "NVIDIA A10G",
        )
        t = E(f, t, "metrics.cc:710", "Collecting CPU metrics")
        t = E(
            f,
            t,
            "tritonserver.cc:2458",
            tlabel(["Option", "Value"]),
            msg="",
            cont=table(["Option", "Value"], [[k, v] for k, v in TR_OPTIONS]),
        )
        t = E(
            f,
            t + secs(r, 0.01, 0.05),
            "grpc_server.cc:2451",
            "Started GRPCInferenceService at %s",
            "0.0.0.0:8001",
        )
        t = E(f, t, "http_server.cc:3558", "Started HTTPService at %s", "0.0.0.0:8000")
        return E(f, t, "http_server.cc:187", "Started Metrics Service at %s", "0.0.0.0:8002")

    start("t0", t0)
    start("t1", t0 + secs(r, 10, 30))
    drain = at(11, 40, 12)
    # triton-0: the GPU's power reading
    t = t0 + secs(r, 30, 60)
    while t < drain:
        E(
            "t0",
            t,
            "metrics.cc:603",
            "Unable to get power usage for GPU %u. Status:%s, value:%lf",
            lvl="W",
            msg="Unable to get power usage for GPU 0. Status:Success, value:0.000000",
        )
        t += secs(r, 59, 61)
    # CI deploys of bert_qa
    for d in [at(7, 30, 4), at(9, 10, 33)]:
        t = d
        for _ in range(3):
            t = E("t0", t, "model_lifecycle.cc:462", "loading: %s:%d", "bert_qa", 4)
            t = E(
                "t0",
                t + secs(r, 0.05, 0.2),
                "onnxruntime.cc:2708",
                "TRITONBACKEND_ModelInitialize: %s (version %d)",
                "bert_qa",
                4,
            )
            t = E(
                "t0",
                t + secs(r, 0.1, 0.4),
                "model_lifecycle.cc:626",
                "failed to load '%s' version %d: Invalid argument: unexpected inference input '%s', allowed inputs are: %s",
                "bert_qa",
                4,
                "token_type_ids",
                "input_ids, attention_mask",
                lvl="E",
            )
            t += secs(r, 30, 40)
    t = load("t0", at(10, 45, 2), "bert_qa", 5, "onnxruntime", "GPU")
    t = unload("t0", t + secs(r, 1, 3), "bert_qa", 3, "onnxruntime")
    # preprocess raising on clients' bad images
    for x in poisson(r, t0 + timedelta(minutes=5), drain, 420):
        if r.random() < 0.6:
            n = r.choice([150528, 200704, 602112])
            line = r.choice([58, 61])
            E(
                "t0",
                x,
                "pb_stub.cc:721",
                "Failed to process the request(s) for model '%s', message: ValueError: cannot reshape array of size %d into shape (%d,%d,%d)\\n\\nAt:\\n  %s(%d): execute\\n",
                lvl="E",
                msg=f"Failed to process the request(s) for model 'preprocess_0_0', message: ValueError: cannot reshape array of size {n} into shape (3,224,224)\n\nAt:\n  /models/preprocess/1/model.py({line}): execute\n",
            )
        else:
            E(
                "t0",
                x,
                "pb_stub.cc:721",
                "Failed to process the request(s) for model '%s', message: OSError: cannot identify image file %s\\n\\nAt:\\n  %s(%d): open\\n  %s(%d): execute\\n",
                lvl="E",
                msg=f"Failed to process the request(s) for model 'preprocess_0_0', message: OSError: cannot identify image file <_io.BytesIO object at 0x7f{hexid(r, 10)}>\n\nAt:\n  /usr/local/lib/python3.10/dist-packages/PIL/Image.py(3339): open\n  /models/preprocess/1/model.py(52): execute\n",
            )
    # triton-0 drained
    t = E("t0", drain, "main.cc:334", "Signal (%d) received.", 15, msg="Signal (15) received.")
    t = E(
        "t0",
        t + secs(r, 0.01, 0.05),
        "server.cc:305",
        "Waiting for in-flight requests to complete.",
    )
    t = E(
        "t0",
        t,
        "server.cc:321",
        "Timeout %d: Found %d model versions that have in-flight inferences",
        30,
        0,
    )
    t = E("t0", t, "server.cc:336", "All models are stopped, unloading models")
    live = [
        ("resnet50", 1, "onnxruntime", 2),
        ("bert_qa", 5, "onnxruntime", 1),
        ("preprocess", 1, "python", 1),
        ("ensemble_classify", 1, "ensemble", 0),
    ]
    t = E(
        "t0",
        t,
        "server.cc:343",
        "Timeout %d: Found %d live models and %d in-flight non-inference requests",
        30,
        len(live),
        0,
    )
    for name, ver, be, inst in live:
        unload("t0", t + secs(r, 0.01, 0.4), name, ver, be, inst)
    E(
        "t0",
        t + secs(r, 1.0, 1.2),
        "server.cc:343",
        "Timeout %d: Found %d live models and %d in-flight non-inference requests",
        29,
        0,
        0,
    )
    # triton-1: verbose logging for half an hour
    v0, v1 = at(10, 0, 14), at(10, 30, 2)
    E("t1", v0, "http_server.cc:3452", "HTTP request: %d %s", 2, "/v2/logging")
    t = v0 + secs(r, 5, 10)
    while t < v1:
        E("t1", t, "http_server.cc:3452", "HTTP request: %d %s", 0, "/v2/health/ready")
        t += secs(r, 9.9, 10.1)
    for x in poisson(r, v0 + secs(r, 1, 3), v1, 14):
        model = r.choice(["resnet50", "resnet50", "yolov8"])
        shape, out, oshape, osize = (
            ("[1,3,224,224]", "output", "[1,1000]", 4000)
            if model == "resnet50"
            else ("[1,3,640,640]", "output0", "[1,84,8400]", 2822400)
        )
        inp = "input" if model == "resnet50" else "images"
        t = E("t1", x, "http_server.cc:3452", "HTTP request: %d %s", 2, f"/v2/models/{model}/infer")
        a = f"0x0x7f{hexid(r, 10)}"
        t = E(
            "t1",
            t,
            "infer_request.cc:117",
            "[request id: %s] prepared: %s",
            msg=f"[request id: <id_unknown>] prepared: [{a}] request id: , model: {model}, requested version: -1, actual version: 1, flags: 0x0, correlation id: 0, batch size: 1, priority: 0, timeout (us): 0\noriginal inputs:\n[{a}] input: {inp}, type: FP32, original shape: {shape}, batch + shape: {shape}, shape: {shape[3:] if False else shape}\noverride inputs:\ninputs:\n[{a}] input: {inp}, type: FP32, original shape: {shape}, batch + shape: {shape}, shape: {shape}\noriginal requested outputs:\n{out}\nrequested outputs:\n{out}\n",
        )
        for s0, s1 in [("INITIALIZED", "PENDING"), ("PENDING", "EXECUTING")]:
            t = E(
                "t1",
                t,
                "infer_request.cc:131",
                "[request id: %s] Setting state from %s to %s",
                "<id_unknown>",
                s0,
                s1,
            )
        inst = f"{model}_0_0"
        t = E(
            "t1",
            t,
            "onnxruntime.cc:2836",
            "model %s, instance %s, executing %d requests",
            model,
            inst,
            1,
        )
        t = E(
            "t1",
            t,
            "onnxruntime.cc:1553",
            "TRITONBACKEND_ModelExecute: Running %s with %d requests",
            inst,
            1,
        )
        t = E(
            "t1",
            t + secs(r, 0.002, 0.02),
            "infer_response.cc:167",
            "add response output: output: %s, type: %s, shape: %s",
            out,
            "FP32",
            oshape,
        )
        t = E(
            "t1",
            t,
            "http_server.cc:1101",
            "HTTP: unable to provide '%s' in %s, will use %s",
            out,
            "GPU",
            "CPU",
        )
        t = E(
            "t1",
            t,
            "http_server.cc:1121",
            "HTTP using buffer for: '%s', size: %d, addr: %p",
            msg=f"HTTP using buffer for: '{out}', size: {osize}, addr: 0x7f{hexid(r, 10)}",
        )
        t = E(
            "t1",
            t,
            "infer_request.cc:131",
            "[request id: %s] Setting state from %s to %s",
            "<id_unknown>",
            "EXECUTING",
            "RELEASED",
        )
        E(
            "t1",
            t,
            "pinned_memory_manager.cc:170",
            "pinned memory deallocation: addr %p",
            msg=f"pinned memory deallocation: addr 0x0x7f{hexid(r, 10)}",
        )
    E("t1", v1, "http_server.cc:3452", "HTTP request: %d %s", 2, "/v2/logging")
    # a second yolov8 instance
    t = E("t1", at(11, 5, 40), "model_lifecycle.cc:462", "loading: %s:%d", "yolov8", 2)
    t = E(
        "t1",
        t + secs(r, 0.05, 0.2),
        "onnxruntime.cc:2708",
        "TRITONBACKEND_ModelInitialize: %s (version %d)",
        "yolov8",
        2,
    )
    t = E(
        "t1",
        t,
        "onnxruntime.cc:2773",
        "TRITONBACKEND_ModelInstanceInitialize: %s (%s device %d)",
        "yolov8_0_0",
        "GPU",
        0,
    )
    E(
        "t1",
        t + secs(r, 1, 3),
        "model_lifecycle.cc:626",
        "failed to load '%s' version %d: Internal: onnx runtime error %d: Non-zero status code returned while running %s node. Name:'%s' Status Message: %s Failed to allocate memory for requested buffer of size %d",
        lvl="E",
        msg="failed to load 'yolov8' version 2: Internal: onnx runtime error 6: Non-zero status code returned while running Conv node. Name:'/model.0/conv/Conv' Status Message: /workspace/onnxruntime/onnxruntime/core/framework/bfc_arena.cc:376 void* onnxruntime::BFCArena::AllocateRawInternal(size_t, bool, onnxruntime::Stream*, bool, onnxruntime::WaitNotificationFn) Failed to allocate memory for requested buffer of size 26214400\n",
    )
    return o.logs(t0, {"t0": "triton-0.log", "t1": "triton-1.log"})


# --------------------------------------------------------------------------------- dagster

DG_PY = "/usr/local/lib/python3.11/site-packages"
DG_DAEMONS = "['AssetDaemon', 'BackfillDaemon', 'EventLogConsumerDaemon', 'MonitoringDaemon', 'QueuedRunCoordinatorDaemon', 'SchedulerDaemon', 'SensorDaemon']"
DG_UNREACHABLE = "dagster._core.errors.DagsterUserCodeUnreachableError: Could not reach user code server. gRPC Error code: UNAVAILABLE"
DG_HOURLY = ["extract_orders", "clean_orders", "load_warehouse", "refresh_dashboards"]
DG_INGEST = ["parse_file", "upsert_orders"]


def dg_stack(*frames: tuple[str, int, str, str]) -> list[str]:
    return ["", "Stack Trace:", *pyframes(*frames)]


def dagster(r: random.Random) -> list[Log]:
    """A Dagster 1.7 deployment (`dagster-daemon run`, `dagster-webserver`, one code location
    `analytics` served by `dagster code-server start`, the default run launcher running each
    run's worker under the code server), 06:00 to 10:00: the scheduler checks its schedules
    each minute and launches `hourly_orders` on the hour; `orders_s3_sensor` (every two
    minutes) launches an `ingest_file` run per new file or skips; `partner_api_sensor` finds
    nothing, then its API refuses connections from 06:40 to 07:10 (`Sensor daemon caught an
    error`). The warehouse times out from 08:00 to 08:40: `load_warehouse` fails, retries twice
    and the 08:00 run fails. The run storage's PostgreSQL restarts at 09:05 (each daemon's
    `Caught error:`), the code server is redeployed at 09:30 (`Could not load location`,
    `Error loading repository location`). The UI polls `/graphql`."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx == "uv":
            return "INFO:     "
        return f"{t:%Y-%m-%d %H:%M:%S} +0000 - {ctx} - {lvl} - "

    o = Out(1_000_000, ["d", "w", "c"], head)
    t0, t_end = at(6, 0, 2), at(10, 0, 0)
    api_down, api_up = at(6, 40, 10), at(7, 10, 30)
    wh_down, wh_up = at(7, 59, 30), at(8, 40, 0)
    db_restart = at(9, 5, 12)
    redeploy, code_up = at(9, 30, 5), at(9, 31, 20)
    pid = [4100]

    def D(
        t: datetime, daemon: str, lvl: str, fmt: str, *args: object, msg: str | None = None
    ) -> datetime:
        name = "dagster.daemon" + (f".{daemon}" if daemon else "")
        return o.e("d", t, fmt, *args, lvl=lvl, ctx=name, msg=msg, proc=("d", daemon))

    def W(
        t: datetime,
        fmt: str,
        *args: object,
        lvl: str = "INFO",
        msg: str | None = None,
        name: str = "dagster-webserver",
    ) -> datetime:
        return o.e("w", t, fmt, *args, lvl=lvl, ctx=name, msg=msg, proc=("w", name))

    def access(t: datetime, method: str, path: str, status: str) -> None:
        ip = (
            "10.1.0.1"
            if path == "/server_info"
            else r.choice(["10.1.4.17", "10.1.4.22", "10.1.4.35"])
        )
        o.e(
            "w",
            t,
            f'%s - "{method} {path} HTTP/1.1" {status}',
            ctx="uv",
            msg=f'{ip}:{r.randrange(32768, 61000)} - "{method} {path} HTTP/1.1" {status}',
            proc=("w", "uv"),
        )

    def code_start(t: datetime) -> datetime:
        t = o.e(
            "c",
            t,
            "Starting Dagster code server for %s on port %s in process %s",
            ctx="dagster.code_server",
            msg="Starting Dagster code server for module analytics.definitions on port 4000 in process 1",
            proc=("c", 1),
        )
        return o.e(
            "c",
            t + secs(r, 2, 5),
            "Started Dagster code server for %s on port %s in process %s",
            ctx="dagster.code_server",
            msg="Started Dagster code server for module analytics.definitions on port 4000 in process 1",
            proc=("c", 1),
        )

    def run(
        t: datetime, job: str, steps: list[str], fail_at: str | None = None
    ) -> tuple[datetime, str]:
        rid = uuid4(r)
        ppid = pid[0]
        pid[0] += r.randrange(5, 40)

        def ev(
            t: datetime,
            p: int,
            step: str | None,
            kind: str,
            fmt: str,
            *args: object,
            lvl: str = "DEBUG",
            msg: str | None = None,
        ) -> datetime:
            ctx = (
                f"dagster - {lvl} - {job} - {rid} - {p} - "
                + (f"{step} - " if step else "")
                + f"{kind} - "
            )
            return o.e(
                "c",
                t,
                fmt,
                *args,
                lvl=lvl,
                ctx="",
                msg=ctx + (msg if msg is not None else fmt % args),
                proc=("c", p),
            )

        def user(t: datetime, step: str, p: int, fmt: str, *args: object) -> datetime:
            return o.e(
                "c",
                t,
                fmt,
                *args,
                ctx="",
                msg=f"dagster - INFO - {job} - {rid} - {step} - " + fmt % args,
                proc=("c", p),
            )

        t = ev(t, ppid, None, "RUN_START", 'Started execution of run for "%s".', job)
        t = ev(
            t + secs(r, 0.5, 1.5),
            ppid,
            None,
            "ENGINE_EVENT",
            "Executing steps using multiprocess executor: parent process (pid: %d)",
            ppid,
        )
        failed = False
        for i, step in enumerate(steps):
            if failed:
                t = ev(
                    t + secs(r, 0.1, 0.5),
                    ppid,
                    None,
                    "ENGINE_EVENT",
                    "Dependencies for step %s failed: %s. Not executing.",
                    step,
                    [steps[i - 1]] if i else [],
                )
                continue
            attempts = 3 if step == fail_at else 1
            for attempt in range(1, attempts + 1):
                sp = pid[0]
                pid[0] += r.randrange(3, 9)
                t = ev(
                    t + secs(r, 0.1, 0.5),
                    ppid,
                    step,
                    "STEP_WORKER_STARTING",
                    'Launching subprocess for "%s".',
                    step,
                )
                t = ev(
                    t + secs(r, 2, 5),
                    sp,
                    step,
                    "STEP_WORKER_STARTED",
                    'Executing step "%s" in subprocess.',
                    step,
                )
                t = ev(
                    t + secs(r, 0.1, 0.4),
                    sp,
                    step,
                    "RESOURCE_INIT_STARTED",
                    "Starting initialization of resources [%s].",
                    "io_manager, snowflake",
                )
                t = ev(
                    t + secs(r, 0.3, 1.5),
                    sp,
                    step,
                    "RESOURCE_INIT_SUCCESS",
                    "Finished initialization of resources [%s].",
                    "io_manager, snowflake",
                )
                t = ev(
                    t + secs(r, 0.05, 0.2),
                    sp,
                    None,
                    "LOGS_CAPTURED",
                    "Started capturing logs in process (pid: %d).",
                    sp,
                )
                if attempt > 1:
                    t = ev(
                        t,
                        sp,
                        step,
                        "STEP_RESTARTED",
                        'Started re-execution (attempt # %d) of step "%s".',
                        attempt,
                        step,
                    )
                else:
                    t = ev(t, sp, step, "STEP_START", 'Started execution of step "%s".', step)
                if i > 0:
                    t = ev(
                        t + secs(r, 0.1, 1),
                        sp,
                        step,
                        "LOADED_INPUT",
                        'Loaded input "%s" using input manager "%s", from output "%s" of step "%s"',
                        steps[i - 1],
                        "io_manager",
                        "result",
                        steps[i - 1],
                    )
                if step == fail_at:
                    e = (
                        "snowflake.connector.errors.OperationalError: 250003 (08001): Failed to get the response. Hanging? method: post, url: https://acme-analytics.snowflakecomputing.com:443/queries/v1/query-request?requestId="
                        + uuid4(r)
                    )
                    trace = "\n".join(
                        [
                            *dg_stack(
                                (
                                    f"{DG_PY}/dagster/_core/execution/plan/utils.py",
                                    54,
                                    "op_execution_error_boundary",
                                    "yield",
                                ),
                                (
                                    f"{DG_PY}/dagster/_utils/__init__.py",
                                    467,
                                    "iterate_with_context",
                                    "next_output = next(iterator)",
                                ),
                                (
                                    "/opt/dagster/app/analytics/ops/warehouse.py",
                                    88,
                                    "load_warehouse",
                                    "cur.execute(MERGE_ORDERS, params)",
                                ),
                                (
                                    f"{DG_PY}/snowflake/connector/cursor.py",
                                    1080,
                                    "execute",
                                    "ret = self._execute_helper(query, **kwargs)",
                                ),
                                (
                                    f"{DG_PY}/snowflake/connector/network.py",
                                    1118,
                                    "_request_exec",
                                    "raise RetryRequest(err)",
                                ),
                            )
                        ]
                    )
                    body = f'Error occurred while executing op "{step}"::\n\n{e}\n{trace}\n'
                    if attempt < attempts:
                        t = ev(
                            t + secs(r, 60, 90),
                            sp,
                            step,
                            "STEP_UP_FOR_RETRY",
                            'Execution of step "%s" failed and has requested a retry in %d seconds.\\n\\ndagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op "%s"::\\n\\nsnowflake.connector.errors.OperationalError: 250003 (08001): Failed to get the response. Hanging? method: %s, url: %s\\n%s',
                            msg=f'Execution of step "{step}" failed and has requested a retry in 30 seconds.\n\ndagster._core.errors.DagsterExecutionStepExecutionError: {body}',
                            lvl="DEBUG",
                        )
                        t += timedelta(seconds=30)
                        continue
                    t = ev(
                        t + secs(r, 60, 90),
                        sp,
                        step,
                        "STEP_FAILURE",
                        'Execution of step "%s" failed.\\n\\ndagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op "%s"::\\n\\nsnowflake.connector.errors.OperationalError: 250003 (08001): Failed to get the response. Hanging? method: %s, url: %s\\n%s',
                        msg=f'Execution of step "{step}" failed.\n\ndagster._core.errors.DagsterExecutionStepExecutionError: {body}',
                        lvl="ERROR",
                    )
                    failed = True
                    break
                if step == "extract_orders":
                    t = user(
                        t + secs(r, 1, 6),
                        sp,
                        step,
                        "fetched %d orders since %s",
                        r.randrange(200, 4000),
                        t.replace(minute=0, second=0, microsecond=0).isoformat(),
                    )
                elif step == "parse_file":
                    t = user(
                        t + secs(r, 1, 6),
                        sp,
                        step,
                        "parsed %d rows from %s",
                        r.randrange(50, 900),
                        f"s3://raw-orders/incoming/{t:%Y%m%d-%H%M}-{hexid(r, 6)}.csv",
                    )
                elif step == "load_warehouse" or step == "upsert_orders":
                    t = user(
                        t + secs(r, 3, 30),
                        sp,
                        step,
                        "merged %d rows into %s",
                        r.randrange(200, 4000),
                        "ANALYTICS.PUBLIC.ORDERS",
                    )
                else:
                    t += secs(r, 2, 20)
                t = ev(
                    t + secs(r, 0.1, 0.5),
                    sp,
                    step,
                    "STEP_OUTPUT",
                    'Yielded output "%s" of type "%s". (Type check passed).',
                    "result",
                    "Any" if step == "refresh_dashboards" else "DataFrame",
                )
                t = ev(
                    t + secs(r, 0.1, 1.5),
                    sp,
                    step,
                    "HANDLED_OUTPUT",
                    'Handled output "%s" using IO manager "%s"',
                    "result",
                    "io_manager",
                )
                t = ev(
                    t + secs(r, 0.01, 0.1),
                    sp,
                    step,
                    "STEP_SUCCESS",
                    'Finished execution of step "%s" in %s.',
                    step,
                    f"{r.uniform(2, 50):.2f}s",
                )
                break
        t = ev(
            t + secs(r, 0.5, 1.5),
            ppid,
            None,
            "ENGINE_EVENT",
            "Multiprocess executor: parent process exiting after %s (pid: %d)",
            f"{r.randrange(1, 4)}m{r.randrange(0, 60)}s",
            ppid,
        )
        if failed:
            t = ev(
                t + secs(r, 0.01, 0.2),
                ppid,
                None,
                "RUN_FAILURE",
                'Execution of run for "%s" failed. Steps failed: %s.',
                job,
                [fail_at],
                lvl="ERROR",
            )
        else:
            t = ev(
                t + secs(r, 0.01, 0.2),
                ppid,
                None,
                "RUN_SUCCESS",
                'Finished execution of run for "%s".',
                job,
            )
        return t, rid

    def code_ok(t: datetime) -> bool:
        return not (redeploy <= t < code_up)

    # start-up
    code_start(t0)
    D(
        t0 + secs(r, 3, 6),
        "",
        "INFO",
        "Instance is configured with the following daemons: %s",
        DG_DAEMONS,
    )
    W(
        t0 + secs(r, 4, 8),
        "Serving dagster-webserver on http://%s:%s in process %s",
        "0.0.0.0",
        3000,
        1,
    )
    unreachable = "\n".join(
        [
            DG_UNREACHABLE,
            *dg_stack(
                (
                    f"{DG_PY}/dagster/_grpc/client.py",
                    181,
                    "_query",
                    "return self._get_response(method, request=request_type(**kwargs), timeout=timeout)",
                ),
                (
                    f"{DG_PY}/dagster/_grpc/client.py",
                    161,
                    "_get_response",
                    "return getattr(stub, method)(request, metadata=self._metadata, timeout=timeout)",
                ),
                (
                    f"{DG_PY}/grpc/_channel.py",
                    1181,
                    "__call__",
                    "return _end_unary_response_blocking(state, call, False, None)",
                ),
            ),
        ]
    )
    # the scheduler
    t = t0 + secs(r, 10, 20)
    while t < t_end:
        if not code_ok(t):
            D(
                t,
                "SchedulerDaemon",
                "WARNING",
                "Could not load location %s to check for schedules due to the following error: dagster._core.errors.DagsterUserCodeUnreachableError: Could not reach user code server. gRPC Error code: %s\\n%s",
                msg=f"Could not load location analytics to check for schedules due to the following error: {unreachable}",
            )
        else:
            D(
                t,
                "SchedulerDaemon",
                "INFO",
                "Checking for new runs for the following schedules: %s",
                "hourly_orders_schedule, daily_reporting_schedule",
            )
            if t.minute == 0:
                x = D(
                    t + secs(r, 0.5, 1.5),
                    "SchedulerDaemon",
                    "INFO",
                    "Evaluating schedule `%s` at %s",
                    "hourly_orders_schedule",
                    f"{t:%Y-%m-%d %H}:00:00 +0000",
                )
                x, _ = run(
                    x + secs(r, 4, 8),
                    "hourly_orders",
                    DG_HOURLY,
                    "load_warehouse" if wh_down <= x < wh_up else None,
                )
            elif t.minute == 1 and t.hour != 6:
                D(
                    t + secs(r, 0.5, 1.5),
                    "SchedulerDaemon",
                    "INFO",
                    "No new tick times to evaluate for %s",
                    "daily_reporting_schedule",
                )
        t += secs(r, 59.8, 60.2)
    # hourly launches: the run id in the daemon's line
    # sensors
    for name, every in [("orders_s3_sensor", 120), ("partner_api_sensor", 120)]:
        t = t0 + secs(r, 20, 60)
        while t < t_end:
            if not code_ok(t):
                D(
                    t,
                    "SensorDaemon",
                    "WARNING",
                    "Could not load location %s to check for sensors due to the following error: dagster._core.errors.DagsterUserCodeUnreachableError: Could not reach user code server. gRPC Error code: %s\\n%s",
                    msg=f"Could not load location analytics to check for sensors due to the following error: {unreachable}",
                )
                t += secs(r, every - 1, every + 1)
                continue
            D(t, "SensorDaemon", "INFO", "Checking for new runs for sensor: %s", name)
            x = t + secs(r, 0.5, 3)
            if name == "partner_api_sensor":
                if api_down <= t < api_up:
                    err = "\n".join(
                        [
                            f"dagster._core.errors.SensorExecutionError: Error occurred during the execution of evaluation_fn for sensor {name}",
                            *dg_stack(
                                (
                                    f"{DG_PY}/dagster/_grpc/impl.py",
                                    384,
                                    "get_external_sensor_execution",
                                    "with user_code_error_boundary(",
                                ),
                                (
                                    "/usr/local/lib/python3.11/contextlib.py",
                                    158,
                                    "__exit__",
                                    "self.gen.throw(typ, value, traceback)",
                                ),
                                (
                                    f"{DG_PY}/dagster/_core/errors.py",
                                    297,
                                    "user_code_error_boundary",
                                    "raise new_error from e",
                                ),
                            ),
                            "The above exception was caused by the following exception:",
                            f"requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.partner.example', port=443): Max retries exceeded with url: /v2/orders?since={t:%Y-%m-%dT%H:%M}:00Z (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f{hexid(r, 10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))",
                            *dg_stack(
                                (
                                    "/opt/dagster/app/analytics/sensors.py",
                                    41,
                                    "partner_api_sensor",
                                    'resp = requests.get(f"{PARTNER_API}/v2/orders", params={"since": cursor}, timeout=10)',
                                ),
                                (
                                    f"{DG_PY}/requests/adapters.py",
                                    519,
                                    "send",
                                    "raise ConnectionError(e, request=request)",
                                ),
                            ),
                        ]
                    )
                    D(
                        x,
                        "SensorDaemon",
                        "ERROR",
                        "Sensor daemon caught an error for sensor %s",
                        msg=f"Sensor daemon caught an error for sensor {name}\n{err}",
                    )
                else:
                    D(x, "SensorDaemon", "INFO", "No run requests returned for %s, skipping", name)
            else:
                if r.random() < 0.12:
                    x = D(x, "SensorDaemon", "INFO", "Launching run for %s", name)
                    _, rid = run(x + secs(r, 3, 8), "ingest_file", DG_INGEST)
                    D(
                        x + secs(r, 1, 2),
                        "SensorDaemon",
                        "INFO",
                        "Completed launch of run %s for %s",
                        rid,
                        name,
                    )
                else:
                    D(
                        x,
                        "SensorDaemon",
                        "INFO",
                        "Sensor %s skipped: No new files in %s",
                        msg=f"Sensor {name} skipped: No new files in s3://raw-orders/incoming/",
                    )
            t += secs(r, every - 1, every + 1)
    # the storage database restarts
    for dm in ["SchedulerDaemon", "SensorDaemon", "MonitoringDaemon", "BackfillDaemon"]:
        e = "\n".join(
            [
                "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly",
                "\tThis probably means the server terminated abnormally",
                "\tbefore or while processing the request.",
                "",
                "(Background on this error at: https://sqlalche.me/e/20/e3q8)",
                *dg_stack(
                    (
                        f"{DG_PY}/dagster/_daemon/daemon.py",
                        225,
                        "core_loop",
                        "yield from self.run_iteration(workspace_process_context)",
                    ),
                    (
                        f"{DG_PY}/dagster/_core/storage/runs/sql_run_storage.py",
                        218,
                        "get_runs",
                        "rows = self.fetchall(query)",
                    ),
                    (
                        f"{DG_PY}/sqlalchemy/engine/default.py",
                        924,
                        "do_execute",
                        "cursor.execute(statement, parameters)",
                    ),
                ),
            ]
        )
        D(
            db_restart + secs(r, 0.5, 20),
            dm,
            "ERROR",
            "Caught error:\\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly\\n%s",
            msg=f"Caught error:\n{e}",
        )
    W(
        redeploy + secs(r, 5, 20),
        "Error loading repository location %s:dagster._core.errors.DagsterUserCodeUnreachableError: Could not reach user code server. gRPC Error code: %s\\n%s",
        lvl="WARNING",
        msg=f"Error loading repository location analytics:{unreachable}",
        name="dagster_webserver",
    )
    code_start(code_up - secs(r, 4, 6))
    # the UI and the probe
    t = t0 + secs(r, 30, 60)
    while t < t_end:
        access(t, "GET", "/server_info", "200 OK")
        t += secs(r, 119, 121)
    for s0 in poisson(r, t0, t_end, 1500):
        for x in poisson(r, s0, s0 + timedelta(minutes=r.uniform(5, 25)), 15):
            access(x, "POST", "/graphql", "200 OK")
        access(s0, "GET", "/", "200 OK")
    return o.logs(
        t0,
        {
            "d": "dagster-daemon.log",
            "w": "dagster-webserver.log",
            "c": "dagster-code-analytics.log",
        },
    )


SYSTEMS = {
    "mlflow": mlflow,
    "vllm": vllm,
    "ollama": ollama,
    "triton": triton,
    "dagster": dagster,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
