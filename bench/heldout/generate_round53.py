#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 53 (ray, nifi, harbor, zulip, nginx-unit) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (a
process's clock moves on a little between calls); the lines of one message written with the
header on each line share it. Five log shapes not yet covered:

- Ray 2.23 (a head node and one worker node, the session's logs): `gcs_server.out` and each
  node's `raylet.out` (the C++ spdlog layout `[2024-06-04 06:00:02,123 I 2341 2341] (raylet)
  node_manager.cc:652: msg`, levels I/W/E, the component in parentheses), the dashboard's
  `dashboard.log` and a submitted job's driver log (Python's `time<TAB>LEVEL file.py:N -- msg`):
  nodes registering, jobs added and finished, worker processes started and disconnected, Python
  GC requests, object spilling and restoring, the memory monitor killing workers and its
  periodic OOM summary over several lines, the worker node missing its health checks and marked
  dead, actors and placement groups rescheduled, workers dying (`A worker died or was killed
  while executing a task by an unexpected system error. ...`) and a driver's uncaught
  `RayTaskError` traceback.
- Apache NiFi 1.25, a two-node cluster's `nifi-app.log` (logback's `%date %level [%thread]
  %logger{40} %msg`): start-up (Jetty, the UI URLs, flow controller), processors scheduled,
  started and stopped, controller services enabled, FlowFile repository checkpoints, provenance
  roll-overs, queue swapping, cluster heartbeats and the coordinator's monitor, a node
  disconnected for lack of heartbeats and reconnected, processors' failures through their
  ComponentLog (`PutSQL[id=...]` before the message): `Failed to process session due to {}`
  with a Java stack and `Caused by:`, `Processor Administratively Yielded for {} due to
  processing failure`, records routed to failure, PutFile's penalized FlowFiles, InvokeHTTP's
  timeouts, Kafka's client warnings under its LogContext prefix.
- Harbor 2.10's components as its rsyslog container writes them (`Jun  4 06:00:02 172.18.0.1
  core[1234]: 2024-06-04T06:00:02Z [INFO] [/core/main.go:210]: msg`): core's start-up, its
  5xx errors from `lib/http/error.go`, quota reservations refused, failed logins; jobservice's
  jobs (GC, replication, scans: each job's own log lines, `Job incoming`, a job failing);
  registry's logrus text (`time="..." level=info msg="response completed" ...`) with its
  gorilla access lines and unknown manifests.
- Zulip 8's `server.log`, `errors.log` and `slow_queries.log` (ZulipFormatter: `2024-06-04
  06:00:02.123 INFO [zr] msg`, `[zr:9800]` in Tornado): the request log line (padded
  address, method and status, timings with their optional `(lp: ...)`, `(mem: ...)`, `(md:
  ...)`, `(db: ...)`, `(+start: ...)` parts, `(requester via client[/version])`), `status=%3d,
  data=%s, uid=%s` after a 4xx, rate limiting (429), authentication attempts, push
  notifications, Tornado's queue garbage collection, email sending failures and a queue
  worker's problem with their tracebacks and `Stack (most recent call last):`, Django's
  `Internal Server Error` with tracebacks during a database restart; each warning and error
  in both server.log and errors.log.
- NGINX Unit 1.32's `unit.log` (`2024/06/04 06:00:02 [info] 1#1 msg`, the app's libunit
  lines with `[unit]` and the request's `#N:`): start-up (`unit 1.32.1 started`, discovery,
  the language modules, controller and router), configuration updates restarting the
  application (`"shop" prototype started`, `"shop" application started`), app processes
  exiting with a code or killed (`[alert] ... app process %PI exited on signal %d%s`), a
  failed import with its Python traceback, `Python failed to call the application` with the
  app's traceback, and the app's own stderr (Python logging's default `LEVEL:logger:msg`
  and bare prints) in the same file.

Label notes. The rules of rounds 51 and 52 hold: the label is the format the call site writes
(for C++ streams and f-strings, the text with `%s`/`%d` where a value is inserted); a word a
branch picks is wording (Zulip's `(%s via %s)` and `(%s via %s/%s)`, Unit's `exited with code`
/ `exited on signal`); a value that is a message of its own contributes its format (the Java
exception texts in NiFi's messages, the worker's exit detail in Ray's, Harbor's error payloads
and quota texts); context a logger adds is not the statement's (Ray's `(raylet)`, NiFi's
`PutSQL[id=...]` component prefix and Kafka's `[Consumer clientId=..., groupId=...]`, Zulip's
`[zr]` origin, Harbor's `[/file.go:N]` and `[requestID="..."]`, Unit's `[unit] #N:`); logrus's
and distribution's fields are attributes (the label is `msg` alone); attached stacks and
tracebacks belong to their event; the lines of Ray's OOM summary after its first are the same
message. A traceback a Python process prints itself when it dies (the driver's uncaught
`RayTaskError`) is labelled `Traceback (most recent call last):`, the interpreter's own
statement. Zulip's request line is one statement whatever its optional timing parts.

