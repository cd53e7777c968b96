#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 142 (ingress-nginx, contour, emissary, kube-vip, flannel)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five Kubernetes ingress and network
components, 06:00 to 12:00 on 2024-06-07. None of the five was in the set (`nginx`, `openresty`,
`envoy`, `istio`, `metallb`, `calico` and `cilium` are; the ingress-nginx controller's own klog
lines are not nginx's logs).

- ingress-nginx controller v1.10.1 (`ingress-nginx-controller-7c9f6d8b5-lq2xz.log`, the leader;
  `...-r7t5m-0.log` and `...-r7t5m-1.log`, the second replica before and after the kernel's OOM
  killer at 10:05): klog (`I0607 06:00:03.118249       7 controller.go:190] "Configuration
  changes detected, backend reload required"`), its structured calls and the Infof / Warningf
  ones, client-go's event broadcaster (`event.go:364] Event(v1.ObjectReference{...}): type:
  'Normal' reason: 'Sync' Scheduled for sync`). Every sync warns `SSL certificate for server %q
  is about to expire (%v)` until cert-manager renews legacy.example.com at 08:47, `Service %q does
  not have any active Endpoint.` while shop/cart crash-loops 07:12-07:31 and `Error obtaining
  Endpoints for Service %q: no object matching key %q in local store` after staging/search is
  deleted at 09:20; a ConfigMap `http-snippet` with a typo 08:05-08:22 fails every reload (`Unexpected
  failure reloading the backend:` with nginx -t's output between dashed rules, the Pod's
  `Warning` `RELOAD` event carrying the same text, and `"requeuing" err=<` with it tab-indented
  by klog); preview ingresses created and deleted all day (the admission webhook's
  `"successfully validated configuration, accepting"`, `"Found valid IngressClass"`, `Sync` and
  `DELETE` events, the leader's `"updating Ingress status"`, reloads), two rejected admissions at
  09:45 (`"invalid ingress configuration" err="..."`), and the restarted replica's banner (one
  `fmt.Println` of nine lines) and start-up.
- Contour 1.29 (`contour-5f8c7d9b6-2wq8k.log`, the leader, `contour-5f8c7d9b6-x7m4n.log`, and
  after the 11:10 rollout `contour-7b9d6c5f8-k2p9v.log`, `contour-7b9d6c5f8-t8w3h.log`): logrus
  text (`time="2024-06-07T06:00:07Z" level=info msg="performing delayed update"
  context=contourEventHandler last_update=30.606510491s outstanding=3`), client-go's klog and
  controller-runtime's logr through logrusr (`caller="leaderelection.go:250" context=kubernetes`,
  an error's `error="<nil>"`): a DAG rebuild for every batch of Kubernetes changes; an HTTPProxy
  whose regex Envoy rejects 08:20-08:51 (each Envoy's NACK logged by the xDS callbacks as an
  error whose message is Envoy's: `invalid regex '%s': missing ]: %s` with `code=13`,
  `node_id=`, `response_nonce=`); Argo CD and cert-manager fighting over shop/storefront-tls
  09:32-10:38 (`invalid TLS private key: failed to locate private key` from the
  KubernetesCache); status update conflicts (`unable to update status` with the API's conflict
  in `error=`); an API server restart behind 10.96.0.1 at 10:40 (reflectors' `watch of %v ended
  with: ...`, `failed to list %v: ...`, `Failed to watch %v: ...`, the lease's `error retrieving
  resource lock %v: ...`); the rollout's start-up, leader hand-over and shutdown lines.
- Emissary-ingress 3.9.1 (`emissary-ingress-6f7d9c8b5-hx2k4-0.log` and `-1.log`, before and after
  the OOM kill at 09:27; `emissary-ingress-6f7d9c8b5-pq7zn.log`): four layouts in one container
  output: the Go entrypoint's logrus with the caller (`time="2024-06-07 06:07:24.2090" level=info
  msg="Pushing snapshot v2401" func=... file="/go/pkg/ambex/ratelimit.go:159" CMD=entrypoint
  PID=1 THREAD=/ambex/updater`), diagd's Python logging (`2024-06-07 06:10:03 diagd 3.9.1
  [P39TAEW] INFO: EnvoyConfig: Generating V3`; the boot lines under the gunicorn master's pid,
  the rest under its worker's), gunicorn's own (`[2024-06-07 09:27:36 +0000] [16] [INFO]
  Starting gunicorn 21.2.0`) and client-go's klog: Prometheus scraping `/metrics` every minute
  (diagd's request line `%s: %s "GET /metrics" %dms 200 success`), a reconfiguration for every
  batch of Mapping and Service changes (`EnvoyConfig: Generating V3`, one `V3Listener %s:
  generated ===...` per listener, `configuration updated (%s) from snapshot %s (S%d L%d G%d
  C%d)`, the watt request line, ambex's `Loaded file %s`, `Saved snapshot %s`, `Pushing snapshot
  %+v`); a Host whose TLS Secret was deleted 07:41-08:06 (`Secret %s.%s unknown`, `Host %s:
  continuing with invalid TLS secret %s`); a burst of preview Mappings 09:04-09:24 with hx2k4's
  memory filling (the memory watcher's `Memory Usage %s (%d%%)` with a line per process, escaped
  by logrus, and ambex's `Memory Usage: throttling reconfig %+v due to constrained memory with %d
  stale reconfigs (%d max)`) until the kernel kills the container, and its start-up (dexec's
  `[pid:%d] started command %#v` and `not logging ... file %q` lines, diagd's boot, gunicorn's).
