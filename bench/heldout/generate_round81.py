#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 81 (teamcity, tekton, atlantis, renovate, buildbot) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (a Java stack trace, Renovate's indented fields,
Twisted's tab-indented continuation lines) have no label. Distinct calls of one process never
share a timestamp at the log's resolution (round 53's Clock), except where the log's resolution
is the second (Buildbot's twistd.log): there, as round 75's CrowdSec and Teleport, the clock is
a microsecond one and a burst shares its second as a real one does. Five CI/CD programs:

- JetBrains TeamCity 2024.03.3's server log (`teamcity-server.log`, log4j2's `[%d] %6p -
  %30.30c - %m%n`: `[2024-06-04 06:12:41,233]   INFO - tbrains.buildServer.ACTIVITIES - Build
  started; Build "Shop / Backend / Build" {build id=48213, buildTypeId=Shop_Backend_Build}`,
  the category padded to 30 and cut from the left): start-up (version, data directory,
  database, plugins, server URL), eight agents registering, commits on four VCS roots
  (`Finish collecting changes for VCS root %s, found: %d changes, took %d ms`), build chains
  queued, started and finished (`Build added to queue; %s`, `Build removed from queue; %s`,
  `Build started; %s`, `Build finished; %s`), commit statuses published to GitHub; GitHub
  unreachable 07:40-07:56 (`Error collecting changes for VCS root %s: ...VcsException: Failed to
  fetch from %s: Connection timed out` with its stack), an expired token on one root from
  09:00 (`Authentication failed`), a build hung past its execution timeout, linux-agent-4 lost
  at 09:12 with its build interrupted, GitHub's status API answering 502 at 10:05, a script
  failing to log in every five minutes, the restart at 11:00 (agents unregistered with
  `Reason: Server shutdown`, the start-up again).
- Tekton Pipelines v0.59.2's controller (`tekton-pipelines-controller-5f9b6c8d7b-k2x7q.log`
  until the upgrade at 10:30, `tekton-pipelines-controller-6c4d9f7b8-mz5wp.log` after): zap JSON
  with Tekton's encoder keys (`{"severity":"info","timestamp":"2024-06-04T06:00:01.123Z",
  "logger":"tekton-pipelines-controller","caller":"taskrun/taskrun.go:598","message":"...",
  "commit":"3f2e1d0","knative.dev/controller":"...","knative.dev/kind":"tekton.dev.TaskRun",
  "knative.dev/traceid":"...","knative.dev/key":"ci/shop-ci-x7k2p-unit-test"}`) and a few klog
  lines of client-go's leader election among them. Knative's `Reconcile succeeded` with its
  duration and `Reconcile error` with its error, the event broadcaster's `Event(v1.ObjectReference
  {...}): type: 'Normal' reason: 'Running' ...` lines, Tekton's `Successfully reconciled taskrun
  %s/%s with status: %#v`, `taskrun done : %s \\n`, `PipelineRun %s status is being set to %s`,
  `Creating a new TaskRun object %s for pipeline task %s`; a failing unit test, a kaniko build
  timing out (`stopping task run %q because of %q`), a namespace's quota exceeded
  (`Failed to create task run pod for taskrun %q: %v`), a PipelineRun naming a Pipeline that
  does not exist, the API server down three minutes, update conflicts, the upgrade's restart.
- Atlantis v0.28.1 (`atlantis.log`, zap JSON: `{"level":"info","ts":"2024-06-04T06:01:12.345Z",
  "caller":"events/events_controller.go:563","msg":"...","json":{"repo":"acme/infra-live",
  "pull":"412"}}`, errors with a `stacktrace` key): pull requests opened and updated
  (`identified event as type %q`), comments (`parsed comment as command=%q verbose=%t ...`),
  autoplans and plans per project (`creating dir '%s'`, `successfully parsed atlantis.yaml
  file`, `%d projects are to be planned based on their when_modified config`, `acquired lock
  with id %q`, `successfully ran %q in %q`, `Updating GitHub Check status for '%s' to '%s'`),
  applies, automerges, closed pulls' directories deleted; plan failures, a mistyped command, an
  old organisation webhook with a stale secret (`payload signature check failed`), GitHub
  answering 502 at 09:10, the restart at 10:00.
- Renovate 37.368.2 run hourly by a CI schedule on seven repositories at LOG_LEVEL=debug
  (`renovate-0600.log` ... `renovate-1100.log`, its pretty stdout: ` INFO: Repository started
  (repository=acme/web)` with the extra fields on the lines under it, indented seven blanks,
  no time at all): configuration, repository initialisation, the clone, `Using file match: %s
  for manager %s`, `Matched %d file(s) for manager %s: %s`, extraction and lookups, branches
  (`getBranchPr(%s)`, `findPr(%s, %s, %s)`, `Pull Request #%d does not need updating`, `Branch
  created`, `PR created`), `Repository result: %s, status: %s, enabled: %s, onboarded: %s`,
  timing splits; the private npm registry timing out at 08:00 (`Package lookup failures`), a
  lock file failing to update (`artifactErrors`), GitHub failing one repository at 10:00
  (`Repository has unknown error`).
