#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 308 (litellm, open-webui, xinference, lmdeploy, kserve) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is written.
Distinct calls of one process never share a timestamp at the log's resolution (round 53's Clock,
kept per process and per file). Five programs of one engineering company's internal AI platform,
06:00 to 12:00 UTC on 2025-02-20 (07:00-13:00 in the offices): Open WebUI in front, LiteLLM as the
model gateway (Azure OpenAI, a local Qwen on LMDeploy, embeddings on Xinference), and KServe for
the data-science team's small models.

- LiteLLM 1.61.3 (`litellm-1.log`, `litellm-2.log`: `docker logs` of the two proxy containers
  behind the gateway's nginx, `LITELLM_LOG=INFO`, no JSON logs). LiteLLM's formatter writes a green
  time-only head, `\\x1b[92m06:03:01 - LiteLLM Router:INFO\\x1b[0m: router.py:1016 - `, uvicorn its
  `INFO:     ` prefix without a time, and the proxy's start-up `print()`s their own coloured lines.
  Every request: the router's `get_available_deployment for model: %s, Selected deployment: %s for
  model: %s` (the deployment's dict with the key masked), `litellm.acompletion(model=%s)\\x1b[32m
  200 OK\\x1b[0m` or `litellm.aembedding(...)`, and uvicorn's access line. Incidents: a reporting
  job with a revoked key every 15 minutes (`traceback.print_exc()`'s bare traceback, then
  `litellm.proxy.proxy_server.user_api_key_auth(): Exception occured - Key doesn't exist in db.
  key=%s. ...` with `Requester IP Address:%s` and the chained traceback, 401); Azure's Sweden
  deployment throttled 08:52-09:34 and France's 09:06-09:24 (`... Exception litellm.RateLimitError:
  AzureException RateLimitError - Error code: 429 - {...}`, `Retrying request with num_retries: %s`,
  cooldowns with `get_available_deployment for model: %s, No deployment available`, `Trying to
  fallback b/w models` to gpt-4o-mini); Xinference's embedding model gone 07:41-07:52 (400s from it:
  the router's exception line, `No fallback model group found for original model_group=%s.
  Fallbacks=%s`, the printed traceback, the router's `litellm.router.py::async_function_with_
  fallbacks() - Error occurred while trying to do fallbacks - ...` with its traceback and `Debug
  Information:`, the proxy's `litellm.proxy.proxy_server.embeddings(): Exception occured - ...`);
  LMDeploy's proxy down 10:15-10:24 (`litellm.APIConnectionError: APIConnectionError:
  OpenAIException - Connection error.`, two retries, the same chain for `chat_completion()`, 500s);
  litellm-2 restarted at 09:40 with a second gpt-4o-mini deployment (uvicorn's shutdown, `Shutting
  down LiteLLM Proxy Server`, the start-up prints, `Routing strategy: %s`); the data-science team's
  budget exhausted at 11:09 (`... Exception occured - Budget has been exceeded! Team=%s Current
  cost: %s, Max budget: %s`, 400).
- Open WebUI 0.5.16 (`open-webui-0.log`, `open-webui-1.log`: `kubectl logs --timestamps` of the
  Helm chart's two StatefulSet pods, started at 06:01 and 06:02 after the nodes' maintenance).
  alembic's `fileConfig()` gives the root logger `%(levelname)-5.5s [%(name)s] %(message)s` (no
  time), uvicorn writes `INFO:     ` and `--forwarded-allow-ips '*'` makes the clients `ip:0`;
  kubectl puts an RFC 3339 time with nanoseconds before every line, a traceback's too. Start-up:
  `Context impl %s.`, `Will assume transactional DDL.`, 27 `'%s' loaded from the latest database
  entry`, `Embedding model set: %s`, langchain's `USER_AGENT environment variable not set, ...`,
  the banner `print()` (13 lines), uvicorn's start. Sessions: `GET /api/config`, `/api/v1/auths/`,
  `get_all_models()` with `GET /api/models`, the chat list, folders, the websocket's `[accepted]`
  and `connection open`; chat turns (`POST /api/v1/chats/new`, `POST /api/v1/chats/%s`,
  `POST /api/chat/completions`, `POST /api/chat/completed`), files uploaded (`file.content_type:
  %s`, `save_docs_to_vector_db: document %s %s`, `adding to collection %s`) and queried
  (`query_doc:result %s %s`). Incidents: the embedding model gone 07:41-07:52 (requests'
  `400 Client Error: Bad Request for url: %s` printed, `'NoneType' object is not iterable` logged
  twice with its traceback, `400: 'NoneType' object is not iterable`, `Error processing file: %s`);
  the Qwen route failing 10:15-10:24 (aiohttp's `500, message='Internal Server Error', url='...'`
  with its traceback, 400); the gateway's nginx refusing 11:20-11:23 (`Connection error: Cannot
  connect to host %s ssl:default [Connect call failed (...)]` for the model list, the same error
  for chats).
- Xinference 1.3.0 (`supervisor_1739776324117-xinference.log`, `worker_1739776331406-xinference.
  log`, `worker_1740045752331-xinference.log`: the files xinference writes under `~/.xinference/
  logs/<role>_<ms>/`, one per start, `%(asctime)s %(name)-12s %(process)d %(levelname)-8s
  %(message)s` at INFO; the supervisor's holds uvicorn's access lines). The API's requests: LiteLLM's
  and the RAG service's embeddings, the RAG service's reranks, a document pipeline's Qwen2.5-VL chats,
  model lists. Incidents: bge-m3 out of GPU memory on a huge batch at 07:41 (the model process's
  `Model actor is out of memory, model id: %s, error: CUDA out of memory. ...` with torch's
  traceback, `Process %s is down.`, `Recreating model actor %s ...`, log_async's `[request %s]
  Enter launch_builtin_model, args: %s, kwargs: %s`, `Failed to load model %s`, `[request %s] Leave
  %s, error: ..., elapsed time: %d s`; the API's `[address=%s, pid=%d] Model actor is out of
  memory, ...` (500), `[address=%s, pid=%d] Model not found, uid: %s` and, after the operator's
  terminate at 07:51, `... Model not found in the model list, uid: %s` (400), each with xoscar's
  traceback; the relaunch: `cache %s exists`, `ModelActor(%s) loaded`, `Leave ..., elapsed time: %d
  s`); gpu02 rebooted for a driver update at 10:02 (`Worker timeout. address: %s, check count
  remaining %s...`, `[address=%s, pid=%d] Remote server %s closed`, `Worker dead. address: %s,
  influenced models: %s`, the worker's new file: metrics server, `Purge cache directory: %s`,
  `Xinference worker %s started`, the model's launch with `Loading %s with following model config:
  %sEnable lora: %s. Lora count: %s.`); gpu01's heart beats late at 11:05; an old reranker retired.
- LMDeploy 0.7.0 (`lmdeploy-proxy.log`, `lmdeploy-gpu03.log`, `lmdeploy-gpu04.log`: `docker logs`
  of `lmdeploy serve proxy` and of two `lmdeploy serve api_server` nodes serving Qwen2.5-72B-AWQ
  with `--log-level INFO --max-log-len 64 --proxy-url ...` and `TM_LOG_LEVEL=WARNING`). get_logger's
  ColorFormatter: `2025-02-20 08:37:09,298 - lmdeploy - \\x1b[37mINFO\\x1b[0m - async_engine.py:705 -
  `. Each request: the proxy's `A request is dispatched to %s` and access line; on the node
  RequestLogger's `session=%s, adapter_name=%s, input_tokens=%s, gen_config=%s, prompt=%r,
  prompt_token_id=%s`, `session=%s, history_tokens=%s, ...`, the access line, `[async_stream_infer]
  session %s start` / `done`, `session %s finished, reason "stop", ...` or `"length"`; users
  stopping a stream (`[safe_run] exception caught: GeneratorExit `, `[async_stream_infer]
  GeneratorExit`); long contexts (`Truncate max_new_tokens to %s`); the proxy's heart beat every 90 s
  (`Start heart beat check`, the nodes' `GET /health`); a misnamed model from an IDE (`no model
  name: %s`). Incidents: gpu04 restarted at 08:30 with another cache setting (uvicorn's shutdown,
  cancelled sessions, the proxy's `catched an exception: HTTPConnectionPool(...)` / `All
  connection attempts failed` and `api timeout: %s`, `Removed node_url: %s due to heart beat
  expiration`; the start: `input backend=%s, backend_config=%s`, `turbomind model config:` with its
  JSON, `[TM][WARNING]` lines, `get %d model params`, three `HINT:` prints, `"Added successfully"`,
  `add node %s successfully`); the proxy killed for memory at 10:15:31 and started at 10:24:06.
- KServe 0.14.1 (`kserve-controller-manager.log`: the manager container's zap JSON, client-go's klog
  lines among it; `storage-initializer.log`: every storage-initializer container of the
  `ml-serving` namespace, as `logcli query --output=raw` exports them, KServe's
  `%(asctime)s.%(msecs)03d %(process)s %(name)s %(levelname)s [%(filename)s:%(funcName)s():
  %(lineno)s] ` head). Serverless InferenceServices: bge-reranker (Hugging Face runtime) and
  doc-classifier scaled to zero between bursts, churn-xgb woken by an hourly job, fraud-scorer
  always up. Each cold start: reconciles (`Inference service deployment mode `, `Reconciling
  inference service`, PredictorReconciler's `Resolved container` with the container and pod spec,
  `Reconciling ingress for inference service`), the storage-initializer (`Initializing, args:
  src_uri [%s] dest_path[ [%s]`, `Copying contents of %s to local`, `Downloaded object %s to %s`,
  `Successfully copied %s to %s`, `Model downloaded in %s seconds.`). Incidents: fraud-scorer v8
  at 07:30 and v9 at 09:10 (the webhooks' `Defaulting InferenceService`, `validate update`,
  KsvcReconciler's `knative service configuration diff (-desired, +observed):` and `Updating knative
  service`), the Knative webhook down 09:10-09:13 (`Failed to reconcile` and controller-runtime's
  `Reconciler error`, backing off); the controller moved at 08:00 (controller-runtime's shutdown,
  the entrypoint's `Setting up ...` lines, klog's leader election, `Starting EventSource` /
  `Controller` / `workers`); ticket-router created at 09:31 with a misspelt bucket path, its
  initializer crash-looping until 10:06 (`RuntimeError: Failed to fetch model. No model found in
  %s.` tracebacks); the S3 key rotated at 10:00 without the secret (botocore's `InvalidAccessKeyId`
  tracebacks at churn-xgb's cold starts until a new service account at 10:41).

Label notes. The heads are context: LiteLLM's coloured time, logger, level and `file:line - `,
uvicorn's `LEVEL:` prefix, kubectl's time, alembic's level and `[logger]`, Xinference's time, logger,
pid and level, LMDeploy's time, logger, coloured level and `file:line - `, zap's JSON fields but the
`msg`, klog's head and KServe's Python head. ANSI codes a message writes itself are in its label
(`\\x1b[32m 200 OK\\x1b[0m`, the start-up prints', `HINT:`'s), raw as round 299's mailtrain has them.
Access records are labelled by method, route and status, a chat's id and a page number `%s`. Words a
call site writes literally are wording: `litellm.acompletion(` / `aembedding(`, LMDeploy's
`reason "stop"` / `"length"` (picked by a branch), `Will assume transactional DDL.`, the KServe
scheme and controller names of the entrypoint's lines; log_async's function name
(`func.__name__`), exception class names (`type(e).__name__`), model and deployment names, dict
reprs, ids, addresses and counts are values. An error's text contributes its format (Azure's 429
body inside openai's `Error code: %d - %s`, LiteLLM's exception prefixes, xoscar's `[address=%s,
pid=%d] ` before the actor's message, torch's out-of-memory text, aiohttp's `%s, message=%r,
url=%r` and `Cannot connect to host %s:%s ssl:%s [%s]` with asyncio's `Connect call failed %s`,
requests' `%s Client Error: %s for url: %s`, Starlette's `%d: %s`, urllib3's and httpx's connection
errors). A multi-line message is labelled by its first line; a message that starts with a newline
(the banner) by its format with `\\n` written out; a bare traceback (`traceback.print_exc()`, an
uncaught exception) by `Traceback (most recent call last):`. The second-resolution logs (LiteLLM's
head, zap's `ts`) keep one process's lines a second apart (the Clock).

Checked against the programs' packages of these versions (the wheels' sources, read for this
round) and real logs quoted in issues: LiteLLM's `_logging.py` formatter, the router's, proxy's and
auth's messages with their line numbers, `handle_error.py`, the exception classes' prefixes; Open
WebUI's `alembic.ini` formatter, `config.py`'s database-entry line, the banner, the routers' and
retrieval's lines (an issue's `docker logs` shows the alembic and uvicorn lines); Xinference's
`get_config_dict()` format, log_async, the worker's, supervisor's, model's and API's messages (issue
logs show the layout and `Xinference supervisor %s started`); LMDeploy's `_FORMAT` and
ColorFormatter, RequestLogger, async_engine's, turbomind's and the proxy's messages and line
numbers (issue logs show `- lmdeploy - INFO - async_engine.py:259 - input backend=...`, the HINT
lines, `[TM][WARNING]` lines and `session %d finished, reason "error"`); KServe's
`KSERVE_LOGGER_FORMAT`, `storage.py` (an issue's 0.14 storage-initializer log shows `Initializing,
args: src_uri [%s] dest_path[ [%s]`), the controller's, KsvcReconciler's and the webhooks' messages
in the repository and in issue logs.

Least sure (written from the helper's knowledge): LiteLLM's traceback frames, the printed
deployment's key order, Azure's 429 body, the appended `Received Model Group=` lines, the order of
the start-up prints; Open WebUI's list of database-loaded settings, where the USER_AGENT warning
falls, the frontend's calls per page and turn, the websocket lines, `query_doc:result`'s metadata,
the commit line of the banner; xoscar's frames and its address prefix on remote errors, `Remote
server %s closed`, the launch kwargs, the log files' names; LMDeploy 0.7.0's `[TM][WARNING]` texts,
the turbomind config JSON, the shutdown lines, httpx's error text; KServe's `ts` as RFC 3339
seconds (older releases write epoch floats), controller-runtime's start and stop messages and
fields, the klog lines, the `diff` text, `Creating knative service`, the Resolved container's
string, the storage-initializer's frames and its one exported file.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round53 import pyframes
from generate_round97 import Files, sec

SEC = 1_000_000
MS = 1_000
US = 1
ESC = "\x1b"
DAY = datetime(2025, 2, 20, tzinfo=UTC)


def at(h: int, m: int, s: float = 0.0) -> datetime:
    """An instant of 2025-02-20 (UTC), the day every system of the round runs."""
    return DAY + timedelta(hours=h, minutes=m, seconds=s)


T0, T_END = at(6, 0), at(12, 0)


def in_any(t: datetime, spans: list[tuple[datetime, datetime]]) -> bool:
    return any(a <= t < b for a, b in spans)


def office_rate(t: datetime) -> float:
    """Relative load of the company's users over the morning (06:00-12:00 UTC = 07:00-13:00 CET)."""
    h = (t - T0).total_seconds() / 3600
    if h < 1.0:
        return 0.25 + 0.35 * h
    if h < 2.5:
        return 0.6 + 0.4 * (h - 1.0) / 1.5
    if h < 5.0:
        return 1.0
    return 0.75


def arrivals(
    r: random.Random,
    t0: datetime,
    t1: datetime,
    per_hour: float,
    shape: Callable[[datetime], float] = office_rate,
) -> list[datetime]:
    """Poisson arrivals at `per_hour` times `shape(t)` (thinning, shape at most 1)."""
    out, t = [], t0
    while True:
        t += sec(r.expovariate(per_hour / 3600))
        if t >= t1:
            return out
        if r.random() < shape(t):
            out.append(t)


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float = 0.5
) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(period + r.uniform(-jitter, jitter))
        if t >= t1:
            return out
        out.append(t)


def tb(*frames: tuple[str, int, str, str], last: list[str]) -> list[str]:
    """A Python traceback: the header, the frames, the exception line(s)."""
    return ["Traceback (most recent call last):", *pyframes(*frames), *last]


# ---------------------------------------------------------------------------------- litellm

LL_PY = "/usr/lib/python3.13/site-packages"
LL_NGINX = "10.20.0.40"
LL_SWE = "https://oai-sweden-corp.openai.azure.com/"
LL_FRA = "https://oai-france-corp.openai.azure.com/"
LL_LMD = "http://lmdeploy-gw.corp.internal:8000/v1"
LL_XINF = "http://xinference.corp.internal:9997/v1"
LL_AZ_VER = "2024-08-01-preview"
LL_FALLBACKS = "[{'gpt-4o': ['gpt-4o-mini']}]"


class LLDeploy:
    def __init__(
        self, r: random.Random, group: str, model: str, base: str, key: str, azure: bool
    ) -> None:
        self.group = group
        self.model = model
        self.base = base
        self.key = key
        self.azure = azure
        self.id = hexid(r, 64)

    def printed(self) -> str:
        p = f"'api_key': '{self.key[:2]}**********', 'api_base': '{self.base}', "
        if self.azure:
            p += f"'api_version': '{LL_AZ_VER}', "
        p += f"'model': '{self.model}'"
        return (
            f"{{'model_name': '{self.group}', 'litellm_params': {{{p}}}, "
            f"'model_info': {{'id': '{self.id}', 'db_model': False}}}}"
        )


def litellm(r: random.Random) -> list[Log]:
    """Two LiteLLM proxy containers behind the gateway's nginx (see the module docstring)."""
    fs = Files()
    files = ["litellm-1.log", "litellm-2.log"]
    swe = LLDeploy(r, "gpt-4o", "azure/gpt-4o", LL_SWE, "7c41e0b9a2d8", True)
    fra = LLDeploy(r, "gpt-4o", "azure/gpt-4o", LL_FRA, "b1f07d3c55e2", True)
    mini = LLDeploy(r, "gpt-4o-mini", "azure/gpt-4o-mini", LL_SWE, "7c41e0b9a2d8", True)
    mini_fra = LLDeploy(r, "gpt-4o-mini", "azure/gpt-4o-mini", LL_FRA, "b1f07d3c55e2", True)
    qwen = LLDeploy(
        r, "qwen2.5-72b", "openai/qwen2.5-72b-instruct", LL_LMD, "sk-lmdeploy-gw", False
    )
    bge = LLDeploy(r, "bge-m3", "openai/bge-m3", LL_XINF, "not-needed", False)
    groups: dict[str, list[LLDeploy]] = {
        "gpt-4o": [swe, fra],
        "gpt-4o-mini": [mini],
        "qwen2.5-72b": [qwen],
        "bge-m3": [bge],
    }
    restart2 = at(9, 40, 12)
    swe_429 = (at(8, 52), at(9, 34))
    fra_429 = (at(9, 6), at(9, 24))
    lmd_down = (at(10, 15, 31), at(10, 24, 6))
    xinf_down = (at(7, 41, 40), at(7, 52, 10))
    budget_out = at(11, 9, 40)
    pid = {files[0]: 1, files[1]: 1}
    cooldown: dict[str, datetime] = {}

    def H(t: datetime, logger: str, level: str, src: str) -> str:
        return f"{ESC}[92m{t:%H:%M:%S} - {logger}:{level}{ESC}[0m: {src} - "

    def L(
        f: str,
        t: datetime,
        label: str,
        logger: str,
        level: str,
        src: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f, t, label, lambda x: [H(x, logger, level, src) + msg, *(more or [])], (f, pid[f]), SEC
        )

    def RT(
        f: str,
        t: datetime,
        label: str,
        src: str,
        msg: str,
        level: str = "INFO",
        more: list[str] | None = None,
    ) -> datetime:
        return L(f, t, label, "LiteLLM Router", level, src, msg, more)

    def PX(
        f: str,
        t: datetime,
        label: str,
        src: str,
        msg: str,
        level: str = "ERROR",
        more: list[str] | None = None,
    ) -> datetime:
        return L(f, t, label, "LiteLLM Proxy", level, src, msg, more)

    def U(f: str, t: datetime, label: str, msg: str, level: str = "INFO") -> datetime:
        return fs.add(f, t, label, lambda x: [f"{(level + ':').ljust(9)} {msg}"], (f, pid[f]), SEC)

    def P(f: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, (f, pid[f]), SEC)

    def access(f: str, t: datetime, method: str, path: str, status: str) -> datetime:
        return U(
            f,
            t,
            f'%s - "{method} {path} HTTP/1.1" {status}',
            f'{LL_NGINX}:{r.randrange(32768, 60999)} - "{method} {path} HTTP/1.1" {status}',
        )

    # --- start-up and shutdown
    def startup(f: str, t: datetime, with_mini_fra: bool) -> datetime:
        t = U(f, t, "Started server process [%d]", f"Started server process [{pid[f]}]")
        t = U(f, t, "Waiting for application startup.", "Waiting for application startup.")
        t += sec(r.uniform(1.5, 3.5))
        t = P(
            f,
            t,
            f"{ESC}[32mLiteLLM: Proxy initialized with Config, Set models:{ESC}[0m",
            [f"{ESC}[32mLiteLLM: Proxy initialized with Config, Set models:{ESC}[0m"],
        )
        names = (
            ["gpt-4o", "gpt-4o", "gpt-4o-mini"]
            + (["gpt-4o-mini"] if with_mini_fra else [])
            + ["qwen2.5-72b", "bge-m3"]
        )
        for n in names:
            t = P(f, t, f"{ESC}[32m    %s{ESC}[0m", [f"{ESC}[32m    {n}{ESC}[0m"])
        t = RT(
            f,
            t + sec(r.uniform(0.2, 1.0)),
            "Routing strategy: %s",
            "router.py:663",
            "Routing strategy: simple-shuffle",
        )
        t += sec(r.uniform(2.0, 6.0))
        t = U(f, t, "Application startup complete.", "Application startup complete.")
        return U(
            f,
            t,
            "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
            "Uvicorn running on http://0.0.0.0:4000 (Press CTRL+C to quit)",
        )

    def shutdown(f: str, t: datetime) -> datetime:
        t = U(f, t, "Shutting down", "Shutting down")
        t = U(f, t, "Waiting for application shutdown.", "Waiting for application shutdown.")
        t = PX(
            f,
            t,
            "Shutting down LiteLLM Proxy Server",
            "proxy_server.py:396",
            "Shutting down LiteLLM Proxy Server",
            "INFO",
        )
        t = U(f, t, "Application shutdown complete.", "Application shutdown complete.")
        return U(f, t, "Finished server process [%d]", f"Finished server process [{pid[f]}]")

    ready = {
        files[0]: startup(files[0], at(6, 0, 3.4), False),
        files[1]: startup(files[1], at(6, 0, 9.1), False),
    }
    t = shutdown(files[1], restart2)
    ready2 = startup(files[1], t + sec(r.uniform(8, 14)), True)
    groups_after = {"gpt-4o-mini": [mini, mini_fra]}

    def live(f: str, t: datetime) -> bool:
        if t < ready[f]:
            return False
        return not (f == files[1] and restart2 - sec(1) <= t < ready2 + sec(1))

    def pick_file(t: datetime) -> str:
        f = r.choice(files)
        if not live(f, t):
            f = files[0] if f == files[1] else files[1]
        return f

    # --- the error texts
    def az429(t: datetime) -> str:
        return (
            "litellm.RateLimitError: AzureException RateLimitError - Error code: 429 - {'error': {'code': '429', "
            f"'message': 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version {LL_AZ_VER} "
            f"have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after {r.randrange(2, 41)} "
            "seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default "
            "rate limit.'}}"
        )

    AZ429_LABEL = (
        "litellm.RateLimitError: AzureException RateLimitError - Error code: %d - {'error': {'code': '%s', "
        "'message': 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version %s "
        "have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after %d "
        "seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default "
        "rate limit.'}}"
    )
    CONN = "litellm.APIConnectionError: APIConnectionError: OpenAIException - Connection error."
    XNF_LABEL = "litellm.BadRequestError: OpenAIException - Error code: %d - {'detail': '[address=%s, pid=%d] Model not found, uid: %s'}"

    def xnf() -> str:
        return "litellm.BadRequestError: OpenAIException - Error code: 400 - {'detail': '[address=10.20.5.11:30001, pid=1] Model not found, uid: bge-m3-0'}"

    def router_ok(f: str, t: datetime, d: LLDeploy, embed: bool) -> datetime:
        if embed:
            return RT(
                f,
                t,
                f"litellm.aembedding(model=%s){ESC}[32m 200 OK{ESC}[0m",
                "router.py:2453",
                f"litellm.aembedding(model={d.model}){ESC}[32m 200 OK{ESC}[0m",
            )
        return RT(
            f,
            t,
            f"litellm.acompletion(model=%s){ESC}[32m 200 OK{ESC}[0m",
            "router.py:1016",
            f"litellm.acompletion(model={d.model}){ESC}[32m 200 OK{ESC}[0m",
        )

    def router_exc(
        f: str, t: datetime, d: LLDeploy, label: str, text: str, embed: bool
    ) -> datetime:
        fn, src = ("aembedding", "router.py:2458") if embed else ("acompletion", "router.py:1037")
        return RT(
            f,
            t,
            f"litellm.{fn}(model=%s){ESC}[31m Exception {label}{ESC}[0m",
            src,
            f"litellm.{fn}(model={d.model}){ESC}[31m Exception {text}{ESC}[0m",
        )

    def select(f: str, t: datetime, group: str) -> tuple[datetime, LLDeploy | None]:
        ds = (
            groups_after.get(group, groups[group])
            if (f == files[1] and t >= ready2)
            else groups[group]
        )
        ok = [d for d in ds if cooldown.get(d.id, T0) <= t]
        if not ok:
            t = RT(
                f,
                t,
                "get_available_deployment for model: %s, No deployment available",
                "handle_error.py:71",
                f"get_available_deployment for model: {group}, No deployment available",
            )
            return t, None
        d = r.choice(ok)
        t = RT(
            f,
            t,
            "get_available_deployment for model: %s, Selected deployment: %s for model: %s",
            "router.py:5638",
            f"get_available_deployment for model: {group}, Selected deployment: {d.printed()} for model: {group}",
        )
        return t, d

    def fails(d: LLDeploy, t: datetime) -> tuple[str, str] | None:
        if d is swe and in_any(t, [swe_429]) and r.random() < 0.55:
            return AZ429_LABEL, az429(t)
        if d is fra and in_any(t, [fra_429]) and r.random() < 0.5:
            return AZ429_LABEL, az429(t)
        if d is qwen and in_any(t, [lmd_down]):
            return CONN, CONN
        if d is bge and in_any(t, [xinf_down]):
            return XNF_LABEL, xnf()
        return None

    def chained_tb(kind: str, first_err: str) -> list[str]:
        """The traceback logger.exception() appends: the router's frames down to the provider's error."""
        P_ = f"{LL_PY}/litellm"
        if kind == "embed":
            top = [
                (f"{P_}/proxy/proxy_server.py", 4070, "embeddings", "response = await llm_call"),
                (f"{P_}/router.py", 2384, "aembedding", "raise e"),
            ]
        else:
            top = [
                (
                    f"{P_}/proxy/proxy_server.py",
                    3591,
                    "chat_completion",
                    "responses = await llm_responses",
                ),
                (f"{P_}/router.py", 877, "acompletion", "raise e"),
            ]
        return tb(
            *top,
            (f"{P_}/router.py", 3068, "async_function_with_fallbacks", "raise original_exception"),
            (
                f"{P_}/router.py",
                2889,
                "async_function_with_fallbacks",
                "response = await self.async_function_with_retries(*args, **kwargs)",
            ),
            (f"{P_}/router.py", 3261, "async_function_with_retries", "raise original_exception"),
            (
                f"{P_}/router.py",
                3154,
                "async_function_with_retries",
                "response = await self.make_call(original_function, *args, **kwargs)",
            ),
            (f"{P_}/router.py", 3352, "make_call", "response = await response"),
            (f"{P_}/router.py", 1042, "_acompletion", "raise e")
            if kind != "embed"
            else (f"{P_}/router.py", 2463, "_aembedding", "raise e"),
            (f"{P_}/utils.py", 1358, "wrapper_async", "raise e"),
            (f"{P_}/main.py", 477, "acompletion", "raise exception_type(")
            if kind != "embed"
            else (f"{P_}/main.py", 3304, "aembedding", "raise exception_type("),
            (
                f"{P_}/litellm_core_utils/exception_mapping_utils.py",
                2190,
                "exception_type",
                "raise e",
            ),
            (
                f"{P_}/litellm_core_utils/exception_mapping_utils.py",
                464 if kind == "conn" else 430,
                "exception_type",
                "raise APIConnectionError(" if kind == "conn" else "raise BadRequestError(",
            ),
            last=[first_err],
        )

    def no_fallback(f: str, t: datetime, group: str, text: str, kind: str) -> datetime:
        """No fallback group: the router gives up, prints the traceback, logs its error, and the proxy logs the request's."""
        t = RT(
            f, t, "Trying to fallback b/w models", "router.py:2914", "Trying to fallback b/w models"
        )
        nf = f"No fallback model group found for original model_group={group}. Fallbacks={LL_FALLBACKS}"
        t = RT(
            f,
            t,
            "No fallback model group found for original model_group=%s. Fallbacks=%s",
            "router.py:3023",
            nf,
        )
        exc_cls = text.split(":", 1)[0].split(".")[-1]
        full = text + nf
        label_text = (
            CONN if kind == "conn" else XNF_LABEL
        ) + "No fallback model group found for original model_group=%s. Fallbacks=%s"
        bare = (
            chained_tb(kind, f"litellm.exceptions.{exc_cls}: {full}")[:1]
            + chained_tb(kind, f"litellm.exceptions.{exc_cls}: {full}")[5:]
        )
        t = P(f, t, "Traceback (most recent call last):", bare)
        more = [
            *chained_tb(kind, f"litellm.exceptions.{exc_cls}: {full}"),
            "",
            "Debug Information:",
            "Cooldown Deployments=[]",
        ]
        t = RT(
            f,
            t,
            "litellm.router.py::async_function_with_fallbacks() - Error occurred while trying to do fallbacks - "
            + label_text,
            "router.py:3046",
            "litellm.router.py::async_function_with_fallbacks() - Error occurred while trying to do fallbacks - "
            + full,
            "ERROR",
            more,
        )
        tail = [
            f"Received Model Group={group}",
            "Available Model Group Fallbacks=None",
            f"Error doing the fallback: {full}"
            + (" LiteLLM Retried: 2 times, LiteLLM Max Retries: 2" if kind == "conn" else ""),
        ]
        fn, src = (
            ("embeddings", "proxy_server.py:4144")
            if kind == "embed"
            else ("chat_completion", "proxy_server.py:3700")
        )
        return PX(
            f,
            t,
            f"litellm.proxy.proxy_server.{fn}(): Exception occured - " + label_text,
            src,
            f"litellm.proxy.proxy_server.{fn}(): Exception occured - " + full,
            "ERROR",
            tail + chained_tb(kind, f"litellm.exceptions.{exc_cls}: {full}"),
        )

    def request(t: datetime, group: str, path: str, embed: bool = False) -> None:
        f = pick_file(t)
        attempts = 0
        tried_fallback = False
        while True:
            t, d = select(f, t, group)
            if d is not None:
                t += sec(
                    r.uniform(0.05, 0.4) if embed else r.uniform(0.8, 4.0) + r.expovariate(1 / 6.0)
                )
                err = fails(d, t)
                if err is None:
                    router_ok(f, t, d, embed)
                    access(f, t + sec(r.uniform(0.01, 0.3)), "POST", path, "200 OK")
                    return
                label, text = err
                t = router_exc(f, t, d, label, text, embed)
                if label == AZ429_LABEL and r.random() < 0.35:
                    cooldown[d.id] = t + sec(5)
                if label == XNF_LABEL:
                    t = no_fallback(f, t + sec(r.uniform(0.01, 0.05)), group, text, "embed")
                    access(f, t, "POST", path, "400 Bad Request")
                    return
            if attempts < 2:
                attempts += 1
                t = RT(
                    f,
                    t,
                    "Retrying request with num_retries: %s",
                    "router.py:3205",
                    "Retrying request with num_retries: 2",
                )
                t += sec(r.uniform(0.5, 3.0) if d is not None else r.uniform(4.0, 6.0))
                continue
            if group == "gpt-4o" and not tried_fallback:
                tried_fallback = True
                t = RT(
                    f,
                    t,
                    "Trying to fallback b/w models",
                    "router.py:2914",
                    "Trying to fallback b/w models",
                )
                group, attempts = "gpt-4o-mini", 2
                continue
            t = no_fallback(f, t, group, CONN, "conn")
            access(f, t, "POST", path, "500 Internal Server Error")
            return

    # --- the users' traffic
    CHAT_MIX = [
        (0.55, "gpt-4o", "/chat/completions"),
        (0.18, "gpt-4o-mini", "/chat/completions"),
        (0.12, "gpt-4o", "/v1/chat/completions"),
        (0.15, "qwen2.5-72b", "/chat/completions"),
    ]
    for t in arrivals(r, T0 + sec(20), T_END, 100):
        x, acc = r.random(), 0.0
        for w, g, p in CHAT_MIX:
            acc += w
            if x <= acc:
                request(t, g, p)
                break
    # the IDE assistants of the platform team use the local model
    for t in arrivals(r, T0 + sec(60), T_END, 22):
        request(t, "qwen2.5-72b", "/v1/chat/completions")
    for t in [*arrivals(r, T0 + sec(30), T_END, 20), at(7, 44, 21.7), at(7, 48, 52.3)]:
        request(t, "bge-m3", "/v1/embeddings", embed=True)
    for t in arrivals(r, T0 + sec(20), T_END, 24):
        access(pick_file(t), t, "GET", "/models", "200 OK")
    for t in arrivals(r, T0 + sec(40), T_END, 9):
        access(pick_file(t), t, "GET", "/v1/models", "200 OK")
    # the nightly report job still uses a revoked key (every 10 minutes, three calls)
    KH = hexid(r, 64)
    for t0 in every(r, at(6, 4, 30), T_END, 900, 20):
        for i in range(2):
            t = t0 + sec(i * r.uniform(2, 4))
            f = pick_file(t)
            t = P(
                f,
                t,
                "Traceback (most recent call last):",
                tb(
                    (
                        f"{LL_PY}/litellm/proxy/auth/auth_checks.py",
                        866,
                        "get_key_object",
                        "raise Exception",
                    ),
                    last=["Exception"],
                ),
            )
            msg = f"Key doesn't exist in db. key={KH}. Create key via `/key/generate` call."
            more = [
                f"Requester IP Address:{LL_NGINX}",
                *tb(
                    (
                        f"{LL_PY}/litellm/proxy/auth/auth_checks.py",
                        866,
                        "get_key_object",
                        "raise Exception",
                    ),
                    last=[
                        "Exception",
                        "",
                        "During handling of the above exception, another exception occurred:",
                        "",
                        "Traceback (most recent call last):",
                        *pyframes(
                            (
                                f"{LL_PY}/litellm/proxy/auth/user_api_key_auth.py",
                                712,
                                "_user_api_key_auth_builder",
                                "valid_token = await get_key_object(",
                            ),
                            (
                                f"{LL_PY}/litellm/proxy/auth/auth_checks.py",
                                882,
                                "get_key_object",
                                "raise Exception(",
                            ),
                        ),
                        f"Exception: {msg}",
                    ],
                ),
            ]
            t = PX(
                f,
                t,
                "litellm.proxy.proxy_server.user_api_key_auth(): Exception occured - Key doesn't exist in db. key=%s. Create key via `/key/generate` call.",
                "user_api_key_auth.py:1083",
                "litellm.proxy.proxy_server.user_api_key_auth(): Exception occured - " + msg,
                "ERROR",
                more,
            )
            access(f, t, "POST", "/v1/chat/completions", "401 Unauthorized")
    # the data-science team's budget runs out: their notebooks' calls are refused
    spend = 500.0
    for t in arrivals(r, budget_out, T_END, 40, lambda _t: 1.0):
        f = pick_file(t)
        spend += r.uniform(0.0, 0.002)
        msg = f"Budget has been exceeded! Team=6f1d2c7e-9a41-4b8e-a0d3-2c5e7f813b90 Current cost: {spend!r}, Max budget: 500.0"
        more = [
            f"Requester IP Address:{LL_NGINX}",
            *tb(
                (
                    f"{LL_PY}/litellm/proxy/auth/user_api_key_auth.py",
                    1016,
                    "_user_api_key_auth_builder",
                    "_ = await common_checks(",
                ),
                (
                    f"{LL_PY}/litellm/proxy/auth/auth_checks.py",
                    112,
                    "common_checks",
                    "await _team_max_budget_check(",
                ),
                (
                    f"{LL_PY}/litellm/proxy/auth/auth_checks.py",
                    1236,
                    "_team_max_budget_check",
                    "raise litellm.BudgetExceededError(",
                ),
                last=[f"litellm.exceptions.BudgetExceededError: {msg}"],
            ),
        ]
        t = PX(
            f,
            t,
            "litellm.proxy.proxy_server.user_api_key_auth(): Exception occured - Budget has been exceeded! Team=%s Current cost: %s, Max budget: %s",
            "user_api_key_auth.py:1083",
            "litellm.proxy.proxy_server.user_api_key_auth(): Exception occured - " + msg,
            "ERROR",
            more,
        )
        access(f, t, "POST", "/v1/chat/completions", "400 Bad Request")
    return fs.logs(T0)


# ------------------------------------------------------------------------------- open-webui

OW_BANNER = [
    " ██████╗ ██████╗ ███████╗███╗   ██╗    ██╗    ██╗███████╗██████╗ ██╗   ██╗██╗",
    "██╔═══██╗██╔══██╗██╔════╝████╗  ██║    ██║    ██║██╔════╝██╔══██╗██║   ██║██║",
    "██║   ██║██████╔╝█████╗  ██╔██╗ ██║    ██║ █╗ ██║█████╗  ██████╔╝██║   ██║██║",
    "██║   ██║██╔═══╝ ██╔══╝  ██║╚██╗██║    ██║███╗██║██╔══╝  ██╔══██╗██║   ██║██║",
    "╚██████╔╝██║     ███████╗██║ ╚████║    ╚███╔███╔╝███████╗██████╔╝╚██████╔╝██║",
    " ╚═════╝ ╚═╝     ╚══════╝╚═╝  ╚═══╝     ╚══╝╚══╝ ╚══════╝╚═════╝  ╚═════╝ ╚═╝",
]
OW_VERSION = "0.5.16"
OW_HASH = "2ab0d0e8e4a1a6f1a2c5cc5bd7b95ebc1df6b8c3"
OW_PY = "/usr/local/lib/python3.11/site-packages"
OW_APP = "/app/backend/open_webui"
OW_GW = "llm-gw.corp.internal:4000"
OW_PERSISTENT = [
    "ENABLE_API_KEY",
    "ENABLE_OLLAMA_API",
    "OPENAI_API_BASE_URLS",
    "OPENAI_API_KEYS",
    "OPENAI_API_CONFIGS",
    "ENABLE_SIGNUP",
    "DEFAULT_LOCALE",
    "DEFAULT_MODELS",
    "DEFAULT_PROMPT_SUGGESTIONS",
    "DEFAULT_USER_ROLE",
    "USER_PERMISSIONS",
    "ENABLE_COMMUNITY_SHARING",
    "ENABLE_MESSAGE_RATING",
    "WEBUI_BANNERS",
    "TASK_MODEL_EXTERNAL",
    "TITLE_GENERATION_PROMPT_TEMPLATE",
    "ENABLE_TAGS_GENERATION",
    "ENABLE_AUTOCOMPLETE_GENERATION",
    "RAG_TOP_K",
    "CHUNK_SIZE",
    "CHUNK_OVERLAP",
    "RAG_EMBEDDING_ENGINE",
    "RAG_EMBEDDING_MODEL",
    "RAG_OPENAI_API_BASE_URL",
    "RAG_OPENAI_API_KEY",
    "ENABLE_RAG_WEB_SEARCH",
    "ENABLE_IMAGE_GENERATION",
]
OW_DOCS = [
    ("Reisekostenrichtlinie_2025.pdf", "application/pdf"),
    ("IT-Security-Handbook-v4.pdf", "application/pdf"),
    (
        "Q4_sales_review.pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    (
        "onboarding checklist.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("incident-2025-02-18.md", "text/markdown"),
    ("pricing_matrix.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("Betriebsvereinbarung_KI.pdf", "application/pdf"),
    ("api_errors.log", "text/plain"),
    ("Rahmenvertrag Lieferant B.pdf", "application/pdf"),
    ("architecture-notes.txt", "text/plain"),
]


def ow_ts(t: datetime, extra_ns: int) -> str:
    """kubectl logs --timestamps: RFC 3339 with nanoseconds, trailing zeros dropped."""
    ns = f"{t.microsecond:06d}{extra_ns:03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{ns}" if ns else "") + "Z"


def open_webui(r: random.Random) -> list[Log]:
    """Open WebUI 0.5.16, two replicas of the Helm chart's StatefulSet (see the module docstring)."""
    fs = Files()
    pods = ["open-webui-0.log", "open-webui-1.log"]
    embed_down = (at(7, 41, 40), at(7, 52, 10))
    qwen_down = (at(10, 15, 31), at(10, 24, 6))
    gw_down = (at(11, 20, 5), at(11, 23, 40))
    users = [f"10.31.{r.randrange(1, 9)}.{r.randrange(10, 250)}" for _ in range(70)]

    def W(f: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        # the lines of one write are read one after another: their nanoseconds only grow
        base = r.randrange(0, 1000 - 4 * len(lines)) if len(lines) < 200 else 0
        step = [r.randrange(1, 4) for _ in lines]
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{ow_ts(x, base + sum(step[:i]))} {ln}" for i, ln in enumerate(lines)],
            f,
            US,
        )

    def LOG(
        f: str,
        t: datetime,
        label: str,
        level: str,
        name: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return W(f, t, label, [f"{level[:5]:<5} [{name}] {msg}", *(more or [])])

    def U(f: str, t: datetime, label: str, msg: str) -> datetime:
        return W(f, t, label, [f"INFO:     {msg}"])

    def access(
        f: str,
        t: datetime,
        ip: str,
        method: str,
        path: str,
        status: str,
        label_path: str | None = None,
    ) -> datetime:
        return U(
            f,
            t,
            f'%s - "{method} {label_path or path} HTTP/1.1" {status}',
            f'{ip}:0 - "{method} {path} HTTP/1.1" {status}',
        )

    def startup(f: str, t: datetime) -> datetime:
        t = LOG(
            f,
            t,
            "Context impl %s.",
            "INFO",
            "alembic.runtime.migration",
            "Context impl PostgresqlImpl.",
        )
        t = LOG(
            f,
            t,
            "Will assume transactional DDL.",
            "INFO",
            "alembic.runtime.migration",
            "Will assume transactional DDL.",
        )
        t += sec(r.uniform(0.3, 0.9))
        for name in OW_PERSISTENT:
            t = LOG(
                f,
                t + sec(r.uniform(0.001, 0.02)),
                "'%s' loaded from the latest database entry",
                "INFO",
                "open_webui.env",
                f"'{name}' loaded from the latest database entry",
            )
        t = LOG(
            f, t, "Embedding model set: %s", "INFO", "open_webui.env", "Embedding model set: bge-m3"
        )
        t += sec(r.uniform(1.5, 3.0))
        t = LOG(
            f,
            t,
            "USER_AGENT environment variable not set, consider setting it to identify your requests.",
            "WARNING",
            "langchain_community.utils.user_agent",
            "USER_AGENT environment variable not set, consider setting it to identify your requests.",
        )
        t += sec(r.uniform(2.0, 4.0))
        banner_label = (
            "\\n"
            + "\\n".join(OW_BANNER)
            + "\\n\\n\\nv%s - building the best open-source AI user interface.\\nCommit: %s\\nhttps://github.com/open-webui/open-webui\\n"
        )
        t = W(
            f,
            t,
            banner_label,
            [
                "",
                *OW_BANNER,
                "",
                "",
                f"v{OW_VERSION} - building the best open-source AI user interface.",
                f"Commit: {OW_HASH}",
                "https://github.com/open-webui/open-webui",
                "",
            ],
        )
        t = U(f, t + sec(0.2), "Started server process [%d]", "Started server process [1]")
        t = U(f, t, "Waiting for application startup.", "Waiting for application startup.")
        t = U(
            f,
            t + sec(r.uniform(0.05, 0.3)),
            "Application startup complete.",
            "Application startup complete.",
        )
        return U(
            f,
            t,
            "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
            "Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)",
        )

    up = {pods[0]: startup(pods[0], at(6, 1, 12.3)), pods[1]: startup(pods[1], at(6, 2, 41.8))}

    def pod_for(t: datetime) -> str:
        ok = [p for p in pods if up[p] < t]
        return r.choice(ok) if ok else pods[0]

    def chat_tb(kind: str) -> list[str]:
        frames = [
            (f"{OW_APP}/routers/openai.py", 678, "generate_chat_completion", "r.raise_for_status()")
            if kind == "status"
            else (
                f"{OW_APP}/routers/openai.py",
                650,
                "generate_chat_completion",
                "r = await session.request(",
            ),
        ]
        if kind == "status":
            frames.append(
                (
                    f"{OW_PY}/aiohttp/client_reqrep.py",
                    1161,
                    "raise_for_status",
                    "raise ClientResponseError(",
                )
            )
            return frames
        frames += [
            (
                f"{OW_PY}/aiohttp/client.py",
                703,
                "_request",
                "conn = await self._connector.connect(",
            ),
            (
                f"{OW_PY}/aiohttp/connector.py",
                548,
                "connect",
                "proto = await self._create_connection(req, traces, timeout)",
            ),
            (
                f"{OW_PY}/aiohttp/connector.py",
                1056,
                "_create_connection",
                "_, proto = await self._create_direct_connection(req, traces, timeout)",
            ),
            (f"{OW_PY}/aiohttp/connector.py", 1400, "_create_direct_connection", "raise last_exc"),
        ]
        return frames

    def models(f: str, t: datetime, ip: str) -> datetime:
        t = LOG(f, t, "get_all_models()", "INFO", "open_webui.routers.openai", "get_all_models()")
        if in_any(t, [gw_down]):
            err = f"Cannot connect to host {OW_GW} ssl:default [Connect call failed ('10.20.0.40', 4000)]"
            t = LOG(
                f,
                t + sec(r.uniform(0.001, 0.004)),
                "Connection error: Cannot connect to host %s:%s ssl:%s [Connect call failed %s]",
                "ERROR",
                "open_webui.routers.openai",
                f"Connection error: {err}",
            )
        return access(f, t + sec(r.uniform(0.01, 0.2)), ip, "GET", "/api/models", "200 OK")

    def page_load(f: str, t: datetime, ip: str) -> datetime:
        t = access(f, t, ip, "GET", "/api/config", "200 OK")
        t = access(f, t + sec(r.uniform(0.02, 0.2)), ip, "GET", "/api/v1/auths/", "200 OK")
        t = models(f, t + sec(r.uniform(0.02, 0.2)), ip)
        t = access(
            f,
            t + sec(r.uniform(0.02, 0.3)),
            ip,
            "GET",
            "/api/v1/chats/?page=1",
            "200 OK",
            "/api/v1/chats/?page=%s",
        )
        t = access(f, t + sec(r.uniform(0.01, 0.1)), ip, "GET", "/api/v1/folders/", "200 OK")
        return U(
            f,
            t + sec(r.uniform(0.05, 0.4)),
            '%s - "WebSocket /ws/socket.io/?EIO=4&transport=websocket" [accepted]',
            f"('{ip}', 0) - \"WebSocket /ws/socket.io/?EIO=4&transport=websocket\" [accepted]",
        )

    def conn_open(f: str, t: datetime) -> datetime:
        return U(f, t, "connection open", "connection open")

    def chat_turn(
        f: str, t: datetime, ip: str, chat: str, new: bool, model: str, files: bool
    ) -> datetime:
        if new:
            t = access(f, t, ip, "POST", "/api/v1/chats/new", "200 OK")
            t = access(
                f,
                t + sec(r.uniform(0.05, 0.3)),
                ip,
                "GET",
                "/api/v1/chats/?page=1",
                "200 OK",
                "/api/v1/chats/?page=%s",
            )
        t = access(
            f,
            t + sec(r.uniform(0.05, 0.4)),
            ip,
            "POST",
            f"/api/v1/chats/{chat}",
            "200 OK",
            "/api/v1/chats/%s",
        )
        if files:
            ids = [f"'{uuid4(r)}'" for _ in range(3)]
            doc = r.choice(OW_DOCS)[0]
            metas = ", ".join(
                f"{{'created_by': '{uuid4(r)}', 'embedding_config': '{{\"engine\": \"openai\", \"model\": \"bge-m3\"}}', "
                f"'file_id': '{uuid4(r)}', 'hash': '{hexid(r, 64)}', 'name': '{doc}', 'source': '{doc}', 'start_index': {r.randrange(0, 60000)}}}"
                for _ in range(3)
            )
            t = LOG(
                f,
                t + sec(r.uniform(0.3, 1.2)),
                "query_doc:result %s %s",
                "INFO",
                "open_webui.retrieval.utils",
                f"query_doc:result [[{', '.join(ids)}]] [[{metas}]]",
            )
        t += sec(r.uniform(0.2, 0.8))
        if (model == "qwen2.5-72b" and in_any(t, [qwen_down])) or in_any(t, [gw_down]):
            if in_any(t, [gw_down]):
                err = f"Cannot connect to host {OW_GW} ssl:default [Connect call failed ('10.20.0.40', 4000)]"
                label = "Cannot connect to host %s:%s ssl:%s [Connect call failed %s]"
                more = tb(
                    *chat_tb("conn"),
                    last=[f"aiohttp.client_exceptions.ClientConnectorError: {err}"],
                )
                t += sec(r.uniform(0.002, 0.01))
            else:
                err = f"500, message='Internal Server Error', url='http://{OW_GW}/chat/completions'"
                label = "%s, message=%r, url=%r"
                more = tb(
                    *chat_tb("status"),
                    last=[f"aiohttp.client_exceptions.ClientResponseError: {err}"],
                )
                t += sec(r.uniform(3.0, 9.0))
            t = LOG(f, t, label, "ERROR", "open_webui.routers.openai", err, more)
            return access(f, t + sec(0.003), ip, "POST", "/api/chat/completions", "400 Bad Request")
        t = access(f, t, ip, "POST", "/api/chat/completions", "200 OK")
        t += sec(r.uniform(2.0, 25.0))
        t = access(f, t, ip, "POST", f"/api/v1/chats/{chat}", "200 OK", "/api/v1/chats/%s")
        t = access(f, t + sec(r.uniform(0.05, 0.3)), ip, "POST", "/api/chat/completed", "200 OK")
        if new:
            t = access(
                f,
                t + sec(r.uniform(1.0, 4.0)),
                ip,
                "POST",
                f"/api/v1/chats/{chat}",
                "200 OK",
                "/api/v1/chats/%s",
            )
        return access(
            f,
            t + sec(r.uniform(0.05, 0.3)),
            ip,
            "GET",
            "/api/v1/chats/?page=1",
            "200 OK",
            "/api/v1/chats/?page=%s",
        )

    def upload(f: str, t: datetime, ip: str) -> datetime:
        name, ctype = r.choice(OW_DOCS)
        fid = uuid4(r)
        t = LOG(
            f,
            t,
            "file.content_type: %s",
            "INFO",
            "open_webui.routers.files",
            f"file.content_type: {ctype}",
        )
        t = LOG(
            f,
            t + sec(r.uniform(0.3, 2.5)),
            "save_docs_to_vector_db: document %s %s",
            "INFO",
            "open_webui.routers.retrieval",
            f"save_docs_to_vector_db: document {name} file-{fid}",
        )
        t = LOG(
            f,
            t + sec(r.uniform(0.01, 0.1)),
            "adding to collection %s",
            "INFO",
            "open_webui.routers.retrieval",
            f"adding to collection file-{fid}",
        )
        if in_any(t, [embed_down]):
            t = W(
                f,
                t + sec(r.uniform(0.05, 0.3)),
                "%s Client Error: %s for url: %s",
                [f"400 Client Error: Bad Request for url: http://{OW_GW}/v1/embeddings"],
            )
            e = "'NoneType' object is not iterable"
            save = [
                (
                    f"{OW_APP}/routers/retrieval.py",
                    834,
                    "save_docs_to_vector_db",
                    "embeddings = embedding_function(",
                ),
                (
                    f"{OW_APP}/retrieval/utils.py",
                    339,
                    "<lambda>",
                    "return lambda query, user=None: generate_multiple(query, user, func)",
                ),
                (f"{OW_APP}/retrieval/utils.py", 332, "generate_multiple", "embeddings.extend("),
            ]
            t = LOG(
                f,
                t + sec(0.002),
                "'%s' object is not iterable",
                "ERROR",
                "open_webui.routers.retrieval",
                e,
                tb(*save, last=[f"TypeError: {e}"]),
            )
            proc = [
                (f"{OW_APP}/routers/retrieval.py", 984, "process_file", "raise e"),
                (
                    f"{OW_APP}/routers/retrieval.py",
                    974,
                    "process_file",
                    "result = save_docs_to_vector_db(",
                ),
                *save,
            ]
            t = LOG(
                f,
                t + sec(0.002),
                "'%s' object is not iterable",
                "ERROR",
                "open_webui.routers.retrieval",
                e,
                tb(*proc, last=[f"TypeError: {e}"]),
            )
            t = LOG(
                f,
                t + sec(0.002),
                "%d: '%s' object is not iterable",
                "ERROR",
                "open_webui.routers.files",
                f"400: {e}",
                tb(
                    (
                        f"{OW_APP}/routers/files.py",
                        71,
                        "upload_file",
                        "process_file(request, ProcessFileForm(file_id=id), user=user)",
                    ),
                    (
                        f"{OW_APP}/routers/retrieval.py",
                        1020,
                        "process_file",
                        "raise HTTPException(",
                    ),
                    last=[f"fastapi.exceptions.HTTPException: 400: {e}"],
                ),
            )
            t = LOG(
                f,
                t + sec(0.001),
                "Error processing file: %s",
                "ERROR",
                "open_webui.routers.files",
                f"Error processing file: {fid}",
            )
        return access(f, t + sec(r.uniform(0.05, 0.5)), ip, "POST", "/api/v1/files/", "200 OK")

    # --- the users' sessions: a page load, a few turns, sometimes a file
    for t in arrivals(r, at(6, 3), T_END - sec(300), 17):
        f = pod_for(t)
        ip = r.choice(users)
        t = page_load(f, t, ip)
        t = conn_open(f, t + sec(0.001))
        model = r.choices(["gpt-4o", "gpt-4o-mini", "qwen2.5-72b"], [0.62, 0.18, 0.2])[0]
        chat = uuid4(r)
        new = True
        has_files = False
        for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
            t += sec(r.uniform(15, 240))
            if r.random() < 0.12:
                t = upload(f, t, ip)
                has_files = True
                t += sec(r.uniform(5, 30))
            if r.random() < 0.25 and not new:
                t = models(f, t, ip)
            t = chat_turn(f, t, ip, chat, new, model, has_files)
            new = False
        if r.random() < 0.7:
            U(f, t + sec(r.uniform(30, 900)), "connection closed", "connection closed")
    # two users upload documents while the embedding model is gone
    for t in [at(7, 44, 19.8), at(7, 48, 50.6)]:
        f = pod_for(t)
        ip = r.choice(users)
        upload(f, t, ip)
    for t in arrivals(r, at(6, 5), T_END, 8):
        models(pod_for(t), t, r.choice(users))
    for t in arrivals(r, at(6, 5), T_END, 6):
        f = pod_for(t)
        ip = r.choice(users)
        chat = uuid4(r)
        access(f, t, ip, "GET", f"/api/v1/chats/{chat}", "200 OK", "/api/v1/chats/%s")
    return fs.logs(T0)


# ------------------------------------------------------------------------------- xinference

XI_PY = "/opt/conda/lib/python3.10/site-packages"
XI_SUP = "10.20.5.10:46213"
XI_W1 = "10.20.5.11:30001"
XI_W2 = "10.20.5.12:30001"
XI_OOM = (
    "CUDA out of memory. Tried to allocate 9.77 GiB. GPU 0 has a total capacity of 23.68 GiB of which 3.12 GiB is free. "
    "Process 412 has 20.55 GiB memory in use. Of the allocated memory 17.94 GiB is allocated by PyTorch, and 2.16 GiB is "
    "reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting "
    "PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  "
    "(https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)"
)
XI_OOM_LABEL = (
    "CUDA out of memory. Tried to allocate %s GiB. GPU %d has a total capacity of %s GiB of which %s GiB is free. "
    "Process %d has %s GiB memory in use. Of the allocated memory %s GiB is allocated by PyTorch, and %s GiB is "
    "reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting "
    "PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  "
    "(https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)"
)
XOSCAR_FRAMES = [
    (
        f"{XI_PY}/xoscar/backends/context.py",
        231,
        "send",
        "return self._process_result_message(result)",
    ),
    (
        f"{XI_PY}/xoscar/backends/context.py",
        102,
        "_process_result_message",
        "raise message.as_instanceof_cause()",
    ),
    (
        f"{XI_PY}/xoscar/backends/pool.py",
        667,
        "send",
        "result = await self._run_coro(message.message_id, coro)",
    ),
    (f"{XI_PY}/xoscar/backends/pool.py", 370, "_run_coro", "return await coro"),
    (
        f"{XI_PY}/xoscar/api.py",
        384,
        "__on_receive__",
        "return await super().__on_receive__(message)  # type: ignore",
    ),
    ("xoscar/core.pyx", 558, "__on_receive__", "raise ex"),
    ("xoscar/core.pyx", 520, "xoscar.core._BaseActor.__on_receive__", "async with self._lock:"),
    (
        "xoscar/core.pyx",
        521,
        "xoscar.core._BaseActor.__on_receive__",
        "with debug_async_timeout('actor_lock_timeout',",
    ),
    ("xoscar/core.pyx", 526, "xoscar.core._BaseActor.__on_receive__", "result = await result"),
]


def xinference(r: random.Random) -> list[Log]:
    """An Xinference 1.3.0 cluster: the supervisor and two GPU workers (see the module docstring)."""
    fs = Files()
    SUP = "supervisor_1739776324117-xinference.log"
    W1 = "worker_1739776331406-xinference.log"
    W2 = "worker_1740045752331-xinference.log"
    api_pid, sup_pid, w_pid = 1, 38, 1
    oom = at(7, 41, 40.31)
    recreate = oom + sec(1.9)
    terminate = at(7, 51, 2.4)
    relaunch = at(7, 51, 31.0)
    embed_back = at(7, 52, 10.2)
    w2_gone = at(10, 2, 3.0)
    w2_dead = w2_gone + sec(31)
    w2_start = at(10, 4, 58.1)
    vl_back = at(10, 9, 41.5)
    blip = (at(11, 5, 12), at(11, 5, 41))

    def X(
        f: str,
        t: datetime,
        label: str,
        name: str,
        pid: int,
        level: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        t += sec(r.uniform(0.0, 0.004))
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {name:<12} {pid} {level:<8} {msg}",
                *(more or []),
            ],
            (f, pid),
            MS,
        )

    def access(t: datetime, client: str, method: str, path: str, status: int) -> datetime:
        return X(
            SUP,
            t,
            f'%s - "{method} {path} HTTP/1.1" {status}',
            "uvicorn.access",
            api_pid,
            "INFO",
            f'{client}:{r.randrange(32768, 60999)} - "{method} {path} HTTP/1.1" {status}',
        )

    def api_error(
        t: datetime,
        handler: str,
        line: int,
        err: str,
        label: str,
        exc: str,
        inner: list[tuple[str, int, str, str]],
    ) -> datetime:
        more = tb(
            (
                f"{XI_PY}/xinference/api/restful_api.py",
                line,
                handler,
                "model = await (await self._get_supervisor_ref()).get_model(model_uid)",
            ),
            *XOSCAR_FRAMES,
            *inner,
            last=[f"{exc}: {err}"],
        )
        return X(SUP, t, label, "xinference.api.restful_api", api_pid, "ERROR", err, more)

    def embed_state(t: datetime) -> str:
        if t < oom or t >= embed_back:
            return "ok"
        if t < recreate:
            return "oom"
        if t < terminate:
            return "worker"
        return "list"

    SUPF = (
        f"{XI_PY}/xinference/core/supervisor.py",
        1484,
        "get_model",
        "return await worker_ref.get_model(model_uid=replica_model_uid)",
    )
    WKF = [
        *XOSCAR_FRAMES,
        (
            f"{XI_PY}/xoscar/backends/context.py",
            231,
            "send",
            "return self._process_result_message(result)",
        ),
        (f"{XI_PY}/xinference/core/utils.py", 93, "wrapped", "ret = func(*args, **kwargs)"),
        (
            f"{XI_PY}/xinference/core/worker.py",
            1062,
            "get_model",
            'raise ValueError(f"Model not found, uid: {model_uid}")',
        ),
    ]
    SLF = (
        f"{XI_PY}/xinference/core/supervisor.py",
        1470,
        "get_model",
        'raise ValueError(f"Model not found in the model list, uid: {model_uid}")',
    )

    def embed_request(
        t: datetime, client: str, model: str, path: str, handler: str, line: int
    ) -> None:
        st = embed_state(t)
        if model != "bge-m3" or st == "ok":
            t += sec(r.uniform(0.03, 0.6) if model == "bge-m3" else r.uniform(0.05, 0.4))
            access(t, client, "POST", path, 200)
            return
        if st == "oom":
            err = f"[address={XI_W1}, pid=412] Model actor is out of memory, model id: bge-m3-0, error: {XI_OOM}"
            label = (
                "[address=%s, pid=%d] Model actor is out of memory, model id: %s, error: "
                + XI_OOM_LABEL
            )
            t = api_error(t + sec(0.4), handler, line + 11, err, label, "Exception", [])
            access(t + sec(0.003), client, "POST", path, 500)
            return
        if st == "worker":
            err = f"[address={XI_W1}, pid={w_pid}] Model not found, uid: bge-m3-0"
            t = api_error(
                t,
                handler,
                line,
                err,
                "[address=%s, pid=%d] Model not found, uid: %s",
                "ValueError",
                [SUPF, *WKF],
            )
        else:
            err = (
                f"[address={XI_SUP}, pid={sup_pid}] Model not found in the model list, uid: bge-m3"
            )
            t = api_error(
                t,
                handler,
                line,
                err,
                "[address=%s, pid=%d] Model not found in the model list, uid: %s",
                "ValueError",
                [SLF],
            )
        access(t + sec(0.002), client, "POST", path, 400)

    def vl_request(t: datetime, client: str) -> None:
        if w2_gone <= t < w2_dead:
            err = f"[address={XI_SUP}, pid={sup_pid}] Remote server {XI_W2} closed"
            t = api_error(
                t + sec(r.uniform(0.01, 0.05)),
                "create_chat_completion",
                1979,
                err,
                "[address=%s, pid=%d] Remote server %s closed",
                "xoscar.errors.ServerClosed",
                [SUPF, (f"{XI_PY}/xoscar/backends/core.py", 117, "_listen", "raise ServerClosed(")],
            )
            access(t + sec(0.002), client, "POST", "/v1/chat/completions", 500)
            return
        if w2_dead <= t < vl_back:
            err = f"[address={XI_SUP}, pid={sup_pid}] Model not found in the model list, uid: qwen2.5-vl-instruct"
            t = api_error(
                t,
                "create_chat_completion",
                1979,
                err,
                "[address=%s, pid=%d] Model not found in the model list, uid: %s",
                "ValueError",
                [SLF],
            )
            access(t + sec(0.002), client, "POST", "/v1/chat/completions", 400)
            return
        t += sec(r.uniform(1.5, 14.0))
        access(t, client, "POST", "/v1/chat/completions", 200)

    # --- the worker side
    def enter(f: str, t: datetime, fn: str, kwargs: str, rid: str) -> datetime:
        return X(
            f,
            t,
            "[request %s] Enter %s, args: %s, kwargs: %s",
            "xinference.core.worker",
            w_pid,
            "INFO",
            f"[request {rid}] Enter {fn}, args: <xinference.core.worker.WorkerActor object at 0x7f{hexid(r, 10)}>, kwargs: {kwargs}",
        )

    def leave(f: str, t: datetime, fn: str, rid: str, el: int) -> datetime:
        return X(
            f,
            t,
            "[request %s] Leave %s, elapsed time: %d s",
            "xinference.core.worker",
            w_pid,
            "INFO",
            f"[request {rid}] Leave {fn}, elapsed time: {el} s",
        )

    def rid_for(t: datetime) -> str:
        # uuid.uuid1(): the time-based request id of log_async
        ticks = int((t - datetime(1582, 10, 15, tzinfo=UTC)).total_seconds() * 10_000_000)
        low, mid, hi = ticks & 0xFFFFFFFF, (ticks >> 32) & 0xFFFF, (ticks >> 48) & 0x0FFF
        return f"{low:08x}-{mid:04x}-1{hi:03x}-{r.choice('89ab')}{hexid(r, 3)}-0242ac1100{r.randrange(2, 9):02x}"

    EMB_KW = "model_uid=bge-m3-0,model_name=bge-m3,model_size_in_billions=None,model_format=None,quantization=None,model_engine=None,model_type=embedding,n_gpu=auto,request_limits=None,peft_model_config=None,gpu_idx=[0],download_hub=None,model_path=None,xavier_config=None"
    VL_KW = "model_uid=qwen2.5-vl-instruct-0,model_name=qwen2.5-vl-instruct,model_size_in_billions=7,model_format=awq,quantization=Int4,model_engine=vLLM,model_type=LLM,n_gpu=auto,request_limits=None,peft_model_config=None,gpu_idx=None,download_hub=None,model_path=None,xavier_config=None,max_model_len=16384,gpu_memory_utilization=0.9"

    # gpu01: bge-m3 runs out of GPU memory on a huge batch
    more = tb(
        (
            f"{XI_PY}/xinference/core/model.py",
            97,
            "wrapped_func",
            "ret = await fn(self, *args, **kwargs)",
        ),
        (
            f"{XI_PY}/xinference/core/model.py",
            878,
            "create_embedding",
            "return await self._call_wrapper_json(",
        ),
        (
            f"{XI_PY}/xinference/model/embedding/core.py",
            421,
            "create_embedding",
            "embeddings = self._model.encode(",
        ),
        (
            f"{XI_PY}/FlagEmbedding/bge_m3.py",
            236,
            "encode",
            "all_dense_embeddings.append(output['dense_vecs'])",
        ),
        (
            f"{XI_PY}/torch/nn/modules/module.py",
            1736,
            "_wrapped_call_impl",
            "return self._call_impl(*args, **kwargs)",
        ),
        last=[f"torch.OutOfMemoryError: {XI_OOM}"],
    )
    t = X(
        W1,
        oom,
        "Model actor is out of memory, model id: %s, error: " + XI_OOM_LABEL,
        "xinference.core.model",
        412,
        "ERROR",
        f"Model actor is out of memory, model id: bge-m3-0, error: {XI_OOM}",
        more,
    )
    t = X(
        W1,
        t + sec(1.6),
        "Process %s is down.",
        "xinference.core.worker",
        w_pid,
        "WARNING",
        "Process 10.20.5.11:41877 is down.",
    )
    t = X(
        W1,
        t + sec(0.2),
        "Recreating model actor %s ...",
        "xinference.core.worker",
        w_pid,
        "WARNING",
        "Recreating model actor bge-m3-0 ...",
    )
    rid = rid_for(t)
    t = enter(W1, t + sec(0.05), "launch_builtin_model", EMB_KW, rid)
    fail = f"[address=10.20.5.11:35611, pid=436] {XI_OOM.replace('9.77', '2.00').replace('3.12', '0.41')}"
    load_tb = tb(
        (
            f"{XI_PY}/xinference/core/worker.py",
            926,
            "launch_builtin_model",
            "await model_ref.load()",
        ),
        *XOSCAR_FRAMES,
        (f"{XI_PY}/xinference/core/model.py", 466, "load", "self._model.load()"),
        (
            f"{XI_PY}/xinference/model/embedding/core.py",
            262,
            "load",
            "self._model = BGEM3FlagModel(",
        ),
        (f"{XI_PY}/torch/nn/modules/module.py", 1340, "to", "return self._apply(convert)"),
        last=[f"torch.OutOfMemoryError: {fail}"],
    )
    t = X(
        W1,
        t + sec(6.8),
        "Failed to load model %s",
        "xinference.core.worker",
        w_pid,
        "ERROR",
        "Failed to load model bge-m3-0",
        load_tb,
    )
    t = X(
        W1,
        t + sec(0.3),
        "[request %s] Leave %s, error: [address=%s, pid=%d] "
        + XI_OOM_LABEL
        + ", elapsed time: %d s",
        "xinference.core.worker",
        w_pid,
        "ERROR",
        f"[request {rid}] Leave launch_builtin_model, error: {fail}, elapsed time: 7 s",
        load_tb,
    )
    rid = rid_for(terminate)
    t = enter(W1, terminate, "terminate_model", "model_uid=bge-m3-0", rid)
    t = leave(W1, t + sec(0.4), "terminate_model", rid, 0)
    rid = rid_for(relaunch)
    t = enter(W1, relaunch, "launch_builtin_model", EMB_KW, rid)
    t = X(
        W1,
        t + sec(0.2),
        "cache %s exists",
        "xinference.model.utils",
        1187,
        "INFO",
        "cache /data/xinference/cache/bge-m3 exists",
    )
    t = X(
        W1,
        embed_back - sec(0.9),
        "%s loaded",
        "xinference.core.model",
        1187,
        "INFO",
        "ModelActor(bge-m3-0) loaded",
    )
    leave(W1, embed_back - sec(0.4), "launch_builtin_model", rid, 38)

    # gpu02: the host goes down for a driver update; the worker comes back with a new log file
    for i in range(4):
        X(
            SUP,
            w2_gone + sec(10.5 + 5 * i),
            "Worker timeout. address: %s, check count remaining %s...",
            "xinference.core.supervisor",
            sup_pid,
            "ERROR",
            f"Worker timeout. address: {XI_W2}, check count remaining {4 - i}...",
        )
    X(
        SUP,
        w2_dead,
        "Worker dead. address: %s, influenced models: %s",
        "xinference.core.supervisor",
        sup_pid,
        "ERROR",
        f"Worker dead. address: {XI_W2}, influenced models: ['qwen2.5-vl-instruct-0']",
    )
    for a, _b in [blip]:
        for i in range(2):
            X(
                SUP,
                a + sec(5 * i),
                "Worker timeout. address: %s, check count remaining %s...",
                "xinference.core.supervisor",
                sup_pid,
                "ERROR",
                f"Worker timeout. address: {XI_W1}, check count remaining {4 - i}...",
            )
    t = X(
        W2,
        w2_start,
        "Starting metrics export server at %s:%s",
        "xinference.core.worker",
        w_pid,
        "INFO",
        "Starting metrics export server at 0.0.0.0:9998",
    )
    t = X(
        W2,
        t + sec(0.01),
        "Checking metrics export server...",
        "xinference.core.worker",
        w_pid,
        "INFO",
        "Checking metrics export server...",
    )
    t = X(
        W2,
        t + sec(0.6),
        "Metrics server is started at: http://%s:%s",
        "xinference.core.worker",
        w_pid,
        "INFO",
        "Metrics server is started at: http://0.0.0.0:9998",
    )
    t = X(
        W2,
        t + sec(0.3),
        "Purge cache directory: %s",
        "xinference.core.worker",
        w_pid,
        "INFO",
        "Purge cache directory: /data/xinference/cache",
    )
    t = X(
        W2,
        t + sec(0.9),
        "Xinference worker %s started",
        "xinference.core.worker",
        w_pid,
        "INFO",
        f"Xinference worker {XI_W2} started",
    )
    rid = rid_for(t)
    t = enter(W2, at(10, 6, 44.7), "launch_builtin_model", VL_KW, rid)
    t = X(
        W2,
        t + sec(0.3),
        "Cache %s exists",
        "xinference.model.llm.llm_family",
        2211,
        "INFO",
        "Cache /data/xinference/cache/qwen2_5-vl-instruct-awq-7b exists",
    )
    cfg = (
        "{'tokenizer_mode': 'auto', 'trust_remote_code': True, 'tensor_parallel_size': 1, 'block_size': 16, 'swap_space': 4, "
        "'gpu_memory_utilization': 0.9, 'max_num_seqs': 256, 'quantization': None, 'max_model_len': 16384, "
        "'limit_mm_per_prompt': {'image': 2}, 'enable_prefix_caching': False}"
    )
    t = X(
        W2,
        t + sec(1.2),
        "Loading %s with following model config: %sEnable lora: %s. Lora count: %s.",
        "xinference.model.llm.vllm.core",
        2211,
        "INFO",
        f"Loading qwen2.5-vl-instruct-0 with following model config: {cfg}Enable lora: False. Lora count: 0.",
    )
    t = X(
        W2,
        vl_back - sec(1.1),
        "%s loaded",
        "xinference.core.model",
        2211,
        "INFO",
        "ModelActor(qwen2.5-vl-instruct-0) loaded",
    )
    leave(W2, vl_back - sec(0.6), "launch_builtin_model", rid, 174)
    # an old model is retired from gpu01 at 11:30
    rid = rid_for(at(11, 30, 4))
    t = enter(W1, at(11, 30, 4.2), "terminate_model", "model_uid=bge-reranker-base-0", rid)
    leave(W1, t + sec(0.5), "terminate_model", rid, 0)

    # --- the requests
    LLM_GW = "10.20.0.40"
    RAG = "10.42.7.31"
    DOCPIPE = "10.42.9.12"
    for t in arrivals(r, T0, T_END, 28):
        embed_request(t, LLM_GW, "bge-m3", "/v1/embeddings", "create_embedding", 1322)
    for t in arrivals(r, T0, T_END, 125, lambda x: 0.3 + 0.7 * office_rate(x)):
        embed_request(t, RAG, "bge-m3", "/v1/embeddings", "create_embedding", 1322)
    for t in arrivals(r, T0, T_END, 85, lambda x: 0.3 + 0.7 * office_rate(x)):
        embed_request(t, RAG, "bge-reranker", "/v1/rerank", "rerank", 1379)
    for t in [*arrivals(r, T0, T_END, 55), w2_gone + sec(12.3), w2_gone + sec(21.9)]:
        vl_request(t, DOCPIPE)
    for t in [oom + sec(0.12), oom + sec(0.84)]:
        embed_request(t, RAG, "bge-m3", "/v1/embeddings", "create_embedding", 1322)
    for t in arrivals(r, T0, T_END, 14, lambda x: 1.0):
        access(t, r.choice([DOCPIPE, RAG, "10.31.2.77"]), "GET", "/v1/models", 200)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- lmdeploy

LM_COLORS = {"INFO": "\x1b[37m", "WARNING": "\x1b[33m", "ERROR": "\x1b[31m"}
LM_GPU3 = "http://10.20.6.13:23333"
LM_GPU4 = "http://10.20.6.14:23333"
LM_MODEL = "qwen2.5-72b-instruct"
LM_PROMPTS = [
    "<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n<|im_start|>user\n",
    "<|im_start|>system\nDu bist ein hilfreicher Assistent der Firma. Antworte auf Deutsch.<|im_end|>\n<|im_start|>user\n",
    "<|im_start|>system\nYou are a senior code reviewer. Review the diff below and list concrete issues.<|im_end|>\n",
    "<|im_start|>system\nExtract the invoice fields as JSON with the keys number, date, total, currency.<|im_end|>\n",
]
LM_TM_CONFIG = """{
  "model_config": {
    "model_name": "",
    "chat_template": "",
    "model_arch": "Qwen2ForCausalLM",
    "head_num": 64,
    "kv_head_num": 8,
    "hidden_units": 8192,
    "vocab_size": 152064,
    "embedding_size": 152064,
    "num_layer": 80,
    "inter_size": [
      29568
    ],
    "norm_eps": 1e-06,
    "attn_bias": 1,
    "start_id": 151643,
    "end_id": 151645,
    "size_per_head": 128,
    "group_size": 128,
    "weight_type": "int4",
    "session_len": 32768,
    "tp": 2,
    "model_format": "awq",
    "expert_num": [],
    "expert_inter_size": 0,
    "experts_per_token": 0,
    "moe_shared_gate": false,
    "norm_topk_prob": false,
    "routed_scale": 1.0,
    "topk_group": 1,
    "topk_method": "greedy",
    "moe_group_num": 1,
    "q_lora_rank": 0,
    "kv_lora_rank": 0,
    "qk_rope_dim": 0,
    "v_head_dim": 0,
    "tune_layer_num": 1
  },
  "attention_config": {
    "softmax_scale": 0,
    "cache_block_seq_len": 64,
    "use_logn_attn": 0,
    "max_position_embeddings": 32768,
    "rope_param": {
      "type": "default",
      "base": 1000000.0,
      "dim": 128,
      "factor": 1.0,
      "max_position_embeddings": null,
      "attention_factor": 1.0,
      "beta_fast": 32,
      "beta_slow": 1,
      "low_freq_factor": null,
      "high_freq_factor": null,
      "original_max_position_embeddings": null
    }
  },
  "lora_config": {
    "lora_policy": "",
    "lora_r": 0,
    "lora_scale": 0.0,
    "lora_max_wo_r": 0,
    "lora_rank_pattern": "",
    "lora_scale_pattern": ""
  },
  "engine_config": {
    "dtype": "float16",
    "model_format": "awq",
    "tp": 2,
    "session_len": 32768,
    "max_batch_size": 128,
    "cache_max_entry_count": 0.8,
    "cache_chunk_size": -1,
    "cache_block_seq_len": 64,
    "enable_prefix_caching": true,
    "quant_policy": 0,
    "rope_scaling_factor": 0.0,
    "use_logn_attn": false,
    "download_dir": null,
    "revision": null,
    "max_prefill_token_num": 8192,
    "num_tokens_per_iter": 8192,
    "max_prefill_iters": 4
  }
}""".splitlines()


def lmdeploy(r: random.Random) -> list[Log]:
    """LMDeploy 0.7.0: the proxy and two api_server nodes (see the module docstring)."""
    fs = Files()
    PROXY, G3, G4 = "lmdeploy-proxy.log", "lmdeploy-gpu03.log", "lmdeploy-gpu04.log"
    node_file = {LM_GPU3: G3, LM_GPU4: G4}
    g4_stop = at(8, 30, 14.2)
    g4_up = at(8, 33, 51.7)
    proxy_down = (at(10, 15, 31), at(10, 24, 6))
    session = {G3: 4211, G4: 3987}

    def H(t: datetime, level: str, src: str) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} - lmdeploy - {LM_COLORS[level]}{level}\x1b[0m - {src} - "

    def L(
        f: str,
        t: datetime,
        label: str,
        level: str,
        src: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(f, t, label, lambda x: [H(x, level, src) + msg, *(more or [])], f, MS)

    def U(f: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(f, t, label, lambda x: [f"INFO:     {msg}"], f, MS)

    def P(f: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, f, MS)

    def access(f: str, t: datetime, client: str, method: str, path: str, status: str) -> datetime:
        return U(
            f,
            t,
            f'%s - "{method} {path} HTTP/1.1" {status}',
            f'{client}:{r.randrange(32768, 60999)} - "{method} {path} HTTP/1.1" {status}',
        )

    def uv_start(f: str, t: datetime, port: int) -> datetime:
        t = U(f, t, "Started server process [%d]", "Started server process [1]")
        t = U(f, t, "Waiting for application startup.", "Waiting for application startup.")
        return t

    def uv_running(f: str, t: datetime, port: int) -> datetime:
        t = U(f, t, "Application startup complete.", "Application startup complete.")
        return U(
            f,
            t,
            "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
            f"Uvicorn running on http://0.0.0.0:{port} (Press CTRL+C to quit)",
        )

    def uv_stop(f: str, t: datetime, waiting: bool) -> datetime:
        t = U(f, t, "Shutting down", "Shutting down")
        if waiting:
            t = U(
                f,
                t,
                "Waiting for connections to close. (CTRL+C to force quit)",
                "Waiting for connections to close. (CTRL+C to force quit)",
            )
            t += sec(r.uniform(2, 6))
        t = U(f, t, "Waiting for application shutdown.", "Waiting for application shutdown.")
        t = U(f, t, "Application shutdown complete.", "Application shutdown complete.")
        return U(f, t, "Finished server process [%d]", "Finished server process [1]")

    def api_start(f: str, t: datetime, url: str) -> datetime:
        bc = (
            "TurbomindEngineConfig(dtype='auto', model_format='awq', tp=2, session_len=32768, max_batch_size=128, "
            "cache_max_entry_count=0.8, cache_chunk_size=-1, cache_block_seq_len=64, enable_prefix_caching=True, "
            "quant_policy=0, rope_scaling_factor=0.0, use_logn_attn=False, download_dir=None, revision=None, "
            "max_prefill_token_num=8192, num_tokens_per_iter=0, max_prefill_iters=1)"
        )
        t = L(
            f,
            t,
            "input backend=%s, backend_config=%s",
            "INFO",
            "async_engine.py:266",
            f"input backend=turbomind, backend_config={bc}",
        )
        t = L(
            f,
            t,
            "input chat_template_config=%s",
            "INFO",
            "async_engine.py:268",
            "input chat_template_config=None",
        )
        t = L(
            f,
            t + sec(0.3),
            "updated chat_template_onfig=%s",
            "INFO",
            "async_engine.py:278",
            "updated chat_template_onfig=ChatTemplateConfig(model_name='qwen', system=None, meta_instruction=None, eosys=None, user=None, eoh=None, assistant=None, eoa=None, tool=None, eotool=None, separator=None, capability=None, stop_words=None)",
        )
        t = L(
            f,
            t + sec(0.1),
            "model_source: %s",
            "INFO",
            "turbomind.py:303",
            "model_source: hf_model",
        )
        t = L(
            f,
            t + sec(r.uniform(2, 4)),
            "turbomind model config:\\n\\n%s",
            "INFO",
            "turbomind.py:202",
            "turbomind model config:",
            ["", *LM_TM_CONFIG],
        )
        t = P(
            f,
            t + sec(0.5),
            "[TM][WARNING] [LlamaTritonModel] `max_context_token_num` is not set, default to %d.",
            [
                "[TM][WARNING] [LlamaTritonModel] `max_context_token_num` is not set, default to 32768."
            ],
        )
        t = L(
            f,
            t + sec(r.uniform(60, 90)),
            "get %d model params",
            "WARNING",
            "turbomind.py:233",
            "get 963 model params",
        )
        t = P(
            f,
            t + sec(r.uniform(5, 9)),
            "[TM][WARNING] [SegMgr] prefix caching is enabled",
            ["[TM][WARNING] [SegMgr] prefix caching is enabled"],
        )
        t = L(
            f,
            t + sec(r.uniform(8, 14)),
            "updated backend_config=%s",
            "INFO",
            "async_engine.py:292",
            "updated backend_config="
            + bc.replace(
                "num_tokens_per_iter=0, max_prefill_iters=1",
                "num_tokens_per_iter=8192, max_prefill_iters=4",
            ),
        )
        hint = "HINT:    Please open \x1b[93m\x1b[1mhttp://0.0.0.0:23333\x1b[0m in a browser for detailed api usage!!!"
        for _ in range(3):
            t = P(
                f,
                t,
                "HINT:    Please open \x1b[93m\x1b[1m%s://%s:%s\x1b[0m in a browser for detailed api usage!!!",
                [hint],
            )
        t = uv_start(f, t + sec(0.4), 23333)
        t = P(f, t + sec(0.05), '"Added successfully"', ['"Added successfully"'])
        add_node(t, url)
        uv_running(f, t, 23333)
        return t

    def add_node(t: datetime, url: str) -> None:
        t = L(
            PROXY,
            t - sec(0.02),
            "add node %s successfully",
            "INFO",
            "proxy.py:397",
            f"add node {url} successfully",
        )
        access(PROXY, t, url.split("//")[1].split(":")[0], "POST", "/nodes/add", "200 OK")

    def proxy_start(t: datetime) -> datetime:
        t = uv_start(PROXY, t, 8000)
        return uv_running(PROXY, t, 8000)

    def g4_alive(t: datetime) -> bool:
        return not (g4_stop <= t < g4_up)

    # --- gpu04 is restarted with a changed cache setting; the proxy drops it at its next heart beat
    uv_stop(G4, g4_stop, True)
    g4_reg = api_start(G4, g4_up - sec(135), LM_GPU4)
    beats = every(r, at(6, 0, 2.3), proxy_down[0], 90, 0.05) + every(
        r, proxy_down[1] + sec(0.4), T_END, 90, 0.05
    )
    g4_removed = next(hb for hb in beats if hb >= g4_stop) + sec(0.08)

    def node_ok(url: str, t: datetime) -> bool:
        return url == LM_GPU3 or not (g4_removed <= t < g4_reg)

    # the proxy: started at 06:00 with the new config; killed (out of memory) at 10:15:31, started again at 10:24:06
    proxy_start(at(6, 0, 2.3))
    proxy_start(proxy_down[1])
    for hb in beats:
        L(PROXY, hb, "Start heart beat check", "INFO", "proxy.py:59", "Start heart beat check")
        for url, f in node_file.items():
            if not node_ok(url, hb):
                continue
            if url == LM_GPU4 and not g4_alive(hb + sec(0.05)):
                L(
                    PROXY,
                    g4_removed,
                    "Removed node_url: %s due to heart beat expiration",
                    "INFO",
                    "proxy.py:157",
                    f"Removed node_url: {url} due to heart beat expiration",
                )
                continue
            access(f, hb + sec(r.uniform(0.01, 0.05)), "10.20.6.2", "GET", "/health", "200 OK")

    def infer(f: str, t: datetime, stream: bool) -> None:
        if f == G4 and t >= g4_stop and session.get("restarted") is None:
            session["restarted"] = 1
            session[G4] = 1
        sid = session[f]
        session[f] += 1
        long_ctx = r.random() < 0.03
        n_in = r.randrange(29000, 32400) if long_ctx else int(r.lognormvariate(6.8, 0.9)) + 40
        max_new = (
            r.choice(["4096", "2048"])
            if long_ctx
            else r.choice(["None", "None", "None", "2048", "1024", "4096"])
        )
        pr = r.choice(LM_PROMPTS)[:64]
        toks = [151644, 8948, 198] + [r.randrange(200, 151000) for _ in range(61)]
        gen = (
            f"GenerationConfig(n=1, max_new_tokens={max_new}, do_sample=True, top_p={r.choice(['1.0', '0.8', '0.95'])}, top_k=40, min_p=0.0, "
            f"temperature={r.choice(['0.7', '0.2', '1.0', '0.0'])}, repetition_penalty=1.0, ignore_eos=False, random_seed={r.getrandbits(63)}, "
            "stop_words=None, bad_words=None, stop_token_ids=[151645, 151643], bad_token_ids=None, min_new_tokens=None, "
            "skip_special_tokens=True, spaces_between_special_tokens=True, logprobs=None, response_format=None, "
            "logits_processors=None, output_logits=None, output_last_hidden_state=None)"
        )
        t = L(
            f,
            t,
            "session=%s, adapter_name=%s, input_tokens=%s, gen_config=%s, prompt=%r, prompt_token_id=%s",
            "INFO",
            "logger.py:46",
            f"session={sid}, adapter_name=None, input_tokens={n_in}, gen_config={gen}, prompt={pr!r}, prompt_token_id={toks}",
        )
        t = L(
            f,
            t + sec(0.001),
            "session=%s, history_tokens=%s, input_tokens=%s, max_new_tokens=%s, seq_start=%s, seq_end=%s, step=%s, prep=%s",
            "INFO",
            "async_engine.py:705",
            f"session={sid}, history_tokens=0, input_tokens={n_in}, max_new_tokens={max_new}, seq_start=True, seq_end=True, step=0, prep=True",
        )
        limit = int(max_new) if max_new != "None" else 32768 - n_in
        if max_new != "None" and n_in + int(max_new) > 32768:
            limit = max(32768 - n_in, 128)
            t = L(
                f,
                t + sec(0.001),
                "Truncate max_new_tokens to %s",
                "ERROR",
                "async_engine.py:725",
                f"Truncate max_new_tokens to {limit}",
            )
            if n_in + limit > 32768:
                t = L(
                    f,
                    t + sec(0.001),
                    "run out of tokens. session=%s.",
                    "ERROR",
                    "async_engine.py:729",
                    f"run out of tokens. session={sid}.",
                )
                access(f, t + sec(0.002), "10.20.6.2", "POST", "/v1/chat/completions", "200 OK")
                return
        if stream:
            access(f, t + sec(0.002), "10.20.6.2", "POST", "/v1/chat/completions", "200 OK")
        t = L(
            f,
            t + sec(0.003),
            "[async_stream_infer] session %s start",
            "INFO",
            "turbomind.py:593",
            f"[async_stream_infer] session {sid} start",
        )
        out = min(int(r.lognormvariate(5.6, 0.8)) + 5, limit)
        dur = sec(0.35 + n_in / 9000 + out / 28.0)
        end = t + dur
        if f == G4 and not g4_alive(end):
            end = g4_stop + sec(r.uniform(0.01, 0.5))
            t = L(
                f,
                end,
                "[safe_run] exception caught: %s %s",
                "ERROR",
                "async_engine.py:619",
                "[safe_run] exception caught: CancelledError ",
            )
            t = L(
                f,
                t + sec(0.001),
                "[async_stream_infer] %s",
                "INFO",
                "turbomind.py:660",
                "[async_stream_infer] CancelledError",
            )
            L(
                f,
                t + sec(0.02),
                "[async_stream_infer] session %s done",
                "INFO",
                "turbomind.py:672",
                f"[async_stream_infer] session {sid} done",
            )
            return
        if stream and r.random() < 0.06:
            end = t + sec(r.uniform(1.0, dur.total_seconds()))
            t = L(
                f,
                end,
                "[safe_run] exception caught: %s %s",
                "ERROR",
                "async_engine.py:619",
                "[safe_run] exception caught: GeneratorExit ",
            )
            t = L(
                f,
                t + sec(0.001),
                "[async_stream_infer] %s",
                "INFO",
                "turbomind.py:660",
                "[async_stream_infer] GeneratorExit",
            )
            L(
                f,
                t + sec(0.03),
                "[async_stream_infer] session %s done",
                "INFO",
                "turbomind.py:672",
                f"[async_stream_infer] session {sid} done",
            )
            return
        t = L(
            f,
            end,
            "[async_stream_infer] session %s done",
            "INFO",
            "turbomind.py:672",
            f"[async_stream_infer] session {sid} done",
        )
        reason = "length" if out >= limit or r.random() < 0.04 else "stop"
        t = L(
            f,
            t + sec(0.001),
            f'session %s finished, reason "{reason}", input_tokens %s, outupt_tokens %s',
            "INFO",
            "async_engine.py:827",
            f'session {sid} finished, reason "{reason}", input_tokens {n_in}, outupt_tokens {out}',
        )
        if not stream:
            access(f, t + sec(0.002), "10.20.6.2", "POST", "/v1/chat/completions", "200 OK")

    CLIENTS = [("10.20.0.40", True, 0.55), ("10.42.11.8", False, 0.3), ("10.31.4.19", True, 0.15)]
    forced = {
        g4_stop + sec(21.4): CLIENTS[0],
        g4_stop + sec(47.9): CLIENTS[1],
        g4_stop + sec(63.2): CLIENTS[0],
    }
    for t in sorted(arrivals(r, T0 + sec(5), T_END, 44) + list(forced)):
        if in_any(t, [proxy_down]):
            continue
        client, stream, _w = forced.get(t) or r.choices(CLIENTS, [c[2] for c in CLIENTS])[0]
        if client == "10.31.4.19" and r.random() < 0.5:
            t = L(
                PROXY,
                t,
                "no model name: %s",
                "WARNING",
                "proxy.py:260",
                "no model name: Qwen2.5-72B-Instruct",
            )
            access(PROXY, t + sec(0.001), client, "POST", "/v1/chat/completions", "200 OK")
            continue
        url = (
            LM_GPU4
            if t in forced and node_ok(LM_GPU4, t)
            else r.choice([u for u in node_file if node_ok(u, t)])
        )
        t = L(
            PROXY,
            t,
            "A request is dispatched to %s",
            "INFO",
            "proxy.py:479",
            f"A request is dispatched to {url}",
        )
        f = node_file[url]
        if f == G4 and not g4_alive(t):
            if stream:
                err = (
                    "HTTPConnectionPool(host='10.20.6.14', port=23333): Max retries exceeded with url: /v1/chat/completions "
                    f"(Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f{hexid(r, 10)}>: "
                    "Failed to establish a new connection: [Errno 111] Connection refused'))"
                )
                label = (
                    "catched an exception: HTTPConnectionPool(host=%r, port=%s): Max retries exceeded with url: %s "
                    "(Caused by NewConnectionError('%s: Failed to establish a new connection: [Errno %d] %s'))"
                )
                access(PROXY, t + sec(0.001), client, "POST", "/v1/chat/completions", "200 OK")
                t = L(
                    PROXY,
                    t + sec(0.004),
                    label,
                    "ERROR",
                    "proxy.py:296",
                    f"catched an exception: {err}",
                )
                L(
                    PROXY,
                    t + sec(0.001),
                    "api timeout: %s",
                    "WARNING",
                    "proxy.py:269",
                    f"api timeout: {url}",
                )
            else:
                t = L(
                    PROXY,
                    t + sec(0.004),
                    "catched an exception: All connection attempts failed",
                    "ERROR",
                    "proxy.py:316",
                    "catched an exception: All connection attempts failed",
                )
                t = L(
                    PROXY,
                    t + sec(0.001),
                    "api timeout: %s",
                    "WARNING",
                    "proxy.py:269",
                    f"api timeout: {url}",
                )
                access(PROXY, t + sec(0.001), client, "POST", "/v1/chat/completions", "200 OK")
            continue
        if stream:
            access(PROXY, t + sec(0.002), client, "POST", "/v1/chat/completions", "200 OK")
            infer(f, t + sec(0.004), True)
        else:
            infer(f, t + sec(0.004), False)
            access(
                PROXY, t + sec(r.uniform(3, 20)), client, "POST", "/v1/chat/completions", "200 OK"
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- kserve

KS_NS = "ml-serving"
KS_PY = "/prod_venv/lib/python3.11/site-packages"
KS_GO = "/go/src/github.com/kserve/kserve"
KS_CR = "/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.19.1"


class KsIsvc:
    def __init__(
        self,
        name: str,
        image: str,
        args: list[str],
        uri: str,
        objects: list[tuple[str, float]],
        limits: str,
        gpu: bool,
    ) -> None:
        self.name = name
        self.image = image
        self.args = args
        self.uri = uri
        self.objects = objects
        self.limits = limits
        self.gpu = gpu

    def container(self) -> str:
        lim = (
            "Limits:ResourceList{cpu: {{2 0} {<nil>} 2 DecimalSI},memory: {{8589934592 0} {<nil>} 8Gi BinarySI},"
            + ("nvidia.com/gpu: {{1 0} {<nil>} 1 DecimalSI},},")
            if self.gpu
            else "Limits:ResourceList{cpu: {{1 0} {<nil>} 1 DecimalSI},memory: {{2147483648 0} {<nil>} 2Gi BinarySI},},"
        )
        return (
            f"&Container{{Name:kserve-container,Image:{self.image},Command:[],Args:[{' '.join(self.args)}],WorkingDir:,"
            "Ports:[]ContainerPort{},Env:[]EnvVar{},"
            f"Resources:ResourceRequirements{{{lim}Requests:ResourceList{{cpu: {{{{1 0}} {{<nil>}} 1 DecimalSI}},"
            "memory: {{1073741824 0} {<nil>} 1Gi BinarySI},},Claims:[]ResourceClaim{},},VolumeMounts:[]VolumeMount{},"
            "VolumeDevices:[]VolumeDevice{},LivenessProbe:nil,ReadinessProbe:nil,Lifecycle:nil,TerminationMessagePath:,"
            "ImagePullPolicy:,SecurityContext:nil,Stdin:false,StdinOnce:false,TTY:false,EnvFrom:[]EnvFromSource{},"
            "TerminationMessagePolicy:,StartupProbe:nil,ResizePolicy:[]ContainerResizePolicy{},RestartPolicy:nil,}"
        )

    def podspec(self) -> dict:
        lim = (
            {"cpu": "2", "memory": "8Gi", "nvidia.com/gpu": "1"}
            if self.gpu
            else {"cpu": "1", "memory": "2Gi"}
        )
        return {
            "containers": [
                {
                    "name": "kserve-container",
                    "image": self.image,
                    "args": self.args,
                    "resources": {"limits": lim, "requests": {"cpu": "1", "memory": "1Gi"}},
                }
            ]
        }

    def spec(self) -> dict:
        fmt = {
            "kserve/huggingfaceserver": "huggingface",
            "kserve/xgbserver": "xgboost",
            "kserve/sklearnserver": "sklearn",
        }
        return {
            "model": {
                "modelFormat": {"name": fmt[self.image.split(":")[0]]},
                "storageUri": self.uri,
                "name": "",
                "resources": {},
            },
            "minReplicas": 1 if self.name == "fraud-scorer" else 0,
            "maxReplicas": 4,
        }


def kserve(r: random.Random) -> list[Log]:
    """The KServe 0.14.1 controller and three InferenceServices' storage-initializers (see the module docstring)."""
    fs = Files()
    CTRL = "kserve-controller-manager.log"
    hf_files = [
        ("config.json", 0.8),
        ("model.safetensors", 9.5),
        ("sentencepiece.bpe.model", 0.9),
        ("special_tokens_map.json", 0.2),
        ("tokenizer.json", 1.6),
        ("tokenizer_config.json", 0.2),
    ]
    rer = KsIsvc(
        "bge-reranker",
        "kserve/huggingfaceserver:v0.14.1",
        ["--model_name=bge-reranker", "--model_dir=/mnt/models", "--task=sequence_classification"],
        "s3://models/bge-reranker-v2-m3",
        hf_files,
        "gpu",
        True,
    )
    churn = KsIsvc(
        "churn-xgb",
        "kserve/xgbserver:v0.14.1",
        ["--model_name=churn-xgb", "--model_dir=/mnt/models", "--http_port=8080", "--nthread=1"],
        "s3://models/churn-xgb/2025-02-14",
        [("model.bst", 1.1)],
        "cpu",
        False,
    )
    ticket = KsIsvc(
        "ticket-router",
        "kserve/sklearnserver:v0.14.1",
        ["--model_name=ticket-router", "--model_dir=/mnt/models", "--http_port=8080"],
        "s3://models/ticket-routing/v3",
        [],
        "cpu",
        False,
    )
    fraud = KsIsvc(
        "fraud-scorer",
        "kserve/sklearnserver:v0.14.1",
        ["--model_name=fraud-scorer", "--model_dir=/mnt/models", "--http_port=8080"],
        "s3://models/fraud-scorer/v7",
        [("model.joblib", 2.0)],
        "cpu",
        False,
    )
    docc = KsIsvc(
        "doc-classifier",
        "kserve/sklearnserver:v0.14.1",
        ["--model_name=doc-classifier", "--model_dir=/mnt/models", "--http_port=8080"],
        "s3://models/doc-classifier/2025-01-30",
        [("label_encoder.joblib", 0.1), ("model.joblib", 4.1)],
        "cpu",
        False,
    )
    restart = at(8, 0, 41)
    creds_bad = (at(10, 0, 0), at(10, 41, 30))
    ticket_fix = at(10, 6, 12)
    kn_webhook_down = (at(9, 10, 5), at(9, 13, 20))
    leader = [restart + sec(58)]

    def J(
        t: datetime,
        label: str,
        fields: dict,
        level: str = "info",
        logger: str | None = None,
        proc: object = None,
    ) -> datetime:
        if proc is None:
            if restart - sec(5) <= t < leader[0]:
                t = leader[0] + sec(r.uniform(1, 3))
            proc = "mgr-old" if t < restart else "mgr"

        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {"level": level, "ts": f"{x:%Y-%m-%dT%H:%M:%SZ}"}
            if logger:
                d["logger"] = logger
            d.update(fields)
            return [json.dumps(d, separators=(",", ":"))]

        return fs.add(CTRL, t, label, text, proc, SEC)

    def klog(t: datetime, label: str, src: str, msg: str, proc: object) -> datetime:
        return fs.add(
            CTRL,
            t,
            label,
            lambda x: [f"I{x:%m%d %H:%M:%S}.{x.microsecond:06d}       1 {src}] {msg}"],
            proc,
            US,
        )

    def stack(*frames: tuple[str, str]) -> str:
        return "\n".join(f"{fn}\n\t{loc}" for fn, loc in frames)

    # --- the controller: reconciles
    def reconcile(
        t: datetime,
        isvc: KsIsvc,
        update: str | None = None,
        fail: str | None = None,
        proc: object = None,
        create: bool = False,
    ) -> datetime:
        L = "v1beta1Controllers.InferenceService"
        t = J(
            t,
            "Inference service deployment mode ",
            {"msg": "Inference service deployment mode ", "deployment mode ": "Serverless"},
            logger=L,
            proc=proc,
        )
        t = J(
            t,
            "Reconciling inference service",
            {
                "msg": "Reconciling inference service",
                "apiVersion": "serving.kserve.io/v1beta1",
                "isvc": isvc.name,
            },
            logger=L,
            proc=proc,
        )
        t = J(
            t,
            "Resolved container",
            {"msg": "Resolved container", "container": isvc.container(), "podSpec": isvc.podspec()},
            logger="PredictorReconciler",
            proc=proc,
        )
        if create:
            t = J(
                t,
                "Creating knative service",
                {
                    "msg": "Creating knative service",
                    "namespace": KS_NS,
                    "name": f"{isvc.name}-predictor",
                },
                logger="KsvcReconciler",
                proc=proc,
            )
        if update is not None:
            t = J(
                t,
                "knative service configuration diff (-desired, +observed):",
                {
                    "msg": "knative service configuration diff (-desired, +observed):",
                    "diff": update,
                },
                logger="KsvcReconciler",
                proc=proc,
            )
            t = J(
                t,
                "Updating knative service",
                {
                    "msg": "Updating knative service",
                    "namespace": KS_NS,
                    "name": f"{isvc.name}-predictor",
                },
                logger="KsvcReconciler",
                proc=proc,
            )
            if fail is not None:
                err = (
                    "fails to reconcile component: fails to update knative service: Internal error occurred: failed calling webhook "
                    '"webhook.serving.knative.dev": failed to call webhook: Post "https://webhook.knative-serving.svc:443/?timeout=10s": '
                    "dial tcp 10.96.44.12:443: connect: connection refused"
                )
                st = stack(
                    (
                        "github.com/kserve/kserve/pkg/controller/v1beta1/inferenceservice.(*InferenceServiceReconciler).Reconcile",
                        f"{KS_GO}/pkg/controller/v1beta1/inferenceservice/controller.go:213",
                    ),
                    (
                        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile",
                        f"{KS_CR}/pkg/internal/controller/controller.go:116",
                    ),
                    (
                        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler",
                        f"{KS_CR}/pkg/internal/controller/controller.go:303",
                    ),
                    (
                        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem",
                        f"{KS_CR}/pkg/internal/controller/controller.go:263",
                    ),
                    (
                        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2",
                        f"{KS_CR}/pkg/internal/controller/controller.go:224",
                    ),
                )
                t = J(
                    t,
                    "Failed to reconcile",
                    {
                        "msg": "Failed to reconcile",
                        "reconciler": "<*components.Predictor Value>",
                        "Name": isvc.name,
                        "error": err.split(": ", 1)[1],
                        "stacktrace": st,
                    },
                    level="error",
                    logger=L,
                    proc=proc,
                )
                return J(
                    t,
                    "Reconciler error",
                    {
                        "msg": "Reconciler error",
                        "controller": "inferenceservice",
                        "controllerGroup": "serving.kserve.io",
                        "controllerKind": "InferenceService",
                        "InferenceService": {"name": isvc.name, "namespace": KS_NS},
                        "namespace": KS_NS,
                        "name": isvc.name,
                        "reconcileID": uuid4(r),
                        "error": err,
                        "stacktrace": stack(
                            (
                                "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler",
                                f"{KS_CR}/pkg/internal/controller/controller.go:316",
                            ),
                            (
                                "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem",
                                f"{KS_CR}/pkg/internal/controller/controller.go:263",
                            ),
                            (
                                "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2",
                                f"{KS_CR}/pkg/internal/controller/controller.go:224",
                            ),
                        ),
                    },
                    level="error",
                    proc=proc,
                )
        return J(
            t,
            "Reconciling ingress for inference service",
            {"msg": "Reconciling ingress for inference service", "isvc": isvc.name},
            logger=L,
            proc=proc,
        )

    def apply(t: datetime, isvc: KsIsvc, create: bool) -> datetime:
        t = J(
            t,
            "Defaulting InferenceService",
            {"msg": "Defaulting InferenceService", "namespace": KS_NS, "isvc": isvc.spec()},
            logger="inferenceservice-v1beta1-mutating-webhook",
            proc=None,
        )
        verb = "validate create" if create else "validate update"
        return J(
            t,
            verb,
            {"msg": verb, "name": isvc.name},
            logger="inferenceservice-v1beta1-validation-webhook",
        )

    def diff(isvc: KsIsvc, key: str, new: str, old: str) -> str:
        """kmp.SafeDiff of the desired and the observed ConfigurationSpec: one changed field."""
        ann = '"internal.serving.kserve.io/storage-initializer-sourceuri"'
        minscale = "1" if isvc is fraud else "0"
        head = (
            "  v1.ConfigurationSpec{\n"
            "  \tTemplate: v1.RevisionTemplateSpec{\n"
            "  \t\tObjectMeta: v1.ObjectMeta{\n"
            "  \t\t\t... // 9 identical fields\n"
            '  \t\t\tLabels: {"component": "predictor", "serving.kserve.io/inferenceservice": "'
            + isvc.name
            + '"},\n'
            "  \t\t\tAnnotations: map[string]string{\n"
            '  \t\t\t\t"autoscaling.knative.dev/class":     "kpa.autoscaling.knative.dev",\n'
            f'  \t\t\t\t"autoscaling.knative.dev/min-scale": "{minscale}",\n'
        )
        if key == "uri":
            body = f'- \t\t\t\t{ann}: "{new}",\n+ \t\t\t\t{ann}: "{old}",\n  \t\t\t}},\n  \t\t\t... // 2 identical fields\n  \t\t}},\n'
            spec = (
                '  \t\tSpec: {PodSpec: {Containers: {{Name: "kserve-container", Image: "'
                + isvc.image
                + '", ...}}, ...}, ...},\n'
            )
        else:
            body = f'  \t\t\t\t{ann}: "{isvc.uri}",\n  \t\t\t}},\n  \t\t\t... // 2 identical fields\n  \t\t}},\n'
            spec = (
                "  \t\tSpec: v1.RevisionSpec{\n"
                "  \t\t\tPodSpec: v1.PodSpec{\n"
                "  \t\t\t\t... // 9 identical fields\n"
                f'- \t\t\t\tServiceAccountName: "{new}",\n'
                f'+ \t\t\t\tServiceAccountName: "{old}",\n'
                '  \t\t\t\tDeprecatedServiceAccount: "",\n'
                "  \t\t\t\t... // 29 identical fields\n"
                "  \t\t\t},\n"
                "  \t\t\t... // 3 identical fields\n"
                "  \t\t},\n"
            )
        return head + body + spec + "  \t},\n  }\n"

    # --- storage-initializers
    def K(f: str, t: datetime, label: str, src: str, msg: str, run: object) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} 1 kserve INFO [{src}] {msg}"
            ],
            run,
            MS,
        )

    runs = [0]

    def initializer(t: datetime, isvc: KsIsvc) -> tuple[datetime, bool]:
        f = "storage-initializer.log"
        runs[0] += 1
        run = (isvc.name, runs[0])
        t = K(
            f,
            t,
            "Initializing, args: src_uri [%s] dest_path[ [%s]",
            "initializer-entrypoint:<module>():16",
            f"Initializing, args: src_uri [{isvc.uri}] dest_path[ [/mnt/models]",
            run,
        )
        t0 = t
        t = K(
            f,
            t + sec(0.001),
            "Copying contents of %s to local",
            "storage.py:download():64",
            f"Copying contents of {isvc.uri} to local",
            run,
        )
        bucket_path = isvc.uri.split("/", 3)[3]
        if isvc is churn and in_any(t, [creds_bad]):
            err = "An error occurred (InvalidAccessKeyId) when calling the ListObjects operation: The Access Key Id you provided does not exist in our records."
            fs.add(
                f,
                t + sec(0.18),
                "Traceback (most recent call last):",
                lambda x: tb(
                    (
                        "/storage-initializer/scripts/initializer-entrypoint",
                        17,
                        "<module>",
                        "Storage.download(src_uri, dest_path)",
                    ),
                    (
                        f"{KS_PY}/kserve/storage/storage.py",
                        86,
                        "download",
                        "model_dir = Storage._download_s3(uri, out_dir)",
                    ),
                    (
                        f"{KS_PY}/kserve/storage/storage.py",
                        230,
                        "_download_s3",
                        "for obj in bucket.objects.filter(Prefix=bucket_path):",
                    ),
                    (
                        f"{KS_PY}/boto3/resources/collection.py",
                        81,
                        "__iter__",
                        "for page in self.pages():",
                    ),
                    (f"{KS_PY}/boto3/resources/collection.py", 171, "pages", "for page in pages:"),
                    (
                        f"{KS_PY}/botocore/paginate.py",
                        269,
                        "__iter__",
                        "response = self._make_request(current_kwargs)",
                    ),
                    (
                        f"{KS_PY}/botocore/paginate.py",
                        357,
                        "_make_request",
                        "return self._method(**current_kwargs)",
                    ),
                    (
                        f"{KS_PY}/botocore/client.py",
                        569,
                        "_api_call",
                        "return self._make_api_call(operation_name, kwargs)",
                    ),
                    (
                        f"{KS_PY}/botocore/client.py",
                        1023,
                        "_make_api_call",
                        "raise error_class(parsed_response, operation_name)",
                    ),
                    last=[f"botocore.exceptions.ClientError: {err}"],
                ),
                run,
                MS,
            )
            return t, False
        if not isvc.objects:
            fs.add(
                f,
                t + sec(0.12),
                "Traceback (most recent call last):",
                lambda x: tb(
                    (
                        "/storage-initializer/scripts/initializer-entrypoint",
                        17,
                        "<module>",
                        "Storage.download(src_uri, dest_path)",
                    ),
                    (
                        f"{KS_PY}/kserve/storage/storage.py",
                        86,
                        "download",
                        "model_dir = Storage._download_s3(uri, out_dir)",
                    ),
                    (
                        f"{KS_PY}/kserve/storage/storage.py",
                        275,
                        "_download_s3",
                        "raise RuntimeError(",
                    ),
                    last=[f"RuntimeError: Failed to fetch model. No model found in {bucket_path}."],
                ),
                run,
                MS,
            )
            return t, False
        for name, mb in isvc.objects:
            dt = r.uniform(9, 16) if mb > 5 else 0.04 + mb * r.uniform(0.08, 0.15)
            t = K(
                f,
                t + sec(dt),
                "Downloaded object %s to %s",
                "storage.py:_download_s3():268",
                f"Downloaded object {bucket_path}/{name} to /mnt/models/{name}",
                run,
            )
        t = K(
            f,
            t + sec(0.002),
            "Successfully copied %s to %s",
            "storage.py:download():110",
            f"Successfully copied {isvc.uri} to /mnt/models",
            run,
        )
        el = (t - t0).total_seconds() + r.uniform(0.0001, 0.0009)
        t = K(
            f,
            t,
            "Model downloaded in %s seconds.",
            "storage.py:download():111",
            f"Model downloaded in {el!r} seconds.",
            run,
        )
        return t, True

    # a cold start (scale from zero): the pod's storage-initializer, the Knative service's status changes
    def cold_start(t: datetime, isvc: KsIsvc) -> datetime:
        t = reconcile(t + sec(r.uniform(0.2, 1.0)), isvc)
        t2, ok = initializer(t + sec(r.uniform(1.5, 4.0)), isvc)
        if not ok:
            return t2
        return reconcile(t2 + sec(r.uniform(6, 15)), isvc)

    def scale_down(t: datetime, isvc: KsIsvc) -> datetime:
        t = reconcile(t, isvc)
        return reconcile(t + sec(r.uniform(25, 40)), isvc)

    # --- the day
    # bge-reranker: scaled to zero between bursts of the RAG service's use
    t = at(6, 9, 30)
    while t < T_END - sec(600):
        t = cold_start(t, rer)
        busy = sec(r.uniform(120, 900))
        t = scale_down(t + busy + sec(r.uniform(60, 90)), rer)
        t += sec(r.expovariate(1 / 420))
    # doc-classifier: the document pipeline's batches, scaled to zero in between
    t = at(6, 4, 12)
    while t < T_END - sec(400):
        t = cold_start(t, docc)
        t = scale_down(t + sec(r.uniform(90, 400)), docc)
        t += sec(r.expovariate(1 / 300))
    # churn-xgb: the hourly scoring job at :05
    for h in range(6, 12):
        t = cold_start(at(h, 5, r.uniform(0, 20)), churn)
        if not in_any(at(h, 5), [creds_bad]):
            scale_down(t + sec(r.uniform(240, 420)), churn)
    for t0 in [at(10, 14, 40), at(10, 22, 5), at(10, 31, 51)]:
        cold_start(t0, churn)
    # the fixed secret: a new revision is rolled to pick it up
    t = apply(creds_bad[1], churn, False)
    t = reconcile(
        t + sec(0.5), churn, update=diff(churn, "sa", "models-reader-v2", "models-reader")
    )
    cold_start(t + sec(2), churn)
    # fraud-scorer: always one replica; v8 rolled out at 07:30, the Knative webhook down at 09:10
    old = fraud.uri
    fraud.uri = "s3://models/fraud-scorer/v8"
    t = apply(at(7, 30, 12), fraud, False)
    t = reconcile(t + sec(0.4), fraud, update=diff(fraud, "uri", fraud.uri, old))
    cold_start(t + sec(1.5), fraud)
    t = reconcile(t + sec(60), fraud)
    old = fraud.uri
    fraud.uri = "s3://models/fraud-scorer/v9"
    t = apply(kn_webhook_down[0] + sec(4), fraud, False)
    back = 1.0
    while t < kn_webhook_down[1]:
        t = reconcile(
            t + sec(back), fraud, update=diff(fraud, "uri", fraud.uri, old), fail="webhook"
        )
        back = min(back * 2, 30.0)
    t = reconcile(t + sec(back), fraud, update=diff(fraud, "uri", fraud.uri, old))
    cold_start(t + sec(1.5), fraud)
    reconcile(t + sec(75), fraud)
    # ticket-router: created at 09:31 with a misspelt bucket path, crash-looping until fixed
    t = apply(at(9, 31, 44), ticket, True)
    t = reconcile(t + sec(0.3), ticket, create=True)
    back = 10.0
    t += sec(3)
    while t < ticket_fix:
        initializer(t, ticket)
        if r.random() < 0.5:
            reconcile(t + sec(r.uniform(1, 3)), ticket)
        t += sec(back + r.uniform(0.5, 2.0))
        back = min(back * 2, 300.0)
    old = ticket.uri
    ticket.uri = "s3://models/ticket-router/v3"
    ticket.objects = [("model.joblib", 3.4), ("vectorizer.joblib", 1.2)]
    t = apply(ticket_fix, ticket, False)
    t = reconcile(t + sec(0.5), ticket, update=diff(ticket, "uri", ticket.uri, old))
    cold_start(t + sec(2), ticket)

    # --- the controller restarted at 08:00 (node drain): the old pod's shutdown, the new one's start
    old_proc, new_proc = "mgr-old", "mgr"
    t = restart
    for msg in [
        "Stopping and waiting for non leader election runnables",
        "Stopping and waiting for leader election runnables",
    ]:
        t = J(t, msg, {"msg": msg}, proc=old_proc)
    for ctl, kind in [
        ("inferenceservice", "InferenceService"),
        ("trainedmodel", "TrainedModel"),
        ("inferencegraph", "InferenceGraph"),
    ]:
        t = J(
            t,
            "Shutdown signal received, waiting for all workers to finish",
            {
                "msg": "Shutdown signal received, waiting for all workers to finish",
                "controller": ctl,
                "controllerGroup": "serving.kserve.io",
                "controllerKind": kind,
            },
            proc=old_proc,
        )
        t = J(
            t,
            "All workers finished",
            {
                "msg": "All workers finished",
                "controller": ctl,
                "controllerGroup": "serving.kserve.io",
                "controllerKind": kind,
            },
            proc=old_proc,
        )
    for msg in [
        "Stopping and waiting for caches",
        "Stopping and waiting for webhooks",
        "Stopping and waiting for HTTP servers",
    ]:
        t = J(t, msg, {"msg": msg}, proc=old_proc)
    t = J(
        t,
        "Wait completed, proceeding to shutdown the manager",
        {"msg": "Wait completed, proceeding to shutdown the manager"},
        proc=old_proc,
    )
    t += sec(r.uniform(6, 12))
    for lg, msg in [
        ("entrypoint", "Setting up client for manager"),
        ("entrypoint", "Setting up manager"),
        ("entrypoint", "Registering Components."),
        ("entrypoint", "Setting up KServe v1alpha1 scheme"),
        ("entrypoint", "Setting up KServe v1beta1 scheme"),
        ("entrypoint", "Setting up Knative scheme"),
        ("entrypoint", "Setting up Istio schemes"),
        ("entrypoint", "Setting up core scheme"),
        ("setup", "Setting up v1beta1 controller"),
        ("setup", "Setting up v1beta1 TrainedModel controller"),
        ("setup", "Setting up InferenceGraph controller"),
        ("entrypoint", "setting up webhook server"),
        ("entrypoint", "registering webhooks to the webhook server"),
        ("entrypoint", "Starting the Cmd."),
    ]:
        t = J(t, msg, {"msg": msg}, logger=lg, proc=new_proc)
    t = klog(
        t,
        "attempting to acquire leader lease %v...",
        "leaderelection.go:254",
        "attempting to acquire leader lease kserve/kserve-controller-manager-leader-lock...",
        new_proc,
    )
    t = klog(
        max(t + sec(1), leader[0] - sec(1)),
        "successfully acquired lease %v",
        "leaderelection.go:268",
        "successfully acquired lease kserve/kserve-controller-manager-leader-lock",
        new_proc,
    )
    for ctl, kind in [
        ("inferenceservice", "InferenceService"),
        ("trainedmodel", "TrainedModel"),
        ("inferencegraph", "InferenceGraph"),
    ]:
        for src in [
            "kind source: *v1beta1." + kind
            if kind != "InferenceGraph"
            else "kind source: *v1alpha1.InferenceGraph",
            "kind source: *v1.Service",
        ]:
            t = J(
                t,
                "Starting EventSource",
                {
                    "msg": "Starting EventSource",
                    "controller": ctl,
                    "controllerGroup": "serving.kserve.io",
                    "controllerKind": kind,
                    "source": src,
                },
                proc=new_proc,
            )
        t = J(
            t,
            "Starting Controller",
            {
                "msg": "Starting Controller",
                "controller": ctl,
                "controllerGroup": "serving.kserve.io",
                "controllerKind": kind,
            },
            proc=new_proc,
        )
        t = J(
            t,
            "Starting workers",
            {
                "msg": "Starting workers",
                "controller": ctl,
                "controllerGroup": "serving.kserve.io",
                "controllerKind": kind,
                "worker count": 1,
            },
            proc=new_proc,
        )
    # every InferenceService is reconciled once at start
    for isvc in [rer, churn, docc, fraud]:
        t = reconcile(t, isvc, proc=new_proc)
    return fs.logs(T0)


SYSTEMS = {
    "litellm": litellm,
    "open-webui": open_webui,
    "xinference": xinference,
    "lmdeploy": lmdeploy,
    "kserve": kserve,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
