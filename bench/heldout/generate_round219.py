#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 219 (kube-scheduler, kube-proxy, weave-net, kube-router,
kured) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five Kubernetes node and scheduling
components, 06:00 to 12:00 on 2024-06-07.

- kube-scheduler 1.29 (`kube-scheduler-k8s-cp1-0.log` until its exit at 09:12,
  `kube-scheduler-k8s-cp1-1.log` after it, `kube-scheduler-k8s-cp2.log`; kubeadm static pods,
  klog, `--v=2`): every binding's `"Successfully bound pod to node" pod=... node=...
  evaluatedNodes=%d feasibleNodes=%d` (CI runner pods every half minute, CronJob pods, rollouts,
  evicted pods rescheduled), `"Unable to schedule pod; no fit; waiting"` with the FitError in
  `err=` (a GPU training pod waiting 06:40-10:50, a StatefulSet pod whose PVC is not bound
  07:30-07:52, three replicas with a misspelt nodeSelector 11:05-11:40, a worker NotReady
  10:20-10:45 changing the counts), `"Preemptor Pod preempted victim Pod"` for a priority rollout
  at 08:05, `"Error scheduling pod; retrying"` when the volume binding times out; cp1's API
  server restarted at 09:12 (client-go's `%s: failed to list %v: ...` / `Failed to watch %v: ...`
  per informer, `error retrieving resource lock %v: ...`, `failed to renew lease %v: timed out
  waiting for the condition`, `"Leaderelection lost"`), cp1's scheduler starting again (FLAG
  lines, `"Starting Kubernetes Scheduler"`, the serving and CA controllers, `Waiting for caches
  to sync for %s` / `Caches are synced for %s`, `attempting to acquire leader lease %v...`) and
  cp2's `successfully acquired lease %v`.
- kube-proxy 1.29 (`kube-proxy-7xk2p.log`, `-c8d4n`, `-hq9vz-0` / `-hq9vz-1` (k8s-w3 before
  and after its reboot at 10:05), `-m2b7t`, `-tz6wl`: the iptables mode on five workers, `--v=2`
  added while chasing lock contention): each sync's `"Syncing iptables rules" ipFamily="IPv4"`,
  `"Reloading service iptables data" ipFamily="IPv4" numServices=... numNATRules=...` and
  `"SyncProxyRules complete" ipFamily="IPv4" elapsed="..."` on every node for each Service or
  EndpointSlice change and the hourly full sync; an endpoint agent holding the xtables lock on
  k8s-w2 08:10-08:22 (`"Failed to execute iptables-restore" err=<` with the error on a
  tab-indented line and ` >` after it, then `"Sync failed" retryingTime="30s"`); firewalld
  reloaded by Puppet every ten minutes on k8s-w4 09:40-11:00 (`"Reloading after iptables
  flush"`); k8s-w3's start-up after the reboot (FLAG lines, `"Using iptables proxy"`, conntrack
  sysctls, `"Kube-proxy configuration may be incomplete or incorrect"`, the config controllers,
  `"Not syncing iptables until Services and Endpoints have been received from master"`).
- Weave Net 2.8.1 (`weave-net-5fk2m-weave.log`, `weave-net-5fk2m-weave-npc.log` (kube-1),
  `weave-net-q7n4x-*` (kube-2), `weave-net-zc9tb-*` (kube-3); three nodes, `kubectl logs -c
  weave` / `-c weave-npc`): weave's own formatter (`INFO: 2024/06/07 06:00:01.123456 msg`,
  `WARN`, `DEBU`); the router's `Discovered remote MAC %s at %s` and `Expired MAC %s at %s` for
  pods on the other nodes, `Vetoed installation of hairpin flow %v`; kube-3 cut off by its
  switch port 08:40-08:44 (after `overlay_switch ->[peer] `: `fastdp timed out waiting for vxlan
  heartbeat`, `using sleeve`, `sleeve timed out waiting for UDP heartbeat`; after the
  connection's `->[addr|peer]: `: `connection shutting down due to error: no working forwarders
  to %s`, `connection deleted`; `Removed unreachable peer %s`, the connection maker's `->[%s]
  attempting connection` and `->[%s] error during connection attempt: dial tcp4 :0->%s:
  connect: no route to host` with its backoff, then `->[%s] connection accepted`, `connection
  ready; using protocol version %v`, `using fastdp`, `connection added (new peer)`, `connection
  fully established`, `sleeve ->[addr|peer]: Effective MTU verified at %d`); UDP 6784 blocked on
  kube-2 at 10:40 (fastdp timing out, `using sleeve`); weave-npc's debug `EVENT AddPod %s` /
  `EVENT UpdatePod %s %s` / `EVENT DeletePod %s` with the pods as JSON (CI and CronJob pods, a
  rollout, readiness flips), the ipsets' `adding entry %s to %s of %s` / `added entry ...` /
  `deleting entry %s from %s of %s` / `deleted entry ...`; a NetworkPolicy updated with a wrong
  label 09:30-09:48 (`EVENT UpdateNetworkPolicy %s %s`, `adding rule %v to %q chain`, `deleting
  rule %v from %q chain`, and on kube-3 `TCP connection from %v:%d to %v:%d blocked by Weave
  NPC.` for every SYN the API pods retry) and an egress default-deny for the CI namespace
  11:10-11:21 (`UDP connection from ... blocked by Weave NPC.` for their DNS queries on kube-1).
- kube-router v2.1.0 (`kube-router-4bq7k.log` (k8s-m1), `kube-router-r8x2v.log` (k8s-n1),
  `kube-router-t6m9c-0.log` / `-1.log` (k8s-n2 before and after its reboot at 09:15); routing
  and network policies, kube-proxy for services, `--v=1`; klog with gobgp's logrus lines in the
  same stream): the routes controller every five minutes (`Syncing ipsets`, `Performing periodic
  sync of service VIP routes`, `Performing periodic sync of pod CIDR routes`), the policy
  controller's periodic and pod-triggered full syncs (`Requesting periodic sync of iptables to
  reflect network policies`, `Starting sync of iptables with version: %s`, `Saving %v iptables
  rules took %v`, `Restoring %v iptables rules took %v`, `sync iptables took %v`, `Full sync
  request queue was full, skipping...`); the ToR switch tor-b rebooted 07:50-07:58 (gobgp's
  `level=warning msg="hold timer expired"`, `msg="Peer Down"`, `msg="Peer Up"`); k8s-n2 rebooted
  at 09:15 (`Shutting down the controllers` and the controllers' shutdown lines, the start-up:
  `Running %s version %s, built on %s, %s`, `Populating ipsets.`, the overlay and egress lines,
  `Setting MTU of kube-bridge interface to: %d`, `Starting network route controller`, gobgp's
  `Add a peer configuration`, `Starting network policy controller`); an ipset race while Argo CD
  syncs network policies 10:30-10:36 (`Aborting sync. Failed to run iptables-restore: %v\\n%s`:
  iptables-restore's three-line error and the whole filter table on the lines after it).
- kured 1.15.0 (`kured-8kq2d-0.log` / `-1.log` (prod-w1 before and after its reboot),
  `kured-dn5zx-*` (prod-w2), `kured-h7t4w-*` (prod-w3), `kured-p2m6r-*` (prod-w4),
  `kured-x9v3b-*` (prod-w5); `--period=1m`, Prometheus alerts, a blocking pod selector, a
  PreferNoSchedule taint): logrus text (`time="2024-06-07T06:00:41Z" level=info msg="Reboot not
  required"`) every minute on each node until unattended-upgrades installs a kernel at 07:30
  (on prod-w5 at 11:16); `Reboot blocked: %d active alerts: %v` while KubePodCrashLooping fires
  until 07:50 (and two alerts after a Prometheus restart 11:15-11:38); then one node at a time:
  `Reboot required`, `Acquired reboot lock` / `Lock already held: %v` and `Node taint added` on
  the others, `Draining node %s`, kubectl's drain helper on stdout with no head (`WARNING:
  ignoring DaemonSet-managed Pods: %s`, six to nine `evicting pod %s/%s`), `Running command: %s
  for node: %s`, `Waiting for reboot`; after each reboot the new container's thirteen start-up
  lines (`Binding %s command flag to environment variable: %s`, `Kubernetes Reboot Daemon: %s`,
  ..., `Reboot signal: %v`), `Holding lock`, `Uncordoning node %s`, `Releasing lock`, `Node
  taint removed`; prod-w3's drain held up by postgres-1's PodDisruptionBudget for seven and a
  half minutes (`error when evicting pods/%q -n %q (will retry after 5s): Cannot evict pod as it
  would violate the pod's disruption budget.` every five seconds) until the DBA relaxes it.

Label notes. The heads are context: klog's `Lmmdd hh:mm:ss.uuuuuu pid file:line] `, weave's
`LEVL: yyyy/mm/dd hh:mm:ss.uuuuuu `, logrus's `time=`/`level=` and fields. A klog structured call
is its quoted message (`"Successfully bound pod to node"` whatever its keys, `err=` included); a
klog format call (`Infof`, client-go's reflector and leader election, kube-router's `Infof`) is its
format string with its error's own format (`Get %q: dial tcp %s: connect: connection refused`);
the multi-line `err=<` block and kube-router's iptables-restore error with the table dump continue
their events. Weave's connection lines are written through the connection's `logf`, which puts
`->[addr|peer]: ` before the format: a prefix (as a NATS connection's), not the template; the
sleeve's `sleeve ->[addr|peer]: ` and the overlay switch's `overlay_switch ->[peer] ` likewise;
the connection maker's `->[%s] attempting connection` writes the address in its own format. The
overlay's name (`fastdp`, `sleeve`) is a value. weave-npc's EVENT lines print the objects as
JSON (values); ipset names and rule specs are values. gobgp's lines are labelled by `msg`, their
fields attributes. kured's messages are their formats; the drain helper's lines are writes of
their own on stdout/stderr with no head, each labelled by its format (`evicting pod %s/%s`),
and the eviction error is the API's message (no `%s` of its own). klog writes microseconds, weave microseconds,
logrus whole seconds, where the Clock keeps one process's lines a second apart (kured's start-up
spreads over a dozen seconds).

Least sure (written from the helper's knowledge; kured's main loop, drain, taint and reboot
messages, kube-router's policy, routes and proxy sync messages, weave-npc's EVENT, ipset, rule
and blocked-connection lines and weave's log formatter and overlay switch were checked against
copies of their sources, kube-proxy's sync lines against logs quoted in documentation): the klog
line numbers; whether the 1.29 scheduler's reflectors are named `factory.go:159`; `"Preemptor
Pod preempted victim Pod"`'s capitals; kube-proxy 1.29's start-up wording (`"Setting route_localnet=1
..."`, `"Detect-local-mode ..."`) and whether the xtables-lock error keeps its trailing newline;
weave's hairpin veto wording, `Command line options` contents, the JSON fields weave-npc's pods
carry (the managed fields are left out), the rule comments; kube-router v2.1's start-up order,
`Setting MTU of kube-bridge interface to: %d`, the iptables-restore error text and gobgp's
`Reason=` values and the `sent notification` fields; kured 1.15's `Reboot signal: 39` (its main compares the reboot command, not
the method, with `command`), the drain helper's warning wording and the taint messages' level.
"""

from __future__ import annotations

import heapq
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

US = 1
SEC = 1_000_000

K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"


def kname(r: random.Random, n: int) -> str:
    """apimachinery's rand.String: the suffixes of generated names."""
    return "".join(r.choice(K8S_ALNUM) for _ in range(n))


def klog(t: datetime, lvl: str, where: str, msg: str, pid: int = 1) -> str:
    return f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {pid:7d} {where}] {msg}"


def q(s: str) -> str:
    """Go's %q for the ASCII strings these programs quote."""
    return json.dumps(s)


def go_dur(s: float) -> str:
    """Go's time.Duration.String()."""
    if s < 1e-3:
        v = f"{s * 1e6:.3f}".rstrip("0").rstrip(".")
        return v + "µs"
    if s < 1:
        v = f"{s * 1e3:.6f}".rstrip("0").rstrip(".")
        return v + "ms"
    if s < 60:
        v = f"{s:.9f}".rstrip("0").rstrip(".")
        return v + "s"
    m, rest = divmod(s, 60)
    v = f"{rest:.9f}".rstrip("0").rstrip(".")
    return f"{int(m)}m{v}s"


def cron_minutes(t: datetime) -> int:
    """The CronJob controller's job suffix: the scheduled time in minutes since the epoch."""
    return int(t.timestamp()) // 60


def uid(r: random.Random) -> str:
    return uuid4(r)


# --------------------------------------------------------------------------- kube-scheduler

