#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 254 (clair, notation, openebs, knative-serving, gloo) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five tools of one platform team's Kubernetes
clusters and image supply chain, 06:00 to 12:00 on 2024-06-07. The brief's Syft is replaced by
Clair v4, the image scanner behind the team's Quay registry: as round 235 found, syft at `-v`
writes its version line and little else per run (its catalogers log at debug), so a six-hour
syft log cannot be written faithfully with 15 formats. OpenEBS was in the set only as Mayastor
(round 146, its replicated engine); this is OpenEBS's LocalPV hostpath provisioner, another
program.

- Clair v4.7 (`clair-7c9d8b6f5-4kx2p.log`, `clair-7c9d8b6f5-q8wzn.log`: `kubectl logs` of two
  replicas in combo mode behind Quay). zerolog JSON through quay/zlog: `level`, the context
  values in a map's order (`component`, `request_id`, `manifest`, `state`: their order varies
  line to line, as Clair's do), the event's fields, `time` in seconds and `message` last:
  `{"level":"info","component":"libindex/Libindex.Index","request_id":"...","manifest":"sha256:
  ...","time":"2024-06-07T06:04:47Z","message":"index request start"}`. Quay's pushes (POST
  /indexer/api/v1/index_report: `index request start`, `starting scan`, `manifest to be
  scanned`, `layers fetch start` / `success` / `done`, `layers scan start` / `done`, `starting
  index manifest`, `finishing scan`, `manifest successfully scanned`, `index request done`, and
  httptransport's `handled HTTP request` with method, request_uri, status and duration; a
  manifest seen before: `manifest already scanned`), Quay's security worker polling
  index_state and reading vulnerability reports; each replica's updater manager every 30
  minutes (`running updaters`, per updater `starting update`, `vulnerability database
  unchanged` or `successful update`, `finished update`, the CVSS enricher's `found
  EnrichmentUpdater`, `GC started`, `GC completed`). The corporate proxy down 08:10-08:41 (each
  run ends in `errors encountered during updater run` with the `updating errors:\n...` list);
  the PostgreSQL failover at 09:45 (`error during scan`, `failed persisting index report`,
  500s); Quay's storage answering 403 to layer fetches 10:20-10:35 (`layers fetch failure` at
  warn with its reason, `error during scan`).
- Notation v1.1 (`deploy01-journal.log`, `deploy02-journal.log`, `sign01-journal.log`:
  `journalctl -o short-iso`). Two deploy hosts' gate (a timer every 15 minutes running
  `notation verify --verbose` for each running image, stdout and stderr to the journal): the
  CLI's logrus TextFormatter without timestamps on a stream that is no terminal
  (`level=info msg="Checking whether signature verification should be skipped or not"`), its
  own stdout and stderr lines (`Successfully verified signature for %s`, `Warning: ...`,
  cobra's `Error: %s`). Per image: `Reference %s resolved to manifest descriptor: %+v` (Go's %+v
  of an OCI descriptor), `Checking whether ...`, `Trust policy configuration: %+v` (the policy
  struct, twice), `Check over. ...`, `Processing signature with digest: %v`; two legacy images
  whose signatures expired, under a policy that only logs expiry (`%v validation failed with
  validation action set to "logged". Failure reason: digital signature has expired on %q` at
  warning, and the CLI's `Warning: %v was set to %q and failed with error: ...`); one verified
  by tag (`Warning: Always verify the artifact using digest(@sha256:...) rather than a tag(:%s)
  ...`); a sandbox image under a skip policy (`Verification skipped for %s`, `Trust policy is
  configured to skip signature verification for %s`). Incidents: shop/recommender deployed
  before its registry scope was added, 07:02-07:41 (`... has no applicable trust policy
  statement. ...`); an unsigned payments hotfix on deploy02 08:20-09:02 (`no signature is
  associated with "%s", make sure the artifact was signed successfully`), then signed by tag
  (`Warning: Always sign the artifact using digest(@sha256:...) rather than a tag(:%s) ...`);
  Harbor down 09:30-09:42 (`Error: Head "%s": dial tcp %s: connect: connection refused`); a
  release signed with the new certificate at 10:03 rejected by deploy01 until its trust store
  is updated at 10:51 (`%v validation failed. Failure reason: signature is not produced by a
  trusted signer` at error, `Error: signature verification failed for all the signatures
  associated with %s`). The signing host's `release-signer` (`notation sign --verbose`):
  `Reference ... resolved ...`, `Successfully signed %s`.
- OpenEBS LocalPV hostpath provisioner 4.0 (`openebs-localpv-provisioner-6b9c8d7f5-x2kqm.log`
  until k8s-w2 is drained at 09:52, `...-r7tnw.log` after: `kubectl logs`). klog lines
  (`I0607 06:01:06.694941       1 controller.go:1366] provision "gitlab-runner/runner-...-cache"
  class "openebs-hostpath": started`) of the provisioner and sig-storage-lib-external-provisioner
  v9, the event broadcaster's `Event(%#v): type: '...' reason: '...' ...`, and openebs/maya's
  alertlog in zap's production JSON between them, its message empty and a second `msg` key
  (`{"level":"info","ts":1717740041.6551044,"caller":"app/provisioner_hostpath.go:214","msg":"",
  "eventcode":"local.pv.provision.success","msg":"Successfully provisioned Local PV",...}`). A
  cache volume for each CI job of the GitLab runners (per claim: `provision %q class %q:
  started`, `Creating volume %v at node with labels {%v}, path:%v,ImagePullSecrets:%v`, the
  alertlog success, `... volume %q provisioned`, `... succeeded`, `Trying to save persistentvolume
  %q`, `persistentvolume %q saved`, two events; per deletion `delete %q: started`, alertlog's
  `Get the Node Object with label {%v}`, `Deleting volume %v at %v:%v`, `... volume deleted`,
  `... persistentvolume deleted`, `... succeeded`). k8s-w3 re-imaged without its registry mirror
  08:31-08:56: the init helper pod cannot pull, every try of a claim there times out after 120 s
  (`Initialize volume %v failed: create process timeout after %v seconds`, the alertlog error
  with zap's `stacktrace`, the `ProvisioningFailed` event, `Retrying syncing claim %q because
  failures %v < threshold %v`, `error syncing claim %q: ...`) until the mirror is back; k8s-w5
  removed by the cluster autoscaler at 10:10 with release caches on it: their deletions fail and
  back off to noon (`delete %q: volume deletion failed: failed to delete volume %v: Unable to get
  the Node with the Node Labels {%v}`, `VolumeFailedDelete`, `Retrying syncing volume ...`,
  `error syncing volume ...`); the API server's certificate rotation at 07:18 (`error
  retrieving resource lock %v: %v`); leader election at each start.
- Knative Serving 1.14 (`controller-7d4f5b9c6-hx2lq.log`, `autoscaler-6c8f9d7b5-p4kzn.log`
  until 10:30, `autoscaler-6c8f9d7b5-wq7cd.log` after, `activator-5f7c8b9d6-2xjqm.log`,
  `activator-5f7c8b9d6-m8vtw.log`, and the queue-proxy of checkout-api's revision 00043,
  `checkout-api-00043-deployment-5d8c7b9f6-k2xqp.log`: `kubectl logs`). knative.dev/pkg's zap
  JSON (`severity`, RFC 3339 `timestamp` with nanoseconds, `logger`, `caller`, `message`,
  `commit`, `knative.dev/*` keys, then the fields). Five services: three scale to zero
  (recommender, image-resizer, report-gen: the KPA's `SKS should be in %s mode: want = %d, ebc =
  %d, #act's = %d PA Inactive? = %v`, `PA scale got=%d, want=%d, desiredPods=%d ebc=%d`, `Scaling
  from %d to %d`, `Reconcile succeeded` with its duration, the activators' `Updating Revision
  Throttler with: clusterIP = %v, trackers = %d, backends = %d` and `Set capacity to %d
  (backends: %d, index: %d/%d)`), two always on (checkout-api, search-api); upload bursts
  (`PANICKING.`, `Un-panicking.`) and the 09:00 flash sale; checkout-api's release at 08:00
  (`Revision %q of configuration is ready`, `All referred targets are routable, marking
  AllTrafficAssigned with traffic information.`); image-resizer's revision 00010 whose image
  cannot be pulled 09:10-09:26 (the activators' `Throttler try error` with `context deadline
  exceeded` and the stack in `stacktrace`, the controller's `Reconcile error`); the database slow
  09:40-09:57 (the queue-proxy's `error reverse proxying request; sockstat: %s`, /proc's sockstat
  lines inside the message); the autoscaler rescheduled at 10:30 (`Starting controller and
  workers`, `Started workers`, `%s will run in leader-elected mode with id %q`, a pass over every
  PA with `want = -1`); route status conflicts (`Reconcile error`); the activators' probes of
  recommender's pods failing at 11:31 (`Failed probing pods` at WARNING, `Need to reprobe pods
  who became non-ready`); scale-down races (`error reverse proxying request`).
- Gloo Edge 1.17 (`gloo-7b8c9d6f5-tq4mx.log`, `gateway-proxy-6d9f7b8c5-2kxlp.log`,
  `gateway-proxy-6d9f7b8c5-w9fzr.log`: `kubectl logs`). The gloo pod's zap JSON (`level`, ISO
  `ts` in milliseconds, `logger`, `caller`, `msg`, `version`): a translation per snapshot change
  (endpoint churn, a cart-api rollout at 08:50, a secret deleted): the gateway
  TranslatorSyncer's `begin sync %v (%v virtual services, %v gateways, %v route tables)` and
  `end sync %v`, the envoyTranslatorSyncer's `begin sync %v (%v proxies, %v upstreams, %v
  endpoints, %v secrets, %v artifacts, %v auth configs, %v rate limit configs, %v graphql apis)`,
  `Setting xDS Snapshot` per proxy with its counts, `end sync %v` (the hash a uint64 in
  decimal); the validation webhook in strict mode rejecting a VirtualService that names an
  upstream with a typo, 07:31-07:58 (`Validation failed: %v`, hashicorp's multierror text with
  its line breaks); payments-api's TLS secret deleted 09:15-09:36 (`Proxy had invalid config`
  with the proxy's ref and the error). The gateway proxies: Envoy's access log in its default
  format, filtered to status >= 400 (scanners' 404 NR, the mobile app's stale cart items, 401s,
  400s and 409s, 503 UF/UH during the cart rollout, 504 UT while search-api is slow
  10:00-10:21, 500s for the payments route while its cluster is gone), and Envoy's own
  `[%Y-%m-%d %T.%e][thread][level][logger] [file:line] msg` lines when a NetworkPolicy cuts the
  proxies off gloo's xDS port 10:40-10:46 (`StreamAggregatedResources gRPC config stream to %s
  closed since %ss ago: ...`).

Label notes. The heads are context: zerolog's and zap's level, time, logger, caller, version,
commit and `knative.dev/*` keys, the journal's time, host and ident, notation's logrus
`level=`, klog's header; a message is the label and its fields are attributes (Clair's
`reason` and `error`, Knative's `error`, `stacktrace`, `curDests`, Gloo's `proxy` and
`error`). openebs/maya's alertlog writes an empty message and its statement in a second `msg`
key: the label is that statement. Request records are labelled by method, route and status as
in rounds 233 and 235 (Clair's `handled HTTP request` by its `method`, `request_uri` with the
digest as `%s`, and `status`; Envoy's access lines with their response flags, as round 55's
Istio: `GET /api/cart 503 UF`; a scanner's path that no route matched is its route, `GET /.env
404 NR`; a query's values are variables, `GET /api/search?q=%s 504 UT`). Enum values are
variables (Knative's SKS mode `Serve` / `Proxy`, notation's validation type `expiry` /
`authenticity`); a value that is an error contributes its format (notation's wrapped errors,
the provisioner's `create process timeout after %v seconds`, the multierror after `Validation
failed: `). Lines that are one write's continuation have no row (none here: every line is a
record of its own, the line breaks of Clair's, Knative's and Gloo's messages escaped in JSON).

Checked against copies of the sources (the search tool): notation's verify command and
trace/logger set-up, notation-go's Verify, verifier messages and logVerificationResult;
claircore's controller, checkmanifest, fetchlayers and updates manager (`running updaters` ...
`GC completed`, `errors encountered during updater run`), Clair's main (`starting`, `ready`),
and real Clair 4.7 log lines from two issues; Knative's `SKS should be in ...`, `PA scale got=`,
`Scaling from %d to %d`, `PANICKING.`, `Throttler try error`, `Updating Revision Throttler with`,
`Set capacity to`, and 2024 activator and queue-proxy lines (`Failed probing pods`, `Need to
reprobe pods ...`, `Starting queue-proxy`) from a design note; the severity/timestamp layout
from an issue; dynamic-localpv-provisioner's ProvisionHostPath and DeleteHostPath (klog and
alertlog lines) and its helper pod's timeout; Gloo's xdsSyncer (`begin sync`, `Proxy had
invalid config`, `Setting xDS Snapshot`), TranslatorSyncer and the validation webhook's
`Validation failed: %v`. Written from memory (least sure): notation's `no applicable trust
policy statement` and `no signature is associated` texts, the trust policy's %+v field set, the
`expired on` time layout and the sign command's lines; Clair's `layers fetch failure` reason
text and the 500 status of a failed index, the enricher's presence among the updaters;
sig-storage-lib's line numbers, `Trying to save persistentvolume`, the retry and
`volume deletion failed` wordings and its back-off, the alertlog's epoch `ts`; Knative's
`Revision %q of configuration is ready`, `All referred targets are routable ...`, `Starting
http server %s%s` (the sugared `Info("Starting http server ", name, addr)`), the KPA's values
and the controller's reconcile error texts; Gloo's logger names, `ts` layout, the multierror
texts and the access log filter.
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
from generate_round147 import T0, T_END, at, go_quote, in_any

US = 1  # a microsecond: the Clock resolution of logs with sub-millisecond times
MS = 1_000
SEC = 1_000_000

REG = "harbor.corp.example"


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def poisson_times(r: random.Random, t0: datetime, t1: datetime, per_hour: float) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(r.expovariate(per_hour / 3600))
        if t >= t1:
            return out
        out.append(t)


def sha(r: random.Random) -> str:
    return "sha256:" + hexid(r, 64)


def js(v: object) -> str:
    """A JSON value as Go's encoders write it (no HTML escaping, no spaces)."""
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def obj(pairs: list[tuple[str, object]]) -> str:
    return "{" + ",".join(f"{js(k)}:{js(v)}" for k, v in pairs) + "}"


def rfc3339nano(t: datetime, ns: int) -> str:
    frac = f"{t.microsecond:06d}{ns:03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def iso_ms(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def klog(t: datetime, lvl: str, where: str, msg: str, pid: int = 1) -> str:
    """klog's `Lmmdd hh:mm:ss.uuuuuu pid file:line] msg`."""
    return f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {pid:7d} {where}] {msg}"


def k8s_suffix(r: random.Random, n: int) -> str:
    return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


def objref(kind: str, ns: str, name: str, uid: str, api: str, rv: int) -> str:
    """client-go's %#v of a v1.ObjectReference, as the event broadcaster logs it."""
    return f'v1.ObjectReference{{Kind:"{kind}", Namespace:"{ns}", Name:"{name}", UID:"{uid}", APIVersion:"{api}", ResourceVersion:"{rv}", FieldPath:""}}'


# ------------------------------------------------------------------------------------ clair

CL_QUAY = ["10.42.3.17", "10.42.5.22"]  # the Quay pods' security workers and web
CL_UPDATERS = [
    # name, chance the source changed since the last run
    ("alpine-main-v3.19-updater", 0.04),
    ("alpine-community-v3.19-updater", 0.04),
    ("debian/updater", 0.10),
    ("ubuntu/updater/jammy", 0.12),
    ("ubuntu/updater/noble", 0.12),
    ("osv/go", 0.30),
    ("osv/pypi", 0.30),
    ("osv/npm", 0.35),
    ("clair.cvss", 0.08),
]
CL_URLS = {
    "alpine-main-v3.19-updater": "https://secdb.alpinelinux.org/v3.19/main.json",
    "alpine-community-v3.19-updater": "https://secdb.alpinelinux.org/v3.19/community.json",
    "debian/updater": "https://security-tracker.debian.org/tracker/data/json",
    "ubuntu/updater/jammy": "https://security-metadata.canonical.com/oval/com.ubuntu.jammy.usn.oval.xml.bz2",
    "ubuntu/updater/noble": "https://security-metadata.canonical.com/oval/com.ubuntu.noble.usn.oval.xml.bz2",
    "osv/go": "https://osv-vulnerabilities.storage.googleapis.com/Go/all.zip",
    "osv/pypi": "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip",
    "osv/npm": "https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip",
    "clair.cvss": "https://nvd.nist.gov/feeds/json/cve/1.1/nvdcve-1.1-2024.meta",
}


def clair(r: random.Random) -> list[Log]:
    """Clair v4 in combo mode, two replicas behind Quay, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    pods = ["clair-7c9d8b6f5-4kx2p", "clair-7c9d8b6f5-q8wzn"]
    pg_down = (at(9, 45, 10), at(9, 45, 52))
    proxy_down = (at(8, 10), at(8, 41))
    s3_denied = (at(10, 20), at(10, 35))

    def zl(
        pod: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        ctx: list[tuple[str, object]],
        fields: list[tuple[str, object]] = (),  # type: ignore[assignment]
    ) -> datetime:
        c = list(ctx)
        r.shuffle(c)  # zlog's context values come out of a map: their order varies

        def text(x: datetime) -> list[str]:
            pairs = [("level", level), *c, *fields, ("time", f"{x:%Y-%m-%dT%H:%M:%SZ}")]
            return [obj(pairs)[:-1] + f',"message":{js(msg)}}}']

        return fs.add(f"{pod}.log", t, label, text, pod, SEC)

    def http(
        pod: str,
        t: datetime,
        rid: str,
        method: str,
        route: str,
        uri: str,
        status: int,
        dur_ms: float,
    ) -> datetime:
        level = "info"
        return zl(
            pod,
            t,
            level,
            f"{method} {route} {status}",
            "handled HTTP request",
            [("component", "httptransport/New"), ("request_id", rid)],
            [
                ("remote_addr", f"{r.choice(CL_QUAY)}:{r.randint(32768, 60999)}"),
                ("method", method),
                ("request_uri", uri),
                ("status", status),
                ("duration", round(dur_ms, 6)),
            ],
        )

    indexed: dict[str, bool] = {}
    digests: list[str] = []

    def index(t: datetime) -> None:
        pod = r.choice(pods)
        rid = hexid(r, 16)
        t0 = t
        again = digests and r.random() < 0.3
        man = r.choice(digests) if again else sha(r)
        if not again:
            digests.append(man)
        li = [("request_id", rid), ("component", "libindex/Libindex.Index"), ("manifest", man)]

        def co(state: str) -> list[tuple[str, object]]:
            return [
                ("component", "indexer/controller/Controller.Index"),
                ("request_id", rid),
                ("manifest", man),
                ("state", state),
            ]

        t = zl(pod, t, "info", "index request start", "index request start", li)
        t = zl(
            pod,
            t,
            "info",
            "starting scan",
            "starting scan",
            co("CheckManifest")[:3],
        )
        if in_any(t, [pg_down]):
            err = r.choice(
                [
                    "FATAL: terminating connection due to administrator command (SQLSTATE 57P01)",
                    "failed to connect to `host=clair-db.quay.svc user=clair database=clair`: dial error (dial tcp 10.43.18.9:5432: connect: connection refused)",
                ]
            )
            t = zl(
                pod,
                t,
                "error",
                "error during scan",
                "error during scan",
                co("CheckManifest"),
                [("error", err)],
            )
            t = zl(
                pod,
                t,
                "info",
                "failed persisting index report",
                "failed persisting index report",
                co("CheckManifest"),
                [("error", "failed to upsert index report: " + err)],
            )
            t = zl(pod, t, "info", "index request done", "index request done", li)
            http(
                pod,
                t,
                rid,
                "POST",
                "/indexer/api/v1/index_report",
                "/indexer/api/v1/index_report",
                500,
                (t - t0).total_seconds() * 1000 + r.uniform(1, 9),
            )
            return
        if again and indexed.get(man):
            t = zl(
                pod,
                t,
                "info",
                "manifest already scanned",
                "manifest already scanned",
                co("CheckManifest"),
            )
            t = zl(pod, t, "info", "index request done", "index request done", li)
            http(
                pod,
                t,
                rid,
                "POST",
                "/indexer/api/v1/index_report",
                "/indexer/api/v1/index_report",
                200,
                (t - t0).total_seconds() * 1000 + r.uniform(2, 30),
            )
            return
        t = zl(
            pod,
            t,
            "info",
            "manifest to be scanned",
            "manifest to be scanned",
            co("CheckManifest"),
        )
        t = zl(pod, t, "info", "layers fetch start", "layers fetch start", co("FetchLayers"))
        t += sec(r.uniform(0.5, 6))
        if in_any(t, [s3_denied]):
            layer = sha(r)
            reason = f'fetcher: encountered errors: layer "{layer}": unexpected status code: 403 Forbidden (body starts: "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message>")'
            t = zl(
                pod,
                t,
                "warn",
                "layers fetch failure",
                "layers fetch failure",
                co("FetchLayers"),
                [("reason", reason)],
            )
            t = zl(pod, t, "info", "layers fetch done", "layers fetch done", co("FetchLayers"))
            t = zl(
                pod,
                t,
                "error",
                "error during scan",
                "error during scan",
                co("FetchLayers"),
                [("error", "failed to fetch layers: " + reason)],
            )
            t = zl(pod, t, "info", "index request done", "index request done", li)
            http(
                pod,
                t,
                rid,
                "POST",
                "/indexer/api/v1/index_report",
                "/indexer/api/v1/index_report",
                500,
                (t - t0).total_seconds() * 1000 + r.uniform(1, 9),
            )
            return
        t = zl(pod, t, "info", "layers fetch success", "layers fetch success", co("FetchLayers"))
        t = zl(pod, t, "info", "layers fetch done", "layers fetch done", co("FetchLayers"))
        t = zl(pod, t, "info", "layers scan start", "layers scan start", co("ScanLayers"))
        t += sec(r.uniform(1, 9))
        t = zl(pod, t, "info", "layers scan done", "layers scan done", co("ScanLayers"))
        t = zl(
            pod,
            t,
            "info",
            "starting index manifest",
            "starting index manifest",
            co("IndexManifest"),
        )
        t = zl(pod, t, "info", "finishing scan", "finishing scan", co("IndexFinished"))
        t = zl(
            pod,
            t,
            "info",
            "manifest successfully scanned",
            "manifest successfully scanned",
            co("IndexFinished"),
        )
        t = zl(pod, t, "info", "index request done", "index request done", li)
        indexed[man] = True
        http(
            pod,
            t,
            rid,
            "POST",
            "/indexer/api/v1/index_report",
            "/indexer/api/v1/index_report",
            201,
            (t - t0).total_seconds() * 1000 + r.uniform(5, 400),
        )

    def read(t: datetime, kind: str) -> None:
        pod = r.choice(pods)
        rid = hexid(r, 16)
        if kind == "state":
            http(
                pod,
                t,
                rid,
                "GET",
                "/indexer/api/v1/index_state",
                "/indexer/api/v1/index_state",
                200,
                r.uniform(0.4, 3.5),
            )
            return
        if not digests:
            return
        man = r.choice(digests)
        status = 500 if in_any(t, [pg_down]) else 200
        if status == 200 and not indexed.get(man):
            return
        http(
            pod,
            t,
            rid,
            "GET",
            "/matcher/api/v1/vulnerability_report/%s",
            f"/matcher/api/v1/vulnerability_report/{man}",
            status,
            r.uniform(40, 900) if status == 200 else r.uniform(2, 30),
        )

    def updater_run(pod: str, t: datetime) -> None:
        run = [("component", "libvuln/updates/Manager.Run")]
        t = zl(
            pod,
            t,
            "info",
            "running updaters",
            "running updaters",
            run,
            [("total", len(CL_UPDATERS)), ("batchSize", 5)],
        )
        errs = []
        for name, p in CL_UPDATERS:
            t += sec(r.uniform(0.05, 1.5))
            du = [("component", "libvuln/updates/Manager.driveUpdater"), ("updater", name)]
            t = zl(pod, t, "info", "starting update", "starting update", du)
            if name == "clair.cvss":
                t = zl(pod, t, "info", "found EnrichmentUpdater", "found EnrichmentUpdater", du)
            t += sec(r.uniform(0.3, 4))
            if in_any(t, [proxy_down]):
                errs.append(
                    f'{name}: Get "{CL_URLS[name]}": proxyconnect tcp: dial tcp 10.0.0.8:3128: connect: connection refused'
                )
            elif r.random() < p:
                t += sec(r.uniform(2, 20))
                t = zl(
                    pod,
                    t,
                    "info",
                    "successful update",
                    "successful update",
                    du,
                    [("ref", uuid4(r))],
                )
            else:
                t = zl(
                    pod,
                    t,
                    "info",
                    "vulnerability database unchanged",
                    "vulnerability database unchanged",
                    du,
                )
            t = zl(pod, t, "info", "finished update", "finished update", du)
        t += sec(r.uniform(0.2, 1.0))
        t = zl(pod, t, "info", "GC started", "GC started", run, [("retention", 10)])
        t += sec(r.uniform(0.5, 4))
        t = zl(
            pod,
            t,
            "info",
            "GC completed",
            "GC completed",
            run,
            [("remaining_ops", r.randint(2, 40)), ("retention", 10)],
        )
        if errs:
            zl(
                pod,
                t,
                "error",
                "errors encountered during updater run",
                "errors encountered during updater run",
                [("component", "libvuln/updates/Manager.Start")],
                [("error", "updating errors:\n" + "".join(e + "\n" for e in errs))],
            )

    # the updaters: each replica's Manager ticks every 30 minutes from its start
    for pod, phase in [(pods[0], at(6, 7, 41)), (pods[1], at(6, 21, 9))]:
        for t in every(r, phase, T_END, 1800, 2):
            updater_run(pod, t)

    # Quay's pushes, its security worker's polls and the UI's reads
    for t in poisson_times(r, T0, T_END, 19):
        index(t)
    # Quay's retries and a user's reads during the PostgreSQL failover
    for t in [at(9, 45, 14), at(9, 45, 31), at(9, 45, 44)]:
        index(t)
    read(at(9, 45, 22), "vuln")
    for t in every(r, T0 + sec(17), T_END, 150, 20):
        read(t, "state")
    for t in poisson_times(r, T0, T_END, 36):
        read(t, "vuln")
    return fs.logs(T0)


# --------------------------------------------------------------------------------- notation

NT_CHAIN_SUBJECT = "C=US, ST=WA, L=Seattle, O=Corp, OU=Release Engineering, CN=release-signer"
NT_POLICIES = {
    "shop": ("shop-images", "strict", "map[]"),
    "payments": ("payments-images", "strict", "map[]"),
    "legacy": ("platform-legacy", "strict", "map[expiry:log]"),
    "sandbox": ("sandbox", "skip", "map[]"),
}
NT_HOSTS = {
    "deploy01": [
        ("shop/cart", "shop"),
        ("shop/checkout", "shop"),
        ("shop/web", "shop"),
        ("shop/search", "shop"),
        ("platform/nginx", "legacy"),
        ("sandbox/demo", "sandbox"),
    ],
    "deploy02": [
        ("payments/ledger", "payments"),
        ("payments/gateway", "payments"),
        ("payments/fraud", "payments"),
        ("platform/nginx:1.25.4", "legacy"),
        ("platform/redis-exporter", "legacy"),
    ],
}


def notation(r: random.Random) -> list[Log]:
    """Two deploy hosts' gate and a signing host, 06:00 to 12:00 (module docstring)."""
    fs = Files()
    scopes = {
        "shop": [f"{REG}/shop/{x}" for x in ("cart", "checkout", "web", "search")],
        "payments": [f"{REG}/payments/{x}" for x in ("ledger", "gateway", "fraud")],
        "legacy": [f"{REG}/platform/nginx", f"{REG}/platform/redis-exporter"],
        "sandbox": [f"{REG}/sandbox/demo"],
    }
    release: dict[str, str] = {}
    sigs: dict[str, str] = {}
    sizes: dict[str, int] = {}
    expired = {
        "platform/nginx": "Tue, 07 May 2024 09:14:22 +0000",
        "platform/redis-exporter": "Fri, 31 May 2024 16:02:51 +0000",
    }
    untrusted: set[str] = set()  # digests signed with the new certificate
    unsigned: set[str] = set()
    pids = {"deploy01": 30511, "deploy02": 28873, "sign01": 4410}

    def repo_of(image: str) -> str:
        return image.split(":")[0]

    def new_release(repo: str) -> str:
        d = sha(r)
        release[repo] = d
        sigs[d] = sha(r)
        sizes[d] = r.randint(1020, 2950)
        return d

    for host in NT_HOSTS.values():
        for image, _ in host:
            new_release(repo_of(image))

    def J(host: str, pid: int, ident: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-journal.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} {ident}[{pid}]: {msg}"],
            (host, pid),
            SEC,
        )

    def lr(level: str, msg: str) -> str:
        """logrus's TextFormatter without a timestamp, on a stream that is not a terminal."""
        return f"level={level} msg={go_quote(msg)}"

    def desc(d: str) -> str:
        return f"{{MediaType:application/vnd.oci.image.manifest.v1+json Digest:{d} Size:{sizes[d]} URLs:[] Annotations:map[] Data:[] Platform:<nil> ArtifactType:}}"

    def policy(kind: str) -> str:
        name, level, override = NT_POLICIES[kind]
        return f"&{{Name:{name} RegistryScopes:[{' '.join(scopes[kind])}] SignatureVerification:{{VerificationLevel:{level} Override:{override} VerifyTimestamp:}} TrustStores:[ca:corp-release] TrustedIdentities:[x509.subject: {NT_CHAIN_SUBJECT}]}}"

    no_policy = (at(7, 2), at(7, 41))  # shop/recommender deployed before its scope was added
    harbor_down = (at(9, 30), at(9, 42, 30))
    rotated = (at(10, 5), at(10, 51))  # deploy01's trust store lacks the new signing CA

    def verify(host: str, pid: int, t: datetime, image: str, kind: str) -> datetime:
        repo = repo_of(image)
        tag = image.split(":")[1] if ":" in image else ""
        d = release[repo]
        full = f"{REG}/{repo}@{d}"
        ident = "notation-gate"

        def L(label: str, msg: str) -> None:
            nonlocal t
            t = J(host, pid, ident, t + sec(r.uniform(0.02, 0.4)), label, msg)

        if in_any(t, [harbor_down]):
            ref = tag or d
            L(
                'Error: Head "%s": dial tcp %s: connect: connection refused',
                f'Error: Head "https://{REG}/v2/{repo}/manifests/{ref}": dial tcp 10.20.0.15:443: connect: connection refused',
            )
            return t
        L(
            "Reference %s resolved to manifest descriptor: %+v",
            lr("info", f"Reference {tag or d} resolved to manifest descriptor: {desc(d)}"),
        )
        if tag:
            L(
                "Warning: Always verify the artifact using digest(@sha256:...) rather than a tag(:%s) because resolved digest may not point to the same signed artifact, as tags are mutable.",
                f"Warning: Always verify the artifact using digest(@sha256:...) rather than a tag(:{tag}) because resolved digest may not point to the same signed artifact, as tags are mutable.",
            )
        L(
            "Checking whether signature verification should be skipped or not",
            lr("info", "Checking whether signature verification should be skipped or not"),
        )
        if kind == "none":
            L(
                "Error: signature verification failed: artifact %q has no applicable trust policy statement. Trust policy applicability for a given artifact is determined by registryScopes. To create a trust policy, see: https://notaryproject.dev/docs/quickstart/#create-a-trust-policy",
                f'Error: signature verification failed: artifact "{full}" has no applicable trust policy statement. Trust policy applicability for a given artifact is determined by registryScopes. To create a trust policy, see: https://notaryproject.dev/docs/quickstart/#create-a-trust-policy',
            )
            return t
        L(
            "Trust policy configuration: %+v",
            lr("info", f"Trust policy configuration: {policy(kind)}"),
        )
        if kind == "sandbox":
            L("Verification skipped for %s", lr("info", f"Verification skipped for {full}"))
            L(
                "Trust policy is configured to skip signature verification for %s",
                f"Trust policy is configured to skip signature verification for {full}",
            )
            return t
        L(
            "Check over. Trust policy is not configured to skip signature verification",
            lr("info", "Check over. Trust policy is not configured to skip signature verification"),
        )
        if d in unsigned:
            L(
                'Error: signature verification failed: no signature is associated with "%s", make sure the artifact was signed successfully',
                f'Error: signature verification failed: no signature is associated with "{full}", make sure the artifact was signed successfully',
            )
            return t
        L(
            "Processing signature with digest: %v",
            lr("info", f"Processing signature with digest: {sigs[d]}"),
        )
        L(
            "Trust policy configuration: %+v",
            lr("info", f"Trust policy configuration: {policy(kind)}"),
        )
        if d in untrusted and host == "deploy01" and in_any(t, [rotated]):
            L(
                "%v validation failed. Failure reason: signature is not produced by a trusted signer",
                lr(
                    "error",
                    "authenticity validation failed. Failure reason: signature is not produced by a trusted signer",
                ),
            )
            L(
                "Error: signature verification failed for all the signatures associated with %s",
                f"Error: signature verification failed for all the signatures associated with {full}",
            )
            return t
        if repo in expired:
            when = expired[repo]
            L(
                '%v validation failed with validation action set to "logged". Failure reason: digital signature has expired on %q',
                lr(
                    "warning",
                    f'expiry validation failed with validation action set to "logged". Failure reason: digital signature has expired on "{when}"',
                ),
            )
            L(
                "Warning: %v was set to %q and failed with error: digital signature has expired on %q",
                f'Warning: expiry was set to "logged" and failed with error: digital signature has expired on "{when}"',
            )
        L(
            "Successfully verified signature for %s",
            f"Successfully verified signature for {full}",
        )
        return t

    def sign(t: datetime, repo: str, tag: str = "") -> None:
        pids["sign01"] += r.randint(3, 40)
        pid = pids["sign01"]
        d = new_release(repo)
        if tag:
            t = J(
                "sign01",
                pid,
                "release-signer",
                t,
                "Warning: Always sign the artifact using digest(@sha256:...) rather than a tag(:%s) because tags are mutable and a tag reference can point to a different artifact than the one signed.",
                f"Warning: Always sign the artifact using digest(@sha256:...) rather than a tag(:{tag}) because tags are mutable and a tag reference can point to a different artifact than the one signed.",
            )
        t = J(
            "sign01",
            pid,
            "release-signer",
            t + sec(r.uniform(0.1, 0.6)),
            "Reference %s resolved to manifest descriptor: %+v",
            lr("info", f"Reference {tag or d} resolved to manifest descriptor: {desc(d)}"),
        )
        J(
            "sign01",
            pid,
            "release-signer",
            t + sec(r.uniform(0.8, 2.5)),
            "Successfully signed %s",
            f"Successfully signed {REG}/{repo}@{d}",
        )
        if t >= at(10, 0):
            untrusted.add(d)

    # what the day changes, in time order: releases signed and then deployed
    events: list[tuple[datetime, str, str]] = []
    for t in poisson_times(r, T0 + sec(300), T_END, 5.5):
        repo = r.choice(
            [
                "shop/cart",
                "shop/checkout",
                "shop/web",
                "shop/search",
                "payments/gateway",
                "payments/fraud",
            ]
        )
        events.append((t, "sign", repo))
    events.append((at(10, 3, 12), "sign", "shop/web"))
    events.append((at(8, 19, 40), "hotfix", "payments/ledger"))
    events.append((at(9, 2, 10), "signhotfix", "payments/ledger"))
    events.sort()

    runs: list[tuple[datetime, str]] = []
    for host, off in [("deploy01", 20.0), ("deploy02", 47.0)]:
        for t in every(r, T0 + sec(off), T_END, 900, 3):
            runs.append((t, host))
    timeline = sorted([(t, 0, "run", h) for t, h in runs] + [(t, 1, k, x) for t, k, x in events])
    for t, _, what, x in timeline:
        if what == "sign":
            sign(t, x)
        elif what == "hotfix":
            d = new_release(x)
            unsigned.add(d)
        elif what == "signhotfix":
            unsigned.discard(release[x])
            old = release[x]
            sign(t, x, "hotfix-0607")
            # the tag now points at the same image, signed
            release[x] = old
            sigs[old] = sha(r)
        else:
            host = x
            pids[host] += r.randint(25, 90)
            pid = pids[host]
            tt = t
            images = list(NT_HOSTS[host])
            if host == "deploy01" and in_any(t, [no_policy]):
                images.insert(2, ("shop/recommender", "none"))
                if "shop/recommender" not in release:
                    new_release("shop/recommender")
            for image, kind in images:
                tt = verify(host, pid, tt + sec(r.uniform(0.1, 0.5)), image, kind)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- openebs

OE_NS = "gitlab-runner"
OE_SC = "openebs-hostpath"
OE_NODES = ["k8s-w1", "k8s-w2", "k8s-w3", "k8s-w4", "k8s-w5", "k8s-w6"]
OE_PROJECTS = [412, 377, 519, 88, 640, 233, 71]


def openebs(r: random.Random) -> list[Log]:
    """The LocalPV hostpath provisioner behind the CI runners' caches (module docstring)."""
    fs = Files()
    pod_a = "openebs-localpv-provisioner-6b9c8d7f5-x2kqm"
    pod_b = "openebs-localpv-provisioner-6b9c8d7f5-r7tnw"
    drain = at(9, 52, 14)  # k8s-w2 drained for its kernel update: the provisioner moves
    back = at(9, 52, 41)
    w3_down = (at(8, 31), at(8, 56))
    w5_gone = at(10, 10)  # the cluster autoscaler removed k8s-w5 with volumes on it
    api_blip = (at(7, 18, 2), at(7, 18, 26))

    def pod_at(t: datetime) -> str | None:
        if t < drain:
            return pod_a
        if t >= back + sec(6):
            return pod_b
        return None

    def K(t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        p = pod_at(t) or pod_b
        return fs.add(f"{p}.log", t, label, lambda x: [klog(x, lvl, where, msg)], p, US)

    def Z(
        t: datetime,
        level: str,
        caller: str,
        label: str,
        fields: list[tuple[str, object]],
        msg: str = "",
    ) -> datetime:
        """openebs/maya's alertlog: zap's production JSON, the message empty and a `msg` key."""
        p = pod_at(t) or pod_b

        def text(x: datetime) -> list[str]:
            ts = f"{x.timestamp():.7f}".rstrip("0")
            pairs = [("level", level), ("ts", "TS"), ("caller", caller), ("msg", msg), *fields]
            s = obj(pairs).replace('"ts":"TS"', f'"ts":{ts}')
            return [s]

        return fs.add(f"{p}.log", t, label, text, p, US)

    def stack(frames: list[tuple[str, str]]) -> str:
        return "\n".join(f"{fn}\n\t{path}" for fn, path in frames)

    APP = "github.com/openebs/dynamic-localpv-provisioner/cmd/provisioner-localpv/app"
    SRC = "/go/src/github.com/openebs/dynamic-localpv-provisioner/cmd/provisioner-localpv/app"
    LIB = "sigs.k8s.io/sig-storage-lib-external-provisioner/v9/controller"
    LIBSRC = "/go/pkg/mod/sigs.k8s.io/sig-storage-lib-external-provisioner/v9@v9.0.3/controller"

    def event(t: datetime, ref: str, typ: str, reason: str, label_msg: str, msg: str) -> datetime:
        return K(
            t + sec(r.uniform(0.0005, 0.004)),
            "I",
            "event.go:389",
            f"Event(%#v): type: '{typ}' reason: '{reason}' {label_msg}",
            f"Event({ref}): type: '{typ}' reason: '{reason}' {msg}",
        )

    def start(t: datetime, pod: str) -> None:
        ident = f"{pod}_{uuid4(r)}"
        lease = objref(
            "Lease",
            "openebs",
            "openebs.io-local",
            uuid4(r),
            "coordination.k8s.io/v1",
            r.randint(4_100_000, 4_900_000),
        )
        t = K(
            t,
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            "attempting to acquire leader lease openebs/openebs.io-local...",
        )
        t = K(
            t + sec(r.uniform(0.01, 0.05) if pod == pod_a else 15.3),
            "I",
            "leaderelection.go:260",
            "successfully acquired lease %v",
            "successfully acquired lease openebs/openebs.io-local",
        )
        t = event(
            t, lease, "Normal", "LeaderElection", "%s became leader", f"{ident} became leader"
        )
        t = K(
            t + sec(0.002),
            "I",
            "controller.go:810",
            "Starting provisioner controller %s!",
            f"Starting provisioner controller openebs.io/local_{ident}!",
        )
        K(
            t + sec(0.101),
            "I",
            "controller.go:859",
            "Started provisioner controller %s!",
            f"Started provisioner controller openebs.io/local_{ident}!",
        )

    start(T0 + sec(3.2), pod_a)
    start(back + sec(6), pod_b)

    # the jobs: a cache PVC per job, bound on the node the job's pod runs on, deleted after it
    claims: list[tuple[datetime, str, str, str, str, datetime]] = []

    def claim_name() -> str:
        runner = "runner-" + k8s_suffix(r, 8)
        proj = r.choice(OE_PROJECTS)
        return f"{runner}-project-{proj}-concurrent-{r.randint(0, 5)}-{k8s_suffix(r, 8)}-cache"

    for t in poisson_times(r, T0 + sec(30), T_END - sec(600), 20):
        node = r.choice([n for n in OE_NODES if not (n == "k8s-w5" and t >= w5_gone - sec(900))])
        dur = r.uniform(240, 1500)
        claims.append((t, claim_name(), node, "pvc-" + uuid4(r), uuid4(r), t + sec(dur)))
    # jobs the scheduler put on the re-imaged k8s-w3 while its helper image could not be pulled
    for t in [at(8, 32, 17), at(8, 36, 2), at(8, 41, 49), at(8, 47, 30)]:
        claims.append((t, claim_name(), "k8s-w3", "pvc-" + uuid4(r), uuid4(r), t + sec(600)))
    # the release branch's dependency caches on k8s-w5, deleted after the node left
    for t, end in [
        (at(6, 40, 12), at(10, 21, 7)),
        (at(7, 5, 51), at(10, 26, 40)),
        (at(7, 48, 3), at(10, 33, 15)),
    ]:
        name = f"release-deps-{k8s_suffix(r, 5)}"
        claims.append((t, name, "k8s-w5", "pvc-" + uuid4(r), uuid4(r), end))
    claims.sort()

    stuck: list[tuple[str, str, datetime]] = []  # volumes left on k8s-w5
    for t, claim, node, pv, uid, end in claims:
        if pod_at(t) is None:
            t = back + sec(20 + r.uniform(0, 15))
        key = f"{OE_NS}/{claim}"
        op = f'provision "{key}" class "{OE_SC}"'
        ref = objref(
            "PersistentVolumeClaim", OE_NS, claim, uid, "v1", r.randint(88_000_000, 99_000_000)
        )
        t = K(t, "I", "controller.go:1366", "provision %q class %q: started", f"{op}: started")
        event(
            t,
            ref,
            "Normal",
            "Provisioning",
            "External provisioner is provisioning volume for claim %q",
            f'External provisioner is provisioning volume for claim "{key}"',
        )
        path = f"/var/openebs/local/{pv}"
        t = K(
            t + sec(r.uniform(0.002, 0.02)),
            "I",
            "provisioner_hostpath.go:77",
            "Creating volume %v at node with labels {%v}, path:%v,ImagePullSecrets:%v",
            f"Creating volume {pv} at node with labels {{map[kubernetes.io/hostname:{node}]}}, path:{path},ImagePullSecrets:[]",
        )
        if node == "k8s-w3" and in_any(t, [w3_down]):
            tries = 0
            while in_any(t, [w3_down]):
                t += sec(120 + r.uniform(0.2, 1.5))
                err = "create process timeout after 120 seconds"
                t = K(
                    t,
                    "I",
                    "provisioner_hostpath.go:101",
                    "Initialize volume %v failed: create process timeout after %v seconds",
                    f"Initialize volume {pv} failed: {err}",
                )
                t = Z(
                    t + sec(0.0003),
                    "error",
                    "app/provisioner_hostpath.go:102",
                    "Failed to provision Local PV",
                    [
                        ("eventcode", "local.pv.provision.failure"),
                        ("msg", "Failed to provision Local PV"),
                        ("rname", pv),
                        ("reason", "Volume initialization failed"),
                        ("storagetype", "hostpath"),
                        (
                            "stacktrace",
                            stack(
                                [
                                    (
                                        f"{APP}.(*Provisioner).ProvisionHostPath",
                                        f"{SRC}/provisioner_hostpath.go:102",
                                    ),
                                    (
                                        f"{APP}.(*Provisioner).Provision",
                                        f"{SRC}/provisioner.go:171",
                                    ),
                                    (
                                        f"{LIB}.(*ProvisionController).provisionClaimOperation",
                                        f"{LIBSRC}/controller.go:1413",
                                    ),
                                    (
                                        f"{LIB}.(*ProvisionController).syncClaim",
                                        f"{LIBSRC}/controller.go:1080",
                                    ),
                                    (
                                        f"{LIB}.(*ProvisionController).syncClaimHandler",
                                        f"{LIBSRC}/controller.go:1034",
                                    ),
                                    (
                                        f"{LIB}.(*ProvisionController).processNextClaimWorkItem.func1",
                                        f"{LIBSRC}/controller.go:941",
                                    ),
                                ]
                            ),
                        ),
                    ],
                )
                full = f'failed to provision volume with StorageClass "{OE_SC}": {err}'
                event(
                    t,
                    ref,
                    "Warning",
                    "ProvisioningFailed",
                    "failed to provision volume with StorageClass %q: create process timeout after %v seconds",
                    full,
                )
                tries += 1
                t = K(
                    t + sec(0.0011),
                    "W",
                    "controller.go:934",
                    "Retrying syncing claim %q because failures %v < threshold %v",
                    f'Retrying syncing claim "{uid}" because failures {tries} < threshold 15',
                )
                t = K(
                    t + sec(0.0004),
                    "E",
                    "controller.go:957",
                    "error syncing claim %q: failed to provision volume with StorageClass %q: create process timeout after %v seconds",
                    f'error syncing claim "{uid}": {full}',
                )
                t += sec(min(1000, 15 * 2 ** (tries - 1)) + r.uniform(0, 0.2))
                t = K(
                    t, "I", "controller.go:1366", "provision %q class %q: started", f"{op}: started"
                )
                event(
                    t,
                    ref,
                    "Normal",
                    "Provisioning",
                    "External provisioner is provisioning volume for claim %q",
                    f'External provisioner is provisioning volume for claim "{key}"',
                )
                t = K(
                    t + sec(r.uniform(0.002, 0.02)),
                    "I",
                    "provisioner_hostpath.go:77",
                    "Creating volume %v at node with labels {%v}, path:%v,ImagePullSecrets:%v",
                    f"Creating volume {pv} at node with labels {{map[kubernetes.io/hostname:{node}]}}, path:{path},ImagePullSecrets:[]",
                )
            # the mirror is back: the next attempt's helper pod runs
        t += sec(r.uniform(1.6, 4.5))  # the init helper pod runs `mkdir -m 0777 -p`
        t = Z(
            t,
            "info",
            "app/provisioner_hostpath.go:214",
            "Successfully provisioned Local PV",
            [
                ("eventcode", "local.pv.provision.success"),
                ("msg", "Successfully provisioned Local PV"),
                ("rname", pv),
                ("storagetype", "hostpath"),
            ],
        )
        t = K(
            t + sec(0.0002),
            "I",
            "controller.go:1449",
            "provision %q class %q: volume %q provisioned",
            f'{op}: volume "{pv}" provisioned',
        )
        t = K(
            t + sec(0.00005),
            "I",
            "controller.go:1462",
            "provision %q class %q: succeeded",
            f"{op}: succeeded",
        )
        t = K(
            t + sec(0.00002),
            "I",
            "volume_store.go:212",
            "Trying to save persistentvolume %q",
            f'Trying to save persistentvolume "{pv}"',
        )
        t = K(
            t + sec(r.uniform(0.004, 0.03)),
            "I",
            "volume_store.go:219",
            "persistentvolume %q saved",
            f'persistentvolume "{pv}" saved',
        )
        event(
            t,
            ref,
            "Normal",
            "ProvisioningSucceeded",
            "Successfully provisioned volume %s",
            f"Successfully provisioned volume {pv}",
        )
        if node == "k8s-w5" and end >= w5_gone:
            stuck.append((pv, path, end))
            continue
        delete(K, Z, event, end, pv, node, path, r)

    # k8s-w5's volumes: their claims deleted after the node left; the deletes fail and retry
    for pv, _path, end in stuck:
        t = end
        pvref = objref(
            "PersistentVolume", "", pv, uuid4(r), "v1", r.randint(88_000_000, 99_000_000)
        )
        tries = 0
        while t < T_END:
            op = f'delete "{pv}"'
            t = K(t, "I", "controller.go:1517", "delete %q: started", f"{op}: started")
            t = Z(
                t + sec(0.0004),
                "info",
                "app/provisioner_hostpath.go:232",
                "Get the Node Object with label {%v}",
                [],
                "Get the Node Object with label {map[kubernetes.io/hostname:k8s-w5]}",
            )
            err = f"failed to delete volume {pv}: Unable to get the Node with the Node Labels {{map[kubernetes.io/hostname:k8s-w5]}}"
            t = K(
                t + sec(0.006),
                "E",
                "controller.go:1527",
                "delete %q: volume deletion failed: failed to delete volume %v: Unable to get the Node with the Node Labels {%v}",
                f"{op}: volume deletion failed: {err}",
            )
            event(
                t,
                pvref,
                "Warning",
                "VolumeFailedDelete",
                "failed to delete volume %v: Unable to get the Node with the Node Labels {%v}",
                err,
            )
            tries += 1
            t = K(
                t + sec(0.0003),
                "W",
                "controller.go:985",
                "Retrying syncing volume %q because failures %v < threshold %v",
                f'Retrying syncing volume "{pv}" because failures {tries} < threshold 15',
            )
            t = K(
                t + sec(0.0002),
                "E",
                "controller.go:1007",
                "error syncing volume %q: failed to delete volume %v: Unable to get the Node with the Node Labels {%v}",
                f'error syncing volume "{pv}": {err}',
            )
            t += sec(min(1000, 15 * 2 ** (tries - 1)) + r.uniform(0, 0.2))

    # the API server's certificate rotation: the lease renewals fail for 24 s
    for t in every(r, api_blip[0], api_blip[1], 5.1, 0.3):
        K(
            t,
            "E",
            "leaderelection.go:332",
            "error retrieving resource lock %v: %v",
            'error retrieving resource lock openebs/openebs.io-local: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/openebs/leases/openebs.io-local?timeout=5s": context deadline exceeded',
        )
    return fs.logs(T0)


def delete(
    K: Callable,
    Z: Callable,
    event: Callable,
    t: datetime,
    pv: str,
    node: str,
    path: str,
    r: random.Random,
) -> None:
    op = f'delete "{pv}"'
    t = K(t, "I", "controller.go:1517", "delete %q: started", f"{op}: started")
    t = Z(
        t + sec(0.0004),
        "info",
        "app/provisioner_hostpath.go:232",
        "Get the Node Object with label {%v}",
        [],
        f"Get the Node Object with label {{map[kubernetes.io/hostname:{node}]}}",
    )
    t = K(
        t + sec(0.004),
        "I",
        "provisioner_hostpath.go:250",
        "Deleting volume %v at %v:%v",
        f"Deleting volume {pv} at {node}:{path}",
    )
    t += sec(r.uniform(1.5, 4.2))  # the cleanup helper pod runs `rm -rf`
    t = K(t, "I", "controller.go:1532", "delete %q: volume deleted", f"{op}: volume deleted")
    t = K(
        t + sec(r.uniform(0.005, 0.03)),
        "I",
        "controller.go:1575",
        "delete %q: persistentvolume deleted",
        f"{op}: persistentvolume deleted",
    )
    K(t + sec(0.00004), "I", "controller.go:1580", "delete %q: succeeded", f"{op}: succeeded")


# --------------------------------------------------------------------------- knative-serving

KN_COMMIT = "2b4e0a6"
KN_CC = {"checkout-api": 0, "recommender": 10, "image-resizer": 4, "report-gen": 1, "search-api": 0}
KN_SERVICES = [
    # namespace, name, min scale, scale-to-zero, revision, requests/hour on a quiet hour
    ("shop", "checkout-api", 1, False, 42, 0),
    ("shop", "recommender", 0, True, 17, 0),
    ("shop", "image-resizer", 0, True, 9, 0),
    ("internal", "report-gen", 0, True, 5, 0),
    ("shop", "search-api", 1, False, 23, 0),
]


def knative(r: random.Random) -> list[Log]:
    """Knative Serving's control plane and one revision's queue-proxy (module docstring)."""
    fs = Files()
    ctrl = "controller-7d4f5b9c6-hx2lq"
    as_a, as_b = "autoscaler-6c8f9d7b5-p4kzn", "autoscaler-6c8f9d7b5-wq7cd"
    act = ["activator-5f7c8b9d6-2xjqm", "activator-5f7c8b9d6-m8vtw"]
    qp = "checkout-api-00043-deployment-5d8c7b9f6-k2xqp"
    as_restart = at(10, 30, 12)
    as_up = at(10, 30, 31)
    deploy = at(8, 0, 5)
    bad_image = (at(9, 10), at(9, 26))  # image-resizer-00010's image cannot be pulled
    slow_db = (at(9, 40), at(9, 57))

    def Kn(
        pod: str,
        t: datetime,
        sev: str,
        logger: str,
        caller: str,
        label: str,
        msg: str,
        ctx: list[tuple[str, object]],
        fields: list[tuple[str, object]] = (),  # type: ignore[assignment]
    ) -> datetime:
        ns = r.randrange(1000)

        def text(x: datetime) -> list[str]:
            pairs = [
                ("severity", sev),
                ("timestamp", rfc3339nano(x, ns)),
                ("logger", logger),
                ("caller", caller),
                ("message", msg),
                ("commit", KN_COMMIT),
                *ctx,
                *fields,
            ]
            return [obj(pairs)]

        return fs.add(f"{pod}.log", t, label, text, pod, US)

    def kpa_ctx(key: str) -> list[tuple[str, object]]:
        return [
            (
                "knative.dev/controller",
                "knative.dev.serving.pkg.reconciler.autoscaling.kpa.Reconciler",
            ),
            ("knative.dev/kind", "autoscaling.internal.knative.dev.PodAutoscaler"),
            ("knative.dev/traceid", uuid4(r)),
            ("knative.dev/key", key),
        ]

    def as_pod(t: datetime) -> str | None:
        if t < as_restart:
            return as_a
        if t >= as_up:
            return as_b
        return None

    CTRL_KINDS = {
        "revision": (
            "knative.dev.serving.pkg.reconciler.revision.Reconciler",
            "serving.knative.dev.Revision",
        ),
        "sks": (
            "knative.dev.networking.pkg.reconciler.serverlessservice.Reconciler",
            "networking.internal.knative.dev.ServerlessService",
        ),
        "route": (
            "knative.dev.serving.pkg.reconciler.route.Reconciler",
            "serving.knative.dev.Route",
        ),
        "configuration": (
            "knative.dev.serving.pkg.reconciler.configuration.Reconciler",
            "serving.knative.dev.Configuration",
        ),
        "service": (
            "knative.dev.serving.pkg.reconciler.service.Reconciler",
            "serving.knative.dev.Service",
        ),
    }

    def ctrl_ctx(kind: str, key: str) -> list[tuple[str, object]]:
        c, k = CTRL_KINDS[kind]
        return [
            ("knative.dev/controller", c),
            ("knative.dev/kind", k),
            ("knative.dev/traceid", uuid4(r)),
            ("knative.dev/key", key),
        ]

    def reconciled(pod: str, t: datetime, logger: str, ctx: list[tuple[str, object]]) -> datetime:
        return Kn(
            pod,
            t,
            "INFO",
            logger,
            "controller/controller.go:550",
            "Reconcile succeeded",
            "Reconcile succeeded",
            ctx,
            [("duration", round(r.uniform(0.0003, 0.06), 9))],
        )

    revs = {name: rev for _, name, _, _, rev, _ in KN_SERVICES}

    def rev_key(ns: str, name: str) -> str:
        return f"{ns}/{name}-{revs[name]:05d}"

    scale: dict[str, int] = {name: (1 if not z else 0) for _, name, _, z, _, _ in KN_SERVICES}
    scale["checkout-api"] = 2
    scale["search-api"] = 1
    ips: dict[str, list[str]] = {}

    def pod_ip() -> str:
        return f"10.244.{r.randint(1, 6)}.{r.randint(2, 250)}"

    def kpa(
        t: datetime,
        ns: str,
        name: str,
        want: int,
        got: int,
        ebc: int,
        mode: str,
        inactive: bool,
        scale_from: int | None = None,
    ) -> datetime:
        pod = as_pod(t)
        if pod is None:
            return t
        key = rev_key(ns, name)
        c = kpa_ctx(key)
        nact = 2
        t = Kn(
            pod,
            t,
            "INFO",
            "autoscaler",
            "kpa/kpa.go:166",
            "SKS should be in %s mode: want = %d, ebc = %d, #act's = %d PA Inactive? = %v",
            f"SKS should be in {mode} mode: want = {want}, ebc = {ebc}, #act's = {nact} PA Inactive? = {'true' if inactive else 'false'}",
            c,
        )
        t = Kn(
            pod,
            t + sec(r.uniform(0.0002, 0.002)),
            "INFO",
            "autoscaler",
            "kpa/kpa.go:186",
            "PA scale got=%d, want=%d, desiredPods=%d ebc=%d",
            f"PA scale got={got}, want={want}, desiredPods={max(want, 0)} ebc={ebc}",
            c,
        )
        if scale_from is not None and scale_from != want and want >= 0:
            t = Kn(
                pod,
                t + sec(r.uniform(0.0001, 0.001)),
                "INFO",
                "autoscaler",
                "kpa/scaler.go:354",
                "Scaling from %d to %d",
                f"Scaling from {scale_from} to {want}",
                c,
            )
        return reconciled(pod, t + sec(r.uniform(0.001, 0.02)), "autoscaler", c)

    def throttler(t: datetime, ns: str, name: str, n: int) -> None:
        key = rev_key(ns, name)
        for i, a in enumerate(act):
            c = [
                ("knative.dev/controller", "activator"),
                ("knative.dev/pod", a),
                ("knative.dev/key", key),
            ]
            tt = Kn(
                a,
                t + sec(r.uniform(0.001, 0.2)),
                "INFO",
                "activator",
                "net/throttler.go:331",
                "Updating Revision Throttler with: clusterIP = %v, trackers = %d, backends = %d",
                f"Updating Revision Throttler with: clusterIP = <nil>, trackers = {n}, backends = {n}",
                c,
            )
            cc = KN_CC[name]
            cap = 0 if n == 0 else (2147483647 if cc == 0 else max(1, (n * cc + 1 - i) // 2))
            Kn(
                a,
                tt + sec(r.uniform(0.00002, 0.0001)),
                "INFO",
                "activator",
                "net/throttler.go:323",
                "Set capacity to %d (backends: %d, index: %d/%d)",
                f"Set capacity to {cap} (backends: {n}, index: {i}/2)",
                c,
            )

    def ctrl_burst(t: datetime, ns: str, name: str, kinds: list[str]) -> None:
        key = rev_key(ns, name)
        for k in kinds:
            t += sec(r.uniform(0.002, 0.3))
            kk = key if k in ("revision", "sks") else f"{ns}/{name}"
            t = reconciled(ctrl, t, "controller", ctrl_ctx(k, kk))

    def activate(t: datetime, ns: str, name: str, n: int = 1) -> None:
        """A scale-to-zero revision receiving a request: 0 -> n pods, and back to 0 later."""
        kpa(t, ns, name, n, 0, -1, "Proxy", True, 0)
        ctrl_burst(t + sec(0.01), ns, name, ["sks"])
        up = t + sec(r.uniform(2.2, 6.5))
        ips[name] = [pod_ip() for _ in range(n)]
        throttler(up, ns, name, n)
        kpa(up + sec(0.05), ns, name, n, n, r.randint(50, 190), "Serve", False)
        ctrl_burst(up + sec(0.1), ns, name, ["revision"])

    def deactivate(t: datetime, ns: str, name: str, n: int) -> None:
        kpa(t, ns, name, 0, n, -1, "Proxy", False, n)
        ctrl_burst(t + sec(0.01), ns, name, ["sks"])
        down = t + sec(r.uniform(28, 34))
        throttler(down, ns, name, 0)
        kpa(down + sec(0.2), ns, name, 0, 0, -1, "Proxy", True)
        ctrl_burst(down + sec(0.3), ns, name, ["revision"])
        if r.random() < 0.25 and ips.get(name):
            a = r.choice(act)
            Kn(
                a,
                down - sec(r.uniform(0.5, 3)),
                "ERROR",
                "activator",
                "network/error_handler.go:33",
                "error reverse proxying request",
                "error reverse proxying request",
                [
                    ("knative.dev/controller", "activator"),
                    ("knative.dev/pod", a),
                    ("knative.dev/key", rev_key(ns, name)),
                ],
                [
                    ("error", f"dial tcp {ips[name][0]}:8012: connect: connection refused"),
                    (
                        "stacktrace",
                        "knative.dev/pkg/network.ErrorHandler.func1\n\tknative.dev/pkg@v0.0.0-20240416145024-0f34a8815650/network/error_handler.go:33\nnet/http/httputil.(*ReverseProxy).ServeHTTP\n\tnet/http/httputil/reverseproxy.go:475\nknative.dev/serving/pkg/activator/handler.(*activationHandler).proxyRequest\n\tknative.dev/serving/pkg/activator/handler/handler.go:141\nknative.dev/serving/pkg/activator/handler.(*activationHandler).ServeHTTP.func1\n\tknative.dev/serving/pkg/activator/handler/handler.go:94",
                    ),
                ],
            )

    # scale-to-zero services: requests arrive in bursts; the revision scales to zero after idling
    for ns, name, _minscale, zero, _rev, _ in KN_SERVICES:
        if not zero:
            continue
        rate = {"recommender": 7, "image-resizer": 6, "report-gen": 3}[name]
        t = T0
        for t0 in poisson_times(r, T0, T_END, rate):
            if t0 < t:
                continue
            if name == "image-resizer" and in_any(t0, [bad_image]):
                continue
            n = 1 if r.random() < 0.7 else r.randint(2, 4)
            activate(t0, ns, name, n)
            busy = r.uniform(60, 900)
            if name == "image-resizer" and r.random() < 0.35:
                # a burst of uploads: the decider panics and scales the revision up
                tp = t0 + sec(r.uniform(8, 40))
                pod = as_pod(tp)
                if pod is not None:
                    c = [("knative.dev/key", rev_key(ns, name))]
                    Kn(
                        pod,
                        tp,
                        "INFO",
                        "autoscaler",
                        "scaling/autoscaler.go:286",
                        "PANICKING.",
                        "PANICKING.",
                        c,
                    )
                    m = n + r.randint(3, 8)
                    kpa(tp + sec(0.3), ns, name, m, n, -r.randint(20, 180), "Proxy", False, n)
                    throttler(tp + sec(r.uniform(3, 7)), ns, name, m)
                    kpa(tp + sec(7.5), ns, name, m, m, r.randint(10, 90), "Serve", False)
                    tu = tp + sec(60 + r.uniform(1, 20))
                    pod = as_pod(tu)
                    if pod is not None:
                        Kn(
                            pod,
                            tu,
                            "INFO",
                            "autoscaler",
                            "scaling/autoscaler.go:295",
                            "Un-panicking.",
                            "Un-panicking.",
                            c,
                        )
                    n = m
                    busy = max(busy, 90)
            idle = t0 + sec(busy + 60 + r.uniform(0, 5))
            if idle >= T_END or as_pod(idle) is None:
                t = idle + sec(40)
                continue
            deactivate(idle, ns, name, n)
            t = idle + sec(40)

    # image-resizer's new revision cannot pull its image: requests wait in the activator
    revs_bad = "shop/image-resizer-00010"
    for t in poisson_times(r, bad_image[0], bad_image[1], 140):
        a = r.choice(act)
        c = [
            ("knative.dev/controller", "activator"),
            ("knative.dev/pod", a),
            ("knative.dev/key", revs_bad),
        ]
        Kn(
            a,
            t + sec(60),
            "ERROR",
            "activator",
            "handler/handler.go:101",
            "Throttler try error",
            "Throttler try error",
            c,
            [
                ("error", "context deadline exceeded"),
                (
                    "stacktrace",
                    "knative.dev/serving/pkg/activator/handler.(*activationHandler).ServeHTTP\n\tknative.dev/serving/pkg/activator/handler/handler.go:101\nknative.dev/serving/pkg/activator/handler.(*ConcurrencyReportHandler).ServeHTTP\n\tknative.dev/serving/pkg/activator/handler/concurrency_reporter.go:255\nknative.dev/serving/pkg/activator/handler.(*contextHandler).ServeHTTP\n\tknative.dev/serving/pkg/activator/handler/context_handler.go:76",
                ),
            ],
        )
    for t in every(r, bad_image[0] + sec(20), bad_image[1], 75, 10):
        pod = as_pod(t)
        if pod:
            kpa(t, "shop", "image-resizer", 1, 0, -1, "Proxy", False)
    for t in every(r, bad_image[0], bad_image[1], 240, 20):
        ctx = ctrl_ctx("revision", revs_bad)
        Kn(
            ctrl,
            t,
            "ERROR",
            "controller",
            "controller/controller.go:566",
            "Reconcile error",
            "Reconcile error",
            ctx,
            [
                ("duration", round(r.uniform(0.002, 0.03), 9)),
                (
                    "error",
                    'failed to update deployment "image-resizer-00010-deployment": Operation cannot be fulfilled on deployments.apps "image-resizer-00010-deployment": the object has been modified; please apply your changes to the latest version and try again',
                ),
            ],
        )

    # the always-on services: the decider moves them between 1 and a few pods
    for ns, name, _minscale, zero, _rev, _ in KN_SERVICES:
        if zero:
            continue
        cur = scale[name]
        for t in poisson_times(r, T0, T_END, 8 if name == "checkout-api" else 4):
            if as_pod(t) is None:
                continue
            peak = at(9, 0) <= t < at(9, 25) and name == "checkout-api"
            want = max(1, min(12, cur + r.choice([-1, 1, 1, 2] if peak else [-1, -1, 1, 1, 0])))
            if name == "checkout-api" and t >= deploy and revs[name] == 42:
                revs[name] = 43
            if want == cur:
                want = cur + 1 if cur < 3 else cur - 1
            kpa(t, ns, name, want, cur, r.randint(40, 400), "Serve", False, cur)
            throttler(t + sec(r.uniform(3, 9)), ns, name, want)
            kpa(t + sec(r.uniform(9, 12)), ns, name, want, want, r.randint(40, 400), "Serve", False)
            ctrl_burst(t + sec(r.uniform(3, 9)), ns, name, ["revision"])
            cur = want
        scale[name] = cur
    # the flash sale at 09:00: checkout-api panics
    pod = as_pod(at(9, 0, 31))
    if pod:
        c = [("knative.dev/key", "shop/checkout-api-00043")]
        Kn(
            pod,
            at(9, 0, 31),
            "INFO",
            "autoscaler",
            "scaling/autoscaler.go:286",
            "PANICKING.",
            "PANICKING.",
            c,
        )
        Kn(
            pod,
            at(9, 24, 12),
            "INFO",
            "autoscaler",
            "scaling/autoscaler.go:295",
            "Un-panicking.",
            "Un-panicking.",
            c,
        )

    # the 08:00 release of checkout-api (revision 00043)
    t = deploy
    for k, key in [("service", "shop/checkout-api"), ("configuration", "shop/checkout-api")]:
        t = reconciled(ctrl, t + sec(0.01), "controller", ctrl_ctx(k, key))
    t += sec(r.uniform(14, 20))
    cfg = ctrl_ctx("configuration", "shop/checkout-api")
    t = Kn(
        ctrl,
        t,
        "INFO",
        "controller",
        "configuration/configuration.go:117",
        "Revision %q of configuration is ready",
        'Revision "checkout-api-00043" of configuration is ready',
        cfg,
    )
    t = reconciled(ctrl, t + sec(0.002), "controller", cfg)
    rt = ctrl_ctx("route", "shop/checkout-api")
    t = Kn(
        ctrl,
        t + sec(0.01),
        "INFO",
        "controller",
        "route/route.go:332",
        "All referred targets are routable, marking AllTrafficAssigned with traffic information.",
        "All referred targets are routable, marking AllTrafficAssigned with traffic information.",
        rt,
    )
    t = reconciled(ctrl, t + sec(0.02), "controller", rt)
    # report-gen's and search-api's config changes at 10:45
    for tt, name in [(at(10, 45, 3), "search-api"), (at(11, 12, 40), "recommender")]:
        ns = "shop"
        revs[name] += 1
        c = ctrl_ctx("configuration", f"{ns}/{name}")
        tt = reconciled(ctrl, tt, "controller", ctrl_ctx("service", f"{ns}/{name}"))
        tt = Kn(
            ctrl,
            tt + sec(r.uniform(12, 25)),
            "INFO",
            "controller",
            "configuration/configuration.go:117",
            "Revision %q of configuration is ready",
            f'Revision "{name}-{revs[name]:05d}" of configuration is ready',
            c,
        )
        tt = reconciled(ctrl, tt + sec(0.002), "controller", c)
        rt = ctrl_ctx("route", f"{ns}/{name}")
        tt = Kn(
            ctrl,
            tt + sec(0.01),
            "INFO",
            "controller",
            "route/route.go:332",
            "All referred targets are routable, marking AllTrafficAssigned with traffic information.",
            "All referred targets are routable, marking AllTrafficAssigned with traffic information.",
            rt,
        )
        reconciled(ctrl, tt + sec(0.02), "controller", rt)
    # route conflicts: two writers of the same route's status
    for t in poisson_times(r, T0, T_END, 1.2):
        key = f"shop/{r.choice(['checkout-api', 'search-api', 'recommender'])}"
        Kn(
            ctrl,
            t,
            "ERROR",
            "controller",
            "controller/controller.go:566",
            "Reconcile error",
            "Reconcile error",
            ctrl_ctx("route", key),
            [
                ("duration", round(r.uniform(0.002, 0.03), 9)),
                (
                    "error",
                    f'failed to update status for "{key.split("/")[1]}": Operation cannot be fulfilled on routes.serving.knative.dev "{key.split("/")[1]}": the object has been modified; please apply your changes to the latest version and try again',
                ),
            ],
        )

    # the autoscaler restarted at 10:30 (the node drained): start-up and a pass over every PA
    t = as_up
    ident = f"{as_b}_{uuid4(r)}"
    for rec in ["kpa", "metric"]:
        cname = (
            f"knative.dev.serving.pkg.reconciler.autoscaling.{rec}.Reconciler"
            if rec == "kpa"
            else "knative.dev.serving.pkg.reconciler.metric.Reconciler"
        )
        kind = (
            "autoscaling.internal.knative.dev.PodAutoscaler"
            if rec == "kpa"
            else "autoscaling.internal.knative.dev.Metric"
        )
        c = [("knative.dev/controller", cname), ("knative.dev/kind", kind)]
        t = Kn(
            as_b,
            t + sec(0.0004),
            "INFO",
            "autoscaler",
            "controller/controller.go:473",
            "Starting controller and workers",
            "Starting controller and workers",
            c,
        )
        t = Kn(
            as_b,
            t + sec(0.00003),
            "INFO",
            "autoscaler",
            "controller/controller.go:483",
            "Started workers",
            "Started workers",
            c,
        )
    for rec in ["autoscaling.kpa", "metric"]:
        t = Kn(
            as_b,
            t + sec(0.00005),
            "INFO",
            "autoscaler",
            "leaderelection/context.go:142",
            "%s will run in leader-elected mode with id %q",
            f'knative.dev.serving.pkg.reconciler.{rec}.reconciler.00-of-01 will run in leader-elected mode with id "{ident}"',
            [],
        )
    t += sec(1.1)
    for ns, name, _m, zero, _rev, _ in KN_SERVICES:
        t += sec(r.uniform(0.001, 0.02))
        if zero:
            kpa(t, ns, name, -1, 0, 0, "Proxy", True)
        else:
            kpa(t, ns, name, -1, scale[name], 0, "Serve", False)

    # checkout-api-00043's queue-proxy: its start and the slow database's cancelled requests
    t = deploy + sec(2.8)
    qc = [("knative.dev/key", "shop/checkout-api-00043"), ("knative.dev/pod", qp)]
    t = Kn(
        qp,
        t,
        "INFO",
        "queueproxy",
        "sharedmain/main.go:268",
        "Starting queue-proxy",
        "Starting queue-proxy",
        qc,
    )
    for srv, port in [("metrics", 9090), ("main", 8012), ("admin", 8022)]:
        t = Kn(
            qp,
            t + sec(0.00004),
            "INFO",
            "queueproxy",
            "sharedmain/main.go:274",
            "Starting http server %s%s",
            f"Starting http server {srv}:{port}",
            qc,
        )
    for t in poisson_times(r, slow_db[0], slow_db[1], 260):
        used = r.randint(14, 60)
        sock = f"sockets: used {used}\nTCP: inuse {used - r.randint(2, 9)} orphan {r.randint(0, 3)} tw {r.randint(2, 40)} alloc {used + r.randint(20, 90)} mem {r.randint(1, 12)}\nUDP: inuse 0 mem 0\nUDPLITE: inuse 0\nRAW: inuse 0\nFRAG: inuse 0 memory 0\n"
        Kn(
            qp,
            t,
            "ERROR",
            "queueproxy",
            "sharedmain/handlers.go:95",
            "error reverse proxying request; sockstat: %s",
            f"error reverse proxying request; sockstat: {sock}",
            qc,
            [
                ("error", "context canceled"),
                (
                    "stacktrace",
                    "knative.dev/serving/pkg/queue/sharedmain.mainHandler.ProxyHandler.func3\n\tknative.dev/serving/pkg/queue/sharedmain/handlers.go:95\nnet/http/httputil.(*ReverseProxy).ServeHTTP\n\tnet/http/httputil/reverseproxy.go:475\nknative.dev/serving/pkg/queue.(*appRequestMetricsHandler).ServeHTTP\n\tknative.dev/serving/pkg/queue/request_metric.go:199\nknative.dev/serving/pkg/http/handler.(*timeoutHandler).ServeHTTP.func4\n\tknative.dev/serving/pkg/http/handler/timeout.go:118",
                ),
            ],
        )
    # the activators' probes of recommender's pods while its node is under memory pressure
    for t in every(r, at(11, 31), at(11, 36), 20, 3):
        a = r.choice(act)
        key = rev_key("shop", "recommender")
        ip = pod_ip() + ":8012"
        c = [
            ("knative.dev/controller", "activator"),
            ("knative.dev/pod", a),
            ("knative.dev/key", key),
        ]
        tt = Kn(
            a,
            t,
            "WARNING",
            "activator",
            "net/revision_backends.go:342",
            "Failed probing pods",
            "Failed probing pods",
            c,
            [
                ("curDests", {"ready": "", "notReady": ip}),
                ("error", f"error roundtripping http://{ip}/healthz: context deadline exceeded"),
            ],
        )
        Kn(
            a,
            tt + sec(0.0001),
            "INFO",
            "activator",
            "net/revision_backends.go:328",
            "Need to reprobe pods who became non-ready",
            "Need to reprobe pods who became non-ready",
            c,
            [("IPs", {"keys": ip})],
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- gloo

GL_VERSION = "1.17.3"
GL_UPSTREAMS = [
    # upstream, route, method, weight of its errors
    ("gloo-system-shop-web-8080", "/", "GET", 0),
    ("gloo-system-shop-cart-api-8080", "/api/cart", "GET", 4),
    ("gloo-system-shop-cart-api-8080", "/api/cart/items", "POST", 3),
    ("gloo-system-shop-search-api-8080", "/api/search", "GET", 4),
    ("gloo-system-payments-api-443", "/api/payments", "POST", 2),
]


def gloo(r: random.Random) -> list[Log]:
    """Gloo Edge's control plane and its two gateway proxies (module docstring)."""
    fs = Files()
    gpod = "gloo-7b8c9d6f5-tq4mx"
    proxies = ["gateway-proxy-6d9f7b8c5-2kxlp", "gateway-proxy-6d9f7b8c5-w9fzr"]
    bad_vs = (at(7, 31), at(7, 58))  # a VirtualService naming an upstream that does not exist
    no_secret = (at(9, 15, 20), at(9, 36, 5))  # payments-api's TLS secret deleted
    netpol = (at(10, 40, 2), at(10, 46, 30))  # a NetworkPolicy cut the proxies off port 9977
    cart_rollout = (at(8, 50), at(9, 0, 30))
    search_slow = (at(10, 0), at(10, 21))

    def G(
        t: datetime,
        level: str,
        logger: str,
        caller: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] = (),
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            pairs = [
                ("level", level),
                ("ts", iso_ms(x)),
                ("logger", logger),
                ("caller", caller),
                ("msg", msg),
                ("version", GL_VERSION),
                *fields,
            ]
            return [obj(pairs)]

        return fs.add(f"{gpod}.log", t, label, text, gpod, MS)

    LG = "gloo.v1.event_loop.setup.gloosnapshot.event_loop"
    vs, gws, rts = 14, 2, 5
    ups, eps, secrets = 61, 148, 37

    def sync(t: datetime) -> datetime:
        nonlocal eps
        eps = max(120, min(190, eps + r.choice([-2, -1, 1, 2, 0])))
        gh = str(r.randrange(2**64))
        t = G(
            t,
            "info",
            f"{LG}.TranslatorSyncer",
            "syncer/translator_syncer.go:81",
            "begin sync %v (%v virtual services, %v gateways, %v route tables)",
            f"begin sync {gh} ({vs} virtual services, {gws} gateways, {rts} route tables)",
        )
        t = G(
            t + sec(r.uniform(0.002, 0.02)),
            "info",
            f"{LG}.TranslatorSyncer",
            "syncer/translator_syncer.go:82",
            "end sync %v",
            f"end sync {gh}",
        )
        xh = str(r.randrange(2**64))
        xl = f"{LG}.envoyTranslatorSyncer"
        t = G(
            t + sec(r.uniform(0.001, 0.01)),
            "info",
            xl,
            "syncer/envoy_translator_syncer.go:81",
            "begin sync %v (%v proxies, %v upstreams, %v endpoints, %v secrets, %v artifacts, %v auth configs, %v rate limit configs, %v graphql apis)",
            f"begin sync {xh} (2 proxies, {ups} upstreams, {eps} endpoints, {secrets} secrets, 0 artifacts, 0 auth configs, 0 rate limit configs, 0 graphql apis)",
        )
        for proxy in ["gateway-proxy", "internal-proxy"]:
            if proxy == "gateway-proxy" and in_any(t, [no_secret]):
                err = "1 error occurred:\n\t* invalid resource gloo-system.payments-api-443\n\t* SSL secret not found: list did not find secret gloo-system.payments-api-tls\n\n"
                t = G(
                    t + sec(r.uniform(0.003, 0.02)),
                    "warn",
                    xl,
                    "syncer/envoy_translator_syncer.go:172",
                    "Proxy had invalid config",
                    "Proxy had invalid config",
                    [("proxy", {"name": proxy, "namespace": "gloo-system"}), ("error", err)],
                )
            cl = (
                ups - (1 if proxy == "gateway-proxy" and in_any(t, [no_secret]) else 0)
                if proxy == "gateway-proxy"
                else 9
            )
            t = G(
                t + sec(r.uniform(0.003, 0.03)),
                "info",
                xl,
                "syncer/envoy_translator_syncer.go:196",
                "Setting xDS Snapshot",
                "Setting xDS Snapshot",
                [
                    ("key", f"gloo-system~{proxy}"),
                    ("clusters", cl),
                    ("listeners", 2 if proxy == "gateway-proxy" else 1),
                    ("routes", 2 if proxy == "gateway-proxy" else 1),
                    ("endpoints", eps - 20 if proxy == "gateway-proxy" else 20),
                ],
            )
        return G(
            t + sec(r.uniform(0.001, 0.006)),
            "info",
            xl,
            "syncer/envoy_translator_syncer.go:82",
            "end sync %v",
            f"end sync {xh}",
        )

    # a sync for every snapshot change: endpoint churn, and what people apply
    changes = poisson_times(r, T0, T_END, 34)
    changes += every(r, cart_rollout[0], cart_rollout[1], 25, 6)
    changes += every(r, no_secret[0], no_secret[1], 70, 20)
    for t in sorted(changes):
        sync(t)

    # the rejected VirtualService: CI applies it again and again
    for t in every(r, bad_vs[0], bad_vs[1], 240, 30):
        err = '1 error occurred:\n\t* Validating *v1.VirtualService failed: validating *v1.VirtualService name:"shop-web" namespace:"gloo-system": could not render proxy: 1 error occurred:\n\t* Route Error: InvalidDestinationError. Reason: *v1.Upstream { gloo-system.shop-cart-ap1-8080 } not found\n\n\n\n'
        G(
            t,
            "error",
            "gloo.v1.event_loop.setup.gateway.validation-webhook",
            "k8sadmission/validating_admission_webhook.go:528",
            "Validation failed: 1 error occurred:\\n\\t* Validating %T failed: validating %T name:%q namespace:%q: could not render proxy: 1 error occurred:\\n\\t* Route Error: InvalidDestinationError. Reason: *v1.Upstream { %s } not found\\n\\n\\n\\n",
            "Validation failed: " + err,
        )

    # the proxies: Envoy's own lines and the access log (status >= 400 only)
    def E(
        proxy: str, t: datetime, level: str, logger: str, where: str, label: str, msg: str
    ) -> datetime:
        return fs.add(
            f"{proxy}.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}][1][{level}][{logger}] [{where}] {msg}"
            ],
            (proxy, "envoy"),
            MS,
        )

    def A(
        proxy: str,
        t: datetime,
        label: str,
        method: str,
        path: str,
        status: int,
        flags: str,
        dur: int,
        upstream: str,
        sent: int,
    ) -> datetime:
        ua = r.choice(
            [
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
                "shop-android/4.18.2 okhttp/4.12.0",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
            ]
        )
        xff = f"{r.choice(['203.0.113', '198.51.100', '192.0.2'])}.{r.randint(2, 254)}"
        rid = uuid4(r)
        upst = "-" if flags in ("NR", "UH") else upstream
        ust = "-" if upst == "-" or flags in ("UF", "UT") else str(max(1, dur - r.randint(0, 3)))
        recv = r.randint(120, 900) if method == "POST" else 0
        return fs.add(
            f"{proxy}.log",
            t,
            label,
            lambda x: [
                f'[{iso_ms(x)}] "{method} {path} HTTP/1.1" {status} {flags} {recv} {sent} {dur} {ust} "{xff}" "{ua}" "{rid}" "shop.example.com" "{upst}"'
            ],
            (proxy, "access"),
            MS,
        )

    eps_ip = {
        u: [f"10.244.{r.randint(1, 6)}.{r.randint(2, 250)}:8080" for _ in range(3)]
        for u, *_ in GL_UPSTREAMS
    }
    scanner_paths = [
        "/.env",
        "/wp-login.php",
        "/.git/config",
        "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
        "/server-status",
        "/actuator/env",
        "/owa/auth/logon.aspx",
    ]
    # scanners and stale app links: 404s from the catch-all route
    for t in poisson_times(r, T0, T_END, 27):
        p = r.choice(scanner_paths)
        method = (
            "POST" if p in ("/wp-login.php", "/owa/auth/logon.aspx") and r.random() < 0.5 else "GET"
        )
        A(r.choice(proxies), t, f"{method} {p} 404 NR", method, p, 404, "NR", 0, "-", 0)
    # the mobile app's saved carts: items removed from the catalogue
    for t in poisson_times(r, T0, T_END, 18):
        u = "gloo-system-shop-cart-api-8080"
        A(
            r.choice(proxies),
            t,
            "GET /api/cart/items/%s 404",
            "GET",
            f"/api/cart/items/{r.randint(100000, 999999)}",
            404,
            "-",
            r.randint(3, 25),
            r.choice(eps_ip[u]),
            49,
        )
    # the app's own errors on the real routes
    for t in poisson_times(r, T0, T_END, 48):
        u, route, method, _ = r.choices(GL_UPSTREAMS, [w for *_, w in GL_UPSTREAMS])[0]
        st = r.choice([400, 400, 401, 409] if method == "POST" else [401])
        path = (
            route
            if route != "/api/search"
            else f"/api/search?q={r.choice(['boots', 'rain+jacket', 'socks', 'tent', 'sale'])}"
        )
        label = (
            f"{method} {route} {st}"
            if route != "/api/search"
            else f"{method} /api/search?q=%s {st}"
        )
        A(
            r.choice(proxies),
            t,
            label,
            method,
            path,
            st,
            "-",
            r.randint(3, 90),
            r.choice(eps_ip[u]),
            r.randint(40, 300),
        )
    # cart-api's rollout: connections to terminating pods fail, then no healthy host for a moment
    for t in poisson_times(r, cart_rollout[0], cart_rollout[1], 420):
        u = "gloo-system-shop-cart-api-8080"
        route, method = r.choice([("/api/cart", "GET"), ("/api/cart/items", "POST")])
        flags = "UF" if r.random() < 0.7 else "UH"
        A(
            r.choice(proxies),
            t,
            f"{method} {route} 503 {flags}",
            method,
            route,
            503,
            flags,
            r.randint(0, 40),
            r.choice(eps_ip[u]),
            91 if flags == "UF" else 19,
        )
    # search-api slow: the route's 15 s timeout
    for t in poisson_times(r, search_slow[0], search_slow[1], 380):
        q = r.choice(["boots", "rain+jacket", "socks", "tent", "sale", "kids", "gift+card"])
        A(
            r.choice(proxies),
            t,
            "GET /api/search?q=%s 504 UT",
            "GET",
            f"/api/search?q={q}",
            504,
            "UT",
            15000 + r.randint(0, 4),
            r.choice(eps_ip["gloo-system-shop-search-api-8080"]),
            24,
        )
    # payments-api's cluster missing while its secret is gone
    for t in poisson_times(r, no_secret[0] + sec(30), no_secret[1], 150):
        A(
            r.choice(proxies),
            t,
            "POST /api/payments 500",
            "POST",
            "/api/payments",
            500,
            "-",
            r.randint(0, 2),
            "-",
            0,
        )
    # the NetworkPolicy: each proxy's ADS stream retries with back-off
    for proxy in proxies:
        since, t = 0.0, netpol[0] + sec(r.uniform(0, 2))
        while t < netpol[1]:
            E(
                proxy,
                t,
                "warning",
                "config",
                "external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:152",
                "StreamAggregatedResources gRPC config stream to %s closed since %ss ago: %s, upstream connect error or disconnect/reset before headers. reset reason: %s",
                f"StreamAggregatedResources gRPC config stream to gloo.gloo-system.svc.cluster.local:9977 closed since {int(since)}s ago: 14, upstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: delayed connect error: 110",
            )
            step = r.uniform(0.5, 1.5) * min(30, 2 ** (1 + since / 20))
            since += step
            t += sec(step)
    return fs.logs(T0)


def clair_quay(_r: random.Random) -> list[Log]:
    """Clair's logs under the name `clair-quay`: round 251 wrote a Clair of its own as this
    round did, and took the name `clair`. Seeded as `clair` was, so the logs and the counts
    in the README's section are the ones this round measured."""
    return clair(random.Random("heldout-clair"))


SYSTEMS = {
    "clair-quay": clair_quay,
    "notation": notation,
    "openebs": openebs,
    "knative-serving": knative,
    "gloo": gloo,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
