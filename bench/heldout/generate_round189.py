#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 189 (stackstorm, camunda, flowable, skywalking, opennms)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five automation, workflow and monitoring
servers, 06:00 to 12:00 on 2024-06-07. The brief's first system, Huginn, is replaced by
StackStorm (the same kind: agents and sensors turning events into actions): Huginn's threaded
worker logs every scheduler tick through Rails' logger, ActiveJob and delayed_job (the
`Queuing schedule for every_1m` puts, `Enqueued`, `RUNNING`, `Performing`, `Performed`,
`COMPLETED after` lines), at least 13 lines a minute whatever the agents do, 4,700 in six
hours, which the round's line budget cannot hold without leaving most of them out.

- StackStorm 3.8 (`st2rulesengine.log`, `st2scheduler.log`, `st2actionrunner.2841.log`,
  `st2actionrunner.2843.log`, `st2sensorcontainer.log`: /var/log/st2 on one host, the packaged
  logging configs' `%(asctime)s %(thread)s %(levelname)s %(module)s [-] %(message)s`, eventlet's
  green-thread ids in the thread column, AUDIT a level of its own): two interval timers (disk
  usage over six hosts every 5 minutes, queue depth every 3) through the rules engine (`Found %d
  rules defined for trigger %s`, `Matched %s rule(s) for trigger_instance %s (trigger=%s)`, the
  AUDIT `Rule enforced. Execution %s, TriggerInstance %s and Rule %s.` with the documents'
  reprs), the scheduler (`[%s] Retrieved item "%s" from scheduling queue.`, `[%s] Scheduling
  Liveaction "%s".`, `... is updated to status "scheduled."`) and a runner (`Launching action
  execution.`, `Dispatched {~}action_execution: ...`, `Dispatching Action to a runner`,
  `Liveaction completed`); a health-check sensor (the pack's own `Health check of %s failed (%d
  in a row): ...`, `Dispatching trigger %s for %s`, `%s recovered after %d failed checks`) into a
  Slack action; Alertmanager's webhook into a remediation under a concurrency policy (`before` /
  `after applying policies`, `is delayed and scheduling queue is updated.`). The checkout API
  down 07:20-07:44 and search timing out 10:05-10:31, RabbitMQ restarted at 09:40 (kombu's
  `Connection to broker lost, trying to re-establish connection...` and `Broker connection
  error, trying again in %s seconds: %r.` with their tracebacks, `Connected to %s`), the slack
  pack reinstalled without its virtualenv 10:02-10:27 (`Failed to run action.` with the python
  runner's traceback).
- Camunda 7.21 (`camunda1-catalina.out`, `camunda2-catalina.out`: the Tomcat 10.1 distribution,
  java.util.logging's OneLineFormatter, `07-Jun-2024 06:00:26.115 INFO [pool-2-thread-6]
  com.acme.fulfillment.delegate.ChargePaymentDelegate.execute Charging ...`, the engine's lines
  all from `org.camunda.commons.logging.BaseLogger.logError`, traces indented by a tab): an
  order-fulfilment process application whose delegates log each step (`Reserved %d item(s) for
  order %s in warehouse %s`, `Charging %s EUR for order %s (customer %s)`, `Payment %s captured
  for order %s`, `Shipment %s created ...`, `Order confirmation for %s sent to %s`, an approval
  task listener); the payment gateway answering 503, then 502 after a 30 s proxy timeout,
  07:40-08:04 (each failed job attempt's `ENGINE-16004 Exception while closing command context:
  %s` with the delegate's exception, `ENGINE-16006 BPMN Stack Trace:` with the activity on the
  lines below, `ENGINE-14006 Exception while executing job %s: `; three attempts a minute apart,
  incidents retried from Cockpit at 08:20), the database failing over at 09:12 (`ENGINE-14019
  Exception during job acquisition ` on the acquisition thread, whose name holds brackets, with
  MyBatis's `### ...` lines), a process version with `${order.express}` in a gateway condition
  10:31-10:52, Tasklist clerks racing to claim approvals (`ENGINE-16003 ... Task '%s' is already
  claimed by someone else.`, `Cannot find task with id %s: task is null`), the SMTP relay down
  11:18-11:26.
- Flowable 7.0 (`claims-1.log`, `claims-2.log`: `docker logs` of two replicas of a Spring Boot
  3.2 claims service, `2024-06-07T06:01:10.521Z  INFO 1 --- [claims-service] [nio-8080-exec-1]
  com.acme.claims.api.ClaimController      : ...`): claims submitted, fraud-scored by an async
  job and paid out (`Claim %s submitted for policy %s (%s EUR)`, `Fraud score for claim %s is %s
  (threshold %s)`, `Payout of %s EUR for claim %s initiated to IBAN ending %s`); the fraud
  service timing out 08:10-08:34 (`Job %s failed` from DefaultAsyncRunnableExecutionExceptionHandler
  with the RestTemplate's trace, three attempts); the database failing over at 08:52 (Hikari's
  `Failed to validate connection ...`, `exception during async job acquisition: %s`, the
  dispatcher servlet's `Servlet.service() for servlet [%s] ... threw exception [...] with root
  cause`); claims-2 running out of heap at 09:31 (Hikari's housekeeper warning, the JVM's own
  `Exception in thread "%s" %s` line, no header) and starting again (Spring Boot, Tomcat, Hikari,
  Liquibase, the process and CMMN engines, the async executors).
- Apache SkyWalking 9.7.0 (`oap-1.log`, `oap-2.log`, `oap-3.log`: three OAP servers of the
  binary distribution, logs/skywalking-oap-server.log's `%d - %c - %L [%t] %-5p %x - %m%n`,
  `2024-06-07 06:03:23,006 - org.apache...DataTTLKeeperTimer - 78 [pool-11-thread-1] INFO  [] -
  ...`, log4j2's packaging data after each frame): the TTL keeper every 5 minutes (`Beginning to
  remove expired metrics from the storage.` on the first node, `The selected first getAddress is
  %s. The remove stage is skipped.` on the others); Elasticsearch rejecting (429) and timing out
  bulk writes 07:05-07:40 (`Failed to execute requests in bulk`, the persistence timer's errors,
  graphql-java's `Exception while fetching data (%s) : ...`); five starts (oap-2 at 07:41, oap-3
  after the OOM killer at 08:42, all three rolled at 10:15-10:28), each with the config loader's
  `Get a module define ...`, `Get a provider define ...`, `Provider=%s config=%s has been set as
  an empty string`, `Remove module %s without any provider`, `Prepare the %s provider in %s
  module.`, `start the provider %s in %s module.`, ZooKeeper's `Client environment:%s=%s` lines
  and session, `Version of OAP: %s`; the peers' `UNAVAILABLE: io exception` while a node is
  down; the alert gateway refusing (`Failed to send alarm message to Webhook: %s`) then its nginx
  answering 502 (`send to %s failure. Response code: %s, Response content: %s`, the HTML body on
  the lines below); ZooKeeper electing a new leader at 11:20.
- OpenNMS Horizon 33 (`poller.log`: the shipped log4j2.xml's `%d %-5p [%t] %c{1.}: %m%n`, the
  poller prefix at DEBUG): eight services of a small site polled every 5 minutes (`Start
  Scheduled Poll of service %s`, `Polling %s with TTL %s using pkg %s`, `Finish polling %s using
  pkg %s result = %s`, `Finish Scheduled Poll of service %s, started at %s`, the service as
  `PollableService [PollableInterface [PollableNode [7]:10.10.1.21]:HTTP]`); srv-web-01's HTTP
  down 07:12-07:31 and the database's monitoring login failing 10:40-11:24 (the downtime model's
  `getInterval(): ...` lines, `createEvent: uei = %s nodeid = %s`, outages opened and resolved);
  the Hamburg Minion offline 09:05-09:49 (remote polls rejected, then timing out: UNKNOWN); a
  poll postponed now and then while another holds the node's lock (INFO with LockUnavailable's
  trace).

Label notes. The heads are context: StackStorm's time, thread id, level and module; Tomcat's
time, level, thread and `class.method` (BaseLogger's for every engine line); Spring Boot's time,
level, pid, application name, thread and logger; SkyWalking's time, logger, line number, thread,
level and empty NDC; OpenNMS's time, level, thread and logger. Camunda's `ENGINE-NNNNN` codes are
the call site's literal and wording. A value that is a message of its own contributes its format:
the exception message after `ENGINE-16004 Exception while closing command context: ` (three
labels), the health check's error (`HTTP %d %s` / `timed out after %s seconds`), the servlet's
`Request processing failed: ...`; ENGINE-16006's text is the BPMN stack, labelled by its first
line (`ENGINE-16006 BPMN Stack Trace:`), its activities being values. Enum and state names are
values (OpenNMS's poll status `Up` / `Down` / `Unknown`, Curator's `State change: %s`), and so
are service names, candidate groups and the documents' reprs in StackStorm's AUDIT line. The
lines of a trace, of MyBatis's `### ...` context, of the BPMN stack and of nginx's body continue
their event and have no row; the JVM's `Exception in thread ...` line is an event of its own.

Least sure (written from the helper's knowledge; StackStorm's worker, container, scheduler and
enforcer messages, Camunda's ENGINE-14006/16004/16006/14019 and 16003 (and when each is logged),
Flowable's async executor, CommandContext and job failure messages, SkyWalking's config loader,
bootstrap, TTL keeper, bulk processor, remote client and webhook messages, and OpenNMS's
PollableService, PollableServiceConfig and DefaultPollContext messages and the poll status's
toString were checked against copies of their sources): the reprs inside StackStorm's AUDIT line
(shortened), kombu's traceback frames, the health-check sensor (a pack's own code); the
OneLineFormatter's indentation of traces, the engine's frames and the MyBatis wrapping of the
acquisition error; Spring Boot 3.2 printing the application name, the Liquibase lines Flowable
7's event registry writes on start; SkyWalking 9.7's `RemoteInstance` rendering, the ZooKeeper
client's environment list, the line numbers, the persistence timer's and graphql-java's
messages; OpenNMS's `Downtime` toString, LockUnavailable's message and the DEBUG default of the
poller prefix in Horizon 33.
"""

from __future__ import annotations

import random
import sys
import uuid
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def oid(r: random.Random, t: datetime, seq: list[int]) -> str:
    """A MongoDB ObjectId made at t (the seconds since the epoch, a random part, a counter)."""
    seq[0] += 1
    return f"{int(t.timestamp()):08x}{hexid(r, 10)}{seq[0] & 0xFFFFFF:06x}"


def uuid1(t: datetime, node: int, r: random.Random) -> str:
    """A time-based (version 1) UUID as Java UUID Generator's TimeBasedGenerator makes them."""
    ticks = int((t.timestamp() + 12219292800) * 1e7) + r.randrange(10000)
    return str(
        uuid.UUID(
            fields=(
                ticks & 0xFFFFFFFF,
                (ticks >> 32) & 0xFFFF,
                ((ticks >> 48) & 0x0FFF) | 0x1000,
                0x80 | r.randrange(64),
                r.randrange(256),
                node,
            )
        )
    )


def logback_logger(name: str, width: int = 40, target: int = 39) -> str:
    """logback's `%-40.40logger{39}`: leading packages cut to their first letter, left to right,
    until the name fits, then padded (or cut from the left) to the column."""
    parts = name.split(".")
    i = 0
    while len(".".join(parts)) > target and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    s = ".".join(parts)
    return f"{s[-width:]:<{width}}"


def log4j_short(name: str) -> str:
    """log4j2's `%c{1.}`: every package cut to its first letter."""
    parts = name.split(".")
    return ".".join([p[0] for p in parts[:-1]] + [parts[-1]])


def jtrace(
    exc: str,
    frames: list[str],
    more: int = 0,
    causes: list[tuple[str, list[str], int]] | None = None,
    suffix: bool = False,
) -> list[str]:
    """A Java stack trace as Throwable.printStackTrace writes it: the exception, `\\tat` frames,
    `Caused by:` blocks ending in `... N more`. `suffix`: log4j2's packaging data after each
    frame (`~[jar:version]`), given in the frame itself."""
    out = [exc] + [f"\tat {f}" for f in frames]
    if more:
        out.append(f"\t... {more} more")
    for cexc, cframes, cmore in causes or []:
        out.append(f"Caused by: {cexc}")
        out += [f"\tat {f}" for f in cframes]
        if cmore:
            out.append(f"\t... {cmore} more")
    return out


def pytrace(frames: list[tuple[str, int, str, str]], exc: str) -> list[str]:
    out = ["Traceback (most recent call last):"]
    for f, n, fn, src in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        out.append(f"    {src}")
    return [*out, exc]


# -------------------------------------------------------------------------------- stackstorm

ST2_PY = "/opt/stackstorm/st2/lib/python3.8/site-packages"
ST2_PROCS = {
    # process: (file, pid, green thread ids)
    "rulesengine": (
        "st2rulesengine.log",
        2710,
        [140237716391248, 140237716390528, 140237702931872],
    ),
    "scheduler": (
        "st2scheduler.log",
        2733,
        [139915220411776, 139915206922560, 139915206923280, 139915193426016],
    ),
    "runner-a": (
        "st2actionrunner.2841.log",
        2841,
        [140581137528592, 140581124038576, 140581124039296, 140581110545232],
    ),
    "runner-b": (
        "st2actionrunner.2843.log",
        2843,
        [139870335902608, 139870322412592, 139870322413312, 139870308919248],
    ),
    "sensors": ("st2sensorcontainer.log", 2698, [140449306264400]),
}
ST2_TIMERS = {
    # rule: (trigger ref, unit, delta, action, runner, parameters)
    "ops.disk_usage_check": (
        "core.3c9d4d7c-8e0a-4f8a-9b2c-51e7d0a6f4b1",
        "minutes",
        5,
        "ops.check_disk_usage",
        "remote-shell-cmd",
        "{'hosts': 'web-01,web-02,web-03,db-01,db-02,mq-01', 'cmd': 'df -hP /var /srv | tail -n +2'}",
    ),
    "ops.queue_depth_check": (
        "core.b1e0f7a2-6c34-4d19-8e57-0c2a9d3f6e88",
        "minutes",
        3,
        "ops.check_queue_depth",
        "python-script",
        "{'vhost': 'orders', 'threshold': 5000}",
    ),
}
ST2_ENDPOINTS = [
    "https://api.shop.example.com/healthz",
    "https://checkout.shop.example.com/healthz",
    "https://search.internal.example.com/_cluster/health",
    "https://grafana.internal.example.com/api/health",
]


