#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 229 (nextflow, snakemake, cromwell, kedro, metaflow) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file; Snakemake's `[asctime]` lines one second apart). Five
workflow and pipeline runners of one data team, 06:00 to 12:00 on 2024-06-07. None of the five
was in the set (Airflow, Argo Workflows, Dagster, Luigi, Prefect and Galaxy are).

- Nextflow 23.10 (`nextflow-20240607-0600.log`, `nextflow-20240607-0905.log`: two runs'
  `.nextflow.log`, kept under `-log`, logback's `%d{MMM-dd HH:mm:ss.SSS} [%thread] %-5level
  %logger{36} - %msg`: `Jun-07 06:05:01.433 [Task monitor] DEBUG n.processor.TaskPollingMonitor
  - !! executor slurm > ...`): nf-core/rnaseq 3.14.0 on SLURM, 48 samples of 12 processes, 32
  jobs at a time; every task's GridTaskHandler `[%s] submitted process %s > jobId: %s; workDir:
  %s`, the Session's `[%s] Submitted process > %s` and the monitor's `Task completed > %s` (the
  GridTaskHandler's toString), the five-minute dump `!! executor %s > tasks to be completed: %s
  -- submitted tasks are shown below` with its `~> TaskHandler[...]` lines; slurmctld not
  answering 06:52-07:04 (two `[SLURM] queue (normal) status cannot be fetched` warnings, one
  per squeue output, submissions held); STAR_ALIGN killed for memory (exit 137) on five big
  samples (`Handling unexpected condition for ...`, `[%s] NOTE: Process `%s` terminated with an
  error exit status (%s) -- Execution is retried (%s)`, `[%s] Re-submitted process > %s`) and a
  second time on DEX_REP7 at 08:24 (`Error executing process > '%s'` with nf-core's 40-line
  block: the command, exit status, STAR's stderr with its own `Jun 07 hh:mm:ss ..... ` lines,
  the work dir), the session aborted; relaunched with `-resume` at 09:05 after the memory fix
  (344 `[%s] Cached process > %s`); compute node cn042 lost at 10:21 (`Failed to get exit status
  for process %s -- exitStatusReadTimeoutMillis: %s; delta: %s` with the queue status and work
  dir lines, `... terminated for an unknown reason -- Likely it has been terminated by the
  external system -- Execution is retried (%s)`); the run finishing at 11:18.
- Snakemake 7.32 (`2024-06-07T060004.218733.snakemake.log`, `2024-06-07T091012.604118...`,
  `2024-06-07T113207.950212...`: the files under .snakemake/log/, plain `%(message)s`, the time
  only in the `[Fri Jun  7 06:00:07 2024]` lines its handler writes before a job's record):
  `--cluster sbatch --jobs 24 --restart-times 1` over a tumour/normal cohort (96 samples, five
  rules, multiqc, `all`): the start-up lines and the `Job stats:` table, every job's record
  (`rule %s:` with its input, output, log, jobid, reason, wildcards, threads and resources
  lines; fastp's `message:` as `Job %s: Trimming adapters from %s with fastp` and its `Reason:`
  line), `Submitted job %s with external jobid 'Submitted batch job %s'.`, `Finished job %s.`,
  `%s of %s steps (%s) done`, `Select jobs to execute...`; STAR killed for memory on PT007_T at
  07:42 and PT022_T at 08:15 (`Error in rule %s:` with the shell command and `cluster_jobid:`,
  `Error executing rule %s on cluster (...)`, `Trying to restart job %s.`), PT022_T again at 08:34
  (`Removing output files of failed job %s since they might be corrupted:`, `Shutting down, this
  might take some time.`, the running jobs finishing, `Exiting because a job execution failed.
  Look above for error message`); the 09:10 run with the memory doubled, NFS latency on three
  featureCounts outputs (`Waiting at most %s seconds for missing files.`, `MissingOutputException
  in rule %s in file %s, line %s:` over three lines, the job restarted), done at 10:46; the 11:32
  re-run with `Nothing to be done`.
- Cromwell 86 (`cromwell.log`: the server's stdout with LOG_MODE=standard, `%date
  %X{sourceThread} %-5level - %msg`: `2024-06-07 06:02:11,028
  cromwell-system-akka.dispatchers.engine-dispatcher-63 INFO  - WorkflowManagerActor: Starting
  workflow UUID(...)`, the thread empty outside actors): a germline short-variant WDL per sample
  on the SLURM config backend (BwaMem x8, MarkDuplicates, BaseRecalibrator x6,
  GatherBqsrReports, ApplyBQSR x6, HaplotypeCaller x12, MergeVCFs): the workflow lines (`Retrieved
  %s workflows from the WorkflowStoreActor`, `Starting workflow UUID(%s)`, `Successfully started
  WorkflowActor-%s`, `Parsing workflow as WDL 1.0`, `Call-to-Backend assignments: %s`, `Starting
  %s`, `Assigned new job execution tokens to the following groups: %s: %s`, `Workflow %s
  complete. Final Outputs:` with the JSON, `Workflow actor for %s completed with status '%s'.
  ...`), every job's instantiated command in backticks over several lines, `executing: %s`
  (sbatch), `job id: %s`, `Status change from %s to %s`; `Localization via hard link has failed:
  %s -> %s` for every reference input (the references on another file system) until the config
  fix; slurmctld refusing at 07:38-07:46 (`Workflow %s failed (during %s):
  java.lang.RuntimeException: Unable to start job. ...` with its stack, the sample resubmitted),
  an inputs file without `sample_name` (`... failed (during MaterializingWorkflowDescriptorState):
  ... Workflow input processing failed:` / `Required workflow input '%s' not specified`), a
  corrupt BAM failing a HaplotypeCaller shard twice (`Job %s exited with return code %s which has
  not been declared as a valid return code. ...` with GATK's stderr); the server restarted at
  10:00 for the localization change (`Workflow polling stopped`, `Shutting down %s - Timeout = %s
  seconds`, `%s stopped`, `%s Shutting down: %s queued messages to process`, `Database closed`,
  then `Running with database db.url = %s`, `Slf4jLogger started`, `Workflow heartbeat
  configuration:` with its JSON, `%s configured to flush with batch size %s and process rate
  %s.`, `Cromwell %s service started on %s...`, `Restarting workflow UUID(%s)` and the running
  jobs' `Status change from - to WaitingForReturnCode` again).
- Kedro 0.19 (`etl01-info.log`, `ml01-info.log`: the project's info_file_handler,
  `%(asctime)s - %(name)s - %(levelname)s - %(message)s`, with the rich markup the data catalog
  puts around dataset names: `Loading data from [dark_orange]raw_pos[/dark_orange]
  (ParquetDataset)...`): a demand-forecast project run by cron, the ingest pipeline every five
  minutes (five nodes), features hourly, scoring hourly and training twice: `Kedro project %s`,
  the SequentialRunner's `Using synchronous mode ...`, `Loading data from ...`, `Running node:
  %s` (the node's `name: func([in;puts]) -> [outputs]`), `Saving data to ...`, `Completed %d out
  of %d tasks`, `Pipeline execution completed successfully.`, the nodes' own loggers, py.warnings
  (pandas' observed= FutureWarning, sklearn's feature-names UserWarning, each with its source line
  and a blank line); the POS database down 07:40-08:02 (the load fails in the runner: only `There
  are %d nodes that have not run.` with `--from-nodes "%s"` over three lines), the weather API's
  schema change 09:15-09:37 (`Node %s failed with error: \n%s` with the KeyError's key), the
  partition bucket refusing writes 10:48-11:03 (`There are 1 nodes that have not run.`), and the
  11:05 training failing on NaN (sklearn's two-line message after `failed with error: `).
- Metaflow 2.12 (`ingest_flow.log`, `forecast_flow.log`: cron's capture of `python
  ingest_flow.py --no-pylint run` every ten minutes and `python forecast_flow.py --no-pylint run
  --max-workers 8` hourly, the local runtime's `%Y-%m-%d %H:%M:%S.fff` lines and the task head
  `[run-id/step/task-id (pid N)] `): the CLI's unstamped `Metaflow %s executing %s for %s`,
  `Validating your flow...`, `    The graph looks good!`, `Workflow starting (run-id %s):`, every
  task's `Task is starting.`, its own printed lines (`Ingest window %s to %s`, `Fetched %d records
  from %s`, `Training %s on %d weeks of history`, `%s: MAPE %.2f%% (baseline %.2f%%)`,
  `Registered model %s version %d`), `Foreach yields %d child steps.`, `Task finished
  successfully.`, `Done!`, the runtime's progress every five minutes (`%d tasks are running:
  %s.`, `No tasks are waiting in the queue.`, `%d steps have not started: %s.`); the weather API
  answering 502 08:10-08:31 (a fetch task's `<flow %s step %s[%s] (input: %s)> failed:`,
  `Internal error`, the traceback relayed line by line each with the time and head, `Task
  failed.`, `Task is starting (retry).`, again, `Workflow failed.`, `Terminating %d active
  tasks...`, `Flushing logs...` and the unstamped `    Step failure:` / `    Step fetch (task-id
  %s) failed.`); NaN in one region's features at 09:15 (the same in the train step, seven running
  tasks' `[KILLED BY ORCHESTRATOR]` twice each), resumed at 09:52 (`Gathering required
  information to resume run ...`, `[%s] Cloning results of a previously run task %s`).

Label notes. The heads are context: Nextflow's time, thread, level and logger; Cromwell's time,
source thread and level, and the actor prefixes its ActorLogging puts before a message
(`WorkflowManagerActor: `, `WorkflowExecutionActor-<id> [UUID(<id8>)]: `,
`MaterializeWorkflowDescriptorActor [UUID(<id8>)]: `, `DispatchedConfigAsyncJobExecutionActor
[UUID(<id8>)wf.call:shard:attempt]: `); Kedro's time, logger and level (the rich markup is part
of the catalog's format string); Metaflow's time and task head. Snakemake writes a job's time
as a record of its own right before the job's record; as in Oracle's alert log (round 41) the
event starts on the time line, which carries the label of the record under it, and a record that
follows under the same time (`%s of %s steps (%s) done`, `Submitted job ...`, `Reason: ...`) is
labelled on its own line. A value that is a message of its own contributes its format (sbatch's
`Submitted batch job %s`, squeue's two errors, the exceptions after `failed (during %s): `,
sklearn's NaN message, `Step %s (task-id %s) failed.`); an object's toString (Nextflow's
TaskHandler, WorkflowStats, a Kedro node's string) is a value, and so are process, rule, call,
node, dataset and region names, paths and commands (Cromwell's backticked command is `%s`). The
later lines of a multi-line record have no row: the dump's `~>` lines, nf-core's error block,
Snakemake's job records and tables, Cromwell's commands, JSON and stacks, Kedro's three-line
warning, Metaflow's relayed traceback after `Traceback (most recent call last):` (one event
whose later lines repeat the time and head, round 112's Meltano) and the `Step failure:` report.

Least sure (written from the helper's knowledge; Nextflow's TaskPollingMonitor, GridTaskHandler,
AbstractGridExecutor and LoggerHelper, Snakemake's logging.py (6.x), Cromwell's logback.xml,
Kedro's node.py and Metaflow's runtime.py were checked against copies of their sources, Kedro's
markup in file logs against its issue tracker): Nextflow's `Parsing config file`, `Applying
config profile` and `Starting process >` lines at DEBUG, the thread of `Cached process`, whether
the queue warning comes back as DEBUG later, the WorkflowStats fields; Snakemake 7's `Error in
rule` record as one write (6.x wrote it line by line), the resources listed, `Removing output
files ...` and the MissingOutputException's layout; Cromwell's `Starting %s` per call, the
`Restarting workflow` wording, whether the hard-link warning names its reason, the shutdown list
and the failure messages' stacks; Kedro's `Kedro project %s` and the sync-mode line at INFO in
0.19, the resume warning's wording; Metaflow's `Internal error` for user exceptions and the
resume's cloning lines (2.12 may use `Cloning task from ...`).
"""

from __future__ import annotations

import heapq
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def epoch_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


# --------------------------------------------------------------------------------- nextflow

NF_SAMPLES = [f"{c}_REP{i}" for c in ("CTRL", "KO1", "KO2", "DEX") for i in range(1, 13)]
NF_P = "NFCORE_RNASEQ:RNASEQ:"
# process, parents, minutes (low, high), cpus
NF_PROCS: dict[str, tuple[list[str], tuple[float, float]]] = {
    "FASTQ_FASTQC_UMITOOLS_TRIMGALORE:FASTQC": ([], (4, 9)),
    "FASTQ_FASTQC_UMITOOLS_TRIMGALORE:TRIMGALORE": ([], (12, 22)),
    "ALIGN_STAR:STAR_ALIGN": (["FASTQ_FASTQC_UMITOOLS_TRIMGALORE:TRIMGALORE"], (24, 42)),
    "ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:SAMTOOLS_SORT": (["ALIGN_STAR:STAR_ALIGN"], (5, 11)),
    "ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:SAMTOOLS_INDEX": (
        ["ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:SAMTOOLS_SORT"],
        (1, 2.5),
    ),
    "ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:BAM_STATS_SAMTOOLS:SAMTOOLS_STATS": (
        ["ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:SAMTOOLS_INDEX"],
        (2, 4),
    ),
    "ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:BAM_STATS_SAMTOOLS:SAMTOOLS_FLAGSTAT": (
        ["ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:SAMTOOLS_INDEX"],
        (1, 2),
    ),
    "ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:BAM_STATS_SAMTOOLS:SAMTOOLS_IDXSTATS": (
        ["ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:SAMTOOLS_INDEX"],
        (0.5, 1.2),
    ),
    "QUANTIFY_STAR_SALMON:SALMON_QUANT": (["ALIGN_STAR:STAR_ALIGN"], (8, 15)),
    "BAM_MARKDUPLICATES_PICARD:PICARD_MARKDUPLICATES": (
        ["ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:SAMTOOLS_INDEX"],
        (12, 24),
    ),
    "QUALIMAP_RNASEQ": (["BAM_MARKDUPLICATES_PICARD:PICARD_MARKDUPLICATES"], (14, 24)),
    "DUPRADAR": (["BAM_MARKDUPLICATES_PICARD:PICARD_MARKDUPLICATES"], (8, 14)),
}
NF_STAR_BIG = {"KO2_REP4", "DEX_REP2", "DEX_REP7", "CTRL_REP11", "KO1_REP9"}
NF_STAR_FATAL = "DEX_REP7"

NF_SUBMITTED = "[%s] submitted process %s > jobId: %s; workDir: %s"
NF_SESSION_SUBMITTED = "[%s] Submitted process > %s"
NF_RESUBMITTED = "[%s] Re-submitted process > %s"
NF_CACHED = "[%s] Cached process > %s"
NF_HANDLER = "TaskHandler[jobId: %s; id: %s; name: %s; status: %s; exit: %s; error: %s; workDir: %s started: %s; exited: %s; ]"
NF_COMPLETED = "Task completed > " + NF_HANDLER
NF_DUMP = "!! executor %s > tasks to be completed: %s -- submitted tasks are shown below"
NF_RETRIED = (
    "[%s] NOTE: Process `%s` terminated with an error exit status (%s) -- Execution is retried (%s)"
)
NF_UNKNOWN = "[%s] NOTE: Process `%s` terminated for an unknown reason -- Likely it has been terminated by the external system -- Execution is retried (%s)"
NF_HANDLING = "Handling unexpected condition for\\n  task: name=%s; work-dir=%s\\n  error [%s]: Process `%s` terminated with an error exit status (%s)"
NF_HANDLING_UNKNOWN = "Handling unexpected condition for\\n  task: name=%s; work-dir=%s\\n  error [%s]: Process `%s` terminated for an unknown reason -- Likely it has been terminated by the external system"
NF_QUEUE = "[%s] queue (%s) status cannot be fetched\\n- cmd executed: %s\\n- exit status : %s\\n- output      :\\n  slurm_load_jobs error: "
NF_EXIT = "Failed to get exit status for process %s -- exitStatusReadTimeoutMillis: %s; delta: %s\\nCurrent queue status:\\n%s\\nContent of workDir: %s\\n%s"


def file_time(t: datetime) -> str:
    """java.nio.file.attribute.FileTime.toString(): ISO instant, the fraction without trailing zeros."""
    frac = f"{t.microsecond:06d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


class NfTask:
    def __init__(self, sample: str, proc: str, tid: int, r: random.Random) -> None:
        self.sample = sample
        self.proc = proc
        self.name = f"{NF_P}{proc} ({sample})"
        self.tid = tid
        self.attempt = 1
        self.hash = hexid(r, 32)
        self.job = 0
        self.started: datetime | None = None

    @property
    def hashlog(self) -> str:
        return f"{self.hash[:2]}/{self.hash[2:8]}"

    @property
    def workdir(self) -> str:
        return f"/scratch/ngs/work/{self.hash[:2]}/{self.hash[2:]}"

    def handler(self, status: str, exit_: str, started: str, exited: str) -> str:
        return f"TaskHandler[jobId: {self.job}; id: {self.tid}; name: {self.name}; status: {status}; exit: {exit_}; error: -; workDir: {self.workdir} started: {started}; exited: {exited}; ]"


def nextflow(r: random.Random) -> list[Log]:
    """nf-core/rnaseq 3.14.0 on SLURM, launched at 06:00 and again with -resume at 09:05 (see the
    module docstring)."""
    fs = Files()
    jobid = [4_418_200]

    def L(
        f: str, t: datetime, thread: str, lvl: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%b-%d %H:%M:%S}.{x.microsecond // 1000:03d} [{thread}] {lvl:<5} {logger} - {lines[0]}",
                *lines[1:],
            ],
            f,
            MS,
        )

    def startup(f: str, t: datetime, run_name: str, resume: bool) -> datetime:
        cmd = "nextflow run nf-core/rnaseq -r 3.14.0 -profile singularity,cluster -params-file params.yaml"
        if resume:
            cmd += " -resume"
        seq = [
            ("main", "DEBUG", "nextflow.cli.Launcher", "$> %s", f"$> {cmd}"),
            (
                "main",
                "DEBUG",
                "nextflow.cli.CmdRun",
                "N E X T F L O W  ~  version %s",
                "N E X T F L O W  ~  version 23.10.1",
            ),
            (
                "main",
                "DEBUG",
                "nextflow.config.ConfigBuilder",
                "Parsing config file: %s",
                "Parsing config file: /home/ngs/.nextflow/assets/nf-core/rnaseq/nextflow.config",
            ),
            (
                "main",
                "DEBUG",
                "nextflow.config.ConfigBuilder",
                "Parsing config file: %s",
                "Parsing config file: /data/runs/240607_A01234_0412_BHVKLMDSXC/nextflow.config",
            ),
            (
                "main",
                "DEBUG",
                "nextflow.config.ConfigBuilder",
                "Applying config profile: `%s`",
                "Applying config profile: `singularity`",
            ),
            (
                "main",
                "DEBUG",
                "nextflow.config.ConfigBuilder",
                "Applying config profile: `%s`",
                "Applying config profile: `cluster`",
            ),
            (
                "main",
                "INFO ",
                "nextflow.cli.CmdRun",
                "Launching `%s` [%s] DSL2 - revision: %s [%s]",
                f"Launching `https://github.com/nf-core/rnaseq` [{run_name}] DSL2 - revision: b89fac3265 [3.14.0]",
            ),
            ("main", "DEBUG", "nextflow.Session", "Session UUID: %s", f"Session UUID: {uuid4(r)}"),
            ("main", "DEBUG", "nextflow.Session", "Run name: %s", f"Run name: {run_name}"),
            (
                "main",
                "DEBUG",
                "n.processor.TaskPollingMonitor",
                "Creating task monitor for executor '%s' > capacity: %s; pollInterval: %s; dumpInterval: %s",
                "Creating task monitor for executor 'slurm' > capacity: 32; pollInterval: 5s; dumpInterval: 5m",
            ),
        ]
        for thread, lvl, logger, label, msg in seq:
            t = L(f, t + sec(r.uniform(0.02, 0.9)), thread, lvl.strip(), logger, label, [msg])
        for proc in NF_PROCS:
            t = L(
                f,
                t + sec(r.uniform(0.005, 0.05)),
                "main",
                "DEBUG",
                "nextflow.processor.TaskProcessor",
                "Starting process > %s",
                [f"Starting process > {NF_P}{proc}"],
            )
        return t

    def dump(f: str, t: datetime, running: list[NfTask]) -> None:
        if not running:
            return
        lines = [
            f"!! executor slurm > tasks to be completed: {len(running)} -- submitted tasks are shown below"
        ]
        for task in running[:10]:
            st = str(epoch_ms(task.started)) if task.started and task.started <= t else "-"
            status = "RUNNING" if st != "-" else "SUBMITTED"
            lines.append("~> " + task.handler(status, "-", st, "-"))
        if len(running) > 10:
            lines.append(".. remaining tasks omitted.")
        L(f, t, "Task monitor", "DEBUG", "n.processor.TaskPollingMonitor", NF_DUMP, lines)

    def run(
        f: str,
        t0: datetime,
        run_name: str,
        done_before: set[tuple[str, str]],
        star_fatal: bool,
        slurm_out: tuple[datetime, datetime] | None,
        node_crash: datetime | None,
    ) -> tuple[datetime, set[tuple[str, str]]]:
        t = startup(f, t0, run_name, bool(done_before))
        slots = 32
        tid = [0]
        done: set[tuple[str, str]] = set()
        ready: list[tuple[datetime, int, NfTask]] = []
        seq = [0]

        def new_task(sample: str, proc: str, when: datetime) -> None:
            tid[0] += 1
            task = NfTask(sample, proc, tid[0], r)
            seq[0] += 1
            heapq.heappush(ready, (when, seq[0], task))

        # cached tasks (resume) and the first tasks
        cached_t = t + sec(2.0)
        children: dict[str, list[str]] = {p: [] for p in NF_PROCS}
        for p, (parents, _) in NF_PROCS.items():
            for q in parents:
                children[q].append(p)

        def release(sample: str, proc: str, when: datetime) -> None:
            nonlocal cached_t
            for c in children[proc]:
                parents = NF_PROCS[c][0]
                if all((sample, q) in done for q in parents):
                    if (sample, c) in done_before:
                        tid[0] += 1
                        task = NfTask(sample, c, tid[0], r)
                        cached_t = L(
                            f,
                            max(cached_t, when) + sec(r.uniform(0.02, 0.3)),
                            f"Actor Thread {r.randint(3, 60)}",
                            "INFO",
                            "nextflow.processor.TaskProcessor",
                            NF_CACHED,
                            [f"[{task.hashlog}] Cached process > {task.name}"],
                        )
                        done.add((sample, c))
                        release(sample, c, cached_t)
                    else:
                        new_task(sample, c, when)

        for s in NF_SAMPLES:
            for p, (parents, _) in NF_PROCS.items():
                if not parents:
                    if (s, p) in done_before:
                        tid[0] += 1
                        task = NfTask(s, p, tid[0], r)
                        cached_t = L(
                            f,
                            cached_t + sec(r.uniform(0.02, 0.3)),
                            f"Actor Thread {r.randint(3, 60)}",
                            "INFO",
                            "nextflow.processor.TaskProcessor",
                            NF_CACHED,
                            [f"[{task.hashlog}] Cached process > {task.name}"],
                        )
                        done.add((s, p))
                        release(s, p, cached_t)
                    else:
                        new_task(s, p, t + sec(r.uniform(1, 4)))

        if slurm_out:
            for k, out in enumerate(
                [
                    "Socket timed out on send/recv operation",
                    "Unable to contact slurm controller (connect failure)",
                ]
            ):
                L(
                    f,
                    slurm_out[0] + sec(25 + 310 * k + r.uniform(0, 5)),
                    "Task monitor",
                    "WARN",
                    "n.executor.AbstractGridExecutor",
                    NF_QUEUE + out,
                    [
                        "[SLURM] queue (normal) status cannot be fetched",
                        "- cmd executed: squeue --noheader -o %i %t -t all -p normal -u ngs",
                        "- exit status : 1",
                        "- output      :",
                        f"  slurm_load_jobs error: {out}",
                        "",
                    ],
                )
        running: list[NfTask] = []
        ends: list[tuple[datetime, int, NfTask]] = []
        clock = t
        next_dump = t0 + sec(300)
        aborted: datetime | None = None
        while ready or ends:
            # next event: a completion, or a submission if a slot is free
            cand = []
            if ends:
                cand.append(ends[0][0])
            if ready and len(running) < slots:
                cand.append(max(ready[0][0], clock))
            now = min(cand)
            while next_dump <= now:
                dump(f, next_dump + sec(r.uniform(0, 0.2)), running)
                next_dump += sec(300)
            clock = now
            if ends and ends[0][0] <= now:
                _, _, task = heapq.heappop(ends)
                running.remove(task)
                kind = task.fate  # type: ignore[attr-defined]
                rec = now
                if kind == "ok":
                    rec = L(
                        f,
                        now,
                        "Task monitor",
                        "DEBUG",
                        "n.processor.TaskPollingMonitor",
                        NF_COMPLETED,
                        [
                            "Task completed > "
                            + task.handler(
                                "COMPLETED",
                                "0",
                                str(epoch_ms(task.started)),
                                file_time(now - sec(r.uniform(0.5, 4.8))),
                            )
                        ],
                    )
                    done.add((task.sample, task.proc))
                    release(task.sample, task.proc, rec)
                elif kind == "oom":
                    rec = L(
                        f,
                        now,
                        "Task monitor",
                        "DEBUG",
                        "n.processor.TaskPollingMonitor",
                        NF_COMPLETED,
                        [
                            "Task completed > "
                            + task.handler(
                                "COMPLETED",
                                "137",
                                str(epoch_ms(task.started)),
                                file_time(now - sec(r.uniform(0.5, 4.8))),
                            )
                        ],
                    )
                    rec = L(
                        f,
                        rec + sec(0.002),
                        "Task monitor",
                        "DEBUG",
                        "nextflow.processor.TaskProcessor",
                        NF_HANDLING,
                        [
                            "Handling unexpected condition for",
                            f"  task: name={task.name}; work-dir={task.workdir}",
                            f"  error [nextflow.exception.ProcessFailedException]: Process `{task.name}` terminated with an error exit status (137)",
                        ],
                    )
                    if task.attempt == 1:
                        L(
                            f,
                            rec + sec(0.01),
                            "Task monitor",
                            "INFO",
                            "nextflow.processor.TaskProcessor",
                            NF_RETRIED,
                            [
                                f"[{task.hashlog}] NOTE: Process `{task.name}` terminated with an error exit status (137) -- Execution is retried (1)"
                            ],
                        )
                        retry = NfTask(task.sample, task.proc, task.tid, r)
                        tid[0] += 1
                        retry.tid = tid[0]
                        retry.attempt = 2
                        seq[0] += 1
                        heapq.heappush(ready, (rec + sec(0.5), seq[0], retry))
                    else:
                        err = star_error(task)
                        rec = L(
                            f,
                            rec + sec(0.01),
                            "Task monitor",
                            "ERROR",
                            "nextflow.processor.TaskProcessor",
                            "Error executing process > '%s'",
                            err,
                        )
                        L(
                            f,
                            rec + sec(0.02),
                            "Task monitor",
                            "DEBUG",
                            "nextflow.Session",
                            "Session aborted -- Cause: Process `%s` terminated with an error exit status (%s)",
                            [
                                f"Session aborted -- Cause: Process `{task.name}` terminated with an error exit status (137)"
                            ],
                        )
                        aborted = rec
                        break
                elif kind == "lost":
                    qs = "\n".join(
                        f">   job: {x.job:>6}: {'RUNNING' if x.started and x.started <= now else 'PENDING'}"
                        for x in running[:6]
                    )
                    rec = L(
                        f,
                        now,
                        "Task monitor",
                        "DEBUG",
                        "nextflow.executor.GridTaskHandler",
                        NF_EXIT,
                        [
                            "Failed to get exit status for process "
                            + task.handler("RUNNING", "-", str(epoch_ms(task.started)), "-")
                            + f" -- exitStatusReadTimeoutMillis: 270000; delta: {270000 + r.randint(2, 4990)}",
                            "Current queue status:",
                            *qs.split("\n"),
                            "",
                            f"Content of workDir: {task.workdir}",
                            "null",
                        ],
                    )
                    rec = L(
                        f,
                        rec + sec(0.003),
                        "Task monitor",
                        "DEBUG",
                        "n.processor.TaskPollingMonitor",
                        NF_COMPLETED,
                        [
                            "Task completed > "
                            + task.handler("COMPLETED", "-", str(epoch_ms(task.started)), "-")
                        ],
                    )
                    rec = L(
                        f,
                        rec + sec(0.002),
                        "Task monitor",
                        "DEBUG",
                        "nextflow.processor.TaskProcessor",
                        NF_HANDLING_UNKNOWN,
                        [
                            "Handling unexpected condition for",
                            f"  task: name={task.name}; work-dir={task.workdir}",
                            f"  error [nextflow.exception.ProcessFailedException]: Process `{task.name}` terminated for an unknown reason -- Likely it has been terminated by the external system",
                        ],
                    )
                    L(
                        f,
                        rec + sec(0.01),
                        "Task monitor",
                        "INFO",
                        "nextflow.processor.TaskProcessor",
                        NF_UNKNOWN,
                        [
                            f"[{task.hashlog}] NOTE: Process `{task.name}` terminated for an unknown reason -- Likely it has been terminated by the external system -- Execution is retried (1)"
                        ],
                    )
                    retry = NfTask(task.sample, task.proc, task.tid, r)
                    tid[0] += 1
                    retry.tid = tid[0]
                    retry.attempt = 2
                    seq[0] += 1
                    heapq.heappush(ready, (rec + sec(0.5), seq[0], retry))
                continue
            # submit
            _, _, task = heapq.heappop(ready)
            if slurm_out and slurm_out[0] <= now < slurm_out[1]:
                now = slurm_out[1] + sec(r.uniform(0.5, 20))
            jobid[0] += r.choice([1, 1, 2, 3, 5, 9])
            task.job = jobid[0]
            sub = L(
                f,
                now + sec(r.uniform(0.15, 0.6)),
                "Task submitter",
                "DEBUG",
                "nextflow.executor.GridTaskHandler",
                NF_SUBMITTED,
                [
                    f"[SLURM] submitted process {task.name} > jobId: {task.job}; workDir: {task.workdir}"
                ],
            )
            if task.attempt == 1:
                sub = L(
                    f,
                    sub + sec(0.001),
                    "Task submitter",
                    "INFO",
                    "nextflow.Session",
                    NF_SESSION_SUBMITTED,
                    [f"[{task.hashlog}] Submitted process > {task.name}"],
                )
            else:
                sub = L(
                    f,
                    sub + sec(0.001),
                    "Task submitter",
                    "INFO",
                    "nextflow.Session",
                    NF_RESUBMITTED,
                    [f"[{task.hashlog}] Re-submitted process > {task.name}"],
                )
            clock = sub
            queued = r.uniform(5, 90)
            if slurm_out and slurm_out[0] - sec(300) <= sub < slurm_out[1]:
                queued += max(0.0, (slurm_out[1] - sub).total_seconds())
            task.started = sub + sec(queued)
            lo, hi = NF_PROCS[task.proc][1]
            dur = r.uniform(lo, hi) * 60
            fate = "ok"
            if task.proc == "ALIGN_STAR:STAR_ALIGN" and task.sample in NF_STAR_BIG:
                dur *= 1.5
                if task.attempt == 1 and star_fatal:
                    fate = "oom"
                    dur = r.uniform(34, 44) * 60
                elif task.sample == NF_STAR_FATAL and star_fatal:
                    fate = "oom"
                    dur = r.uniform(44, 52) * 60
            end = task.started + sec(dur) + sec(r.uniform(0.2, 5.0))
            if (
                node_crash
                and task.started < node_crash < end
                and r.random() < 0.22
                and task.attempt == 1
            ):
                fate = "lost"
                end = node_crash + sec(270 + r.uniform(1, 10))
            task.fate = fate  # type: ignore[attr-defined]
            running.append(task)
            seq[0] += 1
            heapq.heappush(ends, (end, seq[0], task))
        if aborted is not None:
            t = aborted + sec(r.uniform(1.5, 3.0))
            t = L(
                f,
                t,
                "main",
                "DEBUG",
                "nextflow.Session",
                "Session await > all processes finished",
                ["Session await > all processes finished"],
            )
            stats = f"WorkflowStats[succeededCount={len(done) - len(done_before)}; failedCount=6; ignoredCount=0; cachedCount={len(done_before)}; pendingCount=0; submittedCount=0; runningCount=0; retriesCount=5; abortedCount={len(running)}; succeedDuration=2d 4h 11m 9s; failedDuration=52m 40s; cachedDuration=0ms;loadCpus=0; loadMemory=0; peakRunning=24; peakCpus=176; peakMemory=620 GB; ]"
        else:
            t = clock + sec(r.uniform(2, 4))
            t = L(
                f,
                t,
                "main",
                "DEBUG",
                "nextflow.Session",
                "Session await > all processes finished",
                ["Session await > all processes finished"],
            )
            stats = f"WorkflowStats[succeededCount={len(done) - len(done_before)}; failedCount=3; ignoredCount=0; cachedCount={len(done_before)}; pendingCount=0; submittedCount=0; runningCount=0; retriesCount=3; abortedCount=0; succeedDuration=1d 22h 6m 51s; failedDuration=39m 2s; cachedDuration=2d 4h 11m 9s;loadCpus=0; loadMemory=0; peakRunning=24; peakCpus=184; peakMemory=688 GB; ]"
        t = L(
            f,
            t + sec(r.uniform(0.05, 0.4)),
            "main",
            "DEBUG",
            "nextflow.Session",
            "Session await > all barriers passed",
            ["Session await > all barriers passed"],
        )
        t = L(
            f,
            t + sec(r.uniform(0.05, 0.2)),
            "main",
            "DEBUG",
            "n.trace.WorkflowStatsObserver",
            "Workflow completed > %s",
            [f"Workflow completed > {stats}"],
        )
        t = L(
            f,
            t + sec(r.uniform(0.3, 1.5)),
            "main",
            "DEBUG",
            "nextflow.script.ScriptRunner",
            "> Execution complete -- Goodbye",
            ["> Execution complete -- Goodbye"],
        )
        return t, done

    def star_error(task: NfTask) -> list[str]:
        s = task.sample
        st = task.started or T0

        def hms(x: float) -> str:
            return f"{st + sec(x):%b %d %H:%M:%S}"

        return [
            f"Error executing process > '{task.name}'",
            "",
            "Caused by:",
            f"  Process `{task.name}` terminated with an error exit status (137)",
            "",
            "Command executed:",
            "",
            "  STAR \\",
            "      --genomeDir star \\",
            f"      --readFilesIn {s}_1_val_1.fq.gz {s}_2_val_2.fq.gz  \\",
            "      --runThreadN 12 \\",
            f"      --outFileNamePrefix {s}. \\",
            "       \\",
            "      --sjdbGTFfile genes.gtf \\",
            f"      --outSAMattrRGline 'ID:{s}' 'SM:{s}'  \\",
            "      --quantMode TranscriptomeSAM --twopassMode Basic --outSAMtype BAM Unsorted --readFilesCommand zcat --runRNGseed 0 --outFilterMultimapNmax 20 --alignSJDBoverhangMin 1 --outSAMattributes NH HI AS NM MD --quantTranscriptomeBan Singleend --outSAMstrandField intronMotif",
            "  ",
            "  cat <<-END_VERSIONS > versions.yml",
            f'  "{NF_P}ALIGN_STAR:STAR_ALIGN":',
            '      star: $(STAR --version | sed -e "s/STAR_//g")',
            "      samtools: $(echo $(samtools --version 2>&1) | sed 's/^.*samtools //; s/Using.*$//')",
            "  END_VERSIONS",
            "",
            "Command exit status:",
            "  137",
            "",
            "Command output:",
            "  (empty)",
            "",
            "Command error:",
            "  \tSTAR --genomeDir star --readFilesIn "
            + f"{s}_1_val_1.fq.gz {s}_2_val_2.fq.gz --runThreadN 12 --outFileNamePrefix {s}.",
            "  \tSTAR version: 2.7.10a   compiled: 2022-01-14T18:50:00-05:00 :/home/dobin/data/STAR/STARcode/STAR.master/source",
            f"  {hms(4)} ..... started STAR run",
            f"  {hms(4)} ..... loading genome",
            f"  {hms(171)} ..... processing annotations GTF",
            f"  {hms(322)} ..... inserting junctions into the genome indices",
            f"  {hms(1430)} ..... started 1st pass mapping",
            f"  .command.sh: line 9:    88 Killed                  STAR --genomeDir star --readFilesIn {s}_1_val_1.fq.gz {s}_2_val_2.fq.gz --runThreadN 12",
            "",
            "Work dir:",
            f"  {task.workdir}",
            "",
            "Tip: you can replicate the issue by changing to the process work dir and entering the command `bash .command.run`",
        ]

    f1 = "nextflow-20240607-0600.log"
    f2 = "nextflow-20240607-0905.log"
    _, done1 = run(f1, at(6, 0, 1.4), "elegant_curie", set(), True, (at(6, 52), at(7, 4)), None)
    run(f2, at(9, 5, 3.1), "jolly_babbage", done1, False, None, at(10, 21, 30))
    return fs.logs(T0)


