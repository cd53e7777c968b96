#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 105 (dask, openmpi, gridengine, lsf, kubeflow) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, per process and file, through round 97's Files). The brief's PBS Pro is Torque's
log layout (round 84's `torque`: `date;flags;daemon;class;object;message`), so Son of Grid
Engine takes its place. Five cluster and pipeline schedulers, 06:00 to 12:00 on 2024-06-04:

- Dask distributed 2024.5 (`scheduler.log`, `worker-a.log`, `worker-b.log`, `worker-c.log`:
  Python logging's `2024-06-04 06:00:01,234 - distributed.scheduler - INFO - ...`): the
  scheduler's and the workers' banners (`  Scheduler at: %25s`, `      Start worker at:
  %26s`, dashed rules), client sessions (`Receive client connection: %s`, `Remove client %s`
  twice around `Received 'close-stream' from %s; closing.`, `Close client connection: %s`),
  worker-b's unmanaged memory growing until its nanny kills it (pausing and resuming, `Worker
  %s (pid=%d) exceeded %d%% memory budget. Restarting...`, peers' `Worker stream died during
  communication: %s` with a chained traceback, keys marked failed), `Compute Failed` over six
  lines and a blank one, the scheduler restarted at 09:30 (`Failed to communicate with
  scheduler during heartbeat.` with its traceback, the workers ending and started again), a
  GIL-holding task (`Event loop was unresponsive in %s for %.2fs. ...`), a stop at 11:55.
- Open MPI 4.1.6's mpirun output as two campaigns capture it (`lammps-campaign.out`,
  `osu-nightly.out`, no dates): `[cn05:12345] MCW rank %d bound to ...` from
  `--report-bindings`, the help messages framed by 74 dashes (`Primary job  terminated
  normally, ...`, `mpirun detected that one or more processes exited with non-zero status,
  ...`, `MPI_ABORT was invoked on rank %d ...`, `mpirun noticed that process rank %d ...
  exited on signal %d (%s).`, the OpenFabrics warning, `There are not enough slots
  available ...`, `ORTE was unable to reliably start one or more daemons.` after ssh's `No
  route to host`, the missing executable), the `[host:pid] ***` blocks of
  MPI_ERRORS_ARE_FATAL and of a segfault with its frames, the aggregated help lines, and the
  applications' own lines (LAMMPS's banner, errors and summary; OSU's headers and its
  `%-*d%*.*f` rows, one format for bandwidth and latency).
- Son of Grid Engine 8.1.9 (`qmaster.messages`, `node03.messages`, `node07.messages`: the
  spool `messages` files, `06/04/2024 06:00:01.123|worker|sgemaster|I|...`): start-up
  (descriptor limits, `%s has been started` per thread, `%s on %s registered`), tasks
  finishing (`job %d.%d finished on host %s`), node03's execd killing jobs over their hard
  limits and reaping them (`reaping job "%d" ptf complains: Job does not exist`), jobs failing
  before they start and their queues set in error and cleared, node07 powered off 08:40-09:25
  (unheard timeouts, pushed rescheduling, the execd's restart with shepherds gone), qdel, a
  refused submit host, slow JSV.
- IBM Spectrum LSF 10.1 (`lim.log.lsfmaster`, `mbatchd.log.lsfmaster`, `sbatchd.log.cn012`,
  `sbatchd.log.cn017`: `Jun  4 06:00:01 2024 28831 6 10.1 message`, the syslog priority as a
  number, EGO's version `3.4.0` in the lim's lines): lim's start-up, submissions and queries
  to mbatchd, jobs finishing and killed for memory on the hosts, a stale host configuration
  (`rcvLoadVector: Sender (%s) may have different config?` every exchange interval), a host
  losing power (unreachable sbatchd, jobs requeued), the master lim restarted at 10:30
  (`ls_getmastername() failed: Master LIM is down; try later`), the hourly event-log switch.
- Kubeflow Pipelines 2.2 (`ml-pipeline-apiserver.log`, glog: `I0604 06:00:01.123456       1
  interceptor.go:29] %v handler starting`; `ml-pipeline-persistenceagent.log`, logrus text):
  every gRPC call's `%v handler starting` / `%v handler finished` (or `%v call failed`), the
  errors the API server logs with `%+v` (the first line its message, then pkg/errors' stack
  and the wrapping messages: the event's), MySQL unreachable 08:20-08:32, the API server
  restarted at 10:30, the agent's `Syncing Workflow (%v): success, processing complete.`,
  `Success while syncing resource (%v)`, `Skip syncing ...` and its transient failures (a
  chain of wrapped messages, one label per chain).

Label notes. Python logging's date, logger and level, SGE's date, thread, host and level,
LSF's date, pid, priority and version, glog's head and logrus's time, level and fields are
context: the message is the label. Open MPI's `[host:pid] ` before a line opal_output writes is
context; in the MPI_ERRORS_ARE_FATAL text the prefix is an argument of the help text itself
(`%s *** An error occurred in %s ...`). A help message framed by dashes (show_help's error
header) is one event labelled by its text at the first dashed line; the `*** Process received
signal ***` block is one event with its frames. An exception's or error's text is a message of
its own and contributes its format (`Exception: "KeyError(%s)"` beside `"ZeroDivisionError(
'division by zero')"`; SGE's `because: job %d.%d died through signal %s (%d)`; the agent's
wrapped chains). A word the call site picks is wording (SGE's `general assumedly after job` /
`before job`, `Pushed`); a thread, host, worker name or edition is a value. Dask's banner
statements are padded (`%25s`, `%26s`), the padding part of the value.

Least sure (written from the helper's knowledge; SGE's qmaster and execd texts, the `messages`
layout and KFP's `Syncing Workflow (%v): success, processing complete.` were checked against
copies of their sources): LSF's wordings except the lim start-up lines, `reCheckClass: ...` and
`Master LIM is down; try later` (mbatchd's and sbatchd's messages are modelled on LSF's
`function: message <value>` style, not copied); SGE's millisecond dates and `starting up %s
(%s)`, `successfully started PDC and PTF`, the commlib-free execd restart; Dask's `Remove worker
addr: %s name: %s (stimulus_id=%r)`, `Closing scheduler. Reason: %s`, the `Compute Failed`
field layout of 2024 and the banner widths; Open MPI's segfault frame layout and the aggregated
help line's pluralisation; KFP's start-up lines, the error texts (`The run name is empty`,
`Failed to update the run %s`), the stack frames and line numbers, and the persistence agent's
start-up lines. Run it only to change the data on purpose:
`python bench/heldout/generate_round105.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import at, poisson
from generate_round97 import Files as _Files
from generate_round97 import ms, sec


class Files(_Files):
    """Round 97's Files, a label's newlines written `\\n` (round 52's `label`)."""

    def add(self, f, t, label, text, proc, res):  # type: ignore[no-untyped-def]
        return super().add(
            f, t, None if label is None else label.replace("\n", "\\n"), text, proc, res
        )


