#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 126 (mimir, kyverno, karpenter, cluster-autoscaler,
external-dns) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five Kubernetes platform components, 06:00 to
12:00 on 2024-06-05, one EKS cluster's day. None was in the set; all five are the brief's.

- Grafana Mimir 2.12 (`mimir-distributor-0.log`, `mimir-distributor-1.log`, `mimir-ingester-0.log`
  to `-2.log`, `mimir-query-frontend-0.log`, `mimir-compactor-0.log`: the pods' container logs,
  go-kit logfmt with the time first, `ts=2024-06-05T06:00:01.234567891Z caller=handler.go:312
  level=info user=team-web msg="query stats" component=query-frontend ...`): the query-frontend's
  `query stats` for every query (Grafana dashboards, a heavy dashboard at 11:00 with `slow query
  detected` and failed queries), the distributors' `detected an error while ingesting Prometheus
  remote-write request (the request may have been partially ingested)` for a tenant over its
  ingestion rate (07:10-07:40), a bad relabelling sending too many labels (08:00-08:20) and a
  tenant over its series limit (10:00-10:30), the error in `err=`; every ingester's per-tenant
  TSDB head compaction at 07:0x, 09:0x and 11:0x (Prometheus's `write block`, `Head GC completed`
  with its own `caller=truncateMemory`, `Creating checkpoint`, `WAL checkpoint complete`, the
  shipper's `upload new block`); ingester-2 OOM-killed at 09:05 (memberlist's `Suspect %s has
  failed, no acks received` and `Marking %s as failed, suspect timeout reached (%d peer
  confirmations)` on the others, its restart: `Starting application`, `server listening on
  addresses`, `module waiting for initialization`, `joined memberlist cluster`, every tenant's WAL
  replay, `instance found in ring`, `Application started`), `Refuting a suspect message (from:
  %s)` on a loaded ingester, and the compactor's hourly run (`discovered users from bucket`,
  `starting compaction of user blocks`, `start of compactions`, the jobs' `compaction available
  and planned; downloading blocks`, `compacted blocks`, `compaction job succeeded`, `successfully
  compacted user blocks`, one `failed to compact user blocks` when the bucket times out).
- Kyverno 1.12 (`kyverno-admission-controller-7b9c6d8f5-{2xkqp,h7m4w,t9vbn}.log` before a rollout
  at 11:00, `kyverno-admission-controller-5f4d8c9b7-{8wqzd,k2p6r,v5jmx}.log` after: zap's
  development console layout, `2024-06-05T06:00:04Z	LEVEL(-2)	webhooks.resource.validate
  validation/validation.go:121	validation passed	{"gvk": ...}`, RFC 3339 seconds, verbosity 2, no
  stack traces): `validation passed` and `validation failed` for the enforced policies at every
  admission, client-go's `Event occurred` (through the `klog` logger) for mutations and blocked
  requests, a CI loop deploying `:latest` images blocked 08:20-09:05 and a team's Docker Hub
  images 10:20-10:35, the net/http `http: TLS handshake error from %s: EOF` through the std
  logger adapter (its own `2024/06/05 06:10:11 ` prefix) and a burst of `remote error: tls: bad
  certificate` after the CA secret is rotated at 10:02, the API server unreachable 09:30
  (`error retrieving resource lock %v: %v`, `failed to renew lease %v: %v`, `leadership lost,
  stopped leading`, another replica's `successfully acquired lease %v` and `started leading`, the
  others' `another instance has been elected as leader`, the mutation events queued just before
  it failing: `failed to create event`), and the rollout's start-up (`version`, `maxprocs: Updating
  GOMAXPROCS=%d: determined from CPU quota`, `attempting to acquire leader lease %v...`,
  `starting ...` per controller).
- Karpenter 0.37 (`karpenter-5d7b9c8f6-4kzqw.log`, the leader until it is OOM-killed at 10:40;
  `karpenter-5d7b9c8f6-x2l8n.log`, the standby that takes over: zap JSON, `{"level":"INFO",
  "time":"2024-06-05T06:00:01.123Z","logger":"controller","message":"found provisionable
  pod(s)","commit":"490ef94","controller":"provisioner",...}`): the provisioner's `found
  provisionable pod(s)`, `computed new nodeclaim(s) to fit pod(s)` and `created nodeclaim` for
  hourly batch jobs and a busy web tier, each nodeclaim's `launched`, `registered` and
  `initialized nodeclaim`, consolidation's `disrupting via %s %s, terminating %d nodes (%d pods)
  %s` (and ` and replacing with %s node from types %s` for drift after a node class change at
  10:30), the termination controllers' `tainted node`, `deleted node`, `deleted nodeclaim`, spot
  interruptions at 08:15 (`initiating delete from interruption message`), g5 capacity missing in
  one zone 08:30-09:00 (`Reconciler error` with EC2's InsufficientInstanceCapacity), a Spark
  driver asking for 96 CPUs 09:40-10:20 (`could not schedule pod`), and the standby's take-over
  (`successfully acquired lease %s`, controller-runtime's `Starting Controller` and `Starting
  workers`).
- Kubernetes cluster-autoscaler 1.29 on AWS (`cluster-autoscaler-0.log`, `-1.log`, `-2.log`: the
  container's three runs, klog `I0605 06:00:03.123456       1 static_autoscaler.go:557] No
  unschedulable pods`, `--v=2 --scan-interval=30s`): every loop's `No unschedulable pods` and
  `Scale-down calculation: ignoring %v nodes unremovable in the last %v`, the AWS manager's
  `Refreshed ASG list, next refresh after %v` every minute, hourly batch scale-ups (`Pod %s/%s is
  unschedulable`, `%v other pods are also unschedulable`, `Pod %s can't be scheduled on %s,
  predicate checking error: %v` with the scheduler plugin's own message, `%d other pods similar
  to %s can't be scheduled on %s`, `Best option to resize: %s`, `Estimated %d nodes needed in
  %s`, `Final scale-up plan: %v`, `Scale-up: setting group %s size to %d`, `Setting asg %s size
  to %d`, then `Schedulable pods present` while the nodes come up) and scale-downs (`%s was
  unneeded for %s`, `Successfully added ToBeDeletedTaint on node %v`, `Scale-down: removing empty
  node %q`, `Scale-down: waiting %v before trying to delete nodes`, `Terminating EC2 instance:
  %s`), a GPU pod waiting 08:30-09:15 while the GPU group has
  no capacity (`Failed adding %v nodes (%v unseen previously) to group %v due to %v;
  errorMessages=%#v`, `Disabling scale-up for node group %v until %v; errorClass=%v;
  errorCode=%v`, `No expansion options`), the lease lost when the API server is unreachable at
  09:31 (`error retrieving resource lock %v: %v`, `failed to renew lease %v: %v`, `F0605 ...
  lost master`), a nil-pointer panic at 10:52 with its goroutine trace, and each restart's flag
  dump (`FLAG: --%s=%q`), `Cluster Autoscaler %s` and leader election.
- external-dns 0.14.2 (`external-dns-public.log`: Route 53's public zone, `--policy=upsert-only`;
  `external-dns-internal.log`: the private zone, `--policy=sync`: logrus text,
  `time="2024-06-05T06:00:41Z" level=info msg="All records are already up to date"`): every
  minute's `Applying provider record filter for domains: %v` and `All records are already up to
  date`, changes (`Desired change: %s %s %s [Id: %s]`, `%d record(s) in zone %s [Id: %s] were
  successfully updated`) for a new status page, a record another cluster owned and a load
  balancer removed; Route 53 throttling 07:40-08:00 (`Failed to do run once: soft
  error\\nrecords retrieval failed: ...`), an ingress claiming a record another tool owns
  09:10-09:45 (`Failure in zone %s [Id: %s] when submitting change batch: InvalidChangeBatch:
  ...` and `Failed to do run once: soft error\\nfailed to submit all changes for the following
  zones: %v`), the internal instance redeployed with `--log-level=debug` 08:05-08:50 to find a
  record it skips (`Refreshing zones list cache`, `Considering zone: %s (domain: %s)`, `Endpoints
  generated from service: %s/%s: %v`, from ingress, `No endpoints could be generated from service
  %s/%s`, `Skipping endpoint %v because owner id does not match, found: "%s", required: "%s"`,
  `Modifying endpoint: %v, setting %s=%s`),
  client-go's klog lines inside the logrus file when the API server is unreachable at 09:30
  (`%s: failed to list %v: %v`, `%s: Failed to watch %v: failed to list %v: %v`, the dial error
  their own `Get "%s": dial tcp %s: connect: connection refused`), and each start-up
  (`config: %+v`, `Instantiating new Kubernetes client`, `Using inCluster-config based on
  serviceaccount-token`, `Created Kubernetes client %s`).

Label notes. The log heads are context: Mimir's `ts=`, `caller=` and `level=` and the tenant's
`user=` a logger adds, zap's time, level, logger name and caller, Karpenter's JSON keys other than
`message`, klog's `Lmmdd hh:mm:ss.uuuuuu pid file:line] `, logrus's `time=` and `level=`. The
fields after a message (logfmt keys, zap's JSON object, logrus's keys) are attributes: a constant
message with its fields is one label (`query stats`, `validation passed`, `created nodeclaim`),
whatever the `err=` or `error` field holds. A message formatted in place is its format string with
the values as `%s`/`%v`/`%d` (memberlist's, klog's, logrus's `Infof`). The std logger adapter's
`2024/06/05 06:10:11 ` is the std logger's own prefix (context). An error inside a formatted
message contributes its own format: klog's `error retrieving resource lock %v: %v` with client-go's
`Get "%s": context deadline exceeded`, cluster-autoscaler's predicate error with the scheduler
plugin's message (`node(s) had untolerated taint {%s: %s}`, `Insufficient %s`), external-dns's
`soft error\\n...` and AWS's `InvalidChangeBatch: [...]\\n\\tstatus code: %d, request id: %s`
(logrus writes them escaped, on one line). Karpenter's disruption method and decision
(`consolidation delete`, `drift replace`) are enum names (values); the replace command's extra
clause is its own label. A Go panic's `panic: %s` line starts an event; `[signal ...]`, the blank
line and the goroutine trace continue it. cluster-autoscaler's flag dump is one label (`FLAG:
--%s=%q`) whatever the flag.

Least sure (written from the helper's knowledge; cluster-autoscaler's loop, scale-up, scale-down,
backoff and AWS messages, Karpenter's provisioner and disruption messages, Kyverno's validation,
leader-election and logging set-up, and Mimir's push error and shipper line were checked against
copies of their sources): Mimir's caller line numbers, `server listening on addresses`, `instance
found in ring` and the compactor's job messages and fields; Kyverno's caller line numbers, the
`starting ...` controller lines, the `failed to create event` logger name and whether `Event
occurred` reaches the log at verbosity 2; Karpenter 0.37's exact field set per controller and the
`Starting workers` field name; cluster-autoscaler's `%s was unneeded for %s` verbosity, its flag
list and the panic's frames; external-dns's `Applying provider record filter for domains` level,
the throttling error's wording and the debug messages' exact layout.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-05 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 5, h, m, 0, tzinfo=UTC) + sec(s)


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants between t0 and t1, `mean` seconds apart on average."""
    out, t = [], t0
    while True:
        t += timedelta(seconds=r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def raw(fs: Files, f: str, t: datetime, label: str | None, lines: list[str]) -> None:
    """Lines written outside any process's clock (a crash's output after its last line)."""
    fs.files.setdefault(f, Records()).add(t, lines, label)  # type: ignore[arg-type]


T0, T_END = at(6, 0), at(12, 0)


def go_dur(s: float) -> str:
    """Go's time.Duration.String()."""
    if s < 1e-3:
        return f"{s * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if s < 1:
        return f"{s * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    if s < 60:
        return f"{s:.9f}".rstrip("0").rstrip(".") + "s"
    h, rest = divmod(s, 3600)
    m, rest = divmod(rest, 60)
    v = f"{rest:.9f}".rstrip("0").rstrip(".") + "s"
    return (f"{int(h)}h" if h else "") + f"{int(m)}m" + v


def go_time(t: datetime, ns: int, mono: float | None = None) -> str:
    """Go's time.Time.String() in UTC (`2024-06-05 06:01:01.123456789 +0000 UTC m=+61.5`)."""
    frac = f"{ns:09d}".rstrip("0")
    s = f"{t:%Y-%m-%d %H:%M:%S}" + (f".{frac}" if frac else "") + " +0000 UTC"
    if mono is not None:
        s += f" m=+{mono:.9f}"
    return s


def rfc3339nano(t: datetime, ns: int) -> str:
    frac = f"{ns:09d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def logfmt_value(v: object) -> str:
    """go-logfmt's value: quoted when it holds a space, `=`, `"` or a control character."""
    s = str(v)
    if s == "" or any(c in s for c in ' ="') or any(ord(c) < 0x20 for c in s):
        return (
            '"'
            + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
            + '"'
        )
    return s


def logrus_value(v: object) -> str:
    """logrus's TextFormatter: quoted (Go's %q) unless every character is a-zA-Z0-9-._/@^+."""
    s = str(v)
    ok = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")
    if s and all(c in ok for c in s):
        return s
    return json.dumps(s, ensure_ascii=False)


def ulid(r: random.Random, t: datetime) -> str:
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    ms = int(t.timestamp() * 1000)
    head = ""
    for _ in range(10):
        head = alphabet[ms % 32] + head
        ms //= 32
    return head + "".join(r.choice(alphabet) for _ in range(16))


def ms_epoch(t: datetime) -> int:
    return int(t.timestamp() * 1000)


# ------------------------------------------------------------------------------------ mimir

