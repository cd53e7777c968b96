#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 117 (verdaccio, jfrog-xray, forgejo-runner, zot,
bazel-remote) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, through round 97's Files). Build and artifact infrastructure, 06:00 to 12:00
on 2024-06-04:

- Verdaccio 5.31 (pino, `log: {type: stdout, format: json, level: http}`), two pods behind a
  service (`verdaccio-0.log`, `verdaccio-1.log`): Verdaccio passes its own `@{...}` templates to
  pino as the message and the values as fields, so the JSON's `msg` is the unfilled template
  (`"msg":"@{status}, user: @{user}(@{remoteIP}), req: '@{request.method} @{request.url}',
  bytes: @{bytes.in}/@{bytes.out}"`, level 35 = http); start-up, CI installs (metadata through
  the npmjs uplink, `(streaming)` then `bytes:`, tarballs from storage, 304s), publishes, failed
  logins, the uplink timing out 09:00-09:12 (`error: @{!error}`, `host @{host} is now offline`,
  `... back online`), an unexpected error with its stack inside the message, verdaccio-1
  restarted at 10:30.
- JFrog Xray 3.95 service logs (`xray-server-service.log`, `xray-indexer-service.log`,
  `xray-persist-service.log`, `xray-analysis-service.log`; the JFrog platform layout `date
  [jfxr ] [INFO ] [trace id] [caller:line] [goroutine] msg`, caller and goroutine padded):
  start-up while the router is not up yet (`Cluster join: Retry %d: Service registry ping
  failed, will retry. Error: ...`), artifact events indexed, analysed and persisted, watches
  generating violations, the daily DB sync, RabbitMQ restarted 08:40-08:44 (publish failures,
  reconnects), a deadlock in persist, archives that cannot be indexed.
