#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 236 (milvus, weaviate, chroma, cratedb, appwrite) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file; a restarted process is a new one). Four databases
and a backend of one product team, 06:00 to 12:00 on 2024-06-07. The brief's PocketBase is
replaced by Appwrite, the self-hosted backend-as-a-service of the same kind: PocketBase writes
its request and application logs to the `_logs` table of its SQLite logs database, and its
stdout (what `docker logs` keeps) holds the start banner (`Server started at ...`, `├─ REST
API: ...`, `└─ Admin UI: ...`) and little else; only `--dev` prints the logs, without a time.

- Milvus 2.3 standalone (`milvus-standalone.log`: `docker logs milvus-standalone`), pkg/log's
  text encoder (pingcap/log's): `[2024/06/07 06:00:22.854 +00:00] [INFO]
  [datacoord/index_service.go:513] ["receive DescribeIndex request"] [traceID=...]
  [collectionID=...]`, the message and string values quoted when they hold a space, `[`, `]`,
  `=` or `"`, and knowhere's glog lines between them. A RAG assistant's three collections: the
  ingestion pipeline's inserts (`pipeline fetch insert msg`) and flushes every ten minutes
  (`receive flush request`, `flush response with segments`), the app's connections describing
  the index (`receive DescribeIndex request`), the ETL's hourly staging collection dropped and
  created (`received request to invalidate collection meta cache` / `complete to ...`); MinIO
  down 07:30-07:42 (`failed to put object`, the query coordinator's `failed to load segment` and
  `execute action done, remove it`); compaction and a slow MinIO 08:40-09:06 (`Search slow`,
  `Query slow` with the request's fields); etcd's disk slow 09:50-10:01 (`Slow etcd operation
  save`, `Slow etcd operation load with prefix`); the container OOM-killed at 10:20:31 and
  started again (`starting running Milvus components`, `Enable Jemalloc`, the query
  coordinator's start, the grpc clients' retries, the recovery info per channel, every sealed
  segment loaded again: `predict memory and disk usage while loading (in MiB)`, `request
  resource for loading segments (unit in MiB)`, `create segment`, `start loading field data for
  field` per field, knowhere's `create knowhere index %s with version %d`), searches failing
  meanwhile (`Search failed to WaitToFinish` with `collection not loaded[collection=...]`).
- Weaviate 1.26.4 (`weaviate-0.log`, `weaviate-1.log`, `weaviate-2.log`: a three-node
  StatefulSet, each pod's containers' stdout as the cluster's log agent keeps it), logrus's
  JSONFormatter: keys sorted, the build fields on every line, `{"action":"hnsw_vector_cache_
  prefill",...,"msg":"prefilled vector cache",...,"time":"2024-06-07T06:01:54Z","took":684668}`.
  A notes app with a multi-tenant `Notes` class (a shard per workspace, loaded lazily on its
  first request after a start: `Completed loading shard %s in %s` and `prefilled vector cache`,
  new workspaces' `Created shard %s in %s`); the rolling upgrade 1.26.3 -> 1.26.4 at 06:05
  (`Shutting down... `, `Stopped serving weaviate at http://[::]:8080`, the start-up lines,
  hashicorp/raft's `failed to contact` / `failed to appendEntries to` / `failed to heartbeat to`
  on the leader and an election when the leader goes); the re-import's batches past the write
  timeout 07:31-07:49 (`i/o timeout`, `broken pipe` with their description, hint and the
  request's URL struct); an old mobile build's GraphQL field (`unexpected error`); weaviate-2
  OOM-killed at 08:50 (`active write-ahead-log found`); weaviate-1's volume filling (`disk usage
  currently at %.2f%%, threshold set to %.2f%%` at widening intervals, then `Set READONLY, ...`
  every scan from 10:21 and writes to its shards failing as `unexpected error`), the pod
  restarted on a larger volume at 10:56.
- Chroma 0.5.0 (`chroma.log`: `docker logs chroma`), its log_config.yml: uvicorn's
  DefaultFormatter `%(levelprefix)s [%(asctime)s] %(message)s` with `%d-%m-%Y %H:%M:%S`,
  chromadb at DEBUG, the access formatter `%(levelprefix)s [%(asctime)s] %(client_addr)s -
  "%(request_line)s" %(status_code)s`, Docker's health check every minute. The assistant's
  queries (client set-up, get_or_create_collection's `Collection %s already exists, returning
  existing collection.`, the query; `Number of requested results %s is greater than number of
  elements in index %s, updating n_results = %s` on a three-document collection); the wiki
  sync at 07:00 adding changed pages with add() (`Insert of existing embedding ID: %s` and `Add
  of existing embedding ID: %s`, one of each per ID); the ticket sync's upserts and deletes
  (`Delete of nonexisting embedding ID: %s`); support_kb copied to support_kb_v2 and deleted at
  09:04, one replica asking for the old name until 10:47 (`logger.exception`'s `Collection %s
  does not exist.` with the traceback, a 500); a forum import holding SQLite's write lock
  10:08-10:21 (`database is locked`); the upgrade restart at 11:00 (uvicorn's shutdown, the
  entrypoint's echo, `Anonymized telemetry enabled. ...`, `Starting component %s`, uvicorn's
  start-up). Access lines are labelled by method, route and status.
- CrateDB 5.7 (`crate-0.log`, `crate-1.log`, `crate-2.log`: `kubectl logs` of three pods),
  log4j2's `[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name] %marker%m%n`: `[2024-06-07T06:00:00,167]
  [INFO ][o.e.c.m.MetadataCreateIndexService] [crate-0] [.partitioned....] creating index, ...`.
  IoT telemetry in four tables partitioned by hour: the master's hourly partitions (`[%s]
  creating index, cause [%s], templates %s, shards [%s]/[%s]`, the health going YELLOW and
  GREEN again), retention's `%s deleting index`, dynamic columns' `%s update_mapping [%s]`; the
  engine throttling indexing while merges fall behind (`now throttling indexing: ...` / `stop
  throttling indexing: ...` under the shard's `[index][n] ` prefix); GC overhead all day on the
  busiest node and on all three while the fleet dashboard aggregates 30 days 08:30-09:40 (`[gc]
  [%s] overhead, ...` at INFO and WARN, the slow collections' `[gc][young]...` / `[gc][old]...`
  with their pools); crate-2's volume over the low (09:41), high (every reroute interval from
  10:05) and flood-stage (every check from 10:36) watermarks until a week of readings is
  dropped at 10:52; crate-1 upgraded to 5.7.2 at 11:10 (`stopping ...`, `stopped`, the master's
  `node-left[...]`, the appliers' `removed {...}`, crate-2's `failed to connect to ...` with its
  stack, the new pod's start-up, `node-join[...]`, `master node changed ...`, `started`).
- Appwrite 1.5 (`appwrite.log`, `appwrite-worker-mails.log`: `docker logs -t` of the API
  container and the mails worker), utopia-php/cli's Console: colour codes around every line but
  `log`'s, `2024-06-07T06:02:19.361137881Z ESC[31m[Error] Timestamp: 2024-06-07T06:02:19+00:00
  ESC[0m`. The API's error handler writes each error in seven calls (`[Error] Timestamp: %s`,
  `[Error] Method: %s`, `[Error] URL: %s` with the route's pattern, `[Error] Type: %s`,
  `[Error] Message: ...`, `[Error] File: %s`, `[Error] Line: %s`; no Method and URL when no
  route matched): a mobile app asking for the account logged out (`User (role: guests) missing
  scope (account)`), admins on a users endpoint, bad passwords, missing documents and files,
  the 09:00 web release leaving out a required attribute, credential stuffing 09:40-09:52 and
  the rate limiter, MariaDB restarted at 10:30 (`PDOException`'s `SQLSTATE[HY000] [2002]
  Connection refused`) and the API recreated meanwhile (`Server started successfully (max
  payload is %s bytes)`, `Master pid %s, manager pid %s`, 24 `Worker %s started successfully`,
  `Database not ready. Retrying connection (%s)...` until the database answers, the `[Setup]`
  lines); a push campaign at 08:00 (`swoole_dispatch: ... did not find a idle worker, picking
  random worker %d`). The mails worker (utopia-php/queue): `[Job] Received Job (%s).` and `[Job]
  (%s) successfully run.`, and while the SMTP password is rotated on the relay only
  (07:10-07:55) `[Job] (%s) failed to run.`, `[Job] (%s) Error sending mail: SMTP Error: Could
  not authenticate.` and the worker's own `[Error] Type/Message/File/Line`; its restart at
  10:30 (`[Worker] Worker %s is ready!`, `Worker %s  started`).

Label notes. The heads are context: Milvus's time, level and caller with its fields (the
message alone is the label) and glog's head with knowhere's `[KNOWHERE][Create][milvus] `
prefix; logrus's time, level and fields; uvicorn's level prefix and time; log4j2's time,
level, logger and node name, and the engine's `[index][shard] ` prefix; Docker's time and the
colour codes. A value that is a message contributes its format (Appwrite's `[Error] Message:`
texts, the mails worker's error, CrateDB's health-change reasons and the appliers' reasons);
a word a call site passes literally is wording (Milvus's `Search slow` / `Query slow` and `...
failed to WaitToFinish`, `Slow etcd operation save` / `... load with prefix`); collections,
tenants, shards, indices, nodes, paths, routes' parameters, users, classes and counts are
values. Access lines are labelled by method, route pattern and status (round 64's uvicorn).
Tracebacks and Java stacks are their line's. Checked against copies of the sources: Milvus's
proxy messages (`rpcSlow`, `... failed to WaitToFinish`, the meta cache lines) and etcd_kv's,
and the text encoder and INFO lines from issues' logs of 2.3/2.4; Weaviate's shard, prefill,
disk-use, read-only, timeout and broken-pipe messages with their fields; Chroma's
log_config.yml and its exception middleware; CrateDB's DiskThresholdMonitor and
JvmGcMonitorService messages and the start-up layout from issues' logs; Appwrite's http.php,
general.php error block, worker.php, utopia-php/cli's Console, utopia-php/queue's Server and
errors.php's messages.

Least sure (written from the helper's knowledge): Milvus's `starting running Milvus
components`, `Enable Jemalloc`, the flush request lines and their fields, `failed to put
object`, the callers' line numbers and whether 2.3 logs `pipeline fetch insert msg` at INFO;
Weaviate 1.26's start-up and shutdown lines, the build fields, how its hclog adapter renders
raft's key-values (`action=raft`, `fields.time`) and the raft messages' set; Chroma's `Collection
%s already exists, returning existing collection.`, the embedding-ID warnings' wording and
pairing, the entrypoint's echo, the traceback frames; CrateDB's cluster-state summaries and
reasons, the health reasons, `update_mapping`, the throttling lines, the slow-GC line's pools,
plugin names and partition idents; Appwrite's `Error sending mail: ` with PHPMailer's text,
the files and line numbers, and the PDOException reaching the handler as such.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid
from generate_round97 import Files, sec
from generate_round121 import go_dur
from generate_round147 import T0, T_END, at, in_any

US = 1
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


def poisson_times(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Arrival instants from t0 to t1 with `mean` seconds between them on average."""
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def rfc3339nano(r: random.Random, t: datetime) -> str:
    """Docker's and kubectl's --timestamps: RFC 3339 with nanoseconds, trailing zeros cut."""
    nanos = f"{t.microsecond:06d}{r.randint(0, 999):03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{nanos}" if nanos else "") + "Z"


# ----------------------------------------------------------------------------------- milvus

MV_CALLERS = {
    "starting running Milvus components": "roles/roles.go:287",
    "Enable Jemalloc": "roles/roles.go:170",
    "start init querycoord": "querycoordv2/server.go:218",
    "query coordinator connecting to etcd.": "querycoordv2/server.go:222",
    "query coordinator successfully connected to etcd.": "querycoordv2/server.go:234",
    "failed to get client address": "grpcclient/client.go:213",
    "fail to get grpc client in the retry state": "grpcclient/client.go:476",
    "retry func failed": "grpcclient/client.go:467",
    "datacoord append channelInfo in GetRecoveryInfo": "datacoord/services.go:772",
    "channel seek position set from channel checkpoint meta": "datacoord/handler.go:299",
    "predict memory and disk usage while loading (in MiB)": "segments/segment_loader.go:998",
    "request resource for loading segments (unit in MiB)": "segments/segment_loader.go:408",
    "create segment": "segments/segment.go:189",
    "start loading field data for field": "segments/segment.go:691",
    "pipeline fetch insert msg": "pipeline/insert_node.go:80",
    "receive DescribeIndex request": "datacoord/index_service.go:513",
    "receive flush request": "datacoord/services.go:102",
    "flush response with segments": "datacoord/services.go:155",
    "Search slow": "proxy/impl.go:2594",
    "Query slow": "proxy/impl.go:2943",
    "Search failed to WaitToFinish": "proxy/impl.go:2626",
    "failed to put object": "storage/minio_chunk_manager.go:286",
    "Slow etcd operation save": "etcd/etcd_kv.go:692",
    "Slow etcd operation load with prefix": "etcd/etcd_kv.go:231",
    "received request to invalidate collection meta cache": "proxy/impl.go:120",
    "complete to invalidate collection meta cache": "proxy/impl.go:143",
    "failed to load segment": "task/executor.go:232",
    "execute action done, remove it": "task/executor.go:142",
}

# name, collection ID, vector dim, sealed segments at a load, rows per segment
MV_COLLS = [
    ("docs_chunks", 450021473306542117, 1024, 12, (52000, 131000)),
    ("support_tickets", 450021473306543390, 768, 5, (18000, 64000)),
    ("product_catalog", 450021473306544861, 768, 3, (9000, 30000)),
]
MV_FIELDS = [0, 1, 100, 101, 102]


def mv_quote(s: str) -> str:
    """pingcap/log's text encoder: a string with a space, a control byte, `"`, `\\`, `[`, `]`
    or `=` is written in double quotes with `"` and `\\` escaped; anything else bare."""
    if s and not any(c <= " " or c in '\\"[]=' for c in s):
        return s
    esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
    return '"' + "".join(esc.get(c, c) for c in s) + '"'


def mv_line(t: datetime, level: str, msg: str, fields: list[tuple[str, object]]) -> str:
    ts = f"[{t:%Y/%m/%d %H:%M:%S}.{t.microsecond // 1000:03d} +00:00]"
    out = f"{ts} [{level}] [{MV_CALLERS[msg]}] [{mv_quote(msg)}]"
    for k, v in fields:
        if isinstance(v, bool):
            v = "true" if v else "false"
        out += f" [{mv_quote(k)}={mv_quote(str(v))}]"
    return out


def mv_trace(r: random.Random) -> str:
    return hexid(r, 32)


def milvus(r: random.Random) -> list[Log]:
    """One Milvus standalone, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "milvus-standalone.log"
    restart = [at(10, 21)]

    def gen(t: datetime) -> str:
        """The process: the one killed at 10:20:31 or the one started after it."""
        return "milvus-2" if t >= restart[0] else "milvus-1"

    def M(t: datetime, level: str, msg: str, fields: list[tuple[str, object]]) -> datetime:
        return fs.add(f, t, msg, lambda x: [mv_line(x, level, msg, fields)], gen(t), MS)

    def glog(t: datetime, label: str, text: str) -> datetime:
        def line(x: datetime) -> list[str]:
            return [f"I{x:%Y%m%d %H:%M:%S}.{x.microsecond:06d} {r.randint(90, 180):>5} {text}"]

        return fs.add(f, t, label, line, gen(t), US)

    chans = {c: f"by-dev-rootcoord-dml_{i}_{cid}v0" for i, (c, cid, *_) in enumerate(MV_COLLS)}
    cids = {c: cid for c, cid, *_ in MV_COLLS}
    segs: dict[str, list[int]] = {}
    seg_next = [450021473306600000]
    for c, _cid, _dim, n, _rows in MV_COLLS:
        segs[c] = []
        for _ in range(n):
            seg_next[0] += r.randint(300, 9000)
            segs[c].append(seg_next[0])
    growing = {c: segs[c][-1] + r.randint(10, 90) for c in cids}

    minio_down = (at(7, 30, 12), at(7, 42, 40))
    slow_span = (at(8, 40), at(9, 6))
    etcd_slow = (at(9, 50), at(10, 1))
    oom_at = at(10, 20, 31)
    up_at = at(10, 21, 4)
    loaded_at = {
        "docs_chunks": at(10, 23, 55),
        "support_tickets": at(10, 22, 41),
        "product_catalog": at(10, 22, 12),
    }

    def ts_now(t: datetime) -> int:
        return (int(t.timestamp() * 1000) << 18) + r.randint(0, 2**17)

    def loaded(c: str, t: datetime) -> bool:
        return not (oom_at <= t < loaded_at[c])

    # ingestion: the pipeline inserts into docs_chunks and support_tickets
    for c, mean in [("docs_chunks", 31.0), ("support_tickets", 112.0)]:
        for t in poisson_times(r, T0, T_END, mean):
            if oom_at - sec(2) <= t < up_at + sec(20):
                continue
            if r.random() < 0.012:
                seg_next[0] += r.randint(300, 900)
                growing[c] = seg_next[0]
            rows = r.choice([1, 1, 2, 8, 16, 32, 50, 64, 100, 128, 256, 500])
            ts0 = ts_now(t)
            M(
                t + sec(r.uniform(0.005, 0.09)),
                "INFO",
                "pipeline fetch insert msg",
                [
                    ("collectionID", cids[c]),
                    ("segmentID", growing[c]),
                    ("insertRowNum", rows),
                    ("timestampMin", ts0),
                    ("timestampMax", ts0 + r.randint(0, 4) * (rows > 1)),
                ],
            )

    # flushes every ten minutes by the pipeline
    for c in ["docs_chunks", "support_tickets"]:
        for t in every(r, at(6, 3, 20), T_END, 600, 25):
            if oom_at - sec(10) <= t < up_at + sec(60):
                continue
            trace = mv_trace(r)
            t = M(
                t,
                "INFO",
                "receive flush request",
                [
                    ("traceID", trace),
                    ("dbID", 0),
                    ("collectionID", cids[c]),
                    ("isImporting", False),
                ],
            )
            sealed = [growing[c]]
            seg_next[0] += r.randint(300, 900)
            growing[c] = seg_next[0]
            segs[c].append(sealed[0])
            M(
                t + sec(r.uniform(0.002, 0.03)),
                "INFO",
                "flush response with segments",
                [
                    ("traceID", trace),
                    ("collectionID", cids[c]),
                    ("sealSegments", f"[{sealed[0]}]"),
                    ("flushSegments", f"[{','.join(str(s) for s in segs[c][-3:])}]"),
                    ("timeOfSeal", int(t.timestamp())),
                    ("flushTs", ts_now(t)),
                ],
            )
            if in_any(t, [minio_down]):
                for s in segs[c][-2:]:
                    task = int(t.timestamp() * 1000) + r.randint(50, 900)
                    tt = t + sec(r.uniform(2, 9))
                    err = f'failed to get object, key={"files/insert_log/" + str(cids[c]) + "/" + str(cids[c] + 1) + "/" + str(s) + "/101/" + str(s + 7)}: Get "http://minio:9000/a-bucket/files/insert_log/{cids[c]}/{cids[c] + 1}/{s}/101/{s + 7}": dial tcp 172.18.0.3:9000: connect: connection refused'
                    tt = M(
                        tt,
                        "WARN",
                        "failed to load segment",
                        [
                            ("taskID", task),
                            ("collectionID", cids[c]),
                            ("replicaID", cids[c] + 88000000011),
                            ("segmentID", s),
                            ("node", 1),
                            ("source", "segment_checker"),
                            ("shardLeader", 1),
                            ("error", err),
                        ],
                    )
                    M(
                        tt + sec(0.001),
                        "INFO",
                        "execute action done, remove it",
                        [("taskID", task), ("step", 0), ("error", err)],
                    )

    # the datanode's binlog uploads while MinIO is down
    for t in poisson_times(r, minio_down[0], minio_down[1], 22):
        c = "docs_chunks" if r.random() < 0.75 else "support_tickets"
        s = growing[c]
        field = r.choice(MV_FIELDS)
        M(
            t,
            "WARN",
            "failed to put object",
            [
                ("bucket", "a-bucket"),
                (
                    "path",
                    f"files/insert_log/{cids[c]}/{cids[c] + 1}/{s}/{field}/{s + r.randint(20, 900)}",
                ),
                (
                    "error",
                    'Put "http://minio:9000/a-bucket/files/insert_log/": dial tcp 172.18.0.3:9000: connect: connection refused',
                ),
            ],
        )

    # the app's connections describe the index of the collection they open
    for t in poisson_times(r, T0, T_END, 46):
        if oom_at - sec(2) <= t < up_at + sec(15):
            continue
        c = r.choices([c for c, *_ in MV_COLLS], [6, 3, 2])[0]
        M(
            t,
            "INFO",
            "receive DescribeIndex request",
            [
                ("traceID", mv_trace(r)),
                ("collectionID", cids[c]),
                ("indexName", ""),
                ("timestamp", 0),
            ],
        )

    # slow searches while compaction and a slow MinIO fight the query node
    def search_fields(c: str) -> list[tuple[str, object]]:
        dim_field = "embedding"
        topk = r.choice([4, 5, 8, 10, 20])
        params = (
            '[{"key":"anns_field","value":"'
            + dim_field
            + '"},{"key":"topk","value":"'
            + str(topk)
            + '"},{"key":"metric_type","value":"COSINE"},{"key":"params","value":"{\\"ef\\":'
            + str(r.choice([64, 128, 256]))
            + '}"},{"key":"round_decimal","value":"-1"},{"key":"offset","value":"0"}]'
        )
        return [
            ("traceID", mv_trace(r)),
            ("role", "proxy"),
            ("db", "default"),
            ("collection", c),
            ("partitions", "[]"),
            ("dsl", r.choice(["", "", 'tenant == "acme"', 'lang in ["en", "de"]'])),
            ("len(PlaceholderGroup)", 4108 if c == "docs_chunks" else 3084),
            ("OutputFields", "[text,source,page]" if c == "docs_chunks" else "[title,body]"),
            ("search_params", params),
            ("guarantee_timestamp", 1),
        ]

    for t in poisson_times(r, slow_span[0], slow_span[1], 27):
        c = r.choices(["docs_chunks", "support_tickets"], [4, 1])[0]
        M(t, "INFO", "Search slow", [*search_fields(c), ("duration", go_dur(r.uniform(5.0, 14.0)))])
    for t in poisson_times(r, slow_span[0], slow_span[1], 110):
        c = r.choice(["support_tickets", "product_catalog"])
        M(
            t,
            "INFO",
            "Query slow",
            [
                ("traceID", mv_trace(r)),
                ("role", "proxy"),
                ("db", "default"),
                ("collection", c),
                ("partitions", "[]"),
                (
                    "expr",
                    r.choice(['status == "open"', "id in [4411, 4412, 4419]", 'sku like "HX-%"']),
                ),
                ("OutputFields", "[*]"),
                ("travel_timestamp", 0),
                ("guarantee_timestamp", 1),
                ("duration", go_dur(r.uniform(5.0, 9.5))),
            ],
        )

    # etcd's disk is slow for ten minutes
    for t in poisson_times(r, etcd_slow[0], etcd_slow[1], 30):
        if r.random() < 0.65:
            M(
                t,
                "WARN",
                "Slow etcd operation save",
                [
                    ("time spent", go_dur(r.uniform(0.5, 3.2))),
                    (
                        "key",
                        f"by-dev/meta/datacoord-meta/channel-cp/{chans[r.choice(['docs_chunks', 'support_tickets'])]}",
                    ),
                ],
            )
        else:
            M(t, "WARN", "Slow etcd operation load with prefix", [])

    # the hourly staging collection is dropped and created again by the ETL
    for h in range(6, 12):
        t = at(h, 0, r.uniform(30, 90))
        if oom_at - sec(60) <= t < up_at + sec(60):
            continue
        sid = 450021473306700000 + h * 1000 + r.randint(1, 99)
        for _ in range(2):
            t = M(
                t,
                "INFO",
                "received request to invalidate collection meta cache",
                [
                    ("role", "proxy"),
                    ("db", "default"),
                    ("collectionName", "staging_embeddings"),
                    ("collectionID", sid),
                ],
            )
            t = M(
                t + sec(0.001),
                "INFO",
                "complete to invalidate collection meta cache",
                [
                    ("role", "proxy"),
                    ("db", "default"),
                    ("collectionName", "staging_embeddings"),
                    ("collectionID", sid),
                ],
            )
            t += sec(r.uniform(1.5, 4))
            sid += 7

    # searches while the restarted node has not loaded the collections yet
    for t in poisson_times(r, up_at + sec(8), loaded_at["docs_chunks"], 4.5):
        c = r.choices(["docs_chunks", "support_tickets", "product_catalog"], [5, 2, 1])[0]
        if loaded(c, t):
            continue
        M(
            t,
            "WARN",
            "Search failed to WaitToFinish",
            [*search_fields(c), ("error", f"collection not loaded[collection={cids[c]}]")],
        )

    # the container OOM-killed at 10:20:31 starts again
    t = up_at
    t = M(t, "INFO", "starting running Milvus components", [])
    t = M(
        t + sec(0.001), "INFO", "Enable Jemalloc", [("Jemalloc Path", "/milvus/lib/libjemalloc.so")]
    )
    t = M(t + sec(0.35), "INFO", "start init querycoord", [("State", "Initializing")])
    t = M(t + sec(0.001), "INFO", "query coordinator connecting to etcd.", [])
    t = M(t + sec(0.002), "INFO", "query coordinator successfully connected to etcd.", [])
    for role in ["querycoord", "datacoord", "querycoord", "rootcoord", "datacoord"]:
        t += sec(r.uniform(0.1, 0.6))
        err = f"find no available {role}, check {role} state"
        t = M(t, "WARN", "failed to get client address", [("error", err)])
        t = M(
            t,
            "WARN",
            "fail to get grpc client in the retry state",
            [("client_role", role), ("error", err)],
        )
        t = M(
            t,
            "WARN",
            "retry func failed",
            [("retried", r.randint(0, 3)), ("error", f"empty grpc client: {err}")],
        )
    t += sec(2.1)
    for c, cid, *_ in MV_COLLS:
        t = M(
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "channel seek position set from channel checkpoint meta",
            [
                ("channel", chans[c]),
                ("posTs", ts_now(t - sec(40))),
                (
                    "posTime",
                    f"{t - sec(r.uniform(20, 60)):%Y/%m/%d %H:%M:%S}.{r.randint(0, 999):03d} +00:00",
                ),
            ],
        )
        t = M(
            t + sec(0.001),
            "INFO",
            "datacoord append channelInfo in GetRecoveryInfo",
            [
                ("traceID", mv_trace(r)),
                ("collectionID", cid),
                ("partitionIDs", "[]"),
                ("channel", chans[c]),
                ("# of unflushed segments", 1),
                ("# of flushed segments", len(segs[c])),
                ("# of dropped segments", r.randint(0, 4)),
                ("# of indexed segments", len(segs[c]) - 1),
            ],
        )
    # the query node loads each collection's sealed segments, smallest first
    for c, cid, _dim, _n, rows in sorted(MV_COLLS, key=lambda x: loaded_at[x[0]]):
        trace = mv_trace(r)
        t = max(t, loaded_at[c] - sec(45))
        todo = segs[c][-8:] if len(segs[c]) > 8 else list(segs[c])
        t = M(
            t,
            "INFO",
            "predict memory and disk usage while loading (in MiB)",
            [
                ("traceID", trace),
                ("collectionID", cid),
                ("maxSegmentSize", round(r.uniform(60, 520), 6)),
                ("concurrency", 4),
                ("committedMemSize", 0),
                ("memUsage", round(r.uniform(900, 3100), 8)),
                ("committedDiskSize", 0),
                ("diskUsage", 0),
                ("predictMemUsage", round(r.uniform(3100, 9800), 8)),
                ("predictDiskUsage", 0),
                ("mmapEnabled", False),
            ],
        )
        t = M(
            t + sec(0.001),
            "INFO",
            "request resource for loading segments (unit in MiB)",
            [
                ("traceID", trace),
                ("segmentIDs", "[" + ",".join(str(s) for s in todo) + "]"),
                ("memory", round(r.uniform(400, 4000), 6)),
                ("committedMemory", round(r.uniform(400, 4000), 6)),
                ("disk", 0),
                ("committedDisk", 0),
            ],
        )
        for s in todo:
            n = r.randint(*rows)
            t = M(
                t + sec(r.uniform(0.05, 0.6)),
                "INFO",
                "create segment",
                [
                    ("traceID", trace),
                    ("collectionID", cid),
                    ("partitionID", cid + 1),
                    ("segmentID", s),
                    ("segmentType", "Sealed"),
                ],
            )
            for fid in MV_FIELDS:
                t = M(
                    t + sec(r.uniform(0.0005, 0.03)),
                    "INFO",
                    "start loading field data for field",
                    [
                        ("traceID", trace),
                        ("collectionID", cid),
                        ("partitionID", cid + 1),
                        ("segmentID", s),
                        ("fieldID", fid),
                        ("rowCount", n),
                    ],
                )
            t = glog(
                t + sec(r.uniform(0.05, 0.4)),
                "create knowhere index %s with version %d",
                "factory.cc:20] [KNOWHERE][Create][milvus] create knowhere index HNSW with version 2",
            )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- weaviate

WV_BUILD = [
    ("build_git_commit", "c4b6f5e"),
    ("build_go_version", "go1.22.6"),
    ("build_image_tag", "v1.26.4"),
    ("build_wv_version", "1.26.4"),
]
WV_NODES = {"weaviate-0": "10.42.0.31", "weaviate-1": "10.42.1.18", "weaviate-2": "10.42.2.9"}
WV_LEVEL = {"info": "info", "warn": "warning", "error": "error"}
WV_URL_KEYS = [
    "Scheme",
    "Opaque",
    "User",
    "Host",
    "Path",
    "RawPath",
    "OmitHost",
    "ForceQuery",
    "RawQuery",
    "Fragment",
    "RawFragment",
]
WV_IO_DESC = (
    "An I/O timeout occurs when the request takes longer than the specified server-side timeout."
)
WV_IO_HINT = "Either try increasing the server-side timeout using e.g. '--write-timeout=600s' as a command line flag when starting Weaviate, or try sending a computationally cheaper request, for example by reducing a batch size, reducing a limit, using less complex filters, etc. Note that this error is only thrown if client-side and server-side timeouts are not in sync, more precisely if the client-side timeout is longer than the server side timeout."
WV_BP_DESC = "A broken pipe error occurs when Weaviate tries to write a response onto a connection that has already been closed or reset by the client. Typically, this is the case when the server was not able to respond within the configured client-side timeout."
WV_BP_HINT = "Either try increasing the client-side timeout, or sending a computationally cheaper request, for example by reducing a batch size, reducing a limit, using less complex filters, etc."
WV_VECTORIZER_MSG = 'the default vectorizer modules is set to "%s", as a result all new schema classes without an explicit vectorizer setting, will use this vectorizer'


def wv_json(fields: dict[str, object]) -> str:
    """logrus's JSONFormatter: the fields map marshalled by encoding/json, keys sorted, `<`,
    `>` and `&` escaped."""
    s = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def wv_url(path: str) -> dict[str, object]:
    u: dict[str, object] = dict.fromkeys(WV_URL_KEYS, "")
    u.update({"User": None, "OmitHost": False, "ForceQuery": False, "Path": path})
    return u


def weaviate(r: random.Random) -> list[Log]:
    """A three-node Weaviate cluster, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    starts: dict[str, list[datetime]] = {n: [] for n in WV_NODES}

    def W(who: str, t: datetime, level: str, label: str, msg: str, **kv: object) -> datetime:
        def line(x: datetime) -> list[str]:
            d: dict[str, object] = dict(WV_BUILD)
            d.update(kv)
            d.update({"level": WV_LEVEL[level], "msg": msg, "time": f"{x:%Y-%m-%dT%H:%M:%S}Z"})
            return [wv_json(d)]

        return fs.add(
            f"{who}.log", t, label, line, f"{who}/{sum(s <= t for s in starts[who])}", SEC
        )

    def raft_addr(n: str) -> str:
        return f"{WV_NODES[n]}:8300"

    nodes = list(WV_NODES)
    tenants = sorted({"ws_" + alnum(r, 8).lower() for _ in range(900)})
    owner = {ten: nodes[i % 3] for i, ten in enumerate(tenants)}
    size = {ten: int(r.paretovariate(1.1) * 140) for ten in tenants}
    weight = [min(s, 4000) ** 0.5 for s in (size[t] for t in tenants)]
    # the processes running at 06:00 have been up for days: most tenants are loaded already
    loaded: dict[str, set[str]] = {
        n: {x for x in tenants if owner[x] == n and r.random() < 0.93} for n in nodes
    }
    help_shard = {n: alnum(r, 12) for n in nodes}
    state = {"leader": "weaviate-0", "term": 41}
    down: dict[str, tuple[datetime, datetime]] = {}

    def took() -> str:
        return go_dur(r.uniform(0.0009, 0.09))

    def load_shard(
        node: str, t: datetime, shard: str, count: int, created: bool = False
    ) -> datetime:
        msg = "Created shard %s in %s" if created else "Completed loading shard %s in %s"
        t = W(node, t, "info", msg, msg % (shard, took()))
        return W(
            node,
            t + sec(r.uniform(0.001, 0.3)),
            "info",
            "prefilled vector cache",
            "prefilled vector cache",
            action="hnsw_vector_cache_prefill",
            count=count,
            index_id="main",
            limit=1000000000000,
            took=int(r.uniform(4000, 900000) * (1 + count / 2000)),
        )

    def startup(node: str, t: datetime, wal: bool = False) -> datetime:
        starts[node].append(t)
        loaded[node] = set()
        t = W(
            node,
            t,
            "info",
            WV_VECTORIZER_MSG,
            WV_VECTORIZER_MSG % "text2vec-openai",
            action="startup",
            default_vectorizer_module="text2vec-openai",
        )
        t = W(
            node,
            t + sec(0.001),
            "info",
            'auto schema enabled setting is set to "%s"',
            'auto schema enabled setting is set to "false"',
            action="startup",
            auto_schema_enabled=False,
        )
        msg = "No resource limits set, weaviate will use all available memory and CPU. To limit resources, set LIMIT_RESOURCES=true"
        t = W(node, t + sec(0.01), "info", msg, msg)
        if wal:
            t = W(
                node,
                t + sec(0.4),
                "warn",
                "active write-ahead-log found",
                "active write-ahead-log found",
                action="lsm_recover_from_active_wal",
                path=f"/var/lib/weaviate/notes/{r.choice([x for x in tenants if owner[x] == node])}/lsm/objects",
            )
        t = W(
            node,
            t + sec(r.uniform(0.3, 1.2)),
            "info",
            "entering follower state",
            "entering follower state",
            action="raft",
            follower=f"Node at {raft_addr(node)} [Follower]",
            **{"leader-address": "", "leader-id": ""},
        )
        t = load_shard(
            node,
            t + sec(r.uniform(0.2, 0.9)),
            f"helparticle_{help_shard[node]}",
            r.randint(2400, 2900),
        )
        t = W(
            node,
            t + sec(r.uniform(0.2, 1.5)),
            "info",
            "grpc server listening at [::]:50051",
            "grpc server listening at [::]:50051",
            action="grpc_startup",
        )
        return W(
            node,
            t + sec(0.01),
            "info",
            "Serving weaviate at http://[::]:8080",
            "Serving weaviate at http://[::]:8080",
            action="restapi_management",
        )

    def shutdown(node: str, t: datetime) -> datetime:
        t = W(
            node, t, "info", "Shutting down... ", "Shutting down... ", action="restapi_management"
        )
        return W(
            node,
            t + sec(r.uniform(0.5, 2.5)),
            "info",
            "Stopped serving weaviate at http://[::]:8080",
            "Stopped serving weaviate at http://[::]:8080",
            action="restapi_management",
        )

    def leader_loses(peer: str, t0: datetime, t1: datetime) -> None:
        """The leader's replication to a peer that is gone from t0 to t1."""
        lead = state["leader"]
        t = t0 + sec(r.uniform(0.3, 0.8))
        backoff = 10
        while t < t1:
            W(
                lead,
                t,
                "warn",
                "failed to contact",
                "failed to contact",
                action="raft",
                **{"server-id": peer, "fields.time": go_dur((t - t0).total_seconds())},
            )
            if r.random() < 0.35:
                err = f"dial tcp {raft_addr(peer)}: connect: connection refused"
                W(
                    lead,
                    t + sec(0.2),
                    "error",
                    "failed to appendEntries to",
                    "failed to appendEntries to",
                    action="raft",
                    error=err,
                    peer=f"{{Voter {peer} {raft_addr(peer)}}}",
                )
                W(
                    lead,
                    t + sec(0.4),
                    "error",
                    "failed to heartbeat to",
                    "failed to heartbeat to",
                    action="raft",
                    error=err,
                    peer=raft_addr(peer),
                    **{"backoff time": go_dur(backoff / 1000)},
                )
                backoff = min(backoff * 2, 1000)
            t += sec(r.uniform(1.5, 3.5))
        W(
            lead,
            t1 + sec(r.uniform(2, 5)),
            "info",
            "pipelining replication",
            "pipelining replication",
            action="raft",
            peer=f"{{Voter {peer} {raft_addr(peer)}}}",
        )

    def election(winner: str, t: datetime, others: list[str]) -> None:
        state["term"] += 1
        term = state["term"]
        last = state["leader"]
        t = W(
            winner,
            t,
            "warn",
            "heartbeat timeout reached, starting election",
            "heartbeat timeout reached, starting election",
            action="raft",
            **{"last-leader-addr": raft_addr(last), "last-leader-id": last},
        )
        t = W(
            winner,
            t + sec(0.01),
            "info",
            "entering candidate state",
            "entering candidate state",
            action="raft",
            node=f"Node at {raft_addr(winner)} [Candidate]",
            term=term,
        )
        t = W(
            winner,
            t + sec(0.02),
            "info",
            "election won",
            "election won",
            action="raft",
            tally=2,
            term=term,
        )
        t = W(
            winner,
            t + sec(0.001),
            "info",
            "entering leader state",
            "entering leader state",
            action="raft",
            leader=f"Node at {raft_addr(winner)} [Leader]",
        )
        for o in others:
            W(
                winner,
                t + sec(0.002),
                "info",
                "added peer, starting replication",
                "added peer, starting replication",
                action="raft",
                peer=o,
            )
        state["leader"] = winner

    # the rolling upgrade 1.26.3 -> 1.26.4: weaviate-2, weaviate-1, then the leader weaviate-0
    for node, t in [
        ("weaviate-2", at(6, 5, 10)),
        ("weaviate-1", at(6, 12, 3)),
        ("weaviate-0", at(6, 19, 20)),
    ]:
        t = shutdown(node, t)
        back = t + sec(r.uniform(24, 38))
        down[node] = (t, back)
        if node != state["leader"]:
            leader_loses(node, t, back + sec(3))
        else:
            election("weaviate-1", t + sec(r.uniform(1.2, 2.2)), ["weaviate-0", "weaviate-2"])
            W(
                "weaviate-2",
                t + sec(r.uniform(2.3, 3.0)),
                "info",
                "entering follower state",
                "entering follower state",
                action="raft",
                follower=f"Node at {raft_addr('weaviate-2')} [Follower]",
                **{"leader-address": raft_addr("weaviate-1"), "leader-id": "weaviate-1"},
            )
        startup(node, back)

    # weaviate-2 OOM-killed at 08:50:14 comes back with its write-ahead logs
    oom, back2 = at(8, 50, 14), at(8, 50, 47)
    leader_loses("weaviate-2", oom, back2 + sec(4))
    startup("weaviate-2", back2, wal=True)
    down["weaviate-2#2"] = (oom, back2 + sec(4))

    # weaviate-1's volume fills; its shards go read-only at 10:21; PVC grown, pod restarted 10:56
    ro_at, stop1, back1 = at(10, 21, 9), at(10, 56, 2), at(10, 56, 40)
    t, gap, pct = at(9, 28, 17), 30.0, 80.4
    while t < ro_at:
        W(
            "weaviate-1",
            t,
            "warn",
            "disk usage currently at %.2f%%, threshold set to %.2f%%",
            f"disk usage currently at {pct:.2f}%, threshold set to 80.00%",
            action="read_disk_use",
            path="/var/lib/weaviate",
        )
        t += sec(gap)
        gap = min(gap * 1.6, 300)
        pct = min(pct + r.uniform(0.2, 1.4), 89.97)
    pct = 90.02
    t = ro_at
    while t < stop1:
        W(
            "weaviate-1",
            t,
            "warn",
            "Set READONLY, disk usage currently at %.2f%%, threshold set to %.2f%%",
            f"Set READONLY, disk usage currently at {pct:.2f}%, threshold set to 90.00%",
            action="set_shard_read_only",
            path="/var/lib/weaviate",
        )
        t += sec(r.uniform(29, 31))
        pct = min(pct + r.uniform(0.0, 0.06), 91.8)
    t = shutdown("weaviate-1", stop1)
    election("weaviate-0", t + sec(r.uniform(1.2, 2.0)), ["weaviate-1", "weaviate-2"])
    W(
        "weaviate-2",
        t + sec(2.6),
        "info",
        "entering follower state",
        "entering follower state",
        action="raft",
        follower=f"Node at {raft_addr('weaviate-2')} [Follower]",
        **{"leader-address": raft_addr("weaviate-0"), "leader-id": "weaviate-0"},
    )
    startup("weaviate-1", back1)
    W(
        "weaviate-0",
        back1 + sec(3.1),
        "info",
        "pipelining replication",
        "pipelining replication",
        action="raft",
        peer=f"{{Voter weaviate-1 {raft_addr('weaviate-1')}}}",
    )
    down["weaviate-1#2"] = (stop1, back1 + sec(3))

    def up(node: str, t: datetime) -> bool:
        return not any(k.split("#")[0] == node and a <= t < b for k, (a, b) in down.items())

    # users open their workspaces: a tenant's shard is loaded on its first request
    for t in poisson_times(r, at(6, 1), T_END, 6.5):
        busy = 1.0 if at(8, 0) <= t < at(11, 30) else 0.55
        if r.random() > busy:
            continue
        ten = r.choices(tenants, weight)[0]
        node = owner[ten]
        if not up(node, t) or ten in loaded[node]:
            continue
        loaded[node].add(ten)
        load_shard(node, t, f"notes_{ten}", size[ten])
        # writes to weaviate-1's read-only shards fail on the coordinating node
    for t in poisson_times(r, ro_at + sec(20), stop1, 15):
        ten = r.choice([x for x in tenants if owner[x] == "weaviate-1"])
        coord = r.choice(["weaviate-0", "weaviate-2", "weaviate-1"])
        if r.random() < 0.7:
            err = f"put object: import singleObject into index notes: shard notes_{ten}: store is read-only"
            W(
                coord,
                t,
                "error",
                "unexpected error",
                "unexpected error",
                action="requests_total",
                api="rest",
                class_name="Notes",
                error=err,
                query_type="objects",
            )
        else:
            err = f"delete object from index notes: shard notes_{ten}: store is read-only"
            W(
                coord,
                t,
                "error",
                "unexpected error",
                "unexpected error",
                action="requests_total",
                api="rest",
                class_name="Notes",
                error=err,
                query_type="objects",
            )
    # an old mobile build asks for a field the schema never had
    for t in poisson_times(r, at(7, 2), at(11, 40), 260):
        coord = r.choice(nodes)
        if not up(coord, t):
            continue
        W(
            coord,
            t,
            "error",
            "unexpected error",
            "unexpected error",
            action="requests_total",
            api="graphql",
            class_name="",
            error='Cannot query field "summary" on type "Notes".',
            query_type="",
        )
    # new workspaces get their tenant
    for t in poisson_times(r, at(6, 30), T_END, 540):
        ten = "ws_" + alnum(r, 8).lower()
        node = r.choice(nodes)
        if not up(node, t):
            continue
        owner[ten] = node
        loaded[node].add(ten)
        load_shard(node, t, f"notes_{ten}", 0, created=True)
    # the nightly re-import job's batches, too large for the server's write timeout
    for t in poisson_times(r, at(7, 31), at(7, 49), 24):
        node = r.choice(nodes)
        peer = f"10.42.{r.randint(0, 3)}.{r.randint(20, 240)}:{r.randint(33000, 60999)}"
        if r.random() < 0.66:
            W(
                node,
                t,
                "error",
                "i/o timeout",
                "i/o timeout",
                description=WV_IO_DESC,
                error=f"write tcp {WV_NODES[node]}:8080->{peer}: i/o timeout",
                hint=WV_IO_HINT,
                method="POST",
                path=wv_url("/v1/batch/objects"),
            )
        else:
            W(
                node,
                t,
                "error",
                "broken pipe",
                "broken pipe",
                description=WV_BP_DESC,
                error=f"write tcp {WV_NODES[node]}:8080->{peer}: write: broken pipe",
                hint=WV_BP_HINT,
                method="POST",
                path=wv_url("/v1/batch/objects"),
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- chroma

CH_TELEMETRY = "Anonymized telemetry enabled. See                     https://docs.trychroma.com/telemetry for more information."
CH_COMPONENTS = [
    "System",
    "OpenTelemetryClient",
    "SimpleAssignmentPolicy",
    "SqliteDB",
    "QuotaEnforcer",
    "Posthog",
    "LocalSegmentManager",
    "SegmentAPI",
]
CH_ARGS = "--workers 1 --host 0.0.0.0 --port 8000 --proxy-headers --log-config chromadb/log_config.yml --timeout-keep-alive 30"
CH_TB_HEAD = [
    "Traceback (most recent call last):",
    '  File "/chroma/chromadb/server/fastapi/__init__.py", line 148, in catch_exceptions_middleware',
    "    return await call_next(request)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/middleware/base.py", line 84, in call_next',
    "    raise app_exc",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/middleware/base.py", line 70, in coro',
    "    await self.app(scope, receive_or_disconnect, send_no_error)",
    '  File "/usr/local/lib/python3.11/site-packages/opentelemetry/instrumentation/asgi/__init__.py", line 596, in __call__',
    "    await self.app(scope, otel_receive, otel_send)",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/middleware/exceptions.py", line 65, in __call__',
    "    await wrap_app_handling_exceptions(self.app, conn)(scope, receive, send)",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/_exception_handler.py", line 64, in wrapped_app',
    "    raise exc",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/_exception_handler.py", line 53, in wrapped_app',
    "    await app(scope, receive, sender)",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/routing.py", line 756, in __call__',
    "    await self.middleware_stack(scope, receive, send)",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/routing.py", line 776, in app',
    "    await route.handle(scope, receive, send)",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/routing.py", line 297, in handle',
    "    await self.app(scope, receive, send)",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/routing.py", line 77, in app',
    "    await wrap_app_handling_exceptions(app, request)(scope, receive, send)",
    '  File "/usr/local/lib/python3.11/site-packages/starlette/routing.py", line 72, in app',
    "    response = await func(request)",
    "               ^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/fastapi/routing.py", line 278, in app',
    "    raw_response = await run_endpoint_function(",
    "                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/fastapi/routing.py", line 191, in run_endpoint_function',
    "    return await dependant.call(**values)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
]
CH_TB_GET = [
    '  File "/chroma/chromadb/server/fastapi/__init__.py", line 456, in get_collection',
    "    api_collection_model = cast(",
    "                           ^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/anyio/to_thread.py", line 56, in run_sync',
    "    return await get_async_backend().run_sync_in_worker_thread(",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/anyio/_backends/_asyncio.py", line 2177, in run_sync_in_worker_thread',
    "    return await future",
    "           ^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/anyio/_backends/_asyncio.py", line 859, in run',
    "    result = context.run(func, *args)",
    "             ^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/chroma/chromadb/telemetry/opentelemetry/__init__.py", line 143, in wrapper',
    "    return f(*args, **kwargs)",
    "           ^^^^^^^^^^^^^^^^^^",
    '  File "/chroma/chromadb/api/segment.py", line 103, in wrapper',
    "    return self._rate_limit_enforcer.rate_limit(func)(*args, **kwargs)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/chroma/chromadb/rate_limit/simple_rate_limit/__init__.py", line 23, in wrapper',
    "    return func(*args, **kwargs)",
    "           ^^^^^^^^^^^^^^^^^^^^^",
    '  File "/chroma/chromadb/api/segment.py", line 290, in get_collection',
    '    raise ValueError(f"Collection {name} does not exist.")',
]
CH_TB_LOCKED = [
    '  File "/chroma/chromadb/server/fastapi/__init__.py", line 575, in add',
    "    result = await to_thread.run_sync(",
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/anyio/to_thread.py", line 56, in run_sync',
    "    return await get_async_backend().run_sync_in_worker_thread(",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/anyio/_backends/_asyncio.py", line 859, in run',
    "    result = context.run(func, *args)",
    "             ^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/chroma/chromadb/api/segment.py", line 369, in _add',
    "    self._producer.submit_embeddings(collection_id, records_to_submit)",
    '  File "/chroma/chromadb/db/mixins/embeddings_queue.py", line 172, in submit_embeddings',
    "    with self.tx() as cur:",
    '  File "/chroma/chromadb/db/impl/sqlite.py", line 41, in __exit__',
    "    self._conn.commit()",
    "sqlite3.OperationalError: database is locked",
]
# collection, id, documents, weight of its queries
CH_COLLS = [
    ("handbook", "b8f1e7c2-3d94-4a6e-9f21-7c5e0a9d4b13", 48210, 9),
    ("support_kb", "0e6a9d4f-8b27-4c1d-a3e5-f19b62c70d88", 21877, 6),
    ("release_notes", "5c3b1a8e-f640-47d2-b9a1-2e8d7f0c6a45", 3, 2),
]


def chroma(r: random.Random) -> list[Log]:
    """One Chroma server in Docker, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "chroma.log"

    def pre(level: str) -> str:
        return (level + ":").ljust(10)

    def L(t: datetime, level: str, label: str, msg: str, more: list[str] = ()) -> datetime:  # type: ignore[assignment]
        def line(x: datetime) -> list[str]:
            return [f"{pre(level)}[{x:%d-%m-%Y %H:%M:%S}] {msg}", *more]

        return fs.add(f, t, label, line, "uvicorn-2" if t >= restart_up else "uvicorn-1", SEC)

    apps = ["10.0.4.21", "10.0.4.22", "10.0.4.37"]
    ingest_host = "10.0.5.14"

    def acc(t: datetime, client: str, method: str, path: str, route: str, status: int) -> datetime:
        addr = f"{client}:{r.randint(32768, 60999)}"
        return L(
            t, "INFO", f"{method} {route} {status}", f'{addr} - "{method} {path} HTTP/1.1" {status}'
        )

    q_db = "tenant=default_tenant&database=default_database"
    renamed_at = at(9, 4, 12)
    restart_stop, restart_up = at(11, 0, 8), at(11, 0, 21)
    locked_span = (at(10, 8), at(10, 21))

    def startup(t: datetime) -> datetime:
        t = fs.add(
            f,
            t,
            "Starting 'uvicorn chromadb.app:app' with args: %s",
            lambda x: [f"Starting 'uvicorn chromadb.app:app' with args: {CH_ARGS}"],
            "entrypoint",
            SEC,
        )
        t = L(t + sec(2.2), "INFO", CH_TELEMETRY, CH_TELEMETRY)
        for comp in CH_COMPONENTS:
            t = L(t + sec(0.01), "DEBUG", "Starting component %s", f"Starting component {comp}")
        t = L(t + sec(0.2), "INFO", "Started server process [%d]", "Started server process [1]")
        t = L(t, "INFO", "Waiting for application startup.", "Waiting for application startup.")
        t = L(t, "INFO", "Application startup complete.", "Application startup complete.")
        return L(
            t,
            "INFO",
            "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
            "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
        )

    def running(t: datetime) -> bool:
        return not (restart_stop <= t < restart_up + sec(16))

    # docker's health check
    for t in every(r, T0 + sec(7), T_END, 60, 0.3):
        if running(t):
            acc(t, "127.0.0.1", "GET", "/api/v1/heartbeat", "/api/v1/heartbeat", 200)

    # the assistant's RAG queries: client set-up, get_or_create_collection, query
    for t in poisson_times(r, T0, T_END, 52):
        if not running(t):
            continue
        client = r.choice(apps)
        name, cid, ndocs, _w = r.choices(CH_COLLS, [w for *_, w in CH_COLLS])[0]
        if name == "support_kb" and t >= renamed_at and client == "10.0.4.37" and t < at(10, 47):
            # the one replica still configured with the old name after the rename
            t = acc(t, client, "GET", "/api/v1/tenants/default_tenant", "/api/v1/tenants/%s", 200)
            t = acc(
                t + sec(0.02),
                client,
                "GET",
                "/api/v1/databases/default_database?tenant=default_tenant",
                "/api/v1/databases/%s?tenant=%s",
                200,
            )
            msg = "Collection support_kb does not exist."
            t = L(
                t + sec(0.03),
                "ERROR",
                "Collection %s does not exist.",
                msg,
                [*CH_TB_HEAD, *CH_TB_GET, f"ValueError: {msg}"],
            )
            acc(
                t,
                client,
                "GET",
                f"/api/v1/collections/support_kb?{q_db}",
                "/api/v1/collections/%s?tenant=%s&database=%s",
                500,
            )
            continue
        if name == "support_kb" and t >= renamed_at:
            name = "support_kb_v2"
            cid = "7a2d9c41-0f3b-4e85-b6d2-95e1c8a0f374"
        if r.random() < 0.3:
            t = acc(t, client, "GET", "/api/v1/tenants/default_tenant", "/api/v1/tenants/%s", 200)
            t = acc(
                t + sec(0.02),
                client,
                "GET",
                "/api/v1/databases/default_database?tenant=default_tenant",
                "/api/v1/databases/%s?tenant=%s",
                200,
            )
        t = L(
            t + sec(0.01),
            "DEBUG",
            "Collection %s already exists, returning existing collection.",
            f"Collection {name} already exists, returning existing collection.",
        )
        t = acc(
            t,
            client,
            "POST",
            f"/api/v1/collections?{q_db}",
            "/api/v1/collections?tenant=%s&database=%s",
            200,
        )
        k = r.choice([4, 4, 5, 8, 10])
        if ndocs < k:
            t = L(
                t + sec(0.05),
                "WARNING",
                "Number of requested results %s is greater than number of elements in index %s, updating n_results = %s",
                f"Number of requested results {k} is greater than number of elements in index {ndocs}, updating n_results = {ndocs}",
            )
        acc(
            t + sec(r.uniform(0.05, 0.8)),
            client,
            "POST",
            f"/api/v1/collections/{cid}/query",
            "/api/v1/collections/%s/query",
            200,
        )

    # the wiki sync at 07:00 adds every changed page again with add() instead of upsert()
    t = at(7, 0, 31)
    acc(t, ingest_host, "GET", "/api/v1/tenants/default_tenant", "/api/v1/tenants/%s", 200)
    t = L(
        t + sec(0.5),
        "DEBUG",
        "Collection %s already exists, returning existing collection.",
        "Collection handbook already exists, returning existing collection.",
    )
    t = acc(
        t,
        ingest_host,
        "POST",
        f"/api/v1/collections?{q_db}",
        "/api/v1/collections?tenant=%s&database=%s",
        200,
    )
    cid = CH_COLLS[0][1]
    for _batch in range(11):
        t += sec(r.uniform(4, 11))
        pages = r.sample(range(100, 2400), r.randint(3, 9))
        for p in pages:
            for chunk in range(r.randint(1, 4)):
                doc = f"wiki-{p}-{chunk}"
                t = L(
                    t + sec(0.001),
                    "WARNING",
                    "Insert of existing embedding ID: %s",
                    f"Insert of existing embedding ID: {doc}",
                )
                t = L(
                    t + sec(0.001),
                    "WARNING",
                    "Add of existing embedding ID: %s",
                    f"Add of existing embedding ID: {doc}",
                )
        t = acc(
            t + sec(0.3),
            ingest_host,
            "POST",
            f"/api/v1/collections/{cid}/add",
            "/api/v1/collections/%s/add",
            201,
        )
        acc(
            t + sec(0.5),
            ingest_host,
            "GET",
            f"/api/v1/collections/{cid}/count",
            "/api/v1/collections/%s/count",
            200,
        )

    # the ticket sync every 10 minutes upserts and deletes in support_kb (then support_kb_v2)
    for t in every(r, at(6, 2, 40), T_END, 600, 20):
        if not running(t) or locked_span[0] <= t < locked_span[1]:
            continue
        cid = CH_COLLS[1][1] if t < renamed_at else "7a2d9c41-0f3b-4e85-b6d2-95e1c8a0f374"
        t = acc(
            t,
            ingest_host,
            "POST",
            f"/api/v1/collections/{cid}/get",
            "/api/v1/collections/%s/get",
            200,
        )
        t = acc(
            t + sec(r.uniform(1, 4)),
            ingest_host,
            "POST",
            f"/api/v1/collections/{cid}/upsert",
            "/api/v1/collections/%s/upsert",
            200,
        )
        if r.random() < 0.5:
            for _ in range(r.randint(1, 3)):
                doc = f"ticket-{r.randint(40000, 48999)}"
                t = L(
                    t + sec(0.01),
                    "WARNING",
                    "Delete of nonexisting embedding ID: %s",
                    f"Delete of nonexisting embedding ID: {doc}",
                )
            acc(
                t + sec(0.2),
                ingest_host,
                "POST",
                f"/api/v1/collections/{cid}/delete",
                "/api/v1/collections/%s/delete",
                200,
            )

    # the rename: support_kb copied into support_kb_v2, the old one deleted
    t = renamed_at - sec(300)
    t = acc(
        t,
        ingest_host,
        "POST",
        f"/api/v1/collections?{q_db}",
        "/api/v1/collections?tenant=%s&database=%s",
        200,
    )
    for _ in range(22):
        t = acc(
            t + sec(r.uniform(3, 9)),
            ingest_host,
            "POST",
            "/api/v1/collections/7a2d9c41-0f3b-4e85-b6d2-95e1c8a0f374/add",
            "/api/v1/collections/%s/add",
            201,
        )
    acc(
        renamed_at - sec(1),
        ingest_host,
        "DELETE",
        f"/api/v1/collections/support_kb?{q_db}",
        "/api/v1/collections/%s?tenant=%s&database=%s",
        200,
    )

    # a bulk import of the forum archive holds the SQLite write lock 10:08-10:21
    for t in poisson_times(r, locked_span[0], locked_span[1], 7):
        acc(
            t,
            "10.0.5.31",
            "POST",
            "/api/v1/collections/2f4e8b1a-6c93-4d07-8e5a-b1c9d03f7e62/add",
            "/api/v1/collections/%s/add",
            201,
        )
    for t in poisson_times(r, locked_span[0] + sec(40), locked_span[1], 55):
        client = r.choice([ingest_host, *apps])
        coll = CH_COLLS[0][1] if client != ingest_host else "7a2d9c41-0f3b-4e85-b6d2-95e1c8a0f374"
        t = L(t, "ERROR", "database is locked", "database is locked", [*CH_TB_HEAD, *CH_TB_LOCKED])
        acc(t, client, "POST", f"/api/v1/collections/{coll}/add", "/api/v1/collections/%s/add", 500)

    # the upgrade restart at 11:00
    t = L(restart_stop, "INFO", "Shutting down", "Shutting down")
    t = L(t, "INFO", "Waiting for application shutdown.", "Waiting for application shutdown.")
    t = L(t, "INFO", "Application shutdown complete.", "Application shutdown complete.")
    L(t, "INFO", "Finished server process [%d]", "Finished server process [1]")
    startup(restart_up)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- cratedb

CR_NODES = {
    "crate-0": ("10.42.0.12", "t3VhQk2GR8ut0wq1y0hJ0g", "QyfQ3Ox4Tj6m8B7k1EwW3A"),
    "crate-1": ("10.42.1.17", "Mz3dD9J5RlOVfQ3JhJkzAg", "l3lDTrBCQxa2zm1gxg_AvQ"),
    "crate-2": ("10.42.2.23", "b9Wq0uYsQhCx4fNnR2pLkw", "8dLr0vJmT1eH5yZ2aPq7Xg"),
}
CR_PLUGINS = [
    "io.crate.plugin.BlobPlugin",
    "io.crate.plugin.CrateCommonPlugin",
    "io.crate.plugin.HttpTransportPlugin",
    "io.crate.plugin.SrvPlugin",
    "io.crate.udc.plugin.UDCPlugin",
    "org.elasticsearch.plugin.repository.url.URLRepositoryPlugin",
    "org.elasticsearch.repositories.s3.S3RepositoryPlugin",
]
CR_HEALTH = "Cluster health status changed from [%s] to [%s] (reason: [%s])."
CR_CONNECT_STACK = [
    "org.elasticsearch.transport.ConnectTransportException: [crate-1][10.42.1.17:4300] connect_exception",
    "\tat org.elasticsearch.transport.TcpTransport$ChannelsConnectedListener.onFailure(TcpTransport.java:1016) ~[crate-server.jar:?]",
    "\tat org.elasticsearch.action.ActionListener.lambda$toBiConsumer$0(ActionListener.java:128) ~[crate-server.jar:?]",
    "\tat java.util.concurrent.CompletableFuture.uniWhenComplete(CompletableFuture.java:863) ~[?:?]",
    "\tat java.util.concurrent.CompletableFuture$UniWhenComplete.tryFire(CompletableFuture.java:841) ~[?:?]",
    "\tat java.util.concurrent.CompletableFuture.postComplete(CompletableFuture.java:510) ~[?:?]",
    "\tat java.util.concurrent.CompletableFuture.completeExceptionally(CompletableFuture.java:2194) ~[?:?]",
    "\tat org.elasticsearch.transport.netty4.Netty4TcpChannel.lambda$addListener$0(Netty4TcpChannel.java:66) ~[crate-server.jar:?]",
    "\tat io.netty.util.concurrent.DefaultPromise.notifyListener0(DefaultPromise.java:590) ~[netty-common-4.1.110.Final.jar:4.1.110.Final]",
    "\tat io.netty.util.concurrent.DefaultPromise.notifyListeners0(DefaultPromise.java:583) ~[netty-common-4.1.110.Final.jar:4.1.110.Final]",
    "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.finishConnect(AbstractEpollChannel.java:674) ~[netty-transport-classes-epoll-4.1.110.Final.jar:4.1.110.Final]",
    "\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:407) ~[netty-transport-classes-epoll-4.1.110.Final.jar:4.1.110.Final]",
    "\tat java.lang.Thread.run(Thread.java:1570) [?:?]",
    "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: 10.42.1.17/10.42.1.17:4300",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat sun.nio.ch.Net.pollConnect(Native Method) ~[?:?]",
    "\tat sun.nio.ch.Net.pollConnectNow(Net.java:682) ~[?:?]",
    "\tat sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:973) ~[?:?]",
    "\tat io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337) ~[netty-transport-4.1.110.Final.jar:4.1.110.Final]",
    "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.finishConnect(AbstractEpollChannel.java:672) ~[netty-transport-classes-epoll-4.1.110.Final.jar:4.1.110.Final]",
    "\t... 5 more",
]


def cr_ident(r: random.Random, table: str, hour: datetime) -> str:
    """A partition's index name: the table and a base32 ident of its partition value."""
    alphabet = "0123456789abcdefghijklmnopqrstuv"
    millis = int(hour.timestamp() * 1000)
    tail = ""
    while millis:
        millis, d = divmod(millis, 32)
        tail = alphabet[d] + tail
    return f".partitioned.{table}.04732{tail}{r.choice(alphabet)}0o30c1g"


def cr_size(b: float) -> str:
    """ByteSizeValue.toString(): one decimal, trailing `.0` dropped."""
    for unit, n in [("tb", 2**40), ("gb", 2**30), ("mb", 2**20), ("kb", 2**10)]:
        if b >= n:
            v = f"{b / n:.1f}".removesuffix(".0")
            return v + unit
    return f"{int(b)}b"


def cr_time(s: float) -> str:
    """TimeValue.toString()."""
    if s >= 1:
        return f"{s:.1f}".removesuffix(".0") + "s"
    return f"{int(s * 1000)}ms"


def cratedb(r: random.Random) -> list[Log]:
    """A three-node CrateDB cluster on Kubernetes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    crn = dict(CR_NODES)
    started = {n: at(6, 0) - sec(r.uniform(3e5, 9e5)) for n in crn}
    state = {"term": 9, "version": 48211}

    def C(
        node: str, t: datetime, level: str, logger: str, label: str, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        def line(x: datetime) -> list[str]:
            return [
                f"[{x:%Y-%m-%dT%H:%M:%S},{x.microsecond // 1000:03d}][{level:<5}][{logger:<25}] [{node}] {msg}",
                *more,
            ]

        new_pod = node == "crate-1" and t >= at(11, 11)
        return fs.add(f"{node}.log", t, label, line, f"{node}/{int(new_pod)}", MS)

    def disc(n: str) -> str:
        ip, nid, eid = crn[n]
        return f"{{{n}}}{{{nid}}}{{{eid}}}{{{ip}}}{{{ip}:4300}}{{dm}}"

    def bump() -> tuple[int, int]:
        state["version"] += r.randint(1, 4)
        return state["term"], state["version"]

    def health(t: datetime, old: str, new: str, reason_label: str, reason: str) -> datetime:
        return C(
            "crate-0",
            t,
            "INFO",
            "o.e.c.r.a.AllocationService",
            CR_HEALTH % ("%s", "%s", reason_label),
            CR_HEALTH % (old, new, reason),
        )

    uuids: dict[str, str] = {}

    def iuuid(name: str) -> str:
        return uuids.setdefault(name, alnum(r, 22))

    # hourly partitions of the two tables, created on the first row of the hour; retention
    for h in range(6, 12):
        for table, shards in [
            ("sensor_readings", 6),
            ("device_events", 4),
            ("vehicle_positions", 6),
            ("alerts", 2),
        ]:
            t = at(h, 0, r.uniform(0.05, 2.5))
            idx = cr_ident(r, table, at(h, 0))
            t = C(
                "crate-0",
                t,
                "INFO",
                "o.e.c.m.MetadataCreateIndexService",
                "[%s] creating index, cause [%s], templates %s, shards [%s]/[%s]",
                f"[{idx}] creating index, cause [bulk], templates [.partitioned.{table}.], shards [{shards}]/[1]",
            )
            t = health(
                t + sec(0.02), "GREEN", "YELLOW", "index [%s] created", f"index [{idx}] created"
            )
            health(
                t + sec(r.uniform(0.4, 1.6)),
                "YELLOW",
                "GREEN",
                "shards started [%s]",
                f"shards started [[{idx}][{r.randint(0, shards - 1)}]]",
            )
        t = at(h, 5, r.uniform(0, 20))
        for table in ["sensor_readings", "device_events", "vehicle_positions"]:
            old = cr_ident(
                r, table, at(h, 0) - sec(86400 * (3 if table != "device_events" else 14))
            )
            t = C(
                "crate-0",
                t + sec(r.uniform(0.2, 0.9)),
                "INFO",
                "o.e.c.m.MetadataDeleteIndexService",
                "%s deleting index",
                f"[{old}/{iuuid(old)}] deleting index",
            )

    # new attributes in the readings' OBJECT(DYNAMIC) column
    for t in poisson_times(r, T0, T_END, 150):
        idx = cr_ident(
            r,
            r.choice(["sensor_readings", "sensor_readings", "device_events"]),
            t.replace(minute=0, second=0, microsecond=0),
        )
        C(
            "crate-0",
            t,
            "INFO",
            "o.e.c.m.MetadataMappingService",
            "%s update_mapping [%s]",
            f"[{idx}/{iuuid(idx)}] update_mapping [default]",
        )

    # GC: a little all day, a lot while the fleet dashboard aggregates 30 days (08:30-09:40)
    heavy = (at(8, 30), at(9, 40))
    gcs = {n: [0, 0] for n in crn}
    for node in crn:
        for t in poisson_times(r, T0, T_END, 19):
            hot = heavy[0] <= t < heavy[1]
            if not hot and r.random() > (0.2 if node == "crate-2" else 0.03):
                continue
            if node == "crate-1" and at(11, 10) <= t < at(11, 12):
                continue
            since = at(11, 11, 24) if node == "crate-1" and t >= at(11, 11, 24) else started[node]
            seq = int((t - since).total_seconds())
            if hot and r.random() < 0.12:
                elapsed = 1.0
                spent = r.uniform(0.52, 0.9)
                C(
                    node,
                    t,
                    "WARN",
                    "o.e.m.j.JvmGcMonitorService",
                    "[gc][%s] overhead, spent [%s] collecting in the last [%s]",
                    f"[gc][{seq}] overhead, spent [{cr_time(spent)}] collecting in the last [{cr_time(elapsed)}]",
                )
            else:
                spent = r.uniform(0.25, 0.49) if hot else r.uniform(0.1, 0.3)
                C(
                    node,
                    t,
                    "INFO",
                    "o.e.m.j.JvmGcMonitorService",
                    "[gc][%s] overhead, spent [%s] collecting in the last [%s]",
                    f"[gc][{seq}] overhead, spent [{cr_time(spent)}] collecting in the last [{cr_time(1.0)}]",
                )
            if hot and r.random() < 0.14:
                kind = "old" if r.random() < 0.1 else "young"
                k = 1 if kind == "young" else 0
                gcs[node][k] += 1
                dur = r.uniform(0.7, 1.9) if kind == "young" else r.uniform(4.5, 11)
                tot_n = (
                    31000 + gcs[node][1] * 7 + int((t - T0).total_seconds() / 4)
                    if kind == "young"
                    else 18 + gcs[node][0]
                )
                used = r.uniform(6.2, 7.8)
                after = used - r.uniform(0.4, 2.2)
                young = r.uniform(1.2, 2.4)
                msg = (
                    f"[gc][{kind}][{seq}][{tot_n}] duration [{cr_time(dur)}], collections [1]/[{cr_time(dur + r.uniform(0.1, 0.4))}], "
                    f"total [{cr_time(dur)}]/[{tot_n * 0.021 / 60:.1f}m], memory [{used:.1f}gb]->[{after:.1f}gb]/[8gb], "
                    f"all_pools {{[young] [{young * 1024:.0f}mb]->[0b]/[0b]}}{{[old] [{used - young:.1f}gb]->[{after:.1f}gb]/[8gb]}}{{[survivor] [{r.randint(40, 200)}mb]->[{r.randint(40, 200)}mb]/[0b]}}"
                )
                C(
                    node,
                    t + sec(0.003),
                    "WARN" if kind == "old" else "INFO",
                    "o.e.m.j.JvmGcMonitorService",
                    "[gc][%s][%s][%s] duration [%s], collections [%s]/[%s], total [%s]/[%s], memory [%s]->[%s]/[%s], all_pools {[%s] [%s]->[%s]/[%s]}{[%s] [%s]->[%s]/[%s]}{[%s] [%s]->[%s]/[%s]}",
                    msg,
                )

    # merges fall behind the ingest: the engine throttles indexing on a shard for a while
    for node in crn:
        for t in poisson_times(r, T0, T_END, 150):
            if node == "crate-1" and at(11, 9, 50) <= t < at(11, 13):
                continue
            idx = cr_ident(
                r,
                r.choice(["sensor_readings", "sensor_readings", "vehicle_positions"]),
                t.replace(minute=0, second=0, microsecond=0),
            )
            shard = r.randint(0, 5)
            merges = r.choice([10, 10, 11, 12])
            t = C(
                node,
                t,
                "INFO",
                "o.e.i.e.Engine",
                "now throttling indexing: numMergesInFlight=%s, maxNumMerges=%s",
                f"[{idx}][{shard}] now throttling indexing: numMergesInFlight={merges}, maxNumMerges=9",
            )
            C(
                node,
                t + sec(r.uniform(3, 70)),
                "INFO",
                "o.e.i.e.Engine",
                "stop throttling indexing: numMergesInFlight=%s, maxNumMerges=%s",
                f"[{idx}][{shard}] stop throttling indexing: numMergesInFlight={r.choice([8, 9])}, maxNumMerges=9",
            )

    # crate-2's data volume fills: low 09:41, high 10:05 (every reroute interval), flood 10:36
    nid2 = crn["crate-2"][1]
    total = 250 * 2**30

    def usage(free: float) -> str:
        return f"[{nid2}][crate-2][/data/data/nodes/0] free: {cr_size(free)}[{free / total * 100:.1f}%]"

    free = 0.148 * total
    C(
        "crate-0",
        at(9, 41, 13),
        "INFO",
        "o.e.c.r.a.DiskThresholdMonitor",
        "low disk watermark [%s] exceeded on %s, replicas will not be assigned to this node",
        f"low disk watermark [85%] exceeded on {usage(free)}, replicas will not be assigned to this node",
    )
    t = at(10, 5, 43)
    free = 0.0985 * total
    while t < at(10, 36, 2):
        relocating = r.choice([0, 0, 2147483648, 3328599818, 4610251345])
        C(
            "crate-0",
            t,
            "WARN",
            "o.e.c.r.a.DiskThresholdMonitor",
            "high disk watermark [%s] exceeded on %s, shards will be relocated away from this node; currently relocating away shards totalling [%s] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete",
            f"high disk watermark [90%] exceeded on {usage(free)}, shards will be relocated away from this node; currently relocating away shards totalling [{-relocating}] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete",
        )
        t += sec(r.uniform(60, 61.5))
        free = max(free - r.uniform(0.0005, 0.0016) * total, 0.051 * total)
    free = 0.0496 * total
    t = at(10, 36, 14)
    while t < at(10, 52, 20):
        C(
            "crate-0",
            t,
            "WARN",
            "o.e.c.r.a.DiskThresholdMonitor",
            "flood stage disk watermark [%s] exceeded on %s, all indices on this node will be marked read-only",
            f"flood stage disk watermark [95%] exceeded on {usage(free)}, all indices on this node will be marked read-only",
        )
        t += sec(r.uniform(30, 30.4))
        free = max(free - r.uniform(0.0, 0.0004) * total, 0.041 * total)
    # the operator drops a week of old readings
    t = at(10, 52, 31)
    dropped = []
    for d in range(7):
        old = cr_ident(r, "sensor_readings", at(6, 0) - sec(86400 * (4 + d)))
        dropped.append(old)
        t = C(
            "crate-0",
            t + sec(r.uniform(0.3, 1.1)),
            "INFO",
            "o.e.c.m.MetadataDeleteIndexService",
            "%s deleting index",
            f"[{old}/{iuuid(old)}] deleting index",
        )
    free = 0.23 * total
    t = C(
        "crate-0",
        at(10, 53, 14),
        "INFO",
        "o.e.c.r.a.DiskThresholdMonitor",
        "low disk watermark [%s] no longer exceeded on %s",
        f"low disk watermark [85%] no longer exceeded on {usage(free)}",
    )
    blocked = [alnum(r, 22) for _ in range(4)]
    C(
        "crate-0",
        t + sec(0.004),
        "INFO",
        "o.e.c.r.a.DiskThresholdMonitor",
        "releasing read-only-allow-delete block on indices: [%s]",
        f"releasing read-only-allow-delete block on indices: [[{', '.join(blocked)}]]",
    )

    # crate-1 upgraded 5.7.1 -> 5.7.2 at 11:10 (a rolling restart of one pod)
    t = C("crate-1", at(11, 10, 2), "INFO", "o.e.n.Node", "stopping ...", "stopping ...")
    t = C("crate-1", t + sec(0.5), "INFO", "o.e.n.Node", "stopped", "stopped")
    t_closed = t + sec(0.2)
    C(
        "crate-2",
        t_closed - sec(0.05),
        "WARN",
        "o.e.c.NodeConnectionsService",
        "failed to connect to %s (tried [%s] times)",
        f"failed to connect to {disc('crate-1')} (tried [1] times)",
        CR_CONNECT_STACK,
    )
    term, ver = bump()
    t = C(
        "crate-0",
        t_closed + sec(0.03),
        "INFO",
        "o.e.c.s.MasterService",
        "node-left[%s reason: %s], term: %s, version: %s, delta: removed {%s}",
        f"node-left[{disc('crate-1')} reason: disconnected], term: {term}, version: {ver}, delta: removed {{{disc('crate-1')}}}",
    )
    C(
        "crate-0",
        t + sec(0.03),
        "INFO",
        "o.e.c.s.ClusterApplierService",
        "removed {%s}, term: %s, version: %s, reason: Publication{term=%s, version=%s}",
        f"removed {{{disc('crate-1')}}}, term: {term}, version: {ver}, reason: Publication{{term={term}, version={ver}}}",
    )
    C(
        "crate-2",
        t + sec(0.02),
        "INFO",
        "o.e.c.s.ClusterApplierService",
        "removed {%s}, term: %s, version: %s, reason: ApplyCommitRequest{term=%s, version=%s, sourceNode=%s}",
        f"removed {{{disc('crate-1')}}}, term: {term}, version: {ver}, reason: ApplyCommitRequest{{term={term}, version={ver}, sourceNode={disc('crate-0')}}}",
    )
    health(
        t + sec(0.05), "GREEN", "YELLOW", "%s reason: %s", f"{disc('crate-1')} reason: disconnected"
    )

    # the new pod
    ip1, nid1, _ = crn["crate-1"]
    crn["crate-1"] = (ip1, nid1, "vP0c3kRZQ9GhW1nY6sLz4Q")
    t = at(11, 11, 24)
    t = C(
        "crate-1",
        t,
        "INFO",
        "o.e.e.NodeEnvironment",
        "using [%s] data paths, mounts [%s], net usable_space [%s], net total_space [%s], types [%s]",
        "using [1] data paths, mounts [[/data (/dev/sdb)]], net usable_space [131.4gb], net total_space [245gb], types [ext4]",
    )
    t = C(
        "crate-1",
        t + sec(0.003),
        "INFO",
        "o.e.e.NodeEnvironment",
        "heap size [%s], compressed ordinary object pointers [%s]",
        "heap size [8gb], compressed ordinary object pointers [true]",
    )
    t = C(
        "crate-1",
        t + sec(0.02),
        "INFO",
        "o.e.n.Node",
        "node name [%s], node ID [%s]",
        f"node name [crate-1], node ID [{nid1}]",
    )
    t = C(
        "crate-1",
        t + sec(0.02),
        "INFO",
        "o.e.n.Node",
        "version[%s], pid[%s], build[%s/%s], OS[%s/%s/%s], JVM[%s/%s/%s/%s]",
        "version[5.7.2], pid[1], build[8a1c9e4/NA], OS[Linux/5.15.0-1064-azure/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/22.0.1/22.0.1+8-16]",
    )
    t = C(
        "crate-1",
        t + sec(0.4),
        "INFO",
        "i.c.plugin",
        "plugins loaded: [%s] ",
        "plugins loaded: [jmx-monitoring, lang-js] ",
    )
    for p in CR_PLUGINS:
        t = C(
            "crate-1",
            t + sec(0.001),
            "INFO",
            "o.e.p.PluginsService",
            "loaded plugin [%s]",
            f"loaded plugin [{p}]",
        )
    t = C("crate-1", t + sec(0.6), "INFO", "o.e.n.Node", "initialized", "initialized")
    t = C("crate-1", t + sec(0.001), "INFO", "o.e.n.Node", "starting ...", "starting ...")
    pub = "publish_address {%s}, bound_addresses {%s}"
    t = C(
        "crate-1",
        t + sec(0.15),
        "INFO",
        "o.e.t.TransportService",
        pub,
        f"publish_address {{{ip1}:4300}}, bound_addresses {{[::]:4300}}",
    )
    term, ver = bump()
    C(
        "crate-0",
        t + sec(0.3),
        "INFO",
        "o.e.c.s.MasterService",
        "node-join[%s join existing leader], term: %s, version: %s, delta: added {%s}",
        f"node-join[{disc('crate-1')} join existing leader], term: {term}, version: {ver}, delta: added {{{disc('crate-1')}}}",
    )
    C(
        "crate-0",
        t + sec(0.4),
        "INFO",
        "o.e.c.s.ClusterApplierService",
        "added {%s}, term: %s, version: %s, reason: Publication{term=%s, version=%s}",
        f"added {{{disc('crate-1')}}}, term: {term}, version: {ver}, reason: Publication{{term={term}, version={ver}}}",
    )
    C(
        "crate-2",
        t + sec(0.38),
        "INFO",
        "o.e.c.s.ClusterApplierService",
        "added {%s}, term: %s, version: %s, reason: ApplyCommitRequest{term=%s, version=%s, sourceNode=%s}",
        f"added {{{disc('crate-1')}}}, term: {term}, version: {ver}, reason: ApplyCommitRequest{{term={term}, version={ver}, sourceNode={disc('crate-0')}}}",
    )
    t = C(
        "crate-1",
        t + sec(0.41),
        "INFO",
        "o.e.c.s.ClusterApplierService",
        "master node changed {previous [%s], current [%s]}, added {%s}, term: %s, version: %s, reason: ApplyCommitRequest{term=%s, version=%s, sourceNode=%s}",
        f"master node changed {{previous [], current [{disc('crate-0')}]}}, added {{{disc('crate-0')}, {disc('crate-2')}}}, term: {term}, version: {ver}, reason: ApplyCommitRequest{{term={term}, version={ver}, sourceNode={disc('crate-0')}}}",
    )
    t = C(
        "crate-1",
        t + sec(0.9),
        "INFO",
        "i.c.p.h.CrateNettyHttpServerTransport",
        pub,
        f"publish_address {{{ip1}:4200}}, bound_addresses {{[::]:4200}}",
    )
    t = C(
        "crate-1",
        t + sec(0.05),
        "INFO",
        "i.c.p.p.PostgresNetty",
        pub,
        f"publish_address {{{ip1}:5432}}, bound_addresses {{[::]:5432}}",
    )
    t = C("crate-1", t + sec(0.02), "INFO", "o.e.n.Node", "started", "started")
    idx = cr_ident(r, "sensor_readings", at(11, 0))
    health(
        t + sec(r.uniform(140, 200)),
        "YELLOW",
        "GREEN",
        "shards started [%s]",
        f"shards started [[{idx}][{r.randint(0, 5)}]]",
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- appwrite

AW_COLOR = {"error": "\x1b[31m", "success": "\x1b[32m", "info": "\x1b[34m", "warning": "\x1b[1;33m"}
AW_CODE = "/usr/src/code"
AW_GUEST = "%s (role: %s) missing scope (%s)"
# kind: method, route, class, message label, file, line
AW_ERRORS = {
    "scope": (
        "GET",
        "/v1/account",
        "Appwrite\\Extend\\Exception",
        AW_GUEST,
        "app/controllers/shared/api.php",
        241,
    ),
    "scope_admin": (
        "GET",
        "/v1/users",
        "Appwrite\\Extend\\Exception",
        AW_GUEST,
        "app/controllers/shared/api.php",
        241,
    ),
    "unauthorized": (
        "POST",
        "/v1/databases/:databaseId/collections/:collectionId/documents",
        "Appwrite\\Extend\\Exception",
        "The current user is not authorized to perform the requested action.",
        "app/controllers/api/databases.php",
        3187,
    ),
    "credentials": (
        "POST",
        "/v1/account/sessions/email",
        "Appwrite\\Extend\\Exception",
        "Invalid credentials. Please check the email and password.",
        "app/controllers/api/account.php",
        812,
    ),
    "ratelimit": (
        "POST",
        "/v1/account/sessions/email",
        "Appwrite\\Extend\\Exception",
        "Rate limit for the current endpoint has been exceeded. Please try again after some time.",
        "app/controllers/shared/api.php",
        329,
    ),
    "doc404": (
        "GET",
        "/v1/databases/:databaseId/collections/:collectionId/documents/:documentId",
        "Appwrite\\Extend\\Exception",
        "Document with the requested ID could not be found.",
        "app/controllers/api/databases.php",
        3341,
    ),
    "file404": (
        "GET",
        "/v1/storage/buckets/:bucketId/files/:fileId/preview",
        "Appwrite\\Extend\\Exception",
        "The requested file could not be found.",
        "app/controllers/api/storage.php",
        957,
    ),
    "structure": (
        "POST",
        "/v1/databases/:databaseId/collections/:collectionId/documents",
        "Appwrite\\Extend\\Exception",
        'Invalid document structure: Missing required attribute "%s"',
        "app/controllers/api/databases.php",
        3156,
    ),
    "route404": (
        "",
        "",
        "Appwrite\\Extend\\Exception",
        "The requested route was not found. Please refer to the API docs and try again.",
        "app/controllers/general.php",
        1001,
    ),
    "pdo": (
        "GET",
        "/v1/databases/:databaseId/collections/:collectionId/documents",
        "PDOException",
        "SQLSTATE[%s] [%d] %s",
        "vendor/utopia-php/pools/src/Pools/Pool.php",
        163,
    ),
}
AW_USERS = [
    "m.keller@brightpath.io",
    "ana.souza@brightpath.io",
    "dev@brightpath.io",
    "t.nguyen@brightpath.io",
]


def appwrite(r: random.Random) -> list[Log]:
    """An Appwrite 1.5 installation's API and mails worker, 06:00 to 12:00 (see the module
    docstring)."""
    fs = Files()

    def A(f: str, t: datetime, kind: str, label: str, msg: str) -> datetime:
        color = AW_COLOR.get(kind, "")
        text = f"{color}{msg}\x1b[0m" if color else msg

        def line(x: datetime) -> list[str]:
            return [f"{rfc3339nano(r, x)} {text}"]

        return fs.add(f, t, label, line, f"{f}/{int(t >= restart)}", US)

    api = "appwrite.log"
    mails = "appwrite-worker-mails.log"
    db_down = (at(10, 30, 5), at(10, 30, 48))
    restart = at(10, 30, 21)
    smtp_bad = (at(7, 10, 40), at(7, 55, 12))
    brute = (at(9, 40, 2), at(9, 52, 30))

    def api_error(t: datetime, kind: str) -> None:
        method, route, cls, label, file, lineno = AW_ERRORS[kind]
        if kind == "scope":
            msg = "User (role: guests) missing scope (account)"
        elif kind == "scope_admin":
            msg = f"{r.choice(AW_USERS)} (role: users) missing scope (users.read)"
        elif kind == "structure":
            msg = label % r.choice(["dueDate", "ownerId", "priority"])
        elif kind == "pdo":
            msg = "SQLSTATE[HY000] [2002] Connection refused"
        else:
            msg = label
        t = A(
            api,
            t,
            "error",
            "[Error] Timestamp: %s",
            f"[Error] Timestamp: {t:%Y-%m-%dT%H:%M:%S}+00:00",
        )
        if route:
            t = A(api, t + sec(0.00002), "error", "[Error] Method: %s", f"[Error] Method: {method}")
            t = A(api, t + sec(0.00001), "error", "[Error] URL: %s", f"[Error] URL: {route}")
        t = A(api, t + sec(0.00001), "error", "[Error] Type: %s", f"[Error] Type: {cls}")
        t = A(
            api, t + sec(0.00001), "error", f"[Error] Message: {label}", f"[Error] Message: {msg}"
        )
        t = A(api, t + sec(0.00001), "error", "[Error] File: %s", f"[Error] File: {AW_CODE}/{file}")
        A(api, t + sec(0.00001), "error", "[Error] Line: %s", f"[Error] Line: {lineno}")

    def serving(t: datetime) -> bool:
        return not (restart - sec(1) <= t < restart + sec(30))

    # the mobile app asks for the account on every launch, logged in or not
    for t in poisson_times(r, T0, T_END, 175):
        if serving(t):
            api_error(t, "scope")
    for t in poisson_times(r, at(8, 15), at(11, 50), 1100):
        if serving(t):
            api_error(t, "scope_admin")
    for kind, mean in [
        ("unauthorized", 820),
        ("credentials", 640),
        ("doc404", 980),
        ("file404", 2300),
        ("route404", 3400),
    ]:
        for t in poisson_times(r, T0, T_END, mean):
            if serving(t):
                api_error(t, kind)
    # the 09:00 release of the web app forgets a required attribute for an hour
    for t in poisson_times(r, at(9, 3), at(10, 5), 290):
        if serving(t):
            api_error(t, "structure")
    # credential stuffing against the email sessions 09:40-09:52: bad passwords, then the limiter
    for t in poisson_times(r, brute[0], brute[1], 21):
        api_error(t, "credentials" if r.random() < 0.45 else "ratelimit")
    # MariaDB restarted for its upgrade: connections refused
    for t in poisson_times(r, db_down[0], restart - sec(1.5), 2.2):
        api_error(t, "pdo")
    # a push campaign at 08:00 brings everyone back at once
    for t in poisson_times(r, at(8, 0, 4), at(8, 6, 30), 9):
        if r.random() < 0.15:
            A(
                api,
                t,
                "warning",
                "swoole_dispatch: Risky branch: did not find a idle worker, picking random worker %d",
                f"swoole_dispatch: Risky branch: did not find a idle worker, picking random worker {r.randint(19, 23)}",
            )
        else:
            A(
                api,
                t,
                "warning",
                "swoole_dispatch: Non-risky branch: did not find a idle worker, picking random worker %d",
                f"swoole_dispatch: Non-risky branch: did not find a idle worker, picking random worker {r.randint(0, 18)}",
            )

    # `docker compose up -d` after the database upgrade recreates the API container
    t = A(
        api,
        restart,
        "success",
        "Server started successfully (max payload is %s bytes)",
        "Server started successfully (max payload is 12,582,912 bytes)",
    )
    t = A(
        api,
        t + sec(0.0001),
        "info",
        "Master pid %s, manager pid %s",
        "Master pid 1, manager pid 27",
    )
    wt = t
    for w in range(24):
        wt += sec(r.uniform(0.001, 0.02))
        A(
            api,
            wt,
            "success",
            "Worker %s started successfully",
            f"Worker {w + 1} started successfully",
        )
    t += sec(0.004)
    n = 1
    while t < db_down[1]:
        A(
            api,
            t,
            "warning",
            "Database not ready. Retrying connection (%s)...",
            f"Database not ready. Retrying connection ({n})...",
        )
        t += sec(1.0 + r.uniform(0.001, 0.01))
        n += 1
    t = A(
        api,
        t,
        "success",
        "[Setup] - Server database init started...",
        "[Setup] - Server database init started...",
    )
    t = A(
        api,
        t + sec(0.0004),
        "success",
        "[Setup] - Creating console database...",
        "[Setup] - Creating console database...",
    )
    t = A(
        api,
        t + sec(0.003),
        "success",
        "[Setup] - Skip: metadata table already exists",
        "[Setup] - Skip: metadata table already exists",
    )
    A(
        api,
        t + sec(0.31),
        "success",
        "[Setup] - Server database init completed...",
        "[Setup] - Server database init completed...",
    )

    # the mails worker: verifications, recoveries, magic URLs and team invitations
    def uniqid(t: datetime) -> str:
        return f"{int(t.timestamp()):08x}{t.microsecond:05x}"

    def worker_start(t: datetime) -> datetime:
        t = A(mails, t, "success", "[Worker] Worker %s is ready!", "[Worker] Worker 0 is ready!")
        return A(mails, t + sec(0.0002), "info", "Worker %s  started", "Worker mails  started")

    for t in poisson_times(r, T0, T_END, 96):
        if restart - sec(2) <= t < restart + sec(4):
            continue
        job = uniqid(t - sec(r.uniform(0.01, 0.2)))
        t = A(mails, t, "info", "[Job] Received Job (%s).", f"[Job] Received Job ({job}).")
        if in_any(t, [smtp_bad]):
            t += sec(r.uniform(0.4, 1.3))
            err = "Error sending mail: SMTP Error: Could not authenticate."
            t = A(mails, t, "error", "[Job] (%s) failed to run.", f"[Job] ({job}) failed to run.")
            t = A(mails, t + sec(0.00003), "error", f"[Job] (%s) {err}", f"[Job] ({job}) {err}")
            t = A(mails, t + sec(0.0002), "error", "[Error] Type: %s", "[Error] Type: Exception")
            t = A(
                mails,
                t + sec(0.00001),
                "error",
                f"[Error] Message: {err}",
                f"[Error] Message: {err}",
            )
            t = A(
                mails,
                t + sec(0.00001),
                "error",
                "[Error] File: %s",
                f"[Error] File: {AW_CODE}/src/Appwrite/Platform/Workers/Mails.php",
            )
            A(mails, t + sec(0.00001), "error", "[Error] Line: %s", "[Error] Line: 158")
        else:
            A(
                mails,
                t + sec(r.uniform(0.2, 1.1)),
                "success",
                "[Job] (%s) successfully run.",
                f"[Job] ({job}) successfully run.",
            )
    worker_start(restart + sec(0.6))
    return fs.logs(T0)


SYSTEMS = {
    "milvus": milvus,
    "weaviate": weaviate,
    "chroma": chroma,
    "cratedb": cratedb,
    "appwrite": appwrite,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
