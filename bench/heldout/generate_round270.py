#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 270 (pinpoint-collector, centreon, pandora-fms, m3db,
fastnetmon) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five monitoring and observability systems of
one operations team, 06:00 to 12:00 on 2024-06-07. None of the five was in the set.

- Pinpoint APM collector 2.5 (`collector01-pinpoint-collector.log`,
  `collector02-pinpoint-collector.log`: the collectors' rolling file appender, log4j2's
  `%d{MM-dd HH:mm:ss.sss} [%15.15t] %-5level %-40.40logger{1.}:%-3L -- %msg%n`, so the date has no
  year and the "milliseconds" are the seconds again, padded to three digits: `06-07 06:00:41.041
  [ent-Worker(7-0)] INFO  c.n.p.c.r.g.s.AgentLifecycleListener    :54  -- connect:PingSession{...}`).
  36 Java agents of 14 services behind an L4 balancer: rolling deployments all morning (a
  graceful stop is `onCompleted %s` on the span and stat streams and `close:%s/%s`; a killed pod
  is `Failed to ping stream, id=%s, cause=CANCELLED: client cancelled`, `Failed to span stream,
  %s %s %s`, `Failed to stat stream, %s %s %s` and `close:`; every new pod `connect:%s`, some
  `ServiceType is UNDEFINED. Fallback:AgentInfo lookup %s -> %s`); the balancer's idle timeout
  cut to 350 s by a change 07:00-07:45 (every agent's ping stream dropped and reconnected every
  six minutes); HBase region server hbase-rs02 dead 08:40-08:56 (HBase client's
  AsyncRequestFutureImpl `id=..., table=..., attempt=.../..., failureCount=...ops, last
  exception=java.net.ConnectException: Call to address=... failed on connection exception: ...
  retrying after=...ms, operationsToReplay=...` and `... NOT retrying, failed=... -- final
  attempt!`, then `NotServingRegionException` while its regions move, RpcRetryingCallerImpl's
  `Call exception, tries=..., retries=..., started=... ms ago, ...`, Pinpoint's `Fallback:AgentInfo
  lookup Failed. session=%s` and `Failed to update state. closeState:%s lifeCycle=%s %s/%s` with
  Java stacks); collector02 upgraded at 10:15 (`Destroy %s server %s`, `Close zookeeper connection
  0x%s to %s`, Spring Boot's `Starting %s using Java %s on %s with PID %s (%s started by %s in
  %s)`, `The following %d profile is active: %s`, ReadOnlyZKClient's `Connect 0x%s to %s with
  session timeout=%dms, ...`, `Start %s server %s`, `Started %s in %s seconds (JVM running for
  %s)`, and all its agents reconnecting).
- Centreon 23.10 (`central-centengine.log`, `poller01-centengine.log`: Centreon Engine's log_v2
  spdlog file, `[%Y-%m-%dT%H:%M:%S.%e%z] [%n] [%l] [%P] %v`: `[2024-06-07T06:00:03.412+00:00]
  [checks] [info] [2841] SERVICE ALERT: srv-app-03;Cpu;WARNING;SOFT;1;WARNING: CPU(s) average
  usage is 87.41 %`; `central-broker-master.log`: Centreon Broker's, without the pid). The
  central engine checks 30 hosts, the poller 24 hosts of the second data centre, with
  centreon-plugins' outputs (CPU, load, memory, storage) and check_icmp's
  for host checks: CPU spikes on the application servers all morning (SOFT alerts that recover,
  some turning HARD with notifications), /var filling on srv-db-02 07:10-07:50, the DC2 core
  switch failing 08:20-08:41 (every DC2 host DOWN, every service `UNKNOWN: SNMP GET Request :
  Timeout`, notifications), flapping on srv-cache-02, forced checks and acknowledgements from
  the web UI (`EXTERNAL COMMAND: %s;%s`), a maintenance downtime on srv-web-05 and srv-web-06
  at 11:00, the configuration export and engine reload at 10:02, orphaned checks on the poller;
  the broker's RRD writer refusing duplicate points after the reload (`RRD: ignored update
  error in file '%s': %s: illegal attempt to update using time %d when last update time is %d
  (minimum one second step)`) and MariaDB restarted 09:30-09:34 (`mysql_connection: error while
  starting connection`, `failover '%s': global error: %s`).
- Pandora FMS 7.0NG.777 server (`pandora_server.log`: Tools.pm's logger, `2024-06-07 06:00:05
  ProducerConsumerServer: pandora01 [V5] Updating agent web-01`, the calling module's file name
  before the server name, nothing when the caller is the main script; `pandora_server.error`:
  its STDERR, Perl and DBI warnings without a date) at verbosity 5, 14 software agents sending
  XML every 300 s (and cloud VMs for an hour or so each): `Modified timestamp = %s with timezone_offset = %s` and `Updating agent %s`
  for each data file; new cloud VMs whose agents are created by autocreate (`Creating agent %s`)
  until the autocreate group is deleted at 08:05 (`Group id %d does not exist (check
  autocreate_group config token)` on every file of a new agent until 09:12); an agent sending a
  module type with a typo (`Invalid module type '%s' for module '%s' agent '%s'.`), a broken
  agent configuration without agent_name (`%s has data from an unnamed agent`), an agent deleted
  in the console while its files are queued (`Invalid agent '%s' for module '%s'.`); MySQL
  restarted at 10:31 (DBI's `DBD::mysql::st execute failed: ...` in the error file, the server's
  `Pandora FMS Server restarting (%s) in %d seconds.` with DBI's die message and its newline, a
  two-line event), and the restart's banner.
- M3DB 1.5 (`m3db-cluster-rep0-0.log`, `m3db-cluster-rep1-0.log`, `m3db-cluster-rep2-0.log`:
  the three m3dbnode pods' container logs as the cluster's log collector ships them from
  /var/log/pods, containerd's CRI lines around zap's JSON on stderr, the time in epoch seconds:
  `2024-06-07T07:31:44.101094762Z stderr F {"level":"info","ts":1717745504.100665,"msg":
  "bootstrap started","numShards":64}`; `m3coordinator-6f7b9c4d8-2xk8d.log`: the
  coordinator's). rep1-0 OOM-killed at 07:31 and
  bootstrapping again (`bootstrap prepare`, `bootstrap started`, `bootstrapping time series data
  start` / `success` per bootstrapper, `bootstrapping index metadata start` / `success`, `bootstrap
  succeeded, marking namespaces complete`, `bootstrap namespaces start` / `success`); a node drain
  at 09:08 restarting rep2-0 while rep0-0 is cordoned and restarted too: writes below majority
  for three minutes (the coordinator's `write error` with HTTP 500 and `failed to meet consistency
  level majority ...`, the client's `could not connect`), rep2's peers bootstrap failing twice
  (`bootstrap failed`, `retrying bootstrap after backoff`); one Prometheus replica whose clock
  is four hours behind from 07:02 to 10:37 (`write error` with HTTP 400, `datapoint too far in
  past`, every remote-write batch).
- FastNetMon Community 1.2.6 (`fastnetmon.log`: log4cpp's `%d [%p] %m%n`, `2024-06-07
  06:00:12,418 [INFO] Attack with direction: incoming IP: 198.51.100.23 Power: 412337`) on a
  hosting provider's border, with the notify script and GoBGP enabled, ban time 1800 s,
  `unban_only_if_attack_finished` on: single-host attacks all morning (`Attack with direction: %s
  IP: %s Power: %s`, `Call script for ban client: %s`, `Script for ban client is finished: %s`,
  `Call GoBGP for ban client started: %s`, `Call to GoBGP for ban client is finished: %s`, `...
  traffic samples collected`), unbans 30 minutes later (`We will unban banned IP: %s because it ban
  time %d seconds is ended`, the script and GoBGP lines for unban), attacks outlasting their ban
  (`Attack to IP %s still going! We should not unblock this host` at every cleanup pass),
  IPv6 bans (`Sorry, we do not support unban_only_if_attack_finished for IPv6`), a
  carpet-bombing of 58 addresses of 198.51.100.0/24 at 09:41, and a restart at 08:02 after a
  networks-list change (`We will use %s instead of %s because it's host address`, `Total number
  of monitored hosts (total size of all networks): %d`, `We need %d MB of memory for storing
  counters for your networks`, `We loaded %d IPv4 subnets to our in-memory list of networks`,
  `Run banlist cleanup thread, we will awake every %d seconds`).

Label notes. The heads are context: log4j2's date, thread, level, logger and line; spdlog's time,
logger name, level and pid; Pandora's date, calling module, server name and `[V%d]`; zap's
level and ts, its other fields attributes; log4cpp's date and priority. A value that is an error
contributes its format (HBase's ConnectException and NotServingRegionException inside the retry
lines, gRPC's `CANCELLED: client cancelled`, a plugin's output inside an engine alert, librrd's
error inside the broker's, MySQL's client error inside a plugin's, DBI's die message inside
Pandora's restart line); a Java object's toString (PingSession, Header, Status, Metadata) and a
command's argument list are values. The later lines of one write have no row (Java stacks, the
tail of a Perl die message).

Checked against copies of the sources: Pinpoint's AgentLifecycleListener, AgentService,
SpanService, KeepAliveService and GrpcReceiver messages and its log4j2 patterns; Centreon's
spdlog pattern, the broker's `%s : log started` and its `mysql_connection: error while starting
connection` (a test's expectation); Pandora's logger line (date, caller, server name, `[V%d]`)
and DataServer's messages; M3DB's bootstrap manager and filesystem bootstrapper messages and the
coordinator's `write error` with its fields (and a real line of it); FastNetMon's ban, unban,
still-going, IPv6 and network-loading messages. Least sure (written from memory): the Pinpoint
thread names, line numbers, PingSession/Header toString layouts, StatService's message (written
as SpanService's), the HBase client lines; Centreon Engine's logger names per message, whether
log_pid is on, the start-up and reload lines, the orphaned-check wording, the centreon-plugins
outputs and the broker's failover and RRD lines; Pandora's banner, restart line and DBI
warnings' line numbers; M3DB's start-up lines, `could not connect` and the peers
bootstrapper's reuse of the filesystem messages; FastNetMon's log4cpp date layout.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def epoch(t: datetime) -> float:
    return t.timestamp()


# ------------------------------------------------------------------------ pinpoint-collector

PP_APPS = [
    ("order-api", 4, 1210),
    ("payment-api", 3, 1210),
    ("cart-api", 3, 1210),
    ("catalog-api", 4, 1210),
    ("user-api", 2, 1210),
    ("search-api", 3, 1210),
    ("noti-worker", 2, 1010),
    ("inventory-api", 3, 1210),
    ("shipping-api", 2, 1210),
    ("gateway", 4, 1210),
    ("admin-web", 1, 1010),
    ("settlement-batch", 1, 1010),
    ("coupon-api", 2, 1210),
    ("review-api", 2, 1210),
]
PP_TABLES = [
    ("TraceV2", 6),
    ("ApplicationTraceIndex", 4),
    ("AgentStatV2", 5),
    ("ApplicationStatAggre", 2),
    ("ApplicationMapStatisticsCaller_Ver2", 2),
    ("ApplicationMapStatisticsCallee_Ver2", 2),
    ("AgentEvent", 1),
]
PP_RS = {
    "hbase-rs01": "10.20.0.31",
    "hbase-rs02": "10.20.0.32",
    "hbase-rs03": "10.20.0.33",
}
PP_CONNECT_EXC = "java.net.ConnectException: Call to address=%s failed on connection exception: org.apache.hbase.thirdparty.io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: %s"
PP_NSRE = "org.apache.hadoop.hbase.NotServingRegionException: %s is not online on %s"
PP_RETRY = "id=%d, table=%s, attempt=%d/%d, failureCount=%dops, last exception="
PP_STACK_UPDATE = [
    "org.springframework.dao.DataAccessResourceFailureException: Failed after attempts=16, exceptions:",
    "2024-06-07T{t}.{ms}Z, java.net.ConnectException: Call to address=hbase-rs02.pp.internal/10.20.0.32:16020 failed on connection exception: org.apache.hbase.thirdparty.io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: hbase-rs02.pp.internal/10.20.0.32:16020",
    "; nested exception is org.apache.hadoop.hbase.client.RetriesExhaustedException: Failed after attempts=16, exceptions:",
    "\tat com.navercorp.pinpoint.common.hbase.HbaseTemplate2.convertHbaseAccessException(HbaseTemplate2.java:1026)",
    "\tat com.navercorp.pinpoint.common.hbase.HbaseTemplate2.execute(HbaseTemplate2.java:986)",
    "\tat com.navercorp.pinpoint.common.hbase.HbaseTemplate2.put(HbaseTemplate2.java:302)",
    "\tat com.navercorp.pinpoint.collector.dao.hbase.HbaseAgentLifeCycleDao.insert(HbaseAgentLifeCycleDao.java:71)",
    "\tat com.navercorp.pinpoint.collector.service.AgentLifeCycleService.insert(AgentLifeCycleService.java:43)",
    "\tat com.navercorp.pinpoint.collector.service.async.AgentLifeCycleAsyncTaskService.handleLifeCycleEvent(AgentLifeCycleAsyncTaskService.java:60)",
    "\tat com.navercorp.pinpoint.collector.receiver.grpc.service.KeepAliveService.updateState(KeepAliveService.java:92)",
    "\tat com.navercorp.pinpoint.collector.receiver.grpc.service.AgentLifecycleListener.close(AgentLifecycleListener.java:70)",
    "\tat com.navercorp.pinpoint.grpc.server.lifecycle.DefaultPingEventHandler.close(DefaultPingEventHandler.java:94)",
    "\tat com.navercorp.pinpoint.collector.receiver.grpc.service.AgentService$2.disconnect(AgentService.java:134)",
    "\tat com.navercorp.pinpoint.collector.receiver.grpc.service.AgentService$2.onError(AgentService.java:120)",
    "\tat io.grpc.stub.ServerCalls$StreamingServerCallHandler$StreamingServerCallListener.onCancel(ServerCalls.java:290)",
    "\tat io.grpc.internal.ServerImpl$JumpToApplicationThreadServerStreamListener$1Closed.runInContext(ServerImpl.java:859)",
    "\tat io.grpc.internal.ContextRunnable.run(ContextRunnable.java:37)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
]
PP_STACK_LOOKUP = [
    "org.springframework.dao.DataAccessResourceFailureException: callTimeout=10000, callDuration=10213: Call to address=hbase-rs02.pp.internal/10.20.0.32:16020 failed on connection exception: org.apache.hbase.thirdparty.io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: hbase-rs02.pp.internal/10.20.0.32:16020 row '{row}' on table 'AgentInfo' at region=AgentInfo,,1716180000123.6a1f0c2de4b9a7e1c3d5f7a9b1c3d5e7., hostname=hbase-rs02.pp.internal,16020,1717555201344, seqNum=2",
    "\tat com.navercorp.pinpoint.common.hbase.HbaseTemplate2.convertHbaseAccessException(HbaseTemplate2.java:1026)",
    "\tat com.navercorp.pinpoint.common.hbase.HbaseTemplate2.execute(HbaseTemplate2.java:986)",
    "\tat com.navercorp.pinpoint.common.hbase.HbaseTemplate2.find(HbaseTemplate2.java:262)",
    "\tat com.navercorp.pinpoint.collector.dao.hbase.HbaseAgentInfoDao.getSimpleAgentInfo(HbaseAgentInfoDao.java:121)",
    "\tat com.navercorp.pinpoint.collector.service.AgentInfoService.getSimpleAgentInfo(AgentInfoService.java:55)",
    "\tat com.navercorp.pinpoint.collector.receiver.grpc.service.AgentLifecycleListener.connect(AgentLifecycleListener.java:57)",
    "\tat com.navercorp.pinpoint.grpc.server.lifecycle.DefaultPingEventHandler.connect(DefaultPingEventHandler.java:78)",
    "\tat com.navercorp.pinpoint.collector.receiver.grpc.service.AgentService$2.onNext(AgentService.java:100)",
    "\tat io.grpc.stub.ServerCalls$StreamingServerCallHandler$StreamingServerCallListener.onMessage(ServerCalls.java:262)",
    "\tat io.grpc.internal.ServerCallImpl$ServerStreamListenerImpl.messagesAvailableInternal(ServerCallImpl.java:329)",
    "\tat io.grpc.internal.ServerImpl$JumpToApplicationThreadServerStreamListener$1MessagesAvailable.runInContext(ServerImpl.java:784)",
    "\tat io.grpc.internal.ContextRunnable.run(ContextRunnable.java:37)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
    "Caused by: java.net.ConnectException: Call to address=hbase-rs02.pp.internal/10.20.0.32:16020 failed on connection exception: org.apache.hbase.thirdparty.io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: hbase-rs02.pp.internal/10.20.0.32:16020",
    "\tat org.apache.hadoop.hbase.ipc.IPCUtil.wrapException(IPCUtil.java:186)",
    "\tat org.apache.hadoop.hbase.ipc.AbstractRpcClient.onCallFinished(AbstractRpcClient.java:392)",
    "\t... 3 common frames omitted",
]


def java_date(t: datetime) -> str:
    """java.util.Date.toString() in UTC."""
    return f"{t:%a %b %d %H:%M:%S} UTC {t:%Y}"


def pinpoint_collector(r: random.Random) -> list[Log]:
    """Two collectors, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    proc = {"collector01": "c1-jvm1", "collector02": "c2-jvm1"}
    seq = {"ping": 5120, "socket": 880}

    def logger_col(name: str) -> str:
        return name[-40:].ljust(40)

    def thread_col(name: str) -> str:
        return name[-15:].rjust(15)

    def L(
        c: str,
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        line: int,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%m-%d %H:%M}:{x.second:02d}.{x.second:03d} [{thread_col(thread)}] {level:<5} {logger_col(logger)}:{line!s:<3} -- "
            return [head + msg, *(more or [])]

        return fs.add(f"{c}-pinpoint-collector.log", t, label, text, proc[c], SEC)

    LC = "c.n.p.c.r.g.s.AgentLifecycleListener"
    AS = "c.n.p.c.r.g.s.AgentService"
    SS = "c.n.p.c.r.g.s.SpanService"
    STS = "c.n.p.c.r.g.s.StatService"
    KA = "c.n.p.c.r.g.s.KeepAliveService"
    GR = "c.n.p.c.r.g.GrpcReceiver"
    ARF = "o.a.h.h.c.AsyncRequestFutureImpl"
    RRC = "o.a.h.h.c.RpcRetryingCallerImpl"
    ZK = "o.a.h.h.z.ReadOnlyZKClient"
    APP = "c.n.p.c.s.m.a.MultiApplication"
    sel = {"collector01": "@3f9d2a71", "collector02": "@5b1d2887"}

    def worker(kind: str) -> str:
        n = {"agent": 7, "span": 9, "stat": 11}[kind]
        return f"Pinpoint-Grpc{kind.capitalize()}-Worker({n}-{r.randint(0, 7)})"

    class Agent:
        def __init__(self, app: str, st: int, c: str, t: datetime, old: bool):
            self.app, self.st, self.c = app, st, c
            self.aid = f"{app}-{alnum(r, 5).lower()}"
            base = at(5, 0) if old else t
            self.start = int(epoch(base - sec(r.uniform(3, 90000 if old else 20))) * 1000)
            self.new_session(t)

        def new_session(self, t: datetime) -> None:
            seq["ping"] += r.randint(1, 3)
            seq["socket"] += r.randint(1, 4)
            self.ping, self.sock = seq["ping"], seq["socket"]

        def header(self) -> str:
            return f"Header{{name='default', agentId='{self.aid}', agentName='', applicationName='{self.app}', agentStartTime={self.start}, socketId={self.sock}, serviceType={self.st}, supportCommandCodeList=[], properties={{}}}}"

        def session(self) -> str:
            return f"PingSession{{id={self.ping}, header={self.header()}}}"

    agents: list[Agent] = []
    for app, n, st in PP_APPS:
        for _ in range(n):
            agents.append(Agent(app, st, r.choice(["collector01", "collector02"]), T0, True))

    def connect(a: Agent, t: datetime) -> datetime:
        a.new_session(t)
        th = worker("agent")
        t = L(a.c, t, th, "INFO", LC, 54, "connect:%s", f"connect:{a.session()}")
        if r.random() < (0.6 if in_any(t, [hbase_down]) else 0.3):
            if in_any(t, [hbase_down]):
                row = f"{a.aid}"
                more = [x.replace("{row}", row) for x in PP_STACK_LOOKUP]
                t = L(
                    a.c,
                    t + sec(r.uniform(10, 10.4)),
                    th,
                    "WARN",
                    LC,
                    63,
                    "Fallback:AgentInfo lookup Failed. session=%s",
                    f"Fallback:AgentInfo lookup Failed. session={a.session()}",
                    more,
                )
            else:
                info = (
                    "null"
                    if r.random() < 0.6
                    else f"AgentInfoBo{{hostName='{a.aid}', ip='10.42.{r.randint(1, 9)}.{r.randint(2, 250)}', ports='', agentId='{a.aid}', agentName='', applicationName='{a.app}', serviceTypeCode={a.st}, pid=1, vmVersion='11.0.23', agentVersion='2.5.4', startTime={a.start}, endTimeStamp=0, endStatus=0, container=true}}"
                )
                t = L(
                    a.c,
                    t + sec(r.uniform(0.01, 0.2)),
                    th,
                    "INFO",
                    LC,
                    58,
                    "ServiceType is UNDEFINED. Fallback:AgentInfo lookup %s -> %s",
                    f"ServiceType is UNDEFINED. Fallback:AgentInfo lookup {a.session()} -> {info}",
                )
        return t

    def close(a: Agent, t: datetime, graceful: bool) -> datetime:
        if graceful:
            for kind, lg, line in (("span", SS, 101), ("stat", STS, 96)):
                t = L(
                    a.c,
                    t + sec(r.uniform(0.01, 0.3)),
                    worker(kind),
                    "INFO",
                    lg,
                    line,
                    "onCompleted %s",
                    f"onCompleted {a.header()}",
                )
        else:
            t = L(
                a.c,
                t,
                worker("agent"),
                "INFO",
                AS,
                117,
                "Failed to ping stream, id=%s, cause=CANCELLED: client cancelled",
                f"Failed to ping stream, id={a.ping}, cause=CANCELLED: client cancelled",
            )
            for kind, lg, line, word in (
                ("span", SS, 92, "span"),
                ("stat", STS, 88, "stat"),
            ):
                if kind == "stat" and r.random() < 0.25:
                    continue
                lab = f"Failed to {word} stream, %s %s %s"
                t = L(
                    a.c,
                    t + sec(r.uniform(0.01, 0.4)),
                    worker(kind),
                    "INFO",
                    lg,
                    line,
                    lab,
                    f"Failed to {word} stream, {a.header()} Status{{code=CANCELLED, description=client cancelled, cause=null}} Metadata()",
                )
        th = worker("agent")
        t = L(
            a.c,
            t + sec(r.uniform(0.01, 0.3)),
            th,
            "INFO",
            LC,
            68,
            "close:%s/%s",
            f"close:{a.session()}/com.navercorp.pinpoint.collector.receiver.grpc.ShutdownEventListener{sel[a.c]}",
        )
        if in_any(t, [hbase_down]):
            stack = [
                x.replace("{t}", f"{t:%H:%M:%S}").replace("{ms}", ms3(t)) for x in PP_STACK_UPDATE
            ]
            t = L(
                a.c,
                t + sec(r.uniform(9, 11)),
                th,
                "WARN",
                KA,
                95,
                "Failed to update state. closeState:%s lifeCycle=%s %s/%s",
                f"Failed to update state. closeState:true lifeCycle={a.session()} {'SHUTDOWN' if graceful else 'UNEXPECTED_SHUTDOWN'}/{'AGENT_SHUTDOWN' if graceful else 'AGENT_UNEXPECTED_SHUTDOWN'}",
                stack,
            )
        return t

    hbase_down = (at(8, 40, 12), at(8, 56, 30))
    lb_bad = (at(7, 0), at(7, 45))
    c2_stop, c2_start = at(10, 15, 3), at(10, 16, 1)

    # rolling deployments: (time, app)
    deploys = []
    for t in poisson(r, T0 + sec(300), T_END - sec(300), 620):
        deploys.append((t, r.choice(PP_APPS)[0]))
    deploys += [(at(9, 5, 10), "order-api"), (at(9, 6, 40), "payment-api")]
    deploys.sort()
    events: list[tuple[datetime, str, object]] = []
    for t, app in deploys:
        events.append((t, "deploy", app))
    # pods killed (OOM, node problems)
    for t in poisson(r, T0, T_END, 1500):
        events.append((t, "kill", None))
    # the balancer's idle timeout: ping streams cut every ~350 s
    t = lb_bad[0] + sec(r.uniform(5, 60))
    while t < lb_bad[1]:
        events.append((t, "idle", None))
        t += sec(r.uniform(330, 370))
    events.append((c2_stop, "c2-restart", None))
    events.sort(key=lambda e: e[0])

    def replace_pod(a: Agent, t: datetime, graceful: bool) -> datetime:
        t = close(a, t, graceful)
        agents.remove(a)
        b = Agent(a.app, a.st, r.choice(["collector01", "collector02"]), t, False)
        if c2_stop - sec(5) <= t < c2_start + sec(20):
            b.c = "collector01"
        agents.append(b)
        return connect(b, t + sec(r.uniform(25, 70)))

    for t, kind, arg in events:
        if kind == "deploy":
            pods = [a for a in agents if a.app == arg]
            for a in pods:
                t = replace_pod(a, t, True) + sec(r.uniform(5, 25))
        elif kind == "kill":
            a = r.choice(agents)
            replace_pod(a, t, False)
        elif kind == "idle":
            for a in list(agents):
                if r.random() < 0.85:
                    x = t + sec(r.uniform(0, 40))
                    x = L(
                        a.c,
                        x,
                        worker("agent"),
                        "INFO",
                        AS,
                        117,
                        "Failed to ping stream, id=%s, cause=CANCELLED: client cancelled",
                        f"Failed to ping stream, id={a.ping}, cause=CANCELLED: client cancelled",
                    )
                    x = L(
                        a.c,
                        x + sec(r.uniform(0.01, 0.2)),
                        worker("agent"),
                        "INFO",
                        LC,
                        68,
                        "close:%s/%s",
                        f"close:{a.session()}/com.navercorp.pinpoint.collector.receiver.grpc.ShutdownEventListener{sel[a.c]}",
                    )
                    connect(a, x + sec(r.uniform(3, 9)))
        elif kind == "c2-restart":
            on2 = [a for a in agents if a.c == "collector02"]
            x = c2_stop
            for bean in ("grpcAgentReceiver", "grpcSpanReceiver", "grpcStatReceiver"):
                port = {
                    "grpcAgentReceiver": 9991,
                    "grpcSpanReceiver": 9992,
                    "grpcStatReceiver": 9993,
                }[bean]
                x = L(
                    "collector02",
                    x + sec(0.2),
                    "SpringApplicationShutdownHook",
                    "INFO",
                    GR,
                    166,
                    "Destroy %s server %s",
                    f"Destroy {bean} server ServerImpl{{logId={port - 9990 + 2}, transportServer=NettyServer{{logId={port - 9990 + 1}, addresses=[/0.0.0.0:{port}]}}}}",
                )
            x = L(
                "collector02",
                x + sec(1.1),
                "SpringApplicationShutdownHook",
                "INFO",
                ZK,
                318,
                "Close zookeeper connection 0x%s to %s",
                "Close zookeeper connection 0x4e1b2c7a to zk01.pp.internal:2181,zk02.pp.internal:2181,zk03.pp.internal:2181",
            )
            proc["collector02"] = "c2-jvm2"
            x = c2_start
            x = L(
                "collector02",
                x,
                "main",
                "INFO",
                APP,
                55,
                "Starting %s using Java %s on %s with PID %s (%s started by %s in %s)",
                "Starting MultiApplication using Java 11.0.23 on collector02 with PID 1 (/pinpoint/pinpoint-collector-starter-boot-2.5.4.jar started by root in /pinpoint)",
            )
            x = L(
                "collector02",
                x + sec(0.05),
                "main",
                "INFO",
                APP,
                637,
                "The following %d profile is active: %s",
                'The following 1 profile is active: "release"',
            )
            x = L(
                "collector02",
                x + sec(6.2),
                "main",
                "INFO",
                ZK,
                356,
                "Connect 0x%s to %s with session timeout=%dms, retries %d, retry interval %dms, keepAlive=%dms",
                "Connect 0x7a2f90d3 to zk01.pp.internal:2181,zk02.pp.internal:2181,zk03.pp.internal:2181 with session timeout=90000ms, retries 30, retry interval 1000ms, keepAlive=60000ms",
            )
            for bean in ("grpcAgentReceiver", "grpcSpanReceiver", "grpcStatReceiver"):
                port = {
                    "grpcAgentReceiver": 9991,
                    "grpcSpanReceiver": 9992,
                    "grpcStatReceiver": 9993,
                }[bean]
                x = L(
                    "collector02",
                    x + sec(r.uniform(0.3, 1.2)),
                    "main",
                    "INFO",
                    GR,
                    129,
                    "Start %s server %s",
                    f"Start {bean} server ServerImpl{{logId={port - 9990 + 2}, transportServer=NettyServer{{logId={port - 9990 + 1}, addresses=[/0.0.0.0:{port}]}}}}",
                )
            x = L(
                "collector02",
                x + sec(2.4),
                "main",
                "INFO",
                APP,
                61,
                "Started %s in %s seconds (JVM running for %s)",
                "Started MultiApplication in 14.817 seconds (JVM running for 16.102)",
            )
            for a in on2:
                y = c2_stop + sec(r.uniform(0.1, 2))
                L(
                    "collector02",
                    y,
                    worker("agent"),
                    "INFO",
                    LC,
                    68,
                    "close:%s/%s",
                    f"close:{a.session()}/com.navercorp.pinpoint.collector.receiver.grpc.ShutdownEventListener{sel['collector02']}",
                )
                a.c = r.choice(["collector01", "collector02"])
                connect(a, x + sec(r.uniform(1, 40)))
    # HBase region server down: the client's retries on both collectors
    for c in ("collector01", "collector02"):
        pid_id = {"collector01": 3, "collector02": 5}[c]
        t = hbase_down[0] + sec(r.uniform(0, 3))
        n = 0
        moved = at(8, 53, 40)
        while t < hbase_down[1]:
            table = r.choices([x for x, _ in PP_TABLES], [w for _, w in PP_TABLES])[0]
            n += 1
            attempt = r.randint(6, 16)
            started = t - sec(r.uniform(2, 40))
            sn = "hbase-rs02.pp.internal,16020,1717555201344"
            if t < moved:
                exc = "java.net.ConnectException: Call to address=hbase-rs02.pp.internal/10.20.0.32:16020 failed on connection exception: org.apache.hbase.thirdparty.io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: hbase-rs02.pp.internal/10.20.0.32:16020"
                exc_label = PP_CONNECT_EXC
            else:
                region = f"{table},{hexid(r, 2)}\\x{hexid(r, 2)},1716180000123.{hexid(r, 32)}."
                newsn = f"hbase-rs0{r.choice([1, 3])}.pp.internal,16020,171755520{r.randint(1000, 9999)}"
                exc = f"org.apache.hadoop.hbase.NotServingRegionException: {region} is not online on {newsn}"
                exc_label = PP_NSRE
            fails = r.randint(1, 60)
            if r.random() < 0.12 and t < moved:
                tail = f"; NOT retrying, failed={fails} -- final attempt!"
                tail_label = "; NOT retrying, failed=%d -- final attempt!"
                level = "ERROR"
                attempt = 16
            else:
                tail = f", retrying after={r.choice([1005, 2013, 4021, 10067, 10104, 20158])}ms, operationsToReplay={fails}"
                tail_label = ", retrying after=%dms, operationsToReplay=%d"
                level = "WARN"
            L(
                c,
                t,
                f"htable-pool-{r.randint(1, 8)}",
                level,
                ARF,
                1224 if level == "WARN" else 1237,
                PP_RETRY + exc_label + " on %s, tracking started %s" + tail_label,
                f"id={pid_id}, table={table}, attempt={attempt}/16, failureCount={fails}ops, last exception={exc} on {sn}, tracking started {java_date(started)}{tail}",
            )
            if t < moved and r.random() < 0.25:
                row = f"{r.choice(PP_APPS)[0]}-{alnum(r, 5).lower()}"
                L(
                    c,
                    t + sec(r.uniform(0.1, 1)),
                    f"Pinpoint-GrpcAgent-Worker(7-{r.randint(0, 7)})",
                    "INFO",
                    RRC,
                    132,
                    "Call exception, tries=%d, retries=%d, started=%d ms ago, cancelled=%s, msg=Call to address=%s failed on connection exception: org.apache.hbase.thirdparty.io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: %s, details=row '%s' on table '%s' at region=%s, hostname=%s, seqNum=%d, see https://s.apache.org/timeout",
                    f"Call exception, tries={r.randint(6, 15)}, retries=16, started={r.randint(4000, 48000)} ms ago, cancelled=false, msg=Call to address=hbase-rs02.pp.internal/10.20.0.32:16020 failed on connection exception: org.apache.hbase.thirdparty.io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: hbase-rs02.pp.internal/10.20.0.32:16020, details=row '{row}' on table 'AgentInfo' at region=AgentInfo,,1716180000123.6a1f0c2de4b9a7e1c3d5f7a9b1c3d5e7., hostname=hbase-rs02.pp.internal,16020,1717555201344, seqNum=2, see https://s.apache.org/timeout",
                )
            t += sec(r.expovariate(1 / 4.4))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- centreon

CE_CENTRAL = (
    [f"srv-web-0{i}" for i in range(1, 7)]
    + [f"srv-app-0{i}" for i in range(1, 9)]
    + ["srv-db-01", "srv-db-02", "srv-db-03", "srv-cache-01", "srv-cache-02", "srv-lb-01"]
    + ["srv-lb-02", "srv-mq-01", "srv-mq-02", "srv-nfs-01", "srv-ldap-01", "srv-ldap-02"]
    + ["srv-backup-01", "srv-git-01", "srv-ci-01", "srv-dns-01"]
)
CE_POLLER = (
    [f"dc2-web-0{i}" for i in range(1, 7)]
    + [f"dc2-app-0{i}" for i in range(1, 9)]
    + ["dc2-db-01", "dc2-db-02", "dc2-cache-01", "dc2-cache-02", "dc2-lb-01", "dc2-lb-02"]
    + ["dc2-fw-01", "dc2-nas-01", "dc2-bkp-01"]
)
CE_SWITCH = "dc2-sw-core-01"
CE_SVCS = ["Cpu", "Load", "Memory", "Disk-/", "Disk-/var"]
CE_CONTACTS = ["centreon-admin", "oncall-team"]

OUT_CPU = "%s: CPU(s) average usage is %.2f %%"
OUT_LOAD = "%s: Load average: %.2f [1m], %.2f [5m], %.2f [15m]"
OUT_MEM = "%s: Ram Total: %s Used (-buffers/cache): %s (%.2f%%) Free: %s (%.2f%%)"
OUT_DISK = "%s: Storage '%s' Usage Total: %s Used: %s (%.2f%%) Free: %s (%.2f%%)"
OUT_SNMP = "UNKNOWN: SNMP GET Request : Timeout"
OUT_PING = "%s - %s rta %.3fms lost %d%%"
OUT_PING_KO = "CRITICAL - %s: rta nan, lost %d%%"


def gb(x: float) -> str:
    return f"{x:.2f} GB" if x >= 1 else f"{x * 1024:.2f} MB"


def centreon(r: random.Random) -> list[Log]:
    """Centreon Engine on the central and a poller, and the central broker (see the module
    docstring)."""
    fs = Files()
    pids = {"central": 2841, "poller01": 1876}
    ips = {}
    for i, h in enumerate(CE_CENTRAL):
        ips[h] = f"10.10.1.{11 + i}"
    for i, h in enumerate(CE_POLLER):
        ips[h] = f"10.20.1.{11 + i}"
    ips[CE_SWITCH] = "10.20.0.2"

    def ts(x: datetime) -> str:
        return f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}+00:00"

    def E(eng: str, t: datetime, logger: str, level: str, label: str, msg: str) -> datetime:
        p = pids[eng]
        return fs.add(
            f"{eng}-centengine.log",
            t,
            label,
            lambda x: [f"[{ts(x)}] [{logger}] [{level}] [{p}] {msg}"],
            (eng, p),
            MS,
        )

    def B(t: datetime, logger: str, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "central-broker-master.log",
            t,
            label,
            lambda x: [f"[{ts(x)}] [{logger}] [{level}] {msg}"],
            "cbd",
            MS,
        )

    def eng_of(h: str) -> str:
        return "poller01" if h.startswith("dc2-") else "central"

    def out(svc: str, host: str, state: str) -> tuple[str, str]:
        if state == "UNKNOWN":
            return OUT_SNMP, OUT_SNMP
        if svc == "Cpu":
            v = {
                "OK": r.uniform(3, 69),
                "WARNING": r.uniform(80, 89.9),
                "CRITICAL": r.uniform(90, 99.8),
            }[state]
            return OUT_CPU, f"{state}: CPU(s) average usage is {v:.2f} %"
        if svc == "Load":
            base = {
                "OK": r.uniform(0.2, 3.5),
                "WARNING": r.uniform(6, 9),
                "CRITICAL": r.uniform(10, 19),
            }[state]
            return (
                OUT_LOAD,
                f"{state}: Load average: {base:.2f} [1m], {base * r.uniform(0.6, 0.95):.2f} [5m], {base * r.uniform(0.4, 0.7):.2f} [15m]",
            )
        if svc == "Memory":
            tot = r.choice([7.63, 15.51, 31.26])
            pct = {
                "OK": r.uniform(20, 79),
                "WARNING": r.uniform(80, 89.9),
                "CRITICAL": r.uniform(90, 98),
            }[state]
            return (
                OUT_MEM,
                f"{state}: Ram Total: {gb(tot)} Used (-buffers/cache): {gb(tot * pct / 100)} ({pct:.2f}%) Free: {gb(tot * (100 - pct) / 100)} ({100 - pct:.2f}%)",
            )
        if svc.startswith("Disk-"):
            mount = svc[5:]
            tot = 49.09 if mount == "/" else 19.56
            pct = {
                "OK": r.uniform(20, 79),
                "WARNING": r.uniform(80, 89.9),
                "CRITICAL": r.uniform(90, 99.5),
            }[state]
            return (
                OUT_DISK,
                f"{state}: Storage '{mount}' Usage Total: {gb(tot)} Used: {gb(tot * pct / 100)} ({pct:.2f}%) Free: {gb(tot * (100 - pct) / 100)} ({100 - pct:.2f}%)",
            )
        raise ValueError(svc)

    def salert(t: datetime, h: str, svc: str, state: str, stype: str, att: int) -> datetime:
        ol, o = out(svc, h, state)
        return E(
            eng_of(h),
            t,
            "checks",
            "info",
            "SERVICE ALERT: %s;%s;%s;%s;%d;" + ol,
            f"SERVICE ALERT: {h};{svc};{state};{stype};{att};{o}",
        )

    def snotify(t: datetime, h: str, svc: str, state: str) -> datetime:
        ol, o = out(svc, h, "OK" if state == "RECOVERY" else state)
        for c in CE_CONTACTS:
            t = E(
                eng_of(h),
                t + sec(0.002),
                "notifications",
                "info",
                "SERVICE NOTIFICATION: %s;%s;%s;%s;%s;" + ol,
                f"SERVICE NOTIFICATION: {c};{h};{svc};{'OK' if state == 'RECOVERY' else state};service-notify-by-email;{o}",
            )
        return t

    def halert(t: datetime, h: str, state: str, stype: str, att: int) -> datetime:
        if state == "UP":
            ol, o = OUT_PING, f"OK - {ips[h]} rta {r.uniform(0.2, 1.9):.3f}ms lost 0%"
        else:
            ol, o = OUT_PING_KO, f"CRITICAL - {ips[h]}: rta nan, lost 100%"
        return E(
            eng_of(h),
            t,
            "checks",
            "info",
            "HOST ALERT: %s;%s;%s;%d;" + ol,
            f"HOST ALERT: {h};{state};{stype};{att};{o}",
        )

    def hnotify(t: datetime, h: str, state: str) -> datetime:
        if state == "UP":
            ol, o = OUT_PING, f"OK - {ips[h]} rta {r.uniform(0.2, 1.9):.3f}ms lost 0%"
        else:
            ol, o = OUT_PING_KO, f"CRITICAL - {ips[h]}: rta nan, lost 100%"
        for c in CE_CONTACTS:
            t = E(
                eng_of(h),
                t + sec(0.002),
                "notifications",
                "info",
                "HOST NOTIFICATION: %s;%s;%s;%s;" + ol,
                f"HOST NOTIFICATION: {c};{h};{state};host-notify-by-email;{o}",
            )
        return t

    def extcmd(t: datetime, eng: str, cmd: str, args: str) -> datetime:
        return E(
            eng,
            t,
            "external_command",
            "info",
            "EXTERNAL COMMAND: %s;%s",
            f"EXTERNAL COMMAND: {cmd};{args}",
        )

    def problem(t: datetime, h: str, svc: str, state: str, hard: bool, dur: float) -> None:
        """A service problem: SOFT attempts (retry every minute), maybe HARD with
        notifications, then the recovery."""
        t = salert(t, h, svc, state, "SOFT", 1)
        if not hard:
            if dur > 70:
                t = salert(t + sec(r.uniform(58, 62)), h, svc, state, "SOFT", 2)
            salert(t + sec(r.uniform(55, 65)), h, svc, "OK", "SOFT", 2 if dur > 70 else 1)
            return
        t = salert(t + sec(r.uniform(58, 62)), h, svc, state, "SOFT", 2)
        t = salert(t + sec(r.uniform(58, 62)), h, svc, state, "HARD", 3)
        t = snotify(t + sec(0.01), h, svc, state)
        if r.random() < 0.3:
            extcmd(
                t + sec(r.uniform(60, 400)),
                eng_of(h),
                "ACKNOWLEDGE_SVC_PROBLEM",
                f"{h};{svc};2;1;1;{r.choice(['jdoe', 'mkowalski', 'asantos'])};{r.choice(['Looking into it', 'Known issue, ticket INC-4' + str(r.randint(100, 999)), 'Batch job running'])}",
            )
        t = salert(t + sec(max(dur - 180, 60) + r.uniform(0, 240)), h, svc, "OK", "HARD", 3)
        snotify(t + sec(0.01), h, svc, "RECOVERY")

    # ---- CPU and load spikes on the application servers
    apps = [h for h in CE_CENTRAL + CE_POLLER if "-app-" in h]
    for t in poisson(r, T0, T_END - sec(900), 108):
        h = r.choice(apps)
        if eng_of(h) == "poller01" and at(8, 19) <= t < at(8, 45):
            continue
        hard = r.random() < 0.14
        dur = r.uniform(250, 900) if hard else r.uniform(40, 130)
        svc = "Cpu" if r.random() < 0.65 else "Load"
        problem(t, h, svc, "WARNING" if r.random() < 0.8 else "CRITICAL", hard, dur)
    # ---- memory warnings on the web servers
    for t in poisson(r, T0, T_END - sec(900), 800):
        h = r.choice([x for x in CE_CENTRAL + CE_POLLER if "-web-" in x])
        problem(t, h, "Memory", "WARNING", r.random() < 0.3, r.uniform(60, 700))
    # ---- /var filling on srv-db-02
    h, svc = "srv-db-02", "Disk-/var"
    t = salert(at(7, 10, 14.2), h, svc, "WARNING", "SOFT", 1)
    t = salert(t + sec(60.3), h, svc, "WARNING", "SOFT", 2)
    t = salert(t + sec(60.1), h, svc, "WARNING", "HARD", 3)
    t = snotify(t, h, svc, "WARNING")
    t = salert(at(7, 31, 20.5), h, svc, "CRITICAL", "HARD", 3)
    t = snotify(t, h, svc, "CRITICAL")
    extcmd(
        at(7, 34, 2.1),
        "central",
        "ACKNOWLEDGE_SVC_PROBLEM",
        f"{h};{svc};2;1;1;jdoe;Purging old binlogs",
    )
    extcmd(at(7, 49, 40.7), "central", "SCHEDULE_FORCED_SVC_CHECK", f"{h};{svc};1717746580")
    t = salert(at(7, 49, 41.3), h, svc, "OK", "HARD", 3)
    snotify(t, h, svc, "RECOVERY")
    # ---- DC2 core switch down 08:20-08:41
    sw0, sw1 = at(8, 20, 7.4), at(8, 41, 3.9)
    t = halert(sw0, CE_SWITCH, "DOWN", "SOFT", 1)
    t = halert(t + sec(10.2), CE_SWITCH, "DOWN", "SOFT", 2)
    t = halert(t + sec(10.1), CE_SWITCH, "DOWN", "HARD", 3)
    hnotify(t, CE_SWITCH, "DOWN")
    for h in CE_POLLER:
        x = sw0 + sec(r.uniform(20, 240))
        halert(x, h, "UNREACHABLE", "HARD", 1)
        for svc in CE_SVCS:
            y = sw0 + sec(r.uniform(5, 300))
            y = salert(y, h, svc, "UNKNOWN", "SOFT", 1)
            y = salert(y + sec(r.uniform(58, 64)), h, svc, "UNKNOWN", "SOFT", 2)
            salert(y + sec(r.uniform(58, 64)), h, svc, "UNKNOWN", "HARD", 3)
            z = sw1 + sec(r.uniform(30, 330))
            salert(z, h, svc, "OK", "HARD", 3)
        halert(sw1 + sec(r.uniform(5, 60)), h, "UP", "HARD", 1)
    t = halert(sw1, CE_SWITCH, "UP", "HARD", 3)
    hnotify(t, CE_SWITCH, "UP")
    for h in r.sample(CE_POLLER, 9):
        svc = r.choice(CE_SVCS)
        E(
            "poller01",
            sw1 + sec(r.uniform(400, 700)),
            "checks",
            "warning",
            "Warning: The check of service '%s' on host '%s' looks like it was orphaned (results never came back).  I'm scheduling an immediate check of the service...",
            f"Warning: The check of service '{svc}' on host '{h}' looks like it was orphaned (results never came back).  I'm scheduling an immediate check of the service...",
        )
    # ---- MariaDB restarted 09:30
    db0, db1 = at(9, 30, 5.2), at(9, 33, 51.8)
    t = db0 + sec(0.4)
    while t < db1:
        B(
            t,
            "sql",
            "error",
            "mysql_connection: error while starting connection",
            "mysql_connection: error while starting connection",
        )
        if r.random() < 0.3:
            B(
                t + sec(0.01),
                "core",
                "error",
                "failover '%s': global error: mysql_connection: error while starting connection",
                "failover 'central-broker-master-unified-sql': global error: mysql_connection: error while starting connection",
            )
        t += sec(r.uniform(3, 7))
    # ---- flapping memory on srv-cache-02 09:50-10:25
    h, svc = "srv-cache-02", "Memory"
    t = at(9, 50, 12.5)
    flaps = 0
    state = "OK"
    while t < at(10, 25):
        state = "WARNING" if state == "OK" else "OK"
        t = salert(t, h, svc, state, "HARD" if flaps > 2 else "SOFT", 1)
        flaps += 1
        if flaps == 5:
            E(
                "central",
                t + sec(0.003),
                "events",
                "info",
                "SERVICE FLAPPING ALERT: %s;%s;STARTED; Service appears to have started flapping (%.1f%% change >= %.1f%% threshold)",
                f"SERVICE FLAPPING ALERT: {h};{svc};STARTED; Service appears to have started flapping ({r.uniform(25, 40):.1f}% change >= 25.0% threshold)",
            )
        t += sec(r.uniform(60, 300))
    E(
        "central",
        t + sec(600),
        "events",
        "info",
        "SERVICE FLAPPING ALERT: %s;%s;STOPPED; Service appears to have stopped flapping (%.1f%% change < %.1f%% threshold)",
        f"SERVICE FLAPPING ALERT: {h};{svc};STOPPED; Service appears to have stopped flapping ({r.uniform(2, 4.9):.1f}% change < 5.0% threshold)",
    )
    # ---- forced checks from the web UI
    for t in poisson(r, T0, T_END, 420):
        h = r.choice(CE_CENTRAL + CE_POLLER)
        svc = r.choice(CE_SVCS)
        extcmd(t, eng_of(h), "SCHEDULE_FORCED_SVC_CHECK", f"{h};{svc};{int(epoch(t))}")
    # ---- configuration export and restart at 10:02
    for eng, t0, newpid in (
        ("central", at(10, 2, 4.1), 31207),
        ("poller01", at(10, 2, 6.8), 29410),
    ):
        t = E(
            eng,
            t0,
            "process",
            "info",
            "Caught SIG%s, shutting down...",
            "Caught SIGTERM, shutting down...",
        )
        t = E(
            eng,
            t + sec(0.31),
            "process",
            "info",
            "Successfully shutdown... (PID=%d)",
            f"Successfully shutdown... (PID={pids[eng]})",
        )
        pids[eng] = newpid
        t = E(
            eng,
            t + sec(1.2),
            "process",
            "info",
            "Centreon Engine %s starting ... (PID=%d)",
            f"Centreon Engine 23.10.7 starting ... (PID={newpid})",
        )
        t = E(
            eng,
            t + sec(0.001),
            "process",
            "info",
            "Local time is %s",
            f"Local time is {t:%a %b %d %H:%M:%S} UTC {t:%Y}",
        )
        t = E(eng, t + sec(0.001), "process", "info", "LOG VERSION: %s", "LOG VERSION: 2.0")
        for mod in ("/usr/lib64/centreon-engine/externalcmd.so", "/usr/lib64/nagios/cbmod.so"):
            t = E(
                eng,
                t + sec(r.uniform(0.01, 0.2)),
                "eventbroker",
                "info",
                "Event broker module '%s' initialized successfully",
                f"Event broker module '{mod}' initialized successfully",
            )
    B(
        at(10, 2, 9.3),
        "core",
        "info",
        "%s : log started",
        "/var/log/centreon-broker/central-broker-master.log : log started",
    )
    # ---- RRD refusing points sent twice (all day, and a burst after the restart)
    spans = poisson(r, T0, T_END, 130) + poisson(r, at(10, 2, 15), at(10, 9), 2.6)
    for t in spans:
        metric = r.randint(1200, 9800)
        lt = int(epoch(t)) - r.randint(20, 300)
        B(
            t,
            "rrd",
            "error",
            "RRD: ignored update error in file '%s': %s: illegal attempt to update using time %d when last update time is %d (minimum one second step)",
            f"RRD: ignored update error in file '/var/lib/centreon/metrics/{metric}.rrd': /var/lib/centreon/metrics/{metric}.rrd: illegal attempt to update using time {lt} when last update time is {lt} (minimum one second step)",
        )
    # ---- maintenance downtime on srv-web-05 and srv-web-06 at 11:00
    for h in ("srv-web-05", "srv-web-06"):
        s0 = at(10, 58, r.uniform(1, 50))
        extcmd(
            s0,
            "central",
            "SCHEDULE_HOST_DOWNTIME",
            f"{h};1717758000;1717761600;1;0;3600;asantos;Kernel update",
        )
        extcmd(
            s0 + sec(0.2),
            "central",
            "SCHEDULE_HOST_SVC_DOWNTIME",
            f"{h};1717758000;1717761600;1;0;3600;asantos;Kernel update",
        )
        d0 = at(11, 0, r.uniform(0, 2))
        E(
            "central",
            d0,
            "downtimes",
            "info",
            "HOST DOWNTIME ALERT: %s;STARTED; Host has entered a period of scheduled downtime",
            f"HOST DOWNTIME ALERT: {h};STARTED; Host has entered a period of scheduled downtime",
        )
        for svc in CE_SVCS:
            E(
                "central",
                d0 + sec(r.uniform(0.01, 0.5)),
                "downtimes",
                "info",
                "SERVICE DOWNTIME ALERT: %s;%s;STARTED; Service has entered a period of scheduled downtime",
                f"SERVICE DOWNTIME ALERT: {h};{svc};STARTED; Service has entered a period of scheduled downtime",
            )
        b = at(11, 6, r.uniform(0, 200))
        t = halert(b, h, "DOWN", "SOFT", 1)
        t = halert(t + sec(10.1), h, "DOWN", "SOFT", 2)
        t = halert(t + sec(10.2), h, "DOWN", "HARD", 3)
        halert(t + sec(r.uniform(60, 150)), h, "UP", "HARD", 1)
        d1 = at(11, 45, r.uniform(5, 30))
        extcmd(d1 - sec(2), "central", "DEL_HOST_DOWNTIME", f"{r.randint(40, 60)}")
        E(
            "central",
            d1,
            "downtimes",
            "info",
            "HOST DOWNTIME ALERT: %s;STOPPED; Host has exited from a period of scheduled downtime",
            f"HOST DOWNTIME ALERT: {h};STOPPED; Host has exited from a period of scheduled downtime",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- pandora-fms

PF_AGENTS = [
    ("web-01", 0),
    ("web-02", 0),
    ("web-03", 0),
    ("web-04", 0),
    ("app-01", 0),
    ("app-02", 0),
    ("app-03", 0),
    ("app-04", 0),
    ("db-01", 0),
    ("db-02", 0),
    ("fs-01", 0),
    ("WIN-DC-01", 2),
    ("WIN-DC-02", 2),
    ("WIN-SQL-01", 2),
]
PF_MODULES = ["cpu_user", "load_avg", "memfree_percent", "disk_root_free", "proc_total", "net_rx"]
PF_DB = "/usr/lib/perl5/PandoraFMS/DB.pm"
PF_DATA = "/usr/lib/perl5/PandoraFMS/DataServer.pm"


def pandora_fms(r: random.Random) -> list[Log]:
    """One Pandora FMS server, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    srv = ["pf-1"]

    def P(
        t: datetime,
        level: int,
        label: str,
        msg: str,
        caller: str | None = "ProducerConsumerServer",
        more: list[str] | None = None,
    ) -> datetime:
        cl = f" {caller}: " if caller else " "
        return fs.add(
            "pandora_server.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}{cl}pandora01 [V{level}] {msg}", *(more or [])],
            srv[0],
            SEC,
        )

    def ERR(t: datetime, label: str, msg: str) -> None:
        fs.add("pandora_server.error", t, label, lambda x: [msg], ("err", srv[0]), MS)

    def banner(t: datetime) -> datetime:
        t = P(
            t,
            1,
            "Pandora FMS Server %s Build %s Copyright (c) 2004-%s %s",
            "Pandora FMS Server 7.0NG.777 Build 240605 Copyright (c) 2004-2024 Pandora FMS",
            None,
        )
        t = P(
            t,
            1,
            "This program is OpenSource, licensed under the terms of GPL License version 2.",
            "This program is OpenSource, licensed under the terms of GPL License version 2.",
            None,
        )
        return P(
            t,
            1,
            "You can download latest versions and documentation at official web page.",
            "You can download latest versions and documentation at official web page.",
            None,
        )

    autocreate_broken = (at(8, 5, 11), at(9, 12, 30))
    db_down = (at(10, 31, 2), at(10, 33, 40))
    paused = [db_down, (at(9, 12, 30), at(9, 12, 48))]
    known = {a for a, _ in PF_AGENTS}
    deleted_at = at(10, 5, 40)

    # software agents: one XML every 300 s each
    senders: list[tuple[str, int, datetime, datetime]] = [
        (a, tz, T0 + sec(r.uniform(0, 300)), T_END) for a, tz in PF_AGENTS
    ]
    for t in poisson(r, at(6, 20), at(10, 40), 1500):
        senders.append((f"cloud-vm-{hexid(r, 6)}", 0, t, t + sec(r.uniform(1800, 5400))))
    files: list[tuple[datetime, str, int]] = []
    for a, tz, t0, t1 in senders:
        t = t0
        while t < t1:
            files.append((t, a, tz))
            t += sec(300 + r.uniform(-1.5, 1.5))
    for t in poisson(r, at(10, 40), T_END, 300):
        files.append((t, "", 0))
    files.sort()
    for t, a, tz in files:
        if in_any(t, paused):
            t = max(b for _, b in paused if _ <= t) + sec(r.uniform(0.5, 20))
        t += sec(r.uniform(0.5, 3))
        if a == "":
            fn = f"/var/spool/pandora/data_in/localhost.localdomain.{int(epoch(t))}.data"
            ERR(
                t,
                "Use of uninitialized value $agent_name in string eq at %s line %d.",
                f"Use of uninitialized value $agent_name in string eq at {PF_DATA} line 296.",
            )
            P(t, 3, "%s has data from an unnamed agent", f"{fn} has data from an unnamed agent")
            continue
        stamp = (t - sec(r.uniform(1, 4))).strftime("%Y/%m/%d %H:%M:%S")
        t = P(
            t,
            5,
            "Modified timestamp = %s with timezone_offset = %s",
            f"Modified timestamp = {stamp} with timezone_offset = {tz}",
        )
        if a not in known:
            if in_any(t, [autocreate_broken]):
                P(
                    t + sec(0.05),
                    3,
                    "Group id %d does not exist (check autocreate_group config token)",
                    "Group id 11 does not exist (check autocreate_group config token)",
                )
                continue
            known.add(a)
            t = P(t + sec(0.02), 5, "Creating agent %s", f"Creating agent {a}")
        if a == "fs-01" and deleted_at <= t < deleted_at + sec(300):
            for m in PF_MODULES:
                t = P(
                    t + sec(0.02),
                    3,
                    "Invalid agent '%s' for module '%s'.",
                    f"Invalid agent '{a}' for module '{m}'.",
                )
            continue
        t = P(t + sec(0.03), 5, "Updating agent %s", f"Updating agent {a}")
        if a == "app-03":
            P(
                t + sec(0.1),
                3,
                "Invalid module type '%s' for module '%s' agent '%s'.",
                f"Invalid module type 'generic_data_strng' for module 'jvm_heap_used' agent '{a}'.",
            )
    # deadlocks now and then
    for t in poisson(r, T0, T_END, 2400):
        ERR(
            t,
            "DBD::mysql::st execute failed: Deadlock found when trying to get lock; try restarting transaction at %s line %d.",
            f"DBD::mysql::st execute failed: Deadlock found when trying to get lock; try restarting transaction at {PF_DB} line 1036.",
        )
    # the autocreate group fixed by a restart
    srv[0] = "pf-2"
    banner(at(9, 12, 48))
    # MySQL restarted at 10:31
    for i in range(7):
        x = db_down[0] + sec(r.uniform(0, 2))
        if i % 3 == 2:
            ERR(
                x,
                "DBD::mysql::db do failed: MySQL server has gone away at %s line %d.",
                f"DBD::mysql::db do failed: MySQL server has gone away at {PF_DB} line 1119.",
            )
        else:
            ERR(
                x,
                "DBD::mysql::st execute failed: Lost connection to MySQL server during query at %s line %d.",
                f"DBD::mysql::st execute failed: Lost connection to MySQL server during query at {PF_DB} line 1036.",
            )
    lab = "Pandora FMS Server restarting (DBI connect('%s','%s',...) failed: Can't connect to local MySQL server through socket '%s' (%d) at %s line %d.\\n) in %d seconds."
    for x in (db_down[0] + sec(3.1), db_down[0] + sec(66.4)):
        srv[0] = f"pf-3-{x.minute}"
        P(
            x,
            1,
            lab,
            f"Pandora FMS Server restarting (DBI connect('pandora:localhost:3306','pandora',...) failed: Can't connect to local MySQL server through socket '/var/lib/mysql/mysql.sock' (2) at {PF_DB} line 106.",
            None,
            [") in 60 seconds."],
        )
    srv[0] = "pf-4"
    banner(db_down[1] - sec(8))
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- m3db

M3_PODS = {
    "m3db-cluster-rep0-0": "10.42.1.23",
    "m3db-cluster-rep1-0": "10.42.3.17",
    "m3db-cluster-rep2-0": "10.42.2.41",
}
M3_UIDS = {
    p: f"{hexid(random.Random(p), 8)}-{hexid(random.Random(p + 'b'), 4)}-4{hexid(random.Random(p + 'c'), 3)}-a{hexid(random.Random(p + 'd'), 3)}-{hexid(random.Random(p + 'e'), 12)}"
    for p in M3_PODS
}
M3_PROMS = [f"10.42.{a}.{b}" for a, b in [(1, 57), (2, 88), (3, 102), (1, 140), (2, 19), (3, 61)]]
M3_COORD = "m3coordinator-6f7b9c4d8-2xk8d"


def go_float(x: float) -> str:
    """strconv.FormatFloat(x, 'f', -1, 64): the shortest text that reads back as x."""
    s = repr(x)
    return s[:-2] if s.endswith(".0") else s


def m3db(r: random.Random) -> list[Log]:
    """Three m3dbnode pods and a coordinator, 06:00 to 12:00 (see the module docstring)."""
    import json

    fs = Files()
    gen = {p: 1 for p in M3_PODS}

    def Z(
        f: str, t: datetime, level: str, msg: str, fields: dict[str, object] | None = None
    ) -> datetime:
        lag = r.randint(40_000, 900_000)

        def text(x: datetime) -> list[str]:
            body = json.dumps(
                {"level": level, "ts": 0, "msg": msg, **(fields or {})}, separators=(",", ":")
            )
            body = body.replace('"ts":0', f'"ts":{go_float(epoch(x))}', 1)
            y = x + sec(lag / 1e9)
            return [
                f"{y:%Y-%m-%dT%H:%M:%S}.{y.microsecond * 1000 + lag % 1000:09d}Z stderr F {body}"
            ]

        t += sec(r.uniform(0.00001, 0.0009))
        return fs.add(f"{f}.log", t, msg, text, (f, gen.get(f, 0)), 1)

    def host(p: str) -> str:
        return json.dumps({"name": p, "uid": M3_UIDS[p]}, separators=(",", ":"))

    def start(p: str, t: datetime, fail: int = 0) -> datetime:
        gen[p] += 1
        t = Z(
            p,
            t,
            "info",
            "raised rlimit no file fds limit",
            {
                "required": True,
                "sysNROpenValue": 3000000,
                "noFileMaxValue": 3000000,
                "noFileCurrValue": 3000000,
            },
        )
        t = Z(
            p,
            t + sec(r.uniform(0.2, 0.6)),
            "info",
            "waiting for dynamic topology initialization, if this takes a long time, make sure that a topology/placement is configured",
        )
        t = Z(
            p,
            t + sec(r.uniform(0.001, 0.01)),
            "info",
            "adding a watch",
            {"watchKey": "_sd.placement/default_env/m3db"},
        )
        t = Z(
            p, t + sec(r.uniform(0.05, 0.3)), "info", "initial topology / placement value received"
        )
        for n in range(2):
            numshards = 64 if n == 0 else 0
            t0 = t + sec(r.uniform(0.3, 1.5) if n == 0 else 10.0)
            t = Z(p, t0, "info", "bootstrap prepare")
            t = Z(
                p,
                t + sec(r.uniform(0.05, 0.4)),
                "info",
                "bootstrap started",
                {"numShards": numshards},
            )
            tries = fail if n == 0 else 0
            for b in ["filesystem", "peers"] if numshards else ["filesystem"]:
                t = Z(
                    p,
                    t + sec(r.uniform(0.001, 0.05)),
                    "info",
                    "bootstrapping time series data start",
                    {"bootstrapper": b, "cachePolicy": "lru"},
                )
                if b == "peers" and tries:
                    d = r.uniform(8, 25)
                    t = Z(
                        p,
                        t + sec(d),
                        "error",
                        "bootstrap failed",
                        {
                            "numShards": numshards,
                            "bootstrapDuration": round(d + 3.1, 6),
                            "error": "bootstrap data failed: peers bootstrapper: unable to fetch metadata from peers: fetch blocks metadata from peers: failed to meet consistency level unstrict_majority with 0/1 success",
                        },
                    )
                    t = Z(
                        p,
                        t + sec(0.001),
                        "warn",
                        "retrying bootstrap after backoff",
                        {"backoff": 10, "numRetries": fail - tries + 1},
                    )
                    tries -= 1
                    t = Z(p, t + sec(10.0), "info", "bootstrap prepare")
                    t = Z(
                        p,
                        t + sec(r.uniform(0.05, 0.4)),
                        "info",
                        "bootstrap started",
                        {"numShards": numshards},
                    )
                    t = Z(
                        p,
                        t + sec(0.01),
                        "info",
                        "bootstrapping time series data start",
                        {"bootstrapper": "filesystem", "cachePolicy": "lru"},
                    )
                    d = r.uniform(1, 4)
                    t = Z(
                        p,
                        t + sec(d),
                        "info",
                        "bootstrapping time series data success",
                        {"bootstrapper": "filesystem", "cachePolicy": "lru", "took": round(d, 6)},
                    )
                    t = Z(
                        p,
                        t + sec(0.01),
                        "info",
                        "bootstrapping time series data start",
                        {"bootstrapper": "peers", "cachePolicy": "lru"},
                    )
                    if tries:
                        d = r.uniform(8, 25)
                        t = Z(
                            p,
                            t + sec(d),
                            "error",
                            "bootstrap failed",
                            {
                                "numShards": numshards,
                                "bootstrapDuration": round(d + 3.1, 6),
                                "error": "bootstrap data failed: peers bootstrapper: unable to fetch metadata from peers: fetch blocks metadata from peers: failed to meet consistency level unstrict_majority with 0/1 success",
                            },
                        )
                        t = Z(
                            p,
                            t + sec(0.001),
                            "warn",
                            "retrying bootstrap after backoff",
                            {"backoff": 10, "numRetries": fail - tries + 1},
                        )
                        tries -= 1
                        continue
                d = (
                    r.uniform(20, 110)
                    if numshards and b == "peers"
                    else r.uniform(1.5, 40)
                    if numshards
                    else r.uniform(0.01, 0.2)
                )
                t = Z(
                    p,
                    t + sec(d),
                    "info",
                    "bootstrapping time series data success",
                    {"bootstrapper": b, "cachePolicy": "lru", "took": round(d, 6)},
                )
                t = Z(
                    p,
                    t + sec(0.002),
                    "info",
                    "bootstrapping index metadata start",
                    {"bootstrapper": b},
                )
                d = r.uniform(2, 30) if numshards else r.uniform(0.01, 0.1)
                t = Z(
                    p,
                    t + sec(d),
                    "info",
                    "bootstrapping index metadata success",
                    {"bootstrapper": b, "took": round(d, 6)},
                )
            dur = round((t - t0).total_seconds(), 6)
            t = Z(
                p,
                t + sec(0.01),
                "info",
                "bootstrap succeeded, marking namespaces complete",
                {"numShards": numshards, "bootstrapDuration": dur},
            )
            t = Z(
                p,
                t + sec(0.001),
                "info",
                "bootstrap namespaces start",
                {"numShards": numshards, "bootstrapDuration": dur},
            )
            d = r.uniform(0.5, 6) if numshards else r.uniform(0.01, 0.05)
            t = Z(
                p,
                t + sec(d),
                "info",
                "bootstrap namespaces success",
                {
                    "numShards": numshards,
                    "bootstrapDuration": dur,
                    "bootstrapNamespacesDuration": round(d, 6),
                },
            )
            if n == 0:
                t = Z(
                    p,
                    t + sec(0.001),
                    "warn",
                    "retrying bootstrap after backoff",
                    {"backoff": 10, "numRetries": 1},
                )
                for what, port in (
                    ("node tchannelthrift", 9000),
                    ("node httpjson", 9002),
                    ("cluster tchannelthrift", 9001),
                    ("cluster httpjson", 9003),
                ):
                    t = Z(
                        p,
                        t + sec(r.uniform(0.001, 0.02)),
                        "info",
                        f"{what}: listening",
                        {"address": f"0.0.0.0:{port}"},
                    )
        return t

    def stop(p: str, t: datetime) -> datetime:
        t = Z(p, t, "warn", "interrupt", {"error": "interrupt: received signal terminated"})
        t = Z(p, t + sec(0.001), "info", "waiting for clean shutdown")
        return Z(p, t + sec(r.uniform(2, 9)), "info", "clean shutdown")

    def refused(t0: datetime, t1: datetime, p: str) -> None:
        t = t0 + sec(r.uniform(0.5, 2))
        while t < t1:
            Z(
                M3_COORD,
                t,
                "warn",
                "could not connect",
                {
                    "host": f"{p}.m3dbnode-m3db-cluster:9000",
                    "error": f"dial tcp {M3_PODS[p]}:9000: connect: connection refused",
                },
            )
            t += sec(r.uniform(1.5, 4.5))

    # rep1-0 OOM-killed at 07:31:12
    oom = at(7, 31, 12.4)
    back1 = start("m3db-cluster-rep1-0", oom + sec(31.7))
    refused(oom, back1, "m3db-cluster-rep1-0")
    # node drain at 09:08: rep2-0, then rep0-0
    d2, d0 = at(9, 8, 3.2), at(9, 8, 41.9)
    stop("m3db-cluster-rep2-0", d2)
    stop("m3db-cluster-rep0-0", d0)
    back2 = start("m3db-cluster-rep2-0", d2 + sec(48.3), fail=2)
    back0 = start("m3db-cluster-rep0-0", d0 + sec(95.6))
    refused(d2, back2, "m3db-cluster-rep2-0")
    refused(d0, back0, "m3db-cluster-rep0-0")
    # writes below majority while two nodes are down
    t = d0 + sec(r.uniform(0.2, 1))
    while t < min(back2, back0):
        src = r.choice(M3_PROMS)
        errs = []
        for q in ("m3db-cluster-rep2-0", "m3db-cluster-rep0-0"):
            errs.append(
                f"error writing to host {host(q)}: dial tcp {M3_PODS[q]}:9000: connect: connection refused"
            )
        n = r.randint(200, 2000)
        Z(
            M3_COORD,
            t,
            "error",
            "write error",
            {
                "rqID": str(uuid_r(r)),
                "remoteAddr": f"{src}:{r.randint(32768, 60999)}",
                "httpResponseStatusCode": 500,
                "numRegularErrors": n,
                "numBadRequestErrors": 0,
                "lastRegularError": f"failed to meet consistency level majority with 1/3 success, 1 nodes responded, errors: [{' '.join(errs)}]",
                "lastBadRequestErr": "",
            },
        )
        t += sec(r.expovariate(1 / 0.45))
    # a Prometheus replica four hours behind, 07:02 to 10:37
    t = at(7, 2, 17.3)
    bad = M3_PROMS[3]
    while t < at(10, 37, 5):
        n = r.randint(1, 500)
        ts = int((epoch(t) - 4 * 3600 - r.uniform(0, 30)) * 1e9)
        past = int((epoch(t) - 3600) * 1e9)
        series = r.choice(
            [
                "node_cpu_seconds_total",
                "container_memory_working_set_bytes",
                "http_requests_total",
                "kube_pod_status_phase",
                "node_network_receive_bytes_total",
            ]
        )
        sid = f"{series},instance=10.42.{r.randint(1, 3)}.{r.randint(2, 250)}:9100,job={r.choice(['node', 'kubelet', 'apiserver'])}"
        err = f"datapoint too far in past: id={sid}, off_by={(past - ts) / 1e9:.0f}s, timestamp={datetime.fromtimestamp(ts / 1e9, UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}, past_limit={datetime.fromtimestamp(past / 1e9, UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}, timestamp_unix_nanos={ts}, past_limit_unix_nanos={past}"
        Z(
            M3_COORD,
            t,
            "error",
            "write error",
            {
                "rqID": str(uuid_r(r)),
                "remoteAddr": f"{bad}:{r.randint(32768, 60999)}",
                "httpResponseStatusCode": 400,
                "numRegularErrors": 0,
                "numBadRequestErrors": n,
                "lastRegularError": "",
                "lastBadRequestErr": err,
            },
        )
        t += sec(r.expovariate(1 / 8.8))
    return fs.logs(T0)


def uuid_r(r: random.Random) -> str:
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


# -------------------------------------------------------------------------------- fastnetmon

FN_NETS = [
    "198.51.100.0/24",
    "203.0.113.0/24",
    "192.0.2.0/24",
    "100.64.8.0/22",
    "100.64.12.0/23",
    "100.64.14.0/24",
]


def fastnetmon(r: random.Random) -> list[Log]:
    """FastNetMon on a hosting provider's border, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    proc = ["fnm-1"]
    ban_time, period = 1800, 60

    def F(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "fastnetmon.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} [{level}] {msg}"],
            proc[0],
            MS,
        )

    def host_ip(v6: bool = False) -> str:
        if v6:
            return f"2001:db8:4a10:{r.randint(1, 40):x}::{r.randint(2, 4000):x}"
        net = r.choice(
            [
                "198.51.100",
                "203.0.113",
                "192.0.2",
                "100.64.9",
                "100.64.12",
                "100.64.13",
                "100.64.14",
            ]
        )
        return f"{net}.{r.randint(2, 254)}"

    def ban(t: datetime, ip: str, direction: str, pps: int) -> datetime:
        t = F(
            t,
            "INFO",
            "Attack with direction: %s IP: %s Power: %s",
            f"Attack with direction: {direction} IP: {ip} Power: {pps}",
        )
        t = F(
            t + sec(0.0004),
            "INFO",
            "Call script for ban client: %s",
            f"Call script for ban client: {ip}",
        )
        t = F(
            t + sec(0.0004),
            "INFO",
            "Script for ban client is finished: %s",
            f"Script for ban client is finished: {ip}",
        )
        t = F(
            t + sec(0.0004),
            "INFO",
            "Call GoBGP for ban client started: %s",
            f"Call GoBGP for ban client started: {ip}",
        )
        t = F(
            t + sec(0.0004),
            "INFO",
            "Call to GoBGP for ban client is finished: %s",
            f"Call to GoBGP for ban client is finished: {ip}",
        )
        F(
            t + sec(r.uniform(1, 9)),
            "INFO",
            "Attack with direction: %s IP: %s Power: %s traffic samples collected",
            f"Attack with direction: {direction} IP: {ip} Power: {pps} traffic samples collected",
        )
        return t

    def unban(t: datetime, ip: str, v6: bool) -> datetime:
        if v6:
            t = F(
                t,
                "WARN",
                "Sorry, we do not support unban_only_if_attack_finished for IPv6",
                "Sorry, we do not support unban_only_if_attack_finished for IPv6",
            )
        t = F(
            t + sec(0.0003),
            "INFO",
            "We will unban banned IP: %s because it ban time %d seconds is ended",
            f"We will unban banned IP: {ip} because it ban time {ban_time} seconds is ended",
        )
        t = F(
            t + sec(0.0003),
            "INFO",
            "Call script for unban client: %s",
            f"Call script for unban client: {ip}",
        )
        t = F(
            t + sec(0.0003),
            "INFO",
            "Script for unban client is finished: %s",
            f"Script for unban client is finished: {ip}",
        )
        t = F(
            t + sec(0.0003),
            "INFO",
            "Call GoBGP for unban client started: %s",
            f"Call GoBGP for unban client started: {ip}",
        )
        return F(
            t + sec(0.0003),
            "INFO",
            "Call to GoBGP for unban client is finished: %s",
            f"Call to GoBGP for unban client is finished: {ip}",
        )

    restart = at(8, 2, 14.6)
    # attacks: (start, end, ip, direction, pps, ipv6)
    attacks = []
    for t in poisson(r, at(5, 20), T_END, 300):
        v6 = r.random() < 0.03
        out = r.random() < 0.12
        dur = r.expovariate(1 / 700) + 60
        if r.random() < 0.15:
            dur += r.uniform(1800, 2600)
        attacks.append(
            (
                t,
                t + sec(dur),
                host_ip(v6),
                "outgoing" if out else "incoming",
                int(r.lognormvariate(12.8, 0.7)),
                v6,
            )
        )
    attacks.append((at(6, 48, 3), at(7, 1), "2001:db8:4a10:7::1f", "incoming", 612044, True))
    attacks.append((at(10, 51, 40), at(11, 3), "2001:db8:4a10:12::80", "incoming", 233981, True))
    used = set()
    for i in r.sample(range(2, 255), 58):
        used.add(i)
        t = at(9, 41, 5) + sec(r.uniform(0, 130))
        attacks.append(
            (
                t,
                at(10, 17, 50) + sec(r.uniform(0, 60)),
                f"198.51.100.{i}",
                "incoming",
                int(r.uniform(60000, 190000)),
                False,
            )
        )
    attacks.sort()
    # the restart after the networks list change
    proc[0] = "fnm-2"
    t = F(
        restart,
        "WARN",
        "We will use %s instead of %s because it's host address",
        "We will use 203.0.113.0/24 instead of 203.0.113.7/24 because it's host address",
    )
    t = F(
        t + sec(0.002),
        "INFO",
        "Total number of monitored hosts (total size of all networks): %d",
        "Total number of monitored hosts (total size of all networks): 2560",
    )
    t = F(
        t + sec(0.001),
        "INFO",
        "We need %d MB of memory for storing counters for your networks",
        "We need 3 MB of memory for storing counters for your networks",
    )
    t = F(
        t + sec(0.04),
        "INFO",
        "We loaded %d IPv4 subnets to our in-memory list of networks",
        "We loaded 6 IPv4 subnets to our in-memory list of networks",
    )
    t = F(
        t + sec(0.3),
        "INFO",
        "Run banlist cleanup thread, we will awake every %d seconds",
        f"Run banlist cleanup thread, we will awake every {period} seconds",
    )
    cleanup_phase = {"fnm-1": at(5, 0, 33.2), "fnm-2": t}
    banned: dict[str, tuple[datetime, datetime, bool, str]] = {}
    # walk time: bans as attacks begin, cleanup passes every `period`
    passes: list[tuple[datetime, str]] = []
    for name, t0 in cleanup_phase.items():
        x = t0
        end = restart if name == "fnm-1" else T_END
        while x < end:
            x += sec(period + r.uniform(0.0005, 0.004))
            passes.append((x, name))
    timeline = sorted(
        [(a[0], "ban", a) for a in attacks] + [(p[0], "pass", p[1]) for p in passes],
        key=lambda e: e[0],
    )
    for t, kind, obj in timeline:
        if kind == "ban":
            start, end, ip, direction, pps, v6 = obj
            if ip in banned or (start < restart <= start + sec(0.5)):
                continue
            name = "fnm-1" if start < restart else "fnm-2"
            if start < T0:
                banned[ip] = (start, end, v6, name)
                continue
            proc[0] = name
            ban(start, ip, direction, pps)
            banned[ip] = (start, end, v6, name)
        else:
            name = obj
            if name == "fnm-2":
                for ip in [k for k, v in banned.items() if v[3] == "fnm-1"]:
                    del banned[ip]
            proc[0] = name
            x = t
            for ip, (start, end, v6, owner) in sorted(banned.items(), key=lambda kv: kv[1][0]):
                if owner != name or (t - start).total_seconds() <= ban_time:
                    continue
                if not v6 and end > t:
                    x = F(
                        x + sec(0.0002),
                        "ERROR",
                        "Attack to IP %s still going! We should not unblock this host",
                        f"Attack to IP {ip} still going! We should not unblock this host",
                    )
                    continue
                x = unban(x + sec(0.0002), ip, v6)
                del banned[ip]
    return fs.logs(T0)


SYSTEMS = {
    "pinpoint-collector": pinpoint_collector,
    "centreon": centreon,
    "pandora-fms": pandora_fms,
    "m3db": m3db,
    "fastnetmon": fastnetmon,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
