#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 138 (pytorch-lightning, bentoml, label-studio, comfyui,
sglang) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file: BentoML and SGLang write whole seconds). Five
programs of a machine-learning team's stack, 06:00 to 12:00 on 2024-06-07; the versions' sources
(Lightning 2.1.4, BentoML 1.1.11, Label Studio 1.12.1, SGLang 0.3.5) were read from their PyPI
packages, ComfyUI's and ComfyUI-Manager's from public copies of mid-2024.

- PyTorch Lightning 2.1 under lightning-hydra-template (`2024-06-07_06-00-41-train.log` and three
  more: each run's Hydra output dir holds a `train.log`, Hydra 1.3's job log
  `[%(asctime)s][%(name)s][%(levelname)s] - %(message)s`, which all four SLURM tasks of the run
  (srun, DDP on four A100s) append to): a ViT-B/16 on ImageNet; the template's start-up
  (`Instantiating datamodule <%s>`, `Instantiating callback <%s>` ... behind RankedLogger's
  `[rank: 0] `), Lightning's device lines, every rank's `Initializing distributed: GLOBAL_RANK: %d,
  MEMBER: %d/%d` and `LOCAL_RANK: %d - CUDA_VISIBLE_DEVICES: [%s]`, the DDP banner over five lines,
  `SLURM auto-requeueing enabled. Setting signal handlers.` from each rank, ModelSummary's table;
  the project's StepTextLogger every 25 steps (`epoch %d | global_step %d | loss %.4f | lr %.2e |
  %.1f img/s`), each epoch's EarlyStopping lines from all four ranks (`[rank: N] Metric %s improved
  by %.3f >= min_delta = %s. New best score: %.3f`) and ModelCheckpoint's `reached` / `was not in
  top`; run 1 dies at 07:12 on a DataLoader worker killed for memory (task_wrapper's
  `log.exception("")` with the chained traceback); run 2 resumes from last.ckpt and is preempted at
  09:40 (`Handling auto-requeue signal: 10`, `requeing job %s...`, `Requeued SLURM job: %s`, each
  rank's `Received SIGTERM: 15` and `Bypassing SIGTERM: 15`); the requeued run 3 finds no hpc
  checkpoint in its new output dir, resumes from the stale ckpt_path (epoch 4 again) and is
  cancelled at 10:21; run 4 resumes from run 2's hpc_ckpt_1.ckpt, stops early at 11:42
  (`Monitored metric %s did not improve in the last %d records. ...`) and tests the best
  checkpoint.
- BentoML 1.1 (`fraud-detection-6b7d9c8f5-h4jkz.log` and four more: each Kubernetes pod's output,
  `2024-06-07T06:00:57+0000 [INFO] [api_server:1] msg (trace=...,span=...,sampled=0,
  service.name=fraud_detection)`): an XGBoost fraud-scoring bento, a runner and two API workers
  per pod; start-up (`Service loaded from Bento directory: %s` from the CLI and each worker,
  `Environ for worker %d: set CPU thread count to %d`, the Prometheus and `Starting production %s
  BentoServer ...` lines), the access log of the API (`%s (scheme=%s,method=%s,path=%s,type=%s,
  length=%s) (status=%s,type=%s,length=%s) %.3fms`) and of the runner (address `_`); the 08:10
  rollout's pod crash-looping ten times on a model tag its image does not hold (`Error:
  [bentoml-cli] `serve` failed: Model '%s' is not found in BentoML store %s, ...`, click's line
  with no time); the 08:40 rollout's runner max_latency of 100 ms (each runner's `BentoML has
  detected that a service has a max latency that is likely too low ...`) and the 10:05-10:25
  peak shed as 503 (`Exception on %s [%s]` with `ServiceUnavailable: Service Busy`); a new
  merchant category breaking the feature encoding 07:40-07:58 (KeyError, 500); a partner's
  payloads without an amount (BadInput with pydantic's message, 400); the user code's `unknown
  country code %r for card %s, using 'ZZ'`; the 07:00 batch rescoring job (`/is_fraud_batch`,
  `/predict_proba_batch`); a port scan's `Invalid HTTP request received.` at 09:12.
- Label Studio 1.12 (`label-studio.log`: `label-studio start --log-level INFO`, Django 3.2's
  development server, SQLite, its output appended: `[2024-06-07 06:00:31,105]
  [django.server::log_message::161] [INFO] "GET /health/ HTTP/1.1" 200 16`; every record of the
  `django` loggers written twice, by their own console handler and the root's): the settings'
  `=> ...` lines and runserver's banner (no time) at start and at the 10:44 restart; a load
  balancer's `/health/` each minute; three annotators' next task, presigned image redirect and
  annotation; a reviewer in the data manager (the YOLOv8 ML backend asked for the page's
  predictions: `ML backend responds with success: %s`); a dashboard polling a deleted project
  (`Not Found: %s`, 404); an S3 sync at 09:14 holding SQLite's write lock (`%s database is
  locked` from custom_exception_handler with its traceback, `Internal Server Error: %s`, 500s);
  the ML backend's /predict failing 10:18-10:34 (`Prediction not created for project %s: ...`);
  an annotator's 14-day session expiring (`Request is too far from last login %.0f > %s; logout`).
- ComfyUI (`comfyui.prev.log`, `comfyui.log`: ComfyUI-Manager 2.37's copy of stdout and stderr,
  every write that starts a line prefixed `[2024-06-07 06:03:04.526] `, the very first not; the
  Manager rotates the file at each start): an internal image tool's API prompts on an RTX 4090
  (`got prompt`; the sampler's tqdm bar as the file holds it, its 100% and its closing refresh
  each after a carriage return on one timed line; `Prompt executed in %.2f seconds`), checkpoint and LoRA switches reloading the models (`model_type
  EPS`, `Using pytorch attention in VAE` twice, `clip missing: %s`, `Requested to load %s`,
  `Loading %d new model%s`), the start-up block twice (ComfyUI updated and restarted at 09:05),
  the tool's new preset naming a LoRA that is not installed (07:20: `Failed to validate prompt for
  output %s:`, `* %s %s:`, `  - Value not in list: ...`, `Output will be ignored`, `invalid
  prompt: {...}`, each its own call), an SD 1.5 LoRA tried on SDXL (10:12: 216 `lora key not
  loaded: %s` twice), a 2x upscale running out of memory (11:05: `!!! Exception during
  processing!!! Allocation on device ` and the traceback, a second call).
- SGLang 0.3.5 (`sglang-llama-8b.log`, `sglang-qwen-72b.log`: `python -m sglang.launch_server`
  under systemd, output appended; the main process's `[2024-06-07 06:00:02] msg`, the schedulers'
  `[2024-06-07 06:00:06 TP0] msg`, uvicorn's lines after SGLang's `[date] ` and its own `INFO:     `,
  vLLM's loader bar with no time): Llama 3.1 8B on an L4 (a KV cache of 37k tokens behind a 128k
  context) and Qwen2.5 72B over four H100s (`--tp 4 --context-length 32768`); start-up (`server_args=
  ServerArgs(...)`, each TP rank's `Init torch distributed begin.` to `max_total_num_tokens=...`,
  uvicorn, the warm-up, `The server is fired up and ready to roll!`), an assistant's chat
  completions (streamed ones logged as they start, the rest as they finish) with `Prefill batch.
  ...` and every 40th decode step's `Decode batch. ...`, a monitor's `/health` every five minutes;
  on the L4 a summarisation job 08:30-08:52 with long documents (chunked prefill, `Request length
  is longer than the KV cache pool size or the max context length. Truncated!!!`, `Decode out of
  memory happened. ...`, a queue) and at 11:00 a restart with a smaller --chunked-prefill-size
  (`SIGTERM received. signum=None frame=None. ...`, `Gracefully exiting... remaining number of
  requests %d`); on the H100s prompts over the context (400), an NCCL hang at 09:41 ended by each
  rank's `Watchdog timeout (self.watchdog_timeout=600)` at 09:51, and the restart.

Label notes. The heads are context: Hydra's time, logger and level (and the ` - ` after them),
BentoML's time, level, `[component]` and the trace suffix a filter appends, Label Studio's time,
`[logger::function::line]` and level, ComfyUI-Manager's time, SGLang's `[date]` / `[date TPn]` and
uvicorn's `INFO:     `. Prefixes a logger adds around the message are context: RankedLogger's and
Lightning's `[rank: N] ` (rank_prefixed_message). Request records are labelled by method, route and
status (BentoML's access log, Django's `"GET /x HTTP/1.1" 200 16` under django.server, uvicorn's),
a query's values and ids variables (`?id=%s&project=%s`). A multi-line message is labelled on its
first line with `\n` written out and its other lines continue it (the DDP banner, ModelSummary's
table, runserver's three-line banner, ComfyUI's `\nImport times for custom nodes:`); a traceback
attached to a record continues it; a record with an empty message and an exception is labelled by
its exception (`DataLoader worker (pid(s) %s) exited unexpectedly`), ComfyUI's second call
`logging.error(traceback.format_exc())` is `Traceback (most recent call last):`, and an empty
print() or logging.info("") is `""`. An error text inside a message contributes its format
(requests' `500 Server Error: %s for url: %s`, `database is locked`); model class names (`SDXL`,
`AutoencoderKL`), checkpoint paths, LoRA keys, tqdm's numbers and ServerArgs's repr are values.
Label Studio's duplicated records are two events with the same label.

Least sure (written from the helper's knowledge and the sources named above): ComfyUI's exact
start-up lines in mid-2024 (the Manager's `** ComfyUI Path` left out, whether logging records also
reach the file through the Manager's handler, the revision numbers), the execution.py line
numbers in its traceback and whether the OOM was caught with `Got an OOM` then; the
lightning-hydra-template file:line numbers of the traceback and whether all four tasks of a run
append to one train.log with the same Hydra run dir; BentoML's `Exception on` frames and which
content type aiohttp gives the runner's request; Label Studio's django.request line number
(224), the traceback frames of the locked annotation and the ML backend's setup reply; SGLang's
KV sizes on an L4 and the H100s, the uvicorn access line for a streamed response (logged at its
start), and the watchdog's line from all four ranks.
"""

from __future__ import annotations

import base64
import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, ms, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, tzinfo=UTC) + timedelta(seconds=s)


def pyframes(frames: list[tuple[str, int, str, str]]) -> list[str]:
    """A Python traceback's frame lines: (file, line, function, source line)."""
    out: list[str] = []
    for f, n, fn, src in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        if src:
            out.append(f"    {src}")
    return out


# --------------------------------------------------------------------------- pytorch-lightning

PL_OUT = "/scratch/mlee/vit-b16-in1k/runs"
PL_SRC = "/home/mlee/projects/vit-in1k"
PL_PY = "/home/mlee/miniconda3/envs/vit/lib/python3.10"
PL_SITE = PL_PY + "/site-packages"
PL_STEPS = 2503  # optimizer steps per epoch: 1,281,167 images over 4 GPUs x 128
PL_RANKS = 4
PL_CALLBACKS = [
    "lightning.pytorch.callbacks.ModelCheckpoint",
    "lightning.pytorch.callbacks.EarlyStopping",
    "lightning.pytorch.callbacks.ModelSummary",
    "lightning.pytorch.callbacks.LearningRateMonitor",
    "src.callbacks.text_logger.StepTextLogger",
]
PL_SUMMARY = [
    ("net", "VisionTransformer", "86.6 M"),
    ("criterion", "CrossEntropyLoss", "0"),
    ("train_acc", "MulticlassAccuracy", "0"),
    ("val_acc", "MulticlassAccuracy", "0"),
    ("test_acc", "MulticlassAccuracy", "0"),
    ("train_loss", "MeanMetric", "0"),
    ("val_loss", "MeanMetric", "0"),
    ("test_loss", "MeanMetric", "0"),
    ("val_acc_best", "MaxMetric", "0"),
]
# val/acc at the end of each epoch (the same epoch run twice gives nearly the same number)
PL_ACC = [
    0.3118,
    0.4684,
    0.5613,
    0.6221,
    0.6649,
    0.6952,
    0.7183,
    0.7361,
    0.7507,
    0.7628,
    0.7719,
    0.7791,
    0.7843,
    0.7881,
    0.7913,
    0.7899,
    0.7902,
    0.7894,
    0.7901,
]
PL_DASHES = "-" * 100
PL_DIST = f"{PL_DASHES}\\ndistributed_backend=%s\\nAll distributed processes registered. Starting with %d processes\\n{PL_DASHES}\\n"


def pl_summary_table() -> list[str]:
    """ModelSummary's table as lightning.pytorch's _format_summary_table writes it (after the
    message's leading newline)."""
    cols = [
        (" ", [str(i) for i in range(len(PL_SUMMARY))]),
        ("Name", [n for n, _, _ in PL_SUMMARY]),
        ("Type", [t for _, t, _ in PL_SUMMARY]),
        ("Params", [p for _, _, p in PL_SUMMARY]),
    ]
    widths = [max(len(c[0]), *(len(v) for v in c[1])) for c in cols]
    total = sum(widths) + 3 * (1 + len(cols))
    rows = [" | ".join(f"{c[0]:<{w}}" for c, w in zip(cols, widths, strict=True)), "-" * total]
    for i in range(len(PL_SUMMARY)):
        rows.append(" | ".join(f"{c[1][i]:<{w}}" for c, w in zip(cols, widths, strict=True)))
    rows.append("-" * total)
    rows += [
        f"{'86.6 M':<10}Trainable params",
        f"{'0':<10}Non-trainable params",
        f"{'86.6 M':<10}Total params",
        f"{'346.271':<10}Total estimated model params size (MB)",
    ]
    return rows


def pl_lr(step: int) -> float:
    """Linear warm-up over 5 epochs to 1e-3, then a cosine over 30 epochs."""
    warm = 5 * PL_STEPS
    if step < warm:
        return 1e-3 * (step + 1) / warm
    return 0.5e-3 * (1 + math.cos(math.pi * (step - warm) / (25 * PL_STEPS)))


def lightning(r: random.Random) -> list[Log]:
    """A ViT-B/16 ImageNet run from lightning-hydra-template on one SLURM node (srun, 4 tasks,
    4 A100s, DDP), each run's Hydra job log `train.log` written by all four ranks: run 1 dies at
    07:12 on a DataLoader worker killed for memory, run 2 resumes from last.ckpt and is
    preempted at 09:40 (SIGUSR1, hpc checkpoint, requeue, SIGTERM), the requeued run 3 resumes
    from the stale ckpt_path (its Hydra output dir holds no hpc checkpoint) and is cancelled at
    10:21, run 4 resumes from run 2's hpc checkpoint, stops early at 11:42 and tests."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)}"

    def L(
        f: str, t: datetime, rank: int, name: str, level: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{ts(x)}][{name}][{level}] - {lines[0]}", *lines[1:]],
            (f, rank),
            1000,
        )

    RZ = "lightning.pytorch.utilities.rank_zero"
    SIG = "lightning.pytorch.trainer.connectors.signal_connector"

    def start(f: str, t: datetime, resume: str | None) -> datetime:
        """The run's start-up, every rank; returns when training begins."""
        t = L(
            f,
            t,
            0,
            "src.utils.utils",
            "INFO",
            "Enforcing tags! <cfg.extras.enforce_tags=True>",
            ["[rank: 0] Enforcing tags! <cfg.extras.enforce_tags=True>"],
        )
        t = L(
            f,
            t + sec(0.004),
            0,
            "src.utils.utils",
            "INFO",
            "Printing config tree with Rich! <cfg.extras.print_config=True>",
            ["[rank: 0] Printing config tree with Rich! <cfg.extras.print_config=True>"],
        )
        t += sec(0.2)
        M = "__main__"
        t = L(
            f,
            t,
            0,
            M,
            "INFO",
            "Instantiating datamodule <%s>",
            [
                "[rank: 0] Instantiating datamodule <src.data.imagenet_datamodule.ImageNetDataModule>"
            ],
        )
        t = L(
            f,
            t + sec(0.011),
            0,
            M,
            "INFO",
            "Instantiating model <%s>",
            ["[rank: 0] Instantiating model <src.models.vit_module.ViTLitModule>"],
        )
        t = L(
            f,
            t + sec(r.uniform(1.1, 1.6)),
            0,
            M,
            "INFO",
            "Instantiating callbacks...",
            ["[rank: 0] Instantiating callbacks..."],
        )
        for cb in PL_CALLBACKS:
            t = L(
                f,
                t + sec(0.002),
                0,
                "src.utils.instantiators",
                "INFO",
                "Instantiating callback <%s>",
                [f"[rank: 0] Instantiating callback <{cb}>"],
            )
        t = L(
            f,
            t + sec(0.003),
            0,
            M,
            "INFO",
            "Instantiating loggers...",
            ["[rank: 0] Instantiating loggers..."],
        )
        t = L(
            f,
            t + sec(0.002),
            0,
            "src.utils.instantiators",
            "INFO",
            "Instantiating logger <%s>",
            ["[rank: 0] Instantiating logger <lightning.pytorch.loggers.wandb.WandbLogger>"],
        )
        t = L(
            f,
            t + sec(0.02),
            0,
            M,
            "INFO",
            "Instantiating trainer <%s>",
            ["[rank: 0] Instantiating trainer <lightning.pytorch.trainer.Trainer>"],
        )
        t = L(
            f,
            t + sec(0.03),
            0,
            RZ,
            "INFO",
            "Using %s Automatic Mixed Precision (AMP)",
            ["Using bfloat16 Automatic Mixed Precision (AMP)"],
        )
        t = L(
            f,
            t + sec(0.05),
            0,
            RZ,
            "INFO",
            "GPU available: %s%s, used: %s",
            ["GPU available: True (cuda), used: True"],
        )
        t = L(
            f,
            t + sec(0.001),
            0,
            RZ,
            "INFO",
            "TPU available: %s, using: %d TPU cores",
            ["TPU available: False, using: 0 TPU cores"],
        )
        t = L(
            f,
            t + sec(0.001),
            0,
            RZ,
            "INFO",
            "IPU available: %s, using: %d IPUs",
            ["IPU available: False, using: 0 IPUs"],
        )
        t = L(
            f,
            t + sec(0.001),
            0,
            RZ,
            "INFO",
            "HPU available: %s, using: %d HPUs",
            ["HPU available: False, using: 0 HPUs"],
        )
        t = L(
            f,
            t + sec(0.004),
            0,
            M,
            "INFO",
            "Logging hyperparameters!",
            ["[rank: 0] Logging hyperparameters!"],
        )
        t = L(
            f,
            t + sec(r.uniform(2.5, 4.0)),
            0,
            M,
            "INFO",
            "Starting training!",
            ["[rank: 0] Starting training!"],
        )
        t += sec(0.05)
        for rank in range(PL_RANKS):
            L(
                f,
                t + sec(0.01 * rank + r.uniform(0, 0.3)),
                rank,
                "lightning.fabric.utilities.distributed",
                "INFO",
                "Initializing distributed: GLOBAL_RANK: %d, MEMBER: %d/%d",
                [f"Initializing distributed: GLOBAL_RANK: {rank}, MEMBER: {rank + 1}/{PL_RANKS}"],
            )
        t = L(
            f,
            t + sec(r.uniform(0.8, 1.4)),
            0,
            RZ,
            "INFO",
            PL_DIST,
            [
                PL_DASHES,
                "distributed_backend=nccl",
                f"All distributed processes registered. Starting with {PL_RANKS} processes",
                PL_DASHES,
                "",
            ],
        )
        t += sec(r.uniform(1.5, 3.0))  # the datamodule's setup: the index files
        if resume:
            t = L(
                f,
                t,
                0,
                RZ,
                "INFO",
                "Restoring states from the checkpoint path at %s",
                [f"Restoring states from the checkpoint path at {resume}"],
            )
            t += sec(r.uniform(2.0, 3.5))
        for rank in range(PL_RANKS):
            L(
                f,
                t + sec(0.02 * rank + r.uniform(0, 0.05)),
                rank,
                "lightning.pytorch.accelerators.cuda",
                "INFO",
                "LOCAL_RANK: %d - CUDA_VISIBLE_DEVICES: [%s]",
                [f"LOCAL_RANK: {rank} - CUDA_VISIBLE_DEVICES: [0,1,2,3]"],
            )
        t += sec(0.3)
        if resume:
            t = L(
                f,
                t + sec(r.uniform(0.5, 1.2)),
                0,
                RZ,
                "INFO",
                "Restored all states from the checkpoint at %s",
                [f"Restored all states from the checkpoint at {resume}"],
            )
        for rank in range(PL_RANKS):
            L(
                f,
                t + sec(0.01 + 0.01 * rank + r.uniform(0, 0.02)),
                rank,
                SIG,
                "INFO",
                "SLURM auto-requeueing enabled. Setting signal handlers.",
                ["SLURM auto-requeueing enabled. Setting signal handlers."],
            )
        t += sec(0.1)
        t = L(
            f,
            t,
            0,
            "lightning.pytorch.callbacks.model_summary",
            "INFO",
            "\\n%s",
            ["", *pl_summary_table()],
        )
        return t + sec(r.uniform(9, 14))  # the sanity check's two batches

    def train(
        f: str,
        t: datetime,
        step: int,
        best: float,
        wait: int,
        until: datetime,
        stop_early: bool = False,
    ) -> tuple[datetime, int, float, int, bool]:
        """Optimizer steps from `step` to `until` (or early stopping), validating at each epoch's
        end; returns (time, step, best val/acc, epochs without improvement, stopped)."""
        outdir = f"{PL_OUT}/{f.removesuffix('-train.log')}"
        rate = r.uniform(3.05, 3.15)
        while t < until:
            dt = r.gauss(1 / rate, 0.012)
            t += sec(max(dt, 0.25))
            step += 1
            epoch = (step - 1) // PL_STEPS
            if step % 25 == 0:
                loss = 1.05 + 4.6 * math.exp(-step / 9000) + r.gauss(0, 0.07)
                ips = 512 / max(dt, 0.25) * r.uniform(0.98, 1.0)
                L(
                    f,
                    t,
                    0,
                    "src.callbacks.text_logger",
                    "INFO",
                    "epoch %d | global_step %d | loss %.4f | lr %.2e | %.1f img/s",
                    [
                        f"[rank: 0] epoch {epoch} | global_step {step} | loss {loss:.4f} | lr {pl_lr(step):.2e} | {ips:.1f} img/s"
                    ],
                )
            if step % PL_STEPS == 0:
                t += sec(r.uniform(62, 74))  # validation: 50,000 images
                acc = PL_ACC[epoch] + r.gauss(0, 0.0004)
                t += sec(0.02)
                improved = acc > best
                stopped = False
                for rank in range(PL_RANKS):
                    tr = t + sec(0.003 * rank + r.uniform(0, 0.004))
                    if improved and best > 0:
                        L(
                            f,
                            tr,
                            rank,
                            "lightning.pytorch.callbacks.early_stopping",
                            "INFO",
                            "Metric %s improved by %.3f >= min_delta = %s. New best score: %.3f",
                            [
                                f"[rank: {rank}] Metric val/acc improved by {acc - best:.3f} >= min_delta = 0.0. New best score: {acc:.3f}"
                            ],
                        )
                    elif improved:
                        L(
                            f,
                            tr,
                            rank,
                            "lightning.pytorch.callbacks.early_stopping",
                            "INFO",
                            "Metric %s improved. New best score: %.3f",
                            [f"[rank: {rank}] Metric val/acc improved. New best score: {acc:.3f}"],
                        )
                    elif stop_early and wait + 1 >= 3:
                        stopped = True
                        L(
                            f,
                            tr,
                            rank,
                            "lightning.pytorch.callbacks.early_stopping",
                            "INFO",
                            "Monitored metric %s did not improve in the last %d records. Best score: %.3f. Signaling Trainer to stop.",
                            [
                                f"[rank: {rank}] Monitored metric val/acc did not improve in the last {wait + 1} records. Best score: {best:.3f}. Signaling Trainer to stop."
                            ],
                        )
                t += sec(0.02)
                if improved:
                    best, wait = acc, 0
                    t = L(
                        f,
                        t,
                        0,
                        RZ,
                        "INFO",
                        "Epoch %d, global step %d: %r reached %0.5f (best %0.5f), saving model to %r as top %d",
                        [
                            f"Epoch {epoch:d}, global step {step:d}: 'val/acc' reached {acc:0.5f} (best {acc:0.5f}), saving model to '{outdir}/checkpoints/epoch_{epoch:03d}.ckpt' as top 1"
                        ],
                    )
                else:
                    wait += 1
                    t = L(
                        f,
                        t,
                        0,
                        RZ,
                        "INFO",
                        "Epoch %d, global step %d: %r was not in top %d",
                        [f"Epoch {epoch:d}, global step {step:d}: 'val/acc' was not in top 1"],
                    )
                t += sec(r.uniform(3.5, 6.0))  # last.ckpt and the next epoch's workers
                if stopped:
                    return t, step, best, wait, True
        return t, step, best, wait, False

    def sigterm(f: str, t: datetime) -> None:
        for rank in range(PL_RANKS):
            tr = L(
                f,
                t + sec(0.002 * rank + r.uniform(0, 0.003)),
                rank,
                SIG,
                "INFO",
                "Received SIGTERM: %s",
                [f"[rank: {rank}] Received SIGTERM: 15"],
            )
            L(
                f,
                tr + sec(0.0002),
                rank,
                SIG,
                "INFO",
                "Bypassing SIGTERM: %s",
                ["Bypassing SIGTERM: 15"],
            )

    def finish(f: str, t: datetime) -> datetime:
        outdir = f"{PL_OUT}/{f.removesuffix('-train.log')}"
        t = L(
            f,
            t,
            0,
            "src.utils.utils",
            "INFO",
            "Output dir: %s",
            [f"[rank: 0] Output dir: {outdir}"],
        )
        return L(
            f,
            t + sec(0.003),
            0,
            "src.utils.utils",
            "INFO",
            "Closing wandb!",
            ["[rank: 0] Closing wandb!"],
        )

    # run 1: job 4471823, a DataLoader worker killed at 07:12
    f1 = "2024-06-07_06-00-41-train.log"
    t = start(f1, at(6, 0, 41.352), None)
    t, step, best, _, _ = train(f1, t, 0, 0.0, 0, at(7, 12, 38))
    tb = [
        "Traceback (most recent call last):",
        *pyframes(
            [
                (
                    f"{PL_SITE}/torch/utils/data/dataloader.py",
                    1133,
                    "_try_get_data",
                    "data = self._data_queue.get(timeout=timeout)",
                ),
                (f"{PL_PY}/multiprocessing/queues.py", 113, "get", "if not self._poll(timeout):"),
                (
                    f"{PL_PY}/multiprocessing/connection.py",
                    257,
                    "poll",
                    "return self._poll(timeout)",
                ),
                (
                    f"{PL_PY}/multiprocessing/connection.py",
                    424,
                    "_poll",
                    "r = wait([self], timeout)",
                ),
                (
                    f"{PL_PY}/multiprocessing/connection.py",
                    931,
                    "wait",
                    "ready = selector.select(timeout)",
                ),
                (
                    f"{PL_PY}/selectors.py",
                    416,
                    "select",
                    "fd_event_list = self._selector.poll(timeout)",
                ),
                (
                    f"{PL_SITE}/torch/utils/data/_utils/signal_handling.py",
                    66,
                    "handler",
                    "_error_if_any_worker_fails()",
                ),
            ]
        ),
        "RuntimeError: DataLoader worker (pid 48211) is killed by signal: Killed. ",
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
        *pyframes(
            [
                (
                    f"{PL_SRC}/src/utils/utils.py",
                    68,
                    "wrap",
                    "metric_dict, object_dict = task_func(cfg=cfg)",
                ),
                (
                    f"{PL_SRC}/src/train.py",
                    86,
                    "train",
                    'trainer.fit(model=model, datamodule=datamodule, ckpt_path=cfg.get("ckpt_path"))',
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/trainer/trainer.py",
                    544,
                    "fit",
                    "call._call_and_handle_interrupt(",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/trainer/call.py",
                    44,
                    "_call_and_handle_interrupt",
                    "return trainer_fn(*args, **kwargs)",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/trainer/trainer.py",
                    580,
                    "_fit_impl",
                    "self._run(model, ckpt_path=ckpt_path)",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/trainer/trainer.py",
                    989,
                    "_run",
                    "results = self._run_stage()",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/trainer/trainer.py",
                    1035,
                    "_run_stage",
                    "self.fit_loop.run()",
                ),
                (f"{PL_SITE}/lightning/pytorch/loops/fit_loop.py", 202, "run", "self.advance()"),
                (
                    f"{PL_SITE}/lightning/pytorch/loops/fit_loop.py",
                    359,
                    "advance",
                    "self.epoch_loop.run(self._data_fetcher)",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/loops/training_epoch_loop.py",
                    136,
                    "run",
                    "self.advance(data_fetcher)",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/loops/training_epoch_loop.py",
                    202,
                    "advance",
                    "batch, _, __ = next(data_fetcher)",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/loops/fetchers.py",
                    127,
                    "__next__",
                    "batch = super().__next__()",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/loops/fetchers.py",
                    56,
                    "__next__",
                    "batch = next(self.iterator)",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/utilities/combined_loader.py",
                    326,
                    "__next__",
                    "out = next(self._iterator)",
                ),
                (
                    f"{PL_SITE}/lightning/pytorch/utilities/combined_loader.py",
                    74,
                    "__next__",
                    "out[i] = next(self.iterators[i])",
                ),
                (
                    f"{PL_SITE}/torch/utils/data/dataloader.py",
                    631,
                    "__next__",
                    "data = self._next_data()",
                ),
                (
                    f"{PL_SITE}/torch/utils/data/dataloader.py",
                    1329,
                    "_next_data",
                    "idx, data = self._get_data()",
                ),
                (
                    f"{PL_SITE}/torch/utils/data/dataloader.py",
                    1295,
                    "_get_data",
                    "success, data = self._try_get_data()",
                ),
                (
                    f"{PL_SITE}/torch/utils/data/dataloader.py",
                    1146,
                    "_try_get_data",
                    "raise RuntimeError(f'DataLoader worker (pid(s) {pids_str}) exited unexpectedly') from e",
                ),
            ]
        ),
        "RuntimeError: DataLoader worker (pid(s) 48211) exited unexpectedly",
    ]
    t = L(
        f1,
        t + sec(0.4),
        0,
        "src.utils.utils",
        "ERROR",
        "DataLoader worker (pid(s) %s) exited unexpectedly",
        ["[rank: 0] ", *tb],
    )
    finish(f1, t + sec(0.01))
    last1 = f"{PL_OUT}/2024-06-07_06-00-41/checkpoints/last.ckpt"

    # run 2: job 4472056 from run 1's last.ckpt (epoch 4 again), preempted at 09:40
    f2 = "2024-06-07_07-31-08-train.log"
    t = start(f2, at(7, 31, 8.904), last1)
    t, step, best, _, _ = train(f2, t, 4 * PL_STEPS, PL_ACC[3], 0, at(9, 40, 31))
    t = L(
        f2,
        t + sec(0.05),
        0,
        RZ,
        "INFO",
        "Handling auto-requeue signal: %s",
        ["Handling auto-requeue signal: 10"],
    )
    t = L(
        f2,
        t + sec(r.uniform(9, 14)),
        0,
        SIG,
        "INFO",
        "requeing job %s...",
        ["requeing job 4472056..."],
    )
    t = L(
        f2, t + sec(0.21), 0, SIG, "INFO", "Requeued SLURM job: %s", ["Requeued SLURM job: 4472056"]
    )
    sigterm(f2, t + sec(0.9))
    hpc = f"{PL_OUT}/2024-06-07_07-31-08/hpc_ckpt_1.ckpt"
    hpc_step, hpc_best = step, best

    # run 3: the requeued job in a new output dir: no hpc checkpoint there, so the stale
    # ckpt_path (run 1's last.ckpt) again; cancelled at 10:21
    f3 = "2024-06-07_09-58-17-train.log"
    t = start(f3, at(9, 58, 17.415), last1)
    t, *_ = train(f3, t, 4 * PL_STEPS, PL_ACC[3], 0, at(10, 21, 5))
    sigterm(f3, t + sec(0.3))

    # run 4: job 4472431 from run 2's hpc checkpoint, early stop and test
    f4 = "2024-06-07_10-26-40-train.log"
    t = start(f4, at(10, 26, 40.118), hpc)
    t, step, _, _, stopped = train(f4, t, hpc_step, hpc_best, 0, at(11, 58), stop_early=True)
    assert stopped, "run 4 should stop early"
    M = "__main__"
    t = L(f4, t + sec(0.4), 0, M, "INFO", "Starting testing!", ["[rank: 0] Starting testing!"])
    best_epoch = max(range(len(PL_ACC)), key=lambda e: PL_ACC[e] if e <= step // PL_STEPS else 0)
    bpath = f"{PL_OUT}/2024-06-07_{'07-31-08' if best_epoch < 12 else '10-26-40'}/checkpoints/epoch_{best_epoch:03d}.ckpt"
    t = L(
        f4,
        t + sec(0.3),
        0,
        RZ,
        "INFO",
        "Restoring states from the checkpoint path at %s",
        [f"Restoring states from the checkpoint path at {bpath}"],
    )
    t += sec(r.uniform(2, 3))
    for rank in range(PL_RANKS):
        L(
            f4,
            t + sec(0.02 * rank + r.uniform(0, 0.05)),
            rank,
            "lightning.pytorch.accelerators.cuda",
            "INFO",
            "LOCAL_RANK: %d - CUDA_VISIBLE_DEVICES: [%s]",
            [f"LOCAL_RANK: {rank} - CUDA_VISIBLE_DEVICES: [0,1,2,3]"],
        )
    t = L(
        f4,
        t + sec(0.9),
        0,
        RZ,
        "INFO",
        "Loaded model weights from the checkpoint at %s",
        [f"Loaded model weights from the checkpoint at {bpath}"],
    )
    t = L(
        f4,
        t + sec(r.uniform(70, 80)),
        0,
        M,
        "INFO",
        "Best ckpt path: %s",
        [f"[rank: 0] Best ckpt path: {bpath}"],
    )
    finish(f4, t + sec(0.01))
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- bentoml

BM_PY = "/usr/local/lib/python3.10/site-packages"
BM_SRC = "/home/bentoml/bento/src"
BM_INGRESS = ["10.42.1.23", "10.42.2.41"]
BM_TAGS = {
    "A": "fraud_detection:6lg3ijrgdcf3masc",
    "B": "fraud_detection:qk2w6trgdgw3masc",
    "C": "fraud_detection:t4xnbmbgdk7hmasc",
}
BM_COUNTRIES = ["DE", "FR", "NL", "ES", "IT", "PL", "SE", "AT", "BE", "PT", "IE", "DK"]


def bentoml(r: random.Random) -> list[Log]:
    """Two replicas of a BentoML 1.1 fraud-scoring service (an XGBoost runner, two API
    workers) in Kubernetes, each pod's output a file: the 06:00 pods serve until 08:45; a
    rollout at 08:10 names a model tag the image does not hold and its pod crash-loops; the
    fixed rollout at 08:40 carries a runner max_latency of 100 ms, so each runner warns and the
    10:05-10:25 peak sheds requests as 503; a new merchant category breaks feature encoding
    07:40-07:58 (KeyError, 500); a partner's malformed payloads (BadInput, 400); a port scan's
    invalid requests at 09:12; the 07:00 batch rescoring job."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}+0000"

    def B(
        pod: str, t: datetime, comp: str, level: str, label: str, lines: list[str], trace: str = ""
    ) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"{ts(x)} [{level}] [{comp}] {lines[0]}{trace}", *lines[1:]],
            (pod, comp),
            1_000_000,
        )

    def tr(svc: str, trace_id: str) -> str:
        return f" (trace={trace_id},span={hexid(r, 16)},sampled=0,service.name={svc})"

    API_OK = "%s (scheme=http,method=POST,path=/is_fraud,type=application/json,length=%s) (status=200,type=application/json,length=%s) %.3fms"
    RUN_OK = "%s (scheme=http,method=POST,path=/predict_proba,type=application/octet-stream,length=%s) (status=200,type=application/vnd.bentoml.NdarrayContainer,length=%s) %.3fms"

    def start(pod: str, gen: str, t: datetime) -> None:
        svc = f'bentoml.Service(tag="{BM_TAGS[gen]}", path="/home/bentoml/bento/")'
        t = B(
            pod,
            t,
            "cli",
            "INFO",
            "Service loaded from Bento directory: %s",
            [f"Service loaded from Bento directory: {svc}"],
        )
        t = B(
            pod,
            t + sec(0.4),
            "cli",
            "INFO",
            "Environ for worker %d: set CPU thread count to %d",
            ["Environ for worker 0: set CPU thread count to 4"],
        )
        t = B(
            pod,
            t + sec(0.1),
            "cli",
            "INFO",
            'Prometheus metrics for %s BentoServer from "%s" can be accessed at %s.',
            [
                'Prometheus metrics for HTTP BentoServer from "/home/bentoml/bento" can be accessed at http://localhost:3000/metrics.'
            ],
        )
        t = B(
            pod,
            t + sec(0.3),
            "cli",
            "INFO",
            'Starting production %s BentoServer from "%s" listening on %s://%s:%d (Press CTRL+C to quit)',
            [
                'Starting production HTTP BentoServer from "/home/bentoml/bento" listening on http://0.0.0.0:3000 (Press CTRL+C to quit)'
            ],
        )
        for comp in ["runner:xgb_fraud:1", "api_server:1", "api_server:2"]:
            B(
                pod,
                t + sec(r.uniform(2.5, 4.5)),
                comp,
                "INFO",
                "Service loaded from Bento directory: %s",
                [f"Service loaded from Bento directory: {svc}"],
            )

    # pods: name, generation, start, end of traffic
    pods = [
        ("fraud-detection-6b7d9c8f5-h4jkz", "A", at(6, 0, 3), at(8, 44, 31)),
        ("fraud-detection-6b7d9c8f5-wx2ml", "A", at(6, 0, 5), at(8, 45, 52)),
        ("fraud-detection-5c9f7d8b6-2lq8r", "C", at(8, 43, 11), at(12, 0)),
        ("fraud-detection-5c9f7d8b6-n7vxd", "C", at(8, 44, 36), at(12, 0)),
    ]
    for pod, gen, t0, _ in pods:
        start(pod, gen, t0)

    # the 08:10 rollout: the image's service names a model tag it does not hold
    bad = "fraud-detection-7f5c4d6b8-qpz9s"
    t = at(8, 10, 4)
    for backoff in [0, 16, 27, 47, 87, 166, 313, 313, 313, 313]:
        t += sec(backoff + r.uniform(3.5, 5.0))
        fs.add(
            f"{bad}.log",
            t,
            "Error: [bentoml-cli] `serve` failed: Model '%s' is not found in BentoML store %s, you may need to run `bentoml models pull` first",
            lambda x: [
                "Error: [bentoml-cli] `serve` failed: Model 'xgb_fraud:3kqm7yrgdcvhlasc' is not found in BentoML store <osfs '/home/bentoml/bento/models'>, you may need to run `bentoml models pull` first"
            ],
            (bad, "cli"),
            1_000_000,
        )

    def serving(t: datetime) -> list[str]:
        return [p for p, _, t0, t1 in pods if t0 + sec(9) <= t < t1]

    def api_tb(frames: list[tuple[str, int, str, str]], exc: list[str]) -> list[str]:
        return ["Traceback (most recent call last):", *pyframes(frames), *exc]

    run_calls: dict[str, int] = {}
    t0, t1 = at(6, 0), at(12, 0)
    arrivals = (
        poisson(r, t0, t1, 29.0)
        + poisson(r, at(10, 5), at(10, 25), 2.6)
        + poisson(r, at(8, 55), at(9, 30), 40.0)
    )
    arrivals.sort()
    for t in arrivals:
        up = serving(t)
        if not up:
            continue
        pod = r.choice(up)
        gen = next(g for p, g, _, _ in pods if p == pod)
        api = f"api_server:{r.choice([1, 2])}"
        client = f"{r.choice(BM_INGRESS)}:{r.randint(32768, 60999)}"
        trace_id = hexid(r, 32)
        req_len = r.randint(178, 262)
        peak = at(10, 5) <= t < at(10, 25)
        if r.random() < 0.012:
            # the partner whose payloads miss the amount
            txn = f"tx_{hexid(r, 6)}"
            tb = api_tb(
                [
                    (
                        f"{BM_PY}/bentoml/_internal/server/http_app.py",
                        328,
                        "api_func",
                        "input_data = await api.input.from_http_request(request)",
                    ),
                    (
                        f"{BM_PY}/bentoml/_internal/io_descriptors/json.py",
                        395,
                        "from_http_request",
                        'raise BadInput(f"Invalid JSON input received: {e}") from None',
                    ),
                ],
                [
                    "bentoml.exceptions.BadInput: Invalid JSON input received: 1 validation error for Transaction",
                    "amount",
                    f"  Field required [type=missing, input_value={{'txn_id': '{txn}', 'card_id': 'c_{r.randint(10000, 99999)}', 'merchant_id': 'm_{r.randint(1000, 9999)}', 'merchant_category': 'grocery', 'country': 'DE'}}, input_type=dict]",
                    "    For further information visit https://errors.pydantic.dev/2.7/v/missing",
                ],
            )
            te = B(
                pod,
                t + sec(0.004),
                api,
                "ERROR",
                "Exception on %s [%s]",
                ["Exception on /is_fraud [POST]", *tb],
                tr("fraud_detection", trace_id),
            )
            B(
                pod,
                te,
                api,
                "INFO",
                "%s (scheme=http,method=POST,path=/is_fraud,type=application/json,length=%s) (status=400,type=application/json,length=%s) %.3fms",
                [
                    f"{client} (scheme=http,method=POST,path=/is_fraud,type=application/json,length={req_len - 14}) (status=400,type=application/json,length={r.randint(455, 470)}) {r.uniform(3, 7):.3f}ms"
                ],
                tr("fraud_detection", trace_id),
            )
            continue
        if at(7, 40, 12) <= t < at(7, 58, 40) and r.random() < 0.3:
            tb = api_tb(
                [
                    (
                        f"{BM_PY}/bentoml/_internal/server/http_app.py",
                        341,
                        "api_func",
                        "output = await api.func(*args)",
                    ),
                    (f"{BM_SRC}/service.py", 51, "is_fraud", "features = encode(txn)"),
                    (
                        f"{BM_SRC}/features.py",
                        37,
                        "encode",
                        "CATEGORY_INDEX[txn.merchant_category],",
                    ),
                ],
                ["KeyError: 'crypto_atm'"],
            )
            te = B(
                pod,
                t + sec(0.003),
                api,
                "ERROR",
                "Exception on %s [%s]",
                ["Exception on /is_fraud [POST]", *tb],
                tr("fraud_detection", trace_id),
            )
            B(
                pod,
                te,
                api,
                "INFO",
                "%s (scheme=http,method=POST,path=/is_fraud,type=application/json,length=%s) (status=500,type=application/json,length=%s) %.3fms",
                [
                    f"{client} (scheme=http,method=POST,path=/is_fraud,type=application/json,length={req_len}) (status=500,type=application/json,length=110) {r.uniform(2, 6):.3f}ms"
                ],
                tr("fraud_detection", trace_id),
            )
            continue
        if r.random() < 0.012:
            country = r.choice(["XK", "GG", "IM", "JE"])
            B(
                pod,
                t + sec(0.002),
                api,
                "WARNING",
                "unknown country code %r for card %s, using 'ZZ'",
                [
                    f"unknown country code '{country}' for card c_{r.randint(10000, 99999)}, using 'ZZ'"
                ],
                tr("fraud_detection", trace_id),
            )
        run_calls[pod] = run_calls.get(pod, 0) + 1
        if gen == "C" and run_calls[pod] == 23:
            B(
                pod,
                t,
                "runner:xgb_fraud:1",
                "WARNING",
                "BentoML has detected that a service has a max latency that is likely too low for serving. If many 503 errors are encountered, try raising the 'runner.max_latency' in your BentoML configuration YAML file.",
                [
                    "BentoML has detected that a service has a max latency that is likely too low for serving. If many 503 errors are encountered, try raising the 'runner.max_latency' in your BentoML configuration YAML file."
                ],
            )
        busy = gen == "C" and at(10, 7, 30) <= t < at(10, 23) and r.random() < 0.32
        rlen = r.randint(712, 744)
        if busy:
            tw = t + sec(r.uniform(0.09, 0.11))
            tw = B(
                pod,
                tw,
                "runner:xgb_fraud:1",
                "INFO",
                "%s (scheme=http,method=POST,path=/predict_proba,type=application/octet-stream,length=%s) (status=503,type=application/vnd.bentoml.error,length=%s) %.3fms",
                [
                    f"_ (scheme=http,method=POST,path=/predict_proba,type=application/octet-stream,length={rlen}) (status=503,type=application/vnd.bentoml.error,length=12) {r.uniform(100.2, 104.5):.3f}ms"
                ],
                tr("xgb_fraud", trace_id),
            )
            tb = api_tb(
                [
                    (
                        f"{BM_PY}/bentoml/_internal/server/http_app.py",
                        341,
                        "api_func",
                        "output = await api.func(*args)",
                    ),
                    (
                        f"{BM_SRC}/service.py",
                        58,
                        "is_fraud",
                        "proba = await fraud_runner.predict_proba.async_run(features)",
                    ),
                    (
                        f"{BM_PY}/bentoml/_internal/runner/runner.py",
                        55,
                        "async_run",
                        "return await self.runner._runner_handle.async_run_method(self, *args, **kwargs)",
                    ),
                    (
                        f"{BM_PY}/bentoml/_internal/runner/runner_handle/remote.py",
                        248,
                        "async_run_method",
                        "raise ServiceUnavailable(body.decode()) from None",
                    ),
                ],
                ["bentoml.exceptions.ServiceUnavailable: Service Busy"],
            )
            te = B(
                pod,
                tw,
                api,
                "ERROR",
                "Exception on %s [%s]",
                ["Exception on /is_fraud [POST]", *tb],
                tr("fraud_detection", trace_id),
            )
            B(
                pod,
                te,
                api,
                "INFO",
                "%s (scheme=http,method=POST,path=/is_fraud,type=application/json,length=%s) (status=503,type=application/json,length=%s) %.3fms",
                [
                    f"{client} (scheme=http,method=POST,path=/is_fraud,type=application/json,length={req_len}) (status=503,type=application/json,length=2) {r.uniform(104, 118):.3f}ms"
                ],
                tr("fraud_detection", trace_id),
            )
            continue
        rl = r.uniform(1.9, 4.8) + (r.uniform(20, 85) if peak else 0)
        tw = B(
            pod,
            t + sec(0.004 + rl / 1000),
            "runner:xgb_fraud:1",
            "INFO",
            RUN_OK,
            [
                f"_ (scheme=http,method=POST,path=/predict_proba,type=application/octet-stream,length={rlen}) (status=200,type=application/vnd.bentoml.NdarrayContainer,length=136) {rl:.3f}ms"
            ],
            tr("xgb_fraud", trace_id),
        )
        B(
            pod,
            tw,
            api,
            "INFO",
            API_OK,
            [
                f"{client} (scheme=http,method=POST,path=/is_fraud,type=application/json,length={req_len}) (status=200,type=application/json,length={r.randint(58, 64)}) {rl + r.uniform(5.5, 14.0):.3f}ms"
            ],
            tr("fraud_detection", trace_id),
        )

    # the 07:00 rescoring job: 24 batches of 500 transactions
    t = at(7, 0, 12)
    for _ in range(24):
        t += sec(r.uniform(9, 16))
        pod = r.choice(serving(t))
        api = f"api_server:{r.choice([1, 2])}"
        trace_id = hexid(r, 32)
        rl = r.uniform(180, 260)
        tw = B(
            pod,
            t + sec(0.25 + rl / 1000),
            "runner:xgb_fraud:1",
            "INFO",
            "%s (scheme=http,method=POST,path=/predict_proba_batch,type=application/octet-stream,length=%s) (status=200,type=application/vnd.bentoml.NdarrayContainer,length=%s) %.3fms",
            [
                f"_ (scheme=http,method=POST,path=/predict_proba_batch,type=application/octet-stream,length={r.randint(300100, 300400)}) (status=200,type=application/vnd.bentoml.NdarrayContainer,length=4128) {rl:.3f}ms"
            ],
            tr("xgb_fraud", trace_id),
        )
        B(
            pod,
            tw + sec(0.05),
            api,
            "INFO",
            "%s (scheme=http,method=POST,path=/is_fraud_batch,type=application/json,length=%s) (status=200,type=application/json,length=%s) %.3fms",
            [
                f"10.42.7.{r.randint(10, 30)}:{r.randint(32768, 60999)} (scheme=http,method=POST,path=/is_fraud_batch,type=application/json,length={r.randint(118000, 124000)}) (status=200,type=application/json,length={r.randint(14800, 15200)}) {rl + r.uniform(520, 700):.3f}ms"
            ],
            tr("fraud_detection", trace_id),
        )

    # a port scan from the security team's scanner
    for _ in range(9):
        tt = at(9, 12, r.uniform(0, 140))
        pod = r.choice(serving(tt))
        B(
            pod,
            tt,
            f"api_server:{r.choice([1, 2])}",
            "WARNING",
            "Invalid HTTP request received.",
            ["Invalid HTTP request received."],
        )
    return fs.logs(at(6, 0))


# ---------------------------------------------------------------------------- label-studio

LS_DATA = "/home/labelstudio/.local/share/label-studio"
LS_PY = "/home/labelstudio/venv/lib/python3.10/site-packages"
LS_ML = "yolov8-shelf (id=3, url=http://ml-backend:9090)"


def label_studio(r: random.Random) -> list[Log]:
    """Label Studio 1.12 started with `label-studio start --host https://label.acme.internal
    --port 8080 --log-level INFO --no-browser` (Django's development server, SQLite), its
    output appended to `label-studio.log`: a load balancer's health check each minute, three
    annotators labelling shelf photos (next task, the image's presigned redirect, the
    annotation), a reviewer in the data manager (predictions from a YOLOv8 ML backend for the
    page's tasks), an S3 sync at 09:14 holding SQLite's write lock (annotations failing with
    `database is locked`), the ML backend's /predict failing 10:18-10:34, a dashboard polling a
    deleted project, an annotator's 14-day session expiring, a restart at 10:44 (ML_TIMEOUT_PREDICT
    raised)."""
    fs = Files()
    F = "label-studio.log"

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)}"

    def L(
        t: datetime, where: str, level: str, label: str, lines: list[str], twice: bool = False
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"[{ts(x)}] [{where}] [{level}] {lines[0]}", *lines[1:]]

        t = fs.add(F, t, label, text, "ls", 1000)
        if twice:  # a `django` logger's record: its own handler and the root's, both the console
            fs.files[F].add(t, text(t), label)
        return t

    def plain(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(F, t, label, lambda x: lines, "ls", 1000)

    def req(t: datetime, method: str, path: str, status: int, size: int, label: str) -> datetime:
        level = "ERROR" if status >= 500 else ("WARNING" if status >= 400 else "INFO")
        return L(
            t,
            "django.server::log_message::161",
            level,
            label,
            [f'"{method} {path} HTTP/1.1" {status} {size}'],
            twice=True,
        )

    def boot(t: datetime) -> datetime:
        t = plain(
            t,
            "=> Hostname correctly is set to: %s",
            ["=> Hostname correctly is set to: https://label.acme.internal"],
        )
        t = plain(
            t + sec(0.004),
            "=> Database and media directory: %s",
            [f"=> Database and media directory: {LS_DATA}"],
        )
        t = plain(
            t + sec(0.031), "=> Static URL is set to: %s", ["=> Static URL is set to: /static/"]
        )
        t = L(
            t + sec(r.uniform(2.2, 3.1)),
            "label_studio.server::check_port_in_use::241",
            "INFO",
            "Checking if host & port is available :: %s:%s",
            ["Checking if host & port is available :: localhost:8080"],
        )
        t = plain(t + sec(0.02), "Performing system checks...", ["Performing system checks...", ""])
        t = plain(
            t + sec(r.uniform(0.6, 0.9)),
            "System check identified no issues (%s silenced).",
            ["System check identified no issues (1 silenced)."],
        )
        t = plain(t + sec(0.05), "%s", [f"{t:%B %d, %Y - %H:%M:%S}"])
        return plain(
            t + sec(0.001),
            "Django version %s, using settings %r\\nStarting development server at %s://%s:%s/\\nQuit the server with %s.",
            [
                "Django version 3.2.25, using settings 'label_studio.core.settings.label_studio'",
                "Starting development server at http://0.0.0.0:8080/",
                "Quit the server with CONTROL-C.",
            ],
        )

    boot(at(6, 0, 4.2))
    restart = at(10, 44, 12)
    boot(restart + sec(3.1))
    down = (restart - sec(1), restart + sec(9))

    def up(t: datetime) -> bool:
        return not (down[0] <= t < down[1])

    # the load balancer's health check
    for i in range(360):
        t = at(6, 0, 31 + 60 * i + r.uniform(0, 0.4))
        if up(t) and t > at(6, 0, 10):
            req(t, "GET", "/health/", 200, 16, "GET /health/ 200")

    # the dashboard that still polls project 5, deleted last week
    for i in range(36):
        t = at(6, 4, 17 + 600 * i + r.uniform(0, 2))
        if up(t):
            t = L(
                t,
                "django.request::log_response::224",
                "WARNING",
                "Not Found: %s",
                ["Not Found: /api/projects/5/"],
                twice=True,
            )
            req(t + sec(0.001), "GET", "/api/projects/5/", 404, 23, "GET /api/projects/%s/ 404")

    lock = (at(9, 14, 2), at(9, 18, 40))
    ml_fail = (at(10, 18, 20), at(10, 34, 5))
    ml_down = (at(10, 34, 5), at(10, 41, 30))

    def ml(t: datetime) -> datetime:
        """The ML backend asked for predictions of tasks that have none."""
        if ml_down[0] <= t < ml_down[1]:
            return t  # health check fails: the backend is marked disconnected, at DEBUG
        t = L(
            t + sec(r.uniform(0.03, 0.08)),
            "ml.models::update_state::215",
            "INFO",
            "ML backend responds with success: %s",
            ["ML backend responds with success: {'model_version': 'yolov8m-shelf-3'}"],
        )
        if ml_fail[0] <= t < ml_fail[1]:
            t = L(
                t + sec(r.uniform(1.5, 3.0)),
                "ml.models::predict_tasks::282",
                "INFO",
                "Prediction not created for project %s: %d Server Error: %s for url: %s",
                [
                    f"Prediction not created for project {LS_ML}: 500 Server Error: INTERNAL SERVER ERROR for url: http://ml-backend:9090/predict"
                ],
            )
        else:
            t += sec(r.uniform(0.4, 1.1))
        return t

    def locked(
        t: datetime,
        method: str,
        path: str,
        query: str,
        label: str,
        inner: list[tuple[str, int, str, str]],
    ) -> datetime:
        """A write that waited out SQLite's lock timeout: custom_exception_handler's error with
        its traceback, then django.request's line and the request's, each twice."""
        eid = uuid4(r)
        tb = [
            "Traceback (most recent call last):",
            *pyframes(
                [
                    (
                        f"{LS_PY}/django/db/backends/utils.py",
                        84,
                        "_execute",
                        "return self.cursor.execute(sql, params)",
                    ),
                    (
                        f"{LS_PY}/django/db/backends/sqlite3/base.py",
                        423,
                        "execute",
                        "return Database.Cursor.execute(self, query, params)",
                    ),
                ]
            ),
            "sqlite3.OperationalError: database is locked",
            "",
            "The above exception was the direct cause of the following exception:",
            "",
            "Traceback (most recent call last):",
            *pyframes(
                [
                    (
                        f"{LS_PY}/rest_framework/views.py",
                        506,
                        "dispatch",
                        "response = handler(request, *args, **kwargs)",
                    ),
                    *inner,
                ]
            ),
            *pyframes(
                [
                    (
                        f"{LS_PY}/django/db/backends/utils.py",
                        84,
                        "_execute",
                        "return self.cursor.execute(sql, params)",
                    ),
                    (
                        f"{LS_PY}/django/db/backends/sqlite3/base.py",
                        423,
                        "execute",
                        "return Database.Cursor.execute(self, query, params)",
                    ),
                ]
            ),
            "django.db.utils.OperationalError: database is locked",
        ]
        t = L(
            t + sec(r.uniform(5.0, 5.2)),
            "core.utils.common::custom_exception_handler::89",
            "ERROR",
            "%s database is locked",
            [f"{eid} database is locked", *tb],
        )
        t = L(
            t + sec(0.004),
            "django.request::log_response::224",
            "ERROR",
            "Internal Server Error: %s",
            [f"Internal Server Error: {path}"],
            twice=True,
        )
        return req(t + sec(0.001), method, path + query, 500, 238, label)

    NEXT_TB = [
        (
            f"{LS_PY}/label_studio/data_manager/api.py",
            383,
            "post",
            "result = perform_action(action_id, project, queryset, request.user, **kwargs)",
        ),
        (
            f"{LS_PY}/label_studio/data_manager/actions/__init__.py",
            113,
            "perform_action",
            "result = action['entry_point'](project, queryset, **kwargs)",
        ),
        (
            f"{LS_PY}/label_studio/data_manager/actions/next_task.py",
            24,
            "next_task",
            "next_task, queue_info = get_next_task(request.user, queryset, project, dm_queue)",
        ),
        (
            f"{LS_PY}/label_studio/projects/functions/next_task.py",
            364,
            "get_next_task",
            "next_task.set_lock(user)",
        ),
        (
            f"{LS_PY}/label_studio/tasks/models.py",
            346,
            "set_lock",
            "TaskLock.objects.create(task=self, user=user, expire_at=expire_at)",
        ),
        (
            f"{LS_PY}/django/db/models/manager.py",
            85,
            "manager_method",
            "return getattr(self.get_queryset(), name)(*args, **kwargs)",
        ),
        (
            f"{LS_PY}/django/db/models/query.py",
            453,
            "create",
            "obj.save(force_insert=True, using=self.db)",
        ),
    ]
    SUBMIT_TB = [
        (
            f"{LS_PY}/rest_framework/generics.py",
            242,
            "post",
            "return self.create(request, *args, **kwargs)",
        ),
        (f"{LS_PY}/rest_framework/mixins.py", 19, "create", "self.perform_create(serializer)"),
        (
            f"{LS_PY}/label_studio/tasks/api.py",
            371,
            "perform_create",
            "annotation = serializer.save(",
        ),
        (
            f"{LS_PY}/rest_framework/serializers.py",
            212,
            "save",
            "self.instance = self.create(validated_data)",
        ),
        (
            f"{LS_PY}/label_studio/tasks/serializers.py",
            334,
            "create",
            "return super().create(*args, **kwargs)",
        ),
        (
            f"{LS_PY}/rest_framework/serializers.py",
            962,
            "create",
            "instance = ModelClass._default_manager.create(**validated_data)",
        ),
        (
            f"{LS_PY}/django/db/models/query.py",
            453,
            "create",
            "obj.save(force_insert=True, using=self.db)",
        ),
        (f"{LS_PY}/label_studio/tasks/models.py", 786, "save", "super().save(*args, **kwargs)"),
    ]

    task_id = [51733]

    def next_task(t: datetime) -> tuple[datetime, int]:
        task_id[0] += r.choice([1, 1, 1, 2, 3])
        tid = task_id[0]
        t += sec(r.uniform(0.08, 0.3))
        while lock[0] <= t < lock[1]:
            t = locked(
                t,
                "POST",
                "/api/dm/actions",
                "?id=next_task&project=7",
                "POST /api/dm/actions?id=%s&project=%s 500",
                NEXT_TB,
            )
            t += sec(r.uniform(6, 15))  # the labelling stream tries again
        t = req(
            t,
            "POST",
            "/api/dm/actions?id=next_task&project=7",
            200,
            r.randint(1480, 1620),
            "POST /api/dm/actions?id=%s&project=%s 200",
        )
        key = f"s3://acme-labeling/shelves/2024-05/IMG_{tid - 31200:05d}.jpg"
        b64 = base64.b64encode(key.encode()).decode()
        t = req(
            t + sec(r.uniform(0.2, 0.6)),
            "GET",
            f"/tasks/{tid}/presign/?fileuri={b64}",
            303,
            0,
            "GET /tasks/%s/presign/?fileuri=%s 303",
        )
        return t, tid

    def submit(t: datetime, tid: int) -> datetime:
        path, query = f"/api/tasks/{tid}/annotations", "?project=7"
        while lock[0] <= t < lock[1]:
            t = locked(
                t, "POST", path, query, "POST /api/tasks/%s/annotations?project=%s 500", SUBMIT_TB
            )
            t += sec(r.uniform(18, 40))  # the annotator presses Submit again
        return req(
            t,
            "POST",
            path + query,
            201,
            r.randint(2300, 4100),
            "POST /api/tasks/%s/annotations?project=%s 201",
        )

    def open_project(t: datetime, expired: bool = False) -> datetime:
        if expired:
            t = L(
                t,
                "core.middleware::process_request::208",
                "INFO",
                "Request is too far from last login %.0f > %s; logout",
                [
                    f"Request is too far from last login {1209600 + r.uniform(300, 4000):.0f} > 1209600; logout"
                ],
            )
            t = req(
                t + sec(0.01),
                "GET",
                "/projects/7/data?tab=11",
                302,
                0,
                "GET /projects/%s/data?tab=%s 302",
            )
            t = req(
                t + sec(0.05),
                "GET",
                "/user/login/?next=/projects/7/data%3Ftab%3D11",
                200,
                7215,
                "GET /user/login/?next=%s 200",
            )
            t = req(
                t + sec(r.uniform(9, 20)),
                "POST",
                "/user/login/?next=/projects/7/data%3Ftab%3D11",
                302,
                0,
                "POST /user/login/?next=%s 302",
            )
        return req(
            t + sec(0.06),
            "GET",
            "/projects/7/data?tab=11",
            200,
            r.randint(9410, 9480),
            "GET /projects/%s/data?tab=%s 200",
        )

    # annotators: (start, end) of each sitting, and whether the first sitting finds the session expired
    sittings = [
        [(at(6, 6, 12), at(8, 52, 40)), (at(9, 21, 5), at(11, 51, 30))],
        [(at(6, 41, 50), at(10, 9, 15))],
        [(at(8, 31, 10), at(11, 56, 0))],
    ]
    for who, sits in enumerate(sittings):
        for k, (t, end) in enumerate(sits):
            t = open_project(t, expired=(who == 2 and k == 0))
            while t < end:
                if not up(t):
                    t = down[1] + sec(r.uniform(2, 15))
                t, tid = next_task(t + sec(r.uniform(1, 4)))
                t += sec(min(max(r.gauss(205, 55), 70), 420))
                if not up(t):
                    t = down[1] + sec(r.uniform(2, 15))
                t = submit(t, tid)

    # the reviewer: the data manager's page of tasks, a task opened, an annotation fixed
    t = at(6, 20, 40)
    while t < at(11, 50):
        if up(t):
            page = r.choice([1, 1, 2, 3])
            t2 = req(
                t + sec(r.uniform(0.5, 1.5)),
                "GET",
                f"/api/tasks?page={page}&page_size=30&view=11&project=7",
                200,
                r.randint(48000, 61000),
                "GET /api/tasks?page=%s&page_size=%s&view=%s&project=%s 200",
            )
            if r.random() < 0.7:
                ml(t)
            if r.random() < 0.8:
                tid = r.randint(51200, task_id[0])
                t3 = t2 + sec(r.uniform(8, 40))
                if r.random() < 0.4:
                    t3 = ml(t3)
                t3 = req(
                    t3 + sec(0.02),
                    "GET",
                    f"/api/tasks/{tid}?project=7",
                    200,
                    r.randint(5200, 9800),
                    "GET /api/tasks/%s?project=%s 200",
                )
                if r.random() < 0.7:
                    req(
                        t3 + sec(r.uniform(40, 150)),
                        "PATCH",
                        f"/api/annotations/{r.randint(40100, 40100 + task_id[0] - 51200)}?taskID={tid}&project=7",
                        200,
                        r.randint(2300, 4100),
                        "PATCH /api/annotations/%s?taskID=%s&project=%s 200",
                    )
        t += sec(r.uniform(420, 900))

    # the S3 sync that imports 4,108 new images in one transaction
    t = L(
        lock[0],
        "io_storages.base_models::sync::454",
        "INFO",
        "Start syncing storage %s",
        ["Start syncing storage S3ImportStorage object (2)"],
    )
    req(lock[1], "POST", "/api/storages/s3/2/sync", 200, 811, "POST /api/storages/s3/%s/sync 200")
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- comfyui

CF_ROOT = "/opt/comfyui/ComfyUI"
CF_CKPTS = {
    "base": "sd_xl_base_1.0.safetensors",
    "jugg": "juggernautXL_v9Rdphoto2Lightning.safetensors",
}
CF_LORAS = ["add-detail-xl.safetensors", "product_photo_xl_v2.safetensors"]
CF_NODES = [
    ("0.0", "websocket_image_save.py"),
    ("0.0", "ComfyUI_UltimateSDUpscale"),
    ("0.1", "comfyui_controlnet_aux"),
    ("0.2", "ComfyUI-Manager"),
]


def cf_lora_keys() -> list[str]:
    """An SD 1.5 LoRA's text-encoder keys, in the file's (sorted) order: none maps onto SDXL."""
    keys = []
    for layer in range(12):
        for mod in [
            "mlp_fc1",
            "mlp_fc2",
            "self_attn_k_proj",
            "self_attn_out_proj",
            "self_attn_q_proj",
            "self_attn_v_proj",
        ]:
            for part in ["alpha", "lora_down.weight", "lora_up.weight"]:
                keys.append(f"lora_te_text_model_encoder_layers_{layer}_{mod}.{part}")
    return sorted(keys)


def comfyui(r: random.Random) -> list[Log]:
    """ComfyUI (mid-2024, with ComfyUI-Manager 2.37, whose comfyui.log is the file: every write
    that starts a line gets `[date time.ms] `) on an RTX 4090 behind an internal image tool that
    queues API prompts: SDXL txt2img, a hires-fix variant with a second sampler, product shots
    with a LoRA; a checkpoint switch reloads the models; the tool's new preset names a LoRA
    that is not installed (07:20, validation failures); a designer tries an SD 1.5 LoRA on SDXL
    (10:12, every key not loaded); a 2x upscale runs out of memory (11:05); ComfyUI updated
    and restarted at 09:05 (the old log rotated to comfyui.prev.log)."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"[{t:%Y-%m-%d %H:%M:%S}.{ms(t)}]"

    def C(f: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: [f"{ts(x)} {lines[0]}", *lines[1:]], f, 1000)

    def boot(f: str, t: datetime, rev: tuple[str, str, str]) -> datetime:
        # the first write finds no newline before it: no time
        t = fs.add(
            f,
            t,
            "## ComfyUI-Manager: installing dependencies done.",
            lambda x: ["## ComfyUI-Manager: installing dependencies done."],
            f,
            1000,
        )
        now = t + sec(0.0004)
        t = C(
            f,
            now,
            "** ComfyUI startup time: %s",
            [f"** ComfyUI startup time: {now:%Y-%m-%d %H:%M:%S}.{now.microsecond:06d}"],
        )
        t = C(f, t, "** Platform: %s", ["** Platform: Linux"])
        t = C(
            f,
            t,
            "** Python version: %s",
            ["** Python version: 3.10.12 (main, Mar 22 2024, 16:50:05) [GCC 11.4.0]"],
        )
        t = C(
            f, t, "** Python executable: %s", ["** Python executable: /opt/comfyui/venv/bin/python"]
        )
        t = C(f, t, "** Log path: %s", [f"** Log path: {CF_ROOT}/comfyui.log"])
        t = C(
            f,
            t + sec(0.31),
            "\\nPrestartup times for custom nodes:",
            ["", "Prestartup times for custom nodes:"],
        )
        t = C(
            f, t, "%6.1f seconds%s: %s", [f"   0.3 seconds: {CF_ROOT}/custom_nodes/ComfyUI-Manager"]
        )
        t = C(f, t, '""', [""])
        t = C(
            f,
            t + sec(r.uniform(1.6, 2.4)),
            "Total VRAM %d MB, total RAM %d MB",
            ["Total VRAM 24217 MB, total RAM 64216 MB"],
        )
        t = C(f, t, "pytorch version: %s", ["pytorch version: 2.3.1+cu121"])
        t = C(f, t, "Set vram state to: %s", ["Set vram state to: NORMAL_VRAM"])
        t = C(f, t, "Device: %s", ["Device: cuda:0 NVIDIA GeForce RTX 4090 : cudaMallocAsync"])
        t = C(f, t + sec(0.2), "VAE dtype: %s", ["VAE dtype: torch.bfloat16"])
        t = C(f, t + sec(0.01), "Using pytorch cross attention", ["Using pytorch cross attention"])
        t = C(
            f,
            t + sec(r.uniform(0.8, 1.2)),
            "### Loading: ComfyUI-Manager (V%s)",
            ["### Loading: ComfyUI-Manager (V2.37.1)"],
        )
        t = C(
            f,
            t + sec(0.09),
            "### ComfyUI Revision: %s [%s] | Released on '%s'",
            [f"### ComfyUI Revision: {rev[0]} [{rev[1]}] | Released on '{rev[2]}'"],
        )
        t = C(
            f,
            t + sec(0.3),
            "\\nImport times for custom nodes:",
            ["", "Import times for custom nodes:"],
        )
        for secs, node in CF_NODES:
            t = C(
                f, t, "%6.1f seconds%s: %s", [f"{secs:>6} seconds: {CF_ROOT}/custom_nodes/{node}"]
            )
        t = C(f, t, '""', [""])
        t = C(f, t + sec(0.02), "Starting server\\n", ["Starting server", ""])
        t = C(
            f,
            t + sec(0.001),
            "To see the GUI go to: %s://%s:%s",
            ["To see the GUI go to: http://0.0.0.0:8188"],
        )
        for name in [
            "alter-list",
            "model-list",
            "github-stats",
            "custom-node-list",
            "extension-node-map",
        ]:
            t = C(
                f,
                t + sec(r.uniform(0.05, 0.4)),
                "[ComfyUI-Manager] default cache updated: %s",
                [
                    f"[ComfyUI-Manager] default cache updated: https://raw.githubusercontent.com/ltdrdata/ComfyUI-Manager/main/{name}.json"
                ],
            )
        return t

    F1, F2 = "comfyui.prev.log", "comfyui.log"
    boot(F1, at(6, 0, 5.8), ("2262", "b1fb5cf4", "2024-06-06"))
    restart = at(9, 5, 40)
    boot(F2, restart, ("2271", "a3c05e4d", "2024-06-07"))
    lora_keys = cf_lora_keys()

    def bar(steps: int, rate: float) -> tuple[str, float]:
        dur = steps / rate
        r2 = rate * r.uniform(0.985, 0.998)

        def one(rt: float) -> str:
            return f"100%|██████████| {steps}/{steps} [{int(dur) // 60:02d}:{int(dur) % 60:02d}<00:00, {rt:5.2f}it/s]"

        return "\r" + one(rate) + "\r" + one(r2), dur

    loaded = {F1: ("", ""), F2: ("", "")}
    preset = [("base", "")]
    busy = {F1: at(6, 0), F2: at(6, 0)}
    arrivals = poisson(r, at(6, 3), at(11, 58), 52.0) + poisson(r, at(8, 0), at(8, 40), 19.0)
    arrivals.sort()
    sd15 = [at(10, 12, 41), at(10, 14, 9)]
    oom = [at(11, 5, 12), at(11, 7, 48)]
    specials = sorted(
        [(t, "sd15") for t in sd15]
        + [(t, "oom") for t in oom]
        + [(at(7, 20, 0) + sec(x), "detail") for x in (25.5, 131.4, 188.9, 262.0)]
    )
    events = sorted([(t, "") for t in arrivals] + specials)
    for t, kind in events:
        if restart - sec(40) <= t < restart + sec(14):
            continue
        f = F1 if t < restart else F2
        C(f, t, "got prompt", ["got prompt"])
        if kind == "detail":
            tv = C(
                f,
                t + sec(0.002),
                "Failed to validate prompt for output %s:",
                ["Failed to validate prompt for output 9:"],
            )
            tv = C(f, tv, "* %s %s:", ["* LoraLoader 12:"])
            tv = C(
                f,
                tv,
                "  - Value not in list: %s: '%s' not in %s",
                [
                    f"  - Value not in list: lora_name: 'detail-tweaker-xl.safetensors' not in {CF_LORAS!r}"
                ],
            )
            tv = C(f, tv, "Output will be ignored", ["Output will be ignored"])
            C(
                f,
                tv,
                "invalid prompt: {'type': 'prompt_outputs_failed_validation', 'message': 'Prompt outputs failed validation', 'details': '', 'extra_info': {}}",
                [
                    "invalid prompt: {'type': 'prompt_outputs_failed_validation', 'message': 'Prompt outputs failed validation', 'details': '', 'extra_info': {}}"
                ],
            )
            continue
        te = max(t + sec(0.003), busy[f])
        start_exec = te
        if r.random() < 0.09:
            preset[0] = r.choices(
                [("base", ""), ("jugg", ""), ("base", "product")], [0.55, 0.3, 0.15]
            )[0]
        ckpt, lora = ("base", "sd15") if kind == "sd15" else preset[0]
        state = (ckpt, lora)
        if ckpt != loaded[f][0]:
            te = C(f, te + sec(r.uniform(0.6, 1.4)), "model_type %s", ["model_type EPS"])
            te = C(
                f,
                te + sec(r.uniform(0.4, 0.8)),
                "Using pytorch attention in VAE",
                ["Using pytorch attention in VAE"],
            )
            te = C(
                f,
                te + sec(0.001),
                "Using pytorch attention in VAE",
                ["Using pytorch attention in VAE"],
            )
            te = C(
                f,
                te + sec(r.uniform(0.3, 0.6)),
                "clip missing: %s",
                [
                    "clip missing: ['clip_l.logit_scale', 'clip_l.transformer.text_projection.weight']"
                ],
            )
        if kind == "sd15":
            for key in lora_keys:
                te = C(
                    f, te + sec(0.0004), "lora key not loaded: %s", [f"lora key not loaded: {key}"]
                )
        vae_load = ckpt != loaded[f][0]
        if state != loaded[f]:
            te = C(
                f,
                te + sec(r.uniform(0.1, 0.3)),
                "Requested to load %s",
                ["Requested to load SDXLClipModel"],
            )
            te = C(f, te + sec(0.001), "Loading %d new model%s", ["Loading 1 new model"])
            te = C(
                f, te + sec(r.uniform(0.4, 0.7)), "Requested to load %s", ["Requested to load SDXL"]
            )
            te = C(f, te + sec(0.001), "Loading %d new model%s", ["Loading 1 new model"])
        loaded[f] = state
        te += sec(r.uniform(0.05, 0.15))
        if kind == "oom":
            s, d = bar(25, r.uniform(3.9, 4.05))
            te = C(f, te + sec(d), "%3d%%|%s| %d/%d [%s<%s, %s]", [s])
            te = C(
                f,
                te + sec(r.uniform(2.5, 4.0)),
                "!!! Exception during processing!!! %s",
                ["!!! Exception during processing!!! Allocation on device "],
            )
            tb = [
                "Traceback (most recent call last):",
                *pyframes(
                    [
                        (
                            f"{CF_ROOT}/execution.py",
                            151,
                            "recursive_execute",
                            "output_data, output_ui = get_output_data(obj, input_data_all)",
                        ),
                        (
                            f"{CF_ROOT}/execution.py",
                            81,
                            "get_output_data",
                            "return_values = map_node_over_list(obj, input_data_all, obj.FUNCTION, allow_interrupt=True)",
                        ),
                        (
                            f"{CF_ROOT}/execution.py",
                            74,
                            "map_node_over_list",
                            "results.append(getattr(obj, func)(**slice_dict(input_data_all, i)))",
                        ),
                        (
                            f"{CF_ROOT}/nodes.py",
                            1371,
                            "sample",
                            "return common_ksampler(model, seed, steps, cfg, sampler_name, scheduler, positive, negative, latent_image, denoise=denoise)",
                        ),
                        (
                            f"{CF_ROOT}/nodes.py",
                            1341,
                            "common_ksampler",
                            "samples = comfy.sample.sample(model, noise, steps, cfg, sampler_name, scheduler, positive, negative, latent_image,",
                        ),
                        (
                            f"{CF_ROOT}/comfy/sample.py",
                            43,
                            "sample",
                            "samples = sampler.sample(noise, positive, negative, cfg=cfg, latent_image=latent_image, start_step=start_step, last_step=last_step, force_full_denoise=force_full_denoise, denoise_mask=noise_mask, sigmas=sigmas, callback=callback, disable_pbar=disable_pbar, seed=seed)",
                        ),
                        (
                            f"{CF_ROOT}/comfy/samplers.py",
                            794,
                            "sample",
                            "return sample(self.model, noise, positive, negative, cfg, self.device, sampler, sigmas, self.model_options, latent_image=latent_image, denoise_mask=denoise_mask, callback=callback, disable_pbar=disable_pbar, seed=seed)",
                        ),
                        (
                            f"{CF_ROOT}/comfy/samplers.py",
                            696,
                            "sample",
                            "return cfg_guider.sample(noise, latent_image, sampler, sigmas, denoise_mask, callback, disable_pbar, seed)",
                        ),
                        (
                            f"{CF_ROOT}/comfy/samplers.py",
                            683,
                            "sample",
                            "output = self.inner_sample(noise, latent_image, device, sampler, sigmas, denoise_mask, callback, disable_pbar, seed)",
                        ),
                        (
                            f"{CF_ROOT}/comfy/samplers.py",
                            662,
                            "inner_sample",
                            "samples = sampler.sample(self, sigmas, extra_args, callback, noise, latent_image, denoise_mask, disable_pbar)",
                        ),
                        (
                            f"{CF_ROOT}/comfy/samplers.py",
                            567,
                            "sample",
                            "samples = self.sampler_function(model_k, noise, sigmas, extra_args=extra_args, callback=k_callback, disable=disable_pbar, **self.extra_options)",
                        ),
                        (
                            f"{CF_ROOT}/comfy/k_diffusion/sampling.py",
                            635,
                            "sample_dpmpp_2m",
                            "denoised = model(x, sigmas[i] * s_in, **extra_args)",
                        ),
                        (
                            f"{CF_ROOT}/comfy/ldm/modules/attention.py",
                            345,
                            "attention_pytorch",
                            "out = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask, dropout_p=0.0, is_causal=False)",
                        ),
                    ]
                ),
                "torch.cuda.OutOfMemoryError: Allocation on device ",
                "",
            ]
            te = C(f, te + sec(0.3), "Traceback (most recent call last):", tb)
            te = C(
                f,
                te + sec(0.01),
                "Prompt executed in %.2f seconds",
                [f"Prompt executed in {(te - start_exec).total_seconds():.2f} seconds"],
            )
            busy[f] = te
            continue
        s, d = bar(25, r.uniform(3.9, 4.05))
        te = C(f, te + sec(d), "%3d%%|%s| %d/%d [%s<%s, %s]", [s])
        if r.random() < 0.25:  # the hires-fix variant's second sampler
            s, d = bar(12, r.uniform(1.28, 1.36))
            te = C(f, te + sec(r.uniform(0.4, 0.7) + d), "%3d%%|%s| %d/%d [%s<%s, %s]", [s])
        if vae_load:
            te = C(f, te + sec(0.02), "Requested to load %s", ["Requested to load AutoencoderKL"])
            te = C(f, te + sec(0.001), "Loading %d new model%s", ["Loading 1 new model"])
        te += sec(r.uniform(0.45, 0.9))
        te = C(
            f,
            te,
            "Prompt executed in %.2f seconds",
            [f"Prompt executed in {(te - start_exec).total_seconds():.2f} seconds"],
        )
        busy[f] = te
    return fs.logs(at(6, 0))


# ---------------------------------------------------------------------------------- sglang

SG_FIELDS = [
    ("model_path", None),
    ("tokenizer_path", None),
    ("tokenizer_mode", "auto"),
    ("skip_tokenizer_init", False),
    ("load_format", "auto"),
    ("trust_remote_code", True),
    ("dtype", "auto"),
    ("kv_cache_dtype", "auto"),
    ("quantization", None),
    ("context_length", None),
    ("device", "cuda"),
    ("served_model_name", None),
    ("chat_template", None),
    ("is_embedding", False),
    ("host", "0.0.0.0"),
    ("port", 30000),
    ("mem_fraction_static", None),
    ("max_running_requests", None),
    ("max_total_tokens", None),
    ("chunked_prefill_size", 8192),
    ("max_prefill_tokens", 16384),
    ("schedule_policy", "lpm"),
    ("schedule_conservativeness", 1.0),
    ("tp_size", 1),
    ("stream_interval", 1),
    ("random_seed", None),
    ("constrained_json_whitespace_pattern", None),
    ("decode_log_interval", 40),
    ("log_level", "info"),
    ("log_level_http", None),
    ("log_requests", False),
    ("show_time_cost", False),
    ("api_key", None),
    ("file_storage_pth", "SGLang_storage"),
    ("enable_cache_report", False),
    ("watchdog_timeout", 600),
    ("dp_size", 1),
    ("load_balance_method", "round_robin"),
    ("dist_init_addr", None),
    ("nnodes", 1),
    ("node_rank", 0),
    ("json_model_override_args", "{}"),
    ("enable_double_sparsity", False),
    ("ds_channel_config_path", None),
    ("ds_heavy_channel_num", 32),
    ("ds_heavy_token_num", 256),
    ("ds_heavy_channel_type", "qk"),
    ("ds_sparse_decode_threshold", 4096),
    ("lora_paths", None),
    ("max_loras_per_batch", 8),
    ("attention_backend", "flashinfer"),
    ("sampling_backend", "flashinfer"),
    ("grammar_backend", "outlines"),
    ("disable_flashinfer", False),
    ("disable_flashinfer_sampling", False),
    ("disable_radix_cache", False),
    ("disable_regex_jump_forward", False),
    ("disable_cuda_graph", False),
    ("disable_cuda_graph_padding", False),
    ("disable_disk_cache", False),
    ("disable_custom_all_reduce", False),
    ("disable_mla", False),
    ("disable_penalizer", False),
    ("disable_nan_detection", False),
    ("enable_overlap_schedule", False),
    ("enable_mixed_chunk", False),
    ("enable_torch_compile", False),
    ("torch_compile_max_bs", 32),
    ("cuda_graph_max_bs", 160),
    ("torchao_config", ""),
    ("enable_p2p_check", False),
    ("triton_attention_reduce_in_fp32", False),
    ("num_continuous_decode_steps", 1),
]


def sg_args(over: dict[str, object]) -> str:
    """`ServerArgs(...)`'s dataclass repr."""
    vals = []
    for k, d in SG_FIELDS:
        v = over.get(k, d)
        vals.append(f"{k}={v!r}")
    return "ServerArgs(" + ", ".join(vals) + ")"


def sglang(r: random.Random) -> list[Log]:
    """Two SGLang 0.3.5 servers (`python -m sglang.launch_server`), each a systemd service
    whose output is appended to its file: Llama 3.1 8B on one L4 (a KV cache of ~37k tokens
    behind a 128k context) and Qwen2.5 72B over four H100s (tensor parallel, --context-length
    32768). An internal assistant's chat completions (streamed or not), a monitor's /health
    every five minutes; on the L4 a summarisation batch job 08:30-08:52 with long documents
    (chunked prefill, truncated prompts, decode retractions) and, at 11:00, a restart with a
    smaller --chunked-prefill-size (SIGTERM, drain); on the H100s prompts over the context
    (400), an NCCL hang at 09:41 that the watchdog ends at 09:51, and the restart."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}"

    def S(f: str, t: datetime, proc: str, label: str, lines: list[str]) -> datetime:
        pre = f" {proc}" if proc.startswith("TP") else ""
        return fs.add(
            f, t, label, lambda x: [f"[{ts(x)}{pre}] {lines[0]}", *lines[1:]], (f, proc), 1_000_000
        )

    def bare(f: str, t: datetime, proc: str, label: str | None, line: str) -> datetime:
        return fs.add(f, t, label, lambda x: [line], (f, proc, "stderr"), 1000)

    def access(f: str, t: datetime, client: str, method: str, path: str, status: str) -> datetime:
        return S(
            f,
            t,
            "main",
            f'%s - "{method} {path} HTTP/1.1" {status}',
            [f'INFO:     {client} - "{method} {path} HTTP/1.1" {status}'],
        )

    BAR = "Loading safetensors checkpoint shards: %3.0f%% Completed | %s/%s [%s<%s, %s]"

    def boot(f: str, t: datetime, cfg: dict) -> datetime:
        over = {
            "model_path": cfg["model"],
            "tokenizer_path": cfg["model"],
            "served_model_name": cfg["model"],
            "tp_size": cfg["tp"],
            "mem_fraction_static": cfg["mem"],
            "random_seed": r.randint(10**8, 10**9),
            "context_length": cfg.get("ctx_arg"),
            "chunked_prefill_size": cfg["chunk"],
        }
        t = S(f, t, "main", "server_args=%s", [f"server_args={sg_args(over)}"])
        t += sec(r.uniform(4, 7))
        shards = cfg["shards"]
        t_end = t
        for rank in range(cfg["tp"]):
            tp = f"TP{rank}"
            tr = S(
                f,
                t + sec(r.uniform(0, 0.6)),
                tp,
                "Init torch distributed begin.",
                ["Init torch distributed begin."],
            )
            tr = S(
                f,
                tr + sec(r.uniform(1.0, 2.5)),
                tp,
                "Load weight begin. avail mem=%.2f GB",
                [f"Load weight begin. avail mem={cfg['avail'] - r.uniform(0, 0.3):.2f} GB"],
            )
            if rank == 0:
                tb = tr + sec(0.3)
                rate = cfg["shard_rate"]
                for i in range(shards + 1):
                    el = i / rate
                    rem = (shards - i) / rate
                    rt = "?it/s" if i == 0 else f"{rate * r.uniform(0.96, 1.04):5.2f}it/s"
                    rem_s = "?" if i == 0 else f"{int(rem) // 60:02d}:{int(rem) % 60:02d}"
                    bare(
                        f,
                        tb + sec(el),
                        tp,
                        BAR,
                        f"Loading safetensors checkpoint shards: {100 * i / shards:3.0f}% Completed | {i}/{shards} [{int(el) // 60:02d}:{int(el) % 60:02d}<{rem_s}, {rt}]",
                    )
                bare(f, tb + sec(shards / rate + 0.001), tp, None, "")
            tr += sec(shards / cfg["shard_rate"] + r.uniform(0.5, 1.2))
            tr = S(
                f,
                tr,
                tp,
                "Load weight end. type=%s, dtype=%s, avail mem=%.2f GB",
                [
                    f"Load weight end. type={cfg['arch']}, dtype=torch.bfloat16, avail mem={cfg['after_load'] - r.uniform(0, 0.2):.2f} GB"
                ],
            )
            tr = S(
                f,
                tr + sec(r.uniform(0.3, 0.9)),
                tp,
                "Memory pool end. avail mem=%.2f GB",
                [f"Memory pool end. avail mem={cfg['after_pool'] - r.uniform(0, 0.1):.2f} GB"],
            )
            tr = S(
                f,
                tr + sec(r.uniform(0.4, 1.0)),
                tp,
                "Capture cuda graph begin. This can take up to several minutes.",
                ["Capture cuda graph begin. This can take up to several minutes."],
            )
            tr = S(
                f,
                tr + sec(r.uniform(*cfg["graph"])),
                tp,
                "max_total_num_tokens=%s, max_prefill_tokens=%s, max_running_requests=%s, context_len=%s",
                [
                    f"max_total_num_tokens={cfg['kv']}, max_prefill_tokens=16384, max_running_requests={cfg['maxreq']}, context_len={cfg['ctx']}"
                ],
            )
            t_end = max(t_end, tr)
        t = t_end + sec(r.uniform(0.8, 1.5))
        pid = r.randint(2000, 60000)
        t = S(
            f,
            t,
            "main",
            "Started server process [%d]",
            [f"INFO:     Started server process [{pid}]"],
        )
        t = S(
            f,
            t,
            "main",
            "Waiting for application startup.",
            ["INFO:     Waiting for application startup."],
        )
        t = S(
            f,
            t,
            "main",
            "Application startup complete.",
            ["INFO:     Application startup complete."],
        )
        t = S(
            f,
            t,
            "main",
            "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
            ["INFO:     Uvicorn running on http://0.0.0.0:30000 (Press CTRL+C to quit)"],
        )
        t = access(
            f,
            t + sec(0.2),
            f"127.0.0.1:{r.randint(33000, 60000)}",
            "GET",
            "/get_model_info",
            "200 OK",
        )
        t = S(
            f,
            t,
            "TP0",
            "Prefill batch. #new-seq: %d, #new-token: %d, #cached-token: %d, cache hit rate: %.2f%%, token usage: %.2f, #running-req: %d, #queue-req: %d",
            [
                "Prefill batch. #new-seq: 1, #new-token: 7, #cached-token: 0, cache hit rate: 0.00%, token usage: 0.00, #running-req: 0, #queue-req: 0"
            ],
        )
        t = access(
            f, t + sec(0.3), f"127.0.0.1:{r.randint(33000, 60000)}", "POST", "/generate", "200 OK"
        )
        t = S(
            f,
            t,
            "main",
            "The server is fired up and ready to roll!",
            ["The server is fired up and ready to roll!"],
        )
        return t

    PREFILL = "Prefill batch. #new-seq: %d, #new-token: %d, #cached-token: %d, cache hit rate: %.2f%%, token usage: %.2f, #running-req: %d, #queue-req: %d"
    DECODE = "Decode batch. #running-req: %d, #token: %d, token usage: %.2f, gen throughput (token/s): %.2f, #queue-req: %d"

    def serve(
        f: str,
        cfg: dict,
        t: datetime,
        until: datetime,
        reqs: list[dict],
        hang: datetime | None = None,
    ) -> tuple[datetime, list[dict]]:
        """The scheduler from `t`: requests in `reqs` arriving before `until` (or the hang);
        returns the time and the requests still running at the end."""
        kv, chunk = cfg["kv"], cfg["chunk"]
        max_in = min(cfg["ctx"] - 1, kv - 1) - 5
        active: list[dict] = []
        waiting: list[dict] = []
        fwd, gen_since, last_log = 0, 0, t
        hit_total, all_total = 0.0, 0.0
        pend = sorted((q for q in reqs if q["t"] < until), key=lambda q: q["t"])
        i = 0
        while True:
            stop = hang if hang is not None else until
            if not active and not waiting:
                if i >= len(pend) or pend[i]["t"] >= stop:
                    return t, []
                t = max(t, pend[i]["t"])
            while i < len(pend) and pend[i]["t"] <= t:
                q = pend[i]
                i += 1
                if q["prompt"] > cfg["ctx"] - 1 and cfg.get("ctx_arg"):
                    access(f, q["t"] + sec(0.05), q["client"], "POST", q["path"], "400 Bad Request")
                    continue
                if q["prompt"] > max_in:
                    S(
                        f,
                        q["t"] + sec(0.1),
                        "TP0",
                        "Request length is longer than the KV cache pool size or the max context length. Truncated!!!",
                        [
                            "Request length is longer than the KV cache pool size or the max context length. Truncated!!!"
                        ],
                    )
                    q["prompt"] = max_in
                waiting.append(q)
            used = sum(a["prompt"] + a["gen"] for a in active)
            if waiting:
                # admit what fits, a long prompt in chunks of --chunked-prefill-size
                q = waiting[0]
                reserve = 0.3 * (
                    q["out"] + sum(a["out"] - a["gen"] for a in active)
                )  # new_token_ratio's estimate
                if used + q["prompt"] + reserve < kv or not active:
                    waiting.pop(0)
                    hit = min(q["hit"], q["prompt"])
                    todo = q["prompt"] - hit
                    first = True
                    while True:
                        n = min(todo, chunk)
                        hit_total += hit if first else 0
                        all_total += n + (hit if first else 0)
                        rate = 100.0 * hit_total / all_total if all_total else 0.0
                        t = S(
                            f,
                            t,
                            "TP0",
                            PREFILL,
                            [
                                f"Prefill batch. #new-seq: 1, #new-token: {n}, #cached-token: {hit if first else 0}, cache hit rate: {rate:.2f}%, token usage: {(used + q['prompt'] - todo + n) / kv:.2f}, #running-req: {len(active)}, #queue-req: {len(waiting)}"
                            ],
                        )
                        t += sec(n / cfg["prefill_tps"] + 0.01)
                        todo -= n
                        first = False
                        if todo <= 0:
                            break
                    q["gen"] = 0
                    active.append(q)
                    if q["stream"]:
                        access(f, t, q["client"], "POST", q["path"], "200 OK")
                    continue
            if not active:
                continue
            if hang is not None and t >= hang:
                return t, active
            # one decode step
            t += sec(cfg["step"] * (1 + 0.03 * (len(active) - 1)) * r.uniform(0.97, 1.03))
            fwd += 1
            for a in active:
                a["gen"] += 1
            gen_since += len(active)
            used = sum(a["prompt"] + a["gen"] for a in active)
            if used > kv - 8 * len(active) and len(active) > 1:
                old = 0.7 + r.uniform(-0.05, 0.05)
                back = active.pop()
                back["prompt"] += back["gen"]
                back["out"] -= back["gen"]
                waiting.insert(0, back)
                used = sum(a["prompt"] + a["gen"] for a in active)
                S(
                    f,
                    t,
                    "TP0",
                    "Decode out of memory happened. #retracted_reqs: %d, #new_token_ratio: %.4f -> %.4f",
                    [
                        f"Decode out of memory happened. #retracted_reqs: 1, #new_token_ratio: {old:.4f} -> {min(1.0, old + 0.2 + r.uniform(0, 0.1)):.4f}"
                    ],
                )
            if fwd % 40 == 0:
                el = max((t - last_log).total_seconds(), 0.001)
                t_log = S(
                    f,
                    t,
                    "TP0",
                    DECODE,
                    [
                        f"Decode batch. #running-req: {len(active)}, #token: {used}, token usage: {used / kv:.2f}, gen throughput (token/s): {gen_since / el:.2f}, #queue-req: {len(waiting)}"
                    ],
                )
                t = max(t, t_log - sec(0.9))
                gen_since, last_log = 0, t
            for a in [a for a in active if a["gen"] >= a["out"]]:
                a["done"] = t
                active.remove(a)
                if not a["stream"]:
                    access(f, t, a["client"], "POST", a["path"], "200 OK")

    def requests(
        t0: datetime,
        t1: datetime,
        mean: float,
        clients: list[str],
        prompt: tuple[int, int],
        out: tuple[int, int],
        stream: float,
        path: str = "/v1/chat/completions",
        hit: float = 0.6,
    ) -> list[dict]:
        qs = []
        for t in poisson(r, t0, t1, mean):
            p = int(r.lognormvariate(math.log(prompt[0]), 0.6))
            p = min(max(p, 40), prompt[1])
            qs.append(
                {
                    "t": t,
                    "prompt": p,
                    "hit": int(p * hit * r.random()),
                    "out": r.randint(*out),
                    "stream": r.random() < stream,
                    "path": path,
                    "client": f"{r.choice(clients)}:{r.randint(33000, 60999)}",
                }
            )
        return qs

    def health(f: str, t0: datetime, t1: datetime, gaps: list[tuple[datetime, datetime]]) -> None:
        t = t0
        while t < t1:
            if not any(a <= t < b for a, b in gaps):
                access(f, t, f"10.0.0.5:{r.randint(33000, 60999)}", "GET", "/health", "200 OK")
            t += sec(300 + r.uniform(-0.3, 0.3))

    def models(f: str, qs: list[dict], p: float) -> None:
        for q in qs:
            if r.random() < p:
                access(
                    f, q["t"] - sec(r.uniform(0.3, 2)), q["client"], "GET", "/v1/models", "200 OK"
                )

    # the L4: Llama 3.1 8B
    FA = "sglang-llama-8b.log"
    A = {
        "model": "meta-llama/Llama-3.1-8B-Instruct",
        "tp": 1,
        "mem": 0.88,
        "chunk": 8192,
        "shards": 4,
        "shard_rate": 0.9,
        "avail": 21.68,
        "after_load": 6.57,
        "after_pool": 1.02,
        "graph": (14, 22),
        "arch": "LlamaForCausalLM",
        "kv": 37424,
        "maxreq": 2048,
        "ctx": 131072,
        "step": 0.052,
        "prefill_tps": 5200,
    }
    t = boot(FA, at(6, 0, 2), A)
    chat_a = requests(
        at(6, 3), at(11, 58), 245.0, ["10.0.6.21", "10.0.6.22"], (900, 12000), (60, 420), 0.7
    )
    batch = requests(
        at(8, 30, 10),
        at(8, 51),
        38.0,
        ["10.0.9.40"],
        (16000, 30000),
        (500, 900),
        0.0,
        "/generate",
        0.0,
    )
    for q, n in zip(r.sample(batch, 2), [41877, 52210], strict=True):
        q["prompt"] = n
    chat_a.append(
        {
            "t": at(10, 59, 31),
            "prompt": 2210,
            "hit": 1400,
            "out": 1500,
            "stream": True,
            "path": "/v1/chat/completions",
            "client": "10.0.6.22:51234",
        }
    )
    reqs_a = sorted(chat_a + batch, key=lambda q: q["t"])
    models(FA, chat_a, 0.08)
    sig = at(11, 0, 4)
    t, _ = serve(FA, A, t, sig, reqs_a)
    S(
        FA,
        sig,
        "main",
        "SIGTERM received. signum=%s frame=%s. Draining requests and shutting down...",
        ["SIGTERM received. signum=None frame=None. Draining requests and shutting down..."],
    )
    t = max(t, sig)
    tg = sig + sec(r.uniform(20, 30))
    while True:
        remain = sum(1 for q in reqs_a if q["t"] < sig and q.get("done", sig) > tg and "gen" in q)
        S(
            FA,
            tg,
            "main",
            "Gracefully exiting... remaining number of requests %d",
            [f"Gracefully exiting... remaining number of requests {remain}"],
        )
        if not remain:
            break
        tg += sec(5)
    A2 = dict(A, chunk=4096)
    t2 = boot(FA, tg + sec(r.uniform(8, 12)), A2)
    serve(FA, A2, t2, at(12, 0), [q for q in reqs_a if q["t"] > t2])
    health(FA, at(6, 1, 30), at(12, 0), [(sig + sec(60), t2)])

    # the H100s: Qwen2.5 72B over four GPUs
    FB = "sglang-qwen-72b.log"
    B = {
        "model": "Qwen/Qwen2.5-72B-Instruct",
        "tp": 4,
        "mem": 0.85,
        "chunk": 8192,
        "shards": 37,
        "shard_rate": 1.6,
        "ctx_arg": 32768,
        "avail": 78.58,
        "after_load": 44.29,
        "after_pool": 9.87,
        "graph": (24, 36),
        "arch": "Qwen2ForCausalLM",
        "kv": 371542,
        "maxreq": 4096,
        "ctx": 32768,
        "step": 0.029,
        "prefill_tps": 9800,
    }
    t = boot(FB, at(6, 0, 9), B)
    chat_b = requests(
        at(6, 4),
        at(11, 58),
        300.0,
        ["10.0.6.21", "10.0.6.22", "10.0.7.3"],
        (1200, 40000),
        (100, 560),
        0.75,
    )
    for x in sorted(r.uniform(0, 4.5 * 3600) for _ in range(7)):  # an agent pasting whole logs
        chat_b.append(
            {
                "t": at(7, 0) + sec(x),
                "prompt": r.randint(34000, 61000),
                "hit": 0,
                "out": 400,
                "stream": False,
                "path": "/v1/chat/completions",
                "client": f"10.0.7.3:{r.randint(33000, 60999)}",
            }
        )
    chat_b.sort(key=lambda q: q["t"])
    models(FB, chat_b, 0.1)
    hang = at(9, 41, 7)
    wd = hang + sec(600.4)
    serve(FB, B, t, wd, chat_b, hang=hang)
    for rank in range(4):
        S(
            FB,
            wd + sec(r.uniform(0, 1.5)),
            f"TP{rank}",
            "Watchdog timeout (self.watchdog_timeout=%s)",
            ["Watchdog timeout (self.watchdog_timeout=600)"],
        )
    t2 = boot(FB, wd + sec(r.uniform(17, 22)), B)
    serve(FB, B, t2, at(12, 0), [q for q in chat_b if q["t"] > t2])
    health(FB, at(6, 2, 10), at(12, 0), [(wd, t2)])
    return fs.logs(at(6, 0))


SYSTEMS = {
    "pytorch-lightning": lightning,
    "bentoml": bentoml,
    "label-studio": label_studio,
    "comfyui": comfyui,
    "sglang": sglang,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
