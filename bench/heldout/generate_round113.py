#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 113 (alloy, datadog-agent, newrelic-infra, apm-server,
openobserve) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that
wrote it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, per process and file). Five observability agents and back ends,
06:00 to 12:00 on 2024-06-04:

- Grafana Alloy 1.1 on two Kubernetes nodes (`alloy-edge-1.log`, `alloy-edge-2.log`: go-kit
  logfmt, `ts=2024-06-04T06:00:01.123456789Z level=info msg="..." key=value ...`): start-up
  (the message-less `"boringcrypto enabled"=false`, the graph evaluation with one `finished
  node evaluation` per component, the cluster, the HTTP server, the WAL watcher), pod log files
  coming and going under loki.source.file (`tail routine: started`, `Seeked %s - %+v`, `tail
  routine: exited`, `stopped tailing file`), kubelet's log rotation (`Re-opening
  moved/deleted file %s ...`, `Successfully reopened %s`), Loki's rate limit 07:30-08:15
  (`error sending batch, will retry` with status 429, `final error sending batch`), Mimir down
  09:40-09:52 (`Failed to send batch, retrying`, `Remote storage resharding`), a node with a
  skewed clock (`Error on ingesting samples that are too old ...`), edge-2 restarted at 09:00,
  a bad reload on edge-1 at 10:30 and a good one at 10:41.
- Datadog Agent 7.53 upgraded to 7.54 at 10:05 on one host (`agent.log`: `2024-06-04 06:00:01
  UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:40 in CheckStarted) | check:cpu |
  Running check...`, and `trace-agent.log`): start-up, each check's first five runs and the
  `next runs will be logged every 500 runs` line, the disk check's Python warning every run
  while a user's gvfs mount is there (the `disk:<hash> | (disk.py:%d) | ` prefix of Python
  checks), the nginx check failing 08:20-09:40 and the postgres check 10:40-11:30 (`Error running
  check: [{"message": ..., "traceback": ...}]` on one line), the intake's DNS failing
  07:10-07:25 (`Error while processing transaction: ...`, `Too many errors for endpoint`,
  `Dropped %d transactions ...`), an app sending malformed DogStatsD packets, log rotation;
  the trace agent's minutely `[lang:...] -> traces received: ...` and `No data received`.
- New Relic infrastructure agent 1.52 on three hosts (`newrelic-infra-web01.log`,
  `newrelic-infra-web02.log`, `newrelic-infra-db01.log`: logrus text, `time="2024-06-04T06:00:01Z" level=info msg="..."
  component=... `, fields sorted): start-up (`runtime configuration`, `Checking network
  connectivity...`, `Initializing`, `New Relic infrastructure agent is running.`), integration
  health checks, nri-redis failing every 15 s while Redis is down 08:05-09:35 and nri-postgresql
  every 30 s after a password rotation 06:00-07:40 (`integration exited with error state`
  with the stderr in a field), nri-flex's logrus errors re-logged (`received an integration
  log line` with `fields.level=` / `fields.msg=`), Docker's discovery failing (`can't fetch
  discovery items`), a config for an integration that is not installed (`can't start
  integration`), New Relic unreachable through the proxy 10:00-10:15 (`metric sender can't
  process`, `Inventory sender can't process data.`, `failed to send dimensional metrics`,
  `Commands initial fetch failed.` on web02's restart at 10:05), db01 restarted at 09:20.
- Elastic APM Server 8.13 (`apm-server-20240604.ndjson`: ECS JSON, `{"log.level":"info",
  "@timestamp":"...","log.logger":"request","log.origin":{...},"message":"request
  accepted",...}`): start-up and shutdown (libbeat's `Home path: ...`, `Beat ID: %v`,
  `Listening on: %s`, `Stop listening on: %s`, `Total metrics`, `Uptime: %s`, `apm-server
  stopped.`), the request log (`request accepted`, `request ok`, `unauthorized`, `data
  validation error`, `request body too large`, `too many requests`, `queue is full`), `Non-zero
  metrics in the last 30s` every 30 s with its nested monitoring object, Elasticsearch's disk
  flood stage 10:40-10:55 (`failed to index documents in '%s' (cluster_block_exception): ...`,
  `bulk indexing request failed`), a bad field from one service (`mapper_parsing_exception`),
  TLS probes (`http: TLS handshake error from %s: EOF`), a restart at 09:00.
- OpenObserve v0.10 on two nodes (`o2-ingester-0.log`, `o2-ingester-1.log`: its O2Formatter,
  `2024-06-04T06:00:01.123456789+00:00 INFO openobserve::job::files::parquet: msg`): start-up
  (`Starting OpenObserve %s`, `System info: ...`, `starting gRPC server at %s`, `starting HTTP
  server at: %s` once per worker), actix-web's access lines (`%a "%r" %s %b
  "%{Content-Length}i" "%{Referer}i" "%{User-Agent}i" %T`: `_json` and `_bulk` ingestion,
  searches, a shipper with a wrong password, bad JSON), the ingester's WAL-to-parquet job
  (`[INGESTER:JOB:%d] merge small file: %s`, `merge file succeeded, %d files into a new file:
  ...`, `scan files get total: %d, took: %d ms`), searches (`[trace_id %s] search->storage:
  ...`), MinIO down 08:30-08:42 (`[INGESTER:JOB] merge files failed: Generic S3 error: ...`),
  ingester-1 restarted at 10:00 (`SIGTERM received`, `Node is offline`, `HTTP server stopped`,
  `Node left cluster`, `gRPC server starts shutting down`, `server stopped`).

Label notes. Alloy's `ts=` and `level=` and every key after `msg=` (go-kit's `component_path`,
`component_id`, the call's `err=`, `url=`, `path=`) are context: the message is the label; a
message formatted in place keeps its holes (`Seeked %s - %+v`, `Re-opening moved/deleted file %s
...`), and a call with no `msg` key is labelled by its key (`"boringcrypto enabled"=%s`, as round
111 labels Stalwart's message-less events). The Datadog Agent's date, logger name, level and
`(file:line in func)` are context; the check logger's `check:%s | ` and the Python bridge's
`%s | (%s:%d) | ` in front of a Python check's message are context the agent's loggers add
(Sidekiq's `class= jid=`), the message after them being the label; an error list's JSON carries
the Python error's own wording (`[{"message": "404 Client Error: Not Found for url: %s",
"traceback": "%s"}]`: the traceback is a value). logrus's `time=`, `level=` and fields are
context for the New Relic agent (round 52's Cilium): the message is the label, and the
stderr, error and `fields.msg` values are attributes. APM Server's ECS fields are context and
the `message` the label, the request log's message being the result's keyword (round 22's
MongoDB); Elasticsearch's error type and reason inside `failed to index documents in '%s' (%s):
%s` contribute their own wording (round 97's errno texts). OpenObserve's time, level and target
are context; `[INGESTER:JOB:%d]` and `[trace_id %s]` are in its format strings and stay in the
labels; actix's access line is a request record labelled by method, route and status, the
organisation and stream in the path being values (`POST /api/%s/%s/_json`, round 111's SOGo).
The Datadog and New Relic logs show whole seconds: Clock keeps one goroutine's (a check's, a
component's, an integration runner's) lines a second apart there.

Least sure (written from the helper's knowledge, checked only where noted): Alloy's
`running usage stats reporter`, `starting cluster node`, `now listening for http traffic`,
`reload requested via /-/reload endpoint`, `config reloaded`, `failed to reload config`,
`interrupt received`, `series GC completed` and the fields of each; the Datadog Agent's
`Scheduling check %s with an interval of %v`, `Starting a new tailer for: ...`, `Log rotation
happened to %s`, `Dropped %d transactions ...`, the `Forwarder started` layout, the file:line
positions and the trace agent's start-up lines; the New Relic agent's `metric sender can't
process`, `Inventory sender can't process data.`, `failed to send dimensional metrics`, the
shutdown lines and the integrations' stderr texts (`runtime
configuration`, `Checking network connectivity...`, `Initializing`, `New Relic infrastructure
agent is running.`, `Commands initial fetch failed.`, `integration exited with error state`,
`received an integration log line`, `can't start integration`, `can't fetch discovery items`
and the health check lines checked against copies of the
agent's main.go and the v4 runner); APM Server's request log keywords, the `log.origin` of each
line, `Non-zero metrics` fields, `bulk indexing request failed` and the ES error texts;
OpenObserve's access format, `Starting OpenObserve %s`, `System info`, `starting HTTP server
at: %s`, `starting gRPC server at %s`, the shutdown lines, `[INGESTER:JOB:%d] merge small file`,
`merge file succeeded` and `scan files get total` (checked against copies of its main.rs,
logger.rs and job/files/parquet.rs), and not checked: the search lines' wording and the S3
error text.
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
from generate_round97 import Files, sec


def gofmt_dur(s: float) -> str:
    """Go's time.Duration String() for a positive duration in seconds."""
    if s < 1e-3:
        return f"{s * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if s < 1:
        return f"{s * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    if s < 60:
        return f"{s:.9f}".rstrip("0").rstrip(".") + "s"
    m, rest = divmod(s, 60)
    return f"{int(m)}m" + f"{rest:.9f}".rstrip("0").rstrip(".") + "s"


def gokit_v(v: object) -> str:
    """go-logfmt's value: quoted (Go %q) when empty or holding a blank, `=`, `"` or a control."""
    s = str(v).lower() if isinstance(v, bool) else str(v)
    if s == "" or any(c <= " " or c in '="\\' or ord(c) == 0x7F for c in s):
        return json.dumps(s, ensure_ascii=False)
    return s