Sources. Checked against the programs' sources (public copies): Ray's raylet text pushed to
the driver (`A worker died or was killed while executing a task by an unexpected system error.
...`, its `Worker exit type: SYSTEM_ERROR` fields) and the Python log layout as Ray's docs print
it; NiFi's `Failed to process session due to {}` through the processor's ComponentLog (the component's `Name[id=...]` before
it), `Penalizing {} and routing to failure ...`, logback's `%logger{40}` abbreviation; Harbor's logger (`[file:line]`
then the fields' `[key="value"]` and a colon, RFC 3339 seconds); Zulip's request line
(`{remote_ip:<15} {method:<7} {status_code:3} ...`, `(lp: ...)`, `(mem: ...)`, `(md: ...)`,
`(db: .../Nq)`, `(+start: ...)`, `(requester via client[/version])`), `status=%3d, data=%s,
uid=%s`, the slow-query logger, ZulipFormatter (`%(asctime)s %(zulip_level_abbrev)-4s
[%(zulip_origin)s]`, `zr` for zulip.requests, the root logger's empty origin, `:port` in
Tornado) and the webhook formatter's lines; Unit's `unit " NXT_VERSION " started`, `app process
%PI exited on signal %d%s` / `exited with code %d`, `process %PI exited ...`, `Python failed to
import module "%s"` and `Python failed to call the application` with the traceback printed
after it. The rest is from the helper's knowledge of the programs' logs, not checked here
(least sure: Ray's `(component)` in the C++ header, the GCS's table-loading, health-check,
node-removal, actor and placement-group texts, `Killing worker with task ...` (the memory
monitor's own line is a guess; its periodic OOM summary is closer), the spill and restore
lines' `:info_message:` prefix, the dashboard's module and job lines; NiFi's start-up lines,
`Controller initialization took ...`, the election, heartbeat and heartbeat-monitor texts,
`Successfully enabled {}`, the swap and provenance roll-over texts, `Request Processing failed:
{}`, `Failed to process {}; will route to failure`, the flowfile repository checkpoint interval
of two minutes and the heartbeat interval of one; Harbor's core start-up texts, the quota and
basic-auth messages, `Handle notification with Handler ...`, the GC, replication and scan jobs'
texts, `Job incoming: %s` and `Job '%s:%s' exit with error: %s`, distribution's field set;
Zulip's send_email texts, `Event %r failed due to exception %s`, Tornado's queue texts, the
push-notification, digest, soft-deactivation and RabbitMQ lines, and the requester written
`id@realm`; Unit's `module: %V %s "%s"`, the OpenSSL line, `recv(...) failed %E` and `failed
to start application "%V"`). The brief's example Ray header had no `(raylet)`; Ray 2.x writes
the component there. Run it only to change the data on purpose:
`python bench/heldout/generate_round53.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, fill, label, secs


class Clock:
    """Per process, the instants already used at the log's resolution (`res` microseconds):
    a distinct call of the same process moves on by one resolution step until its instant is
    free, as a real program's clock has moved between two calls."""

    def __init__(self, res: int) -> None:
        self.res = res
        self.used: set[tuple[object, int]] = set()

    def at(self, proc: object, t: datetime) -> datetime:
        step = timedelta(microseconds=self.res)
        while (proc, self.key(t)) in self.used:
            t += step
        self.used.add((proc, self.key(t)))
        return t

    def key(self, t: datetime) -> int:
        return int(t.timestamp() * 1_000_000) // self.res


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def pyframes(*frames: tuple[str, int, str, str]) -> list[str]:
    """A Python traceback's frame lines: (file, line, function, source line)."""
    out: list[str] = []
    for f, n, fn, src in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        if src:
            out.append(f"    {src}")
    return out


# --------------------------------------------------------------------------------- ray

RAY_PY = "/home/ray/anaconda3/lib/python3.10/site-packages"
RAY_WD = "/tmp/ray/session_2024-06-04_06-00-01_412733_2301/runtime_resources/working_dir_files/_ray_pkg_3f1c9a2b7d4e5f60"
RAY_OOM_MORE = "\n\nRefer to the documentation on how to address the out of memory issue: https://docs.ray.io/en/latest/ray-core/scheduling/ray-oom-prevention.html. Consider provisioning more memory on this node or reducing task parallelism by requesting more CPUs per task. To adjust the kill threshold, set the environment variable `RAY_memory_usage_threshold` when starting Ray. To disable worker killing, set the environment variable `RAY_memory_monitor_refresh_ms` to zero."
RAY_EXIT_DETAIL = "Worker unexpectedly exits with a connection error code 2. End of file. There are some potential root causes. (1) The process is killed by SIGKILL by OOM killer due to high memory usage. (2) ray stop --force is called. (3) The worker is crashed unexpectedly due to SIGSEGV or other unexpected errors."
RAY_DIED = (
    "A worker died or was killed while executing a task by an unexpected system error. To troubleshoot the problem, check the logs for the dead worker. RayTask ID: %s Worker ID: %s Node ID: %s Worker IP address: %s Worker port: %d Worker PID: %d Worker exit type: SYSTEM_ERROR Worker exit detail: "
    + RAY_EXIT_DETAIL
)
RAY_NODE_DEAD = "The node with node id: %s and address: %s and node name: %s has been marked dead because the detector has missed too many heartbeats from it. This can happen when a \t(1) raylet crashes unexpectedly (OOM, etc.) \n\t(2) raylet has lagging heartbeats due to slow network or busy workload."


def ray(r: random.Random) -> list[Log]:
    """A Ray 2.23 cluster (a head node and one worker node) over four hours running three
    submitted jobs: the GCS and both raylets starting, nodes registering, jobs added and
    finished, worker processes started, Python GC requests, object spilling and restoring
    during a shuffle, the memory monitor killing workers on the worker node and its periodic OOM
    summary, the worker node lost (health checks failing, the node removed, actors and
    placement groups rescheduled, the driver told) and back, workers dying under the third job
    and its driver ending on an uncaught RayTaskError; the dashboard's start-up, job
    submissions and its failed node-stats updates while the node was gone."""
    t0 = datetime(2024, 6, 4, 6, 0, 1, 412000, tzinfo=UTC)
    end = datetime(2024, 6, 4, 10, 0, tzinfo=UTC)
    clock = Clock(1000)
    gcs, head, node2, dash = Records(), Records(), Records(), Records()
    drivers: list[tuple[str, Records]] = []
    head_ip, node2_ip = "10.0.1.11", "10.0.1.22"
    head_id, node2_id = hexid(r, 56), hexid(r, 56)
    cluster_id = hexid(r, 56)
    pids = {"gcs": 2341, "head": 2412, "node2": 1876, "dash": 2498}

    def cc(
        rec: Records,
        proc: str,
        t: datetime,
        lvl: str,
        comp: str,
        src: str,
        fmt: str,
        *vals,
        tid: int | None = None,
    ) -> datetime:
        t = clock.at(proc, t)
        pid = pids[proc]
        text = fill(fmt, *vals)
        first, *more = text.split("\n")
        rec.add(
            t,
            [
                f"[{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {lvl} {pid} {tid or pid}] ({comp}) {src}: {first}",
                *more,
            ],
            label(fmt),
        )
        return t

    def py(
        rec: Records,
        proc: str,
        t: datetime,
        lvl: str,
        src: str,
        fmt: str,
        *vals,
        stack: list[str] | None = None,
    ) -> datetime:
        t = clock.at(proc, t)
        text = fill(fmt, *vals)
        first, *more = text.split("\n")
        rec.add(
            t,
            [f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)}\t{lvl} {src} -- {first}"] + more + (stack or []),
            label(fmt).replace("\t", "\\t"),
        )
        return t

    # the GCS
    t = t0
    t = cc(
        gcs,
        "gcs",
        t,
        "I",
        "gcs_server",
        "gcs_server_main.cc:62",
        "Setting cluster ID to: %s",
        cluster_id,
    )
    t = cc(
        gcs,
        "gcs",
        t + secs(r, 0.001, 0.004),
        "I",
        "gcs_server",
        "gcs_server.cc:74",
        "GCS storage type is %s",
        "StorageType::IN_MEMORY",
    )
    for what in ("job", "node", "actor", "actor task spec", "placement group"):
        t = cc(
            gcs,
            "gcs",
            t + secs(r, 0.0005, 0.002),
            "I",
            "gcs_server",
            "gcs_init_data.cc:42",
            f"Loading {what} table data.",
        )
    for what in ("job", "node", "actor", "actor task spec", "placement group"):
        t = cc(
            gcs,
            "gcs",
            t + secs(r, 0.0005, 0.002),
            "I",
            "gcs_server",
            "gcs_init_data.cc:54",
            f"Finished loading {what} table data, size = %d",
            0,
        )
    t = cc(
        gcs,
        "gcs",
        t + secs(r, 0.01, 0.05),
        "I",
        "gcs_server",
        "grpc_server.cc:140",
        "GcsServer server started, listening on port %d.",
        6379,
    )
    t = cc(
        gcs,
        "gcs",
        t + secs(r, 0.01, 0.05),
        "I",
        "gcs_server",
        "gcs_server.cc:250",
        "Gcs Debug state:\n\nGcsNodeManager: \n- RegisterNode request count: 0\n- DrainNode request count: 0\n- GetAllNodeInfo request count: 0\n- GetInternalConfig request count: 0\n\nGcsActorManager: \n- RegisterActor request count: 0\n- CreateActor request count: 0\n- Registered actors count: 0",
    )

    def raylet_start(
        rec: Records, proc: str, t: datetime, ip: str, nid: str, host: str, ncpu: int
    ) -> datetime:
        t = cc(rec, proc, t, "I", "raylet", "main.cc:179", "Setting cluster ID to: %s", cluster_id)
        t = cc(
            rec,
            proc,
            t + secs(r, 0.002, 0.01),
            "I",
            "raylet",
            "main.cc:242",
            "Raylet is not set to kill unknown children.",
        )
        t = cc(
            rec,
            proc,
            t + secs(r, 0.01, 0.05),
            "I",
            "raylet",
            "grpc_server.cc:140",
            "ObjectManager server started, listening on port %d.",
            8076,
        )
        t = cc(
            rec,
            proc,
            t + secs(r, 0.01, 0.05),
            "I",
            "raylet",
            "grpc_server.cc:140",
            "NodeManager server started, listening on port %d.",
            r.randrange(36000, 46000),
        )
        t = cc(
            rec,
            proc,
            t + secs(r, 0.002, 0.01),
            "I",
            "raylet",
            "raylet.cc:134",
            "Raylet of id, %s started. Raylet consists of node_manager and object_manager. node_manager address: %s:%d object_manager address: %s:%d hostname: %s",
            nid,
            ip,
            r.randrange(36000, 46000),
            ip,
            8076,
            host,
        )
        for k in range(ncpu):
            t = worker_started(rec, proc, t + secs(r, 0.002, 0.02), k)
        return t

    def worker_started(rec: Records, proc: str, t: datetime, token: int) -> datetime:
        return cc(
            rec,
            proc,
            t,
            "I",
            "raylet",
            "worker_pool.cc:494",
            "Started worker process with pid %d, the token is %d",
            r.randrange(3000, 9000),
            token,
        )

    def register(t: datetime, nid: str, ip: str, host: str) -> None:
        t = cc(
            gcs,
            "gcs",
            t,
            "I",
            "gcs_server",
            "gcs_node_manager.cc:55",
            "Registering node info, node id = %s, address = %s, node name = %s",
            nid,
            ip,
            ip,
        )
        cc(
            gcs,
            "gcs",
            t + secs(r, 0.001, 0.004),
            "I",
            "gcs_server",
            "gcs_node_manager.cc:61",
            "Finished registering node info, node id = %s, address = %s, node name = %s",
            nid,
            ip,
            ip,
        )

    th = raylet_start(head, "head", t0 + secs(r, 1.2, 1.8), head_ip, head_id, "ray-head-6d7f9", 4)
    register(th + secs(r, 0.01, 0.05), head_id, head_ip, "ray-head-6d7f9")
    tn = raylet_start(
        node2, "node2", t0 + secs(r, 38, 45), node2_ip, node2_id, "ray-worker-gpu-x4k2q", 8
    )
    register(tn + secs(r, 0.01, 0.05), node2_id, node2_ip, "ray-worker-gpu-x4k2q")

    # the dashboard
    t = t0 + secs(r, 2, 3)
    t = py(
        dash,
        "dash",
        t,
        "INFO",
        "head.py:254",
        "Starting dashboard metrics server on port %d",
        44227,
    )
    t = py(
        dash,
        "dash",
        t + secs(r, 0.01, 0.05),
        "INFO",
        "head.py:277",
        "Dashboard head grpc address: %s:%d",
        "0.0.0.0",
        r.randrange(40000, 60000),
    )
    for mod in [
        "actor.actor_head.ActorHead",
        "event.event_head.EventHead",
        "healthz.healthz_head.HealthzHead",
        "job.job_head.JobHead",
        "log.log_manager.LogHead",
        "metrics.metrics_head.MetricsHead",
        "node.node_head.NodeHead",
        "reporter.reporter_head.ReportHead",
        "serve.serve_head.ServeHead",
        "state.state_head.StateHead",
        "train.train_head.TrainHead",
        "usage_stats.usage_stats_head.UsageStatsHead",
    ]:
        t = py(
            dash,
            "dash",
            t + secs(r, 0.002, 0.02),
            "INFO",
            "head.py:178",
            "Loading %s: %s",
            "DashboardHeadModule",
            f"<class 'ray.dashboard.modules.{mod}'>",
        )
    t = py(
        dash,
        "dash",
        t + secs(r, 0.01, 0.05),
        "INFO",
        "head.py:182",
        "Loaded %d modules. %s",
        12,
        "[<ray.dashboard.modules.actor.actor_head.ActorHead object at 0x7f3a1c2d5e10>, ...]",
    )
    t = py(
        dash,
        "dash",
        t + secs(r, 0.05, 0.2),
        "INFO",
        "http_server_head.py:208",
        "Dashboard head http address: %s:%d",
        "0.0.0.0",
        8265,
    )

    spill_win = (datetime(2024, 6, 4, 7, 31, tzinfo=UTC), datetime(2024, 6, 4, 7, 52, tzinfo=UTC))
    oom_win = (datetime(2024, 6, 4, 7, 40, tzinfo=UTC), datetime(2024, 6, 4, 7, 58, tzinfo=UTC))
    node_down = (
        datetime(2024, 6, 4, 8, 41, 17, 220000, tzinfo=UTC),
        datetime(2024, 6, 4, 8, 52, 40, tzinfo=UTC),
    )
    jobs = [
        (
            "02000000",
            "raysubmit_5dB8mXqk3LwYhN2t",
            datetime(2024, 6, 4, 6, 12, 4, tzinfo=UTC),
            datetime(2024, 6, 4, 6, 58, 31, tzinfo=UTC),
            "SUCCEEDED",
        ),
        (
            "03000000",
            "raysubmit_Qw7nTz2LhV9cRk4p",
            datetime(2024, 6, 4, 7, 25, 40, tzinfo=UTC),
            datetime(2024, 6, 4, 9, 2, 11, tzinfo=UTC),
            "SUCCEEDED",
        ),
        (
            "04000000",
            "raysubmit_Hm3xYb8sJf6dPq1w",
            datetime(2024, 6, 4, 9, 10, 2, tzinfo=UTC),
            datetime(2024, 6, 4, 9, 51, 44, tzinfo=UTC),
            "FAILED",
        ),
    ]

    def node_up(t: datetime) -> bool:
        return not (node_down[0] <= t < node_down[1])

    for jid, sid, ts, te, status in jobs:
        drv = Records()
        drivers.append((sid, drv))
        dpid = r.randrange(2600, 2900)
        pids[sid] = dpid
        py(
            dash,
            "dash",
            ts,
            "INFO",
            "job_manager.py:531",
            "Starting job with submission_id: %s",
            sid,
        )
        gt = cc(
            gcs,
            "gcs",
            ts + secs(r, 2, 4),
            "I",
            "gcs_server",
            "gcs_job_manager.cc:42",
            "Adding job, job id = %s, driver pid = %d",
            jid,
            dpid,
        )
        cc(
            gcs,
            "gcs",
            gt + secs(r, 0.001, 0.005),
            "I",
            "gcs_server",
            "gcs_job_manager.cc:72",
            "Finished adding job, job id = %s, driver pid = %d",
            jid,
            dpid,
        )
        t = ts + secs(r, 1.5, 2)
        t = py(
            drv,
            sid,
            t,
            "INFO",
            "worker.py:1432",
            "Using address %s set in the environment variable RAY_ADDRESS",
            f"{head_ip}:6379",
        )
        t = py(
            drv,
            sid,
            t + secs(r, 0.001, 0.01),
            "INFO",
            "worker.py:1567",
            "Connecting to existing Ray cluster at address: %s...",
            f"{head_ip}:6379",
        )
        t = py(
            drv,
            sid,
            t + secs(r, 0.05, 0.3),
            "INFO",
            "worker.py:1743",
            "Connected to Ray cluster. View the dashboard at %s",
            f"{head_ip}:8265",
        )
        # the job's own progress prints
        n_shards = r.choice([64, 96, 128])
        done = 0
        tp = t + secs(r, 5, 20)
        ep = 0
        while tp < te - timedelta(seconds=30):
            if jid == "02000000":
                ep += 1
                drv.add(
                    clock.at(sid, tp),
                    [
                        f"[epoch {ep}] loss={r.uniform(0.2, 1.4) / (1 + ep * 0.05):.4f} val_acc={min(0.98, 0.6 + ep * 0.004 + r.uniform(-0.01, 0.01)):.3f}"
                    ],
                    "[epoch %d] loss=%.4f val_acc=%.3f",
                )
                tp += secs(r, 25, 45)
            else:
                done = min(n_shards, done + r.randrange(1, 4))
                drv.add(
                    clock.at(sid, tp),
                    [f"Processed {done}/{n_shards} shards ({done * 100 // n_shards}%)"],
                    "Processed %d/%d shards (%d%%)",
                )
                tp += secs(r, 40, 120)
        # workers for the job on both nodes
        tw = ts + secs(r, 3, 6)
        tok = 10 + int(jid[:2]) * 40
        while tw < te:
            for rec, proc in ((head, "head"), (node2, "node2")):
                if proc == "node2" and not node_up(tw):
                    continue
                tok += 1
                worker_started(rec, proc, tw + secs(r, 0, 3), tok)
            tw += secs(r, 12, 80)
        # the driver exits: its leased workers are killed
        for rec, proc in ((head, "head"), (node2, "node2")):
            for _ in range(r.randrange(2, 6)):
                cc(
                    rec,
                    proc,
                    te + secs(r, 0.05, 0.6),
                    "I",
                    "raylet",
                    "node_manager.cc:1092",
                    "The leased worker %s is killed because the owner process %s died.",
                    hexid(r, 56),
                    hexid(r, 56),
                )
        gt = cc(
            gcs,
            "gcs",
            te + secs(r, 0.1, 0.3),
            "I",
            "gcs_server",
            "gcs_job_manager.cc:87",
            "Marking job state, job id = %s",
            jid,
        )
        cc(
            gcs,
            "gcs",
            gt + secs(r, 0.001, 0.005),
            "I",
            "gcs_server",
            "gcs_job_manager.cc:124",
            "Finished marking job state, job id = %s",
            jid,
        )
        py(
            dash,
            "dash",
            te + secs(r, 0.5, 1.5),
            "INFO",
            "job_manager.py:612",
            "Job %s finished with status %s.",
            sid,
            status,
        )

    # Python GC requests on both raylets
    for rec, proc in ((head, "head"), (node2, "node2")):
        t = t0 + timedelta(minutes=r.uniform(8, 20))
        while t < end:
            if proc != "node2" or node_up(t):
                cc(
                    rec,
                    proc,
                    t,
                    "I",
                    "raylet",
                    "node_manager.cc:656",
                    "Sending Python GC request to %d local workers to clean up Python cyclic references.",
                    r.randrange(4, 30),
                )
            t += timedelta(seconds=r.uniform(30, 200))

    # spilling during the second job's shuffle (head node)
    t = spill_win[0]
    while t < spill_win[1]:
        mib = r.randrange(200, 3200)
        cc(
            head,
            "head",
            t,
            "I",
            "raylet",
            "local_object_manager.cc:490",
            ":info_message:Spilled %d MiB, %d objects, write throughput %d MiB/s. Set RAY_verbose_spill_logs=0 to disable this message.",
            mib,
            r.randrange(1, 40),
            r.randrange(300, 1400),
        )
        t += timedelta(seconds=r.uniform(2, 25))
    t = spill_win[1] + timedelta(minutes=3)
    while t < spill_win[1] + timedelta(minutes=14):
        cc(
            head,
            "head",
            t,
            "I",
            "raylet",
            "local_object_manager.cc:576",
            ":info_message:Restored %d MiB, %d objects, read throughput %d MiB/s",
            r.randrange(100, 2400),
            r.randrange(1, 30),
            r.randrange(500, 2200),
        )
        t += timedelta(seconds=r.uniform(3, 30))

    # the memory monitor on the worker node
    t = oom_win[0]
    killed = 0
    last_summary = t
    while t < oom_win[1]:
        t += timedelta(seconds=r.expovariate(1 / 50))
        wid = hexid(r, 56)
        used = r.uniform(28.6, 30.2)
        cc(
            node2,
            "node2",
            t,
            "I",
            "raylet",
            "node_manager.cc:2997",
            "Killing worker with task %s. Memory on the node (IP: %s, ID: %s) where the task was running was %.2fGB / %.2fGB (%f), which exceeds the memory usage threshold of %s. Ray killed this worker (ID: %s) because it was the most recently scheduled task.",
            f"shuffle_map(task_id={hexid(r, 48)})",
            node2_ip,
            node2_id,
            used,
            30.58,
            used / 30.58,
            0.95,
            wid,
        )
        killed += 1
        if t - last_summary > timedelta(seconds=60):
            cc(
                node2,
                "node2",
                t + secs(r, 0.5, 2),
                "W",
                "raylet",
                "node_manager.cc:3084",
                "%d Workers (tasks / actors) killed due to memory pressure (OOM), %d Workers crashed due to other reasons at node (ID: %s, IP: %s) over the last time period. To see more information about the Workers killed on this node, use `ray logs raylet.out -ip %s`"
                + RAY_OOM_MORE,
                killed,
                0,
                node2_id,
                node2_ip,
                node2_ip,
            )
            killed = 0
            last_summary = t

    # the worker node lost
    t = node_down[0] + secs(r, 0.5, 1.5)
    for rem in range(4, -1, -1):
        t = cc(
            gcs,
            "gcs",
            t,
            "W",
            "gcs_server",
            "gcs_health_check_manager.cc:108",
            "Health check failed for node %s, remaining checks %d, status %s, response status %d, status message %s",
            node2_id,
            rem,
            "UNAVAILABLE",
            0,
            f"failed to connect to all addresses; last error: UNKNOWN: ipv4:{node2_ip}:38721: Failed to connect to remote host: Connection refused",
        ) + timedelta(seconds=3, milliseconds=r.randrange(0, 40))
    t = cc(
        gcs,
        "gcs",
        t,
        "W",
        "gcs_server",
        "gcs_health_check_manager.cc:119",
        "Node %s is dead because the health check failed.",
        node2_id,
    )
    t = cc(
        gcs,
        "gcs",
        t + secs(r, 0.001, 0.004),
        "I",
        "gcs_server",
        "gcs_node_manager.cc:290",
        "Removing node, node id = %s, node name = %s",
        node2_id,
        node2_ip,
    )
    t = cc(
        gcs,
        "gcs",
        t + secs(r, 0.001, 0.004),
        "I",
        "gcs_server",
        "gcs_placement_group_manager.cc:771",
        "Node %s failed, rescheduling the placement groups on the dead node.",
        node2_id,
    )
    t = cc(
        gcs,
        "gcs",
        t + secs(r, 0.001, 0.004),
        "I",
        "gcs_server",
        "gcs_actor_manager.cc:1070",
        "Node %s failed, reconstructing actors.",
        node2_id,
    )
    actors = [hexid(r, 32) for _ in range(r.randrange(3, 7))]
    for a in actors:
        t = cc(
            gcs,
            "gcs",
            t + secs(r, 0.0005, 0.003),
            "I",
            "gcs_server",
            "gcs_actor_manager.cc:1127",
            "Actor is failed %s on worker %s at node %s, need_reschedule = %d, death context type = %s, remaining_restarts = %d, job id = %s",
            a,
            hexid(r, 56),
            node2_id,
            1,
            "NodeDiedContext",
            r.randrange(0, 3),
            "03000000",
        )
    pg = hexid(r, 36)
    tf = t + secs(r, 1, 3)
    while tf < node_down[1]:
        cc(
            gcs,
            "gcs",
            tf,
            "I",
            "gcs_server",
            "gcs_placement_group_scheduler.cc:62",
            "Failed to schedule placement group %s, id: %s, because current resources can't satisfy the required resource.",
            "shuffle_pg",
            pg,
        )
        tf += timedelta(seconds=r.uniform(10, 60))
    for a in actors:
        cc(
            gcs,
            "gcs",
            node_down[1] + secs(r, 2, 6),
            "I",
            "gcs_server",
            "gcs_actor_manager.cc:1412",
            "Actor created successfully, job id = %s, actor id = %s",
            "03000000",
            a,
        )
    cc(
        gcs,
        "gcs",
        node_down[1] + secs(r, 1.5, 2),
        "I",
        "gcs_server",
        "gcs_placement_group_manager.cc:332",
        "Successfully created placement group %s, id: %s",
        "shuffle_pg",
        pg,
    )
    # the driver of the second job is told
    drv2 = drivers[1][1]
    py(
        drv2,
        jobs[1][1],
        node_down[0] + secs(r, 16, 18),
        "WARNING",
        "worker.py:2138",
        RAY_NODE_DEAD,
        node2_id,
        node2_ip,
        node2_ip,
    )
    for _ in range(len(actors)):
        py(
            drv2,
            jobs[1][1],
            node_down[0] + secs(r, 16, 19),
            "WARNING",
            "worker.py:2138",
            RAY_DIED,
            hexid(r, 48),
            hexid(r, 56),
            node2_id,
            node2_ip,
            r.randrange(10000, 11000),
            r.randrange(3000, 9000),
        )
    # the dashboard fails to reach the node
    t = node_down[0] + secs(r, 2, 5)
    while t < node_down[0] + timedelta(seconds=20):
        py(
            dash,
            "dash",
            t,
            "ERROR",
            "node_head.py:329",
            "Error updating node stats of %s.",
            node2_id,
            stack=[
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        f"{RAY_PY}/ray/dashboard/modules/node/node_head.py",
                        319,
                        "_update_node_stats",
                        "reply = await stub.GetNodeStats(",
                    ),
                    (f"{RAY_PY}/grpc/aio/_call.py", 308, "__await__", "raise _create_rpc_error("),
                ),
                "grpc.aio._call.AioRpcError: <AioRpcError of RPC that terminated with:",
                "\tstatus = StatusCode.UNAVAILABLE",
                f'\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:{node2_ip}:38721: Failed to connect to remote host: Connection refused"',
                f'\tdebug_error_string = "UNKNOWN:failed to connect to all addresses; last error: UNKNOWN: ipv4:{node2_ip}:38721: Failed to connect to remote host: Connection refused {{grpc_status:14, created_time:\\"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00\\"}}"',
                ">",
            ],
        )
        t += timedelta(seconds=r.uniform(3.5, 4.5))
    # the worker node back
    node2_id = hexid(r, 56)
    tn = raylet_start(
        node2, "node2", node_down[1] - secs(r, 3, 5), node2_ip, node2_id, "ray-worker-gpu-x4k2q", 8
    )
    register(tn + secs(r, 0.01, 0.05), node2_id, node2_ip, "ray-worker-gpu-x4k2q")

    # the third job: workers dying, then an uncaught RayTaskError
    jid, sid, ts, te, _ = jobs[2]
    drv3 = drivers[2][1]
    t = ts + timedelta(minutes=4)
    while t < te - timedelta(minutes=2):
        t += timedelta(seconds=r.expovariate(1 / 400))
        ip = r.choice([head_ip, node2_ip])
        py(
            drv3,
            sid,
            t,
            "WARNING",
            "worker.py:2138",
            RAY_DIED,
            hexid(r, 48),
            hexid(r, 56),
            head_id if ip == head_ip else node2_id,
            ip,
            r.randrange(10000, 11000),
            r.randrange(3000, 9000),
        )
    shard = r.randrange(0, 64)
    drv3.add(
        clock.at(sid, te - secs(r, 0.5, 1)),
        [
            "Traceback (most recent call last):",
            *pyframes(
                (f"{RAY_WD}/preprocess.py", 88, "<module>", "results = ray.get(futures)"),
                (
                    f"{RAY_PY}/ray/_private/auto_init_hook.py",
                    21,
                    "auto_init_wrapper",
                    "return fn(*args, **kwargs)",
                ),
                (
                    f"{RAY_PY}/ray/_private/client_mode_hook.py",
                    103,
                    "wrapper",
                    "return func(*args, **kwargs)",
                ),
                (
                    f"{RAY_PY}/ray/_private/worker.py",
                    2623,
                    "get",
                    "values, debugger_breakpoint = worker.get_objects(object_refs, timeout=timeout)",
                ),
                (
                    f"{RAY_PY}/ray/_private/worker.py",
                    861,
                    "get_objects",
                    "raise value.as_instanceof_cause()",
                ),
            ),
            f"ray.exceptions.RayTaskError(ValueError): ray::preprocess_shard() (pid={r.randrange(3000, 9000)}, ip={node2_ip})",
            *pyframes(
                (
                    f"{RAY_WD}/preprocess.py",
                    41,
                    "preprocess_shard",
                    'raise ValueError(f"shard {shard_id}: unexpected schema {cols}")',
                )
            ),
            f"ValueError: shard {shard}: unexpected schema ['ts', 'user', 'amount_eur', 'extra']",
        ],
        "Traceback (most recent call last):",
    )
    return [
        gcs.into(Log("gcs_server.out", t0)),
        head.into(Log("raylet.out", t0)),
        node2.into(Log("worker-node-raylet.out", t0)),
        dash.into(Log("dashboard.log", t0)),
        *[rec.into(Log(f"job-driver-{sid}.log", t0)) for sid, rec in drivers],
    ]


