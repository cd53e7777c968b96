#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 190 (torchserve, tensorboard, localai,
stable-diffusion-webui, cvat) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format string
that wrote it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file), except where the log cannot show it:
LocalAI's zerolog console prints Go's Kitchen time (`6:04AM`), a minute, so its Clock (kept at a
microsecond) only orders the lines. Five machine-learning servers and tools, 06:00 to 12:00 on
2024-06-07. None of the five was in the set (Triton, TorchRun, MLflow, Ray, BentoML, vLLM, Ollama,
llama-server, ComfyUI, Label Studio and Jupyter are).

- TorchServe 0.10 (`ts-0-ts_log.log`, `ts-0-access_log.log`, `ts-1-...`: two pods' log4j2 files,
  ts_log's `%d{ISO8601} [%-5p] %t %c - %m%n` with DEBUG on, access_log's `%d{ISO8601} - %m%n`):
  resnet-18 and bert-sentiment behind one Service; every batch's `Flushing req.cmd %s repeats %d to
  backend at: %d`, `Looping backend response at: %d`, the handler's two `result=[METRICS]...,
  pattern=[METRICS]` lines (HandlerTime, PredictionTime) and `Backend response time: %d`, an access
  line per request (`/10.42.3.17:41210 "POST /predictions/resnet-18 HTTP/1.1" 200 48`); a
  review-scoring job's bursts of 32 concurrent requests 07:05-07:21 against job_queue_size=8 (503s)
  until the operator scales bert-sentiment to three workers at 07:12 (`updateModel: %s, count: %d`,
  each new worker's `Worker cmdline: [...]`, `State change null -> WORKER_STARTED`, `Connecting
  to:`, the LOAD) and back to one at 07:50 (`WORKER_SCALED_DOWN`, `terminateIOStreams()
  threadName=%s`, `System state is : %s`, `Shutting down the thread .. Scaling down.`, `Stopped
  Scanner - %s`); ts-0's resnet-18 worker killed by the kernel at 09:30 and 09:41 (`%d Worker
  disconnected. %s`, `Backend worker monitoring thread interrupted or backend worker process
  died., responseTimeout:120sec` with Java's InterruptedException stack, `Retry worker: %d in %d
  seconds.`, a 500 for the request in flight); a bert-sentiment-v2 archive registered on ts-0 at
  10:15 whose handler dies on every load (`Load model failed: %s, error: Worker died.`, `Auto
  recovery failed again`, the retries' Fibonacci back-off) until it is deleted at 10:23 (`Removed
  model: %s version: %s`).
- TensorBoard 2.16 (`tensorboard.log`: a pod's output of `tensorboard --logdir /mnt/experiments
  --bind_all --load_fast=false --reload_interval 600 --verbosity 0`, absl's `I0607
  06:03:17.412000 140331977332480 data_ingester.py:97] ` head, werkzeug's request lines through
  it): every reload's `TensorBoard reload process beginning`, `Starting AddRunsFromDirectory: %s`,
  `Adding run from directory %s` per run, `Reloading runs serially (one after another) on the main
  thread.`, `No path found after %s` per run, `TensorBoard done reloading. Load took %0.3f secs`;
  researchers' visits (`::ffff:10.42.0.17 - - [07/Jun/2024 06:12:03] "GET /data/runs HTTP/1.1" 200
  -`), some with auto-reload on (a poll every 30 s); a two-node LoRA run whose ranks both write into
  one run directory (`Directory watcher advancing from %s to %s`, then `File %s updated even though
  the current file is %s`); a fine-tune resumed from a checkpoint at 08:41 (`Detected out of order
  event.step likely caused by a TensorFlow restart. Purging %s expired tensor events ...`); the
  NFS server stalling 09:05-09:18 (walks list nothing, `Unable to reload accumulator %r: [Errno 5]
  Input/output error: %r` per run); a ServiceMonitor scraping /metrics every minute from 09:34
  (`path %s not found, sending 404` and werkzeug's yellow `"\x1b[33mGET /metrics
  HTTP/1.1\x1b[0m" 404 -`); a run deleted at 10:12 (`Deleting accumulator %r`), new runs
  (`Constructing EventAccumulator for %s`), and the ingress resetting idle keep-alive connections
  (`HTTP serving error` with its traceback).
- LocalAI 2.16 (`localai.log`: `docker logs` of the CUDA 12 image at log level info, zerolog's
  console `6:04AM INF Success ip=172.19.0.3 latency=1.064848ms method=POST status=200
  url=/v1/chat/completions`, its fields sorted, a value with a blank or a `µ` quoted): Docker's
  health check on /readyz every minute, Open WebUI's streamed chats (the handler returns before
  the answer, so latencies are a few milliseconds and a model loads behind the request line), a
  RAG indexer's embeddings at 06:30 and 10:05, Open WebUI pointed at the Ollama API 07:02-07:31
  (`WRN Client error ... status=404 url=/api/tags`), a developer's script asking for `gpt-4`
  08:10-08:40 (the greedy loader: `Trying to load the model '%s' with the backend '%s'`, per backend
  `[%s] Attempting to load`, `Loading model '%s' with backend %s`, `[%s] Fails: %s` with five
  backend errors, then `ERR Server error error="could not load model - all backends returned
  error: ..."`), the container restarted at 09:45 with the idle watchdog on (`Starting LocalAI using
  %d threads, with models path: %s`, `Model name: %s`, `[WatchDog] starting watchdog`, `LocalAI API
  is listening! ...`; later `[WatchDog] Address %s is idle for too long, killing it` and reloads,
  `[llama-cpp] attempting to load with CUDA variant`), meeting notes transcribed from 10:30, and
  the llama.cpp backend dying under a 32k-token chat at 11:08 (`error="rpc error: code = Unavailable
  desc = error reading from server: EOF"`).