MI_TENANTS = ["team-payments", "team-ml", "team-web", "team-search", "platform-infra", "sre"]
MI_VERSION = "(version=2.12.0, branch=HEAD, revision=fbbd8b5ea)"
MI_QUERIES = [
    ('sum by (route) (rate(http_requests_total{job="checkout"}[5m]))', "team-payments"),
    (
        'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{job="checkout"}[5m])))',
        "team-payments",
    ),
    ('sum(rate(payment_failures_total{provider=~"stripe|adyen"}[1m]))', "team-payments"),
    ('avg by (model) (inference_latency_seconds{quantile="0.95"})', "team-ml"),
    ("sum by (gpu) (DCGM_FI_DEV_GPU_UTIL)", "team-ml"),
    ('sum(rate(nginx_ingress_controller_requests{status=~"5.."}[5m]))', "team-web"),
    ('sum by (pod) (container_memory_working_set_bytes{namespace="web"})', "team-web"),
    ("topk(10, sum by (index) (rate(search_queries_total[5m])))", "team-search"),
    ('up{job="kubelet"}', "platform-infra"),
    (
        'sum by (node) (rate(node_cpu_seconds_total{mode!="idle"}[5m])) / count by (node) (node_cpu_seconds_total{mode="idle"})',
        "platform-infra",
    ),
    ('ALERTS{alertstate="firing"}', "sre"),
    ("sum by (namespace) (kube_pod_container_status_restarts_total)", "sre"),
]
MI_HEAVY = 'sum by (pod, container) (rate(container_cpu_usage_seconds_total{namespace=~".+"}[5m]))'
MI_PODS = {
    "distributor-0": "10.42.3.17",
    "distributor-1": "10.42.5.9",
    "ingester-0": "10.42.1.22",
    "ingester-1": "10.42.2.31",
    "ingester-2": "10.42.4.14",
    "query-frontend-0": "10.42.3.40",
    "compactor-0": "10.42.6.8",
}


