#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 149 (ozone, ranger, atlas, knox, alluxio) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Hadoop-ecosystem services, 06:00 to 12:00 on
2024-06-07.

- Apache Ozone 1.4 (`scm.log`, `om.log`, `dn1.log`, `dn2.log`, `dn3.log`: log4j `%d{ISO8601}
  [%t] %-5p %c{2}: %m%n`; `om-audit.log`: `%d | %-5level | %c{1} | %msg | %throwable{3}`):
  ReplicationManager, SCM and datanode block deletion, OM key deletion; the SCM restarted at
  08:30 (SIGTERM, SHUTDOWN_MSG and STARTUP_MSG banners, datanodes' `Unable to communicate to SCM
  server at %s for past %s seconds.` with stacks, safe mode), dn2 lost at 09:40 (stale, dead,
  pipelines and 14 containers closed, Ratis role changes, `ContainerID %s does not exist`
  reads) and back at 10:12, the OM's leadership moving to om2 at 10:45; the OM audit's
  `user=%s | ip=%s | op=%s %s | ret=%s` for every key operation, a job writing to a dropped
  bucket 07:10-07:40 (ret=FAILURE with the exception's three lines).
- Apache Ranger 2.4 admin (`ranger-admin-ranger1.example.com-ranger.log`: `%d [%t] %-5p %C{6}
  (%F:%L) - %m%n`) and usersync (`usersync.log`: `%d{dd MMM yyyy HH:mm:ss} %5p %c{1} [%t] -
  %m%n`): three Kafka brokers' plugins polling a service that does not exist
  (`RANGER_ERROR_SERVICE_NOT_FOUND`, every 30 s with a stack until the service is created at
  09:15), UI logins and failures, a password sprayer at 10:20, the Solr audit store down
  10:00-10:30, an admin restart at 11:00 (EmbeddedServer); usersync's LDAP cycle every three
  minutes, the LDAP server down 07:20-07:45, the admin unreachable during its restart.
- Apache Atlas 2.3 (`application.log`: `%d %-5p - [%t:%x] ~ %m (%C{1}:%L)%n`; `audit.log`:
  `%d %x %m%n`): the REST clients' `Audit: %s/%s-%s performed request %s %s (%s) at time %s`,
  HBase's region server unreachable 08:50-09:10 (JanusGraph's `Could not commit transaction`,
  the hook consumer's `Error handling message` three times, `graph rollback due to exception`,
  `Max retries exceeded for message %s` with the hook message's JSON), a restart at 10:00
  with a mistyped ZooKeeper quorum (the graph not obtained, retried) and again at 10:06.
- Apache Knox 2.0 (`gateway.log`: `%d{yy/MM/dd HH:mm:ss} %p %c{2}: %m%n`; `gateway-audit.log`:
  the AuditLayout's `||root|parent|request id|audit|ip|service|user|proxy|system|action|
  resource type|resource|outcome|message`): each request's authentication, identity mapping,
  dispatch and access records for WEBHDFS, HIVE and YARNUIV2, a script with an old password
  (`Failed to Authenticate with LDAP server: [LDAP: error code 49 - Invalid Credentials]`,
  a 401), the NameNode down 10:10-10:25 (`Connection exception dispatching request: %s %s`, a
  500), the gateway restarted at 09:29 and the topology redeployed at 09:30.
- Alluxio 2.9 (`master.log`, `worker1.log`, `worker2.log`: `%d{ISO8601} %-5p %c{1} - %m%n`;
  `master_audit.log`: the tab-separated `succeeded=... allowed=... ugi=... ip=... cmd=...`
  records): Spark, Presto and Hive clients, a long GC on the master 08:05-08:20 (JvmPauseMonitor
  with its GC pool lines, heartbeat threads late, workers' `Failed to receive master heartbeat
  command.` with stacks), worker2 lost at 09:30 and restarted at 09:44, the HDFS under store down
  10:40-10:55 (`Failed to read block %s from UFS: %s`, metadata sync failing).

Label notes. The log4j heads (date, thread, level, logger, Ranger's `(File.java:line)`,
Atlas's trailing `(Class:line)`), the audit logs' date, level and logger columns and Knox's
audit context fields (request ids, client, service, user) are context; the message is the
label. Enum names are variables (Ozone's `op=` and `ret=`, Ratis's roles, Alluxio's `cmd=`);
an action, resource type and outcome a Knox call site passes are wording. An exception's text
inside a message contributes its own format (Ranger's `RANGER_ERROR_SERVICE_NOT_FOUND:
ServiceName=%s`, usersync's `javax.naming.CommunicationException: %s [Root exception is ...]`);
a stack, a banner's lines, the GC pool lines and the audit throwable's lines continue their
event. Tabs in Alluxio's audit format are written `\\t` in its label.

Least sure (written from the helper's knowledge, not checked against sources this round):
Ozone's log4j layout and thread names, `Container: %s, deleted blocks: ...`, `Number of keys
deleted`, the stale/dead node, pipeline and close-container wordings, the audit layout's
trailing `| `; Ranger's `Login Success:` field list, the Solr error, `createService: service %s
created, id=%s`, usersync's getUsers/getGroups lines; Atlas's `Max retries exceeded when
obtaining graph instance`, `Jetty server started on port %s` and the service list; Knox's
`Failed to Authenticate with LDAP server`, the audit's `Effective User: %s` message and its
field order; Alluxio's log layout, `Failed to read block %s from UFS: %s`, the InodeSyncStream
and JvmPauseMonitor wordings and the worker start-up line.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, tzinfo=UTC) + sec(s)


T0, T_END = at(6, 0), at(12, 0)


def iso8601(t: datetime) -> str:
    """log4j's %d / %d{ISO8601}: `2024-06-07 06:00:01,123`."""
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


def in_any(t: datetime, spans: list[tuple[datetime, datetime]]) -> bool:
    return any(a <= t < b for a, b in spans)


def stack(
    exc: str, frames: list[str], cause: str = "", cframes: list[str] | None = None
) -> list[str]:
    """A Java exception as log4j prints it after the message: the exception's line, its frames,
    and a `Caused by:` with its own frames and the `... N more` elision."""
    out = [exc, *[f"\tat {f}" for f in frames]]
    if cause:
        out.append(f"Caused by: {cause}")
        out += [f"\tat {f}" for f in cframes or []]
        out.append(f"\t... {len(frames) - 1} more")
    return out


CONNECT_FRAMES = [
    "sun.nio.ch.Net.pollConnect(Native Method)",
    "sun.nio.ch.Net.pollConnectNow(Net.java:672)",
    "sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:946)",
]


# ------------------------------------------------------------------------------------ ozone

OZ_DNS = {
    "dn1": ("3f6c2a1e-8d0b-4f7a-9c31-5b2e8a7d1c04", "10.0.1.21"),
    "dn2": ("b84e0d52-1a3f-4c69-8e27-d09f6b3a5e18", "10.0.1.22"),
    "dn3": ("61d9f7c3-5e28-4b0a-a4f6-2c8e91b07d3a", "10.0.1.23"),
}


def ozone(r: random.Random) -> list[Log]:
    """Ozone 1.4: SCM, OM (and its audit log) and three datanodes, 06:00 to 12:00: the SCM
    restarted 08:30 (datanodes cannot heartbeat), dn2 lost 09:40 (stale, dead, its pipelines
    and containers closed, read errors on missing replicas) and back at 10:12, the OM's Ratis
    leadership moving to om2 at 10:45, a job writing to a dropped bucket 07:10-07:40."""
    fs = Files()

    def L(
        f: str, t: datetime, th: str, lvl: str, cat: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{iso8601(x)} [{th}] {lvl:<5} {cat}: {lines[0]}", *lines[1:]],
            f + th,
            1000,
        )

    def dnd(d: str) -> str:
        u, ip = OZ_DNS[d]
        return f"{u}({d}.example.com/{ip})"

    def banner(f: str, t: datetime, cls: str, host: str, ip: str, start: bool) -> None:
        cat = (
            "server.StorageContainerManagerStarter"
            if cls == "StorageContainerManager"
            else "ozone.HddsDatanodeService"
        )
        if start:
            lines = [
                "STARTUP_MSG: ",
                "/************************************************************",
                f"STARTUP_MSG: Starting {cls}",
                f"STARTUP_MSG:   host = {host}/{ip}",
                "STARTUP_MSG:   args = []",
                "STARTUP_MSG:   version = 1.4.0",
                "STARTUP_MSG:   build = https://github.com/apache/ozone/05c2a3b3b2c0b6e2f2b3a4d7ec0f1d0a3b1c9e11 ; compiled by 'runner' on 2024-01-11T09:22Z",
                "STARTUP_MSG:   java = 11.0.22",
                "************************************************************/",
            ]
            L(f, t, "main", "INFO", cat, "STARTUP_MSG: ", lines)
        else:
            L(
                f,
                t,
                "shutdown-hook-0",
                "INFO",
                cat,
                "SHUTDOWN_MSG: ",
                [
                    "SHUTDOWN_MSG: ",
                    "/************************************************************",
                    f"SHUTDOWN_MSG: Shutting down {cls} at {host}/{ip}",
                    "************************************************************/",
                ],
            )

    scm_down = (at(8, 30, 4), at(8, 33, 41))
    dn2_down = (at(9, 40, 12), at(10, 12, 30))
    # SCM
    for t in [at(6, 0) + sec(i * 300 + r.uniform(0, 2)) for i in range(72)]:
        if in_any(t, [scm_down]):
            continue
        n = 1480 + int((t - T0).total_seconds() // 60)
        L(
            "scm.log",
            t,
            "ReplicationMonitor",
            "INFO",
            "replication.ReplicationManager",
            "Replication Monitor Thread took %s milliseconds for processing %s containers.",
            [
                f"Replication Monitor Thread took {r.randint(3, 40)} milliseconds for processing {n} containers."
            ],
        )
    for t in [at(6, 0) + sec(i * 60 + 17 + r.uniform(0, 1)) for i in range(360)]:
        if in_any(t, [scm_down]) or r.random() < 0.3:
            continue
        L(
            "scm.log",
            t,
            "SCMBlockDeletingService#0",
            "INFO",
            "block.SCMBlockDeletingService",
            "Totally added %s blocks to be deleted for %s datanodes, task elapsed time: %sms",
            [
                f"Totally added {r.randint(1, 2400)} blocks to be deleted for {2 if in_any(t, [dn2_down]) else 3} datanodes, task elapsed time: {r.randint(2, 90)}ms"
            ],
        )
    t = L(
        "scm.log",
        scm_down[0],
        "SIGTERM handler",
        "ERROR",
        "server.StorageContainerManagerStarter",
        "RECEIVED SIGNAL %s: SIG%s",
        ["RECEIVED SIGNAL 15: SIGTERM"],
    )
    banner(
        "scm.log", t + sec(0.4), "StorageContainerManager", "scm1.example.com", "10.0.1.10", False
    )
    banner(
        "scm.log",
        scm_down[1] - sec(9),
        "StorageContainerManager",
        "scm1.example.com",
        "10.0.1.10",
        True,
    )
    t = scm_down[1]
    for k, d in enumerate(["dn3", "dn1", "dn2"]):
        t = L(
            "scm.log",
            t + sec(r.uniform(0.5, 3)),
            "IPC Server handler 3 on default port 9861",
            "INFO",
            "node.SCMNodeManager",
            "Registered Data node : %s",
            [f"Registered Data node : {dnd(d)}"],
        )
        L(
            "scm.log",
            t + sec(0.01),
            "EventQueue-NodeRegistrationContainerReportForSafeModeRule",
            "INFO",
            "safemode.SCMSafeModeManager",
            "SCM in safe mode. %s DataNodes registered, %s required.",
            [f"SCM in safe mode. {k + 1} DataNodes registered, 3 required."],
        )
    L(
        "scm.log",
        t + sec(2.2),
        "EventQueue-OpenPipelineForSafeModeRule",
        "INFO",
        "safemode.SCMSafeModeManager",
        "SCM exiting safe mode.",
        ["SCM exiting safe mode."],
    )
    # dn2 lost: stale, dead, pipelines and containers closed
    u2 = OZ_DNS["dn2"][0]
    pipes = [uuid4(r) for _ in range(3)]
    t = L(
        "scm.log",
        dn2_down[0] + sec(90),
        "EventQueue-StaleNodeForStaleNodeHandler",
        "INFO",
        "node.StaleNodeHandler",
        "Datanode %s moved to stale state. Finalizing its pipelines %s",
        [
            f"Datanode {dnd('dn2')} moved to stale state. Finalizing its pipelines ["
            + ", ".join(f"PipelineID={p}" for p in pipes)
            + "]"
        ],
    )
    for p in pipes:
        t = L(
            "scm.log",
            t + sec(0.003),
            "EventQueue-StaleNodeForStaleNodeHandler",
            "INFO",
            "pipeline.PipelineManagerImpl",
            "Pipeline %s moved to CLOSED state",
            [
                f"Pipeline Pipeline[ Id: {p}, Nodes: {u2}(dn2.example.com/10.0.1.22), ReplicationConfig: RATIS/THREE, State:OPEN, leaderId:{OZ_DNS['dn1'][0]}, CreationTimestamp2024-06-07T06:02:11.418Z[UTC]] moved to CLOSED state"
            ],
        )
    cids = sorted(r.sample(range(1001, 1600), 14))
    for c in cids:
        t = L(
            "scm.log",
            t + sec(0.002),
            "EventQueue-CloseContainerForCloseContainerEventHandler",
            "INFO",
            "container.CloseContainerEventHandler",
            "Close container Event triggered for container : #%s",
            [f"Close container Event triggered for container : #{c}"],
        )
        for d in ("dn1", "dn3"):
            L(
                f"{d}.log",
                t + sec(r.uniform(0.5, 4)),
                "CommandProcessorThread",
                "INFO",
                "keyvalue.KeyValueHandler",
                "Container %s is closed with bcsId %s.",
                [f"Container {c} is closed with bcsId {r.randint(10000, 900000)}."],
            )
    L(
        "scm.log",
        dn2_down[0] + sec(600),
        "EventQueue-DeadNodeForDeadNodeHandler",
        "INFO",
        "node.DeadNodeHandler",
        "A dead datanode is detected. %s",
        [f"A dead datanode is detected. {dnd('dn2')}"],
    )
    L(
        "scm.log",
        dn2_down[1] + sec(8),
        "IPC Server handler 7 on default port 9861",
        "INFO",
        "node.SCMNodeManager",
        "Registered Data node : %s",
        [f"Registered Data node : {dnd('dn2')}"],
    )
    # datanodes
    for d in ("dn1", "dn2", "dn3"):
        f = f"{d}.log"
        for t in [at(6, 0) + sec(i * 60 + 31 + r.uniform(0, 1)) for i in range(360)]:
            if (d == "dn2" and in_any(t, [dn2_down])) or r.random() < 0.62:
                continue
            L(
                f,
                t,
                "BlockDeletingService#2",
                "INFO",
                "background.BlockDeletingTask",
                "Container: %s, deleted blocks: %s, space reclaimed: %s, task elapsed time: %sms.",
                [
                    f"Container: {r.randint(1001, 1600)}, deleted blocks: {r.randint(1, 600)}, space reclaimed: {r.randint(1, 600) * 4194304}, task elapsed time: {r.randint(1, 40)}ms."
                ],
            )
        n = 0
        t = scm_down[0] + sec(r.uniform(20, 35))
        while t < scm_down[1]:
            n += 1
            L(
                f,
                t,
                "EndpointStateMachine task thread for scm1.example.com/10.0.1.10:9861 - 0 ",
                "WARN",
                "statemachine.EndpointStateMachine",
                "Unable to communicate to SCM server at %s for past %s seconds.",
                [
                    f"Unable to communicate to SCM server at scm1.example.com:9861 for past {n * 30} seconds.",
                    *stack(
                        "java.net.ConnectException: Call From "
                        + d
                        + ".example.com/"
                        + OZ_DNS[d][1]
                        + " to scm1.example.com:9861 failed on connection exception: java.net.ConnectException: Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused",
                        [
                            "java.base/jdk.internal.reflect.GeneratedConstructorAccessor21.newInstance(Unknown Source)",
                            "org.apache.hadoop.net.NetUtils.wrapWithMessage(NetUtils.java:930)",
                            "org.apache.hadoop.ipc.Client.call(Client.java:1463)",
                            "org.apache.hadoop.ozone.container.common.states.endpoint.HeartbeatEndpointTask.call(HeartbeatEndpointTask.java:148)",
                        ],
                        "java.net.ConnectException: Connection refused",
                        CONNECT_FRAMES,
                    ),
                ],
            )
            t += sec(30 + r.uniform(0, 0.5))
    # dn2's restart; Ratis role changes on the pipelines' other members
    banner("dn2.log", dn2_down[1], "HddsDatanodeService", "dn2.example.com", "10.0.1.22", True)
    for d in ("dn1", "dn3"):
        for p in pipes[:2]:
            L(
                f"{d}.log",
                dn2_down[0] + sec(r.uniform(6, 12)),
                f"{OZ_DNS[d][0]}@group-{p[-12:].upper()}-FollowerState",
                "INFO",
                "impl.RaftServerImpl",
                "%s: changes role from %s to %s at term %s for %s",
                [
                    f"{OZ_DNS[d][0]}@group-{p[-12:].upper()}: changes role from  FOLLOWER to CANDIDATE at term {r.randint(2, 9)} for changeToCandidate"
                ],
            )
    # reads of replicas that went away with dn2
    for t in poisson(r, at(9, 52), at(10, 14), 45):
        d = r.choice(["dn1", "dn3"])
        L(
            f"{d}.log",
            t,
            f"ChunkReader-{r.randint(0, 9)}",
            "WARN",
            "impl.HddsDispatcher",
            "Operation: %s , Trace ID: %s , Message: ContainerID %s does not exist , Result: %s , StorageContainerException Occurred.",
            [
                f"Operation: {r.choice(['GetBlock', 'ReadChunk'])} , Trace ID: {hexid(r, 16)}:{hexid(r, 16)}:0:1 , Message: ContainerID {r.choice(cids)} does not exist , Result: CONTAINER_NOT_FOUND , StorageContainerException Occurred."
            ],
        )
    # OM
    grp = "group-C5BA1605619E"
    for t in [at(6, 0) + sec(i * 60 + 5 + r.uniform(0, 1)) for i in range(360)]:
        if r.random() < 0.6:
            continue
        L(
            "om.log",
            t,
            "KeyDeletingService#0",
            "INFO",
            "service.KeyDeletingService",
            "Number of keys deleted: %s, elapsed time: %sms",
            [f"Number of keys deleted: {r.randint(1, 300)}, elapsed time: {r.randint(4, 120)}ms"],
        )
    lt = at(10, 45, 11)
    lt = L(
        "om.log",
        lt,
        f"om1@{grp}-LeaderStateImpl",
        "INFO",
        "impl.RaftServerImpl",
        "%s: changes role from %s to %s at term %s for %s",
        [f"om1@{grp}: changes role from    LEADER to FOLLOWER at term 7 for stepDown"],
    )
    L(
        "om.log",
        lt + sec(1.7),
        f"om1@{grp}-server-thread2",
        "INFO",
        "impl.RaftServer$Division",
        "%s: change Leader from %s to %s at term %s for %s, leader elected after %sms",
        [
            f"om1@{grp}: change Leader from om1 to om2 at term 8 for appendEntries, leader elected after 1712ms"
        ],
    )
    # OM audit
    users = [
        ("hive", "10.0.5.12"),
        ("spark", "10.0.5.31"),
        ("spark", "10.0.5.32"),
        ("etl", "10.0.6.9"),
        ("hdfs", "10.0.5.12"),
    ]
    for t in poisson(r, T0, T_END, 42):
        u, ip = r.choice(users)
        bad = at(7, 10) <= t < at(7, 40) and u == "etl"
        vol, bkt = (
            ("s3v", "staging") if u == "etl" else ("vol1", r.choice(["warehouse", "raw", "tmp"]))
        )
        key = f"{r.choice(['dt=2024-06-07', 'dt=2024-06-06'])}/part-{r.randint(0, 199):05d}-{hexid(r, 8)}.parquet"
        size = r.randint(1, 256) * 1048576
        if r.random() < 0.55 or bad:
            ops = [
                (
                    "CREATE_KEY",
                    f"{{volume={vol}, bucket={bkt}, key={key}, dataSize={size}, replicationType=RATIS, replicationFactor=THREE, keyLocationInfo=[]}}",
                )
            ]
            if not bad:
                ops += [
                    (
                        "ALLOCATE_BLOCK",
                        f"{{volume={vol}, bucket={bkt}, key={key}, dataSize={size}, replicationType=RATIS, replicationFactor=THREE, clientID={r.randint(10**17, 10**18)}}}",
                    ),
                    (
                        "COMMIT_KEY",
                        f"{{volume={vol}, bucket={bkt}, key={key}, dataSize={size}, replicationType=RATIS, replicationFactor=THREE, keyLocationInfo=[blockID {{\\n  containerBlockID {{\\n    containerID: {r.randint(1001, 1600)}\\n    localID: {r.randint(10**17, 10**18)}\\n  }}\\n}}]}}",
                    ),
                ]
        else:
            ops = [
                (
                    r.choice(["LOOKUP_KEY", "GET_KEY_INFO", "LIST_STATUS"]),
                    f"{{volume={vol}, bucket={bkt}, key={key}}}",
                )
            ]
        for op, params in ops:
            ok = not bad
            lines = [
                f"{iso8601(t)} | INFO  | OMAudit | user={u} | ip={ip} | op={op} {params} | ret={'SUCCESS' if ok else 'FAILURE'} | "
            ]
            if not ok:
                lines = [
                    f"{iso8601(t)} | ERROR | OMAudit | user={u} | ip={ip} | op={op} {params} | ret=FAILURE | BUCKET_NOT_FOUND org.apache.hadoop.ozone.om.exceptions.OMException: Bucket not found: {vol}/{bkt}",
                    "\tat org.apache.hadoop.ozone.om.request.OMClientRequest.checkBucketExists(OMClientRequest.java:412)",
                    "\tat org.apache.hadoop.ozone.om.request.key.OMKeyCreateRequest.validateAndUpdateCache(OMKeyCreateRequest.java:232)",
                ]
            t = fs.add(
                "om-audit.log",
                t,
                "user=%s | ip=%s | op=%s %s | ret=%s",
                lambda x, ls=lines: [iso8601(x) + ls[0][23:], *ls[1:]],
                "audit",
                1000,
            )
            t += sec(r.uniform(0.01, 0.4))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- ranger


def ranger(r: random.Random) -> list[Log]:
    """Ranger 2.4 admin and usersync, 06:00 to 12:00: three Kafka brokers' plugins configured
    with a service name that does not exist (`kafka_prod`, every 30 s until fixed at 09:15),
    users logging in to the UI, a password sprayer at 10:20, the Solr audit store down
    10:00-10:30, the LDAP server down 07:20-07:45 for usersync, the admin restarted at 11:00."""
    fs = Files()
    adm = "ranger-admin-ranger1.example.com-ranger.log"

    def A(
        t: datetime, th: str, lvl: str, cls: str, fl: str, label: str, lines: list[str]
    ) -> datetime:
        short = cls.rsplit(".", 1)[1]
        return fs.add(
            adm,
            t,
            label,
            lambda x: [
                f"{iso8601(x)} [{th}] {lvl:<5} {cls} ({short}.java:{fl}) - {lines[0]}",
                *lines[1:],
            ],
            th,
            1000,
        )

    def U(t: datetime, lvl: str, cat: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "usersync.log",
            t,
            label,
            lambda x: [
                f"{x:%d %b %Y %H:%M:%S} {lvl:>5} {cat} [UnixUserSyncThread] - {lines[0]}",
                *lines[1:],
            ],
            "usersync",
            1_000_000,
        )

    restart = (at(11, 0, 3), at(11, 1, 40))
    rest_frames = [
        "org.apache.ranger.common.RESTErrorUtil.createRESTException(RESTErrorUtil.java:345)",
        "org.apache.ranger.rest.ServiceREST.getServicePoliciesIfUpdated(ServiceREST.java:3160)",
        "org.apache.ranger.rest.ServiceREST$$FastClassBySpringCGLIB$$92dab672.invoke(<generated>)",
        "org.springframework.cglib.proxy.MethodProxy.invoke(MethodProxy.java:218)",
    ]
    for _b in range(1, 4):
        t = at(6, 0) + sec(r.uniform(0, 30))
        while t < at(9, 15):
            A(
                t,
                f"http-nio-6080-exec-{r.randint(1, 40)}",
                "INFO",
                "org.apache.ranger.common.RESTErrorUtil",
                "345",
                "Request failed. loginId=%s, logMessage=RANGER_ERROR_SERVICE_NOT_FOUND: ServiceName=%s",
                [
                    "Request failed. loginId=null, logMessage=RANGER_ERROR_SERVICE_NOT_FOUND: ServiceName=kafka_prod",
                    *stack(
                        'javax.ws.rs.WebApplicationException: "RANGER_ERROR_SERVICE_NOT_FOUND: ServiceName=kafka_prod"',
                        rest_frames,
                    ),
                ],
            )
            t += sec(30 + r.uniform(-0.3, 0.3))
    A(
        at(9, 14, 41),
        "http-nio-6080-exec-12",
        "INFO",
        "org.apache.ranger.biz.ServiceDBStore",
        "1711",
        "createService: service %s created, id=%s",
        ["createService: service kafka_prod created, id=14"],
    )
    users = ["admin", "jsmith", "akumar", "mlopez", "dwong", "svc_audit"]
    for t in poisson(r, T0, T_END, 110):
        if in_any(t, [restart]):
            continue
        u = r.choice(users)
        A(
            t,
            f"http-nio-6080-exec-{r.randint(1, 40)}",
            "INFO",
            "org.apache.ranger.biz.SessionMgr",
            "214",
            "Login Success: loginId=%s, sessionId=%s, requestId=%s, epoch=%s",
            [
                f"Login Success: loginId={u}, sessionId={r.randint(4100, 9900)}, requestId=10.0.{r.randint(5, 8)}.{r.randint(2, 250)}, epoch={int(t.timestamp() * 1000)}"
            ],
        )
        if r.random() < 0.08:
            A(
                t - sec(r.uniform(4, 20)),
                f"http-nio-6080-exec-{r.randint(1, 40)}",
                "INFO",
                "org.apache.ranger.security.web.authentication.RangerAuthFailureHandler",
                "95",
                "Login Unsuccessful:%s | Ip Address:%s",
                [f"Login Unsuccessful:{u} | Ip Address:10.0.{r.randint(5, 8)}.{r.randint(2, 250)}"],
            )
    for t in poisson(r, at(10, 20), at(10, 27), 9):
        A(
            t,
            f"http-nio-6080-exec-{r.randint(1, 40)}",
            "INFO",
            "org.apache.ranger.security.web.authentication.RangerAuthFailureHandler",
            "95",
            "Login Unsuccessful:%s | Ip Address:%s",
            [
                f"Login Unsuccessful:{r.choice(['admin', 'root', 'ranger', 'hadoop', 'test', 'keyadmin'])} | Ip Address:203.0.113.45"
            ],
        )
    for t in poisson(r, at(10, 0), at(10, 30), 70):
        A(
            t,
            f"http-nio-6080-exec-{r.randint(1, 40)}",
            "ERROR",
            "org.apache.ranger.solr.SolrUtil",
            "74",
            "Error running solr query. Query = %s, response = %s",
            [
                f"Error running solr query. Query = q=*:*&fq=evtTime:[2024-06-0{r.randint(1, 6)}T00:00:00Z TO NOW]&sort=evtTime desc&start={r.choice([0, 0, 25, 50])}&rows=25, response = null",
                *stack(
                    "org.apache.solr.client.solrj.SolrServerException: Server refused connection at: http://solr1.example.com:8983/solr/ranger_audits",
                    [
                        "org.apache.solr.client.solrj.impl.HttpSolrClient.executeMethod(HttpSolrClient.java:688)",
                        "org.apache.solr.client.solrj.impl.HttpSolrClient.request(HttpSolrClient.java:266)",
                        "org.apache.ranger.solr.SolrUtil.runQuery(SolrUtil.java:69)",
                    ],
                    "org.apache.http.conn.HttpHostConnectException: Connect to solr1.example.com:8983 [solr1.example.com/10.0.2.40] failed: Connection refused (Connection refused)",
                    [
                        "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:156)"
                    ],
                ),
            ],
        )
    # restart at 11:00
    t = restart[1]
    for label, msg, cls, fl in [
        (
            "Deriving webapp folder from catalina.base property. folder=%s",
            "Deriving webapp folder from catalina.base property. folder=/opt/ranger-admin/ews/webapp",
            "EmbeddedServer",
            "215",
        ),
        (
            "Webapp file =%s, webAppName = %s",
            "Webapp file =/opt/ranger-admin/ews/webapp, webAppName = /",
            "EmbeddedServer",
            "223",
        ),
        (
            "Adding webapp [%s] = path [%s] .....",
            "Adding webapp [/] = path [/opt/ranger-admin/ews/webapp] .....",
            "EmbeddedServer",
            "226",
        ),
        (
            "Name is empty. Setting Name Rule as 'DEFAULT'",
            "Name is empty. Setting Name Rule as 'DEFAULT'",
            "EmbeddedServer",
            "311",
        ),
        ("Server Name : %s", "Server Name : rangeradmin", "EmbeddedServer", "256"),
        (
            "Starting Server from %s",
            "Starting Server from /opt/ranger-admin/ews/webapp",
            "EmbeddedServer",
            "360",
        ),
    ]:
        t = A(
            t + sec(r.uniform(0.005, 0.4)),
            "main",
            "INFO",
            f"org.apache.ranger.server.tomcat.{cls}",
            fl,
            label,
            [msg],
        )
    A(
        t + sec(31.4),
        "main",
        "INFO",
        "org.apache.ranger.server.tomcat.EmbeddedServer",
        "370",
        "Finished init of webapp [%s] = path [%s].",
        ["Finished init of webapp [/] = path [/opt/ranger-admin/ews/webapp]."],
    )
    # usersync
    ldap_down = (at(7, 20, 30), at(7, 45, 10))
    t = at(6, 0, 40)
    while t < T_END:
        t = U(
            t,
            "INFO",
            "UserGroupSync",
            "Begin: update user/group from source==>sink",
            ["Begin: update user/group from source==>sink"],
        )
        if in_any(t, [ldap_down]):
            t = U(
                t + sec(r.uniform(1, 3)),
                "ERROR",
                "LdapUserGroupBuilder",
                "LdapUserGroupBuilder.getUsers() failed with exception: javax.naming.CommunicationException: %s [Root exception is java.net.ConnectException: Connection refused]",
                [
                    "LdapUserGroupBuilder.getUsers() failed with exception: javax.naming.CommunicationException: ldap1.example.com:636 [Root exception is java.net.ConnectException: Connection refused]"
                ],
            )
            t = U(
                t,
                "ERROR",
                "UserGroupSync",
                "Failed to update ranger admin. Will retry in next sync cycle!!",
                ["Failed to update ranger admin. Will retry in next sync cycle!!"],
            )
        elif in_any(t, [restart]):
            t = U(
                t + sec(r.uniform(2, 5)),
                "INFO",
                "LdapUserGroupBuilder",
                "LdapUserGroupBuilder.getUsers() completed with user count: %s",
                [
                    f"LdapUserGroupBuilder.getUsers() completed with user count: {r.randint(1280, 1290)}"
                ],
            )
            t = U(
                t + sec(r.uniform(1, 3)),
                "ERROR",
                "PolicyMgrUserGroupBuilder",
                "Failed to communicate Ranger Admin : %s",
                [
                    "Failed to communicate Ranger Admin : javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)"
                ],
            )
            t = U(
                t,
                "ERROR",
                "UserGroupSync",
                "Failed to update ranger admin. Will retry in next sync cycle!!",
                ["Failed to update ranger admin. Will retry in next sync cycle!!"],
            )
        else:
            t = U(
                t + sec(r.uniform(2, 5)),
                "INFO",
                "LdapUserGroupBuilder",
                "LdapUserGroupBuilder.getUsers() completed with user count: %s",
                [
                    f"LdapUserGroupBuilder.getUsers() completed with user count: {r.randint(1280, 1290)}"
                ],
            )
            t = U(
                t + sec(r.uniform(1, 3)),
                "INFO",
                "LdapUserGroupBuilder",
                "LdapUserGroupBuilder.getGroups() completed with group count: %s",
                [
                    f"LdapUserGroupBuilder.getGroups() completed with group count: {r.randint(212, 215)}"
                ],
            )
            t = U(
                t + sec(r.uniform(0, 2)),
                "INFO",
                "UserGroupSync",
                "End: update user/group from source==>sink",
                ["End: update user/group from source==>sink"],
            )
        t = U(
            t,
            "INFO",
            "UserGroupSync",
            "Sleeping for [%s] milliSeconds",
            ["Sleeping for [180000] milliSeconds"],
        )
        t += sec(180)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ atlas


def atlas(r: random.Random) -> list[Log]:
    """Atlas 2.3 (application.log, audit.log), 06:00 to 12:00: the UI's and the REST clients'
    requests in audit.log, HBase's region server for the janusgraph table unreachable
    08:50-09:10 (the hook consumer retrying each message, giving up, rolling back), a restart at
    10:00 with a mistyped HBase quorum (the graph not obtained, retried, fixed at 10:06)."""
    fs = Files()

    def A(
        t: datetime,
        th: str,
        lvl: str,
        label: str,
        msg: str,
        caller: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "application.log",
            t,
            label,
            lambda x: [f"{iso8601(x)} {lvl:<5} - [{th}:] ~ {msg} ({caller})", *(more or [])],
            th,
            1000,
        )

    paths = [
        (
            "GET",
            "/api/atlas/v2/search/basic?limit=25&excludeDeletedEntities=true&typeName=hive_table&query={q}",
        ),
        ("GET", "/api/atlas/v2/entity/guid/{g}"),
        ("GET", "/api/atlas/v2/lineage/{g}?depth=3&direction=BOTH"),
        ("GET", "/api/atlas/v2/types/typedefs/headers"),
        ("GET", "/api/atlas/admin/session"),
        ("POST", "/api/atlas/v2/entity/bulk"),
        ("GET", "/api/atlas/v2/entity/guid/{g}/classifications"),
    ]
    who = [
        ("admin", "10.0.5.12"),
        ("jsmith", "10.0.6.140"),
        ("rangertagsync", "10.0.2.31"),
        ("svc_dq", "10.0.7.21"),
    ]
    down = (at(10, 0, 5), at(10, 6, 40))
    for t in poisson(r, T0, T_END, 13.2):
        if in_any(t, [down]):
            continue
        u, ip = r.choice(who)
        m, p = r.choice(paths)
        p = p.format(q=r.choice(["orders", "customer", "sales_fact", "clicks"]), g=uuid4(r))
        fs.add(
            "audit.log",
            t,
            "Audit: %s/%s-%s performed request %s %s (%s) at time %s",
            lambda x, u=u, ip=ip, m=m, p=p: [
                f"{iso8601(x)}  Audit: {u}/{ip}-{ip} performed request {m} http://atlas1.example.com:21000{p} (10.0.2.30) at time {x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z"
            ],
            "audit",
            1000,
        )
    # HBase outage: hook messages retried then given up
    hb_frames = [
        "org.janusgraph.diskstorage.hbase.HBaseStoreManager.mutateMany(HBaseStoreManager.java:458)",
        "org.janusgraph.diskstorage.locking.consistentkey.ExpectedValueCheckingStoreManager.mutateMany(ExpectedValueCheckingStoreManager.java:79)",
        "org.janusgraph.graphdb.database.StandardJanusGraph.commit(StandardJanusGraph.java:800)",
        "org.apache.atlas.repository.graphdb.janus.AtlasJanusGraph.commit(AtlasJanusGraph.java:179)",
    ]
    for t in poisson(r, at(8, 50), at(9, 10), 14):
        th = "NotificationHookConsumer thread-0"
        tx = hexid(r, 12)
        t = A(
            t,
            th,
            "ERROR",
            "Could not commit transaction [%s] due to exception",
            f"Could not commit transaction [{r.randint(1, 9)}] due to exception",
            "StandardJanusGraph:808",
            stack(
                "org.janusgraph.diskstorage.TemporaryBackendException: Could not successfully complete backend operation due to repeated temporary exceptions after PT10S",
                hb_frames,
                "org.apache.hadoop.hbase.client.RetriesExhaustedWithDetailsException: Failed 3 actions: org.apache.hadoop.hbase.NotServingRegionException: 3 times, servers with issues: rs3.example.com,16020,1717650219832",
                ["org.apache.hadoop.hbase.client.BatchErrors.makeException(BatchErrors.java:54)"],
            ),
        )
        for k in range(3):
            t = A(
                t + sec(r.uniform(0.02, 0.1)),
                th,
                "WARN",
                "Error handling message",
                "Error handling message",
                "NotificationHookConsumer$HookConsumer:807",
                stack(
                    "org.apache.atlas.exception.AtlasBaseException: Could not commit transaction "
                    + tx,
                    [
                        "org.apache.atlas.repository.store.graph.v2.AtlasEntityStoreV2.createOrUpdate(AtlasEntityStoreV2.java:1287)",
                        "org.apache.atlas.notification.NotificationHookConsumer$HookConsumer.handleMessage(NotificationHookConsumer.java:745)",
                    ],
                ),
            )
            t += sec(0.5 * (k + 1))
        t = A(
            t,
            th,
            "ERROR",
            "graph rollback due to exception ",
            "graph rollback due to exception ",
            "GraphTransactionInterceptor:166",
        )
        A(
            t + sec(0.002),
            th,
            "ERROR",
            "Max retries exceeded for message %s",
            f'Max retries exceeded for message {{"version":{{"version":"1.0.0","versionParts":[1]}},"msgCompressionKind":"NONE","msgSplitIdx":1,"msgSplitCount":1,"msgSourceIP":"10.0.5.{r.randint(10, 40)}","msgCreatedBy":"hive","msgCreationTime":{int(t.timestamp() * 1000) - 30000},"message":{{"type":"ENTITY_CREATE_V2","user":"hive","entities":{{"entities":[{{"typeName":"hive_table","attributes":{{"qualifiedName":"sales.orders_{r.randint(100, 999)}@prod"}}}}]}}}}}}',
            "NotificationHookConsumer$HookConsumer:819",
        )

    # restart at 10:00 with a bad quorum, then fixed
    def start(t: datetime, bad: bool) -> datetime:
        t = A(
            t,
            "main",
            "INFO",
            "Loading atlas-application.properties from %s",
            "Loading atlas-application.properties from file:/etc/atlas/conf/atlas-application.properties",
            "ApplicationProperties:137",
        )
        t = A(
            t + sec(0.02),
            "main",
            "INFO",
            "Using graphdb backend '%s'",
            "Using graphdb backend 'janus'",
            "ApplicationProperties:317",
        )
        t = A(
            t + sec(0.01),
            "main",
            "INFO",
            "Using storage backend '%s'",
            "Using storage backend 'hbase2'",
            "ApplicationProperties:328",
        )
        t = A(
            t + sec(0.01),
            "main",
            "INFO",
            "Using index backend '%s'",
            "Using index backend 'solr'",
            "ApplicationProperties:339",
        )
        if bad:
            for k in range(1, 4):
                t = A(
                    t + sec(r.uniform(20, 30)),
                    "main",
                    "WARN",
                    "Failed to obtain graph instance, retrying %s of %s times",
                    f"Failed to obtain graph instance, retrying {k} of 3 times",
                    "AtlasGraphProvider:112",
                    stack(
                        "java.lang.IllegalArgumentException: Could not instantiate implementation: org.janusgraph.diskstorage.hbase.HBaseStoreManager",
                        [
                            "org.janusgraph.util.system.ConfigurationUtil.instantiate(ConfigurationUtil.java:64)",
                            "org.janusgraph.diskstorage.Backend.getImplementationClass(Backend.java:440)",
                        ],
                        "java.net.UnknownHostException: zk1.exmaple.com",
                        ["java.net.InetAddress.getAllByName0(InetAddress.java:1281)"],
                    ),
                )
            return A(
                t + sec(r.uniform(20, 30)),
                "main",
                "ERROR",
                "Max retries exceeded when obtaining graph instance",
                "Max retries exceeded when obtaining graph instance",
                "AtlasGraphProvider:118",
            )
        for svc in [
            "org.apache.atlas.kafka.KafkaNotification",
            "org.apache.atlas.web.service.ActiveInstanceElectorService",
            "org.apache.atlas.notification.NotificationHookConsumer",
            "org.apache.atlas.repository.audit.HBaseBasedAuditRepository",
        ]:
            t = A(
                t + sec(r.uniform(0.5, 3)),
                "main",
                "INFO",
                "Starting service %s",
                f"Starting service {svc}",
                "Services:53",
            )
        t = A(
            t + sec(1.2),
            "main",
            "INFO",
            "Server instance with server id %s is elected as leader",
            "Server instance with server id id1 is elected as leader",
            "ActiveInstanceElectorService:193",
        )
        return A(
            t + sec(0.3),
            "main",
            "INFO",
            "Jetty server started on port %s",
            "Jetty server started on port 21000",
            "EmbeddedServer:98",
        )

    A(
        down[0],
        "Thread-1",
        "INFO",
        "==> Shutdown of Atlas",
        "==> Shutdown of Atlas",
        "AtlasServerShutdownHook:41",
    )
    start(down[0] + sec(14), True)
    start(down[1] - sec(20), False)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- knox


def knox(r: random.Random) -> list[Log]:
    """Knox 2.0 gateway (gateway.log, gateway-audit.log), 06:00 to 12:00: users' WebHDFS,
    HIVE and YARN requests through the `default` topology (authentication, identity mapping,
    dispatch, access), a wrong password tried again and again by a script, the NameNode down
    10:10-10:25 (dispatch failing), the topology edited at 09:30 and redeployed."""
    fs = Files()

    def G(t: datetime, lvl: str, cat: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "gateway.log",
            t,
            label,
            lambda x: [f"{x:%y/%m/%d %H:%M:%S} {lvl} {cat}: {lines[0]}", *lines[1:]],
            "gw",
            1_000_000,
        )

    def AU(t: datetime, ctx: str, label: str, msg: str) -> datetime:
        return fs.add(
            "gateway-audit.log",
            t,
            label,
            lambda x: [f"{x:%y/%m/%d %H:%M:%S} {ctx}{msg}"],
            "audit",
            1_000_000,
        )

    nn_down = (at(10, 10, 12), at(10, 25, 40))
    svcs = [
        (
            "WEBHDFS",
            "/gateway/default/webhdfs/v1/user/{u}/data?op=LISTSTATUS",
            "http://nn1.example.com:9870/webhdfs/v1/user/{u}/data?op=LISTSTATUS&user.name={u}",
            [200],
        ),
        (
            "WEBHDFS",
            "/gateway/default/webhdfs/v1/tmp/{u}/out-{n}.csv?op=OPEN",
            "http://nn1.example.com:9870/webhdfs/v1/tmp/{u}/out-{n}.csv?op=OPEN&user.name={u}",
            [307, 404],
        ),
        ("HIVE", "/gateway/default/hive", "http://hs2.example.com:10001/cliservice", [200]),
        (
            "YARNUIV2",
            "/gateway/default/yarnuiv2/ws/v1/cluster/apps?states=RUNNING",
            "http://rm1.example.com:8088/ws/v1/cluster/apps?states=RUNNING",
            [200],
        ),
    ]
    users = ["alice", "bob", "etl_svc", "hue", "carol"]
    for t in poisson(r, T0, T_END, 64):
        u = r.choice(users)
        svc, path, target, codes = r.choice(svcs)
        n = r.randint(1, 400)
        path, target = path.format(u=u, n=n), target.format(u=u, n=n)
        rid = uuid4(r)
        ctx = f"||{rid}|audit|10.0.{r.randint(5, 8)}.{r.randint(2, 250)}|{svc}"
        t = AU(
            t, ctx + "||||", "authentication|uri|%s|success|", f"authentication|uri|{path}|success|"
        )
        t = AU(
            t,
            ctx + f"|{u}|||",
            "authentication|principal|%s|success|",
            f"authentication|principal|{u}|success|",
        )
        t = AU(
            t,
            ctx + f"|{u}|||",
            "identity-mapping|principal|%s|success|Effective User: %s",
            f"identity-mapping|principal|{u}|success|Effective User: {u}",
        )
        if svc == "WEBHDFS" and in_any(t, [nn_down]):
            t = AU(
                t,
                ctx + f"|{u}|||",
                "dispatch|uri|%s|unavailable|",
                f"dispatch|uri|{target}|unavailable|",
            )
            G(
                t,
                "WARN",
                "knox.gateway",
                "Connection exception dispatching request: %s %s",
                [
                    f"Connection exception dispatching request: {target} java.net.ConnectException: Connection refused (Connection refused)",
                    *stack(
                        "java.net.ConnectException: Connection refused (Connection refused)",
                        [
                            "java.net.PlainSocketImpl.socketConnect(Native Method)",
                            "java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
                            "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:75)",
                            "org.apache.knox.gateway.dispatch.DefaultDispatch.executeOutboundRequest(DefaultDispatch.java:139)",
                        ],
                    ),
                ],
            )
            AU(
                t,
                ctx + f"|{u}|||",
                "access|uri|%s|success|Response status: %s",
                f"access|uri|{path}|success|Response status: 500",
            )
            continue
        code = r.choice(codes)
        t = AU(
            t,
            ctx + f"|{u}|||",
            "dispatch|uri|%s|success|Response status: %s",
            f"dispatch|uri|{target}|success|Response status: {code}",
        )
        AU(
            t,
            ctx + f"|{u}|||",
            "access|uri|%s|success|Response status: %s",
            f"access|uri|{path}|success|Response status: {code}",
        )
    # a script with an old password
    for t in poisson(r, at(7, 5), at(8, 35), 60):
        rid = uuid4(r)
        ctx = f"||{rid}|audit|10.0.7.88|WEBHDFS"
        G(
            t,
            "ERROR",
            "knox.gateway",
            "Failed to Authenticate with LDAP server: %s",
            [
                "Failed to Authenticate with LDAP server: [LDAP: error code 49 - Invalid Credentials]"
            ],
        )
        t = AU(
            t,
            ctx + "||||",
            "authentication|principal|%s|failure|LDAP authentication failed.",
            "authentication|principal|reports_svc|failure|LDAP authentication failed.",
        )
        AU(
            t,
            ctx + "||||",
            "access|uri|%s|success|Response status: %s",
            "access|uri|/gateway/default/webhdfs/v1/reports/daily?op=LISTSTATUS|success|Response status: 401",
        )
    # the gateway restarted at 09:29, the topology edited at 09:30
    t = at(9, 29, 2)
    for label, msg in [
        ("Stopping gateway...", "Stopping gateway..."),
        ("Stopped gateway.", "Stopped gateway."),
    ]:
        t = G(t + sec(r.uniform(0, 1)), "INFO", "knox.gateway", label, [msg])
    t += sec(6)
    for label, msg in [
        ("Starting gateway...", "Starting gateway..."),
        (
            "Using %s as GATEWAY_HOME via %s.",
            "Using /opt/knox as GATEWAY_HOME via system property.",
        ),
        (
            "Loading configuration resource %s",
            "Loading configuration resource jar:file:/opt/knox/bin/../lib/gateway-server-2.0.0.jar!/conf/gateway-default.xml",
        ),
        (
            "Loading configuration file %s",
            "Loading configuration file /opt/knox/bin/../conf/gateway-site.xml",
        ),
        (
            "Gateway SSL Certificate is valid until: %s",
            "Gateway SSL Certificate is valid until: Sat Mar 15 08:41:07 UTC 2025",
        ),
        ("Started gateway on port %s.", "Started gateway on port 8443."),
    ]:
        t = G(t + sec(r.uniform(0, 1)), "INFO", "knox.gateway", label, [msg])
    t = at(9, 30, 14)
    for label, msg in [
        (
            "Loading topology file: %s",
            "Loading topology file: /opt/knox/conf/topologies/default.xml",
        ),
        (
            "Redeploying topology %s due to update or failure.",
            "Redeploying topology default due to update or failure.",
        ),
        (
            "Deploying topology %s to %s",
            f"Deploying topology default to /opt/knox/data/deployments/default.topo.{hexid(r, 11)}",
        ),
        ("Deployed topology %s.", "Deployed topology default."),
    ]:
        t = G(t + sec(r.uniform(0, 1)), "INFO", "knox.gateway", label, [msg])
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- alluxio


def alluxio(r: random.Random) -> list[Log]:
    """Alluxio 2.9 master (master.log, master_audit.log) and two workers, 06:00 to 12:00: Spark
    and Presto reading and writing through the master (the audit log's tab-separated
    records), a long GC pause on the master 08:05-08:20 (heartbeats late, workers unable to
    heartbeat), worker2 lost at 09:30 and restarted at 09:44, the HDFS under store down
    10:40-10:55 (reads from UFS failing)."""
    fs = Files()

    def L(f: str, t: datetime, lvl: str, cat: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{iso8601(x)} {lvl:<5} {cat} - {lines[0]}", *lines[1:]],
            f,
            1000,
        )

    cmds = [
        ("getFileInfo", "r--"),
        ("listStatus", "r-x"),
        ("openFile", "r--"),
        ("createFile", "rw-"),
        ("completeFile", "rw-"),
        ("rename", "rwx"),
        ("delete", "rwx"),
    ]
    ugis = [
        ("spark", "10.0.5.31"),
        ("spark", "10.0.5.32"),
        ("presto", "10.0.6.9"),
        ("hive", "10.0.5.12"),
    ]
    for t in poisson(r, T0, T_END, 11.2):
        u, ip = r.choice(ugis)
        cmd, _ = r.choice(cmds)
        src = f"/warehouse/{r.choice(['sales', 'clicks', 'events'])}/dt=2024-06-0{r.randint(1, 7)}/part-{r.randint(0, 63):05d}.parquet"
        dst = src.replace("_temporary/", "") if cmd == "rename" else "null"
        ok = not (cmd == "openFile" and at(10, 40) <= t < at(10, 55) and r.random() < 0.5)
        perm = f"{u}:{u}:rw-r--r--"
        rec = f"succeeded={str(ok).lower()}\tallowed=true\tugi={u},{u} (AUTH=SIMPLE)\tip=/{ip}:{r.randint(32768, 60999)}\tcmd={cmd}\tsrc={src}\tdst={dst}\tperm={perm}\texecutionTimeUs={r.randint(40, 9000)}"
        fs.add(
            "master_audit.log",
            t,
            "succeeded=%s\\tallowed=%s\\tugi=%s,%s (AUTH=%s)\\tip=%s\\tcmd=%s\\tsrc=%s\\tdst=%s\\tperm=%s\\texecutionTimeUs=%d",
            lambda x, rec=rec: [f"{iso8601(x)} INFO  AUDIT_LOG - {rec}"],
            "audit",
            1000,
        )
    gc = (at(8, 5), at(8, 20))
    for t in poisson(r, gc[0], gc[1], 40):
        name = r.choice(
            [
                "Master Block Integrity Check",
                "Master Lost Worker Detection",
                "Master Replication Check",
                "Master TTL Check",
            ]
        )
        L(
            "master.log",
            t,
            "WARN",
            "HeartbeatThread",
            "%s last execution took %s ms. Longer than the interval %s",
            [
                f"{name} last execution took {r.randint(1100, 14000)} ms. Longer than the interval 1000"
            ],
        )
    for t in poisson(r, gc[0], gc[1], 120):
        L(
            "master.log",
            t,
            "WARN",
            "JvmPauseMonitor",
            "Detected pause in JVM or host machine (eg GC): pause of approximately %sms",
            [
                f"Detected pause in JVM or host machine (eg GC): pause of approximately {r.randint(6000, 48000)}ms",
                f"GC pool 'G1 Old Generation' had collection(s): count=1 time={r.randint(5000, 47000)}ms",
                f"GC pool 'G1 Young Generation' had collection(s): count={r.randint(1, 4)} time={r.randint(20, 400)}ms",
            ],
        )
    wids = {"worker1": 8213947102384712, "worker2": 6620198474415529}
    for w in wids:
        for t in poisson(r, gc[0] + sec(60), gc[1], 110):
            L(
                f"{w}.log",
                t,
                "ERROR",
                "BlockMasterSync",
                "Failed to receive master heartbeat command.",
                [
                    "Failed to receive master heartbeat command.",
                    *stack(
                        "alluxio.exception.status.DeadlineExceededException: io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after 59.999s. [remote_addr=master1.example.com/10.0.3.10:19998]",
                        [
                            "alluxio.exception.status.AlluxioStatusException.from(AlluxioStatusException.java:157)",
                            "alluxio.AbstractClient.retryRPCInternal(AbstractClient.java:500)",
                            "alluxio.worker.block.BlockMasterClient.heartbeat(BlockMasterClient.java:229)",
                            "alluxio.worker.block.BlockMasterSync.heartbeat(BlockMasterSync.java:157)",
                        ],
                    ),
                ],
            )
    L(
        "master.log",
        at(9, 35, 12),
        "WARN",
        "DefaultBlockMaster",
        "The worker %s(%s) timed out after %sms without a heartbeat!",
        [
            f"The worker {wids['worker2']}(WorkerNetAddress{{host=worker2.example.com, containerHost=, rpcPort=29999, dataPort=29999, webPort=30000, domainSocketPath=, tieredIdentity=TieredIdentity(node=worker2.example.com, rack=null)}}) timed out after 300012ms without a heartbeat!"
        ],
    )
    L(
        "worker2.log",
        at(9, 44, 3),
        "INFO",
        "MetricsSystem",
        "Starting sinks with config: %s.",
        ["Starting sinks with config: {}."],
    )
    t = L(
        "worker2.log",
        at(9, 44, 5),
        "INFO",
        "AlluxioWorkerProcess",
        "Alluxio worker version %s started. bindHost=%s, connectHost=%s, rpcPort=%s, webPort=%s",
        [
            "Alluxio worker version 2.9.4 started. bindHost=0.0.0.0, connectHost=worker2.example.com, rpcPort=29999, webPort=30000"
        ],
    )
    L(
        "master.log",
        t + sec(0.9),
        "INFO",
        "DefaultBlockMaster",
        "registerWorker(): %s",
        [
            f"registerWorker(): MasterWorkerInfo{{id={wids['worker2'] + 1}, workerAddress=WorkerNetAddress{{host=worker2.example.com, containerHost=, rpcPort=29999, dataPort=29999, webPort=30000, domainSocketPath=, tieredIdentity=TieredIdentity(node=worker2.example.com, rack=null)}}, capacityBytes=214748364800, usedBytes=0, lastUpdatedTimeMs={int(t.timestamp() * 1000) + 900}, blocks=0, lostStorage={{}}}}"
        ],
    )
    for t in poisson(r, at(10, 40), at(10, 55), 14):
        w = r.choice(list(wids))
        blk = r.randint(10**10, 10**11)
        L(
            f"{w}.log",
            t,
            "WARN",
            "UfsInputStreamCache",
            "Failed to read block %s from UFS: %s",
            [
                f"Failed to read block {blk} from UFS: Call From {w}.example.com/10.0.3.{21 if w == 'worker1' else 22} to nn1.example.com:8020 failed on connection exception: java.net.ConnectException: Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused"
            ],
        )
    for t in poisson(r, at(10, 40), at(10, 55), 75):
        L(
            "master.log",
            t,
            "WARN",
            "InodeSyncStream",
            "Failed to sync metadata on root path %s because it does not exist on the UFS or in Alluxio",
            [
                f"Failed to sync metadata on root path /warehouse/{r.choice(['sales', 'clicks', 'events'])}/dt=2024-06-07 because it does not exist on the UFS or in Alluxio"
            ],
        )
    return fs.logs(T0)


SYSTEMS = {
    "ozone": ozone,
    "ranger": ranger,
    "atlas": atlas,
    "knox": knox,
    "alluxio": alluxio,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