# -------------------------------------------------------------------------------- snakemake

SM_SAMPLES = [f"PT{p:03d}_{k}" for p in range(1, 49) for k in ("T", "N")]
SM_DIR = "/data/projects/P0412"
SM_STAR_OOM = {"PT007_T", "PT022_T", "PT044_T"}
SM_STAR_FATAL = "PT022_T"
SM_LATENCY = {"PT017_N", "PT036_T", "PT041_N"}
SM_RULES = ["fastp", "fastqc", "star_align", "samtools_index", "featurecounts"]
SM_PARENTS = {
    "fastp": [],
    "fastqc": [],
    "star_align": ["fastp"],
    "samtools_index": ["star_align"],
    "featurecounts": ["star_align"],
}
SM_MINUTES = {
    "fastp": (7, 13),
    "fastqc": (4, 8),
    "star_align": (19, 33),
    "samtools_index": (1, 3),
    "featurecounts": (3, 6),
}


def sm_asctime(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def sm_pct(done: int, total: int) -> str:
    p = done / total
    return f"{p:.2%}" if p < 0.01 else f"{p:.0%}"


class SmJob:
    def __init__(self, rule: str, sample: str, jid: int) -> None:
        self.rule = rule
        self.sample = sample
        self.jid = jid
        self.attempt = 1
        self.ext = 0
        self.script = ""


def snakemake(r: random.Random) -> list[Log]:
    """Snakemake 7.32 on SLURM (`--cluster sbatch`, `--jobs 24`, `--restart-times 1`): a tumour /
    normal RNA-seq cohort, run at 06:00 and again at 09:10 (see the module docstring)."""
    logs: list[Log] = []
    ext = [4_421_300]

    def sm_run(
        name: str,
        t: datetime,
        todo: list[tuple[str, str]],
        star_mem: int,
        fatal: bool,
        latency: bool,
    ) -> set[tuple[str, str]]:
        log = Log(name, T0)
        tmp = f"{SM_DIR}/.snakemake/tmp.{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789_') for _ in range(8))}"
        last = [0]

        def stamp(x: datetime) -> datetime:
            s = int(x.timestamp())
            if s <= last[0]:
                x = datetime.fromtimestamp(last[0] + 1, tz=UTC) + sec(r.uniform(0, 0.3))
            last[0] = int(x.timestamp())
            return x

        def say(lines: list[str], label: str | None) -> None:
            log.add(lines[0], label)
            for more in lines[1:]:
                log.add(more, None)

        jobs: dict[tuple[str, str], SmJob] = {}
        jid = 1
        for s_ in SM_SAMPLES:
            for rule in SM_RULES:
                if (rule, s_) in todo:
                    jobs[(rule, s_)] = SmJob(rule, s_, jid)
                    jid += 1
        multiqc = SmJob("multiqc", "", jid)
        total = len(jobs) + 2
        counts = {rule: sum(1 for k in jobs if k[0] == rule) for rule in SM_RULES}
        say(["Building DAG of jobs..."], "Building DAG of jobs...")
        say(["Using shell: /usr/bin/bash"], "Using shell: %s")
        say(["Provided cluster nodes: 24"], "Provided cluster nodes: %s")
        table = [
            "Job stats:",
            "job               count",
            "--------------  -------",
            "all                   1",
        ]
        for rule in ["fastp", "fastqc", "featurecounts", "multiqc", "samtools_index", "star_align"]:
            n = 1 if rule == "multiqc" else counts[rule]
            if n:
                table.append(f"{rule:<14}  {n:>7}")
        table.append(f"{'total':<14}  {total:>7}")
        say([*table, ""], "Job stats:\\n%s")
        done: set[tuple[str, str]] = set()
        ready = [k for k in jobs if not any((p, k[1]) in jobs for p in SM_PARENTS[k[0]])]
        running: list[tuple[datetime, int, SmJob]] = []
        seq = [0]
        ndone = [0]
        failed = [False]
        last_info = [False]

        def job_info(job: SmJob, x: datetime) -> datetime:
            x = stamp(x)
            s_ = job.sample
            if not last_info[0]:
                say([""], None)
            if job.rule == "fastp":
                say(
                    [
                        f"[{sm_asctime(x)}]",
                        f"Job {job.jid}: Trimming adapters from {s_} with fastp",
                    ],
                    "Job %s: Trimming adapters from %s with fastp",
                )
                say(
                    [
                        f"Reason: Missing output files: trimmed/{s_}_R1.fastq.gz, trimmed/{s_}_R2.fastq.gz"
                    ],
                    "Reason: Missing output files: %s",
                )
                say([""], None)
            else:
                block = [f"[{sm_asctime(x)}]", f"rule {job.rule}:"]
                if job.rule == "fastqc":
                    block += [
                        f"    input: raw/{s_}_R1.fastq.gz, raw/{s_}_R2.fastq.gz",
                        f"    output: qc/fastqc/{s_}_R1_fastqc.html, qc/fastqc/{s_}_R1_fastqc.zip, qc/fastqc/{s_}_R2_fastqc.html, qc/fastqc/{s_}_R2_fastqc.zip",
                        f"    log: logs/fastqc/{s_}.log",
                        f"    jobid: {job.jid}",
                        f"    reason: Missing output files: qc/fastqc/{s_}_R1_fastqc.zip, qc/fastqc/{s_}_R2_fastqc.zip",
                        f"    wildcards: sample={s_}",
                        "    threads: 4",
                        f"    resources: mem_mb=4000, mem_mib=3815, disk_mb={r.randint(2400, 4100)}, disk_mib={r.randint(2300, 3900)}, tmpdir=<TBD>, runtime=60",
                    ]
                elif job.rule == "star_align":
                    mem = star_mem * job.attempt
                    block += [
                        f"    input: trimmed/{s_}_R1.fastq.gz, trimmed/{s_}_R2.fastq.gz, /ref/GRCh38/star_2.7.11a",
                        f"    output: aligned/{s_}/Aligned.sortedByCoord.out.bam, aligned/{s_}/Log.final.out, aligned/{s_}/ReadsPerGene.out.tab",
                        f"    log: logs/star_align/{s_}.log",
                        f"    jobid: {job.jid}",
                        f"    reason: Missing output files: aligned/{s_}/Aligned.sortedByCoord.out.bam; Input files updated by another job: trimmed/{s_}_R2.fastq.gz, trimmed/{s_}_R1.fastq.gz"
                        if ("fastp", s_) in jobs
                        else f"    reason: Missing output files: aligned/{s_}/Aligned.sortedByCoord.out.bam",
                        f"    wildcards: sample={s_}",
                        "    threads: 16",
                        f"    resources: mem_mb={mem}, mem_mib={int(mem * 0.95367)}, disk_mb={r.randint(9000, 16000)}, disk_mib={r.randint(8600, 15300)}, tmpdir=<TBD>, runtime=240",
                    ]
                elif job.rule == "samtools_index":
                    block += [
                        f"    input: aligned/{s_}/Aligned.sortedByCoord.out.bam",
                        f"    output: aligned/{s_}/Aligned.sortedByCoord.out.bam.bai",
                        f"    jobid: {job.jid}",
                        f"    reason: Missing output files: aligned/{s_}/Aligned.sortedByCoord.out.bam.bai; Input files updated by another job: aligned/{s_}/Aligned.sortedByCoord.out.bam",
                        f"    wildcards: sample={s_}",
                        f"    resources: mem_mb=1000, mem_mib=954, disk_mb={r.randint(3000, 6000)}, disk_mib={r.randint(2900, 5700)}, tmpdir=<TBD>, runtime=30",
                    ]
                elif job.rule == "featurecounts":
                    block += [
                        f"    input: aligned/{s_}/Aligned.sortedByCoord.out.bam, /ref/GRCh38/gencode.v45.annotation.gtf",
                        f"    output: counts/{s_}.featureCounts.txt, counts/{s_}.featureCounts.txt.summary",
                        f"    log: logs/featurecounts/{s_}.log",
                        f"    jobid: {job.jid}",
                        f"    reason: Missing output files: counts/{s_}.featureCounts.txt; Input files updated by another job: aligned/{s_}/Aligned.sortedByCoord.out.bam",
                        f"    wildcards: sample={s_}",
                        "    threads: 8",
                        f"    resources: mem_mb=8000, mem_mib=7630, disk_mb={r.randint(3000, 6000)}, disk_mib={r.randint(2900, 5700)}, tmpdir=<TBD>, runtime=60",
                    ]
                elif job.rule == "multiqc":
                    block += [
                        "    input: "
                        + ", ".join(f"qc/fastqc/{x}_R1_fastqc.zip" for x in SM_SAMPLES[:4])
                        + ", ...",
                        "    output: qc/multiqc_report.html, qc/multiqc_data",
                        "    log: logs/multiqc.log",
                        f"    jobid: {job.jid}",
                        "    reason: Missing output files: qc/multiqc_report.html; Input files updated by another job: "
                        + ", ".join(
                            f"counts/{x}.featureCounts.txt.summary" for x in SM_SAMPLES[-3:]
                        ),
                        f"    resources: mem_mb=4000, mem_mib=3815, disk_mb={r.randint(1000, 2000)}, disk_mib={r.randint(950, 1900)}, tmpdir=<TBD>, runtime=60",
                    ]
                block.append("")
                say(block, "localrule %s:" if job.rule == "all" else "rule %s:")
            last_info[0] = True
            return x

        def submit(job: SmJob, x: datetime) -> None:
            x = job_info(job, x)
            ext[0] += r.choice([1, 1, 2, 3, 4, 7])
            job.ext = ext[0]
            job.script = f"{tmp}/snakejob.{job.rule}.{job.jid}.sh"
            say(
                [f"Submitted job {job.jid} with external jobid 'Submitted batch job {job.ext}'."],
                "Submitted job %s with external jobid 'Submitted batch job %s'.",
            )
            last_info[0] = False
            if job.rule == "multiqc":
                lo, hi = 4, 7
            else:
                lo, hi = SM_MINUTES[job.rule]
            dur = r.uniform(lo, hi) * 60 + r.uniform(20, 240)
            fate = "ok"
            if (
                job.rule == "star_align"
                and job.sample in SM_STAR_OOM
                and (job.attempt == 1 or (fatal and job.sample == SM_STAR_FATAL))
                and star_mem == 32000
            ):
                fate = "oom"
                dur = r.uniform(14, 22) * 60
            if (
                latency
                and job.rule == "featurecounts"
                and job.sample in SM_LATENCY
                and job.attempt == 1
            ):
                fate = "latency"
            job.fate = fate  # type: ignore[attr-defined]
            seq[0] += 1
            heapq.heappush(running, (x + sec(dur + r.uniform(2, 11)), seq[0], job))

        def progress(x: datetime) -> None:
            ndone[0] += 1
            say(
                [f"{ndone[0]} of {total} steps ({sm_pct(ndone[0], total)}) done"],
                "%s of %s steps (%s) done",
            )

        def fill(x: datetime) -> datetime:
            if failed[0] or not ready:
                return x
            slots = 24 - len(running)
            if slots <= 0:
                return x
            say(["Select jobs to execute..."], "Select jobs to execute...")
            last_info[0] = False
            for _ in range(min(slots, len(ready))):
                job = jobs[ready.pop(0)] if ready[0] != ("multiqc", "") else multiqc
                if job is multiqc:
                    ready.pop(0)
                submit(job, x)
                x = datetime.fromtimestamp(last[0], tz=UTC) + sec(r.uniform(0.2, 0.9))
            return x

        def job_error(job: SmJob, x: datetime) -> datetime:
            x = stamp(x)
            s_ = job.sample
            say(
                [
                    f"[{sm_asctime(x)}]",
                    f"Error in rule {job.rule}:",
                    f"    jobid: {job.jid}",
                    f"    input: trimmed/{s_}_R1.fastq.gz, trimmed/{s_}_R2.fastq.gz, /ref/GRCh38/star_2.7.11a",
                    f"    output: aligned/{s_}/Aligned.sortedByCoord.out.bam, aligned/{s_}/Log.final.out, aligned/{s_}/ReadsPerGene.out.tab",
                    f"    log: logs/star_align/{s_}.log (check log file(s) for error details)",
                    "    shell:",
                    "        ",
                    f"        STAR --runThreadN 16 --genomeDir /ref/GRCh38/star_2.7.11a --readFilesIn trimmed/{s_}_R1.fastq.gz trimmed/{s_}_R2.fastq.gz --readFilesCommand zcat --outSAMtype BAM SortedByCoordinate --quantMode GeneCounts --outFileNamePrefix aligned/{s_}/ > logs/star_align/{s_}.log 2>&1",
                    "        ",
                    "        (one of the commands exited with non-zero exit code; note that snakemake uses bash strict mode!)",
                    f"    cluster_jobid: Submitted batch job {job.ext}",
                    "",
                ],
                "Error in rule %s:",
            )
            say(
                [
                    f"Error executing rule {job.rule} on cluster (jobid: {job.jid}, external: Submitted batch job {job.ext}, jobscript: {job.script}). For error details see the cluster log and the log files of the involved rule(s)."
                ],
                "Error executing rule %s on cluster (jobid: %s, external: Submitted batch job %s, jobscript: %s). For error details see the cluster log and the log files of the involved rule(s).",
            )
            return x

        def missing(job: SmJob, x: datetime) -> datetime:
            s_ = job.sample
            say(
                ["Waiting at most 5 seconds for missing files."],
                "Waiting at most %s seconds for missing files.",
            )
            x = stamp(x + sec(5.2))
            say(
                [
                    f"MissingOutputException in rule featurecounts in file {SM_DIR}/workflow/rules/quant.smk, line 21:",
                    f"Job {job.jid}  completed successfully, but some output files are missing. Missing files after 5 seconds. This might be due to filesystem latency. If that is the case, consider to increase the wait time with --latency-wait:",
                    f"counts/{s_}.featureCounts.txt.summary",
                ],
                "MissingOutputException in rule %s in file %s, line %s:\\nJob %s  completed successfully, but some output files are missing. Missing files after %s seconds. This might be due to filesystem latency. If that is the case, consider to increase the wait time with --latency-wait:\\n%s",
            )
            say(
                [
                    "Removing output files of failed job featurecounts since they might be corrupted:",
                    f"counts/{s_}.featureCounts.txt",
                ],
                "Removing output files of failed job %s since they might be corrupted:\\n%s",
            )
            return x

        x = fill(t + sec(r.uniform(3, 9)))
        while running:
            end, _, job = heapq.heappop(running)
            x = max(x, end)
            fate = job.fate  # type: ignore[attr-defined]
            if fate == "ok":
                x = stamp(x)
                say([f"[{sm_asctime(x)}]", f"Finished job {job.jid}."], "Finished job %s.")
                progress(x)
                last_info[0] = False
                key = (job.rule, job.sample)
                done.add(key)
                if job is multiqc:
                    continue
                for child, parents in SM_PARENTS.items():
                    if job.rule in parents and (child, job.sample) in jobs:
                        ready.append((child, job.sample))
                if all(k in done for k in jobs) and not failed[0]:
                    ready.append(("multiqc", ""))
            elif fate == "oom":
                x = job_error(job, x)
                if job.attempt == 1 and not failed[0]:
                    say([f"Trying to restart job {job.jid}."], "Trying to restart job %s.")
                    job.attempt = 2
                    submit(job, x + sec(0.4))
                    continue
                say(
                    [
                        "Removing output files of failed job star_align since they might be corrupted:",
                        f"aligned/{job.sample}/Log.final.out",
                    ],
                    "Removing output files of failed job %s since they might be corrupted:\\n%s",
                )
                say(
                    ["Shutting down, this might take some time."],
                    "Shutting down, this might take some time.",
                )
                failed[0] = True
            elif fate == "latency":
                x = missing(job, x)
                say([f"Trying to restart job {job.jid}."], "Trying to restart job %s.")
                job.attempt = 2
                submit(job, x + sec(0.4))
                continue
            x = fill(x + sec(r.uniform(0.3, 2.0)))
        if failed[0]:
            say(
                ["Exiting because a job execution failed. Look above for error message"],
                "Exiting because a job execution failed. Look above for error message",
            )
        else:
            x = stamp(x + sec(1))
            say(
                [
                    "",
                    f"[{sm_asctime(x)}]",
                    "localrule all:",
                    "    input: qc/multiqc_report.html, "
                    + ", ".join(f"counts/{s_}.featureCounts.txt" for s_ in SM_SAMPLES[:3])
                    + ", ...",
                    "    jobid: 0",
                    "    reason: Input files updated by another job: qc/multiqc_report.html, "
                    + ", ".join(f"counts/{s_}.featureCounts.txt" for s_ in SM_SAMPLES[-2:]),
                    "    resources: tmpdir=/tmp",
                    "",
                ][1:],
                "localrule %s:",
            )
            x = stamp(x + sec(0.5))
            say([f"[{sm_asctime(x)}]", "Finished job 0."], "Finished job %s.")
            progress(x)
        say([f"Complete log: .snakemake/log/{name}"], "Complete log: %s")
        logs.append(log)
        return done

    everything = [(rule, s_) for s_ in SM_SAMPLES for rule in SM_RULES]
    done1 = sm_run(
        "2024-06-07T060004.218733.snakemake.log", at(6, 0, 4.2), everything, 32000, True, False
    )
    rest = [k for k in everything if k not in done1]
    sm_run("2024-06-07T091012.604118.snakemake.log", at(9, 10, 12.6), rest, 64000, False, True)
    # the report re-run at 11:32: nothing left to do
    last = Log("2024-06-07T113207.950212.snakemake.log", T0)
    last.add("Building DAG of jobs...", "Building DAG of jobs...")
    last.add(
        "Nothing to be done (all requested files are present and up to date).",
        "Nothing to be done (all requested files are present and up to date).",
    )
    last.add(
        "Complete log: .snakemake/log/2024-06-07T113207.950212.snakemake.log", "Complete log: %s"
    )
    logs.append(last)
    return logs


# --------------------------------------------------------------------------------- cromwell

CW_REF = "/ref/hg38/v0"
# call, shards (0: not scattered), minutes (low, high), cpus, memory (MB), reference inputs
CW_CALLS = [
    (
        "BwaMem",
        8,
        (20, 34),
        16,
        32000,
        ["Homo_sapiens_assembly38.fasta", "Homo_sapiens_assembly38.fasta.64.bwt"],
    ),
    ("MarkDuplicates", 0, (16, 26), 2, 16000, []),
    (
        "BaseRecalibrator",
        6,
        (6, 11),
        2,
        8000,
        ["Homo_sapiens_assembly38.fasta", "Homo_sapiens_assembly38.dbsnp138.vcf"],
    ),
    ("GatherBqsrReports", 0, (0.6, 1.4), 1, 4000, []),
    (
        "ApplyBQSR",
        6,
        (7, 12),
        2,
        8000,
        ["Homo_sapiens_assembly38.fasta", "Homo_sapiens_assembly38.dict"],
    ),
    (
        "HaplotypeCaller",
        12,
        (12, 22),
        4,
        12000,
        ["Homo_sapiens_assembly38.fasta", "Homo_sapiens_assembly38.fasta.fai"],
    ),
    ("MergeVCFs", 0, (1.2, 2.5), 1, 4000, []),
]
CW_FAILED = "Workflow %s failed (during %s): "
CW_STOPPED = [
    "WorkflowStoreActor",
    "WorkflowLogCopyRouter",
    "JobExecutionTokenDispenser",
    "WorkflowManagerActor",
    "SubWorkflowStoreActor",
    "JobStoreActor",
    "CallCacheWriteActor",
    "ServiceRegistryActor",
    "IoProxy",
]


def cw_command(call: str, sample: str, shard: int, base: str, inputs: dict[str, str]) -> list[str]:
    ref = inputs.get("Homo_sapiens_assembly38.fasta", f"{CW_REF}/Homo_sapiens_assembly38.fasta")
    if call == "BwaMem":
        return [
            "set -o pipefail",
            "set -e",
            f"bwa mem -K 100000000 -v 3 -t 16 -Y {ref} \\",
            f"  {base}/inputs/1803307361/{sample}.L00{shard % 4 + 1}.part{shard}.R1.fastq.gz \\",
            f"  {base}/inputs/1803307361/{sample}.L00{shard % 4 + 1}.part{shard}.R2.fastq.gz 2> >(tee {sample}.shard{shard}.bwa.stderr.log >&2) | \\",
            f"  samtools view -1 - > {sample}.shard{shard}.unmerged.bam",
        ]
    if call == "MarkDuplicates":
        return [
            'gatk --java-options "-Dsamjdk.compression_level=2 -Xms8g -Xmx14g" \\',
            "  MarkDuplicates \\",
            f"  --INPUT {base}/inputs/-226451932/{sample}.shard0.unmerged.bam --INPUT {base}/inputs/-226451932/{sample}.shard1.unmerged.bam ... \\",
            f"  --OUTPUT {sample}.aligned.unsorted.duplicates_marked.bam \\",
            f"  --METRICS_FILE {sample}.duplicate_metrics \\",
            "  --VALIDATION_STRINGENCY SILENT \\",
            "  --ASSUME_SORT_ORDER queryname",
        ]
    if call == "BaseRecalibrator":
        return [
            'gatk --java-options "-Xms4g -Xmx6g" \\',
            "  BaseRecalibrator \\",
            f"  -R {ref} \\",
            f"  -I {base}/inputs/-1198343701/{sample}.aligned.duplicate_marked.sorted.bam \\",
            "  --use-original-qualities \\",
            f"  -O {sample}.recal_data.csv \\",
            f"  --known-sites {inputs.get('Homo_sapiens_assembly38.dbsnp138.vcf', CW_REF + '/Homo_sapiens_assembly38.dbsnp138.vcf')} \\",
            f"  -L {base}/inputs/-50112409/sequence_grouping_{shard}.intervals",
        ]
    if call == "GatherBqsrReports":
        return [
            'gatk --java-options "-Xms3g" \\',
            "  GatherBQSRReports \\",
            f"  -I {base}/inputs/-1511052867/{sample}.recal_data.csv ... \\",
            f"  -O {sample}.recal_data.csv",
        ]
    if call == "ApplyBQSR":
        return [
            'gatk --java-options "-Xms6g -Xmx7g" \\',
            "  ApplyBQSR \\",
            f"  -R {ref} \\",
            f"  -I {base}/inputs/-1198343701/{sample}.aligned.duplicate_marked.sorted.bam \\",
            f"  -O {sample}.aligned.duplicates_marked.recalibrated.{shard}.bam \\",
            f"  -L {base}/inputs/-50112409/sequence_grouping_with_unmapped_{shard}.intervals \\",
            f"  -bqsr {base}/inputs/-1511052867/{sample}.recal_data.csv \\",
            "  --static-quantized-quals 10 --static-quantized-quals 20 --static-quantized-quals 30 \\",
            "  --add-output-sam-program-record \\",
            "  --use-original-qualities",
        ]
    if call == "HaplotypeCaller":
        return [
            "set -e",
            'gatk --java-options "-Xms8g -Xmx10g" \\',
            "  HaplotypeCaller \\",
            f"  -R {ref} \\",
            f"  -I {base}/inputs/671522310/{sample}.bam \\",
            f"  -L {base}/inputs/-2099581137/temp_{shard:04d}_of_12/scattered.interval_list \\",
            f"  -O {sample}.{shard}.g.vcf.gz \\",
            "  -contamination 0 \\",
            "  -G StandardAnnotation -G StandardHCAnnotation -G AS_StandardAnnotation \\",
            "  -ERC GVCF",
        ]
    return [
        'gatk --java-options "-Xms2g" \\',
        "  MergeVcfs \\",
        f"  --INPUT {base}/inputs/-1034281774/{sample}.0.g.vcf.gz --INPUT {base}/inputs/-1034281774/{sample}.1.g.vcf.gz ... \\",
        f"  --OUTPUT {sample}.g.vcf.gz",
    ]


def cromwell(r: random.Random) -> list[Log]:
    """A Cromwell 86 server running a germline short-variant workflow per sample on SLURM, 06:00
    to 12:00 (see the module docstring)."""
    fs = Files()
    F = "cromwell.log"
    restart = at(10, 0, 2.4)
    back = at(10, 1, 14.0)
    outage = (at(7, 38, 30), at(7, 46))
    jobid = [4_430_100]

    def L(t: datetime, thread: str, lvl: str, label: str, lines: list[str]) -> datetime:
        if t >= T_END:
            return t
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {thread} {lvl:<5} - {lines[0]}",
                *lines[1:],
            ],
            "cromwell",
            MS,
        )

    def eng() -> str:
        return f"cromwell-system-akka.dispatchers.engine-dispatcher-{r.randint(4, 120)}"

    def bk() -> str:
        return f"cromwell-system-akka.dispatchers.backend-dispatcher-{r.randint(30, 190)}"

    def svc() -> str:
        return f"cromwell-system-akka.dispatchers.service-dispatcher-{r.randint(5, 40)}"

    def startup(t: datetime) -> datetime:
        cid = f"cromid-{hexid(r, 7)}"
        t = L(
            t,
            "",
            "INFO",
            "Running with database db.url = %s",
            [
                "Running with database db.url = jdbc:mysql://cromwell-db.internal:3306/cromwell?rewriteBatchedStatements=true&useSSL=false"
            ],
        )
        t = L(
            t + sec(r.uniform(4, 9)),
            "",
            "INFO",
            "Running with database db.url = %s",
            [
                "Running with database db.url = jdbc:mysql://cromwell-db.internal:3306/cromwell_metadata?rewriteBatchedStatements=true&useSSL=false"
            ],
        )
        t = L(
            t + sec(r.uniform(2, 5)),
            "cromwell-system-akka.actor.default-dispatcher-3",
            "INFO",
            "Slf4jLogger started",
            ["Slf4jLogger started"],
        )
        t = L(
            t + sec(r.uniform(0.1, 0.4)),
            eng(),
            "INFO",
            "Workflow heartbeat configuration:\\n%s",
            [
                "Workflow heartbeat configuration:",
                "{",
                f'  "cromwellId" : "{cid}",',
                '  "heartbeatInterval" : "2 minutes",',
                '  "ttl" : "10 minutes",',
                '  "failureShutdownDuration" : "5 minutes",',
                '  "writeBatchSize" : 10000,',
                '  "writeThreshold" : 10000',
                "}",
            ],
        )
        for actor, size, rate in [
            ("KvWriteActor", 200, 5),
            ("WriteMetadataActor", 200, 5),
            ("CallCacheWriteActor", 100, 3),
        ]:
            t = L(
                t + sec(r.uniform(0.01, 0.2)),
                svc(),
                "INFO",
                "%s configured to flush with batch size %s and process rate %s.",
                [
                    f"{actor} configured to flush with batch size {size} and process rate {rate} seconds."
                ],
            )
        return L(
            t + sec(r.uniform(1.5, 3.5)),
            "cromwell-system-akka.actor.default-dispatcher-14",
            "INFO",
            "Cromwell %s service started on %s...",
            ["Cromwell 86 service started on 0:0:0:0:0:0:0:0:8000..."],
        )

    def shutdown(t: datetime) -> datetime:
        t = L(t, eng(), "INFO", "Workflow polling stopped", ["Workflow polling stopped"])
        for actor, timeout in [
            ("WorkflowStoreActor", 5),
            ("WorkflowLogCopyRouter", 5),
            ("JobExecutionTokenDispenser", 5),
        ]:
            t = L(
                t + sec(r.uniform(0.001, 0.01)),
                eng(),
                "INFO",
                "Shutting down %s - Timeout = %s seconds",
                [f"Shutting down {actor} - Timeout = {timeout} seconds"],
            )
        for actor in CW_STOPPED[:3]:
            t = L(
                t + sec(r.uniform(0.002, 0.05)), eng(), "INFO", "%s stopped", [f"{actor} stopped"]
            )
        t = L(
            t + sec(r.uniform(0.01, 0.05)),
            eng(),
            "INFO",
            "Shutting down %s - Timeout = %s seconds",
            ["Shutting down WorkflowManagerActor - Timeout = 3600 seconds"],
        )
        t = L(
            t + sec(r.uniform(0.3, 1.2)),
            eng(),
            "INFO",
            "%s stopped",
            ["WorkflowManagerActor stopped"],
        )
        for actor in CW_STOPPED[4:]:
            t = L(
                t + sec(r.uniform(0.001, 0.01)),
                eng(),
                "INFO",
                "Shutting down %s - Timeout = %s seconds",
                [f"Shutting down {actor} - Timeout = 1800 seconds"],
            )
        for actor in ["CallCacheWriteActor", "KvWriteActor", "WriteMetadataActor"]:
            t = L(
                t + sec(r.uniform(0.001, 0.02)),
                svc(),
                "INFO",
                "%s Shutting down: %s queued messages to process",
                [
                    f"{actor} Shutting down: {r.choice([0, 0, 0, 2, 7, 31])} queued messages to process"
                ],
            )
        for actor in CW_STOPPED[4:]:
            t = L(t + sec(r.uniform(0.01, 0.6)), eng(), "INFO", "%s stopped", [f"{actor} stopped"])
        return L(t + sec(r.uniform(0.2, 0.8)), "", "INFO", "Database closed", ["Database closed"])

    def submit_wf(t: datetime, sample: str, kind: str) -> None:
        wid = uuid4(r)
        short = wid[:8]
        mgr = "WorkflowManagerActor: "
        wea = f"WorkflowExecutionActor-{wid} [UUID({short})]: "
        mat = f"MaterializeWorkflowDescriptorActor [UUID({short})]: "
        t = L(
            t,
            eng(),
            "INFO",
            "Retrieved %s workflows from the WorkflowStoreActor",
            ["Retrieved 1 workflows from the WorkflowStoreActor"],
        )
        t = L(
            t + sec(r.uniform(0.01, 0.06)),
            eng(),
            "INFO",
            "Starting workflow UUID(%s)",
            [f"{mgr}Starting workflow UUID({wid})"],
        )
        t = L(
            t + sec(r.uniform(0.001, 0.01)),
            eng(),
            "INFO",
            "Successfully started WorkflowActor-%s",
            [f"{mgr}Successfully started WorkflowActor-{wid}"],
        )
        t = L(
            t + sec(r.uniform(0.1, 0.6)),
            eng(),
            "INFO",
            "Parsing workflow as WDL 1.0",
            [f"{mat}Parsing workflow as WDL 1.0"],
        )
        if kind == "badinput":
            L(
                t + sec(r.uniform(0.4, 1.1)),
                eng(),
                "ERROR",
                CW_FAILED
                + "cromwell.engine.workflow.lifecycle.materialization.MaterializeWorkflowDescriptorActor$$anon$1: Workflow input processing failed:\\nRequired workflow input '%s' not specified",
                [
                    f"{mgr}Workflow {wid} failed (during MaterializingWorkflowDescriptorState): cromwell.engine.workflow.lifecycle.materialization.MaterializeWorkflowDescriptorActor$$anon$1: Workflow input processing failed:",
                    "Required workflow input 'germline.sample_name' not specified",
                    "\tat cromwell.engine.workflow.lifecycle.materialization.MaterializeWorkflowDescriptorActor.cromwell$engine$workflow$lifecycle$materialization$MaterializeWorkflowDescriptorActor$$workflowInitializationFailed(MaterializeWorkflowDescriptorActor.scala:217)",
                    "\tat cromwell.engine.workflow.lifecycle.materialization.MaterializeWorkflowDescriptorActor$$anonfun$2.applyOrElse(MaterializeWorkflowDescriptorActor.scala:187)",
                    "\tat cromwell.engine.workflow.lifecycle.materialization.MaterializeWorkflowDescriptorActor$$anonfun$2.applyOrElse(MaterializeWorkflowDescriptorActor.scala:182)",
                    "\tat scala.runtime.AbstractPartialFunction.apply(AbstractPartialFunction.scala:35)",
                    "\tat akka.actor.FSM.processEvent(FSM.scala:707)",
                    "\tat akka.actor.FSM.processEvent$(FSM.scala:704)",
                    "\tat cromwell.engine.workflow.lifecycle.materialization.MaterializeWorkflowDescriptorActor.akka$actor$LoggingFSM$$super$processEvent(MaterializeWorkflowDescriptorActor.scala:145)",
                    "\tat akka.actor.LoggingFSM.processEvent(FSM.scala:847)",
                    "\tat akka.actor.Actor.aroundReceive(Actor.scala:537)",
                    "\tat akka.actor.ActorCell.invoke(ActorCell.scala:547)",
                    "\tat akka.dispatch.Mailbox.run(Mailbox.scala:231)",
                    "\tat java.base/java.util.concurrent.ForkJoinPool.runWorker(ForkJoinPool.java:1622)",
                ],
            )
            L(
                t + sec(r.uniform(1.2, 2.0)),
                eng(),
                "INFO",
                "Workflow actor for %s completed with status '%s'. The workflow will be removed from the workflow store.",
                [
                    f"{mgr}Workflow actor for {wid} completed with status 'Failed'. The workflow will be removed from the workflow store."
                ],
            )
            return
        assign = ", ".join(f"germline.{c[0]} -> slurm" for c in sorted(CW_CALLS))
        t = L(
            t + sec(r.uniform(0.3, 1.0)),
            eng(),
            "INFO",
            "Call-to-Backend assignments: %s",
            [f"{mat}Call-to-Backend assignments: {assign}"],
        )
        restarted = False
        failure: list[str] | None = None
        fail_label = ""
        t += sec(r.uniform(1.5, 3.0))
        for call, shards, (lo, hi), cpus, mem, refs in CW_CALLS:
            if restart - sec(5) <= t < back + sec(30):
                t = back + sec(r.uniform(30, 60))
            t = L(t, eng(), "INFO", "Starting %s", [f"{wea}Starting germline.{call}"])
            t = L(
                t + sec(r.uniform(0.5, 1.5)),
                eng(),
                "INFO",
                "Assigned new job execution tokens to the following groups: %s: %s",
                [
                    f"Assigned new job execution tokens to the following groups: {short}: {max(1, shards)}"
                ],
            )
            ends = []
            for k in range(max(1, shards)):
                attempt = 1
                st = t + sec(r.uniform(0.2, 2.5) + k * r.uniform(0.05, 0.3))
                while True:
                    shard = str(k) if shards else "NA"
                    tag = f"DispatchedConfigAsyncJobExecutionActor [UUID({short})germline.{call}:{shard}:{attempt}]: "
                    base = (
                        f"/cromwell-executions/germline/{wid}/call-{call}"
                        + (f"/shard-{k}" if shards else "")
                        + (f"/attempt-{attempt}" if attempt > 1 else "")
                    )
                    th = bk()
                    inputs = {}
                    for ref in refs:
                        dest = f"{base}/inputs/{r.choice(['-1521876417', '1180442731', '-87604451'])}/{ref}"
                        inputs[ref] = dest
                        if st < restart:
                            st = L(
                                st + sec(r.uniform(0.005, 0.05)),
                                th,
                                "WARN",
                                "Localization via hard link has failed: %s -> %s",
                                [
                                    f"Localization via hard link has failed: {dest} -> {CW_REF}/{ref}"
                                ],
                            )
                    cmd = cw_command(call, sample, k, base, inputs)
                    cmd[0] = "`" + cmd[0]
                    cmd[-1] = cmd[-1] + "`"
                    st = L(
                        st + sec(r.uniform(0.01, 0.1)), th, "INFO", "`%s`", [tag + cmd[0], *cmd[1:]]
                    )
                    wrap = f'sbatch -J cromwell_{short}_{call} -D {base} -o {base}/execution/stdout -e {base}/execution/stderr -t {240 if call != "BwaMem" else 480} -p normal -c {cpus} --mem={mem} --wrap "/bin/bash {base}/execution/script"'
                    st = L(
                        st + sec(r.uniform(0.005, 0.03)),
                        th,
                        "INFO",
                        "executing: %s",
                        [f"{tag}executing: {wrap}"],
                    )
                    if outage[0] <= st < outage[1]:
                        if failure is None:
                            failure = [
                                f"{mgr}Workflow {wid} failed (during ExecutingWorkflowState): java.lang.RuntimeException: Unable to start job. Check the stderr file for possible errors: {base}/execution/stderr.submit",
                                f"java.lang.RuntimeException: Unable to start job. Check the stderr file for possible errors: {base}/execution/stderr.submit",
                                "\tat cromwell.backend.sfs.SharedFileSystemAsyncJobExecutionActor.$anonfun$execute$2(SharedFileSystemAsyncJobExecutionActor.scala:176)",
                                "\tat scala.util.Either.fold(Either.scala:190)",
                                "\tat cromwell.backend.sfs.SharedFileSystemAsyncJobExecutionActor.execute(SharedFileSystemAsyncJobExecutionActor.scala:166)",
                                "\tat cromwell.backend.sfs.SharedFileSystemAsyncJobExecutionActor.execute$(SharedFileSystemAsyncJobExecutionActor.scala:162)",
                                "\tat cromwell.backend.impl.sfs.config.DispatchedConfigAsyncJobExecutionActor.execute(ConfigAsyncJobExecutionActor.scala:233)",
                                "\tat cromwell.backend.standard.StandardAsyncExecutionActor.$anonfun$executeAsync$1(StandardAsyncExecutionActor.scala:1010)",
                                "\tat scala.util.Try$.apply(Try.scala:210)",
                                "\tat cromwell.backend.standard.StandardAsyncExecutionActor.executeAsync(StandardAsyncExecutionActor.scala:1010)",
                                "\tat cromwell.backend.standard.StandardAsyncExecutionActor.executeAsync$(StandardAsyncExecutionActor.scala:1010)",
                                "\tat cromwell.backend.impl.sfs.config.DispatchedConfigAsyncJobExecutionActor.executeAsync(ConfigAsyncJobExecutionActor.scala:233)",
                                "\tat cromwell.backend.standard.StandardAsyncExecutionActor.executeOrRecover(StandardAsyncExecutionActor.scala:1283)",
                                "\tat cromwell.backend.standard.StandardAsyncExecutionActor.executeOrRecover$(StandardAsyncExecutionActor.scala:1275)",
                                "\tat cromwell.backend.impl.sfs.config.DispatchedConfigAsyncJobExecutionActor.executeOrRecover(ConfigAsyncJobExecutionActor.scala:233)",
                                "\tat cromwell.backend.async.AsyncBackendJobExecutionActor.$anonfun$robustExecuteOrRecover$1(AsyncBackendJobExecutionActor.scala:65)",
                                "\tat cromwell.core.retry.Retry$.withRetry(Retry.scala:46)",
                                "\tat cromwell.backend.async.AsyncBackendJobExecutionActor.withRetry(AsyncBackendJobExecutionActor.scala:61)",
                                "\tat cromwell.backend.async.AsyncBackendJobExecutionActor.cromwell$backend$async$AsyncBackendJobExecutionActor$$robustExecuteOrRecover(AsyncBackendJobExecutionActor.scala:65)",
                                "\tat cromwell.backend.async.AsyncBackendJobExecutionActor$$anonfun$receive$1.applyOrElse(AsyncBackendJobExecutionActor.scala:88)",
                                "\tat akka.actor.Actor.aroundReceive(Actor.scala:537)",
                                "\tat akka.actor.ActorCell.invoke(ActorCell.scala:547)",
                                "\tat akka.dispatch.Mailbox.run(Mailbox.scala:231)",
                                "\tat java.base/java.util.concurrent.ForkJoinPool.runWorker(ForkJoinPool.java:1622)",
                            ]
                            fail_label = (
                                CW_FAILED
                                + "java.lang.RuntimeException: Unable to start job. Check the stderr file for possible errors: %s"
                            )
                        ends.append(st + sec(r.uniform(0.5, 2)))
                        break
                    jobid[0] += r.choice([1, 1, 2, 3, 6, 11])
                    st = L(
                        st + sec(r.uniform(0.05, 0.4)),
                        th,
                        "INFO",
                        "job id: %s",
                        [f"{tag}job id: {jobid[0]}"],
                    )
                    st = L(
                        st + sec(r.uniform(0.3, 1.5)),
                        th,
                        "INFO",
                        "Status change from %s to %s",
                        [f"{tag}Status change from - to WaitingForReturnCode"],
                    )
                    end = st + sec(r.uniform(lo, hi) * 60 + r.uniform(10, 150))
                    if st < restart < end:
                        restarted = True
                        L(
                            back + sec(r.uniform(35, 80)),
                            bk(),
                            "INFO",
                            "Status change from %s to %s",
                            [f"{tag}Status change from - to WaitingForReturnCode"],
                        )
                    if restart <= end < back + sec(40):
                        end = back + sec(r.uniform(60, 90))
                    end = L(
                        end,
                        bk(),
                        "INFO",
                        "Status change from %s to %s",
                        [f"{tag}Status change from WaitingForReturnCode to Done"],
                    )
                    if kind == "hcfail" and call == "HaplotypeCaller" and k == 6:
                        if attempt == 1:
                            attempt = 2
                            st = end + sec(r.uniform(1, 4))
                            continue
                        failure = [
                            f"{mgr}Workflow {wid} failed (during ExecutingWorkflowState): Job germline.HaplotypeCaller:6:2 exited with return code 2 which has not been declared as a valid return code. See 'continueOnReturnCode' runtime attribute for more details.",
                            f"Check the content of stderr for potential additional information: {base}/execution/stderr.",
                            " [First 3000 bytes]:Using GATK jar /gatk/gatk-package-4.5.0.0-local.jar",
                            "Running:",
                            f"    java -Dsamjdk.use_async_io_read_samtools=false -Dsamjdk.use_async_io_write_samtools=true -Dsamjdk.use_async_io_write_tribble=false -Dsamjdk.compression_level=2 -Xms8g -Xmx10g -jar /gatk/gatk-package-4.5.0.0-local.jar HaplotypeCaller -R {inputs['Homo_sapiens_assembly38.fasta']} -I {base}/inputs/671522310/{sample}.bam -L {base}/inputs/-2099581137/temp_0006_of_12/scattered.interval_list -O {sample}.6.g.vcf.gz -contamination 0 -G StandardAnnotation -G StandardHCAnnotation -G AS_StandardAnnotation -ERC GVCF",
                            "***********************************************************************",
                            "",
                            "A USER ERROR has occurred: Failed to read bam file ... Error reading compressed block",
                            "",
                            "***********************************************************************",
                        ]
                        fail_label = (
                            CW_FAILED
                            + "Job %s exited with return code %s which has not been declared as a valid return code. See 'continueOnReturnCode' runtime attribute for more details.\\nCheck the content of stderr for potential additional information: %s.\\n [First 3000 bytes]:%s"
                        )
                    ends.append(end)
                    break
            t = max(ends) + sec(r.uniform(1, 6))
            if failure is not None:
                break
        if restarted:
            rt = back + sec(r.uniform(8, 20))
            rt = L(
                rt,
                eng(),
                "INFO",
                "Restarting workflow UUID(%s)",
                [f"{mgr}Restarting workflow UUID({wid})"],
            )
            rt = L(
                rt + sec(0.004),
                eng(),
                "INFO",
                "Successfully started WorkflowActor-%s",
                [f"{mgr}Successfully started WorkflowActor-{wid}"],
            )
            rt = L(
                rt + sec(r.uniform(0.1, 0.5)),
                eng(),
                "INFO",
                "Parsing workflow as WDL 1.0",
                [f"{mat}Parsing workflow as WDL 1.0"],
            )
            L(
                rt + sec(r.uniform(0.3, 1.0)),
                eng(),
                "INFO",
                "Call-to-Backend assignments: %s",
                [f"{mat}Call-to-Backend assignments: {assign}"],
            )
        if failure is not None:
            t = L(t, eng(), "ERROR", fail_label, failure)
            L(
                t + sec(r.uniform(0.5, 1.5)),
                eng(),
                "INFO",
                "Workflow actor for %s completed with status '%s'. The workflow will be removed from the workflow store.",
                [
                    f"{mgr}Workflow actor for {wid} completed with status 'Failed'. The workflow will be removed from the workflow store."
                ],
            )
            return
        out = f"/cromwell-executions/germline/{wid}/call-MergeVCFs/execution/{sample}.g.vcf.gz"
        t = L(
            t,
            eng(),
            "INFO",
            "Workflow %s complete. Final Outputs:\\n%s",
            [
                f"{wea}Workflow germline complete. Final Outputs:",
                "{",
                f'  "germline.output_gvcf": "{out}",',
                f'  "germline.output_gvcf_index": "{out}.tbi",',
                f'  "germline.duplication_metrics": "/cromwell-executions/germline/{wid}/call-MarkDuplicates/execution/{sample}.duplicate_metrics"',
                "}",
            ],
        )
        L(
            t + sec(r.uniform(0.5, 1.5)),
            eng(),
            "INFO",
            "Workflow actor for %s completed with status '%s'. The workflow will be removed from the workflow store.",
            [
                f"{mgr}Workflow actor for {wid} completed with status 'Succeeded'. The workflow will be removed from the workflow store."
            ],
        )

    shutdown(restart)
    startup(back - sec(26.3))
    for when, sample, kind in [
        (at(6, 2, 11), "WGS24_0601", "ok"),
        (at(6, 14, 27), "WGS24_0598", "ok"),
        (at(6, 31, 40), "WGS24_0602", "ok"),
        (at(7, 3, 5), "WGS24_0603", "ok"),
        (at(7, 19, 52), "WGS24_0604", "ok"),
        (at(8, 12, 47), "WGS24_0602", "ok"),
        (at(8, 29, 8), "WGS24_0605", "hcfail"),
        (at(9, 12, 44), "WGS24_0606", "badinput"),
        (at(9, 24, 2), "WGS24_0606", "ok"),
        (at(9, 41, 19), "WGS24_0607", "ok"),
        (at(10, 28, 50), "WGS24_0608", "ok"),
        (at(11, 2, 33), "WGS24_0605", "ok"),
    ]:
        submit_wf(when, sample, kind)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ kedro