def stackstorm(r: random.Random) -> list[Log]:
    """StackStorm 3.8 on one host: the rules engine, the scheduler, two action runner processes
    and the sensor container, each in its /var/log/st2 file. Two interval timers (disk usage
    every 5 minutes over six hosts, queue depth every 3), Alertmanager's webhook into a
    remediation action under a concurrency policy, the health-check sensor's trigger into a
    Slack action; the checkout API down 07:20-07:44 (the sensor's failures, alerts, delayed
    remediations), RabbitMQ restarted at 09:40, the slack pack reinstalled without its
    virtualenv 10:08-10:27."""
    fs = Files()
    seq = [0]
    greens: dict[str, list[int]] = {p: v[2] for p, v in ST2_PROCS.items()}

    def L(
        proc: str,
        t: datetime,
        level: str,
        module: str,
        label: str,
        lines: list[str],
        thread: int | None = None,
    ) -> datetime:
        f, _pid, _g = ST2_PROCS[proc]
        th = thread if thread is not None else r.choice(greens[proc])
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {th} {level} {module} [-] {lines[0]}",
                *lines[1:],
            ],
            proc,
            1000,
        )

    def ti_repr(tid: str, t: datetime, trigger: str, payload: str) -> str:
        return f'TriggerInstanceDB(id={tid}, occurrence_time="{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}+00:00", payload={payload}, status="processing", trigger="{trigger}")'

    def rule_repr(
        ref: str, action: str, params: str, trigger: str, ttype: str, tparams: str, rid: str
    ) -> str:
        pack, name = ref.split(".", 1)
        return (
            f'RuleDB(action=ActionExecutionSpecDB@{r.randrange(139870000000000, 140590000000000)}(ref="{action}", parameters="{params}"), '
            f'context={{}}, criteria={{}}, description="", enabled=True, id={rid}, metadata_file="rules/{name}.yaml", name="{name}", pack="{pack}", '
            f"ref=\"{ref}\", tags=[], trigger={{'type': '{ttype}', 'ref': '{trigger}', 'parameters': {tparams}}}, type={{'ref': 'standard', 'parameters': {{}}}}, "
            f'uid="rule:{pack}:{name}")'
        )

    rule_ids = {
        k: oid(r, at(5, 0) - sec(86400 * 40), seq)
        for k in [*ST2_TIMERS, "ops.remediate_on_alert", "netops.page_on_endpoint_down"]
    }
    broker_down = (at(9, 40, 5), at(9, 40, 41))
    slack_broken = (at(10, 2, 40), at(10, 27, 40))

    def execute(
        t: datetime,
        rule: str,
        trigger: str,
        ttype: str,
        tparams: str,
        payload: str,
        action: str,
        params: str,
        dur: float,
        policy: bool = False,
        fails: str = "",
    ) -> datetime:
        """One trigger instance through the rules engine, the scheduler and a runner; returns
        when the execution completed."""
        tid = oid(r, t, seq)
        te = L(
            "rulesengine",
            t + sec(r.uniform(0.004, 0.03)),
            "INFO",
            "engine",
            "Found %d rules defined for trigger %s",
            [f"Found 1 rules defined for trigger {trigger}"],
        )
        te = L(
            "rulesengine",
            te + sec(r.uniform(0.002, 0.02)),
            "INFO",
            "engine",
            "Matched %s rule(s) for trigger_instance %s (trigger=%s)",
            [f"Matched 1 rule(s) for trigger_instance {tid} (trigger={trigger})"],
        )
        eid, lid = oid(r, te, seq), oid(r, te, seq)
        te = te + sec(r.uniform(0.03, 0.12))
        exec_repr = f"ActionExecutionDB(action={{'name': '{action.split('.', 1)[1]}', 'ref': '{action}', 'pack': '{action.split('.')[0]}'}}, end_timestamp=None, id={eid}, liveaction={{'id': '{lid}', 'action': '{action}', 'status': 'requested'}}, rule={{'ref': '{rule}', 'id': '{rule_ids[rule]}'}}, status=\"requested\", trigger_instance={{'id': '{tid}'}})"
        L(
            "rulesengine",
            te,
            "AUDIT",
            "enforcer",
            "Rule enforced. Execution %s, TriggerInstance %s and Rule %s.",
            [
                f"Rule enforced. Execution {exec_repr}, TriggerInstance {ti_repr(tid, t, trigger, payload)} and Rule {rule_repr(rule, action, params, trigger, ttype, tparams, rule_ids[rule])}."
            ],
        )
        ts = te + sec(r.uniform(0.05, 0.6))
        if in_any(ts, [broker_down]):
            ts = broker_down[1] + sec(r.uniform(1, 4))
        status = "requested"
        while True:
            g = r.choice(greens["scheduler"])
            ts = L(
                "scheduler",
                ts,
                "INFO",
                "handler",
                '[%s] Retrieved item "%s" from scheduling queue.',
                [f'[{eid}] Retrieved item "{oid(r, te, seq)}" from scheduling queue.'],
            )
            ts = L(
                "scheduler",
                ts + sec(r.uniform(0.001, 0.01)),
                "INFO",
                "handler",
                '[%s] Scheduling Liveaction "%s".',
                [f'[{eid}] Scheduling Liveaction "{lid}".'],
                g,
            )
            if not policy:
                break
            ts = L(
                "scheduler",
                ts + sec(r.uniform(0.005, 0.03)),
                "INFO",
                "handler",
                '[%s] Liveaction "%s" has status "%s" before applying policies.',
                [f'[{eid}] Liveaction "{lid}" has status "{status}" before applying policies.'],
                g,
            )
            busy = remediation_busy[0] > ts
            after = "delayed" if busy else status
            ts = L(
                "scheduler",
                ts + sec(r.uniform(0.005, 0.03)),
                "INFO",
                "handler",
                '[%s] Liveaction "%s" has status "%s" after applying policies.',
                [f'[{eid}] Liveaction "{lid}" has status "{after}" after applying policies.'],
                g,
            )
            if not busy:
                break
            L(
                "scheduler",
                ts + sec(r.uniform(0.001, 0.008)),
                "INFO",
                "handler",
                '[%s] Liveaction "%s" is delayed and scheduling queue is updated.',
                [f'[{eid}] Liveaction "{lid}" is delayed and scheduling queue is updated.'],
                g,
            )
            status = "delayed"
            ts += sec(2.5 + r.uniform(0.05, 0.4))
        ts = L(
            "scheduler",
            ts + sec(r.uniform(0.003, 0.02)),
            "INFO",
            "handler",
            '[%s] Liveaction "%s" with status "%s" is updated to status "scheduled."',
            [
                f'[{eid}] Liveaction "{lid}" with status "{status}" is updated to status "scheduled."'
            ],
            g,
        )
        runner = r.choice(["runner-a", "runner-b"])
        g = r.choice(greens[runner])
        tr = L(
            runner,
            ts + sec(r.uniform(0.01, 0.08)),
            "AUDIT",
            "worker",
            "Launching action execution.",
            ["Launching action execution."],
            g,
        )
        tr = L(
            runner,
            tr + sec(r.uniform(0.0005, 0.003)),
            "INFO",
            "worker",
            'Dispatched {~}action_execution: %s / {~}live_action: %s with "%s" status.',
            [
                f'Dispatched {{~}}action_execution: {eid} / {{~}}live_action: {lid} with "running" status.'
            ],
            g,
        )
        tr = L(
            runner,
            tr + sec(r.uniform(0.002, 0.02)),
            "INFO",
            "base",
            "Dispatching Action to a runner",
            ["Dispatching Action to a runner"],
            g,
        )
        if policy:
            remediation_busy[0] = tr + sec(dur)
        if fails:
            tr = L(
                runner,
                tr + sec(r.uniform(0.05, 0.2)),
                "ERROR",
                "base",
                "Failed to run action.",
                [
                    "Failed to run action.",
                    *pytrace(
                        [
                            (
                                f"{ST2_PY}/st2actions/container/base.py",
                                117,
                                "_do_run",
                                "(status, result, context) = runner.run(action_params)",
                            ),
                            (
                                f"{ST2_PY}/python_runner/python_runner.py",
                                205,
                                "run",
                                "raise Exception(msg)",
                            ),
                        ],
                        f'Exception: Virtual environment ({fails}) for pack "slack" does not exist. Normally this is created when you install a pack using "st2 pack install". If you installed your pack by some other means, you can create a new virtual environment using the command: "st2 run packs.setup_virtualenv packs=slack"',
                    ),
                ],
                g,
            )
            dur = r.uniform(0.01, 0.05)
        return L(
            runner,
            tr + sec(dur),
            "AUDIT",
            "base",
            "Liveaction completed",
            ["Liveaction completed"],
            g,
        )

    remediation_busy = [T0]
    # interval timers
    for rule, (trigger, unit, delta, action, runner, params) in ST2_TIMERS.items():
        t = T0 + sec(delta * 60 - (7 if delta == 5 else 41) + r.uniform(0, 0.02))
        while t < T_END:
            if not in_any(t, [broker_down]):
                dur = r.uniform(2.1, 6.5) if runner == "remote-shell-cmd" else r.uniform(0.6, 1.9)
                execute(
                    t,
                    rule,
                    trigger,
                    "core.st2.IntervalTimer",
                    f"{{'unit': '{unit}', 'delta': {delta}}}",
                    f"{{'executed_at': '{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}+00:00', 'schedule': None}}",
                    action,
                    params,
                    dur,
                )
            t += sec(delta * 60 + r.uniform(-0.004, 0.004))
    # health-check sensor every 60 s; checkout down 07:20-07:44, search slow 10:05-10:31
    outages = {
        ST2_ENDPOINTS[1]: (at(7, 20, 31), at(7, 44, 10)),
        ST2_ENDPOINTS[2]: (at(10, 5, 0), at(10, 31, 0)),
    }
    fails_of = dict.fromkeys(ST2_ENDPOINTS, 0)
    t = T0 + sec(12.4)
    while t < T_END:
        for ep in ST2_ENDPOINTS:
            span = outages.get(ep)
            if span and span[0] <= t < span[1]:
                fails_of[ep] += 1
                err = (
                    "HTTP 503 Service Unavailable"
                    if ep == ST2_ENDPOINTS[1]
                    else f"timed out after {r.choice([10.0, 10.0, 10.0])} seconds"
                )
                fmt = "Health check of %s failed (%d in a row): " + (
                    "HTTP %d %s" if err.startswith("HTTP") else "timed out after %s seconds"
                )
                ts = L(
                    "sensors",
                    t + sec(r.uniform(0.05, 0.4)),
                    "WARNING",
                    "http_health",
                    fmt,
                    [f"Health check of {ep} failed ({fails_of[ep]} in a row): {err}"],
                )
                if fails_of[ep] % 10 == 3:
                    ts = L(
                        "sensors",
                        ts + sec(0.002),
                        "INFO",
                        "http_health",
                        "Dispatching trigger %s for %s",
                        [f"Dispatching trigger netops.endpoint_down for {ep}"],
                    )
                    payload = f"{{'url': '{ep}', 'failures': {fails_of[ep]}, 'error': '{err}'}}"
                    fail = slack_broken[0] <= ts < slack_broken[1]
                    execute(
                        ts,
                        "netops.page_on_endpoint_down",
                        "netops.endpoint_down",
                        "netops.endpoint_down",
                        "{}",
                        payload,
                        "slack.chat.postMessage",
                        "{'channel': '#ops-alerts', 'text': '{{ trigger.url }} is down: {{ trigger.error }}'}",
                        r.uniform(0.4, 1.1),
                        fails="/opt/stackstorm/virtualenvs/slack" if fail else "",
                    )
            elif fails_of[ep]:
                L(
                    "sensors",
                    t + sec(r.uniform(0.05, 0.4)),
                    "INFO",
                    "http_health",
                    "%s recovered after %d failed checks",
                    [f"{ep} recovered after {fails_of[ep]} failed checks"],
                )
                fails_of[ep] = 0
        t += sec(60 + r.uniform(0.01, 0.09))
    # Alertmanager's webhook: CheckoutDown and its children every minute while firing
    # (two alert groups, sent a few seconds apart, then again every group_interval of 5 minutes)
    hooks = []
    for k in range(5):
        t = at(7, 21, 40) + sec(300 * k + r.uniform(0, 2))
        hooks += [
            (t, "CheckoutDown", "checkout"),
            (
                t + sec(r.uniform(2.5, 9)),
                r.choice(["CheckoutHighErrorRate", "UpstreamLatencyHigh"]),
                "checkout",
            ),
        ]
    hooks += [
        (at(10, 6, 30) + sec(300 * k + r.uniform(0, 2)), "SearchClusterYellow", "search")
        for k in range(5)
    ]
    for t, alert, svc in sorted(hooks):
        execute(
            t,
            "ops.remediate_on_alert",
            "core.st2.webhook",
            "core.st2.webhook",
            "{'url': 'alertmanager'}",
            f"{{'headers': {{'Content-Type': 'application/json'}}, 'body': {{'status': 'firing', 'alerts': [{{'labels': {{'alertname': '{alert}', 'service': '{svc}'}}}}]}}}}",
            "ops.restart_service",
            "{'service': '{{ trigger.body.alerts[0].labels.service }}'}",
            r.uniform(9, 16),
            policy=True,
        )
    # RabbitMQ restarted: every consumer loses its connection and retries
    for proc in ["rulesengine", "scheduler", "runner-a", "runner-b"]:
        t = broker_down[0] + sec(r.uniform(0.01, 0.4))
        t = L(
            proc,
            t,
            "WARNING",
            "mixins",
            "Connection to broker lost, trying to re-establish connection...",
            [
                "Connection to broker lost, trying to re-establish connection...",
                *pytrace(
                    [
                        (
                            f"{ST2_PY}/kombu/mixins.py",
                            180,
                            "run",
                            "for _ in self.consume(limit=None, **kwargs):",
                        ),
                        (
                            f"{ST2_PY}/kombu/mixins.py",
                            197,
                            "consume",
                            "conn.drain_events(timeout=safety_interval)",
                        ),
                        (
                            f"{ST2_PY}/kombu/connection.py",
                            317,
                            "drain_events",
                            "return self.transport.drain_events(self.connection, **kwargs)",
                        ),
                        (
                            f"{ST2_PY}/kombu/transport/pyamqp.py",
                            169,
                            "drain_events",
                            "return connection.drain_events(**kwargs)",
                        ),
                        (
                            f"{ST2_PY}/amqp/connection.py",
                            525,
                            "drain_events",
                            "while not self.blocking_read(timeout):",
                        ),
                        (
                            f"{ST2_PY}/amqp/connection.py",
                            530,
                            "blocking_read",
                            "frame = self.transport.read_frame()",
                        ),
                        (
                            f"{ST2_PY}/amqp/transport.py",
                            294,
                            "read_frame",
                            "frame_header = read(7, True)",
                        ),
                        (f"{ST2_PY}/amqp/transport.py", 627, "_read", "s = recv(n - len(rbuf))"),
                    ],
                    "ConnectionResetError: [Errno 104] Connection reset by peer",
                ),
            ],
        )
        interval = 2.0
        while t + sec(interval) < broker_down[1]:
            t = L(
                proc,
                t + sec(r.uniform(0.005, 0.02)),
                "WARNING",
                "mixins",
                "Broker connection error, trying again in %s seconds: %r.",
                [
                    f"Broker connection error, trying again in {interval} seconds: ConnectionRefusedError(111, 'ECONNREFUSED').",
                    *pytrace(
                        [
                            (
                                f"{ST2_PY}/kombu/connection.py",
                                447,
                                "_reraise_as_library_errors",
                                "yield",
                            ),
                            (
                                f"{ST2_PY}/kombu/connection.py",
                                434,
                                "_ensure_connection",
                                "return retry_over_time(",
                            ),
                            (
                                f"{ST2_PY}/kombu/utils/functional.py",
                                312,
                                "retry_over_time",
                                "return fun(*args, **kwargs)",
                            ),
                            (
                                f"{ST2_PY}/amqp/transport.py",
                                184,
                                "_connect",
                                "self.sock.connect(sa)",
                            ),
                        ],
                        "ConnectionRefusedError: [Errno 111] Connection refused",
                    ),
                ],
            )
            t += sec(interval)
            interval = min(interval + 2.0, 30.0)
        L(
            proc,
            broker_down[1] + sec(r.uniform(0.3, 2.5)),
            "INFO",
            "mixins",
            "Connected to %s",
            ["Connected to amqp://stackstorm:**@rabbitmq.internal:5672//"],
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- camunda

CA_NODES = {"camunda1": 0x0242AC120004, "camunda2": 0x0242AC120005}
CA_BASE = "org.camunda.commons.logging.BaseLogger"
CA_EXEC = "JobExecutor[org.camunda.bpm.engine.impl.jobexecutor.RuntimeContainerJobExecutor]"
CA_ENGINE_FRAMES = [
    "org.camunda.bpm.engine.impl.delegate.JavaDelegateInvocation.invoke(JavaDelegateInvocation.java:40)",
    "org.camunda.bpm.engine.impl.delegate.DelegateInvocation.proceed(DelegateInvocation.java:58)",
    "org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor.handleInvocationInContext(DefaultDelegateInterceptor.java:92)",
    "org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor.handleInvocation(DefaultDelegateInterceptor.java:63)",
    "org.camunda.bpm.engine.impl.bpmn.behavior.ServiceTaskJavaDelegateActivityBehavior.performExecution(ServiceTaskJavaDelegateActivityBehavior.java:60)",
    "org.camunda.bpm.engine.impl.bpmn.behavior.ServiceTaskJavaDelegateActivityBehavior.execute(ServiceTaskJavaDelegateActivityBehavior.java:49)",
    "org.camunda.bpm.engine.impl.bpmn.behavior.ClassDelegateActivityBehavior.lambda$execute$0(ClassDelegateActivityBehavior.java:70)",
    "org.camunda.bpm.engine.impl.bpmn.helper.BpmnExceptionHandler.executeWithErrorPropagation(BpmnExceptionHandler.java:83)",
    "org.camunda.bpm.engine.impl.bpmn.behavior.ClassDelegateActivityBehavior.execute(ClassDelegateActivityBehavior.java:68)",
    "org.camunda.bpm.engine.impl.pvm.runtime.operation.PvmAtomicOperationActivityExecute$2.callback(PvmAtomicOperationActivityExecute.java:61)",
    "org.camunda.bpm.engine.impl.pvm.runtime.operation.PvmAtomicOperationActivityExecute$2.callback(PvmAtomicOperationActivityExecute.java:50)",
    "org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl.continueIfExecutionDoesNotAffectNextOperation(PvmExecutionImpl.java:2109)",
    "org.camunda.bpm.engine.impl.pvm.runtime.operation.PvmAtomicOperationActivityExecute.execute(PvmAtomicOperationActivityExecute.java:42)",
    "org.camunda.bpm.engine.impl.interceptor.AtomicOperationInvocation.execute(AtomicOperationInvocation.java:99)",
    "org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext.invokeNext(CommandInvocationContext.java:134)",
    "org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext.performNext(CommandInvocationContext.java:114)",
    "org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext.performOperation(CommandInvocationContext.java:89)",
    "org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity.performOperation(ExecutionEntity.java:636)",
    "org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler.execute(AsyncContinuationJobHandler.java:81)",
    "org.camunda.bpm.engine.impl.persistence.entity.JobEntity.execute(JobEntity.java:174)",
    "org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd.execute(ExecuteJobsCmd.java:110)",
    "org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd.execute(ExecuteJobsCmd.java:42)",
    "org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl.execute(CommandExecutorImpl.java:28)",
    "org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor.execute(CommandContextInterceptor.java:110)",
    "org.camunda.bpm.engine.impl.interceptor.ProcessApplicationContextInterceptor.execute(ProcessApplicationContextInterceptor.java:70)",
    "org.camunda.bpm.engine.impl.interceptor.CommandCounterInterceptor.execute(CommandCounterInterceptor.java:35)",
    "org.camunda.bpm.engine.impl.interceptor.LogInterceptor.execute(LogInterceptor.java:33)",
    "org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper.executeJob(ExecuteJobHelper.java:57)",
    "org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable.executeJob(ExecuteJobsRunnable.java:110)",
    "org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable.run(ExecuteJobsRunnable.java:71)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
]
CA_REST_FRAMES = [
    "org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl.execute(CommandExecutorImpl.java:28)",
    "org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor.execute(CommandContextInterceptor.java:110)",
    "org.camunda.bpm.engine.impl.interceptor.ProcessApplicationContextInterceptor.execute(ProcessApplicationContextInterceptor.java:70)",
    "org.camunda.bpm.engine.impl.interceptor.CommandCounterInterceptor.execute(CommandCounterInterceptor.java:35)",
    "org.camunda.bpm.engine.impl.interceptor.LogInterceptor.execute(LogInterceptor.java:33)",
    "org.camunda.bpm.engine.impl.TaskServiceImpl.{m}(TaskServiceImpl.java:{n})",
    "org.camunda.bpm.engine.rest.sub.task.impl.TaskResourceImpl.{rm}(TaskResourceImpl.java:{rn})",
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
    "org.jboss.resteasy.core.MethodInjectorImpl.invoke(MethodInjectorImpl.java:154)",
    "org.jboss.resteasy.core.ResourceMethodInvoker.internalInvokeOnTarget(ResourceMethodInvoker.java:660)",
    "org.jboss.resteasy.core.ResourceMethodInvoker.invokeOnTargetAfterFilter(ResourceMethodInvoker.java:524)",
    "org.jboss.resteasy.core.ResourceMethodInvoker.invokeOnTarget(ResourceMethodInvoker.java:474)",
    "org.jboss.resteasy.core.ResourceMethodInvoker.invoke(ResourceMethodInvoker.java:364)",
    "org.jboss.resteasy.core.SynchronousDispatcher.invoke(SynchronousDispatcher.java:477)",
    "org.jboss.resteasy.core.SynchronousDispatcher.invoke(SynchronousDispatcher.java:252)",
    "org.jboss.resteasy.plugins.server.servlet.ServletContainerDispatcher.service(ServletContainerDispatcher.java:224)",
    "org.jboss.resteasy.plugins.server.servlet.HttpServletDispatcher.service(HttpServletDispatcher.java:56)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)",
    "org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter.doFilter(AuthenticationFilter.java:99)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
    "org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)",
    "org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:482)",
    "org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)",
    "org.apache.catalina.valves.ErrorReportValve.invoke(ErrorReportValve.java:93)",
    "org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:74)",
    "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:344)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)",
    "org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)",
    "org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:896)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)",
    "org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:52)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:63)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
]
CA_CARRIERS = ["DHL", "DHL", "DPD", "GLS", "UPS"]
CA_WAREHOUSES = ["WH-BER-01", "WH-BER-01", "WH-HAM-02", "WH-MUC-01"]
CA_CLERKS = ["mschneider", "jkoch", "awagner", "tbecker"]
CA_FIRST = [
    "anna",
    "lukas",
    "marie",
    "jonas",
    "lea",
    "felix",
    "sophie",
    "paul",
    "emma",
    "noah",
    "mia",
    "elias",
]
CA_LAST = [
    "mueller",
    "schmidt",
    "fischer",
    "weber",
    "meyer",
    "wagner",
    "becker",
    "hoffmann",
    "schulz",
    "koch",
]


def tomcat_trace(lines: list[str]) -> list[str]:
    """A trace under Tomcat's OneLineFormatter: every line indented by one more tab."""
    return ["\t" + y for x in lines for y in x.split("\n")]


def camunda(r: random.Random) -> list[Log]:
    """Two Camunda 7.21 nodes (Tomcat 10.1 distribution, one shared PostgreSQL) running an
    order-fulfilment process application whose delegates log through java.util.logging into
    catalina.out: the payment gateway answering 503 07:40-08:04 (failed jobs retried a minute
    apart, incidents, retried from Cockpit at 08:20), the database failing over at 09:12, a new
    process version with a broken gateway condition 10:31-10:52, Tasklist clerks racing for the
    approval of large orders."""
    fs = Files()

    def J(
        node: str, t: datetime, level: str, thread: str, where: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            f"{node}-catalina.out",
            t,
            label,
            lambda x: [
                f"{x:%d-%b-%Y %H:%M:%S}.{ms3(x)} {level} [{thread}] {where} {lines[0]}",
                *lines[1:],
            ],
            node,
            1000,
        )

    def jthread(node: str) -> str:
        return f"pool-2-thread-{r.randint(1, 10)}"

    def http(node: str) -> str:
        return f"http-nio-8080-exec-{r.randint(1, 25)}"

    def ids(t: datetime, node: str) -> str:
        return uuid1(t, CA_NODES[node], r)

    payment_down = (at(7, 40, 12), at(8, 4, 40))
    db_down = (at(9, 12, 31), at(9, 13, 9))
    bad_version = (at(10, 31, 5), at(10, 52, 20))
    smtp_down = (at(11, 18, 40), at(11, 26, 5))

    def job_failure(
        node: str,
        t: datetime,
        thread: str,
        job_id: str,
        pi: str,
        activity: str,
        name: str,
        label16: str,
        msg16: str,
        exc: list[str],
    ) -> datetime:
        t = J(
            node,
            t,
            "SEVERE",
            thread,
            f"{CA_BASE}.logError",
            label16,
            [f"ENGINE-16004 Exception while closing command context: {msg16}", *tomcat_trace(exc)],
        )
        t = J(
            node,
            t + sec(0.001),
            "SEVERE",
            thread,
            f"{CA_BASE}.logError",
            "ENGINE-16006 BPMN Stack Trace:",
            [
                "ENGINE-16006 BPMN Stack Trace:",
                f"\t{activity} (activity-execute, ProcessInstance[{pi}])",
                f"\t{activity}, name={name}",
            ],
        )
        return J(
            node,
            t + sec(0.002),
            "WARNING",
            thread,
            f"{CA_BASE}.logWarn",
            "ENGINE-14006 Exception while executing job %s: ",
            [f"ENGINE-14006 Exception while executing job {job_id}: ", *tomcat_trace(exc)],
        )

    def payment_exc(order: str, code: int) -> list[str]:
        return jtrace(
            f"com.acme.fulfillment.payment.PaymentGatewayException: Payment gateway returned HTTP {code} for order {order}",
            [
                "com.acme.fulfillment.payment.PaymentClient.capture(PaymentClient.java:88)",
                "com.acme.fulfillment.delegate.ChargePaymentDelegate.execute(ChargePaymentDelegate.java:41)",
                *CA_ENGINE_FRAMES,
            ],
        )

    def expr_exc() -> list[str]:
        return jtrace(
            "org.camunda.bpm.engine.ProcessEngineException: Unknown property used in expression: ${order.express}. Cause: Cannot resolve identifier 'order'",
            [
                "org.camunda.bpm.engine.impl.el.JuelExpression.getValue(JuelExpression.java:63)",
                "org.camunda.bpm.engine.impl.el.JuelExpression.getValue(JuelExpression.java:51)",
                "org.camunda.bpm.engine.impl.el.UelExpressionCondition.tryEvaluate(UelExpressionCondition.java:50)",
                "org.camunda.bpm.engine.impl.el.UelExpressionCondition.evaluate(UelExpressionCondition.java:41)",
                "org.camunda.bpm.engine.impl.bpmn.behavior.ExclusiveGatewayActivityBehavior.doLeave(ExclusiveGatewayActivityBehavior.java:68)",
                "org.camunda.bpm.engine.impl.bpmn.behavior.GatewayActivityBehavior.execute(GatewayActivityBehavior.java:38)",
                *CA_ENGINE_FRAMES[9:],
            ],
            causes=[
                (
                    "org.camunda.bpm.impl.juel.PropertyNotFoundException: Cannot resolve identifier 'order'",
                    [
                        "org.camunda.bpm.impl.juel.AstIdentifier.eval(AstIdentifier.java:83)",
                        "org.camunda.bpm.impl.juel.AstProperty.eval(AstProperty.java:52)",
                        "org.camunda.bpm.impl.juel.AstEval.eval(AstEval.java:50)",
                        "org.camunda.bpm.impl.juel.AstNode.getValue(AstNode.java:26)",
                        "org.camunda.bpm.impl.juel.TreeValueExpression.getValue(TreeValueExpression.java:114)",
                        "org.camunda.bpm.engine.impl.delegate.ExpressionGetInvocation.invoke(ExpressionGetInvocation.java:38)",
                        "org.camunda.bpm.engine.impl.delegate.DelegateInvocation.proceed(DelegateInvocation.java:58)",
                        "org.camunda.bpm.engine.impl.el.JuelExpression.getValue(JuelExpression.java:56)",
                    ],
                    31,
                )
            ],
        )

    order_no = [118_204]
    PAY = "com.acme.fulfillment.delegate.ChargePaymentDelegate.execute"

    def charge(
        node: str, t: datetime, order: str, amount: str, cust: str, pi: str, job_id: str
    ) -> tuple[datetime, bool]:
        """One attempt of the payment job; returns (end, captured)."""
        th = jthread(node)
        t = J(
            node,
            t,
            "INFO",
            th,
            PAY,
            "Charging %s EUR for order %s (customer %s)",
            [f"Charging {amount} EUR for order {order} (customer {cust})"],
        )
        if in_any(t, [payment_down]):
            code = 503 if t < at(7, 58) else 502
            end = job_failure(
                node,
                t + sec(r.uniform(0.8, 1.6) if code == 503 else r.uniform(30.0, 30.2)),
                th,
                job_id,
                pi,
                "ChargePayment",
                "Charge payment",
                "ENGINE-16004 Exception while closing command context: Payment gateway returned HTTP %d for order %s",
                f"Payment gateway returned HTTP {code} for order {order}",
                payment_exc(order, code),
            )
            return end, False
        t = J(
            node,
            t + sec(r.uniform(0.3, 1.4)),
            "INFO",
            th,
            PAY,
            "Payment %s captured for order %s",
            [f"Payment pi_3P{alnum(r, 22)} captured for order {order}"],
        )
        return t, True

    def rest_of(t: datetime, order: str, pi: str, email: str, amount: float, version: int) -> None:
        """Shipment gateway onwards (each async continuation on either node)."""
        node = r.choice(list(CA_NODES))
        t += sec(r.uniform(0.2, 4.0))
        if in_any(t, [db_down]):
            t = db_down[1] + sec(r.uniform(2, 8))
        if version == 4:
            job_id = ids(t, node)
            for _attempt in range(3):
                th = jthread(node)
                job_failure(
                    node,
                    t,
                    th,
                    job_id,
                    pi,
                    "ShippingGateway",
                    "Express shipping?",
                    "ENGINE-16004 Exception while closing command context: Unknown property used in expression: %s. Cause: Cannot resolve identifier '%s'",
                    "Unknown property used in expression: ${order.express}. Cause: Cannot resolve identifier 'order'",
                    expr_exc(),
                )
                t += sec(60 + r.uniform(0.5, 6))
                node = r.choice(list(CA_NODES))
            return
        th = jthread(node)
        t = J(
            node,
            t,
            "INFO",
            th,
            "com.acme.fulfillment.delegate.CreateShipmentDelegate.execute",
            "Shipment %s created for order %s with carrier %s",
            [
                f"Shipment SHP{r.randint(10**9, 10**10 - 1)} created for order {order} with carrier {r.choice(CA_CARRIERS)}"
            ],
        )
        t += sec(r.uniform(0.05, 0.6))
        if in_any(t, [smtp_down]):
            J(
                node,
                t + sec(10),
                "WARNING",
                th,
                "com.acme.fulfillment.delegate.SendConfirmationDelegate.execute",
                "Could not send order confirmation for %s to %s: %s",
                [
                    f"Could not send order confirmation for {order} to {email}: Couldn't connect to host, port: smtp.example.de, 587; timeout 10000"
                ],
            )
        else:
            J(
                node,
                t,
                "INFO",
                th,
                "com.acme.fulfillment.delegate.SendConfirmationDelegate.execute",
                "Order confirmation for %s sent to %s",
                [f"Order confirmation for {order} sent to {email}"],
            )

    incidents: list[tuple[str, str, str, str, str, float]] = []
    claimed_twice = set(r.sample(range(40), 7))
    large = [0]
    for t in poisson(r, T0 + sec(20), T_END - sec(240), 57):
        if in_any(t, [db_down]):
            continue
        order_no[0] += r.randint(1, 3)
        order = f"ORD-2024-{order_no[0]}"
        cust = f"C-{r.randint(100000, 999999)}"
        email = f"{r.choice(CA_FIRST)}.{r.choice(CA_LAST)}@{r.choice(['example.de', 'example.com', 'mail.example.org'])}"
        items = r.choice([1, 1, 1, 2, 2, 3, 4, 6])
        amount = round(r.lognormvariate(4.6, 0.9), 2)
        version = 4 if bad_version[0] <= t < bad_version[1] else (3 if t < bad_version[0] else 5)
        node = r.choice(list(CA_NODES))
        pi = ids(t, node)
        # reserve stock (async before)
        t1 = t + sec(r.uniform(0.3, 3.5))
        if in_any(t1, [db_down]):
            t1 = db_down[1] + sec(r.uniform(1, 6))
        node = r.choice(list(CA_NODES))
        th = jthread(node)
        if r.random() < 0.04 and items > 1:
            sku = f"SKU-{r.randint(10000, 99999)}"
            t1 = J(
                node,
                t1,
                "WARNING",
                th,
                "com.acme.fulfillment.delegate.ReserveStockDelegate.execute",
                "Only %d of %d unit(s) of %s in stock for order %s, backordering the rest",
                [
                    f"Only {items - r.randint(1, items - 1)} of {items} unit(s) of {sku} in stock for order {order}, backordering the rest"
                ],
            )
        t1 = J(
            node,
            t1 + sec(0.002),
            "INFO",
            th,
            "com.acme.fulfillment.delegate.ReserveStockDelegate.execute",
            "Reserved %d item(s) for order %s in warehouse %s",
            [f"Reserved {items} item(s) for order {order} in warehouse {r.choice(CA_WAREHOUSES)}"],
        )
        # payment (async before, R3/PT1M)
        t2 = t1 + sec(r.uniform(0.2, 2.5))
        if in_any(t2, [db_down]):
            t2 = db_down[1] + sec(r.uniform(1, 6))
        job_id = ids(t2, node)
        ok = False
        for _attempt in range(3):
            node = r.choice(list(CA_NODES))
            t2, ok = charge(node, t2, order, f"{amount:.2f}", cust, pi, job_id)
            if ok:
                break
            t2 += sec(60 + r.uniform(0.5, 8))
        if not ok:
            incidents.append((order, cust, pi, email, f"{amount:.2f}", amount))
            continue
        if amount > 250:
            # approval user task in Tasklist
            large[0] += 1
            J(
                node,
                t2 + sec(r.uniform(0.01, 0.05)),
                "INFO",
                jthread(node),
                "com.acme.fulfillment.listener.ApprovalTaskListener.notify",
                "Approval task for order %s (%s EUR) created for candidate group %s",
                [
                    f"Approval task for order {order} ({amount:.2f} EUR) created for candidate group {'sales-managers' if amount > 1000 else 'sales-clerks'}"
                ],
            )
            tc = t2 + sec(r.uniform(120, 1500))
            if large[0] in claimed_twice and tc < T_END - sec(60):
                node = r.choice(list(CA_NODES))
                task = ids(t2, node)
                J(
                    node,
                    tc + sec(r.uniform(0.5, 3)),
                    "INFO",
                    http(node),
                    f"{CA_BASE}.logInfo",
                    "ENGINE-16003 Exception while closing command context: Task '%s' is already claimed by someone else.",
                    [
                        f"ENGINE-16003 Exception while closing command context: Task '{task}' is already claimed by someone else.",
                        *tomcat_trace(
                            jtrace(
                                f"org.camunda.bpm.engine.TaskAlreadyClaimedException: Task '{task}' is already claimed by someone else.",
                                [
                                    "org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd.execute(ClaimTaskCmd.java:57)",
                                    "org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd.execute(ClaimTaskCmd.java:32)",
                                ]
                                + [
                                    f.format(m="claim", n=199, rm="claim", rn=136)
                                    for f in CA_REST_FRAMES
                                ],
                            )
                        ),
                    ],
                )
                if large[0] % 3 == 0:
                    tg = tc + sec(r.uniform(200, 900))
                    if tg < T_END:
                        J(
                            node,
                            tg,
                            "SEVERE",
                            http(node),
                            f"{CA_BASE}.logError",
                            "ENGINE-16004 Exception while closing command context: Cannot find task with id %s: task is null",
                            [
                                f"ENGINE-16004 Exception while closing command context: Cannot find task with id {task}: task is null",
                                *tomcat_trace(
                                    jtrace(
                                        f"org.camunda.bpm.engine.exception.NullValueException: Cannot find task with id {task}: task is null",
                                        [
                                            "java.base/jdk.internal.reflect.DirectConstructorHandleAccessor.newInstance(DirectConstructorHandleAccessor.java:62)",
                                            "java.base/java.lang.reflect.Constructor.newInstanceWithCaller(Constructor.java:502)",
                                            "java.base/java.lang.reflect.Constructor.newInstance(Constructor.java:486)",
                                            "org.camunda.bpm.engine.impl.util.EnsureUtil.generateException(EnsureUtil.java:405)",
                                            "org.camunda.bpm.engine.impl.util.EnsureUtil.ensureNotNull(EnsureUtil.java:56)",
                                            "org.camunda.bpm.engine.impl.util.EnsureUtil.ensureNotNull(EnsureUtil.java:51)",
                                            "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd.execute(CompleteTaskCmd.java:59)",
                                            "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd.execute(CompleteTaskCmd.java:36)",
                                        ]
                                        + [
                                            f.format(m="complete", n=180, rm="complete", rn=171)
                                            for f in CA_REST_FRAMES
                                        ],
                                    )
                                ),
                            ],
                        )
            t2 = tc
            if t2 >= T_END - sec(30):
                continue
        rest_of(
            t2,
            order,
            pi,
            email,
            amount,
            version if not bad_version[0] <= t2 < bad_version[1] else 4,
        )
    # payment incidents retried from Cockpit at 08:20
    tr = at(8, 20, 14)
    for order, cust, pi, email, amt, amount in incidents:
        tr += sec(r.uniform(0.4, 2.5))
        node = r.choice(list(CA_NODES))
        if r.random() < 0.3:
            # the gateway had taken the payment before its proxy timed out
            th = jthread(node)
            t2 = J(
                node,
                tr,
                "INFO",
                th,
                PAY,
                "Charging %s EUR for order %s (customer %s)",
                [f"Charging {amt} EUR for order {order} (customer {cust})"],
            )
            t2 = J(
                node,
                t2 + sec(r.uniform(0.2, 0.6)),
                "WARNING",
                th,
                PAY,
                "Payment for order %s was already captured (%s), not charging again",
                [
                    f"Payment for order {order} was already captured (pi_3P{alnum(r, 22)}), not charging again"
                ],
            )
        else:
            t2, _ok = charge(node, tr, order, amt, cust, pi, ids(tr, node))
        rest_of(t2, order, pi, email, amount, 3)
    # job acquisition on both nodes while the database fails over
    for node in CA_NODES:
        t = db_down[0] + sec(r.uniform(0, 4))
        while t < db_down[1]:
            cause = "org.postgresql.util.PSQLException: Connection to camunda-db.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
            ctx = [
                f"### Error querying database.  Cause: {cause}",
                "### The error may exist in org/camunda/bpm/engine/impl/mapping/entity/Job.xml",
                "### The error may involve org.camunda.bpm.engine.impl.persistence.entity.JobEntity.selectNextJobsToExecute",
                "### The error occurred while executing a query",
                f"### Cause: {cause}",
            ]
            J(
                node,
                t,
                "SEVERE",
                CA_EXEC,
                f"{CA_BASE}.logError",
                "ENGINE-14019 Exception during job acquisition %s",
                [
                    "ENGINE-14019 Exception during job acquisition ",
                    *ctx,
                    *tomcat_trace(
                        jtrace(
                            "\n".join(
                                ["org.apache.ibatis.exceptions.PersistenceException: ", *ctx]
                            ),
                            [
                                "org.apache.ibatis.exceptions.ExceptionFactory.wrapException(ExceptionFactory.java:30)",
                                "org.apache.ibatis.session.defaults.DefaultSqlSession.selectList(DefaultSqlSession.java:156)",
                                "org.apache.ibatis.session.defaults.DefaultSqlSession.selectList(DefaultSqlSession.java:147)",
                                "org.camunda.bpm.engine.impl.db.sql.DbSqlSession.executeSelectList(DbSqlSession.java:117)",
                                "org.camunda.bpm.engine.impl.db.sql.DbSqlSession.selectListWithRawParameter(DbSqlSession.java:108)",
                                "org.camunda.bpm.engine.impl.db.AbstractPersistenceSession.selectList(AbstractPersistenceSession.java:90)",
                                "org.camunda.bpm.engine.impl.persistence.entity.JobManager.findNextJobsToExecute(JobManager.java:518)",
                                "org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd.execute(AcquireJobsCmd.java:67)",
                                "org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd.execute(AcquireJobsCmd.java:46)",
                                "org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl.execute(CommandExecutorImpl.java:28)",
                                "org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor.execute(CommandContextInterceptor.java:110)",
                                "org.camunda.bpm.engine.impl.interceptor.ProcessApplicationContextInterceptor.execute(ProcessApplicationContextInterceptor.java:70)",
                                "org.camunda.bpm.engine.impl.interceptor.CommandCounterInterceptor.execute(CommandCounterInterceptor.java:35)",
                                "org.camunda.bpm.engine.impl.interceptor.LogInterceptor.execute(LogInterceptor.java:33)",
                                "org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable.acquireJobs(SequentialJobAcquisitionRunnable.java:178)",
                                "org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable.run(SequentialJobAcquisitionRunnable.java:75)",
                                "java.base/java.lang.Thread.run(Thread.java:1583)",
                            ],
                            causes=[
                                (
                                    cause,
                                    [
                                        "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)",
                                        "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
                                        "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)",
                                        "org.postgresql.Driver.makeConnection(Driver.java:446)",
                                        "org.postgresql.Driver.connect(Driver.java:298)",
                                        "org.apache.tomcat.jdbc.pool.PooledConnection.connectUsingDriver(PooledConnection.java:346)",
                                        "org.apache.tomcat.jdbc.pool.PooledConnection.connect(PooledConnection.java:227)",
                                        "org.apache.tomcat.jdbc.pool.ConnectionPool.createConnection(ConnectionPool.java:769)",
                                        "org.apache.tomcat.jdbc.pool.ConnectionPool.borrowConnection(ConnectionPool.java:698)",
                                        "org.apache.tomcat.jdbc.pool.ConnectionPool.getConnection(ConnectionPool.java:198)",
                                        "org.apache.tomcat.jdbc.pool.DataSourceProxy.getConnection(DataSourceProxy.java:132)",
                                    ],
                                    19,
                                ),
                                (
                                    "java.net.ConnectException: Connection refused",
                                    [
                                        "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                                        "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)",
                                        "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542)",
                                        "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:592)",
                                        "java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
                                        "java.base/java.net.Socket.connect(Socket.java:751)",
                                        "org.postgresql.core.PGStream.createSocket(PGStream.java:243)",
                                        "org.postgresql.core.PGStream.<init>(PGStream.java:98)",
                                        "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:132)",
                                        "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)",
                                    ],
                                    30,
                                ),
                            ],
                        )
                    ),
                ],
            )
            t += sec(5 + r.uniform(0.001, 0.05))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- flowable

