#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 291 (actions-runner-controller, dagger, onedev,
harness-delegate, keptn) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). Five CI/CD programs of
one company, on 2024-06-07 (UTC) unless said otherwise. act_runner (Gitea Actions' runner) was
asked for but is in the set already under its fork's name (`forgejo-runner`, round 117: the
same daemon, the same logrus messages), so GitHub's actions-runner-controller replaces it.

- actions-runner-controller 0.9.3 (`arc-gha-rs-controller.log`, `arc-linux-x64-listener.log`:
  `kubectl logs` of the gha-runner-scale-set controller and of the listener of one scale set,
  `linux-x64`, min 0 and max 10 runners, 08:30 to 10:30). zap's console encoder as ARC sets it
  up: `2024-06-07T08:34:06Z<TAB>INFO<TAB>EphemeralRunnerSet<TAB>Ephemeral runner counts<TAB>{"version":
  "0.9.3", "ephemeralrunnerset": {"name":"linux-x64-205ld","namespace":"arc-runners"}, "pending":
  1, ...}`, whole seconds; controller-runtime's `Reconciler error` has no logger name, and errors
  carry zap's development stack (function, then tab-indented file:line). Thirteen jobs: the
  listener's long poll (`Getting next message`, every empty batch `Calculated target runner
  count`, `Compare`, `Preparing EphemeralRunnerSet update`, `Ephemeral runner set scaled.`), job
  messages (`Processing message`, `New runner scale set statistics.`, `Job available message
  received`, `Acquiring jobs`, `Jobs are acquired`, `Job assigned message received`, `Job started
  message received.`, `Updating job info for the runner`, `Updating ephemeral runner with merge
  patch`, `Job completed message received.`, `Deleting last message`); the controller's
  EphemeralRunnerSet reconciles (`Ephemeral runner counts`, `Scaling comparison`, scale-ups,
  `Deleting finished ephemeral runner`, `Updating status with current runners count`) and each
  EphemeralRunner's life: finalizers, JIT config, secret, pod, `Ephemeral runner container is
  still running`, the end check (`Checking if runner exists in GitHub service`, `Runner does not
  exist in GitHub service`, `Ephemeral runner has finished since it does not exist in the
  service anymore`, marked Finished) and the finalizing reconciles (pod, jitconfig secret,
  runner-linked pods and secrets, `Removing finalizer`). Incidents: api.github.com answering 503
  for six minutes while runners end (`Failed to check if runner is registered with the service`
  at ERROR with a stack, then `Reconciler error` and the requeues' back-off); one job's runner
  OOM-killed (`Ephemeral runner container failed`, `Deleting the ephemeral runner pod`, the
  failure count, a new pod); one runner whose pod exits before taking its job (`Runner exists in
  GitHub service`, `Ephemeral runner pod has finished, but the runner still exists in the
  service. Deleting the pod to restart it.`); the message queue token expiring twice (`Message
  queue token is expired during GetNextMessage, refreshing...`); cancelled jobs.
- dagger engine v0.12 (`ci-dagger-01.log`, `ci-dagger-02.log`: `docker logs` of the engine
  container on two CI hosts, 06:00 to 12:00). The engine logs at debug by default, through logrus
  (`time="2024-06-07T06:00:13Z" level=debug msg="setting up engine networking"`, fields sorted
  after the message) and through log/slog's text handler (`time=2024-06-07T06:03:45.985Z
  level=INFO msg="initializing new client" isMainClient=true sessionID=...`); the telemetry
  shutdown is two bare `fmt.Println` lines. Start-up (`setting up engine networking`, `setting
  engine configs from defaults and flags`, `engine name: %s`, `creating engine GRPC server`,
  `creating engine lockfile`, `creating engine server`, buildkit's `auto snapshotter: using %s`,
  `found worker %q, labels=%v, platforms=%v`, `found %d workers, default=%q`, `currently, only
  the default worker can be used.`, `starting main engine api listeners`, `running server on
  %s`); `engine metrics` every minute with about fifty fields; CI pipelines (`initializing new
  client` for the main client and each module's nested clients, `> creating %s %v` for each
  exec, `removing session; stopping client services and flushing`, `stopped services`, `session
  removed`, buildkit's `gc cleaned up %d bytes`). Incidents: ci-dagger-01's engine restarted at
  09:40 (`server context canceled` with error=, `stopping server`, `shutting down
  telemetry...`, `telemetry shut down complete`, the start-up again); ci-dagger-02's cache disk
  filling (large gc sweeps 10:00-11:05) and a Postgres test service that does not stop in time
  (`error stopping services`, 10:10-10:32).
- OneDev 10 (`server.log`, `agent-build01.log`, `agent-build02.log`, `agent-docker01.log`: the
  server's `logs/server.log` and three agents' `logs/agent.log`, 2024-06-05 to 2024-06-07).
  logback's file pattern, `%date %-5level [%thread] %logger{36} %msg%n` (no ` - `, the logger
  cut to 36 characters: `o.a.s.s.session.ServerSessionImpl`), with stack traces. Only io.onedev
  logs at INFO; the rest at WARN (logback.xml), so the server's log is mostly Apache SSHD's
  `exceptionCaught(%s)[state=%s] IOException: Connection reset by peer` (and `Broken pipe`) with
  its stack, from CI clones over SSH that hang up. Start-ups (`Launching application from
  '%s'...`, `Cleaning temp directory...`, `Starting server...`, `Server is ready at %s.`): the
  host rebooted on the 5th at 06:12, OneDev upgraded on the 6th at 12:20; the agents' `Connecting
  to %s...` every five seconds while the server is away, their restart after the upgrade
  (`Waiting for running jobs to finish...`, `Cleaning temp directory...`), the container agent's
  `Restart request ignored as there is no wrapper manager available`, its recreation with the
  two oshi warnings, build02's reboot, build01's network blip; HikariCP's `%s - Thread starvation
  or clock leap detected (housekeeper delta=%s).` after each night's VM snapshot; PostgreSQL
  restarted on the 6th at 02:30 (SqlExceptionHelper's `An I/O error occurred while sending to the
  backend.`, `%s - Connection %s marked as broken because of SQLSTATE(%s), ErrorCode(%d)` with
  the PSQLException's stack, `%s - Connection is not available, request timed out after %sms.`,
  Wicket's `Unexpected error occurred` with a three-cause stack, `%s - Failed to validate
  connection %s (This connection has been closed.). Possibly consider using a shorter maxLifetime
  value.`).
- Harness delegate, NG immutable image (`k8s-prod-delegate-6f8d9c7b54-x2kqm.log`,
  `...-r7tcv.log`, `k8s-prod-delegate-5d7b8f9c66-hn4wz.log`, `...-p8dxl.log`: `kubectl logs` of
  two replicas polling for tasks and of the two that replace them in a rolling update at 11:00,
  06:00 to 12:00). logback `%date [%thread] %-5level %logger - %msg%n`, with Java stacks. Each
  replica's `Current performance` every minute and `Sent %s heartbeat calls to manager` every
  101 heartbeats; every task event is polled by each replica (`Processing DelegateTaskEvents
  %s`, the list of Lombok `DelegateTaskEvent(...)`), one takes it and the others log `task has
  been already acquired, executed or timed out`; capability checks (`Validation succeeded for
  task`, `Validation failed for task`, `Did not get the go-ahead to proceed for task`); four
  aborts (`Aborting task %s`, `Removed from validating futures on abort`, `Removed from executing
  futures on abort` on the replica running it, a NullPointerException's `Exception while decoding
  task` on the other). Incidents: the manager unreachable 09:05-09:08 (`Exception while sending
  heartbeat` with a SocketTimeoutException's stack, `Timed out fetching delegate task events`
  with an UncheckedTimeoutException's); r7tcv short of memory 10:19-10:35 (`Delegate running out
  of resources, dropping this request`); a new step type the old image does not know (`Task %s of
  type %s not supported by delegate`); the rolling update (`Initiating delegate shutdown`,
  `Stopping executors`, `Executors terminated after %ss. All tasks completed? Task [%s], Polling
  [%s]` with its millisecond-times-1000 figure, `Stopping perpetual task workers`, `Stopped
  perpetual task workers`; `Delegate registered with id %s`, `Starting dynamic handling of tasks
  tp %s ms`).
- Keptn 1.x control plane (`shipyard-controller-7d9c5b8f6-4xk2p.log`, `...-qm7zn.log`: `kubectl
  logs` of the shipyard-controller's two replicas, 06:00 to 12:00). logrus's text layout without a
  terminal (`time="..." level=info msg="[RECEIVED  ] Event 'sh.keptn.event.deployment.started'"
  keptncontext=... project=shop service=carts source=helm-service stage=dev`) and client-go's
  leader election through klog (`I0607 06:00:11.886982       1 leaderelection.go:250] attempting
  to acquire leader lease keptn/shipyard-controller-dispatcher...`). Deliveries of three services
  through dev, staging and production (`[RECEIVED  ] Event '%s'` for the execution plane's
  `.started` / `.finished` events, which NATS hands to either replica, `[DISPATCHED] Event '%s'`
  for each task's `.triggered` and the stages' `.finished` / next `.triggered`, `[DISPATCHED]
  Sequence '%s' in stage `%s`` when the leader's dispatcher starts a queued sequence, `[QUEUED    ]
  Sequence '%s' in stage '%s': blocked by context: ...` when a service's stage is busy, staging's
  evaluation with `triggeredAfter` (`queueing %s event with ID %s to be sent at %s`, `Dispatching
  event with ID %s`)). Incidents: helm-service crash-looping 09:00-09:25 (`sequence %s has been
  timed out` ten minutes after each unanswered `deployment.triggered`, then helm-service's late
  events: `The received %s event with keptn context %s is not accociated with a task that was
  previously triggered` and `Unable to handle task event: sequence not found`); a production
  delivery paused and resumed from the Bridge (`Processing PAUSE sequence control`, `sequence %s
  is currently paused. will not send event %s`, `Processing RESUME sequence control`); MongoDB
  electing a new primary at 10:40 (`Could not load queued sequences` with error=, `Unable to
  handle sequence '.triggered' event`, `Unable to handle task event: unable to handle %s event:
  server selection error: ...`: two sequences stall and are aborted at 11:05, `Processing ABORT
  sequence control`, a second click's `no active task executions for project %s in stage %s for
  Keptn context %s found`); the leader losing the API server at 11:20 (`error retrieving resource
  lock %v: %v`, `failed to renew lease %v: %v`, `leader lost: %s`, `cancelling event dispatcher
  loop`, `Cancelling sequence dispatcher loop`; the other replica's `successfully acquired lease
  %v`).

Label notes. The heads are context: zap's time, level and logger name (ARC's `EphemeralRunner`,
`listener-app.listener`), logrus's and slog's time and level and their key=value fields (ARC's
JSON fields, keptn's scope, dagger's metrics and session ids, logrus `error=`), klog's head,
logback's date, level, thread and logger. A logr / slog / zap message is a constant, so the
label is the message (ARC, dagger's slog lines); a value that is an error text contributes its
format (`Unable to handle task event: %v` over the MongoDB driver's `server selection error: %v,
current topology: { %s }`, keptn's sentinel `sequence not found` and `sequence is currently
blocked by waiting for another sequence to end`, SSHD's `IOException: Connection reset by peer`,
PgJDBC's `This connection has been closed.`, as round 286 keeps errno texts). A word the call
site picks is wording (Harness's `Validation succeeded` / `failed for task`); task types, event
types, stage names, exception reprs (`DelegateTaskEvent(...)` / `DelegateTaskAbortEvent(...)`),
JSON patches and ids are values. The lines after a record's first (Go and Java stacks) have no
row; dagger's two `fmt.Println` lines have a row each (the program starts them; they carry no
time).

Checked against copies of the sources: ARC's ephemeralrunner_controller.go,
ephemeralrunnerset_controller.go, the ghalistener's listener.go and worker.go (every message
used but `actions-clients`' `retrieve actions client` and `using cache client`, which real logs
quoted in ARC's issues show, with the head layout); dagger's cmd/engine/main.go (start-up, `running server on
%s`, shutdown), debug.go (`engine metrics` and its fields), the noise-reduction hook (the
buildkit messages it hides are not written), engine/server/session.go's `initializing new
client`, `removing session; ...`, `stopped services`, `session removed`, `error stopping
services`; OneDev's OneDev.java (`Server is ready at %s.`), logback.xml and the agent's Agent.java
(the file pattern, `Cleaning temp directory...`, `Connecting to %s...`, `Waiting for running jobs
to finish...`, the oshi warnings, `Restart request ignored ...`); Harness's
DelegateAgentServiceImpl.java (registration, polling, validation, aborts, heartbeats,
performance, shutdown); keptn's shipyard-controller main.go, shipyardcontroller.go,
sequencedispatcher.go and eventdispatcher.go.

Least sure (written from the helper's knowledge): ARC's `Reconciler error` fields and the stack
frames' lines, the `actions error: StatusCode 503, ...` text (a field, unlabelled); dagger's
version against these sources (the main.go read is newer than v0.12, debug.go older), buildkit's
worker lines and `gc cleaned up %d bytes` in the engine, `> creating %s %v` at debug; OneDev's
`Starting server...` (AppLoader) and Bootstrap's lines, SSHD's exceptionCaught layout, HikariCP's
and PgJDBC's texts, Wicket's `Unexpected error occurred`, the thread names; Harness's logback
pattern (no MDC written), thread names, the abort NullPointerException and the stack frames;
keptn's sentinel texts (`sequence not found`, the blocked-waiting one), whether every replica's
sequence watcher times a sequence out (only the leader's is written), the klog line numbers of
leaderelection.go.
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

SEC = 1_000_000
MS = 1_000
US = 1

LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rid(r: random.Random, n: int, chars: str = LOWER) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def ruuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def iso_s(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def iso_ms(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def lb_date(t: datetime) -> str:
    """logback's %date (ISO8601 with a comma before the milliseconds)."""
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def go_quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def logrus_v(s: str) -> str:
    """logrus's TextFormatter: a value is quoted unless every rune is a letter, a digit or -._/@^+."""
    if s and all(c.isalnum() or c in "-._/@^+" for c in s):
        return s
    return go_quote(s)


def slog_v(s: str) -> str:
    """log/slog's TextHandler: a string is quoted when empty or holding a space, '=' or '"'."""
    if s and not any(c in ' ="\\' or not c.isprintable() for c in s):
        return s
    return go_quote(s)


def go_duration(s: float) -> str:
    """Go's time.Duration.String() for a duration of a second or more."""
    h, rest = divmod(s, 3600)
    m, rest = divmod(rest, 60)
    v = f"{rest:.9f}".rstrip("0").rstrip(".")
    if h:
        return f"{int(h)}h{int(m)}m{v}s"
    if m:
        return f"{int(m)}m{v}s"
    return v + "s"


def abbrev(name: str, target: int = 36) -> str:
    """logback's %logger{36}: package segments cut to their first letter, left first."""
    if len(name) <= target:
        return name
    parts = name.split(".")
    trim = len(name) - target
    for i in range(len(parts) - 1):
        if trim <= 0:
            break
        trim -= len(parts[i]) - 1
        parts[i] = parts[i][0]
    return ".".join(parts)


def times(
    r: random.Random, t0: datetime, t1: datetime, mean: float, lo: float = 0.0
) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(lo + r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


# ------------------------------------------------------------------- actions-runner-controller

ARC_VER = "0.9.3"
ARC_NS = "arc-runners"
ARC_URL = "https://github.com/acme-corp"
ARC_CTRL = "arc-gha-rs-controller.log"
ARC_LSN = "arc-linux-x64-listener.log"
ARC_MAX = 10
ARC_CR = "/home/runner/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.17.3/pkg/internal/controller/controller.go"
ARC_SRC = "/home/runner/work/actions-runner-controller/actions-runner-controller/controllers/actions.github.com"
ARC_REPOS = [
    ("acme-corp", "checkout-api", "CI", "test (1.22)"),
    ("acme-corp", "checkout-api", "CI", "lint"),
    ("acme-corp", "web-shop", "Build and deploy", "build"),
    ("acme-corp", "web-shop", "Build and deploy", "e2e (chromium)"),
    ("acme-corp", "platform-infra", "terraform", "plan (staging)"),
    ("acme-corp", "billing-worker", "CI", "unit-tests"),
]


def arc_stack(reconciler: str, line: int, own: bool) -> list[str]:
    frames = []
    if own:
        frames += [
            f"github.com/actions/actions-runner-controller/controllers/actions%2egithub%2ecom.(*{reconciler}).Reconcile",
            f"\t{ARC_SRC}/ephemeralrunner_controller.go:{line}",
            "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile",
            f"\t{ARC_CR}:119",
        ]
    frames += [
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler",
        f"\t{ARC_CR}:{316 if own else 329}",
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem",
        f"\t{ARC_CR}:266",
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2",
        f"\t{ARC_CR}:227",
    ]
    return frames


class ArcJob:
    def __init__(self, r: random.Random, n: int, t_av: datetime, ers: str) -> None:
        self.n = n
        self.req = 81_204_311 + n * r.randrange(3, 40)
        self.run_id = 9_412_776_120 + n * r.randrange(1000, 90000)
        self.owner, self.repo, self.workflow, self.display = r.choice(ARC_REPOS)
        self.name = f"{ers}-runner-{rid(r, 5)}"
        self.runner_id = 14_302 + n * r.randrange(2, 9)
        self.pod_uid = ruuid(r)
        self.pod_uid2 = ruuid(r)
        self.t_av = t_av
        self.t_as = t_av + sec(r.uniform(1.2, 3.5))
        self.t_create = self.t_as + sec(r.uniform(0.8, 1.6))
        self.t_pod = self.t_create + sec(r.uniform(6, 9))
        self.t_run = self.t_pod + sec(r.choice([r.uniform(5, 8), r.uniform(18, 35)]))
        self.t_start = self.t_run + sec(r.uniform(9, 20))
        dur = r.uniform(150, 780) if "terraform" not in self.workflow else r.uniform(60, 140)
        self.t_exit = self.t_start + sec(dur)
        self.t_done = self.t_exit + sec(r.uniform(0.8, 2.5))
        self.t_fin = self.t_exit + sec(r.uniform(1.5, 3))
        self.t_del = self.t_fin + sec(r.uniform(1.5, 3))
        self.result = "succeeded"
        self.oom = False
        self.restart = False


def arc(r: random.Random) -> list[Log]:
    """The gha-runner-scale-set controller and one listener, 08:30 to 11:00 (module docstring)."""
    fs = Files()
    ers = f"linux-x64-{rid(r, 5)}"
    lsn_start, lsn_end = at(8, 30), at(10, 30)

    # the jobs: a busy morning, then quieter
    starts = times(r, at(8, 33), at(10, 12), 420, lo=60)
    jobs = [ArcJob(r, i, t, ers) for i, t in enumerate(starts)]
    # api.github.com answers 503 for six minutes, while a job ends
    mid = jobs[len(jobs) // 2 + 1]
    outage = (mid.t_exit - sec(14), mid.t_exit + sec(375))
    for j in jobs:
        if r.random() < 0.12:
            j.result = "canceled"
    jobs[6].oom = True
    jobs[6].result = "failed"
    jobs[11].restart = True

    nn = lambda name: f'{{"name":"{name}","namespace":"{ARC_NS}"}}'  # noqa: E731
    V = f'"version": "{ARC_VER}"'

    def C(
        t: datetime, level: str, logger: str, msg: str, fields: str, stack: list[str] | None = None
    ) -> datetime:
        head = f"\t{logger}" if logger else ""
        return fs.add(
            ARC_CTRL,
            t,
            msg,
            lambda x: [f"{iso_s(x)}\t{level}{head}\t{msg}\t{{{fields}}}", *(stack or [])],
            "ctrl",
            SEC,
        )

    def L(t: datetime, logger: str, msg: str, fields: str = "") -> datetime:
        tail = f"\t{{{fields}}}" if fields else ""
        return fs.add(
            ARC_LSN,
            t,
            msg,
            lambda x: [f"{iso_s(x)}\tINFO\tlistener-app.{logger}\t{msg}{tail}"],
            "lsn",
            SEC,
        )

    # ---------------------------------------------------------------- the listener
    msgs: list[tuple[datetime, str, ArcJob]] = []
    for j in jobs:
        msgs.append((j.t_av, "available", j))
        msgs.append((j.t_as, "assigned", j))
        msgs.append((j.t_start, "started", j))
        done = j.t_done if not j.oom else j.t_start + sec(250)
        if j.oom:
            j.t_done = done
        msgs.append((done, "completed", j))
    msgs.sort(key=lambda m: m[0])

    def stats(t: datetime) -> str:
        avail = sum(1 for j in jobs if j.t_av <= t < j.t_as)
        assigned = sum(1 for j in jobs if j.t_as <= t < j.t_done)
        running = sum(1 for j in jobs if j.t_start <= t < j.t_done)
        reg = sum(1 for j in jobs if j.t_run + sec(3) <= t < j.t_exit)
        return json.dumps(
            {
                "totalAvailableJobs": avail,
                "totalAcquiredJobs": avail + assigned,
                "totalAssignedJobs": assigned,
                "totalRunningJobs": running,
                "totalRegisteredRunners": reg,
                "totalBusyRunners": min(running, reg),
                "totalIdleRunners": max(reg - running, 0),
            },
            separators=(",", ":"),
        )

    patches: list[tuple[datetime, int, int]] = []  # (instant, replicas, patchID)
    st = {"last": 0, "seq": 0, "msg": 48_211}

    def desired(t: datetime, count: int, completed: int) -> datetime:
        target = min(count, ARC_MAX)
        st["seq"] += 1
        pid = st["seq"]
        if count == 0 and completed == 0:
            target = max(st["last"], target)
            if target == 0:
                pid = 0
        st["last"] = target
        t = L(
            t,
            "worker.kubernetesworker",
            "Calculated target runner count",
            f'"assigned job": {count}, "decision": {target}, "min": 0, "max": {ARC_MAX}, "currentRunnerCount": {target}, "jobsCompleted": {completed}',
        )
        orig = '{"metadata":{"creationTimestamp":null},"spec":{"patchID":-1,"replicas":-1,"ephemeralRunnerSpec":{"metadata":{"creationTimestamp":null},"spec":{"containers":null}}},"status":{"currentReplicas":0,"pendingEphemeralRunners":0,"runningEphemeralRunners":0,"failedEphemeralRunners":0}}'
        patch = orig.replace('"patchID":-1,"replicas":-1', f'"patchID":{pid},"replicas":{target}')
        t = L(
            t,
            "worker.kubernetesworker",
            "Compare",
            f'"original": {json.dumps(orig)}, "patch": {json.dumps(patch)}',
        )
        t = L(
            t,
            "worker.kubernetesworker",
            "Preparing EphemeralRunnerSet update",
            f'"json": {json.dumps(json.dumps({"spec": {"patchID": pid, "replicas": target}}, separators=(",", ":")))}',
        )
        t = L(
            t,
            "worker.kubernetesworker",
            "Ephemeral runner set scaled.",
            f'"namespace": "{ARC_NS}", "name": "{ers}", "replicas": {target}',
        )
        if not patches or patches[-1][1:] != (target, pid):
            patches.append((t, target, pid))
        return t

    def get_next(t: datetime, refresh: bool) -> datetime:
        t = L(t, "listener", "Getting next message", f'"lastMessageID": {st["msg"]}')
        if refresh:
            t = L(
                t + sec(r.uniform(0.2, 0.6)),
                "listener",
                "Message queue token is expired during GetNextMessage, refreshing...",
            )
            t = L(
                t + sec(r.uniform(0.3, 0.9)),
                "listener",
                "Getting next message",
                f'"lastMessageID": {st["msg"]}',
            )
        return t

    refresh_at = [at(9, 11, 40), at(10, 13, 5)]
    t = get_next(lsn_start, False)
    mi = 0
    while t < lsn_end:
        nxt = msgs[mi][0] if mi < len(msgs) else lsn_end + sec(3600)
        poll_end = t + sec(r.uniform(49.5, 50.5))
        if nxt <= poll_end:
            t = max(t + sec(0.3), nxt)
            batch = [msgs[mi]]
            mi += 1
            st["msg"] += 1
            t = L(
                t,
                "listener",
                "Processing message",
                f'"messageId": {st["msg"]}, "messageType": "RunnerScaleSetJobMessages"',
            )
            t = L(t, "listener", "New runner scale set statistics.", f'"statistics": {stats(t)}')
            started, completed, avail = [], 0, []
            for _, kind, j in batch:
                if kind == "available":
                    t = L(t, "listener", "Job available message received", f'"jobId": {j.req}')
                    avail.append(j)
                elif kind == "assigned":
                    t = L(t, "listener", "Job assigned message received", f'"jobId": {j.req}')
                elif kind == "started":
                    t = L(
                        t,
                        "listener",
                        "Job started message received.",
                        f'"RequestId": {j.req}, "RunnerId": {j.runner_id}',
                    )
                    started.append(j)
                else:
                    t = L(
                        t,
                        "listener",
                        "Job completed message received.",
                        f'"RequestId": {j.req}, "Result": "{j.result}", "RunnerId": {j.runner_id}, "RunnerName": "{j.name}"',
                    )
                    completed += 1
            if avail:
                ids = "[" + " ".join(str(j.req) for j in avail) + "]"
                t = L(
                    t, "listener", "Acquiring jobs", f'"count": {len(avail)}, "requestIds": "{ids}"'
                )
                t = L(
                    t,
                    "listener",
                    "Jobs are acquired",
                    f'"count": {len(avail)}, "requestIds": "{ids}"',
                )
            t = L(t, "listener", "Deleting last message", f'"lastMessageID": {st["msg"]}')
            for j in started:
                t = L(
                    t,
                    "worker.kubernetesworker",
                    "Updating job info for the runner",
                    f'"runnerName": "{j.name}", "ownerName": "{j.owner}", "repoName": "{j.repo}", "workflowRef": "{j.owner}/{j.repo}/.github/workflows/{j.workflow.lower().replace(" ", "-")}.yml@refs/heads/main", "workflowRunId": {j.run_id}, "jobDisplayName": "{j.display}", "requestId": {j.req}',
                )
                mp = json.dumps(
                    {
                        "status": {
                            "jobRequestId": j.req,
                            "jobRepositoryName": f"{j.owner}/{j.repo}",
                            "workflowRunId": j.run_id,
                            "jobWorkflowRef": f"{j.owner}/{j.repo}/.github/workflows/{j.workflow.lower().replace(' ', '-')}.yml@refs/heads/main",
                            "jobDisplayName": j.display,
                        }
                    },
                    separators=(",", ":"),
                )
                t = L(
                    t,
                    "worker.kubernetesworker",
                    "Updating ephemeral runner with merge patch",
                    f'"json": {json.dumps(mp)}',
                )
                t = L(
                    t,
                    "worker.kubernetesworker",
                    "Ephemeral runner status updated with the merge patch successfully.",
                )
            assigned = sum(1 for j in jobs if j.t_as <= t < j.t_done)
            t = desired(t, assigned, completed)
        else:
            t = poll_end
            t = desired(t, 0, 0)
        refresh = bool(refresh_at) and t >= refresh_at[0]
        if refresh:
            refresh_at.pop(0)
        t = get_next(t + sec(r.uniform(0.1, 0.4)), refresh)

    # -------------------------------------------------------------- the controller
    sched: list[tuple[datetime, int, object]] = []
    seq = iter(range(1_000_000))

    def at_(t: datetime, fn: object) -> None:
        sched.append((t, next(seq), fn))

    def counts(t: datetime) -> tuple[int, int, int, int, int]:
        pend = sum(1 for j in jobs if j.t_create < t < j.t_run)
        run = sum(1 for j in jobs if j.t_run <= t < j.t_fin)
        fin = sum(1 for j in jobs if j.t_fin <= t < j.t_del)
        dele = sum(1 for j in jobs if j.t_del <= t < j.t_del + sec(6))
        return pend, run, fin, 0, dele

    ers_state = {"total": 0}

    def ers_reconcile(
        t: datetime, create: ArcJob | None = None, delete: ArcJob | None = None
    ) -> datetime:
        p, ru, fi, fa, de = counts(t)
        f0 = f'{V}, "ephemeralrunnerset": {nn(ers)}'
        t = C(
            t,
            "INFO",
            "EphemeralRunnerSet",
            "Ephemeral runner counts",
            f'{f0}, "pending": {p}, "running": {ru}, "finished": {fi}, "failed": {fa}, "deleting": {de}',
        )
        if delete is not None:
            t = C(
                t,
                "INFO",
                "EphemeralRunnerSet",
                "Deleting finished ephemeral runner",
                f'{f0}, "name": "{delete.name}"',
            )
        total = p + ru + fa
        want = total + (1 if create is not None else 0)
        t = C(
            t,
            "INFO",
            "EphemeralRunnerSet",
            "Scaling comparison",
            f'{f0}, "current": {total}, "desired": {want}',
        )
        if create is not None:
            t = C(
                t,
                "INFO",
                "EphemeralRunnerSet",
                "Creating new ephemeral runners (scale up)",
                f'{f0}, "count": 1',
            )
            t = C(
                t,
                "INFO",
                "EphemeralRunnerSet",
                "Creating new ephemeral runner",
                f'{f0}, "progress": 1, "total": 1',
            )
            t = C(
                t,
                "INFO",
                "EphemeralRunnerSet",
                "Created new ephemeral runner",
                f'{f0}, "runner": "{create.name}"',
            )
        elif total != ers_state["total"]:
            t = C(
                t,
                "INFO",
                "EphemeralRunnerSet",
                "Updating status with current runners count",
                f'{f0}, "count": {total}',
            )
            ers_state["total"] = total
        return t

    def clients(t: datetime) -> datetime:
        f = f'{V}, "githubConfigURL": "{ARC_URL}", "namespace": "{ARC_NS}"'
        t = C(t, "INFO", "actions-clients", "retrieve actions client", f)
        return C(t, "INFO", "actions-clients", "using cache client", f)

    def er_new(j: ArcJob, t: datetime) -> None:
        f = f'{V}, "ephemeralrunner": {nn(j.name)}'
        E = lambda t, msg, extra="": C(t, "INFO", "EphemeralRunner", msg, f + extra)  # noqa: E731
        t = E(t, "Adding runner registration finalizer")
        t = E(t, "Successfully added runner registration finalizer")
        t = E(t, "Adding finalizer")
        t = E(t, "Successfully added finalizer")
        t = E(
            t, "Creating new ephemeral runner registration and updating status with runner config"
        )
        t = E(t, "Creating ephemeral runner JIT config")
        t = clients(t)
        t = E(t, "Created ephemeral runner JIT config", f', "runnerId": {j.runner_id}')
        t = E(t, "Updating ephemeral runner status with runnerId and runnerJITConfig")
        t = E(t, "Updated ephemeral runner status with runnerId and runnerJITConfig")
        t = E(t, "Creating new ephemeral runner secret for jitconfig.")
        t = E(t, "Creating new secret for ephemeral runner")
        t = E(t, "Created new secret spec for ephemeral runner")
        t = E(t, "Created ephemeral runner secret", f', "secretName": "{j.name}"')
        pod_created(j, t)

    def pod_created(j: ArcJob, t: datetime) -> datetime:
        f = f'{V}, "ephemeralrunner": {nn(j.name)}'
        t = C(t, "INFO", "EphemeralRunner", "Creating new EphemeralRunner pod.", f)
        t = C(t, "INFO", "EphemeralRunner", "Creating new pod for ephemeral runner", f)
        t = C(t, "INFO", "EphemeralRunner", "Created new pod spec for ephemeral runner", f)
        t = C(
            t,
            "INFO",
            "EphemeralRunner",
            "Created ephemeral runner pod",
            f'{f}, "runnerScaleSetId": 4, "runnerName": "{j.name}", "runnerId": {j.runner_id}, "configUrl": "{ARC_URL}", "podName": "{j.name}"',
        )
        return C(
            t, "INFO", "EphemeralRunner", "Waiting for runner container status to be available", f
        )

    def er_running(j: ArcJob, t: datetime) -> None:
        f = f'{V}, "ephemeralrunner": {nn(j.name)}'
        t = C(t, "INFO", "EphemeralRunner", "Ephemeral runner container is still running", f)
        t = C(
            t,
            "INFO",
            "EphemeralRunner",
            "Updating ephemeral runner status with pod phase",
            f'{f}, "phase": "Running", "reason": "", "message": ""',
        )
        C(t, "INFO", "EphemeralRunner", "Updated ephemeral runner status with pod phase", f)

    def still(j: ArcJob, t: datetime) -> None:
        C(
            t,
            "INFO",
            "EphemeralRunner",
            "Ephemeral runner container is still running",
            f'{V}, "ephemeralrunner": {nn(j.name)}',
        )

    def er_exit(j: ArcJob, t: datetime) -> None:
        f = f'{V}, "ephemeralrunner": {nn(j.name)}'
        E = lambda t, msg, extra="": C(t, "INFO", "EphemeralRunner", msg, f + extra)  # noqa: E731
        if j.restart and not getattr(j, "restarted", False):
            j.restarted = True
            t = clients(t)
            t = E(t, "Checking if runner exists in GitHub service", f', "runnerId": {j.runner_id}')
            t = E(t, "Runner exists in GitHub service", f', "runnerId": {j.runner_id}')
            t = E(
                t,
                "Ephemeral runner pod has finished, but the runner still exists in the service. Deleting the pod to restart it.",
            )
            t = E(t, "Deleting the ephemeral runner pod", f', "podId": "{j.pod_uid}"')
            t = E(t, "Updating ephemeral runner status to track the failure count")
            t = E(t, "EphemeralRunner pod is deleted and status is updated with failure count")
            t = pod_created(j, t + sec(r.uniform(0.5, 1.5)))
            return
        back = 1.0
        while outage[0] <= t < outage[1]:
            t = clients(t)
            t = E(t, "Checking if runner exists in GitHub service", f', "runnerId": {j.runner_id}')
            err = f'failed to check if runner exists in GitHub service: actions error: StatusCode 503, ActivityId \\"{ruuid(r)}\\": Service Unavailable'
            t = C(
                t,
                "ERROR",
                "EphemeralRunner",
                "Failed to check if runner is registered with the service",
                f'{f}, "error": "{err}"',
                arc_stack("EphemeralRunnerReconciler", 246, True),
            )
            t = C(
                t,
                "ERROR",
                "",
                "Reconciler error",
                f'"controller": "ephemeralrunner", "controllerGroup": "actions.github.com", "controllerKind": "EphemeralRunner", "EphemeralRunner": {nn(j.name)}, "namespace": "{ARC_NS}", "name": "{j.name}", "reconcileID": "{ruuid(r)}", "error": "{err}"',
                arc_stack("", 0, False),
            )
            t += sec(back + r.uniform(0, 0.5))
            back = min(back * 4, 100)
        t = clients(t)
        t = E(t, "Checking if runner exists in GitHub service", f', "runnerId": {j.runner_id}')
        t = E(t, "Runner does not exist in GitHub service", f', "runnerId": {j.runner_id}')
        t = E(t, "Ephemeral runner has finished since it does not exist in the service anymore")
        t = E(t, "Updating ephemeral runner status to Finished")
        t = E(t, "EphemeralRunner status is marked as Finished")
        j.t_fin = max(j.t_fin, t)
        j.t_del = j.t_fin + sec(r.uniform(1.5, 3))
        t = E(
            t,
            "EphemeralRunner has already finished. Stopping reconciliation and waiting for EphemeralRunnerSet to clean it up",
            ', "phase": "Succeeded"',
        )
        t = ers_reconcile(t + sec(0.5), delete=j)
        er_delete(j, t)

    def er_oom(j: ArcJob, t: datetime) -> None:
        f = f'{V}, "ephemeralrunner": {nn(j.name)}'
        E = lambda t, msg, extra="": C(t, "INFO", "EphemeralRunner", msg, f + extra)  # noqa: E731
        t = E(t, "Ephemeral runner container failed", ', "exitCode": 137')
        t = E(t, "Deleting the ephemeral runner pod", f', "podId": "{j.pod_uid}"')
        t = E(t, "Updating ephemeral runner status to track the failure count")
        t = E(t, "EphemeralRunner pod is deleted and status is updated with failure count")
        t = pod_created(j, t + sec(r.uniform(0.5, 1.5)))
        at_(t + sec(r.uniform(6, 9)), lambda t, j=j: er_running(j, t))

    def er_delete(j: ArcJob, t: datetime) -> None:
        f = f'{V}, "ephemeralrunner": {nn(j.name)}'
        E = lambda t, msg, extra="": C(t, "INFO", "EphemeralRunner", msg, f + extra)  # noqa: E731
        t = E(t, "Successfully removed runner registration finalizer")
        t = E(t, "Finalizing ephemeral runner")
        t = E(t, "Cleaning up the runner pod")
        t = E(t, "Deleting the runner pod")
        t = E(t + sec(r.uniform(0.5, 1.5)), "Finalizing ephemeral runner")
        t = E(t, "Cleaning up the runner pod")
        t = E(t, "Pod is deleted")
        t = E(t, "Cleaning up the runner jitconfig secret")
        t = E(t, "Deleting the jitconfig secret")
        t = E(t + sec(r.uniform(0.3, 0.9)), "Finalizing ephemeral runner")
        t = E(t, "Cleaning up the runner pod")
        t = E(t, "Pod is deleted")
        t = E(t, "Cleaning up the runner jitconfig secret")
        t = E(t, "Secret is deleted")
        t = E(t, "Cleaning up runner linked pods")
        t = E(t, "Runner-linked pods are deleted")
        t = E(t, "Cleaning up runner linked secrets")
        t = E(t, "Runner-linked secrets are deleted")
        t = E(t, "Removing finalizer")
        E(t, "Successfully removed finalizer after cleanup")

    for j in jobs:
        at_(j.t_create, lambda t, j=j: er_new(j, ers_reconcile(t, create=j)))
        at_(j.t_pod + sec(1), lambda t: ers_reconcile(t))
        at_(j.t_run, lambda t, j=j: er_running(j, t))
        at_(j.t_run + sec(1), lambda t: ers_reconcile(t))
        at_(j.t_start + sec(1), lambda t, j=j: still(j, t))
        if j.oom:
            at_(j.t_start + sec(248), lambda t, j=j: er_oom(j, t))
            j.t_exit = j.t_start + sec(r.uniform(420, 500))
        if j.restart:
            at_(j.t_start - sec(6), lambda t, j=j: er_exit(j, t))
        at_(j.t_exit + sec(0.4), lambda t, j=j: er_exit(j, t))
    # the listener's patches while runners are busy: the set is reconciled again
    for t_p, reps, _pid in patches:
        if reps > 0 and not any(abs((t_p - j.t_as).total_seconds()) < 3 for j in jobs):
            at_(t_p + sec(0.6), lambda t: ers_reconcile(t))
    sched.sort(key=lambda s: (s[0], s[1]))
    for t_s, _, fn in sched:
        fn(t_s)  # type: ignore[operator]
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ dagger

DG_HOSTS = [("ci-dagger-01", "3f9c1d2e8a7b", 16, 64), ("ci-dagger-02", "b71e0c4d9f26", 8, 32)]
DG_ROOT = "/var/lib/dagger"
DG_EXECS = [
    "[/runtime]",
    "[go build -o /out/ci .]",
    "[go mod download]",
    "[go test -race -count=1 ./...]",
    "[golangci-lint run --timeout 5m]",
    "[sh -c npm ci && npm run build]",
    "[npx playwright test --reporter=line]",
    "[pytest -q tests/]",
    "[docker-entrypoint.sh postgres]",
    "[sh -c apk add --no-cache git openssh]",
]


def dagger(r: random.Random) -> list[Log]:
    """Two CI hosts' dagger engines, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    for n, (host, cid, cpus, mem_gb) in enumerate(DG_HOSTS):
        dagger_host(r, fs, n, host, cid, cpus, mem_gb)
    return fs.logs(T0)


def dagger_host(
    r: random.Random, fs: Files, n: int, host: str, cid: str, cpus: int, mem_gb: int
) -> None:
    f = f"{host}.log"
    proc = host

    def LR(
        t: datetime, level: str, msg: str, label: str, fields: list[tuple[str, str]] | None = None
    ) -> datetime:
        tail = "".join(f" {k}={logrus_v(v)}" for k, v in sorted(fields or []))
        return fs.add(
            f,
            t,
            label,
            lambda x: [f'time="{iso_s(x)}" level={level} msg={logrus_v(msg)}{tail}'],
            proc,
            SEC,
        )

    def LS(t: datetime, level: str, msg: str, attrs: list[tuple[str, str]]) -> datetime:
        tail = "".join(f" {k}={slog_v(v)}" for k, v in attrs)
        return fs.add(
            f,
            t,
            msg,
            lambda x: [f"time={iso_ms(x)} level={level} msg={slog_v(msg)}{tail}"],
            proc,
            MS,
        )

    def OUT(t: datetime, text: str) -> datetime:
        return fs.add(f, t, text, lambda x: [text], proc, SEC)

    state = {"boot": T0 - sec(r.uniform(5, 9) * 86400), "disk_used": r.uniform(0.35, 0.5)}
    disk: list[tuple[datetime, float]] = []

    def start(t: datetime) -> datetime:
        t = LR(t, "debug", "setting up engine networking", "setting up engine networking")
        t = LR(
            t + sec(0.4),
            "debug",
            "setting engine configs from defaults and flags",
            "setting engine configs from defaults and flags",
        )
        t = LR(t, "info", f"engine name: {cid}", "engine name: %s")
        t = LR(t, "debug", "creating engine GRPC server", "creating engine GRPC server")
        t = LR(t, "debug", "creating engine lockfile", "creating engine lockfile")
        t = LR(t, "debug", "creating engine server", "creating engine server")
        t = LR(
            t + sec(0.3), "info", "auto snapshotter: using overlayfs", "auto snapshotter: using %s"
        )
        wid = rid(r, 25)
        labels = f"map[org.mobyproject.buildkit.worker.executor:oci org.mobyproject.buildkit.worker.hostname:{cid} org.mobyproject.buildkit.worker.network:cni org.mobyproject.buildkit.worker.oci.process-mode:sandbox org.mobyproject.buildkit.worker.selinux.enabled:false org.mobyproject.buildkit.worker.snapshotter:overlayfs]"
        t = LR(
            t + sec(1.2),
            "info",
            f'found worker "{wid}", labels={labels}, platforms=[linux/amd64 linux/amd64/v2 linux/amd64/v3 linux/386]',
            "found worker %q, labels=%v, platforms=%v",
        )
        t = LR(t, "info", f'found 1 workers, default="{wid}"', "found %d workers, default=%q")
        t = LR(
            t,
            "warning",
            "currently, only the default worker can be used.",
            "currently, only the default worker can be used.",
        )
        t = LR(
            t + sec(0.5),
            "debug",
            "starting main engine api listeners",
            "starting main engine api listeners",
        )
        return LR(
            t, "info", "running server on /var/run/buildkit/buildkitd.sock", "running server on %s"
        )

    def stop(t: datetime) -> datetime:
        t = LR(
            t,
            "error",
            "server context canceled",
            "server context canceled",
            [("error", "context canceled")],
        )
        t = LR(t, "info", "stopping server", "stopping server")
        t = OUT(t + sec(1.5), "shutting down telemetry...")
        return OUT(t + sec(0.4), "telemetry shut down complete")

    restart = at(9, 40, 12) if n == 0 else None
    pressure = (at(10, 0), at(11, 5)) if n == 1 else None
    svc_trouble = (at(10, 10), at(10, 32)) if n == 1 else None

    t0 = T0 + sec(r.uniform(2, 20))
    start(t0)

    # CI pipelines: (start, end) spans, written below
    runs = times(r, T0 + sec(120), T_END - sec(600), 400 if n == 0 else 440, lo=90)
    if restart:
        runs = [x for x in runs if not (restart - sec(400) <= x < restart + sec(30))]
    spans: list[tuple[datetime, datetime]] = []

    def active(t: datetime) -> int:
        return sum(1 for a, b in spans if a <= t < b)

    up0 = (t0 - state["boot"]).total_seconds()
    cum = {
        k: int(up0 * 100 * cpus * w)
        for k, w in [
            ("user", 0.12),
            ("system", 0.04),
            ("iowait", 0.01),
            ("softirq", 0.004),
            ("steal", 0.002),
            ("nice", 0.001),
            ("total", 1.0),
        ]
    }
    for t_run in runs:
        sess = rid(r, 25)
        main = rid(r, 25)
        t = LS(
            t_run,
            "INFO",
            "initializing new client",
            [
                ("isMainClient", "true"),
                ("sessionID", sess),
                ("clientID", main),
                ("mainClientID", main),
            ],
        )
        nested = r.randint(1, 3)
        execs = r.sample(DG_EXECS[1:], r.randint(2, 5))
        t = LR(
            t + sec(r.uniform(1.5, 4)),
            "debug",
            f"> creating {rid(r, 25)} [/runtime]",
            "> creating %s %v",
        )
        for _ in range(nested):
            t = LS(
                t + sec(r.uniform(2, 9)),
                "INFO",
                "initializing new client",
                [
                    ("isMainClient", "false"),
                    ("sessionID", sess),
                    ("clientID", rid(r, 25)),
                    ("mainClientID", main),
                ],
            )
            for _ in range(r.randint(1, 2)):
                if execs:
                    t = LR(
                        t + sec(r.uniform(3, 40)),
                        "debug",
                        f"> creating {rid(r, 25)} {execs.pop()}",
                        "> creating %s %v",
                    )
        while execs:
            t = LR(
                t + sec(r.uniform(5, 60)),
                "debug",
                f"> creating {rid(r, 25)} {execs.pop()}",
                "> creating %s %v",
            )
        t += sec(r.uniform(20, 200))
        t = LS(
            t,
            "INFO",
            "removing session; stopping client services and flushing",
            [("session", sess)],
        )
        if svc_trouble and svc_trouble[0] <= t < svc_trouble[1] and r.random() < 0.8:
            t = LS(
                t + sec(r.uniform(9.9, 10.1)),
                "WARN",
                "error stopping services",
                [("session", sess), ("error", "context deadline exceeded")],
            )
        t = LS(t + sec(r.uniform(0.05, 0.4)), "DEBUG", "stopped services", [("session", sess)])
        t = LS(t + sec(r.uniform(0.1, 0.9)), "DEBUG", "session removed", [("session", sess)])
        if pressure and pressure[0] <= t < pressure[1]:
            LR(
                t + sec(1.05),
                "debug",
                f"gc cleaned up {r.randrange(3_000_000_000, 14_000_000_000)} bytes",
                "gc cleaned up %d bytes",
            )
        elif r.random() < 0.35:
            LR(
                t + sec(1.05),
                "debug",
                f"gc cleaned up {r.randrange(40_000_000, 900_000_000)} bytes",
                "gc cleaned up %d bytes",
            )
        spans.append((t_run, t))
        disk.append((t, r.uniform(0.0, 0.012)))

    # the engine's metrics, every minute
    t = t0 + sec(60)
    while t < T_END:
        if restart and restart <= t < restart + sec(70):
            t += sec(60)
            continue
        up = (t - state["boot"]).total_seconds()
        total = 500 * 1024**3
        used = state["disk_used"] + sum(
            d for x, d in disk if x <= t and not (pressure and pressure[0] <= x)
        )
        if pressure and t >= pressure[0]:
            used = 0.62 + sum(d for x, d in disk if pressure[0] <= x <= t)
        used = min(used, 0.93)
        fields = []
        busy = 0.12 + 0.22 * active(t) + r.uniform(0, 0.05)
        tick = 60 * 100 * cpus
        cum["user"] += int(tick * busy * 0.7)
        cum["system"] += int(tick * busy * 0.25)
        cum["iowait"] += int(tick * r.uniform(0.005, 0.02))
        cum["softirq"] += int(tick * 0.004)
        cum["steal"] += int(tick * 0.002)
        cum["nice"] += int(tick * 0.001)
        cum["total"] += tick
        idle = (
            cum["total"]
            - cum["user"]
            - cum["system"]
            - cum["iowait"]
            - cum["softirq"]
            - cum["steal"]
            - cum["nice"]
        )
        fields += [
            ("cpu-count", str(cpus)),
            ("cpu-total", str(cum["total"])),
            ("cpu-user", str(cum["user"])),
            ("cpu-nice", str(cum["nice"])),
            ("cpu-system", str(cum["system"])),
            ("cpu-idle", str(idle)),
            ("cpu-iowait", str(cum["iowait"])),
            ("cpu-irq", "0"),
            ("cpu-softirq", str(cum["softirq"])),
            ("cpu-steal", str(cum["steal"])),
        ]
        la = 0.4 + 2.4 * active(t) + r.uniform(0, 0.8)
        fields += [
            ("loadavg-1", f"{la:.2f}".rstrip("0").rstrip(".")),
            ("loadavg-5", f"{la * 0.8:.2f}".rstrip("0").rstrip(".")),
            ("loadavg-15", f"{la * 0.6:.2f}".rstrip("0").rstrip(".")),
        ]
        mt = mem_gb * 1024**3
        free = int(mt * r.uniform(0.08, 0.2))
        cached = int(mt * r.uniform(0.45, 0.6))
        for k, v in [
            ("mem-total", mt),
            ("mem-free", free),
            ("mem-available", free + int(cached * 0.8)),
            ("mem-buffers", int(mt * 0.02)),
            ("mem-cached", cached),
            ("mem-active", int(mt * r.uniform(0.3, 0.4))),
            ("mem-inactive", int(mt * r.uniform(0.35, 0.45))),
            ("mem-swap-cached", 0),
            ("mem-swap-total", 0),
            ("mem-swap-free", 0),
            ("mem-mapped", int(mt * 0.03)),
            ("mem-shmem", int(mt * 0.004)),
            ("mem-slab", int(mt * 0.05)),
            ("mem-page-tables", int(mt * 0.002)),
            ("mem-committed", int(mt * r.uniform(0.3, 0.5))),
            ("mem-vmalloc-used", int(mt * 0.001)),
        ]:
            fields.append((k, str(v)))
        rss = int(r.uniform(600, 1400) * 1024**2)
        for k, v in [
            ("proc-self-mem-rss", rss),
            ("proc-self-mem-pss", rss - 2_000_000),
            ("proc-self-mem-shared-clean", 19_000_000),
            ("proc-self-mem-shared-dirty", 0),
            ("proc-self-mem-private-clean", 1_200_000),
            ("proc-self-mem-private-dirty", rss - 20_200_000),
            ("proc-self-mem-referenced", rss - 40_000_000),
            ("proc-self-mem-anonymous", rss - 21_000_000),
            ("proc-self-mem-swap", 0),
            ("proc-self-mem-swap-pss", 0),
        ]:
            fields.append((k, str(v)))
        for d in ("/", DG_ROOT):
            fields += [
                (f"disk-size-{d}", str(total)),
                (f"disk-free-{d}", str(int(total * (1 - used)))),
                (f"disk-available-{d}", str(int(total * (1 - used) - 26 * 1024**3))),
            ]
        fields += [
            ("goroutine-count", str(int(140 + 260 * active(t) + r.uniform(0, 40)))),
            ("uptime", go_duration(round(up, 2))),
        ]
        LR(t, "debug", "engine metrics", "engine metrics", fields)
        t += sec(60 + r.uniform(-0.02, 0.02))
    if restart:
        stop(restart)
        start(restart + sec(r.uniform(3, 5)))


# ------------------------------------------------------------------------------------ onedev

OD_URL = "https://onedev.acme.io"
OD_T0 = datetime(2024, 6, 5, 0, 0, tzinfo=UTC)
OD_T1 = datetime(2024, 6, 8, 0, 0, tzinfo=UTC)
OD_SSHD = "org.apache.sshd.server.session.ServerSessionImpl"
OD_SQL = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper"
OD_CI = ["10.20.4.17", "10.20.4.18", "10.20.4.31", "10.20.6.40", "10.20.6.41"]
OD_DEVS = ["10.30.1.22", "10.30.1.57", "10.30.2.14", "10.30.2.90", "10.30.3.8"]
OD_RESET = [
    "\tat java.base/sun.nio.ch.SocketDispatcher.read0(Native Method)",
    "\tat java.base/sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:47)",
    "\tat java.base/sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:330)",
    "\tat java.base/sun.nio.ch.IOUtil.read(IOUtil.java:284)",
    "\tat java.base/sun.nio.ch.IOUtil.read(IOUtil.java:259)",
    "\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.finishRead(UnixAsynchronousSocketChannelImpl.java:439)",
    "\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.finish(UnixAsynchronousSocketChannelImpl.java:193)",
    "\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.onEvent(UnixAsynchronousSocketChannelImpl.java:217)",
    "\tat java.base/sun.nio.ch.EPollPort$EventHandlerTask.run(EPollPort.java:306)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]
OD_PIPE = [
    "\tat java.base/sun.nio.ch.SocketDispatcher.write0(Native Method)",
    "\tat java.base/sun.nio.ch.SocketDispatcher.write(SocketDispatcher.java:62)",
    "\tat java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:137)",
    "\tat java.base/sun.nio.ch.IOUtil.write(IOUtil.java:102)",
    "\tat java.base/sun.nio.ch.IOUtil.write(IOUtil.java:72)",
    "\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.implWrite(UnixAsynchronousSocketChannelImpl.java:736)",
    "\tat java.base/sun.nio.ch.AsynchronousSocketChannelImpl.write(AsynchronousSocketChannelImpl.java:382)",
    "\tat org.apache.sshd.common.io.nio2.Nio2Session.doWriteCycle(Nio2Session.java:477)",
    "\tat org.apache.sshd.common.io.nio2.Nio2Session.startWriting(Nio2Session.java:456)",
    "\tat org.apache.sshd.common.io.nio2.Nio2Session.writeBuffer(Nio2Session.java:187)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]
OD_PSQL = [
    "org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)",
    "\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:498)",
    "\tat org.postgresql.jdbc.PgStatement.execute(PgStatement.java:415)",
    "\tat org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:190)",
    "\tat org.postgresql.jdbc.PgPreparedStatement.executeQuery(PgPreparedStatement.java:134)",
    "\tat com.zaxxer.hikari.pool.ProxyPreparedStatement.executeQuery(ProxyPreparedStatement.java:52)",
    "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery(HikariProxyPreparedStatement.java)",
    "\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.extract(ResultSetReturnImpl.java:57)",
    "\tat org.hibernate.loader.Loader.getResultSet(Loader.java:2322)",
    "\tat org.hibernate.loader.Loader.executeQueryStatement(Loader.java:2075)",
    "\tat org.hibernate.loader.Loader.doQuery(Loader.java:953)",
    "\tat org.hibernate.loader.Loader.list(Loader.java:2849)",
    "\tat org.hibernate.query.internal.AbstractProducedQuery.list(AbstractProducedQuery.java:1652)",
    "\tat io.onedev.server.persistence.dao.DefaultDao.query(DefaultDao.java:92)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.io.EOFException: null",
    "\tat org.postgresql.core.PGStream.receiveChar(PGStream.java:467)",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2155)",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:368)",
    "\t... 17 common frames omitted",
]
OD_WICKET = [
    "javax.persistence.PersistenceException: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
    "\tat org.hibernate.internal.ExceptionConverterImpl.convert(ExceptionConverterImpl.java:154)",
    "\tat org.hibernate.query.internal.AbstractProducedQuery.list(AbstractProducedQuery.java:1626)",
    "\tat org.hibernate.query.Query.getResultList(Query.java:165)",
    "\tat io.onedev.server.persistence.dao.DefaultDao.query(DefaultDao.java:92)",
    "\tat io.onedev.server.entitymanager.impl.DefaultProjectManager.query(DefaultProjectManager.java:705)",
    "\tat io.onedev.server.web.page.project.ProjectListPage$4.getData(ProjectListPage.java:318)",
    "\tat org.apache.wicket.markup.repeater.data.DataViewBase.getItemModels(DataViewBase.java:101)",
    "\tat org.apache.wicket.markup.html.WebPage.onBeforeRender(WebPage.java:185)",
    "\tat org.apache.wicket.request.handler.render.WebPageRenderer.respond(WebPageRenderer.java:269)",
    "\tat org.apache.wicket.request.cycle.RequestCycle.processRequest(RequestCycle.java:259)",
    "\tat org.apache.wicket.protocol.http.WicketFilter.doFilter(WicketFilter.java:215)",
    "\tat org.eclipse.jetty.servlet.ServletHandler$Chain.doFilter(ServletHandler.java:1635)",
    "\tat org.eclipse.jetty.server.handler.HandlerWrapper.handle(HandlerWrapper.java:127)",
    "\tat org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:1034)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
    "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)",
    "\tat org.hibernate.engine.jdbc.connections.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:107)",
    "\t... 42 common frames omitted",
    "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
    "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
    "\t... 47 common frames omitted",
]


def onedev(r: random.Random) -> list[Log]:
    """A OneDev server and two agents over three days (module docstring)."""
    fs = Files()

    def S(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "server.log",
            t,
            label,
            lambda x: [f"{lb_date(x)} {level:<5} [{thread}] {abbrev(logger)} {msg}", *(more or [])],
            "server",
            MS,
        )

    def A(
        agent: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        proc: int = 0,
        thread: str = "main",
    ) -> datetime:
        return fs.add(
            f"agent-{agent}.log",
            t,
            label,
            lambda x: [f"{lb_date(x)} {level:<5} [{thread}] io.onedev.agent.Agent {msg}"],
            (agent, proc),
            MS,
        )

    def server_start(t: datetime) -> datetime:
        t = S(
            t,
            "INFO",
            "main",
            "io.onedev.commons.bootstrap.Bootstrap",
            "Launching application from '%s'...",
            "Launching application from '/opt/onedev'...",
        )
        t = S(
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "main",
            "io.onedev.commons.bootstrap.Bootstrap",
            "Cleaning temp directory...",
            "Cleaning temp directory...",
        )
        t = S(
            t + sec(r.uniform(1.5, 2.5)),
            "INFO",
            "main",
            "io.onedev.commons.loader.AppLoader",
            "Starting server...",
            "Starting server...",
        )
        return S(
            t + sec(r.uniform(24, 38)),
            "INFO",
            "main",
            "io.onedev.server.OneDev",
            "Server is ready at %s.",
            f"Server is ready at {OD_URL}.",
        )

    def reconnect(agent: str, t0: datetime, t1: datetime, proc: int = 0) -> None:
        t = t0
        while t < t1:
            t = A(agent, t, "INFO", "Connecting to %s...", f"Connecting to {OD_URL}...", proc)
            t += sec(r.uniform(5.0, 5.3))
        A(agent, t, "INFO", "Connecting to %s...", f"Connecting to {OD_URL}...", proc)

    def agent_start(agent: str, t: datetime, proc: int) -> datetime:
        t = A(agent, t, "INFO", "Cleaning temp directory...", "Cleaning temp directory...", proc)
        return A(
            agent,
            t + sec(r.uniform(0.6, 1.4)),
            "INFO",
            "Connecting to %s...",
            f"Connecting to {OD_URL}...",
            proc,
        )

    # the host's reboot on the first morning, the upgrade on the second day
    boot1 = datetime(2024, 6, 5, 6, 12, 31, tzinfo=UTC) + sec(r.uniform(0, 1))
    ready1 = server_start(boot1)
    upgrade = datetime(2024, 6, 6, 12, 20, 4, tzinfo=UTC) + sec(r.uniform(0, 1))
    ready2 = server_start(upgrade + sec(9))
    for agent in ("build01", "build02", "docker01"):
        reconnect(agent, boot1 - sec(r.uniform(55, 65)), ready1 + sec(r.uniform(0, 4)))
        reconnect(agent, upgrade + sec(r.uniform(0.5, 2)), ready2 + sec(r.uniform(0, 3)))
        if agent == "docker01":
            # no Java Service Wrapper in the container: the update's restart is not done
            A(
                agent,
                ready2 + sec(r.uniform(20, 40)),
                "WARN",
                "Restart request ignored as there is no wrapper manager available",
                "Restart request ignored as there is no wrapper manager available",
                thread=f"WebSocketClient@{r.getrandbits(31)}-{r.randint(20, 40)}",
            )
            continue
        # the upgraded server updates its agents, which restart
        t = A(
            agent,
            ready2 + sec(r.uniform(20, 40)),
            "INFO",
            "Waiting for running jobs to finish...",
            "Waiting for running jobs to finish...",
            thread="Thread-1",
        )
        agent_start(agent, t + sec(r.uniform(8, 14)), 1)
    # build02's reboot for OS patches, build01's network blip
    t = A(
        "build02",
        datetime(2024, 6, 6, 3, 0, 7, tzinfo=UTC) + sec(r.uniform(0, 1)),
        "INFO",
        "Waiting for running jobs to finish...",
        "Waiting for running jobs to finish...",
        0,
        "Thread-1",
    )
    agent_start("build02", t + sec(r.uniform(70, 95)), 2)
    # the container agent is recreated by its compose file on the third morning
    t = A(
        "docker01",
        datetime(2024, 6, 7, 8, 45, 2, tzinfo=UTC) + sec(r.uniform(0, 1)),
        "INFO",
        "Waiting for running jobs to finish...",
        "Waiting for running jobs to finish...",
        thread="Thread-1",
    )
    t = A(
        "docker01",
        t + sec(r.uniform(6, 9)),
        "INFO",
        "Cleaning temp directory...",
        "Cleaning temp directory...",
        3,
    )
    t = A(
        "docker01",
        t + sec(r.uniform(0.3, 0.6)),
        "WARN",
        "Unable to call oshi to get default cpu quota (cpu cores x 1000). Assuming as 4000. Configure it manually via environment variable or system property 'agentCpu' if you do not want to use this value",
        "Unable to call oshi to get default cpu quota (cpu cores x 1000). Assuming as 4000. Configure it manually via environment variable or system property 'agentCpu' if you do not want to use this value",
        3,
    )
    t = A(
        "docker01",
        t,
        "WARN",
        "Unable to call oshi to get default memory quota (mega bytes of physical memory). Assuming as 8000. Configure it manually via environment variable or system property 'agentMemory' if you do not want to use this value",
        "Unable to call oshi to get default memory quota (mega bytes of physical memory). Assuming as 8000. Configure it manually via environment variable or system property 'agentMemory' if you do not want to use this value",
        3,
    )
    A(
        "docker01",
        t + sec(r.uniform(0.5, 1)),
        "INFO",
        "Connecting to %s...",
        f"Connecting to {OD_URL}...",
        3,
    )
    blip = datetime(2024, 6, 7, 15, 20, 11, tzinfo=UTC) + sec(r.uniform(0, 1))
    reconnect("build01", blip, blip + sec(r.uniform(38, 45)), 1)

    # SSH clones and fetches that the client drops
    t = OD_T0
    while t < OD_T1:
        busy = 7 <= t.hour < 19 and t.weekday() < 5
        t += sec(r.expovariate(1 / (200 if busy else 1100)))
        if t >= OD_T1 or (upgrade <= t < ready2) or (boot1 - sec(70) <= t < ready1):
            continue
        ip = r.choice(OD_CI if r.random() < 0.7 else OD_DEVS)
        user = "git" if r.random() < 0.85 else "null"
        thread = f"sshd-SshServer[6a2c4f0e](port=6611)-nio2-thread-{r.randint(1, 8)}"
        sess = f"ServerSessionImpl[{user}@/{ip}:{r.randint(33000, 60999)}]"
        if r.random() < 0.82:
            S(
                t,
                "WARN",
                thread,
                OD_SSHD,
                "exceptionCaught(%s)[state=%s] IOException: Connection reset by peer",
                f"exceptionCaught({sess})[state=Opened] IOException: Connection reset by peer",
                ["java.io.IOException: Connection reset by peer", *OD_RESET],
            )
        else:
            S(
                t,
                "WARN",
                thread,
                OD_SSHD,
                "exceptionCaught(%s)[state=%s] IOException: Broken pipe",
                f"exceptionCaught({sess})[state=Opened] IOException: Broken pipe",
                ["java.io.IOException: Broken pipe", *OD_PIPE],
            )

    # the nightly VM snapshot makes the pool's housekeeper see a clock leap
    for day in (5, 6, 7):
        t = datetime(2024, 6, day, 1, 0, tzinfo=UTC) + sec(r.uniform(40, 160))
        delta = r.uniform(61, 95)
        S(
            t,
            "WARN",
            "HikariPool-1 housekeeper",
            "com.zaxxer.hikari.pool.HikariPool",
            "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
            f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={int(delta // 60)}m{int(delta % 60)}s{r.randint(1, 999)}ms).",
        )

    # PostgreSQL restarted for a minor upgrade in the maintenance window
    pg0 = datetime(2024, 6, 6, 2, 30, 10, tzinfo=UTC) + sec(r.uniform(0, 1))
    pg1 = pg0 + sec(52)
    threads = [f"pool-3-thread-{n}" for n in (4, 7, 9, 12)] + [
        f"qtp1429351083-{n}" for n in (212, 230, 241)
    ]
    t = pg0
    for _ in range(6):
        th = r.choice(threads)
        conn = f"org.postgresql.jdbc.PgConnection@{r.getrandbits(32):x}"
        t = S(
            t + sec(r.uniform(0.01, 0.4)),
            "ERROR",
            th,
            OD_SQL,
            "An I/O error occurred while sending to the backend.",
            "An I/O error occurred while sending to the backend.",
        )
        t = S(
            t + sec(0.002),
            "WARN",
            th,
            "com.zaxxer.hikari.pool.ProxyConnection",
            "%s - Connection %s marked as broken because of SQLSTATE(%s), ErrorCode(%d)",
            f"HikariPool-1 - Connection {conn} marked as broken because of SQLSTATE(08006), ErrorCode(0)",
            OD_PSQL,
        )
    t = pg0 + sec(31)
    while t < pg1 + sec(28):
        th = r.choice(threads)
        t = S(
            t + sec(r.uniform(0.5, 4)),
            "ERROR",
            th,
            OD_SQL,
            "%s - Connection is not available, request timed out after %sms.",
            f"HikariPool-1 - Connection is not available, request timed out after {r.randint(30000, 30012)}ms.",
        )
        if th.startswith("qtp") and r.random() < 0.6:
            t = S(
                t + sec(0.003),
                "ERROR",
                th,
                "org.apache.wicket.DefaultExceptionMapper",
                "Unexpected error occurred",
                "Unexpected error occurred",
                OD_WICKET,
            )
    t = pg1 + sec(r.uniform(2, 5))
    for _ in range(7):
        conn = f"org.postgresql.jdbc.PgConnection@{r.getrandbits(32):x}"
        t = S(
            t + sec(r.uniform(0.05, 3)),
            "WARN",
            r.choice(threads),
            "com.zaxxer.hikari.pool.PoolBase",
            "%s - Failed to validate connection %s (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
            f"HikariPool-1 - Failed to validate connection {conn} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
        )
    return fs.logs(OD_T0)


# --------------------------------------------------------------------------- harness-delegate

HD_LOGGER = "io.harness.delegate.service.DelegateAgentServiceImpl"
HD_ACCOUNT = "kmpySmUISimoRrJL6NL73w"
HD_TASKS = [
    ("HTTP_TASK_NG", 30, False),
    ("SHELL_SCRIPT_TASK_NG", 22, False),
    ("K8S_COMMAND_TASK_NG", 12, False),
    ("GIT_FETCH_NEXT_GEN_TASK", 14, True),
    ("DOCKER_ARTIFACT_TASK_NG", 8, True),
    ("NG_VAULT_FETCHING_TASK", 6, True),
    ("CI_LE_STATUS", 8, False),
]
HD_SCHED = [
    "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
    "\tat java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)",
    "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:833)",
]
HD_HEARTBEAT = [
    "java.net.SocketTimeoutException: timeout",
    "\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:675)",
    "\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.exitAndThrowIfTimedOut(Http2Stream.kt:684)",
    "\tat okhttp3.internal.http2.Http2Stream.takeHeaders(Http2Stream.kt:143)",
    "\tat okhttp3.internal.http2.Http2ExchangeCodec.readResponseHeaders(Http2ExchangeCodec.kt:96)",
    "\tat okhttp3.internal.connection.Exchange.readResponseHeaders(Exchange.kt:106)",
    "\tat okhttp3.internal.http.CallServerInterceptor.intercept(CallServerInterceptor.kt:79)",
    "\tat okhttp3.internal.http.RealInterceptorChain.proceed(RealInterceptorChain.kt:109)",
    "\tat okhttp3.internal.connection.RealCall.getResponseWithInterceptorChain$okhttp(RealCall.kt:201)",
    "\tat okhttp3.internal.connection.RealCall.execute(RealCall.kt:154)",
    "\tat retrofit2.OkHttpCall.execute(OkHttpCall.java:204)",
    f"\tat {HD_LOGGER}.executeRestCall(DelegateAgentServiceImpl.java:2488)",
    f"\tat {HD_LOGGER}.sendHeartbeat(DelegateAgentServiceImpl.java:1541)",
    f"\tat {HD_LOGGER}.lambda$startHeartbeat$21(DelegateAgentServiceImpl.java:1248)",
    *HD_SCHED,
]
HD_POLL = [
    "com.google.common.util.concurrent.UncheckedTimeoutException: java.util.concurrent.TimeoutException",
    "\tat com.google.common.util.concurrent.SimpleTimeLimiter.callWithTimeout(SimpleTimeLimiter.java:160)",
    "\tat io.harness.concurrent.HTimeLimiter.callInterruptible21(HTimeLimiter.java:46)",
    f"\tat {HD_LOGGER}.pollForTask(DelegateAgentServiceImpl.java:1181)",
    "\tat io.harness.delegate.service.common.Schedulable.run(Schedulable.java:26)",
    *HD_SCHED,
    "Caused by: java.util.concurrent.TimeoutException: null",
    "\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:204)",
    "\tat com.google.common.util.concurrent.SimpleTimeLimiter.callWithTimeout(SimpleTimeLimiter.java:156)",
    "\t... 9 common frames omitted",
]
HD_NPE = [
    'java.lang.NullPointerException: Cannot invoke "io.harness.delegate.beans.DelegateTaskExecutionData.getTaskFuture()" because the return value of "java.util.Map.get(Object)" is null',
    f"\tat {HD_LOGGER}.abortDelegateTask(DelegateAgentServiceImpl.java:1393)",
    f"\tat {HD_LOGGER}.processDelegateTaskEvent(DelegateAgentServiceImpl.java:1209)",
    "\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)",
    f"\tat {HD_LOGGER}.processDelegateTaskEventsInBlockingLoop(DelegateAgentServiceImpl.java:1202)",
    f"\tat {HD_LOGGER}.pollForTask(DelegateAgentServiceImpl.java:1185)",
    "\tat io.harness.delegate.service.common.Schedulable.run(Schedulable.java:26)",
    *HD_SCHED,
]


class Delegate:
    def __init__(self, r: random.Random, pod: str, t0: datetime, t1: datetime) -> None:
        self.pod = pod
        self.file = f"k8s-prod-delegate-{pod}.log"
        self.t0 = t0
        self.t1 = t1
        self.id = rid(r, 22, ALNUM)
        self.beats = r.randrange(0, 100)


def harness(r: random.Random) -> list[Log]:
    """An NG delegate's replicas polling for tasks, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    old = "6f8d9c7b54"
    new = "5d7b8f9c66"
    roll_a, roll_b = at(10, 58, 40), at(11, 1, 5)
    ds = [
        Delegate(r, f"{old}-x2kqm", T0, roll_b + sec(35)),
        Delegate(r, f"{old}-r7tcv", T0, roll_a + sec(38)),
        Delegate(r, f"{new}-hn4wz", roll_a, T_END),
        Delegate(r, f"{new}-p8dxl", roll_b, T_END),
    ]
    outage = (at(9, 5, 3), at(9, 8, 21))
    pressure = (ds[1], at(10, 19, 30), at(10, 34, 50))

    def H(
        d: Delegate,
        t: datetime,
        thread: str,
        level: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            d.file,
            t,
            label,
            lambda x: [f"{lb_date(x)} [{thread}] {level:<5} {HD_LOGGER} - {msg}", *(more or [])],
            d.pod,
            MS,
        )

    def alive(d: Delegate, t: datetime) -> bool:
        return d.t0 + sec(40) <= t < d.t1 - sec(30)

    # start-up of the new replicas, shut-down of the old ones
    for d in ds[2:]:
        t = H(
            d,
            d.t0 + sec(r.uniform(24, 30)),
            "main",
            "INFO",
            "Delegate registered with id %s",
            f"Delegate registered with id {d.id}",
        )
        H(
            d,
            t + sec(r.uniform(0.2, 0.8)),
            "main",
            "INFO",
            "Starting dynamic handling of tasks tp %s ms",
            "Starting dynamic handling of tasks tp 1000 ms",
        )
    for d in ds[:2]:
        t = d.t1 - sec(30)
        t = H(
            d, t, "Thread-4", "INFO", "Initiating delegate shutdown", "Initiating delegate shutdown"
        )
        t = H(d, t + sec(0.01), "Thread-4", "INFO", "Stopping executors", "Stopping executors")
        waited = r.uniform(2, 14)
        t = H(
            d,
            t + sec(waited),
            "Thread-4",
            "INFO",
            "Executors terminated after %ss. All tasks completed? Task [%s], Polling [%s]",
            f"Executors terminated after {int(waited * 1000) * 1000}s. All tasks completed? Task [true], Polling [true]",
        )
        t = H(
            d,
            t + sec(0.01),
            "Thread-4",
            "INFO",
            "Stopping perpetual task workers",
            "Stopping perpetual task workers",
        )
        H(
            d,
            t + sec(r.uniform(0.05, 0.4)),
            "Thread-4",
            "INFO",
            "Stopped perpetual task workers",
            "Stopped perpetual task workers",
        )

    # the heartbeat: every minute, each replica logs its performance
    for d in ds:
        t = max(d.t0 + sec(35), T0 + sec(r.uniform(0, 60)))
        while t < d.t1 - sec(30):
            if outage[0] <= t < outage[1]:
                H(
                    d,
                    t + sec(15),
                    "healthMonitorExecutor-0",
                    "ERROR",
                    "Exception while sending heartbeat",
                    "Exception while sending heartbeat",
                    HD_HEARTBEAT,
                )
                H(
                    d,
                    t + sec(15.01),
                    "healthMonitorExecutor-0",
                    "INFO",
                    "Current performance",
                    "Current performance",
                )
            else:
                d.beats += 1
                if d.beats > 100:
                    H(
                        d,
                        t + sec(r.uniform(0.03, 0.2)),
                        "healthMonitorExecutor-0",
                        "INFO",
                        "Sent %s heartbeat calls to manager",
                        "Sent 101 heartbeat calls to manager",
                    )
                    d.beats = 0
                H(
                    d,
                    t + sec(r.uniform(0.21, 0.45)),
                    "healthMonitorExecutor-0",
                    "INFO",
                    "Current performance",
                    "Current performance",
                )
            t += sec(60)
        # the poll times out while the manager does not answer
        if alive(d, outage[0]):
            t = outage[0] + sec(r.uniform(0, 3))
            while t < outage[1]:
                H(
                    d,
                    t + sec(15),
                    "taskPollExecutor-0",
                    "WARN",
                    "Timed out fetching delegate task events",
                    "Timed out fetching delegate task events",
                    HD_POLL,
                )
                t += sec(15 + 3)

    # task events, offered to every replica that polls
    evs = times(r, T0 + sec(20), T_END - sec(20), 52)
    aborts = set(r.sample(range(len(evs)), 4))
    unsupported = {i for i, t in enumerate(evs) if at(10, 40) <= t < at(10, 52)}
    for i, t in enumerate(evs):
        if outage[0] <= t < outage[1]:
            continue
        live = [d for d in ds if alive(d, t)]
        if not live:
            continue
        task_id = rid(r, 22, ALNUM + "-_")
        kind, _, validate = r.choices(HD_TASKS, weights=[w for _, w, _ in HD_TASKS])[0]
        if i in unsupported and r.random() < 0.5:
            kind, validate = "TERRAFORM_CLOUD_TASK_NG", False
        sync = (
            "true"
            if kind in ("HTTP_TASK_NG", "NG_VAULT_FETCHING_TASK", "GIT_FETCH_NEXT_GEN_TASK")
            else "false"
        )
        ev = f"DelegateTaskEvent(accountId={HD_ACCOUNT}, delegateTaskId={task_id}, sync={sync}, taskType={kind})"
        seen = {
            d.pod: H(
                d,
                t + sec(r.uniform(0, 3)),
                "taskPollExecutor-0",
                "INFO",
                "Processing DelegateTaskEvents %s",
                f"Processing DelegateTaskEvents [{ev}]",
            )
            for d in live
        }
        if kind == "TERRAFORM_CLOUD_TASK_NG" and all(d.pod.startswith(old) for d in live):
            for d in live:
                H(
                    d,
                    seen[d.pod] + sec(0.002),
                    f"taskExecutor-{r.randint(1, 40)}",
                    "INFO",
                    "Task %s of type %s not supported by delegate",
                    f"Task {task_id} of type {kind} not supported by delegate",
                )
            continue
        takers = [d for d in live if not (pressure[0] is d and pressure[1] <= t < pressure[2])]
        for d in live:
            if d not in takers:
                H(
                    d,
                    seen[d.pod] + sec(0.003),
                    f"taskExecutor-{r.randint(1, 40)}",
                    "INFO",
                    "Delegate running out of resources, dropping this request",
                    "Delegate running out of resources, dropping this request",
                )
        if not takers:
            continue
        win = r.choice(takers)
        for d in takers:
            if d is not win:
                H(
                    d,
                    seen[d.pod] + sec(r.uniform(0.05, 0.6)),
                    f"taskExecutor-{r.randint(1, 40)}",
                    "INFO",
                    "task has been already acquired, executed or timed out",
                    "task has been already acquired, executed or timed out",
                )
        th = f"taskExecutor-{r.randint(1, 40)}"
        if validate:
            if r.random() < 0.08:
                t2 = H(
                    win,
                    seen[win.pod] + sec(r.uniform(1, 4)),
                    th,
                    "INFO",
                    "Validation failed for task",
                    "Validation failed for task",
                )
                H(
                    win,
                    t2 + sec(r.uniform(0.05, 0.3)),
                    th,
                    "WARN",
                    "Did not get the go-ahead to proceed for task",
                    "Did not get the go-ahead to proceed for task",
                )
            else:
                H(
                    win,
                    seen[win.pod] + sec(r.uniform(0.3, 2.5)),
                    th,
                    "INFO",
                    "Validation succeeded for task",
                    "Validation succeeded for task",
                )
        if i in aborts:
            abort = f"DelegateTaskAbortEvent(accountId={HD_ACCOUNT}, delegateTaskId={task_id}, sync=false)"
            ta = t + sec(r.uniform(40, 200))
            for d in ds:
                if not alive(d, ta):
                    continue
                ts = H(
                    d,
                    ta + sec(r.uniform(0, 3)),
                    "taskPollExecutor-0",
                    "INFO",
                    "Processing DelegateTaskEvents %s",
                    f"Processing DelegateTaskEvents [{abort}]",
                )
                ts = H(
                    d,
                    ts + sec(0.001),
                    "taskPollExecutor-0",
                    "INFO",
                    "Aborting task %s",
                    f"Aborting task {abort}",
                )
                ts = H(
                    d,
                    ts + sec(0.001),
                    "taskPollExecutor-0",
                    "INFO",
                    "Removed from validating futures on abort",
                    "Removed from validating futures on abort",
                )
                if d is win:
                    H(
                        d,
                        ts + sec(0.002),
                        "taskPollExecutor-0",
                        "INFO",
                        "Removed from executing futures on abort",
                        "Removed from executing futures on abort",
                    )
                else:
                    H(
                        d,
                        ts + sec(0.002),
                        "taskPollExecutor-0",
                        "ERROR",
                        "Exception while decoding task",
                        "Exception while decoding task",
                        HD_NPE,
                    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- keptn

KP_PODS = ["7d9c5b8f6-4xk2p", "7d9c5b8f6-qm7zn"]
KP_PROJECT = "shop"
KP_LEASE = "keptn/shipyard-controller-dispatcher"
KP_STAGES = {
    "dev": ["deployment", "test", "evaluation", "release"],
    "staging": ["deployment", "test", "evaluation", "release"],
    "production": ["approval", "deployment", "release"],
}
KP_NEXT = {"dev": "staging", "staging": "production"}
KP_SRC = {
    "deployment": "helm-service",
    "release": "helm-service",
    "test": "jmeter-service",
    "evaluation": "lighthouse-service",
    "approval": "approval-service",
}
KP_DUR = {
    "deployment": (35, 110),
    "test": (60, 240),
    "evaluation": (6, 20),
    "release": (8, 25),
    "approval": (90, 1200),
}
KP_BLOCKED = "sequence is currently blocked by waiting for another sequence to end"
KP_TOPO = "{ Type: ReplicaSetNoPrimary, Servers: [{ Addr: keptn-mongo-0.keptn-mongo-headless:27017, Type: Unknown, Last error: dial tcp 10.244.2.31:27017: connect: connection refused }, { Addr: keptn-mongo-1.keptn-mongo-headless:27017, Type: RSSecondary, Average RTT: 1204517 }, ] }"


def go_time_string(t: datetime) -> str:
    """Go's time.Time.String() of a UTC instant."""
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond * 1000 + 317:09d} +0000 UTC"


def keptn(r: random.Random) -> list[Log]:
    """Keptn's shipyard-controller, two replicas, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    files = {p: f"shipyard-controller-{p}.log" for p in KP_PODS}
    ids = {p: ruuid(r) for p in KP_PODS}
    A, B = KP_PODS
    lost_at, won_at = at(11, 20, 19), at(11, 21, 2)
    helm_down = (at(9, 0, 30), at(9, 24, 50))
    mongo = (at(10, 40, 5), at(10, 40, 52))

    def leader(t: datetime) -> str | None:
        if t < lost_at:
            return A
        if t < won_at:
            return None
        return B

    def K(
        pod: str,
        t: datetime,
        msg: str,
        label: str,
        fields: list[tuple[str, str]] | None = None,
        level: str = "info",
    ) -> datetime:
        tail = "".join(f" {k}={logrus_v(v)}" for k, v in sorted(fields or []))
        return fs.add(
            files[pod],
            t,
            label,
            lambda x: [f'time="{iso_s(x)}" level={level} msg={logrus_v(msg)}{tail}'],
            pod,
            SEC,
        )

    def KL(pod: str, t: datetime, sev: str, line: int, msg: str, label: str) -> datetime:
        return fs.add(
            files[pod],
            t,
            label,
            lambda x: [
                f"{sev}{x:%m%d %H:%M:%S}.{x.microsecond:06d}       1 leaderelection.go:{line}] {msg}"
            ],
            (pod, "klog"),
            US,
        )

    def scope(ctx: str, svc: str, stage: str, src: str) -> list[tuple[str, str]]:
        return [
            ("keptncontext", ctx),
            ("project", KP_PROJECT),
            ("service", svc),
            ("source", src),
            ("stage", stage),
        ]

    def tick(t: datetime) -> datetime:
        """The next run of the leader's 10-second dispatcher loops."""
        return t + sec(r.uniform(0.3, 10))

    # start-up after the helm upgrade at 06:00
    for p in KP_PODS:
        t = T0 + sec(r.uniform(8, 20))
        t = K(p, t, "Migrating project key format", "Migrating project key format")
        t = K(
            p,
            t + sec(0.3),
            "Finished migrating project key format",
            "Finished migrating project key format",
        )
        t = KL(
            p,
            t + sec(0.5),
            "I",
            250,
            f"attempting to acquire leader lease {KP_LEASE}...",
            "attempting to acquire leader lease %v...",
        )
        if p == A:
            KL(
                p,
                t + sec(0.02),
                "I",
                260,
                f"successfully acquired lease {KP_LEASE}",
                "successfully acquired lease %v",
            )
        else:
            K(p, t + sec(0.05), f"new leader elected: {ids[A]}", "new leader elected: %s")

    # the leader cannot reach the API server for a while and loses the lease
    t = KL(
        A,
        lost_at - sec(5.1),
        "E",
        332,
        f'error retrieving resource lock {KP_LEASE}: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/keptn/leases/shipyard-controller-dispatcher?timeout=5s": context deadline exceeded',
        "error retrieving resource lock %v: %v",
    )
    t = KL(
        A,
        lost_at,
        "I",
        285,
        f"failed to renew lease {KP_LEASE}: timed out waiting for the condition",
        "failed to renew lease %v: %v",
    )
    t = K(A, t + sec(0.01), f"leader lost: {ids[A]}", "leader lost: %s")
    t = K(A, t + sec(0.01), "cancelling event dispatcher loop", "cancelling event dispatcher loop")
    K(
        A,
        t + sec(0.01),
        "Cancelling sequence dispatcher loop",
        "Cancelling sequence dispatcher loop",
    )
    KL(
        B,
        won_at,
        "I",
        260,
        f"successfully acquired lease {KP_LEASE}",
        "successfully acquired lease %v",
    )

    # the leader's sequence queue cannot be read while MongoDB elects a new primary
    t = mongo[0] + sec(r.uniform(0, 4))
    while t < mongo[1]:
        K(
            A,
            t + sec(r.uniform(0, 0.5)),
            "Could not load queued sequences",
            "Could not load queued sequences",
            [
                (
                    "error",
                    f"server selection error: server selection timeout, current topology: {KP_TOPO}",
                )
            ],
            "error",
        )
        t += sec(10)

    busy: dict[tuple[str, str], tuple[datetime, str]] = {}
    special = {"pause": None, "stall": None}

    def received(
        t: datetime, ctx: str, svc: str, stage: str, typ: str, src: str
    ) -> tuple[str, datetime]:
        p = r.choice(KP_PODS)
        return p, K(
            p,
            t,
            f"[RECEIVED  ] Event 'sh.keptn.event.{typ}'",
            "[RECEIVED  ] Event '%s'",
            scope(ctx, svc, stage, src),
        )

    def dispatched(p: str, t: datetime, ctx: str, svc: str, stage: str, typ: str) -> datetime:
        return K(
            p,
            t,
            f"[DISPATCHED] Event 'sh.keptn.event.{typ}'",
            "[DISPATCHED] Event '%s'",
            scope(ctx, svc, stage, "shipyard-controller"),
        )

    def stage_run(svc: str, ctx: str, stage: str, t: datetime, src: str) -> None:
        rec = r.choice(KP_PODS)
        if src != "shipyard-controller":
            t = K(
                rec,
                t,
                f"[RECEIVED  ] Event 'sh.keptn.event.{stage}.delivery.triggered'",
                "[RECEIVED  ] Event '%s'",
                scope(ctx, svc, stage, src),
            )
            if mongo[0] <= t < mongo[1]:
                K(
                    rec,
                    t + sec(0.2),
                    "Unable to handle sequence '.triggered' event",
                    "Unable to handle sequence '.triggered' event",
                    [
                        (
                            "error",
                            f"could not store task sequence execution: server selection error: server selection timeout, current topology: {KP_TOPO}",
                        )
                    ],
                    "error",
                )
                return
        key = (svc, stage)
        lead = leader(t) or B
        if key in busy and busy[key][0] > t:
            if rec == lead:
                K(
                    rec,
                    t + sec(0.2),
                    f"[QUEUED    ] Sequence 'delivery' in stage '{stage}': blocked by context: {busy[key][1]}: {KP_BLOCKED}",
                    "[QUEUED    ] Sequence '%s' in stage '%s': blocked by context: %s: sequence is currently blocked by waiting for another sequence to end",
                    scope(ctx, svc, stage, src),
                )
            t = tick(busy[key][0])
            while leader(t) is None:
                t = tick(t)
            disp = leader(t) or B
            t = K(
                disp,
                t,
                f"[DISPATCHED] Sequence 'delivery' in stage `{stage}`",
                "[DISPATCHED] Sequence '%s' in stage `%s`",
                scope(ctx, svc, stage, src),
            )
        elif rec == lead:
            disp = rec
            t += sec(0.3)
        else:
            t = tick(t)
            while leader(t) is None:
                t = tick(t)
            disp = leader(t) or B
            t = K(
                disp,
                t,
                f"[DISPATCHED] Sequence 'delivery' in stage `{stage}`",
                "[DISPATCHED] Sequence '%s' in stage `%s`",
                scope(ctx, svc, stage, src),
            )
        busy[key] = (t + sec(3600), ctx)
        result = "pass"
        for task in KP_STAGES[stage]:
            ev_id = ruuid(r)
            if stage == "staging" and task == "evaluation":
                K(
                    disp,
                    t + sec(0.1),
                    f"queueing sh.keptn.event.evaluation.triggered event with ID {ev_id} to be sent at {go_time_string(t + sec(120))}",
                    "queueing %s event with ID %s to be sent at %s",
                )
                t = tick(t + sec(120))
                while leader(t) is None:
                    t = tick(t)
                disp = leader(t) or B
                t = K(disp, t, f"Dispatching event with ID {ev_id}", "Dispatching event with ID %s")
                t = dispatched(disp, t, ctx, svc, stage, "evaluation.triggered")
            elif special["pause"] == ctx and task == "release":
                t = K(
                    disp,
                    t + sec(0.1),
                    f"sequence {ctx} is currently paused. will not send event {ev_id}",
                    "sequence %s is currently paused. will not send event %s",
                )
                t_r = t + sec(r.uniform(500, 800))
                K(
                    r.choice(KP_PODS),
                    t_r,
                    "Processing RESUME sequence control",
                    "Processing RESUME sequence control",
                )
                t = tick(t_r)
                while leader(t) is None:
                    t = tick(t)
                disp = leader(t) or B
                t = K(disp, t, f"Dispatching event with ID {ev_id}", "Dispatching event with ID %s")
                t = dispatched(disp, t, ctx, svc, stage, f"{task}.triggered")
            else:
                t = dispatched(disp, t + sec(0.1), ctx, svc, stage, f"{task}.triggered")
            src = KP_SRC[task]
            if src == "helm-service" and helm_down[0] <= t < helm_down[1]:
                # nobody answers: the watcher times the sequence out, and helm-service's late events find no task
                t_out = t + sec(600 + r.uniform(0, 60))
                lead = leader(t_out) or B
                t2 = K(
                    lead,
                    t_out,
                    f"sequence {ctx} has been timed out",
                    "sequence %s has been timed out",
                )
                t2 = dispatched(lead, t2 + sec(0.05), ctx, svc, stage, f"{stage}.delivery.finished")
                busy[key] = (t2, ctx)
                late = helm_down[1] + sec(r.uniform(20, 90))
                for kind in ("started", "finished"):
                    p, tl = received(late, ctx, svc, stage, f"{task}.{kind}", src)
                    tl = K(
                        p,
                        tl + sec(0.05),
                        f"The received sh.keptn.event.{task}.{kind} event with keptn context {ctx} is not accociated with a task that was previously triggered",
                        "The received %s event with keptn context %s is not accociated with a task that was previously triggered",
                    )
                    K(
                        p,
                        tl + sec(0.01),
                        "Unable to handle task event: sequence not found",
                        "Unable to handle task event: sequence not found",
                    )
                    late += sec(r.uniform(*KP_DUR[task]))
                return
            _, t1 = received(t + sec(r.uniform(1, 4)), ctx, svc, stage, f"{task}.started", src)
            lo, hi = KP_DUR[task]
            if stage == "dev" and task == "test":
                lo, hi = 40, 110
            t_fin = t1 + sec(r.uniform(lo, hi))
            if (
                special["pause"] is None
                and stage == "production"
                and task == "deployment"
                and t_fin > at(7, 30)
            ):
                special["pause"] = ctx
                K(
                    r.choice(KP_PODS),
                    t1 + sec(r.uniform(5, 20)),
                    "Processing PAUSE sequence control",
                    "Processing PAUSE sequence control",
                )
            if (
                special["stall"] is None
                and task in ("deployment", "test")
                and abs((t_fin - mongo[0]).total_seconds()) < 240
            ):
                special["stall"] = ctx
                t_fin = mongo[0] + sec(r.uniform(8, 35))
            p2, t = received(t_fin, ctx, svc, stage, f"{task}.finished", src)
            if mongo[0] <= t_fin < mongo[1]:
                K(
                    p2,
                    t + sec(0.3),
                    f"Unable to handle task event: unable to handle sh.keptn.event.{task}.finished event: server selection error: server selection timeout, current topology: {KP_TOPO}",
                    "Unable to handle task event: unable to handle %s event: server selection error: %s, current topology: { %s }",
                    level="error",
                )
                # the sequence waits for an event that is gone until someone aborts it
                t_ab = at(11, 5, r.uniform(0, 50))
                p = r.choice(KP_PODS)
                t_ab = K(
                    p,
                    t_ab,
                    "Processing ABORT sequence control",
                    "Processing ABORT sequence control",
                )
                t_ab = dispatched(p, t_ab + sec(0.2), ctx, svc, stage, f"{stage}.delivery.finished")
                busy[key] = (t_ab, ctx)
                p = r.choice(KP_PODS)
                t_ab = K(
                    p,
                    t_ab + sec(r.uniform(3, 6)),
                    "Processing ABORT sequence control",
                    "Processing ABORT sequence control",
                )
                K(
                    p,
                    t_ab + sec(0.05),
                    f"no active task executions for project {KP_PROJECT} in stage {stage} for Keptn context {ctx} found",
                    "no active task executions for project %s in stage %s for Keptn context %s found",
                )
                return
            disp = p2
            if (
                task == "evaluation"
                and svc == "catalogue"
                and stage == "staging"
                and r.random() < 0.35
            ):
                result = "fail"
        t = dispatched(disp, t + sec(0.2), ctx, svc, stage, f"{stage}.delivery.finished")
        busy[key] = (t, ctx)
        nxt = KP_NEXT.get(stage)
        if nxt and result == "pass":
            t = dispatched(disp, t + sec(0.01), ctx, svc, nxt, f"{nxt}.delivery.triggered")
            stage_run(svc, ctx, nxt, t + sec(r.uniform(0.1, 0.6)), "shipyard-controller")

    deliveries: list[tuple[datetime, str]] = []
    for svc in ("carts", "catalogue", "orders"):
        for t in times(r, T0 + sec(r.uniform(300, 900)), at(11, 25), 1000, lo=300):
            deliveries.append((t, svc))
    deliveries.append((mongo[0] + sec(12), "carts"))
    deliveries.sort()
    for t, svc in deliveries:
        stage_run(svc, ruuid(r), "dev", t, "gitlab-ci")
    return fs.logs(T0)


SYSTEMS = {
    "actions-runner-controller": arc,
    "dagger": dagger,
    "onedev": onedev,
    "harness-delegate": harness,
    "keptn": keptn,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