def hx(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


# ------------------------------------------------------------------------------------- dask

DK_PY = "/opt/conda/lib/python3.11/site-packages"
DK_SCHED = "tcp://10.0.3.10:8786"
DK_HOSTS = {"worker-a": "10.0.3.21", "worker-b": "10.0.3.22", "worker-c": "10.0.3.23"}
DK_CLIENTS = ["10.0.3.5", "10.0.3.6", "10.0.4.17", "10.0.4.31"]
DK_PREFIXES = [
    "read-parquet-fused",
    "transform",
    "groupby-agg-chunk",
    "merge-shuffle",
    "to-parquet",
]


def dask(r: random.Random) -> list[Log]:
    """A scheduler and three workers (dask-worker with a nanny, 8 threads, 31.25 GiB each),
    06:00 to 12:00: ETL clients connecting all morning, worker-b's unmanaged memory growing
    from 07:00 until its nanny kills it at 07:48 (tasks lost, a key marked failed after its
    workers died, peers' transfers failing), user code raising in tasks (`Compute Failed`), the
    scheduler restarted at 09:30 (every worker loses it, ends, and is started again by
    systemd), a GIL-holding task blocking worker-c's event loop, a stop at 11:55."""
    fs = Files()
    ports = {h: r.randint(36000, 46000) for h in DK_HOSTS}
    nports = {h: r.randint(36000, 46000) for h in DK_HOSTS}
    pids = {h: r.randint(2000, 9000) for h in DK_HOSTS}

    def L(
        f: str,
        t: datetime,
        proc: object,
        logger: str,
        level: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%d %H:%M:%S},{ms(x)} - {logger} - {level} - "
            lines = (head + msg).split("\n")
            return lines + (more or [])

        return fs.add(f, t, label, text, proc, 1000)

    def S(
        t: datetime, logger: str, level: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return L("scheduler.log", t, "sched", logger, level, label, msg, more)

    def W(
        h: str,
        t: datetime,
        logger: str,
        level: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return L(f"{h}.log", t, h, logger, level, label, msg, more)

    def waddr(h: str) -> str:
        return f"tcp://{DK_HOSTS[h]}:{ports[h]}"

    def wstate(h: str, status: str, mem: int, proc: int) -> str:
        return f"<WorkerState '{waddr(h)}', name: {h}, status: {status}, memory: {mem}, processing: {proc}>"

    def sched_start(t: datetime) -> None:
        dash = "-----------------------------------------------"
        t = S(t, "distributed.scheduler", "INFO", dash, dash)
        t = S(
            t + sec(0.001),
            "distributed.scheduler",
            "INFO",
            "  Scheduler at: %25s",
            f"  Scheduler at: {DK_SCHED:>25}",
        )

    def worker_start(h: str, t: datetime) -> datetime:
        a = waddr(h)
        dash = "-------------------------------------------------"
        t = W(
            h,
            t,
            "distributed.nanny",
            "INFO",
            "        Start Nanny at: %r",
            f"        Start Nanny at: 'tcp://{DK_HOSTS[h]}:{nports[h]}'",
        )
        t += sec(r.uniform(0.8, 1.6))
        for label, val in [
            ("      Start worker at: %26s", a),
            ("          Worker name: %26s", h),
        ]:
            t = W(
                h,
                t + sec(0.0004),
                "distributed.worker",
                "INFO",
                label,
                label.replace("%26s", f"{val:>26}"),
            )
        t = W(h, t + sec(0.0004), "distributed.worker", "INFO", dash, dash)
        return t

    def worker_register(h: str, t: datetime) -> datetime:
        dash = "-------------------------------------------------"
        t = W(
            h,
            t + sec(0.002),
            "distributed.worker",
            "INFO",
            "        Registered to: %26s",
            f"        Registered to: {DK_SCHED:>26}",
        )
        t = W(h, t + sec(0.0003), "distributed.worker", "INFO", dash, dash)
        W(
            h,
            t + sec(0.0006),
            "distributed.core",
            "INFO",
            "Starting established connection to %s",
            f"Starting established connection to {DK_SCHED}",
        )
        ts = S(
            t - sec(0.002),
            "distributed.scheduler",
            "INFO",
            "Register worker %s",
            f"Register worker {wstate(h, 'init', 0, 0)}",
        )
        S(
            ts + sec(0.001),
            "distributed.core",
            "INFO",
            "Starting established connection to %s",
            f"Starting established connection to tcp://{DK_HOSTS[h]}:{r.randint(40000, 60000)}",
        )
        return t

    t0 = at(6, 0)
    sched_start(t0 + sec(1.2))
    for h in DK_HOSTS:
        t = worker_start(h, t0 + sec(r.uniform(4, 6)))
        worker_register(h, t + sec(0.01))

    down = [(at(9, 30, 2), at(9, 30, 40))]

    def sched_up(t: datetime) -> bool:
        return not any(a <= t < b for a, b in down) and t < at(11, 55)

    # clients: each a session of graphs
    for t in poisson(r, at(6, 3), at(11, 50), 80):
        if not sched_up(t):
            continue
        cid = f"Client-{hx(r, 8)}-2245-11ef-{hx(r, 4)}-0242ac1200{r.randint(10, 99)}"
        cip = r.choice(DK_CLIENTS)
        cport = r.randint(40000, 60000)
        t1 = S(
            t,
            "distributed.scheduler",
            "INFO",
            "Receive client connection: %s",
            f"Receive client connection: {cid}",
        )
        S(
            t1 + sec(0.001),
            "distributed.core",
            "INFO",
            "Starting established connection to %s",
            f"Starting established connection to tcp://{cip}:{cport}",
        )
        dur = r.uniform(20, 400)
        te = t + sec(dur)
        if at(9, 30, 2) > t and te >= at(9, 30, 2):
            continue  # the restart ends it without a goodbye
        if not sched_up(te):
            continue
        te = S(te, "distributed.scheduler", "INFO", "Remove client %s", f"Remove client {cid}")
        te = S(
            te + sec(0.001),
            "distributed.core",
            "INFO",
            "Received 'close-stream' from %s; closing.",
            f"Received 'close-stream' from tcp://{cip}:{cport}; closing.",
        )
        te = S(
            te + sec(0.0005),
            "distributed.scheduler",
            "INFO",
            "Remove client %s",
            f"Remove client {cid}",
        )
        S(
            te + sec(0.0005),
            "distributed.scheduler",
            "INFO",
            "Close client connection: %s",
            f"Close client connection: {cid}",
        )

    # worker-b's unmanaged memory creeping up from 07:00, killed at 07:48
    unm = 14.0
    for t in poisson(r, at(7, 0), at(7, 48), 9):
        unm = min(unm + r.uniform(0.02, 0.16), 29.2)
        W(
            "worker-b",
            t,
            "distributed.worker.memory",
            "WARNING",
            "Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: %s -- Worker memory limit: %s",
            f"Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: {unm:.2f} GiB -- Worker memory limit: 31.25 GiB",
        )
    # the other workers now and then (their unmanaged memory at times)
    for h in ["worker-a", "worker-c"]:
        for t in poisson(r, at(6, 20), at(11, 50), 150):
            if not sched_up(t):
                continue
            W(
                h,
                t,
                "distributed.worker.memory",
                "WARNING",
                "Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: %s -- Worker memory limit: %s",
                f"Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: {r.uniform(9.5, 18):.2f} GiB -- Worker memory limit: 31.25 GiB",
            )
    # pausing and resuming on worker-b while its memory is high (07:30 on)
    t = at(7, 30)
    while t < at(7, 47):
        t += sec(r.uniform(20, 70))
        p = r.randint(80, 88)
        W(
            "worker-b",
            t,
            "distributed.worker.memory",
            "WARNING",
            "Worker is at %d%% memory usage. Pausing worker.  Process memory: %s -- Worker memory limit: %s",
            f"Worker is at {p}% memory usage. Pausing worker.  Process memory: {31.25 * p / 100:.2f} GiB -- Worker memory limit: 31.25 GiB",
        )
        t += sec(r.uniform(5, 30))
        q = r.randint(55, 69)
        W(
            "worker-b",
            t,
            "distributed.worker.memory",
            "WARNING",
            "Worker is at %d%% memory usage. Resuming worker. Process memory: %s -- Worker memory limit: %s",
            f"Worker is at {q}% memory usage. Resuming worker. Process memory: {31.25 * q / 100:.2f} GiB -- Worker memory limit: 31.25 GiB",
        )
    # the kill
    tk = at(7, 48, 11)
    W(
        "worker-b",
        tk,
        "distributed.nanny.memory",
        "WARNING",
        "Worker %s (pid=%d) exceeded %d%% memory budget. Restarting...",
        f"Worker {waddr('worker-b')} (pid={pids['worker-b']}) exceeded 95% memory budget. Restarting...",
    )
    S(
        tk + sec(0.41),
        "distributed.scheduler",
        "INFO",
        "Remove worker addr: %s name: %s (stimulus_id='%s')",
        f"Remove worker addr: {waddr('worker-b')} name: worker-b (stimulus_id='handle-worker-cleanup-{tk.timestamp() + 0.41:.4f}')",
    )
    for _ in range(3):
        key = f"('{r.choice(DK_PREFIXES[:3])}-{hx(r, 32)}', {r.randint(0, 399)})"
        S(
            tk + sec(0.42),
            "distributed.scheduler",
            "WARNING",
            "Task %s marked as failed because %d workers died while trying to run it",
            f"Task {key} marked as failed because 4 workers died while trying to run it",
        )
    for h in ["worker-a", "worker-c"]:
        for _ in range(r.randint(3, 5)):
            key = f"('{r.choice(DK_PREFIXES)}-{hx(r, 32)}', {r.randint(0, 399)})"
            W(
                h,
                tk + sec(r.uniform(0.5, 30)),
                "distributed.worker",
                "ERROR",
                "Worker stream died during communication: %s",
                f"Worker stream died during communication: {waddr('worker-b')}",
                [
                    "Traceback (most recent call last):",
                    f'  File "{DK_PY}/distributed/comm/core.py", line 342, in connect',
                    "    comm = await wait_for(",
                    "           ^^^^^^^^^^^^^^^",
                    f'  File "{DK_PY}/distributed/utils.py", line 1961, in wait_for',
                    "    return await asyncio.wait_for(fut, timeout)",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    '  File "/opt/conda/lib/python3.11/asyncio/tasks.py", line 479, in wait_for',
                    "    return fut.result()",
                    "           ^^^^^^^^^^^^",
                    f'  File "{DK_PY}/distributed/comm/tcp.py", line 559, in connect',
                    "    convert_stream_closed_error(self, e)",
                    f'  File "{DK_PY}/distributed/comm/tcp.py", line 140, in convert_stream_closed_error',
                    '    raise CommClosedError(f"in {obj}: {exc.__class__.__name__}: {exc}") from exc',
                    f"distributed.comm.core.CommClosedError: in <distributed.comm.tcp.TCPConnector object at 0x7f{hx(r, 10)}>: ConnectionRefusedError: [Errno 111] Connection refused",
                    "",
                    "The above exception was the direct cause of the following exception:",
                    "",
                    "Traceback (most recent call last):",
                    f'  File "{DK_PY}/distributed/worker.py", line 2056, in gather_dep',
                    "    response = await get_data_from_worker(",
                    "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DK_PY}/distributed/worker.py", line 2863, in get_data_from_worker',
                    "    comm = await rpc.connect(worker)",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DK_PY}/distributed/core.py", line 1533, in connect',
                    "    return connect_attempt.result()",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^",
                    f"OSError: Timed out trying to connect to {waddr('worker-b')} after 30 s",
                ],
            )
    W(
        "worker-b",
        tk + sec(0.6),
        "distributed.nanny",
        "WARNING",
        "Restarting worker",
        "Restarting worker",
    )
    ports["worker-b"] = r.randint(36000, 46000)
    pids["worker-b"] = r.randint(9000, 12000)
    t = worker_start("worker-b", tk + sec(2.5))
    worker_register("worker-b", t + sec(0.01))

    # user code failing in tasks
    def compute_failed(h: str, t: datetime) -> None:
        pre = r.choice(["transform", "clean-orders", "enrich"])
        key = f"('{pre}-{hx(r, 32)}', {r.randint(0, 399)})"
        kind = r.random()
        if kind < 0.6:
            col = r.choice(["customer_id", "order_ts", "region"])
            label = 'Compute Failed\nKey:       %s\nState:     %s\nTask:  %s\nException: "KeyError(%s)"\nTraceback: %s\n'
            exc = f"\"KeyError('{col}')\""
            tb = f'\'  File "/srv/etl/etl/transforms.py", line {r.choice([88, 91, 140])}, in {pre.replace("-", "_")}\\n    df["{col}"] = df["{col}"].astype("int64")\\n  File "{DK_PY}/pandas/core/frame.py", line 4102, in __getitem__\\n    indexer = self.columns.get_loc(key)\\n\''
        else:
            label = "Compute Failed\nKey:       %s\nState:     %s\nTask:  %s\nException: \"ZeroDivisionError('division by zero')\"\nTraceback: %s\n"
            exc = "\"ZeroDivisionError('division by zero')\""
            tb = "'  File \"/srv/etl/etl/metrics.py\", line 57, in ratio\\n    return num / den\\n'"
        msg = f"Compute Failed\nKey:       {key}\nState:     executing\nTask:  <Task {key} {pre.replace('-', '_')}(...)>\nException: {exc}\nTraceback: {tb}\n"
        W(h, t, "distributed.worker", "WARNING", label, msg)

    for t in poisson(r, at(6, 30), at(11, 50), 420):
        if not sched_up(t):
            continue
        compute_failed(r.choice(list(DK_HOSTS)), t)
    # a GIL-holding task on worker-c
    for t in poisson(r, at(10, 10), at(10, 40), 55):
        W(
            "worker-c",
            t,
            "distributed.core",
            "INFO",
            "Event loop was unresponsive in %s for %.2fs.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability.",
            f"Event loop was unresponsive in Worker for {r.uniform(3, 14):.2f}s.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability.",
        )
    for t in poisson(r, at(10, 12), at(10, 38), 240):
        S(
            t,
            "distributed.core",
            "INFO",
            "Event loop was unresponsive in %s for %.2fs.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability.",
            f"Event loop was unresponsive in Scheduler for {r.uniform(3, 6):.2f}s.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability.",
        )

    # the scheduler restarted at 09:30
    def sched_stop(t: datetime, reason: str) -> datetime:
        t = S(
            t,
            "distributed.scheduler",
            "INFO",
            "Closing scheduler. Reason: %s",
            f"Closing scheduler. Reason: {reason}",
        )
        return t

    def worker_lost_sched(h: str, t: datetime) -> datetime:
        if h != "worker-a":
            t = W(
                h,
                t,
                "distributed.worker",
                "ERROR",
                "Failed to communicate with scheduler during heartbeat.",
                "Failed to communicate with scheduler during heartbeat.",
                [
                    "Traceback (most recent call last):",
                    f'  File "{DK_PY}/distributed/comm/tcp.py", line 225, in read',
                    "    frames_nosplit_nbytes_bin = await stream.read_bytes(fmt_size)",
                    "                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    "tornado.iostream.StreamClosedError: Stream is closed",
                    "",
                    "The above exception was the direct cause of the following exception:",
                    "",
                    "Traceback (most recent call last):",
                    f'  File "{DK_PY}/distributed/worker.py", line 1252, in heartbeat',
                    "    response = await retry_operation(",
                    "               ^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DK_PY}/distributed/utils_comm.py", line 455, in retry_operation',
                    "    return await retry(",
                    "           ^^^^^^^^^^^^",
                    f'  File "{DK_PY}/distributed/core.py", line 1395, in send_recv_from_rpc',
                    "    return await send_recv(comm=comm, op=key, **kwargs)",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DK_PY}/distributed/core.py", line 1154, in send_recv',
                    "    response = await comm.read(deserializers=deserializers)",
                    "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    f'  File "{DK_PY}/distributed/comm/tcp.py", line 236, in read',
                    "    convert_stream_closed_error(self, e)",
                    f'  File "{DK_PY}/distributed/comm/tcp.py", line 142, in convert_stream_closed_error',
                    '    raise CommClosedError(f"in {obj}: {exc}") from exc',
                    f"distributed.comm.core.CommClosedError: in <TCP (closed) ConnectionPool.heartbeat_worker local=tcp://{DK_HOSTS[h]}:{r.randint(40000, 60000)} remote={DK_SCHED}>: Stream is closed",
                ],
            )
        t = W(
            h,
            t + sec(0.01),
            "distributed.core",
            "INFO",
            "Connection to %s has been closed.",
            f"Connection to {DK_SCHED} has been closed.",
        )
        t = W(
            h,
            t + sec(0.002),
            "distributed.worker",
            "INFO",
            "Stopping worker at %s. Reason: %s",
            f"Stopping worker at {waddr(h)}. Reason: worker-handle-scheduler-connection-broken",
        )
        t = W(
            h,
            t + sec(0.5),
            "distributed.nanny",
            "INFO",
            "Closing Nanny at %r. Reason: %s",
            f"Closing Nanny at 'tcp://{DK_HOSTS[h]}:{nports[h]}'. Reason: nanny-close",
        )
        return W(h, t + sec(0.02), "distributed.dask_worker", "INFO", "End worker", "End worker")

    sched_stop(at(9, 30, 2), "unknown")
    for h in DK_HOSTS:
        worker_lost_sched(h, at(9, 30, 2) + sec(r.uniform(0.05, 0.4)))
    sched_start(at(9, 30, 41))
    for h in DK_HOSTS:
        ports[h] = r.randint(36000, 46000)
        nports[h] = r.randint(36000, 46000)
        t = worker_start(h, at(9, 30, 13) + sec(r.uniform(0, 2)))
        # waiting for the scheduler, then registered once it is up
        worker_register(h, at(9, 30, 42) + sec(r.uniform(0.2, 1.5)))
    # the stop at 11:55
    for h in DK_HOSTS:
        t = at(11, 55, 1) + sec(r.uniform(0, 0.5))
        t = W(
            h,
            t,
            "distributed.worker",
            "INFO",
            "Stopping worker at %s. Reason: %s",
            f"Stopping worker at {waddr(h)}. Reason: scheduler-close",
        )
        S(
            t + sec(0.01),
            "distributed.scheduler",
            "INFO",
            "Remove worker addr: %s name: %s (stimulus_id='%s')",
            f"Remove worker addr: {waddr(h)} name: {h} (stimulus_id='handle-worker-cleanup-{t.timestamp() + 0.01:.4f}')",
        )
        t = W(
            h,
            t + sec(0.3),
            "distributed.nanny",
            "INFO",
            "Closing Nanny at %r. Reason: %s",
            f"Closing Nanny at 'tcp://{DK_HOSTS[h]}:{nports[h]}'. Reason: nanny-close",
        )
        W(h, t + sec(0.05), "distributed.dask_worker", "INFO", "End worker", "End worker")
    sched_stop(at(11, 55, 3), "signal-15")
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- openmpi

DASH = "-" * 74
OM_NODES = [f"cn{n:02d}" for n in range(1, 17)]
OM_SIGNAL = "{p} *** Process received signal ***"
OM_HELP = {
    "primary": "Primary job  terminated normally, but %d process returned\na non-zero exit code. Per user-direction, the job has been aborted.",
    "nonzero": "mpirun detected that one or more processes exited with non-zero status, thus causing\nthe job to be terminated. The first process to do so was:\n\n  Process name: [[%d,%d],%d]\n  Exit code:    %d",
    "noticed": "mpirun noticed that process rank %d with PID %d on node %s exited on signal %d (%s).",
    "abort": "MPI_ABORT was invoked on rank %d in communicator %s\nwith errorcode %d.\n\nNOTE: invoking MPI_ABORT causes Open MPI to kill all MPI processes.\nYou may or may not see output from other processes, depending on\nexactly when Open MPI kills them.",
    "openib": "WARNING: There was an error initializing an OpenFabrics device.\n\n  Local host:   %s\n  Local device: %s",
    "slots": 'There are not enough slots available in the system to satisfy the %d\nslots that were requested by the application:\n\n  %s\n\nEither request fewer slots for your application, or make more slots\navailable for use.\n\nA "slot" is the Open MPI term for an allocatable unit where we can\nlaunch a process.  The number of slots available are defined by the\nenvironment in which Open MPI processes are run:\n\n  1. Hostfile, via "slots=N" clauses (N defaults to number of\n     processor cores if not provided)\n  2. The --host command line parameter, via a ":N" suffix on the\n     hostname (N defaults to 1 if not provided)\n  3. Resource manager (e.g., SLURM, PBS/Torque, LSF, etc.)\n  4. If none of a hostfile, the --host command line parameter, or an\n     RM is present, Open MPI defaults to the number of processor cores\n\nIn all the above cases, if you want Open MPI to default to the number\nof hardware threads instead of the number of processor cores, use the\n--use-hwthread-cpus option.\n\nAlternatively, you can use the --oversubscribe option to ignore the\nnumber of available slots when deciding the number of processes to\nlaunch.',
    "daemons": "ORTE was unable to reliably start one or more daemons.\nThis usually is caused by:\n\n* not finding the required libraries and/or binaries on\n  one or more nodes. Please check your PATH and LD_LIBRARY_PATH\n  settings, or configure OMPI with --enable-orterun-prefix-by-default\n\n* lack of authority to execute on one or more specified nodes.\n  Please verify your allocation and authorities.\n\n* the inability to write startup files into /tmp (--tmpdir/orte_tmpdir_base).\n  Please check with your sys admin to determine the correct location to use.\n\n*  compilation of the orted with dynamic libraries when static are required\n  (e.g., on Cray). Please check your configure cmd line and consider using\n  one of the contrib/platform definitions for your system type.\n\n* an inability to create a connection back to mpirun due to a\n  lack of common network interfaces and/or no route found between\n  them. Please check network connectivity (including firewalls\n  and network routing requirements).",
    "noexec": "mpirun was unable to launch the specified application as it could not access\nor execute an executable:\n\nExecutable: %s\nNode: %s\n\nwhile attempting to start process rank %d.",
}
OM_FATAL = "%s *** An error occurred in %s\n%s *** reported by process [%lu,%lu]\n%s *** on communicator %s\n%s *** %s\n%s *** MPI_ERRORS_ARE_FATAL (processes in this communicator will now abort,\n%s ***    and potentially your MPI job)"
OSU_SIZES = [2**i for i in range(0, 23)]


def openmpi(r: random.Random) -> list[Log]:
    """mpirun's output (Open MPI 4.1.6) as two batch campaigns capture it, 06:00 to 12:00, no
    dates: `lammps-campaign.out` (a LAMMPS sweep, each run on two 32-core nodes with
    `--report-bindings`, LAMMPS's own summary lines; runs failing on a segfault, a bad input's
    MPI_ABORT, a test code's invalid rank under MPI_ERRORS_ARE_FATAL, a non-zero exit, a
    misspelt binary, too many ranks asked for) and `osu-nightly.out` (OSU bandwidth and latency
    between node pairs, with cn09's broken HCA warning through the aggregated help messages,
    and cn13 down from 09:00: ssh failing and ORTE unable to start its daemon)."""
    fs = Files()
    jobid = [41230]

    def add(f: str, t: datetime, label: str | None, text: str) -> datetime:
        return fs.add(f, t, label, lambda x: text.split("\n"), f, 1_000_000)

    def help_(f: str, t: datetime, key: str, *vals: object) -> datetime:
        body = OM_HELP[key]
        if vals:
            body = body.replace("%lu", "%d") % vals
        return add(f, t, OM_HELP[key], f"{DASH}\n{body}\n{DASH}")

    def pre(node: str, pid: int) -> str:
        return f"[{node}:{pid:05d}]"

    def bindings(f: str, t: datetime, nodes: list[str], pids: dict[str, int], per: int) -> datetime:
        rank = 0
        for node in nodes:
            for c in range(per):
                sock, core = divmod(c, 8)
                mask = ["."] * 16
                mask[core] = "B"
                masks = ["/".join(mask) if s == sock else "/".join(["."] * 16) for s in range(2)]
                t = add(
                    f,
                    t,
                    "MCW rank %d bound to %s: %s",
                    f"{pre(node, pids[node])} MCW rank {rank} bound to socket {sock}[core {c}[hwt 0]]: [{masks[0]}][{masks[1]}]",
                )
                rank += 1
        return t

    # ---- the LAMMPS campaign
    F = "lammps-campaign.out"
    t = at(6, 0, 30)
    run = 0
    while t < at(11, 40):
        run += 1
        jobid[0] += 1
        nodes = r.sample(OM_NODES[:12], 2)
        pids = {n: r.randint(1000, 99999) for n in nodes}
        x = r.random()
        if run in (7, 19):
            help_(F, t, "slots", 128, "/apps/lammps/2Aug2023/bin/lmp")
            t += sec(r.uniform(60, 200))
            continue
        if run == 11:
            help_(F, t, "noexec", "/apps/lammps/2Aug2023/bin/lmp_mpi", nodes[0], 0)
            t += sec(r.uniform(60, 200))
            continue
        t = bindings(F, t, nodes, pids, 16)
        t = add(F, t, "LAMMPS (%s)", "LAMMPS (2 Aug 2023 - Update 3)")
        steps, atoms = r.choice([(20000, 256000), (50000, 864000), (10000, 2048000)])
        if x < 0.12:
            # a segfault in a rank
            n = r.choice(nodes)
            p = pre(n, r.randint(1000, 99999))
            frames = [f"{p} [ 0] /lib64/libpthread.so.0(+0xf630)[0x2b{hx(r, 10)}]"]
            for i, fn in enumerate(
                [
                    "_ZN9LAMMPS_NS8PairLJCut7computeEii",
                    "_ZN9LAMMPS_NS6Verlet3runEi",
                    "_ZN9LAMMPS_NS3Run7commandEiPPc",
                    "_ZN9LAMMPS_NS5Input15execute_commandEv",
                    "_ZN9LAMMPS_NS5Input4fileEv",
                    "main",
                ],
                1,
            ):
                frames.append(
                    f"{p} [{i:2d}] /apps/lammps/2Aug2023/bin/lmp({fn}+0x{r.randint(0x20, 0x9FF):x})[0x{r.randint(0x400000, 0x9FFFFF):x}]"
                )
            frames.append(f"{p} [ 7] /lib64/libc.so.6(__libc_start_main+0xf5)[0x2b{hx(r, 10)}]")
            rank = r.randint(0, 31)
            t = add(
                F,
                t + sec(r.uniform(30, 900)),
                "*** Process received signal ***",
                "\n".join(
                    [
                        f"{p} *** Process received signal ***",
                        f"{p} Signal: Segmentation fault (11)",
                        f"{p} Signal code: Address not mapped (1)",
                        f"{p} Failing at address: 0x{r.randint(8, 4096):x}",
                        *frames,
                        f"{p} *** End of error message ***",
                    ]
                ),
            )
            t = help_(F, t, "primary", 1)
            t = help_(F, t, "noticed", rank, r.randint(1000, 99999), n, 11, "Segmentation fault")
        elif x < 0.22:
            t = add(
                F,
                t + sec(1),
                "ERROR: Unknown pair style %s (%s)",
                f"ERROR: Unknown pair style {r.choice(['lj/cut/colong', 'eam/alloyy', 'lj/cutt'])} (src/force.cpp:275)",
            )
            t = add(
                F,
                t,
                "Last command: %s",
                f"Last command: pair_style {r.choice(['lj/cut/colong 2.5', 'eam/alloyy', 'lj/cutt 2.5'])}",
            )
            t = help_(F, t, "abort", 0, "MPI_COMM_WORLD", 1)
        elif x < 0.28:
            n = r.choice(nodes)
            p = pre(n, r.randint(1000, 99999))
            vals = (
                p,
                "MPI_Send",
                p,
                jobid[0] * 65536 + 1,
                r.randint(0, 31),
                p,
                "MPI_COMM_WORLD",
                p,
                "MPI_ERR_RANK: invalid rank",
                p,
                p,
            )
            t = add(F, t + sec(r.uniform(5, 60)), OM_FATAL, OM_FATAL.replace("%lu", "%d") % vals)
            t = help_(F, t, "primary", 1)
            t = help_(F, t, "nonzero", jobid[0], 1, r.randint(0, 31), 16)
        elif x < 0.33:
            t = add(
                F,
                t + sec(r.uniform(60, 900)),
                "ERROR: Lost atoms: original %d current %d (%s)",
                f"ERROR: Lost atoms: original {atoms} current {atoms - r.randint(1, 40)} (src/thermo.cpp:488)",
            )
            t = help_(F, t, "abort", r.randint(0, 31), "MPI_COMM_WORLD", 1)
        else:
            t = add(
                F,
                t + sec(r.uniform(200, 700)),
                "Loop time of %g on %d procs for %d steps with %d atoms",
                f"Loop time of {r.uniform(300, 1400):.6g} on 32 procs for {steps} steps with {atoms} atoms",
            )
            t = add(
                F,
                t + sec(1),
                "Total wall time: %d:%02d:%02d",
                f"Total wall time: 0:{r.randint(5, 25):02d}:{r.randint(0, 59):02d}",
            )
        t += sec(r.uniform(30, 120))

    # ---- the OSU nightly
    F = "osu-nightly.out"
    t = at(6, 5)
    while t < at(11, 50):
        a, b = r.sample(OM_NODES, 2)
        if t >= at(9, 0) and r.random() < 0.3:
            b = "cn13"
        pids = {a: r.randint(1000, 99999), b: r.randint(1000, 99999)}
        if b == "cn13" and t >= at(9, 0):
            t = add(
                F,
                t,
                "ssh: connect to host %s port %d: %s",
                "ssh: connect to host cn13 port 22: No route to host",
            )
            t = help_(F, t + sec(3), "daemons")
            t += sec(r.uniform(100, 300))
            continue
        for bench in ["bw", "latency"]:
            if "cn09" in (a, b):
                t = help_(F, t, "openib", "cn09", "mlx5_0")
                t = add(
                    F,
                    t,
                    "%d more process%s ha%s sent help message %s / %s",
                    f"{pre(a, pids[a])} 1 more process has sent help message help-mpi-btl-openib.txt / error in device init",
                )
                t = add(
                    F,
                    t,
                    'Set MCA parameter "orte_base_help_aggregate" to 0 to see all help / error messages',
                    f'{pre(a, pids[a])} Set MCA parameter "orte_base_help_aggregate" to 0 to see all help / error messages',
                )
            if bench == "bw":
                t = add(F, t, "# OSU MPI Bandwidth Test v%s", "# OSU MPI Bandwidth Test v7.3")
                t = add(F, t, "# Size      Bandwidth (MB/s)", "# Size      Bandwidth (MB/s)")
            else:
                t = add(F, t, "# OSU MPI Latency Test v%s", "# OSU MPI Latency Test v7.3")
                t = add(F, t, "# Size          Avg Latency(us)", "# Size          Avg Latency(us)")
            slow = "cn09" in (a, b)
            for s in OSU_SIZES:
                if bench == "bw":
                    v = min(
                        12000.0 if not slow else 1150.0,
                        s * (3.2 if not slow else 0.4) / (1 + s / 60000),
                    ) * r.uniform(0.97, 1.03)
                else:
                    v = (1.6 if not slow else 18.0) + s / (
                        11000.0 if not slow else 1100.0
                    ) * r.uniform(0.98, 1.02)
                t = add(F, t + sec(0.2), "%-*d%*.*f", f"{s:<10d}{v:>18.2f}")
            t += sec(r.uniform(5, 20))
        t += sec(r.uniform(600, 1000))
    return fs.logs(at(6, 0))


# ------------------------------------------------------------------------------- gridengine

GE_VER = "SGE 8.1.9"
GE_NODES = [f"node{n:02d}" for n in range(1, 13)]
GE_USERS = ["akowalski", "jli", "mbecker", "rpatel", "sgarcia"]


def gridengine(r: random.Random) -> list[Log]:
    """Son of Grid Engine 8.1.9 (loglevel log_info), 06:00 to 12:00: the qmaster's messages
    file (`qmaster.messages`) and two execution hosts' (`node03.messages`, `node07.messages`):
    array jobs' tasks finishing across twelve nodes, jobs over their h_vmem or h_rt killed
    by node03's execd, jobs failing before they start (a missing working directory), node07
    losing power at 08:40 (the qmaster's unheard timeouts, its tasks rescheduled, its execd
    starting again at 09:25 and cleaning up), a queue set in error and cleared by the
    admin, qdel, a laptop refused as submit host, slow JSV checks."""
    fs = Files()
    qm = "sgemaster"

    def L(f: str, t: datetime, host: str, thread: str, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%m/%d/%Y %H:%M:%S}.{ms(x)}|{thread:>6.6}|{host}|{lvl}|{msg}"],
            (f, thread),
            1000,
        )

    def Q(t: datetime, thread: str, lvl: str, label: str, msg: str) -> datetime:
        return L("qmaster.messages", t, qm, thread, lvl, label, msg)

    def E(h: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return L(f"{h}.messages", t, h, "main", lvl, label, msg)

    def qstart(t: datetime) -> None:
        t = Q(t, "main", "I", "starting up %s (%s)", f"starting up {GE_VER} (lx-amd64)")
        t = Q(
            t + sec(0.01),
            "main",
            "I",
            "qmaster hard descriptor limit is set to %d",
            "qmaster hard descriptor limit is set to 8192",
        )
        t = Q(
            t + sec(0.001),
            "main",
            "I",
            "qmaster soft descriptor limit is set to %d",
            "qmaster soft descriptor limit is set to 8192",
        )
        t = Q(
            t + sec(0.001),
            "main",
            "I",
            "qmaster will use max. %d file descriptors for communication",
            "qmaster will use max. 8172 file descriptors for communication",
        )
        t = Q(
            t + sec(0.001),
            "main",
            "I",
            "qmaster will accept max. %d dynamic event clients",
            "qmaster will accept max. 950 dynamic event clients",
        )
        t = Q(
            t + sec(0.4),
            "main",
            "I",
            "read job database with %d entries in %d seconds",
            "read job database with 212 entries in 0 seconds",
        )
        for th in [
            "event master thread",
            "timer thread",
            "worker thread",
            "worker thread",
            "listener thread",
            "listener thread",
            "scheduler thread",
        ]:
            t = Q(t + sec(0.01), "main", "I", "%s has been started", f"{th} has been started")

    def estart(h: str, t: datetime, old: list[str]) -> None:
        t = E(h, t, "I", "starting up %s (%s)", f"starting up {GE_VER} (lx-amd64)")
        t = E(
            h,
            t + sec(0.05),
            "I",
            "successfully started PDC and PTF",
            "successfully started PDC and PTF",
        )
        t = E(h, t + sec(0.001), "I", "checking for old jobs", "checking for old jobs")
        if not old:
            t = E(h, t + sec(0.001), "I", "no old jobs at startup", "no old jobs at startup")
        for j in old:
            t = E(
                h,
                t + sec(0.002),
                "W",
                'abnormal termination of shepherd for job %s: no "exit_status" file',
                f'abnormal termination of shepherd for job {j}: no "exit_status" file',
            )
        Q(t + sec(0.02), "worker", "I", "%s on %s registered", f"execd on {h} registered")

    t0 = at(6, 0)
    qstart(t0 + sec(2))
    for h in ["node03", "node07"]:
        estart(h, t0 + sec(r.uniform(3, 9)), [])

    node07_down = (at(8, 40), at(9, 25))
    running_07: list[str] = []
    job = 88410
    t = t0 + sec(60)
    while t < at(11, 55):
        job += 1
        user = r.choice(GE_USERS)
        ntasks = r.choice([1, 2, 4, 8, 12, 16])
        ts = t
        for task in range(1, ntasks + 1):
            h = r.choice(GE_NODES)
            end = ts + sec(r.uniform(120, 2400))
            if h == "node07" and end >= node07_down[0] and ts < node07_down[1]:
                if ts < node07_down[0]:
                    running_07.append(f"{job}.{task}")
                continue
            if h == "node03" and r.random() < 0.05:
                lim, val, lv = r.choice(
                    [
                        ("h_vmem", r.uniform(8.6e9, 9.9e9), 8589934592.0),
                        ("h_rt", 14400.0 + r.randint(1, 60), 14400.0),
                    ]
                )
                tk = E(
                    "node03",
                    end,
                    "W",
                    'job %d exceeds job hard limit "%s" of queue "%s" (%8.5f > limit:%8.5f) - sending SIGKILL',
                    f'job {job} exceeds job hard limit "{lim}" of queue "all.q@node03" ({val:8.5f} > limit:{lv:8.5f}) - sending SIGKILL',
                )
                tk = E(
                    "node03",
                    tk + sec(1.5),
                    "I",
                    "shepherd of job %d.%d exited with exit status = %d",
                    f"shepherd of job {job}.{task} exited with exit status = 0",
                )
                Q(
                    tk + sec(0.3),
                    "worker",
                    "W",
                    "job %d.%d failed on host %s general assumedly after job because: job %d.%d died through signal %s (%d)",
                    f"job {job}.{task} failed on host node03 general assumedly after job because: job {job}.{task} died through signal KILL (9)",
                )
                continue
            if h == "node03":
                te = E(
                    "node03",
                    end,
                    "I",
                    "shepherd of job %d.%d exited with exit status = %d",
                    f"shepherd of job {job}.{task} exited with exit status = 0",
                )
                if r.random() < 0.35:
                    E(
                        "node03",
                        te + sec(0.01),
                        "W",
                        'reaping job "%d" ptf complains: %s',
                        f'reaping job "{job}" ptf complains: Job does not exist',
                    )
            Q(
                end + sec(0.3),
                "worker",
                "I",
                "job %d.%d finished on host %s",
                f"job {job}.{task} finished on host {h}",
            )
            ts += sec(r.uniform(0.5, 20))
        # a job whose working directory is gone
        if r.random() < 0.04:
            h = r.choice(GE_NODES[:6])
            tf = t + sec(r.uniform(5, 30))
            Q(
                tf,
                "worker",
                "W",
                "job %d.%d failed on host %s general before job because: %s [%d:%d]: error: can't chdir to %s: No such file or directory",
                f"job {job + 1}.1 failed on host {h} general before job because: {tf:%m/%d/%Y %H:%M:%S} [{r.randint(1000, 1999)}:{r.randint(1000, 60000)}]: error: can't chdir to /scratch/{user}/run{r.randint(1, 40)}: No such file or directory",
            )
            Q(
                tf + sec(0.001),
                "worker",
                "W",
                "queue %s marked QERROR as result of job %d's failure at host %s",
                f"queue all.q marked QERROR as result of job {job + 1}'s failure at host {h}",
            )
            Q(
                tf + sec(r.uniform(600, 1800)),
                "worker",
                "I",
                "%s@%s changed state of %s (%s)",
                f'sgeadmin@{qm} changed state of "all.q@{h}" (no error)',
            )
            job += 1
        if r.random() < 0.08:
            Q(
                t + sec(r.uniform(10, 100)),
                "worker",
                "I",
                "%s has deleted job %d",
                f"{user} has deleted job {job}",
            )
        if r.random() < 0.05:
            Q(
                t + sec(r.uniform(10, 100)),
                "worker",
                "I",
                "%s has registered the job %d for deletion",
                f"{user} has registered the job {job} for deletion",
            )
        if r.random() < 0.1:
            Q(
                t - sec(0.5),
                "worker",
                "W",
                "JSV for job %d took %d ms",
                f"JSV for job {job} took {r.randint(5100, 9800)} ms",
            )
        t += sec(r.expovariate(1 / 75))
    # node07 gone: the qmaster cannot deliver, then reschedules
    for tt in poisson(r, node07_down[0] + sec(90), node07_down[1], 50):
        Q(
            tt,
            "worker",
            "W",
            'got max. unheard timeout for target "%s" on host "%s", can\'t deliver job "%d"',
            f'got max. unheard timeout for target "execd" on host "node07", can\'t deliver job "{r.randint(88411, job)}"',
        )
    for j in running_07:
        Q(
            at(8, 50) + sec(r.uniform(0, 60)),
            "worker",
            "I",
            "Pushed rescheduling of job %s on host %s",
            f"Pushed rescheduling of job {j} on host node07",
        )
    estart("node07", node07_down[1], running_07[:6])
    for j in running_07[:4]:
        jj, tk = j.split(".")
        Q(
            node07_down[1] + sec(r.uniform(1, 5)),
            "worker",
            "W",
            'execd %s reports running state for job (%d.%d/%s) in queue "%s" while job is in state %d ',
            f'execd node07 reports running state for job ({jj}.{tk}/master) in queue "all.q@node07" while job is in state 65536 ',
        )
    # a laptop trying to submit
    for tt in poisson(r, at(10, 5), at(10, 25), 90):
        Q(
            tt,
            "worker",
            "E",
            'denied: host "%s" is neither submit nor admin host',
            'denied: host "lt-rpatel.corp.example.com" is neither submit nor admin host',
        )
    return fs.logs(t0)


# -------------------------------------------------------------------------------------- lsf

LSF_HOSTS = [f"cn{n:03d}" for n in range(1, 25)]


def lsf(r: random.Random) -> list[Log]:
    """IBM Spectrum LSF 10.1 (Fix Pack 14) on a 24-host cluster, 06:00 to 12:00: the master's
    `lim.log.lsfmaster` (EGO's lim, version 3.4.0 in its lines) and `mbatchd.log.lsfmaster`,
    and two hosts' `sbatchd.log.cn012` and `sbatchd.log.cn017`: start-up, jobs killed on
    cn012 for their memory limit, cn017 keeping an old lsf.cluster file after the 08:00
    reconfiguration (the master lim's `Sender ... may have different config?` until cn017
    is reconfigured at 08:40), cn021 losing power 09:10-10:05 (lim marking it unavail,
    mbatchd's unreachable sbatchd and its jobs requeued), the master lim restarted at 10:30
    (the sbatchds unable to reach it for a minute), the hourly event-log switch."""
    fs = Files()
    pid = {"lim": 28831, "mbd": 28904, "cn012": 4412, "cn017": 3987}

    def L(f: str, t: datetime, proc: str, lvl: int, ver: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%b} {x.day:2d} {x:%H:%M:%S %Y} {pid[proc]} {lvl} {ver} {msg}"],
            proc,
            1_000_000,
        )

    def LIM(t: datetime, lvl: int, label: str, msg: str) -> datetime:
        return L("lim.log.lsfmaster", t, "lim", lvl, "3.4.0", label, msg)

    def MBD(t: datetime, lvl: int, label: str, msg: str) -> datetime:
        return L("mbatchd.log.lsfmaster", t, "mbd", lvl, "10.1", label, msg)

    def SBD(h: str, t: datetime, lvl: int, label: str, msg: str) -> datetime:
        return L(f"sbatchd.log.{h}", t, h, lvl, "10.1", label, msg)

    def lim_start(t: datetime) -> None:
        t = LIM(t, 6, "Lim starting...", "Lim starting...")
        t = LIM(
            t,
            6,
            "LIM is running in advanced workload execution mode.",
            "LIM is running in advanced workload execution mode.",
        )
        t = LIM(
            t,
            6,
            "Master LIM is not running in EGO_DISABLE_UNRESOLVABLE_HOST mode.",
            "Master LIM is not running in EGO_DISABLE_UNRESOLVABLE_HOST mode.",
        )
        t = LIM(
            t, 6, "LIM is running as %s.", "LIM is running as IBM Spectrum LSF Standard Edition."
        )
        t = LIM(
            t,
            6,
            "reCheckClass: numhosts %d so reset exchIntvl to %.2f",
            f"reCheckClass: numhosts {len(LSF_HOSTS) + 1} so reset exchIntvl to 15.00",
        )
        LIM(
            t + sec(2),
            5,
            "initNewMaster: my masterLim is now <%s>",
            "initNewMaster: my masterLim is now <lsfmaster>",
        )

    def sbd_start(h: str, t: datetime) -> None:
        t = SBD(
            h,
            t,
            5,
            "main: sbatchd (version %s) started on host <%s>",
            f"main: sbatchd (version 10.1.0.14) started on host <{h}>",
        )
        SBD(
            h,
            t + sec(1),
            6,
            "init_sbd: Connected to master lim on host <%s>",
            "init_sbd: Connected to master lim on host <lsfmaster>",
        )

    t0 = at(6, 0)
    lim_start(t0 + sec(3))
    t = MBD(
        t0 + sec(9),
        5,
        "mbd_init: mbatchd (version %s) starting on master host <%s>",
        "mbd_init: mbatchd (version 10.1.0.14) starting on master host <lsfmaster>",
    )
    t = MBD(
        t + sec(1),
        6,
        "init_log: Replaying events from <%s>",
        "init_log: Replaying events from </opt/lsf/work/hpc1/logdir/lsb.events>",
    )
    t = MBD(
        t + sec(3),
        6,
        "init_log: %d events replayed, %d jobs in the system",
        "init_log: 48211 events replayed, 1187 jobs in the system",
    )
    for h in ["cn012", "cn017"]:
        sbd_start(h, t0 + sec(r.uniform(5, 12)))
    # hourly switch of lsb.events
    for hr in range(7, 12):
        MBD(
            at(hr, 0, r.randint(1, 40)),
            6,
            "switchELog: Switched lsb.events to lsb.events.%d; %d records",
            f"switchELog: Switched lsb.events to lsb.events.1; {r.randint(6000, 14000)} records",
        )
    # cn017's stale configuration
    MBD(
        at(8, 0, 5),
        5,
        "mbd_reconfig: Received request to reconfigure from <%s>",
        "mbd_reconfig: Received request to reconfigure from <lsfadmin@lsfmaster>",
    )
    LIM(
        at(8, 0, 3),
        5,
        "reconfig: Received request to reconfigure LIM from <%s>",
        "reconfig: Received request to reconfigure LIM from <lsfadmin@lsfmaster>",
    )
    t = at(8, 0, 20)
    while t < at(8, 40):
        LIM(
            t,
            4,
            "rcvLoadVector: Sender (%s) may have different config?",
            "rcvLoadVector: Sender (cn017) may have different config?",
        )
        t += sec(15 + r.uniform(-0.4, 0.4))
    SBD(
        "cn017",
        at(8, 40, 2),
        5,
        "main: Received request to reconfigure sbatchd from <%s>",
        "main: Received request to reconfigure sbatchd from <lsfadmin@lsfmaster>",
    )
    # memory-limit kills on cn012 and jobs finishing with errors on cn017
    for tt in poisson(r, at(6, 10), at(11, 55), 26):
        h = r.choice(["cn012", "cn017"])
        j = r.randint(742000, 749999)
        x = r.random()
        if h == "cn012" and x < 0.3:
            SBD(
                h,
                tt,
                5,
                "job_checkMemLimit: Job <%d> exceeded its memory limit (%d KB > %d KB); sending SIGKILL",
                f"job_checkMemLimit: Job <{j}> exceeded its memory limit ({r.randint(16777300, 19000000)} KB > 16777216 KB); sending SIGKILL",
            )
            SBD(
                h,
                tt + sec(2),
                6,
                "job_finish: Job <%d> exited with exit code <%d>",
                f"job_finish: Job <{j}> exited with exit code <137>",
            )
        elif x < 0.45:
            SBD(
                h,
                tt,
                3,
                "job_exec: Failed to change to working directory <%s> for job <%d>: No such file or directory",
                f"job_exec: Failed to change to working directory </gpfs/projects/{r.choice(['cfd', 'genomics', 'ml'])}/run{r.randint(1, 99)}> for job <{j}>: No such file or directory",
            )
        elif x < 0.6:
            SBD(
                h,
                tt,
                6,
                "job_finish: Job <%d> exited with exit code <%d>",
                f"job_finish: Job <{j}> exited with exit code <{r.choice([1, 2, 127, 139])}>",
            )
        else:
            SBD(
                h,
                tt,
                6,
                "job_finish: Job <%d> done successfully",
                f"job_finish: Job <{j}> done successfully",
            )
    # cn021's power loss
    t = LIM(
        at(9, 11, 40),
        3,
        "announceMasterToHost: Attempted to contact host <%s> %d times; host is now unavail",
        "announceMasterToHost: Attempted to contact host <cn021> 5 times; host is now unavail",
    )
    for tt in poisson(r, at(9, 12), at(10, 5), 14):
        MBD(
            tt,
            4,
            "sbdPingHost: Host <%s> is unreachable: sbatchd is not responding",
            "sbdPingHost: Host <cn021> is unreachable: sbatchd is not responding",
        )
    for _ in range(r.randint(30, 40)):
        MBD(
            at(9, 20) + sec(r.uniform(0, 60)),
            5,
            "requeueJobsOnHost: Job <%d> requeued: its execution host <%s> is unavailable",
            f"requeueJobsOnHost: Job <{r.randint(742000, 749999)}> requeued: its execution host <cn021> is unavailable",
        )
    LIM(
        at(10, 5, 31),
        5,
        "rcvLoadVector: Host <%s> is back in contact",
        "rcvLoadVector: Host <cn021> is back in contact",
    )
    # the master lim restarted at 10:30
    LIM(
        at(10, 30, 1),
        5,
        "lim: Received request to shut down from <%s>",
        "lim: Received request to shut down from <root@lsfmaster>",
    )
    pid["lim"] = 31207
    lim_start(at(10, 31, 5))
    for h in ["cn012", "cn017"]:
        t = at(10, 30, r.randint(2, 9))
        while t < at(10, 31, 5):
            SBD(
                h,
                t,
                3,
                "init_sbd: ls_getmastername() failed: Master LIM is down; try later",
                "init_sbd: ls_getmastername() failed: Master LIM is down; try later",
            )
            t += sec(r.choice([5, 6]))
        SBD(
            h,
            at(10, 31, r.randint(8, 20)),
            6,
            "init_sbd: Connected to master lim on host <%s>",
            "init_sbd: Connected to master lim on host <lsfmaster>",
        )
    for tt in poisson(r, at(10, 30, 2), at(10, 31, 5), 4):
        MBD(
            tt,
            3,
            "getLimHost: ls_getmastername() failed: Master LIM is down; try later",
            "getLimHost: ls_getmastername() failed: Master LIM is down; try later",
        )
    # users' queries flooding mbatchd, and bad requests
    for tt in poisson(r, at(6, 5), at(11, 58), 17):
        x = r.random()
        if x < 0.5:
            MBD(
                tt,
                6,
                "do_queryJobs: Query from <%s@%s> returned %d jobs",
                f"do_queryJobs: Query from <{r.choice(['akowalski', 'jli', 'mbecker', 'svc-portal'])}@{r.choice(['login1', 'login2', 'portal01'])}> returned {r.randint(0, 900)} jobs",
            )
        elif x < 0.93:
            MBD(
                tt,
                6,
                "do_submitReq: Job <%d> submitted by <%s> to queue <%s>",
                f"do_submitReq: Job <{r.randint(750000, 760000)}> submitted by <{r.choice(['akowalski', 'jli', 'mbecker', 'rpatel'])}> to queue <{r.choice(['normal', 'short', 'long', 'gpu'])}>",
            )
        else:
            MBD(
                tt,
                3,
                "do_submitReq: User <%s> is not allowed to submit to queue <%s>",
                f"do_submitReq: User <{r.choice(['guest01', 'intern3'])}> is not allowed to submit to queue <gpu>",
            )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- kubeflow

