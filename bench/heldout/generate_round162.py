#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 162 (gitlab-workhorse, gitlab-shell, gitlab-sidekiq,
gitlab-rails, gitlab-pages) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). Five components of one
GitLab 17.0 Omnibus instance (`gitlab.example.com`, one node, EE), 06:00 to 12:00 on 2024-06-07,
living through one story: Redis restarted 07:41:10-07:45:40, the SMTP relay refusing
08:00-08:25, merge request !1187's page hitting the 15 s statement timeout 08:30-08:48, a bad
`gitlab.rb` change keeping Puma down 09:15:20-09:18:50, Sidekiq's memory watchdog restarting
Sidekiq at 10:05, Workhorse restarted at 10:20, Gitaly restarted 11:20:05-11:20:35, a release's
pipelines 11:00-11:10. The brief's fifth system, gitlab-exporter, writes only WEBrick's start-up
lines, two access lines per scrape and the odd probe error: under ten formats, too few for the
round, so GitLab Pages (the package's other small Go service) takes its place. A shared plan
(seeded apart from the systems) decides the pushes, pipelines, CI jobs, SSH operations, web
views and watched job logs, so the five logs tell the same day.

- gitlab-workhorse 17.0 (`current`: runit's log of the service, labkit's logrus JSON with its
  keys sorted, `"time":"2024-06-07T06:00:01.123Z"`): every request's `access` record (method,
  uri, status, route regexp, durations, bytes): the shared runner's long polls of
  `/api/v4/jobs/request` (204 after 50 s, 201 with a job), job trace PATCHes and job updates,
  CI's git fetches over HTTPS, gitlab-shell's and Gitaly hooks' internal API calls over the
  socket (`/api/v4/internal/authorized_keys?key=...` 200 and, for scanners, 404;
  `/api/v4/internal/allowed` 200 and 403), the UI's merge request pages, GraphQL calls and a
  watched job log; Redis gone (`redis: discarding bad PubSub connection: EOF`, `keywatcher:
  listening for subscriptions` and `keywatcher: dial unix ...: connect: no such file or
  directory` with the key watcher's backoff, the runner answered at once with 500 every 3 s);
  Puma gone (`badgateway: failed to receive response: dial unix ...: connect: connection
  refused` with an empty `msg`, then 502s); Workhorse restarted (`shutdown initiated`,
  `keywatcher: shutting down`, the fatal `shutting down` with `context deadline exceeded`,
  `Starting`, `Using redis/go-redis`, `keywatcher: starting process loop`); Gitaly restarted
  (`handleGetInfoRefs: rpc error: code = Unavailable desc = ...` and a 503).
- gitlab-shell 14.35 (`gitlab-shell.log`, logrus JSON with sorted keys, one process per key
  lookup and per SSH command): `Finished HTTP request` for every internal API call (two key
  lookups per connection, `/allowed`), `gitlab-shell: main: executing command` with the
  command's type (`*uploadpack.Command`, `*receivepack.Command`) and the SSH environment,
  `executing git command`, `gitlab-shell: main: command executed successfully`; failures as
  `Internal API error` and `gitlab-shell: main: command execution failed` with the API's
  message in `error` (a deploy server's push job with a read-only deploy key every 10 minutes,
  a reporter pushing), scanners offering keys (`Internal API error` with `404 Key Not Found`),
  Puma gone (`Internal API error (502)`), Workhorse restarted (`Internal API unreachable`),
  Gitaly restarted (`rpc error: code = Unavailable ...`), clones interrupted (`context
  canceled`).
- gitlab-sidekiq 17.0 (`current`: sidekiq-cluster with one Sidekiq 7.1 process, GitLab's
  JSONFormatter, `"severity":"INFO","time":"..."` first, the job's keys in Ruby's order): every
  job's `%s JID-%s: start` and `%s JID-%s: done: %s sec` (five cron workers, from every minute
  to hourly; PostReceive and its follow-ups after pushes; the CI workers of each pipeline and
  job; notes and mail), `%s JID-%s: fail: %s sec` with `error_class` / `error_message` /
  `error_backtrace` (mail delivery while the relay refuses, retried; two statement timeouts),
  `%s JID-%s: deduplicated: dropped %s`; Redis gone (`Error fetching job: ...` once per
  processor, `Redis is online, %s sec downtime`); the memory watchdog at 10:05 (`rss memory
  limit exceeded`, `Sending signal and waiting` for TSTP and TERM, `Received TSTP, no longer
  accepting new work`, `Terminating quiet threads for default capsule`, `Shutting down`,
  `Scheduler exiting...`, `Pausing to allow jobs to finish...`, `Bye!`, sidekiq-cluster's `A
  worker terminated, shutting down the cluster`) and the start-up after it (`Starting cluster
  with %s processes`, `Starting metrics server on port %s`, `Listening on queues %s`, `Booted
  Rails %s application in %s environment`, `Running in %s`, the licence and Pro lines, `Sidekiq
  %s connecting to Redis with options %s` per pool, `Starting processing, hit Ctrl-C to stop`,
  the watchdog's `started`).
- gitlab-rails 17.0 (`production.log`: Rails' unstructured log, which GitLab writes with no
  header at all, and `production_json.log`: lograge's JSON record per request): `Started %s
  "%s" for %s at %s`, `Processing by %s#%s as %s`, `  Parameters: %s`, `  Rendered %s within %s
  (Duration: ... | Allocations: ...)`, `  Rendered layout %s (...)`, `Completed %d %s in %dms
  (...)` with and without `Views:`; the FATAL dump after a 500 (a `  ` line, the exception's
  `Class (message):`, `  `, the backtrace), PG's statement timeout written over two lines, and
  for Redis gone in the session middleware after the Started line alone (no Processing, no
  Completed, no JSON record); requests: merge request pages and their GraphQL calls, a watched
  job log's polling, CI's git fetches over HTTPS, the local monitor's `/-/readiness` every 5
  minutes (503 while Redis is gone); nothing while Puma is down.
- GitLab Pages 17.0 (`current`, labkit's logrus JSON, sorted keys): `GitLab Pages`, `URL:
  https://gitlab.com/gitlab-org/gitlab-pages` at each start (restarts at 07:05 and 11:30), the
  load balancer's `/@status` every 20 s and two sites' requests (a custom domain's MkDocs site
  with its assets and browsers' 304s, the group site's Storybook, scanners' 404s) as `access`
  records; `could not fetch domain information from a source` with `retrieval context done:
  context deadline exceeded` while the API is slow and `Get "...": dial tcp ...: connect:
  connection refused` while Puma is gone (502s); the Storybook's new deployment a truncated
  archive 10:40-10:58 (`vfs.Root` with `zip: not a valid zip file`, 500s); `user cancelled
  request` with `context canceled`.

Label notes. The heads are context: labkit's `time` and `level`, GitLab's Sidekiq `severity`
and `time`, lograge's keys; JSON keys other than the message are context. An `error` field
made from a format of its own contributes that format after the message (round 73): the label
is `msg error=format`, and `error=format` alone when the message is empty (Workhorse's
`.WithError(...).Error()`). Sidekiq's `error_class` / `error_message` / `error_backtrace` and
lograge's `exception.*` are a logged exception with its trace (as a Java throwable): the
message alone is the label. A request record (Workhorse's and Pages' `access`, a lograge record,
which has no message) is labelled by method, route and status as errctl names one by design
(rounds 27, 29, 94): ids, hashes and query values `%s`, names in the path kept (a project's,
a static file's), a query's keys kept (lograge's `path` has no query). Sidekiq's job messages
are GitLab's `"#{class} JID-#{jid}: start"` and its siblings: the job class is a value, and
`dropped %s` keeps the call site's literal. Rails' FATAL dump is one logger call whose first
line is `  `; it is labelled there with the exception's format (round 139), the lines under it
continuing the event. A message logged line by line (Rails' request lines) is a label per line;
the controller, action and format in `Processing by` are values. Written from the helper's
knowledge, with Workhorse's `badgateway`, key watcher, info-refs and start-up lines, GitLab's
Sidekiq structured logger, JSON formatter, deduplication logger, memory watchdog and
sidekiq-cluster, Sidekiq's fetch error and shutdown lines, gitlab-shell's HTTP client and main,
the internal API's `404 Key Not Found`, Pages' start-up, routing, `Serve500WithRequest` and `user
cancelled request` lines checked against copies of their sources (some newer than 17.0).

Least sure: Workhorse's `route` strings and whether 17.0 writes `route_id` / `backend_id` (left
out), `remote_addr` for socket requests, the shutdown timeout; gitlab-shell's key lookups twice
per connection and the `env` object's keys; Sidekiq's Redis error text (redis-client's `...
connect(2) for ...` without the URL it may append), the job payload's keys and their order, the
watchdog's field set; Rails 7.0's `Rendered ... within` lines at info, the GraphQL parameters,
the backtraces, the Redis exception's text; Pages' error string for a truncated archive and its
log fields.
"""

from __future__ import annotations

import base64
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

HOST = "gitlab.example.com"
URL = f"https://{HOST}"
REDIS_DOWN = (at(7, 41, 10), at(7, 45, 40))
SMTP_DOWN = (at(8, 0), at(8, 25))
DB_SLOW = (at(8, 30), at(8, 48))
PUMA_DOWN = (at(9, 15, 20), at(9, 18, 50))
SQ_WATCHDOG = at(10, 5, 12)
WH_RESTART = at(10, 20, 2)
GITALY_DOWN = (at(11, 20, 5), at(11, 20, 35))
RELEASE = (at(11, 0), at(11, 25))
REDIS_SOCKET = "/var/opt/gitlab/redis/redis.socket"
PUMA_SOCKET = "/var/opt/gitlab/gitlab-rails/sockets/gitlab.socket"
WH_SOCKET = "/var/opt/gitlab/gitlab-workhorse/sockets/socket"
GITALY_SOCKET = "/var/opt/gitlab/gitaly/gitaly.socket"

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(r: random.Random, t: datetime) -> str:
    """A labkit correlation id: a ULID of the instant's milliseconds and 80 random bits."""
    ms = int(t.timestamp() * 1000)
    head = ""
    for _ in range(10):
        head = CROCKFORD[ms % 32] + head
        ms //= 32
    return head + "".join(r.choice(CROCKFORD) for _ in range(16))


def lkts(t: datetime) -> str:
    """labkit's and GitLab's Ruby `iso8601(3)` time, UTC."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def gojson(d: dict[str, object]) -> str:
    """logrus' JSONFormatter: the map's keys sorted, Go's HTML escaping."""
    s = json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def rbjson(d: dict[str, object]) -> str:
    """Ruby's `to_json` under ActiveSupport: insertion order, HTML entities escaped."""
    s = json.dumps(d, separators=(",", ":"), ensure_ascii=False)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def rnd(x: float, n: int = 6) -> float:
    return round(x, n)


def ssh_key(r: random.Random, kind: str = "ssh-ed25519") -> str:
    if kind == "ssh-ed25519":
        body = "AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(43)
        )
    else:
        body = "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(60)
        )
    return body


# ------------------------------------------------------------------------------ the plan

USERS = [
    # username, user id, key id, client address
    ("alice.kim", 12, 31, "10.20.1.15"),
    ("bruno.santos", 17, 44, "10.20.1.22"),
    ("chen.wei", 23, 52, "10.20.1.31"),
    ("dana.okafor", 29, 58, "10.20.1.47"),
    ("erik.lund", 34, 63, "10.20.2.8"),
    ("fatima.haddad", 41, 77, "10.20.2.19"),
    ("gregor.novak", 46, 81, "10.20.2.26"),
    ("hana.sato", 52, 90, "10.20.2.40"),
]
REPORTER = ("ivan.petrov", 58, 96, "10.20.2.51")  # a reporter on shop/api: reads, cannot push
PROJECTS = {
    # path: (project id, default branch)
    "shop/api": (42, "main"),
    "shop/web": (43, "main"),
    "platform/infra": (57, "main"),
}
DEPLOY_HOST = ("10.20.5.10", 7, 12)  # the deploy server: address, deploy key id, key id for user
RUNNER_IP = "10.20.3.11"
RUNNER_UA = "gitlab-runner 17.0.0 (17-0-stable; go1.21.9; linux/amd64)"
GIT_UA = "git/2.45.1"
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"
SCANNERS = ["185.224.128.17", "45.148.10.92", "218.92.0.112", "61.177.172.140"]
JOB_NAMES = [("build", 1), ("test", 2), ("lint", 2), ("deploy", 3)]


class Job:
    def __init__(self, jid: int, pipeline: Pipeline, name: str, stage: int) -> None:
        self.id = jid
        self.pipeline = pipeline
        self.name = name
        self.stage = stage
        self.queued = T0
        self.picked = T0
        self.finished = T0
        self.status = "success"
        self.patches: list[datetime] = []
        self.clone_ok = True
        self.watched = False


class Pipeline:
    def __init__(self, pid: int, project: str, t: datetime, ref: str, user: tuple) -> None:
        self.id = pid
        self.project = project
        self.t = t
        self.ref = ref
        self.user = user
        self.jobs: list[Job] = []
        self.mr_iid: int | None = None


def plan() -> dict[str, object]:
    """The day, shared by the five systems: pushes and their pipelines and jobs, SSH operations,
    scanners, web views. Seeded on its own so every system's generator sees the same plan."""
    r = random.Random("heldout-round162-plan")
    pushes: list[dict[str, object]] = []
    pipelines: list[Pipeline] = []
    ssh_ops: list[dict[str, object]] = []
    views: list[dict[str, object]] = []
    next_pipeline = 5120
    next_job = 81240
    mr_iids = [1180, 1183, 1187, 1190, 1191]
    outages = [PUMA_DOWN, REDIS_DOWN, GITALY_DOWN]

    def clear(t: datetime, spans: list[tuple[datetime, datetime]]) -> datetime:
        """The instant moved past any of the spans it falls in."""
        for a, b in spans:
            if a <= t < b:
                t = b + sec(r.uniform(2, 12))
        return t

    # developers' pushes: most over SSH, the release's tags at 11:00
    push_times = [
        *poisson(r, at(6, 40), at(11, 50), 600),
        at(11, 19, 56),
        at(9, 12, 31),
        at(11, 1, 12),
        at(11, 3, 40),
        at(11, 6, 5),
        at(11, 9, 31),
    ]
    for t in sorted(push_times):
        t = clear(t, outages)
        user = r.choice(USERS)
        project = r.choices(["shop/api", "shop/web", "platform/infra"], [5, 3, 1])[0]
        branch = r.choice(
            [
                "feature/checkout-retry",
                "fix/cart-rounding",
                "feature/search-facets",
                "chore/deps",
                "main",
            ]
        )
        if t >= RELEASE[0] and t < RELEASE[1]:
            branch = "main"
            project = r.choice(["shop/api", "shop/web"])
        via = "ssh" if r.random() < 0.85 else "https"
        pushes.append({"t": t, "user": user, "project": project, "branch": branch, "via": via})
        if via == "ssh":
            ssh_ops.append(
                {"t": t, "user": user, "kind": "receive-pack", "project": project, "outcome": "ok"}
            )
        if project == "shop/api":
            p = Pipeline(next_pipeline, project, t + sec(r.uniform(1.5, 4.0)), branch, user)
            next_pipeline += 1
            if branch != "main":
                p.mr_iid = r.choice(mr_iids)
            names = [n for n in JOB_NAMES if n[0] != "deploy" or branch == "main"]
            for name, stage in names:
                p.jobs.append(Job(next_job, p, name, stage))
                next_job += 1
            pipelines.append(p)

    # schedule the jobs on the one shared runner (concurrent = 4)
    running: list[datetime] = []
    for p in pipelines:
        stage_start = p.t
        for stage in (1, 2, 3):
            sjobs = [j for j in p.jobs if j.stage == stage]
            if not sjobs:
                continue
            ends = []
            stage_start = clear(stage_start, [PUMA_DOWN, REDIS_DOWN])
            for j in sjobs:
                j.queued = stage_start + sec(r.uniform(0.2, 0.8))
                pick = j.queued + sec(r.uniform(0.3, 2.5))
                running = [e for e in running if e > pick]
                if len(running) >= 4:
                    pick = min(running) + sec(r.uniform(0.5, 3))
                if in_any(pick, [PUMA_DOWN]):
                    pick = PUMA_DOWN[1] + sec(r.uniform(2, 20))
                j.picked = pick
                dur = {"build": (70, 160), "test": (90, 260), "lint": (25, 60), "deploy": (40, 90)}[
                    j.name
                ]
                d = r.uniform(*dur)
                if in_any(pick + sec(3), [GITALY_DOWN]):
                    j.clone_ok = False
                    j.status = "failed"
                    d = r.uniform(4, 7)
                elif j.name == "test" and r.random() < 0.15:
                    j.status = "failed"
                j.finished = clear(pick + sec(d), [PUMA_DOWN, REDIS_DOWN])
                running.append(j.finished)
                # the runner sends the trace when there is new output, at least every 30 s
                tt = pick + sec(r.uniform(4, 9))
                while tt < j.finished - sec(2):
                    if not in_any(tt, [REDIS_DOWN]):
                        j.patches.append(tt)
                    if in_any(tt, [PUMA_DOWN]):  # the runner keeps trying
                        tt += sec(r.uniform(3, 8))
                        continue
                    tt += sec(r.uniform(25, 50))
                j.watched = r.random() < 0.2
                ends.append(j.finished)
            if any(j.status == "failed" for j in sjobs):
                for j in p.jobs:
                    if j.stage > stage:
                        j.status = "skipped"
                break
            stage_start = max(ends)
        p.jobs = [j for j in p.jobs if j.status != "skipped"]
    first = min(
        (j for p in pipelines for j in p.jobs if j.picked >= GITALY_DOWN[0] - sec(3)),
        key=lambda j: j.picked,
    )
    first.picked = GITALY_DOWN[0] + sec(r.uniform(0.5, 3))
    first.clone_ok, first.status, first.patches = False, "failed", []
    first.finished = first.picked + sec(r.uniform(4, 7))
    first.pipeline.jobs = [j for j in first.pipeline.jobs if j.stage <= first.stage]

    # developers' fetches and pulls over SSH, the odd discover and LFS
    for t in poisson(r, at(6, 5), T_END, 84):
        if 6 <= t.hour < 8 and r.random() < 0.5:
            continue
        user = r.choice(USERS)
        kind = "upload-pack"
        project = r.choices(list(PROJECTS), [5, 3, 2])[0]
        outcome = "ok"
        if kind == "upload-pack" and r.random() < 0.02:
            outcome = "canceled"
        ssh_ops.append({"t": t, "user": user, "kind": kind, "project": project, "outcome": outcome})
    # a reporter trying to push
    for t in [at(9, 47, 3), at(9, 48, 11), at(9, 52, 40), at(10, 31, 8)]:
        ssh_ops.append(
            {
                "t": t,
                "user": REPORTER,
                "kind": "receive-pack",
                "project": "shop/api",
                "outcome": "denied",
            }
        )
    # the deploy server: a pull every 5 minutes, and a push job with a read-only deploy key
    for k in range(72):
        t = at(6, 0) + timedelta(minutes=5 * k) + sec(r.uniform(0.5, 2.5))
        ssh_ops.append(
            {
                "t": t,
                "user": None,
                "kind": "upload-pack",
                "project": "platform/infra",
                "outcome": "ok",
                "deploy": True,
            }
        )
    for k in range(30):
        t = at(7, 2) + timedelta(minutes=10 * k) + sec(r.uniform(0.5, 4))
        if t >= T_END:
            break
        ssh_ops.append(
            {
                "t": t,
                "user": None,
                "kind": "receive-pack",
                "project": "platform/infra",
                "outcome": "deploykey",
                "deploy": True,
            }
        )
    for span, n in ((PUMA_DOWN, 6), (GITALY_DOWN, 3)):
        for _ in range(n):
            t = span[0] + sec(r.uniform(1, (span[1] - span[0]).total_seconds() - 1))
            kind = r.choice(["upload-pack", "upload-pack", "receive-pack"])
            ssh_ops.append(
                {
                    "t": t,
                    "user": r.choice(USERS),
                    "kind": kind,
                    "project": "shop/api",
                    "outcome": "ok",
                }
            )
    ssh_ops.append(
        {
            "t": PUMA_DOWN[0] - sec(0.21),
            "user": USERS[2],
            "kind": "upload-pack",
            "project": "shop/web",
            "outcome": "ok",
            "edge": PUMA_DOWN[0] + sec(0.04),
        }
    )
    ssh_ops.append(
        {
            "t": WH_RESTART - sec(0.17),
            "user": USERS[5],
            "kind": "upload-pack",
            "project": "shop/api",
            "outcome": "ok",
            "whrestart": True,
        }
    )
    for o in ssh_ops:
        o["t"] = clear(o["t"], [REDIS_DOWN])  # type: ignore[arg-type]
    ssh_ops.sort(key=lambda o: o["t"])  # type: ignore[arg-type,return-value]

    # scanners offering keys
    scans = []
    for t0 in [at(6, 22, 41), at(8, 9, 3), at(9, 58, 30), at(11, 12, 7)]:
        ip = r.choice(SCANNERS)
        t = t0
        for _ in range(r.randint(18, 34)):
            scans.append({"t": t, "ip": ip})
            t += sec(r.uniform(0.4, 3.5))

    # web views: merge requests, pipelines, sign-ins
    for t in poisson(r, at(6, 30), T_END, 200):
        if t.hour < 7 and r.random() < 0.6:
            continue
        t = clear(t, [PUMA_DOWN])
        views.append(
            {
                "t": t,
                "user": r.choice(USERS),
                "kind": "mr",
                "project": "shop/api",
                "iid": r.choice(mr_iids),
                "gql": r.choice([0, 1, 1, 2]),
            }
        )
    for _ in range(3):  # reloading while Redis is gone
        t = REDIS_DOWN[0] + sec(r.uniform(20, 250))
        views.append(
            {
                "t": t,
                "user": r.choice(USERS),
                "kind": "mr",
                "project": "shop/api",
                "iid": r.choice(mr_iids),
                "gql": 0,
            }
        )
    for t in poisson(r, DB_SLOW[0], DB_SLOW[1], 70):
        views.append(
            {
                "t": t,
                "user": r.choice(USERS),
                "kind": "mr",
                "project": "shop/api",
                "iid": 1187,
                "gql": 1,
            }
        )
    # a job's log someone watches: polled every few seconds
    polls = []
    for p in pipelines:
        for j in p.jobs:
            if j.watched and j.clone_ok:
                tw = j.picked + sec(r.uniform(5, 15))
                u = r.choice(USERS)
                for _ in range(r.randint(3, 6)):
                    if tw >= j.finished:
                        break
                    if not in_any(tw, [PUMA_DOWN, REDIS_DOWN]):
                        polls.append(
                            {"t": tw, "user": u, "job": j, "offset": r.randint(900, 60000)}
                        )
                    tw += sec(r.uniform(4, 9))
    views.sort(key=lambda v: v["t"])  # type: ignore[arg-type,return-value]
    return {
        "pushes": pushes,
        "pipelines": pipelines,
        "ssh": ssh_ops,
        "scans": scans,
        "views": views,
        "polls": polls,
    }


PLAN = plan()


def all_jobs() -> list[Job]:
    return sorted(
        (j for p in PLAN["pipelines"] for j in p.jobs),  # type: ignore[attr-defined]
        key=lambda j: j.picked,
    )


def op_key_id(o: dict[str, object]) -> int:
    if o.get("deploy"):
        return DEPLOY_HOST[2]
    return o["user"][2]  # type: ignore[index]


def trace_state(offset: int) -> str:
    """The job log's polling state: base64 of its JSON, URL-escaped."""
    raw = base64.b64encode(
        json.dumps(
            {
                "offset": offset,
                "n_open_tags": 0,
                "fg_color": None,
                "bg_color": None,
                "style_mask": 0,
            },
            separators=(",", ":"),
        ).encode()
    ).decode()
    return raw.replace("=", "%3D")


# --------------------------------------------------------------------------- workhorse

WH_VERSION = "v17.0.1"
WH_BUILD = "20240605.123012"
R_JOBS_REQUEST = "^/api/v4/jobs/request\\z"
R_TRACE = "^/api/v4/jobs/[0-9]+/trace\\z"
R_API = "^/api/"
R_INFO_REFS = "^/.+\\.git/info/refs\\z"
R_UPLOAD_PACK = "^/.+\\.git/git-upload-pack\\z"
R_DEFAULT = ""


def workhorse(r: random.Random) -> list[Log]:
    """gitlab-workhorse 17.0 on the one node, `current` under runit, JSON logging: the shared
    runner's long polls and its jobs' API calls, CI's git fetches over HTTPS, gitlab-shell's and
    Gitaly hooks' internal API calls over the socket, the web UI's requests; Redis gone 07:41-07:45
    (the key watcher's reconnects, runners answered at once), Puma gone 09:15-09:18 (badgateway),
    Workhorse restarted at 10:20, Gitaly restarted at 11:20."""
    fs = Files()
    F = "current"
    state = {"pid": 1281}

    def line(t: datetime, label: str, d: dict[str, object]) -> datetime:
        return fs.add(
            F, t, label, lambda x, d=d: [gojson({**d, "time": lkts(x)})], state["pid"], 1000
        )

    def up(t: datetime) -> bool:
        """Whether Workhorse is serving at t (its restart takes a second and a half)."""
        return not (WH_RESTART <= t < WH_RESTART + sec(1.6))

    def access(
        t0: datetime,
        t1: datetime,
        method: str,
        uri: str,
        status: int,
        route: str,
        label_route: str,
        ua: str,
        ip: str,
        size: int,
        ctype: str,
        host: str = HOST,
        referrer: str = "",
        cid: str | None = None,
        ttfb: float | None = None,
    ) -> None:
        if not up(t0) or not up(t1) or (t0 < WH_RESTART < t1):
            return
        dur = (t1 - t0).total_seconds() * 1000
        d = {
            "content_type": ctype,
            "correlation_id": cid or ulid(r, t0),
            "duration_ms": int(dur),
            "host": host,
            "level": "info",
            "method": method,
            "msg": "access",
            "proto": "HTTP/1.1",
            "referrer": referrer,
            "remote_addr": "127.0.0.1:0",
            "remote_ip": ip,
            "route": route,
            "status": status,
            "system": "http",
            "ttfb_ms": int(ttfb if ttfb is not None else dur * r.uniform(0.55, 0.98)),
            "uri": uri,
            "user_agent": ua,
            "written_bytes": size,
        }
        line(t1, f"{method} {label_route} {status}", d)

    def badgw(t: datetime, method: str, uri: str, err: str, label: str, cid: str) -> None:
        if not up(t):
            return
        line(
            t,
            "error=badgateway: failed to receive response: " + label,
            {
                "correlation_id": cid,
                "duration_ms": 0 if "refused" in err else r.randint(900, 21000),
                "error": "badgateway: failed to receive response: " + err,
                "level": "error",
                "method": method,
                "msg": "",
                "uri": uri,
            },
        )

    def rails(
        t0: datetime,
        dur: float,
        method: str,
        uri: str,
        status: int,
        route: str,
        label_route: str,
        ua: str,
        ip: str,
        size: int,
        ctype: str,
        host: str = HOST,
        referrer: str = "",
    ) -> datetime:
        """A request Workhorse proxies to Puma: 502 and a badgateway line while Puma is down,
        500 while Redis is, else as asked. Returns when it ended."""
        cid = ulid(r, t0)
        if in_any(t0, [PUMA_DOWN]):
            t1 = t0 + sec(r.uniform(0.0004, 0.002))
            badgw(
                t1,
                method,
                uri,
                f"dial unix {PUMA_SOCKET}: connect: connection refused",
                "dial unix %s: connect: connection refused",
                cid,
            )
            access(
                t0,
                t1,
                method,
                uri,
                502,
                route,
                label_route,
                ua,
                ip,
                24,
                "text/plain; charset=utf-8",
                host,
                referrer,
                cid,
            )
            return t1
        t1 = t0 + sec(dur)
        if in_any(t0, [REDIS_DOWN]):
            t1 = t0 + sec(r.uniform(0.02, 0.09))
            access(
                t0,
                t1,
                method,
                uri,
                500,
                route,
                label_route,
                ua,
                ip,
                2934 if "json" not in ctype else 39,
                ctype,
                host,
                referrer,
                cid,
            )
            return t1
        access(
            t0,
            t1,
            method,
            uri,
            status,
            route,
            label_route,
            ua,
            ip,
            size,
            ctype,
            host,
            referrer,
            cid,
        )
        return t1

    # the running process at 06:00 logged its start-up long before; the restart at 10:20
    t = WH_RESTART
    line(
        t,
        "shutdown initiated",
        {
            "level": "info",
            "msg": "shutdown initiated",
            "shutdown_timeout_s": 0,
            "signal": "terminated",
        },
    )
    line(
        t + sec(0.0004),
        "keywatcher: shutting down",
        {"level": "info", "msg": "keywatcher: shutting down"},
    )
    line(
        t + sec(0.0011),
        "shutting down",
        {"error": "context deadline exceeded", "level": "fatal", "msg": "shutting down"},
    )
    state["pid"] = 24873
    t = WH_RESTART + sec(1.41)
    t = line(
        t,
        "Starting",
        {"build_time": WH_BUILD, "level": "info", "msg": "Starting", "version": WH_VERSION},
    )
    t = line(
        t + sec(0.0021), "Using redis/go-redis", {"level": "info", "msg": "Using redis/go-redis"}
    )
    t = line(
        t + sec(0.0009),
        "keywatcher: starting process loop",
        {"level": "info", "msg": "keywatcher: starting process loop"},
    )
    line(
        t + sec(0.0003),
        "keywatcher: listening for subscriptions",
        {"level": "info", "msg": "keywatcher: listening for subscriptions"},
    )
    state["pid"] = 1281

    # Redis restarted: the pubsub connection dropped, the key watcher reconnecting with backoff
    t = REDIS_DOWN[0] + sec(0.0042)
    line(
        t,
        "redis: discarding bad PubSub connection: EOF",
        {"level": "info", "msg": "redis: discarding bad PubSub connection: EOF"},
    )
    back = 0.1
    t += sec(r.uniform(0.3, 2.5))
    while t < REDIS_DOWN[1]:
        line(
            t,
            "keywatcher: listening for subscriptions",
            {"level": "info", "msg": "keywatcher: listening for subscriptions"},
        )
        line(
            t + sec(0.0003),
            "error=keywatcher: dial unix %s: connect: no such file or directory",
            {
                "error": f"keywatcher: dial unix {REDIS_SOCKET}: connect: no such file or directory",
                "level": "error",
                "msg": "",
            },
        )
        t += sec(back * r.uniform(0.5, 1.5) + 0.1 + r.uniform(0, 2.9))
        back = min(back * 2, 60)
    line(
        max(t, REDIS_DOWN[1] + sec(0.4)),
        "keywatcher: listening for subscriptions",
        {"level": "info", "msg": "keywatcher: listening for subscriptions"},
    )

    # the shared runner: long polls of 50 s, at once while Redis is gone
    jobs = all_jobs()
    i = 0
    t = T0 - sec(r.uniform(5, 45))
    while t < T_END:
        if i < len(jobs) and jobs[i].queued <= t:
            j = jobs[i]
            if in_any(t, [PUMA_DOWN]):
                rails(
                    t,
                    0,
                    "POST",
                    "/api/v4/jobs/request",
                    0,
                    R_JOBS_REQUEST,
                    "/api/v4/jobs/request",
                    RUNNER_UA,
                    RUNNER_IP,
                    0,
                    "application/json",
                )
                t += sec(3 + r.uniform(0.001, 0.02))
                continue
            i += 1
            end = max(j.picked, t + sec(r.uniform(0.09, 0.2)))
            access(
                t,
                end,
                "POST",
                "/api/v4/jobs/request",
                201,
                R_JOBS_REQUEST,
                "/api/v4/jobs/request",
                RUNNER_UA,
                RUNNER_IP,
                r.randint(5200, 7400),
                "application/json",
            )
            t = end + sec(r.uniform(0.005, 0.03))
            continue
        if in_any(t, [REDIS_DOWN]):
            end = rails(
                t,
                0.05,
                "POST",
                "/api/v4/jobs/request",
                500,
                R_JOBS_REQUEST,
                "/api/v4/jobs/request",
                RUNNER_UA,
                RUNNER_IP,
                39,
                "application/json",
            )
            t = end + sec(3 + r.uniform(0.001, 0.02))
            continue
        hold = t + sec(50 + r.uniform(0.0005, 0.004))
        if t < WH_RESTART < hold:
            t = WH_RESTART + sec(r.uniform(3.2, 4.0))
            continue
        if i < len(jobs) and jobs[i].queued < hold:
            end = max(jobs[i].queued, t + sec(0.01)) + sec(r.uniform(0.002, 0.01))
            access(
                t,
                end,
                "POST",
                "/api/v4/jobs/request",
                204,
                R_JOBS_REQUEST,
                "/api/v4/jobs/request",
                RUNNER_UA,
                RUNNER_IP,
                0,
                "",
                ttfb=(end - t).total_seconds() * 1000,
            )
            t = end + sec(r.uniform(0.005, 0.03))
            continue
        access(
            t,
            hold,
            "POST",
            "/api/v4/jobs/request",
            204,
            R_JOBS_REQUEST,
            "/api/v4/jobs/request",
            RUNNER_UA,
            RUNNER_IP,
            0,
            "",
            ttfb=(hold - t).total_seconds() * 1000,
        )
        t = hold + sec(r.uniform(0.005, 0.03))

    # each job's API calls and git fetch
    for j in jobs:
        p = j.pipeline
        tc = j.picked + sec(r.uniform(2.0, 4.0))
        repo = f"/{p.project}.git"
        cid = ulid(r, tc)
        if not j.clone_ok:
            t1 = tc + sec(r.uniform(0.02, 0.05))
            line(
                t1,
                'error=handleGetInfoRefs: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix %s: connect: connection refused"',
                {
                    "correlation_id": cid,
                    "error": f'handleGetInfoRefs: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix {GITALY_SOCKET}: connect: connection refused"',
                    "level": "error",
                    "method": "GET",
                    "msg": "",
                    "uri": f"{repo}/info/refs?service=git-upload-pack",
                },
            )
            access(
                tc,
                t1,
                "GET",
                f"{repo}/info/refs?service=git-upload-pack",
                503,
                R_INFO_REFS,
                f"{repo}/info/refs?service=%s",
                GIT_UA,
                RUNNER_IP,
                93,
                "text/plain; charset=utf-8",
                cid=cid,
            )
        else:
            t1 = rails(
                tc,
                r.uniform(0.04, 0.11),
                "GET",
                f"{repo}/info/refs?service=git-upload-pack",
                200,
                R_INFO_REFS,
                f"{repo}/info/refs?service=%s",
                GIT_UA,
                RUNNER_IP,
                r.randint(2100, 4800),
                "application/x-git-upload-pack-advertisement",
            )
            t2 = t1 + sec(r.uniform(0.03, 0.2))
            rails(
                t2,
                r.uniform(0.4, 3.5),
                "POST",
                f"{repo}/git-upload-pack",
                200,
                R_UPLOAD_PACK,
                f"{repo}/git-upload-pack",
                GIT_UA,
                RUNNER_IP,
                r.randint(800000, 14000000),
                "application/x-git-upload-pack-result",
            )
        for tp in j.patches:
            rails(
                tp,
                r.uniform(0.03, 0.12),
                "PATCH",
                f"/api/v4/jobs/{j.id}/trace",
                202,
                R_TRACE,
                "/api/v4/jobs/%s/trace",
                RUNNER_UA,
                RUNNER_IP,
                0,
                "",
            )
        tf = j.finished
        while True:
            end = rails(
                tf,
                r.uniform(0.05, 0.16),
                "PUT",
                f"/api/v4/jobs/{j.id}",
                200,
                R_API,
                "/api/v4/jobs/%s",
                RUNNER_UA,
                RUNNER_IP,
                0,
                "",
            )
            if not in_any(tf, [PUMA_DOWN, REDIS_DOWN]):
                break
            tf = end + sec(15)

    # gitlab-shell's and Gitaly hooks' internal API calls over the socket
    def internal(
        t0: datetime,
        dur: float,
        method: str,
        uri: str,
        status: int,
        label_route: str,
        ua: str = "GitLab-Shell",
    ) -> datetime:
        return rails(
            t0,
            dur,
            method,
            uri,
            status,
            R_API,
            label_route,
            ua,
            "127.0.0.1",
            r.randint(280, 900) if status == 200 else 62,
            "application/json",
            host="unix",
        )

    for o in PLAN["ssh"]:  # type: ignore[attr-defined]
        t = o["t"]
        if not up(t):
            continue
        key = ssh_key(r)
        t = internal(
            t,
            r.uniform(0.008, 0.03),
            "GET",
            f"/api/v4/internal/authorized_keys?key={key}",
            200,
            "/api/v4/internal/authorized_keys?key=%s",
        ) + sec(r.uniform(0.02, 0.08))
        if in_any(o["t"], [PUMA_DOWN]):
            continue  # sshd refuses the key: no command runs
        t = internal(
            t,
            r.uniform(0.008, 0.03),
            "GET",
            f"/api/v4/internal/authorized_keys?key={key}",
            200,
            "/api/v4/internal/authorized_keys?key=%s",
        ) + sec(r.uniform(0.02, 0.08))
        t += sec(r.uniform(0.05, 0.15))
        kind, outcome = o["kind"], o["outcome"]
        if kind == "discover":
            internal(
                t,
                r.uniform(0.01, 0.04),
                "GET",
                f"/api/v4/internal/discover?key_id={op_key_id(o)}",
                200,
                "/api/v4/internal/discover?key_id=%s",
            )
            continue
        if kind == "lfs":
            internal(
                t,
                r.uniform(0.02, 0.06),
                "POST",
                "/api/v4/internal/lfs_authenticate",
                200,
                "/api/v4/internal/lfs_authenticate",
            )
            continue
        status = {"ok": 200, "canceled": 200, "notfound": 404, "denied": 403, "deploykey": 403}[
            outcome
        ]  # type: ignore[index]
        if o.get("edge"):
            t = o["edge"] + sec(0.003)  # type: ignore[operator]
        t = internal(
            t,
            r.uniform(0.03, 0.12),
            "POST",
            "/api/v4/internal/allowed",
            status,
            "/api/v4/internal/allowed",
        )
        if kind == "receive-pack" and outcome == "ok" and not in_any(o["t"], [PUMA_DOWN]):
            # Gitaly's hooks during the push ask /allowed again with the changes
            th = t + sec(r.uniform(0.4, 1.5))
            internal(
                th,
                r.uniform(0.03, 0.1),
                "POST",
                "/api/v4/internal/allowed",
                200,
                "/api/v4/internal/allowed",
                "gitaly/17.0.1",
            )
    for s in PLAN["scans"]:  # type: ignore[attr-defined]
        key = ssh_key(r, r.choice(["ssh-ed25519", "ssh-rsa"]))
        internal(
            s["t"],
            r.uniform(0.006, 0.02),
            "GET",
            f"/api/v4/internal/authorized_keys?key={key}",
            404,
            "/api/v4/internal/authorized_keys?key=%s",
        )

    # the web UI
    for v in PLAN["views"]:  # type: ignore[attr-defined]
        t, kind, project = v["t"], v["kind"], v["project"]
        ip = v["user"][3]
        if kind == "mr":
            uri = f"/{project}/-/merge_requests/{v['iid']}"
            slow = in_any(t, [DB_SLOW]) and project == "shop/api" and v["iid"] == 1187
            if slow:
                end = rails(
                    t,
                    15.0 + r.uniform(0.02, 0.09),
                    "GET",
                    uri,
                    500,
                    R_DEFAULT,
                    f"/{project}/-/merge_requests/%s",
                    BROWSER_UA,
                    ip,
                    2934,
                    "text/html; charset=utf-8",
                    referrer=f"{URL}/{project}/-/merge_requests",
                )
                continue
            end = rails(
                t,
                r.uniform(0.25, 0.9),
                "GET",
                uri,
                200,
                R_DEFAULT,
                f"/{project}/-/merge_requests/%s",
                BROWSER_UA,
                ip,
                r.randint(61000, 98000),
                "text/html; charset=utf-8",
                referrer=f"{URL}/{project}/-/merge_requests",
            )
            if in_any(t, [REDIS_DOWN, PUMA_DOWN]):
                continue
            for _ in range(v["gql"]):
                end = rails(
                    end + sec(r.uniform(0.2, 1.2)),
                    r.uniform(0.05, 0.3),
                    "POST",
                    "/api/graphql",
                    200,
                    R_API,
                    "/api/graphql",
                    BROWSER_UA,
                    ip,
                    r.randint(400, 9000),
                    "application/json; charset=utf-8",
                    referrer=URL + uri,
                )
        elif kind == "pipeline":
            ps = [p for p in PLAN["pipelines"] if p.project == project and p.t < t]  # type: ignore[attr-defined]
            pid = ps[-1].id if ps else 5119
            uri = f"/{project}/-/pipelines/{pid}"
            end = rails(
                t,
                r.uniform(0.2, 0.6),
                "GET",
                uri,
                200,
                R_DEFAULT,
                f"/{project}/-/pipelines/%s",
                BROWSER_UA,
                ip,
                r.randint(40000, 70000),
                "text/html; charset=utf-8",
            )
            rails(
                end + sec(r.uniform(0.3, 1)),
                r.uniform(0.05, 0.2),
                "POST",
                "/api/graphql",
                200,
                R_API,
                "/api/graphql",
                BROWSER_UA,
                ip,
                r.randint(900, 6000),
                "application/json; charset=utf-8",
                referrer=URL + uri,
            )
        elif kind == "signin":
            end = rails(
                t,
                r.uniform(0.08, 0.2),
                "GET",
                "/users/sign_in",
                200,
                R_DEFAULT,
                "/users/sign_in",
                BROWSER_UA,
                ip,
                r.randint(16000, 18000),
                "text/html; charset=utf-8",
            )
            rails(
                end + sec(r.uniform(4, 12)),
                r.uniform(0.2, 0.5),
                "POST",
                "/users/sign_in",
                302,
                R_DEFAULT,
                "/users/sign_in",
                BROWSER_UA,
                ip,
                96,
                "text/html; charset=utf-8",
                referrer=f"{URL}/users/sign_in",
            )
        else:
            rails(
                t,
                r.uniform(0.01, 0.04),
                "GET",
                "/",
                302,
                R_DEFAULT,
                "/",
                BROWSER_UA,
                ip,
                105,
                "text/html; charset=utf-8",
            )
    for pl in PLAN["polls"]:  # type: ignore[attr-defined]
        j = pl["job"]
        uri = f"/{j.pipeline.project}/-/jobs/{j.id}/trace.json?state={trace_state(pl['offset'])}"
        rails(
            pl["t"],
            r.uniform(0.04, 0.12),
            "GET",
            uri,
            200,
            R_DEFAULT,
            f"/{j.pipeline.project}/-/jobs/%s/trace.json?state=%s",
            BROWSER_UA,
            pl["user"][3],
            r.randint(900, 30000),
            "application/json; charset=utf-8",
            referrer=f"{URL}/{j.pipeline.project}/-/jobs/{j.id}",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ gitlab-shell

SHELL_API = "http://unix/api/v4/internal"
GITALY_UNAVAILABLE = f'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix {GITALY_SOCKET}: connect: connection refused"'
GITALY_UNAVAILABLE_L = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix %s: connect: connection refused"'
DENY = {
    "deploykey": "This deploy key does not have write access to this project.",
    "denied": "You are not allowed to push code to this project.",
}


def gitlab_shell(r: random.Random) -> list[Log]:
    """gitlab-shell 14.35 behind OpenSSH (AuthorizedKeysCommand for the key lookups, the forced
    command for git), one process per lookup and per command, all writing gitlab-shell.log:
    developers' fetches and pushes, a deploy server's pulls every 5 minutes and its push job with
    a read-only deploy key every 10, a reporter pushing, scanners offering keys, Puma gone
    09:15-09:18, Workhorse restarted at 10:20, Gitaly restarted at 11:20, clones interrupted."""
    fs = Files()
    F = "gitlab-shell.log"
    pid = [31000]

    def proc() -> int:
        pid[0] += r.randint(3, 40)
        return pid[0]

    def line(t: datetime, p: int, label: str, d: dict[str, object]) -> datetime:
        return fs.add(F, t, label, lambda x, d=d: [gojson({**d, "time": lkts(x)})], p, 1000)

    def wh_up(t: datetime) -> bool:
        return not (WH_RESTART <= t < WH_RESTART + sec(1.6))

    def api(
        t: datetime, p: int, cid: str, method: str, url: str, ok: bool = True, deny: str = ""
    ) -> tuple[datetime, str]:
        """One internal API call: what gitlab-shell's client logs, and the error it returns
        ('' when it succeeded)."""
        ms = r.randint(6, 40) if "authorized_keys" in url else r.randint(25, 130)
        t1 = t + sec(ms / 1000)
        base = {"correlation_id": cid, "duration_ms": ms, "method": method, "url": url}
        if not wh_up(t):
            op = method[0] + method[1:].lower()
            line(
                t + sec(0.0004),
                p,
                'Internal API unreachable error=%s "%s": dial unix %s: connect: connection refused',
                {
                    **base,
                    "duration_ms": 0,
                    "error": f'{op} "{url}": dial unix {WH_SOCKET}: connect: connection refused',
                    "level": "error",
                    "msg": "Internal API unreachable",
                },
            )
            return t1, "Internal API unreachable"
        if in_any(t, [PUMA_DOWN]):
            line(
                t1,
                p,
                "Internal API error error=Internal API error (%v)",
                {
                    **base,
                    "error": "Internal API error (502)",
                    "level": "error",
                    "msg": "Internal API error",
                    "status": 502,
                },
            )
            return t1, "Internal API error (502)"
        if not ok:
            status = 404 if deny.startswith("404") else 403
            line(
                t1,
                p,
                f"Internal API error error={deny}",
                {
                    **base,
                    "error": deny,
                    "level": "error",
                    "msg": "Internal API error",
                    "status": status,
                },
            )
            return t1, deny
        line(
            t1,
            p,
            "Finished HTTP request",
            {
                **base,
                "content_length_bytes": r.randint(280, 900),
                "level": "info",
                "msg": "Finished HTTP request",
                "status": 200,
            },
        )
        return t1, ""

    def keys_check(t: datetime, key: str, ok: bool = True) -> tuple[datetime, str]:
        p = proc()
        return api(
            t,
            p,
            ulid(r, t),
            "GET",
            f"{SHELL_API}/authorized_keys?key={key}",
            ok,
            "404 Key Not Found",
        )

    for o in PLAN["ssh"]:  # type: ignore[attr-defined]
        t = o["t"]
        kind, outcome, project = o["kind"], o["outcome"], o["project"]
        deploy = bool(o.get("deploy"))
        if deploy:
            user, uid, kid, ip = "deploy-infra", 0, DEPLOY_HOST[1], DEPLOY_HOST[0]
        else:
            user, uid, kid, ip = o["user"]
        key = ssh_key(r)
        t1, err = keys_check(t, key)
        if err:
            continue  # sshd refuses the key
        t1, err = keys_check(t1 + sec(r.uniform(0.02, 0.08)), key)
        if err:
            continue
        p = proc()
        t = t1 + sec(r.uniform(0.05, 0.15))
        if o.get("whrestart"):
            t = WH_RESTART + sec(0.3)
        if o.get("edge"):
            t = o["edge"]  # type: ignore[assignment]
        cid = ulid(r, t)
        cmd = {"upload-pack": "*uploadpack.Command", "receive-pack": "*receivepack.Command"}[kind]  # type: ignore[index]
        git = f"git-{kind}"
        proto = "version=2" if kind == "upload-pack" else ""
        env = {
            "GitProtocolVersion": proto,
            "IsSSHConnection": True,
            "OriginalCommand": f"{git} '{project}.git'",
            "RemoteAddr": ip,
        }
        t = line(
            t,
            p,
            "gitlab-shell: main: executing command",
            {
                "command": cmd,
                "correlation_id": cid,
                "env": env,
                "level": "info",
                "msg": "gitlab-shell: main: executing command",
            },
        )

        def failed(tf: datetime, err: str, label: str, p: int = p, cid: str = cid) -> None:
            line(
                tf,
                p,
                f"gitlab-shell: main: command execution failed error={label}",
                {
                    "correlation_id": cid,
                    "error": err,
                    "level": "warning",
                    "msg": "gitlab-shell: main: command execution failed",
                },
            )

        t, err = api(
            t + sec(r.uniform(0.001, 0.004)),
            p,
            cid,
            "POST",
            f"{SHELL_API}/allowed",
            outcome in ("ok", "canceled"),
            DENY.get(outcome, ""),
        )  # type: ignore[arg-type]
        if err:
            label = {"Internal API error (502)": "Internal API error (%v)"}.get(err, err)
            failed(t + sec(r.uniform(0.0005, 0.002)), err, label)
            continue
        pid_num = PROJECTS[project][0]  # type: ignore[index]
        t = line(
            t + sec(r.uniform(0.0005, 0.002)),
            p,
            "executing git command",
            {
                "command": git,
                "correlation_id": cid,
                "git_protocol": proto,
                "gl_key_id": kid,
                "gl_key_type": "deploy_key" if deploy else "key",
                "gl_project_path": project,
                "gl_repository": f"project-{pid_num}",
                "level": "info",
                "msg": "executing git command",
                "remote_ip": ip,
                "user_id": f"user-{uid}" if not deploy else "",
                "username": user if not deploy else "",
            },
        )
        if in_any(t, [GITALY_DOWN]):
            failed(t + sec(r.uniform(0.002, 0.01)), GITALY_UNAVAILABLE, GITALY_UNAVAILABLE_L)
            continue
        dur = r.uniform(0.3, 6.0) if kind == "upload-pack" else r.uniform(1.0, 5.0)
        if outcome == "canceled":
            failed(
                t + sec(dur * 3),
                "rpc error: code = Canceled desc = context canceled",
                "rpc error: code = Canceled desc = context canceled",
            )
            continue
        line(
            t + sec(dur),
            p,
            "gitlab-shell: main: command executed successfully",
            {
                "correlation_id": cid,
                "level": "info",
                "msg": "gitlab-shell: main: command executed successfully",
            },
        )

    for sc in PLAN["scans"]:  # type: ignore[attr-defined]
        keys_check(sc["t"], ssh_key(r, r.choice(["ssh-ed25519", "ssh-rsa"])), ok=False)
    return fs.logs(T0)


# ---------------------------------------------------------------------------- gitlab-sidekiq

SQ_CATEGORY = {
    "Database::BatchedBackgroundMigrationWorker": "database",
    "Ci::ScheduleDeleteObjectsCronWorker": "continuous_integration",
    "PipelineScheduleWorker": "continuous_integration",
    "ExpireBuildArtifactsWorker": "job_artifacts",
    "ContainerExpirationPolicyWorker": "container_registry",
    "PostReceive": "source_code_management",
    "ProjectCacheWorker": "source_code_management",
    "UpdateMergeRequestsWorker": "code_review_workflow",
    "CreatePipelineWorker": "continuous_integration",
    "PipelineProcessWorker": "continuous_integration",
    "PipelineHooksWorker": "continuous_integration",
    "PipelineNotificationWorker": "continuous_integration",
    "MergeRequests::UpdateHeadPipelineWorker": "code_review_workflow",
    "BuildQueueWorker": "continuous_integration",
    "Ci::BuildFinishedWorker": "continuous_integration",
    "Ci::ArchiveTraceWorker": "continuous_integration",
    "Ci::BuildTraceChunkFlushWorker": "continuous_integration",
    "NewNoteWorker": "team_planning",
    "ActionMailer::MailDeliveryJob": "not_owned",
}
SQ_CRON = [
    # class, first minute, every minutes, duration range (s)
    ("Database::BatchedBackgroundMigrationWorker", 0, 1, (0.04, 0.35)),
    ("Ci::ScheduleDeleteObjectsCronWorker", 0, 16, (0.01, 0.05)),
    ("PipelineScheduleWorker", 3, 10, (0.02, 0.12)),
    ("ExpireBuildArtifactsWorker", 0, 7, (0.05, 0.9)),
    ("ContainerExpirationPolicyWorker", 50, 60, (0.02, 0.08)),
]
SQ_SMTP_ERR = (
    "Errno::ECONNREFUSED",
    'Connection refused - connect(2) for "smtp.example.com" port 587',
)
SQ_PG_TIMEOUT = (
    "ActiveRecord::QueryCanceled",
    "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout\n",
)
SQ_BACKTRACES = {
    "Errno::ECONNREFUSED": [
        "app/mailers/emails/notes.rb:33:in `note_merge_request_email'",
        "lib/gitlab/sidekiq_middleware/server_metrics.rb:97:in `block in call'",
        "lib/gitlab/sidekiq_middleware/server_metrics.rb:124:in `call'",
        "lib/gitlab/sidekiq_middleware/monitor.rb:10:in `block in call'",
        "lib/gitlab/sidekiq_logging/structured_logger.rb:19:in `call'",
    ],
    "ActiveRecord::QueryCanceled": [
        "lib/gitlab/database/load_balancing/connection_proxy.rb:127:in `public_send'",
        "lib/gitlab/database/load_balancing/connection_proxy.rb:127:in `read_write'",
        "app/services/ci/job_artifacts/destroy_all_expired_service.rb:62:in `destroy_unlocked_job_artifacts'",
        "app/workers/expire_build_artifacts_worker.rb:14:in `perform'",
        "lib/gitlab/sidekiq_middleware/duplicate_jobs/strategies/until_executing.rb:16:in `perform'",
    ],
}
SQ_RUBY = "ruby 3.1.5p253 (2024-04-23 revision 1945f8dc0e) [x86_64-linux]"


def sidekiq(r: random.Random) -> list[Log]:
    """sidekiq-cluster running one Sidekiq 7.1 process (20 threads, queues `default` and
    `mailers`) under runit, GitLab 17.0's JSON logs: cron workers, the workers after pushes,
    pipelines and CI jobs, notes and mail; Redis gone 07:41-07:45, the SMTP relay refusing
    08:00-08:25 (mail retried), statement timeouts 08:30-08:48, the memory watchdog stopping the
    process at 10:05 and the cluster restarted by runit."""
    fs = Files()
    F = "current"
    old = {"cluster": 1693, "pid": 1712}
    new = {"cluster": 18204, "pid": 18219}
    stop_fetch = SQ_WATCHDOG + sec(0.02)  # TSTP: no new work
    back_up = SQ_WATCHDOG + sec(84.3)  # the new process fetching again

    def pid_at(t: datetime) -> int:
        return old["pid"] if t < back_up - sec(40) else new["pid"]

    def line(
        t: datetime, proc: int, label: str, severity: str, body: dict[str, object]
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x, b=body: [rbjson({"severity": severity, "time": lkts(x), **b})],
            proc,
            1000,
        )

    def msg(
        t: datetime, proc: int, label: str, text: str, severity: str = "INFO", **extra: object
    ) -> datetime:
        return line(t, proc, label, severity, {"message": text, **extra})

    jobs: list[tuple[datetime, str, dict[str, object]]] = []

    def enqueue(
        t: datetime,
        cls: str,
        args: list[object],
        caller: str,
        retry: int = 3,
        queue: str = "default",
        dur: tuple[float, float] = (0.02, 0.3),
        cid: str | None = None,
        fail: tuple[str, str] | None = None,
    ) -> None:
        jobs.append(
            (
                t,
                cls,
                {
                    "args": args,
                    "caller": caller,
                    "retry": retry,
                    "queue": queue,
                    "dur": dur,
                    "cid": cid or ulid(r, t),
                    "fail": fail,
                },
            )
        )

    # cron
    for cls, first, every, dur in SQ_CRON:
        m = first
        while m < 360:
            t = T0 + timedelta(minutes=m) + sec(r.uniform(0.01, 0.9))
            fail = (
                SQ_PG_TIMEOUT
                if cls == "ExpireBuildArtifactsWorker" and in_any(t, [DB_SLOW])
                else None
            )
            enqueue(t, cls, [], "Cronjob", retry=0, dur=dur, fail=fail)
            m += every
    # after each push, pipeline and job
    pushes = PLAN["pushes"]  # type: ignore[assignment]
    last_cache: dict[str, datetime] = {}
    dedup: list[tuple[datetime, str, dict[str, object]]] = []
    for ps in pushes:  # type: ignore[attr-defined]
        t = ps["t"] + sec(r.uniform(1.0, 4.0))
        pid_num = PROJECTS[ps["project"]][0]
        cid = ulid(r, t)
        enqueue(
            t,
            "PostReceive",
            [f"project-{pid_num}", f"key-{ps['user'][2]}", "[FILTERED]", {}],
            "POST /api/:version/internal/post_receive",
            retry=3,
            dur=(0.4, 2.5),
            cid=cid,
        )
        tc = t + sec(r.uniform(0.5, 2.0))
        prev = last_cache.get(ps["project"])
        if prev and (tc - prev).total_seconds() < 8:
            dedup.append(
                (
                    tc,
                    "ProjectCacheWorker",
                    {"args": [pid_num, [], ["commit_count", "repository_size"], True], "cid": cid},
                )
            )
        else:
            enqueue(
                tc,
                "ProjectCacheWorker",
                [pid_num, [], ["commit_count", "repository_size"], True],
                "PostReceive",
                dur=(0.05, 0.6),
                cid=cid,
            )
            last_cache[ps["project"]] = tc
        if ps["branch"] != "main":
            enqueue(
                tc + sec(0.01),
                "UpdateMergeRequestsWorker",
                [pid_num, ps["user"][1], "[FILTERED]", "[FILTERED]", "[FILTERED]", {}],
                "PostReceive",
                dur=(0.1, 1.2),
                cid=cid,
            )
        if ps["project"] == "shop/api":
            enqueue(
                tc + sec(0.02),
                "CreatePipelineWorker",
                [pid_num, ps["user"][1], "[FILTERED]", "push", {}],
                "PostReceive",
                dur=(0.3, 1.5),
                cid=cid,
            )
    mails: list[datetime] = []
    for pl in PLAN["pipelines"]:  # type: ignore[attr-defined]
        cid = ulid(r, pl.t)
        enqueue(
            pl.t + sec(0.05),
            "PipelineProcessWorker",
            [pl.id],
            "CreatePipelineWorker",
            dur=(0.05, 0.4),
            cid=cid,
        )
        enqueue(
            pl.t + sec(0.06),
            "PipelineHooksWorker",
            [pl.id],
            "CreatePipelineWorker",
            dur=(0.01, 0.08),
            cid=cid,
        )
        if pl.mr_iid:
            enqueue(
                pl.t + sec(0.07),
                "MergeRequests::UpdateHeadPipelineWorker",
                ["Ci::PipelineCreatedEvent", {"pipeline_id": pl.id}],
                "CreatePipelineWorker",
                dur=(0.02, 0.1),
                cid=cid,
            )
        last_ppw = T0
        for j in pl.jobs:
            jc = ulid(r, j.queued)
            enqueue(
                j.queued + sec(0.01),
                "BuildQueueWorker",
                [j.id],
                "PipelineProcessWorker",
                dur=(0.01, 0.06),
                cid=jc,
            )
            tf = j.finished + sec(r.uniform(0.05, 0.2))
            enqueue(
                tf,
                "Ci::BuildFinishedWorker",
                [j.id],
                "PUT /api/:version/jobs/:id",
                dur=(0.1, 0.5),
                cid=jc,
            )
            enqueue(
                tf + sec(r.uniform(0.3, 0.6)),
                "Ci::ArchiveTraceWorker",
                [j.id],
                "Ci::BuildFinishedWorker",
                dur=(0.08, 0.9),
                cid=jc,
            )
            for tp in j.patches[:: max(1, len(j.patches) // 2 + 1)]:
                enqueue(
                    tp + sec(r.uniform(0.05, 0.2)),
                    "Ci::BuildTraceChunkFlushWorker",
                    [r.randint(2_000_000, 2_100_000)],
                    "PATCH /api/:version/jobs/:id/trace",
                    dur=(0.01, 0.08),
                    cid=jc,
                )
            tpw = tf + sec(r.uniform(0.6, 1.2))
            if (tpw - last_ppw).total_seconds() < 6:
                dedup.append((tpw, "PipelineProcessWorker", {"args": [pl.id], "cid": jc}))
            else:
                enqueue(
                    tpw,
                    "PipelineProcessWorker",
                    [pl.id],
                    "Ci::BuildFinishedWorker",
                    dur=(0.05, 0.4),
                    cid=jc,
                )
                last_ppw = tpw
        end = max(j.finished for j in pl.jobs) + sec(r.uniform(1.5, 3))
        enqueue(end, "PipelineHooksWorker", [pl.id], "PipelineProcessWorker", dur=(0.01, 0.08))
        enqueue(
            end + sec(0.02),
            "PipelineNotificationWorker",
            [pl.id, {}],
            "PipelineProcessWorker",
            dur=(0.05, 0.3),
        )
        if any(j.status == "failed" for j in pl.jobs):
            mails.append(end + sec(r.uniform(0.3, 1.0)))
    # notes on merge requests, and their mail
    for t in poisson(r, at(7, 0), at(11, 55), 480):
        enqueue(
            t,
            "NewNoteWorker",
            [r.randint(88_000, 89_500)],
            "Projects::NotesController#create",
            dur=(0.1, 0.6),
        )
        for _ in range(r.randint(1, 3)):
            mails.append(t + sec(r.uniform(0.7, 1.5)))
    for t in [at(8, 3, 12), at(8, 9, 40), at(8, 17, 5)]:  # notes while the relay is down
        enqueue(
            t,
            "NewNoteWorker",
            [r.randint(88_000, 89_500)],
            "Projects::NotesController#create",
            dur=(0.1, 0.6),
        )
        mails.extend([t + sec(r.uniform(0.7, 1.5)), t + sec(r.uniform(0.7, 1.5))])
    for t in mails:
        enqueue(
            t,
            "ActionMailer::MailDeliveryJob",
            ["[FILTERED]"],
            "NewNoteWorker",
            retry=3,
            queue="mailers",
            dur=(0.3, 1.4),
        )

    # run them: fetched at once unless Redis is gone or the process is stopping
    jobs.sort(key=lambda x: x[0])
    runq = [(t, c, a, 0) for t, c, a in jobs]
    k = 0
    while k < len(runq):
        t, cls, a, count = runq[k]
        k += 1
        start = t + sec(r.uniform(0.004, 0.06))
        if in_any(start, [REDIS_DOWN]):
            start = REDIS_DOWN[1] + sec(r.uniform(0.3, 6))
        if stop_fetch <= start < back_up:
            start = back_up + sec(r.uniform(0.05, 8))
        proc = pid_at(start)
        jid = a.get("jid") or hexid(r, 24)
        a["jid"] = jid
        created = t
        fields: dict[str, object] = {
            "retry": a["retry"],
            "queue": a["queue"],
            "version": 0,
            "queue_namespace": "cronjob" if a["caller"] == "Cronjob" else None,
            "args": a["args"],
            "class": cls,
            "jid": jid,
            "created_at": lkts(created),
            "meta.caller_id": a["caller"],
            "correlation_id": a["cid"],
            "meta.root_caller_id": a["caller"],
            "meta.feature_category": SQ_CATEGORY[cls],
            "worker_data_consistency": "always"
            if cls.startswith(("Ci::", "Build", "Pipeline"))
            else "sticky",
            "size_limiter": "validated",
            "enqueued_at": lkts(t + sec(0.0021)),
        }
        if fields["queue_namespace"] is None:
            del fields["queue_namespace"]
        if count:
            fields["retry_count"] = count - 1
            fields["failed_at"] = a["failed_at"]
            fields["retried_at"] = lkts(t)
        fields["job_size_bytes"] = len(json.dumps(a["args"]))
        fields["pid"] = proc
        latency = (start - t).total_seconds()
        label_base = f"{cls} JID-{jid}"
        start = line(
            start,
            proc,
            "%s JID-%s: start",
            "INFO",
            {
                **fields,
                "message": f"{label_base}: start",
                "job_status": "start",
                "scheduling_latency_s": rnd(latency),
            },
        )
        fail = a["fail"]
        if cls == "ActionMailer::MailDeliveryJob" and in_any(start, [SMTP_DOWN]):
            fail = SQ_SMTP_ERR
        dur = r.uniform(*a["dur"])  # type: ignore[misc]
        if fail and fail[0] == "ActiveRecord::QueryCanceled":
            dur = 15.0 + r.uniform(0.001, 0.05)
        if fail and fail[0] == "Errno::ECONNREFUSED":
            dur = r.uniform(0.01, 0.04)
        end = start + sec(dur)
        if start < SQ_WATCHDOG + sec(20) < end:
            end = SQ_WATCHDOG + sec(r.uniform(19, 21))
        done = {
            **fields,
            "message": "",
            "job_status": "",
            "scheduling_latency_s": rnd(latency),
            "db_count": r.randint(3, 60),
            "db_write_count": r.randint(0, 9),
            "db_cached_count": r.randint(0, 12),
            "redis_calls": r.randint(1, 40),
            "redis_duration_s": rnd(r.uniform(0.0003, 0.012)),
            "cpu_s": rnd(dur * r.uniform(0.2, 0.7)),
            "mem_objects": r.randint(9000, 240000),
            "worker_id": "sidekiq_0",
            "rate_limiting_gates": [],
            "duration_s": rnd(dur),
            "completed_at": lkts(end),
            "load_balancing_strategy": "primary",
        }
        if fail:
            done["message"] = f"{label_base}: fail: {rnd(dur)} sec"
            done["job_status"] = "fail"
            done["error_message"] = fail[1]
            done["error_class"] = fail[0]
            done["error_backtrace"] = SQ_BACKTRACES[fail[0]]
            done["db_duration_s"] = rnd(
                dur * 0.98 if fail[0] == "ActiveRecord::QueryCanceled" else 0.002
            )
            line(end, proc, "%s JID-%s: fail: %s sec", "WARN", done)
            if a["retry"] and count < int(a["retry"]) + 1 and count < 8:  # type: ignore[call-overload]
                a2 = dict(a)
                a2["failed_at"] = a.get("failed_at") or lkts(end)
                delay = count**4 + 15 + r.randint(0, 9) * (count + 1)
                runq.append((end + sec(delay), cls, a2, count + 1))
                runq.sort(key=lambda x: x[0])
        else:
            done["message"] = f"{label_base}: done: {rnd(dur)} sec"
            done["job_status"] = "done"
            done["db_duration_s"] = rnd(dur * r.uniform(0.05, 0.4))
            line(end, proc, "%s JID-%s: done: %s sec", "INFO", done)
    for t, cls, a in dedup:
        proc = pid_at(t)
        jid = hexid(r, 24)
        body = {
            "retry": 3,
            "queue": "default",
            "version": 0,
            "args": a["args"],
            "class": cls,
            "jid": jid,
            "created_at": lkts(t),
            "correlation_id": a["cid"],
            "meta.feature_category": SQ_CATEGORY[cls],
            "duplicate-of": hexid(r, 24),
            "job_size_bytes": len(json.dumps(a["args"])),
            "pid": proc,
            "job_status": "deduplicated",
            "message": f"{cls} JID-{jid}: deduplicated: dropped until executing",
            "deduplication.type": "dropped until executing",
        }
        line(t, proc, "%s JID-%s: deduplicated: dropped %s", "INFO", body)

    # Redis gone: each processor's fetch fails once, and says when it is back
    p = old["pid"]
    for _ in range(20):
        t = REDIS_DOWN[0] + sec(r.uniform(0.001, 2.1))
        msg(
            t,
            p,
            "Error fetching job: No such file or directory - connect(2) for %s",
            f"Error fetching job: No such file or directory - connect(2) for {REDIS_SOCKET}",
            "ERROR",
        )
    for _ in range(20):
        t = REDIS_DOWN[1] + sec(r.uniform(0.05, 1.2))
        down = (t - REDIS_DOWN[0]).total_seconds() - r.uniform(0, 2.1)
        msg(t, p, "Redis is online, %s sec downtime", f"Redis is online, {down!r} sec downtime")

    # the memory watchdog, the shutdown and runit's restart
    wd = {
        "memwd_handler_class": "Gitlab::Memory::Watchdog::Handlers::SidekiqHandler",
        "memwd_sleep_time_s": 3,
    }
    t = SQ_WATCHDOG
    t = line(
        t,
        p,
        "rss memory limit exceeded",
        "WARN",
        {
            "message": "rss memory limit exceeded",
            "memwd_rss_bytes": 2_243_817_472,
            "memwd_max_rss_bytes": 2_147_483_648,
            "memwd_max_strikes": 5,
            "memwd_cur_strikes": 6,
            **wd,
            "running_jobs": [
                {"jid": hexid(r, 24), "worker_class": "Ci::ArchiveTraceWorker"},
                {"jid": hexid(r, 24), "worker_class": "Database::BatchedBackgroundMigrationWorker"},
            ],
            "pid": p,
            "worker_id": "sidekiq_0",
        },
    )
    sig = {"pid": p, "worker_id": "sidekiq_0", "memwd_handler_class": wd["memwd_handler_class"]}
    t = line(
        t + sec(0.003),
        p,
        "Sending signal and waiting",
        "WARN",
        {
            **sig,
            "memwd_signal": "TSTP",
            "memwd_explanation": "stop fetching new jobs",
            "memwd_wait_time": 20,
            "message": "Sending signal and waiting",
        },
    )
    t = msg(
        t + sec(0.0011),
        p,
        "Received TSTP, no longer accepting new work",
        "Received TSTP, no longer accepting new work",
    )
    msg(
        t + sec(0.0004),
        p,
        "Terminating quiet threads for %s capsule",
        "Terminating quiet threads for default capsule",
    )
    t = SQ_WATCHDOG + sec(20.01)
    t = line(
        t,
        p,
        "Sending signal and waiting",
        "WARN",
        {
            **sig,
            "memwd_signal": "TERM",
            "memwd_explanation": "gracefully shut down",
            "memwd_wait_time": 27,
            "message": "Sending signal and waiting",
        },
    )
    t = msg(t + sec(0.0012), p, "Shutting down", "Shutting down")
    t = msg(t + sec(0.0009), p, "Scheduler exiting...", "Scheduler exiting...")
    t = msg(
        t + sec(0.5004),
        p,
        "Pausing to allow jobs to finish...",
        "Pausing to allow jobs to finish...",
    )
    t = msg(t + sec(1.0012), p, "Bye!", "Bye!")
    t = msg(
        t + sec(r.uniform(1, 4.9)),
        old["cluster"],
        "A worker terminated, shutting down the cluster",
        "A worker terminated, shutting down the cluster",
    )
    c, p = new["cluster"], new["pid"]
    t = msg(
        t + sec(1.83), c, "Starting cluster with %s processes", "Starting cluster with 1 processes"
    )
    t = msg(
        t + sec(0.27),
        c,
        "Starting metrics server on port %s",
        "Starting metrics server on port 8082",
    )
    t = msg(
        back_up - sec(6.2),
        p,
        "Listening on queues %s",
        'Listening on queues ["default", "mailers"]',
    )
    t = msg(
        t + sec(0.73),
        p,
        "Booted Rails %s application in %s environment",
        "Booted Rails 7.0.8.1 application in production environment",
    )
    t = msg(t + sec(0.0011), p, "Running in %s", f"Running in {SQ_RUBY}")
    t = msg(
        t + sec(0.0004),
        p,
        "See LICENSE and the LGPL-3.0 for licensing details.",
        "See LICENSE and the LGPL-3.0 for licensing details.",
    )
    t = msg(
        t + sec(0.0003),
        p,
        "Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org",
        "Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org",
    )
    for size, pool in ((10, "internal"), (25, "default")):
        t = msg(
            t + sec(0.0021),
            p,
            "Sidekiq %s connecting to Redis with options %s",
            f'Sidekiq 7.1.6 connecting to Redis with options {{:size=>{size}, :pool_name=>"{pool}", :url=>"unix://{REDIS_SOCKET}"}}',
        )
    t = msg(
        t + sec(0.41),
        p,
        "Starting processing, hit Ctrl-C to stop",
        "Starting processing, hit Ctrl-C to stop",
    )
    line(
        t + sec(0.0031),
        p,
        "started",
        "INFO",
        {
            "message": "started",
            **wd,
            "pid": p,
            "worker_id": "sidekiq_0",
            "memwd_rss_bytes": 1_236_582_400,
        },
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- gitlab-rails

GQL_QUERIES = {
    "getMergeRequestApprovals": "query getMergeRequestApprovals($projectPath: ID!, $iid: String!) {\\n  project(fullPath: $projectPath) {\\n    id\\n    mergeRequest(iid: $iid) {\\n      id\\n      approved\\n      approvalsRequired\\n      approvalsLeft\\n    }\\n  }\\n}\\n",
    "getStateQuery": "query getStateQuery($projectPath: ID!, $iid: String!) {\\n  project(fullPath: $projectPath) {\\n    id\\n    mergeRequest(iid: $iid) {\\n      id\\n      detailedMergeStatus\\n      mergeError\\n      commitCount\\n    }\\n  }\\n}\\n",
    "mergeRequestSidebarDetails": "query mergeRequestSidebarDetails($fullPath: ID!, $iid: String!) {\\n  project(fullPath: $fullPath) {\\n    id\\n    mergeRequest(iid: $iid) {\\n      id\\n      reviewers {\\n        nodes {\\n          id\\n          username\\n        }\\n      }\\n    }\\n  }\\n}\\n",
}
RAILS_PG_DUMP = [
    "ActiveRecord::QueryCanceled (PG::QueryCanceled: ERROR:  canceling statement due to statement timeout",
    "):",
    "  ",
    "lib/gitlab/database/load_balancing/connection_proxy.rb:127:in `public_send'",
    "lib/gitlab/database/load_balancing/connection_proxy.rb:127:in `read_write'",
    "app/models/merge_request_diff.rb:584:in `load_diffs'",
    "app/models/merge_request.rb:1011:in `diff_stats'",
    "app/presenters/merge_request_presenter.rb:205:in `diffs_stats'",
    "app/controllers/projects/merge_requests_controller.rb:71:in `show'",
    "app/controllers/application_controller.rb:486:in `set_current_admin'",
    "lib/gitlab/session.rb:11:in `with_session'",
    "app/controllers/application_controller.rb:477:in `set_session_storage'",
    "lib/gitlab/i18n.rb:114:in `with_locale'",
    "app/controllers/application_controller.rb:468:in `set_locale'",
    "app/controllers/application_controller.rb:461:in `set_current_context'",
    "lib/gitlab/middleware/memory_report.rb:13:in `call'",
    "lib/gitlab/middleware/speedscope.rb:13:in `call'",
    "lib/gitlab/database/load_balancing/rack_middleware.rb:23:in `call'",
    "lib/gitlab/middleware/rails_queue_duration.rb:33:in `call'",
    "lib/gitlab/metrics/rack_middleware.rb:16:in `block in call'",
]
RAILS_REDIS_DUMP = [
    f"Redis::CannotConnectError (No such file or directory - connect(2) for {REDIS_SOCKET}):",
    "  ",
    "lib/gitlab/instrumentation/redis_interceptor.rb:13:in `block in call'",
    "lib/gitlab/instrumentation/redis_interceptor.rb:66:in `instrument_call'",
    "lib/gitlab/instrumentation/redis_interceptor.rb:12:in `call'",
    "lib/gitlab/sessions/cache_store.rb:27:in `get_session'",
    "lib/gitlab/middleware/unauthenticated_session_expiry.rb:18:in `call'",
    "lib/gitlab/middleware/same_site_cookies.rb:27:in `call'",
    "lib/gitlab/middleware/handle_malformed_strings.rb:21:in `call'",
    "lib/gitlab/middleware/basic_health_check.rb:25:in `call'",
    "lib/gitlab/middleware/handle_ip_spoof_attack_error.rb:25:in `call'",
    "lib/gitlab/middleware/request_context.rb:15:in `call'",
    "lib/gitlab/middleware/webhook_recursion_detection.rb:15:in `call'",
    "config/initializers/fix_local_cache_middleware.rb:11:in `call'",
    "lib/gitlab/middleware/compressed_json.rb:44:in `call'",
    "lib/gitlab/middleware/rack_multipart_tempfile_factory.rb:19:in `call'",
    "lib/gitlab/middleware/sidekiq_web_static.rb:20:in `call'",
    "lib/gitlab/metrics/requests_rack_middleware.rb:79:in `call'",
    "lib/gitlab/middleware/release_env.rb:13:in `call'",
]
COMPLETED_V = "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Elasticsearch: %.1fms | Allocations: %d)"
COMPLETED_NV = (
    "Completed %d %s in %dms (ActiveRecord: %.1fms | Elasticsearch: %.1fms | Allocations: %d)"
)
STATUS_TEXT = {200: "OK", 500: "Internal Server Error", 503: "Service Unavailable"}


def rails_ts(t: datetime) -> str:
    """`Time.now.to_default_s` in Rails' Started line."""
    return f"{t:%Y-%m-%d %H:%M:%S} +0000"


def gitlab_rails(r: random.Random) -> list[Log]:
    """GitLab 17.0's Rails under Puma (4 workers, 4 threads each): production.log, Rails'
    unstructured request log (no header: GitLab's logger writes the bare message), and
    production_json.log, lograge's record per request; the UI's merge request pages and their
    GraphQL calls, a watched job log, CI's git fetches over HTTPS, the local monitor's
    /-/readiness every 5 minutes; Redis gone 07:41-07:45 (the session store failing in the
    middleware: no Processing line, no JSON record), merge request !1187 hitting the 15 s
    statement timeout 08:30-08:48 (Completed 500 and the FATAL dump), Puma down 09:15-09:18 (no
    lines at all)."""
    fs = Files()
    TEXT, JS = "production.log", "production_json.log"
    workers = [2817, 2821, 2826, 2830]

    def txt(t: datetime, w: int, label: str, lines: list[str]) -> datetime:
        return fs.add(TEXT, t, label, lambda x, ls=lines: ls, w, 1000)

    def request(
        t0: datetime,
        method: str,
        path: str,
        query: str,
        ip: str,
        controller: str,
        action: str,
        fmt: str,
        params: dict[str, object],
        params_text: str,
        dur: float,
        views: float | None,
        status: int,
        user: tuple | None,
        route: str,
        rendered: tuple[str, str] | None = None,
        dump: list[str] | None = None,
        dump_label: str = "",
        exc: tuple[str, str] | None = None,
        ua: str = BROWSER_UA,
    ) -> None:
        w = r.choice(workers)
        full = path + (f"?{query}" if query else "")
        t = txt(
            t0,
            w,
            'Started %s "%s" for %s at %s',
            [f'Started {method} "{full}" for {ip} at {rails_ts(t0)}'],
        )
        t = txt(
            t + sec(r.uniform(0.0008, 0.004)),
            w,
            "Processing by %s#%s as %s",
            [
                f"Processing by {controller}#{action} as {fmt.upper() if fmt in ('html', 'json') else fmt}"
            ],
        )
        if params_text:
            t = txt(t + sec(0.0002), w, "  Parameters: %s", [f"  Parameters: {params_text}"])
        end = t0 + sec(dur)
        ar = dur * 1000 * (0.998 if exc else r.uniform(0.08, 0.3))
        allocs = (
            r.randint(2000, 9000)
            if dur < 0.05
            else r.randint(30000, 80000)
            if dur > 0.95
            else int(dur * r.uniform(250000, 520000))
        )
        if rendered and views is not None:
            tpl, layout = rendered
            tr = end - sec(views / 1000 * r.uniform(0.05, 0.2))
            txt(
                tr - sec(views / 1000 * 0.6),
                w,
                "  Rendered %s within %s (Duration: %.1fms | Allocations: %d)",
                [
                    f"  Rendered {tpl} within {layout} (Duration: {views * r.uniform(0.3, 0.45):.1f}ms | Allocations: {int(allocs * r.uniform(0.2, 0.3))})"
                ],
            )
            txt(
                tr,
                w,
                "  Rendered layout %s (Duration: %.1fms | Allocations: %d)",
                [
                    f"  Rendered layout {layout}.html.haml (Duration: {views * r.uniform(0.9, 0.98):.1f}ms | Allocations: {int(allocs * r.uniform(0.6, 0.7))})"
                ],
            )
        st = f"{status} {STATUS_TEXT[status]}"
        if views is not None:
            end = txt(
                end,
                w,
                COMPLETED_V,
                [
                    f"Completed {st} in {int(dur * 1000)}ms (Views: {views:.1f}ms | ActiveRecord: {ar:.1f}ms | Elasticsearch: 0.0ms | Allocations: {allocs})"
                ],
            )
        else:
            end = txt(
                end,
                w,
                COMPLETED_NV,
                [
                    f"Completed {st} in {int(dur * 1000)}ms (ActiveRecord: {ar:.1f}ms | Elasticsearch: 0.0ms | Allocations: {allocs})"
                ],
            )
        if dump:
            txt(end + sec(r.uniform(0.001, 0.004)), w, dump_label, ["  ", *dump])
        rec: dict[str, object] = {
            "method": method,
            "path": path,
            "format": fmt,
            "controller": controller,
            "action": action,
            "status": status,
            "time": "",
            "params": [{"key": k, "value": v} for k, v in params.items()],
            "correlation_id": ulid(r, t0),
            "meta.caller_id": f"{controller}#{action}",
            "meta.feature_category": "code_review_workflow"
            if "Merge" in controller or "Graphql" in controller
            else "source_code_management"
            if "Git" in controller
            else "continuous_integration"
            if "Jobs" in controller
            else "not_owned",
            "meta.remote_ip": ip,
        }
        if user:
            rec.update(
                {
                    "meta.user": user[0],
                    "meta.user_id": user[1],
                    "meta.project": "shop/api",
                    "meta.root_namespace": "shop",
                    "meta.client_id": f"user/{user[1]}",
                }
            )
        elif "Git" in controller:
            rec.update(
                {
                    "meta.user": "gitlab-ci-token",
                    "meta.project": "shop/api",
                    "meta.root_namespace": "shop",
                    "meta.client_id": f"ip/{ip}",
                }
            )
        else:
            rec["meta.client_id"] = f"ip/{ip}"
        rec.update(
            {
                "remote_ip": ip,
                "user_id": user[1] if user else None,
                "username": user[0] if user else None,
                "ua": ua,
                "request_urgency": "default" if "Health" not in controller else "low",
                "target_duration_s": 1 if "Health" not in controller else 5,
                "redis_calls": r.randint(2, 30),
                "redis_duration_s": rnd(r.uniform(0.0004, 0.006)),
                "db_count": r.randint(1, 3) if "Health" in controller else r.randint(3, 80),
                "db_write_count": r.randint(0, 3),
                "db_cached_count": r.randint(0, 25),
                "cpu_s": rnd(dur * r.uniform(0.3, 0.8), 2),
                "mem_objects": int(allocs * 0.9),
                "mem_bytes": allocs * r.randint(60, 90),
                "pid": w,
                "worker_id": f"puma_{workers.index(w)}",
                "rate_limiting_gates": [],
            }
        )
        if exc:
            rec.update(
                {
                    "exception.class": exc[0],
                    "exception.message": exc[1],
                    "exception.backtrace": [
                        x for x in (dump or []) if x.startswith(("app/", "lib/", "config/"))
                    ][:8],
                }
            )
        rec.update(
            {
                "db_duration_s": rnd(ar / 1000, 5),
                "view_duration_s": rnd((views or 0) / 1000, 5),
                "duration_s": rnd(dur, 5),
            }
        )

        def jtext(x: datetime, rec: dict[str, object] = rec) -> list[str]:
            rec["time"] = lkts(x)
            return [json.dumps(rec, separators=(",", ":"), ensure_ascii=False)]

        fs.add(
            JS, end + sec(r.uniform(0.0002, 0.001)), f"{method} {route} {status}", jtext, w, 1000
        )

    def redis_fail(t0: datetime, method: str, full: str, ip: str) -> None:
        w = r.choice(workers)
        t = txt(
            t0,
            w,
            'Started %s "%s" for %s at %s',
            [f'Started {method} "{full}" for {ip} at {rails_ts(t0)}'],
        )
        txt(
            t + sec(r.uniform(0.02, 0.06)),
            w,
            "%s (No such file or directory - connect(2) for %s):",
            ["  ", *RAILS_REDIS_DUMP],
        )

    for v in PLAN["views"]:  # type: ignore[attr-defined]
        t, user = v["t"], v["user"]
        path = f"/shop/api/-/merge_requests/{v['iid']}"
        if in_any(t, [REDIS_DOWN]):
            redis_fail(t, "GET", path, user[3])
            continue
        params = {"namespace_id": "shop", "project_id": "api", "id": str(v["iid"])}
        ptext = '{"namespace_id"=>"shop", "project_id"=>"api", "id"=>"' + str(v["iid"]) + '"}'
        if in_any(t, [DB_SLOW]) and v["iid"] == 1187:
            request(
                t,
                "GET",
                path,
                "",
                user[3],
                "Projects::MergeRequestsController",
                "show",
                "html",
                params,
                ptext,
                15.0 + r.uniform(0.01, 0.06),
                None,
                500,
                user,
                "/shop/api/-/merge_requests/%s",
                dump=RAILS_PG_DUMP,
                dump_label="%s (PG::QueryCanceled: ERROR:  canceling statement due to statement timeout\\n):",
                exc=SQ_PG_TIMEOUT,
            )
            continue
        dur = r.uniform(0.25, 0.9) * (2.5 if in_any(t, [DB_SLOW]) else 1)
        views = dur * 1000 * r.uniform(0.4, 0.6)
        request(
            t,
            "GET",
            path,
            "",
            user[3],
            "Projects::MergeRequestsController",
            "show",
            "html",
            params,
            ptext,
            dur,
            views,
            200,
            user,
            "/shop/api/-/merge_requests/%s",
            rendered=("projects/merge_requests/show.html.haml", "layouts/project"),
        )
        tg = t + sec(dur + r.uniform(0.2, 1.2))
        for _ in range(v["gql"]):
            op = r.choice(list(GQL_QUERIES))
            var = {
                "projectPath" if op != "mergeRequestSidebarDetails" else "fullPath": "shop/api",
                "iid": str(v["iid"]),
            }
            vtext = "{" + ", ".join(f'"{k}"=>"{x}"' for k, x in var.items()) + "}"
            ptext = (
                '{"query"=>"'
                + GQL_QUERIES[op]
                + '", "variables"=>'
                + vtext
                + ', "operationName"=>"'
                + op
                + '"}'
            )
            params = {
                "query": GQL_QUERIES[op].replace("\\n", "\n"),
                "variables": json.dumps(var, separators=(",", ":")),
                "operationName": op,
            }
            d = r.uniform(0.05, 0.3)
            request(
                tg,
                "POST",
                "/api/graphql",
                "",
                user[3],
                "GraphqlController",
                "execute",
                "json",
                params,
                ptext,
                d,
                r.uniform(0.4, 1.6),
                200,
                user,
                "/api/graphql",
            )
            tg += sec(d + r.uniform(0.1, 1.0))
    for pl in PLAN["polls"]:  # type: ignore[attr-defined]
        j, user = pl["job"], pl["user"]
        state = trace_state(pl["offset"])
        path = f"/shop/api/-/jobs/{j.id}/trace.json"
        params = {
            "state": state.replace("%3D", "="),
            "namespace_id": "shop",
            "project_id": "api",
            "id": str(j.id),
        }
        ptext = "{" + ", ".join(f'"{k}"=>"{x}"' for k, x in params.items()) + "}"
        d = r.uniform(0.04, 0.12)
        request(
            pl["t"],
            "GET",
            path,
            f"state={state}",
            user[3],
            "Projects::JobsController",
            "trace",
            "json",
            params,
            ptext,
            d,
            r.uniform(0.3, 1.2),
            200,
            user,
            "/shop/api/-/jobs/%s/trace.json",
        )
    for j in all_jobs():
        tc = j.picked + sec(r.uniform(2.0, 4.0))
        if in_any(tc, [PUMA_DOWN]):
            continue
        d = r.uniform(0.04, 0.1)
        request(
            tc,
            "GET",
            "/shop/api.git/info/refs",
            "service=git-upload-pack",
            RUNNER_IP,
            "Repositories::GitHttpController",
            "info_refs",
            "*/*",
            {"service": "git-upload-pack", "repository_path": "shop/api.git"},
            '{"service"=>"git-upload-pack", "repository_path"=>"shop/api.git"}',
            d,
            r.uniform(0.2, 0.6),
            200,
            None,
            "/shop/api.git/info/refs",
            ua=GIT_UA,
        )
        if j.clone_ok:
            t2 = tc + sec(d + r.uniform(0.04, 0.2))
            request(
                t2,
                "POST",
                "/shop/api.git/git-upload-pack",
                "",
                RUNNER_IP,
                "Repositories::GitHttpController",
                "git_upload_pack",
                "application/x-git-upload-pack-request",
                {"repository_path": "shop/api.git"},
                '{"repository_path"=>"shop/api.git"}',
                r.uniform(0.02, 0.06),
                r.uniform(0.2, 0.5),
                200,
                None,
                "/shop/api.git/git-upload-pack",
                ua=GIT_UA,
            )
    m = 0
    while m < 360:
        t = T0 + timedelta(minutes=m) + sec(r.uniform(0.05, 0.4))
        m += 5
        if in_any(t, [PUMA_DOWN]):
            continue
        down = in_any(t, [REDIS_DOWN])
        request(
            t,
            "GET",
            "/-/readiness",
            "",
            "127.0.0.1",
            "HealthController",
            "readiness",
            "*/*",
            {},
            "",
            1.0 + r.uniform(0.002, 0.006) if down else r.uniform(0.005, 0.012),
            r.uniform(0.2, 0.5),
            503 if down else 200,
            None,
            "/-/readiness",
            ua="Consul Health Check",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- gitlab-pages

PG_DOCS = "docs.example.com"  # shop/api-docs (61) under its custom domain
PG_GROUP = "shop.pages.example.com"  # the group's site; shop/storybook (66) under /storybook/
PG_DOC_PAGES = ["/", "/getting-started/", "/reference/orders/", "/reference/carts/"]
PG_ASSETS = [
    # path, label, content type, size range
    (
        "/assets/stylesheets/main.6543a935.min.css",
        "/assets/stylesheets/main.%s.min.css",
        "text/css; charset=utf-8",
        (121000, 121000),
    ),
    (
        "/assets/javascripts/bundle.ad660dcc.min.js",
        "/assets/javascripts/bundle.%s.min.js",
        "text/javascript; charset=utf-8",
        (98200, 98200),
    ),
    ("/assets/images/favicon.png", "/assets/images/favicon.png", "image/png", (1870, 1870)),
    (
        "/search/search_index.json",
        "/search/search_index.json",
        "application/json",
        (412000, 412000),
    ),
]
PG_PROBES = ["/wp-login.php", "/.env"]
PG_VISITORS = [f"203.0.113.{n}" for n in (14, 27, 38, 52, 66, 71, 89, 103, 140, 162, 177, 201)] + [
    u[3] for u in USERS
]
PG_STORY_BROKEN = (at(10, 40, 12), at(10, 58, 40))


def gitlab_pages(r: random.Random) -> list[Log]:
    """GitLab Pages 17.0 behind the package's nginx (the proxy listener), JSON logs: the load
    balancer's /@status every 20 s, the API docs under a custom domain (MkDocs: pages and their
    assets, browsers revalidating with 304s) and the group site's Storybook, scanners' probes;
    restarted at 07:05 and 11:30; domain lookups timing out while the API is slow (08:36-08:47)
    and refused while Puma is down (09:15-09:18); the Storybook's new deployment a truncated
    archive 10:40-10:58."""
    fs = Files()
    F = "current"
    restarts = [at(7, 5, 31), at(11, 30, 7)]

    def line(t: datetime, label: str, d: dict[str, object]) -> datetime:
        return fs.add(F, t, label, lambda x, d=d: [gojson({**d, "time": lkts(x)})], "pages", 1000)

    def up(t: datetime) -> bool:
        return not any(x <= t < x + sec(0.9) for x in restarts)

    def access(
        t0: datetime,
        dur_ms: float,
        host: str,
        uri: str,
        status: int,
        label: str,
        ip: str,
        size: int,
        ctype: str,
        project: int | None,
        ua: str = BROWSER_UA,
        referrer: str = "",
        cid: str | None = None,
    ) -> None:
        t1 = t0 + sec(dur_ms / 1000)
        if not up(t0) or not up(t1):
            return
        d: dict[str, object] = {
            "content_type": ctype,
            "correlation_id": cid or ulid(r, t0),
            "duration_ms": int(dur_ms),
            "host": host,
            "level": "info",
            "method": "GET",
            "msg": "access",
            "pages_host": host,
            "pages_https": True,
            "proto": "HTTP/1.1",
            "referrer": referrer,
            "remote_addr": ip,
            "remote_ip": ip,
            "status": status,
            "system": "http",
            "ttfb_ms": int(dur_ms * r.uniform(0.6, 0.97)),
            "uri": uri,
            "user_agent": ua,
            "written_bytes": size,
        }
        if project is not None:
            d["pages_project_id"] = project
        line(t1, f"GET {label} {status}", d)

    def err(
        t: datetime,
        label: str,
        msg: str,
        error: str,
        host: str,
        path: str,
        cid: str,
        level: str = "error",
    ) -> None:
        line(
            t,
            label,
            {
                "correlation_id": cid,
                "error": error,
                "host": host,
                "level": level,
                "msg": msg,
                "path": path,
            },
        )

    for t in restarts:
        line(
            t + sec(0.0123),
            "GitLab Pages",
            {"level": "info", "msg": "GitLab Pages", "revision": "3d4e5f6a", "version": "17.0.1"},
        )
        line(
            t + sec(0.0125),
            "URL: https://gitlab.com/gitlab-org/gitlab-pages",
            {"level": "info", "msg": "URL: https://gitlab.com/gitlab-org/gitlab-pages"},
        )

    # the load balancer's health check
    t = T0 + sec(r.uniform(0, 20))
    while t < T_END:
        access(
            t,
            r.uniform(0.05, 0.4),
            "pages.example.com",
            "/@status",
            200,
            "/@status",
            "10.20.0.5",
            8,
            "text/plain; charset=utf-8",
            None,
            ua="ELB-HealthChecker/2.0",
        )
        t += sec(20 + r.uniform(-0.02, 0.02))

    # visitors of the API docs
    lookup_fail: dict[str, datetime] = {}
    for t in poisson(r, T0, T_END, 62):
        ip = r.choice(PG_VISITORS)
        page = r.choices(PG_DOC_PAGES, [5, 3, 4, 2])[0]
        cid = ulid(r, t)
        # the domain's cached lookup expired while the API could not answer
        slow = at(8, 36) <= t < at(8, 47) and r.random() < 0.6
        if in_any(t, [PUMA_DOWN]) or slow:
            if page != "/":
                page = "/"
            if in_any(t, [PUMA_DOWN]):
                e = f'Get "http://localhost:8080/api/v4/internal/pages?host={PG_DOCS}": dial tcp 127.0.0.1:8080: connect: connection refused'
                el = 'could not fetch domain information from a source error=%s "%s": dial tcp %s: connect: connection refused'
                dur = r.uniform(2.0, 3.1) * 1000
            else:
                e = "retrieval context done: context deadline exceeded"
                el = "could not fetch domain information from a source error=retrieval context done: context deadline exceeded"
                dur = 30000 + r.uniform(1, 30)
            err(
                t + sec(dur / 1000),
                el,
                "could not fetch domain information from a source",
                e,
                PG_DOCS,
                page,
                cid,
            )
            access(
                t,
                dur + 0.4,
                PG_DOCS,
                page,
                502,
                page,
                ip,
                2831,
                "text/html; charset=utf-8",
                None,
                cid=cid,
            )
            lookup_fail[ip] = t
            continue
        size = r.randint(14000, 52000)
        access(
            t,
            r.uniform(0.8, 6),
            PG_DOCS,
            page,
            200,
            page,
            ip,
            size,
            "text/html; charset=utf-8",
            61,
            referrer=r.choice(["", f"https://{PG_DOCS}/", "https://www.google.com/"]),
        )
        first = r.random() < 0.45
        ta = t + sec(r.uniform(0.08, 0.3))
        for path, label, ctype, (lo, hi) in PG_ASSETS:
            if path.startswith("/search") and r.random() < 0.5:
                continue
            if first:
                access(
                    ta,
                    r.uniform(1.5, 14),
                    PG_DOCS,
                    path,
                    200,
                    label,
                    ip,
                    r.randint(lo, hi),
                    ctype,
                    61,
                    referrer=f"https://{PG_DOCS}{page}",
                )
            elif r.random() < 0.35 and "favicon" not in path and "search" not in path:
                access(
                    ta,
                    r.uniform(0.4, 2),
                    PG_DOCS,
                    path,
                    304,
                    label,
                    ip,
                    0,
                    "",
                    61,
                    referrer=f"https://{PG_DOCS}{page}",
                )
            ta += sec(r.uniform(0.002, 0.03))

    # the group site's Storybook
    for t in poisson(r, at(7, 30), at(11, 55), 170):
        ip = r.choice([u[3] for u in USERS])
        cid = ulid(r, t)
        if in_any(t, [PG_STORY_BROKEN]):
            dur = r.uniform(3, 9)
            err(
                t + sec(dur / 1000),
                "vfs.Root error=zip: not a valid zip file",
                "vfs.Root",
                "zip: not a valid zip file",
                PG_GROUP,
                "/storybook/",
                cid,
            )
            access(
                t,
                dur + 0.2,
                PG_GROUP,
                "/storybook/",
                500,
                "/storybook/",
                ip,
                3021,
                "text/html; charset=utf-8",
                66,
                cid=cid,
            )
            continue
        if in_any(t, [PUMA_DOWN]):
            continue
        access(
            t,
            r.uniform(1, 5),
            PG_GROUP,
            "/storybook/",
            200,
            "/storybook/",
            ip,
            r.randint(6200, 6400),
            "text/html; charset=utf-8",
            66,
        )
        ta = t + sec(r.uniform(0.2, 0.5))
        access(
            ta,
            r.uniform(1, 6),
            PG_GROUP,
            "/storybook/index.json",
            200,
            "/storybook/index.json",
            ip,
            r.randint(88000, 90000),
            "application/json",
            66,
            referrer=f"https://{PG_GROUP}/storybook/",
        )
        access(
            ta + sec(r.uniform(0.05, 0.3)),
            r.uniform(1, 5),
            PG_GROUP,
            "/storybook/iframe.html",
            200,
            "/storybook/iframe.html",
            ip,
            r.randint(11000, 12000),
            "text/html; charset=utf-8",
            66,
            referrer=f"https://{PG_GROUP}/storybook/",
        )

    # scanners
    for t0 in [at(6, 48, 2), at(9, 33, 40), at(11, 2, 19)]:
        ip = r.choice(SCANNERS)
        t = t0
        for _ in range(r.randint(4, 9)):
            path = r.choice(PG_PROBES)
            host = r.choice([PG_DOCS, PG_GROUP])
            cid = ulid(r, t)
            if r.random() < 0.2:
                err(
                    t + sec(0.003),
                    "user cancelled request error=context canceled",
                    "user cancelled request",
                    "context canceled",
                    host,
                    path,
                    cid,
                    "warning",
                )
            access(
                t,
                r.uniform(0.5, 3),
                host,
                path,
                404,
                path,
                ip,
                3302,
                "text/html; charset=utf-8",
                61 if host == PG_DOCS else None,
                ua="Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
                cid=cid,
            )
            t += sec(r.uniform(0.3, 2.5))
    return fs.logs(T0)


SYSTEMS = {
    "gitlab-workhorse": workhorse,
    "gitlab-shell": gitlab_shell,
    "gitlab-sidekiq": sidekiq,
    "gitlab-rails": gitlab_rails,
    "gitlab-pages": gitlab_pages,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