KS_FLAGS = [
    ("allow-metric-labels", "[]"),
    ("allow-metric-labels-manifest", ""),
    ("authentication-kubeconfig", "/etc/kubernetes/scheduler.conf"),
    ("authentication-skip-lookup", "false"),
    ("authentication-token-webhook-cache-ttl", "10s"),
    ("authentication-tolerate-lookup-failure", "true"),
    ("authorization-always-allow-paths", "[/healthz,/readyz,/livez]"),
    ("authorization-kubeconfig", "/etc/kubernetes/scheduler.conf"),
    ("authorization-webhook-cache-authorized-ttl", "10s"),
    ("authorization-webhook-cache-unauthorized-ttl", "10s"),
    ("bind-address", "127.0.0.1"),
    ("cert-dir", ""),
    ("client-ca-file", ""),
    ("config", ""),
    ("contention-profiling", "true"),
    ("disabled-metrics", "[]"),
    ("feature-gates", ""),
    ("help", "false"),
    ("http2-max-streams-per-connection", "0"),
    ("kube-api-burst", "100"),
    ("kube-api-content-type", "application/vnd.kubernetes.protobuf"),
    ("kube-api-qps", "50"),
    ("kubeconfig", "/etc/kubernetes/scheduler.conf"),
    ("leader-elect", "true"),
    ("leader-elect-lease-duration", "15s"),
    ("leader-elect-renew-deadline", "10s"),
    ("leader-elect-resource-lock", "leases"),
    ("leader-elect-resource-name", "kube-scheduler"),
    ("leader-elect-resource-namespace", "kube-system"),
    ("leader-elect-retry-period", "2s"),
    ("log-flush-frequency", "5s"),
    ("log-json-info-buffer-size", "0"),
    ("log-json-split-stream", "false"),
    ("log-text-info-buffer-size", "0"),
    ("log-text-split-stream", "false"),
    ("logging-format", "text"),
    ("master", ""),
    ("permit-address-sharing", "false"),
    ("permit-port-sharing", "false"),
    ("pod-max-in-unschedulable-pods-duration", "5m0s"),
    ("profiling", "true"),
    ("requestheader-allowed-names", "[]"),
    ("requestheader-client-ca-file", ""),
    ("requestheader-extra-headers-prefix", "[x-remote-extra-]"),
    ("requestheader-group-headers", "[x-remote-group]"),
    ("requestheader-username-headers", "[x-remote-user]"),
    ("secure-port", "10259"),
    ("show-hidden-metrics-for-version", ""),
    ("tls-cert-file", ""),
    ("tls-cipher-suites", "[]"),
    ("tls-min-version", ""),
    ("tls-private-key-file", ""),
    ("tls-sni-cert-key", "[]"),
    ("v", "2"),
    ("version", "false"),
    ("vmodule", ""),
    ("write-config-to", ""),
]

KS_WORKERS = ["k8s-w1", "k8s-w2", "k8s-w3", "k8s-w4", "k8s-w5", "k8s-w6"]
KS_CI_NODES = ["k8s-w4", "k8s-w5", "k8s-w6"]
KS_INFORMERS = [
    (
        "*v1.Pod",
        "/api/v1/pods?fieldSelector=status.phase%21%3DSucceeded%2Cstatus.phase%21%3DFailed&limit=500&resourceVersion=0",
    ),
    ("*v1.Node", "/api/v1/nodes?limit=500&resourceVersion=0"),
    ("*v1.PersistentVolume", "/api/v1/persistentvolumes?limit=500&resourceVersion=0"),
    ("*v1.PersistentVolumeClaim", "/api/v1/persistentvolumeclaims?limit=500&resourceVersion=0"),
    ("*v1.StorageClass", "/apis/storage.k8s.io/v1/storageclasses?limit=500&resourceVersion=0"),
    ("*v1.CSINode", "/apis/storage.k8s.io/v1/csinodes?limit=500&resourceVersion=0"),
    ("*v1.CSIDriver", "/apis/storage.k8s.io/v1/csidrivers?limit=500&resourceVersion=0"),
    (
        "*v1.CSIStorageCapacity",
        "/apis/storage.k8s.io/v1/csistoragecapacities?limit=500&resourceVersion=0",
    ),
    ("*v1.PodDisruptionBudget", "/apis/policy/v1/poddisruptionbudgets?limit=500&resourceVersion=0"),
    ("*v1.Namespace", "/api/v1/namespaces?limit=500&resourceVersion=0"),
]