KD_PKG = "/opt/demand-forecast/src/demand_forecast"
KD_OBSERVED = "The default of observed=False is deprecated and will be changed to True in a future version of pandas. Pass observed=False to retain current behavior or observed=True to adopt the future default and silence this warning."
KD_NAN = "Input X contains NaN.\\nLinearRegression does not accept missing values encoded as NaN natively. For supervised learning, you might want to consider sklearn.ensemble.HistGradientBoostingClassifier and Regressor which accept missing values encoded as NaNs natively. Alternatively, it is possible to preprocess the data, for instance by using an imputer transformer in a pipeline or drop samples with missing values. See https://scikit-learn.org/stable/modules/impute.html You can find a list of all estimators that handle NaN values at the following page: https://scikit-learn.org/stable/modules/impute.html#estimators-that-handle-nan-values"
KD_RESUME = "There are %d nodes that have not run.\\nYou can resume the pipeline run from the nearest nodes with persisted inputs by adding the following argument to your previous command:\\n%s"
KD_STORES = [f"S{n:03d}" for n in range(1, 61)]
# node name, function, inputs (name, dataset type), outputs (name, dataset type), logger
KD_INGEST = [
    (
        "fetch_pos_node",
        "fetch_pos_transactions",
        [("pos_transactions", "SQLQueryDataset"), ("params:ingest_window", "MemoryDataset")],
        [("raw_pos", "ParquetDataset")],
        "ingest",
    ),
    (
        "fetch_weather_node",
        "fetch_weather",
        [("params:weather_api", "MemoryDataset")],
        [("raw_weather", "JSONDataset")],
        "ingest",
    ),
    (
        "clean_pos_node",
        "clean_pos",
        [("raw_pos", "ParquetDataset")],
        [("clean_pos", "ParquetDataset")],
        "ingest",
    ),
    (
        "join_node",
        "join_pos_weather",
        [("clean_pos", "ParquetDataset"), ("raw_weather", "JSONDataset")],
        [("pos_enriched", "ParquetDataset")],
        "ingest",
    ),
    (
        "write_partition_node",
        "write_partition",
        [("pos_enriched", "ParquetDataset"), ("params:partition", "MemoryDataset")],
        [("pos_partitioned", "PartitionedDataset")],
        "ingest",
    ),
]
KD_FEATURES = [
    (
        "aggregate_daily_node",
        "aggregate_daily",
        [("pos_partitioned", "PartitionedDataset"), ("params:agg", "MemoryDataset")],
        [("daily_sales", "ParquetDataset")],
        "features",
    ),
    (
        "add_calendar_node",
        "add_calendar_features",
        [("daily_sales", "ParquetDataset"), ("calendar", "CSVDataset")],
        [("daily_features", "ParquetDataset")],
        "features",
    ),
    (
        "add_lags_node",
        "add_lag_features",
        [("daily_features", "ParquetDataset"), ("params:lags", "MemoryDataset")],
        [("model_input", "ParquetDataset")],
        "features",
    ),
    (
        "validate_features_node",
        "validate_features",
        [("model_input", "ParquetDataset")],
        [],
        "features",
    ),
]
KD_TRAIN = [
    (
        "split_data_node",
        "split_data",
        [("model_input", "ParquetDataset"), ("params:model_options", "MemoryDataset")],
        [
            ("X_train", "MemoryDataset"),
            ("X_test", "MemoryDataset"),
            ("y_train", "MemoryDataset"),
            ("y_test", "MemoryDataset"),
        ],
        "data_science",
    ),
    (
        "train_model_node",
        "train_model",
        [("X_train", "MemoryDataset"), ("y_train", "MemoryDataset")],
        [("regressor", "PickleDataset")],
        "data_science",
    ),
    (
        "evaluate_model_node",
        "evaluate_model",
        [("regressor", "PickleDataset"), ("X_test", "MemoryDataset"), ("y_test", "MemoryDataset")],
        [],
        "data_science",
    ),
]
KD_SCORE = [
    (
        "score_node",
        "score",
        [("regressor", "PickleDataset"), ("model_input", "ParquetDataset")],
        [("forecast", "ParquetDataset")],
        "scoring",
    ),
    (
        "publish_node",
        "publish_forecast",
        [("forecast", "ParquetDataset"), ("params:publish", "MemoryDataset")],
        [],
        "scoring",
    ),
]


