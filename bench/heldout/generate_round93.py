#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 93 (pinot, starrocks, vertica, greenplum, tarantool) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it; the lines
that continue an event (a Java stack trace, a CSV record's quoted newlines, a Lua error's
traceback and request dump, glog's file header) have no label. Distinct calls of one process
never share a timestamp at the log's resolution (round 53's Clock). Five analytical and
in-memory databases:

- Apache Pinot 1.1 (`pinot-controller.log`, `pinot-broker.log`, `pinot-server-0.log`,
  `pinot-server-1.log`, 06:00 to 09:00): log4j2's `2024/06/04 06:00:01.123 INFO
  [RealtimeSegmentDataManager_events__0__41__20240604T0530Z] [events__0__41__20240604T0530Z]
  Consumed 51234 events from (rate:853.9/s), ...` layout (date, level, the logger's simple
  name, the thread); the servers consuming four Kafka partitions and committing segments
  (row limit or time limit, the build, the controller's answer, the Helix transitions), the
  broker's query log line for each query and the servers' `Processed requestId=...` lines,
  the controller's periodic tasks (`Start running task: %s` / `Finish running task: %s in
  %dms`) and the segment completion protocol; Kafka timing out from 07:20 to 07:32 (the
  servers' `Stream transient exception ...` warnings with a stack), server-1 restarted at
  08:10 (its shutdown and start, the broker failing to reach it, the controller's
  `SegmentStatusChecker` warnings), a dashboard sending a query with a misspelt column.
- StarRocks 3.2 (`fe.log` of the leader FE, `be1.INFO` and `be2.INFO`, two of its three
  backends, 06:00 to 09:00, +08:00): fe.log's `2024-06-04 06:00:01.123+08:00 INFO
  (thrift-server-pool-3|187) [DatabaseTransactionMgr.beginTransaction():412] begin transaction:
  ...` (date with offset, level, thread and its id, class.method():line) and the backends'
  glog lines (`I0604 06:00:01.123456 12345 stream_load.cpp:245] ...`, the four-line header at
  each file's start); a Flink job's stream load about every 48 seconds (the FE's begin, commit and
  publish lines, the coordinating backend's `new income streaming load request.` and
  `finished to execute stream load.`), the tablet checker every 20 seconds, compactions, the
  hourly image checkpoint; be2 killed for memory at 07:40 (its memory warnings, the FE's
  bad heartbeats every five seconds and `is dead`, be1's load channel errors, be2's start at
  07:52 with a new glog header and `is back to alive`), a client retrying a used label and a
  load with too many filtered rows.
- Vertica 12.0 (`node0001-vertica.log` ... `node0003-vertica.log`, 06:00 to 09:00): the
  `2024-06-04 06:00:01.123 Init Session:0x7f3a2c0158d0-a00000000b1c2d [Txn] <INFO> Begin Txn:
  a00000000b1c2d 'select ...'` layout (thread name and address, subsystem, level) and session
  messages with the node and the SQLSTATE/message number (`@v_vdb_node0001: 00000/2705:
  Connection received: ...`); dashboards' queries (begin and rollback) and loads (begin,
  `Starting Commit`, `Commit Complete`), the tuple mover's mergeouts, node0003 killed at 07:30
  and started again at 07:44 (the others' `Node left cluster` and state changes, its own
  start-up and recovery), a lock timeout while a long COPY holds a table, syntax errors and a
  missing relation.
- Greenplum 6.26 (`gpdb-2024-06-04_000000.csv`, the coordinator's CSV log, 06:00 to 10:00):
  thirty columns per record (`2024-06-04 06:00:01.123456 UTC,"bi_user","analytics",p23456,
  th-1234567890,"10.0.4.21","51234",...,"LOG","00000","statement: select ...",...,
  "postgres.c",1664,`), SQL statements with newlines inside a quoted field (the record going
  on over several lines); BI sessions (connection received and authorized, statements, slow
  statements' `duration:`, disconnection), checkpoints every five minutes, segment sdw2's
  primary down at 07:30 (FTS's probes, the queries failing with a multi-line DETAIL), a
  statement timeout, high VMEM cancellations, a missing relation and syntax errors.
- Tarantool 2.11 (`cart-1.log` the master, `cart-2.log` the replica, 06:00 to 10:00): the
  `2024-06-04 06:00:01.123 [12345] main/118/http/10.0.3.14:51234 I> GET /api/cart/8123`
  layout (date, pid, cord/fiber id/fiber name, the source location for errors and warnings,
  the level letter); the http module's request lines, its `unhandled error: %s` with the
  traceback and the request on the lines under it (a duplicate key, a bad JSON body), the
  hourly checkpoint, cart-1 restarted at 07:40 (`got signal 15 - Terminated`, the start-up
  and recovery lines, the replica's applier losing and finding its master, the relay), and a
  slow disk from 09:00 to 09:15 (`too long WAL write: ...`).

Label notes. The rules of rounds 51 to 88 hold. Pinot's date, level, logger and thread, the
FE's date, level, thread, thread id and class.method():line, glog's level letter, date,
thread id and file:line, Vertica's date, thread name and address, subsystem, level and
`@node:`, Greenplum's columns other than the message (the severity and SQLSTATE as levels are;
the detail, hint, query and location being the event's), Tarantool's date, pid, cord/fiber
and source location and level letter are context. Vertica's `SQLSTATE/number: ` is wording
(as OSSEC's message numbers). Pinot and the FE log with SLF4J's `{}`; glog's streamed values,
Vertica's and Greenplum's are `%s`-style. A Java exception's stack, a CSV record's quoted
newlines, a Lua error's traceback and request, and glog's file header (labelled at its first
line) continue their event. A value that is an exception's or error's message contributes
its format. Least sure (written from the helper's knowledge, not checked against copies):
Pinot's `Stream transient exception ...`, the segment completion lines
(`Processing segmentCommitStart(%s, %s)` ...), the broker's compile error and query log
fields, `Failed to find servers hosting segment`, the server's start and shutdown lines;
StarRocks's transaction lines' TransactionState text, `is dead due to exceed
heartbeatRetryTimes`, the tablet checker's fields, the backends' compaction, stream load,
memory and start-up wordings and whether be.INFO's lines carry the year; Vertica's message
numbers (2705, 4540, 4691, 2703, 4566, 5157), the session-end, tuple mover, node-left and
recovery wordings; Greenplum's FTS messages, `failed to acquire resources on one or more
segments` and its detail, the VMEM text; Tarantool's start-up lines, the applier's and relay's wording, `got signal`, and the http
module's request line and error layout. Run it only to change the data on purpose: `python
bench/heldout/generate_round93.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import Records, secs
from generate_round53 import Clock
from generate_round55 import at, poisson