- kube-vip v0.8.0 (`kube-vip-k8s-cp1-0.log` and `-1.log`, before and after cp1's restart at
  07:34; `kube-vip-k8s-cp2.log`, `kube-vip-k8s-cp3.log`): static pods on three control-plane
  nodes in ARP mode with the control plane and services enabled and an election per service
  (`svc_election`), logrus text (`time="2024-06-07T06:11:47Z" level=info msg="(svcs) adding VIP
  [10.20.0.177] via ens192 for [preview-pr-4810/web]"`) between client-go's klog lines: preview
  environments' LoadBalancer Services created and deleted all day (every node's `(svc election)
  service [%s], namespace [%s], lock name [%s], host id [%s]` and `attempting to acquire leader
  lease %v...`, the winner's `successfully acquired lease %v`, `(svcs) adding VIP ...`,
  `[service] synchronised in %dms` and, after its own status update, `(svcs) already found
  existing address ...` and `Re-applying the VIP configuration ...`, the others' `leader lost` and
  `new leader elected`; on deletion `[LOADBALANCER] Stopping load balancers`, `[VIP] Releasing the
  Virtual IP [%s]`, `Removed [%s] from manager, [%d] advertised services remain`, `(svcs) [%s/%s]
  has been deleted`); cp1's etcd member slow 07:33-07:36 (`error retrieving resource lock %v: Get
  %q: context deadline exceeded` on all of cp1's leases, `failed to renew lease`, `This node is
  becoming a follower within the cluster`, `level=fatal msg="lost leadership, restarting
  kube-vip"`, the restart, cp3 taking the control-plane VIP); cp3's DHCP client flushing the VIPs
  off ens192 every ten minutes (`Re-applying the VIP configuration`); cp2's API server restarted
  at 10:12 (`... dial tcp 127.0.0.1:6443: connect: connection refused` on every lease, the retry
  watcher's `"Watch failed" err="..."`, cp2's services' leases lost and taken over).
- flanneld v0.25 (`kube-flannel-ds-7mxq2.log`, `-c9k4w`, `-lq5nb`, `-8dtr6`, `-v2h9p` on
  k8s-cp1 and k8s-w1 to k8s-w4, and their successors `-hv4tn`, `-2p8zd`, `-x7rwf`, `-kj2sm`,
  `-q6bcx` after the 11:00 rollout): klog with the kube subnet manager, VXLAN and iptables: spot
  nodes joining and leaving all day (every flannel's `Batch elem [%d] is { %#v }` with the lease
  as Go prints it, json.RawMessage bytes and all, `Type:0` on a join and `Type:1` on a leave);
  Puppet reloading firewalld on k8s-w2 and k8s-w4 every five minutes (both ensure loops' `Some
  iptables rules are missing; deleting and recreating rules` and `bootstrap done`); kube-proxy
  holding the xtables lock on k8s-w3 08:10-08:25 (`Failed to ensure iptables rules: error
  checking rule existence: failed to check rule existence: running [%s]: exit status %d:
  iptables: Resource temporarily unavailable.` for the nat and the filter chain); the API server
  unreachable 10:30-10:32 (each list hanging 30 s: utiltrace's three-line `Trace[%d]: "Reflector
  ListAndWatch" ...`, the reflector's `failed to list` and `Failed to watch`); the rollout's
  `shutdownHandler sent cancel signal...`, `Exiting cleanly...` and each new pod's start-up from
  `CLI flags config: %+v` to one `Batch elem` per other node.

Label notes. The heads are context: klog's `Lmmdd hh:mm:ss.uuuuuu pid file:line] `, logrus's
time and level and its fields (Contour's `context`, `caller`, `error`, the NACK's `code`,
`node_id`, `response_nonce`, `version_info`; Emissary's `func`, `file`, `CMD`, `PID`, `THREAD`
and dexec's keys), diagd's `date time diagd VERSION [PpidTthread] LEVEL: `, gunicorn's `[time]
[pid] [LEVEL] `. A klog structured call is its quoted message (`"requeuing"`,
`"invalid ingress configuration"`), its keys (`err=<`, `ingress=`, `key=`) attributes; a klog
format call is its format string, an error inside it contributing its own format (client-go's
`Get %q: dial tcp %s: connect: connection refused` / `context deadline exceeded` / `i/o timeout`,
the store's `no object matching key %q in local store`, go-iptables' `running [%s]: exit status
%d: %s`). client-go's event broadcaster writes `Event(%#v): type: '%v' reason: '%v' %v`: the
type and reason are the call site's literals (`Eventf(..., EventTypeNormal, "RELOAD", ...)`) and
kept as wording, the message contributes its format. The nginx -t error inside `Unexpected
failure reloading the backend:\n%v`, the Warning event and klog's `err=<` block are one event
each: their later lines (the dashed rules, `Error: exit status 1`, nginx's own `[emerg]` lines,
the tab-indented copy and ` > key=...`) continue it, as the banner's eight lines after the first
and utiltrace's `Trace[...]` step lines do. Contour's NACK line is Envoy's rejection message
(its format, Envoy's RE2 error), the KubernetesCache error the Secret check's. diagd's request
lines are labelled by method, route and status, the request id and times variables; a
branch-picked `success` is wording; `incremental` / `complete` is an enum and a variable; the
listener repr in `V3Listener %s: generated` is one value. The memory summary is one logrus
message whose per-process lines logrus escapes (`\n`), labelled by its formats in that order.
Flannel's `Batch elem` is one format whatever the event type; kube-vip's messages are its
Infof/Warnf formats, cp1's fatal line included. klog writes microseconds, logrus whole seconds
(Contour, kube-vip) or 100 µs (Emissary's `2006-01-02 15:04:05.0000`), diagd and gunicorn whole
seconds, where Clock keeps one process's lines a second apart (a start-up's lines over several
seconds).

Least sure (written from the helper's knowledge; ingress-nginx's controller, nginx.go, task
queue and admission messages, Contour's event handler, serve and status writer, logrusr's
caller and nil-error fields, Emissary's diagd request, watt, reconfiguration and V3Listener lines,
ambex's snapshot and throttling lines and the memory summary's layout, kube-vip's manager,
services, per-service election and ARP lines, and flannel's main, kube subnet manager, watch and
iptables messages were checked against copies of their sources; ingress-nginx's reload and
requeue lines, Emissary's dexec and diagd boot lines and kube-vip's start-up against real logs
quoted in issues): ingress-nginx's line numbers (controller.go:1104, 1214, 1539, status.go:304),
whether 1.10 logs the admission rejections at main.go:67; Contour's `unable to update status`
wording, the KubernetesCache error's text and field set, the shutdown order and the Envoy NACK
text for a bad regex (`invalid regex '%s': missing ]: %s`); Emissary's memory watcher's
function, file and threshold for logging, diagd's watt route (`POST /_internal/v0/watt`), the
listener names and `Listening on tcp:%s`; kube-vip's `(svc election) ...` and `[LOADBALANCER]`
lines' order on deletion, and which node logs what when a service leader changes; flannel's
v0.25 line numbers and the xtables error text.
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
from generate_round136 import T0, T_END, at, go_dur, klog_head, poisson

GO_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")


def go_quote(s: str) -> str:
    """Go's %q (strconv.Quote) for the ASCII text these programs log."""
    return (
        '"'
        + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        + '"'
    )


def lr_val(v: object) -> str:
    """A value as logrus's TextFormatter writes it: bare when every byte is safe, else %q."""
    s = v if isinstance(v, str) else str(v)
    if s and all(c in GO_SAFE for c in s):
        return s
    if not s:
        return ""
    return go_quote(s)


def logrus(
    ts: str,
    level: str,
    msg: str,
    fields: dict[str, object],
    fixed: list[tuple[str, str]] | None = None,
) -> str:
    """logrus's TextFormatter: time, level, msg, the caller's func and file when reported, then
    the fields sorted by key (upper case before lower case, as Go sorts strings)."""
    parts = [f"time={lr_val(ts)}", f"level={level}", f"msg={lr_val(msg)}"]
    for k, v in fixed or []:
        parts.append(f"{k}={lr_val(v)}")
    for k in sorted(fields):
        parts.append(f"{k}={lr_val(fields[k])}")
    return " ".join(parts)


def rfc3339s(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def kv(fields: list[tuple[str, object]]) -> str:
    """klog's structured key/value pairs (strings quoted, other values bare)."""
    out = []
    for k, v in fields:
        if isinstance(v, str):
            out.append(f"{k}={go_quote(v)}")
        else:
            out.append(f"{k}={v}")
    return " ".join(out)


def klog_multiline(key: str, value: str) -> list[str]:
    """klog's rendering of a multi-line string value: `key=<`, each line after a tab, ` >`."""
    lines = value.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return [f"{key}=<", *[f"\t{x}" for x in lines], " >"]


# ---------------------------------------------------------------------------- ingress-nginx

IN_PID = 7
IN_A = "ingress-nginx-controller-7c9f6d8b5-lq2xz"
IN_B = "ingress-nginx-controller-7c9f6d8b5-r7t5m"
IN_INGRESSES = [
    # namespace, name, secret (or "")
    ("shop", "storefront", "storefront-tls"),
    ("shop", "cart", "storefront-tls"),
    ("shop", "checkout", "storefront-tls"),
    ("shop", "api", "api-tls"),
    ("auth", "keycloak", "sso-tls"),
    ("monitoring", "grafana", "grafana-tls"),
    ("monitoring", "alertmanager", "alertmanager-tls"),
    ("legacy", "portal", "legacy-portal-tls"),
    ("staging", "storefront", "staging-tls"),
    ("staging", "old-search", "staging-tls"),
    ("docs", "docs-site", "docs-tls"),
    ("argocd", "argocd-server", "argocd-server-tls"),
]


def ingress_nginx(r: random.Random) -> list[Log]:
    """Two controller replicas (A the leader, B OOM-killed at 10:05 and restarted), 06:00 to
    12:00: endpoint churn triggering syncs, legacy.example.com's certificate about to expire
    until cert-manager renews it at 08:47, shop/cart crash-looping 07:12-07:31, a ConfigMap
    http-snippet with a typo 08:05-08:22 (every reload fails), a Service deleted under
    staging/old-search at 09:20, preview ingresses created and deleted all day, two rejected
    admissions at 09:45."""
    fs = Files()
    oom, back = at(10, 5, 41.2), at(10, 5, 52.6)
    rv = [48211733]

    def fname(pod: str, t: datetime) -> str:
        if pod == IN_A:
            return f"{IN_A}.log"
        return f"{IN_B}-0.log" if t < oom else f"{IN_B}-1.log"

    def up(pod: str, t: datetime) -> bool:
        return pod == IN_A or not (oom <= t < back)

    def K(pod: str, t: datetime, lvl: str, where: str, label: str, lines: list[str]) -> datetime:
        t += sec(r.uniform(0.000001, 0.00009))
        f = fname(pod, t)
        return fs.add(
            f,
            t,
            label,
            lambda x: [klog_head(x, lvl, where, IN_PID) + lines[0], *lines[1:]],
            (pod, f),
            1,
        )

    uids: dict[str, str] = {}

    def ref(kind: str, ns: str, name: str, api: str) -> str:
        key = f"{kind}/{ns}/{name}"
        uids.setdefault(key, uuid4(r))
        rv[0] += r.randint(3, 40)
        return f'v1.ObjectReference{{Kind:"{kind}", Namespace:"{ns}", Name:"{name}", UID:"{uids[key]}", APIVersion:"{api}", ResourceVersion:"{rv[0]}", FieldPath:""}}'

    def event(
        pod: str, t: datetime, r_: str, typ: str, reason: str, label_msg: str, msg: list[str]
    ) -> datetime:
        return K(
            pod,
            t,
            "I",
            "event.go:364",
            f"Event(%#v): type: '{typ}' reason: '{reason}' {label_msg}",
            [f"Event({r_}): type: '{typ}' reason: '{reason}' {msg[0]}", *msg[1:]],
        )

    def pod_ref(pod: str) -> str:
        return ref("Pod", "ingress-nginx", pod, "v1")

    # every sync's state
    cert_fix = at(8, 47, 12)
    cart_down = (at(7, 12, 30), at(7, 31, 10))
    bad_cm = (at(8, 5, 18), at(8, 22, 41))
    stale_from = at(9, 20, 4)
    pending = {IN_A: False, IN_B: False}
    cfg_n = {IN_A: 0, IN_B: 0}

    def nginx_test_error(t: datetime) -> str:
        f = f"/tmp/nginx/nginx-cfg{r.randint(100000000, 4294967295)}"
        p = r.randint(300, 9000)
        return (
            "\n-------------------------------------------------------------------------------\n"
            "Error: exit status 1\n"
            f'{t:%Y/%m/%d %H:%M:%S} [emerg] {p}#{p}: unknown directive "more_set_header" in {f}:214\n'
            f'nginx: [emerg] unknown directive "more_set_header" in {f}:214\n'
            f"nginx: configuration file {f} test failed\n"
            "\n-------------------------------------------------------------------------------\n"
        )

    def reload(pod: str, t: datetime, key: str) -> datetime:
        t = K(
            pod,
            t,
            "I",
            "controller.go:190",
            '"Configuration changes detected, backend reload required"',
            ['"Configuration changes detected, backend reload required"'],
        )
        if bad_cm[0] <= t < bad_cm[1]:
            err = nginx_test_error(t + sec(0.2))
            t = K(
                pod,
                t + sec(r.uniform(0.15, 0.4)),
                "E",
                "controller.go:205",
                "Unexpected failure reloading the backend:",
                ["Unexpected failure reloading the backend:", *err.split("\n")[:-1]],
            )
            ev = ("Error reloading NGINX: " + err).split("\n")[:-1]
            t = event(
                pod,
                t + sec(0.0002),
                pod_ref(pod),
                "Warning",
                "RELOAD",
                "Error reloading NGINX:",
                ev,
            )
            ml = klog_multiline("err", err)
            return K(
                pod,
                t + sec(0.00003),
                "E",
                "queue.go:131",
                '"requeuing"',
                ['"requeuing" ' + ml[0], *ml[1:-1], ml[-1] + f' key="{key}"'],
            )
        t = K(
            pod,
            t + sec(r.uniform(0.12, 0.35)),
            "I",
            "controller.go:210",
            '"Backend successfully reloaded"',
            ['"Backend successfully reloaded"'],
        )
        pending[pod] = False
        cfg_n[pod] += 1
        return event(
            pod,
            t + sec(0.0001),
            pod_ref(pod),
            "Normal",
            "RELOAD",
            "NGINX reload triggered due to a change in configuration",
            ["NGINX reload triggered due to a change in configuration"],
        )

    slice_keys = [
        "shop/storefront-6d9xq",
        "shop/cart-9xk2p",
        "shop/checkout-h2v7c",
        "shop/api-4jr8m",
        "auth/keycloak-pq5tz",
        "monitoring/grafana-8wd3k",
        "staging/storefront-x4n6b",
        "docs/docs-site-7gk2w",
    ]

    def sync(pod: str, t: datetime, key: str) -> datetime:
        if not up(pod, t):
            return t
        if cart_down[0] <= t < cart_down[1]:
            t = K(
                pod,
                t,
                "W",
                "controller.go:1214",
                "Service %q does not have any active Endpoint.",
                ['Service "shop/cart" does not have any active Endpoint.'],
            )
        if t >= stale_from:
            t = K(
                pod,
                t + sec(0.00004),
                "W",
                "controller.go:1104",
                "Error obtaining Endpoints for Service %q: no object matching key %q in local store",
                [
                    'Error obtaining Endpoints for Service "staging/search": no object matching key "staging/search" in local store'
                ],
            )
        if t < cert_fix:
            t = K(
                pod,
                t + sec(r.uniform(0.0002, 0.001)),
                "W",
                "controller.go:1539",
                "SSL certificate for server %q is about to expire (%v)",
                [
                    'SSL certificate for server "legacy.example.com" is about to expire (2024-06-12 03:17:44 +0000 UTC)'
                ],
            )
        if pending[pod]:
            t = reload(pod, t + sec(r.uniform(0.001, 0.01)), key)
        return t

    def startup(pod: str, t: datetime) -> datetime:
        banner = [
            "-------------------------------------------------------------------------------",
            "NGINX Ingress controller",
            "  Release:       v1.10.1",
            "  Build:         4fb5aac1dd3669daa3a14d9de3e3cdb371b4c518",
            "  Repository:    https://github.com/kubernetes/ingress-nginx",
            "  nginx version: nginx/1.25.3",
            "",
            "-------------------------------------------------------------------------------",
            "",
        ]
        f = fname(pod, t)
        t = fs.add(f, t, banner[0], lambda x: banner, (pod, f, "stdout"), 1)
        t = K(
            pod,
            t + sec(0.0021),
            "W",
            "client_config.go:618",
            "Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.",
            [
                "Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work."
            ],
        )
        t = K(
            pod,
            t + sec(0.0001),
            "I",
            "main.go:205",
            '"Creating API client"',
            ['"Creating API client" host="https://10.96.0.1:443"'],
        )
        t = K(
            pod,
            t + sec(0.0076),
            "I",
            "main.go:249",
            '"Running in Kubernetes cluster"',
            [
                '"Running in Kubernetes cluster" major="1" minor="29" git="v1.29.4" state="clean" commit="55019c83b0fd51ef4ced8c29eec2c4847f896e74" platform="linux/amd64"'
            ],
        )
        t = K(
            pod,
            t + sec(0.2168),
            "I",
            "main.go:101",
            '"SSL fake certificate created"',
            [
                '"SSL fake certificate created" file="/etc/ingress-controller/ssl/default-fake-certificate.pem"'
            ],
        )
        t = K(
            pod,
            t + sec(0.0237),
            "I",
            "ssl.go:535",
            '"loading tls certificate"',
            [
                '"loading tls certificate" path="/usr/local/certificates/cert" key="/usr/local/certificates/key"'
            ],
        )
        t = K(
            pod,
            t + sec(0.0099),
            "I",
            "nginx.go:264",
            '"Starting NGINX Ingress controller"',
            ['"Starting NGINX Ingress controller"'],
        )
        t = event(
            pod,
            t + sec(0.0058),
            ref("ConfigMap", "ingress-nginx", "ingress-nginx-controller", "v1"),
            "Normal",
            "CREATE",
            "ConfigMap %v/%v",
            ["ConfigMap ingress-nginx/ingress-nginx-controller"],
        )
        ings = list(IN_INGRESSES) + [("preview", n, "") for n in sorted(live_previews)]
        for ns, name, _sec in ings:
            t = K(
                pod,
                t + sec(r.uniform(0.0001, 0.002)),
                "I",
                "store.go:440",
                '"Found valid IngressClass"',
                [f'"Found valid IngressClass" ingress="{ns}/{name}" ingressclass="nginx"'],
            )
            t = event(
                pod,
                t + sec(r.uniform(0.00005, 0.0003)),
                ref("Ingress", ns, name, "networking.k8s.io/v1"),
                "Normal",
                "Sync",
                "Scheduled for sync",
                ["Scheduled for sync"],
            )
        t = K(
            pod,
            t + sec(0.09),
            "I",
            "nginx.go:307",
            '"Starting NGINX process"',
            ['"Starting NGINX process"'],
        )
        t = K(
            pod,
            t + sec(0.0003),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            ["attempting to acquire leader lease ingress-nginx/ingress-nginx-leader..."],
        )
        t = K(
            pod,
            t + sec(0.0006),
            "I",
            "nginx.go:327",
            '"Starting validation webhook"',
            [
                '"Starting validation webhook" address=":8443" certPath="/usr/local/certificates/cert" keyPath="/usr/local/certificates/key"'
            ],
        )
        t = K(
            pod,
            t + sec(0.0012),
            "I",
            "controller.go:190",
            '"Configuration changes detected, backend reload required"',
            ['"Configuration changes detected, backend reload required"'],
        )
        t = K(
            pod,
            t + sec(0.2873),
            "I",
            "controller.go:210",
            '"Backend successfully reloaded"',
            ['"Backend successfully reloaded"'],
        )
        t = K(
            pod,
            t + sec(0.0001),
            "I",
            "controller.go:221",
            '"Initial sync, sleeping for 1 second"',
            ['"Initial sync, sleeping for 1 second"'],
        )
        return event(
            pod,
            t + sec(0.0002),
            pod_ref(pod),
            "Normal",
            "RELOAD",
            "NGINX reload triggered due to a change in configuration",
            ["NGINX reload triggered due to a change in configuration"],
        )

    # preview ingresses: created and deleted all day
    previews: list[tuple[datetime, datetime | None, str]] = []
    pr = 4790
    for tc in poisson(r, at(6, 4), at(11, 30), 780):
        pr += r.randint(1, 6)
        life = r.uniform(35 * 60, 130 * 60)
        td = tc + sec(life)
        previews.append((tc, td if td < T_END - sec(60) else None, f"pr-{pr}"))
    live_previews: set[str] = set()

    actions: list[tuple[datetime, int, str, object]] = []
    for tc, td, name in previews:
        actions.append((tc, 1, "create", name))
        if td:
            actions.append((td, 1, "delete", name))
    for t in poisson(r, T0, T_END, 48):
        actions.append((t, 2, "sync", r.choice(slice_keys)))
    for t in poisson(r, cart_down[0], cart_down[1], 13):
        actions.append((t, 2, "sync", "shop/cart-9xk2p"))
    for t in [bad_cm[0], bad_cm[1]]:
        actions.append((t, 0, "cm", None))
    actions.append((back, 0, "start", None))
    actions.append((at(9, 45, 11), 3, "reject-overlap", None))
    actions.append((at(9, 46, 2), 3, "reject-overlap", None))
    actions.append((at(9, 47, 40), 3, "reject-overlap", None))
    actions.append((at(9, 51, 3), 3, "reject-snippet", None))
    actions.append((at(9, 52, 26), 3, "reject-snippet", None))
    actions.sort(key=lambda a: (a[0], a[1]))

    for t, _o, kind, arg in actions:
        pods = [p for p in (IN_A, IN_B) if up(p, t)]
        if kind == "sync":
            for p in pods:
                st = sync(p, t + sec(r.uniform(0.003, 0.5)), str(arg))
                if pending[p] and bad_cm[0] <= st < bad_cm[1]:
                    # the rate-limited requeue retries the failed key a few times
                    delay = 0.005
                    for _ in range(r.choice([0, 0, 1, 1, 2])):
                        delay *= r.choice([2, 4, 8])
                        st = sync(p, st + sec(delay + r.uniform(0.2, 0.4)), str(arg))
        elif kind == "create":
            name = str(arg)
            live_previews.add(name)
            w = r.choice(pods)
            K(
                w,
                t,
                "I",
                "main.go:107",
                '"successfully validated configuration, accepting"',
                [f'"successfully validated configuration, accepting" ingress="preview/{name}"'],
            )
            for p in pods:
                tp = t + sec(r.uniform(0.02, 0.09))
                tp = K(
                    p,
                    tp,
                    "I",
                    "store.go:440",
                    '"Found valid IngressClass"',
                    [f'"Found valid IngressClass" ingress="preview/{name}" ingressclass="nginx"'],
                )
                event(
                    p,
                    tp + sec(0.0002),
                    ref("Ingress", "preview", name, "networking.k8s.io/v1"),
                    "Normal",
                    "Sync",
                    "Scheduled for sync",
                    ["Scheduled for sync"],
                )
                pending[p] = True
            ts = t + sec(r.uniform(0.9, 2.5))
            for p in pods:
                sync(p, ts + sec(r.uniform(0.0, 0.3)), f"preview/{name}")
            tu = ts + sec(r.uniform(0.8, 1.6))
            if up(IN_A, tu):
                K(
                    IN_A,
                    tu,
                    "I",
                    "status.go:304",
                    '"updating Ingress status"',
                    [
                        f'"updating Ingress status" namespace="preview" ingress="{name}" currentValue=null newValue=[{{"ip":"203.0.113.20"}}]'
                    ],
                )
                for p in pods:
                    event(
                        p,
                        tu + sec(r.uniform(0.005, 0.03)),
                        ref("Ingress", "preview", name, "networking.k8s.io/v1"),
                        "Normal",
                        "Sync",
                        "Scheduled for sync",
                        ["Scheduled for sync"],
                    )
        elif kind == "delete":
            name = str(arg)
            live_previews.discard(name)
            for p in pods:
                event(
                    p,
                    t + sec(r.uniform(0.005, 0.05)),
                    ref("Ingress", "preview", name, "networking.k8s.io/v1"),
                    "Normal",
                    "DELETE",
                    "Ingress %s/%s",
                    [f"Ingress preview/{name}"],
                )
                pending[p] = True
            for p in pods:
                sync(p, t + sec(r.uniform(1.0, 2.2)), f"preview/{name}")
        elif kind == "cm":
            for p in pods:
                event(
                    p,
                    t + sec(r.uniform(0.005, 0.05)),
                    ref("ConfigMap", "ingress-nginx", "ingress-nginx-controller", "v1"),
                    "Normal",
                    "UPDATE",
                    "ConfigMap %v/%v",
                    ["ConfigMap ingress-nginx/ingress-nginx-controller"],
                )
                pending[p] = True
                sync(p, t + sec(r.uniform(0.3, 1.1)), "configmap-change")
        elif kind == "start":
            startup(IN_B, t)
            pending[IN_B] = False
        elif kind == "reject-overlap":
            w = r.choice(pods)
            K(
                w,
                t,
                "E",
                "main.go:67",
                '"invalid ingress configuration"',
                [
                    '"invalid ingress configuration" err="host \\"shop.example.com\\" and path \\"/\\" is already defined in ingress shop/storefront" ingress="shop/storefront-v2"'
                ],
            )
        elif kind == "reject-snippet":
            w = r.choice(pods)
            K(
                w,
                t,
                "E",
                "main.go:67",
                '"invalid ingress configuration"',
                [
                    '"invalid ingress configuration" err="nginx.ingress.kubernetes.io/configuration-snippet annotation cannot be used. Snippet directives are disabled by the Ingress administrator" ingress="shop/checkout"'
                ],
            )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- contour

CT_C1, CT_C2 = "contour-5f8c7d9b6-2wq8k", "contour-5f8c7d9b6-x7m4n"
CT_N1, CT_N2 = "contour-7b9d6c5f8-k2p9v", "contour-7b9d6c5f8-t8w3h"
CT_ENVOYS = ["envoy-8x2mq", "envoy-c4j7w", "envoy-r9t5k"]
CT_REFLECTOR = "pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229"
CT_INFORMERS = [
    ("*v1.Secret", "/api/v1/secrets"),
    ("*v1.Service", "/api/v1/services"),
    ("*v1.Endpoints", "/api/v1/endpoints"),
    ("*v1.Ingress", "/apis/networking.k8s.io/v1/ingresses"),
    ("*v1.HTTPProxy", "/apis/projectcontour.io/v1/httpproxies"),
    ("*v1.TLSCertificateDelegation", "/apis/projectcontour.io/v1/tlscertificatedelegations"),
    ("*v1alpha1.ExtensionService", "/apis/projectcontour.io/v1alpha1/extensionservices"),
]


def contour(r: random.Random) -> list[Log]:
    """Contour 1.29 in two replicas (2wq8k the leader) rolled to two new pods at 11:10, three
    Envoys on xDS, 06:00 to 12:00: a DAG rebuild for every batch of Kubernetes changes, an
    HTTPProxy whose regex Envoy rejects 08:20-08:51 (every push NACKed), Argo CD and
    cert-manager fighting over shop/storefront-tls 09:32-10:38 (a Secret without its key every
    few minutes), status update conflicts, an API server restart behind 10.96.0.1 at 10:40."""
    fs = Files()
    span = {
        CT_C1: (T0, at(11, 10, 35.4)),
        CT_C2: (T0, at(11, 11, 12.2)),
        CT_N1: (at(11, 10, 2.1), T_END),
        CT_N2: (at(11, 10, 41.7), T_END),
    }

    def alive(p: str, t: datetime) -> bool:
        return span[p][0] <= t < span[p][1]

    def leader(t: datetime) -> str | None:
        if t < at(11, 10, 35.4):
            return CT_C1
        if t >= at(11, 10, 36.6):
            return CT_N1
        return None

    def L(
        p: str, t: datetime, level: str, label: str, msg: str, fields: dict[str, object]
    ) -> datetime:
        return fs.add(
            f"{p}.log",
            t,
            label,
            lambda x: [logrus(rfc3339s(x), level, msg, fields)],
            p,
            1_000_000,
        )

    def KL(p: str, t: datetime, level: str, caller: str, label: str, msg: str) -> datetime:
        f: dict[str, object] = {"caller": caller, "context": "kubernetes"}
        if level == "error":
            f["error"] = "<nil>"
        return L(p, t, level, label, msg, f)

    last = {p: span[p][0] - sec(r.uniform(5, 40)) for p in span}
    version = {p: r.randint(1800, 2400) for p in span}

    def envoys_of(p: str, t: datetime) -> list[str]:
        if p == CT_C1:
            return CT_ENVOYS[:2]
        if p == CT_C2:
            return CT_ENVOYS[2:]
        if p == CT_N1:
            return (
                [e for e in CT_ENVOYS if e != "envoy-c4j7w" or t < at(11, 11, 12)]
                if t >= at(11, 10, 36)
                else []
            )
        return ["envoy-c4j7w"] if t >= at(11, 11, 13) else []

    nack = (at(8, 20, 41), at(8, 51, 27))

    def rebuild(p: str, t: datetime, outstanding: int) -> datetime:
        t = L(
            p,
            t,
            "info",
            "performing delayed update",
            "performing delayed update",
            {
                "context": "contourEventHandler",
                "last_update": go_dur((t - last[p]).total_seconds() + r.uniform(0, 0.0009)),
                "outstanding": outstanding,
            },
        )
        last[p] = t
        version[p] += 1
        if nack[0] <= t < nack[1]:
            for e in envoys_of(p, t):
                L(
                    p,
                    t + sec(r.uniform(0.05, 0.4)),
                    "error",
                    "invalid regex '%s': missing ]: %s",
                    "invalid regex '^/search/v[0-9+/(suggest|query)': missing ]: [0-9+/(suggest|query)",
                    {
                        "code": 13,
                        "context": "xds",
                        "node_id": e,
                        "node_version": "v1.30.2",
                        "response_nonce": str(version[p]),
                        "version_info": str(version[p] - 1),
                    },
                )
        return t

    def startup(p: str, t: datetime) -> datetime:
        t = L(
            p,
            t,
            "info",
            "args: %v",
            "args: [serve --incluster --xds-address=0.0.0.0 --xds-port=8001 --contour-cafile=/certs/ca.crt --contour-cert-file=/certs/tls.crt --contour-key-file=/certs/tls.key --config-path=/config/contour.yaml]",
            {},
        )
        t = L(
            p,
            t + sec(0.05),
            "info",
            "Watching Service for Ingress status",
            "Watching Service for Ingress status",
            {"envoy-service-name": "envoy", "envoy-service-namespace": "projectcontour"},
        )
        t = KL(
            p,
            t + sec(0.01),
            "info",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            "attempting to acquire leader lease projectcontour/leader-elect...",
        )
        t = L(
            p,
            t + sec(0.003),
            "info",
            "started HTTP server",
            "started HTTP server",
            {"address": "127.0.0.1:6060", "context": "debugsvc"},
        )
        t = L(
            p,
            t + sec(0.002),
            "info",
            "started HTTP server",
            "started HTTP server",
            {"address": "0.0.0.0:8000", "context": "metricsvc"},
        )
        t = L(
            p,
            t + sec(0.001),
            "info",
            "started event handler",
            "started event handler",
            {"context": "contourEventHandler"},
        )
        t = L(
            p,
            t + sec(0.001),
            "info",
            "waiting for informer caches to sync",
            "waiting for informer caches to sync",
            {"context": "xds"},
        )
        t = L(
            p,
            t + sec(0.8),
            "info",
            "informer caches synced",
            "informer caches synced",
            {"context": "xds"},
        )
        t = L(
            p,
            t + sec(0.002),
            "info",
            "started xDS server type: %q",
            'started xDS server type: "envoy"',
            {"address": "0.0.0.0:8001", "context": "xds"},
        )
        last[p] = t - sec(r.uniform(0.5, 1.2))
        return rebuild(p, t + sec(0.1), r.randint(380, 460))

    def elected(p: str, t: datetime) -> datetime:
        t = KL(
            p,
            t,
            "info",
            "leaderelection.go:260",
            "successfully acquired lease %v",
            "successfully acquired lease projectcontour/leader-elect",
        )
        t = L(
            p,
            t + sec(0.001),
            "info",
            "started status update handler",
            "started status update handler",
            {"context": "StatusUpdateHandler"},
        )
        t = L(
            p,
            t + sec(0.001),
            "info",
            "received a new address for status.loadBalancer",
            "received a new address for status.loadBalancer",
            {"context": "loadBalancerStatusWriter", "loadbalancer-address": "203.0.113.40"},
        )
        return rebuild(p, t + sec(0.1), 1)

    def shutdown(p: str, t: datetime, was_leader: bool) -> datetime:
        t = KL(
            p,
            t,
            "info",
            "internal.go:516",
            "Stopping and waiting for non leader election runnables",
            "Stopping and waiting for non leader election runnables",
        )
        t = L(
            p,
            t + sec(0.001),
            "info",
            "stopped event handler",
            "stopped event handler",
            {"context": "contourEventHandler"},
        )
        t = L(
            p,
            t + sec(0.001),
            "info",
            "stopped xDS server",
            "stopped xDS server",
            {"address": "0.0.0.0:8001", "context": "xds"},
        )
        t = L(
            p,
            t + sec(0.001),
            "info",
            "stopped HTTP server",
            "stopped HTTP server",
            {"address": "127.0.0.1:6060", "context": "debugsvc"},
        )
        t = L(
            p,
            t + sec(0.001),
            "info",
            "stopped HTTP server",
            "stopped HTTP server",
            {"address": "0.0.0.0:8000", "context": "metricsvc"},
        )
        t = KL(
            p,
            t + sec(0.001),
            "info",
            "internal.go:520",
            "Stopping and waiting for leader election runnables",
            "Stopping and waiting for leader election runnables",
        )
        if was_leader:
            t = L(
                p,
                t + sec(0.001),
                "info",
                "stopped status update handler",
                "stopped status update handler",
                {"context": "StatusUpdateHandler"},
            )
        t = KL(
            p,
            t + sec(0.001),
            "info",
            "internal.go:526",
            "Stopping and waiting for caches",
            "Stopping and waiting for caches",
        )
        return KL(
            p,
            t + sec(0.001),
            "info",
            "internal.go:536",
            "Wait completed, proceeding to shutdown the manager",
            "Wait completed, proceeding to shutdown the manager",
        )

    events: list[tuple[datetime, str, object]] = []
    for t in poisson(r, T0, T_END, 24):
        events.append((t, "rebuild", r.choice([1, 1, 1, 1, 2, 2, 3, 4, 6])))
    # Argo CD and cert-manager over shop/storefront-tls
    t = at(9, 32, 14)
    while t < at(10, 38):
        events.append((t, "badsecret", None))
        events.append((t + sec(r.uniform(25, 80)), "rebuild", 1))
        t += sec(r.uniform(170, 270))
    for t in poisson(r, T0, at(11, 9), 840):
        events.append(
            (t, "conflict", r.choice(["storefront", "checkout", "api", "search-api", "catalog"]))
        )
    events.append((at(10, 40, 12), "blip", None))
    events.append((span[CT_N1][0], "start", CT_N1))
    events.append((span[CT_N2][0], "start", CT_N2))
    events.append((at(11, 10, 35.4), "stop", CT_C1))
    events.append((at(11, 11, 12.2), "stop", CT_C2))
    events.append((at(11, 10, 36.6), "elected", CT_N1))
    events.sort(key=lambda e: e[0])

    for t, kind, arg in events:
        pods = [p for p in span if alive(p, t)]
        if kind == "rebuild":
            for p in pods:
                rebuild(p, t + sec(r.uniform(0.1, 0.5)), int(arg))  # type: ignore[arg-type]
        elif kind == "badsecret":
            for p in pods:
                tb = L(
                    p,
                    t + sec(r.uniform(0.001, 0.05)),
                    "error",
                    "invalid TLS private key: failed to locate private key",
                    "invalid TLS private key: failed to locate private key",
                    {
                        "context": "KubernetesCache",
                        "kind": "Secret",
                        "name": "storefront-tls",
                        "namespace": "shop",
                        "version": "v1",
                    },
                )
                rebuild(p, tb + sec(r.uniform(0.1, 0.5)), 1)
        elif kind == "conflict":
            ld = leader(t)
            if ld and alive(ld, t):
                ns = "search" if arg == "search-api" else "shop"
                L(
                    ld,
                    t,
                    "error",
                    "unable to update status",
                    "unable to update status",
                    {
                        "context": "StatusUpdateHandler",
                        "error": f'Operation cannot be fulfilled on httpproxies.projectcontour.io "{arg}": the object has been modified; please apply your changes to the latest version and try again',
                        "name": str(arg),
                        "namespace": ns,
                    },
                )
        elif kind == "blip":
            for p in pods:
                tb = t + sec(r.uniform(0.0, 0.4))
                for typ, _path in CT_INFORMERS:
                    tb = KL(
                        p,
                        tb + sec(r.uniform(0.0, 0.05)),
                        "info",
                        "reflector.go:462",
                        '%s: watch of %v ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
                        f'{CT_REFLECTOR}: watch of {typ} ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
                    )
                for typ, path in r.sample(CT_INFORMERS, 3):
                    url = f"https://10.96.0.1:443{path}?resourceVersion={r.randint(48212000, 48214000)}"
                    err = f'Get "{url}": dial tcp 10.96.0.1:443: connect: connection refused'
                    tl = tb + sec(r.uniform(0.8, 1.6))
                    tl = KL(
                        p,
                        tl,
                        "info",
                        "reflector.go:539",
                        "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                        f"{CT_REFLECTOR}: failed to list {typ}: {err}",
                    )
                    KL(
                        p,
                        tl + sec(0.0001),
                        "error",
                        "reflector.go:147",
                        "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
                        f"{CT_REFLECTOR}: Failed to watch {typ}: failed to list {typ}: {err}",
                    )
                for i in range(r.randint(2, 3)):
                    KL(
                        p,
                        t + sec(1.9 + 2.0 * i + r.uniform(0, 0.3)),
                        "error",
                        "leaderelection.go:332",
                        "error retrieving resource lock %v: Get %q: dial tcp %s: connect: connection refused",
                        'error retrieving resource lock projectcontour/leader-elect: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/projectcontour/leases/leader-elect?timeout=5s": dial tcp 10.96.0.1:443: connect: connection refused',
                    )
                rebuild(p, t + sec(r.uniform(8.5, 9.5)), r.randint(2, 5))
        elif kind == "start":
            startup(str(arg), t)
        elif kind == "stop":
            shutdown(str(arg), t, arg == CT_C1)
        elif kind == "elected":
            elected(str(arg), t)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- emissary

EM_A, EM_B = "emissary-ingress-6f7d9c8b5-hx2k4", "emissary-ingress-6f7d9c8b5-pq7zn"
EM_VER = "3.9.1"
EM_DIAGD = '[]string{"diagd", "/ambassador/snapshots", "/ambassador/bootstrap-ads.json", "/ambassador/envoy/envoy.json", "--notices", "/ambassador/notices.json", "--port", "8004", "--kick", "kill -INT 1"}'
EM_ENVOY = '[]string{"envoy", "-c", "/ambassador/bootstrap-ads.json", "--base-id", "0", "--drain-time-s", "600", "-l", "error"}'
EM_LISTENERS = [
    "<V3Listener HTTP emissary-ingress-http-listener on 0.0.0.0:8080 [XFP]>",
    "<V3Listener HTTPS emissary-ingress-https-listener on 0.0.0.0:8443 [XFP]>",
]
EM_MEMORY_LABEL = "Memory Usage %s (%d%%)\\n    PID %d, %s: %s\\n    PID %d, %s: %s\\n    PID %d, %s: %s\\n    PID %d, %s: %s"


def emissary(r: random.Random) -> list[Log]:
    """Emissary-ingress 3.9 in two replicas (hx2k4 OOM-killed at 09:27 and restarted), 06:00 to
    12:00: the Go entrypoint's logrus lines, diagd's Python logging, gunicorn's and client-go's
    lines in each container's output; Prometheus scraping /metrics every minute, a
    reconfiguration for every batch of Mapping and Service changes, a Host whose TLS Secret was
    deleted 07:41-08:06, a burst of preview Mappings 09:04-09:24 with hx2k4's memory nearly full
    (ambex throttling reconfigurations) until the kernel kills it."""
    fs = Files()
    oom, back = at(9, 27, 14.3), at(9, 27, 31.8137)
    gen = {EM_A: 2411, EM_B: 2398}
    worker = {EM_A: 41, EM_B: 39}
    counts = {"S": 57, "G": 139, "C": 61}

    def fname(p: str, t: datetime) -> str:
        if p == EM_B:
            return f"{EM_B}.log"
        return f"{EM_A}-0.log" if t < oom else f"{EM_A}-1.log"

    def up(p: str, t: datetime) -> bool:
        return p == EM_B or not (oom <= t < back)

    def G(
        p: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        fn: str,
        where: str,
        thread: str | None,
        extra: dict[str, object] | None = None,
    ) -> datetime:
        f = fname(p, t)
        fields: dict[str, object] = {"CMD": "entrypoint", "PID": 1}
        if thread:
            fields["THREAD"] = thread
        fields.update(extra or {})
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                logrus(
                    f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 100:04d}",
                    level,
                    msg,
                    fields,
                    [("func", fn), ("file", where)],
                )
            ],
            (f, "go"),
            100,
        )

    def D(p: str, t: datetime, pid: int, thread: str, level: str, label: str, msg: str) -> datetime:
        f = fname(p, t)
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} diagd {EM_VER} [P{pid}T{thread}] {level}: {msg}"],
            (f, "diagd", pid),
            1_000_000,
        )

    def GU(p: str, t: datetime, pid: int, label: str, msg: str) -> datetime:
        f = fname(p, t)
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [INFO] {msg}"],
            (f, "gunicorn", pid),
            1_000_000,
        )

    def KG(p: str, t: datetime, label: str, msg: str) -> datetime:
        f = fname(p, t)
        return fs.add(
            f, t, label, lambda x: [klog_head(x, "I", "request.go:697", 1) + msg], (f, "klog"), 1
        )

    def reqline(p: str, t: datetime, route: str, remote: str, ms: int) -> datetime:
        thread = f"ThreadPoolExecutor-0_{r.randint(0, 8)}"
        return D(
            p,
            t,
            worker[p],
            thread,
            "INFO",
            f'%s: %s "{route}" %dms 200 success',
            f'{uuid4(r).upper()}: {remote} "{route}" {ms}ms 200 success',
        )

    tls_bad = (at(7, 41, 5), at(8, 6, 40))
    storm = (at(9, 4, 10), at(9, 24, 30))
    mem = {EM_A: 58.0, EM_B: 51.0}
    pushes: dict[str, list[datetime]] = {EM_A: [], EM_B: []}

    def mem_pct(p: str, t: datetime) -> int:
        if p == EM_A and at(8, 58) <= t < oom:
            return int(min(97, 63 + (t - at(8, 58)).total_seconds() / 60 * 1.25))
        return int(mem[p] + r.uniform(-2, 2))

    def reconfigure(p: str, t: datetime, kind: str) -> None:
        if not up(p, t):
            return
        start = t
        th = "AEW"
        if tls_bad[0] <= t < tls_bad[1]:
            t = D(
                p, t, worker[p], th, "ERROR", "Secret %s.%s unknown", "Secret shop-tls.shop unknown"
            )
            t = D(
                p,
                t + sec(0.01),
                worker[p],
                th,
                "ERROR",
                "Host %s: continuing with invalid TLS secret %s",
                "Host shop-host.shop: continuing with invalid TLS secret shop-tls",
            )
        t = D(
            p,
            t + sec(r.uniform(0.1, 0.6)),
            worker[p],
            th,
            "INFO",
            "EnvoyConfig: Generating %s",
            "EnvoyConfig: Generating V3",
        )
        for li in EM_LISTENERS:
            t = D(
                p,
                t + sec(r.uniform(0.05, 0.3)),
                worker[p],
                th,
                "INFO",
                "V3Listener %s: generated ===========================",
                f"V3Listener {li}: generated ===========================",
            )
        t = D(
            p,
            t + sec(r.uniform(0.1, 0.5)),
            worker[p],
            th,
            "INFO",
            "configuration updated (%s) from snapshot %s (S%d L%d G%d C%d)",
            f"configuration updated ({kind}) from snapshot snapshot (S{counts['S']} L2 G{counts['G']} C{counts['C']})",
        )
        ms = int((t - start).total_seconds() * 1000 + r.uniform(5, 60))
        reqline(p, t + sec(0.01), "POST /_internal/v0/watt", "127.0.0.1", ms)
        gen[p] += 1
        tg = t + sec(r.uniform(0.02, 0.15))
        tg = G(
            p,
            tg,
            "info",
            "Loaded file %s",
            "Loaded file /ambassador/envoy/envoy.json",
            "github.com/emissary-ingress/emissary/v3/pkg/ambex.Decode",
            "/go/pkg/ambex/main.go:227",
            "/ambex/main",
        )
        tg = G(
            p,
            tg + sec(r.uniform(0.005, 0.05)),
            "info",
            "Saved snapshot %s",
            f"Saved snapshot v{gen[p]}",
            "github.com/emissary-ingress/emissary/v3/pkg/ambex.csDump",
            "/go/pkg/ambex/main.go:351",
            "/ambex/main",
        )
        pct = mem_pct(p, tg)
        recent = [x for x in pushes[p] if (tg - x).total_seconds() < 600]
        mx = 1 if pct >= 90 else 15 if pct >= 80 else 30 if pct >= 70 else 60 if pct >= 60 else 0
        if mx and len(recent) >= mx:
            G(
                p,
                tg + sec(r.uniform(0.001, 0.01)),
                "warning",
                "Memory Usage: throttling reconfig %+v due to constrained memory with %d stale reconfigs (%d max)",
                f"Memory Usage: throttling reconfig v{gen[p]} due to constrained memory with {len(recent)} stale reconfigs ({mx} max)",
                "github.com/emissary-ingress/emissary/v3/pkg/ambex.updaterWithTicker",
                "/go/pkg/ambex/ratelimit.go:140",
                "/ambex/updater",
            )
        else:
            G(
                p,
                tg + sec(r.uniform(0.001, 0.01)),
                "info",
                "Pushing snapshot %+v",
                f"Pushing snapshot v{gen[p]}",
                "github.com/emissary-ingress/emissary/v3/pkg/ambex.updaterWithTicker",
                "/go/pkg/ambex/ratelimit.go:159",
                "/ambex/updater",
            )
            pushes[p].append(tg)

    def memory_line(p: str, t: datetime, pct: int) -> None:
        limit = 2.0
        used = limit * pct / 100
        envoy = used - 0.11 - 0.07 - 0.18
        msg = (
            f"Memory Usage {used:.2f}Gi ({pct}%)"
            "\n    PID 1, 0.11Gi: busyambassador entrypoint "
            "\n    PID 16, 0.07Gi: /usr/bin/python /usr/bin/diagd /ambassador/snapshots /ambassador/bootstrap-ads.json /ambassador/envoy/envoy.json --notices /ambassador/notices.json --port 8004 --kick kill -INT 1 "
            f"\n    PID {worker[p]}, 0.18Gi: /usr/bin/python /usr/bin/diagd /ambassador/snapshots /ambassador/bootstrap-ads.json /ambassador/envoy/envoy.json --notices /ambassador/notices.json --port 8004 --kick kill -INT 1 "
            f"\n    PID 52, {envoy:.2f}Gi: envoy -c /ambassador/bootstrap-ads.json --base-id 0 --drain-time-s 600 -l error "
        )
        G(
            p,
            t,
            "info",
            EM_MEMORY_LABEL,
            msg,
            "github.com/emissary-ingress/emissary/v3/pkg/memory.(*MemoryUsage).Watch",
            "/go/pkg/memory/memory.go:91",
            "/memory",
        )

    def startup(p: str, t: datetime) -> None:
        t = G(
            p,
            t,
            "info",
            "Started Ambassador",
            "Started Ambassador",
            "github.com/emissary-ingress/emissary/v3/cmd/entrypoint.Main",
            "/go/cmd/entrypoint/entrypoint.go:109",
            None,
        )
        t = G(
            p,
            t + sec(0.0031),
            "info",
            "AMBASSADOR_CLUSTER_ID=%s",
            "AMBASSADOR_CLUSTER_ID=6b5a86ef-3a6c-5d2f-a1ce-0f3b4c8e2d71",
            "github.com/emissary-ingress/emissary/v3/cmd/entrypoint.Main",
            "/go/cmd/entrypoint/entrypoint.go:122",
            None,
        )
        dexec = "github.com/datawire/dlib/dexec.(*Cmd).Start"

        def spawn(t: datetime, pid: int, cmd: str, thread: str) -> datetime:
            t = G(
                p,
                t,
                "info",
                "[pid:%d] started command %#v",
                f"[pid:{pid}] started command {cmd}",
                dexec,
                "/go/vendor/github.com/datawire/dlib/dexec/cmd.go:143",
                thread,
            )
            t = G(
                p,
                t + sec(0.0002),
                "info",
                "not logging input read from file %q",
                'not logging input read from file "/dev/stdin"',
                dexec,
                "/go/vendor/github.com/datawire/dlib/dexec/cmd.go:185",
                thread,
                {"dexec.pid": pid, "dexec.stream": "stdin"},
            )
            t = G(
                p,
                t + sec(0.0001),
                "info",
                "not logging output written to file %q",
                'not logging output written to file "/dev/stdout"',
                dexec,
                "/go/vendor/github.com/datawire/dlib/dexec/cmd.go:188",
                thread,
                {"dexec.pid": pid, "dexec.stream": "stdout"},
            )
            return G(
                p,
                t + sec(0.0001),
                "info",
                "not logging output written to file %q",
                'not logging output written to file "/dev/stderr"',
                dexec,
                "/go/vendor/github.com/datawire/dlib/dexec/cmd.go:191",
                thread,
                {"dexec.pid": pid, "dexec.stream": "stderr"},
            )

        t = spawn(t + sec(0.04), 16, EM_DIAGD, "/diagd")
        tk = t + sec(0.9)
        for res in ["mappings", "hosts", "listeners", "tlscontexts", "kubernetesendpointresolvers"]:
            ns = r.choice(["shop", "preview-pr-4866", "preview-pr-4871", "auth", "search"])
            tk = KG(
                p,
                tk + sec(r.uniform(0.05, 0.3)),
                "Waited for %v due to client-side throttling, not priority and fairness, request: %v:%v",
                f"Waited for {r.uniform(1.0, 1.9):.7f}s due to client-side throttling, not priority and fairness, request: GET:https://10.96.0.1:443/apis/getambassador.io/v3alpha1/namespaces/{ns}/{res}?limit=500&resourceVersion=0",
            )
        td = t + sec(1.3)
        td = D(
            p,
            td,
            16,
            "MainThread",
            "INFO",
            "AMBASSADOR_FAST_RECONFIGURE enabled, initializing cache",
            "AMBASSADOR_FAST_RECONFIGURE enabled, initializing cache",
        )
        td = D(
            p,
            td,
            16,
            "MainThread",
            "INFO",
            "WILL NOT update Mapping status",
            "WILL NOT update Mapping status",
        )
        td = D(
            p,
            td,
            16,
            "MainThread",
            "INFO",
            "thread count %d, listening on %s",
            "thread count 9, listening on 127.0.0.1:8004",
        )
        td = D(
            p, td, 16, "MainThread", "INFO", "Ambassador %s booted", f"Ambassador {EM_VER} booted"
        )
        tgu = td + sec(0.2)
        tgu = GU(p, tgu, 16, "Starting gunicorn %s", "Starting gunicorn 21.2.0")
        tgu = GU(p, tgu, 16, "Listening at: %s (%s)", "Listening at: http://127.0.0.1:8004 (16)")
        tgu = GU(p, tgu, 16, "Using worker: %s", "Using worker: gthread")
        GU(
            p,
            tgu + sec(0.01),
            16,
            "Booting worker with pid: %s",
            f"Booting worker with pid: {worker[p]}",
        )
        tw = tgu + sec(0.4)
        tw = D(
            p,
            tw,
            worker[p],
            "AEW",
            "INFO",
            "starting Scout checker and timer logger",
            "starting Scout checker and timer logger",
        )
        D(p, tw, worker[p], "AEW", "INFO", "starting event watcher", "starting event watcher")
        ta = tw + sec(0.5)
        ta = G(
            p,
            ta,
            "info",
            "Listening on %s:%s",
            "Listening on tcp:127.0.0.1:8003",
            "github.com/emissary-ingress/emissary/v3/pkg/ambex.runManagementServer",
            "/go/pkg/ambex/main.go:158",
            "/ambex/main",
        )
        spawn(ta + sec(0.3), 52, EM_ENVOY, "/envoy")
        reconfigure(p, ta + sec(2.1), "complete")

    actions: list[tuple[datetime, str, object]] = []
    for p in (EM_A, EM_B):
        off = r.uniform(0, 60)
        t = T0 + sec(off)
        while t < T_END:
            actions.append((t + sec(r.uniform(-0.3, 0.3)), "metrics", p))
            t += sec(60)
    for t in poisson(r, T0, T_END, 520):
        actions.append((t, "config", None))
    for t in poisson(r, storm[0], storm[1], 32):
        actions.append((t, "storm", None))
    for pct_t in [
        at(9, 6, 20),
        at(9, 13, 40),
        at(9, 19, 5),
        at(9, 22, 50),
        at(9, 25, 31),
        at(9, 26, 44),
    ]:
        actions.append((pct_t, "memory", None))
    actions.append((back, "start", EM_A))
    actions.sort(key=lambda a: a[0])
    for t, kind, arg in actions:
        if kind == "metrics":
            p = str(arg)
            if up(p, t) and not (p == EM_A and back <= t < back + sec(20)):
                reqline(
                    p,
                    t,
                    "GET /metrics",
                    "10.42.5.23",
                    r.randint(9, 31) if mem_pct(p, t) < 85 else r.randint(40, 160),
                )
        elif kind in ("config", "storm"):
            if kind == "storm":
                counts["S"] += 1
                counts["G"] += 2
                counts["C"] += 1
            else:
                d = r.choice([-1, 0, 0, 1])
                counts["S"] += d
                counts["G"] += 2 * d + r.choice([0, 0, 1, -1])
                counts["C"] += d
            for p in (EM_A, EM_B):
                reconfigure(p, t + sec(r.uniform(0.2, 1.5)), "incremental")
        elif kind == "memory":
            memory_line(EM_A, t, mem_pct(EM_A, t))
        elif kind == "start":
            worker[EM_A] = 40
            gen[EM_A] = 0
            startup(EM_A, t)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- kube-vip

