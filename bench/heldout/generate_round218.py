#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 218 (nacos, dubbo, seata-server, canal, apollo-configservice)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five pieces of one shop's Java middleware (Alibaba's
and Ctrip's), 06:00 to 12:00 on 2024-06-07, wall clock China Standard Time; the same incidents
are seen from several of them (the orders database restarted at 09:10, the order service
redeployed at 07:30, the 08:15 flash sale).

- Nacos 2.3 (`nacos-0-`, `nacos-1-`, `nacos-2-naming-server.log`, `...-naming-push.log`,
  `nacos-0-`, `nacos-1-nacos-cluster.log`, `nacos-2-nacos.log`): a three-node cluster's own files
  under logs/, all written by nacos-logback.xml's `%date %level %msg%n%n` (a blank line after
  every event, and between a message and its stack trace): `Client connection %s connect` and
  `Client connection %s disconnect, remove instances and subscribers` on every node for each
  naming connection (the node holding it and the two that get it through Distro); the push
  engine's `[PUSH-SUCC] %sms, all delay time %sms, SLA %sms, %s, DataSize=%s, target=%s` with
  the service's toString; four batch CronJobs connecting every 5, 5, 10 and 15 minutes; the order service
  redeployed at 07:30, inventory scaled out and back twice and crash-looping 10:20-10:50; nacos-2
  OOM-killed at 08:40 (the others' `failed to report new info to target node : %s, error :
  caused: Connection refused;` every 4 s, its clients reconnecting elsewhere and expiring three
  minutes later, its restart at 08:52 in nacos.log: Spring Boot's and HikariCP's start-up lines,
  `Nacos Log files: %s`, `Nacos is starting...` every second, `Nacos started successfully in %s
  mode. use %s storage`, then the Distro sync's burst of connects); the gateways stalled in GC
  09:55-09:57 while payment redeploys (`[PUSH-FAIL] %sms, %s, reason=Timeout After
  %s milliseconds,requestId =%s, target=%s` and `Reason detail: ` with the stack, retried every
  4 s).
- Dubbo 3.2 (`order-1.log`, `order-2.log`: the provider application order-service, Spring Boot
  3.2's file layout `2024-06-07T06:00:01.123+08:00  INFO 2211 --- [order-service] [thread]
  logger : message`, Dubbo's logger wrapping each message in ` [DUBBO] %s, dubbo version: %s,
  current host: %s` and, for warnings and errors, `, error code: %s. This may be caused by %s, go
  to %s to find instructions. `): start-up and shutdown (`Dubbo Application[1.1](%s) is
  starting.`, `Export dubbo service %s to local registry url : %s`, `Export dubbo service %s to
  url %s`, `Register dubbo service %s url %s to registry %s`, `Start NettyServer bind %s, export
  %s`), OrderService's access log (`accesslog=true`: `[%s] -> [%s] %s:%s -> %s:%s - %s:%s %s(%s)
  %s`), consumers' connections (`The connection %s of %s -> %s is established.` / `is
  disconnected.`), the rolling restart at 07:30, the 08:15 flash sale (`Thread pool is EXHAUSTED!
  ...`, TimeoutFilter's `invoke timed out. method: %s arguments: %s , url is %s, invoke elapsed %s
  ms.`), the orders database lost 09:10-09:16 (HikariCP's `Failed to validate connection`,
  ExceptionFilter's `Got unchecked and undeclared exception which called by %s. service: %s,
  method: %s, exception: %s: %s` with the stack), a gateway pod OOM-killed at 10:12 (`The
  connection %s of %s -> %s has exception.` with `Connection reset by peer`), a hung legacy
  consumer closed for idleness (`IdleStateEvent triggered, close channel %s`).
- Seata 1.8 (`tc1-seata-server.8091.all.log`, `tc2-seata-server.8091.all.log`: the TC's
  file-appender.xml layout `%d %5p --- [%30.30t] %-40.40logger{39} : %m%n`, db store): every
  global transaction's trail (the batch logger's request lines, a merged branch register written
  over two lines because SeataMergeMessage's toString ends each request with a newline, `Begin
  new global transaction applicationId: %s,transactionServiceGroup: %s, transactionName:
  %s,timeout:%s,xid:%s`, `Register branch successfully, xid = %s, branchId = %s, resourceId = %s
  ,lockKeys = %s`, the async committer's `Commit branch transaction successfully, xid = %s
  branchId = %s` and `Committing global transaction is successfully done, xid = %s.`, rollbacks),
  lock conflicts in the flash sale (`Catch TransactionException while do RPC, request: %s` with
  `Global lock acquire failed xid = %s branchId = %s`), timeouts (`Global transaction[%s] is
  timeout and will be rollback,transaction begin time:%s and now:%s`), rollbacks retried while
  the inventory database fails over at 10:05, clients registering (`TM register success,message:
  %s,channel:%s,client version:%s`, `RM register success,...`) and going (`%s to server channel
  inactive.`, `remove channel:%scontext:%s`), tc2 restarted at 10:30.
- canal 1.1.7 (`canal.log`, `orders.log`, `inventory.log`, `meta.log`: one deployer, two
  instances, logback's `%d [%thread] %-5level %logger{56} - %msg%n` and meta.log's `%d - %m%n`):
  the deployer's `## ...` start and stop lines, each instance's start (`start CannalInstance for
  %s`, `--> init table filter : %s`, `prepare to find start position just last position\\n %s`
  with the position's JSON on its own line, `---> find start position successfully, %s cost :
  %sms , the next step is binlog dump`), meta.log's cursor lines as the adapter acks, the orders
  database restarted 09:10-09:16 (`dump address %s has an error, retrying. caused by ` with the
  stack and LogAlarmHandler's `destination:%s[%s]` holding the whole stack trace), the inventory
  database down for maintenance 10:40-10:48 (connection refused) and restored from a snapshot
  whose binlogs start over (`errno = 1236 ... Could not find first log file name in binary log
  index file` on every retry until the meta is reset at 11:12), the
  adapter's connection reset at 07:45 (`something goes wrong with channel:%s, exception=%s`), the
  deployer restarted at 11:20.
- Apollo 2.2 configservice (`config1-apollo-configservice.log`, `config2-...`: Spring Boot 2.7's
  file layout, the embedded Eureka server and client; both up since the day before): config1's
  restart at 10:20 (Eureka's `Unregistering application %s with eureka with status %s`,
  `DiscoveryClient_%s/%s - deregister  status: %d`, an abridged start-up: `Setting the eureka
  configuration..`, `Renew threshold is: %d`, `DiscoveryClient_%s/%s - registration status: %d`,
  Spring Boot's `Started %s in %s seconds (JVM running for %s)`), the evict task every minute
  (`Running the evict task with compensationTime %dms`), `Resolving eureka endpoints via
  configuration` every five minutes, `Current renewal threshold is : %d` every fifteen, each
  release's `message received - channel: %s, message: ReleaseMessage{id=%d, message=%s,
  dataChangeLastModifiedTime=%s}` from three listeners, an admin service lost at 08:20 (`DS:
  Registry: expired lease for %s/%s`, `Evicting %d items (expired=%d, evictionLimit=%d)`,
  `Cancelled instance %s/%s (replication=%s)`), the config database failing over 09:05-09:12
  (`Scan and send message failed` with the stack every 31 s, Hibernate's `SQL Error: %d,
  SQLState: %s`, Tomcat's `Servlet.service() for servlet [%s] ... threw exception [...] with root
  cause`), config2's `Network level connection to peer %s; retrying after delay` with the stack
  while config1 restarts. The start-up is abridged (the Eureka client's full-fetch lines, Tomcat's
  and HikariCP's lines left out) to keep the round within 30 templates.

Label notes. Logback heads are context: Nacos's date and level, Spring Boot's date, level, pid,
`---`, application name, thread and logger, Seata's and canal's date, level, thread and logger,
meta.log's date. Dubbo's ` [DUBBO] ` before a message and `, dubbo version: ..., current host:
...` (and the error code, cause and FAQ link a warning gets) after it are what its logger adds:
context. A Java object's toString inside a message is a value with a format of its own and
contributes it (Nacos's `Service{namespace='%s', group='%s', name='%s', ephemeral=%s,
revision=%s}`, Apollo's ReleaseMessage, canal's EntryPosition, Seata's requests), except Netty
channels and URLs, which are values; an exception's text after `exception: %s: ` or inside a
message is its own format. Service, method, class and host names, ids, ports, positions and
durations are values; the method's parameter types and arguments in the access log are values.
The lines after the first of a multi-line event (a stack trace, Nacos's blank lines, Seata's
`,clientIp:` line, canal's position JSON) have no label.

Least sure (written from the helper's knowledge; Nacos's ConnectionBasedClientManager,
PushExecuteTask and DefaultRequestFuture, Dubbo 3.2's NettyServerHandler, AbortPolicyWithReport,
FailsafeErrorTypeAwareLogger and AccessLogData, Seata's DefaultCore, ServerOnRequestProcessor,
RegRmProcessor and AbstractExceptionHandler, canal's AbstractEventParser and Apollo's
ReleaseMessageScanner, NotificationControllerV2 and ReleaseMessage were checked against copies of
their sources): Nacos's MemberInfoReportTask wording and the start-up lines of nacos.log; Dubbo
3.2's access log's `-> [out time]`, the ServiceConfig export and register wording, the shutdown
lines and the error codes; Seata 1.8's batch log lines (its request toStrings) and whether the
async committer logs each branch; canal's `subscribe successfully` position, the SessionHandler
line and meta.log's cursor layout; Apollo's third listener (ReleaseMessageServiceWithCache),
`Current renewal threshold is : %d` and the Eureka shutdown order.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
CST = 8 * 3600  # the shop's clocks run on China Standard Time: the wall clock shown is CST


def epoch_ms(t: datetime) -> int:
    """Milliseconds since the epoch of a CST wall-clock instant."""
    return int(t.timestamp() * 1000) - CST * 1000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def abbrev(name: str, target: int) -> str:
    """logback's TargetLengthBasedClassNameAbbreviator (`%logger{N}`)."""
    if len(name) <= target:
        return name
    parts = name.split(".")
    trim = len(name) - target
    out = []
    for p in parts[:-1]:
        if trim > 0:
            out.append(p[:1])
            trim -= len(p) - 1
        else:
            out.append(p)
    out.append(parts[-1])
    return ".".join(out)


def logger_col(name: str, target: int = 39, width: int = 40) -> str:
    """`%-40.40logger{39}`: abbreviated, cut from the left to 40, padded right."""
    a = abbrev(name, target)
    if len(a) > width:
        a = a[-width:]
    return a.ljust(width)


def thread_col(name: str, width: int) -> str:
    """`%30.30t`: cut from the left, padded left."""
    if len(name) > width:
        name = name[-width:]
    return name.rjust(width)


class Pids:
    """Each host's process id over the run: a restart starts a new one."""

    def __init__(self, first: dict[str, int]) -> None:
        self.spans: dict[str, list[tuple[datetime | None, int]]] = {
            h: [(None, p)] for h, p in first.items()
        }

    def new(self, h: str, since: datetime, pid: int) -> None:
        self.spans[h].append((since, pid))

    def at(self, h: str, t: datetime) -> int:
        pid = self.spans[h][0][1]
        for since, p in self.spans[h][1:]:
            if since is not None and t >= since:
                pid = p
        return pid


def frames(*fs: str) -> list[str]:
    return [f"\tat {f}" for f in fs]


# ------------------------------------------------------------------------------------ nacos

NC_NODES = {"nacos-0": "10.0.0.11", "nacos-1": "10.0.0.12", "nacos-2": "10.0.0.13"}
S_ORDER = "providers:com.example.order.api.OrderService:1.0.0:"
S_INV = "providers:com.example.inventory.api.InventoryService:1.0.0:"
S_PAY = "providers:com.example.payment.api.PaymentService:1.0.0:"
S_USER = "providers:com.example.user.api.UserService:1.0.0:"
S_COUPON = "providers:com.example.coupon.api.CouponService:1.0.0:"
S_SEATA = "seata-server"
NC_APPS = {
    # app: (pods, provides, subscribes)
    "order-service": (["10.0.1.21", "10.0.1.22"], [S_ORDER], [S_INV, S_PAY, S_USER, S_SEATA]),
    "payment-service": (["10.0.1.51", "10.0.1.52"], [S_PAY], [S_USER]),
    "inventory-service": (["10.0.1.61", "10.0.1.62"], [S_INV], [S_SEATA]),
    "user-service": (["10.0.1.71", "10.0.1.72"], [S_USER], []),
    "coupon-service": (["10.0.1.91"], [S_COUPON], [S_USER]),
    "gateway": (["10.0.2.11", "10.0.2.12"], [], [S_ORDER, S_PAY, S_USER, S_COUPON]),
    "notification-service": (["10.0.1.81"], [], [S_USER, S_ORDER]),
    "seata-server": (["10.0.1.31", "10.0.1.32"], [S_SEATA], []),
}
NC_JOBS = [
    # name, period (min), offset (s), subscribes, run length (s)
    ("coupon-expire-job", 5, 12, [S_COUPON], (20, 45)),
    ("stock-sync-job", 5, 161, [S_INV], (30, 70)),
    ("settlement-job", 10, 31, [S_ORDER, S_PAY], (60, 140)),
    ("report-job", 15, 47, [S_ORDER, S_USER], (90, 240)),
]

JOB_NET = {"coupon-expire-job": 10, "stock-sync-job": 70, "settlement-job": 30, "report-job": 50}

NC_TIMEOUT_FRAMES = frames(
    "com.alibaba.nacos.api.remote.DefaultRequestFuture$TimeoutHandler.run(DefaultRequestFuture.java:198)",
    "java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:511)",
    "java.util.concurrent.FutureTask.run(FutureTask.java:266)",
    "java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.access$201(ScheduledThreadPoolExecutor.java:180)",
    "java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:293)",
    "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
    "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
    "java.lang.Thread.run(Thread.java:750)",
)


def nacos(r: random.Random) -> list[Log]:
    """A three-node Nacos 2.3 cluster (MySQL storage) serving a shop's Dubbo services, 06:00 to
    12:00: three batch CronJobs, the order service redeployed at 07:30, inventory scaled out
    08:10-08:50 and 10:15-11:00 and crash-looping 10:20-10:50, nacos-2 OOM-killed 08:40-08:52,
    the gateways stalled in GC 09:55-09:57 while payment redeploys, a gateway OOM-killed at
    10:12, user-service redeployed at 11:10."""
    fs = Files()
    nodes = list(NC_NODES)

    def N(
        node: str,
        f: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        exc: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{node}-{f}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level} {msg}", "", *(exc or [])],
            (node, f),
            MS,
        )

    down_span = (at(8, 40, 12), at(8, 52, 20))
    gc_span = (at(9, 55, 20), at(9, 57, 20))

    def alive(node: str, t: datetime) -> bool:
        return node != "nacos-2" or not (down_span[0] <= t < down_span[1] + sec(26))

    # state
    clients: dict[str, dict] = {}  # cid -> client
    revision: dict[str, int] = {}
    req_id = [1200]
    events: list[tuple[datetime, int, str, dict]] = []
    seq = [0]

    def ev(t: datetime, kind: str, **kw: object) -> None:
        seq[0] += 1
        events.append((t, seq[0], kind, kw))

    def new_client(
        app: str, ip: str, t: datetime, node: str, subs: list[str], provides: list[str]
    ) -> dict:
        port = r.randint(33000, 60999)
        cid = f"{epoch_ms(t)}_{ip}_{port}"
        c = {
            "cid": cid,
            "app": app,
            "ip": ip,
            "node": node,
            "subs": subs,
            "provides": provides,
            "up": True,
        }
        clients[cid] = c
        return c

    def providers(svc: str) -> int:
        return sum(1 for c in clients.values() if c["up"] and svc in c["provides"])

    def svc_str(svc: str) -> str:
        group = "SEATA_GROUP" if svc == S_SEATA else "DEFAULT_GROUP"
        return f"Service{{namespace='public', group='{group}', name='{svc}', ephemeral=true, revision={revision.get(svc, 0)}}}"

    def push(c: dict, svc: str, t: datetime) -> None:
        node = c["node"]
        if not alive(node, t):
            return
        delay = r.uniform(0.5, 0.58)
        tp = t + sec(delay)
        if c["app"] == "gateway" and gc_span[0] <= tp < gc_span[1]:
            while gc_span[0] <= tp < gc_span[1]:
                req_id[0] += r.randint(1, 40)
                tf = tp + sec(3.0 + r.uniform(0.0005, 0.004))
                N(
                    node,
                    "naming-push",
                    tf,
                    "ERROR",
                    "[PUSH-FAIL] %sms, %s, reason=Timeout After %s milliseconds,requestId =%s, target=%s",
                    f"[PUSH-FAIL] {r.randint(3000, 3004)}ms, {svc_str(svc)}, reason=Timeout After 3000 milliseconds,requestId ={req_id[0]}, target={c['ip']}",
                )
                N(
                    node,
                    "naming-push",
                    tf + sec(0.0002),
                    "ERROR",
                    "Reason detail: ",
                    "Reason detail: ",
                    [
                        f"java.util.concurrent.TimeoutException: Timeout After 3000 milliseconds,requestId ={req_id[0]}",
                        *NC_TIMEOUT_FRAMES,
                    ],
                )
                tp = tf + sec(1.0 + r.uniform(0.001, 0.02))
        net = r.randint(1, 9) if c["app"] != "gateway" else r.randint(2, 30)
        alld = int((tp - t).total_seconds() * 1000) + net
        sla = alld + r.randint(0, 40)
        N(
            node,
            "naming-push",
            tp + sec(net / 1000),
            "INFO",
            "[PUSH-SUCC] %sms, all delay time %sms, SLA %sms, %s, DataSize=%s, target=%s",
            f"[PUSH-SUCC] {net}ms, all delay time {alld}ms, SLA {sla}ms, {svc_str(svc)}, DataSize={providers(svc)}, target={c['ip']}",
        )

    def changed(svc: str, t: datetime) -> None:
        revision[svc] = revision.get(svc, 0) + 1
        for c in list(clients.values()):
            if c["up"] and svc in c["subs"]:
                push(c, svc, t)

    def connect_lines(c: dict, t: datetime) -> None:
        N(
            c["node"],
            "naming-server",
            t,
            "INFO",
            "Client connection %s connect",
            f"Client connection {c['cid']} connect",
        )
        for other in nodes:
            if other != c["node"] and alive(other, t):
                N(
                    other,
                    "naming-server",
                    t + sec(r.uniform(0.02, 0.9)),
                    "INFO",
                    "Client connection %s connect",
                    f"Client connection {c['cid']} connect",
                )

    def disconnect_lines(c: dict, t: datetime, where: list[str] | None = None) -> None:
        label = "Client connection %s disconnect, remove instances and subscribers"
        msg = f"Client connection {c['cid']} disconnect, remove instances and subscribers"
        first = True
        for n in where or [c["node"], *[x for x in nodes if x != c["node"]]]:
            if alive(n, t):
                N(
                    n,
                    "naming-server",
                    t + (sec(0) if first else sec(r.uniform(0.02, 0.9))),
                    "INFO",
                    label,
                    msg,
                )
            first = False

    def pick_node(t: datetime) -> str:
        return r.choice([n for n in nodes if alive(n, t)])

    # initial clients, connected before the window
    for app, (pods, prov, subs) in NC_APPS.items():
        for ip in pods:
            new_client(app, ip, T0 - sec(r.uniform(3600, 50000)), r.choice(nodes), subs, prov)

    def up(
        t: datetime, app: str, ip: str, subs: list[str] | None = None, prov: list[str] | None = None
    ) -> None:
        ev(t, "up", app=app, ip=ip, subs=subs, prov=prov)

    def down(t: datetime, app: str, ip: str) -> None:
        ev(t, "down", app=app, ip=ip)

    # batch jobs
    for name, period, off, subs, (lo, hi) in NC_JOBS:
        t = T0 + sec(off)
        k = 0
        while t < T_END:
            ip = f"10.0.3.{JOB_NET[name] + k % 15}"
            st = t + sec(r.uniform(4, 9))
            up(st, name, ip, subs, [])
            down(st + sec(r.uniform(lo, hi)), name, ip)
            k += 1
            t += sec(60 * period)
    # deploys: same hosts, new connections
    for ip, t in [("10.0.1.21", at(7, 30, 5)), ("10.0.1.22", at(7, 32, 41))]:
        down(t, "order-service", ip)
        up(t + sec(r.uniform(13, 16)), "order-service", ip)
    for ip, t in [("10.0.1.51", at(9, 55, 10)), ("10.0.1.52", at(9, 57, 2))]:
        down(t, "payment-service", ip)
        up(t + sec(r.uniform(12, 15)), "payment-service", ip)
    for ip, t in [("10.0.1.71", at(11, 10, 3)), ("10.0.1.72", at(11, 12, 30))]:
        down(t, "user-service", ip)
        up(t + sec(r.uniform(14, 18)), "user-service", ip)
    down(at(6, 45, 20), "notification-service", "10.0.1.81")
    up(at(6, 45, 39), "notification-service", "10.0.1.81")
    # inventory scaling
    for ip in ["10.0.1.63", "10.0.1.64"]:
        up(at(8, 10, 5) + sec(r.uniform(20, 50)), "inventory-service", ip)
        down(at(8, 50, 0) + sec(r.uniform(0, 60)), "inventory-service", ip)
    up(at(10, 15, 40), "inventory-service", "10.0.1.63")
    down(at(11, 0, 30), "inventory-service", "10.0.1.63")
    # 10.0.1.64 crash-looping 10:20-10:50 (OOM a minute or two after it registers)
    t = at(10, 20, 3)
    while t < at(10, 50):
        up(t, "inventory-service", "10.0.1.64")
        t += sec(r.uniform(50, 110))
        down(t, "inventory-service", "10.0.1.64")
        t += sec(r.uniform(40, 160))
    # a gateway OOM-killed
    down(at(10, 12, 17), "gateway", "10.0.2.12")
    up(at(10, 13, 48), "gateway", "10.0.2.12")
    ev(down_span[0], "node_down", node="nacos-2")
    ev(down_span[1], "node_up", node="nacos-2")

    def by_ip(app: str, ip: str) -> dict | None:
        for c in clients.values():
            if c["up"] and c["app"] == app and c["ip"] == ip:
                return c
        return None

    for t, _, kind, kw in sorted(events, key=lambda e: (e[0], e[1])):
        if kind == "up":
            app = kw["app"]
            subs = kw["subs"] if kw["subs"] is not None else NC_APPS[app][2]
            prov = kw["prov"] if kw["prov"] is not None else NC_APPS[app][1]
            c = new_client(app, kw["ip"], t, pick_node(t), subs, prov)
            connect_lines(c, t)
            for svc in prov:
                changed(svc, t + sec(0.05))
            for svc in subs:
                push(c, svc, t + sec(0.1))
        elif kind == "down":
            c = by_ip(kw["app"], kw["ip"])
            if c is None:
                continue
            c["up"] = False
            disconnect_lines(c, t)
            for svc in c["provides"]:
                changed(svc, t + sec(0.01))
        elif kind == "node_down":
            lost = [c for c in clients.values() if c["up"] and c["node"] == "nacos-2"]
            for c in lost:
                # the client's connection breaks; it reconnects to a live node
                c["up"] = False
                tr = t + sec(r.uniform(3, 7))
                nc = new_client(
                    c["app"],
                    c["ip"],
                    tr,
                    r.choice(["nacos-0", "nacos-1"]),
                    c["subs"],
                    c["provides"],
                )
                connect_lines(nc, tr)
                for svc in nc["provides"]:
                    changed(svc, tr + sec(0.05))
                for svc in nc["subs"]:
                    push(nc, svc, tr + sec(0.1))
                # the others keep the synced client until it expires (3 minutes without renewal)
                disconnect_lines(c, t + sec(180 + r.uniform(0.5, 5)), ["nacos-0", "nacos-1"])
        elif kind == "node_up":
            node = kw["node"]
            tt = t - sec(r.uniform(0.2, 0.6))
            tt = N(
                node,
                "nacos",
                tt,
                "INFO",
                "Starting %s v%s using Java %s on %s with PID %d (%s started by %s in %s)",
                f"Starting Nacos v2.3.2 using Java 1.8.0_402 on {node} with PID 1 (/home/nacos/target/nacos-server.jar started by root in /home/nacos)",
            )
            tt = N(
                node,
                "nacos",
                tt + sec(0.02),
                "INFO",
                "Nacos Log files: %s",
                "Nacos Log files: /home/nacos/logs",
            )
            tt = N(
                node,
                "nacos",
                tt + sec(0.001),
                "INFO",
                "Nacos Conf files: %s",
                "Nacos Conf files: /home/nacos/conf",
            )
            tt = N(
                node,
                "nacos",
                tt + sec(0.001),
                "INFO",
                "Nacos Data files: %s",
                "Nacos Data files: /home/nacos/data",
            )
            for i in range(1, 25):
                N(
                    node,
                    "nacos",
                    t + sec(i + r.uniform(0, 0.01)),
                    "INFO",
                    "Nacos is starting...",
                    "Nacos is starting...",
                )
            tt = N(
                node,
                "nacos",
                t + sec(3.1),
                "INFO",
                "Tomcat initialized with port(s): %s",
                "Tomcat initialized with port(s): 8848 (http)",
            )
            tt = N(
                node,
                "nacos",
                tt + sec(0.1),
                "INFO",
                "Root WebApplicationContext: initialization completed in %d ms",
                f"Root WebApplicationContext: initialization completed in {r.randint(2300, 2900)} ms",
            )
            tt = N(
                node,
                "nacos",
                tt + sec(2.7),
                "INFO",
                "%s - Starting...",
                "HikariPool-1 - Starting...",
            )
            N(
                node,
                "nacos",
                tt + sec(0.4),
                "INFO",
                "%s - Start completed.",
                "HikariPool-1 - Start completed.",
            )
            tt = N(
                node,
                "nacos",
                t + sec(24.8),
                "INFO",
                "Tomcat started on port(s): %s with context path '%s'",
                "Tomcat started on port(s): 8848 (http) with context path '/nacos'",
            )
            N(
                node,
                "nacos",
                tt + sec(0.3),
                "INFO",
                "Started %s in %s seconds (JVM running for %s)",
                f"Started Nacos in {r.uniform(24.5, 25.5):.3f} seconds (JVM running for {r.uniform(26, 27):.3f})",
            )
            ts = t + sec(25.6)
            N(
                node,
                "nacos",
                ts,
                "INFO",
                "Nacos started successfully in %s mode. use %s storage",
                "Nacos started successfully in cluster mode. use external storage",
            )
            for c in clients.values():
                if c["up"]:
                    N(
                        node,
                        "naming-server",
                        ts + sec(r.uniform(0.3, 2.5)),
                        "INFO",
                        "Client connection %s connect",
                        f"Client connection {c['cid']} connect",
                    )
    # the cluster's member reports to the dead node, every 4 s from each peer
    for n, phase in [("nacos-0", 0.7), ("nacos-1", 2.9)]:
        t = down_span[0] + sec(phase)
        while t < down_span[1] + sec(8):
            N(
                n,
                "nacos-cluster",
                t + sec(r.uniform(0.001, 0.01)),
                "ERROR",
                "failed to report new info to target node : %s, error : caused: Connection refused;",
                f"failed to report new info to target node : {NC_NODES['nacos-2']}:8848, error : caused: Connection refused;",
            )
            t += sec(4)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ dubbo

DB_VER = "3.2.12"
DB_SERVICES = [
    ("com.example.order.api.OrderService", "cancelOrder,createOrder,getOrder,listOrders"),
    ("com.example.order.api.OrderQueryService", "countByStatus,findByUser,search"),
    ("com.example.order.api.RefundService", "applyRefund,getRefund"),
]
DB_CONSUMERS = [
    # ip, name
    ("10.0.2.11", "gateway"),
    ("10.0.2.12", "gateway"),
    ("10.0.1.51", "payment-service"),
    ("10.0.1.52", "payment-service"),
    ("10.0.1.81", "notification-service"),
]


def dubbo(r: random.Random) -> list[Log]:
    """order-service (Dubbo 3.2 provider on Spring Boot 3.2, Nacos registry) on two hosts, 06:00 to
    12:00: OrderService's access log, a rolling restart at 07:30, the flash sale 08:15-08:25
    exhausting the server thread pool, the orders database restarted 09:10-09:16, gateway-2
    OOM-killed at 10:12, a hung legacy admin consumer closed for idleness, batch jobs connecting
    every 10 and 15 minutes."""
    fs = Files()
    hosts = {"order-1": "10.0.1.21", "order-2": "10.0.1.22"}
    pids = Pids({"order-1": 1873, "order-2": 1902})

    def D(
        h: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
        code: tuple[str, str] | None = None,
    ) -> datetime:
        suffix = f", dubbo version: {DB_VER}, current host: {hosts[h]}"
        if code:
            c, cause = code
            a, b = c.split("-")
            suffix += f", error code: {c}. This may be caused by {cause}, go to https://dubbo.apache.org/faq/{a}/{b} to find instructions. "
        body = (
            f" [DUBBO] {msg}{suffix}" if logger.startswith(("org.apache.dubbo", "dubbo.")) else msg
        )
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}+08:00 {level:>5} {pids.at(h, x)} --- [order-service] [{thread}] {logger_col(logger)} : {body}",
                *(more or []),
            ],
            (h, pids.at(h, t)),
            MS,
        )

    def url(h: str, svc: str, methods: str, ts: int, t: datetime) -> str:
        ip = hosts[h]
        return (
            f"dubbo://{ip}:20880/{svc}?anyhost=true&application=order-service&background=false&bind.ip={ip}&bind.port=20880"
            f"&deprecated=false&dubbo=2.0.2&dynamic=true&executor-management-mode=isolation&file-cache=true&generic=false"
            f"&interface={svc}&methods={methods}&pid={pids.at(h, t)}&prefer.serialization=fastjson2,hessian2&release={DB_VER}"
            f"&revision=2.14.0&service-name-mapping=true&side=provider&threads=200&timeout=3000&timestamp={ts}&version=1.0.0"
        )

    APP = "org.apache.dubbo.config.deploy.DefaultApplicationDeployer"
    SRV = "org.apache.dubbo.config.ServiceConfig"
    NET = "org.apache.dubbo.remoting.transport.AbstractServer"
    HND = "org.apache.dubbo.remoting.transport.netty4.NettyServerHandler"

    def startup(h: str, t: datetime) -> datetime:
        t = D(
            h,
            t,
            "INFO",
            "main",
            "com.example.order.OrderServiceApplication",
            "Starting %s v%s using Java %s with PID %d (%s started by %s in %s)",
            f"Starting OrderServiceApplication v2.14.0 using Java 17.0.11 with PID {pids.at(h, t)} (/opt/order-service/order-service.jar started by app in /opt/order-service)",
        )
        t = D(
            h,
            t + sec(0.004),
            "INFO",
            "main",
            "com.example.order.OrderServiceApplication",
            'The following %d profile is active: "%s"',
            'The following 1 profile is active: "prod"',
        )
        t = D(
            h,
            t + sec(1.9),
            "INFO",
            "main",
            "com.zaxxer.hikari.HikariDataSource",
            "%s - Starting...",
            "HikariPool-1 - Starting...",
        )
        t = D(
            h,
            t + sec(0.31),
            "INFO",
            "main",
            "com.zaxxer.hikari.pool.HikariPool",
            "%s - Added connection %s",
            f"HikariPool-1 - Added connection com.mysql.cj.jdbc.ConnectionImpl@{hexid(r, 8).lstrip('0')}",
        )
        t = D(
            h,
            t + sec(0.002),
            "INFO",
            "main",
            "com.zaxxer.hikari.HikariDataSource",
            "%s - Start completed.",
            "HikariPool-1 - Start completed.",
        )
        t = D(
            h,
            t + sec(2.2),
            "INFO",
            "main",
            APP,
            "%s is starting.",
            "Dubbo Application[1.1](order-service) is starting.",
        )
        ts = epoch_ms(t)
        for svc, methods in DB_SERVICES:
            u = url(h, svc, methods, ts + r.randint(5, 60), t)
            t = D(
                h,
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                "main",
                SRV,
                "Export dubbo service %s to local registry url : %s",
                f"Export dubbo service {svc} to local registry url : {u.replace(f'dubbo://{hosts[h]}:20880', 'injvm://127.0.0.1').replace('&bind.ip=' + hosts[h] + '&bind.port=20880', '')}",
            )
            t = D(
                h,
                t + sec(0.003),
                "INFO",
                "main",
                SRV,
                "Export dubbo service %s to url %s",
                f"Export dubbo service {svc} to url {u}",
            )
            if svc == DB_SERVICES[0][0]:
                t = D(
                    h,
                    t + sec(0.18),
                    "INFO",
                    "main",
                    NET,
                    "Start %s bind %s, export %s",
                    f"Start NettyServer bind /0.0.0.0:20880, export /{hosts[h]}:20880",
                )
            t = D(
                h,
                t + sec(r.uniform(0.02, 0.2)),
                "INFO",
                "main",
                SRV,
                "Register dubbo service %s url %s to registry %s",
                f"Register dubbo service {svc} url {u} to registry nacos.internal:8848",
            )
        t = D(
            h,
            t + sec(0.4),
            "INFO",
            "main",
            APP,
            "%s is ready.",
            "Dubbo Application[1.1](order-service) is ready.",
        )
        return D(
            h,
            t + sec(0.05),
            "INFO",
            "main",
            "com.example.order.OrderServiceApplication",
            "Started %s in %s seconds (process running for %s)",
            f"Started OrderServiceApplication in {r.uniform(8.5, 11):.3f} seconds (process running for {r.uniform(11.5, 12.8):.2f})",
        )

    conns: dict[tuple[str, str], tuple[str, int]] = {}  # (host, consumer ip) -> (channel id, port)

    def chan(h: str, ip: str, port: int, cid: str, sep: str = "-") -> str:
        return f"[id: 0x{cid}, L:/{hosts[h]}:20880 {sep} R:/{ip}:{port}]"

    def establish(h: str, ip: str, t: datetime) -> None:
        cid, port = hexid(r, 8), r.randint(33000, 60999)
        conns[(h, ip)] = (cid, port)
        D(
            h,
            t,
            "INFO",
            f"NettyServerWorker-5-{r.randint(1, 8)}",
            HND,
            "The connection %s of %s -> %s is established.",
            f"The connection {chan(h, ip, port, cid)} of {ip}:{port} -> {hosts[h]}:20880 is established.",
        )

    def disconnect(h: str, ip: str, t: datetime, exc: bool = False) -> None:
        if (h, ip) not in conns:
            return
        cid, port = conns.pop((h, ip))
        th = f"NettyServerWorker-5-{r.randint(1, 8)}"
        if exc:
            t = D(
                h,
                t,
                "WARN",
                th,
                HND,
                "The connection %s of %s -> %s has exception.",
                f"The connection {chan(h, ip, port, cid)} of {ip}:{port} -> {hosts[h]}:20880 has exception.",
                [
                    "java.net.SocketException: Connection reset",
                    *frames(
                        "java.base/sun.nio.ch.SocketChannelImpl.throwConnectionReset(SocketChannelImpl.java:394)",
                        "java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:426)",
                        "io.netty.buffer.PooledByteBuf.setBytes(PooledByteBuf.java:254)",
                        "io.netty.buffer.AbstractByteBuf.writeBytes(AbstractByteBuf.java:1132)",
                        "io.netty.channel.socket.nio.NioSocketChannel.doReadBytes(NioSocketChannel.java:357)",
                        "io.netty.channel.nio.AbstractNioByteChannel$NioByteUnsafe.read(AbstractNioByteChannel.java:151)",
                        "io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.java:788)",
                        "io.netty.channel.nio.NioEventLoop.processSelectedKeysOptimized(NioEventLoop.java:724)",
                        "io.netty.channel.nio.NioEventLoop.processSelectedKeys(NioEventLoop.java:650)",
                        "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562)",
                        "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
                        "io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)",
                        "io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
                        "java.base/java.lang.Thread.run(Thread.java:840)",
                    ),
                ],
                ("6-4", "unknown"),
            )
            t += sec(0.0005)
        D(
            h,
            t,
            "INFO",
            th,
            HND,
            "The connection %s of %s -> %s is disconnected.",
            f"The connection {chan(h, ip, port, cid, '!')} of {ip}:{port} -> {hosts[h]}:20880 is disconnected.",
        )

    def shutdown(h: str, t: datetime) -> datetime:
        t = D(
            h,
            t,
            "INFO",
            "DubboShutdownHook",
            "org.apache.dubbo.config.DubboShutdownHook",
            "Run shutdown hook now.",
            "Run shutdown hook now.",
        )
        t = D(
            h,
            t + sec(0.002),
            "INFO",
            "DubboShutdownHook",
            APP,
            "%s is stopping.",
            "Dubbo Application[1.1](order-service) is stopping.",
        )
        tt = t + sec(0.2)
        for key in sorted(k for k in conns if k[0] == h):
            disconnect(h, key[1], tt + sec(r.uniform(0.001, 0.03)))
        t = D(
            h,
            tt + sec(0.05),
            "INFO",
            "DubboShutdownHook",
            NET,
            "Close %s bind %s, export %s",
            f"Close NettyServer bind /0.0.0.0:20880, export /{hosts[h]}:20880",
        )
        t = D(
            h,
            t + sec(0.3),
            "INFO",
            "DubboShutdownHook",
            APP,
            "%s has stopped.",
            "Dubbo Application[1.1](order-service) has stopped.",
        )
        t = D(
            h,
            t + sec(0.05),
            "INFO",
            "SpringApplicationShutdownHook",
            "com.zaxxer.hikari.HikariDataSource",
            "%s - Shutdown initiated...",
            "HikariPool-1 - Shutdown initiated...",
        )
        return D(
            h,
            t + sec(0.02),
            "INFO",
            "SpringApplicationShutdownHook",
            "com.zaxxer.hikari.HikariDataSource",
            "%s - Shutdown completed.",
            "HikariPool-1 - Shutdown completed.",
        )

    # start-up before the window, consumers connecting
    for h in hosts:
        te = startup(h, T0 - sec(r.uniform(300, 900)))
        for ip, _ in DB_CONSUMERS:
            establish(h, ip, te + sec(r.uniform(1, 20)))
    restarts = {"order-1": at(7, 30, 5), "order-2": at(7, 32, 41)}
    for h, t in restarts.items():
        te = shutdown(h, t) + sec(r.uniform(2.5, 4))
        pids.new(h, te, pids.at(h, t) + r.randint(300, 900))
        te = startup(h, te)
        for ip, _ in DB_CONSUMERS:
            establish(h, ip, te + sec(r.uniform(0.5, 4)))

    def down(h: str, t: datetime) -> bool:
        rs = restarts[h]
        return rs - sec(1) <= t < rs + sec(20)

    # batch jobs (consumers of OrderService) connecting to both providers
    jobs = [("settlement-job", 10, 31, (60, 140)), ("report-job", 15, 47, (90, 240))]
    job_calls: list[tuple[datetime, datetime, str]] = []
    for name, period, off, (lo, hi) in jobs:
        t = T0 + sec(off)
        k = 0
        while t < T_END:
            ip = f"10.0.3.{JOB_NET[name] + k % 15}"
            st = t + sec(r.uniform(9, 14))
            en = st + sec(r.uniform(lo, hi) - 5)
            for h in hosts:
                if not down(h, st):
                    establish(h, ip, st + sec(r.uniform(0.01, 0.2)))
                if not down(h, en):
                    disconnect(h, ip, en + sec(r.uniform(0.01, 0.2)))
            job_calls.append((st + sec(1), en, ip))
            k += 1
            t += sec(60 * period)
    # gateway-2 OOM-killed at 10:12, back at 10:13:48
    for h in hosts:
        disconnect(h, "10.0.2.12", at(10, 12, 17) + sec(r.uniform(0.001, 0.05)), exc=True)
        establish(h, "10.0.2.12", at(10, 13, 52) + sec(r.uniform(0.1, 2)))
    # a legacy admin tool that connects and hangs (no heartbeat): closed after 180 s idle
    for t in [at(6, 40, 11), at(6, 51, 40), at(7, 3, 2), at(9, 31, 55), at(9, 43, 20)]:
        h = r.choice(list(hosts))
        ip = "10.0.3.5"
        establish(h, ip, t)
        cid, port = conns[(h, ip)]
        tc = t + sec(180 + r.uniform(0.01, 0.2))
        D(
            h,
            tc,
            "INFO",
            f"NettyServerWorker-5-{r.randint(1, 8)}",
            HND,
            "IdleStateEvent triggered, close channel %s",
            f"IdleStateEvent triggered, close channel NettyChannel [channel={chan(h, ip, port, cid)}]",
        )
        disconnect(h, ip, tc + sec(0.001))

    # the access log of OrderService (accesslog=true)
    sale = (at(8, 15), at(8, 25))
    db_down = (at(9, 10, 20), at(9, 16, 5))
    order_id = [902300]
    skus = [100231, 100232, 100517, 100518, 100940, 101102, 101377, 102004]

    def call(t: datetime, consumer: str) -> None:
        h = r.choice(list(hosts))
        if down(h, t):
            h = "order-1" if h == "order-2" else "order-2"
        if (h, consumer) not in conns:
            return
        _, port = conns[(h, consumer)]
        th = f"DubboServerHandler-{hosts[h]}:20880-thread-{r.randint(1, 200)}"
        kind = r.choices(["get", "list", "create", "cancel"], [50, 25, 20, 5])[0]
        if consumer.startswith("10.0.3."):
            kind = "list"
        if in_any(t, [sale]):
            kind = r.choices(["get", "create"], [30, 70])[0]
        if kind == "get":
            oid = r.randint(order_id[0] - 4000, order_id[0])
            method, types, args = "getOrder", "java.lang.Long", f"[{oid}]"
        elif kind == "list":
            method, types, args = (
                "listOrders",
                "java.lang.Long,int,int",
                f"[{r.randint(10000, 99999)},{r.choice([1, 1, 1, 2, 3])},{r.choice([10, 20])}]",
            )
        elif kind == "create":
            items = [
                {"qty": r.randint(1, 3), "skuId": r.choice(skus)} for _ in range(r.randint(1, 3))
            ]
            req = {
                "addressId": r.randint(1000, 99999),
                "items": items,
                "userId": r.randint(10000, 99999),
            }
            if r.random() < 0.3:
                req["couponCode"] = "SALE" + str(r.randint(10, 99))
            method, types, args = (
                "createOrder",
                "com.example.order.dto.CreateOrderRequest",
                json.dumps([req], separators=(",", ":"), sort_keys=True),
            )
        else:
            oid = r.randint(order_id[0] - 400, order_id[0])
            method, types, args = (
                "cancelOrder",
                "java.lang.Long,java.lang.String",
                f'[{oid},"{r.choice(["USER_CANCEL", "PAY_TIMEOUT", "OUT_OF_STOCK"])}"]',
            )
        dur = r.uniform(0.004, 0.06) if kind != "create" else r.uniform(0.04, 0.25)
        if in_any(t, [sale]):
            dur *= r.uniform(3, 30)
        if in_any(t, [db_down]):
            dur = r.uniform(3.0, 3.02)
        start = t
        end = t + sec(dur)
        if in_any(t, [sale]) and dur > 3.0:
            D(
                h,
                end,
                "WARN",
                th,
                "org.apache.dubbo.rpc.filter.TimeoutFilter",
                "invoke timed out. method: %s arguments: %s , url is %s, invoke elapsed %s ms.",
                f"invoke timed out. method: {method} arguments: {args} , url is {url(h, 'com.example.order.api.OrderService', DB_SERVICES[0][1], epoch_ms(T0) - 412345, end)}, invoke elapsed {int(dur * 1000)} ms.",
                code=("3-5", "invoke timeout"),
            )
        if in_any(t, [db_down]) and kind != "list":
            D(
                h,
                end,
                "ERROR",
                th,
                "org.apache.dubbo.rpc.filter.ExceptionFilter",
                "Got unchecked and undeclared exception which called by %s. service: %s, method: %s, exception: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection",
                f"Got unchecked and undeclared exception which called by {consumer}. service: com.example.order.api.OrderService, method: {method}, exception: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection",
                [
                    "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection",
                    *frames(
                        "org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)",
                        "org.mybatis.spring.transaction.SpringManagedTransaction.openConnection(SpringManagedTransaction.java:80)",
                        "org.mybatis.spring.transaction.SpringManagedTransaction.getConnection(SpringManagedTransaction.java:67)",
                        "org.apache.ibatis.executor.BaseExecutor.getConnection(BaseExecutor.java:337)",
                        "org.apache.ibatis.executor.SimpleExecutor.prepareStatement(SimpleExecutor.java:86)",
                        "org.apache.ibatis.executor.SimpleExecutor.doQuery(SimpleExecutor.java:62)",
                        f"com.example.order.service.OrderServiceImpl.{method}(OrderServiceImpl.java:{r.choice([88, 141, 203])})",
                        "org.apache.dubbo.common.bytecode.Wrapper3.invokeMethod(Wrapper3.java)",
                        "org.apache.dubbo.rpc.proxy.javassist.JavassistProxyFactory$1.doInvoke(JavassistProxyFactory.java:89)",
                        "org.apache.dubbo.rpc.proxy.AbstractProxyInvoker.invoke(AbstractProxyInvoker.java:100)",
                    ),
                    "\t... 36 common frames omitted",
                    "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 3000ms.",
                    *frames(
                        "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
                        "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
                        "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:146)",
                        "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)",
                        "org.springframework.jdbc.datasource.DataSourceUtils.fetchConnection(DataSourceUtils.java:160)",
                        "org.springframework.jdbc.datasource.DataSourceUtils.doGetConnection(DataSourceUtils.java:118)",
                        "org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:81)",
                    ),
                    "\t... 46 common frames omitted",
                ],
                code=("5-36", "unknown"),
            )
        if kind == "create":
            order_id[0] += r.randint(1, 3)
        svc = "com.example.order.api.OrderService:1.0.0"
        D(
            h,
            end,
            "INFO",
            th,
            "dubbo.accesslog.com.example.order.api.OrderService",
            "[%s] -> [%s] %s:%s -> %s:%s - %s:%s %s(%s) %s",
            f"[{start:%Y-%m-%d %H:%M:%S}.{ms3(start)}] -> [{end:%Y-%m-%d %H:%M:%S}.{ms3(end)}] {consumer}:{port} -> {hosts[h]}:20880 - {svc} {method}({types}) {args}",
        )

    gws = ["10.0.2.11", "10.0.2.12", "10.0.1.51", "10.0.1.52", "10.0.1.81"]
    for t in poisson(r, T0, T_END, 16.0):
        if at(10, 12, 17) <= t < at(10, 13, 55):
            continue
        call(t, r.choices(gws, [35, 35, 12, 12, 6])[0])
    for t in poisson(r, sale[0], sale[1], 3.0):
        call(t, r.choice(["10.0.2.11", "10.0.2.12"]))
    for st, en, ip in job_calls:
        for t in poisson(r, st, en, 14.0):
            call(t, ip)
    # the flash sale exhausts the server pool
    for h in hosts:
        tasks = 5812344 if h == "order-1" else 5790211
        for t in poisson(r, at(8, 17, 40), at(8, 21, 10), 9.0):
            tasks += r.randint(200, 900)
            D(
                h,
                t,
                "WARN",
                f"NettyServerWorker-5-{r.randint(1, 8)}",
                "org.apache.dubbo.common.threadpool.support.AbortPolicyWithReport",
                "Thread pool is EXHAUSTED! Thread Name: %s, Pool Size: %d (active: %d, core: %d, max: %d, largest: %d), Task: %d (completed: %d), Executor status:(isShutdown:%s, isTerminated:%s, isTerminating:%s), in %s://%s:%d!",
                f"Thread pool is EXHAUSTED! Thread Name: DubboServerHandler-{hosts[h]}:20880, Pool Size: 200 (active: 200, core: 200, max: 200, largest: 200), Task: {tasks} (completed: {tasks - 200}), Executor status:(isShutdown:false, isTerminated:false, isTerminating:false), in dubbo://{hosts[h]}:20880!",
                code=("0-1", "too much client requesting provider"),
            )
    # the orders database restarted: pooled connections found dead
    for h in hosts:
        t = db_down[0] + sec(r.uniform(0.5, 3))
        for _ in range(r.randint(4, 6)):
            t = D(
                h,
                t + sec(r.uniform(0.2, 6)),
                "WARN",
                f"DubboServerHandler-{hosts[h]}:20880-thread-{r.randint(1, 200)}",
                "com.zaxxer.hikari.pool.PoolBase",
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                f"HikariPool-1 - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@{hexid(r, 8).lstrip('0')} (No operations allowed after connection closed.). Possibly consider using a shorter maxLifetime value.",
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ seata

SE_TCS = {"tc1": "10.0.1.31", "tc2": "10.0.1.32"}
SE_ORDER = {"order-1": "10.0.1.21", "order-2": "10.0.1.22"}
SE_INV = {"inv-1": "10.0.1.61", "inv-2": "10.0.1.62"}
SE_RES_ORDER = "jdbc:mysql://10.0.0.7:3306/shop"
SE_RES_INV = "jdbc:mysql://10.0.0.8:3306/inventory"
SE_TXNAME = "createOrder(com.example.order.dto.CreateOrderRequest)"
SE_GROUP = "default_tx_group"


def seata(r: random.Random) -> list[Log]:
    """A two-node Seata 1.8 TC cluster (db store) coordinating order-service's createOrder (an AT
    branch on the orders database, one on inventory), 06:00 to 12:00: order-service restarted at
    07:30, the flash sale 08:15-08:25 (lock conflicts, timeouts), inventory-2 restarted at 08:40,
    the orders database restarted 09:10-09:16 (no transactions begin), the inventory database
    failing over at 10:05 (rollbacks retried), tc2 restarted at 10:30."""
    fs = Files()
    pids = Pids({"tc1": 2231, "tc2": 2267})

    def S(
        h: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{h}-seata-server.8091.all.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} {level:>5} --- [{thread_col(thread, 30)}] {logger_col(logger)} : {msg}",
                *(more or []),
            ],
            (h, pids.at(h, t)),
            MS,
        )

    BATCH = "io.seata.core.rpc.processor.server.BatchLogHandler"
    COORD = "io.seata.server.coordinator.DefaultCoordinator"
    ACORE = "io.seata.server.coordinator.AbstractCore"
    DCORE = "io.seata.server.coordinator.DefaultCore"
    SRVH = "io.seata.core.rpc.netty.AbstractNettyRemotingServer"

    def handler() -> str:
        return f"ServerHandlerThread_1_{r.randint(1, 50)}_500"

    def startup(h: str, t: datetime) -> datetime:
        M = "io.seata.server.ServerApplication"
        t = S(
            h,
            t,
            "INFO",
            "main",
            M,
            "Starting %s v%s using Java %s on %s with PID %d (%s started by %s in %s)",
            f"Starting ServerApplication v1.8.0 using Java 1.8.0_402 on {h} with PID {pids.at(h, t)} (/opt/seata/target/seata-server.jar started by seata in /opt/seata/bin)",
        )
        t = S(
            h,
            t + sec(0.003),
            "INFO",
            "main",
            M,
            'No active profile set, falling back to %d default profile: "%s"',
            'No active profile set, falling back to 1 default profile: "default"',
        )
        t = S(
            h,
            t + sec(1.2),
            "INFO",
            "main",
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port(s): %s",
            "Tomcat initialized with port(s): 7091 (http)",
        )
        t = S(
            h,
            t + sec(0.09),
            "INFO",
            "main",
            "org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext",
            "Root WebApplicationContext: initialization completed in %d ms",
            f"Root WebApplicationContext: initialization completed in {r.randint(1400, 1800)} ms",
        )
        t = S(
            h,
            t + sec(0.6),
            "INFO",
            "main",
            "com.alibaba.druid.pool.DruidDataSource",
            "{dataSource-%d} inited",
            "{dataSource-1} inited",
        )
        t = S(
            h,
            t + sec(0.9),
            "INFO",
            "main",
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port(s): %s with context path '%s'",
            "Tomcat started on port(s): 7091 (http) with context path ''",
        )
        t = S(
            h,
            t + sec(0.04),
            "INFO",
            "main",
            M,
            "Started %s in %s seconds (JVM running for %s)",
            f"Started ServerApplication in {r.uniform(4.5, 5.5):.3f} seconds (JVM running for {r.uniform(5.6, 6.4):.3f})",
        )
        t = S(
            h,
            t + sec(0.4),
            "INFO",
            "main",
            "io.seata.core.rpc.netty.NettyServerBootstrap",
            "Server started, service listen port: %d",
            "Server started, service listen port: 8091",
        )
        return S(
            h,
            t + sec(0.01),
            "INFO",
            "main",
            "io.seata.server.ServerRunner",
            "seata server started in %d millSeconds",
            f"seata server started in {r.randint(900, 1400)} millSeconds",
        )

    def shutdown(h: str, t: datetime) -> datetime:
        t = S(
            h,
            t,
            "INFO",
            "SpringApplicationShutdownHook",
            "io.seata.core.rpc.netty.NettyServerBootstrap",
            "Shutting server down, the listen port: %d",
            "Shutting server down, the listen port: 8091",
        )
        t = S(
            h,
            t + sec(0.4),
            "INFO",
            "SpringApplicationShutdownHook",
            "com.alibaba.druid.pool.DruidDataSource",
            "{dataSource-%d} closing ...",
            "{dataSource-1} closing ...",
        )
        return S(
            h,
            t + sec(0.02),
            "INFO",
            "SpringApplicationShutdownHook",
            "com.alibaba.druid.pool.DruidDataSource",
            "{dataSource-%d} closed",
            "{dataSource-1} closed",
        )

    # client channels: (tc, client ip, role) -> (channel id, port)
    chans: dict[tuple[str, str, str], tuple[str, int]] = {}

    def chan(h: str, ip: str, cid: str, port: int, sep: str = "-") -> str:
        return f"[id: 0x{cid}, L:/{SE_TCS[h]}:8091 {sep} R:/{ip}:{port}]"

    def app_of(ip: str) -> tuple[str, str]:
        return (
            ("order-service", SE_RES_ORDER)
            if ip in SE_ORDER.values()
            else ("inventory-service", SE_RES_INV)
        )

    def register(h: str, ip: str, t: datetime) -> None:
        app, res = app_of(ip)
        roles = ["TM", "RM"] if app == "order-service" else ["RM"]
        for role in roles:
            cid, port = hexid(r, 8), r.randint(33000, 60999)
            chans[(h, ip, role)] = (cid, port)
            t += sec(r.uniform(0.05, 0.6))
            if role == "TM":
                S(
                    h,
                    t,
                    "INFO",
                    f"NettyServerNIOWorker_1_{r.randint(1, 8)}_8",
                    "io.seata.core.rpc.processor.server.RegTmProcessor",
                    "TM register success,message:RegisterTMRequest{applicationId='%s', transactionServiceGroup='%s'},channel:%s,client version:%s",
                    f"TM register success,message:RegisterTMRequest{{applicationId='{app}', transactionServiceGroup='{SE_GROUP}'}},channel:{chan(h, ip, cid, port)},client version:1.8.0",
                )
            else:
                S(
                    h,
                    t,
                    "INFO",
                    handler(),
                    "io.seata.core.rpc.processor.server.RegRmProcessor",
                    "RM register success,message:RegisterRMRequest{resourceIds='%s', applicationId='%s', transactionServiceGroup='%s'},channel:%s,client version:%s",
                    f"RM register success,message:RegisterRMRequest{{resourceIds='{res}', applicationId='{app}', transactionServiceGroup='{SE_GROUP}'}},channel:{chan(h, ip, cid, port)},client version:1.8.0",
                )

    def unregister(h: str, ip: str, t: datetime) -> None:
        app, res = app_of(ip)
        for role in ["TM", "RM"]:
            if (h, ip, role) not in chans:
                continue
            cid, port = chans.pop((h, ip, role))
            th = f"NettyServerNIOWorker_1_{r.randint(1, 8)}_8"
            t = S(
                h,
                t + sec(r.uniform(0.001, 0.02)),
                "INFO",
                th,
                SRVH,
                "%s to server channel inactive.",
                f"{ip}:{port} to server channel inactive.",
            )
            rs = f"[{res}]" if role == "RM" else "null"
            ctx = f"RpcContext{{applicationId='{app}', transactionServiceGroup='{SE_GROUP}', clientId='{app}:{ip}:{port}', channel={chan(h, ip, cid, port, '!')}, resourceSets={rs}}}"
            t = S(
                h,
                t + sec(0.0005),
                "INFO",
                th,
                SRVH,
                "remove channel:%scontext:%s",
                f"remove channel:{chan(h, ip, cid, port, '!')}context:{ctx}",
            )

    for h in SE_TCS:
        te = startup(h, T0 - sec(r.uniform(1800, 3000)))
        for ip in [*SE_ORDER.values(), *SE_INV.values()]:
            register(h, ip, te + sec(r.uniform(5, 40)))
    tc2_restart = at(10, 30, 12)
    tc2_back = tc2_restart + sec(9)
    # order-service restarts (07:30) and inventory-2's (08:40): channels go, come back
    for ip, t, gap in [
        ("10.0.1.21", at(7, 30, 5), 16),
        ("10.0.1.22", at(7, 32, 41), 16),
        ("10.0.1.62", at(8, 40, 3), 38),
    ]:
        for h in SE_TCS:
            unregister(h, ip, t + sec(r.uniform(0.3, 1.5)))
            register(h, ip, t + sec(gap + r.uniform(0, 3)))
    shutdown("tc2", tc2_restart)
    for k in [k for k in chans if k[0] == "tc2"]:
        chans.pop(k)
    pids.new("tc2", tc2_back, 30211)
    te = startup("tc2", tc2_back)
    for ip in [*SE_ORDER.values(), *SE_INV.values()]:
        register("tc2", ip, te + sec(r.uniform(1, 12)))

    def tc_up(h: str, t: datetime) -> bool:
        return h != "tc2" or not (tc2_restart - sec(1) <= t < tc2_back + sec(15))

    seqs = {"tc1": 2612348127645184011, "tc2": 2612348129106712590}

    def nid(h: str) -> int:
        seqs[h] += r.randint(3, 2000)
        return seqs[h]

    order_id = [902300]
    skus = [100231, 100232, 100517, 100518, 100940, 101102, 101377, 102004]
    sale = (at(8, 15), at(8, 25))
    db_down = (at(9, 10, 20), at(9, 16, 5))
    inv_failover = (at(10, 5, 10), at(10, 5, 50))
    hot = [100231, 100232]

    def tx(t: datetime) -> None:
        if in_any(t, [db_down]):
            return
        cands = [h for h in SE_TCS if tc_up(h, t)]
        h = r.choice(cands)
        oip = r.choice(list(SE_ORDER.values()))
        if at(7, 30, 5) <= t < at(7, 30, 25):
            oip = "10.0.1.22"
        if at(7, 32, 41) <= t < at(7, 33, 1):
            oip = "10.0.1.21"
        iip = r.choice(list(SE_INV.values()))
        if at(8, 40, 3) <= t < at(8, 40, 45):
            iip = "10.0.1.61"
        xid_n = nid(h)
        xid = f"{SE_TCS[h]}:8091:{xid_n}"
        bt = "batchLoggerPrint_1_1"
        t = S(
            h,
            t,
            "INFO",
            bt,
            BATCH,
            "timeout=%s,transactionName=%s,clientIp:%s,vgroup:%s",
            f"timeout=60000,transactionName={SE_TXNAME},clientIp:{oip},vgroup:{SE_GROUP}",
        )
        t = S(
            h,
            t + sec(r.uniform(0.001, 0.004)),
            "INFO",
            handler(),
            COORD,
            "Begin new global transaction applicationId: %s,transactionServiceGroup: %s, transactionName: %s,timeout:%s,xid:%s",
            f"Begin new global transaction applicationId: order-service,transactionServiceGroup: {SE_GROUP}, transactionName: {SE_TXNAME},timeout:60000,xid:{xid}",
        )
        order_id[0] += r.randint(1, 3)
        branches: list[tuple[int, str]] = []
        # the order branch
        b1 = xid_n + r.randint(2, 9)
        t += sec(r.uniform(0.02, 0.09))
        lk1 = f"orders:{order_id[0]};order_items:{','.join(str(order_id[0] * 10 + i) for i in range(r.randint(1, 3)))}"
        t = S(
            h,
            t,
            "INFO",
            bt,
            BATCH,
            "SeataMergeMessage xid=%s,branchType=%s,resourceId=%s,lockKey=%s",
            f"SeataMergeMessage xid={xid},branchType=AT,resourceId={SE_RES_ORDER},lockKey={lk1}",
            [f",clientIp:{oip},vgroup:{SE_GROUP}"],
        )
        t = S(
            h,
            t + sec(r.uniform(0.001, 0.005)),
            "INFO",
            handler(),
            ACORE,
            "Register branch successfully, xid = %s, branchId = %s, resourceId = %s ,lockKeys = %s",
            f"Register branch successfully, xid = {xid}, branchId = {b1}, resourceId = {SE_RES_ORDER} ,lockKeys = {lk1}",
        )
        branches.append((b1, SE_RES_ORDER))
        # the inventory branch (the flash sale's hot rows conflict)
        in_sale = in_any(t, [sale])
        pick = sorted(
            set(
                r.sample(hot, 1)
                if in_sale and r.random() < 0.6
                else r.sample(skus, r.randint(1, 2))
            )
        )
        lk2 = "t_stock:" + ",".join(str(s) for s in pick)
        t += sec(r.uniform(0.01, 0.06))
        conflicts = r.choice([0, 0, 1, 2, 3]) if in_sale and set(pick) & set(hot) else 0
        for _ in range(conflicts):
            t = S(
                h,
                t,
                "INFO",
                bt,
                BATCH,
                "SeataMergeMessage xid=%s,branchType=%s,resourceId=%s,lockKey=%s",
                f"SeataMergeMessage xid={xid},branchType=AT,resourceId={SE_RES_INV},lockKey={lk2}",
                [f",clientIp:{iip},vgroup:{SE_GROUP}"],
            )
            bid = nid(h)
            req = f"xid={xid},branchType=AT,resourceId={SE_RES_INV},lockKey={lk2}"
            t = S(
                h,
                t + sec(r.uniform(0.001, 0.004)),
                "ERROR",
                handler(),
                "io.seata.core.exception.AbstractExceptionHandler",
                "Catch TransactionException while do RPC, request: xid=%s,branchType=%s,resourceId=%s,lockKey=%s",
                f"Catch TransactionException while do RPC, request: {req}",
                [
                    f"io.seata.core.exception.BranchTransactionException: Global lock acquire failed xid = {xid} branchId = {bid}",
                    *frames(
                        "io.seata.server.coordinator.AbstractCore.branchSessionLock(AbstractCore.java:131)",
                        "io.seata.server.coordinator.AbstractCore.lambda$branchRegister$0(AbstractCore.java:104)",
                        "io.seata.server.session.SessionHolder.lockAndExecute(SessionHolder.java:356)",
                        "io.seata.server.coordinator.AbstractCore.branchRegister(AbstractCore.java:88)",
                        "io.seata.server.coordinator.DefaultCore.branchRegister(DefaultCore.java:109)",
                        "io.seata.server.coordinator.DefaultCoordinator.doBranchRegister(DefaultCoordinator.java:243)",
                        "io.seata.server.AbstractTCInboundHandler$4.execute(AbstractTCInboundHandler.java:184)",
                        "io.seata.server.AbstractTCInboundHandler$4.execute(AbstractTCInboundHandler.java:179)",
                        "io.seata.core.exception.AbstractExceptionHandler.exceptionHandleTemplate(AbstractExceptionHandler.java:131)",
                        "io.seata.server.AbstractTCInboundHandler.handle(AbstractTCInboundHandler.java:179)",
                        "io.seata.core.protocol.transaction.BranchRegisterRequest.handle(BranchRegisterRequest.java:136)",
                        "io.seata.server.coordinator.DefaultCoordinator.onRequest(DefaultCoordinator.java:578)",
                        "io.seata.core.rpc.processor.server.MergedWarpMessageProcessor.handleRequestsByMergedWarpMessageBy150(MergedWarpMessageProcessor.java:247)",
                        "io.seata.core.rpc.processor.server.MergedWarpMessageProcessor.onRequestMessage(MergedWarpMessageProcessor.java:146)",
                        "java.lang.Thread.run(Thread.java:750)",
                    ),
                ],
            )
            t += sec(r.uniform(0.01, 0.03))
        t = S(
            h,
            t,
            "INFO",
            bt,
            BATCH,
            "SeataMergeMessage xid=%s,branchType=%s,resourceId=%s,lockKey=%s",
            f"SeataMergeMessage xid={xid},branchType=AT,resourceId={SE_RES_INV},lockKey={lk2}",
            [f",clientIp:{iip},vgroup:{SE_GROUP}"],
        )
        b2 = nid(h)
        t = S(
            h,
            t + sec(r.uniform(0.001, 0.005)),
            "INFO",
            handler(),
            ACORE,
            "Register branch successfully, xid = %s, branchId = %s, resourceId = %s ,lockKeys = %s",
            f"Register branch successfully, xid = {xid}, branchId = {b2}, resourceId = {SE_RES_INV} ,lockKeys = {lk2}",
        )
        branches.append((b2, SE_RES_INV))
        timeout = in_sale and r.random() < 0.12
        rollback = not timeout and r.random() < 0.09
        if timeout:
            begin = t
            tt = begin + sec(60 + r.uniform(0.2, 1.0))
            bt_str = f"{begin - sec(0.2):%Y-%m-%d %H:%M:%S}.{ms3(begin - sec(0.2))}"
            tt = S(
                h,
                tt,
                "WARN",
                "TxTimeoutCheck_1_1",
                COORD,
                "Global transaction[%s] is timeout and will be rollback,transaction begin time:%s and now:%s",
                f"Global transaction[{xid}] is timeout and will be rollback,transaction begin time:{bt_str} and now:{tt:%Y-%m-%d %H:%M:%S}.{ms3(tt)}",
            )
            tt += sec(r.uniform(0.1, 0.9))
            for b, _ in reversed(branches):
                tt = S(
                    h,
                    tt + sec(r.uniform(0.005, 0.04)),
                    "INFO",
                    "RetryRollbacking_1_1",
                    DCORE,
                    "Rollback branch transaction successfully, xid = %s branchId = %s",
                    f"Rollback branch transaction successfully, xid = {xid} branchId = {b}",
                )
            S(
                h,
                tt + sec(0.002),
                "INFO",
                "RetryRollbacking_1_1",
                DCORE,
                "Rollback global transaction successfully, xid = %s.",
                f"Rollback global transaction successfully, xid = {xid}.",
            )
            return
        t += sec(r.uniform(0.05, 0.4))
        t = S(
            h,
            t,
            "INFO",
            bt,
            BATCH,
            "xid=%s,extraData=%s,clientIp:%s,vgroup:%s",
            f"xid={xid},extraData=null,clientIp:{oip},vgroup:{SE_GROUP}",
        )
        if rollback:
            th = handler()
            tt = t
            for b, res in reversed(branches):
                if res == SE_RES_INV and in_any(tt, [inv_failover]):
                    # the RM cannot undo while its database fails over: the retry loop every second
                    tt = S(
                        h,
                        tt + sec(r.uniform(0.01, 0.05)),
                        "ERROR",
                        th,
                        DCORE,
                        "Rollback branch transaction fail and will retry, xid = %s branchId = %s",
                        f"Rollback branch transaction fail and will retry, xid = {xid} branchId = {b}",
                    )
                    tt += sec(1)
                    while in_any(tt, [inv_failover]):
                        tt = S(
                            h,
                            tt + sec(r.uniform(0.001, 0.02)),
                            "ERROR",
                            "RetryRollbacking_1_1",
                            DCORE,
                            "Rollback branch transaction fail and will retry, xid = %s branchId = %s",
                            f"Rollback branch transaction fail and will retry, xid = {xid} branchId = {b}",
                        )
                        tt += sec(1)
                    th = "RetryRollbacking_1_1"
                tt = S(
                    h,
                    tt + sec(r.uniform(0.005, 0.04)),
                    "INFO",
                    th,
                    DCORE,
                    "Rollback branch transaction successfully, xid = %s branchId = %s",
                    f"Rollback branch transaction successfully, xid = {xid} branchId = {b}",
                )
            S(
                h,
                tt + sec(0.002),
                "INFO",
                th,
                DCORE,
                "Rollback global transaction successfully, xid = %s.",
                f"Rollback global transaction successfully, xid = {xid}.",
            )
            return
        ta = t + sec(r.uniform(0.2, 1.0))
        for b, _ in branches:
            ta = S(
                h,
                ta + sec(r.uniform(0.003, 0.03)),
                "INFO",
                "AsyncCommitting_1_1",
                DCORE,
                "Commit branch transaction successfully, xid = %s branchId = %s",
                f"Commit branch transaction successfully, xid = {xid} branchId = {b}",
            )
        S(
            h,
            ta + sec(0.002),
            "INFO",
            "AsyncCommitting_1_1",
            DCORE,
            "Committing global transaction is successfully done, xid = %s.",
            f"Committing global transaction is successfully done, xid = {xid}.",
        )

    for t in poisson(r, T0, T_END, 125.0):
        tx(t)
    for t in poisson(r, sale[0], sale[1], 9.0):
        tx(t)
    # rollbacks during the inventory failover: orders whose payment failed
    for t in [inv_failover[0] + sec(r.uniform(0, 5)), inv_failover[0] + sec(r.uniform(10, 18))]:
        h = "tc1"
        xid_n = nid(h)
        xid = f"{SE_TCS[h]}:8091:{xid_n}"
        b1, b2 = xid_n + r.randint(2, 9), nid(h)
        th = handler()
        t = S(
            h,
            t,
            "INFO",
            "batchLoggerPrint_1_1",
            BATCH,
            "xid=%s,extraData=%s,clientIp:%s,vgroup:%s",
            f"xid={xid},extraData=null,clientIp:10.0.1.21,vgroup:{SE_GROUP}",
        )
        tt = S(
            h,
            t + sec(0.01),
            "ERROR",
            th,
            DCORE,
            "Rollback branch transaction fail and will retry, xid = %s branchId = %s",
            f"Rollback branch transaction fail and will retry, xid = {xid} branchId = {b2}",
        )
        tt += sec(1)
        while in_any(tt, [inv_failover]):
            tt = S(
                h,
                tt + sec(r.uniform(0.001, 0.02)),
                "ERROR",
                "RetryRollbacking_1_1",
                DCORE,
                "Rollback branch transaction fail and will retry, xid = %s branchId = %s",
                f"Rollback branch transaction fail and will retry, xid = {xid} branchId = {b2}",
            )
            tt += sec(1)
        for b in (b2, b1):
            tt = S(
                h,
                tt + sec(r.uniform(0.005, 0.04)),
                "INFO",
                "RetryRollbacking_1_1",
                DCORE,
                "Rollback branch transaction successfully, xid = %s branchId = %s",
                f"Rollback branch transaction successfully, xid = {xid} branchId = {b}",
            )
        S(
            h,
            tt + sec(0.002),
            "INFO",
            "RetryRollbacking_1_1",
            DCORE,
            "Rollback global transaction successfully, xid = %s.",
            f"Rollback global transaction successfully, xid = {xid}.",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ canal

CA_IP = "10.0.3.2"
CA_PARSER = "com.alibaba.otter.canal.parse.inbound.mysql.rds.RdsBinlogEventParserProxy"
CA_DUMP_FRAMES = frames(
    "com.alibaba.otter.canal.parse.inbound.mysql.dbsync.DirectLogFetcher.fetch(DirectLogFetcher.java:102)",
    "com.alibaba.otter.canal.parse.inbound.mysql.MysqlConnection.dump(MysqlConnection.java:238)",
    "com.alibaba.otter.canal.parse.inbound.AbstractEventParser$1.run(AbstractEventParser.java:265)",
    "java.lang.Thread.run(Thread.java:750)",
)
CA_CONNECT = [
    *frames(
        "com.alibaba.otter.canal.parse.inbound.mysql.MysqlEventParser.preDump(MysqlEventParser.java:89)",
        "com.alibaba.otter.canal.parse.inbound.AbstractEventParser$1.run(AbstractEventParser.java:184)",
        "java.lang.Thread.run(Thread.java:750)",
    ),
    "Caused by: java.io.IOException: connect {addr} failure",
    *frames(
        "com.alibaba.otter.canal.parse.driver.mysql.MysqlConnector.connect(MysqlConnector.java:85)",
        "com.alibaba.otter.canal.parse.inbound.mysql.MysqlConnection.connect(MysqlConnection.java:90)",
        "com.alibaba.otter.canal.parse.inbound.mysql.MysqlEventParser.preDump(MysqlEventParser.java:86)",
    ),
    "\t... 2 common frames omitted",
    "Caused by: java.net.ConnectException: Connection refused",
    *frames(
        "sun.nio.ch.SocketChannelImpl.checkConnect(Native Method)",
        "sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:716)",
        "io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:330)",
        "io.netty.channel.nio.AbstractNioChannel$AbstractNioUnsafe.finishConnect(AbstractNioChannel.java:334)",
        "io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.java:776)",
        "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562)",
        "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
    ),
    "\t... 1 common frames omitted",
]


def canal(r: random.Random) -> list[Log]:
    """One canal 1.1.7 deployer with two instances (orders on 10.0.0.7, inventory on 10.0.0.8)
    feeding canal-adapter, 06:00 to 12:00: the adapter redeployed at 07:45, the orders database
    restarted 09:10-09:16, the inventory database down 10:40-10:48 and restored from a snapshot
    (refused, then binlog not found until the meta is reset at 11:12), the deployer restarted at
    11:20."""
    fs = Files()
    pids = Pids({"canal": 4120})

    def C(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{f}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} [{thread}] {level:<5} {abbrev(logger, 56)} - {msg}",
                *(more or []),
            ],
            ("canal", pids.at("canal", t), f),
            MS,
        )

    def M(t: datetime, msg: str) -> datetime:
        return fs.add(
            "meta.log",
            t,
            "clientId:%s cursor:[%s,%s,%s,%s,%s] address[%s] destination:%s",
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} - {msg}"],
            ("canal", pids.at("canal", t), "meta"),
            MS,
        )

    DEP = "com.alibaba.otter.canal.deployer."
    addr = {"orders": "10.0.0.7", "inventory": "10.0.0.8"}
    # the run's schedule first: when each instance stops dumping and comes back
    stop = at(11, 20, 5)
    start2 = stop + sec(6.2)
    orders_retries = [at(9, 10, 20) + sec(0.4)]
    while orders_retries[-1] < at(9, 16, 5):
        orders_retries.append(orders_retries[-1] + sec(r.uniform(10.05, 20)))
    orders_gap = (at(9, 10, 20), orders_retries[-1] + sec(1))
    inv_reset = at(11, 12, 41)
    inv_gap = (at(10, 40, 3), inv_reset + sec(1))
    # each cursor over the run: (time, binlog file, position, server id); meta.log writes it as
    # the adapter acks, flushed at most once a second
    cursors: dict[str, list[tuple[datetime, str, int, int]]] = {}
    for d, mean, start in [
        ("orders", 19.0, ("mysql-bin.000231", 48213344, 1)),
        ("inventory", 27.0, ("mysql-bin.000087", 112093411, 2)),
    ]:
        f, p, sv = start
        tl = [(T0 - sec(7200), f, p, sv)]
        for t in poisson(r, T0 - sec(1800), T_END, mean):
            if in_any(
                t, [(stop - sec(1), start2 + sec(20)), orders_gap if d == "orders" else inv_gap]
            ):
                continue
            if d == "inventory" and t >= inv_gap[1] and f == "mysql-bin.000087":
                f, p = "mysql-bin.000012", 2381455
                tl.append((inv_reset, f, p, sv))
            p += r.randint(300, 40000)
            if p > 1073741824:
                f, p = f"mysql-bin.{int(f.split('.')[1]) + 1:06d}", 4
            tl.append((t, f, p, sv))
        cursors[d] = tl

    def cursor(d: str, t: datetime) -> tuple[datetime, str, int, int]:
        last = cursors[d][0]
        for c in cursors[d]:
            if c[0] > t:
                break
            last = c
        return last

    filt = {
        "orders": r"^shop\.orders$,^shop\.order_items$,^shop\.refunds$",
        "inventory": r"^inventory\.t_stock$,^inventory\.t_stock_log$",
    }

    def parser_thread(d: str) -> str:
        return f"destination = {d} , address = /{addr[d]}:3306 , EventParser"

    def entry(d: str, t: datetime) -> str:
        ct, f, p, sv = cursor(d, t)
        return f"EntryPosition[included=false,journalName={f},position={p},serverId={sv},gtid=,timestamp={epoch_ms(ct) // 1000 * 1000}]"

    def find_pos(d: str, t: datetime, fresh: bool = False) -> datetime:
        if fresh:
            t = C(
                d,
                t,
                "WARN",
                parser_thread(d),
                CA_PARSER,
                "prepare to find start position just show master status",
                "prepare to find start position just show master status",
            )
        else:
            ct, f, p, sv = cursor(d, t)
            js = json.dumps(
                {
                    "identity": {
                        "slaveId": -1,
                        "sourceAddress": {"address": addr[d], "port": 3306},
                    },
                    "postion": {
                        "gtid": "",
                        "included": False,
                        "journalName": f,
                        "position": p,
                        "serverId": sv,
                        "timestamp": epoch_ms(ct) // 1000 * 1000,
                    },
                },
                separators=(",", ":"),
            )
            t = C(
                d,
                t,
                "WARN",
                parser_thread(d),
                CA_PARSER,
                "prepare to find start position just last position\\n %s",
                "prepare to find start position just last position",
                [f" {js}"],
            )
        cost = r.randint(8, 60)
        return C(
            d,
            t + sec(cost / 1000),
            "WARN",
            parser_thread(d),
            CA_PARSER,
            "---> find start position successfully, EntryPosition[included=%s,journalName=%s,position=%s,serverId=%s,gtid=%s,timestamp=%s] cost : %sms , the next step is binlog dump",
            f"---> find start position successfully, {entry(d, t)} cost : {cost}ms , the next step is binlog dump",
        )

    def instance_start(d: str, t: datetime, fresh: bool = False) -> datetime:
        PPC = "com.alibaba.otter.canal.instance.spring.support.PropertyPlaceholderConfigurer"
        t = C(
            d,
            t,
            "INFO",
            "main",
            PPC,
            "Loading properties file from %s",
            "Loading properties file from class path resource [canal.properties]",
        )
        t = C(
            d,
            t + sec(0.002),
            "INFO",
            "main",
            PPC,
            "Loading properties file from %s",
            f"Loading properties file from class path resource [{d}/instance.properties]",
        )
        t = C(
            d,
            t + sec(0.3),
            "INFO",
            "main",
            "com.alibaba.otter.canal.instance.spring.CanalInstanceWithSpring",
            "start CannalInstance for %s-%s ",
            f"start CannalInstance for 1-{d} ",
        )
        t = C(
            d,
            t + sec(0.02),
            "WARN",
            "main",
            "com.alibaba.otter.canal.parse.inbound.mysql.dbsync.LogEventConvert",
            "--> init table filter : %s",
            f"--> init table filter : {filt[d]}",
        )
        t = C(
            d,
            t + sec(0.001),
            "WARN",
            "main",
            "com.alibaba.otter.canal.parse.inbound.mysql.dbsync.LogEventConvert",
            "--> init table black filter : %s",
            r"--> init table black filter : ^mysql\.slave_.*$",
        )
        t = C(
            d,
            t + sec(0.01),
            "INFO",
            "main",
            "com.alibaba.otter.canal.instance.core.AbstractCanalInstance",
            "start successful....",
            "start successful....",
        )
        t = C(
            d,
            t + sec(0.05),
            "WARN",
            parser_thread(d),
            CA_PARSER,
            "---> begin to find start position, it will be long time for reset or first position",
            "---> begin to find start position, it will be long time for reset or first position",
        )
        return find_pos(d, t + sec(0.01), fresh)

    def server_start(t: datetime) -> datetime:
        t = C(
            "canal",
            t,
            "INFO",
            "main",
            DEP + "CanalLauncher",
            "## set default uncaught exception handler",
            "## set default uncaught exception handler",
        )
        t = C(
            "canal",
            t + sec(0.03),
            "INFO",
            "main",
            DEP + "CanalLauncher",
            "## load canal configurations",
            "## load canal configurations",
        )
        t = C(
            "canal",
            t + sec(0.01),
            "INFO",
            "main",
            DEP + "CanalStarter",
            "## start the canal server.",
            "## start the canal server.",
        )
        t = C(
            "canal",
            t + sec(0.12),
            "INFO",
            "main",
            DEP + "CanalController",
            "## start the canal server[%s(%s):%s]",
            f"## start the canal server[{CA_IP}({CA_IP}):11111]",
        )
        ti = t + sec(0.4)
        for d in ["orders", "inventory"]:
            ti = instance_start(d, ti + sec(r.uniform(0.05, 0.2)))
        return C(
            "canal",
            ti + sec(0.6),
            "INFO",
            "main",
            DEP + "CanalStarter",
            "## the canal server is running now ......",
            "## the canal server is running now ......",
        )

    def server_stop(t: datetime) -> datetime:
        t = C(
            "canal",
            t,
            "INFO",
            "Thread-6",
            DEP + "CanalLauncher",
            "## stop the canal server",
            "## stop the canal server",
        )
        t = C(
            "canal",
            t + sec(0.4),
            "INFO",
            "Thread-6",
            DEP + "CanalController",
            "## stop the canal server[%s(%s):%s]",
            f"## stop the canal server[{CA_IP}({CA_IP}):11111]",
        )
        return C(
            "canal",
            t + sec(0.6),
            "INFO",
            "Thread-6",
            DEP + "CanalLauncher",
            "## canal server is down.",
            "## canal server is down.",
        )

    def subscribe(d: str, t: datetime) -> datetime:
        cursor = f"LogPosition[identity=LogIdentity[sourceAddress=/{addr[d]}:3306,slaveId=-1],postion={entry(d, t - sec(r.uniform(2, 30)))}]"
        return C(
            d,
            t,
            "INFO",
            f"New I/O server worker #1-{r.randint(1, 4)}",
            "com.alibaba.otter.canal.server.embedded.CanalServerWithEmbedded",
            "subscribe successfully, ClientIdentity[destination=%s,clientId=%s,filter=%s] with first position:%s ",
            f"subscribe successfully, ClientIdentity[destination={d},clientId=1001,filter=] with first position:{cursor} ",
        )

    start1 = T0 - sec(r.uniform(1200, 2400))
    server_start(start1)
    for d in ["orders", "inventory"]:
        subscribe(d, start1 + sec(r.uniform(20, 40)))

    def dump_error(d: str, t: datetime, first: str, rest: list[str]) -> datetime:
        t = C(
            d,
            t,
            "ERROR",
            parser_thread(d),
            CA_PARSER,
            "dump address %s has an error, retrying. caused by ",
            f"dump address /{addr[d]}:3306 has an error, retrying. caused by ",
            [first, *rest],
        )
        trace = [f"destination:{d}[{first}", *rest]
        trace[-1] = trace[-1] + "\n]"
        lines = "\n".join(trace).split("\n")
        if first.startswith("com.alibaba.otter.canal.parse.exception.CanalParseException"):
            label = "destination:%s[com.alibaba.otter.canal.parse.exception.CanalParseException: java.io.IOException: connect %s failure]"
        elif "errno = 1236" in first:
            label = "destination:%s[java.io.IOException: Received error packet: errno = %s, sqlstate = %s errmsg = Could not find first log file name in binary log index file]"
        else:
            label = "destination:%s[java.io.IOException: Received error packet: errno = %s, sqlstate = %s errmsg = Server shutdown in progress]"
        return C(
            d,
            t + sec(0.002),
            "ERROR",
            parser_thread(d),
            "com.alibaba.otter.canal.common.alarm.LogAlarmHandler",
            label,
            lines[0],
            lines[1:],
        )

    def refused(d: str, t: datetime) -> datetime:
        a = f"/{addr[d]}:3306"
        rest = [x.replace("{addr}", a) for x in CA_CONNECT]
        return dump_error(
            d,
            t,
            f"com.alibaba.otter.canal.parse.exception.CanalParseException: java.io.IOException: connect {a} failure",
            rest,
        )

    # the orders database restarted 09:10:20-09:16:05
    dump_error(
        "orders",
        orders_retries[0],
        "java.io.IOException: Received error packet: errno = 1053, sqlstate = 08S01 errmsg = Server shutdown in progress",
        CA_DUMP_FRAMES,
    )
    for t in orders_retries[1:-1]:
        refused("orders", t)
    find_pos("orders", orders_retries[-1])
    # the adapter redeployed at 07:45: its connection reset, then it subscribes again
    C(
        "canal",
        at(7, 45, 12),
        "ERROR",
        "New I/O server worker #1-2",
        "com.alibaba.otter.canal.server.netty.handler.SessionHandler",
        "something goes wrong with channel:%s, exception=java.io.IOException: Connection reset by peer",
        f"something goes wrong with channel:[id: 0x{hexid(r, 8)}, /10.0.3.5:{r.randint(33000, 60999)} => /{CA_IP}:11111], exception=java.io.IOException: Connection reset by peer",
        frames(
            "sun.nio.ch.FileDispatcherImpl.read0(Native Method)",
            "sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:39)",
            "sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:223)",
            "sun.nio.ch.IOUtil.read(IOUtil.java:192)",
            "sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:379)",
            "org.jboss.netty.channel.socket.nio.NioWorker.read(NioWorker.java:64)",
            "org.jboss.netty.channel.socket.nio.AbstractNioWorker.process(AbstractNioWorker.java:108)",
            "org.jboss.netty.channel.socket.nio.AbstractNioSelector.run(AbstractNioSelector.java:318)",
            "org.jboss.netty.channel.socket.nio.AbstractNioWorker.run(AbstractNioWorker.java:89)",
            "org.jboss.netty.channel.socket.nio.NioWorker.run(NioWorker.java:178)",
            "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
            "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
            "java.lang.Thread.run(Thread.java:750)",
        ),
    )
    for d in ["orders", "inventory"]:
        subscribe(d, at(7, 45, 41) + sec(r.uniform(0.1, 1.5)))
    # the inventory database down for maintenance 10:40-10:48 (refused), then restored from a
    # snapshot whose binlogs start over: the saved position is gone until the meta is reset at 11:12
    t = at(10, 40, 3)
    while t < at(10, 48, 20):
        refused("inventory", t)
        t += sec(r.uniform(10.05, 20))
    while t < inv_reset - sec(2):
        t = find_pos("inventory", t)
        t = dump_error(
            "inventory",
            t + sec(0.02),
            "java.io.IOException: Received error packet: errno = 1236, sqlstate = HY000 errmsg = Could not find first log file name in binary log index file",
            CA_DUMP_FRAMES,
        )
        t += sec(r.uniform(10.05, 20))
    C(
        "canal",
        inv_reset - sec(1),
        "INFO",
        "canal-instance-scan-0",
        DEP + "monitor.SpringInstanceConfigMonitor",
        "auto notify reload %s successful.",
        "auto notify reload inventory successful.",
    )
    instance_start("inventory", inv_reset, fresh=True)
    subscribe("inventory", inv_reset + sec(3))
    # the deployer restarted at 11:20
    server_stop(stop)
    pids.new("canal", start2, 27113)
    server_start(start2)
    for d in ["orders", "inventory"]:
        subscribe(d, start2 + sec(r.uniform(8, 15)))
    # meta.log: the cursors
    for d in cursors:
        for ct, f, p, sv in cursors[d][1:]:
            if ct < T0 - sec(900) or ct == inv_reset:
                continue
            M(
                ct,
                f"clientId:1001 cursor:[{f},{p},{epoch_ms(ct) // 1000 * 1000 - r.randint(0, 2) * 1000},{sv},] address[/{addr[d]}:3306] destination:{d}",
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- apollo

AP_HOSTS = {"config1": "10.0.1.41", "config2": "10.0.1.42"}
AP_APPS = [
    ("order-service", ["application", "db.orders", "dubbo"]),
    ("payment-service", ["application", "channel.alipay", "channel.wechat"]),
    ("inventory-service", ["application", "dubbo"]),
    ("gateway", ["application", "routes", "ratelimit"]),
    ("user-service", ["application"]),
    ("coupon-service", ["application", "campaign"]),
    ("notification-service", ["application", "templates"]),
]


def apollo(r: random.Random) -> list[Log]:
    """Two Apollo 2.2 config services (with their embedded Eureka servers, ApolloConfigDB on
    MySQL) up since the day before, 06:00 to 12:00: releases all morning (busy around the 08:15
    flash sale), admin2 lost at 08:20 and back at 08:31, the config database failing over
    09:05-09:12, config1 restarted (upgrade) at 10:20."""
    fs = Files()
    pids = Pids({"config1": 2871, "config2": 2903})

    def A(
        h: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{h}-apollo-configservice.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} {level:>5} {pids.at(h, x)} --- [{thread}] {logger_col(logger)} : {msg}",
                *(more or []),
            ],
            (h, pids.at(h, t)),
            MS,
        )

    DC = "com.netflix.discovery.DiscoveryClient"
    REG = "com.netflix.eureka.registry.AbstractInstanceRegistry"
    PEER = "com.netflix.eureka.registry.PeerAwareInstanceRegistryImpl"

    def inst(h: str) -> str:
        return f"{AP_HOSTS[h]}:apollo-configservice:8080"

    def startup(h: str, t: datetime) -> datetime:
        APP = "com.ctrip.framework.apollo.configservice.ConfigServiceApplication"
        t = A(
            h,
            t,
            "INFO",
            "main",
            APP,
            "Starting %s v%s using Java %s on %s with PID %d (%s started by %s in %s)",
            f"Starting ConfigServiceApplication v2.2.0 using Java 1.8.0_402 on {h} with PID {pids.at(h, t)} (/opt/apollo/apollo-configservice/apollo-configservice-2.2.0.jar started by apollo in /opt/apollo/apollo-configservice)",
        )
        t += sec(7.4)
        t = A(
            h,
            t,
            "INFO",
            "main",
            "org.springframework.cloud.netflix.eureka.serviceregistry.EurekaServiceRegistry",
            "Registering application %s with eureka with status %s",
            "Registering application APOLLO-CONFIGSERVICE with eureka with status UP",
        )
        tr = A(
            h,
            t + sec(0.002),
            "INFO",
            "DiscoveryClient-InstanceInfoReplicator-0",
            DC,
            "DiscoveryClient_%s/%s: registering service...",
            f"DiscoveryClient_APOLLO-CONFIGSERVICE/{inst(h)}: registering service...",
        )
        BS = "org.springframework.cloud.netflix.eureka.server.EurekaServerBootstrap"
        t = A(
            h,
            t + sec(0.01),
            "INFO",
            "Thread-9",
            BS,
            "Setting the eureka configuration..",
            "Setting the eureka configuration..",
        )
        t = A(
            h,
            t + sec(0.07),
            "INFO",
            "Thread-9",
            PEER,
            "Renew threshold is: %d",
            "Renew threshold is: 7",
        )
        t = A(
            h,
            t + sec(0.001),
            "INFO",
            "Thread-9",
            PEER,
            "Changing status to %s",
            "Changing status to UP",
        )
        t = A(
            h,
            t + sec(0.004),
            "INFO",
            "Thread-9",
            "org.springframework.cloud.netflix.eureka.server.EurekaServerInitializerConfiguration",
            "Started Eureka Server",
            "Started Eureka Server",
        )
        A(
            h,
            max(tr, t) + sec(0.02),
            "INFO",
            "DiscoveryClient-InstanceInfoReplicator-0",
            DC,
            "DiscoveryClient_%s/%s - registration status: %d",
            f"DiscoveryClient_APOLLO-CONFIGSERVICE/{inst(h)} - registration status: 204",
        )
        t = A(
            h,
            t + sec(0.3),
            "INFO",
            "main",
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port(s): %s with context path '%s'",
            "Tomcat started on port(s): 8080 (http) with context path ''",
        )
        return A(
            h,
            t + sec(0.2),
            "INFO",
            "main",
            APP,
            "Started %s in %s seconds (JVM running for %s)",
            f"Started ConfigServiceApplication in {r.uniform(19, 24):.3f} seconds (JVM running for {r.uniform(24.5, 27):.3f})",
        )

    def shutdown(h: str, t: datetime) -> datetime:
        SH = "SpringApplicationShutdownHook"
        t = A(
            h,
            t,
            "INFO",
            SH,
            "org.springframework.cloud.netflix.eureka.serviceregistry.EurekaServiceRegistry",
            "Unregistering application %s with eureka with status %s",
            "Unregistering application APOLLO-CONFIGSERVICE with eureka with status DOWN",
        )
        t = A(
            h,
            t + sec(0.004),
            "INFO",
            SH,
            DC,
            "Shutting down DiscoveryClient ...",
            "Shutting down DiscoveryClient ...",
        )
        t = A(
            h,
            t + sec(0.05),
            "INFO",
            SH,
            DC,
            "DiscoveryClient_%s/%s - deregister  status: %d",
            f"DiscoveryClient_APOLLO-CONFIGSERVICE/{inst(h)} - deregister  status: 200",
        )
        return A(
            h,
            t + sec(0.01),
            "INFO",
            SH,
            DC,
            "Completed shut down of DiscoveryClient",
            "Completed shut down of DiscoveryClient",
        )

    restart = at(10, 20, 4)
    back = restart + sec(9.5)
    shutdown("config1", restart)
    pids.new("config1", back, 31208)
    up1 = startup("config1", back)

    def running(h: str, t: datetime) -> bool:
        return h != "config1" or not (restart - sec(0.5) <= t < up1 + sec(1))

    # registrations seen by both registries (the peer's by replication)
    def registered(t: datetime, app: str, iid: str, origin: str) -> None:
        for h in AP_HOSTS:
            if running(h, t):
                rep = "false" if h == origin else "true"
                A(
                    h,
                    t + sec(r.uniform(0.001, 0.3)),
                    "INFO",
                    f"http-nio-8080-exec-{r.randint(1, 10)}",
                    REG,
                    "Registered instance %s/%s with status %s (replication=%s)",
                    f"Registered instance {app}/{iid} with status UP (replication={rep})",
                )

    def cancelled(t: datetime, app: str, iid: str, origin: str) -> None:
        for h in AP_HOSTS:
            if running(h, t):
                rep = "false" if h == origin else "true"
                A(
                    h,
                    t + sec(r.uniform(0.001, 0.3)),
                    "INFO",
                    f"http-nio-8080-exec-{r.randint(1, 10)}",
                    REG,
                    "Cancelled instance %s/%s (replication=%s)",
                    f"Cancelled instance {app}/{iid} (replication={rep})",
                )

    # config1's own instance around its restart
    cancelled(restart + sec(0.03), "APOLLO-CONFIGSERVICE", inst("config1"), "config1")
    registered(up1 - sec(0.2), "APOLLO-CONFIGSERVICE", inst("config1"), "config1")
    # admin2 lost at 08:20:11 (no cancel): its lease expires after 90 s, evicted
    admin2 = "10.0.1.52:apollo-adminservice:8090"
    for h in AP_HOSTS:
        te = at(8, 21, 47) + sec(r.uniform(0, 55))
        te = A(
            h,
            te,
            "INFO",
            "Eureka-EvictionTimer",
            REG,
            "Evicting %d items (expired=%d, evictionLimit=%d)",
            "Evicting 1 items (expired=1, evictionLimit=1)",
        )
        te = A(
            h,
            te + sec(0.001),
            "WARN",
            "Eureka-EvictionTimer",
            REG,
            "DS: Registry: expired lease for %s/%s",
            f"DS: Registry: expired lease for APOLLO-ADMINSERVICE/{admin2}",
        )
        A(
            h,
            te + sec(0.001),
            "INFO",
            "Eureka-EvictionTimer",
            REG,
            "Cancelled instance %s/%s (replication=%s)",
            f"Cancelled instance APOLLO-ADMINSERVICE/{admin2} (replication=false)",
        )
    registered(at(8, 31, 22), "APOLLO-ADMINSERVICE", admin2, "config2")
    # periodic tasks
    for h in AP_HOSTS:
        off = r.uniform(0, 60)
        t = T0 + sec(off)
        while t < T_END:
            if running(h, t):
                comp = 0 if r.random() < 0.93 else r.randint(1, 40)
                A(
                    h,
                    t + sec(r.uniform(0, 0.004)),
                    "INFO",
                    "Eureka-EvictionTimer",
                    REG,
                    "Running the evict task with compensationTime %dms",
                    f"Running the evict task with compensationTime {comp}ms",
                )
            t += sec(60)
        t = T0 + sec(r.uniform(0, 300))
        while t < T_END:
            if running(h, t):
                A(
                    h,
                    t,
                    "INFO",
                    "DiscoveryClient-CacheRefreshExecutor-0",
                    "com.netflix.discovery.shared.resolver.aws.ConfigClusterResolver",
                    "Resolving eureka endpoints via configuration",
                    "Resolving eureka endpoints via configuration",
                )
            t += sec(300)
        t = T0 + sec(r.uniform(0, 900))
        while t < T_END:
            if running(h, t):
                A(
                    h,
                    t,
                    "INFO",
                    "ReplicaAwareInstanceRegistry - RenewalThresholdUpdater",
                    PEER,
                    "Current renewal threshold is : %d",
                    "Current renewal threshold is : 7",
                )
            t += sec(900)
    # releases: every node's three listeners log each message
    LISTENERS = [
        "com.ctrip.framework.apollo.configservice.service.ReleaseMessageServiceWithCache",
        "com.ctrip.framework.apollo.biz.grayReleaseRule.GrayReleaseRulesHolder",
        "com.ctrip.framework.apollo.configservice.controller.NotificationControllerV2",
    ]
    db_down = (at(9, 5, 40), at(9, 12, 10))
    mid = [48210]
    rel_times = sorted(poisson(r, T0, T_END, 170.0) + poisson(r, at(8, 0), at(8, 30), 45.0))
    for t in rel_times:
        if in_any(t, [db_down]):
            continue
        mid[0] += 1
        app, nss = r.choice(AP_APPS)
        if at(8, 0) <= t < at(8, 30) and r.random() < 0.6:
            app, nss = (
                ("gateway", ["ratelimit", "routes"])
                if r.random() < 0.5
                else ("coupon-service", ["campaign"])
            )
        cluster = "default"
        msg = f"ReleaseMessage{{id={mid[0]}, message={app}+{cluster}+{r.choice(nss)}, dataChangeLastModifiedTime={t:%Y-%m-%d %H:%M:%S}.0}}"
        for h in AP_HOSTS:
            ts = t + sec(r.uniform(0.05, 1.0))
            if not running(h, ts):
                continue
            for lg in LISTENERS:
                ts = A(
                    h,
                    ts + sec(r.uniform(0.0001, 0.002)),
                    "INFO",
                    "ReleaseMessageScanner-1-thread-1",
                    lg,
                    "message received - channel: %s, message: ReleaseMessage{id=%d, message=%s, dataChangeLastModifiedTime=%s}",
                    f"message received - channel: apollo-release, message: {msg}",
                )
    # the config database failing over
    TX = frames(
        "org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:467)",
        "org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:400)",
        "org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction(AbstractPlatformTransactionManager.java:373)",
        "org.springframework.transaction.interceptor.TransactionAspectSupport.createTransactionIfNecessary(TransactionAspectSupport.java:595)",
        "org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction(TransactionAspectSupport.java:382)",
        "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
        "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:186)",
    )
    HIKARI = [
        "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
        *frames(
            "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)",
            "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)",
            "org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)",
        ),
        "\t... 26 common frames omitted",
    ]
    for h in AP_HOSTS:
        t = db_down[0] + sec(r.uniform(0, 2))
        while t < db_down[1]:
            t += sec(30 + r.uniform(0.001, 0.02))
            if t >= db_down[1]:
                break
            th = "ReleaseMessageScanner-1-thread-1"
            t = A(
                h,
                t,
                "WARN",
                th,
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                "SQL Error: %d, SQLState: %s",
                "SQL Error: 0, SQLState: 08001",
            )
            t = A(
                h,
                t + sec(0.0005),
                "ERROR",
                th,
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                "%s - Connection is not available, request timed out after %dms.",
                "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
            )
            t = A(
                h,
                t + sec(0.002),
                "ERROR",
                th,
                "com.ctrip.framework.apollo.biz.message.ReleaseMessageScanner",
                "Scan and send message failed",
                "Scan and send message failed",
                [
                    "org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
                    *frames(
                        "org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:275)",
                        "org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233)",
                        "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean.translateExceptionIfPossible(AbstractEntityManagerFactoryBean.java:551)",
                        "org.springframework.dao.support.ChainedPersistenceExceptionTranslator.translateExceptionIfPossible(ChainedPersistenceExceptionTranslator.java:61)",
                        "org.springframework.dao.support.DataAccessUtils.translateIfNecessary(DataAccessUtils.java:242)",
                        "org.springframework.dao.support.PersistenceExceptionTranslationInterceptor.invoke(PersistenceExceptionTranslationInterceptor.java:152)",
                        "com.sun.proxy.$Proxy142.findFirst500ByIdGreaterThanOrderByIdAsc(Unknown Source)",
                        "com.ctrip.framework.apollo.biz.message.ReleaseMessageScanner.scanAndSendMessages(ReleaseMessageScanner.java:119)",
                        "com.ctrip.framework.apollo.biz.message.ReleaseMessageScanner.scanMessages(ReleaseMessageScanner.java:106)",
                        "com.ctrip.framework.apollo.biz.message.ReleaseMessageScanner.lambda$afterPropertiesSet$0(ReleaseMessageScanner.java:77)",
                        "java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:511)",
                        "java.util.concurrent.FutureTask.runAndReset(FutureTask.java:308)",
                        "java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:294)",
                        "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
                        "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
                        "java.lang.Thread.run(Thread.java:750)",
                    ),
                    "Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
                    *frames(
                        "org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)",
                        "org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:37)",
                    ),
                    "\t... 22 common frames omitted",
                    *HIKARI,
                ],
            )
        # the clients' config requests that hit the database while it is down
        for t in poisson(r, db_down[0] + sec(30), db_down[1], 5.5):
            th = f"http-nio-8080-exec-{r.randint(1, 200)}"
            t = A(
                h,
                t,
                "WARN",
                th,
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                "SQL Error: %d, SQLState: %s",
                "SQL Error: 0, SQLState: 08001",
            )
            t = A(
                h,
                t + sec(0.0005),
                "ERROR",
                th,
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                "%s - Connection is not available, request timed out after %dms.",
                "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
            )
            A(
                h,
                t + sec(0.003),
                "ERROR",
                th,
                "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]",
                "Servlet.service() for servlet [%s] in context with path [%s] threw exception [Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause",
                "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause",
                [
                    "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
                    *frames(
                        "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
                        "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)",
                        "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)",
                        "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)",
                        "org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)",
                        "org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:38)",
                        "org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:108)",
                    ),
                    *TX,
                    "\tat com.ctrip.framework.apollo.configservice.service.config.DefaultConfigService.findActiveOne(DefaultConfigService.java:53)",
                    "\tat com.ctrip.framework.apollo.configservice.controller.ConfigController.queryConfig(ConfigController.java:114)",
                    "\tat java.lang.Thread.run(Thread.java:750)",
                ],
            )
    # config2's replication to config1 while it restarts
    t = restart + sec(1.2)
    while t < up1:
        A(
            "config2",
            t,
            "ERROR",
            "TaskBatchingWorker-target_config1-0",
            "com.netflix.eureka.cluster.ReplicationTaskProcessor",
            "Network level connection to peer %s; retrying after delay",
            "Network level connection to peer config1; retrying after delay",
            [
                "com.sun.jersey.api.client.ClientHandlerException: org.apache.http.conn.HttpHostConnectException: Connect to config1:8080 [config1/10.0.1.41] failed: Connection refused (Connection refused)",
                *frames(
                    "com.sun.jersey.client.apache4.ApacheHttpClient4Handler.handle(ApacheHttpClient4Handler.java:187)",
                    "com.netflix.eureka.cluster.DynamicGZIPContentEncodingFilter.handle(DynamicGZIPContentEncodingFilter.java:48)",
                    "com.netflix.discovery.EurekaIdentityHeaderFilter.handle(EurekaIdentityHeaderFilter.java:27)",
                    "com.sun.jersey.api.client.Client.handle(Client.java:652)",
                    "com.sun.jersey.api.client.WebResource.handle(WebResource.java:682)",
                    "com.sun.jersey.api.client.WebResource.access$200(WebResource.java:74)",
                    "com.sun.jersey.api.client.WebResource$Builder.post(WebResource.java:570)",
                    "com.netflix.eureka.transport.JerseyReplicationClient.submitBatchUpdates(JerseyReplicationClient.java:116)",
                    "com.netflix.eureka.cluster.ReplicationTaskProcessor.process(ReplicationTaskProcessor.java:80)",
                    "com.netflix.eureka.util.batcher.TaskExecutors$BatchWorkerRunnable.run(TaskExecutors.java:190)",
                    "java.lang.Thread.run(Thread.java:750)",
                ),
                "Caused by: org.apache.http.conn.HttpHostConnectException: Connect to config1:8080 [config1/10.0.1.41] failed: Connection refused (Connection refused)",
                *frames(
                    "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:156)",
                    "org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:376)",
                    "org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:393)",
                ),
                "\t... 10 common frames omitted",
            ],
        )
        t += sec(r.uniform(0.9, 1.1))
    return fs.logs(T0)


SYSTEMS = {
    "nacos": nacos,
    "dubbo": dubbo,
    "seata-server": seata,
    "canal": canal,
    "apollo-configservice": apollo,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