# --------------------------------------------------------------------------------- nifi


def logback_name(name: str, target: int = 40) -> str:
    """logback's `%logger{40}`: the leftmost package names cut to their first letter, one at a
    time, until the name fits (the class name is never cut)."""
    parts = name.split(".")
    length = len(name)
    for i in range(len(parts) - 1):
        if length <= target:
            break
        length -= len(parts[i]) - 1
        parts[i] = parts[i][0]
    return ".".join(parts)


NF_PG_REFUSED = "Connection to pg-orders:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
NF_TASK_FRAMES = [
    "\tat org.apache.nifi.controller.StandardProcessorNode.onTrigger(StandardProcessorNode.java:1361)",
    "\tat org.apache.nifi.controller.tasks.ConnectableTask.invoke(ConnectableTask.java:247)",
    "\tat org.apache.nifi.controller.scheduling.TimerDrivenSchedulingAgent$1.run(TimerDrivenSchedulingAgent.java:102)",
    "\tat org.apache.nifi.engine.FlowEngine$2.run(FlowEngine.java:110)",
    "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
    "\tat java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)",
    "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]
NF_PUTSQL_STACK = [
    f"org.apache.nifi.processor.exception.ProcessException: java.sql.SQLException: Cannot create PoolableConnectionFactory ({NF_PG_REFUSED})",
    "\tat org.apache.nifi.dbcp.DBCPConnectionPool.getConnection(DBCPConnectionPool.java:1082)",
    "\tat org.apache.nifi.dbcp.DBCPService.getConnection(DBCPService.java:55)",
    "\tat jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)",
    "\tat java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
    "\tat java.base/java.lang.reflect.Method.invoke(Method.java:568)",
    "\tat org.apache.nifi.controller.service.StandardControllerServiceInvocationHandler.invoke(StandardControllerServiceInvocationHandler.java:254)",
    "\tat jdk.proxy31/jdk.proxy31.$Proxy154.getConnection(Unknown Source)",
    "\tat org.apache.nifi.processors.standard.PutSQL.lambda$new$2(PutSQL.java:318)",
    "\tat org.apache.nifi.processor.util.pattern.Put.onTrigger(Put.java:99)",
    "\tat org.apache.nifi.processors.standard.PutSQL.lambda$onTrigger$20(PutSQL.java:898)",
    "\tat org.apache.nifi.processor.util.pattern.PartialFunctions.onTrigger(PartialFunctions.java:120)",
    "\tat org.apache.nifi.processor.util.pattern.RollbackOnFailure.onTrigger(RollbackOnFailure.java:184)",
    "\tat org.apache.nifi.processors.standard.PutSQL.onTrigger(PutSQL.java:898)",
    *NF_TASK_FRAMES,
    f"Caused by: java.sql.SQLException: Cannot create PoolableConnectionFactory ({NF_PG_REFUSED})",
    "\tat org.apache.commons.dbcp2.BasicDataSource.createPoolableConnectionFactory(BasicDataSource.java:653)",
    "\tat org.apache.commons.dbcp2.BasicDataSource.createDataSource(BasicDataSource.java:531)",
    "\tat org.apache.commons.dbcp2.BasicDataSource.getConnection(BasicDataSource.java:731)",
    "\tat org.apache.nifi.dbcp.DBCPConnectionPool.getConnection(DBCPConnectionPool.java:1074)",
    "\t... 22 common frames omitted",
    f"Caused by: org.postgresql.util.PSQLException: {NF_PG_REFUSED}",
    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)",
    "\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
    "\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)",
    "\tat org.postgresql.Driver.makeConnection(Driver.java:443)",
    "\tat org.postgresql.Driver.connect(Driver.java:297)",
    "\tat org.apache.commons.dbcp2.DriverConnectionFactory.createConnection(DriverConnectionFactory.java:52)",
    "\tat org.apache.commons.dbcp2.PoolableConnectionFactory.makeObject(PoolableConnectionFactory.java:374)",
    "\tat org.apache.commons.dbcp2.BasicDataSource.validateConnectionFactory(BasicDataSource.java:106)",
    "\tat org.apache.commons.dbcp2.BasicDataSource.createPoolableConnectionFactory(BasicDataSource.java:649)",
    "\t... 26 common frames omitted",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
    "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
    "\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
    "\tat java.base/java.net.Socket.connect(Socket.java:633)",
    "\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)",
    "\tat org.postgresql.core.PGStream.<init>(PGStream.java:98)",
    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:132)",
    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)",
    "\t... 35 common frames omitted",
]


def nf_convert_stack(r: random.Random) -> list[str]:
    return [
        "org.apache.nifi.processor.exception.ProcessException: Could not parse incoming data",
        "\tat org.apache.nifi.processors.standard.AbstractRecordProcessor$1.process(AbstractRecordProcessor.java:171)",
        "\tat org.apache.nifi.controller.repository.StandardProcessSession.write(StandardProcessSession.java:3383)",
        "\tat org.apache.nifi.processors.standard.AbstractRecordProcessor.onTrigger(AbstractRecordProcessor.java:122)",
        "\tat org.apache.nifi.processor.AbstractProcessor.onTrigger(AbstractProcessor.java:27)",
        *NF_TASK_FRAMES,
        "Caused by: org.apache.nifi.serialization.MalformedRecordException: Failed to parse data stream",
        "\tat org.apache.nifi.json.AbstractJsonRowRecordReader.nextRecord(AbstractJsonRowRecordReader.java:156)",
        "\tat org.apache.nifi.serialization.RecordReader.nextRecord(RecordReader.java:50)",
        "\tat org.apache.nifi.processors.standard.AbstractRecordProcessor$1.process(AbstractRecordProcessor.java:133)",
        "\t... 15 common frames omitted",
        f"Caused by: com.fasterxml.jackson.core.JsonParseException: Unexpected character ('{r.choice(['}', ']', ','])}' (code {r.choice([125, 93, 44])})): was expecting double-quote to start field name",
        f" at [Source: (org.apache.nifi.stream.io.NonCloseableInputStream); line: 1, column: {r.randrange(40, 900)}]",
        "\tat com.fasterxml.jackson.core.JsonParser._constructError(JsonParser.java:2477)",
        "\tat com.fasterxml.jackson.core.base.ParserMinimalBase._reportError(ParserMinimalBase.java:750)",
        "\tat com.fasterxml.jackson.core.base.ParserMinimalBase._reportUnexpectedChar(ParserMinimalBase.java:674)",
        "\tat com.fasterxml.jackson.core.json.UTF8StreamJsonParser._handleOddName(UTF8StreamJsonParser.java:2080)",
        "\tat com.fasterxml.jackson.core.json.UTF8StreamJsonParser.nextToken(UTF8StreamJsonParser.java:805)",
        "\tat org.apache.nifi.json.AbstractJsonRowRecordReader.nextRecord(AbstractJsonRowRecordReader.java:149)",
        "\t... 17 common frames omitted",
    ]


NF_HTTP_STACK = [
    "java.net.SocketTimeoutException: timeout",
    "\tat okio.SocketAsyncTimeout.newTimeoutException(JvmOkio.kt:146)",
    "\tat okio.AsyncTimeout.access$newTimeoutException(AsyncTimeout.kt:161)",
    "\tat okio.AsyncTimeout$source$1.read(AsyncTimeout.kt:339)",
    "\tat okio.RealBufferedSource.indexOf(RealBufferedSource.kt:430)",
    "\tat okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:178)",
    "\tat okhttp3.internal.http.CallServerInterceptor.intercept(CallServerInterceptor.kt:88)",
    "\tat okhttp3.internal.connection.RealCall.execute(RealCall.kt:154)",
    "\tat org.apache.nifi.processors.standard.InvokeHTTP.onTrigger(InvokeHTTP.java:951)",
    *NF_TASK_FRAMES,
    "Caused by: java.net.SocketException: Socket closed",
    "\tat java.base/sun.nio.ch.NioSocketImpl.endRead(NioSocketImpl.java:248)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:327)",
    "\tat okio.InputStreamSource.read(JvmOkio.kt:93)",
    "\tat okio.AsyncTimeout$source$1.read(AsyncTimeout.kt:128)",
    "\t... 19 common frames omitted",
]


