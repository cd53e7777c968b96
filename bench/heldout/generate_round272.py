#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 272 (deepspeed, horovod, optuna, clearml-server, feast) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five tools of one ML platform team, 06:00 to 12:00 on
2024-06-07.

- DeepSpeed 0.14.4 (`20240607060009_rank0.log`, `20240607060009_rank6.log`,
  `20240607083114_rank0.log`, `20240607105822_rank0.log`): a 7B model fine-tuned with ZeRO stage
  2 on two nodes of four A100s, launched by `deepspeed --hostfile ... --enable_each_rank_log
  /mnt/logs/ds train.py`, so launch.py writes each rank's stdout and stderr to
  `<%Y%m%d%H%M%S>_rank<N>.log`; the on-call kept rank 0's file of each run and the failing rank's.
  deepspeed.utils.logging's `[%(asctime)s] [%(levelname)s] [%(filename)s:%(lineno)d:%(funcName)s]
  %(message)s` (`[2024-06-07 06:00:09,231] [INFO] [real_accelerator.py:203:get_accelerator]
  Setting ds_accelerator to cuda (auto detect)`), log_dist's `[Rank 0] ` before the message.
  Each start: the accelerator, `cdb=None`, `Initializing TorchBackend in DeepSpeed with backend
  nccl`, the engine's optimizer lines, ZeRO's bucket lines, the scheduler, `step=0, ...`, the
  `DeepSpeedEngine configuration:` dump (one line per attribute, `  %s %s %s` with dots padding
  the name to 29 columns, four attributes printed as indented JSON over several lines) and the
  user config's `  json = {...}` over many lines; the resume from the last tag (every rank reads
  the model states and all eight ZeRO partitions: `[Torch] Loading checkpoint from %s...` /
  `[Torch] Loaded checkpoint from %s.`, `successfully read %d ZeRO state_dicts for rank %d`,
  `loading %d zero partition checkpoints for rank %d`). Training: `step=%d, skipped=%d, lr=%s,
  mom=%s` and the ThroughputTimer's `epoch=%d/micro_step=%d/global_step=%d,
  RunningAvgSamplesPerSec=%s, CurrSamplesPerSec=%s, MemAllocated=%sGB, MaxMemAllocated=%sGB`
  every 10 steps (the timer's step counts from the process start, the engine's from the
  checkpoint), fp16 overflows (`[deepspeed] OVERFLOW! Rank 0 Skipping step. Attempted loss scale:
  %d, but hysteresis is %d. Reducing hysteresis to %d` and `... reducing to %d`), a checkpoint
  every 500 steps (`[Torch] Checkpoint %s is about to be saved!`, `[Torch] Saving %s...`,
  `[Torch] Saved %s.`, `zero checkpoint saved %s`, `[Torch] Checkpoint %s is ready now!`). Run 1
  (06:00) dies at 07:48 when rank 6 runs out of GPU memory on a batch of long sequences (its
  `torch.OutOfMemoryError` traceback; rank 0's NCCL `DistBackendError` traceback a second later);
  run 2 (08:31, shorter sequences) dies at 10:44 in an overflow storm (every step overflows down
  to the minimum scale: `Current loss scale already at minimum - cannot decrease scale anymore.
  Exiting run.`); run 3 (10:58) switches to bf16 (no loss scaling) and runs to noon.
- Horovod 0.28.1 (`horovodrun.log`): an elastic PyTorch job on spot GPU nodes, `horovodrun -np 8
  --min-np 8 --max-np 16 --host-discovery-script /opt/jobs/discover_hosts.sh --log-level INFO
  --prefix-output-with-timestamp python train_elastic.py` under nohup. The elastic driver's root
  logger through basicConfig's default `%(levelname)s:%(name)s:%(message)s` without a time
  (`INFO:root:reset workers: 12`); each worker's lines behind safe_shell_exec's
  `{time.asctime()}[{rank}]<stdout|stderr>:` (`Fri Jun  7 06:00:41 2024[3]<stdout>:Train Epoch:
  1 [32000/160147 (20%)]\tLoss: 4.812331`), the rank being the one the process started with.
  The script is Horovod's pytorch_mnist_elastic example adapted to the team's image set: every
  worker's `Train Epoch: %d [%d/%d (%.0f%%)]\tLoss: %.6f` every 500 batches, rank 0's
  `\nTest set: Average loss: %.4f, Accuracy: %.2f%%\n` (three lines, the first empty) after each
  epoch, and PyTorch's DataLoader UserWarning (with its source line) as each worker starts. The
  driver: `wait for available slots: %d`, `reset workers: %d`, `start worker process: %s[%d]`,
  `record state: %s[%d] = READY` (`SUCCESS`, `FAILURE`: the constant each caller passes), `all %d
  workers recorded`, `blacklist failing host: %s`, `success count == %d -> stop running`, `key
  exists, reset barrier: %s[%d] = %s -> FAILURE`. Hosts
  join at 06:41, 08:30 and 10:35; gpu-spot-a2 is reclaimed without notice at 07:55 (the
  survivors' core logs `Horovod background loop uncaught exception: [...pair.cc:589] Read error
  [%s]:%d: Connection reset by peer` at E, the lost slots record FAILURE and the host is
  blacklisted), the cloud API throttles the discovery script 09:10-09:12 (every second the AWS
  CLI's `\nAn error occurred (RequestLimitExceeded) ...` on the script's stderr and the driver's
  `Failed to execute discovery script: %s. Exit code: %d`), an NFS stall 09:45-09:50 (rank 0's
  stall inspector every 60 s, `Missing ranks:` and the tensors on the lines after it),
  gpu-spot-a3 is drained at 10:20 (`Connection closed by peer [%s]:%d`), training completes at
  11:23 (every slot SUCCESS).
- Optuna 3.6.1 (`hpo-churn-0.log` ... `hpo-churn-3.log`, `hpo-ranker-0.log`, `hpo-ranker-1.log`:
  `kubectl logs --timestamps` of a StatefulSet's pods, kept over container restarts). Optuna's
  default handler without colour (stderr is no terminal): `[%(levelname)1.1s %(asctime)s]
  %(message)s` (`2024-06-07T06:00:14.318822Z [I 2024-06-07 06:00:14,318] A new study created in
  RDB with name: churn-lgbm-v7`). Four workers tune LightGBM on PostgreSQL storage with TPE
  (multivariate: py.warnings' ExperimentalWarning with its source line at each start) and
  LightGBMPruningCallback: `A new study created in RDB with name: %s` / `Using an existing study
  with name '%s' instead of creating a new one.`, `Trial %d finished with value: %s and
  parameters: %s. Best is trial %d with value: %s.`, `Trial %d pruned. Trial was pruned at
  iteration %d.` and, for the script's own check between folds, `Trial %d pruned. `; LightGBM's
  `[LightGBM] [Warning] No further splits with positive gain, best gain: -inf` in bursts and
  `Found boosting=goss. ...`; trials returning NaN (`Trial %d failed with parameters: %s because
  of the following error: The value nan is not acceptable..` and `Trial %d failed with value
  nan.`); GOSS with bagging crashing a worker six times before the 07:40 fix (`... because of
  the following error: LightGBMError('Cannot use bagging in GOSS').` with the traceback,
  `Trial %d failed with value None.`, the re-raised exception's uncaught traceback, the
  container restarted), the storage's PostgreSQL failing over 09:20-09:22 (sqlalchemy's
  OperationalError ends every worker, twice for two of them). From 10:30 two workers run a
  two-objective NSGA-II study with metric names (`ExperimentalWarning: set_metric_names is
  experimental ...`, `Trial %d finished with values: %s and parameters: %s.`).
- ClearML Server 1.15.1 apiserver (`clearml-apiserver.log`: `docker logs` of the container,
  gunicorn with four sync workers): the apiserver's `[%(asctime)s] [%(process)d] [%(levelname)s]
  [%(name)s] %(message)s` (`[2024-06-07 06:00:02,418] [9] [INFO] [clearml.service_repo] Returned
  200 for queues.get_next_task in 6ms`) and gunicorn's `[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL]`.
  Every call's `Returned %d for %s in %dms` (two agents polling their queues and reporting
  status, SDK runs sending events and pings, the web UI's project and experiment tables and
  plots), `..., msg=%s` for 4xx and 5xx: a CI pipeline's revoked key 07:30-08:20 (`Unauthorized
  (invalid credentials) (failed to locate provided credentials)`), stale experiment links
  (`Invalid task id: id=%s`), Elasticsearch killed and restarted 09:12-09:16 (elasticsearch-py's
  `%s %s [status:N/A request:%.3fs]` with its traceback on each of four attempts, the service
  repo's `log.exception` of `ConnectionError(%s) caused by: NewConnectionError(%s)` and the
  500s); the non-responsive tasks watchdog in every worker every 15 minutes (`Starting cleanup
  cycle for running tasks last updated before %s`, `%d non-responsive tasks found`, `Stopping %s
  (%s), last updated at %s`, `%d non-responsive tasks stopped`); the upgrade restart at 10:05
  (gunicorn's shutdown and start, each worker's `################ API Server initializing
  #####################`, `Could not connect to ElasticSearch Service. Retry %d of %d. Waiting
  for %dsec`, `Applying mappings to ES host: %s`, the mapping results, `Exposed Services: %s`);
  a comparison of long experiments timing a worker out at 11:12 (`WORKER TIMEOUT (pid:%s)`,
  `Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?`, a worker booted).
- Feast 0.38.0 (`feast-feature-server-6d8f7b9c5-k2x7p.log`, `feast-feature-server-6d8f7b9c5-
  q9m4t.log` until the 09:36 rollout, `feast-feature-server-7c4b8d6f9-j5w2n.log`,
  `feast-feature-server-7c4b8d6f9-x8r6d.log` after it, `feast-materialize.log`: `kubectl logs
  --timestamps`). `feast serve` under gunicorn with two UvicornWorkers (the first pair started at 06:00 by the
  node pool's morning rotation): gunicorn's error log
  (`[2024-06-07 06:00:03 +0000] [1] [INFO] Starting gunicorn 22.0.0`, uvicorn's lifespan lines
  through it), uvicorn's access lines through gunicorn's access handler (`10.42.3.18:51234 -
  "POST /get-online-features HTTP/1.1" 200`, no time of their own), the ranking service's
  online lookups and a streaming job's pushes; Redis failing over 08:40-08:43 (the feature
  server's `logger.exception(traceback.format_exc())` through the CLI's basicConfig, `%(asctime)s
  %(levelname)s:%(message)s` with `%m/%d/%Y %I:%M:%S %p`: the traceback as the message and then
  again as exc_info, and 500s); a push source renamed by the 09:30 apply (the stream job's 422s
  until it is redeployed at 09:48). The CronJob every 15 minutes (`feast apply && feast
  materialize-incremental $(date -u +%Y-%m-%dT%H:%M:%S)`, TQDM_DISABLE=1): click's `No changes
  to registry` and `No changes to infrastructure` (colour stripped off a pipe), the 09:30
  change's `Created feature view %s` over three lines, then `print`'s `Materializing %d feature
  views to %s into the %s online store.` and each view's `%s from %s to %s:` with colorama's
  codes kept; the offline store's PostgreSQL down 10:40-10:48 (psycopg's OperationalError
  traceback, the job failing).

Label notes. The heads are context: DeepSpeed's time, level and `file:line:function`, and
log_dist's `[Rank 0] `; the elastic driver's `INFO:root:` and the worker prefix
`{asctime}[{rank}]<stream>:`, Horovod's core head `[time: W file:line]`; the kubelet's time and
Optuna's `[I time]`; ClearML's time, pid, level and logger, gunicorn's time, pid and level; the
Feast basicConfig's time and level. A value that is a message contributes its format (Optuna's
failure reasons, the apiserver's `msg=`, Horovod's gloo errors); a traceback passed as a message
(Feast's `logger.exception(traceback.format_exc())`) is `%s`; an uncaught traceback is labelled
`Traceback (most recent call last):` and its lines have no row; the later lines of one write have
no row (DeepSpeed's JSON values, the stall inspector's ranks, `Test set:` after its empty line,
the AWS CLI's error after its empty line, warnings' source lines, `print`'s trailing empty line,
click's diff lines). Request lines are labelled by method, route and status (round 64's uvicorn),
and ClearML's `Returned %d for %s in %dms` by its endpoint and code. Words a call site passes
or picks by branch are wording (`zero checkpoint saved`, `Created` in Feast's diff, `(auto
detect)`, the driver's `READY` / `SUCCESS` / `FAILURE`); hosts, ranks, slots, tags, paths,
steps, counts, trial numbers, parameters, values, task ids and times are values.

Checked against copies of the sources: DeepSpeed's launch.py (per-rank log files),
ThroughputTimer's line, the TorchCheckpointEngine's five messages and DynamicLossScaler's
overflow messages; Horovod's LogMessage head, safe_shell_exec's prefix, the elastic driver's,
registry's and host manager's messages; Optuna's `_log_failed_trial`, `_check_single_value` and
the pruned line; the apiserver's `Returned ...` line, `API Server initializing`, `Exposed
Services`, the Elasticsearch probing retry and the watchdog's four lines; Feast's
`Materializing ...` print. Least sure (written from the helper's knowledge): DeepSpeed's
start-up lines and their line numbers, the attribute list and values of the configuration dump,
`successfully read ... ZeRO state_dicts` / `loading ... zero partition checkpoints`, and the
NCCL DistBackendError text; whether horovodrun's `--log-level` configures the driver with
basicConfig's default format, the stall inspector's tensor list layout, the gloo error texts and
the DataLoader warning's wording; Optuna's `_log_completed_trial` wording, the experimental
warnings' texts, LightGBM's GOSS warning and error; ClearML's logger names, `Invalid task id`,
the mapping results' shape, gunicorn's version and the timeout lines; Feast's CLI log format,
`No changes to ...`, the diff's layout, the per-view line, uvicorn-through-gunicorn formatting and
the traceback frames.
"""

from __future__ import annotations

import heapq
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

MS = 1_000
SEC = 1_000_000
US = 1


def kts(t: datetime) -> str:
    """kubectl --timestamps: RFC 3339 with nanoseconds, trailing zeros dropped."""
    frac = f"{t.microsecond:06d}{(t.microsecond * 37 + t.second * 11) % 1000:03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def pyms(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def ptr(r: random.Random) -> str:
    return f"0x7f{hexid(r, 10)}"


# -------------------------------------------------------------------------------- deepspeed

DS_VER = "0.14.4"
DS_CK = "/mnt/ckpt/llama2-7b-support-ft"
DS_PY = "/opt/conda/lib/python3.10/site-packages"
DS_WORLD = 8
DS_LR_MAX = 2e-5
DS_TOTAL = 30000
DS_WARMUP = 100
DS_MULTI = {
    "activation_checkpointing_config",
    "autotuning_config",
    "flops_profiler_config",
    "nebula_config",
}
DS_JSON = {
    "activation_checkpointing_config": [
        '"partition_activations": false',
        '"contiguous_memory_optimization": false',
        '"cpu_checkpointing": false',
        '"number_checkpoints": null',
        '"synchronize_checkpoint_boundary": false',
        '"profile": false',
    ],
    "autotuning_config": [
        '"enabled": false',
        '"start_step": null',
        '"end_step": null',
        '"metric_path": null',
        '"arg_mappings": null',
        '"metric": "throughput"',
        '"model_info": null',
        '"results_dir": "autotuning_results"',
        '"exps_dir": "autotuning_exps"',
        '"overwrite": true',
        '"fast": true',
        '"start_profile_step": 3',
        '"end_profile_step": 5',
        '"tuner_type": "gridsearch"',
        '"tuner_early_stopping": 5',
        '"tuner_num_trials": 50',
        '"model_info_path": null',
        '"mp_size": 1',
        '"max_train_batch_size": null',
        '"min_train_batch_size": 1',
        '"max_train_micro_batch_size_per_gpu": 1.024000e+03',
        '"min_train_micro_batch_size_per_gpu": 1',
        '"num_tuning_micro_batch_sizes": 3',
    ],
    "flops_profiler_config": [
        '"enabled": false',
        '"recompute_fwd_factor": 0.0',
        '"profile_step": 1',
        '"module_depth": -1',
        '"top_modules": 1',
        '"detailed": true',
        '"output_file": null',
    ],
    "nebula_config": [
        '"enabled": false',
        '"persistent_storage_path": null',
        '"persistent_time_interval": 100',
        '"num_of_version_in_retention": 2',
        '"enable_nebula_load": true',
        '"load_path": null',
    ],
}


def ds_config(r: random.Random, bf16: bool, micro: int, gas: int) -> list[tuple[str, str]]:
    """The engine's attributes as DeepSpeedConfig.print shows them (name, value's first line)."""
    fp16 = not bf16
    return [
        ("activation_checkpointing_config", "{"),
        (
            "aio_config",
            "{'block_size': 1048576, 'queue_depth': 8, 'thread_count': 1, 'single_submit': False, 'overlap_events': True}",
        ),
        ("amp_enabled", "False"),
        ("amp_params", "False"),
        ("autotuning_config", "{"),
        ("bfloat16_enabled", str(bf16)),
        ("bfloat16_immediate_grad_update", "False"),
        ("checkpoint_parallel_write_pipeline", "False"),
        ("checkpoint_tag_validation_enabled", "True"),
        ("checkpoint_tag_validation_fail", "False"),
        ("comms_config", f"<deepspeed.comm.config.DeepSpeedCommsConfig object at {ptr(r)}>"),
        ("communication_data_type", "None"),
        ("compile_config", "enabled=False backend='inductor' kwargs={}"),
        (
            "compression_config",
            "{'weight_quantization': {'shared_parameters': {'enabled': False, 'quantizer_kernel': False, 'schedule_offset': 0, 'quantize_groups': 1, 'quantize_verbose': False, 'quantization_type': 'symmetric', 'quantize_weight_in_forward': False, 'rounding': 'nearest', 'fp16_mixed_quantize': False, 'quantize_change_ratio': 0.001}, 'different_groups': {}}, 'activation_quantization': {'shared_parameters': {'enabled': False, 'quantization_type': 'symmetric', 'range_calibration': 'dynamic', 'schedule_offset': 1000}, 'different_groups': {}}, 'sparse_pruning': {'shared_parameters': {'enabled': False, 'method': 'l1', 'schedule_offset': 1000}, 'different_groups': {}}, 'row_pruning': {'shared_parameters': {'enabled': False, 'method': 'l1', 'schedule_offset': 1000}, 'different_groups': {}}, 'head_pruning': {'shared_parameters': {'enabled': False, 'method': 'topk', 'schedule_offset': 1000}, 'different_groups': {}}, 'channel_pruning': {'shared_parameters': {'enabled': False, 'method': 'l1', 'schedule_offset': 1000}, 'different_groups': {}}, 'layer_reduction': {'enabled': False}}",
        ),
        ("curriculum_enabled_legacy", "False"),
        ("curriculum_params_legacy", "False"),
        (
            "data_efficiency_config",
            "{'enabled': False, 'seed': 1234, 'data_sampling': {'enabled': False, 'num_epochs': 1000, 'num_workers': 0, 'curriculum_learning': {'enabled': False}}, 'data_routing': {'enabled': False, 'random_ltd': {'enabled': False, 'layer_token_lr_schedule': {'enabled': False}}}}",
        ),
        ("data_efficiency_enabled", "False"),
        ("dataloader_drop_last", "False"),
        ("disable_allgather", "False"),
        ("dump_state", "False"),
        (
            "dynamic_loss_scale_args",
            "{'init_scale': 65536, 'scale_window': 1000, 'delayed_shift': 2, 'consecutive_hysteresis': False, 'min_scale': 1}"
            if fp16
            else "None",
        ),
        ("eigenvalue_enabled", "False"),
        ("eigenvalue_gas_boundary_resolution", "1"),
        ("eigenvalue_layer_name", "bert.encoder.layer"),
        ("eigenvalue_layer_num", "0"),
        ("eigenvalue_max_iter", "100"),
        ("eigenvalue_stability", "1e-06"),
        ("eigenvalue_tol", "0.01"),
        ("eigenvalue_verbose", "False"),
        ("elasticity_enabled", "False"),
        ("flops_profiler_config", "{"),
        ("fp16_auto_cast", "False" if fp16 else "None"),
        ("fp16_enabled", str(fp16)),
        ("fp16_master_weights_and_gradients", "False"),
        ("global_rank", "0"),
        ("grad_accum_dtype", "None"),
        ("gradient_accumulation_steps", str(gas)),
        ("gradient_clipping", "1.0"),
        ("gradient_predivide_factor", "1.0"),
        ("graph_harvesting", "False"),
        (
            "hybrid_engine",
            "enabled=False max_out_tokens=512 inference_tp_size=1 release_inference_cache=False pin_parameters=True tp_gather_partition_size=8",
        ),
        ("initial_dynamic_scale", "65536" if fp16 else "1"),
        ("load_universal_checkpoint", "False"),
        ("loss_scale", "0"),
        ("memory_breakdown", "False"),
        ("mics_hierarchial_params_gather", "False"),
        ("mics_shard_size", "-1"),
        (
            "monitor_config",
            "tensorboard=TensorBoardConfig(enabled=False, output_path='', job_name='DeepSpeedJobName') comet=CometConfig(enabled=False, samples_log_interval=100, project=None, workspace=None, api_key=None, experiment_name=None, experiment_key=None, online=None, mode=None) wandb=WandbConfig(enabled=False, group=None, team=None, project='deepspeed') csv_monitor=CSVConfig(enabled=False, output_path='', job_name='DeepSpeedJobName') enabled=False",
        ),
        ("nebula_config", "{"),
        ("optimizer_legacy_fusion", "False"),
        ("optimizer_name", "adamw"),
        (
            "optimizer_params",
            "{'lr': 2e-05, 'betas': [0.9, 0.95], 'eps': 1e-08, 'weight_decay': 0.1}",
        ),
        (
            "pipeline",
            "{'stages': 'auto', 'partition': 'best', 'seed_layers': False, 'activation_checkpoint_interval': 0, 'pipe_partitioned': True, 'grad_partitioned': True}",
        ),
        ("pld_enabled", "False"),
        ("pld_params", "False"),
        ("prescale_gradients", "False"),
        ("scheduler_name", "WarmupDecayLR"),
        (
            "scheduler_params",
            f"{{'total_num_steps': {DS_TOTAL}, 'warmup_min_lr': 0, 'warmup_max_lr': 2e-05, 'warmup_num_steps': {DS_WARMUP}}}",
        ),
        ("seq_parallel_communication_data_type", "torch.float32"),
        ("sparse_attention", "None"),
        ("sparse_gradients_enabled", "False"),
        ("steps_per_print", "10"),
        ("timers_config", "enabled=True synchronized=True"),
        ("train_batch_size", str(micro * gas * DS_WORLD)),
        ("train_micro_batch_size_per_gpu", str(micro)),
        ("use_data_before_expert_parallel_", "False"),
        ("use_node_local_storage", "False"),
        ("wall_clock_breakdown", "False"),
        ("weight_quantization_config", "None"),
        ("world_size", str(DS_WORLD)),
        ("zero_allow_untested_optimizer", "False"),
        (
            "zero_config",
            "stage=2 contiguous_gradients=True reduce_scatter=True reduce_bucket_size=500000000 use_multi_rank_bucket_allreduce=True allgather_partitions=True allgather_bucket_size=500000000 overlap_comm=True load_from_fp32_weights=True elastic_checkpoint=False offload_param=None offload_optimizer=None sub_group_size=1,000,000,000 cpu_offload_param=None cpu_offload_use_pin_memory=None cpu_offload=None prefetch_bucket_size=50,000,000 param_persistence_threshold=100,000 model_persistence_threshold=sys.maxsize max_live_parameters=1,000,000,000 max_reuse_distance=1,000,000,000 gather_16bit_weights_on_model_save=False use_all_reduce_for_fetch_params=False stage3_gather_fp16_weights_on_model_save=False ignore_unused_parameters=True legacy_stage1=False round_robin_gradients=False zero_hpz_partition_size=1 zero_quantized_weights=False zero_quantized_nontrainable_weights=False zero_quantized_gradients=False mics_shard_size=-1 mics_hierarchical_params_gather=False memory_efficient_linear=True pipeline_loading_checkpoint=False override_module_apply=True",
        ),
        ("zero_enabled", "True"),
        ("zero_force_ds_cpu_optimizer", "True"),
        ("zero_optimization_stage", "2"),
    ]


def ds_user_json(bf16: bool, micro: int, gas: int) -> list[str]:
    """print_user_config's json.dumps(sort_keys=True, indent=4, separators=(",", ":"))."""
    out = ["{"]
    body = [
        ('"bf16"', ["enabled"], [str(bf16).lower()]),
        (
            '"fp16"',
            [
                "enabled",
                "hysteresis",
                "initial_scale_power",
                "loss_scale",
                "loss_scale_window",
                "min_loss_scale",
            ],
            [str(not bf16).lower(), "2", "16", "0", "1000", "1"],
        ),
        ('"gradient_accumulation_steps"', None, [str(gas)]),
        ('"gradient_clipping"', None, ["1.0"]),
        ('"optimizer"', ["params", "type"], None),
        ('"scheduler"', ["params", "type"], None),
        ('"steps_per_print"', None, ["10"]),
        ('"train_micro_batch_size_per_gpu"', None, [str(micro)]),
        ('"wall_clock_breakdown"', None, ["false"]),
        (
            '"zero_optimization"',
            [
                "allgather_bucket_size",
                "contiguous_gradients",
                "overlap_comm",
                "reduce_bucket_size",
                "stage",
            ],
            ["5.000000e+08", "true", "true", "5.000000e+08", "2"],
        ),
    ]
    for i, (key, subs, vals) in enumerate(body):
        comma = "," if i < len(body) - 1 else ""
        if subs is None:
            out.append(f"    {key}:{vals[0]}{comma}")
        elif key == '"optimizer"':
            out += [
                f"    {key}:{{",
                '        "params":{',
                '            "betas":[',
                "                0.9,",
                "                0.95",
                "            ],",
                '            "eps":1e-08,',
                '            "lr":2e-05,',
                '            "weight_decay":0.1',
                "        },",
                '        "type":"AdamW"',
                "    }" + comma,
            ]
        elif key == '"scheduler"':
            out += [
                f"    {key}:{{",
                '        "params":{',
                f'            "total_num_steps":{DS_TOTAL},',
                '            "warmup_max_lr":2e-05,',
                '            "warmup_min_lr":0,',
                f'            "warmup_num_steps":{DS_WARMUP}',
                "        },",
                '        "type":"WarmupDecayLR"',
                "    }" + comma,
            ]
        else:
            out.append(f"    {key}:{{")
            for j, (s, v) in enumerate(zip(subs, vals, strict=True)):
                out.append(f'        "{s}":{v}' + ("," if j < len(subs) - 1 else ""))
            out.append("    }" + comma)
    out.append("}")
    return out


def ds_lr(step: int) -> float:
    if step < DS_WARMUP:
        return DS_LR_MAX * step / DS_WARMUP
    return DS_LR_MAX * max(0.0, (DS_TOTAL - step) / (DS_TOTAL - DS_WARMUP))


def deepspeed(r: random.Random) -> list[Log]:
    """Four per-rank logs of three runs (see the module docstring)."""
    fs = Files()

    def L(
        f: str,
        p: object,
        t: datetime,
        src: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
        lvl: str = "INFO",
    ) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"[{pyms(x)}] [{lvl}] [{src}] {msg}", *(cont or [])], p, MS
        )

    def D(f: str, p: object, t: datetime, label: str, msg: str) -> datetime:
        return L(f, p, t, "logging.py:96:log_dist", label, f"[Rank 0] {msg}")

    def bare(f: str, p: object, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, p, MS)

    def tag_path(step: int, name: str) -> str:
        return f"{DS_CK}/global_step{step}/{name}"

    def start(
        f: str, p: object, t: datetime, rank: int, bf16: bool, micro: int, gas: int, resume: int
    ) -> datetime:
        t = L(
            f,
            p,
            t,
            "real_accelerator.py:203:get_accelerator",
            "Setting ds_accelerator to %s (auto detect)",
            "Setting ds_accelerator to cuda (auto detect)",
        )
        t = L(f, p, t + sec(r.uniform(3, 6)), "comm.py:637:init_distributed", "cdb=%s", "cdb=None")
        if rank == 0:
            t = L(
                f,
                p,
                t + sec(0.002),
                "comm.py:668:init_distributed",
                "Initializing TorchBackend in DeepSpeed with backend %s",
                "Initializing TorchBackend in DeepSpeed with backend nccl",
            )
        t += sec(r.uniform(38, 64))
        if rank == 0:
            t = D(
                f,
                p,
                t,
                "DeepSpeed info: version=%s, git-hash=%s, git-branch=%s",
                f"DeepSpeed info: version={DS_VER}, git-hash=unknown, git-branch=unknown",
            )
            t = D(
                f,
                p,
                t + sec(r.uniform(1.5, 3)),
                "DeepSpeed Flops Profiler Enabled: %s",
                "DeepSpeed Flops Profiler Enabled: False",
            )
            t = D(
                f,
                p,
                t + sec(r.uniform(0.2, 0.6)),
                "Using DeepSpeed Optimizer param name %s as basic optimizer",
                "Using DeepSpeed Optimizer param name adamw as basic optimizer",
            )
            t = D(
                f,
                p,
                t + sec(0.003),
                "DeepSpeed Basic Optimizer = %s",
                "DeepSpeed Basic Optimizer = FusedAdam",
            )
        else:
            t += sec(r.uniform(2, 4))
        t = L(
            f,
            p,
            t + sec(0.001),
            "utils.py:56:is_zero_supported_optimizer",
            "Checking ZeRO support for optimizer=%s type=%s",
            "Checking ZeRO support for optimizer=FusedAdam type=<class 'deepspeed.ops.adam.fused_adam.FusedAdam'>",
        )
        if rank == 0:
            dt = "torch.bfloat16" if bf16 else "torch.float16"
            t = D(
                f,
                p,
                t + sec(0.001),
                "Creating %s ZeRO stage %d optimizer",
                f"Creating {dt} ZeRO stage 2 optimizer",
            )
            t = L(
                f,
                p,
                t + sec(0.001),
                "stage_1_and_2.py:148:__init__",
                "Reduce bucket size %s",
                "Reduce bucket size 500000000",
            )
            t = L(
                f,
                p,
                t + sec(0.001),
                "stage_1_and_2.py:149:__init__",
                "Allgather bucket size %s",
                "Allgather bucket size 500000000",
            )
            t = L(
                f,
                p,
                t + sec(0.001),
                "stage_1_and_2.py:150:__init__",
                "CPU Offload: %s",
                "CPU Offload: False",
            )
            t = L(
                f,
                p,
                t + sec(0.001),
                "stage_1_and_2.py:151:__init__",
                "Round robin gradient partitioning: %s",
                "Round robin gradient partitioning: False",
            )
            t += sec(r.uniform(5, 9))
            t = D(f, p, t, "DeepSpeed Final Optimizer = %s", "DeepSpeed Final Optimizer = adamw")
            t = D(
                f,
                p,
                t + sec(0.001),
                "DeepSpeed using configured LR scheduler = %s",
                "DeepSpeed using configured LR scheduler = WarmupDecayLR",
            )
            t = D(
                f,
                p,
                t + sec(0.001),
                "DeepSpeed LR Scheduler = %s",
                f"DeepSpeed LR Scheduler = <deepspeed.runtime.lr_schedules.WarmupDecayLR object at {ptr(r)}>",
            )
            t = D(
                f,
                p,
                t + sec(0.001),
                "step=%d, skipped=%d, lr=%s, mom=%s",
                "step=0, skipped=0, lr=[0.0, 0.0], mom=[[0.9, 0.95], [0.9, 0.95]]",
            )
            t = L(
                f,
                p,
                t + sec(0.001),
                "config.py:996:print",
                "DeepSpeedEngine configuration:",
                "DeepSpeedEngine configuration:",
            )
            for name, val in ds_config(r, bf16, micro, gas):
                dots = "." * (29 - len(name))
                cont = (
                    [
                        *[
                            "    " + x + ("," if i < len(DS_JSON[name]) - 1 else "")
                            for i, x in enumerate(DS_JSON[name])
                        ],
                        "}",
                    ]
                    if name in DS_MULTI
                    else None
                )
                t = L(
                    f,
                    p,
                    t + sec(0.0004),
                    "config.py:1000:print",
                    "  %s %s %s",
                    f"  {name} {dots} {val}",
                    cont,
                )
            js = ds_user_json(bf16, micro, gas)
            t = L(
                f,
                p,
                t + sec(0.0004),
                "config.py:986:print_user_config",
                "  json = %s",
                f"  json = {js[0]}",
                js[1:],
            )
        else:
            t += sec(r.uniform(6, 9))
        # resume
        t += sec(r.uniform(0.5, 2))
        mp = tag_path(resume, "mp_rank_00_model_states.pt")
        t = L(
            f,
            p,
            t,
            "torch_checkpoint_engine.py:27:load",
            "[Torch] Loading checkpoint from %s...",
            f"[Torch] Loading checkpoint from {mp}...",
        )
        t = L(
            f,
            p,
            t + sec(r.uniform(9, 16)),
            "torch_checkpoint_engine.py:29:load",
            "[Torch] Loaded checkpoint from %s.",
            f"[Torch] Loaded checkpoint from {mp}.",
        )
        for i in range(DS_WORLD):
            zp = tag_path(resume, f"zero_pp_rank_{i}_mp_rank_00_optim_states.pt")
            t = L(
                f,
                p,
                t + sec(r.uniform(0.05, 0.3)),
                "torch_checkpoint_engine.py:27:load",
                "[Torch] Loading checkpoint from %s...",
                f"[Torch] Loading checkpoint from {zp}...",
            )
            t = L(
                f,
                p,
                t + sec(r.uniform(2.5, 6)),
                "torch_checkpoint_engine.py:29:load",
                "[Torch] Loaded checkpoint from %s.",
                f"[Torch] Loaded checkpoint from {zp}.",
            )
        t = L(
            f,
            p,
            t + sec(r.uniform(0.3, 1)),
            "engine.py:3097:_get_all_zero_checkpoint_state_dicts",
            "successfully read %d ZeRO state_dicts for rank %d",
            f"successfully read {DS_WORLD} ZeRO state_dicts for rank {rank}",
        )
        t = L(
            f,
            p,
            t + sec(r.uniform(2, 5)),
            "engine.py:3047:_load_zero_checkpoint",
            "loading %d zero partition checkpoints for rank %d",
            f"loading {DS_WORLD} zero partition checkpoints for rank {rank}",
        )
        return t + sec(r.uniform(3, 8))

    def save(f: str, p: object, t: datetime, rank: int, step: int) -> datetime:
        tag = f"global_step{step}"
        if rank == 0:
            t = D(
                f,
                p,
                t,
                "[Torch] Checkpoint %s is about to be saved!",
                f"[Torch] Checkpoint {tag} is about to be saved!",
            )
            mp = tag_path(step, "mp_rank_00_model_states.pt")
            t = L(
                f,
                p,
                t + sec(0.01),
                "torch_checkpoint_engine.py:21:save",
                "[Torch] Saving %s...",
                f"[Torch] Saving {mp}...",
            )
            t = L(
                f,
                p,
                t + sec(r.uniform(18, 31)),
                "torch_checkpoint_engine.py:23:save",
                "[Torch] Saved %s.",
                f"[Torch] Saved {mp}.",
            )
        else:
            t += sec(r.uniform(18, 31))
        zp = tag_path(step, f"zero_pp_rank_{rank}_mp_rank_00_optim_states.pt")
        t = L(
            f,
            p,
            t + sec(0.02),
            "torch_checkpoint_engine.py:21:save",
            "[Torch] Saving %s...",
            f"[Torch] Saving {zp}...",
        )
        t = L(
            f,
            p,
            t + sec(r.uniform(9, 17)),
            "torch_checkpoint_engine.py:23:save",
            "[Torch] Saved %s.",
            f"[Torch] Saved {zp}.",
        )
        t = L(
            f,
            p,
            t + sec(0.001),
            "engine.py:3488:_save_zero_checkpoint",
            "zero checkpoint saved %s",
            f"zero checkpoint saved {zp}",
        )
        return L(
            f,
            p,
            t + sec(r.uniform(1, 4)),
            "torch_checkpoint_engine.py:33:commit",
            "[Torch] Checkpoint %s is ready now!",
            f"[Torch] Checkpoint {tag} is ready now!",
        )

    runs = [
        ("20240607060009", at(6, 0, 9.2), False, 4, 4, 2.05, at(7, 48, 31), "oom"),
        ("20240607083114", at(8, 31, 14.6), False, 2, 8, 2.2, None, "minscale"),
        ("20240607105822", at(10, 58, 22.3), True, 2, 8, 2.1, T_END, "end"),
    ]
    last_ckpt = 4000
    scale = 32768
    for run_i, (stamp, t0, bf16, micro, gas, step_s, end_t, how) in enumerate(runs):
        f0 = f"{stamp}_rank0.log"
        p0 = ("run", run_i, 0)
        f6 = f"{stamp}_rank6.log" if how == "oom" else None
        p6 = ("run", run_i, 6)
        resume = last_ckpt
        t = start(f0, p0, t0, 0, bf16, micro, gas, resume)
        if f6:
            start(f6, p6, t0 + sec(r.uniform(0.05, 0.4)), 6, bf16, micro, gas, resume)
        step, tstep, skipped = resume, 0, 0
        hyst = 2
        stable = 0
        storm_at = at(10, 43, 40) if how == "minscale" else None
        while True:
            if end_t is not None and t >= end_t:
                break
            t += sec(step_s * r.uniform(0.93, 1.12))
            step += 1
            tstep += 1
            overflow = not bf16 and (
                (storm_at is not None and t >= storm_at) or r.random() < 0.0012
            )
            if overflow:
                skipped += 1
                stable = 0
                if hyst > 1:
                    t = L(
                        f0,
                        p0,
                        t,
                        "loss_scaler.py:183:update_scale",
                        "[deepspeed] OVERFLOW! Rank %d Skipping step. Attempted loss scale: %d, but hysteresis is %d. Reducing hysteresis to %d",
                        f"[deepspeed] OVERFLOW! Rank 0 Skipping step. Attempted loss scale: {scale}, but hysteresis is {hyst}. Reducing hysteresis to {hyst - 1}",
                    )
                    hyst -= 1
                elif scale <= 1:
                    tb = [
                        "Traceback (most recent call last):",
                        '  File "/workspace/llm-ft/train.py", line 312, in <module>',
                        "    main()",
                        '  File "/workspace/llm-ft/train.py", line 268, in main',
                        "    engine.step()",
                        f'  File "{DS_PY}/deepspeed/runtime/engine.py", line 2213, in step',
                        "    self._take_model_step(lr_kwargs)",
                        f'  File "{DS_PY}/deepspeed/runtime/engine.py", line 2119, in _take_model_step',
                        "    self.optimizer.step()",
                        f'  File "{DS_PY}/deepspeed/runtime/zero/stage_1_and_2.py", line 1812, in step',
                        "    self._update_scale(self.overflow)",
                        f'  File "{DS_PY}/deepspeed/runtime/zero/stage_1_and_2.py", line 2063, in _update_scale',
                        "    self.loss_scaler.update_scale(has_overflow)",
                        f'  File "{DS_PY}/deepspeed/runtime/fp16/loss_scaler.py", line 175, in update_scale',
                        "    raise Exception(",
                        "Exception: Current loss scale already at minimum - cannot decrease scale anymore. Exiting run.",
                    ]
                    bare(f0, p0, t + sec(0.01), "Traceback (most recent call last):", tb)
                    break
                else:
                    nxt = max(scale // 2, 1)
                    t = L(
                        f0,
                        p0,
                        t,
                        "loss_scaler.py:183:update_scale",
                        "[deepspeed] OVERFLOW! Rank %d Skipping step. Attempted loss scale: %d, reducing to %d",
                        f"[deepspeed] OVERFLOW! Rank 0 Skipping step. Attempted loss scale: {scale}, reducing to {nxt}",
                    )
                    scale = nxt
            elif not bf16:
                stable += 1
                if stable % 1000 == 0:
                    hyst = 2
                    scale = min(scale * 2, 65536)
            if how == "oom" and t >= at(7, 48, 29):
                tb6 = [
                    "Traceback (most recent call last):",
                    '  File "/workspace/llm-ft/train.py", line 312, in <module>',
                    "    main()",
                    '  File "/workspace/llm-ft/train.py", line 259, in main',
                    "    outputs = engine(input_ids=batch['input_ids'], attention_mask=batch['attention_mask'], labels=batch['labels'])",
                    "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DS_PY}/torch/nn/modules/module.py", line 1532, in _wrapped_call_impl',
                    "    return self._call_impl(*args, **kwargs)",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DS_PY}/deepspeed/runtime/engine.py", line 1852, in forward',
                    "    loss = self.module(*inputs, **kwargs)",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DS_PY}/transformers/models/llama/modeling_llama.py", line 1183, in forward',
                    "    logits = logits.float()",
                    "             ^^^^^^^^^^^^^^",
                    "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.91 GiB. GPU 2 has a total capacity of 79.15 GiB of which 2.07 GiB is free. Process 61822 has 77.07 GiB memory in use. Of the allocated memory 71.93 GiB is allocated by PyTorch, and 3.58 GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)",
                ]
                assert f6 is not None
                bare(f6, p6, t, "Traceback (most recent call last):", tb6)
                tb0 = [
                    "Traceback (most recent call last):",
                    '  File "/workspace/llm-ft/train.py", line 312, in <module>',
                    "    main()",
                    '  File "/workspace/llm-ft/train.py", line 264, in main',
                    "    engine.backward(loss)",
                    f'  File "{DS_PY}/deepspeed/utils/nvtx.py", line 15, in wrapped_fn',
                    "    ret_val = func(*args, **kwargs)",
                    "              ^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DS_PY}/deepspeed/runtime/engine.py", line 1976, in backward',
                    "    self.optimizer.backward(loss, retain_graph=retain_graph)",
                    f'  File "{DS_PY}/deepspeed/runtime/zero/stage_1_and_2.py", line 2051, in backward',
                    "    self.loss_scaler.backward(loss.float(), retain_graph=retain_graph)",
                    f'  File "{DS_PY}/deepspeed/runtime/zero/stage_1_and_2.py", line 1063, in reduce_ipg_grads',
                    "    self.average_tensor(extra_large_grad_reduc.view(-1) if extra_large_grad_reduc is not None else self.ipg_buffer[self.ipg_index].narrow(0, 0, self.elements_in_ipg_bucket))",
                    f'  File "{DS_PY}/deepspeed/comm/torch.py", line 196, in reduce_scatter_tensor',
                    "    return torch.distributed.reduce_scatter_tensor(output_tensor=output_tensor,",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DS_PY}/torch/distributed/distributed_c10d.py", line 3375, in reduce_scatter_tensor',
                    "    work = group._reduce_scatter_base(output, input, opts)",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    "torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/NCCLUtils.hpp:275, remote process exited or there was a network error, NCCL version 2.20.5",
                    "ncclRemoteError: A call failed possibly due to a network error or a remote process exiting prematurely.",
                    "Last error:",
                    "NET/Socket : Connection closed by remote peer gpu-node-02<49318>",
                ]
                bare(
                    f0, p0, t + sec(r.uniform(0.8, 1.6)), "Traceback (most recent call last):", tb0
                )
                break
            if step % 10 == 0:
                lr = ds_lr(step)
                t = D(
                    f0,
                    p0,
                    t,
                    "step=%d, skipped=%d, lr=%s, mom=%s",
                    f"step={step}, skipped={skipped}, lr=[{lr!r}, {lr!r}], mom=[[0.9, 0.95], [0.9, 0.95]]",
                )
                if tstep % 10 == 0:
                    gbs = micro * gas * DS_WORLD
                    avg = gbs / (step_s * r.uniform(0.99, 1.02))
                    cur = gbs / (step_s * r.uniform(0.9, 1.15))
                    mem = round(r.uniform(21.1, 21.6) if micro == 4 else r.uniform(19.4, 19.9), 2)
                    mx = round(r.uniform(61.0, 63.5) if micro == 4 else r.uniform(47.2, 49.0), 2)
                    t = L(
                        f0,
                        p0,
                        t + sec(0.002),
                        "timer.py:259:stop",
                        "epoch=%d/micro_step=%d/global_step=%d, RunningAvgSamplesPerSec=%s, CurrSamplesPerSec=%s, MemAllocated=%sGB, MaxMemAllocated=%sGB",
                        f"epoch=0/micro_step={tstep * gas}/global_step={tstep}, RunningAvgSamplesPerSec={avg!r}, CurrSamplesPerSec={cur!r}, MemAllocated={mem}GB, MaxMemAllocated={mx}GB",
                    )
            if step % 500 == 0:
                t2 = save(f0, p0, t + sec(0.05), 0, step)
                if f6:
                    save(f6, p6, t + sec(r.uniform(0.05, 0.3)), 6, step)
                t = t2
                last_ckpt = step
        scale = 16384  # the loss scaler's state in the checkpoint run 2 resumes
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- horovod

HV_PIP = "/tmp/pip-install-q8n3v1xz/horovod_7d41f2a0c6b54c3e9a8f1b2d3c4e5f60"
HV_DL_WARN = "/opt/conda/lib/python3.10/site-packages/torch/utils/data/dataloader.py:558: UserWarning: This DataLoader will create 8 worker processes in total. Our suggested max number of worker in current system is 6, which is smaller than what this DataLoader is going to create. Please be aware that excessive worker creation might get DataLoader running slow or even freeze, lower the worker number to avoid potential slowness/freeze if necessary."
HV_DATA = 1_281_167
HV_BATCH = 64
HV_LOG_EVERY = 400
HV_HOSTS = {
    "gpu-spot-a1": "10.10.1.11",
    "gpu-spot-a2": "10.10.1.12",
    "gpu-spot-a3": "10.10.1.13",
    "gpu-spot-a4": "10.10.1.14",
    "gpu-spot-a5": "10.10.1.15",
}
HV_TENSORS = [
    "allreduce.layer4.2.conv3.weight",
    "allreduce.layer4.2.bn3.weight",
    "allreduce.layer4.2.bn3.bias",
    "allreduce.fc.weight",
    "allreduce.fc.bias",
]


def asct(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def horovod(r: random.Random) -> list[Log]:
    """One elastic job's horovodrun output (see the module docstring)."""
    fs = Files()
    F = "horovodrun.log"

    def drv(t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(F, t, label, lambda x: [f"{lvl}:root:{msg}"], "driver", MS)

    def wk(t: datetime, w: tuple[str, int], stream: str, label: str, lines: list[str]) -> datetime:
        idx = started[w]
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"{asct(x)}[{idx}]<{stream}>:{ln}" for ln in lines],
            ("w", w, idx),
            SEC,
        )

    def core(x: datetime, lvl: str, src: str, msg: str) -> str:
        return f"[{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d}: {lvl} {HV_PIP}/horovod/common/{src}] {msg}"

    hosts: list[str] = []  # assignment order
    started: dict[tuple[str, int], int] = {}
    alive: list[tuple[str, int]] = []
    rank_of: dict[tuple[str, int], int] = {}

    def assign() -> None:
        rank_of.clear()
        n = 0
        for h in hosts:
            for s in range(4):
                rank_of[(h, s)] = n
                n += 1

    def activate(t: datetime, new: list[str]) -> datetime:
        t = drv(t, "INFO", "wait for available slots: %d", "wait for available slots: 8")
        assign()
        t = drv(
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "reset workers: %d",
            f"reset workers: {len(rank_of)}",
        )
        for h in new:
            for s in range(4):
                w = (h, s)
                t = drv(
                    t + sec(r.uniform(0.005, 0.02)),
                    "INFO",
                    "start worker process: %s[%d]",
                    f"start worker process: {h}[{s}]",
                )
                started[w] = rank_of[w]
                alive.append(w)
        for h in new:
            for s in range(4):
                tw = t + sec(r.uniform(6, 11))
                wk(
                    tw,
                    (h, s),
                    "stderr",
                    "%s:%d: UserWarning: This DataLoader will create %d worker processes in total. Our suggested max number of worker in current system is %d, which is smaller than what this DataLoader is going to create. Please be aware that excessive worker creation might get DataLoader running slow or even freeze, lower the worker number to avoid potential slowness/freeze if necessary.",
                    [HV_DL_WARN, "  warnings.warn(_create_warning_msg("],
                )
        return t + sec(r.uniform(14, 22))

    def record(t: datetime, ws: list[tuple[str, int]], state: str) -> datetime:
        ws = list(ws)
        r.shuffle(ws)
        for w in ws:
            t = drv(
                t + sec(r.uniform(0.05, 1.5)),
                "INFO",
                f"record state: %s[%d] = {state}",
                f"record state: {w[0]}[{w[1]}] = {state}",
            )
        return t

    # start
    hosts[:] = ["gpu-spot-a1", "gpu-spot-a2"]
    t = activate(at(6, 0, 38.4), list(hosts))
    epoch, batch = 1, 0
    loss = 6.9
    size = lambda: len(rank_of)  # noqa: E731

    events = [
        (at(6, 41, 12), "add", "gpu-spot-a3"),
        (at(7, 55, 3), "lose", "gpu-spot-a2"),
        (at(8, 30, 47), "add", "gpu-spot-a4"),
        (at(9, 10, 5), "throttle", ""),
        (at(9, 45, 20), "stall", ""),
        (at(10, 20, 9), "drain", "gpu-spot-a3"),
        (at(10, 35, 31), "add", "gpu-spot-a5"),
    ]
    end_epochs = 25
    done_at = None
    while t < T_END:
        n = size()
        per = -(-HV_DATA // n)
        nb = -(-per // HV_BATCH)
        bt = 0.395 * r.uniform(0.97, 1.05)
        target = min(-(-batch // HV_LOG_EVERY) * HV_LOG_EVERY, nb)
        tnext = t + sec((target - batch) * bt)
        if events and events[0][0] <= tnext:
            t_ev, kind, host = events.pop(0)
            batch = min(batch + int((t_ev - t).total_seconds() / bt), nb - 1)
            t = t_ev
            if kind in ("add", "lose", "drain"):
                batch -= batch % 100  # the state restored to its last commit
            if kind == "add":
                old = list(alive)
                t = record(t + sec(r.uniform(1.5, 4)), old, "READY")
                t = drv(
                    t + sec(0.002),
                    "INFO",
                    "all %d workers recorded",
                    f"all {len(old)} workers recorded",
                )
                hosts.append(host)
                t = activate(t + sec(0.01), [host])
            elif kind in ("lose", "drain"):
                survivors = [w for w in alive if w[0] != host]
                lost = [w for w in alive if w[0] == host]
                ip = HV_HOSTS[host]
                for w in survivors:
                    x = t + sec(r.uniform(0.05, 2.5))
                    if kind == "lose":
                        err = f"[{HV_PIP}/third_party/compatible_gloo/gloo/transport/tcp/pair.cc:589] Read error [{ip}]:{r.randint(20000, 65000)}: Connection reset by peer"
                        lab = "Horovod background loop uncaught exception: [%s:%d] Read error [%s]:%d: Connection reset by peer"
                    else:
                        err = f"[{HV_PIP}/third_party/compatible_gloo/gloo/transport/tcp/pair.cc:598] Connection closed by peer [{ip}]:{r.randint(20000, 65000)}"
                        lab = "Horovod background loop uncaught exception: [%s:%d] Connection closed by peer [%s]:%d"
                    idx = started[w]
                    fs.add(
                        F,
                        x,
                        lab,
                        lambda xx, err=err, idx=idx: [
                            f"{asct(xx)}[{idx}]<stderr>:{core(xx, 'E', 'operations.cc:697', 'Horovod background loop uncaught exception: ' + err)}"
                        ],
                        ("w", w, idx),
                        SEC,
                    )
                t2 = t + sec(3)
                if kind == "drain":
                    t2 = drv(
                        t2 + sec(0.3),
                        "INFO",
                        "record state: %s[%d] = READY",
                        f"record state: {lost[1][0]}[{lost[1][1]}] = READY",
                    )
                t2 = record(t2, survivors[: len(survivors) // 2], "READY")
                t2 = t2 + sec(0.5 if kind == "drain" else 21)
                for w in lost:
                    if kind == "drain" and w == lost[1]:
                        t2 = drv(
                            t2 + sec(0.2),
                            "INFO",
                            "key exists, reset barrier: %s[%d] = %s -> FAILURE",
                            f"key exists, reset barrier: {w[0]}[{w[1]}] = READY -> FAILURE",
                        )
                    t2 = drv(
                        t2 + sec(r.uniform(0.05, 0.4)),
                        "INFO",
                        "record state: %s[%d] = FAILURE",
                        f"record state: {w[0]}[{w[1]}] = FAILURE",
                    )
                t2 = record(t2, survivors[len(survivors) // 2 :], "READY")
                t2 = drv(
                    t2 + sec(0.002),
                    "INFO",
                    "all %d workers recorded",
                    f"all {len(alive)} workers recorded",
                )
                t2 = drv(
                    t2 + sec(0.001),
                    "WARNING",
                    "blacklist failing host: %s",
                    f"blacklist failing host: {host}",
                )
                for w in lost:
                    alive.remove(w)
                hosts.remove(host)
                t = activate(t2 + sec(0.01), [])
            elif kind == "throttle":
                tt = t
                while tt < at(9, 12, 7):
                    fs.add(
                        F,
                        tt,
                        "\\nAn error occurred (%s) when calling the %s operation (reached max retries: %d): %s",
                        lambda x: [
                            "",
                            "An error occurred (RequestLimitExceeded) when calling the DescribeInstances operation (reached max retries: 2): Request limit exceeded.",
                        ],
                        "discovery",
                        MS,
                    )
                    drv(
                        tt + sec(0.004),
                        "WARNING",
                        "Failed to execute discovery script: %s. Exit code: %d",
                        "Failed to execute discovery script: /opt/jobs/discover_hosts.sh. Exit code: 1",
                    )
                    tt += sec(1.0 + r.uniform(0.32, 0.41))
            elif kind == "stall":
                slow = [w for w in alive if w[0] == "gpu-spot-a3"][2]
                w0 = alive[0]
                i0 = started[w0]
                stall = "One or more tensors were submitted to be reduced, gathered or broadcasted by subset of ranks and are waiting for remainder of ranks for more than 60 seconds. This may indicate that different ranks are trying to submit different tensors or that only subset of ranks is submitting tensors, which will cause deadlock. "
                for k in range(5):
                    x = t + sec(60 * (k + 1) + r.uniform(0, 0.01))
                    names = ", ".join(HV_TENSORS[: r.randint(2, 5)])
                    fs.add(
                        F,
                        x,
                        "One or more tensors were submitted to be reduced, gathered or broadcasted by subset of ranks and are waiting for remainder of ranks for more than %d seconds. This may indicate that different ranks are trying to submit different tensors or that only subset of ranks is submitting tensors, which will cause deadlock. ",
                        lambda xx, names=names, i0=i0, stall=stall, slow=slow: [
                            f"{asct(xx)}[{i0}]<stderr>:{core(xx, 'W', 'stall_inspector.cc:107', stall)}",
                            f"{asct(xx)}[{i0}]<stderr>:Missing ranks:",
                            f"{asct(xx)}[{i0}]<stderr>:{rank_of[slow]}: [{names}]",
                        ],
                        ("w", w0, i0),
                        SEC,
                    )
                t += sec(r.uniform(300, 320))
            continue
        t = tnext
        batch = target
        if batch >= nb:
            # end of epoch: rank 0 tests
            w0 = alive[0]
            tl = 1.25 + 5.4 * 0.88**epoch + r.uniform(-0.05, 0.05)
            acc = min(76.5, 30 + 46 * (1 - 0.86**epoch)) + r.uniform(-0.4, 0.4)
            t = wk(
                t + sec(r.uniform(25, 40)),
                w0,
                "stdout",
                "\\nTest set: Average loss: %.4f, Accuracy: %.2f%%\\n",
                ["", f"Test set: Average loss: {tl:.4f}, Accuracy: {acc:.2f}%", ""],
            )
            epoch += 1
            batch = 0
            if epoch > end_epochs:
                done_at = t
                break
            continue
        loss = max(0.9, 1.15 + 5.7 * 0.87 ** (epoch - 1 + batch / nb))
        for w in alive:
            lw = loss * r.uniform(0.9, 1.1)
            wk(
                t + sec(r.uniform(0, 1.2)),
                w,
                "stdout",
                "Train Epoch: %d [%d/%d (%.0f%%)]\\tLoss: %.6f",
                [
                    f"Train Epoch: {epoch} [{batch * HV_BATCH}/{per} ({100.0 * batch / nb:.0f}%)]\tLoss: {lw:.6f}"
                ],
            )
        t += sec(bt)
        batch += 1
    if done_at is not None:
        t = done_at + sec(r.uniform(2, 5))
        t = record(t, list(alive), "SUCCESS")
        t = drv(
            t + sec(0.002), "INFO", "all %d workers recorded", f"all {len(alive)} workers recorded"
        )
        drv(
            t + sec(0.001),
            "INFO",
            "success count == %d -> stop running",
            f"success count == {len(alive)} -> stop running",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- optuna

OP_PY = "/usr/local/lib/python3.11/site-packages"
OP_DB_ERR = 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "optuna-db-rw.ml.svc.cluster.local" (10.96.14.3), port 5432 failed: Connection refused'


def op_params(r: random.Random, fixed: bool) -> dict[str, object]:
    """The churn objective's suggestions (after the fix GOSS samples no bagging)."""
    boosting = "goss" if r.random() < 0.04 else "gbdt"
    p: dict[str, object] = {
        "boosting": boosting,
        "lambda_l1": 10 ** r.uniform(-8, 1),
        "lambda_l2": 10 ** r.uniform(-8, 1),
        "num_leaves": r.randint(8, 256),
        "feature_fraction": r.uniform(0.4, 1.0),
    }
    if not (fixed and boosting == "goss"):
        p["bagging_fraction"] = r.uniform(0.4, 1.0)
        p["bagging_freq"] = r.randint(1, 7) if r.random() < 0.3 else 0
    p["min_child_samples"] = r.randint(5, 100)
    p["learning_rate"] = 10 ** r.uniform(-3, -0.5)
    return p


def op_db_tb(where: str) -> list[str]:
    head = [
        "Traceback (most recent call last):",
        f'  File "{OP_PY}/sqlalchemy/engine/base.py", line 145, in __init__',
        "    self._dbapi_connection = engine.raw_connection()",
        "                             ^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{OP_PY}/sqlalchemy/pool/base.py", line 674, in __connect',
        "    self.dbapi_connection = connection = pool._invoke_creator(self)",
        "                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{OP_PY}/psycopg2/__init__.py", line 122, in connect',
        "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        'psycopg2.OperationalError: connection to server at "optuna-db-rw.ml.svc.cluster.local" (10.96.14.3), port 5432 failed: Connection refused',
        "\tIs the server running on that host and accepting TCP/IP connections?",
        "",
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
    ]
    if where == "ask":
        mid = [
            '  File "/app/tune.py", line 141, in <module>',
            "    study.optimize(objective, n_trials=None, timeout=None, gc_after_trial=True, callbacks=callbacks)",
            f'  File "{OP_PY}/optuna/study/study.py", line 451, in optimize',
            "    _optimize(",
            f'  File "{OP_PY}/optuna/study/_optimize.py", line 62, in _optimize',
            "    _optimize_sequential(",
            f'  File "{OP_PY}/optuna/study/_optimize.py", line 159, in _optimize_sequential',
            "    frozen_trial = _run_trial(study, func, catch)",
            "                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{OP_PY}/optuna/study/_optimize.py", line 193, in _run_trial',
            "    optuna.storages.fail_stale_trials(study)",
            f'  File "{OP_PY}/optuna/storages/_heartbeat.py", line 134, in fail_stale_trials',
            "    for trial_id in storage._get_stale_trial_ids(study._study_id):",
            "                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{OP_PY}/optuna/storages/_rdb/storage.py", line 1079, in _get_stale_trial_ids',
            "    with _create_scoped_session(self.scoped_session, True) as session:",
        ]
    else:
        mid = [
            '  File "/app/tune.py", line 126, in <module>',
            "    study = optuna.create_study(",
            "            ^^^^^^^^^^^^^^^^^^^^",
            f'  File "{OP_PY}/optuna/_convert_positional_args.py", line 83, in converter_wrapper',
            "    return func(**kwargs)",
            "           ^^^^^^^^^^^^^^",
            f'  File "{OP_PY}/optuna/study/study.py", line 1253, in create_study',
            "    storage = storages.get_storage(storage)",
            "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{OP_PY}/optuna/storages/__init__.py", line 31, in get_storage',
            "    return _CachedStorage(RDBStorage(storage))",
            "                          ^^^^^^^^^^^^^^^^^^^",
            f'  File "{OP_PY}/optuna/storages/_rdb/storage.py", line 187, in __init__',
            "    models.BaseModel.metadata.create_all(self.engine)",
        ]
    tail = [
        f'  File "{OP_PY}/sqlalchemy/engine/base.py", line 147, in __init__',
        "    Connection._handle_dbapi_exception_noconnection(",
        f'  File "{OP_PY}/sqlalchemy/engine/base.py", line 2430, in _handle_dbapi_exception_noconnection',
        "    raise sqlalchemy_exception.with_traceback(exc_info[2]) from e",
        OP_DB_ERR,
        "\tIs the server running on that host and accepting TCP/IP connections?",
        "",
        "(Background on this error at: https://sqlalche.me/e/20/e3q8)",
    ]
    return head + mid + tail


def op_goss_tb() -> list[str]:
    return [
        "Traceback (most recent call last):",
        f'  File "{OP_PY}/optuna/study/_optimize.py", line 196, in _run_trial',
        "    value_or_values = func(trial)",
        "                      ^^^^^^^^^^^",
        '  File "/app/tune.py", line 88, in objective',
        "    booster = lgb.train(params, dtrain, valid_sets=[dvalid], callbacks=[pruning, lgb.early_stopping(50, verbose=False)])",
        "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{OP_PY}/lightgbm/engine.py", line 255, in train',
        "    booster = Booster(params=params, train_set=train_set)",
        "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{OP_PY}/lightgbm/basic.py", line 3437, in __init__',
        "    _safe_call(",
        f'  File "{OP_PY}/lightgbm/basic.py", line 263, in _safe_call',
        '    raise LightGBMError(_LIB.LGBM_GetLastError().decode("utf-8"))',
        "lightgbm.basic.LightGBMError: Cannot use bagging in GOSS",
    ]


def optuna(r: random.Random) -> list[Log]:
    """Six pods of two tuning jobs (see the module docstring)."""
    fs = Files()
    state: dict[str, object] = {
        "trial": 0,
        "best": None,
        "best_n": -1,
        "created": False,
        "rtrial": 0,
        "rcreated": False,
    }

    def OL(
        f: str,
        p: object,
        t: datetime,
        lvl: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{kts(x)} [{lvl} {pyms(x)}] {msg}",
                *[f"{kts(x)} {c}" for c in (cont or [])],
            ],
            p,
            MS,
        )

    def bare(f: str, p: object, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: [f"{kts(x)} {c}" for c in lines], p, MS)

    def warn(f: str, p: object, t: datetime, ranker: bool) -> datetime:
        if ranker:
            return bare(
                f,
                p,
                t,
                "%s:%d: ExperimentalWarning: %s is experimental (supported from v%s). The interface can change in the future.",
                [
                    "/app/tune_ranker.py:71: ExperimentalWarning: set_metric_names is experimental (supported from v3.2.0). The interface can change in the future.",
                    '  study.set_metric_names(["ndcg@10", "p95_latency_ms"])',
                ],
            )
        return bare(
            f,
            p,
            t,
            "%s:%d: ExperimentalWarning: Argument ``%s`` is an experimental feature. The interface can change in the future.",
            [
                "/app/tune.py:121: ExperimentalWarning: Argument ``multivariate`` is an experimental feature. The interface can change in the future.",
                "  sampler = optuna.samplers.TPESampler(multivariate=True, seed=seed)",
            ],
        )

    def loaded(f: str, p: object, t: datetime, study: str, key: str) -> datetime:
        if not state[key]:
            state[key] = True
            return OL(
                f,
                p,
                t,
                "I",
                "A new study created in RDB with name: %s",
                f"A new study created in RDB with name: {study}",
            )
        return OL(
            f,
            p,
            t,
            "I",
            "Using an existing study with name '%s' instead of creating a new one.",
            f"Using an existing study with name '{study}' instead of creating a new one.",
        )

    db_down = (at(9, 20, 10), at(9, 21, 52))
    fix_at = at(7, 40, 30)
    seq = [0]
    heap: list[tuple[datetime, int, str, int, dict[str, object]]] = []

    def push(t: datetime, kind: str, k: int, data: dict[str, object] | None = None) -> None:
        seq[0] += 1
        heapq.heappush(heap, (t, seq[0], kind, k, data or {}))

    ws: dict[int, dict[str, object]] = {}
    for k in range(4):
        ws[k] = {
            "f": f"hpo-churn-{k}.log",
            "gen": 0,
            "redeployed": False,
            "dbcrash": 0,
            "create_crash": False,
            "ranker": False,
        }
        push(at(6, 0, 11.5 + k * 2.7 + r.uniform(0, 1)), "boot", k)
    for k in range(2):
        ws[10 + k] = {"f": f"hpo-ranker-{k}.log", "gen": 0, "ranker": True}
        push(at(10, 30, 4.2 + k * 3.1), "boot", 10 + k)
    while heap:
        t, _, kind, k, data = heapq.heappop(heap)
        w = ws[k]
        f = str(w["f"])
        p = (k, w["gen"])
        ranker = bool(w["ranker"])
        if kind == "finish" and not ranker and db_down[0] <= t < db_down[1] and w["dbcrash"] == 0:
            kind = "ask"
        if kind == "finish" and t >= T_END:
            continue
        if kind == "finish":
            n = int(data["n"])  # type: ignore[call-overload]
            if ranker:
                OL(
                    f,
                    p,
                    t,
                    "I",
                    "Trial %d finished with values: %s and parameters: %s.",
                    f"Trial {n} finished with values: {data['values']} and parameters: {data['params']}.",
                )
            else:
                v = data["value"]
                if state["best"] is None or v > state["best"]:  # type: ignore[operator]
                    state["best"], state["best_n"] = v, n
                OL(
                    f,
                    p,
                    t,
                    "I",
                    "Trial %d finished with value: %s and parameters: %s. Best is trial %d with value: %s.",
                    f"Trial {n} finished with value: {v} and parameters: {data['params']}. Best is trial {state['best_n']} with value: {state['best']}.",
                )
            push(t + sec(r.uniform(0.2, 0.8)), "ask", k)
            continue
        if t >= T_END:
            continue
        if kind == "boot":
            t = warn(f, p, t, ranker)
            t += sec(r.uniform(0.3, 0.9))
            if w.get("create_crash"):
                w["create_crash"] = False
                bare(
                    f,
                    p,
                    t + sec(r.uniform(0.05, 0.2)),
                    "Traceback (most recent call last):",
                    op_db_tb("create"),
                )
                w["gen"] = int(w["gen"]) + 1  # type: ignore[call-overload]
                push(db_down[1] + sec(r.uniform(8, 16)), "boot", k)
                continue
            t = loaded(
                f,
                p,
                t,
                "ranker-nsga-v2" if ranker else "churn-lgbm-v7",
                "rcreated" if ranker else "created",
            )
            push(t + sec(r.uniform(0.2, 0.6)), "ask", k)
            continue
        # ask: one trial
        if ranker:
            n = int(state["rtrial"])  # type: ignore[call-overload]
            state["rtrial"] = n + 1
            params = {
                "embedding_dim": r.choice([32, 64, 96, 128, 192, 256]),
                "n_layers": r.randint(1, 4),
                "dropout": r.uniform(0.0, 0.5),
                "lr": 10 ** r.uniform(-4.5, -2),
                "candidate_pool": r.choice([200, 400, 800, 1600]),
            }
            nd = r.uniform(0.31, 0.47)
            lat = (
                2.1
                + params["embedding_dim"] * params["n_layers"] * 0.021
                + params["candidate_pool"] * 0.004
                + r.uniform(0, 1.5)
            )
            push(
                t + sec(r.uniform(40, 85)),
                "finish",
                k,
                {"n": n, "params": params, "values": {"ndcg@10": nd, "p95_latency_ms": lat}},
            )
            continue
        if not w["redeployed"] and t + sec(60) > fix_at:
            w["redeployed"] = True
            w["gen"] = int(w["gen"]) + 1  # type: ignore[call-overload]
            push(fix_at + sec(r.uniform(4, 14) + k * 1.3), "boot", k)
            continue
        if db_down[0] <= t < db_down[1]:
            if w["dbcrash"] == 0:
                w["dbcrash"] = 1
                bare(f, p, t, "Traceback (most recent call last):", op_db_tb("ask"))
                w["gen"] = int(w["gen"]) + 1  # type: ignore[call-overload]
                if k in (1, 3):
                    w["create_crash"] = True
                    push(max(t + sec(10.5), db_down[1] - sec(r.uniform(20, 40))), "boot", k)
                else:
                    push(db_down[1] + sec(r.uniform(2, 8)), "boot", k)
            else:
                push(db_down[1] + sec(r.uniform(0.5, 3)), "ask", k)
            continue
        fixed = bool(w["redeployed"])
        n = int(state["trial"])  # type: ignore[call-overload]
        state["trial"] = n + 1
        params = op_params(r, fixed)
        dur = r.uniform(60, 150)
        if params["boosting"] == "goss":
            t = bare(
                f,
                p,
                t + sec(r.uniform(1.5, 3)),
                "[LightGBM] [Warning] Found boosting=goss. For backwards compatibility reasons, LightGBM interprets this as boosting=gbdt, data_sample_strategy=goss. To suppress this warning, set data_sample_strategy=goss instead.",
                [
                    "[LightGBM] [Warning] Found boosting=goss. For backwards compatibility reasons, LightGBM interprets this as boosting=gbdt, data_sample_strategy=goss. To suppress this warning, set data_sample_strategy=goss instead."
                ],
            )
            if params.get("bagging_freq", 0) and float(params["bagging_fraction"]) < 1:  # type: ignore[arg-type]
                t = OL(
                    f,
                    p,
                    t + sec(r.uniform(0.05, 0.2)),
                    "W",
                    "Trial %d failed with parameters: %s because of the following error: LightGBMError('Cannot use bagging in GOSS').",
                    f"Trial {n} failed with parameters: {params} because of the following error: LightGBMError('Cannot use bagging in GOSS').",
                    op_goss_tb(),
                )
                t = OL(
                    f,
                    p,
                    t + sec(0.001),
                    "W",
                    "Trial %d failed with value %s.",
                    f"Trial {n} failed with value None.",
                )
                tb = [
                    "Traceback (most recent call last):",
                    '  File "/app/tune.py", line 141, in <module>',
                    "    study.optimize(objective, n_trials=None, timeout=None, gc_after_trial=True, callbacks=callbacks)",
                    f'  File "{OP_PY}/optuna/study/study.py", line 451, in optimize',
                    "    _optimize(",
                    f'  File "{OP_PY}/optuna/study/_optimize.py", line 62, in _optimize',
                    "    _optimize_sequential(",
                    f'  File "{OP_PY}/optuna/study/_optimize.py", line 159, in _optimize_sequential',
                    "    frozen_trial = _run_trial(study, func, catch)",
                    "                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{OP_PY}/optuna/study/_optimize.py", line 247, in _run_trial',
                    "    raise func_err",
                    *op_goss_tb()[1:],
                ]
                bare(f, p, t + sec(0.02), "Traceback (most recent call last):", tb)
                w["gen"] = int(w["gen"]) + 1  # type: ignore[call-overload]
                push(t + sec(r.uniform(11, 14)), "boot", k)
                continue
        if int(params["min_child_samples"]) > 60 and r.random() < 0.5:  # type: ignore[call-overload]
            for _ in range(r.randint(2, 7)):
                t = bare(
                    f,
                    p,
                    t + sec(r.uniform(0.02, 0.4)),
                    "[LightGBM] [Warning] No further splits with positive gain, best gain: -inf",
                    ["[LightGBM] [Warning] No further splits with positive gain, best gain: -inf"],
                )
            if r.random() < 0.3:
                t = bare(
                    f,
                    p,
                    t + sec(r.uniform(0.02, 0.2)),
                    "[LightGBM] [Warning] Stopped training because there are no more leaves that meet the split requirements",
                    [
                        "[LightGBM] [Warning] Stopped training because there are no more leaves that meet the split requirements"
                    ],
                )
        x = r.random()
        if x < 0.34:
            t = OL(
                f,
                p,
                t + sec(dur * r.uniform(0.2, 0.6)),
                "I",
                "Trial %d pruned. Trial was pruned at iteration %d.",
                f"Trial {n} pruned. Trial was pruned at iteration {r.randint(8, 180)}.",
            )
        elif x < 0.40:
            t = OL(
                f,
                p,
                t + sec(dur * r.uniform(0.4, 0.8)),
                "I",
                "Trial %d pruned. ",
                f"Trial {n} pruned. ",
            )
        elif x < 0.41 or (float(params["learning_rate"]) > 0.25 and r.random() < 0.5):  # type: ignore[arg-type]
            t = OL(
                f,
                p,
                t + sec(dur * 0.3),
                "W",
                "Trial %d failed with parameters: %s because of the following error: The value %s is not acceptable..",
                f"Trial {n} failed with parameters: {params} because of the following error: The value nan is not acceptable..",
            )
            t = OL(
                f,
                p,
                t + sec(0.001),
                "W",
                "Trial %d failed with value %s.",
                f"Trial {n} failed with value nan.",
            )
        else:
            v = min(0.8912, 0.79 + 0.08 * (1 - 0.993**n) + r.uniform(-0.035, 0.008))
            push(t + sec(dur), "finish", k, {"n": n, "params": params, "value": v})
            continue
        push(t + sec(r.uniform(0.2, 0.8)), "ask", k)
    return fs.logs(T0)


# --------------------------------------------------------------------------- clearml-server

CM_AGENTS = ["gpu-agent-01:0", "gpu-agent-02:0"]
CM_SERVICES = "auth.create_credentials auth.create_user auth.edit_credentials auth.edit_user auth.fixed_users_mode auth.get_credentials auth.get_token_for_user auth.login auth.logout auth.revoke_credentials auth.validate_token debug.apis debug.echo debug.ping events.add events.add_batch events.clear_scroll events.clear_task_log events.debug_images events.delete_for_task events.download_task_log events.get_debug_image_sample events.get_multi_task_plots events.get_plot_sample events.get_scalar_metric_data events.get_scalar_metrics_and_variants events.get_task_events events.get_task_latest_scalar_values events.get_task_log events.get_task_metrics events.get_task_plots events.get_vector_metrics_and_variants events.multi_task_scalar_metrics_iter_histogram events.next_debug_image_sample events.next_plot_sample events.plots events.scalar_metrics_iter_histogram events.scalar_metrics_iter_raw events.vector_metrics_iter_histogram login.logout login.supported_modes models.add_or_update_metadata models.archive_many models.create models.delete models.edit models.get_all models.get_all_ex models.get_by_id models.get_by_task_id models.get_frameworks models.publish_many models.set_ready models.update models.update_for_task organization.get_entities_count organization.get_tags organization.get_user_companies projects.create projects.delete projects.get_all projects.get_all_ex projects.get_by_id projects.get_hyper_parameters projects.get_hyperparam_values projects.get_model_metadata_keys projects.get_model_tags projects.get_project_tags projects.get_task_parents projects.get_task_tags projects.get_unique_metric_variants projects.make_private projects.make_public projects.merge projects.move projects.update projects.validate_delete queues.add_or_update_metadata queues.add_task queues.create queues.delete queues.get_all queues.get_all_ex queues.get_by_id queues.get_default queues.get_next_task queues.get_num_entries queues.get_queue_metrics queues.move_task_backward queues.move_task_forward queues.move_task_to_back queues.move_task_to_front queues.peek_task queues.remove_task queues.update server.config server.endpoints server.get_stats server.info server.report_stats_option tasks.add_or_update_artifacts tasks.archive tasks.archive_many tasks.clone tasks.close tasks.completed tasks.create tasks.delete tasks.delete_artifacts tasks.delete_configuration tasks.delete_hyper_params tasks.delete_many tasks.dequeue tasks.edit tasks.edit_configuration tasks.edit_hyper_params tasks.enqueue tasks.enqueue_many tasks.failed tasks.get_all tasks.get_all_ex tasks.get_by_id tasks.get_by_id_ex tasks.get_configuration_names tasks.get_configurations tasks.get_hyper_params tasks.get_types tasks.move tasks.ping tasks.publish tasks.reset tasks.reset_many tasks.set_requirements tasks.started tasks.stop tasks.stop_many tasks.stopped tasks.update tasks.update_batch tasks.validate users.create users.delete users.get_all users.get_all_ex users.get_by_id users.get_current_user users.get_preferences users.set_preferences users.update workers.get_activity_report workers.get_all workers.get_metric_keys workers.get_stats workers.register workers.status_report workers.unregister"
CM_TASKS = [hexid(random.Random(f"cm-{i}"), 32) for i in range(40)]
CM_COMPANY = "d1bd92a3b039400cbafc60a7a5b1e52b"


def clearml_server(r: random.Random) -> list[Log]:
    """The apiserver container's docker logs (see the module docstring)."""
    fs = Files()
    F = "clearml-apiserver.log"

    def A(
        t: datetime,
        pid: int,
        lvl: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"[{pyms(x)}] [{pid}] [{lvl}] [{logger}] {msg}", *(cont or [])],
            ("w", pid),
            MS,
        )

    def G(t: datetime, pid: int, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{lvl}] {msg}"],
            ("g", pid),
            SEC,
        )

    master = 7
    workers = [9, 10, 11, 12]
    restart_at = at(10, 5, 12)
    es_down = (at(9, 12, 20), at(9, 16, 5))
    key_revoked = (at(7, 30, 0), at(8, 20, 40))
    timeout_at = at(11, 12, 9)

    def pick(t: datetime) -> int:
        return r.choice([9, 10, 12, 44] if t >= timeout_at + sec(3) else [9, 10, 11, 12])

    def ok(t: datetime, ep: str, ms_lo: int, ms_hi: int) -> None:
        pid = pick(t)
        ms = int(r.triangular(ms_lo, ms_hi, ms_lo + (ms_hi - ms_lo) * 0.15))
        A(
            t,
            pid,
            "INFO",
            "clearml.service_repo",
            f"Returned 200 for {ep} in %dms",
            f"Returned 200 for {ep} in {ms}ms",
        )

    def es_fail(t: datetime, ep: str) -> None:
        pid = pick(t)
        obj = f"<urllib3.connection.HTTPConnection object at {ptr(r)}>"
        err = f"ConnectionError({obj}: Failed to establish a new connection: [Errno 111] Connection refused) caused by: NewConnectionError({obj}: Failed to establish a new connection: [Errno 111] Connection refused)"
        idx = (
            f"events-training_stats_scalar-{CM_COMPANY}"
            if ep == "events.add_batch"
            else f"events-*-{CM_COMPANY}"
        )
        op = "_bulk" if ep == "events.add_batch" else "_search"
        tb = [
            "Traceback (most recent call last):",
            '  File "/usr/local/lib/python3.9/site-packages/urllib3/connection.py", line 174, in _new_conn',
            "    conn = connection.create_connection(",
            '  File "/usr/local/lib/python3.9/site-packages/urllib3/util/connection.py", line 95, in create_connection',
            "    raise err",
            '  File "/usr/local/lib/python3.9/site-packages/urllib3/util/connection.py", line 85, in create_connection',
            "    sock.connect(sa)",
            "ConnectionRefusedError: [Errno 111] Connection refused",
            "",
            "During handling of the above exception, another exception occurred:",
            "",
            "Traceback (most recent call last):",
            '  File "/usr/local/lib/python3.9/site-packages/elasticsearch/connection/http_urllib3.py", line 255, in perform_request',
            "    response = self.pool.urlopen(",
            '  File "/usr/local/lib/python3.9/site-packages/urllib3/connectionpool.py", line 787, in urlopen',
            "    retries = retries.increment(",
            '  File "/usr/local/lib/python3.9/site-packages/urllib3/util/retry.py", line 525, in increment',
            "    raise six.reraise(type(error), error, _stacktrace)",
            f"urllib3.exceptions.NewConnectionError: {obj}: Failed to establish a new connection: [Errno 111] Connection refused",
        ]
        for _ in range(4):
            d = r.uniform(0.001, 0.004)
            t = A(
                t,
                pid,
                "WARNING",
                "elasticsearch",
                f"POST http://elasticsearch:9200/%s/{op} [status:N/A request:%.3fs]",
                f"POST http://elasticsearch:9200/{idx}/{op} [status:N/A request:{d:.3f}s]",
                tb,
            )
            t += sec(0.002)
        etb = [
            "Traceback (most recent call last):",
            '  File "/opt/clearml/apiserver/service_repo/service_repo.py", line 290, in handle_call',
            "    ret = endpoint.func(call, company, call.data_model)",
            f'  File "/opt/clearml/apiserver/services/events.py", line {137 if op == "_bulk" else 560}, in {"add_batch" if op == "_bulk" else "scalar_metrics_iter_histogram"}',
            "    added, err_count, err_info = event_bll.add_events("
            if op == "_bulk"
            else "    metrics = event_bll.metrics.get_scalar_metrics_average_per_iter(",
            '  File "/usr/local/lib/python3.9/site-packages/elasticsearch/connection/http_urllib3.py", line 266, in perform_request',
            '    raise ConnectionError("N/A", str(e), e)',
            f"elasticsearch.exceptions.ConnectionError: {err}",
        ]
        t = A(
            t + sec(0.001),
            pid,
            "ERROR",
            "clearml.service_repo",
            "ConnectionError(<urllib3.connection.HTTPConnection object at %s>: Failed to establish a new connection: [Errno 111] Connection refused) caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at %s>: Failed to establish a new connection: [Errno 111] Connection refused)",
            err,
            etb,
        )
        A(
            t + sec(0.001),
            pid,
            "ERROR",
            "clearml.service_repo",
            f"Returned 500 for {ep} in %dms, msg=ConnectionError(<urllib3.connection.HTTPConnection object at %s>: Failed to establish a new connection: [Errno 111] Connection refused) caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at %s>: Failed to establish a new connection: [Errno 111] Connection refused)",
            f"Returned 500 for {ep} in {r.randint(14, 40)}ms, msg={err}",
        )

    # traffic
    for _agent in CM_AGENTS:
        t = T0 + sec(r.uniform(0, 20))
        while t < T_END:
            if not (restart_at - sec(2) <= t < restart_at + sec(40)):
                ok(t, "queues.get_next_task", 4, 18)
                if r.random() < 0.5:
                    ok(t + sec(r.uniform(0.02, 0.1)), "workers.status_report", 3, 12)
            t += sec(r.uniform(58, 68))
    # SDK runs reporting events and pings
    runs = [
        (at(6, 5), at(7, 58)),
        (at(6, 40), at(9, 35)),
        (at(8, 12), at(11, 48)),
        (at(9, 50), T_END),
        (at(10, 30), at(11, 40)),
    ]
    for a, b in runs:
        t = a + sec(r.uniform(0, 60))
        while t < b:
            if not (restart_at - sec(2) <= t < restart_at + sec(40)):
                if es_down[0] <= t < es_down[1]:
                    es_fail(t, "events.add_batch")
                    t += sec(r.uniform(70, 90))  # the SDK's reporter backs off
                    continue
                else:
                    ok(t, "events.add_batch", 8, 60)
                if r.random() < 0.11:
                    ok(t + sec(r.uniform(0.1, 1)), "tasks.ping", 3, 9)
            t += sec(r.uniform(95, 125))
    # web UI
    t = at(6, 20)
    while t < T_END:
        busy = 8 <= t.hour < 12
        if not (restart_at - sec(2) <= t < restart_at + sec(40)):
            ep = r.choice(
                [
                    "tasks.get_all_ex",
                    "tasks.get_all_ex",
                    "projects.get_all_ex",
                    "events.scalar_metrics_iter_histogram",
                    "tasks.get_by_id",
                ]
            )
            if ep == "events.scalar_metrics_iter_histogram" and es_down[0] <= t < es_down[1]:
                es_fail(t, ep)
            elif ep == "events.scalar_metrics_iter_histogram":
                ok(t, ep, 25, 400)
            elif ep == "tasks.get_by_id" and r.random() < 0.08:
                pid = pick(t)
                A(
                    t,
                    pid,
                    "WARNING",
                    "clearml.service_repo",
                    "Returned 400 for tasks.get_by_id in %dms, msg=Invalid task id: id=%s",
                    f"Returned 400 for tasks.get_by_id in {r.randint(3, 9)}ms, msg=Invalid task id: id={hexid(r, 32)}",
                )
            else:
                ok(t, ep, 9, 140)
        t += sec(r.expovariate(1 / (27 if busy else 75)))
    # a CI pipeline with a revoked key
    t = key_revoked[0] + sec(r.uniform(0, 30))
    while t < key_revoked[1]:
        pid = pick(t)
        A(
            t,
            pid,
            "WARNING",
            "clearml.service_repo",
            "Returned 401 for auth.login in %dms, msg=Unauthorized (invalid credentials) (failed to locate provided credentials)",
            f"Returned 401 for auth.login in {r.randint(2, 6)}ms, msg=Unauthorized (invalid credentials) (failed to locate provided credentials)",
        )
        t += sec(r.uniform(55, 65))
    ok(key_revoked[1] + sec(r.uniform(20, 50)), "auth.login", 5, 14)
    # watchdog
    stuck = [
        (CM_TASKS[3], "resnet50-sweep #14", "2024-06-07 05:48:12.503000"),
        (CM_TASKS[7], "bert-finetune-ner", "2024-06-07 05:51:40.118000"),
    ]

    def watchdog(pids: list[int], t0: datetime, t1: datetime) -> None:
        for i, pid in enumerate(pids):
            t = t0 + sec(900 + i * r.uniform(0.5, 2.5))
            while t < t1:
                ref = t.replace(tzinfo=None) - sec(7200)
                t = A(
                    t,
                    pid,
                    "INFO",
                    "clearml.non_responsive_tasks_watchdog",
                    "Starting cleanup cycle for running tasks last updated before %s",
                    f"Starting cleanup cycle for running tasks last updated before {ref:%Y-%m-%d %H:%M:%S.%f}",
                )
                found = stuck if (i == 0 and at(7, 50) <= t < at(8, 5)) else []
                t = A(
                    t + sec(r.uniform(0.003, 0.02)),
                    pid,
                    "INFO",
                    "clearml.non_responsive_tasks_watchdog",
                    "%d non-responsive tasks found",
                    f"{len(found)} non-responsive tasks found",
                )
                for tid, name, lu in found:
                    t = A(
                        t + sec(0.002),
                        pid,
                        "INFO",
                        "clearml.non_responsive_tasks_watchdog",
                        "Stopping %s (%s), last updated at %s",
                        f"Stopping {tid} ({name}), last updated at {lu}",
                    )
                t = A(
                    t + sec(r.uniform(0.002, 0.02)),
                    pid,
                    "INFO",
                    "clearml.non_responsive_tasks_watchdog",
                    "%d non-responsive tasks stopped",
                    f"{len(found)} non-responsive tasks stopped",
                )
                t += sec(900 + r.uniform(0.01, 0.2))

    watchdog(workers, T0 - sec(r.uniform(100, 500)), restart_at)

    def boot_worker(pid: int, t: datetime, first: bool) -> datetime:
        t = G(t, master, "INFO", "Booting worker with pid: %s", f"Booting worker with pid: {pid}")
        t = A(
            t + sec(r.uniform(1.2, 2.0)),
            pid,
            "INFO",
            "clearml.app_sequence",
            "################ API Server initializing #####################",
            "################ API Server initializing #####################",
        )
        return t

    def init_dbs(pid: int, t: datetime, retries: int) -> datetime:
        for i in range(retries):
            t = A(
                t,
                pid,
                "WARNING",
                "clearml.initialize",
                "Could not connect to ElasticSearch Service. Retry %d of %d. Waiting for %dsec",
                f"Could not connect to ElasticSearch Service. Retry {i + 1} of 4. Waiting for 30sec",
            )
            t += sec(30.01)
        t = A(
            t + sec(r.uniform(0.05, 0.2)),
            pid,
            "INFO",
            "clearml.initialize",
            "Applying mappings to ES host: %s",
            "Applying mappings to ES host: ['http://elasticsearch:9200']",
        )
        res = "[{'mapping': 'events_log', 'result': {'acknowledged': True}}, {'mapping': 'events_plot', 'result': {'acknowledged': True}}, {'mapping': 'events_training_debug_image', 'result': {'acknowledged': True}}, {'mapping': 'events_training_stats_scalar', 'result': {'acknowledged': True}}, {'mapping': 'events_training_stats_vector', 'result': {'acknowledged': True}}, {'mapping': 'worker_stats', 'result': {'acknowledged': True}}, {'mapping': 'queue_metrics', 'result': {'acknowledged': True}}]"
        t = A(t + sec(r.uniform(0.1, 0.4)), pid, "INFO", "clearml.initialize", "%s", res)
        t = A(
            t + sec(r.uniform(0.8, 1.6)),
            pid,
            "INFO",
            "clearml.app_sequence",
            "Exposed Services: %s",
            f"Exposed Services: {CM_SERVICES}",
        )
        return t

    # upgrade restart at 10:05
    t = G(restart_at, master, "INFO", "Handling signal: %s", "Handling signal: term")
    for pid in workers:
        G(
            t + sec(r.uniform(0.05, 0.4)),
            pid,
            "INFO",
            "Worker exiting (pid: %s)",
            f"Worker exiting (pid: {pid})",
        )
    t = G(t + sec(1.1), master, "INFO", "Shutting down: %s", "Shutting down: Master")
    master = 7
    t = at(10, 5, 24)
    t = G(t, master, "INFO", "Starting gunicorn %s", "Starting gunicorn 20.1.0")
    t = G(
        t + sec(0.01),
        master,
        "INFO",
        "Listening at: %s (%s)",
        f"Listening at: http://0.0.0.0:8008 ({master})",
    )
    t = G(t + sec(0.01), master, "INFO", "Using worker: %s", "Using worker: sync")
    workers = [9, 10, 11, 12]
    tb = t
    booted = {}
    for pid in workers:
        tb = boot_worker(pid, tb + sec(0.02), pid == 9)
        booted[pid] = tb
    tl = booted[9] + sec(0.3)
    for i, pid in enumerate(workers):
        tl = init_dbs(pid, max(tl, booted[pid]) + sec(0.2), 1 if i == 0 else 0)
    watchdog(workers, at(10, 6, 10), T_END)
    # a worker timing out at 11:12
    G(timeout_at, master, "CRITICAL", "WORKER TIMEOUT (pid:%s)", "WORKER TIMEOUT (pid:11)")
    G(
        timeout_at + sec(1.02),
        master,
        "ERROR",
        "Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?",
        "Worker (pid:11) was sent SIGKILL! Perhaps out of memory?",
    )
    workers.remove(11)
    tt = boot_worker(44, timeout_at + sec(1.05), False)
    init_dbs(44, tt + sec(0.2), 0)
    workers.append(44)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ feast

FE_PY = "/usr/local/lib/python3.10/site-packages"
FE_BRIGHT, FE_GREEN, FE_RESET = "\x1b[1m", "\x1b[32m", "\x1b[0m"
FE_VIEWS = ["driver_hourly_stats", "driver_trips_daily", "customer_profile", "zone_demand_15m"]
FE_CLIENTS = ["10.42.3.18", "10.42.3.27", "10.42.5.9", "10.42.5.41", "10.42.7.12"]
FE_STREAM = "10.42.6.33"


def fe_g(x: str) -> str:
    return f"{FE_BRIGHT}{FE_GREEN}{x}{FE_RESET}"


def fe_redis_tb(where: str) -> list[str]:
    return [
        "Traceback (most recent call last):",
        f'  File "{FE_PY}/redis/connection.py", line 276, in connect',
        "    sock = self.retry.call_with_retry(",
        f'  File "{FE_PY}/redis/retry.py", line 46, in call_with_retry',
        "    return do()",
        f'  File "{FE_PY}/redis/connection.py", line 277, in <lambda>',
        "    lambda: self._connect(), lambda error: self.disconnect(error)",
        f'  File "{FE_PY}/redis/connection.py", line 639, in _connect',
        "    raise err",
        f'  File "{FE_PY}/redis/connection.py", line 627, in _connect',
        "    sock.connect(socket_address)",
        "ConnectionRefusedError: [Errno 111] Connection refused",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        f'  File "{FE_PY}/feast/feature_server.py", line {98 if where == "get" else 137}, in {"get_online_features" if where == "get" else "push"}',
        "    response_proto = store.get_online_features(" if where == "get" else "    store.push(",
        f'  File "{FE_PY}/feast/feature_store.py", line {1656 if where == "get" else 1420}, in {"get_online_features" if where == "get" else "push"}',
        "    return self._get_online_features("
        if where == "get"
        else "    self.write_to_online_store(",
        f'  File "{FE_PY}/feast/infra/online_stores/redis.py", line {328 if where == "get" else 279}, in {"online_read" if where == "get" else "online_write_batch"}',
        "    redis_values = pipe.execute()"
        if where == "get"
        else "    prev_event_timestamps = pipe.execute()",
        f'  File "{FE_PY}/redis/client.py", line 2099, in execute',
        '    conn = self.connection_pool.get_connection("MULTI", self.shard_hint)',
        f'  File "{FE_PY}/redis/connection.py", line 282, in connect',
        "    raise ConnectionError(self._error_message(e))",
        "redis.exceptions.ConnectionError: Error 111 connecting to feast-redis-master.feast.svc.cluster.local:6379. Connection refused.",
    ]


def fe_push_tb() -> list[str]:
    return [
        "Traceback (most recent call last):",
        f'  File "{FE_PY}/feast/feature_server.py", line 137, in push',
        "    store.push(",
        f'  File "{FE_PY}/feast/feature_store.py", line 1406, in push',
        "    fvs_with_push_sources = {",
        f'  File "{FE_PY}/feast/feature_store.py", line 1414, in <setcomp>',
        "    == push_source_name",
        f'  File "{FE_PY}/feast/feature_store.py", line 1432, in _get_push_source',
        "    raise PushSourceNotFoundException(push_source_name)",
        "feast.errors.PushSourceNotFoundException: Unable to find push source 'driver_stats_push'.",
    ]


def feast(r: random.Random) -> list[Log]:
    """The feature server's pods and the materialization CronJob (see the module docstring)."""
    fs = Files()
    old = ["feast-feature-server-6d8f7b9c5-k2x7p.log", "feast-feature-server-6d8f7b9c5-q9m4t.log"]
    new = ["feast-feature-server-7c4b8d6f9-j5w2n.log", "feast-feature-server-7c4b8d6f9-x8r6d.log"]
    rollout = at(9, 36, 5)
    redis_down = (at(8, 40, 31), at(8, 43, 2))
    renamed = (at(9, 30, 41), at(9, 48, 20))

    def K(f: str, p: object, t: datetime, label: str, lines: list[str], res: int = US) -> datetime:
        return fs.add(f, t, label, lambda x: [f"{kts(x)} {c}" for c in lines], p, res)

    def gl(f: str, pid: int, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{kts(x)} [{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{lvl}] {msg}"],
            (f, pid),
            SEC,
        )

    def feast_err(f: str, pid: int, t: datetime, tb: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            stamp = f"{x:%m/%d/%Y %I:%M:%S %p}"
            lines = [f"{stamp} ERROR:{tb[0]}", *tb[1:], "", *tb]
            return [f"{kts(x)} {c}" for c in lines]

        return fs.add(f, t, "%s", text, (f, pid, "feast"), SEC)

    def start(f: str, t: datetime) -> datetime:
        t = gl(f, 1, t, "INFO", "Starting gunicorn %s", "Starting gunicorn 22.0.0")
        t = gl(
            f,
            1,
            t + sec(0.003),
            "INFO",
            "Listening at: %s (%s)",
            "Listening at: http://0.0.0.0:6566 (1)",
        )
        t = gl(
            f,
            1,
            t + sec(0.001),
            "INFO",
            "Using worker: %s",
            "Using worker: uvicorn.workers.UvicornWorker",
        )
        for pid in (7, 8):
            gl(
                f,
                pid,
                t + sec(0.01),
                "INFO",
                "Booting worker with pid: %s",
                f"Booting worker with pid: {pid}",
            )
            tw = t + sec(r.uniform(2.5, 4.5))
            tw = gl(
                f, pid, tw, "INFO", "Started server process [%s]", f"Started server process [{pid}]"
            )
            tw = gl(
                f,
                pid,
                tw + sec(0.001),
                "INFO",
                "Waiting for application startup.",
                "Waiting for application startup.",
            )
            gl(
                f,
                pid,
                tw + sec(r.uniform(0.8, 1.9)),
                "INFO",
                "Application startup complete.",
                "Application startup complete.",
            )
        return t + sec(6)

    def stop(f: str, t: datetime) -> None:
        t = gl(f, 1, t, "INFO", "Handling signal: %s", "Handling signal: term")
        for pid in (7, 8):
            tw = gl(f, pid, t + sec(r.uniform(0.01, 0.1)), "INFO", "Shutting down", "Shutting down")
            tw = gl(
                f,
                pid,
                tw + sec(0.2),
                "INFO",
                "Waiting for application shutdown.",
                "Waiting for application shutdown.",
            )
            tw = gl(
                f,
                pid,
                tw + sec(0.001),
                "INFO",
                "Application shutdown complete.",
                "Application shutdown complete.",
            )
            tw = gl(
                f,
                pid,
                tw + sec(0.001),
                "INFO",
                "Finished server process [%s]",
                f"Finished server process [{pid}]",
            )
            gl(
                f,
                pid,
                tw + sec(0.01),
                "INFO",
                "Worker exiting (pid: %s)",
                f"Worker exiting (pid: {pid})",
            )
        gl(f, 1, t + sec(1.3), "INFO", "Shutting down: %s", "Shutting down: Master")

    def access(f: str, t: datetime, client: str, method: str, path: str, code: int) -> None:
        pid = r.choice((7, 8))
        K(
            f,
            (f, pid, "acc"),
            t,
            f"{method} {path} {code}",
            [f'{client}:{r.randint(32768, 60999)} - "{method} {path} HTTP/1.1" {code}'],
        )

    for f in old:
        start(f, T0 + sec(r.uniform(1, 4)))
        stop(f, rollout + sec(r.uniform(20, 40)))
    for f in new:
        start(f, rollout + sec(r.uniform(2, 9)))
    # lookups from the ranking service
    t = T0 + sec(21)
    while t < T_END:
        pods = old if t < rollout + sec(20) else new
        f = r.choice(pods)
        cl = r.choice(FE_CLIENTS)
        if redis_down[0] <= t < redis_down[1]:
            pid = r.choice((7, 8))
            feast_err(f, pid, t, fe_redis_tb("get"))
            access(f, t + sec(0.004), cl, "POST", "/get-online-features", 500)
        else:
            access(f, t, cl, "POST", "/get-online-features", 200)
        hour = t.hour + t.minute / 60
        rate = 9 if 8.5 <= hour < 11.5 else 14.5
        t += sec(r.expovariate(1 / rate))
    # the stream job's pushes
    t = T0 + sec(31)
    while t < T_END:
        pods = old if t < rollout + sec(20) else new
        f = r.choice(pods)
        if redis_down[0] <= t < redis_down[1]:
            feast_err(f, r.choice((7, 8)), t, fe_redis_tb("push"))
            access(f, t + sec(0.004), FE_STREAM, "POST", "/push", 500)
        elif renamed[0] <= t < renamed[1]:
            feast_err(f, r.choice((7, 8)), t, fe_push_tb())
            access(f, t + sec(0.003), FE_STREAM, "POST", "/push", 422)
        else:
            access(f, t, FE_STREAM, "POST", "/push", 200)
        t += sec(r.uniform(85, 95))
    # the CronJob
    M = "feast-materialize.log"
    pg_down = (at(10, 40, 12), at(10, 48, 50))
    views = list(FE_VIEWS)
    last = {v: at(5, 45) for v in views}
    t = at(6, 0)
    while t < T_END:
        p = ("cron", t)
        tj = t + sec(r.uniform(6, 11))
        end = t.replace(microsecond=0)
        if t == at(9, 30):
            tj = K(
                M,
                p,
                tj,
                "Created %s %s",
                [
                    "Created feature view driver_activity_v2",
                    "Created push source driver_activity_push",
                    "Deleted push source driver_stats_push",
                    "",
                ],
            )
            views.append("driver_activity_v2")
            last["driver_activity_v2"] = at(7, 30)
        else:
            tj = K(M, p, tj, "No changes to registry", ["No changes to registry"])
        tj = K(
            M,
            p,
            tj + sec(r.uniform(0.3, 0.9)),
            "No changes to infrastructure",
            ["No changes to infrastructure"],
        )
        tj += sec(r.uniform(2, 4))
        tj = K(
            M,
            p,
            tj,
            "Materializing %s feature views to %s into the %s online store.",
            [
                f"Materializing {fe_g(str(len(views)))} feature views to {fe_g(f'{end:%Y-%m-%d %H:%M:%S}+00:00')} into the {fe_g('redis')} online store.",
                "",
            ],
        )
        for v in views:
            tj = K(
                M,
                p,
                tj + sec(r.uniform(0.05, 0.3)),
                "%s from %s to %s:",
                [
                    f"{fe_g(v)} from {fe_g(f'{last[v]:%Y-%m-%d %H:%M:%S}+00:00')} to {fe_g(f'{end:%Y-%m-%d %H:%M:%S}+00:00')}:"
                ],
            )
            if pg_down[0] <= tj < pg_down[1]:
                tb = [
                    "Traceback (most recent call last):",
                    f'  File "{FE_PY}/../../../bin/feast", line 8, in <module>',
                    "    sys.exit(cli())",
                    f'  File "{FE_PY}/click/core.py", line 1157, in __call__',
                    "    return self.main(*args, **kwargs)",
                    f'  File "{FE_PY}/feast/cli.py", line 680, in materialize_incremental_command',
                    "    store.materialize_incremental(",
                    f'  File "{FE_PY}/feast/feature_store.py", line 1296, in materialize_incremental',
                    "    provider.materialize_single_feature_view(",
                    f'  File "{FE_PY}/feast/infra/passthrough_provider.py", line 255, in materialize_single_feature_view',
                    "    raise e",
                    f'  File "{FE_PY}/feast/infra/offline_stores/contrib/postgres_offline_store/postgres.py", line 127, in pull_latest_from_table_or_query',
                    "    with _get_conn(config.offline_store) as conn, conn.cursor() as cur:",
                    f'  File "{FE_PY}/psycopg/connection.py", line 748, in connect',
                    "    raise last_ex.with_traceback(None)",
                    'psycopg.OperationalError: connection failed: connection to server at "10.0.4.21", port 5432 failed: Connection refused',
                    "\tIs the server running on that host and accepting TCP/IP connections?",
                ]
                K(M, p, tj + sec(r.uniform(0.02, 0.08)), "Traceback (most recent call last):", tb)
                break
            tj += sec(r.uniform(1.5, 9))
            last[v] = end
        t += sec(900)
    return fs.logs(T0)


SYSTEMS = {
    "deepspeed": deepspeed,
    "horovod": horovod,
    "optuna": optuna,
    "clearml-server": clearml_server,
    "feast": feast,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