FL_APP = "claims-service"
FL_POOL = "flowable-async-job-executor-thread-"
FL_SPRING_FRAMES = [
    "org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)",
    "org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)",
    "org.springframework.web.client.RestTemplate.execute(RestTemplate.java:790)",
    "org.springframework.web.client.RestTemplate.postForObject(RestTemplate.java:499)",
    "com.acme.claims.fraud.FraudScoringClient.score(FraudScoringClient.java:47)",
    "com.acme.claims.delegate.FraudCheckDelegate.execute(FraudCheckDelegate.java:38)",
    "org.flowable.engine.impl.bpmn.helper.DelegateExpressionUtil.lambda$resolveDelegateExpression$0(DelegateExpressionUtil.java:62)",
    "org.flowable.engine.impl.delegate.invocation.JavaDelegateInvocation.invoke(JavaDelegateInvocation.java:35)",
    "org.flowable.engine.impl.delegate.invocation.DelegateInvocation.proceed(DelegateInvocation.java:35)",
    "org.flowable.engine.impl.delegate.invocation.DefaultDelegateInterceptor.handleInvocation(DefaultDelegateInterceptor.java:26)",
    "org.flowable.engine.impl.bpmn.behavior.ServiceTaskDelegateExpressionActivityBehavior.execute(ServiceTaskDelegateExpressionActivityBehavior.java:137)",
    "org.flowable.engine.impl.agenda.ContinueProcessOperation.executeActivityBehavior(ContinueProcessOperation.java:305)",
    "org.flowable.engine.impl.agenda.ContinueProcessOperation.executeSynchronous(ContinueProcessOperation.java:207)",
    "org.flowable.engine.impl.agenda.ContinueProcessOperation.continueThroughFlowNode(ContinueProcessOperation.java:130)",
    "org.flowable.engine.impl.agenda.ContinueProcessOperation.run(ContinueProcessOperation.java:86)",
    "org.flowable.engine.impl.interceptor.CommandInvoker.executeOperation(CommandInvoker.java:254)",
    "org.flowable.engine.impl.interceptor.CommandInvoker.executeOperations(CommandInvoker.java:109)",
    "org.flowable.engine.impl.interceptor.CommandInvoker.execute(CommandInvoker.java:84)",
    "org.flowable.engine.impl.interceptor.BpmnOverrideContextInterceptor.execute(BpmnOverrideContextInterceptor.java:26)",
    "org.flowable.common.engine.impl.interceptor.TransactionContextInterceptor.execute(TransactionContextInterceptor.java:53)",
    "org.flowable.common.engine.impl.interceptor.CommandContextInterceptor.execute(CommandContextInterceptor.java:105)",
    "org.flowable.common.spring.SpringTransactionInterceptor.lambda$execute$0(SpringTransactionInterceptor.java:57)",
    "org.springframework.transaction.support.TransactionTemplate.execute(TransactionTemplate.java:140)",
    "org.flowable.common.spring.SpringTransactionInterceptor.execute(SpringTransactionInterceptor.java:57)",
    "org.flowable.common.engine.impl.interceptor.LogInterceptor.execute(LogInterceptor.java:30)",
    "org.flowable.common.engine.impl.cfg.CommandExecutorImpl.execute(CommandExecutorImpl.java:56)",
    "org.flowable.job.service.impl.asyncexecutor.ExecuteAsyncRunnable.executeJob(ExecuteAsyncRunnable.java:132)",
    "org.flowable.job.service.impl.asyncexecutor.ExecuteAsyncRunnable.runInternally(ExecuteAsyncRunnable.java:121)",
    "org.flowable.job.service.impl.asyncexecutor.ExecuteAsyncRunnable.run(ExecuteAsyncRunnable.java:86)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
]
FL_HIKARI_CAUSE = [
    "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)",
    "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)",
    "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)",
    "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)",
    "org.springframework.jdbc.datasource.DataSourceTransactionManager.doBegin(DataSourceTransactionManager.java:265)",
]
FL_POLICIES = ["HOME", "HOME", "MOTOR", "MOTOR", "MOTOR", "TRAVEL", "PET", "LIABILITY"]