def nifi(r: random.Random) -> list[Log]:
    """An Apache NiFi 1.25 cluster of two nodes over three hours ingesting orders (Kafka ->
    ConvertRecord -> InvokeHTTP enrichment -> PutSQL into PostgreSQL, raw copies archived by
    PutFile): both nodes starting, the coordinator elected, processors scheduled; FlowFile
    repository checkpoints and provenance roll-overs; heartbeats each minute and the
    coordinator's monitor; the database restarted (PutSQL's session failures with their Java
    stacks and administrative yields), malformed records routed to failure, the enrichment
    API timing out, duplicate archive names penalized, the Kafka broker lost for a while,
    queues swapping out under back pressure, the second node paused long enough to be
    disconnected and reconnected, and an operator stopping and restarting the SQL branch."""
    t0 = datetime(2024, 6, 4, 6, 0, 2, 118000, tzinfo=UTC)
    end = datetime(2024, 6, 4, 9, 0, tzinfo=UTC)
    clock = Clock(1000)
    recs = [Records(), Records()]
    nodes = ["nifi-1.nifi.svc:8443", "nifi-2.nifi.svc:8443"]
    procs = {
        "ConsumeKafkaRecord_2_6": uuid4(r),
        "ConvertRecord": uuid4(r),
        "InvokeHTTP": uuid4(r),
        "PutSQL": uuid4(r),
        "PutFile": uuid4(r),
        "MergeContent": uuid4(r),
    }
    pkg = {
        "ConsumeKafkaRecord_2_6": "org.apache.nifi.processors.kafka.pubsub",
        "ConvertRecord": "org.apache.nifi.processors.standard",
        "InvokeHTTP": "org.apache.nifi.processors.standard",
        "PutSQL": "org.apache.nifi.processors.standard",
        "PutFile": "org.apache.nifi.processors.standard",
        "MergeContent": "org.apache.nifi.processors.standard",
    }

    def comp(p: str) -> str:
        return f"{p}[id={procs[p]}]"

    def emit(
        n: int,
        t: datetime,
        lvl: str,
        thread: str,
        logger: str,
        fmt: str,
        *vals,
        ctx: str = "",
        stack: list[str] | None = None,
    ) -> datetime:
        t = clock.at(n, t)
        text = fill(fmt, *vals)
        first, *more = text.split("\n")
        head = f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {lvl} [{thread}] {logback_name(logger)} "
        recs[n].add(
            t, [head + (ctx + " " if ctx else "") + first] + more + (stack or []), label(fmt)
        )
        return t

    def ff(r: random.Random, name: str) -> str:
        sec = r.randrange(1, 900)
        return f"StandardFlowFileRecord[uuid={uuid4(r)},claim=StandardContentClaim [resourceClaim=StandardResourceClaim[id=1717480802{r.randrange(100, 999)}-{sec}, container=default, section={sec % 1024}], offset={r.randrange(0, 900000)}, length={r.randrange(200, 9000)}],offset=0,name={name},size={r.randrange(200, 9000)}]"

    def tdt() -> str:
        return f"Timer-Driven Process Thread-{r.randrange(1, 11)}"

    def startup(n: int, t: datetime) -> datetime:
        host = nodes[n].split(":")[0]
        t = emit(
            n,
            t,
            "INFO",
            "main",
            "org.apache.nifi.web.server.JettyServer",
            "Loading WAR [{}] Context Path [{}]",
            "nifi-web-api-1.25.0.war",
            "/nifi-api",
        )
        t = emit(
            n,
            t + secs(r, 0.3, 1.5),
            "INFO",
            "main",
            "org.apache.nifi.web.server.JettyServer",
            "Loading WAR [{}] Context Path [{}]",
            "nifi-web-1.25.0.war",
            "/nifi",
        )
        t = emit(
            n,
            t + secs(r, 2, 6),
            "INFO",
            "main",
            "org.apache.nifi.controller.StandardFlowService",
            "Connecting Node: {}",
            nodes[n],
        )
        t = emit(
            n,
            t + secs(r, 0.5, 2),
            "INFO",
            "main",
            "org.apache.nifi.controller.StandardFlowService",
            "Node {} connected to cluster",
            nodes[n],
        )
        t = emit(
            n,
            t + secs(r, 0.2, 0.8),
            "INFO",
            "main",
            "org.apache.nifi.controller.StandardFlowService",
            "Starting {} processors/ports/funnels",
            len(procs),
        )
        for p in procs:
            t = emit(
                n,
                t + secs(r, 0.002, 0.02),
                "INFO",
                "main",
                "org.apache.nifi.controller.scheduling.StandardProcessScheduler",
                "Starting {}",
                comp(p),
            )
            t = emit(
                n,
                t + secs(r, 0.002, 0.02),
                "INFO",
                tdt(),
                "org.apache.nifi.controller.scheduling.TimerDrivenSchedulingAgent",
                "Scheduled {} to run with {} threads",
                comp(p),
                r.choice([1, 2, 4]),
            )
        t = emit(
            n,
            t + secs(r, 0.05, 0.3),
            "INFO",
            "main",
            "org.eclipse.jetty.server.Server",
            "Started {}",
            f"Server@{hexid(r, 8)}{{STARTING}}[10.0.18,sto=0] @{r.randrange(30000, 60000)}ms",
        )
        t = emit(
            n,
            t + secs(r, 0.001, 0.01),
            "INFO",
            "main",
            "org.apache.nifi.web.server.JettyServer",
            "NiFi has started. The UI is available at the following URLs:",
        )
        t = emit(
            n,
            t + secs(r, 0.001, 0.005),
            "INFO",
            "main",
            "org.apache.nifi.web.server.JettyServer",
            "{}/nifi",
            f"https://{host}:8443",
        )
        t = emit(
            n,
            t + secs(r, 0.001, 0.005),
            "INFO",
            "main",
            "org.apache.nifi.NiFi",
            "Controller initialization took {} nanoseconds ({} seconds).",
            r.randrange(40_000_000_000, 70_000_000_000),
            r.randrange(40, 70),
        )
        return t

    ctrl = uuid4(r)
    for n in (0, 1):
        t = startup(n, t0 + secs(r, 0, 4) * n)
        t = emit(
            n,
            t + secs(r, 0.01, 0.05),
            "INFO",
            "main",
            "org.apache.nifi.controller.service.StandardControllerServiceNode",
            "Successfully enabled {}",
            f"StandardControllerServiceNode[service=DBCPConnectionPool[id={ctrl}], name=Postgres orders, active=true]",
        )
    emit(
        0,
        t0 + secs(r, 30, 40),
        "INFO",
        "Leader Election Notification Thread-1",
        "org.apache.nifi.controller.leader.election.CuratorLeaderElectionManager",
        "{} This node has been elected Leader for Role '{}'",
        f"org.apache.nifi.controller.leader.election.CuratorLeaderElectionManager$ElectionListener@{hexid(r, 7)}",
        "Cluster Coordinator",
    )
    emit(
        0,
        t0 + secs(r, 41, 45),
        "INFO",
        "Leader Election Notification Thread-2",
        "org.apache.nifi.controller.leader.election.CuratorLeaderElectionManager",
        "{} This node has been elected Leader for Role '{}'",
        f"org.apache.nifi.controller.leader.election.CuratorLeaderElectionManager$ElectionListener@{hexid(r, 7)}",
        "Primary Node",
    )

    pause = (datetime(2024, 6, 4, 8, 6, 12, tzinfo=UTC), datetime(2024, 6, 4, 8, 8, 40, tzinfo=UTC))

    # repository checkpoints, provenance roll-overs, heartbeats
    for n in (0, 1):
        t = t0 + timedelta(minutes=2)
        while t < end:
            if n == 0 or not pause[0] <= t < pause[1]:
                t1 = emit(
                    n,
                    t,
                    "INFO",
                    "pool-10-thread-1",
                    "org.apache.nifi.controller.repository.WriteAheadFlowFileRepository",
                    "Initiating checkpoint of FlowFile Repository",
                )
                emit(
                    n,
                    t1 + secs(r, 0.005, 0.3),
                    "INFO",
                    "pool-10-thread-1",
                    "org.apache.nifi.controller.repository.WriteAheadFlowFileRepository",
                    "Successfully checkpointed FlowFile Repository with {} records in {} milliseconds",
                    r.randrange(0, 60000),
                    r.randrange(3, 400),
                )
            t += timedelta(minutes=2, milliseconds=r.randrange(0, 30))
        t = t0 + timedelta(minutes=r.uniform(3, 6))
        while t < end:
            if n == 0 or not pause[0] <= t < pause[1]:
                emit(
                    n,
                    t,
                    "INFO",
                    f"Timer-Driven Process Thread-{r.randrange(1, 11)}",
                    "org.apache.nifi.provenance.store.WriteAheadStorePartition",
                    "Successfully rolled over Event Writer for Provenance Event Store Partition[directory={}] due to {}. Event File was {} and contained {} events.",
                    "/opt/nifi/provenance_repository",
                    r.choice(["MAX_TIME_REACHED", "MAX_TIME_REACHED", "MAX_SIZE_REACHED"]),
                    f"{r.uniform(1, 100):.2f} MB",
                    r.randrange(400, 90000),
                )
            t += timedelta(minutes=r.uniform(4, 6))
        t = t0 + timedelta(seconds=50 + n * 3)
        while t < end:
            if n == 1 and pause[0] <= t < pause[1]:
                if t > pause[0] + timedelta(seconds=70):
                    emit(
                        1,
                        t,
                        "WARN",
                        "Heartbeat Monitor Thread-1",
                        "org.apache.nifi.controller.FlowController",
                        "Failed to send heartbeat due to: org.apache.nifi.cluster.protocol.ProtocolException: Failed to send message to Cluster Coordinator due to: java.net.SocketTimeoutException: Read timed out",
                    )
                t += timedelta(seconds=60, milliseconds=r.randrange(0, 20))
                continue
            td = r.randrange(0, 3)
            ts = f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)}"
            emit(
                n,
                t + timedelta(milliseconds=5 + td),
                "INFO",
                "Clustering Tasks Thread-2",
                "org.apache.nifi.controller.cluster.ClusterProtocolHeartbeater",
                "Heartbeat created at {} and sent to {} at {}; determining Cluster Coordinator took {} millis; DNS lookup for coordinator took {} millis; connecting to coordinator took {} millis; sending heartbeat took {} millis; receiving first byte from response took {} millis; receiving full response took {} millis; total time was {} millis",
                ts,
                "nifi-1.nifi.svc:11443",
                ts,
                td,
                0,
                r.randrange(0, 3),
                r.randrange(0, 2),
                r.randrange(1, 6),
                r.randrange(0, 2),
                5 + td,
            )
            if n == 0:
                emit(
                    0,
                    t + timedelta(seconds=r.uniform(3, 4)),
                    "INFO",
                    "Process Cluster Protocol Request-" + str(r.randrange(1, 10)),
                    "org.apache.nifi.cluster.coordination.heartbeat.AbstractHeartbeatMonitor",
                    "Finished processing {} heartbeats in {}",
                    1 if pause[0] <= t < pause[1] else 2,
                    f"{r.randrange(20000, 900000)} nanos",
                )
            t += timedelta(seconds=60, milliseconds=r.randrange(0, 20))

    # the second node paused: disconnected, then reconnected
    def status(state: str, uid: int, extra: str = "") -> str:
        return f"NodeConnectionStatus[nodeId={nodes[1]}, state={state}{extra}, updateId={uid}]"

    emit(
        0,
        pause[0] + timedelta(seconds=97),
        "INFO",
        "Heartbeat Monitor Thread-1",
        "org.apache.nifi.cluster.coordination.node.NodeClusterCoordinator",
        "Status of {} changed from {} to {}",
        nodes[1],
        status("CONNECTED", 14),
        status(
            "DISCONNECTED",
            15,
            ", Disconnect Code=Lack of Heartbeat, Disconnect Reason=Have not received a heartbeat from node in 97 seconds",
        ),
    )
    emit(
        0,
        pause[1] + secs(r, 1, 2),
        "INFO",
        "Process Cluster Protocol Request-4",
        "org.apache.nifi.cluster.coordination.node.NodeClusterCoordinator",
        "Status of {} changed from {} to {}",
        nodes[1],
        status(
            "DISCONNECTED",
            15,
            ", Disconnect Code=Lack of Heartbeat, Disconnect Reason=Have not received a heartbeat from node in 97 seconds",
        ),
        status("CONNECTING", 16),
    )
    emit(
        0,
        pause[1] + secs(r, 4, 6),
        "INFO",
        "Process Cluster Protocol Request-7",
        "org.apache.nifi.cluster.coordination.node.NodeClusterCoordinator",
        "Status of {} changed from {} to {}",
        nodes[1],
        status("CONNECTING", 16),
        status("CONNECTED", 17),
    )

    # the database restarted: PutSQL fails on both nodes
    db_down = (
        datetime(2024, 6, 4, 7, 12, 30, tzinfo=UTC),
        datetime(2024, 6, 4, 7, 19, 5, tzinfo=UTC),
    )
    for n in (0, 1):
        t = db_down[0] + secs(r, 0, 3)
        while t < db_down[1]:
            th = tdt()
            t1 = emit(
                n,
                t,
                "ERROR",
                th,
                pkg["PutSQL"] + ".PutSQL",
                "Failed to process session due to org.apache.nifi.processor.exception.ProcessException: java.sql.SQLException: Cannot create PoolableConnectionFactory (Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.)",
                "pg-orders:5432",
                ctx=comp("PutSQL"),
                stack=NF_PUTSQL_STACK,
            )
            emit(
                n,
                t1 + secs(r, 0.0005, 0.003),
                "WARN",
                th,
                pkg["PutSQL"] + ".PutSQL",
                "Processor Administratively Yielded for {} due to processing failure",
                "1 sec",
                ctx=comp("PutSQL"),
            )
            t += timedelta(seconds=r.uniform(6, 24))
    # the operator stops the SQL branch, then starts it again
    t = datetime(2024, 6, 4, 7, 21, 40, tzinfo=UTC)
    for n in (0, 1):
        for p in ("PutSQL", "MergeContent"):
            emit(
                n,
                t + secs(r, 0, 0.2),
                "INFO",
                f"NiFi Web Server-{r.randrange(20, 400)}",
                "org.apache.nifi.controller.scheduling.StandardProcessScheduler",
                "Stopping {}",
                comp(p),
            )
            emit(
                n,
                t + secs(r, 0.2, 0.5),
                "INFO",
                f"Timer-Driven Process Thread-{r.randrange(1, 11)}",
                "org.apache.nifi.controller.scheduling.TimerDrivenSchedulingAgent",
                "Stopped scheduling {} to run",
                comp(p),
            )
        t2 = t + timedelta(minutes=3, seconds=r.uniform(0, 20))
        emit(
            n,
            t2,
            "INFO",
            f"NiFi Web Server-{r.randrange(20, 400)}",
            "org.apache.nifi.controller.service.StandardControllerServiceNode",
            "Successfully enabled {}",
            f"StandardControllerServiceNode[service=DBCPConnectionPool[id={ctrl}], name=Postgres orders, active=true]",
        )
        for p in ("PutSQL", "MergeContent"):
            emit(
                n,
                t2 + secs(r, 0.5, 1),
                "INFO",
                f"NiFi Web Server-{r.randrange(20, 400)}",
                "org.apache.nifi.controller.scheduling.StandardProcessScheduler",
                "Starting {}",
                comp(p),
            )
            emit(
                n,
                t2 + secs(r, 1, 1.5),
                "INFO",
                f"Timer-Driven Process Thread-{r.randrange(1, 11)}",
                "org.apache.nifi.controller.scheduling.TimerDrivenSchedulingAgent",
                "Scheduled {} to run with {} threads",
                comp(p),
                2,
            )
    # malformed records, timeouts, duplicates
    for n in (0, 1):
        t = t0 + timedelta(minutes=3)
        while t < end:
            t += timedelta(seconds=r.expovariate(1 / 75))
            if n == 1 and pause[0] <= t < pause[1]:
                continue
            x = r.random()
            if x < 0.45:
                emit(
                    n,
                    t,
                    "ERROR",
                    tdt(),
                    pkg["ConvertRecord"] + ".ConvertRecord",
                    "Failed to process {}; will route to failure",
                    ff(r, f"orders-{r.randrange(10**6, 10**7)}.json"),
                    ctx=comp("ConvertRecord"),
                    stack=nf_convert_stack(r),
                )
            elif x < 0.75:
                emit(
                    n,
                    t,
                    "ERROR",
                    tdt(),
                    pkg["InvokeHTTP"] + ".InvokeHTTP",
                    "Request Processing failed: {}",
                    ff(r, f"orders-{r.randrange(10**6, 10**7)}.json"),
                    ctx=comp("InvokeHTTP"),
                    stack=NF_HTTP_STACK,
                )
            else:
                emit(
                    n,
                    t,
                    "WARN",
                    tdt(),
                    pkg["PutFile"] + ".PutFile",
                    "Penalizing {} and routing to failure as configured because file with the same name already exists",
                    ff(r, f"orders-{r.randrange(10**6, 10**6 + 400)}.json"),
                    ctx=comp("PutFile"),
                )
    # Kafka lost for a while
    kafka_down = (
        datetime(2024, 6, 4, 8, 31, 2, tzinfo=UTC),
        datetime(2024, 6, 4, 8, 36, 50, tzinfo=UTC),
    )
    for n in (0, 1):
        lc = f"[Consumer clientId=consumer-nifi-orders-{n + 3}, groupId=nifi-orders]"
        emit(
            n,
            kafka_down[0] + secs(r, 0, 1),
            "INFO",
            tdt(),
            "org.apache.kafka.clients.NetworkClient",
            "Bootstrap broker {} (id: {} rack: {}) disconnected",
            "kafka-0.kafka:9092",
            -1,
            "null",
            ctx=lc,
        )
        t = kafka_down[0] + secs(r, 1, 2)
        while t < kafka_down[1]:
            b = r.randrange(0, 3)
            emit(
                n,
                t,
                "WARN",
                tdt(),
                "org.apache.kafka.clients.NetworkClient",
                "Connection to node {} ({}) could not be established. Broker may not be available.",
                b,
                f"kafka-{b}.kafka/10.42.3.{11 + b}:9092",
                ctx=lc,
            )
            t += timedelta(seconds=r.uniform(0.8, 12))
    # queues swapping out behind the stopped SQL branch
    t = datetime(2024, 6, 4, 7, 13, 40, tzinfo=UTC)
    q = uuid4(r)
    while t < datetime(2024, 6, 4, 7, 24, 30, tzinfo=UTC):
        for n in (0, 1):
            emit(
                n,
                t + secs(r, 0, 5),
                "INFO",
                tdt(),
                "org.apache.nifi.controller.queue.SwappablePriorityQueue",
                "{} Successfully swapped out {} FlowFiles, {} bytes, to {}",
                f"FlowFile Queue[id={q}]",
                10000,
                r.randrange(8_000_000, 40_000_000),
                f"/opt/nifi/flowfile_repository/swap/{int(t.timestamp() * 1000)}-{q}-{uuid4(r)}.swap",
            )
        t += timedelta(seconds=r.uniform(20, 80))
    return [
        recs[0].into(Log("nifi-1-nifi-app.log", t0)),
        recs[1].into(Log("nifi-2-nifi-app.log", t0)),
    ]


