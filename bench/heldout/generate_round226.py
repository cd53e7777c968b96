#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 226 (k0s, rke2, talos, sealed-secrets, external-secrets)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Three Kubernetes distributions and two secret
controllers, 06:00 to 12:00 on 2024-06-07. None of the five was in the set (k3s, kubelet,
kube-apiserver, containerd, etcd, cert-manager and external-dns are).

- k0s 1.30.1 (`k0scontroller-ctrl-1.log`, `k0sworker-worker-1.log`, `k0sworker-worker-2.log`:
  `journalctl -u k0scontroller` / `-u k0sworker`, `Jun 07 06:02:41 ctrl-1 k0s[1187]:
  time="2024-06-07 06:02:41" level=info msg="..." component=etcd stream=stderr`): k0s's own
  supervisor lines (`Starting to supervise`, `Started successfully, go nuts pid %d`, `Shutting
  down pid %d`, `Failed to wait for process` with `error=`, `respawning in %s`, and at start-up
  `using api address: %s`, `using sans: %v`, `Using storage backend %s`) and its children's
  stderr relayed one line per record inside `msg=`: etcd's zap JSON (`compact tree index`,
  `finished scheduled compaction`, `storing new hash` every five minutes; `apply request took too
  long` while ctrl-1's disk is slow under a backup 07:40-07:55), the API server's, scheduler's,
  controller manager's and kubelet's klog lines (structured `"Probe failed"` for opensearch-0
  unready 06:40-09:00, the cart's liveness and ledger-0 10:50-11:50; `"Error syncing pod,
  skipping"` for a never-pushed image tag 06:00-07:30 and an api Deployment crash-looping
  08:10-08:50; worker-2's host down 09:10-09:38: `"Deleting pod"`, `"Unable to schedule pod; no
  fit; waiting"`, the aggregator's `%s failed with: failing or missing response from ...` and
  `loading OpenAPI spec for %q failed with: ...` whose error ends in a second line `, Header:
  map[...]` relayed as a record of its own: a continuation), containerd's logrus text
  (`StartContainer for %q`, `... returns successfully`, `shim disconnected`); the controller
  restarted at 10:30 (the kubelets' `"Error updating node status, will retry"`), worker-1's
  kubelet given a mistyped `--kubelet-extra-args` 11:30-11:34 (`"command failed"` every 6 s).
- RKE2 1.29 (`rke2-server-1.log`, `rke2-server-2.log`, `rke2-server-3.log`, `rke2-agent-1.log`:
  `journalctl -u rke2-server` / `-u rke2-agent`, logrus with RFC 3339 times): etcd snapshots at
  06:00, 08:00 and 10:00 with retention (`Saving etcd snapshot to %s`, `Applying snapshot
  retention=%d ...`, `Removing local snapshot %s`); a decommissioned agent with the old CA
  knocking on server-1's supervisor port until 10:41 (`Cluster-Http-Server 2024/06/07 06:00:41
  http: TLS handshake error from %s: remote error: tls: bad certificate`, the Go logger's prefix
  inside logrus's msg); server-1's VM reset 07:20-07:28 (the other nodes' tunnels: `Connecting to
  proxy`, `Failed to connect to proxy. Empty dialer response`, `Remotedialer proxy error;
  reconnecting...` with `error=`/`url=` every 8 s; its start: `Starting rke2 %s`, `Managed etcd
  cluster bootstrap already complete and initialized`, `Running kubelet %s` with its flags,
  `Pod for etcd not synced (pod sandbox has changed), retrying`, `ETCD server is now running`,
  `Waiting for API server to become available`, `Pod for kube-apiserver not synced (waiting for
  termination of old pod sandbox), retrying`, `rke2 is up and running`, `Handling backend
  connection request [%s]`); a HelmChartConfig with a YAML error in server-1's manifests
  08:20-09:25 (`Failed to process config: failed to process %s: yaml: ...`, two errors, every
  15 s); server-2 upgraded at 09:00 (systemd's `Unit process %d (%s) remains running after
  unit stopped.`, `Found left-over process %d (%s) in control group while starting unit.
  Ignoring.` and `This usually indicates unclean termination ...`); a blackbox probe speaking
  plain HTTP to port 9345 09:40-10:35 (`... tls: first record does not look like a TLS
  handshake`, every 15 s on each server); agent-1 upgraded at 11:00 (`Starting rke2 agent %s`,
  `Running load balancer %s %s -> %v [default: %s]`, `Containerd is now running`).
- Talos 1.7 machined (`machined-cp-1.log` ... `machined-cp-3.log`, `machined-worker-1.log`,
  `machined-worker-2.log`: `talosctl -n NODE logs machined`, `[talos] 2024/06/07 06:07:29
  adjusting time (slew) by -1.753717ms via 162.159.200.1, state TIME_OK, status STA_PLL |
  STA_NANO {"component": "controller-runtime", "controller": "time.SyncController"}`, zap's
  console fields as JSON after the message): NTP adjustments at the poll interval; the site's
  resolver broken 07:10-07:45 (`failed looking up %q, ignored`, `controller failed` for the
  discovery service); cp-2, holding the shared IP, upgraded to 1.7.5 at 08:30 (`removing shared
  IP`, `removed address`, cp-1's `enabled shared IP` and `assigned address`, `upgrade request
  received: staged %v, force %v, reboot mode %v`, `%s sequence: %d phase(s)`, `phase %s (%d/%d):
  %d tasks(s)`, the tasks' `starting` and `done, %s` behind their logger's `task %s (%d/%d): `
  prefix, `service[%s](%s): ...` lines stopping and starting services, the boot sequence,
  `rendered new static pod`); a kubelet extraArgs patch with a bad value crash-looping both
  workers' kubelets 10:05-10:40 (`service[kubelet](Running): Started task kubelet (PID %d) for
  container kubelet` and `service[kubelet](Waiting): Error running Containerd(kubelet), going to
  restart forever: task "kubelet" failed: exit code 1`, 650 each); cp-3's kubelet serving
  certificate left unapproved from 10:41 (`controller failed` for KubeletStaticPodController
  every 30 s).
- Sealed Secrets 0.24 (`sealed-secrets-controller-6c9d8b7f5-4xk2p.log`, `...-q7m9t.log`,
  `sealed-secrets-controller-7d5f9c8b6-h2n8w.log`, `...-z5r3k.log`: `kubectl logs` of its pods
  in turn, Go's standard logger, client-go's klog lines among them): each start
  (`Starting sealed-secrets controller version: %s`, `Searching for existing private keys`,
  `----- %s` for each key, `HTTP server serving on %s`, then `Updating %s` and the event
  broadcaster's `Event(v1.ObjectReference{...}): type: 'Normal' reason: 'Unsealed' SealedSecret
  unsealed successfully` for every SealedSecret); pull-request preview namespaces of six
  SealedSecrets created and deleted all morning (`SealedSecret %s has been deleted`); a node
  drain at 07:31, billing's six SealedSecrets sealed with the staging cluster's certificate at
  08:10 (`Error updating %s, will retry: no key could decrypt secret (%s)` five times, `...
  giving up: ...`, the `ErrUnsealFailed` event, klog's `E... controller.go:252] no key could
  decrypt secret (%s)`, again at the 10:02 start, fixed at 10:30); the key renewed at 09:12 (`New
  key written to %s/%s`, `Certificate is ` with the PEM on the lines after and an empty line);
  a hand-made Secret in the way 09:15-11:05 (`Resource %q already exists and is not managed by
  SealedSecret`); two Argo CD applications fighting over two SealedSecrets 09:20-10:40; the
  chart upgraded at 10:02; the API server away 10:45-10:51 (reflector `failed to list` / `Failed
  to watch`); the pod evicted at 11:20.
- External Secrets Operator 0.9.19 (`external-secrets-7b9f6c8d54-k2x9v.log`,
  `external-secrets-5d8c6b9f47-p4wzn.log`, `external-secrets-7b9f6c8d54-r4n7p.previous.log`,
  `external-secrets-7b9f6c8d54-r4n7p.log`, the controller's pods and restart in turn, zap JSON
  with epoch `ts` and client-go's leader election in klog text; `external-secrets-webhook-...log`,
  the webhook, Go's standard logger for its TLS errors): a deleted AWS secret failing one
  ExternalSecret all day and Vault's policy for payments broken 07:10-08:20 (`could not get secret
  data from provider` and controller-runtime's `Reconciler error`, both with `error` and
  `stacktrace` fields, at the work queue's back-off from 5 ms to 1,000 s, begun again by each new
  leader); the controller redeployed with `--loglevel=debug` 08:30-09:00 (788 `reconciled
  secret`) and rolled back (controller-runtime's start-up and graceful-stop lines, the lease);
  the analytics ClusterSecretStore's IRSA trust broken 09:30-11:10 (`unable to validate store`);
  the lease lost at 10:50 while the API server stalls (`error retrieving resource lock %v: ...`,
  `failed to renew lease %v: ...`, `problem running manager`, the container restarted); the
  webhook's certificate renewed at 09:30 (certwatcher's `Updated current TLS certificate`, a zap
  line among the standard logger's) with the API server trusting the old CA for six minutes.

Label notes. The journal heads, logrus's time and level, k0s's `component=`/`stream=` fields,
Talos's `[talos] ` and date, the standard logger's date, klog's header and zap's level, time and
logger are context; logrus's and zap's fields are attributes, the message alone is the label. A
line k0s relays is labelled with the child's own format (etcd's and containerd's message, the
klog message as klog writes it: a structured call's quoted message, `"Probe failed"`, as rounds
151's k3s and 24's kubelet label it). A Go error inside a message contributes its format
(`Failed to process config: failed to process %s: yaml: line %d: did not find expected key`,
sealed-secrets' `no key could decrypt secret (%s)`, the lease's `Get "%s": context deadline
exceeded`); a Talos service message (`service[%s](%s): %s`) contributes the runner's format, the
service id and state are values; Talos's tasks log through a logger whose prefix is `task %s
(%d/%d): `, which is context (`starting`, `done, %s`). The `Cluster-Http-Server <date> ` in
RKE2's msg is the Go logger's prefix and is context. Formats with a `\n` keep it as the two
characters (`Certificate is \n%s\n`, the aggregator's `Body: %s\n, Header: %v`).

Least sure (written from the helper's knowledge, not checked against sources): k0s's logrus
time layout (`2006-01-02 15:04:05`), the supervisor's `respawning in %s` and `Failed to wait for
process` wording and level, and the start-up lines' order; RKE2's `Starting rke2 agent %s`, the
snapshot retention wording and the deploy controller's 15 s rescan; Talos's task logger prefix
(and whether the date comes before or after it), the upgrade and boot phase and task names,
`upgrade request received: ...`, `Process %s started with PID %d`, the `Waiting for %s` text;
sealed-secrets' use of the standard logger for events (`StartLogging(log.Printf)`), `SealedSecret
%s has been deleted`, `HTTP server serving on %s`, and the controller.go line of HandleError;
ESO's `unable to validate store`, whether `reconciled secret` is at V(1), the klog (not zap)
rendering of client-go's leader election, and controller-runtime 0.18's stop messages.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at


def jts(t: datetime) -> str:
    """journalctl's short format: `Jun 07 06:00:01`."""
    return f"{t:%b %d %H:%M:%S}"


def go_quote(s: str) -> str:
    """strconv.Quote (%q) for the text these programs log."""
    esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    return '"' + "".join(esc.get(c, c) for c in s) + '"'


def lr_val(v: object) -> str:
    """logrus's TextFormatter: a value quoted (%q) unless every character is safe."""
    s = v if isinstance(v, str) else str(v)
    if s and all(c.isascii() and (c.isalnum() or c in "-._/@^+") for c in s):
        return s
    return go_quote(s)


def logrus(ts: str, level: str, msg: str, fields: list[tuple[str, object]]) -> str:
    """`time="..." level=... msg=... k=v ...`, the fields sorted by key as logrus sorts them."""
    out = f'time="{ts}" level={level} msg={lr_val(msg)}'
    for k, v in sorted(fields, key=lambda kv: kv[0]):
        out += f" {k}={lr_val(v)}"
    return out


def klog(t: datetime, lvl: str, pid: int, where: str, msg: str) -> str:
    """klog's header: `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`."""
    return f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {pid:7d} {where}] {msg}"


def kv(pairs: list[tuple[str, object]]) -> str:
    """klog's structured key/value pairs: strings quoted, numbers and raw JSON bare."""
    out = []
    for k, v in pairs:
        if isinstance(v, (int, float)) or (isinstance(v, str) and v[:1] in "{["):
            out.append(f"{k}={v}")
        else:
            out.append(f"{k}={go_quote(str(v))}")
    return " ".join(out)


def gojson(d: dict[str, object]) -> str:
    """encoding/json (and zap's JSON encoder): compact, keys in the given order."""
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def iso_us(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"


def iso_ns(t: datetime, r: random.Random) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randint(0, 999):03d}Z"


def ms_dur(r: random.Random, lo: float, hi: float) -> str:
    """Go's Duration.String() of a few to a few hundred milliseconds."""
    v = r.uniform(lo, hi)
    return f"{v:.6f}".rstrip("0").rstrip(".") + "ms"


def objref(kind: str, ns: str, name: str, uid: str, api: str, rv: int) -> str:
    """`%#v` of a v1.ObjectReference, as client-go's event logger writes it."""
    return f'v1.ObjectReference{{Kind:"{kind}", Namespace:"{ns}", Name:"{name}", UID:"{uid}", APIVersion:"{api}", ResourceVersion:"{rv}", FieldPath:""}}'