def kv(pairs: list[tuple[str, object]]) -> str:
    return " ".join(f"{json.dumps(k) if ' ' in k else k}={gokit_v(v)}" for k, v in pairs)


# ------------------------------------------------------------------------------------ alloy

AL_NODES = [
    "remotecfg",
    "logging",
    "tracing",
    "livedebugging",
    "http",
    "cluster",
    "otel",
    "ui",
    "labelstore",
    "discovery.kubernetes.pods",
    "discovery.relabel.pods",
    "prometheus.scrape.pods",
    "prometheus.scrape.node",
    "prometheus.remote_write.mimir",
    "local.file_match.pods",
    "loki.source.file.pods",
    "loki.process.pods",
    "loki.write.default",
]
AL_NS = ["shop", "shop", "payments", "ingress-nginx", "monitoring", "kube-system", "search"]
AL_APPS = ["cart", "checkout", "catalog", "web", "worker", "controller", "api", "indexer"]
AL_LOKI_429 = "server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest '%d' lines totaling '%d' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"


def alloy(r: random.Random) -> list[Log]:
    """Alloy as a DaemonSet on two nodes (edge-1 10.0.1.11, edge-2 10.0.1.12) shipping pod logs
    to Loki and scraped metrics to Mimir, 06:00 to 12:00: pods come and go, kubelet rotates
    their logs, Loki rate-limits the tenant 07:30-08:15, Mimir is down 09:40-09:52, edge-2 is
    restarted (an upgrade) at 09:00 and its pods' clocks run 3 h behind 10:10-11:00, edge-1's
    config is reloaded with an error at 10:30 and fixed at 10:41."""
    fs = Files()
    ips = {"edge-1": "10.0.1.11", "edge-2": "10.0.1.12"}
    rw = {"edge-1": "3d6a1b", "edge-2": "8f02c4"}
    mimir = "https://mimir.obs.internal/api/v1/push"
    loki = "loki.obs.internal:3100"

    def A(h: str, t: datetime, level: str, label: str, msg: str | None, fields: list) -> datetime:
        head = [("level", level)] + ([("msg", msg)] if msg is not None else [])

        def text(x: datetime) -> list[str]:
            ns = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randrange(1000):03d}".rstrip("0")
            return [f"ts={ns}Z {kv(head + fields)}"]

        return fs.add(f"alloy-{h}.log", t, label, text, h, 1)

    ctl = [("controller_path", "/"), ("controller_id", "")]

    def comp(cid: str, *more: tuple[str, object]) -> list:
        return [("component_path", "/"), ("component_id", cid), *more]

    def rwf(h: str) -> list:
        return comp(
            "prometheus.remote_write.mimir",
            ("subcomponent", "rw"),
            ("remote_name", rw[h]),
            ("url", mimir),
        )

    files: dict[str, list[str]] = {"edge-1": [], "edge-2": []}

    def pod_file(h: str) -> str:
        ns = r.choice(AL_NS)
        app = r.choice(AL_APPS)
        pod = f"{app}-{hexid(r, 10)[:9]}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
        return f"/var/log/pods/{ns}_{pod}_{uuid4(r)}/{app}/0.log"

    def tail_start(h: str, t: datetime, path: str, offset: int) -> datetime:
        f = comp("loki.source.file.pods", ("component", "tailer"), ("path", path))
        t = A(h, t, "info", "tail routine: started", "tail routine: started", f)
        return A(
            h,
            t + sec(r.uniform(0.0001, 0.002)),
            "info",
            "Seeked %s - %+v",
            f"Seeked {path} - &{{Offset:{offset} Whence:0}}",
            comp("loki.source.file.pods", ("component", "tailer")),
        )

    def tail_stop(h: str, t: datetime, path: str) -> datetime:
        f = comp("loki.source.file.pods", ("component", "tailer"), ("path", path))
        t = A(h, t, "info", "tail routine: exited", "tail routine: exited", f)
        return A(h, t + sec(0.0003), "info", "stopped tailing file", "stopped tailing file", f)

    def evaluate(h: str, t: datetime, nodes: list[str]) -> datetime:
        trace = hexid(r, 32)
        t = A(
            h,
            t,
            "info",
            "starting complete graph evaluation",
            "starting complete graph evaluation",
            [*ctl, ("trace_id", trace)],
        )
        total = 0.0
        for n in nodes:
            d = r.uniform(0.00001, 0.004) if "discovery" not in n else r.uniform(0.01, 0.2)
            total += d
            t = A(
                h,
                t + sec(d),
                "info",
                "finished node evaluation",
                "finished node evaluation",
                [*ctl, ("trace_id", trace), ("node_id", n), ("duration", gofmt_dur(d))],
            )
        return A(
            h,
            t + sec(0.0002),
            "info",
            "finished complete graph evaluation",
            "finished complete graph evaluation",
            [*ctl, ("trace_id", trace), ("duration", gofmt_dur(total + 0.0004))],
        )

    def start(h: str, t: datetime, peers: list[str]) -> datetime:
        t = A(h, t, "info", '"boringcrypto enabled"=%s', None, [("boringcrypto enabled", False)])
        t = A(
            h,
            t + sec(0.00005),
            "info",
            "running usage stats reporter",
            "running usage stats reporter",
            [],
        )
        t = evaluate(h, t + sec(0.0001), AL_NODES)
        t = A(
            h,
            t + sec(0.0002),
            "info",
            "scheduling loaded components and services",
            "scheduling loaded components and services",
            [],
        )
        t = A(
            h,
            t + sec(0.001),
            "info",
            "starting cluster node",
            "starting cluster node",
            [
                ("service", "cluster"),
                ("peers_count", len(peers)),
                ("peers", ",".join(f"{ips[p]}:12345" for p in peers)),
                ("advertise_addr", f"{ips[h]}:12345"),
            ],
        )
        t = A(
            h,
            t + sec(0.0005),
            "info",
            "now listening for http traffic",
            "now listening for http traffic",
            [("service", "http"), ("addr", "0.0.0.0:12345")],
        )
        t = A(
            h,
            t + sec(0.002),
            "info",
            "Starting WAL watcher",
            "Starting WAL watcher",
            [*rwf(h), ("queue", rw[h])],
        )
        t = A(
            h,
            t + sec(0.0001),
            "info",
            "Starting scraped metadata watcher",
            "Starting scraped metadata watcher",
            rwf(h),
        )
        t = A(
            h,
            t + sec(0.0002),
            "info",
            "Replaying WAL",
            "Replaying WAL",
            [*rwf(h), ("queue", rw[h])],
        )
        for p in files[h]:
            t = tail_start(h, t + sec(r.uniform(0.001, 0.01)), p, r.randint(20000, 9000000))
        d = r.uniform(2, 9)
        return A(
            h,
            t + sec(d),
            "info",
            "Done replaying WAL",
            "Done replaying WAL",
            [*rwf(h), ("queue", rw[h]), ("duration", gofmt_dur(d + 0.05))],
        )

    def stop(h: str, t: datetime) -> datetime:
        t = A(h, t, "info", "interrupt received", "interrupt received", [])
        for p in files[h]:
            t = tail_stop(h, t + sec(r.uniform(0.0005, 0.003)), p)
        t = A(
            h, t + sec(0.01), "info", "Stopping remote storage...", "Stopping remote storage...", []
        )
        t = A(
            h,
            t + sec(0.02),
            "info",
            "WAL watcher stopped",
            "WAL watcher stopped",
            [*rwf(h), ("queue", rw[h])],
        )
        return A(h, t + sec(0.4), "info", "Remote storage stopped.", "Remote storage stopped.", [])

    t0, t_end = at(6, 0), at(12, 0)
    for h in ["edge-1", "edge-2"]:
        files[h] = [pod_file(h) for _ in range(r.randint(14, 18))]
    start("edge-1", t0 + sec(r.uniform(1, 2)), ["edge-1", "edge-2"])
    start("edge-2", t0 + sec(r.uniform(2, 3)), ["edge-1", "edge-2"])

    # edge-2's restart at 09:00 (edge-1 sees the peer leave and come back)
    t = stop("edge-2", at(9, 0, 1) + sec(r.random()))
    for when, peers in [(at(9, 0, 3), ["edge-1"]), (at(9, 0, 31), ["edge-1", "edge-2"])]:
        A(
            "edge-1",
            when + sec(r.random()),
            "info",
            "peers changed",
            "peers changed",
            [
                ("service", "cluster"),
                ("peers_count", len(peers)),
                ("peers", ",".join(f"{ips[p]}:12345" for p in peers)),
            ],
        )
    restart_at = at(9, 0, 27)
    start("edge-2", restart_at, ["edge-1", "edge-2"])

    # pods come and go, kubelet rotates their logs
    for h in ["edge-1", "edge-2"]:
        for t in poisson(r, t0 + sec(120), t_end, 135):
            if h == "edge-2" and at(9, 0) <= t < at(9, 1):
                continue
            if r.random() < 0.5 and len(files[h]) > 10:
                p = files[h].pop(r.randrange(len(files[h])))
                tail_stop(h, t, p)
            else:
                p = pod_file(h)
                files[h].append(p)
                tail_start(h, t, p, 0)
        for t in poisson(r, t0 + sec(300), t_end, 600):
            if h == "edge-2" and at(9, 0) <= t < at(9, 1):
                continue
            p = r.choice(files[h])
            f = comp("loki.source.file.pods", ("component", "tailer"))
            t = A(
                h,
                t,
                "info",
                "Re-opening moved/deleted file %s ...",
                f"Re-opening moved/deleted file {p} ...",
                f,
            )
            A(
                h,
                t + sec(r.uniform(0.9, 1.1)),
                "info",
                "Successfully reopened %s",
                f"Successfully reopened {p}",
                f,
            )

    # Loki's rate limit: the client retries with back-off, then drops the batch
    lw = comp("loki.write.default", ("component", "client"), ("host", loki))
    for h in ["edge-1", "edge-2"]:
        tries = 0
        for t in poisson(r, at(7, 30), at(8, 15), 9):
            lines = r.randint(900, 2400)
            err = AL_LOKI_429 % (lines, lines * r.randint(380, 560))
            tries += 1
            if tries >= 10:
                A(
                    h,
                    t,
                    "error",
                    "final error sending batch",
                    "final error sending batch",
                    [*lw, ("status", 429), ("tenant", ""), ("error", err)],
                )
                tries = 0
            else:
                A(
                    h,
                    t,
                    "warn",
                    "error sending batch, will retry",
                    "error sending batch, will retry",
                    [*lw, ("status", 429), ("tenant", ""), ("error", err)],
                )

    # Mimir down
    for h in ["edge-1", "edge-2"]:
        shards = 1
        for t in poisson(r, at(9, 40), at(9, 52), 5):
            err = r.choice(
                [
                    f'Post "{mimir}": dial tcp 10.0.9.40:443: connect: connection refused',
                    "server returned HTTP status 503 Service Unavailable: upstream connect error or disconnect/reset before headers. reset reason: connection failure",
                    f'Post "{mimir}": context deadline exceeded',
                ]
            )
            A(
                h,
                t,
                "warn",
                "Failed to send batch, retrying",
                "Failed to send batch, retrying",
                [*rwf(h), ("err", err)],
            )
            if r.random() < 0.03 and shards < 6:
                A(
                    h,
                    t + sec(0.5),
                    "info",
                    "Remote storage resharding",
                    "Remote storage resharding",
                    [*rwf(h), ("from", shards), ("to", shards + 2)],
                )
                shards += 2
        A(
            h,
            at(9, 55) + sec(r.uniform(0, 60)),
            "info",
            "Remote storage resharding",
            "Remote storage resharding",
            [*rwf(h), ("from", shards), ("to", 1)],
        )

    # a node whose pods' clocks are behind: samples too old, every scrape
    for t in poisson(r, at(10, 10), at(11, 0), 14):
        A(
            "edge-2",
            t,
            "warn",
            "Error on ingesting samples that are too old or are too far into the future",
            "Error on ingesting samples that are too old or are too far into the future",
            comp(
                "prometheus.scrape.pods",
                ("scrape_pool", "prometheus.scrape.pods"),
                ("target", f"http://10.42.3.{r.randint(10, 60)}:9100/metrics"),
                ("num_dropped", r.randint(200, 1800)),
            ),
        )

    # WAL truncation every two hours
    for h in ["edge-1", "edge-2"]:
        for hr in [8, 10]:
            A(
                h,
                at(hr, 0, 5) + sec(r.uniform(0, 50)),
                "info",
                "series GC completed",
                "series GC completed",
                comp(
                    "prometheus.remote_write.mimir",
                    ("subcomponent", "wal"),
                    ("duration", gofmt_dur(r.uniform(0.005, 0.08))),
                ),
            )

    # edge-1's reloads: a typo, then the fix
    t = A(
        "edge-1",
        at(10, 30, 4),
        "info",
        "reload requested via /-/reload endpoint",
        "reload requested via /-/reload endpoint",
        [("service", "http")],
    )
    A(
        "edge-1",
        t + sec(0.003),
        "error",
        "failed to reload config",
        "failed to reload config",
        [
            (
                "err",
                '/etc/alloy/config.alloy:84:3: Failed to build component: decoding configuration: /etc/alloy/config.alloy:84:3: stage.regex.expression unknown attribute "expresion"',
            )
        ],
    )
    t = A(
        "edge-1",
        at(10, 41, 12),
        "info",
        "reload requested via /-/reload endpoint",
        "reload requested via /-/reload endpoint",
        [("service", "http")],
    )
    t = evaluate("edge-1", t + sec(0.002), AL_NODES[9:])
    A("edge-1", t + sec(0.0004), "info", "config reloaded", "config reloaded", [])
    return fs.logs(t0)