KV_NODES = ["k8s-cp1", "k8s-cp2", "k8s-cp3"]
KV_VIP, KV_IF = "10.20.0.10", "ens192"


def kube_vip(r: random.Random) -> list[Log]:
    """kube-vip 0.8.0 as static pods on three control-plane nodes (ARP, control plane and
    services, an election per service), 06:00 to 12:00: preview environments' LoadBalancer
    Services created and deleted all day; cp1's etcd member slow 07:33-07:36 (cp1 loses the
    control-plane lease, exits and restarts, cp3 takes the VIP); cp3's DHCP client flushing the
    VIPs off ens192 every ten minutes; cp2's API server restarted 10:12 (cp2 drops its
    services' leases)."""
    fs = Files()
    crash1, back1 = at(7, 34, 41.3), at(7, 34, 52.9)
    slow1 = (at(7, 33, 50), at(7, 36, 30))
    down2 = (at(10, 12, 10.4), at(10, 12, 28.9))

    def fname(n: str, t: datetime) -> str:
        if n == "k8s-cp1":
            return "kube-vip-k8s-cp1-0.log" if t < back1 else "kube-vip-k8s-cp1-1.log"
        return f"kube-vip-{n}.log"

    def alive(n: str, t: datetime) -> bool:
        return not (n == "k8s-cp1" and crash1 <= t < back1)

    def L(n: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        f = fname(n, t)
        return fs.add(
            f, t, label, lambda x: [logrus(rfc3339s(x), level, msg, {})], (f, "logrus"), 1_000_000
        )

    def K(n: str, t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        t += sec(r.uniform(0.000001, 0.00009))
        f = fname(n, t)
        return fs.add(f, t, label, lambda x: [klog_head(x, lvl, where, 1) + msg], (f, "klog"), 1)

    # services: key -> dict(ns, name, ip, uid, holder)
    svcs: dict[str, dict[str, str]] = {}
    for ns, name, ip, holder in [
        ("ingress-nginx", "ingress-nginx-controller", "10.20.0.100", "k8s-cp2"),
        ("monitoring", "grafana", "10.20.0.101", "k8s-cp3"),
        ("gitlab", "gitlab-shell", "10.20.0.102", "k8s-cp1"),
    ]:
        svcs[f"{ns}/{name}"] = {"ns": ns, "name": name, "ip": ip, "uid": uuid4(r), "holder": holder}
    free_ips = [f"10.20.0.{i}" for i in range(110, 200)]
    r.shuffle(free_ips)

    def held(n: str) -> list[dict[str, str]]:
        return [v for v in svcs.values() if v["holder"] == n]

    def lease_err(n: str, t: datetime, ns: str, lock: str, why: str, label: str) -> None:
        K(
            n,
            t,
            "E",
            "leaderelection.go:332",
            label,
            f'error retrieving resource lock {ns}/{lock}: Get "https://kubernetes:6443/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/{lock}?timeout=10s": {why}',
        )

    def acquire(
        w: str, t: datetime, v: dict[str, str], others: list[str], modified: bool
    ) -> datetime:
        t = K(
            w,
            t,
            "I",
            "leaderelection.go:260",
            "successfully acquired lease %v",
            f"successfully acquired lease {v['ns']}/kubevip-{v['name']}",
        )
        t = L(
            w,
            t + sec(r.uniform(0.001, 0.02)),
            "info",
            "(svcs) adding VIP [%s] via %s for [%s/%s]",
            f"(svcs) adding VIP [{v['ip']}] via {KV_IF} for [{v['ns']}/{v['name']}]",
        )
        t = L(
            w,
            t + sec(0.001),
            "info",
            "[service] synchronised in %dms",
            f"[service] synchronised in {r.randint(3, 48)}ms",
        )
        v["holder"] = w
        for o in others:
            to = t + sec(r.uniform(0.05, 0.8))
            to = L(
                o,
                to,
                "info",
                "(svc election) service [%s] leader lost: [%s]",
                f"(svc election) service [{v['name']}] leader lost: [{o}]",
            )
            L(
                o,
                to + sec(0.001),
                "info",
                "(svc election) new leader elected: %s",
                f"(svc election) new leader elected: {w}",
            )
        if modified:
            tm = t + sec(r.uniform(0.3, 1.2))
            tm = L(
                w,
                tm,
                "warning",
                "(svcs) already found existing address [%s] on adapter [%s]",
                f"(svcs) already found existing address [{v['ip']}] on adapter [{KV_IF}]",
            )
            L(
                w,
                tm + sec(r.uniform(2.2, 3.0)),
                "warning",
                "Re-applying the VIP configuration [%s] to the interface [%s]",
                f"Re-applying the VIP configuration [{v['ip']}] to the interface [{KV_IF}]",
            )
        return t

    def elect(n: str, t: datetime, v: dict[str, str]) -> datetime:
        t = L(
            n,
            t,
            "info",
            "(svc election) service [%s], namespace [%s], lock name [%s], host id [%s]",
            f"(svc election) service [{v['name']}], namespace [{v['ns']}], lock name [kubevip-{v['name']}], host id [{n}]",
        )
        return K(
            n,
            t + sec(r.uniform(0.0001, 0.002)),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            f"attempting to acquire leader lease {v['ns']}/kubevip-{v['name']}...",
        )

    def create(t: datetime, ns: str) -> None:
        v = {"ns": ns, "name": "web", "ip": free_ips.pop(), "uid": uuid4(r), "holder": ""}
        svcs[f"{ns}/web"] = v
        nodes = [
            n
            for n in KV_NODES
            if alive(n, t)
            and not (n == "k8s-cp1" and slow1[0] <= t < slow1[1])
            and not (n == "k8s-cp2" and down2[0] <= t < down2[1])
        ]
        ts = t
        for n in nodes:
            ts = elect(n, t + sec(r.uniform(0.01, 0.2)), v)
        loads = sorted(nodes, key=lambda n: len(held(n)) + r.uniform(0, 2.5))
        w = loads[0]
        acquire(w, ts + sec(r.uniform(0.02, 0.3)), v, [n for n in nodes if n != w], True)

    def delete(t: datetime, key: str) -> None:
        v = svcs.pop(key)
        free_ips.insert(0, v["ip"])
        h = v["holder"]
        if h and alive(h, t):
            th = L(
                h,
                t,
                "info",
                "[LOADBALANCER] Stopping load balancers",
                "[LOADBALANCER] Stopping load balancers",
            )
            th = L(
                h,
                th + sec(0.001),
                "info",
                "[VIP] Releasing the Virtual IP [%s]",
                f"[VIP] Releasing the Virtual IP [{v['ip']}]",
            )
            L(
                h,
                th + sec(0.001),
                "info",
                "Removed [%s] from manager, [%d] advertised services remain",
                f"Removed [{v['uid']}] from manager, [{len(held(h))}] advertised services remain",
            )
        for n in KV_NODES:
            if alive(n, t):
                L(
                    n,
                    t + sec(r.uniform(0.001, 0.1)),
                    "info",
                    "(svcs) [%s/%s] has been deleted",
                    f"(svcs) [{v['ns']}/{v['name']}] has been deleted",
                )
        if h and alive(h, t):
            L(
                h,
                t + sec(r.uniform(0.1, 0.3)),
                "info",
                "(svc election) for service [%s] stopping",
                f"(svc election) for service [{v['name']}] stopping",
            )

    def startup(n: str, t: datetime) -> datetime:
        t = L(n, t, "info", "Starting kube-vip.io [%s]", "Starting kube-vip.io [v0.8.0]")
        t = L(
            n,
            t,
            "info",
            "namespace [%s], Mode: [%s], Features(s): Control Plane:[%t], Services:[%t]",
            "namespace [kube-system], Mode: [ARP], Features(s): Control Plane:[true], Services:[true]",
        )
        t = L(n, t, "info", "Using node name [%s]", f"Using node name [{n}]")
        t = L(n, t, "info", "prometheus HTTP server started", "prometheus HTTP server started")
        t = L(
            n,
            t,
            "info",
            "Starting Kube-vip Manager with the ARP engine",
            "Starting Kube-vip Manager with the ARP engine",
        )
        t = L(
            n,
            t,
            "info",
            "beginning watching services, leaderelection will happen for every service",
            "beginning watching services, leaderelection will happen for every service",
        )
        t = L(
            n,
            t,
            "info",
            "Beginning cluster membership, namespace [%s], lock name [%s], id [%s]",
            f"Beginning cluster membership, namespace [kube-system], lock name [plndr-cp-lock], id [{n}]",
        )
        K(
            n,
            t + sec(0.0004),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            "attempting to acquire leader lease kube-system/plndr-cp-lock...",
        )
        t = L(
            n,
            t,
            "info",
            "(svcs) starting services watcher for all namespaces",
            "(svcs) starting services watcher for all namespaces",
        )
        for v in list(svcs.values()):
            t = elect(n, t + sec(r.uniform(0.005, 0.05)), v)
        return t

    # preview environments
    actions: list[tuple[datetime, str, object]] = []
    pr = 4802
    for tc in poisson(r, at(6, 2), at(11, 45), 330):
        pr += r.randint(1, 4)
        ns = f"preview-pr-{pr}"
        actions.append((tc, "create", ns))
        td = tc + sec(r.uniform(25 * 60, 110 * 60))
        if td < T_END - sec(30):
            actions.append((td, "delete", f"{ns}/web"))
    actions.append((slow1[0], "slow1", None))
    actions.append((down2[0], "down2", None))
    t = at(7, 50, 17)
    while t < T_END:
        actions.append((t, "dhcp", None))
        t += sec(600 + r.uniform(-2, 2))
    actions.sort(key=lambda a: a[0])

    for t, kind, arg in actions:
        if kind == "create":
            create(t, str(arg))
        elif kind == "delete":
            if str(arg) in svcs:
                delete(t, str(arg))
        elif kind == "dhcp":
            tl = t
            for v in [{"ip": KV_VIP}, *held("k8s-cp3")]:
                L(
                    "k8s-cp3",
                    tl + sec(r.uniform(0.0, 3.0)),
                    "warning",
                    "Re-applying the VIP configuration [%s] to the interface [%s]",
                    f"Re-applying the VIP configuration [{v['ip']}] to the interface [{KV_IF}]",
                )
        elif kind == "slow1":
            n = "k8s-cp1"
            locks = [("kube-system", "plndr-cp-lock")] + [
                (v["ns"], f"kubevip-{v['name']}") for v in svcs.values()
            ]
            why = "context deadline exceeded"
            lab = "error retrieving resource lock %v: Get %q: context deadline exceeded"
            for ns, lock in locks:
                tl = slow1[0] + sec(r.uniform(0, 6))
                while tl + sec(10) < crash1 - sec(0.01):
                    if r.random() < 0.75:
                        lease_err(n, tl + sec(10), ns, lock, why, lab)
                        tl += sec(11 + r.uniform(0, 0.4))
                    else:
                        tl += sec(r.uniform(1, 2.5))
            K(
                n,
                crash1 - sec(0.002),
                "I",
                "leaderelection.go:285",
                "failed to renew lease %v: timed out waiting for the condition",
                "failed to renew lease kube-system/plndr-cp-lock: timed out waiting for the condition",
            )
            L(
                n,
                crash1 - sec(0.001),
                "info",
                "This node is becoming a follower within the cluster",
                "This node is becoming a follower within the cluster",
            )
            L(
                n,
                crash1,
                "fatal",
                "lost leadership, restarting kube-vip",
                "lost leadership, restarting kube-vip",
            )
            tk = crash1 + sec(5.8)
            tk = K(
                "k8s-cp3",
                tk,
                "I",
                "leaderelection.go:260",
                "successfully acquired lease %v",
                "successfully acquired lease kube-system/plndr-cp-lock",
            )
            for o in ["k8s-cp3", "k8s-cp2"]:
                L(
                    o,
                    tk + sec(r.uniform(0.001, 0.2)),
                    "info",
                    "Node [%s] is assuming leadership of the cluster",
                    "Node [k8s-cp3] is assuming leadership of the cluster",
                )
            L(
                "k8s-cp3",
                tk + sec(0.01),
                "info",
                "Gratuitous Arp broadcast will repeat every 3 seconds for [%s/%s]",
                f"Gratuitous Arp broadcast will repeat every 3 seconds for [{KV_VIP}/{KV_IF}]",
            )
            # cp1's services, taken over when their leases expire
            for v in held(n):
                w = r.choice(["k8s-cp2", "k8s-cp3"])
                o = "k8s-cp3" if w == "k8s-cp2" else "k8s-cp2"
                tw = crash1 + sec(r.uniform(5.1, 6.5))
                acquire(w, tw, v, [], False)
                L(
                    o,
                    tw + sec(r.uniform(0.05, 0.5)),
                    "info",
                    "(svc election) new leader elected: %s",
                    f"(svc election) new leader elected: {w}",
                )
            # cp1 back, still timing out until its etcd member recovers
            startup(n, back1)
            for ns, lock in locks:
                tl = back1 + sec(r.uniform(0.5, 3))
                while tl < slow1[1]:
                    if r.random() < 0.7:
                        lease_err(n, tl + sec(10), ns, lock, why, lab)
                        tl += sec(11 + r.uniform(0, 0.4))
                    else:
                        tl += sec(r.uniform(1, 2.5))
            tr = slow1[1] + sec(r.uniform(0.5, 1.5))
            L(
                n,
                tr,
                "info",
                "Node [%s] is assuming leadership of the cluster",
                "Node [k8s-cp3] is assuming leadership of the cluster",
            )
            for v in svcs.values():
                tr = L(
                    n,
                    tr + sec(r.uniform(0.01, 0.3)),
                    "info",
                    "(svc election) service [%s] leader lost: [%s]",
                    f"(svc election) service [{v['name']}] leader lost: [{n}]",
                )
                L(
                    n,
                    tr + sec(0.001),
                    "info",
                    "(svc election) new leader elected: %s",
                    f"(svc election) new leader elected: {v['holder']}",
                )
        elif kind == "down2":
            n = "k8s-cp2"
            why = "dial tcp 127.0.0.1:6443: connect: connection refused"
            lab = "error retrieving resource lock %v: Get %q: dial tcp %s: connect: connection refused"
            mine = held(n)
            locks = [("kube-system", "plndr-cp-lock")] + [
                (v["ns"], f"kubevip-{v['name']}") for v in svcs.values() if v not in mine
            ]
            for ns, lock in locks:
                tl = down2[0] + sec(r.uniform(0, 1.2))
                while tl < down2[1]:
                    lease_err(n, tl, ns, lock, why, lab)
                    tl += sec(1.0 + r.uniform(0, 0.25))
            tw = down2[0] + sec(r.uniform(0, 0.8))
            while tw < down2[1]:
                K(
                    n,
                    tw,
                    "E",
                    "retrywatcher.go:131",
                    '"Watch failed"',
                    f'"Watch failed" err="Get \\"https://kubernetes:6443/api/v1/services?allowWatchBookmarks=true&resourceVersion={r.randint(48233000, 48234000)}&watch=true\\": {why}"',
                )
                tw += sec(1.0 + r.uniform(0, 0.05))
            for v in mine:
                tf = down2[0] + sec(r.uniform(2.0, 3.4))
                for _ in range(2):
                    lease_err(
                        n, tf - sec(r.uniform(1.0, 1.9)), v["ns"], f"kubevip-{v['name']}", why, lab
                    )
                K(
                    n,
                    tf,
                    "I",
                    "leaderelection.go:285",
                    "failed to renew lease %v: timed out waiting for the condition",
                    f"failed to renew lease {v['ns']}/kubevip-{v['name']}: timed out waiting for the condition",
                )
                L(
                    n,
                    tf + sec(0.001),
                    "info",
                    "(svc election) for service [%s] stopping",
                    f"(svc election) for service [{v['name']}] stopping",
                )
                w = r.choice(["k8s-cp1", "k8s-cp3"])
                o = "k8s-cp3" if w == "k8s-cp1" else "k8s-cp1"
                tn = down2[0] + sec(r.uniform(5.2, 7.0))
                acquire(w, tn, v, [], False)
                L(
                    o,
                    tn + sec(r.uniform(0.05, 0.5)),
                    "info",
                    "(svc election) new leader elected: %s",
                    f"(svc election) new leader elected: {w}",
                )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- flannel

FL_NODES = [
    # node, address, pod subnet, pod before the rollout, pod after
    ("k8s-cp1", "10.0.1.11", "10.244.0.0", "kube-flannel-ds-7mxq2", "kube-flannel-ds-hv4tn"),
    ("k8s-w1", "10.0.1.21", "10.244.1.0", "kube-flannel-ds-c9k4w", "kube-flannel-ds-2p8zd"),
    ("k8s-w2", "10.0.1.22", "10.244.2.0", "kube-flannel-ds-lq5nb", "kube-flannel-ds-x7rwf"),
    ("k8s-w3", "10.0.1.23", "10.244.3.0", "kube-flannel-ds-8dtr6", "kube-flannel-ds-kj2sm"),
    ("k8s-w4", "10.0.1.24", "10.244.4.0", "kube-flannel-ds-v2h9p", "kube-flannel-ds-q6bcx"),
]
FL_CLI = "{etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 etcdPrefix:/coreos.com/network etcdKeyfile: etcdCertfile: etcdCAFile: etcdUsername: etcdPassword: version:false kubeSubnetMgr:true kubeApiUrl: kubeAnnotationPrefix:flannel.alpha.coreos.com kubeConfigFile: iface:[] ifaceRegex:[] ipMasq:true ifaceCanReach: subnetFile:/run/flannel/subnet.env publicIP: publicIPv6: subnetLeaseRenewMargin:60 healthzIP:0.0.0.0 healthzPort:0 iptablesResyncSeconds:5 iptablesForwardRules:true netConfPath:/etc/kube-flannel/net-conf.json setNodeNetworkUnavailable:true useMultiClusterCidr:false}"


def ip_int(a: str) -> int:
    x = 0
    for part in a.split("."):
        x = x * 256 + int(part)
    return x


def batch_elem(typ: int, subnet: str, public: str, mac: str) -> str:
    """flannel's `Batch elem [%d] is { %#v }` for a kube subnet manager lease."""
    data = json.dumps({"VNI": 1, "VtepMAC": mac}, separators=(",", ":")).encode()
    raw = ", ".join(f"0x{b:x}" for b in data)
    return (
        f"Batch elem [0] is {{ lease.Event{{Type:{typ}, Lease:lease.Lease{{EnableIPv4:true, EnableIPv6:false, "
        f"Subnet:ip.IP4Net{{IP:0x{ip_int(subnet):x}, PrefixLen:0x18}}, IPv6Subnet:ip.IP6Net{{IP:(*ip.IP6)(nil), PrefixLen:0x0}}, "
        f'Attrs:lease.LeaseAttrs{{PublicIP:0x{ip_int(public):x}, PublicIPv6:(*ip.IP6)(nil), BackendType:"vxlan", '
        f"BackendData:json.RawMessage{{{raw}}}, BackendV6Data:json.RawMessage(nil)}}, "
        "Expiration:time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC), Asof:0}} }"
    )


def flannel(r: random.Random) -> list[Log]:
    """flanneld 0.25 (kube subnet manager, VXLAN, iptables) on five fixed nodes, 06:00 to
    12:00: spot nodes joining and leaving all day (a lease event on every flannel), Puppet
    reloading firewalld on k8s-w2 and k8s-w4 every five minutes (the FLANNEL chains wiped and
    recreated), kube-proxy contending for the xtables lock on k8s-w3 08:10-08:25, the API
    server unreachable 10:30-10:32, and the DaemonSet rolled to 0.25.4 at 11:00."""
    fs = Files()
    macs = {n: ":".join(hexid(r, 2) for _ in range(6)) for n, *_ in FL_NODES}
    roll = {n: at(11, 0, 12) + sec(38 * i + r.uniform(0, 4)) for i, (n, *_r) in enumerate(FL_NODES)}
    spots: dict[str, tuple[str, str, str]] = {}

    def pod(n: str, t: datetime) -> str:
        row = next(x for x in FL_NODES if x[0] == n)
        return row[3] if t < roll[n] else row[4]

    def up(n: str, t: datetime) -> bool:
        return not (roll[n] - sec(1.5) <= t < roll[n] + sec(2.5))

    def K(n: str, t: datetime, lvl: str, where: str, label: str, lines: list[str]) -> datetime:
        t += sec(r.uniform(0.000001, 0.00009))
        f = f"{pod(n, t)}.log"
        return fs.add(
            f, t, label, lambda x: [klog_head(x, lvl, where, 1) + lines[0], *lines[1:]], f, 1
        )

    def lease_event(n: str, t: datetime, typ: int, subnet: str, public: str, mac: str) -> datetime:
        return K(
            n,
            t,
            "I",
            "watch.go:51",
            "Batch elem [%d] is { %#v }",
            [batch_elem(typ, subnet, public, mac)],
        )

    def startup(n: str, t: datetime) -> None:
        row = next(x for x in FL_NODES if x[0] == n)
        _n, addr, subnet, _o, _p = row
        t = K(n, t, "I", "main.go:211", "CLI flags config: %+v", [f"CLI flags config: {FL_CLI}"])
        t = K(
            n,
            t + sec(0.0002),
            "W",
            "client_config.go:618",
            "Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.",
            [
                "Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work."
            ],
        )
        t = K(
            n,
            t + sec(0.0151),
            "I",
            "kube.go:139",
            "Waiting %s for node controller to sync",
            ["Waiting 10m0s for node controller to sync"],
        )
        t = K(
            n,
            t + sec(0.0001),
            "I",
            "kube.go:469",
            "Starting kube subnet manager",
            ["Starting kube subnet manager"],
        )
        t = K(
            n,
            t + sec(1.0009),
            "I",
            "kube.go:146",
            "Node controller sync successful",
            ["Node controller sync successful"],
        )
        t = K(
            n,
            t + sec(0.0001),
            "I",
            "main.go:231",
            "Created subnet manager: %s",
            [f"Created subnet manager: Kubernetes Subnet Manager - {n}"],
        )
        t = K(
            n,
            t + sec(0.0001),
            "I",
            "main.go:234",
            "Installing signal handlers",
            ["Installing signal handlers"],
        )
        t = K(
            n,
            t + sec(0.0003),
            "I",
            "main.go:452",
            "Found network config - Backend type: %s",
            ["Found network config - Backend type: vxlan"],
        )
        t = K(
            n,
            t + sec(0.0001),
            "I",
            "match.go:211",
            "Determining IP address of default interface",
            ["Determining IP address of default interface"],
        )
        t = K(
            n,
            t + sec(0.0006),
            "I",
            "match.go:264",
            "Using interface with name %s and address %s",
            [f"Using interface with name eth0 and address {addr}"],
        )
        t = K(
            n,
            t + sec(0.0001),
            "I",
            "match.go:286",
            "Defaulting external address to interface address (%s)",
            [f"Defaulting external address to interface address ({addr})"],
        )
        t = K(
            n,
            t + sec(0.0002),
            "I",
            "vxlan.go:141",
            "VXLAN config: VNI=%d Port=%d GBP=%v Learning=%v DirectRouting=%v",
            ["VXLAN config: VNI=1 Port=0 GBP=false Learning=false DirectRouting=false"],
        )
        t = K(
            n,
            t + sec(0.0171),
            "I",
            "kube.go:514",
            "Creating the node lease for IPv4. This is the n.Spec.PodCIDRs: %v",
            [f"Creating the node lease for IPv4. This is the n.Spec.PodCIDRs: [{subnet}/24]"],
        )
        t = K(
            n,
            t + sec(0.0012),
            "I",
            "iptables.go:51",
            "Starting flannel in iptables mode...",
            ["Starting flannel in iptables mode..."],
        )
        t = K(
            n,
            t + sec(0.0003),
            "I",
            "iptables.go:125",
            "Setting up masking rules",
            ["Setting up masking rules"],
        )
        t = K(
            n,
            t + sec(0.0081),
            "I",
            "iptables.go:226",
            "Changing default FORWARD chain policy to ACCEPT",
            ["Changing default FORWARD chain policy to ACCEPT"],
        )
        t = K(
            n,
            t + sec(0.0029),
            "I",
            "main.go:389",
            "Wrote subnet file to %s",
            ["Wrote subnet file to /run/flannel/subnet.env"],
        )
        t = K(n, t + sec(0.0001), "I", "main.go:393", "Running backend.", ["Running backend."])
        tb = t
        for _ in range(2):
            tb = K(
                n,
                tb + sec(r.uniform(0.004, 0.03)),
                "I",
                "iptables.go:372",
                "bootstrap done",
                ["bootstrap done"],
            )
        t = K(
            n,
            t + sec(0.0004),
            "I",
            "vxlan_network.go:65",
            "watching for new subnet leases",
            ["watching for new subnet leases"],
        )
        K(
            n,
            t + sec(0.0001),
            "I",
            "main.go:414",
            "Waiting for all goroutines to exit",
            ["Waiting for all goroutines to exit"],
        )
        for o, oaddr, osub, *_x in FL_NODES:
            if o != n:
                t = lease_event(n, t + sec(r.uniform(0.0005, 0.003)), 0, osub, oaddr, macs[o])
        for _name, (oaddr, osub, mac) in sorted(spots.items()):
            t = lease_event(n, t + sec(r.uniform(0.0005, 0.003)), 0, osub, oaddr, mac)

    def shutdown(n: str, t: datetime) -> None:
        t = K(
            n,
            t,
            "I",
            "main.go:560",
            "shutdownHandler sent cancel signal...",
            ["shutdownHandler sent cancel signal..."],
        )
        K(
            n,
            t + sec(r.uniform(1.0, 1.2)),
            "I",
            "main.go:432",
            "Exiting cleanly...",
            ["Exiting cleanly..."],
        )

    actions: list[tuple[datetime, str, object]] = []
    used_ips: set[int] = set()
    for tj in poisson(r, at(6, 1), at(11, 50), 165):
        name = "k8s-spot-" + "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(5))
        k = r.choice([x for x in range(10, 250) if x not in used_ips])
        used_ips.add(k)
        info = (f"10.0.2.{k}", f"10.244.{k}.0", ":".join(hexid(r, 2) for _ in range(6)))
        actions.append((tj, "join", (name, info)))
        tl = tj + sec(r.uniform(12 * 60, 80 * 60))
        if tl < T_END - sec(20):
            actions.append((tl, "leave", (name, info)))
    for n in ("k8s-w2", "k8s-w4"):
        t = at(6, 3, 11) if n == "k8s-w2" else at(6, 1, 40)
        while t < T_END:
            actions.append((t, "firewalld", n))
            t += sec(300 + r.uniform(-1, 1))
    t = at(8, 10, 3)
    while t < at(8, 25, 2):
        for chain, table in (("FLANNEL-POSTRTG", "nat"), ("FLANNEL-FWD", "filter")):
            if r.random() < 0.42:
                actions.append((t + sec(r.uniform(0, 0.4)), "xtables", (chain, table)))
        t += sec(5 + r.uniform(0, 0.05))
    actions.append((at(10, 30, 5), "apidown", None))
    for n, *_x in FL_NODES:
        actions.append((roll[n] - sec(1.5), "stop", n))
        actions.append((roll[n] + sec(2.5), "start", n))
    actions.sort(key=lambda a: a[0])

    for t, kind, arg in actions:
        if kind == "join":
            name, info = arg  # type: ignore[misc]
            spots[name] = info
            for n, *_x in FL_NODES:
                if up(n, t):
                    lease_event(n, t + sec(r.uniform(0.001, 0.4)), 0, info[1], info[0], info[2])
        elif kind == "leave":
            name, info = arg  # type: ignore[misc]
            spots.pop(name, None)
            for n, *_x in FL_NODES:
                if up(n, t):
                    lease_event(n, t + sec(r.uniform(0.001, 0.4)), 1, info[1], info[0], info[2])
        elif kind == "firewalld":
            n = str(arg)
            if up(n, t):
                for _loop in range(2):
                    tf = t + sec(r.uniform(0.1, 5.0))
                    tf = K(
                        n,
                        tf,
                        "I",
                        "iptables.go:407",
                        "Some iptables rules are missing; deleting and recreating rules",
                        ["Some iptables rules are missing; deleting and recreating rules"],
                    )
                    K(
                        n,
                        tf + sec(r.uniform(0.01, 0.05)),
                        "I",
                        "iptables.go:372",
                        "bootstrap done",
                        ["bootstrap done"],
                    )
        elif kind == "xtables":
            chain, table = arg  # type: ignore[misc]
            K(
                "k8s-w3",
                t,
                "E",
                "iptables.go:343",
                "Failed to ensure iptables rules: error checking rule existence: failed to check rule existence: running [%s]: exit status %d: iptables: Resource temporarily unavailable.",
                [
                    f"Failed to ensure iptables rules: error checking rule existence: failed to check rule existence: running [/usr/sbin/iptables -t {table} -S {chain} 1 --wait]: exit status 4: iptables: Resource temporarily unavailable."
                ],
            )
        elif kind == "apidown":
            end = at(10, 32, 41)
            for n, *_x in FL_NODES:
                rvn = r.randint(48240000, 48250000)
                url = f"https://10.96.0.1:443/api/v1/nodes?resourceVersion={rvn}"
                ta = t + sec(r.uniform(0.0, 2.0))
                backoff = 0.8
                while ta < end:
                    # the list hangs until the client's 30 s timeout: the VIP drops the packets
                    te = ta + sec(30.0 + r.uniform(0.0005, 0.002))
                    err = f'Get "{url}": dial tcp 10.96.0.1:443: i/o timeout'
                    tid = r.randint(100000000, 2147483647)
                    total = f"30.00{r.randint(1000, 9999)}{r.randint(100, 999)}s"
                    trace = [
                        f'Trace[{tid}]: "Reflector ListAndWatch" name:pkg/subnet/kube/kube.go:470 ({ta:%d-%b-%Y %H:%M:%S}.{ta.microsecond // 1000:03d}) (total time: 30001ms):',
                        f'Trace[{tid}]: ---"Objects listed" error:{err} 30001ms ({te:%H:%M:%S}.{te.microsecond // 1000:03d})',
                        f"Trace[{tid}]: [{total}] [{total}] END",
                    ]
                    te = K(
                        n,
                        te,
                        "I",
                        "trace.go:236",
                        'Trace[%d]: "Reflector ListAndWatch" name:%s (%s) (total time: %dms):',
                        trace,
                    )
                    te = K(
                        n,
                        te + sec(0.0001),
                        "W",
                        "reflector.go:547",
                        "%s: failed to list %v: Get %q: dial tcp %s: i/o timeout",
                        [f"pkg/subnet/kube/kube.go:470: failed to list *v1.Node: {err}"],
                    )
                    K(
                        n,
                        te + sec(0.00005),
                        "E",
                        "reflector.go:150",
                        "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: i/o timeout",
                        [
                            f"pkg/subnet/kube/kube.go:470: Failed to watch *v1.Node: failed to list *v1.Node: {err}"
                        ],
                    )
                    ta = te + sec(backoff * r.uniform(0.9, 1.1))
                    backoff = min(backoff * 2, 30)
        elif kind == "stop":
            shutdown(str(arg), t)
        elif kind == "start":
            startup(str(arg), t)
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "ingress-nginx": ingress_nginx,
    "contour": contour,
    "emissary": emissary,
    "kube-vip": kube_vip,
    "flannel": flannel,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