def go_dur_ns(ns: int) -> str:
    """Go's time.Duration.String() of a duration under a second, in nanoseconds."""
    sign, ns = ("-" if ns < 0 else ""), abs(ns)
    if ns < 1000:
        return f"{sign}{ns}ns"
    if ns < 1_000_000:
        return sign + f"{ns / 1e3:.3f}".rstrip("0").rstrip(".") + "µs"
    return sign + f"{ns / 1e6:.6f}".rstrip("0").rstrip(".") + "ms"


# ------------------------------------------------------------------------------------- k0s

K0S_UNIT = "k0s - Zero Friction Kubernetes"
K0S_W2_PODS = [
    "kube-system/metrics-server-7f8b9c6d5-m2x7q",
    "kube-system/coredns-85df575cdb-9xkzl",
    "shop/web-6d9c8b7f4-hq2vz",
    "shop/web-6d9c8b7f4-p8n4c",
    "shop/cart-5b7d9f8c6-r7t2w",
    "shop/checkout-7c8d9b6f5-k4m9s",
    "payments/ledger-0",
]
K0S_PENDING = [
    "shop/web-6d9c8b7f4-x9t2b",
    "shop/checkout-7c8d9b6f5-v6n8d",
    "shop/cart-5b7d9f8c6-j3w5z",
]
K0S_ETCD_KEYS = [
    "/registry/leases/kube-node-lease/worker-1",
    "/registry/leases/kube-node-lease/worker-2",
    "/registry/leases/kube-system/kube-scheduler",
    "/registry/leases/kube-system/kube-controller-manager",
    "/registry/configmaps/kube-system/k0s-worker-config-default-1.30",
    "/registry/pods/search/opensearch-0",
    "/registry/minions/worker-1",
    "/registry/services/endpoints/shop/web",
    "/registry/health",
]


