#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 259 (uyuni, katello, rudder, choria, receptor) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five configuration-management and remote-execution
systems of one operations team, 06:00 to 12:00 on 2024-06-07. The brief's Ansible Runner is
replaced by Receptor, the mesh Ansible Runner's `worker` runs under in AWX: Ansible Runner logs
nothing of its own at its default verbosity (its stdout is ansible-playbook's, already the
`ansible` system, and its artifacts are JSON files), so a day of it could not be written with
fifteen formats.

- Uyuni 2024.05 (Spacewalk's successor) on one server, local time (+02:00):
  `rhn_taskomatic_daemon.log` (log4j2's `%d [%t] %-5p %c - %m%n`: `2024-06-07 06:00:00,016
  [DefaultQuartzScheduler_Worker-14] INFO  com.redhat.rhn.taskomatic.TaskoJob - errata-cache-default:
  bunch errata-cache-bunch STARTED`), `rhn_web_api.log` (the same layout under Tomcat's AJP
  threads) and one `/var/log/rhn/reposync/<channel>.log` per synced channel (rhnLog's
  `2024/06/07 07:30:01 +02:00 Command: [...]`). Taskomatic's bunches: `%s: bunch %s STARTED` /
  `FINISHED` for the queue bunches every minute (channel-repodata, errata-cache), auto-errata
  every five minutes, session-cleanup and mgr-forward-registration every fifteen, the hourly
  cleanups, minion action executors (`minion-action-executor-%d`) for actions scheduled from
  the UI, six channels' scheduled syncs from 07:30 (`repo-sync-1-%d`, `Syncing repos for
  channel: %s`) and two by hand through the API at 10:40 (the second `%s RESCHEDULED in %s
  seconds` while the first runs); the metadata regenerated in the next channel-repodata run
  after a sync brought packages (RpmRepositoryWriter's `File Modified Date:%s`, `Channel
  Modified Date:%s`, `Generating new repository metadata for channel '%s'(%s) %d packages, %d
  errata`, `Repository metadata generation for '%s' finished in %d seconds`); EPEL's moved
  repository failing (`ERROR: Cannot retrieve repository metadata (repomd.xml) for repository:
  %s. ...` in its reposync log, RepoSyncTask's `Command '%s' exited with error code %d: ...`);
  PostgreSQL restarted at 10:15 (Quartz's `Job %s threw an unhandled Exception: ` and `Job (%s
  threw an exception.` with Hibernate's JDBCConnectionException). The reposync logs: `Command:
  %s`, `Sync of channel started.`, `Repo URL: %s`, the counts (`    Packages in repo:
  %5d`, ...), `    %d/%d : %s` per downloaded package, empty messages, `  Errata in repo: %s.`,
  `  Importing comps file %s.` / `  Importing modules file %s.` for AlmaLinux, `Sync of channel
  completed in %s.`, `Total time: %s`. The API log: LoggingInvocationProcessor's `REQUESTED
  FROM: %s CALL: %s(%s) CALLER: (%s) TIME: %s seconds` for CI's patch report every 15 minutes,
  the monitoring's checks and an admin's scripts (login, look-ups, scheduleApplyErrata,
  syncRepo); two decommissioned systems asked for from 08:10 (BaseHandler's `Error calling
  method: ` with the InvocationTargetException, `Caused by: ` with the NoSuchSystemException,
  `Rolling back transaction`).
- Katello 4.13 with Candlepin 4.4 (org ACME, 170 content hosts checking in, simple content
  access): `candlepin.log` (logback's `%d{ISO8601} [thread=%thread]
  [%X{requestType}=%X{requestUuid}, org=%X{org}, csid=%X{csid}] %-5p %c - %m%n`, the org unset
  when the request line is written) and Foreman's `production.log` (`%d [%.1l|%.3c|%.8X{request}]
  %m`). rhsmcertd's check-ins through Katello's `/rhsm` proxy (Rails' `Started %s "%s" for %s
  at %s`, `Processing by %s#%s as %s`, `  Parameters: %s`, `Completed ...`) and Candlepin's
  LoggingFilter around each call (`Request: verb=%s, uri=%s`, `Response: status=%s,
  content-type="%s", time=%s`, 200, 202, 204, 410 for the hosts unregistered at 08:15, 500);
  Katello's own polling; virt-who's hourly reports from two vCenters and the Quartz cleanups as
  jobs (`Job queued: AsyncJobStatus [id: %s, name: %s, key: %s, state: %s]`, `Starting job "%s"
  using class: %s`, `Job "%s" completed in %sms`); 24 VMs registered at 08:02; the manifest
  refreshed at 09:34 (a Refresh Pools job, pool events); Katello's candlepin events (`candlepin
  event handled subject=%s entity_id=%s duration=%s`); PostgreSQL's failover at 10:07
  (Hibernate's `SQL Error: %s, SQLState: %s` and `An I/O error occurred while sending to the
  backend.`, 500s, `Job "%s" failed in %sms; retrying...` with its stack, the retry); Tomcat
  restarted at 11:05 (`Candlepin initializing context.`, `Candlepin reading configuration.`,
  `Candlepin context initialized.`) while the event daemon's monitor, every 15 seconds, cannot
  start the listener (`Error occurred while starting %s`, the error's message `Connection
  refused - connect(2) for %s port %d`, the backtrace as a message of its own).
- Rudder 8.1 root server, 180 nodes: the webapp's `2024_06_07.stderrout.log` (logback's
  `[%d{yyyy-MM-dd HH:mm:ssZ}] %-5level %logger - %msg%n`) and rudder-relayd's journal
  (`journalctl -o short-iso`, tracing's own time, level, spans and target after the ident). 159
  policy generations (the dynamic groups' update every five minutes, the CMDB's property sync
  every ten, the admins' changes, five "update policies" clicks): `Start policy generation,
  checking updated rules`, `Timing summary:` and its nine lines (`Fetch all information
  : %10s ms`, ..., `Number of nodes updated       : %10s   `), `Policy generation succeeded
  in: %10s` or `failed after`, `Successful policy update '%s' [started %s - ended %s]`; a
  directive needing a missing node property 10:18-10:41 (`Nodes in errors (%s): '%s'`, `Policy
  update error for process '%s' at %s: Generation ended but some nodes were in errors: %s`); a
  technique saved with an error (`Status of technique compilation has %s errors`); automatic
  generation switched off 11:00-11:30 (`Policy generation: Due to policy generation policy, no
  automatic policy generation was triggered `, a trailing space); inventories (`Inventory '%s'
  for node '%s' [%s] (signature:%s) processed in %s`). relayd: two deleted nodes still
  reporting (`refused: report from %s, unknown id` every five minutes), PostgreSQL restarted
  at 09:12 (`output error: pool error: timed out waiting for connection: could not connect to
  server: Connection refused` over three lines, `transient error, skipping`).
- Choria 0.28 (a broker and four servers' `/var/log/choria.log`: logrus's JSONFormatter,
  which Choria uses for a log file, keys sorted: `{"agent":"rpcutil","component":"server",
  "level":"info","msg":"Handling message ... for rpcutil#ping from choria=monitor.mcollective",
  "subsystem":"agents","time":"2024-06-07T06:00:03Z"}`). The monitoring's `rpcutil#ping` every
  minute and `puppet#last_run_summary` every five, four releases by the deploy bot, admins'
  requests (`Handling message %s for %s#%s from %s`), an unauthorised restart (`Denying %s
  access to %s#%s based on authorization policy for request %s`), an agent db01 lacks
  (`Received a message for agent %s that does not exist, discarding`); web02 upgraded at 07:05
  (`Choria Server version %s starting with config %s using protocol version %s`, `Attempting
  to connect to: %s`, `Denying agent %s based on agent deny list`, `Registering new agent %s of
  type %s`, `Subscribing agent %s to %s`); the broker upgraded at 09:20 (the servers'
  `NATS client connection got disconnected: %v`, `Sleeping %v till the next reconnection
  attempt`, `NATS client reconnected after a previous disconnection, connected to %s`; the
  broker's NATS lines: `Initiating Shutdown...`, `Server Exiting..`, `Starting nats-server`,
  the banner, `Listening for client connections on %s`, `Server is ready`); db01's certificate
  reissued by the wrong CA 10:40-10:55 (`Initial connection to the Broker failed on try %d:
  remote error: tls: bad certificate`, the broker's `TLS handshake error: tls: failed to verify
  certificate: x509: certificate signed by unknown authority` after NATS's client prefix).
- Receptor 1.4 on an AWX mesh (awx-ctrl, hop01, exec01, exec02, bcn-exec01 in Barcelona over a
  VPN; four logged): `awx-ctrl-awx-ee.log` (`podman logs` of the awx-ee container: Go's log
  with the level as prefix, `WARNING 2024/06/07 06:00:01 Could not read in control service:
  ...`) and the other nodes' journals (`journalctl -o short-iso`: `2024-06-07T07:10:33+00:00
  hop01 receptor[1187]: INFO 2024/06/07 07:10:33 Known Connections:`). Every routing change
  prints, on every node, `Known Connections:`, one `   %s: %s` per known node (its peers with
  their costs, `exec01(1.00) `, or none), `Routing Table:` and one `   %s via %s` per route;
  the VPN flapping 07:10-08:40 (`Backend receiving error read tcp %s->%s: ...` on both ends,
  `Backend connection exited (will retry)`, `Backend connection failed (will retry): dial tcp
  %s: i/o timeout` every 5 s growing to 20 s, `Connection established with %s`); exec01
  rebooted at 09:30 (`network is unreachable`, `Running control service %s`, `Initialization
  complete`); hop01 restarted at 10:05 (`connect: connection refused`); bcn-exec01's certificate
  expired 11:00-11:21 (`remote error: tls: expired certificate`); AWX's health checks'
  `Could not read in control service: read unix %s->%s: use of closed network connection`.

Label notes. The heads are context: log4j's and logback's date, thread, level and logger,
Candlepin's `[thread=...] [req=..., org=..., csid=...]`, rhnLog's date, Foreman's `[I|app|id]`,
Rudder's `[date] LEVEL logger - `, the journal's time, host and ident with relayd's tracing
head (time, level, spans, target) and Receptor's `LEVEL date`, logrus's JSON fields. Values a
program computes are variables: Taskomatic's job labels and bunches, API method names, their
arguments and callers, HTTP verbs, URIs and statuses, job names and classes, Choria's agents,
actions and callers, Receptor's node lists and routes. Words a call site writes or picks by
branch are wording: reposync's `comps` and `modules`, Rudder's `succeeded in` / `failed after`
and each timing line's label (one `info` call each). A value that is an error contributes its
format (reposync's error in RepoSyncTask's line, the Rudder generation's failure, Choria's and
Receptor's errors after their messages, Ruby's ECONNREFUSED text); a message that is a Ruby
backtrace joined by newlines is labelled by its first frame's layout (`%s:%d:in `%s'`), the
later frames continue it. The later lines of one write have no row (Java stacks, relayd's
libpq hint lines, the backtrace's frames); an empty reposync message is `(empty message)`.

Checked against copies of the sources: Taskomatic's TaskoJob lines, RepoSyncTask's and
RhnJavaJob's messages, BaseHandler's three error lines, reposync's counts, errata and import
lines; Candlepin's ServletLogger request and response lines, JobManager's queued, starting,
completed and failed lines, AsyncJobStatus's toString, CandlepinContextListener's three lines;
Katello's event listener, event handler, Katello::Logging.time and the event daemon's monitor;
Rudder's generation timing block, the deployment manager's success, failure and trigger lines,
relayd's reporting errors; Choria's agent manager, mcorpc's handling and denial lines, the
connector's reconnection lines and the log file's JSON formatter; Receptor's netceptor lines
(connection, receiving errors, unreachable) and the dialer's retries, with a published run of
its INFO output (Known Connections, Routing Table). Least sure (written from the helper's
knowledge): Uyuni's default schedules, LoggingInvocationProcessor's logger name and argument
rendering, RpmRepositoryWriter's four lines, reposync's `Command:`, `Total time:` and `%d/%d :
%s` lines and the EPEL error's wording; Candlepin's 4.4 layout details (thread names, the
job MDC), the job names; Hibernate's and the Ruby error lines' exact text in this setting;
Rudder's inventory line, its log file name, the liftweb failure rendering and the generation
trigger mix; relayd's journal rendering and the pool error's wording; Choria's version line,
the JSON fields on each line and the broker's NATS banner as the adapter logs it; Receptor's
per-node indentation of the routing lines and the TLS and VPN error texts.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def log4j_ts(t: datetime) -> str:
    """log4j's and logback's default `%d`: `2024-06-07 06:00:00,013`."""
    return f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)}"


def jframes(frames: list[str]) -> list[str]:
    return [f"\tat {f}" for f in frames]


# ------------------------------------------------------------------------------------ uyuni

UY_TZ = "+02:00"
UY_TASKO = "com.redhat.rhn.taskomatic.TaskoJob"
UY_REPOSYNC = "/usr/bin/spacewalk-repo-sync"
# label, name, type, repo URL, packages in repo, errata in repo, comps file, fails
UY_CHANNELS = [
    (
        "sle-product-sles15-sp5-updates-x86_64",
        "SLE-Product-SLES15-SP5-Updates for x86_64",
        "https://updates.suse.com/SUSE/Updates/SLE-Product-SLES/15-SP5/x86_64/update/",
        4912,
        1873,
        "",
    ),
    (
        "sle-module-basesystem15-sp5-updates-x86_64",
        "SLE-Module-Basesystem15-SP5-Updates for x86_64",
        "https://updates.suse.com/SUSE/Updates/SLE-Module-Basesystem/15-SP5/x86_64/update/",
        11084,
        2410,
        "",
    ),
    (
        "sle-module-server-applications15-sp5-updates-x86_64",
        "SLE-Module-Server-Applications15-SP5-Updates for x86_64",
        "https://updates.suse.com/SUSE/Updates/SLE-Module-Server-Applications/15-SP5/x86_64/update/",
        2266,
        512,
        "",
    ),
    (
        "sle-manager-tools15-updates-x86_64-sp5",
        "SLE-Manager-Tools15-Updates for x86_64 SP5",
        "https://updates.suse.com/SUSE/Updates/SLE-Manager-Tools/15/x86_64/update/",
        688,
        241,
        "",
    ),
    (
        "almalinux9-appstream-x86_64",
        "AlmaLinux 9 AppStream (x86_64)",
        "https://repo.almalinux.org/almalinux/9/AppStream/x86_64/os/",
        18437,
        902,
        "comps",
    ),
    (
        "epel9-x86_64",
        "EPEL 9 for x86_64",
        "https://dl.fedoraproject.org/pub/epel/9/Everything/x86_64/",
        0,
        0,
        "fail",
    ),
]
UY_PKGS = [
    "kernel-default-5.14.21-150500.55.68.1.x86_64.rpm",
    "kernel-default-devel-5.14.21-150500.55.68.1.x86_64.rpm",
    "openssl-3-3.0.8-150500.5.37.1.x86_64.rpm",
    "libopenssl3-3.0.8-150500.5.37.1.x86_64.rpm",
    "glibc-2.31-150300.83.1.x86_64.rpm",
    "glibc-locale-2.31-150300.83.1.x86_64.rpm",
    "curl-8.0.1-150400.5.47.1.x86_64.rpm",
    "libcurl4-8.0.1-150400.5.47.1.x86_64.rpm",
    "python3-salt-3006.0-150500.4.35.2.x86_64.rpm",
    "salt-minion-3006.0-150500.4.35.2.x86_64.rpm",
    "venv-salt-minion-3006.0-150000.3.59.2.x86_64.rpm",
    "podman-4.9.5-150500.3.12.1.x86_64.rpm",
    "systemd-249.17-150400.8.40.1.x86_64.rpm",
    "libsystemd0-249.17-150400.8.40.1.x86_64.rpm",
    "nginx-1.21.5-150400.3.20.1.x86_64.rpm",
    "postgresql16-server-16.3-150200.5.13.1.x86_64.rpm",
    "vim-9.1.0330-17.32.1.x86_64.rpm",
    "sudo-1.9.12p1-150500.7.10.1.x86_64.rpm",
    "git-core-2.43.0-150500.3.6.1.x86_64.rpm",
    "nodejs-20.14.0-1.el9_4.x86_64.rpm",
    "python3.11-3.11.7-1.el9_4.x86_64.rpm",
    "mariadb-server-10.11.6-1.module_el9.3.0+56+1d2d1ef6.x86_64.rpm",
]
UY_API_HOSTS = ["10.20.4.15", "10.20.4.16", "10.20.7.31"]
UY_SYSTEMS = [
    1000010000 + n for n in (12, 15, 21, 33, 34, 47, 52, 60, 61, 77, 81, 90, 104, 118, 131, 140)
]


def uy_stack_invocation(r: random.Random, cause: str) -> tuple[list[str], list[str]]:
    """The InvocationTargetException logged with "Error calling method: " and its cause with
    "Caused by: " (each a stack after its line)."""
    first = [
        "java.lang.reflect.InvocationTargetException: null",
        *jframes(
            [
                "jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source) ~[?:?]",
                "jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43) ~[?:?]",
                "java.lang.reflect.Method.invoke(Method.java:568) ~[?:?]",
                "com.redhat.rhn.frontend.xmlrpc.BaseHandler.invoke(BaseHandler.java:192) ~[rhn.jar:?]",
                "redstone.xmlrpc.XmlRpcDispatcher.dispatch(XmlRpcDispatcher.java:123) ~[redstone-xmlrpc-1.1_20071120.jar:?]",
                "com.redhat.rhn.frontend.xmlrpc.RhnXmlRpcServer.execute(RhnXmlRpcServer.java:54) ~[rhn.jar:?]",
                "com.redhat.rhn.frontend.xmlrpc.XmlRpcServlet.doPost(XmlRpcServlet.java:162) ~[rhn.jar:?]",
                "javax.servlet.http.HttpServlet.service(HttpServlet.java:555) ~[servlet-api.jar:4.0.FR]",
            ]
        ),
        f"Caused by: {cause}",
        "\t... 38 more",
    ]
    second = [
        cause,
        *jframes(
            [
                "com.redhat.rhn.frontend.xmlrpc.system.XmlRpcSystemHelper.lookupServer(XmlRpcSystemHelper.java:86) ~[rhn.jar:?]",
                "com.redhat.rhn.frontend.xmlrpc.system.SystemHandler.getRelevantErrata(SystemHandler.java:1411) ~[rhn.jar:?]",
                "jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source) ~[?:?]",
                "java.lang.reflect.Method.invoke(Method.java:568) ~[?:?]",
                "com.redhat.rhn.frontend.xmlrpc.BaseHandler.invoke(BaseHandler.java:192) ~[rhn.jar:?]",
            ]
        ),
        "\t... 37 more",
    ]
    return first, second


UY_JDBC = "org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection"


def uy_stack_jdbc() -> list[str]:
    return [
        UY_JDBC,
        *jframes(
            [
                "org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112) ~[hibernate-core-5.6.15.Final.jar:5.6.15.Final]",
                "org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:37) ~[hibernate-core-5.6.15.Final.jar:5.6.15.Final]",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113) ~[hibernate-core-5.6.15.Final.jar:5.6.15.Final]",
                "org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:109) ~[hibernate-core-5.6.15.Final.jar:5.6.15.Final]",
                "com.redhat.rhn.common.hibernate.ConnectionManager.getSession(ConnectionManager.java:227) ~[rhn.jar:?]",
                "com.redhat.rhn.taskomatic.TaskoFactory.lookupScheduleById(TaskoFactory.java:323) ~[rhn.jar:?]",
                "com.redhat.rhn.taskomatic.TaskoJob.execute(TaskoJob.java:115) ~[rhn.jar:?]",
                "org.quartz.core.JobRunShell.run(JobRunShell.java:202) ~[quartz-2.3.0.jar:?]",
            ]
        ),
        "Caused by: org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342) ~[postgresql-jdbc-42.6.0.jar:42.6.0]",
        "\t... 11 more",
    ]


def uyuni(r: random.Random) -> list[Log]:
    """One Uyuni server, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    tasko = "rhn_taskomatic_daemon.log"
    api = "rhn_web_api.log"
    jvm, tomcat = "taskomatic", "tomcat"
    workers = [0]

    def T(
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        return fs.add(
            tasko,
            t,
            label,
            lambda x: [f"{log4j_ts(x)} [{thread}] {level:<5} {logger} - {msg}", *more],
            jvm,
            MS,
        )

    def A(
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        return fs.add(
            api,
            t,
            label,
            lambda x: [f"{log4j_ts(x)} [{thread}] {level:<5} {logger} - {msg}", *more],
            tomcat,
            MS,
        )

    def quartz() -> str:
        workers[0] = workers[0] % 20 + 1
        return f"DefaultQuartzScheduler_Worker-{workers[0]}"

    db_down = (at(10, 15, 21), at(10, 16, 48))

    def bunch(t: datetime, job: str, bunch_name: str, body=None, rescheduled: int = 0) -> datetime:  # type: ignore[no-untyped-def]
        th = quartz()
        if in_any(t, [db_down]):
            key = f"DEFAULT.{job}"
            t = T(
                t,
                th,
                "ERROR",
                "org.quartz.core.JobRunShell",
                "Job %s threw an unhandled Exception: ",
                f"Job {key} threw an unhandled Exception: ",
                uy_stack_jdbc(),
            )
            return T(
                t + sec(0.002),
                th,
                "ERROR",
                "org.quartz.core.ErrorLogger",
                "Job (%s threw an exception.",
                f"Job ({key} threw an exception.",
                [
                    "org.quartz.SchedulerException: Job threw an unhandled exception.",
                    "\tat org.quartz.core.JobRunShell.run(JobRunShell.java:213) ~[quartz-2.3.0.jar:?]",
                    "\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573) [quartz-2.3.0.jar:?]",
                    f"Caused by: {UY_JDBC}",
                    "\t... 2 more",
                ],
            )
        t = T(t, th, "INFO", UY_TASKO, "%s: bunch %s STARTED", f"{job}: bunch {bunch_name} STARTED")
        if rescheduled:
            t = T(
                t + sec(r.uniform(0.01, 0.05)),
                th,
                "INFO",
                UY_TASKO,
                "%s RESCHEDULED in %s seconds",
                f"{job} RESCHEDULED in {rescheduled} seconds",
            )
        elif body is not None:
            t = body(t, th)
        return T(
            t + sec(r.uniform(0.004, 0.06)),
            th,
            "INFO",
            UY_TASKO,
            "%s: bunch %s FINISHED",
            f"{job}: bunch {bunch_name} FINISHED",
        )

    # channels whose metadata waits for the next channel-repodata run: (label, checksum, pkgs, errata)
    repodata_queue: list[tuple[datetime, str, int, int]] = []
    thread_n = [140]

    def repodata(t: datetime, th: str) -> datetime:
        while repodata_queue and repodata_queue[0][0] <= t:
            _, label, pkgs, errata = repodata_queue.pop(0)
            thread_n[0] += 1
            wt = f"Thread-{thread_n[0]}"
            lg = "com.redhat.rhn.taskomatic.task.repomd.RpmRepositoryWriter"
            t = T(
                t + sec(r.uniform(0.05, 0.3)),
                wt,
                "INFO",
                lg,
                "File Modified Date:%s",
                f"File Modified Date:{(t - sec(r.uniform(3600, 86400))):%Y-%m-%d %H:%M:%S} CEST",
            )
            t = T(
                t + sec(0.001),
                wt,
                "INFO",
                lg,
                "Channel Modified Date:%s",
                f"Channel Modified Date:{(t - sec(r.uniform(20, 90))):%Y-%m-%d %H:%M:%S} CEST",
            )
            t = T(
                t + sec(0.004),
                wt,
                "INFO",
                lg,
                "Generating new repository metadata for channel '%s'(%s) %d packages, %d errata",
                f"Generating new repository metadata for channel '{label}'(sha256) {pkgs} packages, {errata} errata",
            )
            took = max(1, int(pkgs / r.uniform(180, 320)))
            t = T(
                t + sec(took + r.uniform(0.1, 0.9)),
                wt,
                "INFO",
                lg,
                "Repository metadata generation for '%s' finished in %d seconds",
                f"Repository metadata generation for '{label}' finished in {took} seconds",
            )
        return t

    # repository syncs: scheduled at 07:30 (one every five minutes), and two by hand at 10:40
    def reposync(t: datetime, ch: tuple, th: str) -> datetime:  # type: ignore[type-arg]
        label, _name, url, npk, nerr, kind = ch
        proc = f"reposync-{label}-{t.timestamp()}"
        fname = f"{label}.log"

        def R(x: datetime, lab: str, msg: str) -> datetime:
            return fs.add(
                fname, x, lab, lambda y: [f"{y:%Y/%m/%d %H:%M:%S} {UY_TZ} {msg}"], proc, SEC
            )

        def E(x: datetime) -> datetime:
            return fs.add(
                fname,
                x,
                "(empty message)",
                lambda y: [f"{y:%Y/%m/%d %H:%M:%S} {UY_TZ} "],
                proc,
                SEC,
            )

        start = t
        x = R(
            t + sec(r.uniform(1.5, 3)),
            "Command: %s",
            f"Command: ['{UY_REPOSYNC}', '--channel', '{label}', '--type', 'yum', '--non-interactive']",
        )
        x = R(x + sec(0.3), "Sync of channel started.", "Sync of channel started.")
        x = R(x + sec(r.uniform(2, 9)), "Repo URL: %s", f"Repo URL: {url}")
        if kind == "fail":
            msg = f"Cannot retrieve repository metadata (repomd.xml) for repository: {label}. Please verify its path and try again"
            x = R(
                x + sec(r.uniform(20, 35)),
                "ERROR: Cannot retrieve repository metadata (repomd.xml) for repository: %s. Please verify its path and try again",
                f"ERROR: {msg}",
            )
            x = R(
                x + sec(1),
                "Sync of channel completed in %s.",
                f"Sync of channel completed in 0:00:{int((x - start).total_seconds()):02d}.",
            )
            x = R(x, "Total time: %s", f"Total time: 0:00:{int((x - start).total_seconds()):02d}")
            T(
                x + sec(r.uniform(0.2, 0.6)),
                th,
                "ERROR",
                "com.redhat.rhn.taskomatic.task.RepoSyncTask",
                "Command '%s' exited with error code %d: ERROR: Cannot retrieve repository metadata (repomd.xml) for repository: %s. Please verify its path and try again",
                f"Command '[{UY_REPOSYNC}, --channel, {label}, --type, yum, --non-interactive]' exited with error code 1: ERROR: {msg}",
            )
            return x + sec(0.8)
        x = R(
            x + sec(r.uniform(8, 40)),
            "    Packages in repo:             %5d",
            f"    Packages in repo:             {npk:5d}",
        )
        new = (
            r.choice([0, 0, r.randint(1, 6), r.randint(4, 22)])
            if kind != "comps"
            else r.randint(2, 14)
        )
        if new == 0:
            x = R(
                x + sec(r.uniform(1, 4)),
                "    No new packages to sync.",
                "    No new packages to sync.",
            )
        else:
            x = R(
                x + sec(r.uniform(1, 4)),
                "    Packages already synced:      %5d",
                f"    Packages already synced:      {npk - new:5d}",
            )
            x = R(
                x,
                "    Packages to sync:             %5d",
                f"    Packages to sync:             {new:5d}",
            )
            x = R(
                x,
                "    New packages to download:     %5d",
                f"    New packages to download:     {new:5d}",
            )
            x = R(x, "  Downloading packages:", "  Downloading packages:")
            for i, p in enumerate(r.sample(UY_PKGS, min(new, len(UY_PKGS))), 1):
                x = R(x + sec(r.uniform(0.3, 6)), "    %d/%d : %s", f"    {i}/{new} : {p}")
            x = E(x + sec(0.2))
            x = R(x, "  Importing packages to DB:", "  Importing packages to DB:")
            x = E(x + sec(r.uniform(2, 12)))
            x = R(x, "  Linking packages to the channel.", "  Linking packages to the channel.")
        x = E(x + sec(r.uniform(1, 3)))
        x = R(x, "  Errata in repo: %s.", f"  Errata in repo: {nerr}.")
        newe = r.choice([0, 0, 1, 2, 3]) if new else 0
        if newe:
            x = R(
                x + sec(r.uniform(2, 8)),
                "    Syncing %s new errata to channel.",
                f"    Syncing {newe} new errata to channel.",
            )
        else:
            x = R(
                x + sec(r.uniform(1, 4)), "    No new errata to sync.", "    No new errata to sync."
            )
        if kind == "comps":
            x = E(x + sec(0.5))
            x = R(x, "  Importing comps file %s.", "  Importing comps file comps.xml.")
            x = E(x + sec(0.5))
            x = R(x, "  Importing modules file %s.", "  Importing modules file modules.yaml.")
        x += sec(r.uniform(2, 6))
        el = int((x - start).total_seconds())
        x = R(
            x,
            "Sync of channel completed in %s.",
            f"Sync of channel completed in 0:{el // 60:02d}:{el % 60:02d}.",
        )
        x = R(x, "Total time: %s", f"Total time: 0:{el // 60:02d}:{el % 60:02d}")
        if new:
            repodata_queue.append((x, label, npk, nerr + newe))
        return x + sec(0.5)

    def sync_body(ch: tuple):  # type: ignore[no-untyped-def,type-arg]
        def body(t: datetime, th: str) -> datetime:
            t = T(
                t + sec(r.uniform(0.02, 0.08)),
                th,
                "INFO",
                "com.redhat.rhn.taskomatic.task.RepoSyncTask",
                "Syncing repos for channel: %s",
                f"Syncing repos for channel: {ch[1]}",
            )
            return reposync(t, ch, th)

        return body

    # schedule the syncs in time order so the metadata queue fills in order
    sync_plan = [(at(7, 30) + sec(300 * i), i, ch) for i, ch in enumerate(UY_CHANNELS)]
    sync_plan += [(at(10, 40, 12), 0, UY_CHANNELS[0]), (at(10, 40, 13), 4, UY_CHANNELS[4])]
    busy_until = T0
    for t, idx, ch in sorted(sync_plan, key=lambda x: x[0]):
        cid = 112 + idx * 3
        job = f"repo-sync-1-{cid}"
        while t < busy_until:
            bunch(t, job, "repo-sync-bunch", rescheduled=10)
            t += sec(10 + r.uniform(0.001, 0.01))
        # the queue the channel-repodata runs read: let the sync finish before the next minute
        busy_until = bunch(t, job, "repo-sync-bunch", sync_body(ch))

    # the two queue bunches every minute
    m = T0
    while m < T_END:
        if repodata_queue and repodata_queue[0][0] <= m:
            bunch(
                m + sec(r.uniform(0.005, 0.03)),
                "channel-repodata-default",
                "channel-repodata-bunch",
                repodata,
            )
        else:
            bunch(
                m + sec(r.uniform(0.005, 0.03)),
                "channel-repodata-default",
                "channel-repodata-bunch",
            )
        bunch(m + sec(r.uniform(0.012, 0.05)), "errata-cache-default", "errata-cache-bunch")
        if m.minute % 5 == 0:
            bunch(m + sec(r.uniform(0.02, 0.09)), "auto-errata-default", "auto-errata-bunch")
        if m.minute % 15 == 0:
            bunch(m + sec(r.uniform(0.03, 0.1)), "session-cleanup-default", "session-cleanup-bunch")
            bunch(
                m + sec(r.uniform(0.05, 0.2)),
                "mgr-forward-registration-default",
                "mgr-forward-registration-bunch",
            )
        if m.minute == 0:
            bunch(
                m + sec(r.uniform(0.1, 0.4)),
                "minion-action-cleanup-default",
                "minion-action-cleanup-bunch",
            )
            bunch(m + sec(r.uniform(0.1, 0.4)), "token-cleanup-default", "token-cleanup-bunch")
        m += sec(60)

    # actions scheduled from the UI and the patch window's API calls
    action_id = [18231]
    act_times = sorted(poisson(r, at(6, 40), at(11, 50), 900) + [at(9, 0, 0.2)] * 1)
    for t in act_times:
        action_id[0] += r.randint(1, 9)
        bunch(
            t + sec(r.uniform(0, 1)),
            f"minion-action-executor-{action_id[0]}",
            "minion-action-executor-bunch",
        )

    # ------------------------------------------------------------ the web API log
    execn = [0]

    def ajp() -> str:
        execn[0] = r.randint(1, 40)
        return f"ajp-nio-0:0:0:0:0:0:0:1-8009-exec-{execn[0]}"

    LIP = "com.redhat.rhn.frontend.xmlrpc.LoggingInvocationProcessor"

    def call(
        t: datetime, th: str, ip: str, user: str, method: str, args: str, dur: float
    ) -> datetime:
        return A(
            t,
            th,
            "INFO",
            LIP,
            "REQUESTED FROM: %s CALL: %s(%s) CALLER: (%s) TIME: %s seconds",
            f"REQUESTED FROM: {ip} CALL: {method}({args}) CALLER: ({user}) TIME: {dur:.3f} seconds",
        )

    gone = {UY_SYSTEMS[3], UY_SYSTEMS[11]}

    def api_failure(t: datetime, th: str, sid: int) -> datetime:
        cause = (
            f"com.redhat.rhn.frontend.xmlrpc.NoSuchSystemException: No such system - sid = {sid}"
        )
        first, second = uy_stack_invocation(r, cause)
        bh = "com.redhat.rhn.frontend.xmlrpc.BaseHandler"
        t = A(t, th, "ERROR", bh, "Error calling method: ", "Error calling method: ", first)
        t = A(t + sec(0.001), th, "ERROR", bh, "Caused by: ", "Caused by: ", second)
        return A(
            t + sec(0.001), th, "ERROR", bh, "Rolling back transaction", "Rolling back transaction"
        )

    # the patch report from CI every 15 minutes
    t = at(6, 2, 11)
    while t < T_END:
        ip, user = UY_API_HOSTS[0], "ci-bot"
        key = hexid(r, 64)
        x = call(t, ajp(), ip, user, "auth.login", f"{user}, ********", r.uniform(0.04, 0.12))
        x = call(
            x + sec(r.uniform(0.05, 0.3)),
            ajp(),
            ip,
            user,
            "system.listActiveSystems",
            key,
            r.uniform(0.03, 0.2),
        )
        for sid in r.sample(UY_SYSTEMS, r.randint(4, 9)):
            th = ajp()
            if sid in gone and x > at(8, 10):
                x = api_failure(x + sec(r.uniform(0.05, 0.4)), th, sid)
                continue
            if in_any(x, [db_down]):
                continue
            x = call(
                x + sec(r.uniform(0.05, 0.4)),
                th,
                ip,
                user,
                "system.getRelevantErrata",
                f"{key}, {sid}",
                r.uniform(0.02, 0.9),
            )
        x = call(
            x + sec(r.uniform(0.05, 0.3)),
            ajp(),
            ip,
            user,
            "auth.logout",
            key,
            r.uniform(0.002, 0.02),
        )
        t += sec(900 + r.uniform(-4, 4))
    # the patch window: the admin's script schedules errata at 09:00, and the syncs by hand
    for when, method, extra, user, ip in [
        (at(8, 58, 40), "system.scheduleApplyErrata", "[{s}], [{e}]", "jhofmann", UY_API_HOSTS[2]),
        (
            at(10, 40, 11),
            "channel.software.syncRepo",
            "sle-product-sles15-sp5-updates-x86_64",
            "jhofmann",
            UY_API_HOSTS[2],
        ),
        (
            at(10, 40, 12),
            "channel.software.syncRepo",
            "almalinux9-appstream-x86_64",
            "jhofmann",
            UY_API_HOSTS[2],
        ),
    ]:
        key = hexid(r, 64)
        x = call(
            when - sec(1.5),
            ajp(),
            ip,
            user,
            "auth.login",
            f"{user}, ********",
            r.uniform(0.04, 0.12),
        )
        if "{s}" in extra:
            for _ in range(r.randint(6, 9)):
                sids = ", ".join(str(s) for s in r.sample(UY_SYSTEMS, 5))
                errs = ", ".join(str(r.randint(4100, 4400)) for _ in range(r.randint(2, 5)))
                x = call(
                    x + sec(r.uniform(0.1, 0.6)),
                    ajp(),
                    ip,
                    user,
                    method,
                    f"{key}, [{sids}], [{errs}]",
                    r.uniform(0.3, 2.4),
                )
        else:
            x = call(
                x + sec(r.uniform(0.1, 0.6)),
                ajp(),
                ip,
                user,
                method,
                f"{key}, {extra}",
                r.uniform(0.05, 0.3),
            )
        call(x + sec(0.2), ajp(), ip, user, "auth.logout", key, r.uniform(0.002, 0.02))
    # the monitoring's checks of a channel's sync date, every 10 minutes from the second host
    for t in [at(6, 4, 30) + sec(600 * i + r.uniform(0, 3)) for i in range(35)]:
        if in_any(t, [db_down]):
            continue
        key = hexid(r, 64)
        x = call(
            t,
            ajp(),
            UY_API_HOSTS[1],
            "monitor",
            "auth.login",
            "monitor, ********",
            r.uniform(0.04, 0.12),
        )
        x = call(
            x + sec(0.1),
            ajp(),
            UY_API_HOSTS[1],
            "monitor",
            "channel.software.getDetails",
            f"{key}, {r.choice(UY_CHANNELS)[0]}",
            r.uniform(0.01, 0.06),
        )
        call(
            x + sec(0.05),
            ajp(),
            UY_API_HOSTS[1],
            "monitor",
            "auth.logout",
            key,
            r.uniform(0.002, 0.02),
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- katello

KT_ORG = "ACME"
KT_FILTER = "org.candlepin.servlet.filter.logging.LoggingFilter"
KT_JOBS = "org.candlepin.async.JobManager"
KT_SUBNETS = ["10.30.1", "10.30.2", "10.30.8", "10.31.4"]
# Katello's own calls to Candlepin: (verb, uri, status, content type, time range in ms)
KT_OWN = [
    ("GET", "/candlepin/status", 200, "application/json", (3, 12), 6),
    (
        "GET",
        "/candlepin/owners/ACME/pools?page=1&per_page=250&add_future=true",
        200,
        "application/json",
        (60, 380),
        2,
    ),
    ("GET", "/candlepin/owners/ACME/content_access", 200, "application/json", (4, 20), 2),
    (
        "GET",
        "/candlepin/owners/ACME/consumers?type=hypervisor",
        200,
        "application/json",
        (30, 140),
        1,
    ),
    ("GET", "/candlepin/owners/ACME/system_purpose", 200, "application/json", (8, 40), 1),
]
KT_JOB_NAMES = {
    "HypervisorUpdateJob": "Hypervisor Update",
    "RefreshPoolsJob": "Refresh Pools",
    "JobCleaner": "Job Cleaner",
    "CertificateCleanupJob": "Certificate Cleanup",
    "ExpiredPoolsCleanupJob": "Expired Pools Cleanup",
    "InactiveConsumerCleanerJob": "Inactive Consumer Cleaner",
    "OrphanCleanupJob": "Orphan Cleanup",
}
KT_RB_FRAMES = [
    "/usr/share/gems/gems/stomp-1.4.10/lib/connection/netio.rb:427:in `initialize'",
    "/usr/share/gems/gems/stomp-1.4.10/lib/connection/netio.rb:427:in `new'",
    "/usr/share/gems/gems/stomp-1.4.10/lib/connection/netio.rb:427:in `block in open_tcp_socket'",
    "/usr/share/gems/gems/stomp-1.4.10/lib/connection/netio.rb:426:in `open_tcp_socket'",
    "/usr/share/gems/gems/stomp-1.4.10/lib/connection/netio.rb:466:in `open_socket'",
    "/usr/share/gems/gems/stomp-1.4.10/lib/stomp/connection.rb:225:in `block in initialize'",
    "/usr/share/gems/gems/katello-4.13.1/app/lib/katello/messaging/stomp_connection.rb:32:in `new'",
    "/usr/share/gems/gems/katello-4.13.1/app/lib/katello/messaging/stomp_connection.rb:32:in `open'",
    "/usr/share/gems/gems/katello-4.13.1/app/services/katello/candlepin_event_listener.rb:33:in `run'",
    "/usr/share/gems/gems/katello-4.13.1/app/lib/katello/event_daemon/monitor.rb:33:in `block in check_services'",
]


def kt_stack_pg() -> list[str]:
    return [
        "org.hibernate.exception.JDBCConnectionException: could not extract ResultSet",
        *jframes(
            [
                "org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)",
                "org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:37)",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)",
                "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.extract(ResultSetReturnImpl.java:67)",
                "org.candlepin.model.ConsumerCurator.getHypervisorsForOwner(ConsumerCurator.java:1344)",
                "org.candlepin.async.tasks.HypervisorUpdateJob.execute(HypervisorUpdateJob.java:307)",
                "org.candlepin.async.JobManager.executeJob(JobManager.java:1180)",
                "org.candlepin.async.JobMessageReceiver$JobMessageListener.onMessage(JobMessageReceiver.java:190)",
            ]
        ),
        "Caused by: org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)",
        "\t... 24 common frames omitted",
        "Caused by: java.io.EOFException: null",
        "\tat org.postgresql.core.PGStream.receiveChar(PGStream.java:467)",
        "\t... 26 common frames omitted",
    ]


def katello(r: random.Random) -> list[Log]:
    """One Katello server with its Candlepin, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    cp = "candlepin.log"
    prod = "production.log"
    tomcat = "tomcat"
    puma = ["puma-0", "puma-1", "puma-2", "puma-3"]
    nexec = [0]

    def tthread() -> str:
        nexec[0] = r.randint(1, 60)
        return f"https-jsse-nio-127.0.0.1-23443-exec-{nexec[0]}"

    def C(
        t: datetime,
        thread: str,
        kind: str,
        rid: str,
        org: str,
        csid: str,
        level: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        return fs.add(
            cp,
            t,
            label,
            lambda x: [
                f"{log4j_ts(x)} [thread={thread}] [{kind}={rid}, org={org}, csid={csid}] {level:<5} {logger} - {msg}",
                *more,
            ],
            tomcat,
            MS,
        )

    def P(
        t: datetime,
        proc: str,
        lvl: str,
        logger: str,
        rid: str,
        label: str,
        msg: str,
        more: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        return fs.add(
            prod,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S} [{lvl}|{logger}|{rid}] {msg}", *more],
            proc,
            SEC,
        )

    cp_down = (at(11, 5, 2), at(11, 6, 14))
    db_fail = (at(10, 7, 14), at(10, 8, 20))

    def cp_request(
        t: datetime, verb: str, uri: str, status: int, ctype: str, dur: float, csid: str
    ) -> datetime:
        th, rid = tthread(), uuid4(r)
        t = C(
            t,
            th,
            "req",
            rid,
            "",
            csid,
            "INFO",
            KT_FILTER,
            "Request: verb=%s, uri=%s",
            f"Request: verb={verb}, uri={uri}",
        )
        if in_any(t, [db_fail]) and (verb != "GET" or r.random() < 0.5):
            t = C(
                t + sec(r.uniform(0.005, 0.05)),
                th,
                "req",
                rid,
                KT_ORG,
                csid,
                "WARN",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                "SQL Error: %s, SQLState: %s",
                "SQL Error: 0, SQLState: 08006",
            )
            t = C(
                t + sec(0.001),
                th,
                "req",
                rid,
                KT_ORG,
                csid,
                "ERROR",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                "An I/O error occurred while sending to the backend.",
                "An I/O error occurred while sending to the backend.",
            )
            status, ctype = 500, "application/json"
        return C(
            t + sec(dur / 1000),
            th,
            "req",
            rid,
            KT_ORG,
            csid,
            "INFO",
            KT_FILTER,
            'Response: status=%s, content-type="%s", time=%s',
            f'Response: status={status}, content-type="{ctype}", time={int(dur)}',
        )

    def job(
        t: datetime, key: str, csid: str, took: tuple[float, float], fail: bool = False
    ) -> datetime:
        name = KT_JOB_NAMES[key]
        jid = "8a8" + hexid(r, 29)
        th = tthread() if csid else "QuartzScheduler_Worker-" + str(r.randint(1, 10))
        kind, rid = ("req", uuid4(r)) if csid else ("req", "")
        t = C(
            t,
            th,
            kind,
            rid,
            KT_ORG if csid else "",
            csid,
            "INFO",
            KT_JOBS,
            "Job queued: AsyncJobStatus [id: %s, name: %s, key: %s, state: %s]",
            f"Job queued: AsyncJobStatus [id: {jid}, name: {name}, key: {key}, state: QUEUED]",
        )
        jt = f"Thread-{r.randint(20, 60)} (ActiveMQ-client-global-threads)"
        x = C(
            t + sec(r.uniform(0.02, 0.4)),
            jt,
            "job",
            jid,
            KT_ORG,
            csid,
            "INFO",
            KT_JOBS,
            'Starting job "%s" using class: %s',
            f'Starting job "{name}" using class: org.candlepin.async.tasks.{key}',
        )
        ms = r.uniform(*took)
        if fail:
            ms = max(ms, (db_fail[0] - x).total_seconds() * 1000 + r.uniform(200, 900))
            x = C(
                x + sec(ms / 1000),
                jt,
                "job",
                jid,
                KT_ORG,
                csid,
                "WARN",
                KT_JOBS,
                'Job "%s" failed in %sms; retrying...',
                f'Job "{name}" failed in {int(ms)}ms; retrying...',
                kt_stack_pg(),
            )
            # the retry, once the database is back
            jt = f"Thread-{r.randint(20, 60)} (ActiveMQ-client-global-threads)"
            x = C(
                max(x + sec(r.uniform(20, 40)), db_fail[1] + sec(r.uniform(2, 9))),
                jt,
                "job",
                jid,
                KT_ORG,
                csid,
                "INFO",
                KT_JOBS,
                'Starting job "%s" using class: %s',
                f'Starting job "{name}" using class: org.candlepin.async.tasks.{key}',
            )
            ms = r.uniform(*took)
        return C(
            x + sec(ms / 1000),
            jt,
            "job",
            jid,
            KT_ORG,
            csid,
            "INFO",
            KT_JOBS,
            'Job "%s" completed in %sms',
            f'Job "{name}" completed in {int(ms)}ms',
        )

    # ---- the content hosts: rhsmcertd's check-ins through Katello's /rhsm proxy
    hosts = [(uuid4(r), f"{r.choice(KT_SUBNETS)}.{r.randint(10, 250)}") for _ in range(170)]
    deleted = set(h[0] for h in r.sample(hosts, 9))
    new_hosts: list[tuple[str, str]] = []

    def rails(
        t: datetime,
        verb: str,
        path: str,
        ip: str,
        action: str,
        params: str,
        status: str,
        cp_calls: list[tuple[str, str, int, str, tuple[int, int]]],
        events: list[str] = (),
    ) -> None:  # type: ignore[assignment]
        proc = r.choice(puma)
        rid = uuid4(r)
        short = rid[:8]
        x = P(
            t,
            proc,
            "I",
            "app",
            short,
            'Started %s "%s" for %s at %s',
            f'Started {verb} "{path}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
        )
        x = P(
            x,
            proc,
            "I",
            "app",
            short,
            "Processing by %s#%s as %s",
            f"Processing by Katello::Api::Rhsm::CandlepinProxiesController#{action} as JSON",
        )
        if params:
            x = P(x, proc, "I", "app", short, "  Parameters: %s", f"  Parameters: {params}")
        code = int(status.split()[0])
        for verb2, uri, st, ctype, rng in cp_calls:
            if in_any(x, [cp_down]):
                code, status = 503, "503 Service Unavailable"
                break
            x = cp_request(
                x + sec(r.uniform(0.01, 0.05)), verb2, uri, st, ctype, r.uniform(*rng), rid
            )
        if in_any(x, [db_fail]) and verb == "PUT":
            code, status = 500, "500 Internal Server Error"
        dur = r.randint(18, 260)
        if code >= 500 or code == 410:
            P(
                x + sec(0.05),
                proc,
                "I",
                "app",
                short,
                "Completed %s %s in %sms (ActiveRecord: %sms | Allocations: %s)",
                f"Completed {status} in {dur}ms (ActiveRecord: {r.uniform(1, 30):.1f}ms | Allocations: {r.randint(2000, 9000)})",
            )
        else:
            P(
                x + sec(0.05),
                proc,
                "I",
                "app",
                short,
                "Completed %s %s in %sms (Views: %sms | ActiveRecord: %sms | Allocations: %s)",
                f"Completed {status} in {dur}ms (Views: {r.uniform(0.1, 4):.1f}ms | ActiveRecord: {r.uniform(2, 60):.1f}ms | Allocations: {r.randint(4000, 60000)})",
            )

    def checkin(t: datetime, uid: str, ip: str) -> None:
        if uid in deleted and t > at(8, 20):
            rails(
                t,
                "GET",
                f"/rhsm/consumers/{uid}/certificates/serials",
                ip,
                "serials",
                f'{{"id"=>"{uid}"}}',
                "410 Gone",
                [
                    (
                        "GET",
                        f"/candlepin/consumers/{uid}/certificates/serials",
                        410,
                        "application/json",
                        (4, 15),
                    )
                ],
            )
            return
        rails(
            t,
            "GET",
            f"/rhsm/consumers/{uid}/certificates/serials",
            ip,
            "serials",
            f'{{"id"=>"{uid}"}}',
            "200 OK",
            [
                (
                    "GET",
                    f"/candlepin/consumers/{uid}/certificates/serials",
                    200,
                    "application/json",
                    (6, 45),
                )
            ],
        )
        if r.random() < 0.35:
            rails(
                t + sec(r.uniform(1, 3)),
                "GET",
                f"/rhsm/consumers/{uid}",
                ip,
                "consumer_show",
                f'{{"id"=>"{uid}"}}',
                "200 OK",
                [("GET", f"/candlepin/consumers/{uid}", 200, "application/json", (15, 90))],
            )
        if r.random() < 0.18:
            rails(
                t + sec(r.uniform(3, 8)),
                "PUT",
                f"/rhsm/consumers/{uid}",
                ip,
                "facts",
                f'{{"facts"=>"[FILTERED]", "id"=>"{uid}"}}',
                "200 OK",
                [("PUT", f"/candlepin/consumers/{uid}", 204, "null", (40, 260))],
            )
            event(t + sec(r.uniform(8, 12)), "compliance.created", uid)

    def event(t: datetime, subject: str, entity: str) -> None:
        if in_any(t, [(cp_down[0], cp_down[1] + sec(40))]):
            return
        P(
            t,
            "katello-events",
            "I",
            "kat",
            "",
            "candlepin event handled subject=%s entity_id=%s duration=%s",
            f"candlepin event handled subject={subject} entity_id={entity} duration={r.uniform(4, 180):.2f}",
        )

    for uid, ip in hosts:
        # rhsmcertd checks in every 4 hours: one or two check-ins in the six hours
        first = T0 + sec(r.uniform(0, 4 * 3600))
        for when in (first, first + sec(4 * 3600 + r.uniform(-300, 300))):
            if when < T_END and r.random() < 0.55:
                checkin(when, uid, ip)
    # the 08:00 provisioning batch registers 24 new VMs
    for i in range(24):
        t = at(8, 2) + sec(i * r.uniform(40, 75))
        uid, ip = uuid4(r), f"10.30.9.{40 + i}"
        new_hosts.append((uid, ip))
        rails(
            t,
            "POST",
            "/rhsm/consumers?owner=ACME&activation_keys=ak-rhel9-web",
            ip,
            "consumer_activate",
            '{"facts"=>"[FILTERED]", "installedProducts"=>[{"productId"=>"479", "productName"=>"Red Hat Enterprise Linux for x86_64"}], "name"=>"web'
            + f"{31 + i:02d}"
            + '.corp.example", "type"=>"system", "owner"=>"ACME", "activation_keys"=>"ak-rhel9-web"}',
            "200 OK",
            [
                (
                    "POST",
                    "/candlepin/consumers/?owner=ACME&activation_keys=ak-rhel9-web",
                    200,
                    "application/json",
                    (180, 900),
                ),
                (
                    "GET",
                    f"/candlepin/consumers/{uid}/compliance",
                    200,
                    "application/json",
                    (10, 60),
                ),
            ],
        )
        event(t + sec(r.uniform(5, 9)), "compliance.created", uid)
        event(t + sec(r.uniform(9, 12)), "system_purpose_compliance.created", uid)
    # the decommissioned hosts are unregistered by the cleanup at 08:15
    for i, uid in enumerate(sorted(deleted)):
        t = at(8, 15) + sec(i * r.uniform(3, 6))
        x = cp_request(
            t, "DELETE", f"/candlepin/consumers/{uid}", 204, "null", r.uniform(60, 300), uuid4(r)
        )
    # Katello's own polling and look-ups (the subscriptions page opened during the failover)
    weights = [w for *_, w in KT_OWN]
    for t in sorted(poisson(r, T0, T_END, 75) + poisson(r, db_fail[0], db_fail[1], 9)):
        verb, uri, st, ctype, rng, _ = r.choices(KT_OWN, weights)[0]
        if in_any(t, [cp_down]):
            continue
        cp_request(t, verb, uri, st, ctype, r.uniform(*rng), uuid4(r))
    # virt-who's reports every hour from two vCenters, and the cleanup jobs Quartz starts
    for h in range(6, 12):
        for k, (rep, off) in enumerate(
            [("virt-who-vc01", 7 * 60 + 12), ("virt-who-vc02", 31 * 60 + 40)]
        ):
            t = at(h, 0) + sec(off + r.uniform(0, 20))
            csid = uuid4(r)
            if h == 10 and k == 0:
                t = db_fail[0] - sec(2.3)
            x = cp_request(
                t,
                "POST",
                f"/candlepin/hypervisors/ACME?reporter_id={rep}&cloaked=false&env=Library",
                202,
                "application/json",
                r.uniform(40, 160),
                csid,
            )
            job(
                x + sec(0.01),
                "HypervisorUpdateJob",
                csid,
                (900, 6400),
                fail=in_any(x + sec(3), [db_fail]),
            )
        job(at(h, 0) + sec(r.uniform(0.01, 0.2)), "JobCleaner", "", (40, 400))
        if h in (6, 9):
            job(at(h, 30) + sec(r.uniform(0.01, 0.2)), "CertificateCleanupJob", "", (200, 2400))
        if h == 7:
            job(at(h, 45) + sec(r.uniform(0.01, 0.2)), "ExpiredPoolsCleanupJob", "", (300, 1800))
        if h == 8:
            job(
                at(h, 50) + sec(r.uniform(0.01, 0.2)), "InactiveConsumerCleanerJob", "", (800, 5200)
            )
        if h == 11:
            job(at(h, 20) + sec(r.uniform(0.01, 0.2)), "OrphanCleanupJob", "", (1200, 9000))
    # the manifest refreshed by the admin at 09:34: pools deleted and created
    csid = uuid4(r)
    x = cp_request(
        at(9, 34, 8),
        "PUT",
        "/candlepin/owners/ACME/subscriptions",
        202,
        "application/json",
        r.uniform(80, 200),
        csid,
    )
    j = job(x + sec(0.02), "RefreshPoolsJob", csid, (38000, 52000))
    for i in range(r.randint(14, 20)):
        event(
            j - sec(r.uniform(1, 30)) + sec(i * 0.7),
            "pool.deleted" if i % 3 == 0 else "pool.created",
            "8a8" + hexid(r, 29),
        )
    # the database's failover at 10:02: Candlepin's requests and a job fail (above); Tomcat restarted at 11:05
    boot = C(
        cp_down[1] - sec(21),
        "main",
        "req",
        "",
        "",
        "",
        "INFO",
        "org.candlepin.guice.CandlepinContextListener",
        "Candlepin initializing context.",
        "Candlepin initializing context.",
    )
    boot = C(
        boot + sec(0.004),
        "main",
        "req",
        "",
        "",
        "",
        "INFO",
        "org.candlepin.guice.CandlepinContextListener",
        "Candlepin reading configuration.",
        "Candlepin reading configuration.",
    )
    C(
        boot + sec(r.uniform(16, 19)),
        "main",
        "req",
        "",
        "",
        "",
        "INFO",
        "org.candlepin.guice.CandlepinContextListener",
        "Candlepin context initialized.",
        "Candlepin context initialized.",
    )
    # the event daemon's monitor (every 15 s) cannot start the listener while Artemis is down
    t = cp_down[0] + sec(r.uniform(3, 14))
    while t < cp_down[1] + sec(10):
        x = P(
            t,
            "katello-events",
            "E",
            "app",
            "",
            "Error occurred while starting %s",
            "Error occurred while starting Katello::CandlepinEventListener",
        )
        x = P(
            x,
            "katello-events",
            "E",
            "app",
            "",
            "Connection refused - connect(2) for %s port %d",
            'Connection refused - connect(2) for "localhost" port 61613',
        )
        P(
            x,
            "katello-events",
            "E",
            "app",
            "",
            "%s:%d:in `%s'",
            KT_RB_FRAMES[0],
            [
                *KT_RB_FRAMES[1:],
                "/usr/share/gems/gems/katello-4.13.1/app/lib/katello/event_daemon/monitor.rb:30:in `each'",
            ],
        )
        t += sec(15 + r.uniform(0, 0.2))
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- rudder

RD_DOMAIN = "corp.example"
RD_ROLES = [
    ("web", 48),
    ("app", 36),
    ("db", 12),
    ("cache", 8),
    ("lb", 4),
    ("ci", 14),
    ("mon", 4),
    ("dev", 40),
    ("bcn-web", 14),
]
RD_TIMING = [
    ("Run pre-gen scripts hooks     : %10s ms", (18, 340)),
    ("Run pre-gen modules hooks     : %10s ms", (0, 6)),
    ("Fetch all information         : %10s ms", (380, 2600)),
    ("Build current rule values     : %10s ms", (90, 950)),
    ("Build target configuration    : %10s ms", (450, 6200)),
    ("Write node configurations     : %10s ms", (900, 9800)),
    ("Save expected reports         : %10s ms", (40, 650)),
    ("Run post generation hooks     : %10s ms", (25, 780)),
]


def rd_period(ms: int) -> str:
    """Joda's PeriodFormatter as Rudder builds it: `1 min 12 s`, `8 s` (days, hours, minutes,
    seconds; zero fields left out)."""
    s = ms // 1000
    m, s = divmod(s, 60)
    parts = []
    if m:
        parts.append(f"{m} min")
    parts.append(f"{s} s")
    return " ".join(parts)


def rudder(r: random.Random) -> list[Log]:
    """One Rudder 8.1 root server, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    web = "2024_06_07.stderrout.log"
    jrn = "rudder-relayd-journal.log"
    jetty, relayd = "jetty", "relayd"

    def W(
        t: datetime, level: str, logger: str, label: str, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        return fs.add(
            web,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}+0200] {level:<5} {logger} - {msg}", *more],
            jetty,
            SEC,
        )

    def J(
        t: datetime, level: str, spans: str, target: str, label: str, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            u = x - sec(7200)
            return [
                f"{x:%Y-%m-%dT%H:%M:%S}+02:00 rudder rudder-relayd[1342]: {u:%Y-%m-%dT%H:%M:%S}.{u.microsecond:06d}Z {level:>5} {spans}{target}: {msg}",
                *more,
            ]

        return fs.add(jrn, t, label, text, relayd, SEC)

    nodes = []
    for role, n in RD_ROLES:
        for i in range(1, n + 1):
            nodes.append((f"{role}{i:02d}.{RD_DOMAIN}", uuid4(r)))
    gen_id = [4127]
    busy = [T0]
    bad_directive = (at(10, 18), at(10, 41))
    only_manual = (at(11, 0), at(11, 30))
    bad_nodes = [n for n in nodes if n[0].startswith("app")][:3]

    def generation(t: datetime, manual: bool) -> None:
        if not manual and in_any(t, [only_manual]):
            W(
                t,
                "INFO",
                "policy.generation.manager",
                "Policy generation: Due to policy generation policy, no automatic policy generation was triggered ",
                "Policy generation: Due to policy generation policy, no automatic policy generation was triggered ",
            )
            return
        t = max(t, busy[0] + sec(r.uniform(0.2, 1.5)))
        gen_id[0] += 1
        start = W(
            t,
            "INFO",
            "policy.generation",
            "Start policy generation, checking updated rules",
            "Start policy generation, checking updated rules",
        )
        vals = [r.randint(*rng) for _, rng in RD_TIMING]
        total = sum(vals) + r.randint(100, 900)
        x = start + sec(total / 1000)
        x = W(x, "INFO", "policy.generation.timing", "Timing summary:", "Timing summary:")
        for (fmt, _), v in zip(RD_TIMING, vals, strict=True):
            x = W(x, "INFO", "policy.generation.timing", fmt, fmt.replace("%10s", f"{v:>10}"))
        failed = in_any(start, [bad_directive])
        updated = (
            r.choice([0, 1, 2, 3, 4, 6, 12, 35, len(nodes)]) if not failed else r.randint(1, 8)
        )
        x = W(
            x,
            "INFO",
            "policy.generation.timing",
            "Number of nodes updated       : %10s   ",
            f"Number of nodes updated       : {updated:>10}   ",
        )
        if failed:
            x = W(
                x,
                "WARN",
                "policy.generation",
                "Nodes in errors (%s): '%s'",
                f"Nodes in errors ({len(bad_nodes)}): '"
                + "','".join(n[1] for n in bad_nodes)
                + "'",
            )
        took = int((x - start).total_seconds() * 1000) + r.randint(5, 400)
        x = W(
            x,
            "INFO",
            "policy.generation.timing",
            "Policy generation failed after: %10s"
            if failed
            else "Policy generation succeeded in: %10s",
            f"Policy generation {'failed after' if failed else 'succeeded in'}: {rd_period(took):>10}",
        )
        if failed:
            errs = " ; ".join(
                f"Error with parameters expansion for node '{name}' ({nid}): Missing property 'app_port' in node properties <- Error when expanding variable node.properties[app_port]"
                for name, nid in bad_nodes
            )
            x = W(
                x,
                "ERROR",
                "policy.generation.manager",
                "Policy update error for process '%s' at %s: Generation ended but some nodes were in errors: %s",
                f"Policy update error for process '{gen_id[0]}' at {x:%Y-%m-%d %H:%M:%S}: Generation ended but some nodes were in errors: {errs}",
            )
        else:
            x = W(
                x,
                "INFO",
                "policy.generation.manager",
                "Successful policy update '%s' [started %s - ended %s]",
                f"Successful policy update '{gen_id[0]}' [started {start:%Y-%m-%d %H:%M:%S} - ended {x:%Y-%m-%d %H:%M:%S}]",
            )
        busy[0] = x

    # what triggers a generation: the dynamic groups' update every 5 minutes when a node's
    # inventory changed a group, users' changes in the UI, and the "update policies" button
    triggers: list[tuple[datetime, bool]] = []
    inv_times = sorted(poisson(r, T0, T_END, 420))
    for t in inv_times:
        name, nid = r.choice(nodes)
        stamp = t - sec(r.uniform(20, 90))
        fname = f"{name}-{nid}-{stamp:%Y-%m-%d-%H-%M-%S}.xml.gz"
        W(
            t,
            "INFO",
            "inventory-processing",
            "Inventory '%s' for node '%s' [%s] (signature:%s) processed in %s",
            f"Inventory '{fname}' for node '{name}' [{nid}] (signature:certified) processed in {r.randint(400, 2900)} ms",
        )
    m = T0 + sec(r.uniform(5, 40))
    while m < T_END:
        changed = sum(1 for t in inv_times if m - sec(300) <= t < m)
        if (changed and r.random() < 0.85) or r.random() < 0.4:
            triggers.append((m + sec(r.uniform(0.5, 3)), False))
        m += sec(300)
    # the CMDB's sync of node properties through the API every 10 minutes
    m = T0 + sec(r.uniform(60, 120))
    while m < T_END:
        if r.random() < 0.8:
            triggers.append((m + sec(r.uniform(2, 20)), False))
        m += sec(600)
    # the admins' changes of rules and directives in the UI
    for t in poisson(r, at(7, 50), T_END, 200):
        triggers.append((t, False))
    for t in [at(8, 12, 31), at(9, 44, 5), at(10, 43, 50), at(11, 12, 9), at(11, 26, 40)]:
        triggers.append((t, True))
    # the technique edited with an error at 09:51 (fixed at 10:02)
    W(
        at(9, 51, 22),
        "WARN",
        "status.techniques",
        "Status of technique compilation has %s errors",
        "Status of technique compilation has 1 errors",
    )
    for t, manual in sorted(triggers):
        generation(t, manual)

    # ------------------------------------------------------------ relayd
    gone = r.sample([n for n in nodes if n[0].startswith("dev")], 2)
    pg_down = (at(9, 12, 4), at(9, 12, 51))
    for _name, nid in gone:
        t = at(7, 41) + sec(r.uniform(0, 300))
        while t < T_END:
            q = hexid(r, 32).upper()
            J(
                t,
                "ERROR",
                f"report{{queue_id={q}}}:node{{node_id={nid}}}:",
                " relayd::processing::reporting",
                "refused: report from %s, unknown id",
                f'refused: report from "{nid}", unknown id',
            )
            t += sec(300 + r.uniform(-2, 2))
    for t in poisson(r, pg_down[0], pg_down[1], 1.7):
        name, nid = r.choice(nodes)
        q = hexid(r, 32).upper()
        spans = f"report{{queue_id={q}}}:node{{node_id={nid}}}:"
        x = J(
            t,
            "ERROR",
            spans,
            " relayd::processing::reporting",
            "output error: pool error: timed out waiting for connection: could not connect to server: Connection refused",
            "output error: pool error: timed out waiting for connection: could not connect to server: Connection refused",
            [
                '\tIs the server running on host "localhost" (::1) and accepting',
                "\tTCP/IP connections on port 5432?",
            ],
        )
        J(
            x,
            " INFO",
            spans,
            " relayd::processing::reporting",
            "transient error, skipping",
            "transient error, skipping",
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- choria

CH_BROKER = "nats://broker01.corp.example:4222"
CH_AGENTS = ["choria_util", "filemgr", "package", "puppet", "rpcutil", "scout", "service", "nrpe"]
CH_CALLERS = [
    "choria=alice.mcollective",
    "choria=deploybot.mcollective",
    "choria=jsmith.mcollective",
]


def ch_json(t: datetime, level: str, msg: str, fields: dict[str, str]) -> str:
    """logrus's JSONFormatter: the fields, `level`, `msg` and `time` in one object, keys sorted
    (encoding/json on a map), the time in RFC 3339."""
    d = dict(fields)
    d.update({"level": level, "msg": msg, "time": f"{t:%Y-%m-%dT%H:%M:%S}Z"})
    return json.dumps({k: d[k] for k in sorted(d)}, separators=(",", ":"))


def choria(r: random.Random) -> list[Log]:
    """A Choria 0.28 broker and four servers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    servers = ["web01", "web02", "db01", "app01"]
    srv_agents = {s: [a for a in CH_AGENTS if not (s == "db01" and a == "nrpe")] for s in servers}

    def S(
        host: str, t: datetime, level: str, label: str, msg: str, fields: dict[str, str]
    ) -> datetime:
        return fs.add(
            f"{host}-choria.log", t, label, lambda x: [ch_json(x, level, msg, fields)], host, SEC
        )

    def B(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "broker01-choria.log",
            t,
            label,
            lambda x: [ch_json(x, level, msg, {"component": "network"})],
            "broker",
            SEC,
        )

    srv = {"component": "server"}

    def conn(host: str) -> dict[str, str]:
        return {"component": "server", "connection": f"{host}.corp.example"}

    def handle(host: str, t: datetime, agent: str, action: str, caller: str) -> None:
        rid = hexid(r, 32)
        if agent not in srv_agents[host]:
            S(
                host,
                t,
                "error",
                "Received a message for agent %s that does not exist, discarding",
                f"Received a message for agent {agent} that does not exist, discarding",
                {"component": "server", "subsystem": "agents"},
            )
            return
        if (
            caller == "choria=jsmith.mcollective"
            and agent == "service"
            and host in ("db01", "app01")
        ):
            S(
                host,
                t,
                "warning",
                "Denying %s access to %s#%s based on authorization policy for request %s",
                f"Denying {caller} access to {agent}#{action} based on authorization policy for request {rid}",
                {"agent": agent, "component": "server", "subsystem": "agents"},
            )
            return
        S(
            host,
            t,
            "info",
            "Handling message %s for %s#%s from %s",
            f"Handling message {rid} for {agent}#{action} from {caller}",
            {"agent": agent, "component": "server", "subsystem": "agents"},
        )

    broker_down = (at(9, 20, 3), at(9, 20, 49))
    db01_tls = (at(10, 40, 20), at(10, 55, 31))
    web02_restart = at(7, 5, 12)

    def down(host: str, t: datetime) -> bool:
        if in_any(t, [broker_down]):
            return True
        if host == "web02" and web02_restart - sec(2) <= t < web02_restart + sec(9):
            return True
        return host == "db01" and db01_tls[0] - sec(25) <= t < db01_tls[1] + sec(3)

    # the monitoring's ping every minute and the last run summary every five minutes
    for host in servers:
        m = T0 + sec(r.uniform(2, 6))
        while m < T_END:
            t = m + sec(r.uniform(0, 1.5))
            if not down(host, t):
                handle(host, t, "rpcutil", "ping", "choria=monitor.mcollective")
                if m.minute % 5 == 0:
                    handle(
                        host,
                        t + sec(r.uniform(1, 3)),
                        "puppet",
                        "last_run_summary",
                        "choria=monitor.mcollective",
                    )
            m += sec(60)
    # the deploy bot's releases to the web and app tiers
    for d0 in [at(7, 31, 10), at(9, 2, 45), at(10, 33, 5), at(11, 41, 30)]:
        for host in ("web01", "web02", "app01"):
            t = d0 + sec(r.uniform(0, 1))
            for agent, action, gap in [
                ("puppet", "disable", 2),
                ("package", "status", 3),
                ("package", "update", 25),
                ("puppet", "enable", 2),
                ("puppet", "runonce", 60),
                ("puppet", "last_run_summary", 20),
                ("puppet", "last_run_summary", 15),
                ("service", "restart", 5),
                ("service", "status", 2),
            ]:
                if host == "app01" and agent == "service":
                    continue
                if not down(host, t):
                    handle(host, t, agent, action, "choria=deploybot.mcollective")
                t += sec(gap + r.uniform(0, 3))
    # the admins' ad-hoc requests
    adhoc = [
        ("rpcutil", "inventory"),
        ("package", "status"),
        ("service", "status"),
        ("service", "restart"),
        ("filemgr", "status"),
        ("nrpe", "runcommand"),
        ("puppet", "status"),
        ("scout", "checks"),
        ("choria_util", "info"),
    ]
    for t in poisson(r, at(7, 0), T_END, 420):
        agent, action = r.choice(adhoc)
        caller = r.choice([CH_CALLERS[0], CH_CALLERS[2]])
        for host in r.sample(servers, r.randint(1, 4)):
            x = t + sec(r.uniform(0, 1))
            if not down(host, x):
                handle(host, x, agent, action, caller)

    def startup(host: str, t: datetime, tries: list[str] = ()) -> datetime:  # type: ignore[assignment]
        t = S(
            host,
            t,
            "info",
            "Choria Server version %s starting with config %s using protocol version %s",
            "Choria Server version 0.28.0 starting with config /etc/choria/server.conf using protocol version choria:request:1",
            srv,
        )
        for i, err in enumerate(tries, 1):
            t = S(
                host,
                t + sec(0.3),
                "info",
                "Attempting to connect to: %s",
                f"Attempting to connect to: {CH_BROKER}",
                conn(host),
            )
            t = S(
                host,
                t + sec(0.1),
                "warning",
                "Initial connection to the Broker failed on try %d: remote error: tls: bad certificate",
                f"Initial connection to the Broker failed on try {i}: {err}",
                conn(host),
            )
            t += sec(min(i * 2.0, 20.0) + r.uniform(0, 1.5) if i < 8 else 20 + r.uniform(0, 40))
        t = S(
            host,
            t + sec(0.3),
            "info",
            "Attempting to connect to: %s",
            f"Attempting to connect to: {CH_BROKER}",
            conn(host),
        )
        for agent in srv_agents[host]:
            if host == "web02" and agent == "nrpe":
                t = S(
                    host,
                    t + sec(0.05),
                    "info",
                    "Denying agent %s based on agent deny list",
                    "Denying agent nrpe based on agent deny list",
                    {"component": "server", "subsystem": "agents"},
                )
                continue
            t = S(
                host,
                t + sec(0.02),
                "info",
                "Registering new agent %s of type %s",
                f"Registering new agent {agent} of type {agent}",
                {"component": "server", "subsystem": "agents"},
            )
            t = S(
                host,
                t + sec(0.01),
                "info",
                "Subscribing agent %s to %s",
                f"Subscribing agent {agent} to mcollective.broadcast.agent.{agent}",
                {"component": "server", "subsystem": "agents"},
            )
        return t

    startup("web02", web02_restart)
    # db01's certificate reissued by the wrong CA at 10:40, put right at 10:55
    n = 0
    t = db01_tls[0]
    tries = []
    while True:
        n += 1
        tries.append("remote error: tls: bad certificate")
        t += sec(min(n * 2.0, 20.0) + 0.9 if n < 8 else 45)
        if t >= db01_tls[1]:
            break
    startup("db01", db01_tls[0], tries)
    # the broker's upgrade at 09:20: every server is disconnected, sleeps and reconnects
    for host in servers:
        x = S(
            host,
            broker_down[0] + sec(r.uniform(0.05, 0.5)),
            "warning",
            "NATS client connection got disconnected: %v",
            "NATS client connection got disconnected: EOF",
            conn(host),
        )
        k = 1
        while x < broker_down[1]:
            d = min(20.0, 0.5 * k * k) * r.uniform(0.5, 1.0)
            x = S(
                host,
                x + sec(0.01),
                "info",
                "Sleeping %v till the next reconnection attempt",
                f"Sleeping {d:.9f}s till the next reconnection attempt",
                conn(host),
            )
            x += sec(d)
            k += 1
        S(
            host,
            x + sec(0.05),
            "warning",
            "NATS client reconnected after a previous disconnection, connected to %s",
            f"NATS client reconnected after a previous disconnection, connected to {CH_BROKER}",
            conn(host),
        )
    # the broker's own log: its restart and db01's handshakes
    x = B(broker_down[0] - sec(1.2), "info", "Initiating Shutdown...", "Initiating Shutdown...")
    x = B(x + sec(0.4), "info", "Server Exiting..", "Server Exiting..")
    x = B(broker_down[1] - sec(3.1), "info", "Starting nats-server", "Starting nats-server")
    for lab, val in [
        ("  Version:  %s", "2.10.14"),
        ("  Git:      [%s]", "not set"),
        ("  Name:     %s", "broker01.corp.example"),
        ("  ID:       %s", "NDQ3" + hexid(r, 52).upper()),
    ]:
        x = B(x, "info", lab, lab.replace("%s", val))
    x = B(
        x + sec(0.2),
        "info",
        "Listening for client connections on %s",
        "Listening for client connections on 0.0.0.0:4222",
    )
    B(x + sec(0.1), "info", "Server is ready", "Server is ready")
    t = db01_tls[0] + sec(0.4)
    cid = 812
    for k in range(len(tries)):
        cid += r.randint(1, 9)
        B(
            t,
            "error",
            "TLS handshake error: tls: failed to verify certificate: x509: certificate signed by unknown authority",
            f"10.20.3.14:{r.randint(33000, 60999)} - cid:{cid} - TLS handshake error: tls: failed to verify certificate: x509: certificate signed by unknown authority",
        )
        t += sec(min((k + 1) * 2.0, 20.0) + 1.2 if k + 1 < 8 else 45)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- receptor

RC_NODES = {
    "awx-ctrl": "10.10.0.4",
    "hop01": "10.10.0.5",
    "exec01": "10.10.1.21",
    "exec02": "10.10.1.22",
    "bcn-exec01": "10.50.1.20",
}
RC_PORT = 27199
# the mesh: awx-ctrl and both local execution nodes peer with hop01; awx-ctrl also with exec02;
# the Barcelona node dials hop01 over the VPN
RC_LINKS = [
    ("awx-ctrl", "hop01"),
    ("exec01", "hop01"),
    ("exec02", "hop01"),
    ("awx-ctrl", "exec02"),
    ("bcn-exec01", "hop01"),
]
RC_LOGGED = {"awx-ctrl": 2318, "hop01": 1187, "exec01": 1203, "bcn-exec01": 988}


def receptor(r: random.Random) -> list[Log]:
    """Receptor 1.4 on an AWX mesh of five nodes, four logged, 06:00 to 12:00 (see the module
    docstring)."""
    fs = Files()

    def L(node: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        if node == "awx-ctrl":
            # `podman logs` of the awx-ee container on the control node: receptor's lines as they are
            return fs.add(
                f"{node}-awx-ee.log",
                t,
                label,
                lambda x: [f"{level} {x:%Y/%m/%d %H:%M:%S} {msg}"],
                node,
                SEC,
            )
        return fs.add(
            f"{node}-journal.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {node} receptor[{RC_LOGGED[node]}]: {level} {x:%Y/%m/%d %H:%M:%S} {msg}"
            ],
            node,
            SEC,
        )

    up: set[tuple[str, str]] = set(RC_LINKS)

    def routes(src: str) -> dict[str, str]:
        """Shortest paths (all costs 1.0) from src: the next hop of every reachable node."""
        adj: dict[str, list[str]] = {n: [] for n in RC_NODES}
        for a, b in sorted(up):
            adj[a].append(b)
            adj[b].append(a)
        first: dict[str, str] = {}
        frontier = [(n, n) for n in adj[src]]
        seen = {src}
        while frontier:
            nxt = []
            for node, via in frontier:
                if node in seen:
                    continue
                seen.add(node)
                first[node] = via
                nxt += [(m, via) for m in adj[node]]
            frontier = nxt
        return first

    def known(src: str) -> list[str]:
        """The known connections: every node src has heard of and its peers (Go's map order)."""
        reach = set(routes(src)) | {src}
        conns: dict[str, list[str]] = {n: [] for n in RC_NODES if n in reach or n == "bcn-exec01"}
        for a, b in sorted(up):
            if a in conns and (a in reach and b in reach):
                conns[a].append(b)
            if b in conns and (a in reach and b in reach):
                conns[b].append(a)
        names = list(conns)
        r.shuffle(names)
        out = []
        for n in names:
            peers = conns[n]
            r.shuffle(peers)
            out.append(f"   {n}: " + "".join(f"{p}(1.00) " for p in peers))
        return out

    def table(node: str, t: datetime) -> datetime:
        t = L(node, t, "INFO", "Known Connections:", "Known Connections:")
        for line in known(node):
            t = L(node, t, "INFO", "   %s: %s", line)
        t = L(node, t, "INFO", "Routing Table:", "Routing Table:")
        rt = list(routes(node).items())
        r.shuffle(rt)
        for dst, via in rt:
            t = L(node, t, "INFO", "   %s via %s", f"   {dst} via {via}")
        return t

    def changed(t: datetime, skip: tuple[str, ...] = ()) -> None:  # type: ignore[assignment]
        """A routing change floods the mesh: every logged node prints its tables, once or twice."""
        for node in RC_LOGGED:
            if node in skip:
                continue
            x = table(node, t + sec(r.uniform(0.05, 1.5)))
            if r.random() < 0.35:
                table(node, x + sec(r.uniform(0.1, 0.8)))

    def cycle_redial(node: str, t: datetime, until: datetime, err) -> datetime:  # type: ignore[no-untyped-def]
        """The dialer's retries: 5 s, growing by half up to 20 s."""
        d = 5.0
        while t < until:
            t = L(
                node, t, "WARNING", err[0], "Backend connection failed (will retry): " + err[1](t)
            )
            t += sec(d + r.uniform(0, 0.02))
            d = min(20.0, d * 1.5)
        return t

    hop = f"{RC_NODES['hop01']}:{RC_PORT}"

    def flap(t: datetime, outage: float, kind: str) -> None:
        """The Barcelona VPN drops: both ends see the stream break, bcn-exec01 redials."""
        up.discard(("bcn-exec01", "hop01"))
        lport = r.randint(33000, 60999)
        if kind == "reset":
            e1 = f"read tcp {RC_NODES['bcn-exec01']}:{lport}->{hop}: read: connection reset by peer"
            L(
                "bcn-exec01",
                t,
                "ERROR",
                "Backend receiving error read tcp %s->%s: read: connection reset by peer",
                f"Backend receiving error {e1}",
            )
        else:
            e1 = f"read tcp {RC_NODES['bcn-exec01']}:{lport}->{hop}: read: connection timed out"
            L(
                "bcn-exec01",
                t,
                "ERROR",
                "Backend receiving error read tcp %s->%s: read: connection timed out",
                f"Backend receiving error {e1}",
            )
        L(
            "hop01",
            t + sec(r.uniform(5, 40)),
            "ERROR",
            "Backend receiving error read tcp %s->%s: i/o timeout",
            f"Backend receiving error read tcp {hop}->{RC_NODES['bcn-exec01']}:{lport}: i/o timeout",
        )
        x = L(
            "bcn-exec01",
            t + sec(0.01),
            "WARNING",
            "Backend connection exited (will retry)",
            "Backend connection exited (will retry)",
        )
        changed(t + sec(0.5))
        back = t + sec(outage)
        x = cycle_redial(
            "bcn-exec01",
            x + sec(5),
            back,
            (
                "Backend connection failed (will retry): dial tcp %s: i/o timeout",
                lambda _: f"dial tcp {hop}: i/o timeout",
            ),
        )
        up.add(("bcn-exec01", "hop01"))
        L(
            "bcn-exec01",
            x,
            "INFO",
            "Connection established with %s",
            "Connection established with hop01",
        )
        L(
            "hop01",
            x + sec(0.2),
            "INFO",
            "Connection established with %s",
            "Connection established with bcn-exec01",
        )
        changed(x + sec(0.4))

    # AWX's health checks through the control socket: a closed connection noticed now and then
    for t in poisson(r, T0, T_END, 100):
        L(
            "awx-ctrl",
            t,
            "WARNING",
            "Could not read in control service: read unix %s->%s: use of closed network connection",
            "Could not read in control service: read unix /var/run/receptor/receptor.sock->@: use of closed network connection",
        )
    # the VPN to Barcelona flapping 07:10-08:40
    t = at(7, 10, 33)
    while t < at(8, 40):
        out = r.uniform(25, 140)
        flap(t, out, r.choice(["reset", "timeout", "timeout"]))
        if r.random() < 0.3:
            # jobs sent to the Barcelona node while it is away come back unreachable
            L(
                "awx-ctrl",
                t + sec(r.uniform(3, out - 2)),
                "WARNING",
                "Received unreachable message from %s",
                "Received unreachable message from hop01",
            )
        t += sec(out + r.uniform(240, 560))
    # exec01 patched and rebooted at 09:30: its peers notice the link gone
    down_t = at(9, 30, 12)
    up.discard(("exec01", "hop01"))
    changed(down_t + sec(0.3), skip=("exec01",))
    boot = at(9, 32, 47)
    x = L(
        "exec01",
        boot,
        "WARNING",
        "Backend connection failed (will retry): dial tcp %s: connect: network is unreachable",
        f"Backend connection failed (will retry): dial tcp {hop}: connect: network is unreachable",
    )
    x = L(
        "exec01",
        x + sec(0.01),
        "INFO",
        "Running control service %s",
        "Running control service control",
    )
    x = L("exec01", x, "INFO", "Initialization complete", "Initialization complete")
    x = L(
        "exec01",
        x + sec(5),
        "INFO",
        "Connection established with %s",
        "Connection established with hop01",
    )
    up.add(("exec01", "hop01"))
    L(
        "hop01",
        x + sec(0.1),
        "INFO",
        "Connection established with %s",
        "Connection established with exec01",
    )
    changed(x + sec(0.3))
    # hop01 restarted at 10:05 after its config was changed: everyone loses the hop for 20 s
    rs = at(10, 5, 9)
    saved = set(up)
    for a, b in sorted(up):
        if "hop01" in (a, b):
            up.discard((a, b))
    for node in ("awx-ctrl", "exec01", "bcn-exec01"):
        L(
            node,
            rs + sec(r.uniform(0.01, 0.3)),
            "WARNING",
            "Backend connection exited (will retry)",
            "Backend connection exited (will retry)",
        )
    changed(rs + sec(0.5), skip=("hop01",))
    x = L(
        "hop01",
        rs + sec(3),
        "INFO",
        "Running control service %s",
        "Running control service control",
    )
    x = L("hop01", x, "INFO", "Initialization complete", "Initialization complete")
    for node in ("awx-ctrl", "exec01", "bcn-exec01"):
        y = L(
            node,
            rs + sec(5.1),
            "WARNING",
            "Backend connection failed (will retry): dial tcp %s: connect: connection refused",
            f"Backend connection failed (will retry): dial tcp {hop}: connect: connection refused",
        )
        y = L(
            node,
            y + sec(7.5 + r.uniform(0, 0.02)),
            "INFO",
            "Connection established with %s",
            "Connection established with hop01",
        )
        L(
            "hop01",
            y + sec(0.1),
            "INFO",
            "Connection established with %s",
            "Connection established with " + node,
        )
    up.clear()
    up.update(saved)
    changed(rs + sec(14))
    # the Barcelona node's certificate expired at 11:00, renewed at 11:21
    exp = at(11, 0, 40)
    up.discard(("bcn-exec01", "hop01"))
    L(
        "bcn-exec01",
        exp,
        "WARNING",
        "Backend connection exited (will retry)",
        "Backend connection exited (will retry)",
    )
    changed(exp + sec(0.4))
    x = cycle_redial(
        "bcn-exec01",
        exp + sec(5),
        at(11, 21, 3),
        (
            "Backend connection failed (will retry): remote error: tls: expired certificate",
            lambda _: "remote error: tls: expired certificate",
        ),
    )
    up.add(("bcn-exec01", "hop01"))
    x = L(
        "bcn-exec01",
        x,
        "INFO",
        "Connection established with %s",
        "Connection established with hop01",
    )
    L(
        "hop01",
        x + sec(0.2),
        "INFO",
        "Connection established with %s",
        "Connection established with bcn-exec01",
    )
    changed(x + sec(0.4))
    return fs.logs(T0)


SYSTEMS = {
    "uyuni": uyuni,
    "katello": katello,
    "rudder": rudder,
    "choria": choria,
    "receptor": receptor,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
