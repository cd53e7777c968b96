#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 177 (conductor, cadence, luigi, storm, kylin) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five workflow, scheduling and data-processing
engines, 06:00 to 12:00 on 2024-06-07.

- Netflix Conductor 3.15 (`conductor-1.log`, `conductor-2.log`: `docker logs` of two servers
  on PostgreSQL persistence and queues, the server jar's log4j2 layout `%-4r [%t] %-5p %c %x -
  %m%n`: milliseconds since the JVM started, no date, `[]` for the empty NDC): an order workflow
  whose payment sub-workflow completes through a worker's task update (`%s updated parent %s
  task %s`, `Pushed workflow %s to %s for expedited evaluation`, ~690 each); the warehouse API
  down 07:10-07:25, the HTTP task failing three times per order (HttpTask's `Got unexpected
  http response - uri: %s, vipAddress: %s`, the exception's own message logged alone, `Failed to
  invoke %s task: %s - uri: %s, vipAddress: %s in workflow: %s`, each with Spring's
  ResourceAccessException stack and its causes), then `Execution terminated of workflow: %s`
  with the TerminateWorkflowException stack and `Workflow %s is terminated because of %s`, the
  failed orders retried in bulk at 07:42 (`Workflow %s that failed due to '%s' was retried`);
  orders terminated for lack of stock (a worker's reason); a client polling purged workflow ids
  and, 09:14-09:21, starting a mistyped workflow (ApplicationExceptionMapper's `Error %s url:
  '%s'` with NotFoundException stacks); the PostgreSQL primary failing over 08:40-08:44 (the
  sweeper's `Error running sweep for %s` and `Workflow with %s id can not be found. Attempting
  to unack using the id`, ExecutionService's `Error polling for task: %s from worker: %s in
  domain: %s, count: %s`, Hikari's stacks, then `Failed to validate connection`); duplicate task
  updates; conductor-2 redeployed at 10:30 (Hikari's shutdown, the Conductor banner, Spring
  Boot's and Conductor's start-up lines, the counter starting again from zero).
- Cadence 1.2 (`cadence-1.log`, `cadence-2.log`: `docker logs` of two hosts each running
  frontend, history, matching and worker; zap JSON with `logging-call-at` and, at error level,
  `stacktrace`; Go's standard log for the two config lines at start-up): two long-running ledger
  workflows past the history size warn limit (1,400 `history size exceeds warn limit.`); a
  Cassandra node restarted 08:15-08:21 (`Persistent store operation failure`, `Fail to process
  task`, the frontend's `Internal service error` and `Frontend request timedout`); a client
  sending oversized inputs 09:40-10:05 (`Blob size exceeds limit.`); cadence-2 upgraded at 10:30
  (its shard engines stopped, the services stopped, cadence-1's `Current reachable members`,
  `Ring membership changed`, `Shard item state changed`, `Shard engine state changed` and `Range
  updated for shardID` for the eight shards it takes over, cadence-2's start-up and the shards
  moving back).
- Luigi 3.5 (`luigi1-luigi-server.log`: luigid started with `--logdir`, `%(asctime)s
  %(name)s[%(process)s] %(levelname)s: %(message)s`, tornado's access line for every RPC;
  `etl1-hourly_rollup.log`, `etl2-sync_contacts.log`: two cron-driven workers with luigi.toml's
  `[logging]` formatter `{levelname:8} {asctime} {module}:{lineno} {message}` and a 5 s ping
  interval): the hourly rollup (`Informed scheduler that task   %s   has status   %s`, `Done
  scheduling tasks`, `Running Worker with %d processes`, `[pid %s] Worker %s running   %s` /
  `done      %s`, luigi.contrib.postgres' `Wrote %d lines` and `Done writing, importing at %s`,
  the keep-alive thread's stop line and the execution summary written over many lines); the
  contact sync every 15 minutes; the raw events of 06:00 late (`Data for %s does not exist
  (yet?)...`, the `:|` summary, rerun at 07:38); etl2 OOM-killed at 08:15 (its log ends, luigid
  marks the task FAILED for the disconnected worker); luigid restarted at 09:02 on a full disk
  (`Failed saving scheduler state`, `Error when loading state. Starting from empty state.` with
  tracebacks, a worker's ping refused: `Failed connecting to remote scheduler %r` with requests'
  chained traceback, `Retrying attempt %r of %r (max)`, `Wait for %d seconds`); the warehouse
  down 10:00-10:40 (`[pid %s] Worker %s failed    %s` with psycopg2's traceback, `Sending email
  to %r`, the `:(` summary, rerun at 10:52); `Removing task %r` ten minutes after each run; a
  monitoring check every 30 s and the visualiser (a 404 for the favicon).
- Apache Storm 2.6 (`nimbus.log`, `supervisor-sup1.log`, `supervisor-sup2.log` and one
  worker.log per supervisor, `sup1-6700-worker.log` and `sup2-6701-worker.log`: log4j2's
  `%d{yyyy-MM-dd HH:mm:ss.SSS} %c{1.} %t [%p] %msg%n`): the clickstream topology's bolts
  (`Flushed %s sessions to %s in %s ms` every 30 s, `No GeoIP record for %s, emitting with
  country=unknown`); the sup2 worker out of heap at 07:40 (`Async loop died!`, `Error`, `Halting
  process: Worker died` with stacks; the supervisor's `Worker Process %s exited with code: %s`,
  `SLOT %s: main process has exited for topology: %s`, `STATE %s -> %s` transitions, `Cleaning
  up %s:%s`, `Launching worker with assignment %s ...`; the new worker's `Launching worker for
  ...`, KafkaSpout's `Partitions reassignment.` and `... has finished loading`; the other
  worker's Netty client: `connection to %s is unavailable`, `Dropping %s messages`,
  `connection attempt %s to %s failed: %s`, `Re-connection to %s was successful but %s messages
  has been lost so far`; nimbus's `Executor %s:%s not alive` and `Setting new assignment for
  topology id %s: %s`); a ZooKeeper leader election at 09:10 seen by every daemon and worker
  (ClientCnxn's and Curator's lines); the sup1 worker's heartbeat too old after a long GC at
  10:50 (`SLOT %s: HB is too old %s > %s for topology: %s`, `Killing %s:%s`, the worker's
  `Shutting down worker` / `Shut down worker`, the relaunch).
- Apache Kylin 3.1 (`kylin1-kylin.log`: the job and query node; `kylin2-kylin.log`: a query
  node; `%d{ISO8601} %-5p [%t] %c{2}:%L : %m%n`): the job fetcher every 30 s (`Job Fetcher: %s
  should running, ...`, 720); an hourly incremental build of sales_hourly_cube (`%s prepare to
  schedule and its priority is %s`, `%s scheduled`, `Executing AbstractExecutable (%s)` and
  `job id:%s from %s to %s` for the job and its fourteen steps); dashboards querying both nodes
  (`Using project: %s`, `The original query:  %s`, `The corrected query: %s` with the appended
  `LIMIT`, `The sqlResponse is found in SUCCESS_QUERY_CACHE`, `Stats of SQL response: ...`,
  `query is too lightweight with ...`, and the multi-line `[QUERY]` summary); an HBase
  RegionServer down 08:10-08:24 (`Exception while executing query` with
  RetriesExhaustedException, the 08:05 build failing at `Load HFile to HBase Table`: `error
  running Executable: %s`, `ExecuteException job:%s`, resumed by hand at 08:41).

Label notes. The heads are context: Conductor's relative milliseconds, thread, level, logger
and `[]`; zap's level, time and fields (the label is `msg`); luigid's time, logger name, pid and
level; the worker's level, time and `module:lineno`; Storm's time, abbreviated logger, thread and
level; Kylin's time, level, thread and `logger:line`. A Java exception's message inside a
message contributes its format (Spring's `I/O error on %s request for "%s": %s` with HttpClient's
`Connect to %s [%s] failed: Connection refused`; DeciderService's `Task %s failed with status: %s
and reason: '%s'` with the HTTP task's reason or the worker's); an exception's class name taken
by `getSimpleName()` (`Error %s url: '%s'`), an object's toString (`order_fulfillment.3/...`,
Storm's assignments, Kylin's `CubingJob{...}`), enum names (task and slot states, Curator's
connection states, Kylin's job states, luigi's task statuses) and SQL text are values. Storm's
`STATE %s -> %s` prints two DynamicState toStrings whose format `%s msInState: %s topo:%s
worker:%s` is the label's. Stack traces, tracebacks, Kylin's `[QUERY]` block and `LIMIT` line,
luigi's summary lines and the lines of the Conductor banner continue their events; the banner is
one event labelled by its first line (round 66's Spring Boot banner). luigi's execution summary is
`logger.info(summary_text)` of a text starting with a newline: one label. Cadence's duplicate
`service`/`component`/`shard-id` keys are zap's, kept as written.

Least sure (written from the helper's knowledge; Conductor's WorkflowExecutor, WorkflowSweeper,
HttpTask, SystemTaskWorker, SubWorkflow and ExecutionService messages and its log4j2.xml,
Cadence's shard controller, shard context, task and frontend error messages and its zap config,
luigi's worker, rpc, notifications, setup_logging and process messages, Storm's Slot and Netty
Client messages and Kylin's fetcher, scheduler, ExecutableManager, AbstractExecutable and
QueryService messages were checked against copies of their sources, Conductor's layout against a
log quoted in an issue): Conductor's stack frames and line numbers, whether the 3.15 image logs
the banner's version line so; Cadence's `logging-call-at` line numbers, the `store-operation`
and error texts, the service start/stop wordings and `Blob size exceeds limit.`'s fields;
luigid's `Removing task %r` timing, luigi's module line numbers and the worker's logging
configuration (a site's choice); Storm's thread names (`Worker-Transfer`, `client-worker-1`),
`Cleaning up` on a relaunch and the worker's start-up order; Kylin's line numbers, its thread
names and the HBase exception texts.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round53 import pyframes
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round175 import route_of


def jframes(*frames: str) -> list[str]:
    """A Java stack's frame lines, each `\\tat frame`."""
    return [f"\tat {f}" for f in frames]


def ms_since(t: datetime, start: datetime) -> int:
    return (t - start) // timedelta(milliseconds=1)


def log4j_iso(t: datetime) -> str:
    """log4j's `%d{ISO8601}`: `2024-06-07 06:00:01,234`."""
    return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"


# -------------------------------------------------------------------------------- conductor

CD_JVM = {
    "conductor-1": datetime(2024, 6, 5, 21, 12, 4, 118000, tzinfo=UTC),
    "conductor-2": datetime(2024, 6, 6, 14, 40, 2, 530000, tzinfo=UTC),
}
CD_CID = {"conductor-1": "8f3c2a1d9e4b", "conductor-2": "2b7e90c4d1a6"}
CD_WE = "com.netflix.conductor.core.execution.WorkflowExecutor"
CD_HTTP = "com.netflix.conductor.tasks.http.HttpTask"
CD_SWEEP = "com.netflix.conductor.core.reconciliation.WorkflowSweeper"
CD_MAPPER = "com.netflix.conductor.rest.controllers.ApplicationExceptionMapper"
CD_EXEC = "com.netflix.conductor.service.ExecutionService"
CD_WMS = "http://wms.internal:8080/api/v1/shipments"
CD_WMS_HOST = "wms.internal:8080 [wms.internal/10.0.6.40]"
CD_IOERR = 'I/O error on %s request for "%s": Connect to %s [%s] failed: Connection refused; nested exception is org.apache.http.conn.HttpHostConnectException: Connect to %s [%s] failed: Connection refused'
CD_HTTP_REASON = "Failed to invoke %s task due to: java.lang.Exception: " + CD_IOERR
CD_TERM_HTTP = (
    "Workflow %s is terminated because of Task %s failed with status: %s and reason: '"
    + CD_HTTP_REASON
    + "'"
)
CD_TERM_STOCK = "Workflow %s is terminated because of Task %s failed with status: %s and reason: 'insufficient stock for sku %s'"
CD_RETRIED = (
    "Workflow %s that failed due to 'Task %s failed with status: %s and reason: '"
    + CD_HTTP_REASON
    + "'' was retried"
)
CD_BANNER = [
    "  ______   ______   .__   __.  _______   __    __    ______ .___________.  ______   .______",
    " /      | /  __  \\  |  \\ |  | |       \\ |  |  |  |  /      ||           | /  __  \\  |   _  \\",
    "|  ,----'|  |  |  | |   \\|  | |  .--.  ||  |  |  | |  ,----'`---|  |----`|  |  |  | |  |_)  |",
    "|  |     |  |  |  | |  . `  | |  |  |  ||  |  |  | |  |         |  |     |  |  |  | |      /",
    "|  `----.|  `--'  | |  |\\   | |  '--'  ||  `--'  | |  `----.    |  |     |  `--'  | |  |\\  \\----.",
    " \\______| \\______/  |__| \\__| |_______/  \\______/   \\______|    |__|      \\______/  | _| `._____|",
    " (v3.15.0) :::Spring Boot::: (v2.7.16)",
]
CD_ASYNC_TASKS = ["HTTP", "SUB_WORKFLOW", "JOIN", "EVENT", "KAFKA_PUBLISH"]
CD_POOL_FRAMES = (
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
)
CD_TOMCAT_FRAMES = (
    "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:117)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:895)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:808)",
    "org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1072)",
    "org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:965)",
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1006)",
    "org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:898)",
    "javax.servlet.http.HttpServlet.service(HttpServlet.java:529)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
    "javax.servlet.http.HttpServlet.service(HttpServlet.java:623)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:209)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:153)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
    "org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)",
    "org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)",
    "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:360)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:399)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1789)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
)


def cd_cglib(service: str, method: str, h: str) -> tuple[str, ...]:
    """The Spring AOP proxy frames around a service call."""
    return (
        f"com.netflix.conductor.service.{service}$$FastClassBySpringCGLIB$${h}.invoke(<generated>)",
        "org.springframework.cglib.proxy.MethodProxy.invoke(MethodProxy.java:218)",
        "org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.invokeJoinpoint(CglibAopProxy.java:793)",
        "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:163)",
        "org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.proceed(CglibAopProxy.java:763)",
        "org.springframework.validation.beanvalidation.MethodValidationInterceptor.invoke(MethodValidationInterceptor.java:123)",
        "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:186)",
        "org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.proceed(CglibAopProxy.java:763)",
        "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:708)",
        f"com.netflix.conductor.service.{service}$$EnhancerBySpringCGLIB$${h[::-1]}.{method}(<generated>)",
    )


