#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 143 (gogs, pulp, archiva, kaniko, packer) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five programs of the software supply chain (a Git
service, two artifact repositories, an image builder and a machine-image builder), 06:00 to
12:00 on 2024-06-07. None of the five is in the set (`gitea` and `forgejo-runner` are, Gogs is
not; `nexus`, `artifactory` and `buildkit` are, Pulp, Archiva and Kaniko are not).

- Gogs 0.13 on one VM behind systemd, PostgreSQL, OpenSSH with `gogs serv` (`gogs.log`: clog's
  file logger, `2024/06/07 09:00:12 [ERROR] [.../auth/ldap/config.go:255 searchEntry()] LDAP
  connect failed for ...`, the caller only on ERROR and FATAL lines; `serv.log`: `gogs serv`'s
  own file, errors only in production; `stdout.log`: `journalctl -u gogs -o cat`, Macaron's
  router log `[Macaron] 2024-06-07 06:03:48: Started GET /data/dbt-models for 10.0.4.229` /
  `Completed GET /data/dbt-models 200 OK in 18.509145ms` and systemd's lines for the unit):
  browsing, logins against LDAP, a CI polling branches through the API, git over HTTP (a 401
  before every authenticated `info/refs`), scanners; the hourly mirror syncs (one upstream
  deleted: `Failed to update mirror repository %q: remote: Repository not found.` with git's
  two more stderr lines and the blank line its trailing newline leaves; GitHub unresolvable
  07:00-07:35: `... fatal: unable to access '%s': Could not resolve host: %s`); PostgreSQL
  restarted 08:10 (`Failed to get user by ID: FATAL: terminating connection due to
  administrator command (SQLSTATE 57P01)`, then pgx's `failed to connect to ...` under `Failed to
  get user by ID: ` and `get user by name: `, `gogs serv`'s `Failed to initialize ORM engine:
  ...`); LDAP unreachable 09:00-09:15; the mail relay down 09:30-10:10 (`Failed to send emails
  %s: %s - gomail: could not send email %d: ...`); `systemctl restart gogs` at 10:30 (`Stopping
  Gogs...`, `Deactivated successfully.`, `Stopped Gogs.`, `Consumed %s CPU time.`, `Started
  Gogs.`, then `Gogs 0.13.0`, `Run mode: Production`, `Available on %s`); a notebook whose
  rendering dereferences nil 10:45-11:00 (Macaron's recovery: `[Macaron] PANIC: runtime error:
  invalid memory address or nil pointer dereference`, no time, and the Go stack as `file:line
  (0xpc)` lines); the disk full 11:10-11:25 (`HTTP.serviceRPC: fail to serve RPC '%s': exit
  status %d - error: unable to create temporary file: No space left on device` with git's
  `fatal: failed to write object`, and `gogs serv`'s `Failed to execute git command: exit status
  %d`); a deleted repository cloned by a cron job every 15 minutes over SSH, a contractor
  without write access pushing.
- Pulp 3.22 with pulp_rpm on two RHEL 9 hosts behind a load balancer (`pulp1-messages`,
  `pulp2-messages`: /var/log/messages, the journal forwarded by rsyslog, `Jun  7 06:05:04 pulp1
  pulpcore-worker-1[1153]: pulp [d4cbe6cc...]: pulpcore.tasking.pulpcore_worker:INFO: Starting
  task ...`): pulpcore-api's gunicorn access log (`pulp [%({correlation-id}o)s]: %(h)s %(l)s
  %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"` behind nginx), pulpcore-content's aiohttp
  access log, two workers a host; hourly syncs of seven upstream repositories by a scheduler
  (pulp-glue: POST sync, poll the task every two minutes, then a publication and a
  distribution update when the repository changed), a CI uploading internal RPMs (upload,
  modify, publication, each task polled with backoff), dnf clients (repomd.xml, metadata,
  packages), monitoring's status checks every 5 minutes; dl.fedoraproject.org unreachable
  07:00-07:40 (the EPEL sync and its two retries: `Task %s failed (Cannot connect to host %s
  ssl:default [Connect call failed ('%s', %d)])` and the second record the worker logs,
  `"\n".join(traceback.format_list(...))`, whose lines the journal splits, each under the syslog
  head and only the first with Pulp's prefix); rhel9-appstream's task process OOM-killed at
  08:4x (`Task process for %s exited with non zero exitcode %i.`, `Cleaning up task %s and
  marking as %s. Reason: %s`); the database failing over 09:20-09:24 (`Cannot connect to
  database during status check.`, Django's `Internal Server Error: %s` with its chained
  traceback split the same way, the status check's 500, pulp1's two workers dying with an
  uncaught traceback on stderr and coming back as `New worker '%s' discovered`); pulp2's
  workers restarted for an upgrade at 10:00 (`Worker %s was requested to shut down.`, `Worker
  %s was shut down.`, `New worker ...`); the CI's token expired 10:15-10:45 (`Unauthorized: %s`
  and the 401s); the EPEL mirror answering 503 for on-demand packages 10:50-11:05 (`Could not
  download remote artifact at '%s': %s` with aiohttp's ClientResponseError text, and the 404s).
- Apache Archiva 2.2.10 standalone (Jetty) for a Java team (`archiva.log`: log4j2's `%d [%t]
  %-5p %c %x - %m%n`, the empty NDC as `[]`; `archiva-audit.log`: `%d{yyyy-MM-dd HH:mm:ss}
  %m%n`, AuditLog's `{repository} {user} {ip} "{resource}" "{action}"`): the CI fleet and
  developers fetching new artifacts through `internal`'s proxy connector to Maven Central
  (`"Created File (proxied)"`, maven-metadata.xml `"Modified File (proxied)"`), 56 snapshot
  deploys of a three-module project to `snapshots` (`"Created File"` for each jar, pom and
  checksum, `"Modified File"` for the metadata), a release to `releases` (`"Created
  Directory"`), a developer's web upload (`"Uploaded File"`); the hourly scans of the three
  managed repositories (`Executing task from queue with job name: RepositoryTask [...]`, `Walk
  Started: [%s] %s`, `Walk Finished: [%s] %s`, `Finished first scan: ` with the statistics dump
  on 18 more lines, `Gathering repository statistics`, `Finished repository task: %s`); Maven
  Central unreachable 08:40-09:05 (metadata: `Transfer error from repository %s for versioned
  Metadata %s, continuing to next repository. Error message: Download failure on resource
  [%s]:Transfer failed for %s (cause: ...ConnectTimeoutException: ...)`; artifacts, the
  connector's propagate-errors policy `stop`: `An error occurred in downloading from the remote
  repository, and the policy is to fail immediately:` with the failure on the next line and the
  ProxyDownloadException's stack and causes, 60-odd lines); the release re-deployed twice
  (`Overwriting released artifacts in repository '%s' is not allowed.`); a restart at 10:40
  (Spring's `Root WebApplicationContext: initialization started` / `completed in %d ms`,
  `Initialized %s`, `Starting task executor, thread name '%s'.`).
- Kaniko 1.23 building a monorepo's three images in Kubernetes, one build pod a pipeline
  running `/kaniko/executor ... --cache=true --cleanup` for each service it changed, 31 pods'
  container logs as the kubelet writes them (`build-images-<pipeline>-<id>_ci_kaniko-<container
  id>.log`: CRI lines, `2024-06-07T06:13:53.653488334Z stderr F ` then logrus's coloured text
  formatter, `\x1b[36mINFO\x1b[0m[0012] Checking for cached layer ...`, the seconds since the
  executor started, the message padded to 44 columns and a trailing space): two Go services
  (a two-stage build, golang:1.22-alpine to distroless, WORKDIR and both RUNs checked against
  the layer cache: `Checking for cached layer %s...`, `Using caching version of cmd: %s` / `No
  cached layer found for cmd %s`, `Found cached layer, extracting to filesystem`, `cmd:
  workdir`, `Cmd: %s`, `Args: %s`, `Running: %s`, `Pushing layer %s to cache now`, `Pushing
  image to %s`, `Pushed %s`, `Saving file %s for later use`, `Deleting filesystem...`) and an
  nginx image (COPY only); the Dockerfile's instructions echoed as `RUN %s`, `COPY %s`,
  `WORKDIR %s`, `ENTRYPOINT %s`; golang's base image republished at 09:00 (the next build of
  each Go service misses from WORKDIR on: `Creating directory %s with uid %d and gid %d` and
  full rebuilds); the web build's `dist/` artifact expired 08:15-08:50 (four builds end with
  the executor's own `error building image: error building stage: failed to get files used
  from context: ...` on stdout, no logrus head); the registry slow 10:30-10:50; the first
  pipeline after 11:00 cancelled mid-build (its pod's log just stops).
- HashiCorp Packer 1.11 with the Amazon plugin 1.3, an image factory's CI jobs (`packer build
  -timestamp-ui -color=false .`, six amazon-ebs sources in parallel, `packer-<pipeline>.log`,
  ten runs): each build's TargetedUI lines (`2024-06-07T06:00:29Z: ==> amazon-ebs.ubuntu-2204-
  amd64: Prevalidating AMI Name: ...`, `    amazon-ebs...: Instance ID: ...`) from
  `Prevalidating any provided VPC information` to `No volumes to clean up, skipping`, the
  provisioning script's `[image-build] %s` steps, `Build '%s' finished after %s.`; the core's
  `%s: output will be in this color.`, an empty Say (`2024-...Z: `), `\n==> Wait completed after
  %s` and `\n==> Builds finished. The artifacts of successful builds are:` (the timestamp alone
  on one line, the message on the next), `--> %s: AMIs were created:` with the region line and
  a blank line; EBS snapshots slow 08:50-09:30 (long AMI waits); the 09:40 run's instances slow
  to boot and the run cancelled at 09:43 by a newer pipeline (`Cancelling build after
  receiving %s`, each build's cleanup, `Build '%s' errored after %s: Build was cancelled.`,
  `Cleanly cancelled builds after being interrupted.`).

Label notes. The log heads are context: clog's time, level and `[file:line fn()] `, Macaron's
`[Macaron] time: `, the syslog heads, Pulp's `pulp [cid]: logger:LEVEL: `, log4j2's and the audit
log's heads, the CRI head and logrus's level and elapsed seconds, Packer's `-timestamp-ui`
time and the TargetedUI's `==> build: ` / `    build: ` (its `==>` and `-->` in a core format
string are wording: `==> Wait completed after %s`); systemd's `gogs.service: ` is the unit
prefix log_unit adds. An error inside a message contributes its own format (pgx's and
lib/pq's connection errors, go-ldap's `LDAP Result Code %d %q: %s`, gomail's `could not send
email %d: %v`, git's stderr, aiohttp's ClientConnectorError and ClientResponseError, wagon's
and httpclient's exceptions in Archiva's messages, a Go runtime panic's text); a multi-line
value's later lines continue the event (git's stderr, Macaron's stack, Archiva's statistics
dump and stacks, the journal-split traceback lines, Packer's artifact lines). Access records
(gunicorn's and aiohttp's, through Pulp) are labelled by method, route and status, with ids,
distribution paths and package names variables; Macaron's router lines are the format strings
its logger writes, as gitea's are. Archiva's audit action is the call site's constant
(`AuditEvent.CREATE_FILE` + `" (proxied)"`) and is wording; the repository, user, address and
path are values. Kaniko's echo of a Dockerfile instruction keeps the keyword as wording (the
buildkit rule of round 62); `cmd: workdir` is its own literal. The empty Say after Packer's
colour lines has no label (no format to give it).

Least sure (written from the helper's knowledge; Gogs's `%s %s` / `Run mode` / `Available on`,
`HTTP.serviceRPC`, `LDAP connect failed` and mirror messages, Pulp's worker and
`Synchronizing:` messages, the LOGGING format, gunicorn's access format, the content handler's
warning and the systemd units' identifiers, Archiva's log4j2 patterns, AuditLog, scanning
executor, statistics dump, proxy connector and ProxyDownloadException messages, and Kaniko's
build, push, workdir and exit messages were checked against copies of their sources): Gogs's
`Failed to get user by ID`, `get user by name` (and the closure's `func1()`), `Failed to send
emails` and `Failed to initialize ORM engine` wordings, the caller line numbers, whether the
mirror's stderr keeps its trailing newline, which driver's error text each store returns, and
whether Macaron's logger writes without colour in production; Pulp's `Cannot connect to
database during status check.`, the traceback frames, whether rsyslog drops the journal's empty
lines and writes a leading-space message without a separator; Archiva's thread names,
DateUtil's duration text, the `Initialized` and task-queue names at start-up and the stack
frames; Kaniko's exact message set of 1.23 (`Initializing snapshotter ...`, `Creating directory
%s with uid %d and gid %d`) and where the cache lines fall; Packer's `Using existing SSH
private key`, `Skipping Enable AMI deprecation...`, the order of `Wait completed` and `Cleanly
cancelled builds after being interrupted.`, and durafmt's rendering.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round121 import go_dur


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, 0, tzinfo=UTC) + sec(s)


def busy(t: datetime) -> float:
    """Office-hours load: quiet at 06:00, full from 08:30, a dip at lunch."""
    h = t.hour + t.minute / 60
    if h < 7:
        return 0.25
    if h < 8.5:
        return 0.25 + 0.75 * (h - 7) / 1.5
    if h >= 11.5:
        return 0.8
    return 1.0


def thinned(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """A Poisson stream `mean` seconds apart at full load, thinned by busy()."""
    return [t for t in poisson(r, t0, t1, mean) if r.random() < busy(t)]


# ------------------------------------------------------------------------------------- gogs

GG_GO = "/opt/hostedtoolcache/go/1.21.13/x64/src"
GG_SRC = "/home/runner/work/gogs/gogs"
GG_MOD = "/home/runner/go/pkg/mod"
GG_USERS = [
    (3, "akovacs"),
    (5, "bnguyen"),
    (7, "cmartin"),
    (8, "dpatel"),
    (11, "eschmidt"),
    (12, "fsato"),
    (14, "gromero"),
    (19, "hliu"),
    (23, "jdoe"),
    (27, "kwalker"),
]
GG_REPOS = [
    ("platform", "api", "main", 40),
    ("platform", "web", "main", 25),
    ("platform", "infra", "master", 15),
    ("data", "etl-jobs", "main", 12),
    ("data", "dbt-models", "main", 8),
    ("mobile", "ios-app", "develop", 8),
    ("tools", "release-scripts", "master", 5),
    ("akovacs", "dotfiles", "master", 1),
]
GG_FILES = {
    "api": [
        "cmd/api/main.go",
        "internal/billing/invoice.go",
        "internal/http/router.go",
        "go.mod",
        "Makefile",
        "README.md",
    ],
    "web": ["src/App.tsx", "src/pages/Checkout.tsx", "package.json", "vite.config.ts"],
    "infra": ["terraform/prod/main.tf", "ansible/site.yml", "k8s/ingress.yaml"],
    "etl-jobs": ["jobs/orders_daily.py", "notebooks/churn.ipynb", "requirements.txt"],
    "dbt-models": ["models/marts/fct_orders.sql", "dbt_project.yml"],
    "ios-app": ["App/AppDelegate.swift", "Podfile"],
    "release-scripts": ["release.sh", "changelog.py"],
    "dotfiles": [".zshrc"],
}
GG_MIRRORS = [
    ("helm-charts", "https://github.com/prometheus-community/helm-charts.git", 7),
    ("terraform-aws-vpc", "https://github.com/terraform-aws-modules/terraform-aws-vpc.git", 22),
    ("golang-migrate", "https://github.com/golang-migrate/migrate.git", 31),
    ("openapi-generator", "https://github.com/OpenAPITools/openapi-generator.git", 44),
    ("legacy-sdk", "https://github.com/acme-corp/legacy-sdk.git", 52),
]
GG_STATUS = {
    200: "OK",
    302: "Found",
    304: "Not Modified",
    401: "Unauthorized",
    404: "Not Found",
    500: "Internal Server Error",
}


def gg_caller(path: str, line: int, fn: str) -> str:
    """clog's `[file:line fn()] ` for ERROR and FATAL: the file cut to its last 20 characters."""
    f = f"{GG_SRC}/{path}"
    if len(f) > 20:
        f = "..." + f[-20:]
    return f"[{f}:{line} {fn}()] "


def gogs_route(uri: str) -> str:
    """A request's route as the set labels one: a number in its path a variable, a
    repository's and a file's name kept, its query's keys kept with their values as variables
    (`/platform/api/issues/<*>`, `/platform/api.git/info/refs?service=<*>`)."""
    path, _, query = uri.partition("?")
    path = "/".join("<*>" if part.isdigit() else part for part in path.split("/"))
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def gogs(r: random.Random) -> list[Log]:
    """Gogs 0.13 on one VM (systemd, PostgreSQL, OpenSSH with `gogs serv`), 06:00 to 12:00: its
    file log, the router log on stdout and serv.log; GitHub unresolvable 07:00-07:20, the
    database restarted 08:10, LDAP unreachable 09:00-09:15, the mail relay down 09:30-10:10, a
    restart at 10:30, a nil pointer in the file view 10:45-11:00, the disk full 11:10-11:25."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    restart = at(10, 30, 4)
    db_down = (at(8, 10, 5), at(8, 14, 12))
    disk_full = (at(11, 10, 30), at(11, 25, 0))

    def M(t: datetime, label: str | None, lines: list[str], stamp: bool = True) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"[Macaron] {x:%Y-%m-%d %H:%M:%S}: " if stamp else "[Macaron] "
            return [head + lines[0], *lines[1:]]

        return fs.add("stdout.log", t, label, text, ("gogs", "stdout"), 1_000_000)

    def J(t: datetime, label: str, msg: str) -> datetime:
        return fs.add("stdout.log", t, label, lambda x: [msg], ("gogs", "stdout"), 1_000_000)

    def G(t: datetime, level: str, label: str, lines: list[str], where: str = "") -> datetime:
        return fs.add(
            "gogs.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} [{level}] {where}{lines[0]}", *lines[1:]],
            ("gogs", "file"),
            1_000_000,
        )

    def S(t: datetime, label: str, msg: str) -> datetime:
        w = gg_caller("internal/cmd/serv.go", 49, "fail")
        return fs.add(
            "serv.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} [FATAL] {w}{msg}"],
            "serv",
            1_000_000,
        )

    def up(t: datetime) -> bool:
        return not (restart - sec(2) <= t < restart + sec(6))

    def request(
        t: datetime, method: str, uri: str, ip: str, status: int, dur: float, panic: bool = False
    ) -> datetime:
        t = M(t, "Started %s %s for %s", [f"Started {method} {uri} for {ip}"])
        if panic:
            tb = [
                f"{GG_GO}/runtime/panic.go:920 (0x43b6a5)",
                f"{GG_GO}/runtime/signal_unix.go:883 (0x4530a5)",
                f"{GG_SRC}/internal/route/repo/view.go:147 (0x1b8f2e4)",
                f"{GG_SRC}/internal/route/repo/view.go:283 (0x1b90b1a)",
                f"{GG_GO}/reflect/value.go:596 (0x4c6a8e)",
                f"{GG_GO}/reflect/value.go:380 (0x4c5cd4)",
                f"{GG_MOD}/github.com/go-macaron/inject@v0.0.0-20200308113650-138e5925c53b/inject.go:177 (0x7a3e5f)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/context.go:79 (0x7a7e33)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/context.go:157 (0x7a8a8f)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/context.go:135 (0x7a8969)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/router.go:187 (0x7b2a55)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/recovery.go:161 (0x7b0ef6)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/context.go:79 (0x7a7e33)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/context.go:157 (0x7a8a8f)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/logger.go:40 (0x7ad1c4)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/context.go:79 (0x7a7e33)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/router.go:187 (0x7b2a55)",
                f"{GG_MOD}/gopkg.in/macaron.v1@v1.5.0/macaron.go:200 (0x7ac47e)",
                f"{GG_GO}/net/http/server.go:3137 (0x83a6d3)",
                f"{GG_GO}/net/http/server.go:2039 (0x835d8b)",
                f"{GG_GO}/runtime/asm_amd64.s:1650 (0x46f7c1)",
            ]
            M(
                t + sec(dur * 0.9),
                "PANIC: runtime error: invalid memory address or nil pointer dereference",
                ["PANIC: runtime error: invalid memory address or nil pointer dereference", *tb],
                stamp=False,
            )
        # Labelled by method, route and status, as the set's access records are (round 54's
        # rule: a number in the route and a query's values are variables); `Started` has none.
        return M(
            t + sec(dur),
            f"Completed {method} {gogs_route(uri)} {status} {GG_STATUS[status]} in %v",
            [f"Completed {method} {uri} {status} {GG_STATUS[status]} in {go_dur(dur)}"],
        )

    def clients() -> str:
        return f"10.0.{r.choice([4, 4, 5, 6])}.{r.randint(10, 240)}"

    # start-up after the restart
    J(restart - sec(1), "Stopping %s...", "Stopping Gogs...")
    J(restart, "Deactivated successfully.", "gogs.service: Deactivated successfully.")
    J(restart, "Stopped %s.", "Stopped Gogs.")
    J(restart, "Consumed %s CPU time.", "gogs.service: Consumed 1h 2min 41.318s CPU time.")
    J(restart + sec(0.2), "Started %s.", "Started Gogs.")
    tr = G(restart + sec(0.6), " INFO", "%s %s", ["Gogs 0.13.0"])
    tr = G(tr + sec(0.05), " INFO", "Run mode: %s", ["Run mode: Production"])
    G(tr + sec(0.3), " INFO", "Available on %s", ["Available on https://git.example.com/"])

    ips = {u: clients() for _, u in GG_USERS}
    weights = [w for *_, w in GG_REPOS]
    css = hexid(r, 10)

    # browsing
    for t in thinned(r, t0, t_end, 38.0):
        if not up(t):
            continue
        uid, user = r.choice(GG_USERS)
        owner, repo, branch, _w = r.choices(GG_REPOS, weights)[0]
        ip = ips[user]
        k = r.random()
        if k < 0.28:
            uri = f"/{owner}/{repo}"
        elif k < 0.48:
            f = r.choice(GG_FILES[repo])
            uri = f"/{owner}/{repo}/src/{branch}/{f}"
        elif k < 0.58:
            uri = f"/{owner}/{repo}/commits/{branch}"
        elif k < 0.68:
            uri = f"/{owner}/{repo}/issues" + r.choice(["", "?state=closed", "?type=assigned"])
        elif k < 0.78:
            uri = f"/{owner}/{repo}/issues/{r.randint(40, 460)}"
        elif k < 0.86:
            uri = f"/{owner}/{repo}/pulls/{r.randint(20, 230)}/files"
        elif k < 0.93:
            uri = r.choice(["/", "/explore/repos", "/issues", "/pulls"])
        else:
            uri = f"/avatars/{uid}?s=290"
        status, dur = 200, r.uniform(0.004, 0.09)
        if uri.startswith("/avatars"):
            status, dur = r.choice([200, 304, 304]), r.uniform(0.0004, 0.003)
        panic = False
        if db_down[0] <= t < db_down[1]:
            w = gg_caller("internal/context/auth.go", 183, "authenticatedUserID")
            if t < db_down[0] + sec(6):
                G(
                    t,
                    "ERROR",
                    "Failed to get user by ID: FATAL: terminating connection due to administrator command (SQLSTATE 57P01)",
                    [
                        "Failed to get user by ID: FATAL: terminating connection due to administrator command (SQLSTATE 57P01)"
                    ],
                    w,
                )
            else:
                G(
                    t,
                    "ERROR",
                    "Failed to get user by ID: failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s: connect: connection refused)",
                    [
                        "Failed to get user by ID: failed to connect to `host=127.0.0.1 user=gogs database=gogs`: dial error (dial tcp 127.0.0.1:5432: connect: connection refused)"
                    ],
                    w,
                )
            if uri.count("/") >= 2 and not uri.startswith(
                ("/explore", "/avatars", "/issues", "/pulls")
            ):
                G(
                    t + sec(0.002),
                    "ERROR",
                    "get user by name: failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s: connect: connection refused)",
                    [
                        "get user by name: failed to connect to `host=127.0.0.1 user=gogs database=gogs`: dial error (dial tcp 127.0.0.1:5432: connect: connection refused)"
                    ],
                    gg_caller("internal/context/repo.go", 163, "func1"),
                )
                status = 500
            else:
                status = 302
        if uri == "/" and status == 200 and r.random() < 0.5:
            # assets for a fresh page load
            for a in [f"/css/gogs.min.css?v={css}", f"/js/gogs.js?v={css}", "/img/favicon.png"]:
                request(
                    t + sec(r.uniform(0.1, 0.4)),
                    "GET",
                    a,
                    ip,
                    r.choice([200, 304]),
                    r.uniform(0.0003, 0.002),
                )
        request(t, "GET", uri, ip, status, dur, panic)

    # a notebook whose rendering dereferences nil (10:45-11:00)
    for t in poisson(r, at(10, 45), at(11, 0), 120.0):
        _uid, user = r.choice(GG_USERS[:6])
        request(
            t,
            "GET",
            "/data/etl-jobs/src/main/notebooks/churn.ipynb",
            ips[user],
            500,
            r.uniform(0.01, 0.03),
            panic=True,
        )
    # requests in flight when PostgreSQL restarts: the pool's connections are terminated
    for k in range(3):
        t = db_down[0] + sec(0.4 + k * 1.7)
        _uid, user = r.choice(GG_USERS)
        G(
            t,
            "ERROR",
            "Failed to get user by ID: FATAL: terminating connection due to administrator command (SQLSTATE 57P01)",
            [
                "Failed to get user by ID: FATAL: terminating connection due to administrator command (SQLSTATE 57P01)"
            ],
            gg_caller("internal/context/auth.go", 183, "authenticatedUserID"),
        )
        request(
            t,
            "GET",
            r.choice(["/", "/issues", "/explore/repos"]),
            ips[user],
            302,
            r.uniform(0.004, 0.02),
        )

    # logins (LDAP source)
    for t in sorted(thinned(r, t0, t_end, 200.0) + poisson(r, at(9, 0), at(9, 15), 45.0)):
        if not up(t):
            continue
        _uid, user = r.choice(GG_USERS)
        ip = ips[user]
        t = request(t, "GET", "/user/login", ip, 200, r.uniform(0.002, 0.01))
        t += sec(r.uniform(4, 15))
        if at(9, 0) <= t < at(9, 15):
            G(
                t + sec(5),
                "ERROR",
                "LDAP connect failed for '%s': LDAP Result Code %d %q: dial tcp %s: i/o timeout",
                [
                    "LDAP connect failed for 'ldap.example.com': LDAP Result Code 200 \"Network Error\": dial tcp 10.0.2.20:636: i/o timeout"
                ],
                gg_caller("internal/auth/ldap/config.go", 255, "searchEntry"),
            )
            request(t, "POST", "/user/login", ip, 200, r.uniform(5.0, 5.1))
            continue
        request(t, "POST", "/user/login", ip, 302, r.uniform(0.05, 0.25))

    # CI polling branches through the API, every minute
    t = t0 + sec(17)
    while t < t_end:
        if up(t):
            owner, repo, branch, _w = r.choice(GG_REPOS[:5])
            st = 200
            if db_down[0] <= t < db_down[1]:
                st = 500
                G(
                    t,
                    "ERROR",
                    "get user by name: failed to connect to `host=%s user=%s database=%s`: dial error (dial tcp %s: connect: connection refused)",
                    [
                        "get user by name: failed to connect to `host=127.0.0.1 user=gogs database=gogs`: dial error (dial tcp 127.0.0.1:5432: connect: connection refused)"
                    ],
                    gg_caller("internal/context/repo.go", 163, "func1"),
                )
            request(
                t,
                "GET",
                f"/api/v1/repos/{owner}/{repo}/branches/{branch}",
                "10.0.7.15",
                st,
                r.uniform(0.003, 0.02),
            )
        t += sec(180 + r.uniform(-0.5, 0.5))

    # git over HTTP: clones and fetches from CI and laptops, pushes
    pushes_in_full = poisson(r, disk_full[0], disk_full[1], 170.0)
    for t in sorted(thinned(r, t0, t_end, 140.0) + pushes_in_full):
        if not up(t):
            continue
        owner, repo, _b, _w = r.choices(GG_REPOS, weights)[0]
        ip = r.choice(["10.0.7.15", "10.0.7.16", "10.0.7.17"]) if r.random() < 0.6 else clients()
        base = f"/{owner}/{repo}.git"
        push = r.random() < 0.25 or t in pushes_in_full
        if push and t in pushes_in_full:
            ip = clients()
        svc = "receive-pack" if push else "upload-pack"
        t = request(
            t, "GET", f"{base}/info/refs?service=git-{svc}", ip, 401, r.uniform(0.0005, 0.002)
        )
        t = request(
            t + sec(0.05),
            "GET",
            f"{base}/info/refs?service=git-{svc}",
            ip,
            200,
            r.uniform(0.01, 0.06),
        )
        dur = r.uniform(0.08, 2.5) if push else r.uniform(0.2, 9.0)
        status = 200
        if push and disk_full[0] <= t < disk_full[1]:
            status = 500
            G(
                t + sec(dur),
                "ERROR",
                "HTTP.serviceRPC: fail to serve RPC '%s': exit status %d - error: unable to create temporary file: No space left on device",
                [
                    "HTTP.serviceRPC: fail to serve RPC 'receive-pack': exit status 128 - error: unable to create temporary file: No space left on device",
                    "fatal: failed to write object",
                    "",
                ],
                gg_caller("internal/route/repo/http.go", 383, "serviceRPC"),
            )
        elif not push and r.random() < 0.025:
            status = 500
            G(
                t + sec(dur),
                "ERROR",
                "HTTP.serviceRPC: fail to serve RPC '%s': exit status %d - fatal: the remote end hung up unexpectedly",
                [
                    "HTTP.serviceRPC: fail to serve RPC 'upload-pack': exit status 128 - fatal: the remote end hung up unexpectedly",
                    "",
                ],
                gg_caller("internal/route/repo/http.go", 383, "serviceRPC"),
            )
        request(t + sec(0.05), "POST", f"{base}/git-{svc}", ip, status, dur)

    # scanners
    for t in poisson(r, t0, t_end, 900.0):
        ip = r.choice(["203.0.113.45", "198.51.100.77"])
        for p in r.sample(
            ["/.env", "/wp-login.php", "/.git/config", "/admin/config.php", "/server-status"], 3
        ):
            t = request(t + sec(r.uniform(0.1, 0.6)), "GET", p, ip, 404, r.uniform(0.0008, 0.004))

    # mirrors, synced hourly (update_mirrors every 10 minutes picks up the due ones)
    for name, url, minute in GG_MIRRORS:
        for h in range(6, 12):
            t = at(h, minute // 10 * 10) + sec(r.uniform(0.5, 3))
            path = f"/home/git/gogs-repositories/mirrors/{name}.git"
            if name == "legacy-sdk":
                t = t + sec(r.uniform(1.5, 3.0))
                G(
                    t,
                    "ERROR",
                    "Failed to update mirror repository %q: remote: Repository not found.",
                    [
                        f'Failed to update mirror repository "{path}": remote: Repository not found.',
                        f"fatal: repository '{url}/' not found",
                        "error: Could not fetch origin",
                        "",
                    ],
                    gg_caller("internal/db/mirror.go", 336, "runSync"),
                )
            elif at(7, 0) <= t < at(7, 35):
                t = t + sec(r.uniform(0.02, 0.2))
                G(
                    t,
                    "ERROR",
                    "Failed to update mirror repository %q: fatal: unable to access '%s': Could not resolve host: %s",
                    [
                        f"Failed to update mirror repository \"{path}\": fatal: unable to access '{url}/': Could not resolve host: github.com",
                        "error: Could not fetch origin",
                        "",
                    ],
                    gg_caller("internal/db/mirror.go", 336, "runSync"),
                )

    # the mail relay down: notifications fail
    for t in thinned(r, at(9, 30), at(10, 10), 110.0):
        owner, repo, _b, _w = r.choices(GG_REPOS[:6], weights[:6])[0]
        n = r.randint(300, 460)
        title = r.choice(
            [
                "Fix flaky webhook retry test",
                "Bump pgx to v5.6.0",
                "Checkout page crashes on empty cart",
                "Add retention to audit table",
                "Terraform: split prod state",
                "Nightly export misses late orders",
            ]
        )
        kind = r.choice(
            ["issue comment", "issue comment", "issue mention", "new issue", "new pull request"]
        )
        to = r.sample([f"{u}@example.com" for _, u in GG_USERS], r.randint(1, 3))
        G(
            t,
            "ERROR",
            "Failed to send emails %s: %s - gomail: could not send email %d: dial tcp %s: connect: connection refused",
            [
                f"Failed to send emails [{' '.join(to)}]: Subject: [{owner}/{repo}] {title} (#{n}), {kind} - gomail: could not send email 1: dial tcp 10.0.2.25:587: connect: connection refused"
            ],
            gg_caller("internal/email/message.go", 187, "processMailQueue"),
        )

    # gogs serv (OpenSSH's authorized_keys command), errors only in production
    t = t0 + sec(412)
    while t < t_end:
        S(
            t + sec(r.uniform(0, 2)),
            "Repository does not exist: %s/%s",
            "Repository does not exist: platform/ops-tools",
        )
        t += sec(900)
    for t in poisson(r, db_down[0], db_down[1], 40.0):
        S(
            t,
            "Failed to initialize ORM engine: migrate: dial tcp %s: connect: connection refused",
            "Failed to initialize ORM engine: migrate: dial tcp 127.0.0.1:5432: connect: connection refused",
        )
    for t in sorted(at(9, 31) + sec(r.uniform(0, 240)) for _ in range(5)):
        S(
            t,
            "User '%s' does not have level '%v' access to repository '%s'",
            "User 'contractor-lm' does not have level 'write' access to repository 'platform/infra'",
        )
    for t in poisson(r, disk_full[0], disk_full[1], 150.0):
        S(
            t,
            "Failed to execute git command: exit status %d",
            "Failed to execute git command: exit status 1",
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- pulp

PL_PY = "/usr/lib/python3.11/site-packages"
PL_PY64 = "/usr/lib64/python3.11/site-packages"
PL_REPOS = [
    # name, remote host, path, policy
    ("rhel9-baseos", "cdn.redhat.com", "content/dist/rhel9/9/x86_64/baseos/os/", "on_demand"),
    ("rhel9-appstream", "cdn.redhat.com", "content/dist/rhel9/9/x86_64/appstream/os/", "on_demand"),
    ("rhel8-baseos", "cdn.redhat.com", "content/dist/rhel8/8/x86_64/baseos/os/", "on_demand"),
    ("epel9", "dl.fedoraproject.org", "pub/epel/9/Everything/x86_64/", "on_demand"),
    ("docker-ce-stable", "download.docker.com", "linux/rhel/9/x86_64/stable/", "immediate"),
    ("grafana", "rpm.grafana.com", "", "immediate"),
    ("pgdg16", "download.postgresql.org", "pub/repos/yum/16/redhat/rhel-9-x86_64/", "immediate"),
]
PL_DIST = {
    "rhel9-baseos": "rhel9/baseos",
    "rhel9-appstream": "rhel9/appstream",
    "rhel8-baseos": "rhel8/baseos",
    "epel9": "epel/9",
    "docker-ce-stable": "docker-ce/9",
    "grafana": "grafana",
    "pgdg16": "pgdg/16",
    "internal-tools": "internal/tools",
}
PL_PKGS = {
    "rhel9/baseos": [
        "openssl-libs-3.0.7-27.el9.x86_64.rpm",
        "kernel-core-5.14.0-427.20.1.el9_4.x86_64.rpm",
        "glibc-2.34-100.el9_4.2.x86_64.rpm",
        "systemd-252-32.el9_4.x86_64.rpm",
        "curl-7.76.1-29.el9_4.x86_64.rpm",
    ],
    "rhel9/appstream": [
        "nginx-1.20.1-14.el9_2.1.x86_64.rpm",
        "python3.11-3.11.7-1.el9_4.x86_64.rpm",
        "git-2.43.0-1.el9.x86_64.rpm",
        "podman-4.9.4-3.el9_4.x86_64.rpm",
    ],
    "rhel8/baseos": ["openssl-libs-1.1.1k-12.el8_9.x86_64.rpm", "sudo-1.9.5p2-1.el8_9.x86_64.rpm"],
    "epel/9": [
        "htop-3.3.0-1.el9.x86_64.rpm",
        "jq-1.6-15.el9.x86_64.rpm",
        "fail2ban-server-1.0.2-12.el9.noarch.rpm",
        "ncdu-1.19-1.el9.x86_64.rpm",
    ],
    "docker-ce/9": ["docker-ce-26.1.3-1.el9.x86_64.rpm", "containerd.io-1.6.32-3.1.el9.x86_64.rpm"],
    "grafana": ["grafana-11.0.0-1.x86_64.rpm"],
    "pgdg/16": ["postgresql16-server-16.3-1PGDG.rhel9.x86_64.rpm"],
    "internal/tools": [
        "acme-agent-2.14.3-1.el9.x86_64.rpm",
        "acme-cli-0.9.12-1.el9.noarch.rpm",
        "acme-backup-1.4.0-3.el9.x86_64.rpm",
    ],
}
PL_UA_DNF = [
    "libdnf (Red Hat Enterprise Linux 9.4; generic; Linux.x86_64)",
    "libdnf (Red Hat Enterprise Linux 9.3; generic; Linux.x86_64)",
    "libdnf (Red Hat Enterprise Linux 8.9; generic; Linux.x86_64)",
]


def pulp(r: random.Random) -> list[Log]:
    """Pulp 3.22 (pulp_rpm) on two RHEL 9 hosts behind a load balancer, each with pulpcore-api,
    pulpcore-content and two workers logging to the journal and on to /var/log/messages,
    06:00 to 12:00: hourly syncs of seven upstream repositories with their publications, a
    CI uploading internal RPMs, dnf clients on the content app; dl.fedoraproject.org
    unreachable 07:00-07:40, a worker's task process OOM-killed at 08:41, a database failover
    09:20-09:24, pulp2's workers restarted for an upgrade at 10:00, an expired CI token
    10:15-10:45, the EPEL mirror answering 503 for on-demand packages 10:50-11:05."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    pids = {
        ("pulp1", "pulpcore-api"): 1132,
        ("pulp1", "pulpcore-content"): 1140,
        ("pulp1", "pulpcore-worker-1"): 1153,
        ("pulp1", "pulpcore-worker-2"): 1158,
        ("pulp2", "pulpcore-api"): 1097,
        ("pulp2", "pulpcore-content"): 1103,
        ("pulp2", "pulpcore-worker-1"): 1121,
        ("pulp2", "pulpcore-worker-2"): 1126,
    }
    db_down = (at(9, 20, 11), at(9, 24, 2))

    def J(host: str, unit: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        """One write to the journal's stdout stream: each line its own syslog line."""
        pid = pids[(host, unit)]

        def text(x: datetime) -> list[str]:
            head = f"{syslog_ts(x)} {host} {unit}[{pid}]:"
            return [head + (ln if ln.startswith(" ") else " " + ln) for ln in lines]

        return fs.add(f"{host}-messages", t, label, text, (host, unit), 1_000_000)

    def P(
        host: str,
        unit: str,
        t: datetime,
        cid: str,
        logger: str,
        level: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        return J(host, unit, t, label, [f"pulp [{cid}]: {logger}:{level}: {lines[0]}", *lines[1:]])

    def clf(x: datetime) -> str:
        return f"[{x:%d/%b/%Y:%H:%M:%S} +0000]"

    def api(
        host: str,
        t: datetime,
        method: str,
        path: str,
        route: str,
        status: int,
        size: int,
        ua: str,
        user: str = "admin",
        cid: str = "",
    ) -> tuple[datetime, str]:
        cid = cid or hexid(r, 32)
        pid = pids[(host, "pulpcore-api")]
        label = f"{method} {route} {status}"
        t = fs.add(
            f"{host}-messages",
            t,
            label,
            lambda x: [
                f'{syslog_ts(x)} {host} pulpcore-api[{pid}]: pulp [{cid}]: 127.0.0.1 - {user} {clf(x)} "{method} {path} HTTP/1.0" {status} {size} "-" "{ua}"'
            ],
            (host, "pulpcore-api"),
            1_000_000,
        )
        return t, cid

    def content(
        host: str, t: datetime, path: str, route: str, status: int, size: int, ua: str
    ) -> datetime:
        pid = pids[(host, "pulpcore-content")]
        return fs.add(
            f"{host}-messages",
            t,
            f"GET {route} {status}",
            lambda x: [
                f'{syslog_ts(x)} {host} pulpcore-content[{pid}]: 127.0.0.1 {clf(x)} "GET {path} HTTP/1.0" {status} {size} "-" "{ua}"'
            ],
            (host, "pulpcore-content"),
            1_000_000,
        )

    # --- workers: a queue of tasks, each run by the first free worker
    workers = [(h, f"pulpcore-worker-{i}") for h in ("pulp1", "pulp2") for i in (1, 2)]
    free_at = {w: t0 for w in workers}
    down: dict[tuple[str, str], list[tuple[datetime, datetime]]] = {w: [] for w in workers}
    wname = {w: f"{pids[w]}@{w[0]}.example.com" for w in workers}

    def alive(w: tuple[str, str], t: datetime) -> bool:
        return all(not (a <= t < b) for a, b in down[w])

    def run_task(t: datetime, cid: str, dur: float, body=None) -> datetime:
        """Dispatches a task at t; returns when it finished."""
        cands = [w for w in workers if alive(w, max(t, free_at[w]))]
        w = min(cands, key=lambda w: (max(t, free_at[w]), r.random()))
        st = max(t, free_at[w]) + sec(r.uniform(0.05, 0.6))
        host, unit = w
        tid = uuid4(r)
        st = P(
            host,
            unit,
            st,
            cid,
            "pulpcore.tasking.pulpcore_worker",
            "INFO",
            "Starting task %s",
            [f"Starting task {tid}"],
        )
        end = st + sec(dur)
        if body is not None:
            end = body(host, unit, st, tid, dur)
        else:
            end = P(
                host,
                unit,
                end,
                cid,
                "pulpcore.tasking.pulpcore_worker",
                "INFO",
                "Task completed %s",
                [f"Task completed {tid}"],
            )
        free_at[w] = end + sec(0.2)
        return end

    def poll(
        t: datetime, host: str, done: datetime, ua: str, user: str, every: float = 0.0
    ) -> None:
        n = 0
        while True:
            t += sec(every * r.uniform(0.95, 1.05) if every else r.uniform(1.0, 3.0) * (2.6**n))
            n += 1
            if db_down[0] <= t < db_down[1]:
                continue
            state_done = t >= done
            api(
                host,
                t,
                "GET",
                f"/pulp/api/v3/tasks/{uuid4(r)}/",
                "/pulp/api/v3/tasks/%s/",
                200,
                r.randint(980, 1460) if state_done else r.randint(720, 900),
                ua,
                user,
            )
            if state_done or n > 7:
                return

    sync_fail_tb = [
        (
            f"{PL_PY}/pulpcore/tasking/pulpcore_worker.py",
            458,
            "_perform_task",
            "result = func(*args, **kwargs)",
        ),
        (
            f"{PL_PY}/pulp_rpm/app/tasks/synchronizing.py",
            579,
            "synchronize",
            "repo_config, directories = get_repo_config_and_directories(remote, url)",
        ),
        (
            f"{PL_PY}/pulp_rpm/app/tasks/synchronizing.py",
            402,
            "fetch_remote_url",
            "return downloader.fetch()",
        ),
        (f"{PL_PY}/pulpcore/download/base.py", 187, "fetch", "return done.pop().result()"),
        (f"{PL_PY}/pulpcore/download/http.py", 273, "run", "return await download_wrapper()"),
        (f"{PL_PY}/backoff/_async.py", 151, "retry", "ret = await target(*args, **kwargs)"),
        (
            f"{PL_PY}/pulpcore/download/http.py",
            258,
            "download_wrapper",
            "return await self._run(extra_data=extra_data)",
        ),
        (f"{PL_PY}/pulpcore/download/http.py", 294, "_run", "async with self.session.get("),
        (f"{PL_PY}/aiohttp/client.py", 1194, "__aenter__", "self._resp = await self._coro"),
        (f"{PL_PY}/aiohttp/client.py", 578, "_request", "conn = await self._connector.connect("),
        (
            f"{PL_PY}/aiohttp/connector.py",
            544,
            "connect",
            "proto = await self._create_connection(req, traces, timeout)",
        ),
        (
            f"{PL_PY}/aiohttp/connector.py",
            911,
            "_create_connection",
            "_, proto = await self._create_direct_connection(req, traces, timeout)",
        ),
        (f"{PL_PY}/aiohttp/connector.py", 1235, "_create_direct_connection", "raise last_exc"),
        (
            f"{PL_PY}/aiohttp/connector.py",
            1204,
            "_create_direct_connection",
            "transp, proto = await self._wrap_create_connection(",
        ),
        (
            f"{PL_PY}/aiohttp/connector.py",
            992,
            "_wrap_create_connection",
            "raise client_error(req.connection_key, exc) from exc",
        ),
    ]

    def tb_lines(frames: list[tuple[str, int, str, str]]) -> list[str]:
        # "\n".join(traceback.format_list(...)): each frame two lines, a blank between
        # frames that the journal keeps as an empty message, which rsyslog drops
        out: list[str] = []
        for f, n, fn, src in frames:
            out.append(f'  File "{f}", line {n}, in {fn}')
            out.append(f"    {src}")
        return out

    def sync_body(name: str, remote_host: str, fail: bool, oom: bool):
        def body(host: str, unit: str, st: datetime, tid: str, dur: float) -> datetime:
            c = cur_cid[0]
            tt = P(
                host,
                unit,
                st + sec(r.uniform(0.1, 0.4)),
                c,
                "pulp_rpm.app.tasks.synchronizing",
                "INFO",
                "Synchronizing: repository=%s remote=%s",
                [f"Synchronizing: repository={name} remote={name}"],
            )
            if fail:
                ip = {
                    "dl.fedoraproject.org": "38.145.60.24",
                    "rpm.grafana.com": "151.101.194.217",
                }.get(remote_host, "93.184.216.34")
                tt = P(
                    host,
                    unit,
                    tt + sec(r.uniform(5.0, 9.0)),
                    c,
                    "pulpcore.tasking.pulpcore_worker",
                    "INFO",
                    "Task %s failed (Cannot connect to host %s ssl:default [Connect call failed ('%s', %d)])",
                    [
                        f"Task {tid} failed (Cannot connect to host {remote_host}:443 ssl:default [Connect call failed ('{ip}', 443)])"
                    ],
                )
                return P(
                    host,
                    unit,
                    tt,
                    c,
                    "pulpcore.tasking.pulpcore_worker",
                    "INFO",
                    '  File "%s", line %d, in %s',
                    tb_lines(sync_fail_tb),
                )
            if oom:
                tt = P(
                    host,
                    unit,
                    tt + sec(dur),
                    c,
                    "pulpcore.tasking.pulpcore_worker",
                    "WARNING",
                    "Task process for %s exited with non zero exitcode %i.",
                    [f"Task process for {tid} exited with non zero exitcode -9."],
                )
                return P(
                    host,
                    unit,
                    tt + sec(0.02),
                    c,
                    "pulpcore.tasking.pulpcore_worker",
                    "INFO",
                    "Cleaning up task %s and marking as %s. Reason: %s",
                    [f"Cleaning up task {tid} and marking as failed. Reason: Killed by signal 9."],
                )
            return P(
                host,
                unit,
                tt + sec(dur),
                c,
                "pulpcore.tasking.pulpcore_worker",
                "INFO",
                "Task completed %s",
                [f"Task completed {tid}"],
            )

        return body

    cur_cid = [""]

    # hourly syncs (a scheduler's pulp-cli calls at :05), then publication and distribution
    automation_ua = "pulp-glue/0.25.4"
    for h in range(6, 12):
        tt = at(h, 5) + sec(r.uniform(1, 4))
        for name, rhost, _path, policy in PL_REPOS:
            host = r.choice(["pulp1", "pulp2"])
            if db_down[0] <= tt < db_down[1]:
                continue
            tt, cid = api(
                host,
                tt + sec(r.uniform(0.2, 1.5)),
                "POST",
                f"/pulp/api/v3/repositories/rpm/rpm/{uuid4(r)}/sync/",
                "/pulp/api/v3/repositories/rpm/rpm/%s/sync/",
                202,
                67,
                automation_ua,
            )
            fail = rhost in ("dl.fedoraproject.org",) and at(7, 0) <= tt < at(7, 40)
            if fail:
                # the scheduler retries a failed sync after 15 minutes
                for k in (1, 2):
                    tr = at(h, 5 + 15 * k) + sec(r.uniform(1, 4))
                    tr, cr = api(
                        host,
                        tr,
                        "POST",
                        f"/pulp/api/v3/repositories/rpm/rpm/{uuid4(r)}/sync/",
                        "/pulp/api/v3/repositories/rpm/rpm/%s/sync/",
                        202,
                        67,
                        automation_ua,
                    )
                    cur_cid[0] = cr
                    dr = run_task(tr, cr, 10.0, sync_body(name, rhost, tr < at(7, 40), False))
                    poll(tr, host, dr, automation_ua, "admin", 120.0)
            oom = name == "rhel9-appstream" and h == 8
            changed = r.random() < (0.7 if policy == "on_demand" else 0.3)
            dur = r.uniform(30, 200) if policy == "on_demand" else r.uniform(45, 380)
            if oom:
                dur = 170.0
            cur_cid[0] = cid
            done = run_task(tt, cid, dur, sync_body(name, rhost, fail, oom))
            poll(tt, host, done, automation_ua, "admin", 120.0)
            if fail or oom or not changed:
                continue
            t2, cid2 = api(
                host,
                done + sec(r.uniform(1, 4)),
                "POST",
                "/pulp/api/v3/publications/rpm/rpm/",
                "/pulp/api/v3/publications/rpm/rpm/",
                202,
                67,
                automation_ua,
            )
            d2 = run_task(t2, cid2, r.uniform(15, 140))
            poll(t2, host, d2, automation_ua, "admin")
            t3, cid3 = api(
                host,
                d2 + sec(r.uniform(1, 4)),
                "PATCH",
                f"/pulp/api/v3/distributions/rpm/rpm/{uuid4(r)}/",
                "/pulp/api/v3/distributions/rpm/rpm/%s/",
                202,
                67,
                automation_ua,
            )
            d3 = run_task(t3, cid3, r.uniform(0.3, 1.5))
            poll(t3, host, d3, automation_ua, "admin")

    # CI uploading internal RPMs
    ci_ua = "pulp-glue/0.25.4"
    for t in thinned(r, t0, t_end, 470.0):
        host = r.choice(["pulp1", "pulp2"])
        if db_down[0] <= t < db_down[1]:
            continue
        if at(10, 15) <= t < at(10, 45):
            # the CI retries every two minutes with its expired token
            for k in range(r.randint(2, 3)):
                cid = hexid(r, 32)
                tk = P(
                    host,
                    "pulpcore-api",
                    t + sec(120 * k),
                    cid,
                    "django.request",
                    "WARNING",
                    "Unauthorized: %s",
                    ["Unauthorized: /pulp/api/v3/repositories/rpm/rpm/"],
                )
                api(
                    host,
                    tk + sec(0.01),
                    "GET",
                    "/pulp/api/v3/repositories/rpm/rpm/?name=internal-tools&offset=0&limit=1",
                    "/pulp/api/v3/repositories/rpm/rpm/",
                    401,
                    58,
                    ci_ua,
                    "-",
                    cid,
                )
            continue
        t, _ = api(
            host,
            t,
            "GET",
            "/pulp/api/v3/repositories/rpm/rpm/?name=internal-tools&offset=0&limit=1",
            "/pulp/api/v3/repositories/rpm/rpm/",
            200,
            r.randint(1100, 1180),
            ci_ua,
            "ci-publisher",
        )
        for _ in range(r.choice([1, 1, 2, 3])):
            t, cid = api(
                host,
                t + sec(r.uniform(1, 8)),
                "POST",
                "/pulp/api/v3/content/rpm/packages/upload/",
                "/pulp/api/v3/content/rpm/packages/upload/",
                202,
                67,
                ci_ua,
                "ci-publisher",
            )
            d = run_task(t, cid, r.uniform(1.5, 6))
            poll(t, host, d, ci_ua, "ci-publisher")
        t, cid = api(
            host,
            t + sec(r.uniform(2, 10)),
            "POST",
            f"/pulp/api/v3/repositories/rpm/rpm/{uuid4(r)}/modify/",
            "/pulp/api/v3/repositories/rpm/rpm/%s/modify/",
            202,
            67,
            ci_ua,
            "ci-publisher",
        )
        d = run_task(t, cid, r.uniform(1.0, 4.0))
        poll(t, host, d, ci_ua, "ci-publisher")
        t2, cid2 = api(
            host,
            d + sec(r.uniform(1, 4)),
            "POST",
            "/pulp/api/v3/publications/rpm/rpm/",
            "/pulp/api/v3/publications/rpm/rpm/",
            202,
            67,
            ci_ua,
            "ci-publisher",
        )
        d2 = run_task(t2, cid2, r.uniform(4, 20))
        poll(t2, host, d2, ci_ua, "ci-publisher")

    # monitoring: the status endpoint every 4 minutes on each host
    for host, off in (("pulp1", 11), ("pulp2", 131)):
        t = t0 + sec(off)
        while t < t_end:
            st = t + sec(r.uniform(0, 0.8))
            if db_down[0] <= st < db_down[1]:
                cid = hexid(r, 32)
                P(
                    host,
                    "pulpcore-api",
                    st,
                    cid,
                    "pulpcore.app.views.status",
                    "ERROR",
                    "Cannot connect to database during status check.",
                    ["Cannot connect to database during status check."],
                )
                tb = [
                    "Traceback (most recent call last):",
                    f'  File "{PL_PY}/django/db/backends/base/base.py", line 289, in ensure_connection',
                    "    self.connect()",
                    f'  File "{PL_PY}/django/utils/asyncio.py", line 26, in inner',
                    "    return func(*args, **kwargs)",
                    f'  File "{PL_PY}/django/db/backends/base/base.py", line 270, in connect',
                    "    self.connection = self.get_new_connection(conn_params)",
                    f'  File "{PL_PY}/django/db/backends/postgresql/base.py", line 275, in get_new_connection',
                    "    connection = self.Database.connect(**conn_params)",
                    f'  File "{PL_PY64}/psycopg2/__init__.py", line 122, in connect',
                    "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                    'psycopg2.OperationalError: connection to server at "10.0.8.30", port 5432 failed: Connection refused',
                    "\tIs the server running on that host and accepting TCP/IP connections?",
                    "",
                    "",
                    "The above exception was the direct cause of the following exception:",
                    "",
                    "Traceback (most recent call last):",
                    f'  File "{PL_PY}/django/core/handlers/exception.py", line 55, in inner',
                    "    response = get_response(request)",
                    f'  File "{PL_PY}/django/core/handlers/base.py", line 197, in _get_response',
                    "    response = wrapped_callback(request, *callback_args, **callback_kwargs)",
                    f'  File "{PL_PY}/pulpcore/app/views/status.py", line 84, in get',
                    "    online_workers = Worker.objects.online_workers()",
                    f'  File "{PL_PY}/django/db/models/query.py", line 398, in __iter__',
                    "    self._fetch_all()",
                    f'  File "{PL_PY}/django/db/backends/base/base.py", line 288, in ensure_connection',
                    "    with self.wrap_database_errors:",
                    f'  File "{PL_PY}/django/db/utils.py", line 91, in __exit__',
                    "    raise dj_exc_value.with_traceback(traceback) from exc_value",
                    'django.db.utils.OperationalError: connection to server at "10.0.8.30", port 5432 failed: Connection refused',
                    "\tIs the server running on that host and accepting TCP/IP connections?",
                ]
                te = P(
                    host,
                    "pulpcore-api",
                    st + sec(0.01),
                    cid,
                    "django.request",
                    "ERROR",
                    "Internal Server Error: %s",
                    ["Internal Server Error: /pulp/api/v3/status/", *[ln for ln in tb if ln]],
                )
                api(
                    host,
                    te + sec(0.01),
                    "GET",
                    "/pulp/api/v3/status/",
                    "/pulp/api/v3/status/",
                    500,
                    145,
                    "check_http/v2.4.9 (monitoring-plugins 2.4.9)",
                    "-",
                    cid,
                )
            else:
                api(
                    host,
                    st,
                    "GET",
                    "/pulp/api/v3/status/",
                    "/pulp/api/v3/status/",
                    200,
                    r.randint(2450, 2530),
                    "check_http/v2.4.9 (monitoring-plugins 2.4.9)",
                    "-",
                )
            t += sec(300)

    # the database failover: pulp1's workers die on their listen connection and come back
    for unit, off in (("pulpcore-worker-1", 1.4), ("pulpcore-worker-2", 2.2)):
        w = ("pulp1", unit)
        tc = db_down[0] + sec(off)
        J(
            "pulp1",
            unit,
            tc,
            "Traceback (most recent call last):",
            [
                "Traceback (most recent call last):",
                '  File "/usr/bin/pulpcore-worker", line 8, in <module>',
                "    sys.exit(worker())",
                f'  File "{PL_PY}/click/core.py", line 1157, in __call__',
                "    return self.main(*args, **kwargs)",
                f'  File "{PL_PY}/pulpcore/tasking/entrypoint.py", line 44, in worker',
                "    NewPulpWorker().run_forever()",
                f'  File "{PL_PY}/pulpcore/tasking/pulpcore_worker.py", line 372, in run_forever',
                "    self.sleep()",
                f'  File "{PL_PY}/pulpcore/tasking/pulpcore_worker.py", line 283, in sleep',
                "    connection.connection.poll()",
                "psycopg2.OperationalError: terminating connection due to administrator command",
                "SSL connection has been closed unexpectedly",
            ],
        )
        down[w].append((tc, db_down[1] + sec(3)))
        pids[w] = pids[w] + 2310 + int(off * 10)
        wname[w] = f"{pids[w]}@pulp1.example.com"
        P(
            "pulp1",
            unit,
            db_down[1] + sec(3 + off),
            "None",
            "pulpcore.tasking.pulpcore_worker",
            "INFO",
            "New worker '%s' discovered",
            [f"New worker '{wname[w]}' discovered"],
        )
        free_at[w] = max(free_at[w], db_down[1] + sec(4))

    # pulp2's workers restarted for an upgrade at 10:00
    for unit, off in (("pulpcore-worker-1", 0.0), ("pulpcore-worker-2", 0.4)):
        w = ("pulp2", unit)
        ts = max(at(10, 0, 3) + sec(off), free_at[w])
        P(
            "pulp2",
            unit,
            ts,
            "None",
            "pulpcore.tasking.pulpcore_worker",
            "INFO",
            "Worker %s was requested to shut down.",
            [f"Worker {wname[w]} was requested to shut down."],
        )
        P(
            "pulp2",
            unit,
            ts + sec(0.3),
            "None",
            "pulpcore.tasking.pulpcore_worker",
            "INFO",
            "Worker %s was shut down.",
            [f"Worker {wname[w]} was shut down."],
        )
        pids[w] = pids[w] + 41207
        wname[w] = f"{pids[w]}@pulp2.example.com"
        P(
            "pulp2",
            unit,
            ts + sec(9.5),
            "None",
            "pulpcore.tasking.pulpcore_worker",
            "INFO",
            "New worker '%s' discovered",
            [f"New worker '{wname[w]}' discovered"],
        )

    # dnf clients on the content app
    dists = list(PL_PKGS)
    dweights = [6, 5, 3, 4, 2, 1, 1, 3]
    for t in sorted(thinned(r, t0, t_end, 60.0) + poisson(r, at(10, 50), at(11, 5), 25.0)):
        host = r.choice(["pulp1", "pulp2"])
        dist = (
            r.choices(dists, dweights)[0]
            if not at(10, 50) <= t < at(11, 5) or r.random() < 0.4
            else "epel/9"
        )
        ua = (
            "libdnf (Red Hat Enterprise Linux 8.9; generic; Linux.x86_64)"
            if dist.startswith("rhel8")
            else r.choice(PL_UA_DNF[:2])
        )
        base = f"/pulp/content/{dist}"
        t = content(
            host,
            t,
            f"{base}/repodata/repomd.xml",
            "/pulp/content/%s/repodata/repomd.xml",
            200,
            r.randint(3000, 4600),
            ua,
        )
        if r.random() < 0.22:
            for kind in r.sample(
                ["primary", "filelists", "updateinfo", "modules"], r.randint(1, 2)
            ):
                t = content(
                    host,
                    t + sec(r.uniform(0.05, 0.5)),
                    f"{base}/repodata/{hexid(r, 64)}-{kind}.xml.gz",
                    "/pulp/content/%s/repodata/%s",
                    200,
                    r.randint(40_000, 9_000_000),
                    ua,
                )
        if r.random() < (0.3 if not at(10, 50) <= t < at(11, 5) else 0.8):
            pkg = r.choice(PL_PKGS[dist])
            path = f"{base}/Packages/{pkg[0].lower()}/{pkg}"
            if dist == "epel/9" and at(10, 50) <= t < at(11, 5):
                P(
                    host,
                    "pulpcore-content",
                    t + sec(r.uniform(0.3, 1.2)),
                    hexid(r, 32),
                    "pulpcore.content.handler",
                    "WARNING",
                    "Could not download remote artifact at '%s': %d, message='%s', url=URL('%s')",
                    [
                        f"Could not download remote artifact at 'https://dl.fedoraproject.org/pub/epel/9/Everything/x86_64/Packages/{pkg[0].lower()}/{pkg}': 503, message='Service Unavailable', url=URL('https://dl.fedoraproject.org/pub/epel/9/Everything/x86_64/Packages/{pkg[0].lower()}/{pkg}')"
                    ],
                )
                content(host, t + sec(1.3), path, "/pulp/content/%s/Packages/%s/%s", 404, 14, ua)
                continue
            content(
                host,
                t + sec(r.uniform(0.1, 0.8)),
                path,
                "/pulp/content/%s/Packages/%s/%s",
                200,
                r.randint(60_000, 40_000_000),
                ua,
            )
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- archiva

AR_CENTRAL = [
    ("org.springframework.boot", "spring-boot", "3.3.0"),
    ("org.springframework.boot", "spring-boot-autoconfigure", "3.3.0"),
    ("org.springframework", "spring-core", "6.1.8"),
    ("org.springframework", "spring-web", "6.1.8"),
    ("com.fasterxml.jackson.core", "jackson-databind", "2.17.1"),
    ("com.fasterxml.jackson.core", "jackson-core", "2.17.1"),
    ("io.micrometer", "micrometer-core", "1.13.1"),
    ("org.postgresql", "postgresql", "42.7.3"),
    ("org.flywaydb", "flyway-core", "10.14.0"),
    ("org.junit.jupiter", "junit-jupiter-api", "5.10.2"),
    ("org.mockito", "mockito-core", "5.12.0"),
    ("org.testcontainers", "testcontainers", "1.19.8"),
    ("io.netty", "netty-handler", "4.1.110.Final"),
    ("ch.qos.logback", "logback-classic", "1.5.6"),
    ("org.apache.kafka", "kafka-clients", "3.7.0"),
    ("com.google.guava", "guava", "33.2.1-jre"),
    ("org.hibernate.orm", "hibernate-core", "6.5.2.Final"),
    ("org.apache.maven.plugins", "maven-surefire-plugin", "3.2.5"),
    ("org.jacoco", "jacoco-maven-plugin", "0.8.12"),
    ("software.amazon.awssdk", "s3", "2.25.64"),
]
AR_MODULES = ["billing-core", "billing-api", "billing-worker"]
AR_STACK_JETTY = [
    "\tat org.apache.archiva.webdav.ArchivaDavResourceFactory.processRepository(ArchivaDavResourceFactory.java:652)",
    "\tat org.apache.archiva.webdav.ArchivaDavResourceFactory.createResource(ArchivaDavResourceFactory.java:291)",
    "\tat org.apache.archiva.webdav.RepositoryServlet.service(RepositoryServlet.java:111)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:790)",
    "\tat org.eclipse.jetty.servlet.ServletHolder.handle(ServletHolder.java:799)",
    "\tat org.eclipse.jetty.servlet.ServletHandler$CachedChain.doFilter(ServletHandler.java:1631)",
    "\tat org.apache.archiva.redback.integration.filter.authentication.HttpAuthenticationFilter.doFilter(HttpAuthenticationFilter.java:66)",
    "\tat org.eclipse.jetty.servlet.ServletHandler$CachedChain.doFilter(ServletHandler.java:1618)",
    "\tat org.eclipse.jetty.servlet.ServletHandler.doHandle(ServletHandler.java:549)",
    "\tat org.eclipse.jetty.server.handler.ScopedHandler.nextScope(ScopedHandler.java:188)",
    "\tat org.eclipse.jetty.server.handler.ContextHandler.doScope(ContextHandler.java:1292)",
    "\tat org.eclipse.jetty.server.handler.ScopedHandler.handle(ScopedHandler.java:141)",
    "\tat org.eclipse.jetty.server.handler.HandlerWrapper.handle(HandlerWrapper.java:127)",
    "\tat org.eclipse.jetty.server.Server.handle(Server.java:501)",
    "\tat org.eclipse.jetty.server.HttpChannel.lambda$handle$1(HttpChannel.java:383)",
    "\tat org.eclipse.jetty.server.HttpChannel.dispatch(HttpChannel.java:556)",
    "\tat org.eclipse.jetty.server.HttpChannel.handle(HttpChannel.java:375)",
    "\tat org.eclipse.jetty.server.HttpConnection.onFillable(HttpConnection.java:272)",
    "\tat org.eclipse.jetty.io.AbstractConnection$ReadCallback.succeeded(AbstractConnection.java:311)",
    "\tat org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:938)",
    "\tat java.lang.Thread.run(Thread.java:750)",
]


def ar_bump(v: str, k: int) -> str:
    """A later patch version: the last number of the version moved on by k."""
    m = list(re.finditer(r"\d+", v))[-1]
    return v[: m.start()] + str(int(m.group()) + k) + v[m.end() :]


def ar_path(g: str, a: str, v: str, ext: str) -> str:
    return f"{g.replace('.', '/')}/{a}/{v}/{a}-{v}.{ext}"


def archiva(r: random.Random) -> list[Log]:
    """Apache Archiva 2.2.10 standalone (Jetty) for a Java team, 06:00 to 12:00: archiva.log
    and archiva-audit.log; the CI fleet and developers fetching through the `internal`
    repository's proxy connector to Maven Central, snapshot deploys of a three-module project
    to `snapshots`, hourly repository scans of the three managed repositories, Maven Central
    unreachable 08:40-09:05, a release re-deployed twice at 09:50, a restart at 10:40."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    outage = (at(8, 40, 12), at(9, 5, 40))
    restart = at(10, 40, 5)
    qtp = [f"qtp1161667116-{n}" for n in range(38, 62)]

    def A(
        t: datetime, level: str, logger: str, thread: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            "archiva.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} [{thread}] {level:<5} {logger} [] - {lines[0]}",
                *lines[1:],
            ],
            "archiva",
            1000,
        )

    def U(t: datetime, repo: str, user: str, ip: str, path: str, action: str) -> datetime:
        return fs.add(
            "archiva-audit.log",
            t,
            f'%s %s %s "%s" "{action}"',
            lambda x: [f'{x:%Y-%m-%d %H:%M:%S} {repo} {user} {ip} "{path}" "{action}"'],
            "audit",
            1_000_000,
        )

    def up(t: datetime) -> bool:
        return not (restart - sec(5) <= t < restart + sec(75))

    # the restart
    tt = restart + sec(38.2)
    tt = A(
        tt,
        "INFO",
        "org.springframework.web.context.ContextLoader",
        "main",
        "Root WebApplicationContext: initialization started",
        ["Root WebApplicationContext: initialization started"],
    )
    tt = A(
        tt + sec(14.7),
        "INFO",
        "org.apache.archiva.scheduler.repository.ArchivaRepositoryScanningTaskExecutor",
        "main",
        "Initialized %s",
        [
            "Initialized org.apache.archiva.scheduler.repository.ArchivaRepositoryScanningTaskExecutor"
        ],
    )
    tt = A(
        tt + sec(0.04),
        "INFO",
        "org.apache.archiva.scheduler.indexing.ArchivaIndexingTaskExecutor",
        "main",
        "Initialized %s",
        ["Initialized org.apache.archiva.scheduler.indexing.ArchivaIndexingTaskExecutor"],
    )
    for q in ["repository-scanning", "indexing", "downloadRemoteIndex"]:
        tt = A(
            tt + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "org.apache.archiva.redback.components.taskqueue.execution.ThreadedTaskQueueExecutor",
            "main",
            "Starting task executor, thread name '%s'.",
            [f"Starting task executor, thread name '{q}'."],
        )
    A(
        tt + sec(6.8),
        "INFO",
        "org.springframework.web.context.ContextLoader",
        "main",
        "Root WebApplicationContext: initialization completed in %d ms",
        [
            f"Root WebApplicationContext: initialization completed in {int(21_900 + r.uniform(0, 900))} ms"
        ],
    )

    # hourly scans of the managed repositories (cron 0 0 * * * ?), run one after another
    repos = [
        (
            "internal",
            "/var/archiva/repositories/internal",
            "Archiva Managed Internal Repository",
            48_211,
            0.9,
        ),
        (
            "snapshots",
            "/var/archiva/repositories/snapshots",
            "Archiva Managed Snapshot Repository",
            9_884,
            0.4,
        ),
        (
            "releases",
            "/var/archiva/repositories/releases",
            "Archiva Managed Release Repository",
            2_310,
            0.2,
        ),
    ]
    consumers = [
        "create-missing-checksums",
        "metadata-updater",
        "repository-purge",
        "update-db-artifact",
        "create-archiva-metadata",
        "duplicate-artifacts",
        "index-content",
    ]
    files = {k: n for k, _, _, n, _ in repos}
    for h in range(6, 12):
        t = at(h, 0) + sec(r.uniform(0.01, 0.2))
        if not up(t):
            continue
        for rid, loc, name, _n, pace in repos:
            task = f"RepositoryTask [repositoryId={rid}, resourceFile=null, scanAll=false, updateRelatedArtifacts=false]"
            th = "pool-7-thread-1"
            t = A(
                t,
                "INFO",
                "org.apache.archiva.scheduler.repository.ArchivaRepositoryScanningTaskExecutor",
                th,
                "Executing task from queue with job name: %s",
                [f"Executing task from queue with job name: {task}"],
            )
            t = A(
                t + sec(r.uniform(0.02, 0.1)),
                "INFO",
                "org.apache.archiva.repository.scanner.RepositoryScannerInstance",
                th,
                "Walk Started: [%s] %s",
                [f"Walk Started: [{rid}] {loc}"],
            )
            dur = files[rid] * pace / 1000 * r.uniform(0.9, 1.2)
            t = A(
                t + sec(dur),
                "INFO",
                "org.apache.archiva.repository.scanner.RepositoryScannerInstance",
                th,
                "Walk Finished: [%s] %s",
                [f"Walk Finished: [{rid}] {loc}"],
            )
            files[rid] += r.randint(0, 40) if rid != "releases" else r.randint(0, 3)
            ms = int(dur * 1000)
            when = t - sec(dur)
            dump = [
                "Finished first scan: ",
                f".\\ Scan of {rid} \\.__________________________________________",
                f"  Repository Dir    : {loc}",
                f"  Repository Name   : {name}",
                "  Repository Layout : default",
                f"  Known Consumers   : ({len(consumers)} configured)",
                *[f"                      {c}" for c in consumers],
                "  Invalid Consumers : <none>",
                f"  Duration          : {ms // 60000} Minutes {ms // 1000 % 60} Seconds {ms % 1000} Milliseconds"
                if ms >= 60000
                else f"  Duration          : {ms // 1000} Seconds {ms % 1000} Milliseconds",
                f"  When Gathered     : {when.month}/{when.day}/{when:%y} {when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'}",
                f"  Total File Count  : {files[rid]}",
                f"  Avg Time Per File : {ms // files[rid]} Milliseconds"
                if ms // files[rid]
                else "  Avg Time Per File : ",
                "______________________________________________________________",
            ]
            t = A(
                t + sec(0.004),
                "INFO",
                "org.apache.archiva.scheduler.repository.ArchivaRepositoryScanningTaskExecutor",
                th,
                "Finished first scan: %s",
                dump,
            )
            t = A(
                t + sec(0.001),
                "INFO",
                "org.apache.archiva.scheduler.repository.ArchivaRepositoryScanningTaskExecutor",
                th,
                "Gathering repository statistics",
                ["Gathering repository statistics"],
            )
            t = A(
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                "org.apache.archiva.scheduler.repository.ArchivaRepositoryScanningTaskExecutor",
                th,
                "Finished repository task: %s",
                [f"Finished repository task: {task}"],
            )

    # builds fetching through the proxy: new artifacts and refreshed metadata
    cached: set[str] = set()
    ci = [f"10.0.4.{n}" for n in range(21, 29)]
    devs = [f"10.0.5.{n}" for n in (14, 31, 47, 52, 88, 103)]
    for t in thinned(r, t0, t_end, 14.0):
        if not up(t):
            continue
        g, a, v = r.choice(AR_CENTRAL)
        if r.random() < 0.35:
            v = ar_bump(v, r.randint(1, 4))
        is_ci = r.random() < 0.7
        ip = r.choice(ci) if is_ci else r.choice(devs)
        user = "ci-reader" if is_ci else "guest"
        if r.random() < 0.25:
            path = f"{g.replace('.', '/')}/{a}/maven-metadata.xml"
            if outage[0] <= t < outage[1]:
                A(
                    t + sec(r.uniform(10, 10.5)),
                    "WARN",
                    "org.apache.archiva.proxy.DefaultRepositoryProxyConnectors",
                    r.choice(qtp),
                    "Transfer error from repository %s for versioned Metadata %s, continuing to next repository. Error message: Download failure on resource [%s]:Transfer failed for %s (cause: org.apache.http.conn.ConnectTimeoutException: Connect to %s [%s] failed: connect timed out)",
                    [
                        f"Transfer error from repository central for versioned Metadata {path}, continuing to next repository. Error message: Download failure on resource [https://repo.maven.apache.org/maven2/{path}]:Transfer failed for https://repo.maven.apache.org/maven2/{path} (cause: org.apache.http.conn.ConnectTimeoutException: Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.64.215] failed: connect timed out)"
                    ],
                )
                continue
            if r.random() < 0.5:
                U(
                    t + sec(r.uniform(0.1, 0.6)),
                    "internal",
                    user,
                    ip,
                    path,
                    "Modified File (proxied)",
                )
            continue
        for ext in ("pom", "jar"):
            path = ar_path(g, a, v, ext)
            if path in cached:
                continue
            if outage[0] <= t < outage[1]:
                msg = f"Download failure on resource [https://repo.maven.apache.org/maven2/{path}]:Transfer failed for https://repo.maven.apache.org/maven2/{path} (cause: org.apache.http.conn.ConnectTimeoutException: Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.64.215] failed: connect timed out)"
                A(
                    t + sec(r.uniform(10, 10.5)),
                    "ERROR",
                    "org.apache.archiva.webdav.ArchivaDavResourceFactory",
                    r.choice(qtp),
                    "An error occurred in downloading from the remote repository, and the policy is to fail immediately:",
                    [
                        "An error occurred in downloading from the remote repository, and the policy is to fail immediately:",
                        f"\tcentral: {msg}",
                        "org.apache.archiva.policies.ProxyDownloadException: An error occurred in downloading from the remote repository, and the policy is to fail immediately:",
                        f"\tcentral: {msg}",
                        "\tat org.apache.archiva.proxy.DefaultRepositoryProxyConnectors.validatePolicies(DefaultRepositoryProxyConnectors.java:1071)",
                        "\tat org.apache.archiva.proxy.DefaultRepositoryProxyConnectors.fetchFromProxies(DefaultRepositoryProxyConnectors.java:366)",
                        "\tat org.apache.archiva.webdav.ArchivaDavResourceFactory.fetchContentFromProxies(ArchivaDavResourceFactory.java:764)",
                        *AR_STACK_JETTY,
                        f"Caused by: org.apache.archiva.proxy.model.ProxyException: {msg}",
                        "\tat org.apache.archiva.proxy.DefaultRepositoryProxyConnectors.transferSimpleFile(DefaultRepositoryProxyConnectors.java:894)",
                        "\tat org.apache.archiva.proxy.DefaultRepositoryProxyConnectors.transferResources(DefaultRepositoryProxyConnectors.java:734)",
                        "\tat org.apache.archiva.proxy.DefaultRepositoryProxyConnectors.transferFile(DefaultRepositoryProxyConnectors.java:682)",
                        "\tat org.apache.archiva.proxy.DefaultRepositoryProxyConnectors.fetchFromProxies(DefaultRepositoryProxyConnectors.java:343)",
                        "\t... 23 more",
                        f"Caused by: org.apache.maven.wagon.TransferFailedException: Transfer failed for https://repo.maven.apache.org/maven2/{path}",
                        "\tat org.apache.maven.wagon.shared.http.AbstractHttpClientWagon.fillInputData(AbstractHttpClientWagon.java:1178)",
                        "\tat org.apache.maven.wagon.StreamWagon.getInputStream(StreamWagon.java:126)",
                        "\tat org.apache.maven.wagon.StreamWagon.getIfNewer(StreamWagon.java:88)",
                        "\tat org.apache.maven.wagon.StreamWagon.get(StreamWagon.java:61)",
                        "\tat org.apache.archiva.proxy.DefaultRepositoryProxyConnectors.transferSimpleFile(DefaultRepositoryProxyConnectors.java:857)",
                        "\t... 26 more",
                        "Caused by: org.apache.http.conn.ConnectTimeoutException: Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.64.215] failed: connect timed out",
                        "\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:151)",
                        "\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:376)",
                        "\tat org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:393)",
                        "\tat org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:236)",
                        "\tat org.apache.http.impl.execchain.ProtocolExec.execute(ProtocolExec.java:186)",
                        "\tat org.apache.http.impl.execchain.RetryExec.execute(RetryExec.java:89)",
                        "\tat org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)",
                        "\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)",
                        "\tat org.apache.maven.wagon.shared.http.AbstractHttpClientWagon.execute(AbstractHttpClientWagon.java:1005)",
                        "\tat org.apache.maven.wagon.shared.http.AbstractHttpClientWagon.fillInputData(AbstractHttpClientWagon.java:1162)",
                        "\t... 30 more",
                        "Caused by: java.net.SocketTimeoutException: connect timed out",
                        "\tat java.net.PlainSocketImpl.socketConnect(Native Method)",
                        "\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
                        "\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)",
                        "\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)",
                        "\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
                        "\tat java.net.Socket.connect(Socket.java:607)",
                        "\tat org.apache.http.conn.ssl.SSLConnectionSocketFactory.connectSocket(SSLConnectionSocketFactory.java:368)",
                        "\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142)",
                        "\t... 39 more",
                    ],
                )
                break
            cached.add(path)
            t = U(
                t + sec(r.uniform(0.2, 1.5)), "internal", user, ip, path, "Created File (proxied)"
            )

    # snapshot deploys of billing (three modules) from CI, and a developer's upload
    build = 40
    for t in thinned(r, t0, t_end, 400.0):
        if not up(t):
            continue
        build += 1
        ip = r.choice(ci)
        ts = f"20240607.{t:%H%M%S}-{build}"
        for mod in AR_MODULES:
            base = f"com/acme/billing/{mod}/1.5.0-SNAPSHOT"
            for ext in ("jar", "pom"):
                f = f"{base}/{mod}-1.5.0-{ts}.{ext}"
                for suf in ("", ".sha1", ".md5"):
                    t = U(
                        t + sec(r.uniform(0.05, 0.9)),
                        "snapshots",
                        "deploy-ci",
                        ip,
                        f + suf,
                        "Created File",
                    )
            for md in (f"{base}/maven-metadata.xml", f"com/acme/billing/{mod}/maven-metadata.xml"):
                for suf in ("", ".sha1", ".md5"):
                    t = U(
                        t + sec(r.uniform(0.05, 0.5)),
                        "snapshots",
                        "deploy-ci",
                        ip,
                        md + suf,
                        "Modified File",
                    )
    # the 1.4.3 release, then two re-deploys of it refused
    t = at(9, 48, 20)
    for mod in AR_MODULES:
        base = f"com/acme/billing/{mod}/1.4.3"
        t = U(t + sec(0.3), "releases", "release-bot", "10.0.4.27", base, "Created Directory")
        for ext in ("jar", "pom"):
            for suf in ("", ".sha1", ".md5"):
                t = U(
                    t + sec(r.uniform(0.05, 0.7)),
                    "releases",
                    "release-bot",
                    "10.0.4.27",
                    f"{base}/{mod}-1.4.3.{ext}{suf}",
                    "Created File",
                )
        for suf in ("", ".sha1", ".md5"):
            t = U(
                t + sec(r.uniform(0.05, 0.4)),
                "releases",
                "release-bot",
                "10.0.4.27",
                f"com/acme/billing/{mod}/maven-metadata.xml{suf}",
                "Modified File",
            )
    for t in (at(9, 56, 41), at(10, 3, 12)):
        A(
            t,
            "WARN",
            "org.apache.archiva.webdav.ArchivaDavResourceFactory",
            r.choice(qtp),
            "Overwriting released artifacts in repository '%s' is not allowed.",
            ["Overwriting released artifacts in repository 'releases' is not allowed."],
        )
    for t, f in (
        (at(11, 14, 2), "com/oracle/database/jdbc/ojdbc11/23.4.0.24.05/ojdbc11-23.4.0.24.05.jar"),
        (at(11, 14, 3), "com/oracle/database/jdbc/ojdbc11/23.4.0.24.05/ojdbc11-23.4.0.24.05.pom"),
    ):
        U(t, "internal", "akovacs", "10.0.5.14", f, "Uploaded File")
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- kaniko

KN_REG = "registry.example.com"
KN_LEVEL = {"info": ("INFO", 36), "warn": ("WARN", 33), "error": ("ERRO", 31)}


def kaniko(r: random.Random) -> list[Log]:
    """Kaniko 1.23 building a monorepo's images in Kubernetes, one build pod per pipeline
    (`/kaniko/executor ... --cache=true --cleanup` once per changed service), 06:00 to 12:00:
    the pods' container logs as the kubelet writes them (CRI: time, stream, tag, then logrus's
    coloured `INFO[0012] ` lines); the Go services' layer cache hit and missed, golang's base
    image republished at 09:00 (every cache key changes: full rebuilds), the web image's `dist/`
    artifact expired at 08:15 (two builds fail), the registry slow 10:30-10:50, a pipeline
    cancelled mid-build at 11:12."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    files: list[str] = []

    def cri(x: datetime) -> str:
        ns = f"{x.microsecond:06d}{r.randint(0, 999):03d}".rstrip("0")
        return f"{x:%Y-%m-%dT%H:%M:%S}" + (f".{ns}" if ns else "") + "Z"

    def run_executor(
        fname: str,
        start: datetime,
        svc: str,
        tag: str,
        base_new: bool,
        fail_dist: bool,
        cut: datetime | None,
    ) -> datetime:
        t = start

        def K(dt: float, label: str, msg: str, level: str = "info") -> None:
            nonlocal t
            t = t + sec(dt)
            if cut is not None and t >= cut:
                raise StopIteration
            el = int((t - start).total_seconds())
            name, col = KN_LEVEL[level]
            t = fs.add(
                fname,
                t,
                label,
                lambda x: [f"{cri(x)} stderr F \x1b[{col}m{name}\x1b[0m[{el:04d}] {msg:<44} "],
                fname,
                1,
            )

        def digest() -> str:
            return "sha256:" + hexid(r, 64)

        def push(ref: str, slow: float = 1.0) -> None:
            K(r.uniform(0.01, 0.05), "Pushing image to %s", f"Pushing image to {ref}")
            K(r.uniform(0.3, 2.5) * slow, "Pushed %s", f"Pushed {ref.rsplit(':', 1)[0]}@{digest()}")

        slow = 6.0 if at(10, 30) <= start < at(10, 50) else 1.0
        try:
            if svc == "web":
                img = "nginxinc/nginx-unprivileged:1.27-alpine"
                K(0.02, "Retrieving image manifest %s", f"Retrieving image manifest {img}")
                K(
                    0.01,
                    "Retrieving image %s from registry %s",
                    f"Retrieving image {img} from registry index.docker.io",
                )
                K(
                    r.uniform(0.6, 1.4),
                    "Built cross stage deps: %v",
                    "Built cross stage deps: map[]",
                )
                K(0.001, "Retrieving image manifest %s", f"Retrieving image manifest {img}")
                K(0.001, "Returning cached image manifest", "Returning cached image manifest")
                K(0.001, "Executing %v build triggers", "Executing 0 build triggers")
                K(
                    0.001,
                    "Building stage '%v' [idx: '%v', base-idx: '%v']",
                    f"Building stage '{img}' [idx: '0', base-idx: '-1']",
                )
                K(
                    0.002,
                    "Unpacking rootfs as cmd %s requires it.",
                    "Unpacking rootfs as cmd COPY nginx.conf /etc/nginx/conf.d/default.conf requires it.",
                )
                K(r.uniform(1.5, 3.0), "COPY %s", "COPY nginx.conf /etc/nginx/conf.d/default.conf")
                K(0.01, "Taking snapshot of files...", "Taking snapshot of files...")
                if fail_dist:
                    t = t + sec(0.02)
                    fs.add(
                        fname,
                        t,
                        "error building image: error building stage: failed to get files used from context: failed to get fileinfo for %s: lstat %s: no such file or directory",
                        lambda x: [
                            f"{cri(x)} stdout F error building image: error building stage: failed to get files used from context: failed to get fileinfo for /kaniko/buildcontext/dist: lstat /kaniko/buildcontext/dist: no such file or directory"
                        ],
                        fname,
                        1,
                    )
                    return t
                K(0.01, "COPY %s", "COPY dist/ /usr/share/nginx/html/")
                K(r.uniform(0.2, 0.6), "Taking snapshot of files...", "Taking snapshot of files...")
                K(0.3, "Deleting filesystem...", "Deleting filesystem...")
                for d in (f"{KN_REG}/team/web:{tag}", f"{KN_REG}/team/web:latest"):
                    push(d, slow)
                return t

            go_img = "golang:1.22-alpine"
            final = "gcr.io/distroless/static-debian12:nonroot"
            cache = f"{KN_REG}/cache/{svc}"
            build_cmd = (
                f'CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/{svc} ./cmd/{svc}'
            )
            K(0.02, "Retrieving image manifest %s", f"Retrieving image manifest {go_img}")
            K(
                0.01,
                "Retrieving image %s from registry %s",
                f"Retrieving image {go_img} from registry index.docker.io",
            )
            K(
                r.uniform(0.5, 1.2),
                "Retrieving image manifest %s",
                f"Retrieving image manifest {final}",
            )
            K(
                0.01,
                "Retrieving image %s from registry %s",
                f"Retrieving image {final} from registry gcr.io",
            )
            K(
                r.uniform(0.4, 1.0),
                "Built cross stage deps: %v",
                f"Built cross stage deps: map[0:[/out/{svc}]]",
            )
            K(0.001, "Retrieving image manifest %s", f"Retrieving image manifest {go_img}")
            K(0.001, "Returning cached image manifest", "Returning cached image manifest")
            K(0.001, "Executing %v build triggers", "Executing 0 build triggers")
            K(
                0.001,
                "Building stage '%v' [idx: '%v', base-idx: '%v']",
                f"Building stage '{go_img}' [idx: '0', base-idx: '-1']",
            )
            keys = [hexid(r, 64) for _ in range(3)]
            # which cacheable commands hit: WORKDIR, RUN go mod download, RUN go build
            hits = [not base_new, (not base_new) and r.random() < 0.85, False]
            for i, cmd in enumerate(["WORKDIR /src", "RUN go mod download", f"RUN {build_cmd}"]):
                K(
                    r.uniform(0.1, 0.5),
                    "Checking for cached layer %s...",
                    f"Checking for cached layer {cache}:{keys[i]}...",
                )
                if hits[i]:
                    K(
                        r.uniform(0.05, 0.3),
                        "Using caching version of cmd: %s",
                        f"Using caching version of cmd: {cmd}",
                    )
                else:
                    K(
                        r.uniform(0.05, 0.3),
                        "No cached layer found for cmd %s",
                        f"No cached layer found for cmd {cmd}",
                    )
                    break
            first = "COPY go.mod go.sum ./" if hits[0] else "WORKDIR /src"
            K(
                0.001,
                "Unpacking rootfs as cmd %s requires it.",
                f"Unpacking rootfs as cmd {first} requires it.",
            )
            K(r.uniform(3.5, 7.0), "WORKDIR %s", "WORKDIR /src")
            K(0.001, "cmd: workdir", "cmd: workdir")
            K(0.001, "Changed working directory to %s", "Changed working directory to /src")
            if not hits[0]:
                K(
                    0.001,
                    "Creating directory %s with uid %d and gid %d",
                    "Creating directory /src with uid -1 and gid -1",
                )
                K(0.001, "Taking snapshot of files...", "Taking snapshot of files...")
                K(
                    0.01,
                    "Pushing layer %s to cache now",
                    f"Pushing layer {cache}:{keys[0]} to cache now",
                )
                push(f"{cache}:{keys[0]}", slow)
            K(0.01, "COPY %s", "COPY go.mod go.sum ./")
            K(0.01, "Taking snapshot of files...", "Taking snapshot of files...")
            K(0.01, "RUN %s", "RUN go mod download")
            if hits[1]:
                K(
                    0.001,
                    "Found cached layer, extracting to filesystem",
                    "Found cached layer, extracting to filesystem",
                )
                t = t + sec(r.uniform(2.0, 5.0))
            else:
                K(0.001, "Initializing snapshotter ...", "Initializing snapshotter ...")
                K(
                    0.001,
                    "Taking snapshot of full filesystem...",
                    "Taking snapshot of full filesystem...",
                )
                K(r.uniform(1.0, 2.5), "Cmd: %s", "Cmd: /bin/sh")
                K(0.001, "Args: %s", "Args: [-c go mod download]")
                K(0.001, "Running: %s", "Running: [/bin/sh -c go mod download]")
                K(
                    r.uniform(9, 30),
                    "Taking snapshot of full filesystem...",
                    "Taking snapshot of full filesystem...",
                )
                K(
                    r.uniform(2, 5),
                    "Pushing layer %s to cache now",
                    f"Pushing layer {cache}:{keys[1]} to cache now",
                )
                push(f"{cache}:{keys[1]}", slow)
            K(0.01, "COPY %s", "COPY . .")
            K(r.uniform(0.2, 0.8), "Taking snapshot of files...", "Taking snapshot of files...")
            K(0.01, "RUN %s", f"RUN {build_cmd}")
            if hits[1]:
                K(0.001, "Initializing snapshotter ...", "Initializing snapshotter ...")
                K(
                    0.001,
                    "Taking snapshot of full filesystem...",
                    "Taking snapshot of full filesystem...",
                )
            K(r.uniform(1.0, 2.5), "Cmd: %s", "Cmd: /bin/sh")
            K(0.001, "Args: %s", f"Args: [-c {build_cmd}]")
            K(0.001, "Running: %s", f"Running: [/bin/sh -c {build_cmd}]")
            K(
                r.uniform(25, 80) * (1.6 if base_new else 1.0),
                "Taking snapshot of full filesystem...",
                "Taking snapshot of full filesystem...",
            )
            K(
                r.uniform(1.5, 4),
                "Pushing layer %s to cache now",
                f"Pushing layer {cache}:{keys[2]} to cache now",
            )
            push(f"{cache}:{keys[2]}", slow)
            K(0.01, "Saving file %s for later use", f"Saving file out/{svc} for later use")
            K(r.uniform(0.3, 1.0), "Deleting filesystem...", "Deleting filesystem...")
            K(
                r.uniform(0.5, 1.5),
                "Retrieving image manifest %s",
                f"Retrieving image manifest {final}",
            )
            K(0.001, "Returning cached image manifest", "Returning cached image manifest")
            K(0.001, "Executing %v build triggers", "Executing 0 build triggers")
            K(
                0.001,
                "Building stage '%v' [idx: '%v', base-idx: '%v']",
                f"Building stage '{final}' [idx: '1', base-idx: '-1']",
            )
            K(
                0.002,
                "Unpacking rootfs as cmd %s requires it.",
                f"Unpacking rootfs as cmd COPY --from=0 /out/{svc} /{svc} requires it.",
            )
            K(r.uniform(0.8, 1.6), "COPY %s", f"COPY --from=0 /out/{svc} /{svc}")
            K(0.01, "Taking snapshot of files...", "Taking snapshot of files...")
            K(0.01, "ENTRYPOINT %s", f'ENTRYPOINT ["/{svc}"]')
            K(0.2, "Deleting filesystem...", "Deleting filesystem...")
            for d in (f"{KN_REG}/team/{svc}:{tag}", f"{KN_REG}/team/{svc}:latest"):
                push(d, slow)
            return t
        except StopIteration:
            return t

    # pipelines: merges and merge-request updates; each builds the services it changed
    pipeline = 48_210
    seen_base: dict[str, list[datetime]] = {}
    t = t0 + sec(r.uniform(30, 200))
    cancelled = False
    while t < t_end - sec(420):
        pipeline += r.randint(1, 4)
        pod = f"build-images-{pipeline}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
        fname = f"{pod}_ci_kaniko-{hexid(r, 64)}.log"
        files.append(fname)
        svcs = [
            s
            for s in ("api", "worker", "web")
            if r.random() < {"api": 0.8, "worker": 0.65, "web": 0.5}[s]
        ] or ["api"]
        if at(8, 15) <= t < at(8, 50) and "web" not in svcs:
            svcs = ["web", *svcs]
        sha = hexid(r, 8)
        cut = None
        if not cancelled and at(11, 0) <= t:
            cancelled = True
            cut = t + sec(r.uniform(95, 140))
        tt = t
        for svc in svcs:
            base_new = at(9, 0) <= tt and not any(at(9, 0) <= x for x in seen_base.get(svc, []))
            fail = svc == "web" and at(8, 15) <= tt < at(8, 50)
            tt = run_executor(fname, tt, svc, sha, base_new, fail, cut)
            seen_base.setdefault(svc, []).append(tt)
            if fail or (cut is not None and tt >= cut - sec(1)):
                break
            tt += sec(r.uniform(0.4, 1.2))
        t = tt + sec(r.uniform(200, 700) / max(busy(tt), 0.4))
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- packer

PK_SOURCES = [
    # source name, AMI name prefix, base AMI owner's image, SSH user's OS family
    ("ubuntu-2204-amd64", "base-ubuntu-2204-amd64", "apt"),
    ("ubuntu-2204-arm64", "base-ubuntu-2204-arm64", "apt"),
    ("ubuntu-2404-amd64", "base-ubuntu-2404-amd64", "apt"),
    ("al2023-amd64", "base-al2023-amd64", "dnf"),
    ("al2023-arm64", "base-al2023-arm64", "dnf"),
    ("rhel9-amd64", "base-rhel9-amd64", "dnf"),
]


def pk_dur(s: float) -> str:
    """durafmt as Packer prints a build's duration: the two largest units."""
    s = int(s)
    m, sec_ = divmod(s, 60)
    if m == 0:
        return f"{sec_} second{'s' if sec_ != 1 else ''}"
    return f"{m} minute{'s' if m != 1 else ''} {sec_} second{'s' if sec_ != 1 else ''}"


def packer(r: random.Random) -> list[Log]:
    """HashiCorp Packer 1.11 with the Amazon plugin 1.3, an image factory's CI jobs (`packer build
    -timestamp-ui -color=false .`, six amazon-ebs sources in parallel, one log per pipeline),
    06:00 to 12:00: ten runs; EBS snapshots slow 08:50-09:30 (long AMI waits), instances slow to
    boot in the 09:40 run, which a newer pipeline cancels at 09:43 (SIGTERM: the instances
    terminated, `Build was cancelled.`)."""
    fs = Files()
    t0 = at(6, 0)
    runs = [
        (at(6, 0, 21), 18_004, None),
        (at(6, 41, 8), 18_011, None),
        (at(7, 22, 47), 18_019, None),
        (at(8, 6, 12), 18_027, None),
        (at(8, 51, 30), 18_032, None),
        (at(9, 40, 14), 18_040, at(9, 43, 31)),
        (at(9, 44, 2), 18_041, None),
        (at(10, 29, 55), 18_049, None),
        (at(11, 4, 40), 18_055, None),
        (at(11, 33, 18), 18_058, None),
    ]
    for start, pipe, cancel in runs:
        fname = f"packer-{pipe}.log"

        def U(t: datetime, label: str | None, lines: list[str], fname: str = fname) -> datetime:
            return fs.add(
                fname,
                t,
                label,
                lambda x: [f"{x:%Y-%m-%dT%H:%M:%SZ}: {lines[0]}", *lines[1:]],
                fname,
                1_000_000,
            )

        stamp = start.strftime("%Y%m%d-%H%M")
        srcs = list(PK_SOURCES)
        t = start
        for name, _p, _f in srcs:
            t = U(
                t,
                "%s: output will be in this color.",
                [f"amazon-ebs.{name}: output will be in this color."],
            )
        U(t, None, [""])
        ends: dict[str, datetime] = {}
        amis: dict[str, str] = {}
        for name, prefix, fam in srcs:
            b = f"amazon-ebs.{name}"

            def say(t: datetime, label: str, msg: str, arrow: bool = True, b: str = b) -> datetime:
                return U(t, label, [f"{'==>' if arrow else '   '} {b}: {msg}"])

            t = start + sec(r.uniform(1, 3))
            ami_name = f"{prefix}-{stamp}"
            iid = "i-0" + hexid(r, 16)
            t = say(
                t,
                "Prevalidating any provided VPC information",
                "Prevalidating any provided VPC information",
            )
            t = say(
                t + sec(0.3), "Prevalidating AMI Name: %s", f"Prevalidating AMI Name: {ami_name}"
            )
            t = say(
                t + sec(r.uniform(0.3, 0.9)),
                "Found Image ID: %s",
                f"Found Image ID: ami-0{hexid(r, 16)}",
                arrow=False,
            )
            t = say(
                t + sec(0.1), "Using existing SSH private key", "Using existing SSH private key"
            )
            t = say(
                t + sec(0.1),
                "Launching a source AWS instance...",
                "Launching a source AWS instance...",
            )
            t = say(
                t + sec(r.uniform(1.5, 3.5)), "Instance ID: %s", f"Instance ID: {iid}", arrow=False
            )
            t = say(
                t,
                "Waiting for instance (%v) to become ready...",
                f"Waiting for instance ({iid}) to become ready...",
            )
            t = say(
                t + sec(r.uniform(14, 40)),
                "Using SSH communicator to connect: %s",
                f"Using SSH communicator to connect: 10.20.{r.choice([3, 4, 5])}.{r.randint(10, 250)}",
            )
            t = say(
                t,
                "Waiting for SSH to become available...",
                "Waiting for SSH to become available...",
            )
            ssh_wait = r.uniform(200, 420) if cancel else r.uniform(25, 95)
            if cancel is not None and t + sec(ssh_wait) > cancel:
                # SIGTERM while waiting for SSH: the instance is terminated
                tc = cancel + sec(r.uniform(0.5, 2.5))
                tc = say(
                    tc,
                    "Terminating the source AWS instance...",
                    "Terminating the source AWS instance...",
                )
                tc = say(
                    tc + sec(r.uniform(14, 35)),
                    "Cleaning up any extra volumes...",
                    "Cleaning up any extra volumes...",
                )
                tc = say(
                    tc + sec(0.2),
                    "No volumes to clean up, skipping",
                    "No volumes to clean up, skipping",
                )
                tc = U(
                    tc + sec(0.1),
                    "Build '%s' errored after %s: Build was cancelled.",
                    [
                        f"Build '{b}' errored after {pk_dur((tc - start).total_seconds())}: Build was cancelled."
                    ],
                )
                ends[b] = tc
                continue
            t = say(t + sec(ssh_wait), "Connected to SSH!", "Connected to SSH!")
            t = say(
                t + sec(0.2),
                "Provisioning with shell script: %s",
                "Provisioning with shell script: scripts/base.sh",
            )
            pm = "apt-get" if fam == "apt" else "dnf"
            steps = [
                "waiting for cloud-init to finish",
                f"refreshing package metadata ({pm})",
                "installing base packages: chrony jq unzip nvme-cli",
                "installing node_exporter 1.8.1",
                "installing amazon-ssm-agent" if fam == "apt" else "enabling amazon-ssm-agent",
                "applying CIS level 1 hardening",
                "configuring journald retention (SystemMaxUse=512M)",
                "installing amazon-cloudwatch-agent",
                f"writing /etc/image-release (pipeline {pipe})",
                "cleaning package caches",
                "removing SSH host keys and machine-id",
            ]
            t0b = t
            for s in steps:
                t = say(
                    t + sec(r.uniform(8, 60)), "[image-build] %s", f"[image-build] {s}", arrow=False
                )
            t = say(
                t + sec(0.5),
                "[image-build] %s",
                f"[image-build] done in {int((t - t0b).total_seconds())}s",
                arrow=False,
            )
            t = say(
                t + sec(0.4), "Stopping the source instance...", "Stopping the source instance..."
            )
            t = say(t + sec(0.1), "Stopping instance", "Stopping instance", arrow=False)
            t = say(
                t + sec(0.1),
                "Waiting for the instance to stop...",
                "Waiting for the instance to stop...",
            )
            t = say(
                t + sec(r.uniform(30, 70)),
                "Creating AMI %s from instance %s",
                f"Creating AMI {ami_name} from instance {iid}",
            )
            ami = "ami-0" + hexid(r, 16)
            amis[b] = ami
            t = say(t + sec(r.uniform(0.4, 1.2)), "AMI: %s", f"AMI: {ami}", arrow=False)
            t = say(t, "Waiting for AMI to become ready...", "Waiting for AMI to become ready...")
            slow = 3.2 if at(8, 50) <= t < at(9, 30) else 1.0
            t = say(
                t + sec(r.uniform(150, 420) * slow),
                "Skipping Enable AMI deprecation...",
                "Skipping Enable AMI deprecation...",
            )
            t = say(
                t + sec(0.2),
                "Terminating the source AWS instance...",
                "Terminating the source AWS instance...",
            )
            t = say(
                t + sec(r.uniform(14, 35)),
                "Cleaning up any extra volumes...",
                "Cleaning up any extra volumes...",
            )
            t = say(
                t + sec(0.2), "No volumes to clean up, skipping", "No volumes to clean up, skipping"
            )
            t = U(
                t + sec(0.1),
                "Build '%s' finished after %s.",
                [f"Build '{b}' finished after {pk_dur((t - start).total_seconds())}."],
            )
            ends[b] = t
        if cancel is not None:
            U(
                cancel,
                "Cancelling build after receiving %s",
                ["Cancelling build after receiving terminated"],
            )
        tw = max(ends.values()) + sec(0.1)
        tw = U(
            tw,
            "==> Wait completed after %s",
            ["", f"==> Wait completed after {pk_dur((tw - start).total_seconds())}"],
        )
        if cancel is not None:
            U(
                tw + sec(0.1),
                "Cleanly cancelled builds after being interrupted.",
                ["Cleanly cancelled builds after being interrupted."],
            )
            continue
        tw = U(
            tw + sec(0.1),
            "==> Builds finished. The artifacts of successful builds are:",
            ["", "==> Builds finished. The artifacts of successful builds are:"],
        )
        for name, _p, _f in srcs:
            b = f"amazon-ebs.{name}"
            tw = U(
                tw + sec(0.01),
                "--> %s: AMIs were created:",
                [f"--> {b}: AMIs were created:", f"eu-west-1: {amis[b]}", ""],
            )
    return fs.logs(t0)


SYSTEMS = {
    "gogs": gogs,
    "pulp": pulp,
    "archiva": archiva,
    "kaniko": kaniko,
    "packer": packer,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