- stable-diffusion-webui 1.9.4 (`gpu1-webui.log`, `gpu2-webui.log`: systemd's `StandardOutput=
  append:` file of `webui.sh --nowebui --api --api-log --listen --xformers
  --disable-console-progressbars`, with sd-webui-controlnet 1.1.449): a studio's render gateway
  sending txt2img and img2img jobs and polling progress every 2.5 s, each request written twice,
  by A1111's `--api-log` middleware (`API 2024-06-07 06:11:04.110253 200 http/1.1 GET
  /sdapi/v1/progress 10.20.0.5 0.0074`) and by uvicorn (`INFO:     10.20.0.5:53845 - "GET
  /sdapi/v1/progress?skip_current_image=true HTTP/1.1" 200 OK`); checkpoint overrides (`Loading
  weights [%s] from %s`, `Applying attention optimization: xformers... done.`, `Weights loaded in
  %s.`) and a checkpoint uploaded at 08:50 (`Calculating sha256 for %s: %s`), all without a time;
  ControlNet units in ControlNet's own `%(asctime)s - %(name)s - %(levelname)s - %(message)s`
  lines, the level in ANSI green (`Loading model from cache: %s`, `Using preprocessor: %s`,
  `preprocessor resolution = %s`, `ControlNet Hooked - Time = %s`; with a cache of one model,
  `Loading model: %s`, `Loaded state_dict from [%s]`, `controlnet_default_config`, `ControlNet
  model %s(%s) loaded.` at each switch); a hires-fix batch run out of GPU memory on gpu2 five times
  10:20-10:35 (`API error: POST: http://...:7861/sdapi/v1/txt2img {'error': 'OutOfMemoryError',
  ...}` and rich's traceback panels, 53 lines each, then the 500s).
- CVAT 2.14 (`cvat_server.log`, `cvat_worker_export.log`: `docker logs` of the server and the
  export worker, whose supervisord runs at loglevel=debug and writes each chunk of its programs'
  output as a record of its own, `2024-06-07 06:00:09,200 DEBG 'uvicorn-1' stdout output:`, the
  chunk, a blank line): uvicorn's access lines (`INFO:     172.18.0.6:0 - "GET
  /api/jobs/412/data?org=&quality=compressed&type=chunk&number=3 HTTP/1.0" 200 OK`) for eight
  annotators' chunk fetches and saves, OPA polling `/api/auth/rules` (304) every 20-40 s, Django's
  `[%(asctime)s] %(levelname)s %(name)s: %(message)s` lines on stderr: a job deleted under an
  annotator who keeps saving it 07:40-07:46 (`Not Found: %s`), the database restarted 08:15-08:21
  (`Internal Server Error: %s` with psycopg2's and Django's chained traceback), a cvat-cli job with
  an expired token 10:30-10:50 (`Unauthorized: %s`); exports polled by the UI (202, 201, the
  download), task 88's COCO export failing on a full disk at 09:06 in the worker (rq's `[Job %s]:
  exception raised while executing (%s)` and its traceback; the poll's `Internal Server Error`) and
  succeeding at 09:51; rq's `%H:%M:%S %(message)s` lines (`export: %s (%s)`, `export: Job OK (%s)`
  with `Result is kept for 500 seconds` in the same chunk, `Cleaning registries for queue: %s`
  every ten minutes per worker) and CVAT's `The task '%s' is exported as '%s' at '%s' and available
  for downloading for the next %s. Export cache cleaning job is enqueued, id '%s'`.

Label notes. The heads are context: log4j2's date, level, thread and logger, absl's level letter,
date, thread id and `file:line]`, zerolog's time and level, uvicorn's `INFO:     ` and
ControlNet's date, name and level, Django's and rq's heads, and supervisord's `DEBG '%s' %s
output:` around a chunk: the header is supervisord's wrapper, not an event of the program's, and
the chunk's lines are labelled by their own formats, each line a program wrote (a chunk of two rq
lines) its own label (`labels_on_chunks`; the header lines carry no label). Access records are labelled as the set's access logs are: method, route (ids,
model names, run ids and file hashes as `%s`, a query's keys kept), status, and for LocalAI's
`Server error` the error's format; A1111's `API ...` line is its own call site (`API GET
/sdapi/v1/progress 200`), uvicorn's line for the same request another; zerolog's `Success`,
`Client error`, `Server error` are fiberzerolog's words for the status, and its fields describe the
request. An enum's name is a value: TorchServe's `req.cmd` (PREDICT, LOAD) and worker states,
LocalAI's backend names in brackets. A message of its own contributes its format: a Go error after
`Fails: ` (five formats), the rpc error of a `Server error`, the OSError after `Unable to reload
accumulator %r: `, the CUDA OOM text in A1111's `API error:` dict, TorchServe's metric line after
`result=` (HandlerTime and PredictionTime are the handler's literals: two labels). The lines after
the first of an event (Java and Python tracebacks, rich's panels and the wrapped exception text
under `API error:`, TorchServe's configuration dump, a DEBG record's chunk and blank line) have no
row. Written from the helper's knowledge; TensorBoard's multiplexer, directory watcher, data
ingester and server messages and LocalAI's loader and watchdog messages were read in copies of
their sources; TorchServe's worker, metric and access lines, LocalAI's request lines, CVAT's DEBG
records and ControlNet's lines follow real logs quoted in issues.

Least sure: TorchServe's `Shutting down the thread .. Scaling down.` and the order of the
scale-down lines, whether 0.10 writes `Auto recovery failed again` on every retry and
`Removed model:` on a DELETE, the stack's line numbers; TensorBoard's line numbers in the absl
head, whether `--verbosity 0` reaches absl through TensorBoard's parser, the OSError an NFS
stall raises through the TensorFlow stub; LocalAI 2.16's `core/startup process completed!` and
`LocalAI API is listening!` lines (seen in 2.20) and fiberzerolog's request lines in 2.16, the
greedy loader's backend list and each backend's error text; A1111's rich panel widths and the
frames it keeps, ControlNet's cache size default; CVAT's worker supervisord level, rq's job id
scheme and the `is exported as` message's logger and wording.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any


def epoch_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def log4j_iso(t: datetime) -> str:
    """log4j2's %d{ISO8601}: 2024-06-07T06:00:01,234."""
    return f"{t:%Y-%m-%dT%H:%M:%S},{t.microsecond // 1000:03d}"


def py_asctime(t: datetime) -> str:
    """Python logging's %(asctime)s: 2024-06-07 06:00:01,234."""
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def go_dur_ns(ns: int) -> str:
    """Go's time.Duration.String() of a whole number of nanoseconds."""
    if ns < 1000:
        return f"{ns}ns"
    if ns < 1_000_000:
        return f"{ns / 1e3:.3f}".rstrip("0").rstrip(".") + "µs"
    if ns < 1_000_000_000:
        return f"{ns / 1e6:.6f}".rstrip("0").rstrip(".") + "ms"
    m, rest = divmod(ns, 60_000_000_000)
    s = f"{rest / 1e9:.9f}".rstrip("0").rstrip(".") + "s"
    return f"{m}m{s}" if m else s


# ------------------------------------------------------------------------------- torchserve

TS_SITE = "/home/venv/lib/python3.9/site-packages"
TS_SOCK = "/home/model-server/tmp/.ts.sock"
TS_WT = "org.pytorch.serve.wlm.WorkerThread"
TS_WLC = "org.pytorch.serve.wlm.WorkerLifeCycle"
TS_CMDLINE = f"[/home/venv/bin/python, {TS_SITE}/ts/model_service_worker.py, --sock-type, unix, --sock-name, {TS_SOCK}.%d, --metrics-config, {TS_SITE}/ts/configs/metrics.yaml]"
TS_STACK = [
    "java.lang.InterruptedException: null",
    "\tat java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.reportInterruptAfterWait(AbstractQueuedSynchronizer.java:1668) ~[?:?]",
    "\tat java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos(AbstractQueuedSynchronizer.java:1773) ~[?:?]",
    "\tat java.util.concurrent.ArrayBlockingQueue.poll(ArrayBlockingQueue.java:435) ~[?:?]",
    "\tat org.pytorch.serve.wlm.WorkerThread.run(WorkerThread.java:229) [model-server.jar:?]",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136) [?:?]",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635) [?:?]",
    "\tat java.lang.Thread.run(Thread.java:840) [?:?]",
]
TS_CLIENTS = ["10.42.3.17", "10.42.3.18", "10.42.5.40", "10.42.5.41"]
TS_ADMIN = "10.42.0.9"


def torchserve(r: random.Random) -> list[Log]:
    """Two TorchServe 0.10 pods (`ts-0`, `ts-1`) serving resnet-18 and bert-sentiment behind one
    Service, 06:00 to 12:00: a review-scoring batch job flooding bert-sentiment 07:05-07:21
    (503s until the operator scales it to three workers at 07:12, back to one at 07:50), ts-0's
    resnet-18 worker killed twice by the kernel (09:30, 09:41), and a bert-sentiment-v2 archive
    registered on ts-0 at 10:15 whose worker dies on every load until it is deleted."""
    fs = Files()
    host = {"ts-0": "torchserve-0", "ts-1": "torchserve-1"}
    workers: dict[str, dict[str, list[int]]] = {
        "ts-0": {"resnet-18": [9000], "bert-sentiment": [9001]},
        "ts-1": {"resnet-18": [9000], "bert-sentiment": [9001]},
    }
    next_port = {"ts-0": 9002, "ts-1": 9002}
    version = {"resnet-18": "1.0", "bert-sentiment": "1.0", "bert-sentiment-v2": "2.0"}
    busy: dict[tuple[str, int], datetime] = {}
    dead: list[tuple[datetime, datetime]] = []

    def wname(model: str, port: int) -> str:
        return f"W-{port}-{model}_{version[model]}"

    def ts(
        pod: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg,
        extra: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            m = msg(x) if callable(msg) else msg
            return [f"{log4j_iso(x)} [{level:<5}] {thread} {logger} - {m}", *(extra or [])]

        return fs.add(f"{pod}-ts_log.log", t, label, text, (pod, "ts"), 1000)

    def access(
        pod: str, t: datetime, client: str, method: str, uri: str, code: int, took: int, label: str
    ) -> datetime:
        port = r.randint(32768, 60999)
        return fs.add(
            f"{pod}-access_log.log",
            t,
            label,
            lambda x: [
                f'{log4j_iso(x)} - /{client}:{port} "{method} {uri} HTTP/1.1" {code} {took}'
            ],
            (pod, "access"),
            1000,
        )

    def flush(pod: str, t: datetime, w: str, cmd: str) -> datetime:
        t = ts(
            pod,
            t,
            "DEBUG",
            w,
            TS_WT,
            "Flushing req.cmd %s repeats %d to backend at: %d",
            lambda x: f"Flushing req.cmd {cmd} repeats 1 to backend at: {epoch_ms(x)}",
        )
        return ts(
            pod,
            t + sec(r.uniform(0.0003, 0.0015)),
            "INFO",
            w,
            TS_WT,
            "Looping backend response at: %d",
            lambda x: f"Looping backend response at: {epoch_ms(x)}",
        )

    def batch(
        pod: str,
        t: datetime,
        model: str,
        reqs: list[tuple[datetime, str]],
        ports: list[int],
        slow: bool = False,
    ) -> datetime:
        """One batch of predictions on the least busy of the model's workers; returns its end."""
        port = min(ports, key=lambda p: busy.get((pod, p), T0 - sec(60)))
        w = wname(model, port)
        t = max(t, busy.get((pod, port), t))
        base = {"resnet-18": (18, 45), "bert-sentiment": (25, 70)}[model]
        handler = r.uniform(*base) * (1 + 0.35 * (len(reqs) - 1)) * (4.2 if slow else 1)
        if r.random() < 0.02:
            handler *= r.uniform(3, 8)
        t1 = flush(pod, t, w, "PREDICT")
        t2 = t1 + sec(handler / 1000)
        rid = uuid4(r)
        for name, lab in (("HandlerTime", "HandlerTime"), ("PredictionTime", "PredictionTime")):
            val = handler if name == "HandlerTime" else handler + r.uniform(0.05, 0.4)
            t2 = ts(
                pod,
                t2,
                "INFO",
                f"{w}-stdout",
                TS_WLC,
                f"result=[METRICS]{lab}.Milliseconds:%s|#ModelName:%s,Level:Model|#type:GAUGE|#hostname:%s,%s,%s, pattern=%s",
                lambda x, name=name, val=val: (
                    f"result=[METRICS]{name}.Milliseconds:{val:.2f}|#ModelName:{model},Level:Model|#type:GAUGE|#hostname:{host[pod]},{int(x.timestamp())},{rid}, pattern=[METRICS]"
                ),
            )
        t3 = t2 + sec(r.uniform(0.0005, 0.002))
        for arrived, client in reqs:
            took = max(1, int((t3 - arrived).total_seconds() * 1000))
            access(
                pod,
                t3,
                client,
                "POST",
                f"/predictions/{model}",
                200,
                took,
                "POST /predictions/%s 200",
            )
        t3 = ts(
            pod,
            t3 + sec(0.0002),
            "INFO",
            w,
            TS_WT,
            "Backend response time: %d",
            f"Backend response time: {int(handler + r.uniform(1, 4))}",
        )
        busy[(pod, port)] = t3
        return t3

    def worker_start(
        pod: str, t: datetime, model: str, port: int, prev: str | None, load_ms: float
    ) -> datetime:
        w = wname(model, port)
        t = ts(
            pod, t, "DEBUG", w, TS_WLC, "Worker cmdline: %s", "Worker cmdline: " + TS_CMDLINE % port
        )
        t = ts(
            pod,
            t + sec(r.uniform(0.001, 0.004)),
            "DEBUG",
            w,
            TS_WT,
            "%s State change %s -> %s",
            f"{w} State change {prev} -> WORKER_STARTED",
        )
        t = ts(
            pod,
            t + sec(r.uniform(0.9, 1.6)),
            "INFO",
            w,
            TS_WT,
            "Connecting to: %s",
            f"Connecting to: {TS_SOCK}.{port}",
        )
        return flush(pod, t + sec(r.uniform(0.004, 0.012)), w, "LOAD")

    def worker_loaded(pod: str, t: datetime, model: str, port: int, load_ms: float) -> datetime:
        w = wname(model, port)
        t = ts(
            pod,
            t,
            "INFO",
            w,
            TS_WT,
            "Backend response time: %d",
            f"Backend response time: {int(load_ms)}",
        )
        t = ts(
            pod,
            t + sec(0.0004),
            "DEBUG",
            w,
            TS_WT,
            "%s State change %s -> %s",
            f"{w} State change WORKER_STARTED -> WORKER_MODEL_LOADED",
        )
        busy[(pod, port)] = t
        return t

    def worker_died(
        pod: str,
        t: datetime,
        model: str,
        port: int,
        state: str,
        backoff: int,
        loading: bool,
        again: bool,
    ) -> datetime:
        w = wname(model, port)
        loop = f"epollEventLoopGroup-5-{r.randint(1, 4)}"
        t = ts(
            pod,
            t,
            "INFO",
            loop,
            TS_WT,
            "%d Worker disconnected. %s",
            f"{port} Worker disconnected. {state}",
        )
        t = ts(
            pod,
            t + sec(0.0008),
            "DEBUG",
            w,
            TS_WT,
            "System state is : %s",
            f"System state is : {state}",
        )
        t = ts(
            pod,
            t + sec(0.0005),
            "DEBUG",
            w,
            TS_WT,
            "Backend worker monitoring thread interrupted or backend worker process died., responseTimeout:%dsec",
            "Backend worker monitoring thread interrupted or backend worker process died., responseTimeout:120sec",
            TS_STACK,
        )
        if loading:
            t = ts(
                pod,
                t + sec(0.0006),
                "WARN",
                w,
                "org.pytorch.serve.wlm.BatchAggregator",
                "Load model failed: %s, error: %s",
                f"Load model failed: {model}, error: Worker died.",
            )
        t = ts(
            pod,
            t + sec(0.0004),
            "DEBUG",
            w,
            TS_WT,
            "%s State change %s -> %s",
            f"{w} State change {state} -> WORKER_STOPPED",
        )
        if again:
            t = ts(
                pod,
                t + sec(0.0003),
                "WARN",
                w,
                TS_WT,
                "Auto recovery failed again",
                "Auto recovery failed again",
            )
        for ch in ("stderr", "stdout"):
            t = ts(
                pod,
                t + sec(0.0003),
                "WARN",
                w,
                TS_WLC,
                "terminateIOStreams() threadName=%s",
                f"terminateIOStreams() threadName={w}-{ch}",
            )
        t = ts(
            pod,
            t + sec(0.0005),
            "INFO",
            w,
            TS_WT,
            "Retry worker: %d in %d seconds.",
            f"Retry worker: {port} in {backoff} seconds.",
        )
        for ch in ("stderr", "stdout"):
            t = ts(
                pod,
                t + sec(r.uniform(0.005, 0.02)),
                "INFO",
                f"{w}-{ch}",
                TS_WLC,
                "Stopped Scanner - %s",
                f"Stopped Scanner - {w}-{ch}",
            )
        return t

    def scale(pod: str, t: datetime, model: str, count: int) -> datetime:
        t = access(
            pod,
            t,
            TS_ADMIN,
            "PUT",
            f"/models/{model}?min_worker={count}&synchronous=true",
            200,
            r.randint(4, 9) if count == 1 else r.randint(6800, 9400),
            "PUT /models/%s?min_worker=%s&synchronous=%s 200",
        )
        loop = f"epollEventLoopGroup-3-{r.randint(1, 4)}"
        t0 = t - sec(r.uniform(0.002, 0.01)) if count == 1 else t - sec(9.5)
        tt = ts(
            pod,
            t0,
            "DEBUG",
            loop,
            "org.pytorch.serve.wlm.ModelManager",
            "updateModel: %s, count: %d",
            f"updateModel: {model}, count: {count}",
        )
        have = workers[pod][model]
        if count > len(have):
            for _ in range(count - len(have)):
                port = next_port[pod]
                next_port[pod] += 1
                load = r.uniform(5200, 7400)
                st = worker_start(pod, tt + sec(r.uniform(0.002, 0.02)), model, port, "null", load)
                worker_loaded(pod, st + sec(load / 1000), model, port, load)
                have.append(port)
        else:
            for port in have[count:]:
                w = wname(model, port)
                st = max(tt, busy.get((pod, port), tt)) + sec(r.uniform(0.001, 0.005))
                st = ts(
                    pod,
                    st,
                    "DEBUG",
                    w,
                    TS_WT,
                    "%s State change %s -> %s",
                    f"{w} State change WORKER_MODEL_LOADED -> WORKER_SCALED_DOWN",
                )
                for ch in ("stderr", "stdout"):
                    st = ts(
                        pod,
                        st + sec(0.0003),
                        "WARN",
                        w,
                        TS_WLC,
                        "terminateIOStreams() threadName=%s",
                        f"terminateIOStreams() threadName={w}-{ch}",
                    )
                st = ts(
                    pod,
                    st + sec(0.0004),
                    "DEBUG",
                    w,
                    TS_WT,
                    "System state is : %s",
                    "System state is : WORKER_SCALED_DOWN",
                )
                st = ts(
                    pod,
                    st + sec(0.0002),
                    "DEBUG",
                    w,
                    TS_WT,
                    "Shutting down the thread .. Scaling down.",
                    "Shutting down the thread .. Scaling down.",
                )
                for ch in ("stderr", "stdout"):
                    st = ts(
                        pod,
                        st + sec(r.uniform(0.004, 0.02)),
                        "INFO",
                        f"{w}-{ch}",
                        TS_WLC,
                        "Stopped Scanner - %s",
                        f"Stopped Scanner - {w}-{ch}",
                    )
            del have[count:]
        return t

    # the steady traffic: (time, model, client); the Service spreads requests over both pods
    reqs: list[tuple[datetime, str, str]] = []
    for model, mean in (("resnet-18", 235.0), ("bert-sentiment", 430.0)):
        for t in poisson(r, T0, T_END, mean):
            reqs.append((t, model, r.choice(TS_CLIENTS)))
    reqs.sort()
    # the review-scoring job: a burst of 32 concurrent requests a minute (16 reach each pod)
    bursts = [at(7, 5, 20) + sec(60 * k + r.uniform(0, 4)) for k in range(16)]
    scaled = at(7, 12, 31)
    for pod in ("ts-0", "ts-1"):
        scale(pod, scaled + sec(r.uniform(0, 0.6)), "bert-sentiment", 3)
        scale(pod, at(7, 50, 12) + sec(r.uniform(0, 0.6)), "bert-sentiment", 1)
    # ts-0's resnet-18 worker killed by the kernel (its process grew past the pod's limit)
    kills = [at(9, 30, 41.3), at(9, 41, 7.9)]
    for k in kills:
        worker_died("ts-0", k, "resnet-18", 9000, "WORKER_MODEL_LOADED", 1, False, False)
        load = r.uniform(2600, 3300)
        st = worker_start("ts-0", k + sec(1.02), "resnet-18", 9000, "WORKER_STOPPED", load)
        worker_loaded("ts-0", st + sec(load / 1000), "resnet-18", 9000, load)
        dead.append((k, st + sec(load / 1000)))
        victim = k - sec(r.uniform(0.1, 0.3))
        access(
            "ts-0",
            k + sec(0.0012),
            r.choice(TS_CLIENTS),
            "POST",
            "/predictions/resnet-18",
            500,
            int((k - victim).total_seconds() * 1000) + 1,
            "POST /predictions/%s 500",
        )
    # a new archive whose handler fails to import on every start
    reg = at(10, 15, 8.2)
    loop = "epollEventLoopGroup-3-2"
    t = ts(
        "ts-0",
        reg,
        "DEBUG",
        loop,
        "org.pytorch.serve.wlm.ModelVersionedRefs",
        "Adding new version %s for model %s",
        "Adding new version 2.0 for model bert-sentiment-v2",
    )
    t = ts(
        "ts-0",
        t + sec(0.0004),
        "DEBUG",
        loop,
        "org.pytorch.serve.wlm.ModelVersionedRefs",
        "Setting default version to %s for model %s",
        "Setting default version to 2.0 for model bert-sentiment-v2",
    )
    t = ts(
        "ts-0",
        t + sec(0.0006),
        "INFO",
        loop,
        "org.pytorch.serve.wlm.ModelManager",
        "Model %s loaded.",
        "Model bert-sentiment-v2 loaded.",
    )
    t = ts(
        "ts-0",
        t + sec(0.0004),
        "DEBUG",
        loop,
        "org.pytorch.serve.wlm.ModelManager",
        "updateModel: %s, count: %d",
        "updateModel: bert-sentiment-v2, count: 1",
    )
    port = next_port["ts-0"]
    deleted = at(10, 23, 37.6)
    prev = "null"
    fib = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144]
    n = 0
    t += sec(0.003)
    while True:
        st = worker_start("ts-0", t, "bert-sentiment-v2", port, prev, 0)
        d = st + sec(r.uniform(6.5, 8.8))
        worker_died(
            "ts-0", d, "bert-sentiment-v2", port, "WORKER_STARTED", fib[min(n, 11)], True, n > 0
        )
        if n == 0:
            access(
                "ts-0",
                d + sec(0.003),
                TS_ADMIN,
                "POST",
                "/models?url=bert-sentiment-v2.mar&initial_workers=1&synchronous=true",
                500,
                int((d - reg).total_seconds() * 1000),
                "POST /models?url=%s&initial_workers=%s&synchronous=%s 500",
            )
        t = d + sec(fib[min(n, 11)] + 0.02)
        n += 1
        prev = "WORKER_STOPPED"
        if t > deleted:
            break
    w = wname("bert-sentiment-v2", port)
    t = access(
        "ts-0",
        deleted,
        TS_ADMIN,
        "DELETE",
        "/models/bert-sentiment-v2",
        200,
        r.randint(3, 9),
        "DELETE /models/%s 200",
    )
    t = ts(
        "ts-0",
        t - sec(0.002),
        "DEBUG",
        w,
        TS_WT,
        "%s State change %s -> %s",
        f"{w} State change WORKER_STOPPED -> WORKER_SCALED_DOWN",
    )
    ts(
        "ts-0",
        t + sec(0.0006),
        "DEBUG",
        "epollEventLoopGroup-3-3",
        "org.pytorch.serve.wlm.ModelVersionedRefs",
        "Removed model: %s version: %s",
        "Removed model: bert-sentiment-v2 version: 2.0",
    )

    # serve the requests: each on the model's first free worker (batches of one), the bursts in
    # batches of four behind a job queue of 8 (job_queue_size=8): what does not fit is a 503
    events = [(t, model, client) for t, model, client in reqs] + [
        (bt, "burst", "") for bt in bursts
    ]
    events.sort()
    k = 0
    for t, model, client in events:
        if model == "burst":
            for pod in ("ts-0", "ts-1"):
                ports = [9001, 9002, 9003] if scaled + sec(12) <= t < at(7, 50, 12) else [9001]
                arrivals = sorted(t + sec(r.uniform(0, 0.35)) for _ in range(16))
                room = 4 * len(ports) + 8
                for arrived in arrivals[room:]:
                    access(
                        pod,
                        arrived + sec(r.uniform(0.0004, 0.0015)),
                        "10.42.6.88",
                        "POST",
                        "/predictions/bert-sentiment",
                        503,
                        r.randint(0, 2),
                        "POST /predictions/%s 503",
                    )
                kept = arrivals[:room]
                for g in range(0, len(kept), 4):
                    group = [(a, "10.42.6.88") for a in kept[g : g + 4]]
                    batch(
                        pod,
                        group[-1][0] + sec(r.uniform(0.001, 0.004)),
                        "bert-sentiment",
                        group,
                        ports,
                        slow=True,
                    )
            continue
        pod = ("ts-0", "ts-1")[k % 2]
        k += 1
        if model == "resnet-18":
            for a, b in dead:
                if pod == "ts-0" and a - sec(0.5) <= t < b:
                    t = b + sec(0.002)
        batch(pod, t, model, [(t, client)], workers[pod][model] if model == "resnet-18" else [9001])
    return fs.logs(T0)


# ------------------------------------------------------------------------------ tensorboard

TB_ROOT = "/mnt/experiments"
# run, its event files' (epoch, host, pid): the runs the logdir holds at 06:00
TB_RUNS = [
    ("bert-base-squad-v2", 1717651203, "gpu-node-03", 48211),
    ("effnet-b3-keras/train", 1717695120, "gpu-node-01", 7712),
    ("effnet-b3-keras/validation", 1717695121, "gpu-node-01", 7712),
    ("resnet50-baseline", 1717502211, "gpu-node-04", 30518),
    ("resnet50-lr0.05-cosine", 1717688455, "gpu-node-04", 41190),
    ("resnet50-lr0.1", 1717688460, "gpu-node-06", 2274),
    ("unet-seg-lits", 1717709930, "gpu-node-02", 18833),
    ("vit-b16-ft-inat", 1717722014, "gpu-node-07", 5120),
    ("vit-b16-pretrain", 1717580407, "gpu-node-08", 61012),
    ("whisper-small-ft-de", 1717730561, "gpu-node-05", 27734),
    ("yolov8m-coco-640", 1717716002, "gpu-node-06", 9931),
]
TB_INGRESS = ["::ffff:10.42.0.17", "::ffff:10.42.1.12"]
TB_PY = "/usr/local/lib/python3.11"
TB_RESET = [
    "Traceback (most recent call last):",
    f'  File "{TB_PY}/socketserver.py", line 691, in process_request_thread',
    "    self.finish_request(request, client_address)",
    f'  File "{TB_PY}/socketserver.py", line 361, in finish_request',
    "    self.RequestHandlerClass(request, client_address, self)",
    f'  File "{TB_PY}/socketserver.py", line 755, in __init__',
    "    self.handle()",
    f'  File "{TB_PY}/site-packages/werkzeug/serving.py", line 390, in handle',
    "    super().handle()",
    f'  File "{TB_PY}/http/server.py", line 436, in handle',
    "    self.handle_one_request()",
    f'  File "{TB_PY}/http/server.py", line 404, in handle_one_request',
    "    self.raw_requestline = self.rfile.readline(65537)",
    "                           ^^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{TB_PY}/socket.py", line 706, in readinto',
    "    return self._sock.recv_into(b)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^",
    "ConnectionResetError: [Errno 104] Connection reset by peer",
]
TB_ROUTES_PAGE = [
    "/data/environment",
    "/data/plugins_listing",
    "/data/runs",
    "/experiment/defaultExperimentId/data/plugin/timeseries/tags",
]


def tensorboard(r: random.Random) -> list[Log]:
    """One TensorBoard 2.16 (`tensorboard --logdir /mnt/experiments --bind_all --load_fast=false
    --reload_interval 600 --verbosity 0`, no TensorFlow) in a pod over the team's NFS logdir,
    06:00 to 12:00: a reload every ten minutes, researchers opening it (a few with auto-reload on),
    a two-node LoRA run whose ranks both write into one run directory (07:04), a fine-tune
    resumed from a checkpoint (08:41), the NFS server stalling 09:05-09:18, a Prometheus
    ServiceMonitor scraping /metrics every minute from 09:34, a run deleted at 10:12 and two new
    ones (09:52, 10:31)."""
    fs = Files()
    reload_tid = 140331977332480
    req_tids = [
        140330946832128,
        140330938439424,
        140330930046720,
        140330921654016,
        140330636375808,
        140330627983104,
        140330619590400,
    ]

    def absl(
        t: datetime,
        level: str,
        tid: int,
        where: str,
        label: str,
        msg: str,
        extra: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "tensorboard.log",
            t,
            label,
            lambda x: [
                f"{level}{x:%m%d} {x:%H:%M:%S}.{x.microsecond:06d} {tid} {where}] {msg}",
                *(extra or []),
            ],
            "tb",
            1,
        )

    def request(
        t: datetime, client: str, method: str, path: str, code: int, label: str
    ) -> datetime:
        tid = r.choice(req_tids)
        line = f"{method} {path} HTTP/1.1"
        if code == 404:
            t = absl(
                t,
                "W",
                tid,
                "application.py:558",
                "path %s not found, sending 404",
                f"path {path.split('?')[0]} not found, sending 404",
            )
            line = f"\x1b[33m{line}\x1b[0m"
        return fs.add(
            "tensorboard.log",
            t + sec(r.uniform(0.0002, 0.0009)),
            label,
            lambda x: [
                f'I{x:%m%d} {x:%H:%M:%S}.{x.microsecond:06d} {tid} _internal.py:97] {client} - - [{x:%d/%b/%Y %H:%M:%S}] "{line}" {code} -'
            ],
            "tb",
            1,
        )

    def efile(epoch: int, hostname: str, pid: int, run: str) -> str:
        v2 = ".v2" if "keras" in run else ""
        return f"{TB_ROOT}/{run}/events.out.tfevents.{epoch}.{hostname}.{pid}.0{v2}"

    # the logdir's runs over the morning: run -> current event file; accumulators in creation order
    present: dict[str, str] = {run: efile(e, h, p, run) for run, e, h, p in TB_RUNS}
    accs: list[str] = [run for run, *_ in TB_RUNS]
    lora = "llama3-8b-lora-r16"
    lora_files = [
        efile(1717743841, "gpu-node-02", 3311, lora),
        efile(1717743842, "gpu-node-05", 9120, lora),
    ]
    arrivals = {
        lora: (at(7, 4, 1), lora_files[0]),
        "yolov8m-coco-1280": (
            at(9, 52, 30),
            efile(1717753950, "gpu-node-06", 12077, "yolov8m-coco-1280"),
        ),
        "unet-seg-lits-v2": (
            at(10, 31, 5),
            efile(1717756265, "gpu-node-02", 20415, "unet-seg-lits-v2"),
        ),
    }
    resumed = (at(8, 41, 20), efile(1717749680, "gpu-node-07", 8843, "vit-b16-ft-inat"))
    deleted = (at(10, 12, 44), "resnet50-baseline")
    nfs = (at(9, 5, 10), at(9, 18, 40))
    ooo_done = False
    lora_second = False
    purged = False

    t = at(6, 3, 17.412)
    while t < T_END:
        t = absl(
            t,
            "I",
            reload_tid,
            "data_ingester.py:97",
            "TensorBoard reload process beginning",
            "TensorBoard reload process beginning",
        )
        start = t
        for run, (when, path) in arrivals.items():
            if when <= t and run not in present:
                present[run] = path
        if deleted[0] <= t:
            present.pop(deleted[1], None)
        stalled = in_any(t, [nfs])
        t = absl(
            t + sec(0.0004),
            "I",
            reload_tid,
            "plugin_event_multiplexer.py:163",
            "Starting AddRunsFromDirectory: %s",
            f"Starting AddRunsFromDirectory: {TB_ROOT}",
        )
        for run in sorted(present) if not stalled else []:
            t = absl(
                t + sec(r.uniform(0.004, 0.03)),
                "I",
                reload_tid,
                "plugin_event_multiplexer.py:165",
                "Adding run from directory %s",
                f"Adding run from directory {TB_ROOT}/{run}",
            )
            if run not in accs:
                accs.append(run)
                t = absl(
                    t + sec(0.0003),
                    "I",
                    reload_tid,
                    "plugin_event_multiplexer.py:128",
                    "Constructing EventAccumulator for %s",
                    f"Constructing EventAccumulator for {TB_ROOT}/{run}",
                )
                t = absl(
                    t + sec(r.uniform(0.05, 0.4)),
                    "I",
                    reload_tid,
                    "directory_watcher.py:88",
                    "No path found after %s",
                    f"No path found after {present[run]}",
                )
        t = absl(
            t + sec(r.uniform(0.001, 0.004)),
            "I",
            reload_tid,
            "plugin_event_multiplexer.py:169",
            "Done with AddRunsFromDirectory: %s",
            f"Done with AddRunsFromDirectory: {TB_ROOT}",
        )
        t = absl(
            t + sec(0.0002),
            "I",
            reload_tid,
            "data_ingester.py:101",
            "TensorBoard reload process: Reload the whole Multiplexer",
            "TensorBoard reload process: Reload the whole Multiplexer",
        )
        t = absl(
            t + sec(0.0002),
            "I",
            reload_tid,
            "plugin_event_multiplexer.py:174",
            "Beginning EventMultiplexer.Reload()",
            "Beginning EventMultiplexer.Reload()",
        )
        t = absl(
            t + sec(0.0003),
            "I",
            reload_tid,
            "plugin_event_multiplexer.py:214",
            "Reloading runs serially (one after another) on the main thread.",
            "Reloading runs serially (one after another) on the main thread.",
        )
        gone = []
        for run in accs:
            t += sec(r.uniform(0.02, 0.35) if not stalled else r.uniform(4.5, 9.0))
            if run not in present:
                gone.append(run)
                continue
            path = present[run]
            if stalled:
                t = absl(
                    t,
                    "E",
                    reload_tid,
                    "plugin_event_multiplexer.py:199",
                    "Unable to reload accumulator %r: [Errno %d] Input/output error: %r",
                    f"Unable to reload accumulator '{run}': [Errno 5] Input/output error: '{path}'",
                )
                continue
            if run == lora and not lora_second and t > at(7, 6):
                lora_second = True
                present[run] = lora_files[1]
                t = absl(
                    t,
                    "I",
                    reload_tid,
                    "directory_watcher.py:113",
                    "Directory watcher advancing from %s to %s",
                    f"Directory watcher advancing from {lora_files[0]} to {lora_files[1]}",
                )
                path = lora_files[1]
            elif run == lora and lora_second and not ooo_done:
                ooo_done = True
                t = absl(
                    t,
                    "E",
                    reload_tid,
                    "directory_watcher.py:227",
                    "File %s updated even though the current file is %s",
                    f"File {lora_files[0]} updated even though the current file is {lora_files[1]}",
                )
            if run == "vit-b16-ft-inat" and resumed[0] <= t and path != resumed[1]:
                t = absl(
                    t,
                    "I",
                    reload_tid,
                    "directory_watcher.py:113",
                    "Directory watcher advancing from %s to %s",
                    f"Directory watcher advancing from {path} to {resumed[1]}",
                )
                path = present[run] = resumed[1]
            if run == "vit-b16-ft-inat" and path == resumed[1] and not purged:
                purged = True
                t = absl(
                    t + sec(r.uniform(0.1, 0.4)),
                    "W",
                    reload_tid,
                    "plugin_event_accumulator.py:606",
                    "Detected out of order event.step likely caused by a TensorFlow restart. Purging %s expired tensor events from Tensorboard display between the previous step: %s (timestamp: %s) and current step: %s (timestamp: %s).",
                    "Detected out of order event.step likely caused by a TensorFlow restart. Purging 1416 expired tensor events from Tensorboard display between the previous step: 14160 (timestamp: 1717749342.5913482) and current step: 12000 (timestamp: 1717749702.118241).",
                )
            t = absl(
                t,
                "I",
                reload_tid,
                "directory_watcher.py:88",
                "No path found after %s",
                f"No path found after {path}",
            )
        for run in gone:
            accs.remove(run)
            t = absl(
                t + sec(0.0004),
                "W",
                reload_tid,
                "plugin_event_multiplexer.py:221",
                "Deleting accumulator %r",
                f"Deleting accumulator '{run}'",
            )
        t = absl(
            t + sec(0.0002),
            "I",
            reload_tid,
            "plugin_event_multiplexer.py:223",
            "Finished with EventMultiplexer.Reload()",
            "Finished with EventMultiplexer.Reload()",
        )
        took = (t - start).total_seconds() + r.uniform(0.0001, 0.0005)
        t = absl(
            t + sec(0.0002),
            "I",
            reload_tid,
            "data_ingester.py:106",
            "TensorBoard done reloading. Load took %0.3f secs",
            f"TensorBoard done reloading. Load took {took:.3f} secs",
        )
        t += sec(600)

    # researchers opening TensorBoard; with auto-reload on, the page polls every 30 s
    seen: set[str] = set()
    visits = [
        (at(6, 12, 3), "mk", 9, True),
        (at(6, 48, 40), "ls", 4, False),
        (at(7, 15, 22), "mk", 22, True),
        (at(7, 58, 9), "jb", 11, False),
        (at(8, 44, 31), "ls", 26, True),
        (at(9, 21, 50), "ap", 8, False),
        (at(9, 57, 14), "mk", 17, True),
        (at(10, 35, 2), "jb", 31, True),
        (at(11, 12, 45), "ap", 14, True),
        (at(11, 40, 10), "ls", 6, False),
    ]
    for start, user, minutes, auto in visits:
        client = r.choice(TB_INGRESS)
        t = request(start, client, "GET", "/", 200, "GET / 200")
        if user not in seen:
            seen.add(user)
            t = request(
                t + sec(r.uniform(0.05, 0.2)),
                client,
                "GET",
                "/index.js?_file_hash=a3f1c9e2",
                200,
                "GET /index.js?_file_hash=%s 200",
            )
            for font in ("KFOmCnqEu92Fr1Mu4mxK", "KFOlCnqEu92Fr1MmEU9fBBc4"):
                t = request(
                    t + sec(r.uniform(0.02, 0.1)),
                    client,
                    "GET",
                    f"/font-roboto/{font}.woff2",
                    200,
                    "GET /font-roboto/%s 200",
                )
            t = request(
                t + sec(r.uniform(0.02, 0.1)),
                client,
                "GET",
                "/icon_bundle.svg",
                200,
                "GET /icon_bundle.svg 200",
            )
        for path in TB_ROUTES_PAGE:
            t = request(
                t + sec(r.uniform(0.01, 0.15)),
                client,
                "GET",
                path,
                200,
                f"GET {path.replace('defaultExperimentId', '%s')} 200",
            )
        for _ in range(r.randint(2, 4)):
            t = request(
                t + sec(r.uniform(0.05, 0.6)),
                client,
                "POST",
                "/experiment/defaultExperimentId/data/plugin/timeseries/timeSeries",
                200,
                "POST /experiment/%s/data/plugin/timeseries/timeSeries 200",
            )
        end = start + sec(60 * minutes)
        poll = 30.0 if auto else 0
        t = start + sec(30 if auto else r.uniform(90, 300))
        while t < end:
            for path in (
                "/data/environment",
                "/data/runs",
                "/experiment/defaultExperimentId/data/plugin/timeseries/tags",
            ):
                t = request(
                    t + sec(r.uniform(0.005, 0.05)),
                    client,
                    "GET",
                    path,
                    200,
                    f"GET {path.replace('defaultExperimentId', '%s')} 200",
                )
            for _ in range(r.randint(1, 2)):
                t = request(
                    t + sec(r.uniform(0.05, 0.3)),
                    client,
                    "POST",
                    "/experiment/defaultExperimentId/data/plugin/timeseries/timeSeries",
                    200,
                    "POST /experiment/%s/data/plugin/timeseries/timeSeries 200",
                )
            t = t + sec(poll if auto else r.uniform(90, 300))
        if user in ("jb", "mk") and minutes > 15:
            # the ingress drops the idle keep-alive connection of a closed tab
            tid = r.choice(req_tids)
            absl(
                t + sec(r.uniform(58, 62)),
                "E",
                tid,
                "program.py:489",
                "HTTP serving error",
                "HTTP serving error",
                TB_RESET,
            )
    # a ServiceMonitor that selected the pod by its labels: Prometheus asks for /metrics
    for k in range(10_000):
        t = at(9, 34, 7.3) + sec(60 * k + r.uniform(0, 0.02))
        if t >= T_END:
            break
        request(t, "::ffff:10.42.3.55", "GET", "/metrics", 404, "GET /metrics 404")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- localai

LA_MODELS = "/build/models"
# name, file, backend
LA_CHAT = ("mistral-7b-instruct", "mistral-7b-instruct-v0.3.Q5_K_M.gguf", "llama-cpp")
LA_EMBED = ("nomic-embed-text", "nomic-embed-text-v1.5.Q8_0.gguf", "llama-cpp")
LA_STT = ("whisper-1", "ggml-whisper-base.bin", "whisper")
LA_GREEDY = [
    ("llama-cpp", "could not load model: rpc error: code = Unknown desc = failed loading model"),
    ("llama-ggml", "could not load model: rpc error: code = Unknown desc = failed loading model"),
    (
        "llama-cpp-fallback",
        "could not load model: rpc error: code = Unknown desc = failed loading model",
    ),
    (
        "piper",
        "could not load model: rpc error: code = Unknown desc = unsupported model type %s (should end with .onnx)",
    ),
    (
        "rwkv",
        "could not load model: rpc error: code = Unavailable desc = error reading from server: EOF",
    ),
    (
        "stablediffusion",
        "could not load model: rpc error: code = Unknown desc = stat %s: no such file or directory",
    ),
    (
        "whisper",
        "could not load model: rpc error: code = Unknown desc = stat %s: no such file or directory",
    ),
    (
        "huggingface",
        "could not load model: rpc error: code = Unknown desc = no huggingface token provided",
    ),
    (
        "bert-embeddings",
        "could not load model: rpc error: code = Unknown desc = failed loading model",
    ),
]


def kitchen(t: datetime) -> str:
    """Go's time.Kitchen, zerolog's console default: 3:04PM."""
    return f"{t.hour % 12 or 12}:{t.minute:02d}{'AM' if t.hour < 12 else 'PM'}"


def zq(v: str) -> str:
    """zerolog's console writer quotes a value holding a blank, a quote or a non-ASCII byte."""
    if any(c in v for c in ' "\\\n') or any(ord(c) > 0x7E for c in v):
        return json.dumps(v, ensure_ascii=False)
    return v


def localai(r: random.Random) -> list[Log]:
    """LocalAI 2.16 (`docker logs local-ai`, the CUDA 12 image, log level info) on one GPU box
    for an office, 06:00 to 12:00: Docker's health check on /readyz every minute, Open WebUI's
    chats, a RAG indexer's embedding runs (06:30, 10:05), Open WebUI pointed at the Ollama API by
    mistake 07:02-07:31 (404s), a developer's script asking for `gpt-4` 08:10-08:40 (the greedy
    loader tries every backend and fails), the container restarted at 09:45 with the idle
    watchdog on (models unloaded after 15 idle minutes, reloaded on demand), meeting notes
    transcribed from 10:30, and the llama.cpp backend dying under a 32k-token chat at 11:08."""
    fs = Files()

    def line(
        t: datetime, level: str, label: str, msg: str, fields: list[tuple[str, str]] | None = None
    ) -> datetime:
        tail = "".join(f" {k}={zq(v)}" for k, v in sorted(fields or []))
        return fs.add(
            "localai.log", t, label, lambda x: [f"{kitchen(x)} {level} {msg}{tail}"], "localai", 1
        )

    loaded: dict[str, int] = {}
    last_use: dict[str, datetime] = {}
    restart = at(9, 45, 12)
    watchdog_on = False

    def request(
        t: datetime,
        client: str,
        method: str,
        url: str,
        status: int,
        took_ns: int,
        err: str = "",
        label: str = "",
    ) -> datetime:
        fields = [
            ("ip", client),
            ("latency", go_dur_ns(took_ns)),
            ("method", method),
            ("status", str(status)),
            ("url", url),
        ]
        if err:
            fields.append(("error", err))
        level, msg = (
            ("INF", "Success")
            if status < 400
            else ("WRN", "Client error")
            if status < 500
            else ("ERR", "Server error")
        )
        return line(t, level, label or f"{method} {url} {status}", msg, fields)

    def load(t: datetime, model: tuple[str, str, str]) -> datetime:
        name, file, backend = model
        t = line(
            t,
            "INF",
            "Loading model '%s' with backend %s",
            f"Loading model '{file}' with backend {backend}",
        )
        if backend == "llama-cpp":
            t = line(
                t + sec(r.uniform(0.001, 0.004)),
                "INF",
                "[%s] attempting to load with CUDA variant",
                "[llama-cpp] attempting to load with CUDA variant",
            )
        took = {
            "mistral-7b-instruct": (6.5, 11.0),
            "nomic-embed-text": (1.8, 3.2),
            "whisper-1": (1.1, 2.0),
        }[name]
        loaded[name] = r.randint(33000, 45999)
        return t + sec(r.uniform(*took))

    def use(t: datetime, model: tuple[str, str, str]) -> datetime:
        """Returns when the model is ready, loading it first if needed."""
        if model[0] not in loaded:
            t = load(t, model)
        last_use[model[0]] = t
        return t

    def watchdog(t: datetime) -> None:
        if not watchdog_on:
            return
        for name in list(loaded):
            if (t - last_use.get(name, restart)).total_seconds() > 15 * 60:
                # the watchdog checks every 30 s
                k = last_use.get(name, restart) + sec(15 * 60 + r.uniform(0, 30))
                line(
                    k,
                    "WRN",
                    "[WatchDog] Address %s is idle for too long, killing it",
                    f"[WatchDog] Address 127.0.0.1:{loaded[name]} is idle for too long, killing it",
                )
                del loaded[name]

    def startup(t: datetime) -> None:
        nonlocal watchdog_on
        t = line(
            t,
            "INF",
            "Starting LocalAI using %d threads, with models path: %s",
            f"Starting LocalAI using 8 threads, with models path: {LA_MODELS}",
        )
        t = line(
            t + sec(0.0003),
            "INF",
            "LocalAI version: %s",
            "LocalAI version: v2.16.0 (6ef78ef7f6cc0f0b9a8ba3bc7b8bd5c78f0a4ef7)",
        )
        t = line(
            t + sec(0.002),
            "INF",
            "Preloading models from %s",
            f"Preloading models from {LA_MODELS}",
        )
        for name in ("mistral-7b-instruct", "nomic-embed-text", "whisper-1"):
            t = line(
                t + sec(r.uniform(0.0005, 0.002)), "INF", "Model name: %s", f"Model name: {name}"
            )
        t = line(
            t + sec(r.uniform(0.2, 0.6)),
            "INF",
            "[WatchDog] starting watchdog",
            "[WatchDog] starting watchdog",
        )
        t = line(
            t + sec(0.001),
            "INF",
            "core/startup process completed!",
            "core/startup process completed!",
        )
        line(
            t + sec(r.uniform(0.01, 0.05)),
            "INF",
            "LocalAI API is listening! Please connect to the endpoint for API documentation.",
            "LocalAI API is listening! Please connect to the endpoint for API documentation.",
            [("endpoint", "http://0.0.0.0:8080")],
        )
        watchdog_on = True

    # the morning's work, in time order: (time, kind)
    events: list[tuple[datetime, str]] = []
    for k in range(360):
        events.append((at(6, 0, 41.7) + sec(60 * k + r.uniform(0, 0.05)), "ready"))
    for a, b, mean in (
        (at(6, 0), at(8, 0), 120.0),
        (at(8, 0), at(10, 0), 27.0),
        (at(10, 0), at(12, 0), 33.0),
    ):
        for t in poisson(r, a, b, mean):
            events.append((t, "chat"))
    for a, n in ((at(6, 30, 4), 440), (at(10, 5, 33), 340)):
        t = a
        for _ in range(n):
            t += sec(r.uniform(0.6, 2.8))
            events.append((t, "embed"))
    for t in poisson(r, at(6, 0), at(12, 0), 420.0):
        events.append((t, "models"))
    for t in poisson(r, at(7, 2), at(7, 31), 40.0):
        events.append((t, "ollama"))
    for k in range(7):
        events.append((at(8, 10, 12) + sec(300 * k + r.uniform(0, 20)), "gpt4"))
    for t in poisson(r, at(10, 30), at(11, 50), 240.0):
        events.append((t, "stt"))
    events.append((at(11, 8, 40), "crash"))
    events.sort()
    webui, indexer, dev, notes = "172.19.0.3", "172.19.0.7", "172.19.0.2", "172.19.0.9"
    restarted = False
    for t, kind in events:
        if not restarted and t >= restart:
            restarted = True
            loaded.clear()
            startup(restart + sec(4.2))
            continue
        if restart <= t < restart + sec(12):
            continue
        watchdog(t)
        if kind == "ready":
            request(t, "127.0.0.1", "GET", "/readyz", 200, r.randint(21000, 95000))
        elif kind == "models":
            request(t, webui, "GET", "/v1/models", 200, r.randint(180000, 900000))
        elif kind == "ollama":
            request(t, webui, "GET", "/api/tags", 404, r.randint(14000, 60000))
        elif kind == "chat":
            # Open WebUI streams: the handler returns before the answer, the model loads behind it
            took = r.uniform(0.0006, 0.006)
            request(t + sec(took), webui, "POST", "/v1/chat/completions", 200, int(took * 1e9))
            ready = use(t + sec(took + 0.0005), LA_CHAT)
            last_use[LA_CHAT[0]] = ready + sec(r.uniform(2, 25))
        elif kind == "embed":
            ready = use(t, LA_EMBED)
            took = (ready - t).total_seconds() + r.uniform(0.03, 0.4)
            request(t + sec(took), indexer, "POST", "/v1/embeddings", 200, int(took * 1e9))
        elif kind == "stt":
            ready = use(t, LA_STT)
            took = (ready - t).total_seconds() + r.uniform(9, 48)
            request(t + sec(took), notes, "POST", "/v1/audio/transcriptions", 200, int(took * 1e9))
        elif kind == "crash":
            use(t, LA_CHAT)
            took = r.uniform(70, 95)
            request(
                t + sec(took),
                dev,
                "POST",
                "/v1/chat/completions",
                500,
                int(took * 1e9),
                "rpc error: code = Unavailable desc = error reading from server: EOF",
                "POST /v1/chat/completions 500 rpc error: code = Unavailable desc = error reading from server: EOF",
            )
            loaded.pop(LA_CHAT[0], None)
        elif kind == "gpt4":
            names = " ".join(b for b, _ in LA_GREEDY)
            s = line(
                t,
                "INF",
                "Trying to load the model '%s' with the backend '%s'",
                f"Trying to load the model 'gpt-4' with the backend '[{names}]'",
            )
            errs = []
            for backend, err in LA_GREEDY:
                s = line(
                    s + sec(r.uniform(0.0002, 0.001)),
                    "INF",
                    "[%s] Attempting to load",
                    f"[{backend}] Attempting to load",
                )
                s = line(
                    s + sec(0.0001),
                    "INF",
                    "Loading model '%s' with backend %s",
                    f"Loading model 'gpt-4' with backend {backend}",
                )
                if backend == "llama-cpp":
                    s = line(
                        s + sec(0.002),
                        "INF",
                        "[%s] attempting to load with CUDA variant",
                        "[llama-cpp] attempting to load with CUDA variant",
                    )
                s += sec(r.uniform(0.05, 0.25) if "Unavailable" not in err else r.uniform(3, 5))
                text = err.replace("%s", f"{LA_MODELS}/gpt-4")
                errs.append(f"[{backend}]: {text}")
                s = line(s, "INF", f"[%s] Fails: {err}", f"[{backend}] Fails: {text}")
            joined = "could not load model - all backends returned error: " + "\n".join(errs)
            request(
                s + sec(0.0004),
                dev,
                "POST",
                "/v1/chat/completions",
                500,
                int((s - t).total_seconds() * 1e9),
                joined,
                "POST /v1/chat/completions 500 could not load model - all backends returned error: %s",
            )
    return fs.logs(T0)


# -------------------------------------------------------------------- stable-diffusion-webui

SD_HOME = "/home/sd/stable-diffusion-webui"
SD_VENV = f"{SD_HOME}/venv/lib/python3.10/site-packages"
SD_CKPT = {
    "rv": (
        "realisticVisionV60B1_v51HyperVAE.safetensors",
        "f47e942ad4",
        "f47e942ad4c30d863ad7f53cfd3d8a3e4b6cb9a7e7c8d5f1a2b3c4d5e6f70819",
    ),
    "ds": (
        "dreamshaper_8.safetensors",
        "879db523c3",
        "879db523c30d3b9017143d56705015e15a2cb5628762c11d086fed9538abd7fd",
    ),
    "v15": (
        "v1-5-pruned-emaonly.safetensors",
        "6ce0161689",
        "6ce0161689b3853acaa03779ec93eafe75a02f4ced659bee03f50797806fa2fa",
    ),
    "jr": (
        "juggernaut_reborn.safetensors",
        "338b85bc4f",
        "338b85bc4f7628bc42ce336242e79154a57c2a4360531436e97f7793568f18c2",
    ),
}
SD_CN = {
    "openpose": (
        "control_v11p_sd15_openpose [cab727d4]",
        "control_v11p_sd15_openpose.pth",
        "openpose_full",
        512,
    ),
    "canny": ("control_v11p_sd15_canny [d14c016b]", "control_v11p_sd15_canny.pth", "canny", 512),
}
SD_OOM = "CUDA out of memory. Tried to allocate {a} GiB. GPU 0 has a total capacity of 23.65 GiB of which {f} GiB is free. Including non-PyTorch memory, this process has {u} GiB memory in use. Of the allocated memory {p} GiB is allocated by PyTorch, and {res} MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)"
SD_OOM_LABEL = "API error: %s: %s {'error': 'OutOfMemoryError', 'detail': '', 'body': '', 'errors': 'CUDA out of memory. Tried to allocate %s GiB. GPU %s has a total capacity of %s GiB of which %s GiB is free. Including non-PyTorch memory, this process has %s GiB memory in use. Of the allocated memory %s GiB is allocated by PyTorch, and %s MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)'}"


def rich_box(rows: list[str]) -> list[str]:
    """rich's traceback panel at an 80-column console: rows padded inside the frame."""
    title = " Traceback (most recent call last) "
    left = (78 - len(title)) // 2
    out = ["╭" + "─" * left + title + "─" * (78 - left - len(title)) + "╮"]
    out += [f"│ {row:<76} │" for row in rows]
    out.append("╰" + "─" * 78 + "╯")
    return out


def rich_where(path: str, line: int, fn: str) -> list[str]:
    text = f"{path}:{line} in {fn}"
    return [text[i : i + 76] for i in range(0, len(text), 76)]


def rich_locals(rows: list[str]) -> list[str]:
    """rich's locals panel: as wide as its longest row."""
    w = max(len(x) for x in rows)
    title = " locals "
    left = (w + 2 - len(title)) // 2
    return [
        "╭" + "─" * left + title + "─" * (w + 2 - left - len(title)) + "╮",
        *[f"│ {x:<{w}} │" for x in rows],
        "╰" + "─" * (w + 2) + "╯",
    ]


def sd_oom_trace(message: str) -> list[str]:
    """What rich's print_exception (show_locals, max_frames=2, anyio and starlette suppressed)
    writes under A1111's `API error:` line for a CUDA OOM in the sampler."""
    out: list[str] = []
    out += rich_box(
        [
            *rich_where(f"{SD_VENV}/anyio/streams/memory.py", 98, "receive"),
            "",
            *rich_where(f"{SD_VENV}/anyio/streams/memory.py", 93, "receive_nowait"),
        ]
    )
    out += [
        "WouldBlock",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
    ]
    out += rich_box(
        [
            *rich_where(f"{SD_VENV}/starlette/middleware/base.py", 78, "call_next"),
            "",
            *rich_where(f"{SD_VENV}/anyio/streams/memory.py", 118, "receive"),
        ]
    )
    out += [
        "EndOfStream",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
    ]
    rows = rich_where(f"{SD_HOME}/modules/api/api.py", 186, "exception_handling")
    rows += [
        "",
        "   185 │   │   try:",
        "❱  186 │   │   │   return await call_next(request)",
        "   187 │   │   except Exception as e:",
        "",
        *rich_locals(
            [
                "call_next = <function BaseHTTPMiddleware.__call__.<locals>.call_next",
                "            at 0x7f3b1c2d5ab0>",
                "  request = <starlette.requests.Request object at 0x7f3b1c2f4e50>",
            ]
        ),
        "",
        "                           ... 41 frames hidden ...",
        "",
    ]
    rows += rich_where(f"{SD_VENV}/torch/nn/functional.py", 4027, "interpolate")
    rows += [
        "",
        '   4026 │   if input.dim() == 4 and mode == "nearest":',
        "❱  4027 │   │   return torch._C._nn.upsample_nearest2d(input, output_size, sc",
        '   4028 │   if input.dim() == 5 and mode == "nearest":',
        "",
        *rich_locals(
            [
                "align_corners = None",
                "        input = tensor(... device='cuda:0', dtype=torch.float16)",
                "         mode = 'nearest'",
                "  output_size = None",
            ]
        ),
    ]
    out += rich_box(rows)
    words = ("OutOfMemoryError: " + message).split(" ")
    cur = ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 80:
            out.append(cur.rstrip())
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


def sd_webui(r: random.Random) -> list[Log]:
    """AUTOMATIC1111's stable-diffusion-webui 1.9.4 on two GPU hosts (`gpu1-webui.log`,
    `gpu2-webui.log`: systemd's `StandardOutput=append:` file of `webui.sh --nowebui --api
    --api-log --listen --xformers --disable-console-progressbars`), with sd-webui-controlnet
    1.1.449, 06:00 to 12:00: a studio's render gateway sending txt2img and img2img jobs with
    checkpoint overrides and ControlNet units and polling progress, a new checkpoint uploaded at
    08:50 (hashed on first use), and hires-fix batches running gpu2 out of memory 10:20-10:35."""
    fs = Files()
    ip = {"gpu1": "10.20.0.11", "gpu2": "10.20.0.12"}
    loaded = {"gpu1": "rv", "gpu2": "ds"}
    hashed = {"gpu1": {"rv", "ds", "v15"}, "gpu2": {"rv", "ds", "v15"}}
    cn_loaded = {"gpu1": "openpose", "gpu2": "openpose"}
    free = {"gpu1": T0, "gpu2": T0}
    gw = "10.20.0.5"

    def out(h: str, t: datetime, label: str, lines: list[str] | str) -> datetime:
        ls = [lines] if isinstance(lines, str) else lines
        return fs.add(f"{h}-webui.log", t, label, lambda x: ls, h, 1)

    def cn(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-webui.log",
            t,
            label,
            lambda x: [f"{py_asctime(x)} - ControlNet - \x1b[0;32mINFO\x1b[0m - {msg}"],
            h,
            1000,
        )

    def api(
        h: str,
        t: datetime,
        method: str,
        path: str,
        query: str,
        code: int,
        took: float,
        qlabel: str = "",
    ) -> datetime:
        port = r.randint(40000, 60999)
        t = fs.add(
            f"{h}-webui.log",
            t,
            f"API {method} {path} {code}",
            lambda x: [
                f"API {x:%Y-%m-%d %H:%M:%S.%f} {code} http/1.1 {method} {path} {gw} {round(took, 4)}"
            ],
            h,
            1,
        )
        phrase = {200: "OK", 500: "Internal Server Error"}[code]
        return out(
            h,
            t + sec(r.uniform(0.0001, 0.0006)),
            f"{method} {path}{qlabel} {code}",
            f'INFO:     {gw}:{port} - "{method} {path}{query} HTTP/1.1" {code} {phrase}',
        )

    def job(
        h: str,
        arrive: datetime,
        mode: str,
        ckpt: str,
        unit: str | None,
        secs: float,
        oom: bool = False,
    ) -> None:
        path = f"/sdapi/v1/{mode}"
        start = max(arrive, free[h]) + sec(r.uniform(0.01, 0.05))
        t = start
        if ckpt != loaded[h]:
            fname, short, full = SD_CKPT[ckpt]
            fpath = f"{SD_HOME}/models/Stable-diffusion/{fname}"
            if ckpt not in hashed[h]:
                hashed[h].add(ckpt)
                t = out(
                    h,
                    t + sec(r.uniform(6, 11)),
                    "Calculating sha256 for %s: %s",
                    f"Calculating sha256 for {fpath}: {full}",
                )
            t = out(
                h,
                t + sec(0.01),
                "Loading weights [%s] from %s",
                f"Loading weights [{short}] from {fpath}",
            )
            parts = [
                r.uniform(0.4, 1.1),
                r.uniform(0.5, 1.4),
                r.uniform(0.9, 1.8),
                r.uniform(0.3, 0.7),
            ]
            t = out(
                h,
                t + sec(sum(parts[:3])),
                "Applying attention optimization: %s... done.",
                "Applying attention optimization: xformers... done.",
            )
            t = out(
                h,
                t + sec(parts[3]),
                "Weights loaded in %s.",
                f"Weights loaded in {sum(parts):.1f}s (send model to cpu: {parts[0]:.1f}s, load weights from disk: {parts[1]:.1f}s, apply weights to model: {parts[2]:.1f}s, move model to device: {parts[3]:.1f}s).",
            )
            loaded[h] = ckpt
        if unit:
            name, file, pre, res = SD_CN[unit]
            t += sec(r.uniform(0.05, 0.2))
            if cn_loaded[h] != unit:
                t = cn(h, t, "Loading model: %s", f"Loading model: {name}")
                t = cn(
                    h,
                    t + sec(r.uniform(0.3, 0.6)),
                    "Loaded state_dict from [%s]",
                    f"Loaded state_dict from [{SD_HOME}/models/ControlNet/{file}]",
                )
                t = cn(h, t + sec(0.001), "controlnet_default_config", "controlnet_default_config")
                t = cn(
                    h,
                    t + sec(r.uniform(1.6, 2.4)),
                    "ControlNet model %s(%s) loaded.",
                    f"ControlNet model {name}(ControlModelType.ControlNet) loaded.",
                )
                cn_loaded[h] = unit
            else:
                t = cn(h, t, "Loading model from cache: %s", f"Loading model from cache: {name}")
            t = cn(
                h,
                t + sec(r.uniform(0.005, 0.03)),
                "Using preprocessor: %s",
                f"Using preprocessor: {pre}",
            )
            t = cn(
                h,
                t + sec(0.001),
                "preprocessor resolution = %s",
                f"preprocessor resolution = {res}",
            )
            hooked = r.uniform(0.3, 1.1)
            t = cn(
                h,
                t + sec(hooked + r.uniform(0.05, 0.3)),
                "ControlNet Hooked - Time = %s",
                f"ControlNet Hooked - Time = {hooked:.3f}s",
            )
        end = t + sec(secs)
        if oom:
            end = t + sec(r.uniform(5, 9))
        p = arrive + sec(r.uniform(0.8, 1.6))
        while p < end:
            api(
                h,
                p,
                "GET",
                "/sdapi/v1/progress",
                "?skip_current_image=true",
                200,
                r.uniform(0.0015, 0.009),
                "?skip_current_image=%s",
            )
            p += sec(2.5 + r.uniform(0.0, 0.08))
        if oom:
            msg = SD_OOM.format(
                a=r.choice(["9.00", "6.75", "12.00"]),
                f=f"{r.uniform(2, 6):.2f}",
                u=f"{r.uniform(17, 21):.2f}",
                p=f"{r.uniform(14, 17):.2f}",
                res=r.randint(800, 3300),
            )
            err = f"API error: POST: http://{ip[h]}:7861{path} {{'error': 'OutOfMemoryError', 'detail': '', 'body': '', 'errors': '{msg}'}}"
            e = out(h, end, SD_OOM_LABEL, [err, *sd_oom_trace(msg)])
            api(
                h,
                e + sec(r.uniform(0.002, 0.01)),
                "POST",
                path,
                "",
                500,
                (e - arrive).total_seconds(),
            )
        else:
            api(
                h,
                end + sec(r.uniform(0.05, 0.25)),
                "POST",
                path,
                "",
                200,
                (end - arrive).total_seconds() + 0.2,
            )
        free[h] = end + sec(0.3)

    arrivals = sorted(
        poisson(r, at(6, 4), at(8, 0), 210.0) + poisson(r, at(8, 0), at(11, 55), 108.0)
    )
    # a client's hires-fix batch (2x at 1024 px, four images) retried by the gateway on gpu2
    forced = [at(10, 20, 41), at(10, 23, 12), at(10, 26, 50), at(10, 31, 2), at(10, 34, 27)]
    current = "rv"
    for t in sorted(arrivals + forced):
        oom = t in forced
        h = "gpu2" if oom else "gpu1" if free["gpu1"] <= free["gpu2"] else "gpu2"
        choices = [("rv", 5), ("ds", 4), ("v15", 1)] + ([("jr", 4)] if t >= at(8, 50) else [])
        if r.random() < 0.15:
            # the gateway's queue moves on to another client's jobs and checkpoint
            x = r.uniform(0, sum(w for _, w in choices))
            for c, w in choices:
                x -= w
                if x <= 0:
                    current = c
                    break
        ckpt = current
        mode = "img2img" if r.random() < 0.25 else "txt2img"
        unit = (
            (r.choice(["openpose", "openpose", "openpose", "canny"]) if r.random() < 0.35 else None)
            if mode == "txt2img"
            else None
        )
        secs = r.uniform(3.0, 6.5) if mode == "txt2img" and r.random() < 0.7 else r.uniform(9, 19)
        if oom:
            ckpt, unit, mode = loaded["gpu2"], None, "txt2img"
        job(h, t, mode, ckpt, unit, secs, oom)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- cvat

CV_VENV = "/opt/venv/lib/python3.10/site-packages"
CV_HOME = "/home/django"
CV_TRAEFIK = "172.18.0.6:0"
CV_OPA = "172.18.0.9:0"
CV_DB_ERR = [
    'psycopg2.OperationalError: connection to server at "cvat_db" (172.18.0.3), port 5432 failed: Connection refused',
    "\tIs the server running on that host and accepting TCP/IP connections?",
]
CV_DB_TRACE = [
    "Traceback (most recent call last):",
    f'  File "{CV_VENV}/django/db/backends/base/base.py", line 289, in ensure_connection',
    "    self.connect()",
    f'  File "{CV_VENV}/django/utils/asyncio.py", line 26, in inner',
    "    return func(*args, **kwargs)",
    f'  File "{CV_VENV}/django/db/backends/base/base.py", line 270, in connect',
    "    self.connection = self.get_new_connection(conn_params)",
    f'  File "{CV_VENV}/django/utils/asyncio.py", line 26, in inner',
    "    return func(*args, **kwargs)",
    f'  File "{CV_VENV}/django/db/backends/postgresql/base.py", line 275, in get_new_connection',
    "    connection = self.Database.connect(**conn_params)",
    f'  File "{CV_VENV}/psycopg2/__init__.py", line 122, in connect',
    "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
    *CV_DB_ERR,
    "",
    "",
    "The above exception was the direct cause of the following exception:",
    "",
    "Traceback (most recent call last):",
    f'  File "{CV_VENV}/asgiref/sync.py", line 534, in thread_handler',
    "    raise exc_info[1]",
    f'  File "{CV_VENV}/django/core/handlers/exception.py", line 42, in inner',
    "    response = await get_response(request)",
    f'  File "{CV_VENV}/asgiref/sync.py", line 534, in thread_handler',
    "    raise exc_info[1]",
    f'  File "{CV_VENV}/django/core/handlers/base.py", line 253, in _get_response_async',
    "    response = await wrapped_callback(",
    f'  File "{CV_VENV}/asgiref/sync.py", line 479, in __call__',
    "    ret: _R = await loop.run_in_executor(",
    '  File "/usr/lib/python3.10/concurrent/futures/thread.py", line 58, in run',
    "    result = self.fn(*self.args, **self.kwargs)",
    f'  File "{CV_VENV}/asgiref/sync.py", line 538, in thread_handler',
    "    return func(*args, **kwargs)",
    f'  File "{CV_VENV}/django/views/decorators/csrf.py", line 56, in wrapper_view',
    "    return view_func(*args, **kwargs)",
    f'  File "{CV_VENV}/rest_framework/viewsets.py", line 125, in view',
    "    return self.dispatch(request, *args, **kwargs)",
    f'  File "{CV_VENV}/rest_framework/views.py", line 509, in dispatch',
    "    response = self.handle_exception(exc)",
    f'  File "{CV_VENV}/rest_framework/views.py", line 469, in handle_exception',
    "    self.raise_uncaught_exception(exc)",
    f'  File "{CV_VENV}/rest_framework/views.py", line 480, in raise_uncaught_exception',
    "    raise exc",
    f'  File "{CV_VENV}/rest_framework/views.py", line 497, in dispatch',
    "    self.initial(request, *args, **kwargs)",
    f'  File "{CV_VENV}/rest_framework/views.py", line 414, in initial',
    "    self.perform_authentication(request)",
    f'  File "{CV_VENV}/rest_framework/views.py", line 324, in perform_authentication',
    "    request.user",
    f'  File "{CV_VENV}/rest_framework/request.py", line 227, in user',
    "    self._authenticate()",
    f'  File "{CV_VENV}/rest_framework/request.py", line 380, in _authenticate',
    "    user_auth_tuple = authenticator.authenticate(self)",
    f'  File "{CV_VENV}/rest_framework/authentication.py", line 126, in authenticate',
    "    user = getattr(request._request, 'user', None)",
    f'  File "{CV_VENV}/django/utils/functional.py", line 266, in inner',
    "    self._setup()",
    f'  File "{CV_VENV}/django/db/backends/base/base.py", line 289, in ensure_connection',
    "    self.connect()",
    "django.db.utils." + CV_DB_ERR[0].split(".", 1)[1],
    CV_DB_ERR[1],
]
CV_ENOSPC = [
    "Traceback (most recent call last):",
    f'  File "{CV_VENV}/rq/worker.py", line 1431, in perform_job',
    "    rv = job.perform()",
    f'  File "{CV_VENV}/rq/job.py", line 1280, in perform',
    "    self._result = self._execute()",
    f'  File "{CV_VENV}/rq/job.py", line 1317, in _execute',
    "    result = self.func(*self.args, **self.kwargs)",
    f'  File "{CV_HOME}/cvat/apps/dataset_manager/views.py", line 183, in export_task_as_dataset',
    "    return export(dst_format, task_id=task_id, server_url=server_url, save_images=True)",
    f'  File "{CV_HOME}/cvat/apps/dataset_manager/views.py", line 137, in export',
    "    export_fn(db_instance.id, temp_file, dst_format,",
    f'  File "{CV_HOME}/cvat/apps/dataset_manager/task.py", line 936, in export_task',
    "    task.export(f, exporter, host=server_url, save_images=save_images)",
    f'  File "{CV_HOME}/cvat/apps/dataset_manager/task.py", line 834, in export',
    "    exporter(dst_file, temp_dir, task_data, **options)",
    f'  File "{CV_HOME}/cvat/apps/dataset_manager/formats/registry.py", line 40, in __call__',
    "    f_or_cls(*args, **kwargs)",
    f'  File "{CV_HOME}/cvat/apps/dataset_manager/formats/coco.py", line 31, in _export_instances',
    "    make_zip_archive(temp_dir, dst_file)",
    f'  File "{CV_HOME}/cvat/apps/dataset_manager/util.py", line 46, in make_zip_archive',
    "    archive.write(path, osp.relpath(path, src_path))",
    '  File "/usr/lib/python3.10/zipfile.py", line 1787, in write',
    "    shutil.copyfileobj(src, dest, 1024*8)",
    '  File "/usr/lib/python3.10/shutil.py", line 198, in copyfileobj',
    "    fdst_write(buf)",
    '  File "/usr/lib/python3.10/zipfile.py", line 1160, in write',
    "    self._fileobj.write(data)",
    "OSError: [Errno 28] No space left on device",
]
CV_USERS = ["akowalski", "bnguyen", "cdiaz", "dpatel", "eyilmaz", "fsato", "gmuller", "hkim"]


def labels_on_chunks(log: Log) -> Log:
    """Each DEBG record's label moved from supervisord's header to the chunk's lines, the
    events the program wrote (a label joined with ` | ` names two lines of one chunk)."""
    out = Log(log.name, log.t)
    pending: list[str] = []
    for text, tid in log.lines:
        if tid is not None and text.endswith(" output:") and " DEBG '" in text:
            out.add(text, None)
            pending = tid.split(" | ")
        elif pending and text:
            out.add(text, pending.pop(0))
        else:
            out.add(text, tid)
    return out


def cvat(r: random.Random) -> list[Log]:
    """CVAT 2.14 under Docker Compose, 06:00 to 12:00: `docker logs cvat_server` (supervisord at
    debug level wrapping every chunk of uvicorn-0's and uvicorn-1's output in a `DEBG 'uvicorn-0'
    stdout output:` record: uvicorn's access lines, Django's warnings and errors) and `docker
    logs cvat_worker_export` (the same wrapping around two rq workers). Eight annotators
    working jobs (chunk fetches, saves), OPA polling the rules bundle, a job deleted under an
    annotator who keeps saving it 07:40-07:46 (404s), the database restarted 08:15-08:21 (500s
    with tracebacks), a COCO export of task 88 failing on a full disk at 09:06 and succeeding at
    09:44 after a clean-up, smaller exports, and a cvat-cli script with an expired token polling
    10:30-10:50 (401s)."""
    fs = Files()

    def rec(
        f: str,
        t: datetime,
        prog: str,
        chan: str,
        label: str,
        lines: list[str] | None = None,
        text=None,
    ) -> datetime:
        def body(x: datetime) -> list[str]:
            data = text(x) if text else lines
            return [f"{py_asctime(x)} DEBG '{prog}' {chan} output:", *data, ""]

        return fs.add(f, t, label, body, f, 1000)

    def access(t: datetime, client: str, method: str, uri: str, code: int, label: str) -> datetime:
        phrase = {
            200: "OK",
            201: "Created",
            202: "Accepted",
            304: "Not Modified",
            401: "Unauthorized",
            404: "Not Found",
            500: "Internal Server Error",
        }[code]
        prog = f"uvicorn-{r.randint(0, 1)}"
        return rec(
            "cvat_server.log",
            t,
            prog,
            "stdout",
            label,
            [f'INFO:     {client} - "{method} {uri} HTTP/1.0" {code} {phrase}'],
        )

    def django(
        t: datetime, level: str, label: str, msg: str, extra: list[str] | None = None
    ) -> datetime:
        prog = f"uvicorn-{r.randint(0, 1)}"
        return rec(
            "cvat_server.log",
            t,
            prog,
            "stderr",
            label,
            text=lambda x: [f"[{py_asctime(x)}] {level} django.request: {msg}", *(extra or [])],
        )

    db_down = (at(8, 15, 31), at(8, 21, 8))

    def ui(t: datetime, method: str, uri: str, label: str, code: int = 200) -> datetime:
        """One request of the UI; during the database restart, a 500 with its traceback."""
        if in_any(t, [db_down]):
            path = uri.split("?")[0]
            e = django(
                t + sec(r.uniform(0.002, 0.02)),
                "ERROR",
                "Internal Server Error: %s",
                f"Internal Server Error: {path}",
                CV_DB_TRACE,
            )
            return access(
                e + sec(r.uniform(0.001, 0.004)),
                CV_TRAEFIK,
                method,
                uri,
                500,
                label.rsplit(" ", 1)[0] + " 500",
            )
        if code == 404:
            e = django(
                t + sec(r.uniform(0.005, 0.03)),
                "WARNING",
                "Not Found: %s",
                f"Not Found: {uri.split('?')[0]}",
            )
            return access(e + sec(r.uniform(0.001, 0.004)), CV_TRAEFIK, method, uri, 404, label)
        return access(t + sec(r.uniform(0.004, 0.09)), CV_TRAEFIK, method, uri, code, label)

    # OPA's bundle polling (min 20 s, max 40 s in this deployment)
    t = at(6, 0, 9.2)
    while t < T_END:
        access(t, CV_OPA, "GET", "/api/auth/rules", 304, "GET /api/auth/rules 304")
        t += sec(r.uniform(20, 40))

    # annotators: sessions of work on a job, fetching chunks and saving as they go
    jid = iter(r.sample(range(402, 470), 40))
    for user in CV_USERS:
        t = at(6, r.randint(20, 55), r.uniform(0, 59))
        while t < at(11, 45):
            job = 311 if user == "hkim" and at(7, 0) <= t < at(7, 40) else next(jid)
            t = ui(t, "GET", f"/api/jobs/{job}?org=", "GET /api/jobs/%s?org=%s 200")
            t = ui(
                t + sec(r.uniform(0.05, 0.3)),
                "GET",
                f"/api/jobs/{job}/data/meta?org=",
                "GET /api/jobs/%s/data/meta?org=%s 200",
            )
            t = ui(
                t + sec(r.uniform(0.05, 0.3)),
                "GET",
                f"/api/jobs/{job}/annotations?org=",
                "GET /api/jobs/%s/annotations?org=%s 200",
            )
            end = t + sec(60 * r.uniform(35, 80))
            chunk = 0
            nxt_chunk = t + sec(r.uniform(0.2, 1))
            nxt_save = t + sec(r.uniform(90, 300))
            while min(nxt_chunk, nxt_save) < end and min(nxt_chunk, nxt_save) < T_END:
                if nxt_chunk <= nxt_save:
                    ui(
                        nxt_chunk,
                        "GET",
                        f"/api/jobs/{job}/data?org=&quality=compressed&type=chunk&number={chunk}",
                        "GET /api/jobs/%s/data?org=%s&quality=%s&type=%s&number=%s 200",
                    )
                    chunk += 1
                    nxt_chunk += sec(r.uniform(70, 240))
                else:
                    gone = job == 311 and nxt_save >= at(7, 40, 5)
                    if gone:
                        break
                    ui(
                        nxt_save,
                        "PATCH",
                        f"/api/jobs/{job}/annotations?org=&action={r.choice(['create', 'update', 'update', 'delete'])}",
                        "PATCH /api/jobs/%s/annotations?org=%s&action=%s 200",
                    )
                    nxt_save += sec(r.uniform(100, 330))
            t = end + sec(60 * r.uniform(5, 25))
    # hkim's tab keeps saving job 311 after a manager deleted its task at 07:40
    t = at(7, 40, 17.4)
    while t < at(7, 46, 30):
        ui(
            t,
            "PATCH",
            "/api/jobs/311/annotations?org=&action=update",
            "PATCH /api/jobs/%s/annotations?org=%s&action=%s 404",
            404,
        )
        t += sec(r.uniform(29, 32))

    # exports: the manager's UI asks every 3 s until the worker is done
    worker = "cvat_worker_export.log"

    def rq(t: datetime, prog: str, label: str, lines) -> datetime:
        def text(x: datetime) -> list[str]:
            ls = lines(x) if callable(lines) else lines
            return [f"{x:%H:%M:%S} {ls[0]}", *ls[1:]]

        return rec(worker, t, prog, "stderr", label, text=text)

    def export(
        t: datetime, task: int, fmt: str, slug: str, user: int, took: float, fail: bool = False
    ) -> None:
        uri = f"/api/tasks/{task}/dataset?format={fmt.replace(' ', '%20')}"
        rid = f"export:task-{task}-dataset-in-{slug}-format-by-{user}"
        prog = f"rqworker-export-{r.randint(0, 1)}"
        ui(t, "GET", uri, "GET /api/tasks/%s/dataset?format=%s 202", 202)
        s = rq(
            t + sec(r.uniform(0.05, 0.3)),
            prog,
            "%s: %s (%s)",
            [
                f"export: cvat.apps.dataset_manager.views.export_task_as_dataset({task}, '{fmt}', server_url='https://cvat.example.com', save_images=True) ({rid})"
            ],
        )
        done = s + sec(took)
        p = t + sec(5)
        while p < done:
            ui(p, "GET", uri, "GET /api/tasks/%s/dataset?format=%s 202", 202)
            p += sec(5 + r.uniform(0, 0.1))
        if fail:
            rq(
                done,
                prog,
                "[Job %s]: exception raised while executing (%s)",
                [
                    f"[Job {rid}]: exception raised while executing (cvat.apps.dataset_manager.views.export_task_as_dataset)",
                    *CV_ENOSPC,
                ],
            )
            e = django(
                p + sec(r.uniform(0.01, 0.03)),
                "ERROR",
                "Internal Server Error: %s",
                f"Internal Server Error: /api/tasks/{task}/dataset",
            )
            access(
                e + sec(0.002),
                CV_TRAEFIK,
                "GET",
                uri,
                500,
                "GET /api/tasks/%s/dataset?format=%s 500",
            )
            return
        path = f"{CV_HOME}/data/tasks/{task}/export_cache/dataset_{slug.replace('.', '').replace('_', '-')}.ZIP"
        done = rec(
            worker,
            done,
            prog,
            "stderr",
            "The %s '%s' is exported as '%s' at '%s' and available for downloading for the next %s. Export cache cleaning job is enqueued, id '%s'",
            text=lambda x: [
                f"[{py_asctime(x)}] INFO cvat.server.task_{task}: The task '{task}' is exported as '{fmt}' at '{path}' and available for downloading for the next 10:00:00. Export cache cleaning job is enqueued, id 'cleanup:{rid}'"
            ],
        )
        rq(
            done + sec(0.004),
            prog,
            "%s: Job OK (%s) | Result is kept for %s seconds",
            lambda x: [f"export: Job OK ({rid})", f"{x:%H:%M:%S} Result is kept for 500 seconds"],
        )
        ui(p, "GET", uri, "GET /api/tasks/%s/dataset?format=%s 201", 201)
        ui(
            p + sec(r.uniform(0.4, 1.2)),
            "GET",
            uri + "&action=download",
            "GET /api/tasks/%s/dataset?format=%s&action=%s 200",
        )

    export(at(7, 21, 4), 61, "CVAT for images 1.1", "cvat_for_images_1.1", 5, 48.0)
    export(at(9, 0, 2), 88, "COCO 1.0", "coco_1.0", 5, 399.0, fail=True)
    export(at(9, 44, 51), 88, "COCO 1.0", "coco_1.0", 5, 371.0)
    export(at(11, 5, 37), 93, "YOLO 1.1", "yolo_1.1", 3, 63.0)
    # the workers' registry maintenance, every ten minutes each
    for n, first in ((0, at(6, 4, 12.8)), (1, at(6, 4, 13.1))):
        t = first
        while t < T_END:
            rq(
                t,
                f"rqworker-export-{n}",
                "Cleaning registries for queue: %s",
                ["Cleaning registries for queue: export"],
            )
            t += sec(600 + r.uniform(0.01, 0.3))

    # a cvat-cli cron job whose token expired polls the task list
    t = at(10, 30, 2.6)
    while t < at(10, 50):
        e = django(
            t + sec(r.uniform(0.005, 0.02)),
            "WARNING",
            "Unauthorized: %s",
            "Unauthorized: /api/tasks",
        )
        access(
            e + sec(0.002),
            "172.18.0.6:0",
            "GET",
            "/api/tasks?page_size=100",
            401,
            "GET /api/tasks?page_size=%s 401",
        )
        t += sec(30 + r.uniform(0, 0.5))
    return [labels_on_chunks(log) for log in fs.logs(T0)]


SYSTEMS = {
    "torchserve": torchserve,
    "tensorboard": tensorboard,
    "localai": localai,
    "stable-diffusion-webui": sd_webui,
    "cvat": cvat,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
