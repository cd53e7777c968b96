#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 230 (jmeter, gatling, spring-cloud-gateway,
sentinel-dashboard, activiti) into bench/heldout/, the same way and under the same label rules
as generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format string
that wrote it as it is written. Distinct calls of one process never share a timestamp at the
log's resolution (round 53's Clock, kept per process and per file). Two load generators, an API
gateway, a flow-control dashboard and a workflow engine, 06:00 to 12:00 on 2024-06-07. None of
the five was in the set (Spring Boot, Zuul, Tomcat, Eureka, Flowable and Camunda are).

- Apache JMeter 5.6.3 (`loadgen1-jmeter.log`, a six-hour soak of the shop run in CLI mode;
  `loadgen2-spike-0630.log` ... `loadgen2-spike-1130.log`, cron's hourly ten-minute API spike,
  `-j` naming a log per run): log4j2's `%d %p %c{1.}: %m%n` (`2024-06-07 06:00:00,512 INFO
  o.a.j.e.StandardJMeterEngine: Running the test!`), the team's log4j2.xml keeping only the
  engine, the thread groups, the threads and the Summariser at INFO (root at WARN). Each run's
  `Running the test!`, `Starting ThreadGroup: %d : %s`, `Starting %d threads for group %s.`,
  `Thread will continue on error`, `Starting thread group... number=%d threads=%d ramp-up=%d
  delayedStart=%s`, `Started thread group number %d`, `All thread groups have been started`,
  every thread's `Thread started: %s`, and at the scheduler's end `Stopping because end time
  detected by thread: %s`, `Thread is done: %s`, `Thread finished: %s`, `Notifying test
  listeners of end of test`; the Summariser's `summary + ... Active: %d Started: %d Finished: %d`
  and `summary = ...` (every 60 s on the soak, 30 s on the spikes). The shop's gateway down
  08:41-08:46 (`Error processing JSON content in %s, message: Unexpected character (%s) at
  position %d.` from two JSON Extractors), loadgen1's heap filling from 08:55 until
  `Uncaught exception in thread %s` with `java.lang.OutOfMemoryError: Java heap space` at 09:18
  and the soak restarted at 09:26; the 08:30 spike's plan saved with a plugin's thread group the
  host lacks (`Error in NonGUIDriver` and the `Problem loading XML from:...` exception, a blank
  line in its message), the 10:30 spike overloading the API (`Problem in JSR223 script, %s` with
  Groovy's JsonException over six lines and the ScriptException's stack).
- Gatling 3.9.5 bundle (`checkout-soak.log`: stdout of `gatling.sh -s shop.CheckoutSoak`, the
  console's writePeriod raised to 30 s; `api-smoke.log`: cron appending an hourly five-minute
  `api.ApiSmoke` run at the default 5 s): the console's blocks (a blank line, a rule of 80 `=`,
  `2024-06-07 06:00:30    30s elapsed`, `---- Requests ---`, `> Global (OK=... KO=...)`, a line
  per request, `---- Errors ---` with the cumulative error counts once there are any, a blank line,
  a section per scenario with the progress bar and `waiting: / active: / done:`, the closing rule),
  written by one println and unstamped but for the date line; logback's `HH:mm:ss.SSS [%-5level]
  %logger{15} - %msg` lines between them (no date); `GATLING_HOME is set to %s`, `Simulation %s
  started...`, `Simulation %s completed in %s seconds`, `Parsing log file(s)...`, `Parsing log
  file(s) done`, `Generating reports...`, the final `---- Global Information ---` block, `Reports
  generated in %ss.`, `Please open the following file: %s` and the smoke's assertion lines. A
  login page deployed without its CSRF meta tag 07:12-07:27 and the payment provider down
  08:02-08:14 (`'%s' failed to execute: No attribute named '%s' is defined`), a product feed
  answering `"N/A"` prices all morning (`'%s' crashed with 'java.lang.NumberFormatException: For
  input string: "%s"', forwarding to the next one`), the 08:05 smoke failing its assertion, the
  10:05 smoke pointing at a feeder file that is not there (`Run crashed` and the exception's
  stack).