def kd_node_str(node: tuple) -> str:
    name, func, ins, outs, _ = node
    i = "[" + ";".join(x for x, _ in ins) + "]" if ins else "None"
    o = "[" + ";".join(x for x, _ in outs) + "]" if outs else "None"
    return f"{name}: {func}({i}) -> {o}"


def kedro(r: random.Random) -> list[Log]:
    """A Kedro 0.19 project (`demand-forecast`) run by cron on two hosts, 06:00 to 12:00 (see the
    module docstring)."""
    fs = Files()
    db_down = (at(7, 40), at(8, 2))
    api_broken = (at(9, 15), at(9, 37))
    s3_denied = (at(10, 48), at(11, 3))

    def L(f: str, t: datetime, logger: str, lvl: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} - {logger} - {lvl} - {lines[0]}",
                *lines[1:],
            ],
            f,
            MS,
        )

    def run(f: str, t: datetime, nodes: list, fail: str = "", at_node: str = "") -> datetime:
        t = L(
            f,
            t,
            "kedro.framework.session.session",
            "INFO",
            "Kedro project %s",
            ["Kedro project demand-forecast"],
        )
        t = L(
            f,
            t + sec(r.uniform(0.4, 1.2)),
            "kedro.runner.sequential_runner",
            "INFO",
            "Using synchronous mode for loading and saving data. Use the --async flag for potential performance gains. https://docs.kedro.org/en/stable/nodes_and_pipelines/run_a_pipeline.html#load-and-save-asynchronously",
            [
                "Using synchronous mode for loading and saving data. Use the --async flag for potential performance gains. https://docs.kedro.org/en/stable/nodes_and_pipelines/run_a_pipeline.html#load-and-save-asynchronously"
            ],
        )
        for i, node in enumerate(nodes):
            name, _func, ins, outs, pkg = node
            nlog = f"demand_forecast.pipelines.{pkg}.nodes"
            for ds, typ in ins:
                t = L(
                    f,
                    t + sec(r.uniform(0.002, 0.4)),
                    "kedro.io.data_catalog",
                    "INFO",
                    "Loading data from [dark_orange]%s[/dark_orange] (%s)...",
                    [f"Loading data from [dark_orange]{ds}[/dark_orange] ({typ})..."],
                )
                if fail == "load" and name == at_node and ds == ins[0][0]:
                    return resume(f, t + sec(r.uniform(30, 31)), nodes[i:], name)
            t = L(
                f,
                t + sec(r.uniform(0.01, 0.2)),
                "kedro.pipeline.node",
                "INFO",
                "Running node: %s",
                [f"Running node: {kd_node_str(node)}"],
            )
            if fail == "node" and name == at_node:
                if name == "train_model_node":
                    t = L(
                        f,
                        t + sec(r.uniform(0.2, 0.9)),
                        "kedro.pipeline.node",
                        "ERROR",
                        "Node %s failed with error: \\n" + KD_NAN,
                        [f"Node {kd_node_str(node)} failed with error: ", *KD_NAN.split("\\n")],
                    )
                else:
                    t = L(
                        f,
                        t + sec(r.uniform(0.2, 0.9)),
                        "kedro.pipeline.node",
                        "ERROR",
                        "Node %s failed with error: \\n%s",
                        [f"Node {kd_node_str(node)} failed with error: ", "'observations'"],
                    )
                return resume(f, t + sec(0.01), nodes[i:], name)
            t += sec(r.uniform(0.3, 4.0))
            t = node_log(f, t, name, nlog)
            for ds, typ in outs:
                t = L(
                    f,
                    t + sec(r.uniform(0.002, 0.3)),
                    "kedro.io.data_catalog",
                    "INFO",
                    "Saving data to [dark_orange]%s[/dark_orange] (%s)...",
                    [f"Saving data to [dark_orange]{ds}[/dark_orange] ({typ})..."],
                )
                if fail == "save" and name == at_node:
                    return resume(f, t + sec(r.uniform(1.5, 3.0)), nodes[i:], name)
            t = L(
                f,
                t + sec(r.uniform(0.05, 1.5)),
                "kedro.runner.sequential_runner",
                "INFO",
                "Completed %d out of %d tasks",
                [f"Completed {i + 1} out of {len(nodes)} tasks"],
            )
        return L(
            f,
            t + sec(r.uniform(0.001, 0.01)),
            "kedro.runner.sequential_runner",
            "INFO",
            "Pipeline execution completed successfully.",
            ["Pipeline execution completed successfully."],
        )

    def resume(f: str, t: datetime, left: list, first: str) -> datetime:
        return L(
            f,
            t,
            "kedro.runner.sequential_runner",
            "WARNING",
            KD_RESUME,
            [
                f"There are {len(left)} nodes that have not run.",
                "You can resume the pipeline run from the nearest nodes with persisted inputs by adding the following argument to your previous command:",
                f'  --from-nodes "{first}"',
            ],
        )

    state = {"rows": 0}

    def node_log(f: str, t: datetime, name: str, nlog: str) -> datetime:
        if name == "fetch_pos_node":
            n = r.randint(2600, 9800) if t.hour >= 7 else r.randint(300, 2400)
            state["rows"] = n
            w0 = t - sec(300 + t.second)
            return L(
                f,
                t,
                nlog,
                "INFO",
                "Fetched %d rows from %s between %s and %s",
                [
                    f"Fetched {n} rows from pos.transactions between {w0:%Y-%m-%dT%H:%M:00} and {w0 + sec(300):%Y-%m-%dT%H:%M:00}"
                ],
            )
        if name == "fetch_weather_node":
            return L(
                f,
                t,
                nlog,
                "INFO",
                "Fetched weather for %d stations",
                [f"Fetched weather for {r.choice([41, 41, 41, 40])} stations"],
            )
        if name == "clean_pos_node":
            k = r.choice([0, 0, 0, 0, 1, 2, 3, 7])
            if k:
                return L(
                    f,
                    t,
                    nlog,
                    "WARNING",
                    "Dropped %d rows with missing store_id",
                    [f"Dropped {k} rows with missing store_id"],
                )
            return t
        if name == "write_partition_node":
            return L(
                f,
                t,
                nlog,
                "INFO",
                "Wrote partition %s (%d rows)",
                [
                    f"Wrote partition dt={t:%Y-%m-%d}/hour={t:%H} ({state['rows'] - r.randint(0, 3)} rows)"
                ],
            )
        if name == "aggregate_daily_node":
            return L(
                f,
                t,
                "py.warnings",
                "WARNING",
                "%s:%s: FutureWarning: " + KD_OBSERVED + "\\n  %s\\n",
                [
                    f"{KD_PKG}/pipelines/features/nodes.py:31: FutureWarning: {KD_OBSERVED}",
                    '  daily = df.groupby(["store_id", "category", pd.Grouper(key="ts", freq="D")])["units"].sum()',
                    "",
                ],
            )
        if name == "validate_features_node":
            k = r.choice([1, 2, 2, 3])
            stores = ", ".join(sorted(r.sample(KD_STORES, k)))
            return L(
                f,
                t,
                nlog,
                "WARNING",
                "%d stores have no sales in the last %d days: %s",
                [f"{k} stores have no sales in the last 3 days: {stores}"],
            )
        if name == "evaluate_model_node":
            return L(
                f,
                t,
                nlog,
                "INFO",
                "Model has a coefficient R^2 of %.3f on test data.",
                [f"Model has a coefficient R^2 of {r.uniform(0.71, 0.79):.3f} on test data."],
            )
        if name == "score_node":
            return L(
                f,
                t,
                "py.warnings",
                "WARNING",
                "%s:%s: UserWarning: X has feature names, but %s was fitted without feature names\\n  %s\\n",
                [
                    "/opt/demand-forecast/.venv/lib/python3.11/site-packages/sklearn/base.py:493: UserWarning: X has feature names, but LinearRegression was fitted without feature names",
                    "  warnings.warn(",
                    "",
                ],
            )
        if name == "publish_node":
            return L(
                f,
                t,
                nlog,
                "INFO",
                "Published %d forecasts to %s",
                [
                    f"Published {r.randint(1180, 1260)} forecasts to s3://acme-forecasts/daily/{t:%Y-%m-%d}/forecast.parquet"
                ],
            )
        return t

    etl, ml = "etl01-info.log", "ml01-info.log"
    for t in every(r, T0 + sec(2), T_END, 300, 1.5):
        if in_any(t, [db_down]):
            run(etl, t, KD_INGEST, "load", "fetch_pos_node")
        elif in_any(t, [api_broken]):
            run(etl, t, KD_INGEST, "node", "fetch_weather_node")
        elif in_any(t, [s3_denied]):
            run(etl, t, KD_INGEST, "save", "write_partition_node")
        else:
            run(etl, t, KD_INGEST)
    for h in range(6, 12):
        run(etl, at(h, 30, r.uniform(2, 3.5)), KD_FEATURES)
        run(ml, at(h, 45, r.uniform(2, 3.5)), KD_SCORE)
    run(ml, at(7, 5, 4.1), KD_TRAIN)
    run(ml, at(11, 5, 3.6), KD_TRAIN, "node", "train_model_node")
    return fs.logs(T0)


