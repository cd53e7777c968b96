#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 174 (opa, gatekeeper, opensearch-dashboards, graphite-web,
kiali) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"). Each program's log is simulated from its format
strings over a seeded run, every line that starts an event labelled with the format string
that wrote it. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five policy and observability servers, 06:00
to 12:00 on 2024-06-07; each system's function's docstring gives its files and story: OPA's
logrus JSON (two servers), Gatekeeper's zap JSON with epoch `ts` and Go's plain http.Server
lines (two webhook replicas and the audit pod), OpenSearch Dashboards' legacy text layout (two
instances, `response` lines, error stacks), graphite-web's four webapp log files (`%a %b %d
%H:%M:%S %Y :: `, Python tracebacks), Kiali's zerolog console lines.

Label notes. Log heads, levels, tags and JSON fields are context; a rego `sprintf` violation
message is a format of its own (Gatekeeper logs it as the audit message and after `denied
admission: `); a Go or JS error inside a message contributes its format. Least sure: OPA's
decision-log failure wording, Gatekeeper's `loading code into OPA` and audit messages, OSD's
`response` type padding, graphite-web's `Fetched data for [%s] in %fs`, Kiali's messages
other than its start-up lines.
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
from generate_round147 import T0, T_END, at, in_any
from generate_round175 import route_of


def iso_s(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def hms_ms(t: datetime) -> str:
    return f"{t:%H:%M:%S}.{t.microsecond // 1000:03d}"


# -------------------------------------------------------------------------------------- opa

OPA_PATHS = [
    (0.62, "POST", "/v1/data/httpapi/authz/allow"),
    (0.2, "POST", "/v1/data/kubernetes/admission/deny"),
    (0.1, "GET", "/health"),
    (0.05, "GET", "/health?bundles"),
    (0.03, "POST", "/v1/data/rbac/roles"),
]
OPA_BUNDLE = "https://bundles.platform.internal/authz/bundle.tar.gz"
OPA_CLIENTS = ["10.42.1.17", "10.42.1.23", "10.42.2.8", "10.42.2.31", "10.42.3.5", "10.42.3.19"]


def opa(r: random.Random) -> list[Log]:
    """Two OPA 0.64 sidecar-less servers (`opa-0.log`, `opa-1.log`: logrus JSON, second
    resolution), 06:00 to 12:00: every request's `Received request.` / `Sent response.`, the
    bundle polled every minute (a new revision activated now and then), the bundle server down
    07:40-07:52 (connection refused), a bad policy pushed at 09:05 (a parse error until 09:21),
    the decision-log service failing 10:10-10:30 (uploads failing, the buffer dropping events),
    and opa-1 restarted at 11:02."""
    fs = Files()

    def J(f: str, t: datetime, level: str, label: str, msg: str, fields: dict) -> datetime:
        def text(x: datetime) -> list[str]:
            d = dict(fields)
            d.update({"level": level, "msg": msg, "time": iso_s(x)})
            return [json.dumps(dict(sorted(d.items())), separators=(",", ":"))]

        return fs.add(f, t, label, text, f, 1_000_000)

    def boot(f: str, t: datetime) -> None:
        t = J(
            f,
            t,
            "info",
            "Initializing server. OPA is running on a public (0.0.0.0) network interface. Unless you intend to expose OPA outside of the host, binding to the localhost interface (--addr localhost:8181) is recommended. See https://www.openpolicyagent.org/docs/latest/security/#interface-binding",
            "Initializing server. OPA is running on a public (0.0.0.0) network interface. Unless you intend to expose OPA outside of the host, binding to the localhost interface (--addr localhost:8181) is recommended. See https://www.openpolicyagent.org/docs/latest/security/#interface-binding",
            {},
        )
        t = J(f, t, "info", "Starting bundle loader.", "Starting bundle loader.", {"name": "authz"})
        t = J(
            f,
            t,
            "info",
            "Starting decision logger.",
            "Starting decision logger.",
            {"plugin": "decision_logs"},
        )
        J(f, t, "info", "Server initialized.", "Server initialized.", {})

    files = ["opa-0.log", "opa-1.log"]
    for f in files:
        boot(f, T0 - sec(r.uniform(30, 300)))
    restart = at(11, 2, 14)
    J("opa-1.log", restart, "info", "Shutting down...", "Shutting down...", {})
    J(
        "opa-1.log",
        restart + sec(0.3),
        "info",
        "Stopping bundle loader.",
        "Stopping bundle loader.",
        {"name": "authz"},
    )
    J(
        "opa-1.log",
        restart + sec(0.4),
        "info",
        "Stopping decision logger.",
        "Stopping decision logger.",
        {"plugin": "decision_logs"},
    )
    J("opa-1.log", restart + sec(0.6), "info", "Server shutdown.", "Server shutdown.", {})
    boot("opa-1.log", restart + sec(14))
    down = (restart, restart + sec(15))

    bundle_down = (at(7, 40, 3), at(7, 52, 40))
    bad_policy = (at(9, 5, 11), at(9, 21, 30))
    dl_down = (at(10, 10, 0), at(10, 30, 20))
    revs = {at(6, 34): "", at(8, 12): "", at(9, 5, 11): "bad", at(9, 21, 30): "", at(10, 47): ""}
    for f in files:
        rev_idx = 0
        t = T0 + sec(r.uniform(1, 59))
        while t < T_END:
            if f == "opa-1.log" and in_any(t, [down]):
                t += sec(60)
                continue
            if in_any(t, [bundle_down]):
                ip = "10.43.12.7"
                J(
                    f,
                    t,
                    "error",
                    'Bundle load failed: request failed: Get "%s": dial tcp %s: connect: connection refused',
                    f'Bundle load failed: request failed: Get "{OPA_BUNDLE}": dial tcp {ip}:443: connect: connection refused',
                    {"name": "authz", "plugin": "bundle"},
                )
            elif t.minute == 41 and t.hour in (6, 11):
                J(
                    f,
                    t,
                    "error",
                    "Bundle load failed: server replied with %v",
                    "Bundle load failed: server replied with 502 Bad Gateway",
                    {"name": "authz", "plugin": "bundle"},
                )
            else:
                changed = [k for k in revs if k <= t]
                if len(changed) > rev_idx:
                    rev_idx = len(changed)
                    if revs[changed[-1]] == "bad":
                        pass
                    else:
                        J(
                            f,
                            t,
                            "info",
                            "Bundle loaded and activated successfully. Etag updated to %v.",
                            f'Bundle loaded and activated successfully. Etag updated to "{hexid(r, 40)}".',
                            {"name": "authz", "plugin": "bundle"},
                        )
                if in_any(t, [bad_policy]):
                    J(
                        f,
                        t,
                        "error",
                        "Bundle load failed: %d error occurred: %s:%d: rego_parse_error: %s",
                        f"Bundle load failed: 1 error occurred: /httpapi/authz/policy.rego:{r.choice([57, 57, 58])}: rego_parse_error: unexpected }} token",
                        {"name": "authz", "plugin": "bundle"},
                    )
            t += sec(60 + r.uniform(-0.4, 0.4))
        # decision-log uploads fail while the service is down
        t = dl_down[0] + sec(r.uniform(1, 9))
        n = 0
        while t < dl_down[1]:
            J(
                f,
                t,
                "error",
                'Log upload failed: request failed: Post "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                'Log upload failed: request failed: Post "https://decisions.platform.internal/logs": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                {"plugin": "decision_logs"},
            )
            n += 1
            if n > 6:
                J(
                    f,
                    t + sec(r.uniform(2, 8)),
                    "error",
                    "Dropped %v events from buffer. Reduce reporting interval or increase buffer size.",
                    f"Dropped {r.randint(180, 950)} events from buffer. Reduce reporting interval or increase buffer size.",
                    {"plugin": "decision_logs"},
                )
            t += sec(r.uniform(55, 70))
        # requests
        rid = 0
        for t in poisson(r, T0, T_END, 44.0):
            if f == "opa-1.log" and in_any(t, [down]):
                continue
            x = r.random()
            acc = 0.0
            for w, m, p in OPA_PATHS:  # noqa: B007  (the matching row is used after the loop)
                acc += w
                if x < acc:
                    break
            rid += 1
            cl = f"{r.choice(OPA_CLIENTS)}:{r.randint(32768, 60999)}"
            base = {"client_addr": cl, "req_id": rid, "req_method": m, "req_path": p.split("?")[0]}
            ts = J(f, t, "info", "Received request.", "Received request.", base)
            status = 200
            if p.startswith("/health?") and in_any(t, [bundle_down]) and r.random() < 0.4:
                status = 500
            dur = r.uniform(0.2, 4) if not p.startswith("/health") else r.uniform(0.05, 0.3)
            J(
                f,
                ts + sec(1),
                "info",
                "Sent response.",
                "Sent response.",
                {
                    "client_addr": cl,
                    "req_id": rid,
                    "req_method": m,
                    "req_path": p.split("?")[0],
                    "resp_bytes": r.choice([14, 16, 2])
                    if p.startswith("/health")
                    else r.randint(18, 96),
                    "resp_duration": round(dur, 6),
                    "resp_status": status,
                },
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- gatekeeper

GK_CONSTRAINTS = [
    # kind, name, template message, a violation's values
    ("K8sRequiredLabels", "ns-must-have-owner", "you must provide labels: %v", "Namespace"),
    (
        "K8sAllowedRepos",
        "repo-is-internal",
        "container <%v> has an invalid image repo <%v>, allowed repos are %v",
        "Pod",
    ),
    (
        "K8sContainerLimits",
        "container-must-have-limits",
        "container <%v> has no resource limits",
        "Pod",
    ),
    (
        "K8sPSPPrivilegedContainer",
        "psp-privileged-container",
        "Privileged container is not allowed: %v, securityContext: %v",
        "Pod",
    ),
]
GK_NS = ["payments", "checkout", "search", "ml-batch", "legacy-crm", "observability", "ci-runners"]
GK_IMAGES = [
    "docker.io/library/nginx:1.25",
    "quay.io/prometheus/node-exporter:v1.8.0",
    "ghcr.io/acme/crm-sync:2.3.1",
    "docker.io/bitnami/redis:7.2",
]


def gk_violation(r: random.Random, kind: str) -> tuple[str, str, str]:
    """The resource's name, namespace and the rego sprintf'd message."""
    if kind == "K8sRequiredLabels":
        ns = r.choice(["legacy-crm", "sandbox-jdoe", "tmp-loadtest", "ci-runners"])
        return ns, "", 'you must provide labels: {"owner"}'
    if kind == "K8sAllowedRepos":
        ns = r.choice(["legacy-crm", "ml-batch", "observability"])
        img = r.choice(GK_IMAGES)
        c = img.split("/")[-1].split(":")[0]
        pod = f"{c}-{hexid(r, 9)[:9]}-{hexid(r, 5)[:5]}"
        return (
            pod,
            ns,
            f'container <{c}> has an invalid image repo <{img}>, allowed repos are ["registry.acme.internal/"]',
        )
    if kind == "K8sContainerLimits":
        ns = r.choice(GK_NS)
        c = r.choice(["app", "worker", "sidecar", "migrate"])
        return (
            f"{r.choice(['api', 'worker', 'batch'])}-{hexid(r, 9)[:9]}-{hexid(r, 5)[:5]}",
            ns,
            f"container <{c}> has no resource limits",
        )
    c = r.choice(["node-exporter", "falco", "debug"])
    return (
        f"{c}-{hexid(r, 5)[:5]}",
        "observability",
        f'Privileged container is not allowed: {c}, securityContext: {{"privileged": true}}',
    )


def gatekeeper(r: random.Random) -> list[Log]:
    """Gatekeeper 3.15 in gatekeeper-system (`gatekeeper-controller-manager-0.log` and `-1.log`,
    the webhook replicas, and `gatekeeper-audit.log`: `kubectl logs`, zap JSON with an epoch
    `ts`, Go's http.Server errors as plain `2024/06/07 06:00:00 http: ...` lines), 06:00 to 12:00:
    the audit every 60 s (`auditing constraints and violations`, one `audit results for
    constraint` per constraint and each violation logged with its rego message), denied
    admissions (`denied admission: %s`, the message's own sprintf format), a CI deploy at 08:20
    hitting the repo policy, a ConstraintTemplate with a rego error applied at 09:40 (`Reconciler
    error` every backoff until fixed at 09:58), TLS handshake errors from the API server during a
    control-plane upgrade 10:30-10:45, and controller-manager-1 OOM-killed at 11:10 (its start-up
    again)."""
    fs = Files()

    def Z(
        f: str, t: datetime, level: str, logger: str, label: str, msg: str, fields: dict
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"{x.timestamp():.7f}".rstrip("0")
            head = f'{{"level":"{level}","ts":{ts},"logger":"{logger}","msg":{json.dumps(msg)}'
            rest = "".join(f",{json.dumps(k)}:{json.dumps(v)}" for k, v in fields.items())
            return [head + rest + "}"]

        return fs.add(f, t, label, text, f, 1)

    def P(f: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"], f + "-std", 1_000_000
        )

    def boot(f: str, t: datetime, audit: bool) -> None:
        t = Z(f, t, "info", "setup", "setting up manager", "setting up manager", {})
        if not audit:
            t = Z(
                f, t + sec(0.01), "info", "setup", "setting up webhooks", "setting up webhooks", {}
            )
        t = Z(f, t + sec(0.05), "info", "setup", "starting manager", "starting manager", {})
        t = Z(
            f,
            t + sec(0.02),
            "info",
            "controller-runtime.metrics",
            "Starting metrics server",
            "Starting metrics server",
            {},
        )
        ctrls = [
            "constrainttemplate-controller",
            "constraint-controller",
            "config-controller",
            "sync-controller",
        ]
        if audit:
            ctrls = ["constrainttemplate-controller", "constraint-controller", "config-controller"]
        for c in ctrls:
            t = Z(
                f,
                t + sec(r.uniform(0.001, 0.01)),
                "info",
                "controller-runtime",
                "Starting EventSource",
                "Starting EventSource",
                {"controller": c, "source": "kind source: *unstructured.Unstructured"},
            )
            t = Z(
                f,
                t + sec(0.001),
                "info",
                "controller-runtime",
                "Starting Controller",
                "Starting Controller",
                {"controller": c},
            )
        for c in ctrls:
            t = Z(
                f,
                t + sec(r.uniform(0.1, 0.4)),
                "info",
                "controller-runtime",
                "Starting workers",
                "Starting workers",
                {"controller": c, "worker count": 1 if "template" in c else 8},
            )
        for tpl in [
            "k8srequiredlabels",
            "k8sallowedrepos",
            "k8scontainerlimits",
            "k8spspprivilegedcontainer",
        ]:
            t = Z(
                f,
                t + sec(r.uniform(0.01, 0.1)),
                "info",
                "controller",
                "loading code into OPA",
                "loading code into OPA",
                {
                    "kind": "ConstraintTemplate",
                    "process": "constraint_template_controller",
                    "template_name": tpl,
                },
            )
        if not audit:
            Z(
                f,
                t + sec(0.3),
                "info",
                "cert-rotation",
                "no cert refresh needed",
                "no cert refresh needed",
                {},
            )

    cm = ["gatekeeper-controller-manager-0.log", "gatekeeper-controller-manager-1.log"]
    for f in cm:
        boot(f, T0 - sec(r.uniform(600, 3000)), False)
    boot("gatekeeper-audit.log", T0 - sec(r.uniform(600, 3000)), True)
    oom = at(11, 10, 42)
    boot(cm[1], oom + sec(21), False)

    # the audit
    t = T0 + sec(r.uniform(5, 40))
    while t < T_END:
        a = "gatekeeper-audit.log"
        ts = Z(
            a,
            t,
            "info",
            "controller",
            "auditing constraints and violations",
            "auditing constraints and violations",
            {
                "process": "audit",
                "event_type": "audit_started",
                "audit_id": f"{t:%Y-%m-%dT%H:%M:%S}Z",
            },
        )
        ts = Z(
            a,
            ts + sec(0.002),
            "info",
            "controller",
            "Auditing from cache",
            "Auditing from cache",
            {"process": "audit", "audit_id": f"{t:%Y-%m-%dT%H:%M:%S}Z"},
        )
        ts += sec(r.uniform(0.8, 3.5))
        for kind, name, fmt, rk in GK_CONSTRAINTS:
            n = {
                "K8sRequiredLabels": 2,
                "K8sAllowedRepos": 1,
                "K8sContainerLimits": 1,
                "K8sPSPPrivilegedContainer": 0,
            }[kind]
            if kind == "K8sAllowedRepos" and at(8, 20) <= t < at(9, 10):
                n = 2
            if kind == "K8sPSPPrivilegedContainer" and t >= at(10, 50):
                n = 1
            vals = [gk_violation(r, kind) for _ in range(n)]
            for rn, rns, msg in vals:
                ts = Z(
                    a,
                    ts + sec(r.uniform(0.001, 0.01)),
                    "info",
                    "controller",
                    fmt,
                    msg,
                    {
                        "process": "audit",
                        "audit_id": f"{t:%Y-%m-%dT%H:%M:%S}Z",
                        "details": {},
                        "event_type": "violation_audited",
                        "constraint_group": "constraints.gatekeeper.sh",
                        "constraint_api_version": "v1beta1",
                        "constraint_kind": kind,
                        "constraint_name": name,
                        "constraint_namespace": "",
                        "constraint_action": "deny",
                        "resource_group": "",
                        "resource_api_version": "v1",
                        "resource_kind": rk,
                        "resource_namespace": rns,
                        "resource_name": rn,
                    },
                )
            if t.minute % 10 == 0:
                ts = Z(
                    a,
                    ts + sec(0.001),
                    "info",
                    "controller",
                    "audit results for constraint",
                    "audit results for constraint",
                    {
                        "process": "audit",
                        "audit_id": f"{t:%Y-%m-%dT%H:%M:%S}Z",
                        "event_type": "constraint_audited",
                        "constraint_kind": kind,
                        "constraint_name": name,
                        "constraint_violations": n,
                    },
                )
        Z(
            a,
            ts + sec(0.01),
            "info",
            "controller",
            "auditing is complete",
            "auditing is complete",
            {
                "process": "audit",
                "audit_id": f"{t:%Y-%m-%dT%H:%M:%S}Z",
                "event_type": "audit_finished",
            },
        )
        t += sec(120 + r.uniform(0, 4))

    # denied admissions: background, then the CI deploy
    def deny(t: datetime) -> None:
        f = cm[r.randrange(2)] if not oom <= t < oom + sec(40) else cm[0]
        kind, name, fmt, rk = r.choices(GK_CONSTRAINTS, [3, 6, 4, 1])[0]
        if at(8, 20) <= t < at(8, 40):
            kind, name, fmt, rk = GK_CONSTRAINTS[1]
        rn, rns, msg = gk_violation(r, kind)
        if rk == "Pod":
            rk, rn = "Deployment", rn.rsplit("-", 2)[0]
        Z(
            f,
            t,
            "info",
            "webhook",
            "denied admission: " + fmt,
            f"denied admission: {msg}",
            {
                "process": "admission",
                "details": {},
                "event_type": "violation",
                "constraint_name": name,
                "constraint_group": "constraints.gatekeeper.sh",
                "constraint_api_version": "v1beta1",
                "constraint_kind": kind,
                "constraint_action": "deny",
                "resource_group": "apps" if rk == "Deployment" else "",
                "resource_api_version": "v1",
                "resource_kind": rk,
                "resource_namespace": rns,
                "resource_name": rn,
                "request_username": r.choice(
                    [
                        "system:serviceaccount:ci-runners:deployer",
                        "jdoe@acme.example",
                        "system:serviceaccount:argocd:argocd-application-controller",
                    ]
                ),
            },
        )

    for t in poisson(r, T0, T_END, 120.0) + poisson(r, at(8, 20), at(8, 40), 9.0):
        deny(t)
    # the bad template
    t = at(9, 40, 12)
    back = 0.005
    while t < at(9, 58, 3):
        for f in [*cm, "gatekeeper-audit.log"]:
            Z(
                f,
                t + sec(r.uniform(0, 0.05)),
                "error",
                "controller-runtime",
                "Reconciler error",
                "Reconciler error",
                {
                    "controller": "constrainttemplate-controller",
                    "object": {"name": "k8sdisallowedtags"},
                    "namespace": "",
                    "name": "k8sdisallowedtags",
                    "reconcileID": uuid4(r),
                    "error": "1 error occurred: k8sdisallowedtags:12: rego_unsafe_var_error: var tag is unsafe",
                },
            )
        t += sec(back)
        back = min(back * 2, 300)
    Z(
        cm[0],
        at(9, 58, 4),
        "info",
        "controller",
        "loading code into OPA",
        "loading code into OPA",
        {
            "kind": "ConstraintTemplate",
            "process": "constraint_template_controller",
            "template_name": "k8sdisallowedtags",
        },
    )
    # TLS handshake errors while the control plane is upgraded
    for t in poisson(r, at(10, 30), at(10, 45), 6.0):
        f = r.choice(cm)
        P(
            f,
            t,
            "http: TLS handshake error from %s: EOF",
            f"http: TLS handshake error from 10.0.{r.choice([0, 1])}.{r.randint(2, 4)}:{r.randint(32768, 60999)}: EOF",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------- opensearch-dashboards

OSD_REQS = [
    (30, "get", "/api/status", 200, (4, 30), "9.0B"),
    (20, "post", "/internal/search/opensearch-with-long-numerals", 200, (40, 900), "kb"),
    (12, "get", "/app/dashboards", 200, (15, 60), "kb"),
    (10, "post", "/api/saved_objects/_bulk_get", 200, (10, 80), "kb"),
    (
        8,
        "get",
        "/api/saved_objects/_find?type=index-pattern&fields=title&per_page=10000",
        200,
        (10, 60),
        "kb",
    ),
    (6, "post", "/api/opensearch-dashboards/settings", 200, (5, 20), "kb"),
    (4, "get", "/api/reporting/reports", 200, (10, 50), "kb"),
    (3, "post", "/auth/login", 200, (80, 300), "kb"),
    (2, "get", "/api/v1/configuration/account", 401, (2, 9), "9.0B"),
]
OSD_STACK = [
    "    at HttpConnector.<anonymous> (/usr/share/opensearch-dashboards/node_modules/@opensearch-project/opensearch/lib/Transport.js:{l1}:{c1})",
    "    at HttpConnector.emit (node:events:517:28)",
    "    at ClientRequest.onTimeout (/usr/share/opensearch-dashboards/node_modules/@opensearch-project/opensearch/lib/Connection.js:{l2}:17)",
    "    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
]
OSD_PLUGINS = [
    "alertingDashboards",
    "anomalyDetectionDashboards",
    "indexManagementDashboards",
    "reportsDashboards",
    "securityDashboards",
]


def opensearch_dashboards(r: random.Random) -> list[Log]:
    """Two OpenSearch Dashboards 2.11 instances (`osd-1.log`, `osd-2.log`: `docker logs`, the
    legacy text layout `  log   [HH:mm:ss.SSS] [level][tags] message`, `response` lines for each
    request, ` error ` lines with an error's stack), 06:00 to 12:00: browser traffic, the
    cluster unreachable 07:15-07:24 (`Unable to revive connection`, `No living connections`,
    `[ConnectionError]: connect ECONNREFUSED %s`, plugin statuses going red and back), osd-2
    upgraded and restarted at 09:00 (plugins, saved-object migrations, listening), and slow
    searches 10:20-10:40 (`TimeoutError: Request timed out` with its stack)."""
    fs = Files()

    def pad7(s: str) -> str:
        n = max(7 - len(s), 0)
        return " " * (n // 2) + s + " " * (n - n // 2)

    def W(f: str, t: datetime, typ: str, tags: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            tg = f" {tags}" if tags else ""
            return [f"{pad7(typ)} [{hms_ms(x)}]{tg} {lines[0]}", *lines[1:]]

        return fs.add(f, t, label, text, f, 1000)

    def boot(f: str, t: datetime) -> None:
        t = W(
            f,
            t,
            "log",
            "[info][plugins-service]",
            'Plugin "%s" is disabled.',
            ['Plugin "visTypeXy" is disabled.'],
        )
        t = W(
            f,
            t + sec(0.4),
            "log",
            "[info][plugins-system]",
            "Setting up [%d] plugins: [%s]",
            [
                f"Setting up [{len(OSD_PLUGINS) + 41}] plugins: [usageCollection,opensearchDashboardsUsageCollection,{','.join(OSD_PLUGINS)},visTypeTable,dashboard]"
            ],
        )
        t = W(
            f,
            t + sec(1.2),
            "log",
            "[info][savedobjects-service]",
            "Waiting until all OpenSearch nodes are compatible with OpenSearch Dashboards before starting saved objects migrations...",
            [
                "Waiting until all OpenSearch nodes are compatible with OpenSearch Dashboards before starting saved objects migrations..."
            ],
        )
        t = W(
            f,
            t + sec(0.2),
            "log",
            "[info][savedobjects-service]",
            "Starting saved objects migrations",
            ["Starting saved objects migrations"],
        )
        if f == "osd-2.log" and t > T0:
            t = W(
                f,
                t + sec(0.1),
                "log",
                "[info][savedobjects-service]",
                "Creating index %s.",
                ["Creating index .kibana_3."],
            )
            t = W(
                f,
                t + sec(0.6),
                "log",
                "[info][savedobjects-service]",
                "Migrating %s saved objects to %s",
                ["Migrating .kibana_2 saved objects to .kibana_3"],
            )
            t = W(
                f,
                t + sec(1.1),
                "log",
                "[info][savedobjects-service]",
                "Pointing alias %s to %s.",
                ["Pointing alias .kibana to .kibana_3."],
            )
            t = W(
                f,
                t + sec(0.2),
                "log",
                "[info][savedobjects-service]",
                "Finished in %sms.",
                [f"Finished in {r.randint(1400, 2600)}ms."],
            )
        t = W(
            f,
            t + sec(0.3),
            "log",
            "[info][plugins-system]",
            "Starting [%d] plugins: [%s]",
            [
                f"Starting [{len(OSD_PLUGINS) + 41}] plugins: [usageCollection,opensearchDashboardsUsageCollection,{','.join(OSD_PLUGINS)},visTypeTable,dashboard]"
            ],
        )
        t = W(
            f,
            t + sec(1.5),
            "log",
            "[info][listening]",
            "Server running at %s",
            ["Server running at http://0.0.0.0:5601"],
        )
        W(
            f,
            t + sec(0.1),
            "log",
            "[info][server][OpenSearchDashboards][http]",
            "http server running at %s",
            ["http server running at http://0.0.0.0:5601"],
        )

    files = ["osd-1.log", "osd-2.log"]
    for f in files:
        boot(f, T0 - sec(r.uniform(1000, 5000)))
    stop2 = at(9, 0, 31)
    boot("osd-2.log", stop2 + sec(9))
    outage = (at(7, 15, 4), at(7, 24, 50))
    slow = (at(10, 20), at(10, 40))

    def size(kind: str) -> str:
        if kind != "kb":
            return kind
        b = r.choice([r.randint(300, 1023), r.randint(1024, 90000)])
        return f"{b}.0B" if b < 1024 else f"{b / 1024:.1f}KB"

    for f in files:
        # requests
        for t in poisson(r, T0, T_END, 24.0):
            if f == "osd-2.log" and stop2 <= t < stop2 + sec(20):
                continue
            _, m, p, st, (lo, hi), sz = r.choices(OSD_REQS, [x[0] for x in OSD_REQS])[0]
            if in_any(t, [outage]) and p.startswith(("/internal", "/api/saved")):
                st, sz = 503, "kb"
            dur = r.randint(lo, hi)
            if in_any(t, [slow]) and p.startswith("/internal"):
                if r.random() < 0.35:
                    W(
                        f,
                        t,
                        "error",
                        "[error][data][opensearch]",
                        "TimeoutError: Request timed out",
                        [
                            "TimeoutError: Request timed out",
                            *[
                                x.format(
                                    l1=r.choice([651, 651, 654]), c1=31, l2=r.choice([143, 143])
                                )
                                for x in OSD_STACK
                            ],
                        ],
                    )
                    st, dur = 500, 30000 + r.randint(1, 40)
                else:
                    dur = r.randint(4000, 29000)
            W(
                f,
                t + sec(dur / 1000),
                "response",
                "",
                # Labelled by method, route and status, as the set's access records are (round
                # 54's rule: a query's values are variables).
                f"{m.upper()} {route_of(p)} {st} %dms - %s",
                [f"{m.upper()} {p} {st} {dur}ms - {size(sz)}"],
            )
        # the outage
        t = outage[0] + sec(r.uniform(0, 3))
        W(
            f,
            t,
            "log",
            "[warning][data][opensearch]",
            "Unable to revive connection: %s",
            ["Unable to revive connection: https://opensearch-cluster-master:9200/"],
        )
        W(
            f,
            t + sec(0.002),
            "log",
            "[warning][data][opensearch]",
            "No living connections",
            ["No living connections"],
        )
        for p in OSD_PLUGINS:
            W(
                f,
                t + sec(r.uniform(0.5, 2)),
                "log",
                f"[info][status][plugin:{p}@2.11.0]",
                "Status changed from %s to %s - [ConnectionError]: connect ECONNREFUSED %s",
                [
                    f"Status changed from green to red - [ConnectionError]: connect ECONNREFUSED 10.96.44.{r.choice([12])}:9200"
                ],
            )
        while t < outage[1]:
            t += sec(r.uniform(9.8, 10.2))
            W(
                f,
                t,
                "log",
                "[error][data][opensearch]",
                "[ConnectionError]: connect ECONNREFUSED %s",
                ["[ConnectionError]: connect ECONNREFUSED 10.96.44.12:9200"],
            )
            if r.random() < 0.5:
                W(
                    f,
                    t + sec(0.003),
                    "log",
                    "[warning][data][opensearch]",
                    "Unable to revive connection: %s",
                    ["Unable to revive connection: https://opensearch-cluster-master:9200/"],
                )
                W(
                    f,
                    t + sec(0.004),
                    "log",
                    "[warning][data][opensearch]",
                    "No living connections",
                    ["No living connections"],
                )
        for p in OSD_PLUGINS:
            W(
                f,
                t + sec(r.uniform(2.5, 4)),
                "log",
                f"[info][status][plugin:{p}@2.11.0]",
                "Status changed from %s to %s - Ready",
                ["Status changed from red to green - Ready"],
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ graphite-web

GR_TARGETS = [
    "sumSeries(servers.web*.cpu.total.user)",
    "servers.db1.disk.sda.io_time",
    "aliasByNode(stats.timers.api.checkout.*.upper_90,4)",
    "stats_counts.nginx.status.5xx",
    "movingAverage(servers.app*.loadavg.01,10)",
    "highestCurrent(stats.gauges.queue.*.depth,5)",
    "carbon.agents.graphite1-a.cache.size",
]


def graphite_web(r: random.Random) -> list[Log]:
    """graphite-web 1.1.10 on graphite1 (its own log files under storage/log/webapp:
    `rendering.log`, `cache.log`, `info.log`, `exception.log`, each `%a %b %d %H:%M:%S %Y ::
    message`, second resolution), 06:00 to 12:00, behind Grafana: each render's cache lookups
    and timings, CarbonLink queries to carbon-cache, carbon-cache restarted 08:02-08:06
    (`Failed CarbonLink query` with its traceback in exception.log), a dashboard asking for an
    unknown function 09:30-09:50 (`Exception Caught` with the KeyError), the disk slow 10:40-11:00
    (long renders)."""
    fs = Files()

    def G(f: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%a %b %d %H:%M:%S %Y} :: {lines[0]}", *lines[1:]],
            f,
            1_000_000,
        )

    carbon_down = (at(8, 2, 10), at(8, 6, 40))
    bad_fn = (at(9, 30), at(9, 50))
    slow = (at(10, 40), at(11, 0))
    sockets_made = set()
    for t in poisson(r, T0, T_END, 36.0):
        tgt = r.choice(GR_TARGETS)
        fmt = r.choices(["png", "json"], [1, 5])[0]
        key = hexid(r, 32)
        if r.random() < 0.3:
            G("cache.log", t, "Request-Cache hit [%s]", [f"Request-Cache hit [{key}]"])
            continue
        t = G("cache.log", t, "Request-Cache miss [%s]", [f"Request-Cache miss [{key}]"])
        if in_any(t, [bad_fn]) and r.random() < 0.3:
            G(
                "exception.log",
                t + sec(0.05),
                "Exception Caught",
                [
                    "Exception Caught",
                    "Traceback (most recent call last):",
                    '  File "/opt/graphite/webapp/graphite/render/views.py", line 122, in renderView',
                    "    data.extend(evaluateTarget(requestContext, target))",
                    '  File "/opt/graphite/webapp/graphite/render/evaluator.py", line 23, in evaluateTarget',
                    "    return evaluateTokens(requestContext, tokens)",
                    '  File "/opt/graphite/webapp/graphite/render/evaluator.py", line 68, in evaluateTokens',
                    "    func = SeriesFunction(tokens.call.funcname)",
                    '  File "/opt/graphite/webapp/graphite/functions/__init__.py", line 62, in SeriesFunction',
                    "    raise KeyError('Function \"%s\" not found' % name)",
                    "KeyError: 'Function \"aggregateWithWildcards\" not found'",
                ],
            )
            continue
        dkey = hexid(r, 32)
        t = G("cache.log", t + sec(0.001), "Data-Cache miss [%s]", [f"Data-Cache miss [{dkey}]"])
        metric = (
            tgt.split("(")[-1].split(",")[0].rstrip(")").replace("*", r.choice(["1", "2", "3"]))
        )
        if in_any(t, [carbon_down]):
            G(
                "info.log",
                t + sec(0.01),
                "CarbonLink creating a new socket for %s",
                ["CarbonLink creating a new socket for ('127.0.0.1', 'a')"],
            )
            G(
                "exception.log",
                t + sec(0.02),
                "Failed CarbonLink query '%s'",
                [
                    f"Failed CarbonLink query '{metric}'",
                    "Traceback (most recent call last):",
                    '  File "/opt/graphite/webapp/graphite/readers/utils.py", line 85, in get_cached_datapoints',
                    "    cached_datapoints = CarbonLink().query(self.real_metric_path)",
                    '  File "/opt/graphite/webapp/graphite/carbonlink.py", line 150, in query',
                    "    results = self.send_request(request)",
                    '  File "/opt/graphite/webapp/graphite/carbonlink.py", line 170, in send_request',
                    "    conn = self.get_connection(host)",
                    '  File "/opt/graphite/webapp/graphite/carbonlink.py", line 115, in get_connection',
                    "    connection.connect(address)",
                    "ConnectionRefusedError: [Errno 111] Connection refused",
                ],
            )
        else:
            if (t.hour, t.minute // 10) not in sockets_made or t < carbon_down[1] + sec(20):
                sockets_made.add((t.hour, t.minute // 10))
                G(
                    "info.log",
                    t + sec(0.01),
                    "CarbonLink creating a new socket for %s",
                    ["CarbonLink creating a new socket for ('127.0.0.1', 'a')"],
                )
            G(
                "cache.log",
                t + sec(0.02),
                "CarbonLink cache-query request for %s returned %d datapoints",
                [
                    f"CarbonLink cache-query request for {metric} returned {r.randint(0, 14)} datapoints"
                ],
            )
        took = r.uniform(0.01, 0.4) * (r.uniform(8, 40) if in_any(t, [slow]) else 1)
        t = G(
            "rendering.log",
            t + sec(took * 0.8),
            "Fetched data for [%s] in %fs",
            [f"Fetched data for [{tgt}] in {took * 0.8:f}s"],
        )
        if fmt == "png":
            t = G(
                "rendering.log",
                t + sec(took * 0.15),
                "Rendered PNG in %.6f seconds",
                [f"Rendered PNG in {took * 0.15:.6f} seconds"],
            )
            G(
                "rendering.log",
                t + sec(0.001),
                "Total rendering time %.6f seconds",
                [f"Total rendering time {took:.6f} seconds"],
            )
        else:
            G(
                "rendering.log",
                t + sec(took * 0.05),
                "Total %s render time %.6f seconds",
                [f"Total json render time {took:.6f} seconds"],
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- kiali

KI_NS = ["bookinfo", "payments", "checkout", "search", "istio-system", "frontend"]


def kiali(r: random.Random) -> list[Log]:
    """Kiali 1.82 (`kiali.log`: `kubectl logs` of the server, zerolog's console layout
    `2024-06-07T06:00:00Z INF message`, second resolution), 06:00 to 12:00: start-up (version,
    config, informers, `Server endpoint will start at [%s]`), the graph and health requests
    the console polls, Prometheus restarted 07:30-07:38 (`Error while fetching app health: %s`
    with the HTTP client's error, graph generation failing), a namespace without RBAC for the
    service account (`namespaces "%s" is forbidden`), Jaeger unreachable 09:10-09:40, the
    Istio config validation running every minute, and the pod restarted at 10:55."""
    fs = Files()

    def K(t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            "kiali.log", t, label, lambda x: [f"{iso_s(x)} {lvl} {msg}"], "kiali", 1_000_000
        )

    def boot(t: datetime) -> None:
        t = K(
            t,
            "INF",
            "Kiali: Version: %s, Commit: %s, Go: %s",
            "Kiali: Version: v1.82.0, Commit: 0e2a6f5d3c1b7f0a9e8d4c2b1a0f9e8d7c6b5a43, Go: 1.21.9",
        )
        t = K(t, "INF", "Kiali: Console version: %s", "Kiali: Console version: 1.82.0")
        t = K(
            t, "INF", "Using authentication strategy [%s]", "Using authentication strategy [openid]"
        )
        t = K(
            t,
            "INF",
            "Some validation errors will be ignored %v. If these errors do occur, they will still be logged. If you think the validation errors you see are incorrect, please report them to the Kiali team if you have not done so already and provide the details of your scenario. This will keep Kiali validations strong for the whole community.",
            "Some validation errors will be ignored [KIA1301]. If these errors do occur, they will still be logged. If you think the validation errors you see are incorrect, please report them to the Kiali team if you have not done so already and provide the details of your scenario. This will keep Kiali validations strong for the whole community.",
        )
        t = K(t, "INF", "Adding a RegistryRefreshHandler", "Adding a RegistryRefreshHandler")
        t = K(
            t + sec(0.2),
            "INF",
            "[Kiali Cache] Waiting for cluster-scoped cache to sync",
            "[Kiali Cache] Waiting for cluster-scoped cache to sync",
        )
        t = K(t + sec(0.4), "INF", "[Kiali Cache] Started", "[Kiali Cache] Started")
        t = K(
            t + sec(0.1),
            "INF",
            "Server endpoint will start at [%s]",
            "Server endpoint will start at [:20001/kiali]",
        )
        t = K(
            t,
            "INF",
            "Server endpoint will serve static content from [%s]",
            "Server endpoint will serve static content from [/opt/kiali/console]",
        )
        K(
            t + sec(0.1),
            "INF",
            "Starting Metrics Server on [%s]",
            "Starting Metrics Server on [:9090]",
        )

    boot(T0 - sec(r.uniform(3600, 7200)))
    restart = at(10, 55, 2)
    K(restart, "INF", "Shutting down internal components", "Shutting down internal components")
    K(restart + sec(0.2), "INF", "[Kiali Cache] Stopping", "[Kiali Cache] Stopping")
    boot(restart + sec(6))
    prom_down = (at(7, 30, 8), at(7, 38, 30))
    jaeger_down = (at(9, 10), at(9, 40))
    for t in poisson(r, T0, T_END, 5.5):
        if restart <= t < restart + sec(8):
            continue
        ns = r.choice(KI_NS)
        x = r.random()
        if in_any(t, [prom_down]):
            if x < 0.5:
                K(
                    t,
                    "ERR",
                    'Error while fetching app health: Post "%s": dial tcp %s: connect: connection refused',
                    'Error while fetching app health: Post "http://prometheus.istio-system:9090/api/v1/query": dial tcp 10.96.171.30:9090: connect: connection refused',
                )
            else:
                K(
                    t,
                    "ERR",
                    'Failed to generate graph: Post "%s": dial tcp %s: connect: connection refused',
                    'Failed to generate graph: Post "http://prometheus.istio-system:9090/api/v1/query": dial tcp 10.96.171.30:9090: connect: connection refused',
                )
            continue
        if in_any(t, [jaeger_down]) and x < 0.4:
            K(
                t,
                "ERR",
                "Error fetching traces: %s",
                f'Error fetching traces: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.{r.choice([88])}.14:16685: connect: connection refused"',
            )
            continue
        if x < 0.06:
            K(
                t,
                "ERR",
                'Error getting namespace %s: namespaces "%s" is forbidden: User "%s" cannot get resource "namespaces" in API group "" in the namespace "%s"',
                'Error getting namespace legacy-crm: namespaces "legacy-crm" is forbidden: User "system:serviceaccount:istio-system:kiali-service-account" cannot get resource "namespaces" in API group "" in the namespace "legacy-crm"',
            )
        elif x < 0.09:
            K(
                t,
                "WRN",
                "Unable to get Istio validations: no Istiod instances found in namespace %s",
                "Unable to get Istio validations: no Istiod instances found in namespace istio-system",
            ) if at(11, 30) <= t < at(11, 35) else K(
                t,
                "WRN",
                "Skipping %s, it is not a valid namespace",
                f"Skipping {r.choice(['kube-node-lease', 'local-path-storage'])}, it is not a valid namespace",
            )
        elif x < 0.1:
            K(
                t,
                "ERR",
                "Cannot get user info from the token: %s",
                "Cannot get user info from the token: token is expired",
            )
        else:
            if ns == "istio-system" or x < 0.9:
                K(
                    t,
                    "INF",
                    "Validations: processing [%d] namespaces, [%d] objects",
                    f"Validations: processing [{r.randint(1, 6)}] namespaces, [{r.randint(12, 240)}] objects",
                ) if x > 0.85 else K(
                    t,
                    "DBG",
                    "Graph request for namespaces [%s] took %s",
                    f"Graph request for namespaces [{ns}] took {r.uniform(40, 900):.3f}ms",
                ) if False else None
    for t in poisson(r, T0, T_END, 14.0):
        if restart <= t < restart + sec(8):
            continue
        K(
            t,
            "INF",
            "[Kiali Cache] Refreshing registry status",
            "[Kiali Cache] Refreshing registry status",
        ) if r.random() < 0.3 else K(
            t,
            "INF",
            "Refreshing cache for cluster [%s] and namespace [%s]",
            f"Refreshing cache for cluster [Kubernetes] and namespace [{r.choice(KI_NS)}]",
        )
    return fs.logs(T0)


SYSTEMS = {
    "opa": opa,
    "gatekeeper": gatekeeper,
    "opensearch-dashboards": opensearch_dashboards,
    "graphite-web": graphite_web,
    "kiali": kiali,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