- Spring Cloud Gateway 4.1 on Spring Boot 3.2 (`api-gateway-7d9c6b5f4-2xkqp.log`,
  `api-gateway-7d9c6b5f4-h8wzn.log`: two pods' `kubectl logs --since-time`, replaced at 10:30 by
  `api-gateway-5c8f7d9b6-m4tzr.log` and `api-gateway-5c8f7d9b6-qv7jd.log`): Boot's console layout
  (`2024-06-07T06:00:01.234Z  INFO 1 --- [api-gateway] [ctor-http-epoll-3]
  reactor.netty.http.server.AccessLog      : ...`), reactor-netty's access log for a partner API
  (`%s - %s [%s] "%s %s %s" %s %s %s %s ms`, 200s, 404s, 429s from the Redis rate limiter, 504s
  while payments is slow 11:10-11:20); the orders service crash-looping 08:40-08:58
  (`AbstractErrorWebExceptionHandler`'s `[%s]  500 Server Error for HTTP %s "%s"` with the
  AnnotatedConnectException, Reactor's `Error has been observed at the following site(s):`
  checkpoints and `Original Stack Trace:`, and `[%s] The connection observed an error` with
  PrematureCloseException as pods go away); Redis restarted 09:40-09:52 (Lettuce's `Reconnecting,
  last destination was %s`, `Cannot reconnect to [%s]: Connection refused: %s`, `Reconnected to
  %s`); a config push with a misspelt filter at 07:50 and its fix at 08:04 (`Fetching config from
  server at : %s`, `Located environment: name=%s, profiles=%s, label=%s, version=%s, state=%s`,
  `Refresh keys changed: %s`, CachingRouteLocator's `Refresh routes error !!!` with the
  IllegalArgumentException); the 10:30 rollout (`Commencing graceful shutdown. Waiting for active
  requests to complete`, `Graceful shutdown complete`, the new pods' start-up with fourteen
  `Loaded RoutePredicateFactory [%s]`).
- Sentinel dashboard 1.8.6 (`sentinel-dashboard.log`: the file its application.properties sets,
  `%d{yyyy-MM-dd HH:mm:ss} [%thread] %-5level %logger{36} - %msg%n`, whole seconds): Spring Boot
  2.0's start-up on Tomcat 8.5 with org.springframework.web at INFO (`Mapped "%s" onto %s` for
  every handler method, the filters, the ProtocolHandler, `Started DashboardApplication in %s
  seconds (JVM running for %s)`) and the first request's `FrameworkServlet` lines; MetricFetcher's
  `Failed to fetch metric from <%s> (ConnectionException: Connection refused)` while
  order-service containers restart (a crash loop at 06:40, 08:31, 09:40; an app is fetched about
  every 7 s), `Failed to fetch metric from <%s> (ConnectionException: Timeout connecting to [%s])`
  for inventory-service's three machines, redeployed with the transport port on 8720, which
  their NetworkPolicy blocks 07:10-08:05, `Failed to fetch metric from <%s>: socket timeout`
  while the gateway's machines are saturated 10:58-11:24; rule edits (`setRules result:
  %s, type=%s`, `Failed to add new flow rule, app=%s, ip=%s` and `Error when querying flow rules`
  with their stacks while a machine restarts), `Login failed: Invalid username or password,
  username=%s`, and the dashboard killed by the OOM killer and started again at 10:20.
- Activiti 6.0.0 (`bpm1-engine.out`, `bpm2-engine.out`: a loan-origination service embedding the
  engine in a Spring context on two nodes, stdout appended by its unit, log4j 1.2 with the
  pattern Activiti ships, ` %d{hh:mm:ss,SSS} [%t] %-5p %c %x - %m%n`: a leading space, a
  12-hour time without a date, the empty NDC leaving two spaces before the dash): start-up
  (`Refreshing %s: startup date [%s]; root of context hierarchy`, `Loading XML bean definitions
  from class path resource [%s]`, `ProcessEngine %s created`, DefaultAsyncJobExecutor's `Starting
  up the default async job executor [%s].`, `Creating thread pool queue of size %d`, `Creating
  executor service with corePoolSize %d, maxPoolSize %d and keepAliveTime %d`, the acquisition
  threads' literal `{} starting to acquire async jobs due` (two classes) and `{} starting to reset
  expired jobs`) and shutdown; the application's own loggers per loan (`Received application %s
  (%s, amount %s EUR, term %d months)`, `Started process instance %s for application %s`, `Credit
  check for application %s: bureau score %d (band %s)`, `Application %s decided %s (score %d)`,
  `Task %s (%s) assigned to %s`, `Task %s completed by %s`, `Disbursed %s EUR for application %s,
  payment reference %s`, `Reminder sent for task %s (waiting %d h)`); the credit bureau answering
  503 07:20-07:38 (`Credit bureau call failed for application %s: %s`, CommandContext's `Error
  while closing command context` and ExecuteAsyncRunnable's `Job %s failed`, each with the
  stack, three attempts per job), the mail relay refusing 08:10-08:32 (the same pair with
  `Could not send e-mail in execution %s`), the database failing over 09:05-09:17 (`exception
  during timer job acquisition: %s` and `exception during async job acquisition: %s` every ten
  seconds per node, `exception during resetting expired jobs` and the JMS listener's `Could not
  start process for application %s, message will be redelivered`, each with Spring's
  CannotCreateTransactionException and its causes), bpm2 redeployed at 10:30.

Label notes. The heads are context: JMeter's time, level and logger, Gatling's logback time,
level and logger, Boot's time, level, pid, application name, thread and logger, the Sentinel
file's time, thread, level and logger, Activiti's time, thread, level, logger and NDC. A
connection or exchange prefix a framework puts before its message is context (Spring's exchange
log prefix `[5d8a7c1e-17] `, reactor-netty's `[id, L:... - R:...] `). A Gatling console block is
one write: its row is the first rule line (the blank line before it is not an event), labelled
with the format of the block's first line that is not a rule (`%s %ss elapsed`, and `---- Global
Information ---...` for the final report), the rest of the block continuing it. An exception
message inside a log message contributes its format (json-smart's `Unexpected character (%s) at
position %d.`, the EL's `No attribute named '%s' is defined`, Java's `For input string: "%s"`,
Netty's `finishConnect(..) failed: Connection refused: %s`, httpasyncclient's `Timeout
connecting to [%s]`, Spring's `Could not open JDBC Connection for transaction; nested exception
is ...` after `acquisition: `). JMeter's Summariser writes `+` or `=` by branch (two labels), its name (`summary`) is a
value; Activiti's `{} starting to acquire async jobs due` is a format string with no argument
(the braces are printed) and is one label for both acquisition threads, and `exception during
resetting expired jobs` drops its arguments the same way. Element, scenario, request, thread,
route, application, task and user names, enum names (`APPROVED`, the bureau band), URLs, ids and
durations are values. The later lines of a multi-line record have no row: stacks and their
`Caused by:`, Reactor's checkpoint list, Groovy's multi-line message, the NonGUIDriver message,
Gatling's blocks.

Least sure (written from the helper's knowledge; Gatling's ConsoleSummary was read in a copy of
its 3.x source, the rest is not checked against sources): JMeter's `Thread will continue on
error`, `Uncaught exception in thread %s` (the handler's wording) and the NonGUIDriver message's
layout; whether log4j2 in 5.6.3 writes `Thread is done:` before `Thread finished:`; Gatling 3.9's
error lines' wrapping, the Global Information layout, the order of the assertion lines and the
report path, the exact texts of `Run crashed` and `Could not locate feeder file`; reactor-netty's
access log fields (the port before the duration and the ` ms`), Boot 3.2's `[appname]` column,
Lettuce's `Cannot reconnect` wording; the Sentinel dashboard's Boot version (2.0.5) and so
whether the `Mapped "{[...],methods=[...]}"` lines are written, MetricFetcher's thread names,
SentinelApiClient's `setRules result` wording; Activiti's `{} stopped async job due acquisition`,
`exception during resetting expired jobs` and the acquisition and executor threads' names.
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import Records
from generate_round53 import Clock
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

Text = Callable[[datetime], list[str]]


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def abbrev(name: str, target: int) -> str:
    """logback's %logger{N}: package segments cut to their initial, leftmost first, until the
    name fits (the class name is never cut)."""
    parts = name.split(".")
    total = len(name)
    for i in range(len(parts) - 1):
        if total <= target:
            break
        total -= len(parts[i]) - 1
        parts[i] = parts[i][0]
    return ".".join(parts)


def hms(s: float) -> str:
    s = round(s)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


class LeadRecords(Records):
    """Records whose label goes on the first line that is not blank (a console block printed
    with a blank line before it)."""

    def into(self, log: Log) -> Log:
        for _, _, lines, tid in sorted(self.items, key=lambda x: (x[0], x[1])):
            done = False
            for line in lines:
                if not done and line.strip():
                    log.add(line, tid)
                    done = True
                else:
                    log.add(line, None)
        return log


class LeadFiles(Files):
    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object, res: int
    ) -> datetime:
        t = self.clocks.setdefault(res, Clock(res)).at(proc, t)
        self.files.setdefault(f, LeadRecords()).add(t, text(t), label)  # type: ignore[arg-type]
        return t


# ----------------------------------------------------------------------------------- jmeter

JM_ENGINE = "o.a.j.e.StandardJMeterEngine"
JM_TG = "o.a.j.t.ThreadGroup"
JM_THREAD = "o.a.j.t.JMeterThread"
JM_SUM = "o.a.j.r.Summariser"

JM_OOM = [
    "java.lang.OutOfMemoryError: Java heap space",
    "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
    "\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)",
    "\tat java.base/java.io.ByteArrayOutputStream.write(ByteArrayOutputStream.java:132)",
    "\tat org.apache.jmeter.protocol.http.sampler.HTTPSamplerBase.readResponse(HTTPSamplerBase.java:1949)",
    "\tat org.apache.jmeter.protocol.http.sampler.HTTPAbstractImpl.readResponse(HTTPAbstractImpl.java:476)",
    "\tat org.apache.jmeter.protocol.http.sampler.HTTPHC4Impl.sample(HTTPHC4Impl.java:673)",
    "\tat org.apache.jmeter.protocol.http.sampler.HTTPSamplerProxy.sample(HTTPSamplerProxy.java:66)",
    "\tat org.apache.jmeter.protocol.http.sampler.HTTPSamplerBase.sample(HTTPSamplerBase.java:1311)",
    "\tat org.apache.jmeter.protocol.http.sampler.HTTPSamplerBase.sample(HTTPSamplerBase.java:1300)",
    "\tat org.apache.jmeter.threads.JMeterThread.doSampling(JMeterThread.java:651)",
    "\tat org.apache.jmeter.threads.JMeterThread.executeSamplePackage(JMeterThread.java:570)",
    "\tat org.apache.jmeter.threads.JMeterThread.processSampler(JMeterThread.java:501)",
    "\tat org.apache.jmeter.threads.JMeterThread.run(JMeterThread.java:268)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]

JM_XML = [
    "java.lang.IllegalArgumentException: Problem loading XML from:'/home/perf/plans/spike-api.jmx'. ",
    "Cause:",
    "CannotResolveClassException: kg.apc.jmeter.threads.UltimateThreadGroup",
    "",
    " Detail:com.thoughtworks.xstream.mapper.CannotResolveClassException: kg.apc.jmeter.threads.UltimateThreadGroup",
    "",
    "\tat org.apache.jmeter.save.SaveService.readTree(SaveService.java:540)",
    "\tat org.apache.jmeter.save.SaveService.loadTree(SaveService.java:509)",
    "\tat org.apache.jmeter.JMeter.runNonGui(JMeter.java:1205)",
    "\tat org.apache.jmeter.JMeter.startNonGui(JMeter.java:1133)",
    "\tat org.apache.jmeter.JMeter.start(JMeter.java:594)",
    "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)",
    "\tat java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
    "\tat java.base/java.lang.reflect.Method.invoke(Method.java:568)",
    "\tat org.apache.jmeter.NewDriver.main(NewDriver.java:275)",
    "Caused by: com.thoughtworks.xstream.mapper.CannotResolveClassException: kg.apc.jmeter.threads.UltimateThreadGroup",
    "\tat com.thoughtworks.xstream.mapper.DefaultMapper.realClass(DefaultMapper.java:81)",
    "\tat com.thoughtworks.xstream.mapper.MapperWrapper.realClass(MapperWrapper.java:125)",
    "\tat com.thoughtworks.xstream.mapper.DynamicProxyMapper.realClass(DynamicProxyMapper.java:55)",
    "\tat com.thoughtworks.xstream.mapper.CachingMapper.realClass(CachingMapper.java:47)",
    "\tat org.apache.jmeter.save.converters.HashTreeConverter.unmarshal(HashTreeConverter.java:67)",
    "\tat com.thoughtworks.xstream.core.TreeUnmarshaller.convert(TreeUnmarshaller.java:72)",
    "\t... 17 more",
]


def jm_groovy(html: str) -> list[str]:
    msg = "groovy.json.JsonException: Unable to determine the current character, it is not a string, number, array, or object"
    body = [
        "",
        f"The current character read is '{html[0]}' with an int value of {ord(html[0])}",
        "Unable to determine the current character, it is not a string, number, array, or object",
        "line number 1",
        "index number 0",
        html,
        "^",
    ]
    return [
        "javax.script.ScriptException: " + msg,
        *body,
        "\tat org.codehaus.groovy.jsr223.GroovyScriptEngineImpl.eval(GroovyScriptEngineImpl.java:320)",
        "\tat org.codehaus.groovy.jsr223.GroovyCompiledScript.eval(GroovyCompiledScript.java:71)",
        "\tat java.scripting/javax.script.CompiledScript.eval(CompiledScript.java:89)",
        "\tat org.apache.jmeter.util.JSR223TestElement.processFileOrScript(JSR223TestElement.java:219)",
        "\tat org.apache.jmeter.extractor.JSR223PostProcessor.process(JSR223PostProcessor.java:45)",
        "\tat org.apache.jmeter.threads.JMeterThread.runPostProcessors(JMeterThread.java:940)",
        "\tat org.apache.jmeter.threads.JMeterThread.executeSamplePackage(JMeterThread.java:572)",
        "\tat org.apache.jmeter.threads.JMeterThread.processSampler(JMeterThread.java:501)",
        "\tat org.apache.jmeter.threads.JMeterThread.run(JMeterThread.java:268)",
        "\tat java.base/java.lang.Thread.run(Thread.java:840)",
        "Caused by: " + msg,
        *body,
        "\tat org.apache.groovy.json.internal.JsonParserCharArray.decodeValueInternal(JsonParserCharArray.java:202)",
        "\tat org.apache.groovy.json.internal.JsonParserCharArray.decodeValue(JsonParserCharArray.java:153)",
        "\tat org.apache.groovy.json.internal.JsonParserCharArray.decodeFromChars(JsonParserCharArray.java:43)",
        "\tat org.apache.groovy.json.internal.JsonParserCharArray.parse(JsonParserCharArray.java:384)",
        "\tat groovy.json.JsonSlurper.parseText(JsonSlurper.java:208)",
        "\tat Script12.run(Script12.groovy:3)",
        "\tat org.codehaus.groovy.jsr223.GroovyScriptEngineImpl.eval(GroovyScriptEngineImpl.java:317)",
        "\t... 9 more",
    ]


def jmeter(r: random.Random) -> list[Log]:
    """loadgen1's soak (Browse 40 threads, Checkout 20, 06:00 to 12:00, the summariser every
    60 s) and loadgen2's hourly ten-minute spike (API Spike, 25 threads, every 30 s): the gateway
    down 08:41-08:46, loadgen1 out of heap at 09:18 and the soak restarted at 09:26, the 08:30
    spike's plan unloadable, the 10:30 spike overloading the API."""
    fs = Files()

    def J(f: str, t: datetime, level: str, logger: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level} {logger}: {lines[0]}",
                *lines[1:],
            ],
            f,
            1000,
        )

    def start(f: str, t: datetime, groups: list[tuple[str, int, int]]) -> datetime:
        t = J(f, t, "INFO", JM_ENGINE, "Running the test!", ["Running the test!"])
        for i, (g, n, ramp) in enumerate(groups, 1):
            t = J(
                f,
                t + sec(r.uniform(0.001, 0.004)),
                "INFO",
                JM_ENGINE,
                "Starting ThreadGroup: %d : %s",
                [f"Starting ThreadGroup: {i} : {g}"],
            )
            t = J(
                f,
                t + sec(0.0005),
                "INFO",
                JM_ENGINE,
                "Starting %d threads for group %s.",
                [f"Starting {n} threads for group {g}."],
            )
            t = J(
                f,
                t + sec(0.0003),
                "INFO",
                JM_ENGINE,
                "Thread will continue on error",
                ["Thread will continue on error"],
            )
            t = J(
                f,
                t + sec(0.0004),
                "INFO",
                JM_TG,
                "Starting thread group... number=%d threads=%d ramp-up=%d delayedStart=%s",
                [
                    f"Starting thread group... number={i} threads={n} ramp-up={ramp} delayedStart=false"
                ],
            )
            t = J(
                f,
                t + sec(r.uniform(0.001, 0.003)),
                "INFO",
                JM_TG,
                "Started thread group number %d",
                [f"Started thread group number {i}"],
            )
        return J(
            f,
            t + sec(0.001),
            "INFO",
            JM_ENGINE,
            "All thread groups have been started",
            ["All thread groups have been started"],
        )

    def threads_up(f: str, t0: datetime, groups: list[tuple[str, int, int]]) -> dict[str, float]:
        """Thread started lines over each group's ramp-up; the offsets at which they start."""
        started: dict[str, float] = {}
        for i, (g, n, ramp) in enumerate(groups, 1):
            for k in range(1, n + 1):
                off = ramp * (k - 1) / n + r.uniform(0.002, 0.03)
                name = f"{g} {i}-{k}"
                started[name] = off
                J(
                    f,
                    t0 + sec(off),
                    "INFO",
                    JM_THREAD,
                    "Thread started: %s",
                    [f"Thread started: {name}"],
                )
        return started

    def threads_end(f: str, t: datetime, names: list[str]) -> datetime:
        last = t
        for name in names:
            te = t + sec(r.uniform(0.0, 2.5))
            te = J(
                f,
                te,
                "INFO",
                JM_THREAD,
                "Stopping because end time detected by thread: %s",
                [f"Stopping because end time detected by thread: {name}"],
            )
            te = J(
                f,
                te + sec(0.0002),
                "INFO",
                JM_THREAD,
                "Thread is done: %s",
                [f"Thread is done: {name}"],
            )
            te = J(
                f,
                te + sec(0.0001),
                "INFO",
                JM_THREAD,
                "Thread finished: %s",
                [f"Thread finished: {name}"],
            )
            last = max(last, te)
        return J(
            f,
            last + sec(r.uniform(0.005, 0.02)),
            "INFO",
            JM_ENGINE,
            "Notifying test listeners of end of test",
            ["Notifying test listeners of end of test"],
        )

    def summariser(
        f: str,
        t0: datetime,
        t1: datetime,
        interval: int,
        per_thread: float,
        active: Callable[[datetime], tuple[int, int, int]],
        lat: Callable[[datetime], float],
        err: Callable[[datetime], float],
        final: bool,
    ) -> None:
        """`summary +` per interval (aligned to the clock) and `summary =` from the second on;
        with `final` the last partial interval at t1 as well."""
        tot_n = tot_err = 0
        tot_sum = 0.0
        tot_min, tot_max = 10**9, 0
        prev = t0
        b = t0.replace(second=0, microsecond=0)
        bounds = []
        while True:
            b += sec(interval)
            if b >= t1:
                break
            if b > t0 + sec(1):
                bounds.append(b)
        if final:
            bounds.append(t1)
        for i, b in enumerate(bounds):
            dur = (b - prev).total_seconds()
            mid = prev + sec(dur / 2)
            a, _s, _fin = active(mid)
            n = max(1, int(a * per_thread * dur * r.uniform(0.92, 1.08)))
            e_rate = err(mid)
            ne = sum(1 for _ in range(n) if r.random() < e_rate) if e_rate else 0
            avg = lat(mid) * r.uniform(0.9, 1.1)
            mn = max(1, int(avg * r.uniform(0.08, 0.2)))
            mx = int(avg * r.uniform(4, 9))
            tot_n += n
            tot_err += ne
            tot_sum += avg * n
            tot_min = min(tot_min, mn)
            tot_max = max(tot_max, mx)
            ts = b + sec(r.uniform(0.01, 0.6))
            a2, s2, f2 = active(ts)
            J(
                f,
                ts,
                "INFO",
                JM_SUM,
                "%s + %d in %s = %s/s Avg: %d Min: %d Max: %d Err: %d (%s) Active: %d Started: %d Finished: %d",
                [
                    f"summary + {n:6d} in {hms(dur)} = {n / dur:6.1f}/s Avg: {int(avg):5d} Min: {mn:5d} Max: {mx:5d} Err: {ne:5d} ({100 * ne / n:.2f}%) Active: {a2} Started: {s2} Finished: {f2}"
                ],
            )
            if i:
                el = (b - t0).total_seconds()
                J(
                    f,
                    ts + sec(0.0002),
                    "INFO",
                    JM_SUM,
                    "%s = %d in %s = %s/s Avg: %d Min: %d Max: %d Err: %d (%s)",
                    [
                        f"summary = {tot_n:6d} in {hms(el)} = {tot_n / el:6.1f}/s Avg: {int(tot_sum / tot_n):5d} Min: {tot_min:5d} Max: {tot_max:5d} Err: {tot_err:5d} ({100 * tot_err / tot_n:.2f}%)"
                    ],
                )
            prev = b

    # loadgen1: the soak
    soak = "loadgen1-jmeter.log"
    groups = [("Browse", 40, 600), ("Checkout", 20, 600)]
    gw_down = (at(8, 41, 10), at(8, 46, 25))
    oom = at(9, 18, 7)
    runs = [(at(6, 0, 0.48), oom, False), (at(9, 26, 31), T_END, True)]
    for rs, re_, ends in runs:
        t = start(soak, rs, groups)
        started = threads_up(soak, t, groups)
        names = list(started)

        def active(x: datetime, t=t, started=started, re_=re_, ends=ends) -> tuple[int, int, int]:
            if ends and x >= re_:
                return (0, len(started), len(started))
            off = (x - t).total_seconds()
            s = sum(1 for o in started.values() if o <= off)
            return (s, s, 0)

        def lat(x: datetime) -> float:
            if in_any(x, [gw_down]):
                return 38.0
            if at(8, 55) <= x < oom:
                return 190 + 900 * ((x - at(8, 55)).total_seconds() / 1380) ** 2
            base = 175 + 40 * math.sin((x - T0).total_seconds() / 2900)
            return base * (1.25 if at(8, 0) <= x < at(11, 30) else 1.0)

        def err(x: datetime) -> float:
            if in_any(x, [gw_down]):
                return 0.93
            if at(8, 55) <= x < oom:
                return 0.002
            return 0.0004

        summariser(soak, t, re_, 60, 0.11, active, lat, err, ends)
        if ends:
            threads_end(soak, re_ + sec(0.001), names)
    for x in poisson(r, gw_down[0] + sec(2), gw_down[1], 0.85):
        J(
            soak,
            x,
            "ERROR",
            "o.a.j.e.JSONPostProcessor",
            "Error processing JSON content in %s, message: Unexpected character (%s) at position %d.",
            [
                f"Error processing JSON content in {r.choice(['Extract cartId', 'Extract cartId', 'Extract authToken'])}, message: Unexpected character (<) at position 0."
            ],
        )
    for k, tn in enumerate(
        ["Browse 1-17", "Checkout 2-4", "Browse 1-33", "Browse 1-8", "Checkout 2-15"]
    ):
        J(
            soak,
            oom - sec(r.uniform(0.5, 6)) + sec(k * 0.8),
            "ERROR",
            "o.a.j.JMeter",
            "Uncaught exception in thread %s",
            [f"Uncaught exception in thread Thread[{tn},5,main]", *JM_OOM],
        )

    # loadgen2: the hourly spike
    for h in range(6, 12):
        f = f"loadgen2-spike-{h:02d}30.log"
        rs = at(h, 30, 1.9 + r.uniform(0, 0.6))
        if h == 8:
            J(
                f,
                rs + sec(0.4),
                "ERROR",
                "o.a.j.JMeter",
                "Error in NonGUIDriver",
                ["Error in NonGUIDriver", *JM_XML],
            )
            continue
        sg = [("API Spike", 25, 60)]
        t = start(f, rs, sg)
        started = threads_up(f, t, sg)
        end = t + sec(600)

        def active2(x: datetime, t=t, started=started, end=end) -> tuple[int, int, int]:
            if x >= end:
                return (0, 25, 25)
            off = (x - t).total_seconds()
            s = sum(1 for o in started.values() if o <= off)
            return (s, s, 0)

        over = (t + sec(150), t + sec(470)) if h == 10 else (t, t)

        def lat2(x: datetime, over=over) -> float:
            return 2400.0 if in_any(x, [over]) else 95.0 * r.uniform(0.9, 1.3)

        def err2(x: datetime, over=over) -> float:
            return 0.31 if in_any(x, [over]) else 0.0

        summariser(f, t, end, 30, 0.9 if h != 10 else 0.7, active2, lat2, err2, True)
        threads_end(f, end + sec(0.002), list(started))
        if h == 10:
            for x in poisson(r, over[0], over[1], 3.6):
                J(
                    f,
                    x,
                    "ERROR",
                    "o.a.j.e.JSR223PostProcessor",
                    "Problem in JSR223 script, %s",
                    [
                        "Problem in JSR223 script, Parse order response",
                        *jm_groovy(
                            "<html><head><title>503 Service Temporarily Unavailable</title></head>"
                        ),
                    ],
                )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- gatling

GT_RULE = "=" * 80
GT_HOME = "/opt/gatling-charts-highcharts-bundle-3.9.5"


def gt_sub(title: str) -> str:
    return ("---- " + title + " ").ljust(80, "-")


def gt_req(name: str, ok: int, ko: int) -> str:
    return f"> {name[:53]:<56} (OK={ok:<6} KO={ko:<6})"


def gt_error(msg: str, count: int, total: int) -> list[str]:
    pct = f"{100 * count / total:.2f}"
    out = [f"> {msg[:62]:<62} {count:>6} ({pct:>5}%)"]
    rest = msg[62:]
    while rest:
        out.append("  " + rest[:62])
        rest = rest[62:]
    return out


def gt_users(name: str, waiting: int, active: int, done: int, total: int | None) -> list[str]:
    if total is None:
        return [gt_sub(name), f"          active: {active:<6} / done: {done:<6}"]
    width = 74
    d = math.floor(width * done / total)
    a = math.ceil(width * active / total)
    w = width - d - a
    pct = math.floor(100 * done / total)
    return [
        gt_sub(name),
        "[" + "#" * d + "-" * a + " " * w + "]" + f"{pct:>3}%",
        f"          waiting: {waiting:<6} / active: {active:<6} / done: {done:<6}",
    ]


class GtRun:
    """One simulation's cumulative counters, written as the console's blocks."""

    def __init__(self, requests: list[str]):
        self.ok = dict.fromkeys(requests, 0)
        self.ko = dict.fromkeys(requests, 0)
        self.errors: dict[str, int] = {}
        self.times: list[float] = []

    def add(self, req: str, n_ok: int, errs: list[str]) -> None:
        self.ok[req] += n_ok
        self.ko[req] += len(errs)
        for e in errs:
            self.errors[e] = self.errors.get(e, 0) + 1

    def block(self, t: datetime, elapsed: int, users: list[list[str]]) -> list[str]:
        out = [
            "",
            GT_RULE,
            f"{t:%Y-%m-%d %H:%M:%S} " + f"{elapsed}s elapsed".rjust(52),
            gt_sub("Requests"),
        ]
        out.append(gt_req("Global", sum(self.ok.values()), sum(self.ko.values())))
        out += [gt_req(k, self.ok[k], self.ko[k]) for k in self.ok if self.ok[k] + self.ko[k]]
        if self.errors:
            out.append(gt_sub("Errors"))
            tot = sum(self.errors.values())
            for m, c in sorted(self.errors.items(), key=lambda x: -x[1]):
                out += gt_error(m, c, tot)
        out.append("")
        for u in users:
            out += u
        out += [GT_RULE, ""]
        return out

    def report(self, r: random.Random, dur: float, mean: float) -> list[str]:
        ok, ko = sum(self.ok.values()), sum(self.ko.values())
        n = ok + ko

        def row(name: str, a: object, b: object, c: object) -> str:
            return f"> {name:<42}{a!s:>8} (OK={b!s:<6} KO={c!s:<6})"

        p = [int(mean * k) for k in (0.7, 1.1, 2.6, 5.3)]
        lt800 = int(ok * r.uniform(0.9, 0.96))
        mid = int((ok - lt800) * 0.6)
        out = [
            "",
            GT_RULE,
            gt_sub("Global Information"),
            row("request count", n, ok, ko),
            row("min response time", 3, 3, 0),
            row("max response time", 60004, int(mean * 40), 60004),
            row("mean response time", int(mean), int(mean * 0.97), int(mean * 3)),
            row("std deviation", int(mean * 1.4), int(mean * 1.2), int(mean * 9)),
            row("response time 50th percentile", p[0], p[0], 12),
            row("response time 75th percentile", p[1], p[1], 31),
            row("response time 95th percentile", p[2], p[2], 10003),
            row("response time 99th percentile", p[3], p[3], 60002),
            row("mean requests/sec", f"{n / dur:.3f}", f"{ok / dur:.3f}", f"{ko / dur:.3f}"),
            gt_sub("Response Time Distribution"),
            f"> {'t < 800 ms':<42}{lt800:>8} ({round(100 * lt800 / n):>3}%)",
            f"> {'800 ms <= t < 1200 ms':<42}{mid:>8} ({round(100 * mid / n):>3}%)",
            f"> {'t >= 1200 ms':<42}{ok - lt800 - mid:>8} ({round(100 * (ok - lt800 - mid) / n):>3}%)",
            f"> {'failed':<42}{ko:>8} ({round(100 * ko / n):>3}%)",
        ]
        if self.errors:
            out.append(gt_sub("Errors"))
            tot = sum(self.errors.values())
            for m, c in sorted(self.errors.items(), key=lambda x: -x[1]):
                out += gt_error(m, c, tot)
        out += [GT_RULE, ""]
        return out


GT_SHOP = [
    "home",
    "search",
    "product",
    "add to cart",
    "view cart",
    "login",
    "place order",
    "payment",
    "confirmation",
]
GT_API = [
    "login",
    "list accounts",
    "get account",
    "list transactions",
    "create transfer",
    "get transfer",
    "logout",
]
GT_502 = "status.find.in([200, 209], 304), found 502"

GT_CRASH = [
    "java.lang.IllegalArgumentException: Could not locate feeder file: Resource data/tokens-staging.csv not found",
    "\tat io.gatling.core.feeder.SourceFeederBuilder$.apply(FeederSupport.scala:58)",
    "\tat io.gatling.core.feeder.FeederSupport.csv(FeederSupport.scala:45)",
    "\tat io.gatling.core.feeder.FeederSupport.csv$(FeederSupport.scala:44)",
    "\tat io.gatling.core.Predef$.csv(Predef.scala:32)",
    "\tat api.ApiSmoke.<init>(ApiSmoke.scala:19)",
    "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)",
    "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance(NativeConstructorAccessorImpl.java:77)",
    "\tat java.base/jdk.internal.reflect.DelegatingConstructorAccessorImpl.newInstance(DelegatingConstructorAccessorImpl.java:45)",
    "\tat java.base/java.lang.reflect.Constructor.newInstanceWithCaller(Constructor.java:499)",
    "\tat java.base/java.lang.reflect.Constructor.newInstance(Constructor.java:480)",
    "\tat io.gatling.app.SimulationClass$Scala.params(SimulationClass.scala:39)",
    "\tat io.gatling.app.Runner.run(Runner.scala:60)",
    "\tat io.gatling.app.Gatling$.start(Gatling.scala:91)",
    "\tat io.gatling.app.Gatling$.fromArgs(Gatling.scala:53)",
    "\tat io.gatling.app.Gatling$.main(Gatling.scala:41)",
    "\tat io.gatling.app.Gatling.main(Gatling.scala)",
]


def gatling(r: random.Random) -> list[Log]:
    """The soak (Browse 1.5 users/s, Checkout 0.5 users/s for six hours, a block every 30 s) and
    the hourly API smoke (20 concurrent users for five minutes, a block every 5 s): the login page
    without its CSRF token 07:12-07:27, the payment provider down 08:02-08:14, "N/A" prices all
    morning, the 10:05 smoke crashing on a missing feeder file."""
    fs = LeadFiles()

    def G(f: str, proc: object, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, proc, 1000)

    def LB(
        f: str, proc: object, t: datetime, level: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%H:%M:%S}.{x.microsecond // 1000:03d} [{level:<5}] {logger} - {lines[0]}",
                *lines[1:],
            ],
            proc,
            1000,
        )

    def block(
        f: str, proc: object, t: datetime, run: GtRun, elapsed: int, users: list[list[str]]
    ) -> None:
        fs.add(f, t, "%s %ss elapsed", lambda x: run.block(x, elapsed, users), proc, 1000)

    def finish(
        f: str,
        proc: object,
        t: datetime,
        sim: str,
        run: GtRun,
        dur: int,
        mean: float,
        asserts: list[tuple[str, str]],
        rid: str,
    ) -> None:
        t = G(
            f,
            proc,
            t,
            "Simulation %s completed in %s seconds",
            [f"Simulation {sim} completed in {dur} seconds"],
        )
        t = G(f, proc, t + sec(0.004), "Parsing log file(s)...", ["Parsing log file(s)..."])
        t = G(
            f,
            proc,
            t + sec(r.uniform(0.3, 6.0)),
            "Parsing log file(s) done",
            ["Parsing log file(s) done"],
        )
        t = G(f, proc, t + sec(0.002), "Generating reports...", ["Generating reports..."])
        rep = run.report(r, dur, mean)
        t = fs.add(
            f,
            t + sec(r.uniform(0.2, 2.0)),
            "---- Global Information --------------------------------------------------------",
            lambda x: rep,
            proc,
            1000,
        )
        secs = r.randint(1, 4)
        t = G(
            f, proc, t + sec(secs), "Reports generated in %ss.", [f"Reports generated in {secs}s."]
        )
        t = G(
            f,
            proc,
            t + sec(0.001),
            "Please open the following file: %s",
            [f"Please open the following file: file://{GT_HOME}/results/{rid}/index.html"],
        )
        for label, text in asserts:
            t = G(f, proc, t + sec(0.001), label, [text])

    # ---- the soak
    f = "checkout-soak.log"
    proc = "soak"
    start = at(6, 0, 3.214)
    G(f, proc, start - sec(1.9), "GATLING_HOME is set to %s", [f"GATLING_HOME is set to {GT_HOME}"])
    G(f, proc, start, "Simulation %s started...", ["Simulation shop.CheckoutSoak started..."])
    run = GtRun(GT_SHOP)
    csrf = (at(7, 12, 40), at(7, 27, 5))
    pay = (at(8, 2, 30), at(8, 14, 10))
    tot_b, tot_c = 32400, 10800
    dur_b, dur_c = 52.0, 95.0
    period = 30
    n_blocks = 21600 // period
    for k in range(1, n_blocks + 4):
        t1 = start + sec(k * period)
        t0 = t1 - sec(period)
        el = k * period
        # requests over the period
        live = 1.0 if el <= 21600 else max(0.0, 1 - (el - 21600) / 75)
        for name in GT_SHOP[:5]:
            n = int(r.gauss(1.5 * period * (0.9 if name != "view cart" else 0.55), 3))
            if name in ("home", "search"):
                n += int(r.gauss(0.5 * period, 1))
            run.add(name, max(0, int(n * live)), [])
        mid = t0 + sec(period / 2)
        cn = max(0, int(r.gauss(0.5 * period, 2) * live))
        if in_any(mid, [csrf]):
            run.add("login", cn, [])
            run.add("place order", 0, ["No attribute named 'csrfToken' is defined"] * cn)
        elif in_any(mid, [pay]):
            run.add("login", cn, [])
            run.add("place order", cn, [])
            run.add("payment", 0, [GT_502] * cn)
            run.add("confirmation", 0, ["No attribute named 'orderId' is defined"] * cn)
        else:
            run.add("login", cn, [])
            run.add("place order", cn, [])
            run.add("payment", cn, [])
            run.add("confirmation", cn, [])
        if r.random() < 0.02:
            run.add(
                "product",
                0,
                [
                    "i.g.h.c.i.RequestTimeoutException: Request timeout to shop.example.com/10.0.8.20:443 after 60000 ms"
                ],
            )
        if r.random() < 0.01:
            run.add("search", 0, ["status.find.in([200, 209], 304), found 500"])
        done_b = min(tot_b, max(0, int(1.5 * (el - dur_b))))
        done_c = min(tot_c, max(0, int(0.5 * (el - dur_c))))
        if k == n_blocks + 3:  # the last sessions over: the summary printed on stop
            done_b, done_c = tot_b, tot_c
        st_b, st_c = min(tot_b, int(1.5 * el)), min(tot_c, int(0.5 * el))
        users = [
            gt_users("Browse", tot_b - st_b, st_b - done_b, done_b, tot_b),
            gt_users("Checkout", tot_c - st_c, st_c - done_c, done_c, tot_c),
        ]
        block(f, proc, t1 + sec(r.uniform(0.001, 0.02)), run, el, users)
    # logback lines
    for x in poisson(r, csrf[0] + sec(3), csrf[1] + sec(20), 2.1):
        LB(
            f,
            proc,
            x,
            "ERROR",
            "i.g.h.a.HttpRequestAction",
            "'%s' failed to execute: No attribute named '%s' is defined",
            ["'httpRequest-7' failed to execute: No attribute named 'csrfToken' is defined"],
        )
    for x in poisson(r, pay[0] + sec(5), pay[1] + sec(25), 2.0):
        LB(
            f,
            proc,
            x,
            "ERROR",
            "i.g.h.a.HttpRequestAction",
            "'%s' failed to execute: No attribute named '%s' is defined",
            ["'httpRequest-9' failed to execute: No attribute named 'orderId' is defined"],
        )
    for x in poisson(r, start + sec(20), at(11, 40), 95.0):
        LB(
            f,
            proc,
            x,
            "ERROR",
            "i.g.c.a.b.SessionHookBuilder$$anon$1",
            "'%s' crashed with 'java.lang.NumberFormatException: For input string: \"%s\"', forwarding to the next one",
            [
                "'hook-2' crashed with 'java.lang.NumberFormatException: For input string: \"N/A\"', forwarding to the next one"
            ],
        )
    finish(
        f,
        proc,
        start + sec(21690 + 1.2),
        "shop.CheckoutSoak",
        run,
        21690,
        212,
        [],
        "checkoutsoak-20240607060003214",
    )

    # ---- the hourly smoke
    f = "api-smoke.log"
    for h in range(6, 12):
        proc = f"smoke-{h}"
        t = at(h, 5, 0.6 + r.uniform(0, 0.5))
        G(f, proc, t, "GATLING_HOME is set to %s", [f"GATLING_HOME is set to {GT_HOME}"])
        if h == 10:
            LB(
                f,
                proc,
                t + sec(r.uniform(2.5, 3.5)),
                "ERROR",
                "i.g.a.Gatling$",
                "Run crashed",
                ["Run crashed", *GT_CRASH],
            )
            continue
        st = t + sec(r.uniform(2.0, 3.5))
        G(f, proc, st, "Simulation %s started...", ["Simulation api.ApiSmoke started..."])
        run = GtRun(GT_API)
        done = 0
        bad = (pay[0], pay[1]) if h == 8 else (st, st)
        for k in range(1, 61):
            t1 = st + sec(5 * k)
            for name in GT_API:
                n = max(0, int(r.gauss(20 * 5 / 9 / (1 if name != "create transfer" else 2), 2)))
                if name == "create transfer" and in_any(t1, [bad]):
                    run.add(name, 0, ["status.find.in([200, 209], 304), found 503"] * n)
                elif name == "get transfer" and in_any(t1, [bad]):
                    xs = poisson(r, t1 - sec(5), t1, 0.8)
                    for x in xs:
                        LB(
                            f,
                            proc,
                            x,
                            "ERROR",
                            "i.g.h.a.HttpRequestAction",
                            "'%s' failed to execute: No attribute named '%s' is defined",
                            [
                                "'httpRequest-6' failed to execute: No attribute named 'transferId' is defined"
                            ],
                        )
                    run.add(name, 0, ["No attribute named 'transferId' is defined"] * len(xs))
                else:
                    run.add(name, n, [])
            done += max(0, int(r.gauss(20 * 5 / 9, 1.5)))
            block(
                f,
                proc,
                t1 + sec(r.uniform(0.001, 0.02)),
                run,
                5 * k,
                [gt_users("API users", 0, 20 if k < 60 else 0, done, None)],
            )
        failed = h == 8
        ko = sum(run.ko.values())
        n_all = ko + sum(run.ok.values())
        finish(
            f,
            proc,
            st + sec(300 + r.uniform(0.3, 0.9)),
            "api.ApiSmoke",
            run,
            300,
            140,
            [
                (
                    "Global: max of response time is less than %s : %s",
                    "Global: max of response time is less than 5000 : true",
                ),
                (
                    "Global: percentage of failed events is less than %s : %s",
                    f"Global: percentage of failed events is less than 1.0 : {str(not failed or 100 * ko / n_all < 1).lower()}",
                ),
                (
                    "%s: 95th percentile of response time is less than %s : %s",
                    "login: 95th percentile of response time is less than 800 : true",
                ),
            ],
            f"apismoke-20240607{h:02d}05{r.randint(2000, 4999)}{r.randint(100, 999)}",
        )
    return fs.logs(T0)


# --------------------------------------------------------------------- spring-cloud-gateway

SCG_PREDICATES = [
    "After",
    "Before",
    "Between",
    "Cookie",
    "Header",
    "Host",
    "Method",
    "Path",
    "Query",
    "ReadBody",
    "RemoteAddr",
    "XForwardedRemoteAddr",
    "Weight",
    "CloudFoundryRouteService",
]
SCG_PARTNERS = ["203.0.113.14", "203.0.113.87", "198.51.100.23", "198.51.100.161", "192.0.2.45"]
SCG_SVC = {
    "orders": "orders.shop.svc.cluster.local/10.96.41.12:8080",
    "payments": "payments.shop.svc.cluster.local/10.96.52.7:8080",
    "catalog": "catalog.shop.svc.cluster.local/10.96.18.230:8080",
    "shipping": "shipping.shop.svc.cluster.local/10.96.33.91:8080",
}
SCG_REDIS = "redis-master.shop.svc.cluster.local"

SCG_EPOLL = [
    "\tat io.netty.channel.unix.Errors.newConnectException0(Errors.java:166)",
    "\tat io.netty.channel.unix.Errors.handleConnectErrno(Errors.java:131)",
    "\tat io.netty.channel.unix.Socket.finishConnect(Socket.java:359)",
    "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.doFinishConnect(AbstractEpollChannel.java:710)",
    "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.finishConnect(AbstractEpollChannel.java:687)",
    "\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.epollOutReady(AbstractEpollChannel.java:567)",
    "\tat io.netty.channel.epoll.EpollEventLoop.processReady(EpollEventLoop.java:499)",
    "\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:407)",
    "\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
    "\tat io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)",
    "\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]

SCG_ROUTES_ERROR = [
    "java.lang.IllegalArgumentException: Unable to find GatewayFilterFactory with name RequestRatelimiter",
    "\tat org.springframework.cloud.gateway.route.RouteDefinitionRouteLocator.loadGatewayFilters(RouteDefinitionRouteLocator.java:181)",
    "\tat org.springframework.cloud.gateway.route.RouteDefinitionRouteLocator.getFilters(RouteDefinitionRouteLocator.java:232)",
    "\tat org.springframework.cloud.gateway.route.RouteDefinitionRouteLocator.convertToRoute(RouteDefinitionRouteLocator.java:150)",
    "\tat reactor.core.publisher.FluxMap$MapSubscriber.onNext(FluxMap.java:106)",
    "\tat reactor.core.publisher.FluxFlatMap$FlatMapMain.tryEmitScalar(FluxFlatMap.java:489)",
    "\tat reactor.core.publisher.FluxFlatMap$FlatMapMain.onNext(FluxFlatMap.java:422)",
    "\tat reactor.core.publisher.FluxIterable$IterableSubscription.slowPath(FluxIterable.java:335)",
    "\tat reactor.core.publisher.FluxIterable$IterableSubscription.request(FluxIterable.java:294)",
    "\tat reactor.core.publisher.FluxFlatMap$FlatMapMain.onSubscribe(FluxFlatMap.java:372)",
    "\tat reactor.core.publisher.FluxIterable.subscribe(FluxIterable.java:201)",
    "\tat reactor.core.publisher.FluxIterable.subscribe(FluxIterable.java:83)",
    "\tat org.springframework.cloud.gateway.route.CachingRouteLocator.fetch(CachingRouteLocator.java:94)",
    "\tat org.springframework.cloud.gateway.route.CachingRouteLocator.onApplicationEvent(CachingRouteLocator.java:137)",
    "\tat org.springframework.context.event.SimpleApplicationEventMulticaster.doInvokeListener(SimpleApplicationEventMulticaster.java:185)",
    "\tat org.springframework.context.event.SimpleApplicationEventMulticaster.invokeListener(SimpleApplicationEventMulticaster.java:178)",
    "\tat org.springframework.context.event.SimpleApplicationEventMulticaster.multicastEvent(SimpleApplicationEventMulticaster.java:156)",
    "\tat org.springframework.context.support.AbstractApplicationContext.publishEvent(AbstractApplicationContext.java:451)",
    "\tat org.springframework.cloud.endpoint.event.RefreshEventListener.handle(RefreshEventListener.java:72)",
    "\tat org.springframework.cloud.context.refresh.ContextRefresher.refresh(ContextRefresher.java:91)",
    "\tat org.springframework.cloud.endpoint.RefreshEndpoint.refresh(RefreshEndpoint.java:40)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]


def scg_checkpoints(method: str, path: str) -> list[str]:
    return [
        "\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: ",
        "Error has been observed at the following site(s):",
        "\t*__checkpoint ⇢ org.springframework.cloud.gateway.filter.WeightCalculatorWebFilter [DefaultWebFilterChain]",
        "\t*__checkpoint ⇢ org.springframework.boot.actuate.web.exchanges.reactive.HttpExchangesWebFilter [DefaultWebFilterChain]",
        "\t*__checkpoint ⇢ org.springframework.web.filter.reactive.ServerHttpObservationFilter [DefaultWebFilterChain]",
        f'\t*__checkpoint ⇢ HTTP {method} "{path}" [ExceptionHandlingWebHandler]',
    ]


def spring_cloud_gateway(r: random.Random) -> list[Log]:
    """Two gateway pods in front of a partner API (orders, payments, catalog, shipping) replaced
    by two new ones at 10:30: a config push with a misspelt filter at 07:50 (fixed 08:04), the
    orders service crash-looping 08:40-08:58, Redis restarted 09:40-09:52, payments slow
    11:10-11:20."""
    fs = Files()
    old = ["api-gateway-7d9c6b5f4-2xkqp", "api-gateway-7d9c6b5f4-h8wzn"]
    new = ["api-gateway-5c8f7d9b6-m4tzr", "api-gateway-5c8f7d9b6-qv7jd"]
    ips = {
        old[0]: "10.244.1.17",
        old[1]: "10.244.2.9",
        new[0]: "10.244.3.22",
        new[1]: "10.244.1.31",
    }
    seq = {p: r.randint(900, 4000) for p in old + new}
    prefix = {p: hexid(r, 8) for p in old + new}

    def B(
        p: str, t: datetime, level: str, thread: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        lg = abbrev(logger, 39)[-40:]
        return fs.add(
            f"{p}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z {level:>5} 1 --- [api-gateway] [{thread[-15:]:>15}] {lg:<40} : {lines[0]}",
                *lines[1:],
            ],
            p,
            1000,
        )

    def nio() -> str:
        return f"reactor-http-epoll-{r.randint(1, 4)}"

    def startup(p: str, t: datetime) -> datetime:
        app = "com.example.gateway.GatewayApplication"
        t = B(
            p,
            t,
            "INFO",
            "main",
            app,
            "Starting %s v%s using Java %s with PID %d (%s started by %s in %s)",
            [
                "Starting GatewayApplication v2.8.0 using Java 17.0.11 with PID 1 (/app/app.jar started by app in /app)"
            ],
        )
        t = B(
            p,
            t + sec(0.004),
            "INFO",
            "main",
            app,
            "The following %d profile is active: %s",
            ['The following 1 profile is active: "prod"'],
        )
        t = B(
            p,
            t + sec(0.03),
            "INFO",
            "main",
            "org.springframework.cloud.config.client.ConfigServerConfigDataLoader",
            "Fetching config from server at : %s",
            [
                "Fetching config from server at : http://config-server.platform.svc.cluster.local:8888"
            ],
        )
        t = B(
            p,
            t + sec(r.uniform(0.2, 0.5)),
            "INFO",
            "main",
            "org.springframework.cloud.config.client.ConfigServerConfigDataLoader",
            "Located environment: name=%s, profiles=%s, label=%s, version=%s, state=%s",
            [
                f"Located environment: name=api-gateway, profiles=[prod], label=null, version={cfg_version[0]}, state=null"
            ],
        )
        t = B(
            p,
            t + sec(r.uniform(0.6, 1.1)),
            "INFO",
            "main",
            "org.springframework.cloud.context.scope.GenericScope",
            "BeanFactory id=%s",
            [
                f"BeanFactory id={hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
            ],
        )
        t += sec(r.uniform(1.2, 1.9))
        for pr in SCG_PREDICATES:
            t = B(
                p,
                t + sec(r.uniform(0.0005, 0.003)),
                "INFO",
                "main",
                "org.springframework.cloud.gateway.route.RouteDefinitionRouteLocator",
                "Loaded RoutePredicateFactory [%s]",
                [f"Loaded RoutePredicateFactory [{pr}]"],
            )
        t = B(
            p,
            t + sec(r.uniform(0.4, 0.8)),
            "INFO",
            "main",
            "org.springframework.boot.actuate.endpoint.web.EndpointLinksResolver",
            "Exposing %d endpoint(s) beneath base path '%s'",
            ["Exposing 3 endpoint(s) beneath base path '/actuator'"],
        )
        t = B(
            p,
            t + sec(r.uniform(0.3, 0.6)),
            "INFO",
            "main",
            "org.springframework.boot.web.embedded.netty.NettyWebServer",
            "Netty started on port %d",
            ["Netty started on port 8080"],
        )
        up = (t - start_of[p]).total_seconds()
        return B(
            p,
            t + sec(0.02),
            "INFO",
            "main",
            app,
            "Started %s in %s seconds (process running for %s)",
            [
                f"Started GatewayApplication in {up - 0.7:.3f} seconds (process running for {up:.3f})"
            ],
        )

    def shutdown(p: str, t: datetime) -> datetime:
        gs = "org.springframework.boot.web.embedded.netty.GracefulShutdown"
        t = B(
            p,
            t,
            "INFO",
            "SpringApplicationShutdownHook",
            gs,
            "Commencing graceful shutdown. Waiting for active requests to complete",
            ["Commencing graceful shutdown. Waiting for active requests to complete"],
        )
        return B(
            p,
            t + sec(r.uniform(0.05, 0.6)),
            "INFO",
            "netty-shutdown",
            gs,
            "Graceful shutdown complete",
            ["Graceful shutdown complete"],
        )

    def refresh(p: str, t: datetime, keys: list[str], bad: bool) -> None:
        th = nio()
        cl = "org.springframework.cloud.config.client.ConfigServerConfigDataLoader"
        t = B(
            p,
            t,
            "INFO",
            th,
            cl,
            "Fetching config from server at : %s",
            [
                "Fetching config from server at : http://config-server.platform.svc.cluster.local:8888"
            ],
        )
        t = B(
            p,
            t + sec(r.uniform(0.1, 0.3)),
            "INFO",
            th,
            cl,
            "Located environment: name=%s, profiles=%s, label=%s, version=%s, state=%s",
            [
                f"Located environment: name=api-gateway, profiles=[prod], label=null, version={cfg_version[0]}, state=null"
            ],
        )
        if bad:
            t = B(
                p,
                t + sec(r.uniform(0.2, 0.5)),
                "ERROR",
                th,
                "org.springframework.cloud.gateway.route.CachingRouteLocator",
                "Refresh routes error !!!",
                ["Refresh routes error !!!", *SCG_ROUTES_ERROR],
            )
        B(
            p,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            th,
            "org.springframework.cloud.endpoint.event.RefreshEventListener",
            "Refresh keys changed: %s",
            [f"Refresh keys changed: [{', '.join(keys)}]"],
        )

    cfg_version = ["8c41f2d07a9e3b6150de2f4c97a1b38e5d06c2f1"]
    start_of = {new[0]: at(10, 30, 2.1), new[1]: at(10, 30, 27.8)}
    alive = {
        old[0]: (T0, at(10, 30, 19.4)),
        old[1]: (T0, at(10, 30, 44.0)),
        new[0]: (at(10, 30, 14), T_END),
        new[1]: (at(10, 30, 39.5), T_END),
    }
    shutdown(old[0], alive[old[0]][1])
    shutdown(old[1], alive[old[1]][1])
    # the config pushes
    bad_keys = [
        "spring.cloud.gateway.routes[0].filters[1].name",
        "spring.cloud.gateway.routes[0].filters[1].args.redis-rate-limiter.replenishRate",
    ]
    for p in old:
        cfg_version[0] = "e17b0a9c44d2f8356b1ac09e7d3f5b2a60c8e914"
        refresh(p, at(7, 50, 12) + sec(r.uniform(0, 20)), bad_keys, True)
    for p in old:
        cfg_version[0] = "2b9d6e0f15c7a8439e0d1b6f7c2a5e83d4f09b17"
        refresh(p, at(8, 4, 31) + sec(r.uniform(0, 20)), bad_keys, False)
    for p in new:
        startup(p, start_of[p] + sec(0.9))
    # requests
    orders_down = (at(8, 40, 3), at(8, 58, 40))
    redis_down = (at(9, 40, 11), at(9, 52, 2))
    pay_slow = (at(11, 10, 0), at(11, 20, 30))
    routes = [
        (0.30, "GET", "orders", lambda: f"/api/v1/orders/{r.randint(90000, 99999)}"),
        (
            0.08,
            "GET",
            "orders",
            lambda: (
                f"/api/v1/orders?status={r.choice(['OPEN', 'SHIPPED', 'OPEN'])}&page={r.randint(1, 6)}"
            ),
        ),
        (0.10, "POST", "orders", lambda: "/api/v1/orders"),
        (0.22, "GET", "catalog", lambda: f"/api/v1/catalog/products/SKU-{r.randint(10000, 29999)}"),
        (
            0.08,
            "GET",
            "catalog",
            lambda: (
                f"/api/v1/catalog/products?category={r.choice(['tools', 'garden', 'kitchen', 'lighting'])}&page={r.randint(1, 12)}"
            ),
        ),
        (0.09, "POST", "payments", lambda: "/api/v1/payments"),
        (0.13, "GET", "shipping", lambda: f"/api/v1/shipments/SHP-{r.randint(400000, 499999)}"),
    ]
    for p in old + new:
        a, b = alive[p]
        premature = 0
        for t in poisson(r, a + sec(1), b - sec(1), 21.5):
            x = r.uniform(0, sum(w for w, *_ in routes))
            chosen = routes[-1]
            for route in routes:
                x -= route[0]
                if x <= 0:
                    chosen = route
                    break
            _, method, svc, mk = chosen
            path = mk()
            client = r.choice(SCG_PARTNERS)
            th = nio()
            seq[p] += 1
            lp = f"[{prefix[p]}-{seq[p]}]"
            status, size, dur = 200, r.randint(180, 4200), int(r.lognormvariate(3.3, 0.5))
            if method == "POST":
                status = 201
            if r.random() < 0.04 and method == "GET":
                status, size = 404, 0
            if svc == "orders" and in_any(t, [orders_down]):
                if premature < 2 and (t - orders_down[0]).total_seconds() < 150:
                    premature += 1
                    lport = r.randint(33000, 60999)
                    B(
                        p,
                        t + sec(r.uniform(0.5, 3)),
                        "WARN",
                        th,
                        "reactor.netty.http.client.HttpClientConnect",
                        "The connection observed an error",
                        [
                            f"[{hexid(r, 8)}-1, L:/{ips[p]}:{lport} ! R:{SCG_SVC['orders']}] The connection observed an error",
                            "reactor.netty.http.client.PrematureCloseException: Connection prematurely closed BEFORE response",
                        ],
                    )
                    exc = [
                        "reactor.netty.http.client.PrematureCloseException: Connection prematurely closed BEFORE response",
                        *scg_checkpoints(method, path),
                    ]
                    dur = 3100 + r.randint(0, 80)
                else:
                    exc = [
                        f"io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: {SCG_SVC['orders']}",
                        *scg_checkpoints(method, path),
                        "Original Stack Trace:",
                        "Caused by: java.net.ConnectException: finishConnect(..) failed: Connection refused",
                        *SCG_EPOLL,
                    ]
                    dur = r.randint(2, 9)
                status, size = 500, r.randint(138, 146)
                B(
                    p,
                    t + sec(dur / 1000),
                    "ERROR",
                    th,
                    "org.springframework.boot.autoconfigure.web.reactive.error.AbstractErrorWebExceptionHandler",
                    '500 Server Error for HTTP %s "%s"',
                    [f'{lp}  500 Server Error for HTTP {method} "{path}"', *exc],
                )
            elif svc == "payments" and in_any(t, [pay_slow]):
                if r.random() < 0.7:
                    status, size, dur = 504, r.randint(140, 150), 10000 + r.randint(2, 40)
                else:
                    dur = r.randint(4000, 9800)
            elif (
                client == "198.51.100.161"
                and at(9, 2) <= t < at(9, 24)
                and not in_any(t, [redis_down])
                and r.random() < 0.5
            ):
                status, size, dur = 429, 0, r.randint(1, 4)
            B(
                p,
                t + sec(dur / 1000 + 0.0003),
                "INFO",
                th,
                "reactor.netty.http.server.AccessLog",
                '%s - %s [%s] "%s %s %s" %s %s %s %s ms',
                [
                    f'{client} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.1" {status} {size if size else "-"} 8080 {dur} ms'
                ],
            )
        # Redis restarted: Lettuce reconnects
        if a < redis_down[0] and b > redis_down[1]:
            dest = f"{SCG_REDIS}/10.96.7.40:6379"
            t = redis_down[0] + sec(r.uniform(0.05, 0.4))
            delay = 0.001
            n = 0
            while t < redis_down[1]:
                n += 1
                t = B(
                    p,
                    t,
                    "INFO",
                    f"lettuce-eventExecutorLoop-1-{n % 4 + 1}",
                    "io.lettuce.core.protocol.ConnectionWatchdog",
                    "Reconnecting, last destination was %s",
                    [f"Reconnecting, last destination was {dest}"],
                )
                t = B(
                    p,
                    t + sec(r.uniform(0.001, 0.004)),
                    "WARN",
                    f"lettuce-epollEventLoop-4-{n % 2 + 1}",
                    "io.lettuce.core.protocol.ConnectionWatchdog",
                    "Cannot reconnect to [%s]: finishConnect(..) failed: Connection refused: %s",
                    [
                        f"Cannot reconnect to [{SCG_REDIS}/<unresolved>:6379]: finishConnect(..) failed: Connection refused: {dest}"
                    ],
                )
                delay = min(30.0, delay * 2)
                t += sec(delay)
            t = B(
                p,
                t,
                "INFO",
                f"lettuce-eventExecutorLoop-1-{(n + 1) % 4 + 1}",
                "io.lettuce.core.protocol.ConnectionWatchdog",
                "Reconnecting, last destination was %s",
                [f"Reconnecting, last destination was {dest}"],
            )
            B(
                p,
                t + sec(r.uniform(0.002, 0.006)),
                "INFO",
                f"lettuce-epollEventLoop-4-{n % 2 + 1}",
                "io.lettuce.core.protocol.ReconnectionHandler",
                "Reconnected to %s",
                [f"Reconnected to {SCG_REDIS}/<unresolved>:6379"],
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------- sentinel-dashboard

SD_PKG = "com.alibaba.csp.sentinel.dashboard"
SD_R = f"{SD_PKG}.domain.Result"
SD_E = f"{SD_PKG}.datasource.entity"
SD_HTTP = "javax.servlet.http.HttpServletRequest"
SD_S, SD_I, SD_L = "java.lang.String", "java.lang.Integer", "java.lang.Long"
SD_MAPPINGS = [
    # path, methods, return type, controller, method, parameters
    (
        "/app/names.json",
        "GET",
        f"{SD_R}<java.util.List<{SD_S}>>",
        "AppController",
        "queryApps",
        SD_HTTP,
    ),
    (
        "/app/briefinfos.json",
        "GET",
        f"{SD_R}<java.util.List<{SD_PKG}.discovery.AppInfo>>",
        "AppController",
        "queryAppInfos",
        SD_HTTP,
    ),
    (
        "/app/{app}/machines.json",
        "GET",
        f"{SD_R}<java.util.List<{SD_PKG}.domain.vo.MachineInfoVo>>",
        "AppController",
        "getMachinesByApp",
        SD_S,
    ),
    (
        "/app/{app}/machine/remove.json",
        "POST",
        f"{SD_R}<{SD_S}>",
        "AppController",
        "removeMachineById",
        f"{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/auth/login",
        "POST",
        f"{SD_R}<{SD_PKG}.auth.AuthService$AuthUser>",
        "AuthController",
        "login",
        f"{SD_HTTP},{SD_S},{SD_S}",
    ),
    ("/auth/logout", "POST", f"{SD_R}<?>", "AuthController", "logout", SD_HTTP),
    ("/auth/check", "POST", f"{SD_R}<?>", "AuthController", "check", SD_HTTP),
    (
        "/authority/rules",
        "GET",
        f"{SD_R}<java.util.List<{SD_E}.rule.AuthorityRuleEntity>>",
        "AuthorityRuleController",
        "apiQueryAllRulesForMachine",
        f"{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/authority/rule",
        "POST",
        f"{SD_R}<{SD_E}.rule.AuthorityRuleEntity>",
        "AuthorityRuleController",
        "apiAddAuthorityRule",
        f"{SD_E}.rule.AuthorityRuleEntity",
    ),
    (
        "/authority/rule/{id}",
        "PUT",
        f"{SD_R}<{SD_E}.rule.AuthorityRuleEntity>",
        "AuthorityRuleController",
        "apiUpdateParamFlowRule",
        f"{SD_L},{SD_E}.rule.AuthorityRuleEntity",
    ),
    (
        "/authority/rule/{id}",
        "DELETE",
        f"{SD_R}<{SD_L}>",
        "AuthorityRuleController",
        "apiDeleteRule",
        SD_L,
    ),
    (
        "/cluster/assign/all_server/{app}",
        "POST",
        f"{SD_R}<{SD_PKG}.domain.cluster.ClusterAppAssignResultVO>",
        "cluster.ClusterAssignController",
        "apiAssignAllClusterServersOfApp",
        f"{SD_S},{SD_PKG}.domain.cluster.request.ClusterAppFullAssignRequest",
    ),
    (
        "/cluster/assign/single_server/{app}",
        "POST",
        f"{SD_R}<{SD_PKG}.domain.cluster.ClusterAppAssignResultVO>",
        "cluster.ClusterAssignController",
        "apiAssignSingleClusterServersOfApp",
        f"{SD_S},{SD_PKG}.domain.cluster.request.ClusterAppSingleServerAssignRequest",
    ),
    (
        "/cluster/assign/unbind_server/{app}",
        "POST",
        f"{SD_R}<{SD_PKG}.domain.cluster.ClusterAppAssignResultVO>",
        "cluster.ClusterAssignController",
        "apiUnbindClusterServersOfApp",
        f"{SD_S},java.util.Set<{SD_S}>",
    ),
    (
        "/cluster/config/modify_single",
        "POST",
        f"{SD_R}<java.lang.Boolean>",
        "cluster.ClusterConfigController",
        "apiModifyClusterConfig",
        f"{SD_S}",
    ),
    (
        "/cluster/state_single",
        "GET",
        f"{SD_R}<{SD_PKG}.domain.cluster.state.ClusterUniversalStateVO>",
        "cluster.ClusterConfigController",
        "apiGetClusterState",
        f"{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/cluster/server_state/{app}",
        "GET",
        f"{SD_R}<java.util.List<{SD_PKG}.domain.cluster.state.ClusterUniversalStatePairVO>>",
        "cluster.ClusterConfigController",
        "apiGetClusterServerStateOfApp",
        SD_S,
    ),
    (
        "/cluster/client_state/{app}",
        "GET",
        f"{SD_R}<java.util.List<{SD_PKG}.domain.cluster.state.ClusterUniversalStatePairVO>>",
        "cluster.ClusterConfigController",
        "apiGetClusterClientStateOfApp",
        SD_S,
    ),
    (
        "/cluster/state/{app}",
        "GET",
        f"{SD_R}<java.util.List<{SD_PKG}.domain.cluster.state.ClusterUniversalStatePairVO>>",
        "cluster.ClusterConfigController",
        "apiGetClusterStateOfApp",
        SD_S,
    ),
    (
        "/degrade/rules.json",
        "GET",
        f"{SD_R}<java.util.List<{SD_E}.rule.DegradeRuleEntity>>",
        "DegradeController",
        "apiQueryMachineRules",
        f"{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/degrade/rule",
        "POST",
        f"{SD_R}<{SD_E}.rule.DegradeRuleEntity>",
        "DegradeController",
        "apiAddRule",
        f"{SD_E}.rule.DegradeRuleEntity",
    ),
    (
        "/degrade/rule/{id}",
        "PUT",
        f"{SD_R}<{SD_E}.rule.DegradeRuleEntity>",
        "DegradeController",
        "apiUpdateRule",
        f"{SD_L},{SD_E}.rule.DegradeRuleEntity",
    ),
    ("/degrade/rule/{id}", "DELETE", f"{SD_R}<{SD_L}>", "DegradeController", "delete", SD_L),
    ("/demo/greeting", "GET", SD_S, "DemoController", "greeting", ""),
    ("/demo/link", "GET", SD_S, "DemoController", "link", f"{SD_S},{SD_S}"),
    ("/demo/loop", "GET", SD_S, "DemoController", "loop", f"{SD_S},{SD_S},int"),
    ("/demo/slow", "GET", SD_S, "DemoController", "slow", f"{SD_S},{SD_S}"),
    (
        "/v1/flow/rules",
        "GET",
        f"{SD_R}<java.util.List<{SD_E}.rule.FlowRuleEntity>>",
        "FlowControllerV1",
        "apiQueryMachineRules",
        f"{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/v1/flow/rule",
        "POST",
        f"{SD_R}<{SD_E}.rule.FlowRuleEntity>",
        "FlowControllerV1",
        "apiAddFlowRule",
        f"{SD_E}.rule.FlowRuleEntity",
    ),
    (
        "/v1/flow/save.json",
        "PUT",
        f"{SD_R}<{SD_E}.rule.FlowRuleEntity>",
        "FlowControllerV1",
        "apiUpdateFlowRule",
        f"{SD_L},{SD_S},{SD_I},java.lang.Double,{SD_I},{SD_I},{SD_I},{SD_I},{SD_I},{SD_S}",
    ),
    (
        "/v1/flow/delete.json",
        "DELETE",
        f"{SD_R}<{SD_L}>",
        "FlowControllerV1",
        "apiDeleteFlowRule",
        SD_L,
    ),
    (
        "/v2/flow/rules",
        "GET",
        f"{SD_R}<java.util.List<{SD_E}.rule.FlowRuleEntity>>",
        "v2.FlowControllerV2",
        "apiQueryMachineRules",
        SD_S,
    ),
    (
        "/v2/flow/rule",
        "POST",
        f"{SD_R}<{SD_E}.rule.FlowRuleEntity>",
        "v2.FlowControllerV2",
        "apiAddFlowRule",
        f"{SD_E}.rule.FlowRuleEntity",
    ),
    (
        "/v2/flow/rule/{id}",
        "PUT",
        f"{SD_R}<{SD_E}.rule.FlowRuleEntity>",
        "v2.FlowControllerV2",
        "apiUpdateFlowRule",
        f"{SD_L},{SD_E}.rule.FlowRuleEntity",
    ),
    (
        "/v2/flow/rule/{id}",
        "DELETE",
        f"{SD_R}<{SD_L}>",
        "v2.FlowControllerV2",
        "apiDeleteRule",
        SD_L,
    ),
    (
        "/gateway/api/list.json",
        "GET",
        f"{SD_R}<java.util.List<{SD_E}.gateway.ApiDefinitionEntity>>",
        "gateway.GatewayApiController",
        "queryApis",
        f"{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/gateway/api/new.json",
        "POST",
        f"{SD_R}<{SD_E}.gateway.ApiDefinitionEntity>",
        "gateway.GatewayApiController",
        "addApi",
        f"{SD_HTTP},{SD_PKG}.domain.vo.gateway.api.AddApiReqVo",
    ),
    (
        "/gateway/api/save.json",
        "POST",
        f"{SD_R}<{SD_E}.gateway.ApiDefinitionEntity>",
        "gateway.GatewayApiController",
        "updateApi",
        f"{SD_PKG}.domain.vo.gateway.api.UpdateApiReqVo",
    ),
    (
        "/gateway/api/delete.json",
        "POST",
        f"{SD_R}<{SD_L}>",
        "gateway.GatewayApiController",
        "deleteApi",
        SD_L,
    ),
    (
        "/gateway/flow/list.json",
        "GET",
        f"{SD_R}<java.util.List<{SD_E}.gateway.GatewayFlowRuleEntity>>",
        "gateway.GatewayFlowRuleController",
        "queryFlowRules",
        f"{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/gateway/flow/new.json",
        "POST",
        f"{SD_R}<{SD_E}.gateway.GatewayFlowRuleEntity>",
        "gateway.GatewayFlowRuleController",
        "addFlowRule",
        f"{SD_PKG}.domain.vo.gateway.rule.AddFlowRuleReqVo",
    ),
    (
        "/gateway/flow/save.json",
        "POST",
        f"{SD_R}<{SD_E}.gateway.GatewayFlowRuleEntity>",
        "gateway.GatewayFlowRuleController",
        "updateFlowRule",
        f"{SD_PKG}.domain.vo.gateway.rule.UpdateFlowRuleReqVo",
    ),
    (
        "/gateway/flow/delete.json",
        "POST",
        f"{SD_R}<{SD_L}>",
        "gateway.GatewayFlowRuleController",
        "deleteFlowRule",
        SD_L,
    ),
    (
        "/registry/machine",
        "",
        f"{SD_R}<?>",
        "MachineRegistryController",
        "receiveHeartBeat",
        f"{SD_S},{SD_I},{SD_L},{SD_S},{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/metric/queryTopResourceMetric.json",
        "",
        f"{SD_R}<?>",
        "MetricController",
        "queryTopResourceMetric",
        f"{SD_S},{SD_I},{SD_I},{SD_L},{SD_L},{SD_S}",
    ),
    (
        "/metric/queryByAppAndResource.json",
        "",
        f"{SD_R}<?>",
        "MetricController",
        "queryByAppAndResource",
        f"{SD_S},{SD_S},{SD_L},{SD_L}",
    ),
    (
        "/paramFlow/rules",
        "GET",
        f"{SD_R}<java.util.List<{SD_E}.rule.ParamFlowRuleEntity>>",
        "ParamFlowRuleController",
        "apiQueryAllRulesForMachine",
        f"{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/paramFlow/rule",
        "POST",
        f"{SD_R}<{SD_E}.rule.ParamFlowRuleEntity>",
        "ParamFlowRuleController",
        "apiAddParamFlowRule",
        f"{SD_E}.rule.ParamFlowRuleEntity",
    ),
    (
        "/paramFlow/rule/{id}",
        "PUT",
        f"{SD_R}<{SD_E}.rule.ParamFlowRuleEntity>",
        "ParamFlowRuleController",
        "apiUpdateParamFlowRule",
        f"{SD_L},{SD_E}.rule.ParamFlowRuleEntity",
    ),
    (
        "/paramFlow/rule/{id}",
        "DELETE",
        f"{SD_R}<{SD_L}>",
        "ParamFlowRuleController",
        "apiDeleteRule",
        SD_L,
    ),
    (
        "/resource/machineResource.json",
        "",
        f"{SD_R}<?>",
        "ResourceController",
        "fetchResourceChainListOfMachine",
        f"{SD_S},{SD_I},{SD_S},{SD_S}",
    ),
    (
        "/system/rules.json",
        "GET",
        f"{SD_R}<java.util.List<{SD_E}.rule.SystemRuleEntity>>",
        "SystemController",
        "apiQueryMachineRules",
        f"{SD_S},{SD_S},{SD_I}",
    ),
    (
        "/system/new.json",
        "GET",
        f"{SD_R}<{SD_E}.rule.SystemRuleEntity>",
        "SystemController",
        "apiAdd",
        f"{SD_S},{SD_S},{SD_I},java.lang.Double,java.lang.Double,{SD_L},{SD_L},java.lang.Double",
    ),
    (
        "/system/save.json",
        "GET",
        f"{SD_R}<{SD_E}.rule.SystemRuleEntity>",
        "SystemController",
        "apiUpdateIfNotNull",
        f"{SD_L},{SD_S},java.lang.Double,java.lang.Double,{SD_L},{SD_L},java.lang.Double",
    ),
    ("/system/delete.json", "", f"{SD_R}<?>", "SystemController", "delete", SD_L),
    ("/version", "GET", f"{SD_R}<{SD_S}>", "VersionController", "apiGetVersion", ""),
]

SD_CONNECT = [
    "java.net.ConnectException: Connection refused",
    "\tat sun.nio.ch.SocketChannelImpl.checkConnect(Native Method)",
    "\tat sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:716)",
    "\tat org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor.processEvent(DefaultConnectingIOReactor.java:171)",
    "\tat org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor.processEvents(DefaultConnectingIOReactor.java:145)",
    "\tat org.apache.http.impl.nio.reactor.AbstractMultiworkerIOReactor.execute(AbstractMultiworkerIOReactor.java:348)",
    "\tat org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager.execute(PoolingNHttpClientConnectionManager.java:192)",
    "\tat org.apache.http.impl.nio.client.CloseableHttpAsyncClientBase$1.run(CloseableHttpAsyncClientBase.java:64)",
    "\tat java.lang.Thread.run(Thread.java:748)",
]
SD_QUERY = [
    "java.util.concurrent.ExecutionException: java.net.ConnectException: Connection refused",
    "\tat java.util.concurrent.CompletableFuture.reportGet(CompletableFuture.java:357)",
    "\tat java.util.concurrent.CompletableFuture.get(CompletableFuture.java:1895)",
    f"\tat {SD_PKG}.controller.FlowControllerV1.apiQueryMachineRules(FlowControllerV1.java:96)",
    "\tat sun.reflect.GeneratedMethodAccessor112.invoke(Unknown Source)",
    "\tat sun.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
    "\tat java.lang.reflect.Method.invoke(Method.java:498)",
    "\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:209)",
    "\tat org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:136)",
    "\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:102)",
    "\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:991)",
    "\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:974)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:635)",
    "\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
    "\tat java.lang.Thread.run(Thread.java:748)",
    "Caused by: java.net.ConnectException: Connection refused",
    *SD_CONNECT[1:],
]


def sentinel_dashboard(r: random.Random) -> list[Log]:
    """One dashboard (started 05:58, OOM-killed and started again at 10:20) watching
    order-service (three machines), inventory-service (three) and api-gateway (two):
    order-service containers restarting at 06:40 (four times), 08:31 and 09:40, inventory's
    transport port blocked 07:10-08:05, flow rules edited 08:28-08:40, a password guessed at
    09:15, the gateway's machines saturated 10:58-11:24."""
    fs = Files()
    pid = [1]

    def S(
        t: datetime, level: str, thread: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        lg = abbrev(logger, 36)
        return fs.add(
            "sentinel-dashboard.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S} [{thread}] {level:<5} {lg} - {lines[0]}",
                *lines[1:],
            ],
            pid[0],
            1_000_000,
        )

    def startup(t: datetime) -> datetime:
        app = f"{SD_PKG}.DashboardApplication"
        t0 = t
        ctx = f"org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext@{hexid(r, 8).lstrip('0')}: startup date [{t:%a %b %d %H:%M:%S} UTC {t:%Y}]; root of context hierarchy"
        t = S(
            t,
            "INFO",
            "main",
            app,
            "Starting %s v%s on %s with PID %s (%s started by %s in %s)",
            [
                "Starting DashboardApplication v1.8.6 on sentinel-dashboard-0 with PID 1 (/app/sentinel-dashboard.jar started by root in /app)"
            ],
        )
        t = S(
            t,
            "INFO",
            "main",
            app,
            "No active profile set, falling back to default profiles: %s",
            ["No active profile set, falling back to default profiles: default"],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext",
            "Refreshing %s",
            [f"Refreshing {ctx}"],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port(s): %s",
            ["Tomcat initialized with port(s): 8080 (http)"],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.apache.coyote.http11.Http11NioProtocol",
            "Initializing ProtocolHandler [%s]",
            ['Initializing ProtocolHandler ["http-nio-8080"]'],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.apache.catalina.core.StandardService",
            "Starting service [%s]",
            ["Starting service [Tomcat]"],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.apache.catalina.core.StandardEngine",
            "Starting Servlet Engine: %s",
            ["Starting Servlet Engine: Apache Tomcat/8.5.34"],
        )
        t = S(
            t,
            "INFO",
            "localhost-startStop-1",
            "org.apache.catalina.core.AprLifecycleListener",
            "The APR based Apache Tomcat Native library which allows optimal performance in production environments was not found on the java.library.path: [%s]",
            [
                "The APR based Apache Tomcat Native library which allows optimal performance in production environments was not found on the java.library.path: [/usr/java/packages/lib/amd64:/usr/lib64:/lib64:/lib:/usr/lib]"
            ],
        )
        t = S(
            t,
            "INFO",
            "localhost-startStop-1",
            "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]",
            "Initializing Spring embedded WebApplicationContext",
            ["Initializing Spring embedded WebApplicationContext"],
        )
        t = S(
            t,
            "INFO",
            "localhost-startStop-1",
            "org.springframework.web.context.ContextLoader",
            "Root WebApplicationContext: initialization completed in %d ms",
            [f"Root WebApplicationContext: initialization completed in {r.randint(1500, 2100)} ms"],
        )
        t = S(
            t,
            "INFO",
            "localhost-startStop-1",
            "org.springframework.boot.web.servlet.ServletRegistrationBean",
            "Servlet %s mapped to [%s]",
            ["Servlet dispatcherServlet mapped to [/]"],
        )
        for flt in [
            "characterEncodingFilter",
            "hiddenHttpMethodFilter",
            "httpPutFormContentFilter",
            "requestContextFilter",
            "sentinelFilter",
            "authenticationFilter",
        ]:
            t = S(
                t,
                "INFO",
                "localhost-startStop-1",
                "org.springframework.boot.web.servlet.FilterRegistrationBean",
                "Mapping filter: '%s' to: [%s]",
                [f"Mapping filter: '{flt}' to: [/*]"],
            )
        um = "org.springframework.web.servlet.handler.SimpleUrlHandlerMapping"
        rh = "org.springframework.web.servlet.resource.ResourceHttpRequestHandler"
        t = S(
            t,
            "INFO",
            "main",
            um,
            "Mapped URL path [%s] onto handler of type [%s]",
            [f"Mapped URL path [/**/favicon.ico] onto handler of type [class {rh}]"],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter",
            "Looking for @ControllerAdvice: %s",
            [f"Looking for @ControllerAdvice: {ctx}"],
        )
        rm = "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping"
        for path, meth, ret, ctl, name, params in SD_MAPPINGS:
            key = f"{{[{path}]" + (f",methods=[{meth}]" if meth else "") + "}"
            t = S(
                t,
                "INFO",
                "main",
                rm,
                'Mapped "%s" onto %s',
                [f'Mapped "{key}" onto public {ret} {SD_PKG}.controller.{ctl}.{name}({params})'],
            )
        be = "org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController"
        t = S(
            t,
            "INFO",
            "main",
            rm,
            'Mapped "%s" onto %s',
            [
                f'Mapped "{{[/error]}}" onto public org.springframework.http.ResponseEntity<java.util.Map<java.lang.String, java.lang.Object>> {be}.error({SD_HTTP})'
            ],
        )
        t = S(
            t,
            "INFO",
            "main",
            rm,
            'Mapped "%s" onto %s',
            [
                f'Mapped "{{[/error],produces=[text/html]}}" onto public org.springframework.web.servlet.ModelAndView {be}.errorHtml({SD_HTTP},javax.servlet.http.HttpServletResponse)'
            ],
        )
        t = S(
            t,
            "INFO",
            "main",
            um,
            "Mapped URL path [%s] onto handler of type [%s]",
            [f"Mapped URL path [/webjars/**] onto handler of type [class {rh}]"],
        )
        t = S(
            t,
            "INFO",
            "main",
            um,
            "Mapped URL path [%s] onto handler of type [%s]",
            [f"Mapped URL path [/**] onto handler of type [class {rh}]"],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.springframework.jmx.export.annotation.AnnotationMBeanExporter",
            "Registering beans for JMX exposure on startup",
            ["Registering beans for JMX exposure on startup"],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.apache.coyote.http11.Http11NioProtocol",
            "Starting ProtocolHandler [%s]",
            ['Starting ProtocolHandler ["http-nio-8080"]'],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.apache.tomcat.util.net.NioSelectorPool",
            "Using a shared selector for servlet write/read",
            ["Using a shared selector for servlet write/read"],
        )
        t = S(
            t,
            "INFO",
            "main",
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port(s): %s with context path '%s'",
            ["Tomcat started on port(s): 8080 (http) with context path ''"],
        )
        up = (t - t0).total_seconds() + r.uniform(0.3, 0.8)
        t = S(
            t,
            "INFO",
            "main",
            app,
            "Started %s in %s seconds (JVM running for %s)",
            [
                f"Started DashboardApplication in {up:.3f} seconds (JVM running for {up + r.uniform(0.5, 0.9):.3f})"
            ],
        )
        th = f"http-nio-8080-exec-{r.randint(1, 3)}"
        t = S(
            t + sec(r.uniform(1, 3)),
            "INFO",
            th,
            "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]",
            "Initializing Spring FrameworkServlet '%s'",
            ["Initializing Spring FrameworkServlet 'dispatcherServlet'"],
        )
        t = S(
            t,
            "INFO",
            th,
            "org.springframework.web.servlet.DispatcherServlet",
            "FrameworkServlet '%s': initialization started",
            ["FrameworkServlet 'dispatcherServlet': initialization started"],
        )
        return S(
            t,
            "INFO",
            th,
            "org.springframework.web.servlet.DispatcherServlet",
            "FrameworkServlet '%s': initialization completed in %d ms",
            [
                f"FrameworkServlet 'dispatcherServlet': initialization completed in {r.randint(12, 31)} ms"
            ],
        )

    mf = f"{SD_PKG}.metric.MetricFetcher"

    def url(ip: str, port: int, t: datetime) -> str:
        st = (int(t.timestamp()) - 8) * 1000
        return f"http://{ip}:{port}/metric?startTime={st}&endTime={st + 6000}&refetch=false"

    def io() -> str:
        return f"I/O dispatcher {r.randint(1, 4)}"

    restart = at(10, 20, 37)
    startup(at(5, 58, 21))
    pid[0] = 1001
    startup(restart)
    pid[0] = 1

    def P(t: datetime) -> None:
        pid[0] = 1001 if t >= restart else 1

    # MetricFetcher fetches each app about every 7 s (a 6-s window two seconds behind), every
    # healthy machine of it at once; a refused or timed-out fetch is logged per machine.
    def fetches(
        t0: datetime,
        t1: datetime,
        machines: list[str],
        port: int,
        label: str,
        msg: Callable[[str, datetime], str],
        p: float = 1.0,
    ) -> None:
        t = t0 + sec(r.uniform(0, 7))
        while t < t1:
            for ip in machines:
                if r.random() < p:
                    P(t)
                    S(
                        t + sec(r.uniform(0.0, 0.3)),
                        "ERROR",
                        io(),
                        mf,
                        label,
                        [msg(f"{url(ip, port, t)}", t)],
                    )
            t += sec(7.0 + r.uniform(0.0, 0.15))

    refused = "Failed to fetch metric from <%s> (ConnectionException: Connection refused)"
    # order-service containers restarting (OOM-killed, a crash loop at 06:40): refused until the new JVM listens
    downs = [
        (at(6, 40, 12), 38),
        (at(6, 41, 31), 44),
        (at(6, 43, 5), 51),
        (at(6, 45, 40), 47),
        (at(8, 31, 2), 45),
        (at(9, 40, 44), 41),
    ]
    for (t0, dur), ip in zip(downs, ["10.0.4.23"] * 4 + ["10.0.4.22", "10.0.4.21"], strict=True):
        fetches(
            t0,
            t0 + sec(dur),
            [ip],
            8719,
            refused,
            lambda u, t: (
                f"Failed to fetch metric from <{u}> (ConnectionException: Connection refused)"
            ),
        )
    # inventory-service redeployed with its transport port on 8720, which its NetworkPolicy blocks
    fetches(
        at(7, 10, 18),
        at(8, 5, 40),
        ["10.0.4.31", "10.0.4.32", "10.0.4.33"],
        8720,
        "Failed to fetch metric from <%s> (ConnectionException: Timeout connecting to [%s])",
        lambda u, t: (
            f"Failed to fetch metric from <{u}> (ConnectionException: Timeout connecting to [/{u.split('/')[2]}])"
        ),
    )
    # the gateway's machines saturated: most fetches time out
    fetches(
        at(10, 58, 30),
        at(11, 24, 10),
        ["10.0.4.11", "10.0.4.12"],
        8720,
        "Failed to fetch metric from <%s>: socket timeout",
        lambda u, t: f"Failed to fetch metric from <{u}>: socket timeout",
        0.8,
    )
    # flow and degrade rules edited
    ac = f"{SD_PKG}.client.SentinelApiClient"
    for t in poisson(r, at(8, 28, 10), at(8, 40, 30), 17.0):
        th = f"http-nio-8080-exec-{r.randint(1, 10)}"
        ip = r.choice(["10.0.4.21", "10.0.4.22", "10.0.4.23"])
        kind = r.choice(["flow", "flow", "flow", "degrade"])
        if ip == "10.0.4.22" and at(8, 31, 2) <= t < at(8, 31, 50):
            if kind == "flow":
                S(
                    t,
                    "ERROR",
                    th,
                    f"{SD_PKG}.controller.FlowControllerV1",
                    "Failed to add new flow rule, app=%s, ip=%s",
                    ["Failed to add new flow rule, app=order-service, ip=10.0.4.22", *SD_CONNECT],
                )
            continue
        S(
            t,
            "INFO",
            th,
            ac,
            "setRules result: %s, type=%s",
            [f"setRules result: success, type={kind}"],
        )
    for t in [at(8, 31, 14), at(8, 31, 29), at(8, 31, 41)]:
        S(
            t,
            "ERROR",
            f"http-nio-8080-exec-{r.randint(1, 10)}",
            f"{SD_PKG}.controller.FlowControllerV1",
            "Error when querying flow rules",
            ["Error when querying flow rules", *SD_QUERY],
        )
    # a password guessed
    t = at(9, 15, 3)
    for user in (
        ["admin"] * 6
        + ["sentinel", "root", "test", "admin", "guest", "sentinel", "operator"]
        + ["admin"] * 5
    ):
        t += sec(r.uniform(1.5, 4))
        S(
            t,
            "ERROR",
            f"http-nio-8080-exec-{r.randint(1, 10)}",
            f"{SD_PKG}.controller.AuthController",
            "Login failed: Invalid username or password, username=%s",
            [f"Login failed: Invalid username or password, username={user}"],
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- activiti

AC_ENG = "org.activiti.engine.impl.asyncexecutor"
AC_CMD_TAIL = [
    "\tat org.activiti.engine.impl.agenda.ContinueProcessOperation.executeSynchronous(ContinueProcessOperation.java:150)",
    "\tat org.activiti.engine.impl.agenda.ContinueProcessOperation.continueThroughFlowNode(ContinueProcessOperation.java:105)",
    "\tat org.activiti.engine.impl.agenda.ContinueProcessOperation.run(ContinueProcessOperation.java:69)",
    "\tat org.activiti.engine.impl.interceptor.CommandInvoker.executeOperation(CommandInvoker.java:73)",
    "\tat org.activiti.engine.impl.interceptor.CommandInvoker.executeOperations(CommandInvoker.java:57)",
    "\tat org.activiti.engine.impl.interceptor.CommandInvoker.execute(CommandInvoker.java:42)",
    "\tat org.activiti.engine.impl.interceptor.TransactionContextInterceptor.execute(TransactionContextInterceptor.java:48)",
    "\tat org.activiti.engine.impl.interceptor.CommandContextInterceptor.execute(CommandContextInterceptor.java:63)",
    "\tat org.activiti.spring.SpringTransactionInterceptor$1.doInTransaction(SpringTransactionInterceptor.java:47)",
    "\tat org.springframework.transaction.support.TransactionTemplate.execute(TransactionTemplate.java:133)",
    "\tat org.activiti.spring.SpringTransactionInterceptor.execute(SpringTransactionInterceptor.java:45)",
    "\tat org.activiti.engine.impl.interceptor.LogInterceptor.execute(LogInterceptor.java:29)",
    "\tat org.activiti.engine.impl.cfg.CommandExecutorImpl.execute(CommandExecutorImpl.java:44)",
    "\tat org.activiti.engine.impl.asyncexecutor.ExecuteAsyncRunnable.executeJob(ExecuteAsyncRunnable.java:131)",
    "\tat org.activiti.engine.impl.asyncexecutor.ExecuteAsyncRunnable.run(ExecuteAsyncRunnable.java:103)",
    "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
    "\tat java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
    "\tat java.lang.Thread.run(Thread.java:748)",
]


def ac_bureau(app_id: str) -> list[str]:
    return [
        f"com.example.loans.integration.BureauUnavailableException: Credit bureau returned HTTP 503 for application {app_id}",
        "\tat com.example.loans.integration.BureauClient.fetchScore(BureauClient.java:88)",
        "\tat com.example.loans.delegate.CreditCheckDelegate.execute(CreditCheckDelegate.java:41)",
        "\tat org.activiti.engine.impl.delegate.invocation.JavaDelegateInvocation.invoke(JavaDelegateInvocation.java:34)",
        "\tat org.activiti.engine.impl.delegate.invocation.DelegateInvocation.proceed(DelegateInvocation.java:32)",
        "\tat org.activiti.engine.impl.delegate.invocation.DefaultDelegateInterceptor.handleInvocation(DefaultDelegateInterceptor.java:24)",
        "\tat org.activiti.engine.impl.bpmn.behavior.ServiceTaskDelegateExpressionActivityBehavior.execute(ServiceTaskDelegateExpressionActivityBehavior.java:131)",
        *AC_CMD_TAIL,
    ]


def ac_mail(execution: int) -> list[str]:
    return [
        f"org.activiti.engine.ActivitiException: Could not send e-mail in execution {execution}",
        "\tat org.activiti.engine.impl.bpmn.behavior.MailActivityBehavior.execute(MailActivityBehavior.java:103)",
        *AC_CMD_TAIL,
        "Caused by: org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.example.internal:25",
        "\tat org.apache.commons.mail.Email.sendMimeMessage(Email.java:1469)",
        "\tat org.apache.commons.mail.Email.send(Email.java:1496)",
        "\tat org.activiti.engine.impl.bpmn.behavior.MailActivityBehavior.execute(MailActivityBehavior.java:92)",
        "\t... 18 more",
        "Caused by: javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.internal, port: 25;",
        "  nested exception is:",
        "\tjava.net.ConnectException: Connection refused (Connection refused)",
        "\tat com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2209)",
        "\tat com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:740)",
        "\tat javax.mail.Service.connect(Service.java:366)",
        "\tat javax.mail.Service.connect(Service.java:246)",
        "\tat javax.mail.Service.connect(Service.java:195)",
        "\tat javax.mail.Transport.send0(Transport.java:254)",
        "\tat javax.mail.Transport.send(Transport.java:124)",
        "\tat org.apache.commons.mail.Email.sendMimeMessage(Email.java:1459)",
        "\t... 20 more",
        "Caused by: java.net.ConnectException: Connection refused (Connection refused)",
        "\tat java.net.PlainSocketImpl.socketConnect(Native Method)",
        "\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
        "\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)",
        "\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)",
        "\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
        "\tat java.net.Socket.connect(Socket.java:589)",
        "\tat com.sun.mail.util.SocketFetcher.createSocket(SocketFetcher.java:335)",
        "\tat com.sun.mail.util.SocketFetcher.getSocket(SocketFetcher.java:214)",
        "\tat com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2160)",
        "\t... 27 more",
    ]


AC_TX_MSG = "Could not open JDBC Connection for transaction; nested exception is org.postgresql.util.PSQLException: The connection attempt failed."


def ac_tx(where: list[str]) -> list[str]:
    return [
        f"org.springframework.transaction.CannotCreateTransactionException: {AC_TX_MSG}",
        "\tat org.springframework.jdbc.datasource.DataSourceTransactionManager.doBegin(DataSourceTransactionManager.java:289)",
        "\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction(AbstractPlatformTransactionManager.java:377)",
        *where,
        "Caused by: org.postgresql.util.PSQLException: The connection attempt failed.",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:315)",
        "\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:51)",
        "\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:225)",
        "\tat org.postgresql.Driver.makeConnection(Driver.java:465)",
        "\tat org.postgresql.Driver.connect(Driver.java:264)",
        "\tat org.apache.commons.dbcp2.DriverConnectionFactory.createConnection(DriverConnectionFactory.java:39)",
        "\tat org.apache.commons.dbcp2.PoolableConnectionFactory.makeObject(PoolableConnectionFactory.java:256)",
        "\tat org.apache.commons.pool2.impl.GenericObjectPool.create(GenericObjectPool.java:868)",
        "\tat org.apache.commons.pool2.impl.GenericObjectPool.borrowObject(GenericObjectPool.java:435)",
        "\tat org.apache.commons.dbcp2.PoolingDataSource.getConnection(PoolingDataSource.java:134)",
        "\tat org.apache.commons.dbcp2.BasicDataSource.getConnection(BasicDataSource.java:1563)",
        "\tat org.springframework.jdbc.datasource.DataSourceTransactionManager.doBegin(DataSourceTransactionManager.java:246)",
        f"\t... {len(where) + 1} more",
        "Caused by: java.net.SocketTimeoutException: connect timed out",
        "\tat java.net.PlainSocketImpl.socketConnect(Native Method)",
        "\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)",
        "\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)",
        "\tat java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)",
        "\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
        "\tat java.net.Socket.connect(Socket.java:589)",
        "\tat org.postgresql.core.PGStream.<init>(PGStream.java:81)",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:93)",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:197)",
        f"\t... {len(where) + 14} more",
    ]


def ac_acquire(runnable: str) -> list[str]:
    return ac_tx(
        [
            "\tat org.springframework.transaction.support.TransactionTemplate.execute(TransactionTemplate.java:130)",
            "\tat org.activiti.spring.SpringTransactionInterceptor.execute(SpringTransactionInterceptor.java:45)",
            "\tat org.activiti.engine.impl.interceptor.LogInterceptor.execute(LogInterceptor.java:29)",
            "\tat org.activiti.engine.impl.cfg.CommandExecutorImpl.execute(CommandExecutorImpl.java:44)",
            "\tat org.activiti.engine.impl.cfg.CommandExecutorImpl.execute(CommandExecutorImpl.java:39)",
            f"\tat org.activiti.engine.impl.asyncexecutor.{runnable}.run({runnable}.java:{58 if 'Timer' in runnable else 61})",
            "\tat java.lang.Thread.run(Thread.java:748)",
        ]
    )


AC_LISTENER_TX = [
    "\tat org.springframework.transaction.support.TransactionTemplate.execute(TransactionTemplate.java:130)",
    "\tat org.activiti.spring.SpringTransactionInterceptor.execute(SpringTransactionInterceptor.java:45)",
    "\tat org.activiti.engine.impl.interceptor.LogInterceptor.execute(LogInterceptor.java:29)",
    "\tat org.activiti.engine.impl.cfg.CommandExecutorImpl.execute(CommandExecutorImpl.java:44)",
    "\tat org.activiti.engine.impl.RuntimeServiceImpl.startProcessInstanceByKey(RuntimeServiceImpl.java:85)",
    "\tat com.example.loans.service.LoanProcessService.start(LoanProcessService.java:57)",
    "\tat com.example.loans.jms.ApplicationListener.onMessage(ApplicationListener.java:44)",
    "\tat org.springframework.jms.listener.AbstractMessageListenerContainer.doInvokeListener(AbstractMessageListenerContainer.java:757)",
    "\tat org.springframework.jms.listener.AbstractMessageListenerContainer.invokeListener(AbstractMessageListenerContainer.java:695)",
    "\tat org.springframework.jms.listener.AbstractMessageListenerContainer.doExecuteListener(AbstractMessageListenerContainer.java:663)",
    "\tat org.springframework.jms.listener.AbstractPollingMessageListenerContainer.doReceiveAndExecute(AbstractPollingMessageListenerContainer.java:331)",
    "\tat org.springframework.jms.listener.AbstractPollingMessageListenerContainer.receiveAndExecute(AbstractPollingMessageListenerContainer.java:235)",
    "\tat org.springframework.jms.listener.DefaultMessageListenerContainer$AsyncMessageListenerInvoker.invokeListener(DefaultMessageListenerContainer.java:1166)",
    "\tat org.springframework.jms.listener.DefaultMessageListenerContainer$AsyncMessageListenerInvoker.executeOngoingLoop(DefaultMessageListenerContainer.java:1158)",
    "\tat org.springframework.jms.listener.DefaultMessageListenerContainer$AsyncMessageListenerInvoker.run(DefaultMessageListenerContainer.java:1055)",
    "\tat java.lang.Thread.run(Thread.java:748)",
]

AC_UNDERWRITERS = ["m.keller", "s.nowak", "j.moreau", "a.rossi", "t.lindqvist"]


def activiti(r: random.Random) -> list[Log]:
    """Two nodes (bpm1, bpm2) of a loan-origination service, 06:00 to 12:00: applications from
    a JMS queue every 50 s or so, the credit bureau answering 503 07:20-07:38 (failed jobs
    moved back at 07:45), the mail relay refusing 08:10-08:32, the database failing over
    09:05-09:17, bpm2 redeployed at 10:30."""
    fs = Files()
    nodes = ["bpm1", "bpm2"]
    ctx_id = {n: hexid(r, 8).lstrip("0") for n in nodes}
    ctx_date = {n: at(5, 52, 14 + 9 * i) for i, n in enumerate(nodes)}

    def A(
        n: str, t: datetime, thread: str, level: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"{n}-engine.out",
            t,
            label,
            lambda x: [
                f" {x:%I:%M:%S},{x.microsecond // 1000:03d} [{thread}] {level:<5} {logger}  - {lines[0]}",
                *lines[1:],
            ],
            n,
            1000,
        )

    def ctx(n: str) -> str:
        d = ctx_date[n]
        return f"org.springframework.context.support.ClassPathXmlApplicationContext@{ctx_id[n]}: startup date [{d:%a %b %d %H:%M:%S} UTC {d:%Y}]"

    exec_cls = "org.activiti.spring.SpringAsyncExecutor"

    def startup(n: str, t: datetime) -> datetime:
        ctx_date[n] = t
        ctx_id[n] = hexid(r, 8).lstrip("0")
        t = A(
            n,
            t,
            "main",
            "INFO",
            "org.springframework.context.support.ClassPathXmlApplicationContext",
            "Refreshing %s: startup date [%s]; root of context hierarchy",
            [f"Refreshing {ctx(n)}; root of context hierarchy"],
        )
        t = A(
            n,
            t + sec(0.05),
            "main",
            "INFO",
            "org.springframework.beans.factory.xml.XmlBeanDefinitionReader",
            "Loading XML bean definitions from class path resource [%s]",
            ["Loading XML bean definitions from class path resource [loans-context.xml]"],
        )
        t = A(
            n,
            t + sec(r.uniform(2.2, 3.4)),
            "main",
            "INFO",
            "org.activiti.engine.impl.ProcessEngineImpl",
            "ProcessEngine %s created",
            ["ProcessEngine default created"],
        )
        t = A(
            n,
            t + sec(0.01),
            "main",
            "INFO",
            f"{AC_ENG}.DefaultAsyncJobExecutor",
            "Starting up the default async job executor [%s].",
            [f"Starting up the default async job executor [{exec_cls}]."],
        )
        t = A(
            n,
            t + sec(0.001),
            "main",
            "INFO",
            f"{AC_ENG}.DefaultAsyncJobExecutor",
            "Creating thread pool queue of size %d",
            ["Creating thread pool queue of size 100"],
        )
        t = A(
            n,
            t + sec(0.001),
            "main",
            "INFO",
            f"{AC_ENG}.DefaultAsyncJobExecutor",
            "Creating executor service with corePoolSize %d, maxPoolSize %d and keepAliveTime %d",
            [
                "Creating executor service with corePoolSize 4, maxPoolSize 10 and keepAliveTime 5000"
            ],
        )
        A(
            n,
            t + sec(0.002),
            "Thread-3",
            "INFO",
            f"{AC_ENG}.AcquireTimerJobsRunnable",
            "{} starting to acquire async jobs due",
            ["{} starting to acquire async jobs due"],
        )
        A(
            n,
            t + sec(0.003),
            "Thread-4",
            "INFO",
            f"{AC_ENG}.AcquireAsyncJobsDueRunnable",
            "{} starting to acquire async jobs due",
            ["{} starting to acquire async jobs due"],
        )
        A(
            n,
            t + sec(0.004),
            "Thread-5",
            "INFO",
            f"{AC_ENG}.ResetExpiredJobsRunnable",
            "{} starting to reset expired jobs",
            ["{} starting to reset expired jobs"],
        )
        t += sec(r.uniform(0.3, 0.6))
        return A(
            n,
            t,
            "main",
            "INFO",
            "com.example.loans.Main",
            "Loan engine %s started, consuming %s",
            ["Loan engine 3.4.1 started, consuming queue://loans.applications"],
        )

    def shutdown(n: str, t: datetime) -> datetime:
        t = A(
            n,
            t,
            "Thread-9",
            "INFO",
            "org.springframework.context.support.ClassPathXmlApplicationContext",
            "Closing %s: startup date [%s]; root of context hierarchy",
            [f"Closing {ctx(n)}; root of context hierarchy"],
        )
        t = A(
            n,
            t + sec(r.uniform(0.5, 1.5)),
            "Thread-9",
            "INFO",
            f"{AC_ENG}.DefaultAsyncJobExecutor",
            "Shutting down the default async job executor [%s].",
            [f"Shutting down the default async job executor [{exec_cls}]."],
        )
        A(
            n,
            t + sec(r.uniform(0.01, 0.2)),
            "Thread-3",
            "INFO",
            f"{AC_ENG}.AcquireTimerJobsRunnable",
            "{} stopped async job due acquisition",
            ["{} stopped async job due acquisition"],
        )
        A(
            n,
            t + sec(r.uniform(0.01, 0.2)),
            "Thread-4",
            "INFO",
            f"{AC_ENG}.AcquireAsyncJobsDueRunnable",
            "{} stopped async job due acquisition",
            ["{} stopped async job due acquisition"],
        )
        return A(
            n,
            t + sec(r.uniform(0.01, 0.2)),
            "Thread-5",
            "INFO",
            f"{AC_ENG}.ResetExpiredJobsRunnable",
            "{} stopped resetting expired jobs",
            ["{} stopped resetting expired jobs"],
        )

    redeploy = at(10, 30, 8)
    back2 = at(10, 31, 12)
    bureau = (at(7, 20, 0), at(7, 38, 30))
    smtp = (at(8, 10, 0), at(8, 32, 20))
    db = (at(9, 5, 10), at(9, 17, 40))
    shutdown("bpm2", redeploy)
    startup("bpm2", back2)

    def up(n: str, t: datetime) -> bool:
        return n != "bpm2" or not (redeploy <= t < back2 + sec(8))

    def pick(t: datetime) -> str:
        c = [n for n in nodes if up(n, t)]
        return r.choice(c)

    def exe() -> str:
        return f"activiti-async-job-executor-thread-{r.randint(1, 10)}"

    ids = {"pi": 1587501, "task": 1588003, "job": 1587640, "exec": 1587502}

    def nid(k: str) -> int:
        ids[k] += r.randint(3, 14)
        return ids[k]

    def job_fail(
        t: datetime,
        labels_exc: list[str],
        pre: Callable[[str, datetime, str], datetime] | None = None,
    ) -> None:
        n = pick(t)
        th = exe()
        jid = nid("job")
        for attempt in range(3):
            ta = t + sec(attempt * r.uniform(11, 19))
            if not up(n, ta):
                n = pick(ta)
            if pre:
                ta = pre(n, ta, th) + sec(r.uniform(0.003, 0.02))
            ta = A(
                n,
                ta,
                th,
                "ERROR",
                "org.activiti.engine.impl.interceptor.CommandContext",
                "Error while closing command context",
                ["Error while closing command context", *labels_exc],
            )
            A(
                n,
                ta + sec(0.002),
                th,
                "ERROR",
                f"{AC_ENG}.ExecuteAsyncRunnable",
                "Job %s failed",
                [f"Job {jid} failed", *labels_exc],
            )
            n = pick(ta)
            th = exe()

    def mail(t: datetime) -> None:
        if in_any(t, [smtp]):
            job_fail(t, ac_mail(nid("exec")))

    listener = "com.example.loans.jms.ApplicationListener"
    moved_back = at(7, 45, 12)
    dlq_replay = at(9, 25, 3)
    rate = []
    t = T0 + sec(r.uniform(5, 30))
    while t < T_END:
        h = t.hour + t.minute / 60
        rate.append(t)
        t += sec(r.expovariate(1 / (80 if h < 8 else 56 if h < 11.5 else 70)))
    seq = 612000 + r.randint(0, 400)
    for t in rate:
        seq += r.randint(1, 3)
        app_id = f"LA-2024-0{seq}"
        product = r.choice(["PERSONAL", "PERSONAL", "AUTO", "HOME_IMPROVEMENT", "AUTO"])
        amount = r.choice([2500, 5000, 7500, 8000, 10000, 12000, 15000, 20000, 25000, 30000, 45000])
        term = r.choice([12, 24, 36, 48, 60, 72, 84])
        n = pick(t)
        th = f"loanApplicationListener-{r.randint(1, 4)}"
        ts = t
        tries = 0
        while in_any(ts, [db]):
            A(
                n,
                ts,
                th,
                "INFO",
                listener,
                "Received application %s (%s, amount %s EUR, term %d months)",
                [
                    f"Received application {app_id} ({product}, amount {amount:.2f} EUR, term {term} months)"
                ],
            )
            A(
                n,
                ts + sec(10.02),
                th,
                "ERROR",
                listener,
                "Could not start process for application %s, message will be redelivered",
                [
                    f"Could not start process for application {app_id}, message will be redelivered",
                    *ac_tx(AC_LISTENER_TX),
                ],
            )
            tries += 1
            ts += sec(70 + r.uniform(0, 1))
            if tries == 4:  # the broker's maximumRedeliveries: to the DLQ, replayed at 09:25
                ts = dlq_replay + sec(r.uniform(0.5, 40))
            n = pick(ts)
        ts = A(
            n,
            ts,
            th,
            "INFO",
            listener,
            "Received application %s (%s, amount %s EUR, term %d months)",
            [
                f"Received application {app_id} ({product}, amount {amount:.2f} EUR, term {term} months)"
            ],
        )
        pi = nid("pi")
        ts = A(
            n,
            ts + sec(r.uniform(0.04, 0.2)),
            th,
            "INFO",
            "com.example.loans.service.LoanProcessService",
            "Started process instance %s for application %s",
            [f"Started process instance {pi} for application {app_id}"],
        )
        # the async credit check
        tc = ts + sec(r.uniform(0.3, 4))
        if in_any(tc, [bureau]):

            def warn(n: str, ta: datetime, th: str, app_id: str = app_id) -> datetime:
                return A(
                    n,
                    ta + sec(r.uniform(0.2, 1.5)),
                    th,
                    "WARN",
                    "com.example.loans.delegate.CreditCheckDelegate",
                    "Credit bureau call failed for application %s: HTTP %d",
                    [f"Credit bureau call failed for application {app_id}: HTTP 503"],
                )

            job_fail(tc, ac_bureau(app_id), warn)
            tc = moved_back + sec(r.uniform(0.5, 25))
        n2 = pick(tc)
        th2 = exe()
        score = int(min(850, max(300, r.gauss(660, 80))))
        band = (
            "A"
            if score >= 760
            else "B"
            if score >= 680
            else "C"
            if score >= 600
            else "D"
            if score >= 520
            else "E"
        )
        tc = A(
            n2,
            tc + sec(r.uniform(0.3, 1.4)),
            th2,
            "INFO",
            "com.example.loans.delegate.CreditCheckDelegate",
            "Credit check for application %s: bureau score %d (band %s)",
            [f"Credit check for application {app_id}: bureau score {score} (band {band})"],
        )
        decision = "APPROVED" if band in "AB" else "REFERRED" if band == "C" else "DECLINED"
        tc = A(
            n2,
            tc + sec(r.uniform(0.005, 0.04)),
            th2,
            "INFO",
            "com.example.loans.delegate.RiskDecisionDelegate",
            "Application %s decided %s (score %d)",
            [f"Application {app_id} decided {decision} (score {score})"],
        )
        approved = decision == "APPROVED"
        if decision == "REFERRED":
            task = nid("task")
            who = r.choice(AC_UNDERWRITERS)
            A(
                n2,
                tc + sec(0.003),
                th2,
                "INFO",
                "com.example.loans.listener.UnderwritingTaskListener",
                "Task %s (%s) assigned to %s",
                [f"Task {task} (Manual underwriting) assigned to {who}"],
            )
            wait = r.uniform(900, 11000)
            if wait > 7200:
                tr = tc + sec(7200 + r.uniform(0, 12))
                if tr < T_END:
                    A(
                        pick(tr),
                        tr,
                        exe(),
                        "INFO",
                        "com.example.loans.delegate.ReminderDelegate",
                        "Reminder sent for task %s (waiting %d h)",
                        [f"Reminder sent for task {task} (waiting 2 h)"],
                    )
            td = tc + sec(wait)
            if td >= T_END:
                continue
            nd = pick(td)
            A(
                nd,
                td,
                f"qtp1846412426-{r.randint(20, 48)}",
                "INFO",
                "com.example.loans.web.TaskResource",
                "Task %s completed by %s",
                [f"Task {task} completed by {who}"],
            )
            approved = r.random() < 0.7
            tc = td
        mail(tc + sec(r.uniform(0.3, 2)))
        if approved:
            tp = tc + sec(r.uniform(1, 6))
            if tp < T_END:
                A(
                    pick(tp),
                    tp,
                    exe(),
                    "INFO",
                    "com.example.loans.delegate.DisburseFundsDelegate",
                    "Disbursed %s EUR for application %s, payment reference %s",
                    [
                        f"Disbursed {amount:.2f} EUR for application {app_id}, payment reference PAY-20240607-{r.randint(1000, 9999):06d}"
                    ],
                )
    # the database failing over: the acquisition threads
    for n in nodes:
        for cls, th, label, period in [
            (
                "AcquireTimerJobsRunnable",
                "Thread-3",
                "exception during timer job acquisition: %s",
                10,
            ),
            (
                "AcquireAsyncJobsDueRunnable",
                "Thread-4",
                "exception during async job acquisition: %s",
                10,
            ),
        ]:
            t = db[0] + sec(r.uniform(0, 9))
            while t < db[1]:
                t = A(
                    n,
                    t + sec(10.0),
                    th,
                    "ERROR",
                    f"{AC_ENG}.{cls}",
                    label,
                    [label.replace("%s", AC_TX_MSG), *ac_acquire(cls)],
                )
                t += sec(period + r.uniform(0.001, 0.05))
        t = db[0] + sec(r.uniform(0, 59))
        while t < db[1]:
            A(
                n,
                t + sec(10.0),
                "Thread-5",
                "ERROR",
                f"{AC_ENG}.ResetExpiredJobsRunnable",
                "exception during resetting expired jobs",
                [
                    "exception during resetting expired jobs",
                    *ac_acquire("ResetExpiredJobsRunnable"),
                ],
            )
            t += sec(70 + r.uniform(0, 0.1))
    return fs.logs(T0)


SYSTEMS = {
    "jmeter": jmeter,
    "gatling": gatling,
    "spring-cloud-gateway": spring_cloud_gateway,
    "sentinel-dashboard": sentinel_dashboard,
    "activiti": activiti,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
