#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 267 (jbpm, optaplanner, camel-k, wso2-apim, opencms) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process). Five business-automation, integration and web-content servers of
one insurer's platform, 06:00 to 12:00 on 2024-06-07. Two systems of the brief are replaced:
MuleSoft's Mule runtime is already in the set (`bench/heldout/mule`), so its place goes to the
Apache Camel K operator, the Kubernetes integration platform the team runs its Camel routes
with; Drools, embedded as a library, logs its KieBase builds and scanner updates and nothing per
rule fired, so a working day's Drools log holds a handful of lines of two or three formats: its
place goes to OptaPlanner, the KIE family's planning engine, which logs every solve.

- jBPM 7.74 KIE Server on WildFly 23 (`kie1-server.log`, `kie2-server.log`: WildFly's
  server.log, `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n`: `2024-06-07 06:00:01,234 INFO
  [org.kie.server.services.impl.KieServerImpl] (ServerService Thread Pool -- 78) ...`). Two
  nodes running the `loan-approval` and `order-fulfilment` kjars: the processes' script tasks
  print through System.out (`INFO  [stdout] (default task-12) Loan application ...`), the jBPM
  executor runs the credit-bureau command asynchronously; the bureau refuses connections
  08:10-08:40 (`Error during command %s error message %s` with the HttpClient's message and a
  stack, `Retrying request ( with id %s) - delay configured, next retry at %s`); kie2 restarted
  at 07:00 (WildFly's WFLYSRV/WFLYUT/WFLYJCA lines, the six extensions `%s has been successfully
  registered as server extension`, `Selected startup strategy %s`, the executor's multi-line
  `Starting jBPM Executor Component ...`, `Container %s (for release id %s) successfully
  started`, `KieServer %s is ready to receive requests`); loan-approval updated at 09:30 on both
  (`Container %s successfully updated to release id %s`), order-fulfilment 2.0.0 deployed beside
  1.9.2 at 10:45 and the old container disposed (`... successfully stopped`); PostgreSQL slow
  10:05-10:20 (Narayana's `ARJUNA012117: TransactionReaper::check timeout for TX %s in state
  RUN`, `ARJUNA012121: ...`, Hibernate's `SQL Error: %s, SQLState: %s` and the driver's message,
  `WFLYEJB0043: A previous execution of timer [%s %s] is still in progress, ...`).
- OptaPlanner 8.44 in a Quarkus 3.2 service (`dispatch-planner-7c9d6b5f4-k2x8q.log`,
  `dispatch-planner-7c9d6b5f4-p7mzt.log`: `kubectl logs` of two pods, Quarkus's console format
  `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n`: `2024-06-07 06:00:04,120 INFO
  [org.opt.cor.imp.sol.DefaultSolver] (pool-7-thread-1) Solving started: ...`): vehicle routing
  for claim adjusters' visits, a solve per region every few minutes (`Solving started: ...`,
  the pinned visits' `Custom phase (%s) ended: ...`, `Construction Heuristic phase (%s) ended:
  ...`, `Local Search phase (%s) ended: ...`, `Solving ended: ...`), real-time changes while a
  solve runs (`Solving restarted: ...`, the branch's other word); the database down 08:20-08:30
  (Agroal's `Datasource '%s': Connection to %s refused. ...`, SmallRye Health's `SRHCK01001:
  Reporting health down status: %s`, `HTTP Request to %s failed, error id: %s`); a region with
  a zero-capacity vehicle failing (`Solving failed for problemId (%s).` with its stack); the
  event loop blocked by a synchronous solve at 09:10 (`Thread %s has been blocked for %d ms, time
  limit is %d ms`); pod p7mzt OOM-killed at 10:40 and started again (`Profile %s activated. `,
  `Installed features: [%s]`, `%s %s on JVM (powered by Quarkus %s) started in %ss. Listening
  on: %s`).
- Apache Camel K 1.12 operator (`camel-k-operator-5f7b9c6d8-xq2lp.log` until 10:00,
  `camel-k-operator-7d8c5b9f6-r4wzn.log` after the operator's upgrade: `kubectl logs`, zap JSON
  with an epoch `ts`, controller-runtime's leader election through klog as bare klog lines):
  the integrations' reconciliations (`Reconciling Integration` with `request-namespace` and
  `request-name`, `Invoking action %s`, `state transition` with `phase-from` and `phase-to`),
  kits and builds for every `kamel run` of CI (`Reconciling IntegrationKit`, `Reconciling
  Build`, Maven's output through the `camel-k.maven.build` logger: `Downloading from %s: %s`,
  `Downloaded from %s: %s (%s at %s)`, `BUILD SUCCESS`, `Total time:  %s`), KameletBindings,
  the platform; Maven Central unreachable through the proxy 09:00-09:20 (`Could not transfer
  artifact %s from/to %s (%s): %s`, `BUILD FAILURE`); controller-runtime's `Reconciler error`
  for update conflicts (`Operation cannot be fulfilled on %s "%s": the object has been
  modified; please apply your changes to the latest version and try again`) and the API
  server's restart at 11:20 (`Get "%s": dial tcp %s: connect: connection refused`); the new
  operator's start (`Go Version: %s`, `Go OS/Arch: %s/%s`, `Camel K Operator Version: %s`,
  `Starting EventSource`, `Starting Controller`, `Starting workers`, klog's `attempting to
  acquire leader lease %s/%s...` and `successfully acquired lease %s/%s`).
- WSO2 API Manager 4.2.0 (`apim-1-wso2carbon.log`, `apim-2-wso2carbon.log`: two all-in-one
  nodes' wso2carbon.log, `[%d] %5p {%c} - %m%ex%n`: `[2024-06-07 06:00:01,234]  INFO
  {org.apache.synapse.rest.API} - {api:admin--ClaimsAPI:v1.0.0} Initializing API: ...`):
  the gateway's authentication failures (`API authentication failure due to Invalid
  Credentials`, `... Missing Credentials`: the constant is picked by the error code), the main
  sequence's log of unknown URLs (`STATUS = Message dispatched to the main sequence. Invalid
  URL., RESOURCE = %s, HEALTH CHECK URL = %s`), the policy-admin backend down 08:40-09:05
  (Synapse's endpoint suspension messages, the pass-through TargetHandler's connection errors),
  admins logging in and out of the Publisher (`'%s [%s]' logged in at [%s]`), apim-2 restarted
  at 11:00 (Carbon's start-up lines, `Pass-through HTTP Listener started on %s`, the APIs
  initialized, `WSO2 Carbon started in %s sec`, the portals' URLs).
- OpenCms 16 on Tomcat (`opencms.log`: its log4j2.xml, `%d{DATE} [r:%6X{request_id}] %5p
  [%30.30C:%4L] %m %n` with the exception after: `07 Jun 2024 06:00:01,234 [r:  3f2a]  INFO
  [ org.opencms.main.CmsSessionManager: 312] Session created   - Total: 4 Current: 2 `, a
  trailing space): visitors' and editors' sessions (`Session created   - Total: %s Current: %s`,
  `Session destroyed - Total: %s Current: %s`), editors' logins and logouts, failed logins and
  a password-guessing run 09:20-09:35 locking an account (`Failed login of user "%s": This user
  has been temporarily disabled until %s because of %s invalid login attempts. ...`), bots'
  paths (`Path not found: "%s" `), the module update at 10:00 breaking a teaser formatter
  (`Container-page element "%s" could not be rendered.` with its stack), missing containers,
  the Grim Reaper dooming a long export thread, and Tomcat restarted at 07:30 (`. Performing
  shutdown  : %s`, the `. ...` start-up report, `. OpenCms is running!  : Total startup time was
  %s`).

Label notes. The heads are context: WildFly's and Quarkus's date, level, category and thread,
zap's level, ts, logger and every field (the message is the label), klog's head, Carbon's date,
level and logger and Synapse's `{api:...}` artifact prefix, OpenCms's date, request id, level,
class and line. A value that is an error contributes its format (the bureau's HttpClient
message, PostgreSQL's and Agroal's, the conflict and dial errors, Maven's transfer error). Words
a call site picks by branch are wording (`Solving started` / `Solving restarted`, the
authentication failure's constant, OpenCms's login-failure variants). Stacks and the executor's
continuation lines have no row. Checked against copies of the sources: KieServerImpl's
container, extension, strategy and ready messages, the executor's `Error during command` and
`Retrying request` lines, OptaPlanner's `Solving %s` / `Solving ended` lines, Camel K's
`Reconciling Integration`, `Invoking action %s` and `state transition`, OpenCms's init report,
session, login and container-page messages and its log4j2 pattern. Written from memory (least
sure): WildFly's, Narayana's and Hibernate's message texts, the executor's start banner, the
KIE extensions' names and the strategy's toString; OptaPlanner's phase-ended lines and the
Quarkus, Agroal, Vert.x and SmallRye texts; Camel K's zap `ts` as epoch seconds, its
Maven-output logger, the controller-runtime field set and the start-up lines; all of WSO2's
texts (Carbon's start-up report, the auth failure, the main sequence's properties, Synapse's
endpoint messages, the TargetHandler layout, the login audit line); OpenCms's Grim Reaper level,
the request-id format, and whether the session counts log at INFO.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

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


def poisson_times(r: random.Random, t0: datetime, t1: datetime, per_hour: float) -> list[datetime]:
    out, t = [], t0
    while True:
        t += sec(r.expovariate(per_hour / 3600))
        if t >= t1:
            return out
        out.append(t)


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def java_date(t: datetime) -> str:
    """java.util.Date.toString() in UTC."""
    return f"{t:%a %b %d %H:%M:%S} UTC {t.year}"


# ------------------------------------------------------------------------------------ jbpm

KIE_EXTENSIONS = [
    "Drools KIE Server extension",
    "jBPM KIE Server extension",
    "jBPM-UI KIE Server extension",
    "Case-Mgmt KIE Server extension",
    "DMN KIE Server extension",
    "Swagger KIE Server extension",
]
KIE_STRATEGY = (
    "LocalContainersStartupStrategy - deploys kie containers given by local state (no controller)"
)
KIE_WF = "WildFly Full 23.0.2.Final (WildFly Core 15.0.1.Final)"
KIE_BUREAU = "bureau.acme-insure.example"
KIE_CMD = "com.acme.loans.CreditBureauCommand"
KIE_STACK_BUREAU = [
    "org.apache.http.conn.HttpHostConnectException: Connect to bureau.acme-insure.example:443 [bureau.acme-insure.example/10.20.4.15] failed: Connection refused (Connection refused)",
    "\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:156)",
    "\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:376)",
    "\tat org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:393)",
    "\tat org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:236)",
    "\tat org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)",
    "\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)",
    "\tat com.acme.loans.CreditBureauCommand.execute(CreditBureauCommand.java:71)",
    "\tat org.jbpm.executor.impl.AbstractAvailableJobsExecutor.executeGivenJob(AbstractAvailableJobsExecutor.java:135)",
    "\tat org.jbpm.executor.impl.AvailableJobsExecutor.executeJob(AvailableJobsExecutor.java:43)",
    "\tat org.jbpm.executor.impl.jms.JmsAvailableJobsExecutor.onMessage(JmsAvailableJobsExecutor.java:94)",
    "\tat org.jboss.as.ejb3.component.messagedriven.MessageDrivenComponentDescription$5$1.processInvocation(MessageDrivenComponentDescription.java:213)",
    "\t... 43 more",
]
KIE_STACK_TIMEOUT = [
    "java.net.SocketTimeoutException: Read timed out",
    "\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)",
    "\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)",
    "\tat org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)",
    "\tat org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:272)",
    "\tat com.acme.loans.CreditBureauCommand.execute(CreditBureauCommand.java:71)",
    "\tat org.jbpm.executor.impl.AbstractAvailableJobsExecutor.executeGivenJob(AbstractAvailableJobsExecutor.java:135)",
    "\t... 45 more",
]
KIE_CUSTOMERS = [f"C-{n}" for n in range(104200, 104900, 7)]
KIE_CARRIERS = ["DHL", "UPS", "DPD", "GLS"]


def jbpm(r: random.Random) -> list[Log]:
    """Two KIE Server nodes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    nodes = ["kie1", "kie2"]
    jvm = {"kie1": "kie1-a", "kie2": "kie2-a"}
    task_n = {"kie1": 0, "kie2": 0}

    def L(
        node: str,
        t: datetime,
        level: str,
        cat: str,
        thread: str,
        label: str,
        msg: str,
        more: list[str] = (),  # type: ignore[assignment]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level:<5} [{cat}] ({thread}) {msg}",
                *more,
            ]

        return fs.add(f"{node}-server.log", t, label, text, jvm[node], MS)

    def task(node: str) -> str:
        task_n[node] = (task_n[node] + r.randint(1, 3)) % 64
        return f"default task-{task_n[node] + 1}"

    down = {"kie2": (at(6, 59, 40), at(7, 1, 30))}
    bureau_down = (at(8, 10), at(8, 40))
    db_slow = (at(10, 5), at(10, 20))
    req_id = [3400]
    loan_rel = {"kie1": "1.4.0", "kie2": "1.4.0"}
    order_c = {"kie1": "order-fulfilment_1.9.2", "kie2": "order-fulfilment_1.9.2"}

    def up(node: str, t: datetime) -> bool:
        return node not in down or not (down[node][0] <= t < down[node][1])

    def loan(t: datetime) -> None:
        node = r.choice(nodes)
        if not up(node, t):
            node = "kie1"
        app = f"LA-{r.randint(240000, 249999)}"
        amount = r.choice([5000, 7500, 10000, 12000, 15000, 20000, 25000, 30000, 42000, 50000])
        t = L(
            node,
            t,
            "INFO",
            "stdout",
            task(node),
            "Loan application %s received for customer %s, amount %s",
            f"Loan application {app} received for customer {r.choice(KIE_CUSTOMERS)}, amount {amount}",
        )
        req_id[0] += r.randint(1, 4)
        rid = req_id[0]
        thread = f"EJB default - {r.randint(1, 10)}"
        t += sec(r.uniform(0.5, 4))
        if in_any(t, [bureau_down]):
            timeout = r.random() < 0.25
            err = (
                "Read timed out"
                if timeout
                else f"Connect to {KIE_BUREAU}:443 [{KIE_BUREAU}/10.20.4.15] failed: Connection refused (Connection refused)"
            )
            label = (
                "Error during command %s error message Read timed out"
                if timeout
                else "Error during command %s error message Connect to %s [%s] failed: Connection refused (Connection refused)"
            )
            for attempt in range(3):
                t = L(
                    node,
                    t,
                    "WARN",
                    "org.jbpm.executor.impl.AbstractAvailableJobsExecutor",
                    thread,
                    label,
                    f"Error during command {KIE_CMD} error message {err}",
                    KIE_STACK_TIMEOUT if timeout else KIE_STACK_BUREAU,
                )
                nxt = t + sec([30, 120, 600][attempt])
                L(
                    node,
                    t + sec(0.004),
                    "INFO",
                    "org.jbpm.executor.impl.AbstractAvailableJobsExecutor",
                    thread,
                    "Retrying request ( with id %s) - delay configured, next retry at %s",
                    f"Retrying request ( with id {rid}) - delay configured, next retry at {java_date(nxt)}",
                )
                t = nxt + sec(r.uniform(0.1, 2))
                if t >= bureau_down[1]:
                    break
            if t < bureau_down[1]:
                return
        score = r.randint(380, 890)
        t = L(
            node,
            t,
            "INFO",
            "stdout",
            thread,
            "Credit check for application %s returned score %s",
            f"Credit check for application {app} returned score {score}",
        )
        t += sec(r.uniform(0.05, 0.6))
        if score >= 640 and amount <= 25000:
            L(
                node,
                t,
                "INFO",
                "stdout",
                thread,
                "Application %s auto-approved",
                f"Application {app} auto-approved",
            )
        else:
            L(
                node,
                t,
                "INFO",
                "stdout",
                thread,
                "Application %s routed to underwriter group %s",
                f"Application {app} routed to underwriter group {r.choice(['UW-Retail', 'UW-Retail', 'UW-Senior', 'UW-Fraud'])}",
            )

    def order(t: datetime) -> None:
        node = r.choice(nodes)
        if not up(node, t):
            node = "kie1"
        oid = f"SO-{r.randint(880000, 889999)}"
        t = L(
            node,
            t,
            "INFO",
            "stdout",
            task(node),
            "Order %s: reserving stock for %s items",
            f"Order {oid}: reserving stock for {r.randint(1, 14)} items",
        )
        if r.random() < 0.85:
            L(
                node,
                t + sec(r.uniform(20, 300)),
                "INFO",
                "stdout",
                f"EJB default - {r.randint(1, 10)}",
                "Order %s shipped via %s",
                f"Order {oid} shipped via {r.choice(KIE_CARRIERS)}",
            )

    for t in poisson_times(r, T0, T_END, 80):
        loan(t)
    for t in poisson_times(r, T0, T_END, 40):
        order(t)

    # the slow database: transaction timeouts, SQL errors, overlapping timers
    for t in poisson_times(r, db_slow[0], db_slow[1], 150):
        node = r.choice(nodes)
        tx = f"0:ffff0a0b0c{r.randint(10, 99)}:{hexid(r, 7)}:{hexid(r, 8)}:{r.randint(100, 9999):x}"
        t = L(
            node,
            t,
            "WARN",
            "com.arjuna.ats.arjuna",
            "Transaction Reaper",
            "ARJUNA012117: TransactionReaper::check timeout for TX %s in state  RUN",
            f"ARJUNA012117: TransactionReaper::check timeout for TX {tx} in state  RUN",
        )
        L(
            node,
            t + sec(r.uniform(0.001, 0.05)),
            "WARN",
            "com.arjuna.ats.arjuna",
            "Transaction Reaper Worker 0",
            "ARJUNA012121: TransactionReaper::doCancellations worker %s successfully canceled TX %s",
            f"ARJUNA012121: TransactionReaper::doCancellations worker Thread[Transaction Reaper Worker 0,5,main] successfully canceled TX {tx}",
        )
        if r.random() < 0.6:
            th = f"EJB default - {r.randint(1, 10)}"
            t2 = L(
                node,
                t + sec(r.uniform(0.1, 1)),
                "WARN",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                th,
                "SQL Error: %s, SQLState: %s",
                "SQL Error: 0, SQLState: 57014",
            )
            L(
                node,
                t2,
                "ERROR",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                th,
                "ERROR: canceling statement due to user request",
                "ERROR: canceling statement due to user request",
            )
    for t in every(r, db_slow[0] + sec(30), db_slow[1], 60, 2):
        for node in nodes:
            L(
                node,
                t,
                "WARN",
                "org.jboss.as.ejb3.timer",
                f"EJB default - {r.randint(1, 10)}",
                "WFLYEJB0043: A previous execution of timer [%s %s] is still in progress, skipping this overlapping scheduled execution at: %s",
                f"WFLYEJB0043: A previous execution of timer [kie-server.kie-server.EJBTimerScheduler {uuid4(r)}] is still in progress, skipping this overlapping scheduled execution at: {java_date(t)}",
            )

    # kie2 restarted at 07:00
    def shutdown(node: str, t: datetime) -> datetime:
        th = "Thread-1 (ActiveMQ-server-org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl$6@4ab86b2a)"
        t = L(
            node,
            t,
            "INFO",
            "org.jboss.as.server",
            "Thread-2",
            "WFLYSRV0220: Server shutdown has been requested via an OS signal",
            "WFLYSRV0220: Server shutdown has been requested via an OS signal",
        )
        t = L(
            node,
            t + sec(0.05),
            "INFO",
            "org.wildfly.extension.undertow",
            "ServerService Thread Pool -- 91",
            "WFLYUT0022: Unregistered web context: '%s' from server '%s'",
            "WFLYUT0022: Unregistered web context: '/kie-server' from server 'default-server'",
        )
        for ext in reversed(KIE_EXTENSIONS):
            t = L(
                node,
                t + sec(r.uniform(0.01, 0.2)),
                "INFO",
                "org.kie.server.services.impl.KieServerImpl",
                "ServerService Thread Pool -- 91",
                "%s has been successfully unregistered as server extension",
                f"{ext} has been successfully unregistered as server extension",
            )
        del th
        t = L(
            node,
            t + sec(0.4),
            "INFO",
            "org.jboss.as.server.deployment",
            "MSC service thread 1-3",
            "WFLYSRV0028: Stopped deployment %s (runtime-name: %s) in %sms",
            f"WFLYSRV0028: Stopped deployment kie-server.war (runtime-name: kie-server.war) in {r.randint(900, 2400)}ms",
        )
        return L(
            node,
            t + sec(0.3),
            "INFO",
            "org.jboss.as",
            "MSC service thread 1-7",
            "WFLYSRV0050: %s stopped in %sms",
            f"WFLYSRV0050: {KIE_WF} stopped in {r.randint(2500, 4200)}ms",
        )

    def startup(node: str, t: datetime) -> None:
        t = L(
            node,
            t,
            "INFO",
            "org.jboss.as",
            "MSC service thread 1-2",
            "WFLYSRV0049: %s starting",
            f"WFLYSRV0049: {KIE_WF} starting",
        )
        t = L(
            node,
            t + sec(r.uniform(3, 5)),
            "INFO",
            "org.jboss.as.connector.subsystems.datasources",
            "MSC service thread 1-4",
            "WFLYJCA0001: Bound data source [%s]",
            "WFLYJCA0001: Bound data source [java:jboss/datasources/jbpmDS]",
        )
        t += sec(r.uniform(4, 7))
        for ext in KIE_EXTENSIONS:
            t = L(
                node,
                t + sec(r.uniform(0.1, 0.9)),
                "INFO",
                "org.kie.server.services.impl.KieServerImpl",
                "ServerService Thread Pool -- 78",
                "%s has been successfully registered as server extension",
                f"{ext} has been successfully registered as server extension",
            )
        t = L(
            node,
            t + sec(0.2),
            "INFO",
            "org.jbpm.executor.impl.ExecutorImpl",
            "ServerService Thread Pool -- 78",
            "Starting jBPM Executor Component ...",
            "Starting jBPM Executor Component ...",
            [
                " \t - Thread Pool Size: 10",
                " \t - Retries per Request: 3",
                " \t - Load from storage interval: 0 SECONDS (if less or equal 0 only initial sync with storage) ",
            ],
        )
        t = L(
            node,
            t + sec(0.1),
            "INFO",
            "org.kie.server.services.impl.KieServerImpl",
            "ServerService Thread Pool -- 78",
            "Selected startup strategy %s",
            f"Selected startup strategy {KIE_STRATEGY}",
        )
        for cid, rel in [
            (f"loan-approval_{loan_rel[node]}", f"com.acme:loan-approval:{loan_rel[node]}"),
            (order_c[node], f"com.acme:order-fulfilment:{order_c[node].split('_')[1]}"),
            ("claims-triage_3.1.0", "com.acme:claims-triage:3.1.0"),
        ]:
            t = L(
                node,
                t + sec(r.uniform(4, 12)),
                "INFO",
                "org.kie.server.services.impl.KieServerImpl",
                "ServerService Thread Pool -- 78",
                "Container %s (for release id %s) successfully started",
                f"Container {cid} (for release id {rel}) successfully started",
            )
        t = L(
            node,
            t + sec(0.3),
            "INFO",
            "org.kie.server.services.impl.KieServerImpl",
            "ServerService Thread Pool -- 78",
            "KieServer %s is ready to receive requests",
            f"KieServer {node}-prod is ready to receive requests",
        )
        t = L(
            node,
            t + sec(0.4),
            "INFO",
            "org.wildfly.extension.undertow",
            "ServerService Thread Pool -- 78",
            "WFLYUT0021: Registered web context: '%s' for server '%s'",
            "WFLYUT0021: Registered web context: '/kie-server' for server 'default-server'",
        )
        t = L(
            node,
            t + sec(0.3),
            "INFO",
            "org.jboss.as.server",
            "ServerService Thread Pool -- 45",
            'WFLYSRV0010: Deployed "%s" (runtime-name : "%s")',
            'WFLYSRV0010: Deployed "kie-server.war" (runtime-name : "kie-server.war")',
        )
        total = r.randint(1280, 1310)
        L(
            node,
            t + sec(0.2),
            "INFO",
            "org.jboss.as",
            "Controller Boot Thread",
            "WFLYSRV0025: %s started in %sms - Started %s of %s services (%s services are lazy, passive or on-demand)",
            f"WFLYSRV0025: {KIE_WF} started in {r.randint(38000, 52000)}ms - Started {total} of {total + 236} services ({r.randint(410, 470)} services are lazy, passive or on-demand)",
        )

    shutdown("kie2", at(6, 59, 41))
    jvm["kie2"] = "kie2-b"
    startup("kie2", at(7, 0, 2))

    # container updates
    for node in nodes:
        t = at(9, 30, 5) + sec(r.uniform(0, 20))
        loan_rel[node] = "1.4.1"
        L(
            node,
            t,
            "INFO",
            "org.kie.server.services.impl.KieServerImpl",
            f"default task-{r.randint(1, 64)}",
            "Container %s successfully updated to release id %s",
            "Container loan-approval_1.4.0 successfully updated to release id com.acme:loan-approval:1.4.1",
        )
        t = at(10, 45, 10) + sec(r.uniform(0, 30))
        t = L(
            node,
            t,
            "INFO",
            "org.kie.server.services.impl.KieServerImpl",
            f"default task-{r.randint(1, 64)}",
            "Container %s (for release id %s) successfully started",
            "Container order-fulfilment_2.0.0 (for release id com.acme:order-fulfilment:2.0.0) successfully started",
        )
        L(
            node,
            t + sec(r.uniform(300, 600)),
            "INFO",
            "org.kie.server.services.impl.KieServerImpl",
            f"default task-{r.randint(1, 64)}",
            "Container %s (for release id %s) successfully stopped",
            "Container order-fulfilment_1.9.2 (for release id com.acme:order-fulfilment:1.9.2) successfully stopped",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ optaplanner

OP_REGIONS = [
    ("north-east", 48, 6, False),
    ("north-west", 36, 5, True),
    ("berlin", 64, 8, True),
    ("bavaria-south", 52, 7, False),
    ("bavaria-north", 30, 4, False),
    ("rhine-main", 58, 7, True),
    ("ruhr", 70, 9, False),
    ("saxony", 26, 4, False),
]
OP_PODS = ["dispatch-planner-7c9d6b5f4-k2x8q", "dispatch-planner-7c9d6b5f4-p7mzt"]
OP_FEATURES = "agroal, cdi, hibernate-orm, hibernate-orm-panache, jdbc-postgresql, narayana-jta, optaplanner, optaplanner-jackson, resteasy-reactive, resteasy-reactive-jackson, smallrye-context-propagation, smallrye-health, vertx"
OP_FAIL_STACK = [
    "java.lang.IllegalStateException: The vehicle (Vehicle-rhine-main-7) has a capacity (0) that must be positive.",
    "\tat com.acme.dispatch.domain.Vehicle.validate(Vehicle.java:58)",
    "\tat com.acme.dispatch.solver.VehicleRoutingConstraintProvider.lambda$vehicleCapacity$0(VehicleRoutingConstraintProvider.java:41)",
    "\tat org.optaplanner.constraint.streams.bavet.uni.UniFilterNode.testFiltering(UniFilterNode.java:20)",
    "\tat org.optaplanner.core.impl.solver.DefaultSolver.solve(DefaultSolver.java:198)",
    "\tat org.optaplanner.core.impl.solver.DefaultSolverJob.call(DefaultSolverJob.java:132)",
    "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
]
OP_PG_REFUSED = "Connection to dispatch-db.planning.svc:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
OP_HTTP_STACK = [
    "org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
    "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:98)",
    "\tat org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:111)",
    "\tat com.acme.dispatch.rest.PlanResource.getPlan(PlanResource.java:47)",
    "\tat com.acme.dispatch.rest.PlanResource$quarkusrestinvoker$getPlan_5e4f.invoke(Unknown Source)",
    "\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)",
    "\tat io.quarkus.vertx.core.runtime.VertxCoreRecorder$14.runWith(VertxCoreRecorder.java:576)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
    "Caused by: java.sql.SQLException: Acquisition timeout while waiting for new connection",
    "\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:320)",
    "\t... 18 more",
]
OP_BLOCKED_STACK = [
    "io.vertx.core.VertxException: Thread blocked",
    "\tat java.base/jdk.internal.misc.Unsafe.park(Native Method)",
    "\tat java.base/java.util.concurrent.locks.LockSupport.park(LockSupport.java:194)",
    "\tat java.base/java.util.concurrent.FutureTask.awaitDone(FutureTask.java:447)",
    "\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:190)",
    "\tat org.optaplanner.core.impl.solver.DefaultSolverJob.getFinalBestSolution(DefaultSolverJob.java:225)",
    "\tat com.acme.dispatch.rest.PlanResource.solveNow(PlanResource.java:88)",
    "\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)",
    "\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
]


def optaplanner(r: random.Random) -> list[Log]:
    """Two dispatch-planner pods, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    proc = {p: p + "-a" for p in OP_PODS}

    def L(
        pod: str,
        t: datetime,
        level: str,
        cat: str,
        thread: str,
        label: str,
        msg: str,
        more: list[str] = (),  # type: ignore[assignment]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level:<5} [{cat}] ({thread}) {msg}", *more]

        return fs.add(f"{pod}.log", t, label, text, proc[pod], MS)

    SOLVER = "org.opt.cor.imp.sol.DefaultSolver"
    db_down = (at(8, 20), at(8, 30, 20))
    oom = (at(10, 40, 12), at(10, 40, 58))
    bad_region = (at(9, 40), at(10, 10))
    pool_n = {p: 0 for p in OP_PODS}

    def start(pod: str, t: datetime) -> None:
        t = L(
            pod,
            t,
            "INFO",
            "io.quarkus",
            "main",
            "%s %s on JVM (powered by Quarkus %s) started in %ss. Listening on: %s",
            f"dispatch-planner 2.3.1 on JVM (powered by Quarkus 3.2.9.Final) started in {r.uniform(2.1, 4.8):.3f}s. Listening on: http://0.0.0.0:8080",
        )
        t = L(
            pod,
            t,
            "INFO",
            "io.quarkus",
            "main",
            "Profile %s activated. ",
            "Profile prod activated. ",
        )
        L(
            pod,
            t,
            "INFO",
            "io.quarkus",
            "main",
            "Installed features: [%s]",
            f"Installed features: [{OP_FEATURES}]",
        )

    for p in OP_PODS:
        start(p, at(6, 0, 5) + sec(r.uniform(0, 30)))

    def score(init: int, hard: int, soft: int) -> str:
        return (f"{init}init/" if init else "") + f"{hard}hard/{soft}soft"

    def solve(t: datetime, region: tuple[str, int, int, bool]) -> None:
        name, visits, _vehicles, pinned = region
        pod = OP_PODS[[x[0] for x in OP_REGIONS].index(name) % 2]
        if in_any(t, [(oom[0] - sec(90), oom[1])]):
            pod = OP_PODS[0]
        if in_any(t, [db_down]):
            return
        pool_n[pod] += 1
        thread = f"pool-7-thread-{(pool_n[pod] % 4) + 1}"
        n = visits + r.randint(-6, 12)
        t = L(
            pod,
            t,
            "INFO",
            SOLVER,
            thread,
            "Solving started: time spent (%s), best score (%s), environment mode (%s), move thread count (%s), random (%s).",
            f"Solving started: time spent ({r.randint(2, 40)}), best score ({score(-n, 0, 0)}), environment mode (REPRODUCIBLE), move thread count (NONE), random (not fixed).",
        )
        if name == "rhine-main" and in_any(t, [bad_region]):
            L(
                pod,
                t + sec(r.uniform(0.05, 0.3)),
                "ERROR",
                "org.opt.cor.imp.sol.DefaultSolverManager",
                thread,
                "Solving failed for problemId (%s).",
                f"Solving failed for problemId ({name}).",
                OP_FAIL_STACK,
            )
            return
        spent = r.randint(20, 90)
        phase = 0
        speed = r.randint(38000, 96000)
        if pinned:
            spent += r.randint(3, 15)
            t = L(
                pod,
                t + sec(spent / 1000),
                "INFO",
                "org.opt.cor.imp.pha.cus.DefaultCustomPhase",
                thread,
                "Custom phase (%s) ended: time spent (%s), best score (%s), step total (%s).",
                f"Custom phase ({phase}) ended: time spent ({spent}), best score ({score(-(n - r.randint(3, 9)), 0, 0)}), step total ({r.randint(3, 9)}).",
            )
            phase += 1
        soft = -r.randint(180000, 420000)
        hard = -r.randint(1, 3) if r.random() < 0.12 else 0
        spent += r.randint(150, 900)
        t = L(
            pod,
            t + sec(r.uniform(0.15, 0.9)),
            "INFO",
            "org.opt.cor.imp.con.DefaultConstructionHeuristicPhase",
            thread,
            "Construction Heuristic phase (%s) ended: time spent (%s), best score (%s), score calculation speed (%s/sec), step total (%s).",
            f"Construction Heuristic phase ({phase}) ended: time spent ({spent}), best score ({score(0, hard, soft)}), score calculation speed ({speed}/sec), step total ({n}).",
        )
        phase += 1
        limit = 30
        restarts = 0
        while True:
            soft = int(soft * r.uniform(0.82, 0.95))
            spent += limit * 1000 + r.randint(0, 12)
            if restarts < 2 and r.random() < 0.18:
                # a visit added or cancelled while solving: the solver restarts
                t += sec(r.uniform(3, limit))
                t = L(
                    pod,
                    t,
                    "INFO",
                    SOLVER,
                    thread,
                    "Solving restarted: time spent (%s), best score (%s), environment mode (%s), move thread count (%s), random (%s).",
                    f"Solving restarted: time spent ({spent}), best score ({score(-1, hard, soft)}), environment mode (REPRODUCIBLE), move thread count (NONE), random (not fixed).",
                )
                restarts += 1
                continue
            hard = 0
            t = L(
                pod,
                t + sec(limit + r.uniform(0, 0.02)),
                "INFO",
                "org.opt.cor.imp.loc.DefaultLocalSearchPhase",
                thread,
                "Local Search phase (%s) ended: time spent (%s), best score (%s), score calculation speed (%s/sec), step total (%s).",
                f"Local Search phase ({phase}) ended: time spent ({spent}), best score ({score(0, hard, soft)}), score calculation speed ({r.randint(31000, 88000)}/sec), step total ({r.randint(9000, 48000)}).",
            )
            break
        L(
            pod,
            t + sec(0.001),
            "INFO",
            SOLVER,
            thread,
            "Solving ended: time spent (%s), best score (%s), score calculation speed (%s/sec), phase total (%s), environment mode (%s), move thread count (%s).",
            f"Solving ended: time spent ({spent}), best score ({score(0, hard, soft)}), score calculation speed ({r.randint(31000, 88000)}/sec), phase total ({phase + 1}), environment mode (REPRODUCIBLE), move thread count (NONE).",
        )

    for region in OP_REGIONS:
        period = 420 if region[1] > 55 else 540
        for t in every(r, T0 + sec(r.uniform(0, 300)), T_END - sec(60), period, 120):
            solve(t, region)

    # the database down: health checks fail, plan reads fail
    for pod in OP_PODS:
        for t in every(r, db_down[0] + sec(3), db_down[1], 10, 1):
            L(
                pod,
                t,
                "WARN",
                "io.agroal.pool",
                f"agroal-{r.randint(11, 13)}",
                "Datasource '%s': Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                f"Datasource '<default>': {OP_PG_REFUSED}",
            )
            if r.random() < 0.5:
                L(
                    pod,
                    t + sec(r.uniform(0.2, 2)),
                    "WARN",
                    "io.smallrye.health",
                    f"vert.x-eventloop-thread-{r.randint(0, 3)}",
                    "SRHCK01001: Reporting health down status: %s",
                    'SRHCK01001: Reporting health down status: {"status":"DOWN","checks":[{"name":"Database connections health check","status":"DOWN","data":{"<default>":"Unable to execute the validation check for the default DataSource: Acquisition timeout while waiting for new connection"}}]}',
                )
        for t in poisson_times(r, db_down[0] + sec(20), db_down[1], 300):
            th = f"executor-thread-{r.randint(1, 24)}"
            t = L(
                pod,
                t,
                "WARN",
                "org.hib.eng.jdb.spi.SqlExceptionHelper",
                th,
                "SQL Error: %s, SQLState: %s",
                "SQL Error: 0, SQLState: null",
            )
            t = L(
                pod,
                t,
                "ERROR",
                "org.hib.eng.jdb.spi.SqlExceptionHelper",
                th,
                "Acquisition timeout while waiting for new connection",
                "Acquisition timeout while waiting for new connection",
            )
            L(
                pod,
                t,
                "ERROR",
                "io.qua.ver.htt.run.QuarkusErrorHandler",
                th,
                "HTTP Request to %s failed, error id: %s",
                f"HTTP Request to /plans/{r.choice(OP_REGIONS)[0]} failed, error id: {uuid4(r)}-{r.randint(1, 40)}",
                OP_HTTP_STACK,
            )

    # a synchronous solve blocks the event loop
    for t in every(r, at(9, 10, 2), at(9, 10, 30), 1, 0.02):
        pod = OP_PODS[0]
        L(
            pod,
            t,
            "WARN",
            "io.ver.cor.imp.BlockedThreadChecker",
            "vertx-blocked-thread-checker",
            "Thread %s has been blocked for %s ms, time limit is %s ms",
            f"Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for {2000 + int((t - at(9, 10, 0)).total_seconds() * 1000)} ms, time limit is 2000 ms",
            OP_BLOCKED_STACK if (t - at(9, 10, 2)).total_seconds() > 3 else [],
        )

    # the OOM-killed pod starts again
    proc[OP_PODS[1]] = OP_PODS[1] + "-b"
    start(OP_PODS[1], oom[1] - sec(5))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- camel-k

CK_OLD = "camel-k-operator-5f7b9c6d8-xq2lp"
CK_NEW = "camel-k-operator-7d8c5b9f6-r4wzn"
CK_INTEGRATIONS = [
    ("orders", "order-router", 9),
    ("orders", "order-events-to-kafka", 6),
    ("orders", "shipment-notifier", 4),
    ("billing", "invoice-sftp-poller", 5),
    ("billing", "payment-webhook", 8),
    ("billing", "ledger-sync", 3),
    ("crm", "lead-enricher", 5),
    ("crm", "salesforce-cdc", 7),
    ("crm", "contact-dedup", 2),
    ("claims", "claims-intake", 8),
    ("claims", "fraud-score-bridge", 4),
    ("claims", "document-ocr-relay", 3),
]
CK_BINDINGS = [
    ("orders", "orders-to-slack"),
    ("billing", "invoices-to-s3"),
    ("crm", "webhook-source-to-kafka"),
]
CK_ARTIFACTS = [
    "org/apache/camel/k/camel-k-runtime-bom/1.17.0/camel-k-runtime-bom-1.17.0.pom",
    "org/apache/camel/quarkus/camel-quarkus-bom/2.16.0/camel-quarkus-bom-2.16.0.pom",
    "io/quarkus/quarkus-bom/2.16.6.Final/quarkus-bom-2.16.6.Final.pom",
    "org/apache/camel/quarkus/camel-quarkus-kafka/2.16.0/camel-quarkus-kafka-2.16.0.jar",
    "org/apache/camel/quarkus/camel-quarkus-http/2.16.0/camel-quarkus-http-2.16.0.jar",
    "org/apache/camel/quarkus/camel-quarkus-jackson/2.16.0/camel-quarkus-jackson-2.16.0.jar",
    "org/apache/camel/camel-salesforce/3.20.1/camel-salesforce-3.20.1.jar",
    "org/apache/camel/camel-ftp/3.20.1/camel-ftp-3.20.1.jar",
    "com/jcraft/jsch/0.1.55/jsch-0.1.55.jar",
    "org/apache/kafka/kafka-clients/3.3.2/kafka-clients-3.3.2.jar",
    "org/apache/camel/k/camel-k-runtime/1.17.0/camel-k-runtime-1.17.0.jar",
    "io/quarkus/quarkus-maven-plugin/2.16.6.Final/quarkus-maven-plugin-2.16.6.Final.jar",
]
CK_REPO = "https://nexus.acme-insure.example/repository/maven-public"


def camel_k(r: random.Random) -> list[Log]:
    """The Camel K operator, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    upgrade = at(10, 0, 12)
    apiserver_down = (at(11, 20, 5), at(11, 21, 40))
    maven_down = (at(9, 0), at(9, 20))

    def pod_at(t: datetime) -> str:
        return CK_OLD if t < upgrade else CK_NEW

    def J(
        t: datetime,
        level: str,
        logger: str | None,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] = (),  # type: ignore[assignment]
    ) -> datetime:
        pod = pod_at(t)

        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {"level": level, "ts": round(x.timestamp(), 7)}
            if logger:
                d["logger"] = logger
            d["msg"] = msg
            d.update(fields)
            return [json.dumps(d, separators=(",", ":"))]

        return fs.add(f"{pod}.log", t, label, text, pod, 1)

    def klog(t: datetime, label: str, src: str, msg: str) -> datetime:
        pod = pod_at(t)

        def text(x: datetime) -> list[str]:
            return [f"I{x:%m%d %H:%M:%S}.{x.microsecond:06d}       1 {src}] {msg}"]

        return fs.add(f"{pod}.log", t, label, text, pod, 1)

    def req(ns: str, name: str) -> list[tuple[str, object]]:
        return [("request-namespace", ns), ("request-name", name)]

    def obj(ns: str, name: str, kind: str) -> list[tuple[str, object]]:
        return [("api-version", "camel.apache.org/v1"), ("kind", kind), ("ns", ns), ("name", name)]

    def up(t: datetime) -> bool:
        return not (upgrade - sec(8) <= t < upgrade + sec(14)) and not in_any(t, [apiserver_down])

    def reconcile_it(t: datetime, ns: str, name: str, action: str = "monitor") -> datetime:
        t = J(
            t,
            "info",
            "camel-k.controller.integration",
            "Reconciling Integration",
            "Reconciling Integration",
            req(ns, name),
        )
        return J(
            t + sec(r.uniform(0.0002, 0.003)),
            "info",
            "camel-k.controller.integration",
            "Invoking action %s",
            f"Invoking action {action}",
            req(ns, name) + obj(ns, name, "Integration"),
        )

    def transition(
        t: datetime, ctl: str, ns: str, name: str, kind: str, a: str, b: str
    ) -> datetime:
        return J(
            t,
            "info",
            f"camel-k.controller.{ctl}",
            "state transition",
            "state transition",
            req(ns, name) + obj(ns, name, kind) + [("phase-from", a), ("phase-to", b)],
        )

    def conflict(t: datetime, ns: str, name: str) -> None:
        err = f'Operation cannot be fulfilled on integrations.camel.apache.org "{name}": the object has been modified; please apply your changes to the latest version and try again'
        J(
            t,
            "error",
            None,
            "Reconciler error",
            "Reconciler error",
            [
                ("controller", "integration-controller"),
                ("object", {"name": name, "namespace": ns}),
                ("namespace", ns),
                ("name", name),
                ("reconcileID", uuid4(r)),
                ("error", err),
            ],
        )

    # monitoring reconciliations all day (pod and deployment changes requeue the integration)
    for ns, name, w in CK_INTEGRATIONS:
        for t in poisson_times(r, T0, T_END, w * 1.7):
            if not up(t):
                continue
            t = reconcile_it(t, ns, name)
            if r.random() < 0.035:
                conflict(t + sec(r.uniform(0.001, 0.02)), ns, name)
    for ns, name in CK_BINDINGS:
        for t in poisson_times(r, T0, T_END, 6):
            if up(t):
                J(
                    t,
                    "info",
                    "camel-k.controller.kameletbinding",
                    "Reconciling KameletBinding",
                    "Reconciling KameletBinding",
                    req(ns, name),
                )
    for t in every(r, T0 + sec(40), T_END, 1800, 20):
        if up(t):
            J(
                t,
                "info",
                "camel-k.controller.integrationplatform",
                "Reconciling IntegrationPlatform",
                "Reconciling IntegrationPlatform",
                req("camel-k", "camel-k"),
            )

    # kamel run from CI: a new kit and a build
    def deploy(t: datetime, ns: str, name: str) -> None:
        if not up(t):
            return
        kit = f"kit-{hexid(r, 20)}"
        build = kit
        t = reconcile_it(t, ns, name, "initialize")
        t = transition(t + sec(0.01), "integration", ns, name, "Integration", "", "Building Kit")
        t = reconcile_it(t + sec(0.02), ns, name, "build-kit")
        t = J(
            t + sec(0.05),
            "info",
            "camel-k.controller.integrationkit",
            "Reconciling IntegrationKit",
            "Reconciling IntegrationKit",
            req(ns, kit),
        )
        t = transition(
            t + sec(0.01),
            "integrationkit",
            ns,
            kit,
            "IntegrationKit",
            "Initialization",
            "Build Submitted",
        )
        t = J(
            t + sec(0.05),
            "info",
            "camel-k.controller.build",
            "Reconciling Build",
            "Reconciling Build",
            req(ns, build),
        )
        t = transition(t + sec(0.01), "build", ns, build, "Build", "Pending", "Running")
        failed = in_any(t, [maven_down])
        arts = r.sample(CK_ARTIFACTS, r.randint(4, 9))
        for a in arts:
            t = J(
                t + sec(r.uniform(0.05, 0.6)),
                "info",
                "camel-k.maven.build",
                "Downloading from %s: %s",
                f"Downloading from central: {CK_REPO}/{a}",
            )
            if failed:
                break
            size = r.choice(["2.1 kB", "14 kB", "188 kB", "1.2 MB", "5.0 MB", "64 kB", "3.4 kB"])
            t = J(
                t + sec(r.uniform(0.1, 1.5)),
                "info",
                "camel-k.maven.build",
                "Downloaded from %s: %s (%s at %s)",
                f"Downloaded from central: {CK_REPO}/{a} ({size} at {r.randint(180, 9800)} kB/s)",
            )
        if failed:
            a = arts[0]
            gav = a.rsplit("/", 1)[1]
            t = J(
                t + sec(r.uniform(20, 21)),
                "error",
                "camel-k.maven.build",
                "Could not transfer artifact %s from/to %s (%s): %s: Read timed out",
                f"Could not transfer artifact org.apache.camel:{gav}:3.20.1 from/to central ({CK_REPO}): {CK_REPO}/{a}: Read timed out",
            )
            t = J(t + sec(0.2), "error", "camel-k.maven.build", "BUILD FAILURE", "BUILD FAILURE")
            J(
                t + sec(0.01),
                "info",
                "camel-k.maven.build",
                "Total time:  %s",
                f"Total time:  {r.uniform(22, 40):.3f} s",
            )
            transition(t + sec(0.3), "build", ns, build, "Build", "Running", "Failed")
            return
        t = J(
            t + sec(r.uniform(8, 40)),
            "info",
            "camel-k.maven.build",
            "BUILD SUCCESS",
            "BUILD SUCCESS",
        )
        t = J(
            t + sec(0.01),
            "info",
            "camel-k.maven.build",
            "Total time:  %s",
            f"Total time:  {r.uniform(25, 95):.3f} s",
        )
        t = transition(t + sec(0.4), "build", ns, build, "Build", "Running", "Succeeded")
        t = transition(
            t + sec(0.3), "integrationkit", ns, kit, "IntegrationKit", "Build Running", "Ready"
        )
        t = reconcile_it(t + sec(0.2), ns, name, "build-kit")
        t = transition(
            t + sec(0.01), "integration", ns, name, "Integration", "Building Kit", "Deploying"
        )
        t = reconcile_it(t + sec(r.uniform(0.5, 3)), ns, name)
        transition(
            t + sec(r.uniform(5, 25)),
            "integration",
            ns,
            name,
            "Integration",
            "Deploying",
            "Running",
        )

    for t in poisson_times(r, at(7, 0), at(11, 50), 6):
        ns, name, _ = r.choice(CK_INTEGRATIONS)
        deploy(t, ns, name)
    for t in every(r, maven_down[0] + sec(60), maven_down[1], 240, 60):
        ns, name, _ = r.choice(CK_INTEGRATIONS)
        deploy(t, ns, name)

    # the API server restarts: reconciles fail
    for t in poisson_times(r, apiserver_down[0], apiserver_down[1], 900):
        ns, name, _ = r.choice(CK_INTEGRATIONS)
        J(
            t,
            "error",
            None,
            "Reconciler error",
            "Reconciler error",
            [
                ("controller", "integration-controller"),
                ("object", {"name": name, "namespace": ns}),
                ("namespace", ns),
                ("name", name),
                ("reconcileID", uuid4(r)),
                (
                    "error",
                    f'Get "https://10.96.0.1:443/apis/camel.apache.org/v1/namespaces/{ns}/integrations/{name}": dial tcp 10.96.0.1:443: connect: connection refused',
                ),
            ],
        )

    # the new operator starts
    t = upgrade + sec(2)
    for label, msg in [
        ("Go Version: %s", "Go Version: go1.20.12"),
        ("Go OS/Arch: %s/%s", "Go OS/Arch: linux/amd64"),
        ("Camel K Operator Version: %s", "Camel K Operator Version: 1.12.1"),
        ("Camel K Default Runtime Version: %s", "Camel K Default Runtime Version: 1.17.0"),
        ("Camel K Git Commit: %s", f"Camel K Git Commit: {hexid(r, 40)}"),
    ]:
        t = J(t + sec(0.0003), "info", "camel-k.cmd", label, msg)
    t = klog(
        t + sec(0.4),
        "attempting to acquire leader lease %s/%s...",
        "leaderelection.go:248",
        "attempting to acquire leader lease camel-k/camel-k-lock...",
    )
    t = klog(
        t + sec(9.5),
        "successfully acquired lease %s/%s",
        "leaderelection.go:258",
        "successfully acquired lease camel-k/camel-k-lock",
    )
    ctls = [
        ("integration-controller", "Integration"),
        ("integrationkit-controller", "IntegrationKit"),
        ("build-controller", "Build"),
        ("integrationplatform-controller", "IntegrationPlatform"),
        ("kameletbinding-controller", "KameletBinding"),
        ("kamelet-controller", "Kamelet"),
    ]
    for ctl, kind in ctls:
        for src in ["kind source: *v1.{0}", "kind source: *v1.Deployment", "kind source: *v1.Pod"][
            : r.randint(1, 3)
        ]:
            t = J(
                t + sec(0.0002),
                "info",
                None,
                "Starting EventSource",
                "Starting EventSource",
                [
                    ("controller", ctl),
                    ("controllerGroup", "camel.apache.org"),
                    ("controllerKind", kind),
                    ("source", src.format(kind)),
                ],
            )
        t = J(
            t + sec(0.0002),
            "info",
            None,
            "Starting Controller",
            "Starting Controller",
            [
                ("controller", ctl),
                ("controllerGroup", "camel.apache.org"),
                ("controllerKind", kind),
            ],
        )
    for ctl, kind in ctls:
        t = J(
            t + sec(r.uniform(0.05, 0.2)),
            "info",
            None,
            "Starting workers",
            "Starting workers",
            [
                ("controller", ctl),
                ("controllerGroup", "camel.apache.org"),
                ("controllerKind", kind),
                ("worker count", 1),
            ],
        )
    for ns, name, _ in CK_INTEGRATIONS:
        t = reconcile_it(t + sec(r.uniform(0.01, 0.1)), ns, name)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- wso2-apim

WA_APIS = [
    ("admin--ClaimsAPI:v1.0.0", "/claims/1.0.0", 10),
    ("admin--PolicyAPI:v2.1.0", "/policy/2.1.0", 8),
    ("admin--QuoteAPI:v1.3.0", "/quote/1.3.0", 6),
    ("partner--BrokerAPI:v1.0.0", "/broker/1.0.0", 4),
    ("admin--DocumentsAPI:v1.1.0", "/documents/1.1.0", 3),
    ("admin--NotificationsAPI:v1.0.0", "/notifications/1.0.0", 2),
]
WA_BAD_PATHS = [
    "/favicon.ico",
    "/",
    "/robots.txt",
    "/.env",
    "/wp-login.php",
    "/actuator/health",
    "/claims/v1/status",
    "/policy/2.0.0/policies",
    "/api/v1/quote",
    "/.git/config",
    "/server-status",
]
WA_ADMINS = [
    "admin@carbon.super",
    "apicreator@carbon.super",
    "mwagner@carbon.super",
    "publisher-bot@carbon.super",
]
WA_POLICY_EP = "admin--PolicyAPI_APIproductionEndpoint"
WA_POLICY_URL = "http://policy-admin.backend.svc:8080/api/v2"


def wso2_apim(r: random.Random) -> list[Log]:
    """Two WSO2 API Manager nodes, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    nodes = ["apim-1", "apim-2"]
    jvm = {n: n + "-a" for n in nodes}
    restart = (at(10, 59, 30), at(11, 1, 40))
    backend_down = (at(8, 40), at(9, 5))

    def L(node: str, t: datetime, level: str, cat: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"[{x:%Y-%m-%d %H:%M:%S},{ms3(x)}] {level:>5} {{{cat}}} - {msg}"]

        return fs.add(f"{node}-wso2carbon.log", t, label, text, jvm[node], MS)

    def node_at(t: datetime) -> str:
        n = r.choice(nodes)
        if n == "apim-2" and in_any(t, [restart]):
            return "apim-1"
        return n

    AUTH = "org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler"
    for t in poisson_times(r, T0, T_END, 160):
        msg = r.choice(
            [
                "Invalid Credentials",
                "Invalid Credentials",
                "Invalid Credentials",
                "Missing Credentials",
            ]
        )
        L(
            node_at(t),
            t,
            "WARN",
            AUTH,
            f"API authentication failure due to {msg}",
            f"API authentication failure due to {msg}",
        )
    # a mobile build with an expired consumer key 07:10-07:50
    for t in poisson_times(r, at(7, 10), at(7, 50), 520):
        L(
            node_at(t),
            t,
            "WARN",
            AUTH,
            "API authentication failure due to Invalid Credentials",
            "API authentication failure due to Invalid Credentials",
        )
    for t in poisson_times(r, T0, T_END, 80):
        p = r.choice(WA_BAD_PATHS)
        L(
            node_at(t),
            t,
            "INFO",
            "org.apache.synapse.mediators.builtin.LogMediator",
            "STATUS = Message dispatched to the main sequence. Invalid URL., RESOURCE = %s, HEALTH CHECK URL = %s",
            f"STATUS = Message dispatched to the main sequence. Invalid URL., RESOURCE = {p}, HEALTH CHECK URL = {p}",
        )

    # the policy-admin backend down: suspension cycles and connection errors on both nodes
    for node in nodes:
        t = backend_down[0] + sec(r.uniform(1, 20))
        dur = 30000
        while t < backend_down[1]:
            cli = f"/10.42.{r.randint(0, 3)}.{r.randint(2, 250)}:{r.randint(32768, 60999)}"
            for _ in range(r.randint(1, 4)):
                t = L(
                    node,
                    t,
                    "WARN",
                    "org.apache.synapse.transport.passthru.TargetHandler",
                    "ERROR_CODE = %s, STATE_DESCRIPTION = %s, INTERNAL_STATE = %s, DIRECTION = %s, CAUSE_OF_ERROR = %s, HTTP_URL = %s, HTTP_METHOD = %s, CLIENT_ADDRESS = %s, CONNECTION = %s",
                    f"ERROR_CODE = CONNECTION_FAILED, STATE_DESCRIPTION = Connection refused by the backend, INTERNAL_STATE = REQUEST_HEAD, DIRECTION = REQUEST, CAUSE_OF_ERROR = Connection refused, HTTP_URL = {WA_POLICY_URL}/policies/{r.randint(100000, 999999)}, HTTP_METHOD = GET, CLIENT_ADDRESS = {cli}, CONNECTION = http-outgoing-{r.randint(1, 400)}",
                )
                t += sec(r.uniform(0.2, 3))
            t = L(
                node,
                t,
                "WARN",
                "org.apache.synapse.endpoints.EndpointContext",
                "Endpoint : %s with address %s will be marked SUSPENDED as it failed",
                f"Endpoint : {WA_POLICY_EP} with address {WA_POLICY_URL} will be marked SUSPENDED as it failed",
            )
            nxt = t + sec(dur / 1000)
            t = L(
                node,
                t,
                "WARN",
                "org.apache.synapse.endpoints.EndpointContext",
                "Suspending endpoint : %s with address %s - last suspend duration was : %sms and current suspend duration is : %sms - Next retry after : %s",
                f"Suspending endpoint : {WA_POLICY_EP} with address {WA_POLICY_URL} - last suspend duration was : {dur // 2 if dur > 30000 else dur}ms and current suspend duration is : {dur}ms - Next retry after : {java_date(nxt)}",
            )
            dur = min(dur * 2, 120000)
            t = nxt + sec(r.uniform(0.5, 15))
        L(
            node,
            t,
            "INFO",
            "org.apache.synapse.endpoints.EndpointContext",
            "Endpoint : %s with address %s currently SUSPENDED : will be marked active since it processed its last message",
            f"Endpoint : {WA_POLICY_EP} with address {WA_POLICY_URL} currently SUSPENDED : will be marked active since it processed its last message",
        )

    # publisher and admin portal logins
    for t in poisson_times(r, at(6, 30), at(11, 45), 7):
        node = node_at(t)
        user = r.choice(WA_ADMINS)
        t = L(
            node,
            t,
            "INFO",
            "org.wso2.carbon.core.services.util.CarbonAuthenticationUtil",
            "'%s [%s]' logged in at [%s]",
            f"'{user} [-1234]' logged in at [{t:%Y-%m-%d %H:%M:%S},{ms3(t)}+0000]",
        )
        if r.random() < 0.6:
            t2 = t + sec(r.uniform(120, 2400))
            if node == "apim-2" and in_any(t2, [restart]):
                continue
            L(
                node,
                t2,
                "INFO",
                "org.wso2.carbon.core.services.util.CarbonAuthenticationUtil",
                "'%s [%s]' logged out at [%s]",
                f"'{user} [-1234]' logged out at [{t2:%Y-%m-%d %H:%M:%S},{ms3(t2)}+0000]",
            )

    # API revisions deployed by the publisher at 09:45 and 10:20: every node initializes it
    for when, api in [(at(9, 45, 12), WA_APIS[2][0]), (at(10, 20, 40), WA_APIS[0][0])]:
        for node in nodes:
            t = L(
                node,
                when + sec(r.uniform(0.5, 3)),
                "INFO",
                "org.apache.synapse.rest.API",
                "Destroying API: %s",
                f"{{api:{api}}} Destroying API: {api}",
            )
            L(
                node,
                t + sec(0.05),
                "INFO",
                "org.apache.synapse.rest.API",
                "Initializing API: %s",
                f"{{api:{api}}} Initializing API: {api}",
            )

    # apim-2 restarted at 11:00
    node = "apim-2"
    t = L(
        node,
        restart[0],
        "INFO",
        "org.wso2.carbon.core.init.CarbonServerManager",
        "Gracefully shutting down WSO2 API Manager...",
        "Gracefully shutting down WSO2 API Manager...",
    )
    for api, _, _ in WA_APIS:
        t = L(
            node,
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "org.apache.synapse.rest.API",
            "Destroying API: %s",
            f"{{api:{api}}} Destroying API: {api}",
        )
    t = L(
        node,
        t + sec(2.5),
        "INFO",
        "org.wso2.carbon.core.init.CarbonServerManager",
        "Shutdown complete",
        "Shutdown complete",
    )
    L(
        node,
        t + sec(0.01),
        "INFO",
        "org.wso2.carbon.core.init.CarbonServerManager",
        "Halting JVM",
        "Halting JVM",
    )
    jvm[node] = "apim-2-b"
    t = restart[0] + sec(25)
    core = "org.wso2.carbon.core.internal.CarbonCoreActivator"
    for label, msg in [
        ("Starting WSO2 Carbon...", "Starting WSO2 Carbon..."),
        ("Operating System : %s", "Operating System : Linux 5.15.0-1057-aws, amd64"),
        ("Java Home        : %s", "Java Home        : /opt/java/openjdk"),
        ("Java Version     : %s", "Java Version     : 11.0.22"),
        (
            "Java VM          : %s",
            "Java VM          : OpenJDK 64-Bit Server VM 11.0.22+7,Eclipse Adoptium",
        ),
        ("Carbon Home      : %s", "Carbon Home      : /home/wso2carbon/wso2am-4.2.0"),
        ("Java Temp Dir    : %s", "Java Temp Dir    : /home/wso2carbon/wso2am-4.2.0/tmp"),
        ("User             : %s", "User             : wso2carbon, en-US, Etc/UTC"),
    ]:
        t = L(node, t + sec(0.002), "INFO", core, label, msg)
    t = L(
        node,
        t + sec(r.uniform(18, 25)),
        "INFO",
        "org.apache.synapse.transport.passthru.core.PassThroughListeningIOReactorManager",
        "Pass-through HTTP Listener started on %s",
        "Pass-through HTTP Listener started on 0.0.0.0:8280",
    )
    t = L(
        node,
        t + sec(0.01),
        "INFO",
        "org.apache.synapse.transport.passthru.core.PassThroughListeningIOReactorManager",
        "Pass-through HTTPS Listener started on %s",
        "Pass-through HTTPS Listener started on 0.0.0.0:8243",
    )
    for api, _, _ in WA_APIS:
        t = L(
            node,
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "org.apache.synapse.rest.API",
            "Initializing API: %s",
            f"{{api:{api}}} Initializing API: {api}",
        )
    t = L(
        node,
        t + sec(3),
        "INFO",
        "org.wso2.carbon.core.internal.StartupFinalizerServiceComponent",
        "Server           :  %s",
        "Server           :  WSO2 API Manager-4.2.0",
    )
    t = L(
        node,
        t + sec(0.001),
        "INFO",
        "org.wso2.carbon.core.internal.StartupFinalizerServiceComponent",
        "WSO2 Carbon started in %s sec",
        f"WSO2 Carbon started in {r.randint(48, 62)} sec",
    )
    t = L(
        node,
        t + sec(0.2),
        "INFO",
        "org.wso2.carbon.ui.internal.CarbonUIServiceComponent",
        "Mgt Console URL  : %s",
        "Mgt Console URL  : https://apim-2.acme-insure.example:9443/carbon/",
    )
    t = L(
        node,
        t + sec(0.001),
        "INFO",
        "org.wso2.carbon.ui.internal.CarbonUIServiceComponent",
        "API Developer Portal Default Context : %s",
        "API Developer Portal Default Context : https://apim-2.acme-insure.example:9443/devportal",
    )
    L(
        node,
        t + sec(0.001),
        "INFO",
        "org.wso2.carbon.ui.internal.CarbonUIServiceComponent",
        "API Publisher Default Context : %s",
        "API Publisher Default Context : https://apim-2.acme-insure.example:9443/publisher",
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- opencms

OC_EDITORS = [
    "Admin",
    "editor.schulz",
    "editor.kaya",
    "web.meier",
    "hr.content",
    "marketing.nowak",
    "press.office",
]
OC_IPS = ["10.30.1.21", "10.30.1.45", "10.30.2.17", "10.30.2.88", "10.30.3.9", "172.16.40.12"]
OC_BOT_PATHS = [
    "/system/modules/old.theme/resources/css/style.css",
    "/sites/default/en/produkte/kfz/index.html",
    "/sites/default/de/karriere/stellen/2019/",
    "/sites/default/de/presse/archiv/2017/",
    "/sites/default/wp-admin/",
    "/sites/default/.well-known/security.txt",
    "/sites/default/de/service/formulare/alt/",
]
OC_ELEMENTS = [
    "/sites/default/.content/teaser/t_00041.xml",
    "/sites/default/.content/teaser/t_00057.xml",
    "/sites/default/.content/teaser/t_00112.xml",
    "/sites/default/.content/teaser/t_00130.xml",
]
OC_PAGES = [
    "/sites/default/de/index.html",
    "/sites/default/de/privatkunden/index.html",
    "/sites/default/de/geschaeftskunden/index.html",
    "/sites/default/en/index.html",
]
OC_RENDER_STACK = [
    "org.apache.jasper.JasperException: An exception occurred processing [/WEB-INF/jsp/offline/system/modules/com.acme.site/formatters/teaser.jsp] at line [42]",
    "\tat org.apache.jasper.servlet.JspServletWrapper.handleJspException(JspServletWrapper.java:610)",
    "\tat org.apache.jasper.servlet.JspServletWrapper.service(JspServletWrapper.java:499)",
    "\tat org.opencms.flex.CmsFlexRequestDispatcher.includeInternalWithCache(CmsFlexRequestDispatcher.java:446)",
    "\tat org.opencms.jsp.CmsJspTagContainer.printElementWrapperTagStart(CmsJspTagContainer.java:1217)",
    "\tat org.opencms.jsp.CmsJspTagContainer.renderContainerElement(CmsJspTagContainer.java:1368)",
    "\tat org.opencms.jsp.CmsJspTagContainer.doStartTag(CmsJspTagContainer.java:531)",
    'Caused by: java.lang.NullPointerException: Cannot invoke "org.opencms.jsp.util.CmsJspContentAccessValueWrapper.getToString()" because the return value of "java.util.Map.get(Object)" is null',
    "\tat org.apache.jsp.WEB_002dINF.jsp.offline.system.modules.com_002eacme_002esite.formatters.teaser_jsp._jspService(teaser_jsp.java:188)",
    "\t... 64 more",
]


def opencms(r: random.Random) -> list[Log]:
    """OpenCms on Tomcat, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    jvm = ["tomcat-a"]
    f = "opencms.log"
    restart = (at(7, 29, 50), at(7, 31, 40))
    module_bug = (at(10, 0, 30), at(10, 48))
    guessing = (at(9, 20), at(9, 35))

    def cls(c: str) -> str:
        return c[-30:].rjust(30)

    def L(
        t: datetime,
        level: str,
        c: str,
        line: int,
        label: str,
        msg: str,
        rid: str = "",
        more: list[str] = (),  # type: ignore[assignment]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%d %b %Y %H:%M:%S},{ms3(x)} [r:{rid:>6}] {level:>5} [{cls(c)}:{line:>4}] {msg} ",
                *more,
            ]

        return fs.add(f, t, label, text, jvm[0], MS)

    def up(t: datetime) -> bool:
        return not in_any(t, [restart])

    def rid() -> str:
        return format(r.randint(0x1000, 0xFFFFFF), "x")

    SM = "org.opencms.main.CmsSessionManager"
    total, current = [18234], [r.randint(20, 40)]

    def session_created(t: datetime) -> None:
        total[0] += 1
        current[0] += 1
        L(
            t,
            "INFO",
            SM,
            312,
            "Session created   - Total: %s Current: %s",
            f"Session created   - Total: {total[0]} Current: {current[0]}",
            rid(),
        )

    def session_destroyed(t: datetime) -> None:
        current[0] = max(0, current[0] - 1)
        L(
            t,
            "INFO",
            SM,
            345,
            "Session destroyed - Total: %s Current: %s",
            f"Session destroyed - Total: {total[0]} Current: {current[0]}",
        )

    # visitors' sessions (the site uses a session for the cookie banner's form)
    events: list[tuple[datetime, int]] = []
    for t in poisson_times(r, T0, T_END, 130):
        if not up(t):
            continue
        events.append((t, 1))
        end = t + sec(r.uniform(1800, 2100))  # session timeout 30 minutes
        if end < T_END and not (restart[0] <= end < restart[1]):
            events.append((end, -1))
    events.sort()
    for t, kind in events:
        if kind == 1:
            session_created(t)
        else:
            session_destroyed(t)

    # editors
    LOGIN = "org.opencms.jsp.CmsJspLoginBean"
    for t in poisson_times(r, at(6, 40), at(11, 50), 14):
        if not up(t):
            continue
        user = r.choice(OC_EDITORS)
        ip = r.choice(OC_IPS)
        uri = "/system/login/index.html"
        if r.random() < 0.12:
            L(
                t,
                "WARN",
                LOGIN,
                230,
                'Failed login of user "%s": The given password was incorrect. Request from IP %s using uri "%s".',
                f'Failed login of user "{user}": The given password was incorrect. Request from IP {ip} using uri "{uri}".',
                rid(),
            )
            t += sec(r.uniform(8, 40))
        t = L(
            t,
            "INFO",
            LOGIN,
            198,
            'Successful login of user "%s": Request from IP %s using uri "%s".',
            f'Successful login of user "{user}": Request from IP {ip} using uri "{uri}".',
            rid(),
        )
        t2 = t + sec(r.uniform(300, 5400))
        if r.random() < 0.55 and t2 < T_END and up(t2):
            L(
                t2,
                "INFO",
                LOGIN,
                280,
                'Logout of user "%s": Request from IP %s using uri "%s".',
                f'Logout of user "{user}": Request from IP {ip} using uri "/system/login/index.html?logout=true".',
                rid(),
            )

    # password guessing from outside against the login form
    attempts = 0
    for t in poisson_times(r, guessing[0], guessing[1], 360):
        user = r.choice(["Admin", "admin", "root", "editor", "Admin"])
        ip = "185.220.101.47"
        uri = "/system/login/index.html"
        if user == "Admin":
            attempts += 1
            if attempts > 10:
                until = t + sec(900)
                L(
                    t,
                    "WARN",
                    LOGIN,
                    238,
                    'Failed login of user "%s": This user has been temporarily disabled until %s because of %s invalid login attempts. Request from IP %s using uri "%s".',
                    f'Failed login of user "{user}": This user has been temporarily disabled until {until:%b %-d, %Y} {until:%-I:%M:%S %p} because of 10 invalid login attempts. Request from IP {ip} using uri "{uri}".',
                    rid(),
                )
                continue
            L(
                t,
                "WARN",
                LOGIN,
                230,
                'Failed login of user "%s": The given password was incorrect. Request from IP %s using uri "%s".',
                f'Failed login of user "{user}": The given password was incorrect. Request from IP {ip} using uri "{uri}".',
                rid(),
            )
        else:
            L(
                t,
                "WARN",
                LOGIN,
                234,
                'Failed login of user "%s": No system user with this name exists. Request from IP %s using uri "%s".',
                f'Failed login of user "{user}": No system user with this name exists. Request from IP {ip} using uri "{uri}".',
                rid(),
            )

    # crawlers asking for removed paths
    for t in poisson_times(r, T0, T_END, 30):
        if up(t):
            L(
                t,
                "WARN",
                "org.opencms.main.OpenCmsCore",
                2214,
                'Path not found: "%s" ',
                f'Path not found: "{r.choice(OC_BOT_PATHS)}" ',
                rid(),
            )

    # the module update breaks the teaser formatter
    for t in poisson_times(r, module_bug[0], module_bug[1], 160):
        L(
            t,
            "ERROR",
            "org.opencms.jsp.CmsJspTagContainer",
            1394,
            'Container-page element "%s" could not be rendered.',
            f'Container-page element "{r.choice(OC_ELEMENTS)}" could not be rendered.',
            rid(),
            OC_RENDER_STACK,
        )
    for t in poisson_times(r, T0, T_END, 9):
        if up(t):
            page = r.choice(OC_PAGES)
            L(
                t,
                "WARN",
                "org.opencms.jsp.CmsJspTagContainer",
                498,
                'Container "%s" not found in locale "%s" for container page "%s".',
                f'Container "{r.choice(["sidebar", "footer-teaser", "stage"])}" not found in locale "{"en" if "/en/" in page else "de"}" for container page "{page}".',
                rid(),
            )

    # a long static export doomed by the Grim Reaper
    for t in every(r, at(8, 5), at(8, 17), 60, 0.5):
        L(
            t,
            "WARN",
            "org.opencms.main.CmsThreadStore",
            198,
            'Grim Reaper dooming thread "%s" with id %s.',
            f'Grim Reaper dooming thread "Static export - full" with id {r.choice([4711, 4712])}.',
        )

    # Tomcat restarted at 07:30: shutdown and start-up report
    INIT = "org.opencms.main.OpenCmsCore"
    t = restart[0]
    t = L(t, "INFO", INIT, 1512, ".", ".")
    t = L(
        t + sec(0.001),
        "INFO",
        INIT,
        1513,
        ". Performing shutdown  : %s",
        ". Performing shutdown  : OpenCms 16.0",
    )
    t = L(
        t + sec(0.001),
        "INFO",
        INIT,
        1514,
        ". Current runlevel     : %s",
        ". Current runlevel     : 4",
    )
    t = L(
        t + sec(0.001),
        "INFO",
        INIT,
        1515,
        ". Shutdown time        : %s",
        f". Shutdown time        : {t:%b %-d, %Y} {t:%-I:%M:%S %p}",
    )
    t = L(
        t + sec(2.3),
        "INFO",
        INIT,
        1602,
        ". OpenCms stopped!     : Total uptime was %s",
        ". OpenCms stopped!     : Total uptime was 2 days, 14 hrs 22 min 05 sec",
    )
    jvm[0] = "tomcat-b"
    t = restart[0] + sec(48)
    for label, msg, line in [
        (".", ".", 2301),
        (".", ".", 2302),
        (
            ". Startup time         : %s",
            f". Startup time         : {t:%b %-d, %Y} {t:%-I:%M:%S %p}",
            2303,
        ),
        (". OpenCms version      : %s", ". OpenCms version      : 16.0", 2304),
        (". Servlet container    : %s", ". Servlet container    : Apache Tomcat/9.0.85", 2305),
        (". OpenCms webapp name  : %s", ". OpenCms webapp name  : ROOT", 2306),
        (". OpenCms servlet path : %s", ". OpenCms servlet path : /opencms", 2307),
        (". OpenCms context      : %s", ". OpenCms context      : /", 2308),
        (
            ". OpenCms WEB-INF path : %s",
            ". OpenCms WEB-INF path : /usr/local/tomcat/webapps/ROOT/WEB-INF/",
            2309,
        ),
        (
            ". OpenCms property file: %s",
            ". OpenCms property file: /usr/local/tomcat/webapps/ROOT/WEB-INF/config/opencms.properties",
            2310,
        ),
        (
            ". OpenCms log file     : %s",
            ". OpenCms log file     : /usr/local/tomcat/webapps/ROOT/WEB-INF/logs/opencms.log",
            2311,
        ),
        (
            ". Java VM in use       : %s",
            ". Java VM in use       : OpenJDK 64-Bit Server VM 17.0.10",
            2312,
        ),
        (
            ". Operating sytem      : %s",
            ". Operating sytem      : Linux 5.15.0-105-generic (amd64)",
            2313,
        ),
        (". System file.encoding : %s", ". System file.encoding : UTF-8", 2314),
    ]:
        t = L(t + sec(0.001), "INFO", INIT, line, label, msg)
    t = L(
        t + sec(0.4),
        "INFO",
        INIT,
        1189,
        ". Runlevel change      : Switching from %s to %s",
        ". Runlevel change      : Switching from 1 to 2",
    )
    t = L(
        t + sec(0.001),
        "INFO",
        INIT,
        1041,
        ". Flex cache init      : starting",
        ". Flex cache init      : starting",
    )
    t = L(
        t + sec(0.2),
        "INFO",
        INIT,
        1063,
        ". Flex cache init      : finished",
        ". Flex cache init      : finished",
    )
    t = L(
        t + sec(r.uniform(20, 30)),
        "INFO",
        INIT,
        1189,
        ". Runlevel change      : Switching from %s to %s",
        ". Runlevel change      : Switching from 2 to 4",
    )
    t = L(t + sec(0.001), "INFO", INIT, 2411, ".", ".")
    L(
        t + sec(0.001),
        "INFO",
        INIT,
        2412,
        ". OpenCms is running!  : Total startup time was %s",
        f". OpenCms is running!  : Total startup time was 0 hrs 00 min {r.randint(34, 48)} sec",
    )
    return fs.logs(T0)


SYSTEMS = {
    "jbpm": jbpm,
    "optaplanner": optaplanner,
    "camel-k": camel_k,
    "wso2-apim": wso2_apim,
    "opencms": opencms,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