def kube_scheduler(r: random.Random) -> list[Log]:
    """Three control planes (cp1 the leader until 09:12, then cp2), eleven nodes, 06:00 to
    12:00: CI runners and CronJobs all day, a GPU pod waiting 06:40-10:50, a PVC unbound
    07:30-07:52, a priority rollout preempting batch pods at 08:05, cp1's API server restarted at
    09:12, k8s-w4 NotReady 10:20-10:45, a misspelt nodeSelector 11:05-11:40."""
    fs = Files()
    cp1_api = "https://10.0.0.11:6443"
    exit1 = at(9, 12, 15.3) + sec(r.uniform(0, 0.09))
    up1 = at(9, 13, 31.2) + sec(r.uniform(0, 0.09))
    take2 = at(9, 12, 27.6) + sec(r.uniform(0, 0.09))

    def file_of(t: datetime) -> str:
        if t < exit1 + sec(1):
            return "kube-scheduler-k8s-cp1-0.log"
        return "kube-scheduler-k8s-cp2.log"

    def K(f: str, t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        return fs.add(f, t, label, lambda x: [klog(x, lvl, where, msg)], f, US)

    def leader_file(t: datetime) -> str:
        return file_of(t) if t < exit1 or t >= take2 else ""

    def bound(t: datetime, pod: str, node: str, ev: int, feas: int) -> None:
        f = leader_file(t)
        if not f:
            return
        K(
            f,
            t,
            "I",
            "schedule_one.go:286",
            '"Successfully bound pod to node"',
            f'"Successfully bound pod to node" pod="{pod}" node="{node}" evaluatedNodes={ev} feasibleNodes={feas}',
        )

    def nofit(t: datetime, pod: str, err: str) -> None:
        f = leader_file(t)
        if not f:
            return
        K(
            f,
            t,
            "I",
            "schedule_one.go:1004",
            '"Unable to schedule pod; no fit; waiting"',
            f'"Unable to schedule pod; no fit; waiting" pod="{pod}" err="{err}"',
        )

    w4_down = (at(10, 20, 40), at(10, 45, 10))

    def ready_workers(t: datetime) -> list[str]:
        return [w for w in KS_WORKERS if not (w == "k8s-w4" and w4_down[0] <= t < w4_down[1])]

    # CI runner pods: every ~30 s, on the three CI nodes
    for t in poisson(r, T0, T_END, 14.5):
        if exit1 <= t < take2 + sec(2):
            continue
        project = r.choice([412, 412, 412, 398, 377, 377, 455, 203])
        pod = f"ci/runner-{r.choice(['t3kzyxq9', 'gpm2wd7a', 'q8rv4nfe'])}-project-{project}-concurrent-{r.randint(0, 7)}-{kname(r, 8)}"
        nodes = [n for n in KS_CI_NODES if n in ready_workers(t)]
        bound(t, pod, r.choice(nodes), 11, len(nodes))
    # CronJobs
    crons = [
        ("batch", "metrics-rollup", 5),
        ("batch", "invoice-export", 15),
        ("shop", "cache-warmer", 10),
        ("ops", "etcd-defrag-check", 30),
        ("velero", "restic-prune", 60),
    ]
    for ns, name, every in crons:
        m = every
        while m < 360:
            t = T0 + sec(60 * m) + sec(r.uniform(0.05, 0.4))
            m += every
            if exit1 <= t < take2 + sec(2):
                continue
            pod = f"{ns}/{name}-{cron_minutes(t)}-{kname(r, 5)}"
            nodes = ready_workers(t)
            bound(t, pod, r.choice(nodes), 11, len(nodes))
    # rollouts: (time, namespace/deployment, replicas)
    rollouts = [
        (at(7, 15, 3), "shop/web", 6),
        (at(7, 42, 30), "shop/checkout", 4),
        (at(9, 35, 12), "shop/web", 6),
        (at(10, 52, 40), "monitoring/kube-state-metrics", 1),
        (at(11, 25, 5), "shop/catalog", 3),
    ]
    for t, dep, n in rollouts:
        ns, name = dep.split("/")
        h = kname(r, 10)
        for i in range(n):
            ti = t + sec(i * r.uniform(8, 25))
            nodes = ready_workers(ti)
            bound(ti, f"{ns}/{name}-{h}-{kname(r, 5)}", r.choice(nodes), 11, len(nodes))
    # HPA scale-ups of the API during the day
    for t in poisson(r, T0, T_END, 540.0):
        if exit1 <= t < take2 + sec(2):
            continue
        nodes = ready_workers(t)
        bound(t, f"shop/api-6d8f7c9b5-{kname(r, 5)}", r.choice(nodes), 11, len(nodes))
    # the GPU training pod, 06:40-10:50
    gpu_pod = "ml/train-llm-ft-0"
    t = at(6, 40, 12.5) + sec(r.uniform(0, 0.09))
    delays = [0, 1, 2, 4, 8, 10]
    i = 0
    gpu_bound = at(10, 50, 31.4) + sec(r.uniform(0, 0.09))
    while t < gpu_bound:
        if not (exit1 - sec(1) <= t < take2 + sec(2)):
            down = w4_down[0] <= t < w4_down[1]
            reasons = [
                "2 Insufficient nvidia.com/gpu",
                "3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }",
                f"{5 if down else 6} node(s) didn't match Pod's node affinity/selector",
            ]
            if down:
                reasons.append("1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }")
            err = f"0/11 nodes are available: {', '.join(sorted(reasons))}. preemption: 0/11 nodes are available: 2 No preemption victims found for incoming pod, 9 Preemption is not helpful for scheduling."
            nofit(t, gpu_pod, err)
        i += 1
        t += sec(delays[i] if i < len(delays) else r.uniform(25, 110))
    bound(gpu_bound, gpu_pod, "k8s-gpu2", 11, 1)
    # postgres-2's PVC not bound 07:30-07:52, then the volume binding timing out twice
    t = at(7, 30, 44.1) + sec(r.uniform(0, 0.09))
    i = 0
    while t < at(7, 52, 0):
        nofit(
            t,
            "db/postgres-2",
            "0/11 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/11 nodes are available: 11 Preemption is not helpful for scheduling.",
        )
        i += 1
        t += sec(delays[i] if i < len(delays) else r.uniform(20, 90))
    for k in range(2):
        tk = at(7, 52, 14) + sec(k * 640.5 + r.uniform(0, 0.09))
        K(
            file_of(tk),
            tk,
            "E",
            "schedule_one.go:1050",
            '"Error scheduling pod; retrying"',
            '"Error scheduling pod; retrying" err="running PreBind plugin \\"VolumeBinding\\": binding volumes: context deadline exceeded" pod="db/postgres-2"',
        )
    bound(at(8, 3, 51.2) + sec(r.uniform(0, 0.09)), "db/postgres-2", "k8s-w2", 11, 6)
    # the payments rollout preempting batch pods at 08:05
    t = at(8, 5, 2.7) + sec(r.uniform(0, 0.09))
    for victim, node in [
        ("batch/invoice-export-28629165-x2kqp", "k8s-w1"),
        ("batch/metrics-rollup-28629180-7mbnc", "k8s-w1"),
        ("batch/report-builder-5c7d9f8b6-pzq4t", "k8s-w2"),
        ("batch/report-builder-5c7d9f8b6-vn2xl", "k8s-w3"),
    ]:
        pre = f"payments/api-7b9d5c6f8-{kname(r, 5)}"
        K(
            file_of(t),
            t,
            "I",
            "preemption.go:454",
            '"Preemptor Pod preempted victim Pod"',
            f'"Preemptor Pod preempted victim Pod" preemptor="{pre}" victim="{victim}" node="{node}"',
        )
        bound(t + sec(r.uniform(2.5, 6)), pre, node, 11, 6)
        t += sec(r.uniform(1.1, 3.5))
    # evicted pods from k8s-w4 rescheduled at 10:25
    t = at(10, 25, 41.3) + sec(r.uniform(0, 0.09))
    for pod in [
        "shop/web-8c5f7d9b4-",
        "shop/web-8c5f7d9b4-",
        "shop/api-6d8f7c9b5-",
        "shop/catalog-75f8d6c9b8-",
        "monitoring/grafana-6f7b8c9d5d-",
        "kube-system/coredns-76f75df574-",
        "shop/checkout-5b8f9c7d6-",
        "batch/report-builder-5c7d9f8b6-",
        "logging/loki-gateway-7d9b5c8f6-",
    ]:
        nodes = ready_workers(t)
        bound(t, pod + kname(r, 5), r.choice(nodes), 11, len(nodes))
        t += sec(r.uniform(0.05, 0.6))
    # the misspelt nodeSelector, 11:05-11:40
    h = kname(r, 10)
    for k in range(3):
        pod = f"shop/search-indexer-{h}-{kname(r, 5)}"
        t = at(11, 5, 20) + sec(k * 0.03 + r.uniform(0, 0.02))
        i = 0
        while t < at(11, 40, 8):
            reasons = [
                "3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }",
                f"{7 if w4_down[0] <= t < w4_down[1] else 8} node(s) didn't match Pod's node affinity/selector",
            ]
            nofit(
                t,
                pod,
                f"0/11 nodes are available: {', '.join(sorted(reasons))}. preemption: 0/11 nodes are available: 11 Preemption is not helpful for scheduling.",
            )
            i += 1
            t += sec(delays[i] if i < len(delays) else r.uniform(40, 130))
        bound(
            at(11, 40, 9) + sec(k * 0.4 + r.uniform(0, 0.09)),
            pod.replace(h, kname(r, 10)),
            r.choice(KS_WORKERS),
            11,
            6,
        )

    # cp1's API server restarted at 09:12: watches drop, lists refused, the lease lost
    f0 = "kube-scheduler-k8s-cp1-0.log"
    down = at(9, 12, 3.2) + sec(r.uniform(0, 0.09))
    for typ, path in [*KS_INFORMERS, ("*v1.ConfigMap", "")]:
        if typ == "*v1.ConfigMap":
            names = [
                (
                    "k8s.io/apiserver/pkg/server/dynamiccertificates/configmap_cafile_content.go:206",
                    "/api/v1/namespaces/kube-system/configmaps?fieldSelector=metadata.name%3Dextension-apiserver-authentication&limit=500&resourceVersion=0",
                ),
                (
                    "k8s.io/apiserver/pkg/authentication/request/headerrequest/requestheader_controller.go:172",
                    "/api/v1/namespaces/kube-system/configmaps?fieldSelector=metadata.name%3Dextension-apiserver-authentication&limit=500&resourceVersion=0",
                ),
            ]
        else:
            names = [("k8s.io/client-go/informers/factory.go:159", path)]
        for name, p in names:
            t = down + sec(r.uniform(0.2, 1.5))
            back = 0.8
            while t < exit1:
                url = cp1_api + p
                e = f'Get "{url}": dial tcp 10.0.0.11:6443: connect: connection refused'
                t = K(
                    f0,
                    t,
                    "W",
                    "reflector.go:539",
                    "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                    f"{name}: failed to list {typ}: {e}",
                )
                K(
                    f0,
                    t + sec(0.00002),
                    "E",
                    "reflector.go:147",
                    "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                    f"{name}: Failed to watch {typ}: failed to list {typ}: {e}",
                )
                t += sec(back * r.uniform(1.0, 1.6))
                back *= 2
    t = down + sec(r.uniform(0.5, 1.9))
    while t < exit1 - sec(1.5):
        K(
            f0,
            t,
            "E",
            "leaderelection.go:332",
            "error retrieving resource lock %v: Get %q: dial tcp %s: connect: connection refused",
            f'error retrieving resource lock kube-system/kube-scheduler: Get "{cp1_api}/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s": dial tcp 10.0.0.11:6443: connect: connection refused',
        )
        t += sec(2 + r.uniform(0, 0.05))
    K(
        f0,
        exit1 - sec(0.2),
        "I",
        "leaderelection.go:285",
        "failed to renew lease %v: timed out waiting for the condition",
        "failed to renew lease kube-system/kube-scheduler: timed out waiting for the condition",
    )
    K(f0, exit1, "E", "server.go:246", '"Leaderelection lost"', '"Leaderelection lost"')
    # cp2 takes over
    K(
        "kube-scheduler-k8s-cp2.log",
        take2,
        "I",
        "leaderelection.go:260",
        "successfully acquired lease %v",
        "successfully acquired lease kube-system/kube-scheduler",
    )
    # cp1's scheduler starting again
    f1 = "kube-scheduler-k8s-cp1-1.log"
    t = up1
    for k, v in KS_FLAGS:
        t = K(
            f1,
            t + sec(r.uniform(0.000005, 0.00003)),
            "I",
            "flags.go:64",
            "FLAG: --%s=%q",
            f"FLAG: --{k}={q(v)}",
        )
    t = K(
        f1,
        t + sec(0.61),
        "I",
        "serving.go:380",
        "Generated self-signed cert in-memory",
        "Generated self-signed cert in-memory",
    )
    t = K(
        f1,
        t + sec(0.43),
        "I",
        "server.go:154",
        '"Starting Kubernetes Scheduler"',
        '"Starting Kubernetes Scheduler" version="v1.29.4"',
    )
    t = K(
        f1,
        t + sec(0.00004),
        "I",
        "server.go:156",
        '"Golang settings"',
        '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""',
    )
    cafile = "client-ca::kube-system::extension-apiserver-authentication::client-ca-file"
    rhfile = (
        "client-ca::kube-system::extension-apiserver-authentication::requestheader-client-ca-file"
    )
    t = K(
        f1,
        t + sec(0.0031),
        "I",
        "requestheader_controller.go:169",
        "Starting RequestHeaderAuthRequestController",
        "Starting RequestHeaderAuthRequestController",
    )
    t = K(
        f1,
        t + sec(0.00002),
        "I",
        "shared_informer.go:311",
        "Waiting for caches to sync for %s",
        "Waiting for caches to sync for RequestHeaderAuthRequestController",
    )
    t = K(
        f1,
        t + sec(0.00003),
        "I",
        "configmap_cafile_content.go:202",
        '"Starting controller"',
        f'"Starting controller" name="{cafile}"',
    )
    t = K(
        f1,
        t + sec(0.00002),
        "I",
        "shared_informer.go:311",
        "Waiting for caches to sync for %s",
        f"Waiting for caches to sync for {cafile}",
    )
    t = K(
        f1,
        t + sec(0.00002),
        "I",
        "configmap_cafile_content.go:202",
        '"Starting controller"',
        f'"Starting controller" name="{rhfile}"',
    )
    t = K(
        f1,
        t + sec(0.00002),
        "I",
        "shared_informer.go:311",
        "Waiting for caches to sync for %s",
        f"Waiting for caches to sync for {rhfile}",
    )
    t = K(
        f1,
        t + sec(0.0004),
        "I",
        "secure_serving.go:213",
        "Serving securely on %s",
        "Serving securely on 127.0.0.1:10259",
    )
    t = K(
        f1,
        t + sec(0.00005),
        "I",
        "tlsconfig.go:240",
        '"Starting DynamicServingCertificateController"',
        '"Starting DynamicServingCertificateController"',
    )
    t = K(
        f1,
        t + sec(0.1),
        "I",
        "leaderelection.go:250",
        "attempting to acquire leader lease %v...",
        "attempting to acquire leader lease kube-system/kube-scheduler...",
    )
    for c in [rhfile, "RequestHeaderAuthRequestController", cafile]:
        t = K(
            f1,
            t + sec(r.uniform(0.0002, 0.004)),
            "I",
            "shared_informer.go:318",
            "Caches are synced for %s",
            f"Caches are synced for {c}",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ kube-proxy

KP_FLAGS = [
    ("bind-address", "0.0.0.0"),
    ("bind-address-hard-fail", "false"),
    ("boot-id-file", "/proc/sys/kernel/random/boot_id"),
    ("cleanup", "false"),
    ("cluster-cidr", ""),
    ("config", "/var/lib/kube-proxy/config.conf"),
    ("config-sync-period", "15m0s"),
    ("conntrack-max-per-core", "32768"),
    ("conntrack-min", "131072"),
    ("conntrack-tcp-be-liberal", "false"),
    ("conntrack-tcp-timeout-close-wait", "1h0m0s"),
    ("conntrack-tcp-timeout-established", "24h0m0s"),
    ("conntrack-udp-timeout", "0s"),
    ("conntrack-udp-timeout-stream", "0s"),
    ("detect-local-mode", ""),
    ("feature-gates", ""),
    ("healthz-bind-address", "0.0.0.0:10256"),
    ("help", "false"),
    ("hostname-override", "k8s-w3"),
    ("init-only", "false"),
    ("iptables-localhost-nodeports", "true"),
    ("iptables-masquerade-bit", "14"),
    ("iptables-min-sync-period", "1s"),
    ("iptables-sync-period", "30s"),
    ("ipvs-exclude-cidrs", "[]"),
    ("ipvs-min-sync-period", "0s"),
    ("ipvs-scheduler", ""),
    ("ipvs-strict-arp", "false"),
    ("ipvs-sync-period", "30s"),
    ("ipvs-tcp-timeout", "0s"),
    ("ipvs-tcpfin-timeout", "0s"),
    ("ipvs-udp-timeout", "0s"),
    ("kube-api-burst", "10"),
    ("kube-api-content-type", "application/vnd.kubernetes.protobuf"),
    ("kube-api-qps", "5"),
    ("kubeconfig", ""),
    ("log-flush-frequency", "5s"),
    ("log-json-info-buffer-size", "0"),
    ("log-json-split-stream", "false"),
    ("log-text-info-buffer-size", "0"),
    ("log-text-split-stream", "false"),
    ("logging-format", "text"),
    ("masquerade-all", "false"),
    ("master", ""),
    ("metrics-bind-address", "127.0.0.1:10249"),
    ("nodeport-addresses", "[]"),
    ("oom-score-adj", "-999"),
    ("pod-bridge-interface", ""),
    ("pod-interface-name-prefix", ""),
    ("profiling", "false"),
    ("proxy-mode", ""),
    ("proxy-port-range", ""),
    ("show-hidden-metrics-for-version", ""),
    ("v", "2"),
    ("version", "false"),
    ("vmodule", ""),
    ("write-config-to", ""),
]

KP_NODES = [
    ("k8s-w1", "10.0.1.21", "kube-proxy-7xk2p.log"),
    ("k8s-w2", "10.0.1.22", "kube-proxy-c8d4n.log"),
    ("k8s-w3", "10.0.1.23", "kube-proxy-hq9vz-0.log"),
    ("k8s-w4", "10.0.1.24", "kube-proxy-m2b7t.log"),
    ("k8s-w5", "10.0.1.25", "kube-proxy-tz6wl.log"),
]


def kube_proxy(r: random.Random) -> list[Log]:
    """kube-proxy in iptables mode on five workers, 06:00 to 12:00: a sync on every node for
    each Service or EndpointSlice change and hourly, k8s-w2's xtables lock held by an endpoint
    agent 08:10-08:22, firewalld reloaded every ten minutes on k8s-w4 09:40-11:00, k8s-w3
    rebooted at 10:05."""
    fs = Files()
    reboot3 = (at(10, 4, 51.7) + sec(r.uniform(0, 0.1)), at(10, 8, 22.4) + sec(r.uniform(0, 0.1)))
    lock2 = (at(8, 10, 24.6), at(8, 22, 9.3))
    last: dict[str, datetime] = {}
    full_next: dict[str, datetime] = {}

    def fname(node: str, t: datetime) -> str:
        f = dict((n, f) for n, _, f in KP_NODES)[node]
        if node == "k8s-w3" and t >= reboot3[1]:
            return "kube-proxy-hq9vz-1.log"
        return f

    def K(node: str, t: datetime, lvl: str, where: str, label: str, lines: list[str]) -> datetime:
        f = fname(node, t)
        return fs.add(f, t, label, lambda x: [klog(x, lvl, where, lines[0]), *lines[1:]], f, US)

    def counts(t: datetime, full: bool) -> tuple[int, int, int, int, int]:
        hours = (t - T0).total_seconds() / 3600
        svcs = 86 + (1 if hours > 3.5 else 0) + (1 if at(11, 5) <= t < at(11, 41) else 0)
        eps = 133 + int(6 * abs((hours % 2) - 1)) + r.randint(-2, 2)
        frules = 5 + (1 if at(11, 5) <= t < at(11, 41) else 0)
        if full:
            return svcs, eps, 6, frules, 4 + 2 * svcs + eps
        return svcs, eps, 6, frules, r.randint(4, 14)

    def sync(
        node: str, t: datetime, full: bool, fail: bool = False, force: bool = False
    ) -> datetime:
        if node in last and t < last[node] + sec(1):
            t = last[node] + sec(1) + sec(r.uniform(0.0001, 0.002))
        if not force and node == "k8s-w3" and reboot3[0] <= t < reboot3[1] + sec(3):
            return t
        svcs, eps, fc, fr, nat = counts(t, full)
        natc = nat // 3 + 4 if full else r.randint(4, 9)
        el = 5.0 + r.uniform(0.002, 0.04) if fail else r.uniform(0.012, 0.06) * (4 if full else 1)
        t0 = K(
            node,
            t,
            "I",
            "proxier.go:805",
            '"Syncing iptables rules"',
            ['"Syncing iptables rules" ipFamily="IPv4"'],
        )
        t = K(
            node,
            t0 + sec(r.uniform(0.004, 0.03) if fail else el * r.uniform(0.4, 0.8)),
            "I",
            "proxier.go:1494",
            '"Reloading service iptables data"',
            [
                f'"Reloading service iptables data" ipFamily="IPv4" numServices={svcs} numEndpoints={eps} numFilterChains={fc} numFilterRules={fr} numNATChains={natc} numNATRules={nat}'
            ],
        )
        if fail:
            t = K(
                node,
                t0 + sec(el - 0.00006),
                "E",
                "proxier.go:1525",
                '"Failed to execute iptables-restore"',
                [
                    '"Failed to execute iptables-restore" err=<',
                    "\texit status 4: Another app is currently holding the xtables lock. Stopped waiting after 5s.",
                    ' > ipFamily="IPv4"',
                ],
            )
            t = K(
                node,
                t + sec(0.00003),
                "I",
                "proxier.go:1537",
                '"Sync failed"',
                ['"Sync failed" ipFamily="IPv4" retryingTime="30s"'],
            )
        t = K(
            node,
            max(t + sec(0.00002), t0 + sec(el)),
            "I",
            "proxier.go:799",
            '"SyncProxyRules complete"',
            [f'"SyncProxyRules complete" ipFamily="IPv4" elapsed="{go_dur(el)}"'],
        )
        last[node] = t
        return t

    # changes every node sees: rollouts, HPA, CronJob-backed services, CoreDNS
    changes = poisson(r, T0, T_END, 230.0)
    for burst_t, n in [
        (at(7, 15, 3), 8),
        (at(7, 42, 30), 6),
        (at(8, 5, 2), 6),
        (at(9, 35, 12), 8),
        (at(10, 25, 41), 9),
        (at(11, 25, 5), 5),
    ]:
        changes += [burst_t + sec(i * r.uniform(6, 22)) for i in range(n)]
    changes.sort()
    for node, _, _ in KP_NODES:
        full_next[node] = T0 + sec(r.uniform(60, 3500))
    events: list[tuple[datetime, str, str]] = []
    for c in changes:
        for node, _, _ in KP_NODES:
            events.append((c + sec(r.uniform(0.003, 0.08)), node, "change"))
    for node, _, _ in KP_NODES:
        t = full_next[node]
        while t < T_END:
            events.append((t, node, "full"))
            t += sec(3600 + r.uniform(0, 0.01))
    # k8s-w4: firewalld reloaded by Puppet every ten minutes 09:40-11:00
    t = at(9, 40, 17.2)
    while t < at(11, 0):
        events.append((t + sec(r.uniform(2, 29)), "k8s-w4", "flush"))
        t += sec(600 + r.uniform(-20, 20))
    # the change that first hits the lock on k8s-w2
    first = lock2[0] + sec(r.uniform(5, 9))
    for node, _, _ in KP_NODES:
        events.append((first + sec(r.uniform(0.003, 0.08)), node, "change"))
    heapq.heapify(events)
    retry_at: datetime | None = None
    while events:
        t, node, kind = heapq.heappop(events)
        if kind == "retry" and (retry_at is None or t != retry_at):
            continue
        if node == "k8s-w2" and (lock2[0] <= t < lock2[1] or kind == "retry"):
            fail = lock2[0] <= t < lock2[1]
            t2 = sync(node, t, True, fail=fail)
            if fail:
                retry_at = t2 + sec(30 + r.uniform(0.0001, 0.002))
                heapq.heappush(events, (retry_at, node, "retry"))
            else:
                retry_at = None
            continue
        if kind == "flush":
            t = K(
                node,
                t,
                "I",
                "iptables.go:578",
                '"Reloading after iptables flush"',
                ['"Reloading after iptables flush"'],
            )
            sync(node, t + sec(r.uniform(0.0001, 0.001)), True)
        else:
            sync(node, t, kind == "full")

    # k8s-w3 after its reboot
    node, ip = "k8s-w3", "10.0.1.23"
    t = reboot3[1]
    for k, v in KP_FLAGS:
        t = K(
            node,
            t + sec(r.uniform(0.000004, 0.00003)),
            "I",
            "flags.go:64",
            "FLAG: --%s=%q",
            [f"FLAG: --{k}={q(v)}"],
        )
    steps = [
        (0.0061, "I", "server_linux.go:69", '"Using iptables proxy"', '"Using iptables proxy"'),
        (
            0.0233,
            "I",
            "server.go:1050",
            '"Successfully retrieved node IP(s)"',
            f'"Successfully retrieved node IP(s)" IPs=["{ip}"]',
        ),
        (
            0.0019,
            "I",
            "conntrack.go:58",
            '"Setting nf_conntrack_max"',
            '"Setting nf_conntrack_max" nfConntrackMax=131072',
        ),
        (
            0.00008,
            "I",
            "conntrack.go:118",
            '"Set sysctl"',
            '"Set sysctl" entry="net/netfilter/nf_conntrack_tcp_timeout_established" value=86400',
        ),
        (
            0.00005,
            "I",
            "conntrack.go:118",
            '"Set sysctl"',
            '"Set sysctl" entry="net/netfilter/nf_conntrack_tcp_timeout_close_wait" value=3600',
        ),
        (
            0.0009,
            "I",
            "server.go:652",
            '"kube-proxy running in dual-stack mode"',
            '"kube-proxy running in dual-stack mode" primary ipFamily="IPv4"',
        ),
        (
            0.00004,
            "I",
            "server_linux.go:528",
            '"Detect-local-mode set to ClusterCIDR, but no cluster CIDR for family"',
            '"Detect-local-mode set to ClusterCIDR, but no cluster CIDR for family" ipFamily="IPv6"',
        ),
        (
            0.00002,
            "I",
            "server_linux.go:540",
            '"Defaulting to no-op detect-local"',
            '"Defaulting to no-op detect-local"',
        ),
        (
            0.0012,
            "I",
            "proxier.go:246",
            '"Setting route_localnet=1 to allow node-ports on localhost; to change this either disable iptables.localhostNodePorts (--iptables-localhost-nodeports) or set nodePortAddresses (--nodeport-addresses) to filter loopback addresses"',
            '"Setting route_localnet=1 to allow node-ports on localhost; to change this either disable iptables.localhostNodePorts (--iptables-localhost-nodeports) or set nodePortAddresses (--nodeport-addresses) to filter loopback addresses" ipFamily="IPv4"',
        ),
        (
            0.0003,
            "E",
            "server.go:1039",
            '"Kube-proxy configuration may be incomplete or incorrect"',
            '"Kube-proxy configuration may be incomplete or incorrect" err="nodePortAddresses is unset; NodePort connections will be accepted on all local IPs. Consider using `--nodeport-addresses primary`"',
        ),
        (0.00002, "I", "server.go:865", '"Version info"', '"Version info" version="v1.29.4"'),
        (
            0.00001,
            "I",
            "server.go:867",
            '"Golang settings"',
            '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""',
        ),
        (
            0.0011,
            "I",
            "config.go:188",
            '"Starting service config controller"',
            '"Starting service config controller"',
        ),
        (
            0.00002,
            "I",
            "shared_informer.go:311",
            "Waiting for caches to sync for %s",
            "Waiting for caches to sync for service config",
        ),
        (
            0.00003,
            "I",
            "config.go:97",
            '"Starting endpoint slice config controller"',
            '"Starting endpoint slice config controller"',
        ),
        (
            0.00001,
            "I",
            "shared_informer.go:311",
            "Waiting for caches to sync for %s",
            "Waiting for caches to sync for endpoint slice config",
        ),
        (
            0.00009,
            "I",
            "config.go:315",
            '"Starting node config controller"',
            '"Starting node config controller"',
        ),
        (
            0.00001,
            "I",
            "shared_informer.go:311",
            "Waiting for caches to sync for %s",
            "Waiting for caches to sync for node config",
        ),
        (
            0.0009,
            "I",
            "proxier.go:812",
            '"Not syncing iptables until Services and Endpoints have been received from master"',
            '"Not syncing iptables until Services and Endpoints have been received from master" ipFamily="IPv4"',
        ),
        (
            0.1012,
            "I",
            "shared_informer.go:318",
            "Caches are synced for %s",
            "Caches are synced for node config",
        ),
        (
            0.0013,
            "I",
            "shared_informer.go:318",
            "Caches are synced for %s",
            "Caches are synced for service config",
        ),
        (
            0.0009,
            "I",
            "shared_informer.go:318",
            "Caches are synced for %s",
            "Caches are synced for endpoint slice config",
        ),
    ]
    for dt, lvl, where, label, msg in steps:
        t = K(node, t + sec(dt * r.uniform(0.8, 1.2)), lvl, where, label, [msg])
    last.pop(node, None)
    sync(node, t + sec(0.0002), True, force=True)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- weave-net

WV_NODES = {
    "kube-1": ("10.20.0.11", "ce:31:e0:06:45:1b", "10.32.0", "weave-net-5fk2m"),
    "kube-2": ("10.20.0.12", "7a:9f:12:c4:e8:02", "10.44.0", "weave-net-q7n4x"),
    "kube-3": ("10.20.0.13", "b6:2d:58:91:3f:a7", "10.40.0", "weave-net-zc9tb"),
}
WV_IPSET_CHARS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+-.:;<=>?@[]^_{|}~"
)


def wv_ts(t: datetime) -> str:
    return f"{t:%Y/%m/%d %H:%M:%S}.{t.microsecond:06d}"


def gotime(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%SZ}"


class WvPod:
    def __init__(
        self,
        r: random.Random,
        ns: str,
        name: str,
        node: str,
        labels: dict[str, str],
        owner: tuple[str, str],
        image: str,
        start: datetime,
        end: datetime | None,
        sets: list[str],
        octet: int,
    ) -> None:
        self.ns, self.name, self.node, self.labels = ns, name, node, labels
        self.owner, self.image, self.start, self.end, self.sets = owner, image, start, end, sets
        self.uid = uid(r)
        self.owner_uid = uid(r)
        self.ip = f"{WV_NODES[node][2]}.{octet}"
        self.mac = ":".join(
            f"{x:02x}"
            for x in [r.randrange(256) & 0xFE | 0x02] + [r.randrange(256) for _ in range(5)]
        )
        self.rv = r.randint(48_100_000, 48_900_000)
        self.gen = name.rsplit("-", 1)[0] + "-"

    def json(
        self, phase: str, scheduled: bool, ip: bool, ready: bool, deleting: datetime | None = None
    ) -> str:
        self.rv += 1 + (self.rv % 7)
        meta: dict[str, object] = {
            "name": self.name,
            "generateName": self.gen,
            "namespace": self.ns,
            "uid": self.uid,
            "resourceVersion": str(self.rv),
            "creationTimestamp": gotime(self.start),
        }
        if deleting:
            meta["deletionTimestamp"] = gotime(deleting + sec(30))
            meta["deletionGracePeriodSeconds"] = 30
        meta["labels"] = self.labels
        meta["ownerReferences"] = [
            {
                "apiVersion": "batch/v1" if self.owner[0] == "Job" else "apps/v1",
                "kind": self.owner[0],
                "name": self.owner[1],
                "uid": self.owner_uid,
                "controller": True,
                "blockOwnerDeletion": True,
            }
        ]
        spec: dict[str, object] = {
            "containers": [
                {
                    "name": self.labels.get("app", "job"),
                    "image": self.image,
                    "resources": {},
                    "terminationMessagePath": "/dev/termination-log",
                    "terminationMessagePolicy": "File",
                    "imagePullPolicy": "IfNotPresent",
                }
            ],
            "restartPolicy": "Never" if self.owner[0] == "Job" else "Always",
            "terminationGracePeriodSeconds": 30,
            "dnsPolicy": "ClusterFirst",
            "serviceAccountName": "default",
            "serviceAccount": "default",
        }
        if scheduled:
            spec["nodeName"] = self.node
        spec["securityContext"] = {}
        spec["schedulerName"] = "default-scheduler"
        spec["priority"] = 0
        spec["enableServiceLinks"] = True
        spec["preemptionPolicy"] = "PreemptLowerPriority"
        status: dict[str, object] = {"phase": phase}
        if scheduled:
            conds = [
                {
                    "type": "PodScheduled",
                    "status": "True",
                    "lastProbeTime": None,
                    "lastTransitionTime": gotime(self.start),
                }
            ]
            if ip:
                conds.insert(
                    0,
                    {
                        "type": "Ready",
                        "status": "True" if ready else "False",
                        "lastProbeTime": None,
                        "lastTransitionTime": gotime(self.start + sec(3)),
                    },
                )
            status["conditions"] = conds
        if ip:
            status["hostIP"] = WV_NODES[self.node][0]
            status["podIP"] = self.ip
            status["podIPs"] = [{"ip": self.ip}]
            status["startTime"] = gotime(self.start + sec(1))
        status["qosClass"] = "BestEffort"
        return json.dumps({"metadata": meta, "spec": spec, "status": status}, separators=(",", ":"))


def weave_net(r: random.Random) -> list[Log]:
    """Three nodes (kube-1 to kube-3), 06:00 to 12:00: pods coming and going, kube-3 cut off by
    its switch port 08:40-08:44, a NetworkPolicy updated with a wrong label 09:30-09:48, UDP 6784
    blocked on kube-2 at 10:40, an egress default-deny for the CI namespace 11:10-11:21."""
    fs = Files()
    part3 = (at(8, 40, 5.2) + sec(r.uniform(0, 0.1)), at(8, 44, 10.6) + sec(r.uniform(0, 0.1)))

    def rfile(node: str, t: datetime) -> str:
        return f"{WV_NODES[node][3]}-weave.log"

    def nfile(node: str, t: datetime) -> str:
        return f"{WV_NODES[node][3]}-weave-npc.log"

    def W(node: str, t: datetime, lvl: str, label: str, msg: str, npc: bool = False) -> datetime:
        if t >= T_END:
            return t
        f = nfile(node, t) if npc else rfile(node, t)
        return fs.add(f, t, label, lambda x: [f"{lvl}: {wv_ts(x)} {msg}"], f, US)

    def peer(node: str) -> str:
        return f"{WV_NODES[node][1]}({node})"

    def ipset_name() -> str:
        return "weave-" + "".join(r.choice(WV_IPSET_CHARS) for _ in range(26))

    ns_sets = {
        ns: ipset_name() for ns in ["ci", "batch", "shop", "db", "kube-system", "monitoring"]
    }
    sel_sets = {
        ("shop", "app=api"): ipset_name(),
        ("shop", "app=web"): ipset_name(),
        ("db", "app=postgres"): ipset_name(),
        ("shop", "app=api-server"): ipset_name(),
    }
    nodes = list(WV_NODES)

    # long-lived pods: (ns, name, node, labels, owner, image, octet, sporadic)
    long_lived = [
        (
            "kube-system",
            "coredns-76f75df574-2kq8x",
            "kube-1",
            {"k8s-app": "kube-dns", "pod-template-hash": "76f75df574"},
            ("ReplicaSet", "coredns-76f75df574"),
            "registry.k8s.io/coredns/coredns:v1.11.1",
            2,
            False,
        ),
        (
            "kube-system",
            "coredns-76f75df574-w9zrn",
            "kube-3",
            {"k8s-app": "kube-dns", "pod-template-hash": "76f75df574"},
            ("ReplicaSet", "coredns-76f75df574"),
            "registry.k8s.io/coredns/coredns:v1.11.1",
            2,
            False,
        ),
        (
            "shop",
            "api-6d8f7c9b5-j4tqx",
            "kube-1",
            {"app": "api", "pod-template-hash": "6d8f7c9b5"},
            ("ReplicaSet", "api-6d8f7c9b5"),
            "registry.example.com/shop/api:2.14.3",
            5,
            False,
        ),
        (
            "shop",
            "api-6d8f7c9b5-p8wzv",
            "kube-2",
            {"app": "api", "pod-template-hash": "6d8f7c9b5"},
            ("ReplicaSet", "api-6d8f7c9b5"),
            "registry.example.com/shop/api:2.14.3",
            3,
            False,
        ),
        (
            "shop",
            "web-8c5f7d9b4-m2rtx",
            "kube-2",
            {"app": "web", "pod-template-hash": "8c5f7d9b4"},
            ("ReplicaSet", "web-8c5f7d9b4"),
            "registry.example.com/shop/web:5.2.0",
            4,
            True,
        ),
        (
            "shop",
            "web-8c5f7d9b4-zq7kd",
            "kube-3",
            {"app": "web", "pod-template-hash": "8c5f7d9b4"},
            ("ReplicaSet", "web-8c5f7d9b4"),
            "registry.example.com/shop/web:5.2.0",
            5,
            True,
        ),
        (
            "db",
            "postgres-0",
            "kube-3",
            {"app": "postgres", "statefulset.kubernetes.io/pod-name": "postgres-0"},
            ("StatefulSet", "postgres"),
            "docker.io/library/postgres:16.3",
            3,
            False,
        ),
        (
            "monitoring",
            "prometheus-0",
            "kube-1",
            {"app": "prometheus"},
            ("StatefulSet", "prometheus"),
            "quay.io/prometheus/prometheus:v2.52.0",
            7,
            False,
        ),
        (
            "monitoring",
            "node-exporter-4xkqz",
            "kube-2",
            {"app": "node-exporter"},
            ("DaemonSet", "node-exporter"),
            "quay.io/prometheus/node-exporter:v1.8.1",
            9,
            True,
        ),
        (
            "monitoring",
            "node-exporter-hm2vd",
            "kube-3",
            {"app": "node-exporter"},
            ("DaemonSet", "node-exporter"),
            "quay.io/prometheus/node-exporter:v1.8.1",
            9,
            True,
        ),
        (
            "monitoring",
            "grafana-6f7b8c9d5d-x5lnq",
            "kube-2",
            {"app": "grafana"},
            ("ReplicaSet", "grafana-6f7b8c9d5d"),
            "docker.io/grafana/grafana:10.4.2",
            11,
            True,
        ),
        (
            "shop",
            "worker-5c9d8f7b6-qt6wz",
            "kube-3",
            {"app": "worker"},
            ("ReplicaSet", "worker-5c9d8f7b6"),
            "registry.example.com/shop/worker:2.14.3",
            4,
            True,
        ),
        (
            "shop",
            "search-7b8c9d6f5-ld4pn",
            "kube-1",
            {"app": "search"},
            ("ReplicaSet", "search-7b8c9d6f5"),
            "registry.example.com/shop/search:1.9.0",
            9,
            True,
        ),
    ]
    pods: list[WvPod] = []
    for ns, name, node, labels, owner, image, octet, _sp in long_lived:
        sets = [ns_sets[ns]] + [
            v
            for (sns, sel), v in sel_sets.items()
            if sns == ns and f"app={labels.get('app')}" == sel
        ]
        pods.append(
            WvPod(
                r,
                ns,
                name,
                node,
                labels,
                owner,
                image,
                T0 - timedelta(days=3, seconds=r.uniform(0, 86400)),
                None,
                sets,
                octet,
            )
        )
    sporadic = {p.name for p, ll in zip(pods, long_lived, strict=True) if ll[7]}

    # ephemeral pods: CI jobs, CronJobs, a rollout
    eph: list[WvPod] = []
    octets = {n: 20 for n in nodes}

    def new_pod(
        ns: str,
        name: str,
        node: str,
        labels: dict[str, str],
        owner: tuple[str, str],
        image: str,
        start: datetime,
        end: datetime,
    ) -> None:
        octets[node] += 1
        sets = [ns_sets[ns]] + [
            v
            for (sns, sel), v in sel_sets.items()
            if sns == ns and f"app={labels.get('app')}" == sel
        ]
        eph.append(WvPod(r, ns, name, node, labels, owner, image, start, end, sets, octets[node]))

    t = T0 + sec(r.uniform(200, 600))
    while t < at(11, 40):
        if True:
            job = f"build-{r.randint(18200, 18999)}"
            node = r.choice(["kube-1", "kube-2", "kube-3"])
            name = f"runner-q8rv4nfe-project-{r.choice([41, 41, 57, 63])}-concurrent-{r.randint(0, 3)}-{kname(r, 8)}"
            new_pod(
                "ci",
                name,
                node,
                {"app": "gitlab-runner-job", "job": job},
                ("Job", job),
                "registry.example.com/ci/build-env:2024.05",
                t,
                t + sec(r.uniform(90, 600)),
            )
        t += sec(r.uniform(330, 760))
    for m in range(15, 360, 30):
        t = T0 + sec(60 * m + r.uniform(0.1, 0.9))
        jn = f"report-builder-{cron_minutes(t)}"
        new_pod(
            "batch",
            f"{jn}-{kname(r, 5)}",
            r.choice(nodes),
            {"app": "report-builder", "batch.kubernetes.io/job-name": jn},
            ("Job", jn),
            "registry.example.com/batch/reports:3.1.0",
            t,
            t + sec(r.uniform(40, 240)),
        )
    h = kname(r, 10)
    for k in range(3):
        t = at(10, 12, 3) + sec(k * r.uniform(15, 30))
        new_pod(
            "shop",
            f"web-{h}-{kname(r, 5)}",
            nodes[k],
            {"app": "web", "pod-template-hash": h},
            ("ReplicaSet", f"web-{h}"),
            "registry.example.com/shop/web:5.3.0",
            t,
            T_END + sec(3600),
        )

    # --- weave-npc: the pod events every node's controller sees
    def npc_entries(node: str, t: datetime, p: WvPod, add: bool) -> datetime:
        for st in p.sets:
            if add:
                t = W(
                    node,
                    t + sec(r.uniform(0.00003, 0.0002)),
                    "INFO",
                    "adding entry %s to %s of %s",
                    f"adding entry {p.ip} to {st} of {p.uid}",
                    npc=True,
                )
                t = W(
                    node,
                    t + sec(r.uniform(0.00001, 0.00005)),
                    "INFO",
                    "added entry %s to %s of %s",
                    f"added entry {p.ip} to {st} of {p.uid}",
                    npc=True,
                )
            else:
                t = W(
                    node,
                    t + sec(r.uniform(0.00003, 0.0002)),
                    "INFO",
                    "deleting entry %s from %s of %s",
                    f"deleting entry {p.ip} from {st} of {p.uid}",
                    npc=True,
                )
                t = W(
                    node,
                    t + sec(r.uniform(0.00001, 0.00005)),
                    "INFO",
                    "deleted entry %s from %s of %s",
                    f"deleted entry {p.ip} from {st} of {p.uid}",
                    npc=True,
                )
        return t

    for p in eph:
        t_ip = p.start + sec(r.uniform(1.2, 3.5))
        j0 = p.json("Pending", False, False, False)
        t_sched = p.start + sec(r.uniform(0.005, 0.04))
        j1 = p.json("Pending", True, False, False)
        j2 = p.json("Running", True, True, True)
        seq = [
            (p.start, "EVENT AddPod %s", f"EVENT AddPod {j0}", None),
            (t_sched, "EVENT UpdatePod %s %s", f"EVENT UpdatePod {j0} {j1}", None),
            (t_ip, "EVENT UpdatePod %s %s", f"EVENT UpdatePod {j1} {j2}", "add"),
        ]
        if p.end and p.end < T_END and p.owner[0] == "Job":
            j3 = p.json("Succeeded", True, True, False)
            seq.append((p.end, "EVENT UpdatePod %s %s", f"EVENT UpdatePod {j2} {j3}", None))
            td = p.end + sec(r.uniform(0.5, 20))
            j4 = p.json("Succeeded", True, True, False, deleting=td)
            seq.append((td, "EVENT UpdatePod %s %s", f"EVENT UpdatePod {j3} {j4}", None))
            seq.append(
                (
                    td + sec(r.uniform(0.01, 0.2)),
                    "EVENT DeletePod %s",
                    f"EVENT DeletePod {j4}",
                    "del",
                )
            )
        for node in nodes:
            for tt, label, msg, ent in seq:
                tt = tt + sec(r.uniform(0.0005, 0.02))
                tt = W(node, tt, "DEBU", label, msg, npc=True)
                if ent:
                    npc_entries(node, tt, p, ent == "add")

    # readiness of the API pods flapping while postgres is unreachable 09:30-09:48
    bad = (at(9, 30, 11.4), at(9, 48, 2.7))
    for p in pods:
        if p.labels.get("app") != "api":
            continue
        t1 = bad[0] + sec(r.uniform(20, 45))
        t2 = bad[1] + sec(r.uniform(8, 25))
        ja = p.json("Running", True, True, True)
        jb = p.json("Running", True, True, False)
        jc = p.json("Running", True, True, True)
        for node in nodes:
            W(
                node,
                t1 + sec(r.uniform(0.001, 0.02)),
                "DEBU",
                "EVENT UpdatePod %s %s",
                f"EVENT UpdatePod {ja} {jb}",
                npc=True,
            )
            W(
                node,
                t2 + sec(r.uniform(0.001, 0.02)),
                "DEBU",
                "EVENT UpdatePod %s %s",
                f"EVENT UpdatePod {jb} {jc}",
                npc=True,
            )

    # the NetworkPolicy: updated with app=api-server at 09:30, fixed at 09:48
    np_uid = uid(r)

    def np_json(sel: str, rv: int, gen: int) -> str:
        return json.dumps(
            {
                "metadata": {
                    "name": "allow-api-to-postgres",
                    "namespace": "db",
                    "uid": np_uid,
                    "resourceVersion": str(rv),
                    "generation": gen,
                    "creationTimestamp": "2024-04-18T09:12:44Z",
                    "labels": {"app.kubernetes.io/instance": "shop-db"},
                },
                "spec": {
                    "podSelector": {"matchLabels": {"app": "postgres"}},
                    "ingress": [
                        {
                            "ports": [{"protocol": "TCP", "port": 5432}],
                            "from": [
                                {
                                    "podSelector": {"matchLabels": {"app": sel}},
                                    "namespaceSelector": {
                                        "matchLabels": {"kubernetes.io/metadata.name": "shop"}
                                    },
                                }
                            ],
                        }
                    ],
                    "policyTypes": ["Ingress"],
                },
            },
            separators=(",", ":"),
        )

    def rule(sel: str) -> str:
        return f"[-p TCP -m set --match-set {sel_sets[('shop', 'app=' + sel)]} src -m set --match-set {sel_sets[('db', 'app=postgres')]} dst --dport 5432 -m comment --comment namespaces: selector: kubernetes.io/metadata.name=shop, pods: selector: app={sel} -> pods: namespace: db, selector: app=postgres (ingress) -j ACCEPT]"

    for when, old, new, rv in [
        (bad[0], "api", "api-server", 48_512_331),
        (bad[1], "api-server", "api", 48_530_907),
    ]:
        for node in nodes:
            t = W(
                node,
                when + sec(r.uniform(0.001, 0.03)),
                "DEBU",
                "EVENT UpdateNetworkPolicy %s %s",
                f"EVENT UpdateNetworkPolicy {np_json(old, rv - 1733, 4 if old == 'api' else 5)} {np_json(new, rv, 5 if old == 'api' else 6)}",
                npc=True,
            )
            t = W(
                node,
                t + sec(r.uniform(0.0001, 0.0009)),
                "INFO",
                "adding rule %v to %q chain",
                f'adding rule {rule(new)} to "WEAVE-NPC-INGRESS" chain',
                npc=True,
            )
            W(
                node,
                t + sec(r.uniform(0.0003, 0.002)),
                "INFO",
                "deleting rule %v from %q chain",
                f'deleting rule {rule(old)} from "WEAVE-NPC-INGRESS" chain',
                npc=True,
            )
    # the blocked SYNs on kube-3 (postgres-0's node): three API pods reconnecting with backoff
    pg = next(p for p in pods if p.name == "postgres-0")
    for p in pods:
        if p.labels.get("app") != "api":
            continue
        t = bad[0] + sec(r.uniform(0.5, 4))
        back = 1.0
        while t < bad[1]:
            sport = r.randint(32768, 60999)
            for d in [0, 1.0, 3.0]:
                ts = t + sec(d + r.uniform(0.0001, 0.004))
                if ts >= bad[1]:
                    break
                W(
                    "kube-3",
                    ts,
                    "WARN",
                    "TCP connection from %v:%d to %v:%d blocked by Weave NPC.",
                    f"TCP connection from {p.ip}:{sport} to {pg.ip}:5432 blocked by Weave NPC.",
                    npc=True,
                )
            back = min(back * 2, 30.0)
            t += sec(5 + back * r.uniform(0.5, 1.0))
    # the CI namespace's egress default-deny 11:10-11:21: DNS from CI pods on kube-1
    ci_pod_ips = ["10.32.0.31", "10.32.0.33"]
    dns = next(p for p in pods if p.name.startswith("coredns") and p.node == "kube-3")
    t = at(11, 10, 41.3)
    while t < at(11, 21, 5):
        src = r.choice(ci_pod_ips)
        sp = r.randint(32768, 60999)
        for d in [0, 0.0003, 5.0, 5.0004]:
            W(
                "kube-1",
                t + sec(d + r.uniform(0, 0.0002)),
                "WARN",
                "UDP connection from %v:%d to %v:%d blocked by Weave NPC.",
                f"UDP connection from {src}:{sp} to {dns.ip}:53 blocked by Weave NPC.",
                npc=True,
            )
        t += sec(r.uniform(15, 40))

    # --- the routers: MACs of pods on the other nodes
    def cut(obs: str, t: datetime, p: WvPod) -> bool:
        """kube-3 cut off from the others: no frames cross."""
        return part3[0] <= t < part3[1] + sec(20) and (obs == "kube-3") != (p.node == "kube-3")

    def discovered(obs: str, t: datetime, p: WvPod) -> None:
        if cut(obs, t, p):
            t = part3[1] + sec(r.uniform(20, 60))
        if obs != p.node:
            W(
                obs,
                t,
                "INFO",
                "Discovered remote MAC %s at %s",
                f"Discovered remote MAC {p.mac} at {peer(p.node)}",
            )

    def expired(obs: str, t: datetime, p: WvPod) -> None:
        if obs != p.node:
            W(obs, t, "INFO", "Expired MAC %s at %s", f"Expired MAC {p.mac} at {peer(p.node)}")

    for p in eph:
        for obs in nodes:
            if obs == p.node:
                continue
            t1 = p.start + sec(r.uniform(3, 30))
            discovered(obs, t1, p)
            if p.end and p.end < T_END:
                expired(obs, p.end + sec(600 + r.uniform(0, 240)), p)
    for p in pods:
        if p.name not in sporadic:
            continue
        for obs in nodes:
            if obs == p.node:
                continue
            t = T0 + sec(r.uniform(30, 900))
            while t < T_END:
                discovered(obs, t, p)
                quiet = t + sec(r.uniform(60, 400))
                gap = r.uniform(700, 2400)
                expired(obs, quiet + sec(600 + r.uniform(0, 200)), p)
                t = quiet + sec(gap)
    # hairpin flows vetoed
    for node in nodes:
        for t in poisson(r, T0, T_END, 1500.0):
            local = [p for p in pods if p.node == node]
            a, b = r.sample(local, 2) if len(local) > 1 else (local[0], local[0])
            W(
                node,
                t,
                "INFO",
                "Vetoed installation of hairpin flow %v",
                f"Vetoed installation of hairpin flow FlowSpec{{keys: [EthernetFlowKey{{src: {a.mac}, dst: {b.mac}}} InPortFlowKey{{vport: 1}}], actions: [OutputAction{{vport: 1}}]}}",
            )

    # --- kube-3 cut off 08:40-08:44 (its switch port flapping): heartbeats time out, the
    # connections drop, the connection makers retry, the connections come back
    ip = {n: WV_NODES[n][0] for n in nodes}
    for obs in nodes:
        others = ["kube-1", "kube-2"] if obs == "kube-3" else ["kube-3"]
        for other in others:
            outbound = nodes.index(obs) < nodes.index(other)
            lport = r.randint(33000, 60000)
            raddr = f"{ip[other]}:6783" if outbound else f"{ip[other]}:{lport}"
            pre = f"->[{raddr}|{peer(other)}]: "
            sw = f"overlay_switch ->[{peer(other)}] "
            t = part3[0] + sec(r.uniform(6.5, 8.0))
            t = W(
                obs,
                t,
                "INFO",
                "%s timed out waiting for vxlan heartbeat",
                sw + "fastdp timed out waiting for vxlan heartbeat",
            )
            t = W(obs, t + sec(r.uniform(0.00002, 0.0001)), "INFO", "using %s", sw + "using sleeve")
            t = W(
                obs,
                t + sec(r.uniform(2.5, 3.5)),
                "INFO",
                "%s timed out waiting for UDP heartbeat",
                sw + "sleeve timed out waiting for UDP heartbeat",
            )
            t = W(
                obs,
                t + sec(r.uniform(0.0001, 0.0004)),
                "INFO",
                "connection shutting down due to error: no working forwarders to %s",
                pre
                + f"connection shutting down due to error: no working forwarders to {peer(other)}",
            )
            t = W(
                obs,
                t + sec(r.uniform(0.0001, 0.001)),
                "INFO",
                "connection deleted",
                pre + "connection deleted",
            )
            t = W(
                obs,
                t + sec(r.uniform(0.0001, 0.0005)),
                "INFO",
                "Removed unreachable peer %s",
                f"Removed unreachable peer {peer(other)}",
            )
            if not outbound:
                continue
            back = 2.0
            ta = t + sec(back * r.uniform(0.9, 1.1))
            while ta < part3[1]:
                W(
                    obs,
                    ta,
                    "INFO",
                    "->[%s] attempting connection",
                    f"->[{ip[other]}:6783] attempting connection",
                )
                dt = 3.05 + r.uniform(0, 0.02)
                W(
                    obs,
                    ta + sec(dt),
                    "INFO",
                    "->[%s] error during connection attempt: dial tcp4 :0->%s: connect: no route to host",
                    f"->[{ip[other]}:6783] error during connection attempt: dial tcp4 :0->{ip[other]}:6783: connect: no route to host",
                )
                back = min(back * 2, 360)
                ta = ta + sec(dt + back * r.uniform(0.8, 1.2))
            # the next attempt gets through
            t = W(
                obs,
                ta,
                "INFO",
                "->[%s] attempting connection",
                f"->[{ip[other]}:6783] attempting connection",
            )
            W(
                other,
                t + sec(r.uniform(0.0008, 0.002)),
                "INFO",
                "->[%s] connection accepted",
                f"->[{ip[obs]}:{lport}] connection accepted",
            )
            for side, sraddr in [(obs, f"{ip[other]}:6783"), (other, f"{ip[obs]}:{lport}")]:
                far = other if side == obs else obs
                spre = f"->[{sraddr}|{peer(far)}]: "
                ts = t + sec(r.uniform(0.003, 0.006))
                ts = W(
                    side,
                    ts,
                    "INFO",
                    "connection ready; using protocol version %v",
                    spre + "connection ready; using protocol version 2",
                )
                ts = W(
                    side,
                    ts + sec(r.uniform(0.0001, 0.0003)),
                    "INFO",
                    "using %s",
                    f"overlay_switch ->[{peer(far)}] using fastdp",
                )
                ts = W(
                    side,
                    ts + sec(r.uniform(0.0001, 0.0003)),
                    "INFO",
                    "connection added (new peer)",
                    spre + "connection added (new peer)",
                )
                ts = W(
                    side,
                    ts + sec(r.uniform(0.1, 0.12)),
                    "INFO",
                    "connection fully established",
                    spre + "connection fully established",
                )
                W(
                    side,
                    ts + sec(r.uniform(0.001, 0.003)),
                    "INFO",
                    "Effective MTU verified at %d",
                    f"sleeve ->[{ip[far]}:6783|{peer(far)}]: Effective MTU verified at 1376",
                )
    # kube-3's pods NotReady on the API while the node is cut off, Ready again after it
    for p in pods:
        if p.node != "kube-3":
            continue
        ja = p.json("Running", True, True, True)
        jb = p.json("Running", True, True, False)
        jc = p.json("Running", True, True, True)
        t1 = part3[0] + sec(r.uniform(41, 46))
        t2 = part3[1] + sec(r.uniform(12, 20))
        for node in ["kube-1", "kube-2"]:
            W(
                node,
                t1 + sec(r.uniform(0.001, 0.02)),
                "DEBU",
                "EVENT UpdatePod %s %s",
                f"EVENT UpdatePod {ja} {jb}",
                npc=True,
            )
        for node in nodes:
            W(
                node,
                t2 + sec(r.uniform(0.001, 0.02)),
                "DEBU",
                "EVENT UpdatePod %s %s",
                f"EVENT UpdatePod {jb} {jc}",
                npc=True,
            )

    # UDP 6784 blocked on kube-2 from 10:40: fastdp falls back to sleeve
    tb = at(10, 40, 12.8)
    for obs, other, d in [
        ("kube-2", "kube-1", 1.0),
        ("kube-2", "kube-3", 1.3),
        ("kube-1", "kube-2", 2.2),
        ("kube-3", "kube-2", 2.6),
    ]:
        t = W(
            obs,
            tb + sec(60 * 10 / 10 + d + r.uniform(0, 0.3)),
            "INFO",
            "%s timed out waiting for vxlan heartbeat",
            f"overlay_switch ->[{peer(other)}] fastdp timed out waiting for vxlan heartbeat",
        )
        W(
            obs,
            t + sec(r.uniform(0.00002, 0.0001)),
            "INFO",
            "using %s",
            f"overlay_switch ->[{peer(other)}] using sleeve",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- kube-router

KR_NODES = {
    "k8s-m1": ("10.40.0.10", "10.244.0.0/24"),
    "k8s-n1": ("10.40.0.21", "10.244.1.0/24"),
    "k8s-n2": ("10.40.0.22", "10.244.2.0/24"),
}
KR_TORS = ["10.40.0.1", "10.40.0.2"]


def kr_filter_table(r: random.Random) -> list[str]:
    """iptables-save's filter table as kube-router's policy controller writes it back."""
    chains = ["INPUT ACCEPT", "FORWARD ACCEPT", "OUTPUT ACCEPT"]
    custom = [
        "KUBE-FIREWALL",
        "KUBE-KUBELET-CANARY",
        "KUBE-NWPLCY-DEFAULT",
        "KUBE-ROUTER-FORWARD",
        "KUBE-ROUTER-INPUT",
        "KUBE-ROUTER-OUTPUT",
    ]
    b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

    def h() -> str:
        return "".join(r.choice(b32) for _ in range(16))

    pods = [
        ("shop", "api-6d8f7c9b5-j4tqx"),
        ("shop", "web-8c5f7d9b4-m2rtx"),
        ("db", "postgres-0"),
        ("shop", "worker-5c9d8f7b6-qt6wz"),
    ]
    podfw = [(ns, n, "KUBE-POD-FW-" + h()) for ns, n in pods]
    pols = [
        ("db", "allow-api-to-postgres", "KUBE-NWPLCY-" + h()),
        ("shop", "default-deny-ingress", "KUBE-NWPLCY-" + h()),
        ("shop", "allow-ingress-nginx", "KUBE-NWPLCY-" + h()),
    ]
    out = ["*filter"]
    out += [f":{c} [0:0]" for c in chains]
    out += [
        f":{c} - [0:0]" for c in sorted(custom + [c for _, _, c in podfw] + [c for _, _, c in pols])
    ]
    out.append(f'-A INPUT -m comment --comment "kube-router netpol - {h()}" -j KUBE-ROUTER-INPUT')
    out.append("-A INPUT -j KUBE-FIREWALL")
    out.append(
        f'-A FORWARD -m comment --comment "kube-router netpol - {h()}" -j KUBE-ROUTER-FORWARD'
    )
    out.append(f'-A OUTPUT -m comment --comment "kube-router netpol - {h()}" -j KUBE-ROUTER-OUTPUT')
    out.append("-A OUTPUT -j KUBE-FIREWALL")
    out.append(
        '-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP'
    )
    out.append(
        '-A KUBE-NWPLCY-DEFAULT -m comment --comment "rule to mark traffic matching a network policy" -j MARK --set-xmark 0x10000/0x10000'
    )
    for ns, n, c in podfw:
        ip = f"10.244.{r.randint(0, 2)}.{r.randint(2, 250)}"
        out.append(
            f'-A {c} -m comment --comment "rule for stateful firewall for pod" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT'
        )
        out.append(
            f'-A {c} -d {ip}/32 -m addrtype --src-type LOCAL -m comment --comment "rule to permit the traffic traffic to pods when source is the pod\'s local node" -j ACCEPT'
        )
        out.append(
            f'-A {c} -m comment --comment "run through default ingress network policy  chain" -j KUBE-NWPLCY-DEFAULT'
        )
        for pns, pn, pc in pols:
            if pns == ns:
                out.append(f'-A {c} -m comment --comment "run through nw policy {pn}" -j {pc}')
        out.append(
            f'-A {c} -m comment --comment "rule to log dropped traffic POD name:{n} namespace: {ns}" -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 --nflog-range 100 --nflog-threshold 1'
        )
        out.append(
            f'-A {c} -m comment --comment "rule to REJECT traffic destined for POD name:{n} namespace: {ns}" -m mark ! --mark 0x10000/0x10000 -j REJECT --reject-with icmp-port-unreachable'
        )
        out.append(f"-A {c} -j MARK --set-xmark 0x0/0x10000")
        out.append(
            f'-A {c} -m comment --comment "set mark to ACCEPT traffic that comply to network policies" -j MARK --set-xmark 0x20000/0x20000'
        )
        out.append(
            f'-A KUBE-ROUTER-FORWARD -d {ip}/32 -m comment --comment "rule to jump traffic destined to POD name:{n} namespace: {ns} to chain {c}" -j {c}'
        )
    for pns, pn, pc in pols:
        out.append(
            f'-A {pc} -m comment --comment "rule to ACCEPT traffic from source pods to dest pods selected by policy name {pn} namespace {pns}" -m set --match-set KUBE-SRC-{h()} src -m set --match-set KUBE-DST-{h()} dst -j MARK --set-xmark 0x10000/0x10000'
        )
        out.append(
            f'-A {pc} -m comment --comment "rule to ACCEPT traffic from source pods to dest pods selected by policy name {pn} namespace {pns}" -m set --match-set KUBE-SRC-{h()} src -m set --match-set KUBE-DST-{h()} dst -m mark --mark 0x10000/0x10000 -j RETURN'
        )
    out.append(
        '-A KUBE-ROUTER-FORWARD -m comment --comment "rule to explicitly ACCEPT traffic that comply to network policies" -m mark --mark 0x20000/0x20000 -j ACCEPT'
    )
    out.append(
        '-A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment "allow traffic to primary/secondary cluster IP range - '
        + h()
        + '" -j RETURN'
    )
    out.append(
        '-A KUBE-ROUTER-INPUT -p tcp -m comment --comment "allow LOCAL TCP traffic to node ports - '
        + h()
        + '" -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN'
    )
    out.append(
        '-A KUBE-ROUTER-INPUT -m comment --comment "rule to explicitly ACCEPT traffic that comply to network policies" -m mark --mark 0x20000/0x20000 -j ACCEPT'
    )
    out.append(
        '-A KUBE-ROUTER-OUTPUT -m comment --comment "rule to explicitly ACCEPT traffic that comply to network policies" -m mark --mark 0x20000/0x20000 -j ACCEPT'
    )
    out.append("COMMIT")
    return out


def kube_router(r: random.Random) -> list[Log]:
    """kube-router on three nodes (k8s-m1, k8s-n1, k8s-n2), 06:00 to 12:00: the periodic route
    and policy syncs, a policy sync for each pod change, tor-b rebooted 07:50-07:58, k8s-n2
    rebooted at 09:15, Argo CD syncing network policies 10:30-10:36 (an ipset race failing the
    restore on k8s-n1)."""
    fs = Files()
    down2 = (at(9, 15, 22.4) + sec(r.uniform(0, 0.2)), at(9, 19, 41.8) + sec(r.uniform(0, 0.2)))
    tor_down = (at(7, 50, 4.1), at(7, 58, 37.5))
    files = {"k8s-m1": "kube-router-4bq7k.log", "k8s-n1": "kube-router-r8x2v.log"}

    def fname(node: str, t: datetime) -> str:
        if node == "k8s-n2":
            return f"kube-router-t6m9c-{0 if t < down2[1] - sec(10) else 1}.log"
        return files[node]

    def alive(node: str, t: datetime) -> bool:
        return not (node == "k8s-n2" and down2[0] <= t < down2[1])

    def K(node: str, t: datetime, lvl: str, where: str, label: str, lines: list[str]) -> datetime:
        f = fname(node, t)
        return fs.add(f, t, label, lambda x: [klog(x, lvl, where, lines[0]), *lines[1:]], f, US)

    def G(node: str, t: datetime, lvl: str, msg: str, fields: dict[str, object]) -> datetime:
        f = fname(node, t)
        kv = " ".join(
            f"{k}={v}" if " " not in str(v) else f"{k}={q(str(v))}"
            for k, v in sorted(fields.items())
        )
        return fs.add(
            f,
            t,
            msg,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%SZ}" level={lvl} msg={q(msg)} {kv}'],
            (f, "gobgp"),
            SEC,
        )

    busy: dict[str, datetime] = {}
    queued: dict[str, datetime] = {}
    nodes = list(KR_NODES)
    fail_n1 = [at(10, 31, 2.6), at(10, 33, 40.2), at(10, 35, 11.9)]
    fail_used: set[int] = set()

    def full_sync(node: str, t: datetime) -> None:
        """The policy controller's full sync goroutine: one at a time, one request queued."""
        if not alive(node, t):
            return
        if node in busy and t < busy[node]:
            if t < queued.get(node, T0):
                K(
                    node,
                    t,
                    "I",
                    "network_policy_controller.go:191",
                    "Full sync request queue was full, skipping...",
                    ["Full sync request queue was full, skipping..."],
                )
                return
            t = busy[node] + sec(r.uniform(0.00005, 0.0003))
            queued[node] = t
        start = t
        n_rules = 1 + (1 if at(10, 30) <= t < at(10, 37) else 0)
        save = r.uniform(0.006, 0.018)
        rest = r.uniform(0.018, 0.06) * n_rules
        total = save + rest + r.uniform(0.05, 0.2) * n_rules
        ver = str(int(start.timestamp() * 1e9) + r.randrange(1000))
        t = K(
            node,
            t,
            "I",
            "network_policy_controller.go:213",
            "Starting sync of iptables with version: %s",
            [f"Starting sync of iptables with version: {ver}"],
        )
        t = K(
            node,
            start + sec(total * 0.45),
            "I",
            "network_policy_controller.go:236",
            "Saving %v iptables rules took %v",
            [f"Saving IPv4 iptables rules took {go_dur(save)}"],
        )
        t = K(
            node,
            start + sec(total * 0.92),
            "I",
            "network_policy_controller.go:276",
            "Restoring %v iptables rules took %v",
            [f"Restoring IPv4 iptables rules took {go_dur(rest)}"],
        )
        if node == "k8s-n1":
            for k, ft in enumerate(fail_n1):
                if k not in fail_used and ft <= start < ft + sec(60):
                    fail_used.add(k)
                    setname = "KUBE-DST-" + "".join(
                        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)
                    )
                    err = [
                        f"Aborting sync. Failed to run iptables-restore: failed to call iptables-restore: exit status 2 (iptables-restore v1.8.8 (legacy): Set {setname} doesn't exist.",
                        "",
                        f"Error occurred at line: {r.randint(48, 61)}",
                        "Try `iptables-restore -h' or 'iptables-restore --help' for more information.",
                        ")",
                        *kr_filter_table(r),
                    ]
                    t = K(
                        node,
                        t + sec(0.00004),
                        "E",
                        "network_policy_controller.go:280",
                        "Aborting sync. Failed to run iptables-restore: failed to call iptables-restore: exit status %d (iptables-restore v1.8.8 (legacy): Set %s doesn't exist.\\n\\nError occurred at line: %d\\nTry `iptables-restore -h' or 'iptables-restore --help' for more information.\\n)\\n%s",
                        err,
                    )
        t = K(
            node,
            max(t + sec(0.00002), start + sec(total)),
            "I",
            "network_policy_controller.go:208",
            "sync iptables took %v",
            [f"sync iptables took {go_dur(total)}"],
        )
        busy[node] = t

    events: list[tuple[datetime, int, str, str]] = []
    seq = 0

    def ev(t: datetime, node: str, kind: str) -> None:
        nonlocal seq
        seq += 1
        heapq.heappush(events, (t, seq, node, kind))

    for node in nodes:
        off = r.uniform(0, 300)
        t = T0 + sec(off)
        while t < T_END:
            ev(t, node, "routes")
            t += sec(300 + r.uniform(0.0002, 0.003))
        t = T0 + sec(r.uniform(0, 300))
        while t < T_END:
            ev(t, node, "netpol")
            t += sec(300 + r.uniform(0.0002, 0.003))
    # pod changes seen by every node's policy controller
    changes = poisson(r, T0, T_END, 640.0)
    for bt, n in [(at(7, 20, 11), 6), (at(9, 20, 5), 9), (at(10, 30, 3), 8), (at(11, 12, 40), 5)]:
        changes += [bt + sec(i * r.uniform(0.03, 0.5)) for i in range(n)]
    for c in changes:
        for node in nodes:
            ev(c + sec(r.uniform(0.002, 0.05)), node, "pod")
    for ft in fail_n1:
        for node in nodes:
            ev(ft + sec(r.uniform(0.001, 0.01)), node, "pod")
    while events:
        t, _, node, kind = heapq.heappop(events)
        if not alive(node, t):
            continue
        if kind == "routes":
            t = K(
                node,
                t,
                "I",
                "network_routes_controller.go:372",
                "Syncing ipsets",
                ["Syncing ipsets"],
            )
            t = K(
                node,
                t + sec(r.uniform(0.004, 0.02)),
                "I",
                "network_routes_controller.go:388",
                "Performing periodic sync of service VIP routes",
                ["Performing periodic sync of service VIP routes"],
            )
            K(
                node,
                t + sec(r.uniform(0.0004, 0.003)),
                "I",
                "network_routes_controller.go:392",
                "Performing periodic sync of pod CIDR routes",
                ["Performing periodic sync of pod CIDR routes"],
            )
        elif kind == "netpol":
            t = K(
                node,
                t,
                "I",
                "network_policy_controller.go:168",
                "Requesting periodic sync of iptables to reflect network policies",
                ["Requesting periodic sync of iptables to reflect network policies"],
            )
            full_sync(node, t + sec(r.uniform(0.00002, 0.0002)))
        else:
            full_sync(node, t)

    # tor-b rebooted: the sessions' hold timers expire, then it comes back
    for node in nodes:
        t = tor_down[0] + sec(90 + r.uniform(0, 3))
        fields = {"Key": KR_TORS[1], "State": "BGP_FSM_ESTABLISHED", "Topic": "Peer"}
        t = G(node, t, "warning", "hold timer expired", fields)
        t = G(
            node,
            t,
            "warning",
            "sent notification",
            {**fields, "Code": 4, "Subcode": 0, "Data": "hold timer expired"},
        )
        G(node, t, "info", "Peer Down", {**fields, "Reason": "hold-timer-expired"})
        G(
            node,
            tor_down[1] + sec(r.uniform(2, 40)),
            "info",
            "Peer Up",
            {"Key": KR_TORS[1], "State": "BGP_FSM_OPENCONFIRM", "Topic": "Peer"},
        )
    # k8s-n2 rebooted at 09:15
    n2 = "k8s-n2"
    t = down2[0] - sec(0.4)
    t = K(
        n2,
        t,
        "I",
        "kube-router.go:237",
        "Shutting down the controllers",
        ["Shutting down the controllers"],
    )
    t = K(
        n2,
        t + sec(0.00004),
        "I",
        "network_policy_controller.go:152",
        "Shutting down network policies full sync goroutine",
        ["Shutting down network policies full sync goroutine"],
    )
    t = K(
        n2,
        t + sec(0.00002),
        "I",
        "network_policy_controller.go:172",
        "Shutting down network policies controller",
        ["Shutting down network policies controller"],
    )
    K(
        n2,
        t + sec(0.0003),
        "I",
        "network_routes_controller.go:381",
        "Shutting down network routes controller",
        ["Shutting down network routes controller"],
    )
    for node in ["k8s-m1", "k8s-n1"]:
        G(
            node,
            down2[0] + sec(r.uniform(0.01, 0.2)),
            "info",
            "Peer Down",
            {
                "Key": KR_NODES[n2][0],
                "Reason": "read-failed",
                "State": "BGP_FSM_ESTABLISHED",
                "Topic": "Peer",
            },
        )
    t = down2[1] - sec(9.5)
    t = K(
        n2,
        t,
        "I",
        "version.go:66",
        "Running %s version %s, built on %s, %s",
        [
            "Running /usr/local/bin/kube-router version v2.1.0, built on 2024-03-05T23:01:17+0000, go1.21.7"
        ],
    )
    for where, msg, dt in [
        ("network_routes_controller.go:226", "Populating ipsets.", 0.21),
        (
            "network_routes_controller.go:251",
            "IPIP Tunnel Overlay enabled in configuration.",
            0.031,
        ),
        ("network_routes_controller.go:252", "Setting up overlay networking.", 0.00002),
        (
            "network_routes_controller.go:266",
            "Performing cleanup of depreciated rules/ipsets (if needed).",
            0.0042,
        ),
        ("network_routes_controller.go:274", "Enabling Pod egress.", 0.0061),
    ]:
        t = K(n2, t + sec(dt * r.uniform(0.8, 1.2)), "I", where, msg, [msg])
    t = K(
        n2,
        t + sec(0.0093),
        "I",
        "network_routes_controller.go:311",
        "Setting MTU of kube-bridge interface to: %d",
        ["Setting MTU of kube-bridge interface to: 1480"],
    )
    t = K(
        n2,
        t + sec(0.0187),
        "I",
        "network_routes_controller.go:340",
        "Starting network route controller",
        ["Starting network route controller"],
    )
    for peer_ip in [*KR_TORS, KR_NODES["k8s-m1"][0], KR_NODES["k8s-n1"][0]]:
        G(n2, t + sec(0.02), "info", "Add a peer configuration", {"Key": peer_ip, "Topic": "Peer"})
    t = K(
        n2,
        t + sec(0.061),
        "I",
        "network_policy_controller.go:141",
        "Starting network policy controller",
        ["Starting network policy controller"],
    )
    t = K(
        n2,
        t + sec(0.00003),
        "I",
        "network_policy_controller.go:149",
        "Starting network policy controller full sync goroutine",
        ["Starting network policy controller full sync goroutine"],
    )
    for peer_ip in [*KR_TORS, KR_NODES["k8s-m1"][0], KR_NODES["k8s-n1"][0]]:
        G(
            n2,
            t + sec(r.uniform(1, 6)),
            "info",
            "Peer Up",
            {"Key": peer_ip, "State": "BGP_FSM_OPENCONFIRM", "Topic": "Peer"},
        )
    for node in ["k8s-m1", "k8s-n1"]:
        G(
            node,
            t + sec(r.uniform(1, 6)),
            "info",
            "Peer Up",
            {"Key": KR_NODES[n2][0], "State": "BGP_FSM_OPENCONFIRM", "Topic": "Peer"},
        )
    t = K(
        n2,
        t + sec(0.0002),
        "I",
        "network_policy_controller.go:168",
        "Requesting periodic sync of iptables to reflect network policies",
        ["Requesting periodic sync of iptables to reflect network policies"],
    )
    busy.pop(n2, None)
    full_sync(n2, t + sec(0.0001))
    t = K(
        n2,
        t + sec(0.3),
        "I",
        "network_routes_controller.go:372",
        "Syncing ipsets",
        ["Syncing ipsets"],
    )
    t = K(
        n2,
        t + sec(0.011),
        "I",
        "network_routes_controller.go:388",
        "Performing periodic sync of service VIP routes",
        ["Performing periodic sync of service VIP routes"],
    )
    K(
        n2,
        t + sec(0.001),
        "I",
        "network_routes_controller.go:392",
        "Performing periodic sync of pod CIDR routes",
        ["Performing periodic sync of pod CIDR routes"],
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- kured

KD_NODES = {
    "prod-w1": "kured-8kq2d",
    "prod-w2": "kured-dn5zx",
    "prod-w3": "kured-h7t4w",
    "prod-w4": "kured-p2m6r",
    "prod-w5": "kured-x9v3b",
}
KD_DS = [
    "kube-system/kube-proxy-{}",
    "kube-system/kured-{}",
    "kube-system/calico-node-{}",
    "monitoring/node-exporter-{}",
    "logging/fluent-bit-{}",
]
KD_PODS = [
    "shop/api-6d8f7c9b5-{}",
    "shop/web-8c5f7d9b4-{}",
    "shop/web-8c5f7d9b4-{}",
    "shop/catalog-75f8d6c9b8-{}",
    "shop/checkout-5b8f9c7d6-{}",
    "payments/api-7b9d5c6f8-{}",
    "batch/report-builder-5c7d9f8b6-{}",
    "monitoring/kube-state-metrics-6c5f8d9b7-{}",
    "ingress-nginx/ingress-nginx-controller-7d9c8b6f5-{}",
    "kube-system/coredns-76f75df574-{}",
    "cert-manager/cert-manager-webhook-5b7f9c8d6-{}",
]


def kured(r: random.Random) -> list[Log]:
    """kured on five workers, 06:00 to 12:00, `--period=1m`: a kernel installed at 07:30 on
    four of them (prod-w5 at 11:16), KubePodCrashLooping blocking reboots until 07:50, one node at
    a time after it, prod-w3's drain held up by postgres-1's PodDisruptionBudget until the DBA
    relaxes it, two alerts after a Prometheus restart blocking prod-w5 11:16-11:38."""
    fs = Files()
    nodes = list(KD_NODES)
    gen = {n: 0 for n in nodes}
    req_at = {
        "prod-w1": at(7, 31, 12),
        "prod-w2": at(7, 30, 41),
        "prod-w3": at(7, 33, 5),
        "prod-w4": at(7, 34, 50),
        "prod-w5": at(11, 16, 48),
    }
    alert_spans = [(at(7, 20), at(7, 50, 30)), (at(11, 15, 20), at(11, 38, 10))]
    state: dict[str, dict[str, object]] = {}

    def fname(n: str) -> str:
        base = KD_NODES[n]
        return f"{base}-{gen[n]}.log"

    def L(n: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        f = fname(n)
        return fs.add(
            f,
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%SZ}" level={lvl} msg={q(msg)}'],
            f,
            SEC,
        )

    def RAW(n: str, t: datetime, label: str, msg: str) -> datetime:
        f = fname(n)
        return fs.add(f, t, label, lambda x: [msg], (f, "stdio"), US)

    def startup(n: str, t: datetime) -> datetime:
        lines = [
            (
                "Binding %s command flag to environment variable: %s",
                "Binding node-id command flag to environment variable: KURED_NODE_ID",
            ),
            ("Kubernetes Reboot Daemon: %s", "Kubernetes Reboot Daemon: 1.15.0"),
            ("Node ID: %s", f"Node ID: {n}"),
            (
                "Lock Annotation: %s/%s:%s",
                "Lock Annotation: kube-system/kured:weave.works/kured-node-lock",
            ),
            (
                "Lock TTL not set, lock will remain until being released",
                "Lock TTL not set, lock will remain until being released",
            ),
            (
                "Lock release delay not set, lock will be released immediately after rebooting",
                "Lock release delay not set, lock will be released immediately after rebooting",
            ),
            ("PreferNoSchedule taint: %s", "PreferNoSchedule taint: weave.works/kured-node-reboot"),
            ("Blocking Pod Selectors: %v", "Blocking Pod Selectors: [kured.io/block-reboot=true]"),
            (
                "Reboot schedule: %v",
                "Reboot schedule: ---MonTueWedThuFriSatSun--- between 00:00 and 23:59 UTC",
            ),
            (
                "Reboot check command: %s every %v",
                "Reboot check command: [test -f /var/run/reboot-required] every 1m0s",
            ),
            ("Concurrency: %v", "Concurrency: 1"),
            ("Reboot method: %s", "Reboot method: command"),
            ("Reboot signal: %v", "Reboot signal: 39"),
        ]
        for label, msg in lines:
            t = L(n, t, "info", label, msg)
        return t

    for n in nodes:
        state[n] = {"next": T0 + sec(r.uniform(1, 59)), "tainted": False}
    holder: list[str | None] = [None]

    def required(n: str, t: datetime) -> bool:
        return t >= req_at[n] and not state[n].get("rebooted")

    def active_alerts(t: datetime) -> list[str]:
        if alert_spans[0][0] <= t < alert_spans[0][1]:
            return ["KubePodCrashLooping"]
        if alert_spans[1][0] <= t < alert_spans[1][1]:
            return ["PrometheusNotConnectedToAlertmanagers", "TargetDown"]
        return []

    def drain(n: str, t: datetime) -> datetime:
        t = L(n, t + sec(r.uniform(0.02, 0.3)), "info", "Draining node %s", f"Draining node {n}")
        t += sec(r.uniform(0.2, 0.6))
        ds = ", ".join(d.format(kname(r, 5)) for d in KD_DS)
        t = RAW(
            n,
            t,
            "WARNING: ignoring DaemonSet-managed Pods: %s",
            f"WARNING: ignoring DaemonSet-managed Pods: {ds}",
        )
        pods = [p.format(kname(r, 5)) for p in r.sample(KD_PODS, r.randint(5, 9))]
        if n == "prod-w3":
            pods.insert(r.randint(0, len(pods)), "db/postgres-1")
        for p in pods:
            t = RAW(n, t + sec(r.uniform(0.002, 0.02)), "evicting pod %s/%s", f"evicting pod {p}")
        if n == "prod-w3":
            # postgres-1's PodDisruptionBudget allows no disruption until the DBA relaxes it
            fixed = t + sec(r.uniform(440, 470))
            tt = t + sec(r.uniform(0.01, 0.05))
            while tt < fixed:
                RAW(
                    n,
                    tt,
                    "error when evicting pods/%q -n %q (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.",
                    'error when evicting pods/"postgres-1" -n "db" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.',
                )
                tt += sec(5 + r.uniform(0.005, 0.04))
            t = tt
        return t + sec(r.uniform(8, 35))

    # the day, tick by tick (each kured ticks once a minute)
    t_clock = T0
    while t_clock < T_END:
        # pick the node with the earliest next tick
        n = min(nodes, key=lambda x: state[x]["next"])
        t = state[n]["next"]
        t_clock = t
        if t >= T_END:
            break
        st = state[n]
        if st.get("booting"):
            st["booting"] = False
            st["next"] = t + sec(60 + r.uniform(0, 0.05))
            # first loop: release the lock held across the reboot
            t = L(n, t, "info", "Holding lock", "Holding lock")
            t = L(n, t, "info", "Uncordoning node %s", f"Uncordoning node {n}")
            t = L(n, t, "info", "Releasing lock", "Releasing lock")
            holder[0] = None
            if st["tainted"]:
                L(n, t, "info", "Node taint removed", "Node taint removed")
                st["tainted"] = False
            st["next"] = t + sec(r.uniform(1, 59))
            continue
        st["next"] = t + sec(60 + r.uniform(0.0, 0.05))
        if not required(n, t):
            L(n, t, "info", "Reboot not required", "Reboot not required")
            if st["tainted"]:
                L(n, t, "info", "Node taint removed", "Node taint removed")
                st["tainted"] = False
            continue
        al = active_alerts(t)
        if al:
            L(
                n,
                t,
                "warning",
                "Reboot blocked: %d active alerts: %v",
                f"Reboot blocked: {len(al)} active alerts: [{' '.join(al)}]",
            )
            continue
        t = L(n, t, "info", "Reboot required", "Reboot required")
        if holder[0] is not None and holder[0] != n:
            t = L(n, t, "warning", "Lock already held: %v", f"Lock already held: {holder[0]}")
            if not st["tainted"]:
                L(n, t, "info", "Node taint added", "Node taint added")
                st["tainted"] = True
            continue
        holder[0] = n
        t = L(n, t, "info", "Acquired reboot lock", "Acquired reboot lock")
        t = drain(n, t)
        t = L(
            n,
            t,
            "info",
            "Running command: %s for node: %s",
            f"Running command: [/usr/bin/nsenter -m/proc/1/ns/mnt -- /bin/systemctl reboot] for node: {n}",
        )
        t = L(n, t, "info", "Waiting for reboot", "Waiting for reboot")
        # the node goes down within seconds; the new container starts after the boot
        boot = t + sec(r.uniform(140, 210))
        gen[n] += 1
        st["rebooted"] = True
        t2 = startup(n, boot)
        st["booting"] = True
        st["next"] = t2 + sec(r.uniform(1, 59))
    # nodes never rebooted keep a single file
    logs = fs.logs(T0)
    for lg in logs:
        base, _, num = lg.name.rpartition("-")
        if gen[next(k for k, v in KD_NODES.items() if v == base)] == 0 and num == "0.log":
            lg.name = f"{base}.log"
    return logs


SYSTEMS = {
    "kube-scheduler": kube_scheduler,
    "kube-proxy": kube_proxy,
    "weave-net": weave_net,
    "kube-router": kube_router,
    "kured": kured,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