class Files:
    """The files of one system and its Clock: `add(file, t, label, lines, proc)` writes the
    event's lines (a function of its instant) at the process's next free instant."""

    def __init__(self, res: int) -> None:
        self.clock = Clock(res)
        self.files: dict[str, Records] = {}

    def add(self, f: str, t: datetime, label: str | None, text, proc: object = None) -> datetime:
        t = self.clock.at(proc if proc is not None else f, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def jstack(
    exc: str, frames: list[str], cause: str | None = None, cframes: list[str] | None = None
) -> list[str]:
    out = [exc] + [f"\tat {f}" for f in frames]
    if cause:
        out.append(f"Caused by: {cause}")
        out += [f"\tat {f}" for f in (cframes or [])]
        out.append(f"\t... {len(frames)} more")
    return out


# --------------------------------------------------------------------------------- pinot

PN_TABLES = ["events", "orders", "sessions"]
PN_QUERIES = [
    "SELECT count(*) FROM events WHERE ts > ago('PT1H')",
    "SELECT country, count(*) FROM events WHERE ts > ago('PT15M') GROUP BY country ORDER BY count(*) DESC LIMIT 10",
    "SELECT sum(amount) FROM orders WHERE status = 'PAID' AND ts > ago('P1D')",
    "SELECT page, distinctcount(userId) FROM sessions GROUP BY page LIMIT 20",
    "SELECT eventType, percentile(latencyMs, 95) FROM events GROUP BY eventType",
    "SELECT * FROM orders WHERE orderId = '%s' LIMIT 1",
]
PN_KAFKA_STACK = [
    "org.apache.kafka.clients.consumer.internals.Fetcher.getTopicMetadata(Fetcher.java:316)",
    "org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1269)",
    "org.apache.pinot.plugin.stream.kafka20.KafkaPartitionLevelConsumer.fetchMessages(KafkaPartitionLevelConsumer.java:66)",
    "org.apache.pinot.core.data.manager.realtime.RealtimeSegmentDataManager.fetchMessages(RealtimeSegmentDataManager.java:520)",
    "org.apache.pinot.core.data.manager.realtime.RealtimeSegmentDataManager.consumeLoop(RealtimeSegmentDataManager.java:443)",
    "org.apache.pinot.core.data.manager.realtime.RealtimeSegmentDataManager$PartitionConsumer.run(RealtimeSegmentDataManager.java:741)",
    "java.base/java.lang.Thread.run(Thread.java:829)",
]


def pinot(r: random.Random) -> list[Log]:
    """A Pinot cluster (one controller, one broker, two servers), 06:00 to 09:00: the servers
    consume the `events` table's four partitions (two each) and commit a segment every half
    hour or so; queries every 35 seconds; Kafka timing out 07:20 to 07:32; server-1 restarted
    at 08:10; a dashboard with a misspelt column."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(9, 0)
    kafka = (at(7, 20), at(7, 32))
    srv1_down = (at(8, 10, 3), at(8, 11, 40))
    files = {
        "controller": "pinot-controller.log",
        "broker": "pinot-broker.log",
        "server-0": "pinot-server-0.log",
        "server-1": "pinot-server-1.log",
    }

    def L(
        h: str,
        t: datetime,
        level: str,
        logger: str,
        thread: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            files[h],
            t,
            label,
            lambda t: (
                [f"{t:%Y/%m/%d %H:%M:%S}.{ms(t)} {level} [{logger}] [{thread}] {msg}"]
                + (more or [])
            ),
            proc=(h, thread),
        )

    seq = {p: 38 + p for p in range(4)}
    seg_start = {p: t0 - timedelta(minutes=r.randrange(5, 25)) for p in range(4)}
    offset = {p: r.randrange(40_000_000, 60_000_000) for p in range(4)}

    def segname(p: int) -> str:
        return f"events__{p}__{seq[p]}__{seg_start[p]:%Y%m%dT%H%MZ}"

    def owner(p: int) -> str:
        return "server-0" if p % 2 == 0 else "server-1"

    # consumption, minute by minute, and commits
    for p in range(4):
        h = owner(p)
        t = t0 + secs(r, 1, 59)
        consumed_total = r.randrange(100_000, 900_000)
        while t < t_end:
            down = h == "server-1" and srv1_down[0] <= t < srv1_down[1] + timedelta(seconds=60)
            if down:
                t += timedelta(seconds=60)
                continue
            seg = segname(p)
            lg, th = f"RealtimeSegmentDataManager_{seg}", seg
            if kafka[0] <= t < kafka[1]:
                for k in range(1, 4):
                    L(
                        h,
                        t + timedelta(seconds=10 * k),
                        "WARN",
                        lg,
                        th,
                        "Stream transient exception when fetching messages, retrying (count={})",
                        f"Stream transient exception when fetching messages, retrying (count={k})",
                        jstack(
                            f"org.apache.kafka.common.errors.TimeoutException: Timeout of 10000ms expired before the position for partition events-{p} could be determined",
                            PN_KAFKA_STACK,
                        ),
                    )
                t += timedelta(seconds=60)
                continue
            n = r.randrange(30_000, 70_000)
            offset[p] += n
            consumed_total += n
            L(
                h,
                t,
                "INFO",
                lg,
                th,
                "Consumed {} events from (rate:{}/s), currentOffset={}, numRowsConsumedSoFar={}, numRowsIndexedSoFar={}",
                f"Consumed {n} events from (rate:{n / 60:.1f}/s), currentOffset={offset[p]}, numRowsConsumedSoFar={consumed_total}, numRowsIndexedSoFar={consumed_total}",
            )
            if (
                t - seg_start[p] > timedelta(minutes=r.uniform(28, 40))
                or consumed_total > 2_500_000
            ):
                x = t + secs(r, 0.5, 5)
                if consumed_total > 2_500_000:
                    x = L(
                        h,
                        x,
                        "INFO",
                        lg,
                        th,
                        "Stopping consumption due to row limit nRows={} numRowsIndexed={}, numRowsConsumed={}",
                        f"Stopping consumption due to row limit nRows=2500000 numRowsIndexed={consumed_total}, numRowsConsumed={consumed_total}",
                    )
                else:
                    x = L(
                        h,
                        x,
                        "INFO",
                        lg,
                        th,
                        "Stopping consumption due to time limit start={} now={} numRowsConsumed={} numRowsIndexed={}",
                        f"Stopping consumption due to time limit start={int(seg_start[p].timestamp() * 1000)} now={int(x.timestamp() * 1000)} numRowsConsumed={consumed_total} numRowsIndexed={consumed_total}",
                    )
                c = L(
                    "controller",
                    x + secs(r, 0.05, 0.3),
                    "INFO",
                    "SegmentCompletionManager",
                    f"grizzly-http-server-{r.randrange(0, 8)}",
                    "Processing segmentConsumed({}, {}, {})",
                    f"Processing segmentConsumed(Server_pinot-{owner(p)}.pinot-server-headless.pinot.svc.cluster.local_8098, {segname(p)}, {offset[p]})",
                )
                bt = r.randrange(4000, 16000)
                x = L(
                    h,
                    x + timedelta(milliseconds=bt + r.randrange(50, 400)),
                    "INFO",
                    lg,
                    th,
                    "Successfully built segment (Column Mode) in {} ms, after lockWaitTime {} ms",
                    f"Successfully built segment (Column Mode) in {bt} ms, after lockWaitTime {r.randrange(0, 30)} ms",
                )
                c = L(
                    "controller",
                    x + secs(r, 0.05, 0.3),
                    "INFO",
                    "SegmentCompletionManager",
                    f"grizzly-http-server-{r.randrange(0, 8)}",
                    "Processing segmentCommitStart({}, {})",
                    f"Processing segmentCommitStart(Server_pinot-{owner(p)}.pinot-server-headless.pinot.svc.cluster.local_8098, {segname(p)})",
                )
                c = L(
                    "controller",
                    c + secs(r, 0.5, 2),
                    "INFO",
                    "PinotLLCRealtimeSegmentManager",
                    f"grizzly-http-server-{r.randrange(0, 8)}",
                    "Committing segment file for segment: {}",
                    f"Committing segment file for segment: {segname(p)}",
                )
                c = L(
                    "controller",
                    c + secs(r, 0.1, 0.5),
                    "INFO",
                    "PinotLLCRealtimeSegmentManager",
                    f"grizzly-http-server-{r.randrange(0, 8)}",
                    "Created new ZK metadata for segment: {}",
                    f"Created new ZK metadata for segment: events__{p}__{seq[p] + 1}__{x:%Y%m%dT%H%MZ}",
                )
                c = L(
                    "controller",
                    c + secs(r, 0.05, 0.3),
                    "INFO",
                    "SegmentCompletionManager",
                    f"grizzly-http-server-{r.randrange(0, 8)}",
                    "Processing segmentCommitEnd({}, {})",
                    f"Processing segmentCommitEnd(Server_pinot-{owner(p)}.pinot-server-headless.pinot.svc.cluster.local_8098, {segname(p)})",
                )
                x = L(
                    h,
                    c + secs(r, 0.05, 0.3),
                    "INFO",
                    lg,
                    th,
                    "Controller response {} for {}",
                    f"Controller response COMMIT_SUCCESS for {segname(p)}",
                )
                hx = f"HelixTaskExecutor-message_handle_thread_{r.randrange(1, 40)}"
                x = L(
                    h,
                    x + secs(r, 0.2, 1),
                    "INFO",
                    "SegmentOnlineOfflineStateModelFactory$SegmentOnlineOfflineStateModel",
                    hx,
                    "SegmentOnlineOfflineStateModel.onBecomeOnlineFromConsuming() : {}",
                    f"SegmentOnlineOfflineStateModel.onBecomeOnlineFromConsuming() : ZnRecord={hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}, {{CREATE_TIMESTAMP={int(x.timestamp() * 1000)}, MSG_ID={hexid(r, 8)}-{hexid(r, 4)}, PARTITION_NAME={segname(p)}, RESOURCE_NAME=events_REALTIME}}",
                )
                seq[p] += 1
                seg_start[p] = x
                consumed_total = 0
                L(
                    h,
                    x + secs(r, 0.2, 1),
                    "INFO",
                    "SegmentOnlineOfflineStateModelFactory$SegmentOnlineOfflineStateModel",
                    hx,
                    "SegmentOnlineOfflineStateModel.onBecomeConsumingFromOffline() : {}",
                    f"SegmentOnlineOfflineStateModel.onBecomeConsumingFromOffline() : ZnRecord={hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}, {{CREATE_TIMESTAMP={int(x.timestamp() * 1000)}, MSG_ID={hexid(r, 8)}-{hexid(r, 4)}, PARTITION_NAME={segname(p)}, RESOURCE_NAME=events_REALTIME}}",
                )
            t += timedelta(seconds=60) + secs(r, -0.3, 0.3)

    # queries
    rid = 118_000
    misspelt = "SELECT contry, count(*) FROM events GROUP BY contry LIMIT 10"
    qts = poisson(r, t0, t_end, 35)
    qts += poisson(r, at(6, 40), at(7, 5), 120)
    for t in sorted(qts):
        rid += 1
        th = f"jersey-server-managed-async-executor-{r.randrange(0, 12)}"
        if at(6, 40) <= t < at(7, 5) and r.random() < 0.3:
            L(
                "broker",
                t,
                "INFO",
                "BaseSingleStageBrokerRequestHandler",
                th,
                "Caught exception while compiling SQL request {}: {}, Unknown columnName '%s' found in the query",
                f"Caught exception while compiling SQL request {rid}: {misspelt}, Unknown columnName 'contry' found in the query",
            )
            continue
        q = r.choice(PN_QUERIES)
        if "%s" in q:
            q = q % f"o-{r.randrange(10**7, 10**8)}"
        table = q.split(" FROM ")[1].split()[0]
        servers = ["server-0", "server-1"]
        failed = 0
        x = t
        for s in servers:
            if s == "server-1" and srv1_down[0] <= t < srv1_down[1]:
                failed += 1
                x = L(
                    "broker",
                    x + secs(r, 0.001, 0.005),
                    "ERROR",
                    "QueryRouter",
                    th,
                    "Caught exception while sending request {} to server: {}, marking query failed",
                    f"Caught exception while sending request {rid} to server: pinot-server-1_R, marking query failed",
                    jstack(
                        "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: pinot-server-1.pinot-server-headless.pinot.svc.cluster.local/10.42.1.17:8098",
                        [
                            "io.netty.channel.unix.Errors.newConnectException0(Errors.java:155)",
                            "io.netty.channel.unix.Errors.handleConnectErrno(Errors.java:128)",
                            "io.netty.channel.unix.Socket.finishConnect(Socket.java:359)",
                            "io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.doFinishConnect(AbstractEpollChannel.java:710)",
                            "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
                            "java.base/java.lang.Thread.run(Thread.java:829)",
                        ],
                    ),
                )
                continue
            tt = r.randrange(2, 60) if "orderId" in q else r.randrange(5, 900)
            nseg = r.randrange(8, 40)
            L(
                s,
                t + timedelta(milliseconds=tt),
                "INFO",
                "QueryScheduler",
                f"pqr-{r.randrange(0, 16)}",
                "Processed requestId={},table={},segments(queried/processed/matched/consuming)={}/{}/{}/{},schedulerWaitMs={},reqDeserMs={},totalExecMs={},resSerMs={},totalTimeMs={},minConsumingFreshnessMs={},broker={},numDocsScanned={},scanInFilter={},scanPostFilter={},sched={},threadCpuTimeNs(total/thread/sysActivity/resSer)={}/{}/{}/{}",
                f"Processed requestId={rid},table={table}_{'REALTIME' if table == 'events' else 'OFFLINE'},segments(queried/processed/matched/consuming)={nseg}/{nseg}/{r.randrange(1, nseg + 1)}/{1 if table == 'events' else -1},schedulerWaitMs={r.randrange(0, 3)},reqDeserMs=0,totalExecMs={tt},resSerMs={r.randrange(0, 2)},totalTimeMs={tt + 1},minConsumingFreshnessMs={int(t.timestamp() * 1000) - r.randrange(100, 3000) if table == 'events' else -1},broker=Broker_pinot-broker-0.pinot-broker-headless.pinot.svc.cluster.local_8099,numDocsScanned={r.randrange(1, 5_000_000)},scanInFilter={r.randrange(0, 9_000_000)},scanPostFilter={r.randrange(0, 5_000_000)},sched=FCFS,threadCpuTimeNs(total/thread/sysActivity/resSer)={tt * 900_000}/{tt * 880_000}/0/{r.randrange(10_000, 90_000)}",
            )
        bt = r.randrange(6, 950)
        L(
            "broker",
            t + timedelta(milliseconds=bt),
            "INFO",
            "QueryLogger",
            th,
            "requestId={},table={},timeMs={},docs={}/{},entries={}/{},segments(queried/processed/matched/consumingQueried/consumingProcessed/consumingMatched/unavailable):{}/{}/{}/{}/{}/{}/{},consumingFreshnessTimeMs={},servers={}/{},groupLimitReached={},brokerReduceTimeMs={},exceptions={},serverStats={},offlineThreadCpuTimeNs(total/thread/sysActivity/resSer):{}/{}/{}/{},realtimeThreadCpuTimeNs(total/thread/sysActivity/resSer):{}/{}/{}/{},clientIp={},query={}",
            f"requestId={rid},table={table},timeMs={bt},docs={r.randrange(1, 9_000_000)}/{r.randrange(9_000_000, 90_000_000)},entries={r.randrange(0, 9_000_000)}/{r.randrange(0, 9_000_000)},segments(queried/processed/matched/consumingQueried/consumingProcessed/consumingMatched/unavailable):{r.randrange(20, 80)}/{r.randrange(20, 80)}/{r.randrange(1, 20)}/{2 if table == 'events' else 0}/{2 if table == 'events' else 0}/{2 if table == 'events' else 0}/0,consumingFreshnessTimeMs={int(t.timestamp() * 1000) if table == 'events' else 0},servers={2 - failed}/2,groupLimitReached=false,brokerReduceTimeMs={r.randrange(0, 5)},exceptions={failed},serverStats=(Server=SubmitDelayMs,ResponseDelayMs,ResponseSize,DeserializationTimeMs,RequestSentDelayMs);pinot-server-0_R=0,{bt - 2},{r.randrange(200, 9000)},0,0,offlineThreadCpuTimeNs(total/thread/sysActivity/resSer):0/0/0/0,realtimeThreadCpuTimeNs(total/thread/sysActivity/resSer):0/0/0/0,clientIp=unknown,query={q}",
        )

    # server-1's restart
    x = srv1_down[0]
    h = "server-1"
    x = L(
        h,
        x,
        "INFO",
        "BaseServerStarter",
        "Thread-1",
        "Shutting down Pinot server",
        "Shutting down Pinot server",
    )
    x = L(
        h,
        x + secs(r, 0.1, 0.5),
        "INFO",
        "BaseServerStarter",
        "Thread-1",
        "Deregistering service status handler",
        "Deregistering service status handler",
    )
    for p in (1, 3):
        x = L(
            h,
            x + secs(r, 0.05, 0.3),
            "INFO",
            f"RealtimeSegmentDataManager_{segname(p)}",
            "Thread-1",
            "Stopping consumer thread",
            "Stopping consumer thread",
        )
    x = L(
        h,
        x + secs(r, 1, 3),
        "INFO",
        "BaseServerStarter",
        "Thread-1",
        "Finish shutting down Pinot server for {}",
        "Finish shutting down Pinot server for Server_pinot-server-1.pinot-server-headless.pinot.svc.cluster.local_8098",
    )
    x = L(
        h,
        x + secs(r, 20, 40),
        "INFO",
        "BaseServerStarter",
        "main",
        "Starting Pinot server (Version: {})",
        "Starting Pinot server (Version: 1.1.0)",
    )
    x = L(
        h,
        x + secs(r, 0.1, 0.5),
        "INFO",
        "BaseServerStarter",
        "main",
        "Initializing Helix manager with zkAddress: {}, clusterName: {}, instanceId: {}",
        "Initializing Helix manager with zkAddress: pinot-zookeeper:2181, clusterName: pinot, instanceId: Server_pinot-server-1.pinot-server-headless.pinot.svc.cluster.local_8098",
    )
    for tb in ("orders", "sessions"):
        for k in range(18):
            x = L(
                h,
                x + secs(r, 0.05, 0.4),
                "INFO",
                "BaseTableDataManager",
                f"HelixTaskExecutor-message_handle_thread_{r.randrange(1, 40)}",
                "Added segment: {} of table: {}",
                f"Added segment: {tb}_OFFLINE_{20240520 + k}_{20240520 + k}_{r.randrange(0, 4)} of table: {tb}_OFFLINE",
            )
    for p in (1, 3):
        x = L(
            h,
            x + secs(r, 0.05, 0.4),
            "INFO",
            "SegmentOnlineOfflineStateModelFactory$SegmentOnlineOfflineStateModel",
            f"HelixTaskExecutor-message_handle_thread_{r.randrange(1, 40)}",
            "SegmentOnlineOfflineStateModel.onBecomeConsumingFromOffline() : {}",
            f"SegmentOnlineOfflineStateModel.onBecomeConsumingFromOffline() : ZnRecord={hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}, {{CREATE_TIMESTAMP={int(x.timestamp() * 1000)}, MSG_ID={hexid(r, 8)}-{hexid(r, 4)}, PARTITION_NAME={segname(p)}, RESOURCE_NAME=events_REALTIME}}",
        )
    L(
        h,
        srv1_down[1],
        "INFO",
        "BaseServerStarter",
        "main",
        "Pinot server ready",
        "Pinot server ready",
    )
    # the broker's routing and the controller's checker
    for t in (srv1_down[0] + secs(r, 2, 4), srv1_down[1] + secs(r, 0.5, 2)):
        th = f"ClusterChangeHandlingThread-{r.randrange(0, 4)}"
        x = L(
            "broker",
            t,
            "INFO",
            "BrokerRoutingManager",
            th,
            "Processing instance config change",
            "Processing instance config change",
        )
        x = L(
            "broker",
            x + secs(r, 0.01, 0.05),
            "INFO",
            "BrokerRoutingManager",
            th,
            "Processed instance config change in {}ms",
            f"Processed instance config change in {r.randrange(2, 40)}ms",
        )
        for tb in ("events_REALTIME", "orders_OFFLINE", "sessions_OFFLINE"):
            x = L(
                "broker",
                x + secs(r, 0.01, 0.05),
                "INFO",
                "BrokerRoutingManager",
                th,
                "Processing segment assignment change for table: {}",
                f"Processing segment assignment change for table: {tb}",
            )
            x = L(
                "broker",
                x + secs(r, 0.01, 0.05),
                "INFO",
                "BrokerRoutingManager",
                th,
                "Processed segment assignment change for table: {} in {}ms",
                f"Processed segment assignment change for table: {tb} in {r.randrange(1, 30)}ms",
            )

    # the controller's periodic tasks
    tasks = [
        ("SegmentStatusChecker", 300),
        ("TaskMetricsEmitter", 300),
        ("RealtimeSegmentValidationManager", 3600),
        ("BrokerResourceValidationManager", 3600),
        ("SegmentRelocator", 3600),
        ("RetentionManager", 21600),
        ("OfflineSegmentIntervalChecker", 86400),
    ]
    for name, every in tasks:
        t = t0 + secs(r, 10, min(every, 600))
        while t < t_end:
            th = f"pool-{r.randrange(5, 9)}-thread-1"
            x = L(
                "controller",
                t,
                "INFO",
                "BasePeriodicTask",
                th,
                "Start running task: {}",
                f"Start running task: {name}",
            )
            if name == "SegmentStatusChecker" and srv1_down[0] <= t < srv1_down[1] + timedelta(
                minutes=3
            ):
                for tb in ("orders_OFFLINE", "sessions_OFFLINE"):
                    x = L(
                        "controller",
                        x + secs(r, 0.01, 0.1),
                        "WARN",
                        "SegmentStatusChecker",
                        th,
                        "Table {} has {} replicas, below replication threshold :{}",
                        f"Table {tb} has 1 replicas, below replication threshold :2",
                    )
            x = L(
                "controller",
                x + secs(r, 0.01, 2),
                "INFO",
                "BasePeriodicTask",
                th,
                "Finish running task: {} in {}ms",
                f"Finish running task: {name} in {r.randrange(3, 900)}ms",
            )
            t += timedelta(seconds=every) + secs(r, -0.5, 0.5)
    return fs.logs(t0)


# ----------------------------------------------------------------------------- starrocks

SR_TABLES = ["orders", "order_items", "page_views", "clicks"]


def starrocks(r: random.Random) -> list[Log]:
    """A StarRocks cluster's leader FE and two of its three backends, 06:00 to 09:00 (+08:00):
    a stream load about every 48 s (the tables picked at random), the tablet checker every 20 s,
    compactions, hourly checkpoints; be2 killed for memory at 07:40 and back at 07:52; a
    client retrying a used label; a load with bad rows."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(9, 0)
    dead = (at(7, 40, 12), at(7, 52, 30))

    def F(
        t: datetime,
        level: str,
        thread: str,
        tid: int,
        where: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "fe.log",
            t,
            label,
            lambda t: (
                [f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}+08:00 {level} ({thread}|{tid}) [{where}] {msg}"]
                + (more or [])
            ),
            proc=("fe", thread),
        )

    def B(h: str, t: datetime, lvl: str, tid: int, where: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}.INFO",
            t,
            label,
            lambda t: [f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {tid} {where}] {msg}"],
            proc=(h, tid),
        )

    def header(h: str, t: datetime) -> datetime:
        return fs.add(
            f"{h}.INFO",
            t,
            "Log file created at: %s",
            lambda t: [
                f"Log file created at: {t:%Y/%m/%d %H:%M:%S}",
                f"Running on machine: sr-{h}",
                "Running duration (h:mm:ss): 0:00:00",
                "Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg",
            ],
            proc=(h, "hdr"),
        )

    header("be1", t0 - timedelta(days=1, hours=3))
    header("be2", t0 - timedelta(days=1, hours=3))
    txn = 381_200
    db = 11_009
    bid = {"be1": 10_002, "be2": 10_003, "be3": 10_004}

    def tstate(tx: int, label: str, status: str, tbl: int, t: datetime, be: str) -> str:
        return f"TransactionState. txn_id: {tx}, label: {label}, db id: {db}, table id list: {tbl}, callback id: -1, coordinator: BE: 10.0.2.{11 + int(be[-1])}, transaction status: {status}, error replicas num: 0, replica ids: , prepare time: {int(t.timestamp() * 1000)}, write end time: {int(t.timestamp() * 1000) + r.randrange(200, 3000)}, commit time: {int(t.timestamp() * 1000) + r.randrange(3000, 4000)}, finish time: -1, reason: "

    used_label = None
    for t in poisson(r, t0, t_end, 48):
        txn += 1
        tbl_name = r.choice(SR_TABLES)
        tbl = 12_001 + SR_TABLES.index(tbl_name)
        label = f"flink_connector_{t:%Y%m%d_%H%M%S}_{hexid(r, 8)}"
        be = r.choice(["be1", "be2", "be3"])
        if dead[0] <= t < dead[1] and be == "be2":
            be = "be1"
        th = f"thrift-server-pool-{r.randrange(0, 64)}"
        if used_label and at(8, 20) <= t < at(8, 30):
            F(
                t,
                "WARN",
                th,
                r.randrange(150, 400),
                "FrontendServiceImpl.loadTxnBegin():1166",
                "failed to begin: {}",
                f"failed to begin: Label [{used_label}] has already been used.",
            )
            continue
        if at(8, 19) <= t < at(8, 20):
            used_label = label
        x = F(
            t,
            "INFO",
            th,
            r.randrange(150, 400),
            "DatabaseTransactionMgr.beginTransaction():412",
            "begin transaction: txn_id: {} with label {} from coordinator {}, listner id: {}",
            f"begin transaction: txn_id: {txn} with label {label} from coordinator BE: 10.0.2.{11 + int(be[-1])}, listner id: {tbl}",
        )
        tid = r.randrange(31300, 31500)
        lid = f"{hexid(r, 16)}-{hexid(r, 16)}"
        if be in ("be1", "be2"):
            B(
                be,
                t - secs(r, 0.01, 0.05),
                "I",
                tid,
                "stream_load.cpp:245",
                "new income streaming load request.id=%s, job_id=%d, txn_id=%d, label=%s, db=%s, tbl=%s",
                f"new income streaming load request.id={lid}, job_id=-1, txn_id=-1, label={label}, db=shop, tbl={tbl_name}",
            )
        if dead[0] - timedelta(minutes=1) <= t < dead[0] and be == "be1":
            B(
                "be1",
                x + secs(r, 0.5, 2),
                "W",
                tid,
                "node_channel.cpp:512",
                "NodeChannel[%s] add batch failed, load_id=%s, txn_id=%d, node=%s:%d, errmsg=%s",
                f"NodeChannel[{tbl}-{bid['be2']}] add batch failed, load_id={lid}, txn_id={txn}, node=10.0.2.13:8060, errmsg=Connection refused",
            )
        bad = at(6, 50) <= t < at(7, 10) and tbl_name == "clicks"
        if bad:
            nbad = r.randrange(2000, 9000)
            if be in ("be1", "be2"):
                B(
                    be,
                    x + secs(r, 0.5, 2),
                    "W",
                    tid,
                    "stream_load_executor.cpp:109",
                    "fragment execute failed, query_id=%s, err_msg=%s, %s",
                    f"fragment execute failed, query_id={lid}, err_msg=too many filtered rows, id={lid}, job_id=-1, txn_id={txn}, label={label}, db=shop, tbl={tbl_name}",
                )
            F(
                x + secs(r, 1, 3),
                "INFO",
                th,
                r.randrange(150, 400),
                "DatabaseTransactionMgr.abortTransaction():1418",
                "transaction:[{}] successfully rollback",
                "transaction:["
                + tstate(txn, label, "ABORTED", tbl, t, be).replace(
                    "reason: ", f"reason: too many filtered rows, filtered {nbad} rows"
                )
                + "] successfully rollback",
            )
            continue
        y = F(
            x + secs(r, 1, 4),
            "INFO",
            th,
            r.randrange(150, 400),
            "DatabaseTransactionMgr.commitTransaction():632",
            "transaction:[{}] successfully committed",
            f"transaction:[{tstate(txn, label, 'COMMITTED', tbl, t, be)}] successfully committed",
        )
        F(
            y + secs(r, 0.05, 0.5),
            "INFO",
            "PUBLISH_VERSION",
            52,
            "DatabaseTransactionMgr.finishTransaction():1178",
            "finish transaction {} successfully",
            f"finish transaction {tstate(txn, label, 'VISIBLE', tbl, t, be)} successfully",
        )
        if be in ("be1", "be2"):
            B(
                be,
                y + secs(r, 0.6, 1),
                "I",
                tid,
                "stream_load.cpp:148",
                "finished to execute stream load. id=%s, job_id=%d, txn_id=%d, label=%s, db=%s, tbl=%s, receive_data_cost_ms=%d, commit_and_publish_txn_cost_ms=%d",
                f"finished to execute stream load. id={lid}, job_id=-1, txn_id={txn}, label={label}, db=shop, tbl={tbl_name}, receive_data_cost_ms={r.randrange(100, 2500)}, commit_and_publish_txn_cost_ms={r.randrange(50, 900)}",
            )

    # tablet checker
    t = t0 + secs(r, 0, 20)
    total = 14_212
    while t < t_end:
        unh = 0
        if dead[0] + timedelta(seconds=30) <= t < dead[1] + timedelta(minutes=4):
            unh = r.randrange(3000, 4800)
        F(
            t,
            "INFO",
            "tablet checker",
            47,
            "TabletChecker.checkTablets():412",
            "finished to check tablets. checkInPrios: {}, unhealthy/total/added/in_sched/not_ready: {}/{}/{}/{}/{}, cost: {} ms",
            f"finished to check tablets. checkInPrios: false, unhealthy/total/added/in_sched/not_ready: {unh}/{total}/{min(unh, 2000)}/{min(unh, 2000)}/0, cost: {r.randrange(8, 60)} ms",
        )
        t += timedelta(seconds=20) + secs(r, 0, 0.1)

    # heartbeats while be2 is dead
    t = dead[0] + secs(r, 1, 5)
    hb = 0
    while t < dead[1]:
        hb += 1
        F(
            t,
            "WARN",
            "heartbeat mgr",
            46,
            "HeartbeatMgr.runAfterCatalogReady():151",
            "get bad heartbeat response: {}",
            "get bad heartbeat response: type: BACKEND, status: BAD, msg: java.net.ConnectException: Connection refused (Connection refused)",
        )
        if hb == 3:
            F(
                t + secs(r, 0.001, 0.01),
                "WARN",
                "heartbeat mgr",
                46,
                "Backend.handleHbResponse():620",
                "{} is dead due to exceed heartbeatRetryTimes",
                f"Backend [id={bid['be2']}, host=10.0.2.13, heartbeatPort=9050, alive=false] is dead due to exceed heartbeatRetryTimes",
            )
        t += timedelta(seconds=5) + secs(r, 0, 0.05)
    F(
        t,
        "INFO",
        "heartbeat mgr",
        46,
        "Backend.handleHbResponse():601",
        "{} is back to alive",
        f"Backend [id={bid['be2']}, host=10.0.2.13, heartbeatPort=9050, alive=true] is back to alive",
    )

    # checkpoints
    img = 88_412_007
    for k in range(3):
        t = t0 + timedelta(hours=k, minutes=r.randrange(10, 50))
        img += r.randrange(3000, 6000)
        x = F(
            t,
            "INFO",
            "leaderCheckpointer",
            43,
            "Checkpoint.runAfterCatalogReady():98",
            "begin to generate new image: image.{}",
            f"begin to generate new image: image.{img}",
        )
        x = F(
            x + secs(r, 5, 30),
            "INFO",
            "leaderCheckpointer",
            43,
            "Checkpoint.runAfterCatalogReady():148",
            "checkpoint finished save image.{}",
            f"checkpoint finished save image.{img}",
        )
        F(
            x + secs(r, 0.5, 3),
            "INFO",
            "leaderCheckpointer",
            43,
            "Checkpoint.runAfterCatalogReady():196",
            "push image.{} to other nodes. totally {} nodes, push succeeded {} nodes",
            f"push image.{img} to other nodes. totally 2 nodes, push succeeded 2 nodes",
        )

    # backends: compactions
    for h in ("be1", "be2"):
        for t in poisson(r, t0, t_end, 55):
            if h == "be2" and dead[0] <= t < dead[1]:
                continue
            tab = f"{r.randrange(12_100, 14_900)}"
            tid = r.randrange(31500, 31560)
            if r.random() < 0.1:
                B(
                    h,
                    t,
                    "I",
                    tid,
                    "base_compaction.cpp:112",
                    "succeed to do base compaction. tablet=%s, output_version=%s, segments=%d. elapsed time=%.3fs.",
                    f"succeed to do base compaction. tablet={tab}, output_version=0-{r.randrange(200, 900)}, segments={r.randrange(1, 4)}. elapsed time={r.uniform(0.2, 9):.3f}s.",
                )
            else:
                a = r.randrange(200, 900)
                B(
                    h,
                    t,
                    "I",
                    tid,
                    "cumulative_compaction.cpp:104",
                    "succeed to do cumulative compaction. tablet=%s, output_version=%s, segments=%d. elapsed time=%.3fs.",
                    f"succeed to do cumulative compaction. tablet={tab}, output_version={a}-{a + r.randrange(3, 12)}, segments=1. elapsed time={r.uniform(0.01, 0.9):.3f}s.",
                )
    # be2's memory and death
    x = dead[0] - timedelta(minutes=3)
    while x < dead[0]:
        x = B(
            "be2",
            x + secs(r, 2, 10),
            "W",
            r.randrange(31300, 31500),
            "mem_tracker.cpp:188",
            "Memory of %s exceed limit. %s Used: %d, Limit: %d. Mem usage has exceed the limit of BE",
            f"Memory of process exceed limit. QUERY Backend: 10.0.2.13, fragment: {hexid(r, 16)}-{hexid(r, 16)} Used: {r.randrange(61_000_000_000, 64_000_000_000)}, Limit: 60129542144. Mem usage has exceed the limit of BE",
        )
    x = header("be2", dead[1] - timedelta(seconds=40))
    x = B(
        "be2",
        x + secs(r, 0.001, 0.01),
        "I",
        40011,
        "starrocks_main.cpp:172",
        "%s",
        "starrocks-3.2.8 RELEASE (build 2f9b1d7)",
    )
    x = B(
        "be2",
        x + secs(r, 0.01, 0.05),
        "I",
        40011,
        "daemon.cpp:287",
        "version %s",
        "version 3.2.8-2f9b1d7",
    )
    x = B(
        "be2",
        x + secs(r, 0.1, 0.5),
        "I",
        40011,
        "storage_engine.cpp:201",
        "Opening DataDir: %s",
        "Opening DataDir: /data/starrocks/storage",
    )
    x = B(
        "be2",
        x + secs(r, 5, 20),
        "I",
        40011,
        "data_dir.cpp:480",
        "load tablet from meta finished, loaded tablet: %d, error tablet: %d, path: %s",
        f"load tablet from meta finished, loaded tablet: {r.randrange(4700, 4800)}, error tablet: 0, path: /data/starrocks/storage",
    )
    x = B(
        "be2",
        x + secs(r, 0.5, 2),
        "I",
        40011,
        "starrocks_main.cpp:401",
        "BE started successfully",
        "BE started successfully",
    )
    B(
        "be2",
        x + secs(r, 3, 6),
        "I",
        40077,
        "heartbeat_server.cpp:89",
        "get heartbeat from FE.host:%s, port:%d, cluster id:%d, counter:%d",
        f"get heartbeat from FE.host:10.0.2.11, port:9020, cluster id:{1_187_331_904}, counter:1",
    )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- vertica