# ---------------------------------------------------------------------------- datadog-agent

DD_CHECKS = [
    ("cpu", "cpu", 15),
    ("memory", "memory", 15),
    ("load", "load", 15),
    ("uptime", "uptime", 15),
    ("io", "io", 15),
    ("file_handle", "file_handle", 15),
    ("network", "network:4b0649b7e11f0772", 15),
    ("disk", "disk:e5dffb8bef24336f", 15),
    ("ntp", "ntp:3c427a42a70bbf8", 900),
    ("nginx", "nginx:7f1a9e0c52d4b3a1", 15),
    ("postgres", "postgres:9d2c6e1b0a7f4e55", 15),
    ("redisdb", "redisdb:1e5b7a9c3d2f8e04", 15),
    ("process", "process:c0a1f3e9b8d27465", 15),
]
DD_PY_TB = 'Traceback (most recent call last):\\n  File \\"/opt/datadog-agent/embedded/lib/python3.11/site-packages/datadog_checks/base/checks/base.py\\", line 1225, in run\\n    self.check(instance)\\n  File \\"/opt/datadog-agent/embedded/lib/python3.11/site-packages/datadog_checks/{mod}\\", line {n}, in {fn}\\n    {src}\\n{exc}\\n'


def datadog_agent(r: random.Random) -> list[Log]:
    """The Datadog Agent on web-03 (nginx, PostgreSQL, Redis), 06:00 to 12:00: a user's gvfs mount
    makes the disk check warn every run 06:00-08:00, the intake's name fails to resolve
    07:10-07:25, nginx's status page moves 08:20-09:40 (404), an app sends malformed DogStatsD
    packets 09:50-10:05, the agent is upgraded (restarted) at 10:05, the postgres check's
    password is rotated 10:40-11:30; the trace agent reports its receivers every minute."""
    fs = Files()
    ver = {"core": "7.53.0"}
    host = "web-03"

    def D(t: datetime, level: str, pos: str, label: str, msg: str, proc: str = "main") -> datetime:
        """A line of agent.log; `proc` is the goroutine (a check's worker, the forwarder, ...):
        only one goroutine's lines are kept a second apart."""
        return fs.add(
            "agent.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} UTC | CORE | {level} | ({pos}) | {msg}"],
            proc if proc != "main" else ("main", label, msg),
            1_000_000,
        )

    def T(t: datetime, level: str, pos: str, label: str, msg: str) -> datetime:
        return fs.add(
            "trace-agent.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} UTC | TRACE | {level} | ({pos}) | {msg}"],
            "trace",
            1_000_000,
        )

    runs: dict[str, int] = {}
    ep = {"core": ""}

    def check_run(t: datetime, cid: str) -> None:
        n = runs[cid] = runs.get(cid, 0) + 1
        if n <= 5 or n % 500 == 0:
            t = D(
                t,
                "INFO",
                "pkg/collector/worker/check_logger.go:40 in CheckStarted",
                "Running check...",
                f"check:{cid} | Running check...",
                cid,
            )
            if n == 5:
                D(
                    t + sec(r.uniform(0.02, 0.4)),
                    "INFO",
                    "pkg/collector/worker/check_logger.go:59 in CheckFinished",
                    "Done running check, next runs will be logged every %v runs",
                    f"check:{cid} | Done running check, next runs will be logged every 500 runs",
                    cid,
                )
            else:
                D(
                    t + sec(r.uniform(0.02, 0.4)),
                    "INFO",
                    "pkg/collector/worker/check_logger.go:59 in CheckFinished",
                    "Done running check",
                    f"check:{cid} | Done running check",
                    cid,
                )

    def start(t: datetime) -> datetime:
        """The start-up lines (each from its own component, so they may share a second)."""
        runs.clear()
        v = ver["core"]
        ep["core"] = f"https://{v.replace('.', '-')}-app.agent.datadoghq.eu"
        t = D(
            t + sec(r.uniform(0.005, 0.12)),
            "INFO",
            "cmd/agent/subcommands/run/command.go:521 in startAgent",
            "Starting Datadog Agent v%s",
            f"Starting Datadog Agent v{v}",
        )
        t = D(
            t + sec(r.uniform(0.005, 0.12)),
            "INFO",
            "pkg/util/hostname/warnings.go:36 in logHostnameDrift",
            "Hostname is: %s",
            f"Hostname is: {host}",
        )
        t = D(
            t + sec(r.uniform(0.005, 0.12)),
            "INFO",
            "cmd/agent/subcommands/run/command.go:633 in startAgent",
            "GUI server port -1 specified: not starting the GUI.",
            "GUI server port -1 specified: not starting the GUI.",
        )
        t = D(
            t,
            "INFO",
            "comp/forwarder/defaultforwarder/default_forwarder.go:386 in Start",
            "Forwarder started, sending to %v endpoint(s) with %v worker(s) each: %s",
            f'Forwarder started, sending to 1 endpoint(s) with 1 worker(s) each: "{ep["core"]}" (1 api key(s))',
        )
        t = D(
            t + sec(r.uniform(0.005, 0.12)),
            "INFO",
            "comp/dogstatsd/listeners/udp.go:96 in NewUDPListener",
            "dogstatsd-udp: %s successfully initialized",
            "dogstatsd-udp: 127.0.0.1:8125 successfully initialized",
        )
        for p in ["/var/log/nginx/access.log", "/var/log/nginx/error.log", "/srv/shop/log/app.log"]:
            t = D(
                t,
                "INFO",
                "pkg/logs/launchers/file/launcher.go:425 in startNewTailer",
                "Starting a new tailer for: %s (offset: %d, whence: %d) for tailer key %s",
                f"Starting a new tailer for: {p} (offset: 0, whence: 2) for tailer key file:{p}",
            )
        for _, cid, iv in DD_CHECKS:
            t = D(
                t,
                "INFO",
                "pkg/collector/scheduler/scheduler.go:83 in Enter",
                "Scheduling check %s with an interval of %v",
                f"Scheduling check {cid} with an interval of {iv}s",
            )
        return t

    t0, t_end = at(6, 0), at(12, 0)
    up = [(t0 + sec(3), at(10, 5, 2)), (at(10, 5, 31), t_end)]
    start(up[0][0])
    # trace agent start-up
    for a, _ in up:
        tt = T(
            a + sec(1),
            "INFO",
            "pkg/trace/agent/run.go:119 in runAgentSidekicks",
            "Trace agent running on host %s",
            f"Trace agent running on host {host}",
        )
        T(
            tt,
            "INFO",
            "pkg/trace/api/api.go:385 in listenTCP",
            "Listening for traces at http://%s:%d",
            "Listening for traces at http://localhost:8126",
        )

    for cname, cid, iv in DD_CHECKS:
        for a, b in up:
            t = a + sec(r.uniform(3, 15))
            runs[cid] = 0
            while t < b:
                check_run(t, cid)
                if cname == "disk" and t < at(8, 0):
                    D(
                        t + sec(r.uniform(0.05, 0.3)),
                        "WARN",
                        "pkg/collector/python/datadog_agent.go:131 in LogMessage",
                        "Unable to get disk metrics for %s: [Errno 13] Permission denied: '%s'",
                        f"{cid} | (disk.py:135) | Unable to get disk metrics for /run/user/1000/gvfs: [Errno 13] Permission denied: '/run/user/1000/gvfs'",
                        cid,
                    )
                if cname == "nginx" and at(8, 20) <= t < at(9, 40):
                    exc = "requests.exceptions.HTTPError: 404 Client Error: Not Found for url: http://localhost:81/nginx_status"
                    tb = DD_PY_TB.format(
                        mod="nginx/nginx.py",
                        n=181,
                        fn="check",
                        src="response, content_type, version = self._get_data()",
                        exc=exc,
                    )
                    D(
                        t + sec(r.uniform(0.05, 0.3)),
                        "ERROR",
                        "pkg/collector/worker/check_logger.go:71 in Error",
                        'Error running check: [{"message": "404 Client Error: Not Found for url: %s", "traceback": "%s"}]',
                        f'check:{cid} | Error running check: [{{"message": "404 Client Error: Not Found for url: http://localhost:81/nginx_status", "traceback": "{tb}"}}]',
                        cid,
                    )
                if cname == "postgres" and at(10, 40) <= t < at(11, 30):
                    m = 'connection to server at \\"10.0.3.5\\", port 5432 failed: FATAL:  password authentication failed for user \\"datadog\\"\\n'
                    exc = "psycopg.OperationalError: " + m[:-2]
                    tb = DD_PY_TB.format(
                        mod="postgres/postgres.py",
                        n=906,
                        fn="check",
                        src="self._connect()",
                        exc=exc,
                    )
                    D(
                        t + sec(r.uniform(0.05, 0.3)),
                        "ERROR",
                        "pkg/collector/worker/check_logger.go:71 in Error",
                        'Error running check: [{"message": "connection to server at \\"%s\\", port %d failed: FATAL:  password authentication failed for user \\"%s\\"\\n", "traceback": "%s"}]',
                        f'check:{cid} | Error running check: [{{"message": "{m}", "traceback": "{tb}"}}]',
                        cid,
                    )
                t += sec(iv + r.uniform(-0.3, 0.3))

    # the intake's name does not resolve
    eps = [
        "/api/v2/series",
        "/api/v1/check_run",
        "/intake/",
        "/api/beta/sketches",
        "/api/v1/validate",
    ]
    last_block = at(7, 0)
    for t in poisson(r, at(7, 10), at(7, 25), 2.6):
        e = r.choice(eps[:4])
        D(
            t,
            "ERROR",
            "comp/forwarder/defaultforwarder/worker.go:191 in process",
            'Error while processing transaction: error while sending transaction, rescheduling it: Post "%s": dial tcp: lookup %s on %s: server misbehaving',
            f'Error while processing transaction: error while sending transaction, rescheduling it: Post "{ep["core"]}{e}": dial tcp: lookup {ep["core"][8:]} on 127.0.0.53:53: server misbehaving',
            "fwd",
        )
        if (t - last_block).total_seconds() > 40:
            last_block = t
            D(
                t + sec(0.2),
                "WARN",
                "comp/forwarder/defaultforwarder/transaction/transaction.go:433 in internalProcess",
                "Too many errors for endpoint '%s': retrying later",
                f"Too many errors for endpoint '{ep['core']}{e}': retrying later",
                "fwd",
            )
            if r.random() < 0.5:
                D(
                    t + sec(0.3),
                    "ERROR",
                    "comp/forwarder/defaultforwarder/forwarder_health.go:311 in RetryTransactions",
                    "Dropped %d transactions in this retry attempt: %d for exceeding the retry queue size limit of %d, %d because the workers are too busy",
                    f"Dropped {r.randint(3, 40)} transactions in this retry attempt: 0 for exceeding the retry queue size limit of 15728640, {r.randint(3, 40)} because the workers are too busy",
                    "fwd",
                )
    for a in [up[0][0] + sec(20), at(7, 25, 9), up[1][0] + sec(19)]:
        D(
            a,
            "INFO",
            "comp/forwarder/defaultforwarder/transaction/transaction.go:454 in internalProcess",
            'Successfully posted payload to "%s" (%s), the agent will only log transaction success every %d transactions',
            f'Successfully posted payload to "{ep["core"] if a < at(10, 0) else "https://7-54-0-app.agent.datadoghq.eu"}/api/v1/check_run" (202 Accepted), the agent will only log transaction success every 500 transactions',
            "fwd",
        )

    # malformed DogStatsD packets
    for t in poisson(r, at(9, 50), at(10, 5), 9):
        m = r.choice(["checkout.latency:12.5|hist", "checkout.items:3|cnt", "cart.size:2|gg"])
        D(
            t,
            "ERROR",
            "comp/dogstatsd/server/server.go:765 in errLog",
            "Dogstatsd: error parsing metric message '%q': invalid metric type: %q",
            f'Dogstatsd: error parsing metric message \'"{m}"\': invalid metric type: "{m.split("|")[1]}"',
            "dsd",
        )

    # hourly rotation of the app's log
    for hr in range(7, 12):
        D(
            at(hr, 0, 1) + sec(r.uniform(0, 3)),
            "INFO",
            "pkg/logs/tailers/file/rotate_nix.go:67 in DidRotate",
            "Log rotation happened to %s",
            "Log rotation happened to /srv/shop/log/app.log",
            "logs",
        )

    # the upgrade
    t = D(
        at(10, 5, 2),
        "INFO",
        "cmd/agent/subcommands/run/command.go:297 in run",
        "Received signal '%s', shutting down...",
        "Received signal 'terminated', shutting down...",
    )
    D(
        t + sec(2),
        "INFO",
        "cmd/agent/subcommands/run/command.go:617 in stopAgent",
        "See ya!",
        "See ya!",
    )
    ver["core"] = "7.54.0"
    start(up[1][0])

    # the trace agent's receivers
    for a, b in up:
        t = a + sec(61)
        while t < b:
            if t < at(6, 20) or at(9, 12) <= t < at(9, 19):
                T(
                    t,
                    "INFO",
                    "pkg/trace/info/stats.go:104 in LogAndResetStats",
                    "No data received",
                    "No data received",
                )
            else:
                for lang, lv, interp, tv in [
                    ("python", "3.11.9", "CPython", "2.8.5"),
                    ("java", "17.0.11", "OpenJDK 64-Bit Server VM", "1.35.1"),
                ]:
                    n = r.randint(80, 600)
                    T(
                        t,
                        "INFO",
                        "pkg/trace/info/stats.go:104 in LogAndResetStats",
                        "%s -> traces received: %d, traces filtered: %d, traces amount: %d bytes, events extracted: %d, events sampled: %d",
                        f"[lang:{lang} lang_version:{lv} interpreter:{interp} tracer_version:{tv} endpoint_version:v0.4] -> traces received: {n}, traces filtered: {r.randint(0, 3)}, traces amount: {n * r.randint(1800, 4200)} bytes, events extracted: 0, events sampled: 0",
                    )
            t += sec(60)
    return fs.logs(t0)