# --------------------------------------------------------------------------------- harbor

HB_REPOS = [
    "library/nginx",
    "shop/checkout",
    "shop/catalog",
    "shop/payments",
    "platform/ingress-controller",
    "ci/builder",
    "data/etl-runner",
]
HB_UA = [
    "docker/24.0.7 go/go1.20.10 git-commit/311b9ff kernel/5.15.0-105-generic os/linux arch/amd64 UpstreamClient(Docker-Client/24.0.7 \\(linux\\))",
    "containerd/v1.7.13",
    "cri-o/1.28.4 go/go1.20.10 os/linux arch/amd64",
    "buildkit/v0.12",
]


def registry_route(uri: str) -> str:
    """A registry API request's route as the set labels one: the repository's name kept, the
    reference after `manifests/` or `blobs/` (a tag, a digest), any digest and an upload's id
    variables (`/v2/shop/payments/manifests/<*>`), and a query's keys with their values as
    variables."""
    path, _, query = uri.partition("?")
    parts = path.split("/")
    path = "/".join(
        "<*>"
        if part.startswith("sha256:")
        or (i and parts[i - 1] in ("manifests", "blobs", "uploads") and part not in ("", "uploads"))
        else part
        for i, part in enumerate(parts)
    )
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def harbor(r: random.Random) -> list[Log]:
    """A Harbor 2.10 registry over four hours, as its log container's rsyslog writes each
    component's lines: core starting, CI pulling and pushing through core into the registry
    (distribution's `response completed` lines and gorilla's access lines), the registry's
    basic-auth challenges, core's push notifications, a project's quota refusing pushes, failed
    logins from the UI and from docker clients, the database lost for a minute (core's 5xx
    error payloads), and jobservice's jobs: the nightly garbage collection, replications to a
    disaster-recovery registry (one failing on a blob), scans after pushes."""
    t0 = datetime(2024, 6, 4, 6, 0, 2, tzinfo=UTC)
    end = datetime(2024, 6, 4, 10, 0, tzinfo=UTC)
    clock = Clock(1)
    core, js, reg = Records(), Records(), Records()
    tags = {"core": 5731, "jobservice": 5731, "registry": 5731}

    def hb(
        rec: Records,
        comp: str,
        t: datetime,
        lvl: str,
        src: str,
        fmt: str,
        *vals,
        rid: str | None = None,
    ) -> datetime:
        text = fill(fmt, *vals)
        line = f"[{src}]" + (f'[requestID="{rid}"]' if rid else "") + ":"
        rec.add(
            t,
            [
                f"{t:%b} {t.day:2d} {t:%H:%M:%S} 172.18.0.1 {comp}[{tags[comp]}]: {t:%Y-%m-%dT%H:%M:%SZ} [{lvl}] {line} {text}"
            ],
            label(fmt),
        )
        return t

    def lq(v: str) -> str:
        return (
            v
            if all(c.isalnum() or c in "-._/@^+" for c in v)
            else '"' + v.replace('"', '\\"') + '"'
        )

    def lr(t: datetime, lvl: str, msg: str, fields: dict[str, object]) -> datetime:
        t = clock.at("registry", t)
        ns = f"{t.microsecond:06d}{r.randrange(0, 1000):03d}"
        parts = [f'time="{t:%Y-%m-%dT%H:%M:%S}.{ns}Z"', f"level={lvl}", f"msg={lq(msg)}"]
        parts += [f"{k}={lq(str(v))}" for k, v in sorted(fields.items())]
        reg.add(
            t,
            [
                f"{t:%b} {t.day:2d} {t:%H:%M:%S} 172.18.0.1 registry[{tags['registry']}]: "
                + " ".join(parts)
            ],
            msg,
        )
        return t

    def access(t: datetime, method: str, uri: str, status: int, size: int, ua: str) -> None:
        t = clock.at("registry", t)
        reg.add(
            t,
            [
                f'{t:%b} {t.day:2d} {t:%H:%M:%S} 172.18.0.1 registry[{tags["registry"]}]: 172.18.0.8 - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "{method} {uri} HTTP/1.1" {status} {size} "" "{ua}"'
            ],
            # Labelled by method, route and status, as the set's access records are (round
            # 54's rule: a tag, a digest or an id in the route is a variable).
            f'%s - %s [%s] "{method} {registry_route(uri)} %s" {status} %d "%s" "%s"',
        )

    # core and jobservice start
    t = t0
    t = hb(core, "core", t, "INFO", "/core/main.go:184", "initializing cache ...")
    t = hb(core, "core", t, "INFO", "/core/main.go:190", "initializing configurations...")
    t = hb(core, "core", t, "INFO", "/core/main.go:199", "configurations initialization completed")
    t = hb(
        core,
        "core",
        t + timedelta(seconds=1),
        "INFO",
        "/common/dao/base.go:67",
        "Registering database: type-%s host-%s port-%d database-%s sslmode-%q",
        "PostgreSQL",
        "postgresql",
        5432,
        "registry",
        "disable",
    )
    t = hb(core, "core", t, "INFO", "/common/dao/base.go:72", "Register database completed")
    t = hb(
        core,
        "core",
        t,
        "INFO",
        "/core/main.go:232",
        "Version: %s, Git commit: %s",
        "v2.10.2",
        "1b82a4b3",
    )
    t = hb(
        core,
        "core",
        t + timedelta(seconds=1),
        "INFO",
        "/core/main.go:290",
        "Because SYNC_REGISTRY set false , no need to sync registry ",
    )
    t = hb(core, "core", t, "INFO", "/core/main.go:297", "Init proxy")
    hb(
        js,
        "jobservice",
        t0 + timedelta(seconds=3),
        "INFO",
        "/jobservice/runtime/bootstrap.go:272",
        "Server is started at %s with %s",
        ":8080",
        "http",
    )
    hb(
        js,
        "jobservice",
        t0 + timedelta(seconds=3),
        "INFO",
        "/jobservice/worker/cworker/c_worker.go:140",
        "Basic worker is started",
    )

    rid = lambda: uuid4(r)  # noqa: E731
    db_down = (
        datetime(2024, 6, 4, 8, 14, 20, tzinfo=UTC),
        datetime(2024, 6, 4, 8, 15, 35, tzinfo=UTC),
    )
    quota_full = (datetime(2024, 6, 4, 7, 5, tzinfo=UTC), datetime(2024, 6, 4, 7, 48, tzinfo=UTC))

    def scan(t: datetime, repo: str, digest: str) -> None:
        jid = hexid(r, 24)
        hb(
            js,
            "jobservice",
            t,
            "INFO",
            "/jobservice/worker/cworker/c_worker.go:76",
            "Job incoming: %s",
            f'{{"name":"IMAGE_SCAN","id":"{jid}","t":{int(t.timestamp())},"args":null}}',
        )
        t += timedelta(seconds=1)
        hb(
            js,
            "jobservice",
            t,
            "INFO",
            "/pkg/scan/job.go:340",
            "Report mime types: %v",
            "[application/vnd.security.vulnerability.report; version=1.1]",
        )
        t += timedelta(seconds=r.randrange(4, 30))
        hb(
            js,
            "jobservice",
            t,
            "INFO",
            "/pkg/scan/job.go:383",
            "Get report for mime type: %s",
            "application/vnd.security.vulnerability.report; version=1.1",
        )
        hb(
            js,
            "jobservice",
            t,
            "INFO",
            "/pkg/scan/job.go:416",
            "Report with mime type %s is checked: %s",
            "application/vnd.security.vulnerability.report; version=1.1",
            f"{repo}@{digest}",
        )

    # CI traffic through core into the registry
    t = t0 + timedelta(seconds=20)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 19))
        if t >= end:
            break
        repo = r.choice(HB_REPOS)
        tag = f"{r.randrange(1, 4)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}"
        ua = r.choice(HB_UA)
        if r.random() < 0.07:
            lr(
                t,
                "warning",
                'error authorizing context: basic authentication challenge for realm "harbor-registry-basic-realm": invalid authorization credential',
                {
                    "go.version": "go1.21.8",
                    "http.request.host": "harbor.example.com",
                    "http.request.id": uuid4(r),
                    "http.request.method": "GET",
                    "http.request.remoteaddr": f"10.20.{r.randrange(1, 9)}.{r.randrange(2, 250)}",
                    "http.request.uri": "/v2/",
                    "http.request.useragent": ua,
                },
            )
            access(t, "GET", "/v2/", 401, 87, ua)
            continue
        push = r.random() < 0.18
        if push and quota_full[0] <= t < quota_full[1] and repo.startswith("shop/"):
            size = r.uniform(8, 90)
            hb(
                core,
                "core",
                t,
                "ERROR",
                "/server/middleware/quota/quota.go:306",
                "reserve resources %s for %s %s failed, error: Quota exceeded when processing the request of adding %s of storage resource, which when updated to current usage of %s will exceed the configured upper limit of %s.",
                f"storage: {int(size * 1048576)}",
                "project",
                "3",
                f"{size:.1f} MiB",
                f"{9.9 + size / 1024:.1f} GiB",
                "10.0 GiB",
                rid=rid(),
            )
            continue
        if db_down[0] <= t < db_down[1]:
            hb(
                core,
                "core",
                t,
                "ERROR",
                "/lib/http/error.go:59",
                '{"errors":[{"code":"UNKNOWN","message":"unknown: dial tcp %s: connect: connection refused"}]}',
                "172.18.0.5:5432",
                rid=rid(),
            )
            continue
        method = "PUT" if push else r.choice(["GET", "GET", "HEAD"])
        digest = "sha256:" + hexid(r, 64)
        if not push and r.random() < 0.06:
            tag = f"{tag}-rc{r.randrange(1, 4)}"
            lr(
                t,
                "error",
                "response completed with error",
                {
                    "err.code": "manifest unknown",
                    "err.detail": f"unknown tag={tag}",
                    "err.message": "manifest unknown",
                    "go.version": "go1.21.8",
                    "http.request.host": "harbor.example.com",
                    "http.request.id": uuid4(r),
                    "http.request.method": method,
                    "http.request.remoteaddr": f"10.20.{r.randrange(1, 9)}.{r.randrange(2, 250)}",
                    "http.request.uri": f"/v2/{repo}/manifests/{tag}",
                    "http.request.useragent": ua,
                    "http.response.contenttype": "application/json; charset=utf-8",
                    "http.response.duration": f"{r.uniform(2, 30):.6f}ms",
                    "http.response.status": 404,
                    "http.response.written": 96,
                    "vars.name": repo,
                    "vars.reference": tag,
                },
            )
            access(t, method, f"/v2/{repo}/manifests/{tag}", 404, 96, ua)
            continue
        written = r.randrange(500, 4000)
        lr(
            t,
            "info",
            "response completed",
            {
                "go.version": "go1.21.8",
                "http.request.host": "harbor.example.com",
                "http.request.id": uuid4(r),
                "http.request.method": method,
                "http.request.remoteaddr": f"10.20.{r.randrange(1, 9)}.{r.randrange(2, 250)}",
                "http.request.uri": f"/v2/{repo}/manifests/{tag}",
                "http.request.useragent": ua,
                "http.response.contenttype": "application/vnd.docker.distribution.manifest.v2+json",
                "http.response.duration": f"{r.uniform(3, 90):.6f}ms",
                "http.response.status": 201 if push else 200,
                "http.response.written": 0 if push else written,
                "vars.name": repo,
                "vars.reference": tag,
            },
        )
        access(
            t,
            method,
            f"/v2/{repo}/manifests/{tag}",
            201 if push else 200,
            0 if push else written,
            ua,
        )
        if push:
            tn = t + timedelta(seconds=1)
            for handler in ("ArtifactWebhook", "AuditLog", "ScanOnPush", "Replication"):
                hb(
                    core,
                    "core",
                    tn,
                    "INFO",
                    "/pkg/notifier/notifier.go:204",
                    "Handle notification with Handler '%s' on topic '%s': %+v",
                    handler,
                    "PUSH_ARTIFACT",
                    f"ID-{r.randrange(100, 9999)}, Repository-{repo} Tags-[{tag}] Digest-{digest} Operator-robot$ci-builder OccurAt-{tn:%Y-%m-%d %H:%M:%S}",
                )
            scan(t + timedelta(seconds=2), repo, digest)

    # failed logins
    t = t0 + timedelta(minutes=4)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 600))
        if r.random() < 0.5:
            hb(
                core,
                "core",
                t,
                "ERROR",
                "/core/controllers/base.go:109",
                "Error occurred in UserLogin: Failed to authenticate user, due to error 'Invalid credentials'",
                rid=rid(),
            )
        else:
            for k in range(r.randrange(1, 4)):
                hb(
                    core,
                    "core",
                    t + timedelta(seconds=k * 2),
                    "ERROR",
                    "/server/middleware/security/basic_auth.go:70",
                    "failed to authenticate user:%s, error:Failed to authenticate user, due to error 'Invalid credentials'",
                    r.choice(["ci-deployer", "jenkins", "admin", "m.weber"]),
                    rid=rid(),
                )

    # the nightly GC at 06:30
    t = datetime(2024, 6, 4, 6, 30, 0, tzinfo=UTC)
    gc_id = hexid(r, 24)
    src = "/jobservice/job/impl/gc/garbage_collection.go"
    hb(
        js,
        "jobservice",
        t,
        "INFO",
        "/jobservice/worker/cworker/c_worker.go:76",
        "Job incoming: %s",
        f'{{"name":"GARBAGE_COLLECTION","id":"{gc_id}","t":{int(t.timestamp())},"args":null}}',
    )
    t += timedelta(seconds=1)
    hb(js, "jobservice", t, "INFO", f"{src}:133", "start to run gc in job.")
    hb(
        js,
        "jobservice",
        t,
        "INFO",
        f"{src}:147",
        "gc job parameters: %+v",
        "map[delete_untagged:true dry_run:false redis_url_reg:redis://redis:6379/1?idle_timeout_seconds=30 time_window:2 workers:1]",
    )
    n_blobs, n_mf = r.randrange(60, 140), r.randrange(8, 20)
    t += timedelta(seconds=2)
    hb(
        js,
        "jobservice",
        t,
        "INFO",
        f"{src}:367",
        "%d blobs and %d manifests eligible for deletion",
        n_blobs,
        n_mf,
    )
    hb(
        js,
        "jobservice",
        t,
        "INFO",
        f"{src}:368",
        "The GC could free up %d MB space, the size is a rough estimate.",
        r.randrange(800, 6000),
    )
    for k in range(n_blobs + n_mf):
        t += timedelta(seconds=r.choice([0, 0, 1]))
        d = "sha256:" + hexid(r, 64)
        if k < n_mf:
            hb(
                js,
                "jobservice",
                t,
                "INFO",
                f"{src}:442",
                "delete the manifest with registry v2 API: %s, %s, %s",
                r.choice(HB_REPOS),
                "application/vnd.docker.distribution.manifest.v2+json",
                d,
            )
        hb(js, "jobservice", t, "INFO", f"{src}:482", "delete blob from storage: %s", d)
        hb(
            js,
            "jobservice",
            t,
            "INFO",
            f"{src}:500",
            "delete blob record from database: %d, %s",
            r.randrange(1000, 90000),
            d,
        )
    hb(
        js,
        "jobservice",
        t,
        "INFO",
        f"{src}:526",
        "%d blobs and %d manifests are actually deleted",
        n_blobs,
        n_mf,
    )
    hb(
        js,
        "jobservice",
        t,
        "INFO",
        f"{src}:527",
        "The GC job actual frees up %d MB space.",
        r.randrange(800, 6000),
    )
    hb(
        js,
        "jobservice",
        t + timedelta(seconds=1),
        "INFO",
        f"{src}:164",
        "success to run gc in job.",
    )

    # replications to the DR registry every half hour
    t = datetime(2024, 6, 4, 6, 15, 0, tzinfo=UTC)
    tr = "/pkg/reg/transfer/image/transfer.go"
    while t < end - timedelta(minutes=10):
        jid = hexid(r, 24)
        hb(
            js,
            "jobservice",
            t,
            "INFO",
            "/jobservice/worker/cworker/c_worker.go:76",
            "Job incoming: %s",
            f'{{"name":"REPLICATION","id":"{jid}","t":{int(t.timestamp())},"args":null}}',
        )
        tt = t + timedelta(seconds=1)
        hb(
            js,
            "jobservice",
            tt,
            "INFO",
            "/pkg/reg/transfer/image/transfer.go:88",
            "client for source registry [type: %s, URL: %s, insecure: %v] created",
            "harbor",
            "http://core:8080",
            "true",
        )
        hb(
            js,
            "jobservice",
            tt,
            "INFO",
            "/pkg/reg/transfer/image/transfer.go:98",
            "client for destination registry [type: %s, URL: %s, insecure: %v] created",
            "harbor",
            "https://harbor-dr.example.net",
            "false",
        )
        repo = r.choice(HB_REPOS)
        tag = f"{r.randrange(1, 4)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}"
        hb(
            js,
            "jobservice",
            tt,
            "INFO",
            f"{tr}:130",
            "copying %s:[%s](source registry) to %s:[%s](destination registry)...",
            repo,
            tag,
            repo,
            tag,
        )
        hb(
            js,
            "jobservice",
            tt,
            "INFO",
            f"{tr}:302",
            "pulling the manifest of artifact %s:%s ...",
            repo,
            tag,
        )
        hb(
            js,
            "jobservice",
            tt,
            "INFO",
            f"{tr}:308",
            "the manifest of artifact %s:%s pulled",
            repo,
            tag,
        )
        nb = r.randrange(3, 9)
        fail = r.random() < 0.15
        for b in range(1, nb + 1):
            d = "sha256:" + hexid(r, 64)
            if r.random() < 0.5:
                hb(
                    js,
                    "jobservice",
                    tt,
                    "INFO",
                    f"{tr}:338",
                    "the blob %s(the %d/%d) already exists on the destination registry, skip",
                    d,
                    b,
                    nb,
                )
                continue
            hb(
                js,
                "jobservice",
                tt,
                "INFO",
                f"{tr}:346",
                "copying the blob %s(the %d/%d)...",
                d,
                b,
                nb,
            )
            tt += timedelta(seconds=r.randrange(0, 12))
            if fail and b == nb:
                err = f'Put "https://harbor-dr.example.net/v2/{repo}/blobs/uploads/{uuid4(r)}?digest={d}": net/http: TLS handshake timeout'
                hb(
                    js,
                    "jobservice",
                    tt,
                    "ERROR",
                    f"{tr}:412",
                    "failed to pushing the blob %s(the %d/%d): %v",
                    d,
                    b,
                    nb,
                    err,
                )
                hb(
                    js,
                    "jobservice",
                    tt,
                    "ERROR",
                    "/jobservice/runner/redis.go:123",
                    "Job '%s:%s' exit with error: %s",
                    "REPLICATION",
                    jid,
                    "run error: " + err,
                )
                break
            hb(
                js,
                "jobservice",
                tt,
                "INFO",
                f"{tr}:356",
                "copy the blob %s(the %d/%d) completed",
                d,
                b,
                nb,
            )
        else:
            hb(
                js,
                "jobservice",
                tt,
                "INFO",
                f"{tr}:317",
                "pushing the manifest of artifact %s:%s ...",
                repo,
                tag,
            )
            hb(
                js,
                "jobservice",
                tt,
                "INFO",
                f"{tr}:324",
                "the manifest of artifact %s:%s pushed",
                repo,
                tag,
            )
            hb(
                js,
                "jobservice",
                tt,
                "INFO",
                f"{tr}:146",
                "copy %s:[%s](source registry) to %s:[%s](destination registry) completed",
                repo,
                tag,
                repo,
                tag,
            )
        t += timedelta(minutes=30, seconds=r.randrange(0, 3))
    return [
        core.into(Log("core.log", t0)),
        js.into(Log("jobservice.log", t0)),
        reg.into(Log("registry.log", t0)),
    ]


