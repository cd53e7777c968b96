#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 136 (keda, metallb, kube-apiserver, rook, crossplane) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Kubernetes platform components, 06:00 to 12:00
on 2024-06-07. None of the five was in the set (`kubelet`, `cluster-autoscaler`, `ceph` and
`ceph-rgw` are; Rook is the operator that deploys Ceph, not a Ceph daemon).

- KEDA 2.14 (`keda-operator-7c9b5d6f48-4xkzp-0.log`, the leader's first container;
  `...-4xkzp-1.log`, the same pod's container after its OOM kill; `keda-operator-7c9b5d6f48-
  q8m2r.log`, the standby): controller-runtime's zap console as the chart configures it
  (`--zap-encoder=console --zap-time-encoding=rfc3339`: `2024-06-07T06:00:11Z\tINFO\tsetup\t
  Starting manager`, the logger column only when the logger has a name, the fields as a JSON
  object, an ERROR's Go stack on the lines after it) with client-go's klog leader-election lines
  in the same stream. A rollout at 06:00 (`util.PrintWelcome`'s `Starting %s`, `KEDA Version:
  %s`, ...; `attempting to acquire leader lease %v...`, `successfully acquired lease %v`; the
  controllers' `Starting EventSource` / `Starting Controller` / `Starting workers`; `Reconciling
  ScaledObject` and `Initializing Scaling logic according to ScaledObject Specification` for 14
  ScaledObjects), the ScaledJob's poll every minute (`Scaling Jobs` twice with different keys,
  `Creating jobs` twice, `Created jobs`, `Remove a job by reaching the historyLimit`), RabbitMQ
  and cron scale-from-zero (`Successfully updated ScaleTarget`, `Successfully scaled ScaleTarget
  to 0 replicas`), Prometheus OOM-killed 07:42-07:51 and answering 503 until 07:54 (the scale
  loop's `error executing prometheus query` and `error getting scale decision` every 30 s, the
  HPA's metric query's `error executing prometheus query` and `error getting metric for scaler`
  every 15 s, `prometheus query api returned error` in the 503 phase; every one with its stack),
  a ScaledObject whose scaleTargetRef names a deployment that does not exist from 09:12 (`ScaledObject
  doesn't have correct scaleTargetRef specification` and controller-runtime's `Reconciler error`
  with exponential backoff, fixed at 11:04), the leader OOM-killed at 09:41 (q8m2r takes the lease,
  4xkzp's new container starts and waits) and a Kafka broker down 10:20-10:27.
- MetalLB 0.14.5 speakers (`speaker-6xq2m.log` on worker-1, `speaker-bd4wz.log` worker-2,
  `speaker-k9fjt.log` worker-3, `speaker-vx7rl.log` worker-4, `speaker-zt8pd.log` worker-5):
  go-kit's JSON logger (keys sorted, `ts` RFC 3339 with nanoseconds, `caller`), native BGP to
  two top-of-rack switches and layer 2 for one pool, memberlist on. Every speaker reconciles
  every endpoint change (`"controller":"ServiceReconciler","start reconcile":"ns/name"` and `"end
  reconcile"`: records with no `msg`; two rollouts at 07:15 and 10:05), `service has IP,
  announcing` on the layer 2 owner and on every speaker for the BGP pool; worker-3's kernel panic
  at 08:10 (memberlist's `Suspect %s has failed, no acks received` and `Marking %s as failed,
  suspect timeout reached (%d peer confirmations)` through MetalLB's memberlist writer, `node
  event - forcing sync`, the reprocessAll reconcile, grafana's layer 2 address moving to
  worker-1) and its return at 08:14 (the speaker's start-up: `MetalLB speaker starting version %s
  (commit %s, branch %s)`, ARP and NDP responders (no `level` key), `memberlist join
  successfully`, a ConfigReconciler reconcile per watched object, `"event":"config reloaded"`,
  the address withdrawn from worker-1 with `reason":"notOwner"`); worker-5 joining at 09:12 with
  an address inside the l2-public pool (every speaker's ConfigReconciler fails with `pool cidr %q
  contains nodeIp %q`, logged as `"error","failed to parse the configuration","error",err`, which
  go-kit's JSON map reduces to the second `error`; worker-5's own speaker never gets a
  configuration) until it is drained at 09:40 (`starting shutdown`, `leaving memberlist cluster`,
  `left memberlist cluster`, `memberlist shutdown`, `done`); tor-b rebooted 10:20-10:26 (`BGP
  session down` at warn, `failed to connect to peer` with the native session's 0, 1, 2, 4 ...
  second backoff, `i/o timeout` then `connection refused`, `BGP session established`); a new BGP
  service at 10:45; a new pool at 11:00 (`"event":"force service reload"`).
- kube-apiserver 1.29 (`kube-apiserver-cp1.log`, `-cp2.log`, `-cp3.log`: kubeadm static pods,
  klog, `--v=2`): a CI runner's expired projected token all day and worker-7's kubelet client
  certificate expired 08:00-08:31 (`"Unable to authenticate the request" err="[...]"`), cp2's etcd
  member down 07:28-07:40 (`[core] [Channel #%d SubChannel #%d] grpc: addrConn.createTransport
  failed to connect to ...` with gRPC's 1.6x backoff on six channels per apiserver; slow lease
  writes as utiltrace's multi-line `Trace[%d]: "Update" ...` and `Trace[%d]: "GuaranteedUpdate
  etcd3" ...`), Kyverno's webhooks timing out 08:15-08:31 (`Failed calling webhook, failing open
  %v: %v` with `utilruntime.HandleError`'s line for the mutating one, `failing closed` for the
  validating one) and without endpoints until 08:35, metrics-server down 09:00-09:22
  (`%v failed with: failing or missing response from ...`, `loading OpenAPI spec for %q failed
  with: ...` whose 503 body `service unavailable\n` puts `, Header: map[...]` on a line of its
  own, `OpenAPI AggregationController: action for item %s: Rate Limited Requeue.`), a cost
  exporter listing every pod every 20 s 10:00-10:30 (`Trace[%d]: "List" ...` with its etcd step,
  and for the requests that pass 60 s `timeout or abort while handling: ...`, `apiserver was
  unable to write a JSON response: http: Handler timeout`, `apiserver received an error that is
  not an metav1.Status: %#+v: %v`, `post-timeout activity - ...`), a few slow lists from Velero
  and Argo CD all day, `watch chan error: etcdserver: mvcc: required revision has been
  compacted` after each compaction, CI preview services (`"allocated clusterIPs" service=%q
  clusterIPs=%v`), a CRD at 09:30 (`quota admission added evaluator for: %s`), and cp3 restarted
  at 11:00 (`"[graceful-termination] shutdown event" name=%q`, `Resetting endpoints for master
  service %q to %+v` on its peers, 117 `FLAG: --%s=%q`, `Version: %+v`, `"Golang settings"`,
  `Serving securely on %s`, the informers' `Waiting for caches to sync for %s` / `Caches are
  synced for %s`).
- Rook 1.14 (`rook-ceph-operator-6d8f7c9b5-2xhvm.log` until the upgrade at 10:30,
  `rook-ceph-operator-7b4c8d6f9-kq5zt.log` after): capnslog's `2024-06-07 06:00:17.299715 I |
  op-bucket-prov: ...`. CI pipelines' object bucket claims all day (`initializing and setting
  CreateOrGrant services`, `Provision: creating bucket %q for OBC %q`, `set user %q bucket max to
  %d`, `Delete: deleting bucket %q for OB %q`), osd.4's disk failing at 07:10 (the disruption
  controller every 30 s: `osd %q is down but no node drain is detected`, `osd is down in failure
  domain %q and pgs are not active+clean. pg health: %q` with the PG states shifting as backfill
  proceeds, temporary blocking PDBs; from 07:58 `osd is down in failure domain %q is down for the
  last %.2f minutes, but pgs are active+clean` and `reconciling osd pdb reconciler as the allowed
  disruptions in default pdb is 0`) until the disk is replaced at 10:14, worker-2 rebooted
  08:30-08:41 (`mon %q not found in quorum, waiting for timeout (%d seconds left) before
  failover`, `osd %q is down and a possible node drain is detected`), a CephBlockPool asking for an
  nvme device class 09:15-10:05 (`creating pool %q in namespace %q` and `failed to reconcile %s
  %q. failed to create pool ...` with the crush rule's EINVAL), and the operator upgraded to
  1.14.5 at 10:30 (`starting Rook %s with arguments '%s'`, `flag values: %s`, op-k8sutil's
  `%s=%q (configmap)` / `(default)` / `(env var)`, 18 controllers' `successfully started`, the
  cluster reconcile updating each OSD, `OSD %d is not ok-to-stop. will try updating it again
  later`).
- Crossplane 1.16 (`crossplane-6b8f4d7c9-wq2zt.log`, the core pod at info level until 08:05:
  controller-runtime's production JSON with klog's leader-election lines;
  `crossplane-7f9c5b8d4-l4n8x.log`, its replacement running with `--debug`: zap's development
  console) and the Upbound AWS RDS provider (`provider-aws-rds-...-x8p2k.log`, upjet, `--debug`):
  the core's start-ups (`Starting EventSource` / `Starting Controller` / `Starting workers` for
  ten static and six dynamic controllers), the API server slow at 07:40 (`Reconciler error` with
  its `stacktrace` field), the shutdown at 08:05 (`Shutdown signal received, waiting for all
  workers to finish`, `All workers finished`, ...); three PostgreSQL XRs reconciled every minute
  (`Reconciling`) and their nine managed resources every ten (`Reconciling`, `External resource is
  up to date`); a Composition revision with a misspelt patch path 08:30-08:50 (`cannot compose
  resources` with backoff); a new claim at 09:00 (`Async create starting...`, `Successfully
  requested creation of external resource`, `Async create ended.`, `Composed resource is not yet
  ready`); the provider's web identity token rejected 10:10-10:22 (`Cannot observe external
  resource` with backoff, the XRs' `Composed resource is not yet valid`); a parameter change at
  11:00 (`Async update starting...`, `Successfully requested update of external resource`); and
  team-b's preview database deleted at 11:20 (the claim's and XR's deletion lines, `Async delete
  ...`, `Successfully deleted managed resource`).

Label notes. The heads are context: zap's time, level, logger name and the fields object;
controller-runtime's JSON keys other than `msg`; klog's `Lmmdd hh:mm:ss.uuuuuu pid file:line] `;
go-kit's `ts`, `caller`, `level` and every key but `msg`; capnslog's time, level letter and
package. A message formatted in place is its format string (`util.PrintWelcome`'s `Starting %s`,
klog's `Infof`, capnslog's `Infof`, memberlist's lines through MetalLB's writer); a klog
structured call is its quoted message. A go-kit record with no `msg` is labelled by the call
site's literal keys and values, round 54's rule (`controller=ServiceReconciler "start
reconcile"=%s`; the four reconcilers' `start reconcile` calls are four labels, `controller` being
a literal at each call site; `controller=ConfigReconciler event="config reloaded"`), and the
ConfigReconciler's parse failure, whose only surviving key is `error`, by the error's format. An
error or stack inside a field is an attribute; an error inside a klog message contributes its own
format (client-go's `failed calling webhook %q: failed to call webhook: Post %q: context deadline
exceeded`, gRPC's transport error, Rook's wrapped `failed to create crush rule %s. Error EINVAL:
...`). utiltrace's trace is one klog call: the `Trace[%d]:` lines after the first continue its
event; the trace name (`"List"`, `"Update"`, `"GuaranteedUpdate etcd3"`) is the call site's literal
and its field keys are wording. A zap ERROR's stack, and the OpenAPI error's `, Header: ...`,
continue their events. The zap console and controller-runtime JSON lines write whole seconds,
where the Clock keeps one process's lines a second apart (a start-up's 20 lines spread over 20
seconds).

Least sure (written from the helper's knowledge; KEDA's executor, scale handler, Prometheus
scaler, ScaledObject controller and welcome lines, MetalLB's speaker, reconcilers, memberlist
writer, layer 2 announcer, native BGP session and logging set-up, Rook's disruption controller,
mon health and bucket provisioner, and Crossplane's XR and claim reconcilers were checked against
copies of their sources; Rook's disruption and mon lines also against operator logs quoted in
issues): KEDA's stack frame line numbers and `Reconciling ScaledJob`; whether the KEDA chart's
operator runs the gRPC server only on the leader; MetalLB's `caller` line numbers, `pool cidr %q
contains nodeIp %q` in 0.14.5 (it is in the source copy read) and the memberlist lines' levels;
kube-apiserver's line numbers, the trace field list of 1.29, `watch chan error` at W, the
webhook dispatcher's exact call order and the flag list (117 of its roughly 150 flags); Rook's
`%s=%q (configmap)` wording, `successfully started`, the pool error chain and the cluster
reconcile's lines; controller-runtime's RFC 3339 default time encoder for Crossplane's JSON and
console, Crossplane's `request` rendered as `/name`, upjet's `Async ... starting...` / `ended.`
wording and fields, and the provider's `Cannot observe external resource` error text.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, uuid4
from generate_round52 import Records
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, 0, tzinfo=UTC) + sec(s)


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants between t0 and t1, `mean` seconds apart on average."""
    out, t = [], t0
    while True:
        t += timedelta(seconds=r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def raw(fs: Files, f: str, t: datetime, label: str | None, lines: list[str]) -> None:
    """Lines written outside any process's clock."""
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


def rfc3339(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def rfc3339nano(t: datetime, ns: int) -> str:
    frac = f"{t.microsecond:06d}{ns:03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def klog_head(t: datetime, lvl: str, where: str, pid: int = 1) -> str:
    """klog's `Lmmdd hh:mm:ss.uuuuuu pid file:line] `."""
    return f"{lvl}{t:%m%d} {t:%H:%M:%S}.{t.microsecond:06d} {pid:7d} {where}] "


def zenc(v: object) -> str:
    """A field's value as zap's JSON writes it (objects compact, as json.Marshal does)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, (dict, list)):
        return json.dumps(v, separators=(",", ":"))
    if v is None:
        return "null"
    return json.dumps(str(v), ensure_ascii=False)


def zconsole(ts: str, lvl: str, logger: str, msg: str, fields: list[tuple[str, object]]) -> str:
    """zap's console encoder: tab-separated time, level, logger, message, then a JSON object."""
    line = f"{ts}\t{lvl}\t" + (f"{logger}\t" if logger else "") + msg
    if fields:
        line += "\t{" + ", ".join(f"{json.dumps(k)}: {zenc(v)}" for k, v in fields) + "}"
    return line


def zjson(ts: str, lvl: str, logger: str, msg: str, fields: list[tuple[str, object]]) -> str:
    """zap's JSON encoder (controller-runtime's production config)."""
    parts = [f'"level":"{lvl}"', f'"ts":"{ts}"']
    if logger:
        parts.append(f'"logger":{json.dumps(logger)}')
    parts.append(f'"msg":{json.dumps(msg, ensure_ascii=False)}')
    parts += [f"{json.dumps(k)}:{zenc(v)}" for k, v in fields]
    return "{" + ",".join(parts) + "}"


def gostack(frames: list[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for fn, where in frames:
        out += [fn, "\t" + where]
    return out


CR = "/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.17.3/pkg/internal/controller/controller.go"
CR_TAIL = [
    (
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler",
        f"{CR}:329",
    ),
    (
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem",
        f"{CR}:266",
    ),
    (
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2",
        f"{CR}:227",
    ),
]


# ------------------------------------------------------------------------------------- keda

KD_SO = [
    # namespace, name, target, scaler, kind
    ("shop", "orders-worker", "orders-worker", "rabbitMQScaler", "rabbitmq"),
    ("shop", "email-sender", "email-sender", "rabbitMQScaler", "rabbitmq"),
    ("shop", "invoice-renderer", "invoice-renderer", "rabbitMQScaler", "rabbitmq"),
    ("notifications", "push-dispatcher", "push-dispatcher", "rabbitMQScaler", "rabbitmq"),
    ("notifications", "sms-gateway", "sms-gateway", "rabbitMQScaler", "rabbitmq"),
    ("shop", "checkout-api", "checkout-api", "prometheusScaler", "prometheus"),
    ("shop", "catalog-api", "catalog-api", "prometheusScaler", "prometheus"),
    ("search", "query-frontend", "query-frontend", "prometheusScaler", "prometheus"),
    ("web", "storefront", "storefront", "prometheusScaler", "prometheus"),
    ("analytics", "clickstream-consumer", "clickstream-consumer", "kafkaScaler", "kafka"),
    ("analytics", "sessionizer", "sessionizer", "kafkaScaler", "kafka"),
    ("search", "indexer", "indexer", "kafkaScaler", "kafka"),
    ("reports", "nightly-exporter", "nightly-exporter", "cronScaler", "cron"),
    ("web", "storefront-warmup", "storefront-warmup", "cronScaler", "cron"),
]
KD_SJ = [("media", "video-transcode")]
KD_PROM_QUERY = {
    "checkout-api": 'sum(rate(http_requests_total{namespace="shop",service="checkout-api"}[2m]))',
    "catalog-api": 'sum(rate(http_requests_total{namespace="shop",service="catalog-api"}[2m]))',
    "query-frontend": 'sum(rate(search_queries_total{job="query-frontend"}[1m]))',
    "storefront": 'sum(nginx_ingress_controller_requests_per_second{ingress="storefront"})',
}
KD_POD_A, KD_POD_B = "7c9b5d6f48-4xkzp", "7c9b5d6f48-q8m2r"

KD_SH = "/workspace/pkg/scaling/scale_handler.go"
KD_LOOP = [
    ("github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).checkScalers", f"{KD_SH}:360"),
    ("github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).startScaleLoop", f"{KD_SH}:162"),
]
KD_GRPC = [
    (
        "github.com/kedacore/keda/v2/pkg/metricsservice.(*GrpcServer).GetMetrics",
        "/workspace/pkg/metricsservice/server.go:49",
    ),
    (
        "github.com/kedacore/keda/v2/pkg/metricsservice/api._MetricsService_GetMetrics_Handler",
        "/workspace/pkg/metricsservice/api/metrics_grpc.pb.go:99",
    ),
    (
        "google.golang.org/grpc.(*Server).processUnaryRPC",
        "/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1369",
    ),
    (
        "google.golang.org/grpc.(*Server).handleStream",
        "/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1780",
    ),
    (
        "google.golang.org/grpc.(*Server).serveStreams.func2.1",
        "/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1019",
    ),
]


def keda(r: random.Random) -> list[Log]:
    """Two KEDA 2.14 operator replicas (leader election on), 14 ScaledObjects and a ScaledJob,
    06:00 to 12:00: a rollout at 06:00 (4xkzp leads, q8m2r waits), the ScaledJob's poll every
    minute, RabbitMQ-driven scale-from-zero and back, Prometheus OOM-killed 07:42-07:51 and
    answering 503 until 07:54, a ScaledObject with a misspelt scaleTargetRef from 09:12, the
    leader OOM-killed at 09:41 (q8m2r takes over, 4xkzp's container restarts and waits), and a
    Kafka broker outage 10:20-10:27."""
    fs = Files()
    # file name per pod (the restarted container's lines go to its own file)
    cur = {KD_POD_A: f"keda-operator-{KD_POD_A}-0.log", KD_POD_B: f"keda-operator-{KD_POD_B}.log"}

    def Z(
        pod: str,
        t: datetime,
        lvl: str,
        logger: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]],
        stack: list[tuple[str, str]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [zconsole(rfc3339(x), lvl, logger, msg, fields), *gostack(stack or [])]

        return fs.add(cur[pod], t, label, text, pod, 1_000_000)

    def K(pod: str, t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        t += sec(r.uniform(0.00001, 0.0009))
        return fs.add(cur[pod], t, label, lambda x: [klog_head(x, lvl, where) + msg], pod, 1)

    def ctl(kind: str) -> list[tuple[str, object]]:
        return [
            ("controller", kind.lower()),
            ("controllerGroup", "keda.sh"),
            ("controllerKind", kind),
        ]

    def startup(pod: str, t: datetime) -> datetime:
        version = "2.14.0"
        t = Z(pod, t, "INFO", "setup", "Starting %s", "Starting manager", [])
        t = Z(pod, t, "INFO", "setup", "KEDA Version: %s", f"KEDA Version: {version}", [])
        t = Z(
            pod,
            t,
            "INFO",
            "setup",
            "Git Commit: %s",
            "Git Commit: 6681d5ec4b1a6e23c8bb7a4a1e7a9b8f0c2d3e41",
            [],
        )
        t = Z(pod, t, "INFO", "setup", "Go Version: %s", "Go Version: go1.21.9", [])
        t = Z(pod, t, "INFO", "setup", "Go OS/Arch: %s/%s", "Go OS/Arch: linux/amd64", [])
        t = Z(
            pod,
            t,
            "INFO",
            "setup",
            "Running on Kubernetes %s",
            "Running on Kubernetes 1.29",
            [("version", "v1.29.4-eks-036c24b")],
        )
        t = Z(
            pod,
            t + sec(0.3),
            "INFO",
            "controller-runtime.metrics",
            "Serving metrics server",
            "Serving metrics server",
            [("bindAddress", ":8080"), ("secure", False)],
        )
        return K(
            pod,
            t + sec(0.02),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            "attempting to acquire leader lease keda/operator.keda.sh...",
        )

    def lead(pod: str, t: datetime, first: bool) -> datetime:
        t = K(
            pod,
            t,
            "I",
            "leaderelection.go:260",
            "successfully acquired lease %v",
            "successfully acquired lease keda/operator.keda.sh",
        )
        sources = {
            "ScaledObject": ["*v1alpha1.ScaledObject", "*v2.HorizontalPodAutoscaler"],
            "ScaledJob": ["*v1alpha1.ScaledJob"],
            "TriggerAuthentication": ["*v1alpha1.TriggerAuthentication"],
            "ClusterTriggerAuthentication": ["*v1alpha1.ClusterTriggerAuthentication"],
        }
        for kind, srcs in sources.items():
            for s in srcs:
                t = Z(
                    pod,
                    t + sec(0.001),
                    "INFO",
                    "",
                    "Starting EventSource",
                    "Starting EventSource",
                    [*ctl(kind), ("source", f"kind source: {s}")],
                )
            t = Z(pod, t, "INFO", "", "Starting Controller", "Starting Controller", ctl(kind))
        t = Z(
            pod,
            t,
            "INFO",
            "grpc_server",
            "Starting Metrics Service gRPC Server",
            "Starting Metrics Service gRPC Server",
            [("address", ":9666")],
        )
        for kind, n in [
            ("ScaledObject", 5),
            ("ScaledJob", 1),
            ("TriggerAuthentication", 1),
            ("ClusterTriggerAuthentication", 1),
        ]:
            t = Z(
                pod,
                t,
                "INFO",
                "",
                "Starting workers",
                "Starting workers",
                [*ctl(kind), ("worker count", n)],
            )
        order = list(KD_SO)
        r.shuffle(order)
        for ns, name, _tgt, _sc, _k in order:
            t = so_reconcile(pod, t + sec(r.uniform(0.01, 0.3)), ns, name, init=True)
        for ns, name in KD_SJ:
            t = Z(
                pod,
                t + sec(0.05),
                "INFO",
                "",
                "Reconciling ScaledJob",
                "Reconciling ScaledJob",
                [
                    *ctl("ScaledJob"),
                    ("ScaledJob", {"name": name, "namespace": ns}),
                    ("namespace", ns),
                    ("name", name),
                    ("reconcileID", uuid4(r)),
                ],
            )
        return t

    def so_fields(ns: str, name: str, rid: str) -> list[tuple[str, object]]:
        return [
            *ctl("ScaledObject"),
            ("ScaledObject", {"name": name, "namespace": ns}),
            ("namespace", ns),
            ("name", name),
            ("reconcileID", rid),
        ]

    def so_reconcile(pod: str, t: datetime, ns: str, name: str, init: bool) -> datetime:
        rid = uuid4(r)
        t = Z(
            pod,
            t,
            "INFO",
            "",
            "Reconciling ScaledObject",
            "Reconciling ScaledObject",
            so_fields(ns, name, rid),
        )
        if init:
            t = Z(
                pod,
                t,
                "INFO",
                "",
                "Initializing Scaling logic according to ScaledObject Specification",
                "Initializing Scaling logic according to ScaledObject Specification",
                so_fields(ns, name, rid),
            )
        return t

    def leader(t: datetime) -> str:
        return KD_POD_A if t < at(9, 41, 17) else KD_POD_B

    # -- rollout at 06:00: both pods start, 4xkzp takes the lease
    ta = startup(KD_POD_A, at(6, 0, 11))
    startup(KD_POD_B, at(6, 0, 24))
    lead(KD_POD_A, ta + sec(2.4), True)
    # -- the leader OOM-killed at 09:41:17 (no line), q8m2r takes over after the lease expires
    lead(KD_POD_B, at(9, 41, 34), False)
    cur_a1 = f"keda-operator-{KD_POD_A}-1.log"

    def restart_a(t: datetime) -> None:
        cur[KD_POD_A] = cur_a1
        startup(KD_POD_A, t)

    # -- the ScaledJob: polled every 60 s
    sj_ns, sj_name = KD_SJ[0]
    jobs_running: list[tuple[datetime, str]] = []
    finished: list[str] = []
    t = at(6, 0, 47)
    busy = [
        (at(6, 40), at(7, 5)),
        (at(8, 10), at(8, 50)),
        (at(9, 55), at(10, 40)),
        (at(11, 15), at(11, 50)),
    ]
    gap = (at(9, 41, 17), at(9, 41, 40))
    while t < T_END:
        if gap[0] <= t < gap[1]:
            t += sec(60)
            continue
        pod = leader(t)
        jobs_running = [(e, n) for e, n in jobs_running if e > t]
        active = any(a <= t < b for a, b in busy)
        pending = 1 if active and r.random() < 0.3 else 0
        sjf = [("scaledJob.Name", sj_name), ("scaledJob.Namespace", sj_ns)]
        tt = Z(
            pod,
            t,
            "INFO",
            "scaleexecutor",
            "Scaling Jobs",
            "Scaling Jobs",
            [*sjf, ("Number of running Jobs", len(jobs_running))],
        )
        tt = Z(
            pod,
            tt,
            "INFO",
            "scaleexecutor",
            "Scaling Jobs",
            "Scaling Jobs",
            [*sjf, ("Number of pending Jobs ", pending)],
        )
        if active:
            queue = r.randint(1, 9)
            maxj = 4
            eff = max(0, maxj - len(jobs_running))
            n = min(queue, eff)
            tt = Z(
                pod,
                tt,
                "INFO",
                "scaleexecutor",
                "Creating jobs",
                "Creating jobs",
                [*sjf, ("Effective number of max jobs", eff)],
            )
            tt = Z(
                pod,
                tt,
                "INFO",
                "scaleexecutor",
                "Creating jobs",
                "Creating jobs",
                [*sjf, ("Number of jobs", n)],
            )
            tt = Z(
                pod,
                tt,
                "INFO",
                "scaleexecutor",
                "Created jobs",
                "Created jobs",
                [*sjf, ("Number of jobs", n)],
            )
            for _ in range(n):
                jn = f"{sj_name}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
                jobs_running.append((t + sec(r.uniform(150, 420)), jn))
                finished.append(jn)
            while len(finished) > 10 + 4:
                old = finished.pop(0)
                tt = Z(
                    pod,
                    tt,
                    "INFO",
                    "scaleexecutor",
                    "Remove a job by reaching the historyLimit",
                    "Remove a job by reaching the historyLimit",
                    [*sjf, ("job.Name", old), ("historyLimit", 10)],
                )
        t += sec(60 + r.uniform(-0.4, 0.4))

    # -- RabbitMQ-driven scale from zero and back to zero
    for ns, name, tgt, _sc, kind in KD_SO:
        if kind != "rabbitmq" or name == "orders-worker":
            continue
        for st in poisson(r, T0, T_END - sec(900), 1500):
            if gap[0] - sec(600) <= st < gap[1]:
                continue
            f = [
                ("scaledobject.Name", name),
                ("scaledObject.Namespace", ns),
                ("scaleTarget.Name", tgt),
            ]
            Z(
                leader(st),
                st,
                "INFO",
                "scaleexecutor",
                "Successfully updated ScaleTarget",
                "Successfully updated ScaleTarget",
                [*f, ("Original Replicas Count", 0), ("New Replicas Count", 1)],
            )
            down = st + sec(r.uniform(330, 520))
            Z(
                leader(down),
                down,
                "INFO",
                "scaleexecutor",
                "Successfully scaled ScaleTarget to 0 replicas",
                "Successfully scaled ScaleTarget to 0 replicas",
                f,
            )
    # the cron-driven ones
    for ns, name, tgt, _sc, kind in KD_SO:
        if kind != "cron":
            continue
        f = [("scaledobject.Name", name), ("scaledObject.Namespace", ns), ("scaleTarget.Name", tgt)]
        starts = [at(7, 0, 14), at(11, 0, 9)] if name == "storefront-warmup" else [at(6, 30, 21)]
        for st in starts:
            Z(
                leader(st),
                st,
                "INFO",
                "scaleexecutor",
                "Successfully updated ScaleTarget",
                "Successfully updated ScaleTarget",
                [*f, ("Original Replicas Count", 0), ("New Replicas Count", 2)],
            )
            dn = st + sec(1800 + 300 + r.uniform(5, 25))
            Z(
                leader(dn),
                dn,
                "INFO",
                "scaleexecutor",
                "Successfully scaled ScaleTarget to 0 replicas",
                "Successfully scaled ScaleTarget to 0 replicas",
                f,
            )

    # -- Prometheus down: the scale loop every 30 s and the HPA's metric query every 15 s
    prom_sos = [(ns, name) for ns, name, _t, _s, k in KD_SO if k == "prometheus"]
    refused = (at(7, 42, 10), at(7, 51, 0))
    unavailable = (at(7, 51, 0), at(7, 54, 20))
    PS = "/workspace/pkg/scalers/prometheus_scaler.go"
    CACHE = (
        "github.com/kedacore/keda/v2/pkg/scaling/cache.(*ScalersCache).GetMetricsAndActivityForScaler",
        "/workspace/pkg/scaling/cache/scalers_cache.go:155",
    )
    for i, (ns, name) in enumerate(prom_sos):
        q = KD_PROM_QUERY[name]
        enc = (
            q.replace("(", "%28")
            .replace(")", "%29")
            .replace("{", "%7B")
            .replace("}", "%7D")
            .replace('"', "%22")
            .replace("=", "%3D")
            .replace("[", "%5B")
            .replace("]", "%5D")
            .replace(" ", "+")
            .replace(",", "%2C")
        )
        sf = [("type", "ScaledObject"), ("namespace", ns), ("name", name)]
        hf = [("scaledObject.Namespace", ns), ("scaledObject.Name", name)]
        for period, path in [(30, "loop"), (15, "hpa")]:
            t = refused[0] + sec(i * 3.7 + (0 if path == "loop" else 7.9))
            while t < unavailable[1]:
                ts = rfc3339(t)
                if t < refused[1]:
                    err = f'Get "http://prometheus-operated.monitoring.svc:9090/api/v1/query?query={enc}&time={ts.replace(":", "%3A")}": dial tcp 10.100.71.204:9090: connect: connection refused'
                else:
                    err = "prometheus query api returned error. status: 503"
                exec_frames = [
                    (
                        "github.com/kedacore/keda/v2/pkg/scalers.(*prometheusScaler).GetMetricsAndActivity",
                        f"{PS}:281",
                    ),
                    CACHE,
                ]
                if path == "loop":
                    tail = [
                        (
                            "github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).getScaledObjectState",
                            f"{KD_SH}:764",
                        ),
                        *KD_LOOP,
                    ]
                else:
                    tail = [
                        (
                            "github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).GetScaledObjectMetrics",
                            f"{KD_SH}:551",
                        ),
                        *KD_GRPC,
                    ]
                tt = t
                if t >= refused[1]:
                    tt = Z(
                        leader(t),
                        tt,
                        "ERROR",
                        "prometheus_scaler",
                        "prometheus query api returned error",
                        "prometheus query api returned error",
                        [*sf, ("error", err)],
                        [
                            (
                                "github.com/kedacore/keda/v2/pkg/scalers.(*prometheusScaler).ExecutePromQuery",
                                f"{PS}:231",
                            ),
                            *exec_frames,
                            *tail,
                        ],
                    )
                tt = Z(
                    leader(t),
                    tt,
                    "ERROR",
                    "prometheus_scaler",
                    "error executing prometheus query",
                    "error executing prometheus query",
                    [*sf, ("error", err)],
                    [*exec_frames, *tail],
                )
                if path == "loop":
                    Z(
                        leader(t),
                        tt,
                        "ERROR",
                        "scale_handler",
                        "error getting scale decision",
                        "error getting scale decision",
                        [*hf, ("scaler", "prometheusScaler"), ("error", err)],
                        [
                            (
                                "github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).getScaledObjectState",
                                f"{KD_SH}:779",
                            ),
                            *KD_LOOP,
                        ],
                    )
                else:
                    Z(
                        leader(t),
                        tt,
                        "ERROR",
                        "scale_handler",
                        "error getting metric for scaler",
                        "error getting metric for scaler",
                        [*hf, ("scaler", "prometheusScaler"), ("error", err)],
                        [
                            (
                                "github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).GetScaledObjectMetrics",
                                f"{KD_SH}:585",
                            ),
                            *KD_GRPC,
                        ],
                    )
                t += sec(period + r.uniform(-0.3, 0.3))

    # -- Kafka broker down 10:20-10:27: the scaler itself logs nothing, the handler does
    kafka_sos = [(ns, name) for ns, name, _t, _s, k in KD_SO if k == "kafka"]
    for i, (ns, name) in enumerate(kafka_sos):
        hf = [("scaledObject.Namespace", ns), ("scaledObject.Name", name)]
        err = "error listing consumer group offsets: kafka: client has run out of available brokers to talk to: dial tcp 10.0.4.23:9092: connect: connection refused"
        for period, path in [(30, "loop"), (15, "hpa")]:
            t = at(10, 20, 6 + i * 5.1 + (0 if path == "loop" else 9.3))
            while t < at(10, 27, 12):
                if path == "loop":
                    Z(
                        leader(t),
                        t,
                        "ERROR",
                        "scale_handler",
                        "error getting scale decision",
                        "error getting scale decision",
                        [*hf, ("scaler", "kafkaScaler"), ("error", err)],
                        [
                            (
                                "github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).getScaledObjectState",
                                f"{KD_SH}:779",
                            ),
                            *KD_LOOP,
                        ],
                    )
                else:
                    Z(
                        leader(t),
                        t,
                        "ERROR",
                        "scale_handler",
                        "error getting metric for scaler",
                        "error getting metric for scaler",
                        [*hf, ("scaler", "kafkaScaler"), ("error", err)],
                        [
                            (
                                "github.com/kedacore/keda/v2/pkg/scaling.(*scaleHandler).GetScaledObjectMetrics",
                                f"{KD_SH}:585",
                            ),
                            *KD_GRPC,
                        ],
                    )
                t += sec(period + r.uniform(-0.3, 0.3))

    # -- a ScaledObject applied at 09:12 with a misspelt target, retried with backoff
    bad_ns, bad_name = "billing", "invoice-worker"
    t = at(9, 12, 3)
    delay = 0.005
    fixed = at(11, 4, 40)
    SOC = "/workspace/controllers/keda/scaledobject_controller.go"
    while t < fixed:
        pod = leader(t)
        if gap[0] <= t < gap[1] + sec(30):
            t = gap[1] + sec(31)
            delay = 0.005
            continue
        rid = uuid4(r)
        err = 'deployments.apps "invoice-wrker" not found'
        tt = Z(
            pod,
            t,
            "INFO",
            "",
            "Reconciling ScaledObject",
            "Reconciling ScaledObject",
            so_fields(bad_ns, bad_name, rid),
        )
        tt = Z(
            pod,
            tt,
            "ERROR",
            "",
            "ScaledObject doesn't have correct scaleTargetRef specification",
            "ScaledObject doesn't have correct scaleTargetRef specification",
            [*so_fields(bad_ns, bad_name, rid), ("error", err)],
            [
                (
                    "github.com/kedacore/keda/v2/controllers/keda.(*ScaledObjectReconciler).Reconcile",
                    f"{SOC}:207",
                ),
                (
                    "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile",
                    f"{CR}:119",
                ),
                (
                    "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler",
                    f"{CR}:316",
                ),
                *CR_TAIL[1:],
            ],
        )
        Z(
            pod,
            tt,
            "ERROR",
            "",
            "Reconciler error",
            "Reconciler error",
            [*so_fields(bad_ns, bad_name, rid), ("error", err)],
            CR_TAIL,
        )
        t = tt + sec(max(delay, 1.0))
        delay = min(delay * 2, 1000)
    # fixed at 11:04:40 (the target's name corrected)
    rid = uuid4(r)
    tt = Z(
        leader(fixed),
        fixed,
        "INFO",
        "",
        "Reconciling ScaledObject",
        "Reconciling ScaledObject",
        so_fields(bad_ns, bad_name, rid),
    )
    Z(
        leader(fixed),
        tt,
        "INFO",
        "",
        "Initializing Scaling logic according to ScaledObject Specification",
        "Initializing Scaling logic according to ScaledObject Specification",
        so_fields(bad_ns, bad_name, rid),
    )
    # -- ScaledObjects edited during the morning (a deploy pipeline bumps maxReplicaCount)
    for tm in [at(6, 52, 40), at(8, 31, 5), at(10, 48, 51), at(11, 31, 17)]:
        ns, name, *_ = r.choice(KD_SO)
        so_reconcile(leader(tm), tm, ns, name, init=True)

    restart_a(at(9, 42, 5))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- metallb

ML_NODES = {
    # node: (node IP, speaker pod)
    "worker-1": ("10.0.0.11", "speaker-6xq2m"),
    "worker-2": ("10.0.0.12", "speaker-bd4wz"),
    "worker-3": ("10.0.0.13", "speaker-k9fjt"),
    "worker-4": ("10.0.0.14", "speaker-vx7rl"),
    "worker-5": ("10.0.50.7", "speaker-zt8pd"),
}
ML_LB = [
    # service, IPs, pool, protocol, layer2 owner
    ("ingress-nginx/ingress-nginx-controller", ["10.0.50.10"], "l2-public", "layer2", "worker-2"),
    ("monitoring/grafana", ["10.0.50.11"], "l2-public", "layer2", "worker-3"),
    ("gitlab/gitlab-shell", ["10.0.60.5"], "bgp-services", "bgp", ""),
    ("shop/checkout-api", ["10.0.60.6"], "bgp-services", "bgp", ""),
    ("kafka/kafka-external-bootstrap", ["10.0.60.7"], "bgp-services", "bgp", ""),
]
ML_SVC = [
    "default/kubernetes",
    "kube-system/kube-dns",
    "kube-system/metrics-server",
    "cert-manager/cert-manager",
    "cert-manager/cert-manager-webhook",
    "ingress-nginx/ingress-nginx-controller-admission",
    "monitoring/prometheus-operated",
    "monitoring/alertmanager-operated",
    "monitoring/kube-state-metrics",
    "monitoring/node-exporter",
    "monitoring/loki",
    "monitoring/loki-memberlist",
    "gitlab/gitlab-webservice-default",
    "gitlab/gitlab-gitaly",
    "gitlab/gitlab-redis-master",
    "gitlab/gitlab-postgresql",
    "gitlab/gitlab-registry",
    "gitlab/gitlab-sidekiq",
    "shop/catalog-api",
    "shop/orders-api",
    "shop/cart-api",
    "shop/payments-api",
    "shop/redis",
    "shop/rabbitmq",
    "shop/rabbitmq-headless",
    "kafka/kafka-headless",
    "kafka/zookeeper-headless",
    "search/opensearch",
    "search/opensearch-headless",
    "metallb-system/metallb-webhook-service",
]
ML_PEERS = [("10.0.0.1:179", 64500), ("10.0.0.2:179", 64500)]


def metallb(r: random.Random) -> list[Log]:
    """MetalLB 0.14.5's speakers (native BGP to two top-of-rack switches, layer 2 for one pool,
    memberlist on) on four workers, 06:00 to 12:00, and a fifth on worker-5 09:12-09:40:
    endpoint churn reconciled by every speaker, rollouts at 07:15 and 10:05, worker-3's kernel
    panic at 08:10 (suspect, failed, grafana's layer 2 address moves to worker-1) and its return
    at 08:14 (the speaker's start-up, the address moves back), worker-5 joining at 09:12 with an
    address inside the l2-public pool (every speaker's configuration fails to parse until it is
    drained at 09:40), tor-b rebooted 10:20-10:26 (sessions down, reconnect backoff), a new
    BGP service at 10:45 and a new pool at 11:00."""
    fs = Files()
    up = {n: (T0, T_END) for n in ["worker-1", "worker-2", "worker-4"]}
    panic, back = at(8, 10, 5), at(8, 14, 2)
    w5 = (at(9, 12, 31), at(9, 40, 12))

    def alive(n: str, t: datetime) -> bool:
        if n == "worker-3":
            return t < panic or t >= back
        if n == "worker-5":
            return w5[0] <= t < w5[1]
        return up[n][0] <= t < up[n][1]

    def M(
        node: str,
        t: datetime,
        label: str,
        caller: str,
        kv: dict[str, object],
        lvl: str | None = "info",
    ) -> datetime:
        pod = ML_NODES[node][1]
        t += sec(r.uniform(0.00001, 0.0002))

        def text(x: datetime) -> list[str]:
            d = dict(kv)
            d["caller"] = caller
            if lvl:
                d["level"] = lvl
            d["ts"] = rfc3339nano(x, r.randint(0, 999))
            return [json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)]

        return fs.add(f"{pod}.log", t, label, text, pod, 1)

    SR, NR, CF, RA = (
        "ServiceReconciler",
        "NodeReconciler",
        "ConfigReconciler",
        "ServiceReconciler - reprocessAll",
    )

    def reconcile(
        node: str,
        t: datetime,
        ctrl: str,
        req: str,
        body: Callable[[datetime], datetime] | None = None,
    ) -> datetime:
        line = {SR: 63, NR: 45, CF: 61, RA: 60}[ctrl]
        f = {
            SR: "service_controller.go",
            NR: "node_controller.go",
            CF: "config_controller.go",
            RA: "service_controller_reload.go",
        }[ctrl]
        q = json.dumps(ctrl) if " " in ctrl else ctrl
        t = M(
            node,
            t,
            f'controller={q} "start reconcile"=%s',
            f"{f}:{line}",
            {"controller": ctrl, "start reconcile": req},
        )
        if body:
            t = body(t)
        return M(
            node,
            t + sec(r.uniform(0.0002, 0.004)),
            f'controller={q} "end reconcile"=%s',
            f"{f}:{line + 1}",
            {"controller": ctrl, "end reconcile": req},
        )

    owner = {s: o for s, _i, _p, _pr, o in ML_LB}
    lb = {s: (ips, pool, proto) for s, ips, pool, proto, _o in ML_LB}

    def l2owner(svc: str, t: datetime) -> str:
        o = owner[svc]
        if o == "worker-3" and not alive("worker-3", t):
            return "worker-1"
        return o

    def announce(node: str, t: datetime, svc: str) -> datetime:
        ips, pool, proto = lb[svc]
        if node == "worker-5" or (proto == "layer2" and l2owner(svc, t) != node):
            return t
        return M(
            node,
            t + sec(r.uniform(0.0005, 0.003)),
            "service has IP, announcing",
            "main.go:371",
            {
                "event": "serviceAnnounced",
                "ips": ips,
                "msg": "service has IP, announcing",
                "pool": pool,
                "protocol": proto,
            },
        )

    def svc_reconcile(node: str, t: datetime, svc: str) -> datetime:
        if svc in lb:
            return reconcile(node, t, SR, svc, lambda x: announce(node, x, svc))
        return reconcile(node, t, SR, svc)

    def reprocess(node: str, t: datetime) -> datetime:
        def body(x: datetime) -> datetime:
            for svc in lb:
                x = announce(node, x + sec(r.uniform(0.0003, 0.002)), svc)
            return x

        return reconcile(node, t, RA, "metallbreload/reload", body)

    def withdraw(node: str, t: datetime, svc: str, reason: str) -> datetime:
        ips, pool, proto = lb[svc]
        return M(
            node,
            t,
            "withdrawing service announcement",
            "main.go:417",
            {
                "event": "serviceWithdrawn",
                "ip": ips,
                "ips": ips,
                "msg": "withdrawing service announcement",
                "pool": pool,
                "protocol": proto,
                "reason": reason,
            },
        )

    def node_event(node: str, t: datetime, who: str, ev: str) -> datetime:
        t = M(
            node,
            t,
            "node event - forcing sync",
            "speakerlist.go:271",
            {
                "msg": "node event - forcing sync",
                "node addr": ML_NODES[who][0],
                "node event": ev,
                "node name": who,
            },
        )
        return reprocess(node, t + sec(r.uniform(0.002, 0.02)))

    def ml(
        node: str, t: datetime, label: str, caller: str, msg: str, lvl: str = "info"
    ) -> datetime:
        return M(node, t, label, caller, {"component": "Memberlist", "msg": msg}, lvl)

    def startup(node: str, t: datetime, config_ok: bool) -> datetime:
        t = M(
            node,
            t,
            "MetalLB speaker starting version %s (commit %s, branch %s)",
            "main.go:101",
            {
                "branch": "main",
                "commit": "a2c9f1e7",
                "goversion": "gc / go1.21.9 / amd64",
                "msg": "MetalLB speaker starting version 0.14.5 (commit a2c9f1e7, branch main)",
                "version": "0.14.5",
            },
        )
        t = M(
            node,
            t + sec(0.41),
            "created ARP responder for interface",
            "announcer.go:126",
            {
                "event": "createARPResponder",
                "interface": "eth0",
                "msg": "created ARP responder for interface",
            },
            None,
        )
        t = M(
            node,
            t + sec(0.002),
            "created NDP responder for interface",
            "announcer.go:135",
            {
                "event": "createNDPResponder",
                "interface": "eth0",
                "msg": "created NDP responder for interface",
            },
            None,
        )
        others = [n for n in ML_NODES if n != node and alive(n, t)]
        t = M(
            node,
            t + sec(0.35),
            "memberlist join successfully",
            "speakerlist.go:248",
            {
                "msg": "memberlist join successfully",
                "number of other nodes": len(others),
                "op": "Member detection",
            },
        )
        # the initial list: one config reconcile per watched object
        objs = [
            "metallb-system/tor-a",
            "metallb-system/tor-b",
            "metallb-system/l2-public",
            "metallb-system/bgp-services",
            "metallb-system/l2-public-adv",
            "metallb-system/bgp-services-adv",
            "metallb-system/memberlist",
            "metallb-system/metallb-webhook-cert",
        ] + [f"/{n}" for n in ML_NODES if alive(n, t) or n == node]
        first = True
        for o in objs:
            t += sec(r.uniform(0.001, 0.01))
            if first:
                first = False
                if config_ok:
                    t = reconcile(
                        node,
                        t,
                        CF,
                        o,
                        lambda x: M(
                            node,
                            x + sec(0.003),
                            'controller=ConfigReconciler event="config reloaded"',
                            "config_controller.go:196",
                            {"controller": CF, "event": "config reloaded"},
                        ),
                    )
                else:
                    t = reconcile(node, t, CF, o, lambda x: cfg_error(node, x))
            else:
                t = reconcile(
                    node, t, CF, o, (lambda x: cfg_error(node, x)) if not config_ok else None
                )
        for n in ML_NODES:
            if alive(n, t) or n == node:
                t = reconcile(node, t + sec(r.uniform(0.001, 0.01)), NR, f"/{n}")
        for svc in ML_SVC + list(lb):
            t = reconcile(
                node,
                t + sec(r.uniform(0.001, 0.01)),
                SR,
                svc,
                (lambda x, s=svc: announce(node, x, s)) if (svc in lb and config_ok) else None,
            )
        if config_ok:
            t = reprocess(node, t + sec(0.01))
        return t

    def cfg_error(node: str, t: datetime) -> datetime:
        return M(
            node,
            t + sec(r.uniform(0.002, 0.01)),
            "pool cidr %q contains nodeIp %q",
            "config_controller.go:146",
            {"controller": CF, "error": 'pool cidr "10.0.50.0/27" contains nodeIp "10.0.50.7"'},
            "error",
        )

    nodes4 = ["worker-1", "worker-2", "worker-3", "worker-4"]

    # -- endpoint churn: every speaker reconciles the service
    churn = poisson(r, T0, T_END, 105)
    for rollout, _svcs in [
        (
            at(7, 15, 3),
            ["shop/catalog-api", "shop/orders-api", "shop/cart-api", "shop/checkout-api"],
        ),
        (
            at(10, 5, 40),
            ["gitlab/gitlab-webservice-default", "gitlab/gitlab-sidekiq", "gitlab/gitlab-shell"],
        ),
    ]:
        for k in range(14):
            churn.append(rollout + sec(k * r.uniform(6, 14)))
    churn.sort()
    weights = [1.0] * len(ML_SVC) + [0.6] * len(lb)
    names = ML_SVC + list(lb)
    for t in churn:
        svc = r.choices(names, weights)[0]
        for n in ML_NODES:
            if alive(n, t):
                svc_reconcile(n, t + sec(r.uniform(0.0005, 0.03)), svc)

    # -- worker-3's kernel panic at 08:10:05 (its file just stops) and return
    for n in ["worker-1", "worker-2", "worker-4"]:
        ts = panic + sec(r.uniform(1.2, 2.6))
        ts = ml(
            n,
            ts,
            "memberlist: Suspect %s has failed, no acks received",
            "state.go:566",
            "memberlist: Suspect worker-3 has failed, no acks received",
        )
        if n == "worker-2":
            ts = ml(
                n,
                ts + sec(r.uniform(1.0, 1.9)),
                "memberlist: Suspect %s has failed, no acks received",
                "state.go:566",
                "memberlist: Suspect worker-3 has failed, no acks received",
            )
        ts = ml(
            n,
            panic + sec(r.uniform(6.8, 7.4)),
            "memberlist: Marking %s as failed, suspect timeout reached (%d peer confirmations)",
            "state.go:1317",
            "memberlist: Marking worker-3 as failed, suspect timeout reached (2 peer confirmations)",
        )
        node_event(n, ts + sec(0.0004), "worker-3", "NodeLeave")
    for n in ["worker-1", "worker-2", "worker-4"]:
        node_event(n, back + sec(1.1 + r.uniform(0, 0.3)), "worker-3", "NodeJoin")
    withdraw("worker-1", back + sec(1.5), "monitoring/grafana", "notOwner")
    startup("worker-3", back, True)
    for n in ["worker-1", "worker-2", "worker-4"]:
        reconcile(n, back + sec(r.uniform(18, 22)), NR, "/worker-3")

    # -- worker-5 joins at 09:12 with an address inside l2-public
    for n in nodes4:
        tj = w5[0] + sec(r.uniform(0.1, 0.4))
        reconcile(n, tj, NR, "/worker-5")
        for lab in [0, 9.5, 24.1, 61.0]:
            reconcile(
                n,
                tj + sec(lab + r.uniform(0.01, 0.2)),
                CF,
                "/worker-5",
                lambda x, n=n: cfg_error(n, x),
            )
        node_event(n, w5[0] + sec(38 + r.uniform(0, 0.5)), "worker-5", "NodeJoin")
    startup("worker-5", w5[0] + sec(36.2), False)
    # worker-5's own speaker: reconciles the churn it sees without a configuration
    # drained and deleted at 09:40:12
    ts = M(
        "worker-5",
        w5[1],
        "starting shutdown",
        "main.go:134",
        {"msg": "starting shutdown", "op": "shutdown"},
    )
    ts = M(
        "worker-5",
        ts + sec(0.001),
        "leaving memberlist cluster",
        "speakerlist.go:308",
        {"msg": "leaving memberlist cluster", "op": "shutdown"},
    )
    ts = M(
        "worker-5",
        ts + sec(0.21),
        "left memberlist cluster",
        "speakerlist.go:310",
        {"error": None, "msg": "left memberlist cluster", "op": "shutdown"},
    )
    ts = M(
        "worker-5",
        ts + sec(0.001),
        "memberlist shutdown",
        "speakerlist.go:312",
        {"error": None, "msg": "memberlist shutdown", "op": "shutdown"},
    )
    M("worker-5", ts + sec(0.02), "done", "main.go:138", {"msg": "done", "op": "shutdown"})
    for n in nodes4:
        node_event(n, w5[1] + sec(0.25 + r.uniform(0, 0.1)), "worker-5", "NodeLeave")
        td = w5[1] + sec(r.uniform(30, 34))
        reconcile(n, td, NR, "/worker-5")
        reconcile(n, td + sec(0.01), CF, "/worker-5")

    # -- tor-b (10.0.0.2) rebooted 10:20:00, switch back 10:25:10, BGP back 10:26:30
    for n in nodes4:
        peer, pasn = ML_PEERS[1]
        base = {"localASN": 64512, "peer": peer, "peerASN": pasn}
        t = at(10, 21, 30) + sec(r.uniform(0, 2))
        M(
            n,
            t,
            "BGP session down",
            "native.go:128",
            {**base, "event": "sessionDown", "msg": "BGP session down"},
            "warn",
        )
        delay, nxt = 0.0, 1.0
        while True:
            if t < at(10, 25, 10):
                t += sec(10.0)
                err = f'dial "{peer}": i/o timeout'
            elif t < at(10, 26, 30):
                t += sec(0.0008)
                err = f'dial "{peer}": connect: connection refused'
            else:
                t += sec(r.uniform(0.01, 0.05))
                M(
                    n,
                    t,
                    "BGP session established",
                    "native.go:120",
                    {**base, "event": "sessionUp", "msg": "BGP session established"},
                )
                break
            M(
                n,
                t,
                "failed to connect to peer",
                "native.go:111",
                {**base, "error": err, "msg": "failed to connect to peer", "op": "connect"},
                "error",
            )
            t += sec(delay)
            delay, nxt = nxt, min(nxt * 2, 120)
    # -- a new BGP service at 10:45
    lb["shop/payments-gateway"] = (["10.0.60.8"], "bgp-services", "bgp")
    owner["shop/payments-gateway"] = ""
    for n in nodes4:
        t = at(10, 45, 12) + sec(r.uniform(0.01, 0.05))
        t = reconcile(n, t, SR, "shop/payments-gateway")
        svc_reconcile(n, t + sec(r.uniform(0.05, 0.09)), "shop/payments-gateway")
    # -- a new pool and its advertisement at 11:00
    for n in nodes4:
        t = at(11, 0, 41) + sec(r.uniform(0.01, 0.05))

        def body(x: datetime, n: str = n) -> datetime:
            x = M(
                n,
                x + sec(0.004),
                'controller=ConfigReconciler event="force service reload"',
                "config_controller.go:183",
                {"controller": CF, "event": "force service reload"},
            )
            return M(
                n,
                x + sec(0.001),
                'controller=ConfigReconciler event="config reloaded"',
                "config_controller.go:196",
                {"controller": CF, "event": "config reloaded"},
            )

        t = reconcile(n, t, CF, "metallb-system/l2-internal", body)
        t = reprocess(n, t + sec(0.003))
        t = reconcile(
            n,
            t + sec(r.uniform(1.5, 2.5)),
            CF,
            "metallb-system/l2-internal-adv",
            lambda x, n=n: M(
                n,
                x + sec(0.003),
                'controller=ConfigReconciler event="config reloaded"',
                "config_controller.go:196",
                {"controller": CF, "event": "config reloaded"},
            ),
        )
    # -- a VLAN interface added on worker-2 and worker-4 at 10:52
    for n in ["worker-2", "worker-4"]:
        t = at(10, 52, 7) + sec(r.uniform(0, 9.9))
        t = M(
            n,
            t,
            "created ARP responder for interface",
            "announcer.go:126",
            {
                "event": "createARPResponder",
                "interface": "bond0.120",
                "msg": "created ARP responder for interface",
            },
            None,
        )
        M(
            n,
            t + sec(0.001),
            "created NDP responder for interface",
            "announcer.go:135",
            {
                "event": "createNDPResponder",
                "interface": "bond0.120",
                "msg": "created NDP responder for interface",
            },
            None,
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------- kube-apiserver

AP_NODES = {"cp1": "10.0.0.21", "cp2": "10.0.0.22", "cp3": "10.0.0.23"}
AP_FLAGS = [
    ("admission-control-config-file", ""),
    ("advertise-address", "10.0.0.23"),
    ("aggregator-reject-forwarding-redirect", "true"),
    ("allow-metric-labels", "[]"),
    ("allow-privileged", "true"),
    ("anonymous-auth", "true"),
    ("api-audiences", "[https://kubernetes.default.svc.cluster.local]"),
    ("apiserver-count", "1"),
    ("audit-log-batch-buffer-size", "10000"),
    ("audit-log-compress", "false"),
    ("audit-log-format", "json"),
    ("audit-log-maxage", "7"),
    ("audit-log-maxbackup", "10"),
    ("audit-log-maxsize", "100"),
    ("audit-log-mode", "blocking"),
    ("audit-log-path", "/var/log/kubernetes/audit/audit.log"),
    ("audit-policy-file", "/etc/kubernetes/audit-policy.yaml"),
    ("audit-webhook-mode", "batch"),
    ("authentication-token-webhook-cache-ttl", "2m0s"),
    ("authorization-mode", "[Node,RBAC]"),
    ("authorization-webhook-cache-authorized-ttl", "5m0s"),
    ("authorization-webhook-cache-unauthorized-ttl", "30s"),
    ("bind-address", "0.0.0.0"),
    ("cert-dir", "/var/run/kubernetes"),
    ("client-ca-file", "/etc/kubernetes/pki/ca.crt"),
    ("cloud-provider", ""),
    ("contention-profiling", "false"),
    ("cors-allowed-origins", "[]"),
    ("default-not-ready-toleration-seconds", "300"),
    ("default-unreachable-toleration-seconds", "300"),
    ("default-watch-cache-size", "100"),
    ("delete-collection-workers", "1"),
    ("disable-admission-plugins", "[]"),
    ("egress-selector-config-file", ""),
    ("enable-admission-plugins", "[NodeRestriction,PodSecurity]"),
    ("enable-aggregator-routing", "false"),
    ("enable-bootstrap-token-auth", "true"),
    ("enable-garbage-collector", "true"),
    ("enable-logs-handler", "true"),
    ("enable-priority-and-fairness", "true"),
    ("encryption-provider-config", "/etc/kubernetes/enc/encryption-config.yaml"),
    ("endpoint-reconciler-type", "lease"),
    ("etcd-cafile", "/etc/kubernetes/pki/etcd/ca.crt"),
    ("etcd-certfile", "/etc/kubernetes/pki/apiserver-etcd-client.crt"),
    ("etcd-compaction-interval", "5m0s"),
    ("etcd-count-metric-poll-period", "1m0s"),
    ("etcd-db-metric-poll-interval", "30s"),
    ("etcd-healthcheck-timeout", "2s"),
    ("etcd-keyfile", "/etc/kubernetes/pki/apiserver-etcd-client.key"),
    ("etcd-prefix", "/registry"),
    ("etcd-readycheck-timeout", "2s"),
    ("etcd-servers", "[https://10.0.0.21:2379,https://10.0.0.22:2379,https://10.0.0.23:2379]"),
    ("etcd-servers-overrides", "[]"),
    ("event-ttl", "1h0m0s"),
    ("external-hostname", ""),
    ("feature-gates", ""),
    ("goaway-chance", "0"),
    ("help", "false"),
    ("http2-max-streams-per-connection", "0"),
    ("kubelet-certificate-authority", ""),
    ("kubelet-client-certificate", "/etc/kubernetes/pki/apiserver-kubelet-client.crt"),
    ("kubelet-client-key", "/etc/kubernetes/pki/apiserver-kubelet-client.key"),
    ("kubelet-port", "10250"),
    ("kubelet-preferred-address-types", "[InternalIP,ExternalIP,Hostname]"),
    ("kubelet-read-only-port", "10255"),
    ("kubelet-timeout", "5s"),
    ("kubernetes-service-node-port", "0"),
    ("lease-reuse-duration-seconds", "60"),
    ("livez-grace-period", "0s"),
    ("log-flush-frequency", "5s"),
    ("logging-format", "text"),
    ("max-connection-bytes-per-sec", "0"),
    ("max-mutating-requests-inflight", "200"),
    ("max-requests-inflight", "400"),
    ("min-request-timeout", "1800"),
    ("oidc-ca-file", ""),
    ("oidc-client-id", ""),
    ("oidc-issuer-url", ""),
    ("oidc-username-claim", "sub"),
    ("permit-address-sharing", "false"),
    ("permit-port-sharing", "false"),
    ("profiling", "false"),
    ("proxy-client-cert-file", "/etc/kubernetes/pki/front-proxy-client.crt"),
    ("proxy-client-key-file", "/etc/kubernetes/pki/front-proxy-client.key"),
    ("request-timeout", "1m0s"),
    ("requestheader-allowed-names", "[front-proxy-client]"),
    ("requestheader-client-ca-file", "/etc/kubernetes/pki/front-proxy-ca.crt"),
    ("requestheader-extra-headers-prefix", "[X-Remote-Extra-]"),
    ("requestheader-group-headers", "[X-Remote-Group]"),
    ("requestheader-username-headers", "[X-Remote-User]"),
    ("runtime-config", ""),
    ("secure-port", "6443"),
    ("service-account-extend-token-expiration", "true"),
    ("service-account-issuer", "[https://kubernetes.default.svc.cluster.local]"),
    ("service-account-key-file", "[/etc/kubernetes/pki/sa.pub]"),
    ("service-account-lookup", "true"),
    ("service-account-max-token-expiration", "0s"),
    ("service-account-signing-key-file", "/etc/kubernetes/pki/sa.key"),
    ("service-cluster-ip-range", "10.96.0.0/16"),
    ("service-node-port-range", "30000-32767"),
    ("shutdown-delay-duration", "0s"),
    ("shutdown-send-retry-after", "false"),
    ("shutdown-watch-termination-grace-period", "0s"),
    ("storage-backend", ""),
    ("storage-media-type", "application/vnd.kubernetes.protobuf"),
    ("strict-transport-security-directives", "[]"),
    ("tls-cert-file", "/etc/kubernetes/pki/apiserver.crt"),
    ("tls-cipher-suites", "[]"),
    ("tls-min-version", ""),
    ("tls-private-key-file", "/etc/kubernetes/pki/apiserver.key"),
    ("token-auth-file", ""),
    ("tracing-config-file", ""),
    ("v", "2"),
    ("version", "false"),
    ("vmodule", ""),
    ("watch-cache", "true"),
    ("watch-cache-sizes", "[]"),
]
AP_FIELDS = "accept:%s,audit-id:%s,client:%s,api-group:%s,api-version:%s,name:%s,subresource:%s,namespace:%s,protocol:%s,resource:%s,scope:%s,url:%s,user-agent:%s,verb:%s (%s) (total time: %dms):"


def kube_apiserver(r: random.Random) -> list[Log]:
    """kube-apiserver 1.29 on three control-plane nodes (kubeadm static pods, --v=2), 06:00 to
    12:00: a CI runner whose projected service-account token stopped refreshing (all day),
    worker-7's kubelet client certificate expiring at 08:00 (rotated at 08:31), cp2's etcd
    member down 07:28-07:40 (every apiserver's gRPC channels to it reconnecting, slow lease
    writes), Kyverno's webhooks timing out 08:15-08:31 and without endpoints until 08:35,
    metrics-server down 09:00-09:22, a cost exporter listing every pod in the cluster every 20 s
    10:00-10:30 (slow-list traces, handler timeouts), watch-cache compaction errors every five
    minutes, CI preview services, a CRD installed at 09:30, and cp3 restarted at 11:00 for a
    certificate renewal (its shutdown, flag dump and start-up)."""
    fs = Files()
    down3 = (at(11, 0, 2), at(11, 0, 38))

    def K(node: str, t: datetime, lvl: str, where: str, label: str, lines: list[str]) -> datetime:
        t += sec(r.uniform(0.000001, 0.00009))
        return fs.add(
            f"kube-apiserver-{node}.log",
            t,
            label,
            lambda x: [klog_head(x, lvl, where) + lines[0], *lines[1:]],
            node,
            1,
        )

    def any_up(t: datetime) -> str:
        nodes = [n for n in AP_NODES if not (n == "cp3" and down3[0] <= t < down3[1] + sec(20))]
        return r.choice(nodes)

    def trace_lines(
        t: datetime, name: str, head: str, steps: list[tuple[str, float]], total: float
    ) -> list[str]:
        tid = r.randint(100000000, 2147483647)
        start = t - sec(total)
        out = [
            f'Trace[{tid}]: "{name}" {head} ({start:%d-%b-%Y %H:%M:%S}.{start.microsecond // 1000:03d}) (total time: {int(total * 1000)}ms):'
        ]
        for s, off in steps:
            x = start + sec(off)
            out.append(f"Trace[{tid}]: {s} ({x:%H:%M:%S}.{x.microsecond // 1000:03d})")
        tt = f"{total:.9f}s"
        out.append(f"Trace[{tid}]: [{tt}] [{tt}] END")
        return out

    def req_head(
        accept: str,
        client: str,
        group: str,
        version: str,
        name: str,
        ns: str,
        res: str,
        scope: str,
        url: str,
        ua: str,
        verb: str,
        aid: str,
    ) -> str:
        return f"accept:{accept},audit-id:{aid},client:{client},api-group:{group},api-version:{version},name:{name},subresource:,namespace:{ns},protocol:HTTP/2.0,resource:{res},scope:{scope},url:{url},user-agent:{ua},verb:{verb}"

    # -- the CI runner's expired token, all day
    for t in poisson(r, T0, T_END, 38):
        K(
            any_up(t),
            t,
            "E",
            "authentication.go:73",
            "Unable to authenticate the request",
            [
                '"Unable to authenticate the request" err="[invalid bearer token, service account token has expired]"'
            ],
        )
    # -- worker-7's kubelet client certificate expired at 08:00:00, rotated at 08:31
    for t in poisson(r, at(8, 0, 3), at(8, 31, 12), 7.5):
        now = rfc3339(t)
        K(
            any_up(t),
            t,
            "E",
            "authentication.go:73",
            "Unable to authenticate the request",
            [
                f'"Unable to authenticate the request" err="[x509: certificate has expired or is not yet valid: current time {now} is after 2024-06-07T08:00:00Z, verifying certificate SN=240711880122883467301965, SKID=, AKID=7F:3A:C2:19:88:5E:0B:44:D1:6A:90:2E:F7:13:BB:05:61:C8:4A:9D failed: x509: certificate has expired or is not yet valid: current time {now} is after 2024-06-07T08:00:00Z]"'
            ],
        )

    # -- cp2's etcd member down 07:28:10-07:40:05: every apiserver's channels to it reconnect
    e_down, e_up = at(7, 28, 10), at(7, 40, 5)
    for node in AP_NODES:
        for ch in range(6):
            cid = {"cp1": 3, "cp2": 5, "cp3": 4}[node] + ch * 7 + r.randint(0, 2)
            t = e_down + sec(r.uniform(0.05, 1.5))
            back = 1.0
            while t < e_up:
                K(
                    node,
                    t,
                    "W",
                    "logging.go:59",
                    'grpc: addrConn.createTransport failed to connect to %s. Err: connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"',
                    [
                        f'[core] [Channel #{cid} SubChannel #{cid + 1}] grpc: addrConn.createTransport failed to connect to {{Addr: "10.0.0.22:2379", ServerName: "10.0.0.22:2379", }}. Err: connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.22:2379: connect: connection refused"'
                    ],
                )
                t += sec(back * r.uniform(0.8, 1.2))
                back = min(back * 1.6, 120)
    # slow writes while the members re-elect (07:28) and when cp2's member catches up (07:40)
    for burst in [e_down + sec(2), e_up + sec(1)]:
        for _ in range(11):
            t = burst + sec(r.uniform(0, 55))
            node = any_up(t)
            w = f"worker-{r.randint(1, 9)}"
            total = r.uniform(0.6, 2.9)
            aid = uuid4(r)
            head = req_head(
                "application/vnd.kubernetes.protobuf,application/json",
                f"10.0.1.{10 + int(w[-1])}",
                "coordination.k8s.io",
                "v1",
                w,
                "kube-node-lease",
                "leases",
                "resource",
                f"/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{w}",
                "kubelet/v1.29.4 (linux/amd64) kubernetes/55019c8",
                "PUT",
                aid,
            )
            lines = trace_lines(
                t,
                "Update",
                head,
                [
                    (
                        f'["GuaranteedUpdate etcd3" audit-id:{aid},key:/leases/kube-node-lease/{w},type:*coordination.Lease,resource:leases.coordination.k8s.io {int(total * 1000) - 1}ms',
                        0.0005,
                    ),
                    (f' ---"Txn call completed" {int(total * 1000) - 3}ms', total - 0.001),
                ],
                total,
            )
            lines[2] += "]"
            K(node, t, "I", "trace.go:236", 'Trace[%d]: "Update" ' + AP_FIELDS, lines)
        for node in AP_NODES:
            t = burst + sec(r.uniform(3, 20))
            total = r.uniform(1.1, 3.2)
            K(
                node,
                t,
                "I",
                "trace.go:236",
                'Trace[%d]: "GuaranteedUpdate etcd3" audit-id:%s,key:%s,type:%s,resource:%s (%s) (total time: %dms):',
                trace_lines(
                    t,
                    "GuaranteedUpdate etcd3",
                    f"audit-id:,key:/masterleases/{AP_NODES[node]},type:*v1.Endpoints,resource:apiServerIPInfo",
                    [(f'---"Txn call completed" {int(total * 1000) - 1}ms', total - 0.0005)],
                    total,
                ),
            )

    # -- Kyverno's webhooks: timing out 08:15-08:31, no endpoints 08:31-08:35
    for t in poisson(r, at(8, 15, 20), at(8, 35, 30), 11):
        node = any_up(t)
        if t < at(8, 31):
            mut = 'failed calling webhook "mutate.kyverno.svc-fail": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/mutate/fail?timeout=10s": context deadline exceeded'
            t2 = K(
                node,
                t,
                "W",
                "dispatcher.go:210",
                "Failed calling webhook, failing open %v: failed calling webhook %q: failed to call webhook: Post %q: context deadline exceeded",
                [f"Failed calling webhook, failing open mutate.kyverno.svc-fail: {mut}"],
            )
            t2 = K(
                node,
                t2,
                "E",
                "dispatcher.go:217",
                "failed calling webhook %q: failed to call webhook: Post %q: context deadline exceeded",
                [mut],
            )
            K(
                node,
                t2 + sec(10.0 + r.uniform(0.001, 0.02)),
                "W",
                "dispatcher.go:225",
                "Failed calling webhook, failing closed %v: failed calling webhook %q: failed to call webhook: Post %q: context deadline exceeded",
                [
                    'Failed calling webhook, failing closed validate.kyverno.svc-fail: failed calling webhook "validate.kyverno.svc-fail": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s": context deadline exceeded'
                ],
            )
        else:
            K(
                node,
                t,
                "W",
                "dispatcher.go:225",
                "Failed calling webhook, failing closed %v: failed calling webhook %q: failed to call webhook: Post %q: no endpoints available for service %q",
                [
                    'Failed calling webhook, failing closed validate.kyverno.svc-fail: failed calling webhook "validate.kyverno.svc-fail": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s": no endpoints available for service "kyverno-svc"'
                ],
            )

    # -- metrics-server down 09:00:30-09:22:10
    ms_down, ms_up = at(9, 0, 30), at(9, 22, 10)
    for node in AP_NODES:
        t = ms_down + sec(r.uniform(0.5, 8))
        while t < ms_up:
            K(
                node,
                t,
                "E",
                "available_controller.go:460",
                "%v failed with: failing or missing response from %s: Get %q: dial tcp %s: connect: connection refused",
                [
                    'v1beta1.metrics.k8s.io failed with: failing or missing response from https://10.244.3.17:10250/apis/metrics.k8s.io/v1beta1: Get "https://10.244.3.17:10250/apis/metrics.k8s.io/v1beta1": dial tcp 10.244.3.17:10250: connect: connection refused'
                ],
            )
            t += sec(r.uniform(12, 30))
        t = ms_down + sec(r.uniform(10, 55))
        while t < ms_up:
            t2 = K(
                node,
                t,
                "E",
                "controller.go:113",
                "loading OpenAPI spec for %q failed with: failed to download %s: failed to retrieve openAPI spec, http error: ResponseCode: %d, Body: %s, Header: %v",
                [
                    'loading OpenAPI spec for "v1beta1.metrics.k8s.io" failed with: failed to download v1beta1.metrics.k8s.io: failed to retrieve openAPI spec, http error: ResponseCode: 503, Body: service unavailable',
                    ", Header: map[Content-Type:[text/plain; charset=utf-8] X-Content-Type-Options:[nosniff]]",
                ],
            )
            K(
                node,
                t2 + sec(0.00004),
                "I",
                "controller.go:126",
                "OpenAPI AggregationController: action for item %s: Rate Limited Requeue.",
                [
                    "OpenAPI AggregationController: action for item v1beta1.metrics.k8s.io: Rate Limited Requeue."
                ],
            )
            t += sec(r.uniform(58, 64))

    # -- the cost exporter's cluster-wide pod lists, 10:00-10:30, every 20 s through the LB
    t = at(10, 0, 4)
    ua = "cost-exporter/v0.3.1 (linux/amd64) kubernetes/$Format"
    while t < at(10, 30, 10):
        node = any_up(t)
        aid = uuid4(r)
        if r.random() < 0.22:
            t2 = K(
                node,
                t + sec(60),
                "E",
                "wrap.go:54",
                "timeout or abort while handling: method=%s URI=%q audit-ID=%q",
                [
                    f'timeout or abort while handling: method=GET URI="/api/v1/pods" audit-ID="{aid}"'
                ],
            )
            t2 = K(
                node,
                t2 + sec(0.0001),
                "E",
                "writers.go:122",
                "apiserver was unable to write a JSON response: http: Handler timeout",
                ["apiserver was unable to write a JSON response: http: Handler timeout"],
            )
            t2 = K(
                node,
                t2 + sec(0.00003),
                "E",
                "status.go:71",
                "apiserver received an error that is not an metav1.Status: %#+v: %v",
                [
                    'apiserver received an error that is not an metav1.Status: &errors.errorString{s:"http: Handler timeout"}: http: Handler timeout'
                ],
            )
            el = r.uniform(1.2, 9.5)
            K(
                node,
                t2 + sec(el / 1000 + 0.0001),
                "E",
                "timeout.go:142",
                "post-timeout activity - time-elapsed: %s, %v %q result: %v",
                [
                    f'post-timeout activity - time-elapsed: {go_dur(el / 1000)}, GET "/api/v1/pods" result: <nil>'
                ],
            )
        else:
            total = r.uniform(3.5, 41.0)
            n = r.randint(6100, 6400)
            te = t + sec(total)
            head = req_head(
                "application/json, */*",
                "10.0.3.57",
                "",
                "v1",
                "",
                "",
                "pods",
                "cluster",
                "/api/v1/pods",
                ua,
                "LIST",
                aid,
            )
            lines = trace_lines(
                te,
                "List",
                head,
                [
                    (
                        f'["List(recursive=true) etcd3" audit-id:{aid},key:/pods,resourceVersion:,resourceVersionMatch:,limit:0,continue: {int((total - 0.3) * 1000)}ms',
                        0.002,
                    ),
                    (
                        f'---"Writing http response done" count:{n} {int(r.uniform(180, 290))}ms',
                        total - 0.001,
                    ),
                ],
                total,
            )
            lines[1] += "]"
            K(node, te, "I", "trace.go:236", 'Trace[%d]: "List" ' + AP_FIELDS, lines)
        t += sec(20 + r.uniform(-0.5, 0.5))
    # slow lists outside the storm (a backup tool, an operator's resync)
    for t in poisson(r, T0, T_END, 1500):
        node = any_up(t)
        aid = uuid4(r)
        total = r.uniform(0.55, 1.9)
        res, url, ua2, cnt = r.choice(
            [
                (
                    "secrets",
                    "/api/v1/secrets",
                    "velero-server/v1.13.2 (linux/amd64) 4d961fb6fec384ed7f3c1b7c65c818106107f5a6",
                    812,
                ),
                (
                    "configmaps",
                    "/api/v1/configmaps",
                    "velero-server/v1.13.2 (linux/amd64) 4d961fb6fec384ed7f3c1b7c65c818106107f5a6",
                    1408,
                ),
                (
                    "replicasets",
                    "/apis/apps/v1/replicasets",
                    "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format",
                    3120,
                ),
            ]
        )
        grp = "apps" if res == "replicasets" else ""
        head = req_head(
            "application/json, */*",
            "10.0.3." + str(r.randint(20, 90)),
            grp,
            "v1",
            "",
            "",
            res,
            "cluster",
            url,
            ua2,
            "LIST",
            aid,
        )
        K(
            node,
            t,
            "I",
            "trace.go:236",
            'Trace[%d]: "List" ' + AP_FIELDS,
            trace_lines(
                t,
                "List",
                head,
                [
                    (
                        f'---"Writing http response done" count:{cnt + r.randint(0, 30)} {int(total * 1000 * r.uniform(0.5, 0.8))}ms',
                        total - 0.001,
                    )
                ],
                total,
            ),
        )

    # -- watch cache compaction errors after each 5-minute compaction
    t = at(6, 3, 17)
    while t < T_END:
        for node in AP_NODES:
            for _ in range(r.choice([0, 0, 1, 1, 1, 2])):
                x = t + sec(r.uniform(0.01, 3))
                if down3[0] <= x < down3[1] + sec(30) and node == "cp3":
                    continue
                K(
                    node,
                    x,
                    "W",
                    "watcher.go:338",
                    "watch chan error: etcdserver: mvcc: required revision has been compacted",
                    ["watch chan error: etcdserver: mvcc: required revision has been compacted"],
                )
        t += sec(300 + r.uniform(-0.5, 0.5))

    # -- CI preview environments: two services each
    for i, t in enumerate(poisson(r, T0, T_END, 1100)):
        env = f"preview-mr-{4100 + i * 3 + r.randint(0, 2)}"
        for k, svc in enumerate(["web", "api"]):
            ip = f"10.96.{r.randint(1, 254)}.{r.randint(1, 254)}"
            K(
                any_up(t),
                t + sec(k * r.uniform(0.02, 0.2)),
                "I",
                "alloc.go:330",
                '"allocated clusterIPs" service=%q clusterIPs=%v',
                [f'"allocated clusterIPs" service="{env}/{svc}" clusterIPs={{"IPv4":"{ip}"}}'],
            )
    # -- a CRD installed at 09:30 and first used
    for node in AP_NODES:
        for k, rsrc in enumerate(
            ["backupschedules.postgresql.cnpg.io", "poolers.postgresql.cnpg.io"]
        ):
            K(
                node,
                at(9, 30, 12 + k * 41) + sec(r.uniform(0, 3)),
                "I",
                "controller.go:624",
                "quota admission added evaluator for: %s",
                [f"quota admission added evaluator for: {rsrc}"],
            )

    # -- cp3 restarted at 11:00:02 for its renewed serving certificate
    t = down3[0]
    for ev in [
        "ShutdownInitiated",
        "AfterShutdownDelayDuration",
        "NotAcceptingNewRequest",
        "InFlightRequestsDrained",
        "HTTPServerStoppedListening",
    ]:
        t = K(
            "cp3",
            t + sec(r.uniform(0.001, 0.3)),
            "I",
            "genericapiserver.go:691",
            '"[graceful-termination] shutdown event" name=%q',
            [f'"[graceful-termination] shutdown event" name="{ev}"'],
        )
    K(
        "cp3",
        t + sec(0.9),
        "I",
        "genericapiserver.go:1073",
        '"[graceful-termination] apiserver is exiting"',
        ['"[graceful-termination] apiserver is exiting"'],
    )
    for node in ["cp1", "cp2"]:
        x = down3[0] + sec(r.uniform(9, 11))
        K(
            node,
            x,
            "W",
            "lease.go:265",
            "Resetting endpoints for master service %q to %+v",
            ['Resetting endpoints for master service "kubernetes" to [10.0.0.21 10.0.0.22]'],
        )
    for node in ["cp1", "cp2"]:
        x = down3[1] + sec(r.uniform(14, 17))
        K(
            node,
            x,
            "W",
            "lease.go:265",
            "Resetting endpoints for master service %q to %+v",
            [
                'Resetting endpoints for master service "kubernetes" to [10.0.0.21 10.0.0.22 10.0.0.23]'
            ],
        )
    t = down3[1]
    for name, val in AP_FLAGS:
        t = K(
            "cp3",
            t + sec(0.000004),
            "I",
            "flags.go:64",
            "FLAG: --%s=%q",
            [f"FLAG: --{name}={json.dumps(val)}"],
        )
    t = K(
        "cp3",
        t + sec(0.0008),
        "I",
        "options.go:221",
        "external host was not specified, using %v",
        ["external host was not specified, using 10.0.0.23"],
    )
    t = K("cp3", t + sec(0.002), "I", "server.go:148", "Version: %+v", ["Version: v1.29.4"])
    t = K(
        "cp3",
        t + sec(0.00005),
        "I",
        "server.go:150",
        '"Golang settings" GOGC=%q GOMAXPROCS=%q GOTRACEBACK=%q',
        ['"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'],
    )
    t = K(
        "cp3",
        t + sec(2.6),
        "I",
        "secure_serving.go:213",
        "Serving securely on %s",
        ["Serving securely on [::]:6443"],
    )
    caches = [
        "cluster_authentication_trust_controller",
        "configmaps",
        "crd-autoregister",
        "RemoteAvailability controller",
        "LocalAvailability controller",
        "node_authorizer",
        "*generic.policySource[*k8s.io/api/admissionregistration/v1.ValidatingAdmissionPolicy,*k8s.io/api/admissionregistration/v1.ValidatingAdmissionPolicyBinding,k8s.io/apiserver/pkg/admission/plugin/policy/validating.Validator]",
    ]
    for c in caches:
        t = K(
            "cp3",
            t + sec(r.uniform(0.0005, 0.01)),
            "I",
            "shared_informer.go:311",
            "Waiting for caches to sync for %s",
            [f"Waiting for caches to sync for {c}"],
        )
    for c in caches:
        t = K(
            "cp3",
            t + sec(r.uniform(0.01, 0.2)),
            "I",
            "shared_informer.go:318",
            "Caches are synced for %s",
            [f"Caches are synced for {c}"],
        )
    for rsrc in [
        "serviceaccounts",
        "endpoints",
        "leases.coordination.k8s.io",
        "events.events.k8s.io",
        "deployments.apps",
        "replicasets.apps",
        "jobs.batch",
        "poddisruptionbudgets.policy",
    ]:
        t = K(
            "cp3",
            t + sec(r.uniform(0.5, 20)),
            "I",
            "controller.go:624",
            "quota admission added evaluator for: %s",
            [f"quota admission added evaluator for: {rsrc}"],
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- rook

RK_OSDS = {0: "worker-1", 1: "worker-3", 2: "worker-1", 3: "worker-2", 4: "worker-2", 5: "worker-3"}
RK_ENV = [
    ("ROOK_CURRENT_NAMESPACE_ONLY", "false", "env var"),
    ("ROOK_LOG_LEVEL", "INFO", "configmap"),
    ("ROOK_CEPH_COMMANDS_TIMEOUT_SECONDS", "15", "configmap"),
    ("ROOK_ENABLE_DISCOVERY_DAEMON", "false", "configmap"),
    ("ROOK_CSI_ENABLE_RBD", "true", "configmap"),
    ("ROOK_CSI_ENABLE_CEPHFS", "true", "configmap"),
    ("ROOK_CSI_ENABLE_NFS", "false", "configmap"),
    ("CSI_ENABLE_CSIADDONS", "false", "configmap"),
    ("CSI_ENABLE_ENCRYPTION", "false", "configmap"),
    ("ROOK_OBC_WATCH_OPERATOR_NAMESPACE", "true", "configmap"),
    ("ROOK_CEPH_ALLOW_LOOP_DEVICES", "false", "configmap"),
    ("ROOK_DISABLE_DEVICE_HOTPLUG", "false", "configmap"),
    ("ROOK_ENFORCE_HOST_NETWORK", "false", "default"),
    ("ROOK_REVISION_HISTORY_LIMIT", "", "default"),
    ("ROOK_WATCH_FOR_NODE_FAILURE", "true", "configmap"),
    ("ROOK_UNREACHABLE_NODE_TOLERATION_SECONDS", "5", "default"),
    ("ROOK_DISCOVER_DEVICES_INTERVAL", "60m", "default"),
    ("ROOK_CSI_DISABLE_DRIVER", "false", "configmap"),
    ("CSI_PROVISIONER_REPLICAS", "2", "configmap"),
    ("ROOK_OBC_PROVISIONER_NAME_PREFIX", "", "default"),
]
RK_CONTROLLERS = [
    "ceph-cluster-controller",
    "ceph-crashcollector-controller",
    "ceph-block-pool-controller",
    "blockpool-rados-namespace-controller",
    "ceph-object-store-user-controller",
    "ceph-object-realm-controller",
    "ceph-object-zonegroup-controller",
    "ceph-object-zone-controller",
    "ceph-object-controller",
    "ceph-file-controller",
    "ceph-filesystem-subvolumegroup-controller",
    "ceph-filesystem-mirror-controller",
    "ceph-nfs-controller",
    "ceph-rbd-mirror-controller",
    "ceph-client-controller",
    "ceph-bucket-topic",
    "ceph-bucket-notification",
    "clusterdisruption-controller",
]


def rook(r: random.Random) -> list[Log]:
    """The Rook 1.14 operator of a three-node Ceph Reef cluster (six OSDs, two per worker),
    06:00 to 12:00: CI pipelines creating and deleting object bucket claims all day, osd.4's disk
    failing at 07:10 (the disruption controller every 30 s: degraded PGs recovering until 07:58,
    then clean with the OSD still down and the default PDB allowing no disruption) until the disk
    is replaced at 10:14, worker-2 rebooted 08:30-08:41 (mon b out of quorum, osd.3 down with a
    drain), a block pool asking for an nvme device class that does not exist 09:15-10:05, and the
    operator upgraded to 1.14.5 at 10:30 (its start-up, the cluster reconcile updating each OSD
    when it is ok to stop)."""
    fs = Files()
    pods = {
        "old": "rook-ceph-operator-6d8f7c9b5-2xhvm",
        "new": "rook-ceph-operator-7b4c8d6f9-kq5zt",
    }
    gone, born = at(10, 30, 4), at(10, 30, 41)

    def pod_at(t: datetime) -> str | None:
        if t < gone:
            return pods["old"]
        if t >= born:
            return pods["new"]
        return None

    def R(
        t: datetime, lvl: str, pkg: str, label: str, msg: str, pod: str | None = None
    ) -> datetime:
        p = pod or pod_at(t)
        if p is None:
            return t
        t += sec(r.uniform(0.00001, 0.0009))
        return fs.add(
            f"{p}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d} {lvl} | {pkg}: {msg}"],
            p,
            1,
        )

    # -- CI pipelines: an object bucket claim per pipeline, deleted when it ends
    for t in poisson(r, T0 - sec(600), T_END, 105):
        pid = r.randint(481000, 489999)
        obc = f"ci-artifacts-{pid}"
        bucket = f"{obc}-{uuid4(r)}"
        user = f"obc-ci-{obc}"
        end = t + sec(r.uniform(420, 1500))
        if t >= T0 and pod_at(t):
            x = R(
                t,
                "I",
                "op-bucket-prov",
                "initializing and setting CreateOrGrant services",
                "initializing and setting CreateOrGrant services",
            )
            x = R(
                x + sec(r.uniform(0.02, 0.08)),
                "I",
                "op-bucket-prov",
                "Provision: creating bucket %q for OBC %q",
                f'Provision: creating bucket "{bucket}" for OBC "{obc}"',
            )
            R(
                x + sec(r.uniform(0.3, 1.1)),
                "I",
                "op-bucket-prov",
                "set user %q bucket max to %d",
                f'set user "{user}" bucket max to 1',
            )
        if T0 <= end < T_END and pod_at(end):
            R(
                end,
                "I",
                "op-bucket-prov",
                "Delete: deleting bucket %q for OB %q",
                f'Delete: deleting bucket "{bucket}" for OB "{user}"',
            )

    # -- the disruption controller while an OSD is down
    osd4_down, clean_at, osd4_up = at(7, 10, 31), at(7, 58, 12), at(10, 14, 20)
    w2_down, w2_up = at(8, 30, 15), at(8, 41, 0)
    total_pg = 169

    def pg_health(t: datetime) -> str | None:
        """None when every PG is active+clean."""
        if w2_down <= t < w2_up + sec(300):
            k = (
                169 - 57
                if t < w2_up
                else max(0, int(112 * (1 - (t - w2_up).total_seconds() / 300)))
            )
            if k == 0:
                return None
            states = [("active+clean", total_pg - k), ("active+undersized+degraded", k)]
            if t >= w2_up:
                states = [
                    ("active+clean", total_pg - k),
                    ("active+recovering+degraded", min(k, 3)),
                    ("active+recovery_wait+degraded", max(0, k - 3)),
                ]
            return (
                "cluster is not fully clean. PGs: ["
                + " ".join(f"{{StateName:{s} Count:{c}}}" for s, c in sorted(states) if c)
                + "]"
            )
        if t >= clean_at or t < osd4_down:
            return None
        el = (t - osd4_down).total_seconds()
        if el < 620:
            states = [("active+clean", total_pg - 58), ("active+undersized+degraded", 58)]
            if el < 8:
                states = [
                    ("active+clean", total_pg - 62),
                    ("active+undersized+degraded", 54),
                    ("peering", 8),
                ]
        else:
            frac = (el - 620) / ((clean_at - osd4_down).total_seconds() - 620)
            left = max(1, int(58 * (1 - frac)))
            fill = min(left, 4)
            states = [
                ("active+clean", total_pg - left),
                ("active+remapped+backfilling", fill),
                ("active+undersized+degraded+remapped+backfill_wait", left - fill),
            ]
        return (
            "cluster is not fully clean. PGs: ["
            + " ".join(f"{{StateName:{s} Count:{c}}}" for s, c in sorted(states) if c)
            + "]"
        )

    D = "clusterdisruption-controller"
    t = osd4_down
    blocking = False
    draining_since = osd4_down
    while t < osd4_up:
        if not pod_at(t):
            t = born + sec(r.uniform(5, 9))
            continue
        x = t
        osd4 = True
        osd3 = w2_down <= t < w2_up
        if osd3:
            x = R(
                x,
                "I",
                D,
                "osd %q is down and a possible node drain is detected",
                'osd "rook-ceph-osd-3" is down and a possible node drain is detected',
            )
            x = R(
                x + sec(0.0004),
                "I",
                D,
                "osd %q is down and a possible node drain is detected",
                'osd "rook-ceph-osd-4" is down and a possible node drain is detected',
            )
        elif osd4:
            x = R(
                x,
                "I",
                D,
                "osd %q is down but no node drain is detected",
                'osd "rook-ceph-osd-4" is down but no node drain is detected',
            )
        h = pg_health(t)
        if h:
            x = R(
                x + sec(r.uniform(0.2, 0.5)),
                "I",
                D,
                "osd is down in failure domain %q and pgs are not active+clean. pg health: %q",
                f'osd is down in failure domain "worker-2" and pgs are not active+clean. pg health: {json.dumps(h)}',
            )
            if not blocking:
                blocking = True
                draining_since = t
                for fd in ["worker-1", "worker-3"]:
                    x = R(
                        x + sec(r.uniform(0.005, 0.02)),
                        "I",
                        D,
                        "creating temporary blocking pdb %q with maxUnavailable=0 for %q failure domain %q",
                        f'creating temporary blocking pdb "rook-ceph-osd-host-{fd}" with maxUnavailable=0 for "host" failure domain "{fd}"',
                    )
        else:
            mins = (t - draining_since).total_seconds() / 60
            x = R(
                x + sec(r.uniform(0.2, 0.5)),
                "I",
                D,
                "osd is down in failure domain %q is down for the last %.2f minutes, but pgs are active+clean",
                f'osd is down in failure domain "worker-2" is down for the last {mins:.2f} minutes, but pgs are active+clean',
            )
            if blocking:
                blocking = False
                x = R(
                    x + sec(0.003),
                    "I",
                    D,
                    "all PGs are active+clean. Restoring default OSD pdb settings",
                    "all PGs are active+clean. Restoring default OSD pdb settings",
                )
                x = R(
                    x + sec(0.0002),
                    "I",
                    D,
                    "creating the default pdb %q with maxUnavailable=1 for all osd",
                    'creating the default pdb "rook-ceph-osd" with maxUnavailable=1 for all osd',
                )
                for fd in ["worker-1", "worker-3"]:
                    x = R(
                        x + sec(r.uniform(0.002, 0.006)),
                        "I",
                        D,
                        "deleting temporary blocking pdb with %q with maxUnavailable=0 for %q failure domain %q",
                        f'deleting temporary blocking pdb with "rook-ceph-osd-host-{fd}" with maxUnavailable=0 for "host" failure domain "{fd}"',
                    )
            x = R(
                x + sec(r.uniform(0.005, 0.02)),
                "I",
                D,
                "reconciling osd pdb reconciler as the allowed disruptions in default pdb is 0",
                "reconciling osd pdb reconciler as the allowed disruptions in default pdb is 0",
            )
        t += sec(30 + r.uniform(0.1, 0.6))

    # -- mon b out of quorum while worker-2 reboots
    t = w2_down + sec(31)
    left = 599
    while t < w2_up:
        R(
            t,
            "W",
            "op-mon",
            "mon %q not found in quorum, waiting for timeout (%d seconds left) before failover",
            f'mon "b" not found in quorum, waiting for timeout ({left} seconds left) before failover',
        )
        t += sec(45 + r.uniform(0.2, 0.9))
        left = 599 - int((t - (w2_down + sec(31))).total_seconds())
    R(
        t,
        "I",
        "op-mon",
        "mon %q is back in quorum, removed from mon out timeout list",
        'mon "b" is back in quorum, removed from mon out timeout list',
    )

    # -- a block pool asking for an nvme device class, 09:15-10:05
    t, delay = at(9, 15, 8), 0.005
    while t < at(10, 5, 30):
        if not pod_at(t):
            t = born + sec(20)
            delay = 0.005
            continue
        x = R(
            t,
            "I",
            "ceph-block-pool-controller",
            "creating pool %q in namespace %q",
            'creating pool "analytics" in namespace "rook-ceph"',
        )
        x = R(
            x + sec(r.uniform(0.6, 1.4)),
            "E",
            "ceph-block-pool-controller",
            "failed to reconcile %s %q. failed to create pool %q.: failed to configure pool %q.: failed to create replicated crush rule %q: failed to create crush rule %s. Error EINVAL: device class %s does not exist: exit status %d",
            'failed to reconcile CephBlockPool "rook-ceph/analytics". failed to create pool "analytics".: failed to configure pool "analytics".: failed to create replicated crush rule "analytics": failed to create crush rule analytics. Error EINVAL: device class nvme does not exist: exit status 22',
        )
        t = x + sec(max(delay, 0.5))
        delay = min(delay * 2, 1000)
    R(
        at(10, 5, 31),
        "I",
        "ceph-block-pool-controller",
        "creating pool %q in namespace %q",
        'creating pool "analytics" in namespace "rook-ceph"',
    )

    # -- the cluster reconcile (OSD replaced at 10:14; the upgrade at 10:31)
    def cluster_reconcile(t: datetime, upgrade: bool) -> datetime:
        t = R(
            t,
            "I",
            "ceph-cluster-controller",
            "reconciling ceph cluster in namespace %q",
            'reconciling ceph cluster in namespace "rook-ceph"',
        )
        t = R(
            t + sec(r.uniform(4, 9)),
            "I",
            "ceph-spec",
            "detected ceph image version: %q",
            'detected ceph image version: "18.2.2-0 reef"',
        )
        t = R(
            t + sec(r.uniform(8, 15)),
            "I",
            "op-osd",
            "start running osds in namespace %q",
            'start running osds in namespace "rook-ceph"',
        )
        if upgrade:
            for osd in range(6):
                for _ in range(r.randint(1, 4) if osd else 0):
                    t = R(
                        t + sec(15 + r.uniform(0, 0.4)),
                        "I",
                        "op-osd",
                        "OSD %d is not ok-to-stop. will try updating it again later",
                        f"OSD {osd} is not ok-to-stop. will try updating it again later",
                    )
                t = R(
                    t + sec(r.uniform(1, 3)),
                    "I",
                    "op-osd",
                    "updating OSD %d on node %q",
                    f'updating OSD {osd} on node "{RK_OSDS[osd]}"',
                )
        else:
            t = R(
                t + sec(r.uniform(40, 70)),
                "I",
                "op-osd",
                "updating OSD %d on node %q",
                'updating OSD 4 on node "worker-2"',
            )
        t = R(
            t + sec(r.uniform(5, 20)),
            "I",
            "op-osd",
            "finished running OSDs in namespace %q",
            'finished running OSDs in namespace "rook-ceph"',
        )
        return R(
            t + sec(r.uniform(2, 6)),
            "I",
            "ceph-cluster-controller",
            "done reconciling ceph cluster in namespace %q",
            'done reconciling ceph cluster in namespace "rook-ceph"',
        )

    cluster_reconcile(at(10, 12, 5), False)
    # -- the new operator's start-up
    p = pods["new"]
    t = R(
        born,
        "I",
        "rookcmd",
        "starting Rook %s with arguments '%s'",
        "starting Rook v1.14.5 with arguments '/usr/local/bin/rook ceph operator'",
        p,
    )
    t = R(
        t + sec(0.0003),
        "I",
        "rookcmd",
        "flag values: %s",
        "flag values: --enable-machine-disruption-budget=false, --help=false, --kubeconfig=, --log-level=INFO, --operator-image=, --service-account=",
        p,
    )
    for name, val, src in RK_ENV:
        lab = (
            "%s=%q (env var)"
            if src == "env var"
            else ("%s=%q (configmap)" if src == "configmap" else "%s=%q (default)")
        )
        t = R(
            t + sec(r.uniform(0.001, 0.03)),
            "I",
            "op-k8sutil",
            lab,
            f"{name}={json.dumps(val)} ({src})",
            p,
        )
    for c in RK_CONTROLLERS:
        t = R(
            t + sec(r.uniform(0.0005, 0.004)),
            "I",
            c,
            "successfully started",
            "successfully started",
            p,
        )
    cluster_reconcile(t + sec(r.uniform(1, 2)), True)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- crossplane

XP_STATIC = [
    (
        "defined/compositeresourcedefinition.apiextensions.crossplane.io",
        "apiextensions.crossplane.io",
        "CompositeResourceDefinition",
        ["*v1.CompositeResourceDefinition", "*v1.CustomResourceDefinition"],
    ),
    (
        "offered/compositeresourcedefinition.apiextensions.crossplane.io",
        "apiextensions.crossplane.io",
        "CompositeResourceDefinition",
        ["*v1.CompositeResourceDefinition", "*v1.CustomResourceDefinition"],
    ),
    (
        "revisions/composition.apiextensions.crossplane.io",
        "apiextensions.crossplane.io",
        "Composition",
        ["*v1.Composition", "*v1.CompositionRevision"],
    ),
    (
        "packages/provider.pkg.crossplane.io",
        "pkg.crossplane.io",
        "Provider",
        ["*v1.Provider", "*v1.ProviderRevision"],
    ),
    (
        "packages/providerrevision.pkg.crossplane.io",
        "pkg.crossplane.io",
        "ProviderRevision",
        ["*v1.ProviderRevision", "*v1.Deployment"],
    ),
    (
        "packages/function.pkg.crossplane.io",
        "pkg.crossplane.io",
        "Function",
        ["*v1.Function", "*v1.FunctionRevision"],
    ),
    (
        "packages/functionrevision.pkg.crossplane.io",
        "pkg.crossplane.io",
        "FunctionRevision",
        ["*v1.FunctionRevision", "*v1.Deployment"],
    ),
    (
        "packages/configuration.pkg.crossplane.io",
        "pkg.crossplane.io",
        "Configuration",
        ["*v1.Configuration", "*v1.ConfigurationRevision"],
    ),
    ("lock.pkg.crossplane.io", "pkg.crossplane.io", "Lock", ["*v1beta1.Lock"]),
    (
        "usage.apiextensions.crossplane.io",
        "apiextensions.crossplane.io",
        "Usage",
        ["*v1alpha1.Usage"],
    ),
]
XP_XRD = [
    (
        "xpostgresqlinstances.database.example.org",
        "database.example.org",
        "XPostgreSQLInstance",
        "PostgreSQLInstance",
    ),
    ("xbuckets.storage.example.org", "storage.example.org", "XBucket", "Bucket"),
    ("xqueues.messaging.example.org", "messaging.example.org", "XQueue", "Queue"),
]
XP_DB = [
    # claim namespace, claim, XR, alive from, alive until
    ("team-a", "orders-db", "orders-db-7xk2p"),
    ("team-b", "preview-db", "preview-db-q4m9z"),
    ("analytics", "warehouse-db", "warehouse-db-h2w6c"),
]
XP_ALL = [*XP_DB, ("team-c", "billing-db", "billing-db-n6t3d")]
XP_MR = [
    # composed resource name in the composition, MR kind, controller
    ("subnet-group", "SubnetGroup", "managed/rds.aws.upbound.io/v1beta1, kind=SubnetGroup"),
    (
        "parameter-group",
        "ParameterGroup",
        "managed/rds.aws.upbound.io/v1beta1, kind=ParameterGroup",
    ),
    ("instance", "Instance", "managed/rds.aws.upbound.io/v1beta2, kind=Instance"),
]


def crossplane(r: random.Random) -> list[Log]:
    """Crossplane 1.16 core and the Upbound AWS RDS provider (upjet, --debug), 06:00 to 12:00:
    the core pod logging at info (controller-runtime's production JSON) until it is replaced at
    08:05 by one running with --debug (zap's development console) to chase a slow API server;
    three PostgreSQL claims polled every minute, their managed resources every ten minutes; a
    Composition revision with a misspelt patch path 08:30-08:50 (every database XR fails to
    compose); a new claim at 09:00 (the RDS instance created over nine minutes); the provider's
    web identity token rejected 10:10-10:22 (every observe fails, the XRs see unsynced
    resources); a parameter change rolled out at 11:00; and team-b's preview database deleted
    at 11:20."""
    fs = Files()
    core_a, core_b = "crossplane-6b8f4d7c9-wq2zt", "crossplane-7f9c5b8d4-l4n8x"
    prov = "provider-aws-rds-3c1e9f2a5b7d-6d9c8f7b5-x8p2k"
    swap, b_lead = at(8, 5, 19), at(8, 5, 21)

    def J(
        t: datetime,
        lvl: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]],
        logger: str = "",
    ) -> datetime:
        return fs.add(
            f"{core_a}.log",
            t,
            label,
            lambda x: [zjson(rfc3339(x), lvl, logger, msg, fields)],
            core_a,
            1_000_000,
        )

    def C(
        pod: str,
        t: datetime,
        lvl: str,
        logger: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]],
    ) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [zconsole(rfc3339(x), lvl, logger, msg, fields)],
            pod,
            1_000_000,
        )

    def KL(pod: str, t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        t += sec(r.uniform(0.00001, 0.0009))
        return fs.add(f"{pod}.log", t, label, lambda x: [klog_head(x, lvl, where) + msg], pod, 1)

    def controllers() -> list[tuple[str, str, str, list[str]]]:
        out = list(XP_STATIC)
        for name, group, xk, ck in XP_XRD:
            out.append((f"composite/{name}", group, xk, ["*composite.Unstructured"]))
            out.append(
                (f"claim/{name}", group, ck, ["*claim.Unstructured", "*composite.Unstructured"])
            )
        return out

    def cr_start(pod: str, t: datetime, json_mode: bool) -> datetime:
        for name, group, kind, srcs in controllers():
            base = [("controller", name), ("controllerGroup", group), ("controllerKind", kind)]
            for s in srcs:
                f = [*base, ("source", f"kind source: {s}")]
                t = (
                    J(t, "info", "Starting EventSource", "Starting EventSource", f)
                    if json_mode
                    else C(pod, t, "INFO", "", "Starting EventSource", "Starting EventSource", f)
                )
            t = (
                J(t, "info", "Starting Controller", "Starting Controller", base)
                if json_mode
                else C(pod, t, "INFO", "", "Starting Controller", "Starting Controller", base)
            )
        for name, group, kind, _s in controllers():
            f = [
                ("controller", name),
                ("controllerGroup", group),
                ("controllerKind", kind),
                ("worker count", 10 if name.startswith(("composite/", "claim/")) else 5),
            ]
            t = (
                J(t + sec(0.1), "info", "Starting workers", "Starting workers", f)
                if json_mode
                else C(pod, t + sec(0.1), "INFO", "", "Starting workers", "Starting workers", f)
            )
        return t

    # -- core A: info level, production JSON
    t = KL(
        core_a,
        at(6, 0, 7),
        "I",
        "leaderelection.go:250",
        "attempting to acquire leader lease %v...",
        "attempting to acquire leader lease crossplane-system/crossplane-leader-election-core...",
    )
    t = KL(
        core_a,
        t + sec(14.6),
        "I",
        "leaderelection.go:260",
        "successfully acquired lease %v",
        "successfully acquired lease crossplane-system/crossplane-leader-election-core",
    )
    cr_start(core_a, t + sec(0.2), True)
    # the API server slow at 07:40 (status updates time out)
    for k in range(5):
        xr = r.choice(XP_DB)[2]
        tt = at(7, 40, 14) + sec(k * r.uniform(2, 6))
        stack = "\n".join(f"{fn}\n\t{w}" for fn, w in CR_TAIL)
        J(
            tt,
            "error",
            "Reconciler error",
            "Reconciler error",
            [
                ("controller", "composite/xpostgresqlinstances.database.example.org"),
                ("controllerGroup", "database.example.org"),
                ("controllerKind", "XPostgreSQLInstance"),
                ("XPostgreSQLInstance", {"name": xr}),
                ("namespace", ""),
                ("name", xr),
                ("reconcileID", uuid4(r)),
                (
                    "error",
                    f'cannot update composite resource status: Put "https://10.96.0.1:443/apis/database.example.org/v1alpha1/xpostgresqlinstances/{xr}/status": context deadline exceeded',
                ),
                ("stacktrace", stack),
            ],
        )
    # replaced at 08:05:19
    t = J(
        swap,
        "info",
        "Stopping and waiting for non leader election runnables",
        "Stopping and waiting for non leader election runnables",
        [],
    )
    for name, group, kind, _s in controllers():
        base = [("controller", name), ("controllerGroup", group), ("controllerKind", kind)]
        J(
            t,
            "info",
            "Shutdown signal received, waiting for all workers to finish",
            "Shutdown signal received, waiting for all workers to finish",
            base,
        )
    for name, group, kind, _s in controllers():
        base = [("controller", name), ("controllerGroup", group), ("controllerKind", kind)]
        J(t, "info", "All workers finished", "All workers finished", base)
    J(
        t,
        "info",
        "Wait completed, proceeding to shutdown the manager",
        "Wait completed, proceeding to shutdown the manager",
        [],
    )

    # -- core B: --debug, development console
    tb = C(
        core_b,
        at(8, 4, 58),
        "DEBUG",
        "crossplane",
        "Starting",
        "Starting",
        [("sync-interval", "1h0m0s"), ("poll-interval", "1m0s"), ("max-reconcile-rate", 10)],
    )
    KL(
        core_b,
        tb + sec(0.4),
        "I",
        "leaderelection.go:250",
        "attempting to acquire leader lease %v...",
        "attempting to acquire leader lease crossplane-system/crossplane-leader-election-core...",
    )
    tb = KL(
        core_b,
        b_lead,
        "I",
        "leaderelection.go:260",
        "successfully acquired lease %v",
        "successfully acquired lease crossplane-system/crossplane-leader-election-core",
    )
    cr_start(core_b, tb + sec(0.1), False)

    XR_CTL = "composite/xpostgresqlinstances.database.example.org"
    CL_CTL = "claim/xpostgresqlinstances.database.example.org"
    meta = {xr: (uuid4(r), r.randint(48100000, 48900000)) for _ns, _c, xr in XP_ALL}
    alive = {
        "orders-db-7xk2p": (T0, T_END),
        "preview-db-q4m9z": (T0, at(11, 20, 33)),
        "warehouse-db-h2w6c": (T0, T_END),
        "billing-db-n6t3d": (at(9, 0, 12), T_END),
    }
    bad = (at(8, 30, 6), at(8, 50, 40))
    creds = (at(10, 10, 3), at(10, 22, 30))
    creating = (at(9, 0, 12), at(9, 9, 40))

    def xr_fields(xr: str) -> list[tuple[str, object]]:
        uid, ver = meta[xr]
        return [
            ("controller", XR_CTL),
            ("request", f"/{xr}"),
            ("uid", uid),
            ("version", str(ver)),
            ("name", xr),
        ]

    def xr_reconcile(t: datetime, xr: str) -> tuple[datetime, float]:
        """Logs one XR reconcile, returns the time and the requeue delay it asks for (0: the poll)."""
        t = C(
            core_b,
            t,
            "DEBUG",
            "crossplane",
            "Reconciling",
            "Reconciling",
            [("controller", XR_CTL), ("request", f"/{xr}")],
        )
        meta[xr] = (meta[xr][0], meta[xr][1] + r.randint(0, 2))
        if bad[0] <= t < bad[1]:
            C(
                core_b,
                t + sec(r.uniform(0.05, 0.3)),
                "DEBUG",
                "crossplane",
                "cannot compose resources",
                "cannot compose resources",
                [
                    *xr_fields(xr),
                    (
                        "error",
                        'cannot run Composition pipeline step "patch-and-transform": pipeline step "patch-and-transform" returned a fatal result: cannot render composed resource "instance" #2: cannot apply the "FromCompositeFieldPath" patch at index 3: spec.parameters.engineVerison: no such field',
                    ),
                ],
            )
            return t, -1
        ids = []
        if xr == "billing-db-n6t3d" and creating[0] <= t < creating[1]:
            ids = [("instance", "ready")] + (
                [("subnet-group", "ready")] if t < creating[0] + sec(40) else []
            )
        if creds[0] <= t < creds[1]:
            ids = [(i, "valid") for i, _k, _c in XP_MR]
        for i, what in ids:
            t = C(
                core_b,
                t + sec(r.uniform(0.01, 0.2)),
                "DEBUG",
                "crossplane",
                f"Composed resource is not yet {what}",
                f"Composed resource is not yet {what}",
                [*xr_fields(xr), ("id", i)],
            )
        return t, (-1 if ids else 0)

    for _ns, _c, xr in XP_ALL:
        a, b = alive[xr]
        t = max(a, b_lead + sec(r.uniform(0.5, 3)))
        fails = 0
        while t < b:
            t, again = xr_reconcile(t, xr)
            if again < 0:
                fails += 1
                t += sec(min(2 ** (fails - 1), 60) + r.uniform(0, 0.5))
            else:
                fails = 0
                t += sec(60 + r.uniform(0, 0.8))
    # claims: reconciled when their XR changes
    for ns, claim, xr in XP_ALL:
        moments = [
            bad[0] + sec(r.uniform(0.5, 3)),
            bad[1] + sec(r.uniform(1, 3)),
            creds[0] + sec(r.uniform(5, 40)),
            creds[1] + sec(r.uniform(2, 30)),
        ]
        if xr == "billing-db-n6t3d":
            moments = [
                creating[0] - sec(0.4),
                creating[0] + sec(0.3),
                creating[0] + sec(41),
                creating[1] + sec(1.2),
                creds[0] + sec(r.uniform(5, 40)),
                creds[1] + sec(r.uniform(2, 30)),
            ]
        for m in moments:
            if alive[xr][0] - sec(1) <= m < alive[xr][1]:
                C(
                    core_b,
                    m,
                    "DEBUG",
                    "crossplane",
                    "Reconciling",
                    "Reconciling",
                    [("controller", CL_CTL), ("request", f"{ns}/{claim}")],
                )
    # team-b's preview database deleted at 11:20
    ns, claim, xr = XP_DB[1]
    td = at(11, 20, 30)
    C(
        core_b,
        td,
        "DEBUG",
        "crossplane",
        "Reconciling",
        "Reconciling",
        [("controller", CL_CTL), ("request", f"{ns}/{claim}")],
    )
    x = C(
        core_b,
        td + sec(3),
        "DEBUG",
        "crossplane",
        "Reconciling",
        "Reconciling",
        [("controller", XR_CTL), ("request", f"/{xr}")],
    )
    C(
        core_b,
        x + sec(0.3),
        "DEBUG",
        "crossplane",
        "Successfully deleted composite resource",
        "Successfully deleted composite resource",
        [*xr_fields(xr), ("deletion-timestamp", f"{td + sec(0.8):%Y-%m-%d %H:%M:%S} +0000 UTC")],
    )
    x = C(
        core_b,
        td + sec(4.5),
        "DEBUG",
        "crossplane",
        "Reconciling",
        "Reconciling",
        [("controller", CL_CTL), ("request", f"{ns}/{claim}")],
    )
    C(
        core_b,
        x + sec(0.2),
        "DEBUG",
        "crossplane",
        "Successfully deleted claim",
        "Successfully deleted claim",
        [
            ("controller", CL_CTL),
            ("request", f"{ns}/{claim}"),
            ("uid", uuid4(r)),
            ("version", str(r.randint(48100000, 48900000))),
            ("external-name", ""),
            ("composite-name", xr),
            ("deletion-timestamp", f"{td:%Y-%m-%d %H:%M:%S} +0000 UTC"),
        ],
    )
    C(
        core_b,
        x + sec(1.1),
        "DEBUG",
        "crossplane",
        "cannot get composite resource claim",
        "cannot get composite resource claim",
        [
            ("controller", CL_CTL),
            ("request", f"{ns}/{claim}"),
            ("error", f'PostgreSQLInstance.database.example.org "{claim}" not found'),
        ],
    )

    # -- the provider: every managed resource observed every ten minutes
    P = "provider-aws"
    updated: set[str] = set()

    def mr_fields(ctl: str, name: str, uid: str, ver: int) -> list[tuple[str, object]]:
        return [
            ("controller", ctl),
            ("request", f"/{name}"),
            ("uid", uid),
            ("version", str(ver)),
            ("external-name", name),
        ]

    for _ns, _c, xr in XP_ALL:
        a, b = alive[xr]
        for cid, kind, ctl in XP_MR:
            name = f"{xr}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
            uid, ver = uuid4(r), r.randint(48100000, 48900000)
            gvk = ctl.split("/", 1)[1].replace("kind=", "Kind=")
            t = T0 + sec(r.uniform(0, 600))
            if xr == "billing-db-n6t3d":
                t = a + sec(r.uniform(0.5, 2.5))
                x = C(
                    prov,
                    t,
                    "DEBUG",
                    P,
                    "Reconciling",
                    "Reconciling",
                    [("controller", ctl), ("request", f"/{name}")],
                )
                x = C(
                    prov,
                    x + sec(0.8),
                    "DEBUG",
                    P,
                    "Async create starting...",
                    "Async create starting...",
                    [("trackerUID", uid), ("resourceName", name), ("gvk", gvk)],
                )
                C(
                    prov,
                    x + sec(0.02),
                    "DEBUG",
                    P,
                    "Successfully requested creation of external resource",
                    "Successfully requested creation of external resource",
                    [*mr_fields(ctl, name, uid, ver), ("requeue-after", rfc3339(x + sec(600)))],
                )
                took = {"subnet-group": 38, "parameter-group": 11, "instance": 560}[cid]
                C(
                    prov,
                    x + sec(took + r.uniform(0, 5)),
                    "DEBUG",
                    P,
                    "Async create ended.",
                    "Async create ended.",
                    [("trackerUID", uid), ("resourceName", name), ("gvk", gvk), ("tfID", name)],
                )
                t = x + sec(took + 8)
            fails = 0
            while t < b:
                x = C(
                    prov,
                    t,
                    "DEBUG",
                    P,
                    "Reconciling",
                    "Reconciling",
                    [("controller", ctl), ("request", f"/{name}")],
                )
                if creds[0] <= t < creds[1]:
                    fails += 1
                    rid = (
                        "".join(r.choice("0123456789abcdef") for _ in range(8))
                        + "-"
                        + "-".join(
                            "".join(r.choice("0123456789abcdef") for _ in range(n))
                            for n in (4, 4, 4, 12)
                        )
                    )
                    C(
                        prov,
                        x + sec(r.uniform(0.3, 0.9)),
                        "DEBUG",
                        P,
                        "Cannot observe external resource",
                        "Cannot observe external resource",
                        [
                            *mr_fields(ctl, name, uid, ver),
                            (
                                "error",
                                f"observe failed: cannot run refresh: refresh failed: reading RDS DB {kind} ({name}): operation error RDS: Describe{'DBInstances' if kind == 'Instance' else 'DB' + kind + 's'}, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: {rid}, InvalidIdentityToken: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
                            ),
                        ],
                    )
                    t += sec(min(2 ** (fails - 1), 60) + r.uniform(0, 0.4))
                    continue
                fails = 0
                if (
                    cid == "parameter-group"
                    and at(11, 0, 40) <= t < at(11, 0, 40) + sec(600)
                    and xr != "preview-db-q4m9z"
                    and name not in updated
                ):
                    updated.add(name)
                    ver += 1
                    x = C(
                        prov,
                        x + sec(0.6),
                        "DEBUG",
                        P,
                        "Async update starting...",
                        "Async update starting...",
                        [("trackerUID", uid), ("resourceName", name), ("gvk", gvk)],
                    )
                    C(
                        prov,
                        x + sec(0.01),
                        "DEBUG",
                        P,
                        "Successfully requested update of external resource",
                        "Successfully requested update of external resource",
                        [*mr_fields(ctl, name, uid, ver), ("requeue-after", rfc3339(x + sec(600)))],
                    )
                    C(
                        prov,
                        x + sec(r.uniform(4, 9)),
                        "DEBUG",
                        P,
                        "Async update ended.",
                        "Async update ended.",
                        [("trackerUID", uid), ("resourceName", name), ("gvk", gvk), ("tfID", name)],
                    )
                else:
                    C(
                        prov,
                        x + sec(r.uniform(0.3, 1.2)),
                        "DEBUG",
                        P,
                        "External resource is up to date",
                        "External resource is up to date",
                        [*mr_fields(ctl, name, uid, ver), ("requeue-after", rfc3339(x + sec(600)))],
                    )
                t += sec(600 + r.uniform(0, 30))
            if b < T_END:
                x = C(
                    prov,
                    b + sec(r.uniform(0.5, 2)),
                    "DEBUG",
                    P,
                    "Reconciling",
                    "Reconciling",
                    [("controller", ctl), ("request", f"/{name}")],
                )
                x = C(
                    prov,
                    x + sec(0.7),
                    "DEBUG",
                    P,
                    "Async delete starting...",
                    "Async delete starting...",
                    [("trackerUID", uid), ("resourceName", name), ("gvk", gvk)],
                )
                C(
                    prov,
                    x + sec(0.01),
                    "DEBUG",
                    P,
                    "Successfully requested deletion of external resource",
                    "Successfully requested deletion of external resource",
                    [
                        *mr_fields(ctl, name, uid, ver),
                        ("deletion-timestamp", f"{b:%Y-%m-%d %H:%M:%S} +0000 UTC"),
                    ],
                )
                took = {"subnet-group": 6, "parameter-group": 4, "instance": 290}[cid]
                e = C(
                    prov,
                    x + sec(took + r.uniform(0, 4)),
                    "DEBUG",
                    P,
                    "Async delete ended.",
                    "Async delete ended.",
                    [("trackerUID", uid), ("resourceName", name), ("gvk", gvk), ("tfID", name)],
                )
                x = C(
                    prov,
                    e + sec(1.5),
                    "DEBUG",
                    P,
                    "Reconciling",
                    "Reconciling",
                    [("controller", ctl), ("request", f"/{name}")],
                )
                C(
                    prov,
                    x + sec(0.9),
                    "DEBUG",
                    P,
                    "Successfully deleted managed resource",
                    "Successfully deleted managed resource",
                    [
                        *mr_fields(ctl, name, uid, ver + 2),
                        ("deletion-timestamp", f"{b:%Y-%m-%d %H:%M:%S} +0000 UTC"),
                    ],
                )
    return fs.logs(T0)


SYSTEMS = {
    "keda": keda,
    "metallb": metallb,
    "kube-apiserver": kube_apiserver,
    "rook": rook,
    "crossplane": crossplane,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