# --------------------------------------------------------------------------- newrelic-infra

_LOGRUS_PLAIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")


def lr_v(v: object) -> str:
    """logrus TextFormatter's value: quoted (%q) when it holds anything but `[A-Za-z0-9-._/@^+]`."""
    s = str(v).lower() if isinstance(v, bool) else str(v)
    return s if s and all(c in _LOGRUS_PLAIN for c in s) else json.dumps(s, ensure_ascii=False)


def newrelic_infra(r: random.Random) -> list[Log]:
    """The New Relic infrastructure agent on web01 and web02 (nginx, the shared Redis, a Flex
    integration calling the shop's status API) and db01 (PostgreSQL), 06:00 to 12:00: db01's nri-postgresql fails
    after a password rotation until 07:40, Redis is down 08:05-09:35, the Flex API returns 503
    10:30-11:40, the proxy to New Relic fails 10:00-10:15, db01's agent is restarted
    at 09:20 and web02's at 10:05 (while the proxy fails), web01's nri-nginx panics once at
    11:10, Docker's discovery fails on web02 07:00-07:20 and a Kafka config without its
    integration is dropped on db01 at 11:00."""
    fs = Files()
    ver = "1.52.3"

    def N(h: str, t: datetime, level: str, label: str, msg: str, fields: dict) -> datetime:
        body = " ".join(f"{k}={lr_v(v)}" for k, v in sorted(fields.items()))

        def text(x: datetime) -> list[str]:
            return [
                f'time="{x:%Y-%m-%dT%H:%M:%S}Z" level={level} msg={lr_v(msg)}'
                + (f" {body}" if body else "")
            ]

        return fs.add(
            f"newrelic-infra-{h}.log",
            t,
            label,
            text,
            (h, fields.get("integration_name", fields.get("component"))),
            1_000_000,
        )

    svc = {"component": "AgentService", "service": "newrelic-infra"}
    integ = {
        "web01": [("nri-nginx", 30), ("nri-redis", 15), ("nri-flex", 30)],
        "web02": [("nri-nginx", 30), ("nri-redis", 15), ("nri-flex", 30)],
        "db01": [("nri-postgresql", 30)],
    }
    uid = {(h, n): hexid(r, 10) for h, xs in integ.items() for n, _ in xs}
    uid[("db01", "nri-kafka")] = hexid(r, 10)

    def ifields(h_: str, iname: str, **more: object) -> dict:
        d = {
            "component": "integrations.runner.Runner",
            "integration_name": iname,
            "runner_uid": uid[(h_, iname)],
        }
        d.update(more)
        return d

    def start(h: str, t: datetime, net_ok: bool = True) -> datetime:
        el = 0.0
        t = N(
            h,
            t,
            "info",
            "runtime configuration",
            "runtime configuration",
            {
                "agentUser": "root",
                "component": "New Relic Infrastructure Agent",
                "executablePath": "",
                "maxProcs": 1,
                "pluginDir": "[/etc/newrelic-infra/integrations.d /var/db/newrelic-infra/integrations.d]",
            },
        )
        t = N(
            h,
            t,
            "info",
            "Checking network connectivity...",
            "Checking network connectivity...",
            svc,
        )
        el += r.uniform(0.3, 1.2)
        t = N(
            h,
            t + sec(el),
            "info",
            "Initializing",
            "Initializing",
            dict(svc, elapsedTime=gofmt_dur(el), version=ver),
        )
        if not net_ok:
            t = N(
                h,
                t,
                "warning",
                "Commands initial fetch failed.",
                "Commands initial fetch failed.",
                dict(
                    svc,
                    error='Post "https://infrastructure-command-api.newrelic.com/agent_commands/v1/commands": context deadline exceeded',
                ),
            )
        el += r.uniform(0.5, 2)
        t = N(
            h,
            t + sec(1),
            "info",
            "New Relic infrastructure agent is running.",
            "New Relic infrastructure agent is running.",
            dict(svc, elapsedTime=gofmt_dur(el)),
        )
        return t

    def health(h: str, t: datetime, name: str, ok: bool) -> None:
        if ok:
            N(
                h,
                t,
                "info",
                "Integration health check finished with success",
                "Integration health check finished with success",
                ifields(h, name),
            )
        else:
            N(
                h,
                t,
                "warning",
                "Integration health check finished with some errors",
                "Integration health check finished with some errors",
                ifields(h, name, error="invalid character 'E' looking for beginning of value"),
            )

    t0, t_end = at(6, 0), at(12, 0)
    runs = {
        "web01": [(t0 + sec(2), t_end)],
        "web02": [(t0 + sec(4), at(10, 5, 1)), (at(10, 5, 6), t_end)],
        "db01": [(t0 + sec(3), at(9, 20, 4)), (at(9, 20, 9), t_end)],
    }
    for h, spans in runs.items():
        for a, b in spans:
            start(h, a, not (at(10, 0) <= a < at(10, 15)))
            for name, iv in integ[h]:
                t = a + sec(r.uniform(3, 8))
                first = True
                while t < b:
                    fail = None
                    if name == "nri-postgresql" and t < at(7, 40):
                        fail = (
                            "exit status 1",
                            '[ERR] Error creating connection to SQL Server: pq: password authentication failed for user "newrelic"',
                        )
                    if name == "nri-redis" and at(8, 5) <= t < at(9, 35):
                        fail = (
                            "exit status 1",
                            "[ERR] Can't connect to redis: dial tcp 10.0.3.7:6379: connect: connection refused",
                        )
                    if name == "nri-nginx" and h == "web01" and at(11, 10) <= t < at(11, 10, 30):
                        stack = [
                            "panic: runtime error: invalid memory address or nil pointer dereference",
                            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b4f2e]",
                            "goroutine 1 [running]:",
                            "main.getMetricsData(0xc00012a000)",
                            "\t/go/src/github.com/newrelic/nri-nginx/src/metrics.go:97 +0x4e",
                        ]
                        fail = ("exit status 2", "\n".join(stack))
                    if name == "nri-flex" and at(10, 30) <= t < at(11, 40):
                        N(
                            h,
                            t + sec(r.uniform(0.2, 1)),
                            "info",
                            "received an integration log line",
                            "received an integration log line",
                            ifields(
                                h,
                                name,
                                **{
                                    "fields.level": "error",
                                    "fields.msg": "fetch: url request failed",
                                    "fields.time": f"{t:%Y-%m-%dT%H:%M:%S}Z",
                                    "err": "http status 503 Service Unavailable",
                                    "name": "shopStatus",
                                    "url": "http://localhost:8080/internal/status",
                                },
                            ),
                        )
                    if fail:
                        N(
                            h,
                            t + sec(r.uniform(0.1, 2)),
                            "warning",
                            "integration exited with error state",
                            "integration exited with error state",
                            ifields(h, name, error=fail[0], stderr=fail[1]),
                        )
                        if first:
                            first = False
                    elif first:
                        health(
                            h,
                            t + sec(r.uniform(0.2, 1)),
                            name,
                            not (h == "web02" and name == "nri-flex" and a == t0 + sec(4)),
                        )
                        first = False
                    t += sec(iv)
    # the proxy to New Relic fails: metrics, inventory and events pile up
    for h in ["web01", "web02", "db01"]:
        for t in poisson(r, at(10, 0), at(10, 15), 6):
            N(
                h,
                t,
                "error",
                "metric sender can't process",
                "metric sender can't process",
                {
                    "component": "MetricsIngestSender",
                    "error": 'Post "https://infra-api.newrelic.com/infra/v2/metrics/events/bulk": proxyconnect tcp: dial tcp 10.0.0.3:3128: connect: connection refused',
                    "postCount": r.randint(1, 4),
                },
            )
        for t in poisson(r, at(10, 0), at(10, 15), 45):
            N(
                h,
                t,
                "warning",
                "Inventory sender can't process data.",
                "Inventory sender can't process data.",
                {
                    "component": "Patch Sender",
                    "entityKey": f"{h}.example.com",
                    "error": 'Post "https://infra-api.newrelic.com/inventory/deltas": proxyconnect tcp: dial tcp 10.0.0.3:3128: connect: connection refused',
                },
            )
        for t in poisson(r, at(10, 0), at(10, 15), 20):
            N(
                h,
                t,
                "error",
                "failed to send dimensional metrics",
                "failed to send dimensional metrics",
                {
                    "component": "integrations.DMSender",
                    "error": 'Post "https://metric-api.newrelic.com/metric/v1/infra": proxyconnect tcp: dial tcp 10.0.0.3:3128: connect: connection refused',
                },
            )
    # a kafka config dropped on db01 without the integration installed
    for t in poisson(r, at(11, 0, 20), t_end, 30):
        N(
            "db01",
            t,
            "error",
            "can't start integration",
            "can't start integration",
            ifields(
                "db01",
                "nri-kafka",
                error="fork/exec /var/db/newrelic-infra/newrelic-integrations/bin/nri-kafka: no such file or directory",
            ),
        )
    # the Docker discovery on web02 while dockerd restarts
    for t in poisson(r, at(7, 0), at(7, 20), 30):
        N(
            "web02",
            t,
            "error",
            "can't fetch discovery items",
            "can't fetch discovery items",
            ifields(
                "web02",
                "nri-nginx",
                error="Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
            ),
        )
    # the restarts
    t = N(
        "web02",
        at(10, 5, 1),
        "info",
        "Received signal, shutting down.",
        "Received signal, shutting down.",
        dict(svc, signal="terminated"),
    )
    N(
        "web02",
        t + sec(1),
        "info",
        "Agent service manager shutdown completed successfully.",
        "Agent service manager shutdown completed successfully.",
        svc,
    )
    t = N(
        "db01",
        at(9, 20, 4),
        "info",
        "Received signal, shutting down.",
        "Received signal, shutting down.",
        dict(svc, signal="terminated"),
    )
    N(
        "db01",
        t + sec(1),
        "info",
        "Agent service manager shutdown completed successfully.",
        "Agent service manager shutdown completed successfully.",
        svc,
    )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- apm-server