# --------------------------------------------------------------------------------- metaflow

MF_VENV = "/opt/flows/venv/lib/python3.11/site-packages"
MF_SOURCES = [
    "pos",
    "inventory",
    "weather",
    "promotions",
    "returns",
    "web_orders",
    "supplier_eta",
    "prices",
    "loyalty",
    "store_traffic",
]
MF_REGIONS = [
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "midlands",
    "wales",
    "scotland",
    "london-inner",
    "london-outer",
    "east-anglia",
    "yorkshire",
    "cornwall",
    "northern-ireland",
    "highlands",
    "thames-valley",
    "kent",
]
MF_FRAMES = [
    ("metaflow/cli.py", 1139, "main", 'start(auto_envvar_prefix="METAFLOW", obj=state)'),
    ("click/core.py", 1157, "__call__", "return self.main(*args, **kwargs)"),
    ("click/core.py", 1078, "main", "rv = self.invoke(ctx)"),
    ("click/core.py", 1688, "invoke", "return _process_result(sub_ctx.command.invoke(sub_ctx))"),
    ("click/core.py", 1434, "invoke", "return ctx.invoke(self.callback, **ctx.params)"),
    ("click/core.py", 783, "invoke", "return __callback(*args, **kwargs)"),
    ("click/decorators.py", 33, "new_func", "return f(get_current_context(), *args, **kwargs)"),
    ("metaflow/cli.py", 469, "step", "task.run_step("),
    ("metaflow/task.py", 702, "run_step", "self._exec_step_function(step_func)"),
    ("metaflow/task.py", 62, "_exec_step_function", "step_function()"),
]