def flowable(r: random.Random) -> list[Log]:
    """Two replicas of a Spring Boot 3.2 claims service embedding Flowable 7.0 (process and CMMN
    engines, PostgreSQL), `docker logs` of each: claims submitted over REST, an async fraud
    check and an async payout; the fraud-scoring service timing out 08:10-08:34 (failed jobs,
    three attempts each), the database failing over at 08:52, claims-2 killed by an
    OutOfMemoryError at 09:31 and started again."""
    fs = Files()

    def S(
        rep: str, t: datetime, level: str, thread: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        th = f"{thread[-15:]:>15}"
        return fs.add(
            f"{rep}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z {level:>5} 1 --- [{FL_APP}] [{th}] {logback_logger(logger)} : {lines[0]}",
                *lines[1:],
            ],
            rep,
            1000,
        )

    def raw(rep: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f"{rep}.log", t, label, lambda x: list(lines), rep, 1000)

    fraud_down = (at(8, 10, 22), at(8, 34, 50))
    db_down = (at(8, 52, 11), at(8, 53, 37))
    oom = at(9, 31, 12)
    back = at(9, 31, 41)
    live = {
        "claims-1": [(T0 - sec(3600), T_END)],
        "claims-2": [(T0 - sec(3600), oom), (back + sec(19), T_END)],
    }

    def startup(rep: str, t: datetime) -> datetime:
        app = "com.acme.claims.ClaimsServiceApplication"
        t = S(
            rep,
            t,
            "INFO",
            "main",
            app,
            "Starting %s v%s using Java %s with PID %s (%s started by %s in %s)",
            [
                "Starting ClaimsServiceApplication v2.14.3 using Java 17.0.11 with PID 1 (/app/app.jar started by spring in /app)"
            ],
        )
        t = S(
            rep,
            t + sec(0.004),
            "INFO",
            "main",
            app,
            'The following %s profile is active: "%s"',
            ['The following 1 profile is active: "prod"'],
        )
        t = S(
            rep,
            t + sec(r.uniform(2.0, 2.6)),
            "INFO",
            "main",
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port %s (%s)",
            ["Tomcat initialized with port 8080 (http)"],
        )
        t = S(
            rep,
            t + sec(0.012),
            "INFO",
            "main",
            "org.apache.catalina.core.StandardService",
            "Starting service [%s]",
            ["Starting service [Tomcat]"],
        )
        t = S(
            rep,
            t + sec(0.001),
            "INFO",
            "main",
            "org.apache.catalina.core.StandardEngine",
            "Starting Servlet engine: [%s]",
            ["Starting Servlet engine: [Apache Tomcat/10.1.20]"],
        )
        t = S(
            rep,
            t + sec(0.06),
            "INFO",
            "main",
            "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]",
            "Initializing Spring embedded WebApplicationContext",
            ["Initializing Spring embedded WebApplicationContext"],
        )
        t = S(
            rep,
            t + sec(0.002),
            "INFO",
            "main",
            "org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext",
            "Root WebApplicationContext: initialization completed in %d ms",
            [f"Root WebApplicationContext: initialization completed in {r.randint(2100, 2600)} ms"],
        )
        t = S(
            rep,
            t + sec(r.uniform(0.3, 0.6)),
            "INFO",
            "main",
            "com.zaxxer.hikari.HikariDataSource",
            "%s - Starting...",
            ["HikariPool-1 - Starting..."],
        )
        t = S(
            rep,
            t + sec(r.uniform(0.15, 0.3)),
            "INFO",
            "main",
            "com.zaxxer.hikari.pool.HikariPool",
            "%s - Added connection %s",
            [
                f"HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{r.randrange(16**7, 16**8):x}"
            ],
        )
        t = S(
            rep,
            t + sec(0.002),
            "INFO",
            "main",
            "com.zaxxer.hikari.HikariDataSource",
            "%s - Start completed.",
            ["HikariPool-1 - Start completed."],
        )
        t = S(
            rep,
            t + sec(r.uniform(1.2, 1.9)),
            "INFO",
            "main",
            "liquibase.changelog",
            "Reading from %s",
            ["Reading from public.FLW_EV_DATABASECHANGELOG"],
        )
        t = S(
            rep,
            t + sec(0.03),
            "INFO",
            "main",
            "liquibase.lockservice",
            "Successfully acquired change log lock",
            ["Successfully acquired change log lock"],
        )
        t = S(
            rep,
            t + sec(0.05),
            "INFO",
            "main",
            "liquibase.lockservice",
            "Successfully released change log lock",
            ["Successfully released change log lock"],
        )
        t = S(
            rep,
            t + sec(r.uniform(1.5, 2.5)),
            "INFO",
            "main",
            "org.flowable.engine.impl.ProcessEngineImpl",
            "ProcessEngine %s created",
            ["ProcessEngine default created"],
        )
        t = S(
            rep,
            t + sec(r.uniform(0.4, 0.8)),
            "INFO",
            "main",
            "org.flowable.cmmn.engine.impl.CmmnEngineImpl",
            "CmmnEngine %s created",
            ["CmmnEngine default created"],
        )
        for n, eng in enumerate(["cmmn", "bpmn"]):
            t = S(
                rep,
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                "main",
                "org.flowable.job.service.impl.asyncexecutor.AbstractAsyncExecutor",
                "Starting up the async job executor [%s] for engine %s",
                [
                    f"Starting up the async job executor [org.flowable.spring.job.service.SpringAsyncExecutor] for engine {eng}"
                ],
            )
            t = S(
                rep,
                t + sec(0.002),
                "INFO",
                f"Thread-{3 * n + 1}",
                "org.flowable.job.service.impl.asyncexecutor.ResetExpiredJobsRunnable",
                "starting to reset expired jobs for engine %s",
                [f"starting to reset expired jobs for engine {eng}"],
            )
            t = S(
                rep,
                t + sec(0.001),
                "INFO",
                f"Thread-{3 * n + 2}",
                "org.flowable.job.service.impl.asyncexecutor.AcquireTimerJobsRunnable",
                "starting to acquire async jobs due for engine %s",
                [f"starting to acquire async jobs due for engine {eng}"],
            )
            t = S(
                rep,
                t + sec(0.001),
                "INFO",
                f"Thread-{3 * n + 3}",
                "org.flowable.job.service.impl.asyncexecutor.AcquireAsyncJobsDueRunnable",
                "starting to acquire async jobs due for engine %s",
                [f"starting to acquire async jobs due for engine {eng}"],
            )
        t = S(
            rep,
            t + sec(r.uniform(1.0, 1.6)),
            "INFO",
            "main",
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port %s (%s) with context path '%s'",
            ["Tomcat started on port 8080 (http) with context path ''"],
        )
        return S(
            rep,
            t + sec(0.02),
            "INFO",
            "main",
            app,
            "Started %s in %s seconds (process running for %s)",
            [
                f"Started ClaimsServiceApplication in {r.uniform(16, 19):.3f} seconds (process running for {r.uniform(19.1, 20.4):.3f})"
            ],
        )

    startup("claims-2", back)

    def acq_exc(msg: str) -> list[str]:
        return jtrace(
            f"org.springframework.transaction.CannotCreateTransactionException: {msg}",
            [
                "org.springframework.jdbc.datasource.DataSourceTransactionManager.doBegin(DataSourceTransactionManager.java:309)",
                "org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:531)",
                "org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction(AbstractPlatformTransactionManager.java:405)",
                "org.springframework.transaction.support.TransactionTemplate.execute(TransactionTemplate.java:137)",
                "org.flowable.common.spring.SpringTransactionInterceptor.execute(SpringTransactionInterceptor.java:57)",
                "org.flowable.common.engine.impl.interceptor.LogInterceptor.execute(LogInterceptor.java:30)",
                "org.flowable.common.engine.impl.cfg.CommandExecutorImpl.execute(CommandExecutorImpl.java:56)",
                "org.flowable.common.engine.impl.cfg.CommandExecutorImpl.execute(CommandExecutorImpl.java:51)",
                "org.flowable.job.service.impl.asyncexecutor.AcquireAsyncJobsDueRunnable.acquireAndExecuteJobs(AcquireAsyncJobsDueRunnable.java:95)",
                "org.flowable.job.service.impl.asyncexecutor.AcquireAsyncJobsDueRunnable.run(AcquireAsyncJobsDueRunnable.java:67)",
                "java.base/java.lang.Thread.run(Thread.java:840)",
            ],
            causes=[
                (
                    f"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, waiting={r.randint(0, 3)})",
                    FL_HIKARI_CAUSE,
                    11,
                ),
                (
                    "org.postgresql.util.PSQLException: Connection to claims-db.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                    [
                        "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:352)",
                        "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
                        "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)",
                        "org.postgresql.Driver.makeConnection(Driver.java:446)",
                        "org.postgresql.Driver.connect(Driver.java:298)",
                        "com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:137)",
                        "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:360)",
                        "com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:202)",
                        "com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:461)",
                        "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:724)",
                        "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:703)",
                        "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
                        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                        "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
                        "java.base/java.lang.Thread.run(Thread.java:840)",
                    ],
                    0,
                ),
            ],
        )

    def fraud_exc(claim: str) -> list[str]:
        return jtrace(
            'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://fraud-scoring.claims.svc:8080/api/v1/score": Read timed out',
            FL_SPRING_FRAMES,
            causes=[
                (
                    "java.net.SocketTimeoutException: Read timed out",
                    [
                        "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                        "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
                        "java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:355)",
                        "java.base/java.net.Socket$SocketInputStream.read(Socket.java:966)",
                        "java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:244)",
                        "java.base/java.io.BufferedInputStream.read1(BufferedInputStream.java:284)",
                        "java.base/java.io.BufferedInputStream.read(BufferedInputStream.java:343)",
                        "java.base/sun.net.www.http.HttpClient.parseHTTPHeader(HttpClient.java:791)",
                        "java.base/sun.net.www.http.HttpClient.parseHTTP(HttpClient.java:726)",
                        "java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1688)",
                        "java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream(HttpURLConnection.java:1589)",
                        "java.base/java.net.HttpURLConnection.getResponseCode(HttpURLConnection.java:529)",
                        "org.springframework.http.client.SimpleClientHttpResponse.getStatusCode(SimpleClientHttpResponse.java:55)",
                        "org.springframework.web.client.DefaultResponseErrorHandler.hasError(DefaultResponseErrorHandler.java:64)",
                        "org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:926)",
                        "org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:889)",
                    ],
                    29,
                )
            ],
        )

    def alive(rep: str, t: datetime) -> bool:
        return in_any(t, live[rep])

    seq = [40_211]
    for t in poisson(r, T0 + sec(5), T_END - sec(30), 27.5):
        rep = "claims-1" if not alive("claims-2", t) else r.choice(["claims-1", "claims-2"])
        seq[0] += 1
        claim = f"CLM-2024-{seq[0]:06d}"
        policy = f"{r.choice(FL_POLICIES)}-{r.randint(1000000, 9999999)}"
        amount = round(r.lognormvariate(6.8, 1.0), 2)
        http = f"http-nio-8080-exec-{r.randint(1, 12)}"
        if in_any(t, [db_down]):
            S(
                rep,
                t + sec(30),
                "ERROR",
                http,
                "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]",
                "Servlet.service() for servlet [%s] in context with path [%s] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: %s] with root cause",
                [
                    "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JDBC Connection for transaction] with root cause",
                    *jtrace(
                        "java.net.ConnectException: Connection refused",
                        [
                            "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                            "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
                            "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:554)",
                            "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
                            "java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
                            "java.base/java.net.Socket.connect(Socket.java:633)",
                            "org.postgresql.core.PGStream.createSocket(PGStream.java:243)",
                            "org.postgresql.core.PGStream.<init>(PGStream.java:98)",
                            "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:132)",
                            "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)",
                            "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
                            "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)",
                            "org.postgresql.Driver.makeConnection(Driver.java:446)",
                            "org.postgresql.Driver.connect(Driver.java:298)",
                            "com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:137)",
                            "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:360)",
                            "com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:202)",
                            "com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:461)",
                            "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:724)",
                            "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
                            "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                            "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
                            "java.base/java.lang.Thread.run(Thread.java:840)",
                        ],
                    ),
                ],
            )
            continue
        t = S(
            rep,
            t,
            "INFO",
            http,
            "com.acme.claims.api.ClaimController",
            "Claim %s submitted for policy %s (%s EUR)",
            [f"Claim {claim} submitted for policy {policy} ({amount:.2f} EUR)"],
        )
        # the async fraud check, on either replica (shared database)
        tf = t + sec(r.uniform(0.4, 3.0))
        if in_any(tf, [db_down]):
            tf = db_down[1] + sec(r.uniform(1, 9))
        job = uuid4(r)
        done = False
        for _attempt in range(3):
            frep = r.choice([x for x in live if alive(x, tf)])
            th = f"{FL_POOL}{r.randint(1, 8)}"
            if in_any(tf, [fraud_down]):
                tf = S(
                    frep,
                    tf + sec(5.0 + r.uniform(0.001, 0.05)),
                    "ERROR",
                    th,
                    "org.flowable.job.service.impl.asyncexecutor.DefaultAsyncRunnableExecutionExceptionHandler",
                    "Job %s failed",
                    [f"Job {job} failed", *fraud_exc(claim)],
                )
                tf += sec(10 + r.uniform(0.2, 9.5))
                continue
            score = round(r.betavariate(1.3, 9) * 100, 1)
            tf = S(
                frep,
                tf + sec(r.uniform(0.08, 0.6)),
                "INFO",
                th,
                "com.acme.claims.delegate.FraudCheckDelegate",
                "Fraud score for claim %s is %s (threshold %s)",
                [f"Fraud score for claim {claim} is {score} (threshold 35.0)"],
            )
            done = score < 35.0
            break
        if not done:
            continue
        tp = tf + sec(r.uniform(0.3, 4.0))
        if in_any(tp, [db_down]):
            tp = db_down[1] + sec(r.uniform(1, 9))
        prep = r.choice([x for x in live if alive(x, tp)])
        S(
            prep,
            tp,
            "INFO",
            f"{FL_POOL}{r.randint(1, 8)}",
            "com.acme.claims.delegate.PayoutDelegate",
            "Payout of %s EUR for claim %s initiated to IBAN ending %s",
            [
                f"Payout of {amount:.2f} EUR for claim {claim} initiated to IBAN ending {r.randint(0, 9999):04d}"
            ],
        )
    # the database fails over: pooled connections fail validation, acquisition fails every 10 s
    for rep in live:
        for _ in range(r.randint(3, 6)):
            S(
                rep,
                db_down[0] + sec(r.uniform(0.1, 20)),
                "WARN",
                f"http-nio-8080-exec-{r.randint(1, 12)}",
                "com.zaxxer.hikari.pool.PoolBase",
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                [
                    f"HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{r.randrange(16**7, 16**8):x} (This connection has been closed.). Possibly consider using a shorter maxLifetime value."
                ],
            )
        t = db_down[0] + sec(r.uniform(2, 9))
        while t < db_down[1]:
            t = S(
                rep,
                t + sec(30),
                "ERROR",
                "flowable-bpmn-acquire-async-jobs",
                "org.flowable.job.service.impl.asyncexecutor.AcquireAsyncJobsDueRunnable",
                "exception during async job acquisition: %s",
                [
                    "exception during async job acquisition: Could not open JDBC Connection for transaction",
                    *acq_exc("Could not open JDBC Connection for transaction"),
                ],
            )
            t += sec(10)
    # claims-2 runs out of heap
    S(
        "claims-2",
        oom - sec(4.2),
        "WARN",
        "HikariPool-1 housekeeper",
        "com.zaxxer.hikari.pool.HikariPool",
        "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
        ["HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s417ms)."],
    )
    raw(
        "claims-2",
        oom,
        'Exception in thread "%s" %s',
        [
            'Exception in thread "flowable-async-job-executor-thread-6" java.lang.OutOfMemoryError: Java heap space'
        ],
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- skywalking

SW_VERSION = "9.7.0"
SW_NODES = {"oap-1": "10.40.2.11", "oap-2": "10.40.2.12", "oap-3": "10.40.2.13"}
SW_MODULES = [
    # module, provider (in application.yml's order)
    ("cluster", "zookeeper"),
    ("core", "default"),
    ("storage", "elasticsearch"),
    ("agent-analyzer", "default"),
    ("log-analyzer", "default"),
    ("event-analyzer", "default"),
    ("receiver-sharing-server", "default"),
    ("receiver-register", "default"),
    ("receiver-trace", "default"),
    ("receiver-jvm", "default"),
    ("receiver-clr", "default"),
    ("receiver-profile", "default"),
    ("receiver-async-profiler", "default"),
    ("receiver-pprof", "default"),
    ("service-mesh", "default"),
    ("envoy-metric", "default"),
    ("receiver-otel", "default"),
    ("receiver-browser", "default"),
    ("receiver-log", "default"),
    ("query", "graphql"),
    ("logql", "default"),
    ("promql", "default"),
    ("alarm", "default"),
    ("telemetry", "prometheus"),
    ("configuration", "none"),
    ("receiver-meter", "default"),
    ("receiver-ebpf", "default"),
    ("receiver-telegraf", "default"),
    ("aws-firehose", "default"),
    ("event-analyzer-ext", None),
]
SW_REMOVED = [
    "receiver-zabbix",
    "receiver-zipkin",
    "kafka-fetcher",
    "query-zipkin",
    "exporter",
    "health-checker",
    "debugging-query",
]
SW_EMPTY = [
    ("zookeeper", "namespace"),
    ("zookeeper", "schema"),
    ("zookeeper", "expression"),
    ("zookeeper", "internalComHost"),
    ("default", "restContextPath"),
    ("default", "gRPCSslKeyPath"),
    ("default", "gRPCSslCertChainPath"),
    ("default", "gRPCSslTrustedCAPath"),
    ("default", "searchableLogsTags"),
    ("default", "searchableAlarmTags"),
    ("elasticsearch", "namespace"),
    ("elasticsearch", "user"),
    ("elasticsearch", "password"),
    ("elasticsearch", "trustStorePath"),
    ("elasticsearch", "trustStorePass"),
    ("elasticsearch", "secretsManagementFile"),
    ("elasticsearch", "advanced"),
    ("elasticsearch", "specificIndexSettings"),
    ("default", "noUpstreamRealAddressAgents"),
    ("default", "meterAnalyzerActiveFiles"),
    ("default", "lalFiles"),
    ("default", "malFiles"),
    ("default", "restHost"),
    ("default", "restContextPath"),
    ("default", "gRPCHost"),
    ("default", "gRPCSslKeyPath"),
    ("default", "gRPCSslCertChainPath"),
    ("default", "gRPCSslTrustedCAsPath"),
    ("default", "authentication"),
    ("default", "enabledOtelMetricsRules"),
    ("default", "enabledOcRules"),
    ("default", "enabledZabbixRules"),
    ("graphql", "maxQueryComplexity"),
    ("default", "restHost"),
    ("default", "buildInfoRevision"),
    ("default", "buildInfoBuildUser"),
    ("default", "buildInfoBuildDate"),
    ("default", "tlsKeyPath"),
    ("default", "tlsCertChainPath"),
    ("default", "firehoseAccessKey"),
    ("prometheus", "sslKeyPath"),
    ("prometheus", "sslCertChainPath"),
    ("default", "activeFiles"),
    ("default", "eBPFLalFiles"),
    ("default", "eBPFMalFiles"),
    ("default", "profileTaskCacheMaxSize"),
    ("default", "metricsRules"),
    ("default", "k8sServiceNameRule"),
    ("default", "istioServiceNameRule"),
    ("default", "restAcceptQueueSize"),
    ("default", "gRPCThreadPoolSize"),
    ("default", "maxConcurrentCallsPerConnection"),
    ("default", "maxMessageSize"),
    ("default", "sampleRate"),
    ("default", "slowDBAccessThreshold"),
    ("default", "forceSampleErrorSegment"),
    ("default", "segmentStatusAnalysisStrategy"),
    ("default", "traceSamplingPolicySettingsFile"),
    ("default", "slowCacheWriteThreshold"),
    ("default", "slowCacheReadThreshold"),
]
SW_JAR = {
    "core": "server-core",
    "es": "library-elasticsearch-client",
    "alarm": "server-alarm-plugin",
    "armeria": "armeria-1.26.4.jar:?",
}


def swj(frame: str, jar: str) -> str:
    """A frame with log4j2's packaging data."""
    if jar.endswith(":?"):
        return f"{frame} ~[{jar}]"
    if jar == "?":
        return f"{frame} ~[?:?]"
    return f"{frame} ~[{jar}-{SW_VERSION}.jar:{SW_VERSION}]"


def skywalking(r: random.Random) -> list[Log]:
    """Three Apache SkyWalking 9.7.0 OAP servers (binary distribution, ZooKeeper cluster,
    Elasticsearch 7.17 storage), each writing logs/skywalking-oap-server.log: the data TTL
    keeper every 5 minutes (only the first node deletes), Elasticsearch rejecting and timing out
    bulk writes 07:05-07:37, oap-2 restarted at 07:41, oap-3 killed by the OOM killer at 08:42
    and started by systemd, the alert gateway down (09:30) then answering 502 (09:44-09:55), and
    a rolling restart of all three at 10:15 for new alarm settings."""
    fs = Files()

    def W(
        node: str,
        t: datetime,
        level: str,
        logger: str,
        line: int,
        thread: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        return fs.add(
            f"{node}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} - {logger} - {line} [{thread}] {level:<5} [] - {lines[0]}",
                *lines[1:],
            ],
            node,
            1000,
        )

    es_bad = (at(7, 5, 20), at(7, 40, 30))
    restarts = {
        "oap-2": [at(7, 41, 6), at(10, 21, 30)],
        "oap-3": [at(8, 43, 20), at(10, 27, 50)],
        "oap-1": [at(10, 15, 10)],
    }
    down = {n: [] for n in SW_NODES}
    down["oap-3"].append((at(8, 42, 3), at(8, 43, 20)))
    for n, ts in restarts.items():
        for t in ts:
            if t != at(8, 43, 20):
                down[n].append((t - sec(r.uniform(6, 9)), t))
    up_after = {}

    zk = {"zk-1": "10.40.3.11", "zk-2": "10.40.3.12", "zk-3": "10.40.3.13"}
    ZK = "org.apache.zookeeper.ClientCnxn"

    def zk_session(node: str, t: datetime, thread: str) -> datetime:
        host = r.choice(list(zk))
        t = W(
            node,
            t,
            "INFO",
            ZK,
            1171,
            thread,
            "Opening socket connection to server %s.",
            [f"Opening socket connection to server {host}/{zk[host]}:2181."],
        )
        t = W(
            node,
            t + sec(0.001),
            "INFO",
            ZK,
            1173,
            thread,
            "SASL config status: %s",
            ["SASL config status: Will not attempt to authenticate using SASL (unknown error)"],
        )
        t = W(
            node,
            t + sec(r.uniform(0.002, 0.01)),
            "INFO",
            ZK,
            1005,
            thread,
            "Socket connection established, initiating session, client: %s, server: %s",
            [
                f"Socket connection established, initiating session, client: /{SW_NODES[node]}:{r.randint(40000, 60999)}, server: {host}/{zk[host]}:2181"
            ],
        )
        return W(
            node,
            t + sec(r.uniform(0.005, 0.03)),
            "INFO",
            ZK,
            1444,
            thread,
            "Session establishment complete on server %s, session id = %s, negotiated timeout = %s",
            [
                f"Session establishment complete on server {host}/{zk[host]}:2181, session id = 0x{r.randrange(16**15, 16**16):x}, negotiated timeout = 60000"
            ],
        )

    def zk_connect(node: str, t: datetime) -> datetime:
        env = [
            (
                "zookeeper.version",
                "3.5.7-f0fdd52973d373ffd9c86b81d99842dc2c7f660e, built on 02/10/2020 11:30 GMT",
            ),
            ("host.name", f"{node}.apm.internal"),
            ("java.version", "17.0.11"),
            ("java.vendor", "Eclipse Adoptium"),
            ("java.home", "/usr/lib/jvm/temurin-17-jre-amd64"),
            (
                "java.class.path",
                "/opt/skywalking/config:/opt/skywalking/oap-libs/HdrHistogram-2.1.12.jar:/opt/skywalking/oap-libs/server-starter-9.7.0.jar",
            ),
            ("java.library.path", "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib"),
            ("java.io.tmpdir", "/tmp"),
            ("java.compiler", "<NA>"),
            ("os.name", "Linux"),
            ("os.arch", "amd64"),
            ("os.version", "5.15.0-107-generic"),
            ("user.name", "skywalking"),
            ("user.home", "/home/skywalking"),
            ("user.dir", "/opt/skywalking"),
            ("os.memory.free", f"{r.randint(900, 1900)}MB"),
            ("os.memory.max", "4096MB"),
            ("os.memory.total", f"{r.randint(2100, 2600)}MB"),
        ]
        for k, v in env:
            t = W(
                node,
                t + sec(r.uniform(0.0001, 0.0006)),
                "INFO",
                "org.apache.zookeeper.ZooKeeper",
                98,
                "main",
                "Client environment:%s=%s",
                [f"Client environment:{k}={v}"],
            )
        t = W(
            node,
            t + sec(0.001),
            "INFO",
            "org.apache.zookeeper.ZooKeeper",
            868,
            "main",
            "Initiating client connection, connectString=%s sessionTimeout=%s watcher=%s",
            [
                f"Initiating client connection, connectString=zk-1:2181,zk-2:2181,zk-3:2181 sessionTimeout=60000 watcher=org.apache.curator.ConnectionState@{r.randrange(16**7, 16**8):x}"
            ],
        )
        t = W(
            node,
            t + sec(0.002),
            "INFO",
            "org.apache.zookeeper.common.X509Util",
            79,
            "main",
            "Setting -D jdk.tls.rejectClientInitiatedRenegotiation=true to disable client-initiated TLS renegotiation",
            [
                "Setting -D jdk.tls.rejectClientInitiatedRenegotiation=true to disable client-initiated TLS renegotiation"
            ],
        )
        t = W(
            node,
            t + sec(0.003),
            "INFO",
            "org.apache.curator.framework.imps.CuratorFrameworkImpl",
            338,
            "main",
            "Starting",
            ["Starting"],
        )
        th = f"main-SendThread({r.choice(list(zk))}:2181)"
        t = zk_session(node, t + sec(r.uniform(0.005, 0.02)), th)
        return W(
            node,
            t + sec(0.002),
            "INFO",
            "org.apache.curator.framework.state.ConnectionStateManager",
            251,
            "main-EventThread",
            "State change: %s",
            ["State change: CONNECTED"],
        )

    def startup(node: str, t: datetime) -> datetime:
        cfg = "org.apache.skywalking.oap.server.starter.config.ApplicationConfigLoader"
        empties = list(SW_EMPTY)
        for module, provider in SW_MODULES + [(m, None) for m in SW_REMOVED]:
            if provider is None:
                continue
            t = W(
                node,
                t + sec(r.uniform(0.0002, 0.002)),
                "INFO",
                cfg,
                103,
                "main",
                "Get a module define from application.yml, module name: %s",
                [f"Get a module define from application.yml, module name: {module}"],
            )
            t = W(
                node,
                t + sec(r.uniform(0.0002, 0.002)),
                "INFO",
                cfg,
                107,
                "main",
                "Get a provider define belong to %s module, provider name: %s",
                [f"Get a provider define belong to {module} module, provider name: {provider}"],
            )
            while empties and empties[0][0] == provider:
                _p, key = empties.pop(0)
                t = W(
                    node,
                    t + sec(r.uniform(0.0001, 0.0008)),
                    "INFO",
                    cfg,
                    164,
                    "main",
                    "Provider=%s config=%s has been set as an empty string",
                    [f"Provider={provider} config={key} has been set as an empty string"],
                )
        for module in SW_REMOVED:
            t = W(
                node,
                t + sec(r.uniform(0.0002, 0.002)),
                "INFO",
                cfg,
                200,
                "main",
                "Remove module %s without any provider",
                [f"Remove module {module} without any provider"],
            )
        for module, provider in SW_MODULES:
            if provider is None:
                continue
            t = W(
                node,
                t + sec(r.uniform(0.005, 0.3)),
                "INFO",
                "org.apache.skywalking.oap.server.library.module.ModuleDefine",
                76,
                "main",
                "Prepare the %s provider in %s module.",
                [f"Prepare the {provider} provider in {module} module."],
            )
        for module, provider in SW_MODULES:
            if provider is None:
                continue
            t = W(
                node,
                t + sec(r.uniform(0.005, 0.4)),
                "INFO",
                "org.apache.skywalking.oap.server.library.module.BootstrapFlow",
                46,
                "main",
                "start the provider %s in %s module.",
                [f"start the provider {provider} in {module} module."],
            )
            if module == "cluster":
                t = zk_connect(node, t)
            if module == "storage":
                W(
                    node,
                    t + sec(r.uniform(0.05, 0.2)),
                    "INFO",
                    "org.apache.skywalking.library.elasticsearch.ElasticSearch",
                    174,
                    f"armeria-common-worker-epoll-3-{r.randint(1, 4)}",
                    "ElasticSearch version is: %s",
                    ["ElasticSearch version is: ElasticSearch 7.17"],
                )
                t += sec(r.uniform(1.5, 4.0))
            if module == "core":
                t = W(
                    node,
                    t + sec(r.uniform(0.05, 0.2)),
                    "INFO",
                    "org.apache.skywalking.oap.server.library.server.grpc.GRPCServer",
                    130,
                    "main",
                    "Server started, host %s listening on %s",
                    ["Server started, host 0.0.0.0 listening on 11800"],
                )
        t = W(
            node,
            t + sec(r.uniform(0.2, 0.6)),
            "INFO",
            "org.apache.skywalking.oap.server.core.storage.PersistenceTimer",
            58,
            "main",
            "persistence timer start",
            ["persistence timer start"],
        )
        return W(
            node,
            t + sec(r.uniform(0.3, 1.2)),
            "INFO",
            "org.apache.skywalking.oap.server.starter.OAPServerBootstrap",
            53,
            "main",
            "Version of OAP: %s",
            [f"Version of OAP: {SW_VERSION}-066457b"],
        )

    for node, ts in restarts.items():
        for t in ts:
            up_after[(node, t)] = startup(node, t)

    def alive(node: str, t: datetime) -> bool:
        return not in_any(t, down[node])

    # the TTL keeper, every 5 minutes on each node from its own start
    for i, node in enumerate(SW_NODES):
        starts = [T0 - sec(3600 * 30 + 97 * i), *restarts.get(node, [])]
        for k, st in enumerate(starts):
            t = st + sec(300)
            end = starts[k + 1] if k + 1 < len(starts) else T_END
            if t < T0:
                t = st + sec(300 * ((T0 - st).total_seconds() // 300 + 1))
            pool = f"pool-{8 + r.randint(0, 3)}-thread-1"
            while t < end:
                if alive(node, t):
                    if node == "oap-1":
                        W(
                            node,
                            t + sec(r.uniform(0.001, 0.01)),
                            "INFO",
                            "org.apache.skywalking.oap.server.core.storage.ttl.DataTTLKeeperTimer",
                            83,
                            pool,
                            "Beginning to remove expired metrics from the storage.",
                            ["Beginning to remove expired metrics from the storage."],
                        )
                    else:
                        W(
                            node,
                            t + sec(r.uniform(0.001, 0.01)),
                            "INFO",
                            "org.apache.skywalking.oap.server.core.storage.ttl.DataTTLKeeperTimer",
                            78,
                            pool,
                            "The selected first getAddress is %s. The remove stage is skipped.",
                            [
                                "The selected first getAddress is RemoteInstance(address=10.40.2.11_11800). The remove stage is skipped."
                            ],
                        )
                t += sec(300 + r.uniform(0.0, 0.004))

    def bulk_exc(kind: str) -> list[str]:
        if kind == "429":
            body = '{"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation [coordinating_and_primary_bytes=%d, replica_bytes=0, all_bytes=%d, coordinating_operation_bytes=%d, max_coordinating_and_primary_bytes=107374182]"}],"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation [coordinating_and_primary_bytes=%d, replica_bytes=0, all_bytes=%d, coordinating_operation_bytes=%d, max_coordinating_and_primary_bytes=107374182]"},"status":429}'
            a, b = r.randint(98_000_000, 107_000_000), r.randint(1_500_000, 6_000_000)
            body = body % (a, a, b, a, a, b)
            return [
                f"java.util.concurrent.CompletionException: java.lang.RuntimeException: {body}",
                "\t"
                + swj(
                    "at java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:315)",
                    "?",
                ),
                "\t"
                + swj(
                    "at java.util.concurrent.CompletableFuture.completeThrowable(CompletableFuture.java:320)",
                    "?",
                ),
                "\t"
                + swj(
                    "at java.util.concurrent.CompletableFuture$UniAccept.tryFire(CompletableFuture.java:722)",
                    "?",
                ),
                "\t"
                + swj(
                    "at java.util.concurrent.CompletableFuture.postComplete(CompletableFuture.java:510)",
                    "?",
                ),
                "\t"
                + swj(
                    "at java.util.concurrent.CompletableFuture.complete(CompletableFuture.java:2147)",
                    "?",
                ),
                "\t"
                + swj(
                    "at com.linecorp.armeria.common.stream.AbstractStreamMessage$CloseEvent.notifySubscriber(AbstractStreamMessage.java:249)",
                    SW_JAR["armeria"],
                ),
                "\t"
                + swj(
                    "at io.netty.util.concurrent.AbstractEventExecutor.runTask(AbstractEventExecutor.java:173)",
                    "netty-common-4.1.100.Final.jar:4.1.100.Final",
                ),
                "\t"
                + swj(
                    "at io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:413)",
                    "netty-transport-classes-epoll-4.1.100.Final.jar:4.1.100.Final",
                ),
                "\t" + swj("at java.lang.Thread.run(Thread.java:840)", "?"),
                f"Caused by: java.lang.RuntimeException: {body}",
                "\t"
                + swj(
                    "at org.apache.skywalking.library.elasticsearch.bulk.BulkProcessor.lambda$doFlush$3(BulkProcessor.java:135)",
                    SW_JAR["es"],
                ),
                "\t"
                + swj(
                    "at java.util.concurrent.CompletableFuture$UniAccept.tryFire(CompletableFuture.java:718)",
                    "?",
                ),
                "\t... 17 more",
            ]
        return [
            "java.util.concurrent.CompletionException: com.linecorp.armeria.client.ResponseTimeoutException",
            "\t"
            + swj(
                "at java.util.concurrent.CompletableFuture.encodeRelay(CompletableFuture.java:368)",
                "?",
            ),
            "\t"
            + swj(
                "at java.util.concurrent.CompletableFuture.completeRelay(CompletableFuture.java:377)",
                "?",
            ),
            "\t"
            + swj(
                "at java.util.concurrent.CompletableFuture$UniCompose.tryFire(CompletableFuture.java:1152)",
                "?",
            ),
            "\t"
            + swj(
                "at java.util.concurrent.CompletableFuture.postComplete(CompletableFuture.java:510)",
                "?",
            ),
            "\t"
            + swj(
                "at java.util.concurrent.CompletableFuture.completeExceptionally(CompletableFuture.java:2162)",
                "?",
            ),
            "\t"
            + swj(
                "at com.linecorp.armeria.common.stream.AbstractStreamMessage.abort(AbstractStreamMessage.java:208)",
                SW_JAR["armeria"],
            ),
            "\t"
            + swj(
                "at com.linecorp.armeria.client.HttpResponseWrapper.close(HttpResponseWrapper.java:245)",
                SW_JAR["armeria"],
            ),
            "\t"
            + swj(
                "at io.netty.util.concurrent.PromiseTask.runTask(PromiseTask.java:98)",
                "netty-common-4.1.100.Final.jar:4.1.100.Final",
            ),
            "\t"
            + swj(
                "at io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:413)",
                "netty-transport-classes-epoll-4.1.100.Final.jar:4.1.100.Final",
            ),
            "\t" + swj("at java.lang.Thread.run(Thread.java:840)", "?"),
            "Caused by: com.linecorp.armeria.client.ResponseTimeoutException",
        ]

    # Elasticsearch overloaded: the bulk processors' flushes fail
    for node in SW_NODES:
        t = es_bad[0] + sec(r.uniform(0, 12))
        while t < es_bad[1]:
            if alive(node, t):
                kind = "429" if t < at(7, 24) or r.random() < 0.3 else "timeout"
                W(
                    node,
                    t,
                    "ERROR",
                    "org.apache.skywalking.library.elasticsearch.bulk.BulkProcessor",
                    143,
                    f"armeria-common-worker-epoll-3-{r.randint(1, 4)}",
                    "Failed to execute requests in bulk",
                    ["Failed to execute requests in bulk", *bulk_exc(kind)],
                )
            t += sec(15 + (10 if kind == "timeout" else 0) + r.uniform(0.01, 1.5))

    # the persistence timer's batches time out; the UI's queries fail
    for node in SW_NODES:
        t = at(7, 24, 0) + sec(r.uniform(0, 25))
        while t < es_bad[1]:
            if alive(node, t):
                W(
                    node,
                    t,
                    "ERROR",
                    "org.apache.skywalking.oap.server.core.storage.PersistenceTimer",
                    166,
                    f"pool-{5 + r.randint(0, 1)}-thread-{r.randint(1, 2)}",
                    "java.util.concurrent.CompletionException: com.linecorp.armeria.client.ResponseTimeoutException",
                    [
                        "java.util.concurrent.CompletionException: com.linecorp.armeria.client.ResponseTimeoutException",
                        *bulk_exc("timeout"),
                    ],
                )
            t += sec(25 + r.uniform(10, 30))
    paths = [
        "/execExpression",
        "/execExpression",
        "/queryBasicTraces",
        "/listServices",
        "/getServiceInstances",
        "/queryTrace",
        "/readRecords",
    ]
    for t in poisson(r, at(7, 12, 0), es_bad[1], 8):
        node = r.choice(list(SW_NODES))
        if alive(node, t):
            W(
                node,
                t,
                "WARN",
                "graphql.execution.SimpleDataFetcherExceptionHandler",
                39,
                f"armeria-common-worker-epoll-3-{r.randint(1, 4)}",
                "Exception while fetching data (%s) : com.linecorp.armeria.client.ResponseTimeoutException",
                [
                    f"Exception while fetching data ({r.choice(paths)}) : com.linecorp.armeria.client.ResponseTimeoutException",
                    "com.linecorp.armeria.client.ResponseTimeoutException: null",
                    "\t"
                    + swj(
                        "at com.linecorp.armeria.client.ResponseTimeoutException.get(ResponseTimeoutException.java:36)",
                        SW_JAR["armeria"],
                    ),
                    "\t"
                    + swj(
                        "at com.linecorp.armeria.client.HttpResponseDecoder$HttpResponseWrapper.onResponseTimeout(HttpResponseDecoder.java:398)",
                        SW_JAR["armeria"],
                    ),
                    "\t"
                    + swj(
                        "at com.linecorp.armeria.client.DefaultClientRequestContext.responseTimeoutHandler(DefaultClientRequestContext.java:788)",
                        SW_JAR["armeria"],
                    ),
                    "\t"
                    + swj(
                        "at io.netty.util.concurrent.PromiseTask.runTask(PromiseTask.java:98)",
                        "netty-common-4.1.100.Final.jar:4.1.100.Final",
                    ),
                    "\t"
                    + swj(
                        "at io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:413)",
                        "netty-transport-classes-epoll-4.1.100.Final.jar:4.1.100.Final",
                    ),
                    "\t" + swj("at java.lang.Thread.run(Thread.java:840)", "?"),
                ],
            )
    # ZooKeeper elects a new leader at 11:20: every client's session moves
    for node in SW_NODES:
        t = at(11, 20, 14) + sec(r.uniform(0, 0.5))
        sid = f"0x{r.randrange(16**15, 16**16):x}"
        th = f"main-SendThread({r.choice(list(zk))}:2181)"
        t = W(
            node,
            t,
            "WARN",
            ZK,
            1300,
            th,
            "Session %s for server %s, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.",
            [
                f"Session {sid} for server zk-2/10.40.3.12:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.",
                "org.apache.zookeeper.ClientCnxn$EndOfStreamException: Unable to read additional data from server sessionid "
                + sid
                + ", likely server has closed socket",
                "\tat org.apache.zookeeper.ClientCnxnSocketNIO.doIO(ClientCnxnSocketNIO.java:77) ~[zookeeper-3.5.7.jar:3.5.7]",
                "\tat org.apache.zookeeper.ClientCnxnSocketNIO.doTransport(ClientCnxnSocketNIO.java:350) ~[zookeeper-3.5.7.jar:3.5.7]",
                "\tat org.apache.zookeeper.ClientCnxn$SendThread.run(ClientCnxn.java:1275) [zookeeper-3.5.7.jar:3.5.7]",
            ],
        )
        t = W(
            node,
            t + sec(0.003),
            "INFO",
            "org.apache.curator.framework.state.ConnectionStateManager",
            251,
            "main-EventThread",
            "State change: %s",
            ["State change: SUSPENDED"],
        )
        t = zk_session(node, t + sec(r.uniform(1.2, 2.8)), th)
        W(
            node,
            t + sec(0.002),
            "INFO",
            "org.apache.curator.framework.state.ConnectionStateManager",
            251,
            "main-EventThread",
            "State change: %s",
            ["State change: RECONNECTED"],
        )

    # the other nodes' remote clients while a peer is down
    for node in SW_NODES:
        for peer, spans in down.items():
            if peer == node:
                continue
            for a, b in spans:
                t = a + sec(r.uniform(0.5, 3))
                while t < b + sec(r.uniform(2, 6)):
                    if alive(node, t):
                        W(
                            node,
                            t,
                            "ERROR",
                            "org.apache.skywalking.oap.server.core.remote.client.GRPCRemoteClient",
                            135,
                            f"grpc-default-executor-{r.randint(1, 40)}",
                            "UNAVAILABLE: io exception",
                            [
                                "UNAVAILABLE: io exception",
                                "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception",
                                "\t"
                                + swj(
                                    "at io.grpc.Status.asRuntimeException(Status.java:537)",
                                    "grpc-api-1.59.0.jar:1.59.0",
                                ),
                                "\t"
                                + swj(
                                    "at io.grpc.stub.ClientCalls$StreamObserverToCallListenerAdapter.onClose(ClientCalls.java:481)",
                                    "grpc-stub-1.59.0.jar:1.59.0",
                                ),
                                "\t"
                                + swj(
                                    "at io.grpc.internal.ClientCallImpl.closeObserver(ClientCallImpl.java:574)",
                                    "grpc-core-1.59.0.jar:1.59.0",
                                ),
                                "\t"
                                + swj(
                                    "at io.grpc.internal.ClientCallImpl.access$300(ClientCallImpl.java:72)",
                                    "grpc-core-1.59.0.jar:1.59.0",
                                ),
                                "\t"
                                + swj(
                                    "at io.grpc.internal.ClientCallImpl$ClientStreamListenerImpl$1StreamClosed.runInternal(ClientCallImpl.java:742)",
                                    "grpc-core-1.59.0.jar:1.59.0",
                                ),
                                "\t"
                                + swj(
                                    "at io.grpc.internal.ContextRunnable.run(ContextRunnable.java:37)",
                                    "grpc-core-1.59.0.jar:1.59.0",
                                ),
                                "\t"
                                + swj(
                                    "at io.grpc.internal.SerializingExecutor.run(SerializingExecutor.java:133)",
                                    "grpc-core-1.59.0.jar:1.59.0",
                                ),
                                "\t"
                                + swj(
                                    "at java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                                    "?",
                                ),
                                "\t"
                                + swj(
                                    "at java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
                                    "?",
                                ),
                                "\t" + swj("at java.lang.Thread.run(Thread.java:840)", "?"),
                                f"Caused by: io.grpc.netty.shaded.io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: /{SW_NODES[peer]}:11800",
                                "Caused by: java.net.ConnectException: Connection refused",
                                "\t" + swj("at sun.nio.ch.Net.pollConnect(Native Method)", "?"),
                                "\t" + swj("at sun.nio.ch.Net.pollConnectNow(Net.java:672)", "?"),
                                "\t"
                                + swj(
                                    "at sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:946)",
                                    "?",
                                ),
                                "\t"
                                + swj(
                                    "at io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337)",
                                    "grpc-netty-shaded-1.59.0.jar:1.59.0",
                                ),
                                "\t... 7 more",
                            ],
                        )
                    t += sec(r.uniform(2.0, 6.0))

    # alarms: the gateway refuses, then its proxy answers 502
    hook = "http://alert-gw.internal:8080/skywalking/alarm"
    for node in SW_NODES:
        t = at(9, 30, 0) + sec(r.uniform(0.5, 55))
        while t < at(9, 55, 30):
            if alive(node, t) and r.random() < 0.8:
                if t < at(9, 44, 10):
                    W(
                        node,
                        t,
                        "ERROR",
                        "org.apache.skywalking.oap.server.core.alarm.provider.webhook.WebhookCallback",
                        61,
                        "pool-7-thread-1",
                        "Failed to send alarm message to Webhook: %s",
                        [
                            f"Failed to send alarm message to Webhook: {hook}",
                            "java.net.ConnectException: null",
                            "\t"
                            + swj(
                                "at jdk.internal.net.http.HttpClientImpl.send(HttpClientImpl.java:573)",
                                "java.net.http:?",
                            ),
                            "\t"
                            + swj(
                                "at jdk.internal.net.http.HttpClientFacade.send(HttpClientFacade.java:123)",
                                "java.net.http:?",
                            ),
                            "\t"
                            + swj(
                                "at org.apache.skywalking.oap.server.core.alarm.HttpAlarmCallback.post(HttpAlarmCallback.java:53)",
                                SW_JAR["core"],
                            ),
                            "\t"
                            + swj(
                                "at org.apache.skywalking.oap.server.core.alarm.provider.webhook.WebhookCallback.doAlarm(WebhookCallback.java:59)",
                                SW_JAR["alarm"],
                            ),
                            "\t"
                            + swj(
                                "at org.apache.skywalking.oap.server.core.alarm.provider.AlarmCore.lambda$start$4(AlarmCore.java:105)",
                                SW_JAR["alarm"],
                            ),
                            "\t" + swj("at java.util.ArrayList.forEach(ArrayList.java:1511)", "?"),
                            "\t"
                            + swj(
                                "at org.apache.skywalking.oap.server.core.alarm.provider.AlarmCore.lambda$start$5(AlarmCore.java:103)",
                                SW_JAR["alarm"],
                            ),
                            "\t"
                            + swj(
                                "at java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
                                "?",
                            ),
                            "\t"
                            + swj(
                                "at java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)",
                                "?",
                            ),
                            "\t"
                            + swj(
                                "at java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
                                "?",
                            ),
                            "\t"
                            + swj(
                                "at java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                                "?",
                            ),
                            "\t"
                            + swj(
                                "at java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
                                "?",
                            ),
                            "\t" + swj("at java.lang.Thread.run(Thread.java:840)", "?"),
                            "Caused by: java.net.ConnectException",
                            "\t"
                            + swj(
                                "at jdk.internal.net.http.common.Utils.toConnectException(Utils.java:1055)",
                                "java.net.http:?",
                            ),
                            "\t"
                            + swj(
                                "at jdk.internal.net.http.PlainHttpConnection.connectAsync(PlainHttpConnection.java:198)",
                                "java.net.http:?",
                            ),
                            "\t"
                            + swj(
                                "at jdk.internal.net.http.PlainHttpConnection.checkRetryConnect(PlainHttpConnection.java:230)",
                                "java.net.http:?",
                            ),
                            "\t"
                            + swj(
                                "at jdk.internal.net.http.PlainHttpConnection.lambda$connectAsync$1(PlainHttpConnection.java:206)",
                                "java.net.http:?",
                            ),
                            "\t... 9 more",
                            "Caused by: java.nio.channels.ClosedChannelException",
                            "\t"
                            + swj(
                                "at sun.nio.ch.SocketChannelImpl.ensureOpen(SocketChannelImpl.java:195)",
                                "?",
                            ),
                            "\t"
                            + swj(
                                "at sun.nio.ch.SocketChannelImpl.beginConnect(SocketChannelImpl.java:760)",
                                "?",
                            ),
                            "\t"
                            + swj(
                                "at sun.nio.ch.SocketChannelImpl.connect(SocketChannelImpl.java:848)",
                                "?",
                            ),
                            "\t"
                            + swj(
                                "at jdk.internal.net.http.PlainHttpConnection.lambda$connectAsync$0(PlainHttpConnection.java:183)",
                                "java.net.http:?",
                            ),
                            "\t... 10 more",
                        ],
                    )
                else:
                    W(
                        node,
                        t,
                        "ERROR",
                        "org.apache.skywalking.oap.server.core.alarm.provider.webhook.WebhookCallback",
                        63,
                        "pool-7-thread-1",
                        "send to %s failure. Response code: %s, Response content: %s",
                        [
                            f"send to {hook} failure. Response code: 502, Response content: <html>",
                            "<head><title>502 Bad Gateway</title></head>",
                            "<body>",
                            "<center><h1>502 Bad Gateway</h1></center>",
                            "<hr><center>nginx/1.24.0</center>",
                            "</body>",
                            "</html>",
                        ],
                    )
            t += sec(60 + r.uniform(0.001, 0.02))
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- opennms

ON_SERVICES = [
    # node id, label (for the story only), address, service, package, location
    (3, "core-sw-01", "10.10.0.2", "ICMP", "example1", "Default"),
    (5, "fw-01", "10.10.0.1", "ICMP", "example1", "Default"),
    (5, "fw-01", "10.10.0.1", "HTTPS", "example1", "Default"),
    (7, "srv-web-01", "10.10.1.21", "ICMP", "example1", "Default"),
    (7, "srv-web-01", "10.10.1.21", "HTTP", "example1", "Default"),
    (8, "srv-db-01", "10.10.1.31", "PostgreSQL", "example1", "Default"),
    (12, "branch-rtr-02", "10.60.0.1", "ICMP", "branch-hamburg", "Hamburg"),
    (13, "branch-sw-02", "10.60.0.2", "ICMP", "branch-hamburg", "Hamburg"),
]
ON_DOWNTIMES = [
    # begin, end, interval, delete (the default poller-configuration.xml's downtime model)
    (0, 300000, 30000, None),
    (300000, 43200000, 300000, None),
    (43200000, 432000000, 600000, None),
    (432000000, None, None, "managed"),
]


def opennms(r: random.Random) -> list[Log]:
    """OpenNMS Horizon 33's poller.log (the shipped log4j2.xml: the poller prefix at DEBUG) on
    a small site's server: eight services polled every 5 minutes, two of them at a branch
    through a Minion; srv-web-01's HTTP down 07:12-07:31 (the downtime model polling every
    30 s, nodeLostService / nodeRegainedService, outages opened and resolved), the Hamburg
    Minion offline 09:05-09:49 (remote polls rejected, then timing out: UNKNOWN), the database's monitoring
    password rotated without updating OpenNMS 10:40-11:24, and now and then a poll postponed
    while another holds the node's lock."""
    fs = Files()
    PS = "org.opennms.netmgt.poller.pollables.PollableService"
    PSC = "org.opennms.netmgt.poller.pollables.PollableServiceConfig"
    DPC = "org.opennms.netmgt.poller.DefaultPollContext"

    def P(
        t: datetime, level: str, thread: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            "poller.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level:<5} [{thread}] {log4j_short(logger)}: {lines[0]}",
                *lines[1:],
            ],
            "opennms",
            1000,
        )

    def svc_repr(node: int, addr: str, svc: str) -> str:
        return f"PollableService [PollableInterface [PollableNode [{node}]:{addr}]:{svc}]"

    http_down = (at(7, 12, 44), at(7, 31, 20))
    minion_off = (at(9, 5, 10), at(9, 49, 30))
    pg_auth = (at(10, 40, 0), at(11, 24, 10))

    def state_at(svc: str, node: int, t: datetime) -> str:
        if svc == "HTTP" and node == 7 and in_any(t, [http_down]):
            return "Down"
        if svc == "PostgreSQL" and in_any(t, [pg_auth]):
            return "Down"
        if node in (12, 13) and in_any(t, [minion_off]):
            return "Unknown"
        return "Up"

    lock_busy: dict[int, datetime] = {}
    for node, _label, addr, svc, pkg, _loc in ON_SERVICES:
        rep = svc_repr(node, addr, svc)
        t = T0 + sec(r.uniform(0, 300))
        status, since = "Up", T0
        while t < T_END:
            th = f"Poller-Thread-{r.randint(1, 30)}-of-30"
            if node in lock_busy and lock_busy[node] > t and r.random() < 0.5:
                P(
                    t,
                    "INFO",
                    th,
                    PS,
                    "Postponing poll for %s",
                    [
                        f"Postponing poll for {rep}",
                        f"org.opennms.netmgt.poller.pollables.LockUnavailable: Unable to obtain lock on PollableNode [{node}] before timeout of 500ms",
                        "\tat org.opennms.netmgt.poller.pollables.PollableContainer.obtainTreeLock(PollableContainer.java:522) ~[opennms-services-33.0.5.jar:?]",
                        "\tat org.opennms.netmgt.poller.pollables.PollableContainer.withTreeLock(PollableContainer.java:473) ~[opennms-services-33.0.5.jar:?]",
                        "\tat org.opennms.netmgt.poller.pollables.PollableElement.withTreeLock(PollableElement.java:400) ~[opennms-services-33.0.5.jar:?]",
                        "\tat org.opennms.netmgt.poller.pollables.PollableService.doRun(PollableService.java:364) ~[opennms-services-33.0.5.jar:?]",
                        "\tat org.opennms.netmgt.poller.pollables.PollableService.run(PollableService.java:340) ~[opennms-services-33.0.5.jar:?]",
                        "\tat org.opennms.netmgt.scheduler.LegacyScheduler$1.run(LegacyScheduler.java:195) ~[opennms-services-33.0.5.jar:?]",
                        "\tat org.opennms.core.concurrent.LogPreservingThreadFactory$1.run(LogPreservingThreadFactory.java:96) ~[org.opennms.core.lib-33.0.5.jar:?]",
                        "\tat java.lang.Thread.run(Thread.java:840) [?:?]",
                    ],
                )
                t += sec(r.uniform(0.5, 2.0))
                continue
            start = t
            t = P(
                t,
                "DEBUG",
                th,
                PS,
                "Start Scheduled Poll of service %s",
                [f"Start Scheduled Poll of service {rep}"],
            )
            t = P(
                t + sec(0.0005),
                "DEBUG",
                th,
                PSC,
                "Polling %s with TTL %s using pkg %s",
                [f"Polling {rep} with TTL 300000 using pkg {pkg}"],
            )
            new = state_at(svc, node, t)
            if new == "Unknown" and t < minion_off[0] + sec(600):
                t = P(
                    t + sec(r.uniform(0.002, 0.01)),
                    "WARN",
                    th,
                    PSC,
                    "The request to remotely invoke the poll for %s was rejected. Marking the service as UNKNOWN.",
                    [
                        f"The request to remotely invoke the poll for {rep} was rejected. Marking the service as UNKNOWN."
                    ],
                )
            elif new == "Unknown":
                t = P(
                    t + sec(300),
                    "WARN",
                    th,
                    PSC,
                    "No response received when remotely invoking the poll for %s. Marking the service as UNKNOWN.",
                    [
                        f"No response received when remotely invoking the poll for {rep}. Marking the service as UNKNOWN."
                    ],
                )
            else:
                dur = {
                    "ICMP": (0.001, 0.08),
                    "HTTP": (0.02, 0.4),
                    "HTTPS": (0.05, 0.5),
                    "PostgreSQL": (0.01, 0.2),
                }[svc]
                t += sec(r.uniform(*dur) if new == "Up" else (3.0 if svc == "HTTP" else 0.04))
            lock_busy[node] = t
            t = P(
                t + sec(0.0005),
                "DEBUG",
                th,
                PSC,
                "Finish polling %s using pkg %s result = %s",
                [f"Finish polling {rep} using pkg {pkg} result = {new}"],
            )
            if new in ("Up", "Down") and new != status:
                uei = "nodeLostService" if new == "Down" else "nodeRegainedService"
                t = P(
                    t + sec(0.001),
                    "DEBUG",
                    th,
                    DPC,
                    "createEvent: uei = %s nodeid = %s",
                    [f"createEvent: uei = uei.opennms.org/nodes/{uei} nodeid = {node}"],
                )
                if new == "Down":
                    t = P(
                        t + sec(0.002),
                        "DEBUG",
                        th,
                        DPC,
                        "openOutage: sending outageCreated event for: %s on %s",
                        [f"openOutage: sending outageCreated event for: {svc} on {addr}"],
                    )
                    t = P(
                        t + sec(0.001),
                        "DEBUG",
                        th,
                        DPC,
                        "createEvent: uei = %s nodeid = %s",
                        [
                            f"createEvent: uei = uei.opennms.org/internal/poller/outageCreated nodeid = {node}"
                        ],
                    )
                else:
                    t = P(
                        t + sec(0.002),
                        "DEBUG",
                        th,
                        DPC,
                        "resolveOutage: sending outageResolved event for: %s on %s",
                        [f"resolveOutage: sending outageResolved event for: {svc} on {addr}"],
                    )
                    t = P(
                        t + sec(0.001),
                        "DEBUG",
                        th,
                        DPC,
                        "createEvent: uei = %s nodeid = %s",
                        [
                            f"createEvent: uei = uei.opennms.org/internal/poller/outageResolved nodeid = {node}"
                        ],
                    )
                status, since = new, t
            t = P(
                t + sec(0.0005),
                "DEBUG",
                th,
                PS,
                "Finish Scheduled Poll of service %s, started at %s",
                [
                    f"Finish Scheduled Poll of service {rep}, started at {start:%a %b %d %H:%M:%S} UTC {start:%Y}"
                ],
            )
            interval = 300000
            if status == "Down":
                down_for = int((t - since).total_seconds() * 1000)
                t = P(
                    t + sec(0.0003),
                    "DEBUG",
                    th,
                    PSC,
                    "getInterval(): Service %s has been down for %s seconds, checking downtime model.",
                    [
                        f"getInterval(): Service {rep} has been down for {down_for // 1000} seconds, checking downtime model."
                    ],
                )
                for begin, end, iv, delete in ON_DOWNTIMES:
                    dt = f"Downtime [begin={begin}, end={end if end is not None else 'null'}, interval={iv if iv is not None else 'null'}, delete={delete or 'null'}]"
                    t = P(
                        t + sec(0.0001),
                        "DEBUG",
                        th,
                        PSC,
                        "getInterval(): Checking downtime: %s",
                        [f"getInterval(): Checking downtime: {dt}"],
                    )
                    if begin <= down_for:
                        t = P(
                            t + sec(0.0001),
                            "DEBUG",
                            th,
                            PSC,
                            "getInterval(): begin (%s) <= %s",
                            [f"getInterval(): begin ({begin}) <= {down_for}"],
                        )
                        interval = iv or interval
                t = P(
                    t + sec(0.0001),
                    "DEBUG",
                    th,
                    PSC,
                    "getInterval(): when=%s, matched=%s, ignoreUnmanaged=%s",
                    [f"getInterval(): when={interval}, matched=true, ignoreUnmanaged=false"],
                )
            t = start + sec(interval / 1000 + r.uniform(0.0, 0.02))
    # the Minion comes back: a service that was never down has no outage to resolve
    P(
        minion_off[1] + sec(312.4),
        "INFO",
        "Poller-Thread-17-of-30",
        DPC,
        "resolveOutage: no outstanding outage for %s on %s with node id %s",
        ["resolveOutage: no outstanding outage for ICMP on 10.60.0.2 with node id 13"],
    )
    return fs.logs(T0)


SYSTEMS = {
    "stackstorm": stackstorm,
    "camunda": camunda,
    "flowable": flowable,
    "skywalking": skywalking,
    "opennms": opennms,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
