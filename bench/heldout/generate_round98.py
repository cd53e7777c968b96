#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 98 (flux, spinnaker, gocd, woodpecker, sentry) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process). Five CI/CD and delivery systems, 06:00 to 12:00 on 2024-06-04:

- Flux 2.2 (`source-controller.log`, `kustomize-controller.log`, `helm-controller.log`: the
  controllers' zap JSON, `{"level":"info","ts":"2024-06-04T06:00:01.123Z","msg":"...",
  "controller":"gitrepository",...,"reconcileID":"..."}`, with klog's leader-election lines
  among them): three GitRepositories polled (`no changes since last reconcilation: observed
  revision '%s'`, the source's own spelling), commits (`stored artifact for commit '%s'`),
  Helm repositories and charts (`artifact up-to-date with remote revision: '%s'`, `stored
  artifact: revision '%s'`, `pulled '%s' chart with version '%s'`), eight Kustomizations
  (`server-side apply completed` with its `output`, `Reconciliation finished in %s, next run in
  %s`), eight HelmReleases (`reconciliation finished in %s, next run in %s`, upgrades, one
  timing out and rolled back); GitHub's name not resolving 08:20-08:35 (`Reconciler error`
  with its `error`), the Bitnami index answering 503 09:10-09:25, a bad commit failing the
  apps' dry-run 10:02-10:31, the kustomize-controller OOM-killed at 09:50 and the
  helm-controller's pod replaced at 11:00 (each controller's start-up again).
- Spinnaker 1.33 (`clouddriver.log`, `orca.log`, `gate.log`: Spring Boot 2.7's console
  pattern, `2024-06-04 06:00:01.123  INFO 1 --- [           main] c.n.s.clouddriver.Main
  : ...`): start-up of each service, Clouddriver's AWS caching agents (`Describing items in
  %s`, `Caching %d items in %s`), EC2 throttling 07:30-07:50 (`Unable to run agent %s` with
  the AmazonEC2Exception's stack), Orca's pipelines (stages, tasks, `Error running %s for
  %s[%s]` with a stack), Orca restarted at 09:15 and Gate's `Internal Server Error` with the
  retrofit stack while it is away, Gate's `Handled error in generic exception handler` for a
  deleted application Deck keeps polling.
- GoCD 24.1 (`go-server.log`, `go-agent-1.log`, `go-agent-2.log`: logback's `%date{ISO8601}
  %-5level [%thread] %logger{0}:%line - %msg`): the server's start-up, material polls
  (`[Material Update] Starting update of material %s`, `... Completed update of material %s`,
  `Skipping update of material %s which has been in-progress since %s` while GitHub is slow
  07:40-07:55, `Modification check failed for material: %s` with the git error's stack),
  pipeline scheduling and job assignment, jobs completing, agents polling (`[Agent Loop]
  Trying to retrieve work.`), agent-2 lost 10:10-10:25, the server restarted at 09:00 (the
  agents' `[Agent Loop] Error occurred during loop:` with the ConnectException's stack).
- Woodpecker 2.5 (`server.log`, `agent-1.log`, `agent-2.log`: zerolog JSON,
  `{"level":"debug","repo":"acme/shop","pipeline":"1234","id":"5678","time":"2024-06-04T06:00:01Z",
  "message":"received execution"}`): the server's and agents' start-up, webhooks creating
  pipelines and hooks ignored, the agents' runner at debug (`request next execution`,
  `received execution`, `listen for cancel signal`, `pipeline done`, `updating pipeline
  status`), cancelled pipelines, GitHub failing 08:40-08:50 (`failure to fetch config from
  forge` with its `error`), the server restarted at 09:30 (the agents' `grpc error: next():
  code: %s` with the dial error).
- Self-hosted Sentry 24.5 (`web.log`, `worker.log`, `cron.log`: Sentry's human log format,
  `06:00:01 [INFO] sentry.access.api: api.access (method='GET' view=... )`, uWSGI's and
  Celery's own lines): uWSGI's start-up, `api.access` for the UI's and SDK clients' API calls,
  Django's `%s: %s` request lines (`Not Found: /api/0/...`, `Forbidden: ...`, `Internal Server
  Error: ...` with a traceback while PostgreSQL restarts 08:10-08:14), the worker's Celery
  start-up (`Connected to %s`, `mingle: ...`, `%s ready.`), `bgtask.spawn`, the release
  registry warning, Redis restarted at 09:40 (`consumer: Cannot connect to %s: %s.` with
  Celery's retry line), the SMTP relay down 10:30-10:50 (`Task %s[%s] raised unexpected:
  SMTPServerDisconnected(...)` with a traceback), the cron's scheduler lines.

Label notes. zap's and zerolog's keys other than the message (Flux's `controller`,
`controllerGroup`, `controllerKind`, the object, `namespace`, `name`, `reconcileID`,
`output`, `revision`; Woodpecker's `repo`, `pipeline`, `id`), klog's header, Spring Boot's
and logback's date, level, PID, thread and logger (GoCD's `%logger{0}:%line`), Sentry's time,
level and logger name and its structlog fields in parentheses are context: the message is the
label. An `error` field made from a format of its own contributes that format after the
message (`Reconciler error error=...`, rounds 66, 69 and 81). A Java stack under its message,
a Python traceback, Celery's retry line and uWSGI's banner lines after the first belong to
their event. Django's `log_response('%s: %s', reason_phrase, path)` writes the reason phrase
as a value: `Not Found: ...` and `Internal Server Error: ...` share one label. A word a call
site passes as an argument (Helm's action name, a stage's status, a job's result) is a value;
a word picked by branch is wording (`Helm upgrade succeeded` / `Helm install succeeded`).

Least sure (written from the helper's knowledge, not checked against copies): Flux's
helm-controller messages (`reconciliation finished in %s, next run in %s` in lower case, the
`Helm %s succeeded/failed` wordings, `Helm rollback to previous release ...`), that a source
error is logged only as controller-runtime's `Reconciler error` (not also as the event's own
error line), kustomize-controller's `Reconciliation failed after %s, next try in %s` and the
dry-run error layout, `Dependencies do not meet ready condition, retrying in %s`; Spinnaker's
Orca lines (`Starting pipeline ...`, `Stage ... completed ...`, `Execution ... completed ...`
are invented; `Error running %s for %s[%s]` from memory), Gate's `Refreshing application list`
and `Fiat permission check failed` (invented), Clouddriver's `Unable to run agent %s`; GoCD's
material-update, scheduling, assignment, job-status and agent-loop wordings (only `Trying to
retrieve work.` and `Skipping update of material %s which has been in-progress since %s` are
remembered with some confidence), the server's start-up lines; Woodpecker's server messages
(`ignoring hook: ...`, `new pipeline %d created for %s`, `agent %d connected` are invented) and
the agent's start-up line; Sentry's `api.access` field list and order, the cron's scheduler
lines and `sentry.tasks.release_registry`'s wording.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import at, poisson
from generate_round97 import Files

T0, T_END = at(6, 0), at(12, 0)


def sec(x: float) -> timedelta:
    return timedelta(seconds=x)


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def jdump(d: dict[str, object]) -> str:
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def godur(x: float) -> str:
    """Go's time.Duration.String() of x seconds (as Flux prints an elapsed time)."""
    if x < 1:
        return f"{x * 1000:.6f}".rstrip("0").rstrip(".") + "ms"
    if x < 60:
        return f"{x:.9f}".rstrip("0").rstrip(".") + "s"
    m, s = divmod(x, 60)
    return f"{int(m)}m" + (f"{s:.9f}".rstrip("0").rstrip(".") + "s")


def jstack(head: str, frames: list[str], cause: list[str] | None = None) -> list[str]:
    out = [head] + [f"\tat {f}" for f in frames]
    if cause:
        out += cause
    return out


# ------------------------------------------------------------------------------------ flux

FX_GIT = [
    ("flux-system", "ssh://git@github.com/acme/fleet-infra", "main", 60),
    ("apps", "https://github.com/acme/apps-config", "main", 120),
    ("platform-charts", "https://github.com/acme/platform-charts", "release", 300),
]
FX_HELMREPO = [
    ("bitnami", "https://charts.bitnami.com/bitnami"),
    ("ingress-nginx", "https://kubernetes.github.io/ingress-nginx"),
    ("prometheus-community", "https://prometheus-community.github.io/helm-charts"),
    ("jetstack", "https://charts.jetstack.io"),
]
# HelmRelease: (name, namespace, chart, version, helm repository)
FX_HR = [
    ("ingress-nginx", "ingress-nginx", "ingress-nginx", "4.10.1", "ingress-nginx"),
    ("cert-manager", "cert-manager", "cert-manager", "v1.14.5", "jetstack"),
    (
        "kube-prometheus-stack",
        "monitoring",
        "kube-prometheus-stack",
        "58.7.2",
        "prometheus-community",
    ),
    ("redis", "apps", "redis", "19.5.0", "bitnami"),
    ("postgresql", "apps", "postgresql", "15.4.2", "bitnami"),
    ("rabbitmq", "apps", "rabbitmq", "14.3.1", "bitnami"),
    ("loki", "monitoring", "loki", "6.6.2", "bitnami"),
    ("external-dns", "kube-system", "external-dns", "7.5.5", "bitnami"),
]
# Kustomization: (name, source, path objects)
FX_KS = [
    (
        "flux-system",
        "flux-system",
        ["GitRepository/flux-system/flux-system", "Kustomization/flux-system/flux-system"],
    ),
    (
        "infra-controllers",
        "flux-system",
        ["HelmRelease/ingress-nginx/ingress-nginx", "HelmRelease/cert-manager/cert-manager"],
    ),
    (
        "infra-configs",
        "flux-system",
        ["ClusterIssuer/letsencrypt-prod", "ConfigMap/ingress-nginx/custom-headers"],
    ),
    (
        "monitoring",
        "flux-system",
        ["HelmRelease/monitoring/kube-prometheus-stack", "HelmRelease/monitoring/loki"],
    ),
    ("apps-frontend", "apps", ["Deployment/apps/web", "Service/apps/web", "Ingress/apps/web"]),
    (
        "apps-backend",
        "apps",
        ["Deployment/apps/api", "Deployment/apps/worker", "ConfigMap/apps/api-config"],
    ),
    ("apps-payments", "apps", ["Deployment/apps/payments", "Service/apps/payments"]),
    (
        "apps-data",
        "apps",
        ["HelmRelease/apps/redis", "HelmRelease/apps/postgresql", "HelmRelease/apps/rabbitmq"],
    ),
]
FX_COMMITS = [
    "Merge pull request #{n} from acme/renovate/{dep}",
    "chore(deps): update {dep} to {ver}",
    "feat(api): bump image to {ver}",
    "fix: raise memory limit for worker",
    "Merge pull request #{n} from acme/feature/payments-retries",
    "scale web to 4 replicas",
    'revert "feat(api): bump image to {ver}"',
    "ci: update image tag for {dep}",
]


def flux(r: random.Random) -> list[Log]:
    """Flux 2.2 on one cluster: source-, kustomize- and helm-controller, 06:00 to 12:00."""
    fs = Files()
    groups = {
        "gitrepository": ("source.toolkit.fluxcd.io", "GitRepository"),
        "helmrepository": ("source.toolkit.fluxcd.io", "HelmRepository"),
        "helmchart": ("source.toolkit.fluxcd.io", "HelmChart"),
        "bucket": ("source.toolkit.fluxcd.io", "Bucket"),
        "ocirepository": ("source.toolkit.fluxcd.io", "OCIRepository"),
        "kustomization": ("kustomize.toolkit.fluxcd.io", "Kustomization"),
        "helmrelease": ("helm.toolkit.fluxcd.io", "HelmRelease"),
    }
    files = {
        "gitrepository": "source-controller.log",
        "helmrepository": "source-controller.log",
        "helmchart": "source-controller.log",
        "bucket": "source-controller.log",
        "ocirepository": "source-controller.log",
        "kustomization": "kustomize-controller.log",
        "helmrelease": "helm-controller.log",
    }
    pod = {
        "source-controller.log": "sc",
        "kustomize-controller.log": "kc",
        "helm-controller.log": "hc",
    }

    def J(f: str, t: datetime, level: str, label: str, msg: str, **extra: object) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {"level": level, "ts": f"{x:%Y-%m-%dT%H:%M:%S}.{ms(x)}Z"}
            if "logger" in extra:
                d["logger"] = extra.pop("logger")
            d["msg"] = msg
            d.update(extra)
            return [jdump(d)]

        return fs.add(f, t, label, text, pod[f], 1000)

    def R(
        ctrl: str,
        t: datetime,
        ns: str,
        name: str,
        level: str,
        label: str,
        msg: str,
        **extra: object,
    ) -> datetime:
        g, k = groups[ctrl]
        fields: dict[str, object] = {
            "controller": ctrl,
            "controllerGroup": g,
            "controllerKind": k,
            k: {"name": name, "namespace": ns},
            "namespace": ns,
            "name": name,
            "reconcileID": uuid4(r),
        }
        fields.update(extra)
        return J(files[ctrl], t, level, label, msg, **fields)

    def klog(f: str, t: datetime, label: str, msg: str, line: int) -> datetime:
        us = r.randint(0, 999)
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"I{x:%m%d %H:%M:%S}.{x.microsecond + us:06d}       1 leaderelection.go:{line}] {msg}"
            ],
            pod[f],
            1000,
        )

    def start(f: str, t: datetime, ctrls: list[str], lease: str) -> datetime:
        t = J(f, t, "info", "starting manager", "starting manager", logger="setup")
        t = J(
            f,
            t + sec(0.002),
            "info",
            "Starting server",
            "Starting server",
            path="/metrics",
            kind="metrics",
            addr="[::]:8080",
        )
        t = J(
            f,
            t + sec(0.001),
            "info",
            "Starting server",
            "Starting server",
            kind="health probe",
            addr="[::]:9440",
        )
        t = klog(
            f,
            t + sec(0.001),
            "attempting to acquire leader lease %v...",
            f"attempting to acquire leader lease flux-system/{lease}...",
            250,
        )
        t = klog(
            f,
            t + sec(r.uniform(2, 6)),
            "successfully acquired lease %v",
            f"successfully acquired lease flux-system/{lease}",
            260,
        )
        for c in ctrls:
            g, k = groups[c]
            base = {"controller": c, "controllerGroup": g, "controllerKind": k}
            t = J(
                f,
                t + sec(0.001),
                "info",
                "Starting EventSource",
                "Starting EventSource",
                **base,
                source=f"kind source: *{apiver[c]}.{k}",
            )
        for c in ctrls:
            g, k = groups[c]
            base = {"controller": c, "controllerGroup": g, "controllerKind": k}
            t = J(f, t + sec(0.001), "info", "Starting Controller", "Starting Controller", **base)
        for c in ctrls:
            g, k = groups[c]
            base = {"controller": c, "controllerGroup": g, "controllerKind": k}
            t = J(
                f,
                t + sec(r.uniform(0.05, 0.2)),
                "info",
                "Starting workers",
                "Starting workers",
                **base,
                **{"worker count": 4},
            )
        return t

    apiver = {
        "gitrepository": "v1",
        "helmrepository": "v1beta2",
        "helmchart": "v1beta2",
        "bucket": "v1beta2",
        "ocirepository": "v1beta2",
        "kustomization": "v1",
        "helmrelease": "v2beta2",
    }
    src_ctrls = ["gitrepository", "helmrepository", "helmchart", "bucket", "ocirepository"]
    start("source-controller.log", T0 + sec(1.4), src_ctrls, "source-controller-leader-election")
    start(
        "kustomize-controller.log",
        T0 + sec(2.1),
        ["kustomization"],
        "kustomize-controller-leader-election",
    )
    start("helm-controller.log", T0 + sec(1.8), ["helmrelease"], "helm-controller-leader-election")

    # --- git sources: commits and polls
    commits: dict[str, list[tuple[datetime, str, str]]] = {}
    for name, _, branch, _ in FX_GIT:
        n = {"flux-system": 4, "apps": 14, "platform-charts": 2}[name]
        ts = sorted(T0 + sec(r.uniform(900, 21000)) for _ in range(n))
        lst = []
        for t in ts:
            subj = r.choice(FX_COMMITS).format(
                n=r.randint(1800, 2400),
                dep=r.choice(["redis", "ingress-nginx", "api", "web", "loki"]),
                ver=f"1.{r.randint(20, 48)}.{r.randint(0, 9)}",
            )
            lst.append((t, f"{branch}@sha1:{hexid(r, 40)}", subj))
        if name == "apps":  # the bad commit and its fix
            lst.append(
                (at(10, 1, 12), f"main@sha1:{hexid(r, 40)}", "feat(api): move image to values")
            )
            lst.append(
                (at(10, 30, 40), f"main@sha1:{hexid(r, 40)}", "fix(api): restore image field")
            )
            lst.sort()
        commits[name] = lst
    rev: dict[str, str] = {n: f"{b}@sha1:{hexid(r, 40)}" for n, _, b, _ in FX_GIT}
    rev_at: dict[str, list[tuple[datetime, str]]] = {n: [(T0, rev[n])] for n in rev}

    def gh_down(t: datetime) -> bool:
        return at(8, 20) <= t < at(8, 35)

    for name, url, _branch, every in FX_GIT:
        t = T0 + sec(r.uniform(10, 14))
        pend = list(commits[name])
        cur = rev[name]
        while t < T_END:
            if gh_down(t):
                if url.startswith("ssh"):
                    err = f"failed to checkout and determine revision: unable to clone '{url}': dial tcp: lookup github.com on 10.96.0.10:53: server misbehaving"
                    lab = "Reconciler error error=failed to checkout and determine revision: unable to clone '%s': dial tcp: lookup %s on %s: server misbehaving"
                else:
                    err = f"failed to checkout and determine revision: unable to clone '{url}': Get \"{url}/info/refs?service=git-upload-pack\": dial tcp: lookup github.com on 10.96.0.10:53: server misbehaving"
                    lab = "Reconciler error error=failed to checkout and determine revision: unable to clone '%s': Get \"%s\": dial tcp: lookup %s on %s: server misbehaving"
                R(
                    "gitrepository",
                    t,
                    "flux-system",
                    name,
                    "error",
                    lab,
                    "Reconciler error",
                    error=err,
                )
                t += sec(r.uniform(5, 40) if r.random() < 0.5 else every)
                continue
            if pend and pend[0][0] <= t:
                while len(pend) > 1 and pend[1][0] <= t:
                    pend.pop(0)
                _, cur, subj = pend.pop(0)
                R(
                    "gitrepository",
                    t,
                    "flux-system",
                    name,
                    "info",
                    "stored artifact for commit '%s'",
                    f"stored artifact for commit '{subj}'",
                )
                rev_at[name].append((t, cur))
                if r.random() < 0.8:
                    R(
                        "gitrepository",
                        t + sec(r.uniform(0.01, 0.05)),
                        "flux-system",
                        name,
                        "info",
                        "garbage collected %d artifacts",
                        f"garbage collected {r.choice([1, 1, 1, 2])} artifacts",
                    )
            else:
                R(
                    "gitrepository",
                    t,
                    "flux-system",
                    name,
                    "info",
                    "no changes since last reconcilation: observed revision '%s'",
                    f"no changes since last reconcilation: observed revision '{cur}'",
                )
            t += sec(every + r.uniform(0, 0.8))

    # --- helm repositories and charts
    idx = {n: hexid(r, 64) for n, _ in FX_HELMREPO}
    for name, url in FX_HELMREPO:
        t = T0 + sec(r.uniform(10, 15))
        while t < T_END:
            if name == "bitnami" and at(9, 10) <= t < at(9, 25):
                R(
                    "helmrepository",
                    t,
                    "flux-system",
                    name,
                    "error",
                    "Reconciler error error=failed to fetch Helm repository index: failed to cache index to temporary file: failed to fetch %s : %d Service Unavailable",
                    "Reconciler error",
                    error=f"failed to fetch Helm repository index: failed to cache index to temporary file: failed to fetch {url}/index.yaml : 503 Service Unavailable",
                )
                t += sec(r.uniform(20, 90))
                continue
            if r.random() < 0.12:
                idx[name] = hexid(r, 64)
                R(
                    "helmrepository",
                    t,
                    "flux-system",
                    name,
                    "info",
                    "stored artifact: revision '%s'",
                    f"stored artifact: revision 'sha256:{idx[name]}'",
                )
            else:
                R(
                    "helmrepository",
                    t,
                    "flux-system",
                    name,
                    "info",
                    "artifact up-to-date with remote revision: '%s'",
                    f"artifact up-to-date with remote revision: 'sha256:{idx[name]}'",
                )
            t += sec(600 + r.uniform(0, 1))
    chart_ver = {hr[0]: hr[3] for hr in FX_HR}
    upgrades = {
        "redis": (at(7, 5, 20), "19.5.2"),
        "kube-prometheus-stack": (at(8, 50, 3), "59.0.0"),
        "ingress-nginx": (at(10, 45, 11), "4.10.2"),
        "loki": (at(11, 12, 40), "6.6.3"),
    }
    for name, ns, chart, _v, repo in FX_HR:
        t = T0 + sec(r.uniform(11, 18))
        while t < T_END:
            cn = f"{ns}-{name}"
            if repo == "bitnami" and at(9, 10) <= t < at(9, 25):
                t += sec(300)
                continue
            if name in upgrades and upgrades[name][0] <= t and chart_ver[name] != upgrades[name][1]:
                chart_ver[name] = upgrades[name][1]
                R(
                    "helmchart",
                    t,
                    "flux-system",
                    cn,
                    "info",
                    "pulled '%s' chart with version '%s'",
                    f"pulled '{chart}' chart with version '{chart_ver[name]}'",
                )
            else:
                R(
                    "helmchart",
                    t,
                    "flux-system",
                    cn,
                    "info",
                    "artifact up-to-date with remote revision: '%s'",
                    f"artifact up-to-date with remote revision: '{chart_ver[name]}'",
                )
            t += sec(300 + r.uniform(0, 1))

    # --- kustomizations
    kc_down = (at(9, 50, 14), at(9, 50, 40))
    bad = (at(10, 1, 12), at(10, 30, 40))
    start(
        "kustomize-controller.log",
        kc_down[1],
        ["kustomization"],
        "kustomize-controller-leader-election",
    )

    def rev_of(src: str, t: datetime) -> tuple[str, datetime]:
        cur = rev_at[src][0]
        for x in rev_at[src]:
            if x[0] <= t:
                cur = x
        return cur[1], cur[0]

    for name, src, objs in FX_KS:
        every = 300 if src == "apps" else 600
        t = T0 + sec(r.uniform(20, 40))
        applied = ""
        first = True
        while t < T_END:
            if kc_down[0] <= t < kc_down[1] + sec(20):
                t = kc_down[1] + sec(r.uniform(20, 30))
                first = True
            if first and name == "infra-configs":
                R(
                    "kustomization",
                    t,
                    "flux-system",
                    name,
                    "info",
                    "Dependencies do not meet ready condition, retrying in %s",
                    "Dependencies do not meet ready condition, retrying in 30s",
                )
                t += sec(30 + r.uniform(0, 0.5))
            rv, rt = rev_of(src, t)
            # a new revision: reconciled soon after the source's event
            t2 = max(t, rt + sec(r.uniform(0.3, 2))) if rt > t - sec(every) else t
            dur = r.uniform(0.15, 1.6)
            if src == "apps" and name == "apps-backend" and bad[0] <= t2 < bad[1] + sec(1):
                R(
                    "kustomization",
                    t2 + sec(dur),
                    "flux-system",
                    name,
                    "error",
                    'Reconciliation failed after %s, next try in %s error=%s dry-run failed (%s): %s "%s" is invalid: spec.template.spec.containers[0].image: Required value',
                    f"Reconciliation failed after {godur(dur)}, next try in 5m0s",
                    revision=rv,
                    error='Deployment/apps/api dry-run failed (Invalid): Deployment.apps "api" is invalid: spec.template.spec.containers[0].image: Required value',
                )
            else:
                if rv != applied or first:
                    if rv != applied and not first:
                        if name == "flux-system" and r.random() < 0.5:
                            R(
                                "kustomization",
                                t2 + sec(dur * 0.4),
                                "flux-system",
                                name,
                                "info",
                                "server-side apply for cluster definitions completed",
                                "server-side apply for cluster definitions completed",
                                output={
                                    "CustomResourceDefinition/alerts.notification.toolkit.fluxcd.io": "unchanged",
                                    "Namespace/apps": "unchanged",
                                    "Namespace/monitoring": "unchanged",
                                },
                            )
                        ch = r.sample(objs, r.randint(1, len(objs)))
                        R(
                            "kustomization",
                            t2 + sec(dur * 0.8),
                            "flux-system",
                            name,
                            "info",
                            "server-side apply completed",
                            "server-side apply completed",
                            output={o: "configured" for o in ch},
                            revision=rv,
                        )
                        if name == "apps-backend" and rt > at(10, 30):
                            R(
                                "kustomization",
                                t2 + sec(dur * 0.9),
                                "flux-system",
                                name,
                                "info",
                                "garbage collection completed",
                                "garbage collection completed",
                                output={"ConfigMap/apps/api-config-7f9c2bd4kt": "deleted"},
                            )
                    applied = rv
                R(
                    "kustomization",
                    t2 + sec(dur),
                    "flux-system",
                    name,
                    "info",
                    "Reconciliation finished in %s, next run in %s",
                    f"Reconciliation finished in {godur(dur)}, next run in {every // 60}m0s",
                    revision=rv,
                )
            first = False
            t = t2 + sec(every + r.uniform(0, 1))

    # --- helm releases
    hc_roll = (at(11, 0, 5), at(11, 0, 19))
    start("helm-controller.log", hc_roll[1], ["helmrelease"], "helm-controller-leader-election")
    for name, ns, chart, v0, _repo in FX_HR:
        t = T0 + sec(r.uniform(30, 60))
        ver = v0
        while t < T_END:
            if hc_roll[0] <= t < hc_roll[1] + sec(15):
                t = hc_roll[1] + sec(r.uniform(15, 25))
            if name in upgrades and upgrades[name][0] + sec(30) <= t and ver != upgrades[name][1]:
                ver = upgrades[name][1]
                R(
                    "helmrelease",
                    t,
                    ns,
                    name,
                    "info",
                    "running '%s' action with timeout of %s",
                    "running 'upgrade' action with timeout of 5m0s",
                )
                if name == "kube-prometheus-stack":
                    t = R(
                        "helmrelease",
                        t + sec(300.2),
                        ns,
                        name,
                        "error",
                        "Helm upgrade failed for release %s with chart %s: context deadline exceeded",
                        f"Helm upgrade failed for release {ns}/{name} with chart {chart}@{ver}: context deadline exceeded",
                    )
                    t = R(
                        "helmrelease",
                        t + sec(0.1),
                        ns,
                        name,
                        "info",
                        "running '%s' action with timeout of %s",
                        "running 'rollback' action with timeout of 5m0s",
                    )
                    t = R(
                        "helmrelease",
                        t + sec(r.uniform(8, 20)),
                        ns,
                        name,
                        "info",
                        "Helm rollback to previous release %s with chart %s succeeded",
                        f"Helm rollback to previous release {ns}/{name}.v7 with chart {chart}@{v0} succeeded",
                    )
                    ver = v0
                    upgrades.pop(name)
                else:
                    t = R(
                        "helmrelease",
                        t + sec(r.uniform(6, 40)),
                        ns,
                        name,
                        "info",
                        "Helm upgrade succeeded for release %s with chart %s",
                        f"Helm upgrade succeeded for release {ns}/{name}.v{r.randint(3, 12)} with chart {chart}@{ver}",
                    )
                    if name in ("redis", "ingress-nginx"):
                        t = R(
                            "helmrelease",
                            t + sec(0.2),
                            ns,
                            name,
                            "info",
                            "running '%s' action with timeout of %s",
                            "running 'test' action with timeout of 5m0s",
                        )
                        t = R(
                            "helmrelease",
                            t + sec(r.uniform(4, 12)),
                            ns,
                            name,
                            "info",
                            "Helm test succeeded for release %s with chart %s: %s",
                            f"Helm test succeeded for release {ns}/{name}.v8 with chart {chart}@{ver}: {r.choice([1, 2])} test hooks completed successfully",
                        )
            dur = r.uniform(0.05, 0.9)
            R(
                "helmrelease",
                t + sec(dur),
                ns,
                name,
                "info",
                "reconciliation finished in %s, next run in %s",
                f"reconciliation finished in {godur(dur)}, next run in 5m0s",
            )
            t += sec(300 + r.uniform(0, 1))
    # a new release on the platform commit at 07:30
    t = at(7, 31, 9)
    R(
        "helmrelease",
        t,
        "apps",
        "minio",
        "info",
        "running '%s' action with timeout of %s",
        "running 'install' action with timeout of 10m0s",
    )
    R(
        "helmrelease",
        t + sec(41.3),
        "apps",
        "minio",
        "info",
        "Helm install succeeded for release %s with chart %s",
        "Helm install succeeded for release apps/minio.v1 with chart minio@14.6.3",
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- spinnaker


def spring_line(t: datetime, level: str, thread: str, logger: str, msg: str) -> str:
    th = thread[-15:]
    lg = logger if len(logger) <= 40 else logger[-40:]
    return f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} {level:>5s} 1 --- [{th:>15s}] {lg:<40s} : {msg}"


SP_RETRO = [
    "com.netflix.spinnaker.kork.retrofit.exceptions.SpinnakerNetworkException: Failed to connect to spin-orca.spinnaker/10.100.42.17:8083",
    "\tat com.netflix.spinnaker.kork.retrofit.exceptions.SpinnakerRetrofitErrorHandler.handleError(SpinnakerRetrofitErrorHandler.java:54)",
    "\tat retrofit.RestAdapter$RestHandler.invoke(RestAdapter.java:242)",
    "\tat com.sun.proxy.$Proxy162.getPipelines(Unknown Source)",
    "\tat com.netflix.spinnaker.gate.services.ExecutionHistoryService.getPipelines(ExecutionHistoryService.groovy:58)",
    "\tat com.netflix.spinnaker.gate.controllers.ExecutionsController.getLatestExecutionsByConfigIds(ExecutionsController.java:63)",
    "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "\tat org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:898)",
    "\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.net.ConnectException: Failed to connect to spin-orca.spinnaker/10.100.42.17:8083",
    "\tat okhttp3.internal.connection.RealConnection.connectSocket(RealConnection.kt:297)",
    "\t... 87 common frames omitted",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
    "\tat java.base/java.net.Socket.connect(Socket.java:633)",
    "\t... 104 common frames omitted",
]


def spinnaker(r: random.Random) -> list[Log]:
    """Spinnaker 1.33 (Clouddriver, Orca, Gate), 06:00 to 12:00."""
    fs = Files()

    def S(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [spring_line(x, level, thread, logger, msg)] + (more or []),
            f,
            1000,
        )

    services = {
        "clouddriver.log": ("clouddriver", "5.86.2", 7002, "spin-clouddriver-6d8f9c7b5-x2k4n"),
        "orca.log": ("orca", "8.46.0", 8083, "spin-orca-7b9c5d4f8-q8wzt"),
        "gate.log": ("gate", "6.63.1", 8084, "spin-gate-5f6d8b9c7-lm3vp"),
    }

    def start(f: str, t: datetime, host: str | None = None) -> datetime:
        svc, ver, port, h = services[f]
        main = f"com.netflix.spinnaker.{svc}.Main"
        jar = f"/opt/{svc}/lib/{svc}-web.jar"
        t = S(
            f,
            t,
            "INFO",
            "main",
            main,
            "Starting %s v%s using Java %s on %s with PID %d (%s started by %s in %s)",
            f"Starting Main v{ver} using Java 17.0.11 on {host or h} with PID 1 ({jar} started by spinnaker in /)",
        )
        t = S(
            f,
            t + sec(0.004),
            "INFO",
            "main",
            main,
            "The following %d profile is active: %s",
            'The following 1 profile is active: "local"',
        )
        t = S(
            f,
            t + sec(r.uniform(4, 9)),
            "INFO",
            "main",
            "o.s.b.w.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port(s): %s",
            f"Tomcat initialized with port(s): {port} (http)",
        )
        t = S(
            f,
            t + sec(0.02),
            "INFO",
            "main",
            "o.apache.catalina.core.StandardService",
            "Starting service [%s]",
            "Starting service [Tomcat]",
        )
        t = S(
            f,
            t + sec(0.001),
            "INFO",
            "main",
            "org.apache.catalina.core.StandardEngine",
            "Starting Servlet engine: [%s]",
            "Starting Servlet engine: [Apache Tomcat/9.0.87]",
        )
        t = S(
            f,
            t + sec(0.2),
            "INFO",
            "main",
            "o.a.c.c.C.[Tomcat].[localhost].[/]",
            "Initializing Spring embedded WebApplicationContext",
            "Initializing Spring embedded WebApplicationContext",
        )
        t = S(
            f,
            t + sec(0.001),
            "INFO",
            "main",
            "w.s.c.ServletWebServerApplicationContext",
            "Root WebApplicationContext: initialization completed in %d ms",
            f"Root WebApplicationContext: initialization completed in {r.randint(5200, 9800)} ms",
        )
        t = S(
            f,
            t + sec(r.uniform(15, 35)),
            "INFO",
            "main",
            "o.s.b.w.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port(s): %s with context path '%s'",
            f"Tomcat started on port(s): {port} (http) with context path ''",
        )
        up = (t - T0).total_seconds() % 97 + 30
        return S(
            f,
            t + sec(0.05),
            "INFO",
            "main",
            main,
            "Started %s in %s seconds (JVM running for %s)",
            f"Started Main in {up:.3f} seconds (JVM running for {up + 2.9:.3f})",
        )

    for f in services:
        start(f, T0 + sec(r.uniform(1, 4)))

    # Clouddriver: AWS caching agents
    agents = [
        f"prod/{reg}/{a}"
        for reg in ["us-east-1", "eu-west-1"]
        for a in ["ClusterCachingAgent", "InstanceCachingAgent", "LaunchTemplateCachingAgent"]
    ]
    agents = agents[:2] + agents[3:5] + ["prod/us-east-1/ImageCachingAgent[private]"]
    logger_of = {
        "ClusterCachingAgent": "c.n.s.c.a.p.agent.ClusterCachingAgent",
        "InstanceCachingAgent": "c.n.s.c.a.p.agent.InstanceCachingAgent",
        "LaunchTemplateCachingAgent": "c.n.s.c.a.p.a.LaunchTemplateCachingAgent",
        "ImageCachingAgent[private]": "c.n.s.c.a.p.agent.ImageCachingAgent",
        "LoadBalancerCachingAgent": "c.n.s.c.a.p.a.LoadBalancerCachingAgent",
    }
    ec2_frames = [
        "com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)",
        "com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeOneRequest(AmazonHttpClient.java:1418)",
        "com.amazonaws.http.AmazonHttpClient.execute(AmazonHttpClient.java:530)",
        "com.amazonaws.services.ec2.AmazonEC2Client.doInvoke(AmazonEC2Client.java:35296)",
        "com.amazonaws.services.ec2.AmazonEC2Client.executeDescribeInstances(AmazonEC2Client.java:18234)",
        "com.netflix.spinnaker.clouddriver.aws.provider.agent.InstanceCachingAgent.loadData(InstanceCachingAgent.groovy:116)",
        "com.netflix.spinnaker.cats.agent.CachingAgent$CacheExecution.executeAgentWithoutStore(CachingAgent.java:87)",
        "com.netflix.spinnaker.cats.redis.cluster.ClusteredAgentScheduler$AgentExecutionAction.execute(ClusteredAgentScheduler.java:371)",
        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
        "java.base/java.lang.Thread.run(Thread.java:840)",
    ]
    for a in agents:
        t = T0 + sec(60 + r.uniform(0, 30))
        kind = a.split("/")[-1]
        every = 240 if "Image" not in kind else 900
        while t < T_END:
            th = f"AgentExecutionAction-{r.randint(1, 12)}"
            if at(7, 30) <= t < at(7, 50) and "Image" not in kind and r.random() < 0.7:
                S(
                    "clouddriver.log",
                    t + sec(r.uniform(0.2, 3)),
                    "WARN",
                    th,
                    "c.n.s.c.r.c.ClusteredAgentScheduler",
                    "Unable to run agent %s",
                    f"Unable to run agent {a}",
                    jstack(
                        f"com.amazonaws.services.ec2.model.AmazonEC2Exception: Request limit exceeded. (Service: AmazonEC2; Status Code: 503; Error Code: RequestLimitExceeded; Request ID: {uuid4(r)}; Proxy: null)",
                        ec2_frames,
                    ),
                )
            else:
                t = S(
                    "clouddriver.log",
                    t,
                    "INFO",
                    th,
                    logger_of[kind],
                    "Describing items in %s",
                    f"Describing items in {a}",
                )
                S(
                    "clouddriver.log",
                    t + sec(r.uniform(0.3, 4)),
                    "INFO",
                    th,
                    logger_of[kind],
                    "Caching %d items in %s",
                    f"Caching {r.randint(3, 480) if 'Image' not in kind else r.randint(900, 1100)} items in {a}",
                )
            t += sec(every + r.uniform(-2, 2))

    # Orca: pipelines; Gate: errors
    apps = ["shop", "payments", "search", "catalog", "notifications"]
    orca_down = (at(9, 15, 2), at(9, 16, 10))
    S(
        "orca.log",
        orca_down[0] - sec(0.2),
        "INFO",
        "SpringApplicationShutdownHook",
        "o.s.b.w.e.tomcat.GracefulShutdown",
        "Commencing graceful shutdown. Waiting for active requests to complete",
        "Commencing graceful shutdown. Waiting for active requests to complete",
    )
    S(
        "orca.log",
        orca_down[0],
        "INFO",
        "tomcat-shutdown",
        "o.s.b.w.e.tomcat.GracefulShutdown",
        "Graceful shutdown complete",
        "Graceful shutdown complete",
    )
    start("orca.log", orca_down[0] + sec(3), "spin-orca-7b9c5d4f8-v5d2j")
    stages = [
        ("bake", "bakeStage"),
        ("deploy", "deployManifestStage"),
        ("manualJudgment", "manualJudgment"),
        ("runJob", "runJobManifestStage"),
        ("wait", "waitStage"),
    ]
    tasks = {
        "bake": ["CreateBakeTask", "MonitorBakeTask", "CompletedBakeTask"],
        "deploy": ["DeployManifestTask", "MonitorKatoTask", "WaitForManifestStableTask"],
        "manualJudgment": ["WaitForManualJudgmentTask"],
        "runJob": ["RunJobTask", "MonitorKatoTask", "WaitOnJobCompletion"],
        "wait": ["WaitTask"],
    }
    for t in poisson(r, T0 + sec(120), T_END - sec(600), 125):
        if orca_down[0] - sec(30) <= t < orca_down[1] + sec(40):
            continue
        app = r.choice(apps)
        pname = r.choice(["deploy-staging", "deploy-prod", "nightly-migrations", "canary"])
        eid = "01HZ" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22))
        th = f"handlers-{r.randint(1, 20)}"
        t = S(
            "orca.log",
            t,
            "INFO",
            f"-nio-8083-exec-{r.randint(1, 10)}",
            "c.n.s.o.c.OperationsController",
            "Starting pipeline %s [%s] for application %s (trigger: %s)",
            f"Starting pipeline {pname} [{eid}] for application {app} (trigger: {r.choice(['manual', 'docker', 'git', 'cron'])})",
        )
        status = "SUCCEEDED"
        for st, _ in r.sample(stages, r.randint(2, 4)):
            for tk in tasks[st]:
                t += sec(r.uniform(2, 40))
                if st == "deploy" and tk == "DeployManifestTask" and r.random() < 0.05:
                    S(
                        "orca.log",
                        t,
                        "ERROR",
                        th,
                        "c.n.s.orca.q.handler.RunTaskHandler",
                        "Error running %s for %s[%s]",
                        f"Error running {tk} for pipeline[{eid}]",
                        jstack(
                            f'com.netflix.spinnaker.kork.retrofit.exceptions.SpinnakerHttpException: Status: 400, URL: http://spin-clouddriver.spinnaker:7002/kubernetes/ops, Message: Validation failed: deployKubernetesManifest.manifests: Manifest for "{app}" has no metadata.namespace',
                            [
                                "com.netflix.spinnaker.kork.retrofit.exceptions.SpinnakerRetrofitErrorHandler.handleError(SpinnakerRetrofitErrorHandler.java:62)",
                                "retrofit.RestAdapter$RestHandler.invoke(RestAdapter.java:242)",
                                "com.netflix.spinnaker.orca.clouddriver.KatoService.requestOperations(KatoService.java:57)",
                                "com.netflix.spinnaker.orca.clouddriver.tasks.manifest.DeployManifestTask.execute(DeployManifestTask.java:54)",
                                "com.netflix.spinnaker.orca.q.handler.RunTaskHandler$handle$1$2.invoke(RunTaskHandler.kt:197)",
                                "com.netflix.spinnaker.orca.q.QueueProcessor$pollOnce$1$1$1.run(QueueProcessor.kt:92)",
                                "java.base/java.lang.Thread.run(Thread.java:840)",
                            ],
                        ),
                    )
                    status = "TERMINAL"
                    break
                if st == "manualJudgment" and r.random() < 0.1:
                    status = "CANCELED"
                    break
            S(
                "orca.log",
                t + sec(0.01),
                "INFO",
                th,
                "c.n.s.o.q.handler.CompleteStageHandler",
                "Stage %s (%s) of %s completed with status %s",
                f"Stage {st} ({r.choice(['1', '2', '3', '4'])}) of {eid} completed with status {status}",
            )
            if status != "SUCCEEDED":
                break
        t += sec(r.uniform(0.1, 1))
        S(
            "orca.log",
            t,
            "INFO",
            th,
            "c.n.s.o.q.h.CompleteExecutionHandler",
            "Execution %s for %s completed with status %s",
            f"Execution {eid} for {app} completed with status {status}",
        )
    # Gate
    gate_threads = [f"http-nio-8084-exec-{i}" for i in range(1, 11)]
    for t in poisson(r, T0 + sec(90), T_END, 100):
        S(
            "gate.log",
            t,
            "WARN",
            r.choice(gate_threads),
            "c.n.s.k.w.e.GenericExceptionHandlers",
            "Handled error in generic exception handler",
            "Handled error in generic exception handler",
            jstack(
                "com.netflix.spinnaker.kork.web.exceptions.NotFoundException: Application not found (id: legacy-billing)",
                [
                    "com.netflix.spinnaker.gate.controllers.ApplicationController.getApplication(ApplicationController.groovy:87)",
                    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                    "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:117)",
                    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1072)",
                    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
                    "java.base/java.lang.Thread.run(Thread.java:840)",
                ],
            ),
        )
    for t in poisson(r, orca_down[0], orca_down[1], 2.5):
        S(
            "gate.log",
            t,
            "ERROR",
            r.choice(gate_threads),
            "c.n.s.k.w.e.GenericExceptionHandlers",
            "Internal Server Error",
            "Internal Server Error",
            SP_RETRO,
        )
    for t in poisson(r, T0 + sec(60), T_END, 120):
        S(
            "gate.log",
            t,
            "INFO",
            "scheduling-1",
            "c.n.s.gate.services.ApplicationService",
            "Refreshing application list (%d applications)",
            f"Refreshing application list ({r.randint(44, 46)} applications)",
        )
    for t in poisson(r, at(6, 40), at(7, 0), 25):
        S(
            "gate.log",
            t,
            "WARN",
            r.choice(gate_threads),
            "c.n.s.f.s.FiatPermissionEvaluator",
            "Fiat permission check failed for user %s on %s %s (%s)",
            f"Fiat permission check failed for user {r.choice(['j.doe@acme.io', 'ci-bot@acme.io'])} on APPLICATION payments (WRITE)",
        )
    S(
        "gate.log",
        T0 + sec(95),
        "INFO",
        "-nio-8084-exec-1",
        "o.a.c.c.C.[Tomcat].[localhost].[/]",
        "Initializing Spring DispatcherServlet '%s'",
        "Initializing Spring DispatcherServlet 'dispatcherServlet'",
    )
    S(
        "gate.log",
        T0 + sec(95.001),
        "INFO",
        "-nio-8084-exec-1",
        "o.s.web.servlet.DispatcherServlet",
        "Initializing Servlet '%s'",
        "Initializing Servlet 'dispatcherServlet'",
    )
    S(
        "gate.log",
        T0 + sec(95.004),
        "INFO",
        "-nio-8084-exec-1",
        "o.s.web.servlet.DispatcherServlet",
        "Completed initialization in %d ms",
        "Completed initialization in 3 ms",
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- gocd

GO_MATERIALS = [
    "URL: https://github.com/acme/shop.git, Branch: main",
    "URL: https://github.com/acme/payments.git, Branch: main",
    "URL: https://github.com/acme/infra.git, Branch: master",
    "URL: https://github.com/acme/docs.git, Branch: main",
]
GO_PIPES = {0: "shop-build", 1: "payments-build", 2: "infra-plan", 3: "docs-publish"}


def gocd(r: random.Random) -> list[Log]:
    """A GoCD 24.1 server and two agents, 06:00 to 12:00."""
    fs = Files()

    def G(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: (
                [f"{x:%Y-%m-%d %H:%M:%S},{ms(x)} {level:<5s} [{thread}] {logger} - {msg}"]
                + (more or [])
            ),
            f,
            1000,
        )

    SV = "go-server.log"
    agents = {
        "go-agent-1.log": ("build-agent-1", "3e2f7a10-54c1-4a09-9d7e-2b1f0c8a6d11", "10.20.3.11"),
        "go-agent-2.log": ("build-agent-2", "9b7c1d42-0f3e-4c55-a1b2-77e9d0c4f812", "10.20.3.12"),
    }

    def server_start(t: datetime) -> datetime:
        t = G(
            SV,
            t,
            "INFO",
            "main",
            "GoServer:61",
            "Starting Go Server version %s",
            "Starting Go Server version 24.1.0 (18867-dd7a9c0b3f81e2a5b2fa2b1b7c1d7c7b8f2d6f50)",
        )
        t = G(
            SV,
            t + sec(0.3),
            "INFO",
            "main",
            "Jetty9Server:199",
            "Configuring Jetty using %s",
            "Configuring Jetty using /etc/go/jetty.xml",
        )
        t = G(
            SV,
            t + sec(r.uniform(3, 6)),
            "INFO",
            "main",
            "DatabaseMigrator:48",
            "Upgrading database, this might take a while depending on the size of the database.",
            "Upgrading database, this might take a while depending on the size of the database.",
        )
        t = G(
            SV,
            t + sec(r.uniform(1, 3)),
            "INFO",
            "main",
            "DatabaseMigrator:63",
            "Database upgrade completed successfully.",
            "Database upgrade completed successfully.",
        )
        t = G(
            SV,
            t + sec(r.uniform(4, 9)),
            "INFO",
            "main",
            "GoConfigMigration:77",
            "Config file (%s) is already at the latest schema version (%d).",
            "Config file (/godata/config/cruise-config.xml) is already at the latest schema version (139).",
        )
        t = G(
            SV,
            t + sec(r.uniform(2, 5)),
            "INFO",
            "main",
            "DefaultPluginJarLocationMonitor:128",
            "Loading plugin %s",
            "Loading plugin /godata/plugins/bundled/gocd-filebased-authentication-plugin.jar",
        )
        t = G(
            SV,
            t + sec(0.2),
            "INFO",
            "main",
            "DefaultPluginJarLocationMonitor:128",
            "Loading plugin %s",
            "Loading plugin /godata/plugins/external/docker-elastic-agents-plugin-4.0.0-450.jar",
        )
        return G(
            SV,
            t + sec(r.uniform(5, 12)),
            "INFO",
            "main",
            "GoServer:84",
            "Go Server has started on port %d.",
            "Go Server has started on port 8153.",
        )

    def agent_start(f: str, t: datetime) -> datetime:
        name, uuid, _ip = agents[f]
        t = G(
            f,
            t,
            "INFO",
            "main",
            "AgentBootstrapper:98",
            "Agent launcher is version: %s",
            "Agent launcher is version: 24.1.0 (18867-dd7a9c0b3f81e2a5b2fa2b1b7c1d7c7b8f2d6f50)",
        )
        t = G(
            f,
            t + sec(r.uniform(1, 3)),
            "INFO",
            "main",
            "AgentProcessParentImpl:87",
            "Launching Agent with command: %s",
            "Launching Agent with command: /gocd-jre/bin/java -Dgocd.agent.log.dir=/go/logs -jar /go/agent.jar -serverUrl https://gocd.acme.io/go/",
        )
        return G(
            f,
            t + sec(r.uniform(3, 6)),
            "INFO",
            "main",
            "AgentController:112",
            "[Agent Loop] Agent %s (%s) registered with server",
            f"[Agent Loop] Agent {uuid} ({name}) registered with server",
        )

    server_start(T0 + sec(1.1))
    restart = (at(9, 0, 4), at(9, 1, 50))
    G(SV, restart[0], "INFO", "Thread-1", "GoServer:99", "Stopping Go Server", "Stopping Go Server")
    server_start(restart[0] + sec(8))
    for f in agents:
        agent_start(f, T0 + sec(r.uniform(20, 40)))

    def server_up(t: datetime) -> bool:
        return not (restart[0] <= t < restart[1])

    # material polling every minute
    busy: dict[int, datetime] = {}
    sched: list[tuple[datetime, int]] = []
    for i, m in enumerate(GO_MATERIALS[:3]):
        t = T0 + sec(70 + r.uniform(0, 20))
        while t < T_END:
            if not server_up(t):
                t += sec(60)
                continue
            slow = at(7, 40) <= t < at(7, 55) and i < 3
            th = f"MaterialUpdateThread-{i}"
            if slow and i in busy:
                G(
                    SV,
                    t,
                    "WARN",
                    "ThreadPoolTaskScheduler-1",
                    "MaterialUpdateService:127",
                    "[Material Update] Skipping update of material %s which has been in-progress since %s",
                    f"[Material Update] Skipping update of material {m} which has been in-progress since {busy[i]:%a %b %d %H:%M:%S UTC %Y}",
                )
            elif slow:
                busy[i] = t
                G(
                    SV,
                    t,
                    "INFO",
                    th,
                    "MaterialDatabaseUpdater:97",
                    "[Material Update] Starting update of material %s",
                    f"[Material Update] Starting update of material {m}",
                )
            else:
                if i in busy:
                    url = m.split(",")[0][5:]
                    G(
                        SV,
                        t,
                        "WARN",
                        th,
                        "MaterialDatabaseUpdater:112",
                        "[Material Update] Modification check failed for material: %s",
                        f"[Material Update] Modification check failed for material: {m}",
                        jstack(
                            f"java.lang.RuntimeException: Failed to run git clone command STDERR: fatal: unable to access '{url}/': Failed to connect to github.com port 443 after 130994 ms: Couldn't connect to server",
                            [
                                "com.thoughtworks.go.domain.materials.git.GitCommand.cloneWithNoCheckout(GitCommand.java:99)",
                                "com.thoughtworks.go.config.materials.git.GitMaterial.getGit(GitMaterial.java:293)",
                                "com.thoughtworks.go.config.materials.git.GitMaterial.latestModification(GitMaterial.java:121)",
                                "com.thoughtworks.go.server.service.materials.GitPoller.latestModification(GitPoller.java:35)",
                                "com.thoughtworks.go.server.materials.MaterialDatabaseUpdater.updateMaterial(MaterialDatabaseUpdater.java:103)",
                                "com.thoughtworks.go.server.materials.MaterialUpdateListener.onMessage(MaterialUpdateListener.java:64)",
                                "com.thoughtworks.go.server.messaging.activemq.JMSMessageListenerAdapter.runImpl(JMSMessageListenerAdapter.java:83)",
                                "java.base/java.lang.Thread.run(Thread.java:840)",
                            ],
                        ),
                    )
                    busy.pop(i)
                    t += sec(120 + r.uniform(-1, 1))
                    continue
                t = G(
                    SV,
                    t,
                    "INFO",
                    th,
                    "MaterialDatabaseUpdater:97",
                    "[Material Update] Starting update of material %s",
                    f"[Material Update] Starting update of material {m}",
                )
                t = G(
                    SV,
                    t + sec(r.uniform(0.4, 2.5)),
                    "INFO",
                    th,
                    "MaterialDatabaseUpdater:121",
                    "[Material Update] Completed update of material %s",
                    f"[Material Update] Completed update of material {m}",
                )
                if r.random() < (0.2 if i < 2 else 0.08):
                    sched.append((t + sec(r.uniform(2, 8)), i))
            t += sec(120 + r.uniform(-1, 1))
    # scheduling and builds
    counters = {i: r.randint(300, 900) for i in GO_PIPES}
    agent_free = {f: T0 for f in agents}
    busy_iv: dict[str, list[tuple[datetime, datetime]]] = {f: [] for f in agents}
    lost = (at(10, 10), at(10, 25))
    for t, i in sorted(sched):
        p = GO_PIPES[i]
        counters[i] += 1
        c = counters[i]
        G(
            SV,
            t,
            "INFO",
            "ThreadPoolTaskScheduler-1",
            "ScheduleService:218",
            "[Pipeline Schedule] Successfully scheduled pipeline %s, buildCause:[%s]",
            f"[Pipeline Schedule] Successfully scheduled pipeline {p}, buildCause:[ModificationBuildCause: triggered by {hexid(r, 40)}]",
        )
        jobs = ["build", "test"] if i < 2 else ["run"]
        for job in jobs:
            cands = [
                f
                for f in agents
                if agent_free[f] <= t
                and not (f == "go-agent-2.log" and lost[0] <= t < lost[1] + sec(60))
            ]
            if not cands:
                t = min(agent_free.values()) + sec(5)
                cands = [f for f in agents if agent_free[f] <= t]
            f = r.choice(cands)
            name, _uuid, ip = agents[f]
            ident = f"{p}/{c}/{'build' if i < 2 else 'run'}/1/{job}"
            t += sec(r.uniform(2, 10))
            G(
                SV,
                t,
                "INFO",
                "qtp1846412426-41",
                "BuildAssignmentService:201",
                "[Agent Assignment] Assigned job [%s] to agent [%s]",
                f"[Agent Assignment] Assigned job [{ident}] to agent [{name} ({ip})]",
            )
            t2 = G(
                f,
                t + sec(r.uniform(0.5, 9)),
                "INFO",
                "scheduler-1",
                "AgentHTTPClientController:120",
                "[Agent Loop] Successfully retrieved work.",
                "[Agent Loop] Successfully retrieved work.",
            )
            t2 = G(
                f,
                t2 + sec(0.01),
                "INFO",
                "scheduler-1",
                "AgentHTTPClientController:143",
                "[Agent Loop] Building job %s",
                f"[Agent Loop] Building job {ident}",
            )
            dur = r.uniform(40, 420)
            res = "Passed" if r.random() > 0.1 else "Failed"
            if (i < 2 and job == "build") or (res == "Passed" and r.random() < 0.5):
                G(
                    f,
                    t2 + sec(dur * 0.95),
                    "INFO",
                    "scheduler-1",
                    "ArtifactsPublisher:76",
                    "Uploading artifacts from %s to %s",
                    f"Uploading artifacts from /go/pipelines/{p}/{r.choice(['target', 'dist', 'build/libs'])} to [defaultRoot]",
                )
            G(
                SV,
                t2 + sec(dur),
                "INFO",
                "qtp1846412426-57",
                "JobStatusListener:68",
                "[Job Status] Job [%s] completed with result [%s]",
                f"[Job Status] Job [{ident}] completed with result [{res}]",
            )
            agent_free[f] = t2 + sec(dur + 1)
            busy_iv[f].append((t2 - sec(0.02), t2 + sec(dur + 1)))
            t = t2 + sec(dur + 1)
            if res == "Failed":
                break
    # agents polling
    for f in agents:
        t = T0 + sec(60 + r.uniform(0, 5))
        while t < T_END:
            if f == "go-agent-2.log" and lost[0] <= t < lost[1]:
                t = lost[1] + sec(r.uniform(1, 5))
                G(
                    f,
                    t,
                    "INFO",
                    "main",
                    "AgentBootstrapper:98",
                    "Agent launcher is version: %s",
                    "Agent launcher is version: 24.1.0 (18867-dd7a9c0b3f81e2a5b2fa2b1b7c1d7c7b8f2d6f50)",
                )
                continue
            hit = [b for a, b in busy_iv[f] if a <= t < b]
            if hit:
                t = hit[0] + sec(r.uniform(5, 20))
                continue
            if not server_up(t):
                G(
                    f,
                    t,
                    "ERROR",
                    "scheduler-1",
                    "AgentHTTPClientController:162",
                    "[Agent Loop] Error occurred during loop:",
                    "[Agent Loop] Error occurred during loop:",
                    jstack(
                        "org.springframework.remoting.RemoteAccessException: Could not access HTTP invoker remote service at [https://gocd.acme.io/go/remoting/remoteBuildRepository]; nested exception is java.net.ConnectException: Connection refused",
                        [
                            "org.springframework.remoting.httpinvoker.HttpInvokerClientInterceptor.convertHttpInvokerAccessException(HttpInvokerClientInterceptor.java:230)",
                            "org.springframework.remoting.httpinvoker.HttpInvokerClientInterceptor.invoke(HttpInvokerClientInterceptor.java:153)",
                            "com.thoughtworks.go.agent.AgentHTTPClientController.retrieveWork(AgentHTTPClientController.java:127)",
                            "com.thoughtworks.go.agent.AgentController.loop(AgentController.java:87)",
                            "java.base/java.lang.Thread.run(Thread.java:840)",
                        ],
                        [
                            "Caused by: java.net.ConnectException: Connection refused",
                            "\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
                            "\t... 21 common frames omitted",
                        ],
                    ),
                )
                t += sec(10 + r.uniform(0, 2))
                continue
            G(
                f,
                t,
                "INFO",
                "scheduler-1",
                "AgentHTTPClientController:113",
                "[Agent Loop] Trying to retrieve work.",
                "[Agent Loop] Trying to retrieve work.",
            )
            t += sec(40 + r.uniform(-3, 3))
    # agent-2 lost
    G(
        SV,
        lost[0] + sec(62),
        "WARN",
        "ThreadPoolTaskScheduler-1",
        "AgentService:311",
        "[Agent Interaction] Agent [%s] has lost contact with the server. Last heard from %s",
        f"[Agent Interaction] Agent [build-agent-2 (10.20.3.12)] has lost contact with the server. Last heard from {lost[0]:%a %b %d %H:%M:%S UTC %Y}",
    )
    G(
        SV,
        lost[1] + sec(9),
        "INFO",
        "qtp1846412426-44",
        "AgentService:226",
        "[Agent Interaction] Agent [%s] is back in contact with the server",
        "[Agent Interaction] Agent [build-agent-2 (10.20.3.12)] is back in contact with the server",
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- woodpecker

WP_REPOS = [
    "acme/shop",
    "acme/payments",
    "acme/docs",
    "acme/infra",
    "acme/mobile-app",
    "acme/search",
]


def woodpecker(r: random.Random) -> list[Log]:
    """A Woodpecker 2.5 server and two agents (docker backend, debug), 06:00 to 12:00."""
    fs = Files()

    def W(
        f: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        pre: dict[str, object] | None = None,
        post: dict[str, object] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {"level": level}
            d.update(pre or {})
            d["time"] = f"{x:%Y-%m-%dT%H:%M:%S}Z"
            d.update(post or {})
            d["message"] = msg
            return [jdump(d)]

        return fs.add(f, t, label, text, f, 1_000_000)

    SV = "server.log"
    AG = ["agent-1.log", "agent-2.log"]

    def sv_start(t: datetime) -> datetime:
        t = W(
            SV,
            t,
            "info",
            "starting Woodpecker server with version '%s'",
            "starting Woodpecker server with version '2.5.0'",
        )
        t = W(SV, t, "info", "log store: using database", "log store: using database")
        t = W(SV, t, "info", "starting grpc server on %s", "starting grpc server on :9000")
        return W(SV, t, "info", "starting http server on %s", "starting http server on :8000")

    def ag_start(f: str, t: datetime) -> datetime:
        t = W(
            f,
            t,
            "info",
            "starting Woodpecker agent with version '%s' and backend '%s' using platform '%s' running up to %d pipelines in parallel",
            "starting Woodpecker agent with version '2.5.0' and backend 'docker' using platform 'linux/amd64' running up to 2 pipelines in parallel",
        )
        for _ in range(2):
            t = W(f, t, "debug", "request next execution", "request next execution")
        return t

    sv_start(T0 + sec(2))
    restart = (at(9, 30, 4), at(9, 30, 40))
    W(
        SV,
        restart[0],
        "info",
        "received signal %s, shutting down",
        "received signal terminated, shutting down",
    )
    sv_start(restart[1])
    for i, f in enumerate(AG):
        t = ag_start(f, T0 + sec(5 + i * 3))
        W(
            SV,
            t,
            "info",
            "agent %d connected from %s",
            f"agent {i + 1} connected from 10.20.4.{21 + i}",
        )
    for i, f in enumerate(AG):
        # the restart: next() calls fail
        t = restart[0] + sec(r.uniform(0, 1))
        while t < restart[1]:
            for _ in range(2):
                W(
                    f,
                    t,
                    "error",
                    'grpc error: next(): code: %s error=rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"',
                    "grpc error: next(): code: Unavailable",
                    pre={
                        "error": 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.20.4.10:9000: connect: connection refused"'
                    },
                )
                t += sec(r.uniform(0.3, 1.5))
            t += sec(r.uniform(2, 6))
        for _ in range(2):
            W(
                f,
                restart[1] + sec(r.uniform(2, 4)),
                "debug",
                "request next execution",
                "request next execution",
            )
        W(
            SV,
            restart[1] + sec(r.uniform(3, 6)),
            "info",
            "agent %d connected from %s",
            f"agent {i + 1} connected from 10.20.4.{21 + i}",
        )

    busy: dict[str, list[datetime]] = {f: [T0, T0] for f in AG}
    num = {rp: r.randint(400, 3000) for rp in WP_REPOS}
    pid = [88000]
    for t in poisson(r, T0 + sec(60), T_END - sec(300), 55):
        if restart[0] - sec(10) <= t < restart[1] + sec(10):
            continue
        repo = r.choice(WP_REPOS)
        ev = r.choices(["push", "pull_request", "tag", "cron"], [60, 30, 3, 7])[0]
        if at(8, 40) <= t < at(8, 50) and ev != "cron":
            W(
                SV,
                t,
                "error",
                "failure to fetch config from forge error=%s",
                "failure to fetch config from forge",
                pre={
                    "repo": repo,
                    "error": f'Get "https://api.github.com/repos/{repo}/contents/.woodpecker?ref={hexid(r, 40)}": dial tcp 140.82.121.6:443: i/o timeout',
                },
            )
            continue
        if ev == "push" and r.random() < 0.12:
            W(
                SV,
                t,
                "debug",
                "ignoring hook: %s",
                "ignoring hook: [CI SKIP] found in commit message",
                pre={"repo": repo},
            )
            continue
        if ev == "pull_request" and repo == "acme/infra" and r.random() < 0.5:
            W(
                SV,
                t,
                "debug",
                "ignoring hook: branch does not match restrictions",
                "ignoring hook: branch does not match restrictions",
                pre={"repo": repo},
            )
            continue
        num[repo] += 1
        n = num[repo]
        pid[0] += r.randint(1, 3)
        W(
            SV,
            t,
            "debug",
            "new pipeline %d created for %s (%s)",
            f"new pipeline {n} created for {repo} ({ev})",
            pre={"repo": repo},
        )
        slots = [(busy[f][k], f, k) for f in AG for k in range(2)]
        free_at, f, k = min(slots)
        st = max(t + sec(r.uniform(0.2, 2)), free_at + sec(r.uniform(0.5, 3)))
        fields = {"repo": repo, "pipeline": str(n), "id": str(pid[0])}
        st = W(f, st, "debug", "received execution", "received execution", pre=fields)
        W(
            f,
            st + sec(0.01),
            "debug",
            "listen for cancel signal",
            "listen for cancel signal",
            pre=fields,
        )
        dur = r.uniform(25, 600)
        if r.random() < 0.06:
            dur = r.uniform(10, dur)
            W(
                f,
                st + sec(dur - 0.2),
                "debug",
                "cancel signal received",
                "cancel signal received",
                pre=fields,
            )
        W(f, st + sec(dur), "debug", "pipeline done", "pipeline done", pre=fields)
        W(
            f,
            st + sec(dur + 0.1),
            "debug",
            "updating pipeline status",
            "updating pipeline status",
            pre=fields,
        )
        W(f, st + sec(dur + 0.3), "debug", "request next execution", "request next execution")
        busy[f][k] = st + sec(dur + 0.3)
        if r.random() < 0.08:
            W(
                SV,
                st + sec(dur + 0.4),
                "warn",
                "pipeline %d of %s failed: step '%s' exited with code %d",
                f"pipeline {n} of {repo} failed: step '{r.choice(['test', 'lint', 'build'])}' exited with code {r.choice([1, 2, 137])}",
                pre={"repo": repo},
            )
    # cron and health
    for t in poisson(r, T0, T_END, 300):
        W(SV, t, "debug", "cron: fetching jobs", "cron: fetching jobs")
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ sentry

SN_VIEWS = [
    (
        "GET",
        "/api/0/organizations/acme/issues/",
        "sentry.api.endpoints.organization_group_index.OrganizationGroupIndexEndpoint",
        200,
    ),
    (
        "GET",
        "/api/0/organizations/acme/projects/",
        "sentry.api.endpoints.organization_projects.OrganizationProjectsEndpoint",
        200,
    ),
    (
        "GET",
        "/api/0/organizations/acme/events-stats/",
        "sentry.api.endpoints.organization_events_stats.OrganizationEventsStatsEndpoint",
        200,
    ),
    (
        "GET",
        "/api/0/issues/{n}/events/latest/",
        "sentry.api.endpoints.group_events_latest.GroupEventsLatestEndpoint",
        200,
    ),
    (
        "PUT",
        "/api/0/organizations/acme/issues/",
        "sentry.api.endpoints.organization_group_index.OrganizationGroupIndexEndpoint",
        200,
    ),
    (
        "GET",
        "/api/0/organizations/acme/releases/",
        "sentry.api.endpoints.organization_releases.OrganizationReleasesEndpoint",
        200,
    ),
    (
        "POST",
        "/api/0/organizations/acme/releases/",
        "sentry.api.endpoints.organization_releases.OrganizationReleasesEndpoint",
        201,
    ),
    (
        "GET",
        "/api/0/internal/health/",
        "sentry.api.endpoints.internal.health.SystemHealthEndpoint",
        200,
    ),
]


def sentry(r: random.Random) -> list[Log]:
    """Self-hosted Sentry 24.5's web, worker and cron containers, 06:00 to 12:00."""
    fs = Files()

    def P(
        f: str,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%H:%M:%S} [{level}] {logger}: {msg}"] + (more or []),
            f,
            1_000_000,
        )

    def U(f: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, f, 1_000_000)

    def web_start(t: datetime) -> datetime:
        t = P(
            "web.log",
            t,
            "INFO",
            "sentry.plugins.github",
            "apps-not-configured",
            "apps-not-configured",
        )
        t = P(
            "web.log",
            t + sec(0.5),
            "WARNING",
            "sentry.utils.geo",
            "settings.GEOIP_PATH_MMDB not configured.",
            "settings.GEOIP_PATH_MMDB not configured.",
        )
        t = U(
            "web.log",
            t + sec(1),
            "*** Starting uWSGI %s (%dbit) on [%s] ***",
            [
                f"*** Starting uWSGI 2.0.24 (64bit) on [{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}] ***",
                "compiled with version: 12.2.0 on 05 June 2024 09:12:44",
                "os: Linux-5.15.0-107-generic #117-Ubuntu SMP Fri Apr 26 12:26:49 UTC 2024",
                "nodename: sentry-web-1",
                "machine: x86_64",
                "clock source: unix",
                "pcre jit disabled",
                "detected number of CPU cores: 8",
                "current working directory: /",
                "detected binary path: /.venv/bin/uwsgi",
            ],
        )
        t = U(
            "web.log",
            t + sec(0.2),
            "spawned uWSGI master process (pid: %d)",
            ["spawned uWSGI master process (pid: 19)"],
        )
        for i in range(1, 4):
            t = U(
                "web.log",
                t + sec(0.01),
                "spawned uWSGI worker %d (pid: %d, cores: %d)",
                [f"spawned uWSGI worker {i} (pid: {19 + i}, cores: 4)"],
            )
        return U(
            "web.log",
            t + sec(0.01),
            "spawned uWSGI http %d (pid: %d)",
            ["spawned uWSGI http 1 (pid: 23)"],
        )

    web_start(T0 + sec(3))
    # api.access
    pg_down = (at(8, 10), at(8, 14))
    for t in poisson(r, T0 + sec(20), T_END, 14):
        meth, path, view, status = r.choice(SN_VIEWS)
        path = path.replace("{n}", str(r.randint(4100, 5200)))
        if pg_down[0] <= t < pg_down[1]:
            P(
                "web.log",
                t,
                "ERROR",
                "django.request",
                "%s: %s",
                f"Internal Server Error: {path}",
                [
                    "Traceback (most recent call last):",
                    '  File "/.venv/lib/python3.12/site-packages/django/db/backends/base/base.py", line 279, in ensure_connection',
                    "    self.connect()",
                    '  File "/.venv/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect',
                    "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                    'psycopg2.OperationalError: could not translate host name "postgres" to address: Name or service not known',
                    "",
                    "The above exception was the direct cause of the following exception:",
                    "",
                    "Traceback (most recent call last):",
                    '  File "/.venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
                    "    response = get_response(request)",
                    '  File "/.venv/lib/python3.12/site-packages/sentry/api/base.py", line 444, in dispatch',
                    "    self.initial(request, *args, **kwargs)",
                    'django.db.utils.OperationalError: could not translate host name "postgres" to address: Name or service not known',
                ],
            )
            continue
        x = r.random()
        if x < 0.06:
            P(
                "web.log",
                t,
                "WARNING",
                "django.request",
                "%s: %s",
                f"Not Found: /api/0/issues/{r.randint(10, 999)}/",
            )
            continue
        if x < 0.08:
            P(
                "web.log",
                t,
                "WARNING",
                "django.request",
                "%s: %s",
                f"Forbidden: /api/0/organizations/{r.choice(['acme', 'acme-old'])}/members/",
            )
            continue
        if x < 0.09:
            P(
                "web.log",
                t,
                "WARNING",
                "django.request",
                "%s: %s",
                "Unauthorized: /api/0/projects/acme/shop/releases/",
            )
            continue
        uid = r.choice(["1", "4", "7", "12", "None"])
        fe = "True" if uid != "None" and meth != "POST" else "False"
        fields = f"method='{meth}' view='{view}' response={status} user_id='{uid}' is_app='False' token_type='{'None' if fe == 'True' else 'api_token'}' is_frontend_request='{fe}' organization_id='1' auth_id='None' path='{path}' caller_ip='172.18.0.{r.randint(2, 40)}' user_agent='{'Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0' if fe == 'True' else 'sentry-cli/2.32.1'}' rate_limited='False' rate_limit_category='None' request_duration_seconds={r.lognormvariate(-2, 0.8):.4f} rate_limit_type='DNE' concurrent_limit='None' concurrent_requests='None' reset_time='None' group='None' limit='None' remaining='None'"
        P("web.log", t, "INFO", "sentry.access.api", "api.access", f"api.access ({fields})")
    for t in poisson(r, T0 + sec(30), T_END, 600):
        P(
            "web.log",
            t,
            "INFO",
            "sentry.superuser",
            "superuser.request",
            f"superuser.request (user_id=1 url='http://sentry.acme.io/manage/status/environment/' method='GET' ip_address='172.18.0.{r.randint(2, 40)}')",
        )
    # worker
    W = "worker.log"

    def worker_start(t: datetime) -> datetime:
        for task in [
            "sentry.bgtasks.clean_dsymcache:clean_dsymcache",
            "sentry.bgtasks.clean_releasefilecache:clean_releasefilecache",
        ]:
            t = P(
                W, t, "INFO", "sentry.bgtasks", "bgtask.spawn", f"bgtask.spawn (task_name='{task}')"
            )
        t = P(
            W,
            t + sec(1),
            "INFO",
            "celery.worker.consumer.connection",
            "Connected to %s",
            "Connected to redis://redis:6379/0",
        )
        t = P(
            W,
            t + sec(0.01),
            "INFO",
            "celery.worker.consumer.mingle",
            "mingle: searching for neighbors",
            "mingle: searching for neighbors",
        )
        t = P(
            W,
            t + sec(1),
            "INFO",
            "celery.worker.consumer.mingle",
            "mingle: all alone",
            "mingle: all alone",
        )
        return P(
            W,
            t + sec(0.02),
            "INFO",
            "celery.apps.worker",
            "%s ready.",
            "celery@sentry-worker-1 ready.",
        )

    worker_start(T0 + sec(5))
    redis_down = (at(9, 40, 3), at(9, 41, 20))
    t = redis_down[0]
    n = 1
    while t < redis_down[1]:
        wait = min(2 * n, 32) if n > 1 else 2
        P(
            W,
            t,
            "ERROR",
            "celery.worker.consumer.consumer",
            "consumer: Cannot connect to %s: %s.",
            "consumer: Cannot connect to redis://redis:6379/0: Error 111 connecting to redis:6379. Connection refused..",
            [f"Trying again in {wait:.2f} seconds... ({n}/100)", ""],
        )
        t += sec(wait + r.uniform(0.0, 0.2))
        n += 1
    P(
        W,
        t,
        "INFO",
        "celery.worker.consumer.connection",
        "Connected to %s",
        "Connected to redis://redis:6379/0",
    )
    P(
        W,
        t + sec(1),
        "INFO",
        "celery.worker.consumer.mingle",
        "mingle: searching for neighbors",
        "mingle: searching for neighbors",
    )
    P(
        W,
        t + sec(2),
        "INFO",
        "celery.worker.consumer.mingle",
        "mingle: all alone",
        "mingle: all alone",
    )
    for t in poisson(r, T0 + sec(60), T_END, 300):
        P(
            W,
            t,
            "WARNING",
            "sentry.tasks.release_registry",
            "Release registry URL is not specified, skipping the task.",
            "Release registry URL is not specified, skipping the task.",
        )
    for t in poisson(r, T0 + sec(60), T_END, 40):
        if redis_down[0] <= t < redis_down[1]:
            continue
        smtp = at(10, 30) <= t < at(10, 50)
        if smtp and r.random() < 0.6:
            P(
                W,
                t,
                "ERROR",
                "celery.app.trace",
                "Task %s[%s] raised unexpected: SMTPServerDisconnected('Connection unexpectedly closed')",
                f"Task sentry.utils.email.tasks.send_email[{uuid4(r)}] raised unexpected: SMTPServerDisconnected('Connection unexpectedly closed')",
                [
                    "Traceback (most recent call last):",
                    '  File "/.venv/lib/python3.12/site-packages/celery/app/trace.py", line 477, in trace_task',
                    "    R = retval = fun(*args, **kwargs)",
                    '  File "/.venv/lib/python3.12/site-packages/sentry/utils/email/tasks.py", line 20, in send_email',
                    "    send_messages([message])",
                    '  File "/usr/local/lib/python3.12/smtplib.py", line 405, in getreply',
                    '    raise SMTPServerDisconnected("Connection unexpectedly closed")',
                    "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
                ],
            )
            continue
        kind = r.random()
        if kind < 0.5:
            P(
                W,
                t,
                "INFO",
                "sentry.tasks.post_process",
                "post_process.process_error_ignored",
                f"post_process.process_error_ignored (group_id={r.randint(4100, 5200)} event_id='{hexid(r, 32)}')",
            )
        elif kind < 0.8:
            P(
                W,
                t,
                "INFO",
                "sentry.tasks.digests",
                "digests.delivered",
                f"digests.delivered (project_id={r.randint(2, 9)} target_type='IssueOwners' target_identifier='None' digest_size={r.randint(1, 14)})",
            )
        else:
            P(
                W,
                t,
                "WARNING",
                "sentry.tasks.process_buffer",
                "process_incr.missing_group",
                f"process_incr.missing_group (group_id={r.randint(100, 999)})",
            )
    # cron
    C = "cron.log"
    P(C, T0 + sec(4), "INFO", "celery.beat", "beat: Starting...", "beat: Starting...")
    sched = [
        ("sentry.tasks.send_ping", 60),
        ("sentry.tasks.release_registry.fetch_release_registry_data", 300),
        ("sentry.tasks.weekly_reports.schedule_organizations", 3600),
        ("sentry.tasks.clear_expired_resolutions", 900),
        ("sentry.tasks.collect_project_platforms", 1800),
    ]
    for task, every in sched:
        t = T0 + sec(r.uniform(6, 60))
        while t < T_END:
            if redis_down[0] <= t < redis_down[1]:
                t += sec(every)
                continue
            P(
                C,
                t,
                "INFO",
                "celery.beat",
                "Scheduler: Sending due task %s (%s)",
                f"Scheduler: Sending due task {task.rsplit('.', 1)[-1].replace('_', '-')} ({task})",
            )
            t += sec(every + r.uniform(0, 0.5))
    P(
        C,
        redis_down[0] + sec(1),
        "ERROR",
        "celery.beat",
        "beat: Connection error: %s. Trying again in %s seconds...",
        "beat: Connection error: Error 111 connecting to redis:6379. Connection refused.. Trying again in 2.0 seconds...",
    )
    return fs.logs(T0)


SYSTEMS = {
    "flux": flux,
    "spinnaker": spinnaker,
    "gocd": gocd,
    "woodpecker": woodpecker,
    "sentry": sentry,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
