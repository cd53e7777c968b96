#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 125 (llama-server, text-generation-inference, wandb,
torchrun, scrapy) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five programs of a model-serving and training
stack, 06:00 to 12:00 on 2024-06-05. None of the five was in the set; Ollama (round 65) embeds
llama.cpp's server and carries its loader dump and a few of its text-format lines, so llama-server
here is its own default output: the JSON lines it prints on stdout.

- llama.cpp's llama-server (b3078, `gpu-a-llama-server.log`, `gpu-b-llama-server.log`: its
  stdout, `--log-format json`, the default, one `{"tid":...,"timestamp":...,"level":"INFO",
  "function":...,"line":...,"msg":...}` object per line with the call's fields after `msg`;
  stderr, llama.cpp's loader, goes to the journal): start-up (`build info`, `system info`,
  `initializing slots`, `new slot`, `model loaded`, `chat template`, `HTTP server listening`),
  every completion's `slot is processing task`, `kv cache rm [p0, end)`, print_timings' three
  lines (`prompt eval time     = %10.2f ms / %5d tokens (...)`, `generation eval time = ...`,
  `          total time = %10.2f ms`), `slot released` and the HTTP logger's `request`; the
  monitor's GET /health every 90 s (`request`, and `all slots are idle` when idle, as the METRICS
  task runs update_slots); a summarizer sending `n_predict: 2048` (`Max tokens to predict exceeds
  server configuration`, `slot context shift`), a client resending identical prompts with
  cache_prompt (`we have to evaluate at least 1 token to generate logits`), gpu-b's KV cache full
  in a burst 08:10-08:16 (`failed to find free space in the KV cache, retrying with smaller batch
  size - ...` halving the batch, twice down to `failed to decode the batch: KV cache is full - ...`
  and `task error` for the slot), gpu-a restarted at 09:10 with a mistyped model path (five
  `unable to load model`), gpu-b restarted with `--api-key` at 10:29 (`Unauthorized: Invalid API
  Key` for a client with the old key) and a request with both `json_schema` and `grammar`.
