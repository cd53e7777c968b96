#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 293 (syncope, unomi, wso2-mi, jahia, crafter-cms) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Java middleware programs of one retailer's web
platform, 06:00 to 12:00 UTC on 2024-06-07. Apache ServiceMix, the brief's third system, is
replaced by WSO2 Micro Integrator: ServiceMix is a Karaf assembly whose log is Karaf's own
(`data/log/servicemix.log`, the layout and the container's statements of the `karaf` system) with
Camel's, ActiveMQ's and CXF's lines (`camel` and `activemq` are in the set); its own code writes
next to nothing. Micro Integrator is an ESB of the same kind whose log is its own.

- Apache Syncope 3.0 (`core.log`, `core-rest.log`, `core-connid.log`: one core's
  `/opt/syncope/log`, the reference log4j2.xml's `%d{HH:mm:ss.SSS} %-5level %logger - %msg%n`, a
  time without a date: `08:10:35.567 ERROR
  org.apache.syncope.core.provisioning.api.propagation.PropagationTaskExecutor - Exception during
  provision on resource ldap-corp`, the exception and its frames below; the ConnId file's
  `%d{HH:mm:ss.SSS} %-5level %msg%n` with its loggers at DEBUG). An HR portal updating users over
  REST, each update propagated to the LDAP (a priority resource) and, for 110 of the 260 users,
  AD: ConnId's LoggingProxy writes each call, `Enter: getObject(...)`, `Return:
  ConnectorObject: {...}`, `Enter: update(...)`, `Return: Attribute: {Name=__UID__, ...}`,
  through SLF4JLog, which appends a tab and `Method: <name>`; the HR CSV pull task every 15 minutes
  (`getLatestSyncToken`, a custom pull action's `Ignoring during pull` with its
  IgnoreProvisionException, `Could not create %s %s ` for new hires with invalid data, `Could
  not update %s %s`); the LDAP down 08:10-08:36 (`Exception: ` in the ConnId file, `Exception
  during provision on resource %s` with ConnectorIOException and its causes, `Error propagation
  priority resource`, the pull's `Could not propagate %s %s`); AD slow 10:20-10:41 (timeouts:
  `Exception during provision on resource ad-acme`, `Error retrieving after object`); a pull
  task's bad provision 09:40-10:05 (`Pull failed`); the service desk's monitor reading users long
  gone (`Exception thrown` with NotFoundException, and a portal's bad search with
  InvalidSearchParameters, in core-rest.log); a restart at 11:00 (Spring Boot's graceful
  shutdown, Quartz's `Scheduler %s shutting down.` / `paused.` / `shutdown complete.`, the start
  lines of Spring Boot, Tomcat and Quartz).
- Apache Unomi 2.5 on Karaf 4.4 (`unomi-01-karaf.log`, `unomi-02-karaf.log`: each node's
  `data/log/karaf.log`, Karaf's `%d{ISO8601} | %-5.5p | %-16.16t | %-32.32c{1} | %X{bundle.id} -
  %X{bundle.name} - %X{bundle.version} | %m%n`, the thread and logger cut to their last 16 and 32
  characters: `2024-06-07T08:20:11,676 | ERROR | tp1422628821-221 | HttpUtils | 211 -
  org.apache.unomi.common - 2.5.0 | An event was rejected - ...`). The sites' tracker release of
  07:10 sending `view` events whose source the JSON schema refuses until 09:46 (`An event was
  rejected - switch to DEBUG log level for more information OR test the payload of your event
  against the "validateEvent" endpoint.`), SchemaServiceImpl set to DEBUG on unomi-01 08:20-08:35
  (`Schema validation found %s errors while validating against schema: %s`, `Validation error:
  %s`, as Unomi's manual quotes them); the CRM's updateProperties events with a wrong type (`Event
  is not valid : %s`); a partner's server sending login events it may not (`Event is not allowed
  : %s`); the mobile team's events of a type with no schema (`An error occurred during the
  validation of your event - switch to DEBUG log level for more information.`); Elasticsearch's
  disks over the flood-stage watermark 10:05-10:12 (`Error while executing in class loader` with
  the cluster_block_exception, `Error processing events. Total number of processed events:
  %s/%s`); unomi-02 restarted at 11:30 (Karaf's shutdown and start lines, Jetty's, the profile
  purge's four `Purging: ...` lines).
- WSO2 Micro Integrator 4.2 (`mi-1-wso2carbon.log`, `mi-2-wso2carbon.log`: each node's
  `repository/logs/wso2carbon.log`, the default `[%d] %5p {%c} - %m%ex%n`: `[2024-06-07
  08:01:06,068]  INFO {org.apache.synapse.mediators.builtin.LogMediator} - {api:OrdersAPI} To:
  /orders, MessageID: ...`). The OrdersAPI's custom log mediators on every order (`message =
  Order received, orderId = %s, channel = %s`, `message = Order accepted by ERP, orderId = %s,
  erpRef = %s`); the ERP down 08:00-08:24 (`Connection refused or failed for : %s, error=%s`,
  `Endpoint : %s with address %s will be marked SUSPENDED as it failed`, `Suspending endpoint :
  ... - Next retry after : %s` with the doubling suspension, the default fault sequence's full log
  with `ERROR_CODE = 101503, ERROR_MESSAGE = Error connecting to the back end` and, while the
  endpoint is suspended, `303001` with `Currently , Address endpoint : [ Name : ErpOrderEP ] [
  State : SUSPENDED ]`; the inventory forwarder's `BlockingMessageSender of message processor
  [%s] failed to send message to the endpoint` every 30 s and `Successfully deactivated the
  message processor [%s]`; `Endpoint : %s with address %s currently SUSPENDED : will be marked
  active since it processed its last message`); the ERP slow 10:30-10:50 (`Expiring message ID :
  %s; dropping message after ENDPOINT_TIMEOUT of : 30 seconds ...`, the fault log with `Send
  timeout`, `Synapse received a response for the request with message Id : %s and
  correlation_id : %s But a callback is not registered (anymore) to process this response`); mi-2
  restarted at 11:20 (the deployers' `<Kind> named '%s' has been deployed from file : %s`,
  `Initializing API: %s`, the proxy services' Axis2 lines, `Successfully Deployed Carbon
  Application : %s {super-tenant}`, the pass-through listeners, `WSO2 Micro Integrator started in
  %s seconds`).
- Jahia 8.1.6 (`jahia-pr-01-jahia.log`, the processing node, `jahia-br-01-jahia.log`,
  `jahia-br-02-jahia.log`, browsing nodes: each node's `jahia.log`, Jahia's log4j2 `%d: %-5p [%t]
  %c: %encode{%.-500m}{CRLF}%n%sxThrowable`: `2024-06-07 06:41:27,914: INFO  [FelixStartLevel]
  org.jahia.bundles.extender.jahiamodules.Activator: --- Start Jahia OSGi bundle Jahia Default
  Components [180] --`). A module release rolled out node by node 06:10-06:42 and two more
  restarts (a browsing node at 08:52, the processing node at 11:20): each start's Jackrabbit,
  Spring and Quartz lines and, for each of 60 modules, the extender's `--- Parsing Jahia OSGi
  bundle %s v%s --`, `--- Done parsing ...`, `--- Start Jahia OSGi bundle %s --`, `--- Finished
  starting Jahia OSGi bundle %s in %sms --`, the upgraded modules' `--- Installing ...`, `---
  Done installing ...` and `Stopping module %s before activating %s...`; each stop's `== Jahia
  Extender stopped in %sms ====...`; the old versions removed at 07:31 (`--- Uninstalling Jahia
  OSGi bundle %s --`, `--- Finished uninstalling ... in %sms --`); ACME's components 2.4.0 with a
  broken CND at 09:31 (`--- Error parsing definitions for Jahia OSGi bundle %s v%s` with the
  ParseException), 2.4.1 at 10:06 (the processing node's `Error while initializing module
  content for module %s` with an ItemExistsException), a module built for Jahia 8.2 (`Error
  while reading module, required version (%s) is higher than your Jahia version (%s)`), 2.3.2
  removed (`Unable to delete file for uninstalled bundle %s`); ACME's sync job sharing one JCR
  session between threads all day (Jackrabbit's `Attempt to perform %s while another thread is
  concurrently writing to %s. Blocking until ...`).
- CrafterCMS 4.1's Deployer (`delivery-1-crafter-deployer.log`, `delivery-2-crafter-deployer.log`:
  the two delivery nodes' `logs/deployer/crafter-deployer.log`, `[%p] %d{ISO8601} [%t]
  [%X{targetId}] | %m%n`: `[INFO] 2024-06-07T06:00:00,008 [deployment-4] [editorial-default] |
  Deployment for editorial-default started`). The targets' scheduled deployment every five
  minutes (the `====` banner lines around `Deployment for %s started` and `... finished in %s
  secs`, `========== Start of '%s' for target '%s' ==========` and `=========== End of ...
  ===========` around each processor, `Executing git pull for repository %s...`, `Local
  repository %s up to date (no changes pulled from remote repo %s) (merge result with status
  %s)` or, after Studio's publishes, `Changes successfully pulled from remote repo %s into local
  repo %s (merge result with status %s)` and the search indexing and cache processors); the
  authoring server's SSH down 08:40-09:05 (`Processor '%s' for target '%s' failed` with the
  DeployerException and JGit's TransportException); a full reindex on delivery-1 at 09:30
  (`Active deployment detected, skipping scheduled deployment for target %s`); delivery-2's
  corrupt index at 10:15 (`The local repository %s is corrupt, trying to fix it`, `Corrupt index
  deleted from local repository %s`); the intranet site created at 10:31 (the target's init lines,
  `Cloning Git remote repository %s into %s`, `Successfully cloned ...`); delivery-2 restarted at
  11:00 (`Closing target '%s'...`, `Stopping current and pending deployments for target '%s'`,
  `Releasing resources for target '%s'`, Spring Boot's and Tomcat's start lines, `The target is
  not ready yet for deployments (status %s)`).

Label notes. The heads are context: log4j2's time, level and logger (Syncope), Karaf's date,
level, thread, logger and bundle columns, Carbon's date, level and `{logger}`, Jahia's date,
level, thread and logger, the Deployer's level, date, thread and target. So is what a logging
layer adds around a statement: SLF4JLog's tab and `Method: <name>` after every ConnId message (the
SPI's, not the call site's) and the `{api:OrdersAPI} ` the log mediator writes before its
artifact's message. The method ConnId's LoggingProxy names (`getObject`, `update`,
`getLatestSyncToken`) comes from reflection, a value; so are Syncope's resource names, Unomi's
event types, Jahia's module names and display names, the Deployer's processor names, targets and
JGit merge statuses, Micro Integrator's timeout kind. A custom log mediator's property names and
literal values are the integration's wording (as the `wso2-apim` round's); the fault
sequence's `ERROR_MESSAGE` is the error's own text (`Error connecting to the back end`, `Send
timeout`, `Currently , Address endpoint : [ Name : %s ] [ State : %s ]`). Micro Integrator's
deployers write one sentence each with their own kind (`Endpoint`, `Sequence`, `API`,
`ProxyService`, `Message Store`, `Message Processor`), so a label each; its two listeners (`HTTP`, `HTTPS`) are two classes, two
labels each. Syncope's `Could not create %s %s ` keeps the trailing blank its format has.
Exceptions and their frames have no row.

Checked against copies of the sources: Syncope's reference log4j2.xml (the four files and their
patterns), AbstractPullResultHandler (`Could not create %s %s `, `Could not update %s %s`, `Could
not propagate %s %s`, `Ignoring during pull`, `Pull failed`) and AbstractPropagationTaskExecutor
(`Exception during provision on resource ` + key, `Error retrieving after object`, `Error
propagation priority resource`), ConnId's SLF4JLog (the message, a tab and `Method: ` for a
location-aware logger); Unomi's RestServiceUtilsImpl (`Event is not valid : {}`, `Event is not
allowed : {}`, `Error processing events. ...`), the event filter's rejection line, SchemaServiceImpl's
validateEvents warning, ProfileServiceImpl's purge lines (the sessions' line assumed from its
neighbours), the manual's DEBUG example; Micro Integrator's log4j2.properties pattern; Jahia's
log4j2.xml pattern and the module extender's Activator (every `---` line, `Stopping module ...`,
`Error while reading module, required version ...`, `Error while initializing module content
...`, `Unable to delete file ...`, `== Jahia Extender stopped in {}ms ...`); the Deployer's
TargetImpl (banners, `Deployment for {} started` / `finished in {} secs`, init, close, schedule
and skip lines), AbstractMainDeploymentProcessor (`Start of` / `End of`, `Processor '...' for
target '...' failed`) and GitPullProcessor (pull, merge results, corrupt index, clone). Least
sure (written from memory): ConnId's LoggingProxy texts (`Enter: %s(%s)`, `Return: %s`,
`Exception: `) and its arguments' toString, Syncope's PropagationTaskExecutor logger name,
`Exception thrown` in RestServiceExceptionMapper, the Spring Boot, Tomcat and Quartz lines;
Unomi's `Error while executing in class loader`, the rejection line's HttpUtils logger and bundle,
Karaf's bundle ids; every Micro Integrator statement (Synapse's deployers, ProxyService, API,
ConnectCallback, EndpointContext, TimeoutHandler, SynapseCallbackReceiver, ForwardingService,
ScheduledMessageProcessor, CappDeployer, the listeners, StartupFinalizer) and the `{api:...}`
prefix; Jahia's module display names (`Bundle-Name [id]`), Jackrabbit's, Spring's and Quartz's
start lines, the SessionState warning's wording and level, `%sxThrowable`'s frames; the
Deployer's layout, thread names and its Spring Boot lines, and the processors between Start and
End, whose own lines are left out.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at

MS = 1_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def frames(*fs: str) -> list[str]:
    """A Java stack's frame lines."""
    return [f"\tat {f}" for f in fs]


def in_span(t: datetime, span: tuple[datetime, datetime]) -> bool:
    return span[0] <= t < span[1]


# ---------------------------------------------------------------------------------- syncope

SY_PROP = "org.apache.syncope.core.provisioning.api.propagation.PropagationTaskExecutor"
SY_PULL = "org.apache.syncope.core.provisioning.java.pushpull.DefaultUserPullResultHandler"
SY_REST = "org.apache.syncope.core.rest.cxf.RestServiceExceptionMapper"
SY_APP = "org.apache.syncope.core.starter.SyncopeCoreApplication"
SY_QUARTZ = "org.quartz.core.QuartzScheduler"
SY_SFB = "org.springframework.scheduling.quartz.SchedulerFactoryBean"
SY_VERSION = "3.0.8"
SY_LDAP_DOWN = (at(8, 10, 20), at(8, 36, 5))
SY_AD_SLOW = (at(10, 20, 0), at(10, 41, 30))
SY_RESTART = (at(11, 0, 4.2), at(11, 1, 2.7))
SY_SCHED = "SyncopeScheduler_$_syncope-core-01717740001822"
SY_SCHED2 = "SyncopeScheduler_$_syncope-core-01717758062410"

SY_LDAP_STACK = frames(
    "net.tirasa.connid.bundles.ldap.LdapConnection.getInitialContext(LdapConnection.java:167)",
    "net.tirasa.connid.bundles.ldap.LdapConnection.checkAlive(LdapConnection.java:286)",
    "net.tirasa.connid.bundles.ldap.LdapConnector.checkAlive(LdapConnector.java:148)",
    "org.identityconnectors.framework.impl.api.local.ConnectorPoolManager$ConnectorPoolHandler.testObject(ConnectorPoolManager.java:103)",
    "org.identityconnectors.common.pooling.ObjectPool.borrowObject(ObjectPool.java:170)",
    "org.identityconnectors.framework.impl.api.local.operations.ConnectorAPIOperationRunnerProxy.invoke(ConnectorAPIOperationRunnerProxy.java:84)",
    "jdk.proxy3/jdk.proxy3.$Proxy312.update(Unknown Source)",
    "org.apache.syncope.core.provisioning.java.ConnectorFacadeProxy.update(ConnectorFacadeProxy.java:237)",
    "org.apache.syncope.core.provisioning.java.propagation.AbstractPropagationTaskExecutor.createOrUpdate(AbstractPropagationTaskExecutor.java:318)",
    "org.apache.syncope.core.provisioning.java.propagation.AbstractPropagationTaskExecutor.doExecute(AbstractPropagationTaskExecutor.java:496)",
    "org.apache.syncope.core.provisioning.java.propagation.AbstractPropagationTaskExecutor.execute(AbstractPropagationTaskExecutor.java:403)",
    "org.apache.syncope.core.provisioning.java.propagation.DefaultPropagationTaskCallable.call(DefaultPropagationTaskCallable.java:81)",
    "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)
SY_LDAP_CAUSE = [
    "Caused by: javax.naming.CommunicationException: ldap.acme.example:636",
    *frames(
        "java.naming/com.sun.jndi.ldap.Connection.<init>(Connection.java:251)",
        "java.naming/com.sun.jndi.ldap.LdapClient.<init>(LdapClient.java:141)",
        "java.naming/com.sun.jndi.ldap.LdapCtx.connect(LdapCtx.java:1620)",
    ),
    "\t... 21 common frames omitted",
    "Caused by: java.net.ConnectException: Connection refused",
    *frames(
        "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)",
        "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542)",
    ),
    "\t... 28 common frames omitted",
]
SY_TIMEOUT_STACK = frames(
    "org.apache.syncope.core.provisioning.java.ConnectorFacadeProxy.update(ConnectorFacadeProxy.java:251)",
    "org.apache.syncope.core.provisioning.java.propagation.AbstractPropagationTaskExecutor.createOrUpdate(AbstractPropagationTaskExecutor.java:318)",
    "org.apache.syncope.core.provisioning.java.propagation.AbstractPropagationTaskExecutor.doExecute(AbstractPropagationTaskExecutor.java:496)",
    "org.apache.syncope.core.provisioning.java.propagation.AbstractPropagationTaskExecutor.execute(AbstractPropagationTaskExecutor.java:403)",
    "org.apache.syncope.core.provisioning.java.propagation.DefaultPropagationTaskCallable.call(DefaultPropagationTaskCallable.java:81)",
    "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)
SY_PRIO_STACK = frames(
    "org.apache.syncope.core.provisioning.java.propagation.PriorityPropagationTaskExecutor.doExecute(PriorityPropagationTaskExecutor.java:147)",
    "org.apache.syncope.core.provisioning.java.propagation.AbstractPropagationTaskExecutor.execute(AbstractPropagationTaskExecutor.java:553)",
    "org.apache.syncope.core.provisioning.java.UserProvisioningManagerImpl.update(UserProvisioningManagerImpl.java:176)",
    "org.apache.syncope.core.logic.UserLogic.doUpdate(UserLogic.java:304)",
    "org.apache.syncope.core.logic.UserLogic.update(UserLogic.java:262)",
    "org.apache.syncope.core.rest.cxf.service.UserServiceImpl.update(UserServiceImpl.java:83)",
)
SY_PULL_STACK = frames(
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.create(AbstractPullResultHandler.java:311)",
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.provision(AbstractPullResultHandler.java:238)",
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.doHandle(AbstractPullResultHandler.java:912)",
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.handle(AbstractPullResultHandler.java:149)",
    "org.apache.syncope.core.provisioning.java.pushpull.SyncopeResultHandlerDispatcher.handle(SyncopeResultHandlerDispatcher.java:92)",
    "org.apache.syncope.core.provisioning.java.pushpull.stream.CSVStreamConnector.sync(CSVStreamConnector.java:248)",
    "org.apache.syncope.core.provisioning.java.pushpull.PullJobDelegate.doExecuteProvisioning(PullJobDelegate.java:312)",
    "org.apache.syncope.core.provisioning.java.job.AbstractSchedTaskJobDelegate.execute(AbstractSchedTaskJobDelegate.java:128)",
    "org.quartz.core.JobRunShell.run(JobRunShell.java:202)",
    "org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
)
SY_PULL_UPDATE_STACK = frames(
    "org.apache.syncope.core.provisioning.java.pushpull.DefaultUserPullResultHandler.doUpdate(DefaultUserPullResultHandler.java:172)",
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.update(AbstractPullResultHandler.java:402)",
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.doHandle(AbstractPullResultHandler.java:884)",
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.handle(AbstractPullResultHandler.java:149)",
    "org.apache.syncope.core.provisioning.java.pushpull.SyncopeResultHandlerDispatcher.handle(SyncopeResultHandlerDispatcher.java:92)",
    "org.apache.syncope.core.provisioning.java.pushpull.stream.CSVStreamConnector.sync(CSVStreamConnector.java:248)",
    "org.apache.syncope.core.provisioning.java.pushpull.PullJobDelegate.doExecuteProvisioning(PullJobDelegate.java:312)",
    "org.apache.syncope.core.provisioning.java.job.AbstractSchedTaskJobDelegate.execute(AbstractSchedTaskJobDelegate.java:128)",
    "org.quartz.core.JobRunShell.run(JobRunShell.java:202)",
    "org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
)
SY_IGNORE_STACK = frames(
    "com.acme.syncope.pull.ContractorFilterPullActions.beforeProvision(ContractorFilterPullActions.java:58)",
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.provision(AbstractPullResultHandler.java:226)",
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.doHandle(AbstractPullResultHandler.java:912)",
    "org.apache.syncope.core.provisioning.java.pushpull.AbstractPullResultHandler.handle(AbstractPullResultHandler.java:149)",
    "org.apache.syncope.core.provisioning.java.pushpull.SyncopeResultHandlerDispatcher.handle(SyncopeResultHandlerDispatcher.java:92)",
    "org.quartz.core.JobRunShell.run(JobRunShell.java:202)",
)
SY_REST_STACK = frames(
    "org.apache.syncope.core.persistence.jpa.dao.JPAUserDAO.authFind(JPAUserDAO.java:207)",
    "org.apache.syncope.core.logic.UserLogic.read(UserLogic.java:141)",
    "org.apache.syncope.core.rest.cxf.service.UserServiceImpl.read(UserServiceImpl.java:64)",
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "org.apache.cxf.service.invoker.AbstractInvoker.performInvocation(AbstractInvoker.java:179)",
    "org.apache.cxf.jaxrs.JAXRSInvoker.invoke(JAXRSInvoker.java:201)",
    "org.apache.cxf.interceptor.ServiceInvokerInterceptor$1.run(ServiceInvokerInterceptor.java:59)",
    "org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)",
    "org.apache.cxf.transport.servlet.CXFNonSpringServlet.invoke(CXFNonSpringServlet.java:225)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:174)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)
SY_SEARCH_STACK = frames(
    "org.apache.syncope.core.rest.cxf.service.AbstractAnyService.getSearchCond(AbstractAnyService.java:108)",
    "org.apache.syncope.core.rest.cxf.service.AbstractAnyService.search(AbstractAnyService.java:125)",
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "org.apache.cxf.service.invoker.AbstractInvoker.performInvocation(AbstractInvoker.java:179)",
    "org.apache.cxf.jaxrs.JAXRSInvoker.invoke(JAXRSInvoker.java:201)",
    "org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)
SY_CONNID_EXC = frames(
    "org.identityconnectors.framework.impl.api.local.ConnectorPoolManager$ConnectorPoolHandler.testObject(ConnectorPoolManager.java:103)",
    "org.identityconnectors.common.pooling.ObjectPool.borrowObject(ObjectPool.java:170)",
    "org.identityconnectors.framework.impl.api.local.operations.ConnectorAPIOperationRunnerProxy.invoke(ConnectorAPIOperationRunnerProxy.java:84)",
    "org.identityconnectors.framework.impl.api.LoggingProxy.invoke(LoggingProxy.java:74)",
    "jdk.proxy3/jdk.proxy3.$Proxy312.update(Unknown Source)",
    "org.apache.syncope.core.provisioning.java.ConnectorFacadeProxy.update(ConnectorFacadeProxy.java:237)",
)


def syncope(r: random.Random) -> list[Log]:
    """One Syncope core: core.log, core-rest.log and core-connid.log."""
    fs = Files()

    def up(t: datetime) -> bool:
        return T0 <= t < T_END and not in_span(t, SY_RESTART)

    def core(
        t: datetime, lvl: str, logger: str, label: str, msg: str, stack: list[str] | None = None
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        return fs.add(
            "core.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S}.{ms3(x)} {lvl:<5} {logger} - {msg}", *(stack or [])],
            "core",
            MS,
        )

    def rest(
        t: datetime, lvl: str, logger: str, label: str, msg: str, stack: list[str] | None = None
    ) -> datetime:
        return fs.add(
            "core-rest.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S}.{ms3(x)} {lvl:<5} {logger} - {msg}", *(stack or [])],
            "rest",
            MS,
        )

    def connid(
        t: datetime, lvl: str, label: str, msg: str, method: str, stack: list[str] | None = None
    ) -> datetime:
        return fs.add(
            "core-connid.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S}.{ms3(x)} {lvl:<5} {msg}\tMethod: {method}", *(stack or [])],
            "connid",
            MS,
        )

    employees = [f"E{n}" for n in r.sample(range(10000, 19999), 260)]
    names = {
        e: f"{r.choice('abcdefghijklmnoprstvw')}{r.choice(['muller', 'schmidt', 'rossi', 'bianchi', 'dupont', 'martin', 'garcia', 'novak', 'jensen', 'smith', 'kowalski', 'lopez', 'moreau', 'weber', 'conti', 'berg'])}{r.randrange(1, 99)}"
        for e in employees
    }
    ad_users = set(r.sample(employees, 110))

    def opts_get() -> str:
        return "OperationOptions: {ATTRS_TO_GET:[cn,sn,givenName,mail,uid,title,departmentNumber,memberOf],PAGED_RESULTS_OFFSET:null}"

    def dn(e: str, res: str) -> str:
        return (
            f"uid={names[e]},ou=People,o=acme"
            if res == "ldap-corp"
            else f"CN={names[e]},OU=Staff,DC=corp,DC=acme,DC=example"
        )

    def conn_obj(e: str, res: str) -> str:
        oc = "__ACCOUNT__"
        return (
            f"ConnectorObject: {{ObjectClass: {oc}, Attributes: [Attribute: {{Name=__NAME__, Value=[{dn(e, res)}]}}, "
            f"Attribute: {{Name=mail, Value=[{names[e]}@acme.example]}}, Attribute: {{Name=title, Value=[{r.choice(['Analyst', 'Engineer', 'Clerk', 'Manager', 'Technician'])}]}}, "
            f"Attribute: {{Name=__UID__, Value=[{dn(e, res)}]}}]}}"
        )

    def read_remote(t: datetime, e: str, res: str) -> datetime:
        t = connid(
            t,
            "DEBUG",
            "Enter: %s(%s)",
            f"Enter: getObject(ObjectClass: __ACCOUNT__, Attribute: {{Name=__UID__, Value=[{dn(e, res)}]}}, {opts_get()})",
            "getObject",
        )
        t += sec(r.uniform(0.004, 0.03))
        return connid(t, "DEBUG", "Return: %s", f"Return: {conn_obj(e, res)}", "getObject")

    def propagate(t: datetime, e: str, res: str, prio: bool) -> datetime:
        """One propagation task: read before, update, read after (the connid file), or the
        failure's lines."""
        if res == "ldap-corp" and in_span(t, SY_LDAP_DOWN):
            t = connid(
                t,
                "DEBUG",
                "Enter: %s(%s)",
                f"Enter: getObject(ObjectClass: __ACCOUNT__, Attribute: {{Name=__UID__, Value=[{dn(e, res)}]}}, {opts_get()})",
                "getObject",
            )
            t = connid(
                t + sec(r.uniform(2.0, 3.1)),
                "DEBUG",
                "Exception: ",
                "Exception: ",
                "getObject",
                [
                    "org.identityconnectors.framework.common.exceptions.ConnectorIOException: javax.naming.CommunicationException: ldap.acme.example:636 [Root exception is java.net.ConnectException: Connection refused]",
                    *SY_CONNID_EXC,
                ],
            )
            exc = "org.identityconnectors.framework.common.exceptions.ConnectorIOException: javax.naming.CommunicationException: ldap.acme.example:636 [Root exception is java.net.ConnectException: Connection refused]"
            t = core(
                t + sec(r.uniform(0.002, 0.01)),
                "ERROR",
                SY_PROP,
                "Exception during provision on resource %s",
                f"Exception during provision on resource {res}",
                [exc, *SY_LDAP_STACK, *SY_LDAP_CAUSE],
            )
            if prio:
                t = core(
                    t + sec(r.uniform(0.005, 0.02)),
                    "ERROR",
                    SY_PROP,
                    "Error propagation priority resource",
                    "Error propagation priority resource",
                    [
                        f"org.apache.syncope.core.provisioning.api.propagation.PropagationException: Exception during provision on resource {res}",
                        *SY_PRIO_STACK,
                    ],
                )
            return t
        t = read_remote(t, e, res)
        t += sec(r.uniform(0.01, 0.05))
        t = connid(
            t,
            "DEBUG",
            "Enter: %s(%s)",
            f"Enter: update(ObjectClass: __ACCOUNT__, Attribute: {{Name=__UID__, Value=[{dn(e, res)}]}}, "
            f"[Attribute: {{Name=title, Value=[{r.choice(['Analyst', 'Engineer', 'Clerk', 'Manager', 'Technician', 'Team Lead'])}]}}, Attribute: {{Name=departmentNumber, Value=[{r.randrange(100, 990)}]}}], OperationOptions: {{}})",
            "update",
        )
        if res == "ad-acme" and in_span(t, SY_AD_SLOW) and r.random() < 0.55:
            t += sec(30 + r.uniform(0.0, 0.2))
            t = connid(
                t,
                "DEBUG",
                "Exception: ",
                "Exception: ",
                "update",
                [
                    "org.identityconnectors.framework.common.exceptions.OperationTimeoutException: java.util.concurrent.TimeoutException",
                    *SY_CONNID_EXC,
                ],
            )
            exc = "org.identityconnectors.framework.common.exceptions.ConnectorException: java.util.concurrent.TimeoutException: Request timeout"
            t = core(
                t + sec(r.uniform(0.002, 0.01)),
                "ERROR",
                SY_PROP,
                "Exception during provision on resource %s",
                f"Exception during provision on resource {res}",
                [exc, *SY_TIMEOUT_STACK],
            )
            t = core(
                t + sec(30 + r.uniform(0.002, 0.2)),
                "ERROR",
                SY_PROP,
                "Error retrieving after object",
                "Error retrieving after object",
                ["java.util.concurrent.TimeoutException: Request timeout", *SY_TIMEOUT_STACK],
            )
            return t
        t += sec(r.uniform(0.02, 0.3) if res == "ldap-corp" else r.uniform(0.2, 1.4))
        t = connid(
            t,
            "DEBUG",
            "Return: %s",
            f"Return: Attribute: {{Name=__UID__, Value=[{dn(e, res)}]}}",
            "update",
        )
        return read_remote(t + sec(r.uniform(0.005, 0.03)), e, res)

    # HR portal updates over REST, each propagated to the LDAP (priority) and, for some, AD
    for t in poisson(r, T0, T_END, 118):
        if not up(t):
            continue
        e = r.choice(employees)
        t = propagate(t + sec(r.uniform(0.05, 0.2)), e, "ldap-corp", True)
        if e in ad_users and not in_span(t, SY_LDAP_DOWN):
            propagate(t + sec(r.uniform(0.01, 0.05)), e, "ad-acme", False)

    # the HR CSV pull task, every 15 minutes
    new_hires = iter(r.sample([f"E{n}" for n in range(20000, 20999)], 200))
    t = at(6, 0, 31.4)
    while t < T_END:
        if up(t):
            tt = t + sec(r.uniform(0.3, 0.9))
            tt = connid(
                tt,
                "DEBUG",
                "Enter: %s(%s)",
                "Enter: getLatestSyncToken(ObjectClass: __ACCOUNT__)",
                "getLatestSyncToken",
            )
            tt = connid(
                tt + sec(r.uniform(0.01, 0.1)),
                "DEBUG",
                "Return: %s",
                f"Return: SyncToken: {int(t.timestamp() * 1000) - r.randrange(1000, 60000)}",
                "getLatestSyncToken",
            )
            for _ in range(r.randint(1, 4)):
                who = next(new_hires)
                tt += sec(r.uniform(0.05, 0.4))
                tt = core(
                    tt,
                    "WARN",
                    SY_PULL,
                    "Ignoring during pull",
                    "Ignoring during pull",
                    [
                        f"org.apache.syncope.core.provisioning.api.pushpull.IgnoreProvisionException: Contractor record {who} is not provisioned",
                        *SY_IGNORE_STACK,
                    ],
                )
            if r.random() < 0.45:
                who = next(new_hires)
                reason = r.choice(
                    [
                        "InvalidUser [InvalidUsername]",
                        "InvalidUser [InvalidPassword: Password too short]",
                        "InvalidPlainAttrValue [InvalidValueFormat: hireDate]",
                    ]
                )
                tt = core(
                    tt + sec(r.uniform(0.1, 0.6)),
                    "ERROR",
                    SY_PULL,
                    "Could not create %s %s ",
                    f"Could not create USER {who} ",
                    [
                        f"org.apache.syncope.core.persistence.api.attrvalue.InvalidEntityException: {reason}",
                        *SY_PULL_STACK,
                    ],
                )
            if r.random() < 0.2:
                who = r.choice(employees)
                tt = core(
                    tt + sec(r.uniform(0.1, 0.6)),
                    "ERROR",
                    SY_PULL,
                    "Could not update %s %s",
                    f"Could not update USER {who}",
                    [
                        "org.apache.syncope.core.persistence.api.attrvalue.InvalidEntityException: InvalidPlainAttrValue [InvalidValueFormat: costCenter]",
                        *SY_PULL_UPDATE_STACK,
                    ],
                )
            if in_span(t, SY_LDAP_DOWN):
                for _ in range(r.randint(2, 4)):
                    who = next(new_hires)
                    tt = core(
                        tt + sec(r.uniform(2.0, 3.5)),
                        "ERROR",
                        SY_PULL,
                        "Could not propagate %s %s",
                        f"Could not propagate USER {who}",
                        [
                            "org.apache.syncope.core.provisioning.api.propagation.PropagationException: Exception during provision on resource ldap-corp",
                            *SY_PULL_STACK,
                        ],
                    )
            if at(9, 40) <= t < at(10, 5):
                tt = core(
                    tt + sec(r.uniform(0.1, 0.4)),
                    "ERROR",
                    SY_PULL,
                    "Pull failed",
                    "Pull failed",
                    [
                        "org.quartz.JobExecutionException: No provision found on ExternalResource[hr-csv] for ObjectClass: __GROUP__ [See nested exception: java.lang.NullPointerException]",
                        *SY_PULL_STACK[3:],
                    ],
                )
        t += sec(900 + r.uniform(-0.5, 0.5))

    # the service desk's monitor reading users long gone, and a portal's bad searches
    gone = [names[e] for e in r.sample(employees, 3)]
    for t in poisson(r, T0, T_END, 290):
        if not up(t):
            continue
        if r.random() < 0.85:
            rest(
                t,
                "ERROR",
                SY_REST,
                "Exception thrown",
                "Exception thrown",
                [
                    f"org.apache.syncope.core.persistence.api.dao.NotFoundException: User {r.choice(gone)}",
                    *SY_REST_STACK,
                ],
            )
        else:
            rest(
                t,
                "ERROR",
                SY_REST,
                "Exception thrown",
                "Exception thrown",
                [
                    "org.apache.syncope.common.lib.SyncopeClientException: InvalidSearchParameters [Invalid search expression: department=eq=Sales;manager==]",
                    *SY_SEARCH_STACK,
                ],
            )

    # the 11:00 restart for a new connector bundle
    t = SY_RESTART[0]
    t = core(
        t,
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.GracefulShutdown",
        "Commencing graceful shutdown. Waiting for active requests to complete",
        "Commencing graceful shutdown. Waiting for active requests to complete",
    )
    t = core(
        t + sec(0.41),
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.GracefulShutdown",
        "Graceful shutdown complete",
        "Graceful shutdown complete",
    )
    t = core(
        t + sec(0.05),
        "INFO",
        SY_SFB,
        "Shutting down Quartz Scheduler",
        "Shutting down Quartz Scheduler",
    )
    t = core(
        t + sec(0.002),
        "INFO",
        SY_QUARTZ,
        "Scheduler %s shutting down.",
        f"Scheduler {SY_SCHED} shutting down.",
    )
    t = core(
        t + sec(0.001), "INFO", SY_QUARTZ, "Scheduler %s paused.", f"Scheduler {SY_SCHED} paused."
    )
    t = core(
        t + sec(0.3),
        "INFO",
        SY_QUARTZ,
        "Scheduler %s shutdown complete.",
        f"Scheduler {SY_SCHED} shutdown complete.",
    )
    t = at(11, 0, 22.8)
    t = core(
        t,
        "INFO",
        SY_APP,
        "Starting %s v%s using Java %s with PID %s (%s started by %s in %s)",
        f"Starting SyncopeCoreApplication v{SY_VERSION} using Java 21.0.3 with PID 1 (/opt/syncope/lib/syncope.war started by syncope in /opt/syncope)",
    )
    t = core(
        t + sec(0.004),
        "INFO",
        SY_APP,
        "The following %s profile is active: %s",
        'The following 1 profile is active: "docker"',
    )
    t = core(
        t + sec(6.2),
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat initialized with port %s (http)",
        "Tomcat initialized with port 8080 (http)",
    )
    t = core(
        t + sec(0.02),
        "INFO",
        "org.apache.catalina.core.StandardService",
        "Starting service [%s]",
        "Starting service [Tomcat]",
    )
    t = core(
        t + sec(0.001),
        "INFO",
        "org.apache.catalina.core.StandardEngine",
        "Starting Servlet engine: [%s]",
        "Starting Servlet engine: [Apache Tomcat/10.1.24]",
    )
    t = core(
        t + sec(0.15),
        "INFO",
        "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/syncope]",
        "Initializing Spring embedded WebApplicationContext",
        "Initializing Spring embedded WebApplicationContext",
    )
    t = core(
        t + sec(0.001),
        "INFO",
        "org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext",
        "Root WebApplicationContext: initialization completed in %s ms",
        "Root WebApplicationContext: initialization completed in 6517 ms",
    )
    t = core(
        t + sec(21.7),
        "INFO",
        SY_SFB,
        "Starting Quartz Scheduler now",
        "Starting Quartz Scheduler now",
    )
    t = core(
        t + sec(0.02), "INFO", SY_QUARTZ, "Scheduler %s started.", f"Scheduler {SY_SCHED2} started."
    )
    t = core(
        t + sec(0.9),
        "INFO",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat started on port %s (http) with context path '%s'",
        "Tomcat started on port 8080 (http) with context path '/syncope'",
    )
    core(
        t + sec(0.03),
        "INFO",
        SY_APP,
        "Started %s in %s seconds (process running for %s)",
        "Started SyncopeCoreApplication in 39.217 seconds (process running for 41.904)",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ unomi

UN_REST = ("RestServiceUtilsImpl", "233 - org.apache.unomi.rest - 2.5.0")
UN_HTTP = ("HttpUtils", "211 - org.apache.unomi.common - 2.5.0")
UN_SCHEMA = ("SchemaServiceImpl", "215 - org.apache.unomi.json-schema-services - 2.5.0")
UN_PERSIST = (
    "ElasticSearchPersistenceServiceImpl",
    "204 - org.apache.unomi.persistence-elasticsearch-core - 2.5.0",
)
UN_PROFILE = ("ProfileServiceImpl", "219 - org.apache.unomi.services - 2.5.0")
UN_KARAF = ("Main", "0 - org.apache.felix.framework - 7.0.5")
UN_JETTY = ("Server", "182 - org.eclipse.jetty.server - 9.4.54.v20240208")
UN_JETTYC = ("AbstractConnector", "182 - org.eclipse.jetty.server - 9.4.54.v20240208")
UN_TRACKER_BAD = (at(7, 10, 40), at(9, 46, 12))
UN_DEBUG = (at(8, 20, 5), at(8, 35, 50))
UN_ES_DOWN = (at(10, 5, 12), at(10, 12, 40))
UN_VALIDATE = (at(10, 30), at(11, 0))
UN_RESTART = (at(11, 30, 3.1), at(11, 31, 19.6))

UN_ES_STACK = frames(
    "org.elasticsearch.rest.BytesRestResponse.errorFromXContent(BytesRestResponse.java:178)",
    "org.elasticsearch.client.RestHighLevelClient.parseEntity(RestHighLevelClient.java:2484)",
    "org.elasticsearch.client.RestHighLevelClient.parseResponseException(RestHighLevelClient.java:2461)",
    "org.elasticsearch.client.RestHighLevelClient.internalPerformRequest(RestHighLevelClient.java:2184)",
    "org.elasticsearch.client.RestHighLevelClient.index(RestHighLevelClient.java:1025)",
    "org.apache.unomi.persistence.elasticsearch.ElasticSearchPersistenceServiceImpl$4.execute(ElasticSearchPersistenceServiceImpl.java:1011)",
    "org.apache.unomi.persistence.elasticsearch.ElasticSearchPersistenceServiceImpl$4.execute(ElasticSearchPersistenceServiceImpl.java:968)",
    "org.apache.unomi.persistence.spi.aggregate.InClassLoaderExecute.executeInClassLoader(InClassLoaderExecute.java:66)",
    "org.apache.unomi.persistence.spi.aggregate.InClassLoaderExecute.catchingExecuteInClassLoader(InClassLoaderExecute.java:100)",
    "org.apache.unomi.persistence.elasticsearch.ElasticSearchPersistenceServiceImpl.save(ElasticSearchPersistenceServiceImpl.java:1033)",
    "org.apache.unomi.services.impl.events.EventServiceImpl.send(EventServiceImpl.java:184)",
    "org.apache.unomi.rest.service.impl.RestServiceUtilsImpl.handleEvents(RestServiceUtilsImpl.java:244)",
    "org.apache.unomi.rest.endpoints.ContextJsonEndpoint.contextJSONAsPost(ContextJsonEndpoint.java:163)",
    "java.base/java.lang.Thread.run(Thread.java:829)",
)


def unomi(r: random.Random) -> list[Log]:
    """Two Unomi nodes behind the web sites' tracker, each Karaf's data/log/karaf.log."""
    fs = Files()
    nodes = ["unomi-01", "unomi-02"]
    pool = {
        n: [f"qtp{1422628821 + i * 7919}-{k}" for k in r.sample(range(90, 260), 36)]
        for i, n in enumerate(nodes)
    }

    def L(
        node: str,
        t: datetime,
        lvl: str,
        who: tuple[str, str],
        label: str,
        msg: str,
        stack: list[str] | None = None,
        thread: str = "",
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        th = thread or r.choice(pool[node])
        return fs.add(
            f"{node}-karaf.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S},{ms3(x)} | {lvl:<5} | {th[-16:]:<16} | {who[0][-32:]:<32} | {who[1]} | {msg}",
                *(stack or []),
            ],
            node,
            MS,
        )

    def up(node: str, t: datetime) -> bool:
        return not (node == "unomi-02" and in_span(t, UN_RESTART))

    schema_paths = [
        "$.source.properties",
        "$.source.itemId, $.source.itemType, $.source.scope, $.source.properties",
    ]

    # the tracker release of 07:10 sends `view` events with a source the schema does not allow
    for node in nodes:
        for t in poisson(r, UN_TRACKER_BAD[0], UN_TRACKER_BAD[1], 19.5):
            if not up(node, t):
                continue
            th = r.choice(pool[node])
            if node == "unomi-01" and in_span(t, UN_DEBUG):
                t = L(
                    node,
                    t,
                    "DEBUG",
                    UN_SCHEMA,
                    "Schema validation found %s errors while validating against schema: %s",
                    "Schema validation found 2 errors while validating against schema: https://unomi.apache.org/schemas/json/events/view/1-0-0",
                    thread=th,
                )
                for p in schema_paths:
                    t = L(
                        node,
                        t + sec(r.uniform(0.001, 0.01)),
                        "DEBUG",
                        UN_SCHEMA,
                        "Validation error: %s",
                        f"Validation error: There are unevaluated properties at following paths {p}",
                        thread=th,
                    )
            L(
                node,
                t + sec(r.uniform(0.001, 0.004)),
                "ERROR",
                UN_HTTP,
                'An event was rejected - switch to DEBUG log level for more information OR test the payload of your event against the "validateEvent" endpoint.',
                'An event was rejected - switch to DEBUG log level for more information OR test the payload of your event against the "validateEvent" endpoint.',
                thread=th,
            )

    # the CRM's server-side integration: updateProperties events with a wrong property type
    for node in nodes:
        for t in poisson(r, T0, T_END, 330):
            if not up(node, t):
                continue
            th = r.choice(pool[node])
            if node == "unomi-01" and in_span(t, UN_DEBUG):
                t = L(
                    node,
                    t,
                    "DEBUG",
                    UN_SCHEMA,
                    "Schema validation found %s errors while validating against schema: %s",
                    "Schema validation found 1 errors while validating against schema: https://unomi.apache.org/schemas/json/events/updateProperties/1-0-0",
                    thread=th,
                )
                t = L(
                    node,
                    t + sec(r.uniform(0.001, 0.01)),
                    "DEBUG",
                    UN_SCHEMA,
                    "Validation error: %s",
                    "Validation error: $.properties.update.properties.age: string found, integer expected",
                    thread=th,
                )
            L(
                node,
                t + sec(r.uniform(0.001, 0.004)),
                "WARN",
                UN_REST,
                "Event is not valid : %s",
                "Event is not valid : updateProperties",
                thread=th,
            )

    # a partner's server sending login events it is not allowed to send
    for node in nodes:
        for t in poisson(r, T0, T_END, 104):
            if up(node, t):
                L(
                    node,
                    t,
                    "WARN",
                    UN_REST,
                    "Event is not allowed : %s",
                    "Event is not allowed : login",
                )

    # the mobile team testing events of a type with no schema against validateEvents
    for t in poisson(r, UN_VALIDATE[0], UN_VALIDATE[1], 75):
        L(
            "unomi-01",
            t,
            "WARN",
            UN_SCHEMA,
            "An error occurred during the validation of your event - switch to DEBUG log level for more information.",
            "An error occurred during the validation of your event - switch to DEBUG log level for more information.",
        )

    # Elasticsearch's disks over the flood-stage watermark: the event indices read-only
    es_exc = "org.elasticsearch.ElasticsearchStatusException: Elasticsearch exception [type=cluster_block_exception, reason=index [context-event-000012] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];]"
    for node in nodes:
        for t in poisson(r, UN_ES_DOWN[0], UN_ES_DOWN[1], 16):
            th = r.choice(pool[node])
            t = L(
                node,
                t,
                "ERROR",
                UN_PERSIST,
                "Error while executing in class loader",
                "Error while executing in class loader",
                [es_exc, *UN_ES_STACK],
                thread=th,
            )
            n = r.randint(1, 4)
            L(
                node,
                t + sec(r.uniform(0.001, 0.005)),
                "ERROR",
                UN_REST,
                "Error processing events. Total number of processed events: %s/%s",
                f"Error processing events. Total number of processed events: {r.randint(0, n - 1)}/{n}",
                thread=th,
            )

    # unomi-02 restarted for a new heap size
    node = "unomi-02"
    t = L(
        node,
        UN_RESTART[0],
        "INFO",
        UN_KARAF,
        "Karaf shutdown socket: received shutdown command. Stopping framework...",
        "Karaf shutdown socket: received shutdown command. Stopping framework...",
        thread="Karaf Shutdown Socket Thread",
    )
    t = at(11, 30, 48.2)
    t = L(
        node,
        t,
        "INFO",
        UN_JETTY,
        "jetty-%s; built: %s; git: %s; jvm %s",
        "jetty-9.4.54.v20240208; built: 2024-02-08T19:42:39.027Z; git: cef3fbd6d736a21e7d541a5db490381d95a2047d; jvm 11.0.23+9",
        thread="paxweb-config-1-thread-1",
    )
    t = L(
        node,
        t + sec(0.06),
        "INFO",
        UN_JETTYC,
        "Started %s",
        "Started default@3c2b8a0b{HTTP/1.1, (http/1.1)}{0.0.0.0:8181}",
        thread="paxweb-config-1-thread-1",
    )
    t = L(
        node,
        t + sec(0.02),
        "INFO",
        UN_JETTY,
        "Started @%sms",
        "Started @9418ms",
        thread="paxweb-config-1-thread-1",
    )
    t = L(
        node,
        t + sec(22.6),
        "INFO",
        UN_KARAF,
        "Karaf started in %ss. Bundle stats: %s active, %s total",
        "Karaf started in 31s. Bundle stats: 331 active, 331 total",
        thread="FelixStartLevel",
    )
    t = UN_RESTART[1] + sec(58.3)
    for label, msg in [
        (
            "Purging: Profile with no visits since %s days",
            "Purging: Profile with no visits since 180 days",
        ),
        (
            "Purging: Profile created since more than %s days",
            "Purging: Profile created since more than 365 days",
        ),
        (
            "Purging: Sessions created since more than %s days",
            "Purging: Sessions created since more than 60 days",
        ),
        (
            "Purging: Events created since more than %s days",
            "Purging: Events created since more than 90 days",
        ),
    ]:
        t = L(
            node,
            t + sec(r.uniform(0.2, 1.8)),
            "INFO",
            UN_PROFILE,
            label,
            msg,
            thread="profile-purge-task-1",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ jahia

JA_ACT = "org.jahia.bundles.extender.jahiamodules.Activator"
JA_VERSION = "8.1.6.0"
# (module id, Bundle-Name, version)
JA_MODULES = [
    ("default", "Jahia Default Components", "8.1.6"),
    ("jquery", "jQuery", "3.6.1"),
    ("font-awesome", "Font Awesome", "6.1.3"),
    ("bootstrap3-core", "Bootstrap 3 Core", "4.3.0"),
    ("bootstrap5-core", "Bootstrap 5 Core", "1.4.1"),
    ("graphql-dxm-provider", "Jahia GraphQL Core Provider", "2.19.1"),
    ("app-shell", "Jahia App Shell", "2.9.0"),
    ("moonstone", "Moonstone", "2.10.2"),
    ("jcontent", "jContent", "2.13.0"),
    ("content-editor", "Jahia Content Editor", "4.6.0"),
    ("jahia-dashboard", "Jahia Dashboard", "1.9.0"),
    ("jahia-administration", "Jahia Administration", "1.8.0"),
    ("serverSettings", "Jahia Server Settings", "9.5.0"),
    ("siteSettings", "Jahia Site Settings", "9.3.0"),
    ("site-settings-seo", "Jahia Site Settings - SEO", "5.2.0"),
    ("sitemap", "Jahia Sitemap", "4.3.0"),
    ("tasks", "Jahia Tasks", "3.5.0"),
    ("security-filter", "Jahia Security Filter", "3.3.1"),
    ("personal-api-tokens", "Jahia Personal API Tokens", "1.4.0"),
    ("jahia-csrf-guard", "Jahia CSRF Guard", "4.2.0"),
    ("user-password-authentication", "User Password Authentication", "1.2.0"),
    ("brute-force-login-protection", "Brute Force Login Protection", "1.1.0"),
    ("server-availability-manager", "Jahia Server Availability Manager", "2.5.0"),
    ("client-cache-control", "Jahia Client Cache Control", "2.1.0"),
    ("html-filtering", "Jahia HTML Filtering", "9.2.0"),
    ("richtext-ckeditor5", "Rich Text CKEditor 5", "1.3.0"),
    ("content-revision-history", "Content Revision History", "1.1.1"),
    ("jcrestapi", "Jahia JCR REST API", "3.3.0"),
    ("external-provider", "Jahia External Provider", "4.4.0"),
    ("database-connector", "Database Connector", "1.6.0"),
    ("elasticsearch-connector", "Elasticsearch Connector", "3.3.0"),
    ("augmented-search", "Augmented Search", "3.7.0"),
    ("content-reports", "Jahia Content Reports", "3.3.0"),
    ("module-manager", "Jahia Module Manager", "2.8.0"),
    ("multisite-manager", "Jahia Multisite Manager", "1.0.2"),
    ("permalink-generator", "Permalink Generator", "1.3.0"),
    ("jahia-oauth", "Jahia OAuth", "3.4.0"),
    ("mfa-core", "Jahia MFA Core", "1.2.0"),
    ("mfa-totp-factor", "Jahia MFA TOTP Factor", "1.1.0"),
    ("translation-deepl", "Translation DeepL", "2.1.0"),
    ("channels", "Jahia Channels", "8.1.6"),
    ("contentRetrieval", "Jahia Content Retrieval", "3.4.0"),
    ("dx-base-demo-core", "Digitall Core", "3.2.0"),
    ("event", "Jahia Event", "3.2.0"),
    ("forms-core", "Jahia Forms Core", "3.6.0"),
    ("jahia-user-menu", "Jahia User Menu", "1.3.0"),
    ("jcr-auth-provider", "Jahia JCR Authentication Provider", "1.1.0"),
    ("ldap", "Jahia LDAP Provider", "4.5.0"),
    ("location", "Jahia Location", "3.3.0"),
    ("news", "Jahia News", "3.4.0"),
    ("person", "Jahia Person", "3.2.0"),
    ("qa-module", "Jahia QA", "3.1.0"),
    ("rating", "Jahia Rating", "3.2.0"),
    ("search", "Jahia Search", "3.4.0"),
    ("seo", "Jahia SEO", "4.2.0"),
    ("skins", "Jahia Skins", "8.1.6"),
    ("templates-system", "Jahia Templates System", "8.1.6"),
    ("topstories", "Jahia Top Stories", "3.2.0"),
    ("acme-templates", "ACME Templates", "5.0.3"),
    ("acme-components", "ACME Components", "2.3.2"),
]
JA_UPGRADED = {"jcontent": "2.14.0", "content-editor": "4.7.1", "graphql-dxm-provider": "2.20.0"}
JA_NODES = ["jahia-pr-01", "jahia-br-01", "jahia-br-02"]
JA_CND_STACK = frames(
    "org.jahia.services.content.nodetypes.JahiaCndReader.doParse(JahiaCndReader.java:239)",
    "org.jahia.services.content.nodetypes.JahiaCndReader.parse(JahiaCndReader.java:182)",
    "org.jahia.services.content.nodetypes.NodeTypeRegistry.addDefinitionsFile(NodeTypeRegistry.java:241)",
    "org.jahia.bundles.extender.jahiamodules.CndBundleObserver.addingEntries(CndBundleObserver.java:115)",
    "org.jahia.bundles.extender.jahiamodules.Activator.parseBundle(Activator.java:612)",
    "org.jahia.bundles.extender.jahiamodules.Activator.install(Activator.java:437)",
    "org.jahia.bundles.extender.jahiamodules.Activator.access$300(Activator.java:114)",
    "org.jahia.bundles.extender.jahiamodules.Activator$1.bundleChanged(Activator.java:241)",
    "org.apache.felix.framework.EventDispatcher.invokeBundleListenerCallback(EventDispatcher.java:915)",
    "org.apache.felix.framework.EventDispatcher.fireEventImmediately(EventDispatcher.java:834)",
    "org.apache.felix.framework.EventDispatcher.fireBundleEvent(EventDispatcher.java:516)",
    "org.apache.felix.framework.Felix.fireBundleEvent(Felix.java:4633)",
    "org.apache.felix.framework.Felix.installBundle(Felix.java:3252)",
)
JA_IMPORT_STACK = frames(
    "org.apache.jackrabbit.core.NodeImpl.internalAddChildNode(NodeImpl.java:780)",
    "org.apache.jackrabbit.core.NodeImpl.internalAddNode(NodeImpl.java:745)",
    "org.apache.jackrabbit.core.NodeImpl.addNodeWithUuid(NodeImpl.java:1783)",
    "org.jahia.services.content.JCRNodeWrapperImpl.addNode(JCRNodeWrapperImpl.java:617)",
    "org.jahia.services.importexport.DocumentViewImportHandler.startElement(DocumentViewImportHandler.java:442)",
    "org.jahia.services.importexport.ImportExportBaseService.importXML(ImportExportBaseService.java:1932)",
    "org.jahia.services.templates.TemplatePackageDeployer.initializeModuleContent(TemplatePackageDeployer.java:295)",
    "org.jahia.bundles.extender.jahiamodules.Activator$3.doInJCR(Activator.java:640)",
    "org.jahia.services.content.JCRTemplate.doExecute(JCRTemplate.java:196)",
    "org.jahia.bundles.extender.jahiamodules.Activator.parseBundle(Activator.java:637)",
)


def jahia(r: random.Random) -> list[Log]:
    """A processing node and two browsing nodes, each its jahia.log."""
    fs = Files()
    ids: dict[tuple[str, str, str], int] = {}
    next_id = {n: 180 for n in JA_NODES}
    version = {n: {m: v for m, _, v in JA_MODULES} for n in JA_NODES}
    bname = {m: b for m, b, _ in JA_MODULES}

    def bid(node: str, mod: str, ver: str) -> int:
        key = (node, mod, ver)
        if key not in ids:
            ids[key] = next_id[node]
            next_id[node] += 1
        return ids[key]

    for n in JA_NODES:
        for m, _, v in JA_MODULES:
            bid(n, m, v)

    def disp(node: str, mod: str, ver: str) -> str:
        return f"{bname[mod]} [{bid(node, mod, ver)}]"

    def L(
        node: str,
        t: datetime,
        lvl: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        return fs.add(
            f"{node}-jahia.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)}: {lvl:<5} [{thread}] {logger}: {msg}",
                *(stack or []),
            ],
            node,
            MS,
        )

    def start_module(node: str, t: datetime, th: str, mod: str, ver: str) -> datetime:
        t = L(
            node,
            t,
            "INFO",
            th,
            JA_ACT,
            "--- Start Jahia OSGi bundle %s --",
            f"--- Start Jahia OSGi bundle {disp(node, mod, ver)} --",
        )
        took = int(r.lognormvariate(4.6, 1.0))
        t = L(
            node,
            t + sec(took / 1000),
            "INFO",
            th,
            JA_ACT,
            "--- Finished starting Jahia OSGi bundle %s in %sms --",
            f"--- Finished starting Jahia OSGi bundle {disp(node, mod, ver)} in {took}ms --",
        )
        return t + sec(r.uniform(0.002, 0.03))

    def parse(node: str, t: datetime, th: str, mod: str, ver: str) -> datetime:
        t = L(
            node,
            t,
            "INFO",
            th,
            JA_ACT,
            "--- Parsing Jahia OSGi bundle %s v%s --",
            f"--- Parsing Jahia OSGi bundle {mod} v{ver} --",
        )
        return L(
            node,
            t + sec(r.uniform(0.004, 0.12)),
            "INFO",
            th,
            JA_ACT,
            "--- Done parsing Jahia OSGi bundle %s v%s --",
            f"--- Done parsing Jahia OSGi bundle {mod} v{ver} --",
        )

    def install(
        node: str, t: datetime, th: str, mod: str, ver: str, import_error: bool = False
    ) -> datetime:
        t = L(
            node,
            t,
            "INFO",
            th,
            JA_ACT,
            "--- Installing Jahia OSGi bundle %s v%s --",
            f"--- Installing Jahia OSGi bundle {mod} v{ver} --",
        )
        t += sec(r.uniform(0.2, 2.5))
        if import_error:
            t = L(
                node,
                t,
                "ERROR",
                th,
                JA_ACT,
                "Error while initializing module content for module %s",
                f"Error while initializing module content for module {bname[mod]} ({mod} {ver})",
                [
                    "javax.jcr.ItemExistsException: Node with the same UUID exists:node /modules/acme-components/2.4.1/templates/base/acme-footer",
                    *JA_IMPORT_STACK,
                ],
            )
        return L(
            node,
            t + sec(r.uniform(0.01, 0.2)),
            "INFO",
            th,
            JA_ACT,
            "--- Done installing Jahia OSGi bundle %s v%s --",
            f"--- Done installing Jahia OSGi bundle {mod} v{ver} --",
        )

    def replace(node: str, t: datetime, th: str, mod: str, old: str, new: str) -> datetime:
        t = L(
            node,
            t,
            "INFO",
            th,
            JA_ACT,
            "Stopping module %s before activating %s...",
            f"Stopping module {disp(node, mod, old)} before activating {disp(node, mod, new)}...",
        )
        version[node][mod] = new
        return start_module(node, t + sec(r.uniform(0.1, 0.6)), th, mod, new)

    def stop(node: str, t: datetime) -> datetime:
        return L(
            node,
            t,
            "INFO",
            "Thread-3",
            JA_ACT,
            "== Jahia Extender stopped in %sms ============================================================== ",
            f"== Jahia Extender stopped in {r.randint(2400, 9800)}ms ============================================================== ",
        )

    def boot(node: str, t: datetime, upgrade: bool) -> datetime:
        t = L(
            node,
            t,
            "INFO",
            "main",
            "org.apache.jackrabbit.core.RepositoryImpl",
            "Starting repository...",
            "Starting repository...",
        )
        took = r.randint(3100, 7900)
        t = L(
            node,
            t + sec(took / 1000),
            "INFO",
            "main",
            "org.apache.jackrabbit.core.RepositoryImpl",
            "Repository started (%sms)",
            f"Repository started ({took}ms)",
        )
        took = r.randint(21000, 38000)
        t = L(
            node,
            t + sec(took / 1000 - 8),
            "INFO",
            "main",
            "org.springframework.web.context.ContextLoader",
            "Root WebApplicationContext: initialization completed in %s ms",
            f"Root WebApplicationContext: initialization completed in {took} ms",
        )
        for sched in ("JahiaQuartzScheduler", "JahiaRamScheduler"):
            t = L(
                node,
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                "main",
                "org.quartz.core.QuartzScheduler",
                "Scheduler %s started.",
                f"Scheduler {sched}_$_{node}{int(t.timestamp() * 1000)} started.",
            )
        t += sec(r.uniform(2, 5))
        th = "FelixStartLevel"
        for mod, _, _ in JA_MODULES:
            ver = version[node][mod]
            new = JA_UPGRADED.get(mod) if upgrade else None
            t = parse(node, t + sec(r.uniform(0.01, 0.1)), th, mod, ver)
            if new:
                t = parse(node, t + sec(r.uniform(0.01, 0.1)), th, mod, new)
                t = install(node, t + sec(r.uniform(0.01, 0.1)), th, mod, new)
            t = start_module(node, t, th, mod, ver)
            if new:
                t = replace(node, t, th, mod, ver, new)
        return t

    # the module release, rolled out one node at a time, the processing node last
    for node, t0 in [
        ("jahia-br-01", at(6, 10, 4)),
        ("jahia-br-02", at(6, 25, 31)),
        ("jahia-pr-01", at(6, 40, 12)),
    ]:
        stop(node, t0)
        boot(node, t0 + sec(r.uniform(35, 55)), True)

    # a browsing node restarted after a long GC pause
    stop("jahia-br-02", at(8, 52, 37))
    boot("jahia-br-02", at(8, 53, 21), False)

    # the old versions removed from every node
    for node in JA_NODES:
        t = at(7, 31, 5) + sec(r.uniform(0, 2))
        for mod, _, ver in JA_MODULES:
            if mod in JA_UPGRADED:
                th = "http-nio-8080-exec-4" if node == "jahia-pr-01" else "FelixDispatchQueue"
                t = L(
                    node,
                    t,
                    "INFO",
                    th,
                    JA_ACT,
                    "--- Uninstalling Jahia OSGi bundle %s --",
                    f"--- Uninstalling Jahia OSGi bundle {disp(node, mod, ver)} --",
                )
                took = r.randint(80, 900)
                t = L(
                    node,
                    t + sec(took / 1000),
                    "INFO",
                    th,
                    JA_ACT,
                    "--- Finished uninstalling Jahia OSGi bundle %s in %sms --",
                    f"--- Finished uninstalling Jahia OSGi bundle {disp(node, mod, ver)} in {took}ms --",
                ) + sec(r.uniform(0.1, 0.5))

    def deploy(t: datetime, mod: str, ver: str, cnd_error: bool) -> None:
        for node in JA_NODES:
            th = "http-nio-8080-exec-7" if node == "jahia-pr-01" else "FelixDispatchQueue"
            tt = t + sec(0 if node == "jahia-pr-01" else r.uniform(1.5, 4))
            tt = L(
                node,
                tt,
                "INFO",
                th,
                JA_ACT,
                "--- Parsing Jahia OSGi bundle %s v%s --",
                f"--- Parsing Jahia OSGi bundle {mod} v{ver} --",
            )
            if cnd_error:
                L(
                    node,
                    tt + sec(r.uniform(0.05, 0.2)),
                    "ERROR",
                    th,
                    JA_ACT,
                    "--- Error parsing definitions for Jahia OSGi bundle %s v%s",
                    f"--- Error parsing definitions for Jahia OSGi bundle {mod} v{ver}",
                    [
                        f"org.jahia.services.content.nodetypes.ParseException: Unknown supertype acmemix:seoSettings, in /{mod}/META-INF/definitions.cnd: 57:1",
                        *JA_CND_STACK,
                    ],
                )
                continue
            tt = L(
                node,
                tt + sec(r.uniform(0.05, 0.2)),
                "INFO",
                th,
                JA_ACT,
                "--- Done parsing Jahia OSGi bundle %s v%s --",
                f"--- Done parsing Jahia OSGi bundle {mod} v{ver} --",
            )
            tt = install(node, tt + sec(0.01), th, mod, ver, import_error=node == "jahia-pr-01")
            replace(node, tt + sec(r.uniform(0.3, 1.0)), th, mod, version[node][mod], ver)

    deploy(at(9, 31, 44), "acme-components", "2.4.0", True)
    deploy(at(10, 6, 2), "acme-components", "2.4.1", False)

    # a module built for Jahia 8.2 uploaded by mistake
    for node in JA_NODES:
        th = "http-nio-8080-exec-2" if node == "jahia-pr-01" else "FelixDispatchQueue"
        L(
            node,
            at(10, 41, 17) + sec(r.uniform(0, 3)),
            "ERROR",
            th,
            JA_ACT,
            "Error while reading module, required version (%s) is higher than your Jahia version (%s)",
            f"Error while reading module, required version (8.2.0.0) is higher than your Jahia version ({JA_VERSION})",
        )

    # acme-components 2.3.2 removed
    for node in JA_NODES:
        th = "http-nio-8080-exec-9" if node == "jahia-pr-01" else "FelixDispatchQueue"
        t = at(10, 55, 40) + sec(r.uniform(0, 3))
        t = L(
            node,
            t,
            "INFO",
            th,
            JA_ACT,
            "--- Uninstalling Jahia OSGi bundle %s --",
            f"--- Uninstalling Jahia OSGi bundle {disp(node, 'acme-components', '2.3.2')} --",
        )
        if node == "jahia-br-02":
            t = L(
                node,
                t + sec(0.3),
                "WARN",
                th,
                JA_ACT,
                "Unable to delete file for uninstalled bundle %s",
                "Unable to delete file for uninstalled bundle /var/jahia/modules/acme-components-2.3.2.jar",
            )
        took = r.randint(150, 700)
        L(
            node,
            t + sec(took / 1000),
            "INFO",
            th,
            JA_ACT,
            "--- Finished uninstalling Jahia OSGi bundle %s in %sms --",
            f"--- Finished uninstalling Jahia OSGi bundle {disp(node, 'acme-components', '2.3.2')} in {took}ms --",
        )

    # the processing node restarted after its heap filled up
    stop("jahia-pr-01", at(11, 20, 9))
    boot("jahia-pr-01", at(11, 21, 2), False)

    # ACME's sync job sharing one JCR session between its threads
    ops = [
        "session.save()",
        "node.setProperty(acme:lastSync)",
        "node.addNode(acme:syncEntry)",
        "item.remove()",
    ]
    for t in poisson(r, T0, T_END, 95):
        if in_span(t, (at(6, 40), at(6, 44))) or in_span(t, (at(11, 20), at(11, 25))):
            continue
        L(
            "jahia-pr-01",
            t,
            "WARN",
            f"pool-14-thread-{r.randint(1, 4)}",
            "org.apache.jackrabbit.core.session.SessionState",
            "Attempt to perform %s while another thread is concurrently writing to %s. Blocking until the other thread is finished using this session. Please review your code to avoid concurrent use of sessions.",
            f"Attempt to perform {r.choice(ops)} while another thread is concurrently writing to session-acme-sync-{r.choice([117, 118])}. Blocking until the other thread is finished using this session. Please review your code to avoid concurrent use of sessions.",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- crafter-cms

CR_BANNER = "============================================================"
CR_REMOTE = (
    "ssh://crafter@authoring.acme.internal:2222/opt/crafter/data/repos/sites/{site}/published"
)
CR_LOCAL = "/opt/crafter/data/repos/sites/{site}"
CR_OUTAGE = (at(8, 40, 30), at(9, 5, 10))
CR_REINDEX = (at(9, 30, 0), at(9, 37, 24))
CR_CORRUPT = at(10, 15)
CR_NEW_SITE = at(10, 31, 47)
CR_RESTART = (at(11, 0, 5.4), at(11, 1, 3.3))
CR_CRON = "0 */5 * * * *"
CR_PULL_STACK = frames(
    "org.craftercms.deployer.impl.processors.git.GitPullProcessor.doPull(GitPullProcessor.java:131)",
    "org.craftercms.deployer.impl.processors.git.GitPullProcessor.doMainProcess(GitPullProcessor.java:99)",
    "org.craftercms.deployer.impl.processors.AbstractMainDeploymentProcessor.doExecute(AbstractMainDeploymentProcessor.java:62)",
    "org.craftercms.deployer.impl.processors.AbstractDeploymentProcessor.execute(AbstractDeploymentProcessor.java:158)",
    "org.craftercms.deployer.impl.DeploymentPipelineImpl.execute(DeploymentPipelineImpl.java:53)",
    "org.craftercms.deployer.impl.TargetImpl$DeploymentTask.run(TargetImpl.java:371)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
)
CR_PULL_CAUSE = [
    "Caused by: org.eclipse.jgit.api.errors.TransportException: ssh://crafter@authoring.acme.internal:2222/opt/crafter/data/repos/sites/editorial/published: Connection refused",
    *frames(
        "org.eclipse.jgit.api.FetchCommand.call(FetchCommand.java:249)",
        "org.eclipse.jgit.api.PullCommand.call(PullCommand.java:266)",
        "org.craftercms.commons.git.utils.GitUtils.pull(GitUtils.java:139)",
        "org.craftercms.deployer.impl.processors.git.GitPullProcessor.doPull(GitPullProcessor.java:112)",
    ),
    "\t... 8 common frames omitted",
    "Caused by: org.eclipse.jgit.errors.TransportException: ssh://crafter@authoring.acme.internal:2222/opt/crafter/data/repos/sites/editorial/published: Connection refused",
    *frames(
        "org.eclipse.jgit.transport.sshd.SshdSessionFactory.getSession(SshdSessionFactory.java:257)",
        "org.eclipse.jgit.transport.sshd.SshdSessionFactory.getSession(SshdSessionFactory.java:1)",
        "org.eclipse.jgit.transport.SshTransport.getSession(SshTransport.java:107)",
    ),
    "\t... 11 common frames omitted",
]


def crafter(r: random.Random) -> list[Log]:
    """Two delivery nodes' Crafter Deployer logs (logs/deployer/crafter-deployer.log)."""
    fs = Files()
    nodes = ["delivery-1", "delivery-2"]
    busy: dict[tuple[str, str], datetime] = {}

    def L(
        node: str,
        t: datetime,
        lvl: str,
        thread: str,
        target: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        return fs.add(
            f"{node}-crafter-deployer.log",
            t,
            label,
            lambda x: [
                f"[{lvl}] {x:%Y-%m-%dT%H:%M:%S},{ms3(x)} [{thread}] [{target}] | {msg}",
                *(stack or []),
            ],
            node,
            MS,
        )

    def proc_start(node: str, t: datetime, th: str, tid: str, name: str) -> datetime:
        return L(
            node,
            t,
            "INFO",
            th,
            tid,
            "========== Start of '%s' for target '%s' ==========",
            f"========== Start of '{name}' for target '{tid}' ==========",
        )

    def proc_end(node: str, t: datetime, th: str, tid: str, name: str) -> datetime:
        return L(
            node,
            t,
            "INFO",
            th,
            tid,
            "=========== End of '%s' for target '%s' ===========",
            f"=========== End of '{name}' for target '{tid}' ===========",
        )

    def deployment(
        node: str, t: datetime, site: str, changes: int, first: bool = False
    ) -> datetime:
        tid = f"{site}-default"
        th = f"deployment-{r.randint(1, 4)}"
        remote, local = CR_REMOTE.format(site=site), CR_LOCAL.format(site=site)
        t0 = t
        t = L(node, t, "INFO", th, tid, CR_BANNER, CR_BANNER)
        t = L(
            node,
            t + sec(0.001),
            "INFO",
            th,
            tid,
            "Deployment for %s started",
            f"Deployment for {tid} started",
        )
        t = L(node, t + sec(0.001), "INFO", th, tid, CR_BANNER, CR_BANNER)
        t = proc_start(node, t + sec(r.uniform(0.001, 0.004)), th, tid, "gitPullProcessor")
        failed = False
        if first:
            t = L(
                node,
                t + sec(0.01),
                "INFO",
                th,
                tid,
                "Cloning Git remote repository %s into %s",
                f"Cloning Git remote repository {remote} into {local}",
            )
            t = L(
                node,
                t + sec(r.uniform(1.5, 4.0)),
                "INFO",
                th,
                tid,
                "Successfully cloned Git remote repository %s into %s",
                f"Successfully cloned Git remote repository {remote} into {local}",
            )
        else:
            t = L(
                node,
                t + sec(r.uniform(0.002, 0.01)),
                "INFO",
                th,
                tid,
                "Executing git pull for repository %s...",
                f"Executing git pull for repository {local}...",
            )
            if in_span(t, CR_OUTAGE):
                t = L(
                    node,
                    t + sec(r.uniform(0.01, 0.05)),
                    "ERROR",
                    th,
                    tid,
                    "Processor '%s' for target '%s' failed",
                    f"Processor 'gitPullProcessor' for target '{tid}' failed",
                    [
                        "org.craftercms.deployer.api.exceptions.DeployerException: Execution of git pull failed:",
                        *CR_PULL_STACK,
                        *[x.replace("editorial", site) for x in CR_PULL_CAUSE],
                    ],
                )
                failed = True
            elif (
                node == "delivery-2"
                and site == "editorial"
                and CR_CORRUPT <= t < CR_CORRUPT + sec(300)
            ):
                t = L(
                    node,
                    t + sec(r.uniform(0.01, 0.05)),
                    "WARN",
                    th,
                    tid,
                    "The local repository %s is corrupt, trying to fix it",
                    f"The local repository {local} is corrupt, trying to fix it",
                )
                t = L(
                    node,
                    t + sec(r.uniform(0.01, 0.05)),
                    "INFO",
                    th,
                    tid,
                    "Corrupt index deleted from local repository %s",
                    f"Corrupt index deleted from local repository {local}",
                )
                changes = 0
            elif changes:
                t = L(
                    node,
                    t + sec(r.uniform(0.2, 0.9)),
                    "INFO",
                    th,
                    tid,
                    "Changes successfully pulled from remote repo %s into local repo %s (merge result with status %s)",
                    f"Changes successfully pulled from remote repo {remote} into local repo {local} (merge result with status {r.choice(['FAST_FORWARD', 'FAST_FORWARD', 'MERGED'])})",
                )
            else:
                t = L(
                    node,
                    t + sec(r.uniform(0.05, 0.3)),
                    "INFO",
                    th,
                    tid,
                    "Local repository %s up to date (no changes pulled from remote repo %s) (merge result with status %s)",
                    f"Local repository {local} up to date (no changes pulled from remote repo {remote}) (merge result with status ALREADY_UP_TO_DATE)",
                )
        t = proc_end(node, t + sec(0.001), th, tid, "gitPullProcessor")
        if not failed:
            t = proc_start(node, t + sec(0.001), th, tid, "gitDiffProcessor")
            t = proc_end(node, t + sec(r.uniform(0.005, 0.06)), th, tid, "gitDiffProcessor")
            if changes or first:
                t = proc_start(node, t + sec(0.001), th, tid, "searchIndexingProcessor")
                dur = r.uniform(4, 12) if first else r.uniform(0.3, 2.5) * max(1, changes / 5)
                if node == "delivery-1" and site == "editorial" and in_span(t, CR_REINDEX):
                    dur = (CR_REINDEX[1] - t).total_seconds()
                t = proc_end(node, t + sec(dur), th, tid, "searchIndexingProcessor")
                t = proc_start(node, t + sec(0.001), th, tid, "httpMethodCallProcessor")
                t = proc_end(
                    node, t + sec(r.uniform(0.05, 0.4)), th, tid, "httpMethodCallProcessor"
                )
        took = (t - t0).total_seconds() + r.uniform(0.001, 0.02)
        t = L(node, t + sec(0.002), "INFO", th, tid, CR_BANNER, CR_BANNER)
        t = L(
            node,
            t + sec(0.001),
            "INFO",
            th,
            tid,
            "Deployment for %s finished in %s secs",
            f"Deployment for {tid} finished in {took:.3f} secs",
        )
        t = L(node, t + sec(0.001), "INFO", th, tid, CR_BANNER, CR_BANNER)
        busy[(node, site)] = t
        return t

    def init_target(node: str, t: datetime, tid: str) -> datetime:
        th = (
            "main"
            if t < CR_RESTART[1] + sec(30) and t > CR_RESTART[0]
            else f"http-nio-9191-exec-{r.randint(1, 9)}"
        )
        for label in (
            "Executing init hooks for target '%s'",
            "Creating deployment pipeline for target '%s'",
            "Checking if deployments need to be scheduled for target '%s'",
        ):
            t = L(
                node,
                t + sec(r.uniform(0.002, 0.3)),
                "INFO",
                th,
                tid,
                label,
                label.replace("%s", tid),
            )
        return L(
            node,
            t + sec(r.uniform(0.002, 0.05)),
            "INFO",
            th,
            tid,
            "Deployments for target '%s' scheduled with cron %s",
            f"Deployments for target '{tid}' scheduled with cron {CR_CRON}",
        )

    # what Studio publishes: editorial all day, intranet from its creation
    publishes = {
        "editorial": [(t, r.randint(1, 14)) for t in poisson(r, T0, T_END, 1500)],
        "intranet": [(t, r.randint(1, 6)) for t in poisson(r, CR_NEW_SITE + sec(600), T_END, 1900)],
    }
    for node in nodes:
        sites = ["editorial"]
        tick = at(6, 0)
        while tick < T_END:
            if node == "delivery-2" and CR_RESTART[0] - sec(1) <= tick < CR_RESTART[1] + sec(20):
                tick += sec(300)
                continue
            for site in list(sites):
                t = tick + sec(r.uniform(0.001, 0.02))
                if busy.get((node, site), T0) > t:
                    L(
                        node,
                        t,
                        "INFO",
                        "scheduling-1",
                        "",
                        "Active deployment detected, skipping scheduled deployment for target %s",
                        f"Active deployment detected, skipping scheduled deployment for target {site}-default",
                    )
                    continue
                pending = [n for p, n in publishes[site] if tick - sec(300) <= p < tick]
                changes = sum(pending)
                if node == "delivery-1" and site == "editorial" and tick == CR_REINDEX[0]:
                    changes = 1800
                deployment(node, t, site, changes)
            if tick <= CR_NEW_SITE < tick + sec(300) and "intranet" not in sites:
                t = init_target(node, CR_NEW_SITE + sec(r.uniform(0.5, 3)), "intranet-default")
                deployment(node, t + sec(r.uniform(0.5, 1.5)), "intranet", 0, first=True)
                sites.append("intranet")
            tick += sec(300)

    # delivery-2 restarted for a JVM update
    node = "delivery-2"
    t = CR_RESTART[0]
    for tid in ("editorial-default", "intranet-default"):
        for label in (
            "Closing target '%s'...",
            "Stopping current and pending deployments for target '%s'",
            "Releasing resources for target '%s'",
        ):
            t = L(
                node,
                t + sec(r.uniform(0.001, 0.05)),
                "INFO",
                "SpringApplicationShutdownHook",
                tid,
                label,
                label.replace("%s", tid),
            )
    t = at(11, 0, 31.9)
    t = L(
        node,
        t,
        "INFO",
        "main",
        "",
        "Starting %s v%s using Java %s with PID %s (%s started by %s in %s)",
        "Starting Application v4.1.3 using Java 17.0.11 with PID 1 (/opt/crafter/bin/crafter-deployer/crafter-deployer.jar started by crafter in /opt/crafter/bin/crafter-deployer)",
    )
    t = L(
        node,
        t + sec(0.003),
        "INFO",
        "main",
        "",
        "No active profile set, falling back to %s default profile: %s",
        'No active profile set, falling back to 1 default profile: "default"',
    )
    t = L(
        node,
        t + sec(2.8),
        "INFO",
        "main",
        "",
        "Tomcat initialized with port %s (http)",
        "Tomcat initialized with port 9191 (http)",
    )
    t = L(
        node,
        t + sec(9.4),
        "INFO",
        "main",
        "",
        "Tomcat started on port %s (http) with context path '%s'",
        "Tomcat started on port 9191 (http) with context path ''",
    )
    t = L(
        node,
        t + sec(0.05),
        "INFO",
        "main",
        "",
        "Started %s in %s seconds (process running for %s)",
        "Started Application in 13.127 seconds (process running for 14.302)",
    )
    t = init_target(node, t + sec(0.4), "editorial-default")
    L(
        node,
        at(
            11,
            1,
            0,
        )
        + sec(0.004),
        "INFO",
        "scheduling-1",
        "",
        "The target is not ready yet for deployments (status %s)",
        "The target is not ready yet for deployments (status INIT_IN_PROGRESS)",
    )
    init_target(node, CR_RESTART[1] + sec(0.3), "intranet-default")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- wso2-mi

MI_LOG = "org.apache.synapse.mediators.builtin.LogMediator"
MI_EPC = "org.apache.synapse.endpoints.EndpointContext"
MI_ERP = "https://erp.acme.internal:8443/api/v2/orders"
MI_ERP_DOWN = (at(8, 0, 31), at(8, 24, 12))
MI_ERP_SLOW = (at(10, 30, 5), at(10, 49, 40))
MI_RESTART = (at(11, 20, 11), at(11, 21, 4))
MI_HOME = "/home/wso2carbon/wso2mi-4.2.0"
# (CAR, [(kind, name)])
MI_CARS = [
    (
        "AcmeCommonCompositeExporter_1.1.0",
        [
            ("Endpoint", "ErpOrderEP"),
            ("Endpoint", "WmsStockEP"),
            ("Sequence", "AcmeFaultSeq"),
            ("Sequence", "AuditLogSeq"),
        ],
    ),
    (
        "AcmeOrdersCompositeExporter_1.4.0",
        [
            ("Sequence", "OrderInSeq"),
            ("Sequence", "OrderOutSeq"),
            ("API", "OrdersAPI"),
            ("API", "OrderStatusAPI"),
        ],
    ),
    (
        "AcmeInventoryCompositeExporter_2.0.1",
        [
            ("Message Store", "InventoryStore"),
            ("Message Processor", "InventoryForwarder"),
            ("Proxy", "InventorySyncProxy"),
            ("Proxy", "StockLevelProxy"),
        ],
    ),
]


def wso2_mi(r: random.Random) -> list[Log]:
    """Two Micro Integrator nodes (repository/logs/wso2carbon.log)."""
    fs = Files()
    nodes = ["mi-1", "mi-2"]

    def L(
        node: str,
        t: datetime,
        lvl: str,
        logger: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
    ) -> datetime:
        if t < T0 or t >= T_END:
            return t
        return fs.add(
            f"{node}-wso2carbon.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S},{ms3(x)}] {lvl:>5} {{{logger}}} - {msg}",
                *(stack or []),
            ],
            node,
            MS,
        )

    def up(node: str, t: datetime) -> bool:
        return not (node == "mi-2" and MI_RESTART[0] - sec(5) <= t < MI_RESTART[1] + sec(3))

    def envelope(oid: int) -> str:
        return (
            "<?xml version='1.0' encoding='utf-8'?><soapenv:Envelope xmlns:soapenv=\"http://www.w3.org/2003/05/soap-envelope\"><soapenv:Body>"
            f"<jsonObject><orderId>{oid}</orderId><customer>C{r.randint(10000, 99999)}</customer><lines><sku>SKU-{r.randint(1000, 9999)}</sku><qty>{r.randint(1, 12)}</qty></lines></jsonObject>"
            "</soapenv:Body></soapenv:Envelope>"
        )

    def fault(node: str, t: datetime, oid: int, code: int, text: str, label_text: str) -> datetime:
        mid = f"urn:uuid:{uuid4(r)}"
        return L(
            node,
            t,
            " INFO",
            MI_LOG,
            f"To: %s, MessageID: %s, correlation_id: %s, Direction: %s, MESSAGE = Executing default 'fault' sequence, ERROR_CODE = %s, ERROR_MESSAGE = {label_text}, Envelope: %s",
            f"{{api:OrdersAPI}} To: /orders, MessageID: {mid}, correlation_id: {uuid4(r)}, Direction: request, MESSAGE = Executing default 'fault' sequence, ERROR_CODE = {code}, ERROR_MESSAGE = {text}, Envelope: {envelope(oid)}",
        )

    suspended_until = dict.fromkeys(nodes, T0)
    suspend_ms = dict.fromkeys(nodes, 0)
    recovered = dict.fromkeys(nodes, False)

    def epc(node: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return L(node, t, lvl, MI_EPC, label, msg)

    order_id = iter(range(480_000, 999_999, 3))
    for node in nodes:
        for t in poisson(r, T0, T_END, 47):
            if not up(node, t):
                continue
            oid = next(order_id)
            t = L(
                node,
                t,
                " INFO",
                MI_LOG,
                "message = Order received, orderId = %s, channel = %s",
                f"{{api:OrdersAPI}} message = Order received, orderId = {oid}, channel = {r.choice(['web', 'web', 'web', 'pos', 'edi'])}",
            )
            if in_span(t, MI_ERP_DOWN):
                if t < suspended_until[node]:
                    fault(
                        node,
                        t + sec(r.uniform(0.001, 0.004)),
                        oid,
                        303001,
                        "Currently , Address endpoint : [ Name : ErpOrderEP ] [ State : SUSPENDED ]",
                        "Currently , Address endpoint : [ Name : %s ] [ State : %s ]",
                    )
                    continue
                t = L(
                    node,
                    t + sec(r.uniform(0.002, 0.02)),
                    "ERROR",
                    "org.apache.synapse.transport.passthru.ConnectCallback",
                    "Connection refused or failed for : %s, error=%s",
                    "Connection refused or failed for : erp.acme.internal/10.20.4.17:8443, error=Connection refused",
                )
                t = epc(
                    node,
                    t + sec(0.001),
                    " WARN",
                    "Endpoint : %s with address %s will be marked SUSPENDED as it failed",
                    f"Endpoint : ErpOrderEP with address {MI_ERP} will be marked SUSPENDED as it failed",
                )
                last = suspend_ms[node]
                suspend_ms[node] = min(300_000, 30_000 if last == 0 else last * 2)
                suspended_until[node] = t + sec(suspend_ms[node] / 1000)
                t = epc(
                    node,
                    t + sec(0.001),
                    " WARN",
                    "Suspending endpoint : %s with address %s - last suspend duration was : %sms and current suspend duration is : %sms - Next retry after : %s",
                    f"Suspending endpoint : ErpOrderEP with address {MI_ERP} - last suspend duration was : {last}ms and current suspend duration is : {suspend_ms[node]}ms - Next retry after : {suspended_until[node]:%a %b %d %H:%M:%S} UTC 2024",
                )
                fault(
                    node,
                    t + sec(0.002),
                    oid,
                    101503,
                    "Error connecting to the back end",
                    "Error connecting to the back end",
                )
                continue
            if t >= MI_ERP_DOWN[1] and suspend_ms[node] and not recovered[node]:
                recovered[node] = True
                epc(
                    node,
                    t + sec(r.uniform(0.3, 0.8)),
                    " INFO",
                    "Endpoint : %s with address %s currently SUSPENDED : will be marked active since it processed its last message",
                    f"Endpoint : ErpOrderEP with address {MI_ERP} currently SUSPENDED : will be marked active since it processed its last message",
                )
            if in_span(t, MI_ERP_SLOW) and r.random() < 0.5:
                mid = f"urn:uuid:{uuid4(r)}"
                corr = uuid4(r)
                t2 = L(
                    node,
                    t + sec(30 + r.uniform(0.2, 1.0)),
                    " WARN",
                    "org.apache.synapse.core.axis2.TimeoutHandler",
                    "Expiring message ID : %s; dropping message after %s of : %s seconds for Endpoint [%s], URI : %s, Received through API : %s",
                    f"Expiring message ID : {mid}; dropping message after ENDPOINT_TIMEOUT of : 30 seconds for Endpoint [ErpOrderEP], URI : {MI_ERP}, Received through API : OrdersAPI",
                )
                fault(node, t2 + sec(0.002), oid, 101504, "Send timeout", "Send timeout")
                if r.random() < 0.7:
                    L(
                        node,
                        t2 + sec(r.uniform(2, 25)),
                        " WARN",
                        "org.apache.synapse.core.axis2.SynapseCallbackReceiver",
                        "Synapse received a response for the request with message Id : %s and correlation_id : %s But a callback is not registered (anymore) to process this response",
                        f"Synapse received a response for the request with message Id : {mid} and correlation_id : {corr} But a callback is not registered (anymore) to process this response",
                    )
                continue
            L(
                node,
                t + sec(r.uniform(0.15, 1.6) if not in_span(t, MI_ERP_SLOW) else r.uniform(4, 28)),
                " INFO",
                MI_LOG,
                "message = Order accepted by ERP, orderId = %s, erpRef = %s",
                f"{{api:OrdersAPI}} message = Order accepted by ERP, orderId = {oid}, erpRef = SO{r.randint(4000000, 4999999)}",
            )

    # the inventory forwarder on mi-1 retrying against the dead ERP, then deactivated
    t = MI_ERP_DOWN[0] + sec(4.2)
    tries = 0
    while t < MI_ERP_DOWN[1] and tries < 30:
        L(
            "mi-1",
            t,
            "ERROR",
            "org.apache.synapse.message.processor.impl.forwarder.ForwardingService",
            "BlockingMessageSender of message processor [%s] failed to send message to the endpoint",
            "BlockingMessageSender of message processor [InventoryForwarder] failed to send message to the endpoint",
        )
        tries += 1
        t += sec(30 + r.uniform(0, 0.05))
    L(
        "mi-1",
        t - sec(29.9),
        " INFO",
        "org.apache.synapse.message.processor.impl.ScheduledMessageProcessor",
        "Successfully deactivated the message processor [%s]",
        "Successfully deactivated the message processor [InventoryForwarder]",
    )

    # mi-2 restarted with a new keystore
    node = "mi-2"
    t = MI_RESTART[0] + sec(14.1)
    ts = int(t.timestamp() * 1000)
    for car, arts in MI_CARS:
        for kind, name in arts:
            path = f"{MI_HOME}/tmp/carbonapps/-1234/{ts}{car}.car/{name}_1.0.0/{name}-1.0.0.xml"
            t += sec(r.uniform(0.005, 0.06))
            if kind == "API":
                t = L(
                    node,
                    t,
                    " INFO",
                    "org.apache.synapse.api.API",
                    "Initializing API: %s",
                    f"Initializing API: {name}",
                )
                t = L(
                    node,
                    t + sec(0.002),
                    " INFO",
                    "org.apache.synapse.deployers.APIDeployer",
                    "API named '%s' has been deployed from file : %s",
                    f"API named '{name}' has been deployed from file : {path}",
                )
            elif kind == "Proxy":
                t = L(
                    node,
                    t,
                    " INFO",
                    "org.apache.synapse.core.axis2.ProxyService",
                    "Building Axis service for Proxy service : %s",
                    f"Building Axis service for Proxy service : {name}",
                )
                t = L(
                    node,
                    t + sec(0.003),
                    " INFO",
                    "org.apache.synapse.core.axis2.ProxyService",
                    "Adding service %s to the Axis2 configuration",
                    f"Adding service {name} to the Axis2 configuration",
                )
                t = L(
                    node,
                    t + sec(0.01),
                    " INFO",
                    "org.apache.synapse.core.axis2.ProxyService",
                    "Successfully created the Axis2 service for Proxy service : %s",
                    f"Successfully created the Axis2 service for Proxy service : {name}",
                )
                t = L(
                    node,
                    t + sec(0.002),
                    " INFO",
                    "org.apache.synapse.deployers.ProxyServiceDeployer",
                    "ProxyService named '%s' has been deployed from file : %s",
                    f"ProxyService named '{name}' has been deployed from file : {path}",
                )
            else:
                cls = {
                    "Endpoint": "EndpointDeployer",
                    "Sequence": "SequenceDeployer",
                    "Message Store": "MessageStoreDeployer",
                    "Message Processor": "MessageProcessorDeployer",
                }[kind]
                t = L(
                    node,
                    t,
                    " INFO",
                    f"org.apache.synapse.deployers.{cls}",
                    f"{kind} named '%s' has been deployed from file : %s",
                    f"{kind} named '{name}' has been deployed from file : {path}",
                )
        t = L(
            node,
            t + sec(r.uniform(0.01, 0.05)),
            " INFO",
            "org.wso2.micro.integrator.initializer.deployment.application.deployer.CappDeployer",
            "Successfully Deployed Carbon Application : %s {super-tenant}",
            f"Successfully Deployed Carbon Application : {car} {{super-tenant}}",
        )
    for proto, port in (("HTTP", 8290), ("HTTPS", 8253)):
        t = L(
            node,
            t + sec(r.uniform(0.05, 0.2)),
            " INFO",
            f"org.apache.synapse.transport.passthru.PassThrough{'Http' if proto == 'HTTP' else 'HttpSSL'}Listener",
            f"Starting Pass-through {proto} Listener...",
            f"Starting Pass-through {proto} Listener...",
        )
        t = L(
            node,
            t + sec(r.uniform(0.01, 0.05)),
            " INFO",
            f"org.apache.synapse.transport.passthru.PassThrough{'Http' if proto == 'HTTP' else 'HttpSSL'}Listener",
            f"Pass-through {proto} Listener started on %s",
            f"Pass-through {proto} Listener started on 0.0.0.0:{port}",
        )
    L(
        node,
        t + sec(0.4),
        " INFO",
        "org.wso2.micro.integrator.initializer.StartupFinalizer",
        "WSO2 Micro Integrator started in %s seconds",
        "WSO2 Micro Integrator started in 16.82 seconds",
    )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "syncope": syncope,
    "unomi": unomi,
    "wso2-mi": wso2_mi,
    "jahia": jahia,
    "crafter-cms": crafter,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
