#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 235 (grype, dependency-track, cosign, hubble-relay,
netmaker) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five supply-chain and network tools of one
platform team, 06:00 to 12:00 on 2024-06-07. The brief's syft is replaced by OWASP
Dependency-Track, the SBOM platform the team's SBOMs are uploaded to: syft at `-v` writes its
version line and little else per run (its catalogers log at debug, and `-vv` opens every run with
clio's ~150-line configuration dump), so a six-hour syft log cannot be written faithfully with
more than a handful of formats.

- grype 0.79.0 (`scan01-grype.log`, `scan02-grype.log`: two scan workers appending each run's
  stderr, and the hourly `grype db update -v`'s stdout and stderr, to one file). stderr is not a
  terminal, so go-logger's logrus formatter (x-cray's prefixed formatter, colours and formatting
  not forced) writes logfmt: `time="2024-06-07 06:00:41" level=info msg="grype version: 0.79.0" `
  (the time in seconds, a trailing space, quotes inside a quoted msg left unescaped). Per scan of
  a Harbor image (`grype registry:... -v -o json --file ... --fail-on critical`): `grype
  version: %s`, the day's DB downloaded by the first run of each worker (`downloading new
  vulnerability DB`, `updated vulnerability DB to version=%d built=%q`), `ignoring %d matches due
  to user-provided ignore rules`, `found %d vulnerability matches across %d packages` or, when a
  critical is found, the bare line clio prints at exit: `discovered vulnerabilities at or above
  the severity threshold`. The corporate proxy down 07:50-08:20 (`unable to check for
  vulnerability database update` at WARN on every run); an image without an os-release (`Unable
  to determine the OS distribution of some packages. ...`); the `payments` robot account expired
  09:30-10:10 (a two-line `failed to catalog: could not determine source: errors occurred
  attempting to resolve '%s':` / `  - registry: ... UNAUTHORIZED: ...`), tags removed by
  retention before their scan (`NOT_FOUND`), Harbor's GC answering 503 11:10-11:25; scan02
  re-provisioned at 10:30 without its cache and proxy settings (`failed to load vulnerability
  db: vulnerability database is invalid (run db update to correct): database metadata not
  found: %s`, then an old DB imported at 10:41: `db could not be loaded: the vulnerability
  database was built %s ago (max allowed age is %s)`, fixed at 10:52 when the DB update job is
  run by hand: `Vulnerability database updated to latest version!`). The hourly `grype db
  update`'s stdout: `No vulnerability database update available`.
- Dependency-Track 4.10.1 API server (`dtrack-apiserver.log`: `docker logs` of the container,
  logback's `%date %level [%logger{0}] %msg%n`, `2024-06-07 06:00:03,123 INFO
  [BomUploadProcessingTask] Processing CycloneDX BOM uploaded to project: <uuid>`): every BOM
  uploaded by CI (`Processing CycloneDX BOM uploaded to project: %s`, `Identified %d new
  components`, `Processed %d components and %d services uploaded to project %s`), the analysis
  it triggers (`Performing component repository metadata analysis against %d components` /
  `Completed ...`, `Starting internal analysis task` / `Internal analysis complete`, `Starting
  Sonatype OSS Index analysis task` / `Sonatype OSS Index analysis complete`), hourly portfolio
  and vulnerability metrics, LDAP synchronisation; OSS Index rate-limiting 08:10-08:35 and npm's
  registry answering 503 09:50-10:00 (`HTTP Status : %d %s` with ` - Analyzer URL : %s` or ` -
  RepositoryType URL : %s` and ` - Package URL : %s`, each its own ERROR line), the Slack
  webhook rotated 07:05-07:25 (`Destination responded with with status code %d, likely
  indicating a processing failure`), a PostgreSQL failover at 09:20 (Hikari's `Failed to validate
  connection ...`, `Error while processing bom` with a DataNucleus stack), a monorepo's BOM of
  14,212 components running the heap out at 10:12 (`An unknown error occurred in an asynchronous
  event or notification thread` with `java.lang.OutOfMemoryError: Java heap space`) and the
  container restarted with a larger heap at 10:30 (`Shutting down asynchronous event
  subsystem`, `Shutting down notification service`, `Initializing persistence framework`,
  `Synchronizing SPDX license definitions to datastore`, `Synchronizing CWEs with datastore`,
  `Initializing asynchronous event subsystem`, `Initializing notification service`).
- cosign v2.2.4 (`deploy01-journal.log`, `deploy02-journal.log`, `sign01-journal.log`:
  `journalctl -o short-iso`, `2024-06-07T06:00:41+00:00 deploy01 cosign-gate[23411]: ...`).
  The deploy hosts' gate (a timer every 15 minutes running `cosign verify --key ...` for each
  running image, stdout discarded, stderr to the journal): `\\nVerification for %s --` (its
  leading newline is an empty journal entry, which starts the event), `The following checks were
  performed on each of these signatures:`, `  - The cosign claims were validated`, `  -
  Existence of the claims in the transparency log was verified offline`, `  - The signatures
  were verified against the specified public key`; two legacy images verified with
  `--insecure-ignore-tlog` (`WARNING: Skipping tlog verification is an insecure practice ...`);
  failures as cobra's `Error: %s` and log's `main.go:74: error during command execution: %s` (an
  unsigned hotfix image on deploy02 07:15-08:30: `no signatures found`; Harbor down 09:10-09:22:
  `Get "%s": dial tcp %s: connect: connection refused`; images signed with the rotated key
  failing on deploy01 10:14-10:45: `no matching signatures: invalid signature when validating
  ASN.1 encoded signature`). The signing host's `image-signer` service (`cosign sign` and
  `cosign attest --type cyclonedx` per promoted image): `tlog entry created with index: %d`,
  `Pushing signature to: %s`, `Using payload from: %s`; the hotfix signed through the signer's
  by-tag request at 08:28 (`WARNING: Image reference %s uses a tag, not a digest, ...` over five
  lines), two shop releases signed with the new key at 10:12 and deployed at 10:14, every other
  deployed image re-signed with it at 10:40, the private Rekor failing 11:05-11:20 (`Error:
  signing [%s]: uploading to tlog: [POST /api/v1/log/entries][%d] createLogEntryDefault  %s`).
- Hubble Relay (Cilium 1.15.5, then 1.15.6) (`hubble-relay-5b8d7c9f6-4kq2x.log`,
  `hubble-relay-7f6c9b8d5-wn8pt.log`: `kubectl logs --timestamps` of the two pods, `2024-06-07T
  06:00:20.514203117Z level=info msg=Connecting address="10.0.1.21:4244" hubble-tls=true
  peer=k8s-worker-01 subsys=hubble-relay`, logrus text without its own time): start-up (`Starting
  gRPC health server...`, `Starting gRPC server...` with the options struct), one `Received peer
  change notification` per node (the protobuf's text form in a quoted field, spaced once by
  1.15.5's build and twice by 1.15.6's), `Connecting` / `Connected` / `Disconnecting` /
  `Disconnected` and `Failed to create gRPC client` with the back-off in `next-try-in`; the relay
  pod rescheduled at 06:00 while k8s-worker-03 reboots, k8s-worker-07 dead 07:40-08:55 and back
  with an expired Hubble certificate until 09:40, k8s-worker-05 panicking 11:18-11:31
  (hubble-ui's ServerStatus polls every 5 s from one tab, two for an hour: `No connection to
  peer %s, skipping`, 2,197 times; the open flow streams break: `Failed to retrieve flows from
  peer`), the rolling agent upgrade 10:00-10:20
  (`Failed to retrieve flows from peer`, `Failed to properly close gRPC client connection`, the
  peer service lost: `Error while receiving peer change notification; will try again after the
  timeout has expired`, `Failed to create peer notify client for peers change notification; ...`,
  the peers announced again), the relay replaced at 10:25 (`Stopping server...`, `Server
  stopped`), a node added at 11:10 and removed at 11:50.
- Netmaker v0.24.1 server (`netmaker.log`: `docker logs` of the container at VERBOSITY 3):
  gravitl's logger (`[netmaker] 2024-06-07 06:00:41 admin fetched all hosts `, the message the
  call's strings joined by spaces, a trailing space) and log/slog's TextHandler with the source
  replaced by `filepath.Base` of the Source's `%v` (`time=2024-06-07T06:00:41.512Z level=INFO
  source="handlers.go 98}" msg="recieved host update" name=app-01 id=... action=CHECK_IN`):
  every host's check-in over MQ about every three minutes, the dashboard's polling every minute
  (`%s fetched all hosts`, `%s fetched all networks`, `%s fetched nodes on network %s` for both
  networks, `%s fetched extclients on network %s`),
  logins and a contractor's failed password, remote-access clients created, a host registered
  with an enrollment key and a stale node deleted, the MQ broker restarted 09:40 (`detected
  broker connection lost`, `re-initiating MQ connection`, `unable to connect to broker, retrying
  ...`, `could not connect to broker, token error:  %s`, `failed to publish peer update`), and
  the server upgraded to v0.24.2 at 11:00 (`stopping netmaker`, the ASCII logo over five bare
  lines, `connecting to database`, `database successfully connected`, `REST Server successfully
  started on port  %s  (REST)`, `connecting to mq broker at %s`, `connected to mq broker`).

Label notes. The heads are context: grype's logfmt `time` and `level`, Dependency-Track's date,
level and logger, the journal's time, host and ident, kubectl's time with logrus's `level` and
its fields (`subsys`, `address`, `peer`, `error`, `next-try-in`...), gravitl's `[netmaker]` and
date, slog's time, level and source, and slog's attributes. A value that is an error contributes
its format (grype's catalog errors, cosign's errors). Lines a program prints without a head
(clio's exit error, `grype db update`'s report, Netmaker's logo) are events of their own,
labelled as their literals; the later lines of one write have no row (grype's resolve error's
provider line, Dependency-Track's stacks, the logo's lines, the tag warning's lines, the
Verification header after its empty entry).

Least sure (written from the helper's knowledge; grype's curator and matcher messages, clio's
version line and logging setup and go-logger's formatter were checked against copies of their
sources, cosign's `main.go:%d: error during command execution` against an issue): grype's
resolve-error layout (`errors occurred attempting to resolve '%s':` and the provider line),
stereoscope's `unable to load image` wording and whether the 0.79 curator logs as quoted; all of
Dependency-Track's texts but the BOM and analyzer lines (the start-up and shutdown lines, the
metrics durations, the webhook warning's doubled `with`, the Hikari pool name); cosign's
`Using payload from: %s`, the wording of the Rekor error and whether `no signatures found` is
2.2.4's text; the Relay's Connecting/Connected field set, its back-off values, `Stopping
server...` / `Server stopped` and the `peer=` rendering of a pool peer; Netmaker's REST and
login messages, the broker messages, the start-up lines and logo, and the slog source quirk.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round121 import go_dur
from generate_round147 import T0, T_END, at, go_quote, in_any, sv

MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


# ------------------------------------------------------------------------------------ grype

GR_VERSION = "0.79.0"
GR_REG = "harbor.corp.example"
GR_BUILT = "2024-06-07 05:47:12 +0000 UTC"
# repository, packages (low, high), chance of a critical, chance of ignored matches, weight
GR_IMAGES = [
    ("shop/cart", (180, 260), 0.10, 0.6, 9),
    ("shop/checkout", (210, 300), 0.15, 0.6, 8),
    ("shop/storefront", (640, 820), 0.35, 0.8, 7),
    ("payments/ledger", (150, 190), 0.05, 0.3, 6),
    ("payments/gateway", (120, 170), 0.08, 0.3, 5),
    ("data/etl-runner", (420, 560), 0.45, 0.5, 5),
    ("data/airflow-worker", (900, 1150), 0.60, 0.9, 3),
    ("web/admin-ui", (700, 950), 0.30, 0.7, 4),
    ("platform/base-python", (95, 130), 0.20, 0.0, 3),
    ("platform/nginx", (70, 95), 0.05, 0.4, 3),
    ("ml/feature-store", (380, 470), 0.25, 0.5, 2),
    ("platform/base-runtime", (40, 60), 0.0, 0.0, 2),
]
GR_NO_DISTRO = {"platform/base-runtime"}
GR_CRITICAL = "discovered vulnerabilities at or above the severity threshold"
GR_RESOLVE = "failed to catalog: could not determine source: errors occurred attempting to resolve '%s':\\n  - %s: unable to load image: "


def lf(s: str) -> str:
    """x-cray's prefixed formatter: a value of letters, digits, `-` and `.` is bare, anything
    else is put in double quotes as it is (no escaping)."""
    if s and all(c.isascii() and (c.isalnum() or c in "-.") for c in s):
        return s
    return f'"{s}"'


def gr_tag(r: random.Random, repo: str) -> str:
    if repo.startswith("platform/"):
        return r.choice(["2024.06.1", "2024.06.2", "2024.05.4", "latest"])
    if r.random() < 0.55:
        return f"main-{hexid(r, 7)}"
    return f"{r.randint(1, 4)}.{r.randint(0, 14)}.{r.randint(0, 9)}"


def grype(r: random.Random) -> list[Log]:
    """Two scan workers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    seq = [0]

    def proc(w: str) -> tuple[str, int]:
        seq[0] += 1
        return (w, seq[0])

    def L(w: str, p: object, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{w}-grype.log",
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%d %H:%M:%S}" level={level} msg={lf(msg)} '],
            p,
            SEC,
        )

    def bare(w: str, p: object, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f"{w}-grype.log", t, label, lambda x: lines, p, SEC)

    proxy_down = (at(7, 50), at(8, 20))
    reprov = at(10, 30, 4)
    imported = at(10, 41, 30)
    fixed = at(10, 52, 10)
    state = {"scan01": {"db": False}, "scan02": {"db": False}}
    weights = [w for *_, w in GR_IMAGES]

    def proxy_ok(w: str, t: datetime) -> bool:
        if proxy_down[0] <= t < proxy_down[1]:
            return False
        return not (w == "scan02" and reprov <= t < fixed)

    def db_phase(w: str, p: object, t: datetime) -> tuple[datetime, str]:
        """The DB check of a run; returns the time after it and '' or the load error."""
        if not proxy_ok(w, t):
            t = L(
                w,
                p,
                t + sec(r.uniform(0.05, 0.4)),
                "warning",
                "unable to check for vulnerability database update",
                "unable to check for vulnerability database update",
            )
            if w == "scan02" and reprov <= t < imported:
                return t, "missing"
            if w == "scan02" and imported <= t < fixed:
                return t, "stale"
            return t, ""
        if not state[w]["db"]:
            t = L(
                w,
                p,
                t + sec(r.uniform(0.3, 0.9)),
                "info",
                "downloading new vulnerability DB",
                "downloading new vulnerability DB",
            )
            t = L(
                w,
                p,
                t + sec(r.uniform(9, 21)),
                "info",
                "updated vulnerability DB to version=%d built=%q",
                f'updated vulnerability DB to version=5 built="{GR_BUILT}"',
            )
            state[w]["db"] = True
        return t, ""

    def scan(w: str, t: datetime) -> datetime:
        p = proc(w)
        repo, (plo, phi), pcrit, pign, _ = r.choices(GR_IMAGES, weights)[0]
        tag = gr_tag(r, repo)
        ref = f"{GR_REG}/{repo}:{tag}"
        t = L(w, p, t, "info", "grype version: %s", f"grype version: {GR_VERSION}")
        t, dberr = db_phase(w, p, t)
        err = ""
        if repo.startswith("payments/") and at(9, 30, 0) <= t < at(10, 10, 0):
            err = "auth"
        elif r.random() < 0.008:
            err = "gone"
        elif at(11, 10) <= t < at(11, 25) and r.random() < 0.35:
            err = "503"
        if err:
            t += sec(r.uniform(0.4, 2.5))
            path = repo.replace("/", "%2F")
            if err == "auth":
                second = f"  - registry: unable to load image: GET https://{GR_REG}/service/token?scope=repository%3A{path}%3Apull&service=harbor-registry: UNAUTHORIZED: unauthorized to access repository: {repo}, action: pull: unauthorized to access repository: {repo}, action: pull"
                label = (
                    GR_RESOLVE
                    + "GET %s: UNAUTHORIZED: unauthorized to access repository: %s, action: %s: unauthorized to access repository: %s, action: %s"
                )
            elif err == "gone":
                second = f"  - registry: unable to load image: GET https://{GR_REG}/v2/{repo}/manifests/{tag}: NOT_FOUND: artifact {repo}:{tag} not found"
                label = GR_RESOLVE + "GET %s: NOT_FOUND: artifact %s not found"
            else:
                second = f"  - registry: unable to load image: HEAD https://{GR_REG}/v2/{repo}/manifests/{tag}: unexpected status code 503 Service Unavailable (HEAD responses have no body, use GET for details)"
                label = (
                    GR_RESOLVE
                    + "HEAD %s: unexpected status code %d %s (HEAD responses have no body, use GET for details)"
                )
            first = f"failed to catalog: could not determine source: errors occurred attempting to resolve '{ref}':"
            return bare(w, p, t, label, [first, second])
        t += sec(r.uniform(4, 38) * (1.6 if phi > 600 else 1.0))
        if dberr == "missing":
            return bare(
                w,
                p,
                t,
                "failed to load vulnerability db: vulnerability database is invalid (run db update to correct): database metadata not found: %s",
                [
                    "failed to load vulnerability db: vulnerability database is invalid (run db update to correct): database metadata not found: /var/cache/grype/db/5"
                ],
            )
        if dberr == "stale":
            return bare(
                w,
                p,
                t,
                "db could not be loaded: the vulnerability database was built %s ago (max allowed age is %s)",
                [
                    "db could not be loaded: the vulnerability database was built 6 days ago (max allowed age is 5 days)"
                ],
            )
        npk = r.randint(plo, phi)
        if repo in GR_NO_DISTRO:
            t = L(
                w,
                p,
                t,
                "warning",
                "Unable to determine the OS distribution of some packages. This may result in missing vulnerabilities. You may specify a distro using: --distro <distro>:<version>",
                "Unable to determine the OS distribution of some packages. This may result in missing vulnerabilities. You may specify a distro using: --distro <distro>:<version>",
            )
        t += sec(r.uniform(0.8, 6))
        if r.random() < pign:
            t = L(
                w,
                p,
                t,
                "info",
                "ignoring %d matches due to user-provided ignore rules",
                f"ignoring {r.randint(1, 14)} matches due to user-provided ignore rules",
            )
        if r.random() < pcrit:
            return bare(w, p, t + sec(0.3), GR_CRITICAL, [GR_CRITICAL])
        nv = max(0, int(npk * r.uniform(0.0, 0.35)))
        return L(
            w,
            p,
            t + sec(0.01),
            "info",
            "found %d vulnerability matches across %d packages",
            f"found {nv} vulnerability matches across {npk} packages",
        )

    def db_update(w: str, t: datetime) -> None:
        p = proc(w)
        t = L(w, p, t, "info", "grype version: %s", f"grype version: {GR_VERSION}")
        had = state[w]["db"]
        t, _ = db_phase(w, p, t)
        if state[w]["db"] and not had:
            bare(
                w,
                p,
                t + sec(0.2),
                "Vulnerability database updated to latest version!",
                ["Vulnerability database updated to latest version!"],
            )
        else:
            bare(
                w,
                p,
                t + sec(0.2),
                "No vulnerability database update available",
                ["No vulnerability database update available"],
            )

    for w, start in [("scan01", T0 + sec(41.3)), ("scan02", T0 + sec(57.8))]:
        t = start
        while t < T_END:
            if w == "scan02" and reprov - sec(300) <= t < reprov:
                t = reprov
                state[w]["db"] = False
                continue
            if w == "scan02" and t >= fixed and not state[w]["db"]:
                db_update(w, fixed)
                t = fixed + sec(40)
            t = scan(w, t)
            t += sec(r.expovariate(1 / 26) + 1.5)
        for h in range(6, 12):
            db_update(w, at(h, 5, 0) + sec(r.uniform(0.1, 0.8)))
    return fs.logs(T0)


# --------------------------------------------------------------------------- dependency-track

DT_PROJECTS = [
    ("shop-cart", (180, 260), 9),
    ("shop-checkout", (210, 300), 8),
    ("shop-storefront", (640, 820), 7),
    ("payments-ledger", (150, 190), 6),
    ("payments-gateway", (120, 170), 5),
    ("etl-runner", (420, 560), 5),
    ("airflow-dags", (900, 1150), 3),
    ("admin-ui", (700, 950), 4),
    ("feature-store", (380, 470), 2),
    ("mobile-api", (260, 340), 4),
    ("docs-site", (1100, 1400), 2),
    ("auth-service", (140, 200), 4),
]
DT_NPM = [
    "lodash",
    "react-dom",
    "axios",
    "express",
    "@babel/core",
    "webpack",
    "typescript",
    "eslint",
    "@types/node",
    "semver",
    "chalk",
    "debug",
    "moment",
    "ws",
    "uuid",
]


def java_dur(s: float) -> str:
    """java.time.Duration.toString() of a whole number of milliseconds."""
    v = f"{int(s * 1000) / 1000:.3f}".rstrip("0").rstrip(".")
    return f"PT{v}S"


def dt_stack_jdo(r: random.Random) -> list[str]:
    obj = f"org.dependencytrack.model.Component@{hexid(r, 8)}"
    return [
        f'javax.jdo.JDODataStoreException: Insert of object "{obj}" using statement "INSERT INTO "COMPONENT" ("AUTHOR","BLAKE2B_256","BLAKE2B_384","BLAKE2B_512","BLAKE3","CLASSIFIER","COPYRIGHT","CPE","DESCRIPTION","DIRECT_DEPENDENCIES","EXTENSION","EXTERNAL_REFERENCES","FILENAME","GROUP","INTERNAL","LAST_RISKSCORE","LICENSE","LICENSE_EXPRESSION","LICENSE_URL","MD5","NAME","TEXT","PROJECT_ID","PUBLISHER","PURL","PURLCOORDINATES","LICENSE_ID","SHA1","SHA_256","SHA_384","SHA3_256","SHA3_384","SHA3_512","SHA_512","SWIDTAGID","UUID","VERSION") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" failed : An I/O error occurred while sending to the backend.',
        "\tat org.datanucleus.api.jdo.JDOAdapter.getJDOExceptionForNucleusException(JDOAdapter.java:608)",
        "\tat org.datanucleus.api.jdo.JDOPersistenceManager.jdoMakePersistent(JDOPersistenceManager.java:703)",
        "\tat org.datanucleus.api.jdo.JDOPersistenceManager.makePersistent(JDOPersistenceManager.java:723)",
        "\tat alpine.persistence.AbstractAlpineQueryManager.persist(AbstractAlpineQueryManager.java:431)",
        "\tat org.dependencytrack.persistence.ComponentQueryManager.createComponent(ComponentQueryManager.java:337)",
        "\tat org.dependencytrack.persistence.QueryManager.createComponent(QueryManager.java:527)",
        "\tat org.dependencytrack.tasks.BomUploadProcessingTask.processComponent(BomUploadProcessingTask.java:323)",
        "\tat org.dependencytrack.tasks.BomUploadProcessingTask.inform(BomUploadProcessingTask.java:176)",
        "\tat alpine.event.framework.BaseEventService.lambda$publish$0(BaseEventService.java:110)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(Unknown Source)",
        "\tat java.base/java.lang.Thread.run(Unknown Source)",
        "NestedThrowablesStackTrace:",
        "org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)",
        "\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:498)",
        "\tat org.postgresql.jdbc.PgStatement.execute(PgStatement.java:415)",
        "\tat org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:190)",
        "\tat org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
        "\tat com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
        "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
        "\tat org.datanucleus.store.rdbms.ParamLoggingPreparedStatement.executeUpdate(ParamLoggingPreparedStatement.java:418)",
        "\tat org.datanucleus.store.rdbms.SQLController.executeStatementUpdate(SQLController.java:439)",
        "\tat org.datanucleus.store.rdbms.request.InsertRequest.execute(InsertRequest.java:420)",
        "\tat org.datanucleus.store.rdbms.RDBMSPersistenceHandler.insertObjectInTable(RDBMSPersistenceHandler.java:162)",
        "\tat org.datanucleus.store.rdbms.RDBMSPersistenceHandler.insertObject(RDBMSPersistenceHandler.java:138)",
        "\t... 20 more",
        "Caused by: java.io.EOFException",
        "\tat org.postgresql.core.PGStream.receiveChar(PGStream.java:467)",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2155)",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:368)",
        "\t... 35 more",
    ]


DT_OOM = [
    "java.lang.OutOfMemoryError: Java heap space",
    "\tat java.base/java.util.Arrays.copyOf(Unknown Source)",
    "\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(Unknown Source)",
    "\tat java.base/java.lang.AbstractStringBuilder.append(Unknown Source)",
    "\tat java.base/java.lang.StringBuilder.append(Unknown Source)",
    "\tat com.fasterxml.jackson.core.util.TextBuffer.contentsAsString(TextBuffer.java:476)",
    "\tat org.cyclonedx.parsers.JsonParser.parse(JsonParser.java:72)",
    "\tat org.dependencytrack.parser.cyclonedx.CycloneDxValidator.validate(CycloneDxValidator.java:95)",
    "\tat org.dependencytrack.tasks.BomUploadProcessingTask.inform(BomUploadProcessingTask.java:149)",
    "\tat alpine.event.framework.BaseEventService.lambda$publish$0(BaseEventService.java:110)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(Unknown Source)",
    "\tat java.base/java.lang.Thread.run(Unknown Source)",
]


def dependency_track(r: random.Random) -> list[Log]:
    """One Dependency-Track API server, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "dtrack-apiserver.log"
    jvm = ["jvm-1"]

    def L(
        t: datetime, level: str, logger: str, label: str, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level} [{logger}] {msg}",
                *more,
            ]

        return fs.add(f, t, label, text, jvm[0], MS)

    uuids = {p: uuid4(r) for p, *_ in DT_PROJECTS}
    weights = [w for *_, w in DT_PROJECTS]
    stop_at, start_at = at(10, 29, 41), at(10, 30, 12)
    failover = (at(9, 20, 10), at(9, 21, 40))
    ossi_limit = (at(8, 10), at(8, 35))
    npm_down = (at(9, 50), at(10, 0))
    slack_bad = (at(7, 5), at(7, 25))
    oom_t = at(10, 12, 31)

    def up(t: datetime) -> bool:
        return not (stop_at - sec(60) <= t < start_at + sec(22))

    def notify_slack(t: datetime) -> None:
        if slack_bad[0] <= t < slack_bad[1]:
            L(
                t,
                "WARN",
                "SlackPublisher",
                "Destination responded with with status code %d, likely indicating a processing failure",
                "Destination responded with with status code 404, likely indicating a processing failure",
            )

    def upload(t: datetime, project: str, n: int) -> None:
        pid = uuids[project]
        t = L(
            t,
            "INFO",
            "BomUploadProcessingTask",
            "Processing CycloneDX BOM uploaded to project: %s",
            f"Processing CycloneDX BOM uploaded to project: {pid}",
        )
        if failover[0] <= t < failover[1]:
            L(
                t + sec(r.uniform(0.5, 3)),
                "ERROR",
                "BomUploadProcessingTask",
                "Error while processing bom",
                "Error while processing bom",
                dt_stack_jdo(r),
            )
            return
        t += sec(r.uniform(1.5, 6) * n / 300)
        new = r.choice([0, 0, 0, 1, 2, 3, r.randint(4, 40)])
        if new:
            t = L(
                t,
                "INFO",
                "BomUploadProcessingTask",
                "Identified %d new components",
                f"Identified {new} new components",
            )
        t = L(
            t + sec(r.uniform(0.2, 2)),
            "INFO",
            "BomUploadProcessingTask",
            "Processed %d components and %d services uploaded to project %s",
            f"Processed {n} components and {r.choice([0, 0, 0, 1, 2, 4])} services uploaded to project {pid}",
        )
        tm = L(
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            "RepositoryMetaAnalyzerTask",
            "Performing component repository metadata analysis against %d components",
            f"Performing component repository metadata analysis against {n} components",
        )
        ti = L(
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            "InternalAnalysisTask",
            "Starting internal analysis task",
            "Starting internal analysis task",
        )
        ti = L(
            ti + sec(r.uniform(0.3, 2.5) * n / 300),
            "INFO",
            "InternalAnalysisTask",
            "Internal analysis complete",
            "Internal analysis complete",
        )
        to = L(
            ti + sec(r.uniform(0.01, 0.1)),
            "INFO",
            "OssIndexAnalysisTask",
            "Starting Sonatype OSS Index analysis task",
            "Starting Sonatype OSS Index analysis task",
        )
        to += sec(r.uniform(1.5, 5) * n / 300)
        if ossi_limit[0] <= to < ossi_limit[1]:
            to = L(
                to,
                "ERROR",
                "OssIndexAnalysisTask",
                "HTTP Status : %d %s",
                "HTTP Status : 429 Too Many Requests",
            )
            to = L(
                to,
                "ERROR",
                "OssIndexAnalysisTask",
                " - Analyzer URL : %s",
                " - Analyzer URL : https://ossindex.sonatype.org/api/v3/component-report",
            )
        to = L(
            to,
            "INFO",
            "OssIndexAnalysisTask",
            "Sonatype OSS Index analysis complete",
            "Sonatype OSS Index analysis complete",
        )
        if r.random() < (0.6 if slack_bad[0] <= to < slack_bad[1] else 0.2):
            notify_slack(to + sec(r.uniform(0.5, 2)))
        tm += sec(r.uniform(2, 9) * n / 300)
        if npm_down[0] <= tm < npm_down[1] and project in {
            "shop-storefront",
            "admin-ui",
            "docs-site",
            "mobile-api",
        }:
            for name in r.sample(DT_NPM, r.randint(2, 5)):
                ver = f"{r.randint(1, 18)}.{r.randint(0, 30)}.{r.randint(0, 12)}"
                tm = L(
                    tm + sec(r.uniform(0.05, 0.6)),
                    "ERROR",
                    "NpmMetaAnalyzer",
                    "HTTP Status : %d %s",
                    "HTTP Status : 503 Service Unavailable",
                )
                tm = L(
                    tm,
                    "ERROR",
                    "NpmMetaAnalyzer",
                    " - RepositoryType URL : %s",
                    f" - RepositoryType URL : https://registry.npmjs.org/-/package/{name.replace('/', '%2F')}/dist-tags",
                )
                tm = L(
                    tm,
                    "ERROR",
                    "NpmMetaAnalyzer",
                    " - Package URL : %s",
                    f" - Package URL : pkg:npm/{name.replace('@', '%40')}@{ver}",
                )
        L(
            tm,
            "INFO",
            "RepositoryMetaAnalyzerTask",
            "Completed component repository metadata analysis against %d components",
            f"Completed component repository metadata analysis against {n} components",
        )

    def metrics(t: datetime) -> None:
        t = L(
            t,
            "INFO",
            "PortfolioMetricsUpdateTask",
            "Executing portfolio metrics update",
            "Executing portfolio metrics update",
        )
        d = r.uniform(4, 14)
        L(
            t + sec(d),
            "INFO",
            "PortfolioMetricsUpdateTask",
            "Completed portfolio metrics update in %s",
            f"Completed portfolio metrics update in {java_dur(d)}",
        )
        t2 = L(
            t + sec(r.uniform(0.5, 2)),
            "INFO",
            "VulnerabilityMetricsUpdateTask",
            "Executing metrics update on vulnerability database",
            "Executing metrics update on vulnerability database",
        )
        d2 = r.uniform(1, 4)
        L(
            t2 + sec(d2),
            "INFO",
            "VulnerabilityMetricsUpdateTask",
            "Completed metrics update on vulnerability database in %s",
            f"Completed metrics update on vulnerability database in {java_dur(d2)}",
        )

    def ldap(t: datetime) -> None:
        t = L(
            t,
            "INFO",
            "LdapSyncTask",
            "Starting LDAP synchronization task",
            "Starting LDAP synchronization task",
        )
        L(
            t + sec(r.uniform(2, 6)),
            "INFO",
            "LdapSyncTask",
            "LDAP synchronization complete",
            "LDAP synchronization complete",
        )

    # uploads from CI: quiet before 07:00, busy in the working morning
    t = T0 + sec(r.uniform(20, 60))
    while t < T_END:
        gap = 190 if t < at(7, 0) else (75 if t < at(11, 30) else 120)
        if up(t) and not (oom_t - sec(5) <= t < oom_t + sec(5)):
            project, (lo, hi), _ = r.choices(DT_PROJECTS, weights)[0]
            upload(t, project, r.randint(lo, hi))
        t += sec(r.expovariate(1 / gap) + 3)
    # two uploads caught by the failover
    for tf in [failover[0] + sec(21.7), failover[0] + sec(63.2)]:
        project, (lo, hi), _ = r.choices(DT_PROJECTS, weights)[0]
        upload(tf, project, r.randint(lo, hi))
    # the Hikari pool after the failover
    for _ in range(6):
        L(
            failover[0] + sec(r.uniform(0, 50)),
            "WARN",
            "PoolBase",
            "HikariPool-1 - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
            f"HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{hexid(r, 8)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
        )
    # the monorepo's BOM at 10:12: the heap runs out, the JVM limps on until the restart
    L(
        oom_t,
        "INFO",
        "BomUploadProcessingTask",
        "Processing CycloneDX BOM uploaded to project: %s",
        f"Processing CycloneDX BOM uploaded to project: {uuid4(r)}",
    )
    L(
        oom_t + sec(74.2),
        "ERROR",
        "LoggableUncaughtExceptionHandler",
        "An unknown error occurred in an asynchronous event or notification thread",
        "An unknown error occurred in an asynchronous event or notification thread",
        DT_OOM,
    )
    # hourly metrics and the six-hourly LDAP sync
    for h in range(6, 12):
        mt = at(h, 0, 0) + sec(r.uniform(8, 12))
        if up(mt):
            metrics(mt)
    ldap(at(6, 41, 17))
    # shutdown and start-up at 10:30
    t = L(
        stop_at,
        "INFO",
        "EventSubsystemInitializer",
        "Shutting down asynchronous event subsystem",
        "Shutting down asynchronous event subsystem",
    )
    t = L(
        t + sec(0.4),
        "INFO",
        "NotificationSubsystemInitializer",
        "Shutting down notification service",
        "Shutting down notification service",
    )
    jvm[0] = "jvm-2"
    t = start_at
    for logger, msg, d in [
        ("PersistenceManagerFactory", "Initializing persistence framework", 1.4),
        ("DefaultObjectGenerator", "Synchronizing SPDX license definitions to datastore", 3.6),
        ("CweImporter", "Synchronizing CWEs with datastore", 2.2),
        ("EventSubsystemInitializer", "Initializing asynchronous event subsystem", 0.1),
        ("NotificationSubsystemInitializer", "Initializing notification service", 0.1),
    ]:
        t = L(t, "INFO", logger, msg, msg) + sec(d * r.uniform(0.8, 1.2))
    metrics(t + sec(9.3))
    ldap(t + sec(14.8))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- cosign

CS_REG = "harbor.corp.example"
CS_DEPLOY = {
    "deploy01": [
        "shop/cart",
        "shop/checkout",
        "shop/storefront",
        "payments/gateway",
        "payments/ledger",
        "web/admin-ui",
        "auth/auth-service",
        "platform/nginx",
        "platform/otel-collector",
    ],
    "deploy02": [
        "data/etl-runner",
        "data/airflow-worker",
        "data/airflow-scheduler",
        "ml/feature-store",
        "data/kafka-connect",
        "platform/nginx",
        "platform/otel-collector",
        "data/metabase",
        "data/trino",
    ],
}
CS_LEGACY = {"data/metabase", "platform/otel-collector"}
CS_VERIFY = "\\nVerification for %s --"
CS_CHECKS = [
    "The following checks were performed on each of these signatures:",
    "  - The cosign claims were validated",
    "  - Existence of the claims in the transparency log was verified offline",
    "  - The signatures were verified against the specified public key",
]
CS_NOTLOG = "WARNING: Skipping tlog verification is an insecure practice that lacks of transparency and auditability verification for the signature."


def cosign(r: random.Random) -> list[Log]:
    """Two deploy hosts' verification gate and the signing host, 06:00 to 12:00 (see the module
    docstring)."""
    fs = Files()
    tlog = [4_118_207]

    def iso(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}+00:00"

    inv = [0]

    def J(
        host: str, ident: str, pid: int, t: datetime, label: str | None, msgs: list[str]
    ) -> datetime:
        """A journal entry (one per line of the write) of the cosign process `inv` run under the
        unit's main pid."""
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [f"{iso(x)} {host} {ident}[{pid}]: {m}" for m in msgs],
            (host, pid, inv[0]),
            SEC,
        )

    digests = {
        (host, repo): "sha256:" + hexid(r, 64)
        for host, repos in CS_DEPLOY.items()
        for repo in repos
    }
    hotfix = (at(7, 15, 40), at(8, 30, 0))
    hotfix_digest = "sha256:" + hexid(r, 64)
    harbor_down = (at(9, 10, 5), at(9, 22, 30))
    redeploy = at(10, 14, 0)
    new_pubkey = at(10, 45, 0)
    redeployed = {("deploy01", "shop/cart"), ("deploy01", "shop/checkout")}
    new_digests = {k: "sha256:" + hexid(r, 64) for k in sorted(redeployed)}
    rekor_down = (at(11, 5), at(11, 20))

    def digest(host: str, repo: str, t: datetime) -> str:
        k = (host, repo)
        if k in redeployed and t >= redeploy:
            return new_digests[k]
        if k == ("deploy02", "data/etl-runner") and t >= hotfix[0]:
            return hotfix_digest
        return digests[k]

    def fail(host: str, ident: str, pid: int, t: datetime, label: str, err: str) -> datetime:
        t = J(host, ident, pid, t, "Error: " + label, [f"Error: {err}"])
        return J(
            host,
            ident,
            pid,
            t,
            "main.go:74: error during command execution: " + label,
            [f"main.go:74: error during command execution: {err}"],
        )

    def gate(host: str, t: datetime) -> None:
        pid = r.randint(20000, 99000)
        ident = "cosign-gate"
        for repo in CS_DEPLOY[host]:
            inv[0] += 1
            t += sec(r.uniform(0.6, 2.2))
            k = (host, repo)
            if k == ("deploy02", "data/etl-runner") and hotfix[0] <= t < hotfix[1]:
                t = fail(host, ident, pid, t, "no signatures found", "no signatures found")
                continue
            if harbor_down[0] <= t < harbor_down[1]:
                t = fail(
                    host,
                    ident,
                    pid,
                    t + sec(r.uniform(0.01, 0.05)),
                    'Get "%s": dial tcp %s: connect: connection refused',
                    f'Get "https://{CS_REG}/v2/": dial tcp 10.20.0.15:443: connect: connection refused',
                )
                continue
            if k in redeployed and redeploy <= t < new_pubkey:
                t = fail(
                    host,
                    ident,
                    pid,
                    t + sec(r.uniform(0.3, 0.9)),
                    "no matching signatures: invalid signature when validating ASN.1 encoded signature",
                    "no matching signatures: invalid signature when validating ASN.1 encoded signature",
                )
                continue
            ref = f"{CS_REG}/{repo}@{digest(host, repo, t)}"
            legacy = repo in CS_LEGACY
            if legacy:
                t = J(host, ident, pid, t, CS_NOTLOG, [CS_NOTLOG])
            t = J(
                host,
                ident,
                pid,
                t + sec(r.uniform(0.3, 1.1)),
                CS_VERIFY,
                ["", f"Verification for {ref} --"],
            )
            for c in CS_CHECKS:
                if legacy and "transparency log" in c:
                    continue
                t = J(host, ident, pid, t, c, [c])

    def sign_lines(t: datetime, ref: str, repo: str) -> datetime:
        host, ident, pid = "sign01", "image-signer", 1187
        inv[0] += 1
        if rekor_down[0] <= t < rekor_down[1]:
            code = r.choice([500, 502])
            payload = (
                "&{Code:500 Message:error communicating with backend}" if code == 500 else "<nil>"
            )
            return fail(
                host,
                ident,
                pid,
                t + sec(r.uniform(1, 4)),
                "signing [%s]: uploading to tlog: [POST /api/v1/log/entries][%d] createLogEntryDefault  %s",
                f"signing [{ref}]: uploading to tlog: [POST /api/v1/log/entries][{code}] createLogEntryDefault  {payload}",
            )
        tlog[0] += r.randint(1, 4)
        t = J(
            host,
            ident,
            pid,
            t + sec(r.uniform(0.8, 2.5)),
            "tlog entry created with index: %d",
            [f"tlog entry created with index: {tlog[0]}"],
        )
        return J(
            host,
            ident,
            pid,
            t + sec(r.uniform(0.2, 1.2)),
            "Pushing signature to: %s",
            [f"Pushing signature to: {CS_REG}/{repo}"],
        )

    def attest_lines(t: datetime, repo: str, tag: str) -> datetime:
        host, ident, pid = "sign01", "image-signer", 1187
        inv[0] += 1
        if rekor_down[0] <= t < rekor_down[1]:
            return t
        t = J(
            host,
            ident,
            pid,
            t + sec(r.uniform(0.5, 1.5)),
            "Using payload from: %s",
            [
                f"Using payload from: /var/lib/image-signer/sboms/{repo.replace('/', '_')}-{tag}.cdx.json"
            ],
        )
        tlog[0] += r.randint(1, 4)
        return J(
            host,
            ident,
            pid,
            t + sec(r.uniform(1, 3)),
            "tlog entry created with index: %d",
            [f"tlog entry created with index: {tlog[0]}"],
        )

    # gate runs: a timer every 15 minutes with a randomized delay
    for host in CS_DEPLOY:
        for tm in every(r, T0, T_END, 900, 45):
            gate(host, tm + sec(r.uniform(0.2, 2)))
    # promotions signed (and their SBOMs attested) by the image-signer
    all_repos = sorted({x for v in CS_DEPLOY.values() for x in v})
    t = T0 + sec(r.uniform(60, 400))
    while t < T_END:
        if not (at(10, 38) <= t < at(10, 44)):
            repo = r.choice(all_repos)
            tag = f"{r.randint(1, 4)}.{r.randint(0, 14)}.{r.randint(0, 9)}"
            te = sign_lines(t, f"{CS_REG}/{repo}@sha256:{hexid(r, 64)}", repo)
            if not rekor_down[0] <= t < rekor_down[1]:
                attest_lines(te, repo, tag)
        gap = 840 if at(8, 0) <= t < at(11, 30) else 1500
        t += sec(r.expovariate(1 / gap) + 30)
    # the two shop releases of 10:18, signed with the new key
    for k in sorted(redeployed):
        sign_lines(at(10, 12, 0) + sec(r.uniform(0, 50)), f"{CS_REG}/{k[1]}@{new_digests[k]}", k[1])
    # two promotions caught by the Rekor outage, retried after it
    for tf in [at(11, 7, 31), at(11, 12, 40)]:
        repo = r.choice(all_repos)
        ref = f"{CS_REG}/{repo}@sha256:{hexid(r, 64)}"
        sign_lines(tf, ref, repo)
        sign_lines(tf + sec(r.uniform(60, 120)), ref, repo)
        te = sign_lines(at(11, 21, 5) + sec(r.uniform(0, 30)), ref, repo)
        attest_lines(te, repo, f"{r.randint(1, 4)}.{r.randint(0, 14)}.{r.randint(0, 9)}")
    # the hotfix signed through the signer's by-tag request at 08:28
    tag_ref = f"{CS_REG}/data/etl-runner:2.3.1-hotfix1"
    inv[0] += 1
    tw = J(
        "sign01",
        "image-signer",
        1187,
        at(8, 28, 12),
        "WARNING: Image reference %s uses a tag, not a digest, to identify the image to sign.\\n    This can lead you to sign a different image than the intended one. Please use a\\n    digest (example.com/ubuntu@sha256:abc123...) rather than tag\\n    (example.com/ubuntu:latest) for the input to cosign. The ability to refer to\\n    images by tag will be removed in a future release.",
        [
            f"WARNING: Image reference {tag_ref} uses a tag, not a digest, to identify the image to sign.",
            "    This can lead you to sign a different image than the intended one. Please use a",
            "    digest (example.com/ubuntu@sha256:abc123...) rather than tag",
            "    (example.com/ubuntu:latest) for the input to cosign. The ability to refer to",
            "    images by tag will be removed in a future release.",
        ],
    )
    sign_lines(tw, tag_ref, "data/etl-runner")
    # every deployed image re-signed with the new key at 10:40
    tr = at(10, 40, 3)
    for host, repos in CS_DEPLOY.items():
        for repo in repos:
            if (host, repo) not in redeployed:
                tr = sign_lines(tr, f"{CS_REG}/{repo}@{digest(host, repo, tr)}", repo)
    return fs.logs(T0)


# ----------------------------------------------------------------------------- hubble-relay

NOCONN = "No connection to peer %s, skipping"
HR_NODES = [(f"k8s-cp-0{i}", f"10.0.0.1{i}") for i in range(1, 4)] + [
    (f"k8s-worker-0{i}", f"10.0.1.2{i}") for i in range(1, 10)
]


def hubble_relay(r: random.Random) -> list[Log]:
    """The Hubble Relay of a twelve-node cluster, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pods = ["hubble-relay-5b8d7c9f6-4kq2x", "hubble-relay-7f6c9b8d5-wn8pt"]
    swap = at(10, 25, 31)

    def kts(t: datetime) -> str:
        nanos = f"{t.microsecond:06d}{r.randint(0, 999):03d}".rstrip("0")
        return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{nanos}" if nanos else "") + "Z"

    def lv(v: str) -> str:
        """logrus's TextFormatter: bare for letters, digits and `-._/@^+`, else %q."""
        if v and all(c.isascii() and (c.isalnum() or c in "-._/@^+") for c in v):
            return v
        return go_quote(v)

    def L(
        t: datetime, level: str, msg: str, fields: dict[str, str], label: str | None = None
    ) -> datetime:
        pod = pods[0] if t < swap else pods[1]
        body = f"level={level} msg={lv(msg)}" + "".join(
            f" {k}={lv(v)}" for k, v in sorted({**fields, "subsys": "hubble-relay"}.items())
        )
        return fs.add(f"{pod}.log", t, label or msg, lambda x: [f"{kts(x)} {body}"], pod, 1)

    def tls_name(n: str) -> str:
        return f"{n}.default.hubble-grpc.cilium.io"

    def notif(t: datetime, name: str, ip: str, kind: str) -> datetime:
        sp = "  " if t >= swap else " "
        cn = f'name:"{name}"{sp}address:"{ip}:4244"{sp}type:{kind}{sp}tls:{{server_name:"{tls_name(name)}"}}'
        return L(t, "info", "Received peer change notification", {"change notification": cn})

    def pf(name: str, ip: str) -> dict[str, str]:
        return {"address": f"{ip}:4244", "hubble-tls": "true", "peer": name}

    def startup(t: datetime, nodes: list[tuple[str, str]], down: set[str]) -> dict[str, datetime]:
        t = L(t, "info", "Starting gRPC health server...", {"addr": ":4222"})
        opts = f"{{peerTarget:hubble-peer.kube-system.svc.cluster.local:443 dialTimeout:5000000000 retryTimeout:30000000000 listenAddress::4245 healthListenAddress::4222 metricsListenAddress: log:0xc000{hexid(r, 6)} serverTLSConfig:<nil> insecureServer:true clientTLSConfig:0xc000{hexid(r, 6)} clusterName:default insecureClient:false observerOptions:[0x2a1{hexid(r, 4)} 0x2a1{hexid(r, 4)}] grpcMetrics:<nil> grpcUnaryInterceptors:[] grpcStreamInterceptors:[]}}"
        t = L(t + sec(0.0004), "info", "Starting gRPC server...", {"options": opts})
        t += sec(r.uniform(0.02, 0.09))
        nxt: dict[str, datetime] = {}
        for name, ip in nodes:
            t = notif(t + sec(r.uniform(0.0001, 0.002)), name, ip, "PEER_ADDED")
        for name, ip in nodes:
            t = L(t + sec(r.uniform(0.0001, 0.003)), "info", "Connecting", pf(name, ip))
            if name in down:
                L(
                    t + sec(5.0 + r.uniform(0, 0.01)),
                    "warning",
                    "Failed to create gRPC client",
                    {**pf(name, ip), "error": "context deadline exceeded", "next-try-in": "10s"},
                )
                nxt[name] = t + sec(15)
            else:
                L(t + sec(r.uniform(0.002, 0.03)), "info", "Connected", pf(name, ip))
        return nxt

    ips = dict(HR_NODES)
    # the peers a check can find down: (name, from, to); the check every 2 minutes retries
    # those whose back-off has passed
    outages = [
        ("k8s-worker-03", at(6, 0), at(6, 6, 40)),
        ("k8s-worker-07", at(7, 40, 33), at(9, 40, 20)),
        ("k8s-worker-05", at(11, 18, 24), at(11, 31, 40)),
    ]

    def is_down(name: str, t: datetime) -> bool:
        return any(n == name and a <= t < b for n, a, b in outages)

    # pod 1 starts at 06:00 (rescheduled from the drained k8s-worker-03)
    start1 = at(6, 0, 19)
    nxt = startup(start1, HR_NODES, {"k8s-worker-03"})
    attempts: dict[str, int] = {n: 1 for n in nxt}
    backoff_cap = 160.0

    def try_connect(name: str, t: datetime) -> None:
        ip = ips[name]
        t = L(t, "info", "Connecting", pf(name, ip))
        if is_down(name, t):
            n = attempts.get(name, 0)
            d = min(backoff_cap, 10 * 2**n) * r.uniform(0.8, 1.2)
            attempts[name] = n + 1
            L(
                t + sec(5.0 + r.uniform(0, 0.01)),
                "warning",
                "Failed to create gRPC client",
                {**pf(name, ip), "error": "context deadline exceeded", "next-try-in": go_dur(d)},
            )
            nxt[name] = t + sec(5 + d)
        else:
            attempts[name] = 0
            nxt.pop(name, None)
            L(t + sec(r.uniform(0.003, 0.04)), "info", "Connected", pf(name, ip))

    # worker-07 dies at 07:40:12: the two open flow streams break, the next check drops it
    streams_open = (at(7, 31), at(11, 35))
    t = at(7, 40, 12) + sec(r.uniform(14, 16))
    for _ in range(2):
        t = L(
            t + sec(r.uniform(0.1, 3)),
            "warning",
            "Failed to retrieve flows from peer",
            {
                "error": "rpc error: code = Unavailable desc = error reading from server: read tcp 10.0.2.14:41872->10.0.1.27:4244: read: connection timed out",
                "peer": f"{{{{k8s-worker-07 10.0.1.27:4244 true {tls_name('k8s-worker-07')}}} 0xc000{hexid(r, 6)}}}",
            },
        )
    # worker-05 panics at 11:18:03
    t = at(11, 18, 3) + sec(r.uniform(14, 16))
    for _ in range(2):
        t = L(
            t + sec(r.uniform(0.1, 3)),
            "warning",
            "Failed to retrieve flows from peer",
            {
                "error": "rpc error: code = Unavailable desc = error reading from server: read tcp 10.0.2.31:52216->10.0.1.25:4244: read: connection reset by peer",
                "peer": f"{{{{k8s-worker-05 10.0.1.25:4244 true {tls_name('k8s-worker-05')}}} 0xc000{hexid(r, 6)}}}",
            },
        )
    # connection checks every 2 minutes
    chk = start1 + sec(120)
    dropped: set[str] = set()
    while chk < T_END:
        if chk < swap or chk >= swap + sec(60):
            for name, a, b in outages:
                if a <= chk and name not in nxt and name not in dropped and chk < b:
                    ip = ips[name]
                    tt = L(
                        chk + sec(r.uniform(0.0001, 0.001)), "info", "Disconnecting", pf(name, ip)
                    )
                    L(tt + sec(r.uniform(0.0001, 0.001)), "info", "Disconnected", pf(name, ip))
                    dropped.add(name)
                    nxt[name] = chk
            for name in sorted(nxt):
                if nxt[name] <= chk:
                    try_connect(name, chk + sec(r.uniform(0.001, 0.01)))
                    if name not in nxt:
                        dropped.discard(name)
        chk += sec(120)
    # hubble-ui polls ServerStatus every 5 s while open; GetFlows when a view changes
    polls = every(r, at(7, 30, 2), at(11, 32), 5, 0.3) + every(r, at(7, 55, 31), at(8, 41), 5, 0.3)
    for tp in polls:
        for name, ip in HR_NODES:
            if is_down(name, tp):
                L(
                    tp,
                    "info",
                    f"No connection to peer {name}, skipping",
                    {"address": f"{ip}:4244"},
                    NOCONN,
                )
    # the rolling agent upgrade, 10:00-10:20: each agent down ~20 s
    order = list(HR_NODES)
    r.shuffle(order)
    tu = at(10, 0, 30)
    peer_backend = "k8s-worker-02"
    for name, ip in order:
        down_for = r.uniform(14, 26)
        if tu < swap and streams_open[0] <= tu < streams_open[1]:
            for _ in range(2):
                L(
                    tu + sec(r.uniform(0.05, 0.5)),
                    "warning",
                    "Failed to retrieve flows from peer",
                    {
                        "error": "rpc error: code = Unavailable desc = error reading from server: EOF",
                        "peer": f"{{{{{name} {ip}:4244 true {tls_name(name)}}} 0xc000{hexid(r, 6)}}}",
                    },
                )
        for tp in every(r, tu + sec(0.3), tu + sec(down_for), 5, 0.3):
            if tp < swap:
                L(
                    tp,
                    "info",
                    f"No connection to peer {name}, skipping",
                    {"address": f"{ip}:4244"},
                    NOCONN,
                )
        # the next check catches some in TransientFailure
        if r.random() < 0.45 and tu < swap:
            tc = tu + sec(r.uniform(1, down_for))
            tc = L(tc, "info", "Disconnecting", pf(name, ip))
            if r.random() < 0.5:
                tc = L(
                    tc + sec(0.0003),
                    "warning",
                    "Failed to properly close gRPC client connection",
                    {
                        **pf(name, ip),
                        "error": "rpc error: code = Canceled desc = grpc: the client connection is closing",
                    },
                )
            tc = L(tc + sec(0.0002), "info", "Disconnected", pf(name, ip))
            tc = L(tc + sec(0.001), "info", "Connecting", pf(name, ip))
            if tc < tu + sec(down_for):
                tc = L(
                    tc + sec(5.0),
                    "warning",
                    "Failed to create gRPC client",
                    {
                        **pf(name, ip),
                        "error": "context deadline exceeded",
                        "next-try-in": go_dur(10 * r.uniform(0.8, 1.2)),
                    },
                )
                tc = L(tu + sec(down_for + r.uniform(10, 40)), "info", "Connecting", pf(name, ip))
            L(tc + sec(r.uniform(0.005, 0.05)), "info", "Connected", pf(name, ip))
        if name == peer_backend and tu < swap:
            te = L(
                tu + sec(0.2),
                "warning",
                "Error while receiving peer change notification; will try again after the timeout has expired",
                {
                    "connection timeout": "30s",
                    "error": "rpc error: code = Unavailable desc = error reading from server: EOF",
                },
            )
            te = L(
                te + sec(30.001),
                "warning",
                "Failed to create peer notify client for peers change notification; will try again after the timeout has expired",
                {
                    "connection timeout": "30s",
                    "error": 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.118.42:443: connect: connection refused"',
                },
            )
            te += sec(30.002)
            for n2, ip2 in HR_NODES:
                te = notif(te + sec(r.uniform(0.0001, 0.001)), n2, ip2, "PEER_ADDED")
        tu += sec(r.uniform(80, 100))
    # the relay replaced at 10:25:31 (Cilium 1.15.6)
    te = L(swap - sec(0.8), "info", "Stopping server...", {})
    L(te + sec(0.31), "info", "Server stopped", {})
    startup(swap + sec(22.4), HR_NODES, set())
    # k8s-worker-10 joins at 11:10, is removed at 11:50
    ips["k8s-worker-10"] = "10.0.1.30"
    tj = notif(at(11, 10, 44), "k8s-worker-10", "10.0.1.30", "PEER_ADDED")
    tj = L(tj + sec(0.002), "info", "Connecting", pf("k8s-worker-10", "10.0.1.30"))
    tj = L(
        tj + sec(5.0),
        "warning",
        "Failed to create gRPC client",
        {
            **pf("k8s-worker-10", "10.0.1.30"),
            "error": "context deadline exceeded",
            "next-try-in": go_dur(10.48213),
        },
    )
    tj = L(at(11, 12, 31), "info", "Connecting", pf("k8s-worker-10", "10.0.1.30"))
    L(tj + sec(0.017), "info", "Connected", pf("k8s-worker-10", "10.0.1.30"))
    tr = notif(at(11, 50, 9), "k8s-worker-10", "10.0.1.30", "PEER_DELETED")
    tr = L(tr + sec(0.0004), "info", "Disconnecting", pf("k8s-worker-10", "10.0.1.30"))
    L(tr + sec(0.0003), "info", "Disconnected", pf("k8s-worker-10", "10.0.1.30"))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- netmaker

NM_HOSTS = [
    ("gw-fra1", "always"),
    ("gw-ams1", "always"),
    ("app-01", "always"),
    ("app-02", "always"),
    ("db-01", "always"),
    ("ci-runner-01", "always"),
    ("laptop-jdoe", "laptop"),
    ("laptop-asmith", "laptop"),
    ("laptop-mkhan", "laptop"),
]
NM_LOGO = [
    " __   __     ______     ______   __    __     ______     __  __     ______     ______    ",
    '/\\ "-.\\ \\   /\\  ___\\   /\\__  _\\ /\\ "-./  \\   /\\  __ \\   /\\ \\/ /    /\\  ___\\   /\\  == \\   ',
    '\\ \\ \\-.  \\  \\ \\  __\\   \\/_/\\ \\/ \\ \\ \\-./\\ \\  \\ \\  __ \\  \\ \\  _"-.  \\ \\  __\\   \\ \\  __<   ',
    ' \\ \\_\\\\"\\_\\  \\ \\_____\\    \\ \\_\\  \\ \\_\\ \\ \\_\\  \\ \\_\\ \\_\\  \\ \\_\\ \\_\\  \\ \\_____\\  \\ \\_\\ \\_\\ ',
    "  \\/_/ \\/_/   \\/_____/     \\/_/   \\/_/  \\/_/   \\/_/\\/_/   \\/_/\\/_/   \\/_____/   \\/_/ /_/ ",
]


def netmaker(r: random.Random) -> list[Log]:
    """One Netmaker server at VERBOSITY 3, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "netmaker.log"
    srv = ["nm-1"]

    def N(t: datetime, label: str, parts: list[str]) -> datetime:
        msg = " ".join(parts)
        return fs.add(
            f, t, label, lambda x: [f"[netmaker] {x:%Y-%m-%d %H:%M:%S} {msg} "], srv[0], SEC
        )

    def S(t: datetime, level: str, src: str, msg: str, attrs: list[tuple[str, object]]) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z"
            return [
                f"time={ts} level={level} source={sv(src)} msg={sv(msg)}"
                + "".join(f" {k}={sv(v)}" for k, v in attrs)
            ]

        return fs.add(f, t, msg, text, srv[0], MS)

    ids = {h: uuid4(r) for h, _ in NM_HOSTS}
    mq_down = (at(9, 40, 5), at(9, 41, 31))
    stop_t, start_t = at(11, 0, 12), at(11, 0, 19)

    def srv_up(t: datetime) -> bool:
        return not (stop_t <= t < start_t + sec(4))

    def laptop_on(h: str, t: datetime) -> bool:
        spans = {
            "laptop-jdoe": [(at(7, 52), at(11, 58))],
            "laptop-asmith": [(at(8, 31), at(10, 2)), (at(10, 47), at(12, 0))],
            "laptop-mkhan": [(at(6, 12), at(9, 5)), (at(9, 33), at(11, 41))],
        }[h]
        return in_any(t, spans)

    # check-ins over MQ, about every two minutes per host
    for h, kind in NM_HOSTS:
        t = T0 + sec(r.uniform(0, 120))
        while t < T_END:
            ok = srv_up(t) and not (mq_down[0] <= t < mq_down[1] + sec(3))
            if ok and (kind == "always" or laptop_on(h, t)):
                action = "CHECK_IN"
                if kind == "laptop" and r.random() < 0.04:
                    action = "UPDATE_HOST"
                S(
                    t,
                    "INFO",
                    "handlers.go 98}",
                    "recieved host update",
                    [("name", h), ("id", ids[h]), ("action", action)],
                )
            t += sec(r.uniform(150, 210))
    # the dashboard polling while an admin has it open
    sessions = [
        ("admin", at(6, 31), at(7, 14)),
        ("mkhan", at(8, 2), at(9, 58)),
        ("admin", at(9, 38), at(10, 21)),
        ("mkhan", at(11, 9), at(11, 52)),
    ]
    for user, a, b in sessions:
        N(a - sec(2.4), "%s was authenticated", [user, "was authenticated"])
        for tp in every(r, a, b, 60, 2):
            if not srv_up(tp):
                continue
            t = N(tp, "%s fetched all hosts", [user, "fetched all hosts"])
            t = N(t, "%s fetched all networks", [user, "fetched all networks"])
            for net in ["corp", "prod"]:
                t = N(
                    t + sec(0.2),
                    "%s fetched nodes on network %s",
                    [user, "fetched nodes on network", net],
                )
            if r.random() < 0.3:
                N(
                    t + sec(0.3),
                    "%s fetched extclients on network %s",
                    [user, "fetched extclients on network", "corp"],
                )
    # a contractor mistyping a password, then a remote-access client made for them
    for tf in [at(8, 44, 2), at(8, 44, 31), at(8, 45, 7)]:
        N(
            tf,
            "error authenticating user: %s invalid username or password",
            ["error authenticating user:", "pwilson", "invalid username or password"],
        )
    N(at(8, 47, 55), "%s was authenticated", ["pwilson", "was authenticated"])
    for tc, user in [(at(8, 51, 13), "mkhan"), (at(10, 6, 48), "admin")]:
        t = N(
            tc,
            "%s created new ext client on network %s",
            [user, "created new ext client on network", "corp"],
        )
        S(
            t + sec(0.2),
            "INFO",
            "extclient.go 412}",
            "publishing peer update",
            [("network", "corp"), ("reason", "extclient created")],
        )
    # a host registered with an enrollment key; a stale node deleted
    ids["app-03"] = uuid4(r)
    N(
        at(8, 15, 37),
        "host %s %s registered with enrollment key %s",
        ["host", ids["app-03"], "app-03", "registered with enrollment key", "prod-servers"],
    )
    t = at(8, 16, 30)
    while t < T_END:
        if srv_up(t) and not (mq_down[0] <= t < mq_down[1] + sec(3)):
            S(
                t,
                "INFO",
                "handlers.go 98}",
                "recieved host update",
                [("name", "app-03"), ("id", ids["app-03"]), ("action", "CHECK_IN")],
            )
        t += sec(r.uniform(150, 210))
    N(
        at(9, 52, 40),
        "%s Deleted node %s from network %s",
        ["admin", "Deleted node", uuid4(r), "from network", "prod"],
    )
    # the broker restarted at 09:40
    t = S(mq_down[0], "WARN", "mq.go 104}", "detected broker connection lost", [("err", "EOF")])
    t = S(t + sec(0.25), "INFO", "mq.go 106}", "re-initiating MQ connection", [])
    first = t
    while t < mq_down[1]:
        t = N(
            t + sec(0.01),
            "unable to connect to broker, retrying ...",
            ["unable to connect to broker, retrying ..."],
        )
        if (t - first).total_seconds() > 10:
            N(
                t + sec(0.001),
                "could not connect to broker, token error:  %s",
                [
                    "could not connect to broker, token error: ",
                    "network Error : dial tcp 172.20.0.5:8883: connect: connection refused",
                ],
            )
        t += sec(2)
    N(t + sec(0.4), "connected to mq broker", ["connected to mq broker"])
    for tp in [at(9, 40, 44), at(9, 41, 2)]:
        S(
            tp,
            "ERROR",
            "publishers.go 34}",
            "failed to publish peer update",
            [("error", "not Connected")],
        )
    # upgrade to v0.24.2 at 11:00
    N(stop_t, "stopping netmaker", ["stopping netmaker"])
    srv[0] = "nm-2"
    t = fs.add(f, start_t, NM_LOGO[0], lambda x: list(NM_LOGO), srv[0], SEC)
    t = N(t + sec(0.05), "connecting to database %s", ["connecting to database", "postgres"])
    t = N(t + sec(0.3), "database successfully connected", ["database successfully connected"])
    t = N(
        t + sec(0.9),
        "REST Server successfully started on port  %s  (REST)",
        ["REST Server successfully started on port ", "8081", " (REST)"],
    )
    t = N(
        t + sec(0.1),
        "connecting to mq broker at %s",
        ["connecting to mq broker at", "mq.nm.corp.example:8883"],
    )
    N(t + sec(0.4), "connected to mq broker", ["connected to mq broker"])
    return fs.logs(T0)


SYSTEMS = {
    "grype": grype,
    "dependency-track": dependency_track,
    "cosign": cosign,
    "hubble-relay": hubble_relay,
    "netmaker": netmaker,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