# --------------------------------------------------------------------------------- zulip

ZU_PY = "/srv/zulip-py3-venv/lib/python3.11/site-packages"
ZU_SRV = "/home/zulip/deployments/2024-05-20-17-02-11"
ZU_ACCESS = "%-15s %-7s %3d %5s%s%s%s%s%s %s%s (%s via %s)"
ZU_ACCESS_V = "%-15s %-7s %3d %5s%s%s%s%s%s %s%s (%s via %s/%s)"


class ZuRepr(str):
    """A value `%r` prints as its text (a dict's repr, written here already)."""

    def __repr__(self) -> str:
        return str(self)


def zu_td(s: float) -> str:
    """Zulip's format_timedelta."""
    return f"{s:.1f}s" if s >= 1 else f"{s * 1000:.0f}ms"


def zulip(r: random.Random) -> list[Log]:
    """A Zulip 8.4 server of a 300-person company over five hours: its request log (Django's
    and Tornado's requests: events long-polls, messages sent, presence, flags, uploads, the
    mobile and desktop apps, a GitHub integration), `status=` lines after 4xx replies, a bot
    rate-limited, authentication attempts, mobile push notifications, Tornado's event queue
    garbage collection, slow requests (also in slow_queries.log), the SMTP relay refusing
    then dropping connections (send_email's errors and the email worker giving up, each with
    its traceback and stack), and PostgreSQL restarted (Django's `Internal Server Error` with
    the psycopg2 traceback, 500s); warnings and errors are written to errors.log too."""
    t0 = datetime(2024, 6, 4, 6, 0, 1, 0, tzinfo=UTC)
    end = datetime(2024, 6, 4, 11, 0, tzinfo=UTC)
    clock = Clock(1000)
    server, errors, slow, hooks = Records(), Records(), Records(), Records()
    users = [f"{n}@acme" for n in r.sample(range(8, 340), 60)]
    ips = {u: f"10.{r.randrange(1, 4)}.{r.randrange(0, 255)}.{r.randrange(2, 250)}" for u in users}
    lvl_ab = {"INFO": "INFO", "WARNING": "WARN", "ERROR": "ERR"}

    def emit(
        proc: str,
        t: datetime,
        lvl: str,
        origin: str,
        fmt: str,
        *vals,
        stack: list[str] | None = None,
        files: tuple[Records, ...] = (),
    ) -> datetime:
        t = clock.at(proc, t)
        text = fill(fmt, *vals)
        first, *more = text.split("\n")
        lines = (
            [f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)} {lvl_ab[lvl]:<4} [{origin}] {first}"]
            + more
            + (stack or [])
        )
        for rec in files or ((server, errors) if lvl != "INFO" else (server,)):
            rec.add(t, lines, label(fmt))
        return t

    def request(
        t: datetime,
        method: str,
        status: int,
        dt: float,
        path: str,
        who: str,
        client: str,
        ip: str,
        *,
        lp: float | None = None,
        db: tuple[float, int] | None = None,
        mem: tuple[float, int] | None = None,
        md: tuple[float, int] | None = None,
        start: float | None = None,
        tornado: bool = False,
    ) -> datetime:
        name, _, ver = client.partition("/")
        vals = [
            ip,
            method,
            status,
            zu_td(dt),
            f" (lp: {zu_td(lp)})" if lp is not None else "",
            f" (mem: {zu_td(mem[0])}/{mem[1]})" if mem else "",
            f" (md: {zu_td(md[0])}/{md[1]})" if md else "",
            f" (db: {zu_td(db[0])}/{db[1]}q)" if db else "",
            f" (+start: {zu_td(start)})" if start else "",
            path,
            "",
            who,
            name,
        ]
        fmt = ZU_ACCESS
        if ver:
            vals.append(ver)
            fmt = ZU_ACCESS_V
        proc = "tornado" if tornado else "django"
        t = emit(proc, t, "INFO", "zr:9800" if tornado else "zr", fmt, *vals)
        if dt >= 1.2 and not tornado:
            emit("django-slow", t, "INFO", "zulip.slow_queries", fmt, *vals, files=(slow,))
        return t

    def status_line(t: datetime, status: int, data: str, who: str) -> None:
        emit(
            "django",
            t + timedelta(milliseconds=1),
            "INFO",
            "zr",
            "status=%3d, data=%s, uid=%s",
            status,
            data,
            who,
        )

    smtp_bad = (datetime(2024, 6, 4, 9, 5, tzinfo=UTC), datetime(2024, 6, 4, 9, 38, tzinfo=UTC))
    db_down = (
        datetime(2024, 6, 4, 7, 44, 10, tzinfo=UTC),
        datetime(2024, 6, 4, 7, 44, 52, tzinfo=UTC),
    )
    clients = ["website"] * 6 + [
        "ZulipMobile/27.224",
        "ZulipMobile/27.224",
        "ZulipElectron/5.11.1",
        "ZulipFlutter/0.0.16",
    ]
    uc = {u: r.choice(clients) for u in users}

    t = t0 + timedelta(seconds=10)
    while t < end:
        busy = 1.0 if t.hour in (6, 10) else 2.2
        t += timedelta(seconds=r.expovariate(busy / 16))
        if t >= end:
            break
        u = r.choice(users)
        cl = uc[u]
        ip = ips[u]
        if db_down[0] <= t < db_down[1]:
            if r.random() < 0.5:
                path = r.choice(
                    ["/json/messages", "/json/users/me/presence", "/json/messages/flags"]
                )
                te = emit(
                    "django",
                    t,
                    "ERROR",
                    "django.request",
                    "Internal Server Error: %s",
                    path,
                    stack=[
                        "Traceback (most recent call last):",
                        *pyframes(
                            (
                                f"{ZU_PY}/django/db/backends/base/base.py",
                                289,
                                "ensure_connection",
                                "self.connect()",
                            ),
                            (
                                f"{ZU_PY}/django/utils/asyncio.py",
                                26,
                                "inner",
                                "return func(*args, **kwargs)",
                            ),
                            (
                                f"{ZU_PY}/django/db/backends/base/base.py",
                                270,
                                "connect",
                                "self.connection = self.get_new_connection(conn_params)",
                            ),
                            (
                                f"{ZU_PY}/django/db/backends/postgresql/base.py",
                                275,
                                "get_new_connection",
                                "connection = self.Database.connect(**conn_params)",
                            ),
                            (
                                f"{ZU_PY}/psycopg2/__init__.py",
                                122,
                                "connect",
                                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                            ),
                        ),
                        'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused',
                        "\tIs the server running on that host and accepting TCP/IP connections?",
                        "",
                        "",
                        "The above exception was the direct cause of the following exception:",
                        "",
                        "Traceback (most recent call last):",
                        *pyframes(
                            (
                                f"{ZU_PY}/django/core/handlers/exception.py",
                                55,
                                "inner",
                                "response = get_response(request)",
                            ),
                            (
                                f"{ZU_SRV}/zerver/middleware.py",
                                453,
                                "__call__",
                                "response = self.get_response(request)",
                            ),
                            (
                                f"{ZU_SRV}/zerver/lib/request.py",
                                402,
                                "_wrapped_view_func",
                                "return view_func(request, *args, **kwargs)",
                            ),
                            (
                                f"{ZU_PY}/django/db/backends/base/base.py",
                                289,
                                "ensure_connection",
                                "self.connect()",
                            ),
                        ),
                        'django.db.utils.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused',
                        "\tIs the server running on that host and accepting TCP/IP connections?",
                    ],
                )
                request(
                    te + timedelta(milliseconds=2),
                    "POST",
                    500,
                    r.uniform(0.004, 0.02),
                    path,
                    u,
                    cl,
                    ip,
                )
            continue
        x = r.random()
        if x < 0.42:
            lp = r.uniform(0.2, 50) if r.random() < 0.85 else None
            request(
                t,
                "GET",
                200,
                r.uniform(0.001, 0.009),
                "/json/events" if "Mobile" not in cl and "Flutter" not in cl else "/api/v1/events",
                u,
                cl,
                ip,
                lp=lp,
                tornado=True,
            )
        elif x < 0.62:
            request(
                t,
                "POST",
                200,
                r.uniform(0.01, 0.09),
                "/json/users/me/presence",
                u,
                cl,
                ip,
                db=(r.uniform(0.002, 0.02), r.randrange(3, 9)),
            )
        elif x < 0.77:
            dt = r.uniform(0.04, 0.4) if r.random() < 0.97 else r.uniform(1.3, 6)
            request(
                t,
                "POST",
                200,
                dt,
                "/json/messages",
                u,
                cl,
                ip,
                db=(dt * 0.4, r.randrange(12, 40)),
                md=(dt * 0.3, 1) if dt * 0.3 > 0.005 else None,
                mem=(r.uniform(0.006, 0.03), r.randrange(4, 20)) if r.random() < 0.5 else None,
            )
        elif x < 0.86:
            request(
                t,
                "POST",
                200,
                r.uniform(0.01, 0.08),
                "/json/messages/flags",
                u,
                cl,
                ip,
                db=(r.uniform(0.003, 0.03), r.randrange(3, 8)),
            )
        elif x < 0.90:
            dt = r.uniform(0.08, 0.6) if r.random() < 0.9 else r.uniform(1.3, 4)
            request(
                t, "GET", 200, dt, "/json/messages", u, cl, ip, db=(dt * 0.6, r.randrange(4, 12))
            )
        elif x < 0.93:
            request(
                t,
                "POST",
                200,
                r.uniform(0.1, 2.5),
                "/json/user_uploads",
                u,
                cl,
                ip,
                db=(r.uniform(0.002, 0.01), r.randrange(2, 5)),
            )
        elif x < 0.96:
            te = request(
                t,
                "POST",
                400,
                r.uniform(0.005, 0.03),
                "/json/messages",
                u,
                cl,
                ip,
                db=(r.uniform(0.002, 0.01), r.randrange(2, 6)),
            )
            msg = r.choice(
                [
                    'b\'{"result":"error","msg":"Channel \\\\\'deploy\\\\\' does not exist","stream":"deploy","code":"STREAM_DOES_NOT_EXIST"}\'',
                    'b\'{"result":"error","msg":"Message must not be empty","code":"BAD_REQUEST"}\'',
                    'b\'{"result":"error","msg":"Topic length is too long","code":"BAD_REQUEST"}\'',
                ]
            )
            status_line(te, 400, msg, u)
        elif x < 0.975:
            request(
                t,
                "GET",
                200,
                r.uniform(0.05, 0.3),
                "/",
                u,
                "website",
                ip,
                db=(r.uniform(0.01, 0.05), r.randrange(20, 60)),
                start=r.uniform(0.006, 0.02) if r.random() < 0.3 else None,
            )
        elif x < 0.99:
            request(
                t,
                "GET",
                302,
                r.uniform(0.002, 0.01),
                "/",
                "unauth@acme",
                "website",
                f"198.51.100.{r.randrange(2, 250)}",
            )
        else:
            request(
                t,
                "GET",
                404,
                r.uniform(0.003, 0.01),
                r.choice(["/wp-login.php", "/.env", "/api/v1/server_settings2"]),
                "unauth@acme",
                "website",
                f"203.0.113.{r.randrange(2, 250)}",
            )

    # a GitHub integration and a bot rate-limited
    t = t0 + timedelta(minutes=2)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 150))
        request(
            t,
            "POST",
            200,
            r.uniform(0.05, 0.3),
            "/api/v1/external/github",
            "12@acme",
            "ZulipGitHubWebhook",
            f"140.82.115.{r.randrange(2, 250)}",
            db=(r.uniform(0.01, 0.05), r.randrange(10, 30)),
        )
    for burst in (
        datetime(2024, 6, 4, 8, 2, 11, tzinfo=UTC),
        datetime(2024, 6, 4, 10, 17, 40, tzinfo=UTC),
    ):
        t = burst
        for _ in range(r.randrange(20, 45)):
            te = request(
                t,
                "POST",
                429,
                r.uniform(0.002, 0.008),
                "/api/v1/messages",
                "231@acme",
                "ZulipPython/0.9.0",
                "10.3.14.7",
            )
            status_line(
                te,
                429,
                f'b\'{{"result":"error","msg":"API usage exceeded rate limit","retry-after":{r.uniform(0.1, 3):.2f},"code":"RATE_LIMIT_HIT"}}\'',
                "231@acme",
            )
            t += timedelta(seconds=r.uniform(0.2, 2))
    # logins
    t = t0 + timedelta(minutes=1)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 180))
        u = r.choice(users)
        ok = r.random() < 0.8
        emit(
            "django",
            t,
            "INFO",
            "zulip.auth.email",
            "Authentication attempt from %s: subdomain=%s;username=%s;outcome=%s",
            ips[u],
            "acme",
            f"user{u.split('@')[0]}@acme.example.com",
            "success" if ok else "failed",
        )
    # push notifications (a worker process)
    t = t0 + timedelta(minutes=1)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 150))
        emit(
            "push",
            t,
            "INFO",
            "zerver.lib.push_notifications",
            "Sending mobile push notifications for local user %s: %s via FCM devices, %s via APNs devices",
            r.randrange(8, 340),
            r.randrange(0, 3),
            r.randrange(0, 3),
        )
    # Tornado's queue GC every ten minutes
    t = t0 + timedelta(minutes=10)
    hid = 100
    while t < end:
        hid += r.randrange(40, 400)
        emit(
            "tornado",
            t,
            "INFO",
            ":9800",
            "Tornado %d removed %d expired event queues owned by %d users in %.3fs.  Now %d active queues, %s",
            9800,
            r.randrange(0, 12),
            r.randrange(0, 9),
            r.uniform(0, 0.01),
            r.randrange(140, 420),
            f"{r.randrange(80, 300)} handlers, latest ID {hid}",
        )
        t += timedelta(minutes=10, milliseconds=r.randrange(0, 50))
    # email failures
    t = smtp_bad[0]
    stack_tail = [
        "Stack (most recent call last):",
        *pyframes(
            (
                "/home/zulip/deployments/current/manage.py",
                150,
                "<module>",
                "execute_from_command_line(sys.argv)",
            ),
            (
                f"{ZU_SRV}/zerver/management/commands/process_queue.py",
                104,
                "handle",
                "worker.start()",
            ),
            (f"{ZU_SRV}/zerver/worker/base.py", 242, "start", "self.q.start_json_consumer("),
            (f"{ZU_SRV}/zerver/worker/email_senders_base.py", 43, "wrapper", "func(worker, data)"),
            (
                f"{ZU_SRV}/zerver/worker/deferred_email_senders.py",
                47,
                "consume",
                "send_email(**data, connection=self.connection)",
            ),
            (f"{ZU_SRV}/zerver/lib/send_email.py", 279, "send_email", "logger.exception("),
        ),
    ]
    while t < smtp_bad[1]:
        t += timedelta(seconds=r.expovariate(1 / 60))
        u = r.choice(users)
        to = f"['user{u.split('@')[0]}@acme.example.com']"
        tmpl = r.choice(
            [
                "zerver/emails/missed_message",
                "zerver/emails/missed_message",
                "zerver/emails/digest",
                "zerver/emails/password_reset",
            ]
        )
        if t < smtp_bad[0] + timedelta(minutes=14):
            tb = [
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        f"{ZU_SRV}/zerver/lib/send_email.py",
                        268,
                        "send_email",
                        "if mail.send() == 0:",
                    ),
                    (
                        f"{ZU_PY}/django/core/mail/message.py",
                        298,
                        "send",
                        "return self.get_connection(fail_silently).send_messages([self])",
                    ),
                    (
                        f"{ZU_PY}/django/core/mail/backends/smtp.py",
                        131,
                        "send_messages",
                        "sent = self._send(message)",
                    ),
                    (
                        f"{ZU_PY}/django/core/mail/backends/smtp.py",
                        149,
                        "_send",
                        "self.connection.sendmail(",
                    ),
                    (
                        "/usr/lib/python3.11/smtplib.py",
                        887,
                        "sendmail",
                        "raise SMTPSenderRefused(code, resp, from_addr)",
                    ),
                ),
                "smtplib.SMTPSenderRefused: (451, b'4.3.0 Temporary system failure. Please try again later.', 'noreply@acme.example.com')",
            ]
            emit(
                "email",
                t,
                "ERROR",
                "zulip.send_email",
                "Error sending %s email to %s with error code %s: %s",
                tmpl,
                to,
                451,
                "b'4.3.0 Temporary system failure. Please try again later.'",
                stack=tb + stack_tail,
            )
        else:
            tb = [
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        f"{ZU_SRV}/zerver/lib/send_email.py",
                        268,
                        "send_email",
                        "if mail.send() == 0:",
                    ),
                    (
                        f"{ZU_PY}/django/core/mail/message.py",
                        298,
                        "send",
                        "return self.get_connection(fail_silently).send_messages([self])",
                    ),
                    (
                        f"{ZU_PY}/django/core/mail/backends/smtp.py",
                        124,
                        "send_messages",
                        "new_conn_created = self.open()",
                    ),
                    (
                        f"{ZU_PY}/django/core/mail/backends/smtp.py",
                        87,
                        "open",
                        "self.connection = self.connection_class(",
                    ),
                    (
                        "/usr/lib/python3.11/smtplib.py",
                        341,
                        "connect",
                        "(code, msg) = self.getreply()",
                    ),
                    (
                        "/usr/lib/python3.11/smtplib.py",
                        405,
                        "getreply",
                        'raise SMTPServerDisconnected("Connection unexpectedly closed")',
                    ),
                ),
                "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
            ]
            te = emit(
                "email",
                t,
                "ERROR",
                "zulip.send_email",
                "Error sending %s email to %s: %s",
                tmpl,
                to,
                "Connection unexpectedly closed",
                stack=tb + stack_tail,
            )
            if r.random() < 0.4:
                emit(
                    "email",
                    te + secs(r, 0.002, 0.02),
                    "ERROR",
                    "",
                    "Event %r failed due to exception %s",
                    ZuRepr(
                        f"{{'template_prefix': '{tmpl}', 'to_user_ids': [{u.split('@')[0]}], 'from_name': 'Acme Zulip', 'from_address': 'noreply@acme.example.com', 'language': 'en', 'context': {{...}}, 'failed_tries': 4}}"
                    ),
                    "EmailNotDeliveredError",
                    stack=[
                        "Traceback (most recent call last):",
                        *pyframes(
                            (
                                f"{ZU_SRV}/zerver/worker/email_senders_base.py",
                                43,
                                "wrapper",
                                "func(worker, data)",
                            ),
                            (
                                f"{ZU_SRV}/zerver/worker/deferred_email_senders.py",
                                47,
                                "consume",
                                "send_email(**data, connection=self.connection)",
                            ),
                            (
                                f"{ZU_SRV}/zerver/lib/send_email.py",
                                287,
                                "send_email",
                                "raise EmailNotDeliveredError",
                            ),
                        ),
                        "zerver.lib.send_email.EmailNotDeliveredError",
                        *stack_tail[:-2],
                    ],
                )
    # deploys: Tornado dumps its queues and loads them again
    for td in (
        datetime(2024, 6, 4, 7, 58, 3, tzinfo=UTC),
        datetime(2024, 6, 4, 10, 31, 47, tzinfo=UTC),
    ):
        nq = r.randrange(150, 400)
        te = emit(
            "tornado",
            td,
            "INFO",
            ":9800",
            "Tornado %d dumped %d event queues in %.3fs",
            9800,
            nq,
            r.uniform(0.01, 0.08),
        )
        emit(
            "tornado2",
            te + secs(r, 6, 14),
            "INFO",
            ":9800",
            "Tornado loaded %d event queues in %.3fs",
            nq,
            r.uniform(0.01, 0.08),
        )
    # RabbitMQ restarted with the deploy
    for _k in range(r.randrange(3, 7)):
        emit(
            "django",
            datetime(2024, 6, 4, 7, 58, 9, tzinfo=UTC) + secs(r, 0, 6),
            "WARNING",
            "zulip.queue",
            "Failed to send to rabbitmq, trying to reconnect and send again",
        )
    # CSRF failures
    t = t0 + timedelta(minutes=7)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 1500))
        reason = r.choice(
            [
                "CSRF cookie not set.",
                "CSRF token missing.",
                "CSRF token from the 'X-Csrftoken' HTTP header incorrect.",
            ]
        )
        path = r.choice(["/json/messages", "/accounts/login/", "/json/users/me/presence"])
        te = emit(
            "django", t, "WARNING", "django.security.csrf", "Forbidden (" + reason + "): %s", path
        )
        request(
            te + timedelta(milliseconds=1),
            "POST",
            403,
            r.uniform(0.002, 0.01),
            path,
            "unauth@acme",
            "website",
            f"10.{r.randrange(1, 4)}.{r.randrange(0, 255)}.{r.randrange(2, 250)}",
        )
    # the digest worker at 08:00 and soft deactivation at 09:00
    t = datetime(2024, 6, 4, 8, 0, 4, tzinfo=UTC)
    for _ in range(r.randrange(12, 30)):
        t += secs(r, 0.02, 2)
        emit(
            "digest",
            t,
            "INFO",
            "",
            "Received digest event: %s",
            ZuRepr(
                f"{{'user_ids': {sorted(r.sample(range(8, 340), r.randrange(1, 6)))}, 'cutoff': {int(t.timestamp()) - 86400 * 7}.0}}"
            ),
        )
    t = datetime(2024, 6, 4, 9, 0, 2, tzinfo=UTC)
    for _ in range(3):
        for _ in range(r.randrange(3, 12)):
            t += secs(r, 0.01, 0.4)
            emit(
                "cron",
                t,
                "INFO",
                "zulip.soft_deactivation",
                "Soft deactivated user %s",
                r.randrange(8, 340),
            )
        t += secs(r, 0.01, 0.2)
        emit(
            "cron",
            t,
            "INFO",
            "zulip.soft_deactivation",
            "Soft-deactivated batch of %s users; %s remain to process",
            100,
            r.randrange(0, 300),
        )
    # GitHub events the integration does not support (their own log, the request's details after)
    t = t0 + timedelta(minutes=9)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 900))
        ev = r.choice(["workflow_job", "check_suite", "deployment_status", "merge_group"])
        te = clock.at("django", t)
        payload = f'{{\n  "action": "{r.choice(["completed", "requested", "created"])}",\n  "repository": {{\n    "full_name": "acme/shop"\n  }}\n}}'
        text = (
            f"The '{ev}' event isn't currently supported by the GitHub webhook; ignoring\nuser: zulip-github-bot@acme.example.com (acme)\nclient: ZulipGitHubWebhook\nurl: /api/v1/external/github\ncontent_type: application/json\ncustom_headers:\nX-Github-Event: {ev}\nX-Github-Delivery: {uuid4(r)}\nX-Github-Hook-Id: 438812201\n\npayload:\n"
            + payload.replace("\\n", "\n")
        )
        first, *more = text.split("\n")
        hooks.add(
            te,
            [
                f"{te:%Y-%m-%d %H:%M:%S}.{ms3(te)} WARN [zulip.zerver.webhooks.unsupported] {first}",
                *more,
            ],
            "The '%s' event isn't currently supported by the %s webhook; ignoring",
        )
    return [
        server.into(Log("server.log", t0)),
        errors.into(Log("errors.log", t0)),
        slow.into(Log("slow_queries.log", t0)),
        hooks.into(Log("webhooks_unsupported_events.log", t0)),
    ]


