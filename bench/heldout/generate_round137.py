#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 137 (pyroscope, zipkin, promtail, kapacitor, blackbox) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five observability back-ends and agents, 06:00 to
12:00 on 2024-06-07.

- Grafana Pyroscope 1.6 (`pyroscope-0.log`, `pyroscope-1.log`, `pyroscope-2.log`: `kubectl logs`
  of the Helm chart's single-binary StatefulSet, three replicas, six tenants, MinIO as the bucket;
  go-kit logfmt `ts=2024-06-07T06:00:01.234567891Z caller=instance.go:84 level=info
  tenant=team-search msg="shipper finished" uploaded_blocks=0`): every ingester instance's shipper
  every five minutes (`shipper finished`, `upload new block` after each hourly head flush), the
  store-gateway's periodic sync (`synchronizing TSDB blocks for all users` / `successfully
  synchronized ...`), the compactor every 30 minutes (`discovering users from bucket`, `discovered
  users from bucket`, `starting compaction of user blocks`, `successfully compacted user blocks`);
  MinIO down 08:31-08:49 (`shipper run failed`, `failed to synchronize TSDB blocks`, `failed to
  discover users from bucket`, dskit's request log `%s %s (%d) %s Response: %q ws: %v; %s` for the
  queries that failed), the usage report failing behind the egress firewall, and a rolling
  restart for the 1.6.0 -> 1.6.1 upgrade at 10:15 (`=== received SIGINT/SIGTERM ===\\n***
  exiting`, the ring and module lines, `Pyroscope stopped`, `server listening on addresses`,
  memberlist joining, the store-gateway's JOINING/ACTIVE steps, `Pyroscope started`), the other
  replicas re-syncing on the ring change.
- Zipkin 3.4 (`zipkin-1.log`, `zipkin-2.log`: `docker logs` of two servers reading spans from Kafka
  and storing them in Elasticsearch; log4j2 through Spring Boot's pattern with Zipkin's
  `%5p [%X{traceId}/%X{spanId}]` level, `2024-06-07T06:00:04.512Z  WARN [/] 1 --- [pool-2-thread-1]
  o.a.k.c.NetworkClient                    : [Consumer clientId=..., groupId=zipkin] ...`): the
  start-up banner on stdout, Micrometer's MeterFilter warning, `Serving HTTP at %s - %s`, the
  consumer subscribing and `Kafka consumer starting polling loop.`; a Kafka rolling restart
  07:40-07:51 (`Connection to node %d (%s) could not be established. Broker may not be
  available.` about once a second while a broker is away, `Error connecting to node %s` with its
  `UnknownHostException` stack while its DNS record is gone, `Error while fetching metadata with
  correlation id %d : %s`, `Offset commit failed on partition %s at offset %d: This is not the
  correct coordinator.` while the coordinator moves); both servers restarted at 08:55 with the
  Kafka collector's logger at DEBUG to see dropped spans (`Unexpected error in polling loop
  spans` with the consumer's InterruptException on zipkin-2, `Kafka consumer polling loop
  stopped. Kafka consumer closed.`), then
  Elasticsearch rejecting bulk requests 09:18-09:21 and restarting 10:48-10:51 (`Cannot store spans
  %s due to %s(%s)` with the exception's stack, Armeria's `Observed %d exception(s) that didn't
  reach a LoggingService ...`), and zipkin-2 dying of `Terminating due to
  java.lang.OutOfMemoryError: Java heap space` at 11:20 and starting again.
- Promtail 2.9 (`promtail-4xk8p.log`, `promtail-9bq2m.log`, `promtail-tn6vd.log`: the DaemonSet's
  pods on three nodes, go-kit logfmt with the level first, `level=info
  ts=2024-06-07T06:00:01.234567891Z caller=filetargetmanager.go:361 msg="Adding target"
  key=...`): every CronJob pod's target (`Adding target`, `watching new directory`, `tail routine:
  started`, hpcloud/tail's `Seeked %s - %+v`) and its removal when the job history is pruned
  (`Removing target`, `position timer: exited`, `tail routine: tail channel closed, stopping
  tailer`, `tail routine: exited`, `stopped tailing file`, `filetarget: watcher closed, tailer
  stopped, positions saved`, sometimes `skipping update of position for a file which does not
  currently exist`), kubelet's log rotation (`received file watcher event`, `Re-opening
  moved/deleted file %s ...`, `Successfully reopened %s`), a Deployment rollout at 09:05, Loki's
  write path down 08:40-08:51 (`error sending batch, will retry` and `final error sending batch`
  with the push error), the ingestion rate limit hit 10:32-10:40 while a pod crash-loops 10:31-10:41
  (each new log file picked up, the ones kubelet deletes reported by hpcloud/tail's `Re-opening
  moved/deleted file %s ...` and `Waiting for %s to appear...` and by `skipping update of position
  ...` every ten seconds until the pod is replaced), and the DaemonSet rolled at 11:10 (`=== received SIGINT/SIGTERM
  ===\\n*** exiting`, `Starting Promtail`, `Reloading configuration file`, `server listening on
  addresses`, the discovery's in-cluster line, every target added again from its saved position).
- Kapacitor 1.7 (`kapacitor.log`: its `[logging] file`, `ts=2024-06-07T06:00:03.412Z lvl=info
  msg="http request" service=http host=127.0.0.1 ...`): start-up after a host reboot (`kapacitor
  starting`, `go version`, `listing Kapacitor hostname`, `listing ClusterID and ServerID`, `opened
  task master`, the UDP subscription listeners, `started task` per enabled task, HTTP service
  lines, `listening for signals`), the container health check and Telegraf polling the API (`http
  request` with the request's fields), Chronograf's task pages, a revoked Slack webhook 07:15-07:58
  (`failed to send event to Slack`), InfluxDB restarting 08:30-08:35 (`error executing query` from
  the batch tasks), a task defined at 09:40 whose lambda names a field its query renames (`error
  evaluating expression for level` for every group and level each minute until it is fixed at
  11:05), and a restart at 10:30 for an SMTP change (the clean-shutdown lines and start-up again).
- Prometheus blackbox_exporter 0.25 (`blackbox-fra1.log`, `blackbox-ams1.log`: two exporters
  probing the same eleven targets every 30 s, go-kit logfmt `ts=... caller=... module=http_2xx
  target=https://... level=error msg="Probe failed" duration_seconds=...`, started with
  `--log.prober=warn` so that failed probes are kept): a certificate expired at midnight and
  renewed at 07:12, the API returning 503 then refusing connections 08:20-08:32, a partner's DNS
  failing 11:05-11:20, a branch router timing out from Amsterdam 10:00-10:45, a bad configuration
  reload at 09:40 on ams1 (`Error reloading config`), and fra1 run with `--log.prober=info` for
  seven minutes at 09:10 (every probe's `Beginning probe`, resolution, HTTP and ICMP steps, `Response
  timings for roundtrip`, `Probe succeeded`).

Label notes. The log heads are context: go-kit's `ts`, `caller` and `level` (Pyroscope's `tenant`
and `component`, Promtail's `component`, blackbox_exporter's `module` and `target` that
`log.With` puts before every probe line), Kapacitor's `ts`, `lvl` and its `service` context,
Spring Boot's date, level, trace ids, pid, thread and logger, and the Kafka client's `[Consumer
clientId=%s, groupId=%s] ` prefix (its LogContext, as Sidekiq's job tags). The message is the
label: logfmt's `msg` value, the key=value fields after it are attributes (an `err=` field does
not make a template of its own). A message built with a format contributes that format (dskit's
`%s %s (%d) %s Response: %q ws: %v; %s`, hpcloud/tail's `Seeked %s - %+v`, Kafka's
parameterised messages); a Java exception's message inside Zipkin's `Cannot store spans %s due to
%s(%s)` contributes its own format (the Elasticsearch rejection and the refused connection are two
labels); Zipkin's banner, Kafka's and Zipkin's stack traces continue their event. A go-kit line
with no `msg` (blackbox_exporter's `build_context=%s`) is labelled by its key.

Least sure (written from the helper's knowledge; the Pyroscope shipper, store-gateway, compactor
and `Pyroscope started`/`stopped` messages, Promtail's tailer, file-target and client messages,
Kapacitor's diagnostic handlers, blackbox_exporter's prober and handler messages and Zipkin's
collector and Kafka worker messages were checked against copies of their sources, the layouts
against real logs quoted in issues): Pyroscope's caller line numbers, whether 1.6 still logs
`shipper finished` at info, the module list and the lifecycler lines at start-up; Zipkin 3's
logger levels (Armeria's and Kafka's WARN, the Kafka consumer's INFO), the Elasticsearch client's
exception types and the stack frames, Kafka's exact wording in 3.6 (`Broker may not be
available.`); Promtail's caller line numbers and the order of a target's first lines; Kapacitor's
`error executing query`, the `failed to send event to Slack` context fields and the shutdown
lines; blackbox_exporter's `caller=` of probe lines (one line of handler.go for all of them).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round133 import ulid


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, 0, tzinfo=UTC) + sec(s)


T0, T_END = at(6, 0), at(12, 0)


def gonano(t: datetime) -> str:
    """go-kit's DefaultTimestampUTC (RFC 3339 with nanoseconds, trailing zeros dropped); the
    nanoseconds below the microsecond are drawn from the instant itself."""
    ns = t.microsecond * 1000 + (t.microsecond * 7919 + t.second * 31) % 1000
    frac = f"{ns:09d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def msz(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def usz(t: datetime) -> str:
    frac = f"{t.microsecond:06d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def lf(v: object) -> str:
    """A value as go-logfmt writes it: quoted (with Go's escapes) when it holds a blank, `=`,
    `"` or a control character; an empty value is written bare."""
    s = str(v)
    if s and not any(c in ' ="' or ord(c) < 0x20 for c in s):
        return s
    if not s:
        return ""
    return (
        '"'
        + s.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
        + '"'
    )


def kvs(fields: list[tuple[str, object]]) -> str:
    return " ".join(f"{k}={lf(v)}" for k, v in fields)


def goq(s: str) -> str:
    """Go's %q of a string."""
    return json.dumps(s, ensure_ascii=False)


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


def expo(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


# --------------------------------------------------------------------------------- pyroscope

PY_PODS = ["pyroscope-0", "pyroscope-1", "pyroscope-2"]
PY_TENANTS = [
    "team-payments",
    "team-search",
    "team-checkout",
    "platform",
    "data-eng",
    "ml-platform",
]
PY_OWNS = {
    "pyroscope-0": ["team-payments", "platform"],
    "pyroscope-1": ["team-search", "data-eng"],
    "pyroscope-2": ["team-checkout", "ml-platform"],
}
PY_MODULES = [
    "server",
    "runtime-config",
    "overrides",
    "memberlist-kv",
    "usage-stats",
    "version",
    "ring",
    "ingester",
    "store-gateway",
    "compactor",
    "distributor",
    "query-scheduler",
    "query-frontend",
    "querier",
    "tenant-settings",
]
PY_MINIO = "http://minio.storage.svc.cluster.local:9000"
PY_MINIO_ERR = "dial tcp 10.43.88.12:9000: connect: connection refused"


def pyroscope(r: random.Random) -> list[Log]:
    """Three single-binary replicas, six tenants pushing through Grafana Alloy, MinIO as the
    bucket, 06:00 to 12:00: MinIO down 08:31-08:49, the usage report refused by the egress
    firewall, a rolling restart for the 1.6.1 upgrade at 10:15 (pyroscope-2, -1, then -0)."""
    fs = Files()

    def P(
        pod: str,
        t: datetime,
        caller: str,
        lvl: str,
        label: str,
        msg: str,
        pre: list[tuple[str, object]] | None = None,
        post: list[tuple[str, object]] | None = None,
    ) -> datetime:
        head = [("ts", None), ("caller", caller), ("level", lvl)] + (pre or [])

        def text(x: datetime) -> list[str]:
            parts = [f"ts={gonano(x)}"] + [f"{k}={lf(v)}" for k, v in head[1:]]
            parts.append(f"msg={lf(msg)}")
            parts += [f"{k}={lf(v)}" for k, v in post or []]
            return [" ".join(parts)]

        return fs.add(f"{pod}.log", t, label, text, pod, 1)

    down = (at(8, 31, 12), at(8, 49, 40))

    def minio_down(t: datetime) -> bool:
        return down[0] <= t < down[1]

    restart = {
        "pyroscope-2": at(10, 15, 8.214),
        "pyroscope-1": at(10, 17, 41.87),
        "pyroscope-0": at(10, 20, 3.402),
    }
    back = {p: restart[p] + sec(r.uniform(31, 44)) for p in PY_PODS}
    version_new = "(version=1.6.1, branch=HEAD, revision=2f8bc8ea)"

    def alive(p: str, t: datetime) -> bool:
        return not (restart[p] - sec(2) <= t < back[p] + sec(8))

    def ring_change(t: datetime, who: str) -> None:
        for q in PY_PODS:
            if q != who and alive(q, t):
                tt = P(
                    q,
                    t + sec(r.uniform(2, 9)),
                    "gateway.go:296",
                    "info",
                    "synchronizing TSDB blocks for all users",
                    "synchronizing TSDB blocks for all users",
                    post=[("reason", "ring-change")],
                )
                P(
                    q,
                    tt + sec(r.uniform(0.2, 1.6)),
                    "gateway.go:302",
                    "info",
                    "successfully synchronized TSDB blocks for all users",
                    "successfully synchronized TSDB blocks for all users",
                    post=[("reason", "ring-change")],
                )

    def stop(p: str, t: datetime) -> None:
        t = P(
            p,
            t,
            "signals.go:62",
            "info",
            "=== received SIGINT/SIGTERM ===\\n*** exiting",
            "=== received SIGINT/SIGTERM ===\n*** exiting",
        )
        t = P(
            p,
            t + sec(0.002),
            "lifecycler.go:578",
            "info",
            "changing instance state from",
            "changing instance state from",
            post=[("old_state", "ACTIVE"), ("new_state", "LEAVING"), ("ring", "ingester")],
        )
        for ten in PY_TENANTS:
            tt = t + sec(r.uniform(0.8, 3.5))
            tt = P(
                p,
                tt,
                "shipper.go:284",
                "info",
                "upload new block",
                "upload new block",
                pre=[("tenant", ten)],
                post=[("id", ulid(r, tt - sec(r.uniform(300, 2400))))],
            )
            P(
                p,
                tt + sec(r.uniform(0.05, 0.4)),
                "instance.go:84",
                "info",
                "shipper finished",
                "shipper finished",
                pre=[("tenant", ten)],
                post=[("uploaded_blocks", 1)],
            )
        t += sec(4.2)
        for m in reversed(PY_MODULES):
            t = P(
                p,
                t + sec(r.uniform(0.001, 0.2)),
                "module_service.go:114",
                "info",
                "module stopped",
                "module stopped",
                post=[("module", m)],
            )
        P(p, t + sec(0.003), "phlare.go:744", "info", "Pyroscope stopped", "Pyroscope stopped")

    def start(p: str, t: datetime, version: str) -> datetime:
        t = P(
            p,
            t,
            "server.go:353",
            "info",
            "server listening on addresses",
            "server listening on addresses",
            post=[("http", "[::]:4040"), ("grpc", "[::]:9095")],
        )
        for m in PY_MODULES:
            t = P(
                p,
                t + sec(r.uniform(0.0001, 0.004)),
                "module_service.go:82",
                "info",
                "starting",
                "starting",
                post=[("module", m)],
            )
            if m == "memberlist-kv":
                P(
                    p,
                    t + sec(0.0004),
                    "memberlist_client.go:541",
                    "info",
                    "joining memberlist cluster",
                    "joining memberlist cluster",
                    post=[
                        (
                            "join_members",
                            "dns+pyroscope-memberlist.pyroscope.svc.cluster.local.:7946",
                        )
                    ],
                )
                el = r.uniform(0.008, 0.03)
                P(
                    p,
                    t + sec(el + 0.001),
                    "memberlist_client.go:561",
                    "info",
                    "joined memberlist cluster",
                    "joined memberlist cluster",
                    post=[("reached_nodes", 2), ("elapsed_time", go_dur(el))],
                )
            if m == "ingester":
                P(
                    p,
                    t + sec(0.0006),
                    "lifecycler.go:660",
                    "info",
                    "instance not found in ring, adding with no tokens",
                    "instance not found in ring, adding with no tokens",
                    post=[("ring", "ingester")],
                )
                P(
                    p,
                    t + sec(5.0 + r.uniform(0.0, 0.02)),
                    "lifecycler.go:507",
                    "info",
                    "auto-joining cluster after timeout",
                    "auto-joining cluster after timeout",
                    post=[("ring", "ingester")],
                )
            if m == "store-gateway":
                tt = P(
                    p,
                    t + sec(0.0008),
                    "gateway.go:186",
                    "info",
                    "waiting until store-gateway is JOINING in the ring",
                    "waiting until store-gateway is JOINING in the ring",
                )
                tt = P(
                    p,
                    tt + sec(r.uniform(0.1, 0.9)),
                    "gateway.go:190",
                    "info",
                    "store-gateway is JOINING in the ring",
                    "store-gateway is JOINING in the ring",
                )
                tt = P(
                    p,
                    tt + sec(0.002),
                    "bucket_stores.go:112",
                    "info",
                    "synchronizing TSDB blocks for all users",
                    "synchronizing TSDB blocks for all users",
                )
                tt = P(
                    p,
                    tt + sec(r.uniform(0.4, 2.5)),
                    "bucket_stores.go:118",
                    "info",
                    "successfully synchronized TSDB blocks for all users",
                    "successfully synchronized TSDB blocks for all users",
                )
                tt = P(
                    p,
                    tt + sec(0.003),
                    "gateway.go:227",
                    "info",
                    "waiting until store-gateway is ACTIVE in the ring",
                    "waiting until store-gateway is ACTIVE in the ring",
                )
                tt = P(
                    p,
                    tt + sec(r.uniform(0.1, 1.2)),
                    "gateway.go:231",
                    "info",
                    "store-gateway is ACTIVE in the ring",
                    "store-gateway is ACTIVE in the ring",
                )
                t = tt
        return P(
            p,
            t + sec(r.uniform(0.01, 0.05)),
            "phlare.go:597",
            "info",
            "Pyroscope started",
            "Pyroscope started",
            post=[("version", version)],
        )

    for p in PY_PODS:
        stop(p, restart[p])
        ring_change(restart[p] + sec(5), p)
        started = start(p, back[p], version_new)
        ring_change(started + sec(3), p)

    # the shippers: every five minutes per tenant instance; a head is cut into a block every
    # hour, or sooner for the two busiest tenants (max block bytes), and shipped on the next run
    cut_every = {"team-payments": 1200, "team-search": 900}
    for p in PY_PODS:
        for ten in PY_TENANTS:
            every = cut_every.get(ten, 3600)
            phase = r.uniform(60, min(every, 660))
            cuts = []
            c = at(5, 0) + sec(phase)
            while c < T_END:
                cuts.append(c)
                c += sec(every * r.uniform(0.9, 1.1) if every < 3600 else every)
            for a, b in [
                (T0 - sec(r.uniform(0, 300)), restart[p]),
                (back[p] + sec(r.uniform(1.5, 9)), T_END),
            ]:
                t, last = a, a
                pending = 0
                while t < b:
                    pending += sum(1 for c in cuts if last < c <= t)
                    last = t
                    if t >= T0:
                        if minio_down(t) and pending:
                            blk = ulid(r, t - sec(r.uniform(30, 280)))
                            P(
                                p,
                                t,
                                "instance.go:82",
                                "error",
                                "shipper run failed",
                                "shipper run failed",
                                pre=[("tenant", ten)],
                                post=[
                                    (
                                        "err",
                                        f'check exists: Head "{PY_MINIO}/pyroscope/{ten}/phlaredb/{blk}/meta.json": {PY_MINIO_ERR}',
                                    )
                                ],
                            )
                        else:
                            tt = t
                            for _ in range(pending):
                                tt = P(
                                    p,
                                    tt,
                                    "shipper.go:284",
                                    "info",
                                    "upload new block",
                                    "upload new block",
                                    pre=[("tenant", ten)],
                                    post=[("id", ulid(r, tt - sec(r.uniform(30, 280))))],
                                )
                                tt += sec(r.uniform(0.3, 2.8))
                            P(
                                p,
                                tt + sec(r.uniform(0.005, 0.08)),
                                "instance.go:84",
                                "info",
                                "shipper finished",
                                "shipper finished",
                                pre=[("tenant", ten)],
                                post=[("uploaded_blocks", pending)],
                            )
                            pending = 0
                    t += sec(300 + r.uniform(-0.02, 0.02))

    # the store-gateway's periodic sync (15m with a fixed jitter per start)
    for p in PY_PODS:
        for a, b in [(T0, restart[p]), (back[p] + sec(60), T_END)]:
            iv = 900 * r.uniform(0.8, 1.2)
            t = a + sec(r.uniform(0, iv)) if a == T0 else a + sec(iv)
            while t < b:
                tt = P(
                    p,
                    t,
                    "gateway.go:296",
                    "info",
                    "synchronizing TSDB blocks for all users",
                    "synchronizing TSDB blocks for all users",
                    post=[("reason", "periodic")],
                )
                if minio_down(t):
                    ten = r.choice(PY_TENANTS)
                    P(
                        p,
                        tt + sec(r.uniform(0.02, 0.3)),
                        "gateway.go:299",
                        "warn",
                        "failed to synchronize TSDB blocks",
                        "failed to synchronize TSDB blocks",
                        post=[
                            ("reason", "periodic"),
                            (
                                "err",
                                f'failed to synchronize TSDB blocks for user {ten}: read bucket index: Get "{PY_MINIO}/pyroscope/{ten}/phlaredb/bucket-index.json.gz": {PY_MINIO_ERR}',
                            ),
                        ],
                    )
                else:
                    P(
                        p,
                        tt + sec(r.uniform(0.15, 1.9)),
                        "gateway.go:302",
                        "info",
                        "successfully synchronized TSDB blocks for all users",
                        "successfully synchronized TSDB blocks for all users",
                        post=[("reason", "periodic")],
                    )
                t += sec(iv)

    # the compactor, every 30 minutes on each replica, for the tenants its ring share owns
    comp = [("component", "compactor")]
    for p in PY_PODS:
        off = r.uniform(0, 1800)
        for a, b in [(T0, restart[p]), (back[p] + sec(1), T_END)]:
            t = a + sec(off if a == T0 else r.uniform(1, 4))
            while t < b:
                attempts = 3 if minio_down(t) else 1
                tt = t
                for k in range(attempts):
                    tt = P(
                        p,
                        tt,
                        "compactor.go:447",
                        "info",
                        "discovering users from bucket",
                        "discovering users from bucket",
                        pre=comp,
                    )
                    if minio_down(tt):
                        tt = P(
                            p,
                            tt + sec(r.uniform(1.0, 3.5)),
                            "compactor.go:451",
                            "error",
                            "failed to discover users from bucket",
                            "failed to discover users from bucket",
                            pre=comp,
                            post=[
                                (
                                    "err",
                                    f'Get "{PY_MINIO}/pyroscope/?delimiter=%2F&encoding-type=url&fetch-owner=true&list-type=2&prefix=": {PY_MINIO_ERR}',
                                )
                            ],
                        )
                        tt += sec(10 * 2**k + r.uniform(0, 3))
                        continue
                    tt = P(
                        p,
                        tt + sec(r.uniform(0.02, 0.3)),
                        "compactor.go:455",
                        "info",
                        "discovered users from bucket",
                        "discovered users from bucket",
                        pre=comp,
                        post=[("users", len(PY_TENANTS))],
                    )
                    owned = list(PY_OWNS[p])
                    r.shuffle(owned)
                    for ten in owned:
                        tt = P(
                            p,
                            tt + sec(r.uniform(0.001, 0.02)),
                            "compactor.go:506",
                            "info",
                            "starting compaction of user blocks",
                            "starting compaction of user blocks",
                            pre=comp,
                            post=[("user", ten)],
                        )
                        tt = P(
                            p,
                            tt + sec(r.uniform(0.4, 38.0)),
                            "compactor.go:516",
                            "info",
                            "successfully compacted user blocks",
                            "successfully compacted user blocks",
                            pre=comp,
                            post=[("user", ten)],
                        )
                    break
                t += sec(1800)

    # queries that failed while MinIO was down, logged by the frontend's request middleware
    for t in expo(r, down[0] + sec(20), down[1], 26):
        p = r.choice(PY_PODS)
        ten = r.choice(["team-payments", "team-search", "team-checkout", "platform"])
        method = r.choice(["SelectMergeStacktraces", "SelectMergeStacktraces", "SelectSeries"])
        took = r.uniform(0.4, 3.2)
        body = f'{{"code":"internal","message":"rpc error: code = Internal desc = open block: Get \\"{PY_MINIO}/pyroscope/{ten}/phlaredb/{ulid(r, t - sec(r.uniform(4000, 30000)))}/profiles.parquet\\": {PY_MINIO_ERR}"}}'
        headers = f"Accept-Encoding: gzip; Connect-Protocol-Version: 1; Content-Length: {r.randint(160, 420)}; Content-Type: application/proto; User-Agent: connect-go/1.16.2 (go1.22.3); X-Grafana-Org-Id: 1; X-Scope-Orgid: {ten}; "
        msg = f"POST /querier.v1.QuerierService/{method} (500) {go_dur(took)} Response: {goq(body)} ws: false; {headers}"
        P(
            p,
            t,
            "logging.go:126",
            "warn",
            # Labelled by method, route and status, as the set's request records are (round
            # 54's rule); the RPC's name is its route's.
            f"POST /querier.v1.QuerierService/{method} (500) %s Response: %q ws: %v; %s",
            msg,
            pre=[("traceID", hexid(r, 16))],
        )

    # the usage report, refused by the egress firewall, every four hours with retries
    for base in [at(7, 44, 12.5), at(11, 44, 12.7)]:
        t = base
        for k in range(5):
            t = P(
                "pyroscope-0",
                t,
                "reporter.go:305",
                "info",
                "failed to send usage report",
                "failed to send usage report",
                post=[
                    ("retries", k),
                    (
                        "err",
                        'Post "https://stats.grafana.org/pyroscope-usage-report": dial tcp 34.96.126.106:443: i/o timeout',
                    ),
                ],
            )
            t += sec(30 + 2**k + r.uniform(0, 1))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ zipkin

ZK_BANNER = [
    "",
    "                  oo",
    "                 oooo",
    "                oooooo",
    "               oooooooo",
    "              oooooooooo",
    "             oooooooooooo",
    "           ooooooo  ooooooo",
    "          oooooo     ooooooo",
    "         oooooo       ooooooo",
    "        oooooo   o  o   oooooo",
    "       oooooo   oo  oo   oooooo",
    "     ooooooo  oooo  oooo  ooooooo",
    "    oooooo   ooooo  ooooo  ooooooo",
    "   oooooo   oooooo  oooooo  ooooooo",
    "  oooooooo      oo  oo      oooooooo",
    "  ooooooooooooo oo  oo ooooooooooooo",
    "      oooooooooooo  oooooooooooo",
    "          oooooooo  oooooooo",
    "              oooo  oooo",
    "",
    "     ________ ____  _  _____ _   _",
    "    |__  /_ _|  _ \\| |/ /_ _| \\ | |",
    "      / / | || |_) | ' / | ||  \\| |",
    "     / /_ | ||  __/| . \\ | || |\\  |",
    "    |____|___|_|   |_|\\_\\___|_| \\_|",
    "",
    ":: version 3.4.0 :: commit 94b2b64 ::",
    "",
]
ZK_METER = "A MeterFilter is being configured after a Meter has been registered to this registry. All MeterFilters should be configured before any Meters are registered. If that is not possible or you have a use case where it should be allowed, let the Micrometer maintainers know at https://github.com/micrometer-metrics/micrometer/issues/4920. Enable DEBUG level logging on this logger to see a stack trace of the call configuring this MeterFilter."
ZK_BROKERS = {
    0: ("kafka-0.kafka-headless.observability.svc.cluster.local", "10.42.1.57"),
    1: ("kafka-1.kafka-headless.observability.svc.cluster.local", "10.42.2.31"),
    2: ("kafka-2.kafka-headless.observability.svc.cluster.local", "10.42.3.18"),
}
ZK_ES = "elasticsearch.observability.svc.cluster.local/10.43.21.7:9200"
ZK_KJAR = "~[kafka-clients-3.6.2.jar!/:?]"
ZK_NETTY = "4.1.110.Final"


def zk_logger(name: str) -> str:
    """log4j2's %-40.40c{1.}: every package cut to its initial, truncated from the left."""
    parts = name.split(".")
    s = ".".join([p[0] for p in parts[:-1]] + [parts[-1]])
    return f"{s[-40:]:<40}"


def zk_unknown_host(host: str) -> list[str]:
    frames = [
        "java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method) ~[?:?]",
        "java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Unknown Source) ~[?:?]",
        "java.base/java.net.InetAddress$PlatformResolver.lookupByName(Unknown Source) ~[?:?]",
        "java.base/java.net.InetAddress.getAddressesFromNameService(Unknown Source) ~[?:?]",
        "java.base/java.net.InetAddress$NameServiceAddresses.get(Unknown Source) ~[?:?]",
        "java.base/java.net.InetAddress.getAllByName0(Unknown Source) ~[?:?]",
        "java.base/java.net.InetAddress.getAllByName(Unknown Source) ~[?:?]",
        "java.base/java.net.InetAddress.getAllByName(Unknown Source) ~[?:?]",
        f"org.apache.kafka.clients.DefaultHostResolver.resolve(DefaultHostResolver.java:27) {ZK_KJAR}",
        f"org.apache.kafka.clients.ClientUtils.resolve(ClientUtils.java:124) {ZK_KJAR}",
        f"org.apache.kafka.clients.ClusterConnectionStates$NodeConnectionState.currentAddress(ClusterConnectionStates.java:536) {ZK_KJAR}",
        f"org.apache.kafka.clients.ClusterConnectionStates$NodeConnectionState.access$200(ClusterConnectionStates.java:493) {ZK_KJAR}",
        f"org.apache.kafka.clients.ClusterConnectionStates.currentAddress(ClusterConnectionStates.java:173) {ZK_KJAR}",
        f"org.apache.kafka.clients.NetworkClient.initiateConnect(NetworkClient.java:1030) {ZK_KJAR}",
        f"org.apache.kafka.clients.NetworkClient.ready(NetworkClient.java:314) {ZK_KJAR}",
        f"org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.trySend(ConsumerNetworkClient.java:498) {ZK_KJAR}",
        f"org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.poll(ConsumerNetworkClient.java:255) {ZK_KJAR}",
        f"org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.poll(ConsumerNetworkClient.java:236) {ZK_KJAR}",
        f"org.apache.kafka.clients.consumer.KafkaConsumer.pollForFetches(KafkaConsumer.java:1282) {ZK_KJAR}",
        f"org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1240) {ZK_KJAR}",
        f"org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1220) {ZK_KJAR}",
        "zipkin2.collector.kafka.KafkaCollectorWorker.run(KafkaCollectorWorker.java:78) ~[zipkin-collector-kafka-3.4.0.jar!/:?]",
        "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Unknown Source) [?:?]",
        "java.base/java.util.concurrent.FutureTask.run(Unknown Source) [?:?]",
        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source) [?:?]",
        "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(Unknown Source) [?:?]",
        "java.base/java.lang.Thread.run(Unknown Source) [?:?]",
    ]
    return [f"java.net.UnknownHostException: {host}: Name or service not known"] + [
        f"\tat {f}" for f in frames
    ]


def zk_netty_tail() -> list[str]:
    nc = f"~[netty-common-{ZK_NETTY}.jar!/:{ZK_NETTY}]"
    ne = f"~[netty-transport-classes-epoll-{ZK_NETTY}.jar!/:{ZK_NETTY}]"
    return [
        f"\tat io.netty.util.concurrent.AbstractEventExecutor.runTask(AbstractEventExecutor.java:173) {nc}",
        f"\tat io.netty.util.concurrent.AbstractEventExecutor.safeExecute(AbstractEventExecutor.java:166) {nc}",
        f"\tat io.netty.util.concurrent.SingleThreadEventExecutor.runAllTasks(SingleThreadEventExecutor.java:469) {nc}",
        f"\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:416) {ne}",
        f"\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997) {nc}",
        f"\tat io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74) {nc}",
        f"\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30) {nc}",
        "\tat java.base/java.lang.Thread.run(Unknown Source) [?:?]",
    ]


def zk_rejected(text: str) -> list[str]:
    es = "~[zipkin-storage-elasticsearch-3.4.0.jar!/:?]"
    arm = "~[armeria-1.28.4.jar!/:?]"
    return [
        f"java.util.concurrent.RejectedExecutionException: {text}",
        f"\tat zipkin2.elasticsearch.internal.client.HttpCall.parseResponse(HttpCall.java:276) {es}",
        f"\tat zipkin2.elasticsearch.internal.client.HttpCall.lambda$doEnqueue$2(HttpCall.java:166) {es}",
        "\tat java.base/java.util.concurrent.CompletableFuture.uniHandle(Unknown Source) ~[?:?]",
        "\tat java.base/java.util.concurrent.CompletableFuture$UniHandle.tryFire(Unknown Source) ~[?:?]",
        "\tat java.base/java.util.concurrent.CompletableFuture.postComplete(Unknown Source) ~[?:?]",
        "\tat java.base/java.util.concurrent.CompletableFuture.complete(Unknown Source) ~[?:?]",
        f"\tat com.linecorp.armeria.common.stream.StreamMessageCollector.onComplete(StreamMessageCollector.java:79) {arm}",
        f"\tat com.linecorp.armeria.common.stream.DefaultStreamMessage.onRequest(DefaultStreamMessage.java:221) {arm}",
        *zk_netty_tail(),
    ]


def zk_refused(ex_head: str) -> list[str]:
    nu = f"~[netty-transport-native-unix-common-{ZK_NETTY}.jar!/:{ZK_NETTY}]"
    ne = f"~[netty-transport-classes-epoll-{ZK_NETTY}.jar!/:{ZK_NETTY}]"
    nc = f"~[netty-common-{ZK_NETTY}.jar!/:{ZK_NETTY}]"
    return [
        ex_head,
        f"Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: {ZK_ES}",
        "Caused by: java.net.ConnectException: finishConnect(..) failed: Connection refused",
        f"\tat io.netty.channel.unix.Errors.newConnectException0(Errors.java:166) {nu}",
        f"\tat io.netty.channel.unix.Errors.handleConnectErrno(Errors.java:131) {nu}",
        f"\tat io.netty.channel.unix.Socket.finishConnect(Socket.java:359) {nu}",
        f"\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.doFinishConnect(AbstractEpollChannel.java:710) {ne}",
        f"\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.finishConnect(AbstractEpollChannel.java:687) {ne}",
        f"\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.epollOutReady(AbstractEpollChannel.java:567) {ne}",
        f"\tat io.netty.channel.epoll.EpollEventLoop.processReady(EpollEventLoop.java:491) {ne}",
        f"\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:399) {ne}",
        f"\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997) {nc}",
        f"\tat io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74) {nc}",
        f"\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30) {nc}",
        "\tat java.base/java.lang.Thread.run(Unknown Source) [?:?]",
    ]


def zipkin(r: random.Random) -> list[Log]:
    """Two Zipkin servers (zipkin-1 with partitions 0-2 of topic `zipkin`, zipkin-2 with 3-5),
    06:00 to 12:00: deployed at 06:00, Kafka rolled 07:40-07:51 (kafka-1 is the group
    coordinator), both restarted at 08:55 with the Kafka collector's logger at DEBUG,
    Elasticsearch rejecting bulk writes 09:18-09:21 and down 10:48-10:51, zipkin-2 killed by an
    OutOfMemoryError at 11:20 and restarted."""
    fs = Files()
    ctx = "[Consumer clientId=consumer-zipkin-1, groupId=zipkin] "
    parts = {"zipkin-1": [0, 1, 2], "zipkin-2": [3, 4, 5]}
    offsets = {p: r.randint(40_000_000, 52_000_000) for p in range(6)}

    def Z(
        c: str,
        t: datetime,
        lvl: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{msz(x)} {lvl:>5} [/] 1 --- [{thread[-15:]:>15}] {zk_logger(logger)} : {msg}",
                *(more or []),
            ]

        return fs.add(f"{c}.log", t, label, text, c, 1000)

    def boot(c: str, t: datetime) -> datetime:
        t = fs.add(
            f"{c}.log",
            t,
            "(Zipkin banner) :: version %s :: commit %s ::",
            lambda x: ZK_BANNER[1:],
            c,
            1000,
        )
        t = Z(
            c,
            t + sec(r.uniform(1.6, 2.4)),
            "WARN",
            "main",
            "io.micrometer.prometheusmetrics.PrometheusMeterRegistry",
            ZK_METER,
            ZK_METER,
        )
        t = Z(
            c,
            t + sec(r.uniform(0.3, 0.6)),
            "INFO",
            "pool-2-thread-1",
            "org.apache.kafka.clients.consumer.KafkaConsumer",
            "Subscribed to topic(s): %s",
            ctx + "Subscribed to topic(s): zipkin",
        )
        t = Z(
            c,
            t + sec(0.001),
            "INFO",
            "pool-2-thread-1",
            "zipkin2.collector.kafka.KafkaCollectorWorker",
            "Kafka consumer starting polling loop.",
            "Kafka consumer starting polling loop.",
        )
        return Z(
            c,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "armeria-boss-http-*:9411",
            "com.linecorp.armeria.server.Server",
            "Serving %s at %s - %s",
            "Serving HTTP at /[0:0:0:0:0:0:0:0%0]:9411 - http://127.0.0.1:9411/",
        )

    def shut(c: str, t: datetime, interrupted: bool = False) -> datetime:
        if interrupted:
            kj = ZK_KJAR
            t = Z(
                c,
                t,
                "WARN",
                "pool-2-thread-1",
                "zipkin2.collector.kafka.KafkaCollectorWorker",
                "Unexpected error in polling loop spans",
                "Unexpected error in polling loop spans",
                [
                    "org.apache.kafka.common.errors.InterruptException: java.lang.InterruptedException",
                    f"\tat org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.maybeThrowInterruptException(ConsumerNetworkClient.java:537) {kj}",
                    f"\tat org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.poll(ConsumerNetworkClient.java:298) {kj}",
                    f"\tat org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.poll(ConsumerNetworkClient.java:236) {kj}",
                    f"\tat org.apache.kafka.clients.consumer.KafkaConsumer.pollForFetches(KafkaConsumer.java:1282) {kj}",
                    f"\tat org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1240) {kj}",
                    f"\tat org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1220) {kj}",
                    "\tat zipkin2.collector.kafka.KafkaCollectorWorker.run(KafkaCollectorWorker.java:78) ~[zipkin-collector-kafka-3.4.0.jar!/:?]",
                    "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Unknown Source) [?:?]",
                    "\tat java.base/java.util.concurrent.FutureTask.run(Unknown Source) [?:?]",
                    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source) [?:?]",
                    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(Unknown Source) [?:?]",
                    "\tat java.base/java.lang.Thread.run(Unknown Source) [?:?]",
                    "Caused by: java.lang.InterruptedException",
                    "\t... 13 more",
                ],
            )
            t += sec(0.002)
        return Z(
            c,
            t,
            "INFO",
            "pool-2-thread-1",
            "zipkin2.collector.kafka.KafkaCollectorWorker",
            "Kafka consumer polling loop stopped. Kafka consumer closed.",
            "Kafka consumer polling loop stopped. Kafka consumer closed.",
        )

    nc = "org.apache.kafka.clients.NetworkClient"
    cc = "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"
    kt = "pool-2-thread-1"
    oom = at(11, 20, 31.4)
    restarts = {"zipkin-1": at(8, 55, 4.318), "zipkin-2": at(8, 56, 12.055)}
    downs: dict[str, list[tuple[datetime, datetime]]] = {}
    for c in ["zipkin-1", "zipkin-2"]:
        boot(c, T0 + sec(r.uniform(2, 9)))
        shut(c, restarts[c], interrupted=c == "zipkin-2")
        boot(c, restarts[c] + sec(r.uniform(5.5, 8.0)))
        downs[c] = [(restarts[c] - sec(1), restarts[c] + sec(12))]
    downs["zipkin-2"].append((oom - sec(2), oom + sec(11)))
    fs.add(
        "zipkin-2.log",
        oom,
        "Terminating due to java.lang.OutOfMemoryError: %s",
        lambda x: ["Terminating due to java.lang.OutOfMemoryError: Java heap space"],
        "zipkin-2-jvm",
        1000,
    )
    boot("zipkin-2", oom + sec(r.uniform(3.0, 4.0)))

    def up(c: str, t: datetime) -> bool:
        return not any(a <= t < b for a, b in downs[c])

    # Kafka's rolling restart: each broker gone, its DNS record gone, then back on a new IP
    new_ip = {0: "10.42.1.63", 1: "10.42.2.40", 2: "10.42.3.25"}
    for b, t_stop in [(1, at(7, 40, 6)), (2, at(7, 44, 2)), (0, at(7, 48, 11))]:
        host, ip = ZK_BROKERS[b]
        dns_gone = t_stop + sec(r.uniform(6, 14))
        dns_back = dns_gone + sec(r.uniform(28, 45))
        listening = dns_back + sec(r.uniform(35, 60))
        for c in ["zipkin-1", "zipkin-2"]:
            t = t_stop + sec(r.uniform(0.05, 0.6))
            n = 0
            while t < listening:
                if not up(c, t):
                    t += sec(1)
                    continue
                if dns_gone <= t < dns_back:
                    Z(
                        c,
                        t,
                        "WARN",
                        kt,
                        nc,
                        "Error connecting to node %s",
                        ctx + f"Error connecting to node {host}:9092 (id: {b} rack: null)",
                        zk_unknown_host(host),
                    )
                else:
                    addr = ip if t < dns_gone else new_ip[b]
                    Z(
                        c,
                        t,
                        "WARN",
                        kt,
                        nc,
                        "Connection to node %d (%s) could not be established. Broker may not be available.",
                        ctx
                        + f"Connection to node {b} ({host}/{addr}:9092) could not be established. Broker may not be available.",
                    )
                n += 1
                t += sec(min(1.0, 0.05 * 2**n) * r.uniform(0.8, 1.2) + 0.002)
            for _ in range(r.randint(1, 3)):
                Z(
                    c,
                    t_stop + sec(r.uniform(2, 40)),
                    "WARN",
                    kt,
                    nc,
                    "Error while fetching metadata with correlation id %d : %s",
                    ctx
                    + f"Error while fetching metadata with correlation id {r.randint(180000, 260000)} : {{zipkin=LEADER_NOT_AVAILABLE}}",
                )
            if b == 1:
                for p in parts[c][: r.randint(1, 3)]:
                    offsets[p] += r.randint(2000, 9000)
                    Z(
                        c,
                        t_stop + sec(r.uniform(0.5, 3)),
                        "WARN",
                        "kafka-coordinator-heartbeat-thread | zipkin",
                        cc,
                        "Offset commit failed on partition %s at offset %d: This is not the correct coordinator.",
                        ctx
                        + f"Offset commit failed on partition zipkin-{p} at offset {offsets[p]}: This is not the correct coordinator.",
                    )

    def span_ids(k: int) -> str:
        ids = [f"{hexid(r, 16)}/{hexid(r, 16)}" for _ in range(min(k, 4))]
        s = ", ".join(ids[:3])
        if k > 3:
            s += ", ..."
        return f"[{s}]"

    coll = "zipkin2.collector.kafka.KafkaCollector"
    # Elasticsearch rejecting bulk requests (indexing pressure)
    for c in ["zipkin-1", "zipkin-2"]:
        for t in expo(r, at(9, 18, 22), at(9, 21, 14), 0.42):
            if not up(c, t):
                continue
            cur = r.randint(104_000_000, 107_300_000)
            op = r.randint(180_000, 3_400_000)
            text = f"rejected execution of coordinating operation [coordinating_and_primary_bytes={cur}, replica_bytes=0, all_bytes={cur}, coordinating_operation_bytes={op}, max_coordinating_and_primary_bytes=107374182]"
            Z(
                c,
                t,
                "DEBUG",
                f"armeria-common-worker-epoll-3-{r.randint(1, 4)}",
                coll,
                "Cannot store spans %s due to RejectedExecutionException(rejected execution of coordinating operation [coordinating_and_primary_bytes=%d, replica_bytes=%d, all_bytes=%d, coordinating_operation_bytes=%d, max_coordinating_and_primary_bytes=%d])",
                f"Cannot store spans {span_ids(r.choice([1, 2, 3, 5, 8, 12, 20]))} due to RejectedExecutionException({text})",
                zk_rejected(text),
            )
    # Elasticsearch restarting: refused connections
    unproc = f"com.linecorp.armeria.client.UnprocessedRequestException: io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: {ZK_ES}"
    es_down = (at(10, 48, 5), at(10, 51, 19))
    for c in ["zipkin-1", "zipkin-2"]:
        for t in expo(r, es_down[0], es_down[1], 0.5):
            Z(
                c,
                t,
                "DEBUG",
                f"armeria-common-worker-epoll-3-{r.randint(1, 4)}",
                coll,
                "Cannot store spans %s due to UnprocessedRequestException(io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: %s)",
                f"Cannot store spans {span_ids(r.choice([1, 2, 3, 5, 8, 12, 20]))} due to UnprocessedRequestException(io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: {ZK_ES})",
                zk_refused(unproc),
            )
        t = es_down[0] + sec(r.uniform(3, 9))
        while t < es_down[1] + sec(8):
            if r.random() < 0.7:
                Z(
                    c,
                    t,
                    "WARN",
                    f"armeria-common-worker-epoll-3-{r.randint(1, 4)}",
                    "com.linecorp.armeria.server.DefaultUnloggedExceptionsReporter",
                    "Observed %d exception(s) that didn't reach a LoggingService in the last %dms(%dns). Please consider adding a LoggingService as the outermost decorator to get detailed error logs. One of the thrown exceptions:",
                    f"Observed {r.randint(1, 6)} exception(s) that didn't reach a LoggingService in the last 10000ms(10000000000ns). Please consider adding a LoggingService as the outermost decorator to get detailed error logs. One of the thrown exceptions:",
                    zk_refused(unproc),
                )
            t += sec(10 + r.uniform(0, 0.01))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- promtail