- Forgejo Runner 3.5 (act_runner's fork; logrus text on stderr, `time="..." level=info
  msg="..."`), three runners (`runner-1.log` ... `runner-3.log`): the daemon's start-up and
  declaration, tasks (`task %v repo is %v %v %v`, act's network and container clean-up),
  Forgejo down 08:20-08:24 (`failed to fetch task` every poll with the error as a field,
  `failed to report task` / `failed to update log`), a task that cannot start (image pull
  denied), runner-2 shut down gracefully and started again.
- zot 2.0 (zerolog JSON, `zot.log`): start-up (`configuration settings` and its `params`
  object, extensions, `starting to listen on address`), 1,800-odd `HTTP API` session lines with
  the request in fields, on-demand sync from docker.io (failing while its DNS times out
  08:30-08:38), GC and dedupe tasks, CVE DB updates (one failing), failed authentications, a
  restart at 10:20.
- bazel-remote 2.4 (Go's log package, `2024/06/04 06:00:01 msg`, `bazel-remote.log`): start-up
  (RLIMIT, loading the disk cache, the feature lines, the gRPC and HTTP listeners), CI builds
  over gRPC (`GRPC AC GET %s OK` / `NOT FOUND`, `GRPC CAS HEAD`, `GRPC BYTESTREAM READ
  COMPLETED %s`, `GRPC BYTESTREAM WRITE COMPLETED: %s`, `GRPC AC PUT %s OK`), developers over
  HTTP (`%4s %d %15s %s`: ` GET 200       10.0.4.12 /cas/...`), the disk full 07:40-07:52
  (writes failing with `no space left on device`), clients cancelling reads, invalid AC
  uploads, a scanner, a restart at 09:10 removing incomplete files.

Two of the five asked for were already in the set: the Docker registry's logrus text is round
53's harbor/registry.log, so zot (an OCI registry) stands in for it; Bazel's client is round
62's bazel, so its cache, bazel-remote, is the system here. `xray` is round 59's Xray-core, so
JFrog Xray's directory is `jfrog-xray`.

Label notes. The JSON logs' fields (Verdaccio's `request`, `status`, `bytes`; zot's `method`,
`path`, `statusCode`, `error`; Xray's head; logrus's fields after `msg`) are context or
attributes: the message is the label, as round 113's APM Server request log is labelled by its
`message` (its route and status are fields). Verdaccio's message is its own template with named
placeholders, kept as written (round 66's Serilog `{OrderId}`). A logrus or zerolog `error=`
field is an attribute; an error's text inside a message contributes its own wording
(`GRPC BYTESTREAM WRITE FAILED: open %s: no space left on device`, Xray's `Exception (504)
Reason: "channel/connection is not open"`). bazel-remote's HTTP access line is a request
record, labelled by method, route and status (round 111's SOGo, round 113's OpenObserve: the
hash in `/cas/%s` a value); its gRPC access lines are format strings whose method words are the
call site's (`GRPC CAS HEAD %s OK` beside `GRPC CAS HEAD %s NOT FOUND`). A setting logged as a
fixed sentence per branch (`gRPC AC dependency checks: enabled`) is wording.

Least sure (written from the helper's knowledge; bazel-remote's gRPC and HTTP access lines, the
bytestream failure lines and `Loaded %d existing disk cache items.` checked against copies of
its source): Verdaccio's `plugin successfully loaded: @{name}-@{pluginCategory}`, `host @{host}
is now offline` / `is back online`, the uplink's `error: @{!error}` line and the JSON keys
around the message; Xray's whole message set (only the platform layout, the `Cluster join:
Retry` line and the AMQP error text are from real logs), its service ids (`jfxid`, `jfxps`,
`jfxas`) and caller names; the Forgejo runner's `declared successfully` wording, `failed to
report task`, `failed to update log`, the shutdown lines and `Start cache server on %s`;
zot's messages other than `HTTP API` and `configuration settings` (`executing GC of orphaned
blobs for repository`, the sync, dedupe and CVE messages), its `module` / `component` keys;
bazel-remote's start-up feature lines, `Removing incomplete file: %s` in 2.4 and the AC PUT
error layout.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import at, poisson
from generate_round97 import Files, ms, sec

T0, T_END = at(6, 0), at(12, 0)


def sha(r: random.Random) -> str:
    return hexid(r, 64)


def epoch_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def rfc3339nano(t: datetime, r: random.Random) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randrange(1000):03d}Z"


CI = ["10.0.3.21", "10.0.3.22", "10.0.3.23", "10.0.3.24", "10.0.3.25"]
DEVS = ["10.0.4.12", "10.0.4.37", "10.0.4.58", "10.0.4.91"]
SCANNERS = ["203.0.113.45", "198.51.100.77"]


# ------------------------------------------------------------------------------- verdaccio

NPM_PKGS = [
    ("lodash", "4.17.21"),
    ("react", "18.3.1"),
    ("react-dom", "18.3.1"),
    ("express", "4.19.2"),
    ("typescript", "5.4.5"),
    ("@babel/core", "7.24.6"),
    ("@types/node", "20.14.1"),
    ("eslint", "8.57.0"),
    ("webpack", "5.91.0"),
    ("axios", "1.7.2"),
    ("jest", "29.7.0"),
    ("semver", "7.6.2"),
    ("chalk", "5.3.0"),
    ("debug", "4.3.5"),
    ("tslib", "2.6.2"),
    ("vite", "5.2.12"),
    ("@vitejs/plugin-react", "4.3.0"),
    ("prettier", "3.3.0"),
    ("zod", "3.23.8"),
    ("date-fns", "3.6.0"),
]
ACME_PKGS = [
    ("@acme/ui-kit", "2.14."),
    ("@acme/api-client", "0.38."),
    ("@acme/eslint-config", "1.6."),
]
VD_IN_OK = "@{status}, user: @{user}(@{remoteIP}), req: '@{request.method} @{request.url}', bytes: @{bytes.in}/@{bytes.out}"
VD_IN_ERR = "@{status}, user: @{user}(@{remoteIP}), req: '@{request.method} @{request.url}', error: @{!error}"
VD_OUT_STREAM = "@{!status}, req: '@{request.method} @{request.url}' (streaming)"
VD_OUT_OK = "@{!status}, req: '@{request.method} @{request.url}', bytes: @{bytes.in}/@{bytes.out}"
VD_OUT_ERR = "@{!status}, req: '@{request.method} @{request.url}', error: @{!error}"


def enc(name: str) -> str:
    return name.replace("/", "%2f")


def verdaccio(r: random.Random) -> list[Log]:
    """Two pods, 06:00 to 12:00: CI installs all day, developers publishing @acme packages and
    logging in, the npmjs uplink timing out 09:00-09:12, an unexpected error on a corrupt
    package.json at 07:35, verdaccio-1 restarted at 10:30."""
    fs = Files()
    pids = {"verdaccio-0": 7, "verdaccio-1": 7}

    def J(pod: str, t: datetime, level: int, label: str, fields: dict[str, object]) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "level": level,
                "time": epoch_ms(x),
                "pid": pids[pod],
                "hostname": pod,
            }
            d.update(fields)
            d["msg"] = label.replace("\\n", "\n")  # the label writes the newline as JSON does
            return [json.dumps(d, separators=(",", ":"))]

        return fs.add(f"{pod}.log", t, label, text, pod, 1000)

    def start(pod: str, t: datetime) -> None:
        t = J(pod, t, 30, "config file  - @{file}", {"file": "/verdaccio/conf/config.yaml"})
        t = J(
            pod,
            t + sec(0.004),
            40,
            'the "crypt" algorithm is deprecated consider switch to "bcrypt" in the configuration file. Read the documentation for additional details',
            {},
        )
        t = J(
            pod,
            t + sec(0.01),
            30,
            "using htpasswd file: @{file}",
            {"file": "/verdaccio/storage/htpasswd"},
        )
        for name, cat in [("verdaccio-htpasswd", "auth"), ("verdaccio-audit", "middleware")]:
            t = J(
                pod,
                t + sec(r.uniform(0.005, 0.03)),
                30,
                "plugin successfully loaded: @{name}-@{pluginCategory}",
                {"name": name, "pluginCategory": cat},
            )
        J(
            pod,
            t + sec(0.05),
            40,
            "http address - @{addr} - @{version}",
            {"addr": "http://0.0.0.0:4873/", "version": "verdaccio/5.31.1"},
        )

    def req_in(
        pod: str,
        t: datetime,
        user: str | None,
        ip: str,
        method: str,
        url: str,
        status: int,
        out: int,
        inb: int = 0,
    ) -> datetime:
        return J(
            pod,
            t,
            35,
            VD_IN_OK,
            {
                "sub": "in",
                "request": {"method": method, "url": url},
                "user": user,
                "remoteIP": ip,
                "status": status,
                "error": None,
                "bytes": {"in": inb, "out": out},
            },
        )

    def req_in_err(
        pod: str,
        t: datetime,
        user: str | None,
        ip: str,
        method: str,
        url: str,
        status: int,
        err: str,
    ) -> datetime:
        return J(
            pod,
            t,
            35,
            VD_IN_ERR,
            {
                "sub": "in",
                "request": {"method": method, "url": url},
                "user": user,
                "remoteIP": ip,
                "status": status,
                "error": err,
            },
        )

    def req_out(pod: str, t: datetime, url: str, size: int) -> datetime:
        t = J(
            pod,
            t,
            35,
            VD_OUT_STREAM,
            {"sub": "out", "request": {"method": "GET", "url": url}, "status": 200},
        )
        return J(
            pod,
            t + sec(r.uniform(0.05, 0.4)),
            35,
            VD_OUT_OK,
            {
                "sub": "out",
                "request": {"method": "GET", "url": url},
                "status": 200,
                "bytes": {"in": 0, "out": size},
            },
        )

    offline = {"verdaccio-0": False, "verdaccio-1": False}
    pods = ["verdaccio-0", "verdaccio-1"]
    for p in pods:
        start(p, T0 + sec(r.uniform(1, 4)))
    t = J(
        "verdaccio-1",
        at(10, 29, 51),
        40,
        "received shutdown signal - closing server gracefully...",
        {},
    )
    J("verdaccio-1", t + sec(1.3), 30, "server closed.", {})
    start("verdaccio-1", at(10, 30, 6))

    def uplink_down(t: datetime) -> bool:
        return at(9, 0) <= t < at(9, 12)

    for t in poisson(r, T0 + sec(20), T_END, 17):
        pod = r.choice(pods)
        if pod == "verdaccio-1" and at(10, 29, 50) <= t < at(10, 30, 8):
            continue
        ip = r.choice(CI)
        x = r.random()
        if x < 0.78:
            # an install: metadata (maybe refreshed from the uplink) and the tarball
            name, ver = r.choice(NPM_PKGS)
            url = f"/{enc(name)}"
            if r.random() < 0.35:
                if uplink_down(t):
                    if not offline[pod]:
                        t = J(
                            pod,
                            t,
                            35,
                            VD_OUT_ERR,
                            {
                                "sub": "out",
                                "request": {
                                    "method": "GET",
                                    "url": f"https://registry.npmjs.org/{enc(name)}",
                                },
                                "status": "ERR",
                                "error": "ETIMEDOUT",
                            },
                        )
                        if r.random() < 0.5:
                            t = J(
                                pod,
                                t + sec(0.001),
                                40,
                                "host @{host} is now offline",
                                {"host": "registry.npmjs.org"},
                            )
                            offline[pod] = True
                else:
                    if offline[pod]:
                        t = J(
                            pod,
                            t,
                            40,
                            "host @{host} is back online",
                            {"host": "registry.npmjs.org"},
                        )
                        offline[pod] = False
                    t = req_out(
                        pod,
                        t,
                        f"https://registry.npmjs.org/{enc(name)}",
                        r.randint(20_000, 9_000_000),
                    )
                t = req_in(
                    pod,
                    t + sec(r.uniform(0.01, 0.1)),
                    None,
                    ip,
                    "GET",
                    url,
                    200,
                    r.randint(8_000, 1_500_000),
                )
            elif r.random() < 0.3:
                t = req_in(pod, t, None, ip, "GET", url, 304, 0)
            else:
                t = req_in(pod, t, None, ip, "GET", url, 200, r.randint(8_000, 1_500_000))
            if r.random() < 0.7:
                base = name.split("/")[-1]
                req_in(
                    pod,
                    t + sec(r.uniform(0.02, 0.3)),
                    None,
                    ip,
                    "GET",
                    f"/{name}/-/{base}-{ver}.tgz",
                    200,
                    r.randint(5_000, 4_000_000),
                )
        elif x < 0.86:
            name, pre = r.choice(ACME_PKGS)
            user = r.choice(["ci-bot", "ci-bot", "anna", "marco"])
            url = f"/{enc(name)}"
            t = req_in(pod, t, user, ip, "GET", url, 200, r.randint(3_000, 90_000))
            if r.random() < 0.3:
                base = name.split("/")[-1]
                req_in(
                    pod,
                    t + sec(0.1),
                    user,
                    ip,
                    "GET",
                    f"/{name}/-/{base}-{pre}{r.randint(0, 30)}.tgz",
                    200,
                    r.randint(30_000, 800_000),
                )
        elif x < 0.9:
            name, pre = r.choice(ACME_PKGS)
            req_in(pod, t, "ci-bot", ip, "PUT", f"/{enc(name)}", 201, 0, r.randint(40_000, 900_000))
        elif x < 0.95:
            name = r.choice(
                [
                    "left-pad-acme",
                    "@acme/legacy-utils",
                    "@acme/ui-kitt",
                    "lodahs",
                    "@types/acme-internal",
                ]
            )
            req_in_err(pod, t, None, ip, "GET", f"/{enc(name)}", 404, "no such package available")
        elif x < 0.975:
            dev = r.choice(DEVS)
            user = r.choice(["anna", "marco", "jdoe", "svc-renovate"])
            if r.random() < 0.5:
                req_in_err(
                    pod,
                    t,
                    None,
                    dev,
                    "PUT",
                    f"/-/user/org.couchdb.user:{user}",
                    401,
                    "bad username/password, access denied",
                )
            else:
                req_in(
                    pod,
                    t,
                    None,
                    dev,
                    "PUT",
                    f"/-/user/org.couchdb.user:{user}",
                    201,
                    r.randint(90, 140),
                    r.randint(100, 160),
                )
        else:
            req_in(pod, t, None, ip, "GET", "/-/ping", 200, 3)
    # the uplink down: a burst of failing installs
    for t in poisson(r, at(9, 0, 5), at(9, 12), 8):
        pod = r.choice(pods)
        name, _ = r.choice(NPM_PKGS)
        t = J(
            pod,
            t,
            35,
            VD_OUT_ERR,
            {
                "sub": "out",
                "request": {"method": "GET", "url": f"https://registry.npmjs.org/{enc(name)}"},
                "status": "ERR",
                "error": r.choice(["ETIMEDOUT", "ESOCKETTIMEDOUT"]),
            },
        )
        if not offline[pod] and r.random() < 0.3:
            t = J(
                pod,
                t + sec(0.001),
                40,
                "host @{host} is now offline",
                {"host": "registry.npmjs.org"},
            )
            offline[pod] = True
        req_in(
            pod,
            t + sec(0.02),
            None,
            r.choice(CI),
            "GET",
            f"/{enc(name)}",
            200,
            r.randint(8_000, 900_000),
        )
    for pod in pods:
        if offline[pod]:
            J(
                pod,
                at(9, 12, 30) + sec(r.uniform(0, 20)),
                40,
                "host @{host} is back online",
                {"host": "registry.npmjs.org"},
            )
    # a corrupt package.json in storage: unexpected errors
    for t in poisson(r, at(7, 35), at(7, 50), 45):
        pod = r.choice(pods)
        stack = "SyntaxError: Unexpected end of JSON input\n    at JSON.parse (<anonymous>)\n    at /opt/verdaccio/node_modules/@verdaccio/local-storage/build/local-fs.js:312:30\n    at FSReqCallback.readFileAfterClose [as oncomplete] (node:internal/fs/read_file_context:68:3)"
        t = J(
            pod,
            t,
            50,
            "unexpected error: @{!err.message}\\n@{err.stack}",
            {
                "err": {
                    "type": "SyntaxError",
                    "message": "Unexpected end of JSON input",
                    "stack": stack,
                }
            },
        )
        req_in_err(
            pod,
            t + sec(0.001),
            None,
            r.choice(CI),
            "GET",
            "/@acme%2fapi-client",
            500,
            "Unexpected end of JSON input",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ jfrog-xray

XR_SVC = {
    "server": ("jfxr ", "xray-server-service.log"),
    "indexer": ("jfxid", "xray-indexer-service.log"),
    "persist": ("jfxps", "xray-persist-service.log"),
    "analysis": ("jfxas", "xray-analysis-service.log"),
}
XR_REPOS = [
    "libs-release-local",
    "docker-local",
    "npm-remote-cache",
    "pypi-remote-cache",
    "generic-local",
]
XR_ARTS = [
    ("docker-local", "acme/api/{v}/manifest.json", "Docker"),
    ("docker-local", "acme/worker/{v}/manifest.json", "Docker"),
    ("libs-release-local", "com/acme/billing-core/{v}/billing-core-{v}.jar", "Generic"),
    ("libs-release-local", "com/acme/auth-service/{v}/auth-service-{v}.war", "Generic"),
    ("npm-remote-cache", "lodash/-/lodash-4.17.21.tgz", "Npm"),
    ("npm-remote-cache", "axios/-/axios-1.7.2.tgz", "Npm"),
    ("pypi-remote-cache", "requests/2.32.3/requests-2.32.3-py3-none-any.whl", "Pypi"),
    ("pypi-remote-cache", "urllib3/2.2.1/urllib3-2.2.1-py3-none-any.whl", "Pypi"),
    ("generic-local", "releases/agent-{v}-linux-amd64.tar.gz", "Generic"),
]
XR_WATCHES = [
    ("prod-images", "block-critical"),
    ("all-builds", "license-gpl"),
    ("npm-deps", "security-high"),
]


def jfrog_xray(r: random.Random) -> list[Log]:
    """One Xray node's four services, 06:00 to 12:00: start-up while the router comes up,
    artifact events every ~20 s (indexed, analysed, persisted; some raising violations), the
    daily DB sync at 07:00, RabbitMQ restarted 08:40-08:44, a persist deadlock at 10:15,
    archives that cannot be indexed."""
    fs = Files()

    def X(
        svc: str,
        t: datetime,
        level: str,
        caller: str,
        thread: str,
        trace: str,
        label: str,
        msg: str,
    ) -> datetime:
        sid, f = XR_SVC[svc]
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}Z [{sid}] [{level:<5}] [{trace:<16}] [{caller:<30}] [{thread:<20}] {msg}"
            ],
            svc,
            1000,
        )

    def start(svc: str, t: datetime, retries: int) -> datetime:
        sid = XR_SVC[svc][0].strip()
        t = X(
            svc,
            t,
            "INFO",
            "main:78",
            "main",
            "",
            "Xray (%s) service initialization started. Version: %s Revision: %s",
            f"Xray ({sid}) service initialization started. Version: 3.95.7 Revision: 39507900",
        )
        for i in range(1, retries + 1):
            t = X(
                svc,
                t + sec(r.uniform(2, 3)),
                "WARN",
                "access_client:176",
                "main",
                "",
                'Cluster join: Retry %d: Service registry ping failed, will retry. Error: Get "%s": dial tcp %s: connect: connection refused',
                f'Cluster join: Retry {i}: Service registry ping failed, will retry. Error: Get "http://localhost:8046/access/api/v1/system/ping": dial tcp 127.0.0.1:8046: connect: connection refused',
            )
        t = X(
            svc,
            t + sec(1.2),
            "INFO",
            "access_client:203",
            "main",
            "",
            "Cluster join: Successfully joined the cluster",
            "Cluster join: Successfully joined the cluster",
        )
        t = X(
            svc,
            t + sec(0.3),
            "INFO",
            "mq_connection:91",
            "main",
            "",
            "Connected to message broker at %s",
            "Connected to message broker at amqp://guest@localhost:5672/",
        )
        return X(
            svc,
            t + sec(r.uniform(0.5, 2)),
            "INFO",
            "main:142",
            "main",
            "",
            "Xray (%s) service initialization completed in %.3f seconds. Version: %s Revision: %s",
            f"Xray ({sid}) service initialization completed in {r.uniform(18, 34):.3f} seconds. Version: 3.95.7 Revision: 39507900",
        )

    for svc in XR_SVC:
        start(svc, T0 + sec(r.uniform(1, 4)), r.randint(4, 7))

    def mq_down(t: datetime) -> bool:
        return at(8, 40) <= t < at(8, 44)

    def worker(svc: str) -> str:
        return f"{svc}-worker-{r.randint(0, 7)}"

    n_events = 0
    for t in poisson(r, at(6, 1), T_END, 52):
        repo, path, pkg = r.choice(XR_ARTS)
        v = f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
        path = path.replace("{v}", v)
        trace = hexid(r, 16)
        sha1 = hexid(r, 40)
        if mq_down(t):
            X(
                "server",
                t,
                "ERROR",
                "mq_publisher:128",
                "event-handler",
                trace,
                'Failed to publish message to queue %s: Exception (504) Reason: "channel/connection is not open"',
                'Failed to publish message to queue index: Exception (504) Reason: "channel/connection is not open"',
            )
            continue
        n_events += 1
        t = X(
            "server",
            t,
            "INFO",
            "artifact_events:64",
            "event-handler",
            trace,
            "Received %s event for %s/%s",
            f"Received upload event for {repo}/{path}",
        )
        t = X(
            "indexer",
            t + sec(r.uniform(0.2, 2)),
            "INFO",
            "indexer:212",
            worker("indexer"),
            trace,
            "Started indexing %s/%s (%s)",
            f"Started indexing {repo}/{path} ({pkg})",
        )
        if pkg == "Generic" and path.endswith(".tar.gz") and r.random() < 0.25:
            X(
                "indexer",
                t + sec(r.uniform(0.5, 3)),
                "ERROR",
                "indexer:287",
                worker("indexer"),
                trace,
                "Failed to index %s/%s: %s: gzip: invalid header",
                f"Failed to index {repo}/{path}: {sha1}: gzip: invalid header",
            )
            continue
        ncomp = r.randint(1, 420) if pkg in ("Docker", "Generic") else r.randint(1, 12)
        t = X(
            "indexer",
            t + sec(r.uniform(1, 20)),
            "INFO",
            "indexer:241",
            worker("indexer"),
            trace,
            "Finished indexing %s/%s, found %d components in %s",
            f"Finished indexing {repo}/{path}, found {ncomp} components in {r.uniform(0.4, 19):.2f}s",
        )
        t = X(
            "analysis",
            t + sec(r.uniform(0.1, 1)),
            "INFO",
            "analyzer:118",
            worker("analysis"),
            trace,
            "Analyzing component graph of %s (%d components)",
            f"Analyzing component graph of {sha1} ({ncomp} components)",
        )
        nv = r.choice([0, 0, 0, 1, 2, 3, 5, 8, 13])
        t = X(
            "analysis",
            t + sec(r.uniform(0.2, 3)),
            "INFO",
            "analyzer:164",
            worker("analysis"),
            trace,
            "Found %d vulnerabilities and %d licenses for %s",
            f"Found {nv} vulnerabilities and {r.randint(1, ncomp + 1)} licenses for {sha1}",
        )
        if at(10, 15) <= t < at(10, 19) and r.random() < 0.6:
            X(
                "persist",
                t + sec(r.uniform(0.1, 1)),
                "ERROR",
                "graph_store:402",
                worker("persist"),
                trace,
                "Failed to persist component graph of %s: pq: deadlock detected",
                f"Failed to persist component graph of {sha1}: pq: deadlock detected",
            )
            t = X(
                "persist",
                t + sec(r.uniform(1, 2)),
                "WARN",
                "graph_store:418",
                worker("persist"),
                trace,
                "Retrying persist of %s (attempt %d of %d)",
                f"Retrying persist of {sha1} (attempt 1 of 3)",
            )
        t = X(
            "persist",
            t + sec(r.uniform(0.1, 2)),
            "INFO",
            "graph_store:377",
            worker("persist"),
            trace,
            "Persisted component graph of %s in %dms",
            f"Persisted component graph of {sha1} in {r.randint(12, 900)}ms",
        )
        if nv and r.random() < 0.5:
            w, p = r.choice(XR_WATCHES)
            X(
                "server",
                t + sec(r.uniform(0.1, 1)),
                "INFO",
                "policy_enforcer:233",
                "violations-handler",
                trace,
                "Generated %d violations for watch '%s' (policy '%s')",
                f"Generated {r.randint(1, nv)} violations for watch '{w}' (policy '{p}')",
            )
    # RabbitMQ down: connection lost and the reconnect loop in every service
    for svc in XR_SVC:
        t = at(8, 40) + sec(r.uniform(0, 1))
        t = X(
            svc,
            t,
            "ERROR",
            "mq_connection:154",
            "mq-monitor",
            "",
            "Connection to message broker lost: Exception (%d) Reason: %q",
            "Connection to message broker lost: Exception (320) Reason: \"CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'\"",
        )
        i = 0
        while t < at(8, 44):
            i += 1
            t = X(
                svc,
                t + sec(5),
                "WARN",
                "mq_connection:171",
                "mq-monitor",
                "",
                "Failed to connect to message broker (attempt %d), retrying in %ds: dial tcp %s: connect: connection refused",
                f"Failed to connect to message broker (attempt {i}), retrying in 5s: dial tcp 127.0.0.1:5672: connect: connection refused",
            )
        X(
            svc,
            t + sec(5),
            "INFO",
            "mq_connection:91",
            "mq-monitor",
            "",
            "Connected to message broker at %s",
            "Connected to message broker at amqp://guest@localhost:5672/",
        )
    # the daily DB sync
    t = X(
        "server",
        at(
            7,
            0,
            0,
        ),
        "INFO",
        "dbsync:97",
        "dbsync",
        "",
        "Starting %s database sync",
        "Starting daily database sync",
    )
    for part in range(1, 13):
        t = X(
            "server",
            t + sec(r.uniform(8, 40)),
            "INFO",
            "dbsync:161",
            "dbsync",
            "",
            "Database sync: downloaded part %d of %d (%s)",
            f"Database sync: downloaded part {part} of 12 ({r.choice(['vulnerabilities', 'components', 'licenses'])})",
        )
    X(
        "server",
        t + sec(r.uniform(20, 60)),
        "INFO",
        "dbsync:203",
        "dbsync",
        "",
        "Database sync completed successfully: %d new vulnerabilities, %d updated components",
        f"Database sync completed successfully: {r.randint(40, 400)} new vulnerabilities, {r.randint(1000, 30000)} updated components",
    )
    # every service's metrics heartbeat to the router, hourly
    for svc in XR_SVC:
        for h in range(7, 12):
            X(
                svc,
                at(h, 0, 30) + sec(r.uniform(0, 20)),
                "INFO",
                "metrics_reporter:88",
                "metrics",
                "",
                "Reported %d metrics to %s",
                f"Reported {r.randint(80, 160)} metrics to http://localhost:8082/observability/api/v1/metrics",
            )
    return fs.logs(T0)


# -------------------------------------------------------------------------- forgejo-runner

FJ_REPOS = [
    "acme/webapp",
    "acme/api",
    "acme/infra",
    "acme/mobile",
    "platform/terraform-modules",
    "platform/ci-images",
    "anna/dotfiles",
]
FJ_JOBS = ["build", "test", "lint", "deploy", "e2e", "docker", "release"]
FJ_WF = ["ci", "build", "release", "nightly"]


def forgejo_runner(r: random.Random) -> list[Log]:
    """Three runners, 06:00 to 12:00: tasks all day, Forgejo restarted 08:20-08:24 (every
    poll failing, running tasks unable to report), a task whose image cannot be pulled,
    runner-2 shut down at 10:00 and started again at 10:06."""
    fs = Files()
    hosts = ["runner-1", "runner-2", "runner-3"]
    task_id = [41870]

    def L(h: str, t: datetime, level: str, label: str, msg: str, fields: str = "") -> datetime:
        quoted = msg.replace("\\", "\\\\").replace('"', '\\"')
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%SZ}" level={level} msg="{quoted}"{fields}'],
            h,
            1_000_000,
        )

    def start(h: str, t: datetime) -> None:
        t = L(h, t, "info", "Starting runner daemon", "Starting runner daemon")
        t = L(
            h,
            t + sec(1),
            "info",
            "runner: %s, with version: %s, with labels: %v, declared successfully",
            f"runner: {h}, with version: v3.5.0, with labels: [docker ubuntu-22.04 ubuntu-latest], declared successfully",
        )
        L(
            h,
            t + sec(1),
            "info",
            "Start cache server on %s",
            f"Start cache server on http://10.0.2.{hosts.index(h) + 11}:4{r.randint(1000, 9999)}",
        )

    for h in hosts:
        start(h, T0 + sec(r.uniform(1, 5)))

    def forgejo_down(t: datetime) -> bool:
        return at(8, 20) <= t < at(8, 24)

    def docker_down(h: str, t: datetime) -> bool:
        return h == "runner-3" and at(11, 10) <= t < at(11, 13, 30)

    for t in poisson(r, at(6, 1), T_END, 32):
        h = r.choice(hosts)
        if forgejo_down(t) or (h == "runner-3" and at(11, 13, 30) <= t < at(11, 14, 5)):
            continue
        if h == "runner-2" and at(9, 59) <= t < at(10, 6, 10):
            continue
        task_id[0] += r.randint(1, 4)
        tid = task_id[0]
        repo = r.choice(FJ_REPOS)
        job = r.choice(FJ_JOBS)
        wf = r.choice(FJ_WF)
        t = L(
            h,
            t,
            "info",
            "task %v repo is %v %v %v",
            f"task {tid} repo is {repo} https://data.forgejo.org https://code.acme.example",
        )
        dur = sec(r.uniform(40, 900))
        end = t + dur
        if docker_down(h, t):
            L(
                h,
                t + sec(1),
                "error",
                "failed to run task",
                "failed to run task",
                ' error="Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"',
            )
            continue
        if r.random() < 0.02:
            L(
                h,
                t + sec(r.uniform(20, 200)),
                "warning",
                "Task %d has been cancelled, stopping the job",
                f"Task {tid} has been cancelled, stopping the job",
            )
            continue
        if repo == "platform/ci-images" and r.random() < 0.4:
            L(
                h,
                t + sec(r.uniform(3, 9)),
                "error",
                "failed to run task",
                "failed to run task",
                f" error=\"Error response from daemon: pull access denied for registry.acme.example/ci/builder-{r.choice(['node', 'go', 'rust'])}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\"",
            )
            continue
        # Forgejo went down while the task ran: it cannot report
        if t < at(8, 20) < end:
            x = at(8, 20) + sec(r.uniform(0, 3))
            while x < min(end, at(8, 24)):
                L(
                    h,
                    x,
                    "error",
                    "failed to report task",
                    "failed to report task",
                    ' error="unavailable: dial tcp 10.0.1.10:3000: connect: connection refused"',
                )
                x = L(
                    h,
                    x + sec(0.2),
                    "error",
                    "failed to update log",
                    "failed to update log",
                    ' error="unavailable: dial tcp 10.0.1.10:3000: connect: connection refused"',
                )
                x += sec(r.uniform(8, 15))
        net = f"FORGEJO-ACTIONS-TASK-{tid}_WORKFLOW-{wf}_JOB-{job}-{job}-network"
        t = L(
            h,
            end,
            "info",
            "Cleaning up network for job %s, and network name is: %s",
            f"Cleaning up network for job {job}, and network name is: {net}",
        )
        L(
            h,
            t + sec(1),
            "info",
            "Cleaning up container for job %s",
            f"Cleaning up container for job {job}",
        )
    # Forgejo down: every poll fails
    for h in hosts:
        x = at(8, 20) + sec(r.uniform(0, 2))
        while x < at(8, 24):
            x = L(
                h,
                x,
                "error",
                "failed to fetch task",
                "failed to fetch task",
                ' error="unavailable: dial tcp 10.0.1.10:3000: connect: connection refused"',
            )
            x += sec(2)
    # runner-2 shut down and started again
    t = L(
        "runner-2",
        at(10, 0, 1),
        "info",
        "runner: %s shutdown initiated, waiting %s for running jobs to complete before shutting down",
        "runner: runner-2 shutdown initiated, waiting 3h0m0s for running jobs to complete before shutting down",
    )
    L(
        "runner-2",
        t + sec(4),
        "info",
        "runner: %s gracefully shutdown",
        "runner: runner-2 gracefully shutdown",
    )
    start("runner-2", at(10, 6, 2))
    # Docker restarted under runner-3: tasks fail, then systemd restarts the runner, whose
    # start-up check fails (cobra prints the error with no logrus head) until Docker is back
    t = at(11, 13, 31)
    for _ in range(3):
        t = fs.add(
            "runner-3.log",
            t,
            "Error: cannot ping the docker daemon, is it running? Cannot connect to the Docker daemon at %s. Is the docker daemon running?",
            lambda x: [
                "Error: cannot ping the docker daemon, is it running? Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"
            ],
            "runner-3",
            1_000_000,
        )
        t += sec(5)
    start("runner-3", t + sec(5))
    # the poller's empty fetches are not logged at info; a few declares of runner labels
    # are logged when the server has an update: the cache server cleans up hourly
    for h in hosts:
        for hr in range(7, 12):
            L(
                h,
                at(hr, 0, 10) + sec(r.uniform(0, 30)),
                "info",
                "cache: removed %d expired entries",
                f"cache: removed {r.randint(0, 60)} expired entries",
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- zot

ZOT_REPOS = [
    "acme/api",
    "acme/worker",
    "acme/web",
    "platform/ingress",
    "platform/otel-collector",
    "ci/builder-node",
    "ci/builder-go",
]
ZOT_MIRROR = [
    "docker.io/library/alpine",
    "docker.io/library/postgres",
    "docker.io/library/redis",
    "docker.io/library/nginx",
]
ZOT_UA = [
    "containerd/v1.7.13",
    "docker/26.1.3 go/go1.21.10 git-commit/8e96db1 kernel/6.1.0-21-amd64 os/linux arch/amd64",
    "buildkit/v0.13",
    "cri-o/1.29.4 go/go1.21.7 os/linux arch/amd64",
    "skopeo/1.15.0",
]


def zot(r: random.Random) -> list[Log]:
    """One zot registry, 06:00 to 12:00: pulls and pushes all day, on-demand sync from
    docker.io failing while DNS times out 08:30-08:38, GC and dedupe, CVE DB updates every two
    hours (the 10:00 one failing), failed logins, a restart at 10:20."""
    fs = Files()
    gor = [90]

    def Z(t: datetime, level: str, caller: str, label: str, fields: dict[str, object]) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {"level": level}
            d.update(fields)
            gor[0] += r.randint(1, 40)
            d["goroutine"] = gor[0]
            d["caller"] = f"zotregistry.dev/zot/pkg/{caller}"
            d["time"] = rfc3339nano(x, r)
            d["message"] = label
            return [json.dumps(d, separators=(",", ":"))]

        return fs.add("zot.log", t, label, text, "zot", 1)

    def start(t: datetime) -> None:
        params = {
            "DistSpecVersion": "1.1.0",
            "Storage": {
                "RootDirectory": "/var/lib/registry",
                "Dedupe": True,
                "RemoteCache": False,
                "GC": True,
                "Commit": False,
                "GCDelay": 3600000000000,
                "GCInterval": 86400000000000,
            },
            "HTTP": {
                "Address": "0.0.0.0",
                "Port": "5000",
                "Realm": "zot",
                "Auth": {"HTPasswd": {"Path": "/etc/zot/htpasswd"}},
            },
            "Log": {"Level": "info", "Output": "/var/log/zot/zot.log"},
            "Extensions": {
                "Search": {"Enable": True, "CVE": {"UpdateInterval": 7200000000000}},
                "Sync": {"Enable": True},
                "Scrub": {"Enable": True, "Interval": 86400000000000},
            },
        }
        t = Z(t, "info", "cli/server/root.go:74", "configuration settings", {"params": params})
        t = Z(
            t + sec(0.01),
            "info",
            "api/controller.go:112",
            "starting task scheduler",
            {"module": "scheduler", "numWorkers": 8},
        )
        for ext in ["search", "sync", "scrub", "metrics"]:
            t = Z(
                t + sec(r.uniform(0.001, 0.02)),
                "info",
                "extensions/extensions.go:58",
                "extension enabled",
                {"extension": ext},
            )
        t = Z(
            t + sec(0.3),
            "info",
            "extensions/search/cve/trivy/scanner.go:201",
            "cve-db update scheduled",
            {"module": "cve", "interval": "2h0m0s"},
        )
        Z(
            t + sec(0.05),
            "info",
            "api/controller.go:231",
            "starting to listen on address",
            {"address": "0.0.0.0", "port": "5000"},
        )

    start(T0 + sec(2))
    start(at(10, 20, 9))

    def http(
        t: datetime,
        ip: str,
        method: str,
        path: str,
        status: int,
        size: int,
        level: str = "info",
        user: str | None = "ci",
    ) -> datetime:
        f: dict[str, object] = {
            "module": "http",
            "component": "session",
            "clientIP": f"{ip}:{r.randint(32768, 60999)}",
            "method": method,
            "path": path,
            "statusCode": status,
            "latency": f"{r.randint(0, 180)}ms",
            "bodySize": size,
            "headers": {"User-Agent": [r.choice(ZOT_UA)]},
        }
        if user:
            f["username"] = user
        return Z(t, level, "api/session.go:137", "HTTP API", f)

    def dns_down(t: datetime) -> bool:
        return at(8, 30) <= t < at(8, 38)

    for t in poisson(r, T0 + sec(30), T_END, 17):
        if at(10, 20) <= t < at(10, 20, 12):
            continue
        ip = r.choice([*CI, "10.0.5.11", "10.0.5.12", "10.0.5.13"])
        x = r.random()
        if x < 0.62:
            repo = r.choice(ZOT_REPOS)
            tag = f"{r.randint(1, 3)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
            t = http(t, ip, "HEAD", f"/v2/{repo}/manifests/{tag}", 200, 0)
            if r.random() < 0.4:
                t = http(
                    t + sec(0.01),
                    ip,
                    "GET",
                    f"/v2/{repo}/manifests/sha256:{sha(r)}",
                    200,
                    r.randint(400, 3000),
                )
                if r.random() < 0.5:
                    http(
                        t + sec(0.05),
                        ip,
                        "GET",
                        f"/v2/{repo}/blobs/sha256:{sha(r)}",
                        200,
                        r.randint(1000, 90_000_000),
                    )
        elif x < 0.72:
            repo = r.choice(ZOT_REPOS[:5])
            t = http(t, ip, "POST", f"/v2/{repo}/blobs/uploads/", 202, 0)
            up = uuid4(r)
            t = http(
                t + sec(r.uniform(0.1, 3)), ip, "PATCH", f"/v2/{repo}/blobs/uploads/{up}", 202, 0
            )
            t = http(t + sec(0.01), ip, "PUT", f"/v2/{repo}/blobs/uploads/{up}", 201, 0)
            http(
                t + sec(0.2),
                ip,
                "PUT",
                f"/v2/{repo}/manifests/{r.randint(1, 3)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                201,
                0,
            )
        elif x < 0.8:
            img = r.choice(ZOT_MIRROR)
            tag = r.choice(["3.20", "16.3", "7.2", "1.27", "latest"])
            repo = img.split("/", 1)[1]
            if dns_down(t):
                t = Z(
                    t,
                    "error",
                    "extensions/sync/service.go:327",
                    "failed to sync image",
                    {
                        "module": "sync",
                        "remote": "https://registry-1.docker.io",
                        "repository": repo,
                        "reference": tag,
                        "error": 'Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.0.0.2:53: read udp 10.0.5.5:41234->10.0.0.2:53: i/o timeout',
                    },
                )
                http(t + sec(0.01), ip, "GET", f"/v2/{repo}/manifests/{tag}", 404, 0)
            else:
                t = Z(
                    t,
                    "info",
                    "extensions/sync/on_demand.go:98",
                    "syncing image",
                    {
                        "module": "sync",
                        "remote": "https://registry-1.docker.io",
                        "repository": repo,
                        "reference": tag,
                    },
                )
                t = Z(
                    t + sec(r.uniform(0.5, 8)),
                    "info",
                    "extensions/sync/service.go:402",
                    "successfully synced image",
                    {"module": "sync", "repository": repo, "reference": tag},
                )
                http(
                    t + sec(0.01),
                    ip,
                    "GET",
                    f"/v2/{repo}/manifests/{tag}",
                    200,
                    r.randint(400, 3000),
                )
        elif x < 0.86:
            http(
                t,
                ip,
                "GET",
                f"/v2/{r.choice(ZOT_REPOS)}/manifests/{r.choice(['pr-118', 'feature-x', '0.0.1', 'nightly'])}",
                404,
                0,
            )
        elif x < 0.91:
            http(t, ip, "GET", "/v2/", 401, 0, user=None)
            http(t + sec(0.02), ip, "GET", "/v2/", 200, 2)
        elif x < 0.94:
            who = r.choice([*SCANNERS, *DEVS])
            user = r.choice(["admin", "anna", "deploy", "ci"])
            t = Z(
                t,
                "error",
                "api/authn.go:196",
                "failed to authenticate user",
                {
                    "module": "http",
                    "username": user,
                    "clientIP": f"{who}:{r.randint(32768, 60999)}",
                    "error": "invalid credentials",
                },
            )
            http(t + sec(0.001), who, "GET", "/v2/", 401, 0, user=None)
        else:
            http(t, ip, "GET", "/v2/_catalog", 200, r.randint(200, 900))
    # CI pulling mirrored images while docker.io does not resolve
    for t in poisson(r, at(8, 30, 5), at(8, 38), 9):
        img = r.choice(ZOT_MIRROR)
        repo, tag = img.split("/", 1)[1], r.choice(["3.20", "16.3", "7.2", "1.27"])
        t = Z(
            t,
            "error",
            "extensions/sync/service.go:327",
            "failed to sync image",
            {
                "module": "sync",
                "remote": "https://registry-1.docker.io",
                "repository": repo,
                "reference": tag,
                "error": 'Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.0.0.2:53: read udp 10.0.5.5:41234->10.0.0.2:53: i/o timeout',
            },
        )
        http(t + sec(0.01), r.choice(CI), "GET", f"/v2/{repo}/manifests/{tag}", 404, 0)
    # background tasks
    for hr in range(6, 12):
        for repo in ZOT_REPOS:
            t = at(hr, 45) + sec(r.uniform(0, 300))
            if at(10, 20) <= t < at(10, 21):
                continue
            t = Z(
                t,
                "info",
                "storage/gc/gc.go:112",
                "executing GC of orphaned blobs for repository",
                {"module": "gc", "repository": repo},
            )
            n = r.choice([0, 0, 1, 2, 5])
            if n:
                Z(
                    t + sec(r.uniform(0.1, 2)),
                    "info",
                    "storage/gc/gc.go:298",
                    "removed unreferenced blobs",
                    {"module": "gc", "repository": repo, "count": n},
                )
            Z(
                t + sec(r.uniform(2, 4)),
                "info",
                "storage/gc/gc.go:131",
                "GC successfully completed for repository",
                {"module": "gc", "repository": repo},
            )
    for hr in [6, 8, 10]:
        t = at(hr, 5) + sec(r.uniform(0, 60)) if hr != 10 else at(10, 20, 15)
        t = Z(
            t,
            "info",
            "extensions/search/cve/trivy/scanner.go:452",
            "updating cve-db",
            {"module": "cve"},
        )
        if hr == 10:
            Z(
                t + sec(30),
                "error",
                "extensions/search/cve/trivy/scanner.go:470",
                "failed to download trivy-db to destination dir",
                {
                    "module": "cve",
                    "dbRepository": "ghcr.io/aquasecurity/trivy-db",
                    "error": "OCI repository error: 1 error occurred:\n\t* GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 1.2s, allowed: 44000/minute",
                },
            )
            continue
        Z(
            t + sec(r.uniform(20, 60)),
            "info",
            "extensions/search/cve/trivy/scanner.go:481",
            "cve-db update completed, next update scheduled after interval",
            {"module": "cve", "interval": "2h0m0s"},
        )
    Z(
        at(7, 30, 3),
        "info",
        "storage/local/local.go:1714",
        "dedupe rebuild: starting",
        {"module": "dedupe"},
    )
    Z(
        at(7, 34, 40),
        "info",
        "storage/local/local.go:1760",
        "dedupe rebuild: finished",
        {"module": "dedupe", "blobs": 18233},
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------- bazel-remote


def bazel_remote(r: random.Random) -> list[Log]:
    """One cache, 06:00 to 12:00: CI builds over gRPC every ~90 s, developers over HTTP,
    the disk full 07:40-07:52, clients cancelling reads, invalid AC uploads over HTTP, a scanner
    at 10:40, a restart at 09:10 (the container OOM-killed) removing incomplete files."""
    fs = Files()

    def G(t: datetime, label: str, msg: str, proc: object = "main") -> datetime:
        return fs.add(
            "bazel-remote.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"],
            proc,
            1_000_000,
        )

    def start(t: datetime, incomplete: int) -> None:
        t = G(
            t,
            "bazel-remote built with %s from git commit %s.",
            "bazel-remote built with go1.21.6 from git commit 3c2b8a1e9f4d7c6b5a0e1d2c3b4a5f6e7d8c9b0a.",
        )
        t = G(
            t,
            "Initial RLIMIT_NOFILE cur: %d max: %d",
            "Initial RLIMIT_NOFILE cur: 1048576 max: 1048576",
        )
        t = G(t, "Loading existing files in %s.", "Loading existing files in /data.")
        for _ in range(incomplete):
            k = r.choice(["cas.v2", "ac.v2"])
            h = sha(r)
            t = G(
                t,
                "Removing incomplete file: %s",
                f"Removing incomplete file: /data/{k}/{h[:2]}/{h}-{r.randint(100000000, 999999999)}.tmp",
            )
        t = G(
            t + sec(r.uniform(20, 40)),
            "Sorting cache files by atime.",
            "Sorting cache files by atime.",
        )
        t = G(t + sec(r.uniform(2, 5)), "Building LRU index.", "Building LRU index.")
        t = G(
            t + sec(r.uniform(1, 3)),
            "Finished loading disk cache files.",
            "Finished loading disk cache files.",
        )
        t = G(
            t,
            "Loaded %d existing disk cache items.",
            f"Loaded {r.randint(1_700_000, 1_900_000)} existing disk cache items.",
        )
        t = G(t, "gRPC AC dependency checks: enabled", "gRPC AC dependency checks: enabled")
        t = G(t, "Starting gRPC server on address %s", "Starting gRPC server on address :9092")
        t = G(t, "HTTP AC validation: enabled", "HTTP AC validation: enabled")
        G(t, "Starting HTTP server on address %s", "Starting HTTP server on address :8080")

    start(T0 + sec(1), 0)
    start(at(9, 10, 20), 7)

    def down(t: datetime) -> bool:
        return at(9, 9, 30) <= t < at(9, 11, 30)

    def full(t: datetime) -> bool:
        return at(7, 40) <= t < at(7, 52)

    def build(t0: datetime, client: str) -> None:
        t = t0
        proc = (client, t0)
        for _ in range(r.randint(3, 9)):
            t += sec(r.uniform(0, 3))
            if down(t):
                return
            h = sha(r)
            hit = r.random() < 0.7
            if hit:
                t = G(t, "GRPC AC GET %s OK", f"GRPC AC GET {h} OK", proc)
                for _ in range(r.randint(0, 2)):
                    b = sha(r)
                    size = r.randint(200, 40_000_000)
                    if r.random() < 0.04:
                        t = G(
                            t + sec(r.uniform(0, 2)),
                            "GRPC BYTESTREAM READ FAILED TO SEND RESPONSE: rpc error: code = Canceled desc = context canceled",
                            "GRPC BYTESTREAM READ FAILED TO SEND RESPONSE: rpc error: code = Canceled desc = context canceled",
                            proc,
                        )
                    else:
                        t = G(
                            t + sec(r.uniform(0, 2)),
                            "GRPC BYTESTREAM READ COMPLETED %s",
                            f"GRPC BYTESTREAM READ COMPLETED ci/blobs/{b}/{size}",
                            proc,
                        )
            else:
                t = G(t, "GRPC AC GET %s NOT FOUND", f"GRPC AC GET {h} NOT FOUND", proc)
                t += sec(r.uniform(1, 30))
                outs = [sha(r) for _ in range(r.randint(1, 3))]
                for b in outs:
                    if r.random() < 0.3:
                        t = G(t, "GRPC CAS HEAD %s OK", f"GRPC CAS HEAD {b} OK", proc)
                        continue
                    t = G(t, "GRPC CAS HEAD %s NOT FOUND", f"GRPC CAS HEAD {b} NOT FOUND", proc)
                    size = r.randint(200, 60_000_000)
                    if full(t):
                        t = G(
                            t + sec(r.uniform(0, 2)),
                            "GRPC BYTESTREAM WRITE FAILED: open %s: no space left on device",
                            f"GRPC BYTESTREAM WRITE FAILED: open /data/cas.v2/{b[:2]}/{b}-{r.randint(100000000, 999999999)}.tmp: no space left on device",
                            proc,
                        )
                    elif size < 1_000_000:
                        t = G(
                            t + sec(r.uniform(0, 1)),
                            "GRPC CAS PUT %s OK",
                            f"GRPC CAS PUT {b} OK",
                            proc,
                        )
                    else:
                        t = G(
                            t + sec(r.uniform(0, 3)),
                            "GRPC BYTESTREAM WRITE COMPLETED: %s",
                            f"GRPC BYTESTREAM WRITE COMPLETED: ci/uploads/{uuid4(r)}/blobs/{b}/{size}",
                            proc,
                        )
                if full(t):
                    G(
                        t + sec(0.5),
                        "GRPC AC PUT %s open %s: no space left on device",
                        f"GRPC AC PUT {h} open /data/ac.v2/{h[:2]}/{h}-{r.randint(100000000, 999999999)}.tmp: no space left on device",
                        proc,
                    )
                else:
                    G(t + sec(0.5), "GRPC AC PUT %s OK", f"GRPC AC PUT {h} OK", proc)

    for t in poisson(r, T0 + sec(60), T_END, 230):
        build(t, r.choice(CI))

    def access(t: datetime, method: str, code: int, ip: str, path: str, label: str) -> datetime:
        return G(t, label, f"{method:>4} {code} {ip:>15} {path}", ("http", ip))

    for t in poisson(r, T0 + sec(120), T_END, 40):
        if down(t):
            continue
        ip = r.choice(DEVS)
        x = r.random()
        h = sha(r)
        if x < 0.45:
            t = access(t, "GET", 200, ip, f"/ac/{h}", "GET /ac/%s 200")
            for _ in range(r.randint(0, 2)):
                t = access(t, "GET", 200, ip, f"/cas/{sha(r)}", "GET /cas/%s 200")
        elif x < 0.7:
            access(t, "GET", 404, ip, f"/ac/{h}", "GET /ac/%s 404")
        elif x < 0.8:
            access(t, "HEAD", 200, ip, f"/cas/{h}", "HEAD /cas/%s 200")
        elif x < 0.86:
            access(t, "HEAD", 404, ip, f"/cas/{h}", "HEAD /cas/%s 404")
        elif x < 0.875:
            # a developer's script uploading a JSON ActionResult with the wrong content type
            G(
                t,
                "PUT %s: proto: cannot parse invalid wire-format data",
                f"PUT /ac/{h}: proto: cannot parse invalid wire-format data",
                ("http", ip),
            )
        else:
            access(t, "GET", 200, ip, f"/cas/{h}", "GET /cas/%s 200")
    for t in poisson(r, at(10, 40), at(10, 46), 6):
        ip = r.choice(SCANNERS)
        p = "/"
        access(t, "GET", 400, ip, p, f"GET {p} 400")
    return fs.logs(T0)


SYSTEMS = {
    "verdaccio": verdaccio,
    "jfrog-xray": jfrog_xray,
    "forgejo-runner": forgejo_runner,
    "zot": zot,
    "bazel-remote": bazel_remote,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
