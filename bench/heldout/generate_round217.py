#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 217 (oozie, ambari-server, azkaban, dolphinscheduler, xxl-job)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five workflow schedulers and cluster managers of the
Hadoop world and after it, 06:00 to 12:00 on 2024-06-07. None of the five was in the set
(Rundeck, Cronicle, Dkron, Airflow, Dagster and Prefect are; these are not).

- Apache Oozie 4.3 (HDP 2.6; `oozie.log` and `oozie-error.log`, the WARN-and-above copy its
  default log4j configuration writes: `%d{ISO8601} %5p %c{1}:%L - SERVER[${oozie.instance.id}]
  %m%n`, the `:520` being XLog's own line, and the XLog prefix `USER[etl] GROUP[-] TOKEN[]
  APP[...] JOB[...] ACTION[...] ` before a job's messages, `USER[-] ... ACTION[-] ` before a
  service's): the StatusTransitService every minute (`Acquired lock for [%s]`, `Running
  coordinator status service from last instance time =  %s`, the bundle one, `Released lock for
  [%s]`); three coordinators' workflows (ingest-kafka every 15 minutes: a java action;
  clickstream hourly at :10: fs, hive and spark actions; the partner export at :30: a shell
  action), each action's `Start action [%s] with user-retry state : ...`, `[***%s***]Action
  status=%s`, `[***%s***]Action updated in DB!`, `Trying to get job [%s], attempt [%s]`,
  `checking action, hadoop job ID [%s] status [%s]`, `callback for action [%s]`, `Hadoop Jobs
  launched : [%s]`, `action completed, external ID [%s]` and the notifications (`No Notification
  URL is defined. Therefore nothing to notify for job %s`, an action's and the workflow's with an
  empty `ACTION[]`); the clickstream input late at 08:10 (`[%s]::CoordActionInputCheck:: Missing
  deps:%s %s` every minute until 08:42, an empty value once the input is there); the partner's
  SFTP down 08:30-09:45 (`Launcher ERROR, reason: Main class [%s], exit code [%s]`, `ERROR is
  considered as FAILED for SLA`, the kill node); the ResourceManager restarted 09:13-09:17 (`Error
  starting action [%s]. ErrorType [%s], ErrorCode [%s], Message [%s]` with JA009's text and a
  stack with two causes, `Next Retry, Attempt Number [%s] in [%s] milliseconds`, new job ids
  after); Oozie restarted at 10:30 (`Shutdown`, XLogService's STARTUP MSG banner over four lines,
  `Initialized`, `Running with JARs for Hadoop version [%s]`, `Oozie System ID [%s] started!`,
  the status service's `first instance` lines).
- Apache Ambari 2.7.8 (`ambari-server.log`: `%d{DATE} %5p [%t] %c{1}:%L - %m%n`, `07 Jun 2024
  06:00:04,397  WARN [alert-event-bus-2] AlertReceivedListener:530 - ...`) managing 17 hosts:
  every host-level alert (no cluster) answered by `Cluster lookup failed for clusterName=null`;
  the Metrics Collector down 07:38-09:55 while operators watch the dashboards (`Error getting
  timeline metrics : Connection refused (Connection refused)` and `Cannot connect to collector:
  SocketTimeoutException for %s` per request, the server's own sink's `No live collector to send
  metrics to. ...`); dn07 panicking at 08:20 (`Heartbeat lost from host %s`, `Setting component
  state to UNKNOWN for component %s on %s`, `Unable to retrieve metrics from %s. Subsequent
  failures will be suppressed from the log for %s minutes.` with its stack, then `Received host
  registration, host=%s, registrationTime=%s, agentVersion=%s` with the host's info and mounts,
  `TopologyManager.onHostRegistered: ...`); the collector and twelve NodeManagers stopped and
  started by an operator (`Host role transitioned to a new state, serviceComponentName=%s,
  hostName=%s, oldState=%s, currentState=%s`); the server restarted at 11:15 (`Joined the
  Server`, the `********* ... **********` start-up lines, `Checking DB store version`, every
  agent registering again).
- Azkaban 3.81 in multi-executor mode (`web-azkaban-webserver.log`,
  `exec1-azkaban-execserver.log`, `exec2-azkaban-execserver.log`: `%d{yyyy/MM/dd HH:mm:ss.SSS
  Z} %p [%c{1}] [Azkaban] %m%n`): four scheduled flows (102 executions); the web server's
  `Submitting execution flow %s by %s`, `Successfully refreshed executor: %s with executor info :
  %s` (an `ExecutorInfo@hash`), `Successfully dispatched exec %s with error count %s` and hourly
  log cleaning; each executor's cleaner loop (`# of executing flows: %s` every minute, `Cleaning
  recently finished`, `Cleaning old projects`, `Cleaning LRU project dirs`, `Cleaning old
  execution dirs`), each flow's `Project already cached. Skipping download. %s` (a
  ProjectVersion's toString), `Flow Preparation complete. [execid: %s, path: %s]`,
  `Configuring Azkaban metrics tracking for flow runner object`, `Flow %s is finished. Adding it
  to recently finished flows list.` and `Cleaning execution %s from recently finished flows
  list.`; exec2 cut off the network 09:17-09:27 (`Failed to get update from executor %s` every
  ~11 s with its stack, `Timed out while waiting for ExecutorInfo refresh%s`, `Rolling back
  executor assignment for execution id:%s`, `Executor %s responded with exception for exec:
  %s`, `Failed dispatch attempt for exec %s with error count %s`); a new version of project
  `dw` uploaded at 09:45 (`Preparing Project: %s`, `Downloading zip file.`, `Project preparation
  completes. [%s]`, `Removing old unused installed project %s:%s`).
- Apache DolphinScheduler 3.2 (`master1-dolphinscheduler-master.log`,
  `master2-dolphinscheduler-master.log`: `[%level] %date{yyyy-MM-dd HH:mm:ss.SSS Z}
  %logger{96}:[%line] - [WorkflowInstance-%X{workflowInstanceId:-0}][TaskInstance-%X{taskInstanceId:-0}]
  - %msg%n`): four scheduled workflows (54 instances, 97 task instances) shared by the two
  masters' slots, each through `Master schedule bootstrap loop command success, ...`, `The
  current workflowInstance is a newly running workflowInstance`, `Initialize task queue, ...`,
  `workflowStatue changed to :%s`, `Add task to stand by list, ...`, `The dependTasks of task
  all success, ...`, `The dependResult of task %s is success, so ready to submit to execute`,
  `Begin to handle state event, %s` (a TaskStateEvent's or WorkflowStateEvent's toString),
  `Handle task instance state event, ...`, `TaskInstance finished task code:%s state:%s`, the
  state updates, and the Task Instance Detail and Workflow Instance Detail boxes (a log line whose
  message starts with a newline: 16 and 19 more lines, the last one empty); master2 overloaded
  08:30-08:38 (`The current server is overload, cannot consumes commands.` every second); the
  database failing over at 09:40 (`Master schedule workflow error` with a stack with two causes);
  worker 10.0.6.33 lost at 10:06 under a task (`Worker[%s] failover starting` on both masters,
  the owner's `... there are %s taskInstance may need to failover, ...`, `... begin to failover
  taskInstance, ...`, `The failover taskInstance is not master task`, `Retry taskInstance
  taskInstance state: %s`, the other's `... finished there are no taskInstance need to
  failover`); ads_gmv_report's push failing at 11:30 (`The current process has failed task, the
  current process failed`, `The workflowInstance is failed, the workflow status is %s`).
- XXL-JOB 2.4 (`admin1-xxl-job-admin.log`, the admin; `order1-order-service.log`,
  `order2-order-service.log`, `report1-report-service.log`, two Spring Boot services embedding
  its executor; all with the sample logback file pattern `%date %level [%thread] %logger{36}
  [%file : %line] %msg%n`): five jobs (timed-out orders closed every minute on both order nodes
  by sharding broadcast, an inventory sync every five minutes, payment-callback retries every
  two, a dashboard cache every ten and an hourly report), their handlers' own lines, `>>>>>>>>>>>
  xxl-job regist JobThread success, jobId:%s, handler:%s` and `>>>>>>>>>>> xxl-job JobThread
  stoped, hashCode:%s` for each job thread of the jobs that idle more than 30 polls; report1
  redeployed at 08:12 (the admin's trigger to the old instance and its retry failing with
  XxlJobRemotingUtil's `Connection refused (Connection refused)` and a stack, `remoting server
  stop.`, `register jobhandler success, ...`, `remoting server start success, ...`); the admin's
  database failing over at 09:10 (`>>>>>>>>>>> xxl-job, JobScheduleHelper#scheduleThread
  error:{}` and the monitors' `... thread error:{}`, the `{}` left by SLF4J when the only
  argument is the exception, with stacks through a MySQL communications failure); the admin
  upgraded at 10:40 (its threads' stop lines, Spring Boot's start-up, `init xxl-job admin
  success.`, `schedule misfire, jobId = %s`, and meanwhile every executor's registry beat failing:
  the remoting error and `>>>>>>>>>>> xxl-job registry fail, registryParam:%s,
  registryResult:ReturnT [...]`); a merchant endpoint timing out 11:05-11:21 (`payment callback
  %s failed: %s`) while the mail relay is down (`>>>>>>>>>>> xxl-job, job fail alarm email send
  error, JobLogId:%s` with a MailSendException stack).

Label notes. The heads are context: Oozie's date, level, `class:line` and `SERVER[...]`, and
the XLog prefix (`USER[...] GROUP[...] TOKEN[...] APP[...] JOB[...] ACTION[...] `) its commands
put before every message; Ambari's date, level, thread and `class:line`; Azkaban's date, zone,
level, `[class]` and `[Azkaban]`; DolphinScheduler's level, date, logger and line and its
`[WorkflowInstance-%s][TaskInstance-%s]` MDC prefix; XXL-JOB's date, level, thread, logger and
`[File.java : line]`. A computed value is a variable: ids, hosts, paths, states and other enum
names, object toStrings (ProjectVersion, ExecutorInfo@hash, StateEvents, RegistryParam, a
JobThread's `Thread[...]`, Ambari's HostInfo). An exception's text inside a message contributes
its own format (Oozie's JA009 `Call From %s to %s failed on connection exception: ...`, the
JDK's constant `Connection refused (Connection refused)`, XXL-JOB's `xxl-job remoting
error(%s), for url : %s` inside the ReturnT). A message built by concatenation over several lines
(Oozie's STARTUP MSG, DolphinScheduler's detail boxes) is one label whose later lines are no
events; a stack trace's lines continue their event. SLF4J's unfilled `{}` is the format's text.

Least sure (written from the helper's knowledge; the messages of Oozie's ActionStartXCommand,
StatusTransitService, CoordActionInputCheckXCommand, XLogService and Services, Ambari's
HeartbeatMonitor, AlertReceivedListener, MetricsRequestHelper, MetricsRetrievalService, HostImpl,
TopologyManager, ServiceComponentHostImpl and AmbariServer, Azkaban's ExecutorManager,
ExecutingManagerUpdaterThread, FlowPreparer and FlowRunnerManager, DolphinScheduler's
MasterSchedulerBootstrap, WorkflowExecuteRunnable, the state event handlers, WorkflowInstanceUtils
and WorkerFailoverService, and XXL-JOB's JobScheduleHelper, JobRegistryHelper,
JobFailMonitorHelper, EmailJobAlarm, XxlJobRemotingUtil, ExecutorRegistryThread, JobThread and
XxlJobExecutor were checked against copies of their sources, Oozie's layout against real logs
quoted in tutorials): every `:line` number (XLog's 520/523 per level aside), Oozie's prefix-less
`Services` lines and the StatusTransitService's time format, the order of an action's
notifications, Ambari's thread names (`agent-register-processor-0`, `agent-report-processor-0`,
`pool-19-thread-1`) and its metrics sink's logger name, Azkaban's `-0700` zone and the exact
dispatch sequence under a network partition, DolphinScheduler's `taskCode=0` in the events'
toString and its MDC during failover, XXL-JOB's business handlers (invented, as any user's code
is), its thread names and `Thread-N` numbering and the 2.4 ReturnT toString.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

MS = 1_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def c1(name: str) -> str:
    """log4j's `%c{1}`: the last part of the logger's name."""
    return name.rsplit(".", 1)[-1]


def logback_abbrev(fqn: str, target: int) -> str:
    """logback's `%logger{N}` (TargetLengthBasedClassNameAbbreviator): the leftmost packages
    cut to their first letter until the name fits in N characters; the class name is kept."""
    if len(fqn) <= target:
        return fqn
    parts = fqn.split(".")
    to_trim = len(fqn) - target
    out = []
    for p in parts[:-1]:
        if to_trim > 0 and len(p) > 1:
            to_trim -= len(p) - 1
            out.append(p[0])
        else:
            out.append(p)
    return ".".join([*out, parts[-1]])


def java_date(t: datetime, zone: str) -> str:
    """java.util.Date.toString(): `Fri Jun 07 06:00:01 CST 2024`."""
    return f"{t:%a %b %d %H:%M:%S} {zone} {t:%Y}"


def stack(head: str, frames: list[str], *causes: tuple[str, list[str], int]) -> list[str]:
    """A Java stack trace as printStackTrace writes it: the exception, `\\tat` frames, each
    cause with its frames and `... N more`."""
    out = [*head.split("\n"), *[f"\tat {f}" for f in frames]]
    for c_head, c_frames, more in causes:
        out += f"Caused by: {c_head}".split("\n")
        out += [f"\tat {f}" for f in c_frames]
        if more:
            out.append(f"\t... {more} more")
    return out


# ------------------------------------------------------------------------------------ oozie

OZ_SERVER = "oozie1.example.com"
OZ_XLOG_LINE = {"INFO": 520, "WARN": 523, "ERROR": 517}  # XLog's own call site per level
OZ_SVC = "USER[-] GROUP[-] TOKEN[-] APP[-] JOB[-] ACTION[-] "
OZ_STATUS = "org.apache.oozie.service.StatusTransitService"
OZ_NN = "hdfs://nameservice1"
OZ_START_L = "Start action [%s] with user-retry state : userRetryCount [%s], userRetryMax [%s], userRetryInterval [%s]"
OZ_STATUS_L = "[***%s***]Action status=%s"
OZ_UPDATED_L = "[***%s***]Action updated in DB!"
OZ_NOTIFY_L = "No Notification URL is defined. Therefore nothing to notify for job %s"
OZ_TRYING_L = "Trying to get job [%s], attempt [%s]"
OZ_CHECKING_L = "checking action, hadoop job ID [%s] status [%s]"
OZ_JA009 = "JA009: Call From oozie1.example.com/10.0.1.21 to rm1.example.com:8032 failed on connection exception: java.net.ConnectException: Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused"
OZ_ERR_START_L = "Error starting action [%s]. ErrorType [%s], ErrorCode [%s], Message [JA009: Call From %s to %s failed on connection exception: java.net.ConnectException: Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused]"
OZ_JA009_STACK = stack(
    "org.apache.oozie.action.ActionExecutorException: " + OZ_JA009,
    [
        "org.apache.oozie.action.ActionExecutor.convertExceptionHelper(ActionExecutor.java:457)",
        "org.apache.oozie.action.ActionExecutor.convertException(ActionExecutor.java:437)",
        "org.apache.oozie.action.hadoop.JavaActionExecutor.submitLauncher(JavaActionExecutor.java:1258)",
        "org.apache.oozie.action.hadoop.JavaActionExecutor.start(JavaActionExecutor.java:1440)",
        "org.apache.oozie.command.wf.ActionStartXCommand.execute(ActionStartXCommand.java:234)",
        "org.apache.oozie.command.wf.ActionStartXCommand.execute(ActionStartXCommand.java:65)",
        "org.apache.oozie.command.XCommand.call(XCommand.java:287)",
        "org.apache.oozie.service.CallableQueueService$CompositeCallable.call(CallableQueueService.java:331)",
        "org.apache.oozie.service.CallableQueueService$CompositeCallable.call(CallableQueueService.java:260)",
        "java.util.concurrent.FutureTask.run(FutureTask.java:266)",
        "org.apache.oozie.service.CallableQueueService$CallableWrapper.run(CallableQueueService.java:178)",
        "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
        "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
        "java.lang.Thread.run(Thread.java:748)",
    ],
    (
        "java.net.ConnectException: Call From oozie1.example.com/10.0.1.21 to rm1.example.com:8032 failed on connection exception: java.net.ConnectException: Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused",
        [
            "sun.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)",
            "sun.reflect.NativeConstructorAccessorImpl.newInstance(NativeConstructorAccessorImpl.java:62)",
            "sun.reflect.DelegatingConstructorAccessorImpl.newInstance(DelegatingConstructorAccessorImpl.java:45)",
            "java.lang.reflect.Constructor.newInstance(Constructor.java:423)",
            "org.apache.hadoop.net.NetUtils.wrapWithMessage(NetUtils.java:801)",
            "org.apache.hadoop.net.NetUtils.wrapException(NetUtils.java:732)",
            "org.apache.hadoop.ipc.Client.call(Client.java:1498)",
            "org.apache.hadoop.ipc.Client.call(Client.java:1398)",
            "org.apache.hadoop.ipc.ProtobufRpcEngine$Invoker.invoke(ProtobufRpcEngine.java:233)",
            "com.sun.proxy.$Proxy31.getNewApplication(Unknown Source)",
            "org.apache.hadoop.yarn.api.impl.pb.client.ApplicationClientProtocolPBClientImpl.getNewApplication(ApplicationClientProtocolPBClientImpl.java:217)",
            "org.apache.hadoop.yarn.client.api.impl.YarnClientImpl.getNewApplication(YarnClientImpl.java:206)",
            "org.apache.hadoop.mapred.ResourceMgrDelegate.getNewJobID(ResourceMgrDelegate.java:187)",
            "org.apache.hadoop.mapred.YARNRunner.getNewJobID(YARNRunner.java:262)",
            "org.apache.hadoop.mapreduce.JobSubmitter.submitJobInternal(JobSubmitter.java:157)",
            "org.apache.hadoop.mapreduce.Job$11.run(Job.java:1290)",
            "org.apache.hadoop.mapred.JobClient.submitJobInternal(JobClient.java:575)",
            "org.apache.hadoop.mapred.JobClient.submitJob(JobClient.java:570)",
            "org.apache.oozie.action.hadoop.JavaActionExecutor.submitLauncher(JavaActionExecutor.java:1243)",
        ],
        3,
    ),
    (
        "java.net.ConnectException: Connection refused",
        [
            "sun.nio.ch.SocketChannelImpl.checkConnect(Native Method)",
            "sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:717)",
            "org.apache.hadoop.net.SocketIOWithTimeout.connect(SocketIOWithTimeout.java:206)",
            "org.apache.hadoop.net.NetUtils.connect(NetUtils.java:531)",
            "org.apache.hadoop.net.NetUtils.connect(NetUtils.java:495)",
            "org.apache.hadoop.ipc.Client$Connection.setupConnection(Client.java:650)",
            "org.apache.hadoop.ipc.Client$Connection.setupIOstreams(Client.java:745)",
            "org.apache.hadoop.ipc.Client$Connection.access$3200(Client.java:397)",
            "org.apache.hadoop.ipc.Client.getConnection(Client.java:1620)",
            "org.apache.hadoop.ipc.Client.call(Client.java:1451)",
        ],
        30,
    ),
)


def oozie(r: random.Random) -> list[Log]:
    """One Oozie 4.3 server (see the module docstring): the status transit service every
    minute, three coordinators' workflows, late clickstream data at 08:10, the partner SFTP down
    08:30-09:45, the ResourceManager restarted 09:13-09:17:30, Oozie restarted at 10:30."""
    fs = Files()

    def OL(
        t: datetime,
        level: str,
        cls: str,
        ctx: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level:>5} {cls}:{OZ_XLOG_LINE[level]} - SERVER[{OZ_SERVER}] {ctx}{msg}",
                *(more or []),
            ]

        t2 = fs.add("oozie.log", t, label, text, "oozie", MS)
        if level != "INFO":
            # oozie-error.log: the same appender layout, WARN and above
            fs.add("oozie-error.log", t2, label, lambda _x: text(t2), "oozie-error", MS)
        return t2

    restart = at(10, 30, 4.7)
    back = restart + sec(41.3)
    boot_ids = ["240520101512345", f"{back:%y%m%d%H%M%S}{ms3(back)}"]
    seq = [4712]

    def new_wf(t: datetime) -> str:
        seq[0] += 1
        return f"{seq[0]:07d}-{boot_ids[0 if t < restart else 1]}-oozie-oozi-W"

    rm_down = (at(9, 13, 2), at(9, 17, 31))
    clusters = ["1717650214771", "1717751851093"]  # the RM's cluster timestamp, before / after
    app_seq = {clusters[0]: 48123, clusters[1]: 0}

    def hadoop_job(t: datetime) -> str:
        c = clusters[0] if t < rm_down[1] else clusters[1]
        app_seq[c] += 1
        return f"job_{c}_{app_seq[c]:04d}"

    def down(t: datetime) -> bool:
        return restart - sec(0.5) <= t < back + sec(12)

    # ------------------------------------------------------------------ a workflow's run
    def run_wf(
        t: datetime,
        user: str,
        app: str,
        actions: list[tuple[str, str, float, int]],
        fail: str = "",
    ) -> datetime:
        """actions: (name, kind, duration, child jobs); kind is fs, java, hive, spark, shell.
        `fail`: the action whose launcher exits 1 (then the kill node runs)."""
        wfid = new_wf(t)

        def job(aid: str) -> str:
            return f"USER[{user}] GROUP[-] TOKEN[] APP[{app}] JOB[{wfid}] ACTION[{aid}] "

        def note(aid: str) -> str:
            return f"USER[-] GROUP[-] TOKEN[-] APP[-] JOB[{wfid}] ACTION[{aid}] "

        def notify(t: datetime, aid: str) -> None:
            """An action's notification; the workflow's own (aid "") has an empty ACTION[]."""
            OL(
                t,
                "INFO",
                "WorkflowNotificationXCommand",
                note(aid),
                OZ_NOTIFY_L,
                f"No Notification URL is defined. Therefore nothing to notify for job {aid or wfid}",
            )

        def sync(t: datetime, name: str) -> datetime:
            aid = f"{wfid}@{name}"
            t = OL(
                t,
                "INFO",
                "ActionStartXCommand",
                job(aid),
                OZ_START_L,
                f"Start action [{aid}] with user-retry state : userRetryCount [0], userRetryMax [0], userRetryInterval [10]",
            )
            t = OL(
                t + sec(r.uniform(0.005, 0.03)),
                "INFO",
                "ActionStartXCommand",
                job(aid),
                OZ_STATUS_L,
                f"[***{aid}***]Action status=DONE",
            )
            t = OL(
                t + sec(0.001),
                "INFO",
                "ActionStartXCommand",
                job(aid),
                OZ_UPDATED_L,
                f"[***{aid}***]Action updated in DB!",
            )
            notify(t + sec(r.uniform(0.04, 0.09)), aid)
            return t + sec(r.uniform(0.05, 0.15))

        t = sync(t, ":start:")
        notify(t + sec(r.uniform(0.0, 0.05)), "")
        for name, kind, dur, children in actions:
            if kind == "fs":
                t = sync(t, name)
                continue
            aid = f"{wfid}@{name}"
            cls = {
                "java": "JavaActionExecutor",
                "hive": "HiveActionExecutor",
                "spark": "SparkActionExecutor",
                "shell": "ShellActionExecutor",
            }[kind]
            attempt = 0
            while True:
                t = OL(
                    t,
                    "INFO",
                    "ActionStartXCommand",
                    job(aid),
                    OZ_START_L,
                    f"Start action [{aid}] with user-retry state : userRetryCount [0], userRetryMax [0], userRetryInterval [10]",
                )
                if not rm_down[0] <= t < rm_down[1]:
                    break
                attempt += 1
                t = OL(
                    t + sec(r.uniform(0.4, 0.9)),
                    "WARN",
                    "ActionStartXCommand",
                    job(aid),
                    OZ_ERR_START_L,
                    f"Error starting action [{name}]. ErrorType [TRANSIENT], ErrorCode [JA009], Message [{OZ_JA009}]",
                    OZ_JA009_STACK,
                )
                t = OL(
                    t + sec(0.003),
                    "INFO",
                    "ActionStartXCommand",
                    job(aid),
                    "Next Retry, Attempt Number [%s] in [%s] milliseconds",
                    f"Next Retry, Attempt Number [{attempt}] in [60,000] milliseconds",
                )
                t += sec(60 + r.uniform(0.01, 0.2))
            t += sec(r.uniform(1.2, 3.5))
            ext = hadoop_job(t)
            t = OL(
                t,
                "INFO",
                cls,
                job(aid),
                OZ_TRYING_L,
                f"Trying to get job [{ext}], attempt [1]",
            )
            t = OL(
                t + sec(r.uniform(0.03, 0.12)),
                "INFO",
                cls,
                job(aid),
                OZ_CHECKING_L,
                f"checking action, hadoop job ID [{ext}] status [RUNNING]",
            )
            t = OL(
                t + sec(r.uniform(0.003, 0.008)),
                "INFO",
                "ActionStartXCommand",
                job(aid),
                OZ_STATUS_L,
                f"[***{aid}***]Action status=RUNNING",
            )
            t = OL(
                t + sec(0.001),
                "INFO",
                "ActionStartXCommand",
                job(aid),
                OZ_UPDATED_L,
                f"[***{aid}***]Action updated in DB!",
            )
            notify(t + sec(r.uniform(0.04, 0.09)), aid)
            t += sec(dur * r.uniform(0.85, 1.2))
            t = OL(
                t,
                "INFO",
                "CallbackServlet",
                note(aid),
                "callback for action [%s]",
                f"callback for action [{aid}]",
            )
            t = OL(
                t + sec(r.uniform(0.08, 0.2)),
                "INFO",
                cls,
                job(aid),
                OZ_TRYING_L,
                f"Trying to get job [{ext}], attempt [1]",
            )
            if children:
                kids = ", ".join(hadoop_job(t) for _ in range(children))
                t = OL(
                    t + sec(r.uniform(0.05, 0.12)),
                    "INFO",
                    cls,
                    job(aid),
                    "Hadoop Jobs launched : [%s]",
                    f"Hadoop Jobs launched : [{kids}]",
                )
            t = OL(
                t + sec(r.uniform(0.002, 0.006)),
                "INFO",
                cls,
                job(aid),
                "action completed, external ID [%s]",
                f"action completed, external ID [{ext}]",
            )
            if name == fail:
                main = {
                    "shell": "org.apache.oozie.action.hadoop.ShellMain",
                    "hive": "org.apache.oozie.action.hadoop.HiveMain",
                }[kind]
                t = OL(
                    t + sec(r.uniform(0.01, 0.03)),
                    "WARN",
                    cls,
                    job(aid),
                    "Launcher ERROR, reason: Main class [%s], exit code [%s]",
                    f"Launcher ERROR, reason: Main class [{main}], exit code [1]",
                )
                t = OL(
                    t + sec(r.uniform(0.1, 0.2)),
                    "INFO",
                    "ActionEndXCommand",
                    job(aid),
                    "ERROR is considered as FAILED for SLA",
                    "ERROR is considered as FAILED for SLA",
                )
                notify(t + sec(r.uniform(0.2, 0.4)), aid)
                t = sync(t + sec(r.uniform(0.05, 0.1)), "fail")
                notify(t + sec(r.uniform(0.05, 0.1)), "")
                return t
            notify(t + sec(r.uniform(0.2, 0.4)), aid)
            t += sec(r.uniform(0.05, 0.12))
        t = sync(t, "end")
        notify(t + sec(r.uniform(0.05, 0.1)), "")
        return t

    # ------------------------------------------------------------- status transit service
    def transit(t: datetime, last: datetime | None) -> None:
        t = OL(
            t,
            "INFO",
            "StatusTransitService$StatusTransitRunnable",
            OZ_SVC,
            "Acquired lock for [%s]",
            f"Acquired lock for [{OZ_STATUS}]",
        )
        for what in ("coordinator", "bundle"):
            if last is None:
                t = OL(
                    t + sec(r.uniform(0.001, 0.004)),
                    "INFO",
                    "StatusTransitService$StatusTransitRunnable",
                    OZ_SVC,
                    f"Running {what} status service first instance",
                    f"Running {what} status service first instance",
                )
            else:
                t = OL(
                    t + sec(r.uniform(0.001, 0.004)),
                    "INFO",
                    "StatusTransitService$StatusTransitRunnable",
                    OZ_SVC,
                    f"Running {what} status service from last instance time =  %s",
                    f"Running {what} status service from last instance time =  {last:%Y-%m-%dT%H:%M}Z",
                )
            t += sec(r.uniform(0.004, 0.04))
        OL(
            t,
            "INFO",
            "StatusTransitService$StatusTransitRunnable",
            OZ_SVC,
            "Released lock for [%s]",
            f"Released lock for [{OZ_STATUS}]",
        )

    t = at(5, 59, 43.2)
    last: datetime | None = at(5, 58, 43.2)
    while t < T_END:
        if down(t):
            t = back + sec(10.02)
            last = None
        transit(t + sec(r.uniform(0.0, 0.03)), last)
        last = t
        t += sec(60.0 + r.uniform(0.0, 0.004))

    # --------------------------------------------------------------------- the restart
    OL(restart, "INFO", "Services", "", "Shutdown", "Shutdown")
    tb = OL(
        back,
        "INFO",
        "XLogService",
        "",
        "\\n ******************************************************************************* \\n  STARTUP MSG: Oozie BUILD_VERSION [%s] compiled by [%s] on [%s]\\n  STARTUP MSG:       revision [%s]@[%s]\\n*******************************************************************************",
        "",
        [
            " ******************************************************************************* ",
            "  STARTUP MSG: Oozie BUILD_VERSION [4.3.1.2.6.5.0-292] compiled by [jenkins] on [2018.05.11-08:17:09GMT]",
            "  STARTUP MSG:       revision [bf4a5fb4a6c2c29c4b9f8f94bc29c4a3b4a8f0b5]@[git@github.com:hortonworks/oozie.git]",
            "*******************************************************************************",
        ],
    )
    tb += sec(6.8)
    tb = OL(tb, "INFO", "Services", "", "Initialized", "Initialized")
    tb = OL(
        tb + sec(0.001),
        "INFO",
        "Services",
        "",
        "Running with JARs for Hadoop version [%s]",
        "Running with JARs for Hadoop version [2.7.3.2.6.5.0-292]",
    )
    OL(
        tb + sec(0.001),
        "INFO",
        "Services",
        "",
        "Oozie System ID [%s] started!",
        "Oozie System ID [oozie-oozi] started!",
    )

    # ------------------------------------------------------------------ the coordinators
    def coord_ctx(app: str, cid: str, n: int) -> str:
        return f"USER[etl] GROUP[-] TOKEN[] APP[{app}] JOB[{cid}] ACTION[{cid}@{n}] "

    # ingest-kafka every 15 minutes (a java action)
    for k in range(24):
        nominal = T0 + sec(900 * k)
        st = nominal + sec(r.uniform(1.5, 3.0))
        if down(st):
            st = back + sec(r.uniform(15, 25))
        run_wf(
            st,
            "etl",
            "ingest-kafka-wf",
            [("ingest", "java", r.uniform(95, 240), 0)],
        )

    # clickstream hourly at :10, its input checked every minute until the hour's _SUCCESS lands
    cid = "0000007-240520101512345-oozie-oozi-C"
    n = 412
    for h in range(6, 12):
        n += 1
        nominal = at(h, 10)
        ready = nominal - sec(r.uniform(200, 400))  # the hour's data usually lands by :05
        if h == 8:
            ready = at(8, 42, 11)
        path = f"{OZ_NN}/data/raw/clickstream/2024/06/07/{h - 1:02d}/_SUCCESS"
        tc = nominal + sec(r.uniform(0.5, 1.5))
        while True:
            missing = tc < ready
            OL(
                tc,
                "INFO",
                "CoordActionInputCheckXCommand",
                coord_ctx("clickstream-hourly-coord", cid, n),
                "[%s]::CoordActionInputCheck:: Missing deps:%s %s",
                f"[{cid}@{n}]::CoordActionInputCheck:: Missing deps:{path if missing else ''} ",
            )
            if not missing:
                break
            tc += sec(60 + r.uniform(0.05, 0.4))
        if down(tc):
            tc = back + sec(r.uniform(15, 25))
        run_wf(
            tc + sec(r.uniform(1.0, 2.0)),
            "etl",
            "clickstream-etl-wf",
            [
                ("prepare", "fs", 0, 0),
                ("load-raw", "hive", r.uniform(150, 260), 2),
                ("sessionize", "spark", r.uniform(300, 520), 0),
            ],
        )

    # the partner export at :30, its SFTP target down 08:30-09:45
    for h in range(6, 12):
        st = at(h, 30, r.uniform(1.5, 3.0))
        if down(st):
            st = back + sec(r.uniform(15, 25))
        run_wf(
            st,
            "bi",
            "partner-export-wf",
            [("export", "shell", r.uniform(40, 90) if h not in (8, 9) else 31, 0)],
            fail="export" if h in (8, 9) else "",
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------- ambari-server

AM_MASTERS = ["mn01", "mn02", "mn03"]
AM_WORKERS = [f"dn{i:02d}" for i in range(1, 13)]
AM_HOSTS = [*AM_MASTERS, *AM_WORKERS, "edge01", "ams01"]
AM_DN_COMPONENTS = ["DATANODE", "NODEMANAGER", "HBASE_REGIONSERVER", "METRICS_MONITOR"]
AM_JMX = [("DATANODE", 9864), ("NODEMANAGER", 8042), ("HBASE_REGIONSERVER", 16030)]
AM_REFUSED_STACK = stack(
    "java.net.ConnectException: Connection refused (Connection refused)",
    [
        "java.net.PlainSocketImpl.socketConnect(Native Method)",
        "java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
        "java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)",
        "java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)",
        "java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
        "java.net.Socket.connect(Socket.java:607)",
        "sun.net.NetworkClient.doConnect(NetworkClient.java:175)",
        "sun.net.www.http.HttpClient.openServer(HttpClient.java:463)",
        "sun.net.www.http.HttpClient.openServer(HttpClient.java:558)",
        "sun.net.www.http.HttpClient.<init>(HttpClient.java:242)",
        "sun.net.www.http.HttpClient.New(HttpClient.java:339)",
        "sun.net.www.http.HttpClient.New(HttpClient.java:357)",
        "sun.net.www.protocol.http.HttpURLConnection.getNewHttpClient(HttpURLConnection.java:1226)",
        "sun.net.www.protocol.http.HttpURLConnection.plainConnect0(HttpURLConnection.java:1162)",
        "sun.net.www.protocol.http.HttpURLConnection.plainConnect(HttpURLConnection.java:1056)",
        "sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:990)",
        "sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1570)",
        "sun.net.www.protocol.http.HttpURLConnection.getInputStream(HttpURLConnection.java:1498)",
        "java.net.HttpURLConnection.getResponseCode(HttpURLConnection.java:480)",
        "org.apache.ambari.server.controller.internal.URLStreamProvider.processURL(URLStreamProvider.java:218)",
        "org.apache.ambari.server.controller.internal.URLStreamProvider.processURL(URLStreamProvider.java:142)",
        "org.apache.ambari.server.controller.internal.URLStreamProvider.readFrom(URLStreamProvider.java:107)",
        "org.apache.ambari.server.controller.internal.URLStreamProvider.readFrom(URLStreamProvider.java:112)",
        "org.apache.ambari.server.state.services.MetricsRetrievalService$JMXRunnable.processInputStreamAndCacheResult(MetricsRetrievalService.java:611)",
        "org.apache.ambari.server.state.services.MetricsRetrievalService$MetricRunnable.run(MetricsRetrievalService.java:541)",
        "java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:511)",
        "java.util.concurrent.FutureTask.run(FutureTask.java:266)",
        "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
        "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
        "java.lang.Thread.run(Thread.java:748)",
    ],
)
AM_ROLE_L = "Host role transitioned to a new state, serviceComponentName=%s, hostName=%s, oldState=%s, currentState=%s"


def ambari_server(r: random.Random) -> list[Log]:
    """One Ambari 2.7.8 server managing a 17-host HDP 3.1 cluster (see the module docstring)."""
    fs = Files()

    def A(
        t: datetime,
        level: str,
        thread: str,
        cls: str,
        line: int,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "ambari-server.log",
            t,
            label,
            lambda x: [
                f"{x:%d %b %Y %H:%M:%S},{ms3(x)} {level:>5} [{thread}] {cls}:{line} - {msg}",
                *(more or []),
            ],
            "ambari-server",
            MS,
        )

    def fqdn(h: str) -> str:
        return f"{h}.example.com"

    restart = at(11, 15, 12.4)
    up_again = restart + sec(58.7)
    dn07_down = (at(8, 20, 41), at(8, 33, 5))
    ams_down = (at(7, 38, 20), at(9, 55, 40))

    def server_up(t: datetime) -> bool:
        return not restart <= t < up_again + sec(25)

    # host-level alerts (no cluster): every host's agent every five minutes
    for h in AM_HOSTS:
        t = T0 + sec(r.uniform(0, 300))
        while t < T_END:
            if server_up(t) and not (h == "dn07" and dn07_down[0] <= t < dn07_down[1] + sec(60)):
                A(
                    t,
                    "WARN",
                    f"alert-event-bus-{r.choice([1, 2])}",
                    "AlertReceivedListener",
                    530,
                    "Cluster lookup failed for clusterName=%s",
                    "Cluster lookup failed for clusterName=null",
                )
            t += sec(300 + r.uniform(-0.4, 0.4))

    # the metrics collector down: every dashboard request for metrics fails twice
    sessions = [(at(7, 52), at(8, 31)), (at(9, 14), at(9, 52)), (at(8, 55), at(9, 6))]
    for a, b in sessions:
        for t in poisson(r, a, b, 8.5):
            if not ams_down[0] <= t < ams_down[1]:
                continue
            th = f"ambari-client-thread-{r.randint(28, 96)}"
            t = A(
                t,
                "ERROR",
                th,
                "MetricsRequestHelper",
                113,
                "Error getting timeline metrics : Connection refused (Connection refused)",
                "Error getting timeline metrics : Connection refused (Connection refused)",
            )
            A(
                t,
                "ERROR",
                th,
                "MetricsRequestHelper",
                118,
                "Cannot connect to collector: SocketTimeoutException for %s",
                f"Cannot connect to collector: SocketTimeoutException for {fqdn('ams01')}",
            )
    # the server's own metrics sink: logged once in 21 emits (one a minute)
    t = ams_down[0] + sec(r.uniform(5, 60))
    while t < ams_down[1]:
        if server_up(t):
            A(
                t,
                "INFO",
                "pool-19-thread-1",
                "AmbariMetricSinkImpl",
                563,
                "No live collector to send metrics to. Metrics to be sent will be discarded. This message will be skipped for the next %s times.",
                "No live collector to send metrics to. Metrics to be sent will be discarded. This message will be skipped for the next 20 times.",
            )
        t += sec(60 * 21 + r.uniform(-0.5, 0.5))

    # dn07 panics and reboots
    t = dn07_down[0] + sec(r.uniform(75, 95))
    t = A(
        t,
        "WARN",
        "ambari-hearbeat-monitor",
        "HeartbeatMonitor",
        155,
        "Heartbeat lost from host %s",
        f"Heartbeat lost from host {fqdn('dn07')}",
    )
    for comp in AM_DN_COMPONENTS:
        t = A(
            t + sec(r.uniform(0.001, 0.004)),
            "WARN",
            "ambari-hearbeat-monitor",
            "HeartbeatMonitor",
            171,
            "Setting component state to UNKNOWN for component %s on %s",
            f"Setting component state to UNKNOWN for component {comp} on {fqdn('dn07')}",
        )
    tj = dn07_down[0] + sec(r.uniform(8, 20))
    for _comp, port in AM_JMX:
        A(
            tj + sec(r.uniform(0, 3)),
            "ERROR",
            f"ambari-metrics-retrieval-service-thread-{r.randint(1, 40)}",
            "MetricsRetrievalService",
            421,
            "Unable to retrieve metrics from %s. Subsequent failures will be suppressed from the log for %s minutes.",
            f"Unable to retrieve metrics from http://{fqdn('dn07')}:{port}/jmx. Subsequent failures will be suppressed from the log for 20 minutes.",
            AM_REFUSED_STACK,
        )

    def register(t: datetime, h: str, uptime: int) -> None:
        cores = 32 if h.startswith("dn") else 16
        mem = 263855384 if h.startswith("dn") else 131738468
        mounts = f"(available={r.randint(30000000, 42000000)},mountpoint=/,used={r.randint(8000000, 19000000)},percent={r.randint(17, 38)}%,size=52403200,device=/dev/mapper/centos-root,type=xfs)"
        if h.startswith("dn"):
            for d in range(4):
                used = r.randint(2100000000, 2900000000)
                mounts += f"(available={3841000000 - used},mountpoint=/grid/{d},used={used},percent={used * 100 // 3841000000}%,size=3841000000,device=/dev/sd{'bcde'[d]}1,type=xfs)"
        info = f"[hostname={h},fqdn={fqdn(h)},domain=example.com,architecture=x86_64,processorcount={cores},physicalprocessorcount={cores},osname=centos,osversion=7.9.2009,osfamily=redhat,memory={mem},uptime_hours={uptime},mounts={mounts}]"
        th = "agent-register-processor-0"
        t = A(
            t,
            "INFO",
            th,
            "HostImpl",
            348,
            "Received host registration, host=%s, registrationTime=%s, agentVersion=%s",
            f"Received host registration, host={info}, registrationTime={int(t.timestamp() * 1000)}, agentVersion=2.7.8.0",
        )
        t = A(
            t + sec(0.001),
            "INFO",
            th,
            "TopologyManager",
            643,
            "TopologyManager.onHostRegistered: Entering",
            "TopologyManager.onHostRegistered: Entering",
        )
        A(
            t + sec(0.001),
            "INFO",
            th,
            "TopologyManager",
            645,
            "TopologyManager.onHostRegistered: host = %s is already associated with the cluster or is currently being processed",
            f"TopologyManager.onHostRegistered: host = {fqdn(h)} is already associated with the cluster or is currently being processed",
        )

    register(dn07_down[1] + sec(r.uniform(20, 40)), "dn07", 0)

    # 10:05 a YARN config change: the operator stops and starts the NodeManagers, three at a time
    t = at(10, 5, 31)
    for batch in range(4):
        hosts = AM_WORKERS[batch * 3 : batch * 3 + 3]
        ts = t
        for h in hosts:
            A(
                ts + sec(r.uniform(0.01, 0.05)),
                "INFO",
                f"ambari-client-thread-{r.randint(28, 96)}",
                "ServiceComponentHostImpl",
                1058,
                AM_ROLE_L,
                f"Host role transitioned to a new state, serviceComponentName=NODEMANAGER, hostName={fqdn(h)}, oldState=STARTED, currentState=STOPPING",
            )
        for h in hosts:
            A(
                ts + sec(r.uniform(9, 16)),
                "INFO",
                "agent-report-processor-0",
                "ServiceComponentHostImpl",
                1058,
                AM_ROLE_L,
                f"Host role transitioned to a new state, serviceComponentName=NODEMANAGER, hostName={fqdn(h)}, oldState=STOPPING, currentState=INSTALLED",
            )
        ts += sec(r.uniform(40, 55))
        for h in hosts:
            A(
                ts + sec(r.uniform(0.01, 0.05)),
                "INFO",
                f"ambari-client-thread-{r.randint(28, 96)}",
                "ServiceComponentHostImpl",
                1058,
                AM_ROLE_L,
                f"Host role transitioned to a new state, serviceComponentName=NODEMANAGER, hostName={fqdn(h)}, oldState=INSTALLED, currentState=STARTING",
            )
        for h in hosts:
            A(
                ts + sec(r.uniform(18, 31)),
                "INFO",
                "agent-report-processor-0",
                "ServiceComponentHostImpl",
                1058,
                AM_ROLE_L,
                f"Host role transitioned to a new state, serviceComponentName=NODEMANAGER, hostName={fqdn(h)}, oldState=STARTING, currentState=STARTED",
            )
        t = ts + sec(r.uniform(70, 95))

    # the metrics collector restarted by the operator at 09:50: its own components move too
    for old, new, dt in [
        ("STARTED", "STOPPING", 0.0),
        ("STOPPING", "INSTALLED", 14.2),
        ("INSTALLED", "STARTING", 22.6),
        ("STARTING", "STARTED", 298.0),
    ]:
        A(
            at(9, 50, 12) + sec(dt + r.uniform(0, 0.05)),
            "INFO",
            f"ambari-client-thread-{r.randint(28, 96)}"
            if new in ("STOPPING", "STARTING")
            else "agent-report-processor-0",
            "ServiceComponentHostImpl",
            1058,
            AM_ROLE_L,
            f"Host role transitioned to a new state, serviceComponentName=METRICS_COLLECTOR, hostName={fqdn('ams01')}, oldState={old}, currentState={new}",
        )

    # 11:15 the server restarted for an LDAP setup; every agent registers again
    A(restart, "INFO", "main", "AmbariServer", 1124, "Joined the Server", "Joined the Server")
    t = up_again
    for cls, line, msg, dt in [
        ("AmbariServer", 961, "********* Meta Info initialized **********", 0.0),
        ("DatabaseConsistencyCheckHelper", 181, "Checking DB store version", 2.3),
        ("DatabaseConsistencyCheckHelper", 212, "DB store version is compatible", 0.04),
        ("AmbariServer", 1008, "********* Initializing Clusters **********", 3.9),
        ("AmbariServer", 1014, "********* Current Clusters State *********", 1.2),
        ("AmbariServer", 1017, "********* Initializing ActionManager **********", 0.02),
        ("AmbariServer", 1020, "********* Initializing Controller **********", 0.01),
        ("AmbariServer", 1024, "********* Initializing Scheduled Request Manager **********", 0.4),
        ("AmbariServer", 1062, "********* Started Server **********", 5.8),
        ("AmbariServer", 1065, "********* Started ActionManager **********", 0.02),
        ("AmbariServer", 1068, "********* Started Scheduled Request Manager **********", 0.3),
    ]:
        t = A(t + sec(dt), "INFO", "main", cls, line, msg, msg)
    for h in AM_HOSTS:
        register(t + sec(r.uniform(3, 24)), h, r.randint(40, 2900) if h != "dn07" else 2)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- azkaban

AZ_EXECS = {"exec1": 1, "exec2": 2}
AZ_FLOWS = [
    # project, project id, flow, period (min), minute offset, duration range (s), submitter
    ("dw", 12, "orders_sync", 5, 1, (80, 210), "etl_admin"),
    ("dw", 12, "hourly_ingest", 60, 5, (380, 560), "etl_admin"),
    ("marketing", 15, "campaign_stats", 15, 2, (45, 110), "mkt_ops"),
    ("dw", 12, "daily_snapshot", 24 * 60, 6 * 60 + 30, (1400, 1600), "etl_admin"),
]
AZ_TIMEOUT_STACK = stack(
    "azkaban.executor.ExecutorManagerException: java.net.ConnectException: Connection timed out (Connection timed out)",
    [
        "azkaban.executor.ExecutorApiGateway.callForJsonObjectMap(ExecutorApiGateway.java:85)",
        "azkaban.executor.ExecutorApiGateway.callWithExecutionId(ExecutorApiGateway.java:61)",
        "azkaban.executor.ExecutingManagerUpdaterThread.run(ExecutingManagerUpdaterThread.java:100)",
    ],
    (
        "java.net.ConnectException: Connection timed out (Connection timed out)",
        [
            "java.net.PlainSocketImpl.socketConnect(Native Method)",
            "java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
            "java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)",
            "java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)",
            "java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
            "java.net.Socket.connect(Socket.java:607)",
            "org.apache.http.conn.socket.PlainConnectionSocketFactory.connectSocket(PlainConnectionSocketFactory.java:75)",
            "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142)",
            "org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:373)",
            "org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:394)",
            "org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:237)",
            "org.apache.http.impl.execchain.ProtocolExec.execute(ProtocolExec.java:185)",
            "org.apache.http.impl.execchain.RetryExec.execute(RetryExec.java:89)",
            "org.apache.http.impl.execchain.RedirectExec.execute(RedirectExec.java:110)",
            "org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)",
            "org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)",
            "org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:108)",
            "azkaban.utils.RestfulApiClient.sendAndReturn(RestfulApiClient.java:170)",
            "azkaban.utils.RestfulApiClient.httpPost(RestfulApiClient.java:118)",
            "azkaban.executor.ExecutorApiGateway.callForJsonString(ExecutorApiGateway.java:96)",
            "azkaban.executor.ExecutorApiGateway.callForJsonObjectMap(ExecutorApiGateway.java:81)",
        ],
        2,
    ),
)
AZ_DISPATCH_STACK = stack(
    "azkaban.executor.ExecutorManagerException: java.net.ConnectException: Connection timed out (Connection timed out)",
    [
        "azkaban.executor.ExecutorApiGateway.callForJsonObjectMap(ExecutorApiGateway.java:85)",
        "azkaban.executor.ExecutorApiGateway.callWithExecutable(ExecutorApiGateway.java:46)",
        "azkaban.executor.ExecutorManager.dispatch(ExecutorManager.java:1082)",
        "azkaban.executor.ExecutorManager.access$800(ExecutorManager.java:71)",
        "azkaban.executor.ExecutorManager$QueueProcessorThread.selectExecutorAndDispatchFlow(ExecutorManager.java:1289)",
        "azkaban.executor.ExecutorManager$QueueProcessorThread.processQueuedFlows(ExecutorManager.java:1262)",
        "azkaban.executor.ExecutorManager$QueueProcessorThread.run(ExecutorManager.java:1193)",
    ],
    (
        "java.net.ConnectException: Connection timed out (Connection timed out)",
        [
            "java.net.PlainSocketImpl.socketConnect(Native Method)",
            "java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
            "java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)",
            "java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)",
            "java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
            "java.net.Socket.connect(Socket.java:607)",
            "org.apache.http.conn.socket.PlainConnectionSocketFactory.connectSocket(PlainConnectionSocketFactory.java:75)",
            "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142)",
            "org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:373)",
            "org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:394)",
            "org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:237)",
            "org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)",
            "org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:108)",
            "azkaban.utils.RestfulApiClient.sendAndReturn(RestfulApiClient.java:170)",
            "azkaban.utils.RestfulApiClient.httpPost(RestfulApiClient.java:118)",
            "azkaban.executor.ExecutorApiGateway.callForJsonString(ExecutorApiGateway.java:96)",
            "azkaban.executor.ExecutorApiGateway.callForJsonObjectMap(ExecutorApiGateway.java:81)",
        ],
        6,
    ),
)
AZ_REFRESH_TIMEOUT_STACK = stack(
    "java.util.concurrent.TimeoutException",
    [
        "java.util.concurrent.FutureTask.get(FutureTask.java:205)",
        "azkaban.executor.ExecutorManager.refreshExecutors(ExecutorManager.java:241)",
        "azkaban.executor.ExecutorManager.access$600(ExecutorManager.java:71)",
        "azkaban.executor.ExecutorManager$QueueProcessorThread.processQueuedFlows(ExecutorManager.java:1237)",
        "azkaban.executor.ExecutorManager$QueueProcessorThread.run(ExecutorManager.java:1193)",
    ],
)


def azkaban(r: random.Random) -> list[Log]:
    """An Azkaban 3.81 web server and two executor servers in multi-executor mode (see the
    module docstring)."""
    fs = Files()

    def Z(
        f: str, t: datetime, level: str, logger: str, label: str, msg: str, more=None
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y/%m/%d %H:%M:%S}.{ms3(x)} -0700 {level} [{logger}] [Azkaban] {msg}",
                *(more or []),
            ],
            f,
            MS,
        )

    WEB = "web-azkaban-webserver.log"

    def EX(e: str) -> str:
        return f"{e}-azkaban-execserver.log"

    def host(e: str) -> str:
        return f"{e}.example.com:12321"

    partition = (at(9, 17, 12), at(9, 27, 41))
    upload = at(9, 44, 52)
    proj_version = {12: 41, 15: 7}
    installed = {e: {(12, 41), (15, 7)} for e in AZ_EXECS}
    installed_at: dict[str, datetime] = {}  # when an executor unpacked project 12's version 42
    running = {e: [] for e in AZ_EXECS}  # (start, end, execid)
    finished = {e: [] for e in AZ_EXECS}  # (end, execid)
    exec_id = [9180]
    last_refresh = [T0 - sec(600)]

    def cut(e: str, t: datetime) -> bool:
        return e == "exec2" and partition[0] <= t < partition[1]

    # ---------------------------------------------------------------- web: each flow
    submits = []
    for proj, pid, flow, period, off, (lo, hi), user in AZ_FLOWS:
        m = off
        while m < 360:
            if (m - off) % period == 0:
                submits.append(
                    (T0 + sec(60 * m + r.uniform(0.2, 1.4)), proj, pid, flow, (lo, hi), user)
                )
            m += 1 if period >= 60 * 24 else period
            if period >= 60 * 24:
                break
    submits.sort(key=lambda x: x[0])
    for t, _proj, pid, flow, (lo, hi), user in submits:
        if t >= upload and pid == 12:
            proj_version[12] = 42
        exec_id[0] += 1
        ex = exec_id[0]
        t = Z(
            WEB,
            t,
            "INFO",
            "ExecutorManager",
            "Submitting execution flow %s by %s",
            f"Submitting execution flow {flow} by {user}",
        )
        t += sec(r.uniform(0.3, 1.0))
        if t - last_refresh[0] > timedelta(seconds=50):
            last_refresh[0] = t
            for e in AZ_EXECS:
                if cut(e, t):
                    t = Z(
                        WEB,
                        t + sec(5.0),
                        "ERROR",
                        "ExecutorManager",
                        "Timed out while waiting for ExecutorInfo refresh%s",
                        f"Timed out while waiting for ExecutorInfo refresh{host(e)}",
                        AZ_REFRESH_TIMEOUT_STACK,
                    )
                else:
                    t = Z(
                        WEB,
                        t + sec(r.uniform(0.01, 0.06)),
                        "INFO",
                        "ExecutorManager",
                        "Successfully refreshed executor: %s with executor info : %s",
                        f"Successfully refreshed executor: {host(e)} with executor info : azkaban.executor.ExecutorInfo@{r.getrandbits(31):x}",
                    )
        # the selector prefers the executor with fewer flows; exec2's stale info still ranks it
        load = {e: sum(1 for s, en, _ in running[e] if s <= t < en) for e in AZ_EXECS}
        order = sorted(AZ_EXECS, key=lambda e: (load[e], r.random()))
        if partition[0] - sec(420) <= t < partition[1]:
            # exec1 runs the hourly ingest; exec2's (stale) statistics show it idle
            order = ["exec2", "exec1"]
        errors = 0
        chosen = order[0]
        if cut(order[0], t):
            tt = Z(
                WEB,
                t + sec(r.uniform(0.01, 0.03)),
                "ERROR",
                "ExecutorManager",
                "Rolling back executor assignment for execution id:%s",
                f"Rolling back executor assignment for execution id:{ex}",
                AZ_DISPATCH_STACK,
            )
            tt = Z(
                WEB,
                tt + sec(0.002),
                "WARN",
                "ExecutorManager",
                "Executor %s responded with exception for exec: %s",
                f"Executor {host(order[0])} responded with exception for exec: {ex}",
                [
                    "azkaban.executor.ExecutorManagerException: azkaban.executor.ExecutorManagerException: java.net.ConnectException: Connection timed out (Connection timed out)",
                    "\tat azkaban.executor.ExecutorManager.dispatch(ExecutorManager.java:1087)",
                    "\tat azkaban.executor.ExecutorManager.access$800(ExecutorManager.java:71)",
                    "\tat azkaban.executor.ExecutorManager$QueueProcessorThread.selectExecutorAndDispatchFlow(ExecutorManager.java:1289)",
                    "\tat azkaban.executor.ExecutorManager$QueueProcessorThread.processQueuedFlows(ExecutorManager.java:1262)",
                    "\tat azkaban.executor.ExecutorManager$QueueProcessorThread.run(ExecutorManager.java:1193)",
                    "Caused by: azkaban.executor.ExecutorManagerException: java.net.ConnectException: Connection timed out (Connection timed out)",
                    "\tat azkaban.executor.ExecutorApiGateway.callForJsonObjectMap(ExecutorApiGateway.java:85)",
                    "\tat azkaban.executor.ExecutorApiGateway.callWithExecutable(ExecutorApiGateway.java:46)",
                    "\tat azkaban.executor.ExecutorManager.dispatch(ExecutorManager.java:1082)",
                    "\t... 4 more",
                ],
            )
            Z(
                WEB,
                tt + sec(0.001),
                "INFO",
                "ExecutorManager",
                "Failed dispatch attempt for exec %s with error count %s",
                f"Failed dispatch attempt for exec {ex} with error count {errors}",
            )
            errors += 1
            t = tt + sec(0.01)
            chosen = order[1]
        t = Z(
            WEB,
            t + sec(r.uniform(0.04, 0.2)),
            "INFO",
            "ExecutorManager",
            "Successfully dispatched exec %s with error count %s",
            f"Successfully dispatched exec {ex} with error count {errors}",
        )
        # the executor prepares and runs the flow
        e = chosen
        f = EX(e)
        ts = t - sec(r.uniform(0.03, 0.09))
        key = (pid, proj_version[pid])
        pv = f"ProjectVersion{{projectId={pid}, version={proj_version[pid]}, installedDir=/opt/azkaban/exec/projects/{pid}.{proj_version[pid]}}}"
        if key in installed[e]:
            ts = Z(
                f,
                ts,
                "INFO",
                "FlowPreparer",
                "Project already cached. Skipping download. %s",
                f"Project already cached. Skipping download. {pv}",
            )
        else:
            installed[e].add(key)
            installed_at[e] = ts
            ts = Z(
                f, ts, "INFO", "FlowPreparer", "Preparing Project: %s", f"Preparing Project: {pv}"
            )
            ts = Z(
                f,
                ts + sec(r.uniform(0.02, 0.05)),
                "INFO",
                "FlowPreparer",
                "Downloading zip file.",
                "Downloading zip file.",
            )
            ts = Z(
                f,
                ts + sec(r.uniform(1.5, 3.2)),
                "WARN",
                "FlowPreparer",
                "Project preparation completes. [%s]",
                f"Project preparation completes. [{pv}]",
            )
        ts = Z(
            f,
            ts + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "FlowPreparer",
            "Flow Preparation complete. [execid: %s, path: %s]",
            f"Flow Preparation complete. [execid: {ex}, path: /opt/azkaban/exec/executions/{ex}]",
        )
        ts = Z(
            f,
            ts + sec(0.002),
            "INFO",
            "FlowRunnerManager",
            "Configuring Azkaban metrics tracking for flow runner object",
            "Configuring Azkaban metrics tracking for flow runner object",
        )
        end = ts + sec(r.uniform(lo, hi))
        running[e].append((ts, end, ex))
        Z(
            f,
            end,
            "INFO",
            "FlowRunnerManager",
            "Flow %s is finished. Adding it to recently finished flows list.",
            f"Flow {ex} is finished. Adding it to recently finished flows list.",
        )
        finished[e].append((end, ex))

    # the web server polls each executor for its flows' updates; while exec2 is cut off, every
    # poll for its running flows fails (and the flows are checked again 10 s later)
    tp = partition[0] + sec(r.uniform(0.2, 0.5))
    while tp < partition[1]:
        if any(s <= tp and en > partition[0] for s, en, _ in running["exec2"]):
            tp = Z(
                WEB,
                tp,
                "ERROR",
                "ExecutingManagerUpdaterThread",
                "Failed to get update from executor %s",
                "Failed to get update from executor exec2.example.com",
                AZ_TIMEOUT_STACK,
            )
            tp += sec(10 + r.uniform(0.5, 1.2))
        else:
            tp += sec(0.5)

    # ------------------------------------------------------ web: the hourly log cleaner
    t = at(6, 12, 33.4)
    while t < T_END:
        t = Z(
            WEB,
            t,
            "INFO",
            "ExecutorManager",
            "Cleaning old logs from execution_logs",
            "Cleaning old logs from execution_logs",
        )
        cutoff = t - timedelta(weeks=12)
        t = Z(
            WEB,
            t + sec(0.001),
            "INFO",
            "ExecutorManager",
            "Cleaning old log files before %s",
            f"Cleaning old log files before {cutoff:%Y-%m-%dT%H:%M:%S}.{ms3(cutoff)}-07:00",
        )
        took = r.randint(1, 6)
        t = Z(
            WEB,
            t + sec(took),
            "INFO",
            "ExecutorManager",
            "Cleaned up %s log entries.",
            f"Cleaned up {r.randint(9000, 26000)} log entries.",
        )
        Z(
            WEB,
            t + sec(0.001),
            "INFO",
            "ExecutorManager",
            "log clean up time: %s seconds.",
            f"log clean up time: {took} seconds.",
        )
        t += sec(3600 - took)

    # ------------------------------------------------ executors: the cleaner thread loop
    for e, start in (("exec1", at(5, 58, 11.3)), ("exec2", at(5, 58, 40.8))):
        f = EX(e)
        t = start
        last_rf = last_old = last_lru = start - sec(7200)
        last_dirs = start - sec(1800)
        while t < T_END:
            if t >= T0 - sec(60):
                n = sum(1 for s, en, _ in running[e] if s <= t < en)
                Z(
                    f,
                    t,
                    "INFO",
                    "FlowRunnerManager",
                    "# of executing flows: %s",
                    f"# of executing flows: {n}",
                )
                tt = t + sec(0.001)
                if (t - last_rf).total_seconds() > 120:
                    tt = Z(
                        f,
                        tt,
                        "INFO",
                        "FlowRunnerManager",
                        "Cleaning recently finished",
                        "Cleaning recently finished",
                    )
                    for end, ex in list(finished[e]):
                        if end < t - sec(60):
                            tt = Z(
                                f,
                                tt + sec(0.001),
                                "INFO",
                                "FlowRunnerManager",
                                "Cleaning execution %s from recently finished flows list.",
                                f"Cleaning execution {ex} from recently finished flows list.",
                            )
                            finished[e].remove((end, ex))
                    last_rf = t
                if (t - last_old).total_seconds() > 300:
                    tt = Z(
                        f,
                        tt + sec(0.001),
                        "INFO",
                        "FlowRunnerManager",
                        "Cleaning old projects",
                        "Cleaning old projects",
                    )
                    # version 41 goes once no flow of it runs any more
                    if (
                        (12, 41) in installed[e]
                        and e in installed_at
                        and installed_at[e] < t
                        and not any(s <= t < en and s < installed_at[e] for s, en, _ in running[e])
                    ):
                        installed[e].discard((12, 41))
                        tt = Z(
                            f,
                            tt + sec(0.002),
                            "INFO",
                            "FlowRunnerManager",
                            "Removing old unused installed project %s:%s",
                            "Removing old unused installed project 12:41",
                        )
                    last_old = t
                if (t - last_dirs).total_seconds() > 3600:
                    tt = Z(
                        f,
                        tt + sec(0.001),
                        "INFO",
                        "FlowRunnerManager",
                        "Cleaning old execution dirs",
                        "Cleaning old execution dirs",
                    )
                    last_dirs = t
                if (t - last_lru).total_seconds() > 1800:
                    Z(
                        f,
                        tt + sec(0.004),
                        "INFO",
                        "FlowRunnerManager",
                        "Cleaning LRU project dirs",
                        "Cleaning LRU project dirs",
                    )
                    last_lru = t
            t += sec(60 + r.uniform(0.002, 0.02))
    return fs.logs(T0)


# ------------------------------------------------------------------------- dolphinscheduler

DS_PKG = "org.apache.dolphinscheduler.server.master"
DS_MSB = f"{DS_PKG}.runner.MasterSchedulerBootstrap"
DS_WER = f"{DS_PKG}.runner.WorkflowExecuteRunnable"
DS_TSEH = f"{DS_PKG}.event.TaskStateEventHandler"
DS_WSEH = f"{DS_PKG}.event.WorkflowStateEventHandler"
DS_WFS = f"{DS_PKG}.service.WorkerFailoverService"
DS_MASTERS = {"master1": ("10.0.5.11", 0), "master2": ("10.0.5.12", 1)}
DS_WORKERS = ["10.0.6.31:1234", "10.0.6.32:1234", "10.0.6.33:1234"]
DS_STARS = "*" * 80
DS_TASK_BOX_L = (
    "\\n" + DS_STARS + "\\n" + " " * 20 + "Task Instance Detail\\n" + DS_STARS + "\\n"
    "Task Name:              %s\\nWorkflow Instance Name: %s\\nTask Execute Type:      %s\\n"
    "Execute State:          %s\\nHost:                   %s\\nTask Type:              %s\\n"
    "Priority:               %s\\nTenant:                 %s\\nFirst Submit Time:      %s\\n"
    "Submit Time:            %s\\nStart Time:             %s\\nEnd Time:               %s\\n"
)
DS_WF_BOX_L = (
    "\\n" + DS_STARS + "\\n" + " " * 20 + "Workflow Instance Detail\\n" + DS_STARS + "\\n"
    "Workflow Name:             %s\\nWorkflow Instance Name:    %s\\nCommand Type:              %s\\n"
    "State:                     %s\\nHost:                      %s\\nIs Sub Process:            %s\\n"
    "Run Times:                 %s\\nMax Try Times:             %s\\nSchedule Time:             %s\\n"
    "Dry Run:                   %s\\nTenant:                    %s\\nRestart Time:              %s\\n"
    "Work Group:                %s\\nStart Time:                %s\\nEnd Time:                  %s\\n"
)
DS_DEFS = [
    # workflow, period (min), minute offset, tasks (name, code, type, duration range)
    (
        "ods_orders_sync",
        15,
        0,
        [
            ("extract_orders", 13624537893280, "DATAX", (40, 95)),
            ("load_ods_orders", 13624537901472, "SQL", (15, 40)),
        ],
    ),
    (
        "dwd_user_events",
        60,
        5,
        [
            ("load_dwd_user_events", 13624588120736, "SQL", (120, 260)),
            ("dq_user_events", 13624588131104, "PYTHON", (20, 45)),
            ("publish_user_events", 13624588140320, "SHELL", (5, 12)),
        ],
    ),
    (
        "ads_gmv_report",
        60,
        30,
        [
            ("calc_gmv", 13624601172384, "SQL", (60, 150)),
            ("push_gmv_report", 13624601180576, "HTTP", (2, 6)),
        ],
    ),
    ("dq_row_counts", 20, 10, [("dq_row_counts", 13624612457888, "PYTHON", (25, 70))]),
]
DS_DB_STACK = stack(
    "org.apache.dolphinscheduler.server.master.exception.MasterException: Master loop command from database error",
    [
        "org.apache.dolphinscheduler.server.master.runner.MasterSchedulerBootstrap.findCommands(MasterSchedulerBootstrap.java:171)",
        "org.apache.dolphinscheduler.server.master.runner.MasterSchedulerBootstrap.run(MasterSchedulerBootstrap.java:120)",
    ],
    (
        "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: DolphinScheduler - Connection is not available, request timed out after 30000ms.",
        [
            "org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:83)",
            "org.mybatis.spring.transaction.SpringManagedTransaction.openConnection(SpringManagedTransaction.java:80)",
            "org.mybatis.spring.transaction.SpringManagedTransaction.getConnection(SpringManagedTransaction.java:67)",
            "org.apache.ibatis.executor.BaseExecutor.getConnection(BaseExecutor.java:337)",
            "org.apache.ibatis.executor.SimpleExecutor.prepareStatement(SimpleExecutor.java:86)",
            "org.apache.ibatis.executor.SimpleExecutor.doQuery(SimpleExecutor.java:62)",
            "org.apache.ibatis.executor.BaseExecutor.queryFromDatabase(BaseExecutor.java:325)",
            "org.apache.ibatis.executor.BaseExecutor.query(BaseExecutor.java:156)",
            "org.apache.dolphinscheduler.service.command.CommandServiceImpl.findCommandPageBySlot(CommandServiceImpl.java:147)",
            "org.apache.dolphinscheduler.server.master.runner.MasterSchedulerBootstrap.findCommands(MasterSchedulerBootstrap.java:158)",
        ],
        1,
    ),
    (
        "java.sql.SQLTransientConnectionException: DolphinScheduler - Connection is not available, request timed out after 30000ms.",
        [
            "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)",
            "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)",
            "org.springframework.jdbc.datasource.DataSourceUtils.fetchConnection(DataSourceUtils.java:159)",
            "org.springframework.jdbc.datasource.DataSourceUtils.doGetConnection(DataSourceUtils.java:117)",
            "org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:80)",
        ],
        11,
    ),
)


def dolphinscheduler(r: random.Random) -> list[Log]:
    """Two DolphinScheduler 3.2 masters (see the module docstring)."""
    fs = Files()

    def D(
        m: str,
        t: datetime,
        level: str,
        logger: str,
        line: int,
        wi: int,
        ti: int,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{m}-dolphinscheduler-master.log",
            t,
            label,
            lambda x: [
                f"[{level}] {x:%Y-%m-%d %H:%M:%S}.{ms3(x)} +0800 {logger}:[{line}] - [WorkflowInstance-{wi}][TaskInstance-{ti}] - {msg}",
                *(more or []),
            ],
            m,
            MS,
        )

    def jd(t: datetime) -> str:
        return java_date(t, "CST")

    overload = (at(8, 30, 7), at(8, 38, 52))
    db_down = (at(9, 40, 5), at(9, 41, 50))
    worker3_lost = at(10, 6, 48)
    fail_at = at(11, 30)  # ads_gmv_report's push fails for good (the receiver rejects it)
    wi_seq = [48211]
    ti_seq = [903311]
    runs = []
    for name, period, off, tasks in DS_DEFS:
        for m in range(off, 360, period):
            runs.append((T0 + sec(60 * m), name, tasks))
    runs.sort(key=lambda x: x[0])

    def task_event(m: str, t: datetime, wi: int, ti: int, old: str, new: str) -> datetime:
        t = D(
            m,
            t,
            "INFO",
            DS_WER,
            246,
            wi,
            ti,
            "Begin to handle state event, %s",
            f"Begin to handle state event, TaskStateEvent(processInstanceId={wi}, taskInstanceId={ti}, taskCode=0, status={new}, type=TASK_STATE_CHANGE, key=null, channel=null, context=null)",
        )
        return D(
            m,
            t + sec(r.uniform(0.001, 0.004)),
            "INFO",
            DS_TSEH,
            58,
            wi,
            ti,
            "Handle task instance state event, the current task instance state %s will be changed to %s",
            f"Handle task instance state event, the current task instance state {old} will be changed to {new}",
        )

    def state_lines(
        m: str, t: datetime, wi: int, ti: int, running: bool, origin: str, target: str
    ) -> datetime:
        if running:
            t = D(
                m,
                t,
                "INFO",
                DS_WER,
                1534,
                wi,
                ti,
                "The workflowInstance has task running, the workflowInstance status is %s",
                f"The workflowInstance has task running, the workflowInstance status is {target}",
            )
        return D(
            m,
            t + sec(0.001),
            "INFO",
            DS_WER,
            1631,
            wi,
            ti,
            "There is no need to update the workflow instance state, origin state: %s, target state: %s",
            f"There is no need to update the workflow instance state, origin state: {origin}, target state: {target}",
        )

    def submit(m: str, t: datetime, wi: int, name: str, code: int, deps: list[int]) -> datetime:
        t = D(
            m,
            t,
            "INFO",
            DS_WER,
            1683,
            wi,
            0,
            "Add task to stand by list, task name:%s, task id:%s, task code:%s",
            f"Add task to stand by list, task name:{name}, task id:null, task code:{code}",
        )
        if deps:
            t = D(
                m,
                t + sec(0.001),
                "INFO",
                DS_WER,
                1262,
                wi,
                0,
                "The dependTasks of task all success, currentTaskCode: %s, dependTaskCodes: %s",
                f"The dependTasks of task all success, currentTaskCode: {code}, dependTaskCodes: [{', '.join(str(d) for d in deps)}]",
            )
        return D(
            m,
            t + sec(0.001),
            "INFO",
            DS_WER,
            1774,
            wi,
            0,
            "The dependResult of task %s is success, so ready to submit to execute",
            f"The dependResult of task {name} is success, so ready to submit to execute",
        )

    def task_box(
        m: str,
        t: datetime,
        wi: int,
        ti: int,
        name: str,
        inst: str,
        state: str,
        host: str,
        ttype: str,
        first: datetime,
        sub: datetime,
        st: datetime,
        en: datetime,
    ) -> datetime:
        return D(
            m,
            t,
            "INFO",
            DS_WER,
            396,
            wi,
            ti,
            DS_TASK_BOX_L,
            "",
            [
                DS_STARS,
                " " * 20 + "Task Instance Detail",
                DS_STARS,
                f"Task Name:              {name}",
                f"Workflow Instance Name: {inst}",
                "Task Execute Type:      batch",
                f"Execute State:          {state}",
                f"Host:                   {host}",
                f"Task Type:              {ttype}",
                "Priority:               medium",
                "Tenant:                 etl",
                f"First Submit Time:      {jd(first)}",
                f"Submit Time:            {jd(sub)}",
                f"Start Time:             {jd(st)}",
                f"End Time:               {jd(en)}",
                "",
            ],
        )

    busy_workers: dict[str, datetime] = {}
    for sched, wf, tasks in runs:
        # each master takes the commands of its slot; master2 takes none while overloaded
        slot = r.randint(0, 1)
        m = "master1" if slot == 0 else "master2"
        t = sched + sec(r.uniform(0.3, 1.6))
        if m == "master2" and overload[0] <= t < overload[1]:
            t = overload[1] + sec(r.uniform(0.2, 0.9))
        if db_down[0] <= t < db_down[1]:
            t = db_down[1] + sec(r.uniform(0.5, 1.5))
        ip = DS_MASTERS[m][0]
        wi_seq[0] += 1
        wi = wi_seq[0]
        inst = f"{wf}-{r.randint(3, 9)}-{t:%Y%m%d%H%M%S}{ms3(t)}"
        t = D(
            m,
            t,
            "INFO",
            DS_MSB,
            164,
            0,
            0,
            "Master schedule bootstrap loop command success, fetch command size: %s, cost: %sms, current slot: %s, total slot size: %s",
            f"Master schedule bootstrap loop command success, fetch command size: 1, cost: {r.randint(2, 14)}ms, current slot: {slot}, total slot size: 2",
        )
        wf_start = t + sec(r.uniform(0.05, 0.2))
        t = D(
            m,
            wf_start,
            "INFO",
            DS_WER,
            929,
            wi,
            0,
            "The current workflowInstance is a newly running workflowInstance",
            "The current workflowInstance is a newly running workflowInstance",
        )
        t = D(
            m,
            t + sec(0.002),
            "INFO",
            DS_WER,
            971,
            wi,
            0,
            "Initialize task queue, dependFailedTaskSet: %s, completeTaskSet: %s, errorTaskMap: %s",
            "Initialize task queue, dependFailedTaskSet: [], completeTaskSet: [], errorTaskMap: {}",
        )
        t = D(
            m,
            t + sec(0.001),
            "INFO",
            DS_WER,
            803,
            wi,
            0,
            "workflowStatue changed to :%s",
            "workflowStatue changed to :INITIALIZE_QUEUE",
        )
        prev: list[int] = []
        for k, (tname, code, ttype, (lo, hi)) in enumerate(tasks):
            t = submit(m, t + sec(r.uniform(0.005, 0.03)), wi, tname, code, prev)
            t = state_lines(m, t + sec(0.01), wi, 0, True, "RUNNING_EXECUTION", "RUNNING_EXECUTION")
            if k == 0:
                t = D(
                    m,
                    t + sec(0.001),
                    "INFO",
                    DS_WER,
                    809,
                    wi,
                    0,
                    "workflowStatue changed to :%s",
                    "workflowStatue changed to :STARTED",
                )
            attempts = 1
            first_submit = t
            while True:
                ti_seq[0] += 1
                ti = ti_seq[0]
                sub = t
                alive = [w for w in DS_WORKERS if not (w == DS_WORKERS[2] and t > worker3_lost)]
                host = min(alive, key=lambda w: (busy_workers.get(w, T0) > t, r.random()))
                if sched == at(10, 5) and tname == "load_dwd_user_events" and attempts == 1:
                    host = DS_WORKERS[2]
                st = t + sec(r.uniform(0.4, 1.5))
                t = task_event(m, st, wi, ti, "DISPATCH", "RUNNING_EXECUTION")
                dur = r.uniform(lo, hi)
                en = st + sec(dur)
                busy_workers[host] = en
                outcome = "SUCCESS"
                if wf == "ads_gmv_report" and tname == "push_gmv_report" and sched == fail_at:
                    outcome = "FAILURE"
                if host == DS_WORKERS[2] and st < worker3_lost < en:
                    # the worker dies under the task: each master fails over its own task instances
                    tf = worker3_lost + sec(r.uniform(1.5, 3.0))
                    tf = D(
                        m,
                        tf,
                        "INFO",
                        DS_WFS,
                        99,
                        0,
                        0,
                        "Worker[%s] failover starting",
                        f"Worker[{host}] failover starting",
                    )
                    tf = D(
                        m,
                        tf + sec(r.uniform(0.01, 0.03)),
                        "INFO",
                        DS_WFS,
                        108,
                        0,
                        0,
                        "Worker[%s] failover there are %s taskInstance may need to failover, will do a deep check, taskInstanceIds: %s",
                        f"Worker[{host}] failover there are 1 taskInstance may need to failover, will do a deep check, taskInstanceIds: [{ti}]",
                    )
                    tf = D(
                        m,
                        tf + sec(0.002),
                        "INFO",
                        DS_WFS,
                        130,
                        wi,
                        ti,
                        "Worker[%s] failover: begin to failover taskInstance, will set the status to NEED_FAULT_TOLERANCE",
                        f"Worker[{host}] failover: begin to failover taskInstance, will set the status to NEED_FAULT_TOLERANCE",
                    )
                    tf = D(
                        m,
                        tf + sec(0.001),
                        "INFO",
                        DS_WFS,
                        164,
                        wi,
                        ti,
                        "The failover taskInstance is not master task",
                        "The failover taskInstance is not master task",
                    )
                    tf = D(
                        m,
                        tf + sec(0.01),
                        "INFO",
                        DS_WFS,
                        133,
                        wi,
                        ti,
                        "Worker[%s] failover: Finish failover taskInstance",
                        f"Worker[{host}] failover: Finish failover taskInstance",
                    )
                    tf = D(
                        m,
                        tf + sec(0.001),
                        "INFO",
                        DS_WFS,
                        140,
                        0,
                        0,
                        "Worker[%s] failover finished, useTime:%sms",
                        f"Worker[{host}] failover finished, useTime:{r.randint(18, 60)}ms",
                    )
                    other = "master2" if m == "master1" else "master1"
                    to = D(
                        other,
                        worker3_lost + sec(r.uniform(1.5, 3.0)),
                        "INFO",
                        DS_WFS,
                        99,
                        0,
                        0,
                        "Worker[%s] failover starting",
                        f"Worker[{host}] failover starting",
                    )
                    D(
                        other,
                        to + sec(0.004),
                        "INFO",
                        DS_WFS,
                        104,
                        0,
                        0,
                        "Worker[%s] failover finished there are no taskInstance need to failover",
                        f"Worker[{host}] failover finished there are no taskInstance need to failover",
                    )
                    t = task_event(
                        m,
                        tf + sec(r.uniform(0.01, 0.05)),
                        wi,
                        ti,
                        "NEED_FAULT_TOLERANCE",
                        "NEED_FAULT_TOLERANCE",
                    )
                    t = D(
                        m,
                        t + sec(0.002),
                        "INFO",
                        DS_WER,
                        330,
                        wi,
                        ti,
                        "TaskInstance finished task code:%s state:%s",
                        f"TaskInstance finished task code:{code} state:NEED_FAULT_TOLERANCE",
                    )
                    t = D(
                        m,
                        t + sec(0.001),
                        "INFO",
                        DS_WER,
                        365,
                        wi,
                        ti,
                        "Retry taskInstance taskInstance state: %s",
                        "Retry taskInstance taskInstance state: NEED_FAULT_TOLERANCE",
                    )
                    t = D(
                        m,
                        t + sec(0.001),
                        "INFO",
                        DS_WER,
                        1683,
                        wi,
                        ti,
                        "Add task to stand by list, task name:%s, task id:%s, task code:%s",
                        f"Add task to stand by list, task name:{tname}, task id:null, task code:{code}",
                    )
                    t = D(
                        m,
                        t + sec(0.001),
                        "INFO",
                        DS_WER,
                        1774,
                        wi,
                        ti,
                        "The dependResult of task %s is success, so ready to submit to execute",
                        f"The dependResult of task {tname} is success, so ready to submit to execute",
                    )
                    t = D(
                        m,
                        t + sec(0.002),
                        "INFO",
                        DS_WER,
                        391,
                        wi,
                        ti,
                        "TaskInstance finished will try to update the workflow instance state, task code:%s state:%s",
                        f"TaskInstance finished will try to update the workflow instance state, task code:{code} state:NEED_FAULT_TOLERANCE",
                    )
                    t = state_lines(
                        m, t + sec(0.001), wi, ti, True, "RUNNING_EXECUTION", "RUNNING_EXECUTION"
                    )
                    t = task_box(
                        m,
                        t + sec(0.002),
                        wi,
                        ti,
                        tname,
                        inst,
                        "need fault tolerance",
                        host,
                        ttype,
                        first_submit,
                        sub,
                        st,
                        tf,
                    )
                    busy_workers[host] = tf
                    attempts += 1
                    continue
                t = task_event(m, en, wi, ti, "RUNNING_EXECUTION", outcome)
                t = D(
                    m,
                    t + sec(r.uniform(0.001, 0.003)),
                    "INFO",
                    DS_WER,
                    330,
                    wi,
                    ti,
                    "TaskInstance finished task code:%s state:%s",
                    f"TaskInstance finished task code:{code} state:{outcome}",
                )
                last = k == len(tasks) - 1
                if outcome == "SUCCESS" and not last:
                    nxt_name, nxt_code = tasks[k + 1][0], tasks[k + 1][1]
                    prev = [code]
                    t = submit(m, t + sec(0.003), wi, nxt_name, nxt_code, prev)
                    t = state_lines(
                        m, t + sec(0.002), wi, ti, True, "RUNNING_EXECUTION", "RUNNING_EXECUTION"
                    )
                    t = D(
                        m,
                        t + sec(0.001),
                        "INFO",
                        DS_WER,
                        391,
                        wi,
                        ti,
                        "TaskInstance finished will try to update the workflow instance state, task code:%s state:%s",
                        f"TaskInstance finished will try to update the workflow instance state, task code:{code} state:SUCCESS",
                    )
                    t = state_lines(
                        m, t + sec(0.001), wi, ti, True, "RUNNING_EXECUTION", "RUNNING_EXECUTION"
                    )
                    t = task_box(
                        m,
                        t + sec(0.002),
                        wi,
                        ti,
                        tname,
                        inst,
                        "success",
                        host,
                        ttype,
                        first_submit,
                        sub,
                        st,
                        en,
                    )
                    break
                final = "SUCCESS" if outcome == "SUCCESS" else "FAILURE"

                def update(t: datetime, m=m, wi=wi, ti=ti, final=final) -> datetime:
                    t = D(
                        m,
                        t,
                        "INFO",
                        DS_WER,
                        1625,
                        wi,
                        ti,
                        "Update workflowInstance states, origin state: %s, target state: %s",
                        f"Update workflowInstance states, origin state: RUNNING_EXECUTION, target state: {final}",
                    )
                    return D(
                        m,
                        t + sec(0.001),
                        "INFO",
                        DS_WER,
                        1652,
                        wi,
                        ti,
                        "Begin to update workflow instance state , state will change from %s to %s",
                        f"Begin to update workflow instance state , state will change from RUNNING_EXECUTION to {final}",
                    )

                def will_update(
                    t: datetime, m=m, wi=wi, ti=ti, code=code, outcome=outcome
                ) -> datetime:
                    return D(
                        m,
                        t,
                        "INFO",
                        DS_WER,
                        391,
                        wi,
                        ti,
                        "TaskInstance finished will try to update the workflow instance state, task code:%s state:%s",
                        f"TaskInstance finished will try to update the workflow instance state, task code:{code} state:{outcome}",
                    )

                if outcome == "SUCCESS":
                    t = update(t + sec(0.002))
                    t = will_update(t + sec(r.uniform(0.01, 0.03)))
                    t = state_lines(m, t + sec(0.001), wi, ti, False, final, final)
                else:
                    # ads_gmv_report's failure strategy is CONTINUE: nothing left to kill
                    t = will_update(t + sec(0.002))
                    t = D(
                        m,
                        t + sec(0.001),
                        "INFO",
                        DS_WER,
                        1452,
                        wi,
                        ti,
                        "The current process has failed task, the current process failed",
                        "The current process has failed task, the current process failed",
                    )
                    t = D(
                        m,
                        t + sec(0.001),
                        "INFO",
                        DS_WER,
                        1567,
                        wi,
                        ti,
                        "The workflowInstance is failed, the workflow status is %s",
                        "The workflowInstance is failed, the workflow status is FAILURE",
                    )
                    t = update(t + sec(0.001))
                t = task_box(
                    m,
                    t + sec(0.002),
                    wi,
                    ti,
                    tname,
                    inst,
                    "success" if outcome == "SUCCESS" else "failure",
                    host,
                    ttype,
                    first_submit,
                    sub,
                    st,
                    en,
                )
                # the workflow's own state event
                t = D(
                    m,
                    t + sec(r.uniform(0.005, 0.02)),
                    "INFO",
                    DS_WER,
                    246,
                    wi,
                    0,
                    "Begin to handle state event, %s",
                    f"Begin to handle state event, WorkflowStateEvent(processInstanceId={wi}, status={final}, type=PROCESS_STATE_CHANGE, key=null, channel=null, context=null)",
                )
                t = D(
                    m,
                    t + sec(0.001),
                    "INFO",
                    DS_WSEH,
                    52,
                    wi,
                    0,
                    "Handle workflow instance state event, the current workflow instance state %s will be changed to %s",
                    f"Handle workflow instance state event, the current workflow instance state {final} will be changed to {final}",
                )
                t = D(
                    m,
                    t + sec(r.uniform(0.02, 0.06)),
                    "INFO",
                    DS_WER,
                    767,
                    wi,
                    0,
                    DS_WF_BOX_L,
                    "",
                    [
                        DS_STARS,
                        " " * 20 + "Workflow Instance Detail",
                        DS_STARS,
                        f"Workflow Name:             {wf}",
                        f"Workflow Instance Name:    {inst}",
                        "Command Type:              SCHEDULER",
                        f"State:                     {final.lower()}",
                        f"Host:                      {ip}:5678",
                        "Is Sub Process:            no",
                        "Run Times:                 1",
                        "Max Try Times:             0",
                        f"Schedule Time:             {jd(sched)}",
                        "Dry Run:                   0",
                        "Tenant:                    etl",
                        f"Restart Time:              {jd(wf_start)}",
                        "Work Group:                default",
                        f"Start Time:                {jd(wf_start)}",
                        f"End Time:                  {jd(t)}",
                        "",
                    ],
                )
                break

    # master2 overloaded (a runaway backfill on the same host): it stops taking commands
    t = overload[0]
    while t < overload[1]:
        D(
            "master2",
            t,
            "WARN",
            DS_MSB,
            104,
            0,
            0,
            "The current server is overload, cannot consumes commands.",
            "The current server is overload, cannot consumes commands.",
        )
        t += sec(1.0 + r.uniform(0.001, 0.012))
    # the database fails over: each master's command loop waits 30 s for a connection, twice
    for m in DS_MASTERS:
        t = db_down[0] + sec(r.uniform(0.1, 0.9))
        for _ in range(2):
            t += sec(30.0 + r.uniform(0.001, 0.02))
            D(
                m,
                t,
                "ERROR",
                DS_MSB,
                138,
                0,
                0,
                "Master schedule workflow error",
                "Master schedule workflow error",
                DS_DB_STACK,
            )
            t += sec(1.0)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- xxl-job

XJ_ADMIN_URL = "http://xxl-job-admin.example.com:8080/xxl-job-admin"
XJ_EXECUTORS = {
    # host: (app name, ip)
    "order1": ("order-service-executor", "10.0.7.21"),
    "order2": ("order-service-executor", "10.0.7.22"),
    "report1": ("report-service-executor", "10.0.7.31"),
}
XJ_REFUSED = "Connection refused (Connection refused)"
XJ_POST_FRAMES = [
    "java.net.PlainSocketImpl.socketConnect(Native Method)",
    "java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
    "java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)",
    "java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)",
    "java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
    "java.net.Socket.connect(Socket.java:607)",
    "sun.net.NetworkClient.doConnect(NetworkClient.java:175)",
    "sun.net.www.http.HttpClient.openServer(HttpClient.java:463)",
    "sun.net.www.http.HttpClient.openServer(HttpClient.java:558)",
    "sun.net.www.http.HttpClient.<init>(HttpClient.java:242)",
    "sun.net.www.http.HttpClient.New(HttpClient.java:339)",
    "sun.net.www.http.HttpClient.New(HttpClient.java:357)",
    "sun.net.www.protocol.http.HttpURLConnection.getNewHttpClient(HttpURLConnection.java:1226)",
    "sun.net.www.protocol.http.HttpURLConnection.plainConnect0(HttpURLConnection.java:1162)",
    "sun.net.www.protocol.http.HttpURLConnection.plainConnect(HttpURLConnection.java:1056)",
    "sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:990)",
    "com.xxl.job.core.util.XxlJobRemotingUtil.postBody(XxlJobRemotingUtil.java:100)",
]
XJ_DB_STACK = stack(
    "org.springframework.transaction.CannotCreateTransactionException: Could not open JDBC Connection for transaction; nested exception is java.sql.SQLTransientConnectionException: HikariCP - Connection is not available, request timed out after 10001ms.",
    [
        "org.springframework.jdbc.datasource.DataSourceTransactionManager.doBegin(DataSourceTransactionManager.java:309)",
        "org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:400)",
        "org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction(AbstractPlatformTransactionManager.java:373)",
        "com.xxl.job.admin.core.thread.JobScheduleHelper$1.run(JobScheduleHelper.java:75)",
        "java.lang.Thread.run(Thread.java:750)",
    ],
    (
        "java.sql.SQLTransientConnectionException: HikariCP - Connection is not available, request timed out after 10001ms.",
        [
            "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)",
            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)",
            "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)",
            "org.springframework.jdbc.datasource.DataSourceTransactionManager.doBegin(DataSourceTransactionManager.java:265)",
        ],
        4,
    ),
    (
        "com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",
        [
            "com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)",
            "com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64)",
            "com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:828)",
            "com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:448)",
            "com.mysql.cj.jdbc.ConnectionImpl.getInstance(ConnectionImpl.java:241)",
            "com.mysql.cj.jdbc.NonRegisteringDriver.connect(NonRegisteringDriver.java:198)",
            "com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)",
            "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364)",
            "com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:206)",
            "com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)",
            "com.zaxxer.hikari.pool.HikariPool.access$100(HikariPool.java:71)",
            "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:726)",
            "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:712)",
            "java.util.concurrent.FutureTask.run(FutureTask.java:266)",
            "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
            "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
            "java.lang.Thread.run(Thread.java:750)",
        ],
        0,
    ),
)
XJ_MAIL_STACK = stack(
    "org.springframework.mail.MailSendException: Mail server connection failed; nested exception is com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 25; timeout -1;",
    [
        "org.springframework.mail.javamail.JavaMailSenderImpl.doSend(JavaMailSenderImpl.java:447)",
        "org.springframework.mail.javamail.JavaMailSenderImpl.send(JavaMailSenderImpl.java:361)",
        "org.springframework.mail.javamail.JavaMailSenderImpl.send(JavaMailSenderImpl.java:356)",
        "com.xxl.job.admin.core.alarm.impl.EmailJobAlarm.doAlarm(EmailJobAlarm.java:67)",
        "com.xxl.job.admin.core.alarm.JobAlarmer.alarm(JobAlarmer.java:55)",
        "com.xxl.job.admin.core.thread.JobFailMonitorHelper$1.run(JobFailMonitorHelper.java:74)",
        "java.lang.Thread.run(Thread.java:750)",
    ],
    (
        "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 25; timeout -1",
        [
            "com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2209)",
            "com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:740)",
            "javax.mail.Service.connect(Service.java:388)",
            "org.springframework.mail.javamail.JavaMailSenderImpl.connectTransport(JavaMailSenderImpl.java:518)",
            "org.springframework.mail.javamail.JavaMailSenderImpl.doSend(JavaMailSenderImpl.java:437)",
        ],
        6,
    ),
    (
        "java.net.ConnectException: Connection refused (Connection refused)",
        [
            "java.net.PlainSocketImpl.socketConnect(Native Method)",
            "java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
            "java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)",
            "java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)",
            "java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
            "java.net.Socket.connect(Socket.java:607)",
            "com.sun.mail.util.SocketFetcher.createSocket(SocketFetcher.java:335)",
            "com.sun.mail.util.SocketFetcher.getSocket(SocketFetcher.java:214)",
            "com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2160)",
        ],
        10,
    ),
)


def xxl_job(r: random.Random) -> list[Log]:
    """An XXL-JOB 2.4 admin and three executors embedded in two Spring Boot services (see the
    module docstring)."""
    fs = Files()

    def X(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        line: int,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        short = logback_abbrev(logger, 36)
        src = c1(logger).split("$")[0] + ".java"
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level} [{thread}] {short} [{src} : {line}] {msg}",
                *(more or []),
            ],
            f,
            MS,
        )

    ADMIN = "admin1-xxl-job-admin.log"

    def EXF(h: str) -> str:
        return f"{h}-{XJ_EXECUTORS[h][0].rsplit('-', 1)[0]}.log"

    REMOTING = "com.xxl.job.core.util.XxlJobRemotingUtil"
    SCHED = "com.xxl.job.admin.core.thread.JobScheduleHelper"

    admin_restart = at(10, 40, 3.2)
    admin_up = admin_restart + sec(191.6)
    db_down = (at(9, 10, 10), at(9, 10, 58))
    smtp_down = (at(10, 55), at(11, 35))
    merchant_down = (at(11, 5), at(11, 21))
    report_redeploy = (at(8, 12, 40), at(8, 14, 9))
    thread_no = {"order1": 61, "order2": 58, "report1": 44}

    def admin_up_at(t: datetime) -> bool:
        return not admin_restart <= t < admin_up

    def report_up(t: datetime) -> bool:
        return not report_redeploy[0] <= t < report_redeploy[1]

    def refused(f: str, t: datetime, thread: str, frames: list[str]) -> datetime:
        return X(
            f,
            t,
            "ERROR",
            thread,
            REMOTING,
            156,
            XJ_REFUSED,
            XJ_REFUSED,
            stack("java.net.ConnectException: " + XJ_REFUSED, XJ_POST_FRAMES + frames),
        )

    # --------------------------------------------------------------- the executors' jobs
    def new_thread(h: str) -> str:
        thread_no[h] += 1
        return f"Thread-{thread_no[h]}"

    def handler_repr(h: str, cls: str, method: str) -> str:
        return f"com.xxl.job.core.handler.impl.MethodJobHandler@{r.getrandbits(31):x}[class com.example.{cls}#{method}]"

    handlers = {
        1: ("order.job.OrderTimeoutJobHandler", "closeTimeoutOrders"),
        2: ("order.job.InventorySyncJobHandler", "syncInventory"),
        3: ("order.job.PaymentCallbackRetryJobHandler", "retryPaymentCallbacks"),
        4: ("report.job.DashboardCacheJobHandler", "refreshDashboardCache"),
        5: ("report.job.DailyReportJobHandler", "buildHourlyReport"),
    }
    live: dict[tuple[str, int], tuple[str, datetime]] = {}  # (host, job) -> (thread, last run end)
    redeployed: list[bool] = []
    callbacks: list[tuple[str, datetime]] = []

    def run_job(h: str, job: int, t: datetime) -> tuple[str, datetime]:
        """The executor side of one trigger: a JobThread (new after 93 s idle), the handler."""
        f = EXF(h)
        cls, method = handlers[job]
        if h == "report1" and t >= report_redeploy[1] and not redeployed:
            redeployed.append(True)
            thread_no["report1"] = 37
            for key in [k for k in live if k[0] == "report1"]:
                th0, end0 = live.pop(key)
                if end0 + sec(96) < report_redeploy[0]:
                    X(
                        f,
                        end0 + sec(93 + r.uniform(0.0, 2.9)),
                        "INFO",
                        th0,
                        "com.xxl.job.core.thread.JobThread",
                        210,
                        ">>>>>>>>>>> xxl-job JobThread stoped, hashCode:%s",
                        f">>>>>>>>>>> xxl-job JobThread stoped, hashCode:Thread[{th0},5,main]",
                    )
        prev = live.get((h, job))
        if prev is not None and (t - prev[1]).total_seconds() > 93:
            # the idle thread removed itself 31 polls after its last run
            X(
                f,
                prev[1] + sec(93 + r.uniform(0.0, 2.9)),
                "INFO",
                prev[0],
                "com.xxl.job.core.thread.JobThread",
                210,
                ">>>>>>>>>>> xxl-job JobThread stoped, hashCode:%s",
                f">>>>>>>>>>> xxl-job JobThread stoped, hashCode:Thread[{prev[0]},5,main]",
            )
            prev = None
        if prev is None:
            th = new_thread(h)
            X(
                f,
                t,
                "INFO",
                f"xxl-job, EmbedServer bizThreadPool-{r.getrandbits(31)}",
                "com.xxl.job.core.executor.XxlJobExecutor",
                186,
                ">>>>>>>>>>> xxl-job regist JobThread success, jobId:%s, handler:%s",
                f">>>>>>>>>>> xxl-job regist JobThread success, jobId:{job}, handler:{handler_repr(h, cls, method)}",
            )
        else:
            th = prev[0]
        return th, t + sec(r.uniform(0.002, 0.01))

    def finish(h: str, job: int, th: str, t: datetime) -> None:
        live[(h, job)] = (th, t)
        callbacks.append((h, t))

    fails: list[datetime] = []
    for minute in range(360):
        tm = T0 + sec(60 * minute)
        if not admin_up_at(tm) or db_down[0] <= tm < db_down[1]:
            continue
        # 1: close timed-out orders, every minute on both order nodes (sharding broadcast)
        for idx, h in enumerate(["order1", "order2"]):
            th, t = run_job(h, 1, tm + sec(r.uniform(0.01, 0.09)))
            t = X(
                EXF(h),
                t,
                "INFO",
                th,
                "com.example.order.job.OrderTimeoutJobHandler",
                41,
                "close timeout orders start, shardIndex=%s, shardTotal=%s",
                f"close timeout orders start, shardIndex={idx}, shardTotal=2",
            )
            cost = r.randint(40, 420)
            t = X(
                EXF(h),
                t + sec(cost / 1000),
                "INFO",
                th,
                "com.example.order.job.OrderTimeoutJobHandler",
                58,
                "close timeout orders done, closed=%s, cost=%sms",
                f"close timeout orders done, closed={r.choice([0, 0, 1, 1, 2, 3, 4, 7])}, cost={cost}ms",
            )
            finish(h, 1, th, t)
        # 2: inventory sync every five minutes, round robin over the order nodes
        if minute % 5 == 2:
            h = ["order1", "order2"][(minute // 5) % 2]
            th, t = run_job(h, 2, tm + sec(r.uniform(0.01, 0.09)))
            for wh in ["SH-01", "SZ-02", "WH-03"]:
                cost = r.randint(300, 2400)
                t = X(
                    EXF(h),
                    t + sec(cost / 1000),
                    "INFO",
                    th,
                    "com.example.order.job.InventorySyncJobHandler",
                    73,
                    "inventory sync finished, warehouse=%s, skus=%s, cost=%sms",
                    f"inventory sync finished, warehouse={wh}, skus={r.randint(1200, 5400)}, cost={cost}ms",
                )
            finish(h, 2, th, t)
        # 3: payment callback retries every two minutes on order1
        if minute % 2 == 1:
            h = "order1"
            th, t = run_job(h, 3, tm + sec(r.uniform(0.01, 0.09)))
            broken = merchant_down[0] <= tm < merchant_down[1]
            pending = r.randint(3, 9) if broken else r.choice([0, 0, 0, 1, 2])
            t = X(
                EXF(h),
                t,
                "INFO",
                th,
                "com.example.order.job.PaymentCallbackRetryJobHandler",
                36,
                "retry payment callbacks, pending=%s",
                f"retry payment callbacks, pending={pending}",
            )
            for _ in range(pending):
                order = f"P{tm:%Y%m%d}{r.randint(10000000, 99999999)}"
                if broken:
                    t = X(
                        EXF(h),
                        t + sec(r.uniform(3.0, 3.1)),
                        "WARN",
                        th,
                        "com.example.order.job.PaymentCallbackRetryJobHandler",
                        64,
                        "payment callback %s failed: %s",
                        f"payment callback {order} failed: Read timed out",
                    )
                else:
                    t = X(
                        EXF(h),
                        t + sec(r.uniform(0.08, 0.4)),
                        "INFO",
                        th,
                        "com.example.order.job.PaymentCallbackRetryJobHandler",
                        59,
                        "payment callback %s retried, status=%s",
                        f"payment callback {order} retried, status=200",
                    )
            finish(h, 3, th, t)
            if broken and pending:
                fails.append(t)
        # 4: dashboard cache every ten minutes, 5: the hourly report, on report1
        for job, every, off in ((4, 10, 3), (5, 60, 0)):
            if minute % every != off:
                continue
            h = "report1"
            if not report_up(tm):
                # the admin still routes to the old instance: the trigger fails, and its one
                # retry (the fail monitor's, 10 s later) too
                for dt in (r.uniform(0.01, 0.05), r.uniform(10.2, 10.9)):
                    refused(
                        ADMIN,
                        tm + sec(dt),
                        f"xxl-job, admin JobTriggerPoolHelper-fastTriggerPool-{r.getrandbits(31)}",
                        [
                            "com.xxl.job.core.biz.client.ExecutorBizClient.run(ExecutorBizClient.java:42)",
                            "com.xxl.job.admin.core.trigger.XxlJobTrigger.runExecutor(XxlJobTrigger.java:199)",
                            "com.xxl.job.admin.core.trigger.XxlJobTrigger.processTrigger(XxlJobTrigger.java:151)",
                            "com.xxl.job.admin.core.trigger.XxlJobTrigger.trigger(XxlJobTrigger.java:79)",
                            "com.xxl.job.admin.core.thread.JobTriggerPoolHelper$3.run(JobTriggerPoolHelper.java:90)",
                            "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
                            "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
                            "java.lang.Thread.run(Thread.java:750)",
                        ],
                    )
                continue
            th, t = run_job(h, job, tm + sec(r.uniform(0.01, 0.09)))
            if job == 4:
                cost = r.randint(800, 4200)
                t = X(
                    EXF(h),
                    t + sec(cost / 1000),
                    "INFO",
                    th,
                    "com.example.report.job.DashboardCacheJobHandler",
                    47,
                    "dashboard cache refreshed, keys=%s, cost=%sms",
                    f"dashboard cache refreshed, keys={r.randint(310, 380)}, cost={cost}ms",
                )
            else:
                name = f"sales_hourly_{tm - sec(3600):%Y%m%d%H}"
                t = X(
                    EXF(h),
                    t + sec(r.uniform(12, 40)),
                    "INFO",
                    th,
                    "com.example.report.job.DailyReportJobHandler",
                    88,
                    "report %s generated, rows=%s, file=%s",
                    f"report {name} generated, rows={r.randint(18000, 64000)}, file=/data/reports/{name}.xlsx",
                )
            finish(h, job, th, t)
    # threads idle for 93 s at the end of the run stop too
    for (h, _job), (th, end) in live.items():
        if end + sec(96) < T_END:
            X(
                EXF(h),
                end + sec(93 + r.uniform(0.0, 2.9)),
                "INFO",
                th,
                "com.xxl.job.core.thread.JobThread",
                210,
                ">>>>>>>>>>> xxl-job JobThread stoped, hashCode:%s",
                f">>>>>>>>>>> xxl-job JobThread stoped, hashCode:Thread[{th},5,main]",
            )

    # --------------------------------------------------- the executors' registry beats
    for h, (app, ip) in XJ_EXECUTORS.items():
        t = T0 + sec(r.uniform(0, 30))
        while t < T_END:
            if not admin_up_at(t) and not (h == "report1" and not report_up(t)):
                th = "xxl-job, executor ExecutorRegistryThread"
                t2 = refused(
                    EXF(h),
                    t,
                    th,
                    [
                        "com.xxl.job.core.biz.client.AdminBizClient.registry(AdminBizClient.java:41)",
                        "com.xxl.job.core.thread.ExecutorRegistryThread$1.run(ExecutorRegistryThread.java:48)",
                        "java.lang.Thread.run(Thread.java:750)",
                    ],
                )
                X(
                    EXF(h),
                    t2 + sec(0.001),
                    "INFO",
                    th,
                    "com.xxl.job.core.thread.ExecutorRegistryThread",
                    53,
                    ">>>>>>>>>>> xxl-job registry fail, registryParam:%s, registryResult:ReturnT [code=%s, msg=xxl-job remoting error(Connection refused (Connection refused)), for url : %s, content=null]",
                    f">>>>>>>>>>> xxl-job registry fail, registryParam:RegistryParam{{registryGroup='EXECUTOR', registryKey='{app}', registryValue='http://{ip}:9999/'}}, registryResult:ReturnT [code=500, msg=xxl-job remoting error({XJ_REFUSED}), for url : {XJ_ADMIN_URL}/api/registry, content=null]",
                )
            t += sec(30 + r.uniform(0.002, 0.03))

    # callbacks that land while the admin is down fail, and are retried from the file later
    for h, t in callbacks:
        if not admin_up_at(t + sec(0.01)):
            refused(
                EXF(h),
                t + sec(r.uniform(0.005, 0.02)),
                "xxl-job, executor TriggerCallbackThread",
                [
                    "com.xxl.job.core.biz.client.AdminBizClient.callback(AdminBizClient.java:36)",
                    "com.xxl.job.core.thread.TriggerCallbackThread.doCallback(TriggerCallbackThread.java:169)",
                    "com.xxl.job.core.thread.TriggerCallbackThread.access$200(TriggerCallbackThread.java:26)",
                    "com.xxl.job.core.thread.TriggerCallbackThread$1.run(TriggerCallbackThread.java:74)",
                    "java.lang.Thread.run(Thread.java:750)",
                ],
            )

    # report1 redeployed: the old JVM stops, the new one registers its handlers
    f = EXF("report1")
    t = X(
        f,
        report_redeploy[0],
        "INFO",
        "SpringApplicationShutdownHook",
        "com.xxl.job.core.server.EmbedServer",
        135,
        ">>>>>>>>>>> xxl-job remoting server stop.",
        ">>>>>>>>>>> xxl-job remoting server stop.",
    )
    t = X(
        f,
        t + sec(0.02),
        "INFO",
        "xxl-job, executor ExecutorRegistryThread",
        "com.xxl.job.core.thread.ExecutorRegistryThread",
        95,
        ">>>>>>>>>>> xxl-job, executor registry thread destroy.",
        ">>>>>>>>>>> xxl-job, executor registry thread destroy.",
    )
    t = report_redeploy[1] - sec(2.1)
    for job in (4, 5):
        cls, method = handlers[job]
        name = method
        t = X(
            f,
            t + sec(r.uniform(0.001, 0.004)),
            "INFO",
            "main",
            "com.xxl.job.core.executor.XxlJobExecutor",
            293,
            ">>>>>>>>>>> xxl-job register jobhandler success, name:%s, jobHandler:%s",
            f">>>>>>>>>>> xxl-job register jobhandler success, name:{name}, jobHandler:{handler_repr('report1', cls, method)}",
        )
    X(
        f,
        t + sec(0.3),
        "INFO",
        "Thread-36",
        "com.xxl.job.core.server.EmbedServer",
        82,
        ">>>>>>>>>>> xxl-job remoting server start success, nettype = %s, port = %s",
        ">>>>>>>>>>> xxl-job remoting server start success, nettype = class com.xxl.job.core.server.EmbedServer, port = 9999",
    )

    # ------------------------------------------------------------------ the admin
    # the database fails over: the scheduler and the monitors lose their connections
    t = db_down[0]
    while t < db_down[1]:
        t = X(
            ADMIN,
            t + sec(10.0 + r.uniform(0.001, 0.02)),
            "ERROR",
            "xxl-job, admin JobScheduleHelper#scheduleThread",
            SCHED,
            147,
            ">>>>>>>>>>> xxl-job, JobScheduleHelper#scheduleThread error:{}",
            ">>>>>>>>>>> xxl-job, JobScheduleHelper#scheduleThread error:{}",
            XJ_DB_STACK,
        )
    for t in (db_down[0] + sec(r.uniform(2, 8)), db_down[0] + sec(r.uniform(32, 38))):
        X(
            ADMIN,
            t + sec(10),
            "ERROR",
            "xxl-job, admin JobRegistryMonitorHelper-registryMonitorThread",
            "com.xxl.job.admin.core.thread.JobRegistryHelper",
            108,
            ">>>>>>>>>>> xxl-job, job registry monitor thread error:{}",
            ">>>>>>>>>>> xxl-job, job registry monitor thread error:{}",
            stack(
                "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariCP - Connection is not available, request timed out after 10000ms.",
                [
                    "org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:83)",
                    "org.mybatis.spring.transaction.SpringManagedTransaction.openConnection(SpringManagedTransaction.java:80)",
                    "org.mybatis.spring.transaction.SpringManagedTransaction.getConnection(SpringManagedTransaction.java:67)",
                    "org.apache.ibatis.executor.BaseExecutor.getConnection(BaseExecutor.java:337)",
                    "org.apache.ibatis.executor.SimpleExecutor.prepareStatement(SimpleExecutor.java:86)",
                    "org.apache.ibatis.executor.SimpleExecutor.doQuery(SimpleExecutor.java:62)",
                    "com.sun.proxy.$Proxy72.findDead(Unknown Source)",
                    "com.xxl.job.admin.core.thread.JobRegistryHelper$3.run(JobRegistryHelper.java:81)",
                    "java.lang.Thread.run(Thread.java:750)",
                ],
            ),
        )
    t = db_down[0] + sec(r.uniform(0, 9))
    while t < db_down[1]:
        t = X(
            ADMIN,
            t + sec(10.0 + r.uniform(0.001, 0.02)),
            "ERROR",
            "xxl-job, admin JobFailMonitorHelper",
            "com.xxl.job.admin.core.thread.JobFailMonitorHelper",
            98,
            ">>>>>>>>>>> xxl-job, job fail monitor thread error:{}",
            ">>>>>>>>>>> xxl-job, job fail monitor thread error:{}",
            stack(
                "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariCP - Connection is not available, request timed out after 10000ms.",
                [
                    "org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:83)",
                    "org.mybatis.spring.transaction.SpringManagedTransaction.openConnection(SpringManagedTransaction.java:80)",
                    "org.apache.ibatis.executor.BaseExecutor.getConnection(BaseExecutor.java:337)",
                    "org.apache.ibatis.executor.SimpleExecutor.doQuery(SimpleExecutor.java:62)",
                    "com.sun.proxy.$Proxy70.findFailJobLogIds(Unknown Source)",
                    "com.xxl.job.admin.core.thread.JobFailMonitorHelper$1.run(JobFailMonitorHelper.java:47)",
                    "java.lang.Thread.run(Thread.java:750)",
                ],
            ),
        )
    # failed payment-callback runs: the alarm mail cannot be sent while the relay is down
    log_id = [4418203]
    for t in fails:
        log_id[0] += r.randint(1, 40)
        if smtp_down[0] <= t < smtp_down[1]:
            X(
                ADMIN,
                t + sec(r.uniform(1, 10)),
                "ERROR",
                "xxl-job, admin JobFailMonitorHelper",
                "com.xxl.job.admin.core.alarm.impl.EmailJobAlarm",
                70,
                ">>>>>>>>>>> xxl-job, job fail alarm email send error, JobLogId:%s",
                f">>>>>>>>>>> xxl-job, job fail alarm email send error, JobLogId:{log_id[0]}",
                XJ_MAIL_STACK,
            )
    # 10:40 the admin upgraded to 2.4.1: its threads stop, Spring Boot starts it again
    t = admin_restart
    for th, logger, line, msg in [
        (
            "xxl-job, admin JobScheduleHelper#scheduleThread",
            SCHED,
            160,
            ">>>>>>>>>>> xxl-job, JobScheduleHelper#scheduleThread stop",
        ),
        (
            "xxl-job, admin JobScheduleHelper#ringThread",
            SCHED,
            209,
            ">>>>>>>>>>> xxl-job, JobScheduleHelper#ringThread stop",
        ),
        (
            "SpringApplicationShutdownHook",
            SCHED,
            291,
            ">>>>>>>>>>> xxl-job, JobScheduleHelper stop",
        ),
        (
            "xxl-job, admin JobFailMonitorHelper",
            "com.xxl.job.admin.core.thread.JobFailMonitorHelper",
            110,
            ">>>>>>>>>>> xxl-job, job fail monitor thread stop",
        ),
        (
            "xxl-job, admin JobRegistryMonitorHelper-registryMonitorThread",
            "com.xxl.job.admin.core.thread.JobRegistryHelper",
            119,
            ">>>>>>>>>>> xxl-job, job registry monitor thread stop",
        ),
    ]:
        t = X(ADMIN, t + sec(r.uniform(0.05, 1.1)), "INFO", th, logger, line, msg, msg)
    t = admin_up - sec(5.9)
    t = X(
        ADMIN,
        t,
        "INFO",
        "main",
        "com.xxl.job.admin.XxlJobAdminApplication",
        55,
        "Starting %s v%s using Java %s on %s with PID %s (%s started by %s in %s)",
        "Starting XxlJobAdminApplication v2.4.1 using Java 1.8.0_392 on admin1 with PID 28714 (/opt/xxl-job/xxl-job-admin-2.4.1.jar started by xxljob in /opt/xxl-job)",
    )
    t = X(
        ADMIN,
        t + sec(3.1),
        "INFO",
        "main",
        "com.xxl.job.admin.core.scheduler.XxlJobScheduler",
        43,
        ">>>>>>>>> init xxl-job admin success.",
        ">>>>>>>>> init xxl-job admin success.",
    )
    t = X(
        ADMIN,
        t + sec(0.9),
        "INFO",
        "main",
        "com.xxl.job.admin.XxlJobAdminApplication",
        61,
        "Started %s in %s seconds (JVM running for %s)",
        f"Started XxlJobAdminApplication in {r.uniform(4.6, 5.4):.3f} seconds (JVM running for {r.uniform(5.8, 6.6):.3f})",
    )
    t = X(
        ADMIN,
        admin_up,
        "INFO",
        "xxl-job, admin JobScheduleHelper#scheduleThread",
        SCHED,
        49,
        ">>>>>>>>> init xxl-job admin scheduler success.",
        ">>>>>>>>> init xxl-job admin scheduler success.",
    )
    # the triggers the restart passed by more than 5 s are misfires (do nothing)
    for job in (1, 3, 2, 4):
        t = X(
            ADMIN,
            t + sec(r.uniform(0.002, 0.01)),
            "WARN",
            "xxl-job, admin JobScheduleHelper#scheduleThread",
            SCHED,
            82,
            ">>>>>>>>>>> xxl-job, schedule misfire, jobId = %s",
            f">>>>>>>>>>> xxl-job, schedule misfire, jobId = {job}",
        )
    return fs.logs(T0)


SYSTEMS = {
    "oozie": oozie,
    "ambari-server": ambari_server,
    "azkaban": azkaban,
    "dolphinscheduler": dolphinscheduler,
    "xxl-job": xxl_job,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