KF_V1 = "/api.v1beta1"
KF_V2 = "/kubeflow.pipelines.backend.api.v2beta1"
KF_SRC = "/go/src/github.com/kubeflow/pipelines/backend/src"
KF_PIPES = ["train-xgb", "nightly-features", "eval-bert", "etl-orders", "retrain-churn"]
KF_DB = "mysql.kubeflow.svc.cluster.local:3306"


def kf_stack(r: random.Random, frames: list[tuple[str, str, int]]) -> list[str]:
    out: list[str] = []
    for fn, path, line in frames:
        out.append(fn)
        out.append(f"\t{path}:{line}")
    return out


def kubeflow(r: random.Random) -> list[Log]:
    """Kubeflow Pipelines 2.2's API server (`ml-pipeline-apiserver.log`, glog) and
    persistence agent (`ml-pipeline-persistenceagent.log`, logrus text), 06:00 to 12:00:
    liveness probes, the UI listing runs, experiments and pipelines, pipeline runs whose
    Argo workflows the agent reports step by step (`ReportWorkflowV1`), the UI polling
    runs deleted overnight (ResourceNotFoundError with its stack), a run submitted without a
    name, MySQL unreachable 08:20-08:32 (list and report calls failing, the agent's transient
    failures and retries), the API server restarted at 10:30 (the agent's reports refused for
    a few seconds), recurring runs synced by the agent."""
    fs = Files()
    AF = "ml-pipeline-apiserver.log"
    PF = "ml-pipeline-persistenceagent.log"

    def A(
        t: datetime, lvl: str, src: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            AF,
            t,
            label,
            lambda x: (
                [f"{lvl}{x:%m%d %H:%M:%S}.{x.microsecond:06d}       1 {src}] {msg}"] + (more or [])
            ),
            "api",
            1,
        )

    def P(t: datetime, lvl: str, label: str, msg: str, fields: str = "") -> datetime:
        esc = msg.replace("\\", "\\\\").replace('"', '\\"')
        return fs.add(
            PF,
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%SZ}" level={lvl} msg="{esc}"{fields}'],
            "pa",
            1_000_000,
        )

    def call(
        t: datetime, method: str, err: tuple[str, str, str, list[str]] | None = None
    ) -> datetime:
        t = A(t, "I", "interceptor.go:29", "%v handler starting", f"{method} handler starting")
        if err is None:
            return A(
                t + sec(r.uniform(0.002, 0.05)),
                "I",
                "interceptor.go:37",
                "%v handler finished",
                f"{method} handler finished",
            )
        lvl, label, msg, more = err
        t = A(
            t + sec(r.uniform(0.002, 0.03)),
            lvl,
            "error.go:278" if lvl == "I" else "error.go:266",
            label,
            msg,
            more,
        )
        return A(
            t + sec(0.0002), "I", "interceptor.go:33", "%v call failed", f"{method} call failed"
        )

    def api_start(t: datetime) -> None:
        t = A(
            t,
            "I",
            "client_manager.go:164",
            "Initializing client manager",
            "Initializing client manager",
        )
        t = A(
            t + sec(0.001),
            "I",
            "config.go:57",
            "Config %s not specified, skipping",
            "Config DBConfig.MySQLConfig.ExtraParams not specified, skipping",
        )
        t = A(
            t + sec(1.2),
            "I",
            "client_manager.go:232",
            "Client manager initialized successfully",
            "Client manager initialized successfully",
        )
        t = A(
            t + sec(0.02),
            "I",
            "main.go:164",
            "Default experiment is set. ID is: %v",
            "Default experiment is set. ID is: 0f8a3c52-6e1d-4b8a-9d4e-5c2b71a0e913",
        )
        t = A(t + sec(0.001), "I", "main.go:115", "Starting Http Proxy", "Starting Http Proxy")
        A(t + sec(0.001), "I", "main.go:81", "Starting RPC server", "Starting RPC server")

    def pa_start(t: datetime) -> None:
        t = P(t, "info", "Setting up event handlers", "Setting up event handlers")
        t = P(t, "info", "Starting Persistence Agent", "Starting Persistence Agent")
        t = P(
            t + sec(1),
            "info",
            "Waiting for informer caches to sync",
            "Waiting for informer caches to sync",
        )
        t = P(t + sec(1), "info", "Starting workers", "Starting workers")
        t = P(t, "info", "Started workers", "Started workers")
        P(t, "info", "Wait for shut down", "Wait for shut down")

    def not_found(run: str) -> tuple[str, str, str, list[str]]:
        more = kf_stack(
            r,
            [
                (
                    "github.com/kubeflow/pipelines/backend/src/common/util.NewResourceNotFoundError",
                    f"{KF_SRC}/common/util/error.go",
                    207,
                ),
                (
                    "github.com/kubeflow/pipelines/backend/src/apiserver/storage.(*RunStore).GetRun",
                    f"{KF_SRC}/apiserver/storage/run_store.go",
                    342,
                ),
                (
                    "github.com/kubeflow/pipelines/backend/src/apiserver/resource.(*ResourceManager).GetRun",
                    f"{KF_SRC}/apiserver/resource/resource_manager.go",
                    612,
                ),
                (
                    "github.com/kubeflow/pipelines/backend/src/apiserver/server.(*RunServer).GetRun",
                    f"{KF_SRC}/apiserver/server/run_server.go",
                    394,
                ),
                ("runtime.goexit", "/usr/local/go/src/runtime/asm_amd64.s", 1650),
            ],
        )
        more.append(f"Failed to fetch run {run}")
        more += kf_stack(
            r,
            [
                (
                    "github.com/kubeflow/pipelines/backend/src/common/util.(*UserError).wrapf",
                    f"{KF_SRC}/common/util/error.go",
                    301,
                ),
                (
                    "github.com/kubeflow/pipelines/backend/src/apiserver/server.(*RunServer).GetRun",
                    f"{KF_SRC}/apiserver/server/run_server.go",
                    396,
                ),
                ("runtime.goexit", "/usr/local/go/src/runtime/asm_amd64.s", 1650),
            ],
        )
        return (
            "I",
            "ResourceNotFoundError: Run %s not found",
            f"ResourceNotFoundError: Run {run} not found",
            more,
        )

    def db_down(what: str, fn: str) -> tuple[str, str, str, list[str]]:
        more = kf_stack(
            r,
            [
                (
                    "github.com/kubeflow/pipelines/backend/src/common/util.NewInternalServerError",
                    f"{KF_SRC}/common/util/error.go",
                    144,
                ),
                (
                    f"github.com/kubeflow/pipelines/backend/src/apiserver/storage.(*RunStore).{fn}",
                    f"{KF_SRC}/apiserver/storage/run_store.go",
                    188 if fn == "ListRuns" else 471,
                ),
                ("runtime.goexit", "/usr/local/go/src/runtime/asm_amd64.s", 1650),
            ],
        )
        if what == "list":
            return (
                "E",
                "InternalServerError: Failed to start a transaction to list runs: dial tcp %s: connect: connection refused",
                f"InternalServerError: Failed to start a transaction to list runs: dial tcp {KF_DB}: connect: connection refused",
                more,
            )
        return (
            "E",
            "InternalServerError: Failed to update the run %s: dial tcp %s: connect: connection refused",
            f"InternalServerError: Failed to update the run {what}: dial tcp {KF_DB}: connect: connection refused",
            more,
        )

    t0 = at(6, 0)
    api_start(t0 + sec(1.5))
    pa_start(t0 + sec(4))
    api_restart = (at(10, 30, 0), at(10, 30, 40))
    db_out = (at(8, 20), at(8, 32))

    def api_up(t: datetime) -> bool:
        return not (api_restart[0] <= t < api_restart[1])

    # liveness probes
    for t in poisson(r, t0 + sec(30), at(12, 0), 55):
        if api_up(t):
            call(t, f"{KF_V1}.HealthzService/GetHealthz")
    # the UI
    deleted = [f"{hx(r, 8)}-{hx(r, 4)}-4{hx(r, 3)}-a{hx(r, 3)}-{hx(r, 12)}" for _ in range(3)]
    for t in poisson(r, at(6, 40), at(11, 50), 45):
        if not api_up(t):
            continue
        x = r.random()
        if db_out[0] <= t < db_out[1] and x < 0.6:
            call(t, f"{KF_V2}.RunService/ListRuns", db_down("list", "ListRuns"))
        elif x < 0.45:
            call(t, f"{KF_V2}.RunService/ListRuns")
        elif x < 0.6:
            call(t, f"{KF_V2}.ExperimentService/ListExperiments")
        elif x < 0.7:
            call(t, f"{KF_V2}.PipelineService/ListPipelines")
        elif x < 0.78 and t < at(9, 0):
            call(t, f"{KF_V2}.RunService/GetRun", not_found(r.choice(deleted)))
        elif x < 0.8:
            more = kf_stack(
                r,
                [
                    (
                        "github.com/kubeflow/pipelines/backend/src/common/util.NewInvalidInputError",
                        f"{KF_SRC}/common/util/error.go",
                        185,
                    ),
                    (
                        "github.com/kubeflow/pipelines/backend/src/apiserver/server.(*RunServer).createRun",
                        f"{KF_SRC}/apiserver/server/run_server.go",
                        71,
                    ),
                    ("runtime.goexit", "/usr/local/go/src/runtime/asm_amd64.s", 1650),
                ],
            )
            call(
                t,
                f"{KF_V2}.RunService/CreateRun",
                (
                    "I",
                    "Invalid input error: The run name is empty. Please specify a valid name",
                    "Invalid input error: The run name is empty. Please specify a valid name",
                    more,
                ),
            )
        else:
            call(t, f"{KF_V2}.RunService/GetRun")
    # pipeline runs: the agent reports each workflow update
    for ts in poisson(r, at(6, 5), at(11, 40), 420):
        wf = f"{r.choice(KF_PIPES)}-{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(5))}"
        key = f"kubeflow/{wf}"
        if api_up(ts):
            call(ts - sec(0.3), f"{KF_V2}.RunService/CreateRun")
        t = ts
        for _step in range(r.randint(4, 9)):
            t += sec(r.uniform(20, 240))
            tries = 0
            while True:
                tries += 1
                if db_out[0] <= t < db_out[1]:
                    call(t, f"{KF_V1}.ReportService/ReportWorkflowV1", db_down(wf, "UpdateRun"))
                    P(
                        t + sec(0.05),
                        "error",
                        "Transient failure while syncing resource (%v): Syncing Workflow (%v): transient failure: Error while reporting workflow resource (code: %v, message: Failed to update the run %s: dial tcp %s: connect: connection refused)",
                        f"Transient failure while syncing resource ({key}): Syncing Workflow ({wf}): transient failure: Error while reporting workflow resource (code: Internal, message: Failed to update the run {wf}: dial tcp {KF_DB}: connect: connection refused)",
                    )
                    t += sec(min(5 * 2**tries, 300))
                    continue
                if not api_up(t):
                    P(
                        t,
                        "error",
                        'Transient failure while syncing resource (%v): Syncing Workflow (%v): transient failure: Error while reporting workflow resource (code: %v, message: connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused")',
                        f'Transient failure while syncing resource ({key}): Syncing Workflow ({wf}): transient failure: Error while reporting workflow resource (code: Unavailable, message: connection error: desc = "transport: Error while dialing: dial tcp 10.96.61.23:8887: connect: connection refused")',
                    )
                    t += sec(min(5 * 2**tries, 300))
                    continue
                break
            call(t, f"{KF_V1}.ReportService/ReportWorkflowV1")
            t2 = P(
                t + sec(0.02),
                "info",
                "Syncing Workflow (%v): success, processing complete.",
                f"Syncing Workflow ({wf}): success, processing complete.",
                f" Workflow={wf}",
            )
            P(
                t2,
                "info",
                "Success while syncing resource (%v)",
                f"Success while syncing resource ({key})",
            )
        for _ in range(r.randint(1, 3)):
            t += sec(r.uniform(30, 900))
            P(
                t,
                "info",
                "Skip syncing Workflow (%v): workflow marked as persisted.",
                f"Skip syncing Workflow ({wf}): workflow marked as persisted.",
            )
    # recurring runs
    for t in poisson(r, at(6, 0, 30), at(11, 59), 600):
        swf = r.choice(["nightly-features-recurring", "retrain-churn-hourly"])
        if api_up(t) and not (db_out[0] <= t < db_out[1]):
            call(t, f"{KF_V1}.ReportService/ReportScheduledWorkflowV1")
        P(
            t + sec(0.02),
            "info",
            "Syncing ScheduledWorkflow (%v): success, processing complete.",
            f"Syncing ScheduledWorkflow ({swf}): success, processing complete.",
            f" ScheduledWorkflow={swf}",
        )
    # workflows reported while the API server restarts: refused, retried
    for i in range(3):
        wf = f"{r.choice(KF_PIPES)}-{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(5))}"
        t = api_restart[0] + sec(4 + 11 * i)
        tries = 0
        while not api_up(t):
            tries += 1
            P(
                t,
                "error",
                'Transient failure while syncing resource (%v): Syncing Workflow (%v): transient failure: Error while reporting workflow resource (code: %v, message: connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused")',
                f'Transient failure while syncing resource (kubeflow/{wf}): Syncing Workflow ({wf}): transient failure: Error while reporting workflow resource (code: Unavailable, message: connection error: desc = "transport: Error while dialing: dial tcp 10.96.61.23:8887: connect: connection refused")',
            )
            t += sec(min(5 * 2**tries, 300))
        call(t, f"{KF_V1}.ReportService/ReportWorkflowV1")
        t2 = P(
            t + sec(0.02),
            "info",
            "Syncing Workflow (%v): success, processing complete.",
            f"Syncing Workflow ({wf}): success, processing complete.",
            f" Workflow={wf}",
        )
        P(
            t2,
            "info",
            "Success while syncing resource (%v)",
            f"Success while syncing resource (kubeflow/{wf})",
        )
    api_start(api_restart[1] + sec(0.5))
    return fs.logs(t0)


SYSTEMS = {
    "dask": dask,
    "openmpi": openmpi,
    "gridengine": gridengine,
    "lsf": lsf,
    "kubeflow": kubeflow,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