PT_NODES = {
    "promtail-4xk8p": "ip-10-0-1-23.eu-west-1.compute.internal",
    "promtail-9bq2m": "ip-10-0-2-141.eu-west-1.compute.internal",
    "promtail-tn6vd": "ip-10-0-3-87.eu-west-1.compute.internal",
}
PT_CRON = [
    # namespace, cronjob, period (s)
    ("billing", "invoice-sync", 300),
    ("search", "reindex-delta", 600),
    ("ops", "kube-janitor", 900),
    ("platform", "cert-expiry-check", 1800),
    ("data", "export-orders", 3600),
]
PT_LOKI = "loki-gateway.logging.svc.cluster.local"
PT_PUSH = f"http://{PT_LOKI}/loki/api/v1/push"


def pt_suffix(r: random.Random, n: int) -> str:
    return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


def promtail(r: random.Random) -> list[Log]:
    """Promtail's DaemonSet on three nodes, 06:00 to 12:00: CronJob pods coming and going,
    kubelet rotating the ingress controllers' logs, search-api rolled out at 09:05, Loki's write
    path down 08:40-08:51 (502 from the gateway, then 500 while the ring recovers), an ETL
    worker crash-looping 10:31-10:41 on the second node with the tenant's ingestion rate limit
    hit, the DaemonSet rolled at 11:10 for a pipeline change."""
    fs = Files()
    nodes = list(PT_NODES)

    def L(
        node: str,
        t: datetime,
        lvl: str,
        caller: str,
        label: str,
        msg: str,
        pre: list[tuple[str, object]] | None = None,
        post: list[tuple[str, object]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            parts = [f"level={lvl}", f"ts={gonano(x)}", f"caller={caller}"]
            parts += [f"{k}={lf(v)}" for k, v in pre or []]
            parts.append(f"msg={lf(msg)}")
            parts += [f"{k}={lf(v)}" for k, v in post or []]
            return [" ".join(parts)]

        return fs.add(f"{node}.log", t, label, text, node, 1)

    TL = [("component", "tailer")]

    def new_pod(ns: str, name: str, app: str, container: str, node: str) -> dict:
        uid = uuid4(r)
        labels = f'{{app="{app}", container="{container}", job="{ns}/{app}", namespace="{ns}", node_name="{PT_NODES[node]}", pod="{name}"}}'
        return {
            "key": f"/var/log/pods/*{uid}/{container}/*.log:{labels}",
            "glob": f"/var/log/pods/*{uid}/{container}/*.log",
            "dir": f"/var/log/pods/{ns}_{name}_{uid}/{container}",
            "node": node,
            "files": ["0.log"],
            "gone": [],
            "pos": r.randint(2000, 9_000_000),
        }

    def add_target(pod: dict, t: datetime, offset: int = 0) -> datetime:
        n = pod["node"]
        t = L(
            n,
            t,
            "info",
            "filetargetmanager.go:361",
            "Adding target",
            "Adding target",
            post=[("key", pod["key"])],
        )
        t = L(
            n,
            t + sec(r.uniform(0.00005, 0.0004)),
            "info",
            "filetarget.go:313",
            "watching new directory",
            "watching new directory",
            post=[("directory", pod["dir"])],
        )
        for f in pod["files"]:
            path = f"{pod['dir']}/{f}"
            t = L(
                n,
                t + sec(r.uniform(0.00005, 0.0003)),
                "info",
                "tailer.go:145",
                "tail routine: started",
                "tail routine: started",
                pre=TL,
                post=[("path", path)],
            )
            t = L(
                n,
                t + sec(r.uniform(0.00002, 0.0002)),
                "info",
                "log.go:168",
                "Seeked %s - %+v",
                f"Seeked {path} - &{{Offset:{offset if f == pod['files'][-1] else r.randint(1000, 90000)} Whence:0}}",
            )
        return t

    def remove_target(pod: dict, t: datetime, stopping: bool = False) -> datetime:
        n = pod["node"]
        caller = "filetargetmanager.go:470" if stopping else "filetargetmanager.go:397"
        t = L(
            n, t, "info", caller, "Removing target", "Removing target", post=[("key", pod["key"])]
        )
        for f in pod["files"]:
            path = f"{pod['dir']}/{f}"
            t = L(
                n,
                t + sec(r.uniform(0.00002, 0.0002)),
                "info",
                "tailer.go:118",
                "position timer: exited",
                "position timer: exited",
                pre=TL,
                post=[("path", path)],
            )
            if f in pod["gone"]:
                t = L(
                    n,
                    t + sec(r.uniform(0.00001, 0.0001)),
                    "info",
                    "tailer.go:174",
                    "skipping update of position for a file which does not currently exist",
                    "skipping update of position for a file which does not currently exist",
                    pre=TL,
                    post=[("path", path)],
                )
            t = L(
                n,
                t + sec(r.uniform(0.00002, 0.0003)),
                "info",
                "tailer.go:164",
                "tail routine: tail channel closed, stopping tailer",
                "tail routine: tail channel closed, stopping tailer",
                pre=TL,
                post=[("path", path), ("reason", "null")],
            )
            t = L(
                n,
                t + sec(r.uniform(0.00001, 0.0001)),
                "info",
                "tailer.go:152",
                "tail routine: exited",
                "tail routine: exited",
                pre=TL,
                post=[("path", path)],
            )
            t = L(
                n,
                t + sec(r.uniform(0.00001, 0.0002)),
                "info",
                "tailer.go:242",
                "stopped tailing file",
                "stopped tailing file",
                pre=TL,
                post=[("path", path)],
            )
        return L(
            n,
            t + sec(r.uniform(0.00001, 0.0001)),
            "info",
            "filetarget.go:169",
            "filetarget: watcher closed, tailer stopped, positions saved",
            "filetarget: watcher closed, tailer stopped, positions saved",
            post=[("path", pod["glob"])],
        )

    # (pod, start, end): start before T0 = already there, end None = still there at 12:00
    lives: list[tuple[dict, datetime, datetime | None]] = []
    for n in nodes:
        for ns, app, cont in [
            ("ingress-nginx", "ingress-nginx", "controller"),
            ("kube-system", "kube-proxy", "kube-proxy"),
            ("monitoring", "node-exporter", "node-exporter"),
            ("kube-system", "aws-node", "aws-node"),
        ]:
            name = (
                f"{app}-{pt_suffix(r, 5)}"
                if app != "ingress-nginx"
                else f"ingress-nginx-controller-6d9f8c7b5-{pt_suffix(r, 5)}"
            )
            lives.append((new_pod(ns, name, app, cont, n), T0 - sec(86400), None))
    lives.append(
        (
            new_pod(
                "payments",
                f"payments-api-84c6d9f7b8-{pt_suffix(r, 5)}",
                "payments-api",
                "api",
                nodes[0],
            ),
            T0 - sec(86400),
            None,
        )
    )
    etl = new_pod(
        "data", f"etl-worker-5b7d8c9f44-{pt_suffix(r, 5)}", "etl-worker", "worker", nodes[1]
    )
    lives.append((etl, T0 - sec(7200), at(10, 41, 31)))
    etl2 = new_pod(
        "data", f"etl-worker-5b7d8c9f44-{pt_suffix(r, 5)}", "etl-worker", "worker", nodes[2]
    )
    lives.append((etl2, at(10, 41, 33), None))
    # the search-api rollout: six old pods replaced two at a time
    old_rs, new_rs = "7c9d6b5f4d", "5f8b9c7d6c"
    for k in range(6):
        n = nodes[k % 3]
        t_new = at(9, 5, 2) + sec(40 * (k // 2) + r.uniform(0, 6))
        lives.append(
            (
                new_pod(
                    "search",
                    f"search-api-{old_rs}-{pt_suffix(r, 5)}",
                    "search-api",
                    "search-api",
                    n,
                ),
                T0 - sec(40000),
                t_new + sec(r.uniform(31, 38)),
            )
        )
        lives.append(
            (
                new_pod(
                    "search",
                    f"search-api-{new_rs}-{pt_suffix(r, 5)}",
                    "search-api",
                    "search-api",
                    n,
                ),
                t_new,
                None,
            )
        )
    # the CronJobs' pods, pruned when the fourth newer job of the same CronJob is created
    for ns, cj, period in PT_CRON:
        runs = []
        t = at(4, 0)
        while t < T_END:
            runs.append(t)
            t += sec(period)
        for i, t in enumerate(runs):
            mins = int(t.timestamp() // 60)
            n = r.choice(nodes)
            pod = new_pod(ns, f"{cj}-{mins}-{pt_suffix(r, 5)}", cj, cj, n)
            end = runs[i + 3] + sec(r.uniform(1.2, 3.5)) if i + 3 < len(runs) else None
            if end is not None and end < T0:
                continue
            if r.random() < 0.25:
                pod["gone"] = ["0.log"]
            lives.append((pod, t + sec(r.uniform(1.5, 4.0)), end))

    restart = {nodes[0]: at(11, 10, 5), nodes[1]: at(11, 10, 51), nodes[2]: at(11, 11, 38)}
    back = {n: restart[n] + sec(r.uniform(6, 9)) for n in nodes}

    def in_gap(n: str, t: datetime) -> bool:
        return restart[n] - sec(0.5) <= t < back[n] + sec(1)

    for pod, a, b in lives:
        n = pod["node"]
        if a >= T0:
            a2 = back[n] + sec(r.uniform(1.5, 3)) if in_gap(n, a) else a
            if b is None or a2 < b:
                add_target(pod, a2, 0)
        if b is not None and T0 <= b < T_END and not in_gap(n, b) and pod is not etl:
            remove_target(pod, b)

    # the crash-looping ETL worker: a new log file per restart, the kubelet removing all but two
    crash = [
        at(10, 31, 0),
        at(10, 31, 12),
        at(10, 31, 35),
        at(10, 32, 18),
        at(10, 33, 40),
        at(10, 36, 22),
        at(10, 41, 5),
    ]
    node = etl["node"]
    for k, t in enumerate(crash, 1):
        f = f"{k}.log"
        path = f"{etl['dir']}/{f}"
        tt = L(
            node,
            t + sec(r.uniform(0.6, 1.4)),
            "info",
            "filetargetmanager.go:181",
            "received file watcher event",
            "received file watcher event",
            post=[("name", path), ("op", "CREATE")],
        )
        tt = L(
            node,
            tt + sec(r.uniform(0.0001, 0.001)),
            "info",
            "tailer.go:145",
            "tail routine: started",
            "tail routine: started",
            pre=TL,
            post=[("path", path)],
        )
        L(
            node,
            tt + sec(0.00008),
            "info",
            "log.go:168",
            "Seeked %s - %+v",
            f"Seeked {path} - &{{Offset:0 Whence:0}}",
        )
        etl["files"].append(f)
        if k >= 2:
            old = etl["files"][k - 2]
            opath = f"{etl['dir']}/{old}"
            tg = L(
                node,
                t + sec(r.uniform(1.5, 3.0)),
                "info",
                "log.go:168",
                "Re-opening moved/deleted file %s ...",
                f"Re-opening moved/deleted file {opath} ...",
            )
            L(
                node,
                tg + sec(0.00005),
                "info",
                "log.go:168",
                "Waiting for %s to appear...",
                f"Waiting for {opath} to appear...",
            )
            etl["gone"].append(old)
            tick = tg + sec(r.uniform(1, 10))
            while tick < at(10, 41, 30):
                L(
                    node,
                    tick,
                    "info",
                    "tailer.go:174",
                    "skipping update of position for a file which does not currently exist",
                    "skipping update of position for a file which does not currently exist",
                    pre=TL,
                    post=[("path", opath)],
                )
                tick += sec(10 + r.uniform(-0.002, 0.002))
    remove_target(etl, at(10, 41, 31))

    # kubelet's rotation of the busiest containers' logs
    for pod, _a, _b in lives:
        if pod["files"] != ["0.log"] or pod is etl:
            continue
        busy = {"controller": 1500, "api": 2700}.get(pod["dir"].rsplit("/", 1)[1])
        if not busy:
            continue
        n = pod["node"]
        t = T0 + sec(r.uniform(0, busy))
        prev = None
        while t < T_END:
            if not in_gap(n, t):
                rot = f"0.log.{t:%Y%m%d-%H%M%S}"
                tt = L(
                    n,
                    t,
                    "info",
                    "filetargetmanager.go:181",
                    "received file watcher event",
                    "received file watcher event",
                    post=[("name", f"{pod['dir']}/{rot}"), ("op", "CREATE")],
                )
                tt = L(
                    n,
                    tt + sec(r.uniform(0.0005, 0.004)),
                    "info",
                    "filetargetmanager.go:181",
                    "received file watcher event",
                    "received file watcher event",
                    post=[("name", f"{pod['dir']}/0.log"), ("op", "CREATE")],
                )
                tt = L(
                    n,
                    tt + sec(r.uniform(0.05, 0.25)),
                    "info",
                    "log.go:168",
                    "Re-opening moved/deleted file %s ...",
                    f"Re-opening moved/deleted file {pod['dir']}/0.log ...",
                )
                tt = L(
                    n,
                    tt + sec(r.uniform(0.0002, 0.002)),
                    "info",
                    "log.go:168",
                    "Successfully reopened %s",
                    f"Successfully reopened {pod['dir']}/0.log",
                )
                if prev:
                    L(
                        n,
                        tt + sec(r.uniform(8, 12)),
                        "info",
                        "filetargetmanager.go:181",
                        "received file watcher event",
                        "received file watcher event",
                        post=[("name", f"{pod['dir']}/{prev}.gz"), ("op", "CREATE")],
                    )
                prev = rot
            t += sec(busy * r.uniform(0.8, 1.25))

    # the client: Loki's write path down, then the tenant's ingestion rate limit
    CL = [("component", "client"), ("host", PT_LOKI)]

    def batches(n: str, a: datetime, b: datetime, err_at, status_at) -> None:
        t = a + sec(r.uniform(0.2, 1.1))
        while t < b:
            tries = 0
            while True:
                if t >= b:
                    break
                st, err = status_at(t), err_at(t)
                if tries == 10:
                    L(
                        n,
                        t,
                        "error",
                        "client.go:430",
                        "final error sending batch",
                        "final error sending batch",
                        pre=CL,
                        post=[("status", st), ("tenant", ""), ("error", err)],
                    )
                    t += sec(r.uniform(0.5, 1.5))
                    break
                L(
                    n,
                    t,
                    "warn",
                    "client.go:419",
                    "error sending batch, will retry",
                    "error sending batch, will retry",
                    pre=CL,
                    post=[("status", st), ("tenant", ""), ("error", err)],
                )
                d = min(300.0, 0.5 * 2**tries)
                t += sec(r.uniform(d * 0.5, d))
                tries += 1

    def loki_err(t: datetime) -> str:
        if t < at(8, 44, 10):
            return "server returned HTTP status 502 Bad Gateway (502): <html>"
        ip = r.choice(["10.42.3.61:9095", "10.42.1.77:9095"])
        return f"server returned HTTP status 500 Internal Server Error (500): at least 2 live replicas required, could only find 1 - unhealthy instances: {ip}"

    def loki_status(t: datetime) -> int:
        return 502 if t < at(8, 44, 10) else 500

    for n in nodes:
        batches(n, at(8, 40, 21), at(8, 51, 38), loki_err, loki_status)
    rate = "server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest '{}' lines totaling '{}' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"
    for n, (a, b) in [
        (nodes[1], (at(10, 32, 40), at(10, 39, 50))),
        (nodes[0], (at(10, 34, 5), at(10, 37, 30))),
    ]:
        batches(
            n,
            a,
            b,
            lambda t: rate.format(r.randint(4000, 9800), r.randint(1_040_000, 1_048_570)),
            lambda t: 429,
        )

    # the DaemonSet rolled: every target stopped and added again from its saved position
    for n in nodes:
        t = L(
            n,
            restart[n],
            "info",
            "signals.go:55",
            "=== received SIGINT/SIGTERM ===\\n*** exiting",
            "=== received SIGINT/SIGTERM ===\n*** exiting",
        )
        cut = restart[n] - sec(0.5)
        stopped = [
            (p, b)
            for p, a, b in lives
            if p["node"] == n and p is not etl and a < cut and (b is None or b >= cut)
        ]
        r.shuffle(stopped)
        for pod, _b in stopped:
            t = remove_target(pod, t + sec(r.uniform(0.0005, 0.01)), stopping=True)
        alive = [p for p, b in stopped if b is None or b >= back[n] + sec(1)]
        t = back[n]
        t = L(
            n,
            t,
            "info",
            "main.go:174",
            "Starting Promtail",
            "Starting Promtail",
            post=[("version", "(version=2.9.8, branch=HEAD, revision=d2ce8a9a6)")],
        )
        t = L(
            n,
            t + sec(r.uniform(0.01, 0.04)),
            "info",
            "server.go:322",
            "server listening on addresses",
            "server listening on addresses",
            post=[("http", "[::]:3101"), ("grpc", "[::]:9095")],
        )
        t = L(
            n,
            t + sec(r.uniform(0.001, 0.01)),
            "info",
            "promtail.go:133",
            "Reloading configuration file",
            "Reloading configuration file",
            post=[("md5sum", hexid(r, 32))],
        )
        t = L(
            n,
            t + sec(r.uniform(0.001, 0.01)),
            "info",
            "kubernetes.go:331",
            "Using pod service account via in-cluster config",
            "Using pod service account via in-cluster config",
            pre=[
                ("component", "discovery"),
                ("discovery", "kubernetes"),
                ("config", "kubernetes-pods"),
            ],
        )
        t += sec(r.uniform(0.3, 0.9))
        for pod in alive:
            t = add_target(
                pod, t + sec(r.uniform(0.0002, 0.003)), pod["pos"] + r.randint(1000, 500000)
            )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- kapacitor

KP_TASKS = [
    "cpu_alert",
    "mem_alert",
    "disk_alert",
    "swap_alert",
    "net_errors",
    "deadman_telegraf",
    "http_5xx_rate",
    "api_latency_p99",
    "queue_depth",
    "db_conn_pool",
    "cert_expiry",
    "daily_report",
]
KP_BATCH = ["api_latency_p99", "queue_depth", "db_conn_pool"]
KP_UUID_EPOCH = datetime(1582, 10, 15, tzinfo=UTC)


def lfk(v: object) -> str:
    """A value as Kapacitor's own logfmt encoder writes it: quoted only for a blank, a `"` or a
    control character (`uri=/write?db=telegraf&rp=autogen` stays bare)."""
    s = str(v)
    if not any(c in ' "' or ord(c) < 0x20 for c in s):
        return s
    return lf(s)


def uuid1(t: datetime, clock_seq: int) -> str:
    """A version-1 UUID as Kapacitor's request ids are (its node field zero)."""
    ts = int((t - KP_UUID_EPOCH).total_seconds() * 10_000_000) + (t.microsecond * 31) % 10
    low, mid, hi = ts & 0xFFFFFFFF, (ts >> 32) & 0xFFFF, (ts >> 48) & 0x0FFF
    return f"{low:08x}-{mid:04x}-1{hi:03x}-{clock_seq:04x}-000000000000"


def kapacitor(r: random.Random) -> list[Log]:
    """One Kapacitor 1.7.4 beside InfluxDB 1.8 and Chronograf, 06:00 to 12:00: started after a
    host reboot at 06:00, the health check and Telegraf's kapacitor input every 30 s,
    a Slack webhook revoked 07:15-07:58, InfluxDB restarting 08:30-08:35, a new disk task whose
    lambda names a field its query renames (09:40, fixed 11:05), a restart at 10:30 for an SMTP
    change."""
    fs = Files()
    seq = {"cs": 0x8000 | r.getrandbits(14)}

    def K(
        t: datetime, lvl: str, label: str, msg: str, fields: list[tuple[str, object]]
    ) -> datetime:
        return fs.add(
            "kapacitor.log",
            t,
            label,
            lambda x: [
                f"ts={msz(x)} lvl={lvl} msg={lfk(msg)} "
                + " ".join(f"{k}={lfk(v)}" for k, v in fields)
            ],
            "kapacitord",
            1000,
        )

    def http(
        t: datetime, host: str, method: str, uri: str, status: int, ua: str, took: float
    ) -> None:
        def text(x: datetime) -> list[str]:
            st = x - sec(took)
            fields = [
                ("service", "http"),
                ("host", host),
                ("username", "-"),
                ("start", usz(st)),
                ("method", method),
                ("uri", uri),
                ("protocol", "HTTP/1.1"),
                ("status", status),
                ("referer", "-"),
                ("user-agent", ua),
                ("request-id", uuid1(st, seq["cs"])),
                ("duration", go_dur(took)),
            ]
            return [
                f'ts={msz(x)} lvl=info msg="http request" '
                + " ".join(f"{k}={lfk(v)}" for k, v in fields)
            ]

        fs.add("kapacitor.log", t, "http request", text, "kapacitord", 1000)

    def startup(t: datetime, tasks: list[str]) -> datetime:
        seq["cs"] = 0x8000 | r.getrandbits(14)
        t = K(
            t,
            "info",
            "kapacitor starting",
            "kapacitor starting",
            [
                ("service", "run"),
                ("version", "1.7.4"),
                ("branch", "HEAD"),
                ("commit", "1c2ef5e8b2ba3d3a53e5b6c8c0b9a6bd4df8e6d1"),
            ],
        )
        t = K(
            t + sec(0.0004),
            "info",
            "go version",
            "go version",
            [("service", "run"), ("version", "go1.21.9")],
        )
        t = K(
            t + sec(0.02),
            "info",
            "listing Kapacitor hostname",
            "listing Kapacitor hostname",
            [("source", "srv"), ("hostname", "kapacitor-01")],
        )
        t = K(
            t + sec(0.0006),
            "info",
            "listing ClusterID and ServerID",
            "listing ClusterID and ServerID",
            [
                ("source", "srv"),
                ("cluster_id", "4f8a2c91-7d3e-4b6a-9e15-0c2d8f7a3b64"),
                ("server_id", "b2e7d6c4-1a9f-4e3b-8c5d-6f0a2b9e7c13"),
            ],
        )
        t = K(
            t + sec(0.001),
            "info",
            "opened task master",
            "opened task master",
            [("service", "kapacitor"), ("task_master", "main")],
        )
        for db in ["telegraf.autogen", "apps.autogen"]:
            t = K(
                t + sec(r.uniform(0.01, 0.05)),
                "info",
                "started listening on UDP",
                "started listening on UDP",
                [
                    ("service", "influxdb"),
                    ("cluster", "default"),
                    ("listener_id", f"udp:{db}"),
                    ("address", f"[::]:{r.randint(33000, 60999)}"),
                ],
            )
            t = K(
                t + sec(0.0003),
                "info",
                "started UDP listener",
                "started UDP listener",
                [("service", "influxdb"), ("cluster", "default"), ("dbrp", db)],
            )
        for task in tasks:
            t = K(
                t + sec(r.uniform(0.002, 0.03)),
                "info",
                "started task",
                "started task",
                [("service", "kapacitor"), ("task_master", "main"), ("task", task)],
            )
        t = K(
            t + sec(0.01),
            "info",
            "starting HTTP service",
            "starting HTTP service",
            [("service", "http")],
        )
        t = K(
            t + sec(0.0002),
            "info",
            "authentication",
            "authentication",
            [("service", "http"), ("enabled", "false")],
        )
        t = K(
            t + sec(0.0003),
            "info",
            "listening on",
            "listening on",
            [("service", "http"), ("addr", "[::]:9092"), ("protocol", "http")],
        )
        return K(
            t + sec(0.002),
            "info",
            "listening for signals",
            "listening for signals",
            [("service", "run")],
        )

    def shutdown(t: datetime, tasks: list[str]) -> datetime:
        t = K(
            t,
            "info",
            "signal received, initializing clean shutdown...",
            "signal received, initializing clean shutdown...",
            [("service", "run")],
        )
        t = K(
            t + sec(0.0002),
            "info",
            "waiting for clean shutdown...",
            "waiting for clean shutdown...",
            [("service", "run")],
        )
        t = K(
            t + sec(0.003),
            "info",
            "closed HTTP service",
            "closed HTTP service",
            [("service", "http")],
        )
        for task in tasks:
            t = K(
                t + sec(r.uniform(0.001, 0.02)),
                "info",
                "stopped task",
                "stopped task",
                [("service", "kapacitor"), ("task_master", "main"), ("task", task)],
            )
        for db in ["telegraf.autogen", "apps.autogen"]:
            t = K(
                t + sec(r.uniform(0.001, 0.005)),
                "info",
                "closed service",
                "closed service",
                [("service", "influxdb"), ("cluster", "default"), ("listener_id", f"udp:{db}")],
            )
        t = K(
            t + sec(0.002),
            "info",
            "closed task master",
            "closed task master",
            [("service", "kapacitor"), ("task_master", "main")],
        )
        return K(
            t + sec(0.001),
            "info",
            "server shutdown completed",
            "server shutdown completed",
            [("service", "run")],
        )

    boot = at(6, 0, 3.4)
    restart = at(10, 30, 14)
    back = restart + sec(r.uniform(4, 6))
    startup(boot, KP_TASKS)
    shutdown(restart, [*KP_TASKS, "disk_alert_v2"])
    startup(back, sorted([*KP_TASKS, "disk_alert_v2"]))

    def up(t: datetime) -> bool:
        return not (restart - sec(0.5) <= t < back + sec(0.5)) and t > boot + sec(0.2)

    # the container's health check and Telegraf's kapacitor input
    t = boot + sec(r.uniform(20, 30))
    while t < T_END:
        if up(t):
            http(
                t,
                "127.0.0.1",
                "GET",
                "/kapacitor/v1/ping",
                204,
                "curl/7.88.1",
                r.uniform(0.00003, 0.00009),
            )
        t += sec(30 + r.uniform(0, 0.05))
    t = T0 + sec(r.uniform(0, 60))
    while t < T_END:
        if up(t):
            http(
                t,
                "10.0.2.15",
                "GET",
                "/kapacitor/v1/debug/vars",
                200,
                "Telegraf/1.30.3 Go/1.22.2",
                r.uniform(0.0011, 0.0042),
            )
        t += sec(30 + r.uniform(-0.01, 0.01))

    # Chronograf's pages and changes, through its proxy
    tasks_q = "/kapacitor/v1/tasks?dot-view=attributes&fields=type&fields=status&fields=executing&fields=dbrps&limit=100&offset=0&pattern=&replay-id=&script-format=formatted"
    cg = "Go-http-client/1.1"
    for base, extra in [
        (at(7, 21, 40), [("GET", "/kapacitor/v1/config/slack/", 200)]),
        (
            at(7, 57, 35),
            [
                ("POST", "/kapacitor/v1/config/slack/", 204),
                ("POST", "/kapacitor/v1/service-tests/slack", 200),
            ],
        ),
        (
            at(9, 40, 5),
            [
                ("POST", "/kapacitor/v1/tasks", 200),
                ("PATCH", "/kapacitor/v1/tasks/disk_alert_v2", 200),
            ],
        ),
        (
            at(10, 12, 30),
            [
                (
                    "GET",
                    "/kapacitor/v1/tasks/disk_alert_v2?dot-view=attributes&script-format=formatted",
                    200,
                )
            ],
        ),
        (
            at(11, 4, 51),
            [
                (
                    "GET",
                    "/kapacitor/v1/tasks/disk_alert_v2?dot-view=attributes&script-format=formatted",
                    200,
                ),
                ("PATCH", "/kapacitor/v1/tasks/disk_alert_v2", 200),
            ],
        ),
    ]:
        t = base
        http(t, "10.0.2.20", "GET", "/kapacitor/v1/ping", 204, cg, r.uniform(0.00004, 0.0001))
        t += sec(r.uniform(0.05, 0.2))
        http(t, "10.0.2.20", "GET", tasks_q, 200, cg, r.uniform(0.002, 0.009))
        for m, uri, st in extra:
            t += sec(r.uniform(4, 40))
            http(t, "10.0.2.20", m, uri, st, cg, r.uniform(0.0008, 0.02))
            t += sec(r.uniform(0.05, 0.3))
            http(t, "10.0.2.20", "GET", tasks_q, 200, cg, r.uniform(0.002, 0.009))

    # alert events while the Slack webhook was revoked
    for t in expo(r, at(7, 15, 30), at(7, 57, 40), 95):
        if up(t):
            K(
                t,
                "error",
                "failed to send event to Slack",
                "failed to send event to Slack",
                [
                    ("service", "slack"),
                    (
                        "task",
                        r.choice(
                            ["cpu_alert", "cpu_alert", "mem_alert", "http_5xx_rate", "net_errors"]
                        ),
                    ),
                    ("err", "failed to understand Slack response. code: 404 content: no_service"),
                ],
            )

    # InfluxDB restarting: the batch tasks' queries refused
    for task in KP_BATCH:
        off = r.uniform(0, 60)
        t = at(8, 30, 0) + sec(off)
        while t < at(8, 34, 41):
            if t > at(8, 30, 11):
                K(
                    t,
                    "error",
                    "error executing query",
                    "error executing query",
                    [
                        ("service", "kapacitor"),
                        ("task_master", "main"),
                        ("task", task),
                        ("node", "query1"),
                        (
                            "err",
                            'Post "http://influxdb:8086/query?chunked=true&db=&epoch=ns&rp=": dial tcp 172.20.0.3:8086: connect: connection refused',
                        ),
                    ],
                )
            t += sec(60 + r.uniform(-0.01, 0.01))

    # disk_alert_v2: `"used_percent" > 90` over a query that selects `mean(used_percent) AS used`
    t = at(9, 41, 0) + sec(0.08)
    hosts = ["app-01", "app-02", "db-01", "db-02"]
    while t < at(11, 5, 3):
        if up(t):
            tt = t
            for _host in hosts:  # one group per host, evaluated at each level
                for level in ["CRITICAL", "WARNING"]:
                    tt = K(
                        tt + sec(r.uniform(0.0001, 0.0015)),
                        "error",
                        "error evaluating expression for level",
                        "error evaluating expression for level",
                        [
                            ("service", "kapacitor"),
                            ("task_master", "main"),
                            ("task", "disk_alert_v2"),
                            ("node", "alert4"),
                            ("err", "no field or tag exists for used_percent"),
                            ("level", level),
                        ],
                    )
        t += sec(60 + r.uniform(-0.005, 0.005))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- blackbox

BB_TARGETS = [
    # module, target, host, ip, extra
    ("http_2xx", "https://www.example.com", "www.example.com", "93.184.215.14", ""),
    ("http_2xx", "http://www.example.com", "www.example.com", "93.184.215.14", "redirect"),
    ("http_2xx", "https://api.example.com/healthz", "api.example.com", "198.51.100.20", "api"),
    ("http_2xx", "https://legacy.example.com", "legacy.example.com", "203.0.113.40", "cert"),
    ("http_2xx", "https://shop.example.com/health", "shop.example.com", "198.51.100.35", ""),
    (
        "http_2xx",
        "https://status.partner-bank.example/",
        "status.partner-bank.example",
        "192.0.2.80",
        "dns",
    ),
    ("icmp", "10.20.0.1", "10.20.0.1", "10.20.0.1", ""),
    ("icmp", "10.40.0.1", "10.40.0.1", "10.40.0.1", "branch"),
    ("icmp", "192.0.2.10", "192.0.2.10", "192.0.2.10", ""),
    ("icmp", "gw.example.net", "gw.example.net", "198.51.100.1", ""),
    ("icmp", "10.30.0.1", "10.30.0.1", "10.30.0.1", ""),
]


def blackbox(r: random.Random) -> list[Log]:
    """Two blackbox_exporter 0.25 instances (Frankfurt, Amsterdam) probing eleven targets every
    30 s with `--log.prober=warn`, 06:00 to 12:00: legacy.example.com's certificate expired at
    midnight (renewed 07:12), the API 503 then refusing 08:20-08:32, a new target at 08:05 (both
    reload), a typo in a reload at 09:40 on ams1 (fixed 09:43), fra1 with `--log.prober=info`
    09:10-09:17, the branch router timing out from Amsterdam 10:00-10:45, the partner's DNS
    failing 11:05-11:20."""
    fs = Files()
    files = {"fra1": "blackbox-fra1.log", "ams1": "blackbox-ams1.log"}

    def B(
        e: str,
        t: datetime,
        caller: str,
        lvl: str,
        label: str,
        msg: str | None,
        ctx: tuple[str, str] | None = None,
        post: list[tuple[str, object]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            parts = [f"ts={msz(x)}", f"caller={caller}"]
            if ctx:
                parts += [f"module={ctx[0]}", f"target={lf(ctx[1])}"]
            parts.append(f"level={lvl}")
            if msg is not None:
                parts.append(f"msg={lf(msg)}")
            parts += [f"{k}={lf(v)}" for k, v in post or []]
            return [" ".join(parts)]

        return fs.add(files[e], t, label, text, e, 1000)

    def start(e: str, t: datetime) -> datetime:
        t = B(
            e,
            t,
            "main.go:91",
            "info",
            "Starting blackbox_exporter",
            "Starting blackbox_exporter",
            post=[
                (
                    "version",
                    "(version=0.25.0, branch=HEAD, revision=ef3ff4fef195333fb8ee0039fb487b2f5007908f)",
                )
            ],
        )
        t = B(
            e,
            t + sec(0.0002),
            "main.go:92",
            "info",
            "build_context=%s",
            None,
            post=[
                (
                    "build_context",
                    "(go=go1.22.2, platform=linux/amd64, user=root@47d5b0d99f18, date=20240409-12:58:13, tags=unknown)",
                )
            ],
        )
        t = B(e, t + sec(0.002), "main.go:104", "info", "Loaded config file", "Loaded config file")
        t = B(
            e,
            t + sec(0.0008),
            "tls_config.go:313",
            "info",
            "Listening on",
            "Listening on",
            post=[("address", "[::]:9115")],
        )
        return B(
            e,
            t + sec(0.0001),
            "tls_config.go:316",
            "info",
            "TLS is disabled.",
            "TLS is disabled.",
            post=[("http2", "false"), ("address", "[::]:9115")],
        )

    PC = "handler.go:194"
    info_win = (at(9, 10, 4.37), at(9, 17, 12.81))
    fra_back = info_win[0] + sec(1.1)
    fra_warn = info_win[1] + sec(1.3)
    B(
        "fra1",
        info_win[0],
        "main.go:246",
        "info",
        "Received SIGTERM, exiting gracefully...",
        "Received SIGTERM, exiting gracefully...",
    )
    start("fra1", fra_back)
    B(
        "fra1",
        info_win[1],
        "main.go:246",
        "info",
        "Received SIGTERM, exiting gracefully...",
        "Received SIGTERM, exiting gracefully...",
    )
    start("fra1", fra_warn)
    for e in ["fra1", "ams1"]:
        B(
            e,
            at(8, 5, 31) + sec(r.uniform(0, 2)),
            "main.go:141",
            "info",
            "Reloaded config file",
            "Reloaded config file",
        )
    B(
        "ams1",
        at(9, 40, 17.5),
        "main.go:138",
        "error",
        "Error reloading config",
        "Error reloading config",
        post=[
            (
                "err",
                "error parsing config file: yaml: unmarshal errors:\n  line 41: field tls_conifg not found in type config.plain",
            )
        ],
    )
    B("ams1", at(9, 43, 2.2), "main.go:141", "info", "Reloaded config file", "Reloaded config file")

    def verbose(e: str, t: datetime) -> bool:
        return e == "fra1" and fra_back < t < info_win[1]

    def gap(e: str, t: datetime) -> bool:
        return e == "fra1" and (
            info_win[0] <= t < fra_back + sec(0.5) or info_win[1] <= t < fra_warn + sec(0.5)
        )

    def probe(e: str, t: datetime, tg: tuple) -> None:
        module, target, host, ip, extra = tg
        ctx = (module, target)
        v = verbose(e, t)
        lines: list[tuple[float, str, str, list]] = []  # offset (s), level, message, fields
        clock = [0.0]

        def log(lvl: str, msg: str, post: list | None = None, at_s: float | None = None) -> None:
            clock[0] = at_s if at_s is not None else clock[0] + r.uniform(0.00005, 0.0008)
            if v or lvl in ("warn", "error"):
                lines.append((clock[0], lvl, msg, post or []))

        timeout = 9.5
        log(
            "info",
            "Beginning probe",
            [("probe", "http" if module == "http_2xx" else "icmp"), ("timeout_seconds", timeout)],
            0.0,
        )
        log("info", "Resolving target address", [("target", host), ("ip_protocol", "ip4")])
        ok = True
        if extra == "dns" and at(11, 5, 10) <= t < at(11, 20, 4):
            err = f"lookup {host} on 10.0.0.2:53: no such host"
            log(
                "error",
                "Resolution with IP protocol failed",
                [("target", host), ("err", err)],
                clock[0] + r.uniform(0.003, 0.02),
            )
            log("error", "Error resolving address", [("err", err)])
            ok = False
        elif module == "http_2xx":
            log(
                "info",
                "Resolved target address",
                [("target", host), ("ip", ip)],
                clock[0] + r.uniform(0.0005, 0.012),
            )
            path = target.split("/", 3)[3] if target.count("/") >= 3 else ""
            scheme = target.split(":")[0]
            url = f"{scheme}://{ip}" + (f"/{path}" if path else "")
            hops = [(url, host, scheme == "https")]
            if extra == "redirect":
                hops.append(("https://www.example.com/", "", True))
            err = None
            status = 200
            if extra == "cert" and t < at(7, 12, 40):
                err = f'Get "{url}": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {t:%Y-%m-%dT%H:%M:%S}Z is after 2024-06-06T23:59:59Z'
            if extra == "api" and at(8, 20, 10) <= t < at(8, 32, 5):
                if t < at(8, 26, 30):
                    status = 503
                else:
                    err = f'Get "{url}": dial tcp {ip}:443: connect: connection refused'
            traces = []
            for k, (u, hh, tls) in enumerate(hops):
                log("info", "Making HTTP request", [("url", u), ("host", hh)])
                if err:
                    clock[0] += r.uniform(0.005, 0.05)
                    break
                s0 = t + sec(clock[0] + 0.00002)
                dns = s0 + sec(0 if k == 0 else r.uniform(0.001, 0.004))
                conn = dns + sec(r.uniform(0.004, 0.02))
                got = conn + sec(r.uniform(0.01, 0.03) if tls else 0.00002)
                resp = got + sec(r.uniform(0.02, 0.12))
                traces.append((s0, dns, conn, got, resp, tls))
                clock[0] = (resp - t).total_seconds()
                if k + 1 < len(hops):
                    log("info", "Received redirect", [("location", hops[k + 1][0])])
            if err:
                log("error", "Error for HTTP request", [("err", err)])
                ok = False
            else:
                log("info", "Received HTTP response", [("status_code", status)])
                if status != 200:
                    log(
                        "info",
                        "Invalid HTTP response status code, wanted 2xx",
                        [("status_code", status)],
                    )
                    ok = False
                end = t + sec(clock[0] + r.uniform(0.0002, 0.003))
                clock[0] = (end - t).total_seconds()
                zero = "0001-01-01T00:00:00Z"
                for k, (s0, dns, conn, got, resp, tls) in enumerate(traces):
                    post = [
                        ("roundtrip", k),
                        ("start", gonano(s0)),
                        ("dnsDone", gonano(dns)),
                        ("connectDone", gonano(conn)),
                        ("gotConn", gonano(got)),
                        ("responseStart", gonano(resp)),
                    ]
                    post += [
                        ("tlsStart", gonano(conn) if tls else zero),
                        ("tlsDone", gonano(got) if tls else zero),
                    ]
                    post.append(("end", gonano(end) if k == len(traces) - 1 else zero))
                    log("info", "Response timings for roundtrip", post)
        else:
            log(
                "info",
                "Resolved target address",
                [("target", host), ("ip", ip)],
                clock[0] + r.uniform(0.00002, 0.0002),
            )
            log("info", "Creating socket")
            log(
                "info",
                "Creating ICMP packet",
                [("seq", r.randint(0, 65535)), ("id", r.randint(1, 65535))],
            )
            log("info", "Writing out packet")
            log("info", "Waiting for reply packets")
            lost = (
                extra == "branch"
                and e == "ams1"
                and at(10, 0, 20) <= t < at(10, 45, 10)
                and r.random() < 0.45
            )
            if lost:
                log(
                    "warn",
                    "Timeout reading from socket",
                    [("err", "read ip4 0.0.0.0: i/o timeout")],
                    timeout + r.uniform(0.0001, 0.002),
                )
                ok = False
            else:
                log("info", "Found matching reply packet", None, clock[0] + r.uniform(0.0008, 0.03))
        dur = clock[0] + r.uniform(0.00002, 0.0002)
        if ok:
            log("info", "Probe succeeded", [("duration_seconds", round(dur, 9))], dur)
        else:
            log("error", "Probe failed", [("duration_seconds", round(dur, 9))], dur)
        for off, lvl, msg, post in lines:
            B(e, t + sec(off), PC, lvl, msg, msg, ctx, post)

    for e in ["fra1", "ams1"]:
        for tg in BB_TARGETS:
            t = T0 + sec(r.uniform(0, 30))
            while t < T_END:
                if not gap(e, t):
                    probe(e, t, tg)
                t += sec(30 + r.uniform(-0.002, 0.002))
    return fs.logs(T0)


SYSTEMS = {
    "pyroscope": pyroscope,
    "zipkin": zipkin,
    "promtail": promtail,
    "kapacitor": kapacitor,
    "blackbox": blackbox,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
