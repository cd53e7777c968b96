#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 280 (kube-ovn, antrea, kuma, descheduler, metrics-server)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: klog's microseconds, zap's milliseconds). Five
Kubernetes network and cluster add-ons of one platform team, 06:00 to 12:00 on 2024-06-07. None
of the five was in the set. The brief's node-problem-detector is replaced by the Kubernetes
descheduler, the node-maintenance add-on of the same clusters: node-problem-detector logs its
start-up and then one line per kernel or journal problem it matches (`New status generated:
%+v`) and, while the API server is away, `failed to update node conditions: %v` once a second;
a simulated six hours on a ten-node GKE pool wrote 767 lines, 90% of them those two formats.

- Kube-OVN v1.12 (`k8s-master-01-kube-ovn-controller.log`: the leader's
  /var/log/kube-ovn/kube-ovn-controller.log, klog's `--log_file`, `I0607 06:00:01.126592       7
  pod.go:562] handle add/update pod data/report-gen-28629000-dk6vc`; `k8s-worker-0N-kube-ovn-cni.log`:
  the CNI daemon's file on three workers). Per pod the controller's `handle add/update pod %s`,
  `sync pod %s/%s allocated`, `allocate v4 %s, v6 %s, mac %s for %s from subnet %s` (the
  `ovn-default` and `data-subnet` subnets), `take %d ms to handle add or update pod %s`, `sync pod
  %s/%s routed`, `handle delete pod %s` / `take %d ms to handle delete pod %s`; the daemon's `add
  port request %v` (the CniRequest struct printed with `%v`), `create container interface %s mac
  %s, ip %s, cidr %s, gw %s, custom routes %v`, `%s network ready after %d ping, gw %s`, `delete
  port request %v`. Pods of cron jobs (`report-gen` every 15 minutes, `blackbox-sweep` every 10),
  GitLab CI jobs and three rollouts; the gc every 6 minutes (`start to gc loadbalancers`, `start
  to gc logical switch ports`). The OVN northbound leader fails over 08:40:10-08:43:42: the pods
  created then (three CI jobs) fail with `failed to create logical switch port %s: not
  connected` and utilruntime's `error syncing '%s': ..., requeuing`, retried with back-off, while
  the daemon waits (`wait address for pod %s/%s provider %s` once a second, `no address
  allocated to pod ... please see kube-ovn-controller logs to find errors` after 15 s, kubelet's
  retries); worker-03's ovs-vswitchd restarts 10:20-10:22 (`%s network not ready after %d ping
  to gateway %s` every third ping); the controller upgraded to v1.12.15 at 11:05 (klog's
  four-line file header appended by the new process, the version banner logged as one call
  starting with a newline, the leader lease, a resync of every running pod, two ports of jobs
  that ended during the restart left to gc: `gc logical switch port %s`).
- Antrea v1.15 agents (`antrea-agent-4xk2p.log`, `antrea-agent-bw5tn.log`,
  `antrea-agent-9qz7m.previous.log` and `antrea-agent-9qz7m.log`: `kubectl logs --timestamps`
  of three agent pods, worker-02's container killed at 09:12:31 and started again,
  `2024-06-07T06:02:29.162107983Z I0607 06:02:29.162086       1 server.go:444] Received CmdAdd
  request cni_args:{container_id:"..." ...}`). Per pod the CNI server's `Received CmdAdd request
  %v` (the protobuf request's text form), `Allocated IP addresses` (InfoS with `container` and
  the IPAM result's `%+v`), `CmdAdd for container %v succeeded`, `Received CmdDel request %v`,
  `Deleted IP addresses for container %v`, `CmdDel for container %v succeeded`; the watches on
  the controller's API (`NetworkPolicy`, `AddressGroup`, `AppliedToGroup`) closed by the server
  every 30 to 60 minutes (`Stopped watch for %s, total items received: %d`, `Starting watch for
  %s`, `Started watch for %s`, `Received %d init events for %s`); host-local's pool on worker-03
  leaked full 08:51-09:06 (`Failed to request IP addresses for container %v: failed to allocate
  for range 0: no IP addresses available in range set: 10.10.3.1-10.10.3.254`, `CmdAdd for
  container %v failed, and try to rollback`, the rollback's CmdDel); the antrea-controller
  upgraded 10:30:06-10:30:41 (`Failed to start watch for %s: Get "...": dial tcp ...: connect:
  connection refused` every 5 s); a node removed at 08:20 and one added at 10:50 (`Deleting
  routes and flows to Node`, `Adding routes and flows to Node` with klog's JSON of the
  addresses); worker-02's agent start-up (`Reconciliation for CNI server`, the peers' routes,
  the watches, `Starting CNI server`, `CNI server is listening ...`).
- Kuma 2.7 control planes on Universal with PostgreSQL (`kuma-cp-1.log`, `kuma-cp-2.log`:
  `docker logs` of the two instances, zap's development console encoder without caller:
  `2024-06-07T06:00:03.531Z\\tINFO\\txds.dp-lifecycle\\tregister proxy\\t{"proxyType": "dataplane",
  "proxyKey": {"Mesh":"default","Name":"..."}, "streamID": 1184, "resource": {...}}`): the
  data plane proxies of sixteen VMs and of three batch jobs' short-lived proxies (`register
  proxy`, `waiting for deregister proxy`, after the 10 s delay `deregister proxy` or `no need to
  deregister proxy. It has already connected to this instance` / `... to another instance` when
  a deploy restarted it); legacy-api-01 crash-looping 07:40-08:05 (`insight is missing. Safe to
  deregister the proxy`); a VM cloned from the reports host 09:50-10:51 (`cannot register proxy`
  with the token error in `reason`, Envoy's back-off); the PostgreSQL primary failing over
  09:12:20-09:12:41 (`OnTick() failed` from every proxy's watchdog once a second, the gc's
  `unable to cleanup`, the finalizer's `unable to check subscription's generation`, `leader
  lost` / `leader acquired` and the leader components' `started` / `stopped`); a MeshHTTPRoute
  to a service without endpoints 10:05:11-10:05:54 (`OnTick() failed` for the web proxies);
  kuma-cp-2 upgraded to 2.7.4 at 10:40 (`stopping Control Plane`, `graceful shutdown, don't
  delete Dataplane resource` per connected proxy, `starting Control Plane`); the dataplane gc's
  `deleting dataplane which is offline for 72h0m0s`.
- The descheduler v0.30 (`descheduler-6c9b8d7f4-k2xq8.previous.log`,
  `descheduler-6c9b8d7f4-k2xq8.log`: `kubectl logs --previous` and `kubectl logs` of the
  Deployment's pod, `--descheduling-interval=5m --v=3`, klog): every 5 minutes `Building a pod
  evictor`, `Executing for nodeAffinityType`, RemoveDuplicates' `Processing node` per node,
  LowNodeUtilization's `Node is underutilized` / `Node is appropriately utilized` / `Node is
  overutilized` with klog's JSON of the usage, its criteria and counts, `No node is
  underutilized, nothing to do here, you might tune your thresholds further` or `All nodes are
  under target utilization, nothing to do here`, `Number of evicted pods`; two nodes added at
  06:34 (duplicates evicted: `Duplicate found`, `Adjusting feasible nodes`; worker-02 drained
  towards them: `Total capacity to be moved`, `Evicting pods from node`, `Pods on node`, `Evicted
  pod`, `Evicted pods`, `Updated node usage`, one `Error evicting pod` refused by a
  PodDisruptionBudget); a crash-looping pod evicted past 100 restarts; the API server upgraded
  09:40:05-09:44:51: the lease cannot be renewed (`error retrieving resource lock %v: %v` every
  2 s, `failed to renew lease %v: %v`, `F... leaderelection lost` with klog's goroutine dump),
  the new container's start-up (`Loaded SNI cert`, `Serving securely on %s`, the lease retried
  every 2 s until the API server is back, `Caches populated for %s from %s`).
- metrics-server v0.7.1 (`metrics-server-6d94bc8694-8xk2p.log`, `...-tq7lw.log`, and after the
  11:00 rollout `metrics-server-5f7c9b8d46-wq4zl.log`, `...-jd9hn.log`: `kubectl logs` of the
  two replicas, klog, default verbosity, `--metric-resolution=15s`): `Failed to scrape node`
  (ErrorS with `err` and `node`) every 15 s from each replica for k8s-worker-11, whose kubelet
  serving certificate expired at 05:41 (renewed 07:12), and for two GPU nodes added at 08:10
  with self-signed kubelet certificates (`... doesn't contain any IP SANs`, fixed at 09:05); a
  rack's switch down at 07:25 (`Failed to scrape node, timeout to access kubelet` until the
  nodes turn NotReady); kubelets restarted one by one 10:00-10:24 and three nodes scaled down
  at 11:30 (`connection refused`, `no route to host`); a second Prometheus scraping `/metrics`
  with an expired token until 07:48 (`Unable to authenticate the request`); the API server
  upgraded 09:40:05-09:44:51 (the informers' `%s: watch of %v ended with: ...`, then `%s: failed
  to list %v: %v` and `%s: Failed to watch %v: %v` with the reflector's back-off); the rollout
  at 11:00 (start-up: `Generated self-signed cert (%s, %s)`, `Adding GroupVersion %s %s to
  ResourceManager`, the request-header and CA controllers, `Serving securely on %s`, `Caches
  are synced for %s`, `Failed probe`; shutdown of the old pods).

Label notes. The heads are context: klog's severity, date, time, pid and `file:line]`,
kubectl's runtime time, zap's time, level and logger name; a structured call's message is the
label and its key/value pairs (klog's `err=`, zap's JSON fields) are attributes. A value that
is an error contributes its format (Kube-OVN's `error syncing '%s': failed to create logical
switch port %s: not connected, requeuing`, Antrea's host-local and dial errors, the
reflectors' and the lease's `Get %q: dial tcp %s: connect: connection refused`). The same
literal logged by two loggers (Kuma's gc's and finalizer's `started` / `stopped`) is one
template. Lines a call prints after its first (klog's file header after `Log file created at:
%s`, Kube-OVN's version banner, klog's goroutine dump after `leaderelection lost`) have no row.

Checked against copies of the sources: metrics-server's scraper messages (`Failed to scrape
node`, `..., timeout to access kubelet`) and its `Failed probe` InfoS; Kube-OVN's `handle
add/update pod %s`, `sync pod %s/%s allocated` / `routed`, `take %d ms to handle add or update
pod %s`, `handle delete pod %s`, `take %d ms to handle delete pod %s`, the IPAM's `allocate v4
%s, v6 %s, mac %s for %s from subnet %s`, the gc's `start to gc loadbalancers`, `start to gc
logical switch ports`, `gc logical switch port %s`, the daemon's `add port request %v`, `wait
address for pod %s/%s provider %s`, `no address allocated to pod ...`, `create container
interface ...`, `delete port request %v` and the pinger's `network ready` / `not ready` lines;
Antrea's CNI server (`Received CmdDel request %v`, `Allocated IP addresses`, `CmdAdd for
container %v succeeded`, the rollback warning, `Deleted IP addresses for container %v`, `CNI
server is listening ...`, `Reconciliation for CNI server`), its watcher's messages and `Adding
routes and flows to Node`; Kuma's dp-lifecycle messages, the dataplane gc's and the finalizer's,
the watchdog's `OnTick() failed`, the component manager's `leader acquired` / `leader lost` and
its zap configuration (development console encoder, no caller, stacks only at debug).

Least sure (written from the helper's knowledge): Kube-OVN's `failed to create logical switch
port %s: not connected` (the libovsdb error's wrapping), the lease name, `I am the new leader`,
the version banner and the CniRequest's `%v` field order; Antrea's `Received CmdAdd request %v`
(by analogy with CmdDel), `Deleting routes and flows to Node`, the `result=` rendering and the
watch URL; Kuma's `starting Control Plane` / `stopping Control Plane`, the `bootstrap` logger of
the leader messages and the rendering of the `resource` field; all of the descheduler's
messages, their verbosity levels and klog's JSON of the usage maps; metrics-server's start-up
and shutdown lines (the apiserver library's), `Unable to authenticate the request`, the
reflectors' line numbers and the watch-ended text.
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
from generate_round55 import poisson
from generate_round67 import k8s_suffix
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, go_quote

US = 1
MS = 1_000
SEC = 1_000_000


def klog(t: datetime, sev: str, pid: int, src: str, msg: str) -> str:
    """klog's header: `Lmmdd hh:mm:ss.uuuuuu pid file:line] msg`."""
    return f"{sev}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {pid:7d} {src}] {msg}"


def kv(pairs: list[tuple[str, object]]) -> str:
    """klog's structured values: a string (or a Stringer, an error) quoted as strconv.Quote,
    numbers bare, a `Raw` value (klog's JSON or %+v rendering) as it is."""
    out = []
    for k, v in pairs:
        if isinstance(v, Raw):
            out.append(f"{k}={v.s}")
        elif isinstance(v, str):
            out.append(f"{k}={go_quote(v)}")
        else:
            out.append(f"{k}={v}")
    return " ".join(out)


class Raw:
    def __init__(self, s: str) -> None:
        self.s = s


def ks(msg: str, pairs: list[tuple[str, object]]) -> str:
    """klog.InfoS / ErrorS: the quoted message, then the pairs."""
    return go_quote(msg) + ("" if not pairs else " " + kv(pairs))


def kts(r: random.Random, t: datetime) -> str:
    """The container runtime's receive time as `kubectl logs --timestamps` prints it
    (RFC 3339 with nanoseconds, trailing zeros dropped), a few microseconds after the line's
    own time."""
    t = t + timedelta(microseconds=r.randint(15, 240))
    nanos = f"{t.microsecond:06d}{r.randint(0, 999):03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{nanos}" if nanos else "") + "Z"


def ms(x: float) -> timedelta:
    return timedelta(milliseconds=x)


def go_time(t: datetime, mono: float | None = None) -> str:
    """time.Time's String(): `2006-01-02 15:04:05.999999999 -0700 MST`, with the monotonic
    reading (`m=+0.213457891`) for a time read from time.Now()."""
    frac = f"{t.microsecond:06d}".rstrip("0")
    s = f"{t:%Y-%m-%d %H:%M:%S}" + (f".{frac}" if frac else "") + " +0000 UTC"
    if mono is not None:
        s += f" m=+{mono:.9f}"
    return s


def pod_rs(r: random.Random) -> str:
    """A ReplicaSet's pod-template hash."""
    return k8s_suffix(r, 10)


def cid(r: random.Random) -> str:
    return hexid(r, 64)


def journal_short(t: datetime) -> str:
    """journalctl's default (short) time: `Jun 07 06:00:01`."""
    return f"{t:%b %d %H:%M:%S}"


# ----------------------------------------------------------------------------------- kube-ovn

KO_WORKERS = {
    "k8s-worker-01": ("10.0.1.21", 1423),
    "k8s-worker-02": ("10.0.1.22", 1388),
    "k8s-worker-03": ("10.0.1.23", 1517),
}
KO_CTL_FILE = "k8s-master-01-kube-ovn-controller.log"
KO_SUBNETS = {
    "ovn-default": ("10.16", "10.16.0.0/16", "10.16.0.1"),
    "data-subnet": ("10.17", "10.17.0.0/16", "10.17.0.1"),
}
KO_NB_DOWN = (at(8, 40, 10.4), at(8, 43, 41.9))
KO_OVS_DOWN = (at(10, 20, 3.0), at(10, 22, 48.0))
KO_CTL_DOWN = (at(11, 5, 2.31), at(11, 5, 17.82))
KO_VERSION = "\\n-------------------------------------------------------------------------------\\nKube-OVN:\\n  Version:       %v\\n  Build:         %v\\n  Commit:        %v\\n  Go Version:    %v\\n  Arch:          %v\\n-------------------------------------------------------------------------------\\n"


def kube_ovn(r: random.Random) -> list[Log]:
    """Kube-OVN v1.12 on a four-node cluster, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    used: dict[str, set[str]] = {s: set() for s in KO_SUBNETS}

    def C(t: datetime, sev: str, src: str, label: str, msg: str) -> datetime:
        proc = "ctl-b" if t >= KO_CTL_DOWN[1] else "ctl-a"
        return fs.add(KO_CTL_FILE, t, label, lambda x: [klog(x, sev, 7, src, msg)], proc, US)

    def N(w: str, t: datetime, sev: str, src: str, label: str, msg: str) -> datetime:
        pid = KO_WORKERS[w][1]
        return fs.add(
            f"{w}-kube-ovn-cni.log", t, label, lambda x: [klog(x, sev, pid, src, msg)], w, US
        )

    def ctl_time(t: datetime) -> datetime:
        """An event that reaches the controller while it is down is handled after the
        restart's resync."""
        if KO_CTL_DOWN[0] <= t < KO_CTL_DOWN[1] + sec(4):
            return KO_CTL_DOWN[1] + sec(4 + r.uniform(0.5, 3))
        return t

    def alloc(subnet: str) -> tuple[str, str]:
        pre = KO_SUBNETS[subnet][0]
        while True:
            ip = f"{pre}.{r.choice([0, 0, 0, 1, 1, 2])}.{r.randint(2, 254)}"
            if ip not in used[subnet]:
                used[subnet].add(ip)
                return ip, "00:00:00:" + ":".join(f"{r.randrange(256):02X}" for _ in range(3))

    def cni_req(ns: str, name: str, c: str, netns: str) -> str:
        return f"{{kube-ovn {name} {ns} {c} {netns} eth0 ovn [] {{[]  [] []}}    }}"

    def take(t: datetime, what: str, key: str, lo: float, hi: float) -> datetime:
        d = r.uniform(lo, hi)
        label = f"take %d ms to handle {what} pod %s"
        return C(
            t + ms(d),
            "I",
            "pod.go:376" if what == "add or update" else "pod.go:417",
            label,
            f"take {int(d)} ms to handle {what} pod {key}",
        )

    def add_update(t: datetime, key: str) -> datetime:
        return C(t, "I", "pod.go:562", "handle add/update pod %s", f"handle add/update pod {key}")

    def lsp_fail(
        t: datetime, ns: str, name: str, key: str, subnet: str, ip: str, mac: str
    ) -> datetime:
        t = add_update(t, key)
        t = C(
            t + ms(r.uniform(0.05, 0.4)),
            "I",
            "pod.go:731",
            "sync pod %s/%s allocated",
            f"sync pod {ns}/{name} allocated",
        )
        t = C(
            t + ms(r.uniform(0.1, 0.6)),
            "I",
            "ipam.go:60",
            "allocate v4 %s, v6 %s, mac %s for %s from subnet %s",
            f"allocate v4 {ip}, v6 , mac {mac} for {key} from subnet {subnet}",
        )
        port = f"{name}.{ns}"
        t = C(
            t + ms(r.uniform(0.3, 2.0)),
            "E",
            "pod.go:846",
            "failed to create logical switch port %s: not connected",
            f"failed to create logical switch port {port}: not connected",
        )
        t = take(t, "add or update", key, 0.8, 4.0)
        return C(
            t + ms(0.02),
            "E",
            "pod.go:356",
            "error syncing '%s': failed to create logical switch port %s: not connected, requeuing",
            f"error syncing '{key}': failed to create logical switch port {port}: not connected, requeuing",
        )

    def cni_add(
        w: str, t: datetime, ns: str, name: str, subnet: str, ip: str, mac: str, ready_at: datetime
    ) -> tuple[datetime, str]:
        """kubelet's CNI ADD on node w; the daemon waits for the controller's annotations,
        each attempt 15 s at most; returns when the pod's network is up."""
        c = cid(r)
        netns = f"/var/run/netns/cni-{uuid4(r)}"
        while True:
            t = N(
                w,
                t,
                "I",
                "handler.go:74",
                "add port request %v",
                f"add port request {cni_req(ns, name, c, netns)}",
            )
            if t >= ready_at:
                break
            for _ in range(15):
                if t >= ready_at:
                    break
                t = N(
                    w,
                    t + ms(r.uniform(0.4, 3)),
                    "I",
                    "handler.go:93",
                    "wait address for pod %s/%s provider %s",
                    f"wait address for pod {ns}/{name} provider ovn",
                )
                t += sec(1)
            if t >= ready_at:
                break
            t = N(
                w,
                t,
                "E",
                "handler.go:152",
                "no address allocated to pod %s/%s provider %s, please see kube-ovn-controller logs to find errors",
                f"no address allocated to pod {ns}/{name} provider ovn, please see kube-ovn-controller logs to find errors",
            )
            t = N(
                w,
                t + ms(r.uniform(40, 300)),
                "I",
                "handler.go:330",
                "delete port request %v",
                f"delete port request {cni_req(ns, name, c, netns)}",
            )
            c = cid(r)
            netns = f"/var/run/netns/cni-{uuid4(r)}"
            t += sec(r.uniform(15, 35))
        _pre, cidr, gw = KO_SUBNETS[subnet]
        masklen = cidr.split("/")[1]
        t = N(
            w,
            t + ms(r.uniform(3, 30)),
            "I",
            "handler.go:229",
            "create container interface %s mac %s, ip %s, cidr %s, gw %s, custom routes %v",
            f"create container interface eth0 mac {mac}, ip {ip}/{masklen}, cidr {cidr}, gw {gw}, custom routes []",
        )
        pings = 1
        if w == "k8s-worker-03" and KO_OVS_DOWN[0] <= t < KO_OVS_DOWN[1]:
            pings = int((KO_OVS_DOWN[1] - t).total_seconds()) + 1
            pings = min(pings, 190)
            for k in range(3, pings, 3):
                N(
                    w,
                    t + sec(k - 0.9),
                    "W",
                    "ovs_linux.go:593",
                    "%s network not ready after %d ping to gateway %s",
                    f"{ip} network not ready after {k} ping to gateway {gw}",
                )
        elif r.random() < 0.12:
            pings = 2
        t = N(
            w,
            t + sec(pings - 1) + ms(r.uniform(1, 9)),
            "I",
            "ovs_linux.go:605",
            "%s network ready after %d ping, gw %s",
            f"{ip} network ready after {pings} ping, gw {gw}",
        )
        return t, cni_req(ns, name, c, netns)

    def pod(ns: str, name: str, w: str, subnet: str, t0: datetime, t_end: datetime | None) -> None:
        key = f"{ns}/{name}"
        ip, mac = alloc(subnet)
        t = ctl_time(t0)
        ready = t
        if KO_NB_DOWN[0] <= t < KO_NB_DOWN[1]:
            delay = 1.0
            while t < KO_NB_DOWN[1]:
                t = lsp_fail(t, ns, name, key, subnet, ip, mac)
                t += sec(delay + r.uniform(0, 0.05))
                delay = min(delay * 2, 128)
            ready = t
        t = add_update(t, key)
        t = C(
            t + ms(r.uniform(0.05, 0.4)),
            "I",
            "pod.go:731",
            "sync pod %s/%s allocated",
            f"sync pod {ns}/{name} allocated",
        )
        t = C(
            t + ms(r.uniform(0.1, 0.6)),
            "I",
            "ipam.go:60",
            "allocate v4 %s, v6 %s, mac %s for %s from subnet %s",
            f"allocate v4 {ip}, v6 , mac {mac} for {key} from subnet {subnet}",
        )
        t = take(t, "add or update", key, 6, 48)
        ready = max(ready, t)
        ts = ctl_time(t0 + ms(r.uniform(4, 60)))
        ts = max(ts, t + ms(r.uniform(0.5, 3)))
        ts = add_update(ts, key)
        ts = C(
            ts + ms(r.uniform(0.2, 1.5)),
            "I",
            "pod.go:1008",
            "sync pod %s/%s routed",
            f"sync pod {ns}/{name} routed",
        )
        ts = take(ts, "add or update", key, 10, 70)
        up, req = cni_add(
            w,
            t0 + sec(r.uniform(0.6, 1.8)),
            ns,
            name,
            subnet,
            ip,
            mac,
            ready + ms(r.uniform(40, 400)),
        )
        if r.random() < 0.6:
            tr = ctl_time(up + sec(r.uniform(1.5, 9)))
            tr = add_update(tr, key)
            take(tr, "add or update", key, 0, 3)
        if t_end is None or t_end >= T_END:
            return
        td = ctl_time(t_end)
        td = add_update(td, key)
        take(td, "add or update", key, 0, 4)
        tdel = t_end + sec(r.uniform(0.3, 28))
        if KO_CTL_DOWN[0] <= t_end < KO_CTL_DOWN[1]:
            tdel = min(t_end + sec(r.uniform(0.5, 2)), KO_CTL_DOWN[1] - sec(1.2))
        N(w, tdel, "I", "handler.go:330", "delete port request %v", f"delete port request {req}")
        if KO_CTL_DOWN[0] <= tdel + sec(1) < KO_CTL_DOWN[1]:
            orphans.append(f"{name}.{ns}")
            return
        tg = ctl_time(tdel + ms(r.uniform(300, 900)))
        tg = C(tg, "I", "pod.go:401", "handle delete pod %s", f"handle delete pod {key}")
        take(tg, "delete", key, 1, 25)

    orphans: list[str] = []
    workers = list(KO_WORKERS)
    standing: list[tuple[str, str]] = []
    # long-running pods, created before 06:00 (seen again only in the restart's resync)
    for dep, ns, n in [
        ("cart", "shop", 4),
        ("checkout", "shop", 3),
        ("catalog", "shop", 3),
        ("storefront", "shop", 4),
        ("redis", "shop", 1),
        ("grafana", "monitoring", 1),
        ("kube-state-metrics", "monitoring", 1),
        ("alertmanager", "monitoring", 2),
        ("airflow-scheduler", "data", 1),
        ("airflow-webserver", "data", 1),
        ("minio", "data", 4),
        ("gitlab-runner", "ci", 2),
        ("coredns", "kube-system", 2),
    ]:
        h = pod_rs(r)
        for _ in range(n):
            standing.append((ns, f"{dep}-{h}-{k8s_suffix(r)}"))
    for ns, name in [
        ("monitoring", "prometheus-k8s-0"),
        ("monitoring", "prometheus-k8s-1"),
        ("data", "postgres-0"),
        ("data", "postgres-1"),
    ]:
        standing.append((ns, name))

    def subnet_of(ns: str) -> str:
        return "data-subnet" if ns == "data" else "ovn-default"

    # rollouts: new pods, the old ones deleted
    for dep, when, n in [
        ("cart", at(7, 30, 12.4), 4),
        ("checkout", at(9, 50, 41.0), 3),
        ("catalog", at(11, 31, 3.3), 3),
    ]:
        h = pod_rs(r)
        olds = [p for p in standing if p[1].startswith(dep + "-")]
        t = when
        for i in range(n):
            name = f"{dep}-{h}-{k8s_suffix(r)}"
            pod("shop", name, workers[i % 3], "ovn-default", t, None)
            standing.append(("shop", name))
            if i < len(olds):
                ons, oname = olds[i]
                tdel = t + sec(r.uniform(14, 25))
                td = ctl_time(tdel)
                td = add_update(td, f"{ons}/{oname}")
                take(td, "add or update", f"{ons}/{oname}", 0, 4)
                N(
                    workers[(i + 1) % 3],
                    tdel + sec(r.uniform(1, 30)),
                    "I",
                    "handler.go:330",
                    "delete port request %v",
                    f"delete port request {cni_req(ons, oname, cid(r), '/var/run/netns/cni-' + uuid4(r))}",
                )
                tg = ctl_time(tdel + sec(r.uniform(31, 33)))
                tg = C(
                    tg,
                    "I",
                    "pod.go:401",
                    "handle delete pod %s",
                    f"handle delete pod {ons}/{oname}",
                )
                take(tg, "delete", f"{ons}/{oname}", 1, 25)
                standing.remove((ons, oname))
            t += sec(r.uniform(16, 30))
    # cron jobs
    for minute in range(0, 360, 15):
        t = T0 + timedelta(minutes=minute) + sec(r.uniform(0.8, 2.5))
        stamp = int(t.timestamp() // 60)
        pod(
            "data",
            f"report-gen-{stamp}-{k8s_suffix(r)}",
            r.choice(workers),
            "data-subnet",
            t,
            t + sec(r.uniform(50, 170)),
        )
    for minute in range(0, 360, 10):
        t = T0 + timedelta(minutes=minute) + sec(r.uniform(0.5, 1.6))
        stamp = int(t.timestamp() // 60)
        w = "k8s-worker-03" if minute == 260 else r.choice(workers)
        pod(
            "monitoring",
            f"blackbox-sweep-{stamp}-{k8s_suffix(r)}",
            w,
            "ovn-default",
            t,
            t + sec(r.uniform(18, 40)),
        )
    # CI jobs: a burst of merge requests at 08:41 meets the NB failover
    ci_times = sorted(
        [
            *poisson(r, T0, T_END, 900.0),
            at(8, 40, 31.7),
            at(8, 41, 5.2),
            at(8, 41, 48.9),
            at(10, 21, 12.6),
        ]
    )
    # two jobs finish while the controller is being replaced: their ports are left to gc
    ends = {at(10, 58, 21.4): at(11, 5, 5.1), at(11, 1, 2.9): at(11, 5, 9.6)}
    for t in sorted(ci_times + list(ends)):
        proj = r.choice([42, 42, 57, 61, 88, 103])
        name = (
            f"runner-{k8s_suffix(r, 8)}-project-{proj}-concurrent-{r.randint(0, 3)}-{k8s_suffix(r)}"
        )
        w = "k8s-worker-03" if t.hour == 10 and t.minute == 21 else r.choice(workers)
        pod("ci", name, w, "ovn-default", t, ends.get(t, t + sec(r.uniform(120, 900))))

    # periodic gc, every 6 minutes of the controller's uptime
    def gc(t: datetime) -> datetime:
        t = C(t, "I", "gc.go:428", "start to gc loadbalancers", "start to gc loadbalancers")
        return C(
            t + ms(r.uniform(2, 12)),
            "I",
            "gc.go:305",
            "start to gc logical switch ports",
            "start to gc logical switch ports",
        )

    t = T0 + sec(97.3)
    while t < KO_CTL_DOWN[0]:
        if not (KO_NB_DOWN[0] <= t < KO_NB_DOWN[1]):
            gc(t)
        t += sec(360 + r.uniform(0, 0.2))
    # the controller upgraded at 11:05: the old process stops, the new one starts
    tu = KO_CTL_DOWN[1]
    fs.add(
        KO_CTL_FILE,
        tu,
        "Log file created at: %s",
        lambda x: [
            f"Log file created at: {x:%Y/%m/%d %H:%M:%S}",
            "Running on machine: kube-ovn-controller-6b7d9f8c5-x2t7q",
            "Binary: Built with gc go1.21.10 for linux/amd64",
            "Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg",
        ],
        ("hdr", 1),
        US,
    )
    tu += ms(0.4)
    tu = fs.add(
        KO_CTL_FILE,
        tu,
        KO_VERSION,
        lambda x: [
            klog(x, "I", 7, "controller.go:43", ""),
            "-------------------------------------------------------------------------------",
            "Kube-OVN:",
            "  Version:       v1.12.15",
            "  Build:         2024-05-31_08:14:52",
            "  Commit:        git-5d0b4a1",
            "  Go Version:    go1.21.10",
            "  Arch:          amd64",
            "-------------------------------------------------------------------------------",
        ],
        "ctl-b",
        US,
    )
    tu = C(
        tu + ms(180),
        "I",
        "leaderelection.go:250",
        "attempting to acquire leader lease %v...",
        "attempting to acquire leader lease kube-system/kube-ovn-config...",
    )
    tu = C(
        tu + sec(2.6),
        "I",
        "leaderelection.go:260",
        "successfully acquired lease %v",
        "successfully acquired lease kube-system/kube-ovn-config",
    )
    tu = C(tu + ms(0.3), "I", "election.go:115", "I am the new leader", "I am the new leader")
    tu += sec(1.1)
    for ns, name in sorted(standing):
        tu = add_update(tu + ms(r.uniform(0.5, 6)), f"{ns}/{name}")
        take(tu, "add or update", f"{ns}/{name}", 0, 3)
    tg = tu + sec(0.4)
    for k in range(3):
        gc(tg)
        if k == 1:
            for lsp in orphans:
                C(
                    tg + ms(r.uniform(20, 40)),
                    "I",
                    "gc.go:350",
                    "gc logical switch port %s",
                    f"gc logical switch port {lsp}",
                )
        tg += sec(360 + r.uniform(0, 0.2))
        if tg >= T_END:
            break
    while tg < T_END:
        gc(tg)
        tg += sec(360 + r.uniform(0, 0.2))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- antrea

AN_NODES = {
    "k8s-worker-01": ("10.0.2.11", "10.10.1", "antrea-agent-4xk2p"),
    "k8s-worker-02": ("10.0.2.12", "10.10.2", "antrea-agent-9qz7m"),
    "k8s-worker-03": ("10.0.2.13", "10.10.3", "antrea-agent-bw5tn"),
}
AN_GONE = ("k8s-worker-05", "10.0.2.15", "10.10.5", at(8, 20, 41.7))
AN_NEW = ("k8s-worker-04", "10.0.2.14", "10.10.4", at(10, 50, 17.3))
AN_CRASH = (at(9, 12, 31.04), at(9, 12, 48.66))
AN_EXHAUST = (at(8, 51, 2.0), at(9, 6, 40.0))
AN_CTL_DOWN = (at(10, 30, 6.2), at(10, 30, 41.5))
AN_TYPES = ["AppliedToGroup", "AddressGroup", "NetworkPolicy"]
AN_CNI_CONF = '{"cniVersion":"0.3.0","ipam":{"type":"host-local"},"name":"antrea","type":"antrea"}'


def an_route_fields(name: str, ip: str, cidr: str) -> list[tuple[str, object]]:
    addrs = json.dumps(
        [{"type": "InternalIP", "address": ip}, {"type": "Hostname", "address": name}],
        separators=(",", ":"),
    )
    return [
        ("Node", name),
        ("podCIDRs", Raw(json.dumps([cidr + ".0/24"]))),
        ("addresses", Raw(addrs)),
    ]


def antrea(r: random.Random) -> list[Log]:
    """Antrea v1.15 agents on three workers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def fname(n: str, t: datetime) -> str:
        pod = AN_NODES[n][2]
        if n == "k8s-worker-02" and t < AN_CRASH[0] + sec(1):
            return f"{pod}.previous.log"
        return f"{pod}.log"

    def A(n: str, t: datetime, sev: str, src: str, label: str, msg: str) -> datetime | None:
        if n == "k8s-worker-02" and AN_CRASH[0] <= t < AN_CRASH[1]:
            return None
        proc = (n, "b" if n == "k8s-worker-02" and t >= AN_CRASH[1] else "a")
        return fs.add(
            fname(n, t), t, label, lambda x: [f"{kts(r, x)} {klog(x, sev, 1, src, msg)}"], proc, US
        )

    pools: dict[str, int] = {n: 2 for n in AN_NODES}

    def req(c: str, netns: str, ns: str, name: str) -> str:
        args = f"K8S_POD_INFRA_CONTAINER_ID={c};K8S_POD_UID={uuid4(r)};IgnoreUnknown=1;K8S_POD_NAMESPACE={ns};K8S_POD_NAME={name}"
        return f'cni_args:{{container_id:"{c}" netns:"{netns}" ifname:"eth0" args:"{args}" path:"/opt/cni/bin" network_configuration:{go_quote(AN_CNI_CONF)}}}'

    def cmd_del(n: str, t: datetime, c: str, request: str) -> datetime:
        t = (
            A(
                n,
                t,
                "I",
                "server.go:571",
                "Received CmdDel request %v",
                f"Received CmdDel request {request}",
            )
            or t
        )
        t = (
            A(
                n,
                t + ms(r.uniform(2, 9)),
                "I",
                "server.go:594",
                "Deleted IP addresses for container %v",
                f"Deleted IP addresses for container {c}",
            )
            or t
        )
        t = (
            A(
                n,
                t + ms(r.uniform(8, 60)),
                "I",
                "server.go:600",
                "CmdDel for container %v succeeded",
                f"CmdDel for container {c} succeeded",
            )
            or t
        )
        return t

    def pod(n: str, ns: str, name: str, t0: datetime, t_end: datetime | None) -> None:
        c = cid(r)
        netns = f"/var/run/netns/cni-{uuid4(r)}"
        request = req(c, netns, ns, name)
        t = t0
        if n == "k8s-worker-02" and AN_CRASH[0] <= t < AN_CRASH[1] + sec(3):
            t = AN_CRASH[1] + sec(r.uniform(3, 9))
        while n == "k8s-worker-03" and AN_EXHAUST[0] <= t < AN_EXHAUST[1]:
            t = (
                A(
                    n,
                    t,
                    "I",
                    "server.go:444",
                    "Received CmdAdd request %v",
                    f"Received CmdAdd request {request}",
                )
                or t
            )
            rs = f"{AN_NODES[n][1]}.1-{AN_NODES[n][1]}.254"
            t = (
                A(
                    n,
                    t + ms(r.uniform(1, 6)),
                    "E",
                    "server.go:477",
                    "Failed to request IP addresses for container %v: failed to allocate for range %d: no IP addresses available in range set: %s",
                    f"Failed to request IP addresses for container {c}: failed to allocate for range 0: no IP addresses available in range set: {rs}",
                )
                or t
            )
            t = (
                A(
                    n,
                    t + ms(r.uniform(0.05, 0.3)),
                    "W",
                    "server.go:455",
                    "CmdAdd for container %v failed, and try to rollback",
                    f"CmdAdd for container {c} failed, and try to rollback",
                )
                or t
            )
            t = cmd_del(n, t + ms(r.uniform(0.05, 0.3)), c, request)
            t += sec(r.uniform(20, 45))
            c = cid(r)
            netns = f"/var/run/netns/cni-{uuid4(r)}"
            request = req(c, netns, ns, name)
        t = (
            A(
                n,
                t,
                "I",
                "server.go:444",
                "Received CmdAdd request %v",
                f"Received CmdAdd request {request}",
            )
            or t
        )
        pools[n] = pools[n] % 250 + 1 + r.randint(0, 3)
        ip = f"{AN_NODES[n][1]}.{pools[n] + 1}"
        res = f"&{{Result:{{CNIVersion:0.3.0 Interfaces:[] IPs:[0xc00{hexid(r, 7)}] Routes:[0xc00{hexid(r, 7)}] DNS:{{Nameservers:[] Domain: Search:[] Options:[]}}}} VLANID:0}}"
        t = (
            A(
                n,
                t + ms(r.uniform(2, 12)),
                "I",
                "server.go:481",
                "Allocated IP addresses",
                ks("Allocated IP addresses", [("container", c), ("result", Raw(res))]),
            )
            or t
        )
        t = (
            A(
                n,
                t + ms(r.uniform(60, 420)),
                "I",
                "server.go:507",
                "CmdAdd for container %v succeeded",
                f"CmdAdd for container {c} succeeded",
            )
            or t
        )
        del ip
        if t_end is None or t_end >= T_END:
            return
        te = t_end
        if n == "k8s-worker-02" and AN_CRASH[0] <= te < AN_CRASH[1] + sec(3):
            te = AN_CRASH[1] + sec(r.uniform(3, 9))
        cmd_del(n, te, c, request)

    nodes = list(AN_NODES)
    # workloads: cron jobs, CI jobs, rollouts, a stuck Job retrying on worker-03
    for minute in range(0, 360, 5):
        t = T0 + timedelta(minutes=minute) + sec(r.uniform(1.2, 3.5))
        stamp = int(t.timestamp() // 60)
        pod(
            r.choice(nodes),
            "monitoring",
            f"synthetic-check-{stamp}-{k8s_suffix(r)}",
            t,
            t + sec(r.uniform(14, 40)),
        )
    for minute in range(0, 360, 15):
        for job in ["billing-export", "search-reindex"]:
            if job == "search-reindex" and minute % 30:
                continue
            t = T0 + timedelta(minutes=minute) + sec(r.uniform(0.9, 4))
            stamp = int(t.timestamp() // 60)
            pod(
                r.choice(nodes),
                "batch",
                f"{job}-{stamp}-{k8s_suffix(r)}",
                t,
                t + sec(r.uniform(60, 400)),
            )
    for t in poisson(r, T0, T_END, 210.0):
        proj = r.choice([12, 12, 31, 44, 44, 90])
        pod(
            r.choice(nodes),
            "gitlab-ci",
            f"runner-{k8s_suffix(r, 8)}-project-{proj}-concurrent-{r.randint(0, 4)}-{k8s_suffix(r)}",
            t,
            t + sec(r.uniform(90, 1100)),
        )
    for dep, ns, when, k in [
        ("checkout", "shop", at(7, 12, 30.5), 4),
        ("search-api", "search", at(9, 41, 7.1), 6),
        ("checkout", "shop", at(11, 22, 48.0), 4),
        ("recommender", "ml", at(10, 5, 15.6), 3),
    ]:
        h = pod_rs(r)
        t = when
        for i in range(k):
            n = nodes[(i + r.randint(0, 2)) % 3]
            pod(n, ns, f"{dep}-{h}-{k8s_suffix(r)}", t, None)
            cmd_del(
                nodes[(i + 1) % 3],
                t + sec(r.uniform(25, 40)),
                cid(r),
                req(
                    cid(r),
                    f"/var/run/netns/cni-{uuid4(r)}",
                    ns,
                    f"{dep}-{pod_rs(r)}-{k8s_suffix(r)}",
                ),
            )
            t += sec(r.uniform(12, 26))
    for t in [at(8, 50, 58.3), at(8, 52, 11.9)]:
        pod(
            "k8s-worker-03",
            "batch",
            f"ledger-reconcile-{k8s_suffix(r)}",
            t,
            t + sec(r.uniform(1500, 1700)),
        )

    # the watches on the controller's API: closed by the server every 30 to 60 minutes
    counts = {"NetworkPolicy": 37, "AddressGroup": 52, "AppliedToGroup": 41}

    def rewatch(
        n: str, typ: str, t: datetime, got: int, fail_until: datetime | None = None
    ) -> datetime:
        t = (
            A(
                n,
                t,
                "I",
                "watcher.go:86",
                "Stopped watch for %s, total items received: %d",
                f"Stopped watch for {typ}, total items received: {got}",
            )
            or t
        )
        t += sec(r.uniform(0.001, 0.02))
        while True:
            t = (
                A(n, t, "I", "watcher.go:66", "Starting watch for %s", f"Starting watch for {typ}")
                or t
            )
            if fail_until is None or t >= fail_until:
                break
            t = (
                A(
                    n,
                    t + ms(r.uniform(0.8, 3)),
                    "W",
                    "watcher.go:70",
                    "Failed to start watch for %s: Get %q: dial tcp %s: connect: connection refused",
                    f'Failed to start watch for {typ}: Get "https://10.96.118.203:443/apis/controlplane.antrea.io/v1beta2/{typ.lower()}s?labelSelector=&nodeName={n}&timeout=9m7s&timeoutSeconds=547&watch=true": dial tcp 10.96.118.203:443: connect: connection refused',
                )
                or t
            )
            t += sec(5 + r.uniform(0, 0.01))
        t = (
            A(
                n,
                t + ms(r.uniform(3, 40)),
                "I",
                "watcher.go:82",
                "Started watch for %s",
                f"Started watch for {typ}",
            )
            or t
        )
        return (
            A(
                n,
                t + ms(r.uniform(5, 120)),
                "I",
                "watcher.go:110",
                "Received %d init events for %s",
                f"Received {counts[typ] + r.randint(-2, 3)} init events for {typ}",
            )
            or t
        )

    for n in nodes:
        for typ in AN_TYPES:
            t = T0 + sec(r.uniform(0, 1800))
            while t < T_END:
                if n == "k8s-worker-02" and AN_CRASH[0] - sec(60) <= t < AN_CRASH[1] + sec(60):
                    t = AN_CRASH[1] + sec(1800 + r.uniform(0, 600))
                    continue
                if AN_CTL_DOWN[0] - sec(90) <= t < AN_CTL_DOWN[1] + sec(60):
                    t = AN_CTL_DOWN[1] + sec(1800 + r.uniform(0, 900))
                    continue
                rewatch(n, typ, t, r.randint(40, 400))
                t += sec(r.uniform(1800, 3600))
            # the controller upgraded at 10:30: its server closes every watch
            rewatch(
                n, typ, AN_CTL_DOWN[0] + ms(r.uniform(1, 30)), r.randint(100, 600), AN_CTL_DOWN[1]
            )
    # nodes leaving and joining
    for n in nodes:
        name, ip, cidr, t = AN_GONE
        A(
            n,
            t + ms(r.uniform(5, 60)),
            "I",
            "node_route_controller.go:390",
            "Deleting routes and flows to Node",
            ks("Deleting routes and flows to Node", [("Node", name)]),
        )
        name, ip, cidr, t = AN_NEW
        A(
            n,
            t + sec(r.uniform(0.5, 3)),
            "I",
            "node_route_controller.go:604",
            "Adding routes and flows to Node",
            ks("Adding routes and flows to Node", an_route_fields(name, ip, cidr)),
        )
    # worker-02's agent killed (OOM) at 09:12:31 and started again
    n = "k8s-worker-02"
    t = AN_CRASH[1] + sec(1.3)
    t = (
        A(
            n,
            t,
            "I",
            "server.go:754",
            "Reconciliation for CNI server",
            "Reconciliation for CNI server",
        )
        or t
    )
    for peer in ["k8s-worker-01", "k8s-worker-03"]:
        ip, cidr, _ = AN_NODES[peer]
        t = (
            A(
                n,
                t + ms(r.uniform(30, 120)),
                "I",
                "node_route_controller.go:604",
                "Adding routes and flows to Node",
                ks("Adding routes and flows to Node", an_route_fields(peer, ip, cidr)),
            )
            or t
        )
    t += ms(r.uniform(50, 200))
    for typ in AN_TYPES:
        A(
            n,
            t + ms(r.uniform(0, 2)),
            "I",
            "watcher.go:66",
            "Starting watch for %s",
            f"Starting watch for {typ}",
        )
    t += ms(r.uniform(40, 90))
    for typ in AN_TYPES:
        t2 = (
            A(
                n,
                t + ms(r.uniform(0, 30)),
                "I",
                "watcher.go:82",
                "Started watch for %s",
                f"Started watch for {typ}",
            )
            or t
        )
        A(
            n,
            t2 + ms(r.uniform(20, 300)),
            "I",
            "watcher.go:110",
            "Received %d init events for %s",
            f"Received {counts[typ] + r.randint(-2, 3)} init events for {typ}",
        )
    t += sec(1.1)
    t = A(n, t, "I", "server.go:705", "Starting CNI server", "Starting CNI server") or t
    A(
        n,
        t + ms(0.4),
        "I",
        "server.go:714",
        "CNI server is listening ...",
        "CNI server is listening ...",
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------------- kuma

KU_CPS = {"kuma-cp-1": "kuma-cp-1-5f3a", "kuma-cp-2": "kuma-cp-2-9b1c"}
KU_DPS = {
    "web-01": ("web", "10.20.1.11", 8080, "http"),
    "web-02": ("web", "10.20.1.12", 8080, "http"),
    "web-03": ("web", "10.20.1.13", 8080, "http"),
    "orders-01": ("orders", "10.20.2.21", 8081, "http"),
    "orders-02": ("orders", "10.20.2.22", 8081, "http"),
    "payments-01": ("payments", "10.20.2.31", 8443, "grpc"),
    "payments-02": ("payments", "10.20.2.32", 8443, "grpc"),
    "inventory-01": ("inventory", "10.20.2.41", 8082, "http"),
    "inventory-02": ("inventory", "10.20.2.42", 8082, "http"),
    "catalog-01": ("catalog", "10.20.2.51", 8083, "http"),
    "catalog-02": ("catalog", "10.20.2.52", 8083, "http"),
    "notifications-01": ("notifications", "10.20.3.11", 8090, "http"),
    "redis-01": ("redis", "10.20.4.11", 6379, "tcp"),
    "edge-gw-01": ("edge-gateway", "10.20.0.21", 8080, "http"),
    "edge-gw-02": ("edge-gateway", "10.20.0.22", 8080, "http"),
    "search-01": ("search", "10.20.3.21", 9200, "http"),
}
KU_PG_DOWN = (at(9, 12, 20.31), at(9, 12, 41.07))
KU_POLICY_BAD = (at(10, 5, 11.4), at(10, 5, 53.9))
KU_CP2_RESTART = (at(10, 40, 2.18), at(10, 40, 31.6))
KU_CRASHLOOP = (at(7, 40, 3.0), at(8, 4, 50.0))
KU_CONFLICT = (at(9, 50, 12.0), at(10, 51, 30.0))


def zap_ts(t: datetime) -> str:
    """zapcore.ISO8601TimeEncoder in UTC."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def zap_val(v: object) -> str:
    if isinstance(v, Raw):
        return v.s
    if isinstance(v, dict):
        return json.dumps(v, separators=(",", ":"))
    return json.dumps(v)


def zap_line(
    t: datetime, level: str, logger: str, msg: str, fields: list[tuple[str, object]]
) -> str:
    """zap's development console encoder (no caller, no stack at info level): time, level,
    logger name and message separated by tabs, then the fields as one JSON object."""
    out = f"{zap_ts(t)}\t{level}\t{logger}\t{msg}"
    if fields:
        out += "\t{" + ", ".join(f"{json.dumps(k)}: {zap_val(v)}" for k, v in fields) + "}"
    return out


def kuma(r: random.Random) -> list[Log]:
    """Two Kuma 2.7 control planes (universal, PostgreSQL), 06:00 to 12:00 (see the module
    docstring)."""
    fs = Files()
    stream = {cp: r.randint(900, 1400) for cp in KU_CPS}
    conn: dict[str, str] = {dp: r.choice(list(KU_CPS)) for dp in KU_DPS}
    leader = ["kuma-cp-1"]

    def Z(
        cp: str,
        t: datetime,
        level: str,
        logger: str,
        msg: str,
        fields: list[tuple[str, object]],
        label: str | None = None,
    ) -> datetime:
        proc = (cp, "b" if cp == "kuma-cp-2" and t >= KU_CP2_RESTART[1] else "a")
        return fs.add(
            f"{cp}.log",
            t,
            label or msg,
            lambda x: [zap_line(x, level, logger, msg, fields)],
            proc,
            MS,
        )

    def key(dp: str) -> dict[str, str]:
        return {"Mesh": "default", "Name": dp}

    def spec(dp: str) -> dict[str, object]:
        if dp in KU_DPS:
            svc, addr, port, proto = KU_DPS[dp]
        elif dp.startswith("legacy-api"):
            svc, addr, port, proto = "legacy-api", "10.20.5.11", 8000, "http"
        elif dp.startswith("reports"):
            svc, addr, port, proto = "reports-v2", "10.20.3.31", 8095, "http"
        else:
            svc = dp.rsplit("-", 1)[0]
            addr, port, proto = f"10.20.6.{r.randint(10, 250)}", 8100, "http"
        return {
            "Meta": {
                "Name": dp,
                "Mesh": "default",
                "Version": "",
                "CreationTime": "0001-01-01T00:00:00Z",
                "ModificationTime": "0001-01-01T00:00:00Z",
                "Labels": None,
            },
            "Spec": {
                "networking": {
                    "address": addr,
                    "inbound": [
                        {"port": port, "tags": {"kuma.io/protocol": proto, "kuma.io/service": svc}}
                    ],
                    "admin": {"port": 9901},
                }
            },
        }

    def register(dp: str, cp: str, t: datetime) -> tuple[datetime, int]:
        stream[cp] += 1
        sid = stream[cp]
        t = Z(
            cp,
            t,
            "INFO",
            "xds.dp-lifecycle",
            "register proxy",
            [
                ("proxyType", "dataplane"),
                ("proxyKey", key(dp)),
                ("streamID", sid),
                ("resource", Raw(json.dumps(spec(dp), separators=(",", ":")))),
            ],
        )
        return t, sid

    def waiting(dp: str, cp: str, sid: int, t: datetime) -> datetime:
        return Z(
            cp,
            t,
            "INFO",
            "xds.dp-lifecycle",
            "waiting for deregister proxy",
            [
                ("proxyType", "dataplane"),
                ("proxyKey", key(dp)),
                ("streamID", sid),
                ("waitFor", "10s"),
            ],
        )

    def lf(dp: str, sid: int) -> list[tuple[str, object]]:
        return [("proxyType", "dataplane"), ("proxyKey", key(dp)), ("streamID", sid)]

    sids: dict[str, int] = {dp: r.randint(100, 900) for dp in KU_DPS}

    def restart(dp: str, t: datetime) -> None:
        old = conn[dp]
        waiting(dp, old, sids[dp], t)
        new = r.choice(list(KU_CPS))
        _t2, sid = register(dp, new, t + sec(r.uniform(2.5, 8)))
        after = t + sec(10) + ms(r.uniform(0.5, 6))
        if new == old:
            Z(
                old,
                after,
                "INFO",
                "xds.dp-lifecycle",
                "no need to deregister proxy. It has already connected to this instance",
                lf(dp, sids[dp]),
            )
        else:
            Z(
                old,
                after,
                "INFO",
                "xds.dp-lifecycle",
                "no need to deregister proxy. It has already connected to another instance",
                [*lf(dp, sids[dp]), ("newCPInstanceID", KU_CPS[new])],
            )
        conn[dp] = new
        sids[dp] = sid

    def busy(t: datetime) -> bool:
        return KU_PG_DOWN[0] - sec(15) <= t < KU_PG_DOWN[1] + sec(15) or KU_CP2_RESTART[0] - sec(
            20
        ) <= t < KU_CP2_RESTART[1] + sec(20)

    # deploys: every instance of a service restarted one after the other
    for svc, when in [
        ("catalog", at(6, 45, 30.2)),
        ("web", at(7, 0, 12.7)),
        ("orders", at(8, 20, 44.0)),
        ("web", at(9, 30, 5.5)),
        ("orders", at(10, 50, 2.4)),
        ("web", at(11, 15, 40.1)),
        ("payments", at(11, 40, 18.8)),
        ("search", at(7, 55, 9.9)),
    ]:
        t = when
        for dp in [d for d in KU_DPS if KU_DPS[d][0] == svc]:
            restart(dp, t)
            t += sec(r.uniform(35, 70))
    # batch jobs on the worker VMs, each run a short-lived data plane proxy
    runs = [
        (t, "etl-batch")
        for t in [T0 + timedelta(minutes=m) + sec(r.uniform(2, 6)) for m in range(0, 360, 5)]
    ]
    runs += [
        (t, "thumbnailer")
        for t in [T0 + timedelta(minutes=m) + sec(r.uniform(8, 14)) for m in range(2, 360, 4)]
    ]
    runs += [
        (t, "invoice-mailer")
        for t in [T0 + timedelta(minutes=m) + sec(r.uniform(20, 40)) for m in range(1, 360, 6)]
    ]
    for t, job in runs:
        if busy(t):
            continue
        dp = f"{job}-{hexid(r, 5)}"
        cp = r.choice(
            [
                c
                for c in KU_CPS
                if not (c == "kuma-cp-2" and KU_CP2_RESTART[0] - sec(200) <= t < KU_CP2_RESTART[1])
            ]
        )
        _, sid = register(dp, cp, t)
        te = t + sec(r.uniform(45, 170))
        if busy(te) or (cp == "kuma-cp-2" and KU_CP2_RESTART[0] - sec(15) <= te):
            te = t + sec(r.uniform(20, 30))
        waiting(dp, cp, sid, te)
        Z(
            cp,
            te + sec(10) + ms(r.uniform(1, 8)),
            "INFO",
            "xds.dp-lifecycle",
            "deregister proxy",
            lf(dp, sid),
        )
    # legacy-api-01 crash-looping (bad config) 07:40-08:05: gone before its insight is written
    t = KU_CRASHLOOP[0]
    while t < KU_CRASHLOOP[1]:
        cp = r.choice(list(KU_CPS))
        _, sid = register("legacy-api-01", cp, t)
        td = t + sec(r.uniform(1.2, 3.1))
        waiting("legacy-api-01", cp, sid, td)
        t3 = Z(
            cp,
            td + sec(10) + ms(r.uniform(1, 9)),
            "INFO",
            "xds.dp-lifecycle",
            "insight is missing. Safe to deregister the proxy",
            lf("legacy-api-01", sid),
        )
        Z(
            cp,
            t3 + ms(r.uniform(0.5, 3)),
            "INFO",
            "xds.dp-lifecycle",
            "deregister proxy",
            lf("legacy-api-01", sid),
        )
        t = td + sec(r.uniform(14, 22))
    # reports-01: a VM cloned from the reports host, its token bound to the old service
    t = KU_CONFLICT[0]
    back = 0.5
    while t < KU_CONFLICT[1]:
        cp = r.choice(list(KU_CPS))
        if cp == "kuma-cp-2" and KU_CP2_RESTART[0] - sec(2) <= t < KU_CP2_RESTART[1] + sec(3):
            cp = "kuma-cp-1"
        t2, _ = register("reports-01", cp, t)
        reason = 'you are trying to override existing proxy to which you don\'t have an access.: dataplane token is not valid: token is bound to service "reports" but the data plane proxy has service "reports-v2"'
        Z(
            cp,
            t2 + ms(r.uniform(1, 6)),
            "INFO",
            "xds.dp-lifecycle",
            "cannot register proxy",
            [
                *lf("reports-01", stream[cp]),
                ("resource", Raw(json.dumps(spec("reports-01"), separators=(",", ":")))),
                ("reason", reason),
            ],
        )
        back = min(back * 2, 30.0)
        t += sec(back * r.uniform(0.5, 1.0) + 0.2)
    # PostgreSQL failover 09:12:20-09:12:41: every watchdog's tick fails once a second
    pg_err = "could not fetch resources: failed to list resources: read tcp {src}->10.20.0.40:5432: read: connection reset by peer"
    for dp in KU_DPS:
        cp = conn[dp]
        src = "10.20.0.5" if cp == "kuma-cp-1" else "10.20.0.6"
        t = KU_PG_DOWN[0] + ms(r.uniform(0, 999))
        while t < KU_PG_DOWN[1]:
            Z(
                cp,
                t,
                "ERROR",
                "xds.dataplane-sync-watchdog",
                "OnTick() failed",
                [
                    ("dataplaneKey", key(dp)),
                    ("error", pg_err.format(src=src + ":" + str(r.randint(40000, 60999)))),
                ],
            )
            t += sec(1) + ms(r.uniform(0.1, 4))
    t = Z(
        "kuma-cp-1",
        KU_PG_DOWN[0] + sec(0.7),
        "ERROR",
        "dataplane-gc",
        "unable to cleanup",
        [
            (
                "error",
                "failed to list resources: dial tcp 10.20.0.40:5432: connect: connection refused",
            )
        ],
    )
    Z(
        "kuma-cp-1",
        KU_PG_DOWN[0] + sec(1.9),
        "ERROR",
        "finalizer",
        "unable to check subscription's generation",
        [
            ("type", "DataplaneInsight"),
            (
                "error",
                "failed to list resources: dial tcp 10.20.0.40:5432: connect: connection refused",
            ),
        ],
    )
    t = Z("kuma-cp-1", KU_PG_DOWN[0] + sec(3.4), "INFO", "bootstrap", "leader lost", [])
    t = Z("kuma-cp-1", t + ms(0.6), "INFO", "dataplane-gc", "stopped", [])
    Z("kuma-cp-1", t + ms(0.3), "INFO", "finalizer", "stopped", [])
    t = Z("kuma-cp-2", KU_PG_DOWN[1] + sec(3.2), "INFO", "bootstrap", "leader acquired", [])
    t = Z("kuma-cp-2", t + ms(0.4), "INFO", "dataplane-gc", "started", [])
    Z("kuma-cp-2", t + ms(0.3), "INFO", "finalizer", "started", [])
    leader[0] = "kuma-cp-2"
    # a MeshHTTPRoute with a backend ref to a missing service, 10:05:11-10:05:54: the web proxies'
    # configuration cannot be generated until it is fixed
    for dp in ["web-01", "web-02", "web-03"]:
        cp = conn[dp]
        t = KU_POLICY_BAD[0] + ms(r.uniform(0, 999))
        while t < KU_POLICY_BAD[1]:
            Z(
                cp,
                t,
                "ERROR",
                "xds.dataplane-sync-watchdog",
                "OnTick() failed",
                [
                    ("dataplaneKey", key(dp)),
                    (
                        "error",
                        'could not generate xDS resources: could not generate outbound listeners: MeshHTTPRoute "route-orders-canary" references service "orders-canary" which has no endpoints in zone',
                    ),
                ],
            )
            t += sec(1) + ms(r.uniform(0.1, 4))
    # kuma-cp-2 upgraded to 2.7.4 at 10:40 (leader at the time)
    t = Z("kuma-cp-2", KU_CP2_RESTART[0], "INFO", "kuma-cp.run", "stopping Control Plane", [])
    moved = [dp for dp in KU_DPS if conn[dp] == "kuma-cp-2"]
    for _dp in moved:
        t = Z(
            "kuma-cp-2",
            t + ms(r.uniform(1, 15)),
            "INFO",
            "xds.dp-lifecycle",
            "graceful shutdown, don't delete Dataplane resource",
            [],
        )
    t = Z("kuma-cp-2", t + ms(r.uniform(2, 10)), "INFO", "bootstrap", "leader lost", [])
    t = Z("kuma-cp-2", t + ms(0.5), "INFO", "dataplane-gc", "stopped", [])
    Z("kuma-cp-2", t + ms(0.4), "INFO", "finalizer", "stopped", [])
    for dp in moved:
        _, sids[dp] = register(dp, "kuma-cp-1", KU_CP2_RESTART[0] + sec(r.uniform(0.6, 4.5)))
        conn[dp] = "kuma-cp-1"
    t = Z("kuma-cp-1", KU_CP2_RESTART[0] + sec(15.3), "INFO", "bootstrap", "leader acquired", [])
    t = Z("kuma-cp-1", t + ms(0.5), "INFO", "dataplane-gc", "started", [])
    Z("kuma-cp-1", t + ms(0.2), "INFO", "finalizer", "started", [])
    Z(
        "kuma-cp-2",
        KU_CP2_RESTART[1],
        "INFO",
        "kuma-cp.run",
        "starting Control Plane",
        [("version", "2.7.4")],
    )
    # the leader's dataplane gc: proxies offline for 72 hours
    for t, names in [
        (at(6, 31, 10.2), ["web-legacy-01", "etl-batch-0c4f1"]),
        (at(8, 31, 10.2), ["thumbnailer-9a2d7"]),
    ]:
        for dp in names:
            t = Z(
                "kuma-cp-1",
                t + ms(r.uniform(1, 5)),
                "INFO",
                "dataplane-gc",
                "deleting dataplane which is offline for 72h0m0s",
                [("name", dp), ("mesh", "default")],
                label="deleting dataplane which is offline for %v",
            )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- descheduler

DS_POD = "descheduler-6c9b8d7f4-k2xq8"
DS_API_DOWN = (at(9, 40, 4.6), at(9, 44, 51.2))
DS_LOST = at(9, 40, 16.9)
DS_NODES = {f"k8s-worker-{i:02d}": (8000, 32 * 1024, 110) for i in range(1, 9)}
DS_NEW = {"k8s-worker-05": at(6, 33, 40.0), "k8s-worker-06": at(6, 34, 12.0)}
DS_STACK = [
    "goroutine 1 [running]:",
    "k8s.io/klog/v2/internal/dbg.Stacks(0x0)",
    "\t/go/pkg/mod/k8s.io/klog/v2@v2.120.1/internal/dbg/dbg.go:35 +0x85",
    "k8s.io/klog/v2.(*loggingT).output(0x3c27e40, 0x3, 0x0, 0xc0004e2000, 0x1, {0x2d2f0a3?, 0x2?}, 0x0?, 0x0)",
    "\t/go/pkg/mod/k8s.io/klog/v2@v2.120.1/klog.go:965 +0x6f1",
    "k8s.io/klog/v2.(*loggingT).printfDepth(0x3c27e40, 0x3, 0x0, {0x0, 0x0}, 0x1, {0x22c3a6b, 0x13}, {0x0, 0x0, 0x0})",
    "\t/go/pkg/mod/k8s.io/klog/v2@v2.120.1/klog.go:767 +0x1f0",
    "k8s.io/klog/v2.(*loggingT).printf(...)",
    "\t/go/pkg/mod/k8s.io/klog/v2@v2.120.1/klog.go:744",
    "k8s.io/klog/v2.Fatalf(...)",
    "\t/go/pkg/mod/k8s.io/klog/v2@v2.120.1/klog.go:1655",
    "sigs.k8s.io/descheduler/pkg/descheduler.NewLeaderElection.func2()",
    "\t/go/src/sigs.k8s.io/descheduler/pkg/descheduler/leaderelection.go:60 +0x45",
    "k8s.io/client-go/tools/leaderelection.(*LeaderElector).Run.func1()",
    "\t/go/pkg/mod/k8s.io/client-go@v0.30.0/tools/leaderelection/leaderelection.go:213 +0x23",
    "k8s.io/client-go/tools/leaderelection.(*LeaderElector).Run(0xc0001f8480, {0x26d4a98, 0xc0003f0f50})",
    "\t/go/pkg/mod/k8s.io/client-go@v0.30.0/tools/leaderelection/leaderelection.go:223 +0x15e",
    "k8s.io/client-go/tools/leaderelection.RunOrDie({0x26d4a98, 0xc0003f0f50}, {{0x26d9d60, 0xc0001a2c80}, 0x37e11d600, 0x2540be400, 0x77359400, {0xc000396ec0, 0xc000396ed0, 0x0}, ...})",
    "\t/go/pkg/mod/k8s.io/client-go@v0.30.0/tools/leaderelection/leaderelection.go:236 +0x65",
    "sigs.k8s.io/descheduler/pkg/descheduler.NewLeaderElection({0x26d4a98, 0xc0003f0f50}, {0x26f2b40?, 0xc0004d4ea0}, 0xc000142980, 0xc000412c60)",
    "\t/go/src/sigs.k8s.io/descheduler/pkg/descheduler/leaderelection.go:72 +0x4a5",
    "",
    "goroutine 18 [chan receive]:",
    "k8s.io/klog/v2.(*loggingT).flushDaemon(0x0?, 0x0?, 0x0?)",
    "\t/go/pkg/mod/k8s.io/klog/v2@v2.120.1/klog.go:1174 +0x6a",
    "created by k8s.io/klog/v2.(*loggingT).StartFlushDaemon in goroutine 1",
    "\t/go/pkg/mod/k8s.io/klog/v2@v2.120.1/klog.go:1170 +0x12a",
]


def descheduler(r: random.Random) -> list[Log]:
    """The descheduler v0.30 (a Deployment, --descheduling-interval=5m, --v=3), 06:00 to
    12:00 (see the module docstring)."""
    fs = Files()
    # usage in percent of allocatable (cpu, memory, pods) per node, drifting over the day
    use: dict[str, list[float]] = {
        "k8s-worker-01": [41.0, 38.5, 30.0],
        "k8s-worker-02": [57.5, 61.3, 41.8],
        "k8s-worker-03": [39.1, 36.0, 28.2],
        "k8s-worker-04": [44.3, 47.9, 33.6],
        "k8s-worker-05": [3.1, 2.4, 4.5],
        "k8s-worker-06": [3.1, 2.4, 4.5],
        "k8s-worker-07": [35.2, 40.8, 27.3],
        "k8s-worker-08": [47.6, 44.1, 31.8],
    }
    workloads = [
        ("shop", "cart", pod_rs(r)),
        ("shop", "checkout", pod_rs(r)),
        ("shop", "storefront", pod_rs(r)),
        ("search", "search-api", pod_rs(r)),
        ("data", "etl-worker", pod_rs(r)),
        ("ml", "feature-server", pod_rs(r)),
        ("monitoring", "blackbox-exporter", pod_rs(r)),
    ]

    def fname(t: datetime) -> str:
        return f"{DS_POD}.previous.log" if t < DS_LOST + sec(2) else f"{DS_POD}.log"

    def D(t: datetime, sev: str, src: str, label: str, msg: str) -> datetime:
        proc = "a" if t < DS_LOST + sec(2) else "b"
        return fs.add(fname(t), t, label, lambda x: [klog(x, sev, 1, src, msg)], proc, US)

    def quant(n: str) -> tuple[str, str, str, str]:
        cpu_m, mem_mi, pods = DS_NODES[n]
        c, m, p = use[n]
        return (
            f"{int(cpu_m * c / 100)}m",
            f"{int(mem_mi * m / 100)}Mi",
            str(round(pods * p / 100)),
            json.dumps({"cpu": c, "memory": m, "pods": p}),
        )

    def usage_raw(n: str) -> Raw:
        c, m, p, _ = quant(n)
        return Raw(json.dumps({"cpu": c, "memory": m, "pods": p}, separators=(",", ":")))

    def pct_raw(n: str) -> Raw:
        c, m, p = use[n]
        return Raw(
            json.dumps(
                {"cpu": round(c, 3), "memory": round(m, 3), "pods": round(p, 3)},
                separators=(",", ":"),
            )
        )

    def evicted(t: datetime, ns: str, pod: str, strategy: str, node: str) -> datetime:
        return D(
            t,
            "I",
            "evictions.go:171",
            "Evicted pod",
            ks(
                "Evicted pod",
                [
                    ("pod", f"{ns}/{pod}"),
                    ("reason", ""),
                    ("strategy", strategy),
                    ("node", node),
                    ("profile", "default"),
                ],
            ),
        )

    crash = {"pod": f"feature-server-{workloads[5][2]}-{k8s_suffix(r)}", "restarts": 61}

    def cycle(t: datetime) -> None:
        nodes = [n for n in DS_NODES if n not in DS_NEW or t >= DS_NEW[n] + sec(60)]
        total = 0
        t = D(t, "I", "descheduler.go:170", "Building a pod evictor", "Building a pod evictor")
        # RemovePodsHavingTooManyRestarts (podRestartThreshold 100, includingInitContainers)
        crash["restarts"] += r.randint(3, 5)
        if crash["restarts"] >= 100:
            t = evicted(
                t + ms(r.uniform(20, 60)),
                "ml",
                crash["pod"],
                "RemovePodsHavingTooManyRestarts",
                "k8s-worker-03",
            )
            total += 1
            crash["pod"] = f"feature-server-{workloads[5][2]}-{k8s_suffix(r)}"
            crash["restarts"] = 0
        # RemovePodsViolatingNodeAffinity
        t = D(
            t + ms(r.uniform(1, 5)),
            "I",
            "node_affinity.go:100",
            "Executing for nodeAffinityType",
            ks(
                "Executing for nodeAffinityType",
                [("nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution")],
            ),
        )
        # RemoveDuplicates
        dup_node = None
        for n in nodes:
            t = D(
                t + ms(r.uniform(0.2, 3)),
                "I",
                "removeduplicates.go:105",
                "Processing node",
                ks("Processing node", [("node", n)]),
            )
            if n == "k8s-worker-01" and at(6, 35) <= t < at(6, 52) and dup_node is None:
                dup_node = n
                ns, dep, h = workloads[0]
                dpod = f"{dep}-{h}-{k8s_suffix(r)}"
                t = D(
                    t + ms(r.uniform(0.1, 1)),
                    "I",
                    "removeduplicates.go:145",
                    "Duplicate found",
                    ks("Duplicate found", [("pod", f"{ns}/{dpod}")]),
                )
                dup = (ns, dep, h, dpod)
        if dup_node is not None:
            ns, dep, h, dpod = dup
            owner = f"{{namespace:{ns} kind:ReplicaSet name:{dep}-{h} imagesHash:registry.corp.example/{ns}/{dep}:1.14.2}}"
            t = D(
                t + ms(r.uniform(0.2, 2)),
                "I",
                "removeduplicates.go:217",
                "Adjusting feasible nodes",
                ks(
                    "Adjusting feasible nodes",
                    [("owner", Raw(owner)), ("from", len(nodes)), ("to", len(nodes))],
                ),
            )
            t = evicted(t + ms(r.uniform(15, 60)), ns, dpod, "RemoveDuplicates", dup_node)
            total += 1
        # LowNodeUtilization (thresholds 20/20/20, targetThresholds 50/50/50)
        low, high = [], []
        for n in nodes:
            c, m, p = use[n]
            if c < 20 and m < 20 and p < 20:
                label, low = "Node is underutilized", [*low, n]
            elif c > 50 or m > 50 or p > 50:
                label, high = "Node is overutilized", [*high, n]
            else:
                label = "Node is appropriately utilized"
            t = D(
                t + ms(r.uniform(0.1, 1.5)),
                "I",
                "nodeutilization.go:208",
                label,
                ks(label, [("node", n), ("usage", usage_raw(n)), ("usagePercentage", pct_raw(n))]),
            )
        t = D(
            t + ms(r.uniform(0.1, 1)),
            "I",
            "lownodeutilization.go:135",
            "Criteria for a node under utilization",
            ks("Criteria for a node under utilization", [("CPU", 20), ("Mem", 20), ("Pods", 20)]),
        )
        t = D(
            t + ms(0.02),
            "I",
            "lownodeutilization.go:136",
            "Number of underutilized nodes",
            ks("Number of underutilized nodes", [("totalNumber", len(low))]),
        )
        t = D(
            t + ms(0.02),
            "I",
            "lownodeutilization.go:139",
            "Criteria for a node above target utilization",
            ks(
                "Criteria for a node above target utilization",
                [("CPU", 50), ("Mem", 50), ("Pods", 50)],
            ),
        )
        t = D(
            t + ms(0.02),
            "I",
            "lownodeutilization.go:140",
            "Number of overutilized nodes",
            ks("Number of overutilized nodes", [("totalNumber", len(high))]),
        )
        if not low:
            t = D(
                t + ms(0.02),
                "I",
                "lownodeutilization.go:143",
                "No node is underutilized, nothing to do here, you might tune your thresholds further",
                ks(
                    "No node is underutilized, nothing to do here, you might tune your thresholds further",
                    [],
                ),
            )
        elif not high:
            t = D(
                t + ms(0.02),
                "I",
                "lownodeutilization.go:158",
                "All nodes are under target utilization, nothing to do here",
                ks("All nodes are under target utilization, nothing to do here", []),
            )
        else:
            src = high[0]
            cap_cpu = int(DS_NODES[src][0] * (use[src][0] - 50) / 100) + r.randint(300, 900)
            cap_mem = (
                int(DS_NODES[src][1] * (use[src][1] - 50) / 100 * 1048576)
                + r.randint(1, 3) * 536870912
            )
            t = D(
                t + ms(0.05),
                "I",
                "nodeutilization.go:252",
                "Total capacity to be moved",
                ks(
                    "Total capacity to be moved",
                    [("CPU", cap_cpu), ("Mem", cap_mem), ("Pods", r.randint(12, 30))],
                ),
            )
            t = D(
                t + ms(0.05),
                "I",
                "nodeutilization.go:256",
                "Evicting pods from node",
                ks("Evicting pods from node", [("node", src), ("usage", usage_raw(src))]),
            )
            allp = r.randint(34, 46)
            nonrem = r.randint(11, 15)
            t = D(
                t + ms(0.3),
                "I",
                "nodeutilization.go:259",
                "Pods on node",
                ks(
                    "Pods on node",
                    [
                        ("node", src),
                        ("allPods", allp),
                        ("nonRemovablePods", nonrem),
                        ("removablePods", allp - nonrem),
                    ],
                ),
            )
            t = D(
                t + ms(0.1),
                "I",
                "nodeutilization.go:268",
                "Evicting pods based on priority, if they have same priority, they'll be evicted based on QoS tiers",
                ks(
                    "Evicting pods based on priority, if they have same priority, they'll be evicted based on QoS tiers",
                    [],
                ),
            )
            for _k in range(r.randint(3, 5)):
                ns, dep, h = r.choice(workloads[:5])
                p = f"{dep}-{h}-{k8s_suffix(r)}"
                if dep == "checkout" and t < at(7, 0):
                    t = D(
                        t + ms(r.uniform(10, 40)),
                        "E",
                        "evictions.go:197",
                        "Error evicting pod",
                        ks(
                            "Error evicting pod",
                            [
                                (
                                    "err",
                                    "Cannot evict pod as it would violate the pod's disruption budget.",
                                ),
                                ("pod", f"{ns}/{p}"),
                                ("reason", ""),
                            ],
                        ),
                    )
                    continue
                t = evicted(t + ms(r.uniform(15, 80)), ns, p, "LowNodeUtilization", src)
                t = D(
                    t + ms(0.05),
                    "I",
                    "nodeutilization.go:312",
                    "Evicted pods",
                    ks("Evicted pods", [("pod", f"{ns}/{p}")]),
                )
                total += 1
                use[src][0] -= r.uniform(1.5, 3.5)
                use[src][1] -= r.uniform(2, 4)
                use[src][2] -= 0.9
                dst = r.choice(low)
                use[dst][0] += r.uniform(1.5, 3.5)
                use[dst][1] += r.uniform(2, 4)
                use[dst][2] += 0.9
                c, m, pp, _ = quant(src)
                t = D(
                    t + ms(0.05),
                    "I",
                    "nodeutilization.go:327",
                    "Updated node usage",
                    ks(
                        "Updated node usage",
                        [
                            ("node", src),
                            ("CPU", int(c[:-1])),
                            ("Mem", int(m[:-2]) * 1048576),
                            ("Pods", int(pp)),
                        ],
                    ),
                )
        D(
            t + ms(r.uniform(0.2, 2)),
            "I",
            "descheduler.go:182",
            "Number of evicted pods",
            ks("Number of evicted pods", [("totalEvicted", total)]),
        )

    def drift() -> None:
        for _n, u in use.items():
            for i, hi in enumerate([72.0, 75.0, 60.0]):
                u[i] = min(hi, max(1.5, u[i] + r.uniform(-0.9, 1.0)))

    def startup(t: datetime, lease_at: datetime) -> datetime:
        loop = int(t.timestamp()) - 1
        detail = f'"apiserver-loopback-client@{loop}" [serving] validServingFor=[apiserver-loopback-client] issuer="apiserver-loopback-client-ca@{loop}" (2024-06-07 {(t - sec(3600)):%H:%M:%S} +0000 UTC to 2025-06-07 {(t - sec(3600)):%H:%M:%S} +0000 UTC (now={go_time(t)}))'
        t = D(
            t,
            "I",
            "named_certificates.go:53",
            "Loaded SNI cert",
            ks(
                "Loaded SNI cert",
                [("index", 0), ("certName", "self-signed loopback"), ("certDetail", detail)],
            ),
        )
        t = D(
            t + ms(0.4),
            "I",
            "secure_serving.go:213",
            "Serving securely on %s",
            "Serving securely on [::]:10258",
        )
        t = D(
            t + ms(0.1),
            "I",
            "tlsconfig.go:240",
            "Starting DynamicServingCertificateController",
            ks("Starting DynamicServingCertificateController", []),
        )
        t = D(
            t + ms(2),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            "attempting to acquire leader lease kube-system/descheduler...",
        )
        while t + sec(2) < lease_at:
            t += sec(2) + ms(r.uniform(0, 40))
            t = D(
                t,
                "E",
                "leaderelection.go:332",
                "error retrieving resource lock %v: Get %q: dial tcp %s: connect: connection refused",
                'error retrieving resource lock kube-system/descheduler: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/descheduler": dial tcp 10.96.0.1:443: connect: connection refused',
            )
        t = D(
            max(t, lease_at),
            "I",
            "leaderelection.go:260",
            "successfully acquired lease %v",
            "successfully acquired lease kube-system/descheduler",
        )
        for typ in ["*v1.Namespace", "*v1.PriorityClass", "*v1.Node", "*v1.Pod"]:
            t = D(
                t + ms(r.uniform(20, 140)),
                "I",
                "reflector.go:351",
                "Caches populated for %s from %s",
                f"Caches populated for {typ} from k8s.io/client-go/informers/factory.go:160",
            )
        return t

    # the cycles, every 5 minutes from the loop's start (the pod has run since Tuesday)
    t = T0 + sec(118.4)
    while t < T_END:
        if t < DS_LOST + sec(2) and t < DS_API_DOWN[0]:
            cycle(t)
        drift()
        if t >= at(6, 50) and use["k8s-worker-02"][0] > 48:
            use["k8s-worker-02"][0] -= 2.0
        t += sec(300) + ms(r.uniform(0.1, 3))
    # the API server upgraded 09:40-09:44: the lease cannot be renewed, the process exits
    t = DS_API_DOWN[0] + sec(1.8)
    while t < DS_LOST:
        t = D(
            t,
            "E",
            "leaderelection.go:332",
            "error retrieving resource lock %v: Get %q: dial tcp %s: connect: connection refused",
            'error retrieving resource lock kube-system/descheduler: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/descheduler?timeout=5s": dial tcp 10.96.0.1:443: connect: connection refused',
        )
        t += sec(2) + ms(r.uniform(0, 40))
    t = D(
        DS_LOST,
        "I",
        "leaderelection.go:285",
        "failed to renew lease %v: %v",
        "failed to renew lease kube-system/descheduler: timed out waiting for the condition",
    )
    fs.add(
        fname(t),
        t + ms(0.3),
        "leaderelection lost",
        lambda x: [klog(x, "F", 1, "leaderelection.go:60", "leaderelection lost"), *DS_STACK],
        "a",
        US,
    )
    # the container restarted at 09:40:29; the API server back at 09:44:51
    t = startup(DS_LOST + sec(12.4), DS_API_DOWN[1] + sec(3.1))
    t = DS_API_DOWN[1] + sec(9.7)
    while t < T_END:
        cycle(t)
        drift()
        t += sec(300) + ms(r.uniform(0.1, 3))
    return fs.logs(T0)


# ------------------------------------------------------------------------------ metrics-server

MS_NODES = {f"k8s-worker-{i:02d}": f"10.0.1.{20 + i}" for i in range(1, 13)}
MS_GPU = {"gpu-node-01": "10.0.4.11", "gpu-node-02": "10.0.4.12"}
MS_GPU_UP = at(8, 10, 40.0)
MS_GPU_FIXED = at(9, 5, 10.0)
MS_EXPIRED = ("k8s-worker-11", at(5, 41, 9.0), at(7, 12, 33.0))
MS_PARTITION = (
    ["k8s-worker-07", "k8s-worker-08", "k8s-worker-09"],
    at(7, 25, 10.0),
    at(7, 31, 0.0),
)
MS_API_DOWN = (at(9, 40, 5.3), at(9, 44, 50.6))
MS_ROLLOUT = at(11, 0, 4.0)
MS_INFORMERS = [
    ("k8s.io/client-go/informers/factory.go:160", "*v1.Node", "/api/v1/nodes?resourceVersion={rv}"),
    (
        "k8s.io/client-go/metadata/metadatainformer/informer.go:138",
        "*v1.PartialObjectMetadata",
        "/api/v1/pods?resourceVersion={rv}",
    ),
    (
        "k8s.io/apiserver/pkg/server/dynamiccertificates/configmap_cafile_content.go:206",
        "*v1.ConfigMap",
        "/api/v1/namespaces/kube-system/configmaps?fieldSelector=metadata.name%3Dextension-apiserver-authentication&resourceVersion={rv}",
    ),
    (
        "k8s.io/apiserver/pkg/authentication/request/headerrequest/requestheader_controller.go:172",
        "*v1.ConfigMap",
        "/api/v1/namespaces/kube-system/configmaps?fieldSelector=metadata.name%3Dextension-apiserver-authentication&resourceVersion={rv}",
    ),
]
MS_CA = "client-ca::kube-system::extension-apiserver-authentication::client-ca-file"
MS_RHCA = "client-ca::kube-system::extension-apiserver-authentication::requestheader-client-ca-file"
MS_SERVING = "serving-cert::/tmp/apiserver.crt::/tmp/apiserver.key"


def metrics_server(r: random.Random) -> list[Log]:
    """metrics-server v0.7.1, two replicas, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    h_old, h_new = "6d94bc8694", "5f7c9b8d46"
    pods = {
        "a": (f"metrics-server-{h_old}-8xk2p", T0, MS_ROLLOUT + sec(26.5)),
        "b": (f"metrics-server-{h_old}-tq7lw", T0, MS_ROLLOUT + sec(52.8)),
        "c": (f"metrics-server-{h_new}-wq4zl", MS_ROLLOUT, T_END),
        "d": (f"metrics-server-{h_new}-jd9hn", MS_ROLLOUT + sec(27.1), T_END),
    }

    def M(p: str, t: datetime, sev: str, src: str, label: str, msg: str) -> datetime:
        return fs.add(f"{pods[p][0]}.log", t, label, lambda x: [klog(x, sev, 1, src, msg)], p, US)

    def url(ip: str) -> str:
        return f"https://{ip}:10250/metrics/resource"

    def failure(n: str, ip: str, t: datetime) -> tuple[str, str] | None:
        if n in MS_GPU and t < MS_GPU_FIXED:
            return (
                "x509",
                f'Get "{url(ip)}": tls: failed to verify certificate: x509: cannot validate certificate for {ip} because it doesn\'t contain any IP SANs',
            )
        if n == MS_EXPIRED[0] and t < MS_EXPIRED[2]:
            return (
                "x509",
                f'Get "{url(ip)}": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {t:%Y-%m-%dT%H:%M:%S}Z is after {MS_EXPIRED[1]:%Y-%m-%dT%H:%M:%S}Z',
            )
        if n in MS_PARTITION[0] and MS_PARTITION[1] <= t < MS_PARTITION[1] + sec(44):
            return "timeout", f'Get "{url(ip)}": context deadline exceeded'
        if n in restarts and restarts[n] <= t < restarts[n] + sec(18):
            return "refused", f'Get "{url(ip)}": dial tcp {ip}:10250: connect: connection refused'
        if n in removed and removed[n] <= t < removed[n] + sec(35):
            return "unreach", f'Get "{url(ip)}": dial tcp {ip}:10250: connect: no route to host'
        return None

    # kubelets restarted one by one for a configuration change 10:00-10:24; three nodes
    # scaled down at 11:30 (scraped until the Node objects are gone)
    restarts = {
        n: at(10, 0, 20.0) + sec(110 * i + r.uniform(0, 30)) for i, n in enumerate(MS_NODES)
    }
    removed = {
        n: at(11, 30, 12.0) + sec(240 * i + r.uniform(0, 20))
        for i, n in enumerate(["k8s-worker-10", "k8s-worker-11", "k8s-worker-12"])
    }

    def scrape_loop(p: str, t: datetime, t_end: datetime) -> None:
        while t < t_end:
            nodes = dict(MS_NODES)
            if t >= MS_GPU_UP:
                nodes.update(MS_GPU)
            for n, ip in nodes.items():
                if n in removed and t >= removed[n] + sec(35):
                    continue
                f = failure(n, ip, t)
                if f is None:
                    continue
                kind, err = f
                stagger = ms(r.uniform(0, min(8 * len(nodes), 4000)))
                if kind == "timeout":
                    M(
                        p,
                        t + stagger + sec(10) + ms(r.uniform(0.1, 2)),
                        "E",
                        "scraper.go:147",
                        "Failed to scrape node, timeout to access kubelet",
                        ks(
                            "Failed to scrape node, timeout to access kubelet",
                            [("err", err), ("node", n), ("timeout", "10s")],
                        ),
                    )
                else:
                    M(
                        p,
                        t + stagger + ms(r.uniform(1.5, 9)),
                        "E",
                        "scraper.go:149",
                        "Failed to scrape node",
                        ks("Failed to scrape node", [("err", err), ("node", n)]),
                    )
            t += sec(15) + timedelta(microseconds=r.randint(-300, 300))

    def startup(p: str, t: datetime) -> datetime:
        t = M(
            p,
            t,
            "I",
            "serving.go:374",
            "Generated self-signed cert (%s, %s)",
            "Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)",
        )
        t = M(
            p,
            t + ms(r.uniform(300, 600)),
            "I",
            "handler.go:275",
            "Adding GroupVersion %s %s to ResourceManager",
            "Adding GroupVersion metrics.k8s.io v1beta1 to ResourceManager",
        )
        t = M(
            p,
            t + ms(r.uniform(90, 160)),
            "I",
            "requestheader_controller.go:169",
            "Starting RequestHeaderAuthRequestController",
            "Starting RequestHeaderAuthRequestController",
        )
        t = M(
            p,
            t + ms(0.05),
            "I",
            "shared_informer.go:313",
            "Waiting for caches to sync for %s",
            "Waiting for caches to sync for RequestHeaderAuthRequestController",
        )
        for name in [MS_CA, MS_RHCA]:
            t = M(
                p,
                t + ms(0.05),
                "I",
                "configmap_cafile_content.go:205",
                "Starting controller",
                ks("Starting controller", [("name", name)]),
            )
            t = M(
                p,
                t + ms(0.05),
                "I",
                "shared_informer.go:313",
                "Waiting for caches to sync for %s",
                f"Waiting for caches to sync for {name}",
            )
        t = M(
            p,
            t + ms(0.2),
            "I",
            "dynamic_serving_content.go:132",
            "Starting controller",
            ks("Starting controller", [("name", MS_SERVING)]),
        )
        t = M(
            p,
            t + ms(0.4),
            "I",
            "secure_serving.go:213",
            "Serving securely on %s",
            "Serving securely on [::]:10250",
        )
        t = M(
            p,
            t + ms(0.05),
            "I",
            "tlsconfig.go:240",
            "Starting DynamicServingCertificateController",
            ks("Starting DynamicServingCertificateController", []),
        )
        for name in [MS_RHCA, "RequestHeaderAuthRequestController", MS_CA]:
            t = M(
                p,
                t + ms(r.uniform(60, 110)),
                "I",
                "shared_informer.go:320",
                "Caches are synced for %s",
                f"Caches are synced for {name}",
            )
        return t

    def shutdown(p: str, t: datetime) -> None:
        t = M(
            p,
            t,
            "I",
            "secure_serving.go:258",
            "Stopped listening on %s",
            "Stopped listening on [::]:10250",
        )
        t = M(
            p,
            t + ms(0.1),
            "I",
            "tlsconfig.go:255",
            "Shutting down DynamicServingCertificateController",
            ks("Shutting down DynamicServingCertificateController", []),
        )
        t = M(
            p,
            t + ms(0.05),
            "I",
            "requestheader_controller.go:183",
            "Shutting down RequestHeaderAuthRequestController",
            "Shutting down RequestHeaderAuthRequestController",
        )
        for name in [MS_RHCA, MS_CA]:
            t = M(
                p,
                t + ms(0.05),
                "I",
                "configmap_cafile_content.go:223",
                "Shutting down controller",
                ks("Shutting down controller", [("name", name)]),
            )
        M(
            p,
            t + ms(0.05),
            "I",
            "dynamic_serving_content.go:146",
            "Shutting down controller",
            ks("Shutting down controller", [("name", MS_SERVING)]),
        )

    for p, (_, a, b) in pods.items():
        if a > T0:
            t = startup(p, a + sec(r.uniform(1.5, 2.5)))
            scrape_loop(p, t + ms(r.uniform(5, 40)), b)
            M(
                p,
                t + sec(r.uniform(4, 9)),
                "I",
                "server.go:191",
                "Failed probe",
                ks(
                    "Failed probe",
                    [("probe", "metric-storage-ready"), ("err", "no metrics to serve")],
                ),
            )
        else:
            scrape_loop(p, T0 + sec(r.uniform(0, 15)), b)
        if b < T_END:
            shutdown(p, b)
    # a second Prometheus (the platform team's, in another namespace) scraping /metrics with a
    # token that expired: every 30 s until its service account is fixed at 07:48
    t = T0 + sec(r.uniform(3, 20))
    while t < at(7, 48, 2.0):
        M(
            r.choice(["a", "b"]),
            t + ms(r.uniform(0, 30)),
            "E",
            "authentication.go:73",
            "Unable to authenticate the request",
            ks(
                "Unable to authenticate the request",
                [("err", "[invalid bearer token, service account token has expired]")],
            ),
        )
        t += sec(30) + ms(r.uniform(-20, 20))
    # the API server upgraded 09:40-09:44: the informers' watches end, relists fail with
    # back-off until it is back
    for p in ["a", "b"]:
        for name, typ, path in MS_INFORMERS:
            rv = r.randint(88_100_000, 88_400_000)
            t = MS_API_DOWN[0] + ms(r.uniform(1, 300))
            t = M(
                p,
                t,
                "W",
                "reflector.go:470",
                '%s: watch of %v ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
                f'{name}: watch of {typ} ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
            )
            back = 0.8
            t += sec(r.uniform(0.5, 1.0))
            while t < MS_API_DOWN[1]:
                u = "https://10.96.0.1:443" + path.format(rv=rv)
                t = M(
                    p,
                    t,
                    "W",
                    "reflector.go:547",
                    "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                    f'{name}: failed to list {typ}: Get "{u}": dial tcp 10.96.0.1:443: connect: connection refused',
                )
                t = M(
                    p,
                    t + ms(0.03),
                    "E",
                    "reflector.go:150",
                    "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                    f'{name}: Failed to watch {typ}: failed to list {typ}: Get "{u}": dial tcp 10.96.0.1:443: connect: connection refused',
                )
                t += sec(back * (1 + r.random()))
                back = min(back * 2, 30.0)
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "kube-ovn": kube_ovn,
    "antrea": antrea,
    "kuma": kuma,
    "descheduler": descheduler,
    "metrics-server": metrics_server,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