def k0s(r: random.Random) -> list[Log]:
    """k0s 1.30.1 under systemd: one controller (etcd, kube-apiserver, konnectivity-server,
    scheduler and controller manager supervised by k0s, their stderr relayed line by line) and
    two workers (containerd and kubelet relayed the same way), `journalctl -u k0scontroller` and
    `-u k0sworker` of each host. opensearch-0 unready 06:40-08:45, an api Deployment crash-looping
    on worker-1 08:10-08:50, ctrl-1's disk slow under a backup 07:40-07:55, worker-2's host
    crashing 09:10-09:38, the controller restarted at 10:30, worker-1's kubelet given a bad extra
    argument 11:30-11:34, ledger-0's readiness timing out 10:50-11:50."""
    fs = Files()
    ctrl = "k0scontroller-ctrl-1.log"
    w1, w2 = "k0sworker-worker-1.log", "k0sworker-worker-2.log"
    host = {ctrl: "ctrl-1", w1: "worker-1", w2: "worker-2"}
    k0spid = {ctrl: 1187, w1: 902, w2: 911}
    cpid = {
        "etcd": 1213,
        "kube-apiserver": 1266,
        "kube-scheduler": 1322,
        "kube-controller-manager": 1329,
    }
    back = at(9, 38, 50)  # worker-2's host crashed at 09:10:20: nothing written until then
    kubelet_pids = {
        w1: [(at(11, 34, 41), 62466), (at(11, 30), 0), (T0, 1532)],
        w2: [(back, 1012), (T0, 1544)],
    }
    S1 = 1_000_000

    def k0sline(f: str, t: datetime, level: str, msg: str, fields: list[tuple[str, object]]) -> str:
        return f"{jts(t)} {host[f]} k0s[{k0spid[f]}]: " + logrus(
            f"{t:%Y-%m-%d %H:%M:%S}", level, msg, fields
        )

    def K(
        f: str, t: datetime, level: str, label: str, msg: str, fields: list[tuple[str, object]]
    ) -> datetime:
        return fs.add(f, t, label, lambda x: [k0sline(f, x, level, msg, fields)], (f, "k0s"), S1)

    def rel(f: str, t: datetime, comp: str, label: str, inner) -> datetime:
        """A child's stderr line(s), relayed by k0s's supervisor; `inner(t)` is the child's text
        (a list when it wrote several lines: each is relayed as a line of its own)."""

        def text(x: datetime) -> list[str]:
            return [
                k0sline(f, x, "info", s, [("component", comp), ("stream", "stderr")])
                for s in inner(x)
            ]

        return fs.add(f, t, label, text, (f, comp), S1)

    def sysd(f: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{jts(x)} {host[f]} systemd[1]: {msg}"], (f, "systemd"), S1
        )

    def etcd(t: datetime, level: str, caller: str, msg: str, extra: dict[str, object]) -> datetime:
        return rel(
            ctrl,
            t,
            "etcd",
            msg,
            lambda x: [
                gojson({"level": level, "ts": iso_us(x), "caller": caller, "msg": msg, **extra})
            ],
        )

    def kl(f: str, t: datetime, comp: str, lvl: str, where: str, label: str, msg) -> datetime:
        """A klog line of a child; `msg` is its text or a function of the time."""
        pid = cpid[comp] if comp in cpid else next(p for s, p in kubelet_pids[f] if t >= s)
        if pid == 0:
            pid = cpid["kubelet-w1"]
        return rel(
            f,
            t,
            comp,
            label,
            lambda x: [klog(x, lvl, pid, where, msg(x) if callable(msg) else msg)],
        )

    def ctd(
        f: str, t: datetime, label: str, msg: str, fields: list[tuple[str, object]] = ()
    ) -> datetime:
        return rel(
            f,
            t,
            "containerd",
            label,
            lambda x: [logrus(iso_ns(x, r), "info", msg, list(fields))],
        )

    # --- ctrl-1: etcd's compactions every five minutes (the API server asks for them)
    rev = 48_211_337
    t = at(6, 2, 41.2)
    while t < T_END:
        rev += r.randint(1500, 2100)
        h = r.randint(10**8, 4 * 10**9)
        if not (at(10, 30) <= t < at(10, 31, 30)):
            x = etcd(t, "info", "mvcc/index.go:214", "compact tree index", {"revision": rev})
            size = 61_000_000 + int((t - T0).total_seconds() * 190)
            inuse = size - r.randint(9_000_000, 14_000_000)
            x = etcd(
                x + sec(r.uniform(0.004, 0.03)),
                "info",
                "mvcc/kvstore_compaction.go:66",
                "finished scheduled compaction",
                {
                    "compact-revision": rev,
                    "took": ms_dur(r, 6, 19)
                    if not at(7, 40) <= t < at(7, 55)
                    else ms_dur(r, 140, 420),
                    "hash": h,
                    "current-db-size-bytes": size,
                    "current-db-size": f"{size / 1e6:.0f} MB",
                    "current-db-size-in-use-bytes": inuse,
                    "current-db-size-in-use": f"{inuse / 1e6:.0f} MB",
                },
            )
            etcd(
                x + sec(0.0004),
                "info",
                "mvcc/hash.go:137",
                "storing new hash",
                {"hash": h, "revision": rev, "compact-revision": rev - r.randint(1500, 2100)},
            )
        t += sec(300 + r.uniform(-0.3, 0.3))

    # --- ctrl-1's disk slow under the 07:40 backup
    for t in poisson(r, at(7, 40, 12), at(7, 55), 17):
        key = r.choice(K0S_ETCD_KEYS)
        pre = r.choice(["pods", "services/endpoints", "configmaps", "secrets", "events"])
        etcd(
            t,
            "warn",
            "etcdserver/util.go:170",
            "apply request took too long",
            {
                "took": ms_dur(r, 101, 980),
                "expected-duration": "100ms",
                "prefix": "read-only range " if r.random() < 0.7 else "",
                **(
                    {
                        "request": f'key:"{key}" ',
                        "response": f"range_response_count:1 size:{r.randint(300, 4200)}",
                    }
                    if r.random() < 0.8
                    else {
                        "request": f'key:"/registry/{pre}/" range_end:"/registry/{pre}0" count_only:true ',
                        "response": f"range_response_count:0 size:{r.randint(7, 9)}",
                    }
                ),
            },
        )

    # --- worker-2's host crashes at 09:10:20 and is back at 09:38:50
    for i, pod in enumerate(K0S_W2_PODS):
        kl(
            ctrl,
            at(9, 15, 58) + sec(i * 0.0031),
            "kube-controller-manager",
            "I",
            "taint_eviction.go:110",
            '"Deleting pod"',
            f'"Deleting pod" controller="taint-eviction-controller" pod="{pod}"',
        )
    for pod in K0S_PENDING:
        t = at(9, 16, 1) + sec(r.uniform(0, 2))
        while t < at(9, 39, 40):
            msg = (
                f'"Unable to schedule pod; no fit; waiting" pod="{pod}" err="0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {{node.kubernetes.io/unreachable: }}. '
                'preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling."'
            )
            kl(
                ctrl,
                t,
                "kube-scheduler",
                "I",
                "schedule_one.go:1004",
                '"Unable to schedule pod; no fit; waiting"',
                msg,
            )
            t += sec(r.uniform(45, 75))
    ms_ip = "10.244.2.7"
    url = f"https://{ms_ip}:10250/apis/metrics.k8s.io/v1beta1"
    for t in [at(9, 10, 47) + sec(i * 30 + r.uniform(0, 3)) for i in range(57)]:
        kl(
            ctrl,
            t,
            "kube-apiserver",
            "E",
            "available_controller.go:460",
            '%s failed with: failing or missing response from %s: Get "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
            f'v1beta1.metrics.k8s.io failed with: failing or missing response from {url}: Get "{url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        )
    for i in range(28):
        t = at(9, 11, 12) + sec(i * 60 + r.uniform(0, 1.5))
        pid = cpid["kube-apiserver"]
        rel(
            ctrl,
            t,
            "kube-apiserver",
            "loading OpenAPI spec for %q failed with: failed to retrieve openAPI spec, http error: ResponseCode: %d, Body: %s\\n, Header: %v",
            lambda x, pid=pid: [
                klog(
                    x,
                    "E",
                    pid,
                    "controller.go:113",
                    'loading OpenAPI spec for "v1beta1.metrics.k8s.io" failed with: failed to retrieve openAPI spec, http error: ResponseCode: 503, Body: service unavailable',
                ),
                ", Header: map[Content-Type:[text/plain; charset=utf-8] X-Content-Type-Options:[nosniff]]",
            ],
        )
        kl(
            ctrl,
            t + sec(0.0002),
            "kube-apiserver",
            "I",
            "controller.go:126",
            "OpenAPI AggregationController: action for item %s: Rate Limited Requeue.",
            "OpenAPI AggregationController: action for item v1beta1.metrics.k8s.io: Rate Limited Requeue.",
        )

    # --- the controller restarted at 10:30 (a change to k0s.yaml)
    rs = at(10, 30, 1.4)
    sysd(ctrl, rs, "Stopping %s...", f"Stopping {K0S_UNIT}...")
    comps = [
        "etcd",
        "kube-apiserver",
        "konnectivity-server",
        "kube-scheduler",
        "kube-controller-manager",
    ]
    oldpids = {
        "etcd": 1213,
        "kube-apiserver": 1266,
        "konnectivity-server": 1301,
        "kube-scheduler": 1322,
        "kube-controller-manager": 1329,
    }
    t = rs + sec(0.2)
    for c in reversed(comps):
        t = K(
            ctrl,
            t + sec(r.uniform(0.05, 0.6)),
            "info",
            "Shutting down pid %d",
            f"Shutting down pid {oldpids[c]}",
            [("component", c)],
        )
    sysd(ctrl, t + sec(2.1), "Stopped %s.", f"Stopped {K0S_UNIT}.")
    t = sysd(ctrl, t + sec(2.2), "Started %s.", f"Started {K0S_UNIT}.")
    k0spid[ctrl] = 48211
    t = K(ctrl, t + sec(0.3), "info", "using api address: %s", "using api address: 10.0.0.10", [])
    t = K(
        ctrl,
        t + sec(0.001),
        "info",
        "using sans: %v",
        "using sans: [10.0.0.10 ctrl-1 ctrl-1.k8s.internal 127.0.0.1]",
        [],
    )
    t = K(
        ctrl, t + sec(0.001), "info", "Using storage backend %s", "Using storage backend etcd", []
    )
    newpid = 48230
    for c in comps:
        t = K(
            ctrl,
            t + sec(r.uniform(0.2, 3.5)),
            "info",
            "Starting to supervise",
            "Starting to supervise",
            [("component", c)],
        )
        newpid += r.randint(11, 60)
        t = K(
            ctrl,
            t + sec(0.01),
            "info",
            "Started successfully, go nuts pid %d",
            f"Started successfully, go nuts pid {newpid}",
            [("component", c)],
        )
        cpid[c] = newpid

    # --- workers: kubelet's probes, a crash loop, the API server away, a bad flag
    def probe(f: str, t: datetime, pod: str, uid: str, ptype: str, cname: str, out: str) -> None:
        kl(
            f,
            t,
            "kubelet",
            "I",
            "prober.go:107",
            '"Probe failed"',
            f'"Probe failed" probeType="{ptype}" pod="{pod}" podUID="{uid}" containerName="{cname}" probeResult="failure" output={go_quote(out)}',
        )

    os_uid = uuid4(r)
    t = at(6, 40, 3.3)
    while t < at(9, 0):
        fails = at(7, 10) <= t < at(8, 20) or r.random() < 0.45
        if fails:
            probe(
                w1,
                t + sec(r.uniform(0, 0.05)),
                "search/opensearch-0",
                os_uid,
                "Readiness",
                "opensearch",
                "HTTP probe failed with statuscode: 503",
            )
        t += sec(10)
    cart_uid = uuid4(r)
    for t in poisson(r, T0, T_END, 800):
        probe(
            w1,
            t,
            "shop/cart-5b7d9f8c6-tq8zn",
            cart_uid,
            "Liveness",
            "cart",
            'Get "http://10.244.1.19:8080/livez": dial tcp 10.244.1.19:8080: connect: connection refused',
        )
    led_uid = uuid4(r)
    t = at(10, 50, 7.9)
    while t < at(11, 50):
        probe(
            w2,
            t + sec(r.uniform(0, 0.02)),
            "payments/ledger-0",
            led_uid,
            "Readiness",
            "ledger",
            'Get "http://10.244.2.31:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        )
        t += sec(10)

    # the api Deployment crash-looping on worker-1 (a ConfigMap without DATABASE_URL)
    api_pod, api_uid = "api-6b7c9d8f5-qt2lx", uuid4(r)
    t = at(8, 10, 4.2)
    backoff = 10
    while t < at(8, 50):
        cid = hexid(r, 64)
        x = ctd(w1, t, "StartContainer for %q", f'StartContainer for "{cid}"')
        ctd(
            w1,
            x + sec(r.uniform(0.08, 0.2)),
            "StartContainer for %q returns successfully",
            f'StartContainer for "{cid}" returns successfully',
        )
        x = ctd(
            w1,
            x + sec(r.uniform(2.5, 4.5)),
            "shim disconnected",
            "shim disconnected",
            [("id", cid), ("namespace", "k8s.io")],
        )
        bo = f"{backoff // 60}m{backoff % 60}s" if backoff >= 60 else f"{backoff}s"
        nxt = x + sec(backoff + r.uniform(1, 4))
        y = x + sec(r.uniform(0.5, 1.5))
        while y < min(nxt, at(8, 50)):
            kl(
                w1,
                y,
                "kubelet",
                "E",
                "pod_workers.go:1298",
                '"Error syncing pod, skipping"',
                f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"api\\" with CrashLoopBackOff: \\"back-off {bo} restarting failed container=api pod={api_pod}_shop({api_uid})\\"" pod="shop/{api_pod}" podUID="{api_uid}"',
            )
            y += sec(r.uniform(9, 16))
        t = nxt
        backoff = min(backoff * 2, 300)

    # the nightly report CronJob's pod on worker-2: its image tag was never pushed
    rep_pod, rep_uid = "nightly-report-28629720-7xq2m", uuid4(r)
    img = "registry.internal:5000/reports/nightly:2024.06.1"
    t = T0 + sec(r.uniform(5, 9))
    while t < at(7, 31):
        reason = (
            f'ErrImagePull: \\"failed to pull and unpack image \\\\\\"{img}\\\\\\": failed to resolve reference \\\\\\"{img}\\\\\\": {img}: not found\\"'
            if r.random() < 0.12
            else f'ImagePullBackOff: \\"Back-off pulling image \\\\\\"{img}\\\\\\"\\"'
        )
        kl(
            w2,
            t,
            "kubelet",
            "E",
            "pod_workers.go:1298",
            '"Error syncing pod, skipping"',
            f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"report\\" with {reason}" pod="reports/{rep_pod}" podUID="{rep_uid}"',
        )
        t += sec(r.uniform(11, 24))

    # the API server away while the controller restarts: each kubelet's node status updates
    for f in (w1, w2):
        node = host[f]
        t = at(10, 30, 6) + sec(r.uniform(0, 9))
        while t < at(10, 30, 41):
            for _ in range(5):
                t = kl(
                    f,
                    t + sec(r.uniform(0.001, 0.01)),
                    "kubelet",
                    "E",
                    "kubelet_node_status.go:544",
                    '"Error updating node status, will retry"',
                    f'"Error updating node status, will retry" err="error getting node \\"{node}\\": Get \\"https://10.0.0.10:6443/api/v1/nodes/{node}?timeout=10s\\": dial tcp 10.0.0.10:6443: connect: connection refused"',
                )
            kl(
                f,
                t + sec(0.0001),
                "kubelet",
                "E",
                "kubelet_node_status.go:531",
                '"Unable to update node status"',
                '"Unable to update node status" err="update node status exceeds retry count"',
            )
            t += sec(10)

    # worker-2 back at 09:38:50
    sysd(w2, back, "Started %s.", f"Started {K0S_UNIT}.")
    k0spid[w2] = 907
    t = K(
        w2,
        back + sec(0.6),
        "info",
        "Starting to supervise",
        "Starting to supervise",
        [("component", "containerd")],
    )
    t = K(
        w2,
        t + sec(0.01),
        "info",
        "Started successfully, go nuts pid %d",
        "Started successfully, go nuts pid 951",
        [("component", "containerd")],
    )
    t = K(
        w2,
        t + sec(1.2),
        "info",
        "Starting to supervise",
        "Starting to supervise",
        [("component", "kubelet")],
    )
    K(
        w2,
        t + sec(0.01),
        "info",
        "Started successfully, go nuts pid %d",
        "Started successfully, go nuts pid 1012",
        [("component", "kubelet")],
    )
    kl(
        w2,
        t + sec(3.1),
        "kubelet",
        "I",
        "kubelet_node_status.go:76",
        '"Successfully registered node"',
        '"Successfully registered node" node="worker-2"',
    )
    t = t + sec(6)
    for _ in range(9):
        cid = hexid(r, 64)
        x = ctd(
            w2, t + sec(r.uniform(0.5, 4)), "StartContainer for %q", f'StartContainer for "{cid}"'
        )
        t = ctd(
            w2,
            x + sec(r.uniform(0.05, 0.6)),
            "StartContainer for %q returns successfully",
            f'StartContainer for "{cid}" returns successfully',
        )

    # worker-1's k0s worker reinstalled with a mistyped --kubelet-extra-args at 11:30
    def restart_worker(t: datetime, pid: int, kpid: int, kubelet_pid: int) -> datetime:
        sysd(w1, t, "Stopping %s...", f"Stopping {K0S_UNIT}...")
        t = K(
            w1,
            t + sec(0.1),
            "info",
            "Shutting down pid %d",
            f"Shutting down pid {kubelet_pid}",
            [("component", "kubelet")],
        )
        t = K(
            w1,
            t + sec(0.4),
            "info",
            "Shutting down pid %d",
            f"Shutting down pid {kpid}",
            [("component", "containerd")],
        )
        sysd(w1, t + sec(1.2), "Stopped %s.", f"Stopped {K0S_UNIT}.")
        t = sysd(w1, t + sec(1.3), "Started %s.", f"Started {K0S_UNIT}.")
        k0spid[w1] = pid
        t = K(
            w1,
            t + sec(0.5),
            "info",
            "Starting to supervise",
            "Starting to supervise",
            [("component", "containerd")],
        )
        t = K(
            w1,
            t + sec(0.01),
            "info",
            "Started successfully, go nuts pid %d",
            f"Started successfully, go nuts pid {pid + 17}",
            [("component", "containerd")],
        )
        return K(
            w1,
            t + sec(1.1),
            "info",
            "Starting to supervise",
            "Starting to supervise",
            [("component", "kubelet")],
        )

    t = restart_worker(at(11, 30, 2), 61088, 931, 1532)
    kp = 61140
    while t < at(11, 34, 12):
        kp += r.randint(3, 9)
        cpid["kubelet-w1"] = kp
        t = K(
            w1,
            t + sec(0.01),
            "info",
            "Started successfully, go nuts pid %d",
            f"Started successfully, go nuts pid {kp}",
            [("component", "kubelet")],
        )
        t = kl(
            w1,
            t + sec(0.02),
            "kubelet",
            "E",
            "run.go:74",
            '"command failed"',
            '"command failed" err="failed to parse kubelet flag: unknown flag: --max-pod"',
        )
        t = K(
            w1,
            t + sec(0.05),
            "warning",
            "Failed to wait for process",
            "Failed to wait for process",
            [("component", "kubelet"), ("error", "exit status 1")],
        )
        t = K(
            w1,
            t + sec(0.001),
            "info",
            "respawning in %s",
            "respawning in 5s",
            [("component", "kubelet")],
        )
        t += sec(5)
    t = restart_worker(at(11, 34, 40), 62407, 61105, kp)
    K(
        w1,
        t + sec(0.01),
        "info",
        "Started successfully, go nuts pid %d",
        "Started successfully, go nuts pid 62466",
        [("component", "kubelet")],
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ rke2

RKE2_SERVERS = {"server-1": "10.20.0.11", "server-2": "10.20.0.12", "server-3": "10.20.0.13"}
RKE2_SNAPDIR = "/var/lib/rancher/rke2/server/db/snapshots"
RKE2_KUBELET_ARGS = (
    "--address=0.0.0.0 --alsologtostderr=false --anonymous-auth=false --authentication-token-webhook=true "
    "--authorization-mode=Webhook --cgroup-driver=systemd --client-ca-file=/var/lib/rancher/rke2/agent/client-ca.crt "
    "--cloud-provider=external --cluster-dns=10.43.0.10 --cluster-domain=cluster.local "
    "--container-runtime-endpoint=unix:///run/k3s/containerd/containerd.sock --containerd=/run/k3s/containerd/containerd.sock "
    "--eviction-hard=imagefs.available<5%,nodefs.available<5% --eviction-minimum-reclaim=imagefs.available=10%,nodefs.available=10% "
    "--fail-swap-on=false --feature-gates=CloudDualStackNodeIPs=true --healthz-bind-address=127.0.0.1 --hostname-override={host} "
    "--kubeconfig=/var/lib/rancher/rke2/agent/kubelet.kubeconfig --log-file=/var/lib/rancher/rke2/agent/logs/kubelet.log "
    "--log-file-max-size=50 --logtostderr=false --node-ip={ip} --node-labels= --pod-infra-container-image=index.docker.io/rancher/mirrored-pause:3.6 "
    "--pod-manifest-path=/var/lib/rancher/rke2/agent/pod-manifests --read-only-port=0 --resolv-conf=/etc/resolv.conf "
    "--serialize-image-pulls=false --stderrthreshold=FATAL --tls-cert-file=/var/lib/rancher/rke2/agent/serving-kubelet.crt "
    "--tls-private-key-file=/var/lib/rancher/rke2/agent/serving-kubelet.key"
)


def rke2(r: random.Random) -> list[Log]:
    """RKE2 1.29 under systemd, `journalctl -u rke2-server` of three servers and `-u rke2-agent`
    of one agent: etcd snapshots every two hours with retention, a decommissioned agent with the
    old CA knocking on server-1's supervisor port all morning, server-1's VM reset 07:20-07:28
    (every other node's tunnel retrying), server-2 upgraded at 09:00 (systemd's left-over
    processes, the static pods re-synced), a probe speaking plain HTTP to port 9345 09:40-10:35,
    agent-1 upgraded at 11:00."""
    fs = Files()
    files = {h: f"rke2-{h}.log" for h in [*RKE2_SERVERS, "agent-1"]}
    ips = {**RKE2_SERVERS, "agent-1": "10.20.0.21"}
    down, up = at(7, 20, 10), at(7, 27, 41)
    pids = {
        "server-1": [(up, 1438), (T0, 1432)],
        "server-2": [(at(9, 0, 14), 61287), (T0, 1457)],
        "server-3": [(T0, 1449)],
        "agent-1": [(at(11, 0, 31), 70412), (T0, 1218)],
    }

    def pid(h: str, t: datetime) -> int:
        return next(p for s, p in pids[h] if t >= s)

    unit = {h: "rke2-server.service" for h in RKE2_SERVERS} | {"agent-1": "rke2-agent.service"}
    desc = {h: "Rancher Kubernetes Engine v2 (server)" for h in RKE2_SERVERS} | {
        "agent-1": "Rancher Kubernetes Engine v2 (agent)"
    }
    S1 = 1_000_000
    VER = "v1.29.5+rke2r1 (3f6e1bd2c0a1a9ab59e4a8a8d8d4f0c2d2f8b0a4)"

    def L(
        h: str, t: datetime, level: str, label: str, msg: str, fields: list[tuple[str, object]] = ()
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{jts(x)} {h} rke2[{pid(h, x)}]: "
                + logrus(f"{x:%Y-%m-%dT%H:%M:%S}Z", level, msg, list(fields))
            ]

        return fs.add(files[h], t, label, text, (h, "rke2"), S1)

    def sysd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            files[h], t, label, lambda x: [f"{jts(x)} {h} systemd[1]: {msg}"], (h, "systemd"), S1
        )

    def http_err(h: str, t: datetime, label: str, err: str) -> datetime:
        def text(x: datetime) -> list[str]:
            msg = f"Cluster-Http-Server {x:%Y/%m/%d %H:%M:%S} {err}"
            return [
                f"{jts(x)} {h} rke2[{pid(h, x)}]: "
                + logrus(f"{x:%Y-%m-%dT%H:%M:%S}Z", "info", msg, [])
            ]

        return fs.add(files[h], t, label, text, (h, "rke2"), S1)

    def wss(ip: str) -> str:
        return f"wss://{ip}:9345/v1-rke2/connect"

    # --- etcd snapshots every two hours on each server, five kept
    for h in RKE2_SERVERS:
        for hh in (6, 8, 10):
            t = at(hh, 0, r.uniform(0.01, 0.4))
            stamp = int(at(hh, 0).timestamp())
            t = L(
                h,
                t,
                "info",
                "Saving etcd snapshot to %s",
                f"Saving etcd snapshot to {RKE2_SNAPDIR}/etcd-snapshot-{h}-{stamp}",
            )
            t = L(
                h,
                t + sec(r.uniform(1.2, 3.8)),
                "info",
                "Applying snapshot retention=%d to local snapshots with prefix %s in %s",
                f"Applying snapshot retention=5 to local snapshots with prefix etcd-snapshot in {RKE2_SNAPDIR}",
            )
            L(
                h,
                t + sec(0.004),
                "info",
                "Removing local snapshot %s",
                f"Removing local snapshot {RKE2_SNAPDIR}/etcd-snapshot-{h}-{stamp - 5 * 7200}",
            )

    # --- agent-old-7, decommissioned but left running, its CA from before the rotation
    for t in poisson(r, T0, at(10, 41, 12), 45):
        if down <= t < up + sec(60):
            continue
        port = r.randint(32768, 60999)
        http_err(
            "server-1",
            t,
            "http: TLS handshake error from %s: remote error: tls: bad certificate",
            f"http: TLS handshake error from 10.20.0.37:{port}: remote error: tls: bad certificate",
        )

    # --- a HelmChartConfig for ingress-nginx dropped into server-1's manifests with a YAML
    # error at 08:20, "fixed" at 08:52 with another, right at 09:25; the deploy controller
    # rescans the directory every 15 seconds
    mf = "/var/lib/rancher/rke2/server/manifests/rke2-ingress-nginx-config.yaml"
    t = at(8, 20, 7.4)
    while t < at(9, 25, 3):
        if t < at(8, 52, 30):
            L(
                "server-1",
                t,
                "error",
                "Failed to process config: failed to process %s: yaml: line %d: did not find expected key",
                f"Failed to process config: failed to process {mf}: yaml: line 14: did not find expected key",
            )
        else:
            L(
                "server-1",
                t,
                "error",
                "Failed to process config: failed to process %s: error converting YAML to JSON: yaml: line %d: mapping values are not allowed in this context",
                f"Failed to process config: failed to process {mf}: error converting YAML to JSON: yaml: line 9: mapping values are not allowed in this context",
            )
        t += sec(15 + r.uniform(0.0, 0.02))

    # --- tunnels: every node keeps one to each server's supervisor port
    def tunnel_down(
        h: str,
        ip: str,
        t0: datetime,
        t1: datetime,
        err: str,
        first: str,
        cycle: tuple[float, float],
    ) -> None:
        t = L(
            h,
            t0 + sec(r.uniform(0.01, 0.6)),
            "error",
            "Remotedialer proxy error; reconnecting...",
            "Remotedialer proxy error; reconnecting...",
            [("error", first), ("url", wss(ip))],
        )
        t += sec(5)
        while t < t1:
            t = L(h, t, "info", "Connecting to proxy", "Connecting to proxy", [("url", wss(ip))])
            t = L(
                h,
                t + sec(r.uniform(*cycle)),
                "error",
                "Failed to connect to proxy. Empty dialer response",
                "Failed to connect to proxy. Empty dialer response",
                [("error", err)],
            )
            t = L(
                h,
                t + sec(0.0003),
                "error",
                "Remotedialer proxy error; reconnecting...",
                "Remotedialer proxy error; reconnecting...",
                [("error", err), ("url", wss(ip))],
            )
            t += sec(5)
        t = L(h, t, "info", "Connecting to proxy", "Connecting to proxy", [("url", wss(ip))])
        L(
            h,
            t + sec(r.uniform(0.02, 0.3)),
            "info",
            "Remotedialer connected to proxy",
            "Remotedialer connected to proxy",
            [("url", wss(ip))],
        )

    def start_server(h: str, t: datetime, upgrade: bool) -> datetime:
        t = sysd(h, t, "Starting %s...", f"Starting {desc[h]}...")
        if upgrade:
            for p, name in leftovers[h]:
                t = sysd(
                    h,
                    t + sec(0.001),
                    "%s: Found left-over process %d (%s) in control group while starting unit. Ignoring.",
                    f"{unit[h]}: Found left-over process {p} ({name}) in control group while starting unit. Ignoring.",
                )
                t = sysd(
                    h,
                    t + sec(0.0001),
                    "This usually indicates unclean termination of a previous run, or service implementation deficiencies.",
                    "This usually indicates unclean termination of a previous run, or service implementation deficiencies.",
                )
        t = L(h, t + sec(r.uniform(0.3, 0.9)), "info", "Starting rke2 %s", f"Starting rke2 {VER}")
        t = L(
            h,
            t + sec(r.uniform(0.5, 1.5)),
            "info",
            "Managed etcd cluster bootstrap already complete and initialized",
            "Managed etcd cluster bootstrap already complete and initialized",
        )
        t = L(
            h,
            t + sec(r.uniform(0.5, 1.5)),
            "info",
            "Running kubelet %s",
            "Running kubelet " + RKE2_KUBELET_ARGS.format(host=h, ip=ips[h]),
        )
        for _ in range(r.randint(5, 8)):
            t = L(
                h,
                t + sec(5),
                "info",
                "Pod for etcd not synced (pod sandbox has changed), retrying",
                "Pod for etcd not synced (pod sandbox has changed), retrying",
            )
        t = L(
            h,
            t + sec(r.uniform(1, 4)),
            "info",
            "ETCD server is now running",
            "ETCD server is now running",
        )
        for i in range(r.randint(4, 7)):
            if i % 2 == 0:
                t = L(
                    h,
                    t + sec(r.uniform(0.5, 5)),
                    "info",
                    "Waiting for API server to become available",
                    "Waiting for API server to become available",
                )
            t = L(
                h,
                t + sec(5),
                "info",
                "Pod for kube-apiserver not synced (waiting for termination of old pod sandbox), retrying",
                "Pod for kube-apiserver not synced (waiting for termination of old pod sandbox), retrying",
            )
        t = L(
            h, t + sec(r.uniform(2, 6)), "info", "rke2 is up and running", "rke2 is up and running"
        )
        return sysd(h, t + sec(0.002), "Started %s.", f"Started {desc[h]}.")

    leftovers: dict[str, list[tuple[int, str]]] = {}

    # server-1's VM reset by its hypervisor at 07:20:10; back at 07:27:40
    t = start_server("server-1", up, upgrade=False)
    for h in ("server-2", "server-3", "agent-1"):
        tunnel_down(
            h,
            "10.20.0.11",
            down,
            up + sec(r.uniform(45, 70)),
            "dial tcp 10.20.0.11:9345: connect: no route to host",
            "websocket: close 1006 (abnormal closure): unexpected EOF",
            (3.0, 3.1),
        )
    for h in ("server-2", "server-3", "agent-1"):
        L(
            "server-1",
            t + sec(r.uniform(0.5, 9)),
            "info",
            "Handling backend connection request [%s]",
            f"Handling backend connection request [{h}]",
        )

    # server-2 upgraded to 1.29.5 at 09:00:14
    h = "server-2"
    t = sysd(h, at(9, 0, 14), "Stopping %s...", f"Stopping {desc[h]}...")
    procs = [(r.randint(2100, 9800), "containerd-shim") for _ in range(11)] + [
        (1521, "containerd"),
        (1602, "kubelet"),
    ]
    procs.sort()
    leftovers[h] = procs
    for p, name in procs:
        t = sysd(
            h,
            t + sec(0.0002),
            "%s: Unit process %d (%s) remains running after unit stopped.",
            f"{unit[h]}: Unit process {p} ({name}) remains running after unit stopped.",
        )
    t = sysd(h, t + sec(0.001), "Stopped %s.", f"Stopped {desc[h]}.")
    t = start_server(h, t + sec(0.05), upgrade=True)
    for o in ("server-1", "server-3", "agent-1"):
        tunnel_down(
            o,
            "10.20.0.12",
            at(9, 0, 14),
            t + sec(r.uniform(2, 9)),
            "dial tcp 10.20.0.12:9345: connect: connection refused",
            "websocket: close 1006 (abnormal closure): unexpected EOF",
            (0.0005, 0.002),
        )
        L(
            h,
            t + sec(r.uniform(3, 12)),
            "info",
            "Handling backend connection request [%s]",
            f"Handling backend connection request [{o}]",
        )

    # a blackbox probe pointed at http://...:9345 by mistake, 09:40-10:35
    for hs in RKE2_SERVERS:
        t = at(9, 40, r.uniform(0, 15))
        while t < at(10, 35, 20):
            http_err(
                hs,
                t + sec(r.uniform(0, 0.2)),
                "http: TLS handshake error from %s: tls: first record does not look like a TLS handshake",
                f"http: TLS handshake error from 10.20.5.30:{r.randint(32768, 60999)}: tls: first record does not look like a TLS handshake",
            )
            t += sec(15)

    # agent-1 upgraded at 11:00:31
    h = "agent-1"
    t = sysd(h, at(11, 0, 31), "Stopping %s...", f"Stopping {desc[h]}...")
    procs = sorted(
        [(r.randint(2100, 9800), "containerd-shim") for _ in range(8)]
        + [(1290, "containerd"), (1355, "kubelet")]
    )
    for p, name in procs:
        t = sysd(
            h,
            t + sec(0.0002),
            "%s: Unit process %d (%s) remains running after unit stopped.",
            f"{unit[h]}: Unit process {p} ({name}) remains running after unit stopped.",
        )
    t = sysd(h, t + sec(0.001), "Stopped %s.", f"Stopped {desc[h]}.")
    t = sysd(h, t + sec(0.05), "Starting %s...", f"Starting {desc[h]}...")
    for p, name in procs:
        t = sysd(
            h,
            t + sec(0.001),
            "%s: Found left-over process %d (%s) in control group while starting unit. Ignoring.",
            f"{unit[h]}: Found left-over process {p} ({name}) in control group while starting unit. Ignoring.",
        )
        t = sysd(
            h,
            t + sec(0.0001),
            "This usually indicates unclean termination of a previous run, or service implementation deficiencies.",
            "This usually indicates unclean termination of a previous run, or service implementation deficiencies.",
        )
    t = L(h, t + sec(0.4), "info", "Starting rke2 agent %s", f"Starting rke2 agent {VER}")
    t = L(
        h,
        t + sec(0.02),
        "info",
        "Running load balancer %s %s -> %v [default: %s]",
        "Running load balancer rke2-agent-load-balancer 127.0.0.1:6444 -> [10.20.0.11:9345 10.20.0.12:9345 10.20.0.13:9345] [default: 10.20.0.11:9345]",
    )
    t = L(
        h,
        t + sec(0.002),
        "info",
        "Running load balancer %s %s -> %v [default: %s]",
        "Running load balancer rke2-api-server-agent-load-balancer 127.0.0.1:6443 -> [10.20.0.11:6443 10.20.0.12:6443 10.20.0.13:6443] [default: 10.20.0.11:6443]",
    )
    t = L(
        h,
        t + sec(r.uniform(1, 3)),
        "info",
        "Containerd is now running",
        "Containerd is now running",
    )
    t = L(
        h,
        t + sec(0.3),
        "info",
        "Running kubelet %s",
        "Running kubelet " + RKE2_KUBELET_ARGS.format(host=h, ip=ips[h]),
    )
    for s_, ip in RKE2_SERVERS.items():
        x = L(
            h,
            t + sec(r.uniform(0.5, 2)),
            "info",
            "Connecting to proxy",
            "Connecting to proxy",
            [("url", wss(ip))],
        )
        L(
            h,
            x + sec(r.uniform(0.02, 0.2)),
            "info",
            "Remotedialer connected to proxy",
            "Remotedialer connected to proxy",
            [("url", wss(ip))],
        )
        L(
            s_,
            x + sec(r.uniform(0.01, 0.1)),
            "info",
            "Handling backend connection request [%s]",
            f"Handling backend connection request [{h}]",
        )
    sysd(h, t + sec(4), "Started %s.", f"Started {desc[h]}.")
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- talos

TALOS_NODES = {
    "cp-1": "10.5.0.2",
    "cp-2": "10.5.0.3",
    "cp-3": "10.5.0.4",
    "worker-1": "10.5.0.5",
    "worker-2": "10.5.0.6",
}
TALOS_NTP = ["162.159.200.1", "162.159.200.123", "162.159.200.1"]
TALOS_UPGRADE = [
    ("cordonAndDrain", ["cordonAndDrainNode"]),
    ("cleanup", ["removeAllPods"]),
    ("dbus", ["stopDBus"]),
    ("stopServices", ["stopServicesEphemeral"]),
    ("unmountUser", ["unmountUserDisks"]),
    ("unmountEphemeral", ["unmountEphemeralPartition"]),
    ("unmountSystem", ["unmountSystemDisks"]),
    ("verifyDisk", ["verifyDiskAvailability"]),
    ("upgrade", ["upgrade"]),
    ("stopEverything", ["stopAllServices"]),
    ("mountBoot", ["mountBootPartition"]),
    ("reboot", ["reboot"]),
]
TALOS_BOOT = [
    ("env", ["setUserEnvVars"]),
    ("containerd", ["startContainerd"]),
    ("dbus", ["startDBus"]),
    ("sharedFilesystems", ["setupSharedFilesystems"]),
    ("var", ["setupVarDirectory"]),
    ("userDisks", ["mountUserDisks"]),
    ("userSetup", ["writeUserFiles"]),
    ("lvm", ["activateLogicalVolumes"]),
    ("startEverything", ["startAllServices"]),
    ("labelControlPlane", ["labelNodeAsControlPlane"]),
]


def talos(r: random.Random) -> list[Log]:
    """Talos 1.7's machined on three control-plane nodes and two workers (`talosctl -n NODE logs
    machined` of each): Go's logger with `[talos] ` before the date, controller-runtime's
    messages through zap with their fields as JSON after the message. NTP adjustments all
    morning, the site's resolver broken 07:10-07:45 (time sync and discovery service lookups
    failing), cp-2 upgraded to 1.7.5 at 08:30 (the shared IP moving to cp-1, the upgrade and boot
    sequences, services stopping and starting), a kubelet extraArgs patch with a bad value
    crash-looping both workers' kubelets 10:05-10:40, cp-3's kubelet serving certificate left
    unapproved from 10:40."""
    fs = Files()
    files = {n: f"machined-{n}.log" for n in TALOS_NODES}
    S1 = 1_000_000

    def fields(d: list[tuple[str, object]]) -> str:
        # zap's console encoder: the context as JSON with a blank after each separator
        return (
            "{"
            + ", ".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in d)
            + "}"
        )

    def T(
        n: str, t: datetime, label: str, msg: str, ctx: list[tuple[str, object]] | None = None
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"[talos] {x:%Y/%m/%d %H:%M:%S} {msg}" + (f" {fields(ctx)}" if ctx else "")]

        return fs.add(files[n], t, label, text, n, S1)

    def C(
        n: str,
        t: datetime,
        label: str,
        controller: str,
        more: list[tuple[str, object]] = (),
        msg: str = "",
    ) -> datetime:
        return T(
            n,
            t,
            label,
            msg or label,
            [("component", "controller-runtime"), ("controller", controller), *more],
        )

    def svc(n: str, t: datetime, sid: str, state: str, label: str, msg: str) -> datetime:
        return T(n, t, "service[%s](%s): " + label, f"service[{sid}]({state}): {msg}")

    # --- NTP: time.SyncController's adjustments at its poll interval
    for n in TALOS_NODES:
        t = T0 + sec(r.uniform(0, 900))
        while t < T_END:
            if not (at(7, 10) <= t < at(7, 46)) and not (
                n == "cp-2" and at(8, 30) <= t < at(8, 34)
            ):
                off = go_dur_ns(int(r.uniform(-3.5e6, 3.5e6)))
                C(
                    n,
                    t,
                    "adjusting time (slew) by %s via %s, state %s, status %s",
                    "time.SyncController",
                    msg=f"adjusting time (slew) by {off} via {r.choice(TALOS_NTP)}, state TIME_OK, status STA_PLL | STA_NANO",
                )
            t += sec(r.uniform(1024, 2048))

    # --- the site's resolver broken 07:10-07:45
    for n, ip in TALOS_NODES.items():
        t = at(7, 10, r.uniform(5, 60))
        while t < at(7, 45):
            C(
                n,
                t,
                "failed looking up %q, ignored",
                "time.SyncController",
                [
                    (
                        "error",
                        f"lookup time.cloudflare.com on 10.5.0.1:53: read udp {ip}:{r.randint(32768, 60999)}->10.5.0.1:53: i/o timeout",
                    )
                ],
                msg='failed looking up "time.cloudflare.com", ignored',
            )
            t += sec(r.uniform(35, 70))
        t = at(7, 10, r.uniform(20, 90))
        while t < at(7, 45, 30):
            C(
                n,
                t,
                "controller failed",
                "cluster.DiscoveryServiceController",
                [
                    (
                        "error",
                        f"error during discovery service connection: rpc error: code = Unavailable desc = name resolver error: produced zero addresses: lookup discovery.talos.dev on 10.5.0.1:53: read udp {ip}:{r.randint(32768, 60999)}->10.5.0.1:53: i/o timeout",
                    )
                ],
            )
            t += sec(r.uniform(60, 130))

    # --- cp-2 upgraded to v1.7.5 at 08:30:11; it held the shared IP
    n = "cp-2"
    t = T(
        n,
        at(8, 30, 11),
        "upgrade request received: staged %v, force %v, reboot mode %v",
        "upgrade request received: staged false, force false, reboot mode DEFAULT",
    )
    t = T(
        n,
        t + sec(0.01),
        "%s sequence: %d phase(s)",
        f"upgrade sequence: {len(TALOS_UPGRADE)} phase(s)",
    )

    def phases(n: str, t: datetime, seq: list[tuple[str, list[str]]], body) -> datetime:
        start = t
        for i, (ph, tasks) in enumerate(seq, 1):
            p0 = t
            t = T(
                n,
                t + sec(0.001),
                "phase %s (%d/%d): %d tasks(s)",
                f"phase {ph} ({i}/{len(seq)}): {len(tasks)} tasks(s)",
            )
            for j, task in enumerate(tasks, 1):
                pre = f"task {task} ({j}/{len(tasks)}): "
                t0 = t
                t = T(n, t + sec(0.001), "starting", pre + "starting")
                t = body(n, task, pre, t)
                if task == "reboot":
                    return t
                t = T(
                    n, t + sec(r.uniform(0.01, 0.8)), "done, %s", pre + f"done, {go_secs(t - t0)}"
                )
            t = T(
                n,
                t + sec(0.001),
                "phase %s (%d/%d): done, %s",
                f"phase {ph} ({i}/{len(seq)}): done, {go_secs(t - p0)}",
            )
        return T(
            n,
            t + sec(0.001),
            "%s sequence: done: %s",
            f"{'boot' if seq is TALOS_BOOT else 'upgrade'} sequence: done: {go_secs(t - start)}",
        )

    def go_secs(d) -> str:
        s = d.total_seconds()
        if s < 60:
            return f"{s:.9f}".rstrip("0").rstrip(".") + "s"
        m, rest = divmod(s, 60)
        return f"{int(m)}m{rest:.9f}".rstrip("0").rstrip(".") + "s"

    cp_services = [
        ("kubelet", "container"),
        ("etcd", "container"),
        ("apid", "container"),
        ("trustd", "container"),
        ("cri", "process"),
        ("udevd", "process"),
    ]
    spids = {sid: r.randint(1800, 4200) for sid, _ in cp_services}

    def upgrade_body(n: str, task: str, pre: str, t: datetime) -> datetime:
        if task == "cordonAndDrainNode":
            t += sec(r.uniform(20, 40))
        elif task == "stopServicesEphemeral":
            for sid, _kind in cp_services[:2]:
                t = svc(
                    n,
                    t + sec(0.05),
                    sid,
                    "Stopping",
                    "Sending SIGTERM to task %s (PID %d, container %s)",
                    f"Sending SIGTERM to task {sid} (PID {spids[sid]}, container {sid})",
                )
                t = svc(
                    n,
                    t + sec(r.uniform(0.5, 3)),
                    sid,
                    "Finished",
                    "Service finished successfully",
                    "Service finished successfully",
                )
        elif task == "stopAllServices":
            for sid, kind in cp_services[2:]:
                if kind == "container":
                    t = svc(
                        n,
                        t + sec(0.05),
                        sid,
                        "Stopping",
                        "Sending SIGTERM to task %s (PID %d, container %s)",
                        f"Sending SIGTERM to task {sid} (PID {spids[sid]}, container {sid})",
                    )
                else:
                    args = (
                        "[/sbin/udevd --resolve-names=never]"
                        if sid == "udevd"
                        else "[/bin/containerd --address /run/containerd/containerd.sock --config /etc/cri/containerd.toml]"
                    )
                    t = svc(
                        n,
                        t + sec(0.05),
                        sid,
                        "Stopping",
                        "Sending SIGTERM to %s",
                        f"Sending SIGTERM to Process({args})",
                    )
                t = svc(
                    n,
                    t + sec(r.uniform(0.2, 1.5)),
                    sid,
                    "Finished",
                    "Service finished successfully",
                    "Service finished successfully",
                )
        elif task == "upgrade":
            t += sec(r.uniform(25, 45))
        else:
            t += sec(r.uniform(0.05, 2))
        return t

    x = C(
        n,
        t + sec(0.2),
        "removing shared IP",
        "network.OperatorSpecController",
        [("operator", "vip"), ("link", "eth0"), ("ip", "10.5.0.10")],
    )
    C(
        n,
        x + sec(0.01),
        "removed address",
        "network.AddressSpecController",
        [("address", "10.5.0.10/32"), ("link", "eth0")],
    )
    x = C(
        "cp-1",
        x + sec(r.uniform(1.5, 3)),
        "enabled shared IP",
        "network.OperatorSpecController",
        [("operator", "vip"), ("link", "eth0"), ("ip", "10.5.0.10")],
    )
    C(
        "cp-1",
        x + sec(0.01),
        "assigned address",
        "network.AddressSpecController",
        [("address", "10.5.0.10/32"), ("link", "eth0")],
    )
    t = phases(n, t + sec(0.3), TALOS_UPGRADE, upgrade_body)

    # the boot after the reboot
    t += sec(r.uniform(70, 95))
    spids = {sid: r.randint(900, 2600) for sid, _ in cp_services}
    t = T(n, t, "%s sequence: %d phase(s)", f"boot sequence: {len(TALOS_BOOT)} phase(s)")

    def boot_body(n: str, task: str, pre: str, t: datetime) -> datetime:
        if task == "startAllServices":
            t = T(
                n,
                t + sec(0.01),
                "waiting for %d services",
                pre + f"waiting for {len(cp_services)} services",
            )
            for sid, kind in cp_services:
                t = svc(
                    n, t + sec(0.01), sid, "Preparing", "Running pre state", "Running pre state"
                )
                t = svc(
                    n,
                    t + sec(0.01),
                    sid,
                    "Preparing",
                    "Creating service runner",
                    "Creating service runner",
                )
                if kind == "container":
                    if sid in ("etcd", "kubelet"):
                        t = svc(
                            n,
                            t + sec(0.01),
                            sid,
                            "Waiting",
                            "Waiting for %s",
                            'Waiting for service "cri" to be "up", time sync, network',
                        )
                    t = svc(
                        n,
                        t + sec(r.uniform(0.3, 3)),
                        sid,
                        "Running",
                        "Started task %s (PID %d) for container %s",
                        f"Started task {sid} (PID {spids[sid]}) for container {sid}",
                    )
                else:
                    args = (
                        "[/sbin/udevd --resolve-names=never]"
                        if sid == "udevd"
                        else "[/bin/containerd --address /run/containerd/containerd.sock --config /etc/cri/containerd.toml]"
                    )
                    t = svc(
                        n,
                        t + sec(r.uniform(0.1, 0.5)),
                        sid,
                        "Running",
                        "Process %s started with PID %d",
                        f"Process Process({args}) started with PID {spids[sid]}",
                    )
            for sid, _ in cp_services:
                t = svc(
                    n,
                    t + sec(r.uniform(0.5, 6)),
                    sid,
                    "Running",
                    "Health check successful",
                    "Health check successful",
                )
        else:
            t += sec(r.uniform(0.05, 1.5))
        return t

    t = phases(n, t, TALOS_BOOT, boot_body)
    for sp in ("kube-apiserver", "kube-controller-manager", "kube-scheduler"):
        t = C(
            n,
            t + sec(r.uniform(0.1, 1)),
            "rendered new static pod",
            "k8s.StaticPodServerController",
            [("id", sp)],
        )
    for _ in range(r.randint(6, 9)):
        t = C(
            n,
            t + sec(r.uniform(5, 20)),
            "controller failed",
            "k8s.KubeletStaticPodController",
            [
                (
                    "error",
                    'error refreshing pod status: error fetching pod status: Get "https://127.0.0.1:10250/pods/?timeout=30s": remote error: tls: internal error',
                )
            ],
        )

    # --- 10:05: a kubelet extraArgs patch on both workers ("rotate-server-certificates: ture")
    for n in ("worker-1", "worker-2"):
        kp = r.randint(2300, 3100)
        t = svc(
            n,
            at(10, 5, r.uniform(2, 8)),
            "kubelet",
            "Stopping",
            "Sending SIGTERM to task %s (PID %d, container %s)",
            f"Sending SIGTERM to task kubelet (PID {kp}, container kubelet)",
        )
        t = svc(
            n,
            t + sec(r.uniform(0.3, 1.2)),
            "kubelet",
            "Finished",
            "Service finished successfully",
            "Service finished successfully",
        )
        t = svc(n, t + sec(0.01), "kubelet", "Preparing", "Running pre state", "Running pre state")
        t = svc(
            n,
            t + sec(0.01),
            "kubelet",
            "Preparing",
            "Creating service runner",
            "Creating service runner",
        )
        kp = r.randint(30000, 31000)
        while t < at(10, 40, 12):
            kp += r.randint(20, 90)
            t = svc(
                n,
                t + sec(r.uniform(0.2, 0.6)),
                "kubelet",
                "Running",
                "Started task %s (PID %d) for container %s",
                f"Started task kubelet (PID {kp}) for container kubelet",
            )
            t = svc(
                n,
                t + sec(r.uniform(0.6, 1.3)),
                "kubelet",
                "Waiting",
                "Error running %s, going to restart forever: task %q failed: exit code %d",
                'Error running Containerd(kubelet), going to restart forever: task "kubelet" failed: exit code 1',
            )
            t += sec(5)
        t = svc(n, t, "kubelet", "Preparing", "Running pre state", "Running pre state")
        t = svc(
            n,
            t + sec(0.01),
            "kubelet",
            "Preparing",
            "Creating service runner",
            "Creating service runner",
        )
        t = svc(
            n,
            t + sec(r.uniform(0.2, 0.6)),
            "kubelet",
            "Running",
            "Started task %s (PID %d) for container %s",
            f"Started task kubelet (PID {kp + 77}) for container kubelet",
        )
        svc(
            n,
            t + sec(r.uniform(3, 8)),
            "kubelet",
            "Running",
            "Health check successful",
            "Health check successful",
        )

    # --- cp-3's kubelet serving certificate rotated at 10:40, its CSR never approved
    t = at(10, 41, 3.3)
    while t < T_END:
        C(
            "cp-3",
            t,
            "controller failed",
            "k8s.KubeletStaticPodController",
            [
                (
                    "error",
                    'error refreshing pod status: error fetching pod status: Get "https://127.0.0.1:10250/pods/?timeout=30s": remote error: tls: internal error',
                )
            ],
        )
        t += sec(r.uniform(25, 35))
    return fs.logs(T0)


# ---------------------------------------------------------------------------- sealed-secrets

SS_NAMESPACES = [
    "shop",
    "payments",
    "billing",
    "identity",
    "search",
    "monitoring",
    "data",
    "kube-system",
    "ingress-nginx",
    "argocd",
]
SS_NAMES = [
    "db-credentials",
    "redis-auth",
    "api-keys",
    "oauth-client",
    "smtp-relay",
    "s3-backup",
    "registry-pull",
    "tls-origin",
    "jwt-signing",
    "sentry-dsn",
    "slack-webhook",
    "ldap-bind",
    "kafka-sasl",
    "stripe-keys",
]
SS_PREVIEW = [
    "app-secrets",
    "db-credentials",
    "stripe-test-keys",
    "oauth-client",
    "smtp-relay",
    "registry-pull",
]
SS_KEYS = [
    "sealed-secrets-key5rxd9",
    "sealed-secrets-keyh8n2m",
    "sealed-secrets-keyq4tzw",
    "sealed-secrets-keyb7kcl",
    "sealed-secrets-keyx2vfp",
    "sealed-secrets-keyn9d6s",
]


def sealed_secrets(r: random.Random) -> list[Log]:
    """The Sealed Secrets controller 0.24 (`kubectl logs` of each of its pods in turn): Go's
    standard logger (`2024/06/07 06:00:01 Updating shop/db-credentials`), the event broadcaster's
    `Event(v1.ObjectReference{...}): type: ... reason: ...` lines through the same logger, and
    client-go's klog lines. Pull-request preview namespaces created and torn down all morning,
    the pod rescheduled by a node drain at 07:31, billing's secrets sealed with the staging
    cluster's certificate at 08:10, an unmanaged Secret in the way 09:15-11:05, the sealing key
    renewed at 09:12, two Argo CD applications fighting over two SealedSecrets 09:20-10:40, the
    chart upgraded at 10:02, the API server away 10:45-10:51, the pod evicted at 11:20."""
    fs = Files()
    pods = [
        (T0, "sealed-secrets-controller-6c9d8b7f5-4xk2p.log"),
        (at(7, 31, 38), "sealed-secrets-controller-6c9d8b7f5-q7m9t.log"),
        (at(10, 2, 16), "sealed-secrets-controller-7d5f9c8b6-h2n8w.log"),
        (at(11, 20, 51), "sealed-secrets-controller-7d5f9c8b6-z5r3k.log"),
    ]
    S1 = 1_000_000

    def pod_at(t: datetime) -> str:
        return next(f for s, f in reversed(pods) if t >= s)

    def G(t: datetime, label: str, lines, f: str = "") -> datetime:
        f = f or pod_at(t)
        if isinstance(lines, str):
            lines = [lines]
        return fs.add(
            f, t, label, lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {lines[0]}", *lines[1:]], f, S1
        )

    def K(t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        f = pod_at(t)
        return fs.add(f, t, label, lambda x: [klog(x, lvl, 1, where, msg)], f, 1)

    uids: dict[str, str] = {}
    rv = [41_822_310]

    def ref(key: str) -> str:
        ns, name = key.split("/")
        rv[0] += r.randint(3, 400)
        return objref(
            "SealedSecret", ns, name, uids.setdefault(key, uuid4(r)), "bitnami.com/v1alpha1", rv[0]
        )

    def ok(t: datetime, key: str) -> datetime:
        t = G(t, "Updating %s", f"Updating {key}")
        return G(
            t + sec(r.uniform(0.01, 0.08)),
            "Event(%#v): type: 'Normal' reason: 'Unsealed' SealedSecret unsealed successfully",
            f"Event({ref(key)}): type: 'Normal' reason: 'Unsealed' SealedSecret unsealed successfully",
        )

    def failing(t: datetime, key: str, kind: str) -> datetime:
        """Five retries and a sixth attempt that gives up, as the work queue rate-limits them."""
        name = key.split("/")[1]
        if kind == "nokey":
            err = f"no key could decrypt secret ({bad_fields[key]})"
            ev = (
                "Event(%#v): type: 'Warning' reason: 'ErrUnsealFailed' Failed to unseal: no key could decrypt secret (%s)",
                f"'Warning' reason: 'ErrUnsealFailed' Failed to unseal: {err}",
            )
            lbl = "no key could decrypt secret (%s)"
        else:
            err = f'Resource "{name}" already exists and is not managed by SealedSecret'
            ev = (
                "Event(%#v): type: 'Warning' reason: 'ErrUpdateFailed' Resource %q already exists and is not managed by SealedSecret",
                f"'Warning' reason: 'ErrUpdateFailed' {err}",
            )
            lbl = "Resource %q already exists and is not managed by SealedSecret"
        delay = 0.005
        for attempt in range(6):
            t = G(t, "Updating %s", f"Updating {key}")
            t = G(t + sec(r.uniform(0.01, 0.05)), ev[0], f"Event({ref(key)}): type: {ev[1]}")
            if attempt < 5:
                t = G(
                    t + sec(0.001),
                    f"Error updating %s, will retry: {lbl}",
                    f"Error updating {key}, will retry: {err}",
                )
                t += sec(delay)
                delay *= 2
            else:
                t = G(
                    t + sec(0.001),
                    f"Error updating %s, giving up: {lbl}",
                    f"Error updating {key}, giving up: {err}",
                )
                t = K(t + sec(0.0001), "E", "controller.go:252", lbl, err)
        return t

    combos = [f"{ns}/{name}" for ns in SS_NAMESPACES for name in SS_NAMES]
    combos = [c for c in combos if not c.startswith("billing/")]
    base = [
        *sorted(r.sample(combos, 118)),
        "monitoring/alertmanager-slack",
        "monitoring/grafana-oauth",
    ]
    # pull-request preview environments, each a namespace of six SealedSecrets
    previews: list[tuple[datetime, datetime, str]] = []
    pr = 1838
    for t in poisson(r, T0 - sec(1800), T_END, 470):
        pr += 1
        previews.append((t, t + sec(r.uniform(1500, 4200)), f"preview-pr-{pr}"))
    bad_fields = {
        "billing/invoice-db": "password, username",
        "billing/stripe-live": "secret_key",
        "billing/avalara-api": "api_key",
        "billing/smtp-relay": "password",
        "billing/s3-exports": "access_key_id, secret_access_key",
        "billing/erp-oauth": "client_secret",
    }
    bad_from, bad_until = at(8, 10, 31), at(10, 30, 40)
    conflict = ("monitoring/grafana-admin", at(9, 15, 22), at(11, 5, 9))
    keys = list(SS_KEYS[:5])

    def start(t: datetime, version: str) -> datetime:
        t = G(
            t,
            "Starting sealed-secrets controller version: %s\\n",
            f"Starting sealed-secrets controller version: {version}",
        )
        t = G(
            t + sec(0.003),
            "Searching for existing private keys",
            "Searching for existing private keys",
        )
        for k in keys:
            t = G(t + sec(0.001), "----- %s", f"----- {k}")
        t = G(t + sec(0.002), "HTTP server serving on %s", "HTTP server serving on :8080")
        items = list(base) + [
            f"{ns}/{name}" for c, d, ns in previews if c <= t < d for name in SS_PREVIEW
        ]
        items += [k for k in bad_fields if t >= bad_from] + (
            [conflict[0]] if t >= conflict[1] else []
        )
        r.shuffle(items)
        for key in items:
            if key in bad_fields and t < bad_until:
                t = failing(t + sec(0.01), key, "nokey")
            elif key == conflict[0] and conflict[1] <= t < conflict[2]:
                t = failing(t + sec(0.01), key, "conflict")
            else:
                t = ok(t + sec(r.uniform(0.005, 0.05)), key)
        return t

    start(pods[1][0], "0.24.4")

    # billing's six SealedSecrets, sealed against the staging cluster's certificate
    t = bad_from
    for key in bad_fields:
        t = failing(t + sec(r.uniform(0.05, 0.4)), key, "nokey")
    # the key renewal (30 days after the last)
    keys.append(SS_KEYS[5])
    cert = ["-----BEGIN CERTIFICATE-----"]
    cert += [
        "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(64)
        )
        for _ in range(25)
    ]
    cert += [
        "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(36)
        )
        + "=",
        "-----END CERTIFICATE-----",
        "",
    ]
    t = G(
        at(9, 12, 30), "New key written to %s/%s\\n", f"New key written to kube-system/{SS_KEYS[5]}"
    )
    G(t + sec(0.001), "Certificate is \\n%s\\n", ["Certificate is ", *cert])
    # the conflicting Secret created by hand before its SealedSecret
    failing(conflict[1], conflict[0], "conflict")

    t = start(pods[2][0], "0.24.5")
    # billing re-sealed with the right certificate
    t = at(10, 30, 40)
    for key in bad_fields:
        t = ok(t + sec(r.uniform(0.05, 0.3)), key)
    ok(conflict[2], conflict[0])

    # two Argo CD applications both rendering the same two SealedSecrets, self-healing
    t = at(9, 20, 5)
    while t < at(10, 40):
        for key in ("monitoring/alertmanager-slack", "monitoring/grafana-oauth"):
            if not (pods[2][0] - sec(5) <= t < pods[2][0] + sec(400)):
                t = ok(t + sec(r.uniform(0.1, 0.6)), key)
        t += sec(r.uniform(85, 100))

    # the API server away 10:45:10-10:51:40: both informers' reflectors back off
    for lister, typ, path in [
        (
            "pkg/client/informers/externalversions/factory.go:132",
            "*v1alpha1.SealedSecret",
            "/apis/bitnami.com/v1alpha1/sealedsecrets",
        ),
        ("k8s.io/client-go/informers/factory.go:159", "*v1.Secret", "/api/v1/secrets"),
    ]:
        t = at(10, 45, 10) + sec(r.uniform(0.5, 2))
        d = 0.8
        while t < at(10, 51, 40):
            u = f"https://10.96.0.1:443{path}?resourceVersion={r.randint(41_900_000, 41_990_000)}"
            e = f'Get "{u}": dial tcp 10.96.0.1:443: connect: connection refused'
            x = K(
                t,
                "W",
                "reflector.go:535",
                '%s: failed to list %v: Get "%s": dial tcp %s: connect: connection refused',
                f"{lister}: failed to list {typ}: {e}",
            )
            K(
                x + sec(0.00005),
                "E",
                "reflector.go:147",
                '%s: Failed to watch %v: failed to list %v: Get "%s": dial tcp %s: connect: connection refused',
                f"{lister}: Failed to watch {typ}: failed to list {typ}: {e}",
            )
            t += sec(d * r.uniform(1.0, 2.0))
            d = min(d * 2, 30)

    for c, d, ns in previews:
        if c >= T0:
            x = c
            for name in SS_PREVIEW:
                x = ok(x + sec(r.uniform(0.05, 0.5)), f"{ns}/{name}")
        if T0 <= d < T_END:
            x = d
            for name in SS_PREVIEW:
                x = G(
                    x + sec(r.uniform(0.02, 0.2)),
                    "SealedSecret %s has been deleted",
                    f"SealedSecret {ns}/{name} has been deleted",
                )

    start(pods[3][0], "0.24.5")
    return fs.logs(T0)


