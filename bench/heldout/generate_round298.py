#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 298 (reloader, goldpinger, kubernetes-dashboard, vcluster,
capsule) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five Kubernetes add-ons of one company's EKS
cluster (`eu-west-1`, four worker nodes and a fifth the autoscaler adds 08:10-11:05), 06:00 to
12:00 UTC on 2025-06-06 (the dashboard 09:00 to 10:50); the control plane's upgrade 10:28-10:37
restarts its three API servers one after the other, and every system sees its watches end and its
lists refused while one is down.

- Stakater Reloader v1.4.2 (`reloader-7d9c5b6f4-2xkqp-previous.log`, `reloader-7d9c5b6f4-2xkqp.log`,
  `reloader-7d9c5b6f4-r8mzt.log`: `kubectl logs` of the two replicas in HA mode, `--previous` for
  the leader's first container; logrus's text layout `time="2025-06-06T07:04:18Z" level=info
  msg="Changes detected in 'orders-db-credentials' of type 'SECRET' in namespace 'orders'; updated
  'orders-api' of type 'Deployment' in namespace 'orders'"`, client-go's klog lines on the same
  stream). The Helm upgrade at 06:00 (`Environment: Kubernetes`, `Starting Reloader`, the
  KUBERNETES_NAMESPACE warning, `created controller for: %s`, the lease: `attempting to acquire
  leader lease %v...`, `new leader is %s` for the old pod then the new one, `successfully acquired
  lease %v`, `still the leader!`, `became leader, starting controllers`); the leader's reloads:
  Argo CD syncs of feature flags, search synonyms and the checkout config, an SMTP rotation, a
  certificate renewal, the hourly Vault rotation, and the ExternalSecrets whose template stamps the
  refresh time into the two database secrets, so that they change every minute 07:04-09:41 and
  restart four and five workloads each time (deployments, a stateful set, cron jobs); orders-api's
  `pause-period: 5m` (`Pausing Deployment '%s' in namespace '%s' for %s`, `Successfully resumed
  deployment '%s' in namespace '%s'`); checkout-bff's `pause-period: 10 minutes` until 11:10
  (`Failed to parse pause interval value '%s': time: unknown unit " minutes" in duration "10
  minutes"`, `Update for ... failed with error ...` and `Rolling upgrade for '%s' failed with error
  = ...`, five rate-limited retries each time); update conflicts (`Operation cannot be fulfilled
  on deployments.apps "%s": the object has been modified; ...`); in the control plane's upgrade the
  leader's reflectors (`watch of %v ended with: ...`, `failed to list %v: ...`, client-go 0.32's
  `"Unhandled Error" err="..."`), `error retrieving resource lock %v: ...`, `failed to renew lease
  %v: timed out waiting for the condition`, `no longer leader, shutting down`, the liveness probe
  restarting it as a follower and the other replica taking over (`Timer does not exist for already
  paused deployment '%s' ...`, `Pause period for deployment '%s' ... has expired. Resuming
  immediately`).
- Goldpinger v3.10.2 (`goldpinger-2h7kq.log`, `goldpinger-8xw4n.log`, `goldpinger-fz9tl.log`,
  `goldpinger-qm5rd.log`, `goldpinger-vb6jc.log`: `kubectl logs` of the DaemonSet's pods, zap's
  production JSON `{"level":"warn","ts":1749196203.4168062,"caller":"goldpinger/pinger.go:149",
  "msg":"Ping returned error","op":"pinger","name":"goldpinger-vb6jc",...,"responseTime":0.30121,
  "error":"Get \\"http://10.42.3.12:8080/ping\\": context deadline exceeded"}`). The rolling update
  to v3.10.2 at 06:02 (each new pod's `Goldpinger`, `Kubeconfig not specified, ...`, `--ping-number
  set to 0: pinging all pods`, `All good, starting serving the API`, go-swagger's `Serving
  goldpinger at http://[::]:8080`; the updater's `Starting pingers for new pods`, `Starting
  pinger`, `Deleting pod from pingers` as the old pods go, pings refused meanwhile); node c's
  network dropping packets 07:05-07:50; the autoscaler's node e at 08:10 (its pod listed without an
  IP: `Could not get client` with `Host or pod IP empty, can't make a call`), its security group
  blocking pod traffic until 09:40 (every ping from and to it times out: `Ping returned error`);
  someone opening the heat map (`Check returned error`, `Couldn't get a client for Check`); the
  control plane's upgrade (`Error getting pods for selector` with its stacktrace, then every pinger
  deleted and made again); node e removed at 11:05 (`Shutting down... `, `Stopped serving
  goldpinger at http://[::]:8080`).
- Kubernetes Dashboard v2.7.0 (`kubernetes-dashboard-6c7ccbcf87-8xvqj.log`: Go's standard logger
  `2025/06/06 09:03:55 [2025-06-06T09:03:55Z] Incoming HTTP/1.1 GET /api/v1/pod/payments?... request
  from 10.42.1.65:37151: {}`; `dashboard-metrics-scraper-5657497c4c-7bq2x.log`,
  `dashboard-metrics-scraper-7d6b5c8f9-m4kzp.log`: the scraper's logrus JSON and gorilla's combined
  access log), 09:00 to 10:50. The dashboard's start after the 09:00 node drain (`Starting
  overwatch`, `Using namespace: %s`, the CSRF and JWE key lines, the key holder's synchronizer,
  `Creating in-cluster Sidecar client`, certificates, `Serving securely on HTTPS port: %d`, `Metric
  client health check failed: ... Retrying in 30 seconds.` until the scraper is up, `Successful
  request to sidecar`); the users' requests behind ingress-nginx (each an `Incoming` record, the
  handler's `Getting list of all pods in the cluster`, `Getting pod metrics`, `Getting list of all
  deployments in the cluster`, `Getting details of %s deployment in %s namespace`, `Getting list of
  namespaces`, and an `Outcoming response to %s with %d status code` record): an expired token,
  pod lists left open with the UI refreshing every 5 seconds, a namespaced user opening all
  namespaces (`Non-critical error occurred during resource retrieval: pods is forbidden: ...`), a
  YAML edit whose JSON body the `Incoming` record prints over 71 lines, a release script posting
  deployments without the CSRF header (`CSRF validation failed`, 401), an empty namespace
  (`Skipping metric because of error: Metric label not set.`), 500s in the control plane's
  upgrade, the key holder's watch ending (`Synchronizer %s exited with error: %s watch ended with
  timeout`, `Restarting synchronizer: %s.`); the scrapers' kubelet probes every 10 s, the
  dashboard's metric queries through the API server's proxy, `Database updated: %d nodes, %d pods`
  every minute, metrics-server restarted 09:44-09:48 (`Error scraping node metrics: ...`), the
  scraper's roll at 10:10 (`Kubernetes host: %s`, `Namespace(s): %s`).
- vcluster v0.12.1 (`vcluster-team-a-syncer.log`, `vcluster-team-b-syncer.log`,
  `vcluster-ci-4812-syncer.log`: `kubectl logs -c syncer` of three virtual clusters, klog's
  `I0606 06:30:02.283998       1 namespaced_translator.go:64] pod: shop-web-qzvgpt4jv2-kxh2g: create
  physical pod vcluster-team-b/shop-web-qzvgpt4jv2-kxh2g-x-storefront-x-team-b`, loghelper's `kind:
  name: ` before the message). team-a (fake nodes): roll-outs (`create physical %s %s/%s`, `bind
  virtual pod %s/%s to node %s, because ...`, `delete physical pod %s/%s, because virtual pod is
  being deleted`, `create virtual fake node %s, because pod %s/%s uses it ...` for node e), config
  edits (`updating physical %s/%s, because virtual %s have changed`), the hourly report job over
  the host namespace's memory quota 08:15-08:50 (`error syncing pod %s/%s to physical cluster:
  pods "%s" is forbidden: exceeded quota: ...` and the logr adapter's `Reconciler error`, with
  controller-runtime's back-off); team-b (real nodes synced, a read-only root file system):
  `Failed to create /root/.kube folder for writing kube config: mkdir /root/.kube: permission
  denied ; ...` every minute, `update virtual node %s, because status has changed`, its ingress
  refused by the host's ingress-nginx webhook 09:30-10:15 (`... admission webhook %q denied the
  request: host %q and path %q is already defined in ingress %s/%s`); ci-4812 made by the nightly
  pipeline at 06:58 (`couldn't retrieve virtual cluster version (...), will retry in 1 seconds`,
  `Start %s sync controller`, `Starting EventSource`, `Starting Controller`, `Starting workers`),
  test suites creating config maps, secrets, services and pods until 09:06; node b drained at 09:00
  (`delete virtual pod %s/%s, because the physical pod is being deleted`); client-go 0.24's
  reflector lines in the control plane's upgrade.
