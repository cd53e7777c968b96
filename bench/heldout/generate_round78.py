#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 78 (fluent-bit, jaeger, tempo, graylog, opensearch) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (Fluent Bit's start-up banner and the Elasticsearch
responses it prints under its line, Java stack traces, Graylog's bulk failure items) have no
label. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock; Fluent Bit's second-resolution times come from a microsecond clock, so a burst
shares a second as a real one does). Five logs of a logging and tracing stack:

- Fluent Bit 3.0.7 as a DaemonSet on two workers (`fluent-bit-7xk2p.log`,
  `fluent-bit-q9m4d.log`, and after the 10:05 rollout `fluent-bit-m2c8r.log`,
  `fluent-bit-zt6wn.log`): its own `[2024/06/04 06:00:01] [ info] [component] message` layout
  (the level padded to five, a plugin instance's `[input:tail:tail.0]` added by the
  flb_plg_* macros, core components' `[engine]`, `[net]`, `[storage]` written in the format),
  the banner without a time at the top, `[engine] caught signal (SIGTERM)` without a level. The
  tail input's `inotify_fs_add()` / `inotify_fs_remove()` for container logs, rotations and
  cronjob pods; one app's time field failing its parser (`[parser:%s] invalid time format %s
  for '%s'`); the API server restarting at 07:40 (`kube api upstream connection error`, `could
  not get meta for POD %s`); Elasticsearch rejecting bulks at 08:10 (`HTTP status=429
  URI=/_bulk, response:` with the JSON on the next line and a blank line after), down 08:40 to
  08:52 (`[net] TCP connection failed: ...`, `no upstream connections available`, `failed to
  flush chunk ...`, `chunk ... cannot be retried`, the input paused on its memory limit), a
  mapping conflict on worker-2 at 09:15 (Trace_Error's `error: Output` with the bulk response
  under it), DNS stalling at 09:55 (`[net] getaddrinfo(host='%s', err=%d): %s`), the rollout.
- Jaeger 1.57 with Elasticsearch (`jaeger-collector-7f9c6d8b5-2xkqp.log`, `-wd4mz.log`, the
  rescheduled `-r8vtn.log`, `jaeger-query-5b6d4c9f8-h7t2n.log`): zap's production JSON (`ts`
  in epoch seconds, `caller`, `msg`, the fields, `stacktrace` from error up). The admin
  server's, gRPC's `[core]` and the OTLP receiver's start-up lines; a data node dying at 07:00
  (`Elasticsearch could not process bulk request` with the dial error, the rescheduled
  collector's `Failed to init storage factory` at fatal three times, the UI's searches failing
  with `HTTP handler, Internal Server Error`); 429 items at 08:30 and 400 items (a string in a
  long tag's mapping) from 09:20 (`Elasticsearch part of bulk request failed` with the item in
  `response`); a collector at debug for two minutes (`Span written to the storage by the
  collector`).
- Grafana Tempo 2.4.1 in microservices mode (`tempo-distributor-6c5d9f7b8-k2xvw.log`,
  `tempo-ingester-0.log`, `tempo-ingester-1.log`, `tempo-compactor-0.log`,
  `tempo-query-frontend-5f8b7d6c4-x9p2m.log`): go-kit logfmt (`level=info
  ts=2024-06-04T06:00:01.123456789Z caller=flush.go:253 msg="..." key=value`, `org_id=` before
  `msg` where the logger carries the tenant). Start-up (modules, memberlist, the lifecycler);
  blocks cut, completed and flushed; the compactor's compactions and retention; the frontend's
  request lines (no `msg`: `tenant= method= traceID= url= duration= response_size= status=`);
  ingester-1 restarted at 07:30 (the distributor's pushes refused, memberlist's `WriteTo
  failed`, the WAL replayed), MinIO down 08:40 to 08:52 (flushes retried with backoff,
  compaction failing, searches answered 500), a flood at 09:20 (`RATE_LIMITED`,
  `LIVE_TRACES_EXCEEDED`), traces too large now and then.
- Graylog 5.2.7 on two nodes (`graylog-0-server.log`, `graylog-1-server.log`): the packages'
  log4j2 layout `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5p [%c{1}] %m%n`, an exception after its
  message. A broken GELF sender 06:30 to 09:05 (`Unable to decode raw message {} on input
  <{}>.`, `Error processing message {}` with the IllegalArgumentException and its stack);
  hourly rotation of three index sets on the leader and retention; MongoDB electing a new
  primary at 08:20 (`Exception in monitor thread while connecting to server {}` with its
  stack, `Did not find meta info of this node. Re-registering.`); graylog-1 upgraded at 09:30
  (graceful shutdown, the full start-up); a script logging in with an old password; OpenSearch
  at its flood stage at 10:40 (`Failed to index [{}] messages. ... Error: failure in bulk
  execution:` with an item per line under it) and restarted at 10:55 (`Caught exception during
  bulk indexing: {}, retrying (attempt #{}).`, `Bulk indexing finally successful`).
- OpenSearch 2.11.1, three nodes of cluster `logs` (`os-1-logs.log`, `os-2-logs.log`,
  `os-3-logs.log`): `[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n`. The security
  plugin refusing a shipper's stale password all day (`Authentication finally failed for {}
  from {}`), dynamic mapping updates, Graylog's indices created and deleted hourly with the
  health going yellow and green, os-2's heap (`[gc][{}] overhead, spent [{}] collecting in the
  last [{}]`, `[gc][young]` / `[gc][old]` durations, the circuit breaker's G1GC trigger), os-3
  killed at 08:00 (the transport exception with its stack, node-left, delayed allocation, its
  start-up, node-join), os-3's disk filling from 10:15 (low, high, flood-stage watermarks, the
  read-only block released).

Label notes. The rules of rounds 51 to 77 hold. Fluent Bit's time and level and a plugin
instance's `[type:name:alias] ` (added by flb_plg_*, as round 52's `[type:name]`) are context,
but a core component written in the format (`[engine] ...`, `[net] ...`, `[input] %s paused
...`, `[parser:%s] ...`) is wording; zap's `level`, `ts`, `caller`, fields and `stacktrace`,
go-kit's `level`, `ts`, `caller`, `org_id`, `component` and the keys after `msg`, and the
Java layouts' time, level, logger and node are context: the message is the label. An `error`
/ `err` field made from a format of its own contributes that format after the message (round
73: `pusher failed to consume trace data err=rpc error: code = ResourceExhausted desc =
RATE_LIMITED: ...`, `HTTP handler, Internal Server Error error=search services failed: ...`);
Jaeger's `response` field is not an error field, so the 429 and 400 items share `Elasticsearch
part of bulk request failed`. Tempo's frontend lines have no message and are labelled as
access records (method, route, status: `GET /api/traces/%s 200`, `GET
/api/v2/search/tag/%s/values 200`). Values: enum names (Graylog's input states, the
lifecycler's states, OpenSearch's health colours and `young` / `old`), plugin and index set
names, statuses inside a response. OpenSearch's cluster state summaries are messages of their
own (`{}, term: {}, version: {}, delta: {}` with `node-left[...]`): each summary's format is
the label. A multi-line message (Fluent Bit's `response:\n%s\n`, Graylog's bulk failure)
is labelled at its first line with the format up to its first line break.

Sources: written from the helper's knowledge of each program and of real logs; checked against
copies of the sources: Fluent Bit's es output (`HTTP status=%i URI=%s, response:\n%s\n`,
`error: Output\n%s`), its engine's retry and drop lines; Tempo's ingester flush loop (`head
block cut. enqueueing flush op`, `completing block`, `block completed`, `flushing block`,
`error performing op in flushQueue`, `retrying op in flushQueue`); the distributor's `pusher
failed to consume trace data`. Least sure: Fluent Bit 3.0's banner (the ASCII logo newer
versions print under it is left out), whether the kubernetes filter's API errors read `kube
api upstream connection error`, the `[input] %s paused (mem buf overlimit)` pair's levels;
Jaeger's callers and line numbers, `Archive storage not initialized`, `Shutting down` /
`Shutdown complete`, the query service's `search services failed: %w` / `Search service failed:
%w`, the debug span line's wording; Tempo's compactor and retention lines (`Compacting hash`,
`beginning compaction`, `compacting block`, `flushed to block`, `wrote compacted block`,
`writing tenant index`, `error during compaction cycle`), `beginning wal replay` / `wal replay
complete`, the RATE_LIMITED and LIVE_TRACES_EXCEEDED texts; Graylog's `Deflector index <{}>
(index set <{}>) should be rotated ({}), ...`, `Invalid credentials in session create request.
Actor: {}`, the MessagesAdapterOS2 wordings, the GracefulShutdown lines; OpenSearch's
`GC did (not) bring memory usage down` line, the applier and manager summaries' exact shape.
Run it only to change the data on purpose: `python bench/heldout/generate_round78.py
[SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round77 import Files

CINT = re.compile(r"%(?:lu|zu|li|ld|lld|llu|u|i)")


def cfmt(tmpl: str, *vals: object) -> str:
    """A C printf format (`%i`, `%lu`, `%zu`, `%s`) filled in order."""
    return CINT.sub("%d", tmpl) % vals


def j4(tmpl: str, *vals: object) -> str:
    """A log4j / SLF4J message (`{}` holes) filled in order."""
    parts = tmpl.split("{}")
    assert len(parts) == len(vals) + 1, (tmpl, vals)
    out = parts[0]
    for v, p in zip(vals, parts[1:], strict=True):
        out += str(v) + p
    return out


def during(t: datetime, w: tuple[datetime, datetime]) -> bool:
    return w[0] <= t < w[1]


# --------------------------------------------------------------------------------- fluent-bit

FB_VERSION = "3.0.7"
FB_COMMIT = "73e72bdf9b"
FB_ES = "elasticsearch-master.logging.svc"
FB_BANNER = [
    f"Fluent Bit v{FB_VERSION}",
    "* Copyright (C) 2015-2024 The Fluent Bit Authors",
    "* Fluent Bit is a CNCF sub-project under the umbrella of Fluentd",
    "* https://fluentbit.io",
    "",
]
FB_APPS = [
    ("shop", "checkout-api", 3),
    ("shop", "cart-api", 2),
    ("shop", "catalog-api", 3),
    ("shop", "payments-worker", 2),
    ("shop", "web-frontend", 3),
    ("ingress-nginx", "ingress-nginx-controller", 1),
    ("kube-system", "coredns", 1),
    ("kube-system", "kube-proxy", 1),
    ("kube-system", "calico-node", 1),
    ("monitoring", "node-exporter", 1),
    ("monitoring", "prometheus-k8s", 1),
    ("logging", "fluent-bit", 1),
    ("shop", "redis", 1),
    ("shop", "orders-db", 1),
]
FB_TAIL = "[input:tail:tail.0] "
FB_BACKLOG = "[input:storage_backlog:storage_backlog.1] "
FB_K8S = "[filter:kubernetes:kubernetes.0] "
FB_OUT = "[output:es:es.0] "
FB_429 = '{"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation [coordinating_and_primary_bytes=%d, replica_bytes=0, all_bytes=%d, coordinating_operation_bytes=%d, max_coordinating_and_primary_bytes=107374182]"}],"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation [coordinating_and_primary_bytes=%d, replica_bytes=0, all_bytes=%d, coordinating_operation_bytes=%d, max_coordinating_and_primary_bytes=107374182]"},"status":429}'


def fluent_bit(r: random.Random) -> list[Log]:
    """A Fluent Bit 3.0.7 DaemonSet on two workers (kubectl logs of each pod: `fluent-bit-7xk2p`
    and `fluent-bit-q9m4d`, then after the 10:05 rollout `fluent-bit-m2c8r` and `fluent-bit-zt6wn`),
    tailing /var/log/containers/*.log with the kubernetes filter into Elasticsearch (es output,
    Trace_Error on, Retry_Limit 5), 06:00 to 11:00. Container logs rotate, cronjob pods come and
    go, one app's JSON time field does not match its parser, Elasticsearch rejects bulks (429) at
    08:10, is down 08:40 to 08:52 (chunks dropped, the input paused), a new app's field breaks a
    mapping at 09:15 on worker-2, the API server restarts at 07:40 and DNS stalls at 09:55."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(11, 0)
    rollout = at(10, 5)
    nodes = {
        "worker-1": ("fluent-bit-7xk2p.log", "fluent-bit-m2c8r.log"),
        "worker-2": ("fluent-bit-q9m4d.log", "fluent-bit-zt6wn.log"),
    }
    w429 = (at(8, 10), at(8, 25))
    wdown = (at(8, 40), at(8, 52, 30))
    wmap = (at(9, 15), at(9, 45))
    wapi = (at(7, 40), at(7, 42, 30))
    wdns = (at(9, 55), at(9, 57, 10))

    def fname(node: str, t: datetime) -> str:
        return nodes[node][0] if t < rollout else nodes[node][1]

    def L(
        node: str,
        t: datetime,
        lvl: str,
        ctx: str,
        label: str,
        text: str,
        cont: list[str] | None = None,
        f: str | None = None,
        raw: bool = False,
    ) -> datetime:
        f = f or fname(node, t)

        def tx(t: datetime) -> list[str]:
            head = "" if raw else f"[{t:%Y/%m/%d %H:%M:%S}] " + (f"[{lvl:>5}] " if lvl else "")
            return [head + ctx + text, *(cont or [])]

        return fs.add(f, t, label, tx)

    def C(
        node: str,
        t: datetime,
        lvl: str,
        ctx: str,
        tmpl: str,
        *vals: object,
        cont: list[str] | None = None,
        f: str | None = None,
    ) -> datetime:
        return L(
            node, t, lvl, ctx, tmpl.replace("\n", "\\n"), cfmt(tmpl, *vals).split("\n")[0], cont, f
        )

    # containers on each node: (path, inode, watch_fd)
    state: dict[str, dict] = {}

    def podname(app: str) -> str:
        return f"{app}-{hexid(r, 9)[:9]}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"

    def cpath(ns: str, pod: str, cont: str) -> str:
        return f"/var/log/containers/{pod}_{ns}_{cont}-{hexid(r, 64)}.log"

    def add_watch(node: str, t: datetime, path: str) -> datetime:
        st = state[node]
        st["fd"] += 1
        ino = r.randrange(1_000_000, 9_999_999)
        st["watch"][path] = (ino, st["fd"])
        return C(
            node,
            t,
            "info",
            FB_TAIL,
            "inotify_fs_add(): inode=%lu watch_fd=%d name=%s",
            ino,
            st["fd"],
            path,
        )

    def startup(node: str, t: datetime, f: str) -> datetime:
        state[node] = {"fd": 0, "watch": {}, "task": 0, "paused": False}
        L(node, t, "", "", "Fluent Bit v%s", FB_BANNER[0], FB_BANNER[1:], f=f, raw=True)
        t += timedelta(milliseconds=2)
        pid = 1
        for lvl, ctx, tmpl, vals in [
            (
                "info",
                "",
                "[fluent bit] version=%s, commit=%s, pid=%i",
                (FB_VERSION, FB_COMMIT, pid),
            ),
            (
                "info",
                "",
                "[storage] ver=%s, type=%s, sync=%s, checksum=%s, max_chunks_up=%i",
                ("1.5.2", "memory", "normal", "off", 128),
            ),
            ("info", "", "[cmetrics] version=%s", ("0.9.1",)),
            ("info", "", "[ctraces ] version=%s", ("0.5.1",)),
            ("info", FB_TAIL, "initializing", ()),
            ("info", FB_TAIL, "storage_strategy='%s' (%s)", ("memory", "memory only")),
            ("info", FB_TAIL, "multiline core started", ()),
            ("info", FB_K8S, "https=%i host=%s port=%i", (1, "kubernetes.default.svc", 443)),
            ("info", FB_K8S, " token updated", ()),
            ("info", FB_K8S, "local POD info OK", ()),
            ("info", FB_K8S, "testing connectivity with API server...", ()),
            ("info", FB_K8S, "connectivity OK", ()),
            ("info", FB_OUT, "worker #%i started", (0,)),
            ("info", FB_OUT, "worker #%i started", (1,)),
            ("info", "", "[http_server] listen iface=%s tcp_port=%s", ("0.0.0.0", "2020")),
            ("info", "", "[sp] stream processor started", ()),
        ]:
            t = C(
                node,
                t + timedelta(microseconds=r.randrange(300, 40000)),
                lvl,
                ctx,
                tmpl,
                *vals,
                f=f,
            )
        return t

    # the containers each node runs
    node_paths: dict[str, list[str]] = {}
    busy: dict[str, list[str]] = {}
    for node in nodes:
        paths = []
        for ns, app, n in FB_APPS:
            for _ in range(max(1, n // 2 + (1 if node == "worker-1" and n > 1 else 0))):
                paths.append(cpath(ns, podname(app), app))
        node_paths[node] = paths
        busy[node] = [
            p
            for p in paths
            if any(k in p for k in ("ingress-nginx", "checkout-api", "web-frontend", "catalog-api"))
        ]

    def boot(node: str, t: datetime, f: str) -> None:
        t = startup(node, t, f)
        for p in node_paths[node]:
            t = add_watch(node, t + timedelta(microseconds=r.randrange(200, 3000)), p)

    for node in nodes:
        boot(node, t0 + secs(r, 0, 3), nodes[node][0])

    # log rotation of busy containers (kubelet at 10 MiB) and a cronjob every five minutes on
    # either node (the job controller keeps three pods), in time order so watch_fd grows
    evs: list[tuple[datetime, str, str, str]] = []
    for node in nodes:
        for p in busy[node]:
            for t in poisson(r, t0 + timedelta(minutes=5), t_end, r.uniform(900, 1500)):
                if abs((t - rollout).total_seconds()) > 90:
                    evs.append((t, "rotate", node, p))
    for i in range(1, 60):
        t = t0 + timedelta(minutes=5 * i, seconds=r.uniform(1, 4))
        if abs((t - rollout).total_seconds()) > 90:
            evs.append((t, "cron", r.choice(list(nodes)), str(28633620 + 5 * i)))
    kept: list[tuple[str, str, int, int, datetime]] = []
    for t, kind, node, p in sorted(evs):
        st = state[node] if t < rollout else {"fd": 60, "watch": {}}
        if kind == "rotate":
            ino, fd = st["watch"].get(p, (r.randrange(1_000_000, 9_999_999), r.randrange(20, 40)))
            pod_dir = p.split("/")[-1].rsplit("-", 1)[0]
            podn, ns, cont = pod_dir.split("_")
            rotated = f"/var/log/pods/{ns}_{podn}_{uuid4(r)}/{cont}/0.log.{t:%Y%m%d-%H%M%S}"
            x = C(
                node, t, "info", FB_TAIL, "inode=%lu handle rotation(): %s => %s", ino, p, rotated
            )
            x = C(
                node,
                x + secs(r, 5, 6),
                "info",
                FB_TAIL,
                "inotify_fs_remove(): inode=%lu watch_fd=%d",
                ino,
                fd,
            )
            if t < rollout:
                add_watch(node, x + secs(r, 0.01, 0.5), p)
            else:
                C(
                    node,
                    x + secs(r, 0.01, 0.5),
                    "info",
                    FB_TAIL,
                    "inotify_fs_add(): inode=%lu watch_fd=%d name=%s",
                    r.randrange(1_000_000, 9_999_999),
                    r.randrange(60, 90),
                    p,
                )
            continue
        pod = (
            f"report-sync-{p}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
        )
        path = cpath("shop", pod, "report-sync")
        if t < rollout:
            add_watch(node, t + secs(r, 1, 3), path)
            ino, fd = st["watch"][path]
        else:
            ino, fd = r.randrange(1_000_000, 9_999_999), r.randrange(60, 90)
            C(
                node,
                t + secs(r, 1, 3),
                "info",
                FB_TAIL,
                "inotify_fs_add(): inode=%lu watch_fd=%d name=%s",
                ino,
                fd,
                path,
            )
        if during(t, wapi):
            x = C(
                node,
                t + secs(r, 3.1, 4.2),
                "error",
                "",
                "[net] TCP connection failed: %s:%i (%s)",
                "kubernetes.default.svc",
                443,
                "Connection refused",
            )
            x = C(
                node,
                x + timedelta(milliseconds=1),
                "error",
                FB_K8S,
                "kube api upstream connection error",
            )
            C(
                node,
                x + timedelta(milliseconds=1),
                "warn",
                FB_K8S,
                "could not get meta for POD %s",
                pod,
            )
        kept.append((node, path, ino, fd, t))
        if len(kept) > 3:
            onode, opath, oino, ofd, ot = kept.pop(0)
            if (ot < rollout) != (t < rollout):
                continue
            x = C(
                onode,
                t + secs(r, 40, 80),
                "info",
                FB_TAIL,
                "inode=%lu file has been deleted: %s",
                oino,
                opath,
            )
            C(
                onode,
                x + timedelta(microseconds=r.randrange(100, 900)),
                "info",
                FB_TAIL,
                "inotify_fs_remove(): inode=%lu watch_fd=%d",
                oino,
                ofd,
            )
            if ot < rollout:
                state[onode]["watch"].pop(opath, None)

    # kube API restart: new pods of a deployment rollout in shop miss their metadata
    for t in poisson(r, wapi[0], wapi[1], 9):
        node = r.choice(list(nodes))
        pod = podname("checkout-api")
        x = C(
            node,
            t,
            "error",
            "",
            "[net] TCP connection failed: %s:%i (%s)",
            "kubernetes.default.svc",
            443,
            "Connection refused",
        )
        x = C(
            node,
            x + timedelta(milliseconds=1),
            "error",
            FB_K8S,
            "kube api upstream connection error",
        )
        C(node, x + timedelta(milliseconds=1), "warn", FB_K8S, "could not get meta for POD %s", pod)

    # payments-worker's JSON time field does not match the parser (fixed 09:40)
    for t in poisson(r, t0 + timedelta(minutes=2), at(9, 40), 24):
        ts = t - timedelta(seconds=r.uniform(0.2, 1.5))
        C(
            "worker-1",
            t,
            "warn",
            "",
            "[parser:%s] invalid time format %s for '%s'",
            "payments_json",
            "%Y-%m-%dT%H:%M:%S.%L%z",
            f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d}",
        )

    def chunk_id(t: datetime) -> str:
        return f"1-{int(t.timestamp()) - r.randrange(1, 4)}.{r.randrange(10**8, 10**9)}.flb"

    def task(node: str) -> int:
        state[node]["task"] = (state[node]["task"] + 1) % 48
        return state[node]["task"]

    def flush_fail(node: str, t: datetime, cid: str, tid: int, retry: int) -> datetime:
        return C(
            node,
            t,
            "warn",
            "",
            "[engine] failed to flush chunk '%s', retry in %i seconds: task_id=%i, input=%s > output=%s (out_id=%i)",
            cid,
            retry,
            tid,
            "tail.0",
            "es.0",
            0,
        )

    # Elasticsearch rejecting bulks (429)
    for node in nodes:
        for t in poisson(r, w429[0], w429[1], 14):
            cid, tid = chunk_id(t), task(node)
            tries = 1 if r.random() < 0.75 else 2
            x = t
            for k in range(tries):
                b = r.randrange(100_000_000, 107_374_182)
                op = r.randrange(400_000, 2_000_000)
                x = C(
                    node,
                    x,
                    "error",
                    FB_OUT,
                    "HTTP status=%i URI=%s, response:\n%s\n",
                    429,
                    "/_bulk",
                    "",
                    cont=[FB_429 % (b, b, op, b, b, op), ""],
                )
                delay = r.randrange(6, 12) * (k + 1)
                x = flush_fail(node, x + timedelta(milliseconds=1), cid, tid, delay)
                x += timedelta(seconds=delay)
            C(
                node,
                x,
                "info",
                "",
                "[engine] flush chunk '%s' succeeded at retry %i: task_id=%i, input=%s > output=%s (out_id=%i)",
                cid,
                tries,
                tid,
                "tail.0",
                "es.0",
                0,
            )

    # Elasticsearch down: connections refused, chunks dropped after five retries, input paused
    for node in nodes:
        for t in poisson(r, wdown[0], wdown[1], 40):
            cid, tid = chunk_id(t), task(node)
            x = t
            for k in range(6):
                if x >= wdown[1] + timedelta(seconds=20):
                    C(
                        node,
                        x,
                        "info",
                        "",
                        "[engine] flush chunk '%s' succeeded at retry %i: task_id=%i, input=%s > output=%s (out_id=%i)",
                        cid,
                        k,
                        tid,
                        "tail.0",
                        "es.0",
                        0,
                    )
                    break
                x = C(
                    node,
                    x,
                    "error",
                    "",
                    "[net] TCP connection failed: %s:%i (%s)",
                    FB_ES,
                    9200,
                    "Connection refused",
                )
                x = C(
                    node,
                    x + timedelta(microseconds=300),
                    "error",
                    FB_OUT,
                    "no upstream connections available",
                )
                if k == 5:
                    C(
                        node,
                        x + timedelta(microseconds=200),
                        "error",
                        "",
                        "[engine] chunk '%s' cannot be retried: task_id=%i, input=%s > output=%s",
                        cid,
                        tid,
                        "tail.0",
                        "es.0",
                    )
                    break
                delay = min(2000, r.randrange(1, 2 ** (k + 3)))
                delay = max(delay, 5 * (k + 1))
                x = flush_fail(node, x + timedelta(microseconds=200), cid, tid, delay)
                x += timedelta(seconds=delay)
        for t in poisson(r, wdown[0] + timedelta(minutes=3), wdown[1], 75):
            x = C(node, t, "warn", "", "[input] %s paused (mem buf overlimit)", "tail.0")
            x = C(node, x + timedelta(microseconds=100), "info", "", "[input] pausing %s", "tail.0")
            x = C(
                node,
                x + secs(r, 2, 9),
                "info",
                "",
                "[input] %s resume (mem buf overlimit)",
                "tail.0",
            )
            C(node, x + timedelta(microseconds=100), "info", "", "[input] resume %s", "tail.0")

    # a new app's field breaks the mapping of today's index on worker-2 (Trace_Error on)
    for t in poisson(r, wmap[0], wmap[1], 100):
        node = "worker-2"
        cid, tid = chunk_id(t), task(node)
        x = t
        for k in range(6):
            items = []
            for _ in range(r.randrange(1, 3)):
                items.append(
                    f'{{"create":{{"_index":"logstash-2024.06.04","_id":"{hexid(r, 20)}","status":400,"error":{{"type":"mapper_parsing_exception","reason":"failed to parse field [status] of type [long] in document with id \'{hexid(r, 20)}\'. Preview of field\'s value: \'ok\'","caused_by":{{"type":"illegal_argument_exception","reason":"For input string: \\"ok\\""}}}}}}}}'
                )
                items.append(
                    f'{{"create":{{"_index":"logstash-2024.06.04","_id":"{hexid(r, 20)}","_version":1,"result":"created","_shards":{{"total":2,"successful":2,"failed":0}},"_seq_no":{r.randrange(10**6, 10**7)},"_primary_term":3,"status":201}}}}'
                )
            body = f'{{"took":{r.randrange(4, 60)},"errors":true,"items":[{",".join(items)}]}}'
            x = C(node, x, "error", FB_OUT, "error: Output\n%s", "", cont=[body])
            if k == 5:
                C(
                    node,
                    x + timedelta(microseconds=200),
                    "error",
                    "",
                    "[engine] chunk '%s' cannot be retried: task_id=%i, input=%s > output=%s",
                    cid,
                    tid,
                    "tail.0",
                    "es.0",
                )
                break
            delay = r.randrange(5, 10) * (k + 1)
            x = flush_fail(node, x + timedelta(microseconds=200), cid, tid, delay)
            x += timedelta(seconds=delay)

    # DNS stalls
    for node in nodes:
        for t in poisson(r, wdns[0], wdns[1], 7):
            cid, tid = chunk_id(t), task(node)
            x = C(
                node,
                t,
                "warn",
                "",
                "[net] getaddrinfo(host='%s', err=%d): %s",
                FB_ES,
                12,
                "Timeout while contacting DNS servers",
            )
            x = C(
                node,
                x + timedelta(microseconds=300),
                "error",
                FB_OUT,
                "no upstream connections available",
            )
            delay = r.randrange(6, 14)
            x = flush_fail(node, x + timedelta(microseconds=200), cid, tid, delay)
            C(
                node,
                x + timedelta(seconds=delay),
                "info",
                "",
                "[engine] flush chunk '%s' succeeded at retry %i: task_id=%i, input=%s > output=%s (out_id=%i)",
                cid,
                1,
                tid,
                "tail.0",
                "es.0",
                0,
            )

    # the rollout: each old pod stops, a new one starts
    for i, node in enumerate(nodes):
        f_old, f_new = nodes[node]
        t = rollout + timedelta(seconds=40 * i) + secs(r, 0, 2)
        x = C(node, t, "", "", "[engine] caught signal (%s)", "SIGTERM", f=f_old)
        x = C(
            node,
            x + timedelta(microseconds=200),
            "info",
            "",
            "[input] pausing %s",
            "tail.0",
            f=f_old,
        )
        x = C(
            node,
            x + timedelta(microseconds=200),
            "info",
            "",
            "[input] pausing %s",
            "storage_backlog.1",
            f=f_old,
        )
        x = C(
            node,
            x + timedelta(microseconds=200),
            "warn",
            "",
            "[engine] service will shutdown in max %u seconds",
            5,
            f=f_old,
        )
        x = C(
            node,
            x + secs(r, 0.9, 1.2),
            "info",
            "",
            "[engine] service has stopped (%i pending tasks)",
            0,
            f=f_old,
        )
        for _p, (ino, fd) in sorted(state[node]["watch"].items(), key=lambda kv: kv[1][1]):
            x = C(
                node,
                x + timedelta(microseconds=150),
                "info",
                FB_TAIL,
                "inotify_fs_remove(): inode=%lu watch_fd=%d",
                ino,
                fd,
                f=f_old,
            )
        for w in (0, 1):
            x = C(
                node,
                x + timedelta(microseconds=300),
                "info",
                FB_OUT,
                "thread worker #%i stopping...",
                w,
                f=f_old,
            )
            x = C(
                node,
                x + timedelta(microseconds=300),
                "info",
                FB_OUT,
                "thread worker #%i stopped",
                w,
                f=f_old,
            )
        boot(node, x + secs(r, 6, 12), f_new)
    return fs.logs(t0)


# --------------------------------------------------------------------------------- jaeger

JG_V = "1.57.0"
JG_ES = "http://elasticsearch:9200"
JG_CORE = "grpc@v1.63.2/server.go"
JG_BULK_REFUSED = (
    'Post "http://elasticsearch:9200/_bulk": dial tcp 10.96.12.7:9200: connect: connection refused'
)
JG_STACK_BULK = "github.com/jaegertracing/jaeger/pkg/es/config.(*Configuration).NewClient.func2\n\tgithub.com/jaegertracing/jaeger/pkg/es/config/config.go:150\ngithub.com/olivere/elastic.(*bulkWorker).commit\n\tgithub.com/olivere/elastic@v6.2.37+incompatible/bulk_processor.go:588\ngithub.com/olivere/elastic.(*bulkWorker).work\n\tgithub.com/olivere/elastic@v6.2.37+incompatible/bulk_processor.go:501"
JG_STACK_PART = "github.com/jaegertracing/jaeger/pkg/es/config.(*Configuration).NewClient.func2\n\tgithub.com/jaegertracing/jaeger/pkg/es/config/config.go:163\ngithub.com/olivere/elastic.(*bulkWorker).commit\n\tgithub.com/olivere/elastic@v6.2.37+incompatible/bulk_processor.go:588\ngithub.com/olivere/elastic.(*bulkWorker).work\n\tgithub.com/olivere/elastic@v6.2.37+incompatible/bulk_processor.go:501"
JG_STACK_FATAL = "main.main.func1\n\tgithub.com/jaegertracing/jaeger/cmd/collector/main.go:73\ngithub.com/spf13/cobra.(*Command).execute\n\tgithub.com/spf13/cobra@v1.8.0/command.go:983\ngithub.com/spf13/cobra.(*Command).ExecuteC\n\tgithub.com/spf13/cobra@v1.8.0/command.go:1115\ngithub.com/spf13/cobra.(*Command).Execute\n\tgithub.com/spf13/cobra@v1.8.0/command.go:1039\nmain.main\n\tgithub.com/jaegertracing/jaeger/cmd/collector/main.go:155\nruntime.main\n\truntime/proc.go:271"
JG_STACK_HTTP = "github.com/jaegertracing/jaeger/cmd/query/app.(*APIHandler).handleError\n\tgithub.com/jaegertracing/jaeger/cmd/query/app/http_handler.go:505\ngithub.com/jaegertracing/jaeger/cmd/query/app.(*APIHandler).getServices\n\tgithub.com/jaegertracing/jaeger/cmd/query/app/http_handler.go:158\nnet/http.HandlerFunc.ServeHTTP\n\tnet/http/server.go:2166"
JG_SERVICES = [
    "frontend",
    "checkout",
    "cart",
    "catalog",
    "payments",
    "shipping",
    "recommendation",
    "ad",
    "email",
    "currency",
]


def jaeger(r: random.Random) -> list[Log]:
    """Jaeger 1.57 on Kubernetes with Elasticsearch storage: two collectors
    (`jaeger-collector-7f9c6d8b5-2xkqp`, `-wd4mz`, the second rescheduled at 07:00 as `-r8vtn`)
    and a query service, zap's production JSON (`ts` in epoch seconds, the caller, an error
    level's `stacktrace`), 06:00 to 10:00. An Elasticsearch data node dies at 07:00 (bulk
    requests refused for nine minutes, the rescheduled collector failing to start three times,
    the UI's searches failing), the cluster rejects writes at 08:30 (429 items), the first
    collector is restarted at debug for two minutes at 09:00 and back, a new service's tag
    breaks the span mapping from 09:20 to 09:50 (400 items)."""
    fs = Files(1)
    t0 = at(6, 0)
    c0, c1, c1b, q = (
        "jaeger-collector-7f9c6d8b5-2xkqp.log",
        "jaeger-collector-7f9c6d8b5-wd4mz.log",
        "jaeger-collector-7f9c6d8b5-r8vtn.log",
        "jaeger-query-5b6d4c9f8-h7t2n.log",
    )
    down = (at(7, 0, 12), at(7, 9, 40))
    rej = (at(8, 30), at(8, 40))
    dbg = (at(9, 0, 20), at(9, 2, 30))
    bad = (at(9, 20), at(9, 50))

    def Z(
        f: str,
        t: datetime,
        lvl: str,
        caller: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
        stack: str | None = None,
        label: str | None = None,
    ) -> datetime:
        def tx(t: datetime) -> list[str]:
            ts = f"{t.timestamp():.7f}".rstrip("0").rstrip(".")
            out = f'{{"level":"{lvl}","ts":{ts},"caller":"{caller}","msg":{json.dumps(msg)}'
            for k, v in fields or []:
                out += (
                    f",{json.dumps(k)}:{json.dumps(v, ensure_ascii=False, separators=(',', ':'))}"
                )
            if stack:
                out += ',"stacktrace":' + json.dumps(stack)
            return [out + "}"]

        return fs.add(f, t, label or msg, tx)

    def step(t: datetime, lo: float = 0.0002, hi: float = 0.004) -> datetime:
        return t + secs(r, lo, hi)

    srv_no = {c0: 0, c1: 0, c1b: 0, q: 0}

    def admin(f: str, t: datetime, port: int) -> datetime:
        t = Z(
            f,
            t,
            "info",
            "flags/service.go:119",
            "Mounting metrics handler on admin server",
            [("route", "/metrics")],
        )
        t = Z(
            f,
            step(t),
            "info",
            "flags/service.go:125",
            "Mounting expvar handler on admin server",
            [("route", "/debug/vars")],
        )
        t = Z(
            f,
            step(t),
            "info",
            "flags/admin.go:130",
            "Mounting health check on admin server",
            [("route", "/")],
        )
        t = Z(
            f,
            step(t),
            "info",
            "flags/admin.go:144",
            "Starting admin HTTP server",
            [("http-addr", f":{port}")],
        )
        t = Z(
            f,
            step(t),
            "info",
            "flags/admin.go:122",
            "Admin server started",
            [("http.host-port", f"[::]:{port}"), ("health-status", "unavailable")],
        )
        return t

    def collector_start(f: str, t: datetime, fail: bool = False) -> datetime:
        t = admin(f, t, 14269)
        if fail:
            return Z(
                f,
                t + secs(r, 5, 5.2),
                "fatal",
                "collector/main.go:73",
                "Failed to init storage factory",
                [
                    (
                        "error",
                        'failed to create primary Elasticsearch client: health check timeout: Head "http://elasticsearch:9200": dial tcp 10.96.12.7:9200: connect: connection refused: no Elasticsearch node available',
                    )
                ],
                JG_STACK_FATAL,
                label="Failed to init storage factory error=failed to create primary Elasticsearch client: health check timeout: Head %q: dial tcp %s: connect: connection refused: no Elasticsearch node available",
            )
        t = Z(
            f,
            step(t, 0.05, 0.3),
            "info",
            "config/config.go:246",
            "Elasticsearch detected",
            [("version", 7)],
        )
        srv_no[f] += 1
        n = 5 + 2 * srv_no[f]
        t = Z(
            f,
            step(t),
            "info",
            f"{JG_CORE}:679",
            f"[core] [Server #{n}] Server created",
            [("system", "grpc"), ("grpc_log", True)],
            label="[core] [Server #%d] Server created",
        )
        t = Z(
            f,
            step(t),
            "info",
            "server/grpc.go:104",
            "Starting jaeger-collector gRPC server",
            [("grpc.host-port", "[::]:14250")],
        )
        t = Z(
            f,
            step(t),
            "info",
            f"{JG_CORE}:879",
            f"[core] [Server #{n} ListenSocket #{n + 1}] ListenSocket created",
            [("system", "grpc"), ("grpc_log", True)],
            label="[core] [Server #%d ListenSocket #%d] ListenSocket created",
        )
        t = Z(
            f,
            step(t),
            "info",
            "server/http.go:56",
            "Starting jaeger-collector HTTP server",
            [("http host-port", ":14268")],
        )
        t = Z(
            f,
            step(t),
            "info",
            "server/zipkin.go:57",
            "Not listening for Zipkin HTTP traffic, port not configured",
        )
        t = Z(
            f,
            step(t),
            "info",
            "handler/otlp_receiver.go:77",
            "OTLP receiver status change",
            [("status", "StatusStarting")],
        )
        t = Z(
            f,
            step(t),
            "info",
            "otlpreceiver@v0.100.0/otlp.go:102",
            "Starting GRPC server",
            [("endpoint", "0.0.0.0:4317")],
        )
        t = Z(
            f,
            step(t),
            "info",
            "otlpreceiver@v0.100.0/otlp.go:152",
            "Starting HTTP server",
            [("endpoint", "0.0.0.0:4318")],
        )
        return Z(
            f,
            step(t),
            "info",
            "healthcheck/handler.go:129",
            "Health Check state change",
            [("status", "ready")],
        )

    def stop(f: str, t: datetime) -> datetime:
        t = Z(f, t, "info", "flags/service.go:139", "Shutting down")
        t = Z(
            f,
            step(t),
            "info",
            "healthcheck/handler.go:129",
            "Health Check state change",
            [("status", "unavailable")],
        )
        return Z(f, step(t, 0.05, 0.4), "info", "flags/service.go:147", "Shutdown complete")

    collector_start(c0, t0 + secs(r, 0, 2))
    collector_start(c1, t0 + secs(r, 1, 4))
    t = admin(q, t0 + secs(r, 3, 6), 16687)
    t = Z(
        q,
        step(t, 0.05, 0.3),
        "info",
        "config/config.go:246",
        "Elasticsearch detected",
        [("version", 7)],
    )
    t = Z(q, step(t), "info", "app/static_handler.go:181", "Archive storage not initialized")
    t = Z(
        q,
        step(t),
        "info",
        "app/server.go:225",
        "Query server started",
        [("http_addr", "[::]:16686"), ("grpc_addr", "[::]:16685")],
    )
    t = Z(
        q,
        step(t),
        "info",
        "app/server.go:306",
        "Starting GRPC server",
        [("port", 16685), ("addr", ":16685")],
    )
    t = Z(
        q,
        step(t),
        "info",
        "app/server.go:283",
        "Starting HTTP server",
        [("port", 16686), ("addr", ":16686")],
    )
    Z(
        q,
        step(t),
        "info",
        "healthcheck/handler.go:129",
        "Health Check state change",
        [("status", "ready")],
    )

    def bulk_refused(f: str, t: datetime) -> None:
        n = r.randrange(40, 500)
        Z(
            f,
            t,
            "error",
            "config/config.go:150",
            "Elasticsearch could not process bulk request",
            [
                ("request_count", n),
                ("failed_count", n),
                ("error", JG_BULK_REFUSED),
                ("response", None),
            ],
            JG_STACK_BULK,
            label="Elasticsearch could not process bulk request error=Post %q: dial tcp %s: connect: connection refused",
        )

    def part_failed(f: str, t: datetime, status: int, svc: str) -> None:
        day = "2024-06-04"
        if status == 429:
            err = {
                "type": "es_rejected_execution_exception",
                "reason": f"rejected execution of coordinating operation [coordinating_and_primary_bytes={r.randrange(100_000_000, 107_374_182)}, replica_bytes=0, all_bytes=107374182, coordinating_operation_bytes={r.randrange(40_000, 900_000)}, max_coordinating_and_primary_bytes=107374182]",
            }
        else:
            did = hexid(r, 20)
            err = {
                "type": "mapper_parsing_exception",
                "reason": f"failed to parse field [tag.http@status_code] of type [long] in document with id '{did}'. Preview of field's value: 'OK'",
                "caused_by": {
                    "type": "illegal_argument_exception",
                    "reason": 'For input string: "OK"',
                },
            }
        resp = {"_index": f"jaeger-span-{day}", "_id": hexid(r, 20), "status": status, "error": err}
        Z(
            f,
            t,
            "error",
            "config/config.go:163",
            "Elasticsearch part of bulk request failed",
            [("map-key", "index"), ("response", resp)],
            JG_STACK_PART,
        )

    # the data node dies: bulks refused on both collectors; the second collector's node drains,
    # its replacement pod fails to start until the cluster answers again
    for t in poisson(r, down[0], down[1], 1.7):
        bulk_refused(c0, t)
    c1_end = down[0] + timedelta(seconds=95)
    for t in poisson(r, down[0], c1_end, 1.7):
        bulk_refused(c1, t)
    stop(c1, c1_end + secs(r, 0.1, 0.5))
    t = c1_end + secs(r, 20, 30)
    for k in range(3):
        t = collector_start(c1b, t, fail=True)
        t += timedelta(seconds=10 * 2**k) + secs(r, 1, 3)
    while t < down[1]:
        t += timedelta(seconds=80)
    collector_start(c1b, t + secs(r, 1, 3))
    # the UI during the outage
    for t in poisson(r, down[0] + timedelta(seconds=20), down[1], 14):
        kind = r.random()
        if kind < 0.6:
            Z(
                q,
                t,
                "error",
                "app/http_handler.go:505",
                "HTTP handler, Internal Server Error",
                [
                    (
                        "error",
                        "search services failed: no available connection: no Elasticsearch node available",
                    )
                ],
                JG_STACK_HTTP,
                label="HTTP handler, Internal Server Error error=search services failed: no available connection: no Elasticsearch node available",
            )
        else:
            Z(
                q,
                t,
                "error",
                "app/http_handler.go:505",
                "HTTP handler, Internal Server Error",
                [
                    (
                        "error",
                        "Search service failed: no available connection: no Elasticsearch node available",
                    )
                ],
                JG_STACK_HTTP.replace("getServices", "search").replace(":158", ":245"),
                label="HTTP handler, Internal Server Error error=Search service failed: no available connection: no Elasticsearch node available",
            )

    # the cluster rejects writes
    for f in (c0, c1b):
        for t in poisson(r, rej[0], rej[1], 5):
            for k in range(r.choice([1, 1, 1, 2, 3])):
                part_failed(f, t + timedelta(microseconds=40 * k), 429, "")
    # collector 0 restarted at debug
    stop(c0, dbg[0] - timedelta(seconds=6))
    collector_start(c0, dbg[0] - secs(r, 2, 3))
    spans = [(r.choice(JG_SERVICES), hexid(r, 32)) for _ in range(120)]
    for t in poisson(r, dbg[0], dbg[1], 0.22):
        _svc, tid = r.choice(spans)
        Z(
            c0,
            t,
            "debug",
            "app/span_processor.go:206",
            "Span written to the storage by the collector",
            [("trace-id", tid), ("span-id", hexid(r, 16))],
        )
    stop(c0, dbg[1] + secs(r, 0, 1))
    collector_start(c0, dbg[1] + secs(r, 4, 6))
    # a new service's string status code
    for f in (c0, c1b):
        for t in poisson(r, bad[0], bad[1], 14):
            for k in range(r.choice([1, 1, 2, 2, 3, 4])):
                part_failed(f, t + timedelta(microseconds=40 * k), 400, "returns")
    return fs.logs(t0)


# --------------------------------------------------------------------------------- tempo

TP_VERSION = "(version=2.4.1, branch=HEAD, revision=8a1bb36c9)"
TP_MINIO = "minio.tempo.svc:9000"
TP_TENANT = "single-tenant"
TP_ROUTES = [
    ("/api/traces/%s", 60),
    ("/api/search", 22),
    ("/api/v2/search/tags", 8),
    ("/api/v2/search/tag/%s/values", 6),
]


def lfv(v: object) -> str:
    """A logfmt value as go-kit writes it: quoted when it holds a blank, `=`, a quote or a
    control character."""
    s = v if isinstance(v, str) else str(v)
    if s == "":
        return ""
    if any(c in s for c in ' ="\\') or any(ord(c) < 32 for c in s):
        return json.dumps(s)
    return s


def gdur(sec: float) -> str:
    """A Go time.Duration's String()."""
    if sec < 1:
        return f"{sec * 1000:.6f}".rstrip("0").rstrip(".") + "ms"
    if sec < 60:
        return f"{sec:.9f}".rstrip("0").rstrip(".") + "s"
    m, s2 = divmod(sec, 60)
    return f"{int(m)}m" + (f"{s2:.9f}".rstrip("0").rstrip(".") or "0") + "s"


def tempo(r: random.Random) -> list[Log]:
    """Grafana Tempo 2.4.1 in microservices mode (go-kit logfmt: `level=info
    ts=2024-06-04T06:00:01.123456789Z caller=flush.go:279 msg="completing block" ...`), 06:00 to
    10:00: a distributor, two ingesters, the compactor and the query frontend, each a pod whose
    stdout is a file. Blocks are cut, completed and flushed every few minutes, the compactor
    compacts and applies retention, Grafana users search and open traces through the frontend.
    ingester-1 is restarted at 07:30 (the distributor's pushes to it refused, memberlist's writes
    failing, the WAL replayed), MinIO is down from 08:40 to 08:52 (flushes retried with backoff,
    compactions failing, searches answered 500), and a batch job floods the tenant from 09:20 to
    09:40 (RATE_LIMITED and LIVE_TRACES_EXCEEDED refusals); now and then a trace is too large."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(10, 0)
    files = {
        "dist": "tempo-distributor-6c5d9f7b8-k2xvw.log",
        "ing0": "tempo-ingester-0.log",
        "ing1": "tempo-ingester-1.log",
        "comp": "tempo-compactor-0.log",
        "qf": "tempo-query-frontend-5f8b7d6c4-x9p2m.log",
    }
    ips = {
        "ing0": "10.244.1.23",
        "ing1": "10.244.2.17",
        "dist": "10.244.3.8",
        "comp": "10.244.1.31",
        "qf": "10.244.3.12",
    }
    restart = at(7, 30, 5)
    minio = (at(8, 40), at(8, 52))
    flood = (at(9, 20), at(9, 40))

    def G(
        c: str,
        t: datetime,
        lvl: str,
        caller: str,
        msg: str | None,
        kv: list[tuple[str, object]] | None = None,
        label: str | None = None,
        pre: list[tuple[str, object]] | None = None,
    ) -> datetime:
        ns = r.randrange(0, 1000)

        def tx(t: datetime) -> list[str]:
            frac = f"{t.microsecond:06d}{ns:03d}".rstrip("0")
            ts = f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"
            parts = [f"level={lvl}", f"ts={ts}", f"caller={caller}"]
            parts += [f"{k}={lfv(v)}" for k, v in pre or []]
            if msg is not None:
                parts.append(f"msg={lfv(msg)}")
            parts += [f"{k}={lfv(v)}" for k, v in kv or []]
            return [" ".join(parts)]

        return fs.add(files[c], t, label or msg, tx)

    def step(t: datetime, lo: float = 0.0001, hi: float = 0.003) -> datetime:
        return t + secs(r, lo, hi)

    modules = {
        "dist": ["server", "memberlist-kv", "ring", "overrides", "usage-report", "distributor"],
        "ing0": ["server", "memberlist-kv", "overrides", "store", "usage-report", "ingester"],
        "ing1": ["server", "memberlist-kv", "overrides", "store", "usage-report", "ingester"],
        "comp": ["server", "memberlist-kv", "overrides", "store", "usage-report", "compactor"],
        "qf": ["server", "overrides", "usage-report", "query-frontend"],
    }

    def boot(c: str, t: datetime, replay: bool = False) -> datetime:
        t = G(c, t, "info", "main.go:225", "Starting Tempo", [("version", TP_VERSION)])
        t = G(
            c,
            step(t, 0.01, 0.05),
            "info",
            "server.go:354",
            "server listening on addresses",
            [("http", "[::]:3200"), ("grpc", "[::]:9095")],
        )
        for m in modules[c]:
            t = G(c, step(t), "info", "module_service.go:82", "starting", [("module", m)])
        if c in ("ing0", "ing1"):
            if replay:
                t = G(c, step(t, 0.01, 0.1), "info", "ingester.go:405", "beginning wal replay")
                t = G(c, step(t, 0.8, 2.5), "info", "ingester.go:443", "wal replay complete")
            t = G(
                c,
                step(t),
                "info",
                "lifecycler.go:646",
                "instance not found in ring, adding with no tokens",
                [("ring", "ingester")],
            )
            t = G(
                c,
                step(t),
                "info",
                "lifecycler.go:476",
                "auto-joining cluster after timeout",
                [("ring", "ingester")],
            )
            t = G(
                c,
                step(t),
                "info",
                "lifecycler.go:966",
                "changing instance state from",
                [("old_state", "PENDING"), ("new_state", "ACTIVE"), ("ring", "ingester")],
            )
        t = G(c, step(t), "info", "app.go:205", "Tempo started")
        if c != "qf":
            n = 5 + r.randrange(0, 2)
            t = G(
                c,
                step(t),
                "info",
                "memberlist_client.go:576",
                "joining memberlist cluster",
                [("join_members", "dns+tempo-gossip-ring:7946")],
            )
            t = G(
                c,
                step(t, 0.01, 0.1),
                "info",
                "memberlist_client.go:595",
                "joining memberlist cluster succeeded",
                [("reached_nodes", n), ("elapsed_time", gdur(r.uniform(0.02, 0.2)))],
            )
        return t

    for c in files:
        boot(c, t0 + secs(r, 0, 6))

    # ingester blocks: cut, complete, flush
    def block_cycle(c: str, t: datetime) -> None:
        bid = uuid4(r)
        t = G(
            c,
            t,
            "info",
            "flush.go:253",
            "head block cut. enqueueing flush op",
            [("userid", TP_TENANT), ("block", bid)],
        )
        t = G(
            c,
            t + secs(r, 5, 30),
            "info",
            "flush.go:311",
            "completing block",
            [("userid", TP_TENANT), ("blockID", bid)],
        )
        d = r.uniform(2, 9)
        t = G(
            c,
            t + timedelta(seconds=d),
            "info",
            "flush.go:318",
            "block completed",
            [("userid", TP_TENANT), ("blockID", bid), ("duration", gdur(d))],
        )
        attempts, backoff = 0, 0
        while True:
            attempts += 1
            t = G(
                c,
                step(t, 0.001, 0.02),
                "info",
                "flush.go:394",
                "flushing block",
                [("userid", TP_TENANT), ("block", bid)],
            )
            if not during(t, minio):
                return
            t = G(
                c,
                t + secs(r, 0.01, 0.05),
                "error",
                "flush.go:369",
                "error performing op in flushQueue",
                [
                    ("op", 1),
                    ("block", bid),
                    ("attempts", attempts),
                    (
                        "err",
                        f'Put "http://{TP_MINIO}/tempo/{TP_TENANT}/{bid}/data.parquet": dial tcp 10.96.33.4:9000: connect: connection refused',
                    ),
                ],
                label="error performing op in flushQueue err=Put %q: dial tcp %s: connect: connection refused",
                pre=[("org_id", TP_TENANT)],
            )
            backoff = min(120, max(30, backoff * 2))
            t = G(
                c,
                step(t),
                "info",
                "flush.go:459",
                "retrying op in flushQueue",
                [("op", 1), ("block", bid), ("backoff", gdur(backoff))],
                pre=[("org_id", TP_TENANT)],
            )
            t += timedelta(seconds=backoff)

    for c in ("ing0", "ing1"):
        for t in poisson(r, t0 + timedelta(minutes=3), t_end, 200):
            if c == "ing1" and restart - timedelta(minutes=1) < t < restart + timedelta(minutes=2):
                continue
            block_cycle(c, t)

    # ingester-1 restarted
    x = G(
        "ing1",
        restart,
        "info",
        "signals.go:55",
        "=== received SIGINT/SIGTERM ===\n*** exiting",
        label="=== received SIGINT/SIGTERM ===\\n*** exiting",
    )
    x = G(
        "ing1",
        step(x),
        "info",
        "lifecycler.go:966",
        "changing instance state from",
        [("old_state", "ACTIVE"), ("new_state", "LEAVING"), ("ring", "ingester")],
    )
    back = boot("ing1", x + secs(r, 18, 25), replay=True)
    # pushes to ingester-1 refused while it is away; memberlist cannot reach it
    for t in poisson(r, restart + timedelta(seconds=1), back, 1.6):
        G(
            "dist",
            t,
            "error",
            "rate_limited_logger.go:38",
            "pusher failed to consume trace data",
            [
                (
                    "err",
                    f'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp {ips["ing1"]}:9095: connect: connection refused"',
                )
            ],
            label='pusher failed to consume trace data err=rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s: connect: connection refused"',
        )
    for c in ("dist", "ing0", "comp"):
        for t in poisson(r, restart + timedelta(seconds=2), back, 7):
            G(
                c,
                t,
                "warn",
                "tcp_transport.go:440",
                "WriteTo failed",
                [
                    ("addr", f"{ips['ing1']}:7946"),
                    ("err", f"dial tcp {ips['ing1']}:7946: connect: connection refused"),
                ],
                label="WriteTo failed err=dial tcp %s: connect: connection refused",
                pre=[("component", "memberlist TCPTransport")],
            )

    # the flood
    for t in poisson(r, flood[0], flood[1], 3.2):
        if r.random() < 0.7:
            G(
                "dist",
                t,
                "error",
                "rate_limited_logger.go:38",
                "pusher failed to consume trace data",
                [
                    (
                        "err",
                        f"rpc error: code = ResourceExhausted desc = RATE_LIMITED: ingestion rate limit (local: 15000000 bytes, burst: 20000000 bytes) exceeded while adding {r.randrange(2_000, 400_000)} bytes for user {TP_TENANT}",
                    )
                ],
                label="pusher failed to consume trace data err=rpc error: code = ResourceExhausted desc = RATE_LIMITED: ingestion rate limit (local: %d bytes, burst: %d bytes) exceeded while adding %d bytes for user %s",
            )
        else:
            G(
                "dist",
                t,
                "error",
                "rate_limited_logger.go:38",
                "pusher failed to consume trace data",
                [
                    (
                        "err",
                        "rpc error: code = FailedPrecondition desc = LIVE_TRACES_EXCEEDED: max live traces per tenant exceeded: per-user traces limit (local: 10000 global: 0 actual local: 10000) exceeded",
                    )
                ],
                label="pusher failed to consume trace data err=rpc error: code = FailedPrecondition desc = LIVE_TRACES_EXCEEDED: max live traces per tenant exceeded: per-user traces limit (local: %d global: %d actual local: %d) exceeded",
            )
    for t in poisson(r, t0 + timedelta(minutes=10), t_end, 600):
        G(
            "dist",
            t,
            "error",
            "rate_limited_logger.go:38",
            "pusher failed to consume trace data",
            [
                (
                    "err",
                    f"rpc error: code = FailedPrecondition desc = TRACE_TOO_LARGE: max size of trace (5000000) exceeded while adding {r.randrange(800, 90_000)} bytes to trace {hexid(r, 32)} for tenant {TP_TENANT}",
                )
            ],
            label="pusher failed to consume trace data err=rpc error: code = FailedPrecondition desc = TRACE_TOO_LARGE: max size of trace (%d) exceeded while adding %d bytes to trace %s for tenant %s",
        )

    # the compactor
    for t in poisson(r, t0 + timedelta(minutes=2), t_end, 230):
        if during(t, minio):
            G(
                "comp",
                t,
                "error",
                "compactor.go:168",
                "error during compaction cycle",
                [
                    (
                        "err",
                        f'Get "http://{TP_MINIO}/tempo/{TP_TENANT}/{uuid4(r)}/meta.json": dial tcp 10.96.33.4:9000: connect: connection refused',
                    )
                ],
                label="error during compaction cycle err=Get %q: dial tcp %s: connect: connection refused",
            )
            continue
        hash_ = f"{TP_TENANT}-{r.randrange(0, 3)}-{r.randrange(28_620_000, 28_640_000)}"
        x = G("comp", t, "info", "compactor.go:181", "Compacting hash", [("hashString", hash_)])
        x = G(
            "comp",
            step(x),
            "info",
            "compactor.go:177",
            "beginning compaction",
            [("traceID", hexid(r, 16))],
        )
        blocks = r.randrange(2, 5)
        total = 0
        for _ in range(blocks):
            n = r.randrange(2000, 40000)
            total += n
            meta = f"&{{Version:vParquet3 BlockID:{uuid4(r)} TenantID:{TP_TENANT} StartTime:{t - timedelta(hours=1):%Y-%m-%d %H:%M:%S} +0000 UTC EndTime:{t - timedelta(minutes=20):%Y-%m-%d %H:%M:%S} +0000 UTC TotalObjects:{n} Size:{n * r.randrange(900, 3000)} CompactionLevel:{r.randrange(0, 2)} Encoding:none IndexPageSize:0 TotalRecords:{max(1, n // 500)} DataEncoding: BloomShardCount:1 FooterSize:{r.randrange(20000, 90000)} DedicatedColumns:[]}}"
            x = G(
                "comp", step(x), "info", "compactor.go:191", "compacting block", [("block", meta)]
            )
        d = r.uniform(4, 40)
        x = G(
            "comp",
            x + timedelta(seconds=d),
            "info",
            "compactor.go:241",
            "flushed to block",
            [
                ("bytes", total * r.randrange(800, 2400)),
                ("objects", total),
                ("values", total * r.randrange(3, 9)),
            ],
        )
        x = G(
            "comp",
            step(x),
            "info",
            "compactor.go:287",
            "wrote compacted block",
            [
                ("version", "vParquet3"),
                ("tenantID", TP_TENANT),
                ("blockID", uuid4(r)),
                ("totalObjects", total),
            ],
        )
    for t in [t0 + timedelta(minutes=5 * k, seconds=r.uniform(10, 12)) for k in range(48)]:
        x = G(
            "comp",
            t,
            "info",
            "retention.go:45",
            "performing block retention",
            [("tenantID", TP_TENANT), ("retention", "336h0m0s")],
        )
        if during(t, minio):
            continue
        for _ in range(r.randrange(0, 3)):
            bid = uuid4(r)
            x = G(
                "comp",
                step(x),
                "info",
                "retention.go:76",
                "marking block for deletion",
                [("blockID", bid), ("tenantID", TP_TENANT)],
            )
        for _ in range(r.randrange(0, 3)):
            bid = uuid4(r)
            x = G(
                "comp",
                step(x),
                "info",
                "retention.go:96",
                "deleting block",
                [("blockID", bid), ("tenantID", TP_TENANT)],
            )
        G(
            "comp",
            step(x, 0.2, 2),
            "info",
            "poller.go:241",
            "writing tenant index",
            [
                ("tenant", TP_TENANT),
                ("metas", r.randrange(300, 420)),
                ("compactedMetas", r.randrange(10, 60)),
            ],
        )

    # the query frontend: Grafana's requests
    users = [hexid(r, 32) for _ in range(400)]
    tags = ["service.name", "http.route", "http.status_code", "k8s.namespace.name", "name"]
    weights = [w for _, w in TP_ROUTES]
    for t in poisson(r, t0 + timedelta(minutes=1), t_end, 13):
        route = r.choices([p for p, _ in TP_ROUTES], weights)[0]
        status = 200
        if route == "/api/traces/%s":
            url = f"/api/traces/{r.choice(users)}"
            if r.random() < 0.06:
                status = 404
            d = r.uniform(0.02, 0.6)
        elif route == "/api/search":
            q = r.choice(
                [
                    '{resource.service.name="checkout"}',
                    "{status=error}",
                    "{span.http.status_code>=500}",
                    '{resource.service.name="payments" && duration>2s}',
                ]
            )
            end = int(t.timestamp())
            url = f"/api/search?q={quote(q, safe='')}&limit=20&spss=3&start={end - 3600}&end={end}"
            d = r.uniform(0.2, 4.5)
        elif route == "/api/v2/search/tags":
            url = f"/api/v2/search/tags?scope={r.choice(['resource', 'span', 'intrinsic'])}"
            d = r.uniform(0.005, 0.08)
        elif route == "/api/v2/search/tag/%s/values":
            url = f"/api/v2/search/tag/{r.choice(tags)}/values"
            d = r.uniform(0.01, 0.3)
        if during(t, minio) and route in ("/api/search", "/api/traces/%s") and r.random() < 0.8:
            status = 500
        size = {200: r.randrange(200, 90_000), 404: 0, 500: r.randrange(90, 200)}[status]
        G(
            "qf",
            t,
            "info",
            "handler.go:134",
            None,
            [
                ("tenant", TP_TENANT),
                ("method", "GET"),
                ("traceID", hexid(r, 16)),
                ("url", url),
                ("duration", gdur(d)),
                ("response_size", size),
                ("status", status),
            ],
            label=f"GET {route} {status}",
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- graylog

GL_VERSION = "5.2.7+4b8b2d8"
GL_PLUGINS = [
    "AWS plugins 5.2.7 [org.graylog.aws.AWSPlugin]",
    "Integrations 5.2.7 [org.graylog.integrations.IntegrationsPlugin]",
    "Collector 5.2.7 [org.graylog.plugins.collector.CollectorPlugin]",
    "Threat Intelligence Plugin 5.2.7 [org.graylog.plugins.threatintel.ThreatIntelPlugin]",
    "Elasticsearch 7 Support 5.2.7 [org.graylog.storage.elasticsearch7.Elasticsearch7Plugin]",
    "OpenSearch 2 Support 5.2.7 [org.graylog.storage.opensearch2.OpenSearch2Plugin]",
    "MapWidgetPlugin 5.2.7 [org.graylog.plugins.map.MapWidgetPlugin]",
    "Pipeline Processor Plugin 5.2.7 [org.graylog.plugins.pipelineprocessor.ProcessorPlugin]",
    "Graylog Sidecar 5.2.7 [org.graylog.plugins.sidecar.SidecarPlugin]",
]
GL_PERIODICALS = [
    ("org.graylog2.periodical.ClusterHealthCheckThread", 120, 20),
    ("org.graylog2.periodical.IndexRetentionThread", 0, 300),
    ("org.graylog2.periodical.IndexRotationThread", 0, 10),
    ("org.graylog2.periodical.NodePingThread", 0, 1),
    ("org.graylog2.periodical.VersionCheckThread", 300, 1800),
    ("org.graylog2.periodical.ThrottleStateUpdaterThread", 1, 1),
    ("org.graylog2.events.ClusterEventPeriodical", 0, 1),
    ("org.graylog2.events.ClusterEventCleanupPeriodical", 0, 86400),
    ("org.graylog2.periodical.IndexRangesCleanupPeriodical", 15, 3600),
    ("org.graylog.plugins.sidecar.periodical.PurgeExpiredSidecarsThread", 0, 600),
    ("org.graylog.scheduler.periodicals.ScheduleTriggerCleanUp", 120, 86400),
]
GL_INPUTS = [
    ("GELF UDP", "65f1c2a9e4b0d3a1c7f2e001"),
    ("GELF TCP", "65f1c2a9e4b0d3a1c7f2e002"),
    ("Syslog UDP", "65f1c2a9e4b0d3a1c7f2e003"),
    ("Beats", "65f1c2a9e4b0d3a1c7f2e004"),
]
GL_STACK_GELF = [
    "\tat org.graylog2.inputs.codecs.GelfCodec.validateGELFMessage(GelfCodec.java:252) ~[graylog.jar:?]",
    "\tat org.graylog2.inputs.codecs.GelfCodec.decode(GelfCodec.java:140) ~[graylog.jar:?]",
    "\tat org.graylog2.shared.buffers.processors.DecodingProcessor.processMessage(DecodingProcessor.java:153) ~[graylog.jar:?]",
    "\tat org.graylog2.shared.buffers.processors.DecodingProcessor.onEvent(DecodingProcessor.java:94) [graylog.jar:?]",
    "\tat org.graylog2.shared.buffers.processors.ProcessBufferProcessor.onEvent(ProcessBufferProcessor.java:95) [graylog.jar:?]",
    "\tat org.graylog2.shared.buffers.processors.ProcessBufferProcessor.onEvent(ProcessBufferProcessor.java:49) [graylog.jar:?]",
    "\tat com.lmax.disruptor.WorkProcessor.run(WorkProcessor.java:143) [graylog.jar:?]",
    "\tat com.codahale.metrics.InstrumentedThreadFactory$InstrumentedRunnable.run(InstrumentedThreadFactory.java:66) [graylog.jar:?]",
    "\tat java.lang.Thread.run(Unknown Source) [?:?]",
]
GL_STACK_MONGO = [
    "com.mongodb.MongoSocketOpenException: Exception opening socket",
    "\tat com.mongodb.internal.connection.SocketStream.open(SocketStream.java:73) ~[graylog.jar:?]",
    "\tat com.mongodb.internal.connection.InternalStreamConnection.open(InternalStreamConnection.java:204) ~[graylog.jar:?]",
    "\tat com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitorRunnable.lookupServerDescription(DefaultServerMonitor.java:199) [graylog.jar:?]",
    "\tat com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:159) [graylog.jar:?]",
    "\tat java.lang.Thread.run(Unknown Source) [?:?]",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat sun.nio.ch.Net.pollConnect(Native Method) ~[?:?]",
    "\tat sun.nio.ch.Net.pollConnectNow(Unknown Source) ~[?:?]",
    "\tat sun.nio.ch.NioSocketImpl.timedFinishConnect(Unknown Source) ~[?:?]",
    "\tat sun.nio.ch.NioSocketImpl.connect(Unknown Source) ~[?:?]",
    "\tat java.net.SocksSocketImpl.connect(Unknown Source) ~[?:?]",
    "\tat java.net.Socket.connect(Unknown Source) ~[?:?]",
    "\tat com.mongodb.internal.connection.SocketStream.initializeSocket(SocketStream.java:82) ~[graylog.jar:?]",
    "\tat com.mongodb.internal.connection.SocketStream.open(SocketStream.java:68) ~[graylog.jar:?]",
    "\t... 4 more",
]
GL_INDEX_SETS = [
    ("Default index set", "graylog", 57),
    ("nginx access", "nginx", 212),
    ("firewall", "fw", 131),
]


def graylog(r: random.Random) -> list[Log]:
    """Two Graylog 5.2 nodes (`graylog-0-server.log`, the leader, and `graylog-1-server.log`:
    the packages' log4j2 layout `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5p [%c{1}] %m%n`, an
    exception after its message), 06:00 to 12:00, behind a load balancer for GELF, syslog and
    Beats. A Docker host's broken GELF sender sends messages with an empty `short_message` from
    06:30 to 09:05 (`Unable to decode raw message ...` and `Error processing message ...` with
    the IllegalArgumentException), the leader rotates three index sets hourly and deletes the
    oldest, MongoDB elects a new primary at 08:20, graylog-1 is upgraded and restarted at 09:30,
    a script logs in with an old password every few minutes, and OpenSearch hits its flood-stage
    watermark at 10:40 (bulk requests fail on read-only indices) and is restarted at 10:55
    (bulk indexing retried until it answers)."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(12, 0)
    files = {0: "graylog-0-server.log", 1: "graylog-1-server.log"}
    gelf = (at(6, 30), at(9, 5))
    mongo = (at(8, 20, 3), at(8, 20, 21))
    upgrade = at(9, 30, 2)
    flood = (at(10, 40), at(10, 55))
    osdown = (at(10, 55), at(10, 58, 30))

    def J(
        n: int,
        t: datetime,
        lvl: str,
        logger: str,
        tmpl: str,
        *vals: object,
        cont: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        msg = j4(tmpl, *vals)
        mlines = msg.split("\n")

        def tx(t: datetime) -> list[str]:
            return [
                f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z {lvl:<5} [{logger}] {mlines[0]}",
                *mlines[1:],
                *(cont or []),
            ]

        return fs.add(files[n], t, label or tmpl, tx)

    def step(t: datetime, lo: float = 0.001, hi: float = 0.02) -> datetime:
        return t + secs(r, lo, hi)

    node_ids = {0: uuid4(r), 1: uuid4(r)}

    def boot(n: int, t: datetime) -> datetime:
        for p in GL_PLUGINS:
            t = J(n, step(t), "INFO", "CmdLineTool", "Loaded plugin: {}", p)
        t = J(
            n,
            step(t),
            "INFO",
            "CmdLineTool",
            "Running with JVM arguments: {}",
            "-Xms2g -Xmx2g -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -Djdk.tls.acknowledgeCloseNotify=true -Dlog4j2.formatMsgNoLookups=true -Dlog4j.configurationFile=file:///etc/graylog/server/log4j2.xml -Djava.library.path=/usr/share/graylog-server/lib/sigar -Dgraylog2.installation_source=deb",
        )
        t = J(
            n,
            step(t, 0.3, 0.8),
            "INFO",
            "client",
            "MongoClient with metadata {} created with settings {}",
            '{"driver": {"name": "mongo-java-driver|legacy", "version": "4.11.1"}, "os": {"type": "Linux", "name": "Linux", "architecture": "amd64", "version": "5.15.0-107-generic"}, "platform": "Java/Eclipse Adoptium/17.0.11+9"}',
            "MongoClientSettings{readPreference=primary, writeConcern=WriteConcern{w=null, wTimeout=null ms, journal=null}, retryWrites=true, retryReads=true, readConcern=ReadConcern{level=null}, credential=null, streamFactoryFactory=null, commandListeners=[], codecRegistry=ProvidersCodecRegistry{codecProviders=[ValueCodecProvider{}, BsonValueCodecProvider{}, DBRefCodecProvider{}, DBObjectCodecProvider{}, DocumentCodecProvider{}, IterableCodecProvider{}, MapCodecProvider{}, GeoJsonCodecProvider{}, GridFSFileCodecProvider{}, Jsr310CodecProvider{}, JsonObjectCodecProvider{}, BsonCodecProvider{}]}, clusterSettings={hosts=[mongo-0.mongo:27017, mongo-1.mongo:27017, mongo-2.mongo:27017], srvServiceName=mongodb, mode=MULTIPLE, requiredClusterType=REPLICA_SET, requiredReplicaSetName='rs0', serverSelector='null', clusterListeners='[]', serverSelectionTimeout='30000 ms', localThreshold='30000 ms'}, socketSettings=SocketSettings{connectTimeoutMS=10000, readTimeoutMS=0, receiveBufferSize=0, sendBufferSize=0}, heartbeatSocketSettings=SocketSettings{connectTimeoutMS=10000, readTimeoutMS=10000, receiveBufferSize=0, sendBufferSize=0}, connectionPoolSettings=ConnectionPoolSettings{maxSize=1000, minSize=0, maxWaitTimeMS=120000, maxConnectionLifeTimeMS=0, maxConnectionIdleTimeMS=0, maintenanceInitialDelayMS=0, maintenanceFrequencyMS=60000, connectionPoolListeners=[], maxConnecting=2}, serverSettings=ServerSettings{heartbeatFrequencyMS=10000, minHeartbeatFrequencyMS=500, serverListeners='[]', serverMonitorListeners='[]'}, sslSettings=SslSettings{enabled=false, invalidHostNameAllowed=false, context=null}, applicationName='null', compressorList=[], uuidRepresentation=UNSPECIFIED, serverApi=null, autoEncryptionSettings=null, contextProvider=null}",
        )
        for k, host in enumerate(
            ["mongo-0.mongo:27017", "mongo-1.mongo:27017", "mongo-2.mongo:27017"]
        ):
            typ = "REPLICA_SET_PRIMARY" if k == 1 else "REPLICA_SET_SECONDARY"
            t = J(
                n,
                step(t),
                "INFO",
                "cluster",
                "Monitor thread successfully connected to server with description {}",
                f"ServerDescription{{address={host}, type={typ}, state=CONNECTED, ok=true, minWireVersion=0, maxWireVersion=17, maxDocumentSize=16777216, logicalSessionTimeoutMinutes=30, roundTripTimeNanos={r.randrange(400_000, 3_000_000)}, setName='rs0', canonicalAddress={host}, hosts=[mongo-0.mongo:27017, mongo-1.mongo:27017, mongo-2.mongo:27017], passives=[], arbiters=[], primary='mongo-1.mongo:27017', tagSet=TagSet{{[]}}, electionId=null, setVersion=1, topologyVersion=TopologyVersion{{processId=66{hexid(r, 22)}, counter=6}}, lastWriteDate=Tue Jun 04 {t:%H:%M:%S} UTC 2024, lastUpdateTimeNanos={r.randrange(10**14, 10**15)}}}",
            )
        t = J(
            n, step(t), "INFO", "MongoDBPreflightCheck", "Connected to MongoDB version {}", "6.0.14"
        )
        t = J(
            n,
            step(t, 0.05, 0.2),
            "INFO",
            "SearchDbPreflightCheck",
            "Connected to (Elastic/Open)Search version <{}>",
            "OpenSearch:2.11.1",
        )
        t = J(n, step(t, 0.5, 1.5), "INFO", "NodeId", "Node ID: {}", node_ids[n])
        t = J(
            n,
            step(t, 0.2, 0.5),
            "INFO",
            "LocalKafkaJournal",
            "Initialized Kafka based journal at {}",
            "/var/lib/graylog-server/journal",
        )
        t = J(
            n,
            step(t, 0.5, 2),
            "INFO",
            "ServerBootstrap",
            "Graylog {} {} starting up",
            "server",
            GL_VERSION,
        )
        t = J(
            n,
            step(t),
            "INFO",
            "ServerBootstrap",
            "JRE: {}",
            "Eclipse Adoptium 17.0.11 on Linux 5.15.0-107-generic",
        )
        t = J(
            n,
            step(t, 0.5, 1.5),
            "INFO",
            "PeriodicalsService",
            "Starting {} periodicals ...",
            len(GL_PERIODICALS),
        )
        for name, delay, every in GL_PERIODICALS:
            t = J(
                n,
                step(t),
                "INFO",
                "Periodicals",
                "Starting [{}] periodical in [{}s], polling every [{}s].",
                name,
                delay,
                every,
            )
        t = J(n, step(t, 1, 3), "INFO", "JerseyService", "Started REST API at <{}>", "0.0.0.0:9000")
        t = J(
            n,
            step(t, 0.1, 0.3),
            "INFO",
            "ServerBootstrap",
            "Services started, startup times in ms: {}",
            "{LocalKafkaMessageQueueWriter [RUNNING]=21, InputSetupService [RUNNING]=23, OutputSetupService [RUNNING]=24, BufferSynchronizerService [RUNNING]=24, JobSchedulerService [RUNNING]=29, UrlWhitelistService [RUNNING]=31, GracefulShutdownService [RUNNING]=31, PrometheusExporter [RUNNING]=33, EtagService [RUNNING]=35, MongoDBProcessingStatusRecorderService [RUNNING]=36, UserSessionTerminationService [RUNNING]=38, LookupTableService [RUNNING]=68, PeriodicalsService [RUNNING]=262, StreamCacheService [RUNNING]=301, JerseyService [RUNNING]=4011}",
        )
        t = J(
            n,
            step(t),
            "INFO",
            "InputSetupService",
            "Triggering launching persisted inputs, node transitioned from {} to {}",
            "Uninitialized [LB:DEAD]",
            "Running [LB:ALIVE]",
        )
        t = J(n, step(t), "INFO", "ServerBootstrap", "Graylog server up and running.")
        for state in ("STARTING", "RUNNING"):
            for name, iid in GL_INPUTS:
                t = J(
                    n,
                    step(t, 0.001, 0.05),
                    "INFO",
                    "InputStateListener",
                    "Input [{}/{}] is now {}",
                    name,
                    iid,
                    state,
                )
        return t

    # graylog-1 upgraded: graceful shutdown, restart
    x = J(1, upgrade, "INFO", "GracefulShutdown", "Graceful shutdown initiated.")
    x = J(
        1,
        step(x),
        "INFO",
        "GracefulShutdown",
        "Node status: [{}]. Waiting <{}sec> for possible load balancers to recognize state change.",
        "Halting [LB:DEAD]",
        3,
    )
    x += timedelta(seconds=3)
    for name, iid in GL_INPUTS:
        x = J(
            1,
            step(x),
            "INFO",
            "InputStateListener",
            "Input [{}/{}] is now {}",
            name,
            iid,
            "STOPPING",
        )
    for name, iid in GL_INPUTS:
        x = J(
            1,
            step(x),
            "INFO",
            "InputStateListener",
            "Input [{}/{}] is now {}",
            name,
            iid,
            "TERMINATED",
        )
    for name, _, _ in GL_PERIODICALS[:6]:
        x = J(1, step(x), "INFO", "PeriodicalsService", "Shutting down periodical [{}].", name)
    x = J(1, step(x, 1, 3), "INFO", "GracefulShutdown", "Goodbye.")
    restarted = boot(1, x + secs(r, 25, 40))

    # the broken GELF sender
    def remote() -> str:
        return f"10.20.3.7:{r.randrange(32768, 60999)}"

    for t in poisson(r, gelf[0], gelf[1], 11):
        n = r.choice([0, 1])
        if n == 1 and upgrade <= t < restarted:
            n = 0
        mid = uuid4(r).replace("-4", "-1", 1)
        rem = remote()
        raw = f"RawMessage{{id={mid}, messageQueueId={r.randrange(10**7, 10**8)}, codec=gelf, payloadSize={r.randrange(180, 900)}, timestamp={t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z, remoteAddress=/{rem}}}"
        x = J(
            n,
            t,
            "ERROR",
            "DecodingProcessor",
            "Unable to decode raw message {} on input <{}>.",
            raw,
            GL_INPUTS[0][1],
        )
        why = (
            'has empty mandatory "short_message" field.'
            if r.random() < 0.85
            else 'is missing mandatory "host" field.'
        )
        J(
            n,
            x + timedelta(microseconds=300),
            "ERROR",
            "DecodingProcessor",
            "Error processing message {}",
            raw,
            cont=[
                f"java.lang.IllegalArgumentException: GELF message <{mid}> (received from <{rem}>) {why}",
                *GL_STACK_GELF,
            ],
        )

    # hourly rotation of three index sets on the leader, and retention
    for h in range(6, 12):
        t = at(h, 0, 0) + secs(r, 5, 9)
        for title, prefix, num in GL_INDEX_SETS:
            num += h - 6
            old, new = f"{prefix}_{num}", f"{prefix}_{num + 1}"
            if during(t, flood):
                continue
            x = J(
                0,
                t,
                "INFO",
                "AbstractRotationStrategy",
                "Deflector index <{}> (index set <{}>) should be rotated ({}), Pointing deflector to new index now!",
                title,
                f"{prefix}_deflector",
                "Index rotation due to time",
            )
            x = J(0, step(x), "INFO", "MongoIndexSet", "Cycling from <{}> to <{}>.", old, new)
            x = J(0, step(x), "INFO", "MongoIndexSet", "Creating target index <{}>.", new)
            x = J(
                0,
                step(x, 0.3, 1.2),
                "INFO",
                "MongoIndexSet",
                "Pointing index alias <{}> to new index <{}>.",
                f"{prefix}_deflector",
                new,
            )
            job = uuid4(r)
            x = J(
                0,
                step(x),
                "INFO",
                "SystemJobManager",
                "Submitted SystemJob <{}> [{}]",
                job,
                "org.graylog2.indexer.indices.jobs.SetIndexReadOnlyAndCalculateRangeJob",
            )
            x = J(
                0,
                x + secs(r, 30, 31),
                "INFO",
                "SetIndexReadOnlyJob",
                "Setting old index <{}> to read-only.",
                old,
            )
            x = J(
                0,
                step(x, 0.05, 0.3),
                "INFO",
                "MongoIndexRangeService",
                "Calculated range of [{}] in [{}ms].",
                old,
                r.randrange(12, 900),
            )
            tr = at(h, 0, 0) + timedelta(minutes=5) + secs(r, 1, 20)
            limit = 20 if prefix == "graylog" else 30
            x = J(
                0,
                tr,
                "INFO",
                "AbstractIndexRetentionStrategy",
                "Number of indices ({}) higher than limit ({}). Running retention for {} indices.",
                limit + 1,
                limit,
                1,
            )
            gone = f"{prefix}_{num - limit}"
            x = J(
                0,
                step(x),
                "INFO",
                "AbstractIndexRetentionStrategy",
                "Running retention strategy [{}] for index <{}>",
                "org.graylog2.indexer.retention.strategies.DeletionRetentionStrategy",
                gone,
            )
            J(
                0,
                step(x, 0.05, 0.3),
                "INFO",
                "DeletionRetentionStrategy",
                "Finished index retention strategy [delete] for index <{}> in {}ms.",
                gone,
                r.randrange(40, 400),
            )

    # MongoDB elects a new primary
    for n in (0, 1):
        for t in poisson(r, mongo[0], mongo[1], 4):
            J(
                n,
                t,
                "INFO",
                "cluster",
                "Exception in monitor thread while connecting to server {}",
                "mongo-1.mongo:27017",
                cont=GL_STACK_MONGO,
            )
        J(
            n,
            mongo[1] + secs(r, 1, 3),
            "WARN",
            "NodePingThread",
            "Did not find meta info of this node. Re-registering.",
        )

    # a script with an old password
    for t in poisson(r, t0, t_end, 600):
        J(
            r.choice([0, 1]) if not (upgrade <= t < restarted) else 0,
            t,
            "WARN",
            "SessionsResource",
            "Invalid credentials in session create request. Actor: {}",
            '"urn:graylog:user:svc-reports"',
        )

    # OpenSearch at its flood stage: indices read-only
    for n in (0, 1):
        for t in poisson(r, flood[0], flood[1], 6):
            k = r.randrange(1, 4)
            ix = ["graylog_62", "nginx_217", "fw_136"]
            items = []
            for i in range(k):
                one = r.choice(ix)
                items.append(
                    f"[{i}]: index [{one}], id [{uuid4(r)}], message [OpenSearchException[OpenSearch exception [type=cluster_block_exception, reason=index [{one}] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];]]]"
                )
            J(
                n,
                t,
                "ERROR",
                "MessagesAdapterOS2",
                "Failed to index [{}] messages. Please check the index error log in your web interface for the reason. Error: {}",
                k,
                "failure in bulk execution:\n" + "\n".join(items),
                label="Failed to index [{}] messages. Please check the index error log in your web interface for the reason. Error: failure in bulk execution:",
            )
        # the restart: bulk indexing retried
        x = osdown[0] + secs(r, 0, 2)
        attempt = 0
        while x < osdown[1]:
            attempt += 1
            x = J(
                n,
                x,
                "ERROR",
                "MessagesAdapterOS2",
                "Caught exception during bulk indexing: {}, retrying (attempt #{}).",
                "java.net.ConnectException: Connection refused",
                attempt,
                label="Caught exception during bulk indexing: java.net.ConnectException: Connection refused, retrying (attempt #{}).",
            )
            x += timedelta(seconds=min(30, 2 ** min(attempt, 5) * 0.5)) + secs(r, 0, 0.5)
        J(
            n,
            x,
            "INFO",
            "MessagesAdapterOS2",
            "Bulk indexing finally successful (attempt #{}).",
            attempt + 1,
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- opensearch

OS_MODULES = [
    "aggs-matrix-stats",
    "analysis-common",
    "geo",
    "ingest-common",
    "ingest-geoip",
    "ingest-user-agent",
    "lang-expression",
    "lang-mustache",
    "lang-painless",
    "mapper-extras",
    "opensearch-dashboards",
    "parent-join",
    "percolator",
    "rank-eval",
    "reindex",
    "repository-url",
    "search-pipeline-common",
    "systemd",
    "transport-netty4",
]
OS_PLUGINS = [
    "opensearch-alerting",
    "opensearch-asynchronous-search",
    "opensearch-cross-cluster-replication",
    "opensearch-index-management",
    "opensearch-job-scheduler",
    "opensearch-ml",
    "opensearch-notifications",
    "opensearch-observability",
    "opensearch-security",
    "opensearch-sql",
]
OS_NODES = {
    "os-1": ("Wq3hT8kLR2m0vXn5aB7cDg", "10.0.1.11"),
    "os-2": ("p9ZrK4sUQxy2tE6fJ1hN0w", "10.0.1.12"),
    "os-3": ("Lm8vC2dRSi5oYb3uHq7eKa", "10.0.1.13"),
}
OS_IO_STACK = [
    "java.io.IOException: Connection reset by peer",
    "\tat sun.nio.ch.SocketDispatcher.read0(Native Method) ~[?:?]",
    "\tat sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:47) ~[?:?]",
    "\tat sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:340) ~[?:?]",
    "\tat sun.nio.ch.IOUtil.read(IOUtil.java:294) ~[?:?]",
    "\tat sun.nio.ch.IOUtil.read(IOUtil.java:269) ~[?:?]",
    "\tat sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:425) ~[?:?]",
    "\tat org.opensearch.transport.netty4.CopyBytesSocketChannel.readFromSocketChannel(CopyBytesSocketChannel.java:156) ~[transport-netty4-client-2.11.1.jar:2.11.1]",
    "\tat org.opensearch.transport.netty4.CopyBytesSocketChannel.doReadBytes(CopyBytesSocketChannel.java:141) ~[transport-netty4-client-2.11.1.jar:2.11.1]",
    "\tat io.netty.channel.nio.AbstractNioByteChannel$NioByteUnsafe.read(AbstractNioByteChannel.java:151) [netty-transport-4.1.100.Final.jar:4.1.100.Final]",
    "\tat io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.java:788) [netty-transport-4.1.100.Final.jar:4.1.100.Final]",
    "\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562) [netty-transport-4.1.100.Final.jar:4.1.100.Final]",
    "\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997) [netty-common-4.1.100.Final.jar:4.1.100.Final]",
    "\tat java.lang.Thread.run(Thread.java:833) [?:?]",
]


def gb(x: float) -> str:
    return f"{x:.1f}gb" if x >= 1 else f"{x * 1024:.1f}mb"


def opensearch(r: random.Random) -> list[Log]:
    """A three-node OpenSearch 2.11.1 cluster `logs` (`os-1-logs.log`, `os-2-logs.log`,
    `os-3-logs.log`: log4j's `[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n`, an
    exception's trace after its line), 06:00 to 12:00, os-1 the cluster manager. Graylog's index
    sets roll hourly (indices created and deleted, health yellow then green), new fields update
    mappings, a log shipper with a stale password is refused by the security plugin all day,
    os-2's heap is under pressure (GC overhead, the circuit breaker's G1GC trigger), os-3 is
    killed at 08:00 and comes back (node-left, delayed allocation, its start-up, node-join), and
    os-3's disk fills from 10:15 (low, high, then flood-stage watermark, the read-only block
    released at 10:58)."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(12, 0)
    files = {n: f"{n}-logs.log" for n in OS_NODES}
    crash = at(8, 0, 7)
    disk = (at(10, 15), at(10, 58))

    def OS(
        n: str,
        t: datetime,
        lvl: str,
        logger: str,
        tmpl: str,
        *vals: object,
        cont: list[str] | None = None,
        label: str | None = None,
    ) -> datetime:
        msg = j4(tmpl, *vals)

        def tx(t: datetime) -> list[str]:
            return [
                f"[{t:%Y-%m-%dT%H:%M:%S},{t.microsecond // 1000:03d}][{lvl:<5}][{logger:<25}] [{n}] {msg}",
                *(cont or []),
            ]

        return fs.add(files[n], t, label or tmpl, tx)

    def step(t: datetime, lo: float = 0.001, hi: float = 0.02) -> datetime:
        return t + secs(r, lo, hi)

    def dn(n: str) -> str:
        nid, ip = OS_NODES[n]
        return f"{{{n}}}{{{nid}}}{{{hexid(r, 22)}}}{{{ip}}}{{{ip}:9300}}{{dimr}}{{shard_indexing_pressure_enabled=true}}"

    term, version = [7], [2184]

    def ver() -> int:
        version[0] += r.randrange(1, 4)
        return version[0]

    # the shipper with a stale password
    shippers = ["10.0.4.21", "10.0.4.22"]
    for t in poisson(r, t0, t_end, 19):
        n = r.choice(["os-1", "os-2"])
        OS(
            n,
            t,
            "WARN",
            "o.o.s.a.BackendRegistry",
            "Authentication finally failed for {} from {}",
            "logstash",
            f"{r.choice(shippers)}:{r.randrange(32768, 60999)}",
        )

    # Graylog's hourly rotations
    for h in range(6, 12):
        t = at(h, 0, 0) + secs(r, 5, 9)
        for prefix, num in (("graylog", 57), ("nginx", 212), ("fw", 131)):
            num += h - 6
            new = f"{prefix}_{num + 1}"
            if during(t, (at(10, 40), at(10, 58))):
                continue
            x = OS(
                "os-1",
                t + secs(r, 0.01, 0.2),
                "INFO",
                "o.o.c.m.MetadataCreateIndexService",
                "[{}] creating index, cause [{}], templates {}, shards [{}]/[{}]",
                new,
                "api",
                f"[{prefix}-index-template]",
                4 if prefix == "nginx" else 2,
                1,
            )
            x = OS(
                "os-1",
                step(x, 0.2, 0.8),
                "INFO",
                "o.o.c.r.a.AllocationService",
                "Cluster health status changed from [{}] to [{}] (reason: [{}]).",
                "YELLOW",
                "GREEN",
                f"shards started [[{new}][0]]",
            )
            limit = 20 if prefix == "graylog" else 30
            gone = f"{prefix}_{num - limit}"
            tr = at(h, 0, 0) + timedelta(minutes=5) + secs(r, 1, 20)
            OS(
                "os-1",
                tr,
                "INFO",
                "o.o.c.m.MetadataDeleteIndexService",
                "[{}/{}] deleting index",
                gone,
                hexid(r, 22),
            )
            t += timedelta(seconds=31)

    # dynamic mapping updates
    idx = {"graylog": 57, "nginx": 212, "fw": 131}
    uuids = {k: {} for k in idx}
    for t in poisson(r, t0, t_end, 95):
        p = r.choices(list(idx), [5, 3, 1])[0]
        name = f"{p}_{idx[p] + 1 + (t.hour - 6)}"
        u = uuids[p].setdefault(name, hexid(r, 22))
        OS(
            "os-1",
            t,
            "INFO",
            "o.o.c.m.MetadataMappingService",
            "[{}/{}] update_mapping [{}]",
            name,
            u,
            "_doc",
        )

    # os-2's heap
    gc = [41233]
    for t in poisson(r, t0 + timedelta(minutes=4), t_end, 85):
        gc[0] += r.randrange(60, 90)
        spent = r.uniform(0.5, 4.8)
        lvl = "WARN" if spent > 3.5 else "INFO"
        OS(
            "os-2",
            t,
            lvl,
            "o.o.m.j.JvmGcMonitorService",
            "[gc][{}] overhead, spent [{}] collecting in the last [{}]",
            gc[0],
            f"{spent:.1f}s",
            f"{spent + r.uniform(0.1, 0.9):.1f}s",
        )
        if r.random() < 0.12:
            used = r.uniform(3.6, 3.95)
            OS(
                "os-2",
                t - timedelta(milliseconds=r.randrange(5, 40)),
                "WARN",
                "o.o.m.j.JvmGcMonitorService",
                "[gc][{}][{}][{}] duration [{}], collections [{}]/[{}], total [{}]/[{}], memory [{}]->[{}]/[{}], all_pools {}",
                r.choice(["young", "young", "old"]),
                gc[0],
                r.randrange(3000, 9000),
                f"{spent:.1f}s",
                1,
                f"{spent + 0.3:.1f}s",
                f"{spent:.1f}s",
                f"{r.uniform(5, 40):.1f}m",
                gb(used),
                gb(used - r.uniform(0.8, 1.6)),
                "4gb",
                f"{{[young] [{r.randrange(100, 900)}mb]->[0b]/[0b]}}{{[old] [{gb(used - 0.4)}]->[{gb(used - 1.2)}]/[4gb]}}{{[survivor] [{r.randrange(10, 90)}mb]->[{r.randrange(10, 90)}mb]/[0b]}}",
            )
    for t in poisson(r, t0 + timedelta(minutes=10), t_end, 240):
        before = r.randrange(4_080_000_000, 4_190_000_000)
        x = OS(
            "os-2",
            t,
            "INFO",
            "o.o.i.b.HierarchyCircuitBreakerService",
            "attempting to trigger G1GC due to high heap usage [{}]",
            before,
        )
        after = before - r.randrange(600_000_000, 1_500_000_000)
        if r.random() < 0.12:
            after = before - r.randrange(1_000_000, 40_000_000)
            OS(
                "os-2",
                step(x, 0.05, 0.3),
                "INFO",
                "o.o.i.b.HierarchyCircuitBreakerService",
                "GC did not bring memory usage down, before [{}], after [{}], allocations [{}], duration [{}]",
                before,
                after,
                r.randrange(1, 40),
                r.randrange(20, 300),
            )
        else:
            OS(
                "os-2",
                step(x, 0.05, 0.3),
                "INFO",
                "o.o.i.b.HierarchyCircuitBreakerService",
                "GC did bring memory usage down, before [{}], after [{}], allocations [{}], duration [{}]",
                before,
                after,
                r.randrange(1, 40),
                r.randrange(20, 300),
            )

    # os-3 killed and restarted
    left = crash + secs(r, 1, 3)
    for n in ("os-1", "os-2"):
        OS(
            n,
            crash + secs(r, 0.2, 0.9),
            "WARN",
            "o.o.t.TcpTransport",
            "exception caught on transport layer [{}], closing connection",
            f"Netty4TcpChannel{{localAddress=/{OS_NODES[n][1]}:{r.randrange(40000, 60000)}, remoteAddress={OS_NODES['os-3'][1]}/{OS_NODES['os-3'][1]}:9300}}",
            cont=OS_IO_STACK,
        )
    d3 = dn("os-3")
    v = ver()
    x = OS(
        "os-1",
        left,
        "INFO",
        "o.o.c.s.MasterService",
        "{}, term: {}, version: {}, delta: {}",
        f"node-left[{d3} reason: disconnected]",
        term[0],
        v,
        f"removed {{{d3}}}",
        label="node-left[{} reason: {}], term: {}, version: {}, delta: removed {{}}",
    )
    OS(
        "os-2",
        step(x, 0.01, 0.05),
        "INFO",
        "o.o.c.s.ClusterApplierService",
        "{}, term: {}, version: {}, reason: {}",
        f"removed {{{d3}}}",
        term[0],
        v,
        f"ApplyCommitRequest{{term={term[0]}, version={v}, sourceNode={dn('os-1')}}}",
        label="removed {{}}, term: {}, version: {}, reason: ApplyCommitRequest{term={}, version={}, sourceNode={}}",
    )
    x = OS(
        "os-1",
        step(x, 0.02, 0.1),
        "INFO",
        "o.o.c.r.a.AllocationService",
        "Cluster health status changed from [{}] to [{}] (reason: [{}]).",
        "GREEN",
        "YELLOW",
        f"{d3} reason: disconnected",
    )
    x = OS(
        "os-1",
        step(x, 0.02, 0.1),
        "INFO",
        "o.o.c.r.DelayedAllocationService",
        "scheduling reroute for delayed shards in [{}] ({} delayed shards)",
        "59.8s",
        r.randrange(30, 60),
    )
    t = left + secs(r, 35, 45)
    nid, ip = OS_NODES["os-3"]
    t = OS(
        "os-3",
        t,
        "INFO",
        "o.o.n.Node",
        "version[{}], pid[{}], build[{}/{}/{}], OS[{}/{}/{}], JVM[{}/{}/{}/{}]",
        "2.11.1",
        91,
        "tar",
        "6b1986e964d440be9137eba1413015c31c5a7752",
        "2023-11-29T21:43:10.135035992Z",
        "Linux",
        "5.15.0-107-generic",
        "amd64",
        "Eclipse Adoptium",
        "OpenJDK 64-Bit Server VM",
        "17.0.9",
        "17.0.9+9",
    )
    t = OS(
        "os-3",
        step(t),
        "INFO",
        "o.o.n.Node",
        "JVM home [{}], using bundled JDK [{}]",
        "/usr/share/opensearch/jdk",
        "true",
    )
    t = OS(
        "os-3",
        step(t),
        "INFO",
        "o.o.n.Node",
        "JVM arguments {}",
        "[-Xshare:auto, -Dopensearch.networkaddress.cache.ttl=60, -Dopensearch.networkaddress.cache.negative.ttl=10, -XX:+AlwaysPreTouch, -Xss1m, -Djava.awt.headless=true, -Dfile.encoding=UTF-8, -Djna.nosys=true, -XX:-OmitStackTraceInFastThrow, -Dio.netty.noUnsafe=true, -Dio.netty.noKeySetOptimization=true, -Dlog4j.shutdownHookEnabled=false, -Dlog4j2.disable.jmx=true, -Djava.locale.providers=SPI,COMPAT, -Xms4g, -Xmx4g, -XX:+UseG1GC, -XX:G1ReservePercent=25, -XX:InitiatingHeapOccupancyPercent=30, -Djava.io.tmpdir=/tmp/opensearch-8823541195561248410, -XX:+HeapDumpOnOutOfMemoryError, -XX:HeapDumpPath=data, -XX:ErrorFile=logs/hs_err_pid%p.log, -Dopensearch.path.home=/usr/share/opensearch, -Dopensearch.path.conf=/usr/share/opensearch/config, -Dopensearch.distribution.type=tar, -Dopensearch.bundled_jdk=true]",
    )
    for m in OS_MODULES:
        t = OS(
            "os-3", step(t, 0.0005, 0.004), "INFO", "o.o.p.PluginsService", "loaded module [{}]", m
        )
    for p in OS_PLUGINS:
        t = OS(
            "os-3", step(t, 0.0005, 0.004), "INFO", "o.o.p.PluginsService", "loaded plugin [{}]", p
        )
    t = OS(
        "os-3",
        step(t, 0.05, 0.2),
        "INFO",
        "o.o.e.NodeEnvironment",
        "using [{}] data paths, mounts [{}], net usable_space [{}], net total_space [{}], types [{}]",
        1,
        "[/usr/share/opensearch/data (/dev/nvme1n1)]",
        "61.4gb",
        "196.7gb",
        "ext4",
    )
    t = OS(
        "os-3",
        step(t),
        "INFO",
        "o.o.e.NodeEnvironment",
        "heap size [{}], compressed ordinary object pointers [{}]",
        "4gb",
        "true",
    )
    t = OS(
        "os-3",
        step(t, 0.05, 0.2),
        "INFO",
        "o.o.n.Node",
        "node name [{}], node ID [{}], cluster name [{}], roles [{}]",
        "os-3",
        nid,
        "logs",
        "ingest, remote_cluster_client, data, cluster_manager",
    )
    t = OS("os-3", step(t, 3, 6), "INFO", "o.o.n.Node", "initialized")
    t = OS("os-3", step(t), "INFO", "o.o.n.Node", "starting ...")
    t = OS(
        "os-3",
        step(t, 0.1, 0.4),
        "INFO",
        "o.o.t.TransportService",
        "{}",
        f"publish_address {{{ip}:9300}}, bound_addresses {{[::]:9300}}",
        label="publish_address {{}}, bound_addresses {{}}",
    )
    v = ver()
    d1 = dn("os-1")
    t = OS(
        "os-3",
        step(t, 0.5, 1.5),
        "INFO",
        "o.o.c.s.ClusterApplierService",
        "{}, term: {}, version: {}, reason: {}",
        f"cluster-manager node changed {{previous [], current [{d1}]}}, added {{{dn('os-2')}}}",
        term[0],
        v,
        f"ApplyCommitRequest{{term={term[0]}, version={v}, sourceNode={d1}}}",
        label="cluster-manager node changed {previous [], current [{}]}, added {{}}, term: {}, version: {}, reason: ApplyCommitRequest{term={}, version={}, sourceNode={}}",
    )
    d3 = dn("os-3")
    x = OS(
        "os-1",
        t - timedelta(milliseconds=40),
        "INFO",
        "o.o.c.s.MasterService",
        "{}, term: {}, version: {}, delta: {}",
        f"node-join[{d3} join existing leader]",
        term[0],
        v,
        f"added {{{d3}}}",
        label="node-join[{} join existing leader], term: {}, version: {}, delta: added {{}}",
    )
    OS(
        "os-2",
        step(t, 0.01, 0.05),
        "INFO",
        "o.o.c.s.ClusterApplierService",
        "{}, term: {}, version: {}, reason: {}",
        f"added {{{d3}}}",
        term[0],
        v,
        f"ApplyCommitRequest{{term={term[0]}, version={v}, sourceNode={d1}}}",
        label="added {{}}, term: {}, version: {}, reason: ApplyCommitRequest{term={}, version={}, sourceNode={}}",
    )
    t = OS(
        "os-3",
        step(t, 0.2, 0.6),
        "INFO",
        "o.o.h.AbstractHttpServerTransport",
        "{}",
        f"publish_address {{{ip}:9200}}, bound_addresses {{[::]:9200}}",
        label="publish_address {{}}, bound_addresses {{}}",
    )
    t = OS("os-3", step(t), "INFO", "o.o.n.Node", "started")
    OS(
        "os-1",
        t + secs(r, 40, 90),
        "INFO",
        "o.o.c.r.a.AllocationService",
        "Cluster health status changed from [{}] to [{}] (reason: [{}]).",
        "YELLOW",
        "GREEN",
        "shards started [[graylog_60][1]]",
    )

    # os-3's disk fills
    where = f"[{nid}][os-3][/usr/share/opensearch/data/nodes/0]"
    free = 29.0
    t = disk[0]
    while t < disk[1]:
        free -= r.uniform(0.05, 0.45)
        pct = free / 196.7 * 100
        if pct > 15:
            t += timedelta(seconds=30)
            continue
        t = t + secs(r, 30, 30.05)
        if pct > 10:
            OS(
                "os-1",
                t,
                "INFO",
                "o.o.c.r.a.DiskThresholdMonitor",
                "low disk watermark [{}] exceeded on {} free: {}[{}], replicas will not be assigned to this node",
                "85%",
                where,
                gb(free),
                f"{pct:.1f}%",
            )
        elif pct > 5:
            OS(
                "os-1",
                t,
                "WARN",
                "o.o.c.r.a.DiskThresholdMonitor",
                "high disk watermark [{}] exceeded on {} free: {}[{}], shards will be relocated away from this node; currently relocating away shards totalling [{}] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete",
                "90%",
                where,
                gb(free),
                f"{pct:.1f}%",
                0,
            )
        else:
            OS(
                "os-1",
                t,
                "WARN",
                "o.o.c.r.a.DiskThresholdMonitor",
                "flood stage disk watermark [{}] exceeded on {} free: {}[{}], all indices on this node will be marked read-only",
                "95%",
                where,
                gb(free),
                f"{pct:.1f}%",
            )
    x = OS(
        "os-1",
        disk[1] + secs(r, 10, 30),
        "INFO",
        "o.o.c.m.MetadataDeleteIndexService",
        "[{}/{}] deleting index",
        "graylog_38",
        hexid(r, 22),
    )
    x = OS(
        "os-1",
        step(x, 20, 30),
        "INFO",
        "o.o.c.r.a.DiskThresholdMonitor",
        "releasing read-only-allow-delete block on indices: [{}]",
        "[graylog_62, nginx_217, fw_136]",
    )
    OS(
        "os-1",
        step(x, 30, 31),
        "INFO",
        "o.o.c.r.a.DiskThresholdMonitor",
        "low disk watermark [{}] no longer exceeded on {}, free: {}[{}]",
        "85%",
        where,
        gb(41.2),
        "20.9%",
    )
    return fs.logs(t0)


SYSTEMS = {
    "fluent-bit": fluent_bit,
    "jaeger": jaeger,
    "tempo": tempo,
    "graylog": graylog,
    "opensearch": opensearch,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
