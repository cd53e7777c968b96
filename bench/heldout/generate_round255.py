#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 255 (binderhub, countly, openreplay, uptrace, fastd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five systems of a university's research-computing
and web team, 06:00 to 12:00 on 2024-06-07.

Three of the brief's five are replaced. JupyterHub is already in the set (round 27's `jupyter`:
JupyterHub's own log, a single-user server's and a notebook server's), so BinderHub, the
service that builds repositories into images and launches them through a JupyterHub, takes its
place. Umami's container prints its npm scripts' and Prisma's start-up lines and, at run time,
only unhandled errors (its `debug` loggers are off unless DEBUG is set), a few dozen lines in six
hours (round 195 replaced it for the same reason), so Countly, the self-hosted product-analytics
server, takes its place. zerotier-one writes almost nothing outside a trace build (`Starting
Control Plane...` at start-up and a tap error when one happens; rounds 159, 220 and 245
replaced it for the same reason), so fastd, the mesh VPN daemon of the Freifunk communities' gateways,
takes its place.

- BinderHub 1.0 (`binder-6c8d9f7b4-k7q2n.log`, `binder-6c8d9f7b4-x9m4p.log`: `kubectl logs` of
  the two replicas behind the ingress; tornado's LogFormatter without colour, `[I 240607
  06:00:14 builder:672] Launching server for https://github.com/... : 3 other servers running
  this repo (41 total)`, a traceback after `app_log.exception`'s line). Each launch of a built
  image: the page's `200 GET /v2/gh/%s/%s/%s (@%s) %.2fms` (BinderHub's own `log_request`,
  copied from JupyterHub: `{status} {method} {uri}{location} ({user}@{ip}) {request_time:.2f}ms`,
  the user empty without authentication), `Launching server for %s: %s other servers running
  this repo (%s total)` (WARNING from half the repository's quota), the launcher's `Creating
  user %s for image %s` and `Starting server for user %s with image %s`, `Launched %s in %.0fs`,
  and the event stream's `200 GET /build/gh/...` a minute after the server is ready. A
  repository at a commit not built yet: `Started build %s` (or `Build %s already running` for a
  second user), `Watching build pod %s`, `Watching logs of %s`, `Finished streaming logs of %s`;
  `Stream closed while handling %s` when a user leaves during a build. The registry slow
  07:40-07:52 (`Failed to get image manifest for %s` with tornado's `HTTPTimeoutError` traceback,
  three tries, then an unnecessary build); the hub's database locked 09:10-09:24 (the
  launcher's two-line `Error starting server for user %s: HTTP 500: Internal Server Error` with
  the response body, `Retrying launch of %s after error (duration=%.0fs, attempt=%s):
  HTTPError(500, 'Failed to launch image %s')`, after the fourth attempt tornado's `[W ...
  web:1873] 500 GET /build/... (%s): Failed to launch image %s`); an introductory statistics
  workshop at 10:00 launching one repository 67 times against its quota of 60 (`%s has exceeded
  quota: %s/%s (%s total)`); legacy `/repo/...` links redirected (`302 GET %s -> %s`),
  scanners' 404s at WARNING.
- Countly 23.06 (`countly-api.log`: `docker logs` of the API container, Countly's `log.js`
  with the sample config's levels, info for `jobs` and `push`, warn for the rest: `2024-06-07T
  06:00:00.412Z: INFO\\t[jobs:manager]\\tUp next 2 jobs`). The job manager's cycle for the
  per-minute `api:ttlCleanup` and `hooks:schedule`, `alerts:monitor` every five minutes and the
  hourly `reports:send` and `api:task` (`Up next %d jobs`, `Starting %d jobs: %j` with the names as a JSON list,
  `Starting %s / %s / %j` with the job's ObjectId and data, `done running %s / %s: %j`, the
  result `undefined`); a MongoDB election at 07:45 (`Error while scheduling job after success:
  %j` with the driver error's JSON: the alert check, not rescheduled, runs no more until the
  restart); the container OOM-killed at 08:59 and started again
  (`Starting job manager in %s`, every plugin's job replaced: `Replacing jobs %s (%j)`,
  `Cancelled %d previous jobs %s (%j)`, `No job to replace, inserting %j` with the new job's
  document; `Found %d job types: %j`, `Cancelling %d jobs`, `Syncing ... `, `Syncing ... done
  with %d jobs`, `Job %s seems to be in invalid state, skipping`); a dashboard's aggregation
  slowing MongoDB 10:40-10:56, the cleanup overrunning its minute (`Hit concurrency limit on %j:
  %d is running out of limit %d, requested to run %d`, `Cannot run %s / %s`).
- OpenReplay 1.16 (`http-openreplay-6b7d9c8f4-2kq7x.log`, `http-openreplay-6b7d9c8f4-9wz5n.log`,
  `sink-openreplay-5d8c7b9f6-jx4tq.log`, `ender-openreplay-7c9d5b8f6-4xk2p.log` and, after the
  11:00 rollout, `ender-openreplay-5f8b7c6d9-q8n3w.log`: `kubectl logs` of the ingest pods, the
  sink's file `kubectl logs --previous` followed by `kubectl logs` of its restarted container).
  Go's log with `LstdFlags | LUTC | Llongfile`: `2024/06/07 06:00:14
  /root/internal/http/router/router.go:131: Request: POST  -  /v1/web/i  ` (two spaces around
  the dash and after the path). The http service's `Request: %v  -  %v  ` for each tracker
  request of a CRM's sessions (`/v1/web/start`, `/v1/web/feature-flags`, the batches'
  `/v1/web/i`, `/v1/web/not-started` for Do-Not-Track visitors), `error while reading request
  body: http: request body too large`; the sink's `count: %d, dur: %ds, msgTS: %s, sessID: %d,
  part: %d` every 30 s (the last message's time as Go's `time.Time.String()`; an idle interval
  repeats the last session); the ender's `Removed %d of %d sessions; brokerTime: %d, serverTime:
  %d` every 30 s (Go's `%d` of a `map[int]int`: `map[1:2]`, `map[]`), `Queue Statistics: ` with
  a `| %v:: lastTS %v, lastID %v, count %v, maxTS %v, minTS %v` part per partition (any number),
  `sessionEnd duplicate, sessID: %d, prevDur: %d, newDur: %d`. Redpanda restarted 07:31 (`can't
  send processed messages to queue: Local: Queue full`, the sink's `Error on consumption: %v`
  from log.Fatalf and its restart: `Sink service started`); PostgreSQL failing over 09:45-09:47
  (`can't get project by key: %s`, `can't insert session start: %s`, `Unable to insert Unstarted
  Session: %v`, the ender's `getSessionDuration failed, sessID: %d, err: %s` and `can't save
  sessionEnd to database, sessID: %d, err: %s` with pgx's errors); the ender rolled at 11:00
  (`Caught signal %v: terminating`, `Ender service started`).
- Uptrace 1.7 (`uptrace.log`: `journalctl CONTAINER_NAME=uptrace -o cat`, Docker's journald
  log driver keeping the container's output across its recreation; ClickHouse and PostgreSQL
  beside it). zap's production config with the console encoder (`2024-06-07T08:11:02.114Z\\terror
  \\ttracing/span_processor.go:212\\tch.Insert failed\\t{"error": "...", "table":
  "spans_index"}`, an error's stack trace on the lines after it) and bunrouter's reqlog, which
  without debug prints only the requests that did not succeed (`[bunrouter]  07:12:44.031   400
       1.305ms   POST      /v1/traces \\t *httperror.Error: uptrace-dsn header is empty or
  missing `, `fmt.Println` of the pieces). A billing worker deployed at 06:25 without its DSN
  (every batch of traces, and the collector's metrics each minute, answered 400 until 09:40);
  ClickHouse refusing inserts 08:10-08:24 (`ch.Insert failed` with `DB::Exception: Too many
  parts ...` for `spans_index` and `spans_data`, the UI's queries answering 500), restarted at
  08:24 (`dial tcp %s: connect: connection refused`, four seconds of `span buffer is full
  (consider increasing spans.buffer_size)` under zap's sampling, 100 a second and every 100th
  after); Uptrace upgraded to v1.7.6 at 10:30 with a larger buffer (the banner's bare lines,
  `starting Uptrace...`, `migrated ClickHouse database`, `starting processing spans...`); the
  UI's bookmarks of a removed dashboard (`404 ... *errors.errorString: sql: no rows in result
  set`).
- fastd v22 (`gw01-journal.log`, `gw02-journal.log`: `journalctl -u fastd@mesh_vpn` on two
  Freifunk gateways, fastd logging to syslog at level verbose, about 40 nodes each, the nodes'
  keys in a peer directory named after the nodes): per node session refreshes every hour
  (`received handshake from %P[%I] using fastd %s`, `new session with %P established using method
  `%s'.`), nodes dropping and coming back (`connection with %P disestablished.`, `connection with
  %P established.`), the backbone link between the gateways (`resolving host `%s' for peer
  %P...`, `sending handshake to %P[%I]...`, `received handshake response from %P[%I] using fastd
  %s`); a node whose key was not registered yet knocking every 30 s on gw01 until its restart at
  08:05 (another on gw02 09:02-09:48; `ignoring handshake from %I (unknown key %H)`; systemd's `Stopping %s...`, `%s:
  Deactivated successfully.`, `Stopped %s.`, `Started %s.`, `terminating fastd`, `fastd v22
  starting`, every node reconnecting); gw02's uplink lost 10:20-10:31 (its nodes time out and
  move to gw01, gw01 retrying the backbone, `active session with %P timed out`).

Label notes. The heads are context: tornado's `[L yymmdd hh:mm:ss module:line]`, Countly's ISO
time, level and `[module]`, Go's date, time and long file name, zap's time, level and caller
(its fields are attributes), the journal's date, host and ident. The two access records,
BinderHub's `log_request` lines and bunrouter's reqlog lines, are labelled as the set's access
lines are (round 54's rule): method, route and status are the label; a repository's owner, name
and ref, ids, a query string, the client, the time and the duration are values, and a path no
route serves (a scanner's) is its own route; reqlog's error after the tab contributes its
format, its Go type a value. OpenReplay's `Request: %v  -  %v  ` has no status and is one
label, as round 49's Plex `Request:` lines. A value that is an error contributes its format
(tornado's `HTTP %d: %s`, the `HTTPError(...)` repr, pgx's and librdkafka's errors, ClickHouse's
exception, Go's net errors). Words a call site picks by branch are wording (fastd's ` using
fastd `, BinderHub's empty server name). Lines printed without a head are events of their own
labelled as their literals (Uptrace's banner); the later lines of one record have no row
(tracebacks, zap's stack traces, the launcher's response body).

Checked against copies of the sources: BinderHub's builder (launch, retry, quota log, manifest
exception), launcher (create, start, error), build (started, watching, logs) and log.py;
Countly's log.js, its config sample's levels, the jobs manager and job.js replace messages;
OpenReplay's router middleware (`Request: %v  -  %v  `), web handlers, sink and ender mains, the
sink's log counter, the ender's `Removed ...` line and the queue statistics; Uptrace's zap set-up,
its serve banner, `starting Uptrace...`, the migrations' messages, the span processor's messages
and bunrouter's reqlog; fastd's handshake, session, disestablish and timeout messages. Least
sure (from the helper's knowledge): BinderHub's quota message in 1.0's quota module, the tornado
line numbers, Countly's job names and schedules (`hooks:schedule` each minute), the `done running` result, the MongoDB error's
JSON and whether 23.06 still writes log.js's text lines (later releases moved to pino); the
OpenReplay source paths in the image (`/root/...`), the ender's tick and statistics interval,
the http `Server successfully started` line (not used), the pgx error layout; Uptrace's
`*httperror.Error` type name, the DSN error text and the 400 it answers, the 404 for a missing
dashboard, the ClickHouse exception text, the stack frames' paths, `group #%d (%s)`; fastd's `resolving host` level, its `%H` key rendering, `fastd
v22 starting` and `terminating fastd`, and the systemd unit's description.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
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


def arrivals(r: random.Random, t0: datetime, t1: datetime, rate_per_hour) -> list[datetime]:
    """A Poisson process whose rate (per hour) may depend on the instant."""
    out, t = [], t0
    while True:
        rate = rate_per_hour(t)
        t += sec(r.expovariate(max(rate, 0.01) / 3600))
        if t >= t1:
            return out
        if r.random() < rate / max(rate, 0.01):
            out.append(t)


def ip_public(r: random.Random) -> str:
    a = r.choice([31, 37, 46, 77, 84, 87, 91, 93, 109, 134, 141, 178, 185, 188, 193, 212, 217])
    return f"{a}.{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}"


# --------------------------------------------------------------------------------- binderhub

BH_PREFIX = "registry.uni-example.de/binder/binder-"
BH_HUB = "https://hub.binder.uni-example.de/"
# (user, repo, ref in the URL, weight, quota)
BH_REPOS = [
    ("jupyterlab", "jupyterlab-demo", "HEAD", 14, 100),
    ("binder-examples", "requirements", "HEAD", 8, 100),
    ("ipython", "ipython-in-depth", "HEAD", 6, 100),
    ("uni-example", "climate-notebooks", "main", 5, 100),
    ("QuantEcon", "lecture-python.notebooks", "main", 4, 100),
    ("norvig", "pytudes", "main", 3, 100),
    ("binder-examples", "r", "HEAD", 3, 100),
    ("uni-example", "geo-intro", "2024-ss", 3, 100),
    ("data-8", "materials-sp22", "main", 2, 100),
    ("uni-example", "stats101-workshop", "main", 0, 60),
]
BUILD_LABEL = "200 GET /build/gh/%s/%s/%s (%s) %.2fms"
BH_SCANS = [
    "/.env",
    "/wp-login.php",
    "/.git/config",
    "/admin/",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/server-status",
    "/actuator/health",
]


def bh_escape(s: str) -> str:
    """escapism.escape with only letters and digits safe and `-` as the escape character."""
    return "".join(c if c.isascii() and c.isalnum() else "-" + f"{ord(c):02x}" for c in s)


def bh_safe_slug(slug: str, limit: int, hash_length: int = 6) -> str:
    h = hashlib.sha256(slug.encode()).hexdigest()
    return f"{bh_escape(slug)[: limit - hash_length - 1]}-{h[:hash_length]}".lower()


def bh_image(user: str, repo: str, ref: str) -> str:
    slug = f"{user}-{repo}"
    return f"{BH_PREFIX}{bh_safe_slug(slug, 255 - len(BH_PREFIX))}:{ref}".replace("_", "-").lower()


def bh_build_name(user: str, repo: str, ref: str) -> str:
    slug = bh_safe_slug(f"{user}-{repo}", 63 - len("build-") - 6 - 1)
    return f"build-{slug}-{bh_escape(ref)[:6]}".lower()


def bh_username(r: random.Random, user: str, repo: str) -> str:
    prefix = f"{user}/{repo}".replace("/", "-").lower()
    if len(prefix) > 32:
        prefix = f"{prefix[:15]}-{prefix[-15:]}"
    return (
        prefix + "-" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    )


BH_TB_MANIFEST = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.11/site-packages/binderhub/builder.py", line 457, in get',
    "    image_manifest = await self.registry.get_image_manifest(",
    "                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/binderhub/registry.py", line 268, in get_image_manifest',
    "    resp = await client.fetch(req)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^",
    "tornado.simple_httpclient.HTTPTimeoutError: Timeout during request",
]


def binderhub(r: random.Random) -> list[Log]:
    """Two BinderHub replicas, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pods = ["binder-6c8d9f7b4-k7q2n.log", "binder-6c8d9f7b4-x9m4p.log"]

    def L(
        pod: str,
        t: datetime,
        lvl: str,
        where: str,
        label: str,
        msg: str,
        extra: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"[{lvl} {x:%y%m%d %H:%M:%S} {where}] {msg}", *(extra or [])]

        return fs.add(pod, t, label, text, pod, SEC)

    def access(
        pod: str, t: datetime, status: int, path: str, label: str, ip: str, ms: float, loc: str = ""
    ) -> datetime:
        """BinderHub's log_request, an access record: labelled by method, route and status as
        the set's access lines are (round 54's rule: a repository's owner, name and ref, a query
        string, `(user@ip)` and the time are values; a path no route serves is its own route)."""
        lvl = "I" if status < 400 else "W" if status < 500 else "E"
        target = f" -> {loc}" if loc else ""
        return L(pod, t, lvl, "log:135", label, f"{status} GET {path}{target} (@{ip}) {ms:.2f}ms")

    built: dict[tuple[str, str], str] = {}  # (user, repo) -> the commit whose image exists
    refs: dict[tuple[str, str], str] = {}
    for u, rp, *_ in BH_REPOS:
        refs[(u, rp)] = hexid(r, 40)
        built[(u, rp)] = refs[(u, rp)]
    # new commits pushed during the day: the first launch after it builds
    pushes = [
        (at(6, 48), "uni-example", "climate-notebooks"),
        (at(7, 21), "binder-examples", "requirements"),
        (at(8, 37), "uni-example", "geo-intro"),
        (at(9, 52), "uni-example", "stats101-workshop"),
        (at(10, 58), "jupyterlab", "jupyterlab-demo"),
        (at(11, 33), "norvig", "pytudes"),
    ]
    building: dict[tuple[str, str], datetime] = {}  # build pod running until
    running: dict[tuple[str, str], list[datetime]] = {k: [] for k in refs}  # servers' end times
    registry_slow = (at(7, 40), at(7, 52))
    hub_locked = (at(9, 10), at(9, 24))
    events: list[tuple[datetime, tuple[str, str, str, int, int], str]] = []

    def rate(t: datetime) -> float:
        h = t.hour + t.minute / 60
        return 10 + 22 * min(1.0, max(0.0, (h - 7.0) / 2.5))

    weights = [w for *_, w, _q in BH_REPOS]
    for t in arrivals(r, T0, at(11, 57), rate):
        repo = r.choices(BH_REPOS, weights)[0]
        events.append((t, repo, ip_public(r)))
    ws = next(x for x in BH_REPOS if x[1] == "stats101-workshop")
    lab_ips = [f"141.2.{r.randrange(40, 48)}.{r.randrange(2, 250)}" for _ in range(67)]
    for i, t in enumerate(sorted(at(10, 0, 20) + sec(r.uniform(0, 540)) for _ in range(67))):
        events.append((t, ws, lab_ips[i]))
    events.sort(key=lambda e: e[0])

    def count_running(t: datetime) -> tuple[int, int]:
        total = 0
        for k in running:
            running[k] = [e for e in running[k] if e > t]
            total += len(running[k])
        return total, 0

    for t, (user, repo, uref, _w, quota), ip in events:
        key = (user, repo)
        for tp, pu, pr in pushes:
            if pu == user and pr == repo and t >= tp and built[key] == refs[key]:
                refs[key] = hexid(r, 40)
        ref = refs[key]
        image = bh_image(user, repo, ref)
        q = "?urlpath=lab" if r.random() < 0.3 else ""
        page = f"/v2/gh/{user}/{repo}/{uref}{q}"
        bpath = f"/build/gh/{user}/{repo}/{uref}"
        p1, p2 = r.choice(pods), r.choice(pods)
        access(p1, t, 200, page, "200 GET /v2/gh/%s/%s/%s%s (%s) %.2fms", ip, r.uniform(4, 30))
        t2 = t + sec(r.uniform(0.8, 2.5))
        found = built[key] == ref
        if in_any(t2, [registry_slow]):
            for _ in range(3):
                t2 = L(
                    p2,
                    t2 + sec(20),
                    "E",
                    "builder:467",
                    "Failed to get image manifest for %s",
                    f"Failed to get image manifest for {image}",
                    BH_TB_MANIFEST,
                )
            found = False
        if not found:
            bname = bh_build_name(user, repo, ref)
            if key in building and building[key] > t2:
                t2 = L(
                    p2,
                    t2,
                    "I",
                    "build:586",
                    "Build %s already running",
                    f"Build {bname} already running",
                )
                end = building[key]
            else:
                t2 = L(p2, t2, "I", "build:589", "Started build %s", f"Started build {bname}")
                end = t2 + sec(r.uniform(150, 520) if built[key] != ref else r.uniform(40, 90))
                building[key] = end
            t2 = L(
                p2,
                t2 + sec(0.2),
                "I",
                "build:591",
                "Watching build pod %s",
                f"Watching build pod {bname}",
            )
            L(
                p2,
                t2 + sec(r.uniform(4, 12)),
                "I",
                "build:642",
                "Watching logs of %s",
                f"Watching logs of {bname}",
            )
            if r.random() < 0.12:
                L(
                    p2,
                    t2 + sec(r.uniform(30, 100)),
                    "W",
                    "builder:170",
                    "Stream closed while handling %s",
                    f"Stream closed while handling {bpath}",
                )
                continue
            t2 = L(
                p2,
                end,
                "I",
                "build:671",
                "Finished streaming logs of %s",
                f"Finished streaming logs of {bname}",
            )
            built[key] = ref
        total, _ = count_running(t2)
        matching = len(running[key])
        if matching >= quota:
            L(
                p2,
                t2 + sec(0.3),
                "E",
                "quota:118",
                "%s has exceeded quota: %s/%s (%s total)",
                f"https://github.com/{user}/{repo} has exceeded quota: {matching}/{quota} ({total} total)",
            )
            access(
                p2, t2 + sec(60.5), 200, bpath, BUILD_LABEL, ip, (60.5 + r.uniform(0.5, 2)) * 1000
            )
            continue
        lvl = "W" if matching >= 0.5 * quota else "I"
        t2 = L(
            p2,
            t2 + sec(0.3),
            lvl,
            "builder:676",
            "Launching server for %s: %s other servers running this repo (%s total)",
            f"Launching server for https://github.com/{user}/{repo}: {matching} other servers running this repo ({total} total)",
        )
        start = t2
        ok = False
        attempts = 4 if in_any(t2, [hub_locked]) else 1
        delay = 4.0
        for i in range(attempts):
            uname = bh_username(r, user, repo)
            t2 = L(
                p2,
                t2 + sec(0.05),
                "I",
                "launcher:187",
                "Creating user %s for image %s",
                f"Creating user {uname} for image {image}",
            )
            t2 = L(
                p2,
                t2 + sec(0.1),
                "I",
                "launcher:230",
                "Starting server for user %s with image %s",
                f"Starting server for user {uname} with image {image}",
            )
            if attempts == 1 or (i == 2 and r.random() < 0.35):
                t2 += sec(r.uniform(3, 14) if matching else r.uniform(6, 25))
                ok = True
                break
            t2 = L(
                p2,
                t2 + sec(r.uniform(8, 30)),
                "E",
                "launcher:301",
                "Error starting server for user %s: HTTP %d: %s",
                f"Error starting server for user {uname}: HTTP 500: Internal Server Error",
                ['b\'{"status": 500, "message": "Internal Server Error"}\''],
            )
            if i + 1 == attempts:
                break
            t2 = L(
                p2,
                t2 + sec(0.01),
                "E",
                "builder:779",
                "Retrying launch of %s after error (duration=%.0fs, attempt=%s): HTTPError(%d, 'Failed to launch image %s')",
                f"Retrying launch of https://github.com/{user}/{repo} after error (duration={(t2 - start).total_seconds():.0f}s, attempt={i + 1}): HTTPError(500, 'Failed to launch image {image}')",
            )
            t2 += sec(delay)
            delay *= 2
        if ok:
            t2 = L(
                p2,
                t2,
                "I",
                "builder:797",
                "Launched %s in %.0fs",
                f"Launched https://github.com/{user}/{repo} in {(t2 - start).total_seconds():.0f}s",
            )
            running[key].append(t2 + sec(r.uniform(600, 3600)))
            ms = ((t2 - t).total_seconds() + 60 + r.uniform(0.1, 1)) * 1000
            access(p2, t2 + sec(60.2), 200, bpath, BUILD_LABEL, ip, ms)
        else:
            t2 = L(
                p2,
                t2 + sec(0.01),
                "W",
                "web:1873",
                "%d %s: Failed to launch image %s",
                f"500 GET {bpath} ({ip}): Failed to launch image {image}",
            )
            ms = ((t2 - t).total_seconds() + r.uniform(0.1, 1)) * 1000
            access(p2, t2 + sec(0.01), 200, bpath, BUILD_LABEL, ip, ms)
    # the home page, legacy links and scanners
    for t in arrivals(r, T0, T_END, lambda t: 9):
        access(r.choice(pods), t, 200, "/", "200 GET / (%s) %.2fms", ip_public(r), r.uniform(2, 9))
    for t in arrivals(r, T0, T_END, lambda t: 5):
        u, rp, uref, *_ = r.choice(BH_REPOS[:8])
        access(
            r.choice(pods),
            t,
            302,
            f"/repo/{u}/{rp}",
            "302 GET /repo/%s/%s -> %s (%s) %.2fms",
            ip_public(r),
            r.uniform(0.4, 1.5),
            f"/v2/gh/{u}/{rp}/{uref}",
        )
    for t in arrivals(r, T0, T_END, lambda t: 7):
        ip = r.choice(["45.148.10.92", "185.220.101.33", "193.41.206.160", "104.248.51.7"])
        path = r.choice(BH_SCANS)
        access(r.choice(pods), t, 404, path, f"404 GET {path} (%s) %.2fms", ip, r.uniform(0.5, 2))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- countly

# (name, period in seconds, concurrency, duration range in seconds)
CY_JOBS = [
    ("api:ttlCleanup", 60, 1, (0.02, 0.4)),
    ("hooks:schedule", 60, 1, (0.005, 0.08)),
    ("alerts:monitor", 300, 1, (0.1, 1.5)),
    ("api:task", 3600, 1, (0.5, 6.0)),
    ("reports:send", 3600, 1, (0.3, 4.0)),
]
# the daily ones: only replaced at start-up
CY_DAILY = [
    "api:ping",
    "api:clear",
    "api:clearTokens",
    "api:clearAutoTasks",
    "api:topEvents",
    "api:userMerge",
    "push:clear",
    "data-manager:validate",
    "star-rating:clear",
]
CY_SCHEDULES = {
    "api:ttlCleanup": "every 1 minute",
    "hooks:schedule": "every 1 minute",
    "alerts:monitor": "every 5 minutes",
    "api:task": "every 1 hour on the 1st min",
    "reports:send": "every 1 hour on the 0th min",
    "api:ping": "every 1 day",
    "api:clear": "every 1 day",
    "api:clearTokens": "every 1 day",
    "api:clearAutoTasks": "every 1 day",
    "api:topEvents": "at 00:01 am every 1 day",
    "api:userMerge": "every 1 day",
    "push:clear": "every 1 day",
    "data-manager:validate": "every 1 day",
    "star-rating:clear": "every 1 day",
}


def object_id(r: random.Random, t: datetime) -> str:
    return f"{int(t.timestamp()):08x}{hexid(r, 10)}{r.randrange(1 << 24):06x}"


def js_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def cy_next(name: str, t: datetime) -> datetime:
    """The next run of a job's schedule after t (later.js's)."""
    base = t.replace(second=0, microsecond=0)
    if CY_SCHEDULES[name] == "every 1 minute":
        return base + sec(60)
    if CY_SCHEDULES[name] == "every 5 minutes":
        return base + sec(300 - 60 * (base.minute % 5))
    if name == "api:task":
        return base.replace(minute=1) + sec(3600)
    if name == "reports:send":
        return base.replace(minute=0) + sec(3600)
    if name == "api:topEvents":
        return base.replace(hour=0, minute=1) + timedelta(days=1)
    return base.replace(hour=0, minute=0) + timedelta(days=1)


def countly(r: random.Random) -> list[Log]:
    """Countly's API container, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "countly-api.log"

    def C(t: datetime, lvl: str, mod: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z"
            return [f"{ts}: {lvl}\t[{mod}]\t{msg}"]

        return fs.add(f, t, label, text, "api", MS)

    def j(v: object) -> str:
        return json.dumps(v, separators=(",", ":"))

    down = (at(8, 59, 41), at(9, 1, 12))
    election = (at(7, 45, 0.6), at(7, 45, 13))
    slow = (at(10, 40), at(10, 56))
    ids = {name: object_id(r, T0 - sec(r.uniform(1, 59))) for name, *_ in CY_JOBS}
    due: dict[datetime, list[str]] = {}
    for name, period, *_ in CY_JOBS:
        if period == 60:
            starts = [T0 + sec(60 * i) for i in range(360)]
        elif period == 300:
            starts = [T0 + sec(300 * i) for i in range(72)]
        elif name == "api:task":
            starts = [at(h, 1) for h in range(6, 12)]
        else:
            starts = [at(h, 0) for h in range(6, 12)]
        for t in starts:
            due.setdefault(t, []).append(name)
    busy_until: dict[str, datetime] = {}
    conc = {n: c for n, _p, c, _d in CY_JOBS}
    durs = {n: d for n, _p, _c, d in CY_JOBS}
    stuck: set[str] = set()  # a job whose rescheduling failed runs no more until a restart
    restarted = False
    for t0 in sorted(due):
        names = [n for n in due[t0] if n not in stuck]
        t = t0 + sec(r.uniform(0.001, 0.012))
        if in_any(t, [down]):
            continue
        if t >= down[1] and not restarted:
            restarted = True
            stuck.clear()
            names = list(due[t0])
            t = C(
                down[1],
                "INFO",
                "jobs:manager",
                "Starting job manager in %s",
                "Starting job manager in 17",
            )
            types = sorted([n for n, *_ in CY_JOBS] + CY_DAILY)
            rt = t + sec(0.05)
            for name in [n for n, *_ in CY_JOBS] + CY_DAILY:
                q = {"status": 0, "name": name}
                rt = C(
                    rt + sec(r.uniform(0.002, 0.02)),
                    "INFO",
                    "jobs:job",
                    "Replacing jobs %s (%j)",
                    f"Replacing jobs {name} ({j(q)})",
                )
                rt = C(
                    rt + sec(r.uniform(0.002, 0.02)),
                    "INFO",
                    "jobs:job",
                    "Cancelled %d previous jobs %s (%j)",
                    f"Cancelled 1 previous jobs {name} ({j(q)})",
                )
                nid = object_id(r, rt)
                if name in ids:
                    ids[name] = nid
                doc = {
                    "name": name,
                    "created": js_ms(rt),
                    "status": 0,
                    "started": None,
                    "finished": None,
                    "duration": None,
                    "error": None,
                    "schedule": CY_SCHEDULES[name],
                    "next": js_ms(cy_next(name, rt)),
                    "_id": nid,
                }
                rt = C(
                    rt + sec(r.uniform(0.002, 0.02)),
                    "INFO",
                    "jobs:job",
                    "No job to replace, inserting %j",
                    f"No job to replace, inserting {j(doc)}",
                )
            t = C(
                rt + sec(0.3),
                "INFO",
                "jobs:manager",
                "Found %d job types: %j",
                f"Found {len(types)} job types: {j(types)}",
            )
            t = C(t + sec(0.02), "INFO", "jobs:manager", "Cancelling %d jobs", "Cancelling 1 jobs")
            t = C(t + sec(0.01), "INFO", "jobs:manager", "Syncing ... ", "Syncing ... ")
            t = C(
                t + sec(0.02),
                "INFO",
                "jobs:manager",
                "Syncing ... done with %d jobs",
                "Syncing ... done with 4 jobs",
            )
            # the job the killed process had marked running, cancelled above, is still in the
            # new process's first shift
            C(
                t0 + sec(0.004),
                "WARN",
                "jobs:manager",
                "Job %s seems to be in invalid state, skipping",
                f"Job {object_id(r, at(8, 59))} seems to be in invalid state, skipping",
            )
            t = t0 + sec(0.006)
        upcoming = len(names) + sum(
            1
            for n in ("alerts:monitor", "api:task", "reports:send")
            if n not in names and n not in stuck and r.random() < 0.5
        )
        t = C(t, "INFO", "jobs:manager", "Up next %d jobs", f"Up next {upcoming} jobs")
        t = C(
            t + sec(0.001),
            "INFO",
            "jobs:manager",
            "Starting %d jobs: %j",
            f"Starting {len(names)} jobs: {j(names)}",
        )
        for name in names:
            jid = ids[name]
            t = C(
                t + sec(0.001),
                "INFO",
                "jobs:manager",
                "Starting %s / %s / %j",
                f"Starting {name} / {jid} / {{}}",
            )
            if busy_until.get(name, T0) > t:
                t = C(
                    t + sec(0.001),
                    "INFO",
                    "jobs:manager",
                    "Hit concurrency limit on %j: %d is running out of limit %d, requested to run %d",
                    f"Hit concurrency limit on {j(jid)}: 1 is running out of limit {conc[name]}, requested to run 1",
                )
                t = C(
                    t + sec(0.001),
                    "INFO",
                    "jobs:manager",
                    "Cannot run %s / %s",
                    f"Cannot run {name} / {jid}",
                )
                continue
            lo, hi = durs[name]
            d = r.uniform(lo, hi)
            if in_any(t, [slow]):
                d = d * 40 + r.uniform(30, 140) if name == "api:ttlCleanup" else d * 20
            end = t + sec(d)
            if election[0] - sec(1) <= t < election[0]:
                # the primary steps down while the alert check writes; the quick jobs are done
                if name == "alerts:monitor":
                    end = election[0] + sec(r.uniform(1.5, 9))
                else:
                    end = min(end, election[0] - sec(0.1))
            busy_until[name] = end
            C(
                end,
                "INFO",
                "jobs:manager",
                "done running %s / %s: %j",
                f"done running {name} / {jid}: undefined",
            )
            if in_any(end, [election]):
                C(
                    end + sec(0.004),
                    "ERROR",
                    "jobs:manager",
                    "Error while scheduling job after success: %j",
                    "Error while scheduling job after success: "
                    + j(
                        {
                            "errorLabelSet": {},
                            "errorResponse": {
                                "topologyVersion": {
                                    "processId": "665e1f0c8a1d4c2b3e9f0a17",
                                    "counter": 6,
                                },
                                "ok": 0,
                                "errmsg": "not primary",
                                "code": 10107,
                                "codeName": "NotWritablePrimary",
                            },
                            "ok": 0,
                            "code": 10107,
                            "codeName": "NotWritablePrimary",
                        }
                    ),
                )
                stuck.add(name)
            ids[name] = object_id(r, end)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- openreplay

OR_HTTP = ["http-openreplay-6b7d9c8f4-2kq7x.log", "http-openreplay-6b7d9c8f4-9wz5n.log"]
OR_SINK = "sink-openreplay-5d8c7b9f6-jx4tq.log"
OR_ENDER = ["ender-openreplay-7c9d5b8f6-4xk2p.log", "ender-openreplay-5f8b7c6d9-q8n3w.log"]
OR_ROUTER = "/root/internal/http/router/router.go:131"
OR_WEB = "/root/internal/http/router/handlers-web.go"
OR_PG_DOWN = "failed to connect to `host=postgresql.db.svc.cluster.local user=postgres database=postgres`: dial error (dial tcp 10.96.41.17:5432: connect: connection refused)"
OR_PG_KILLED = "FATAL: terminating connection due to administrator command (SQLSTATE 57P01)"


def or_session_id(r: random.Random, t: datetime) -> int:
    """A flake id: milliseconds since OpenReplay's epoch, then a worker id and a sequence."""
    return ((js_ms(t) - 1_577_836_800_000) << 22) | (r.randrange(64) << 12) | r.randrange(4096)


def go_time(t: datetime) -> str:
    """time.Time.String() of a UTC instant from time.UnixMilli (trailing zeros dropped)."""
    frac = f"{t.microsecond // 1000:03d}".rstrip("0")
    return f"{t:%Y-%m-%d %H:%M:%S}" + (f".{frac}" if frac else "") + " +0000 UTC"


def openreplay(r: random.Random) -> list[Log]:
    """OpenReplay's ingest pods, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def G(f: str, proc: str, t: datetime, where: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y/%m/%d %H:%M:%S} {where}: {msg}"]

        return fs.add(f, t, label, text, proc, SEC)

    kafka_down = (at(7, 31, 12), at(7, 33, 40))
    pg_down = (at(9, 45, 20), at(9, 47, 5))
    ender_roll = at(11, 0, 31)

    def rate(t: datetime) -> float:
        h = t.hour + t.minute / 60
        return 5 + 14 * min(1.0, max(0.0, (h - 7.5) / 1.5))

    # sessions: (start, id, [batch instants], last message)
    sessions: list[tuple[datetime, int, list[datetime]]] = []
    for t in arrivals(r, T0, at(11, 50), rate):
        sid = or_session_id(r, t)
        pod = r.choice(OR_HTTP)
        G(pod, pod, t, OR_ROUTER, "Request: %v  -  %v  ", "Request: POST  -  /v1/web/start  ")
        if in_any(t, [pg_down]):
            G(
                pod,
                pod,
                t + sec(0.3),
                f"{OR_WEB}:115",
                "can't get project by key: %s",
                f"can't get project by key: {OR_PG_DOWN}",
            )
            continue
        if r.random() < 0.6:
            p2 = r.choice(OR_HTTP)
            G(
                p2,
                p2,
                t + sec(r.uniform(0.2, 1.5)),
                OR_ROUTER,
                "Request: %v  -  %v  ",
                "Request: POST  -  /v1/web/feature-flags  ",
            )
        n = max(1, int(r.expovariate(1 / 9)))
        batches, tb = [], t
        for _ in range(n):
            tb += sec(r.uniform(8, 40))
            if tb >= T_END:
                break
            batches.append(tb)
            p2 = r.choice(OR_HTTP)
            G(p2, p2, tb, OR_ROUTER, "Request: %v  -  %v  ", "Request: POST  -  /v1/web/i  ")
            if in_any(tb, [kafka_down]) and r.random() < 0.6:
                G(
                    p2,
                    p2,
                    tb + sec(0.01),
                    f"{OR_WEB}:253",
                    "can't send processed messages to queue: %s",
                    "can't send processed messages to queue: Local: Queue full",
                )
        sessions.append((t, sid, batches))
    for t in arrivals(r, T0, T_END, lambda t: 4):
        pod = r.choice(OR_HTTP)
        G(pod, pod, t, OR_ROUTER, "Request: %v  -  %v  ", "Request: POST  -  /v1/web/not-started  ")
        if in_any(t, [pg_down]):
            G(
                pod,
                pod,
                t + sec(0.2),
                f"{OR_WEB}:325",
                "Unable to insert Unstarted Session: %v\\n",
                f"Unable to insert Unstarted Session: {OR_PG_DOWN}",
            )
    # batches the producer cannot queue while Redpanda restarts, a page whose DOM is too big
    for t in sorted(kafka_down[0] + sec(r.uniform(2, 140)) for _ in range(9)):
        pod = r.choice(OR_HTTP)
        G(pod, pod, t, OR_ROUTER, "Request: %v  -  %v  ", "Request: POST  -  /v1/web/i  ")
        G(
            pod,
            pod,
            t + sec(0.01),
            f"{OR_WEB}:253",
            "can't send processed messages to queue: %s",
            "can't send processed messages to queue: Local: Queue full",
        )
    for t in [at(8, 12, 41), at(8, 13, 9), at(10, 27, 55), at(10, 28, 31), at(10, 29, 2)]:
        pod = r.choice(OR_HTTP)
        G(pod, pod, t, OR_ROUTER, "Request: %v  -  %v  ", "Request: POST  -  /v1/web/i  ")
        G(
            pod,
            pod,
            t + sec(0.01),
            f"{OR_WEB}:243",
            "error while reading request body: %s",
            "error while reading request body: http: request body too large",
        )
    for t in [at(9, 45, 41), at(9, 46, 18), at(9, 46, 51)]:
        pod = r.choice(OR_HTTP)
        G(pod, pod, t, OR_ROUTER, "Request: %v  -  %v  ", "Request: POST  -  /v1/web/start  ")
        G(
            pod,
            pod,
            t + sec(0.3),
            f"{OR_WEB}:115",
            "can't get project by key: %s",
            f"can't get project by key: {OR_PG_DOWN}",
        )
    for t in [at(9, 45, 33), at(9, 46, 29)]:
        pod = r.choice(OR_HTTP)
        G(pod, pod, t, OR_ROUTER, "Request: %v  -  %v  ", "Request: POST  -  /v1/web/not-started  ")
        G(
            pod,
            pod,
            t + sec(0.2),
            f"{OR_WEB}:325",
            "Unable to insert Unstarted Session: %v\\n",
            f"Unable to insert Unstarted Session: {OR_PG_DOWN}",
        )
    # a few starts that reach the database while it fails over
    for t in [at(9, 45, 24), at(9, 46, 2), at(9, 46, 40)]:
        pod = r.choice(OR_HTTP)
        G(pod, pod, t, OR_ROUTER, "Request: %v  -  %v  ", "Request: POST  -  /v1/web/start  ")
        G(
            pod,
            pod,
            t + sec(0.4),
            f"{OR_WEB}:185",
            "can't insert session start: %s",
            f"can't insert session start: {OR_PG_KILLED}",
        )

    # the sink: a counter line every 30 s; Fatalf when Redpanda goes away
    sink_proc = ["sink-1"]
    msgs = sorted((tb, sid) for _t, sid, bs in sessions for tb in bs)
    last_ts, last_sid = at(5, 59, 41.217), or_session_id(r, at(5, 52))
    t, i, started = T0 + sec(r.uniform(1, 29)), 0, T0 - sec(3600 * 7)
    crashed = False
    while t < T_END:
        if not crashed and t >= kafka_down[0]:
            crashed = True
            G(
                OR_SINK,
                sink_proc[0],
                kafka_down[0] + sec(4.2),
                "/root/cmd/sink/main.go:156",
                "Error on consumption: %v",
                "Error on consumption: Local: Broker transport failure",
            )
            sink_proc[0] = "sink-2"
            t = kafka_down[1] + sec(3.6)
            G(
                OR_SINK,
                sink_proc[0],
                t,
                "/root/cmd/sink/main.go:126",
                "Sink service started\\n",
                "Sink service started",
            )
            started = t
            t += sec(30)
            continue
        count = 0
        while i < len(msgs) and msgs[i][0] <= t:
            count += r.randint(12, 180)
            last_ts = msgs[i][0] - sec(r.uniform(0.05, 1.5))
            last_sid = msgs[i][1]
            i += 1
        dur = 30 if (t - started).total_seconds() > 30 else int((t - started).total_seconds())
        G(
            OR_SINK,
            sink_proc[0],
            t,
            "/root/internal/storage/counter.go:37",
            "count: %d, dur: %ds, msgTS: %s, sessID: %d, part: %d",
            f"count: {count}, dur: {dur}s, msgTS: {go_time(last_ts.replace(microsecond=last_ts.microsecond // 1000 * 1000))}, sessID: {last_sid}, part: {last_sid % 16}",
        )
        if r.random() < 0.004:
            G(
                OR_SINK,
                sink_proc[0],
                t + sec(0.2),
                "/root/cmd/sink/main.go:150",
                "can't commit messages: %s",
                "can't commit messages: Broker: Request timed out",
            )
        t += sec(30 + r.uniform(-0.05, 0.05))

    # the ender: `Removed ...` every 30 s, queue statistics every five minutes
    ended_at = {}
    for st, sid, bs in sessions:
        last = bs[-1] if bs else st
        ended_at[sid] = (st, last + sec(r.uniform(900, 960)), len(bs))
    # two sessions whose 15 quiet minutes run out while the database fails over
    late = [sid for sid, (st, _e, _n) in ended_at.items() if at(9, 5) < st < at(9, 28)][:2]
    for k, sid in enumerate(late):
        ended_at[sid] = (ended_at[sid][0], pg_down[0] + sec(25 + 40 * k), ended_at[sid][2])
    t = T0 + sec(r.uniform(1, 29))
    next_stats = T0 + sec(r.uniform(60, 300))
    ef, proc = OR_ENDER[0], "ender-1"
    while t < T_END:
        if ef == OR_ENDER[0] and t >= ender_roll:
            G(
                ef,
                proc,
                ender_roll,
                "/root/cmd/ender/main.go:79",
                "Caught signal %v: terminating\\n",
                "Caught signal terminated: terminating",
            )
            ef, proc = OR_ENDER[1], "ender-2"
            t = ender_roll + sec(14.3)
            G(
                ef,
                proc,
                t,
                "/root/cmd/ender/main.go:73",
                "Ender service started\\n",
                "Ender service started",
            )
            t += sec(30)
            continue
        active = [sid for sid, (st, end, _n) in ended_at.items() if st <= t and end > t - sec(30)]
        done = [sid for sid, (st, end, _n) in ended_at.items() if t - sec(30) < end <= t]
        removed = 0
        broker = 0
        for sid in done:
            if in_any(t, [pg_down]):
                G(
                    ef,
                    proc,
                    t,
                    "/root/cmd/ender/main.go:97",
                    "getSessionDuration failed, sessID: %d, err: %s",
                    f"getSessionDuration failed, sessID: {sid}, err: {OR_PG_DOWN}",
                )
                G(
                    ef,
                    proc,
                    t,
                    "/root/cmd/ender/main.go:101",
                    "can't save sessionEnd to database, sessID: %d, err: %s",
                    f"can't save sessionEnd to database, sessID: {sid}, err: {OR_PG_DOWN}",
                )
                G(
                    ef,
                    proc,
                    t,
                    "/root/internal/sessionender/ender.go:121",
                    "sessID: %d, userTime: %d",
                    f"sessID: {sid}, userTime: {js_ms(ended_at[sid][1] - sec(900))}",
                )
                ended_at[sid] = (ended_at[sid][0], t + sec(30.5), ended_at[sid][2])
                continue
            if r.random() < 0.05:
                d = r.randint(40_000, 900_000)
                G(
                    ef,
                    proc,
                    t,
                    "/root/cmd/ender/main.go:105",
                    "sessionEnd duplicate, sessID: %d, prevDur: %d, newDur: %d",
                    f"sessionEnd duplicate, sessID: {sid}, prevDur: {d}, newDur: {d}",
                )
            removed += 1
            broker += 1 if r.random() < 0.85 else 0
        server = removed - broker
        bt = f"map[1:{broker}]" if broker else "map[]"
        stt = f"map[1:{server}]" if server else "map[]"
        G(
            ef,
            proc,
            t,
            "/root/internal/sessionender/ender.go:124",
            "Removed %d of %d sessions; brokerTime: %d, serverTime: %d",
            f"Removed {removed} of {len(active)} sessions; brokerTime: {bt}, serverTime: {stt}",
        )
        if t >= next_stats:
            parts = sorted({sid % 16 for sid in active})
            if parts:
                s2 = "Queue Statistics: "
                for p in r.sample(parts, len(parts)):
                    base = js_ms(t) - r.randint(200, 30000)
                    s2 = f"{s2} | {p}:: lastTS {base}, lastID {r.randint(4, 900)}, count {r.randint(3, 400)}, maxTS {base}, minTS {base - r.randint(5000, 290000)}"
                G(
                    ef,
                    proc,
                    t + sec(0.4),
                    "/root/pkg/log/queue.go:58",
                    "Queue Statistics: %v | %v:: lastTS %v, lastID %v, count %v, maxTS %v, minTS %v",
                    s2,
                )
            next_stats = t + sec(300)
        if in_any(t, [kafka_down]):
            G(
                ef,
                proc,
                t + sec(0.2),
                "/root/cmd/ender/main.go:120",
                "can't commit messages with offset: %s",
                "can't commit messages with offset: Local: Broker transport failure",
            )
        t += sec(30 + r.uniform(-0.05, 0.05))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- uptrace

UT_BANNER = [
    "read the docs at            https://uptrace.dev/get/",
    "changelog                   https://github.com/uptrace/uptrace/blob/master/CHANGELOG.md",
    "Telegram chat               https://t.me/uptrace",
    "Slack chat                  https://join.slack.com/t/uptracedev/shared_invite/zt-1xr19nhom-cEE3QKSVt172JdQLXgXGvw",
]
UT_SRC = "/workspace/uptrace/pkg"
UT_CH = "172.20.0.3:9000"
UT_TOO_MANY = "DB::Exception: Too many parts ({n} with average size of {size}) in table '{table} (ef0b2c19-58d4-4f7e-9c0a-6e1d3b7a52c4)'. Merges are processing significantly slower than inserts"
UT_GROUPS = [
    "/api/v1/tracing/1/groups",
    "/api/v1/tracing/1/spans",
    "/api/v1/tracing/1/percentiles",
    "/api/v1/metrics/1/timeseries",
]


def ut_stack(frames: list[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for fn, where in frames:
        out += [fn, f"\t{where}"]
    return out


UT_STACK_INSERT = ut_stack(
    [
        (
            "github.com/uptrace/opentelemetry-go-extra/otelzap.LoggerWithCtx.Error",
            "/go/pkg/mod/github.com/uptrace/opentelemetry-go-extra/otelzap@v0.2.4/otelzap.go:597",
        ),
        (
            "github.com/uptrace/uptrace/pkg/tracing.(*spanProcessorThread)._processSpans",
            f"{UT_SRC}/tracing/span_processor.go:{{line}}",
        ),
        (
            "github.com/uptrace/uptrace/pkg/tracing.(*SpanProcessor).processSpans.func1",
            f"{UT_SRC}/tracing/span_processor.go:151",
        ),
    ]
)
UT_STACK_FULL = ut_stack(
    [
        (
            "github.com/uptrace/opentelemetry-go-extra/otelzap.(*Logger).Error",
            "/go/pkg/mod/github.com/uptrace/opentelemetry-go-extra/otelzap@v0.2.4/otelzap.go:142",
        ),
        (
            "github.com/uptrace/uptrace/pkg/tracing.(*SpanProcessor).AddSpan",
            f"{UT_SRC}/tracing/span_processor.go:87",
        ),
        (
            "github.com/uptrace/uptrace/pkg/tracing.(*TraceServiceServer).process",
            f"{UT_SRC}/tracing/otlp_trace.go:172",
        ),
        (
            "github.com/uptrace/uptrace/pkg/tracing.(*TraceServiceServer).Export",
            f"{UT_SRC}/tracing/otlp_trace.go:79",
        ),
        (
            "go.opentelemetry.io/proto/otlp/collector/trace/v1._TraceService_Export_Handler.func1",
            "/go/pkg/mod/go.opentelemetry.io/proto/otlp@v1.1.0/collector/trace/v1/trace_service_grpc.pb.go:110",
        ),
        (
            "google.golang.org/grpc.(*Server).processUnaryRPC",
            "/go/pkg/mod/google.golang.org/grpc@v1.62.1/server.go:1386",
        ),
        (
            "google.golang.org/grpc.(*Server).handleStream",
            "/go/pkg/mod/google.golang.org/grpc@v1.62.1/server.go:1797",
        ),
    ]
)


def go_dur_ms(ms: float) -> str:
    """time.Duration.String() of a duration rounded to the microsecond."""
    us = round(ms * 1000)
    if us < 1000:
        return f"{us}\u00b5s"
    if us < 1_000_000:
        return f"{us / 1000:.3f}".rstrip("0").rstrip(".") + "ms"
    return f"{us / 1_000_000:.6f}".rstrip("0").rstrip(".") + "s"


def uptrace(r: random.Random) -> list[Log]:
    """The Uptrace container, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "uptrace.log"
    proc = ["uptrace-1"]

    def Z(
        t: datetime,
        lvl: str,
        caller: str,
        msg: str,
        fields: list[tuple[str, object]],
        stack: list[str] | None = None,
    ) -> datetime:
        fj = (
            "{" + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in fields) + "}"
            if fields
            else ""
        )

        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z"
            head = f"{ts}\t{lvl}\t{caller}\t{msg}" + (f"\t{fj}" if fj else "")
            return [head, *(stack or [])]

        return fs.add(f, t, msg, text, proc[0], MS)

    def REQ(
        t: datetime, status: int, dur_ms: float, method: str, url: str, label: str, err: str = ""
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d = go_dur_ms(dur_ms)
            line = " ".join(
                [
                    "[bunrouter]",
                    f" {x:%H:%M:%S}.{x.microsecond // 1000:03d} ",
                    f" {status} ",
                    f" {d:>10} ",
                    f" {method:<7} ",
                    url,
                ]
            )
            if err:
                line += " \t " + f" {err} "
            return [line]

        return fs.add(f, t, label, text, proc[0], MS)

    def BARE(t: datetime, label: str, line: str) -> datetime:
        return fs.add(f, t, label, lambda x: [line], proc[0], MS)

    dsn_missing = (at(6, 25, 12), at(9, 40, 31))
    too_many = (at(8, 10, 4), at(8, 24, 10))
    ch_down = (at(8, 24, 10), at(8, 26, 2))
    restart = at(10, 30, 15)
    # a billing worker's OTLP/HTTP exporter without its DSN: every batch refused
    dsn_err = "*httperror.Error: uptrace-dsn header is empty or missing"
    for path, period in (("/v1/traces", 10), ("/v1/metrics", 60)):
        for t in every(r, dsn_missing[0] + sec(period / 3), dsn_missing[1], period, 1.5):
            if restart <= t < restart + sec(9):
                continue
            REQ(
                t,
                400,
                r.uniform(0.2, 2.5),
                "POST",
                path,
                f"[bunrouter] %s 400 %s POST {path} %s: uptrace-dsn header is empty or missing",
                dsn_err,
            )
    # ClickHouse refusing inserts: every batch of the span processor fails twice
    n = 300
    for t in every(r, too_many[0], too_many[1], 16, 6):
        n += r.randint(0, 2)
        for table, line in (("spans_data", 199), ("spans_index", 207)):
            err = UT_TOO_MANY.format(
                n=n, size=f"{r.uniform(0.8, 1.6):.2f} MiB", table=f"uptrace.{table}"
            )
            t = Z(
                t + sec(r.uniform(0.01, 0.4)),
                "error",
                f"tracing/span_processor.go:{line}",
                "ch.Insert failed",
                [("error", err), ("table", table)],
                [x.replace("{line}", str(line)) for x in UT_STACK_INSERT],
            )
    groups = "/api/v1/tracing/1/groups?time_gte={a}&time_lt={b}&system=all&query=group+by+_group_id+%7C+_count"

    def groups_url(t: datetime) -> str:
        a = t.replace(second=0, microsecond=0) - timedelta(hours=1)
        fmt = "%Y-%m-%dT%H:%M:%S.000Z"
        return groups.format(a=f"{a:{fmt}}", b=f"{t.replace(second=0, microsecond=0):{fmt}}")

    for t in every(r, too_many[0] + sec(30), too_many[1], 40, 25):
        REQ(
            t,
            500,
            r.uniform(40, 900),
            "GET",
            groups_url(t),
            "[bunrouter] %s 500 %s GET /api/v1/tracing/%s/groups%s %s: DB::Exception: Too many parts (%d with average size of %s) in table '%s'. Merges are processing significantly slower than inserts",
            "*ch.Error: " + UT_TOO_MANY.format(n=n, size="1.12 MiB", table="uptrace.spans_index"),
        )
    # ClickHouse restarted: connections refused, then the span queue overflows for 4 s
    for t in every(r, ch_down[0], ch_down[1], 8, 3):
        for table, line in (("spans_data", 199), ("spans_index", 207)):
            t = Z(
                t + sec(r.uniform(0.01, 0.2)),
                "error",
                f"tracing/span_processor.go:{line}",
                "ch.Insert failed",
                [("error", f"dial tcp {UT_CH}: connect: connection refused"), ("table", table)],
                [x.replace("{line}", str(line)) for x in UT_STACK_INSERT],
            )
    for t in every(r, ch_down[0] + sec(12), ch_down[1], 20, 10):
        REQ(
            t,
            500,
            r.uniform(0.5, 3),
            "GET",
            groups_url(t),
            "[bunrouter] %s 500 %s GET /api/v1/tracing/%s/groups%s %s: dial tcp %s: connect: connection refused",
            f"*net.OpError: dial tcp {UT_CH}: connect: connection refused",
        )
    for k in range(4):
        s0 = at(8, 25, 31 + k)
        for i in range(100 + r.randint(1, 9)):
            Z(
                s0 + sec(i * 0.0093 + r.uniform(0, 0.003)),
                "error",
                "tracing/span_processor.go:87",
                "span buffer is full (consider increasing spans.buffer_size)",
                [("len", 100000)],
                UT_STACK_FULL,
            )
    # the UI: bookmarks of a dashboard removed last week
    for t in arrivals(r, T0, T_END, lambda t: 6):
        if restart <= t < restart + sec(9):
            continue
        REQ(
            t,
            404,
            r.uniform(0.5, 4),
            "GET",
            f"/internal/v1/metrics/1/dashboards/{r.choice([7, 12, 19])}",
            "[bunrouter] %s 404 %s GET /internal/v1/metrics/%s/dashboards/%s %s: sql: no rows in result set",
            "*errors.errorString: sql: no rows in result set",
        )
    # upgraded to v1.7.6 with a larger buffer (the journald log driver keeps both containers)
    t = restart + sec(0.8)
    for line in UT_BANNER:
        t = BARE(t + sec(0.0002), line, line)
    t = BARE(
        t + sec(0.0002),
        "Open UI (site.addr)         %s",
        "Open UI (site.addr)         http://uptrace.corp.example:14318/",
    )
    t = Z(
        t + sec(0.0003),
        "info",
        "uptrace/main.go:185",
        "starting Uptrace...",
        [("version", "v1.7.6"), ("config", "/etc/uptrace/uptrace.yml")],
    )
    t = Z(
        t + sec(0.412),
        "info",
        "uptrace/main.go:322",
        "migrated ClickHouse database",
        [("migrations", "group #9 (20240520104518_client_attr)")],
    )
    Z(
        t + sec(0.286),
        "info",
        "tracing/span_processor.go:49",
        "starting processing spans...",
        [("threads", 4), ("batch_size", 10000), ("buffer_size", 200000)],
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- fastd

FD_STREETS = [
    "kirchweg",
    "lindenhof",
    "am-markt",
    "feuerwehr-nord",
    "jugendzentrum",
    "bahnhofstr",
    "cafe-mondial",
    "stadtbuecherei",
    "sportplatz-west",
    "hafenkante",
    "schulstr",
    "kita-sonnenschein",
    "rathaus",
    "weinberg",
    "muehlenweg",
    "gemeindehaus",
    "hauptstr",
    "zum-anker",
    "bauernhof-ost",
    "kolpinghaus",
]
FD_UNIT = "fastd@mesh_vpn.service - Fast and Secure Tunnelling Daemon (connection mesh_vpn)"
FD_METHOD = "salsa2012+umac"


def fd_node_name(r: random.Random, i: int) -> str:
    if r.random() < 0.45:
        return f"ffms-{hexid(r, 12)}"
    return f"ffms-{FD_STREETS[i % len(FD_STREETS)]}-{r.randint(1, 99)}"


def fd_addr(r: random.Random) -> str:
    if r.random() < 0.35:
        return f"[2003:{hexid(r, 2)}:{hexid(r, 4).lstrip('0') or '0'}:{hexid(r, 4).lstrip('0') or '0'}:{hexid(r, 4).lstrip('0') or '0'}:{hexid(r, 2)}ff:fe{hexid(r, 2)}:{hexid(r, 4).lstrip('0') or '0'}]:{r.randint(1024, 65535)}"
    return f"{ip_public(r)}:{r.randint(1024, 65535)}"


def fastd(r: random.Random) -> list[Log]:
    """fastd on two Freifunk gateways, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    gws = {"gw01": "gw01-journal.log", "gw02": "gw02-journal.log"}
    pid = {"gw01": 812, "gw02": 797}
    restart01 = at(8, 5, 7)
    gw_addr = {"gw01": "[2a01:4f8:c17:5b2e::1]:10000", "gw02": "[2a01:4f8:c2c:91a4::1]:10000"}

    def J(gw: str, t: datetime, label: str, msg: str, ident: str = "fastd") -> datetime:
        if t >= T_END:  # the journal is read at noon
            return t
        p = 1 if ident != "fastd" else pid[gw] if gw == "gw02" or t < restart01 + sec(2) else 18634
        head = f"{ident}[{p}]"

        def text(x: datetime) -> list[str]:
            return [f"{x:%b %d %H:%M:%S} {gw} {head}: {msg}"]

        return fs.add(gws[gw], t, label, text, (gw, ident, p), SEC)

    uplink02 = (at(10, 20, 14), at(10, 31, 40))
    nodes: dict[str, list[tuple[str, str]]] = {"gw01": [], "gw02": []}
    for gw in ("gw01", "gw02"):
        for i in range(47 if gw == "gw01" else 44):
            nodes[gw].append((fd_node_name(r, i + (0 if gw == "gw01" else 7)), fd_addr(r)))

    def handshake(gw: str, t: datetime, name: str, addr: str, first: bool) -> datetime:
        t = J(
            gw,
            t,
            "received handshake from %P[%I] using fastd %s",
            f"received handshake from <{name}>[{addr}] using fastd v22",
        )
        t = J(
            gw,
            t + sec(0.3),
            "new session with %P established using method `%s'.",
            f"new session with <{name}> established using method `{FD_METHOD}'.",
        )
        if first:
            t = J(
                gw,
                t + sec(0.01),
                "connection with %P established.",
                f"connection with <{name}> established.",
            )
        return t

    moved: list[tuple[str, str, datetime]] = []  # gw02's nodes that came to gw01
    for gw in ("gw01", "gw02"):
        for name, addr in nodes[gw]:
            # sessions and drops: a node is online in spans; each span starts with a handshake
            t = T0 + sec(r.uniform(0, 3600))
            online = True
            while t < T_END:
                if gw == "gw01" and restart01 - sec(3) <= t < restart01 + sec(40):
                    t = restart01 + sec(40)
                    continue
                if gw == "gw02" and uplink02[0] <= t < uplink02[1] + sec(90):
                    t = uplink02[1] + sec(r.uniform(60, 600))
                    online = True
                    continue
                if online:
                    handshake(gw, t, name, addr, first=False)
                    if r.random() < 0.09:
                        # the node loses power or its DSL line
                        drop = t + sec(r.uniform(300, 3000))
                        if gw == "gw02" and uplink02[0] <= drop < uplink02[1] + sec(90):
                            t += sec(3600)
                            continue
                        J(
                            gw,
                            drop + sec(r.uniform(88, 95)),
                            "connection with %P disestablished.",
                            f"connection with <{name}> disestablished.",
                        )
                        online = False
                        t = drop + sec(r.uniform(120, 2400))
                        continue
                    t += sec(3600 + r.uniform(-20, 20))
                else:
                    if r.random() < 0.3:
                        addr = fd_addr(r)  # a new address from the provider after reconnecting
                    handshake(gw, t, name, addr, first=True)
                    online = True
                    t += sec(3600 + r.uniform(-20, 20))
    # the backbone between the gateways: gw01 refreshes it each hour, and retries every 20 s
    # from the moment the link times out until gw02's uplink is back
    lost = uplink02[0] + sec(91)

    def backbone(t: datetime, established: bool, both: bool = True) -> datetime:
        t = J(
            "gw01",
            t,
            "resolving host `%s' for peer %P...",
            "resolving host `gw02.ffms.example' for peer <gw02>...",
        )
        t = J(
            "gw01",
            t + sec(0.05),
            "sending handshake to %P[%I]...",
            f"sending handshake to <gw02>[{gw_addr['gw02']}]...",
        )
        if lost <= t < uplink02[1]:
            return t
        J(
            "gw02",
            t + sec(0.02),
            "received handshake from %P[%I] using fastd %s",
            f"received handshake from <gw01>[{gw_addr['gw01']}] using fastd v22",
        )
        t = J(
            "gw01",
            t + sec(0.04),
            "received handshake response from %P[%I] using fastd %s",
            f"received handshake response from <gw02>[{gw_addr['gw02']}] using fastd v22",
        )
        t = J(
            "gw01",
            t + sec(0.01),
            "new session with %P established using method `%s'.",
            f"new session with <gw02> established using method `{FD_METHOD}'.",
        )
        if established:
            t = J(
                "gw01",
                t + sec(0.01),
                "connection with %P established.",
                "connection with <gw02> established.",
            )
        J(
            "gw02",
            t + sec(0.02),
            "new session with %P established using method `%s'.",
            f"new session with <gw01> established using method `{FD_METHOD}'.",
        )
        if established and both:
            J(
                "gw02",
                t + sec(0.03),
                "connection with %P established.",
                "connection with <gw01> established.",
            )
        return t

    t = T0 + sec(r.uniform(60, 900))
    backbone(restart01 + sec(r.uniform(5, 9)), True, both=False)
    while t < lost:
        if not restart01 - sec(900) <= t < restart01 + sec(900):
            backbone(t, False)
        t += sec(3600 + r.uniform(-30, 30))
    J("gw01", lost, "connection with %P disestablished.", "connection with <gw02> disestablished.")
    for tb in every(r, lost + sec(1), uplink02[1], 20, 1):
        backbone(tb, False)
    t = backbone(uplink02[1] + sec(r.uniform(1, 15)), True)
    J(
        "gw02",
        uplink02[0] + sec(92),
        "connection with %P disestablished.",
        "connection with <gw01> disestablished.",
    )
    t += sec(3600 + r.uniform(-30, 30))
    while t < T_END:
        backbone(t, False)
        t += sec(3600 + r.uniform(-30, 30))
    # gw01's restart at 08:05 loads a new node's key: every node reconnects
    newcomer = ("ffms-hofladen-suedfeld", "91.64.123.201:38125")
    t = J("gw01", restart01, "Stopping %s...", f"Stopping {FD_UNIT}...", "systemd")
    J("gw01", restart01 + sec(0.01), "terminating fastd", "terminating fastd")
    t = J(
        "gw01",
        restart01 + sec(0.4),
        "%s: Deactivated successfully.",
        "fastd@mesh_vpn.service: Deactivated successfully.",
        "systemd",
    )
    t = J("gw01", t + sec(0.01), "Stopped %s.", f"Stopped {FD_UNIT}.", "systemd")
    t = J("gw01", t + sec(0.01), "Started %s.", f"Started {FD_UNIT}.", "systemd")
    t = J("gw01", t + sec(0.05), "fastd v22 starting", "fastd v22 starting")
    for name, addr in [*nodes["gw01"], newcomer]:
        handshake("gw01", t + sec(r.uniform(2, 38)), name, addr, first=True)
    # the unregistered node knocking until then
    for tk in every(r, T0 + sec(7), restart01 - sec(5), 30, 3):
        J(
            "gw01",
            tk,
            "ignoring handshake from %I (unknown key %H)",
            f"ignoring handshake from {newcomer[1]} (unknown key 4d1e6f0c2b9a87e35f64c1d0a92b7e38c5d41f60a7b28e93d0c64f15b2a8e71d)",
        )
    # a second unregistered node on gw02 for an hour
    for tk in every(r, at(9, 2, 40), at(9, 48, 2), 30, 3):
        J(
            "gw02",
            tk,
            "ignoring handshake from %I (unknown key %H)",
            "ignoring handshake from [2003:c2:7f1b:4e00:c24a:ff:fe3b:81d2]:46020 (unknown key b83f0e5d27c91a46f08d3b2e5a17c64d9e02b8f1a3c75d60e94b2a1f7c8d3e05)",
        )
    # gw02's uplink: its nodes time out there and come to gw01
    for name, addr in nodes["gw02"]:
        J(
            "gw02",
            uplink02[0] + sec(r.uniform(88, 100)),
            "connection with %P disestablished.",
            f"connection with <{name}> disestablished.",
        )
        if r.random() < 0.85:
            tm = uplink02[0] + sec(r.uniform(40, 200))
            handshake("gw01", tm, name, addr, first=True)
            moved.append((name, addr, tm))
    for name, _addr, _tm in moved:
        # back to their usual gateway at their next reconnect: gw01 sees them time out
        if r.random() < 0.5:
            J(
                "gw01",
                uplink02[1] + sec(r.uniform(400, 3000)),
                "connection with %P disestablished.",
                f"connection with <{name}> disestablished.",
            )
    for name, _addr, _tm in r.sample(moved, 3):
        J(
            "gw01",
            uplink02[0] + sec(r.uniform(300, 500)),
            "active session with %P timed out",
            f"active session with <{name}> timed out",
        )
    return fs.logs(T0)


SYSTEMS = {
    "binderhub": binderhub,
    "countly": countly,
    "openreplay": openreplay,
    "uptrace": uptrace,
    "fastd": fastd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