- Buildbot 3.11.2 (`master-twistd.log`, `worker-linux-01-twistd.log`,
  `worker-linux-02-twistd.log`: Twisted's legacy file log, `2024-06-04 06:00:01+0000 [-]
  message`, the system in brackets, a message's later lines after a tab): two GitPollers every
  minute (`gitpoller: processing changes from "%s"`), changes and builds on two builders
  (`%s.startBuild`, `starting build %s.. pinging the worker %s`, ` step '%s' complete: %s`,
  ` %s: build finished`), the workers' commands (` startCommand:%s [id %s]`,
  `RunProcess._startCommand`, the command, `  in dir %s (timeout %d secs)`, `  argv: %s`,
  `  environment:` with the environment over many lines, `command finished with signal %s,
  exit code %s, elapsedTime: %0.6f`, `WorkerForBuilder.commandComplete %s`); GitHub's name not
  resolving 07:30-07:42 (GitError), a compile error, a test run hanging (`command timed out:
  %d seconds without output running %s, attempting to kill`), worker-linux-02 losing its
  network at 09:26 (`%s.lostRemote`), the master restarting at 10:15 (SIGTERM, the workers'
  reconnects).

Label notes. The rules of rounds 51 to 77 hold. TeamCity's time, level and category, the zap
keys other than the message (Tekton's `severity`, `timestamp`, `logger`, `caller` and fields,
Atlantis' `level`, `ts`, `caller`, `json` and `stacktrace`), klog's header, Renovate's level and
its `(repository=..., branch=...)` meta and indented fields, and Twisted's time and system are
context: the message is the label. An `error` field made from a format (Knative's `Reconcile
error`) contributes that format after the message, as rounds 66 and 69. An object's string
(TeamCity's `Build "..." {build id=..., buildTypeId=...}`, `Queued build {...}`, a VCS root's
description, Go's `%#v` of a condition, Buildbot's `<Build ...>`) is one value; a message
passed as a value contributes its format (Tekton's event messages, TeamCity's exception text,
Atlantis' comment command). An event's reason and type are constants the code passes (Tekton's
`'Normal' reason: 'Running'`): wording. Renovate's template literals are written with `%s`.
A Java stack, Renovate's indented fields and Twisted's tab-indented lines belong to their
event.

Sources: written from the helper's knowledge, with a few texts checked against copies of the
sources in this session: Tekton's `Successfully reconciled taskrun %s/%s with status: %#v`,
`taskrun done : %s \\n`, `stopping task run %q because of %q`, `Failed to create task run pod for
taskrun %q: %v`, the quota and timeout messages; Knative's `Starting controller and workers`,
`Started workers`, `Shutting down workers` and `Reconcile error`; Atlantis' `creating dir '%s'`
and `Deleting repo pull directory: %s`; Buildbot's GitPoller lines and GitError, `%s.startBuild`,
`starting build %s.. pinging the worker %s`, ` step '%s' complete: %s`, ` %s: build finished`,
`%s.lostRemote`. Least sure (invented or from memory): TeamCity's start-up and shutdown lines,
the agent registration and unregistration wordings, the queue and build lines' object strings,
the VCS lines, the commit status publisher's and the login failure's wordings, the
execution-timeout line; Tekton's `Pending` event message, Knative's `Reconcile succeeded` with a
`duration` in seconds, the `has started leading` line, `Failed to update resource status`, the
klog lines' file:line; Atlantis' start-up and shutdown lines, `parsed comment as` with 0.28's
fields, `acquired lock with id %q`, `successfully ran %q in %q` at info, `Error running %s
operation: %s`, `Unable to update commit status: %s`, `Unable to comment: %s`, `automerging pull
request`, the signature failure; Renovate's order of lines, `artifactErrors`, `Package lookup
failures`' fields, the compact JSON's line breaking; Buildbot's `worker '%s' attaching from %s`,
`Got workerinfo from '%s'`, `Worker.detached(%s)`, the worker's connect lines and the reprs of
its objects. Run it only to change the data on purpose: `python
bench/heldout/generate_round81.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records) and its Clock: `add(file, t, label, text)`
    writes `text(t)` (the event's lines, the first labelled `label`) at the process's next
    free instant (`proc`, the file by default) and returns that instant."""

    def __init__(self, res: int) -> None:
        self.clock = Clock(res)
        self.files: dict[str, Records] = {}

    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object = None
    ) -> datetime:
        t = self.clock.at(proc if proc is not None else f, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def jframes(*fs: str) -> list[str]:
    return [f"\tat {f}" for f in fs]


# --------------------------------------------------------------------------------- teamcity

TC_ROOTS = {
    "backend": (
        "https://github.com/acme/shop-backend#refs/heads/main",
        3,
        "Shop_HttpsGithubComAcmeShopBackendRefsHeadsMain",
    ),
    "frontend": (
        "https://github.com/acme/shop-frontend#refs/heads/main",
        4,
        "Shop_HttpsGithubComAcmeShopFrontendRefsHeadsMain",
    ),
    "infra": (
        "https://github.com/acme/platform-infra#refs/heads/main",
        7,
        "Platform_HttpsGithubComAcmePlatformInfraRefsHeadsMain",
    ),
    "android": ("git@github.com:acme/shop-android.git#refs/heads/develop", 9, "Mobile_ShopAndroid"),
}
# id, internal id, full name, duration range (s), commit status published
TC_CONFIGS = {
    "Shop_Backend_Build": ("bt12", "Shop / Backend / Build", (140, 260), True),
    "Shop_Backend_Test": ("bt13", "Shop / Backend / Integration Tests", (300, 540), True),
    "Shop_Frontend_Build": ("bt21", "Shop / Frontend / Build", (90, 180), True),
    "Shop_Frontend_E2E": ("bt22", "Shop / Frontend / E2E Tests", (360, 620), True),
    "Shop_DeployStaging": ("bt30", "Shop / Deploy to Staging", (60, 120), False),
    "Platform_Terraform_Plan": ("bt41", "Platform / Terraform / Plan", (50, 110), False),
    "Mobile_Android_Assemble": ("bt51", "Mobile / Android / Assemble Debug", (420, 700), False),
}
TC_CHAINS = {
    "backend": [
        ["Shop_Backend_Build", "Shop_Backend_Test"],
        ["Shop_Backend_Build", "Shop_Backend_Test", "Shop_DeployStaging"],
    ],
    "frontend": [["Shop_Frontend_Build", "Shop_Frontend_E2E"], ["Shop_Frontend_Build"]],
    "infra": [["Platform_Terraform_Plan"]],
    "android": [["Mobile_Android_Assemble"]],
}
TC_AGENTS = [
    ("linux-agent-1", 1, "10.20.1.11"),
    ("linux-agent-2", 2, "10.20.1.12"),
    ("linux-agent-3", 3, "10.20.1.13"),
    ("linux-agent-4", 4, "10.20.1.14"),
    ("linux-agent-5", 5, "10.20.1.15"),
    ("linux-agent-6", 6, "10.20.1.16"),
    ("android-agent-1", 8, "10.20.2.21"),
    ("android-agent-2", 9, "10.20.2.22"),
]
TC_GIT_STACK = jframes(
    "jetbrains.buildServer.buildTriggers.vcs.git.FetchCommandImpl.fetch(FetchCommandImpl.java:162)",
    "jetbrains.buildServer.buildTriggers.vcs.git.GitCollectChangesPolicy.doFetch(GitCollectChangesPolicy.java:179)",
    "jetbrains.buildServer.buildTriggers.vcs.git.GitCollectChangesPolicy.collectChanges(GitCollectChangesPolicy.java:97)",
    "jetbrains.buildServer.vcs.impl.VcsChangesLoader.loadChanges(VcsChangesLoader.java:214)",
    "jetbrains.buildServer.vcs.impl.VcsModificationChecker.checkRoot(VcsModificationChecker.java:388)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
)


def teamcity(r: random.Random) -> list[Log]:
    """One TeamCity server (teamcity.acme.internal) from 06:00 to 12:00. It starts at 06:00
    after the nightly backup; eight agents register. Commits land on four VCS roots (the shop's
    backend and frontend most); each check that finds changes queues the root's build chain,
    each build waiting for a free agent, running, finishing, the shop's builds publishing a
    GitHub commit status when they start and when they finish. GitHub is unreachable from
    07:40 to 07:56 (the checks fail with their stack, the changes arrive when it is back); the
    Android root's token expires at 09:00 and every check of it fails from then on;
    linux-agent-4 stops answering at 09:12 (its build interrupted, the agent unregistered);
    an integration test run hangs past its execution timeout at 08:31; GitHub's status API
    answers 502 from 10:05 to 10:12; a release script logs in with a stale password every
    five minutes; the server restarts at 11:00 for a plugin update."""
    fs = Files(1000)
    f = "teamcity-server.log"
    t0, t_end = at(6, 0), at(12, 0)

    def E(
        t: datetime, lvl: str, cat: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        def text(t: datetime) -> list[str]:
            return [
                f"[{t:%Y-%m-%d %H:%M:%S},{ms3(t)}] {lvl:>6} - {cat[-30:]:>30} - {msg}",
                *(more or []),
            ]

        return fs.add(f, t, label, text, proc="server")

    SRV = "jetbrains.buildServer.SERVER"
    ACT = "jetbrains.buildServer.ACTIVITIES"
    VCS = "jetbrains.buildServer.VCS"
    AUTH = "jetbrains.buildServer.AUTH"
    CSP = "jetbrains.buildServer.commitStatusPublisher.CommitStatusPublisherListener"
    TMO = "jetbrains.buildServer.serverSide.impl.ExecutionTimeoutWatcher"

    def describe_agent(a: tuple[str, int, str]) -> str:
        return (
            f'"{a[0]}" {{id={a[1]}, host="{a[2]}:9090", protocol=unidirectional, version=160329}}'
        )

    def describe_root(k: str) -> str:
        url, iid, pid = TC_ROOTS[k]
        return f'"{url}" {{instance id={iid}, parent internal id={iid}, parent id={pid}, description: "{url}"}}'

    registered: set[str] = set()

    def startup(t: datetime) -> datetime:
        t = E(
            t,
            "INFO",
            SRV,
            "Starting TeamCity server version %s (build %s)",
            "Starting TeamCity server version 2024.03.3 (build 160329)",
        )
        t = E(
            t + secs(r, 0.2, 0.5),
            "INFO",
            SRV,
            "Data directory: %s",
            "Data directory: /data/teamcity_server/datadir",
        )
        t = E(
            t + secs(r, 2, 4),
            "INFO",
            SRV,
            "Using database: %s",
            "Using database: PostgreSQL 15.6, jdbc:postgresql://db.acme.internal:5432/teamcity",
        )
        t = E(
            t + secs(r, 8, 14),
            "INFO",
            SRV,
            "Loaded %d plugins",
            f"Loaded {r.randint(118, 124)} plugins",
        )
        t = E(
            t + secs(r, 10, 20),
            "INFO",
            SRV,
            "TeamCity server is started, server URL: %s",
            "TeamCity server is started, server URL: https://teamcity.acme.internal",
        )
        for a in TC_AGENTS:
            t = E(
                t + secs(r, 0.5, 6),
                "INFO",
                SRV,
                "Agent has been registered: %s, not running a build",
                f"Agent has been registered: {describe_agent(a)}, not running a build",
            )
            registered.add(a[0])
        return t

    def shutdown(t: datetime) -> datetime:
        t = E(
            t, "INFO", SRV, "Shutting down TeamCity server...", "Shutting down TeamCity server..."
        )
        for a in TC_AGENTS:
            if a[0] in registered:
                t = E(
                    t + secs(r, 0.01, 0.1),
                    "INFO",
                    SRV,
                    "Agent has been unregistered: %s. Reason: Server shutdown",
                    f"Agent has been unregistered: {describe_agent(a)}. Reason: Server shutdown",
                )
        registered.clear()
        return E(
            t + secs(r, 3, 6),
            "INFO",
            SRV,
            "TeamCity server shutdown complete",
            "TeamCity server shutdown complete",
        )

    restart = at(11, 0, 4)
    down = (restart, restart + timedelta(seconds=150))
    gh_down = (at(7, 40), at(7, 56))
    token_expired = at(9, 0)
    agent_lost = at(9, 12, 30)
    status_502 = (at(10, 5), at(10, 12))

    startup(t0 + secs(r, 1, 3))

    busy: dict[str, datetime] = {a[0]: t0 for a in TC_AGENTS}
    promo = [r.randint(61000, 61500)]
    build_no = [r.randint(48100, 48200)]
    hung_done = [False]

    def is_down(t: datetime) -> bool:
        return down[0] <= t < down[1]

    def queued_desc(pid: int, cfg: str, branch: str, trig: str) -> str:
        return f'Queued build {{Build promotion {{promotion id={pid}, configuration={{id={cfg}, internal id={TC_CONFIGS[cfg][0]}}}, branch={branch}}}, triggered by "{trig}"}}'

    def build_desc(bid: int, cfg: str) -> str:
        return f'Build "{TC_CONFIGS[cfg][1]}" {{build id={bid}, buildTypeId={cfg}}}'

    def publish(t: datetime, cfg: str, bid: int, state: str, rev: str) -> datetime:
        if not TC_CONFIGS[cfg][3]:
            return t
        if status_502[0] <= t < status_502[1]:
            return E(
                t,
                "WARN",
                CSP,
                "Failed to publish status to GitHub for build %s: HTTP response error: %d %s",
                f"Failed to publish status to GitHub for build {build_desc(bid, cfg)}: HTTP response error: 502 Bad Gateway",
            )
        return E(
            t,
            "INFO",
            CSP,
            "Publishing %s status for commit %s of build %s",
            f"Publishing {state} status for commit {rev} of build {build_desc(bid, cfg)}",
        )

    def run_chain(t: datetime, root: str, rev: str) -> None:
        chain = r.choice(TC_CHAINS[root])
        branch = "refs/heads/develop" if root == "android" else "refs/heads/main"
        trig = f"##type='vcsTrigger' triggerId='TRIGGER_{r.randint(10, 99)}' vcsRootId='{TC_ROOTS[root][2]}'"
        for i, cfg in enumerate(chain):
            if is_down(t):
                return
            promo[0] += 1
            pid = promo[0]
            qd = queued_desc(pid, cfg, branch, trig if i == 0 else "Finish Build Trigger")
            t = E(
                t + secs(r, 0.05, 0.6),
                "INFO",
                ACT,
                "Build added to queue; %s",
                f"Build added to queue; {qd}",
            )
            pool = [
                a
                for a in TC_AGENTS
                if (a[0].startswith("android") == (root == "android"))
                and not (a[0] == "linux-agent-4" and t >= agent_lost)
            ]
            if not pool:
                return
            a = min(pool, key=lambda x: busy[x[0]])
            start = max(t + secs(r, 2, 12), busy[a[0]] + secs(r, 1, 5))
            if is_down(start) or start > t_end:
                return
            E(start, "INFO", ACT, "Build removed from queue; %s", f"Build removed from queue; {qd}")
            build_no[0] += 1
            bid = build_no[0]
            start = E(
                start + secs(r, 0.01, 0.2),
                "INFO",
                ACT,
                "Build started; %s",
                f"Build started; {build_desc(bid, cfg)}",
            )
            publish(start + secs(r, 0.2, 1.5), cfg, bid, "pending", rev)
            lo, hi = TC_CONFIGS[cfg][2]
            end = start + secs(r, lo, hi)
            if a[0] == "linux-agent-4" and start < agent_lost < end:
                busy[a[0]] = t_end
                E(
                    agent_lost + timedelta(seconds=300.4),
                    "INFO",
                    ACT,
                    "Build interrupted; %s",
                    f"Build interrupted; {build_desc(bid, cfg)}",
                )
                return
            if (
                cfg == "Shop_Backend_Test"
                and not hung_done[0]
                and start > at(7, 50)
                and not (gh_down[0] <= start < gh_down[1])
            ):
                hung_done[0] = True
                end = start + timedelta(minutes=30)
                E(
                    end,
                    "WARN",
                    TMO,
                    "Stopping build %s: the build has exceeded the execution timeout of %d minutes",
                    f"Stopping build {build_desc(bid, cfg)}: the build has exceeded the execution timeout of 30 minutes",
                )
                end = E(
                    end + secs(r, 4, 9),
                    "INFO",
                    ACT,
                    "Build interrupted; %s",
                    f"Build interrupted; {build_desc(bid, cfg)}",
                )
                busy[a[0]] = end
                publish(end + secs(r, 0.2, 1), cfg, bid, "failure", rev)
                return
            if is_down(end):
                return
            busy[a[0]] = end
            end = E(
                end, "INFO", ACT, "Build finished; %s", f"Build finished; {build_desc(bid, cfg)}"
            )
            failed = r.random() < 0.1
            publish(end + secs(r, 0.2, 1.5), cfg, bid, "failure" if failed else "success", rev)
            if failed:
                return
            t = end

    # commits on each root; a check every 60 s picks them up
    rates = {"backend": 190, "frontend": 250, "infra": 900, "android": 700}
    pending: dict[str, list[datetime]] = {
        k: sorted(poisson(r, t0 + timedelta(minutes=2), t_end, m)) for k, m in rates.items()
    }
    phase = {k: r.uniform(0, 60) for k in TC_ROOTS}
    checks = sorted(
        (t0 + timedelta(minutes=1 + i, seconds=phase[k]), k) for k in TC_ROOTS for i in range(360)
    )
    for tc, k in checks:
        commits = pending[k]
        if tc >= t_end or is_down(tc):
            continue
        url = TC_ROOTS[k][0].split("#")[0]
        if gh_down[0] <= tc < gh_down[1]:
            E(
                tc + secs(r, 20, 21),
                "WARN",
                VCS,
                "Error collecting changes for VCS root %s: jetbrains.buildServer.vcs.VcsException: Failed to fetch from %s: Connection timed out",
                f"Error collecting changes for VCS root {describe_root(k)}: jetbrains.buildServer.vcs.VcsException: Failed to fetch from {url}: Connection timed out",
                [
                    f"jetbrains.buildServer.vcs.VcsException: Failed to fetch from {url}: Connection timed out",
                    *TC_GIT_STACK,
                    "Caused by: java.net.ConnectException: Connection timed out",
                    "\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
                    "\t... 12 more",
                ],
            )
            continue
        if k == "android" and tc >= token_expired:
            E(
                tc + secs(r, 0.5, 1.5),
                "WARN",
                VCS,
                'Error collecting changes for VCS root %s: jetbrains.buildServer.vcs.VcsException: Authentication failed for "%s"',
                f'Error collecting changes for VCS root {describe_root(k)}: jetbrains.buildServer.vcs.VcsException: Authentication failed for "{url}"',
                [
                    f'jetbrains.buildServer.vcs.VcsException: Authentication failed for "{url}"',
                    *TC_GIT_STACK[:4],
                    "\t... 7 more",
                ],
            )
            continue
        n = 0
        while commits and commits[0] <= tc:
            commits.pop(0)
            n += 1
        if n:
            took = r.randint(300, 2400)
            tx = E(
                tc + timedelta(milliseconds=took),
                "INFO",
                VCS,
                "Finish collecting changes for VCS root %s, found: %d changes, took %d ms",
                f"Finish collecting changes for VCS root {describe_root(k)}, found: {n} changes, took {took} ms",
            )
            run_chain(tx, k, hexid(r, 40))

    # linux-agent-4 stops answering
    a4 = TC_AGENTS[3]
    E(
        agent_lost + timedelta(seconds=300),
        "INFO",
        SRV,
        "Agent has been unregistered: %s. Reason: Agent has not contacted the server for more than %d seconds",
        f"Agent has been unregistered: {describe_agent(a4)}. Reason: Agent has not contacted the server for more than 300 seconds",
    )
    registered.discard(a4[0])
    # the release script's stale password
    for tl in poisson(r, t0 + timedelta(minutes=5), t_end, 300):
        if not is_down(tl):
            E(
                tl,
                "WARN",
                AUTH,
                'Failed login attempt for user "%s" from %s: Incorrect username or password',
                'Failed login attempt for user "release-bot" from 10.20.5.40: Incorrect username or password',
            )
    # the restart
    shutdown(down[0])
    startup(down[1] - timedelta(seconds=40))
    for a in TC_AGENTS:
        busy[a[0]] = down[1]
    return fs.logs(t0)


# --------------------------------------------------------------------------------- tekton

TK_COMMIT = "3f2e1d0"
TK_TR_CTRL = "github.com.tektoncd.pipeline.pkg.reconciler.taskrun.Reconciler"
TK_PR_CTRL = "github.com.tektoncd.pipeline.pkg.reconciler.pipelinerun.Reconciler"
TK_PIPELINES = {
    # name, tasks (name, steps, duration range s), weight
    "shop-ci": [
        ("fetch-source", ["clone"], (8, 20)),
        ("unit-test", ["unit-test"], (70, 160)),
        ("lint", ["golangci-lint"], (40, 90)),
        ("build-image", ["build-and-push"], (120, 260)),
    ],
    "docs-publish": [
        ("fetch-source", ["clone"], (6, 14)),
        ("build-site", ["hugo"], (20, 45)),
        ("publish", ["upload"], (10, 25)),
    ],
}
TK_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def go_cond(t: datetime, status: str, reason: str, msg: str) -> str:
    """Go's %#v of a *apis.Condition."""
    m = json.dumps(msg)[1:-1]
    return f'&apis.Condition{{Type:"Succeeded", Status:"{status}", Severity:"", LastTransitionTime:apis.VolatileTime{{Inner:v1.Time{{Time:time.Date({t.year}, time.{TK_MONTHS[t.month - 1]}, {t.day}, {t.hour}, {t.minute}, {t.second}, 0, time.Local)}}}}, Reason:"{reason}", Message:"{m}"}}'


def go_cond_s(t: datetime, status: str, reason: str, msg: str) -> str:
    """Go's %s of a *apis.Condition."""
    return f"&{{Succeeded {status}  {{{t:%Y-%m-%d %H:%M:%S} +0000 UTC}} {reason} {msg}}}"


def tekton(r: random.Random) -> list[Log]:
    """The Tekton Pipelines controller of a CI cluster, 06:00 to 12:00: the pod that has run
    since the day before until the upgrade at 10:30, then its replacement. Triggers create a
    `shop-ci` PipelineRun in namespace `ci` for every push to the shop (fetch-source, then
    unit-test and lint side by side, then build-image) and a `docs-publish` one now and then;
    each TaskRun is reconciled as its pod goes from pending to running to done, each
    PipelineRun whenever one of its TaskRuns changes. At 07:12 a commit breaks a unit test; at
    08:20 kaniko's push hangs and build-image times out after 10 minutes; from 08:45 to 08:58
    the namespace's CPU quota is full and build-image pods are refused (requeued every minute);
    at 09:05 someone creates a PipelineRun for the Pipeline `deploy-stagging`; from 09:20 to
    09:23 the API server is restarted by a control-plane upgrade (status updates and the lease
    renewals refused); now and then a status update conflicts."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(12, 0)
    upgrade = at(10, 30, 12)
    pods = {
        "old": "tekton-pipelines-controller-5f9b6c8d7b-k2x7q",
        "new": "tekton-pipelines-controller-6c4d9f7b8-mz5wp",
    }

    def pod_at(t: datetime) -> str:
        return "old" if t < upgrade else "new"

    def Z(
        t: datetime,
        sev: str,
        caller: str,
        label: str,
        msg: str,
        fields: dict[str, object] | None = None,
        logger: str = "tekton-pipelines-controller",
    ) -> datetime:
        p = pod_at(t)

        def text(t: datetime) -> list[str]:
            d: dict[str, object] = {
                "severity": sev,
                "timestamp": f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z",
                "logger": logger,
                "caller": caller,
                "message": msg,
                "commit": TK_COMMIT,
            }
            d.update(fields or {})
            return [json.dumps(d, ensure_ascii=False, separators=(",", ":"))]

        return fs.add(pods[p] + ".log", t, label, text, proc=p)

    def K(t: datetime, lvl: str, src: str, label: str, msg: str) -> datetime:
        p = pod_at(t)

        def text(t: datetime) -> list[str]:
            return [f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d}       1 {src}] {msg}"]

        return fs.add(pods[p] + ".log", t, label, text, proc=p)

    def ctx(kind: str, key: str) -> dict[str, object]:
        ctrl = TK_TR_CTRL if kind == "TaskRun" else TK_PR_CTRL
        return {
            "knative.dev/controller": ctrl,
            "knative.dev/kind": f"tekton.dev.{kind}",
            "knative.dev/traceid": uuid4(r),
            "knative.dev/key": key,
        }

    def ok(t: datetime, kind: str, key: str, c: dict[str, object]) -> datetime:
        d = dict(c)
        d["duration"] = round(r.uniform(0.002, 0.09), 9)
        return Z(
            t,
            "info",
            "controller/controller.go:550",
            "Reconcile succeeded",
            "Reconcile succeeded",
            d,
        )

    api_down = (at(9, 20, 5), at(9, 23, 10))
    quota_full = (at(8, 45), at(8, 58))
    uids: dict[str, str] = {}
    rv = [4418200]

    def objref(kind: str, ns: str, name: str) -> str:
        rv[0] += r.randint(1, 40)
        uid = uids.setdefault(name, uuid4(r))
        return f'v1.ObjectReference{{Kind:"{kind}", Namespace:"{ns}", Name:"{name}", UID:"{uid}", APIVersion:"tekton.dev/v1", ResourceVersion:"{rv[0]}", FieldPath:""}}'

    def event(
        t: datetime, kind: str, name: str, typ: str, reason: str, label_msg: str, msg: str
    ) -> datetime:
        """An event the broadcaster logs; Started, Succeeded and Failed are constants of their
        calls, the other reasons the condition's (a value)."""
        ctrl = TK_TR_CTRL if kind == "TaskRun" else TK_PR_CTRL
        lreason = reason if reason in ("Started", "Succeeded", "Failed") else "%v"
        return Z(
            t,
            "info",
            "record/event.go:377",
            f"Event(%#v): type: '{typ}' reason: '{lreason}' {label_msg}",
            f"Event({objref(kind, 'ci', name)}): type: '{typ}' reason: '{reason}' {msg}",
            {"knative.dev/controller": ctrl, "knative.dev/kind": f"tekton.dev.{kind}"},
            logger="tekton-pipelines-controller.event-broadcaster",
        )

    def in_api_down(t: datetime) -> bool:
        return api_down[0] <= t < api_down[1]

    def reconcile_err(t: datetime, kind: str, name: str) -> datetime:
        key = f"ci/{name}"
        c = ctx(kind, key)
        plural = "taskruns" if kind == "TaskRun" else "pipelineruns"
        Z(
            t,
            "warn",
            f"{kind.lower()}/reconciler.go:{312 if kind == 'TaskRun' else 318}",
            "Failed to update resource status",
            "Failed to update resource status",
            {
                **c,
                "error": f'Put "https://10.96.0.1:443/apis/tekton.dev/v1/namespaces/ci/{plural}/{name}/status": dial tcp 10.96.0.1:443: connect: connection refused',
            },
        )
        d = dict(c)
        d["duration"] = round(r.uniform(0.001, 0.02), 9)
        d["error"] = (
            f'Put "https://10.96.0.1:443/apis/tekton.dev/v1/namespaces/ci/{plural}/{name}/status": dial tcp 10.96.0.1:443: connect: connection refused'
        )
        return Z(
            t + secs(r, 0.001, 0.003),
            "error",
            "controller/controller.go:566",
            "Reconcile error error=Put %q: dial tcp %s: connect: connection refused",
            "Reconcile error",
            d,
        )

    def conflict(t: datetime, kind: str, name: str) -> datetime:
        plural = "taskruns.tekton.dev" if kind == "TaskRun" else "pipelineruns.tekton.dev"
        d = ctx(kind, f"ci/{name}")
        d["duration"] = round(r.uniform(0.005, 0.05), 9)
        d["error"] = (
            f'Operation cannot be fulfilled on {plural} "{name}": the object has been modified; please apply your changes to the latest version and try again'
        )
        return Z(
            t,
            "error",
            "controller/controller.go:566",
            "Reconcile error error=Operation cannot be fulfilled on %s %q: the object has been modified; please apply your changes to the latest version and try again",
            "Reconcile error",
            d,
        )

    def tr_reconcile(
        t: datetime, name: str, cond: tuple[str, str, str] | None, since: datetime
    ) -> datetime:
        """One reconcile of a TaskRun that ends with `Successfully reconciled` (cond given)."""
        if in_api_down(t):
            return reconcile_err(t, "TaskRun", name)
        c = ctx("TaskRun", f"ci/{name}")
        if cond:
            st, reason, msg = cond
            t = Z(
                t,
                "info",
                "taskrun/taskrun.go:598",
                "Successfully reconciled taskrun %s/%s with status: %#v",
                f"Successfully reconciled taskrun {name}/ci with status: {go_cond(since, st, reason, msg)}",
                c,
            )
        if r.random() < 0.015:
            return conflict(t + secs(r, 0.003, 0.02), "TaskRun", name)
        return ok(t + secs(r, 0.002, 0.03), "TaskRun", f"ci/{name}", c)

    def tr_done(t: datetime, name: str) -> datetime:
        if in_api_down(t):
            return reconcile_err(t, "TaskRun", name)
        c = ctx("TaskRun", f"ci/{name}")
        t = Z(
            t,
            "info",
            "taskrun/taskrun.go:232",
            "taskrun done : %s \\n",
            f"taskrun done : {name} \n",
            c,
        )
        return ok(t + secs(r, 0.002, 0.02), "TaskRun", f"ci/{name}", c)

    def pr_reconcile(
        t: datetime, name: str, status: str, reason: str, msg: str, since: datetime
    ) -> datetime:
        if in_api_down(t):
            return reconcile_err(t, "PipelineRun", name)
        c = ctx("PipelineRun", f"ci/{name}")
        t = Z(
            t,
            "info",
            "pipelinerun/pipelinerun.go:794",
            "PipelineRun %s status is being set to %s",
            f"PipelineRun {name} status is being set to {go_cond_s(since, status, reason, msg)}",
            c,
        )
        if r.random() < 0.01:
            return conflict(t + secs(r, 0.003, 0.02), "PipelineRun", name)
        return ok(t + secs(r, 0.002, 0.04), "PipelineRun", f"ci/{name}", c)

    def tasks_msg(done: int, failed: int, skipped: int) -> str:
        return f"Tasks Completed: {done} (Failed: {failed}, Cancelled 0), Skipped: {skipped}"

    TM_LABEL = "Tasks Completed: %d (Failed: %d, Cancelled %d), Skipped: %d"
    PENDING = 'pod status "Initialized":"False"; message: "containers with incomplete status: [prepare place-scripts]"'

    def taskrun(
        t: datetime, name: str, steps: list[str], dur: tuple[int, int], outcome: str
    ) -> tuple[datetime, bool]:
        """A TaskRun from its creation at t; returns its end and whether it succeeded."""
        tr_start = t
        if outcome == "quota":
            n = 0
            while t < quota_full[1] and n < 20:
                c = ctx("TaskRun", f"ci/{name}")
                err = f'pods "{name}-pod" is forbidden: exceeded quota: ci-compute, requested: limits.cpu=2, used: limits.cpu=15, limited: limits.cpu=16'
                if n == 0:
                    event(t + secs(r, 0.001, 0.01), "TaskRun", name, "Normal", "Started", "", "")
                Z(
                    t + secs(r, 0.01, 0.03),
                    "error",
                    "taskrun/taskrun.go:562",
                    "Failed to create task run pod for taskrun %q: %v",
                    f'Failed to create task run pod for taskrun "{name}": {err}',
                    c,
                )
                if n == 0:
                    event(
                        t + secs(r, 0.03, 0.05),
                        "TaskRun",
                        name,
                        "Normal",
                        "ExceededResourceQuota",
                        "TaskRun Pod exceeded available resources: pods %q is forbidden: exceeded quota: %s, requested: %s, used: %s, limited: %s",
                        f"TaskRun Pod exceeded available resources: {err}",
                    )
                t += timedelta(seconds=60) + secs(r, 0, 1)
                n += 1
            tr_start = t
            outcome = "ok"
        else:
            event(t + secs(r, 0.001, 0.01), "TaskRun", name, "Normal", "Started", "", "")
        t = tr_reconcile(t + secs(r, 0.05, 0.2), name, ("Unknown", "Pending", PENDING), tr_start)
        event(
            t + secs(r, 0.001, 0.005),
            "TaskRun",
            name,
            "Normal",
            "Pending",
            "pod status %q:%q; message: %q",
            PENDING,
        )
        t_run = t + secs(r, 3, 9)
        t = tr_reconcile(
            t_run,
            name,
            ("Unknown", "Running", "Not all Steps in the Task have finished executing"),
            t_run,
        )
        event(
            t + secs(r, 0.001, 0.005),
            "TaskRun",
            name,
            "Normal",
            "Running",
            "Not all Steps in the Task have finished executing",
            "Not all Steps in the Task have finished executing",
        )
        end = t + timedelta(seconds=r.uniform(*dur))
        if outcome == "timeout":
            end = tr_start + timedelta(minutes=10)
        for _ in range(r.randint(1, 2)):
            tm = t + (end - t) * r.uniform(0.2, 0.9)
            tr_reconcile(
                tm,
                name,
                ("Unknown", "Running", "Not all Steps in the Task have finished executing"),
                t_run,
            )
        if outcome == "timeout":
            c = ctx("TaskRun", f"ci/{name}")
            t = Z(
                end,
                "warn",
                "taskrun/taskrun.go:835",
                "stopping task run %q because of %q",
                f'stopping task run "{name}" because of "TaskRunTimeout"',
                c,
            )
            event(
                t + secs(r, 0.01, 0.03),
                "TaskRun",
                name,
                "Warning",
                "Failed",
                "TaskRun %q failed to finish within %q",
                f'TaskRun "{name}" failed to finish within "10m0s"',
            )
            t = ok(t + secs(r, 0.03, 0.06), "TaskRun", f"ci/{name}", c)
            return tr_done(t + secs(r, 1, 3), name), False
        if outcome == "fail":
            msg = f'"step-{steps[0]}" exited with code 1'
            t = tr_reconcile(end, name, ("False", "Failed", msg), end)
            event(
                t + secs(r, 0.001, 0.005),
                "TaskRun",
                name,
                "Warning",
                "Failed",
                "%q exited with code %d",
                msg,
            )
        else:
            t = tr_reconcile(
                end, name, ("True", "Succeeded", "All Steps have completed executing"), end
            )
            event(
                t + secs(r, 0.001, 0.005),
                "TaskRun",
                name,
                "Normal",
                "Succeeded",
                "All Steps have completed executing",
                "All Steps have completed executing",
            )
        for _ in range(r.randint(1, 2)):
            t = tr_done(t + secs(r, 0.3, 2), name)
        return t, outcome == "ok"

    def pipelinerun(t: datetime, pipeline: str, outcome: dict[str, str]) -> None:
        name = f"{pipeline}-{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(5))}"
        tasks = TK_PIPELINES[pipeline]
        start = t
        event(t, "PipelineRun", name, "Normal", "Started", "", "")
        done = 0

        def create(t: datetime, task: str) -> datetime:
            return Z(
                t,
                "info",
                "pipelinerun/pipelinerun.go:1010",
                "Creating a new TaskRun object %s for pipeline task %s",
                f"Creating a new TaskRun object {name}-{task} for pipeline task {task}",
                ctx("PipelineRun", f"ci/{name}"),
            )

        t = create(t + secs(r, 0.01, 0.05), tasks[0][0])
        t = pr_reconcile(
            t + secs(r, 0.001, 0.01), name, "Unknown", "Running", tasks_msg(0, 0, 0), start
        )
        event(
            t + secs(r, 0.001, 0.005),
            "PipelineRun",
            name,
            "Normal",
            "Running",
            TM_LABEL,
            tasks_msg(0, 0, 0),
        )
        end, good = taskrun(
            t + secs(r, 0.05, 0.2),
            f"{name}-{tasks[0][0]}",
            tasks[0][1],
            tasks[0][2],
            outcome.get(tasks[0][0], "ok"),
        )
        done += 1
        groups = [tasks[1:3], tasks[3:]] if pipeline == "shop-ci" else [[x] for x in tasks[1:]]
        failed = 0
        t = end
        for g in groups:
            if not good:
                break
            t = pr_reconcile(
                t + secs(r, 0.01, 0.1), name, "Unknown", "Running", tasks_msg(done, 0, 0), start
            )
            event(
                t + secs(r, 0.001, 0.005),
                "PipelineRun",
                name,
                "Normal",
                "Running",
                TM_LABEL,
                tasks_msg(done, 0, 0),
            )
            ends = []
            for task, steps, dur in g:
                tc = create(t + secs(r, 0.01, 0.05), task)
                ends.append(
                    taskrun(
                        tc + secs(r, 0.05, 0.2),
                        f"{name}-{task}",
                        steps,
                        dur,
                        outcome.get(task, "ok"),
                    )
                )
            for e, _ in sorted(ends)[:-1]:
                pr_reconcile(
                    e + secs(r, 0.01, 0.1),
                    name,
                    "Unknown",
                    "Running",
                    tasks_msg(done + 1, 0, 0),
                    start,
                )
            t = max(e for e, _ in ends)
            done += len(g)
            failed = sum(1 for _, g_ok in ends if not g_ok)
            good = failed == 0
        skipped = len(tasks) - done
        t = t + secs(r, 0.01, 0.1)
        if good:
            t = pr_reconcile(t, name, "True", "Succeeded", tasks_msg(done, 0, 0), t)
            event(
                t + secs(r, 0.001, 0.005),
                "PipelineRun",
                name,
                "Normal",
                "Succeeded",
                TM_LABEL,
                tasks_msg(done, 0, 0),
            )
        else:
            t = pr_reconcile(t, name, "False", "Failed", tasks_msg(done, failed, skipped), t)
            event(
                t + secs(r, 0.001, 0.005),
                "PipelineRun",
                name,
                "Warning",
                "Failed",
                TM_LABEL,
                tasks_msg(done, failed, skipped),
            )
        for _ in range(r.randint(1, 2)):
            t = pr_reconcile(
                t + secs(r, 0.5, 3),
                name,
                "True" if good else "False",
                "Succeeded" if good else "Failed",
                tasks_msg(done, failed, skipped if not good else 0),
                t,
            )

    def startup(t: datetime) -> datetime:
        t = Z(
            t, "info", "sharedmain/main.go:260", "Registering %d clients", "Registering 2 clients"
        )
        t = Z(
            t + secs(r, 0.001, 0.005),
            "info",
            "sharedmain/main.go:261",
            "Registering %d informer factories",
            "Registering 4 informer factories",
        )
        t = Z(
            t + secs(r, 0.001, 0.005),
            "info",
            "sharedmain/main.go:262",
            "Registering %d informers",
            "Registering 11 informers",
        )
        t = Z(
            t + secs(r, 0.001, 0.005),
            "info",
            "sharedmain/main.go:263",
            "Registering %d controllers",
            "Registering 2 controllers",
        )
        t = Z(
            t + secs(r, 0.05, 0.2),
            "info",
            "sharedmain/main.go:300",
            "Starting configuration manager...",
            "Starting configuration manager...",
        )
        t = Z(
            t + secs(r, 0.3, 0.8),
            "info",
            "sharedmain/main.go:305",
            "Starting informers...",
            "Starting informers...",
        )
        t = Z(
            t + secs(r, 1, 2.5),
            "info",
            "sharedmain/main.go:311",
            "Starting controllers...",
            "Starting controllers...",
        )
        for ctrl, kind, bucket in (
            (TK_TR_CTRL, "TaskRun", "taskrun"),
            (TK_PR_CTRL, "PipelineRun", "pipelinerun"),
        ):
            lease = f"tekton-pipelines/tekton-pipelines-controller.github.com.tektoncd.pipeline.pkg.reconciler.{bucket}.reconciler.00-of-01"
            K(
                t + secs(r, 0.001, 0.01),
                "I",
                "leaderelection.go:250",
                "attempting to acquire leader lease %s...",
                f"attempting to acquire leader lease {lease}...",
            )
            cc = {"knative.dev/controller": ctrl, "knative.dev/kind": f"tekton.dev.{kind}"}
            t = Z(
                t + secs(r, 0.005, 0.02),
                "info",
                "controller/controller.go:499",
                "Starting controller and workers",
                "Starting controller and workers",
                cc,
            )
            t = Z(
                t + secs(r, 0.001, 0.005),
                "info",
                "controller/controller.go:509",
                "Started workers",
                "Started workers",
                cc,
            )
        for bucket in ("taskrun", "pipelinerun"):
            lease = f"tekton-pipelines/tekton-pipelines-controller.github.com.tektoncd.pipeline.pkg.reconciler.{bucket}.reconciler.00-of-01"
            t = K(
                t + secs(r, 8, 16),
                "I",
                "leaderelection.go:260",
                "successfully acquired lease %s",
                f"successfully acquired lease {lease}",
            )
            Z(
                t + secs(r, 0.001, 0.005),
                "info",
                "leaderelection/context.go:158",
                "%q has started leading %q",
                f'"{pods["new"]}_{uuid4(r)}" has started leading "{lease.split("/")[1]}"',
            )
        return t

    # the old pod's last hours
    runs = sorted(
        [
            *poisson(r, t0 + timedelta(minutes=2), t_end - timedelta(minutes=15), 800),
            quota_full[0] - timedelta(minutes=3),
            api_down[0] - timedelta(seconds=100),
            api_down[0] - timedelta(seconds=20),
        ]
    )
    docs = sorted(poisson(r, t0 + timedelta(minutes=10), t_end - timedelta(minutes=10), 2400))
    special = {at(7, 12): {"unit-test": "fail"}, at(8, 20): {"build-image": "timeout"}}
    for t in runs:
        if upgrade - timedelta(seconds=60) <= t < upgrade + timedelta(seconds=40):
            continue
        outcome: dict[str, str] = {}
        for ts, o in special.items():
            if abs((t - ts).total_seconds()) < 330:
                outcome = o
        if quota_full[0] - timedelta(minutes=5) <= t < quota_full[1] - timedelta(minutes=4):
            outcome = {"build-image": "quota"}
        elif r.random() < 0.04:
            outcome = {"unit-test": "fail"}
        pipelinerun(t, "shop-ci", outcome)
    for t in docs:
        if not (upgrade - timedelta(seconds=60) <= t < upgrade + timedelta(seconds=40)):
            pipelinerun(t, "docs-publish", {})
    # the PipelineRun naming a Pipeline that does not exist
    tb = at(9, 5, 33)
    name = "deploy-stagging-run-8h2kq"
    c = ctx("PipelineRun", f"ci/{name}")
    event(tb, "PipelineRun", name, "Normal", "Started", "", "")
    Z(
        tb + secs(r, 0.01, 0.03),
        "error",
        "pipelinerun/pipelinerun.go:409",
        "Failed to determine Pipeline spec to use for pipelinerun %s: %v",
        f'Failed to determine Pipeline spec to use for pipelinerun {name}: pipelines.tekton.dev "deploy-stagging" not found',
        c,
    )
    event(
        tb + secs(r, 0.03, 0.05),
        "PipelineRun",
        name,
        "Warning",
        "Failed",
        "Error retrieving pipeline for pipelinerun %s/%s: %s",
        f'Error retrieving pipeline for pipelinerun ci/{name}: pipelines.tekton.dev "deploy-stagging" not found',
    )
    d = dict(c)
    d["duration"] = round(r.uniform(0.01, 0.03), 9)
    d["error"] = 'pipelines.tekton.dev "deploy-stagging" not found'
    Z(
        tb + secs(r, 0.05, 0.08),
        "error",
        "controller/controller.go:566",
        "Reconcile error error=pipelines.tekton.dev %q not found",
        "Reconcile error",
        d,
    )
    # the API server's restart: lease renewals refused
    for i, tl in enumerate(poisson(r, api_down[0], api_down[1], 10)):
        bucket = "taskrun" if i % 2 else "pipelinerun"
        lease = f"tekton-pipelines/tekton-pipelines-controller.github.com.tektoncd.pipeline.pkg.reconciler.{bucket}.reconciler.00-of-01"
        K(
            tl,
            "E",
            "leaderelection.go:332",
            "error retrieving resource lock %s: %v",
            f'error retrieving resource lock {lease}: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/tekton-pipelines/leases/{lease.split("/")[1]}?timeout=5s": dial tcp 10.96.0.1:443: connect: connection refused',
        )
    # the upgrade: the old pod stops, the new one starts
    for ctrl, kind in ((TK_TR_CTRL, "TaskRun"), (TK_PR_CTRL, "PipelineRun")):
        Z(
            upgrade - timedelta(seconds=30) + secs(r, 0, 0.05),
            "info",
            "controller/controller.go:511",
            "Shutting down workers",
            "Shutting down workers",
            {"knative.dev/controller": ctrl, "knative.dev/kind": f"tekton.dev.{kind}"},
        )
    startup(upgrade + secs(r, 0.5, 1))
    return fs.logs(t0)


# --------------------------------------------------------------------------------- atlantis

AT_REPOS = {
    "acme/infra-live": [
        "envs/prod/network",
        "envs/prod/eks",
        "envs/staging/network",
        "envs/staging/eks",
        "envs/prod/rds",
        "global/iam",
    ],
    "acme/infra-modules": ["examples/vpc", "examples/eks"],
    "acme/dns": ["zones"],
}
AT_USERS = ["mkowalski", "jchen", "apatel", "sfischer", "dnguyen"]


def at_stack(fn: str, file_line: str) -> str:
    return "\n".join(
        [
            "github.com/runatlantis/atlantis/server/logging.(*StructuredLogger).Log",
            "\tgithub.com/runatlantis/atlantis/server/logging/simple_logger.go:163",
            "github.com/runatlantis/atlantis/server/logging.(*StructuredLogger).Err",
            "\tgithub.com/runatlantis/atlantis/server/logging/simple_logger.go:127",
            f"github.com/runatlantis/atlantis/server/events.{fn}",
            f"\tgithub.com/runatlantis/atlantis/server/events/{file_line}",
            "github.com/runatlantis/atlantis/server/events.(*DefaultCommandRunner).RunCommentCommand",
            "\tgithub.com/runatlantis/atlantis/server/events/command_runner.go:371",
        ]
    )


def goq(s: str) -> str:
    """Go's %q of a string (printable ASCII)."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def atlantis(r: random.Random) -> list[Log]:
    """One Atlantis server (atlantis-0) for three repositories, 06:00 to 12:00, at the default
    info level. Pull requests are opened (autoplan of the projects their files touch), updated
    with new commits (autoplan again), commented on (`atlantis plan`, `atlantis apply`, now
    and then `atlantis plan -p <project>`), applied, automerged and closed (their directories
    deleted). One plan in ten fails (a provider error, a state lock held by a laptop); an
    engineer types `atlantis plna`; an old organisation webhook still posts every event with a
    stale secret; GitHub's API answers 502 from 09:10 to 09:16 (statuses and comments fail);
    the pod is restarted for an upgrade at 10:00."""
    fs = Files(1000)
    f = "atlantis.log"
    t0, t_end = at(6, 0), at(12, 0)
    restart = (at(10, 0, 3), at(10, 0, 41))
    gh_502 = (at(9, 10), at(9, 16, 30))

    def A(
        t: datetime,
        lvl: str,
        caller: str,
        label: str,
        msg: str,
        fields: dict[str, object] | None = None,
        stack: str | None = None,
    ) -> datetime:
        def text(t: datetime) -> list[str]:
            d: dict[str, object] = {
                "level": lvl,
                "ts": f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z",
                "caller": caller,
                "msg": msg,
                "json": fields or {},
            }
            if stack:
                d["stacktrace"] = stack
            return [json.dumps(d, separators=(",", ":"))]

        return fs.add(f, t, label, text, proc="atlantis")

    def startup(t: datetime) -> datetime:
        t = A(
            t,
            "info",
            "server/server.go:286",
            "Supported VCS Hosts: %s",
            "Supported VCS Hosts: Github",
        )
        t = A(
            t + secs(r, 0.01, 0.05),
            "info",
            "server/server.go:467",
            "Utilizing BoltDB",
            "Utilizing BoltDB",
        )
        return A(
            t + secs(r, 0.3, 0.9),
            "info",
            "server/server.go:1034",
            "Atlantis started - listening on port %v",
            "Atlantis started - listening on port 4141",
        )

    def down(t: datetime) -> bool:
        return restart[0] <= t < restart[1]

    def gh_fail(t: datetime) -> bool:
        return gh_502[0] <= t < gh_502[1]

    def status(t: datetime, ctx: dict[str, object], src: str, state: str) -> datetime:
        if gh_fail(t):
            return A(
                t,
                "error",
                "events/commit_status_updater.go:101",
                "Unable to update commit status: POST %s: %d %s []",
                f"Unable to update commit status: POST https://api.github.com/repos/{ctx['repo']}/statuses/{ctx['sha']}: 502 Bad Gateway []",
                {k: v for k, v in ctx.items() if k != "sha"},
                at_stack(
                    "(*DefaultCommitStatusUpdater).UpdateCombined", "commit_status_updater.go:101"
                ),
            )
        return A(
            t,
            "info",
            "vcs/github_client.go:745",
            "Updating GitHub Check status for '%s' to '%s'",
            f"Updating GitHub Check status for '{src}' to '{state}'",
            {k: v for k, v in ctx.items() if k != "sha"},
        )

    def comment_back(t: datetime, ctx: dict[str, object]) -> datetime:
        if gh_fail(t):
            return A(
                t,
                "error",
                "events/pull_updater.go:56",
                "Unable to comment: POST %s: %d %s []",
                f"Unable to comment: POST https://api.github.com/repos/{ctx['repo']}/issues/{ctx['pull']}/comments: 502 Bad Gateway []",
                {k: v for k, v in ctx.items() if k != "sha"},
                at_stack("(*PullUpdater).updatePull", "pull_updater.go:56"),
            )
        return t

    cloned: set[tuple[str, int]] = set()
    held_locks: dict[str, int] = {}

    def run(
        t: datetime, repo: str, pull: int, sha: str, cmd: str, projects: list[str], autoplan: bool
    ) -> datetime:
        ctx: dict[str, object] = {"repo": repo, "pull": str(pull), "sha": sha}
        jctx = {"repo": repo, "pull": str(pull)}
        if (repo, pull) not in cloned or (cmd == "plan" and autoplan):
            t = A(
                t + secs(r, 0.05, 0.2),
                "info",
                "events/working_dir.go:230",
                "creating dir '%s'",
                f"creating dir '/atlantis-data/repos/{repo}/{pull}/default'",
                jctx,
            )
            cloned.add((repo, pull))
        t += secs(r, 0.8, 2.5)
        if cmd == "plan":
            t = A(
                t,
                "info",
                "events/project_command_builder.go:341",
                "successfully parsed atlantis.yaml file",
                "successfully parsed atlantis.yaml file",
                jctx,
            )
            t = A(
                t + secs(r, 0.001, 0.01),
                "info",
                "events/project_command_builder.go:362",
                "%d projects are to be planned based on their when_modified config",
                f"{len(projects)} projects are to be planned based on their when_modified config",
                jctx,
            )
        t = status(t + secs(r, 0.05, 0.3), ctx, f"atlantis/{cmd}", "pending")
        all_ok = True
        for p in projects:
            pctx = {
                **jctx,
                "project": p.replace("envs/", "").replace("/", "-"),
                "dir": p,
                "workspace": "default",
            }
            lock_key = f"{repo}/{p}/default"
            if cmd == "plan":
                t = A(
                    t + secs(r, 0.01, 0.05),
                    "info",
                    "events/project_locker.go:85",
                    "acquired lock with id %q",
                    f'acquired lock with id "{lock_key}"',
                    pctx,
                )
                held_locks[lock_key] = pull
            t = status(
                t + secs(r, 0.05, 0.2), {**ctx, **pctx}, f"atlantis/{cmd}: {p}/default", "pending"
            )
            path = f"/atlantis-data/repos/{repo}/{pull}/default/{p}"
            if cmd == "plan":
                t = A(
                    t + secs(r, 4, 15),
                    "info",
                    "terraform/terraform_client.go:364",
                    "successfully ran %q in %q",
                    f"successfully ran {goq('/atlantis-data/bin/terraform1.7.5 init -input=false -upgrade')} in {goq(path)}",
                    pctx,
                )
                fail = r.random() < 0.1
                tf = f'/atlantis-data/bin/terraform1.7.5 plan -input=false -refresh -out "{path}/default.tfplan"'
                if fail:
                    t = A(
                        t + secs(r, 5, 40),
                        "error",
                        "events/instrumented_project_command_runner.go:78",
                        "Error running %s operation: running %q in %q: exit status %d",
                        f"Error running plan operation: running {goq(tf)} in {goq(path)}: exit status 1",
                        pctx,
                        at_stack(
                            "(*InstrumentedProjectCommandRunner).Plan",
                            "instrumented_project_command_runner.go:78",
                        ),
                    )
                    all_ok = False
                    t = status(
                        t + secs(r, 0.05, 0.2),
                        {**ctx, **pctx},
                        f"atlantis/{cmd}: {p}/default",
                        "failure",
                    )
                    continue
                t = A(
                    t + secs(r, 5, 40),
                    "info",
                    "terraform/terraform_client.go:364",
                    "successfully ran %q in %q",
                    f"successfully ran {goq(tf)} in {goq(path)}",
                    pctx,
                )
            else:
                tf = f'/atlantis-data/bin/terraform1.7.5 apply -input=false "{path}/default.tfplan"'
                t = A(
                    t + secs(r, 10, 90),
                    "info",
                    "terraform/terraform_client.go:364",
                    "successfully ran %q in %q",
                    f"successfully ran {goq(tf)} in {goq(path)}",
                    pctx,
                )
                held_locks.pop(lock_key, None)
            t = status(
                t + secs(r, 0.05, 0.2), {**ctx, **pctx}, f"atlantis/{cmd}: {p}/default", "success"
            )
        t = status(
            t + secs(r, 0.05, 0.3), ctx, f"atlantis/{cmd}", "success" if all_ok else "failure"
        )
        t = comment_back(t + secs(r, 0.1, 0.4), ctx)
        return t

    def webhook_bad(t: datetime) -> datetime:
        return A(
            t,
            "warn",
            "controllers/events/events_controller.go:222",
            "payload signature check failed",
            "payload signature check failed",
            {"gh-request-id": f"X-Github-Delivery={uuid4(r)}"},
        )

    def pull_event(t: datetime, kind: str, repo: str, pull: int) -> datetime:
        t = A(
            t,
            "info",
            "events/events_controller.go:412",
            "identified event as type %q",
            f'identified event as type "{kind}"',
            {"gh-request-id": f"X-Github-Delivery={uuid4(r)}", "repo": repo, "pull": str(pull)},
        )
        if r.random() < 0.8:
            webhook_bad(t + secs(r, 0.05, 0.8))
        return t

    def comment(t: datetime, repo: str, pull: int, cmd: str, project: str = "") -> datetime:
        fields = {"gh-request-id": f"X-Github-Delivery={uuid4(r)}", "repo": repo, "pull": str(pull)}
        t = A(
            t,
            "info",
            "events/events_controller.go:587",
            "parsed comment as command=%q verbose=%t dir=%q workspace=%q project=%q policyset=%q, auto-merge-disabled=%t, auto-merge-method=%s, clear-policy-approval=%t, flags=%q",
            f'parsed comment as command="{cmd}" verbose=false dir="" workspace="" project="{project}" policyset="", auto-merge-disabled=false, auto-merge-method=, clear-policy-approval=false, flags=""',
            fields,
        )
        if r.random() < 0.8:
            webhook_bad(t + secs(r, 0.05, 0.8))
        return t

    startup(t0 + secs(r, 0.5, 2))
    pulls = sorted(poisson(r, t0 + timedelta(minutes=3), t_end - timedelta(minutes=40), 480))
    next_pull = {"acme/infra-live": 4120, "acme/infra-modules": 233, "acme/dns": 87}
    for tp in pulls:
        repo = r.choices(list(AT_REPOS), weights=[7, 2, 2])[0]
        next_pull[repo] += 1
        pull = next_pull[repo]
        dirs = AT_REPOS[repo]
        projects = r.sample(dirs, min(len(dirs), r.choice([1, 1, 2, 2, 3])))
        t = tp
        sha = hexid(r, 40)
        steps: list[tuple[str, str]] = [("opened", "")]
        steps += [("synchronize", "")] * r.choice([0, 1, 1, 2])
        if r.random() < 0.3:
            steps.append(("comment", "plan"))
        if r.random() < 0.75:
            steps.append(("comment", "apply"))
            steps.append(("closed", ""))
        for kind, cmd in steps:
            if t >= t_end:
                break
            if down(t):
                t = restart[1] + secs(r, 5, 60)
            if kind == "comment":
                if r.random() < 0.04:
                    t = comment_back(
                        A(
                            t,
                            "info",
                            "events/events_controller.go:603",
                            "Commenting back on pull request: Error: unknown command %q.\\nRun 'atlantis --help' for usage.",
                            "Commenting back on pull request: Error: unknown command \"plna\".\nRun 'atlantis --help' for usage.",
                            {"repo": repo, "pull": str(pull)},
                        ),
                        {"repo": repo, "pull": str(pull), "sha": sha},
                    )
                    t += secs(r, 20, 90)
                t = comment(t, repo, pull, cmd)
                t = run(t, repo, pull, sha, cmd, projects, False)
                if cmd == "apply":
                    t = A(
                        t + secs(r, 0.2, 0.8),
                        "info",
                        "events/automerger.go:39",
                        "automerging pull request",
                        "automerging pull request",
                        {"repo": repo, "pull": str(pull)},
                    )
            elif kind == "closed":
                t = pull_event(t + secs(r, 1, 4), "closed", repo, pull)
                A(
                    t + secs(r, 0.1, 0.5),
                    "info",
                    "events/working_dir.go:406",
                    "Deleting repo pull directory: %s",
                    f"Deleting repo pull directory: /atlantis-data/repos/{repo}/{pull}",
                    {"repo": repo, "pull": str(pull)},
                )
            else:
                sha = hexid(r, 40)
                t = pull_event(t, kind, repo, pull)
                t = run(t, repo, pull, sha, "plan", projects, True)
            t += timedelta(seconds=r.expovariate(1 / 900)) + secs(r, 30, 120)
    # a stale lock deleted in the web UI now and then
    for tl in sorted(poisson(r, t0 + timedelta(minutes=30), t_end, 5400)):
        if not down(tl):
            repo = r.choice(list(AT_REPOS))
            p = r.choice(AT_REPOS[repo])
            A(
                tl,
                "info",
                "controllers/locks_controller.go:129",
                "Deleted lock id %q",
                f'Deleted lock id "{repo}/{p}/default"',
            )
    # the upgrade's restart
    A(
        restart[0],
        "info",
        "server/server.go:1064",
        "Received interrupt. Waiting for in-progress operations to complete",
        "Received interrupt. Waiting for in-progress operations to complete",
    )
    A(
        restart[0] + secs(r, 0.2, 1.5),
        "info",
        "server/server.go:1078",
        "All in-progress operations complete, shutting down",
        "All in-progress operations complete, shutting down",
    )
    startup(restart[1])
    return fs.logs(t0)


# --------------------------------------------------------------------------------- renovate

RN_VERSION = "37.368.2"
RN_MANAGERS = [
    ("npm", ["(^|/)package\\.json$"]),
    (
        "dockerfile",
        ["(^|/|\\.)([Dd]ocker|[Cc]ontainer)file$", "(^|/)([Dd]ocker|[Cc]ontainer)file[^/]*$"],
    ),
    ("docker-compose", ["(^|/)(?:docker-)?compose[^/]*\\.ya?ml$"]),
    (
        "github-actions",
        ["^(\\.github|\\.gitea|\\.forgejo)/workflows/[^/]+\\.ya?ml$", "(^|/)action\\.ya?ml$"],
    ),
    ("gomod", ["(^|/)go\\.mod$"]),
    ("terraform", ["\\.tf$"]),
    ("helm-values", ["(^|/)values\\.ya?ml$"]),
]
# repository: files per manager, dependencies and the updates it has
RN_REPOS = {
    "acme/web": {
        "npm": ["package.json", "packages/ui/package.json", "packages/api-client/package.json"],
        "dockerfile": ["Dockerfile"],
        "github-actions": [".github/workflows/ci.yml", ".github/workflows/release.yml"],
    },
    "acme/api": {
        "gomod": ["go.mod"],
        "dockerfile": ["Dockerfile", "tools/Dockerfile.migrate"],
        "docker-compose": ["docker-compose.yml"],
        "github-actions": [".github/workflows/ci.yml"],
    },
    "acme/payments": {
        "npm": ["package.json"],
        "dockerfile": ["Dockerfile"],
        "github-actions": [".github/workflows/test.yml"],
    },
    "acme/infra": {
        "terraform": [
            "modules/vpc/main.tf",
            "modules/eks/main.tf",
            "envs/prod/main.tf",
            "envs/staging/main.tf",
        ],
        "helm-values": ["charts/shop/values.yaml"],
    },
    "acme/data-pipeline": {
        "dockerfile": ["Dockerfile"],
        "docker-compose": ["compose.yaml"],
        "github-actions": [".github/workflows/ci.yml"],
    },
    "acme/mobile-bff": {"npm": ["package.json"], "github-actions": [".github/workflows/ci.yml"]},
    "acme/docs": {"npm": ["package.json"], "github-actions": [".github/workflows/deploy.yml"]},
}
RN_BRANCHES = {
    "acme/web": [
        "renovate/eslint-monorepo",
        "renovate/react-monorepo",
        "renovate/vite-5.x",
        "renovate/typescript-5.x",
        "renovate/actions-setup-node-4.x",
        "renovate/node-20.x",
    ],
    "acme/api": [
        "renovate/golang.org-x-net-0.x",
        "renovate/github.com-jackc-pgx-v5-5.x",
        "renovate/golang-1.x",
        "renovate/postgres-16.x",
    ],
    "acme/payments": ["renovate/stripe-15.x", "renovate/jest-monorepo", "renovate/node-20.x"],
    "acme/infra": [
        "renovate/terraform-aws-modules-vpc-aws-5.x",
        "renovate/hashicorp-aws-5.x",
        "renovate/ingress-nginx-4.x",
    ],
    "acme/data-pipeline": ["renovate/python-3.x", "renovate/apache-airflow-2.x"],
    "acme/mobile-bff": [
        "renovate/fastify-monorepo",
        "renovate/pino-9.x",
        "renovate/lock-file-maintenance",
    ],
    "acme/docs": ["renovate/docusaurus-monorepo"],
}


def compact(v: object, indent: int, width: int = 80) -> list[str]:
    """json-stringify-pretty-compact's lines for v: a value that fits on one line stays on it."""
    one = json.dumps(v, separators=(", ", ": "))
    if len(one) + indent <= width or not isinstance(v, (dict, list)) or not v:
        return [one]
    out: list[str] = []
    items = list(v.items()) if isinstance(v, dict) else [(None, x) for x in v]
    open_, close = ("{", "}") if isinstance(v, dict) else ("[", "]")
    out.append(open_)
    for i, (k, x) in enumerate(items):
        sub = compact(x, indent + 2, width)
        head = (json.dumps(k) + ": ") if k is not None else ""
        sub[0] = "  " + head + sub[0]
        sub[1:] = ["  " + s for s in sub[1:]]
        if i < len(items) - 1:
            sub[-1] += ","
        out.extend(sub)
    out.append(close)
    return out


def fields_lines(d: dict[str, object]) -> list[str]:
    out: list[str] = []
    keys = list(d)
    for i, k in enumerate(keys):
        sub = compact(d[k], 7 + len(k) + 4)
        sub[0] = f'"{k}": ' + sub[0]
        if i < len(keys) - 1:
            sub[-1] += ","
        out.extend("       " + s for s in sub)
    return out


def renovate(r: random.Random) -> list[Log]:
    """Renovate run by a CI schedule every hour from 06:00 to 11:00 (six runs, one log each)
    on seven repositories of the acme organisation, LOG_LEVEL=debug, repositories listed in
    the config (no autodiscovery). Each run reads its config, checks git, then for each
    repository initialises it (clone or fetch), extracts dependencies with seven managers,
    looks up releases, and walks its branches: most PRs exist and need nothing, a new release
    makes a branch and a PR now and then. At 08:00 the private npm registry times out
    (lookups fail in the npm repositories); at 09:00 acme/payments' lock file cannot be
    regenerated (npm's ERESOLVE); at 10:00 GitHub fails acme/data-pipeline (`Repository has
    unknown error`)."""
    logs: list[Log] = []
    next_pr = {k: r.randint(300, 1900) for k in RN_REPOS}
    prs: dict[tuple[str, str], int] = {}
    for repo, bs in RN_BRANCHES.items():
        for b in bs[:-1]:
            next_pr[repo] += r.randint(1, 12)
            prs[(repo, b)] = next_pr[repo]
    for hour in range(6, 13):
        log = Log(f"renovate-{hour:02d}00.log", at(hour, 0))

        def L(
            level: str,
            label: str,
            msg: str,
            meta: dict[str, str] | None = None,
            fields: dict[str, object] | None = None,
            log: Log = log,
        ) -> None:
            lv = {"debug": "DEBUG", "info": " INFO", "warn": " WARN", "error": "ERROR"}[level]
            m = f" ({', '.join(f'{k}={v}' for k, v in meta.items())})" if meta else ""
            log.add(f"{lv}: {msg}{m}", label)
            for line in fields_lines(fields or {}):
                log.add(line, None)

        repos = list(RN_REPOS)
        L(
            "debug",
            "Checking for config file in %s",
            "Checking for config file in /usr/src/app/config.js",
        )
        L(
            "debug",
            "File config",
            "File config",
            None,
            {
                "config": {
                    "platform": "github",
                    "onboarding": False,
                    "requireConfig": "required",
                    "repositories": repos,
                    "hostRules": [
                        {
                            "matchHost": "npm.acme.internal",
                            "hostType": "npm",
                            "token": "***********",
                        }
                    ],
                }
            },
        )
        L(
            "debug",
            "Combined config",
            "Combined config",
            None,
            {
                "config": {
                    "platform": "github",
                    "endpoint": "https://api.github.com/",
                    "token": "***********",
                    "gitAuthor": "Renovate Bot <bot@renovateapp.com>",
                    "onboarding": False,
                    "requireConfig": "required",
                    "repositories": repos,
                    "enabledManagers": [m for m, _ in RN_MANAGERS],
                }
            },
        )
        L("debug", "Found valid git version: %s", "Found valid git version: 2.43.0")
        L(
            "debug",
            "Using default github endpoint: %s",
            "Using default github endpoint: https://api.github.com/",
        )
        for repo in repos:
            meta = {"repository": repo}
            L(
                "info",
                "Repository started",
                "Repository started",
                meta,
                {"renovateVersion": RN_VERSION},
            )
            local = f"/tmp/renovate/repos/github/{repo}"
            L("debug", "Using localDir: %s", f"Using localDir: {local}", meta)
            L("debug", 'initRepo("%s")', f'initRepo("{repo}")', meta)
            L("debug", "%s default branch = %s", f"{repo} default branch = main", meta)
            L("debug", "Repo is onboarded", "Repo is onboarded", meta)
            L("debug", "Found %s config file", "Found renovate.json config file", meta)
            cfg: dict[str, object] = {
                "$schema": "https://docs.renovatebot.com/renovate-schema.json",
                "extends": ["config:recommended", ":semanticCommits"],
            }
            if repo in ("acme/web", "acme/mobile-bff"):
                cfg["packageRules"] = [
                    {
                        "matchUpdateTypes": ["minor", "patch"],
                        "matchCurrentVersion": "!/^0/",
                        "automerge": True,
                    }
                ]
            if repo == "acme/mobile-bff":
                cfg["lockFileMaintenance"] = {"enabled": True}
            L(
                "debug",
                "Repository config",
                "Repository config",
                meta,
                {"fileName": "renovate.json", "config": cfg},
            )
            if repo == "acme/data-pipeline" and hour == 10:
                L(
                    "error",
                    "Repository has unknown error",
                    "Repository has unknown error",
                    meta,
                    {
                        "err": {
                            "message": "Response code 502 (Bad Gateway)",
                            "stack": "HTTPError: Response code 502 (Bad Gateway)\n    at Request.<anonymous> (/usr/local/renovate/node_modules/got/dist/source/as-promise/index.js:118:42)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
                            "name": "HTTPError",
                            "code": "ERR_NON_2XX_3XX_RESPONSE",
                            "timings": {
                                "start": 1717495203114,
                                "socket": 1717495203115,
                                "lookup": 1717495203116,
                            },
                            "url": f"https://api.github.com/repos/{repo}/pulls?per_page=100&state=all&sort=updated&direction=desc&page=1",
                        }
                    },
                )
                L(
                    "debug",
                    "Repository result: %s, status: %s, enabled: %s, onboarded: %s",
                    "Repository result: unknown-error, status: unknown, enabled: true, onboarded: true",
                    meta,
                )
                L(
                    "info",
                    "Repository finished",
                    "Repository finished",
                    meta,
                    {"cloned": False, "durationMs": r.randint(2000, 4000)},
                )
                continue
            fresh = hour == 6 or r.random() < 0.2
            if fresh:
                L("debug", "Performing blobless clone", "Performing blobless clone", meta)
            L(
                "debug",
                "git clone completed" if fresh else "git fetch completed",
                "git clone completed" if fresh else "git fetch completed",
                meta,
                {"durationMs": r.randint(900, 4200) if fresh else r.randint(200, 900)},
            )
            L(
                "debug",
                "latest repository commit",
                "latest repository commit",
                meta,
                {
                    "latestCommit": {
                        "hash": hexid(r, 40),
                        "date": f"2024-06-0{r.randint(3, 4)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+00:00",
                        "message": r.choice(
                            [
                                "Merge pull request #812 from acme/feat/checkout-v2",
                                "fix: handle empty cart",
                                "chore(deps): update dependency eslint to v8.57.0",
                                "docs: update README",
                            ]
                        ),
                        "refs": "HEAD -> main, origin/main, origin/HEAD",
                        "body": "",
                        "author_name": r.choice(["Maria Kowalski", "Jun Chen", "renovate[bot]"]),
                        "author_email": "dev@acme.example",
                    }
                },
            )
            L("debug", "Setting current branch to %s", "Setting current branch to main", meta)
            for man, pats in RN_MANAGERS:
                for p in pats:
                    L(
                        "debug",
                        "Using file match: %s for manager %s",
                        f"Using file match: {p} for manager {man}",
                        meta,
                    )
            files = RN_REPOS[repo]
            for man, fl in files.items():
                L(
                    "debug",
                    "Matched %d file(s) for manager %s: %s",
                    f"Matched {len(fl)} file(s) for manager {man}: {', '.join(fl)}",
                    meta,
                )
            bmeta = {"repository": repo, "baseBranch": "main"}
            deps = {m: len(fl) * r.randint(4, 40) for m, fl in files.items()}
            L(
                "info",
                "Dependency extraction complete",
                "Dependency extraction complete",
                bmeta,
                {
                    "stats": {
                        "managers": {
                            m: {"fileCount": len(fl), "depCount": deps[m]}
                            for m, fl in files.items()
                        },
                        "total": {
                            "fileCount": sum(len(x) for x in files.values()),
                            "depCount": sum(deps.values()),
                        },
                    }
                },
            )
            if hour == 8 and "npm" in files:
                L(
                    "warn",
                    "Package lookup failures",
                    "Package lookup failures",
                    meta,
                    {
                        "warnings": [
                            "Failed to look up npm package @acme/ui-kit",
                            "Failed to look up npm package @acme/eslint-config",
                        ],
                        "files": files["npm"],
                    },
                )
            L(
                "debug",
                "Package releases lookups complete",
                "Package releases lookups complete",
                bmeta,
            )
            branches = list(RN_BRANCHES[repo])
            ups = [b.split("/", 1)[1] for b in branches]
            L(
                "debug",
                "%d flattened updates found: %s",
                f"{len(ups) + r.randint(0, 6)} flattened updates found: {', '.join(ups)}",
                meta,
            )
            L("debug", "Returning %d branch(es)", f"Returning {len(branches)} branch(es)", meta)
            L(
                "debug",
                "Processing %d branches: %s",
                f"Processing {len(branches)} branches: {', '.join(branches)}",
                meta,
            )
            for b in branches:
                m2 = {"repository": repo, "branch": b}
                L("debug", "getBranchPr(%s)", f"getBranchPr({b})", m2)
                L("debug", "findPr(%s, %s, %s)", f"findPr({b}, undefined, open)", m2)
                if (repo, b) in prs:
                    if repo == "acme/payments" and hour == 9 and b == "renovate/stripe-15.x":
                        L(
                            "warn",
                            "artifactErrors",
                            "artifactErrors",
                            m2,
                            {
                                "artifactErrors": [
                                    {
                                        "lockFile": "package-lock.json",
                                        "stderr": "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: @types/node@18.19.34\n",
                                    }
                                ]
                            },
                        )
                        continue
                    L(
                        "debug",
                        "No package files need updating",
                        "No package files need updating",
                        m2,
                    )
                    L(
                        "debug",
                        "Pull Request #%d does not need updating",
                        f"Pull Request #{prs[(repo, b)]} does not need updating",
                        m2,
                    )
                elif r.random() < 0.35:
                    L("info", "Branch created", "Branch created", m2, {"commitSha": hexid(r, 7)})
                    next_pr[repo] += r.randint(1, 4)
                    prs[(repo, b)] = next_pr[repo]
                    L(
                        "info",
                        "PR created",
                        "PR created",
                        m2,
                        {
                            "pr": next_pr[repo],
                            "prTitle": f"Update {b.split('/', 1)[1].replace('-', ' ')}",
                        },
                    )
                else:
                    L(
                        "debug",
                        "No package files need updating",
                        "No package files need updating",
                        m2,
                    )
            L(
                "debug",
                "Branch lists",
                "Branch lists",
                meta,
                {"branchList": branches, "renovateBranches": branches},
            )
            L(
                "debug",
                "Repository result: %s, status: %s, enabled: %s, onboarded: %s",
                "Repository result: done, status: onboarded, enabled: true, onboarded: true",
                meta,
            )
            splits = {
                "init": r.randint(1500, 5000),
                "extract": r.randint(300, 2500),
                "lookup": r.randint(2000, 30000 if hour == 8 else 9000),
                "update": r.randint(500, 6000),
            }
            L(
                "debug",
                "Repository timing splits (milliseconds)",
                "Repository timing splits (milliseconds)",
                meta,
                {"splits": splits, "total": sum(splits.values()) + r.randint(10, 200)},
            )
            L(
                "info",
                "Repository finished",
                "Repository finished",
                meta,
                {"cloned": True, "durationMs": sum(splits.values()) + r.randint(10, 200)},
            )
        L(
            "debug",
            "Deleted %d of %d file cached entries in %dms",
            f"Deleted {r.randint(0, 40)} of {r.randint(300, 900)} file cached entries in {r.randint(8, 90)}ms",
        )
        L("debug", "Renovate exiting", "Renovate exiting")
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- buildbot

BB_REPOS = {"shop": "https://github.com/acme/shop.git", "docs": "https://github.com/acme/docs.git"}
BB_BUILDERS = {
    # builder, repo, steps: (name, kind, command, duration range s)
    "shop-linux": (
        "shop",
        [
            (
                "git",
                "git",
                ["git", "fetch", "-f", "--progress", "https://github.com/acme/shop.git", "main"],
                (2, 6),
            ),
            ("compile", "shell", ["make", "-j4", "all"], (60, 150)),
            ("test", "shell", ["make", "test"], (90, 240)),
            ("upload", "shell", ["tar", "czf", "dist.tar.gz", "dist"], (3, 9)),
        ],
    ),
    "docs-html": (
        "docs",
        [
            (
                "git",
                "git",
                ["git", "fetch", "-f", "--progress", "https://github.com/acme/docs.git", "main"],
                (2, 5),
            ),
            (
                "build",
                "shell",
                ["sphinx-build", "-W", "-b", "html", "source", "build/html"],
                (30, 70),
            ),
            ("upload", "shell", ["rsync", "-a", "build/html/", "docs@web01:/srv/docs/"], (3, 10)),
        ],
    ),
}
BB_WORKERS = {"linux-01": "10.20.3.11", "linux-02": "10.20.3.12"}
BB_ENV = {
    "HOME": "/home/buildbot",
    "LANG": "C.UTF-8",
    "LOGNAME": "buildbot",
    "PATH": "/home/buildbot/.local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "PWD": "/home/buildbot/worker",
    "PYTHONUNBUFFERED": "1",
    "SHELL": "/bin/bash",
    "USER": "buildbot",
}


def pyrepr_argv(argv: list[str]) -> str:
    return "[" + ", ".join(f"b'{a}'" for a in argv) + "]"


def buildbot(r: random.Random) -> list[Log]:
    """A Buildbot master (ci.acme.internal) and its two workers, 06:00 to 11:30. Two
    GitPollers poll the shop's and the docs' repositories every minute; a change on the
    shop's main triggers `shop-linux` (git, compile, test, upload), on the docs' `docs-html`
    (git, build, upload), on whichever worker is free. GitHub's name does not resolve from
    07:30 to 07:42 (the polls fail with their GitError); a commit at 08:05 breaks the compile;
    at 08:30 the test suite hangs and the worker kills it after 1,200 silent seconds;
    linux-02 loses its network at 09:26 (the build's connection lost, retried on linux-01, the
    worker back at 09:30); the master restarts at 10:15 after a config change (the workers
    reconnect)."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(11, 30)
    files = {
        "master": "master-twistd.log",
        "linux-01": "worker-linux-01-twistd.log",
        "linux-02": "worker-linux-02-twistd.log",
    }

    def T(who: str, t: datetime, system: str, label: str | None, msg: str) -> datetime:
        def text(t: datetime) -> list[str]:
            lines = msg.split("\n")
            return [
                f"{t:%Y-%m-%d %H:%M:%S}+0000 [{system}] {lines[0]}",
                *("\t" + x for x in lines[1:]),
            ]

        return fs.add(files[who], t, label, text, proc=who)

    dns_down = (at(7, 30), at(7, 42))
    restart = (at(10, 15, 2), at(10, 15, 31))
    lost = (at(9, 26, 20), at(9, 30, 10))
    hang_at = at(8, 25)
    bad_compile = at(8, 5)

    def obj(cls: str) -> str:
        return f"<{cls} object at 0x7f{hexid(r, 10)}>"

    def master_start(t: datetime) -> datetime:
        t = T("master", t, "-", "Loading %s...", "Loading /var/lib/buildbot/master/buildbot.tac...")
        t = T("master", t + secs(r, 0.3, 0.8), "-", "Loaded.", "Loaded.")
        t = T(
            "master",
            t + secs(r, 0.01, 0.05),
            "-",
            "twistd %s (%s %s) starting up.",
            "twistd 24.3.0 (/usr/bin/python3 3.11.2) starting up.",
        )
        t = T(
            "master",
            t + secs(r, 0.01, 0.05),
            "-",
            "Starting BuildMaster -- buildbot.version: %s",
            "Starting BuildMaster -- buildbot.version: 3.11.2",
        )
        t = T(
            "master",
            t + secs(r, 0.01, 0.05),
            "-",
            "Loading configuration from %r",
            "Loading configuration from '/var/lib/buildbot/master/master.cfg'",
        )
        t = T(
            "master",
            t + secs(r, 0.4, 1.2),
            "-",
            "Setting up database with URL %r",
            "Setting up database with URL 'postgresql://buildbot:xxxx@db.acme.internal/buildbot'",
        )
        t = T(
            "master",
            t + secs(r, 0.5, 1.5),
            "-",
            "%s starting on %s",
            "PBServerFactory starting on 9989",
        )
        t = T(
            "master",
            t + secs(r, 0.001, 0.01),
            "-",
            "Starting factory %r",
            f"Starting factory {obj('twisted.spread.pb.PBServerFactory')}",
        )
        t = T("master", t + secs(r, 0.05, 0.2), "-", "%s starting on %s", "Site starting on 8010")
        t = T(
            "master",
            t + secs(r, 0.001, 0.01),
            "-",
            "Starting factory %r",
            f"Starting factory {obj('twisted.web.server.Site')}",
        )
        return T(
            "master", t + secs(r, 0.2, 0.6), "-", "BuildMaster is running", "BuildMaster is running"
        )

    def master_stop(t: datetime) -> datetime:
        t = T(
            "master", t, "-", "Received SIGTERM, shutting down.", "Received SIGTERM, shutting down."
        )
        return T("master", t + secs(r, 0.5, 2), "-", "Server Shut Down.", "Server Shut Down.")

    def attach(t: datetime, w: str) -> datetime:
        sysm = f"Broker,{r.randint(0, 9)},{BB_WORKERS[w]}"
        t = T(
            "master",
            t,
            sysm,
            "worker '%s' attaching from %s",
            f"worker '{w}' attaching from IPv4Address(type='TCP', host='{BB_WORKERS[w]}', port={r.randint(32768, 60999)})",
        )
        t = T(
            "master",
            t + secs(r, 0.05, 0.2),
            sysm,
            "Got workerinfo from '%s'",
            f"Got workerinfo from '{w}'",
        )
        T(
            w,
            t + secs(r, 0.01, 0.1),
            "Broker,client",
            "Connected to %s; worker is ready",
            "Connected to ci.acme.internal:9989; worker is ready",
        )
        return t

    def worker_connect(t: datetime, w: str, tries: int) -> datetime:
        t = T(w, t, "-", "Connecting to %s:%d", "Connecting to ci.acme.internal:9989")
        for _ in range(tries):
            t = T(
                w,
                t + secs(r, 0.01, 0.05),
                "Uninitialized",
                "Connection to %s:%d failed: %s",
                "Connection to ci.acme.internal:9989 failed: Connection Refused",
            )
            delay = r.randint(2, 9)
            t = T(
                w,
                t + secs(r, 0.001, 0.01),
                "-",
                "%r will retry in %d seconds",
                f"<twisted.internet.tcp.Connector instance at 0x7f{hexid(r, 10)} disconnected> will retry in {delay} seconds",
            )
            t += timedelta(seconds=delay)
            t = T(w, t, "-", "Connecting to %s:%d", "Connecting to ci.acme.internal:9989")
        return t

    # start-up: the master at 06:00, the workers attached
    t = master_start(t0 + secs(r, 0.5, 1.5))
    for w in BB_WORKERS:
        worker_connect(t - secs(r, 2, 6), w, 1)
        t = attach(t + secs(r, 0.5, 3), w)

    # polls and changes
    busy = {w: t0 for w in BB_WORKERS}
    changes: dict[str, list[datetime]] = {
        "shop": sorted(
            [*poisson(r, t0 + timedelta(minutes=5), t_end, 640), lost[0] - timedelta(seconds=170)]
        ),
        "docs": sorted(poisson(r, t0 + timedelta(minutes=5), t_end, 2600)),
    }
    build_no = {"shop-linux": 1841, "docs-html": 612}
    state = {"hung": False, "broken": False, "lost": False}
    polls = sorted(
        (t0 + timedelta(seconds=60 * (i + 1) + (11 if k == "docs" else 37)) + secs(r, 0, 0.3), k)
        for k in BB_REPOS
        for i in range(330)
    )

    def step_cmd(
        w: str,
        t: datetime,
        builder: str,
        kind: str,
        argv: list[str],
        dur: float,
        rc: int,
        timeout: bool = False,
    ) -> datetime:
        cid = hexid(r, 32)
        t = T(
            w,
            t,
            "Broker,client",
            " startCommand:%s [id %s]",
            f" startCommand:{'shell' if kind != 'stat' else 'stat'} [id {cid}]",
        )
        if kind == "stat":
            return T(
                w,
                t + secs(r, 0.001, 0.01),
                "Broker,client",
                "WorkerForBuilder.commandComplete %s",
                f"WorkerForBuilder.commandComplete {obj('buildbot_worker.commands.fs.StatFile')}",
            )
        t = T(
            w,
            t + secs(r, 0.001, 0.005),
            "Broker,client",
            "RunProcess._startCommand",
            "RunProcess._startCommand",
        )
        t = T(w, t + secs(r, 0.0001, 0.001), "Broker,client", " %s", " " + " ".join(argv))
        t = T(
            w,
            t + secs(r, 0.0001, 0.001),
            "Broker,client",
            "  in dir %s (timeout %d secs)",
            f"  in dir /home/buildbot/worker/{builder}/build (timeout 1200 secs)",
        )
        t = T(
            w,
            t + secs(r, 0.0001, 0.001),
            "Broker,client",
            "  watching logfiles %s",
            "  watching logfiles {}",
        )
        t = T(
            w,
            t + secs(r, 0.0001, 0.001),
            "Broker,client",
            "  argv: %s",
            f"  argv: {pyrepr_argv(argv)}",
        )
        env = {**BB_ENV, "PWD": f"/home/buildbot/worker/{builder}/build"}
        body = "{" + ",\n ".join(f"'{k}': '{v}'" for k, v in env.items()) + "}"
        t = T(
            w,
            t + secs(r, 0.0001, 0.001),
            "Broker,client",
            "  environment:",
            f"  environment:\n{body}",
        )
        t = T(
            w, t + secs(r, 0.0001, 0.001), "Broker,client", "  using PTY: %s", "  using PTY: False"
        )
        if timeout:
            te = t + timedelta(seconds=1200 + r.uniform(60, 300))
            te = T(
                w,
                te,
                "-",
                "command timed out: %d seconds without output running %s, attempting to kill",
                f"command timed out: 1200 seconds without output running {pyrepr_argv(argv)}, attempting to kill",
            )
            te = T(
                w,
                te + secs(r, 0.001, 0.01),
                "-",
                "signal %s sent successfully",
                "signal 9 sent successfully",
            )
            el = (te - t).total_seconds() + 0.2
            te = T(
                w,
                te + secs(r, 0.1, 0.4),
                "-",
                "command finished with signal %s, exit code %s, elapsedTime: %0.6f",
                f"command finished with signal 9, exit code None, elapsedTime: {el:0.6f}",
            )
            return T(
                w,
                te + secs(r, 0.001, 0.01),
                "-",
                "WorkerForBuilder.commandComplete %s",
                f"WorkerForBuilder.commandComplete {obj('buildbot_worker.commands.shell.WorkerShellCommand')}",
            )
        te = t + timedelta(seconds=dur)
        te = T(
            w,
            te,
            "-",
            "command finished with signal %s, exit code %s, elapsedTime: %0.6f",
            f"command finished with signal None, exit code {rc}, elapsedTime: {dur:0.6f}",
        )
        return T(
            w,
            te + secs(r, 0.001, 0.01),
            "-",
            "WorkerForBuilder.commandComplete %s",
            f"WorkerForBuilder.commandComplete {obj('buildbot_worker.commands.shell.WorkerShellCommand')}",
        )

    def build(t: datetime, builder: str, force: str | None = None) -> None:
        steps = BB_BUILDERS[builder][1]
        ws = [
            w
            for w in BB_WORKERS
            if not (
                w == "linux-02"
                and lost[0] - timedelta(minutes=2) <= t < lost[1] + timedelta(seconds=30)
            )
        ]
        w = force or min(ws, key=lambda x: busy[x])
        t = max(t, busy[w]) + secs(r, 0.5, 2)
        if (
            restart[0] - timedelta(seconds=120) <= t < restart[1] + timedelta(seconds=20)
            or t > t_end
        ):
            return
        build_no[builder] += 1
        num = build_no[builder]

        def rep(res: str) -> str:
            return f"<Build {builder} number:{num} results:{res}>"

        wfb = f"<WorkerForBuilder builder='{builder}' worker='{w}' state=BUILDING>"
        t = T("master", t, "-", "%s.startBuild", f"{rep('success')}.startBuild")
        t = T(
            "master",
            t + secs(r, 0.05, 0.3),
            "-",
            "starting build %s.. pinging the worker %s",
            f"starting build {rep('success')}.. pinging the worker {wfb}",
        )
        t += secs(r, 0.1, 0.5)
        result = "success"
        for name, kind, argv, dur in steps:
            if kind == "git":
                t = step_cmd(w, t + secs(r, 0.05, 0.2), builder, "stat", [], 0, 0)
            timeout = name == "test" and not state["hung"] and t >= hang_at
            rc = 0
            if name == "compile" and not state["broken"] and t >= bad_compile:
                state["broken"] = True
                rc = 2
            if (
                w == "linux-02"
                and t < lost[0] < t + timedelta(seconds=dur[1] + 30)
                and not state["lost"]
            ):
                state["lost"] = True
                # the network goes: the command is lost with the connection
                T(
                    w,
                    t + secs(r, 0.05, 0.2),
                    "Broker,client",
                    " startCommand:%s [id %s]",
                    f" startCommand:shell [id {hexid(r, 32)}]",
                )
                tl = T(
                    "master",
                    lost[0] + timedelta(seconds=r.uniform(40, 80)),
                    "Broker,0,10.20.3.12",
                    "%s.lostRemote",
                    f"{rep('success')}.lostRemote",
                )
                tl = T(
                    "master",
                    tl + secs(r, 0.001, 0.01),
                    "Broker,0,10.20.3.12",
                    " stopping currentStep %s",
                    f" stopping currentStep <buildbot.steps.shell.ShellCommand '{name}'>",
                )
                tl = T(
                    "master",
                    tl + secs(r, 0.05, 0.2),
                    "Broker,0,10.20.3.12",
                    " step '%s' complete: %s",
                    f" step '{name}' complete: retry",
                )
                tl = T(
                    "master",
                    tl + secs(r, 0.01, 0.1),
                    "Broker,0,10.20.3.12",
                    " %s: build finished",
                    f" {rep('retry')}: build finished",
                )
                T(
                    "master",
                    tl + secs(r, 0.01, 0.1),
                    "Broker,0,10.20.3.12",
                    "Worker.detached(%s)",
                    f"Worker.detached({w})",
                )
                busy[w] = lost[1]
                build(tl + secs(r, 1, 3), builder)
                return
            if timeout:
                state["hung"] = True
            t = step_cmd(
                w, t + secs(r, 0.05, 0.3), builder, kind, argv, r.uniform(*dur), rc, timeout
            )
            res = "failure" if rc or timeout else "success"
            t = T(
                "master",
                t + secs(r, 0.01, 0.1),
                "-",
                " step '%s' complete: %s",
                f" step '{name}' complete: {res}",
            )
            if res != "success":
                result = "failure"
                break
        t = T(
            "master",
            t + secs(r, 0.05, 0.3),
            "-",
            " %s: build finished",
            f" {rep(result)}: build finished",
        )
        busy[w] = t

    for tp, k in polls:
        if tp >= t_end or restart[0] <= tp < restart[1] + timedelta(seconds=20):
            continue
        url = BB_REPOS[k]
        if dns_down[0] <= tp < dns_down[1]:
            T(
                "master",
                tp + secs(r, 0.02, 0.1),
                "-",
                "command %s in %s on repourl %s failed with exit code %d: fatal: unable to access '%s': Could not resolve host: %s",
                f"command ['fetch', '--progress', '{url}', '+refs/heads/main:refs/buildbot/https/github.com/acme/{k}/heads/main', '--'] in gitpoller-work on repourl {url} failed with exit code 128: fatal: unable to access '{url}/': Could not resolve host: github.com\n",
            )
            continue
        T(
            "master",
            tp + secs(r, 0.4, 1.2),
            "-",
            'gitpoller: processing changes from "%s"',
            f'gitpoller: processing changes from "{url}"',
        )
        new = []
        while (
            changes[k]
            and changes[k][0] <= tp
            and not (dns_down[0] <= changes[k][0] < dns_down[1] and False)
        ):
            new.append(hexid(r, 40))
            changes[k].pop(0)
        if new:
            tc = T(
                "master",
                tp + secs(r, 1.3, 1.8),
                "-",
                'gitpoller: processing %d changes: %s from "%s" branch "%s"',
                f'gitpoller: processing {len(new)} changes: {new} from "{url}" branch "main"',
            )
            force = None
            if (
                k == "shop"
                and not state["lost"]
                and lost[0] - timedelta(minutes=3) <= tc < lost[0]
                and busy["linux-02"] < lost[0] - timedelta(seconds=30)
            ):
                force = "linux-02"
            build(
                tc + timedelta(seconds=r.uniform(15, 20)),
                "shop-linux" if k == "shop" else "docs-html",
                force,
            )
    # linux-02's network: back at 09:30
    T(
        "linux-02",
        lost[1] - secs(r, 5, 10),
        "Broker,client",
        "Lost connection to %s:%d",
        "Lost connection to ci.acme.internal:9989",
    )
    worker_connect(lost[1] - secs(r, 4, 5), "linux-02", 0)
    attach(lost[1] + secs(r, 0.2, 0.6), "linux-02")
    # the master's restart
    master_stop(restart[0])
    master_start(restart[1])
    for w in BB_WORKERS:
        tw = T(
            w,
            restart[0] + secs(r, 0.2, 0.5),
            "Broker,client",
            "Lost connection to %s:%d",
            "Lost connection to ci.acme.internal:9989",
        )
        worker_connect(tw + secs(r, 0.5, 1), w, 2)
        attach(restart[1] + secs(r, 3, 8), w)
    return fs.logs(t0)


SYSTEMS = {
    "teamcity": teamcity,
    "tekton": tekton,
    "atlantis": atlantis,
    "renovate": renovate,
    "buildbot": buildbot,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
