#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 145 (bookkeeper, centrifugo, mercure, soketi, flume) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five messaging and streaming servers, 06:00 to 12:00
on 2024-06-07. None of the five was in the set (`pulsar`, `zookeeper`, `kafka`, `nats-server`,
`caddy` and `logstash` are; Mercure runs as a Caddy module and logs through Caddy's logger).

- Apache BookKeeper 4.16 (`bk1-bookkeeper-server.log` to `bk3-...`, the bookies' log4j2 rolling
  file, `%d{ISO8601} - %-5p [%t:%C{1}@%L] - %m%n`: `2024-06-07T06:00:37,086 - INFO
  [EntryLoggerAllocator-0:EntryLoggerAllocator@184] - Created new entry log file ...`): entry logs
  rolled every two to three minutes (`Created new entry log file %s for logId %s.`) and the
  garbage collector every 15 minutes (`Extracting entry log meta from entryLogId: %s`, `Deleting
  entryLogId %s as it has no active ledgers!` / `Removing entry log metadata for %s`, an hourly
  minor compaction with its usage buckets); zk1 restarted at 07:40 (ZooKeeper's `Session 0x%s for
  server %s, Closing socket connection. ...` with an EndOfStreamException or a ConnectException
  stack, `Opening socket connection to server %s.`, `Session establishment complete on server
  %s, ...`); bk2's ledger disk filling from 08:20 (`Ledger directory %s is almost full : usage %s`
  every ten-second check, `... is out-of-space ...` at 08:43, `LedgerDirsMonitor check process: All
  ledger directories are non writable` every check, `Transitioning Bookie to ReadOnly mode, ...`,
  `BookieServer is running in readonly mode, so rejecting the request from the client!`, the
  garbage collector's `Disk almost full, suspend major compaction ...`) until old topics are deleted at
  09:12 (`Transitioning Bookie to Writable mode ...`, 38 entry logs deleted); bk3 killed at 10:20
  (the auditor on bk1: `Following are the failed bookies: %s, ...`, `Following ledgers: %s of
  bookie: %s are identified as underreplicated`; the replication workers on bk1 and bk2: `Ledger
  replicated successfully. ledger id is: %s`) and restarted at 10:24 (`Hello, I'm your bookie,
  ...`, `Finished reading journal, starting bookie`, `Started component %s.`).
- Centrifugo 5.4 (`centrifugo-6d8f9c7b5-2xkqp.log` and two more pods, `centrifugo-58b4d7c6f-...`
  three after a rollout at 10:40: `kubectl logs`, zerolog's JSON as Centrifugo writes it without a
  terminal: `{"level":"info","client":"...","error":"...","time":"2024-06-07T07:31:02Z",
  "message":"invalid connection token"}`): start-up (`using config file`, `starting Centrifugo`
  with its fields, `serving %s endpoints on %s` twice, the new configuration's `unknown key found
  in the configuration file`) and shutdown (`signal received: %v`, `shutting down ...`); a mobile
  build signing its connection tokens with a rotated key 07:25-11:10 (1,031 `invalid connection
  token`); Redis failing over at 08:12 (`pub/sub connection error`, `control pub/sub connection
  error`, then `pub/sub subscribe error` and `control pub/sub subscribe error` every two seconds
  for 70 seconds on each pod, the dial error changing when the master's address moves); the shop
  API down 09:40-09:52 and slow until 09:58 (`error proxying connect`, `error proxying RPC`, their
  `Post "...": dial tcp ...` and `context deadline exceeded` errors as fields); the rollout's
  configuration closing the `orders` namespace to client subscriptions (`attempt to subscribe
  without sufficient permission`) and dropping `notifications` (`subscribe unknown channel`).
- Mercure 0.15 in Caddy 2.7 (`mercure.log`, `docker logs` of the hub's container, Caddy's zap
  JSON: `{"level":"info","ts":1717740019.752922,"logger":"http.handlers.mercure","msg":"New
  subscriber","subscriber":{...}}`): Caddy's start-up twice (`using provided configuration`,
  `Caddyfile input is not formatted; ...`, `admin endpoint started`, the auto-HTTPS lines, quic-go's
  `failed to sufficiently increase receive buffer size (was: %d kiB, wanted: %d kiB, got: %d kiB).
  ...`, `server running`, `autosaved config (load with --resume flag)`, `serving initial
  configuration`) and its shutdown at 10:15 (`shutting down apps, then terminating`, `exiting;
  byeee!! 👋`, `shutdown complete`); subscribers (`New subscriber`, `Subscriber disconnected`, each
  with its subscriber object; the mobile app's `Deprecated: the 'Last-Event-ID' query parameter is
  deprecated ...`; `Subscriber unauthorized` for expired cookies; `Dispatch timeout reached` for
  slow mobile connections); the back end's publishes, refused 08:10-08:35 while its publisher key
  is mis-rotated (`Topic selectors not matched, not provided or authorization error`); Caddy's
  access log (1,163 `handled request` with the request, the status and the duration as fields);
  the certificate renewed at 09:05 (`certificate expires soon; queuing for renewal`, `renewing
  certificate`, `trying to solve challenge`, `validations succeeded; finalizing order`,
  `certificate renewed successfully`).
- soketi 1.6 (`soketi-7c5d9b8f4-hq2lm.log`, `-zx8kt.log` and, after a rollout at 10:30,
  `soketi-6f8d7c9b5-4mw2s.log`, `-t9qjv.log`: `kubectl logs` with SOKETI_DEBUG on, the colours off
  without a terminal): its Log class's lines, a title with two or three spaces of margin and
  padding, the websocket, HTTP and webhook titles prefixed with `[` + JavaScript's
  `Date.toString()` + `] ` (`   [Fri Jun 07 2024 06:16:09 GMT+0000 (Coordinated Universal Time)]
  👨‍🔬 New connection:   `), each title followed by the object it describes as `console.log`
  prints it (util.inspect, over one to fifty lines); the options dump (`console.dir`) and the
  untimed banner at each start; browsers connecting (`👨‍🔬 New connection:`), subscribing (`⚡ New
  message received:` with `pusher:subscribe`), pinging, being sent messages (`✈ Sent message to
  client:` with the socket, its channels and presence members, the app and its timer) and leaving
  (`❌ Connection closed:`); the shop's HTTP API triggers (`⚡ HTTP Payload received`); channel
  webhooks for presence channels (`🚀 Processing webhook from queue.`, `✅ Webhook sent.`, and `❎
  Webhook could not be sent.` with an AxiosError while the shop's endpoint is down 09:30-09:42);
  Redis restarted at 08:05 (ioredis's untimed `[ioredis] Unhandled error event: Error: connect
  ECONNREFUSED %s` with its frame, on two connections a pod); the rollout (`🚫 New users cannot
  connect ...`, `⚡ The server is closing ...`, the sockets told to reconnect and closed with 1012,
  `⚡ All sockets were closed. Now closing the server.`).
- Apache Flume 1.11 (`web1-flume.log` to `web3-...`, three agents tailing nginx's access log into
  a file channel and an Avro sink; `collector1-flume.log`, an Avro source, a memory channel and an
  HDFS sink: log4j2's `%d{dd MMM yyyy HH:mm:ss,SSS} %-5p [%t] (%C.%M:%L) %equals{%x}{[]}{} -
  %m%n`, `07 Jun 2024 06:00:56,066 INFO  [SinkRunner-PollingRunner-DefaultSinkProcessor]
  (org.apache.flume.sink.hdfs.BucketWriter.open:246)  - Creating hdfs://...`): the HDFS sink's
  five-minute rolls per web host (`Creating %s`, `Writer callback called.`, `Closing %s`, `Renaming
  %s to %s`); the file channels' checkpoints (`Start checkpoint for %s, elements to sync = %s`,
  `Updating checkpoint metadata: ...`, `Updated checkpoint for file: %s position: %s
  logWriteOrderID: %s`); the hourly rotation (`Opening file: %s, inode: %s, pos: %s`, `Closed file:
  ...`); the NameNode failing over 09:20-09:23 (`HDFS IO error` with a timeout's stack, the memory
  channel full: `Avro source %s: Unable to process event batch. Exception follows.` with a
  ChannelFullException, the agents' `Unable to deliver event. Exception follows.` with a
  three-exception chain); the collector restarted at 10:50 (27 `Shutdown Metric for type: %s,
  name: %s. %s == %s`, Netty's `[id: 0x..., /a => /b] OPEN` / `BOUND` / `CONNECTED` and `:>`
  `DISCONNECTED` / `UNBOUND` / `CLOSED`, part of its start-up; on the agents, three minutes of
  `Rpc sink %s: Building RpcClient ...`, `Attempting to create Avro Rpc client.`, `Using default
  maxIOWorkers` and `Unable to deliver event. ...` with a Connection refused chain).

Label notes. The heads are context: log4j2's date, level, thread and class (BookKeeper's
`[%t:%C{1}@%L]`, Flume's `[%t] (%C.%M:%L)`), zerolog's and zap's level, time, logger and fields
(Centrifugo's `client`, `error`, `channel`, ...; Caddy's `subscriber`, `request`, `status`, ...),
soketi's margins and the `[date] ` prefix its `prefixWithTime` adds. A JSON line's label is its
message alone. SLF4J's `{}` and Java's `%1$s` are `%s`; a literal `%` in an SLF4J message is `%%`.
A Java exception after a message continues its event, `Caused by:` and `... n more` included, as
do ioredis's frame after its line and the object soketi's Log prints right after a title (a
separate `console.log`, the title's detail, as a backtrace logged by a call of its own); the
empty lines of soketi's `Log.br()` start nothing. soketi's options dump at start-up is a
`console.dir` of a value with no wording, labelled `%O`; ioredis's line keeps the error's own
format (`Error: connect ECONNREFUSED %s`). Netty's channel events are `e.toString()`: the
channel's `[id: %s, %s => %s]` (`:>` once disconnected, the branch's word) and the event's name,
wording. Flume's `Shutdown Metric ... %s == %s` takes the counter's name as a value. zerolog
writes whole seconds and soketi's date whole seconds, where Clock keeps one process's lines a
second apart; log4j2 milliseconds; Caddy microseconds.

Least sure (written from the helper's knowledge; BookKeeper's GarbageCollectorThread,
LedgerDirsMonitor, BookieStateManager, WriteEntryProcessor, Auditor, ReplicationWorker,
EntryLoggerAllocator and Main, Centrifugo's client handler, connect proxy and Redis broker
messages, Mercure's subscribe and publish handlers, soketi's Log class, server, WebSocket,
HTTP and webhook titles, and Flume's BucketWriter and AbstractRpcSink were checked against
copies of their sources): BookKeeper 4.16's rolling-file layout and every `@line` number, the
thread names (`BookieStateManagerService-0`, `BookieWriteThreadPool-OrderedExecutor-0-0`,
`AuditorBookie-...`), `Finished reading journal, starting bookie` in 4.16, LedgerDirsManager's
`%s is out of space. Adding it to filled dirs list`; Centrifugo 5's handler-flag names in `serving
%s endpoints on %s`, the jwt error texts, the RPC proxy's fields; whether Mercure 0.15 logs
`Subscriber unauthorized` and the publish refusal at info (later versions log them at debug), the
subscriber object's fields; whether util.inspect prints uWebSockets.js's socket as
`uWS.WebSocket {` and the exact line breaks of the dumps, whether soketi's Redis clients have no
`error` listener (hence ioredis's unhandled error events); Flume's line numbers, the checkpoint
messages' file paths and the Taildir source's `Opening file` / `Closed file` wordings.
"""

from __future__ import annotations

import json
import random
import struct
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round136 import T0, T_END, at, poisson


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def jframes(*frames: str) -> list[str]:
    """A Java stack's frame lines, each `\\tat frame`."""
    return [f"\tat {f}" for f in frames]


# ------------------------------------------------------------------------------- bookkeeper

BK_HOSTS = {"bk1": "10.0.2.21", "bk2": "10.0.2.22", "bk3": "10.0.2.23"}
BK_ZK = {"zk1": "10.0.1.11", "zk2": "10.0.1.12", "zk3": "10.0.1.13"}
BK_LEDGERS = "/data/bookkeeper/ledgers/current"
ZK_EOS = [
    "org.apache.zookeeper.ClientCnxnSocketNIO.doIO(ClientCnxnSocketNIO.java:77)",
    "org.apache.zookeeper.ClientCnxnSocketNIO.doTransport(ClientCnxnSocketNIO.java:350)",
    "org.apache.zookeeper.ClientCnxn$SendThread.run(ClientCnxn.java:1289)",
]
ZK_REFUSED = [
    "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
    "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
    "java.base/sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:946)",
    "org.apache.zookeeper.ClientCnxnSocketNIO.doTransport(ClientCnxnSocketNIO.java:344)",
    "org.apache.zookeeper.ClientCnxn$SendThread.run(ClientCnxn.java:1289)",
]


def bookkeeper(r: random.Random) -> list[Log]:
    """Three bookies (bk1 to bk3) under a Pulsar cluster, 06:00 to 12:00: entry logs rolled every
    two to three minutes and garbage-collected every 15 minutes with an hourly minor compaction,
    zk1 restarted at 07:40 (bk1 and bk2 lose their sessions' server and reconnect), bk2's ledger
    disk filling from 08:20 until it turns read-only at 08:43 and writable again at 09:12, bk3
    killed at 10:20 and restarted at 10:24 with the auditor on bk1 marking its ledgers
    under-replicated and the replication workers on bk1 and bk2 copying them."""
    fs = Files()
    gen = {h: 0 for h in BK_HOSTS}

    def L(h: str, t: datetime, lvl: str, where: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S},{ms3(x)} - {lvl:<5} [{where}] - {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f"{h}-bookkeeper-server.log", t, label, text, (h, gen[h]), 1000)

    sess = {"bk1": "0x1000012ab3c0001", "bk2": "0x2000012ab3c0004", "bk3": "0x3000012ab3c0002"}
    zk_of = {"bk1": "zk1", "bk2": "zk1", "bk3": "zk2"}

    def zk_connect(h: str, t: datetime, z: str, refused: bool = False) -> datetime:
        th = f"main-SendThread({z}:2181)"
        srv = f"{z}/{BK_ZK[z]}:2181"
        t = L(
            h,
            t,
            "INFO",
            f"{th}:ClientCnxn$SendThread@1177",
            "Opening socket connection to server %s.",
            [f"Opening socket connection to server {srv}."],
        )
        t = L(
            h,
            t + sec(0.001),
            "INFO",
            f"{th}:ClientCnxn$SendThread@1179",
            "SASL config status: Will not attempt to authenticate using SASL (unknown error)",
            ["SASL config status: Will not attempt to authenticate using SASL (unknown error)"],
        )
        if refused:
            return L(
                h,
                t + sec(0.002),
                "WARN",
                f"{th}:ClientCnxn$SendThread@1300",
                "Session 0x%s for server %s, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.",
                [
                    f"Session {sess[h]} for server {srv}, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.",
                    "java.net.ConnectException: Connection refused",
                    *jframes(*ZK_REFUSED),
                ],
            )
        t = L(
            h,
            t + sec(r.uniform(0.002, 0.01)),
            "INFO",
            f"{th}:ClientCnxn$SendThread@1011",
            "Socket connection established, initiating session, client: %s, server: %s",
            [
                f"Socket connection established, initiating session, client: /{BK_HOSTS[h]}:{r.randint(32768, 60999)}, server: {srv}"
            ],
        )
        zk_of[h] = z
        return L(
            h,
            t + sec(r.uniform(0.004, 0.02)),
            "INFO",
            f"{th}:ClientCnxn$SendThread@1452",
            "Session establishment complete on server %s, session id = 0x%s, negotiated timeout = %s",
            [
                f"Session establishment complete on server {srv}, session id = {sess[h]}, negotiated timeout = 30000"
            ],
        )

    # entry logs: the current id per bookie, and old logs the retention deletes
    cur = {"bk1": 0x2B4, "bk2": 0x2C1, "bk3": 0x2A7}
    flushed: dict[str, list[tuple[datetime, int]]] = {h: [] for h in BK_HOSTS}
    old = {h: list(range(cur[h] - 260, cur[h] - 40)) for h in BK_HOSTS}
    total = {h: 180 for h in BK_HOSTS}
    ro = (at(8, 43, 7.2), at(9, 12, 31.4))
    almost = at(8, 20, 3.1)
    bk3_down = (at(10, 20, 12), at(10, 24, 35))

    def writable(h: str, t: datetime) -> bool:
        if h == "bk2" and ro[0] <= t < ro[1]:
            return False
        return not (h == "bk3" and bk3_down[0] <= t < bk3_down[1] + sec(8))

    def new_log(h: str, t: datetime) -> None:
        flushed[h].append((t, cur[h]))
        cur[h] += 1
        total[h] += 1
        L(
            h,
            t,
            "INFO",
            "EntryLoggerAllocator-0:EntryLoggerAllocator@184",
            "Created new entry log file %s for logId %s.",
            [f"Created new entry log file {BK_LEDGERS}/{cur[h]:x}.log for logId {cur[h]}."],
        )

    for h in BK_HOSTS:
        t = T0 + sec(r.uniform(5, 150))
        while t < T_END:
            if writable(h, t):
                new_log(h, t)
            busy = 1.0 if not (at(9, 12) <= t < at(9, 40)) else 0.6
            t += sec(r.uniform(85, 150) * busy)

    def jfloat(v: float) -> str:
        """Java's Float.toString: the shortest digits that read back as the same float."""
        f32 = struct.unpack("f", struct.pack("f", v))[0]
        for d in range(6, 10):
            s = f"{f32:.{d}g}"
            if struct.unpack("f", struct.pack("f", float(s)))[0] == f32:
                return s
        return repr(f32)

    def buckets(n: int, low: int) -> list[int]:
        b = [0] * 10
        b[0] = low
        b[1] = r.randint(0, 2)
        for _ in range(n - low - b[1]):
            b[min(9, int(r.betavariate(5, 1.3) * 10))] += 1
        return b

    # garbage collection every 15 minutes
    for h in BK_HOSTS:
        t = T0 + sec(r.uniform(20, 800))
        last_minor = t - sec(r.uniform(600, 3000))
        while t < T_END:
            if h == "bk3" and bk3_down[0] <= t < bk3_down[1] + sec(30):
                t = bk3_down[1] + sec(912.4)
                continue
            th = "GarbageCollectorThread-6-1:GarbageCollectorThread@"
            new = [x for tc, x in flushed[h] if tc < t]
            flushed[h] = [(tc, x) for tc, x in flushed[h] if tc >= t]
            tt = t
            for x in new:
                tt = L(
                    h,
                    tt + sec(r.uniform(0.05, 0.6)),
                    "INFO",
                    th + "783",
                    "Extracting entry log meta from entryLogId: %s",
                    [f"Extracting entry log meta from entryLogId: {x}"],
                )
            ndel = r.choice([0, 0, 1, 1, 1, 2, 3])
            if h == "bk2" and ro[1] <= t < ro[1] + sec(900):
                ndel = 38
            for _ in range(ndel):
                if not old[h]:
                    break
                x = old[h].pop(0 if r.random() < 0.7 else r.randrange(len(old[h])))
                tt = L(
                    h,
                    tt + sec(r.uniform(0.002, 0.02)),
                    "INFO",
                    th + "617",
                    "Deleting entryLogId %s as it has no active ledgers!",
                    [f"Deleting entryLogId {x} as it has no active ledgers!"],
                )
                tt = L(
                    h,
                    tt + sec(r.uniform(0.01, 0.2)),
                    "INFO",
                    th + "737",
                    "Removing entry log metadata for %s",
                    [f"Removing entry log metadata for {x}"],
                )
                total[h] -= 1
            full = h == "bk2" and ro[0] <= t < ro[1]
            nearly = h == "bk2" and almost <= t < ro[1]
            if nearly:
                tt = L(
                    h,
                    tt + sec(0.001),
                    "INFO",
                    th + "463",
                    "Disk almost full, suspend major compaction to slow down filling disk.",
                    ["Disk almost full, suspend major compaction to slow down filling disk."],
                )
            if full:
                tt = L(
                    h,
                    tt + sec(0.001),
                    "INFO",
                    th + "466",
                    "Disk full, suspend minor compaction to slow down filling disk.",
                    ["Disk full, suspend minor compaction to slow down filling disk."],
                )
            if (t - last_minor).total_seconds() > 3600 and not full:
                last_minor = t
                tt = L(
                    h,
                    tt + sec(0.001),
                    "INFO",
                    th + "494",
                    "Enter minor compaction, suspendMinor %s",
                    ["Enter minor compaction, suspendMinor false"],
                )
                tt = L(
                    h,
                    tt + sec(0.001),
                    "INFO",
                    th + "655",
                    "Do compaction to compact those files lower than %s",
                    ["Do compaction to compact those files lower than 0.2"],
                )
                low = r.choice([0, 1, 1, 2, 3])
                b = buckets(total[h], low)
                comp = b[:2] + [0] * 8
                tt = L(
                    h,
                    tt + sec(r.uniform(0.01, 0.05)),
                    "INFO",
                    th + "687",
                    "Compaction: entry log usage buckets before compaction [10%% 20%% 30%% 40%% 50%% 60%% 70%% 80%% 90%% 100%%] = %s",
                    [
                        f"Compaction: entry log usage buckets before compaction [10% 20% 30% 40% 50% 60% 70% 80% 90% 100%] = {b}"
                    ],
                )
                if sum(comp):
                    tt = L(
                        h,
                        tt + sec(0.001),
                        "INFO",
                        th + "711",
                        "Compaction progress %s / %s, current compaction entryLogId: %s",
                        [
                            f"Compaction progress 0 / {sum(comp)}, current compaction entryLogId: {r.choice(old[h][:30] or [cur[h] - 50])}"
                        ],
                    )
                    tt += sec(r.uniform(4, 40) * sum(comp))
                L(
                    h,
                    tt + sec(0.002),
                    "INFO",
                    th + "744",
                    "Compaction: entry log usage buckets[10%% 20%% 30%% 40%% 50%% 60%% 70%% 80%% 90%% 100%%] = %s, compacted %s",
                    [
                        f"Compaction: entry log usage buckets[10% 20% 30% 40% 50% 60% 70% 80% 90% 100%] = {b}, compacted {comp}"
                    ],
                )
            t += sec(900 + r.uniform(0.05, 0.9))

    # zk1 restarted at 07:40: bk1 and bk2 lose their server
    for h, nxt, retry in [("bk1", "zk3", False), ("bk2", "zk1", True)]:
        t = at(7, 40, 2.31) + sec(r.uniform(0.001, 0.05))
        srv = f"zk1/{BK_ZK['zk1']}:2181"
        t = L(
            h,
            t,
            "WARN",
            "main-SendThread(zk1:2181):ClientCnxn$SendThread@1300",
            "Session 0x%s for server %s, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.",
            [
                f"Session {sess[h]} for server {srv}, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.",
                f"org.apache.zookeeper.ClientCnxn$EndOfStreamException: Unable to read additional data from server sessionid {sess[h]}, likely server has closed socket",
                *jframes(*ZK_EOS),
            ],
        )
        if retry:
            t = zk_connect(h, t + sec(r.uniform(0.3, 1.0)), "zk1", refused=True)
            nxt = "zk2"
        zk_connect(h, t + sec(r.uniform(0.4, 1.1)), nxt)

    # bk2's ledger disk fills: almost full from 08:20, read-only 08:43 to 09:12
    usage = 0.9003127
    t = almost
    d = "/data/bookkeeper/ledgers/current"
    while t < ro[0]:
        L(
            "bk2",
            t,
            "WARN",
            "LedgerDirsMonitorThread:LedgerDirsMonitor@96",
            "Ledger directory %s is almost full : usage %s",
            [f"Ledger directory {d} is almost full : usage {jfloat(usage)}"],
        )
        t += sec(10 + r.uniform(-0.004, 0.004))
        usage += r.uniform(0.00022, 0.00050)
    t = L(
        "bk2",
        ro[0],
        "ERROR",
        "LedgerDirsMonitorThread:LedgerDirsMonitor@105",
        "Ledger directory %s is out-of-space : usage %s",
        [f"Ledger directory {d} is out-of-space : usage {jfloat(max(usage, 0.9500214))}"],
    )
    t = L(
        "bk2",
        t + sec(0.001),
        "WARN",
        "LedgerDirsMonitorThread:LedgerDirsManager@176",
        "%s is out of space. Adding it to filled dirs list",
        [f"{d} is out of space. Adding it to filled dirs list"],
    )
    t = L(
        "bk2",
        t + sec(0.001),
        "WARN",
        "LedgerDirsMonitorThread:LedgerDirsMonitor@120",
        "LedgerDirsMonitor check process: All ledger directories are non writable",
        ["LedgerDirsMonitor check process: All ledger directories are non writable"],
    )
    L(
        "bk2",
        t + sec(0.004),
        "INFO",
        "BookieStateManagerService-0:BookieStateManager@309",
        "Transitioning Bookie to ReadOnly mode, and will serve only read requests from clients!",
        ["Transitioning Bookie to ReadOnly mode, and will serve only read requests from clients!"],
    )
    t = ro[0] + sec(10)
    while t < ro[1]:
        L(
            "bk2",
            t,
            "WARN",
            "LedgerDirsMonitorThread:LedgerDirsMonitor@120",
            "LedgerDirsMonitor check process: All ledger directories are non writable",
            ["LedgerDirsMonitor check process: All ledger directories are non writable"],
        )
        t += sec(10 + r.uniform(-0.004, 0.004))
    for x in poisson(r, ro[0] + sec(0.01), ro[0] + sec(95), 0.62):
        L(
            "bk2",
            x,
            "WARN",
            f"BookieWriteThreadPool-OrderedExecutor-{r.randint(0, 1)}-0:WriteEntryProcessor@75",
            "BookieServer is running in readonly mode, so rejecting the request from the client!",
            ["BookieServer is running in readonly mode, so rejecting the request from the client!"],
        )
    L(
        "bk2",
        ro[1] + sec(0.02),
        "INFO",
        "BookieStateManagerService-0:BookieStateManager@278",
        "Transitioning Bookie to Writable mode and will serve read/write requests.",
        ["Transitioning Bookie to Writable mode and will serve read/write requests."],
    )

    # bk3 killed at 10:20; the auditor on bk1 and the replication workers
    lost = "10.0.2.23:3181"
    ledgers = sorted(r.sample(range(18200, 19400), 142))
    ta = bk3_down[0] + sec(31.2)
    ta = L(
        "bk1",
        ta,
        "INFO",
        "AuditorBookie-10.0.2.21:3181:Auditor@1266",
        "Following are the failed bookies: %s, and searching its ledgers for re-replication",
        [
            f"Following are the failed bookies: [{lost}], and searching its ledgers for re-replication"
        ],
    )
    L(
        "bk1",
        ta + sec(0.41),
        "INFO",
        "AuditorBookie-10.0.2.21:3181:Auditor@1285",
        "Following ledgers: %s of bookie: %s are identified as underreplicated",
        [
            f"Following ledgers: [{', '.join(map(str, ledgers))}] of bookie: [{lost}] are identified as underreplicated"
        ],
    )
    tw = {"bk1": ta + sec(2.1), "bk2": ta + sec(2.6)}
    for lid in ledgers:
        h = r.choice(["bk1", "bk2"])
        tw[h] = L(
            h,
            tw[h] + sec(r.expovariate(1 / 11)),
            "INFO",
            "ReplicationWorker:ReplicationWorker@389",
            "Ledger replicated successfully. ledger id is: %s",
            [f"Ledger replicated successfully. ledger id is: {lid}"],
        )
    # bk3's restart
    gen["bk3"] += 1
    h = "bk3"
    t = bk3_down[1]
    t = L(
        h,
        t,
        "INFO",
        "main:Main@228",
        "Hello, I'm your bookie, bookieId is %s, listening on port %s. Metadata service uri is %s. Journals are in %s. Ledgers are stored in %s. Indexes are stored in %s.",
        [
            "Hello, I'm your bookie, bookieId is 10.0.2.23:3181, listening on port 3181. Metadata service uri is zk+hierarchical://zk1:2181;zk2:2181;zk3:2181/ledgers. Journals are in [/data/bookkeeper/journal]. Ledgers are stored in [/data/bookkeeper/ledgers]. Indexes are stored in [/data/bookkeeper/ledgers]."
        ],
    )
    sess["bk3"] = "0x3000012ab3c0011"
    t = zk_connect(h, t + sec(1.82), "zk2")
    t = L(
        h,
        t + sec(2.3),
        "INFO",
        "main:BookieImpl@732",
        "Finished reading journal, starting bookie",
        ["Finished reading journal, starting bookie"],
    )
    t = L(
        h,
        t + sec(0.04),
        "INFO",
        "main:ComponentStarter@81",
        "Starting component %s.",
        ["Starting component bookie-server."],
    )
    L(
        h,
        t + sec(0.9),
        "INFO",
        "main:ComponentStarter@86",
        "Started component %s.",
        ["Started component bookie-server."],
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- centrifugo

CF_OLD = ["centrifugo-6d8f9c7b5-2xkqp", "centrifugo-6d8f9c7b5-9wz4m", "centrifugo-6d8f9c7b5-tl7vd"]
CF_NEW = ["centrifugo-58b4d7c6f-hn4sx", "centrifugo-58b4d7c6f-q2vzr", "centrifugo-58b4d7c6f-xk8mb"]
CF_SHARD = "redis-master.redis.svc.cluster.local:6379"
CF_API = "http://shop-api.shop.svc.cluster.local:8080"


def zjson(level: str, fields: list[tuple[str, object]], t: datetime, msg: str) -> str:
    """zerolog's JSON: the level, the fields in the order they were added (a map's sorted),
    the time (RFC 3339, whole seconds) and the message last."""
    d: dict[str, object] = {"level": level}
    for k, v in fields:
        d[k] = v
    d["time"] = f"{t:%Y-%m-%dT%H:%M:%S}Z"
    d["message"] = msg
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def centrifugo(r: random.Random) -> list[Log]:
    """Three Centrifugo 5.4 pods (Redis engine, a connect proxy for web clients, an RPC proxy),
    06:00 to 12:00, replaced by three new ones in a rollout at 10:40: a mobile build signing
    its connection tokens with a rotated key from 07:25 (invalid tokens until a hotfix at
    11:10), Redis failing over at 08:12 (every pod's PUB/SUB and control PUB/SUB connections
    lost for 70 seconds), the shop API down 09:40-09:52 and slow until 09:58 (connect and RPC
    proxy errors), and the rollout's configuration closing the `orders` namespace to client
    subscriptions and dropping the `notifications` namespace."""
    fs = Files()

    def J(
        pod: str, t: datetime, level: str, label: str, fields: list[tuple[str, object]], msg: str
    ) -> datetime:
        return fs.add(
            f"{pod}.log", t, label, lambda x: [zjson(level, fields, x, msg)], pod, 1_000_000
        )

    def M(
        pod: str, t: datetime, level: str, label: str, fields: dict[str, object], msg: str
    ) -> datetime:
        return J(pod, t, level, label, sorted(fields.items()), msg)

    def startup(pod: str, t: datetime, new: bool) -> None:
        t = J(
            pod,
            t,
            "info",
            "using config file",
            [("path", "/centrifugo/config.json")],
            "using config file",
        )
        t = J(
            pod,
            t + sec(0.01),
            "info",
            "starting Centrifugo",
            [
                ("version", "5.4.0"),
                ("runtime", "go1.22.3"),
                ("pid", 1),
                ("engine", "redis"),
                ("gomaxprocs", 2),
            ],
            "starting Centrifugo",
        )
        t = J(
            pod,
            t + sec(0.3),
            "info",
            "serving %s endpoints on %s",
            [],
            "serving websocket, sse, emulation endpoints on :8000",
        )
        t = J(
            pod,
            t + sec(0.001),
            "info",
            "serving %s endpoints on %s",
            [],
            "serving api, prometheus, health endpoints on :9000",
        )
        if new:
            J(
                pod,
                t + sec(0.002),
                "warn",
                "unknown key found in the configuration file",
                [("key", "allowed_origin")],
                "unknown key found in the configuration file",
            )

    def stop(pod: str, t: datetime) -> None:
        t = J(pod, t, "info", "signal received: %v", [], "signal received: terminated")
        J(pod, t + sec(0.001), "info", "shutting down ...", [], "shutting down ...")

    rollout = [at(10, 40, 6), at(10, 41, 2), at(10, 41, 58)]
    for i, pod in enumerate(CF_OLD):
        startup(pod, at(5, 51, 10 + 23 * i) + sec(r.uniform(0, 2)), False)
        stop(pod, rollout[i] + sec(5))
    for i, pod in enumerate(CF_NEW):
        startup(pod, rollout[i] + sec(r.uniform(-2, 0)), True)

    def pod_at(t: datetime, k: int | None = None) -> str:
        i = r.randrange(3) if k is None else k
        for j in range(3):
            if t < rollout[j] + sec(5) and j == i:
                return CF_OLD[j]
        return CF_NEW[i]

    def cid() -> str:
        return uuid4(r)

    # the mobile build with a token signed by a rotated key: clients retry with backoff
    bad = (at(7, 25), at(11, 10, 30))
    for x in poisson(r, bad[0], bad[1], 12.6):
        ramp = min(1.0, (x - bad[0]).total_seconds() / 2400)
        if r.random() > 0.3 + 0.7 * ramp:
            continue
        M(
            pod_at(x),
            x,
            "info",
            "invalid connection token",
            {"client": cid(), "error": "invalid token: jwt: signature is not valid"},
            "invalid connection token",
        )
    # a few web sessions refresh with a token from another environment
    for x in poisson(r, T0, T_END, 1400):
        M(
            pod_at(x),
            x,
            "info",
            "invalid refresh token",
            {
                "client": cid(),
                "error": "invalid token: jwt: token is signed by another algorithm",
                "user": str(r.randint(10000, 99999)),
            },
            "invalid refresh token",
        )
    # Redis fails over at 08:12:05
    fo = at(8, 12, 5)
    for k, pod in enumerate(CF_OLD):
        t0 = fo + sec(r.uniform(0.1, 0.6))
        M(
            pod,
            t0,
            "error",
            "pub/sub connection error",
            {"error": "EOF", "pub_sub_shard": "centrifugo.shard", "shard": CF_SHARD},
            "pub/sub connection error",
        )
        M(
            pod,
            t0 + sec(0.002),
            "error",
            "control pub/sub connection error",
            {"error": "EOF", "shard": CF_SHARD},
            "control pub/sub connection error",
        )
        t = t0 + sec(1)
        end = fo + sec(70 + k * 0.4)
        while t < end:
            err = f"dial tcp {'10.0.4.17' if t < fo + sec(40) else '10.0.4.18'}:6379: connect: connection refused"
            if t >= fo + sec(40):
                err = "dial tcp: lookup redis-master.redis.svc.cluster.local on 10.96.0.10:53: no such host"
            M(
                pod,
                t,
                "error",
                "control pub/sub subscribe error",
                {"error": err, "shard": CF_SHARD},
                "control pub/sub subscribe error",
            )
            M(
                pod,
                t + sec(1),
                "error",
                "pub/sub subscribe error",
                {"error": err, "pub_sub_shard": "centrifugo.shard", "shard": CF_SHARD},
                "pub/sub subscribe error",
            )
            t += sec(2)
    # the shop API down 09:40-09:52, slow until 09:58: connect and RPC proxy errors
    for x in poisson(r, at(9, 40, 12), at(9, 58), 2.9):
        if x < at(9, 52):
            err = f'Post "{CF_API}/centrifugo/connect": dial tcp 10.0.6.21:8080: connect: connection refused'
        else:
            if r.random() < 0.6:
                continue
            err = f'Post "{CF_API}/centrifugo/connect": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
        M(
            pod_at(x),
            x,
            "error",
            "error proxying connect",
            {"client": cid(), "error": err},
            "error proxying connect",
        )
    for x in poisson(r, at(9, 40, 12), at(9, 58), 11):
        meth = r.choice(["cart.sync", "cart.sync", "order.status", "presence.ping"])
        if x < at(9, 52):
            err = f'Post "{CF_API}/centrifugo/rpc": dial tcp 10.0.6.21:8080: connect: connection refused'
        else:
            err = f'Post "{CF_API}/centrifugo/rpc": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
        M(
            pod_at(x),
            x,
            "error",
            "error proxying RPC",
            {"client": cid(), "error": err, "method": meth, "user": str(r.randint(10000, 99999))},
            "error proxying RPC",
        )
    # the new configuration: `orders` closed to client subscriptions, `notifications` dropped
    for x in poisson(r, at(10, 41, 30), T_END, 15.5):
        k = r.randrange(3)
        if x < rollout[k] + sec(6):
            continue
        M(
            CF_NEW[k],
            x,
            "info",
            "attempt to subscribe without sufficient permission",
            {
                "channel": f"orders:{r.randint(480000, 499999)}",
                "client": cid(),
                "user": str(r.randint(10000, 99999)),
            },
            "attempt to subscribe without sufficient permission",
        )
    for x in poisson(r, at(10, 41, 30), T_END, 140):
        k = r.randrange(3)
        if x < rollout[k] + sec(6):
            continue
        M(
            CF_NEW[k],
            x,
            "info",
            "subscribe unknown channel",
            {"channel": f"notifications:user#{r.randint(10000, 99999)}"},
            "subscribe unknown channel",
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- mercure

MC_HOST = "hub.shop.example.com"
MC_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
]
MC_APP_UA = "ShopApp/3.8.2 (Android 13; okhttp/4.9.3)"


def caddy_json(
    t: datetime, level: str, logger: str, msg: str, fields: list[tuple[str, object]]
) -> str:
    """Caddy's zap JSON: level, ts (epoch seconds as a float), logger (absent for the default
    logger), msg, then the fields in the order the call adds them."""
    d: dict[str, object] = {"level": level, "ts": round(t.timestamp(), 6)}
    if logger:
        d["logger"] = logger
    d["msg"] = msg
    for k, v in fields:
        d[k] = v
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def mercure(r: random.Random) -> list[Log]:
    """The Mercure hub (Caddy 2.7 with the Mercure module 0.15, Bolt transport, `docker logs` of
    its container) of a shop, 06:00 to 12:00: browsers and the mobile app subscribing to order,
    stock and notification topics (an old app build still sending `Last-Event-ID` as a query
    parameter), the Symfony back end publishing, its publisher key mis-rotated 08:10-08:35
    (every publish refused), subscribers with expired cookies, slow mobile subscribers hitting
    the dispatch timeout, the certificate renewed at 09:05, the container restarted at 10:15."""
    fs = Files()
    gen = [0]

    def C(
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
    ) -> datetime:
        f = fields or []
        return fs.add(
            "mercure.log", t, label, lambda x: [caddy_json(x, level, logger, msg, f)], gen[0], 1
        )

    def startup(t: datetime) -> datetime:
        t = C(
            t,
            "info",
            "",
            "using provided configuration",
            "using provided configuration",
            [("config_file", "/etc/caddy/Caddyfile"), ("config_adapter", "caddyfile")],
        )
        t = C(
            t + sec(0.0011),
            "warn",
            "",
            "Caddyfile input is not formatted; run 'caddy fmt --overwrite' to fix inconsistencies",
            "Caddyfile input is not formatted; run 'caddy fmt --overwrite' to fix inconsistencies",
            [("adapter", "caddyfile"), ("file", "/etc/caddy/Caddyfile"), ("line", 3)],
        )
        t = C(
            t + sec(0.0021),
            "info",
            "admin",
            "admin endpoint started",
            "admin endpoint started",
            [
                ("address", "localhost:2019"),
                ("enforce_origin", False),
                ("origins", ["//localhost:2019", "//[::1]:2019", "//127.0.0.1:2019"]),
            ],
        )
        t = C(
            t + sec(0.0004),
            "info",
            "http.auto_https",
            "server is listening only on the HTTPS port but has no TLS connection policies; adding one to enable TLS",
            "server is listening only on the HTTPS port but has no TLS connection policies; adding one to enable TLS",
            [("server_name", "srv0"), ("https_port", 443)],
        )
        t = C(
            t + sec(0.0001),
            "info",
            "http.auto_https",
            "enabling automatic HTTP->HTTPS redirects",
            "enabling automatic HTTP->HTTPS redirects",
            [("server_name", "srv0")],
        )
        t = C(
            t + sec(0.0003),
            "info",
            "tls.cache.maintenance",
            "started background certificate maintenance",
            "started background certificate maintenance",
            [("cache", f"0xc000{hexid(r, 6)}")],
        )
        t = C(
            t + sec(0.0009),
            "info",
            "",
            "failed to sufficiently increase receive buffer size (was: %d kiB, wanted: %d kiB, got: %d kiB). See https://github.com/quic-go/quic-go/wiki/UDP-Buffer-Sizes for details.",
            "failed to sufficiently increase receive buffer size (was: 208 kiB, wanted: 7168 kiB, got: 416 kiB). See https://github.com/quic-go/quic-go/wiki/UDP-Buffer-Sizes for details.",
        )
        t = C(
            t + sec(0.0002),
            "info",
            "http.log",
            "server running",
            "server running",
            [("name", "srv0"), ("protocols", ["h1", "h2", "h3"])],
        )
        t = C(
            t + sec(0.0001),
            "info",
            "http.log",
            "server running",
            "server running",
            [("name", "remaining_auto_https_redirects"), ("protocols", ["h1", "h2", "h3"])],
        )
        t = C(
            t + sec(0.0001),
            "info",
            "http",
            "enabling automatic TLS certificate management",
            "enabling automatic TLS certificate management",
            [("domains", [MC_HOST])],
        )
        t = C(
            t + sec(0.0007),
            "info",
            "",
            "autosaved config (load with --resume flag)",
            "autosaved config (load with --resume flag)",
            [("file", "/config/caddy/autosave.json")],
        )
        return C(
            t + sec(0.0001),
            "info",
            "",
            "serving initial configuration",
            "serving initial configuration",
        )

    restart = at(10, 15, 4.2)
    startup(at(5, 57, 41.3))

    def sub_obj(
        sid: str, remote: str, sels: list[str], topics: list[str], last: str = ""
    ) -> dict[str, object]:
        return {
            "id": sid,
            "last_event_id": last,
            "remote_addr": remote,
            "topic_selectors": sels,
            "topics": topics,
        }

    def access(
        t: datetime,
        method: str,
        remote: str,
        uri: str,
        ua: str,
        status: int,
        dur: float,
        size: int,
        read: int = 0,
    ) -> None:
        ip, port = remote.rsplit(":", 1)
        headers: dict[str, list[str]] = {"User-Agent": [ua]}
        if method == "GET":
            headers["Accept"] = ["text/event-stream"]
            headers["Cache-Control"] = ["no-cache"]
        else:
            headers["Content-Type"] = ["application/x-www-form-urlencoded"]
            headers["Authorization"] = ["REDACTED"]
        req = {
            "remote_ip": ip,
            "remote_port": port,
            "client_ip": ip,
            "proto": "HTTP/2.0" if method == "GET" and "okhttp" not in ua else "HTTP/1.1",
            "method": method,
            "host": MC_HOST,
            "uri": uri,
            "headers": headers,
            "tls": {
                "resumed": False,
                "version": 772,
                "cipher_suite": 4865,
                "proto": "h2" if method == "GET" else "",
                "server_name": MC_HOST,
            },
        }
        resp: dict[str, list[str]] = {"Server": ["Caddy"], "Alt-Svc": ['h3=":443"; ma=2592000']}
        if status == 200 and method == "GET":
            resp["Content-Type"] = ["text/event-stream"]
            resp["Cache-Control"] = ["private, no-cache, no-store, must-revalidate, max-age=0"]
            resp["X-Accel-Buffering"] = ["no"]
        else:
            resp["Content-Type"] = ["text/plain; charset=utf-8"]
        C(
            t,
            "info",
            "http.log.access.log0",
            "handled request",
            "handled request",
            [
                ("request", req),
                ("bytes_read", read),
                ("user_id", ""),
                ("duration", round(dur, 7)),
                ("size", size),
                ("status", status),
                ("resp_headers", resp),
            ],
        )

    def enc(u: str) -> str:
        return u.replace(":", "%3A").replace("/", "%2F").replace("{", "%7B").replace("}", "%7D")

    base = "https://shop.example.com"
    # subscriber sessions
    for st in poisson(r, T0, T_END, 49):
        if restart - sec(8) <= st < restart + sec(10):
            continue
        app = r.random() < 0.27
        ua = MC_APP_UA if app else r.choice(MC_UA)
        ip = (
            f"10.0.{r.choice([5, 6, 7])}.{r.randint(2, 250)}"
            if not app
            else f"100.64.{r.randint(0, 63)}.{r.randint(2, 250)}"
        )
        remote = f"{ip}:{r.randint(20000, 65000)}"
        uid = r.randint(10000, 99999)
        kind = r.random()
        if kind < 0.5:
            topics = [f"{base}/orders/{r.randint(480000, 499999)}"]
        elif kind < 0.8:
            topics = [f"{base}/users/{uid}/notifications"]
        else:
            topics = [
                f"{base}/stock/{r.choice(['SKU-', 'SKU-', 'BND-'])}{r.randint(1000, 9999)}",
                f"{base}/stock/{r.choice(['SKU-'])}{r.randint(1000, 9999)}",
            ]
        sels = [f"{base}/users/{uid}/{{+any}}", f"{base}/orders/{{id}}"]
        uri = "/.well-known/mercure?" + "&".join(f"topic={enc(x)}" for x in topics)
        last = ""
        if app and r.random() < 0.8:
            last = f"urn:uuid:{uuid4(r)}"
            uri += f"&Last-Event-ID={enc(last)}"
            st = C(
                st,
                "info",
                "http.handlers.mercure",
                "Deprecated: the 'Last-Event-ID' query parameter is deprecated since the version 8 of the protocol, use 'lastEventID' instead.",
                "Deprecated: the 'Last-Event-ID' query parameter is deprecated since the version 8 of the protocol, use 'lastEventID' instead.",
            )
        sid = f"urn:uuid:{uuid4(r)}"
        if r.random() < 0.045:
            so = sub_obj(sid, remote, [], topics, last)
            del so["topic_selectors"]
            st = C(
                st + sec(0.0002),
                "info",
                "http.handlers.mercure",
                "Subscriber unauthorized",
                "Subscriber unauthorized",
                [
                    ("subscriber", so),
                    ("error", "unable to parse JWT: token has invalid claims: token is expired"),
                ],
            )
            access(st + sec(0.00005), "GET", remote, uri, ua, 401, r.uniform(0.0004, 0.002), 13)
            continue
        so = sub_obj(sid, remote, sels, topics, last)
        st = C(
            st + sec(0.0003),
            "info",
            "http.handlers.mercure",
            "New subscriber",
            "New subscriber",
            [("subscriber", so)],
        )
        dur = r.expovariate(1 / 420) + 2
        end = st + sec(dur)
        slow = app and r.random() < 0.16
        if st < restart < end:
            end = restart + sec(r.uniform(0.01, 0.4))
            slow = False
        if end > T_END:
            continue
        if slow:
            end = C(
                end,
                "warn",
                "http.handlers.mercure",
                "Dispatch timeout reached",
                "Dispatch timeout reached",
                [("subscriber", so)],
            )
        end = C(
            end + sec(0.0002),
            "info",
            "http.handlers.mercure",
            "Subscriber disconnected",
            "Subscriber disconnected",
            [("subscriber", so)],
        )
        access(
            end + sec(0.00004),
            "GET",
            remote,
            uri,
            ua,
            200,
            (end - st).total_seconds(),
            r.randint(3, 40) * 211,
        )

    # the back end's publishes
    bad = (at(8, 10, 22), at(8, 35, 40))
    for x in poisson(r, T0, T_END, 31):
        if restart - sec(1) <= x < restart + sec(10):
            continue
        remote = f"10.0.8.{r.choice([11, 12, 13])}:{r.randint(30000, 60000)}"
        ua = "Symfony HttpClient/Curl"
        if bad[0] <= x < bad[1]:
            x = C(
                x,
                "info",
                "http.handlers.mercure",
                "Topic selectors not matched, not provided or authorization error",
                "Topic selectors not matched, not provided or authorization error",
                [
                    ("remote_addr", remote),
                    (
                        "error",
                        "unable to parse JWT: token signature is invalid: signature is invalid",
                    ),
                ],
            )
            access(
                x + sec(0.00004),
                "POST",
                remote,
                "/.well-known/mercure",
                ua,
                401,
                r.uniform(0.0003, 0.0015),
                13,
                r.randint(180, 900),
            )
            if r.random() < 0.55:
                # the publisher retries once
                y = C(
                    x + sec(r.uniform(1.0, 2.2)),
                    "info",
                    "http.handlers.mercure",
                    "Topic selectors not matched, not provided or authorization error",
                    "Topic selectors not matched, not provided or authorization error",
                    [
                        ("remote_addr", remote),
                        (
                            "error",
                            "unable to parse JWT: token signature is invalid: signature is invalid",
                        ),
                    ],
                )
                access(
                    y + sec(0.00004),
                    "POST",
                    remote,
                    "/.well-known/mercure",
                    ua,
                    401,
                    r.uniform(0.0003, 0.0015),
                    13,
                    r.randint(180, 900),
                )
            continue
        access(
            x,
            "POST",
            remote,
            "/.well-known/mercure",
            ua,
            200,
            r.uniform(0.0015, 0.021),
            45,
            r.randint(180, 1400),
        )

    # the certificate renewed at 09:05
    t = at(9, 5, 11.38)
    ids = [MC_HOST]
    t = C(
        t,
        "info",
        "tls.cache.maintenance",
        "certificate expires soon; queuing for renewal",
        "certificate expires soon; queuing for renewal",
        [("identifiers", ids), ("remaining", 2591372.618211)],
    )
    t = C(
        t + sec(0.0003),
        "info",
        "tls.renew",
        "renewing certificate",
        "renewing certificate",
        [("identifier", MC_HOST), ("remaining", 2591372.61779)],
    )
    t = C(
        t + sec(0.82),
        "info",
        "tls.issuance.acme.acme_client",
        "trying to solve challenge",
        "trying to solve challenge",
        [
            ("identifier", MC_HOST),
            ("challenge_type", "tls-alpn-01"),
            ("ca", "https://acme-v02.api.letsencrypt.org/directory"),
        ],
    )
    t = C(
        t + sec(2.71),
        "info",
        "tls.issuance.acme.acme_client",
        "validations succeeded; finalizing order",
        "validations succeeded; finalizing order",
        [
            (
                "order",
                f"https://acme-v02.api.letsencrypt.org/acme/order/1597221867/{r.randint(270000000000, 279999999999)}",
            )
        ],
    )
    C(
        t + sec(1.94),
        "info",
        "tls.renew",
        "certificate renewed successfully",
        "certificate renewed successfully",
        [("identifier", MC_HOST)],
    )

    # the container restarted at 10:15
    t = C(
        restart - sec(0.02),
        "info",
        "",
        "shutting down apps, then terminating",
        "shutting down apps, then terminating",
        [("signal", "SIGTERM")],
    )
    C(
        t + sec(0.00002),
        "warn",
        "",
        "exiting; byeee!! 👋",
        "exiting; byeee!! 👋",
        [("signal", "SIGTERM")],
    )
    C(
        restart + sec(0.62),
        "info",
        "",
        "shutdown complete",
        "shutdown complete",
        [("signal", "SIGTERM"), ("exit_code", 0)],
    )
    gen[0] += 1
    startup(restart + sec(3.1))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- soketi

SK_OLD = ["soketi-7c5d9b8f4-hq2lm", "soketi-7c5d9b8f4-zx8kt"]
SK_NEW = ["soketi-6f8d7c9b5-4mw2s", "soketi-6f8d7c9b5-t9qjv"]
SK_IDENT = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


class Raw(str):
    """Text util.inspect writes as it is (`[Function (anonymous)]`, `[Object]`, `undefined`)."""


def js_str(s: str) -> str:
    q = "'" if "'" not in s else '"'
    return q + s.replace("\\", "\\\\").replace("\n", "\\n") + q


def js_key(k: str) -> str:
    if k.startswith("[") or (k and all(c in SK_IDENT for c in k) and not k[0].isdigit()):
        return k
    return js_str(k)


def inspect(v: object, ind: int = 0) -> tuple[str, int]:
    """Node's util.inspect (breakLength 80, compact 3) for the values soketi logs: dicts are
    objects, ("Name", dict) class instances, ("Set", list) and ("Map", dict) collections.
    Returns the text and the depth of nesting below the value."""
    if isinstance(v, Raw):
        return str(v), 0
    if isinstance(v, bool):
        return ("true" if v else "false"), 0
    if v is None:
        return "null", 0
    if isinstance(v, (int, float)):
        return str(v), 0
    if isinstance(v, str):
        return js_str(v), 0
    prefix = ""
    if isinstance(v, tuple):
        name, body = v
        if name == "Set":
            prefix = f"Set({len(body)}) "
            items = [inspect(x, ind + 2) for x in body]
        elif name == "Map":
            prefix = f"Map({len(body)}) "
            items = [
                (f"{js_str(k)} => {inspect(x, ind + 2)[0]}", inspect(x, ind + 2)[1])
                for k, x in body.items()
            ]
        else:
            prefix = f"{name} "
            items = [
                (f"{js_key(k)}: {inspect(x, ind + 2)[0]}", inspect(x, ind + 2)[1])
                for k, x in body.items()
            ]
        braces = ("{", "}")
    elif isinstance(v, list):
        items = [inspect(x, ind + 2) for x in v]
        braces = ("[", "]")
    else:
        assert isinstance(v, dict)
        items = [
            (f"{js_key(k)}: {inspect(x, ind + 2)[0]}", inspect(x, ind + 2)[1]) for k, x in v.items()
        ]
        braces = ("{", "}")
    out = [s for s, _ in items]
    depth = 1 + max([d for _, d in items], default=0)
    if not out:
        return f"{prefix}{braces[0]}{braces[1]}", depth
    start = len(out) + ind + len(prefix) + 1 + 10
    total = len(out) + start + sum(len(s) for s in out)
    if depth <= 3 and total <= 80 and not any("\n" in s for s in out):
        return f"{prefix}{braces[0]} {', '.join(out)} {braces[1]}", depth
    pad = " " * ind
    return f"{prefix}{braces[0]}\n{pad}  " + f",\n{pad}  ".join(out) + f"\n{pad}{braces[1]}", depth


def soketi(r: random.Random) -> list[Log]:
    """Two soketi 1.6 pods behind ingress-nginx with the Redis adapter and SOKETI_DEBUG on (`kubectl
    logs`), 06:00 to 12:00, replaced by two new pods at 10:30: browsers of a Laravel shop
    connecting, subscribing to private and presence channels, pinging and leaving; the shop
    triggering events over the HTTP API; channel webhooks for presence channels; Redis restarted
    at 08:05 (ioredis's unhandled error events for a minute); the shop's webhook endpoint down
    09:30-09:42 (webhooks that cannot be sent); the rollout at 10:30 (the old pods signal their
    sockets to reconnect and close, the new pods print their options and banner)."""
    fs = Files()
    secret = "9f2c41d7e8a3b65f0c1d"

    def W(pod: str, t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(f"{pod}.log", t, label, lambda x: list(lines), pod, 1_000_000)

    def jsdate(t: datetime) -> str:
        return f"{t:%a %b %d %Y %H:%M:%S} GMT+0000 (Coordinated Universal Time)"

    def title(pod: str, t: datetime, label: str, obj: object) -> datetime:
        dump = inspect(obj)[0].split("\n")
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"   [{jsdate(x)}] {label}   ", *dump],
            pod,
            1_000_000,
        )

    def app_obj() -> tuple[str, dict[str, object]]:
        return (
            "App",
            {
                "initialApp": Raw("[Object]"),
                "id": "shop",
                "key": "shop-key",
                "secret": secret,
                "maxConnections": -1,
                "enableClientMessages": True,
                "enabled": True,
                "maxClientEventsPerSecond": 20,
                "maxPresenceMembersPerChannel": 100,
                "maxPresenceMemberSizeInKb": 2,
                "maxChannelNameLength": 200,
                "maxEventChannelsAtOnce": 100,
                "maxEventNameLength": 200,
                "maxEventPayloadInKb": 100,
                "maxEventBatchSize": 10,
                "enableUserAuthentication": False,
                "hasClientEventWebhooks": False,
                "hasChannelOccupiedWebhooks": True,
                "hasChannelVacatedWebhooks": True,
                "hasMemberAddedWebhooks": False,
                "hasMemberRemovedWebhooks": False,
                "hasCacheMissedWebhooks": False,
            },
        )

    def timeout_obj(start: int, aid: int) -> tuple[str, dict[str, object]]:
        return (
            "Timeout",
            {
                "_idleTimeout": 120000,
                "_idlePrev": Raw("[TimersList]"),
                "_idleNext": Raw("[TimersList]"),
                "_idleStart": start,
                "_onTimeout": Raw("[Function (anonymous)]"),
                "_timerArgs": Raw("undefined"),
                "_repeat": None,
                "_destroyed": False,
                "[Symbol(refed)]": True,
                "[Symbol(kHasPrimitive)]": False,
                "[Symbol(asyncId)]": aid,
                "[Symbol(triggerId)]": aid - r.randint(2, 9),
            },
        )

    class Sock:
        def __init__(self, pod: str, t0: datetime) -> None:
            self.pod = pod
            self.ip = f"10.244.{r.choice([1, 2, 3])}.{r.randint(2, 250)}"
            self.id = f"{r.randint(10**9, 10**10 - 1)}.{r.randint(10**9, 10**10 - 1)}"
            self.chans: list[str] = []
            self.presence: dict[str, object] = {}
            self.up = int((t0 - at(5, 58)).total_seconds() * 1000)
            self.aid = r.randint(20000, 900000)

        def ws(self, t: datetime, timeout: bool = True) -> tuple[str, dict[str, object]]:
            d: dict[str, object] = {
                "ip": self.ip,
                "ip2": "",
                "appKey": "shop-key",
                "sendJson": Raw("[Function (anonymous)]"),
                "id": self.id,
                "subscribedChannels": ("Set", list(self.chans)),
                "presence": ("Map", dict(self.presence)),
                "app": app_obj(),
            }
            if timeout:
                self.aid += r.randint(3, 40)
                d["timeout"] = timeout_obj(
                    self.up + int((t - at(5, 58)).total_seconds() * 1000) % 10**7, self.aid
                )
            return ("uWS.WebSocket", d)

    def sent(s: Sock, t: datetime, data: dict[str, object]) -> datetime:
        return title(s.pod, t, "✈ Sent message to client:", {"ws": s.ws(t), "data": data})

    def received(s: Sock, t: datetime, msg: dict[str, object]) -> datetime:
        return title(s.pod, t, "⚡ New message received:", {"message": msg, "isBinary": False})

    def closed(s: Sock, t: datetime, code: int) -> datetime:
        return title(
            s.pod,
            t,
            "❌ Connection closed:",
            {
                "ws": s.ws(t),
                "code": code,
                "message": Raw("ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }"),
            },
        )

    def webhook(pod: str, t: datetime, name: str, ch: str, fail: bool) -> datetime:
        payload = {"time_ms": int(t.timestamp() * 1000), "events": [Raw("[Object]")]}
        t = title(
            pod,
            t,
            "🚀 Processing webhook from queue.",
            {"appKey": "shop-key", "payload": payload, "pusherSignature": hexid(r, 64)},
        )
        hook = {
            "url": "http://shop-api.shop.svc.cluster.local/api/pusher/webhook",
            "event_types": ["channel_occupied", "channel_vacated"],
            "filter": {"channel_name_starts_with": "presence-"},
        }
        payload2 = {"time_ms": payload["time_ms"], "events": [{"name": name, "channel": ch}]}
        if not fail:
            return title(
                pod,
                t + sec(r.uniform(0.02, 0.2)),
                "✅ Webhook sent.",
                {"webhook": hook, "payload": payload2},
            )
        err = "\n".join(
            [
                "AxiosError: connect ECONNREFUSED 10.0.6.21:80",
                "      at AxiosError.from (/app/node_modules/axios/dist/node/axios.cjs:837:14)",
                "      at RedirectableRequest.handleRequestError (/app/node_modules/axios/dist/node/axios.cjs:3083:25)",
                "      at RedirectableRequest.emit (node:events:519:28)",
                "      at eventHandlers.<computed> (/app/node_modules/follow-redirects/index.js:38:24)",
                "      at ClientRequest.emit (node:events:519:28)",
                "      at Socket.socketErrorListener (node:_http_client:500:9)",
                "      at Socket.emit (node:events:519:28)",
                "      at emitErrorNT (node:internal/streams/destroy:169:8)",
                "      at emitErrorCloseNT (node:internal/streams/destroy:128:3)",
                "      at process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
                "      at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:4224:41)",
                "      at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {",
                "    port: 80,",
                "    address: '10.0.6.21',",
                "    syscall: 'connect',",
                "    code: 'ECONNREFUSED',",
                "    errno: -111,",
                "    config: {",
                "      transitional: [Object],",
                "      adapter: [Array],",
                "      transformRequest: [Array],",
                "      transformResponse: [Array],",
                "      timeout: 0,",
                "      xsrfCookieName: 'XSRF-TOKEN',",
                "      xsrfHeaderName: 'X-XSRF-TOKEN',",
                "      maxContentLength: -1,",
                "      maxBodyLength: -1,",
                "      env: [Object],",
                "      validateStatus: [Function: validateStatus],",
                "      headers: [AxiosHeaders],",
                "      method: 'post',",
                "      url: 'http://shop-api.shop.svc.cluster.local/api/pusher/webhook',",
                f"      data: '{json.dumps(payload2, separators=(',', ':'))}'",
                "    },",
                "    request: Writable {",
                "      _events: [Object],",
                "      _writableState: [WritableState],",
                "      _maxListeners: undefined,",
                "      _options: [Object],",
                "      _ended: false,",
                "      _ending: true,",
                "      _redirectCount: 0,",
                "      _redirects: [],",
                "      _requestBodyLength: 85,",
                "      _requestBodyBuffers: [Array],",
                "      _eventsCount: 3,",
                "      _onNativeResponse: [Function (anonymous)],",
                "      _currentRequest: [ClientRequest],",
                "      _currentUrl: 'http://shop-api.shop.svc.cluster.local/api/pusher/webhook',",
                "      [Symbol(shapeMode)]: true,",
                "      [Symbol(kCapture)]: false",
                "    },",
                "    cause: Error: connect ECONNREFUSED 10.0.6.21:80",
                "        at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {",
                "      errno: -111,",
                "      code: 'ECONNREFUSED',",
                "      syscall: 'connect',",
                "      address: '10.0.6.21',",
                "      port: 80",
                "    }",
                "  }",
            ]
        )
        return title(
            pod,
            t + sec(r.uniform(0.003, 0.02)),
            "❎ Webhook could not be sent.",
            {"err": Raw(err), "webhook": hook, "payload": payload2},
        )

    rollout = [at(10, 30, 11), at(10, 31, 3)]
    live: dict[str, list[tuple[Sock, datetime]]] = {p: [] for p in SK_OLD}

    def pod_for(t: datetime) -> str:
        k = r.randrange(2)
        return SK_OLD[k] if t < rollout[k] else SK_NEW[k]

    occupied: dict[str, int] = {}
    hook_down = (at(9, 30, 20), at(9, 42, 5))
    for st in poisson(r, T0, T_END, 175):
        pod = pod_for(st)
        k = (SK_OLD + SK_NEW).index(pod) % 2
        if pod in SK_NEW and st < rollout[k] + sec(8):
            continue
        s = Sock(pod, st)
        t = title(
            pod,
            st,
            "👨\u200d🔬 New connection:",
            {"ws": ("uWS.WebSocket", {"ip": s.ip, "ip2": "", "appKey": "shop-key"})},
        )
        t = sent(
            s,
            t + sec(0.002),
            {
                "event": "pusher:connection_established",
                "data": json.dumps(
                    {"socket_id": s.id, "activity_timeout": 30}, separators=(",", ":")
                ),
            },
        )
        uid = r.randint(10000, 99999)
        chans = [f"private-App.Models.User.{uid}"]
        if r.random() < 0.5:
            chans.append(f"private-orders.{r.randint(480000, 499999)}")
        if r.random() < 0.3:
            chans.append(f"presence-support.{r.choice(['de', 'en', 'fr'])}")
        for ch in chans:
            auth = f"shop-key:{hexid(r, 64)}"
            data: dict[str, object] = {"auth": auth, "channel": ch}
            if ch.startswith("presence-"):
                data["channel_data"] = json.dumps(
                    {"user_id": uid, "user_info": {"name": f"Customer {uid}"}},
                    separators=(",", ":"),
                )
            t = received(
                s, t + sec(r.uniform(0.05, 0.4)), {"event": "pusher:subscribe", "data": data}
            )
            s.chans.append(ch)
            if ch.startswith("presence-"):
                s.presence[ch] = {"user_id": uid, "user_info": Raw("[Object]")}
                occupied[ch] = occupied.get(ch, 0) + 1
                if occupied[ch] == 1:
                    webhook(
                        pod,
                        t + sec(0.003),
                        "channel_occupied",
                        ch,
                        hook_down[0] <= t < hook_down[1],
                    )
                succ = {
                    "event": "pusher_internal:subscription_succeeded",
                    "channel": ch,
                    "data": json.dumps(
                        {
                            "presence": {
                                "ids": [str(uid)],
                                "hash": {str(uid): {"name": f"Customer {uid}"}},
                                "count": 1,
                            }
                        },
                        separators=(",", ":"),
                    ),
                }
            else:
                succ = {"event": "pusher_internal:subscription_succeeded", "channel": ch}
            t = sent(s, t + sec(0.002), succ)
        dur = r.expovariate(1 / 100) + 5
        end = t + sec(dur)
        k2 = k
        cut = rollout[k2] if pod in SK_OLD else T_END
        code = r.choice([1001, 1001, 1001, 1006, 1000])
        if end >= cut:
            end = cut + sec(r.uniform(0.2, 2.5))
            code = 1012
            if pod in SK_NEW:
                continue
            live[pod].append((s, end))
        x = t + sec(30 + r.uniform(0, 2))
        while x < end - sec(1):
            x = received(s, x, {"event": "pusher:ping", "data": {}})
            x = sent(s, x + sec(0.001), {"event": "pusher:pong", "data": {}})
            x += sec(30 + r.uniform(0, 2))
        if code == 1012:
            continue
        closed(s, end, code)
        for ch in s.chans:
            if ch.startswith("presence-"):
                occupied[ch] -= 1
                if occupied[ch] == 0:
                    webhook(
                        pod,
                        end + sec(0.004),
                        "channel_vacated",
                        ch,
                        hook_down[0] <= end < hook_down[1],
                    )

    # the shop's HTTP API triggers
    for x in poisson(r, T0, T_END, 71):
        pod = pod_for(x)
        name = r.choice(["order.updated", "order.updated", "stock.changed", "notification.created"])
        if name == "order.updated":
            ch = f"private-orders.{r.randint(480000, 499999)}"
            data = json.dumps(
                {
                    "id": int(ch.split(".")[1]),
                    "status": r.choice(["paid", "packed", "shipped", "delivered"]),
                },
                separators=(",", ":"),
            )
        elif name == "stock.changed":
            ch = "stock"
            data = json.dumps(
                {"sku": f"SKU-{r.randint(1000, 9999)}", "available": r.randint(0, 40)},
                separators=(",", ":"),
            )
        else:
            ch = f"private-App.Models.User.{r.randint(10000, 99999)}"
            data = json.dumps(
                {"id": uuid4(r), "type": "App\\Notifications\\OrderShipped"}, separators=(",", ":")
            )
        title(pod, x, "⚡ HTTP Payload received", {"name": name, "data": data, "channels": [ch]})

    # Redis restarted at 08:05: ioredis's unhandled error events on each connection
    for pod in SK_OLD:
        for conn in range(2):
            t = at(8, 5, 2.4) + sec(r.uniform(0, 0.3))
            times = 1
            while t < at(8, 5, 44):
                delay = min(times * 0.05, 2.0)
                W(
                    pod,
                    t,
                    "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s",
                    [
                        "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.0.4.15:6379",
                        "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)",
                    ],
                )
                t += sec(delay + 0.01 + conn * 0.003)
                times += 1

    # the rollout: the old pods close their sockets, the new pods start
    for k, pod in enumerate(SK_OLD):
        t = rollout[k]
        t = W(pod, t, None, [""])
        t = W(
            pod,
            t,
            "🚫 New users cannot connect to this instance anymore. Preparing for signaling...",
            [
                "  🚫 New users cannot connect to this instance anymore. Preparing for signaling...  "
            ],
        )
        t = W(
            pod,
            t,
            "⚡ The server is closing and signaling the existing connections to terminate.",
            ["  ⚡ The server is closing and signaling the existing connections to terminate.  "],
        )
        t = W(pod, t, None, [""])
        for s, _end in live[pod]:
            t = sent(
                s,
                t,
                {
                    "event": "pusher:error",
                    "data": {"code": 4200, "message": "Server closed. Please reconnect shortly."},
                },
            )
            t = closed(s, t, 1012)
        W(
            pod,
            t + sec(1),
            "⚡ All sockets were closed. Now closing the server.",
            [f"   [{jsdate(t + sec(1))}] ⚡ All sockets were closed. Now closing the server.   "],
        )

    def banner(pod: str, t: datetime) -> None:
        opts = [
            "{",
            "  adapter: {",
            "    driver: 'redis',",
            "    redis: {",
            "      requestsTimeout: 5000,",
            "      prefix: 'soketi',",
            "      redisPubOptions: {},",
            "      redisSubOptions: {},",
            "      clusterMode: false",
            "    },",
            "    cluster: { requestsTimeout: 5000 },",
            "    nats: {",
            "      requestsTimeout: 5000,",
            "      prefix: '',",
            "      servers: [ '127.0.0.1:4222' ],",
            "      user: null,",
            "      pass: null,",
            "      token: null,",
            "      timeout: 10000,",
            "      nodesNumber: null",
            "    }",
            "  },",
            "  appManager: {",
            "    driver: 'array',",
            "    cache: { enabled: false, ttl: -1 },",
            "    array: {",
            "      apps: [",
            "        {",
            "          id: 'shop',",
            "          key: 'shop-key',",
            f"          secret: '{secret}',",
            "          maxConnections: -1,",
            "          enableClientMessages: true,",
            "          enabled: true,",
            "          maxBackendEventsPerSecond: -1,",
            "          maxClientEventsPerSecond: 20,",
            "          maxReadRequestsPerSecond: -1,",
            "          webhooks: [",
            "            {",
            "              url: 'http://shop-api.shop.svc.cluster.local/api/pusher/webhook',",
            "              event_types: [ 'channel_occupied', 'channel_vacated' ],",
            "              filter: { channel_name_starts_with: 'presence-' }",
            "            }",
            "          ]",
            "        }",
            "      ]",
            "    },",
            "    dynamodb: { table: 'apps', region: 'us-east-1', endpoint: null },",
            "    mysql: { table: 'apps', version: '8.0', useMysql2: false },",
            "    postgres: { table: 'apps', version: '13.3' }",
            "  },",
            "  cache: { driver: 'redis', redis: { redisOptions: {}, clusterMode: false } },",
            "  channelLimits: { maxNameLength: 200, cacheTtl: 3600 },",
            "  database: {",
            "    redis: {",
            "      host: 'redis-master.redis.svc.cluster.local',",
            "      port: 6379,",
            "      db: 0,",
            "      username: null,",
            "      password: null,",
            "      keyPrefix: '',",
            "      sentinels: null,",
            "      sentinelPassword: null,",
            "      name: 'mymaster',",
            "      clusterNodes: []",
            "    }",
            "  },",
            "  debug: true,",
            "  eventLimits: {",
            "    maxChannelsAtOnce: 100,",
            "    maxNameLength: 200,",
            "    maxPayloadInKb: 100,",
            "    maxBatchSize: 10",
            "  },",
            "  host: '0.0.0.0',",
            "  httpApi: { requestLimitInMb: 100, acceptTraffic: { memoryThreshold: 85 } },",
            "  instance: { process_id: 1 },",
            "  metrics: {",
            "    enabled: true,",
            "    driver: 'prometheus',",
            "    host: '0.0.0.0',",
            "    prometheus: { prefix: 'soketi_' },",
            "    port: 9601",
            "  },",
            "  mode: 'full',",
            "  port: 6001,",
            "  pathPrefix: '',",
            "  presence: { maxMembersPerChannel: 100, maxMemberSizeInKb: 2 },",
            "  queue: { driver: 'redis', redis: { concurrency: 1, redisOptions: {}, clusterMode: false } },",
            "  rateLimiter: { driver: 'redis', redis: { redisOptions: {}, clusterMode: false } },",
            "  shutdownGracePeriod: 3000,",
            "  ssl: { certPath: '', keyPath: '', passphrase: '', caPath: '' },",
            "  userAuthenticationTimeout: 30000,",
            "  webhooks: { batching: { enabled: false, duration: 50 }, maxRetries: 5 }",
            "}",
        ]
        t = W(pod, t, None, [""])
        t = W(pod, t + sec(0.2), "%O", opts)
        for msg in [
            "📡 soketi initialization....",
            "⚡ Initializing the HTTP API & Websockets Server...",
            "⚡ Initializing the Websocket listeners and channels...",
            "⚡ Initializing the HTTP webserver...",
        ]:
            t = W(pod, t, msg, [f"  {msg}  "])
        for label, msg in [
            ("🎉 Server is up and running!", "🎉 Server is up and running!"),
            (
                "📡 The Websockets server is available at 127.0.0.1:%s",
                "📡 The Websockets server is available at 127.0.0.1:6001",
            ),
            (
                "🔗 The HTTP API server is available at http://127.0.0.1:%s",
                "🔗 The HTTP API server is available at http://127.0.0.1:6001",
            ),
            (
                "🎊 The /usage endpoint is available on port %s.",
                "🎊 The /usage endpoint is available on port 9601.",
            ),
            (
                "🌠 Prometheus /metrics endpoint is available on port %s.",
                "🌠 Prometheus /metrics endpoint is available on port 9601.",
            ),
        ]:
            t = W(pod, t, label, [f"   {msg}   "])
        W(pod, t, None, [""])

    for k, pod in enumerate(SK_OLD):
        banner(pod, at(5, 58, 20 + 14 * k))
    for k, pod in enumerate(SK_NEW):
        banner(pod, rollout[k] - sec(4))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ flume

FL_WEB = {"web1": "10.0.2.11", "web2": "10.0.2.12", "web3": "10.0.2.13"}
FL_COLL = ("collector1.internal", "10.0.3.20")
FL_NN = "hdfs://nn1.hadoop.internal:8020"
FL_SINKRUNNER = [
    "org.apache.flume.sink.LoadBalancingSinkProcessor.process(LoadBalancingSinkProcessor.java:156)"
]


def flume(r: random.Random) -> list[Log]:
    """Three web agents (taildir source on nginx's access log, file channel, Avro sink) and a
    collector (Avro source, memory channel, HDFS sink writing one file per web host, rolled every
    five minutes), Flume 1.11 with its log4j2 `flume.log`, 06:00 to 12:00: the file channels'
    checkpoints every five minutes, the hourly log rotation on the web hosts (taildir opening
    the new file, closing the old), HDFS's active NameNode failing over 09:20-09:23 (HDFS IO
    errors, the memory channel full, the web agents' batches refused), and the collector
    restarted at 10:50 (its shutdown metrics, three minutes of the web agents failing to connect,
    its start-up, the Avro connections coming back)."""
    fs = Files()
    gen = {h: 0 for h in [*FL_WEB, "collector1"]}

    def L(
        h: str, t: datetime, lvl: str, thread: str, where: str, label: str, lines: list[str]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%d %b %Y %H:%M:%S},{ms3(x)} {lvl:<5} [{thread}] ({where})  - {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f"{h}-flume.log", t, label, text, (h, gen[h]), 1000)

    coll = "collector1"
    down = (at(10, 50, 12.3), at(10, 53, 20.8))
    nnfail = (at(9, 20, 31), at(9, 23, 12))
    full = (at(9, 21, 2), at(9, 23, 30))

    # HDFS sink: one bucket per web host, rolled every 300 s
    first = T0 + sec(r.uniform(5, 60))
    for host in FL_WEB:
        t = first + sec(r.uniform(0.05, 2.0))
        while t < T_END:
            if down[0] - sec(2) <= t < down[1] + sec(30):
                t = down[1] + sec(31 + r.uniform(0, 3))
            if nnfail[0] <= t < nnfail[1]:
                t = nnfail[1] + sec(r.uniform(1, 4))
            ts = int(t.timestamp() * 1000)
            path = f"{FL_NN}/flume/weblogs/{t:%Y-%m-%d}/{t:%H}/{host}.{ts}.log"
            th = "SinkRunner-PollingRunner-DefaultSinkProcessor"
            L(
                coll,
                t,
                "INFO",
                th,
                "org.apache.flume.sink.hdfs.BucketWriter.open:246",
                "Creating %s",
                [f"Creating {path}.tmp"],
            )
            end = t + sec(300 + r.uniform(0.001, 0.02))
            if end >= T_END:
                break
            if down[0] <= end < down[1] or nnfail[0] <= end < nnfail[1]:
                t = end
                continue
            th2 = "hdfs-k1-roll-timer-0"
            x = L(
                coll,
                end,
                "INFO",
                th2,
                "org.apache.flume.sink.hdfs.HDFSEventSink$1.run:393",
                "Writer callback called.",
                ["Writer callback called."],
            )
            x = L(
                coll,
                x + sec(0.0004),
                "INFO",
                th2,
                "org.apache.flume.sink.hdfs.BucketWriter.doClose:438",
                "Closing %s",
                [f"Closing {path}.tmp"],
            )
            L(
                coll,
                x + sec(r.uniform(0.004, 0.03)),
                "INFO",
                "hdfs-k1-call-runner-" + str(r.randint(0, 9)),
                "org.apache.flume.sink.hdfs.BucketWriter$7.call:681",
                "Renaming %s to %s",
                [f"Renaming {path}.tmp to {path}"],
            )
            t = end + sec(r.uniform(0.002, 0.4))

    # file channel checkpoints on the web agents
    for h in FL_WEB:
        t = T0 + sec(r.uniform(1, 290))
        seq = 1717400000000 + r.randint(0, 10**8)
        wlog = r.randint(40, 60)
        pos = r.randint(10**6, 10**8)
        while t < T_END:
            th = "Log-BackgroundWorker-c1"
            n = (
                r.randint(900, 5200)
                if not (down[0] <= t < down[1] + sec(120))
                else r.randint(9000, 30000)
            )
            seq += n + r.randint(0, 50)
            pos += n * r.randint(300, 420)
            if pos > 1_600_000_000:
                wlog += 1
                pos = r.randint(10**5, 10**6)
            x = L(
                h,
                t,
                "INFO",
                th,
                "org.apache.flume.channel.file.EventQueueBackingStoreFile.beginCheckpoint:230",
                "Start checkpoint for %s, elements to sync = %s",
                [
                    f"Start checkpoint for /var/lib/flume/file-channel/checkpoint/checkpoint, elements to sync = {n}"
                ],
            )
            x = L(
                h,
                x + sec(r.uniform(0.005, 0.04)),
                "INFO",
                th,
                "org.apache.flume.channel.file.EventQueueBackingStoreFile.checkpoint:255",
                "Updating checkpoint metadata: logWriteOrderID: %s, queueSize: %s, queueHead: %s",
                [
                    f"Updating checkpoint metadata: logWriteOrderID: {seq}, queueSize: {0 if n < 6000 else n // 3}, queueHead: {r.randint(10**5, 9 * 10**5)}"
                ],
            )
            L(
                h,
                x + sec(r.uniform(0.01, 0.09)),
                "INFO",
                th,
                "org.apache.flume.channel.file.Log.writeCheckpoint:1065",
                "Updated checkpoint for file: %s position: %s logWriteOrderID: %s",
                [
                    f"Updated checkpoint for file: /var/lib/flume/file-channel/data/log-{wlog} position: {pos} logWriteOrderID: {seq}"
                ],
            )
            t += sec(300 + r.uniform(0.001, 0.03))

    # hourly rotation of nginx's access log: taildir opens the new file, closes the old
    for h in FL_WEB:
        inode = r.randint(1_800_000, 1_900_000)
        for hh in range(6, 12):
            t = at(hh, 0, 1.2) + sec(r.uniform(0.1, 3.0))
            old = inode
            inode += r.randint(3, 40)
            t = L(
                h,
                t,
                "INFO",
                "PollableSourceRunner-TaildirSource-r1",
                "org.apache.flume.source.taildir.ReliableTaildirEventReader.openFile:285",
                "Opening file: %s, inode: %s, pos: %s",
                [f"Opening file: /var/log/nginx/access.log, inode: {inode}, pos: 0"],
            )
            L(
                h,
                t + sec(120 + r.uniform(0.1, 2)),
                "INFO",
                "idleFileCheckerRunner-1",
                "org.apache.flume.source.taildir.TaildirSource.closeTailFiles:302",
                "Closed file: %s, inode: %s, pos: %s",
                [
                    f"Closed file: /var/log/nginx/access.log.1, inode: {old}, pos: {r.randint(4 * 10**7, 9 * 10**7)}"
                ],
            )

    rpc_fail = [
        "org.apache.flume.EventDeliveryException: Failed to send events",
        *jframes(
            "org.apache.flume.sink.AbstractRpcSink.process(AbstractRpcSink.java:398)",
            "org.apache.flume.sink.DefaultSinkProcessor.process(DefaultSinkProcessor.java:39)",
            "org.apache.flume.SinkRunner$PollingRunner.run(SinkRunner.java:145)",
            "java.base/java.lang.Thread.run(Thread.java:829)",
        ),
    ]

    def web_fail(h: str, t: datetime, cause: list[str]) -> datetime:
        return L(
            h,
            t,
            "ERROR",
            "SinkRunner-PollingRunner-DefaultSinkProcessor",
            "org.apache.flume.SinkRunner$PollingRunner.run:158",
            "Unable to deliver event. Exception follows.",
            ["Unable to deliver event. Exception follows.", *rpc_fail, *cause],
        )

    # HDFS's NameNode failover: the sink's IO errors, the memory channel full, batches refused
    x = nnfail[0] + sec(0.4)
    bo = 1.0
    while x < nnfail[1]:
        ts = int((x - sec(r.uniform(20, 200))).timestamp() * 1000)
        p = f"{FL_NN}/flume/weblogs/2024-06-07/09/{r.choice(list(FL_WEB))}.{ts}.log.tmp"
        L(
            coll,
            x,
            "WARN",
            "SinkRunner-PollingRunner-DefaultSinkProcessor",
            "org.apache.flume.sink.hdfs.HDFSEventSink.process:456",
            "HDFS IO error",
            [
                "HDFS IO error",
                f"java.io.IOException: Callable timed out after 30000 ms on file: {p}",
                *jframes(
                    "org.apache.flume.sink.hdfs.BucketWriter.callWithTimeout(BucketWriter.java:756)",
                    "org.apache.flume.sink.hdfs.BucketWriter.append(BucketWriter.java:561)",
                    "org.apache.flume.sink.hdfs.HDFSEventSink.process(HDFSEventSink.java:412)",
                    "org.apache.flume.sink.DefaultSinkProcessor.process(DefaultSinkProcessor.java:39)",
                    "org.apache.flume.SinkRunner$PollingRunner.run(SinkRunner.java:145)",
                    "java.base/java.lang.Thread.run(Thread.java:829)",
                ),
                "Caused by: java.util.concurrent.TimeoutException",
                *jframes(
                    "java.base/java.util.concurrent.FutureTask.get(FutureTask.java:204)",
                    "org.apache.flume.sink.hdfs.BucketWriter.callWithTimeout(BucketWriter.java:749)",
                ),
                "\t... 5 more",
            ],
        )
        bo = min(bo * 2, 5.0)
        x += sec(30 + bo + r.uniform(0, 0.05))
    for h in FL_WEB:
        for x in poisson(r, full[0], full[1], 4.1):
            L(
                coll,
                x,
                "ERROR",
                f"New I/O worker #{r.randint(1, 8)}",
                "org.apache.flume.source.AvroSource.appendBatch:380",
                "Avro source %s: Unable to process event batch. Exception follows.",
                [
                    "Avro source r1: Unable to process event batch. Exception follows.",
                    "org.apache.flume.ChannelFullException: Space for commit to queue couldn't be acquired. Sinks are likely not keeping up with sources, or the buffer size is too tight",
                    *jframes(
                        "org.apache.flume.channel.MemoryChannel$MemoryTransaction.doCommit(MemoryChannel.java:127)",
                        "org.apache.flume.channel.BasicTransactionSemantics.commit(BasicTransactionSemantics.java:151)",
                        "org.apache.flume.channel.ChannelProcessor.processEventBatch(ChannelProcessor.java:199)",
                        "org.apache.flume.source.AvroSource.appendBatch(AvroSource.java:378)",
                        "jdk.internal.reflect.GeneratedMethodAccessor5.invoke(Unknown Source)",
                        "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
                        "java.base/java.lang.reflect.Method.invoke(Method.java:566)",
                        "org.apache.avro.ipc.specific.SpecificResponder.respond(SpecificResponder.java:94)",
                        "org.apache.avro.ipc.Responder.respond(Responder.java:150)",
                        "org.apache.avro.ipc.NettyServer$NettyServerAvroHandler.messageReceived(NettyServer.java:188)",
                    ),
                ],
            )
            web_fail(
                h,
                x + sec(r.uniform(0.003, 0.02)),
                [
                    f"Caused by: org.apache.flume.EventDeliveryException: NettyAvroRpcClient {{ host: {FL_COLL[0]}, port: 4545 }}: Failed to send batch",
                    *jframes(
                        "org.apache.flume.api.NettyAvroRpcClient.appendBatch(NettyAvroRpcClient.java:311)",
                        "org.apache.flume.sink.AbstractRpcSink.process(AbstractRpcSink.java:382)",
                    ),
                    "\t... 3 more",
                    f"Caused by: org.apache.flume.EventDeliveryException: NettyAvroRpcClient {{ host: {FL_COLL[0]}, port: 4545 }}: Avro RPC call returned Status: FAILED",
                    *jframes(
                        "org.apache.flume.api.NettyAvroRpcClient.waitForStatusOK(NettyAvroRpcClient.java:387)",
                        "org.apache.flume.api.NettyAvroRpcClient.appendBatch(NettyAvroRpcClient.java:295)",
                    ),
                    "\t... 4 more",
                ],
            )

    # the collector restarted at 10:50
    metrics = {
        "CHANNEL": (
            "c1",
            [
                "channel.capacity",
                "channel.current.size",
                "channel.event.put.attempt",
                "channel.event.put.success",
                "channel.event.take.attempt",
                "channel.event.take.success",
                "channel.start.time",
                "channel.stop.time",
            ],
        ),
        "SINK": (
            "k1",
            [
                "sink.batch.complete",
                "sink.batch.empty",
                "sink.batch.underflow",
                "sink.connection.closed.count",
                "sink.connection.creation.count",
                "sink.connection.failed.count",
                "sink.event.drain.attempt",
                "sink.event.drain.sucess",
                "sink.start.time",
                "sink.stop.time",
            ],
        ),
        "SOURCE": (
            "r1",
            [
                "src.append-batch.accepted",
                "src.append-batch.received",
                "src.append.accepted",
                "src.append.received",
                "src.events.accepted",
                "src.events.received",
                "src.open-connection.count",
                "src.start.time",
                "src.stop.time",
            ],
        ),
    }
    t = down[0]
    for typ in ["SOURCE", "SINK", "CHANNEL"]:
        name, keys = metrics[typ]
        t = L(
            coll,
            t + sec(r.uniform(0.002, 0.04)),
            "INFO",
            "agent-shutdown-hook",
            "org.apache.flume.instrumentation.MonitoredCounterGroup.stop:149",
            "Component type: %s, name: %s stopped",
            [f"Component type: {typ}, name: {name} stopped"],
        )
        base = r.randint(4 * 10**7, 9 * 10**7)
        for kk in keys:
            v: int = (
                base
                if ("accepted" in kk or "success" in kk or "sucess" in kk)
                else base + r.randint(0, 4000)
            )
            if "batch" in kk:
                v = base // 100 + r.randint(0, 40)
            if kk in ("sink.batch.empty", "sink.batch.underflow"):
                v = r.randint(100, 90000)
            if kk.endswith("start.time"):
                v = 1717739821000 + r.randint(0, 999)
            elif kk.endswith("stop.time"):
                v = int(t.timestamp() * 1000)
            elif kk == "channel.capacity":
                v = 100000
            elif kk == "channel.current.size":
                v = r.randint(0, 400)
            elif "connection" in kk:
                v = r.randint(1, 400)
            t = L(
                coll,
                t + sec(0.0003),
                "INFO",
                "agent-shutdown-hook",
                "org.apache.flume.instrumentation.MonitoredCounterGroup.stop:155",
                "Shutdown Metric for type: %s, name: %s. %s == %s",
                [f"Shutdown Metric for type: {typ}, name: {name}. {kk} == {v}"],
            )
        if typ == "SOURCE":
            for h, ip in FL_WEB.items():
                cidh = hexid(r, 8)
                port = {"web1": 41832, "web2": 52117, "web3": 39406}[h]
                for ev in ["DISCONNECTED", "UNBOUND", "CLOSED"]:
                    t = L(
                        coll,
                        t + sec(0.0004),
                        "INFO",
                        f"New I/O worker #{r.randint(1, 8)}",
                        "org.apache.avro.ipc.NettyServer$NettyServerAvroHandler.handleUpstream:171",
                        f"[id: %s, %s :> %s] {ev}",
                        [f"[id: 0x{cidh}, /{ip}:{port} :> /{FL_COLL[1]}:4545] {ev}"],
                    )
    # the web agents while the collector is down
    for h in FL_WEB:
        x = down[0] + sec(r.uniform(0.5, 3))
        bo = 1.0
        while x < down[1]:
            th = "SinkRunner-PollingRunner-DefaultSinkProcessor"
            x = L(
                h,
                x,
                "INFO",
                th,
                "org.apache.flume.sink.AbstractRpcSink.createConnection:212",
                "Rpc sink %s: Building RpcClient with hostname: %s, port: %s",
                [f"Rpc sink k1: Building RpcClient with hostname: {FL_COLL[0]}, port: 4545"],
            )
            x = L(
                h,
                x + sec(0.0002),
                "INFO",
                th,
                "org.apache.flume.sink.AvroSink.initializeRpcClient:126",
                "Attempting to create Avro Rpc client.",
                ["Attempting to create Avro Rpc client."],
            )
            x = L(
                h,
                x + sec(0.001),
                "WARN",
                th,
                "org.apache.flume.api.NettyAvroRpcClient.configure:638",
                "Using default maxIOWorkers",
                ["Using default maxIOWorkers"],
            )
            x = web_fail(
                h,
                x + sec(r.uniform(0.002, 0.02)),
                [
                    f"Caused by: org.apache.flume.FlumeException: NettyAvroRpcClient {{ host: {FL_COLL[0]}, port: 4545 }}: RPC connection error",
                    *jframes(
                        "org.apache.flume.api.NettyAvroRpcClient.connect(NettyAvroRpcClient.java:181)",
                        "org.apache.flume.api.NettyAvroRpcClient.connect(NettyAvroRpcClient.java:120)",
                        "org.apache.flume.api.NettyAvroRpcClient.configure(NettyAvroRpcClient.java:638)",
                        "org.apache.flume.api.RpcClientFactory.getInstance(RpcClientFactory.java:90)",
                        "org.apache.flume.sink.AvroSink.initializeRpcClient(AvroSink.java:127)",
                        "org.apache.flume.sink.AbstractRpcSink.createConnection(AbstractRpcSink.java:210)",
                        "org.apache.flume.sink.AbstractRpcSink.verifyConnection(AbstractRpcSink.java:270)",
                        "org.apache.flume.sink.AbstractRpcSink.process(AbstractRpcSink.java:352)",
                    ),
                    "\t... 3 more",
                    f"Caused by: java.io.IOException: Error connecting to {FL_COLL[0]}/{FL_COLL[1]}:4545",
                    *jframes(
                        "org.apache.avro.ipc.NettyTransceiver.getChannel(NettyTransceiver.java:261)",
                        "org.apache.avro.ipc.NettyTransceiver.<init>(NettyTransceiver.java:203)",
                        "org.apache.avro.ipc.NettyTransceiver.<init>(NettyTransceiver.java:152)",
                        "org.apache.flume.api.NettyAvroRpcClient.connect(NettyAvroRpcClient.java:167)",
                    ),
                    "\t... 10 more",
                    "Caused by: java.net.ConnectException: Connection refused",
                    *jframes(
                        "java.base/sun.nio.ch.SocketChannelImpl.checkConnect(Native Method)",
                        "java.base/sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:777)",
                        "org.jboss.netty.channel.socket.nio.NioClientBoss.connect(NioClientBoss.java:152)",
                        "org.jboss.netty.channel.socket.nio.NioClientBoss.processSelectedKeys(NioClientBoss.java:105)",
                        "org.jboss.netty.channel.socket.nio.NioClientBoss.process(NioClientBoss.java:79)",
                        "org.jboss.netty.channel.socket.nio.AbstractNioSelector.run(AbstractNioSelector.java:337)",
                        "org.jboss.netty.channel.socket.nio.NioClientBoss.run(NioClientBoss.java:42)",
                        "org.jboss.netty.util.ThreadRenamingRunnable.run(ThreadRenamingRunnable.java:108)",
                        "org.jboss.netty.util.internal.DeadLockProofWorker$1.run(DeadLockProofWorker.java:42)",
                        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
                        "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628)",
                    ),
                    "\t... 1 more",
                ],
            )
            bo = min(bo * 2, 5.0)
            x += sec(bo + r.uniform(0.001, 0.05))
        # connected again
        th = "SinkRunner-PollingRunner-DefaultSinkProcessor"
        x = L(
            h,
            x,
            "INFO",
            th,
            "org.apache.flume.sink.AbstractRpcSink.createConnection:212",
            "Rpc sink %s: Building RpcClient with hostname: %s, port: %s",
            [f"Rpc sink k1: Building RpcClient with hostname: {FL_COLL[0]}, port: 4545"],
        )
        x = L(
            h,
            x + sec(0.0002),
            "INFO",
            th,
            "org.apache.flume.sink.AvroSink.initializeRpcClient:126",
            "Attempting to create Avro Rpc client.",
            ["Attempting to create Avro Rpc client."],
        )
        L(
            h,
            x + sec(0.001),
            "WARN",
            th,
            "org.apache.flume.api.NettyAvroRpcClient.configure:638",
            "Using default maxIOWorkers",
            ["Using default maxIOWorkers"],
        )

    # the collector's start-up
    gen[coll] += 1
    t = down[1] - sec(4.3)
    lc = "lifecycleSupervisor-1-0"
    steps: list[tuple[str, str, str, str]] = [
        (
            lc,
            "org.apache.flume.node.PollingPropertiesFileConfigurationProvider.start:62",
            "Configuration provider starting",
            "Configuration provider starting",
        ),
        (
            "conf-file-poller-0",
            "org.apache.flume.node.PollingPropertiesFileConfigurationProvider$FileWatcherRunnable.run:138",
            "Reloading configuration file:%s",
            "Reloading configuration file:/opt/flume/conf/flume.conf",
        ),
        (
            "conf-file-poller-0",
            "org.apache.flume.node.AbstractConfigurationProvider.getConfiguration:120",
            "Channel %s connected to %s",
            "Channel c1 connected to [r1, k1]",
        ),
        (
            "conf-file-poller-0",
            "org.apache.flume.node.Application.startAllComponents:162",
            "Starting new configuration:%s",
            "Starting new configuration:{ sourceRunners:{r1=EventDrivenSourceRunner: { source:Avro source r1: { bindAddress: 0.0.0.0, port: 4545 } }} sinkRunners:{k1=SinkRunner: { policy:org.apache.flume.sink.DefaultSinkProcessor@3c0a50da counterGroup:{ name:null counters:{} } }} channels:{c1=org.apache.flume.channel.MemoryChannel{name: c1}} }",
        ),
        (
            lc,
            "org.apache.flume.instrumentation.MonitoredCounterGroup.start:95",
            "Component type: %s, name: %s started",
            "Component type: CHANNEL, name: c1 started",
        ),
        (
            "lifecycleSupervisor-1-1",
            "org.apache.flume.instrumentation.MonitoredCounterGroup.start:95",
            "Component type: %s, name: %s started",
            "Component type: SINK, name: k1 started",
        ),
        (
            "lifecycleSupervisor-1-4",
            "org.apache.flume.source.AvroSource.start:193",
            "Starting %s...",
            "Starting Avro source r1: { bindAddress: 0.0.0.0, port: 4545 }...",
        ),
        (
            "lifecycleSupervisor-1-4",
            "org.apache.flume.instrumentation.MonitoredCounterGroup.start:95",
            "Component type: %s, name: %s started",
            "Component type: SOURCE, name: r1 started",
        ),
        (
            "lifecycleSupervisor-1-4",
            "org.apache.flume.source.AvroSource.start:219",
            "Avro source %s started.",
            "Avro source r1 started.",
        ),
    ]
    for th, where, label, msg in steps:
        t = L(coll, t + sec(r.uniform(0.002, 0.3)), "INFO", th, where, label, [msg])
    # the web agents' connections back
    for ip in FL_WEB.values():
        port = r.randint(33000, 60000)
        x = down[1] + sec(r.uniform(1, 6))
        cidh = hexid(r, 8)
        for ev, tail in [
            ("OPEN", ""),
            ("BOUND", f": /{FL_COLL[1]}:4545"),
            ("CONNECTED", f": /{ip}:{port}"),
        ]:
            x = L(
                coll,
                x + sec(0.0003),
                "INFO",
                f"New I/O server boss #{r.randint(1, 4)}"
                if ev == "OPEN"
                else f"New I/O worker #{r.randint(1, 8)}",
                "org.apache.avro.ipc.NettyServer$NettyServerAvroHandler.handleUpstream:171",
                f"[id: %s, %s => %s] {ev}" + (": %s" if tail else ""),
                [f"[id: 0x{cidh}, /{ip}:{port} => /{FL_COLL[1]}:4545] {ev}{tail}"],
            )
    return fs.logs(T0)


SYSTEMS = {
    "bookkeeper": bookkeeper,
    "centrifugo": centrifugo,
    "mercure": mercure,
    "soketi": soketi,
    "flume": flume,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