# -------------------------------------------------------------------------- external-secrets

ESO_CR = "/home/runner/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.18.4/pkg/internal/controller/controller.go"
ESO_CR_STACK = (
    f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler\n\t{ESO_CR}:324\n"
    f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem\n\t{ESO_CR}:261\n"
    f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2\n\t{ESO_CR}:222"
)
ESO_ES_STACK = (
    "github.com/external-secrets/external-secrets/pkg/controllers/externalsecret.(*Reconciler).markAsFailed\n\t/home/runner/work/external-secrets/external-secrets/pkg/controllers/externalsecret/externalsecret_controller.go:403\n"
    "github.com/external-secrets/external-secrets/pkg/controllers/externalsecret.(*Reconciler).Reconcile\n\t/home/runner/work/external-secrets/external-secrets/pkg/controllers/externalsecret/externalsecret_controller.go:224\n"
    f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile\n\t{ESO_CR}:114\n"
    f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler\n\t{ESO_CR}:311\n"
    f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem\n\t{ESO_CR}:261\n"
    f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2\n\t{ESO_CR}:222"
)
ESO_STORE_STACK = (
    "github.com/external-secrets/external-secrets/pkg/controllers/secretstore.reconcile\n\t/home/runner/work/external-secrets/external-secrets/pkg/controllers/secretstore/common.go:71\n"
    "github.com/external-secrets/external-secrets/pkg/controllers/secretstore.(*ClusterStoreReconciler).Reconcile\n\t/home/runner/work/external-secrets/external-secrets/pkg/controllers/secretstore/clustersecretstore_controller.go:55\n"
    f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile\n\t{ESO_CR}:114\n"
    f"sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler\n\t{ESO_CR}:311"
)
ESO_CONTROLLERS = [
    (
        "externalsecret",
        "ExternalSecret",
        ["kind source: *v1beta1.ExternalSecret", "kind source: *v1.Secret"],
    ),
    ("secretstore", "SecretStore", ["kind source: *v1beta1.SecretStore"]),
    ("clustersecretstore", "ClusterSecretStore", ["kind source: *v1beta1.ClusterSecretStore"]),
    (
        "clusterexternalsecret",
        "ClusterExternalSecret",
        [
            "kind source: *v1beta1.ClusterExternalSecret",
            "kind source: *v1beta1.ExternalSecret",
            "kind source: *v1.Namespace",
        ],
    ),
    ("pushsecret", "PushSecret", ["kind source: *v1alpha1.PushSecret"]),
]
ESO_FAST = [
    f"{ns}/{n}"
    for ns, n in [
        ("shop", "stripe-webhook"),
        ("shop", "db-rotating"),
        ("shop", "redis"),
        ("identity", "keycloak-db"),
        ("identity", "ldap-bind"),
        ("identity", "smtp"),
        ("search", "opensearch-admin"),
        ("data", "airflow-conn"),
        ("data", "dbt-profiles"),
        ("data", "warehouse-ro"),
        ("ci", "github-app"),
        ("ci", "registry-push"),
        ("ci", "sonar-token"),
        ("ci", "npm-token"),
        ("monitoring", "grafana-oauth"),
        ("monitoring", "pagerduty"),
        ("monitoring", "slack-webhook"),
        ("ingress", "cloudflare-token"),
        ("ingress", "origin-ca"),
        ("mail", "postmark"),
        ("mail", "dkim"),
        ("media", "s3-uploads"),
        ("media", "cdn-signing"),
        ("support", "zendesk"),
        ("support", "twilio"),
    ]
]
ESO_PAYMENTS = [
    f"payments/{n}"
    for n in [
        "ledger-db",
        "stripe-live",
        "adyen",
        "fraud-api",
        "psp-webhook",
        "bank-sftp",
        "payout-signing",
        "kyc-api",
        "fx-rates",
        "reconciler-db",
        "vault-transit",
        "hsm-pin",
    ]
]
ESO_ANALYTICS = [
    f"analytics/{n}"
    for n in [
        "redshift-etl",
        "s3-lake",
        "looker-api",
        "segment-write",
        "athena-results",
        "glue-jobs",
    ]
]