def metaflow(r: random.Random) -> list[Log]:
    """Two Metaflow 2.12 flows run by cron with the local runtime on one host, 06:00 to 12:00 (see
    the module docstring)."""
    fs = Files()
    pid = [48_210]
    api_down = (at(8, 10), at(8, 31))
    nan_runs = (at(9, 0), at(9, 40))

    def stamp(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"

    def S(f: str, t: datetime, label: str, msg: str) -> datetime:
        """A runtime line with no task (`system_msg`)."""
        return fs.add(f, t, label, lambda x: [f"{stamp(x)} {msg}"], f, MS)

    def T(f: str, t: datetime, head: str, label: str | None, lines: list[str]) -> datetime:
        """A task's lines: each relayed line gets the time and the task's head; `label` on the first."""
        t = fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{stamp(x)} {head}{lines[0]}",
                *[f"{stamp(x)} {head}{ln}" for ln in lines[1:]],
            ],
            f,
            MS,
        )
        return t

    def U(f: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        """Lines the CLI echoes without a time (the banner, the exception printer)."""
        return fs.add(f, t, label, lambda _x: list(lines), (f, "echo"), 1)

    def banner(f: str, t: datetime, flow: str, user: str, pylint: bool) -> datetime:
        t = U(
            f,
            t,
            "Metaflow %s executing %s for %s",
            [f"Metaflow 2.12.5 executing {flow} for user:{user}"],
        )
        t = U(f, t + sec(0.05), "Validating your flow...", ["Validating your flow..."])
        t = U(f, t + sec(0.2), "The graph looks good!", ["    The graph looks good!"])
        if pylint:
            t = U(f, t + sec(0.1), "Running pylint...", ["Running pylint..."])
            t = U(f, t + sec(r.uniform(2.5, 4.0)), "Pylint is happy!", ["    Pylint is happy!"])
        return t

    def task(
        f: str,
        t: datetime,
        run_id: str,
        step: str,
        tid: int,
        lines: list[tuple[float, str, str]],
        retry: bool = False,
        foreach: int = 0,
    ) -> tuple[datetime, int]:
        pid[0] += r.randint(3, 40)
        head = f"[{run_id}/{step}/{tid} (pid {pid[0]})] "
        t = T(
            f,
            t,
            head,
            "Task is starting (retry)." if retry else "Task is starting.",
            ["Task is starting (retry)." if retry else "Task is starting."],
        )
        for dt, label, text in lines:
            t = T(f, t + sec(dt), head, label, [text])
        if foreach:
            t = T(
                f,
                t + sec(r.uniform(0.3, 0.8)),
                head,
                "Foreach yields %d child steps.",
                [f"Foreach yields {foreach} child steps."],
            )
        t = T(
            f,
            t + sec(r.uniform(0.05, 0.4)),
            head,
            "Task finished successfully.",
            ["Task finished successfully."],
        )
        return t, pid[0]

    def crash(
        f: str,
        t: datetime,
        run_id: str,
        step: str,
        tid: int,
        retry: bool,
        flow: str,
        idx: int,
        inp: str,
        user_frames: list[tuple[str, int, str, str]],
        exc: list[str],
        exc_label: str,
    ) -> datetime:
        pid[0] += r.randint(3, 40)
        head = f"[{run_id}/{step}/{tid} (pid {pid[0]})] "
        t = T(
            f,
            t,
            head,
            "Task is starting (retry)." if retry else "Task is starting.",
            ["Task is starting (retry)." if retry else "Task is starting."],
        )
        t = T(
            f,
            t + sec(r.uniform(1, 8)),
            head,
            "<flow %s step %s[%s] (input: %s)> failed:",
            [f"<flow {flow} step {step}[{idx}] (input: {inp})> failed:"],
        )
        t = T(f, t + sec(0.002), head, "Internal error", ["Internal error"])
        tb = ["Traceback (most recent call last):"]
        for file, line, fn, src in MF_FRAMES + user_frames:
            path = file if file.startswith("/") else f"{MF_VENV}/{file}"
            tb += [f'File "{path}", line {line}, in {fn}', src]
        tb += exc
        t = T(f, t + sec(0.004), head, exc_label, tb)
        return T(f, t + sec(r.uniform(0.2, 0.6)), head, "Task failed.", ["Task failed."])

    def give_up(f: str, t: datetime, active: list[str], step: str, tid: int) -> datetime:
        t = S(f, t + sec(0.01), "Workflow failed.", "Workflow failed.")
        t = S(
            f,
            t + sec(0.001),
            "Terminating %d active tasks...",
            f"Terminating {len(active)} active tasks...",
        )
        for head in active:
            t = T(f, t + sec(0.002), head, "[KILLED BY ORCHESTRATOR]", ["[KILLED BY ORCHESTRATOR]"])
            t = T(f, t + sec(0.001), head, "[KILLED BY ORCHESTRATOR]", ["[KILLED BY ORCHESTRATOR]"])
        t = S(f, t + sec(r.uniform(0.3, 2.5)), "Flushing logs...", "Flushing logs...")
        return U(
            f,
            t + sec(0.5),
            "Step failure:\\nStep %s (task-id %s) failed.",
            ["    Step failure:", f"    Step {step} (task-id {tid}) failed.", ""],
        )

    # IngestFlow every 10 minutes: start -> fetch (foreach source) -> join -> end
    fi = "ingest_flow.log"
    for t0 in every(r, T0 + sec(1.2), T_END, 600, 0.8):
        t = banner(fi, t0, "IngestFlow", "svc-etl", False)
        run_id = str(int((t + sec(1.4)).timestamp() * 1e6) + r.randint(0, 999))
        t = S(
            fi,
            t + sec(r.uniform(1.1, 1.9)),
            "Workflow starting (run-id %s):",
            f"Workflow starting (run-id {run_id}):",
        )
        since = t0.replace(second=0, microsecond=0) - sec(600)
        t, _ = task(
            fi,
            t + sec(0.01),
            run_id,
            "start",
            1,
            [
                (
                    r.uniform(0.5, 1.2),
                    "Ingest window %s to %s",
                    f"Ingest window {since:%Y-%m-%dT%H:%M:%SZ} to {since + sec(600):%Y-%m-%dT%H:%M:%SZ}",
                )
            ],
            foreach=len(MF_SOURCES),
        )
        ends = []
        failed = False
        for i, src in enumerate(MF_SOURCES):
            st = t + sec(r.uniform(0.01, 0.2) + i * 0.05)
            tid = 2 + i
            if src == "weather" and in_any(t0, [api_down]):
                url = f"https://api.weather.example.net/v2/observations?stations=all&since={since:%Y-%m-%dT%H:%M:%SZ}"
                exc = [
                    'File "/opt/flows/ingest_flow.py", line 58, in fetch',
                    "resp.raise_for_status()",
                    f'File "{MF_VENV}/requests/models.py", line 1024, in raise_for_status',
                    "raise HTTPError(http_error_msg, response=self)",
                    f"requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: {url}",
                ]
                e = crash(
                    fi,
                    st,
                    run_id,
                    "fetch",
                    tid,
                    False,
                    "IngestFlow",
                    i,
                    src,
                    [],
                    exc,
                    "Traceback (most recent call last):",
                )
                e = crash(
                    fi,
                    e + sec(r.uniform(2, 4)),
                    run_id,
                    "fetch",
                    tid,
                    True,
                    "IngestFlow",
                    i,
                    src,
                    [],
                    exc,
                    "Traceback (most recent call last):",
                )
                ends.append(e)
                failed = True
                continue
            n = r.randint(40, 400) if src != "pos" else r.randint(2000, 9000)
            e, _ = task(
                fi,
                st,
                run_id,
                "fetch",
                tid,
                [
                    (
                        r.uniform(0.8, 6.0),
                        "Fetched %d records from %s",
                        f"Fetched {n} records from {src}",
                    )
                ],
            )
            ends.append(e)
        t = max(ends)
        if failed:
            give_up(fi, t, [], "fetch", 2 + MF_SOURCES.index("weather"))
            continue
        t, _ = task(fi, t + sec(0.2), run_id, "join", 2 + len(MF_SOURCES), [])
        t, _ = task(fi, t + sec(0.2), run_id, "end", 3 + len(MF_SOURCES), [])
        S(fi, t + sec(0.01), "Done!", "Done!")

    # ForecastFlow hourly at :15, eight workers: start -> train (foreach region) -> join -> end
    ff = "forecast_flow.log"

    def forecast(
        t0: datetime, resume_of: tuple[str, set[int]] | None = None
    ) -> tuple[str, set[int]]:
        t = banner(ff, t0, "ForecastFlow", "svc-ml", False)
        if resume_of:
            t = S(
                ff,
                t + sec(0.2),
                "Gathering required information to resume run (this may take a bit of time)...",
                "Gathering required information to resume run (this may take a bit of time)...",
            )
        run_id = str(int((t + sec(1.4)).timestamp() * 1e6) + r.randint(0, 999))
        t = S(
            ff,
            t + sec(r.uniform(1.1, 2.5)),
            "Workflow starting (run-id %s):",
            f"Workflow starting (run-id {run_id}):",
        )
        n = len(MF_REGIONS)
        if resume_of:
            t = T(
                ff,
                t + sec(0.3),
                f"[{run_id}/start/1] ",
                "Cloning results of a previously run task %s",
                [f"Cloning results of a previously run task {resume_of[0]}/start/1"],
            )
        else:
            t, _ = task(ff, t + sec(0.01), run_id, "start", 1, [], foreach=n)
        bad = in_any(t0, [nan_runs]) and not resume_of
        slots = [t + sec(0.1)] * 8
        ok: set[int] = set()
        running_at: list[tuple[datetime, datetime, str]] = []
        fail_t = None
        fail_tid = 0
        last_st = t
        for i, region in enumerate(MF_REGIONS):
            tid = 2 + i
            if resume_of and tid in resume_of[1]:
                t = T(
                    ff,
                    t + sec(r.uniform(0.05, 0.3)),
                    f"[{run_id}/train/{tid}] ",
                    "Cloning results of a previously run task %s",
                    [f"Cloning results of a previously run task {resume_of[0]}/train/{tid}"],
                )
                ok.add(tid)
                continue
            slots.sort()
            st = max(slots[0], t, last_st) + sec(r.uniform(0.05, 0.5))
            last_st = st
            if fail_t and st >= fail_t:
                break
            if bad and region == "cornwall":
                exc = [
                    'File "/opt/flows/forecast_flow.py", line 71, in train',
                    "self.model.fit(X, y)",
                    f'File "{MF_VENV}/sklearn/base.py", line 1474, in wrapper',
                    "return fit_method(estimator, *args, **kwargs)",
                    f'File "{MF_VENV}/sklearn/linear_model/_base.py", line 578, in fit',
                    "X, y = self._validate_data(",
                    f'File "{MF_VENV}/sklearn/utils/validation.py", line 1146, in check_array',
                    "_assert_all_finite(",
                    "ValueError: Input X contains NaN.",
                    "LinearRegression does not accept missing values encoded as NaN natively. For supervised learning, you might want to consider sklearn.ensemble.HistGradientBoostingClassifier and Regressor which accept missing values encoded as NaNs natively. Alternatively, it is possible to preprocess the data, for instance by using an imputer transformer in a pipeline or drop samples with missing values. See https://scikit-learn.org/stable/modules/impute.html You can find a list of all estimators that handle NaN values at the following page: https://scikit-learn.org/stable/modules/impute.html#estimators-that-handle-nan-values",
                ]
                e = crash(
                    ff,
                    st + sec(r.uniform(20, 40)),
                    run_id,
                    "train",
                    tid,
                    False,
                    "ForecastFlow",
                    i,
                    region,
                    [],
                    exc,
                    "Traceback (most recent call last):",
                )
                e = crash(
                    ff,
                    e + sec(r.uniform(2, 4)),
                    run_id,
                    "train",
                    tid,
                    True,
                    "ForecastFlow",
                    i,
                    region,
                    [],
                    exc,
                    "Traceback (most recent call last):",
                )
                fail_t, fail_tid = e, tid
                slots[0] = e
                continue
            weeks = r.choice([104, 104, 156])
            dur = r.uniform(140, 260)
            mape = r.uniform(6.5, 14.0)
            e, p = task(
                ff,
                st,
                run_id,
                "train",
                tid,
                [
                    (
                        r.uniform(2, 6),
                        "Training %s on %d weeks of history",
                        f"Training {region} on {weeks} weeks of history",
                    ),
                    (
                        dur,
                        "%s: MAPE %.2f%% (baseline %.2f%%)",
                        f"{region}: MAPE {mape:.2f}% (baseline {mape * r.uniform(1.2, 1.6):.2f}%)",
                    ),
                ],
            )
            running_at.append((st, e, f"[{run_id}/train/{tid} (pid {p})] "))
            slots[0] = e
            ok.add(tid)
        if fail_t:
            active = [h for s_, e_, h in running_at if s_ <= fail_t < e_]
            give_up(ff, fail_t, active, "train", fail_tid)
            return run_id, {
                x
                for x in ok
                if all(
                    not (h.startswith(f"[{run_id}/train/{x} ") and s_ <= fail_t < e_)
                    for s_, e_, h in running_at
                )
            }
        t = max(slots)
        # the runtime's progress report every five minutes
        pt = t0 + sec(300 + r.uniform(2, 4))
        while pt < t - sec(30):
            busy = [h for s_, e_, h in running_at if s_ <= pt < e_]
            donec = sum(1 for s_, e_, h in running_at if e_ <= pt)
            if busy:
                S(
                    ff,
                    pt,
                    "%d tasks are running: %s.",
                    f"{len(busy)} tasks are running: train ({len(busy)} running; {donec} done).",
                )
                waiting = sum(1 for s_, e_, h in running_at if s_ > pt)
                if waiting > 1:
                    S(
                        ff,
                        pt + sec(0.001),
                        "%d tasks are waiting in the queue.",
                        f"{waiting} tasks are waiting in the queue.",
                    )
                elif waiting == 0:
                    S(
                        ff,
                        pt + sec(0.001),
                        "No tasks are waiting in the queue.",
                        "No tasks are waiting in the queue.",
                    )
                S(
                    ff,
                    pt + sec(0.002),
                    "%d steps have not started: %s.",
                    "2 steps have not started: join, end.",
                )
            pt += sec(300 + r.uniform(0.5, 1.5))
        t, _ = task(ff, t + sec(0.3), run_id, "join", 2 + n, [])
        t, _ = task(
            ff,
            t + sec(0.3),
            run_id,
            "end",
            3 + n,
            [
                (
                    r.uniform(1, 3),
                    "Registered model %s version %d",
                    f"Registered model demand-forecast version {forecast_version[0]}",
                )
            ],
        )
        forecast_version[0] += 1
        S(ff, t + sec(0.01), "Done!", "Done!")
        return run_id, ok

    forecast_version = [412]
    for h in range(6, 12):
        rid, ok = forecast(at(h, 15, r.uniform(1, 2)))
        if h == 9:
            forecast(at(9, 52, r.uniform(1, 2)), (rid, ok))
    return fs.logs(T0)


SYSTEMS = {
    "nextflow": nextflow,
    "snakemake": snakemake,
    "cromwell": cromwell,
    "kedro": kedro,
    "metaflow": metaflow,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