APM_AGENTS = [
    ("apm-agent-java/1.50.0 (order-service 2.3.1)", "10.0.4.21"),
    ("apm-agent-python/6.22.0 (cart-api 1.14.2)", "10.0.4.35"),
]
APM_RUM_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
]
APM_ORIGIN = {
    "beater": ("github.com/elastic/apm-server/internal/beater.(*Runner).Run", "beater/beater.go"),
    "request": (
        "github.com/elastic/apm-server/internal/beater/api.apmMiddleware.LogMiddleware.func1.1",
        "middleware/log_middleware.go",
    ),
    "instance": (
        "github.com/elastic/beats/v7/libbeat/cmd/instance.(*Beat).configure",
        "instance/beat.go",
    ),
    "monitoring": (
        "github.com/elastic/beats/v7/libbeat/monitoring/report/log.(*reporter).logSnapshot",
        "log/log.go",
    ),
    "beater.http": (
        "github.com/elastic/apm-server/internal/beater.newHTTPServer.func1",
        "beater/http.go",
    ),
    "docappender": (
        "github.com/elastic/go-docappender/v2.(*Appender).flush",
        "v2@v2.1.2/appender.go",
    ),
}


def apm_server(r: random.Random) -> list[Log]:
    """APM Server 8.13 behind a load balancer, 06:00 to 12:00: two backend agents send their
    events every 60 s (api_request_time) and fetch their central config every 120 s, browsers
    send RUM events (a bot floods them 07:40-07:50: 429), a misconfigured agent with a wrong
    secret token, oversized and invalid payloads, Elasticsearch hits the flood-stage watermark
    10:40-10:55 (the queue fills up, 503), one service sends a bad field all morning, TLS
    probes from the load balancer, a restart at 09:00."""
    fs = Files()
    bid = uuid4(r)
    counters = {"events": 0, "acc": 0}

    def E(
        t: datetime, level: str, logger: str, label: str, msg: str, extra: dict, line: int
    ) -> datetime:
        fn, fname = APM_ORIGIN[logger if logger in APM_ORIGIN else "beater"]

        def text(x: datetime) -> list[str]:
            d: dict = {
                "log.level": level,
                "@timestamp": f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z",
                "log.logger": logger,
                "log.origin": {"function": fn, "file.name": fname, "file.line": line},
                "message": msg,
            }
            d.update(extra)
            d["service.name"] = "apm-server"
            d["ecs.version"] = "1.6.0"
            return [json.dumps(d, ensure_ascii=False, separators=(",", ":"))]

        return fs.add("apm-server-20240604.ndjson", t, label, text, "apm", 1000)

    def start(t: datetime) -> datetime:
        t = E(
            t,
            "info",
            "instance",
            "Home path: [%s] Config path: [%s] Data path: [%s] Logs path: [%s]",
            "Home path: [/usr/share/apm-server] Config path: [/etc/apm-server] Data path: [/var/lib/apm-server] Logs path: [/var/log/apm-server]",
            {},
            1089,
        )
        t = E(t + sec(0.002), "info", "instance", "Beat ID: %v", f"Beat ID: {bid}", {}, 1097)
        t = E(t + sec(0.3), "info", "beater", "apm-server started", "apm-server started", {}, 297)
        return E(
            t + sec(0.02), "info", "beater", "Listening on: %s", "Listening on: [::]:8200", {}, 313
        )

    def stop(t: datetime, up: str) -> datetime:
        t = E(t, "info", "beater", "Stop listening on: %s", "Stop listening on: [::]:8200", {}, 344)
        t = E(
            t + sec(0.8),
            "info",
            "monitoring",
            "Total metrics",
            "Total metrics",
            {"monitoring": metrics(30, total=True)},
            192,
        )
        t = E(t + sec(0.001), "info", "monitoring", "Uptime: %s", f"Uptime: {up}", {}, 193)
        return E(
            t + sec(0.002), "info", "beater", "apm-server stopped.", "apm-server stopped.", {}, 352
        )

    def metrics(n: int, total: bool = False) -> dict:
        acc = r.randint(40, 160) * n // 30
        counters["acc"] += acc
        ev = acc * r.randint(30, 120)
        return {
            "metrics": {
                "apm-server": {
                    "acm": {
                        "request": {"count": r.randint(1, 3) * n // 15},
                        "response": {
                            "count": r.randint(1, 3) * n // 15,
                            "valid": {"ok": r.randint(1, 3) * n // 15},
                        },
                    },
                    "processor": {
                        "metric": {"transformations": ev // 4},
                        "span": {"transformations": ev // 2},
                        "transaction": {"transformations": ev // 5},
                    },
                    "server": {
                        "request": {"count": acc},
                        "response": {"count": acc, "valid": {"accepted": acc, "count": acc}},
                    },
                },
                "beat": {
                    "cpu": {
                        "total": {"ticks": r.randint(100, 900), "time": {"ms": r.randint(100, 900)}}
                    },
                    "memstats": {
                        "gc_next": r.randint(60_000_000, 120_000_000),
                        "memory_alloc": r.randint(30_000_000, 90_000_000),
                        "rss": r.randint(180_000_000, 260_000_000),
                    },
                    "runtime": {"goroutines": r.randint(40, 90)},
                },
                "libbeat": {
                    "output": {
                        "events": {"acked": ev, "active": r.randint(0, 400), "total": ev},
                        "type": "elasticsearch",
                    }
                },
                "system": {
                    "load": {
                        "1": round(r.uniform(0.2, 2.5), 2),
                        "15": round(r.uniform(0.3, 1.5), 2),
                        "5": round(r.uniform(0.3, 2), 2),
                    }
                },
            },
        }

    def req(
        t: datetime,
        label: str,
        msg: str,
        level: str,
        url: str,
        ua: str,
        src: str,
        status: int,
        dur: float,
        err: str | None = None,
    ) -> None:
        extra = {
            "url.original": url,
            "http.request.method": "POST" if "intake" in url else "GET",
            "user_agent.original": ua,
            "source.address": src,
            "http.request.id": uuid4(r),
            "event.duration": int(dur * 1e9),
            "http.response.status_code": status,
        }
        if err:
            extra["error.message"] = err
        E(t, level, "request", label, msg, extra, 98 if level == "info" else 71)

    t0, t_end = at(6, 0), at(12, 0)
    down = (at(9, 0, 3), at(9, 0, 14))
    start(t0 + sec(2.4))
    start(down[1])

    def is_down(t: datetime) -> bool:
        return down[0] <= t < down[1] + sec(1)

    def es_full(t: datetime) -> bool:
        return at(10, 40) <= t < at(10, 55)

    for ua, ip in APM_AGENTS:
        t = t0 + sec(r.uniform(5, 30))
        while t < t_end:
            if not is_down(t):
                if es_full(t) and r.random() < 0.7:
                    req(
                        t,
                        "queue is full",
                        "queue is full",
                        "error",
                        "/intake/v2/events",
                        ua,
                        ip,
                        503,
                        r.uniform(1, 1.2),
                        "queue is full",
                    )
                else:
                    req(
                        t,
                        "request accepted",
                        "request accepted",
                        "info",
                        "/intake/v2/events",
                        ua,
                        ip,
                        202,
                        r.uniform(0.002, 0.04),
                    )
            t += sec(60 + r.uniform(-0.5, 0.5))
        t = t0 + sec(r.uniform(5, 30))
        while t < t_end:
            if not is_down(t):
                req(
                    t,
                    "request ok",
                    "request ok",
                    "info",
                    "/config/v1/agents",
                    ua,
                    ip,
                    200,
                    r.uniform(0.001, 0.01),
                )
            t += sec(120 + r.uniform(-0.5, 0.5))
    # browsers' RUM events, a bot's flood
    for t in poisson(r, t0, t_end, 90):
        if not is_down(t):
            req(
                t,
                "request accepted",
                "request accepted",
                "info",
                "/intake/v2/rum/events",
                r.choice(APM_RUM_UA),
                f"198.51.100.{r.randint(2, 250)}",
                202,
                r.uniform(0.001, 0.02),
            )
    for t in poisson(r, at(7, 40), at(7, 50), 2.5):
        req(
            t,
            "too many requests",
            "too many requests",
            "error",
            "/intake/v2/rum/events",
            "python-requests/2.31.0",
            "203.0.113.66",
            429,
            r.uniform(0.0001, 0.0005),
            "too many requests",
        )
    # an agent with a wrong secret token
    for t in poisson(r, at(6, 30), at(8, 0), 30):
        req(
            t,
            "unauthorized",
            "unauthorized",
            "error",
            "/intake/v2/events",
            "apm-agent-nodejs/4.5.4 (search-gateway 0.9.0)",
            "10.0.4.52",
            401,
            r.uniform(0.0001, 0.0004),
            "authentication failed: invalid token",
        )
    # bad payloads
    for t in poisson(r, t0, t_end, 900):
        req(
            t,
            "data validation error",
            "data validation error",
            "error",
            "/intake/v2/events",
            APM_AGENTS[1][0],
            APM_AGENTS[1][1],
            400,
            r.uniform(0.002, 0.02),
            "decode error: data read error: v2.transactionRoot.Transaction: v2.transaction.Context: v2.context.Request: v2.contextRequest.Headers: unexpected token",
        )
    for t in poisson(r, t0, t_end, 2400):
        req(
            t,
            "request body too large",
            "request body too large",
            "error",
            "/intake/v2/events",
            APM_AGENTS[0][0],
            APM_AGENTS[0][1],
            413,
            r.uniform(0.05, 0.2),
            "event exceeded the permitted size",
        )
    # metrics every 30 s
    for a, b in [(t0 + sec(32.4), down[0]), (down[1] + sec(30), t_end)]:
        t = a
        while t < b:
            E(
                t,
                "info",
                "monitoring",
                "Non-zero metrics in the last 30s",
                "Non-zero metrics in the last 30s",
                {"monitoring": metrics(30)},
                185,
            )
            t += sec(30)
    # Elasticsearch's flood stage
    for t in poisson(r, at(10, 40), at(10, 55), 4):
        idx = r.choice(
            [
                "traces-apm-default",
                "metrics-apm.internal-default",
                "logs-apm.error-default",
                "metrics-apm.service_transaction.1m-default",
            ]
        )
        E(
            t,
            "error",
            "docappender",
            "failed to index documents in '%s' (cluster_block_exception): index [%s] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];",
            f"failed to index documents in '{idx}' (cluster_block_exception): index [.ds-{idx}-2024.05.28-000012] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];",
            {"documents": r.randint(20, 900)},
            389,
        )
        if r.random() < 0.25:
            E(
                t + sec(0.01),
                "error",
                "docappender",
                "bulk indexing request failed",
                "bulk indexing request failed",
                {"error": {"message": "flush failed (429): [429 Too Many Requests] "}},
                353,
            )
    # a service's bad field, all morning
    for t in poisson(r, t0 + sec(60), t_end, 300):
        E(
            t,
            "error",
            "docappender",
            "failed to index documents in '%s' (mapper_parsing_exception): failed to parse field [%s] of type [%s] in document with id '%s'. Preview of field's value: '%s'",
            f"failed to index documents in 'traces-apm-default' (mapper_parsing_exception): failed to parse field [labels.order_total] of type [scaled_float] in document with id '{alnum_id(r)}'. Preview of field's value: '{r.choice(['n/a', 'NaN', '12,50', 'unknown'])}'",
            {"documents": 1},
            389,
        )
    # the load balancer's TLS probes
    for t in poisson(r, t0, t_end, 150):
        if not is_down(t):
            E(
                t,
                "error",
                "beater.http",
                "http: TLS handshake error from %s: EOF",
                f"http: TLS handshake error from 10.0.0.{r.choice([4, 5])}:{r.randint(30000, 60999)}: EOF",
                {},
                58,
            )
    stop(at(9, 0, 3), "2h59m59.812345678s")
    return fs.logs(t0)


def alnum_id(r: random.Random) -> str:
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
    return "".join(r.choice(chars) for _ in range(20))


# ------------------------------------------------------------------------------ openobserve

O2_STREAMS = ["k8s_logs", "nginx", "app"]
O2_UA = {
    "vector": "Vector/0.38.0 (x86_64-unknown-linux-gnu 95ee4f4 2024-05-06 14:23:49.174540283)",
    "fluentbit": "Fluent-Bit",
    "grafana": "Grafana/10.4.2",
    "ui": "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "curl": "curl/8.5.0",
    "python": "python-requests/2.31.0",
}


def openobserve(r: random.Random) -> list[Log]:
    """OpenObserve v0.10.5 on two nodes (o2-0, o2-1) behind a service, MinIO as object store,
    06:00 to 12:00: Vector pushes three streams with `_json`, a Fluent Bit with `_bulk`, Grafana
    and the UI search, a Fluent Bit with a stale password gets 401 06:00-06:45, a script posts
    broken JSON, the ingesters merge WAL files into parquet and upload them, MinIO is down
    08:30-08:42 (merges fail and are retried), o2-1 is restarted at 10:00."""
    fs = Files()
    workers = 8

    def oo(
        h: str, t: datetime, level: str, target: str, label: str, msg: str, proc: object = None
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randrange(1000):03d}+00:00 {level} {target}: {msg}"
            ]

        return fs.add(f"{h}.log", t, label, text, (h, proc), 1)

    def access(
        h: str,
        t: datetime,
        label: str,
        req: str,
        status: int,
        size: int,
        clen: str,
        ua: str,
        src: str,
        dur: float,
    ) -> None:
        oo(
            h,
            t,
            "INFO",
            "actix_web::middleware::logger",
            label,
            f'{src} "{req}" {status} {size} "{clen}" "-" "{ua}" {dur:.6f}',
            ("w", r.randrange(workers)),
        )

    def start(h: str, t: datetime) -> datetime:
        t = oo(
            h, t, "INFO", "openobserve", "Starting OpenObserve %s", "Starting OpenObserve v0.10.5"
        )
        t = oo(
            h,
            t + sec(0.0001),
            "INFO",
            "openobserve",
            "System info: CPU cores %d, MEM total %d MB, Disk total %d GB, free %d GB",
            f"System info: CPU cores 8, MEM total 31891 MB, Disk total 492 GB, free {r.randint(380, 420)} GB",
        )
        t = oo(
            h,
            t + sec(r.uniform(0.2, 0.9)),
            "INFO",
            "openobserve",
            "starting gRPC server at %s",
            "starting gRPC server at 0.0.0.0:5081",
        )
        t = oo(
            h,
            t + sec(0.004),
            "INFO",
            "actix_server::builder",
            "Starting %d workers",
            f"Starting {workers} workers",
        )
        for _ in range(workers):
            t = oo(
                h,
                t + sec(r.uniform(0.00005, 0.0008)),
                "INFO",
                "openobserve",
                "starting HTTP server at: %s",
                "starting HTTP server at: 0.0.0.0:5080",
            )
        t = oo(
            h,
            t + sec(0.0002),
            "INFO",
            "actix_server::server",
            "Tokio runtime found; starting in existing Tokio runtime",
            "Tokio runtime found; starting in existing Tokio runtime",
        )
        return oo(
            h,
            t + sec(0.0001),
            "INFO",
            "actix_server::server",
            "starting service: %s, workers: %d, listening on: %s",
            f'starting service: "actix-web-service-0.0.0.0:5080", workers: {workers}, listening on: 0.0.0.0:5080',
        )

    def stop(h: str, t: datetime) -> datetime:
        t = oo(h, t, "INFO", "openobserve", "SIGTERM received", "SIGTERM received")
        t = oo(h, t + sec(0.02), "INFO", "openobserve", "Node is offline", "Node is offline")
        t = oo(h, t + sec(1.4), "INFO", "openobserve", "HTTP server stopped", "HTTP server stopped")
        t = oo(h, t + sec(0.01), "INFO", "openobserve", "Node left cluster", "Node left cluster")
        t = oo(
            h,
            t + sec(0.001),
            "INFO",
            "openobserve",
            "gRPC server starts shutting down",
            "gRPC server starts shutting down",
        )
        t = oo(
            h, t + sec(0.01), "INFO", "openobserve", "gRPC server stopped", "gRPC server stopped"
        )
        return oo(h, t + sec(0.3), "INFO", "openobserve", "server stopped", "server stopped")

    t0, t_end = at(6, 0), at(12, 0)
    nodes = ["o2-0", "o2-1"]
    down = (at(10, 0, 2), at(10, 0, 40))
    for h in nodes:
        start(h, t0 + sec(r.uniform(1, 4)))
    stop("o2-1", down[0])
    start("o2-1", down[1])

    def node(t: datetime) -> str:
        if down[0] <= t < down[1] + sec(1):
            return "o2-0"
        return r.choice(nodes)

    def s3_down(t: datetime) -> bool:
        return at(8, 30) <= t < at(8, 42)

    # Vector's _json pushes
    for t in poisson(r, t0 + sec(10), t_end, 34):
        s = r.choice(O2_STREAMS)
        size = r.randint(4000, 900000)
        access(
            node(t),
            t,
            '%s "POST /api/%s/%s/_json HTTP/1.1" 200 %d "%s" "%s" "%s" %f',
            f"POST /api/default/{s}/_json HTTP/1.1",
            200,
            r.randint(70, 90),
            str(size),
            O2_UA["vector"],
            f"10.42.{r.randint(1, 3)}.{r.randint(10, 250)}",
            size / 4e7 + r.uniform(0.002, 0.02),
        )
    # Fluent Bit's _bulk
    for t in poisson(r, t0 + sec(10), t_end, 300):
        size = r.randint(20000, 400000)
        access(
            node(t),
            t,
            '%s "POST /api/%s/_bulk HTTP/1.1" 200 %d "%s" "%s" "%s" %f',
            "POST /api/default/_bulk HTTP/1.1",
            200,
            r.randint(300, 3000),
            str(size),
            O2_UA["fluentbit"],
            "10.0.7.14",
            size / 4e7 + r.uniform(0.002, 0.02),
        )
    # a Fluent Bit with a stale password
    for t in poisson(r, t0 + sec(10), at(6, 45), 20):
        access(
            node(t),
            t,
            '%s "POST /api/%s/_bulk HTTP/1.1" 401 %d "%s" "%s" "%s" %f',
            "POST /api/default/_bulk HTTP/1.1",
            401,
            12,
            str(r.randint(20000, 400000)),
            O2_UA["fluentbit"],
            "10.0.7.19",
            r.uniform(0.0002, 0.001),
        )
    # broken JSON
    for t in poisson(r, t0 + sec(10), t_end, 600):
        access(
            node(t),
            t,
            '%s "POST /api/%s/%s/_json HTTP/1.1" 400 %d "%s" "%s" "%s" %f',
            "POST /api/default/app/_json HTTP/1.1",
            400,
            r.randint(60, 120),
            str(r.randint(200, 9000)),
            O2_UA["python"],
            "10.0.5.88",
            r.uniform(0.0002, 0.002),
        )
    # searches
    for t in poisson(r, t0 + sec(30), t_end, 240):
        h = node(t)
        s = r.choice(O2_STREAMS)
        tid = hexid(r, 32)
        ua = r.choice(["grafana", "ui"])
        tgt = "openobserve::service::search::grpc::storage"
        t1 = oo(
            h,
            t + sec(0.001),
            "INFO",
            tgt,
            "[trace_id %s] search->storage: stream %s/%s/%s, get schema versions num %d",
            f"[trace_id {tid}] search->storage: stream default/logs/{s}, get schema versions num {r.randint(1, 4)}",
        )
        t1 = oo(
            h,
            t1 + sec(0.0005),
            "INFO",
            tgt,
            "[trace_id %s] search->storage: enter",
            f"[trace_id {tid}] search->storage: enter",
        )
        t1 = oo(
            h,
            t1 + sec(0.002),
            "INFO",
            tgt,
            "[trace_id %s] search->storage: stream %s/%s/%s, load file_list num %d",
            f"[trace_id {tid}] search->storage: stream default/logs/{s}, load file_list num {r.randint(3, 400)}",
        )
        dur = r.uniform(0.05, 2.5)
        access(
            h,
            t1 + sec(dur),
            '%s "POST /api/%s/_search?type=%s HTTP/1.1" 200 %d "%s" "%s" "%s" %f',
            "POST /api/default/_search?type=logs HTTP/1.1",
            200,
            r.randint(500, 90000),
            str(r.randint(300, 900)),
            O2_UA[ua],
            "10.0.6.3" if ua == "grafana" else "10.0.8.41",
            dur + 0.003,
        )
    # the ingesters' WAL-to-parquet job
    for h in nodes:
        for s in O2_STREAMS:
            t = t0 + sec(r.uniform(400, 700))
            while t < t_end:
                if h == "o2-1" and down[0] - sec(60) <= t < down[1] + sec(30):
                    t += sec(600)
                    continue
                th = r.randrange(4)
                if s3_down(t):
                    while s3_down(t):
                        n = r.randint(1, 2)
                        keys = [wal_key(r, s, t) for _ in range(n)]
                        for k in keys:
                            t = oo(
                                h,
                                t,
                                "INFO",
                                "openobserve::job::files::parquet",
                                "[INGESTER:JOB:%d] merge small file: %s",
                                f"[INGESTER:JOB:{th}] merge small file: {k}",
                                ("job", th),
                            )
                        orig = r.randint(200_000, 8_000_000)
                        t = oo(
                            h,
                            t + sec(r.uniform(0.05, 0.4)),
                            "INFO",
                            "openobserve::job::files::parquet",
                            "[INGESTER:JOB:%d] merge file succeeded, %d files into a new file: %s, original_size: %d, compressed_size: %d, took: %d ms",
                            f"[INGESTER:JOB:{th}] merge file succeeded, {n} files into a new file: {new_key(r, s, t)}, original_size: {orig}, compressed_size: {orig // r.randint(8, 14)}, took: {r.randint(20, 300)} ms",
                            ("job", th),
                        )
                        tries = 10
                        took = r.uniform(20, 26)
                        t = oo(
                            h,
                            t + sec(took),
                            "ERROR",
                            "openobserve::job::files::parquet",
                            "[INGESTER:JOB] merge files failed: Generic S3 error: Error after %d retries in %s, max_retries:%d, retry_timeout:%s, source:error sending request for url (%s): error trying to connect: tcp connect error: Connection refused (os error 111)",
                            f"[INGESTER:JOB] merge files failed: Generic S3 error: Error after {tries} retries in {took:.6f}s, max_retries:10, retry_timeout:180s, source:error sending request for url (http://minio.storage.svc:9000/openobserve/{new_key(r, s, t)}): error trying to connect: tcp connect error: Connection refused (os error 111)",
                            ("job", th),
                        )
                        t += sec(1)
                    continue
                n = r.randint(1, 4)
                for _ in range(n):
                    t = oo(
                        h,
                        t,
                        "INFO",
                        "openobserve::job::files::parquet",
                        "[INGESTER:JOB:%d] merge small file: %s",
                        f"[INGESTER:JOB:{th}] merge small file: {wal_key(r, s, t)}",
                        ("job", th),
                    )
                orig = r.randint(2_000_000, 120_000_000)
                oo(
                    h,
                    t + sec(r.uniform(0.05, 0.9)),
                    "INFO",
                    "openobserve::job::files::parquet",
                    "[INGESTER:JOB:%d] merge file succeeded, %d files into a new file: %s, original_size: %d, compressed_size: %d, took: %d ms",
                    f"[INGESTER:JOB:{th}] merge file succeeded, {n} files into a new file: {new_key(r, s, t)}, original_size: {orig}, compressed_size: {orig // r.randint(8, 14)}, took: {r.randint(20, 900)} ms",
                    ("job", th),
                )
                t += sec(r.uniform(840, 960))
        # the scans that found files
        for t in poisson(r, t0 + sec(400), t_end, 900):
            if h == "o2-1" and down[0] <= t < down[1]:
                continue
            oo(
                h,
                t,
                "INFO",
                "openobserve::job::files::parquet",
                "[INGESTER:JOB] scan files get total: %d, took: %d ms",
                f"[INGESTER:JOB] scan files get total: {r.randint(1, 12)}, took: {r.randint(0, 40)} ms",
                "scan",
            )
    oo(
        "o2-1",
        down[0] + sec(0.6),
        "INFO",
        "openobserve::job::files::parquet",
        "[INGESTER:JOB] job::files::parquet is stopped",
        "[INGESTER:JOB] job::files::parquet is stopped",
        "scan",
    )
    return fs.logs(t0)


def wal_key(r: random.Random, stream: str, t: datetime) -> str:
    return f"files/default/logs/{stream}/0/{t:%Y/%m/%d/%H}/{hexid(r, 16)}/{r.randint(7203000000000000000, 7203999999999999999)}{alnum_id(r)[:6]}.parquet"


def new_key(r: random.Random, stream: str, t: datetime) -> str:
    return f"files/default/logs/{stream}/{t:%Y/%m/%d/%H}/{r.randint(7203000000000000000, 7203999999999999999)}{alnum_id(r)[:6]}.parquet"


SYSTEMS = {
    "alloy": alloy,
    "datadog-agent": datadog_agent,
    "newrelic-infra": newrelic_infra,
    "apm-server": apm_server,
    "openobserve": openobserve,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