def mimir(r: random.Random) -> list[Log]:
    """A Mimir cluster in microservices mode (two distributors, three ingesters, a
    query-frontend and a compactor), 06:00 to 12:00: dashboards querying all morning, a heavy
    dashboard at 11:00, a tenant over its ingestion rate 07:10-07:40, a bad relabel rule sending
    too many labels 08:00-08:20, a tenant over its series limit 10:00-10:30, ingester-2
    OOM-killed at 09:05 and restarted, ingester-1 refuting suspicions under load at 10:10, the
    compactor's hourly runs (one failing on the bucket at 10:17)."""
    fs = Files()
    member = {p: f"mimir-{p}-{hexid(r, 6)}" for p in MI_PODS}

    def L(
        pod: str,
        t: datetime,
        caller: str,
        lvl: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]],
        user: str | None = None,
        pre: list[tuple[str, object]] | None = None,
    ) -> datetime:
        ns_extra = r.randrange(1000)

        def text(x: datetime) -> list[str]:
            ns = x.microsecond * 1000 + ns_extra
            kv = [("ts", rfc3339nano(x, ns)), ("caller", caller), ("level", lvl)]
            if user:
                kv.append(("user", user))
            kv += pre or []
            kv.append(("msg", msg))
            kv += fields
            return [" ".join(f"{k}={logfmt_value(v)}" for k, v in kv)]

        return fs.add(f"mimir-{pod}.log", t, label, text, pod, 1)

    # query-frontend: query stats for every query
    def qstats(t: datetime, heavy: bool = False) -> None:
        if heavy:
            q, user = MI_HEAVY, "sre"
        else:
            q, user = r.choice(MI_QUERIES)
        rng = r.choice([3600, 3600, 10800, 21600, 86400])
        end = ms_epoch(t) // 1000
        step = max(15, rng // 250 // 15 * 15)
        rt = r.lognormvariate(-2.6, 0.9) if not heavy else r.uniform(6, 42)
        series = r.randint(1, 400) if not heavy else r.randint(40000, 160000)
        chunks = series * r.randint(2, 30)
        failed = heavy and rt > 30
        status = "failed" if failed else "success"
        fields: list[tuple[str, object]] = [
            ("component", "query-frontend"),
            ("method", "GET"),
            ("path", "/prometheus/api/v1/query_range"),
            ("route_name", "prometheus_api_v1_query_range"),
            ("user_agent", "Grafana/10.4.2"),
            ("status_code", 422 if failed else 200),
            ("response_time", go_dur(rt)),
            ("query_wall_time_seconds", round(rt * r.uniform(0.5, 0.95), 6)),
            ("fetched_series_count", series),
            ("fetched_chunk_bytes", chunks * r.randint(180, 260)),
            ("fetched_chunks_count", chunks),
            ("fetched_index_bytes", series * r.randint(40, 90)),
            ("sharded_queries", 16 if "sum" in q else 0),
            ("split_queries", max(1, rng // 86400)),
            ("estimated_series_count", series // 16 if "sum" in q else 0),
            ("queue_time_seconds", round(r.uniform(0.00002, 0.004), 6)),
            ("encode_time_seconds", round(r.uniform(0.00001, 0.002), 6)),
            ("samples_processed", series * (rng // step)),
            ("status", status),
            ("param_end", end),
            ("param_query", q),
            ("param_start", end - rng),
            ("param_step", step),
        ]
        if failed:
            fields.append(
                (
                    "err",
                    "expanding series: the query exceeded the maximum number of chunks fetched (limit: 2000000 chunks) (err-mimir-max-chunks-per-query). Consider reducing the time range and/or number of series selected by the query. One way to reduce the number of selected series is to add more label matchers to the query. Otherwise, to adjust the related per-tenant limit, configure -querier.max-fetched-chunks-per-query, or contact your service administrator.",
                )
            )
        te = t + sec(rt)
        if rt > 10:
            L(
                "query-frontend-0",
                te,
                "handler.go:291",
                "info",
                "slow query detected",
                "slow query detected",
                [
                    ("method", "GET"),
                    ("host", "mimir-query-frontend.mimir.svc:8080"),
                    ("path", "/prometheus/api/v1/query_range"),
                    ("time_taken", go_dur(rt)),
                    ("param_end", end),
                    ("param_query", q),
                    ("param_start", end - rng),
                    ("param_step", step),
                ],
                user=user,
            )
        L(
            "query-frontend-0",
            te + sec(0.00002),
            "handler.go:312",
            "info",
            "query stats",
            "query stats",
            fields,
            user=user,
        )

    for t in poisson(r, T0, T_END, 17.5):
        qstats(t)
    for t in poisson(r, at(11, 0), at(11, 20), 34):
        qstats(t, heavy=True)

    # distributors: rejected remote-write requests
    MSG = "detected an error while ingesting Prometheus remote-write request (the request may have been partially ingested)"

    def push_err(t: datetime, user: str, code: int, err: str) -> None:
        d = r.choice(["distributor-0", "distributor-1"])
        L(
            d,
            t,
            "push.go:195",
            "error",
            MSG,
            MSG,
            [("httpCode", code), ("err", err), ("insight", "true")],
            user=user,
        )

    for t in poisson(r, at(7, 10), at(7, 40), 7.5):
        push_err(
            t,
            "team-payments",
            429,
            "rpc error: code = Code(429) desc = the request has been rejected because the tenant exceeded the ingestion rate limit, set to 100000 items/s with a maximum allowed burst of 1000000. This limit is applied on the total number of samples, exemplars and metadata received across all distributors (err-mimir-tenant-max-ingestion-rate). To adjust the related per-tenant limits, configure -distributor.ingestion-rate-limit and -distributor.ingestion-burst-size, or contact your service administrator.",
        )
    for t in poisson(r, at(8, 0), at(8, 20), 15):
        pod = f"trainer-{r.randint(0, 11)}"
        push_err(
            t,
            "team-ml",
            400,
            f'rpc error: code = Code(400) desc = received a series whose number of labels exceeds the limit (actual: {r.randint(31, 44)}, limit: 30) series: \'gpu_memory_used_bytes{{container="trainer", endpoint="metrics", gpu="{r.randint(0, 7)}", instance="10.42.{r.randint(1, 9)}.{r.randint(2, 250)}:9400", job="dcgm-exporter", namespace="ml", pod="{pod}", pod_template_hash="6d9f8b7c5", …\' (err-mimir-max-label-names-per-series). To adjust the related per-tenant limit, configure -validation.max-label-names-per-series, or contact your service administrator.',
        )
    for t in poisson(r, at(10, 0), at(10, 30), 10):
        ing = r.choice(["ingester-0", "ingester-1", "ingester-2"])
        push_err(
            t,
            "team-ml",
            400,
            f"rpc error: code = Code(400) desc = failed pushing to ingester mimir-{ing}: user=team-ml: per-user series limit of 1500000 exceeded (err-mimir-max-series-per-user). To adjust the related per-tenant limit, configure -ingester.max-global-series-per-user, or contact your service administrator.",
        )

    # ingesters: per-tenant head compaction and shipping
    oom = at(9, 5, 10.4)
    back = at(9, 5, 41.2137)
    ing_boot = {
        "ingester-0": at(6, 0) - sec(86400 * 3.2),
        "ingester-1": at(6, 0) - sec(86400 * 3.1),
    }
    ing_boot["ingester-2"] = at(6, 0) - sec(86400 * 3.3)
    seg = {
        (i, u): r.randint(400, 900)
        for i in ["ingester-0", "ingester-1", "ingester-2"]
        for u in MI_TENANTS
    }

    def head_compact(ing: str, t: datetime, u: str, block_end: datetime) -> None:
        mint = ms_epoch(block_end) - 7200000
        maxt = ms_epoch(block_end)
        bid = ulid(r, t)
        t = L(
            ing,
            t,
            "compact.go:652",
            "info",
            "write block",
            "write block",
            [
                ("mint", mint),
                ("maxt", maxt),
                ("ulid", bid),
                ("duration", go_dur(r.uniform(0.4, 9))),
            ],
            user=u,
        )
        t = L(
            ing,
            t + sec(r.uniform(0.05, 0.6)),
            "head.go:1378",
            "info",
            "Head GC completed",
            "Head GC completed",
            [("caller", "truncateMemory"), ("duration", go_dur(r.uniform(0.02, 1.4)))],
            user=u,
        )
        s = seg[(ing, u)]
        t = L(
            ing,
            t + sec(r.uniform(0.01, 0.2)),
            "checkpoint.go:101",
            "info",
            "Creating checkpoint",
            "Creating checkpoint",
            [("from_segment", s - 3), ("to_segment", s - 1), ("mint", maxt)],
            user=u,
        )
        t = L(
            ing,
            t + sec(r.uniform(0.5, 6)),
            "head.go:1338",
            "info",
            "WAL checkpoint complete",
            "WAL checkpoint complete",
            [("first", s - 3), ("last", s - 1), ("duration", go_dur(r.uniform(0.5, 6)))],
            user=u,
        )
        seg[(ing, u)] = s + 3
        L(
            ing,
            t + sec(r.uniform(5, 50)),
            "shipper.go:255",
            "info",
            "upload new block",
            "upload new block",
            [("id", bid)],
            user=u,
        )

    for ing in ["ingester-0", "ingester-1", "ingester-2"]:
        for h in [7, 9, 11]:
            base = at(h, 0, r.uniform(20, 200))
            if ing == "ingester-2" and h == 9:
                base = at(9, 8, r.uniform(10, 40))
            for u in MI_TENANTS:
                head_compact(ing, base + sec(r.uniform(0, 40)), u, at(h - 1, 0))

    # ingester-2's restart after the OOM kill
    def boot(pod: str, t: datetime) -> datetime:
        t = L(
            pod,
            t,
            "main.go:252",
            "info",
            "Starting application",
            "Starting application",
            [("version", MI_VERSION)],
        )
        t = L(
            pod,
            t + sec(r.uniform(0.05, 0.2)),
            "server.go:352",
            "info",
            "server listening on addresses",
            "server listening on addresses",
            [("http", "[::]:8080"), ("grpc", "[::]:9095")],
        )
        for mod, wait in [
            ("ingester", "memberlist-kv"),
            ("ingester-ring", "memberlist-kv"),
            ("runtime-config", "server"),
        ]:
            t = L(
                pod,
                t + sec(r.uniform(0.001, 0.02)),
                "module_service.go:82",
                "info",
                "module waiting for initialization",
                "module waiting for initialization",
                [("module", mod), ("waiting_for", wait)],
            )
        t = L(
            pod,
            t + sec(r.uniform(0.3, 1.2)),
            "memberlist_client.go:570",
            "info",
            "joined memberlist cluster",
            "joined memberlist cluster",
            [("reached_nodes", 6)],
        )
        return t

    t = boot("ingester-2", back)
    for u in MI_TENANTS:
        t = L(
            "ingester-2",
            t + sec(r.uniform(0.01, 0.1)),
            "head.go:698",
            "info",
            "Replaying WAL, this may take a while",
            "Replaying WAL, this may take a while",
            [],
            user=u,
        )
        s = seg[("ingester-2", u)]
        first = s - 4
        for k in range(first, s + 1):
            t = L(
                "ingester-2",
                t + sec(r.uniform(0.3, 3.5)),
                "head.go:769",
                "info",
                "WAL segment loaded",
                "WAL segment loaded",
                [("segment", k), ("maxSegment", s)],
                user=u,
            )
        seg[("ingester-2", u)] = s + 1
        t = L(
            "ingester-2",
            t + sec(r.uniform(0.01, 0.1)),
            "head.go:806",
            "info",
            "WAL replay completed",
            "WAL replay completed",
            [
                ("checkpoint_replay_duration", go_dur(r.uniform(0.2, 4))),
                ("wal_replay_duration", go_dur(r.uniform(2, 14))),
                ("wbl_replay_duration", go_dur(r.uniform(0.0001, 0.0004))),
                ("chunk_snapshot_load_duration", "0s"),
                ("mmap_chunk_replay_duration", go_dur(r.uniform(0.1, 2))),
                ("total_replay_duration", go_dur(r.uniform(4, 20))),
            ],
            user=u,
        )
    t = L(
        "ingester-2",
        t + sec(r.uniform(0.1, 0.5)),
        "lifecycler.go:615",
        "info",
        "instance found in ring",
        "instance found in ring",
        [
            ("ring", "ingester"),
            ("state", "ACTIVE"),
            ("tokens", 512),
            ("registered_at", "2024-05-21 09:14:02 +0000 UTC"),
        ],
    )
    L(
        "ingester-2",
        t + sec(r.uniform(0.05, 0.3)),
        "mimir.go:948",
        "info",
        "Application started",
        "Application started",
        [],
    )

    # memberlist: the OOM-killed ingester suspected and marked failed by its peers
    victim = member["ingester-2"]
    for p in ["distributor-1", "ingester-0", "compactor-0"]:
        L(
            p,
            oom + sec(r.uniform(2.5, 6)),
            "memberlist_logger.go:74",
            "info",
            "Suspect %s has failed, no acks received",
            f"Suspect {victim} has failed, no acks received",
            [],
        )
    for p in ["ingester-1", "query-frontend-0"]:
        L(
            p,
            oom + sec(r.uniform(8, 12)),
            "memberlist_logger.go:74",
            "info",
            "Marking %s as failed, suspect timeout reached (%d peer confirmations)",
            f"Marking {victim} as failed, suspect timeout reached (2 peer confirmations)",
            [],
        )
    member["ingester-2"] = f"mimir-ingester-2-{hexid(r, 6)}"
    for k in range(4):
        src = r.choice(["distributor-0", "ingester-0", "query-frontend-0"])
        L(
            "ingester-1",
            at(10, 10, r.uniform(0, 240)) + sec(k * 60),
            "memberlist_logger.go:74",
            "warn",
            "Refuting a suspect message (from: %s)",
            f"Refuting a suspect message (from: {member[src]})",
            [],
        )

    # compactor: hourly runs
    for h in range(6, 12):
        t = at(h, 17, r.uniform(0, 30))
        t = L(
            "compactor-0",
            t,
            "compactor.go:601",
            "info",
            "discovered users from bucket",
            "discovered users from bucket",
            [("users", len(MI_TENANTS))],
        )
        for u in MI_TENANTS:
            t = L(
                "compactor-0",
                t + sec(r.uniform(0.01, 0.3)),
                "compactor.go:702",
                "info",
                "starting compaction of user blocks",
                "starting compaction of user blocks",
                [("user", u)],
            )
            t = L(
                "compactor-0",
                t + sec(r.uniform(0.3, 3)),
                "bucket_compactor.go:878",
                "info",
                "start of compactions",
                "start of compactions",
                [],
                user=u,
            )
            if h == 10 and u == "team-ml":
                L(
                    "compactor-0",
                    t + sec(r.uniform(60, 90)),
                    "compactor.go:710",
                    "error",
                    "failed to compact user blocks",
                    "failed to compact user blocks",
                    [
                        ("user", u),
                        (
                            "err",
                            "compaction: group 0@17241709254077376921-merge--1717977600000-1717984800000: download block 01HZN4F8W2T6C3QKJ4X0R9B7MD: get file 01HZN4F8W2T6C3QKJ4X0R9B7MD/chunks/000003: context deadline exceeded",
                        ),
                    ],
                )
                t += sec(95)
                continue
            jobs = 1 if h % 2 == 1 and u not in ("sre",) else (1 if r.random() < 0.3 else 0)
            for _ in range(jobs):
                gk = f"0@{r.randint(10**18, 10**19 - 1)}-merge--{ms_epoch(at(h, 0)) - 7200000 * 2}-{ms_epoch(at(h, 0)) - 7200000}"
                srcs = [ulid(r, at(h - 2, 0)) for _ in range(3)]
                t = L(
                    "compactor-0",
                    t + sec(r.uniform(0.5, 4)),
                    "bucket_compactor.go:395",
                    "info",
                    "compaction available and planned; downloading blocks",
                    "compaction available and planned; downloading blocks",
                    [
                        ("groupKey", gk),
                        (
                            "job",
                            f"stage: merge, range start: {ms_epoch(at(h, 0)) - 14400000}, range end: {ms_epoch(at(h, 0)) - 7200000}, shard: , blocks: {','.join(srcs)}",
                        ),
                        ("plan", ",".join(srcs)),
                    ],
                    user=u,
                )
                new = ulid(r, t)
                dur = r.uniform(3, 80)
                t = L(
                    "compactor-0",
                    t + sec(dur),
                    "bucket_compactor.go:452",
                    "info",
                    "compacted blocks",
                    "compacted blocks",
                    [
                        ("new", f"[{new}]"),
                        ("blocks", f"[{' '.join('data-compactor/' + u + '/' + b for b in srcs)}]"),
                        ("duration", go_dur(dur)),
                        ("duration_ms", int(dur * 1000)),
                    ],
                    user=u,
                )
                t = L(
                    "compactor-0",
                    t + sec(r.uniform(1, 20)),
                    "bucket_compactor.go:530",
                    "info",
                    "compaction job succeeded",
                    "compaction job succeeded",
                    [("groupKey", gk)],
                    user=u,
                )
            t = L(
                "compactor-0",
                t + sec(r.uniform(0.05, 0.6)),
                "compactor.go:716",
                "info",
                "successfully compacted user blocks",
                "successfully compacted user blocks",
                [("user", u)],
            )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- kyverno

KY_OLD = ["7b9c6d8f5-2xkqp", "7b9c6d8f5-h7m4w", "7b9c6d8f5-t9vbn"]
KY_NEW = ["5f4d8c9b7-8wqzd", "5f4d8c9b7-k2p6r", "5f4d8c9b7-v5jmx"]
KY_APPS = [
    # namespace, deployment, image, team group
    (
        "shop",
        "checkout",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/checkout:2.14.3",
        "team-shop",
    ),
    ("shop", "cart", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/cart:1.9.0", "team-shop"),
    (
        "shop",
        "catalog",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/catalog:3.2.1",
        "team-shop",
    ),
    (
        "web",
        "frontend",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web/frontend:2024.06.04-1",
        "team-web",
    ),
    (
        "web",
        "image-resizer",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web/image-resizer:0.8.2",
        "team-web",
    ),
    (
        "payments",
        "payment-gateway",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments/gateway:5.0.7",
        "team-payments",
    ),
    (
        "search",
        "indexer",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/search/indexer:1.22.0",
        "team-search",
    ),
    (
        "analytics",
        "event-collector",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/analytics/collector:4.1.0",
        "team-analytics",
    ),
]
KY_ENFORCE_POD = ["disallow-latest-tag", "require-requests-limits", "restrict-image-registries"]
KY_KUBE_IPS = ["10.40.0.12", "10.40.1.77", "10.40.2.139"]


def kyverno(r: random.Random) -> list[Log]:
    """Kyverno 1.12's admission controller, three replicas, 06:00 to 12:00: deployments rolled
    all morning (every enforced policy's `validation passed`, the mutation events), a CI loop
    creating a `:latest` deployment 08:20-09:05 (blocked), a team's Docker Hub image 10:20-10:35
    (blocked), the API server unreachable 09:30 (leader election moves from 2xkqp to h7m4w), the
    CA secret rotated at 10:02 (a burst of bad-certificate handshakes), TLS handshake EOFs all
    morning, and a rollout at 11:00 replacing the three pods."""
    fs = Files()
    alive = {p: (T0, at(11, 0, 20 + 40 * i)) for i, p in enumerate(KY_OLD)}
    for i, p in enumerate(KY_NEW):
        alive[p] = (at(11, 0, 5 + 40 * i), T_END)

    def K(
        pod: str,
        t: datetime,
        lvl: str,
        logger: str,
        caller: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            line = f"{x:%Y-%m-%dT%H:%M:%S}Z\t{lvl}\t{logger}\t{caller}\t{msg}"
            if fields:
                parts = []
                for k, v in fields:
                    if isinstance(v, (dict, list)) and not (
                        isinstance(v, list) and all(isinstance(e, str) for e in v)
                    ):
                        enc = json.dumps(v, separators=(",", ":"))
                    else:
                        enc = json.dumps(v)
                    parts.append(f"{json.dumps(k)}: {enc}")
                line += "\t{" + ", ".join(parts) + "}"
            return [line]

        return fs.add(f"kyverno-admission-controller-{pod}.log", t, label, text, pod, 1_000_000)

    def up(t: datetime) -> list[str]:
        return [p for p, (a, b) in alive.items() if a <= t < b]

    def req_fields(
        kind: str, gv: str, res: str, ns: str, name: str, op: str, user: str, groups: list[str]
    ) -> list[tuple[str, object]]:
        g, v = gv.split("/") if "/" in gv else ("", gv)
        gvk = f"{g}/{v}, Kind={kind}"
        return [
            ("gvk", gvk),
            ("gvr", {"group": g, "version": v, "resource": res}),
            ("namespace", ns),
            ("name", name),
            ("operation", op),
            ("uid", uuid4(r)),
            ("user", {"username": user, "groups": groups}),
            ("roles", None),
            (
                "clusterroles",
                [
                    "cluster-admin",
                    "system:basic-user",
                    "system:discovery",
                    "system:public-info-viewer",
                ]
                if "argocd" in user
                else ["system:basic-user", "system:discovery", "system:public-info-viewer"],
            ),
            ("resource.gvk", gvk),
            ("kind", kind),
            ("action", "validate"),
            ("resource", f"{ns}/{kind}/{name}"),
            ("operation", op),
            ("gvk", gvk),
        ]

    def passed(pod: str, t: datetime, base: list[tuple[str, object]], policy: str) -> datetime:
        return K(
            pod,
            t,
            "LEVEL(-2)",
            "webhooks.resource.validate",
            "validation/validation.go:121",
            "validation passed",
            "validation passed",
            [*base, ("policy", policy)],
        )

    def failed(
        pod: str, t: datetime, base: list[tuple[str, object]], policy: str, rules: list[str]
    ) -> datetime:
        return K(
            pod,
            t,
            "LEVEL(-2)",
            "webhooks.resource.validate",
            "validation/validation.go:116",
            "validation failed",
            "validation failed",
            [*base, ("policy", policy), ("failed rules", rules)],
        )

    def event(
        pod: str, t: datetime, policy: str, typ: str, reason: str, action: str, note: str
    ) -> datetime:
        return K(
            pod,
            t,
            "INFO",
            "klog",
            "events/event_broadcaster.go:338",
            "Event occurred",
            "Event occurred",
            [
                ("object", {"name": policy}),
                ("fieldPath", ""),
                ("kind", "ClusterPolicy"),
                ("apiVersion", "kyverno.io/v1"),
                ("type", typ),
                ("reason", reason),
                ("action", action),
                ("note", note),
            ],
        )

    pending_events: list[tuple[datetime, str, str]] = []
    outage = (at(9, 30, 3), at(9, 30, 52))

    # rollouts: a Deployment UPDATE, then its new Pods
    for t in sorted([*poisson(r, T0, T_END, 135), at(9, 29, 44.6)]):
        if outage[0] - sec(5) <= t < outage[1] + sec(5):
            continue
        ns, dep, _image, _team = r.choice(KY_APPS)
        pods = up(t)
        if not pods:
            continue
        who = r.choice(
            ["system:serviceaccount:argocd:argocd-application-controller"] * 4
            + ["system:serviceaccount:kube-system:horizontal-pod-autoscaler"]
        )
        pod = r.choice(pods)
        base = req_fields(
            "Deployment",
            "apps/v1",
            "deployments",
            ns,
            dep,
            "UPDATE",
            who,
            [
                "system:serviceaccounts",
                f"system:serviceaccounts:{who.split(':')[2]}",
                "system:authenticated",
            ],
        )
        tt = t
        for pol in ["require-labels", *KY_ENFORCE_POD]:
            tt = passed(pod, tt, base, pol)
        if "autoscaler" in who:
            continue
        rs = "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(10))
        for _k in range(r.choice([1, 1, 2, 2, 3])):
            tp = tt + sec(r.uniform(0.5, 4))
            pname = (
                f"{dep}-{rs}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
            )
            pod = r.choice(up(tp) or pods)
            pb = req_fields(
                "Pod",
                "v1",
                "pods",
                ns,
                "",
                "CREATE",
                "system:serviceaccount:kube-system:replicaset-controller",
                [
                    "system:serviceaccounts",
                    "system:serviceaccounts:kube-system",
                    "system:authenticated",
                ],
            )
            for pol in KY_ENFORCE_POD:
                tp = passed(pod, tp, pb, pol)
            tp = event(
                pod,
                tp,
                "add-default-securitycontext",
                "Normal",
                "PolicyApplied",
                "Resource Mutated",
                f"Pod {ns}/{pname} is successfully mutated",
            )
            if at(9, 29, 40) <= tp < outage[0]:
                pending_events.append((tp, pod, ns))

    # the CI loop: a :latest deployment, blocked
    for t in poisson(r, at(8, 20), at(9, 5), 45):
        pod = r.choice(up(t))
        who = "system:serviceaccount:ci:gitlab-runner"
        base = req_fields(
            "Deployment",
            "apps/v1",
            "deployments",
            "analytics",
            "report-builder",
            "CREATE",
            who,
            ["system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated"],
        )
        tt = t
        for pol in ["require-labels", "require-requests-limits", "restrict-image-registries"]:
            tt = passed(pod, tt, base, pol)
        tt = failed(pod, tt, base, "disallow-latest-tag", ["autogen-validate-image-tag"])
        event(
            pod,
            tt,
            "disallow-latest-tag",
            "Warning",
            "PolicyViolation",
            "Resource Blocked",
            "Deployment analytics/report-builder: [autogen-validate-image-tag] fail (blocked); validation error: Using a mutable image tag e.g. 'latest' is not allowed. rule autogen-validate-image-tag failed at path /spec/template/spec/containers/0/image/",
        )

    # a team's Docker Hub image, blocked
    for t in poisson(r, at(10, 20), at(10, 35), 55):
        pod = r.choice(up(t))
        name = f"feature-extract-{r.randint(28640000, 28649999)}"
        base = req_fields(
            "Job",
            "batch/v1",
            "jobs",
            "ml",
            name,
            "CREATE",
            "system:serviceaccount:kube-system:cronjob-controller",
            [
                "system:serviceaccounts",
                "system:serviceaccounts:kube-system",
                "system:authenticated",
            ],
        )
        tt = t
        for pol in ["disallow-latest-tag", "require-requests-limits"]:
            tt = passed(pod, tt, base, pol)
        tt = failed(pod, tt, base, "restrict-image-registries", ["autogen-validate-registries"])
        event(
            pod,
            tt,
            "restrict-image-registries",
            "Warning",
            "PolicyViolation",
            "Resource Blocked",
            f"Job ml/{name}: [autogen-validate-registries] fail (blocked); validation error: Images may only come from our internal ECR registry. rule autogen-validate-registries failed at path /spec/template/spec/containers/0/image/",
        )

    # TLS handshake EOFs from the API server nodes, and the bad-certificate burst at 10:02
    def tls(pod: str, t: datetime, err: str) -> None:
        peer = f"{r.choice(KY_KUBE_IPS)}:{r.randint(32768, 60999)}"
        label = f"http: TLS handshake error from %s: {err}"
        K(
            pod,
            t,
            "INFO",
            "webhooks.server",
            "logging/log.go:184",
            label,
            f"{t:%Y/%m/%d %H:%M:%S} http: TLS handshake error from {peer}: {err}",
        )

    for p in KY_OLD + KY_NEW:
        a, b = alive[p]
        for t in poisson(r, a, b, 420):
            if not outage[0] <= t < outage[1]:
                tls(p, t, "EOF")
    for t in poisson(r, at(10, 2, 11), at(10, 3, 40), 2.2):
        tls(r.choice(KY_OLD), t, "remote error: tls: bad certificate")

    # leader election: the API server unreachable at 09:30
    lock = "kyverno/kyverno"
    lease_url = 'Get "https://172.20.0.1:443/apis/coordination.k8s.io/v1/namespaces/kyverno/leases/kyverno?timeout=5s": context deadline exceeded'
    old_leader, new_leader = (
        "kyverno-admission-controller-" + KY_OLD[0],
        "kyverno-admission-controller-" + KY_OLD[1],
    )
    t = outage[0]
    for _k in range(3):
        t = K(
            KY_OLD[0],
            t + sec(r.uniform(4.5, 5.5)),
            "ERROR",
            "klog",
            "leaderelection/leaderelection.go:332",
            'error retrieving resource lock %v: Get "%s": context deadline exceeded',
            f"error retrieving resource lock {lock}: {lease_url}",
        )
    t = K(
        KY_OLD[0],
        t + sec(0.2),
        "INFO",
        "klog",
        "leaderelection/leaderelection.go:285",
        "failed to renew lease %v: timed out waiting for the condition",
        f"failed to renew lease {lock}: timed out waiting for the condition",
    )
    t = K(
        KY_OLD[0],
        t + sec(0.01),
        "INFO",
        "leader-election",
        "leaderelection/leaderelection.go:87",
        "leadership lost, stopped leading",
        "leadership lost, stopped leading",
        [("id", old_leader)],
    )
    t = K(
        KY_OLD[0],
        t + sec(r.uniform(0.5, 1.5)),
        "INFO",
        "klog",
        "leaderelection/leaderelection.go:250",
        "attempting to acquire leader lease %v...",
        f"attempting to acquire leader lease {lock}...",
    )
    for p in KY_OLD[1:]:
        for _k in range(2):
            K(
                p,
                outage[0] + sec(r.uniform(8, 40)),
                "ERROR",
                "klog",
                "leaderelection/leaderelection.go:332",
                'error retrieving resource lock %v: Get "%s": context deadline exceeded',
                f"error retrieving resource lock {lock}: {lease_url}",
            )
    tl = K(
        KY_OLD[1],
        outage[1] + sec(r.uniform(1, 3)),
        "INFO",
        "klog",
        "leaderelection/leaderelection.go:260",
        "successfully acquired lease %v",
        f"successfully acquired lease {lock}",
    )
    K(
        KY_OLD[1],
        tl + sec(0.01),
        "INFO",
        "leader-election",
        "leaderelection/leaderelection.go:80",
        "started leading",
        "started leading",
        [("id", new_leader)],
    )
    for p in [KY_OLD[0], KY_OLD[2]]:
        K(
            p,
            tl + sec(r.uniform(0.5, 2)),
            "INFO",
            "leader-election",
            "leaderelection/leaderelection.go:95",
            "another instance has been elected as leader",
            "another instance has been elected as leader",
            [("id", "kyverno-admission-controller-" + p), ("leader", new_leader)],
        )
    for _tp, pod, _ns in pending_events:
        K(
            pod,
            outage[0] + sec(r.uniform(1, 30)),
            "ERROR",
            "EventGenerator",
            "event/controller.go:185",
            "failed to create event",
            "failed to create event",
            [
                (
                    "error",
                    'Post "https://172.20.0.1:443/apis/events.k8s.io/v1/namespaces/default/events": dial tcp 172.20.0.1:443: connect: connection refused',
                )
            ],
        )

    # the rollout at 11:00: the new pods start
    for i, p in enumerate(KY_NEW):
        t = alive[p][0]
        t = K(
            p,
            t,
            "INFO",
            "setup.version",
            "version/version.go:32",
            "version",
            "version",
            [("version", "v1.12.3"), ("BuildHash", ""), ("BuildTime", "2024-05-28T12:07:51Z")],
        )
        t = K(
            p,
            t,
            "INFO",
            "setup.maxprocs",
            "maxprocs/maxprocs.go:47",
            "maxprocs: Updating GOMAXPROCS=%d: determined from CPU quota",
            "maxprocs: Updating GOMAXPROCS=2: determined from CPU quota",
        )
        for ctrl, workers in [
            ("config-controller", 1),
            ("policycache-controller", 1),
            ("exception-webhook-controller", 1),
        ]:
            t = K(
                p,
                t + sec(r.uniform(0.2, 1.5)),
                "INFO",
                ctrl,
                "controllers/run.go:28",
                "starting ...",
                "starting ...",
                [("workers", workers)],
            )
        t = K(
            p,
            t + sec(r.uniform(0.1, 0.8)),
            "INFO",
            "klog",
            "leaderelection/leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            f"attempting to acquire leader lease {lock}...",
        )
        if i == 0:
            t = K(
                p,
                max(t, alive[KY_OLD[1]][1]) + sec(r.uniform(10, 13)),
                "INFO",
                "klog",
                "leaderelection/leaderelection.go:260",
                "successfully acquired lease %v",
                f"successfully acquired lease {lock}",
            )
            t = K(
                p,
                t,
                "INFO",
                "leader-election",
                "leaderelection/leaderelection.go:80",
                "started leading",
                "started leading",
                [("id", "kyverno-admission-controller-" + p)],
            )
            for ctrl in ["certmanager-controller", "webhook-controller"]:
                t = K(
                    p,
                    t + sec(r.uniform(0.1, 0.5)),
                    "INFO",
                    ctrl,
                    "controllers/run.go:28",
                    "starting ...",
                    "starting ...",
                    [("workers", 1)],
                )
        else:
            K(
                p,
                t + sec(r.uniform(0.5, 2)),
                "INFO",
                "leader-election",
                "leaderelection/leaderelection.go:95",
                "another instance has been elected as leader",
                "another instance has been elected as leader",
                [
                    ("id", "kyverno-admission-controller-" + p),
                    (
                        "leader",
                        "kyverno-admission-controller-"
                        + (KY_OLD[1] if alive[KY_OLD[1]][1] > t else KY_NEW[0]),
                    ),
                ],
            )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- karpenter

KP_COMMIT = "490ef94"
KP_TYPES = {
    "default": [
        ("m6i.xlarge", "3920m", "14162Mi", "58"),
        ("m6a.xlarge", "3920m", "14162Mi", "58"),
        ("m5.xlarge", "3920m", "14162Mi", "58"),
        ("c6i.2xlarge", "7910m", "14304Mi", "58"),
        ("r6i.xlarge", "3920m", "29317Mi", "58"),
    ],
    "batch": [
        ("c6a.4xlarge", "15890m", "28896Mi", "234"),
        ("c6i.4xlarge", "15890m", "28896Mi", "234"),
        ("c5.4xlarge", "15890m", "28896Mi", "234"),
        ("m6a.4xlarge", "15890m", "58193Mi", "234"),
    ],
    "gpu": [("g5.2xlarge", "7910m", "28960Mi", "58")],
}
KP_ZONES = ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"]
KP_CONTROLLERS = [
    ("nodeclaim.lifecycle", "karpenter.sh", "NodeClaim", 1000),
    ("nodeclaim.termination", "karpenter.sh", "NodeClaim", 100),
    ("nodeclaim.disruption", "karpenter.sh", "NodeClaim", 10),
    ("nodeclaim.consistency", "karpenter.sh", "NodeClaim", 10),
    ("nodeclaim.podevents", "", "Pod", 10),
    ("node.termination", "", "Node", 100),
    ("nodepool.counter", "karpenter.sh", "NodePool", 10),
    ("nodepool.hash", "karpenter.sh", "NodePool", 10),
    ("nodepool.readiness", "karpenter.sh", "NodePool", 10),
    ("nodeclass.status", "karpenter.k8s.aws", "EC2NodeClass", 10),
    ("nodeclass.hash", "karpenter.k8s.aws", "EC2NodeClass", 10),
    ("nodeclass.termination", "karpenter.k8s.aws", "EC2NodeClass", 10),
    ("state.node", "", "Node", 10),
    ("state.pod", "", "Pod", 10),
    ("state.nodeclaim", "karpenter.sh", "NodeClaim", 10),
    ("state.nodepool", "karpenter.sh", "NodePool", 10),
    ("metrics.node", "", "Node", 1),
    ("metrics.pod", "", "Pod", 1),
]


def karpenter(r: random.Random) -> list[Log]:
    """Karpenter 0.37 on EKS (three node pools: default, batch, gpu), 06:00 to 12:00: the web
    tier growing through the morning, hourly Spark batches scaled up and emptied, consolidation,
    spot interruptions at 08:15, g5 capacity missing in us-east-1c 08:30-09:00, a Spark driver
    asking for 96 CPUs 09:40-10:20, the leader OOM-killed at 10:40 (the standby takes over), and
    drift after the default node class's user data changes at 10:30."""
    fs = Files()
    take = at(10, 40, 0)
    took = at(10, 40, 17.3)

    def leader(t: datetime) -> str | None:
        if t < take:
            return "4kzqw"
        return "x2l8n" if t >= took else None

    def J(
        t: datetime, lvl: str, msg: str, fields: list[tuple[str, object]], label: str | None = None
    ) -> datetime:
        pod = leader(t)
        if pod is None:
            t = took + sec(r.uniform(6, 14))
            pod = "x2l8n"

        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "level": lvl,
                "time": f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z",
                "logger": "controller",
                "message": msg,
                "commit": KP_COMMIT,
            }
            for k, v in fields:
                d[k] = v
            return [json.dumps(d, separators=(",", ":"), ensure_ascii=False)]

        return fs.add(f"karpenter-5d7b9c8f6-{pod}.log", t, label or msg, text, pod, 1000)

    def ctl(name: str, group: str, kind: str, obj: str | None) -> list[tuple[str, object]]:
        f: list[tuple[str, object]] = [
            ("controller", name),
            ("controllerGroup", group),
            ("controllerKind", kind),
        ]
        if obj is not None:
            f.append((kind, {"name": obj}))
        f += [("namespace", ""), ("name", obj or ""), ("reconcileID", uuid4(r))]
        return f

    def single(name: str) -> list[tuple[str, object]]:
        return [("controller", name), ("namespace", ""), ("name", ""), ("reconcileID", uuid4(r))]

    def pretty(items: list[str], n: int = 5) -> str:
        if len(items) <= n:
            return ", ".join(items)
        return ", ".join(items[:n]) + f" and {len(items) - n} other(s)"

    def suffix() -> str:
        return "".join(r.choice("bcdfghjklmnpqrstvwxz") for _ in range(5))

    nodes: dict[str, dict[str, object]] = {}

    def itype_list(pool: str, first: str) -> str:
        """The nodeclaim's instance type options as Karpenter prints them (five, then a count)."""
        if pool == "gpu":
            return "g5.2xlarge, g5.4xlarge, g6.2xlarge"
        names = sorted(x[0] for x in KP_TYPES[pool])
        extra = {"default": 38, "batch": 27}[pool]
        more = {"default": ["c5.2xlarge", "c5a.2xlarge"], "batch": ["c5a.4xlarge", "c5ad.4xlarge"]}[
            pool
        ]
        shown = sorted(names + more)[:5]
        return ", ".join(shown) + f" and {extra + len(names) + len(more) - 5} other(s)"

    def launch(
        t: datetime,
        pool: str,
        creator: str,
        capacity: str | None = None,
        ice_zone: str | None = None,
    ) -> str | None:
        """A nodeclaim created at t by `creator` (provisioner or disruption), then launched,
        registered and initialized; returns the node name (None when the launch fails)."""
        typ = r.choice(KP_TYPES[pool])
        cap = capacity or (
            "on-demand" if pool == "gpu" else r.choice(["spot", "spot", "on-demand"])
        )
        nc = f"{pool}-{suffix()}"
        cpu = (
            f"{r.randint(1, int(typ[1][:-1]) // 1000 - 1) * 1000 + r.choice([150, 350, 610, 850])}m"
        )
        req = {
            "cpu": cpu,
            "memory": f"{r.randint(2, 24) * 512 + 785}Mi",
            "pods": str(r.randint(4, 28)),
        }
        if pool == "gpu":
            req["nvidia.com/gpu"] = "1"
        t = J(
            t,
            "INFO",
            "created nodeclaim",
            [
                *single(creator),
                ("NodePool", {"name": pool}),
                ("NodeClaim", {"name": nc}),
                ("requests", req),
                ("instance-types", itype_list(pool, typ[0])),
            ],
        )
        if ice_zone:
            J(
                t + sec(r.uniform(1.5, 4)),
                "ERROR",
                "Reconciler error",
                [
                    *ctl("nodeclaim.lifecycle", "karpenter.sh", "NodeClaim", nc),
                    (
                        "error",
                        f"launching nodeclaim, creating instance, insufficient capacity, with fleet error(s), InsufficientInstanceCapacity: We currently do not have sufficient {typ[0]} capacity in the Availability Zone you requested ({ice_zone}). Our system will be working on provisioning additional capacity. You can currently get {typ[0]} capacity by not specifying an Availability Zone in your request or choosing us-east-1a, us-east-1b, us-east-1d, us-east-1f.",
                    ),
                ],
            )
            return None
        zone = r.choice(KP_ZONES if pool != "gpu" else ["us-east-1a", "us-east-1b"])
        pid = f"aws:///{zone}/i-0{hexid(r, 16)}"
        t = J(
            t + sec(r.uniform(1.2, 3.5)),
            "INFO",
            "launched nodeclaim",
            [
                *ctl("nodeclaim.lifecycle", "karpenter.sh", "NodeClaim", nc),
                ("provider-id", pid),
                ("instance-type", typ[0]),
                ("zone", zone),
                ("capacity-type", cap),
                (
                    "allocatable",
                    {"cpu": typ[1], "ephemeral-storage": "89Gi", "memory": typ[2], "pods": typ[3]},
                ),
            ],
        )
        node = f"ip-10-32-{r.randint(16, 95)}-{r.randint(2, 254)}.ec2.internal"
        t = J(
            t + sec(r.uniform(28, 70)),
            "INFO",
            "registered nodeclaim",
            [
                *ctl("nodeclaim.lifecycle", "karpenter.sh", "NodeClaim", nc),
                ("provider-id", pid),
                ("Node", {"name": node}),
            ],
        )
        t = J(
            t + sec(r.uniform(8, 30)),
            "INFO",
            "initialized nodeclaim",
            [
                *ctl("nodeclaim.lifecycle", "karpenter.sh", "NodeClaim", nc),
                ("provider-id", pid),
                ("Node", {"name": node}),
                (
                    "allocatable",
                    {"cpu": typ[1], "ephemeral-storage": "89Gi", "memory": typ[2], "pods": typ[3]},
                ),
            ],
        )
        nodes[node] = {"nc": nc, "pool": pool, "type": typ[0], "cap": cap, "pid": pid, "up": t}
        return node

    def provision(
        t: datetime,
        pool: str,
        ns: str,
        prefix: str,
        npods: int,
        nclaims: int,
        ice_zone: str | None = None,
    ) -> list[str]:
        pods = [
            f"{ns}/{prefix}-{suffix()}" if "exec" not in prefix else f"{ns}/{prefix}-{i + 1}"
            for i in range(npods)
        ]
        t = J(
            t,
            "INFO",
            "found provisionable pod(s)",
            [
                *single("provisioner"),
                ("Pods", pretty(pods)),
                ("duration", go_dur(r.uniform(0.008, 0.12))),
            ],
        )
        t = J(
            t + sec(0.001),
            "INFO",
            "computed new nodeclaim(s) to fit pod(s)",
            [*single("provisioner"), ("nodeclaims", nclaims), ("pods", npods)],
        )
        out = []
        for _ in range(nclaims):
            t += sec(r.uniform(0.01, 0.06))
            n = launch(t, pool, "provisioner", ice_zone=ice_zone)
            if n:
                out.append(n)
        return out

    def terminate(t: datetime, node: str) -> datetime:
        info = nodes.pop(node)
        t = J(
            t,
            "INFO",
            "tainted node",
            [
                *ctl("node.termination", "", "Node", node),
                ("taint.Key", "karpenter.sh/disruption"),
                ("taint.Value", "disrupting"),
                ("taint.Effect", "NoSchedule"),
            ],
        )
        t = J(
            t + sec(r.uniform(15, 95)),
            "INFO",
            "deleted node",
            ctl("node.termination", "", "Node", node),
        )
        return J(
            t + sec(r.uniform(1, 6)),
            "INFO",
            "deleted nodeclaim",
            [
                *ctl("nodeclaim.termination", "karpenter.sh", "NodeClaim", str(info["nc"])),
                ("Node", {"name": node}),
                ("provider-id", info["pid"]),
            ],
        )

    def desc(node: str) -> str:
        info = nodes[node]
        return f"{node}/{info['type']}/{info['cap']}"

    def disrupt(
        t: datetime, method: str, victims: list[str], pods: int, replace_with: str | None = None
    ) -> datetime:
        cmd = (
            f"{'replace' if replace_with else 'delete'}, terminating {len(victims)} nodes ({pods} pods) "
            + ", ".join(desc(v) for v in victims)
        )
        if replace_with:
            pool = str(nodes[victims[0]]["pool"])
            label = "disrupting via %s %s, terminating %d nodes (%d pods) %s and replacing with %s node from types %s"
            cmd += f" and replacing with {replace_with} node from types {itype_list(pool, KP_TYPES[pool][0][0])}"
        else:
            label = "disrupting via %s %s, terminating %d nodes (%d pods) %s"
        t = J(
            t,
            "INFO",
            f"disrupting via {method} {cmd}",
            [*single("disruption"), ("command-id", uuid4(r))],
            label=label,
        )
        if replace_with:
            launch(
                t + sec(r.uniform(0.05, 0.3)),
                str(nodes[victims[0]]["pool"]),
                "disruption",
                capacity=replace_with,
            )
            t += sec(r.uniform(60, 110))
        for v in victims:
            terminate(t + sec(r.uniform(0.02, 0.4)), v)
        return t

    # the web tier: the default pool, growing with the morning, consolidated in quiet spells
    for t in poisson(r, at(6, 5), at(11, 50), 200):
        if at(6, 0) <= t < at(10, 0) or r.random() < 0.5:
            provision(
                t,
                "default",
                r.choice(["web", "shop", "search"]),
                r.choice(
                    [
                        "frontend-7d9c6b5f4",
                        "checkout-5c8d7f9b6",
                        "indexer-6b7f8d9c5",
                        "cart-8f6d5c7b9",
                    ]
                ),
                r.randint(2, 14),
                r.choice([1, 1, 1, 2]),
            )
    for t in poisson(r, at(6, 20), at(12, 0), 300):
        cands = [n for n, i in nodes.items() if i["pool"] == "default" and i["up"] < t - sec(600)]  # type: ignore[operator]
        if len(cands) < 4:
            continue
        v = r.choice(cands)
        if r.random() < 0.75:
            disrupt(t, "consolidation", [v], r.randint(0, 6))
        else:
            disrupt(t, "consolidation", [v], r.randint(3, 12), replace_with="spot")

    # hourly Spark batches on the batch pool, emptied when they finish
    for h in range(6, 12):
        t = at(h, 0, r.uniform(4, 20))
        n = r.randint(14, 24)
        made = provision(t, "batch", "batch", f"spark-etl-{h:02d}00-exec", n * r.randint(3, 4), n)
        done = at(h, r.randint(24, 38), r.uniform(0, 59))
        while made:
            k = min(len(made), r.randint(4, 10))
            group, made = made[:k], made[k:]
            done = disrupt(
                done + sec(r.uniform(20, 45)), "emptiness", [g for g in group if g in nodes], 0
            )

    # spot interruptions at 08:15
    spot = [
        n
        for n, i in nodes.items()
        if i["cap"] == "spot" and i["pool"] == "default" and i["up"] < at(8, 14)
    ]  # type: ignore[operator]
    for node in r.sample(spot, min(5, len(spot))):
        if node not in nodes:
            continue
        t = at(8, 15, r.uniform(0, 40))
        J(
            t,
            "INFO",
            "initiating delete from interruption message",
            [
                *single("interruption"),
                ("queue", "Karpenter-prod-eks"),
                ("messageKind", "SpotInterruptionKind"),
                ("NodeClaim", {"name": nodes[node]["nc"]}),
                ("action", "CordonAndDrain"),
                ("Node", {"name": node}),
            ],
        )
        terminate(t + sec(r.uniform(0.1, 0.5)), node)
        provision(
            t + sec(r.uniform(20, 60)), "default", "web", "frontend-7d9c6b5f4", r.randint(3, 9), 1
        )

    # g5 capacity missing in us-east-1c 08:30-09:00: the training job's nodeclaims fail, retried
    t = at(8, 30, 12)
    while t < at(9, 0):
        provision(t, "gpu", "ml", "train-resnet-worker", 2, 2, ice_zone="us-east-1c")
        t += sec(r.uniform(55, 130))
    provision(at(9, 0, 41), "gpu", "ml", "train-resnet-worker", 2, 2)

    # a Spark driver asking for 96 CPUs
    t = at(9, 40, 3)
    while t < at(10, 20):
        J(
            t,
            "ERROR",
            "could not schedule pod",
            [
                *single("provisioner"),
                ("Pod", {"name": "spark-adhoc-5f1e-driver", "namespace": "analytics"}),
                (
                    "error",
                    'incompatible with nodepool "gpu", daemonset overhead={"cpu":"610m","memory":"785Mi","pods":"6"}, did not tolerate nvidia.com/gpu=true:NoSchedule; incompatible with nodepool "default", daemonset overhead={"cpu":"610m","memory":"785Mi","pods":"6"}, no instance type satisfied resources {"cpu":"96610m","memory":"197393Mi","pods":"7"} and requirements karpenter.k8s.aws/instance-category In [c m r], karpenter.sh/capacity-type In [on-demand spot], karpenter.sh/nodepool In [default], kubernetes.io/arch In [amd64], kubernetes.io/os In [linux] (no instance type has enough resources); incompatible with nodepool "batch", daemonset overhead={"cpu":"610m","memory":"785Mi","pods":"6"}, no instance type satisfied resources {"cpu":"96610m","memory":"197393Mi","pods":"7"} and requirements karpenter.k8s.aws/instance-size In [4xlarge], karpenter.sh/capacity-type In [spot], karpenter.sh/nodepool In [batch], kubernetes.io/arch In [amd64], kubernetes.io/os In [linux] (no instance type has enough resources)',
                ),
            ],
        )
        t += sec(r.uniform(25, 75))

    # drift after the node class's user data changed at 10:30
    t = at(10, 31, 40)
    while t < at(11, 45):
        cands = [n for n, i in nodes.items() if i["pool"] == "default" and i["up"] < at(10, 30)]  # type: ignore[operator]
        if not cands:
            break
        v = r.choice(cands)
        cap = str(nodes[v]["cap"])
        t = disrupt(t, "drift", [v], r.randint(2, 14), replace_with=cap)
        t += sec(r.uniform(30, 150))

    # the standby takes over at 10:40
    tt = J(
        took,
        "INFO",
        "successfully acquired lease karpenter/karpenter-leader-election",
        [],
        label="successfully acquired lease %s",
    )
    for name, group, kind, _workers in KP_CONTROLLERS:
        tt = J(
            tt + sec(r.uniform(0.0005, 0.004)),
            "INFO",
            "Starting Controller",
            [("controller", name), ("controllerGroup", group), ("controllerKind", kind)],
        )
    for name, group, kind, workers in KP_CONTROLLERS:
        tt = J(
            tt + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "Starting workers",
            [
                ("controller", name),
                ("controllerGroup", group),
                ("controllerKind", kind),
                ("worker count", workers),
            ],
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------- cluster-autoscaler

CA_GROUPS = {
    "general": (
        "eks-general-20240521091402338500000001-7ac7b1c4-2b8e-5f1a-9a6e-3d1c0e8f4b21",
        3,
        30,
    ),
    "batch": ("eks-batch-20240521091402339100000003-48c7b1c4-91d0-2e7b-c5a8-1f6b3e0d9a47", 0, 40),
    "gpu": ("eks-gpu-20240521091402340200000005-d6c7b1c4-5e2f-84a1-0b3c-7a9d2e6f1c58", 0, 4),
}
CA_FLAGS = [
    ("add-dir-header", "false"),
    ("address", ":8085"),
    ("alsologtostderr", "false"),
    ("aws-use-static-instance-list", "false"),
    ("balance-similar-node-groups", "true"),
    ("balancing-ignore-label", "[]"),
    ("balancing-label", "[]"),
    ("bulk-mig-instances-listing-enabled", "false"),
    ("cloud-config", ""),
    ("cloud-provider", "aws"),
    ("cloud-provider-gce-l7lb-src-cidrs", "130.211.0.0/22,35.191.0.0/16"),
    (
        "cloud-provider-gce-lb-src-cidrs",
        "130.211.0.0/22,209.85.152.0/22,209.85.204.0/22,35.191.0.0/16",
    ),
    ("cluster-name", ""),
    ("clusterapi-cloud-config-authoritative", "false"),
    ("cordon-node-before-terminating", "false"),
    ("cores-total", "0:320000"),
    ("daemonset-eviction-for-empty-nodes", "false"),
    ("daemonset-eviction-for-occupied-nodes", "true"),
    ("debugging-snapshot-enabled", "false"),
    ("emit-per-nodegroup-metrics", "false"),
    ("enforce-node-group-min-size", "false"),
    ("estimator", "binpacking"),
    ("expander", "least-waste"),
    ("expendable-pods-priority-cutoff", "-10"),
    ("feature-gates", ""),
    ("gce-concurrent-refreshes", "1"),
    ("gpu-total", "[]"),
    ("grpc-expander-cert", ""),
    ("grpc-expander-url", ""),
    ("ignore-daemonsets-utilization", "false"),
    ("ignore-mirror-pods-utilization", "false"),
    ("ignore-taint", "[]"),
    ("initial-node-group-backoff-duration", "5m0s"),
    ("kube-api-content-type", "application/vnd.kubernetes.protobuf"),
    ("kube-client-burst", "10"),
    ("kube-client-qps", "5"),
    ("kubeconfig", ""),
    ("leader-elect", "true"),
    ("leader-elect-lease-duration", "15s"),
    ("leader-elect-renew-deadline", "10s"),
    ("leader-elect-resource-lock", "leases"),
    ("leader-elect-resource-name", "cluster-autoscaler"),
    ("leader-elect-resource-namespace", ""),
    ("leader-elect-retry-period", "2s"),
    ("log-backtrace-at", ":0"),
    ("log-dir", ""),
    ("log-file", ""),
    ("log-file-max-size", "1800"),
    ("logtostderr", "true"),
    ("max-bulk-soft-taint-count", "10"),
    ("max-bulk-soft-taint-time", "3s"),
    ("max-drain-parallelism", "1"),
    ("max-empty-bulk-delete", "10"),
    ("max-failing-time", "15m0s"),
    ("max-graceful-termination-sec", "600"),
    ("max-inactivity", "10m0s"),
    ("max-node-group-backoff-duration", "30m0s"),
    ("max-node-provision-time", "15m0s"),
    ("max-nodes-total", "0"),
    ("max-pod-eviction-time", "2m0s"),
    ("max-scale-down-parallelism", "10"),
    ("max-total-unready-percentage", "45"),
    ("memory-total", "0:6400000"),
    ("min-replica-count", "0"),
    ("namespace", "kube-system"),
    ("new-pod-scale-up-delay", "0s"),
    ("node-autoprovisioning-enabled", "false"),
    ("node-deletion-delay-timeout", "2m0s"),
    (
        "node-group-auto-discovery",
        "[asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/prod-eks]",
    ),
    ("node-group-backoff-reset-timeout", "3h0m0s"),
    ("node-info-cache-expire-time", "87600h0m0s"),
    ("nodes", "[]"),
    ("ok-total-unready-count", "3"),
    ("one-output", "false"),
    ("parallel-drain", "true"),
    ("profiling", "false"),
    ("record-duplicated-events", "false"),
    ("regional", "false"),
    ("scale-down-candidates-pool-min-count", "50"),
    ("scale-down-candidates-pool-ratio", "0.1"),
    ("scale-down-delay-after-add", "10m0s"),
    ("scale-down-delay-after-delete", "0s"),
    ("scale-down-delay-after-failure", "3m0s"),
    ("scale-down-enabled", "true"),
    ("scale-down-gpu-utilization-threshold", "0.5"),
    ("scale-down-non-empty-candidates-count", "30"),
    ("scale-down-unneeded-time", "10m0s"),
    ("scale-down-unready-enabled", "true"),
    ("scale-down-unready-time", "20m0s"),
    ("scale-down-utilization-threshold", "0.5"),
    ("scale-up-from-zero", "true"),
    ("scan-interval", "30s"),
    ("skip-headers", "false"),
    ("skip-log-headers", "false"),
    ("skip-nodes-with-custom-controller-pods", "true"),
    ("skip-nodes-with-local-storage", "false"),
    ("skip-nodes-with-system-pods", "true"),
    ("status-config-map-name", "cluster-autoscaler-status"),
    ("stderrthreshold", "0"),
    ("unremovable-node-recheck-timeout", "5m0s"),
    ("user-agent", "cluster-autoscaler"),
    ("v", "2"),
    ("vmodule", ""),
    ("write-status-configmap", "true"),
]


def cluster_autoscaler(r: random.Random) -> list[Log]:
    """cluster-autoscaler 1.29.2 on EKS (three ASGs: general, batch, gpu), `--v=2
    --scan-interval=30s`, 06:00 to 12:00, in three runs of its container: hourly Spark batches
    scaling the batch group up and back down, a GPU training pod waiting 08:30-09:15 while the
    GPU group cannot get capacity (backed off 5, 10 and 20 minutes), the lease lost when the API
    server is unreachable at 09:31 (`lost master`, restarted), a nil-pointer panic at 10:52 after
    a launch template version is deleted (restarted)."""
    fs = Files()
    runs = [
        ("cluster-autoscaler-0.log", at(4, 2, 11.3), T0, at(9, 30, 58)),
        ("cluster-autoscaler-1.log", at(9, 31, 39.6), at(9, 31, 39.6), at(10, 52, 13.2)),
        ("cluster-autoscaler-2.log", at(10, 52, 46.1), at(10, 52, 46.1), T_END),
    ]

    def run_of(t: datetime) -> str:
        for f, _born, a, b in runs:
            if a <= t < b:
                return f
        raise AssertionError(t)

    def K(
        t: datetime, lvl: str, where: str, label: str, msg: str, f: str | None = None
    ) -> datetime:
        f = f or run_of(t)
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{lvl}{x:%m%d %H:%M:%S}.{x.microsecond:06d}       1 {where}] {msg}"],
            f,
            1,
        )

    groups = {k: v[0] for k, v in CA_GROUPS.items()}
    size = {"general": 9, "batch": 0, "gpu": 0}
    batch_nodes: list[tuple[str, str]] = []

    def startup(f: str, t: datetime) -> datetime:
        for name, val in CA_FLAGS:
            t = K(
                t + sec(r.uniform(0.000003, 0.00003)),
                "I",
                "flags.go:64",
                "FLAG: --%s=%q",
                f'FLAG: --{name}="{val}"',
                f,
            )
        t = K(
            t + sec(r.uniform(0.0001, 0.001)),
            "I",
            "main.go:563",
            "Cluster Autoscaler %s",
            "Cluster Autoscaler 1.29.2",
            f,
        )
        t = K(
            t + sec(r.uniform(0.05, 0.3)),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            "attempting to acquire leader lease kube-system/cluster-autoscaler...",
            f,
        )
        return K(
            t + sec(r.uniform(2, 16)),
            "I",
            "leaderelection.go:260",
            "successfully acquired lease %v",
            "successfully acquired lease kube-system/cluster-autoscaler",
            f,
        )

    loop_start: dict[str, datetime] = {}
    for f, _born, a, _b in runs[1:]:
        loop_start[f] = startup(f, a) + sec(r.uniform(1.5, 4))
    loop_start["cluster-autoscaler-0.log"] = T0 + sec(r.uniform(0, 30))

    # the hourly batches, and the GPU pod's state
    scaleups = {h: f"spark-etl-{h:02d}00-exec" for h in range(7, 12)}
    gpu = {"next": at(8, 30, 20), "tries": 0, "upcoming": T0, "done": None}
    backoffs = [300, 600, 1200]
    pending_up: datetime | None = None
    removals: list[datetime] = []

    def pred(pod: str, group: str, kind: str) -> str:
        if kind == "taint":
            return f'Pod {pod} can\'t be scheduled on {groups[group]}, predicate checking error: node(s) had untolerated taint {{nvidia.com/gpu: true}}; predicateName=TaintToleration; reasons: node(s) had untolerated taint {{nvidia.com/gpu: true}}; debugInfo=taints on node: []v1.Taint{{v1.Taint{{Key:"nvidia.com/gpu", Value:"true", Effect:"NoSchedule", TimeAdded:<nil>}}}}'
        res = "nvidia.com/gpu" if kind == "gpu" else "cpu"
        return f"Pod {pod} can't be scheduled on {groups[group]}, predicate checking error: Insufficient {res}; predicateName=NodeResourcesFit; reasons: Insufficient {res}; debugInfo="

    PRED = {
        "taint": "Pod %s can't be scheduled on %s, predicate checking error: node(s) had untolerated taint {%s: %s}; predicateName=%s; reasons: node(s) had untolerated taint {%s: %s}; debugInfo=%s",
        "cpu": "Pod %s can't be scheduled on %s, predicate checking error: Insufficient %s; predicateName=%s; reasons: Insufficient %s; debugInfo=%s",
        "gpu": "Pod %s can't be scheduled on %s, predicate checking error: Insufficient %s; predicateName=%s; reasons: Insufficient %s; debugInfo=%s",
    }

    def scale_up(t: datetime, group: str, new: int, pods: list[str], ns: str) -> datetime:
        for p in pods[:20]:
            t = K(
                t + sec(r.uniform(0.00002, 0.0002)),
                "I",
                "orchestrator.go:90",
                "Pod %s/%s is unschedulable",
                f"Pod {ns}/{p} is unschedulable",
            )
        if len(pods) > 20:
            t = K(
                t + sec(0.00003),
                "I",
                "orchestrator.go:92",
                "%v other pods are also unschedulable",
                f"{len(pods) - 20} other pods are also unschedulable",
            )
        others = [g for g in groups if g != group]
        for g in others:
            kind = "taint" if g == "gpu" else ("gpu" if group == "gpu" else "cpu")
            t = K(
                t + sec(r.uniform(0.0005, 0.004)),
                "I",
                "orchestrator.go:565",
                PRED[kind],
                pred(pods[0], g, kind),
            )
            if len(pods) > 1:
                t = K(
                    t + sec(0.00002),
                    "I",
                    "orchestrator.go:567",
                    "%d other pods similar to %s can't be scheduled on %s",
                    f"{len(pods) - 1} other pods similar to {pods[0]} can't be scheduled on {groups[g]}",
                )
        t = K(
            t + sec(r.uniform(0.001, 0.01)),
            "I",
            "orchestrator.go:179",
            "Best option to resize: %s",
            f"Best option to resize: {groups[group]}",
        )
        t = K(
            t + sec(0.00002),
            "I",
            "orchestrator.go:185",
            "Estimated %d nodes needed in %s",
            f"Estimated {new - size[group]} nodes needed in {groups[group]}",
        )
        mx = CA_GROUPS[group][2]
        t = K(
            t + sec(r.uniform(0.0001, 0.001)),
            "I",
            "orchestrator.go:253",
            "Final scale-up plan: %v",
            f"Final scale-up plan: [{{{groups[group]} {size[group]}->{new} (max: {mx})}}]",
        )
        t = K(
            t + sec(0.00003),
            "I",
            "executor.go:166",
            "Scale-up: setting group %s size to %d",
            f"Scale-up: setting group {groups[group]} size to {new}",
        )
        t = K(
            t + sec(r.uniform(0.0001, 0.001)),
            "I",
            "auto_scaling_groups.go:255",
            "Setting asg %s size to %d",
            f"Setting asg {groups[group]} size to {new}",
        )
        size[group] = new
        return t

    # the main loops of each run
    for f, born, _a, b in runs:
        t = loop_start[f]
        k = 0
        last_refresh = t - sec(61)
        while t < b:
            mono = (t - born).total_seconds()
            if (t - last_refresh).total_seconds() >= 60:
                nxt = t + sec(60)
                K(
                    t,
                    "I",
                    "aws_manager.go:141",
                    "Refreshed ASG list, next refresh after %v",
                    f"Refreshed ASG list, next refresh after {go_time(nxt, nxt.microsecond * 1000 + r.randrange(1000), mono + 60 + r.uniform(0.0, 0.001))}",
                )
                last_refresh = t
            tt = t + sec(r.uniform(0.01, 0.08))
            busy = False
            schedulable = pending_up is not None and (tt - pending_up).total_seconds() < 100
            if (
                tt.minute == 0
                and tt.second < 30
                and tt.hour in scaleups
                and (pending_up is None or (tt - pending_up).total_seconds() > 600)
            ):
                # the hourly batch's executors
                n_pods = r.randint(48, 90)
                pods = [f"{scaleups[tt.hour]}-{i + 1}" for i in range(n_pods)]
                old = size["batch"]
                tt = scale_up(tt, "batch", min(old + (n_pods + 5) // 6, 40), pods, "batch")
                for _i in range(size["batch"] - old):
                    batch_nodes.append(
                        (
                            f"ip-10-32-{r.randint(100, 127)}-{r.randint(2, 254)}.ec2.internal",
                            f"i-0{hexid(r, 16)}",
                        )
                    )
                removals.append(at(tt.hour, r.randint(38, 50), r.uniform(0, 59)))
                pending_up = tt
                busy = True
            elif gpu["done"] is None and tt >= at(8, 30, 20):
                pod = "train-resnet-0"
                if gpu["next"] is not None and tt >= gpu["next"]:  # type: ignore[operator]
                    tt = scale_up(tt, "gpu", 1, [pod], "ml")
                    gpu["tries"] = int(gpu["tries"]) + 1  # type: ignore[call-overload]
                    if gpu["tries"] <= len(backoffs):
                        fail = tt + sec(r.uniform(140, 170))
                        K(
                            fail,
                            "I",
                            "clusterstate.go:1084",
                            "Failed adding %v nodes (%v unseen previously) to group %v due to %v; errorMessages=%#v",
                            f'Failed adding 1 nodes (1 unseen previously) to group {groups["gpu"]} due to OutOfResource.placeholder-cannot-be-fulfilled; errorMessages=[]string{{"AWS cannot provision any more instances for this node group"}}',
                        )
                        until = fail + sec(backoffs[int(gpu["tries"]) - 1])  # type: ignore[call-overload]
                        ns = until.microsecond * 1000 + r.randrange(1000)
                        K(
                            fail + sec(0.0004),
                            "W",
                            "clusterstate.go:305",
                            "Disabling scale-up for node group %v until %v; errorClass=%v; errorCode=%v",
                            f"Disabling scale-up for node group {groups['gpu']} until {go_time(until, ns)}; errorClass=OutOfResource; errorCode=placeholder-cannot-be-fulfilled",
                        )
                        size["gpu"] = 0
                        gpu["upcoming"], gpu["next"] = fail, until
                    else:
                        gpu["upcoming"], gpu["next"] = tt + sec(100), None
                    busy = True
                elif tt < gpu["upcoming"]:  # type: ignore[operator]
                    schedulable = True
                elif gpu["next"] is None:
                    gpu["done"] = tt
                else:
                    tt = K(
                        tt,
                        "I",
                        "orchestrator.go:90",
                        "Pod %s/%s is unschedulable",
                        f"Pod ml/{pod} is unschedulable",
                    )
                    for g in ["general", "batch"]:
                        tt = K(
                            tt + sec(r.uniform(0.0005, 0.003)),
                            "I",
                            "orchestrator.go:565",
                            PRED["gpu"],
                            pred(pod, g, "gpu"),
                        )
                    tt = K(
                        tt + sec(r.uniform(0.0002, 0.002)),
                        "I",
                        "orchestrator.go:157",
                        "No expansion options",
                        "No expansion options",
                    )
                    busy = True
            if not busy:
                if schedulable:
                    tt = K(
                        tt,
                        "I",
                        "filter_out_schedulable.go:88",
                        "Schedulable pods present",
                        "Schedulable pods present",
                    )
                K(
                    tt + sec(r.uniform(0.001, 0.02)),
                    "I",
                    "static_autoscaler.go:557",
                    "No unschedulable pods",
                    "No unschedulable pods",
                )
                # scale-down: the batch nodes, ten minutes unneeded after the batch
                due = [x for x in removals if x <= tt]
                if due and batch_nodes and not schedulable:
                    removals.remove(due[0])
                    tr = tt + sec(r.uniform(0.05, 0.2))
                    victims, rest = batch_nodes[:10], batch_nodes[10:]
                    for node, _iid in victims:
                        tr = K(
                            tr + sec(r.uniform(0.0001, 0.002)),
                            "I",
                            "nodes.go:123",
                            "%s was unneeded for %s",
                            f"{node} was unneeded for {go_dur(600 + r.uniform(0.5, 29))}",
                        )
                    for node, _iid in victims:
                        tr = K(
                            tr + sec(r.uniform(0.01, 0.09)),
                            "I",
                            "delete.go:103",
                            "Successfully added ToBeDeletedTaint on node %v",
                            f"Successfully added ToBeDeletedTaint on node {node}",
                        )
                        tr = K(
                            tr + sec(r.uniform(0.0001, 0.0009)),
                            "I",
                            "actuator.go:161",
                            "Scale-down: removing empty node %q",
                            f'Scale-down: removing empty node "{node}"',
                        )
                    tr = K(
                        tr + sec(r.uniform(0.0001, 0.002)),
                        "I",
                        "actuator.go:244",
                        "Scale-down: waiting %v before trying to delete nodes",
                        "Scale-down: waiting 5s before trying to delete nodes",
                    )
                    tr += sec(5)
                    for _node, iid in victims:
                        tr = K(
                            tr + sec(r.uniform(0.05, 0.3)),
                            "I",
                            "auto_scaling_groups.go:311",
                            "Terminating EC2 instance: %s",
                            f"Terminating EC2 instance: {iid}",
                        )
                    size["batch"] -= len(victims)
                    batch_nodes[:] = rest
                    if rest:
                        removals.insert(0, tr + sec(60))
                elif k % 10 != 3:
                    K(
                        tt + sec(r.uniform(0.02, 0.2)),
                        "I",
                        "eligibility.go:104",
                        "Scale-down calculation: ignoring %v nodes unremovable in the last %v",
                        f"Scale-down calculation: ignoring {size['general'] + r.randint(0, 2)} nodes unremovable in the last 5m0s",
                    )
            if pending_up is not None and (tt - pending_up).total_seconds() >= 100:
                pending_up = None
            k += 1
            t += sec(30 + r.uniform(0.005, 0.09))

    # 09:30: the API server unreachable, the lease lost
    t = at(9, 30, 21.4)
    for _i in range(3):
        t = K(
            t + sec(r.uniform(1.8, 2.3)),
            "E",
            "leaderelection.go:332",
            'error retrieving resource lock %v: Get "%s": context deadline exceeded',
            'error retrieving resource lock kube-system/cluster-autoscaler: Get "https://172.20.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/cluster-autoscaler?timeout=15s": context deadline exceeded',
            "cluster-autoscaler-0.log",
        )
    t = K(
        t + sec(0.0003),
        "I",
        "leaderelection.go:285",
        "failed to renew lease %v: timed out waiting for the condition",
        "failed to renew lease kube-system/cluster-autoscaler: timed out waiting for the condition",
        "cluster-autoscaler-0.log",
    )
    K(t + sec(0.0001), "F", "main.go:617", "lost master", "lost master", "cluster-autoscaler-0.log")

    # 10:52: the nil-pointer panic
    tp = at(10, 52, 13.3)
    raw(
        fs,
        "cluster-autoscaler-1.log",
        tp,
        "panic: runtime error: invalid memory address or nil pointer dereference",
        [
            "panic: runtime error: invalid memory address or nil pointer dereference",
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x3a1f5c2]",
            "",
            "goroutine 412 [running]:",
            "k8s.io/autoscaler/cluster-autoscaler/cloudprovider/aws.(*AwsManager).getAsgTemplate(0xc000a1e5a0, 0xc0013f2d80)",
            "\t/gopath/src/k8s.io/autoscaler/cluster-autoscaler/cloudprovider/aws/aws_manager.go:356 +0x62",
            "k8s.io/autoscaler/cluster-autoscaler/cloudprovider/aws.(*AwsNodeGroup).TemplateNodeInfo(0xc0009c3ef0)",
            "\t/gopath/src/k8s.io/autoscaler/cluster-autoscaler/cloudprovider/aws/aws_cloud_provider.go:462 +0x3d",
            "k8s.io/autoscaler/cluster-autoscaler/processors/nodeinfosprovider.(*MixedTemplateNodeInfoProvider).Process(0xc0004b2f40, 0xc0001d6a80, {0xc0011e2000, 0x9, 0x10}, {0xc000f3c900, 0x4, 0x4}, {{0x0, 0x0, 0x0}, {0xc0004a7d40, 0x2, 0x2}, ...}, ...)",
            "\t/gopath/src/k8s.io/autoscaler/cluster-autoscaler/processors/nodeinfosprovider/mixed_nodeinfos_processor.go:159 +0xb2e",
            "k8s.io/autoscaler/cluster-autoscaler/core.(*StaticAutoscaler).RunOnce(0xc000156b40, {0xc1a9e0f5c8d3a1b2, 0x1197a3c54e, 0x6e3c6a0})",
            "\t/gopath/src/k8s.io/autoscaler/cluster-autoscaler/core/static_autoscaler.go:352 +0x1254",
            "k8s.io/autoscaler/cluster-autoscaler/loop.RunAutoscalerOnce({0x7f2c1a4b8e28, 0xc000156b40}, 0xc00042e0f0, {0xc1a9e0f5c8d3a1b2, 0x1197a3c54e, 0x6e3c6a0})",
            "\t/gopath/src/k8s.io/autoscaler/cluster-autoscaler/loop/run.go:36 +0x9c",
            "main.run(0xc00042e0f0, {0x4a6f1e8, 0xc000410420})",
            "\t/gopath/src/k8s.io/autoscaler/cluster-autoscaler/main.go:590 +0x4b8",
            "main.main.func2({0x0?, 0x0?})",
            "\t/gopath/src/k8s.io/autoscaler/cluster-autoscaler/main.go:682 +0x2f",
            "created by k8s.io/client-go/tools/leaderelection.(*LeaderElector).Run in goroutine 1",
            "\t/gopath/src/k8s.io/autoscaler/cluster-autoscaler/vendor/k8s.io/client-go/tools/leaderelection/leaderelection.go:213 +0x105",
        ],
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- external-dns

ED_PUBLIC_ZONE = ("example.com.", "/hostedzone/Z0847291ABCDEF1GH2IJ")
ED_INTERNAL_ZONE = ("int.example.com.", "/hostedzone/Z0395512KLMNOP3QR4ST")
ED_SERVICES = [
    ("monitoring", "grafana-internal", "grafana.int.example.com", "10.32.3.41"),
    ("monitoring", "prometheus-internal", "prometheus.int.example.com", "10.32.3.58"),
    ("kafka", "kafka-bootstrap", "kafka.int.example.com", "10.32.7.12"),
    ("vault", "vault-ui", "vault.int.example.com", "10.32.5.200"),
    ("ci", "gitlab-runner-metrics", "", ""),
    ("default", "kubernetes", "", ""),
]
ED_INGRESSES = [
    (
        "argocd",
        "argocd-server",
        "argocd.int.example.com",
        "internal-k8s-argocd-3f1a9c2b7d-1834567290.us-east-1.elb.amazonaws.com",
    ),
    (
        "monitoring",
        "alertmanager",
        "alertmanager.int.example.com",
        "internal-k8s-monitori-8d2e4f6a1b-2093847561.us-east-1.elb.amazonaws.com",
    ),
    (
        "ops",
        "backoffice",
        "backoffice.int.example.com",
        "internal-k8s-ops-5c7b9d1e3f-1122334455.us-east-1.elb.amazonaws.com",
    ),
]


def external_dns(r: random.Random) -> list[Log]:
    """Two external-dns deployments on one EKS cluster (public zone, upsert-only; private zone,
    sync), 06:00 to 12:00, a sync every minute each: a status page's ingress at 07:15, Route 53
    throttling 07:40-08:00, the internal one run at debug 08:05-08:50 to find why grafana's
    record is skipped (another cluster's owner id), an ingress claiming www.example.com that a
    manual record holds 09:10-09:45, the API server unreachable at 09:30 (client-go's klog
    lines), a load balancer removed at 10:30 (sync deletes its record), and the public one
    upgraded at 11:20."""
    fs = Files()

    def E(f: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%S}Z" level={lvl} msg={logrus_value(msg)}'],
            f,
            1_000_000,
        )

    def klog(f: str, t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{lvl}{x:%m%d %H:%M:%S}.{x.microsecond:06d}       1 {where}] {msg}"],
            f,
            1,
        )

    PUB, INT = "external-dns-public.log", "external-dns-internal.log"

    def config(
        policy: str, level: str, zone: str, owner: str, sources: str, zone_type: str, version: str
    ) -> str:
        return (
            "config: {APIServerURL: KubeConfig: RequestTimeout:30s DefaultTargets:[] GlooNamespaces:[gloo-system] SkipperRouteGroupVersion:zalando.org/v1 "
            f"Sources:[{sources}] Namespace: AnnotationFilter: LabelFilter: IngressClassNames:[] FQDNTemplate: CombineFQDNAndAnnotation:false IgnoreHostnameAnnotation:false IgnoreIngressTLSSpec:false IgnoreIngressRulesSpec:false "
            "GatewayNamespace: GatewayLabelFilter: Compatibility: PublishInternal:false PublishHostIP:false AlwaysPublishNotReadyAddresses:false ConnectorSourceServer:localhost:8080 "
            f"Provider:aws GoogleProject: GoogleBatchChangeSize:1000 GoogleBatchChangeInterval:1s GoogleZoneVisibility: DomainFilter:[{zone}] ExcludeDomains:[] RegexDomainFilter: RegexDomainExclusion: "
            f"ZoneNameFilter:[] ZoneIDFilter:[] TargetFilter:[] ExcludeTargetNets:[] AlibabaCloudConfigFile:/etc/kubernetes/alibaba-cloud.json AlibabaCloudZoneType: AWSZoneType:{zone_type} AWSZoneTagFilter:[] AWSAssumeRole: AWSProfiles:[] AWSAssumeRoleExternalID: AWSBatchChangeSize:1000 AWSBatchChangeSizeBytes:32000 AWSBatchChangeSizeValues:1000 AWSBatchChangeInterval:1s AWSEvaluateTargetHealth:true AWSAPIRetries:3 AWSPreferCNAME:false AWSZoneCacheDuration:0s AWSSDCreateTag:map[] AWSZoneMatchParent:false "
            f"AzureConfigFile:/etc/kubernetes/azure.json AzureResourceGroup: AzureSubscriptionID: AzureUserAssignedIdentityClientID: BluecatDNSConfiguration: CloudflareProxied:false CloudflareDNSRecordsPerPage:100 CoreDNSPrefix:/skydns/ "
            f"Policy:{policy} Registry:txt TXTOwnerID:{owner} TXTPrefix: TXTSuffix: TXTEncryptEnabled:false TXTEncryptAESKey: Interval:1m0s MinEventSyncInterval:5s Once:false DryRun:false UpdateEvents:false "
            f"LogFormat:text MetricsAddress::7979 LogLevel:{level} TXTCacheInterval:0s TXTWildcardReplacement: ExoscaleEndpoint: ExoscaleAPIKey: ExoscaleAPISecret: ExoscaleAPIEnvironment:api ExoscaleAPIZone:ch-gva-2 "
            f"CRDSourceAPIVersion:externaldns.k8s.io/v1alpha1 CRDSourceKind:DNSEndpoint ServiceTypeFilter:[] CFAPIEndpoint: CFUsername: CFPassword: ResolveServiceLoadBalancerHostname:false "
            f"RFC2136Host: RFC2136Port:0 RFC2136Zone: RFC2136Insecure:false RFC2136GSSTSIG:false RFC2136KerberosRealm: RFC2136KerberosUsername: RFC2136KerberosPassword: RFC2136TSIGKeyName: RFC2136TSIGSecret: RFC2136TSIGSecretAlg: RFC2136TAXFR:false RFC2136MinTTL:0s RFC2136BatchChangeSize:50 "
            f"NS1Endpoint: NS1IgnoreSSL:false NS1MinTTLSeconds:0 TransIPAccountName: TransIPPrivateKeyFile: DigitalOceanAPIPageSize:50 ManagedDNSRecordTypes:[A AAAA CNAME] ExcludeDNSRecordTypes:[] GoDaddyAPIKey: GoDaddySecretKey: GoDaddyTTL:0 GoDaddyOTE:false "
            f"OCPRouterName: IBMCloudProxied:false IBMCloudConfigFile:/etc/kubernetes/ibmcloud.json TencentCloudConfigFile:/etc/kubernetes/tencent-cloud.json TencentCloudZoneType: PiholeServer: PiholePassword: PiholeTLSInsecureSkipVerify:false PluralCluster: PluralProvider: "
            f"WebhookProviderURL:http://localhost:8888 WebhookProviderReadTimeout:5s WebhookProviderWriteTimeout:10s WebhookServer:false TraefikDisableLegacy:false TraefikDisableNew:false}}"
        )

    def startup(
        f: str,
        t: datetime,
        policy: str,
        level: str,
        zone: str,
        sources: str,
        zone_type: str,
        version: str,
    ) -> datetime:
        t = E(
            f,
            t,
            "info",
            "config: %+v",
            config(policy, level, zone, "prod-us-1", sources, zone_type, version),
        )
        t = E(
            f,
            t,
            "info",
            "Instantiating new Kubernetes client",
            "Instantiating new Kubernetes client",
        )
        t = E(
            f,
            t,
            "info",
            "Using inCluster-config based on serviceaccount-token",
            "Using inCluster-config based on serviceaccount-token",
        )
        return E(
            f,
            t,
            "info",
            "Created Kubernetes client %s",
            "Created Kubernetes client https://172.20.0.1:443",
        )

    def change(
        f: str, t: datetime, zone: tuple[str, str], changes: list[tuple[str, str, str]]
    ) -> datetime:
        for act, name, typ in changes:
            t = E(
                f,
                t,
                "info",
                "Desired change: %s %s %s [Id: %s]",
                f"Desired change: {act} {name} {typ} [Id: {zone[1]}]",
            )
        return E(
            f,
            t + sec(r.uniform(0.3, 1.2)),
            "info",
            "%d record(s) in zone %s [Id: %s] were successfully updated",
            f"{len(changes)} record(s) in zone {zone[0]} [Id: {zone[1]}] were successfully updated",
        )

    def records(host: str, typ: str, act: str) -> list[tuple[str, str, str]]:
        label = host.split(".")[0]
        rest = host[len(label) :]
        prefix = {"A": "a-", "CNAME": "cname-"}[typ]
        return [(act, host, typ), (act, f"{prefix}{label}{rest}", "TXT"), (act, host, "TXT")]

    # the public instance: a sync a minute, upgraded at 11:20
    pub_restart = at(11, 20, 14)
    pub_up = at(11, 20, 31)
    t = T0 + sec(r.uniform(0, 59))
    throttle = (at(7, 40), at(8, 0))
    www = (at(9, 10), at(9, 45))
    outage = (at(9, 30, 3), at(9, 30, 52))
    status_done = False
    restarted = False
    while t < T_END:
        if not restarted and t >= pub_restart:
            restarted = True
            t = startup(
                PUB,
                pub_up,
                "upsert-only",
                "info",
                "example.com",
                "service ingress",
                "public",
                "v0.14.2",
            ) + sec(r.uniform(1, 3))
            continue
        if outage[0] <= t < outage[1]:
            t += sec(60 + r.uniform(-0.3, 0.3))
            continue
        if throttle[0] <= t < throttle[1]:
            E(
                PUB,
                t + sec(r.uniform(0.5, 3)),
                "error",
                "Failed to do run once: soft error\\nrecords retrieval failed: failed to list resource records sets for zone %s using aws profile %q: Throttling: Rate exceeded\\n\\tstatus code: %d, request id: %s",
                f'Failed to do run once: soft error\nrecords retrieval failed: failed to list resource records sets for zone {ED_PUBLIC_ZONE[1]} using aws profile "": Throttling: Rate exceeded\n\tstatus code: 400, request id: {uuid4(r)}',
            )
            t += sec(60 + r.uniform(-0.3, 0.3))
            continue
        tt = E(
            PUB,
            t,
            "info",
            "Applying provider record filter for domains: %v",
            "Applying provider record filter for domains: [example.com. .example.com.]",
        )
        if not status_done and t >= at(7, 15, 30):
            change(
                PUB,
                tt + sec(r.uniform(0.3, 1)),
                ED_PUBLIC_ZONE,
                records("status.example.com", "A", "CREATE"),
            )
            status_done = True
        elif www[0] <= t < www[1]:
            tt = tt + sec(r.uniform(0.3, 1))
            for act, name, typ in records("www.example.com", "A", "CREATE"):
                tt = E(
                    PUB,
                    tt,
                    "info",
                    "Desired change: %s %s %s [Id: %s]",
                    f"Desired change: {act} {name} {typ} [Id: {ED_PUBLIC_ZONE[1]}]",
                )
            tt = E(
                PUB,
                tt + sec(r.uniform(0.2, 0.6)),
                "error",
                "Failure in zone %s [Id: %s] when submitting change batch: InvalidChangeBatch: [Tried to create resource record set [name='%s', type='%s'] but it already exists]\\n\\tstatus code: %d, request id: %s",
                f"Failure in zone {ED_PUBLIC_ZONE[0]} [Id: {ED_PUBLIC_ZONE[1]}] when submitting change batch: InvalidChangeBatch: [Tried to create resource record set [name='www.example.com.', type='A'] but it already exists]\n\tstatus code: 400, request id: {uuid4(r)}",
            )
            E(
                PUB,
                tt + sec(r.uniform(1.0, 1.6)),
                "error",
                "Failed to do run once: soft error\\nfailed to submit all changes for the following zones: %v",
                f"Failed to do run once: soft error\nfailed to submit all changes for the following zones: [{ED_PUBLIC_ZONE[1]}]",
            )
        else:
            E(
                PUB,
                tt + sec(r.uniform(0.3, 1.5)),
                "info",
                "All records are already up to date",
                "All records are already up to date",
            )
        t += sec(60 + r.uniform(-0.3, 0.3))

    # the internal instance: redeployed with debug 08:05-08:50, a load balancer removed at 10:30
    dbg_on, dbg_off = at(8, 5, 22), at(8, 50, 7)
    t = T0 + sec(r.uniform(0, 59))
    lb_gone = at(10, 30, 40)
    grafana_fixed = False
    lb_done = False
    debug = False
    while t < T_END:
        if not debug and dbg_on <= t < dbg_off:
            t = startup(
                INT,
                dbg_on + sec(r.uniform(10, 20)),
                "sync",
                "debug",
                "int.example.com",
                "service ingress",
                "private",
                "v0.14.2",
            ) + sec(r.uniform(1, 3))
            debug = True
            continue
        if debug and t >= dbg_off:
            t = startup(
                INT,
                dbg_off + sec(r.uniform(10, 20)),
                "sync",
                "info",
                "int.example.com",
                "service ingress",
                "private",
                "v0.14.2",
            ) + sec(r.uniform(1, 3))
            debug = False
            continue
        if outage[0] <= t < outage[1]:
            t += sec(60 + r.uniform(-0.3, 0.3))
            continue
        tt = t
        if debug:
            for ns, svc, host, ip in ED_SERVICES:
                if host:
                    tt = E(
                        INT,
                        tt + sec(r.uniform(0.001, 0.02)),
                        "debug",
                        "Endpoints generated from service: %s/%s: %v",
                        f"Endpoints generated from service: {ns}/{svc}: [{host} 0 IN A  {ip} []]",
                    )
                else:
                    tt = E(
                        INT,
                        tt + sec(r.uniform(0.001, 0.02)),
                        "debug",
                        "No endpoints could be generated from service %s/%s",
                        f"No endpoints could be generated from service {ns}/{svc}",
                    )
            for ns, ing, host, lb in ED_INGRESSES:
                tt = E(
                    INT,
                    tt + sec(r.uniform(0.001, 0.02)),
                    "debug",
                    "Endpoints generated from ingress: %s/%s: %v",
                    f"Endpoints generated from ingress: {ns}/{ing}: [{host} 0 IN CNAME  {lb} []]",
                )
            tt = E(
                INT,
                tt + sec(r.uniform(0.01, 0.05)),
                "debug",
                "Refreshing zones list cache",
                "Refreshing zones list cache",
            )
            tt = E(
                INT,
                tt + sec(r.uniform(0.1, 0.4)),
                "debug",
                "Considering zone: %s (domain: %s)",
                f"Considering zone: {ED_INTERNAL_ZONE[1]} (domain: {ED_INTERNAL_ZONE[0]})",
            )
            tt = E(
                INT,
                tt + sec(r.uniform(0.2, 0.6)),
                "debug",
                'Skipping endpoint %v because owner id does not match, found: "%s", required: "%s"',
                'Skipping endpoint grafana.int.example.com 300 IN A  10.32.3.41 [] because owner id does not match, found: "prod-us-0", required: "prod-us-1"',
            )
            tt = E(
                INT,
                tt + sec(r.uniform(0.001, 0.01)),
                "debug",
                'Skipping endpoint %v because owner id does not match, found: "%s", required: "%s"',
                'Skipping endpoint a-grafana.int.example.com 300 IN TXT  "heritage=external-dns,external-dns/owner=prod-us-0,external-dns/resource=service/monitoring/grafana" [] because owner id does not match, found: "prod-us-0", required: "prod-us-1"',
            )
            for _ns, _ing, host, lb in ED_INGRESSES:
                tt = E(
                    INT,
                    tt + sec(r.uniform(0.001, 0.01)),
                    "debug",
                    "Modifying endpoint: %v, setting %s=%s",
                    f"Modifying endpoint: {host} 0 IN CNAME  {lb} [], setting alias=true",
                )
        tt = E(
            INT,
            tt + sec(r.uniform(0.01, 0.05)),
            "info",
            "Applying provider record filter for domains: %v",
            "Applying provider record filter for domains: [int.example.com. .int.example.com.]",
        )
        if not grafana_fixed and t >= dbg_off + sec(90):
            change(
                INT,
                tt + sec(r.uniform(0.3, 1)),
                ED_INTERNAL_ZONE,
                records("grafana.int.example.com", "A", "CREATE"),
            )
            grafana_fixed = True
        elif not lb_done and t >= lb_gone:
            change(
                INT,
                tt + sec(r.uniform(0.3, 1)),
                ED_INTERNAL_ZONE,
                records("kafka.int.example.com", "A", "DELETE"),
            )
            lb_done = True
        else:
            E(
                INT,
                tt + sec(r.uniform(0.3, 1.5)),
                "info",
                "All records are already up to date",
                "All records are already up to date",
            )
        t += sec(60 + r.uniform(-0.3, 0.3))

    # client-go's reflectors while the API server is unreachable (klog through the same stderr)
    for f in [PUB, INT]:
        for kind in ["*v1.Service", "*v1.Ingress", "*v1.Pod"]:
            tk = outage[0] + sec(r.uniform(1, 10))
            while tk < outage[1]:
                rv = r.randint(81200000, 81299999)
                res = {
                    "*v1.Service": "api/v1/services",
                    "*v1.Ingress": "apis/networking.k8s.io/v1/ingresses",
                    "*v1.Pod": "api/v1/pods",
                }[kind]
                err = f'Get "https://172.20.0.1:443/{res}?resourceVersion={rv}": dial tcp 172.20.0.1:443: connect: connection refused'
                tk = klog(
                    f,
                    tk,
                    "W",
                    "reflector.go:535",
                    '%s: failed to list %v: Get "%s": dial tcp %s: connect: connection refused',
                    f"pkg/mod/k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: failed to list {kind}: {err}",
                )
                tk = klog(
                    f,
                    tk + sec(0.00005),
                    "E",
                    "reflector.go:147",
                    '%s: Failed to watch %v: failed to list %v: Get "%s": dial tcp %s: connect: connection refused',
                    f"pkg/mod/k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: Failed to watch {kind}: failed to list {kind}: {err}",
                )
                tk += sec(r.uniform(6, 14))
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "mimir": mimir,
    "kyverno": kyverno,
    "karpenter": karpenter,
    "cluster-autoscaler": cluster_autoscaler,
    "external-dns": external_dns,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
