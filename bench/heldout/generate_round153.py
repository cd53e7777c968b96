#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 153 (neon-pageserver, materialize, risingwave, kanidm,
parseable) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five Rust data and identity services, 06:00 to
12:00 on 2024-06-07, four logging through tracing and one through env_logger.

- Neon's pageserver (`pageserver-1.log`, `pageserver-2.log`: stdout of two pageservers,
  tracing-subscriber's `fmt` layer with the target off and ANSI off, `2024-06-07T06:00:01.123456Z
  INFO request{method=GET path=/v1/tenant/... request_id=...}: Handling request`): the control
  plane polling every timeline every 15 minutes (`Handling request` and `Request handled, status:
  200 OK`, a deleted timeline answered `404 Not Found` with `Error processing HTTP request:
  NotFound: ...`), hourly GC (`GC completed removing %d layers, cutoff %s`), the WAL receiver
  (`Switching to new connection candidate: NewWalConnectionCandidate { ... }` and `last_record_lsn
  %s starting replication from %s, safekeeper is at %s...` when a compute wakes up, a lagging
  safekeeper is left, or safekeeper-2 restarts at 08:20 (`Connection aborted: error communicating
  with the server: Connection reset by peer (os error 104)`)), a full disk on pageserver-1 at
  07:40 (`Compaction failed %d times, retrying in %s: ...` with anyhow's `{:?}`: `Caused by:` and
  the numbered causes on the lines after it), the MinIO bucket unreachable 09:10-09:13 (`failed to
  perform remote task UploadLayer(...), will retry (attempt %d): ...` at INFO with `{:#}` for
  three attempts, then at WARN with `{:?}` over several lines, `remote task %s completed
  successfully after %d retries`), pageserver-2 restarted at 10:40 (`Got SIGTERM. Terminating
  gracefully in fast shutdown mode`, `Shut down successfully completed`, `version: ...`,
  `launch_timestamp: ...`, the listeners, `Attaching %d tenants at startup, warming up %d
  concurrently`, the storage controller's `PUT .../location_config` calls).
- Materialize (`environmentd-0.log`, `cluster-u1-replica-u1-gen-1-0.log`: the pods' stderr,
  tracing-subscriber's `fmt` layer with targets and ANSI off). The brief's system, kept: its
  steady state at INFO is quiet, so the run is its incidents: clusterd of replica u1 killed for
  memory at 07:55 and 11:05 (environmentd's `replica task failed: status: Unavailable, ...`,
  `starting replica task` and, every second after five quiet attempts, `error connecting to
  replica: transport error: ...`; clusterd's `booting` with its diagnostics fields and its three
  listeners), the metadata PostgreSQL restarted 10:20-10:26 (persist's `external operation %s
  failed, retrying in %s: indeterminate: ...` from every shard's consensus call in both processes,
  `Connection refused` and then `the database system is starting up`), and environmentd
  redeployed at 09:40 (`booting`, `determined value for enable_0dt_deployment system parameter`,
  the `startup: envd serve: ... beginning` / `... complete in %s` steps, `starting replica task`
  for every replica).
- RisingWave 1.9 (`risingwave-meta-0.log`, `risingwave-compute-0.log`, `risingwave-compute-1.log`,
  `risingwave-compactor-0.log`: stdout, tracing-subscriber's full `fmt` layer with
  `OffsetTime::local_rfc_3339()` in UTC, nanoseconds): the compactor's `Ready to handle task: %d
  compact_task_statistics ...` and `Finished compaction task in %sms: Compaction task id: ...`
  every half minute, each message ending in the task's levels or output SSTs on lines of their own
  and a blank line, failing while MinIO is slow 10:05-10:12 (`Compaction task %d failed with
  error` with `error=`, `status: ExecuteFailed`); Kafka broker kafka-1 restarted at 07:20
  (librdkafka's `FAIL` lines through the `librdkafka` target on both compute nodes); compute-1's
  node lost at 08:31 (meta's `recovery start!` in the `failure_recovery{error=...}` span, `reset
  compute nodes failed` while the worker is still registered, then `waiting for new workers to
  join, elapsed: %ds` every 100 ms until the rescheduled compute node registers, `recovery
  success`; compute-1's start-up: the unstamped `opentelemetry tracing will be exported to ...`
  println, `Starting compute node`, `> config: RwConfig { ... }`, `> debug assertions: off`, `>
  version: %s (%s)`, the memory outline, `Assigned worker node id %d`).
- Kanidm 1.2 (`idm1-kanidmd.log`, `idm2-kanidmd.log`: `journalctl -u kanidmd` of two servers,
  tracing-forest's pretty trees: `{uuid} {LEVEL:<8} {indent}{line}`, a tree written at once when
  its root span closes): the load balancer's `GET /status` every three minutes (`request [ 244µs |
  100.00% ] method: GET | uri: /status | version: HTTP/1.1` and the response event `ｉ [info]:  |
  latency: ... | status_code: 200 | kopid: "..." | msg: "response sent"`), logins through
  `POST /v1/auth` (`handle_auth [ ... ]` spans, `Initiating Authentication Session`,
  `Handler::Password -> Result::Success`, `Issuing %s session (%s) %s for %s %s`), a password
  spray 09:20-09:35 (`🚨 [error]: Handler::Password -> Result::Denied - incorrect password`,
  `Credentials denied`), OAuth2 token exchanges and userinfo calls from Grafana, Gitea and
  Nextcloud, kanidm-unixd token reads, expired sessions (`🚨 [error]: Invalid identity:
  NotAuthenticated` and `🚧 [warn]:  | ... | msg: "client error"`), idm2 restarted at 10:15
  (`Signal received, shutting down`, `Stopped 🛑 `, `Running in server mode ...`, the DB folder
  warning, `Starting LDAPS interface ldaps://%s ...`, `Created LDAP interface`).
- Parseable 1.0 (`parseable.log`: `kubectl logs` of a standalone pod, env_logger's default
  `[2024-06-07T06:00:01Z INFO  actix_web::middleware::logger] ...`): actix-web's Logger line for
  every request (three Vector agents' `POST /api/v1/ingest`, kubelet's liveness and readiness
  probes, the console's queries, schema and stats reads, a misconfigured agent's 400s), the MinIO
  bucket unreachable 08:40-08:52 (`failed to sync local data with object store. %s` with the
  error's Debug, query 500s), and a restart at 10:30 (actix-server's `SIGTERM received; starting
  graceful shutdown`, `shutting down idle worker`, `accept thread stopped`; the banner written to
  stderr without a stamp: the ASCII art, `Welcome to Parseable Server!`, the `Server:` and
  `Storage:` blocks; `Max priority cannot be set for sync thread. ...`, `starting 4 workers`,
  `Actix runtime found; starting in Actix runtime`, `starting service: ...`).

Label notes. The rules of rounds 51 to 152 hold. tracing's time, level, spans, target and fields
are context: the message is the label, and an `error=` field contributes its format (round 66);
tracing-forest's uuid, level, tree drawing and tag (`ｉ [info]:`, `🚨 [error]:`) are context too.
A tracing-forest span line is the span's record: labelled by the span's name and the printer's
layout (`handle_auth [ %s | %s / %s ]`), except the `request` span, a request record labelled by
method and route (round 54); its response event has no message and is labelled by its fields,
the literal `msg` and the status kept (`latency: %s | status_code: 200 | kopid: %s | msg: "response
sent"`). Neon's `Handling request` and `Request handled, status: %s` and actix-web's Logger line
are request records: labelled by method, route and status. A value that is an error of its own
contributes its format (anyhow's `{:#}` chain on the line; with `{:?}`, its first line, the
`Caused by:` list continuing the event); Debug renderings of structs and enum names
(`NewWalConnectionCandidate { ... }`, `User(1)`, `Success`) are values. A message written with
embedded newlines (RisingWave's compaction reports, Parseable's banner blocks) is one event,
labelled at its first non-blank line. The journal head, env_logger's bracket and an unstamped
println are context or nothing.

Least sure (written from the helper's knowledge; Kanidm's tree layout, tags, auth messages and
main.rs lines, Materialize's serve steps, replica task and persist retry lines and clusterd's
listeners, RisingWave's logger set-up, recovery and compaction messages and the compute start-up,
Parseable's banner, sync warnings and actix Logger use, neon's remote-task retry lines and
UploadOp rendering were checked against copies of their sources): neon's span names for the
upload queue, GC and compaction loops, `Attaching %d tenants at startup, warming up %d
concurrently`, the `version:` line's fields and the exact anyhow contexts of the upload errors;
whether Materialize's `error connecting to replica` waited five attempts before INFO in mid-2024,
the clusterd `booting` fields' values and the persist error texts; RisingWave's memory outline
lines after `>     storage_memory`, the `error=` rendering of its errors and whether `waiting for
new workers to join` still logged every 100 ms in 1.9; Kanidm's span names other than `request`,
the `event_tag_id` values, the response event's field rendering and the LDAPS start-up lines;
Parseable's banner wording in 1.0 and whether crossterm's styles were off in the pod.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records
from generate_round53 import Clock
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, rust_dur


def tr_ts(t: datetime) -> str:
    """tracing-subscriber's default timer: RFC 3339, microseconds, `Z`."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"


def tr_line(t: datetime, level: str, rest: str) -> str:
    """A tracing-subscriber `fmt` line: time, the level right-aligned in five, the rest."""
    return f"{tr_ts(t)} {level:>5} {rest}"


def lsn(n: int) -> str:
    """A PostgreSQL LSN as neon and PostgreSQL print it."""
    return f"{n >> 32:X}/{n & 0xFFFFFFFF:X}"


def chunks(text: str) -> list[str]:
    return text.split("\n")


# ------------------------------------------------------------------------- neon-pageserver

PS_HOSTS = ["pageserver-1", "pageserver-2"]
SK_HOSTS = {
    1: ("safekeeper-1.safekeeper.neon.svc.cluster.local", "eu-central-1a"),
    2: ("safekeeper-2.safekeeper.neon.svc.cluster.local", "eu-central-1b"),
    3: ("safekeeper-3.safekeeper.neon.svc.cluster.local", "eu-central-1c"),
}
NEON_CAUSES = [
    "dispatch failure",
    "io error",
    "error trying to connect: tcp connect error: Connection refused (os error 111)",
    "tcp connect error: Connection refused (os error 111)",
    "Connection refused (os error 111)",
]


def neon_pageserver(r: random.Random) -> list[Log]:
    """Two pageservers with ten tenants each, 06:00 to 12:00: the control plane polling every
    timeline, hourly GC, computes waking up, safekeeper-2 restarted at 08:20, a full disk on
    pageserver-1 at 07:40, the MinIO bucket unreachable 09:10-09:13, a timeline deleted at 09:55
    and still polled, pageserver-2 restarted at 10:40."""
    fs = Files()
    tenants: dict[str, list[dict[str, object]]] = {}
    for h in PS_HOSTS:
        tl = []
        for i in range(10):
            tl.append(
                {
                    "tid": hexid(r, 32),
                    "tlid": hexid(r, 32),
                    "active": i < 6,
                    "sk": r.choice([1, 2, 3]),
                    "lsn": r.randrange(0x1_0000_0000, 0x9_0000_0000),
                    "gc": r.uniform(0, 3600),
                    "poll": r.uniform(0, 900),
                }
            )
        tenants[h] = tl

    def L(
        h: str, t: datetime, level: str, label: str, rest: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [tr_line(x, level, rest), *(more or [])],
            h,
            1,
        )

    def tspan(tn: dict[str, object]) -> str:
        return f"tenant_id={tn['tid']} shard_id=0000 timeline_id={tn['tlid']}"

    def wal_switch(h: str, t: datetime, tn: dict[str, object], reason: str) -> datetime:
        sk = tn["sk"]
        host, az = SK_HOSTS[sk]  # type: ignore[index]
        cand = f'NewWalConnectionCandidate {{ safekeeper_id: NodeId({sk}), wal_source_connconf: PgConnectionConfig {{ host: Domain("{host}"), port: 5454, password: None }}, availability_zone: Some("{az}"), reason: {reason} }}'
        t = L(
            h,
            t,
            "INFO",
            "Switching to new connection candidate: %s",
            f"wal_connection_manager{{{tspan(tn)}}}: Switching to new connection candidate: {cand}",
        )
        tn["lsn"] = int(tn["lsn"]) + r.randrange(0x1000, 0x80000)  # type: ignore[call-overload]
        last = int(tn["lsn"])  # type: ignore[call-overload]
        start = last + (8 - last % 8) % 8
        end = last + r.randrange(0, 0x4000)
        return L(
            h,
            t + sec(r.uniform(0.004, 0.03)),
            "INFO",
            "last_record_lsn %s starting replication from %s, safekeeper is at %s...",
            f"wal_connection_manager{{{tspan(tn)}}}:connection{{node_id={sk}}}: last_record_lsn {lsn(last)} starting replication from {lsn(start)}, safekeeper is at {lsn(end)}...",
        )

    def http(
        h: str, t: datetime, method: str, path: str, route: str, status: str, err: str | None = None
    ) -> None:
        span = f"request{{method={method} path={path} request_id={uuid4(r)}}}"
        t = L(h, t, "INFO", f"Handling request {method} {route}", f"{span}: Handling request")
        if err is not None:
            t = L(
                h,
                t + sec(r.uniform(0.0005, 0.003)),
                "INFO",
                "Error processing HTTP request: NotFound: Timeline %s/%s was not found",
                f"{span}: Error processing HTTP request: NotFound: {err}",
            )
        L(
            h,
            t + sec(r.uniform(0.0008, 0.03)),
            "INFO",
            f"Request handled, status: {status} {method} {route}",
            f"{span}: Request handled, status: {status}",
        )

    down = {"pageserver-2": (at(10, 40, 2), at(10, 40, 11))}

    def is_down(h: str, t: datetime) -> bool:
        a, b = down.get(h, (T_END, T_END))
        return a <= t < b

    deleted = tenants["pageserver-1"][8]
    del_at = at(9, 55, 14)
    for h in PS_HOSTS:
        for tn in tenants[h]:
            # the control plane polls each timeline every 15 minutes
            t = T0 + sec(float(tn["poll"]))  # type: ignore[arg-type]
            while t < T_END:
                if not is_down(h, t):
                    path = f"/v1/tenant/{tn['tid']}/timeline/{tn['tlid']}"
                    if tn is deleted and t >= del_at:
                        http(
                            h,
                            t,
                            "GET",
                            path,
                            "/v1/tenant/%s/timeline/%s",
                            "404 Not Found",
                            f"Timeline {tn['tid']}/{tn['tlid']} was not found",
                        )
                    else:
                        http(h, t, "GET", path, "/v1/tenant/%s/timeline/%s", "200 OK")
                if tn is deleted and del_at <= t < at(10, 30):
                    t += sec(r.uniform(55, 65))
                else:
                    t += sec(900 + r.uniform(-20, 20))
            # GC every hour
            t = T0 + sec(float(tn["gc"]))  # type: ignore[arg-type]
            while t < T_END:
                if not is_down(h, t) and not (tn is deleted and t >= del_at):
                    removed = r.choice([0, 0, 1, 2, 3, 4, 6, 9, 12]) if tn["active"] else 0
                    L(
                        h,
                        t,
                        "INFO",
                        "GC completed removing %d layers, cutoff %s",
                        f"gc_loop{{tenant_id={tn['tid']} shard_id=0000}}:gc_timeline{{timeline_id={tn['tlid']}}}: GC completed removing {removed} layers, cutoff {lsn(int(tn['lsn']) - r.randrange(0x100000, 0x4000000))}",  # type: ignore[call-overload]
                    )
                t += sec(3600 + r.uniform(-5, 5))
            # computes of the idle tenants wake up now and then
            if not tn["active"]:
                for tw in poisson(r, T0, T_END, r.uniform(1800, 4200)):
                    if not is_down(h, tw) and not (tn is deleted and tw >= del_at):
                        tn["sk"] = (
                            r.choice([1, 3]) if at(8, 20) <= tw < at(8, 25) else r.choice([1, 2, 3])
                        )
                        wal_switch(h, tw, tn, "NoExistingConnection")
            else:
                # a lagging safekeeper is left now and then
                for tw in poisson(r, T0, T_END, 9000):
                    if is_down(h, tw) or at(8, 19) <= tw < at(8, 23):
                        continue
                    cur = int(tn["lsn"])  # type: ignore[call-overload]
                    new = r.choice([s for s in (1, 2, 3) if s != tn["sk"]])
                    tn["sk"] = new
                    wal_switch(
                        h,
                        tw,
                        tn,
                        f"LaggingWal {{ current_commit_lsn: {lsn(cur)}, new_commit_lsn: {lsn(cur + r.randrange(0xA00000, 0x3000000))}, threshold: 10485760 }}",
                    )

    # safekeeper-2 restarted at 08:20: its connections are reset, the timelines move away
    for h in PS_HOSTS:
        for tn in tenants[h]:
            if tn["active"] and tn["sk"] == 2 and tn is not deleted:
                t = at(8, 20, 4) + sec(r.uniform(0, 0.4))
                t = L(
                    h,
                    t,
                    "INFO",
                    "Connection aborted: error communicating with the server: Connection reset by peer (os error %d)",
                    f"wal_connection_manager{{{tspan(tn)}}}:connection{{node_id=2}}: Connection aborted: error communicating with the server: Connection reset by peer (os error 104)",
                )
                tn["sk"] = r.choice([1, 3])
                wal_switch(h, t + sec(r.uniform(1.0, 1.4)), tn, "NoExistingConnection")

    # a full disk on pageserver-1 at 07:40: compaction of two tenants fails and backs off
    for tn in tenants["pageserver-1"][:2]:
        t = at(7, 40, r.uniform(0, 30))
        n, wait = 1, 2
        while t < at(7, 56):
            more = [
                "",
                "Caused by:",
                "    0: write image layer",
                "    1: No space left on device (os error 28)",
            ]
            L(
                "pageserver-1",
                t,
                "ERROR",
                "Compaction failed %d times, retrying in %s: create image layers",
                f"compaction_loop{{tenant_id={tn['tid']} shard_id=0000}}: Compaction failed {n} times, retrying in {wait}s: create image layers",
                more,
            )
            t += sec(wait + r.uniform(0.2, 1.5))
            n += 1
            wait = min(wait * 2, 300)

    # the MinIO bucket unreachable 09:10-09:13: uploads retry
    out_a, out_b = at(9, 10, 3), at(9, 13, 11)
    task_id = {h: 4100 + r.randrange(900) for h in PS_HOSTS}
    for h in PS_HOSTS:
        for tn in [x for x in tenants[h] if x["active"]]:
            for kind in ["layer", "index"] if r.random() < 0.35 else ["layer"]:
                task_id[h] += 1
                span = f"remote_upload{{{tspan(tn)} upload_task_id={task_id[h]}}}"
                if kind == "layer":
                    a = int(tn["lsn"]) - r.randrange(0x2000000, 0x4000000)  # type: ignore[call-overload]
                    b = a + r.randrange(0x1000000, 0x2000000)
                    name = f"000000000000000000000000000000000000-FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF__{a:016X}-{b:016X}"
                    op = f"UploadLayer({name}-v1-00000004, size=Some({r.randrange(180, 270) * 1048576 + r.randrange(0, 1048576)}), gen=00000004)"
                    ctx = f"upload layer from local path '/data/tenants/{tn['tid']}/timelines/{tn['tlid']}/{name}-v1-00000004'"
                    lab = "upload layer from local path '%s'"
                else:
                    op = f"UploadMetadata(lsn: {lsn(int(tn['lsn']))})"  # type: ignore[call-overload]
                    ctx = f"upload index part for '{tn['tid']} / {tn['tlid']}'"
                    lab = "upload index part for '%s / %s'"
                t = out_a + sec(r.uniform(0, 40))
                attempt = 0
                while t < out_b:
                    if attempt < 3:
                        L(
                            h,
                            t,
                            "INFO",
                            f"failed to perform remote task %s, will retry (attempt %d): {lab}: dispatch failure: io error: error trying to connect: tcp connect error: Connection refused (os error %d)",
                            f"{span}: failed to perform remote task {op}, will retry (attempt {attempt}): {ctx}: {': '.join(NEON_CAUSES[:3])}",
                        )
                    else:
                        more = ["", "Caused by:"] + [
                            f"    {i}: {c}" for i, c in enumerate(NEON_CAUSES)
                        ]
                        L(
                            h,
                            t,
                            "WARN",
                            f"failed to perform remote task %s, will retry (attempt %d): {lab}",
                            f"{span}: failed to perform remote task {op}, will retry (attempt {attempt}): {ctx}",
                            more,
                        )
                    attempt += 1
                    t += sec(min(1.1**attempt, 3.0) + r.uniform(0.005, 0.06))
                L(
                    h,
                    t,
                    "INFO",
                    "remote task %s completed successfully after %d retries",
                    f"{span}: remote task {op} completed successfully after {attempt} retries",
                )

    # pageserver-2 restarted at 10:40
    h = "pageserver-2"
    t = L(
        h,
        at(
            10,
            40,
            1,
        ),
        "INFO",
        "Got %s. Terminating gracefully in fast shutdown mode",
        "Got SIGTERM. Terminating gracefully in fast shutdown mode",
    )
    L(
        h,
        t + sec(0.84),
        "INFO",
        "Shut down successfully completed",
        "Shut down successfully completed",
    )
    t = at(10, 40, 11) + sec(0.217)
    t = L(
        h,
        t,
        "INFO",
        "version: %s failpoints: %s, build_tag: %s",
        "version: git-env:fb9a8e1d6f2c45d0a9a3c1f4e7b2d8c6a5e4f3b2 failpoints: true, build_tag: release-5785",
    )
    t = L(
        h,
        t + sec(0.00004),
        "INFO",
        "launch_timestamp: %s",
        f"launch_timestamp: {t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}318 UTC",
    )
    t = L(
        h,
        t + sec(0.0021),
        "INFO",
        "Starting pageserver http handler on %s",
        "Starting pageserver http handler on 0.0.0.0:9898",
    )
    t = L(
        h,
        t + sec(0.0003),
        "INFO",
        "Starting pageserver pg protocol handler on %s",
        "Starting pageserver pg protocol handler on 0.0.0.0:6400",
    )
    t = L(
        h,
        t + sec(0.05),
        "INFO",
        "Attaching %d tenants at startup, warming up %d concurrently",
        "Attaching 10 tenants at startup, warming up 10 concurrently",
    )
    for tn in tenants[h]:
        t += sec(r.uniform(0.05, 0.4))
        http(
            h,
            t,
            "PUT",
            f"/v1/tenant/{tn['tid']}/location_config",
            "/v1/tenant/%s/location_config",
            "200 OK",
        )
    for tn in tenants[h]:
        if tn["active"]:
            wal_switch(h, t + sec(r.uniform(1.5, 4.0)), tn, "NoExistingConnection")
    return fs.logs(T0)


# ------------------------------------------------------------------------------ materialize

MZ_ENVD = "environmentd-0.log"
MZ_CD = "cluster-u1-replica-u1-gen-1-0.log"
MZ_REPLICAS = [
    ("User(1)", "u1"),
    ("User(2)", "u2"),
    ("System(1)", "s1"),
    ("System(2)", "s2"),
    ("System(3)", "s3"),
]
MZ_REFUSED = "indeterminate: error connecting to server: Connection refused (os error 111): Connection refused (os error 111)"
MZ_STARTING = "indeterminate: db error: FATAL: the database system is starting up: FATAL: the database system is starting up"
MZ_GRPC = "transport error: error trying to connect: tcp connect error: Connection refused (os error 111): tcp connect error: Connection refused (os error 111): Connection refused (os error 111)"


def mz_dur(d: float) -> str:
    """Rust's `{:?}` of a Duration of whole milliseconds (persist's backoff)."""
    ms = round(d * 1000)
    if ms < 1000:
        return f"{ms}ms"
    return f"{ms / 1000:.3f}".rstrip("0").rstrip(".") + "s"


def materialize(r: random.Random) -> list[Log]:
    """environmentd and the clusterd of replica u1, 06:00 to 12:00: clusterd killed for memory
    at 07:55 and 11:05, environmentd redeployed at 09:40, the metadata PostgreSQL restarted
    10:20-10:26 under every persist shard of both processes."""
    fs = Files()

    def L(f: str, t: datetime, level: str, label: str, rest: str) -> datetime:
        return fs.add(f, t, label, lambda x: [tr_line(x, level, rest)], f, 1)

    def booting(
        f: str, t: datetime, target: str, version: str, sha: str, mem_used: int, limit: str
    ) -> datetime:
        fields = (
            f'os.os_type=Debian os.version=12 os.bitness=64-bit build.version="{version}" build.sha="{sha}" '
            f'build.time="2024-06-03T17:41:12Z" cpus.logical=16 cpus.physical=8 cpu0.brand="Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz" '
            f"cpu0.frequency=2900 memory.total=66708987904 memory.used={mem_used} memory.limit={limit} swap.total=0 swap.used=0 swap.limit=<unknown> tracing.max_level=info"
        )
        return L(f, t, "INFO", "booting", f"{target}: booting {fields}")

    def clusterd_boot(t: datetime) -> datetime:
        t = booting(
            MZ_CD,
            t,
            "mz_clusterd",
            "0.103.1",
            "a7c5d20e8b1f4c63d9e0b2a4f6c8e1d3b5a79f02",
            r.randrange(9_000_000_000, 14_000_000_000),
            "17179869184",
        )
        t = L(
            MZ_CD,
            t + sec(0.0012),
            "INFO",
            "serving internal HTTP server on %s",
            "mz_clusterd: serving internal HTTP server on 0.0.0.0:6878",
        )
        t = L(
            MZ_CD,
            t + sec(r.uniform(0.3, 0.6)),
            "INFO",
            "listening for storage controller connections on %s",
            "mz_clusterd: listening for storage controller connections on 0.0.0.0:2100",
        )
        return L(
            MZ_CD,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "listening for compute controller connections on %s",
            "mz_clusterd: listening for compute controller connections on 0.0.0.0:2101",
        )

    def start_task(t: datetime, rid: str) -> datetime:
        return L(
            MZ_ENVD,
            t,
            "INFO",
            "starting replica task",
            f"mz_compute_client::controller::replica: starting replica task replica={rid}",
        )

    # clusterd of u1 killed for memory: environmentd reconnects every second
    for kill, back in [(at(7, 55, 31), at(7, 56, 18)), (at(11, 5, 9), at(11, 5, 49))]:
        t = L(
            MZ_ENVD,
            kill + sec(r.uniform(0.001, 0.02)),
            "WARN",
            'replica task failed: status: Unavailable, message: "error reading a body from connection: connection reset", details: [], metadata: MetadataMap { headers: {} }',
            'mz_compute_client::controller::replica: replica task failed: status: Unavailable, message: "error reading a body from connection: connection reset", details: [], metadata: MetadataMap { headers: {} } replica=User(1)',
        )
        t = start_task(t + sec(r.uniform(0.01, 0.05)), "User(1)")
        t += sec(r.uniform(4.5, 5.5))
        while t < back:
            L(
                MZ_ENVD,
                t,
                "INFO",
                "error connecting to replica: transport error: error trying to connect: tcp connect error: Connection refused (os error %d): tcp connect error: Connection refused (os error %d): Connection refused (os error %d)",
                f"mz_compute_client::controller::replica: error connecting to replica: {MZ_GRPC} replica_id=u1 next_backoff=1s",
            )
            t += sec(1 + r.uniform(0.001, 0.004))
        clusterd_boot(back - sec(r.uniform(1.2, 1.8)))

    # environmentd redeployed at 09:40
    t = booting(
        MZ_ENVD,
        at(
            9,
            40,
            38,
        )
        + sec(0.4),
        "mz_environmentd::environmentd::main",
        "0.103.1",
        "a7c5d20e8b1f4c63d9e0b2a4f6c8e1d3b5a79f02",
        2_318_004_224,
        "8589934592",
    )
    sp = "environmentd::serve: mz_environmentd"
    steps = [
        ("startup: envd serve: beginning", 0.0002),
        ("startup: envd serve: preamble beginning", 0.00001),
        ("startup: envd serve: preamble complete in %s", 0.0031),
        ("startup: envd serve: catalog init beginning", 0.00002),
        ("startup: envd serve: catalog init complete in %s", 1.87),
        ("startup: envd serve: system parameter sync beginning", 0.00002),
        ("startup: envd serve: system parameter sync complete in %s", 0.41),
        ("startup: envd serve: preflight checks beginning", 0.00002),
        ("determined value for enable_0dt_deployment system parameter", 0.012),
        ("startup: envd serve: preflight checks complete in %s", 0.19),
        ("startup: envd serve: durable catalog open beginning", 0.00002),
        ("startup: envd serve: durable catalog open complete in %s", 2.93),
        ("startup: envd serve: coordinator init beginning", 0.00002),
        ("replicas", 4.1),
        ("startup: envd serve: coordinator init complete in %s", 6.24),
        ("startup: envd serve: postamble beginning", 0.00002),
        ("startup: envd serve: postamble complete in %s", 0.0009),
        ("startup: envd serve: complete in %s", 0.00001),
    ]
    serve_start = t + sec(0.9)
    t = serve_start
    last = t
    for label, gap in steps:
        t = t + sec(gap * r.uniform(0.8, 1.25))
        if label == "replicas":
            for rid, _ in MZ_REPLICAS:
                t = start_task(t + sec(r.uniform(0.0001, 0.002)), rid)
            continue
        if label.startswith("determined"):
            msg = "determined value for enable_0dt_deployment system parameter computed=false ld=None catalog=None cli_default=None compiled_default=false"
        elif label.endswith("%s"):
            took = (t - (serve_start if "envd serve: complete" in label else last)).total_seconds()
            msg = label.replace("%s", rust_dur(took))
        else:
            msg = label
            last = t
        t = L(MZ_ENVD, t, "INFO", label, f"{sp}: {msg}")

    # the metadata PostgreSQL restarted 10:20-10:26: every shard's consensus calls retry
    down, up, ready = at(10, 20, 7), at(10, 26, 2), at(10, 26, 31)
    for f, n in [(MZ_ENVD, 30), (MZ_CD, 37)]:
        for _ in range(n):
            op = r.choice(
                ["consensus::compare_and_set"] * 5 + ["consensus::head"] * 3 + ["consensus::scan"]
            )
            t = down + sec(r.uniform(0, 45) if f == MZ_CD else r.uniform(0, 90))
            attempt, sleep = 0, 0.004
            while t < ready:
                if attempt >= 3:
                    err = MZ_STARTING if t >= up else MZ_REFUSED
                    lab = (
                        "external operation %s failed, retrying in %s: indeterminate: db error: FATAL: the database system is starting up: FATAL: the database system is starting up"
                        if t >= up
                        else "external operation %s failed, retrying in %s: indeterminate: error connecting to server: Connection refused (os error %d): Connection refused (os error %d)"
                    )
                    L(
                        f,
                        t,
                        "INFO",
                        lab,
                        f"mz_persist_client::internal::machine: external operation {op} failed, retrying in {mz_dur(sleep)}: {err}",
                    )
                t += sec(sleep + r.uniform(0.0005, 0.004))
                attempt += 1
                sleep = min(sleep * 2, 16.0)
    return fs.logs(T0)


# ------------------------------------------------------------------------------- risingwave

RW_META = "risingwave-meta-0.log"
RW_CN = ["risingwave-compute-0.log", "risingwave-compute-1.log"]
RW_COMPACTOR = "risingwave-compactor-0.log"
RW_VERSION, RW_SHA = "1.9.1", "c8e2a0f"
RW_TABLES = [1001, 1002, 1004, 1007, 1011, 1012, 1015, 1020, 1021, 1024]


def rw_ts(t: datetime) -> str:
    """time's RFC 3339 in UTC: nanoseconds with the trailing zeros dropped, `Z`."""
    ns = t.microsecond * 1000 + (t.microsecond * 7919 + 113) % 1000
    frac = f"{ns:09d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def risingwave(r: random.Random) -> list[Log]:
    """A RisingWave cluster (meta, two compute nodes, a compactor) on Kubernetes, 06:00 to 12:00:
    compaction every half minute, Kafka broker kafka-1 restarted at 07:20, compute-1's node lost
    at 08:31 (recovery, then the rescheduled pod), MinIO slow 10:05-10:12."""
    fs = Files()

    def L(
        f: str, t: datetime, level: str, label: str | None, rest: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(f, t, label, lambda x: [f"{rw_ts(x)} {level:>5} {rest}", *(more or [])], f, 1)

    def P(f: str, t: datetime, label: str, text: str) -> datetime:
        return fs.add(f, t, label, lambda x: [text], f, 1)

    # the compactor: a task every half minute
    tid = 48_210
    sst = 912_300
    slow_a, slow_b = at(10, 5, 12), at(10, 12, 40)
    for t in poisson(r, T0 + sec(7), T_END, 27):
        tid += 1
        group, ttype = r.choice(
            [
                (2, "Dynamic"),
                (3, "Dynamic"),
                (3, "Dynamic"),
                (3, "Dynamic"),
                (3, "SpaceReclaim"),
                (2, "Ttl"),
            ]
        )
        target = r.choice([0, 0, 0, 4, 5, 6])
        if ttype != "Dynamic" and target == 0:
            target = 6  # space-reclaim and TTL tasks rewrite a level in place
        sub = r.randrange(7_068_000_000_000_000, 7_069_000_000_000_000) if target == 0 else 0
        levels = []
        nfiles = 0
        for lvl in ([0] if target == 0 else [0, target]) if ttype == "Dynamic" else [target]:
            k = r.randint(1, 4) if lvl == 0 else r.randint(1, 3)
            files = []
            for _ in range(k):
                sst += r.randint(1, 9)
                size = r.randint(300, 32000)
                stale = r.randint(0, 60)
                files.append(
                    f'"[id: {sst}, obj_id: {sst} object_size {size}KB sst_size {size}KB stale_ratio {stale}]"'
                )
            nfiles += k
            levels.append(f"Level {lvl} [{', '.join(files)}] ")
        keys = r.randint(20_000, 2_400_000)
        fsize = r.randint(1_200_000, 90_000_000)
        stats = f"CompactTaskStatistics {{ total_file_count: {nfiles}, total_key_count: {keys}, total_file_size: {fsize}, total_uncompressed_file_size: {fsize * 2 + r.randint(0, fsize)} }}"
        head = f"Compaction task id: {tid}, group-id: {group}, type: {ttype}, target level: {target}, target sub level: {sub} target_file_size: 33554432, splits: 1"
        t = L(
            RW_COMPACTOR,
            t,
            "INFO",
            "Ready to handle task: %s compact_task_statistics %s compression_algorithm %s  parallelism %s task_memory_capacity_with_parallelism %s, enable fast runner: %s, Compaction task id: %s, group-id: %s, type: %s, target level: %s, target sub level: %s target_file_size: %s, splits: %s",
            f"risingwave_storage::hummock::compactor::compactor_runner: Ready to handle task: {tid} compact_task_statistics {stats} compression_algorithm {0 if target == 0 else 2}  parallelism 1 task_memory_capacity_with_parallelism {r.randint(12, 60) * 1048576 + r.randint(0, 1048575)}, enable fast runner: false, {head}",
            ["Input: ", *levels, ""],
        )
        cost = fsize / r.uniform(40_000, 160_000) + r.uniform(20, 300)
        failed = slow_a <= t < slow_b and r.random() < 0.55
        if failed:
            cost = r.uniform(30_000, 61_000)
            tf = t + sec(cost / 1000)
            tf = L(
                RW_COMPACTOR,
                tf,
                "WARN",
                "Compaction task %s failed with error error=Hummock error: ObjectStore failed with IO error: Internal error: read %s in block %s failed, error: timeout: %s",
                f'risingwave_storage::hummock::compactor::compactor_runner: Compaction task {tid} failed with error error=Hummock error: ObjectStore failed with IO error: Internal error: read "hummock_001/{sst - r.randint(1, 30)}.data" in block {r.randint(0, 80)} failed, error: timeout: error trying to connect: HTTP connect timeout occurred after 3.1s',
            )
            outs: list[str] = []
            status = "ExecuteFailed"
        else:
            tf = t + sec(cost / 1000)
            outs = []
            for _ in range(max(1, min(4, fsize // 33554432 + 1))):
                sst += r.randint(1, 5)
                size = r.randint(400, 32768)
                tabs = sorted(r.sample(RW_TABLES, r.randint(1, 3)))
                left = f"{tabs[0]:08x}" + hexid(r, 24)
                right = f"{tabs[-1]:08x}" + hexid(r, 24)
                outs.append(
                    f'SstableInfo: object id={sst}, SST id={sst}, KeyRange=["{left}","{right}"], table_ids: {tabs}, object_size={size}KB, sst_size={size}KB stale_ratio=0%, bloom_filter_kind Sstable'
                )
            status = "Success"
        cost_s = f"{cost:.3f}".rstrip("0").rstrip(".")
        if "." not in cost_s:
            cost_s += ".0"
        L(
            RW_COMPACTOR,
            tf + sec(0.0004),
            "INFO",
            "Finished compaction task in %sms: Compaction task id: %s, group-id: %s, type: %s, target level: %s, target sub level: %s target_file_size: %s, splits: %s, status: %s",
            f"risingwave_storage::hummock::compactor::compactor_runner: Finished compaction task in {cost_s}ms: {head}, status: {status}",
            ["Output: ", *outs, ""],
        )

    # Kafka broker kafka-1 restarted at 07:20: every source consumer on both compute nodes
    for f in RW_CN:
        for _actor in range(4):
            t = at(7, 20, 3) + sec(r.uniform(0, 0.3))
            up = r.randint(2_000_000, 4_800_000)
            thrd = "kafka-1.kafka-headless.kafka.svc.cluster.local:9092/1"
            t = L(
                f,
                t,
                "ERROR",
                "librdkafka: FAIL [thrd:%s]: %s: Disconnected (after %dms in state %s)",
                f"librdkafka: librdkafka: FAIL [thrd:{thrd}]: {thrd}: Disconnected (after {up}ms in state UP)",
            )
            t += sec(r.uniform(0.2, 1.2))
            n = 0
            while t < at(7, 21, 31):
                msg = f"librdkafka: librdkafka: FAIL [thrd:{thrd}]: {thrd}: Connect to ipv4#10.244.3.{17}:9092 failed: Connection refused (after 0ms in state CONNECT"
                if n == 0:
                    L(
                        f,
                        t,
                        "ERROR",
                        "librdkafka: FAIL [thrd:%s]: %s: Connect to %s failed: Connection refused (after %dms in state %s)",
                        msg + ")",
                    )
                else:
                    L(
                        f,
                        t,
                        "ERROR",
                        "librdkafka: FAIL [thrd:%s]: %s: Connect to %s failed: Connection refused (after %dms in state %s, %d identical error(s) suppressed)",
                        msg + f", {r.randint(3, 9)} identical error(s) suppressed)",
                    )
                n += 1
                t += sec(30 + r.uniform(0, 0.5))

    # compute-1's node lost at 08:31: recovery waits for the rescheduled compute node
    lost = at(8, 31, 12)
    expired = lost + sec(60.3)
    joined = at(8, 32, 51) + sec(0.418)
    err = "gRPC request to stream service failed: Unavailable: transport error: error trying to connect: tcp connect error: deadline has elapsed"
    span = "failure_recovery{error=gRPC request to stream service failed: Unavailable: error reading a body from connection: connection reset}: "
    t = L(
        RW_META,
        lost + sec(0.011),
        "INFO",
        "recovery start!",
        span + "risingwave_meta::barrier::recovery: recovery start!",
    )
    backoff = 0.02
    t += sec(0.01)
    while t < expired:
        t += sec(3.0 + r.uniform(0, 0.4))  # the connect deadline
        L(
            RW_META,
            t,
            "WARN",
            "reset compute nodes failed error=gRPC request to stream service failed: Unavailable: transport error: error trying to connect: tcp connect error: deadline has elapsed",
            span + f"risingwave_meta::barrier::recovery: reset compute nodes failed error={err}",
        )
        t += sec(backoff * r.uniform(0.5, 1.0))
        backoff = min(backoff * 2, 5.0)
    start = t + sec(0.004)
    t = start
    while t < joined:
        L(
            RW_META,
            t,
            "WARN",
            "waiting for new workers to join, elapsed: %ds",
            span
            + f"risingwave_meta::barrier::recovery: waiting for new workers to join, elapsed: {int((t - start).total_seconds())}s",
        )
        t += sec(0.1 + r.uniform(0.0005, 0.002))
    L(
        RW_META,
        joined + sec(3.7),
        "INFO",
        "recovery success",
        span + "risingwave_meta::barrier::recovery: recovery success",
    )

    # the rescheduled compute-1 starts
    f = RW_CN[1]
    t = P(
        f,
        joined - sec(2.2),
        "opentelemetry tracing will be exported to `%s` if enabled",
        "opentelemetry tracing will be exported to `http://risingwave-meta-0.risingwave-meta:5690` if enabled",
    )
    t += sec(0.0187)
    cfg = (
        'RwConfig { server: ServerConfig { heartbeat_interval_ms: 1000, connection_pool_size: 16, metrics_level: Info, telemetry_enabled: true, heap_profiling: HeapProfilingConfig { enable_auto: true, threshold_auto: 0.9, dir: "./" }, grpc_max_reset_stream: 200, unrecognized: Unrecognized { inner: {} } }, '
        "meta: MetaConfig { min_sst_retention_time_sec: 86400, full_gc_interval_sec: 86400, collect_gc_watermark_spin_interval_sec: 5, periodic_compaction_interval_sec: 60, .. }, "
        "batch: BatchConfig { worker_threads_num: None, distributed_query_limit: None, enable_barrier_read: false, statement_timeout_in_sec: 3600, .. }, "
        "streaming: StreamingConfig { in_flight_barrier_nums: 10000, actor_runtime_worker_threads_num: None, async_stack_trace: ReleaseVerbose, unique_user_stream_errors: 10, .. }, "
        'storage: StorageConfig { share_buffers_sync_parallelism: 1, imm_merge_threshold: 0, write_conflict_detection_enabled: true, block_cache_capacity_mb: None, meta_cache_capacity_mb: None, data_file_cache: FileCacheConfig { dir: "", capacity_mb: 1024, .. }, .. }, '
        "system: None }"
    )
    for label, text, gap in [
        ("Starting compute node", "Starting compute node", 0.0),
        ("> config: %s", f"> config: {cfg}", 0.00007),
        ("> debug assertions: %s", "> debug assertions: off", 0.00003),
        ("> version: %s (%s)", f"> version: {RW_VERSION} ({RW_SHA})", 0.00001),
        ("Memory outline: ", "Memory outline: ", 0.318),
        ("> total_memory: %s", "> total_memory: 16.00 GiB", 0.00001),
        (">     storage_memory: %s", ">     storage_memory: 4.48 GiB", 0.00001),
        (">     compute_memory: %s", ">     compute_memory: 9.60 GiB", 0.00001),
        (">     reserved_memory: %s", ">     reserved_memory: 1.92 GiB", 0.00001),
        ("Assigned worker node id %s", "Assigned worker node id 9", 0.00004),
    ]:
        t = L(f, t + sec(gap), "INFO", label, f"risingwave_compute::server: {text}")
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- kanidm

KN_HOSTS = {"idm1": 1123, "idm2": 1098}
KN_USERS = [
    "alice",
    "bob",
    "carol",
    "dmitri",
    "erin",
    "farah",
    "gustav",
    "hana",
    "ivan",
    "julia",
    "kwame",
    "lena",
    "mateo",
    "nadia",
    "oskar",
    "priya",
]
KN_CLIENTS = ["grafana", "gitea", "nextcloud"]
KN_LB = ["10.20.0.4", "10.20.0.5"]


def kn_dur(ns: float) -> str:
    """tracing-forest's DurationDisplay."""
    t = ns
    for unit in ["ns", "µs", "ms", "s"]:
        if t < 10:
            return f"{t:.2f}{unit}"
        if t < 100:
            return f"{t:.1f}{unit}"
        if t < 1000:
            return f"{t:.0f}{unit}"
        t /= 1000
    return f"{t * 1000:.0f}s"


def kanidm(r: random.Random) -> list[Log]:
    """Two Kanidm 1.2 servers behind a load balancer, through journald, 06:00 to 12:00: health
    checks, web and CLI logins, OAuth2 clients, kanidm-unixd token reads, expired sessions, a
    password spray 09:20-09:35, idm2 restarted at 10:15."""
    fs = Files()
    user_uuid = {u: uuid4(r) for u in [*KN_USERS, "svc-backup"]}
    restart = at(10, 15, 20)

    def pid_for(h: str, t: datetime) -> int:
        return 1187 if h == "idm2" and t >= restart else KN_HOSTS[h]

    def J(h: str, t: datetime, lines: list[tuple[str | None, str]]) -> datetime:
        """One write of tracing-forest's printer: each (label, text) line under the journal head;
        all lines of a tree carry one time."""
        first_label = lines[0][0]

        def text(x: datetime) -> list[str]:
            return [f"{x:%b %d %H:%M:%S} {h} kanidmd[{pid_for(h, x)}]: {ln}" for _, ln in lines]

        t = fs.add(f"{h}-kanidmd.log", t, first_label, text, h, 1_000_000)
        return t

    def tree(h: str, t: datetime, nodes: list[tuple[str | None, str, str]]) -> datetime:
        """nodes: (label, level, body with the indent already drawn); one uuid for the tree. The
        tree is written as consecutive journal lines; each line is an event of its own."""
        uid = uuid4(r)
        t = fs.clocks.setdefault(1_000_000, Clock(1_000_000)).at(h, t)
        recs = fs.files.setdefault(f"{h}-kanidmd.log", Records())
        for label, level, body in nodes:
            body = body.replace("{uuid}", uid)
            recs.add(
                t,
                [f"{t:%b %d %H:%M:%S} {h} kanidmd[{pid_for(h, t)}]: {uid} {level:<8} {body}"],
                label,
            )
        return t

    def resp(code: int, lat: float) -> tuple[str, str, str]:
        if code < 300:
            msg, lvl, lab = (
                "response sent",
                "INFO",
                'latency: %s | status_code: 200 | kopid: %s | msg: "response sent"',
            )
            icon = "ｉ [info]:"
        elif code < 500:
            msg, lvl, lab = (
                "client error",
                "WARN",
                f'latency: %s | status_code: {code} | kopid: %s | msg: "client error"',
            )
            icon = "🚧 [warn]:"
        else:
            msg, lvl, lab = (
                "error handling request",
                "ERROR",
                f'latency: %s | status_code: {code} | kopid: %s | msg: "error handling request"',
            )
            icon = "🚨 [error]:"
        return (
            lab,
            lvl,
            f'┕━ {icon}  | latency: {rust_dur(lat)} | status_code: {code} | kopid: "{{uuid}}" | msg: "{msg}"',
        )

    def req_line(
        method: str, uri: str, route: str, total: float, base: float | None
    ) -> tuple[str, str, str]:
        if base is None:
            shape = f"[ {kn_dur(total * 1e9)} | 100.00% ]"
        else:
            shape = f"[ {kn_dur(total * 1e9)} | {base:.2f}% / 100.00% ]"
        return (
            f"request {method} {route}",
            "INFO",
            f"request {shape} method: {method} | uri: {uri} | version: HTTP/1.1",
        )

    def simple(h: str, t: datetime, method: str, uri: str, route: str, code: int = 200) -> datetime:
        lat = r.uniform(0.00012, 0.0009)
        return tree(h, t, [req_line(method, uri, route, lat + 0.0000031, None), resp(code, lat)])

    def handler(
        h: str,
        t: datetime,
        method: str,
        uri: str,
        route: str,
        span: str,
        events: list[tuple[str, str, str, str]],
        code: int = 200,
        scale: float = 1.0,
    ) -> datetime:
        """A request whose handler span holds `events` (label, level, icon, text)."""
        lat = r.uniform(0.0006, 0.004) * scale
        inner = lat * r.uniform(0.85, 0.95)
        base = 100 * (lat - inner) / lat
        sp_total = 100 * inner / lat
        nodes = [req_line(method, uri, route, lat + 0.0000042, base)]
        nodes.append(
            (
                f"{span} [ %s | %s ]",
                "INFO",
                f"┝━ {span} [ {kn_dur(inner * 1e9)} | {sp_total:.2f}% ]",
            )
        )
        for i, (lab, lvl, icon, text) in enumerate(events):
            edge = "┕━" if i == len(events) - 1 else "┝━"
            nodes.append((lab, lvl, f"│  {edge} {icon} {text}"))
        nodes.append(resp(code, lat))
        return tree(h, t, nodes)

    def host_for(t: datetime) -> str:
        if at(10, 15, 2) <= t < at(10, 15, 40):
            return "idm1"
        return r.choice(["idm1", "idm2"])

    def login(t: datetime, user: str, ok: bool, issue: str = "Token") -> None:
        h = host_for(t)
        t = handler(
            h,
            t,
            "POST",
            "/v1/auth",
            "/v1/auth",
            "handle_auth",
            [
                (
                    "Initiating Authentication Session",
                    "INFO",
                    "ｉ [info]:",
                    f"Initiating Authentication Session | event_tag_id: 10 | username: {user} | issue: {issue} | privileged: false | uuid: {user_uuid.get(user, '00000000-0000-0000-0000-000000000000')}",
                )
            ],
        )
        t = handler(
            h, t + sec(r.uniform(0.05, 0.4)), "POST", "/v1/auth", "/v1/auth", "handle_auth", []
        )
        t += sec(r.uniform(1.2, 9.0))
        if ok:
            sid = uuid4(r)
            events = [
                (
                    "Handler::Password -> Result::Success",
                    "INFO",
                    "ｉ [info]:",
                    "Handler::Password -> Result::Success | event_tag_id: 10",
                ),
                (
                    "Issuing %s session (%s) %s for %s %s",
                    "INFO",
                    "ｉ [info]:",
                    f"Issuing {issue} session (PrivilegeCapable) {sid} for {user}@idm.example.net {user_uuid[user]} | event_tag_id: 10",
                ),
            ]
            handler(h, t, "POST", "/v1/auth", "/v1/auth", "handle_auth", events, scale=40)
        else:
            events = [
                (
                    "Handler::Password -> Result::Denied - incorrect password",
                    "ERROR",
                    "🚨 [error]:",
                    "Handler::Password -> Result::Denied - incorrect password | event_tag_id: 12",
                ),
                (
                    "Credentials denied",
                    "INFO",
                    "ｉ [info]:",
                    "Credentials denied | event_tag_id: 10 | reason: incorrect password",
                ),
            ]
            handler(h, t, "POST", "/v1/auth", "/v1/auth", "handle_auth", events, scale=40)

    # health checks from the load balancer every three minutes, on each server
    for h in KN_HOSTS:
        t = T0 + sec(r.uniform(0, 180))
        while t < T_END:
            if not (h == "idm2" and at(10, 15, 2) <= t < at(10, 15, 40)):
                simple(h, t, "GET", "/status", "/status")
            t += sec(180 + r.uniform(-0.5, 0.5))

    # logins (web UI with cookies, the CLI with tokens)
    for t in poisson(r, T0 + sec(60), T_END, 420):
        user = r.choice(KN_USERS)
        wrong = r.random() < 0.08
        if wrong:
            login(t, user, False, r.choice(["Token", "Cookie"]))
            t += sec(r.uniform(8, 25))
        login(t, user, True, r.choice(["Token", "Cookie", "Cookie"]))

    # the password spray 09:20-09:35 (names from a list, most of them not ours)
    spray_users = KN_USERS
    for t in poisson(r, at(9, 20), at(9, 35), 21):
        login(t, r.choice(spray_users), False, "Token")

    # OAuth2 clients: the code exchange and userinfo after each SSO login
    for t in poisson(r, T0 + sec(30), T_END, 300):
        client = r.choice(KN_CLIENTS)
        h = host_for(t)
        t = handler(
            h,
            t,
            "POST",
            "/oauth2/token",
            "/oauth2/token",
            "handle_oauth2_token_exchange",
            [],
            scale=3,
        )
        handler(
            h,
            t + sec(r.uniform(0.02, 0.3)),
            "GET",
            f"/oauth2/openid/{client}/userinfo",
            "/oauth2/openid/%s/userinfo",
            "handle_oauth2_openid_userinfo",
            [],
        )

    # kanidm-unixd on the fleet refreshing cached tokens
    for t in poisson(r, T0 + sec(10), T_END, 210):
        user = r.choice([*KN_USERS, "svc-backup"])
        h = host_for(t)
        handler(
            h,
            t,
            "GET",
            f"/v1/account/{user}/_unix/_token",
            "/v1/account/%s/_unix/_token",
            "handle_internalunixusertokenread",
            [],
        )

    # expired sessions in open browser tabs
    for t in poisson(r, T0 + sec(100), T_END, 900):
        h = host_for(t)
        handler(
            h,
            t,
            "GET",
            "/v1/self",
            "/v1/self",
            "handle_whoami",
            [
                (
                    "Invalid identity: NotAuthenticated",
                    "ERROR",
                    "🚨 [error]:",
                    "Invalid identity: NotAuthenticated | event_tag_id: 1",
                )
            ],
            code=401,
        )

    # idm2 restarted at 10:15
    h = "idm2"
    zero = "00000000-0000-0000-0000-000000000000"

    def Z(t: datetime, label: str, level: str, icon: str, text: str) -> datetime:
        return J(h, t, [(label, f"{zero} {level:<8} {icon} {text}")])

    t = Z(
        at(10, 15, 2),
        "Signal received, shutting down",
        "INFO",
        "ｉ [info]:",
        "Signal received, shutting down",
    )
    t = Z(t + sec(1), "Stopped 🛑 ", "INFO", "ｉ [info]:", "Stopped 🛑 ")
    t = Z(
        at(10, 15, 36),
        "WARNING: DB folder %s has 'everyone' permission bits in the mode. This could be a security risk ...",
        "WARN",
        "🚧 [warn]:",
        "WARNING: DB folder /var/lib/private/kanidm has 'everyone' permission bits in the mode. This could be a security risk ...",
    )
    t = Z(t, "Running in server mode ...", "INFO", "ｉ [info]:", "Running in server mode ...")
    t = Z(
        t + sec(2),
        "Starting LDAPS interface ldaps://%s ...",
        "INFO",
        "ｉ [info]:",
        "Starting LDAPS interface ldaps://[::]:3636 ...",
    )
    Z(t, "Created LDAP interface", "INFO", "ｉ [info]:", "Created LDAP interface")
    return fs.logs(T0)


# -------------------------------------------------------------------------------- parseable

PB_FILE = "parseable.log"
PB_AGENTS = [("10.42.1.23", "node-a"), ("10.42.2.17", "node-b"), ("10.42.3.31", "node-c")]
PB_VECTOR_UA = "Vector/0.38.0 (x86_64-unknown-linux-gnu 5bf9a8f 2024-05-09 15:41:56.917451453)"
PB_STREAMS = ["k8s-apps", "k8s-ingress", "k8s-audit", "vm-syslog"]
PB_ART = r"""
    `7MM\"\"\"Mq.                                             *MM        `7MM
      MM   `MM.                                             MM          MM
      MM   ,M9  ,6\"Yb.  `7Mb,od8 ,pP\"Ybd  .gP\"Ya   ,6\"Yb.   MM,dMMb.    MM   .gP\"Ya
      MMmmdM9  8)   MM    MM' \"' 8I   `\" ,M'   Yb 8)   MM   MM    `Mb   MM  ,M'   Yb
      MM        ,pm9MM    MM     `YMMMa. 8M\"\"\"\"\"\"  ,pm9MM   MM     M8   MM  8M\"\"\"\"\"\"
      MM       8M   MM    MM     L.   I8 YM.    , 8M   MM   MM.   ,M9   MM  YM.    ,
    .JMML.     `Moo9^Yo..JMML.   M9mmmP'  `Mbmmd' `Moo9^Yo. P^YbmdP'  .JMML. `Mbmmd'""".replace(
    '\\"', '"'
)


def parseable(r: random.Random) -> list[Log]:
    """A standalone Parseable 1.0 pod with MinIO behind it, 06:00 to 12:00: three Vector agents
    ingesting, kubelet's probes, the console's queries, an agent with a bad schema, MinIO
    unreachable 08:40-08:52, a restart at 10:30."""
    fs = Files()

    def E(t: datetime, level: str, target: str, label: str | None, msg: str) -> datetime:
        return fs.add(
            PB_FILE,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%dT%H:%M:%S}Z {level:<5} {target}] {msg}"],
            "pb",
            1_000_000,
        )

    def W(t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(PB_FILE, t, label, lambda x: lines, "pb-stderr", 1)

    down_a, down_b = at(10, 30, 4), at(10, 30, 19)
    minio_a, minio_b = at(8, 40, 20), at(8, 52, 5)

    def up(t: datetime) -> bool:
        return not (down_a <= t < down_b)

    def access(
        t: datetime,
        ip: str,
        method: str,
        path: str,
        route: str,
        status: int,
        size: int,
        ua: str,
        secs: float,
        referer: str = "-",
    ) -> None:
        if up(t):
            E(
                t,
                "INFO",
                "actix_web::middleware::logger",
                f"{method} {route} {status}",
                f'{ip} "{method} {path} HTTP/1.1" {status} {size} "{referer}" "{ua}" {secs:.6f}',
            )

    # three Vector agents ingesting every minute each
    for ip, _node in PB_AGENTS:
        t = T0 + sec(r.uniform(0, 60))
        while t < T_END:
            access(
                t,
                ip,
                "POST",
                "/api/v1/ingest",
                "/api/v1/ingest",
                200,
                0,
                PB_VECTOR_UA,
                r.uniform(0.0021, 0.019),
            )
            t += sec(60 + r.uniform(-0.4, 0.4))
    # a fourth agent with a bad transform, 07:05-07:50: its events do not match the static schema
    t = at(7, 5, 12)
    while t < at(7, 50):
        access(
            t,
            "10.42.4.9",
            "POST",
            "/api/v1/ingest",
            "/api/v1/ingest",
            400,
            87,
            PB_VECTOR_UA,
            r.uniform(0.0005, 0.0012),
        )
        t += sec(60 + r.uniform(-0.4, 0.4))
    # kubelet's probes every minute
    for path, off in [("/api/v1/liveness", 11), ("/api/v1/readiness", 41)]:
        t = T0 + sec(off + r.uniform(0, 1))
        while t < T_END:
            access(
                t,
                "10.42.0.1",
                "GET",
                path,
                path,
                200,
                0,
                "kube-probe/1.29",
                r.uniform(0.00004, 0.0002),
            )
            t += sec(60)
    # the console and Grafana: queries, schemas, stats, stream lists
    ua_browser = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"
    ua_grafana = "Grafana/11.0.0"
    for t in poisson(r, T0 + sec(200), T_END, 95):
        who = r.random()
        ip, ua, ref = (
            ("10.42.2.40", ua_grafana, "-")
            if who < 0.6
            else ("10.42.0.12", ua_browser, "https://logs.example.net/")
        )
        if minio_a <= t < minio_b and r.random() < 0.7:
            access(
                t,
                ip,
                "POST",
                "/api/v1/query",
                "/api/v1/query",
                500,
                r.randint(120, 240),
                ua,
                r.uniform(2.0, 9.0),
                ref,
            )
            continue
        x = r.random()
        if x < 0.7:
            bad = r.random() < 0.05
            access(
                t,
                ip,
                "POST",
                "/api/v1/query",
                "/api/v1/query",
                400 if bad else 200,
                r.randint(40, 90) if bad else r.randint(300, 180_000),
                ua,
                r.uniform(0.02, 1.8),
                ref,
            )
        elif x < 0.8:
            access(
                t,
                ip,
                "GET",
                "/api/v1/logstream",
                "/api/v1/logstream",
                200,
                131,
                ua,
                r.uniform(0.0008, 0.004),
                ref,
            )
        elif x < 0.92:
            access(
                t,
                ip,
                "GET",
                f"/api/v1/logstream/{r.choice(PB_STREAMS)}/schema",
                "/api/v1/logstream/%s/schema",
                200,
                r.randint(900, 6400),
                ua,
                r.uniform(0.001, 0.006),
                ref,
            )
        else:
            access(
                t,
                ip,
                "GET",
                f"/api/v1/logstream/{r.choice(PB_STREAMS)}/stats",
                "/api/v1/logstream/%s/stats",
                200,
                r.randint(260, 330),
                ua,
                r.uniform(0.004, 0.09),
                ref,
            )
    # MinIO unreachable: the object store sync fails every 65 s
    t = at(8, 41, 5)
    while t < minio_b:
        file = f"date=2024-06-07.hour=08.minute={t.minute - 1:02d}.parseable-0.data.parquet"
        E(
            t,
            "WARN",
            "parseable::sync",
            "failed to sync local data with object store. %s",
            f'failed to sync local data with object store. UnhandledError(Generic {{ store: "S3", source: Reqwest {{ retries: 10, max_retries: 10, elapsed: {r.uniform(8.5, 9.8):.9f}s, retry_timeout: 180s, source: reqwest::Error {{ kind: Request, url: Url {{ scheme: "http", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("minio.storage.svc.cluster.local")), port: Some(9000), path: "/parseable/k8s-apps/{file.replace(".", "/", 3)}", query: None, fragment: None }}, source: hyper::Error(Connect, ConnectError("tcp connect error", Os {{ code: 111, kind: ConnectionRefused, message: "Connection refused" }})) }} }} }})',
        )
        t += sec(65)
    # the restart at 10:30
    t = E(
        at(10, 30, 3),
        "INFO",
        "actix_server::server",
        "SIGTERM received; starting graceful shutdown",
        "SIGTERM received; starting graceful shutdown",
    )
    for _ in range(4):
        t = E(
            t,
            "INFO",
            "actix_server::worker",
            "shutting down idle worker",
            "shutting down idle worker",
        )
    E(t, "INFO", "actix_server::accept", "accept thread stopped", "accept thread stopped")
    t = at(10, 30, 16)
    t = W(t, None, [""])
    art = PB_ART.split("\n")[1:]
    t = W(t, art[0].strip(), [*art, "    "])
    t = W(t, "Welcome to Parseable Server!", ["    Welcome to Parseable Server!"])
    t = W(t, None, [""])
    t = W(
        t,
        "Server:",
        [
            "    Server:",
            '        URL:                "http://0.0.0.0:8000"',
            '        Credentials:        "As set in P_USERNAME and P_PASSWORD environment variables"',
            '        Deployment UID:     "01HZX3K8M2T9QW4E7R5Y6U1I0P"',
        ],
    )
    t = W(t, None, [""])
    t = W(
        t,
        "Storage:",
        [
            "    Storage:",
            '        Mode:               "S3 bucket"',
            '        Staging:            "/parseable/staging"',
            '        Store:              "http://minio.storage.svc.cluster.local:9000/parseable"',
        ],
    )
    t = W(t, None, [""])
    t = E(
        t + sec(1),
        "WARN",
        "parseable::sync",
        "Max priority cannot be set for sync thread. Make sure that user/program is allowed to set thread priority.",
        "Max priority cannot be set for sync thread. Make sure that user/program is allowed to set thread priority.",
    )
    t = E(t, "INFO", "actix_server::builder", "starting %d workers", "starting 4 workers")
    t = E(
        t,
        "INFO",
        "actix_server::server",
        "Actix runtime found; starting in Actix runtime",
        "Actix runtime found; starting in Actix runtime",
    )
    E(
        t,
        "INFO",
        "actix_server::server",
        'starting service: "%s", workers: %d, listening on: %s',
        'starting service: "actix-web-service-0.0.0.0:8000", workers: 4, listening on: 0.0.0.0:8000',
    )
    return fs.logs(T0)


SYSTEMS = {
    "neon-pageserver": neon_pageserver,
    "materialize": materialize,
    "risingwave": risingwave,
    "kanidm": kanidm,
    "parseable": parseable,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