# --------------------------------------------------------------------------------- nginx-unit

UN_PY = "/srv/shop/venv/lib/python3.11/site-packages"


def nginx_unit(r: random.Random) -> list[Log]:
    """NGINX Unit 1.32 serving a Django shop (a Python 3.11 WSGI application with up to eight
    processes and idle timeouts) and a small ASGI API over six hours: Unit starting (discovery
    and its language modules, controller, router, OpenSSL), the applications' prototypes and
    processes starting and exiting after their idle timeout, configuration updates restarting
    the shop, a deploy whose module fails to import (its traceback, the process exiting with
    code 1) and the fix, processes killed by the OOM killer and one segfault (`[alert]`),
    requests failing with `Python failed to call the application` and the app's traceback,
    the router's connection resets, and the application's own stderr in the same file: Python
    logging's default `LEVEL:logger:msg`, bare prints and a DeprecationWarning."""
    t0 = datetime(2024, 6, 4, 6, 0, 2, tzinfo=UTC)
    end = datetime(2024, 6, 4, 12, 0, tzinfo=UTC)
    recs = Records()
    main, disc, ctl, rtr = 2104, 2106, 2110, 2111
    nextpid = [2130]

    def newpid() -> int:
        nextpid[0] += r.randrange(1, 6)
        return nextpid[0]

    def emit(
        t: datetime,
        lvl: str,
        pid: int,
        fmt: str,
        text: str,
        tid: int | None = None,
        ctx: str = "",
        more: list[str] | None = None,
    ) -> None:
        recs.add(
            t, [f"{t:%Y/%m/%d %H:%M:%S} [{lvl}] {pid}#{tid or pid} {ctx}{text}"] + (more or []), fmt
        )

    def raw(t: datetime, fmt: str, text: str, more: list[str] | None = None) -> None:
        recs.add(t, [text] + (more or []), fmt)

    apps = {"shop": [], "api": []}  # live processes
    proto = {"shop": 0, "api": 0}

    def start_app(t: datetime, name: str) -> datetime:
        p = newpid()
        emit(t, "info", p, '"%V" application started', f'"{name}" application started')
        apps[name].append(p)
        return t

    def start_proto(t: datetime, name: str, n: int) -> datetime:
        proto[name] = newpid()
        emit(t, "info", proto[name], '"%V" prototype started', f'"{name}" prototype started')
        for _ in range(n):
            t += timedelta(seconds=r.choice([0, 0, 1]))
            start_app(t, name)
        return t

    def exit_app(t: datetime, name: str, p: int, code: int) -> None:
        emit(
            t,
            "notice",
            proto[name],
            "app process %PI exited with code %d",
            f"app process {p} exited with code {code}",
        )
        if p in apps[name]:
            apps[name].remove(p)

    # start-up
    t = t0
    emit(t, "info", main, 'unit " NXT_VERSION " started', "unit 1.32.1 started")
    emit(t, "info", disc, "discovery started", "discovery started")
    emit(
        t,
        "notice",
        disc,
        'module: %V %s "%s"',
        'module: python 3.11.2 "/usr/lib/unit/modules/python3.11.unit.so"',
    )
    emit(
        t,
        "notice",
        disc,
        'module: %V %s "%s"',
        'module: wasm 0.1 "/usr/lib/unit/modules/wasm.unit.so"',
    )
    emit(t, "notice", main, "process %PI exited with code %d", f"process {disc} exited with code 0")
    emit(t, "info", ctl, "controller started", "controller started")
    emit(t, "info", rtr, "router started", "router started")
    emit(t, "info", rtr, "%s, %xl", "OpenSSL 3.0.11 19 Sep 2023, 300000b0")
    t += timedelta(seconds=1)
    start_proto(t, "shop", 2)
    start_proto(t, "api", 1)

    # app traffic: spare processes coming and going
    import_fail = (
        datetime(2024, 6, 4, 9, 12, 4, tzinfo=UTC),
        datetime(2024, 6, 4, 9, 19, 50, tzinfo=UTC),
    )
    t = t0 + timedelta(minutes=1)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 40))
        if import_fail[0] <= t < import_fail[1] + timedelta(seconds=5):
            continue
        name = "shop" if r.random() < 0.8 else "api"
        if len(apps[name]) < (8 if name == "shop" else 3) and r.random() < 0.5:
            start_app(t, name)
        elif len(apps[name]) > (2 if name == "shop" else 1):
            exit_app(t, name, r.choice(apps[name]), 0)

    # the app failing on requests: the libunit line, then the app's traceback
    def tb_inventory(sku: str) -> list[str]:
        return [
            "Traceback (most recent call last):",
            *pyframes(
                (
                    f"{UN_PY}/django/core/handlers/wsgi.py",
                    124,
                    "__call__",
                    "response = self.get_response(request)",
                ),
                (
                    f"{UN_PY}/django/core/handlers/base.py",
                    140,
                    "get_response",
                    "response = self._middleware_chain(request)",
                ),
                (
                    f"{UN_PY}/django/core/handlers/exception.py",
                    57,
                    "inner",
                    "response = response_for_exception(request, exc)",
                ),
                (
                    f"{UN_PY}/django/core/handlers/exception.py",
                    140,
                    "response_for_exception",
                    "response = handle_uncaught_exception(",
                ),
                (
                    f"{UN_PY}/django/core/handlers/exception.py",
                    181,
                    "handle_uncaught_exception",
                    "return callback(request)",
                ),
                (
                    "/srv/shop/shop/views/errors.py",
                    22,
                    "server_error",
                    'return render(request, "500.html", {"sku": request.resolver_match.kwargs["sku"]})',
                ),
            ),
            "AttributeError: 'NoneType' object has no attribute 'kwargs'",
        ]

    t = t0 + timedelta(minutes=5)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 420))
        if import_fail[0] <= t < import_fail[1]:
            continue
        name = r.choice(["shop", "shop", "api"])
        if not apps[name]:
            continue
        p = r.choice(apps[name])
        if name == "shop":
            sku = f"SKU-{r.randrange(10000, 99999)}"
            emit(
                t,
                "error",
                p,
                "Python failed to call the application",
                "Python failed to call the application",
                ctx=f"[unit] #{r.randrange(100, 90000)}: ",
                more=tb_inventory(sku),
            )
        else:
            emit(
                t,
                "error",
                p,
                "Python failed to call the application",
                "Python failed to call the application",
                ctx=f"[unit] #{r.randrange(100, 90000)}: ",
                more=[
                    "Traceback (most recent call last):",
                    *pyframes(
                        (
                            f"{UN_PY}/starlette/applications.py",
                            123,
                            "__call__",
                            "await self.middleware_stack(scope, receive, send)",
                        ),
                        (f"{UN_PY}/starlette/middleware/errors.py", 186, "__call__", "raise exc"),
                        (
                            f"{UN_PY}/starlette/middleware/errors.py",
                            164,
                            "__call__",
                            "await self.app(scope, receive, _send)",
                        ),
                        (
                            "/srv/api/api/main.py",
                            58,
                            "stock",
                            'level = await redis.get(f"stock:{sku}")',
                        ),
                        (
                            f"{UN_PY}/redis/asyncio/connection.py",
                            294,
                            "connect",
                            "raise ConnectionError(self._error_message(e))",
                        ),
                    ),
                    "redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connection refused.",
                ],
            )

    # the app's own stderr
    t = t0 + timedelta(minutes=2)
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 38))
        if import_fail[0] <= t < import_fail[1]:
            continue
        x = r.random()
        if x < 0.45:
            o = r.randrange(100000, 999999)
            raw(
                t,
                "Payment provider timeout for order %s after %.1fs",
                f"WARNING:shop.payments:Payment provider timeout for order {o} after {r.uniform(5, 30):.1f}s",
            )
        elif x < 0.7:
            raw(
                t,
                "Inventory service returned %d for sku %s",
                f"ERROR:shop.inventory:Inventory service returned {r.choice([502, 503, 504])} for sku SKU-{r.randrange(10000, 99999)}",
            )
        elif x < 0.8:
            raw(
                t,
                "Not Found: %s",
                f"WARNING:django.request:Not Found: {r.choice(['/robots.txt', '/favicon.ico', '/apple-touch-icon.png', '/static/img/banner-summer.webp'])}",
            )
        elif x < 0.92:
            raw(
                t,
                "cache warmup: %d products in %.2fs",
                f"cache warmup: {r.randrange(800, 4000)} products in {r.uniform(0.3, 4):.2f}s",
            )
        else:
            raw(
                t,
                "%s:%s: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).",
                "/srv/shop/shop/orders/models.py:88: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).",
                ["  created = datetime.utcnow()"],
            )

    # router connection resets
    t = t0 + timedelta(minutes=3)
    conn = 10
    while t < end:
        t += timedelta(seconds=r.expovariate(1 / 300))
        conn += r.randrange(50, 900)
        emit(
            t,
            "info",
            rtr,
            "recv(%d, %uz, 0x%ui) failed %E",
            f"recv({r.randrange(20, 90)}, {r.choice([2048, 4096, 8192])}, 0x0) failed (104: Connection reset by peer)",
            tid=rtr + r.randrange(2, 6),
            ctx=f"*{conn} ",
        )

    # OOM kills and a segfault
    for tk, sig in [
        (datetime(2024, 6, 4, 7, 31, 10, tzinfo=UTC), 9),
        (datetime(2024, 6, 4, 7, 33, 52, tzinfo=UTC), 9),
        (datetime(2024, 6, 4, 10, 41, 5, tzinfo=UTC), 11),
    ]:
        p = r.choice(apps["shop"]) if apps["shop"] else newpid()
        emit(
            tk,
            "alert",
            proto["shop"],
            "app process %PI exited on signal %d%s",
            f"app process {p} exited on signal {sig}" + (" (core dumped)" if sig == 11 else ""),
        )
        if p in apps["shop"]:
            apps["shop"].remove(p)
        start_app(tk + timedelta(seconds=1), "shop")

    # configuration updates: the shop restarted
    def restart(t: datetime, name: str, ok: bool = True) -> datetime:
        for p in list(apps[name]):
            exit_app(t, name, p, 0)
        emit(
            t,
            "notice",
            main,
            "process %PI exited with code %d",
            f"process {proto[name]} exited with code 0",
        )
        t += timedelta(seconds=1)
        if ok:
            return start_proto(t, name, 2)
        proto[name] = newpid()
        emit(t, "info", proto[name], '"%V" prototype started', f'"{name}" prototype started')
        p = newpid()
        emit(
            t,
            "alert",
            p,
            'Python failed to import module "%s"',
            'Python failed to import module "shop.wsgi"',
            more=[
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        "/srv/shop/shop/wsgi.py",
                        16,
                        "<module>",
                        "application = get_wsgi_application()",
                    ),
                    (
                        f"{UN_PY}/django/core/wsgi.py",
                        12,
                        "get_wsgi_application",
                        "django.setup(set_prefix=False)",
                    ),
                    (
                        f"{UN_PY}/django/__init__.py",
                        24,
                        "setup",
                        "apps.populate(settings.INSTALLED_APPS)",
                    ),
                    (
                        f"{UN_PY}/django/apps/registry.py",
                        91,
                        "populate",
                        "app_config = AppConfig.create(entry)",
                    ),
                    (f"{UN_PY}/django/apps/config.py", 193, "create", "import_module(entry)"),
                    (
                        "/usr/lib/python3.11/importlib/__init__.py",
                        126,
                        "import_module",
                        "return _bootstrap._gcd_import(name[level:], package, level)",
                    ),
                ),
                "ModuleNotFoundError: No module named 'shop.loyalty'",
            ],
        )
        emit(
            t,
            "notice",
            proto[name],
            "app process %PI exited with code %d",
            f"app process {p} exited with code 1",
        )
        emit(
            t,
            "warn",
            rtr,
            'failed to start application "%V"',
            f'failed to start application "{name}"',
        )
        return t

    for tc in (
        datetime(2024, 6, 4, 7, 2, 30, tzinfo=UTC),
        datetime(2024, 6, 4, 8, 45, 12, tzinfo=UTC),
    ):
        restart(tc, "shop")
    restart(import_fail[0], "shop", ok=False)
    t = import_fail[0] + timedelta(seconds=40)
    while t < import_fail[1] - timedelta(seconds=30):
        t += timedelta(seconds=r.uniform(20, 90))
        p = newpid()
        emit(
            t,
            "alert",
            p,
            'Python failed to import module "%s"',
            'Python failed to import module "shop.wsgi"',
            more=[
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        "/srv/shop/shop/wsgi.py",
                        16,
                        "<module>",
                        "application = get_wsgi_application()",
                    )
                ),
                "ModuleNotFoundError: No module named 'shop.loyalty'",
            ],
        )
        emit(
            t,
            "notice",
            proto["shop"],
            "app process %PI exited with code %d",
            f"app process {p} exited with code 1",
        )
        emit(
            t, "warn", rtr, 'failed to start application "%V"', 'failed to start application "shop"'
        )
    emit(
        import_fail[1],
        "notice",
        main,
        "process %PI exited with code %d",
        f"process {proto['shop']} exited with code 0",
    )
    start_proto(import_fail[1] + timedelta(seconds=1), "shop", 2)
    return [recs.into(Log("unit.log", t0))]


SYSTEMS = {
    "ray": ray,
    "nifi": nifi,
    "harbor": harbor,
    "zulip": zulip,
    "nginx-unit": nginx_unit,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