def external_secrets(r: random.Random) -> list[Log]:
    """The External Secrets Operator 0.9.19's controller (`kubectl logs` of its pods in turn,
    zap JSON with epoch timestamps, client-go's leader election in klog text) and its webhook:
    a deleted AWS secret failing one ExternalSecret all day, Vault's policy for payments broken
    07:10-08:20, the controller redeployed with `--loglevel=debug` 08:30-09:00 (every sync's
    `reconciled secret`), the analytics ClusterSecretStore's IRSA trust broken 09:30-11:10, the
    leader lease lost at 10:50 while the API server stalls, the webhook's certificate renewed at
    09:30 with the API server trusting the old CA for six minutes."""
    fs = Files()
    pods = [
        (T0, "external-secrets-7b9f6c8d54-k2x9v.log", False),
        (at(8, 30, 4), "external-secrets-5d8c6b9f47-p4wzn.log", True),
        (at(9, 0, 9), "external-secrets-7b9f6c8d54-r4n7p.previous.log", False),
        (at(10, 50, 3), "external-secrets-7b9f6c8d54-r4n7p.log", False),
    ]
    stops = {pods[0][1]: at(8, 30, 41), pods[1][1]: at(9, 0, 44)}
    lead = {
        pods[0][1]: T0,
        pods[1][1]: at(8, 30, 58),
        pods[2][1]: at(9, 1, 1),
        pods[3][1]: at(10, 50, 21),
    }
    ends = {
        pods[0][1]: stops[pods[0][1]],
        pods[1][1]: stops[pods[1][1]],
        pods[2][1]: at(10, 50, 1),
        pods[3][1]: T_END,
    }
    hook = "external-secrets-webhook-6c7f9d5b8-zq4xm.log"

    def Z(
        f: str, t: datetime, level: str, msg: str, logger: str | None, extra: dict[str, object]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = float(f"{int(x.timestamp())}.{x.microsecond:06d}{r.randint(0, 9)}")
            d: dict[str, object] = {"level": level, "ts": ts}
            if logger:
                d["logger"] = logger
            d["msg"] = msg
            return [gojson({**d, **extra})]

        return fs.add(f, t, msg, text, f, 1)

    def K(f: str, t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        return fs.add(f, t, label, lambda x: [klog(x, lvl, 1, where, msg)], f, 1)

    def cr_fields(ctl: str, kind: str) -> dict[str, object]:
        return {"controller": ctl, "controllerGroup": "external-secrets.io", "controllerKind": kind}

    def nsn(key: str) -> dict[str, str]:
        ns, name = key.split("/")
        return {"name": name, "namespace": ns}

    def es_fail(f: str, t: datetime, key: str, err: str) -> datetime:
        t = Z(
            f,
            t,
            "error",
            "could not get secret data from provider",
            "controllers.ExternalSecret",
            {"ExternalSecret": nsn(key), "error": err, "stacktrace": ESO_ES_STACK},
        )
        ns, name = key.split("/")
        return Z(
            f,
            t + sec(r.uniform(0.00002, 0.0001)),
            "error",
            "Reconciler error",
            None,
            {
                **cr_fields("externalsecret", "ExternalSecret"),
                "ExternalSecret": nsn(key),
                "namespace": ns,
                "name": name,
                "reconcileID": uuid4(r),
                "error": err,
                "stacktrace": ESO_CR_STACK,
            },
        )

    def store_fail(f: str, t: datetime, name: str, err: str) -> datetime:
        t = Z(
            f,
            t,
            "error",
            "unable to validate store",
            "controllers.ClusterSecretStore",
            {"ClusterSecretStore": {"name": name}, "error": err, "stacktrace": ESO_STORE_STACK},
        )
        return Z(
            f,
            t + sec(r.uniform(0.00002, 0.0001)),
            "error",
            "Reconciler error",
            None,
            {
                **cr_fields("clustersecretstore", "ClusterSecretStore"),
                "ClusterSecretStore": {"name": name},
                "namespace": "",
                "name": name,
                "reconcileID": uuid4(r),
                "error": err,
                "stacktrace": ESO_CR_STACK,
            },
        )

    def series(t: datetime, end: datetime) -> list[datetime]:
        """The work queue's per-item exponential back-off: 5 ms doubling to 1,000 s."""
        out, d = [], 0.005
        while t < end:
            out.append(t)
            t += sec(d + r.uniform(0.0005, 0.003))
            d = min(d * 2, 1000)
        return out

    # --- each pod's start and (for the rolled ones) its stop
    for start, f, _debug in pods:
        if start > T0:
            t = K(
                f,
                start + sec(r.uniform(0.0005, 0.004)),
                "I",
                "leaderelection.go:250",
                "attempting to acquire leader lease %v...",
                "attempting to acquire leader lease external-secrets/external-secrets-controller...",
            )
            t = Z(f, start - sec(0.02), "info", "starting manager", "setup", {})
            t = Z(
                f,
                t + sec(0.0003),
                "info",
                "Starting metrics server",
                "controller-runtime.metrics",
                {},
            )
            t = Z(
                f,
                t + sec(0.0002),
                "info",
                "starting server",
                None,
                {"name": "health probe", "addr": "[::]:8082"},
            )
            Z(
                f,
                t + sec(0.0004),
                "info",
                "Serving metrics server",
                "controller-runtime.metrics",
                {"bindAddress": ":8080", "secure": False},
            )
            t = K(
                f,
                lead[f] + sec(r.uniform(0.0005, 0.004)),
                "I",
                "leaderelection.go:260",
                "successfully acquired lease %v",
                "successfully acquired lease external-secrets/external-secrets-controller",
            )
            for ctl, kind, sources in ESO_CONTROLLERS:
                for src in sources:
                    t = Z(
                        f,
                        t + sec(r.uniform(0.00005, 0.0004)),
                        "info",
                        "Starting EventSource",
                        None,
                        {**cr_fields(ctl, kind), "source": src},
                    )
                t = Z(
                    f,
                    t + sec(r.uniform(0.00005, 0.0004)),
                    "info",
                    "Starting Controller",
                    None,
                    cr_fields(ctl, kind),
                )
            for ctl, kind, _ in ESO_CONTROLLERS:
                t = Z(
                    f,
                    t + sec(r.uniform(0.08, 0.3)),
                    "info",
                    "Starting workers",
                    None,
                    {**cr_fields(ctl, kind), "worker count": 1},
                )
        if f in stops:
            t = Z(
                f,
                stops[f],
                "info",
                "Stopping and waiting for non leader election runnables",
                None,
                {},
            )
            t = Z(
                f,
                t + sec(0.0001),
                "info",
                "Stopping and waiting for leader election runnables",
                None,
                {},
            )
            order = list(ESO_CONTROLLERS)
            r.shuffle(order)
            for ctl, kind, _ in order:
                t = Z(
                    f,
                    t + sec(r.uniform(0.00002, 0.0002)),
                    "info",
                    "Shutdown signal received, waiting for all workers to finish",
                    None,
                    cr_fields(ctl, kind),
                )
            for ctl, kind, _ in order:
                t = Z(
                    f,
                    t + sec(r.uniform(0.00002, 0.002)),
                    "info",
                    "All workers finished",
                    None,
                    cr_fields(ctl, kind),
                )
            t = Z(f, t + sec(0.0001), "info", "Stopping and waiting for caches", None, {})
            t = Z(f, t + sec(0.0003), "info", "Stopping and waiting for HTTP servers", None, {})
            Z(
                f,
                t + sec(r.uniform(0.001, 0.01)),
                "info",
                "Wait completed, proceeding to shutdown the manager",
                None,
                {},
            )

    # --- the leader lease lost at 10:50 while the API server stalls (an etcd defrag)
    f = pods[2][1]
    t = at(10, 49, 47) + sec(r.uniform(0.1, 0.9))
    for _ in range(4):
        t = K(
            f,
            t,
            "E",
            "leaderelection.go:347",
            'error retrieving resource lock %v: Get "%s": context deadline exceeded',
            'error retrieving resource lock external-secrets/external-secrets-controller: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/external-secrets/leases/external-secrets-controller?timeout=5s": context deadline exceeded',
        )
        t += sec(r.uniform(2.5, 3.5))
    t = K(
        f,
        at(10, 50, 0) + sec(r.uniform(0.3, 0.7)),
        "I",
        "leaderelection.go:285",
        "failed to renew lease %v: timed out waiting for the condition",
        "failed to renew lease external-secrets/external-secrets-controller: timed out waiting for the condition",
    )
    t = Z(
        f,
        t + sec(0.0001),
        "info",
        "Stopping and waiting for non leader election runnables",
        None,
        {},
    )
    t = Z(
        f, t + sec(0.0001), "info", "Stopping and waiting for leader election runnables", None, {}
    )
    t = Z(
        f,
        t + sec(0.0004),
        "error",
        "problem running manager",
        "setup",
        {
            "error": "leader election lost",
            "stacktrace": "github.com/external-secrets/external-secrets/cmd.init.func5\n\t/home/runner/work/external-secrets/external-secrets/cmd/root.go:226\ngithub.com/spf13/cobra.(*Command).execute\n\t/home/runner/go/pkg/mod/github.com/spf13/cobra@v1.8.0/command.go:987\ngithub.com/spf13/cobra.(*Command).ExecuteC\n\t/home/runner/go/pkg/mod/github.com/spf13/cobra@v1.8.0/command.go:1115\ngithub.com/spf13/cobra.(*Command).Execute\n\t/home/runner/go/pkg/mod/github.com/spf13/cobra@v1.8.0/command.go:1039\ngithub.com/external-secrets/external-secrets/cmd.Execute\n\t/home/runner/work/external-secrets/external-secrets/cmd/root.go:240\nmain.main\n\t/home/runner/work/external-secrets/external-secrets/main.go:20\nruntime.main\n\t/opt/hostedtoolcache/go/1.22.3/x64/src/runtime/proc.go:271",
        },
    )

    # --- failing ExternalSecrets: each a back-off series, begun again by each new leader
    def failing(key: str, t0: datetime, t1: datetime, err) -> None:
        for _s, f, _ in pods:
            a, b = max(t0, lead[f]), min(t1, ends[f])
            if a >= b:
                continue
            first = a if a > lead[f] else lead[f] + sec(r.uniform(0.3, 1.2))
            for t in series(first, b):
                es_fail(f, t, key, err())

    aws_missing = (
        "error retrieving secret at .data[0], key: prod/warehouse/dsn, err: Secret does not exist"
    )
    failing("data/warehouse-dsn", T0 + sec(r.uniform(100, 900)), T_END, lambda: aws_missing)
    for key in ESO_PAYMENTS:
        path = key.split("/")[1]
        first = at(7, 10) + sec(r.uniform(0, 3600))
        if first < at(8, 20):
            failing(
                key,
                first,
                at(8, 20, 12),
                lambda path=path: (
                    f'key "payments/{path}" from ExternalSecret "{path}": cannot read secret data from Vault: Error making API request.\n\nURL: GET https://vault.internal:8200/v1/kv/data/payments/{path}\nCode: 403. Errors:\n\n* 1 error occurred:\n\t* permission denied\n\n'
                ),
            )

    def sts_err() -> str:
        return f"could not get provider client: unable to create session: WebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\n\tstatus code: 403, request id: {uuid4(r)}"

    for key in ESO_ANALYTICS:
        first = at(9, 30) + sec(r.uniform(0, 3600))
        failing(key, first, at(11, 10, 30), sts_err)
    for _s, f, _ in pods:
        a, b = max(at(9, 30, 2), lead[f]), min(at(11, 10, 30), ends[f])
        if a < b:
            t = a if a > lead[f] else lead[f] + sec(0.4)
            while t < b:
                for u in series(t, min(b, t + sec(1200))):
                    store_fail(f, u, "aws-analytics", sts_err())
                t += sec(1200)

    # --- the debug pod: every successful sync says so
    f = pods[1][1]
    for key in ESO_FAST:
        t = lead[f] + sec(r.uniform(0.3, 2))
        while t < ends[f]:
            Z(
                f,
                t,
                "debug",
                "reconciled secret",
                "controllers.ExternalSecret",
                {"ExternalSecret": nsn(key)},
            )
            t += sec(60 + r.uniform(0.001, 0.05))
    for key in [*ESO_PAYMENTS, *ESO_ANALYTICS, *[f"shop/slow-{i}" for i in range(20)]]:
        t = (
            lead[f] + sec(r.uniform(0.3, 3))
            if key.startswith("payments/")
            else lead[f] + sec(r.uniform(0, 1800))
        )
        if t < ends[f]:
            Z(
                f,
                t,
                "debug",
                "reconciled secret",
                "controllers.ExternalSecret",
                {"ExternalSecret": nsn(key)},
            )

    # --- the webhook: the API server's dropped connections, and its stale CA after 09:30
    for t in poisson(r, T0, T_END, 110):
        fs.add(
            hook,
            t,
            "http: TLS handshake error from %s: EOF",
            lambda x: [
                f"{x:%Y/%m/%d %H:%M:%S} http: TLS handshake error from 10.244.0.1:{r.randint(32768, 60999)}: EOF"
            ],
            (hook, "std"),
            1_000_000,
        )
    Z(
        hook,
        at(9, 30, 6),
        "info",
        "Updated current TLS certificate",
        "controller-runtime.certwatcher",
        {},
    )
    for t in poisson(r, at(9, 30, 9), at(9, 36, 20), 6):
        fs.add(
            hook,
            t,
            "http: TLS handshake error from %s: remote error: tls: bad certificate",
            lambda x: [
                f"{x:%Y/%m/%d %H:%M:%S} http: TLS handshake error from 10.244.0.1:{r.randint(32768, 60999)}: remote error: tls: bad certificate"
            ],
            (hook, "std"),
            1_000_000,
        )
    return fs.logs(T0)


SYSTEMS = {
    "k0s": k0s,
    "rke2": rke2,
    "talos": talos,
    "sealed-secrets": sealed_secrets,
    "external-secrets": external_secrets,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