- Capsule v0.7.2, then v0.7.3 (`capsule-controller-manager-6f9d8c7b5-k2x4p.log`,
  `capsule-controller-manager-75b4c9d6f8-t7wqn.log`: `kubectl logs` of the old and the new pod,
  controller-runtime's zap JSON with ISO 8601 times, `{"level":"info","ts":"2025-06-06T06:00:05.412Z",
  "logger":"controllers.Tenant","msg":"Starting processing of Namespaces","Request.Name":"solar",
  "items":2}`, klog lines for the lease and the reflectors). Five tenants reconciled whenever
  their namespaces' quota usage changes (the nine steps from `Ensuring limit resources count is
  updated` to `Tenant reconciling completed`); the tenant-scoped quota of `solar` conflicting
  (`Cannot update outer ResourceQuotas`, `cannot proceed with outer ResourceQuota`, `Cannot sync
  ResourceQuota items`, `Reconciler error`), status updates conflicting (`Cannot update Tenant
  status`); the upgrade at 09:47 (the new pod's `starting manager`, metrics, health probe and
  webhook servers, `Registering webhook` for twelve paths, the lease, `Starting EventSource`,
  `Starting Controller`, `Starting workers`; the old pod's controller-runtime shutdown lines);
  status updates refused in the control plane's upgrade with the reflectors' lines and a late lease
  renewal; tenant sandbox-42 deleted at 10:50 (`Request object not found, could have been deleted
  after reconcile request`).

Label notes. The heads are context: logrus's `time= level= msg=` and the quoting of msg, klog's
`I0606 06:00:01.123456       1 file.go:123] ` header, zap's and controller-runtime's JSON keys
other than `msg` (the fields a logger adds or a call passes, `error` and `stacktrace` included, as
the set's etcd and metrics-server lines), the scraper's logrus JSON keys, Go's `2025/06/06
09:00:14 ` prefix, and vcluster's loghelper `kind: name: ` prefix and its logr adapter's
`controller %s controllerGroup %s controllerKind %s: ` head (a klog structured line's key=value
pairs are context: `"Unhandled Error" err="..."` is `Unhandled Error`). An error text inside a
message contributes its own format (Go's `time: unknown unit %q in duration %q`, the API's
conflict and quota texts, the ingress webhook's denial, `Get %q: dial tcp %s: connect: connection
refused`). The dashboard's `Incoming` line is a request record, labelled by method and route (ids
and namespaces variables, the query string's values variables); its `Outcoming` line names no
route and is labelled by its format. The scraper's access lines are request records too (the
pod-list's comma-joined names a variable). Reloader's resource and workload types (`SECRET`,
`CONFIGMAP`, `Deployment`, `CronJob`) are values.

Checked against copies of the sources: Reloader's handler/upgrade.go (`Changes detected in '%s'
... ; updated '%s' ...`, `Update for '%s' of type '%s' in namespace '%s' failed with error %v`,
`Rolling upgrade for '%s' failed with error = %v`), handler/pause_deployment.go (the pause,
resume and missing-timer lines), cmd/reloader.go (`Starting Reloader`, the KUBERNETES_NAMESPACE
warning) and leadership.go (`became leader, starting controllers`, `no longer leader, shutting
down`, `still the leader!`, `new leader is %s`), and a v1.4 start-up quoted in an issue
(`Environment: Kubernetes`, `created controller for: %s`, the lease lines); Goldpinger's
cmd/goldpinger/main.go, pinger.go, updater.go, client.go and k8s.go (every message and its
fields); the dashboard's handler/filter.go (the request and response records, `{}` and `{
contents hidden }`) and start-ups, health-check failures and request records quoted in issues; the
scraper's JSON and access lines quoted in issues; vcluster's pod syncer and namespaced translator
messages (`create physical %s %s/%s`, `updating physical %s/%s, because virtual %s have changed`,
`error syncing %s %s/%s to physical cluster: %v`, the pod and fake-node lines, `update virtual node
%s, because status has changed`), and 0.10-0.12 syncer logs quoted in issues (the kubeconfig line,
`Start %s sync controller`, the logr adapter's `controller %s controllerGroup %s controllerKind
%s: Starting EventSource ...`); Capsule's controllers/tenant/manager.go and resourcequotas.go.

Least sure (written from the helper's knowledge): Reloader's pause lines at info before the
`Changes detected` line and the requeue count; go-swagger's `Shutting down... ` and `Stopped
serving goldpinger at http://%s`; the dashboard's `Getting list of all pods in the cluster`,
`Getting pod metrics` on every pod list, `Skipping metric because of error: Metric label not set.`
for an empty namespace, the synchronizer's `... watch ended with timeout` and `Restarting
synchronizer: %s.`, `CSRF validation failed` printed before the 401, `{}` for a GET's empty body,
the scraper's `Namespace(s): %s` and `Error scraping node metrics: %s` in place of the minute's
update; vcluster's logr adapter rendering `Reconciler error` with its key-value pairs, `couldn't
retrieve virtual cluster version (...), will retry in 1 seconds`, the loghelper prefix with the
name alone, `delete virtual pod ..., because the physical pod is being deleted`; Capsule's
`starting manager`, `Registering webhook` paths and the order of the controller-runtime start-up
and shutdown lines (v0.19), `Request.Name` as the tenant's key.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec

SEC = 1_000_000
MS = 1_000
US = 1

DAY = datetime(2025, 6, 6, tzinfo=UTC)


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2025-06-06 (UTC), the day every system of the round runs."""
    return DAY + timedelta(hours=h, minutes=m) + sec(s)


T0, T_END = at(6, 0), at(12, 0)

# The host cluster's control plane is upgraded 10:28-10:37: its three API servers restart one
# after the other, and while one is down the clients connected to it lose their watches and
# some requests fail (every system of the round sees it).
API_DOWN = [
    (at(10, 28, 10), at(10, 29, 40)),
    (at(10, 31, 5), at(10, 32, 30)),
    (at(10, 35, 10), at(10, 36, 40)),
]
KUBE_API = "10.96.0.1:443"
WATCH_LOST = 'an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding'
CONFLICT = (
    "the object has been modified; please apply your changes to the latest version and try again"
)


def in_any(t: datetime, spans: list[tuple[datetime, datetime]]) -> bool:
    return any(a <= t < b for a, b in spans)


def times(
    r: random.Random, t0: datetime, t1: datetime, mean: float, lo: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1, exponential gaps of `mean` seconds (at least `lo`)."""
    out, t = [], t0
    while True:
        t += sec(lo + r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1, `period` seconds apart plus up to `jitter` seconds."""
    out, t = [], t0
    while t < t1:
        out.append(t)
        t += sec(period + r.uniform(0, jitter))
    return out


def go_quote(s: str) -> str:
    """Go's %q of an ASCII string, as logrus writes a quoted value."""
    return (
        '"'
        + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        + '"'
    )


def go_dur(x: float) -> str:
    """Go's Duration.String() of `x` seconds (nanosecond precision, trailing zeros trimmed)."""
    m, s = divmod(round(x * 1e9), 60 * 10**9)
    frac = f"{s / 1e9:.9f}".rstrip("0").rstrip(".")
    return f"{m}m{frac}s" if m else f"{frac}s"


def klog(t: datetime, lvl: str, src: str, msg: str) -> str:
    """klog's text header: `I0606 06:00:01.123456       1 file.go:123] msg`."""
    return f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d}       1 {src}] {msg}"


def logrus_text(t: datetime, level: str, msg: str) -> str:
    return f'time="{t:%Y-%m-%dT%H:%M:%SZ}" level={level} msg={go_quote(msg)}'


def jdump(d: dict[str, object]) -> str:
    return json.dumps(d, separators=(",", ":"))


class RV:
    """A cluster's resourceVersion counter: each read is later than the last."""

    def __init__(self, r: random.Random, start: int) -> None:
        self.r = r
        self.n = start

    def __call__(self, t: datetime) -> str:
        self.n += self.r.randrange(40, 400)
        return str(self.n + int((t - T0).total_seconds()) * 37)


def pod_suffix(r: random.Random) -> str:
    return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))


def rs_hash(r: random.Random) -> str:
    return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(r.choice([9, 10])))


# ----------------------------------------------------------------------------------- reloader

RL_LOCK = "reloader/stakater-reloader-lock"
RL_OLD = "reloader-6b8f9d7c5-q9lzn"
RL_A = "reloader-7d9c5b6f4-2xkqp"
RL_B = "reloader-7d9c5b6f4-r8mzt"
RL_CLIENTGO = "pkg/mod/k8s.io/client-go@v0.32.3/tools/cache/reflector.go:251"

# (namespace, resource, type, [(workload, kind)]) in the order Reloader lists them: deployments
# by name, then cron jobs, daemon sets, stateful sets.
RL_SOURCES = {
    "orders-db": (
        "orders",
        "orders-db-credentials",
        "SECRET",
        [
            ("orders-api", "Deployment"),
            ("orders-outbox", "Deployment"),
            ("orders-worker", "Deployment"),
            ("orders-reconcile", "CronJob"),
        ],
    ),
    "payments-db": (
        "payments",
        "payments-db-credentials",
        "SECRET",
        [
            ("payments-api", "Deployment"),
            ("payments-fraud-scorer", "Deployment"),
            ("payments-webhooks", "Deployment"),
            ("payments-settlement", "CronJob"),
            ("payments-ledger", "StatefulSet"),
        ],
    ),
    "catalog-flags": (
        "catalog",
        "catalog-feature-flags",
        "CONFIGMAP",
        [("catalog-api", "Deployment"), ("catalog-indexer", "Deployment")],
    ),
    "checkout": (
        "checkout",
        "checkout-config",
        "CONFIGMAP",
        [("checkout-bff", "Deployment"), ("checkout-web", "Deployment")],
    ),
    "search": (
        "search",
        "search-synonyms",
        "CONFIGMAP",
        [("search-api", "Deployment"), ("search-query-router", "Deployment")],
    ),
    "blackbox": (
        "monitoring",
        "blackbox-exporter-config",
        "CONFIGMAP",
        [("blackbox-exporter", "Deployment")],
    ),
    "oauth2": ("identity", "oauth2-proxy-config", "CONFIGMAP", [("oauth2-proxy", "Deployment")]),
    "smtp": (
        "notifications",
        "smtp-relay-credentials",
        "SECRET",
        [("notifications-mailer", "Deployment"), ("notifications-digest", "CronJob")],
    ),
    "tls": (
        "ingress-nginx",
        "wildcard-shop-example-com-tls",
        "SECRET",
        [("ingress-nginx-controller", "DaemonSet")],
    ),
}
RL_PAUSE = {"orders-api": 300.0}  # deployment.reloader.stakater.com/pause-period: 5m
RL_BAD_PAUSE = ("checkout-bff", "10 minutes")  # until 11:10, when it is fixed to 10m

CHANGES = "Changes detected in '%s' of type '%s' in namespace '%s'; updated '%s' of type '%s' in namespace '%s'"
UPDATE_FAILED = "Update for '%s' of type '%s' in namespace '%s' failed with error "
ROLLING_FAILED = "Rolling upgrade for '%s' failed with error = "
CONFLICT_FMT = "Operation cannot be fulfilled on %s %q: " + CONFLICT


def reloader(r: random.Random) -> list[Log]:
    """Stakater Reloader v1.4.2 in HA, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    leader_until = at(10, 31, 41)  # RL_A loses its lease in the control plane's upgrade
    a_restart = at(10, 32, 19)  # liveness probe failed three times: the container restarts

    def fname(pod: str, t: datetime) -> str:
        if pod == RL_A and t < a_restart:
            return f"{pod}-previous.log"
        return f"{pod}.log"

    def L(pod: str, t: datetime, label: str, level: str, msg: str) -> datetime:
        return fs.add(
            fname(pod, t),
            t,
            label,
            lambda x: [logrus_text(x, level, msg)],
            (pod, t >= a_restart),
            SEC,
        )

    def K(pod: str, t: datetime, label: str, lvl: str, src: str, msg: str) -> datetime:
        return fs.add(
            fname(pod, t),
            t,
            label,
            lambda x: [klog(x, lvl, src, msg)],
            (pod, t >= a_restart, "k"),
            US,
        )

    def startup(pod: str, t: datetime) -> datetime:
        t = L(pod, t, "Environment: Kubernetes", "info", "Environment: Kubernetes")
        t = L(pod, t + sec(0.01), "Starting Reloader", "info", "Starting Reloader")
        t = L(
            pod,
            t,
            "KUBERNETES_NAMESPACE is unset, will detect changes in all namespaces.",
            "warning",
            "KUBERNETES_NAMESPACE is unset, will detect changes in all namespaces.",
        )
        for res in ("configMaps", "secrets"):
            t = L(
                pod,
                t + sec(0.02),
                "created controller for: %s",
                "info",
                f"created controller for: {res}",
            )
        return K(
            pod,
            t + sec(r.uniform(0.05, 0.3)),
            "attempting to acquire leader lease %v...",
            "I",
            "leaderelection.go:257",
            f"attempting to acquire leader lease {RL_LOCK}...",
        )

    def acquired(pod: str, t: datetime) -> datetime:
        t = K(
            pod,
            t,
            "successfully acquired lease %v",
            "I",
            "leaderelection.go:271",
            f"successfully acquired lease {RL_LOCK}",
        )
        t = L(pod, t + sec(0.001), "still the leader!", "info", "still the leader!")
        return L(
            pod,
            t + sec(0.001),
            "became leader, starting controllers",
            "info",
            "became leader, starting controllers",
        )

    def new_leader(pod: str, t: datetime, who: str) -> datetime:
        return L(pod, t, "new leader is %s", "info", f"new leader is {who}")

    # the Helm upgrade to v1.4.2 at 06:00:20: RL_A first, then RL_B; the old pods' lease expires
    t = startup(RL_A, at(6, 0, 24.3))
    new_leader(RL_A, t + sec(0.02), RL_OLD)
    acquired(RL_A, at(6, 0, 58.7) + sec(r.uniform(0, 0.09)))
    t = startup(RL_B, at(6, 0, 41.9))
    new_leader(RL_B, t + sec(0.03), RL_OLD)
    new_leader(RL_B, at(6, 1, 0.4), RL_A)

    def leader_at(t: datetime) -> str | None:
        if at(6, 0, 59) <= t < leader_until:
            return RL_A
        if t >= at(10, 31, 58):
            return RL_B
        return None

    paused: dict[str, tuple[datetime, str, bool]] = {}
    rv = RV(r, 48_113_000)
    bad_fixed = at(11, 10, 12)

    def changes(
        pod: str, t: datetime, src: tuple[str, str, str, list[tuple[str, str]]], wl: str, kind: str
    ) -> datetime:
        ns, name, typ, _ = src
        return L(
            pod,
            t,
            CHANGES,
            "info",
            f"Changes detected in '{name}' of type '{typ}' in namespace '{ns}'; updated '{wl}' of type '{kind}' in namespace '{ns}'",
        )

    def failed(
        pod: str, t: datetime, ns: str, name: str, wl: str, kind: str, err_label: str, err: str
    ) -> datetime:
        t = L(
            pod,
            t,
            UPDATE_FAILED + err_label,
            "error",
            f"Update for '{wl}' of type '{kind}' in namespace '{ns}' failed with error {err}",
        )
        return L(
            pod,
            t + sec(0.001),
            ROLLING_FAILED + err_label,
            "error",
            f"Rolling upgrade for '{name}' failed with error = {err}",
        )

    def resume(pod: str, t: datetime, wl: str, ns: str) -> None:
        L(
            pod,
            t,
            "Successfully resumed deployment '%s' in namespace '%s'",
            "info",
            f"Successfully resumed deployment '{wl}' in namespace '{ns}'",
        )

    def change(key: str, t: datetime, attempt: int = 0) -> None:
        pod = leader_at(t)
        if pod is None:
            return
        src = RL_SOURCES[key]
        ns, name, _, wls = src
        t += sec(r.uniform(0.05, 0.6))
        for wl, kind in wls:
            if wl == RL_BAD_PAUSE[0] and t < bad_fixed:
                val = RL_BAD_PAUSE[1]
                unit = val.lstrip("0123456789")
                t = L(
                    pod,
                    t,
                    "Failed to parse pause interval value '%s': time: unknown unit %q in duration %q",
                    "warning",
                    f'Failed to parse pause interval value \'{val}\': time: unknown unit "{unit}" in duration "{val}"',
                )
                failed(
                    pod,
                    t + sec(0.001),
                    ns,
                    name,
                    wl,
                    kind,
                    "time: unknown unit %q in duration %q",
                    f'time: unknown unit "{unit}" in duration "{val}"',
                )
                if attempt < 5:  # the work queue's rate-limited retries
                    change(key, t + sec(0.005 * 2**attempt), attempt + 1)
                return
            if wl in RL_PAUSE or (wl == RL_BAD_PAUSE[0] and t >= bad_fixed):
                period = RL_PAUSE.get(wl, 600.0)
                st = paused.get(wl)  # (until, the pod holding its timer, whether the timer fires)
                if st is None or (st[2] and st[0] <= t):
                    t = L(
                        pod,
                        t,
                        "Pausing Deployment '%s' in namespace '%s' for %s",
                        "info",
                        f"Pausing Deployment '{wl}' in namespace '{ns}' for {go_dur(period)}",
                    )
                    due = t + sec(period + r.uniform(0.01, 0.4))
                    fires = leader_at(due) == pod  # else the timer dies with the pod
                    if fires:
                        resume(pod, due, wl, ns)
                    paused[wl] = (due, pod, fires)
                elif st[1] != pod:
                    t = L(
                        pod,
                        t,
                        "Timer does not exist for already paused deployment '%s' in namespace '%s', creating new one",
                        "warning",
                        f"Timer does not exist for already paused deployment '{wl}' in namespace '{ns}', creating new one",
                    )
                    if st[0] <= t:
                        t = L(
                            pod,
                            t + sec(0.002),
                            "Pause period for deployment '%s' in namespace '%s' has expired. Resuming immediately",
                            "info",
                            f"Pause period for deployment '{wl}' in namespace '{ns}' has expired. Resuming immediately",
                        )
                        resume(pod, t + sec(0.05), wl, ns)
                        paused.pop(wl)
                    else:
                        left = (st[0] - t).total_seconds()
                        t = L(
                            pod,
                            t + sec(0.002),
                            "Creating missing timer for already paused deployment '%s' in namespace '%s' with remaining time %s",
                            "info",
                            f"Creating missing timer for already paused deployment '{wl}' in namespace '{ns}' with remaining time {go_dur(left)}",
                        )
                        fires = leader_at(st[0]) == pod
                        if fires:
                            resume(pod, st[0], wl, ns)
                        paused[wl] = (st[0], pod, fires)
            if kind in ("Deployment", "StatefulSet") and r.random() < 0.03:
                res = "deployments.apps" if kind == "Deployment" else "statefulsets.apps"
                failed(
                    pod,
                    t,
                    ns,
                    name,
                    wl,
                    kind,
                    CONFLICT_FMT,
                    f'Operation cannot be fulfilled on {res} "{wl}": {CONFLICT}',
                )
                change_one(key, t + sec(r.uniform(0.01, 0.09)), wl, kind)
                return
            t = changes(pod, t + sec(r.uniform(0.02, 0.25)), src, wl, kind)

    def change_one(key: str, t: datetime, wl: str, kind: str) -> None:
        """A requeued change after a conflict: the workloads before `wl` are up to date."""
        pod = leader_at(t)
        if pod is None:
            return
        src = RL_SOURCES[key]
        seen = False
        for w, k in src[3]:
            seen = seen or w == wl
            if seen:
                t = changes(pod, t + sec(r.uniform(0.02, 0.2)), src, w, k)

    # the ExternalSecrets' template stamps the refresh time into the two database secrets: they
    # change at every refresh (1m) from 07:04 until the template is fixed at 09:41
    for key, off in (("orders-db", 17.0), ("payments-db", 43.0)):
        t = at(7, 4, off)
        while t < at(9, 41):
            change(key, t)
            t += sec(60 + r.uniform(0.0, 0.9))
    # the rest: Argo CD syncs, rotations, renewals
    for t in times(r, at(6, 8), T_END, 900):
        change("catalog-flags", t)
    for t in every(r, at(6, 31, 12), T_END, 3600, 20):
        change("search", t)
    for t in (at(6, 47, 3), at(8, 22, 41), at(9, 58, 10), at(10, 44, 33), at(11, 26, 5)):
        change("checkout", t)
    for t in (at(7, 55, 20), at(10, 12, 48)):
        change("blackbox", t)
    change("oauth2", at(9, 13, 37))
    change("smtp", at(8, 2, 9))
    change("tls", at(8, 44, 51))
    # the hourly Vault rotation of the orders credentials after the fix
    change("orders-db", at(10, 29, 2))
    change("orders-db", at(10, 52, 30))
    change("orders-db", at(11, 52, 44))

    # the control plane's upgrade: the leader's watches end and its lists are refused while one
    # API server is down; RL_A cannot renew its lease in time and steps down
    for pod, t0, t1 in ((RL_A, at(10, 28), leader_until), (RL_B, at(10, 31, 58), at(10, 37))):
        for a, b in API_DOWN:
            if not (t0 <= a < t1):
                continue
            for typ, path in (("*v1.Secret", "secrets"), ("*v1.ConfigMap", "configmaps")):
                t = a + sec(r.uniform(0.1, 2.0))
                url = f"https://{KUBE_API}/api/v1/{path}?resourceVersion={rv(a)}"
                K(
                    pod,
                    t,
                    "%s: watch of %v ended with: " + WATCH_LOST,
                    "W",
                    "reflector.go:492",
                    f"{RL_CLIENTGO}: watch of {typ} ended with: {WATCH_LOST}",
                )
                t += sec(r.uniform(0.5, 1.5))
                while t < b and t < t1:
                    K(
                        pod,
                        t,
                        "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                        "W",
                        "reflector.go:569",
                        f'{RL_CLIENTGO}: failed to list {typ}: Get "{url}": dial tcp {KUBE_API}: connect: connection refused',
                    )
                    K(
                        pod,
                        t + sec(0.0004),
                        "Unhandled Error",
                        "E",
                        "reflector.go:166",
                        f'"Unhandled Error" err="{RL_CLIENTGO}: Failed to watch {typ}: failed to list {typ}: Get \\"{url}\\": dial tcp {KUBE_API}: connect: connection refused" logger="UnhandledError"',
                    )
                    t += sec(r.uniform(0.8, 1.6) * 2 ** min(5, (t - a).total_seconds() // 5))
    lease_url = f"https://{KUBE_API}/apis/coordination.k8s.io/v1/namespaces/reloader/leases/stakater-reloader-lock?timeout=5s"
    for pod, t in ((RL_A, at(10, 31, 26.6)), (RL_A, at(10, 31, 33.9)), (RL_B, at(10, 31, 36.2))):
        t += sec(r.uniform(0, 0.09))
        K(
            pod,
            t,
            "error retrieving resource lock %v: Get %q: context deadline exceeded",
            "E",
            "leaderelection.go:436",
            f'error retrieving resource lock {RL_LOCK}: Get "{lease_url}": context deadline exceeded',
        )
    K(
        RL_A,
        leader_until + sec(0.013751),
        "failed to renew lease %v: timed out waiting for the condition",
        "I",
        "leaderelection.go:297",
        f"failed to renew lease {RL_LOCK}: timed out waiting for the condition",
    )
    L(
        RL_A,
        leader_until + sec(0.001),
        "no longer leader, shutting down",
        "info",
        "no longer leader, shutting down",
    )
    acquired(RL_B, at(10, 31, 57.5) + sec(r.uniform(0, 0.09)))
    t = startup(RL_A, a_restart + sec(1.2))
    new_leader(RL_A, t + sec(0.02), RL_B)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- goldpinger

GP_VERSION, GP_BUILD = "v3.10.2", "Tue Feb 11 14:22:05 UTC 2025"
GP_SELECTOR = "app.kubernetes.io/name=goldpinger"
GP_STACK = "github.com/bloomberg/goldpinger/v3/pkg/goldpinger.GetAllPods\n\t/w/pkg/goldpinger/k8s.go:113\ngithub.com/bloomberg/goldpinger/v3/pkg/goldpinger.SelectPods\n\t/w/pkg/goldpinger/pod_selecter.go:62\ngithub.com/bloomberg/goldpinger/v3/pkg/goldpinger.updatePingers\n\t/w/pkg/goldpinger/updater.go:58"


class GPod:
    def __init__(
        self,
        name: str,
        node: str,
        host_ip: str,
        pod_ip: str,
        created: datetime,
        ready: datetime,
        gone: datetime,
        stop: datetime | None = None,
    ) -> None:
        self.name = name
        self.node = node
        self.host_ip = host_ip
        self.pod_ip = pod_ip
        self.created = created  # listed by the API from here on (no IP yet)
        self.ready = ready  # IP assigned, container started, serving
        self.stop = stop or gone  # SIGTERM: no longer serving
        self.gone = gone  # no longer listed


def goldpinger(r: random.Random) -> list[Log]:
    """Goldpinger v3.10.2 on four EKS nodes and one the autoscaler adds (see the docstring)."""
    fs = Files()
    far = at(13, 0)
    nodes = {
        "a": ("ip-10-42-1-17.eu-west-1.compute.internal", "10.42.1.17"),
        "b": ("ip-10-42-2-204.eu-west-1.compute.internal", "10.42.2.204"),
        "c": ("ip-10-42-3-56.eu-west-1.compute.internal", "10.42.3.56"),
        "d": ("ip-10-42-1-203.eu-west-1.compute.internal", "10.42.1.203"),
        "e": ("ip-10-42-3-91.eu-west-1.compute.internal", "10.42.3.91"),
    }
    # the DaemonSet's rolling update to v3.10.2 at 06:02 (one node at a time), then node e
    old = {
        "a": ("goldpinger-9tq4w", "10.42.1.141", at(6, 2, 1.2)),
        "b": ("goldpinger-l7mzk", "10.42.2.66", at(6, 3, 6.8)),
        "c": ("goldpinger-c2vxp", "10.42.3.201", at(6, 4, 9.1)),
        "d": ("goldpinger-hr8dn", "10.42.1.19", at(6, 5, 15.5)),
    }
    new = {
        "a": ("goldpinger-2h7kq", "10.42.1.88"),
        "b": ("goldpinger-8xw4n", "10.42.2.31"),
        "c": ("goldpinger-fz9tl", "10.42.3.140"),
        "d": ("goldpinger-qm5rd", "10.42.1.47"),
    }
    pods: list[GPod] = []
    mine: list[GPod] = []  # the pods whose logs are the files
    for k, (name, ip, stop) in old.items():
        node, hip = nodes[k]
        pods.append(
            GPod(name, node, hip, ip, at(5, 0), at(5, 0), stop + sec(r.uniform(1.0, 1.6)), stop)
        )
        nname, nip = new[k]
        created = stop + sec(r.uniform(1.7, 2.4))
        p = GPod(nname, node, hip, nip, created, created + sec(r.uniform(2.2, 4.0)), far)
        pods.append(p)
        mine.append(p)
    e = GPod(
        "goldpinger-vb6jc",
        nodes["e"][0],
        nodes["e"][1],
        "10.42.3.12",
        at(8, 10, 12.4),
        at(8, 10, 33.9),
        at(11, 5, 24.1),
        at(11, 5, 20.6),
    )
    pods.append(e)
    mine.append(e)
    flaky = (at(7, 5, 10), at(7, 50, 40))  # node c's ENI drops packets
    sg_block = (at(8, 10, 30), at(9, 40, 5))  # node e's security group blocks pod traffic

    def ok(src: GPod, dst: GPod, t: datetime) -> str | None:
        """None when a ping from src to dst at t succeeds, else the error."""
        url = f'Get "http://{dst.pod_ip}:8080/ping"'
        if t >= dst.stop:
            return f"{url}: dial tcp {dst.pod_ip}:8080: connect: connection refused"
        if src is not dst and (src is e or dst is e) and sg_block[0] <= t < sg_block[1]:
            return f"{url}: context deadline exceeded"
        if (
            src is not dst
            and (src.node == nodes["c"][0] or dst.node == nodes["c"][0])
            and flaky[0] <= t < flaky[1]
            and r.random() < 0.55
        ):
            return f"{url}: context deadline exceeded"
        return None

    def J(
        p: GPod,
        t: datetime,
        label: str,
        level: str,
        caller: str,
        fields: dict[str, object],
        msg: str | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = float(f"{x.timestamp():.7f}")
            return [
                jdump({"level": level, "ts": ts, "caller": caller, "msg": msg or label, **fields})
            ]

        return fs.add(f"{p.name}.log", t, label, text, p.name, US)

    for p in mine:
        t = J(
            p,
            p.ready + sec(0.004),
            "Goldpinger",
            "info",
            "goldpinger/main.go:59",
            {"version": GP_VERSION, "build": GP_BUILD},
        )
        t = J(
            p,
            t + sec(0.0009),
            "Kubeconfig not specified, trying to use in cluster config",
            "info",
            "goldpinger/main.go:97",
            {},
        )
        t = J(
            p,
            t + sec(0.0004),
            "--ping-number set to 0: pinging all pods",
            "info",
            "goldpinger/main.go:123",
            {},
        )
        t = J(
            p,
            t + sec(0.021),
            "All good, starting serving the API",
            "info",
            "goldpinger/main.go:130",
            {},
        )
        J(
            p,
            t + sec(0.0012),
            "Serving goldpinger at http://%s",
            "info",
            "restapi/server.go:201",
            {},
            "Serving goldpinger at http://[::]:8080",
        )
        if p.stop < far:  # SIGTERM: go-swagger's handleInterrupt, then the listener's goroutine
            J(p, p.stop, "Shutting down... ", "info", "restapi/server.go:428", {})
            J(
                p,
                p.stop + sec(0.0008),
                "Stopped serving goldpinger at http://%s",
                "info",
                "restapi/server.go:205",
                {},
                "Stopped serving goldpinger at http://[::]:8080",
            )

        # the updater: every 30s it lists the pods and starts and stops pingers; each pinger
        # pings its pod every 30s (jitter 0.05) from its initial wait until it is deleted
        existing: dict[str, tuple[GPod, str]] = {}
        live: dict[str, list[object]] = {}  # name -> [pod, ip, first ping, stopped]
        runs: list[list[object]] = []
        tick = t + sec(0.03)
        while tick < p.stop:
            if in_any(tick, API_DOWN) and r.random() < 0.5:
                err = f'Get "https://{KUBE_API}/api/v1/namespaces/goldpinger/pods?labelSelector=app.kubernetes.io%2Fname%3Dgoldpinger": dial tcp {KUBE_API}: connect: connection refused'
                tick = J(
                    p,
                    tick,
                    "Error getting pods for selector",
                    "error",
                    "goldpinger/k8s.go:113",
                    {"selector": GP_SELECTOR, "error": err, "stacktrace": GP_STACK},
                )
                latest: dict[str, tuple[GPod, str]] = {}
            else:
                latest = {
                    q.name: (q, q.pod_ip if tick >= q.ready else "")
                    for q in pods
                    if q.created <= tick < q.gone
                }
            for n, (q, ip) in existing.items():
                if n in latest and latest[n][1] == ip:
                    continue
                tick = J(
                    p,
                    tick + sec(0.00005),
                    "Deleting pod from pingers",
                    "info",
                    "goldpinger/updater.go:124",
                    {"name": n, "podIP": ip, "hostIP": q.host_ip},
                )
                live.pop(n)[3] = tick
            fresh = {n: v for n, v in latest.items() if n not in existing or existing[n][1] != v[1]}
            if fresh:
                wait = 30.0 / len(fresh)
                tick = J(
                    p,
                    tick + sec(0.00004),
                    "Starting pingers for new pods",
                    "info",
                    "goldpinger/updater.go:102",
                    {
                        "numNewPods": len(fresh),
                        "refreshPeriod": 30,
                        "waitPeriod": wait if wait % 1 else int(wait),
                        "JitterFactor": 0.05,
                    },
                )
                initial = 0.0
                for n, (q, ip) in sorted(fresh.items(), key=lambda _: r.random()):
                    J(
                        p,
                        tick + sec(r.uniform(0.00002, 0.0003)),
                        "Starting pinger",
                        "info",
                        "goldpinger/pinger.go:166",
                        {
                            "op": "pinger",
                            "name": n,
                            "hostIP": q.host_ip,
                            "podIP": ip,
                            "period": 30,
                            "initialWait": initial if initial % 1 else int(initial),
                            "jitterFactor": 0.05,
                        },
                    )
                    live[n] = [q, ip, tick + sec(initial + r.uniform(0.001, 0.004)), p.stop]
                    runs.append(live[n])
                    initial += wait
            existing = latest
            tick += sec(30 + r.uniform(0.001, 0.02))
        for q, ip, start, stop in runs:  # type: ignore[misc]
            fields = {"op": "pinger", "name": q.name, "hostIP": q.host_ip, "podIP": ip}
            pt = start
            while pt < stop:
                if not ip:
                    J(
                        p,
                        pt,
                        "Could not get client",
                        "warn",
                        "goldpinger/pinger.go:84",
                        {**fields, "error": "Host or pod IP empty, can't make a call"},
                    )
                else:
                    err = ok(p, q, pt)
                    if err:
                        rt = (
                            0.3 + r.uniform(0.0002, 0.0021)
                            if "deadline" in err
                            else r.uniform(0.0006, 0.0031)
                        )
                        J(
                            p,
                            pt + sec(rt),
                            "Ping returned error",
                            "warn",
                            "goldpinger/pinger.go:149",
                            {**fields, "responseTime": round(rt, 9), "error": err},
                        )
                pt += sec(30 * (1 + r.uniform(0, 0.05)))

    # the UI's heat map, opened on pod a while something is wrong: check_all from there
    a_pod = mine[0]
    for t in (at(7, 22, 14.2), at(8, 10, 26.7), at(8, 47, 3.5), at(9, 12, 40.1)):
        for q in pods:
            if not (q.created <= t < q.gone):
                continue
            fields = {
                "op": "check",
                "name": q.name,
                "hostIP": q.host_ip,
                "podIP": q.pod_ip if t >= q.ready else "",
            }
            if t < q.ready:
                J(
                    a_pod,
                    t + sec(r.uniform(0.0001, 0.0008)),
                    "Couldn't get a client for Check",
                    "warn",
                    "goldpinger/client.go:117",
                    {**fields, "error": "Host or pod IP empty, can't make a call"},
                )
                continue
            err = ok(a_pod, q, t)
            if err or (q is not a_pod and flaky[0] <= t < flaky[1] and q.node == nodes["c"][0]):
                err = f'Get "http://{q.pod_ip}:8080/check": context deadline exceeded'
                J(
                    a_pod,
                    t + sec(r.uniform(5.0, 5.004)),
                    "Check returned error",
                    "warn",
                    "goldpinger/client.go:134",
                    {**fields, "error": err},
                )
    return fs.logs(T0)


# ------------------------------------------------------------------------ kubernetes-dashboard

KD_POD = "kubernetes-dashboard-6c7ccbcf87-8xvqj"
KD_SCRAPER1 = "dashboard-metrics-scraper-5657497c4c-7bq2x"
KD_SCRAPER2 = "dashboard-metrics-scraper-7d6b5c8f9-m4kzp"
KD_KEYHOLDER = "kubernetes-dashboard-key-holder-kubernetes-dashboard"
KD_INGRESS = ["10.42.1.65", "10.42.2.140"]  # ingress-nginx's pods, the dashboard's only clients
KD_PROXY = "10.42.0.36"  # the API server's service proxy, the scraper's client for the dashboard
KD_NS = {
    "orders": ["orders-api", "orders-outbox", "orders-worker"],
    "payments": ["payments-api", "payments-fraud-scorer", "payments-webhooks"],
    "search": ["search-api", "search-query-router"],
    "catalog": ["catalog-api", "catalog-indexer"],
    "sandbox": [],
}
KD_LIST_Q = "?itemsPerPage=10&page=1&sortBy=d,creationTimestamp"
KD_LIST_QL = "?itemsPerPage=%s&page=%s&sortBy=%s"
KD_HEALTH = "Metric client health check failed: the server is currently unable to handle the request (get services dashboard-metrics-scraper). Retrying in 30 seconds."
KD_FORBIDDEN = "Non-critical error occurred during resource retrieval: %s is forbidden: User %q cannot list resource %q in API group %q at the cluster scope"


def kd_deployment_body(
    ns: str, name: str, replicas: int, image: str, gen: int, rv: str, uid: str
) -> dict[str, object]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {
            "annotations": {
                "deployment.kubernetes.io/revision": str(gen),
                "reloader.stakater.com/auto": "true",
            },
            "creationTimestamp": "2025-03-11T09:14:52Z",
            "generation": gen,
            "labels": {"app.kubernetes.io/name": name, "app.kubernetes.io/part-of": ns},
            "name": name,
            "namespace": ns,
            "resourceVersion": rv,
            "uid": uid,
        },
        "spec": {
            "progressDeadlineSeconds": 600,
            "replicas": replicas,
            "revisionHistoryLimit": 10,
            "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
            "strategy": {
                "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"},
                "type": "RollingUpdate",
            },
            "template": {
                "metadata": {"labels": {"app.kubernetes.io/name": name}},
                "spec": {
                    "containers": [
                        {
                            "image": image,
                            "imagePullPolicy": "IfNotPresent",
                            "name": name,
                            "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}],
                            "resources": {
                                "limits": {"memory": "512Mi"},
                                "requests": {"cpu": "200m", "memory": "256Mi"},
                            },
                        }
                    ],
                    "restartPolicy": "Always",
                    "terminationGracePeriodSeconds": 30,
                },
            },
        },
    }


def kubernetes_dashboard(r: random.Random) -> list[Log]:
    """Kubernetes Dashboard v2.7.0 and its metrics scraper, 09:00 to 10:50 (see the docstring)."""
    fs = Files()
    t_start, t_end = at(9, 0), at(10, 50)
    scraper_windows = {
        KD_SCRAPER1: (at(9, 0, 41.3), at(10, 10, 31.2)),
        KD_SCRAPER2: (at(10, 9, 58.6), t_end),
    }
    scraper_up = at(9, 0, 47.0)
    ms_down = (at(9, 44, 20), at(9, 47, 50))  # metrics-server restarted after an OOM kill
    pods_n = [121]

    def G(t: datetime, label: str, msg: str, cont: list[str] | None = None) -> datetime:
        """A line of Go's standard logger: `2025/06/06 09:00:14 msg`."""
        return fs.add(
            f"{KD_POD}.log",
            t,
            label,
            lambda x: (
                [f"{x:%Y/%m/%d %H:%M:%S} {msg.replace('@T@', x.strftime('%Y-%m-%dT%H:%M:%SZ'))}"]
                + (cont or [])
            ),
            KD_POD,
            SEC,
        )

    def S(pod: str, t: datetime, label: str, line: Callable[[datetime], str]) -> datetime:
        return fs.add(f"{pod}.log", t, label, lambda x: [line(x)], pod, SEC)

    def scraper_at(t: datetime) -> str:
        return KD_SCRAPER1 if t < at(10, 10, 8) else KD_SCRAPER2

    def slog(pod: str, t: datetime, label: str, level: str, msg: str) -> datetime:
        return S(
            pod,
            t,
            label,
            lambda x: jdump({"level": level, "msg": msg, "time": f"{x:%Y-%m-%dT%H:%M:%SZ}"}),
        )

    def access(
        pod: str, t: datetime, label: str, client: str, path: str, status: int, size: int, ua: str
    ) -> datetime:
        return S(
            pod,
            t,
            label,
            lambda x: (
                f'{client} - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "GET {path} HTTP/1.1" {status} {size} "" "{ua}"'
            ),
        )

    # ---- the scrapers: probes every 10s, the database every minute
    for pod, (a, b) in scraper_windows.items():
        if pod == KD_SCRAPER2:
            slog(pod, a, "Kubernetes host: %s", "info", f"Kubernetes host: https://{KUBE_API}")
            slog(pod, a + sec(0.01), "Namespace(s): %s", "info", "Namespace(s): []")
        else:
            slog(pod, a, "Kubernetes host: %s", "info", f"Kubernetes host: https://{KUBE_API}")
            slog(pod, a + sec(0.01), "Namespace(s): %s", "info", "Namespace(s): []")
        node_ip = "10.42.2.204" if pod == KD_SCRAPER1 else "10.42.1.17"
        for t in every(r, a + sec(10.2), b, 10, 0.02):
            access(
                pod,
                t,
                '%s - - [%s] "GET / HTTP/1.1" 200 %d "%s" "%s"',
                node_ip,
                "/",
                200,
                6,
                "kube-probe/1.31+",
            )
        for t in every(r, a + sec(60.4), b, 60, 0.05):
            if in_any(t, [ms_down]):
                slog(
                    pod,
                    t,
                    "Error scraping node metrics: the server is currently unable to handle the request (get nodes.metrics.k8s.io)",
                    "error",
                    "Error scraping node metrics: the server is currently unable to handle the request (get nodes.metrics.k8s.io)",
                )
                continue
            pods_n[0] = max(96, pods_n[0] + r.choice([-3, -2, -1, 0, 0, 1, 2, 3]))
            slog(
                pod,
                t,
                "Database updated: %d nodes, %d pods",
                "info",
                f"Database updated: 5 nodes, {pods_n[0]} pods",
            )

    # ---- the dashboard's start-up after the 09:00 node drain
    t = G(at(9, 0, 14.2), "Starting overwatch", "Starting overwatch")
    t = G(t, "Using namespace: %s", "Using namespace: kubernetes-dashboard")
    t = G(
        t,
        "Using in-cluster config to connect to apiserver",
        "Using in-cluster config to connect to apiserver",
    )
    t = G(t, "Using secret token for csrf signing", "Using secret token for csrf signing")
    t = G(
        t,
        "Initializing csrf token from %s secret",
        "Initializing csrf token from kubernetes-dashboard-csrf secret",
    )
    t = G(
        t,
        "Successful initial request to the apiserver, version: %s",
        "Successful initial request to the apiserver, version: v1.31.7-eks-bcf3d70",
    )
    t = G(t, "Generating JWE encryption key", "Generating JWE encryption key")
    t = G(
        t,
        "New synchronizer has been registered: %s. Starting",
        f"New synchronizer has been registered: {KD_KEYHOLDER}. Starting",
    )
    t = G(
        t,
        "Starting secret synchronizer for %s in namespace %s",
        "Starting secret synchronizer for kubernetes-dashboard-key-holder in namespace kubernetes-dashboard",
    )
    t = G(
        t,
        "Initializing JWE encryption key from synchronized object",
        "Initializing JWE encryption key from synchronized object",
    )
    t = G(t, "Creating in-cluster Sidecar client", "Creating in-cluster Sidecar client")
    t = G(t, "Auto-generating certificates", "Auto-generating certificates")
    G(t, KD_HEALTH, KD_HEALTH)
    t = G(t, "Successfully created certificates", "Successfully created certificates")
    G(t, "Serving securely on HTTPS port: %d", "Serving securely on HTTPS port: 8443")
    t = at(9, 0, 14.2)
    while True:
        t += sec(30 + r.uniform(0.001, 0.01))
        if t >= scraper_up:
            G(t, "Successful request to sidecar", "Successful request to sidecar")
            break
        G(t, KD_HEALTH, KD_HEALTH)
    # the key holder's watch ends now and then; the synchronizer is restarted
    for t in (at(9, 37, 14.5), at(10, 19, 50.2), at(10, 28, 31.7)):
        t = G(
            t,
            "Synchronizer %s exited with error: %s watch ended with timeout",
            f"Synchronizer {KD_KEYHOLDER} exited with error: {KD_KEYHOLDER} watch ended with timeout",
        )
        t = G(t, "Restarting synchronizer: %s.", f"Restarting synchronizer: {KD_KEYHOLDER}.")
        G(
            t,
            "Starting secret synchronizer for %s in namespace %s",
            "Starting secret synchronizer for kubernetes-dashboard-key-holder in namespace kubernetes-dashboard",
        )

    # ---- requests: each an `Incoming` record, the handler's lines and an `Outcoming` record
    def pod_names(ns: str) -> list[str]:
        out = []
        for d in KD_NS[ns]:
            h = rs_hash(random.Random(f"{ns}/{d}"))
            out += [
                f"{d}-{h}-{pod_suffix(random.Random(f'{d}{i}'))}"
                for i in range(2 if "api" in d else 1)
            ]
        return out

    def request(
        t: datetime,
        method: str,
        route: str,
        path: str,
        handler: list[tuple[str, str]] | None = None,
        status: int = 200,
        content: str = "{}",
        body: list[str] | None = None,
        client: str | None = None,
    ) -> datetime:
        client = client or f"{r.choice(KD_INGRESS)}:{r.randrange(32768, 60999)}"
        label = f"[%s] Incoming %s {method} {route} request from %s: %s"
        first = content if body is None else body[0]
        t = G(
            t,
            label,
            f"[@T@] Incoming HTTP/1.1 {method} {path} request from {client}: {first}",
            body[1:] if body else None,
        )
        for hl, hm in handler or []:
            t = G(t + sec(r.uniform(0.005, 0.08)), hl, hm)
        return G(
            t + sec(r.uniform(0.003, 0.3)),
            "[%s] Outcoming response to %s with %d status code",
            f"[@T@] Outcoming response to {client} with {status} status code",
        )

    def pod_list(t: datetime, ns: str | None, user: str | None = None) -> datetime:
        handler = [
            ("Getting list of all pods in the cluster", "Getting list of all pods in the cluster")
        ]
        if ns is None:
            handler.append(
                (
                    KD_FORBIDDEN,
                    f'Non-critical error occurred during resource retrieval: pods is forbidden: User "{user}" cannot list resource "pods" in API group "" at the cluster scope',
                )
            )
            return request(t, "GET", "/api/v1/pod" + KD_LIST_QL, "/api/v1/pod" + KD_LIST_Q, handler)
        handler.append(("Getting pod metrics", "Getting pod metrics"))
        names = pod_names(ns)
        if not names:
            handler.append(
                (
                    "Skipping metric because of error: Metric label not set.",
                    "Skipping metric because of error: Metric label not set.",
                )
            )
        t = request(
            t, "GET", "/api/v1/pod/%s" + KD_LIST_QL, f"/api/v1/pod/{ns}{KD_LIST_Q}", handler
        )
        if names:
            sp = scraper_at(t)
            for metric in ("cpu/usage_rate", "memory/usage"):
                size = (
                    14 if in_any(t, [(at(10, 10, 8), at(10, 11, 20))]) else r.randrange(900, 2600)
                )
                access(
                    sp,
                    t - sec(r.uniform(0.5, 0.9)),
                    f'%s - - [%s] "GET /api/v1/dashboard/namespaces/%s/pod-list/%s/metrics/{metric} HTTP/1.1" 200 %d "%s" "%s"',
                    KD_PROXY,
                    f"/api/v1/dashboard/namespaces/{ns}/pod-list/{','.join(names)}/metrics/{metric}",
                    200,
                    size,
                    "dashboard/v2.7.0",
                )
        return t

    def deployments(t: datetime, ns: str) -> datetime:
        return request(
            t,
            "GET",
            "/api/v1/deployment/%s" + KD_LIST_QL,
            f"/api/v1/deployment/{ns}{KD_LIST_Q}",
            [
                (
                    "Getting list of all deployments in the cluster",
                    "Getting list of all deployments in the cluster",
                )
            ],
        )

    def deployment(t: datetime, ns: str, name: str) -> datetime:
        return request(
            t,
            "GET",
            "/api/v1/deployment/%s/%s",
            f"/api/v1/deployment/{ns}/{name}",
            [
                (
                    "Getting details of %s deployment in %s namespace",
                    f"Getting details of {name} deployment in {ns} namespace",
                )
            ],
        )

    def login(t: datetime, ok: bool = True) -> datetime:
        t = request(
            t,
            "GET",
            "/api/v1/csrftoken/login",
            "/api/v1/csrftoken/login",
            content="{ contents hidden }",
        )
        t = request(
            t + sec(r.uniform(2, 9)),
            "POST",
            "/api/v1/login",
            "/api/v1/login",
            status=200 if ok else 401,
            content="{ contents hidden }",
        )
        if not ok:
            return t
        return request(
            t + sec(0.1),
            "GET",
            "/api/v1/namespace",
            "/api/v1/namespace",
            [("Getting list of namespaces", "Getting list of namespaces")],
        )

    def browse(t: datetime, end: datetime, nss: list[str]) -> datetime:
        while t < end:
            ns = r.choice(nss)
            t = pick_view(t, ns)
            t += sec(r.uniform(8, 70))
        return t

    def pick_view(t: datetime, ns: str) -> datetime:
        x = r.random()
        if x < 0.45:
            return pod_list(t, ns)
        if x < 0.75:
            return deployments(t, ns)
        if KD_NS[ns]:
            return deployment(t, ns, r.choice(KD_NS[ns]))
        return pod_list(t, ns)

    def poll(t: datetime, end: datetime, view: Callable[[datetime], datetime]) -> None:
        while t < end:
            view(t)
            t += sec(5 + r.uniform(0.05, 0.4))

    # anna (platform) after the drain: an expired token first
    t = login(at(9, 3, 2.4), ok=False)
    t = login(t + sec(31))
    t = browse(t + sec(4), at(9, 16), ["orders", "payments", "catalog"])
    # jonas leaves the payments pods open, the UI refreshing every 5 seconds
    t = login(at(9, 18, 40.1))
    poll(t + sec(3), at(9, 25, 2), lambda x: pod_list(x, "payments"))
    # lena (search team) opens all namespaces first: her role is namespaced
    t = login(at(9, 34, 55.8))
    lena = "lena.berg@shop.example"
    for _ in range(3):
        t = pod_list(t + sec(r.uniform(1, 6)), None, lena)
    t = browse(t + sec(9), at(9, 49), ["search"])
    # omar edits search-api's YAML and scales the query router
    t = login(at(9, 51, 3.3))
    t = deployment(t + sec(4), "search", "search-api")
    body = json.dumps(
        kd_deployment_body(
            "search",
            "search-api",
            3,
            "registry.shop.example/search/search-api:2.41.0",
            57,
            "49012231",
            "6a1f0e52-58cb-4c3f-9d7e-2b8d8f1c0a3e",
        ),
        indent=2,
        sort_keys=True,
    ).split("\n")
    t = request(
        t + sec(48.2),
        "PUT",
        "/api/v1/_raw/deployment/namespace/%s/name/%s",
        "/api/v1/_raw/deployment/namespace/search/name/search-api",
        body=body,
    )
    t = deployment(t + sec(3), "search", "search-api")
    t = browse(t + sec(6), at(10, 4), ["search"])
    # anna again: a stuck worker pod deleted, the scraper rolled at 10:10
    t = login(at(10, 6, 12.9))
    t = pod_list(t + sec(3), "orders")
    poll(t + sec(2), at(10, 11, 40), lambda x: pod_list(x, "orders"))
    # a release script posting deployments without the CSRF header
    for t in (at(10, 21, 4.4), at(10, 21, 19.8), at(10, 21, 41.0)):
        bod = {
            "containerImage": "registry.shop.example/tools/smoke-runner:1.4.2",
            "cpuRequirement": None,
            "description": "post-release smoke run",
            "isExternal": False,
            "labels": [{"key": "app", "value": "smoke-runner"}],
            "memoryRequirement": None,
            "name": "smoke-runner",
            "namespace": "sandbox",
            "portMappings": [],
            "replicas": 1,
            "runAsPrivileged": False,
        }
        lines = json.dumps(bod, indent=2, sort_keys=True).split("\n")
        request(
            t,
            "POST",
            "/api/v1/appdeployment",
            "/api/v1/appdeployment",
            [("CSRF validation failed", "CSRF validation failed")],
            status=401,
            body=lines,
            client=f"10.42.2.140:{r.randrange(32768, 60999)}",
        )
    # maria during the control plane's upgrade
    t = login(at(10, 27, 40.6))
    while t < at(10, 38):
        ns = r.choice(["payments", "catalog", "sandbox"])
        if in_any(t, API_DOWN) and r.random() < 0.6:
            t = request(
                t,
                "GET",
                "/api/v1/pod/%s" + KD_LIST_QL,
                f"/api/v1/pod/{ns}{KD_LIST_Q}",
                [
                    (
                        "Getting list of all pods in the cluster",
                        "Getting list of all pods in the cluster",
                    )
                ],
                status=500,
            )
        else:
            t = pick_view(t, ns)
        t += sec(r.uniform(6, 30))
    # jonas back on the payments pods
    poll(at(10, 41, 2.2), at(10, 44, 10), lambda x: pod_list(x, "payments"))
    return fs.logs(t_start)


# ----------------------------------------------------------------------------------- vcluster

VC_CLIENTGO = "pkg/mod/k8s.io/client-go@v0.24.3/tools/cache/reflector.go:167"
VC_NODES = [
    "ip-10-42-1-17.eu-west-1.compute.internal",
    "ip-10-42-2-204.eu-west-1.compute.internal",
    "ip-10-42-3-56.eu-west-1.compute.internal",
    "ip-10-42-1-203.eu-west-1.compute.internal",
]
VC_NODE_E = "ip-10-42-3-91.eu-west-1.compute.internal"
VC_KUBECONFIG = "Failed to create %s folder for writing kube config: mkdir %s: permission denied ; This error might be expected if you are running as non-root user or securityContext.readOnlyRootFilesystem = true"
VC_QUOTA = "%s %q is forbidden: exceeded quota: %s, requested: %s, used: %s, limited: %s"
VC_INGRESS_DENIED = "admission webhook %q denied the request: host %q and path %q is already defined in ingress %s/%s"
VC_CONTROLLERS = [  # (controller, group, kind, [source kinds])
    ("configmap", "", "ConfigMap", ["*v1.ConfigMap", "*v1.Pod"]),
    ("secret", "", "Secret", ["*v1.Secret", "*v1.Ingress", "*v1.Pod"]),
    ("endpoints", "", "Endpoints", ["*v1.Endpoints"]),
    ("service", "", "Service", ["*v1.Service"]),
    ("ingress", "networking.k8s.io", "Ingress", ["*v1.Ingress"]),
    ("pod", "", "Pod", ["*v1.Pod"]),
    ("event", "", "Event", ["*v1.Event"]),
    ("persistentvolumeclaim", "", "PersistentVolumeClaim", ["*v1.PersistentVolumeClaim"]),
    ("fake-persistentvolume", "", "PersistentVolume", ["*v1.PersistentVolumeClaim"]),
    ("fake-node", "", "Node", ["*v1.Pod"]),
]


def vcluster(r: random.Random) -> list[Log]:
    """vcluster v0.12.1 syncers of three virtual clusters (see the module docstring)."""
    fs = Files()
    rv = RV(r, 48_204_000)

    def K(vc: str, t: datetime, label: str, lvl: str, src: str, msg: str) -> datetime:
        return fs.add(
            f"vcluster-{vc}-syncer.log", t, label, lambda x: [klog(x, lvl, src, msg)], vc, US
        )

    def phys(vc: str, ns: str, name: str) -> tuple[str, str]:
        return f"vcluster-{vc}", f"{name}-x-{ns}-x-{vc}"

    def create(vc: str, t: datetime, kind: str, ns: str, name: str) -> datetime:
        pns, pname = phys(vc, ns, name)
        return K(
            vc,
            t,
            "create physical %s %s/%s",
            "I",
            "namespaced_translator.go:64",
            f"{kind}: {name}: create physical {kind} {pns}/{pname}",
        )

    def update(vc: str, t: datetime, kind: str, ns: str, name: str) -> datetime:
        pns, pname = phys(vc, ns, name)
        return K(
            vc,
            t,
            "updating physical %s/%s, because virtual %s have changed",
            "I",
            "namespaced_translator.go:79",
            f"{kind}: {name}: updating physical {pns}/{pname}, because virtual {kind} have changed",
        )

    def recon_error(
        vc: str, t: datetime, ctrl: str, group: str, kind: str, ns: str, name: str, err: str
    ) -> datetime:
        rid = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        return K(
            vc,
            t,
            "Reconciler error",
            "E",
            "controller.go:326",
            f"controller {ctrl} controllerGroup {group} controllerKind {kind} name {name} namespace {ns} reconcileID {rid}: Reconciler error error {err}",
        )

    fake_nodes: dict[str, set[str]] = {}

    def pod_up(vc: str, t: datetime, ns: str, name: str, node: str, fake: bool) -> datetime:
        t = create(vc, t, "pod", ns, name)
        t += sec(r.uniform(0.6, 2.5))  # the host's scheduler
        if fake and node not in fake_nodes.setdefault(vc, set()):
            fake_nodes[vc].add(node)
            t = K(
                vc,
                t,
                "create virtual fake node %s, because pod %s/%s uses it and it is not available in virtual cluster",
                "I",
                "syncer.go:285",
                f"pod: {name}: create virtual fake node {node}, because pod {ns}/{name} uses it and it is not available in virtual cluster",
            )
        return K(
            vc,
            t + sec(r.uniform(0.001, 0.02)),
            "bind virtual pod %s/%s to node %s, because node name between physical and virtual is different",
            "I",
            "syncer.go:316",
            f"pod: {name}: bind virtual pod {ns}/{name} to node {node}, because node name between physical and virtual is different",
        )

    def pod_down(vc: str, t: datetime, ns: str, name: str) -> datetime:
        pns, pname = phys(vc, ns, name)
        return K(
            vc,
            t,
            "delete physical pod %s/%s, because virtual pod is being deleted",
            "I",
            "syncer.go:158",
            f"pod: {name}: delete physical pod {pns}/{pname}, because virtual pod is being deleted",
        )

    def pod_gone_on_host(vc: str, t: datetime, ns: str, name: str) -> datetime:
        return K(
            vc,
            t,
            "delete virtual pod %s/%s, because the physical pod is being deleted",
            "I",
            "syncer.go:232",
            f"pod: {name}: delete virtual pod {ns}/{name}, because the physical pod is being deleted",
        )

    def node_for(t: datetime) -> str:
        nodes = VC_NODES + ([VC_NODE_E] if at(8, 11) <= t < at(11, 5) else [])
        if at(9, 0) <= t < at(9, 25):  # node b drained for its kernel patch
            nodes = [n for n in nodes if "2-204" not in n]
        return r.choice(nodes)

    # ---- deployments: (vc, ns, name, replicas) rolled now and then; pods live on host nodes
    running: dict[tuple[str, str, str], list[tuple[str, str]]] = {}

    def rollout(vc: str, t: datetime, ns: str, dep: str, replicas: int, fake: bool) -> datetime:
        key = (vc, ns, dep)
        rs = rs_hash(r)
        old = running.get(key, [])
        new: list[tuple[str, str]] = []
        for i in range(replicas):
            name = f"{dep}-{rs}-{pod_suffix(r)}"
            node = node_for(t)
            t = pod_up(vc, t + sec(r.uniform(0.05, 0.4)), ns, name, node, fake)
            new.append((name, node))
            if i < len(old):
                t = pod_down(vc, t + sec(r.uniform(4, 12)), ns, old[i][0])
        for name, _ in old[replicas:]:
            t = pod_down(vc, t + sec(r.uniform(2, 6)), ns, name)
        running[key] = new
        return t

    def drain(vc: str, t: datetime) -> None:
        """Node b drained at 09:00: the host evicts its pods, the syncer deletes the virtual ones."""
        for key, pods in running.items():
            if key[0] != vc:
                continue
            for i, (name, node) in enumerate(pods):
                if "2-204" in node:
                    tt = pod_gone_on_host(vc, t + sec(r.uniform(0.5, 20)), key[1], name)
                    nn = f"{key[2]}-{name.split('-')[-2]}-{pod_suffix(r)}"
                    nd = node_for(tt)
                    pod_up(vc, tt + sec(r.uniform(0.3, 1.2)), key[1], nn, nd, vc != "team-b")
                    pods[i] = (nn, nd)

    def config_edits(vc: str, items: list[tuple[str, str, str]], mean: float) -> None:
        for t in times(r, T0 + sec(60), T_END, mean):
            kind, ns, name = r.choice(items)
            update(vc, t, kind, ns, name)

    def api_outage(vc: str, types: list[tuple[str, str]]) -> None:
        for a, b in API_DOWN:
            for typ, path in types:
                if r.random() < 0.35:
                    continue
                t = a + sec(r.uniform(0.1, 3.0))
                url = f"https://{KUBE_API}{path}?resourceVersion={rv(a)}"
                K(
                    vc,
                    t,
                    "%s: watch of %v ended with: " + WATCH_LOST,
                    "W",
                    "reflector.go:442",
                    f"{VC_CLIENTGO}: watch of {typ} ended with: {WATCH_LOST}",
                )
                t += sec(r.uniform(0.5, 1.5))
                while t < b:
                    K(
                        vc,
                        t,
                        "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                        "W",
                        "reflector.go:324",
                        f'{VC_CLIENTGO}: failed to list {typ}: Get "{url}": dial tcp {KUBE_API}: connect: connection refused',
                    )
                    K(
                        vc,
                        t + sec(0.0003),
                        "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                        "E",
                        "reflector.go:138",
                        f'{VC_CLIENTGO}: Failed to watch {typ}: failed to list {typ}: Get "{url}": dial tcp {KUBE_API}: connect: connection refused',
                    )
                    t += sec(r.uniform(0.8, 1.6) * 2 ** min(5, (t - a).total_seconds() // 5))

    # ================= team-a: fake nodes, a memory quota on its host namespace
    vc = "team-a"
    deps_a = [
        ("shop", "storefront", 3),
        ("shop", "cart", 2),
        ("api", "gateway", 2),
        ("api", "users", 2),
    ]
    t = T0 - sec(3600)
    for ns, dep, n in deps_a:  # what runs at 06:00 (their lines are yesterday's)
        running[(vc, ns, dep)] = [
            (f"{dep}-{rs_hash(r)}-{pod_suffix(r)}", node_for(t)) for _ in range(n)
        ]
    fake_nodes[vc] = {VC_NODES[0], VC_NODES[1], VC_NODES[2], VC_NODES[3]}
    for t in times(r, at(6, 10), T_END, 1500, 300):
        ns, dep, n = r.choice(deps_a)
        for kind, name in (("configmap", f"{dep}-config"), ("secret", f"{dep}-env")):
            if r.random() < 0.5:
                t = update(vc, t, kind, ns, name)
        rollout(vc, t + sec(r.uniform(1, 3)), ns, dep, n, True)
    drain(vc, at(9, 0, 6))
    config_edits(
        vc,
        [("configmap", "shop", "storefront-config"), ("configmap", "api", "gateway-routes")],
        2400,
    )
    # the batch namespace's nightly report job overruns: pods beyond the host quota 08:15-08:50
    for t in every(r, at(7, 0, 3.0417), T_END, 3600, 2):
        jobs = [
            f"report-builder-{28_918_020 + int((t - T0).total_seconds() // 60)}-{pod_suffix(r)}"
            for _ in range(6 if t.hour == 8 else 2)
        ]
        for i, name in enumerate(jobs):
            tt = t + sec(i * r.uniform(0.2, 0.8))
            if t.hour == 8 and i >= 3:
                used = 7680 - 512 * (i - 3)
                gate = at(8, 15) + sec(r.uniform(0, 60)) if t < at(8, 15) else tt
                k = 0
                tt = max(tt, gate)
                err_t = tt
                while err_t < at(8, 50) - sec(i * 200):
                    pname = phys(vc, "batch", name)[1]
                    err = f'pods "{pname}" is forbidden: exceeded quota: vc-team-a, requested: limits.memory=1Gi, used: limits.memory={used}Mi, limited: limits.memory=8Gi'
                    err_t = create(vc, err_t, "pod", "batch", name)
                    err_t = K(
                        vc,
                        err_t + sec(0.004),
                        "error syncing %s %s/%s to physical cluster: " + VC_QUOTA,
                        "I",
                        "namespaced_translator.go:67",
                        f"pod: {name}: error syncing pod batch/{name} to physical cluster: {err}",
                    )
                    recon_error(vc, err_t + sec(0.0002), "pod", "", "Pod", "batch", name, err)
                    err_t += sec(min(0.005 * 2**k, 1000))
                    k += 1
                tt = err_t
            pod_up(vc, tt, "batch", name, node_for(tt), True)
            if t.hour != 8 or i < 3:
                pod_down(vc, tt + sec(r.uniform(300, 900)), "batch", name)
    api_outage(
        vc,
        [
            ("*v1.Pod", "/api/v1/namespaces/vcluster-team-a/pods"),
            ("*v1.Service", "/api/v1/namespaces/vcluster-team-a/services"),
            ("*v1.ConfigMap", "/api/v1/namespaces/vcluster-team-a/configmaps"),
        ],
    )

    # ================= team-b: real nodes synced, a read-only root file system
    vc = "team-b"
    for t in every(r, T0 + sec(r.uniform(1, 50)), T_END, 60, 0.01):
        K(
            vc,
            t,
            VC_KUBECONFIG,
            "I",
            "kubeconfig.go:43",
            "Failed to create /root/.kube folder for writing kube config: mkdir /root/.kube: permission denied ; This error might be expected if you are running as non-root user or securityContext.readOnlyRootFilesystem = true",
        )
    for node in VC_NODES:
        for t in times(r, T0, T_END, 260, 40):
            if "2-204" in node and at(9, 0) <= t < at(9, 26):
                continue
            K(
                vc,
                t,
                "update virtual node %s, because status has changed",
                "I",
                "syncer.go:109",
                f"node: {node}: update virtual node {node}, because status has changed",
            )
    deps_b = [
        ("storefront", "shop-web", 2),
        ("storefront", "shop-search", 2),
        ("data", "etl-runner", 1),
    ]
    for ns, dep, n in deps_b:
        running[(vc, ns, dep)] = [
            (f"{dep}-{rs_hash(r)}-{pod_suffix(r)}", node_for(T0 - sec(7200))) for _ in range(n)
        ]
    for t in times(r, at(6, 20), T_END, 3000, 600):
        ns, dep, n = r.choice(deps_b)
        rollout(vc, t, ns, dep, n, False)
    drain(vc, at(9, 0, 9))
    config_edits(
        vc,
        [("configmap", "storefront", "shop-web-env"), ("secret", "data", "etl-warehouse-dsn")],
        3000,
    )
    # team-b's new ingress claims team-a's host: the host's ingress-nginx webhook refuses it
    t = at(9, 30, 44.1317)
    k = 0
    while t < at(10, 15, 2):
        err = 'admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: host "shop.example.com" and path "/" is already defined in ingress vcluster-team-a/storefront-x-shop-x-team-a'
        t = create(vc, t, "ingress", "storefront", "shop")
        t = K(
            vc,
            t + sec(0.03),
            "error syncing %s %s/%s to physical cluster: " + VC_INGRESS_DENIED,
            "I",
            "namespaced_translator.go:67",
            f"ingress: shop: error syncing ingress storefront/shop to physical cluster: {err}",
        )
        recon_error(
            vc,
            t + sec(0.0002),
            "ingress",
            "networking.k8s.io",
            "Ingress",
            "storefront",
            "shop",
            err,
        )
        t += sec(min(0.005 * 2**k, 1000) + 0.03)
        k += 1
    create(vc, at(10, 15, 31.7412), "ingress", "storefront", "shop")
    api_outage(
        vc,
        [
            ("*v1.Pod", "/api/v1/namespaces/vcluster-team-b/pods"),
            ("*v1.Node", "/api/v1/nodes"),
            ("*v1.Service", "/api/v1/namespaces/vcluster-team-b/services"),
        ],
    )

    # ================= ci-4812: created by the nightly pipeline at 06:58, deleted at 09:10
    vc = "ci-4812"
    t = at(6, 58, 21.5) + sec(r.uniform(0, 0.09))
    for _ in range(r.randint(11, 15)):
        t = K(
            vc,
            t,
            "couldn't retrieve virtual cluster version (Get %q: dial tcp %s: connect: connection refused), will retry in 1 seconds",
            "I",
            "start.go:196",
            'couldn\'t retrieve virtual cluster version (Get "https://127.0.0.1:6443/version?timeout=32s": dial tcp 127.0.0.1:6443: connect: connection refused), will retry in 1 seconds',
        )
        t += sec(1.0 + r.uniform(0.001, 0.004))
    for res in (
        "configmaps",
        "secrets",
        "endpoints",
        "services",
        "ingresses",
        "pods",
        "events",
        "persistentvolumeclaims",
        "fake-persistentvolumes",
        "fake-nodes",
        "priorityclasses",
    ):
        t = K(
            vc,
            t + sec(r.uniform(0.0001, 0.002)),
            "Start %s sync controller",
            "I",
            "loghelper.go:53",
            f"Start {res} sync controller",
        )
    t += sec(0.2)
    for ctrl, group, kind, sources in VC_CONTROLLERS:
        head = f"controller {ctrl} controllerGroup {group} controllerKind {kind}: "
        for src in sources:
            t = K(
                vc,
                t + sec(r.uniform(0.00002, 0.0002)),
                "Starting EventSource",
                "I",
                "controller.go:185",
                f"{head}Starting EventSource source kind source: {src}",
            )
        t = K(
            vc,
            t + sec(r.uniform(0.00002, 0.0002)),
            "Starting Controller",
            "I",
            "controller.go:193",
            f"{head}Starting Controller",
        )
    t += sec(0.1)
    for ctrl, group, kind, _ in VC_CONTROLLERS:
        t = K(
            vc,
            t + sec(r.uniform(0.05, 0.3)),
            "Starting workers",
            "I",
            "controller.go:227",
            f"controller {ctrl} controllerGroup {group} controllerKind {kind}: Starting workers worker count 1",
        )
    suites = ["checkout-e2e", "payments-contract", "search-e2e", "orders-migrations", "catalog-e2e"]
    t = at(7, 2, 10)
    while t < at(9, 6):
        suite = r.choice(suites)
        ns = f"{suite}-{r.randrange(1000, 9999)}"
        objs = [
            ("configmap", f"{suite}-fixtures"),
            ("configmap", "kube-root-ca.crt"),
            ("secret", f"{suite}-db"),
            ("service", "postgres"),
            ("service", suite),
        ]
        for kind, name in objs:
            t = create(vc, t + sec(r.uniform(0.01, 0.4)), kind, ns, name)
        pods = [
            ("postgres-0", None),
            (f"{suite}-{rs_hash(r)}-{pod_suffix(r)}", None),
            (f"{suite}-runner-{pod_suffix(r)}", None),
        ]
        started = []
        for name, _ in pods:
            t = pod_up(vc, t + sec(r.uniform(0.2, 3)), ns, name, node_for(t), True)
            started.append(name)
        t += sec(r.uniform(120, 420))
        if r.random() < 0.3:
            update(vc, t, "configmap", ns, f"{suite}-fixtures")
        for name in started:
            t = pod_down(vc, t + sec(r.uniform(0.1, 1.5)), ns, name)
        t += sec(r.uniform(20, 140))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ capsule

CP_OLD = "capsule-controller-manager-6f9d8c7b5-k2x4p"
CP_NEW = "capsule-controller-manager-75b4c9d6f8-t7wqn"
CP_LOCK = "capsule-system/42c733ea.clastix.capsule.io"
CP_CR = "/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.19.4/pkg/internal/controller/controller.go"
CP_CLIENTGO = "pkg/mod/k8s.io/client-go@v0.31.3/tools/cache/reflector.go:243"
CP_RECONCILE_STACK = f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler\n\t{CP_CR}:316\nsigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem\n\t{CP_CR}:263\nsigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2\n\t{CP_CR}:224"
CP_STACKS = {
    "status": f"github.com/projectcapsule/capsule/controllers/tenant.Manager.Reconcile\n\t/workspace/controllers/tenant/manager.go:74\nsigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile\n\t{CP_CR}:116\nsigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler\n\t{CP_CR}:303",
    "outer": "github.com/projectcapsule/capsule/controllers/tenant.(*Manager).resourceQuotasUpdate\n\t/workspace/controllers/tenant/resourcequotas.go:323\ngithub.com/projectcapsule/capsule/controllers/tenant.(*Manager).syncResourceQuotas.func1\n\t/workspace/controllers/tenant/resourcequotas.go:166\ngolang.org/x/sync/errgroup.(*Group).Go.func1\n\t/go/pkg/mod/golang.org/x/sync@v0.10.0/errgroup/errgroup.go:78",
    "proceed": "github.com/projectcapsule/capsule/controllers/tenant.(*Manager).syncResourceQuotas.func1\n\t/workspace/controllers/tenant/resourcequotas.go:167\ngolang.org/x/sync/errgroup.(*Group).Go.func1\n\t/go/pkg/mod/golang.org/x/sync@v0.10.0/errgroup/errgroup.go:78",
    "rq": f"github.com/projectcapsule/capsule/controllers/tenant.Manager.Reconcile\n\t/workspace/controllers/tenant/manager.go:122\nsigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile\n\t{CP_CR}:116\nsigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler\n\t{CP_CR}:303",
}
CP_CONTROLLERS = [  # (controller, group, kind, sources)
    (
        "tenant",
        "capsule.clastix.io",
        "Tenant",
        [
            "*v1beta2.Tenant",
            "*v1.Namespace",
            "*v1.NetworkPolicy",
            "*v1.LimitRange",
            "*v1.ResourceQuota",
            "*v1.RoleBinding",
        ],
    ),
    (
        "capsuleconfiguration",
        "capsule.clastix.io",
        "CapsuleConfiguration",
        ["*v1beta2.CapsuleConfiguration"],
    ),
    ("service", "", "Service", ["*v1.Service"]),
    ("endpoints", "", "Endpoints", ["*v1.Endpoints"]),
    ("endpointslice", "discovery.k8s.io", "EndpointSlice", ["*v1.EndpointSlice"]),
]
CP_WEBHOOKS = [
    "/cordoning",
    "/defaults",
    "/ingresses",
    "/namespace-owner-reference",
    "/namespaces",
    "/networkpolicies",
    "/nodes",
    "/persistentvolumeclaims",
    "/pods",
    "/services",
    "/tenants",
    "/tenantresource-objects",
]


def capsule(r: random.Random) -> list[Log]:
    """Capsule v0.7.2, then v0.7.3, on the shared cluster (see the module docstring)."""
    fs = Files()
    switch = at(9, 47, 31.6)  # the old pod's SIGTERM
    new_start = at(9, 47, 20.4)
    leading_new = at(9, 47, 40.9)
    rv = RV(r, 48_377_000)

    def J(
        pod: str,
        t: datetime,
        label: str,
        level: str,
        logger: str | None,
        msg: str | None = None,
        **fields: object,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "level": level,
                "ts": f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z",
            }
            if logger:
                d["logger"] = logger
            d["msg"] = msg or label
            d.update({k.replace("__", "."): v for k, v in fields.items()})
            return [jdump(d)]

        return fs.add(f"{pod}.log", t, label, text, pod, MS)

    def K(pod: str, t: datetime, label: str, lvl: str, src: str, msg: str) -> datetime:
        return fs.add(f"{pod}.log", t, label, lambda x: [klog(x, lvl, src, msg)], (pod, "k"), US)

    def pod_at(t: datetime) -> str | None:
        if t < switch - sec(0.5):
            return CP_OLD
        if t >= leading_new + sec(0.3):
            return CP_NEW
        return None

    def rid() -> str:
        return f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"

    tenants = {
        "oil": {
            "ns": ["oil-dev", "oil-staging", "oil-prod"],
            "lr": 1,
            "rq": 2,
            "scope": "Namespace",
        },
        "gas": {"ns": ["gas-dev", "gas-prod"], "lr": 1, "rq": 1, "scope": "Namespace"},
        "solar": {"ns": ["solar-dev", "solar-ci"], "lr": 1, "rq": 2, "scope": "Tenant"},
        "wind": {"ns": ["wind-dev"], "lr": 0, "rq": 1, "scope": "Namespace"},
        "sandbox-42": {"ns": ["sandbox-42-dev"], "lr": 0, "rq": 0, "scope": "Namespace"},
    }
    deleted_at = at(10, 50, 12.3)

    def reconcile_error(pod: str, t: datetime, tnt: str, err: str) -> datetime:
        return J(
            pod,
            t,
            "Reconciler error",
            "error",
            None,
            controller="tenant",
            controllerGroup="capsule.clastix.io",
            controllerKind="Tenant",
            Tenant={"name": tnt},
            namespace="",
            name=tnt,
            reconcileID=rid(),
            error=err,
            stacktrace=CP_RECONCILE_STACK,
        )

    def reconcile(t: datetime, tnt: str, depth: int = 0) -> None:
        pod = pod_at(t)
        if pod is None:
            return
        L = "controllers.Tenant"
        if tnt == "sandbox-42" and t >= deleted_at:
            J(
                pod,
                t,
                "Request object not found, could have been deleted after reconcile request",
                "info",
                L,
                Request__Name=tnt,
            )
            return
        spec = tenants[tnt]
        down = in_any(t, API_DOWN) and r.random() < 0.5
        if down or r.random() < 0.045:
            if down:
                err = f'Put "https://{KUBE_API}/apis/capsule.clastix.io/v1beta2/tenants/{tnt}/status": dial tcp {KUBE_API}: connect: connection refused'
            else:
                err = f'Operation cannot be fulfilled on tenants.capsule.clastix.io "{tnt}": {CONFLICT}'
            t = J(
                pod,
                t + sec(r.uniform(0.004, 0.03)),
                "Cannot update Tenant status",
                "error",
                L,
                Request__Name=tnt,
                error=err,
                stacktrace=CP_STACKS["status"],
            )
            t = reconcile_error(pod, t + sec(0.0002), tnt, err)
            if depth < 3:
                reconcile(
                    t + sec(r.uniform(0.005, 0.05) * 2**depth + (r.uniform(1, 6) if down else 0)),
                    tnt,
                    depth + 1,
                )
            return
        t = J(
            pod,
            t + sec(r.uniform(0.004, 0.02)),
            "Ensuring limit resources count is updated",
            "info",
            L,
            Request__Name=tnt,
        )
        t = J(
            pod,
            t + sec(r.uniform(0.001, 0.01)),
            "Ensuring all Namespaces are collected",
            "info",
            L,
            Request__Name=tnt,
        )
        t = J(
            pod,
            t + sec(r.uniform(0.001, 0.006)),
            "Starting processing of Namespaces",
            "info",
            L,
            Request__Name=tnt,
            items=len(spec["ns"]),
        )  # type: ignore[arg-type]
        t = J(
            pod,
            t + sec(r.uniform(0.005, 0.04)),
            "Starting processing of Network Policies",
            "info",
            L,
            Request__Name=tnt,
        )
        t = J(
            pod,
            t + sec(r.uniform(0.003, 0.03)),
            "Starting processing of Limit Ranges",
            "info",
            L,
            Request__Name=tnt,
            items=spec["lr"],
        )
        t = J(
            pod,
            t + sec(r.uniform(0.003, 0.03)),
            "Starting processing of Resource Quotas",
            "info",
            L,
            Request__Name=tnt,
            items=spec["rq"],
        )
        if spec["scope"] == "Tenant" and r.random() < 0.07:
            res = r.choice(["limits.cpu", "limits.memory", "requests.storage"])
            q = f"capsule-{tnt}-{r.randrange(2)}"
            err = f'Operation cannot be fulfilled on resourcequotas "{q}": {CONFLICT}'
            outer = f"update of outer ResourceQuota items has failed: {err}"
            t = J(
                pod,
                t + sec(r.uniform(0.05, 0.4)),
                "Cannot update outer ResourceQuotas",
                "error",
                L,
                Request__Name=tnt,
                resourceName=res,
                error=err,
                stacktrace=CP_STACKS["outer"],
            )
            t = J(
                pod,
                t + sec(0.0002),
                "cannot proceed with outer ResourceQuota",
                "error",
                L,
                Request__Name=tnt,
                error=outer,
                stacktrace=CP_STACKS["proceed"],
            )
            t = J(
                pod,
                t + sec(0.0003),
                "Cannot sync ResourceQuota items",
                "error",
                L,
                Request__Name=tnt,
                error=outer,
                stacktrace=CP_STACKS["rq"],
            )
            t = reconcile_error(pod, t + sec(0.0002), tnt, outer)
            if depth < 3:
                reconcile(t + sec(r.uniform(0.005, 0.05) * 2**depth), tnt, depth + 1)
            return
        t = J(
            pod,
            t + sec(r.uniform(0.01, 0.09)),
            "Ensuring RoleBindings for Owners and Tenant",
            "info",
            L,
            Request__Name=tnt,
        )
        t = J(
            pod,
            t + sec(r.uniform(0.005, 0.05)),
            "Ensuring Namespace count",
            "info",
            L,
            Request__Name=tnt,
        )
        J(
            pod,
            t + sec(r.uniform(0.002, 0.02)),
            "Tenant reconciling completed",
            "info",
            L,
            Request__Name=tnt,
        )

    # what triggers the reconciles: quota usage and namespaces changing in each tenant
    triggers: list[tuple[datetime, str]] = []
    for tnt, mean in (
        ("solar", 190),
        ("oil", 640),
        ("gas", 900),
        ("wind", 2100),
        ("sandbox-42", 2400),
    ):
        for t in times(r, T0 + sec(5), T_END, mean):
            if tnt == "sandbox-42" and t > deleted_at + sec(40):
                break
            triggers.append((t, tnt))
    triggers += [
        (deleted_at, "sandbox-42"),
        (deleted_at + sec(0.8), "sandbox-42"),
        (deleted_at + sec(31.2), "sandbox-42"),
    ]
    for t, tnt in sorted(triggers):
        reconcile(t, tnt)

    # ---- the upgrade to v0.7.3 at 09:47: the new pod starts, the old one stops
    t = J(CP_NEW, new_start, "starting manager", "info", "setup")
    t = J(CP_NEW, t + sec(0.002), "Starting metrics server", "info", "controller-runtime.metrics")
    t = J(
        CP_NEW,
        t + sec(0.0004),
        "starting server",
        "info",
        None,
        name="health probe",
        addr="[::]:10080",
    )
    for path in CP_WEBHOOKS:
        t = J(
            CP_NEW,
            t + sec(0.0002),
            "Registering webhook",
            "info",
            "controller-runtime.webhook",
            path=path,
        )
    t = J(CP_NEW, t + sec(0.001), "Starting webhook server", "info", "controller-runtime.webhook")
    t = J(
        CP_NEW,
        t + sec(0.0008),
        "Serving metrics server",
        "info",
        "controller-runtime.metrics",
        bindAddress=":8080",
        secure=False,
    )
    t = J(
        CP_NEW,
        t + sec(0.004),
        "Serving webhook server",
        "info",
        "controller-runtime.webhook",
        host="",
        port=9443,
    )
    K(
        CP_NEW,
        t + sec(0.0003),
        "attempting to acquire leader lease %v...",
        "I",
        "leaderelection.go:254",
        f"attempting to acquire leader lease {CP_LOCK}...",
    )
    t = K(
        CP_NEW,
        leading_new + sec(0.000462),
        "successfully acquired lease %v",
        "I",
        "leaderelection.go:268",
        f"successfully acquired lease {CP_LOCK}",
    )
    for ctrl, group, kind, sources in CP_CONTROLLERS:
        head = {"controller": ctrl, "controllerGroup": group, "controllerKind": kind}
        for src in sources:
            t = J(
                CP_NEW,
                t + sec(r.uniform(0.00005, 0.0004)),
                "Starting EventSource",
                "info",
                None,
                **head,
                source=f"kind source: {src}",
            )
        t = J(CP_NEW, t + sec(0.0001), "Starting Controller", "info", None, **head)
    t += sec(0.1)
    for ctrl, group, kind, _ in CP_CONTROLLERS:
        t = J(
            CP_NEW,
            t + sec(r.uniform(0.001, 0.05)),
            "Starting workers",
            "info",
            None,
            controller=ctrl,
            controllerGroup=group,
            controllerKind=kind,
            **{"worker count": 1},
        )
    # the new leader reconciles every tenant once its caches are synced
    for tnt in ("gas", "oil", "sandbox-42", "solar", "wind"):
        reconcile(t + sec(r.uniform(0.01, 0.3)), tnt)
    t = J(CP_OLD, switch, "Stopping and waiting for non leader election runnables", "info", None)
    t = J(
        CP_OLD, t + sec(0.0004), "Stopping and waiting for leader election runnables", "info", None
    )
    for ctrl, group, kind, _ in CP_CONTROLLERS:
        t = J(
            CP_OLD,
            t + sec(r.uniform(0.0001, 0.0008)),
            "Shutdown signal received, waiting for all workers to finish",
            "info",
            None,
            controller=ctrl,
            controllerGroup=group,
            controllerKind=kind,
        )
    for ctrl, group, kind, _ in CP_CONTROLLERS:
        t = J(
            CP_OLD,
            t + sec(r.uniform(0.0001, 0.02)),
            "All workers finished",
            "info",
            None,
            controller=ctrl,
            controllerGroup=group,
            controllerKind=kind,
        )
    t = J(CP_OLD, t + sec(0.001), "Stopping and waiting for caches", "info", None)
    t = J(CP_OLD, t + sec(0.003), "Stopping and waiting for webhooks", "info", None)
    t = J(
        CP_OLD,
        t + sec(0.0005),
        "Shutting down webhook server with timeout of 1 minute",
        "info",
        "controller-runtime.webhook",
    )
    t = J(CP_OLD, t + sec(0.002), "Stopping and waiting for HTTP servers", "info", None)
    J(CP_OLD, t + sec(0.004), "Wait completed, proceeding to shutdown the manager", "info", None)

    # ---- the control plane's upgrade: watches end, relists refused, one lease renewal late
    for a, b in API_DOWN:
        for typ, path in (
            ("*v1beta2.Tenant", "/apis/capsule.clastix.io/v1beta2/tenants"),
            ("*v1.Namespace", "/api/v1/namespaces"),
            ("*v1.ResourceQuota", "/api/v1/resourcequotas"),
        ):
            if r.random() < 0.3:
                continue
            t = a + sec(r.uniform(0.1, 3.0))
            url = f"https://{KUBE_API}{path}?resourceVersion={rv(a)}"
            K(
                CP_NEW,
                t,
                "%s: watch of %v ended with: " + WATCH_LOST,
                "W",
                "reflector.go:484",
                f"{CP_CLIENTGO}: watch of {typ} ended with: {WATCH_LOST}",
            )
            t += sec(r.uniform(0.5, 1.5))
            while t < b:
                K(
                    CP_NEW,
                    t,
                    "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                    "W",
                    "reflector.go:561",
                    f'{CP_CLIENTGO}: failed to list {typ}: Get "{url}": dial tcp {KUBE_API}: connect: connection refused',
                )
                K(
                    CP_NEW,
                    t + sec(0.0003),
                    "Unhandled Error",
                    "E",
                    "reflector.go:158",
                    f'"Unhandled Error" err="{CP_CLIENTGO}: Failed to watch {typ}: failed to list {typ}: Get \\"{url}\\": dial tcp {KUBE_API}: connect: connection refused" logger="UnhandledError"',
                )
                t += sec(r.uniform(0.8, 1.6) * 2 ** min(5, (t - a).total_seconds() // 5))
    lease_url = f"https://{KUBE_API}/apis/coordination.k8s.io/v1/namespaces/capsule-system/leases/42c733ea.clastix.capsule.io?timeout=5s"
    K(
        CP_NEW,
        at(10, 31, 19.4) + sec(r.uniform(0, 0.09)),
        "error retrieving resource lock %v: Get %q: context deadline exceeded",
        "E",
        "leaderelection.go:429",
        f'error retrieving resource lock {CP_LOCK}: Get "{lease_url}": context deadline exceeded',
    )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "reloader": reloader,
    "goldpinger": goldpinger,
    "kubernetes-dashboard": kubernetes_dashboard,
    "vcluster": vcluster,
    "capsule": capsule,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
