#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 151 (k3s, kube-controller-manager, rancher, kubevirt,
multus) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five Kubernetes distribution and platform
programs, 06:00 to 12:00 on 2024-06-07. None of the five was in the set (`kube-apiserver`,
`kubelet`, `k8s-events`, `flannel`, `calico` and `cilium` are: k3s embeds the first two and
Flannel, but its own supervisor lines, its embedded etcd's JSON and the journal around them are
new; kube-controller-manager shares klog's layout with `kube-apiserver`, not its messages).

- k3s 1.29 (`k3s-server-1.log`, `k3s-server-2.log`, `k3s-server-3.log`: `journalctl -u k3s` of
  three servers with embedded etcd, `Jun 07 06:00:01 k3s-server-1 k3s[1187]: ...`): one process
  writing logrus text (`time="2024-06-07T06:00:01Z" level=info msg="..." key=value`), klog lines
  from the embedded kube-apiserver and controller-manager, and the embedded etcd's zap JSON, with
  systemd's own lines for the unit. The controller manager's `"Event occurred"` lines for two
  CronJobs on server-1 (the leader) all day, one failing 09:40-10:10 (`BackoffLimitExceeded`);
  an etcd snapshot on every server at 06:00, 08:00 and 10:00 (`Saving etcd snapshot to %s`,
  etcd's `created temporary db file`, `fetching snapshot`, `fetched snapshot`, `saved`);
  server-2's disk slow 07:40-07:55 (etcd's `apply request took too long`, the apiserver's
  multi-line `Trace[%d]: "Update" ...` for lease writes, each continuation line with the
  journal's prefix of its own); a load balancer's new TCP health check 09:40-10:10 (`Cluster-Http-
  Server 2024/06/07 09:40:02 http: TLS handshake error from %s: EOF` through logrus); and
  server-3 upgraded to v1.29.6+k3s2 at 10:00 (systemd's `Stopping`/`Stopped`/`Starting`/`Started
  Lightweight Kubernetes.` and `k3s.service: Unit process %d (%s) remains running after unit
  stopped.`; on its peers etcd's `lost TCP streaming connection with remote peer`, `peer became
  inactive (message send to peer failed)`, `prober detected unhealthy status` every 5 s on two
  round trippers, `peer became active`, and the agents' tunnel `Connecting to proxy`, `Failed to
  connect to proxy. Empty dialer response`, `Remotedialer proxy error; reconnecting...` every
  5 s; on server-3 `Starting k3s %s`, `Running kube-apiserver %s` ... `k3s is up and running`,
  `Handling backend connection request [%s]`; the controller manager's `NodeNotReady` events and
  the apiserver's `Resetting endpoints for master service %q to %+v`).
- kube-controller-manager 1.28 (`kube-controller-manager-cp1-0.log`, the leader until 09:20;
  `kube-controller-manager-cp1-1.log`, its next container; `kube-controller-manager-cp2.log`, the
  leader from 09:20; `kube-controller-manager-cp3.log`, restarted at 11:00: kubeadm static pods,
  klog, `--v=2`): five HPAs scaling their Deployments with the day's load (`"Event occurred"` for
  `SuccessfulRescale`, `ScalingReplicaSet`, `SuccessfulCreate`/`SuccessfulDelete`, the
  ReplicaSet controller's `"Too few replicas"`/`"Too many replicas"`, now and then `"Error
  syncing endpoint slices for service, retrying"`), three CronJobs (their and their Jobs'
  events, the garbage collector's `"Deleting object"`), rollouts at 08:15 and 10:40 (`"Error
  syncing deployment"` on conflicts), worker-4 down 07:12-07:40 (`"Recording status change
  event message for node"`, `"Updating ready status of pod to false"`, `"Node is unresponsive.
  Adding it to the Taint queue"`, `"NoExecuteTaintManager is deleting pod"`, `"Node is healthy
  again, removed all taints"`, volumes detached and attached), metrics-server down 09:00-09:08
  (`failed to compute desired number of replicas based on listed metrics for %s: ...` through
  `utilruntime.HandleError` for every HPA every 15 s, the `FailedGetResourceMetric` and
  `FailedComputeMetricsReplicas` events, the quota controller's and garbage collector's
  discovery errors), cp1 losing its lease at 09:20 (`error retrieving resource lock %v: ...`,
  `failed to renew lease %v: timed out waiting for the condition`, `"leaderelection lost"`, its
  restart's 122 `FLAG: --%s=%q` lines), cp2 taking over (`successfully acquired lease %v`,
  `"Started controller"`, `Waiting for caches to sync for %s`, `Caches are synced for %s`) and
  cp3 restarted at 11:00.
- Rancher 2.8 (`rancher-6d8b9c7f5-4kq2m.log`, `-9xw7t.log`, `-zr5hn.log`, the three replicas
  until a rolling upgrade at 10:00; `rancher-7c5f8d9b6-h2kqv.log`, `-m8p4z.log`, `-tq9wx.log`,
  their successors): logrus through Rancher's simple formatter (`2024/06/07 06:00:01 [INFO]
  ...`) with client-go's klog lines in the same stream. UI users' `Error during subscribe
  websocket: close sent` all day, an agent of a cluster deleted last week knocking every minute
  (`Failed to handle tunnel request from remote address %s: response %d: cluster not found`, the
  address with ` (X-Forwarded-For: %s)`), the edge cluster offline 07:05-08:10 (`error in
  remotedialer server [%d]: %v`, `Stopping cluster agent for %s`, `error syncing '%s': handler
  cluster-deploy: cluster context %s is unavailable, requeuing` with the controller's backoff,
  `Handling backend connection request [%s]`, `Starting cluster agent for %s [owner=%v]`), the
  staging cluster's agent re-registered with a wrong token 07:50-08:45 (`... response 401: failed
  authentication` every ~10 s), a DNS outage 09:30-09:42 failing the chart repositories' `git -C
  ... fetch` (the error's stderr ends in a newline, so `, requeuing` is a line of its own), and
  the upgrade to v2.8.5 (each new pod's `Rancher version %s is starting`, `Rancher arguments %+v`,
  `Applying CRD %s`, `Waiting for CRD %s to become available`, `Watching metadata for %s`,
  `Starting %s controller`, the lease `kube-system/cattle-controllers` passed on twice, `Failed to
  serve peer connection %s: %v`, `Redeploy Rancher Agents is needed for %s: ...`).
- KubeVirt 1.2 (`virt-handler-4xkzp.log`, `-9qmtr-0.log`/`-9qmtr-1.log` (OOM-killed at 10:30),
  `-bk7wd.log`, `-x2lfn.log` on worker-1 to worker-4; `virt-controller-7f6d8c9b4-jz5kq.log`, the
  leader): KubeVirt's JSON log (`{"component":"virt-handler","kind":"","level":"info","msg":...,
  "name":...,"namespace":...,"pos":"vm.go:1727","timestamp":"...","uid":...}`, keys sorted,
  `reason` for an error). Twenty long-lived VMIs processed every few minutes (`VMI is in phase: %v
  | Domain status: %v, reason: %v`), CI runner VMs started every ~7 minutes and shut down by
  their guests (`Started VM by creating the new virtual machine instance %s`, `VMI is in phase:
  %v | Domain does not exist`, `Accepted new notify pipe connection for vmi`, `Performing final
  local cleanup for vmi with uid %s`, `Removing domain from cache during final cleanup`, `VMI
  does not exist | Domain does not exist`), worker-3 drained at 08:00 (`node: %v, migrations: %v,
  candidates: %v, selected: %v`, `Created migration target pod %s/%s with uuid %s for migration
  %s with uuid %s`, `migration options matched for vmi %s: %s`, `Processing vmi migration target
  update`, a non-migratable VMI shut down, `Signaled graceful shutdown for %s`, `Signaled
  deletion for %s`) and rebooted, a Windows VM whose disk image libvirt cannot open 09:10-10:40
  (`Synchronizing the VirtualMachineInstance failed.` and `re-enqueuing VirtualMachineInstance
  %v` with the workqueue's backoff), VM status conflicts (`re-enqueuing VirtualMachine %v`), and
  worker-2's handler restarted (`setting rate limiter to %v QPS and %v Burst`, `Starting
  virt-handler controller.`).
- Multus 4.0 thick plugin (`kube-multus-ds-5jx8p.log`, `-c9v2m.log`, `-hq4tz.log`, `-w7n6d.log`
  until a DaemonSet update at 11:00; `kube-multus-ds-2kfrt.log`, `-8mxqv.log`, `-lz4wn.log`,
  `-t6hbs.log` after): multus's `2024-06-07T06:00:01Z [verbose] ...` with the event recorder's
  klog lines in the stream. Every pod's `%s starting CNI request %s`, `Add: %s:%s:%s:%s(%s):%s
  %s`, `Event(%#v): type: 'Normal' reason: 'AddedInterface' Add %s %v from %s`, `%s finished CNI
  request %s, result: %q, err: <nil>`, `Del: %s:%s:%s:%s:%s %s` (CI job pods all day, a telco
  workload with a second macvlan interface), a StatefulSet's `warning: expected pod UID %q but
  got %q from Kube API`; the telco Deployment naming a NetworkAttachmentDefinition that does not
  exist 07:30-07:52 (each ADD's error logged at every level it is wrapped at: `getKubernetesDelegate:
  cannot find ...`, `GetNetworkDelegates: ...`, `TryLoadPodDelegates: ...`, `Multus: [%s/%s/%s]:
  error loading k8s delegates k8s args: ...`, the `NoNetworkFound` event, and on DEL `Multus:
  failed to get delegates: %v, but continue to delete clusterNetwork`), the API server
  unreachable 09:40-09:47 (Calico's `plugin type="calico" failed (add): error getting
  ClusterInformation: ...` and `(delete)`, wrapped by `[%s/%s/%s:%s]: error adding container to
  network %q: ...`, `conflistDel: ...`, `delegateDel: ...`), and the update's `caught %v,
  stopping...`, `multus daemon is exited` and start-up (`multus-daemon started`,
  `server configured with chroot: %s`, `Filtering pod watch for node %q`, `API readiness
  check`, `Generated MultusCNI config: %s`, `started to watch file %s`).

Label notes. The heads are context: the journal's date, host and `k3s[pid]: `, logrus's
`time=` and `level=` and its fields, klog's `Lmmdd hh:mm:ss.uuuuuu pid file:line] `, etcd's and
KubeVirt's JSON keys other than `msg` (`reason` holds an error: an attribute), Rancher's date
and level, multus's time and level. A klog structured call is its quoted message (`"Event
occurred"` whatever the object, reason and message); an `Infof` or `utilruntime.HandleError`
line is its format, an error inside it contributing its own (`error retrieving resource lock %v:
Get %q: context deadline exceeded`). The Go standard logger's `Cluster-Http-Server 2024/06/07
09:40:02 ` prefix inside k3s's message is context a logger adds; the TLS error is net/http's
format. utiltrace's trace and the git error's `, requeuing` line continue their events. A
wrapped multus error is written at every level that wraps it, each level a format of its own
(the inner formats spelled out); `err: <nil>` is how the success is written. Rancher's `error
syncing '%s': handler %s: %v, requeuing` takes its error's format (the handler's name is a
value). systemd's and etcd's lines are their own formats.

Least sure (written from the helper's knowledge; multus's logging, server, config manager and
delegate code, KubeVirt's virt-handler VMI loop, migration, evacuation and node controllers,
Rancher's cluster manager, tunnel error writer, remotedialer and subscribe handler, and the node
lifecycle controller were checked against copies of their sources; Rancher's tunnel errors and
KubeVirt's JSON key order against logs quoted in issues): k3s's `Running kube-scheduler %s` and
the tunnel's 5-second retry; etcd's snapshot `caller` positions and `size`/`took` renderings;
the event line's `event.go:389` position; whether the controller manager at `--v=2` logs every
event; KCM's `"Starting" version=` and the 122 flags' defaults; Rancher's CRD list, `Watching
metadata for %s`, `Redeploy Rancher Agents is needed for %s` and the handler name
`helm-clusterrepo-download`, and whether the git error's stderr keeps its newline; KubeVirt's
`pos` line numbers, the start-up lines and `re-enqueuing VirtualMachine %v`; whether multus's
event broadcaster logs through klog in the thick daemon, and the DEL path's error cascade.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round136 import T0, T_END, at, go_dur, klog_head, poisson, rfc3339

KUBE_NAME_CHARS = "bcdfghjklmnpqrstvwxz2456789"


def kname(r: random.Random, n: int = 5) -> str:
    """The random suffix Kubernetes' name generator appends (`web-7d9f8b6c5-x8k2p`)."""
    return "".join(r.choice(KUBE_NAME_CHARS) for _ in range(n))


def jts(t: datetime) -> str:
    """journalctl's short format: `Jun 07 06:00:01`."""
    return f"{t:%b %d %H:%M:%S}"


def usec_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"


def logrus_val(v: str) -> str:
    """logrus's TextFormatter: quoted (as %q) unless every character is safe."""
    if v and all(c.isalnum() or c in "-._/@^+" for c in v):
        return v
    return json.dumps(v, ensure_ascii=False)


def logrus(t: datetime, level: str, msg: str, fields: list[tuple[str, str]]) -> str:
    out = f'time="{rfc3339(t)}" level={level} msg={logrus_val(msg)}'
    for k, v in sorted(fields):
        out += f" {k}={logrus_val(v)}"
    return out


def gojson(d: dict[str, object]) -> str:
    """A Go map marshalled by encoding/json: keys sorted, compact."""
    return json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def objref(kind: str, ns: str, name: str, uid: str, api: str, rv: int) -> str:
    """`%#v` of a v1.ObjectReference, as client-go's event logger writes it."""
    return f'v1.ObjectReference{{Kind:"{kind}", Namespace:"{ns}", Name:"{name}", UID:"{uid}", APIVersion:"{api}", ResourceVersion:"{rv}", FieldPath:""}}'


def event_occurred(obj: str, kind: str, api: str, typ: str, reason: str, message: str) -> str:
    """KCM's structured event line (`eventBroadcaster.StartStructuredLogging`)."""
    msg = message.replace('"', '\\"')
    return f'"Event occurred" object="{obj}" fieldPath="" kind="{kind}" apiVersion="{api}" type="{typ}" reason="{reason}" message="{msg}"'


# -------------------------------------------------------------------------------------- k3s

K3_SRV = {
    "k3s-server-1": ("10.0.0.11", 1187, "8e2b6f0c3d1a4e57"),
    "k3s-server-2": ("10.0.0.12", 1203, "3f5c19a7b2e84d06"),
    "k3s-server-3": ("10.0.0.13", 1176, "c71d0e92a6f3b458"),
}
K3_AGENTS = {
    "k3s-agent-1": "10.0.0.21",
    "k3s-agent-2": "10.0.0.22",
    "k3s-agent-3": "10.0.0.23",
    "k3s-agent-4": "10.0.0.24",
}
K3_APISERVER_ARGS = "--admission-control-config-file=/var/lib/rancher/k3s/server/psa.yaml --advertise-address=10.0.0.13 --advertise-port=6443 --allow-privileged=true --anonymous-auth=false --api-audiences=https://kubernetes.default.svc.cluster.local,k3s --authorization-mode=Node,RBAC --bind-address=127.0.0.1 --cert-dir=/var/lib/rancher/k3s/server/tls/temporary-certs --client-ca-file=/var/lib/rancher/k3s/server/tls/client-ca.crt --egress-selector-config-file=/var/lib/rancher/k3s/server/etc/egress-selector-config.yaml --enable-admission-plugins=NodeRestriction --enable-aggregator-routing=true --enable-bootstrap-token-auth=true --etcd-cafile=/var/lib/rancher/k3s/server/tls/etcd/server-ca.crt --etcd-certfile=/var/lib/rancher/k3s/server/tls/etcd/client.crt --etcd-keyfile=/var/lib/rancher/k3s/server/tls/etcd/client.key --etcd-servers=https://127.0.0.1:2379 --kubelet-certificate-authority=/var/lib/rancher/k3s/server/tls/server-ca.crt --kubelet-client-certificate=/var/lib/rancher/k3s/server/tls/client-kube-apiserver.crt --kubelet-client-key=/var/lib/rancher/k3s/server/tls/client-kube-apiserver.key --kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname --profiling=false --proxy-client-cert-file=/var/lib/rancher/k3s/server/tls/client-auth-proxy.crt --proxy-client-key-file=/var/lib/rancher/k3s/server/tls/client-auth-proxy.key --requestheader-allowed-names=system:auth-proxy --requestheader-client-ca-file=/var/lib/rancher/k3s/server/tls/request-header-ca.crt --requestheader-extra-headers-prefix=X-Remote-Extra- --requestheader-group-headers=X-Remote-Group --requestheader-username-headers=X-Remote-User --secure-port=6444 --service-account-issuer=https://kubernetes.default.svc.cluster.local --service-account-key-file=/var/lib/rancher/k3s/server/tls/service.key --service-account-signing-key-file=/var/lib/rancher/k3s/server/tls/service.current.key --service-cluster-ip-range=10.43.0.0/16 --service-node-port-range=30000-32767 --storage-backend=etcd3 --tls-cert-file=/var/lib/rancher/k3s/server/tls/serving-kube-apiserver.crt --tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305 --tls-private-key-file=/var/lib/rancher/k3s/server/tls/serving-kube-apiserver.key"
K3_SCHEDULER_ARGS = "--authentication-kubeconfig=/var/lib/rancher/k3s/server/cred/scheduler.kubeconfig --authorization-kubeconfig=/var/lib/rancher/k3s/server/cred/scheduler.kubeconfig --bind-address=127.0.0.1 --kubeconfig=/var/lib/rancher/k3s/server/cred/scheduler.kubeconfig --leader-elect=false --profiling=false --secure-port=10259"
K3_KCM_ARGS = "--allocate-node-cidrs=true --authentication-kubeconfig=/var/lib/rancher/k3s/server/cred/controller.kubeconfig --authorization-kubeconfig=/var/lib/rancher/k3s/server/cred/controller.kubeconfig --bind-address=127.0.0.1 --cluster-cidr=10.42.0.0/16 --cluster-signing-kube-apiserver-client-cert-file=/var/lib/rancher/k3s/server/tls/client-ca.nochain.crt --cluster-signing-kube-apiserver-client-key-file=/var/lib/rancher/k3s/server/tls/client-ca.key --cluster-signing-kubelet-client-cert-file=/var/lib/rancher/k3s/server/tls/client-ca.nochain.crt --cluster-signing-kubelet-client-key-file=/var/lib/rancher/k3s/server/tls/client-ca.key --cluster-signing-kubelet-serving-cert-file=/var/lib/rancher/k3s/server/tls/server-ca.nochain.crt --cluster-signing-kubelet-serving-key-file=/var/lib/rancher/k3s/server/tls/server-ca.key --cluster-signing-legacy-unknown-cert-file=/var/lib/rancher/k3s/server/tls/server-ca.nochain.crt --cluster-signing-legacy-unknown-key-file=/var/lib/rancher/k3s/server/tls/server-ca.key --configure-cloud-routes=false --controllers=*,tokencleaner,-service,-route,-cloud-node-lifecycle --kubeconfig=/var/lib/rancher/k3s/server/cred/controller.kubeconfig --leader-elect=false --profiling=false --root-ca-file=/var/lib/rancher/k3s/server/tls/server-ca.crt --secure-port=10257 --service-account-private-key-file=/var/lib/rancher/k3s/server/tls/service.current.key --service-cluster-ip-range=10.43.0.0/16 --use-service-account-credentials=true"
K3_CRONJOBS = [
    # namespace, name, period (min), duration range (s)
    ("monitoring", "blackbox-sweep", 2, (6, 25)),
    ("billing", "invoice-sync", 10, (30, 95)),
]
K3_SERVER3_PODS = [
    ("kube-system", "svclb-traefik-6c1b7d2e-k4j8q"),
    ("kube-system", "coredns-6799fbcd5-w2d9x"),
    ("monitoring", "node-exporter-r7k5t"),
    ("longhorn-system", "longhorn-manager-9sz4n"),
    ("longhorn-system", "engine-image-ei-5cefaf2b-2xw6h"),
]


def k3s(r: random.Random) -> list[Log]:
    """Three k3s servers with embedded etcd (server-1 the controller-manager leader) and four
    agents, 06:00 to 12:00: two CronJobs all day (one failing 09:40-10:10), etcd snapshots every
    two hours, server-2's disk slow 07:40-07:55, a load balancer's TCP health check 09:40-10:10,
    and server-3 upgraded to v1.29.6+k3s2 at 10:00 (down 10:00:04-10:03:09)."""
    fs = Files()
    pids = {n: p for n, (_ip, p, _m) in K3_SRV.items()}

    def J(
        node: str,
        t: datetime,
        label: str | None,
        text: Callable[[datetime], list[str]],
        res: int,
        kind: str,
    ) -> datetime:
        return fs.add(
            f"{node}.log",
            t,
            label,
            lambda x: [f"{jts(x)} {node} k3s[{pids[node]}]: {ln}" for ln in text(x)],
            (node, pids[node], kind),
            res,
        )

    def L(
        node: str,
        t: datetime,
        lvl: str,
        label: str,
        msg: str,
        fields: list[tuple[str, str]] | None = None,
    ) -> datetime:
        return J(node, t, label, lambda x: [logrus(x, lvl, msg, fields or [])], 1_000_000, "logrus")

    def K(node: str, t: datetime, lvl: str, where: str, label: str, lines: list[str]) -> datetime:
        return J(
            node,
            t,
            label,
            lambda x: [klog_head(x, lvl, where, pids[node]) + lines[0], *lines[1:]],
            1,
            "klog",
        )

    def E(
        node: str,
        t: datetime,
        lvl: str,
        caller: str,
        msg: str,
        fields: dict[str, object],
        logger: str = "",
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {"level": lvl, "ts": usec_ts(x)}
            if logger:
                d["logger"] = logger
            d["caller"] = caller
            d["msg"] = msg
            d.update(fields)
            return [json.dumps(d, separators=(",", ":"))]

        return J(node, t, msg, text, 1, "klog")

    def S(node: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{node}.log",
            t,
            label,
            lambda x: [f"{jts(x)} {node} systemd[1]: {msg}"],
            (node, "systemd"),
            1_000_000,
        )

    def ev(
        t: datetime, obj: str, kind: str, api: str, typ: str, reason: str, message: str
    ) -> datetime:
        return K(
            "k3s-server-1",
            t,
            "I",
            "event.go:389",
            '"Event occurred"',
            [event_occurred(obj, kind, api, typ, reason, message)],
        )

    # -- the CronJobs, on the leader's controller manager
    history: dict[str, list[str]] = {}
    for ns, cj, period, (lo, hi) in K3_CRONJOBS:
        for m in range(0, 360, period):
            st = T0 + sec(60 * m)
            job = f"{cj}-{int(st.timestamp()) // 60}"
            t = ev(
                st + sec(r.uniform(0.01, 0.09)),
                f"{ns}/{cj}",
                "CronJob",
                "batch/v1",
                "Normal",
                "SuccessfulCreate",
                f"Created job {job}",
            )
            failing = cj == "invoice-sync" and at(9, 40) <= st < at(10, 10)
            tries = 3 if failing else 1
            for _i in range(tries):
                t = ev(
                    t + sec(r.uniform(0.005, 0.03)),
                    f"{ns}/{job}",
                    "Job",
                    "batch/v1",
                    "Normal",
                    "SuccessfulCreate",
                    f"Created pod: {job}-{kname(r)}",
                )
                t += sec(r.uniform(lo, hi) if not failing else r.uniform(4, 9))
                if failing:
                    t += sec(r.uniform(10, 40))
            if failing:
                t = ev(
                    t,
                    f"{ns}/{job}",
                    "Job",
                    "batch/v1",
                    "Warning",
                    "BackoffLimitExceeded",
                    "Job has reached the specified backoff limit",
                )
                status = "Failed"
            else:
                t = ev(t, f"{ns}/{job}", "Job", "batch/v1", "Normal", "Completed", "Job completed")
                status = "Complete"
            t = ev(
                t + sec(r.uniform(0.3, 9.5)),
                f"{ns}/{cj}",
                "CronJob",
                "batch/v1",
                "Normal",
                "SawCompletedJob",
                f"Saw completed job: {job}, status: {status}",
            )
            done = history.setdefault(cj, [])
            done.append(job)
            if len(done) > 3:
                ev(
                    t + sec(r.uniform(0.005, 0.02)),
                    f"{ns}/{cj}",
                    "CronJob",
                    "batch/v1",
                    "Normal",
                    "SuccessfulDelete",
                    f"Deleted job {done.pop(0)}",
                )

    # -- etcd snapshots every two hours on every server
    for hour in (6, 8, 10):
        for node, (_ip, _p, _m) in K3_SRV.items():
            t = at(hour, 0, r.uniform(0.05, 1.2))
            ts = int(t.timestamp())
            path = f"/var/lib/rancher/k3s/server/db/snapshots/etcd-snapshot-{node}-{ts}"
            t = L(node, t, "info", "Saving etcd snapshot to %s", f"Saving etcd snapshot to {path}")
            t = E(
                node,
                t + sec(0.002),
                "info",
                "snapshot/v3_snapshot.go:65",
                "created temporary db file",
                {"path": path + ".part"},
            )
            t = E(
                node,
                t + sec(0.004),
                "info",
                "snapshot/v3_snapshot.go:73",
                "fetching snapshot",
                {"endpoint": "https://127.0.0.1:2379"},
            )
            t += sec(r.uniform(0.6, 1.9))
            t = E(
                node,
                t,
                "info",
                "snapshot/v3_snapshot.go:88",
                "fetched snapshot",
                {
                    "endpoint": "https://127.0.0.1:2379",
                    "size": f"{r.randint(38, 44)} MB",
                    "took": "now",
                },
            )
            E(node, t + sec(0.01), "info", "snapshot/v3_snapshot.go:97", "saved", {"path": path})

    # -- server-2's disk slow 07:40-07:55: etcd's slow applies, the apiserver's traces
    for t in poisson(r, at(7, 40, 12), at(7, 55, 3), 14):
        took = r.uniform(0.11, 1.9)
        key, resp = r.choice(
            [
                (
                    f"/registry/leases/kube-node-lease/{r.choice([*K3_SRV, *K3_AGENTS])}",
                    "range_response_count:1 size:{}",
                ),
                ("/registry/configmaps/kube-system/k3s", "range_response_count:1 size:{}"),
                (
                    "/registry/leases/kube-system/kube-controller-manager",
                    "range_response_count:1 size:{}",
                ),
                ("/registry/pods/billing/", "range_response_count:0 size:{}"),
            ]
        )
        E(
            "k3s-server-2",
            t,
            "warn",
            "etcdserver/util.go:170",
            "apply request took too long",
            {
                "took": go_dur(took),
                "expected-duration": "100ms",
                "prefix": "read-only range ",
                "request": f'key:"{key}" '
                + ('range_end:"/registry/pods/billing0" ' if key.endswith("/") else ""),
                "response": resp.format(r.randint(480, 3100)),
            },
        )
    for t in poisson(r, at(7, 41), at(7, 54, 30), 40):
        node = r.choice([*K3_SRV, *K3_AGENTS])
        total = r.uniform(0.52, 2.4)
        tid = r.randint(100000000, 2147483647)
        start = t - sec(total)
        aid = uuid4(r)
        ua = (
            "k3s/v1.29.5+k3s1 (linux/amd64) kubernetes/4e53a32/leader-election"
            if node == "k3s-server-1" and r.random() < 0.3
            else "k3s/v1.29.5+k3s1 (linux/amd64) kubernetes/4e53a32"
        )
        ip = K3_SRV[node][0] if node in K3_SRV else K3_AGENTS[node]
        head = f'Trace[{tid}]: "Update" accept:application/vnd.kubernetes.protobuf,application/json,audit-id:{aid},client:{ip},api-group:coordination.k8s.io,api-version:v1,name:{node},subresource:,namespace:kube-node-lease,protocol:HTTP/2.0,resource:leases,scope:resource,url:/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{node},user-agent:{ua},verb:PUT ({start:%d-%b-%Y %H:%M:%S}.{start.microsecond // 1000:03d}) (total time: {int(total * 1000)}ms):'
        step = start + sec(total - 0.001)
        lines = [
            head,
            f'Trace[{tid}]: ["GuaranteedUpdate etcd3" audit-id:{aid},key:/leases/kube-node-lease/{node},type:*coordination.Lease,resource:leases.coordination.k8s.io {int(total * 1000) - 1}ms ({start:%H:%M:%S}.{(start.microsecond // 1000 + 1) % 1000:03d})',
            f'Trace[{tid}]:  ---"Txn call completed" {int(total * 1000) - 2}ms ({step:%H:%M:%S}.{step.microsecond // 1000:03d})]',
            f"Trace[{tid}]: [{total:.9f}s] [{total:.9f}s] END",
        ]
        K(
            "k3s-server-2",
            t,
            "I",
            "trace.go:236",
            'Trace[%d]: "Update" accept:%s,audit-id:%s,client:%s,api-group:%s,api-version:%s,name:%s,subresource:%s,namespace:%s,protocol:%s,resource:%s,scope:%s,url:%s,user-agent:%s,verb:%s (%s) (total time: %dms):',
            lines,
        )

    # -- a load balancer's TCP health check on :6443, 09:40-10:10
    down3 = (at(10, 0, 4), at(10, 3, 9))
    for node in K3_SRV:
        t = at(9, 40, r.uniform(0, 10))
        while t < at(10, 10, 5):
            if not (node == "k3s-server-3" and down3[0] <= t < down3[1] + sec(30)):
                msg = f"Cluster-Http-Server {t:%Y/%m/%d %H:%M:%S} http: TLS handshake error from 10.0.0.5:{r.randint(32768, 60999)}: EOF"
                L(node, t, "info", "http: TLS handshake error from %s: EOF", msg)
            t += sec(10 + r.uniform(-0.05, 0.05))

    # -- server-3's upgrade at 10:00
    n3 = "k3s-server-3"
    t = S(n3, down3[0], "Stopping %s...", "Stopping Lightweight Kubernetes...")
    for proc in sorted(r.sample(range(2100, 9800), 11)):
        S(
            n3,
            t + sec(r.uniform(3, 4.5)),
            "%s: Unit process %d (%s) remains running after unit stopped.",
            f"k3s.service: Unit process {proc} (containerd-shim) remains running after unit stopped.",
        )
    S(n3, t + sec(4.8), "Stopped %s.", "Stopped Lightweight Kubernetes.")
    url3 = "wss://10.0.0.13:6443/v1-k3s/connect"
    for node in ("k3s-server-1", "k3s-server-2"):
        peer = K3_SRV[n3][2]
        tl = down3[0] + sec(r.uniform(0.2, 0.6))
        for stream in ("stream MsgApp v2", "stream Message"):
            tl = E(
                node,
                tl + sec(r.uniform(0.0002, 0.002)),
                "warn",
                "rafthttp/stream.go:421",
                "lost TCP streaming connection with remote peer",
                {
                    "stream-reader-type": stream,
                    "local-member-id": K3_SRV[node][2],
                    "remote-peer-id": peer,
                    "error": "unexpected EOF",
                },
            )
        E(
            node,
            tl + sec(0.001),
            "warn",
            "rafthttp/peer.go:267",
            "peer became inactive (message send to peer failed)",
            {
                "peer-id": peer,
                "error": "failed to dial "
                + peer
                + " on stream MsgApp v2 (peer "
                + peer
                + " failed to find local node "
                + K3_SRV[node][2]
                + ")",
            },
        )
        for rt in ("ROUND_TRIPPER_RAFT_MESSAGE", "ROUND_TRIPPER_SNAPSHOT"):
            tp = down3[0] + sec(r.uniform(4.2, 5.0))
            while tp < down3[1] + sec(25):
                E(
                    node,
                    tp,
                    "warn",
                    "rafthttp/probing_status.go:68",
                    "prober detected unhealthy status",
                    {
                        "round-tripper-name": rt,
                        "remote-peer-id": peer,
                        "rtt": "0s",
                        "error": "dial tcp 10.0.0.13:2380: connect: connection refused",
                    },
                )
                tp += sec(5 + r.uniform(-0.003, 0.003))
        # the node's agent tunnel to server-3
        tt = down3[0] + sec(r.uniform(0.05, 0.4))
        L(
            node,
            tt,
            "error",
            "Remotedialer proxy error; reconnecting...",
            "Remotedialer proxy error; reconnecting...",
            [("error", "websocket: close 1006 (abnormal closure): unexpected EOF"), ("url", url3)],
        )
        tt += sec(5)
        while tt < down3[1] + sec(22):
            tt = L(node, tt, "info", "Connecting to proxy", "Connecting to proxy", [("url", url3)])
            tt = L(
                node,
                tt + sec(0.01),
                "error",
                "Failed to connect to proxy. Empty dialer response",
                "Failed to connect to proxy. Empty dialer response",
                [("error", "dial tcp 10.0.0.13:6443: connect: connection refused")],
            )
            tt = L(
                node,
                tt + sec(0.001),
                "error",
                "Remotedialer proxy error; reconnecting...",
                "Remotedialer proxy error; reconnecting...",
                [("error", "dial tcp 10.0.0.13:6443: connect: connection refused"), ("url", url3)],
            )
            tt += sec(5)
        tt = L(node, tt, "info", "Connecting to proxy", "Connecting to proxy", [("url", url3)])
        L(
            node,
            tt + sec(0.02),
            "info",
            "Remotedialer connected to proxy",
            "Remotedialer connected to proxy",
            [("url", url3)],
        )
        E(
            node,
            down3[1] + sec(25 + r.uniform(0, 1)),
            "info",
            "rafthttp/peer.go:180",
            "peer became active",
            {"peer-id": peer},
        )
        L(
            node,
            down3[1] + sec(26 + r.uniform(0, 2)),
            "info",
            "Handling backend connection request [%s]",
            f"Handling backend connection request [{n3}]",
        )
    K(
        "k3s-server-1",
        down3[0] + sec(0.8),
        "W",
        "lease.go:265",
        "Resetting endpoints for master service %q to %+v",
        ['Resetting endpoints for master service "kubernetes" to [10.0.0.11 10.0.0.12]'],
    )
    tn = down3[0] + sec(41.3)
    tn = ev(
        tn, n3, "Node", "v1", "Normal", "NodeNotReady", f"Node {n3} status is now: NodeNotReady"
    )
    for ns, pod in K3_SERVER3_PODS:
        tn = ev(
            tn + sec(r.uniform(0.01, 0.05)),
            f"{ns}/{pod}",
            "Pod",
            "v1",
            "Warning",
            "NodeNotReady",
            "Node is not ready",
        )
    # server-3 comes back
    pids[n3] = 48213
    t = S(n3, down3[1] - sec(0.9), "Starting %s...", "Starting Lightweight Kubernetes...")
    t = L(n3, down3[1], "info", "Starting k3s %s", "Starting k3s v1.29.6+k3s2 (b4b156d9)")
    t = L(
        n3,
        t + sec(0.3),
        "info",
        "Running kube-apiserver %s",
        f"Running kube-apiserver {K3_APISERVER_ARGS}",
    )
    t = L(
        n3,
        t + sec(0.01),
        "info",
        "Running kube-scheduler %s",
        f"Running kube-scheduler {K3_SCHEDULER_ARGS}",
    )
    t = L(
        n3,
        t + sec(0.01),
        "info",
        "Running kube-controller-manager %s",
        f"Running kube-controller-manager {K3_KCM_ARGS}",
    )
    t = L(
        n3,
        t + sec(0.4),
        "info",
        "Waiting for API server to become available",
        "Waiting for API server to become available",
    )
    for srv in ("k3s-server-1", "k3s-server-2"):
        url = f"wss://{K3_SRV[srv][0]}:6443/v1-k3s/connect"
        tt = L(
            n3,
            t + sec(r.uniform(0.5, 2)),
            "info",
            "Connecting to proxy",
            "Connecting to proxy",
            [("url", url)],
        )
        L(
            n3,
            tt + sec(0.05),
            "info",
            "Remotedialer connected to proxy",
            "Remotedialer connected to proxy",
            [("url", url)],
        )
    t = L(n3, t + sec(r.uniform(14, 20)), "info", "k3s is up and running", "k3s is up and running")
    S(n3, t + sec(0.01), "Started %s.", "Started Lightweight Kubernetes.")
    for c in ["k3s-server-1", "k3s-server-2", *K3_AGENTS]:
        L(
            n3,
            t + sec(r.uniform(0.5, 6)),
            "info",
            "Handling backend connection request [%s]",
            f"Handling backend connection request [{c}]",
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------- kube-controller-manager

KCM_FLAGS = [
    ("allocate-node-cidrs", "true"),
    ("allow-metric-labels", "[]"),
    ("allow-metric-labels-manifest", ""),
    ("allow-untagged-cloud", "false"),
    ("attach-detach-reconcile-sync-period", "1m0s"),
    ("authentication-kubeconfig", "/etc/kubernetes/controller-manager.conf"),
    ("authentication-skip-lookup", "false"),
    ("authentication-token-webhook-cache-ttl", "10s"),
    ("authentication-tolerate-lookup-failure", "false"),
    ("authorization-always-allow-paths", "[/healthz,/readyz,/livez]"),
    ("authorization-kubeconfig", "/etc/kubernetes/controller-manager.conf"),
    ("authorization-webhook-cache-authorized-ttl", "10s"),
    ("authorization-webhook-cache-unauthorized-ttl", "10s"),
    ("bind-address", "127.0.0.1"),
    ("cert-dir", ""),
    ("cidr-allocator-type", "RangeAllocator"),
    ("client-ca-file", "/etc/kubernetes/pki/ca.crt"),
    ("cloud-config", ""),
    ("cloud-provider", ""),
    ("cluster-cidr", "10.244.0.0/16"),
    ("cluster-name", "kubernetes"),
    ("cluster-signing-cert-file", "/etc/kubernetes/pki/ca.crt"),
    ("cluster-signing-duration", "8760h0m0s"),
    ("cluster-signing-key-file", "/etc/kubernetes/pki/ca.key"),
    ("cluster-signing-kube-apiserver-client-cert-file", ""),
    ("cluster-signing-kube-apiserver-client-key-file", ""),
    ("cluster-signing-kubelet-client-cert-file", ""),
    ("cluster-signing-kubelet-client-key-file", ""),
    ("cluster-signing-kubelet-serving-cert-file", ""),
    ("cluster-signing-kubelet-serving-key-file", ""),
    ("cluster-signing-legacy-unknown-cert-file", ""),
    ("cluster-signing-legacy-unknown-key-file", ""),
    ("concurrent-cron-job-syncs", "5"),
    ("concurrent-deployment-syncs", "5"),
    ("concurrent-endpoint-syncs", "5"),
    ("concurrent-ephemeralvolume-syncs", "5"),
    ("concurrent-gc-syncs", "20"),
    ("concurrent-horizontal-pod-autoscaler-syncs", "5"),
    ("concurrent-job-syncs", "5"),
    ("concurrent-namespace-syncs", "10"),
    ("concurrent-rc-syncs", "5"),
    ("concurrent-replicaset-syncs", "5"),
    ("concurrent-resource-quota-syncs", "5"),
    ("concurrent-service-endpoint-syncs", "5"),
    ("concurrent-service-syncs", "1"),
    ("concurrent-serviceaccount-token-syncs", "5"),
    ("concurrent-statefulset-syncs", "5"),
    ("concurrent-ttl-after-finished-syncs", "5"),
    ("concurrent-validating-admission-policy-status-syncs", "5"),
    ("configure-cloud-routes", "true"),
    ("contention-profiling", "false"),
    ("controller-start-interval", "0s"),
    ("controllers", "[*,bootstrapsigner,tokencleaner]"),
    ("disable-attach-detach-reconcile-sync", "false"),
    ("enable-dynamic-provisioning", "true"),
    ("enable-garbage-collector", "true"),
    ("enable-hostpath-provisioner", "false"),
    ("enable-leader-migration", "false"),
    ("endpoint-updates-batch-period", "0s"),
    ("endpointslice-updates-batch-period", "0s"),
    ("external-cloud-volume-plugin", ""),
    ("feature-gates", ""),
    ("flex-volume-plugin-dir", "/usr/libexec/kubernetes/kubelet-plugins/volume/exec/"),
    ("help", "false"),
    ("horizontal-pod-autoscaler-cpu-initialization-period", "5m0s"),
    ("horizontal-pod-autoscaler-downscale-delay", "5m0s"),
    ("horizontal-pod-autoscaler-downscale-stabilization", "5m0s"),
    ("horizontal-pod-autoscaler-initial-readiness-delay", "30s"),
    ("horizontal-pod-autoscaler-sync-period", "15s"),
    ("horizontal-pod-autoscaler-tolerance", "0.1"),
    ("horizontal-pod-autoscaler-upscale-delay", "3m0s"),
    ("http2-max-streams-per-connection", "0"),
    ("kube-api-burst", "30"),
    ("kube-api-content-type", "application/vnd.kubernetes.protobuf"),
    ("kube-api-qps", "20"),
    ("kubeconfig", "/etc/kubernetes/controller-manager.conf"),
    ("large-cluster-size-threshold", "50"),
    ("leader-elect", "true"),
    ("leader-elect-lease-duration", "15s"),
    ("leader-elect-renew-deadline", "10s"),
    ("leader-elect-resource-lock", "leases"),
    ("leader-elect-resource-name", "kube-controller-manager"),
    ("leader-elect-resource-namespace", "kube-system"),
    ("leader-elect-retry-period", "2s"),
    ("leader-migration-config", ""),
    ("legacy-service-account-token-clean-up-period", "8760h0m0s"),
    ("log-flush-frequency", "5s"),
    ("log-json-info-buffer-size", "0"),
    ("log-json-split-stream", "false"),
    ("logging-format", "text"),
    ("master", ""),
    ("max-endpoints-per-slice", "100"),
    ("min-resync-period", "12h0m0s"),
    ("mirroring-concurrent-service-endpoint-syncs", "5"),
    ("mirroring-endpointslice-updates-batch-period", "0s"),
    ("mirroring-max-endpoints-per-subset", "1000"),
    ("namespace-sync-period", "5m0s"),
    ("node-cidr-mask-size", "0"),
    ("node-cidr-mask-size-ipv4", "0"),
    ("node-cidr-mask-size-ipv6", "0"),
    ("node-eviction-rate", "0.1"),
    ("node-monitor-grace-period", "40s"),
    ("node-monitor-period", "5s"),
    ("node-startup-grace-period", "1m0s"),
    ("permit-address-sharing", "false"),
    ("permit-port-sharing", "false"),
    ("profiling", "false"),
    ("pv-recycler-increment-timeout-nfs", "30"),
    ("pv-recycler-minimum-timeout-hostpath", "60"),
    ("pv-recycler-minimum-timeout-nfs", "300"),
    ("pvclaimbinder-sync-period", "15s"),
    ("requestheader-client-ca-file", "/etc/kubernetes/pki/front-proxy-ca.crt"),
    ("resource-quota-sync-period", "5m0s"),
    ("root-ca-file", "/etc/kubernetes/pki/ca.crt"),
    ("secure-port", "10257"),
    ("service-account-private-key-file", "/etc/kubernetes/pki/sa.key"),
    ("service-cluster-ip-range", "10.96.0.0/12"),
    ("terminated-pod-gc-threshold", "12500"),
    ("unhealthy-zone-threshold", "0.55"),
    ("use-service-account-credentials", "true"),
    ("v", "2"),
    ("vmodule", ""),
]
KCM_CP = {"cp1": "10.0.0.21", "cp2": "10.0.0.22", "cp3": "10.0.0.23"}
KCM_CONTROLLERS = [
    # controller name as "Started controller" logs it, the informer caches it waits for
    ("serviceaccount-token-controller", ["tokens"]),
    ("endpoints-controller", ["endpoint"]),
    ("endpointslice-controller", ["endpoint_slice"]),
    ("endpointslice-mirroring-controller", ["endpoint_slice_mirroring"]),
    ("replicationcontroller-controller", ["ReplicationController"]),
    ("pod-garbage-collector-controller", ["GC"]),
    ("resourcequota-controller", ["resource quota"]),
    ("namespace-controller", ["namespace"]),
    ("serviceaccount-controller", ["service account"]),
    ("garbage-collector-controller", ["garbage collector"]),
    ("daemonset-controller", ["daemon sets"]),
    ("job-controller", ["job"]),
    ("deployment-controller", ["deployment"]),
    ("replicaset-controller", ["ReplicaSet"]),
    ("horizontal-pod-autoscaler-controller", ["HPA"]),
    ("disruption-controller", ["disruption"]),
    ("statefulset-controller", ["stateful set"]),
    ("cronjob-controller", []),
    (
        "certificatesigningrequest-signing-controller",
        [
            "certificate-csrsigning-kubelet-serving",
            "certificate-csrsigning-kubelet-client",
            "certificate-csrsigning-kube-apiserver-client",
            "certificate-csrsigning-legacy-unknown",
        ],
    ),
    ("certificatesigningrequest-approving-controller", ["certificate-csrapproving"]),
    ("certificatesigningrequest-cleaner-controller", []),
    ("ttl-controller", ["TTL"]),
    ("bootstrap-signer-controller", ["bootstrap_signer"]),
    ("token-cleaner-controller", ["token_cleaner"]),
    ("node-ipam-controller", ["node"]),
    ("node-lifecycle-controller", ["taint", "taint-eviction-controller"]),
    ("persistentvolume-binder-controller", ["persistent volume"]),
    ("persistentvolume-attach-detach-controller", ["attach detach"]),
    ("persistentvolume-expander-controller", ["expand"]),
    ("clusterrole-aggregation-controller", ["ClusterRoleAggregator"]),
    ("persistentvolumeclaim-protection-controller", ["PVC protection"]),
    ("persistentvolume-protection-controller", ["PV protection"]),
    ("ttl-after-finished-controller", ["TTL after finished"]),
    ("root-ca-certificate-publisher-controller", ["crt configmap"]),
    ("ephemeral-volume-controller", ["ephemeral"]),
    ("endpointslice-mirroring-controller", []),
    ("validatingadmissionpolicy-status-controller", []),
]
KCM_HPA = [
    # namespace, deployment, replica set hash, min, max
    ("shop", "web", "7d9f8b6c5", 4, 12),
    ("shop", "cart", "5b8c7d9f4", 3, 8),
    ("shop", "checkout", "6f4d9c8b7", 2, 6),
    ("search", "api", "84c6b9d7f", 3, 10),
    ("media", "thumbnailer", "69b7f5c48", 2, 20),
]
KCM_CRONJOBS = [
    ("billing", "invoice-export", 5, (12, 48)),
    ("ci", "cleanup-runners", 10, (20, 70)),
    ("shop", "sitemap", 60, (90, 160)),
]
KCM_WORKER4_PODS = [
    ("shop", "web-7d9f8b6c5-q2w5k", "ReplicaSet"),
    ("shop", "cart-5b8c7d9f4-9bx7l", "ReplicaSet"),
    ("search", "api-84c6b9d7f-t5r2v", "ReplicaSet"),
    ("media", "thumbnailer-69b7f5c48-m7n4c", "ReplicaSet"),
    ("media", "thumbnailer-69b7f5c48-z8h2d", "ReplicaSet"),
    ("monitoring", "kube-state-metrics-6b7c8d9f5-4gkwz", "ReplicaSet"),
    ("ingress-nginx", "ingress-nginx-controller-7c9d6f8b4-hz2lq", "ReplicaSet"),
    ("shop", "redis-1", "StatefulSet"),
    ("search", "es-data-2", "StatefulSet"),
    ("kube-system", "kube-proxy-fm8xq", "DaemonSet"),
    ("kube-system", "calico-node-7tq5r", "DaemonSet"),
    ("monitoring", "node-exporter-wb6jn", "DaemonSet"),
]
KCM_VOLUMES = {
    "shop/redis-1": ("pvc-4c1b9e7a-2d3f-4b8e-9a61-5f0c7e2d8b13", "vol-0b3e5d7a9c1f24e68"),
    "search/es-data-2": ("pvc-9e2d7c4b-6a1f-4e3d-8b5c-2f7a9d0e1c46", "vol-07c9e1a3b5d2f4e60"),
}


def kcm(r: random.Random) -> list[Log]:
    """kube-controller-manager 1.28 on three kubeadm control-plane nodes, --v=2, 06:00 to
    12:00: five HPAs following the day's load, three CronJobs, rollouts at 08:15 and 10:40,
    worker-4 down 07:12-07:40, metrics-server down 09:00-09:08, cp1 losing its lease at 09:20
    (cp2 leads after), cp3 restarted at 11:00."""
    fs = Files()
    lost = at(9, 20, 13.4)
    cp2_lead = at(9, 20, 28.1)
    files = {
        "cp1": "kube-controller-manager-cp1-0.log",
        "cp2": "kube-controller-manager-cp2.log",
        "cp3": "kube-controller-manager-cp3.log",
    }

    def K(
        node: str, t: datetime, lvl: str, where: str, label: str, line: str, f: str = ""
    ) -> datetime:
        t += sec(r.uniform(0.000001, 0.00004))
        return fs.add(
            f or files[node], t, label, lambda x: [klog_head(x, lvl, where, 1) + line], f or node, 1
        )

    def leader(t: datetime) -> str | None:
        if t < lost:
            return "cp1"
        if t >= cp2_lead:
            return "cp2"
        return None

    def ev(
        t: datetime, obj: str, kind: str, api: str, typ: str, reason: str, message: str
    ) -> datetime:
        n = leader(t)
        if n is None:
            return t
        return K(
            n,
            t,
            "I",
            "event.go:307",
            '"Event occurred"',
            event_occurred(obj, kind, api, typ, reason, message),
        )

    def V2(t: datetime, where: str, label: str, line: str, lvl: str = "I") -> datetime:
        n = leader(t)
        if n is None:
            return t
        return K(n, t, lvl, where, label, line)

    rsname = {d: f"{d}-{h}" for _ns, d, h, _lo, _hi in KCM_HPA}
    replicas = {d: lo + 1 for _ns, d, _h, lo, _hi in KCM_HPA}
    pods: dict[str, list[str]] = {
        d: [f"{rsname[d]}-{kname(r)}" for _ in range(replicas[d])]
        for _ns, d, _h, _lo, _hi in KCM_HPA
    }

    def load(t: datetime) -> float:
        """The shop's traffic, 0..1: a morning ramp, a late-morning peak."""
        h = (t - T0).total_seconds() / 3600
        return min(1.0, 0.25 + 0.12 * h + (0.25 if 4.8 < h < 5.6 else 0.0))

    def scale(t: datetime, ns: str, d: str, new: int, reason: str) -> None:
        old = replicas[d]
        rs = rsname[d]
        t = ev(
            t,
            f"{ns}/{d}",
            "HorizontalPodAutoscaler",
            "autoscaling/v2",
            "Normal",
            "SuccessfulRescale",
            f"New size: {new}; reason: {reason}",
        )
        verb = "up" if new > old else "down"
        t = ev(
            t + sec(r.uniform(0.002, 0.02)),
            f"{ns}/{d}",
            "Deployment",
            "apps/v1",
            "Normal",
            "ScalingReplicaSet",
            f"Scaled {verb} replica set {rs} to {new} from {old}",
        )
        if new > old:
            t = V2(
                t + sec(r.uniform(0.001, 0.01)),
                "replica_set.go:575",
                '"Too few replicas"',
                f'"Too few replicas" replicaSet="{ns}/{rs}" need={new} creating={new - old}',
            )
            for _ in range(new - old):
                p = f"{rs}-{kname(r)}"
                pods[d].append(p)
                t = ev(
                    t + sec(r.uniform(0.002, 0.03)),
                    f"{ns}/{rs}",
                    "ReplicaSet",
                    "apps/v1",
                    "Normal",
                    "SuccessfulCreate",
                    f"Created pod: {p}",
                )
        else:
            t = V2(
                t + sec(r.uniform(0.001, 0.01)),
                "replica_set.go:603",
                '"Too many replicas"',
                f'"Too many replicas" replicaSet="{ns}/{rs}" need={new} deleting={old - new}',
            )
            for _ in range(old - new):
                p = pods[d].pop(r.randrange(len(pods[d])))
                t = ev(
                    t + sec(r.uniform(0.002, 0.03)),
                    f"{ns}/{rs}",
                    "ReplicaSet",
                    "apps/v1",
                    "Normal",
                    "SuccessfulDelete",
                    f"Deleted pod: {p}",
                )
        if r.random() < 0.12:
            V2(
                t + sec(r.uniform(0.001, 0.02)),
                "endpointslice_controller.go:311",
                '"Error syncing endpoint slices for service, retrying"',
                f'"Error syncing endpoint slices for service, retrying" key="{ns}/{d}" err="EndpointSlice informer cache is out of date"',
            )
        replicas[d] = new

    # -- the HPAs, every 15 s; a rescale when the load moves the desired count
    ms_down = (at(9, 0, 30), at(9, 8, 30))
    for ns, d, _h, lo, hi in KCM_HPA:
        t = T0 + sec(r.uniform(0, 15))
        last_up = last_down = T0 - sec(600)
        while t < T_END:
            if ms_down[0] <= t < ms_down[1]:
                err = "failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)"
                tt = V2(
                    t,
                    "horizontal.go:270",
                    "failed to compute desired number of replicas based on listed metrics for %s: invalid metrics (%v invalid out of %v), first error is: failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)",
                    f"failed to compute desired number of replicas based on listed metrics for Deployment/{ns}/{d}: invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: {err}",
                    "E",
                )
                tt = ev(
                    tt + sec(0.0005),
                    f"{ns}/{d}",
                    "HorizontalPodAutoscaler",
                    "autoscaling/v2",
                    "Warning",
                    "FailedGetResourceMetric",
                    err,
                )
                ev(
                    tt + sec(0.0003),
                    f"{ns}/{d}",
                    "HorizontalPodAutoscaler",
                    "autoscaling/v2",
                    "Warning",
                    "FailedComputeMetricsReplicas",
                    f"invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: {err}",
                )
            else:
                want = max(lo, min(hi, round(lo + (hi - lo) * load(t) * r.uniform(0.85, 1.15))))
                if want > replicas[d] and (t - last_up).total_seconds() > 180:
                    scale(
                        t,
                        ns,
                        d,
                        want,
                        "cpu resource utilization (percentage of request) above target",
                    )
                    last_up = t
                elif (
                    want < replicas[d] - 1
                    and (t - last_down).total_seconds() > 300
                    and (t - last_up).total_seconds() > 300
                ):
                    scale(t, ns, d, want, "All metrics below target")
                    last_down = t
            t += sec(15 + r.uniform(-0.02, 0.02))
    # the quota controller's and garbage collector's discovery while metrics-server is down
    for t0, where, label, line, lvl in [
        (
            ms_down[0] + sec(4.1),
            "resource_quota_controller.go:440",
            "unable to retrieve the complete list of server APIs: %s: stale GroupVersion discovery: %s",
            "unable to retrieve the complete list of server APIs: metrics.k8s.io/v1beta1: stale GroupVersion discovery: metrics.k8s.io/v1beta1",
            "E",
        ),
        (
            ms_down[0] + sec(11.7),
            "garbagecollector.go:818",
            "failed to discover some groups: map[%s:stale GroupVersion discovery: %s]",
            "failed to discover some groups: map[metrics.k8s.io/v1beta1:stale GroupVersion discovery: metrics.k8s.io/v1beta1]",
            "W",
        ),
    ]:
        t = t0
        while t < ms_down[1] + sec(20):
            V2(t, where, label, line, lvl)
            t += sec(30 + r.uniform(-0.01, 0.01))

    # -- the CronJobs
    history: dict[str, list[tuple[str, str]]] = {}
    for ns, cj, period, (lo, hi) in KCM_CRONJOBS:
        for m in range(0, 360, period):
            st = T0 + sec(60 * m)
            job = f"{cj}-{int(st.timestamp()) // 60}"
            pod = f"{job}-{kname(r)}"
            t = ev(
                st + sec(r.uniform(0.01, 0.2)),
                f"{ns}/{cj}",
                "CronJob",
                "batch/v1",
                "Normal",
                "SuccessfulCreate",
                f"Created job {job}",
            )
            t = ev(
                t + sec(r.uniform(0.005, 0.03)),
                f"{ns}/{job}",
                "Job",
                "batch/v1",
                "Normal",
                "SuccessfulCreate",
                f"Created pod: {pod}",
            )
            t = ev(
                t + sec(r.uniform(lo, hi)),
                f"{ns}/{job}",
                "Job",
                "batch/v1",
                "Normal",
                "Completed",
                "Job completed",
            )
            t = ev(
                t + sec(r.uniform(0.2, 9.8)),
                f"{ns}/{cj}",
                "CronJob",
                "batch/v1",
                "Normal",
                "SawCompletedJob",
                f"Saw completed job: {job}, status: Complete",
            )
            done = history.setdefault(cj, [])
            done.append((job, pod))
            if len(done) > 3:
                oj, op = done.pop(0)
                t = ev(
                    t + sec(r.uniform(0.005, 0.02)),
                    f"{ns}/{cj}",
                    "CronJob",
                    "batch/v1",
                    "Normal",
                    "SuccessfulDelete",
                    f"Deleted job {oj}",
                )
                V2(
                    t + sec(r.uniform(0.01, 0.08)),
                    "garbagecollector.go:549",
                    '"Deleting object"',
                    f'"Deleting object" object="{ns}/{op}" objectUID="{uuid4(r)}" kind="Pod" propagationPolicy="Background"',
                )

    # -- rollouts: a new ReplicaSet scaled up one by one, the old one down
    for tr, ns, d, newhash in [
        (at(8, 15, 7), "shop", "web", "6c8f9d7b5"),
        (at(10, 40, 22), "search", "api", "7f5d8c6b9"),
    ]:
        old_rs, new_rs = rsname[d], f"{d}-{newhash}"
        n = replicas[d]
        t = tr
        for i in range(1, n + 1):
            t = ev(
                t,
                f"{ns}/{d}",
                "Deployment",
                "apps/v1",
                "Normal",
                "ScalingReplicaSet",
                f"Scaled up replica set {new_rs} to {i}" + (f" from {i - 1}" if i > 1 else ""),
            )
            t = V2(
                t + sec(0.004),
                "replica_set.go:575",
                '"Too few replicas"',
                f'"Too few replicas" replicaSet="{ns}/{new_rs}" need={i} creating=1',
            )
            t = ev(
                t + sec(0.01),
                f"{ns}/{new_rs}",
                "ReplicaSet",
                "apps/v1",
                "Normal",
                "SuccessfulCreate",
                f"Created pod: {new_rs}-{kname(r)}",
            )
            if r.random() < 0.5:
                t = V2(
                    t + sec(r.uniform(0.002, 0.01)),
                    "deployment_controller.go:503",
                    '"Error syncing deployment"',
                    f'"Error syncing deployment" deployment="{ns}/{d}" err="Operation cannot be fulfilled on replicasets.apps \\"{r.choice([old_rs, new_rs])}\\": the object has been modified; please apply your changes to the latest version and try again"',
                )
            t += sec(r.uniform(6, 14))
            t = ev(
                t,
                f"{ns}/{d}",
                "Deployment",
                "apps/v1",
                "Normal",
                "ScalingReplicaSet",
                f"Scaled down replica set {old_rs} to {n - i} from {n - i + 1}",
            )
            t = V2(
                t + sec(0.004),
                "replica_set.go:603",
                '"Too many replicas"',
                f'"Too many replicas" replicaSet="{ns}/{old_rs}" need={n - i} deleting=1',
            )
            p = pods[d].pop(0)
            t = ev(
                t + sec(0.01),
                f"{ns}/{old_rs}",
                "ReplicaSet",
                "apps/v1",
                "Normal",
                "SuccessfulDelete",
                f"Deleted pod: {p}",
            )
            t += sec(r.uniform(2, 5))
        rsname[d] = new_rs
        pods[d] = [f"{new_rs}-{kname(r)}" for _ in range(n)]

    # -- worker-4 down 07:12:40-07:40:20
    w4_down, w4_back = at(7, 12, 40), at(7, 40, 20)
    t = w4_down + sec(40.2)
    t = V2(
        t,
        "controller_utils.go:120",
        '"Recording status change event message for node"',
        '"Recording status change event message for node" status="NodeNotReady" node="worker-4"',
    )
    t = ev(
        t + sec(0.0004),
        "worker-4",
        "Node",
        "v1",
        "Normal",
        "NodeNotReady",
        "Node worker-4 status is now: NodeNotReady",
    )
    for ns, p, _k in KCM_WORKER4_PODS:
        t = V2(
            t + sec(r.uniform(0.002, 0.01)),
            "controller_utils.go:150",
            '"Updating ready status of pod to false"',
            f'"Updating ready status of pod to false" pod="{ns}/{p}"',
        )
        t = ev(
            t + sec(r.uniform(0.001, 0.004)),
            f"{ns}/{p}",
            "Pod",
            "v1",
            "Warning",
            "NodeNotReady",
            "Node is not ready",
        )
    V2(
        t + sec(0.003),
        "node_lifecycle_controller.go:1076",
        '"Node is unresponsive. Adding it to the Taint queue"',
        f'"Node is unresponsive. Adding it to the Taint queue" node="worker-4" timeStamp="{t + sec(0.003):%Y-%m-%d %H:%M:%S.%f} +0000 UTC m=+{r.uniform(80000, 90000):.9f}"',
    )
    t = w4_down + sec(40.2 + 300.1)
    for ns, p, k in KCM_WORKER4_PODS:
        if k == "DaemonSet":
            continue
        t = V2(
            t + sec(r.uniform(0.01, 0.06)),
            "taint_manager.go:106",
            '"NoExecuteTaintManager is deleting pod"',
            f'"NoExecuteTaintManager is deleting pod" pod="{ns}/{p}"',
        )
        t = ev(
            t + sec(0.001),
            f"{ns}/{p}",
            "Pod",
            "v1",
            "Normal",
            "TaintManagerEviction",
            f"Marking for deletion Pod {ns}/{p}",
        )
        if k == "ReplicaSet":
            d = p.split("-")[0] if ns != "monitoring" and ns != "ingress-nginx" else ""
            rs = p.rsplit("-", 1)[0]
            t = V2(
                t + sec(r.uniform(0.003, 0.02)),
                "replica_set.go:575",
                '"Too few replicas"',
                f'"Too few replicas" replicaSet="{ns}/{rs}" need={replicas.get(d, 1)} creating=1',
            )
            t = ev(
                t + sec(0.008),
                f"{ns}/{rs}",
                "ReplicaSet",
                "apps/v1",
                "Normal",
                "SuccessfulCreate",
                f"Created pod: {rs}-{kname(r)}",
            )
    # back: taints removed, the StatefulSets' pods finalised and recreated, their volumes moved
    t = V2(
        w4_back + sec(0.6),
        "node_lifecycle_controller.go:1092",
        '"Node is healthy again, removed all taints"',
        '"Node is healthy again, removed all taints" node="worker-4"',
    )
    for key, (pv, vol) in KCM_VOLUMES.items():
        ns, p = key.split("/")
        uniq = f"kubernetes.io/csi/ebs.csi.aws.com^{vol}"
        t = V2(
            t + sec(r.uniform(20, 40)),
            "operation_generator.go:537",
            "DetachVolume.Detach succeeded for volume %q (UniqueName: %q) on node %q",
            f'DetachVolume.Detach succeeded for volume "{pv}" (UniqueName: "{uniq}") on node "worker-4" ',
        )
        t = ev(
            t + sec(r.uniform(0.5, 2)),
            f"{ns}/{p.rsplit('-', 1)[0]}",
            "StatefulSet",
            "apps/v1",
            "Normal",
            "SuccessfulCreate",
            f"create Pod {p} in StatefulSet {p.rsplit('-', 1)[0]} successful",
        )
        node = r.choice(["worker-2", "worker-5"])
        t = V2(
            t + sec(r.uniform(3, 8)),
            "operation_generator.go:400",
            "AttachVolume.Attach succeeded for volume %q (UniqueName: %q) from node %q",
            f'AttachVolume.Attach succeeded for volume "{pv}" (UniqueName: "{uniq}") from node "{node}" ',
        )
        ev(
            t + sec(0.001),
            f"{ns}/{p}",
            "Pod",
            "v1",
            "Normal",
            "SuccessfulAttachVolume",
            f'AttachVolume.Attach succeeded for volume "{pv}" ',
        )
    # ordinary pod moves through the day: StatefulSet rolling restarts
    for tr, key in [
        (at(6, 47, 3), "shop/redis-1"),
        (at(9, 51, 40), "search/es-data-2"),
        (at(11, 24, 8), "shop/redis-1"),
    ]:
        pv, vol = KCM_VOLUMES[key]
        uniq = f"kubernetes.io/csi/ebs.csi.aws.com^{vol}"
        a, b = r.sample(["worker-1", "worker-2", "worker-3", "worker-5", "worker-6"], 2)
        t = V2(
            tr,
            "operation_generator.go:537",
            "DetachVolume.Detach succeeded for volume %q (UniqueName: %q) on node %q",
            f'DetachVolume.Detach succeeded for volume "{pv}" (UniqueName: "{uniq}") on node "{a}" ',
        )
        V2(
            t + sec(r.uniform(4, 9)),
            "operation_generator.go:400",
            "AttachVolume.Attach succeeded for volume %q (UniqueName: %q) from node %q",
            f'AttachVolume.Attach succeeded for volume "{pv}" (UniqueName: "{uniq}") from node "{b}" ',
        )

    # -- cp1 loses its lease at 09:20
    lease_url = 'Get "https://10.0.0.21:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s": context deadline exceeded'
    t = K(
        "cp1",
        lost - sec(10.2),
        "E",
        "leaderelection.go:332",
        "error retrieving resource lock %v: Get %q: context deadline exceeded",
        f"error retrieving resource lock kube-system/kube-controller-manager: {lease_url}",
    )
    t = K(
        "cp1",
        lost - sec(5.1),
        "E",
        "leaderelection.go:332",
        "error retrieving resource lock %v: Get %q: context deadline exceeded",
        f"error retrieving resource lock kube-system/kube-controller-manager: {lease_url}",
    )
    t = K(
        "cp1",
        lost,
        "I",
        "leaderelection.go:285",
        "failed to renew lease %v: timed out waiting for the condition",
        "failed to renew lease kube-system/kube-controller-manager: timed out waiting for the condition",
    )
    K(
        "cp1",
        t + sec(0.0002),
        "E",
        "controllermanager.go:322",
        '"leaderelection lost"',
        '"leaderelection lost"',
    )

    def start(node: str, t: datetime, f: str) -> datetime:
        for name, val in KCM_FLAGS:
            t = K(node, t, "I", "flags.go:64", "FLAG: --%s=%q", f'FLAG: --{name}="{val}"', f)
        t = K(
            node,
            t + sec(0.3),
            "I",
            "serving.go:348",
            "Generated self-signed cert in-memory",
            "Generated self-signed cert in-memory",
            f,
        )
        t = K(
            node,
            t + sec(0.4),
            "I",
            "controllermanager.go:189",
            '"Starting"',
            '"Starting" version="v1.28.9"',
            f,
        )
        t = K(
            node,
            t + sec(0.0001),
            "I",
            "controllermanager.go:191",
            '"Golang settings"',
            '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""',
            f,
        )
        t = K(
            node,
            t + sec(0.002),
            "I",
            "secure_serving.go:213",
            "Serving securely on %s",
            "Serving securely on 127.0.0.1:10257",
            f,
        )
        return K(
            node,
            t + sec(0.0003),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            "attempting to acquire leader lease kube-system/kube-controller-manager...",
            f,
        )

    start("cp1", lost + sec(5.6), "kube-controller-manager-cp1-1.log")
    start("cp3", at(11, 0, 41.7), files["cp3"])
    t = K(
        "cp2",
        cp2_lead,
        "I",
        "leaderelection.go:260",
        "successfully acquired lease %v",
        "successfully acquired lease kube-system/kube-controller-manager",
    )
    t = K(
        "cp2",
        t + sec(0.0005),
        "I",
        "event.go:307",
        '"Event occurred"',
        event_occurred(
            "kube-system/kube-controller-manager",
            "Lease",
            "coordination.k8s.io/v1",
            "Normal",
            "LeaderElection",
            f"cp2_{uuid4(r)} became leader",
        ),
    )
    waits: list[str] = []
    for name, caches in KCM_CONTROLLERS:
        t += sec(r.uniform(0.002, 0.06))
        t = K(
            "cp2",
            t,
            "I",
            "controllermanager.go:642",
            '"Started controller"',
            f'"Started controller" controller="{name}"',
        )
        for c in caches:
            t = K(
                "cp2",
                t + sec(r.uniform(0.0001, 0.002)),
                "I",
                "shared_informer.go:311",
                "Waiting for caches to sync for %s",
                f"Waiting for caches to sync for {c}",
            )
            waits.append(c)
    t += sec(r.uniform(0.8, 1.6))
    r.shuffle(waits)
    for c in waits:
        t = K(
            "cp2",
            t + sec(r.uniform(0.0005, 0.03)),
            "I",
            "shared_informer.go:318",
            "Caches are synced for %s",
            f"Caches are synced for {c}",
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- rancher

RA_OLD = [
    ("rancher-6d8b9c7f5-4kq2m", "10.42.1.15"),
    ("rancher-6d8b9c7f5-9xw7t", "10.42.2.23"),
    ("rancher-6d8b9c7f5-zr5hn", "10.42.3.11"),
]
RA_NEW = [
    ("rancher-7c5f8d9b6-h2kqv", "10.42.1.31"),
    ("rancher-7c5f8d9b6-m8p4z", "10.42.2.40"),
    ("rancher-7c5f8d9b6-tq9wx", "10.42.3.27"),
]
RA_CLUSTERS = {
    "c-m-4tqlz8wx": "prod-east",
    "c-m-9vd2hj7k": "prod-west",
    "c-m-st7g6mpb": "staging",
    "c-m-8x2kq7vd": "edge-store-0412",
}
RA_INGRESS = ["10.42.1.7", "10.42.2.9", "10.42.3.5"]
RA_CRDS = [
    "features.management.cattle.io",
    "navlinks.ui.cattle.io",
    "clusters.management.cattle.io",
    "apiservices.management.cattle.io",
    "clusterregistrationtokens.management.cattle.io",
    "settings.management.cattle.io",
    "preferences.management.cattle.io",
    "clusterrepos.catalog.cattle.io",
    "operations.catalog.cattle.io",
    "apps.catalog.cattle.io",
    "fleetworkspaces.management.cattle.io",
    "managedcharts.management.cattle.io",
    "clusters.provisioning.cattle.io",
    "rkeclusters.rke.cattle.io",
    "rkecontrolplanes.rke.cattle.io",
    "rkebootstraps.rke.cattle.io",
    "rkebootstraptemplates.rke.cattle.io",
    "custommachines.rke.cattle.io",
    "etcdsnapshots.rke.cattle.io",
    "clusters.cluster.x-k8s.io",
    "machinedeployments.cluster.x-k8s.io",
    "machinehealthchecks.cluster.x-k8s.io",
    "machines.cluster.x-k8s.io",
    "machinesets.cluster.x-k8s.io",
    "authconfigs.management.cattle.io",
    "groupmembers.management.cattle.io",
    "groups.management.cattle.io",
    "tokens.management.cattle.io",
    "userattributes.management.cattle.io",
    "users.management.cattle.io",
]
RA_METADATA = [
    "monitoring.coreos.com/v1, Kind=Alertmanager",
    "monitoring.coreos.com/v1, Kind=PodMonitor",
    "monitoring.coreos.com/v1, Kind=Prometheus",
    "monitoring.coreos.com/v1, Kind=PrometheusRule",
    "monitoring.coreos.com/v1, Kind=ServiceMonitor",
    "networking.k8s.io/v1, Kind=Ingress",
    "networking.k8s.io/v1, Kind=NetworkPolicy",
    "policy/v1, Kind=PodDisruptionBudget",
    "storage.k8s.io/v1, Kind=StorageClass",
    "batch/v1, Kind=CronJob",
    "batch/v1, Kind=Job",
    "autoscaling/v2, Kind=HorizontalPodAutoscaler",
    "longhorn.io/v1beta2, Kind=Volume",
    "cert-manager.io/v1, Kind=Certificate",
]
RA_CTRL_ALL = [
    "/v1, Kind=ConfigMap",
    "/v1, Kind=Namespace",
    "/v1, Kind=Secret",
    "/v1, Kind=Service",
    "/v1, Kind=ServiceAccount",
    "apiextensions.k8s.io/v1, Kind=CustomResourceDefinition",
    "apiregistration.k8s.io/v1, Kind=APIService",
    "rbac.authorization.k8s.io/v1, Kind=ClusterRole",
    "rbac.authorization.k8s.io/v1, Kind=ClusterRoleBinding",
    "rbac.authorization.k8s.io/v1, Kind=Role",
    "rbac.authorization.k8s.io/v1, Kind=RoleBinding",
    "management.cattle.io/v3, Kind=Cluster",
    "management.cattle.io/v3, Kind=Setting",
    "management.cattle.io/v3, Kind=Feature",
    "management.cattle.io/v3, Kind=User",
    "management.cattle.io/v3, Kind=Token",
    "management.cattle.io/v3, Kind=GlobalRole",
    "management.cattle.io/v3, Kind=GlobalRoleBinding",
    "management.cattle.io/v3, Kind=RoleTemplate",
    "management.cattle.io/v3, Kind=AuthConfig",
    "management.cattle.io/v3, Kind=APIService",
    "ui.cattle.io/v1, Kind=NavLink",
    "catalog.cattle.io/v1, Kind=ClusterRepo",
    "catalog.cattle.io/v1, Kind=App",
]
RA_CTRL_LEADER = [
    "management.cattle.io/v3, Kind=ClusterRoleTemplateBinding",
    "management.cattle.io/v3, Kind=ProjectRoleTemplateBinding",
    "management.cattle.io/v3, Kind=Project",
    "management.cattle.io/v3, Kind=NodeDriver",
    "management.cattle.io/v3, Kind=KontainerDriver",
    "management.cattle.io/v3, Kind=ClusterRegistrationToken",
    "management.cattle.io/v3, Kind=Node",
    "management.cattle.io/v3, Kind=NodePool",
    "management.cattle.io/v3, Kind=PodSecurityAdmissionConfigurationTemplate",
    "management.cattle.io/v3, Kind=Group",
    "management.cattle.io/v3, Kind=GroupMember",
    "management.cattle.io/v3, Kind=UserAttribute",
    "management.cattle.io/v3, Kind=FleetWorkspace",
    "management.cattle.io/v3, Kind=ManagedChart",
    "catalog.cattle.io/v1, Kind=Operation",
    "provisioning.cattle.io/v1, Kind=Cluster",
    "rke.cattle.io/v1, Kind=RKEControlPlane",
    "rke.cattle.io/v1, Kind=RKECluster",
    "rke.cattle.io/v1, Kind=RKEBootstrap",
    "rke.cattle.io/v1, Kind=CustomMachine",
    "rke.cattle.io/v1, Kind=ETCDSnapshot",
    "cluster.x-k8s.io/v1beta1, Kind=Cluster",
    "cluster.x-k8s.io/v1beta1, Kind=Machine",
    "cluster.x-k8s.io/v1beta1, Kind=MachineDeployment",
    "cluster.x-k8s.io/v1beta1, Kind=MachineSet",
    "fleet.cattle.io/v1alpha1, Kind=Cluster",
    "fleet.cattle.io/v1alpha1, Kind=Bundle",
    "fleet.cattle.io/v1alpha1, Kind=GitRepo",
    "apps/v1, Kind=Deployment",
    "apps/v1, Kind=DaemonSet",
    "batch/v1, Kind=Job",
    "admissionregistration.k8s.io/v1, Kind=ValidatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1, Kind=MutatingWebhookConfiguration",
    "/v1, Kind=Node",
]
RA_REPOS = [
    ("rancher-charts", "https://git.rancher.io/charts", "release-v2.8"),
    ("rancher-partner-charts", "https://git.rancher.io/partner-charts", "main"),
    ("rancher-rke2-charts", "https://git.rancher.io/rke2-charts", "main"),
]
RA_ARGS = "{ACMEDomains:[] AddLocal:true Embedded:false BindHost: HTTPListenPort:80 HTTPSListenPort:443 K8sMode:auto Debug:false Trace:false NoCACerts:false AuditLogPath:/var/log/auditlog/rancher-api-audit.log AuditLogMaxage:10 AuditLogMaxsize:100 AuditLogMaxbackup:10 AuditLevel:0 Features: ClusterRegistry:}"


def rancher(r: random.Random) -> list[Log]:
    """Three Rancher 2.8.4 replicas managing four downstream clusters, upgraded to 2.8.5 by a
    rolling update at 10:00, 06:00 to 12:00: UI websockets closing all day, a deleted cluster's
    agent knocking every minute, the edge cluster offline 07:05-08:10, the staging agent
    re-registered with a wrong token 07:50-08:45, a DNS outage 09:30-09:38 failing the chart
    repositories' git fetches."""
    fs = Files()
    life = {
        RA_OLD[0][0]: (T0 - sec(86400), at(10, 1, 10)),
        RA_OLD[1][0]: (T0 - sec(86400), at(10, 5, 5)),
        RA_OLD[2][0]: (T0 - sec(86400), at(10, 9, 0)),
        RA_NEW[0][0]: (at(10, 0, 2), T_END + sec(3600)),
        RA_NEW[1][0]: (at(10, 4, 1), T_END + sec(3600)),
        RA_NEW[2][0]: (at(10, 8, 3), T_END + sec(3600)),
    }
    ips = dict(RA_OLD + RA_NEW)
    leaders = [
        (T0 - sec(86400), RA_OLD[0][0]),
        (at(10, 1, 24), RA_OLD[1][0]),
        (at(10, 5, 19), RA_NEW[0][0]),
    ]

    def alive(p: str, t: datetime) -> bool:
        a, b = life[p]
        return a + sec(40) <= t < b

    def live(t: datetime) -> list[str]:
        return [p for p in life if alive(p, t)]

    def leader(t: datetime) -> str:
        cur = leaders[0][1]
        for since, p in leaders:
            if t >= since:
                cur = p
        return cur

    def R(p: str, t: datetime, lvl: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{p}.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} [{lvl}] {lines[0]}", *lines[1:]],
            p,
            1_000_000,
        )

    def KL(p: str, t: datetime, lvl: str, where: str, label: str, line: str) -> datetime:
        return fs.add(f"{p}.log", t, label, lambda x: [klog_head(x, lvl, where, 34) + line], p, 1)

    def anypod(t: datetime) -> str:
        return r.choice(live(t))

    def fwd(ingress: str, client: str) -> str:
        return f"{ingress}:{r.randint(32768, 60999)} (X-Forwarded-For: {client})"

    # -- UI users' websockets closing
    for t in poisson(r, T0, T_END, 29):
        R(
            anypod(t),
            t,
            "ERROR",
            "Error during subscribe websocket: close sent",
            ["Error during subscribe websocket: close sent"],
        )
    # -- the agent of a cluster deleted last week
    t = T0 + sec(r.uniform(0, 60))
    while t < T_END:
        R(
            anypod(t),
            t,
            "ERROR",
            "Failed to handle tunnel request from remote address %s: response %d: cluster not found",
            [
                f"Failed to handle tunnel request from remote address {fwd(r.choice(RA_INGRESS), '172.16.40.12')}: response 400: cluster not found"
            ],
        )
        t += sec(60 + r.uniform(-1.5, 1.5))
    # -- the staging agent with a wrong token, 07:50-08:45
    st_bad, st_fixed = at(7, 50, 14), at(8, 45, 31)
    R(
        anypod(st_bad),
        st_bad - sec(2),
        "INFO",
        "error in remotedialer server [%d]: %v",
        [
            "error in remotedialer server [400]: websocket: close 1006 (abnormal closure): unexpected EOF"
        ],
    )
    t = st_bad + sec(r.uniform(5, 8))
    while t < st_fixed:
        R(
            anypod(t),
            t,
            "ERROR",
            "Failed to handle tunnel request from remote address %s: response %d: failed authentication",
            [
                f"Failed to handle tunnel request from remote address {fwd(r.choice(RA_INGRESS), '172.16.30.41')}: response 401: failed authentication"
            ],
        )
        t += sec(r.uniform(9, 11.5))
    R(
        anypod(st_fixed),
        st_fixed + sec(4),
        "INFO",
        "Handling backend connection request [%s]",
        ["Handling backend connection request [c-m-st7g6mpb]"],
    )
    # -- the edge cluster offline 07:05-08:10
    edge = "c-m-8x2kq7vd"
    e_down, e_up = at(7, 5, 10), at(8, 10, 40)
    R(
        anypod(e_down),
        e_down,
        "INFO",
        "error in remotedialer server [%d]: %v",
        [
            "error in remotedialer server [400]: websocket: close 1006 (abnormal closure): unexpected EOF"
        ],
    )
    t = R(
        leader(e_down),
        e_down + sec(45.3),
        "INFO",
        "Stopping cluster agent for %s",
        [f"Stopping cluster agent for {edge}"],
    )
    delay, k = 0.005, 0
    while t < e_up:
        t = R(
            leader(t),
            t + sec(delay),
            "ERROR",
            "error syncing '%s': handler %s: cluster context %s is unavailable, requeuing",
            [
                f"error syncing '{edge}': handler cluster-deploy: cluster context {edge} is unavailable, requeuing"
            ],
        )
        k += 1
        delay = min(30.0, 0.005 * 2**k)
    t = R(
        anypod(e_up),
        e_up,
        "INFO",
        "Handling backend connection request [%s]",
        [f"Handling backend connection request [{edge}]"],
    )
    R(
        leader(t),
        t + sec(r.uniform(2, 4)),
        "INFO",
        "Starting cluster agent for %s [owner=%v]",
        [f"Starting cluster agent for {edge} [owner=true]"],
    )
    # -- the agents' websockets dropped by the load balancer now and then
    for cid in RA_CLUSTERS:
        t = T0 + sec(r.uniform(600, 3000))
        while t < T_END:
            busy = (
                (cid == edge and e_down - sec(300) < t < e_up + sec(300))
                or (cid == "c-m-st7g6mpb" and st_bad - sec(300) < t < st_fixed + sec(300))
                or at(9, 58) < t < at(10, 12)
            )
            if not busy:
                R(
                    anypod(t),
                    t,
                    "INFO",
                    "error in remotedialer server [%d]: %v",
                    [
                        "error in remotedialer server [400]: websocket: close 1006 (abnormal closure): unexpected EOF"
                    ],
                )
                R(
                    anypod(t),
                    t + sec(r.uniform(5, 9)),
                    "INFO",
                    "Handling backend connection request [%s]",
                    [f"Handling backend connection request [{cid}]"],
                )
            t += sec(r.uniform(2400, 6000))
    # -- the DNS outage 09:30-09:38: the chart repositories' git fetches
    dns = (at(9, 30, 5), at(9, 38, 12))
    for name, url, branch in RA_REPOS:
        t = dns[0] + sec(r.uniform(0, 50))
        k = 0
        h = hexid(r, 64)
        while t < dns[1]:
            t = R(
                leader(t),
                t,
                "ERROR",
                "error syncing '%s': handler %s: git -C %s fetch origin --depth=1 %s error: exit status %d, detail: fatal: unable to access %s: Could not resolve host: %s",
                [
                    f"error syncing '{name}': handler helm-clusterrepo-download: git -C /var/lib/rancher-data/local-catalogs/v2/{name}/{h} fetch origin --depth=1 {branch} error: exit status 128, detail: fatal: unable to access '{url}/': Could not resolve host: git.rancher.io",
                    ", requeuing",
                ],
            )
            k += 1
            t += sec(min(30.0, 0.005 * 2**k))

    # -- the rolling upgrade at 10:00
    def startup(p: str, t: datetime, owned: list[str]) -> datetime:
        t = R(
            p,
            t,
            "INFO",
            "Rancher version %s is starting",
            ["Rancher version v2.8.5 (b9c8a4f1e) is starting"],
        )
        t = R(p, t, "INFO", "Rancher arguments %+v", [f"Rancher arguments {RA_ARGS}"])
        t = R(p, t + sec(0.2), "INFO", "Listening on %s", ["Listening on /tmp/log.sock"])
        t = R(
            p,
            t + sec(1.4),
            "INFO",
            "Running in clustered mode with ID %s, monitoring endpoint %s",
            [
                f"Running in clustered mode with ID {ips[p]}, monitoring endpoint cattle-system/rancher"
            ],
        )
        waited = set(r.sample(RA_CRDS[:12], 5))
        for crd in RA_CRDS:
            t = R(
                p, t + sec(r.uniform(0.01, 0.4)), "INFO", "Applying CRD %s", [f"Applying CRD {crd}"]
            )
        for crd in RA_CRDS:
            if crd in waited:
                t = R(
                    p,
                    t + sec(0.1),
                    "INFO",
                    "Waiting for CRD %s to become available",
                    [f"Waiting for CRD {crd} to become available"],
                )
                t = R(
                    p,
                    t + sec(r.uniform(0.5, 1.5)),
                    "INFO",
                    "Done waiting for CRD %s to become available",
                    [f"Done waiting for CRD {crd} to become available"],
                )
        t = KL(
            p,
            t + sec(0.3),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            "attempting to acquire leader lease kube-system/cattle-controllers...",
        )
        for gvk in RA_METADATA:
            t = R(
                p,
                t + sec(r.uniform(0.01, 0.3)),
                "INFO",
                "Watching metadata for %s",
                [f"Watching metadata for {gvk}"],
            )
        for gvk in RA_CTRL_ALL:
            t = R(
                p,
                t + sec(r.uniform(0.01, 0.3)),
                "INFO",
                "Starting %s controller",
                [f"Starting {gvk} controller"],
            )
        for cid in RA_CLUSTERS:
            t = R(
                p,
                t + sec(r.uniform(0.5, 3)),
                "INFO",
                "Starting cluster agent for %s [owner=%v]",
                [f"Starting cluster agent for {cid} [owner={'true' if cid in owned else 'false'}]"],
            )
        return t

    def lead(p: str, t: datetime, redeploy: bool) -> None:
        t = KL(
            p,
            t + sec(r.uniform(0.001, 0.9)),
            "I",
            "leaderelection.go:260",
            "successfully acquired lease %v",
            "successfully acquired lease kube-system/cattle-controllers",
        )
        for gvk in RA_CTRL_LEADER:
            t = R(
                p,
                t + sec(r.uniform(0.01, 0.3)),
                "INFO",
                "Starting %s controller",
                [f"Starting {gvk} controller"],
            )
        if redeploy:
            for cid in RA_CLUSTERS:
                t = R(
                    p,
                    t + sec(r.uniform(1, 6)),
                    "INFO",
                    "Redeploy Rancher Agents is needed for %s: forceDeploy=%v, agent/auth image changed=%v, private repo changed=%v, agent features changed=%v",
                    [
                        f"Redeploy Rancher Agents is needed for {cid}: forceDeploy=false, agent/auth image changed=true, private repo changed=false, agent features changed=false"
                    ],
                )
                tt = t + sec(r.uniform(40, 90))
                R(
                    anypod(tt),
                    tt,
                    "INFO",
                    "error in remotedialer server [%d]: %v",
                    [
                        "error in remotedialer server [400]: websocket: close 1006 (abnormal closure): unexpected EOF"
                    ],
                )
                R(
                    anypod(tt),
                    tt + sec(r.uniform(4, 9)),
                    "INFO",
                    "Handling backend connection request [%s]",
                    [f"Handling backend connection request [{cid}]"],
                )

    cids = list(RA_CLUSTERS)
    for i, (p, _ip) in enumerate(RA_NEW):
        start = life[p][0]
        startup(p, start, cids[i::3])
        for q in live(start + sec(60)):
            if q != p:
                R(
                    q,
                    start + sec(r.uniform(45, 60)),
                    "INFO",
                    "Handling backend connection request [%s]",
                    [f"Handling backend connection request [{ips[p]}]"],
                )
    for p, _ip in RA_OLD:
        end = life[p][1]
        for q in live(end + sec(1)):
            if q != p:
                R(
                    q,
                    end + sec(r.uniform(0.2, 1.5)),
                    "ERROR",
                    "Failed to serve peer connection %s: %v",
                    [
                        f"Failed to serve peer connection {ips[p]}: websocket: close 1006 (abnormal closure): unexpected EOF"
                    ],
                )
        for cid in cids[RA_OLD.index((p, _ip)) :: 3]:
            tt = end + sec(r.uniform(5, 10))
            R(
                anypod(tt),
                tt,
                "INFO",
                "Handling backend connection request [%s]",
                [f"Handling backend connection request [{cid}]"],
            )
    lead(RA_OLD[1][0], leaders[1][0], False)
    lead(RA_NEW[0][0], leaders[2][0], True)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- kubevirt

KV_HANDLERS = {
    "worker-1": "virt-handler-4xkzp",
    "worker-2": "virt-handler-9qmtr",
    "worker-3": "virt-handler-bk7wd",
    "worker-4": "virt-handler-x2lfn",
}
KV_VMIS = [
    # namespace, name, node, migratable
    ("vm-prod", "erp-db-01", "worker-3", True),
    ("vm-prod", "erp-app-01", "worker-3", True),
    ("vm-prod", "erp-app-02", "worker-1", True),
    ("vm-prod", "web-fe-01", "worker-3", True),
    ("vm-prod", "web-fe-02", "worker-2", True),
    ("vm-prod", "web-fe-03", "worker-4", True),
    ("vm-prod", "legacy-erp", "worker-3", False),
    ("vm-prod", "mail-relay", "worker-2", True),
    ("vm-prod", "ldap-01", "worker-1", True),
    ("vm-prod", "ldap-02", "worker-3", True),
    ("vm-prod", "monitoring-01", "worker-4", True),
    ("vm-dev", "dev-jdoe", "worker-2", True),
    ("vm-dev", "dev-akumar", "worker-1", True),
    ("vm-dev", "dev-mschulz", "worker-4", True),
    ("vm-dev", "dev-lchen", "worker-3", True),
    ("vm-dev", "build-rhel9", "worker-2", True),
    ("vm-dev", "build-ubuntu2204", "worker-1", True),
    ("vm-dev", "qa-sandbox", "worker-3", True),
    ("vm-dev", "pentest-kali", "worker-4", True),
    ("vm-dev", "docs-preview", "worker-1", True),
]
KV_LIBVIRT_ERR = """server error. command SyncVMI failed: "LibvirtError(Code=1, Domain=10, Message='internal error: process exited while connecting to monitor: {ts} qemu-kvm: -blockdev {{\\"driver\\":\\"file\\",\\"filename\\":\\"/var/run/kubevirt-private/vmi-disks/rootdisk/disk.img\\",\\"aio\\":\\"native\\",\\"node-name\\":\\"libvirt-2-storage\\",\\"cache\\":{{\\"direct\\":true,\\"no-flush\\":false}},\\"auto-read-only\\":true,\\"discard\\":\\"unmap\\"}}: Could not open '/var/run/kubevirt-private/vmi-disks/rootdisk/disk.img': Permission denied')\""""
KV_MIGRATION_OPTS = '{"Bandwidth":"0","ProgressTimeout":150,"CompletionTimeoutPerGiB":800,"UnsafeMigration":false,"AllowAutoConverge":false,"AllowPostCopy":false,"ParallelMigrationThreads":null}'


def kubevirt(r: random.Random) -> list[Log]:
    """KubeVirt 1.2 on four workers, 06:00 to 12:00: twenty long-lived VMIs, CI runner VMs
    started every ~7 minutes, worker-3 drained at 08:00 (live migrations, one VMI shut down) and
    rebooted 08:20-08:36, a Windows VM failing to start 09:10-10:40, worker-2's handler
    OOM-killed at 10:30."""
    fs = Files()
    uids = {(ns, n): uuid4(r) for ns, n, _node, _m in KV_VMIS}
    node_of = {(ns, n): node for ns, n, node, _m in KV_VMIS}
    hfile = {w: f"{p}.log" for w, p in KV_HANDLERS.items()}
    hfile["worker-2"] = "virt-handler-9qmtr-0.log"
    oom = at(10, 30, 7.3)
    ctrl = "virt-controller-7f6d8c9b4-jz5kq"

    def H(
        w: str,
        t: datetime,
        lvl: str,
        pos: str,
        msg: str,
        label: str,
        obj: tuple[str, str, str, str] | None = None,
        reason: str = "",
    ) -> datetime:
        f = hfile[w] if not (w == "worker-2" and t >= oom) else "virt-handler-9qmtr-1.log"
        t += sec(r.uniform(0.000001, 0.0004))

        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "component": "virt-handler",
                "level": lvl,
                "msg": msg,
                "pos": pos,
                "timestamp": usec_ts(x),
            }
            if obj:
                kind, ns, name, uid = obj
                d.update({"kind": kind, "namespace": ns, "name": name, "uid": uid})
            if reason:
                d["reason"] = reason
            return [gojson(d)]

        return fs.add(f, t, label, text, f, 1)

    def C(
        t: datetime,
        lvl: str,
        pos: str,
        msg: str,
        label: str,
        obj: tuple[str, str, str, str] | None = None,
        reason: str = "",
    ) -> datetime:
        t += sec(r.uniform(0.000001, 0.0004))

        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "component": "virt-controller",
                "level": lvl,
                "msg": msg,
                "pos": pos,
                "timestamp": usec_ts(x),
            }
            if obj:
                kind, ns, name, uid = obj
                d.update({"kind": kind, "namespace": ns, "name": name, "uid": uid})
            if reason:
                d["reason"] = reason
            return [gojson(d)]

        return fs.add(f"{ctrl}.log", t, label, text, ctrl, 1)

    def vobj(ns: str, name: str, uid: str) -> tuple[str, str, str, str]:
        return ("", ns, name, uid)

    def phase(
        w: str,
        t: datetime,
        ns: str,
        name: str,
        uid: str,
        ph: str,
        dom: str | None,
        reason: str = "Unknown",
    ) -> datetime:
        if dom is None:
            return H(
                w,
                t,
                "info",
                "vm.go:1729",
                f"VMI is in phase: {ph} | Domain does not exist",
                "VMI is in phase: %v | Domain does not exist",
                vobj(ns, name, uid),
            )
        return H(
            w,
            t,
            "info",
            "vm.go:1727",
            f"VMI is in phase: {ph} | Domain status: {dom}, reason: {reason}",
            "VMI is in phase: %v | Domain status: %v, reason: %v",
            vobj(ns, name, uid),
        )

    def cleanup(w: str, t: datetime, ns: str, name: str, uid: str) -> datetime:
        t = H(
            w,
            t + sec(r.uniform(0.01, 0.05)),
            "info",
            "vm.go:1914",
            "closing notify pipe listener for vmi",
            "closing notify pipe listener for vmi",
            vobj(ns, name, uid),
        )
        t = H(
            w,
            t + sec(r.uniform(0.001, 0.01)),
            "info",
            "vm.go:1885",
            f"Performing final local cleanup for vmi with uid {uid}",
            "Performing final local cleanup for vmi with uid %s",
            vobj(ns, name, uid),
        )
        t = H(
            w,
            t + sec(r.uniform(0.001, 0.005)),
            "info",
            "vm.go:333",
            "gracefully closed notify pipe connection for vmi",
            "gracefully closed notify pipe connection for vmi",
            vobj(ns, name, uid),
        )
        return H(
            w,
            t + sec(r.uniform(0.01, 0.08)),
            "info",
            "vm.go:1928",
            "Removing domain from cache during final cleanup",
            "Removing domain from cache during final cleanup",
            ("Domain", ns, name, ""),
        )

    def handler_up(w: str, t: datetime) -> datetime:
        t = H(
            w,
            t,
            "info",
            "virt-handler.go:194",
            "setting rate limiter to 5 QPS and 10 Burst",
            "setting rate limiter to %v QPS and %v Burst",
        )
        t = H(
            w,
            t + sec(r.uniform(0.01, 0.05)),
            "info",
            "config-map.go:164",
            f"Updating cluster config from KubeVirt to resource version '{r.randint(4800000, 4900000)}'",
            "Updating cluster config from KubeVirt to resource version '%s'",
        )
        return H(
            w,
            t + sec(r.uniform(1.5, 3.5)),
            "info",
            "vm.go:1512",
            "Starting virt-handler controller.",
            "Starting virt-handler controller.",
        )

    def attach(w: str, t: datetime, ns: str, name: str, uid: str) -> datetime:
        return H(
            w,
            t,
            "info",
            "vm.go:318",
            "Accepted new notify pipe connection for vmi",
            "Accepted new notify pipe connection for vmi",
            vobj(ns, name, uid),
        )

    # where each long-lived VMI runs over the day
    drain, w3_down, w3_up = at(8, 0, 14), at(8, 20, 30), at(8, 36, 50)
    moves: dict[tuple[str, str], list[tuple[datetime, str]]] = {
        k: [(T0 - sec(1), v)] for k, v in node_of.items()
    }
    targets = ["worker-1", "worker-2", "worker-4", "worker-1", "worker-4"]
    migrating = [k for k in uids if node_of[k] == "worker-3" and k != ("vm-prod", "legacy-erp")]

    # -- the drain: the evacuation controller, migrations, legacy-erp shut down
    t = C(
        drain + sec(0.4),
        "info",
        "evacuation.go:414",
        f"node: worker-3, migrations: 0, candidates: {len(migrating)}, selected: {min(5, len(migrating))}",
        "node: %v, migrations: %v, candidates: %v, selected: %v",
    )
    done_at = drain
    for i, key in enumerate(migrating):
        ns, name = key
        uid = uids[key]
        tgt = targets[i % len(targets)]
        start = drain + sec(1.2 + i * 0.3) if i < 5 else done_at + sec(4.5)
        if i == 5:
            C(
                start - sec(0.2),
                "info",
                "evacuation.go:414",
                "node: worker-3, migrations: 4, candidates: 1, selected: 1",
                "node: %v, migrations: %v, candidates: %v, selected: %v",
            )
        tp = C(
            start,
            "info",
            "migration.go:717",
            f"Created migration target pod {ns}/virt-launcher-{name}-{kname(r)} with uuid {uuid4(r)} for migration kubevirt-evacuation-{kname(r)} with uuid {uuid4(r)}",
            "Created migration target pod %s/%s with uuid %s for migration %s with uuid %s",
            vobj(ns, name, uid),
        )
        tt = tp + sec(r.uniform(6, 11))
        tt = H(
            tgt,
            tt,
            "info",
            "vm.go:684",
            "Processing vmi migration target update",
            "Processing vmi migration target update",
            vobj(ns, name, uid),
        )
        tt = attach(tgt, tt + sec(r.uniform(0.3, 0.9)), ns, name, uid)
        tt = H(
            tgt,
            tt + sec(r.uniform(0.5, 1.5)),
            "info",
            "vm.go:684",
            "Processing vmi migration target update",
            "Processing vmi migration target update",
            vobj(ns, name, uid),
        )
        ts = H(
            "worker-3",
            tt + sec(r.uniform(0.2, 0.8)),
            "info",
            "vm.go:2251",
            f"migration options matched for vmi {name}: {KV_MIGRATION_OPTS}",
            "migration options matched for vmi %s: %s",
            vobj(ns, name, uid),
        )
        dur = r.uniform(14, 70) if name != "erp-db-01" else r.uniform(160, 230)
        ts = phase("worker-3", ts + sec(r.uniform(0.3, 1.0)), ns, name, uid, "Running", "Running")
        te = ts + sec(dur)
        tt = phase(tgt, te - sec(0.4), ns, name, uid, "Running", "Paused", "Migration")
        ts = phase("worker-3", te, ns, name, uid, "Running", "Shutoff", "Migrated")
        tt = phase(tgt, te + sec(r.uniform(0.3, 0.8)), ns, name, uid, "Running", "Running")
        ts = H(
            "worker-3",
            ts + sec(r.uniform(0.5, 1.2)),
            "info",
            "vm.go:2040",
            f"Signaled deletion for {name}",
            "Signaled deletion for %s",
            vobj(ns, name, uid),
        )
        cleanup("worker-3", ts + sec(r.uniform(0.2, 0.6)), ns, name, uid)
        moves[key].append((te, tgt))
        done_at = max(done_at, te)
    # legacy-erp: evictionStrategy None, shut down by the drain, restarted by its VM on worker-1
    key = ("vm-prod", "legacy-erp")
    uid = uids[key]
    t = drain + sec(31.5)
    for _ in range(3):
        t = H(
            "worker-3",
            t,
            "info",
            "vm.go:2011",
            "Signaled graceful shutdown for legacy-erp",
            "Signaled graceful shutdown for %s",
            vobj(*key, uid),
        )
        t = phase("worker-3", t + sec(r.uniform(0.01, 0.1)), *key, uid, "Running", "Running")
        t += sec(5 + r.uniform(0, 0.2))
    t = phase("worker-3", t, *key, uid, "Running", "Shutoff", "Shutdown")
    t = phase("worker-3", t + sec(0.3), *key, uid, "Succeeded", "Shutoff", "Shutdown")
    t = cleanup("worker-3", t, *key, uid)
    t = phase("worker-3", t + sec(0.2), *key, uid, "Succeeded", None)
    uids[key] = uuid4(r)
    t = C(
        t + sec(r.uniform(1, 3)),
        "info",
        "vm.go:1321",
        "Started VM by creating the new virtual machine instance legacy-erp",
        "Started VM by creating the new virtual machine instance %s",
        vobj(*key, uuid4(r)),
    )
    t = phase("worker-1", t + sec(r.uniform(5, 9)), *key, uids[key], "Scheduled", None)
    t = attach("worker-1", t + sec(r.uniform(1, 2)), *key, uids[key])
    phase("worker-1", t + sec(r.uniform(2, 4)), *key, uids[key], "Running", "Running")
    moves[key].append((t, "worker-1"))
    H(
        "worker-3",
        w3_down - sec(2.1),
        "info",
        "vm.go:1502",
        "Stopping virt-handler controller.",
        "Stopping virt-handler controller.",
    )

    def where(key: tuple[str, str], t: datetime) -> str:
        cur = moves[key][0][1]
        for since, n in moves[key]:
            if t >= since:
                cur = n
        return cur

    def handler_down(w: str, t: datetime) -> bool:
        return (w == "worker-3" and w3_down - sec(3) <= t < w3_up + sec(8)) or (
            w == "worker-2" and oom - sec(1) <= t < oom + sec(25)
        )

    # -- the long-lived VMIs, processed every few minutes
    for key in uids:
        if key == ("vm-prod", "legacy-erp"):
            continue
        t = T0 + sec(r.uniform(0, 300))
        while t < T_END:
            w = where(key, t)
            busy = drain - sec(5) <= t < done_at + sec(20) and node_of[key] == "worker-3"
            if not handler_down(w, t) and not busy:
                phase(w, t, *key, uids[key], "Running", "Running")
            t += sec(r.uniform(180, 420))
    t = T0 + sec(r.uniform(0, 300))
    while t < drain:
        phase("worker-3", t, "vm-prod", "legacy-erp", uid, "Running", "Running")
        t += sec(r.uniform(180, 420))
    t = t + sec(r.uniform(0, 200))
    while t < T_END:
        if not handler_down("worker-1", t):
            phase("worker-1", t, "vm-prod", "legacy-erp", uids[key], "Running", "Running")
        t += sec(r.uniform(180, 420))

    # -- the handlers coming back: worker-3 after its reboot, worker-2 after the OOM kill
    for w, t0 in [("worker-3", w3_up), ("worker-2", oom + sec(21.4))]:
        t = handler_up(w, t0)
        for key in uids:
            if where(key, t) == w:
                t = phase(w, t + sec(r.uniform(0.05, 0.4)), *key, uids[key], "Running", "Running")
                t = attach(w, t + sec(r.uniform(0.01, 0.1)), *key, uids[key])

    # -- CI runner VMs, started every ~7 minutes, shut down by their guests
    for ts in poisson(r, T0 + sec(60), T_END - sec(900), 420):
        name = f"runner-{hexid(r, 5)}-{kname(r)}"
        ns = "ci-runners"
        vm_uid, vmi_uid = uuid4(r), uuid4(r)
        w = r.choice(
            [
                n
                for n in KV_HANDLERS
                if not (n == "worker-3" and drain - sec(60) <= ts < w3_up + sec(240))
            ]
        )
        if handler_down(w, ts):
            continue
        t = C(
            ts,
            "info",
            "vm.go:1321",
            f"Started VM by creating the new virtual machine instance {name}",
            "Started VM by creating the new virtual machine instance %s",
            vobj(ns, name, vm_uid),
        )
        if r.random() < 0.08:
            C(
                t + sec(r.uniform(0.01, 0.05)),
                "info",
                "vm.go:343",
                f"re-enqueuing VirtualMachine {ns}/{name}",
                "re-enqueuing VirtualMachine %v",
                reason=f'Operation cannot be fulfilled on virtualmachine.kubevirt.io "{name}": the object has been modified; please apply your changes to the latest version and try again',
            )
        t = phase(w, t + sec(r.uniform(6, 14)), ns, name, vmi_uid, "Scheduled", None)
        t = attach(w, t + sec(r.uniform(0.8, 1.6)), ns, name, vmi_uid)
        t = phase(
            w, t + sec(r.uniform(0.2, 0.6)), ns, name, vmi_uid, "Scheduled", "Paused", "StartingUp"
        )
        t = phase(w, t + sec(r.uniform(1, 2.5)), ns, name, vmi_uid, "Scheduled", "Running")
        t = phase(w, t + sec(r.uniform(0.1, 0.4)), ns, name, vmi_uid, "Running", "Running")
        end = t + sec(r.uniform(240, 780))
        t += sec(r.uniform(150, 280))
        while t < end:
            if not handler_down(w, t):
                phase(w, t, ns, name, vmi_uid, "Running", "Running")
            t += sec(r.uniform(150, 280))
        if handler_down(w, end):
            continue
        t = phase(w, end, ns, name, vmi_uid, "Running", "Shutoff", "Shutdown")
        t = phase(
            w, t + sec(r.uniform(0.2, 0.6)), ns, name, vmi_uid, "Succeeded", "Shutoff", "Shutdown"
        )
        t = cleanup(w, t, ns, name, vmi_uid)
        t = phase(w, t + sec(r.uniform(0.1, 0.5)), ns, name, vmi_uid, "Succeeded", None)
        H(
            w,
            t + sec(r.uniform(20, 60)),
            "info",
            "vm.go:1735",
            "VMI does not exist | Domain does not exist",
            "VMI does not exist | Domain does not exist",
        )

    # -- vm-dev/win2022-build on worker-4: libvirt cannot open its disk, 09:10-10:40
    wk = ("vm-dev", "win2022-build")
    w_uid = uuid4(r)
    t = C(
        at(9, 10, 2.2),
        "info",
        "vm.go:1321",
        "Started VM by creating the new virtual machine instance win2022-build",
        "Started VM by creating the new virtual machine instance %s",
        vobj(*wk, uuid4(r)),
    )
    t = phase("worker-4", t + sec(r.uniform(7, 11)), *wk, w_uid, "Scheduled", None)
    t = attach("worker-4", t + sec(1.1), *wk, w_uid)
    k = 0
    while t < at(10, 40):
        err = KV_LIBVIRT_ERR.format(ts=usec_ts(t))
        t = H(
            "worker-4",
            t + sec(r.uniform(0.3, 0.9)),
            "error",
            "vm.go:1894",
            "Synchronizing the VirtualMachineInstance failed.",
            "Synchronizing the VirtualMachineInstance failed.",
            vobj(*wk, w_uid),
            err,
        )
        t = H(
            "worker-4",
            t + sec(r.uniform(0.001, 0.004)),
            "info",
            "vm.go:1473",
            "re-enqueuing VirtualMachineInstance vm-dev/win2022-build",
            "re-enqueuing VirtualMachineInstance %v",
            None,
            err,
        )
        t += sec(min(1000.0, 0.005 * 2**k))
        k += 1
        t = phase("worker-4", t, *wk, w_uid, "Scheduled", None)
    t = H(
        "worker-4",
        at(10, 40, 31),
        "info",
        "vm.go:1735",
        "VMI does not exist | Domain does not exist",
        "VMI does not exist | Domain does not exist",
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- multus

MU_OLD = {
    "worker-1": "kube-multus-ds-5jx8p",
    "worker-2": "kube-multus-ds-c9v2m",
    "worker-3": "kube-multus-ds-hq4tz",
    "worker-4": "kube-multus-ds-w7n6d",
}
MU_NEW = {
    "worker-1": "kube-multus-ds-2kfrt",
    "worker-2": "kube-multus-ds-8mxqv",
    "worker-3": "kube-multus-ds-lz4wn",
    "worker-4": "kube-multus-ds-t6hbs",
}
MU_PODCIDR = {
    "worker-1": "10.244.1",
    "worker-2": "10.244.2",
    "worker-3": "10.244.3",
    "worker-4": "10.244.4",
}
MU_CALICO = '{"cniVersion":"0.3.1","name":"k8s-pod-network","plugins":[{"datastore_type":"kubernetes","ipam":{"type":"calico-ipam"},"kubernetes":{"kubeconfig":"/etc/cni/net.d/calico-kubeconfig"},"log_file_path":"/var/log/calico/cni/cni.log","log_level":"info","mtu":0,"nodename":"%s","policy":{"type":"k8s"},"type":"calico"},{"capabilities":{"portMappings":true},"snat":true,"type":"portmap"},{"capabilities":{"bandwidth":true},"type":"bandwidth"}]}'
MU_MACVLAN = '{"cniVersion":"0.3.1","name":"macvlan-n3","type":"macvlan","master":"ens224","mode":"bridge","ipam":{"type":"whereabouts","range":"192.168.50.0/24","range_start":"192.168.50.10","range_end":"192.168.50.60"}}'
MU_API = 'Get "https://10.96.0.1:443/apis/crd.projectcalico.org/v1/clusterinformations/default": dial tcp 10.96.0.1:443: i/o timeout'
MU_NAD_ERR = 'cannot find a network-attachment-definition (macvlan-n3) in namespace (telco): network-attachment-definitions.k8s.cni.cncf.io "macvlan-n3" not found'


def multus(r: random.Random) -> list[Log]:
    """The multus thick plugin on four workers (Calico the cluster network), 06:00 to 12:00: CI
    job pods all day, a telco Deployment with a macvlan interface whose attachment definition
    is missing 07:30-07:52, the API server unreachable 09:40-09:47, a StatefulSet's pods
    recreated under the same name, and the DaemonSet updated at 11:00."""
    fs = Files()
    upd = {w: at(11, 0, 10 + 55 * i) for i, w in enumerate(MU_OLD)}
    rv = [48213370]

    def pod_of(w: str, t: datetime) -> str:
        return MU_NEW[w] if t >= upd[w] + sec(8) else MU_OLD[w]

    def M(w: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        p = pod_of(w, t)
        return fs.add(f"{p}.log", t, label, lambda x: [f"{rfc3339(x)} [{lvl}] {msg}"], p, 1_000_000)

    def KL(w: str, t: datetime, label: str, line: str) -> datetime:
        p = pod_of(w, t)
        return fs.add(
            f"{p}.log",
            t + sec(r.uniform(0.00001, 0.0009)),
            label,
            lambda x: [klog_head(x, "I", "event.go:364", 1) + line],
            p,
            1,
        )

    def down(w: str, t: datetime) -> bool:
        return upd[w] - sec(1) <= t < upd[w] + sec(10)

    def cmdargs(cid: str, netns: str, ns: str, pod: str, uid: str) -> str:
        args = f"IgnoreUnknown=1;K8S_POD_NAMESPACE={ns};K8S_POD_NAME={pod};K8S_POD_INFRA_CONTAINER_ID={cid};K8S_POD_UID={uid}"
        return f'ContainerID:"{cid}" Netns:"{netns}" IfName:"eth0" Args:"{args}" Path:""'

    def cali_result(ip: str) -> dict[str, object]:
        return {
            "cniVersion": "0.3.1",
            "interfaces": [{"name": f"cali{hexid(r, 11)}"}],
            "ips": [{"version": "4", "address": f"{ip}/32"}],
            "dns": {},
        }

    def event(
        w: str,
        t: datetime,
        ns: str,
        pod: str,
        uid: str,
        typ: str,
        reason: str,
        message: str,
        label: str,
    ) -> datetime:
        rv[0] += r.randint(3, 400)
        return KL(
            w,
            t,
            label,
            f"Event({objref('Pod', ns, pod, uid, 'v1', rv[0])}): type: '{typ}' reason: '{reason}' {message}",
        )

    def add_ok(
        w: str, t: datetime, ns: str, pod: str, uid: str, cid: str, netns: str, extra: bool = False
    ) -> datetime:
        a = cmdargs(cid, netns, ns, pod, uid)
        t = M(w, t, "verbose", "%s starting CNI request %s", f"ADD starting CNI request {a}")
        ip = f"{MU_PODCIDR[w]}.{r.randint(2, 254)}"
        res = cali_result(ip)
        t = M(
            w,
            t + sec(r.uniform(0.3, 1.2)),
            "verbose",
            "Add: %s:%s:%s:%s(%s):%s %s",
            f"Add: {ns}:{pod}:{uid}:k8s-pod-network(k8s-pod-network):eth0 {json.dumps(res, separators=(',', ':'))}",
        )
        t = event(
            w,
            t,
            ns,
            pod,
            uid,
            "Normal",
            "AddedInterface",
            f"Add eth0 [{ip}/32] from k8s-pod-network",
            "Event(%#v): type: 'Normal' reason: 'AddedInterface' Add %s %v from %s",
        )
        if extra:
            mip = f"192.168.50.{r.randint(10, 60)}"
            mres = {
                "cniVersion": "0.3.1",
                "interfaces": [
                    {
                        "name": "net1",
                        "mac": ":".join(f"{r.randrange(256):02x}" for _ in range(6)),
                        "sandbox": netns,
                    }
                ],
                "ips": [{"version": "4", "interface": 0, "address": f"{mip}/24"}],
                "dns": {},
            }
            t = M(
                w,
                t + sec(r.uniform(0.2, 0.8)),
                "verbose",
                "Add: %s:%s:%s:%s(%s):%s %s",
                f"Add: {ns}:{pod}:{uid}:telco/macvlan-n3(macvlan-n3):net1 {json.dumps(mres, separators=(',', ':'))}",
            )
            t = event(
                w,
                t,
                ns,
                pod,
                uid,
                "Normal",
                "AddedInterface",
                f"Add net1 [{mip}/24] from telco/macvlan-n3",
                "Event(%#v): type: 'Normal' reason: 'AddedInterface' Add %s %v from %s",
            )
        out = json.dumps({"Result": res}, separators=(",", ":"))
        return M(
            w,
            t + sec(0.01),
            "verbose",
            "%s finished CNI request %s, result: %q, err: <nil>",
            f"ADD finished CNI request {a}, result: {json.dumps(out)}, err: <nil>",
        )

    def del_ok(
        w: str,
        t: datetime,
        ns: str,
        pod: str,
        uid: str,
        cid: str,
        netns: str,
        extra: bool = False,
        stale: str = "",
    ) -> datetime:
        a = cmdargs(cid, netns, ns, pod, uid)
        t = M(w, t, "verbose", "%s starting CNI request %s", f"DEL starting CNI request {a}")
        if stale:
            t = M(
                w,
                t + sec(0.01),
                "verbose",
                "warning: expected pod UID %q but got %q from Kube API",
                f'warning: expected pod UID "{uid}" but got "{stale}" from Kube API',
            )
        puid = "unknownUID" if stale else uid
        if extra:
            t = M(
                w,
                t + sec(0.01),
                "verbose",
                "Del: %s:%s:%s:%s:%s %s",
                f"Del: {ns}:{pod}:{puid}:macvlan-n3:net1 {MU_MACVLAN}",
            )
        t = M(
            w,
            t + sec(0.01),
            "verbose",
            "Del: %s:%s:%s:%s:%s %s",
            f"Del: {ns}:{pod}:{puid}:k8s-pod-network:eth0 {MU_CALICO % w}",
        )
        return M(
            w,
            t + sec(r.uniform(0.1, 0.6)),
            "verbose",
            "%s finished CNI request %s, result: %q, err: <nil>",
            f'DEL finished CNI request {a}, result: "", err: <nil>',
        )

    def ids() -> tuple[str, str, str]:
        return hexid(r, 64), f"/var/run/netns/{uuid4(r)}", uuid4(r)

    api_down = (at(9, 40, 12), at(9, 47, 31))

    def lifecycle(
        w: str,
        ts: datetime,
        ns: str,
        pod: str,
        dur: float,
        extra: bool = False,
        stale: str = "",
        uid: str = "",
    ) -> None:
        cid, netns, u = ids()
        uid = uid or u
        if down(w, ts):
            return
        while api_down[0] <= ts < api_down[1]:
            # Calico cannot reach the API server: the ADD fails, the kubelet tears the sandbox
            # down and tries a new one
            a = cmdargs(cid, netns, ns, pod, uid)
            t = M(w, ts, "verbose", "%s starting CNI request %s", f"ADD starting CNI request {a}")
            err = f'[{ns}/{pod}/{uid}:k8s-pod-network]: error adding container to network "k8s-pod-network": plugin type="calico" failed (add): error getting ClusterInformation: {MU_API}'
            t = M(
                w,
                t + sec(r.uniform(30, 31)),
                "error",
                '[%s/%s/%s:%s]: error adding container to network %q: plugin type="calico" failed (add): error getting ClusterInformation: Get %q: dial tcp %s: i/o timeout',
                err,
            )
            t = M(
                w,
                t + sec(0.01),
                "verbose",
                '%s finished CNI request %s, result: %q, err: [%s/%s/%s:%s]: error adding container to network %q: plugin type="calico" failed (add): error getting ClusterInformation: Get %q: dial tcp %s: i/o timeout',
                f'ADD finished CNI request {a}, result: "", err: {err}',
            )
            t = M(
                w,
                t + sec(r.uniform(0.5, 2)),
                "verbose",
                "%s starting CNI request %s",
                f"DEL starting CNI request {a}",
            )
            t = M(
                w,
                t + sec(0.01),
                "verbose",
                "Del: %s:%s:%s:%s:%s %s",
                f"Del: {ns}:{pod}:{uid}:k8s-pod-network:eth0 {MU_CALICO % w}",
            )
            inner = (
                f'plugin type="calico" failed (delete): error getting ClusterInformation: {MU_API}'
            )
            t = M(
                w,
                t + sec(r.uniform(30, 31)),
                "error",
                'conflistDel: error in getting result from DelNetworkList: plugin type="calico" failed (delete): error getting ClusterInformation: Get %q: dial tcp %s: i/o timeout',
                f"conflistDel: error in getting result from DelNetworkList: {inner}",
            )
            derr = f'delegateDel: error invoking ConflistDel - "k8s-pod-network": conflistDel: error in getting result from DelNetworkList: {inner}'
            t = M(
                w,
                t + sec(0.001),
                "error",
                'delegateDel: error invoking ConflistDel - %q: conflistDel: error in getting result from DelNetworkList: plugin type="calico" failed (delete): error getting ClusterInformation: Get %q: dial tcp %s: i/o timeout',
                derr,
            )
            t = M(
                w,
                t + sec(0.01),
                "verbose",
                '%s finished CNI request %s, result: %q, err: delegateDel: error invoking ConflistDel - %q: conflistDel: error in getting result from DelNetworkList: plugin type="calico" failed (delete): error getting ClusterInformation: Get %q: dial tcp %s: i/o timeout',
                f'DEL finished CNI request {a}, result: "", err: {derr}',
            )
            ts = t + sec(r.uniform(8, 20))
            cid, netns, _u = ids()
        t = add_ok(w, ts, ns, pod, uid, cid, netns, extra)
        te = t + sec(dur)
        if te < T_END and not down(w, te):
            del_ok(w, te, ns, pod, uid, cid, netns, extra, stale)

    # -- CI job pods all day
    for ts in poisson(r, T0, T_END, 84):
        w = r.choice(list(MU_OLD))
        proj = r.choice(
            [
                ("web-frontend", 1181),
                ("payments-api", 734),
                ("infra-terraform", 2290),
                ("data-pipeline", 1502),
                ("mobile-app", 2871),
            ]
        )
        pod = (
            f"runner-{hexid(r, 8)[:8]}-project-{proj[1]}-concurrent-{r.randint(0, 3)}-{hexid(r, 8)}"
        )
        lifecycle(w, ts, "ci", pod, r.uniform(60, 900))
    # -- a StatefulSet's pods recreated under the same name: the old sandbox's DEL finds a new UID
    for ts in poisson(r, at(6, 20), at(11, 40), 1500):
        w = r.choice(list(MU_OLD))
        pod = f"kafka-{r.randint(0, 2)}"
        cid, netns, uid = ids()
        if down(w, ts):
            continue
        del_ok(w, ts, "streaming", pod, uid, cid, netns, stale=uuid4(r))
        lifecycle(w, ts + sec(r.uniform(6, 14)), "streaming", pod, 1e6)
    # -- the telco workload: four pods with a macvlan interface; the definition missing 07:30-07:52
    fixed = at(7, 52, 40)
    for i in range(4):
        w = ["worker-1", "worker-2", "worker-1", "worker-4"][i]
        pod = f"upf-6d9c7b8f5-{kname(r)}"
        uid = uuid4(r)
        t = at(7, 30, 5 + i * 2.5)
        back = 10.0
        while t < fixed:
            cid, netns, _u = ids()
            a = cmdargs(cid, netns, "telco", pod, uid)
            t = M(w, t, "verbose", "%s starting CNI request %s", f"ADD starting CNI request {a}")
            t = M(
                w,
                t + sec(0.01),
                "error",
                "getKubernetesDelegate: cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
                f"getKubernetesDelegate: {MU_NAD_ERR}",
            )
            t = event(
                w,
                t,
                "telco",
                pod,
                uid,
                "Warning",
                "NoNetworkFound",
                MU_NAD_ERR,
                "Event(%#v): type: 'Warning' reason: 'NoNetworkFound' cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
            )
            t = M(
                w,
                t + sec(0.001),
                "error",
                "GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
                f"GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: {MU_NAD_ERR}",
            )
            chain = f"TryLoadPodDelegates: error in getting k8s network for pod: GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: {MU_NAD_ERR}"
            t = M(
                w,
                t + sec(0.001),
                "error",
                "TryLoadPodDelegates: error in getting k8s network for pod: GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
                chain,
            )
            full = f"Multus: [telco/{pod}/{uid}]: error loading k8s delegates k8s args: {chain}"
            t = M(
                w,
                t + sec(0.001),
                "error",
                "Multus: [%s/%s/%s]: error loading k8s delegates k8s args: TryLoadPodDelegates: error in getting k8s network for pod: GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
                full,
            )
            t = M(
                w,
                t + sec(0.001),
                "verbose",
                "%s finished CNI request %s, result: %q, err: Multus: [%s/%s/%s]: error loading k8s delegates k8s args: TryLoadPodDelegates: error in getting k8s network for pod: GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
                f'ADD finished CNI request {a}, result: "", err: {full}',
            )
            # the kubelet removes the failed sandbox
            t = M(
                w,
                t + sec(r.uniform(0.3, 1.5)),
                "verbose",
                "%s starting CNI request %s",
                f"DEL starting CNI request {a}",
            )
            t = M(
                w,
                t + sec(0.01),
                "error",
                "getKubernetesDelegate: cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
                f"getKubernetesDelegate: {MU_NAD_ERR}",
            )
            t = event(
                w,
                t,
                "telco",
                pod,
                uid,
                "Warning",
                "NoNetworkFound",
                MU_NAD_ERR,
                "Event(%#v): type: 'Warning' reason: 'NoNetworkFound' cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
            )
            t = M(
                w,
                t + sec(0.001),
                "error",
                "GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
                f"GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: {MU_NAD_ERR}",
            )
            t = M(
                w,
                t + sec(0.001),
                "error",
                "TryLoadPodDelegates: error in getting k8s network for pod: GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: cannot find a network-attachment-definition (%s) in namespace (%s): network-attachment-definitions.k8s.cni.cncf.io %q not found",
                chain,
            )
            t = M(
                w,
                t + sec(0.001),
                "error",
                "Multus: failed to get delegates: %v, but continue to delete clusterNetwork",
                f"Multus: failed to get delegates: {chain}, but continue to delete clusterNetwork",
            )
            t = M(
                w,
                t + sec(0.01),
                "verbose",
                "Del: %s:%s:%s:%s:%s %s",
                f"Del: telco:{pod}:{uid}:k8s-pod-network:eth0 {MU_CALICO % w}",
            )
            t = M(
                w,
                t + sec(r.uniform(0.1, 0.5)),
                "verbose",
                "%s finished CNI request %s, result: %q, err: <nil>",
                f'DEL finished CNI request {a}, result: "", err: <nil>',
            )
            t += sec(back * r.uniform(0.9, 1.1))
            back = min(back * 2, 300)
        cid, netns, _u = ids()
        lifecycle(w, fixed + sec(r.uniform(2, 40)), "telco", pod, 1e6, extra=True, uid=uid)

    # -- the DaemonSet update at 11:00: each old daemon stops, its successor starts
    for w, t0 in upd.items():
        op, np_ = MU_OLD[w], MU_NEW[w]
        fs.add(
            f"{op}.log",
            t0,
            "caught %v, stopping...",
            lambda x: [f"{rfc3339(x)} [verbose] caught terminated, stopping..."],
            op,
            1_000_000,
        )
        fs.add(
            f"{op}.log",
            t0 + sec(1),
            "multus daemon is exited",
            lambda x: [f"{rfc3339(x)} [verbose] multus daemon is exited"],
            op,
            1_000_000,
        )
        t = t0 + sec(8)
        gen = json.dumps(
            {
                "binDir": "/var/lib/cni/bin",
                "cniVersion": "0.3.1",
                "logLevel": "verbose",
                "logToStderr": True,
                "name": "multus-cni-network",
                "clusterNetwork": "/host/etc/cni/net.d/10-calico.conflist",
                "type": "multus-shim",
                "socketDir": "/host/run/multus/",
            },
            separators=(",", ":"),
        )
        for label, msg in [
            ("multus-daemon started", "multus-daemon started"),
            ("server configured with chroot: %s", "server configured with chroot: /hostroot"),
            ("Filtering pod watch for node %q", f'Filtering pod watch for node "{w}"'),
            ("API readiness check", "API readiness check"),
            ("API readiness check done!", "API readiness check done!"),
            ("Generated MultusCNI config: %s", f"Generated MultusCNI config: {gen}"),
            (
                "started to watch file %s",
                "started to watch file /host/etc/cni/net.d/10-calico.conflist",
            ),
        ]:
            t = fs.add(
                f"{np_}.log",
                t,
                label,
                lambda x, m=msg: [f"{rfc3339(x)} [verbose] {m}"],
                np_,
                1_000_000,
            )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "k3s": k3s,
    "kube-controller-manager": kcm,
    "rancher": rancher,
    "kubevirt": kubevirt,
    "multus": multus,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