VT_SELECTS = [
    "select region, sum(revenue) from public.daily_sales where sale_date >= current_date - 7 group by 1 order by 2 desc",
    "select count(*) from public.page_views where view_ts > now() - interval '1 hour'",
    "SELECT customer_id, lifetime_value FROM analytics.customer_ltv WHERE segment = 'gold' LIMIT 100",
    "select product_id, avg(rating) from public.reviews group by product_id having count(*) > 20",
    "SELECT 1",
    "select node_name, node_state from nodes",
]
VT_LOADS = [
    "COPY public.page_views FROM '/data/incoming/pv_{n}.csv.gz' GZIP DELIMITER ',' DIRECT",
    "INSERT INTO public.daily_sales SELECT * FROM staging.daily_sales_load",
    "COPY public.orders FROM '/data/incoming/orders_{n}.csv' DELIMITER '|' ABORT ON ERROR",
]


def vertica(r: random.Random) -> list[Log]:
    """A three-node Vertica cluster, 06:00 to 09:00: dashboards' queries on node0001 and
    node0002, loads every two minutes, the tuple mover; node0003 killed at 07:30 and started
    at 07:44; a lock timeout behind a long COPY at 08:15; syntax errors."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(9, 0)
    n3_down = (at(7, 30, 7), at(7, 44, 2))
    nodes = ["v_vdb_node0001", "v_vdb_node0002", "v_vdb_node0003"]

    def fname(n: str) -> str:
        return f"{n[-8:]}-vertica.log"

    def V(n: str, t: datetime, thread: str, sub: str, level: str, label: str, msg: str) -> datetime:
        head = f"{thread} [{sub}] <{level}>" if sub else f"{thread} <{level}>"
        return fs.add(
            fname(n),
            t,
            label,
            lambda t: [f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} {head} {msg}"],
            proc=(n, thread),
        )

    def addr() -> str:
        return f"0x7f{hexid(r, 10)}"

    txnc = {n: 0xA0000000000000 + r.randrange(0x10000, 0x90000) for n in nodes}
    conn = {n: r.randrange(3, 9) for n in nodes}
    epoch = 0x2A1F3
    catv = 1_214_553

    def session(n: str, t: datetime, n_q: int) -> None:
        nonlocal epoch, catv
        th = f"Init Session:{addr()}"
        conn[n] += 1
        host = f"10.0.5.{r.randrange(20, 60)}"
        user = r.choice(["tableau", "looker", "etl_user", "dbadmin"])
        x = V(
            n,
            t,
            th,
            "",
            "LOG",
            "@%s: 00000/2705: Connection received: host=%s port=%d (connCnt %d)",
            f"@{n}: 00000/2705: Connection received: host={host} port={r.randrange(30000, 65000)} (connCnt {conn[n]})",
        )
        x = V(
            n,
            x + secs(r, 0.001, 0.005),
            th,
            "",
            "LOG",
            "@%s: 00000/4540: Received SSL negotiation startup packet",
            f"@{n}: 00000/4540: Received SSL negotiation startup packet",
        )
        x = V(
            n,
            x + secs(r, 0.001, 0.005),
            th,
            "",
            "LOG",
            "@%s: 00000/4691: Sending SSL negotiation response '%s'",
            f"@{n}: 00000/4691: Sending SSL negotiation response 'Y'",
        )
        x = V(
            n,
            x + secs(r, 0.01, 0.05),
            th,
            "",
            "LOG",
            "@%s: 00000/2703: Connection authenticated: user=%s database=%s host=%s",
            f"@{n}: 00000/2703: Connection authenticated: user={user} database=vdb host={host}",
        )
        for _ in range(n_q):
            x += secs(r, 0.2, 20)
            txnc[n] += 1
            tx = f"{txnc[n]:x}"
            sth = f"Init Session:{th.split(':')[1]}-{tx}"
            if r.random() < 0.04:
                bad = r.choice(["selec", "form", "grup", "limt"])
                V(
                    n,
                    x,
                    sth,
                    "",
                    "ERROR",
                    '@%s: 42601/4856: Syntax error at or near "%s" at character %d',
                    f'@{n}: 42601/4856: Syntax error at or near "{bad}" at character {r.randrange(1, 60)}',
                )
                continue
            if r.random() < 0.03:
                V(
                    n,
                    x,
                    sth,
                    "",
                    "ERROR",
                    '@%s: 42V01/4566: Relation "%s" does not exist',
                    f'@{n}: 42V01/4566: Relation "{r.choice(["public.daily_sale", "analytics.customer_ltv_v2", "tmp_orders"])}" does not exist',
                )
                continue
            q = r.choice(VT_SELECTS)
            x = V(n, x, sth, "Txn", "INFO", "Begin Txn: %s '%s'", f"Begin Txn: {tx} '{q}'")
            x = V(
                n,
                x + timedelta(milliseconds=r.randrange(5, 4000)),
                sth,
                "Txn",
                "INFO",
                "Rollback Txn: %s '%s'",
                f"Rollback Txn: {tx} '{q}'",
            )
        conn[n] -= 1
        V(
            n,
            x + secs(r, 0.01, 3),
            th,
            "Session",
            "INFO",
            "Session %s ended; closing connection (connCnt %d)",
            f"Session {n}-{hexid(r, 6)}:0x{hexid(r, 5)} ended; closing connection (connCnt {conn[n]})",
        )

    for n in nodes[:2]:
        for t in poisson(r, t0, t_end, 100):
            session(n, t, r.randrange(1, 5))
    # loads
    for t in poisson(r, t0, t_end, 120):
        n = nodes[0]
        txnc[n] += 1
        tx = f"{txnc[n]:x}"
        th = f"Init Session:{addr()}-{tx}"
        q = r.choice(VT_LOADS).replace("{n}", f"{t:%Y%m%d%H%M}")
        x = V(n, t, th, "Txn", "INFO", "Begin Txn: %s '%s'", f"Begin Txn: {tx} '{q}'")
        if at(8, 15) <= t < at(8, 35) and q.startswith("INSERT"):
            V(
                n,
                x + timedelta(minutes=5),
                th,
                "",
                "ERROR",
                "@%s: 55V03/5157: Unavailable: [Txn %s] %s lock table - timeout error Timed out %s locking Table:%s. %s held by [%s]. Your current transaction isolation level is %s",
                f"@{n}: 55V03/5157: Unavailable: [Txn 0x{tx}] I lock table - timeout error Timed out I locking Table:public.daily_sales. X held by [user etl_user (COPY public.daily_sales FROM '/data/backfill/sales_2024_05.csv' DELIMITER '|' DIRECT)]. Your current transaction isolation level is READ COMMITTED",
            )
            continue
        x = V(
            n,
            x + secs(r, 1, 30),
            th,
            "Txn",
            "INFO",
            "Starting Commit: Txn: %s '%s'",
            f"Starting Commit: Txn: {tx} '{q}'",
        )
        epoch += 1
        catv += r.randrange(1, 4)
        V(
            n,
            x + secs(r, 0.01, 0.2),
            th,
            "Txn",
            "INFO",
            "Commit Complete: Txn: %s at epoch 0x%x and new global catalog version %d",
            f"Commit Complete: Txn: {tx} at epoch 0x{epoch:x} and new global catalog version {catv}",
        )
    # tuple mover
    for n in nodes:
        t = t0 + secs(r, 0, 600)
        while t < t_end:
            if not (n == nodes[2] and n3_down[0] <= t < n3_down[1] + timedelta(minutes=2)):
                th = f"TM Mergeout(0{r.randrange(0, 2)}):{addr()}"
                if r.random() < 0.35:
                    V(
                        n,
                        t,
                        th,
                        "TM",
                        "INFO",
                        "Tuple Mover: nothing to merge out",
                        "Tuple Mover: nothing to merge out",
                    )
                else:
                    txnc[n] += 1
                    tx = f"{txnc[n]:x}"
                    proj = r.choice(
                        [
                            "public.page_views_b0",
                            "public.page_views_b1",
                            "public.orders_b0",
                            "public.daily_sales_super",
                        ]
                    )
                    x = V(
                        n,
                        t,
                        th,
                        "TM",
                        "INFO",
                        "Tuple Mover: found work for projection %s: %s",
                        f"Tuple Mover: found work for projection {proj}: {r.randrange(2, 30)} ROS containers",
                    )
                    x = V(
                        n,
                        x + secs(r, 0.01, 0.1),
                        th + f"-{tx}",
                        "Txn",
                        "INFO",
                        "Begin Txn: %s '%s'",
                        f"Begin Txn: {tx} 'Mergeout: Tuple Mover'",
                    )
                    x = V(
                        n,
                        x + secs(r, 1, 40),
                        th + f"-{tx}",
                        "Txn",
                        "INFO",
                        "Starting Commit: Txn: %s '%s'",
                        f"Starting Commit: Txn: {tx} 'Mergeout: Tuple Mover'",
                    )
                    V(
                        n,
                        x + secs(r, 0.01, 0.2),
                        th + f"-{tx}",
                        "Txn",
                        "INFO",
                        "Commit Complete: Txn: %s at epoch 0x%x and new global catalog version %d",
                        f"Commit Complete: Txn: {tx} at epoch 0x{epoch:x} and new global catalog version {catv + r.randrange(1, 9)}",
                    )
            t += timedelta(seconds=600) + secs(r, -1, 1)
    # node0003 goes down
    for n in nodes[:2]:
        th = f"Spread Service InOrder Queue:{addr()}"
        x = V(
            n,
            n3_down[0] + secs(r, 0.1, 1),
            th,
            "Comms",
            "INFO",
            "nodeSetNotifier: node %s left the cluster",
            f"nodeSetNotifier: node {nodes[2]} left the cluster",
        )
        x = V(
            n,
            x + secs(r, 0.01, 0.1),
            th,
            "Recover",
            "INFO",
            "Node left cluster, reassessing k-safety...",
            "Node left cluster, reassessing k-safety...",
        )
        x = V(
            n,
            x + secs(r, 0.01, 0.1),
            th,
            "Recover",
            "INFO",
            "Cluster partitioning: %d total nodes, %d up nodes, %d down nodes",
            "Cluster partitioning: 3 total nodes, 2 up nodes, 1 down nodes",
        )
        x = V(
            n,
            x + secs(r, 0.01, 0.1),
            th,
            "Recover",
            "INFO",
            "Changing node %s startup state from %s to %s",
            f"Changing node {nodes[2]} startup state from UP to DOWN",
        )
        y = n3_down[1] + secs(r, 5, 10)
        for a, b in (
            ("DOWN", "INITIALIZING"),
            ("INITIALIZING", "RECOVERING"),
            ("RECOVERING", "UP"),
        ):
            y = V(
                n,
                y,
                th,
                "Recover",
                "INFO",
                "Changing node %s startup state from %s to %s",
                f"Changing node {nodes[2]} startup state from {a} to {b}",
            )
            y += secs(r, 5, 60)
    n = nodes[2]
    mth = f"Main:{addr()}"
    x = V(
        n,
        n3_down[1],
        mth,
        "",
        "INFO",
        "Log %s opened; #%d",
        f"Log /vertica/data/vdb/{n}_catalog/vertica.log opened; #4",
    )
    x = V(
        n,
        x + secs(r, 0.001, 0.01),
        mth,
        "Init",
        "INFO",
        "Starting up Vertica Analytic Database %s",
        "Starting up Vertica Analytic Database v12.0.4-0",
    )
    x = V(
        n,
        x + secs(r, 0.001, 0.01),
        mth,
        "Init",
        "INFO",
        "Processing command line: %s",
        f"Processing command line: /opt/vertica/bin/vertica -D /vertica/data/vdb/{n}_catalog -C vdb -n {n} -h 10.0.5.13 -p 5433 -P 4803 -Y ipv4",
    )
    x = V(
        n,
        x + secs(r, 0.001, 0.01),
        mth,
        "Init",
        "INFO",
        "Starting up Vertica Analytic Database %s",
        "Starting up Vertica Analytic Database v12.0.4-0",
    )
    for a, b in (
        ("INITIALIZING", "VALIDATING"),
        ("VALIDATING", "STARTUP"),
        ("STARTUP", "READY"),
        ("READY", "RECOVERING"),
        ("RECOVERING", "UP"),
    ):
        x = V(
            n,
            x + secs(r, 1, 30),
            mth,
            "Recover",
            "INFO",
            "Changing node %s startup state from %s to %s",
            f"Changing node {n} startup state from {a} to {b}",
        )
        if b == "RECOVERING":
            for proj in (
                "public.page_views_b0",
                "public.page_views_b1",
                "public.orders_b0",
                "public.orders_b1",
                "public.daily_sales_super",
                "analytics.customer_ltv_super",
            ):
                x = V(
                    n,
                    x + secs(r, 0.5, 8),
                    f"RecoverProjection:{addr()}",
                    "Recover",
                    "INFO",
                    "Recovering projection %s",
                    f"Recovering projection {proj}",
                )
    return fs.logs(t0)


# ----------------------------------------------------------------------------- greenplum

GP_QUERIES = [
    "select count(*) from sales.orders where order_date = current_date",
    "SELECT region_id, sum(amount) FROM sales.orders o JOIN sales.regions r USING (region_id) GROUP BY 1",
    "select * from marts.daily_kpis order by kpi_date desc limit 30",
    "SET search_path TO marts, public",
    "select version()",
    "BEGIN",
    "COMMIT",
]
GP_MULTI = [
    "WITH recent AS (\n    SELECT customer_id, max(order_ts) AS last_ts\n    FROM sales.orders\n    GROUP BY customer_id\n)\nSELECT c.segment, count(*)\nFROM recent r JOIN sales.customers c USING (customer_id)\nWHERE r.last_ts > now() - interval '30 days'\nGROUP BY 1",
    "SELECT product_id,\n       sum(qty) AS units,\n       sum(amount) AS revenue\nFROM sales.order_items\nGROUP BY product_id\nORDER BY revenue DESC\nLIMIT 50",
]


def greenplum(r: random.Random) -> list[Log]:
    """The coordinator of a Greenplum 6 cluster, 06:00 to 10:00: BI sessions, checkpoints every
    five minutes, sdw2's primary (content 2) down at 07:30 until its mirror is promoted,
    statement timeouts and VMEM cancellations in the 08:30 batch, bad SQL."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(10, 0)
    seg_down = (at(7, 30, 12), at(7, 31, 5))
    f = "gpdb-2024-06-04_000000.csv"

    def q(s: str | None) -> str:
        return "" if s is None else '"' + s.replace('"', '""') + '"'

    def G(
        t: datetime,
        pid: int,
        label: str,
        msg: str,
        *,
        user: str | None = None,
        dbn: str | None = None,
        host: str | None = None,
        port: str | None = None,
        sess: datetime | None = None,
        con: int | None = None,
        cmd: int | None = None,
        sev: str = "LOG",
        state: str = "00000",
        detail: str | None = None,
        hint: str | None = None,
        dqs: str | None = None,
        pos: int = 0,
        src: tuple[str, int] = ("postgres.c", 1664),
    ) -> datetime:
        def text(t: datetime) -> list[str]:
            cols = [
                f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d} UTC",
                q(user),
                q(dbn),
                f"p{pid}",
                f"th-{1847211904 + pid % 1000}",
                q(host),
                q(port),
                f"{sess:%Y-%m-%d %H:%M:%S} UTC" if sess else "",
                "0",
                f"con{con}" if con else "",
                f"cmd{cmd}" if cmd else "",
                "seg-1",
                "",
                "",
                "",
                "",
                q(sev),
                q(state),
                q(msg),
                q(detail),
                q(hint),
                "",
                "",
                "",
                q(dqs),
                str(pos),
                "",
                q(src[0]),
                str(src[1]),
                "",
            ]
            return ",".join(cols).split("\n")

        return fs.add(f, t, label, text, proc=pid)

    con = 4100
    for t in poisson(r, t0, t_end, 38):
        con += 1
        pid = r.randrange(20000, 60000)
        user, dbn = r.choice(
            [
                ("bi_user", "analytics"),
                ("tableau", "analytics"),
                ("etl", "warehouse"),
                ("gpadmin", "postgres"),
            ]
        )
        host, port = f"10.0.4.{r.randrange(10, 90)}", str(r.randrange(30000, 65000))
        kw = {"user": user, "dbn": dbn, "host": host, "port": port, "sess": t, "con": con}
        x = G(
            t,
            pid,
            "connection received: host=%s port=%s",
            f"connection received: host={host} port={port}",
            host=host,
            port=port,
            sess=t,
            src=("postmaster.c", 4443),
        )
        x = G(
            x + secs(r, 0.002, 0.02),
            pid,
            "connection authorized: user=%s database=%s",
            f"connection authorized: user={user} database={dbn}",
            **kw,
            src=("postinit.c", 312),
        )
        cmd = 0
        for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
            cmd += 1
            x += secs(r, 0.01, 5)
            if r.random() < 0.04:
                bad = r.choice(
                    ["selct count(*) from sales.orders", "select * form marts.daily_kpis"]
                )
                G(
                    x,
                    pid,
                    'syntax error at or near "%s"',
                    f'syntax error at or near "{bad.split()[0] if bad.startswith("selct") else "form"}"',
                    **kw,
                    cmd=cmd,
                    sev="ERROR",
                    state="42601",
                    dqs=bad,
                    pos=1 if bad.startswith("selct") else 10,
                    src=("scan.l", 1127),
                )
                continue
            if r.random() < 0.03:
                rel = r.choice(["marts.daily_kpi", "sales.order_itmes", "tmp_report"])
                G(
                    x,
                    pid,
                    'relation "%s" does not exist',
                    f'relation "{rel}" does not exist',
                    **kw,
                    cmd=cmd,
                    sev="ERROR",
                    state="42P01",
                    dqs=f"select * from {rel}",
                    pos=15,
                    src=("parse_relation.c", 1159),
                )
                continue
            sql = r.choice(GP_MULTI) if r.random() < 0.2 else r.choice(GP_QUERIES)
            x = G(
                x,
                pid,
                "statement: %s",
                f"statement: {sql}",
                **kw,
                cmd=cmd,
                dqs=sql,
                src=("postgres.c", 1664),
            )
            if seg_down[0] <= x < seg_down[1] + timedelta(seconds=20) and sql.lower().startswith(
                ("select", "with")
            ):
                G(
                    x + secs(r, 0.01, 0.1),
                    pid,
                    "failed to acquire resources on one or more segments",
                    "failed to acquire resources on one or more segments",
                    **kw,
                    cmd=cmd,
                    sev="ERROR",
                    state="58M01",
                    detail='could not connect to server: Connection refused\n\tIs the server running on host "sdw2" (10.0.4.102) and accepting\n\tTCP/IP connections on port 6002?\n (seg2 10.0.4.102:6002)',
                    dqs=sql,
                    src=("cdbgang_async.c", 302),
                )
                continue
            if at(8, 30) <= x < at(8, 50) and r.random() < 0.3:
                if r.random() < 0.5:
                    G(
                        x + timedelta(minutes=2),
                        pid,
                        "canceling statement due to statement timeout",
                        "canceling statement due to statement timeout",
                        **kw,
                        cmd=cmd,
                        sev="ERROR",
                        state="57014",
                        dqs=sql,
                        src=("postgres.c", 3641),
                    )
                else:
                    used = r.randrange(7800, 8100)
                    G(
                        x + secs(r, 5, 60),
                        pid,
                        "Canceling query because of high VMEM usage. Used: %dMB, available %dMB, red zone: %dMB",
                        f"Canceling query because of high VMEM usage. Used: {used}MB, available {8192 - used}MB, red zone: 7372MB",
                        **kw,
                        cmd=cmd,
                        sev="ERROR",
                        state="XX000",
                        dqs=sql,
                        src=("runaway_cleaner.c", 197),
                    )
                continue
            dur = r.expovariate(1 / 400)
            if sql.startswith(("WITH", "SELECT product_id")):
                dur += 1500
            if dur > 1000:
                x = G(
                    x + timedelta(milliseconds=dur),
                    pid,
                    "duration: %s ms",
                    f"duration: {dur:.3f} ms",
                    **kw,
                    cmd=cmd,
                    src=("postgres.c", 1906),
                )
        el = x - t + secs(r, 0.01, 2)
        s = el.total_seconds()
        G(
            t + el,
            pid,
            "disconnection: session time: %d:%02d:%02d.%03d user=%s database=%s host=%s port=%s",
            f"disconnection: session time: {int(s // 3600)}:{int(s % 3600 // 60):02d}:{int(s % 60):02d}.{int(s * 1000) % 1000:03d} user={user} database={dbn} host={host} port={port}",
            **kw,
            src=("postgres.c", 5012),
        )
    # a reporting job with a stale password, a client that drops its connection, bad dates
    for t in poisson(r, at(6, 20), at(7, 10), 30):
        pid = r.randrange(20000, 60000)
        host, port = "10.0.4.77", str(r.randrange(30000, 65000))
        x = G(
            t,
            pid,
            "connection received: host=%s port=%s",
            f"connection received: host={host} port={port}",
            host=host,
            port=port,
            sess=t,
            src=("postmaster.c", 4443),
        )
        G(
            x + secs(r, 0.002, 0.02),
            pid,
            'password authentication failed for user "%s"',
            'password authentication failed for user "report_svc"',
            user="report_svc",
            dbn="analytics",
            host=host,
            port=port,
            sess=t,
            sev="FATAL",
            state="28P01",
            detail='Connection matched pg_hba.conf line 92: "host all all 10.0.4.0/24 md5"',
            src=("auth.c", 307),
        )
    for t in poisson(r, t0, t_end, 900):
        pid = r.randrange(20000, 60000)
        G(
            t,
            pid,
            "could not receive data from client: %s",
            "could not receive data from client: Connection reset by peer",
            user="tableau",
            dbn="analytics",
            host=f"10.0.4.{r.randrange(10, 90)}",
            port=str(r.randrange(30000, 65000)),
            sess=t - secs(r, 60, 3000),
            con=r.randrange(3000, 4100),
            src=("pqcomm.c", 1503),
        )
        G(
            t + secs(r, 0.001, 0.005),
            pid,
            "unexpected EOF on client connection with an open transaction",
            "unexpected EOF on client connection with an open transaction",
            user="tableau",
            dbn="analytics",
            sev="LOG",
            state="08P01",
            src=("postgres.c", 392),
        )
    for t in poisson(r, at(9, 0), at(9, 40), 200):
        pid = r.randrange(20000, 60000)
        d = r.choice(["2024-06-31", "06/04/2024", "yesterday "])
        G(
            t,
            pid,
            'invalid input syntax for type date: "%s"',
            f'invalid input syntax for type date: "{d}"',
            user="etl",
            dbn="warehouse",
            host="10.0.4.15",
            port="40112",
            sess=t - secs(r, 1, 60),
            con=r.randrange(3000, 4100),
            cmd=r.randrange(1, 9),
            sev="ERROR",
            state="22007",
            dqs=f"INSERT INTO staging.orders_load SELECT * FROM ext.orders_csv WHERE order_date = '{d}'",
            src=("datetime.c", 3781),
        )
    # a configuration reload
    x = G(
        at(8, 0, 2),
        2201,
        "received SIGHUP, reloading configuration files",
        "received SIGHUP, reloading configuration files",
        src=("postmaster.c", 2650),
    )
    for k, v in (
        ("statement_timeout", "120s"),
        ("log_min_duration_statement", "1s"),
        ("gp_resource_group_queuing_timeout", "300s"),
    ):
        x = G(
            x + secs(r, 0.001, 0.01),
            2201,
            'parameter "%s" changed to "%s"',
            f'parameter "{k}" changed to "{v}"',
            src=("guc-file.l", 348),
        )
    # checkpoints
    t = t0 + secs(r, 0, 300)
    while t < t_end:
        x = G(t, 2211, "checkpoint starting: %s", "checkpoint starting: time", src=("xlog.c", 8514))
        w = r.randrange(20, 3000)
        wr, sy = r.uniform(1, 270), r.uniform(0.01, 2)
        G(
            x + timedelta(seconds=wr + sy),
            2211,
            "checkpoint complete: wrote %d buffers (%.1f%%); %d transaction log file(s) added, %d removed, %d recycled; write=%ld.%03d s, sync=%ld.%03d s, total=%ld.%03d s; sync files=%d, longest=%ld.%03d s, average=%ld.%03d s",
            f"checkpoint complete: wrote {w} buffers ({w / 40.96:.1f}%); 0 transaction log file(s) added, 0 removed, {r.randrange(0, 4)} recycled; write={wr:.3f} s, sync={sy:.3f} s, total={wr + sy + 0.01:.3f} s; sync files={r.randrange(10, 200)}, longest={sy / 3:.3f} s, average={sy / 60:.3f} s",
            src=("xlog.c", 8596),
        )
        t += timedelta(seconds=300) + secs(r, 0, 0.5)
    # FTS
    x = seg_down[0]
    for k in range(1, 6):
        x = G(
            x + secs(r, 2, 4),
            2217,
            "FTS: cannot establish libpq connection (content=%d, dbid=%d): %s, retry_count=%d",
            f"FTS: cannot establish libpq connection (content=2, dbid=4): could not connect to server: Connection refused, retry_count={k}",
            src=("ftsprobe.c", 226),
        )
    x = G(
        x + secs(r, 0.5, 2),
        2217,
        "FTS: primary (content=%d, dbid=%d) is down, promoting mirror (dbid=%d)",
        "FTS: primary (content=2, dbid=4) is down, promoting mirror (dbid=10)",
        sev="WARNING",
        state="01000",
        src=("fts.c", 611),
    )
    G(
        x + secs(r, 20, 40),
        2217,
        "FTS: mirror (dbid=%d) promoted and in sync, content %d is up",
        "FTS: mirror (dbid=10) promoted and in sync, content 2 is up",
        src=("fts.c", 652),
    )
    return fs.logs(t0)