- Hugging Face text-generation-inference 2.0.4 (`tgi-0.log`, `tgi-1.log`: `docker logs` of two
  replicas, Mixtral 8x7B Instruct over two shards each): the launcher's tracing lines (compact:
  `2024-06-05T06:00:01.123456Z  INFO shard-manager: text_generation_launcher: Starting shard
  rank=0`), its `{:#?}` of the Args over 59 lines, the shards' Python log relayed by the launcher
  (`Server started at %s`, `Cuda Graphs are enabled for sizes %s`, `Method %s encountered an
  error.` with the traceback), the router's (full: spans with their fields, `target:
  file:line: message`: `Using config %s`, `Warming up model`, `Setting max batch total tokens to
  %s`, `Connected`, `Invalid hostname, defaulting to 0.0.0.0`); each request's `Success` under its
  span (`generate{parameters=GenerateParameters { ... } total_time=... seed=...}`,
  `chat_completions:generate{...}`, `chat_completions{total_time=...}` for a stream);
  validation's `` `inputs` tokens + `max_new_tokens` must be <= %s. Given: ...``; CUDA OOM in
  Decode on tgi-1 08:20-08:32 (each shard's traceback, the router client's `Server error: CUDA
  out of memory. ...` under `batch{batch_size=N}:decode:...`, every request of the batch's
  `Request failed during generation: Server error: ...`), tgi-1 restarted gracefully at 08:35
  (`Terminating webserver` ... `shard terminated`), tgi-0 restarted at 10:40 with
  `--max-input-tokens 8192` (five starts printing the Args and a bare `Error:
  ArgumentValidation(...)` line) and fixed at 10:44.
- Weights and Biases' debug-internal.log (wandb 0.17.0, the Python internal process; one file per
  run, `run-20240605_HHMMSS-<id>-debug-internal.log`: four QLoRA fine-tuning runs on one
  workstation, `%(asctime)s %(levelname)-7s %(threadName)-10s:%(process)d
  [%(filename)s:%(funcName)s():%(lineno)s] %(message)s`): the run's start-up (`W&B internal server
  running at pid: %s, started at: %s`, `open: %s`, `run started: %s with start time %s`, the
  system monitor and system info probes with the info dict, `saving file %s with policy %s`,
  `file/dir created: %s`, `Uploaded file %s`), the steady traffic (`handle_request: %s` with the
  record type: status_report every 5 s, stop_status and internal_messages every 15 s,
  partial_history each logged step; `send_request: %s`, `send: %s` (stats every 30 s, history,
  summary), `file/dir modified: %s`), and the finish (`handling exit code: %s`, `handling runtime:
  %s`, the defer state machine's `handle defer: %s`, `handle sender defer: %s`, `send defer: %s`,
  the monitors joined, `scan: %s` and `scan save: %s %s`, the file pusher, `shutting down
  handler`, `close: %s`, `shutting down sender`); run 2 loses api.wandb.ai's name 07:38-07:44
  (`Retry attempt failed:` with its chained traceback, the sender blocked and catching up after,
  the file stream's `requests_with_retry encountered retryable exception: ...`), run 3 dies of
  CUDA OOM after six minutes (exit code 1).
- torchrun (torch 2.3.1) of a two-node torchtitan job (`node01-torchrun.log`,
  `node02-torchrun.log`: each node's console, `--tee 3 --role rank --local-ranks-filter 0`,
  LOGLEVEL=INFO): the elastic agent's glog lines (`I0605 06:00:01.123000 140234 path.py:NNN]
  msg`, every line of a multi-line message under its own head: the OMP banner, `Starting
  elastic_operator with launch configs:` and `[default] Rendezvous complete for workers. Result:`
  with their indented lines), the c10d rendezvous (`The node '%s' attempts to join the next round
  ...`, `... has joined round %s ...`), `Setting worker%s reply file to: %s`; local rank 0's output
  under the tee's `[rank0]:` (torchtitan's `%(asctime)s - %(name)s - %(levelname)s - %(message)s`:
  `Starting job`, `Building llama3 8B with ModelArgs(...)`, checkpoint loads and saves, 1,831
  step lines); an InfiniBand flap at 08:31 hanging an all-gather until the NCCL watchdog fires at
  08:41 (ProcessGroupNCCL's `[E ProcessGroupNCCL.cpp:563] [Rank %s] Watchdog caught collective
  operation timeout: ...` and what follows, the C++ frames, `terminate called after throwing an
  instance of 'c10::DistBackendError'`; the agents' `failed (exitcode: -6) ...`, `Sending process
  %s closing signal SIGTERM`, `Worker group FAILED. 3/3 attempts left; will restart worker
  group`), and a CUDA OOM on node02's rank 8 at 10:15 (the traceback under `[rank0]:[rank8]: `,
  the worker's excepthook prefix inside the tee's; node02's group restarted, node01's agent
  `Detected 1 new nodes from group_rank=0; will restart worker group`).
- Scrapy 2.11.2 run by scrapyd (`products-<jobid>.log`, `reviews-<jobid>.log`, two
  `stores-<jobid>.log`: `%(asctime)s [%(name)s] %(levelname)s: %(message)s`): start-up
  (versions, `Enabled extensions:`/`downloader middlewares:`/`spider middlewares:`/`item
  pipelines:` and `Overridden settings:` with pprint's lines), `Crawled (%s) %s%s (referer:
  %s)%s`, `Scraped from %s` with the item on its second line, LogStats' minute lines, `Retrying
  %s (failed %d times): %s` and `Gave up retrying ...` (the shop's maintenance 07:30-07:42
  answering 503, the review API's 429s 08:45-09:00, its name failing to resolve 10:05-10:08 with
  `Error downloading %s` and the Twisted traceback), `Ignoring response %s: HTTP status code is not
  handled or not allowed`, `Redirecting (%s) to %s from %s`, the dupefilter's and offsite
  filter's one-time lines, the refurbished category raising AttributeError (`Spider error
  processing %s (referer: %s)` with its traceback), the spider's own `Skipping %s: no price block
  (out of stock?)`, the stats dump, `Closing spider (%s)` / `Spider closed (%s)` (finished; the
  reviews job cancelled at 10:30: `Received %s, shutting down gracefully. Send again to force `).

Label notes. The heads are context: llama-server's tid, timestamp, level, function and line keys
(`msg` is the label; the other keys are the call's fields, attributes), tracing's time, level,
spans with their fields and target (and the router's file:line), wandb's thread, pid and
`[file:func():line]`, glog's head, the tee's `[rank0]:` and the excepthook's `[rank8]: `,
torchtitan's and Scrapy's `%(asctime)s ... %(levelname)s` heads. A message made by a format
(print_timings' buffers, Scrapy's `%(...)s` formats, the agent's `%s` messages) is labelled by the
format as written, with its specifiers; a multi-line message (the OMP banner, the launch configs,
the rendezvous result, Scrapy's `Enabled ...:\n%s`, `Scraped from %s\n%s`, the stats dump) is
labelled on its first line with `\n` written out, its other lines continue it, even where each
carries its own head (glog). Python tracebacks, C++ `Exception raised from ...` frames and
`terminate called ...`'s `what():` continue their event. A value that is a message of its own
contributes its format: the OOM text inside `Server error: ` and `Request failed during
generation: Server error: `, the urllib3 error inside `requests_with_retry ...`, the twisted DNS
error inside Scrapy's retry lines; an HTTP status reason (`503 Service Unavailable`), an enum name
(wandb's record types, Scrapy's close reason, the worker group's state) and a Debug-printed value
(TGI's `Args {...}`, `Some(Mixtral)`) are values. TGI's `Args` dump is `{:#?}` alone (`%s`), as is
wandb's system-info dict (`%s`); the launcher's `Error: ArgumentValidation(...)`, printed bare by
Rust's main, is an event of its own. The worker lines' `[rank0]:` is context a launcher adds, as
are the spans' fields.

Least sure (written from the helper's knowledge; llama-server's messages, fields and defaults were
checked against a copy of its mid-2024 server.cpp and utils.hpp, TGI's launcher and router
start-up lines, Args layout and OOM text against real logs quoted in write-ups, the elastic
agent's messages against copies of its source): llama-server's build number, `line` values and
the key order of `HTTP server listening` (an unordered_map); TGI's span paths for errors
(`...:generate:generate_stream:infer:send_error`), the `Success` line numbers, the stream span's
fields, `Terminating webserver`, the ArgumentValidation text, and the OOM's `GPU %d` (torch 2.3
printed the device index as a character); wandb 0.17's line numbers, the exact defer states and
the lines at each (`scan save: %s %s`, `Publishing last batch of metrics`), the 5 s and 15 s
polling and the sender catching up after the outage; torch 2.3's file:line numbers, whether
`The node '%s' ...` lines show at LOGLEVEL=INFO, ProcessGroupNCCL's line numbers and frames,
torchtitan's checkpoint wording (`Finished saving the checkpoint (or staging if async is
enabled)in %.2f seconds.`, the missing space as its source had it); Scrapy's stats values (the
counts follow the simulation, the byte totals do not).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0.0) -> datetime:
    """An instant of 2024-06-05 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 5, h, m, tzinfo=UTC) + timedelta(seconds=s)


def rust_dur(s: float) -> str:
    """Rust's `{:?}` of a std::time::Duration (`10.308899699s`, `1.094233ms`, `62.81µs`)."""
    ns = round(s * 1e9)
    if ns >= 1_000_000_000:
        whole, frac, digits, unit = *divmod(ns, 1_000_000_000), 9, "s"
    elif ns >= 1_000_000:
        whole, frac, digits, unit = *divmod(ns, 1_000_000), 6, "ms"
    elif ns >= 1_000:
        whole, frac, digits, unit = *divmod(ns, 1_000), 3, "µs"
    else:
        return f"{ns}ns"
    f = f"{frac:0{digits}d}".rstrip("0")
    return f"{whole}.{f}{unit}" if f else f"{whole}{unit}"


def rate_poisson(r: random.Random, t0: datetime, t1: datetime, per_min: object) -> list[datetime]:
    """Arrivals between t0 and t1 whose rate (per minute) is `per_min(t)` (thinning)."""
    top = max(per_min(t0 + sec(60 * i)) for i in range(int((t1 - t0).total_seconds() // 60) + 1))  # type: ignore[operator]
    out = []
    for t in poisson(r, t0, t1, 60 / top):
        if r.random() < per_min(t) / top:  # type: ignore[operator]
            out.append(t)
    return out


# ------------------------------------------------------------------------------- llama-server

LS_SYSINFO = "AVX = 1 | AVX_VNNI = 0 | AVX2 = 1 | AVX512 = 1 | AVX512_VBMI = 1 | AVX512_VNNI = 1 | AVX512_BF16 = 1 | FMA = 1 | NEON = 0 | SVE = 0 | ARM_FMA = 0 | F16C = 1 | FP16_VA = 0 | WASM_SIMD = 0 | BLAS = 1 | SSE3 = 1 | SSSE3 = 1 | VSX = 0 | MATMUL_INT8 = 0 | LLAMAFILE = 1 | "
LS_CHAT = "<|start_header_id|>system<|end_header_id|>\n\nYou are a helpful assistant<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHello<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nHi there<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHow are you?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
LS_PROMPT = (
    "prompt eval time     = %10.2f ms / %5d tokens (%8.2f ms per token, %8.2f tokens per second)"
)
LS_GEN = (
    "generation eval time = %10.2f ms / %5d runs   (%8.2f ms per token, %8.2f tokens per second)"
)
LS_TOTAL = "          total time = %10.2f ms"
LS_KV_WARN = "failed to find free space in the KV cache, retrying with smaller batch size - try increasing it via the context size or enable defragmentation"
LS_KV_ERR = "failed to decode the batch: KV cache is full - try increasing it via the context size"
LS_Q5 = "/models/Meta-Llama-3-8B-Instruct-Q5_K_M.gguf"
LS_Q6 = "/models/Meta-Llama-3-8B-Instruct-Q6_K.gguf"
LS_Q6_TYPO = "/models/Meta-Llama-3-8B-Instruct.Q6_K.gguf"
LS_CHAT_IPS = ["10.0.3.21", "10.0.3.22"]
LS_N_CTX, LS_N_SLOTS = 16384, 4


class _LsProc:
    """One llama-server process: its threads' ids (pthread_t values) and task counter."""

    def __init__(self, r: random.Random, host: str, gen: int) -> None:
        self.host, self.gen = host, gen
        main = r.randrange(139_900_000, 140_700_000) * 1_000_000 + r.randrange(0, 4096) * 256
        self.main = str(main)
        self.http = [str(main - 8_392_704 * (i + 2)) for i in range(31)]
        self.task = 0


def llama_server(r: random.Random) -> list[Log]:
    """Two GPU hosts (gpu-a, gpu-b) each running llama-server (llama.cpp b3078, Llama 3 8B
    Instruct, 4 slots of 4096 tokens, `-n 1024`) behind a load balancer whose monitor asks
    /health every 90 s, 06:00 to 12:00: a summarizer sending long prompts with `n_predict: 2048`
    to gpu-a 07:20-07:35 (context shifts), a burst on gpu-b 08:10-08:16 filling the KV cache,
    gpu-a restarted at 09:10 with a mistyped model path (five failed starts) and up again at
    09:14, gpu-b restarted at 10:29 with `--api-key` while one client keeps the old key, and a
    client sending both `json_schema` and `grammar` at 11:05."""
    fs = Files()

    def J(
        p: _LsProc,
        t: datetime,
        tid: str,
        level: str,
        func: str,
        line: int,
        msg: str,
        extra: dict | None = None,
        label: str | None = None,
    ) -> datetime:
        base: dict = {
            "tid": tid,
            "timestamp": 0,
            "level": level,
            "function": func,
            "line": line,
            "msg": msg,
        }
        base.update(extra or {})

        def text(x: datetime) -> list[str]:
            d = dict(base)
            d["timestamp"] = int(x.timestamp())
            return [json.dumps(d, separators=(",", ":"), ensure_ascii=False)]

        return fs.add(
            f"{p.host}-llama-server.log", t, label or msg, text, (p.host, p.gen), 1_000_000
        )

    def start(
        host: str, gen: int, t: datetime, model: str, api_key: str = ""
    ) -> tuple[_LsProc | None, datetime]:
        p = _LsProc(r, host, gen)
        t = J(
            p, t, p.main, "INFO", "main", 2933, "build info", {"build": 3078, "commit": "7672adee"}
        )
        t = J(
            p,
            t + sec(0.001),
            p.main,
            "INFO",
            "main",
            2940,
            "system info",
            {
                "n_threads": 16,
                "n_threads_batch": -1,
                "total_threads": 32,
                "system_info": LS_SYSINFO,
            },
        )
        if model == LS_Q6_TYPO:
            t = J(
                p,
                t + sec(r.uniform(0.02, 0.06)),
                p.main,
                "ERR",
                "load_model",
                688,
                "unable to load model",
                {"model": model},
            )
            return None, t
        t = J(
            p,
            t + sec(r.uniform(4.0, 7.0)),
            p.main,
            "INFO",
            "init",
            705,
            "initializing slots",
            {"n_slots": LS_N_SLOTS},
        )
        for i in range(LS_N_SLOTS):
            t = J(
                p,
                t,
                p.main,
                "INFO",
                "init",
                715,
                "new slot",
                {"id_slot": i, "n_ctx_slot": LS_N_CTX // LS_N_SLOTS},
            )
        t = J(p, t, p.main, "INFO", "main", 3041, "model loaded")
        t = J(
            p,
            t,
            p.main,
            "INFO",
            "main",
            3066,
            "chat template",
            {"chat_example": LS_CHAT, "built_in": True},
        )
        data = {"api_key": "api_key: ****" + api_key[-4:]} if api_key else {}
        data.update({"n_threads_http": "31", "port": "8080", "hostname": "0.0.0.0"})
        t = J(p, t, p.main, "INFO", "main", 3344, "HTTP server listening", data)
        t = J(p, t, p.main, "INFO", "update_slots", 1640, "all slots are idle")
        return p, t

    def request(p: _LsProc, t: datetime, ip: str, status: int, method: str, path: str) -> datetime:
        return J(
            p,
            t,
            r.choice(p.http),
            "INFO",
            "log_server_request",
            2859,
            "request",
            {
                "remote_addr": ip,
                "remote_port": r.randint(32768, 60999),
                "status": status,
                "method": method,
                "path": path,
                "params": {},
            },
        )

    def serve(
        p: _LsProc,
        t_from: datetime,
        t_to: datetime,
        jobs: list[dict],
        health: list[datetime],
        denied: list[datetime],
        schema: list[datetime],
        kv_warn: list[datetime],
        kv_err: list[datetime],
    ) -> None:
        """Every request the process [t_from, t_to) answers: slots assigned in arrival order,
        then the lines written."""
        jobs = [j for j in jobs if t_from <= j["t"] < t_to]
        health = [t for t in health if t_from <= t < t_to]
        denied = [t for t in denied if t_from <= t < t_to]
        schema = [t for t in schema if t_from <= t < t_to]
        events = sorted(
            [(j["t"], 0, j) for j in jobs]
            + [(t, 1, None) for t in health]
            + [(t, 2, None) for t in schema],
            key=lambda e: (e[0], e[1]),
        )
        free = [t_from] * LS_N_SLOTS
        used = [-float(i) for i in range(LS_N_SLOTS)]
        busy: list[tuple[datetime, datetime]] = []
        sched: list[tuple[datetime, int, int, dict | None]] = []
        for t, kind, j in events:
            p.task += 1
            if kind != 0 or j is None:
                sched.append((t, kind, p.task, None))
                continue
            avail = [i for i in range(LS_N_SLOTS) if free[i] <= t]
            if not avail:
                t = min(free) + sec(0.01)
                avail = [i for i in range(LS_N_SLOTS) if free[i] <= t]
            s = min(avail, key=lambda i: used[i])
            start = t + sec(r.uniform(0.002, 0.02))
            conc = sum(1 for b0, b1 in busy if b0 <= start < b1)
            slow = 1 + 0.3 * conc
            n_new = j["n_prompt"] - j.get("cached", 0)
            prompt_ms = round(n_new / r.uniform(2600, 3400) * 1000 * slow + r.uniform(8, 25), 3)
            gen_ms = round(j["n_gen"] / r.uniform(58, 72) * 1000 * slow, 3)
            end = start + sec((prompt_ms + gen_ms) / 1000)
            j.update(
                slot=s,
                id=p.task,
                start=start,
                end=end,
                prompt_ms=prompt_ms,
                gen_ms=gen_ms,
                n_new=n_new,
                fail=None,
            )
            free[s] = end + sec(0.02)
            used[s] = end.timestamp()
            busy.append((start, end + sec(0.02)))
            sched.append((t, 0, p.task, j))
        # the KV cache fills up while long prompts are being processed: every slot busy then fails
        running = [j for _, k, _, j in sched if k == 0 and j is not None]
        for n, te in enumerate(kv_err):
            if not t_from <= te < t_to:
                continue
            if not any(j["start"] < te < j["end"] for j in running):
                near = min(running, key=lambda j: abs((j["start"] - te).total_seconds()))
                te = near["start"] + (near["end"] - near["start"]) * 0.6
                kv_err[n] = te
            for j in running:
                if j["start"] < te < j["end"] and j["fail"] is None:
                    j["fail"] = j["end"] = te
        busy = [(j["start"], j["end"] + sec(0.02)) for j in running]

        def idle(t: datetime) -> bool:
            return not any(b0 <= t < b1 for b0, b1 in busy)

        def kv_full(te: datetime, fatal: bool) -> datetime:
            """llama_decode finds no room: the batch halved until it fits, or down to 1."""
            n_batch, i, tt = 2048, 0, te
            for _ in range(11 if fatal else r.randint(1, 3)):
                n_batch //= 2
                i -= n_batch
                tt = J(
                    p,
                    tt,
                    p.main,
                    "WARN",
                    "update_slots",
                    2119,
                    LS_KV_WARN,
                    {"i": i, "n_batch": n_batch, "ret": 1},
                )
                i += n_batch
            if fatal:
                tt = J(
                    p,
                    tt,
                    p.main,
                    "ERR",
                    "update_slots",
                    2106,
                    LS_KV_ERR,
                    {"i": 0, "n_batch": 1, "ret": 1},
                )
            return tt

        for te in kv_warn:
            if t_from <= te < t_to:
                kv_full(te, False)
        told: dict[datetime, datetime] = {}
        for t, kind, tid, j in sched:
            if kind == 1:
                tt = t
                if idle(t):
                    tt = J(
                        p,
                        t + sec(0.001),
                        p.main,
                        "INFO",
                        "update_slots",
                        1640,
                        "all slots are idle",
                    )
                request(p, tt + sec(0.001), "10.0.1.5", 200, "GET", "/health")
                continue
            if kind == 2:
                tt = J(
                    p,
                    t + sec(0.002),
                    p.main,
                    "ERR",
                    "send_error",
                    1259,
                    "task error",
                    {
                        "id_multi": -1,
                        "id_task": tid,
                        "error": 'Either "json_schema" or "grammar" can be specified, but not both',
                    },
                )
                if idle(t):
                    tt = J(p, tt, p.main, "INFO", "update_slots", 1640, "all slots are idle")
                request(p, tt, "10.0.3.55", 400, "POST", "/v1/chat/completions")
                continue
            assert j is not None
            s, start = j["slot"], j["start"]
            ids = {"id_slot": s, "id_task": tid}
            tt = start
            if j["kind"] == "summ":
                tt = J(
                    p,
                    tt,
                    p.main,
                    "WARN",
                    "launch_slot_with_task",
                    940,
                    "Max tokens to predict exceeds server configuration",
                    {"params.n_predict": 2048, "slot.n_predict": 1024},
                )
            tt = J(
                p, tt, p.main, "INFO", "launch_slot_with_task", 1048, "slot is processing task", ids
            )
            p0 = j.get("cached", 0)
            if j.get("repeat"):
                tt = J(
                    p,
                    tt,
                    p.main,
                    "INFO",
                    "update_slots",
                    1876,
                    "we have to evaluate at least 1 token to generate logits",
                    ids,
                )
                p0 = j["n_prompt"] - 1
            J(
                p,
                tt,
                p.main,
                "INFO",
                "update_slots",
                1933,
                "kv cache rm [p0, end)",
                {**ids, "p0": p0},
            )
            n_prompt, n_gen = j["n_prompt"], j["n_gen"]
            cache = j.get("cache", False)
            end = j["end"]
            if j["fail"] is not None:
                if end not in told:
                    told[end] = kv_full(end, True)
                tt = J(
                    p,
                    told[end],
                    p.main,
                    "ERR",
                    "send_error",
                    1259,
                    "task error",
                    {
                        "id_multi": -1,
                        "id_task": tid,
                        "error": "Input prompt is too big compared to KV size. Please try increasing KV size.",
                    },
                )
                done = (end - start).total_seconds() * 1000
                n_past = n_prompt + max(0, int((done - j["prompt_ms"]) / j["gen_ms"] * n_gen))
                tt = J(
                    p,
                    tt,
                    p.main,
                    "INFO",
                    "update_slots",
                    1616,
                    "slot released",
                    {
                        **ids,
                        "n_ctx": LS_N_CTX,
                        "n_past": n_past,
                        "n_system_tokens": 0,
                        "n_cache_tokens": n_past if cache else 0,
                        "truncated": False,
                    },
                )
                if idle(end + sec(0.03)):
                    tt = J(p, tt, p.main, "INFO", "update_slots", 1640, "all slots are idle")
                request(p, tt, j["ip"], 500, "POST", j["path"])
                continue
            n_past = n_prompt + n_gen - 1
            truncated = False
            if n_past >= LS_N_CTX // LS_N_SLOTS - 1:
                n_keep, n_left = 1, LS_N_CTX // LS_N_SLOTS - 2
                n_discard = n_left // 2
                frac = (LS_N_CTX // LS_N_SLOTS - 1 - n_prompt) / n_gen
                ts = start + sec((j["prompt_ms"] + j["gen_ms"] * frac) / 1000)
                J(
                    p,
                    ts,
                    p.main,
                    "INFO",
                    "update_slots",
                    1662,
                    "slot context shift",
                    {
                        **ids,
                        "n_keep": n_keep,
                        "n_left": n_left,
                        "n_discard": n_discard,
                        "n_ctx": LS_N_CTX,
                        "n_past": LS_N_CTX // LS_N_SLOTS - 1,
                        "n_system_tokens": 0,
                        "n_cache_tokens": 0,
                    },
                )
                n_past -= n_discard
                truncated = True
            pm, gm, n_new = j["prompt_ms"], j["gen_ms"], j["n_new"]
            tt = J(
                p,
                end,
                p.main,
                "INFO",
                "print_timings",
                313,
                LS_PROMPT % (pm, n_new, pm / n_new, 1e3 / pm * n_new),
                {
                    **ids,
                    "t_prompt_processing": pm,
                    "n_prompt_tokens_processed": n_new,
                    "t_token": pm / n_new,
                    "n_tokens_second": 1e3 / pm * n_new,
                },
                label=LS_PROMPT,
            )
            tt = J(
                p,
                tt,
                p.main,
                "INFO",
                "print_timings",
                337,
                LS_GEN % (gm, n_gen, gm / n_gen, 1e3 / gm * n_gen),
                {
                    **ids,
                    "t_token_generation": gm,
                    "n_decoded": n_gen,
                    "t_token": gm / n_gen,
                    "n_tokens_second": 1e3 / gm * n_gen,
                },
                label=LS_GEN,
            )
            tt = J(
                p,
                tt,
                p.main,
                "INFO",
                "print_timings",
                350,
                LS_TOTAL % (pm + gm),
                {
                    **ids,
                    "t_prompt_processing": pm,
                    "t_token_generation": gm,
                    "t_total": round(pm + gm, 3),
                },
                label=LS_TOTAL,
            )
            tt = J(
                p,
                tt,
                p.main,
                "INFO",
                "update_slots",
                1616,
                "slot released",
                {
                    **ids,
                    "n_ctx": LS_N_CTX,
                    "n_past": n_past,
                    "n_system_tokens": 0,
                    "n_cache_tokens": n_past if cache else 0,
                    "truncated": truncated,
                },
            )
            if idle(end + sec(0.03)):
                tt = J(p, tt, p.main, "INFO", "update_slots", 1640, "all slots are idle")
            request(p, tt, j["ip"], 200, "POST", j["path"])
        for t in denied:
            tt = J(
                p, t, r.choice(p.http), "WARN", "operator()", 3131, "Unauthorized: Invalid API Key"
            )
            request(p, tt, "10.0.3.23", 401, "POST", "/v1/chat/completions")

    t0, t_end = at(6, 0), at(12, 0)

    # arrivals
    def chat_rate(t: datetime) -> float:
        h = (t - t0).total_seconds() / 3600
        return 0.22 + 0.06 * min(h, 4) + (0.0 if h < 4.5 else -0.05)

    chats = []
    for t in rate_poisson(r, t0, t_end, chat_rate):
        chats.append(
            {
                "t": t,
                "kind": "chat",
                "ip": r.choice(LS_CHAT_IPS),
                "path": "/v1/chat/completions",
                "n_prompt": r.randint(180, 2300),
                "n_gen": r.randint(40, 620),
            }
        )
    burst = [
        {
            "t": t,
            "kind": "chat",
            "ip": r.choice(LS_CHAT_IPS),
            "path": "/v1/chat/completions",
            "n_prompt": r.randint(2400, 3300),
            "n_gen": r.randint(300, 700),
        }
        for t in poisson(r, at(8, 10, 5), at(8, 16, 0), 14)
    ]
    summ = [
        {
            "t": t,
            "kind": "summ",
            "ip": "10.0.3.40",
            "path": "/completion",
            "n_prompt": r.randint(2700, 3900),
            "n_gen": 1024 if r.random() < 0.7 else r.randint(600, 1000),
        }
        for t in poisson(r, at(7, 20, 10), at(7, 35, 0), 75)
    ]
    code = []
    last: dict | None = None
    for t in poisson(r, at(6, 12), t_end, 420):
        if last is not None and r.random() < 0.25 and (t - last["t"]).total_seconds() < 900:
            j = dict(last)
            j.update(t=t, repeat=True, cached=last["n_prompt"] - 1, n_gen=r.randint(30, 300))
            j.pop("slot", None)
        else:
            n = r.randint(900, 2600)
            j = {
                "t": t,
                "kind": "code",
                "ip": "10.0.3.55",
                "path": "/v1/chat/completions",
                "n_prompt": n,
                "n_gen": r.randint(60, 400),
                "cache": True,
                "cached": r.choice([0, 0, r.randint(300, n - 100)]),
            }
        code.append(j)
        last = j
    health_a = [t + sec(r.uniform(0, 0.4)) for t in (t0 + sec(90 * i + 7) for i in range(240))]
    health_b = [t + sec(r.uniform(0, 0.4)) for t in (t0 + sec(90 * i + 52) for i in range(240))]

    a_stop, a_back = at(9, 10, 0), at(9, 14, 40)
    b_stop = at(10, 29, 30)
    jobs_a, jobs_b = [], []
    flip = 0
    for j in sorted(chats + burst, key=lambda x: x["t"]):
        if j in burst:
            jobs_b.append(j)
            continue
        flip ^= 1
        a_up = not (a_stop <= j["t"] < a_back + sec(20))
        b_up = not (b_stop <= j["t"] < b_stop + sec(20))
        if (flip and a_up) or not b_up:
            jobs_a.append(j)
        else:
            jobs_b.append(j)
    for j in code:
        (jobs_b if a_stop <= j["t"] < a_back + sec(20) else jobs_a).append(j)
    jobs_a += summ
    denied = [t for t in poisson(r, at(10, 31), at(10, 50), 60)]
    schema = [at(11, 5, 12.4), at(11, 5, 49.1), at(11, 6, 30.8)]
    kv_warn = [at(8, 11, 42.3), at(8, 12, 55.8), at(8, 14, 20.1), at(8, 15, 1.7)]
    kv_err = [at(8, 13, 31.6), at(8, 14, 48.2)]

    # gpu-a: up at 05:58, restarted at 09:10 with a mistyped model path, fixed at 09:14
    pa, ta = start("gpu-a", 1, at(5, 58, 12.3), LS_Q5)
    assert pa is not None
    serve(pa, ta, a_stop, jobs_a, health_a, [], schema, [], [])
    tf = a_stop + sec(2.6)
    for k in range(5):
        start("gpu-a", 2 + k, tf, LS_Q6_TYPO)
        tf += sec(6.1 + r.uniform(0, 0.2))
    pa2, ta2 = start("gpu-a", 7, a_back, LS_Q6)
    assert pa2 is not None
    serve(pa2, ta2, t_end, jobs_a, health_a, [], schema, [], [])
    # gpu-b: up at 05:58, restarted with an API key at 10:29
    pb, tb = start("gpu-b", 1, at(5, 58, 41.7), LS_Q5)
    assert pb is not None
    serve(pb, tb, b_stop, jobs_b, health_b, [], [], kv_warn, kv_err)
    pb2, tb2 = start("gpu-b", 2, b_stop + sec(3.2), LS_Q5, api_key="sk-llm-7d2e9a1c40f3")
    assert pb2 is not None
    serve(pb2, tb2, t_end, jobs_b, health_b, denied, [], [], [])
    return fs.logs(t0)


# ---------------------------------------------------------------------- text-generation-inference

TGI_MODEL = "mistralai/Mixtral-8x7B-Instruct-v0.1"
TGI_OOM = "CUDA out of memory. Tried to allocate %s. GPU %d has a total capacity of %s of which %s is free. Process %d has %s memory in use. Of the allocated memory %s is allocated by PyTorch, and %s is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)"
TGI_VALID = "`inputs` tokens + `max_new_tokens` must be <= %s. Given: %s `inputs` tokens and %s `max_new_tokens`"
TGI_ARGV = 'Error: ArgumentValidation("`max_input_tokens` must be < `max_total_tokens`")'
TGI_PY = "/opt/conda/lib/python3.10/site-packages"
TGI_DECODE_TB = [
    "Traceback (most recent call last):",
    '  File "/opt/conda/bin/text-generation-server", line 8, in <module>',
    "    sys.exit(app())",
    f'  File "{TGI_PY}/typer/main.py", line 311, in __call__',
    "    return get_command(self)(*args, **kwargs)",
    f'  File "{TGI_PY}/click/core.py", line 1157, in __call__',
    "    return self.main(*args, **kwargs)",
    f'  File "{TGI_PY}/typer/core.py", line 778, in main',
    "    return _main(",
    f'  File "{TGI_PY}/typer/core.py", line 216, in _main',
    "    rv = self.invoke(ctx)",
    f'  File "{TGI_PY}/click/core.py", line 1688, in invoke',
    "    return _process_result(sub_ctx.command.invoke(sub_ctx))",
    f'  File "{TGI_PY}/click/core.py", line 1434, in invoke',
    "    return ctx.invoke(self.callback, **ctx.params)",
    f'  File "{TGI_PY}/click/core.py", line 783, in invoke',
    "    return __callback(*args, **kwargs)",
    f'  File "{TGI_PY}/typer/main.py", line 683, in wrapper',
    "    return callback(**use_params)  # type: ignore",
    f'  File "{TGI_PY}/text_generation_server/cli.py", line 90, in serve',
    "    server.serve(",
    f'  File "{TGI_PY}/text_generation_server/server.py", line 253, in serve',
    "    asyncio.run(",
    '  File "/opt/conda/lib/python3.10/asyncio/runners.py", line 44, in run',
    "    return loop.run_until_complete(main)",
    '  File "/opt/conda/lib/python3.10/asyncio/base_events.py", line 636, in run_until_complete',
    "    self.run_forever()",
    '  File "/opt/conda/lib/python3.10/asyncio/base_events.py", line 603, in run_forever',
    "    self._run_once()",
    '  File "/opt/conda/lib/python3.10/asyncio/base_events.py", line 1909, in _run_once',
    "    handle._run()",
    '  File "/opt/conda/lib/python3.10/asyncio/events.py", line 80, in _run',
    "    self._context.run(self._callback, *self._args)",
    f'  File "{TGI_PY}/grpc_interceptor/server.py", line 165, in invoke_intercept_method',
    "    return await self.intercept(",
    f'> File "{TGI_PY}/text_generation_server/interceptor.py", line 21, in intercept',
    "    return await response",
    f'  File "{TGI_PY}/opentelemetry/instrumentation/grpc/_aio_server.py", line 82, in _unary_interceptor',
    "    raise error",
    f'  File "{TGI_PY}/opentelemetry/instrumentation/grpc/_aio_server.py", line 73, in _unary_interceptor',
    "    return await behavior(request_or_iterator, context)",
    f'  File "{TGI_PY}/text_generation_server/server.py", line 159, in Decode',
    "    generations, next_batch, timings = self.model.generate_token(batch)",
    '  File "/opt/conda/lib/python3.10/contextlib.py", line 79, in inner',
    "    return func(*args, **kwds)",
    f'  File "{TGI_PY}/text_generation_server/models/flash_causal_lm.py", line 1001, in generate_token',
    "    raise e",
    f'  File "{TGI_PY}/text_generation_server/models/flash_causal_lm.py", line 998, in generate_token',
    "    out, speculative_logits = self.forward(batch)",
    f'  File "{TGI_PY}/text_generation_server/models/flash_causal_lm.py", line 945, in forward',
    "    logits, speculative_logits = self.model.forward(",
    f'  File "{TGI_PY}/text_generation_server/models/custom_modeling/flash_mixtral_modeling.py", line 879, in forward',
    "    hidden_states = self.model(",
    f'  File "{TGI_PY}/torch/nn/modules/module.py", line 1532, in _wrapped_call_impl',
    "    return self._call_impl(*args, **kwargs)",
    f'  File "{TGI_PY}/torch/nn/modules/module.py", line 1541, in _call_impl',
    "    return forward_call(*args, **kwargs)",
    f'  File "{TGI_PY}/text_generation_server/models/custom_modeling/flash_mixtral_modeling.py", line 801, in forward',
    "    hidden_states, residual = layer(",
    f'  File "{TGI_PY}/text_generation_server/models/custom_modeling/flash_mixtral_modeling.py", line 724, in forward',
    "    moe_output = self.moe(normed_attn_res_output)",
    f'  File "{TGI_PY}/text_generation_server/models/custom_modeling/flash_mixtral_modeling.py", line 471, in forward',
    "    x = self.w2(x)",
]


def tgi_args(hostname: str, prefill: int, mem: float, max_input: int = 7168) -> list[str]:
    """The launcher's `{:#?}` of its Args (TGI 2.0.4)."""

    def some(v: str) -> list[str]:
        return ["Some(", f"        {v},", "    ),"]

    fields: list[tuple[str, list[str] | str]] = [
        ("model_id", f'"{TGI_MODEL}"'),
        ("revision", "None"),
        ("validation_workers", "2"),
        ("sharded", some("true")),
        ("num_shard", some("2")),
        ("quantize", "None"),
        ("speculate", "None"),
        ("dtype", "None"),
        ("trust_remote_code", "false"),
        ("max_concurrent_requests", "128"),
        ("max_best_of", "2"),
        ("max_stop_sequences", "4"),
        ("max_top_n_tokens", "5"),
        ("max_input_tokens", some(str(max_input))),
        ("max_input_length", "None"),
        ("max_total_tokens", some("8192")),
        ("waiting_served_ratio", "0.3"),
        ("max_batch_prefill_tokens", some(str(prefill))),
        ("max_batch_total_tokens", "None"),
        ("max_waiting_tokens", "20"),
        ("max_batch_size", "None"),
        ("cuda_graphs", "None"),
        ("hostname", f'"{hostname}"'),
        ("port", "80"),
        ("shard_uds_path", '"/tmp/text-generation-server"'),
        ("master_addr", '"localhost"'),
        ("master_port", "29500"),
        ("huggingface_hub_cache", some('"/data"')),
        ("weights_cache_override", "None"),
        ("disable_custom_kernels", "false"),
        ("cuda_memory_fraction", f"{mem}"),
        ("rope_scaling", "None"),
        ("rope_factor", "None"),
        ("json_output", "false"),
        ("otlp_endpoint", "None"),
        ("cors_allow_origin", "[]"),
        ("watermark_gamma", "None"),
        ("watermark_delta", "None"),
        ("ngrok", "false"),
        ("ngrok_authtoken", "None"),
        ("ngrok_edge", "None"),
        ("tokenizer_config_path", "None"),
        ("disable_grammar_support", "false"),
        ("env", "false"),
        ("max_client_batch_size", "4"),
    ]
    out = ["Args {"]
    for k, v in fields:
        if isinstance(v, list):
            out.append(f"    {k}: {v[0]}")
            out += v[1:]
        else:
            out.append(f"    {k}: {v},")
    return [*out, "}"]


def tgi_params(
    temperature: str,
    top_p: str,
    do_sample: bool,
    max_new: int,
    full: str,
    stop: str,
    details: bool,
    rep: str = "None",
) -> str:
    """Debug of the router's GenerateParameters, as the request span records it."""
    return (
        f"GenerateParameters {{ best_of: None, temperature: {temperature}, repetition_penalty: {rep}, "
        f"frequency_penalty: None, top_k: None, top_p: {top_p}, typical_p: None, do_sample: "
        f"{str(do_sample).lower()}, max_new_tokens: Some({max_new}), return_full_text: {full}, stop: "
        f"{stop}, truncate: None, watermark: false, details: {str(details).lower()}, "
        "decoder_input_details: false, seed: None, top_n_tokens: None, grammar: None }"
    )


def tgi(r: random.Random) -> list[Log]:
    """Two replicas of Text Generation Inference 2.0.4 (`docker logs` of tgi-0 and tgi-1, each
    Mixtral 8x7B Instruct over two shards on two A100s, launcher, router and shards in one
    stream), 06:00 to 12:00: chat (streamed and not) and a batch extraction job on /generate,
    long conversations refused by validation, CUDA OOM in Decode on tgi-1 08:20-08:32 under
    the batch job's long inputs (each shard's error with its traceback, the router client's
    `Server error`, every request of the batch failed), tgi-1 restarted at 08:35 with a smaller
    prefill budget, tgi-0 restarted at 10:40 with `--max-input-tokens 8192` (five starts refused
    by argument validation until 10:44)."""
    fs = Files()
    gens = {"tgi-0": 0, "tgi-1": 0}

    def ts(x: datetime) -> str:
        return f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z"

    def L(rep: str, t: datetime, level: str, head: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{rep}.log",
            t,
            label,
            lambda x: [f"{ts(x)} {level:>5} {head}{lines[0]}", *lines[1:]],
            (rep, gens[rep]),
            1,
        )

    def bare(rep: str, t: datetime, label: str, line: str) -> datetime:
        return fs.add(f"{rep}.log", t, label, lambda x: [line], (rep, gens[rep]), 1)

    LA = "text_generation_launcher: "
    RT = "text_generation_router: "

    def startup(rep: str, t: datetime, prefill: int, mem: float) -> datetime:
        gens[rep] += 1
        t = L(rep, t, "INFO", LA, "%s", tgi_args(rep, prefill, mem))
        t = L(
            rep,
            t + sec(0.00007),
            "INFO",
            LA,
            "Sharding model on %s processes",
            ["Sharding model on 2 processes"],
        )
        t = L(
            rep,
            t + sec(0.00012),
            "INFO",
            "download: " + LA,
            "Starting download process.",
            ["Starting download process."],
        )
        t = L(
            rep,
            t + sec(r.uniform(2.6, 3.6)),
            "INFO",
            LA,
            "Files are already present on the host. Skipping download.",
            ["Files are already present on the host. Skipping download."],
        )
        t = L(
            rep,
            t + sec(r.uniform(0.5, 0.8)),
            "INFO",
            "download: " + LA,
            "Successfully downloaded weights.",
            ["Successfully downloaded weights."],
        )
        t_shard = t + sec(0.0003)
        ready = []
        for rank in (0, 1):
            L(
                rep,
                t_shard + sec(0.00006 * rank),
                "INFO",
                "shard-manager: " + LA,
                "Starting shard",
                [f"Starting shard rank={rank}"],
            )
            ready.append(r.uniform(64, 92))
        for rank in (0, 1):
            w = 10.0
            while w < ready[rank]:
                L(
                    rep,
                    t_shard + sec(w + 0.0091 * (w // 10) + r.uniform(0, 0.002)),
                    "INFO",
                    "shard-manager: " + LA,
                    "Waiting for shard to be ready...",
                    [f"Waiting for shard to be ready... rank={rank}"],
                )
                w += 10
            tr = L(
                rep,
                t_shard + sec(ready[rank]),
                "INFO",
                LA,
                "Server started at %s",
                [f"Server started at unix:///tmp/text-generation-server-{rank}"],
            )
            L(
                rep,
                tr + sec(r.uniform(0.02, 0.09)),
                "INFO",
                "shard-manager: " + LA,
                "Shard ready in %s",
                [f"Shard ready in {rust_dur(ready[rank] + r.uniform(0.02, 0.09))} rank={rank}"],
            )
        t = t_shard + sec(max(ready) + r.uniform(0.1, 0.2))
        t = L(rep, t, "INFO", LA, "Starting Webserver", ["Starting Webserver"])
        t = L(
            rep,
            t + sec(r.uniform(0.3, 0.6)),
            "INFO",
            RT,
            "Using config %s",
            ["router/src/main.rs:289: Using config Some(Mixtral)"],
        )
        t = L(
            rep,
            t + sec(0.0056),
            "INFO",
            RT,
            "Warming up model",
            ["router/src/main.rs:317: Warming up model"],
        )
        for _rank in (0, 1):
            L(
                rep,
                t + sec(r.uniform(2.2, 3.4)),
                "INFO",
                LA,
                "Cuda Graphs are enabled for sizes %s",
                ["Cuda Graphs are enabled for sizes [1, 2, 4, 8, 16, 32]"],
            )
        t = L(
            rep,
            t + sec(r.uniform(9, 14)),
            "INFO",
            RT,
            "Setting max batch total tokens to %s",
            [
                f"router/src/main.rs:354: Setting max batch total tokens to {r.choice([412976, 413120, 412848]) if mem == 1.0 else 351232}"
            ],
        )
        t = L(
            rep, t + sec(0.000008), "INFO", RT, "Connected", ["router/src/main.rs:355: Connected"]
        )
        return L(
            rep,
            t + sec(0.000003),
            "WARN",
            RT,
            "Invalid hostname, defaulting to 0.0.0.0",
            ["router/src/main.rs:369: Invalid hostname, defaulting to 0.0.0.0"],
        )

    def shutdown(rep: str, t: datetime) -> datetime:
        for msg in ["Terminating webserver", "Waiting for webserver to gracefully shutdown"]:
            t = L(rep, t + sec(0.0001), "INFO", LA, msg, [msg])
        t = L(
            rep,
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            LA,
            "webserver terminated",
            ["webserver terminated"],
        )
        t = L(rep, t + sec(0.00002), "INFO", LA, "Shutting down shards", ["Shutting down shards"])
        for rank in (0, 1):
            tr = L(
                rep,
                t + sec(0.0002 * rank),
                "INFO",
                "shard-manager: " + LA,
                "Terminating shard",
                [f"Terminating shard rank={rank}"],
            )
            L(
                rep,
                tr + sec(0.00004),
                "INFO",
                "shard-manager: " + LA,
                "Waiting for shard to gracefully shutdown",
                [f"Waiting for shard to gracefully shutdown rank={rank}"],
            )
            L(
                rep,
                tr + sec(r.uniform(1.5, 3.5)),
                "INFO",
                "shard-manager: " + LA,
                "shard terminated",
                [f"shard terminated rank={rank}"],
            )
        return t + sec(4)

    def durs(n_tok: int, busy: float) -> tuple[float, float, float, float]:
        validation = r.uniform(0.0006, 0.0025)
        queue = r.uniform(0.00003, 0.0003) if r.random() < 0.7 else r.uniform(0.01, 0.4) * busy
        per = r.uniform(0.017, 0.024) * (1 + 0.25 * busy)
        inference = per * n_tok
        return validation, queue, inference, per

    CHAT = tgi_params("Some(0.7)", "Some(0.95)", True, 1024, "None", "[]", True)
    BATCH = tgi_params(
        "None", "None", False, 512, "Some(false)", '["</s>"]', False, rep="Some(1.05)"
    )

    def request_span(kind: str, params: str, timing: str) -> str:
        if kind == "generate":
            return f"generate{{parameters={params}{timing}}}"
        if kind == "chat":
            return f"chat_completions:generate{{parameters={params}{timing}}}"
        return f"chat_completions{{{timing.strip()}}}"

    def success(rep: str, t: datetime, kind: str, busy: float) -> datetime:
        if kind == "generate":
            n_tok = r.randint(40, 512)
            params, seed = BATCH, "None"
        else:
            n_tok = r.randint(30, 900)
            params, seed = CHAT, f"Some({r.randrange(10**18, 2**63)})"
        v, q, i, per = durs(n_tok, busy)
        total = v + q + i + r.uniform(0.00001, 0.00006)
        timing = (
            f' total_time="{rust_dur(total)}" validation_time="{rust_dur(v)}" queue_time="{rust_dur(q)}"'
            f' inference_time="{rust_dur(i)}" time_per_token="{rust_dur(per)}" seed="{seed}"'
        )
        where = "router/src/server.rs:511" if kind == "stream" else "router/src/server.rs:322"
        return L(
            rep,
            t + sec(total),
            "INFO",
            request_span(kind, params, timing) + ": ",
            "Success",
            [f"text_generation_router::server: {where}: Success"],
        )

    def invalid(rep: str, t: datetime, kind: str) -> datetime:
        n_in = r.randint(7170, 8150)
        span = (
            f"chat_completions:generate{{parameters={CHAT}}}:generate:generate_stream: "
            if kind == "chat"
            else "chat_completions:async_stream:generate_stream: "
        )
        return L(
            rep,
            t + sec(r.uniform(0.001, 0.004)),
            "ERROR",
            span,
            TGI_VALID,
            [
                f"text_generation_router::infer: router/src/infer.rs:123: {TGI_VALID % (8192, n_in, 1024)}"
            ],
        )

    def oom_text(rank: int) -> str:
        alloc = r.choice(["1.75 GiB", "896.00 MiB", "1.31 GiB", "2.62 GiB"])
        free = (
            f"{r.uniform(0.4, 1.6):.2f} GiB"
            if r.random() < 0.6
            else f"{r.uniform(200, 900):.2f} MiB"
        )
        used = r.uniform(77.4, 78.6)
        alloc_pt = used - r.uniform(2.0, 5.5)
        return TGI_OOM % (
            alloc,
            rank,
            "79.15 GiB",
            free,
            [2211, 2212][rank],
            f"{used:.2f} GiB",
            f"{alloc_pt:.2f} GiB",
            f"{used - alloc_pt - r.uniform(0.4, 0.9):.2f} GiB",
        )

    def oom(rep: str, t: datetime, batch: list[tuple[str, datetime]]) -> datetime:
        texts = [oom_text(0), oom_text(1)]
        tt = t
        for rank in (0, 1):
            tt = L(
                rep,
                t + sec(r.uniform(0.001, 0.02)),
                "ERROR",
                LA,
                "Method %s encountered an error.",
                [
                    "Method Decode encountered an error.",
                    *TGI_DECODE_TB,
                    "torch.cuda.OutOfMemoryError: " + texts[rank],
                ],
            )
        n = len(batch)
        for rank in (0, 1):
            tt = L(
                rep,
                tt + sec(r.uniform(0.0005, 0.002)),
                "ERROR",
                f"batch{{batch_size={n}}}:decode:decode{{size={n}}}:decode{{size={n}}}: ",
                "Server error: " + TGI_OOM,
                [
                    f"text_generation_client: router/client/src/lib.rs:33: Server error: {texts[rank]}"
                ],
            )
        for kind, _ in batch:
            if kind == "generate":
                span = f"generate{{parameters={BATCH}}}:generate:generate_stream:infer:send_error: "
            elif kind == "chat":
                span = f"chat_completions:generate{{parameters={CHAT}}}:generate:generate_stream:infer:send_error: "
            else:
                span = "chat_completions:async_stream:generate_stream:infer:send_error: "
            tt = L(
                rep,
                tt + sec(r.uniform(0.00002, 0.0001)),
                "ERROR",
                span,
                "Request failed during generation: Server error: " + TGI_OOM,
                [
                    f"text_generation_router::infer: router/src/infer.rs:866: Request failed during generation: Server error: {texts[0]}"
                ],
            )
        return tt

    t0, t_end = at(6, 0), at(12, 0)

    def traffic(
        rep: str, a: datetime, b: datetime, ooms: tuple[datetime, datetime] | None = None
    ) -> None:
        def chat_rate(t: datetime) -> float:
            h = (t - t0).total_seconds() / 3600
            return 1.3 + 0.2 * min(h, 4)

        def batch_rate(t: datetime) -> float:
            return 2.6 if t.minute < 6 or 30 <= t.minute < 36 else 0.75

        reqs = [
            (t, r.choice(["stream", "stream", "chat"])) for t in rate_poisson(r, a, b, chat_rate)
        ]
        reqs += [(t, "generate") for t in rate_poisson(r, a, b, batch_rate)]
        if ooms:
            # the extraction job's long documents
            reqs += [(t, "generate") for t in poisson(r, ooms[0], ooms[1], 16)]
        reqs.sort()
        oom_at: list[datetime] = []
        if ooms:
            oom_at = [ooms[0] + sec(40)]
            while oom_at[-1] < ooms[1]:
                oom_at.append(oom_at[-1] + sec(r.uniform(45, 95)))
        pending: list[tuple[str, datetime]] = []
        for t, kind in reqs:
            if oom_at and oom_at[0] <= t:
                if pending:
                    oom(rep, oom_at[0], pending)
                pending = []
                oom_at.pop(0)
            if ooms and ooms[0] <= t < ooms[1] and (kind == "generate" or r.random() < 0.35):
                pending.append((kind, t))
                continue
            if kind != "generate" and r.random() < 0.012:
                invalid(rep, t, kind)
                continue
            busy = 1.0 if (t.minute < 6 or 30 <= t.minute < 36) else 0.3
            success(rep, t, kind, busy)

    # tgi-0: up before 06:00, restarted at 10:40 with max-input-tokens 8192 (refused), fixed at 10:44
    t = startup("tgi-0", at(5, 57, 48.2153), 8192, 1.0)
    r0 = at(10, 40, 11.5)
    traffic("tgi-0", t, r0)
    shutdown("tgi-0", r0)
    tf = r0 + sec(5.2)
    for backoff in [0, 1.1, 2.2, 4.3, 8.6]:
        tf += sec(backoff + r.uniform(0.3, 0.6))
        gens["tgi-0"] += 1
        tf = L("tgi-0", tf, "INFO", LA, "%s", tgi_args("tgi-0", 8192, 1.0, max_input=8192))
        tf = bare("tgi-0", tf + sec(0.00004), TGI_ARGV, TGI_ARGV)
    t = startup("tgi-0", at(10, 44, 31.0802), 8192, 1.0)
    traffic("tgi-0", t, t_end)
    # tgi-1: CUDA OOM under the batch job's long inputs 08:20-08:32, restarted at 08:35
    t = startup("tgi-1", at(5, 58, 3.9411), 8192, 1.0)
    r1 = at(8, 35, 20.7)
    traffic("tgi-1", t, r1, ooms=(at(8, 20), at(8, 32)))
    shutdown("tgi-1", r1)
    t = startup("tgi-1", r1 + sec(6.4), 4096, 0.9)
    traffic("tgi-1", t, t_end)
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- wandb

WB_HOME = "/home/mlops/ft"
WB_FILES = [
    "output.log",
    "config.yaml",
    "wandb-summary.json",
    "requirements.txt",
    "wandb-metadata.json",
]
WB_MONITORS = ["cpu", "disk", "gpu", "memory", "network"]
WB_RETRY_TB = [
    "Traceback (most recent call last):",
    '  File "/home/mlops/.venv/lib/python3.11/site-packages/urllib3/connection.py", line 198, in _new_conn',
    "    sock = connection.create_connection(",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/home/mlops/.venv/lib/python3.11/site-packages/urllib3/util/connection.py", line 60, in create_connection',
    "    for res in socket.getaddrinfo(host, port, family, socket.SOCK_STREAM):",
    "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/lib/python3.11/socket.py", line 962, in getaddrinfo',
    "    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):",
    "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    "socket.gaierror: [Errno -3] Temporary failure in name resolution",
    "",
    "The above exception was the direct cause of the following exception:",
    "",
    "Traceback (most recent call last):",
    '  File "/home/mlops/.venv/lib/python3.11/site-packages/wandb/sdk/lib/retry.py", line 131, in __call__',
    "    result = self._call_fn(*args, **kwargs)",
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/home/mlops/.venv/lib/python3.11/site-packages/wandb/sdk/internal/internal_api.py", line 369, in execute',
    "    return self.client.execute(*args, **kwargs)  # type: ignore",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/home/mlops/.venv/lib/python3.11/site-packages/wandb/vendor/gql-0.2.0/wandb_gql/client.py", line 52, in execute',
    "    result = self._get_result(document, *args, **kwargs)",
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/home/mlops/.venv/lib/python3.11/site-packages/wandb/vendor/gql-0.2.0/wandb_gql/transport/requests.py", line 38, in send',
    "    request = self.session.post(self.url, **post_args)",
    "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/home/mlops/.venv/lib/python3.11/site-packages/requests/adapters.py", line 519, in send',
    "    raise ConnectionError(e, request=request)",
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.wandb.ai', port=443): Max retries exceeded with url: /graphql (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f3b2c1d5e10>: Failed to resolve 'api.wandb.ai' ([Errno -3] Temporary failure in name resolution)\"))",
]
WB_FS_RETRY = "requests_with_retry encountered retryable exception: HTTPSConnectionPool(host=%r, port=%d): Max retries exceeded with url: %s (Caused by NameResolutionError(\"%s: Failed to resolve '%s' ([Errno %d] Temporary failure in name resolution)\")). func: %s, args: %s, kwargs: %s"


class _WbRun:
    def __init__(self, r: random.Random, start: datetime, end: datetime, code: int) -> None:
        self.id = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
        self.start, self.end, self.code = start, end, code
        self.pid = r.randint(20000, 99999)
        self.dir = f"{WB_HOME}/wandb/run-{start:%Y%m%d_%H%M%S}-{self.id}"
        self.file = f"run-{start:%Y%m%d_%H%M%S}-{self.id}-debug-internal.log"


def wandb(r: random.Random) -> list[Log]:
    """Four fine-tuning runs on one GPU workstation (ml-ws-03), each with its own
    debug-internal.log (wandb 0.17.0, the Python internal process), 06:00 to 12:00: the run's
    start-up (the internal server, the run record, the system monitor and system info, the
    metadata and requirements files), its steady traffic (status_report every 5 s, stop_status
    and internal_messages every 15 s, stats every 30 s, a logged step every minute, output.log
    changing), and its finish (the exit record, the defer state machine, the monitors joined,
    the directory scanned and the files uploaded, the handler and sender shut down); run 2 loses
    api.wandb.ai's DNS 07:38-07:44 (the sender blocked in a GraphQL retry, the file stream
    retrying), run 3 dies of CUDA OOM after six minutes (exit code 1)."""
    fs = Files()

    def W(
        run: _WbRun, t: datetime, level: str, thread: str, where: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            run.file,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level:<7} {thread:<10}:{run.pid} [{where}] {lines[0]}",
                *lines[1:],
            ],
            run.file,
            1000,
        )

    HR = ("HandlerThread", "handler.py:handle_request():146")
    SD = ("SenderThread", "sender.py:send():379")
    SR = ("SenderThread", "sender.py:send_request():406")

    def hreq(run: _WbRun, t: datetime, what: str) -> datetime:
        return W(run, t, "DEBUG", *HR, "handle_request: %s", [f"handle_request: {what}"])

    def send(run: _WbRun, t: datetime, what: str) -> datetime:
        return W(run, t, "DEBUG", *SD, "send: %s", [f"send: {what}"])

    def sreq(run: _WbRun, t: datetime, what: str) -> datetime:
        return W(run, t, "DEBUG", *SR, "send_request: %s", [f"send_request: {what}"])

    def info(
        run: _WbRun, t: datetime, thread: str, where: str, label: str, msg: str, level: str = "INFO"
    ) -> datetime:
        return W(run, t, level, thread, where, label, [msg])

    def d(x: float) -> timedelta:
        return sec(x * r.uniform(0.7, 1.3))

    def startup(run: _WbRun) -> datetime:
        t = run.start
        t = info(
            run,
            t,
            "StreamThr",
            "internal.py:wandb_internal():85",
            "W&B internal server running at pid: %s, started at: %s",
            f"W&B internal server running at pid: {run.pid}, started at: {t:%Y-%m-%d %H:%M:%S.%f}",
        )
        t = hreq(run, t + d(0.002), "status")
        t = info(
            run,
            t + d(0.004),
            "WriterThread",
            "datastore.py:open_for_write():87",
            "open: %s",
            f"open: {run.dir}/run-{run.id}.wandb",
        )
        t = send(run, t + d(0.001), "header")
        t = send(run, t + d(0.0005), "run")
        t = info(
            run,
            t + d(0.58),
            "SenderThread",
            "dir_watcher.py:__init__():211",
            "watching files in: %s",
            f"watching files in: {run.dir}/files",
        )
        t = info(
            run,
            t + d(0.0003),
            "SenderThread",
            "sender.py:_start_run_threads():1188",
            "run started: %s with start time %s",
            f"run started: {run.id} with start time {run.start.timestamp() - r.uniform(0.5, 0.9):.6f}",
        )
        t = hreq(run, t + d(0.004), "check_version")
        t = sreq(run, t + d(0.0004), "check_version")
        t = hreq(run, t + d(0.11), "run_start")
        t = info(
            run,
            t + d(0.004),
            "HandlerThread",
            "system_info.py:__init__():26",
            "System info init",
            "System info init",
            "DEBUG",
        )
        t = info(
            run,
            t + d(0.0002),
            "HandlerThread",
            "system_info.py:__init__():41",
            "System info init done",
            "System info init done",
            "DEBUG",
        )
        t = info(
            run,
            t + d(0.0002),
            "HandlerThread",
            "system_monitor.py:start():194",
            "Starting system monitor",
            "Starting system monitor",
        )
        tm = info(
            run,
            t + d(0.0002),
            "SystemMonitor",
            "system_monitor.py:_start():158",
            "Starting system asset monitoring threads",
            "Starting system asset monitoring threads",
        )
        t = info(
            run,
            t + d(0.0004),
            "HandlerThread",
            "system_monitor.py:probe():214",
            "Collecting system info",
            "Collecting system info",
        )
        for m in WB_MONITORS:
            tm = info(
                run,
                tm + d(0.0006),
                "SystemMonitor",
                "interfaces.py:start():188",
                "Started %s monitoring",
                f"Started {m} monitoring",
            )
        t = info(
            run,
            max(t, tm) + d(0.04),
            "HandlerThread",
            "system_info.py:probe():152",
            "Probing system",
            "Probing system",
            "DEBUG",
        )
        t = info(
            run,
            t + d(0.002),
            "HandlerThread",
            "system_info.py:_probe_git():137",
            "Probing git",
            "Probing git",
            "DEBUG",
        )
        t = info(
            run,
            t + d(0.008),
            "HandlerThread",
            "system_info.py:_probe_git():145",
            "Probing git done",
            "Probing git done",
            "DEBUG",
        )
        t = info(
            run,
            t + d(0.001),
            "HandlerThread",
            "system_info.py:probe():200",
            "Probing system done",
            "Probing system done",
            "DEBUG",
        )
        meta = (
            "{'os': 'Linux-5.15.0-107-generic-x86_64-with-glibc2.35', 'python': '3.11.9', "
            f"'heartbeatAt': '{t:%Y-%m-%dT%H:%M:%S.%f}', 'startedAt': '{run.start - sec(0.8):%Y-%m-%dT%H:%M:%S.%f}', "
            "'docker': None, 'cuda': None, 'args': ('--config', 'configs/"
            + run.cfg
            + "'), 'state': 'running', "  # type: ignore[attr-defined]
            f"'program': '{WB_HOME}/train.py', 'codePathLocal': 'train.py', 'codePath': 'train.py', "
            f"'git': {{'remote': 'git@github.com:acme-ml/ft.git', 'commit': '{run.commit}'}}, 'email': None, "  # type: ignore[attr-defined]
            f"'root': '{WB_HOME}', 'host': 'ml-ws-03', 'username': 'mlops', 'executable': '/home/mlops/.venv/bin/python', "
            "'cpu_count': 16, 'cpu_count_logical': 32, 'cpu_freq': {'current': 3417.281, 'min': 1500.0, 'max': 5881.0}, "
            "'disk': {'/': {'total': 1862.5, 'used': "
            + f"{r.uniform(1010, 1040):.4f}"
            + "}}, 'gpu': 'NVIDIA RTX 6000 Ada Generation', "
            "'gpu_count': 2, 'gpu_devices': [{'name': 'NVIDIA RTX 6000 Ada Generation', 'memory_total': 51527024640}, "
            "{'name': 'NVIDIA RTX 6000 Ada Generation', 'memory_total': 51527024640}], 'memory': {'total': 251.5}}"
        )
        t = info(
            run, t + d(0.001), "HandlerThread", "system_monitor.py:probe():223", "%s", meta, "DEBUG"
        )
        t = info(
            run,
            t + d(0.0001),
            "HandlerThread",
            "system_monitor.py:probe():224",
            "Finished collecting system info",
            "Finished collecting system info",
        )
        t = info(
            run,
            t + d(0.0001),
            "HandlerThread",
            "system_monitor.py:probe():227",
            "Publishing system info",
            "Publishing system info",
        )
        t = info(
            run,
            t + d(0.002),
            "HandlerThread",
            "system_monitor.py:probe():229",
            "Finished publishing system info",
            "Finished publishing system info",
        )
        t = send(run, t + d(0.003), "files")
        t = info(
            run,
            t + d(0.0003),
            "SenderThread",
            "sender.py:_save_file():1447",
            "saving file %s with policy %s",
            "saving file wandb-metadata.json with policy now",
        )
        t = hreq(run, t + d(0.02), "python_packages")
        t = sreq(run, t + d(0.0003), "python_packages")
        t = info(
            run,
            t + d(0.003),
            "SenderThread",
            "sender.py:_save_file():1447",
            "saving file %s with policy %s",
            "saving file requirements.txt with policy now",
        )
        t = send(run, t + d(0.2), "telemetry")
        t = send(run, t + d(0.0004), "config")
        t = send(run, t + d(0.0004), "metric")
        t = send(run, t + d(0.0002), "telemetry")
        tw = t + d(0.5)
        for f in ["wandb-metadata.json", "requirements.txt", "output.log", "config.yaml"]:
            tw = info(
                run,
                tw + d(0.0003),
                "Thread-12",
                "dir_watcher.py:_on_file_created():271",
                "file/dir created: %s",
                f"file/dir created: {run.dir}/files/{f}",
            )
        tu = t + d(0.9)
        for k, f in enumerate(["wandb-metadata.json", "requirements.txt"]):
            tu = info(
                run,
                tu + d(0.15),
                f"wandb-upload_{k}",
                "upload_job.py:push():130",
                "Uploaded file %s",
                f"Uploaded file /tmp/tmp{hexid(r, 8)}wandb/{hexid(r, 8)}-{f}",
            )
        info(
            run,
            run.start + d(30),
            "SystemMonitor",
            "system_monitor.py:_start():172",
            "Starting system metrics aggregation loop",
            "Starting system metrics aggregation loop",
            "DEBUG",
        )
        return max(t, tw, tu)

    def steady(
        run: _WbRun, t: datetime, end: datetime, outage: tuple[datetime, datetime] | None
    ) -> None:
        tt = t + sec(r.uniform(1, 4))
        while tt < end:
            hreq(run, tt, "status_report")
            tt += sec(5 + r.uniform(-0.01, 0.01))
        sender_free = t
        tt = t + sec(r.uniform(2, 10))
        while tt < end:
            x = hreq(run, tt, "stop_status")
            x = hreq(run, x + d(0.0003), "internal_messages")
            if outage and outage[0] <= tt < outage[1]:
                sender_free = outage[1] + sec(r.uniform(1, 3))
            sreq(run, max(x + d(0.0005), sender_free), "stop_status")
            if max(x, sender_free) > x:
                sender_free += sec(0.002)
            tt += sec(15 + r.uniform(-0.02, 0.02))
        tt = t + sec(r.uniform(25, 30))
        while tt < end:
            ts_ = (
                tt
                if not (outage and outage[0] <= tt < outage[1])
                else outage[1] + sec(r.uniform(1, 3))
            )
            send(run, ts_, "stats")
            tt += sec(30 + r.uniform(-0.05, 0.05))
        tt = t + sec(r.uniform(40, 60))
        while tt < end:
            x = hreq(run, tt, "partial_history")
            xs = (
                x
                if not (outage and outage[0] <= x < outage[1])
                else outage[1] + sec(r.uniform(1, 3))
            )
            xs = send(run, xs + d(0.001), "history")
            send(run, xs + d(0.0005), "summary")
            tt += sec(r.uniform(57, 63))
        tt = t + sec(r.uniform(5, 15))
        while tt < end:
            info(
                run,
                tt,
                "Thread-12",
                "dir_watcher.py:_on_file_modified():288",
                "file/dir modified: %s",
                f"file/dir modified: {run.dir}/files/output.log",
            )
            tt += sec(r.uniform(25, 40))
        if outage:
            # the sender's first GraphQL call after the name went away
            first = outage[0] + sec(r.uniform(3, 10))
            W(
                run,
                first + sec(6.2),
                "INFO",
                "SenderThread",
                "retry.py:__call__():172",
                "Retry attempt failed:",
                ["Retry attempt failed:", *WB_RETRY_TB],
            )
            tf = outage[0] + sec(r.uniform(1, 4))
            delay = 2.0
            while tf < outage[1]:
                url = f"https://api.wandb.ai/files/acme-ml/llm-finetune/{run.id}/file_stream"
                info(
                    run,
                    tf,
                    "FileStreamThread",
                    "file_stream.py:request_with_retry():675",
                    WB_FS_RETRY,
                    "requests_with_retry encountered retryable exception: HTTPSConnectionPool(host='api.wandb.ai', port=443): Max retries exceeded with url: "
                    f'/files/acme-ml/llm-finetune/{run.id}/file_stream (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f3b{hexid(r, 8)}>: '
                    "Failed to resolve 'api.wandb.ai' ([Errno -3] Temporary failure in name resolution)\")). func: <bound method Session.post of "
                    f"<requests.sessions.Session object at 0x7f3b2c9a1f90>>, args: ('{url}',), kwargs: {{'json': {{'files': "
                    f"{{'wandb-events.jsonl': {{'offset': {r.randint(20, 60)}, 'content': ['{{\"system.cpu\": {r.uniform(8, 30):.2f}, \"system.gpu.0.gpu\": {r.uniform(88, 99):.2f}, \"_wandb\": true, \"_timestamp\": {tf.timestamp():.6f}, \"_runtime\": {(tf - run.start).total_seconds():.6f}}}\\n']}}}}, 'dropped': 0}}}}",
                    "WARNING",
                )
                delay = min(delay * 2, 64)
                tf += sec(delay + r.uniform(0, delay * 0.25))

    def finish(run: _WbRun, t: datetime) -> None:
        t = send(run, t, "exit")
        t = info(
            run,
            t + d(0.0003),
            "SenderThread",
            "sender.py:send_exit():586",
            "handling exit code: %s",
            f"handling exit code: {run.code}",
        )
        t = info(
            run,
            t + d(0.0001),
            "SenderThread",
            "sender.py:send_exit():588",
            "handling runtime: %s",
            f"handling runtime: {int((run.end - run.start).total_seconds())}",
        )
        t = info(
            run,
            t + d(0.001),
            "SenderThread",
            "sender.py:_save_file():1447",
            "saving file %s with policy %s",
            "saving file wandb-summary.json with policy end",
        )
        t = info(
            run,
            t + d(0.0002),
            "SenderThread",
            "sender.py:send_exit():594",
            "send defer",
            "send defer",
        )
        polls = 0
        for state in range(15):
            if state:
                t = hreq(run, t + d(0.0005), "defer")
            t = info(
                run,
                t + d(0.0002),
                "HandlerThread",
                "handler.py:handle_request_defer():172",
                "handle defer: %s",
                f"handle defer: {state}",
            )
            if state == 2:
                t = info(
                    run,
                    t + d(0.0003),
                    "HandlerThread",
                    "system_monitor.py:finish():203",
                    "Stopping system monitor",
                    "Stopping system monitor",
                )
                t = info(
                    run,
                    t + d(0.0002),
                    "SystemMonitor",
                    "system_monitor.py:_start():179",
                    "Finished system metrics aggregation loop",
                    "Finished system metrics aggregation loop",
                    "DEBUG",
                )
                t = info(
                    run,
                    t + d(0.0002),
                    "SystemMonitor",
                    "system_monitor.py:_start():183",
                    "Publishing last batch of metrics",
                    "Publishing last batch of metrics",
                    "DEBUG",
                )
                for m in WB_MONITORS:
                    t = info(
                        run,
                        t + d(0.004),
                        "HandlerThread",
                        "interfaces.py:finish():200",
                        "Joined %s monitor",
                        f"Joined {m} monitor",
                    )
                t = send(run, t + d(0.001), "stats")
            t = sreq(run, t + d(0.0003), "defer")
            t = info(
                run,
                t + d(0.0001),
                "SenderThread",
                "sender.py:send_request_defer():610",
                "handle sender defer: %s",
                f"handle sender defer: {state}",
            )
            if state == 5:
                t = send(run, t + d(0.0004), "summary")
            if state == 9:
                t = info(
                    run,
                    t + d(0.0002),
                    "SenderThread",
                    "dir_watcher.py:finish():358",
                    "shutting down directory watcher",
                    "shutting down directory watcher",
                )
                t = info(
                    run,
                    t + d(0.4),
                    "Thread-12",
                    "dir_watcher.py:_on_file_modified():288",
                    "file/dir modified: %s",
                    f"file/dir modified: {run.dir}/files/output.log",
                )
                t = info(
                    run,
                    t + d(0.3),
                    "SenderThread",
                    "dir_watcher.py:finish():388",
                    "scan: %s",
                    f"scan: {run.dir}/files",
                )
                for f in WB_FILES:
                    t = info(
                        run,
                        t + d(0.0003),
                        "SenderThread",
                        "dir_watcher.py:finish():402",
                        "scan save: %s %s",
                        f"scan save: {run.dir}/files/{f} {f}",
                    )
            if state == 10:
                t = info(
                    run,
                    t + d(0.0002),
                    "SenderThread",
                    "file_pusher.py:finish():169",
                    "shutting down file pusher",
                    "shutting down file pusher",
                )
            if state == 11:
                t = info(
                    run,
                    t + d(0.0002),
                    "SenderThread",
                    "file_pusher.py:join():175",
                    "waiting for file pusher",
                    "waiting for file pusher",
                )
                tu = t
                for k, f in enumerate(["output.log", "config.yaml", "wandb-summary.json"]):
                    tu = info(
                        run,
                        tu + d(0.25),
                        f"wandb-upload_{k + 2}",
                        "upload_job.py:push():130",
                        "Uploaded file %s",
                        f"Uploaded file {run.dir}/files/{f}",
                    )
                t = tu
            if state == 13:
                t = send(run, t + d(0.001), "final")
                t = send(run, t + d(0.0003), "footer")
            if state < 14:
                t = info(
                    run,
                    t + d(0.0001),
                    "SenderThread",
                    "sender.py:transition_state():614",
                    "send defer: %s",
                    f"send defer: {state + 1}",
                )
            while polls < 8 and r.random() < 0.5:
                polls += 1
                t = hreq(run, t + d(0.1), "poll_exit")
                t = sreq(run, t + d(0.0003), "poll_exit")
        for what in [
            "poll_exit",
            "server_info",
            "get_summary",
            "sampled_history",
            "internal_messages",
            "shutdown",
        ]:
            t = hreq(run, t + d(0.004), what)
            if what in ("poll_exit", "server_info"):
                t = sreq(run, t + d(0.0003), what)
        t = info(
            run,
            t + d(0.0002),
            "HandlerThread",
            "handler.py:finish():866",
            "shutting down handler",
            "shutting down handler",
        )
        t = info(
            run,
            t + d(0.0003),
            "WriterThread",
            "datastore.py:close():296",
            "close: %s",
            f"close: {run.dir}/run-{run.id}.wandb",
        )
        t = info(
            run,
            t + d(0.003),
            "SenderThread",
            "sender.py:finish():1546",
            "shutting down sender",
            "shutting down sender",
        )
        t = info(
            run,
            t + d(0.0002),
            "SenderThread",
            "file_pusher.py:finish():169",
            "shutting down file pusher",
            "shutting down file pusher",
        )
        info(
            run,
            t + d(0.0002),
            "SenderThread",
            "file_pusher.py:join():175",
            "waiting for file pusher",
            "waiting for file pusher",
        )

    t0 = at(6, 0)
    runs = [
        (at(6, 0, 12.404), at(6, 14, 31.9), 0, "qlora-r16.yaml", None),
        (at(7, 27, 48.117), at(7, 48, 2.6), 0, "qlora-r32.yaml", (at(7, 38, 20), at(7, 44, 10))),
        (at(9, 5, 3.882), at(9, 11, 17.3), 1, "qlora-r64-bs16.yaml", None),
        (at(10, 30, 40.25), at(10, 46, 5.1), 0, "qlora-r64-bs8.yaml", None),
    ]
    commit = hexid(r, 40)
    for start, end, code, cfg, outage in runs:
        run = _WbRun(r, start + sec(r.uniform(0, 0.0009)), end, code)
        run.cfg, run.commit = cfg, commit  # type: ignore[attr-defined]
        t = startup(run)
        steady(run, t, end, outage)
        finish(run, end + sec(r.uniform(0.2, 0.6)))
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- torchrun

TR_NODES = {"node01": "gpu-node-01", "node02": "gpu-node-02"}
TR_RUN_ID = "llama3-8b-c4-0605"
TR_SITE = "/usr/local/lib/python3.10/dist-packages"
TR_OMP = "\\n*****************************************\\nSetting OMP_NUM_THREADS environment variable for each process to be %s in default, to avoid your system being overloaded, please further tune the variable for optimal performance in your application as needed. \\n*****************************************"
TR_CONFIGS = "Starting elastic_operator with launch configs:\\n  entrypoint       : %(entrypoint)s\\n  min_nodes        : %(min_nodes)s\\n  max_nodes        : %(max_nodes)s\\n  nproc_per_node   : %(nproc_per_node)s\\n  run_id           : %(run_id)s\\n  rdzv_backend     : %(rdzv_backend)s\\n  rdzv_endpoint    : %(rdzv_endpoint)s\\n  rdzv_configs     : %(rdzv_configs)s\\n  max_restarts     : %(max_restarts)s\\n  monitor_interval : %(monitor_interval)s\\n  log_dir          : %(log_dir)s\\n  metrics_cfg      : %(metrics_cfg)s\\n"
TR_RDZV = "[%(role)s] Rendezvous complete for workers. Result:\\n  restart_count=%(restart_count)s\\n  master_addr=%(master_addr)s\\n  master_port=%(master_port)s\\n  group_rank=%(group_rank)s\\n  group_world_size=%(group_world_size)s\\n  local_ranks=%(local_ranks)s\\n  role_ranks=%(role_ranks)s\\n  global_ranks=%(global_ranks)s\\n  role_world_sizes=%(role_world_sizes)s\\n  global_world_sizes=%(global_world_sizes)s\\n"
TR_STEP = "step: %2d  loss: %7.4f  memory: %5.2fGiB(%.2f%%)  wps: %s  mfu: %.2f%%"
TR_WATCHDOG = "[Rank %s] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=%s, OpType=%s, NumelIn=%s, NumelOut=%s, Timeout(ms)=%s) ran for %s milliseconds before timing out."
TR_FRAMES_CHECK = [
    "frame #0: c10::Error::Error(c10::SourceLocation, std::string) + 0x57 (0x7f{a}897 in /usr/local/lib/python3.10/dist-packages/torch/lib/libc10.so)",
    "frame #1: c10d::ProcessGroupNCCL::WorkNCCL::checkTimeout(std::optional<std::chrono::duration<long, std::ratio<1l, 1000l> > >) + 0x1d2 (0x7f{b}c62 in /usr/local/lib/python3.10/dist-packages/torch/lib/libtorch_cuda.so)",
    "frame #2: c10d::ProcessGroupNCCL::watchdogHandler() + 0x1a0 (0x7f{b}a80 in /usr/local/lib/python3.10/dist-packages/torch/lib/libtorch_cuda.so)",
    "frame #3: c10d::ProcessGroupNCCL::ncclCommWatchdog() + 0x10c (0x7f{b}dcc in /usr/local/lib/python3.10/dist-packages/torch/lib/libtorch_cuda.so)",
    "frame #4: <unknown function> + 0xdc253 (0x7f{c}253 in /lib/x86_64-linux-gnu/libstdc++.so.6)",
    "frame #5: <unknown function> + 0x94ac3 (0x7f{d}ac3 in /lib/x86_64-linux-gnu/libc.so.6)",
    "frame #6: <unknown function> + 0x126850 (0x7f{e}850 in /lib/x86_64-linux-gnu/libc.so.6)",
]
TR_FRAMES_WATCHDOG = [
    "frame #0: c10::Error::Error(c10::SourceLocation, std::string) + 0x57 (0x7f{a}897 in /usr/local/lib/python3.10/dist-packages/torch/lib/libc10.so)",
    "frame #1: <unknown function> + 0xe32119 (0x7f{b}119 in /usr/local/lib/python3.10/dist-packages/torch/lib/libtorch_cuda.so)",
    "frame #2: <unknown function> + 0xdc253 (0x7f{c}253 in /lib/x86_64-linux-gnu/libstdc++.so.6)",
    "frame #3: <unknown function> + 0x94ac3 (0x7f{d}ac3 in /lib/x86_64-linux-gnu/libc.so.6)",
    "frame #4: <unknown function> + 0x126850 (0x7f{e}850 in /lib/x86_64-linux-gnu/libc.so.6)",
]
TR_OOM_TB = [
    "Traceback (most recent call last):",
    '  File "/workspace/torchtitan/train.py", line 434, in <module>',
    "    main(config)",
    f'  File "{TR_SITE}/torch/distributed/elastic/multiprocessing/errors/__init__.py", line 347, in wrapper',
    "    return f(*args, **kwargs)",
    '  File "/workspace/torchtitan/train.py", line 316, in main',
    "    loss.backward()",
    f'  File "{TR_SITE}/torch/_tensor.py", line 525, in backward',
    "    torch.autograd.backward(",
    f'  File "{TR_SITE}/torch/autograd/__init__.py", line 267, in backward',
    "    _engine_run_backward(",
    f'  File "{TR_SITE}/torch/autograd/graph.py", line 744, in _engine_run_backward',
    "    return Variable._execution_engine.run_backward(  # Calls into the C++ engine to run the backward pass",
    f'  File "{TR_SITE}/torch/utils/checkpoint.py", line 1100, in unpack_hook',
    "    frame.recompute_fn(*args)",
    f'  File "{TR_SITE}/torch/utils/checkpoint.py", line 1385, in recompute_fn',
    "    fn(*args, **kwargs)",
    f'  File "{TR_SITE}/torch/nn/modules/module.py", line 1532, in _wrapped_call_impl',
    "    return self._call_impl(*args, **kwargs)",
    f'  File "{TR_SITE}/torch/nn/modules/module.py", line 1541, in _call_impl',
    "    return forward_call(*args, **kwargs)",
    '  File "/workspace/torchtitan/torchtitan/models/llama/model.py", line 290, in forward',
    "    return self.w2(F.silu(self.w1(x)) * self.w3(x))",
    "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.75 GiB. GPU 0 has a total capacity of 79.11 GiB of which 1.12 GiB is free. Including non-PyTorch memory, this process has 77.98 GiB memory in use. Of the allocated memory 71.20 GiB is allocated by PyTorch, and 5.07 GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)",
]


def torchrun(r: random.Random) -> list[Log]:
    """A two-node torchtitan pretraining job (Llama 3 8B, FSDP over 16 H100s), each node's
    `torchrun --nnodes=2 --nproc-per-node=8 --rdzv-backend=c10d --max-restarts=3 --tee 3
    --role rank --local-ranks-filter 0` console (torch 2.3.1, LOGLEVEL=INFO), 06:00 to 12:00:
    the elastic agent's start-up (the OMP banner, the launch configs, the c10d rendezvous and its
    result, the workers' reply files), local rank 0's output under `[rank0]:` (torchtitan's
    start-up, checkpoint load, a step line every 20 steps, a checkpoint every 500), an
    InfiniBand link flap at 08:31 hanging an all-reduce until the NCCL watchdog fires at 08:41
    on every rank (SIGABRT, the group restarted from the last checkpoint), and a CUDA OOM on
    node02's rank 8 at 10:15 (its traceback, node02's group failed and restarted, node01's
    agent seeing the new rendezvous round)."""
    fs = Files()
    tid = {
        n: str(r.randrange(139_800_000, 140_300_000) * 1_000_000 + r.randrange(4096) * 64)
        for n in TR_NODES
    }
    attempt = {n: 0 for n in TR_NODES}
    remaining = {n: 3 for n in TR_NODES}
    t0, t_end = at(6, 0), at(12, 0)

    def G(node: str, t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        lines = msg.split("\n")

        def text(x: datetime) -> list[str]:
            pre = f"{lvl}{x:%m%d %H:%M:%S}.{x.microsecond // 1000:03d}000 {tid[node]} {where}]"
            return [f"{pre} {line}" for line in lines]

        return fs.add(f"{node}-torchrun.log", t, label, text, (node, "agent"), 1000)

    def Wk(node: str, t: datetime, label: str, msg: str, level: str = "INFO") -> datetime:
        return fs.add(
            f"{node}-torchrun.log",
            t,
            label,
            lambda x: [
                f"[rank0]:{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} - root - {level} - {msg}"
            ],
            (node, "rank0", attempt[node]),
            1000,
        )

    def raw(node: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{node}-torchrun.log",
            t,
            label,
            lambda x: [f"[rank0]:{line}" for line in lines],
            (node, "rank0", attempt[node]),
            1000,
        )

    API = "torch/distributed/elastic/agent/server/api.py"
    LOCAL = "torch/distributed/elastic/agent/server/local_elastic_agent.py"
    MP = "torch/distributed/elastic/multiprocessing/api.py"
    DYN = "torch/distributed/elastic/rendezvous/dynamic_rendezvous.py"
    tmpdir = {n: f"/tmp/torchelastic_{hexid(r, 8)}/{TR_RUN_ID}_{hexid(r, 8)}" for n in TR_NODES}
    node_desc = {n: f"{TR_NODES[n]}_{r.randint(3000, 9000)}_0" for n in TR_NODES}
    master_port = {"v": r.randint(40000, 60000)}

    def rendezvous(node: str, t: datetime, rnd: int, rank: int) -> datetime:
        t = G(
            node,
            t,
            "I",
            f"{API}:677",
            "[%s] Rendezvous'ing worker group",
            "[default] Rendezvous'ing worker group",
        )
        t = G(
            node,
            t + sec(0.001),
            "I",
            f"{DYN}:1119",
            "The node '%s' attempts to join the next round of the rendezvous '%s'.",
            f"The node '{node_desc[node]}' attempts to join the next round of the rendezvous '{TR_RUN_ID}'.",
        )
        return t

    def joined(node: str, t: datetime, rnd: int, rank: int) -> datetime:
        if rank == 0:
            master_port["v"] = r.randint(40000, 60000)
        t = G(
            node,
            t,
            "I",
            f"{DYN}:1144",
            "The node '%s' has joined round %s of the rendezvous '%s' as rank %s in a world of size %s.",
            f"The node '{node_desc[node]}' has joined round {rnd} of the rendezvous '{TR_RUN_ID}' as rank {rank} in a world of size 2.",
        )
        base = 8 * rank
        t = G(
            node,
            t + sec(r.uniform(0.02, 0.2)),
            "I",
            f"{API}:525",
            TR_RDZV,
            "[default] Rendezvous complete for workers. Result:\n"
            f"  restart_count={3 - remaining[node]}\n  master_addr={TR_NODES['node01']}\n  master_port={master_port['v']}\n"
            f"  group_rank={rank}\n  group_world_size=2\n  local_ranks={list(range(8))}\n"
            f"  role_ranks={list(range(base, base + 8))}\n  global_ranks={list(range(base, base + 8))}\n"
            f"  role_world_sizes={[16] * 8}\n  global_world_sizes={[16] * 8}\n",
        )
        t = G(
            node,
            t + sec(0.001),
            "I",
            f"{API}:685",
            "[%s] Starting worker group",
            "[default] Starting worker group",
        )
        t = G(
            node,
            t + sec(0.002),
            "I",
            f"{LOCAL}:226",
            "Environment variable '%s' not found. Do not start FileTimerServer.",
            "Environment variable 'TORCHELASTIC_ENABLE_FILE_TIMER' not found. Do not start FileTimerServer.",
        )
        for k in range(8):
            t = G(
                node,
                t + sec(0.0005),
                "I",
                f"{MP}:262",
                "Setting worker%s reply file to: %s",
                f"Setting worker{k} reply file to: {tmpdir[node]}/attempt_{attempt[node]}/{k}/error.json",
            )
        return t

    def boot(node: str, t: datetime) -> datetime:
        t = G(node, t, "W", "torch/distributed/run.py:757", TR_OMP, TR_OMP.replace("\\n", "\n") % 1)
        t = G(
            node,
            t + sec(0.002),
            "I",
            "torch/distributed/launcher/api.py:188",
            TR_CONFIGS,
            "Starting elastic_operator with launch configs:\n  entrypoint       : ./train.py\n  min_nodes        : 2\n"
            f"  max_nodes        : 2\n  nproc_per_node   : 8\n  run_id           : {TR_RUN_ID}\n  rdzv_backend     : c10d\n"
            f"  rdzv_endpoint    : {TR_NODES['node01']}:29400\n  rdzv_configs     : {{'timeout': 900}}\n  max_restarts     : 3\n"
            "  monitor_interval : 5\n  log_dir          : None\n  metrics_cfg      : {}\n",
        )
        t = G(
            node,
            t + sec(0.004),
            "I",
            f"{LOCAL}:145",
            "log directory set to: %s",
            f"log directory set to: {tmpdir[node]}",
        )
        return G(
            node,
            t + sec(0.0005),
            "I",
            f"{API}:845",
            "[%s] starting workers for entrypoint: %s",
            "[default] starting workers for entrypoint: python",
        )

    def loss(step: int) -> float:
        return 2.05 + 1.1 * (12000 / step) ** 1.3 * 0.42 + r.gauss(0, 0.035)

    def train(
        node: str, t: datetime, first: int, ck: int, stop: datetime, hang: datetime | None = None
    ) -> tuple[int, datetime]:
        """torchtitan's start-up on local rank 0, then steps until `stop` (or a hang); returns the
        last step reached and the time."""
        t = Wk(
            node,
            t + sec(r.uniform(4, 7)),
            "Starting job: %s",
            "Starting job: Llama 3 8B pretraining (c4, 16xH100)",
        )
        t = Wk(
            node,
            t + sec(r.uniform(0.5, 1.5)),
            "Building %s %s with %s",
            "Building llama3 8B with ModelArgs(dim=4096, n_layers=32, n_heads=32, n_kv_heads=8, vocab_size=128256, multiple_of=1024, ffn_dim_multiplier=1.3, norm_eps=1e-05, rope_theta=500000, max_batch_size=32, max_seq_len=8192, depth_init=True, norm_type='fused_rmsnorm')",
        )
        t = Wk(
            node,
            t + sec(r.uniform(2, 4)),
            "Model %s %s size: %s total parameters",
            "Model llama3 8B size: 8,030,261,248 total parameters",
        )
        t = Wk(
            node,
            t + sec(r.uniform(6, 10)),
            "Loading the checkpoint at step %s.",
            f"Loading the checkpoint at step {ck}.",
        )
        took = r.uniform(30, 48)
        t = Wk(
            node,
            t + sec(took),
            "Finished loading the checkpoint in %.2f seconds.",
            f"Finished loading the checkpoint in {took:.2f} seconds.",
        )
        t = Wk(
            node, t + sec(0.3), "Training starts at step %s", f"Training starts at step {ck + 1}"
        )
        step = ck
        while True:
            step += 1
            t += sec(r.gauss(1.1, 0.03) + (6 if step == ck + 1 else 0))
            if t >= stop or (hang and t >= hang):
                return step - 1, t
            if step == ck + 1 or step % 20 == 0:
                wps = r.gauss(7440, 60)
                mem = r.uniform(61.2, 61.6)
                Wk(
                    node,
                    t,
                    TR_STEP,
                    TR_STEP
                    % (
                        step,
                        loss(step),
                        mem,
                        mem / 79.11 * 100,
                        f"{round(wps):,}",
                        wps * 6 * 8.03e9 / 989e12 * 100,
                    ),
                )
            if step % 500 == 0:
                took = r.uniform(16, 26)
                t += sec(took)
                Wk(
                    node,
                    t,
                    "Finished saving the checkpoint (or staging if async is enabled)in %.2f seconds.",
                    f"Finished saving the checkpoint (or staging if async is enabled)in {took:.2f} seconds.",
                )

    def watchdog(node: str, t: datetime, rank: int, seq: int, ran: int) -> datetime:
        hexes = {k: hexid(r, 7) for k in "abcde"}
        wd = TR_WATCHDOG % (rank, seq, "_ALLGATHER_BASE", 131334144, 2101346304, 600000, ran)
        t = raw(node, t, TR_WATCHDOG, [f"[E ProcessGroupNCCL.cpp:563] {wd}"])
        t = raw(
            node,
            t + sec(0.0004),
            "[Rank %s] Some NCCL operations have failed or timed out. Due to the asynchronous nature of CUDA kernels, subsequent GPU operations might run on corrupted/incomplete data.",
            [
                f"[E ProcessGroupNCCL.cpp:1537] [Rank {rank}] Some NCCL operations have failed or timed out. Due to the asynchronous nature of CUDA kernels, subsequent GPU operations might run on corrupted/incomplete data."
            ],
        )
        t = raw(
            node,
            t + sec(0.0002),
            "[Rank %s] To avoid data inconsistency, we are taking the entire process down.",
            [
                f"[E ProcessGroupNCCL.cpp:1543] [Rank {rank}] To avoid data inconsistency, we are taking the entire process down."
            ],
        )
        check = [f.format(**hexes) for f in TR_FRAMES_CHECK]
        t = raw(
            node,
            t + sec(0.0003),
            "[PG %s Rank %s] Process group watchdog thread terminated with exception: "
            + TR_WATCHDOG,
            [
                f"[E ProcessGroupNCCL.cpp:1414] [PG 0 Rank {rank}] Process group watchdog thread terminated with exception: {wd}",
                "Exception raised from checkTimeout at ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:565 (most recent call first):",
                *check,
                "",
            ],
        )
        return raw(
            node,
            t + sec(0.0002),
            "terminate called after throwing an instance of '%s'",
            [
                "terminate called after throwing an instance of 'c10::DistBackendError'",
                f"  what():  [PG 0 Rank {rank}] Process group watchdog thread terminated with exception: {wd}",
                "Exception raised from checkTimeout at ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:565 (most recent call first):",
                *check,
                "",
                "Exception raised from ncclCommWatchdog at ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1418 (most recent call first):",
                *[f.format(**hexes) for f in TR_FRAMES_WATCHDOG],
                "",
            ],
        )

    def failed(
        node: str, t: datetime, local: int, code: int, alive: list[int], pids: dict[int, int]
    ) -> datetime:
        t = G(
            node,
            t,
            "E",
            f"{MP}:826",
            "failed (exitcode: %s) local_rank: %s (pid: %s) of binary: %s",
            f"failed (exitcode: {code}) local_rank: {local} (pid: {pids[local]}) of binary: /usr/bin/python3",
        )
        for k in alive:
            t = G(
                node,
                t + sec(0.0003),
                "W",
                f"{MP}:695",
                "Sending process %s closing signal %s",
                f"Sending process {pids[k]} closing signal SIGTERM",
            )
        t = G(
            node,
            t + sec(r.uniform(2.5, 5)),
            "I",
            f"{API}:868",
            "[%s] Worker group %s. %s/%s attempts left; will restart worker group",
            f"[default] Worker group FAILED. {remaining[node]}/3 attempts left; will restart worker group",
        )
        remaining[node] -= 1
        return G(
            node,
            t + sec(0.0005),
            "I",
            f"{API}:703",
            "[%s] Stopping worker group",
            "[default] Stopping worker group",
        )

    def pids_for() -> dict[int, int]:
        base = r.randint(20000, 60000)
        return dict(enumerate(sorted(r.sample(range(base, base + 40), 8))))

    # start-up: node01 first (the rendezvous endpoint), node02 a few seconds later
    ta = boot("node01", at(5, 59, 21.4))
    tb = boot("node02", at(5, 59, 26.9))
    ta = rendezvous("node01", ta + sec(0.003), 0, 0)
    tb = rendezvous("node02", tb + sec(0.003), 0, 1)
    tj = max(ta, tb) + sec(r.uniform(0.5, 1.2))
    ta = joined("node01", tj, 0, 0)
    tb = joined("node02", tj + sec(0.004), 0, 1)
    pid = {"node01": pids_for(), "node02": pids_for()}
    # the hang: an InfiniBand link flap at 08:31, the watchdog fires ten minutes later
    hang = at(8, 31, 2.5)
    ends: dict[str, tuple[int, datetime]] = {}
    for node, tt in (("node01", ta), ("node02", tb)):
        ends[node] = train(node, tt, 12001, 12000, t_end, hang=hang)
    last = ends["node01"][0]
    ck = last - last % 500
    fire = hang + sec(600.4)
    seq = 4 * (last - 12000) + 3 + r.randint(0, 3)
    for node, rank in (("node01", 0), ("node02", 8)):
        tw = watchdog(node, fire + sec(r.uniform(0, 0.3)), rank, seq, 600000 + r.randint(10, 90))
        dead = r.choice([3, 5, 6]) if node == "node01" else r.choice([1, 2, 4])
        alive = [k for k in range(8) if k != dead and r.random() < 0.4]
        failed(node, tw + sec(r.uniform(1, 4.5)), dead, -6, alive, pid[node])
    attempt["node01"] += 1
    attempt["node02"] += 1
    tr = fire + sec(9)
    ta = rendezvous("node01", tr + sec(r.uniform(0, 0.5)), 1, 0)
    tb = rendezvous("node02", tr + sec(r.uniform(0.5, 2.5)), 1, 1)
    tj = max(ta, tb) + sec(r.uniform(0.5, 1.2))
    ta = joined("node01", tj, 1, 0)
    tb = joined("node02", tj + sec(0.004), 1, 1)
    pid = {"node01": pids_for(), "node02": pids_for()}
    # the OOM on node02's local rank 0 (global rank 8) at 10:15
    oom = at(10, 15, 37.2)
    for node, tt in (("node01", ta), ("node02", tb)):
        ends[node] = train(node, tt, ck + 1, ck, oom)
    last = ends["node02"][0]
    ck = last - last % 500
    to = raw(
        "node02",
        oom,
        "Traceback (most recent call last):",
        [f"[rank8]: {line}" for line in TR_OOM_TB],
    )
    tf = failed("node02", to + sec(r.uniform(2, 4.5)), 0, 1, list(range(1, 8)), pid["node02"])
    td = G(
        "node01",
        tf + sec(r.uniform(1, 4)),
        "I",
        f"{API}:898",
        "[%s] Detected %s new nodes from group_rank=%s; will restart worker group",
        "[default] Detected 1 new nodes from group_rank=0; will restart worker group",
    )
    td = G(
        "node01",
        td + sec(0.0005),
        "I",
        f"{API}:703",
        "[%s] Stopping worker group",
        "[default] Stopping worker group",
    )
    for k in range(8):
        td = G(
            "node01",
            td + sec(0.0003),
            "W",
            f"{MP}:695",
            "Sending process %s closing signal %s",
            f"Sending process {pid['node01'][k]} closing signal SIGTERM",
        )
    attempt["node01"] += 1
    attempt["node02"] += 1
    tb = rendezvous("node02", tf + sec(0.5), 2, 1)
    ta = rendezvous("node01", td + sec(r.uniform(3, 6)), 2, 0)
    tj = max(ta, tb) + sec(r.uniform(0.5, 1.2))
    ta = joined("node01", tj, 2, 0)
    tb = joined("node02", tj + sec(0.004), 2, 1)
    for node, tt in (("node01", ta), ("node02", tb)):
        train(node, tt, ck + 1, ck, t_end)
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- scrapy

SC_VERSIONS = "lxml 5.2.2.0, libxml2 2.12.6, cssselect 1.2.0, parsel 1.9.1, w3lib 2.1.2, Twisted 24.3.0, Python 3.11.9 (main, May 14 2024, 08:23:52) [GCC 12.2.0], pyOpenSSL 24.1.0 (OpenSSL 3.2.2 4 Jun 2024), cryptography 42.0.8, Platform Linux-5.15.0-107-generic-x86_64-with-glibc2.36"
SC_EXTENSIONS = [
    "scrapy.extensions.corestats.CoreStats",
    "scrapy.extensions.memusage.MemoryUsage",
    "scrapy.extensions.logstats.LogStats",
    "scrapy.extensions.closespider.CloseSpider",
    "scrapy.extensions.throttle.AutoThrottle",
]
SC_DOWNLOADER = [
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware",
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware",
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware",
    "scrapy.downloadermiddlewares.downloadtimeout.DownloadTimeoutMiddleware",
    "scrapy.downloadermiddlewares.defaultheaders.DefaultHeadersMiddleware",
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware",
    "scrapy.downloadermiddlewares.retry.RetryMiddleware",
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware",
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware",
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware",
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
    "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware",
    "scrapy.downloadermiddlewares.stats.DownloaderStats",
]
SC_SPIDER_MW = [
    "scrapy.spidermiddlewares.httperror.HttpErrorMiddleware",
    "scrapy.spidermiddlewares.offsite.OffsiteMiddleware",
    "scrapy.spidermiddlewares.referer.RefererMiddleware",
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware",
    "scrapy.spidermiddlewares.depth.DepthMiddleware",
]
SC_PIPELINES = [
    "pricewatch.pipelines.PriceNormalizePipeline",
    "pricewatch.pipelines.PostgresPipeline",
]
SC_SITE = "/usr/local/lib/python3.11/site-packages"
SC_SPIDER_TB = [
    "Traceback (most recent call last):",
    f'  File "{SC_SITE}/scrapy/utils/defer.py", line 279, in iter_errback',
    "    yield next(it)",
    "          ^^^^^^^^",
    f'  File "{SC_SITE}/scrapy/utils/python.py", line 350, in __next__',
    "    return next(self.data)",
    "           ^^^^^^^^^^^^^^^",
    f'  File "{SC_SITE}/scrapy/utils/python.py", line 350, in __next__',
    "    return next(self.data)",
    "           ^^^^^^^^^^^^^^^",
    f'  File "{SC_SITE}/scrapy/core/spidermw.py", line 106, in process_sync',
    "    for r in iterable:",
    f'  File "{SC_SITE}/scrapy/spidermiddlewares/offsite.py", line 28, in <genexpr>',
    "    return (r for r in result or () if self._filter(r, spider))",
    "                       ^^^^^^^^^^^^",
    f'  File "{SC_SITE}/scrapy/core/spidermw.py", line 106, in process_sync',
    "    for r in iterable:",
    f'  File "{SC_SITE}/scrapy/spidermiddlewares/referer.py", line 352, in <genexpr>',
    "    return (self._set_referer(r, response) for r in result or ())",
    "                                                    ^^^^^^^^^^^^",
    f'  File "{SC_SITE}/scrapy/core/spidermw.py", line 106, in process_sync',
    "    for r in iterable:",
    f'  File "{SC_SITE}/scrapy/spidermiddlewares/urllength.py", line 27, in <genexpr>',
    "    return (r for r in result or () if self._filter(r, spider))",
    "                       ^^^^^^^^^^^^",
    f'  File "{SC_SITE}/scrapy/core/spidermw.py", line 106, in process_sync',
    "    for r in iterable:",
    f'  File "{SC_SITE}/scrapy/spidermiddlewares/depth.py", line 31, in <genexpr>',
    "    return (r for r in result or () if self._filter(r, response, spider))",
    "                       ^^^^^^^^^^^^",
    f'  File "{SC_SITE}/scrapy/core/spidermw.py", line 106, in process_sync',
    "    for r in iterable:",
    '  File "/tmp/pricewatch-r23-k2j8x1qe.egg/pricewatch/spiders/products.py", line 88, in parse_product',
    '    "price": Decimal(price_text.replace(",", ".").strip()),',
    "                     ^^^^^^^^^^^^^^^^^^",
    "AttributeError: 'NoneType' object has no attribute 'replace'",
]
SC_DNS_TB = [
    "Traceback (most recent call last):",
    f'  File "{SC_SITE}/twisted/internet/defer.py", line 1999, in _inlineCallbacks',
    "    result = context.run(",
    f'  File "{SC_SITE}/twisted/python/failure.py", line 519, in throwExceptionIntoGenerator',
    "    return g.throw(self.type, self.value, self.tb)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{SC_SITE}/scrapy/core/downloader/middleware.py", line 54, in process_request',
    "    return (yield download_func(request=request, spider=spider))",
    "            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{SC_SITE}/twisted/internet/defer.py", line 1078, in _runCallbacks',
    "    current.result = callback(  # type: ignore[misc]",
    f'  File "{SC_SITE}/twisted/internet/endpoints.py", line 1026, in startConnectionAttempts',
    "    raise error.DNSLookupError(",
    "twisted.internet.error.DNSLookupError: DNS lookup failed: no results for hostname lookup: api.reviews.example.net.",
]
SC_CATS = [
    "trail-running-shoes",
    "hiking-boots",
    "rain-jackets",
    "fleece",
    "backpacks",
    "tents",
    "sleeping-bags",
    "headlamps",
    "climbing-harnesses",
    "trekking-poles",
    "refurbished",
]
SC_BRANDS = ["Alpina", "Nordkamm", "Vetterli", "Karst", "Bergfink", "Ostwind", "Lumo", "Tessin"]
SC_WORDS = [
    "Trail",
    "Ridge",
    "Summit",
    "Glacier",
    "Pass",
    "Scree",
    "Alpen",
    "Fjell",
    "Tundra",
    "Cirrus",
    "Arete",
    "Moraine",
]
SC_KINDS = {
    "trail-running-shoes": "Runner GTX",
    "hiking-boots": "Mid Boot",
    "rain-jackets": "Shell Jacket",
    "fleece": "Grid Fleece",
    "backpacks": "Pack 32",
    "tents": "2P Tent",
    "sleeping-bags": "Down Bag -5",
    "headlamps": "Headlamp 450",
    "climbing-harnesses": "Harness",
    "trekking-poles": "Carbon Poles",
    "refurbished": "Refurb Shell",
}


class _ScJob:
    def __init__(self, r: random.Random, spider: str, start: datetime) -> None:
        self.spider, self.start = spider, start
        self.jobid = f"{hexid(r, 8)}{start:%H%M}11ef{hexid(r, 4)}0242ac120003"
        self.file = f"{spider}-{self.jobid}.log"
        self.pages = self.items = 0
        self.stats: dict[str, int] = {}
        self.levels = {"DEBUG": 0, "INFO": 0, "WARNING": 0, "ERROR": 0}

    def bump(self, key: str, n: int = 1) -> None:
        self.stats[key] = self.stats.get(key, 0) + n


def scrapy(r: random.Random) -> list[Log]:
    """Scrapy 2.11.2 crawl logs of one project (pricewatch) run by scrapyd, one file per job
    (`logs/pricewatch/<spider>/<jobid>.log`), 06:00 to 12:00: the products spider walking an
    outdoor shop's categories 06:00-10:04 (category pages, product pages and their items, 404s
    for removed products, old http links redirected, out-of-stock pages skipped by the spider's
    own warning, the shop's maintenance 07:30-07:42 answering 503 until the retries give up, and
    the refurbished category's pages without a price block raising AttributeError in
    parse_product), the reviews spider on the shop's review API 08:30-10:30 (429s 08:45-09:00,
    the API's name failing to resolve 10:05-10:08, cancelled through scrapyd at 10:30: SIGTERM,
    `Closing spider (shutdown)`), and the stores spider's two short runs at 06:30 and 10:45."""
    fs = Files()

    def S(
        job: _ScJob, t: datetime, logger: str, level: str, label: str, lines: list[str]
    ) -> datetime:
        job.levels[level] += 1
        return fs.add(
            job.file,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} [{logger}] {level}: {lines[0]}", *lines[1:]],
            job.file,
            1_000_000,
        )

    def pformat_list(items: list[str]) -> list[str]:
        return [
            ("[" if i == 0 else " ") + repr(x) + ("]" if i == len(items) - 1 else ",")
            for i, x in enumerate(items)
        ]

    def pformat_dict(d: dict) -> list[str]:
        keys = sorted(d)
        return [
            ("{" if i == 0 else " ") + f"{k!r}: {d[k]}" + ("}" if i == len(keys) - 1 else ",")
            for i, k in enumerate(keys)
        ]

    def open_spider(job: _ScJob, settings: dict) -> datetime:
        t = job.start
        t = S(
            job,
            t,
            "scrapy.utils.log",
            "INFO",
            "Scrapy %s started (bot: %s)",
            ["Scrapy 2.11.2 started (bot: pricewatch)"],
        )
        t = S(job, t, "scrapy.utils.log", "INFO", "Versions: %s", [f"Versions: {SC_VERSIONS}"])
        t = S(job, t, "scrapy.addons", "INFO", "Enabled addons:\\n%s", ["Enabled addons:", "[]"])
        t = S(job, t, "asyncio", "DEBUG", "Using selector: %s", ["Using selector: EpollSelector"])
        t = S(
            job,
            t,
            "scrapy.utils.log",
            "DEBUG",
            "Using reactor: %s.%s",
            ["Using reactor: twisted.internet.asyncioreactor.AsyncioSelectorReactor"],
        )
        t = S(
            job,
            t,
            "scrapy.utils.log",
            "DEBUG",
            "Using asyncio event loop: %s.%s",
            ["Using asyncio event loop: asyncio.unix_events._UnixSelectorEventLoop"],
        )
        t = S(
            job,
            t,
            "scrapy.middleware",
            "INFO",
            "Enabled extensions:\\n%s",
            ["Enabled extensions:", *pformat_list(SC_EXTENSIONS)],
        )
        t = S(
            job,
            t,
            "scrapy.crawler",
            "INFO",
            "Overridden settings:\\n%s",
            ["Overridden settings:", *pformat_dict(settings)],
        )
        t = S(
            job,
            t,
            "scrapy.middleware",
            "INFO",
            "Enabled downloader middlewares:\\n%s",
            ["Enabled downloader middlewares:", *pformat_list(SC_DOWNLOADER)],
        )
        t = S(
            job,
            t,
            "scrapy.middleware",
            "INFO",
            "Enabled spider middlewares:\\n%s",
            ["Enabled spider middlewares:", *pformat_list(SC_SPIDER_MW)],
        )
        t = S(
            job,
            t,
            "scrapy.middleware",
            "INFO",
            "Enabled item pipelines:\\n%s",
            ["Enabled item pipelines:", *pformat_list(SC_PIPELINES)],
        )
        t = S(job, t, "scrapy.core.engine", "INFO", "Spider opened", ["Spider opened"])
        return t

    def logstats(job: _ScJob, start: datetime, end: datetime) -> None:
        """LogStats every 60 s, counted from the job's own lines."""
        marks = sorted(job.crawled_at)  # type: ignore[attr-defined]
        items = sorted(job.scraped_at)  # type: ignore[attr-defined]
        t, pp, ii = start, 0, 0
        while t < end:
            p = sum(1 for x in marks if x <= t)
            i = sum(1 for x in items if x <= t)
            S(
                job,
                t,
                "scrapy.extensions.logstats",
                "INFO",
                "Crawled %d pages (at %d pages/min), scraped %d items (at %d items/min)",
                [
                    f"Crawled {p} pages (at {p - pp} pages/min), scraped {i} items (at {i - ii} items/min)"
                ],
            )
            pp, ii = p, i
            t += sec(60)

    def crawled(job: _ScJob, t: datetime, status: int, url: str, referer: str | None) -> datetime:
        job.crawled_at.append(t)  # type: ignore[attr-defined]
        job.bump("downloader/response_count")
        job.bump(f"downloader/response_status_count/{status}")
        ref = referer if referer else "None"
        return S(
            job,
            t,
            "scrapy.core.engine",
            "DEBUG",
            "Crawled (%s) %s%s (referer: %s)%s",
            [f"Crawled ({status}) <GET {url}> (referer: {ref})"],
        )

    def scraped(job: _ScJob, t: datetime, url: str, item: dict) -> datetime:
        job.scraped_at.append(t)  # type: ignore[attr-defined]
        job.bump("item_scraped_count")
        return S(
            job,
            t,
            "scrapy.core.scraper",
            "DEBUG",
            "Scraped from %s\\n%s",
            [f"Scraped from <200 {url}>", repr(item)],
        )

    def retry_chain(
        job: _ScJob,
        t: datetime,
        url: str,
        referer: str | None,
        reason: str,
        label_r: str,
        label_g: str,
        status: int | None,
    ) -> datetime:
        for n in (1, 2):
            t = S(
                job,
                t,
                "scrapy.downloadermiddlewares.retry",
                "DEBUG",
                label_r,
                [f"Retrying <GET {url}> (failed {n} times): {reason}"],
            )
            job.bump("retry/count")
            job.bump(
                f"retry/reason_count/{reason if status else 'twisted.internet.error.DNSLookupError'}"
            )
            t += sec(r.uniform(3, 9))
        t = S(
            job,
            t,
            "scrapy.downloadermiddlewares.retry",
            "ERROR",
            label_g,
            [f"Gave up retrying <GET {url}> (failed 3 times): {reason}"],
        )
        job.bump("retry/max_reached")
        if status is not None:
            t = crawled(job, t, status, url, referer)
            t = S(
                job,
                t,
                "scrapy.spidermiddlewares.httperror",
                "INFO",
                "Ignoring response %s: HTTP status code is not handled or not allowed",
                [
                    f"Ignoring response <{status} {url}>: HTTP status code is not handled or not allowed"
                ],
            )
            job.bump("httperror/response_ignored_count")
            job.bump(f"httperror/response_ignored_status_count/{status}")
        return t

    def close(job: _ScJob, t: datetime, reason: str) -> None:
        t = S(
            job,
            t,
            "scrapy.core.engine",
            "INFO",
            "Closing spider (%s)",
            [f"Closing spider ({reason})"],
        )
        elapsed = (t - job.start).total_seconds()
        st = dict(job.stats)
        st.update(
            {
                "downloader/request_count": st.get("downloader/response_count", 0)
                + st.get("retry/count", 0)
                + st.get("retry/max_reached", 0) * 0,
                "downloader/request_method_count/GET": st.get("downloader/response_count", 0)
                + st.get("retry/count", 0),
                "downloader/request_bytes": (
                    st.get("downloader/response_count", 0) + st.get("retry/count", 0)
                )
                * 412,
                "downloader/response_bytes": st.get("downloader/response_count", 0)
                * r.randint(38000, 52000),
                "elapsed_time_seconds": f"{elapsed:.6f}",
                "finish_reason": repr(reason),
                "finish_time": f"datetime.datetime({t.year}, {t.month}, {t.day}, {t.hour}, {t.minute}, {t.second}, {r.randint(0, 999999)}, tzinfo=datetime.timezone.utc)",
                "log_count/DEBUG": job.levels["DEBUG"] + 0,
                "log_count/ERROR": job.levels["ERROR"],
                "log_count/INFO": job.levels["INFO"] + 3,
                "log_count/WARNING": job.levels["WARNING"],
                "memusage/max": r.randint(180, 260) * 1048576,
                "memusage/startup": r.randint(70, 80) * 1048576,
                "response_received_count": st.get("downloader/response_count", 0),
                "robotstxt/request_count": 1,
                "robotstxt/response_count": 1,
                "robotstxt/response_status_count/200": 1,
                "scheduler/dequeued": st.get("downloader/response_count", 0)
                + st.get("retry/count", 0),
                "scheduler/dequeued/memory": st.get("downloader/response_count", 0)
                + st.get("retry/count", 0),
                "scheduler/enqueued": st.get("downloader/response_count", 0)
                + st.get("retry/count", 0)
                + (3 if reason == "shutdown" else 0),
                "scheduler/enqueued/memory": st.get("downloader/response_count", 0)
                + st.get("retry/count", 0)
                + (3 if reason == "shutdown" else 0),
                "start_time": f"datetime.datetime({job.start.year}, {job.start.month}, {job.start.day}, {job.start.hour}, {job.start.minute}, {job.start.second}, {r.randint(0, 999999)}, tzinfo=datetime.timezone.utc)",
            }
        )
        t = S(
            job,
            t + sec(1),
            "scrapy.statscollectors",
            "INFO",
            "Dumping Scrapy stats:\\n%s",
            ["Dumping Scrapy stats:", *pformat_dict(st)],
        )
        S(job, t, "scrapy.core.engine", "INFO", "Spider closed (%s)", [f"Spider closed ({reason})"])

    def settings_for(job: _ScJob, extra: dict) -> dict:
        base = {
            "AUTOTHROTTLE_ENABLED": "True",
            "BOT_NAME": "'pricewatch'",
            "CLOSESPIDER_ERRORCOUNT": "200",
            "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
            "FEED_EXPORT_ENCODING": "'utf-8'",
            "LOG_FILE": f"'logs/pricewatch/{job.spider}/{job.jobid}.log'",
            "NEWSPIDER_MODULE": "'pricewatch.spiders'",
            "REQUEST_FINGERPRINTER_IMPLEMENTATION": "'2.7'",
            "ROBOTSTXT_OBEY": "True",
            "SPIDER_MODULES": "['pricewatch.spiders']",
            "TELNETCONSOLE_ENABLED": "False",
            "TWISTED_REACTOR": "'twisted.internet.asyncioreactor.AsyncioSelectorReactor'",
            "USER_AGENT": "'pricewatch/1.4 (+https://pricewatch.example.com/bot)'",
        }
        base.update(extra)
        return base

    def new_job(spider: str, start: datetime) -> _ScJob:
        job = _ScJob(r, spider, start)
        job.crawled_at, job.scraped_at = [], []  # type: ignore[attr-defined]
        return job

    SHOP = "https://shop.example.com"

    # --- products: 06:00:03 to 10:04
    job = new_job("products", at(6, 0, 3.2))
    t = open_spider(job, settings_for(job, {"DOWNLOAD_DELAY": "20"}))
    t_open = t
    t = crawled(job, t + sec(0.8), 200, f"{SHOP}/robots.txt", None)
    sku = 480000
    seen_dup = seen_off = False
    end_crawl = at(10, 4, 0)
    t_next = t + sec(2)

    def gap() -> timedelta:
        return sec(r.uniform(10, 30))

    for cat in SC_CATS:
        if cat == "refurbished" and t_next < at(9, 40):
            t_next = at(9, 40, 11)
        pages = {"refurbished": 2}.get(cat, r.randint(2, 4))
        prev = None
        for page in range(1, pages + 1):
            curl = f"{SHOP}/c/{cat}" + (f"?page={page}" if page > 1 else "")
            t_next = crawled(job, t_next, 200, curl, prev or None) + gap()
            if not seen_dup and page == 2:
                seen_dup = True
                S(
                    job,
                    t_next,
                    "scrapy.dupefilters",
                    "DEBUG",
                    "Filtered duplicate request: %s - no more duplicates will be shown (see DUPEFILTER_DEBUG to show all duplicates)",
                    [
                        f"Filtered duplicate request: <GET {SHOP}/c/{cat}> - no more duplicates will be shown (see DUPEFILTER_DEBUG to show all duplicates)"
                    ],
                )
                job.bump("dupefilter/filtered", 14)
            if not seen_off and page == 1 and cat == "rain-jackets":
                seen_off = True
                for dom, path in [
                    ("www.instagram.com", "/outdoorshop_example/"),
                    ("cdn.shopassets.example.net", "/lookbook/2024-summer.pdf"),
                ]:
                    S(
                        job,
                        t_next,
                        "scrapy.spidermiddlewares.offsite",
                        "DEBUG",
                        "Filtered offsite request to %r: %s",
                        [f"Filtered offsite request to {dom!r}: <GET https://{dom}{path}>"],
                    )
                job.bump("offsite/domains", 2)
                job.bump("offsite/filtered", 9)
            for _ in range(24 if page < pages else r.randint(6, 20)):
                sku += r.randint(3, 140)
                name = f"{r.choice(SC_WORDS)} {SC_KINDS[cat]}"
                slug = name.lower().replace(" ", "-").replace("--", "-") + f"-{sku}"
                url = f"{SHOP}/p/{slug}"
                t = t_next
                t_next = t + gap()
                if t >= end_crawl:
                    break
                if at(7, 30, 20) <= t < at(7, 42, 5):
                    retry_chain(
                        job,
                        t,
                        url,
                        curl,
                        "503 Service Unavailable",
                        "Retrying %s (failed %d times): %s",
                        "Gave up retrying %s (failed %d times): %s",
                        503,
                    )
                    continue
                x = r.random()
                if x < 0.025:
                    t = crawled(job, t, 404, url, curl)
                    S(
                        job,
                        t,
                        "scrapy.spidermiddlewares.httperror",
                        "INFO",
                        "Ignoring response %s: HTTP status code is not handled or not allowed",
                        [
                            f"Ignoring response <404 {url}>: HTTP status code is not handled or not allowed"
                        ],
                    )
                    job.bump("httperror/response_ignored_count")
                    job.bump("httperror/response_ignored_status_count/404")
                    continue
                if x < 0.06:
                    t = S(
                        job,
                        t,
                        "scrapy.downloadermiddlewares.redirect",
                        "DEBUG",
                        "Redirecting (%s) to %s from %s",
                        [
                            f"Redirecting (301) to <GET {url}> from <GET {url.replace('https://', 'http://')}>"
                        ],
                    )
                    job.bump("downloader/response_status_count/301")
                t = crawled(job, t, 200, url, curl)
                if cat == "refurbished" and r.random() < 0.8:
                    S(
                        job,
                        t,
                        "scrapy.core.scraper",
                        "ERROR",
                        "Spider error processing %s (referer: %s)",
                        [f"Spider error processing <GET {url}> (referer: {curl})", *SC_SPIDER_TB],
                    )
                    job.bump("spider_exceptions/AttributeError")
                    continue
                if x > 0.93:
                    S(
                        job,
                        t,
                        "products",
                        "WARNING",
                        "Skipping %s: no price block (out of stock?)",
                        [f"Skipping {url}: no price block (out of stock?)"],
                    )
                    continue
                price = r.choice(
                    [29.95, 49.9, 79.0, 119.95, 149.0, 189.9, 229.0, 299.0, 349.95, 449.0]
                )
                item = {
                    "sku": str(sku),
                    "name": name,
                    "brand": r.choice(SC_BRANDS),
                    "category": cat,
                    "price": price,
                    "currency": "EUR",
                    "in_stock": True,
                    "url": url,
                    "scraped_at": f"{t:%Y-%m-%dT%H:%M:%S}+00:00",
                }
                scraped(job, t, url, item)
            prev = curl
    t_close = max(job.crawled_at) + sec(r.uniform(20, 26))  # type: ignore[attr-defined]
    logstats(job, t_open, t_close)
    close(job, t_close, "finished")

    # --- stores: two short runs
    for start in (at(6, 30, 2.7), at(10, 45, 1.9)):
        job = new_job("stores", start)
        t = open_spider(job, settings_for(job, {"DOWNLOAD_DELAY": "5"}))
        t_open = t
        t = crawled(job, t + sec(0.7), 200, f"{SHOP}/robots.txt", None)
        t = crawled(job, t + sec(5), 200, f"{SHOP}/stores", None)
        for country in ["de", "at", "ch", "it", "fr"]:
            curl = f"{SHOP}/stores?country={country}"
            t = crawled(job, t + sec(r.uniform(5, 8)), 200, curl, f"{SHOP}/stores")
            for _ in range(r.randint(3, 7)):
                sid = r.randint(100, 999)
                url = f"{SHOP}/stores/{country}-{sid}"
                t = crawled(job, t + sec(r.uniform(5, 8)), 200, url, curl)
                scraped(
                    job,
                    t,
                    url,
                    {
                        "store_id": f"{country}-{sid}",
                        "city": r.choice(
                            [
                                "Berlin",
                                "München",
                                "Wien",
                                "Zürich",
                                "Bern",
                                "Milano",
                                "Lyon",
                                "Graz",
                                "Basel",
                                "Torino",
                            ]
                        ),
                        "country": country.upper(),
                        "opening_hours": "Mo-Fr 09:30-19:00; Sa 09:30-18:00",
                        "phone": f"+{r.choice([49, 43, 41, 39, 33])} {r.randint(30, 99)} {r.randint(1000000, 9999999)}",
                    },
                )
        t_close = t + sec(r.uniform(2, 5))
        logstats(job, t_open, t_close)
        close(job, t_close, "finished")

    # --- reviews: 08:30 to 10:30, cancelled
    API = "https://api.reviews.example.net/v2"
    job = new_job("reviews", at(8, 30, 4.1))
    t = open_spider(
        job,
        settings_for(
            job, {"DOWNLOAD_DELAY": "25", "RETRY_HTTP_CODES": "[429, 500, 502, 503, 504]"}
        ),
    )
    t_open = t
    t = crawled(job, t + sec(0.9), 200, "https://api.reviews.example.net/robots.txt", None)
    cancel = at(10, 30, 12)
    t = t + sec(3)
    psku = 480000
    while t < cancel:
        psku += r.randint(20, 400)
        page = 1
        for page in range(1, r.choice([1, 1, 1, 2, 3]) + 1):
            url = f"{API}/products/{psku}/reviews?page={page}&per_page=50"
            if t >= cancel:
                break
            if at(8, 45) <= t < at(9, 0) and r.random() < 0.6:
                if r.random() < 0.3:
                    t = retry_chain(
                        job,
                        t,
                        url,
                        None,
                        "429 Too Many Requests",
                        "Retrying %s (failed %d times): %s",
                        "Gave up retrying %s (failed %d times): %s",
                        429,
                    )
                    t += sec(r.uniform(18, 34))
                    continue
                S(
                    job,
                    t,
                    "scrapy.downloadermiddlewares.retry",
                    "DEBUG",
                    "Retrying %s (failed %d times): %s",
                    [f"Retrying <GET {url}> (failed 1 times): 429 Too Many Requests"],
                )
                job.bump("retry/count")
                job.bump("retry/reason_count/429 Too Many Requests")
                t += sec(r.uniform(20, 30))
            if at(10, 5, 10) <= t < at(10, 8, 20):
                tt = retry_chain(
                    job,
                    t,
                    url,
                    None,
                    "DNS lookup failed: no results for hostname lookup: api.reviews.example.net.",
                    "Retrying %s (failed %d times): DNS lookup failed: no results for hostname lookup: %s.",
                    "Gave up retrying %s (failed %d times): DNS lookup failed: no results for hostname lookup: %s.",
                    None,
                )
                S(
                    job,
                    tt,
                    "scrapy.core.scraper",
                    "ERROR",
                    "Error downloading %s",
                    [f"Error downloading <GET {url}>", *SC_DNS_TB],
                )
                job.bump("downloader/exception_count", 3)
                job.bump("downloader/exception_type_count/twisted.internet.error.DNSLookupError", 3)
                t += sec(r.uniform(20, 30))
                continue
            t = crawled(
                job,
                t,
                200,
                url,
                None if page == 1 else url.replace(f"page={page}", f"page={page - 1}"),
            )
            n = r.randint(3, 120)
            scraped(
                job,
                t,
                url,
                {
                    "sku": str(psku),
                    "page": page,
                    "reviews": min(50, n),
                    "avg_rating": round(r.uniform(3.1, 4.9), 2),
                    "latest": f"2024-0{r.randint(4, 6)}-{r.randint(10, 28)}",
                },
            )
            t += sec(r.uniform(18, 34))
    S(
        job,
        cancel,
        "scrapy.crawler",
        "INFO",
        "Received %s, shutting down gracefully. Send again to force ",
        ["Received SIGTERM, shutting down gracefully. Send again to force "],
    )
    tc = cancel + sec(1)
    logstats(job, t_open, tc)
    close(job, tc + sec(r.uniform(5, 12)), "shutdown")
    return fs.logs(at(6, 0))


SYSTEMS = {
    "llama-server": llama_server,
    "text-generation-inference": tgi,
    "wandb": wandb,
    "torchrun": torchrun,
    "scrapy": scrapy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