def conductor(r: random.Random) -> list[Log]:
    """Two Conductor 3.15 servers (docker logs of conductor-1 and conductor-2, PostgreSQL for
    persistence and queues) running an order workflow, 06:00 to 12:00: the warehouse API down
    07:10-07:25 (the HTTP task failing three times, workflows terminated, retried in bulk at
    07:42), a client polling purged workflow ids, a mistyped workflow name 09:14-09:21, the
    PostgreSQL primary failing over 08:40-08:44 (sweeper and poll errors, then Hikari's stale
    connections), conductor-2 redeployed at 10:30."""
    fs = Files()
    jvm = dict(CD_JVM)
    gen = {h: 0 for h in jvm}
    hosts = list(jvm)

    def L(
        h: str, t: datetime, thread: str, level: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        start, g = jvm[h], gen[h]
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"{ms_since(x, start):<4} [{thread}] {level:<5} {logger} [] - {lines[0]}",
                *lines[1:],
            ],
            (h, g),
            1000,
        )

    c2_down = (at(10, 30, 0.4), at(10, 30, 33.5))
    wms_down = [(at(7, 10, 4), at(7, 25, 31))]
    pg_down = [(at(8, 40, 5), at(8, 44, 20))]

    def pick(t: datetime) -> str:
        if c2_down[0] - sec(1) <= t < c2_down[1]:
            return "conductor-1"
        return r.choice(hosts)

    def http_thread() -> str:
        return f"http-nio-8080-exec-{r.randint(1, 40)}"

    def stw_thread() -> str:
        return f"system-task-worker-{r.randint(1, 20)}"

    def decide_frames(via: str) -> tuple[str, ...]:
        head = (
            "com.netflix.conductor.core.execution.DeciderService.retry(DeciderService.java:553)",
            "com.netflix.conductor.core.execution.DeciderService.decide(DeciderService.java:207)",
            "com.netflix.conductor.core.execution.DeciderService.decide(DeciderService.java:99)",
            "com.netflix.conductor.core.execution.WorkflowExecutor.decide(WorkflowExecutor.java:1031)",
            "com.netflix.conductor.core.execution.WorkflowExecutor.decide(WorkflowExecutor.java:999)",
        )
        if via == "http":
            return (
                *head,
                "com.netflix.conductor.core.execution.AsyncSystemTaskExecutor.execute(AsyncSystemTaskExecutor.java:184)",
                "com.netflix.conductor.core.execution.tasks.SystemTaskWorker.lambda$pollAndExecute$0(SystemTaskWorker.java:127)",
                "java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804)",
                *CD_POOL_FRAMES,
            )
        return (
            *head,
            "com.netflix.conductor.core.execution.WorkflowExecutor.updateTask(WorkflowExecutor.java:948)",
            "com.netflix.conductor.service.ExecutionService.updateTask(ExecutionService.java:293)",
            "com.netflix.conductor.service.TaskServiceImpl.updateTask(TaskServiceImpl.java:129)",
            *cd_cglib("TaskServiceImpl", "updateTask", "5e1a77c0"),
            "com.netflix.conductor.rest.controllers.TaskResource.updateTask(TaskResource.java:85)",
            "jdk.internal.reflect.GeneratedMethodAccessor231.invoke(Unknown Source)",
            "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
            "java.base/java.lang.reflect.Method.invoke(Method.java:568)",
            "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:205)",
            "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:150)",
            *CD_TOMCAT_FRAMES,
        )

    def http_error() -> str:
        return (
            f'I/O error on POST request for "{CD_WMS}": Connect to {CD_WMS_HOST} failed: Connection refused; '
            f"nested exception is org.apache.http.conn.HttpHostConnectException: Connect to {CD_WMS_HOST} failed: Connection refused"
        )

    def rae_stack(msg: str) -> list[str]:
        return [
            f"org.springframework.web.client.ResourceAccessException: {msg}",
            *jframes(
                "org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:791)",
                "org.springframework.web.client.RestTemplate.execute(RestTemplate.java:717)",
                "org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:608)",
                "com.netflix.conductor.tasks.http.HttpTask.httpCall(HttpTask.java:161)",
                "com.netflix.conductor.tasks.http.HttpTask.start(HttpTask.java:106)",
                "com.netflix.conductor.core.execution.AsyncSystemTaskExecutor.execute(AsyncSystemTaskExecutor.java:160)",
                "com.netflix.conductor.core.execution.tasks.SystemTaskWorker.lambda$pollAndExecute$0(SystemTaskWorker.java:127)",
                "java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804)",
                *CD_POOL_FRAMES,
            ),
            f"Caused by: org.apache.http.conn.HttpHostConnectException: Connect to {CD_WMS_HOST} failed: Connection refused",
            *jframes(
                "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:156)",
                "org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:376)",
                "org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:393)",
                "org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:236)",
                "org.apache.http.impl.execchain.ProtocolExec.execute(ProtocolExec.java:186)",
                "org.apache.http.impl.execchain.RetryExec.execute(RetryExec.java:89)",
                "org.apache.http.impl.execchain.RedirectExec.execute(RedirectExec.java:110)",
                "org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)",
                "org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)",
                "org.springframework.http.client.HttpComponentsClientHttpRequest.executeInternal(HttpComponentsClientHttpRequest.java:87)",
                "org.springframework.http.client.AbstractBufferingClientHttpRequest.executeInternal(AbstractBufferingClientHttpRequest.java:48)",
                "org.springframework.http.client.AbstractClientHttpRequest.execute(AbstractClientHttpRequest.java:66)",
                "org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:776)",
            ),
            "\t... 10 more",
            "Caused by: java.net.ConnectException: Connection refused",
            *jframes(
                "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
                "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
                "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
                "java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
                "java.base/java.net.Socket.connect(Socket.java:633)",
                "org.apache.http.conn.socket.PlainConnectionSocketFactory.connectSocket(PlainConnectionSocketFactory.java:75)",
                "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142)",
            ),
            "\t... 22 more",
        ]

    def http_fail(t: datetime, wf: str, tid: str, last: bool) -> tuple[datetime, str]:
        h = pick(t)
        th = stw_thread()
        err = http_error()
        t = L(
            h,
            t + sec(r.uniform(0.002, 0.012)),
            th,
            "ERROR",
            CD_HTTP,
            "Got unexpected http response - uri: %s, vipAddress: %s",
            [f"Got unexpected http response - uri: {CD_WMS}, vipAddress: null", *rae_stack(err)],
        )
        t = L(h, t + sec(0.0006), th, "ERROR", CD_HTTP, CD_IOERR, [err, *rae_stack(err)])
        t = L(
            h,
            t + sec(0.0008),
            th,
            "ERROR",
            CD_HTTP,
            "Failed to invoke %s task: %s - uri: %s, vipAddress: %s in workflow: %s",
            [
                f"Failed to invoke HTTP task: {tid} - uri: {CD_WMS}, vipAddress: null in workflow: {wf}",
                f"java.lang.Exception: {err}",
                *jframes(
                    "com.netflix.conductor.tasks.http.HttpTask.httpCall(HttpTask.java:180)",
                    "com.netflix.conductor.tasks.http.HttpTask.start(HttpTask.java:106)",
                    "com.netflix.conductor.core.execution.AsyncSystemTaskExecutor.execute(AsyncSystemTaskExecutor.java:160)",
                    "com.netflix.conductor.core.execution.tasks.SystemTaskWorker.lambda$pollAndExecute$0(SystemTaskWorker.java:127)",
                    "java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804)",
                    *CD_POOL_FRAMES,
                ),
            ],
        )
        if last:
            reason = f"Task {tid} failed with status: FAILED and reason: 'Failed to invoke HTTP task due to: java.lang.Exception: {err}'"
            t = L(
                h,
                t + sec(r.uniform(0.004, 0.02)),
                th,
                "INFO",
                CD_WE,
                "Execution terminated of workflow: %s",
                [
                    f"Execution terminated of workflow: order_fulfillment.3/{wf}.RUNNING",
                    f"com.netflix.conductor.core.exception.TerminateWorkflowException: {reason}",
                    *jframes(*decide_frames("http")),
                ],
            )
            t = L(
                h,
                t + sec(r.uniform(0.01, 0.05)),
                th,
                "INFO",
                CD_WE,
                CD_TERM_HTTP,
                [f"Workflow {wf} is terminated because of {reason}"],
            )
            return t, reason
        return t, ""

    def nf_stack(msg: str, kind: str) -> list[str]:
        if kind == "id":
            frames = (
                "com.netflix.conductor.core.dal.ExecutionDAOFacade.getWorkflowModelFromDataStore(ExecutionDAOFacade.java:171)",
                "com.netflix.conductor.core.dal.ExecutionDAOFacade.getWorkflow(ExecutionDAOFacade.java:131)",
                "com.netflix.conductor.service.ExecutionService.getExecutionStatus(ExecutionService.java:472)",
                "com.netflix.conductor.service.WorkflowServiceImpl.getExecutionStatus(WorkflowServiceImpl.java:216)",
                *cd_cglib("WorkflowServiceImpl", "getExecutionStatus", "c5d1e2a4"),
                "com.netflix.conductor.rest.controllers.WorkflowResource.getExecutionStatus(WorkflowResource.java:134)",
            )
        else:
            frames = (
                "com.netflix.conductor.service.MetadataServiceImpl.lambda$getWorkflowDef$3(MetadataServiceImpl.java:166)",
                "java.base/java.util.Optional.orElseThrow(Optional.java:403)",
                "com.netflix.conductor.service.MetadataServiceImpl.getWorkflowDef(MetadataServiceImpl.java:164)",
                "com.netflix.conductor.service.WorkflowServiceImpl.startWorkflow(WorkflowServiceImpl.java:99)",
                *cd_cglib("WorkflowServiceImpl", "startWorkflow", "c5d1e2a4"),
                "com.netflix.conductor.rest.controllers.WorkflowResource.startWorkflow(WorkflowResource.java:62)",
            )
        return [
            f"com.netflix.conductor.core.exception.NotFoundException: {msg}",
            *jframes(
                *frames,
                "jdk.internal.reflect.GeneratedMethodAccessor187.invoke(Unknown Source)",
                "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
                "java.base/java.lang.reflect.Method.invoke(Method.java:568)",
                "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:205)",
                "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:150)",
                *CD_TOMCAT_FRAMES,
            ),
        ]

    def pg_stack(frames: tuple[str, ...]) -> list[str]:
        msg = "HikariPool-1 - Connection is not available, request timed out after 30000ms."
        return [
            f"com.netflix.conductor.core.exception.NonTransientException: {msg}",
            *jframes(
                "com.netflix.conductor.postgres.dao.PostgresBaseDAO.getWithTransaction(PostgresBaseDAO.java:127)",
                "com.netflix.conductor.postgres.dao.PostgresBaseDAO.getWithRetriedTransactions(PostgresBaseDAO.java:142)",
                *frames,
            ),
            f"Caused by: java.sql.SQLTransientConnectionException: {msg}",
            *jframes(
                "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
                "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
                "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:146)",
                "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
                "com.netflix.conductor.postgres.dao.PostgresBaseDAO.getWithTransaction(PostgresBaseDAO.java:108)",
            ),
            f"\t... {len(frames) + 1} more",
            "Caused by: org.postgresql.util.PSQLException: Connection to pg.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
            *jframes(
                "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)",
                "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
                "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)",
                "org.postgresql.Driver.makeConnection(Driver.java:443)",
                "org.postgresql.Driver.connect(Driver.java:297)",
                "com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)",
                "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)",
                "com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:201)",
                "com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:470)",
                "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:733)",
                "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:712)",
                "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
                *CD_POOL_FRAMES,
            ),
            "Caused by: java.net.ConnectException: Connection refused",
            *jframes(
                "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
                "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
                "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
                "java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
                "java.base/java.net.Socket.connect(Socket.java:633)",
                "org.postgresql.core.PGStream.createSocket(PGStream.java:243)",
                "org.postgresql.core.PGStream.<init>(PGStream.java:98)",
                "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:132)",
                "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)",
            ),
            "\t... 14 more",
        ]

    # ---- orders
    failed: list[tuple[str, str]] = []
    for t in poisson(r, T0, T_END, 32):
        wf, t_res = uuid4(r), uuid4(r)
        if r.random() < 0.035:
            h, th = pick(t), http_thread()
            sku = f"SKU-{r.randint(10000, 99999)}"
            reason = f"Task {t_res} failed with status: FAILED and reason: 'insufficient stock for sku {sku}'"
            tt = L(
                h,
                t + sec(r.uniform(0.3, 2.0)),
                th,
                "INFO",
                CD_WE,
                "Execution terminated of workflow: %s",
                [
                    f"Execution terminated of workflow: order_fulfillment.3/{wf}.RUNNING",
                    f"com.netflix.conductor.core.exception.TerminateWorkflowException: {reason}",
                    *jframes(*decide_frames("rest")),
                ],
            )
            L(
                h,
                tt + sec(r.uniform(0.01, 0.04)),
                th,
                "INFO",
                CD_WE,
                CD_TERM_STOCK,
                [f"Workflow {wf} is terminated because of {reason}"],
            )
            continue
        t3 = t + sec(r.uniform(2.5, 7.0))
        h, th = pick(t3), http_thread()
        sub, subtask = uuid4(r), uuid4(r)
        tt = L(
            h,
            t3,
            th,
            "INFO",
            CD_WE,
            "%s updated parent %s task %s",
            [f"payment_capture.2/{sub} updated parent {wf} task {subtask}"],
        )
        L(
            h,
            tt + sec(r.uniform(0.001, 0.006)),
            th,
            "INFO",
            CD_WE,
            "Pushed workflow %s to %s for expedited evaluation",
            [f"Pushed workflow {wf} to _deciderQueue for expedited evaluation"],
        )
        ta = tt + sec(r.uniform(0.3, 1.5))
        for attempt in range(3):
            if not in_any(ta, wms_down):
                break
            _, reason = http_fail(ta, wf, uuid4(r), attempt == 2)
            if reason:
                failed.append((wf, reason))
            ta += sec(60 + r.uniform(0.4, 3.0))

    # ops retries the failed orders from the UI at 07:42
    tr = at(7, 42, 13.2)
    h, th = "conductor-1", http_thread()
    for wf, reason in failed:
        tr = L(
            h,
            tr + sec(r.uniform(0.008, 0.03)),
            th,
            "INFO",
            CD_WE,
            CD_RETRIED,
            [f"Workflow order_fulfillment.3/{wf} that failed due to '{reason}' was retried"],
        )

    # ---- a status poller asking for purged workflows
    for t in poisson(r, T0, T_END, 170):
        wf = uuid4(r)
        h = pick(t)
        L(
            h,
            t,
            http_thread(),
            "ERROR",
            CD_MAPPER,
            "Error %s url: '%s'",
            [
                f"Error NotFoundException url: '/api/workflow/{wf}'",
                *nf_stack(f"No such workflow found by id: {wf}", "id"),
            ],
        )
    # ---- a mistyped workflow name in a new client, 09:14-09:21
    for t in poisson(r, at(9, 14, 2), at(9, 21, 10), 38):
        h = pick(t)
        L(
            h,
            t,
            http_thread(),
            "ERROR",
            CD_MAPPER,
            "Error %s url: '%s'",
            [
                "Error NotFoundException url: '/api/workflow/order_fulfilment'",
                *nf_stack(
                    "No such workflow found by name: order_fulfilment, version: null", "name"
                ),
            ],
        )
    # ---- duplicate task updates from a worker retrying after a read timeout
    for t in poisson(r, T0, T_END, 700):
        if in_any(t, pg_down):
            continue
        h = pick(t)
        L(
            h,
            t,
            http_thread(),
            "INFO",
            CD_WE,
            "Task: %s has already finished execution with status: %s within workflow: %s. Removed task from queue: %s",
            [
                f"Task: {uuid4(r)} has already finished execution with status: COMPLETED within workflow: {uuid4(r)}. Removed task from queue: send_confirmation"
            ],
        )

    # ---- PostgreSQL failover 08:40-08:44
    sweep_frames = (
        "com.netflix.conductor.postgres.dao.PostgresExecutionDAO.getWorkflow(PostgresExecutionDAO.java:418)",
        "com.netflix.conductor.core.dal.ExecutionDAOFacade.getWorkflowModelFromDataStore(ExecutionDAOFacade.java:164)",
        "com.netflix.conductor.core.dal.ExecutionDAOFacade.getWorkflowModel(ExecutionDAOFacade.java:145)",
        "com.netflix.conductor.core.reconciliation.WorkflowSweeper.sweep(WorkflowSweeper.java:83)",
        "com.netflix.conductor.core.reconciliation.WorkflowSweeper.sweepAsync(WorkflowSweeper.java:71)",
        "com.netflix.conductor.core.reconciliation.WorkflowSweeper$$FastClassBySpringCGLIB$$3d0f1b7e.invoke(<generated>)",
        "org.springframework.cglib.proxy.MethodProxy.invoke(MethodProxy.java:218)",
        "org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.invokeJoinpoint(CglibAopProxy.java:793)",
        "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:163)",
        "org.springframework.aop.interceptor.AsyncExecutionInterceptor.lambda$invoke$0(AsyncExecutionInterceptor.java:115)",
        "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
        *CD_POOL_FRAMES,
    )
    poll_frames = (
        "com.netflix.conductor.postgres.dao.PostgresQueueDAO.popMessages(PostgresQueueDAO.java:393)",
        "com.netflix.conductor.postgres.dao.PostgresQueueDAO.pollMessages(PostgresQueueDAO.java:95)",
        "com.netflix.conductor.postgres.dao.PostgresQueueDAO.pop(PostgresQueueDAO.java:85)",
        "com.netflix.conductor.service.ExecutionService.poll(ExecutionService.java:158)",
        "com.netflix.conductor.service.TaskServiceImpl.batchPoll(TaskServiceImpl.java:91)",
        *cd_cglib("TaskServiceImpl", "batchPoll", "5e1a77c0"),
        "com.netflix.conductor.rest.controllers.TaskResource.batchPoll(TaskResource.java:71)",
        "jdk.internal.reflect.GeneratedMethodAccessor204.invoke(Unknown Source)",
        "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
        "java.base/java.lang.reflect.Method.invoke(Method.java:568)",
        "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:205)",
        "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:150)",
        *CD_TOMCAT_FRAMES,
    )
    running = [uuid4(r) for _ in range(24)]
    pg0, pg1 = pg_down[0]
    for h in hosts:
        for t in poisson(r, pg0 + sec(30), pg1 + sec(25), 5.5):
            th = f"sweeper-thread-{r.randint(1, 20)}"
            wf = r.choice(running)
            tt = L(
                h,
                t,
                th,
                "ERROR",
                CD_SWEEP,
                "Error running sweep for %s",
                [f"Error running sweep for {wf}", *pg_stack(sweep_frames)],
            )
            L(
                h,
                tt + sec(r.uniform(0.0005, 0.003)),
                th,
                "WARN",
                CD_SWEEP,
                "Workflow with %s id can not be found. Attempting to unack using the id",
                [f"Workflow with {wf} id can not be found. Attempting to unack using the id"],
            )
        for t in poisson(r, pg0 + sec(30), pg1 + sec(28), 9.0):
            ttype = r.choice(
                ["reserve_inventory", "reserve_inventory", "send_confirmation", "charge_card"]
            )
            worker = f"{ttype.replace('_', '-')}-worker-{hexid(r, 9)}-{hexid(r, 5)}"
            L(
                h,
                t,
                http_thread(),
                "ERROR",
                CD_EXEC,
                "Error polling for task: %s from worker: %s in domain: %s, count: %s",
                [
                    f"Error polling for task: {ttype} from worker: {worker} in domain: null, count: 10",
                    *pg_stack(poll_frames),
                ],
            )
        tt = pg1 + sec(r.uniform(40, 50))
        for _ in range(r.randint(5, 8)):
            tt = L(
                h,
                tt + sec(r.uniform(0.05, 3.0)),
                r.choice([http_thread(), f"sweeper-thread-{r.randint(1, 20)}"]),
                "WARN",
                "com.zaxxer.hikari.pool.PoolBase",
                "%s - Failed to validate connection %s (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
                [
                    f"HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{r.getrandbits(31):x} (This connection has been closed.). Possibly consider using a shorter maxLifetime value."
                ],
            )

    # ---- conductor-2 redeployed at 10:30
    h = "conductor-2"
    t = L(
        h,
        c2_down[0],
        "SpringApplicationShutdownHook",
        "INFO",
        "com.zaxxer.hikari.HikariDataSource",
        "%s - Shutdown initiated...",
        ["HikariPool-1 - Shutdown initiated..."],
    )
    L(
        h,
        t + sec(0.031),
        "SpringApplicationShutdownHook",
        "INFO",
        "com.zaxxer.hikari.HikariDataSource",
        "%s - Shutdown completed.",
        ["HikariPool-1 - Shutdown completed."],
    )
    jvm[h] = at(10, 30, 19.612)
    gen[h] = 1
    t0 = jvm[h] + sec(0.6)
    fs.add(
        f"{h}.log",
        t0,
        "  ______   ______   .__   __.  _______   __    __    ______ .___________.  ______   .______ (Conductor banner) %s :::Spring Boot::: %s",
        lambda x: list(CD_BANNER),
        (h, "banner"),
        1000,
    )
    m = "main"
    t = L(
        h,
        t0 + sec(1.21),
        m,
        "INFO",
        "com.netflix.conductor.Conductor",
        "Starting Conductor v%s using Java %s on %s with PID %s (%s started by %s in %s)",
        [
            f"Starting Conductor v3.15.0 using Java 17.0.10 on {CD_CID[h]} with PID 1 (/app/libs/conductor-server.jar started by root in /app/libs)"
        ],
    )
    t = L(
        h,
        t + sec(2.31),
        m,
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat initialized with port(s): %s (http)",
        ["Tomcat initialized with port(s): 8080 (http)"],
    )
    t = L(
        h,
        t + sec(0.72),
        m,
        "INFO",
        "com.zaxxer.hikari.HikariDataSource",
        "%s - Starting...",
        ["HikariPool-1 - Starting..."],
    )
    t = L(
        h,
        t + sec(0.41),
        m,
        "INFO",
        "com.zaxxer.hikari.HikariDataSource",
        "%s - Start completed.",
        ["HikariPool-1 - Start completed."],
    )
    t = L(
        h,
        t + sec(1.13),
        m,
        "INFO",
        "com.netflix.conductor.core.execution.tasks.SystemTaskWorker",
        "SystemTaskWorker initialized with %s threads",
        ["SystemTaskWorker initialized with 20 threads"],
    )
    t = L(
        h,
        t + sec(1.25),
        m,
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat started on port(s): %s (http) with context path '%s'",
        ["Tomcat started on port(s): 8080 (http) with context path ''"],
    )
    up = (t - jvm[h]).total_seconds()
    t = L(
        h,
        t + sec(0.03),
        m,
        "INFO",
        "com.netflix.conductor.Conductor",
        "Started Conductor in %s seconds (JVM running for %s)",
        [f"Started Conductor in {up - 1.9:.3f} seconds (JVM running for {up + 0.031:.3f})"],
    )
    for task in CD_ASYNC_TASKS:
        t = L(
            h,
            t + sec(r.uniform(0.002, 0.01)),
            m,
            "INFO",
            "com.netflix.conductor.core.execution.tasks.SystemTaskWorker",
            "Started listening for task: %s in queue: %s",
            [f"Started listening for task: {task} in queue: {task}"],
        )
    L(
        h,
        t + sec(0.004),
        m,
        "INFO",
        "com.netflix.conductor.core.execution.tasks.SystemTaskWorkerCoordinator",
        "%s initialized with %s async tasks",
        [f"SystemTaskWorkerCoordinator initialized with {len(CD_ASYNC_TASKS)} async tasks"],
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- cadence

CA_IP = {"cadence-1": "10.0.2.11", "cadence-2": "10.0.2.12"}
CA_SHARDS = {"cadence-1": [0, 2, 3, 5, 8, 10, 11, 14], "cadence-2": [1, 4, 6, 7, 9, 12, 13, 15]}
CA_TIMEOUT = "Operation timed out - received only 0 responses."
CA_STACK_HEAD = "github.com/uber/cadence/common/log/loggerimpl.(*loggerImpl).Error\n\t/cadence/common/log/loggerimpl/logger.go:147\n"


def jline(pairs: list[tuple[str, object]]) -> str:
    """zap's JSON encoder: the fields in the order they were added, duplicates kept."""
    return (
        "{"
        + ",".join(f"{json.dumps(k)}:{json.dumps(v, separators=(',', ':'))}" for k, v in pairs)
        + "}"
    )


def zap_ts(t: datetime) -> str:
    """zapcore.ISO8601TimeEncoder in UTC."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def cadence(r: random.Random) -> list[Log]:
    """Two Cadence 1.2 hosts (docker logs of cadence-1 and cadence-2, each running frontend,
    history, matching and worker, 16 history shards on Cassandra), 06:00 to 12:00: two
    long-running ledger workflows past the history size warn limit, a Cassandra node restarted
    08:15-08:21 (persistence failures, task processing failures, frontend internal errors), a
    client sending oversized inputs 09:40-10:05, cadence-2 upgraded at 10:30 (its shards moving
    to cadence-1 and back)."""
    fs = Files()
    gen = {h: 0 for h in CA_IP}
    owner = {s: h for h, ss in CA_SHARDS.items() for s in ss}
    rng = {s: r.randint(31, 58) for s in owner}

    def C(
        h: str,
        t: datetime,
        level: str,
        msg: str,
        fields: list[tuple[str, object]],
        callat: str,
        stack: str = "",
        label: str | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            pairs: list[tuple[str, object]] = [
                ("level", level),
                ("ts", zap_ts(x)),
                ("msg", msg),
                *fields,
                ("logging-call-at", callat),
            ]
            if stack:
                pairs.append(("stacktrace", stack))
            return [jline(pairs)]

        return fs.add(f"{h}.log", t, msg if label is None else label, text, (h, gen[h]), 1000)

    def addr(h: str, port: int = 7934) -> str:
        return f"{CA_IP[h]}:{port}"

    def hist(h: str) -> tuple[str, object]:
        return ("service", "cadence-history")

    def stack(*frames: tuple[str, str]) -> str:
        return CA_STACK_HEAD + "".join(f"{fn}\n\t{loc}\n" for fn, loc in frames).rstrip("\n")

    def shard_up(h: str, t: datetime, s: int) -> datetime:
        base = [hist(h), ("shard-id", s), ("address", addr(h))]
        t = C(
            h,
            t,
            "info",
            "Shard item state changed",
            [*base, ("lifecycle", "Started"), ("component", "shard-item")],
            "controller.go:274",
        )
        t = C(
            h,
            t + sec(r.uniform(0.0005, 0.002)),
            "info",
            "Shard engine state changed",
            [*base, ("lifecycle", "Starting"), ("component", "shard-engine")],
            "controller.go:386",
        )
        old = rng[s]
        rng[s] += 1
        t = C(
            h,
            t + sec(r.uniform(0.004, 0.02)),
            "info",
            "Range updated for shardID",
            [
                *base,
                ("shard-range-id", rng[s]),
                ("previous-shard-range-id", old),
                ("number", old << 20),
                ("next-number", (old + 1) << 20),
            ],
            "context.go:1212",
        )
        return C(
            h,
            t + sec(r.uniform(0.01, 0.06)),
            "info",
            "Shard engine state changed",
            [*base, ("lifecycle", "Started"), ("component", "shard-engine")],
            "controller.go:402",
        )

    def shard_down(h: str, t: datetime, s: int, remaining: int | None, closed: bool) -> datetime:
        base = [hist(h), ("shard-id", s), ("address", addr(h))]
        if closed:
            t = C(
                h,
                t,
                "info",
                "Shard controller state changed",
                [
                    hist(h),
                    ("component", "shard-controller"),
                    ("address", addr(h)),
                    ("lifecycle", "Stopping"),
                    ("component", "shard"),
                    ("shard-id", s),
                ],
                "controller.go:230",
            )
            t = C(
                h,
                t + sec(0.0003),
                "info",
                "Shard item state changed",
                [
                    *base,
                    ("lifecycle", "Stopped"),
                    ("component", "shard-item"),
                    ("number", remaining),
                ],
                "controller.go:303",
            )
        t = C(
            h,
            t + sec(r.uniform(0.0005, 0.002)),
            "info",
            "Shard engine state changed",
            [*base, ("lifecycle", "Stopping"), ("component", "shard-engine")],
            "controller.go:422",
        )
        return C(
            h,
            t + sec(r.uniform(0.02, 0.3)),
            "info",
            "Shard engine state changed",
            [*base, ("lifecycle", "Stopped"), ("component", "shard-engine")],
            "controller.go:425",
        )

    def members(h: str, t: datetime, alive: list[str]) -> datetime:
        for svc, port in [
            ("cadence-frontend", 7933),
            ("cadence-history", 7934),
            ("cadence-matching", 7935),
        ]:
            t = C(
                h,
                t + sec(r.uniform(0.001, 0.02)),
                "info",
                "Current reachable members",
                [
                    ("service", svc),
                    ("component", "service-resolver"),
                    ("addresses", [f"{CA_IP[a]}:{port}" for a in alive]),
                ],
                "rpServiceResolver.go:219",
            )
        return t

    def ring(h: str, t: datetime, added: int, removed: int) -> datetime:
        return C(
            h,
            t,
            "info",
            "Ring membership changed",
            [
                hist(h),
                ("component", "shard-controller"),
                ("address", addr(h)),
                ("lifecycle", "RingMembershipChangedEvent"),
                ("number-processed", added),
                ("number-deleted", removed),
                ("number", 0),
            ],
            "controller.go:329",
        )

    cass_down = (at(8, 15, 9.4), at(8, 21, 41.0))
    c2_gone = (at(10, 30, 5.1), at(10, 32, 24.0))

    # ---- the two ledger workflows past the warn limit
    ledgers = [
        ("ledger-sync:acct-eu", uuid4(r), 3, 52_944_113, 118_412),
        ("ledger-sync:acct-us", uuid4(r), 12, 61_207_880, 131_077),
    ]
    for wid, run, shard, size, count in ledgers:
        for t in poisson(r, T0, T_END, 30):
            if cass_down[0] <= t < cass_down[1]:
                continue
            size += r.randint(1800, 5200)
            count += r.randint(3, 7)
            h = owner[shard]
            if shard in CA_SHARDS["cadence-2"] and c2_gone[0] <= t < c2_gone[1] + sec(3):
                h = "cadence-1"
            C(
                h,
                t,
                "warn",
                "history size exceeds warn limit.",
                [
                    hist(h),
                    ("shard-id", shard),
                    ("address", addr(h)),
                    ("wf-domain-name", "payments"),
                    ("wf-id", wid),
                    ("wf-run-id", run),
                    ("wf-history-size", size),
                    ("wf-event-count", count),
                ],
                "context.go:1124",
            )

    # ---- Cassandra node restart 08:15-08:21
    domain_id = uuid4(r)
    wf_types = ["OrderWorkflow", "RefundWorkflow", "PayoutWorkflow"]
    for h in CA_IP:
        for t in poisson(r, cass_down[0], cass_down[1], 12):
            s = r.choice(CA_SHARDS[h])
            C(
                h,
                t,
                "error",
                "Persistent store operation failure",
                [
                    hist(h),
                    ("shard-id", s),
                    ("address", addr(h)),
                    ("store-operation", "update-shard"),
                    ("error", f"UpdateShard operation failed. Error: {CA_TIMEOUT}"),
                    ("shard-range-id", rng[s]),
                    ("previous-shard-range-id", rng[s]),
                ],
                "context.go:1146",
                stack(
                    (
                        "github.com/uber/cadence/service/history/shard.(*contextImpl).updateShardInfoLocked",
                        "/cadence/service/history/shard/context.go:1146",
                    ),
                    (
                        "github.com/uber/cadence/service/history/shard.(*contextImpl).UpdateTransferAckLevel",
                        "/cadence/service/history/shard/context.go:314",
                    ),
                    (
                        "github.com/uber/cadence/service/history/queue.(*transferQueueProcessorBase).updateAckLevel",
                        "/cadence/service/history/queue/transfer_queue_processor_base.go:216",
                    ),
                    (
                        "github.com/uber/cadence/service/history/queue.(*processorBase).updateAckLevel",
                        "/cadence/service/history/queue/processor_base.go:132",
                    ),
                ),
            )
        for t in poisson(r, cass_down[0] + sec(2), cass_down[1] + sec(6), 3.5):
            s = r.choice(CA_SHARDS[h])
            kind = r.choice(["transfer", "transfer", "timer"])
            op = r.choice(
                ["GetWorkflowExecution", "UpdateWorkflowExecution", "GetWorkflowExecution"]
            )
            C(
                h,
                t,
                "error",
                "Fail to process task",
                [
                    hist(h),
                    ("shard-id", s),
                    ("address", addr(h)),
                    ("component", f"{kind}-queue-processor"),
                    ("cluster-name", "primary"),
                    ("shard-id", s),
                    ("queue-task-id", (rng[s] << 20) + r.randint(1000, 900000)),
                    (
                        "queue-task-visibility-timestamp",
                        int(t.timestamp() * 1e9) - r.randint(10**8, 9 * 10**9),
                    ),
                    ("xdc-failover-version", 0),
                    (
                        "queue-task-type",
                        r.choice([0, 1, 2, 3, 5]) if kind == "transfer" else r.choice([0, 1, 2, 4]),
                    ),
                    ("wf-domain-id", domain_id),
                    (
                        "wf-id",
                        f"{r.choice(['order', 'refund', 'payout'])}-{r.randint(10**7, 10**8 - 1)}",
                    ),
                    ("wf-run-id", uuid4(r)),
                    ("error", f"{op} operation failed. Error: {CA_TIMEOUT}"),
                    ("lifecycle", "ProcessingFailed"),
                ],
                "task.go:352",
                stack(
                    (
                        "github.com/uber/cadence/service/history/task.(*taskImpl).HandleErr",
                        "/cadence/service/history/task/task.go:352",
                    ),
                    (
                        "github.com/uber/cadence/common/task.(*parallelTaskProcessorImpl).executeTask",
                        "/cadence/common/task/parallel_task_processor.go:166",
                    ),
                    (
                        "github.com/uber/cadence/common/task.(*parallelTaskProcessorImpl).taskWorker",
                        "/cadence/common/task/parallel_task_processor.go:139",
                    ),
                ),
            )
        for t in poisson(r, cass_down[0] + sec(5), cass_down[1], 7.5):
            wt = r.choice(wf_types)
            if r.random() < 0.7:
                fields: list[tuple[str, object]] = [
                    ("service", "cadence-frontend"),
                    ("wf-domain-name", "payments"),
                    ("wf-id", f"{wt[:-8].lower()}-{r.randint(10**7, 10**8 - 1)}"),
                    ("wf-type", wt),
                    ("wf-cron-schedule", ""),
                    ("error", f"CreateWorkflowExecution operation failed. Error: {CA_TIMEOUT}"),
                ]
            else:
                fields = [
                    ("service", "cadence-frontend"),
                    ("wf-domain-name", "payments"),
                    ("wf-id", f"{wt[:-8].lower()}-{r.randint(10**7, 10**8 - 1)}"),
                    ("wf-run-id", uuid4(r)),
                    ("wf-signal-name", r.choice(["payment-settled", "refund-approved"])),
                    ("error", f"GetWorkflowExecution operation failed. Error: {CA_TIMEOUT}"),
                ]
            C(
                h,
                t,
                "error",
                "Internal service error",
                fields,
                "metered.go:41",
                stack(
                    (
                        "github.com/uber/cadence/service/frontend/wrappers/metered.(*apiHandler).handleErr",
                        "/cadence/service/frontend/wrappers/metered/metered.go:41",
                    ),
                    (
                        "github.com/uber/cadence/service/frontend/wrappers/metered.(*apiHandler).StartWorkflowExecution",
                        "/cadence/service/frontend/wrappers/metered/api_generated.go:842",
                    ),
                ),
            )
        for t in poisson(r, cass_down[0] + sec(20), cass_down[1], 24):
            C(
                h,
                t,
                "error",
                "Frontend request timedout",
                [
                    ("service", "cadence-frontend"),
                    ("wf-domain-name", "payments"),
                    ("wf-id", f"order-{r.randint(10**7, 10**8 - 1)}"),
                    ("wf-run-id", uuid4(r)),
                    ("error", "context deadline exceeded"),
                ],
                "metered.go:80",
                stack(
                    (
                        "github.com/uber/cadence/service/frontend/wrappers/metered.(*apiHandler).handleErr",
                        "/cadence/service/frontend/wrappers/metered/metered.go:80",
                    ),
                    (
                        "github.com/uber/cadence/service/frontend/wrappers/metered.(*apiHandler).GetWorkflowExecutionHistory",
                        "/cadence/service/frontend/wrappers/metered/api_generated.go:318",
                    ),
                ),
            )

    # ---- a client sending oversized inputs 09:40-10:05
    for t in poisson(r, at(9, 40, 12), at(10, 4, 50), 45):
        h = r.choice(list(CA_IP))
        C(
            h,
            t,
            "warn",
            "Blob size exceeds limit.",
            [
                ("service", "cadence-frontend"),
                ("wf-domain-id", domain_id),
                ("wf-id", f"invoice-render-{r.randint(100000, 999999)}"),
                ("wf-run-id", ""),
                ("wf-size", r.randint(270_000, 498_000)),
                ("blob-size-violation-operation", "StartWorkflowExecution"),
            ],
            "blob_size.go:52",
        )

    # ---- cadence-2 upgraded at 10:30
    h2, h1 = "cadence-2", "cadence-1"
    t = c2_gone[0]
    t = C(
        h2,
        t,
        "info",
        "Shard controller state changed",
        [
            hist(h2),
            ("component", "shard-controller"),
            ("address", addr(h2)),
            ("lifecycle", "Stopping"),
        ],
        "controller.go:536",
    )
    for s in CA_SHARDS[h2]:
        t = shard_down(h2, t + sec(r.uniform(0.001, 0.01)), s, None, False)
    t = C(
        h2,
        t + sec(0.004),
        "info",
        "Shard controller state changed",
        [
            hist(h2),
            ("component", "shard-controller"),
            ("address", addr(h2)),
            ("lifecycle", "Stopped"),
        ],
        "controller.go:201",
    )
    for svc in ["history", "matching", "frontend"]:
        t = C(
            h2,
            t + sec(r.uniform(0.01, 0.2)),
            "info",
            f"{svc} stopped",
            [("service", f"cadence-{svc}")],
            {
                "history": "service.go:151",
                "matching": "service.go:118",
                "frontend": "service.go:229",
            }[svc],
        )
    t1 = members(h1, c2_gone[0] + sec(1.9), [h1])
    t1 = ring(h1, t1 + sec(0.002), 0, 1)
    for s in CA_SHARDS[h2]:
        t1 = shard_up(h1, t1 + sec(r.uniform(0.002, 0.02)), s)
    gen[h2] = 1
    tb = c2_gone[1] - sec(14.2)
    fs.add(
        f"{h2}.log",
        tb,
        "Loading config; env=%v,zone=%v,configDir=%v",
        lambda x: [
            f"{x:%Y/%m/%d %H:%M:%S} Loading config; env=docker,zone=,configDir=/etc/cadence/config"
        ],
        (h2, "stdlog"),
        1_000_000,
    )
    fs.add(
        f"{h2}.log",
        tb + sec(0.001),
        "Loading configFiles=%v",
        lambda x: [f"{x:%Y/%m/%d %H:%M:%S} Loading configFiles=[/etc/cadence/config/docker.yaml]"],
        (h2, "stdlog"),
        1_000_000,
    )
    t = tb + sec(1.55)
    for svc, callat in [
        ("frontend", "service.go:189"),
        ("history", "service.go:113"),
        ("matching", "service.go:94"),
    ]:
        t = C(
            h2,
            t + sec(r.uniform(0.02, 0.2)),
            "info",
            f"{svc} starting",
            [("service", f"cadence-{svc}")],
            callat,
        )
    t = members(h2, t + sec(1.2), [h1, h2])
    t = C(
        h2,
        t + sec(0.01),
        "info",
        "Shard controller state changed",
        [
            hist(h2),
            ("component", "shard-controller"),
            ("address", addr(h2)),
            ("lifecycle", "Started"),
        ],
        "controller.go:182",
    )
    t1 = members(h1, t - sec(0.4), [h1, h2])
    t1 = ring(h1, t1 + sec(0.003), 1, 0)
    for s in CA_SHARDS[h2]:
        t = shard_up(h2, t + sec(r.uniform(0.002, 0.02)), s)
        t1 = shard_down(
            h1,
            max(t1, t) + sec(r.uniform(0.05, 0.4)),
            s,
            len(CA_SHARDS[h1]) + 7 - CA_SHARDS[h2].index(s),
            True,
        )
    for svc, callat in [
        ("history", "service.go:126"),
        ("matching", "service.go:104"),
        ("frontend", "service.go:204"),
    ]:
        t = C(
            h2,
            t + sec(r.uniform(0.01, 0.1)),
            "info",
            f"{svc} started",
            [("service", f"cadence-{svc}")],
            callat,
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ luigi

LU_PY = "/opt/etl/venv/lib/python3.11/site-packages"
LU_URL = "http://luigi1.internal:8082"
LU_IP = {"etl1": "10.0.4.21", "etl2": "10.0.4.22"}
LU_SUMMARY = (
    "\\n===== Luigi Execution Summary =====\\n\\n%s\\n\\n===== Luigi Execution Summary =====\\n"
)
LU_FAILED_CHECK = "/api/task_list?data=%7B%22status%22%3A%22FAILED%22%2C%22upstream_status%22%3A%22%22%2C%22search%22%3A%22%22%7D"
LU_DWH_REFUSED = 'connection to server at "dwh.internal" (10.0.5.30), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'


def luigi(r: random.Random) -> list[Log]:
    """A central scheduler (luigi1-luigi-server.log, luigid 3.5 started with `--logdir`) and two
    cron-driven workers (etl1-hourly_rollup.log, etl2-sync_contacts.log: luigi.toml's `[logging]`
    formatter `{levelname:8} {asctime} {module}:{lineno} {message}`, ping interval 5 s), 06:00
    to 12:00: the hourly rollup and the 15-minute contact sync, the raw events for 06:00 late
    (an external dependency missing, rerun at 07:38), etl2 OOM-killed at 08:15 (the scheduler
    failing its running task), luigid restarted at 09:02 on a full disk (the state not saved,
    then not loaded; a worker's ping failing), the warehouse down for maintenance 10:00-10:40
    (LoadToWarehouse failing, rerun at 10:52), a monitoring check and the visualiser."""
    fs = Files()
    removals: list[tuple[datetime, str, datetime]] = []

    down = [(at(9, 2, 11.4), at(9, 2, 16.9))]

    def S(t: datetime, name: str, level: str, label: str, lines: list[str]) -> datetime:
        pid = 1187 if t < down[0][1] - sec(1) else 30212
        return fs.add(
            "luigi1-luigi-server.log",
            t,
            label,
            lambda x: [f"{log4j_iso(x)} {name}[{pid}] {level}: {lines[0]}", *lines[1:]],
            ("luigid", pid),
            1000,
        )

    def access(t: datetime, status: int, method: str, uri: str, ip: str, ms: float) -> datetime:
        level = "INFO" if status < 400 else ("WARNING" if status < 500 else "ERROR")
        # Labelled by method, route and status, as the set's tornado lines are (round 115's
        # rule: a number in the route and a query's values are variables).
        label = f"{status} {method} {route_of(uri)} (%s) %.2fms"
        return S(t, "tornado.access", level, label, [f"{status} {method} {uri} ({ip}) {ms:.2f}ms"])

    ids_seen: dict[tuple[str, str], str] = {}

    def task_id(family: str, param: str) -> str:
        """luigi's task_id_str: the family, the first parameters' values and a hash of them."""
        summ = "".join(c if c.isalnum() else "_" for c in param[:16])
        return ids_seen.setdefault((family, param), f"{family}_{summ}_{hexid(r, 10)}")

    class Run:
        def __init__(self, host: str, f: str, t: datetime) -> None:
            self.host, self.f = host, f
            self.pid = r.randint(20000, 64000)
            self.wid = f"Worker(salt={r.randrange(0, 999999999):09d}, workers=1, host={host}, username=etl, pid={self.pid})"
            self.t = t
            self.start = t

        def W(self, dt: float, level: str, where: str, label: str, lines: list[str]) -> datetime:
            self.t = fs.add(
                self.f,
                self.t + sec(dt),
                label,
                lambda x: [f"{level:8} {x:%Y-%m-%d %H:%M:%S} {where} {lines[0]}", *lines[1:]],
                (self.host, self.pid),
                1_000_000,
            )
            return self.t

        def rpc(self, path: str, lo: float, hi: float) -> None:
            tt = self.t + sec(r.uniform(0.05, 0.4))
            if not in_any(tt, down):
                access(tt, 200, "POST", path, LU_IP[self.host], r.uniform(lo, hi))

        def informed(self, tid: str, status: str, dt: float = 0.05) -> None:
            self.W(
                dt,
                "INFO",
                "worker:442",
                "Informed scheduler that task   %s   has status   %s",
                [f"Informed scheduler that task   {tid}   has status   {status}"],
            )
            self.rpc("/api/add_task", 0.7, 3.2)

        def pings(self, end: datetime) -> None:
            """The keep-alive thread's pings every 5 s; one that finds luigid down logs the
            failure and waits 30 s (rpc_retry_wait) before its second attempt."""
            tp = self.start + sec(r.uniform(4.9, 5.1))
            while tp < end:
                if in_any(tp, down):
                    ping_failed(self, tp)
                    tp += sec(30.004)
                access(tp, 200, "POST", "/api/ping", LU_IP[self.host], r.uniform(0.35, 1.3))
                tp += sec(5 + r.uniform(0.0, 0.02))

        def finish(self, summary: list[str]) -> None:
            self.W(
                r.uniform(0.3, 1.2),
                "INFO",
                "worker:317",
                "Worker %s was stopped. Shutting down Keep-Alive thread",
                [f"Worker {self.wid} was stopped. Shutting down Keep-Alive thread"],
            )
            self.W(
                0.01,
                "INFO",
                "interface:175",
                LU_SUMMARY,
                [
                    "",
                    "===== Luigi Execution Summary =====",
                    "",
                    *summary,
                    "",
                    "===== Luigi Execution Summary =====",
                    "",
                ],
            )
            for tid in self.tids:
                removals.append((self.t + sec(60 + 600 + r.uniform(0, 5)), tid, self.t))

        tids: list[str]

    def ping_failed(run: Run, tp: datetime) -> None:
        """The keep-alive ping refused while luigid restarts, and the retry's wait."""
        fs.add(
            run.f,
            tp,
            "Failed connecting to remote scheduler %r",
            lambda x: [
                f"WARNING  {x:%Y-%m-%d %H:%M:%S} rpc:172 Failed connecting to remote scheduler '{LU_URL}'",
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        f"{LU_PY}/urllib3/connection.py",
                        203,
                        "_new_conn",
                        "sock = connection.create_connection(",
                    ),
                    (f"{LU_PY}/urllib3/util/connection.py", 85, "create_connection", "raise err"),
                    (
                        f"{LU_PY}/urllib3/util/connection.py",
                        73,
                        "create_connection",
                        "sock.connect(sa)",
                    ),
                ),
                "ConnectionRefusedError: [Errno 111] Connection refused",
                "",
                "The above exception was the direct cause of the following exception:",
                "",
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        f"{LU_PY}/urllib3/connectionpool.py",
                        791,
                        "urlopen",
                        "response = self._make_request(",
                    ),
                    (f"{LU_PY}/urllib3/connectionpool.py", 497, "_make_request", "conn.request("),
                    (f"{LU_PY}/urllib3/connection.py", 395, "request", "self.endheaders()"),
                    (
                        f"{LU_PY}/urllib3/connection.py",
                        211,
                        "_new_conn",
                        "raise NewConnectionError(",
                    ),
                ),
                "urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPConnection object at 0x7f3a2c1d5e10>: Failed to establish a new connection: [Errno 111] Connection refused",
                "",
                "The above exception was the direct cause of the following exception:",
                "",
                "Traceback (most recent call last):",
                *pyframes(
                    (f"{LU_PY}/requests/adapters.py", 486, "send", "resp = conn.urlopen("),
                    (
                        f"{LU_PY}/urllib3/connectionpool.py",
                        845,
                        "urlopen",
                        "retries = retries.increment(",
                    ),
                    (
                        f"{LU_PY}/urllib3/util/retry.py",
                        515,
                        "increment",
                        "raise MaxRetryError(_pool, url, reason) from reason  # type: ignore[arg-type]",
                    ),
                ),
                "urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='luigi1.internal', port=8082): Max retries exceeded with url: /api/ping (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1d5e10>: Failed to establish a new connection: [Errno 111] Connection refused'))",
                "",
                "During handling of the above exception, another exception occurred:",
                "",
                "Traceback (most recent call last):",
                *pyframes(
                    (
                        f"{LU_PY}/luigi/rpc.py",
                        168,
                        "_fetch",
                        "response = self._fetcher.fetch(full_url, body, self._connect_timeout)",
                    ),
                    (
                        f"{LU_PY}/luigi/rpc.py",
                        130,
                        "fetch",
                        "resp = self.session.post(full_url, data=body, timeout=timeout)",
                    ),
                    (
                        f"{LU_PY}/requests/sessions.py",
                        637,
                        "post",
                        'return self.request("POST", url, data=data, json=json, **kwargs)',
                    ),
                    (
                        f"{LU_PY}/requests/sessions.py",
                        589,
                        "request",
                        "resp = self.send(prep, **send_kwargs)",
                    ),
                    (
                        f"{LU_PY}/requests/sessions.py",
                        703,
                        "send",
                        "r = adapter.send(request, **kwargs)",
                    ),
                    (
                        f"{LU_PY}/requests/adapters.py",
                        519,
                        "send",
                        "raise ConnectionError(e, request=request)",
                    ),
                ),
                "requests.exceptions.ConnectionError: HTTPConnectionPool(host='luigi1.internal', port=8082): Max retries exceeded with url: /api/ping (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1d5e10>: Failed to establish a new connection: [Errno 111] Connection refused'))",
            ],
            (run.host, run.pid),
            1_000_000,
        )
        fs.add(
            run.f,
            tp + sec(0.001),
            "Retrying attempt %r of %r (max)",
            lambda x: [f"INFO     {x:%Y-%m-%d %H:%M:%S} rpc:162 Retrying attempt 2 of 3 (max)"],
            (run.host, run.pid),
            1_000_000,
        )
        fs.add(
            run.f,
            tp + sec(0.002),
            "Wait for %d seconds",
            lambda x: [f"INFO     {x:%Y-%m-%d %H:%M:%S} rpc:149 Wait for 30 seconds"],
            (run.host, run.pid),
            1_000_000,
        )

    def summary(parts: list[tuple[str, list[str]]], n: int, mood: str) -> list[str]:
        out = [f"Scheduled {n} tasks of which:"]
        for head, items in parts:
            if head.startswith("    "):
                out.append(head)
                out += [f"        - 1 {it}" for it in items]
            else:
                out.append(head)
                out += [f"    - 1 {it}" for it in items]
        return [*out, "", f"This progress looks {mood}"]

    def running(run: Run, dt: float, rep: str) -> None:
        run.rpc("/api/get_work", 1.5, 6.5)
        run.W(
            dt,
            "INFO",
            "worker:180",
            "[pid %s] Worker %s running   %s",
            [f"[pid {run.pid}] Worker {run.wid} running   {rep}"],
        )

    def done(run: Run, dt: float, rep: str, tid: str) -> None:
        run.W(
            dt,
            "INFO",
            "worker:222",
            "[pid %s] Worker %s done      %s",
            [f"[pid {run.pid}] Worker {run.wid} done      {rep}"],
        )
        run.informed(tid, "DONE", 0.02)

    # ---- etl1: the hourly rollup, cron at HH:05 for the hour before
    def hourly(t: datetime, hour: datetime, mode: str = "ok", only_tail: bool = False) -> None:
        hs = f"{hour:%Y-%m-%dT%H}"
        reps = {
            f: f"{f}(hour={hs})"
            for f in [
                "HourlyRollup",
                "LoadToWarehouse",
                "AggregateHour",
                "SessionizeHour",
                "RawEventsHour",
            ]
        }
        ids = {f: task_id(f, hs) for f in reps}
        run = Run("etl1", "etl1-hourly_rollup.log", t)
        run.tids = list(ids.values())
        order = (
            ["HourlyRollup", "LoadToWarehouse"]
            if only_tail
            else [
                "HourlyRollup",
                "LoadToWarehouse",
                "AggregateHour",
                "SessionizeHour",
                "RawEventsHour",
            ]
        )
        first = True
        for f in order:
            if f == "RawEventsHour" and mode == "missing":
                run.W(
                    0.4,
                    "WARNING",
                    "worker:630",
                    "Data for %s does not exist (yet?). The task is an external data dependency, so it cannot be run from this luigi process.",
                    [
                        f"Data for {reps[f]} does not exist (yet?). The task is an external data dependency, so it cannot be run from this luigi process."
                    ],
                )
                run.informed(ids[f], "PENDING", 0.01)
                continue
            status = "DONE" if f == "RawEventsHour" else "PENDING"
            run.informed(ids[f], status, r.uniform(1.2, 2.0) if first else r.uniform(0.05, 0.4))
            first = False
        if only_tail:
            run.informed(ids["AggregateHour"], "DONE", 0.2)
        run.W(0.01, "INFO", "interface:173", "Done scheduling tasks", ["Done scheduling tasks"])
        run.W(
            0.01,
            "INFO",
            "worker:1216",
            "Running Worker with %d processes",
            ["Running Worker with 1 processes"],
        )
        run.rpc("/api/add_worker", 0.4, 0.9)
        if mode == "missing":
            run.rpc("/api/get_work", 1.5, 6.5)
            run.finish(
                summary(
                    [
                        ("* 5 were left pending, among these:", []),
                        ("    * 1 were missing external dependencies:", [reps["RawEventsHour"]]),
                        (
                            "    * 4 had missing dependencies:",
                            [
                                reps["AggregateHour"],
                                reps["HourlyRollup"],
                                reps["LoadToWarehouse"],
                                reps["SessionizeHour"],
                            ],
                        ),
                    ],
                    5,
                    ":| because there were missing external dependencies",
                )
            )
            run.pings(run.t)
            return
        if not only_tail:
            for f, lo, hi in [("SessionizeHour", 60, 130), ("AggregateHour", 30, 70)]:
                running(run, 0.1, reps[f])
                done(run, r.uniform(lo, hi), reps[f], ids[f])
        running(run, 0.1, reps["LoadToWarehouse"])
        if mode == "dwh":
            run.W(
                r.uniform(0.2, 0.6),
                "ERROR",
                "worker:234",
                "[pid %s] Worker %s failed    %s",
                [
                    f"[pid {run.pid}] Worker {run.wid} failed    {reps['LoadToWarehouse']}",
                    "Traceback (most recent call last):",
                    *pyframes(
                        (
                            f"{LU_PY}/luigi/worker.py",
                            210,
                            "run",
                            "new_deps = self._run_get_new_deps()",
                        ),
                        (
                            f"{LU_PY}/luigi/worker.py",
                            138,
                            "_run_get_new_deps",
                            "task_gen = self.task.run()",
                        ),
                        (
                            f"{LU_PY}/luigi/contrib/postgres.py",
                            339,
                            "run",
                            "connection = self.output().connect()",
                        ),
                        (
                            f"{LU_PY}/luigi/contrib/postgres.py",
                            183,
                            "connect",
                            "connection = psycopg2.connect(",
                        ),
                        (
                            f"{LU_PY}/psycopg2/__init__.py",
                            122,
                            "connect",
                            "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                        ),
                    ),
                    *("psycopg2.OperationalError: " + LU_DWH_REFUSED).split("\n"),
                    "",
                ],
            )
            run.W(
                0.2,
                "INFO",
                "notifications:399",
                "Sending email to %r",
                ["Sending email to ['data-oncall@example.com']"],
            )
            run.informed(ids["LoadToWarehouse"], "FAILED", 0.3)
            run.rpc("/api/get_work", 1.5, 6.5)
            run.finish(
                summary(
                    [
                        ("* 1 complete ones were encountered:", [reps["RawEventsHour"]]),
                        ("* 2 ran successfully:", [reps["AggregateHour"], reps["SessionizeHour"]]),
                        ("* 1 failed:", [reps["LoadToWarehouse"]]),
                        ("* 1 were left pending, among these:", []),
                        ("    * 1 had failed dependencies:", [reps["HourlyRollup"]]),
                    ],
                    5,
                    ":( because there were failed tasks",
                )
            )
            run.pings(run.t)
            return
        rows = r.randint(180_000, 460_000)
        for k in range(1, rows // 100_000 + 1):
            run.W(
                r.uniform(4, 9),
                "INFO",
                "postgres:359",
                "Wrote %d lines",
                [f"Wrote {k * 100000} lines"],
            )
        tt = run.t + sec(r.uniform(1, 3))
        run.W(
            0,
            "INFO",
            "postgres:366",
            "Done writing, importing at %s",
            [f"Done writing, importing at {tt:%Y-%m-%d %H:%M:%S}.{tt.microsecond:06d}"],
        )
        done(run, r.uniform(6, 18), reps["LoadToWarehouse"], ids["LoadToWarehouse"])
        running(run, 0.05, reps["HourlyRollup"])
        done(run, 0.02, reps["HourlyRollup"], ids["HourlyRollup"])
        run.rpc("/api/get_work", 1.5, 6.5)
        if only_tail:
            parts = [
                ("* 1 complete ones were encountered:", [reps["AggregateHour"]]),
                ("* 2 ran successfully:", [reps["HourlyRollup"], reps["LoadToWarehouse"]]),
            ]
            n = 3
        else:
            parts = [
                ("* 1 complete ones were encountered:", [reps["RawEventsHour"]]),
                (
                    "* 4 ran successfully:",
                    [
                        reps["AggregateHour"],
                        reps["HourlyRollup"],
                        reps["LoadToWarehouse"],
                        reps["SessionizeHour"],
                    ],
                ),
            ]
            n = 5
        run.finish(
            summary(parts, n, ":) because there were no failed tasks or missing dependencies")
        )
        run.pings(run.t)

    for hh in range(6, 12):
        t = at(hh, 5, r.uniform(1.0, 1.6))
        hour = at(hh - 1, 0)
        hourly(t, hour, {7: "missing", 10: "dwh"}.get(hh, "ok"))
    hourly(at(7, 38, 22.7), at(6, 0))
    hourly(at(10, 52, 9.3), at(9, 0), only_tail=True)

    # ---- etl2: the contact sync every 15 minutes
    t = at(6, 0)
    while t < T_END:
        win = t - timedelta(minutes=15)
        ws = f"{win:%Y-%m-%dT%H%M}"
        reps = {
            f: f"{f}(window={ws})"
            for f in ["UpsertContacts", "TransformContacts", "ExtractContacts"]
        }
        ids = {f: task_id(f, ws) for f in reps}
        run = Run("etl2", "etl2-sync_contacts.log", t + sec(r.uniform(1.0, 1.5)))
        run.tids = list(ids.values())
        for i, f in enumerate(reps):
            run.informed(ids[f], "PENDING", r.uniform(1.1, 1.7) if i == 0 else r.uniform(0.05, 0.3))
        run.W(0.01, "INFO", "interface:173", "Done scheduling tasks", ["Done scheduling tasks"])
        run.W(
            0.01,
            "INFO",
            "worker:1216",
            "Running Worker with %d processes",
            ["Running Worker with 1 processes"],
        )
        run.rpc("/api/add_worker", 0.4, 0.9)
        slow = t == at(9, 0)
        running(run, 0.1, reps["ExtractContacts"])
        done(
            run,
            r.uniform(8, 20) if not slow else 131.4,
            reps["ExtractContacts"],
            ids["ExtractContacts"],
        )
        running(run, 0.1, reps["TransformContacts"])
        if t == at(8, 15):
            # OOM-killed: the log ends here; the scheduler fails the task a minute later
            run.pings(run.t + sec(2))
            tk = run.t + sec(63.2)
            S(
                tk,
                "luigi.scheduler",
                "INFO",
                "Task %r is marked as running by disconnected worker %r -> marking as FAILED with retry delay of %rs",
                [
                    f"Task '{ids['TransformContacts']}' is marked as running by disconnected worker '{run.wid}' -> marking as FAILED with retry delay of 900.0s"
                ],
            )
            removals.extend((tk + sec(600 + r.uniform(0, 3)), x, tk) for x in ids.values())
            t += timedelta(minutes=15)
            continue
        done(run, r.uniform(3, 9), reps["TransformContacts"], ids["TransformContacts"])
        running(run, 0.1, reps["UpsertContacts"])
        n = r.randint(40, 420)
        run.W(
            r.uniform(3, 11) if not slow else 24.0,
            "INFO",
            "tasks:88",
            "upserted %d contacts into %s",
            [f"upserted {n} contacts into crm.contacts"],
        )
        done(run, 0.3, reps["UpsertContacts"], ids["UpsertContacts"])
        run.rpc("/api/get_work", 1.5, 6.5)
        run.finish(
            summary(
                [
                    (
                        "* 3 ran successfully:",
                        [
                            reps["ExtractContacts"],
                            reps["TransformContacts"],
                            reps["UpsertContacts"],
                        ],
                    )
                ],
                3,
                ":) because there were no failed tasks or missing dependencies",
            )
        )
        run.pings(run.t)
        t += timedelta(minutes=15)

    # ---- luigid: pruning, the restart at 09:02 and the clients
    prune0 = at(5, 59, 41.272)
    for tr, tid, tfin in sorted(removals):
        base = prune0 if tr < down[0][1] else down[0][1] + sec(0.051)
        k = -(-(tr - base) // timedelta(minutes=1))
        tp = base + timedelta(minutes=k)
        if tp >= T_END or tfin < down[0][0] <= tp:
            continue  # a task the restarted scheduler never knew
        S(
            tp + sec(r.uniform(0.0005, 0.003)),
            "luigi.scheduler",
            "INFO",
            "Removing task %r",
            [f"Removing task '{tid}'"],
        )
    t = S(
        down[0][0],
        "luigi.server",
        "INFO",
        "Scheduler instance shutting down",
        ["Scheduler instance shutting down"],
    )
    S(
        t + sec(0.004),
        "luigi.scheduler",
        "WARNING",
        "Failed saving scheduler state",
        [
            "Failed saving scheduler state",
            "Traceback (most recent call last):",
            *pyframes(
                (
                    f"{LU_PY.replace('etl', 'luigi')}/luigi/scheduler.py",
                    422,
                    "dump",
                    "pickle.dump(self.get_state(), fobj)",
                )
            ),
            "OSError: [Errno 28] No space left on device",
        ],
    )
    t = S(
        down[0][1] - sec(0.41),
        "luigi",
        "INFO",
        "logging configured via special settings",
        ["logging configured via special settings"],
    )
    t = S(
        t + sec(0.052),
        "luigi.scheduler",
        "INFO",
        "Attempting to load state from %s",
        ["Attempting to load state from /var/lib/luigi-server/state.pickle"],
    )
    t = S(
        t + sec(0.001),
        "luigi.scheduler",
        "ERROR",
        "Error when loading state. Starting from empty state.",
        [
            "Error when loading state. Starting from empty state.",
            "Traceback (most recent call last):",
            *pyframes(
                (
                    f"{LU_PY.replace('etl', 'luigi')}/luigi/scheduler.py",
                    434,
                    "load",
                    "state = pickle.load(fobj)",
                )
            ),
            "EOFError: Ran out of input",
        ],
    )
    S(t + sec(0.09), "luigi.server", "INFO", "Scheduler starting up", ["Scheduler starting up"])
    for t in poisson(r, T0, T_END, 30):
        if not in_any(t, down):
            access(t, 200, "GET", LU_FAILED_CHECK, "10.0.9.14", r.uniform(0.9, 4.5))
    for t0 in [at(7, 21, 5), at(8, 23, 40), at(10, 13, 12), at(10, 55, 31)]:
        t = t0
        access(t, 200, "GET", "/static/visualiser/index.html", "10.0.8.31", r.uniform(1.2, 2.4))
        t += sec(r.uniform(0.3, 0.6))
        access(t, 404, "GET", "/favicon.ico", "10.0.8.31", r.uniform(0.3, 0.6))
        for _ in range(r.randint(4, 9)):
            t += sec(r.uniform(2, 25))
            st = r.choice(["RUNNING", "PENDING", "FAILED", "DONE", "DISABLED"])
            access(
                t,
                200,
                "GET",
                f"/api/task_list?data=%7B%22status%22%3A%22{st}%22%2C%22upstream_status%22%3A%22%22%2C%22search%22%3A%22%22%7D",
                "10.0.8.31",
                r.uniform(1.0, 9.0),
            )
            if r.random() < 0.4:
                access(
                    t + sec(0.05), 200, "GET", "/api/worker_list", "10.0.8.31", r.uniform(0.6, 2.0)
                )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ storm

ST_TOPO = "clickstream-enrich-7-1717653901"
ST_SUP = {
    "sup1": "5b0e9f3c-2d41-4a8e-9f6b-1c7d3e5a9b02",
    "sup2": "9c41d2a7-6e3b-4f15-8a20-d7b9c3e1f468",
}
ST_HOST = {"sup1": "storm-sup1.example.com", "sup2": "storm-sup2.example.com"}
ST_IP = {"sup1": "10.0.3.21", "sup2": "10.0.3.22"}
ST_PORT = {"sup1": 6700, "sup2": 6701}
ST_EXECS = {"sup1": [2, 4, 7, 10], "sup2": [3, 5, 8, 11]}
ST_OTHER = {("sup1", 6701): [1, 6, 9, 12], ("sup2", 6700): [13, 14, 15, 16]}
ST_COMP = {
    2: "kafka-spout",
    3: "kafka-spout",
    4: "sessionize",
    5: "sessionize",
    7: "geo-enrich",
    8: "geo-enrich",
    10: "__acker",
    11: "__acker",
}
ST_CONF = "{storm.messaging.netty.min_wait_ms=100, topology.backpressure.wait.strategy=org.apache.storm.policy.WaitStrategyProgressive, storm.zookeeper.servers=[zk1.example.com, zk2.example.com, zk3.example.com], topology.workers=4, topology.acker.executors=null, topology.max.spout.pending=2000, topology.message.timeout.secs=60, topology.worker.childopts=-Xmx2g -XX:+UseG1GC -Xlog:gc*:file=artifacts/gc.log, storm.messaging.netty.buffer_size=5242880, storm.messaging.netty.max_wait_ms=1000, storm.messaging.netty.max_retries=300, nimbus.seeds=[storm-nimbus.example.com], supervisor.worker.timeout.secs=30, storm.local.dir=/var/storm, storm.zookeeper.root=/storm, topology.name=clickstream-enrich, topology.kryo.register=null, topology.debug=false, worker.heartbeat.frequency.secs=1, storm.log.dir=/var/log/storm, topology.submitter.user=storm}"


def st_local_assignment(sup: str) -> str:
    ex = ", ".join(f"ExecutorInfo(task_start:{e}, task_end:{e})" for e in ST_EXECS[sup])
    return f"LocalAssignment(topology_id:{ST_TOPO}, executors:[{ex}], resources:WorkerResources(mem_on_heap:2048.0, mem_off_heap:0.0, cpu:70.0, shared_mem_on_heap:0.0, shared_mem_off_heap:0.0, resources:{{offheap.memory.mb=0.0, onheap.memory.mb=2048.0, cpu.pcore.percent=70.0}}, shared_resources:{{}}), owner:storm)"


def st_assignment(starts: dict[int, int]) -> str:
    slots: dict[int, tuple[str, int]] = {}
    for sup in ST_EXECS:
        for e in ST_EXECS[sup]:
            slots[e] = (sup, ST_PORT[sup])
    for (sup, port), execs in ST_OTHER.items():
        for e in execs:
            slots[e] = (sup, port)
    order = sorted(slots)
    enp = ", ".join(
        f"[{e}, {e}]=NodeInfo(node:{ST_SUP[slots[e][0]]}, port:[{slots[e][1]}])" for e in order
    )
    est = ", ".join(f"[{e}, {e}]={starts[e]}" for e in order)
    nodes = sorted({slots[e] for e in order})
    wr = ", ".join(
        f"NodeInfo(node:{ST_SUP[s]}, port:[{p}])=WorkerResources(mem_on_heap:2048.0, mem_off_heap:0.0, cpu:70.0, shared_mem_on_heap:0.0, shared_mem_off_heap:0.0, resources:{{offheap.memory.mb=0.0, onheap.memory.mb=2048.0, cpu.pcore.percent=70.0}}, shared_resources:{{}})"
        for s, p in nodes
    )
    return f"Assignment(master_code_dir:/var/storm/nimbus, node_host:{{{ST_SUP['sup1']}={ST_HOST['sup1']}, {ST_SUP['sup2']}={ST_HOST['sup2']}}}, executor_node_port:{{{enp}}}, executor_start_time_secs:{{{est}}}, worker_resources:{{{wr}}}, total_shared_off_heap:{{}}, owner:storm)"


def storm(r: random.Random) -> list[Log]:
    """Apache Storm 2.6 (nimbus.log on the nimbus host, supervisor-sup1.log, supervisor-sup2.log,
    and the worker.log of one worker of the clickstream topology on each supervisor,
    sup1-6700-worker.log and sup2-6701-worker.log: log4j2's `%d{yyyy-MM-dd HH:mm:ss.SSS} %c{1.}
    %t [%p] %msg%n`), 06:00 to 12:00: the topology's bolts flushing sessions and missing GeoIP
    records, the sup2 worker dying of heap exhaustion at 07:40 (the supervisor relaunching it,
    its peer's Netty client dropping messages and reconnecting, nimbus reassigning), a ZooKeeper
    leader election at 09:10, the sup1 worker's heartbeat too old after a long GC at 10:50."""
    fs = Files()
    gen = {"sup1": 0, "sup2": 0}
    wid = {s: uuid4(r) for s in ST_SUP}
    launched = {
        "sup1": datetime(2024, 6, 6, 6, 5, 14, 211000, tzinfo=UTC),
        "sup2": datetime(2024, 6, 6, 6, 5, 14, 873000, tzinfo=UTC),
    }
    starts = {e: 1717653912 + (e % 3) for e in range(1, 17)}

    def L(
        f: str,
        proc: object,
        t: datetime,
        logger: str,
        thread: str,
        level: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} {logger} {thread} [{level}] {lines[0]}",
                *lines[1:],
            ],
            proc,
            1000,
        )

    def W(
        sup: str, t: datetime, logger: str, thread: str, level: str, label: str, lines: list[str]
    ) -> datetime:
        return L(
            f"{sup}-{ST_PORT[sup]}-worker.log",
            ("w", sup, gen[sup]),
            t,
            logger,
            thread,
            level,
            label,
            lines,
        )

    def SV(
        sup: str, t: datetime, logger: str, thread: str, level: str, label: str, lines: list[str]
    ) -> datetime:
        return L(f"supervisor-{sup}.log", ("s", sup), t, logger, thread, level, label, lines)

    def N(
        t: datetime, logger: str, thread: str, level: str, label: str, lines: list[str]
    ) -> datetime:
        return L("nimbus.log", "nimbus", t, logger, thread, level, label, lines)

    def thread(sup: str, e: int) -> str:
        return f"Thread-{9 + 2 * e}-{ST_COMP[e]}-executor[{e}, {e}]"

    oom_at = at(7, 40, 12.331)
    gc_at = at(10, 49, 35.8)
    hb_at = at(10, 50, 7.204)
    dead = {"sup2": [(oom_at - sec(1.5), oom_at + sec(43.0))], "sup1": [(gc_at, hb_at + sec(41.5))]}

    # ---- the bolts' own lines
    for sup in ST_SUP:
        se, ge = ST_EXECS[sup][1], ST_EXECS[sup][2]
        t = T0 + sec(r.uniform(0, 30))
        while t < T_END:
            if not in_any(t, dead[sup]):
                W(
                    sup,
                    t,
                    "c.a.c.b.SessionizeBolt",
                    thread(sup, se),
                    "INFO",
                    "Flushed %s sessions to %s in %s ms",
                    [
                        f"Flushed {r.randint(600, 2400)} sessions to hbase:clickstream:sessions in {r.randint(90, 480)} ms"
                    ],
                )
            t += sec(30 + r.uniform(-0.05, 0.3))
        for t in poisson(r, T0, T_END, 70):
            if not in_any(t, dead[sup]):
                ip = r.choice(
                    [
                        f"100.64.{r.randint(0, 127)}.{r.randint(1, 254)}",
                        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"192.0.2.{r.randint(1, 254)}",
                    ]
                )
                W(
                    sup,
                    t,
                    "c.a.c.b.GeoEnrichBolt",
                    thread(sup, ge),
                    "WARN",
                    "No GeoIP record for %s, emitting with country=unknown",
                    [f"No GeoIP record for {ip}, emitting with country=unknown"],
                )

    def worker_start(sup: str, t: datetime) -> datetime:
        t = W(
            sup,
            t,
            "o.a.s.d.w.Worker",
            "main",
            "INFO",
            "Launching worker for %s on %s:%s with id %s and conf %s",
            [
                f"Launching worker for {ST_TOPO} on {ST_SUP[sup]}:{ST_PORT[sup]} with id {wid[sup]} and conf {ST_CONF}"
            ],
        )
        spout = ST_EXECS[sup][0]
        parts = ", ".join(f"clicks-{p}" for p in ([0, 2, 4] if sup == "sup1" else [1, 3, 5]))
        t = W(
            sup,
            t + sec(r.uniform(24, 30)),
            "o.a.s.k.s.KafkaSpout",
            thread(sup, spout),
            "INFO",
            "Partitions reassignment. [task-ID=%s, consumer-group=%s, consumer=%s, topic-partitions=%s]",
            [
                f"Partitions reassignment. [task-ID={spout}, consumer-group=clickstream-enrich, consumer=org.apache.kafka.clients.consumer.KafkaConsumer@{r.getrandbits(31):x}, topic-partitions=[{parts}]]"
            ],
        )
        return W(
            sup,
            t + sec(r.uniform(0.3, 1.5)),
            "o.a.s.d.w.Worker",
            "main",
            "INFO",
            "Worker %s for storm %s on %s:%s  has finished loading",
            [
                f"Worker {wid[sup]} for storm {ST_TOPO} on {ST_SUP[sup]}:{ST_PORT[sup]}  has finished loading"
            ],
        )

    def state(sup: str, t: datetime, a: str, a_ms: int, b: str) -> datetime:
        w = f"topo:{ST_TOPO} worker:{wid[sup]}"
        return SV(
            sup,
            t,
            "o.a.s.d.s.Slot",
            f"SLOT_{ST_PORT[sup]}",
            "INFO",
            "STATE %s msInState: %s topo:%s worker:%s -> %s msInState: %s topo:%s worker:%s",
            [f"STATE {a} msInState: {a_ms} {w} -> {b} msInState: 0 {w}"],
        )

    def relaunch(sup: str, t: datetime, since: datetime, kill: bool) -> datetime:
        port = ST_PORT[sup]
        if kill:
            t = SV(
                sup,
                t + sec(0.002),
                "o.a.s.d.s.Container",
                f"SLOT_{port}",
                "INFO",
                "Killing %s:%s",
                [f"Killing {ST_SUP[sup]}:{wid[sup]}"],
            )
        t = state(
            sup,
            t + sec(r.uniform(0.001, 0.004)) + (sec(1.0) if kill else sec(0)),
            "RUNNING",
            ms_since(t, since),
            "KILL_AND_RELAUNCH",
        )
        k0 = t
        t = SV(
            sup,
            t + sec(r.uniform(0.9, 1.1)),
            "o.a.s.d.s.Container",
            f"SLOT_{port}",
            "INFO",
            "Cleaning up %s:%s",
            [f"Cleaning up {ST_SUP[sup]}:{wid[sup]}"],
        )
        t = SV(
            sup,
            t + sec(r.uniform(0.02, 0.08)),
            "o.a.s.d.s.BasicContainer",
            f"SLOT_{port}",
            "INFO",
            "Launching worker with assignment %s for this supervisor %s on port %s with id %s",
            [
                f"Launching worker with assignment {st_local_assignment(sup)} for this supervisor {ST_SUP[sup]} on port {port} with id {wid[sup]}"
            ],
        )
        t = state(
            sup, t + sec(0.003), "KILL_AND_RELAUNCH", ms_since(t, k0), "WAITING_FOR_WORKER_START"
        )
        return t

    def netty_outage(sup: str, peer: str, t0: datetime, t1: datetime) -> None:
        name = f"Netty-Client-{ST_HOST[peer]}/{ST_IP[peer]}:{ST_PORT[peer]}"
        addr = f"{ST_HOST[peer]}/{ST_IP[peer]}:{ST_PORT[peer]}"
        W(
            sup,
            t0,
            "o.a.s.m.n.Client",
            "Worker-Transfer",
            "ERROR",
            "connection to %s is unavailable",
            [f"connection to {name} is unavailable"],
        )
        lost = 0
        for t in poisson(r, t0, t1, 0.62):
            n = r.randint(8, 96)
            lost += n
            W(
                sup,
                t,
                "o.a.s.m.n.Client",
                "Worker-Transfer",
                "INFO",
                "Dropping %s messages",
                [f"Dropping {n} messages"],
            )
        ta, k = t0 + sec(0.004), 1
        while ta < t1:
            W(
                sup,
                ta,
                "o.a.s.m.n.Client",
                "client-worker-1",
                "ERROR",
                "connection attempt %s to %s failed: java.net.ConnectException: Connection refused: %s",
                [
                    f"connection attempt {k} to {name} failed: java.net.ConnectException: Connection refused: {addr}"
                ],
            )
            ta += sec(min(1.0, 0.1 * 2 ** (k - 1)) + r.uniform(0.001, 0.02))
            k += 1
        W(
            sup,
            ta,
            "o.a.s.m.n.Client",
            "client-worker-1",
            "WARN",
            "Re-connection to %s was successful but %s messages has been lost so far",
            [f"Re-connection to {addr} was successful but {lost} messages has been lost so far"],
        )

    def nimbus_notice(t: datetime, sup: str) -> datetime:
        for e in ST_EXECS[sup]:
            t = N(
                t + sec(r.uniform(0.0005, 0.002)),
                "o.a.s.d.n.Nimbus",
                "timer",
                "INFO",
                "Executor %s:%s not alive",
                [f"Executor {ST_TOPO}:[{e}, {e}] not alive"],
            )
        for e in ST_EXECS[sup]:
            starts[e] = int(t.timestamp()) + 1
        return N(
            t + sec(r.uniform(0.03, 0.09)),
            "o.a.s.d.n.Nimbus",
            "timer",
            "INFO",
            "Setting new assignment for topology id %s: %s",
            [f"Setting new assignment for topology id {ST_TOPO}: {st_assignment(starts)}"],
        )

    # ---- 07:40 the sup2 worker runs out of heap
    sup, th = "sup2", thread("sup2", 5)
    oom = [
        "java.lang.OutOfMemoryError: Java heap space",
        *jframes(
            "java.base/java.util.HashMap.resize(HashMap.java:700)",
            "java.base/java.util.HashMap.putVal(HashMap.java:661)",
            "java.base/java.util.HashMap.put(HashMap.java:610)",
            "com.acme.clickstream.bolt.SessionizeBolt.execute(SessionizeBolt.java:87)",
            "org.apache.storm.executor.bolt.BoltExecutor.tupleActionFn(BoltExecutor.java:236)",
            "org.apache.storm.executor.Executor.accept(Executor.java:283)",
            "org.apache.storm.utils.JCQueue.consumeImpl(JCQueue.java:131)",
            "org.apache.storm.utils.JCQueue.consume(JCQueue.java:111)",
            "org.apache.storm.executor.bolt.BoltExecutor$1.call(BoltExecutor.java:172)",
            "org.apache.storm.executor.bolt.BoltExecutor$1.call(BoltExecutor.java:159)",
            "org.apache.storm.utils.Utils$1.run(Utils.java:408)",
            "java.base/java.lang.Thread.run(Thread.java:829)",
        ),
    ]
    t = W(sup, oom_at, "o.a.s.u.Utils", th, "ERROR", "Async loop died!", ["Async loop died!", *oom])
    t = W(sup, t + sec(0.002), "o.a.s.e.e.ReportError", th, "ERROR", "Error", ["Error", *oom])
    W(
        sup,
        t + sec(0.011),
        "o.a.s.u.Utils",
        th,
        "ERROR",
        "Halting process: Worker died",
        [
            "Halting process: Worker died",
            "java.lang.RuntimeException: Halting process: Worker died",
            *jframes(
                "org.apache.storm.utils.Utils.exitProcess(Utils.java:527)",
                "org.apache.storm.executor.error.ReportErrorAndDie.uncaughtException(ReportErrorAndDie.java:41)",
                "java.base/java.lang.ThreadGroup.uncaughtException(ThreadGroup.java:1055)",
                "java.base/java.lang.ThreadGroup.uncaughtException(ThreadGroup.java:1050)",
                "java.base/java.lang.Thread.dispatchUncaughtException(Thread.java:2001)",
            ),
        ],
    )
    ts = SV(
        sup,
        oom_at + sec(0.58),
        "o.a.s.d.s.BasicContainer",
        "Thread-7",
        "INFO",
        "Worker Process %s exited with code: %s",
        [f"Worker Process {wid[sup]} exited with code: 20"],
    )
    ts = SV(
        sup,
        ts + sec(1.21),
        "o.a.s.d.s.Slot",
        "SLOT_6701",
        "WARN",
        "SLOT %s: main process has exited for topology: %s",
        [f"SLOT 6701: main process has exited for topology: {ST_TOPO}"],
    )
    ts = relaunch(sup, ts, launched[sup], kill=False)
    gen[sup] = 1
    tw = worker_start(sup, ts + sec(3.4))
    state(
        sup,
        tw + sec(r.uniform(0.5, 1.2)),
        "WAITING_FOR_WORKER_START",
        ms_since(tw, ts) + 1000,
        "RUNNING",
    )
    launched[sup] = tw
    netty_outage("sup1", "sup2", oom_at + sec(0.21), tw - sec(0.6))
    W(
        "sup1",
        oom_at + sec(r.uniform(11, 14)),
        "o.a.s.k.s.KafkaSpout",
        thread("sup1", 2),
        "INFO",
        "Partitions reassignment. [task-ID=%s, consumer-group=%s, consumer=%s, topic-partitions=%s]",
        [
            f"Partitions reassignment. [task-ID=2, consumer-group=clickstream-enrich, consumer=org.apache.kafka.clients.consumer.KafkaConsumer@{r.getrandbits(31):x}, topic-partitions=[clicks-0, clicks-1, clicks-2, clicks-3, clicks-4, clicks-5]]"
        ],
    )
    nimbus_notice(oom_at + sec(31.7), "sup2")

    # ---- 09:10 a ZooKeeper leader election
    sessions = {
        f: f"0x{r.choice('123')}0019a2b4c5d{r.randint(0, 0xFFFF):04x}"
        for f in ["nimbus", "sup1", "sup2", "w1", "w2"]
    }
    for key, writer in [
        ("nimbus", lambda t, *a: N(t, *a)),
        ("sup1", lambda t, *a: SV("sup1", t, *a)),
        ("sup2", lambda t, *a: SV("sup2", t, *a)),
        ("w1", lambda t, *a: W("sup1", t, *a)),
        ("w2", lambda t, *a: W("sup2", t, *a)),
    ]:
        t = at(9, 10, 22.5) + sec(r.uniform(0, 0.4))
        zk_old, zk_new = r.choice([("zk1", "zk2"), ("zk1", "zk3")])
        ip_new = {"zk2": "10.0.1.12", "zk3": "10.0.1.13"}[zk_new]
        t = writer(
            t,
            "o.a.s.s.o.a.z.ClientCnxn",
            f"main-SendThread({zk_old}.example.com:2181)",
            "INFO",
            "Unable to read additional data from server sessionid %s, likely server has closed socket, closing socket connection and attempting reconnect",
            [
                f"Unable to read additional data from server sessionid {sessions[key]}, likely server has closed socket, closing socket connection and attempting reconnect"
            ],
        )
        t = writer(
            t + sec(r.uniform(0.05, 0.2)),
            "o.a.s.s.o.a.c.f.s.ConnectionStateManager",
            "main-EventThread",
            "INFO",
            "State change: %s",
            ["State change: SUSPENDED"],
        )
        t = writer(
            t + sec(r.uniform(1.5, 3.5)),
            "o.a.s.s.o.a.z.ClientCnxn",
            f"main-SendThread({zk_new}.example.com:2181)",
            "INFO",
            "Session establishment complete on server %s, session id = %s, negotiated timeout = %s",
            [
                f"Session establishment complete on server {zk_new}.example.com/{ip_new}:2181, session id = {sessions[key]}, negotiated timeout = 20000"
            ],
        )
        writer(
            t + sec(r.uniform(0.002, 0.02)),
            "o.a.s.s.o.a.c.f.s.ConnectionStateManager",
            "main-EventThread",
            "INFO",
            "State change: %s",
            ["State change: RECONNECTED"],
        )

    # ---- 10:50 the sup1 worker's heartbeat is too old after a long GC
    sup = "sup1"
    ts = SV(
        sup,
        hb_at,
        "o.a.s.d.s.Slot",
        "SLOT_6700",
        "WARN",
        "SLOT %s: HB is too old %s > %s for topology: %s",
        [f"SLOT 6700: HB is too old 31000 > 30000 for topology: {ST_TOPO}"],
    )
    tw = W(
        sup,
        hb_at + sec(0.04),
        "o.a.s.d.w.Worker",
        "Thread-5",
        "INFO",
        "Shutting down worker %s %s %s",
        [f"Shutting down worker {ST_TOPO} {ST_SUP[sup]} 6700"],
    )
    W(
        sup,
        tw + sec(0.62),
        "o.a.s.d.w.Worker",
        "Thread-5",
        "INFO",
        "Shut down worker %s %s %s",
        [f"Shut down worker {ST_TOPO} {ST_SUP[sup]} 6700"],
    )
    ts = relaunch(sup, ts, launched[sup], kill=True)
    gen[sup] = 1
    tw = worker_start(sup, ts + sec(3.1))
    state(
        sup,
        tw + sec(r.uniform(0.5, 1.2)),
        "WAITING_FOR_WORKER_START",
        ms_since(tw, ts) + 1000,
        "RUNNING",
    )
    netty_outage("sup2", "sup1", hb_at + sec(0.7), tw - sec(0.5))
    nimbus_notice(gc_at + sec(30.9), "sup1")
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ kylin

KY_STEPS = [
    ("Create Intermediate Flat Hive Table", "ShellExecutable", 55, 110),
    ("Redistribute Flat Hive Table", "ShellExecutable", 25, 55),
    ("Extract Fact Table Distinct Columns", "MapReduceExecutable", 55, 95),
    ("Build Dimension Dictionary", "HadoopShellExecutable", 8, 20),
    ("Save Cuboid Statistics", "SaveStatisticsStep", 2, 5),
    ("Create HTable", "HadoopShellExecutable", 3, 8),
    ("Build Base Cuboid", "MapReduceExecutable", 55, 90),
    ("Build N-Dimension Cuboid : level 1", "NDCuboidJob", 35, 60),
    ("Build N-Dimension Cuboid : level 2", "NDCuboidJob", 35, 60),
    ("Convert Cuboid Data to HFile", "MapReduceExecutable", 45, 80),
    ("Load HFile to HBase Table", "HadoopShellExecutable", 5, 15),
    ("Update Cube Info", "UpdateCubeInfoAfterBuildStep", 1, 3),
    ("Hive Cleanup", "GarbageCollectionStep", 2, 6),
    ("Garbage Collection on HDFS", "HDFSGarbageCollectionStep", 2, 5),
]
KY_QUERY = "\\n==========================[QUERY]===============================\\nQuery Id: %s\\nSQL: %s\\nUser: %s\\nSuccess: %s\\nDuration: %s\\nProject: %s\\nRealization Names: %s\\nCuboid Ids: %s\\nTotal scan count: %s\\nTotal scan bytes: %s\\nResult row count: %s\\nAccept Partial: %s\\nIs Partial Result: %s\\nHit Exception Cache: %s\\nStorage cache used: %s\\nIs Query Push-Down: %s\\nMessage: %s\\n==========================[QUERY]===============================\\n"
KY_SQL = [
    (
        "select part_dt, sum(price) as gmv, count(distinct seller_id) as sellers from kylin_sales where part_dt >= '2024-06-01' group by part_dt order by part_dt",
        6143,
        True,
    ),
    (
        "select region_name, sum(price) as gmv from kylin_sales inner join kylin_country on kylin_sales.buyer_country = kylin_country.country group by region_name",
        5120,
        False,
    ),
    (
        "select lstg_format_name, count(*) as orders, sum(item_count) as items from kylin_sales where part_dt = '2024-06-07' group by lstg_format_name",
        4611,
        True,
    ),
    (
        "select meta_categ_name, sum(price) as gmv from kylin_sales inner join kylin_category_groupings on kylin_sales.leaf_categ_id = kylin_category_groupings.leaf_categ_id group by meta_categ_name order by gmv desc",
        3586,
        True,
    ),
    (
        "select hour_of_day, count(*) as orders from kylin_sales where part_dt = '2024-06-07' group by hour_of_day order by hour_of_day",
        4099,
        False,
    ),
    (
        "select seller_id, sum(price) as gmv from kylin_sales where part_dt >= '2024-05-01' group by seller_id order by gmv desc",
        2050,
        True,
    ),
]
KY_HBASE_FAIL = "Failed after attempts=1, exceptions:"


def kylin(r: random.Random) -> list[Log]:
    """Apache Kylin 3.1 on HBase (kylin1-kylin.log: the job and query node; kylin2-kylin.log: a
    query node; `%d{ISO8601} %-5p [%t] %c{2}:%L : %m%n`), 06:00 to 12:00: the job fetcher every
    30 s, an hourly incremental build of sales_hourly_cube (fourteen MapReduce steps), BI
    dashboards querying both nodes (some from the result cache, some rewritten with a limit), an
    HBase RegionServer down 08:10-08:24 (queries failing with RetriesExhaustedException, the
    08:05 build failing at `Load HFile to HBase Table`, resumed by hand at 08:41)."""
    fs = Files()

    def K(
        h: str, t: datetime, level: str, thread: str, where: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"{h}-kylin.log",
            t,
            label,
            lambda x: [f"{log4j_iso(x)} {level:<5} [{thread}] {where} : {lines[0]}", *lines[1:]],
            h,
            1000,
        )

    hbase_down = [(at(8, 10, 12), at(8, 24, 40))]
    sched_id = 1129207452
    fetch_id = 1593417563
    states = {"succeed": 146, "error": 2, "discarded": 11}
    running: set[str] = set()
    events: list[tuple[datetime, str, str]] = []  # (t, job id, what) to keep the fetcher's counts

    def step_id(jid: str, i: int) -> str:
        return f"{jid}-{i:02d}"

    def job_name(seg0: datetime, t: datetime) -> str:
        seg1 = seg0 + timedelta(hours=1)
        tl = t + timedelta(hours=8)
        return f"BUILD CUBE - sales_hourly_cube - {seg0:%Y%m%d%H%M%S}_{seg1:%Y%m%d%H%M%S} - GMT+08:00 {tl:%Y-%m-%d %H:%M:%S}"

    def run_job(jid: str, name: str, t: datetime, first_step: int, fail_at: int | None) -> datetime:
        th = f"Scheduler {sched_id} Job {jid}-{r.randint(120, 260)}"
        t = K(
            "kylin1",
            t,
            "INFO",
            th,
            "execution.AbstractExecutable:162",
            "Executing AbstractExecutable (%s)",
            [f"Executing AbstractExecutable ({name})"],
        )
        t = K(
            "kylin1",
            t + sec(0.012),
            "INFO",
            th,
            "execution.ExecutableManager:465",
            "job id:%s from %s to %s",
            [f"job id:{jid} from READY to RUNNING"],
        )
        for i in range(first_step, len(KY_STEPS)):
            sname, cls, lo, hi = KY_STEPS[i]
            sid = step_id(jid, i)
            t = K(
                "kylin1",
                t + sec(r.uniform(0.02, 0.2)),
                "INFO",
                th,
                "execution.AbstractExecutable:162",
                "Executing AbstractExecutable (%s)",
                [f"Executing AbstractExecutable ({sname})"],
            )
            t = K(
                "kylin1",
                t + sec(0.009),
                "INFO",
                th,
                "execution.ExecutableManager:465",
                "job id:%s from %s to %s",
                [f"job id:{sid} from READY to RUNNING"],
            )
            if i == fail_at:
                t = K(
                    "kylin1",
                    t + sec(r.uniform(lo, hi)),
                    "ERROR",
                    th,
                    "execution.AbstractExecutable:189",
                    "error running Executable: %s",
                    [f"error running Executable: {cls}{{id={sid}, name={sname}, state=RUNNING}}"],
                )
                t = K(
                    "kylin1",
                    t + sec(0.006),
                    "INFO",
                    th,
                    "execution.ExecutableManager:465",
                    "job id:%s from %s to %s",
                    [f"job id:{sid} from RUNNING to ERROR"],
                )
                t = K(
                    "kylin1",
                    t + sec(0.01),
                    "INFO",
                    th,
                    "execution.ExecutableManager:465",
                    "job id:%s from %s to %s",
                    [f"job id:{jid} from RUNNING to ERROR"],
                )
                t = K(
                    "kylin1",
                    t + sec(0.004),
                    "ERROR",
                    f"pool-{r.randint(8, 12)}-thread-{r.randint(1, 10)}",
                    "threadpool.DefaultScheduler:115",
                    "ExecuteException job:%s",
                    [
                        f"ExecuteException job:{jid}",
                        f"org.apache.kylin.job.exception.ExecuteException: org.apache.kylin.job.exception.ExecuteException: java.io.IOException: {KY_HBASE_FAIL}",
                        f"{t - timedelta(seconds=31):%a %b %d %H:%M:%S} UTC 2024, RpcRetryingCaller{{globalStartTime={int(t.timestamp() * 1000) - 31200}, pause=100, retries=35}}, java.net.ConnectException: Connection refused",
                        "",
                        *jframes(
                            "org.apache.kylin.job.execution.AbstractExecutable.execute(AbstractExecutable.java:198)",
                            "org.apache.kylin.job.impl.threadpool.DefaultScheduler$JobRunner.run(DefaultScheduler.java:113)",
                            "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
                            "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
                            "java.lang.Thread.run(Thread.java:748)",
                        ),
                        f"Caused by: org.apache.kylin.job.exception.ExecuteException: java.io.IOException: {KY_HBASE_FAIL}",
                        *jframes(
                            "org.apache.kylin.job.execution.AbstractExecutable.execute(AbstractExecutable.java:198)",
                            "org.apache.kylin.job.execution.DefaultChainedExecutable.doWork(DefaultChainedExecutable.java:71)",
                            "org.apache.kylin.job.execution.AbstractExecutable.execute(AbstractExecutable.java:179)",
                        ),
                        "\t... 4 more",
                        f"Caused by: java.io.IOException: {KY_HBASE_FAIL}",
                        *jframes(
                            "org.apache.hadoop.hbase.mapreduce.LoadIncrementalHFiles.doBulkLoad(LoadIncrementalHFiles.java:463)",
                            "org.apache.kylin.storage.hbase.steps.BulkLoadJob.run(BulkLoadJob.java:93)",
                            "org.apache.hadoop.util.ToolRunner.run(ToolRunner.java:76)",
                            "org.apache.kylin.engine.mr.common.HadoopShellExecutable.doWork(HadoopShellExecutable.java:63)",
                            "org.apache.kylin.job.execution.AbstractExecutable.execute(AbstractExecutable.java:179)",
                        ),
                        "\t... 6 more",
                    ],
                )
                events.append((t, jid, "error"))
                return t
            t = K(
                "kylin1",
                t + sec(r.uniform(lo, hi)),
                "INFO",
                th,
                "execution.ExecutableManager:465",
                "job id:%s from %s to %s",
                [f"job id:{sid} from RUNNING to SUCCEED"],
            )
        t = K(
            "kylin1",
            t + sec(r.uniform(0.02, 0.1)),
            "INFO",
            th,
            "execution.ExecutableManager:465",
            "job id:%s from %s to %s",
            [f"job id:{jid} from RUNNING to SUCCEED"],
        )
        events.append((t, jid, "succeed"))
        return t

    def schedule(jid: str, name: str, t: datetime) -> datetime:
        th = f"FetcherRunner {fetch_id}-{r.randint(40, 49)}"
        desc = f"CubingJob{{id={jid}, name={name}, state=READY}}"
        t = K(
            "kylin1",
            t,
            "INFO",
            th,
            "threadpool.FetcherRunner:59",
            "%s prepare to schedule and its priority is %s",
            [f"{desc} prepare to schedule and its priority is 10"],
        )
        return K(
            "kylin1",
            t + sec(0.003),
            "INFO",
            th,
            "threadpool.FetcherRunner:62",
            "%s scheduled",
            [f"{desc} scheduled"],
        )

    # ---- the hourly builds, picked up by the fetcher at its next tick
    fetch0 = at(5, 59, 51.337)

    def next_tick(t: datetime) -> datetime:
        k = -(-(t - fetch0) // timedelta(seconds=30))
        return fetch0 + timedelta(seconds=30 * k)

    resume: tuple[str, str, datetime] | None = None
    for hh in range(6, 12):
        submit = at(hh, 5, r.uniform(1, 4))
        jid = uuid4(r)
        name = job_name(at(hh - 1, 0), submit)
        tick = next_tick(submit)
        events.append((tick, jid, "run"))
        t = schedule(jid, name, tick + sec(r.uniform(0.02, 0.2)))
        fail = 10 if hh == 8 else None
        run_job(jid, name, t + sec(0.01), 0, fail)
        if fail is not None:
            resume = (jid, name, at(8, 41, 7.3))
    assert resume is not None
    jid, name, tr = resume
    th = f"http-bio-7070-exec-{r.randint(1, 30)}"
    tr = K(
        "kylin1",
        tr,
        "INFO",
        th,
        "execution.ExecutableManager:465",
        "job id:%s from %s to %s",
        [f"job id:{jid} from ERROR to READY"],
    )
    K(
        "kylin1",
        tr + sec(0.008),
        "INFO",
        th,
        "execution.ExecutableManager:465",
        "job id:%s from %s to %s",
        [f"job id:{step_id(jid, 10)} from ERROR to READY"],
    )
    tick = next_tick(tr)
    events.append((tr, jid, "ready"))
    events.append((tick, jid, "run"))
    t = schedule(jid, name, tick + sec(0.05))
    run_job(jid, name, t + sec(0.01), 10, None)

    # ---- the fetcher's tick every 30 s, its counts following the jobs
    events.sort()
    ei = 0
    t = fetch0 + timedelta(seconds=30)
    while t < T_END:
        while ei < len(events) and events[ei][0] <= t:
            _, ej, what = events[ei]
            if what == "run":
                running.add(ej)
            elif what == "succeed":
                running.discard(ej)
                states["succeed"] += 1
            elif what == "error":
                running.discard(ej)
                states["error"] += 1
            elif what == "ready":
                states["error"] -= 1
            ei += 1
        K(
            "kylin1",
            t + sec(r.uniform(0.001, 0.03)),
            "INFO",
            f"FetcherRunner {fetch_id}-{r.randint(40, 49)}",
            "threadpool.DefaultFetcherRunner:85",
            "Job Fetcher: %s should running, %s actual running, %s stopped, %s ready, %s already succeed, %s error, %s discarded, %s others",
            [
                f"Job Fetcher: {len(running)} should running, {len(running)} actual running, 0 stopped, 0 ready, {states['succeed']} already succeed, {states['error']} error, {states['discarded']} discarded, 0 others"
            ],
        )
        t += timedelta(seconds=30)

    # ---- dashboards querying both nodes
    cached: dict[tuple[str, int], datetime] = {}
    for h, mean in [("kylin1", 200), ("kylin2", 150)]:
        for t in poisson(r, T0, T_END, mean):
            qi = r.randrange(len(KY_SQL))
            sql, cuboid, limited = KY_SQL[qi]
            qid = uuid4(r)
            th = f"Query {qid}-{r.randint(90, 400)}"
            user = r.choice(["ANALYST", "ANALYST", "BI_SVC", "ADMIN"])
            lines_sql = sql
            t = K(
                h,
                t,
                "INFO",
                th,
                "service.QueryService:403",
                "Using project: %s",
                ["Using project: sales_analytics"],
            )
            t = K(
                h,
                t + sec(0.001),
                "INFO",
                th,
                "service.QueryService:404",
                "The original query:  %s",
                [f"The original query:  {lines_sql}"],
            )
            hit = (
                (h, qi) in cached
                and (t - cached[(h, qi)]) < timedelta(minutes=40)
                and not in_any(t, hbase_down)
                and r.random() < 0.7
            )
            if hit:
                t = K(
                    h,
                    t + sec(r.uniform(0.002, 0.01)),
                    "INFO",
                    th,
                    "service.QueryService:574",
                    "The sqlResponse is found in SUCCESS_QUERY_CACHE",
                    ["The sqlResponse is found in SUCCESS_QUERY_CACHE"],
                )
                dur, scan, sbytes, rows, ok, msg, used = (
                    r.randint(3, 14),
                    0,
                    0,
                    r.randint(4, 60),
                    True,
                    "null",
                    True,
                )
            elif in_any(t, hbase_down):
                if limited:
                    t = K(
                        h,
                        t + sec(r.uniform(0.01, 0.04)),
                        "INFO",
                        th,
                        "service.QueryService:679",
                        "The corrected query: %s",
                        [f"The corrected query: {sql}", "LIMIT 50000"],
                    )
                tt = t + sec(r.uniform(1.2, 2.5))
                err_head = [
                    f"{tt:%a %b %d %H:%M:%S} UTC 2024, RpcRetryingCaller{{globalStartTime={int(tt.timestamp() * 1000) - r.randint(900, 2300)}, pause=100, retries=1}}, java.net.ConnectException: Connection refused",
                    "",
                ]
                t = K(
                    h,
                    tt,
                    "ERROR",
                    th,
                    "service.QueryService:502",
                    "Exception while executing query",
                    [
                        "Exception while executing query",
                        f'java.sql.SQLException: Error while executing SQL "{sql}{" LIMIT 50000" if limited else ""}": {KY_HBASE_FAIL}',
                        *err_head,
                        *jframes(
                            "org.apache.calcite.avatica.Helper.createException(Helper.java:56)",
                            "org.apache.calcite.avatica.Helper.createException(Helper.java:41)",
                            "org.apache.calcite.avatica.AvaticaStatement.executeInternal(AvaticaStatement.java:163)",
                            "org.apache.calcite.avatica.AvaticaStatement.executeQuery(AvaticaStatement.java:227)",
                            "org.apache.kylin.rest.service.QueryService.executeRequest(QueryService.java:1008)",
                            "org.apache.kylin.rest.service.QueryService.queryWithSqlMassage(QueryService.java:702)",
                            "org.apache.kylin.rest.service.QueryService.query(QueryService.java:219)",
                            "org.apache.kylin.rest.service.QueryService.queryAndUpdateCache(QueryService.java:520)",
                            "org.apache.kylin.rest.service.QueryService.doQueryWithCache(QueryService.java:479)",
                            "org.apache.kylin.rest.service.QueryService.doQueryWithCache(QueryService.java:403)",
                            "org.apache.kylin.rest.controller.QueryController.query(QueryController.java:86)",
                            "sun.reflect.GeneratedMethodAccessor311.invoke(Unknown Source)",
                            "sun.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
                            "java.lang.reflect.Method.invoke(Method.java:498)",
                            "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:205)",
                            "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:133)",
                            "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:97)",
                            "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:827)",
                            "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:967)",
                            "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:303)",
                            "org.apache.tomcat.util.net.JIoEndpoint$SocketProcessor.run(JIoEndpoint.java:316)",
                            "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
                            "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
                            "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
                            "java.lang.Thread.run(Thread.java:748)",
                        ),
                        f"Caused by: org.apache.hadoop.hbase.client.RetriesExhaustedException: {KY_HBASE_FAIL}",
                        *err_head,
                        *jframes(
                            "org.apache.hadoop.hbase.client.RpcRetryingCaller.callWithRetries(RpcRetryingCaller.java:157)",
                            "org.apache.hadoop.hbase.client.HTable$16.call(HTable.java:1800)",
                            "org.apache.hadoop.hbase.client.HTable$16.call(HTable.java:1775)",
                            "java.util.concurrent.FutureTask.run(FutureTask.java:266)",
                        ),
                        "\t... 3 more",
                    ],
                )
                dur, scan, sbytes, rows, ok, used = (
                    ms_since(t, t - sec(r.uniform(1.3, 2.6))),
                    0,
                    0,
                    0,
                    False,
                    False,
                )
                msg = f'{KY_HBASE_FAIL}\n{err_head[0]}\n\nwhile executing SQL: "{sql}{" LIMIT 50000" if limited else ""}"'
            else:
                if limited:
                    t = K(
                        h,
                        t + sec(r.uniform(0.01, 0.04)),
                        "INFO",
                        th,
                        "service.QueryService:679",
                        "The corrected query: %s",
                        [f"The corrected query: {sql}", "LIMIT 50000"],
                    )
                dur = r.randint(140, 2600)
                scan = r.randint(300, 26000)
                sbytes = scan * r.randint(28, 44)
                rows = r.randint(4, 60)
                t = K(
                    h,
                    t + sec(dur / 1000),
                    "INFO",
                    th,
                    "service.QueryService:488",
                    "Stats of SQL response: isException: %s, duration: %s, total scan count %s",
                    [
                        f"Stats of SQL response: isException: false, duration: {dur}, total scan count {scan}"
                    ],
                )
                if dur <= 2000 and scan <= 10240 and sbytes <= 1048576:
                    t = K(
                        h,
                        t + sec(0.0005),
                        "INFO",
                        th,
                        "service.QueryService:1120",
                        "query is too lightweight with duration: %s (threshold %s), scan count: %s (threshold %s), scan bytes: %s (threshold %s)",
                        [
                            f"query is too lightweight with duration: {dur} (threshold 2000), scan count: {scan} (threshold 10240), scan bytes: {sbytes} (threshold 1048576)"
                        ],
                    )
                else:
                    cached[(h, qi)] = t
                ok, msg, used = True, "null", False
            real = "[]" if not ok else "[CUBE[name=sales_hourly_cube]]"
            cub = "[]" if not ok else f"[{cuboid}]"
            body = f"Query Id: {qid}\nSQL: {sql}\nUser: {user}\nSuccess: {str(ok).lower()}\nDuration: {dur / 1000:.3f}\nProject: sales_analytics\nRealization Names: {real}\nCuboid Ids: {cub}\nTotal scan count: {scan}\nTotal scan bytes: {sbytes}\nResult row count: {rows}\nAccept Partial: true\nIs Partial Result: false\nHit Exception Cache: false\nStorage cache used: {str(used).lower()}\nIs Query Push-Down: false\nMessage: {msg}"
            K(
                h,
                t + sec(r.uniform(0.001, 0.004)),
                "INFO",
                th,
                "service.QueryService:349",
                KY_QUERY,
                [
                    "",
                    "==========================[QUERY]===============================",
                    *body.split("\n"),
                    "==========================[QUERY]===============================",
                    "",
                ],
            )
    return fs.logs(T0)


SYSTEMS = {
    "conductor": conductor,
    "cadence": cadence,
    "luigi": luigi,
    "storm": storm,
    "kylin": kylin,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