# ----------------------------------------------------------------------------- tarantool

TT_PATHS = ["/api/cart/%d", "/api/cart/%d/items", "/api/product/%d", "/metrics", "/health"]


def tarantool(r: random.Random) -> list[Log]:
    """A cart service on Tarantool 2.11, the master `cart-1` and its replica `cart-2`, 06:00 to
    10:00: http requests on both (writes on the master), errors for duplicate items and bad
    JSON, hourly checkpoints, cart-1 restarted at 07:40, a slow disk 09:00 to 09:15."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(10, 0)
    restart = at(7, 40, 11)
    slow = (at(9, 0), at(9, 15))
    pid = {"cart-1": 812, "cart-2": 815}
    fid = {"cart-1": 130, "cart-2": 130}

    def T(
        h: str,
        t: datetime,
        fiber: str,
        lvl: str,
        label: str,
        msg: str,
        loc: str = "",
        more: list[str] | None = None,
    ) -> datetime:
        loc = f"{loc} " if loc else ""
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda t: (
                [f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} [{pid[h]}] {fiber} {loc}{lvl}> {msg}"]
                + (more or [])
            ),
            proc=(h, fiber.split("/")[1] if "/" in fiber else fiber),
        )

    def nf(h: str) -> int:
        fid[h] += 1
        return fid[h]

    def startup(h: str, t: datetime, master: bool) -> datetime:
        m = "main/103/init.lua"
        x = T(
            h,
            t,
            "main/101/init.lua",
            "I",
            "Tarantool %s %s",
            "Tarantool 2.11.2-0-g0a4dd2e Linux-x86_64-RelWithDebInfo",
        )
        steps = [
            ("log level %d", "log level 5"),
            ("wal/engine cleanup is paused", "wal/engine cleanup is paused"),
            (
                "mapping %zu bytes for memtx tuple arena...",
                "mapping 1073741824 bytes for memtx tuple arena...",
            ),
            (
                "instance uuid %s",
                f"instance uuid {'5a3c0b9e-0c3e-4d1f-9b1a-2f0d7e1c4a11' if master else '9d2e7f14-6b8a-4c3d-a1e2-7c4b9e0f3d22'}",
            ),
            ("instance vclock %s", f"instance vclock {{1: {r.randrange(8_000_000, 9_000_000)}}}"),
            ("tx_binary: bound to %s", "tx_binary: bound to 0.0.0.0:3301"),
            ("recovery start", "recovery start"),
            (
                "recovering from `%s'",
                f"recovering from `./000000000000{r.randrange(8_000_000, 8_100_000):08d}.snap'",
            ),
            ("cluster uuid %s", "cluster uuid e1f0a2b3-4c5d-4e6f-8a7b-9c0d1e2f3a44"),
            ("building secondary indexes", "building secondary indexes"),
            (
                "adding %d keys to TREE index '%s' ...",
                f"adding {r.randrange(200_000, 300_000)} keys to TREE index 'user_id' ...",
            ),
            (
                "adding %d keys to TREE index '%s' ...",
                f"adding {r.randrange(200_000, 300_000)} keys to TREE index 'updated_at' ...",
            ),
            ("done `%s'", f"done `./000000000000{r.randrange(8_100_000, 8_200_000):08d}.xlog'"),
            ("ready to accept requests", "ready to accept requests"),
            ("leaving orphan mode", "leaving orphan mode"),
            (
                "set '%s' configuration option to %s",
                "set 'listen' configuration option to \"0.0.0.0:3301\"",
            ),
            (
                "set '%s' configuration option to %s",
                "set 'memtx_memory' configuration option to 1073741824",
            ),
            (
                "set '%s' configuration option to %s",
                "set 'replication' configuration option to [\"replicator@10.0.3.11:3301\"]"
                if not master
                else "set 'checkpoint_interval' configuration option to 3600",
            ),
            (
                "set '%s' configuration option to %s",
                "set 'read_only' configuration option to " + ("false" if master else "true"),
            ),
            ("started", "started"),
        ]
        for lab, msg in steps:
            x = T(
                h,
                x + secs(r, 0.002, 0.3 if "keys" not in lab else 4),
                m if lab != "started" else "main/103/init.lua",
                "I",
                lab,
                msg,
            )
        x = T(
            h,
            x + secs(r, 0.002, 0.02),
            "main/103/init.lua",
            "C",
            "entering the event loop",
            "entering the event loop",
        )
        T(
            h,
            x + secs(r, 0.5, 1.5),
            "main/104/gc",
            "I",
            "wal/engine cleanup is resumed",
            "wal/engine cleanup is resumed",
        )
        return x

    # requests
    for h, mean in (("cart-1", 15), ("cart-2", 20)):
        for t in poisson(r, t0, t_end, mean):
            if h == "cart-1" and restart <= t < restart + timedelta(seconds=9):
                continue
            path = r.choice(TT_PATHS)
            if "%d" in path:
                path = path % r.randrange(1000, 99999)
            meth = "GET"
            if h == "cart-1" and "items" in path and r.random() < 0.7:
                meth = r.choice(["POST", "POST", "DELETE"])
            qs = "?full=1" if path.startswith("/api/cart") and r.random() < 0.15 else ""
            peer = f"10.0.3.{r.randrange(20, 40)}:{r.randrange(30000, 65000)}"
            fb = f"main/{nf(h)}/http/{peer}"
            x = T(h, t, fb, "I", "%s %s%s", f"{meth} {path}{qs}")
            req = [
                f"{meth} {path}{qs} HTTP/1.1",
                f"Host: {h}:8080",
                "User-Agent: cart-gateway/2.3",
                "Content-Type: application/json",
                "",
            ]
            tb = [
                "stack traceback:",
                "\t[C]: in function 'error'",
                "\t/srv/cart/app/api.lua:%d: in function 'handler'",
                "\t.rocks/share/tarantool/http/server.lua:735: in function 'process_client'",
                "\t.rocks/share/tarantool/http/server.lua:1208: in function <.rocks/share/tarantool/http/server.lua:1207>",
            ]
            cart = int(path.split("/")[3]) if path.startswith("/api/cart/") else 0
            if meth == "POST" and r.random() >= 0.06 and not (at(8, 5) <= t < at(8, 25)):
                T(
                    h,
                    x + secs(r, 0.001, 0.01),
                    fb,
                    "I",
                    "cart %d: added %s x%d",
                    f"cart {cart}: added sku-{r.randrange(100, 999)} x{r.randrange(1, 5)}",
                )
            elif meth == "DELETE":
                T(
                    h,
                    x + secs(r, 0.001, 0.01),
                    fb,
                    "I",
                    "cart %d: removed %s",
                    f"cart {cart}: removed sku-{r.randrange(100, 999)}",
                )
            if meth == "POST" and r.random() < 0.06:
                T(
                    h,
                    x + secs(r, 0.001, 0.01),
                    fb,
                    "E",
                    'unhandled error: /srv/cart/app/cart.lua:88: Duplicate key exists in unique index "%s" in space "%s" with old tuple - %s and new tuple - %s',
                    f'unhandled error: /srv/cart/app/cart.lua:88: Duplicate key exists in unique index "primary" in space "cart_items" with old tuple - [{path.split("/")[3]}, "sku-{r.randrange(100, 999)}", 1] and new tuple - [{path.split("/")[3]}, "sku-{r.randrange(100, 999)}", 2]',
                    "server.lua:737",
                    [x2.replace("%d", "57") for x2 in tb] + ["request:"] + req,
                )
            elif meth == "POST" and at(8, 5) <= t < at(8, 25) and r.random() < 0.4:
                T(
                    h,
                    x + secs(r, 0.001, 0.01),
                    fb,
                    "E",
                    "unhandled error: /srv/cart/app/api.lua:41: Expected value but found invalid token at character %d",
                    f"unhandled error: /srv/cart/app/api.lua:41: Expected value but found invalid token at character {r.randrange(1, 40)}",
                    "server.lua:737",
                    [x2.replace("%d", "41") for x2 in tb] + ["request:"] + req,
                )
    # the app's expiry fiber on the master
    t = t0 + secs(r, 1, 60)
    while t < t_end:
        if not (restart <= t < restart + timedelta(seconds=10)):
            n = r.randrange(0, 40)
            T(
                "cart-1",
                t,
                "main/118/cart_expiry",
                "I",
                "expired %d carts in %.3f sec",
                f"expired {n} carts in {n * r.uniform(0.0002, 0.001):.3f} sec",
            )
        t += timedelta(seconds=60) + secs(r, 0, 0.05)
    # checkpoints
    for h in ("cart-1", "cart-2"):
        t = t0 + timedelta(minutes=r.randrange(5, 55))
        lsn = r.randrange(8_100_000, 8_200_000)
        while t < t_end:
            if h == "cart-1" and restart - timedelta(minutes=2) <= t < restart + timedelta(
                minutes=2
            ):
                t += timedelta(hours=1)
                continue
            lsn += r.randrange(20_000, 40_000)
            x = T(
                h,
                t,
                "snapshot/101/main",
                "I",
                "saving snapshot `%s'",
                f"saving snapshot `./000000000000{lsn:08d}.snap.inprogress'",
            )
            x = T(h, x + secs(r, 2, 9), "snapshot/101/main", "I", "done", "done")
            x = T(
                h,
                x + secs(r, 0.01, 0.1),
                "main/105/checkpoint_daemon",
                "I",
                "scheduled next checkpoint for %s",
                f"scheduled next checkpoint for {x + timedelta(hours=1):%a %b %d %H:%M:%S %Y}",
            )
            T(
                h,
                x + secs(r, 0.1, 0.5),
                "main/104/gc",
                "I",
                "removed %s",
                f"removed ./000000000000{lsn - 90_000:08d}.snap",
            )
            t += timedelta(hours=1) + secs(r, -2, 2)
    # cart-1's restart
    T("cart-1", restart, "main", "C", "got signal %d - %s", "got signal 15 - Terminated")
    pid["cart-1"] = 27_118
    fid["cart-1"] = 130
    startup("cart-1", restart + secs(r, 2, 3), True)
    # the replica's applier
    ap = "main/112/applier/replicator@10.0.3.11:3301"
    x = T(
        "cart-2",
        restart + secs(r, 0.05, 0.2),
        ap,
        "E",
        "SocketError: unexpected EOF when reading from socket, called on fd %d, aka %s, peer of %s: Broken pipe",
        "SocketError: unexpected EOF when reading from socket, called on fd 23, aka 10.0.3.12:44210, peer of 10.0.3.11:3301: Broken pipe",
        "coio.c:349",
    )
    x = T(
        "cart-2",
        x + secs(r, 0.001, 0.01),
        ap,
        "I",
        "will retry every %.2lf second",
        "will retry every 1.00 second",
    )
    x = T(
        "cart-2",
        x + secs(r, 0.5, 1.2),
        ap,
        "E",
        "SocketError: connect to %s, called on fd %d, aka %s: Connection refused",
        "SocketError: connect to 10.0.3.11:3301, called on fd 24, aka 10.0.3.12:44226: Connection refused",
        "socket.c:1085",
    )
    x = T(
        "cart-2",
        restart + secs(r, 10, 12),
        ap,
        "I",
        "remote master %s at %s running Tarantool %s",
        "remote master 5a3c0b9e-0c3e-4d1f-9b1a-2f0d7e1c4a11 at 10.0.3.11:3301 running Tarantool 2.11.2",
    )
    x = T("cart-2", x + secs(r, 0.001, 0.01), ap, "I", "authenticated", "authenticated")
    x = T("cart-2", x + secs(r, 0.001, 0.01), ap, "I", "subscribed", "subscribed")
    x = T(
        "cart-2",
        x + secs(r, 0.001, 0.01),
        ap,
        "I",
        "remote vclock %s local vclock %s",
        f"remote vclock {{1: {r.randrange(8_300_000, 8_310_000)}}} local vclock {{1: {r.randrange(8_290_000, 8_300_000)}}}",
    )
    T("cart-2", x + secs(r, 0.01, 0.1), ap, "C", "leaving orphan mode", "leaving orphan mode")
    x = T(
        "cart-1",
        restart + secs(r, 10, 12),
        "main/115/main",
        "I",
        "subscribed replica %s at %s",
        "subscribed replica 9d2e7f14-6b8a-4c3d-a1e2-7c4b9e0f3d22 at fd 27, aka 10.0.3.11:3301, peer of 10.0.3.12:44302",
    )
    x = T(
        "cart-1",
        x + secs(r, 0.001, 0.01),
        "main/115/main",
        "I",
        "remote vclock %s local vclock %s",
        f"remote vclock {{1: {r.randrange(8_290_000, 8_300_000)}}} local vclock {{1: {r.randrange(8_300_000, 8_310_000)}}}",
    )
    T(
        "cart-1",
        x + secs(r, 0.01, 0.05),
        "relay/10.0.3.12:44302/101/main",
        "I",
        "recover from `%s'",
        f"recover from `./000000000000{r.randrange(8_280_000, 8_290_000):08d}.xlog'",
    )
    # slow disk
    for h in ("cart-1", "cart-2"):
        for t in poisson(r, slow[0], slow[1], 15 if h == "cart-1" else 30):
            T(
                h,
                t,
                "wal/101/main",
                "W",
                "too long WAL write: %d rows at LSN %lld: %.3f sec",
                f"too long WAL write: {r.randrange(1, 40)} rows at LSN {r.randrange(8_400_000, 8_500_000)}: {r.uniform(0.5, 4):.3f} sec",
                "wal.c:1237",
            )
    return fs.logs(t0)


SYSTEMS = {
    "pinot": pinot,
    "starrocks": starrocks,
    "vertica": vertica,
    "greenplum": greenplum,
    "tarantool": tarantool,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
