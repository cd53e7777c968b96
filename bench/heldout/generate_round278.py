#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 278 (amazon-ssm-agent, ecs-agent, amazon-cloudwatch-agent,
walinuxagent, google-guest-agent) into bench/heldout/, the same way and under the same label
rules as generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its
format strings over a seeded run, and every line that starts an event is labelled with the
format string that wrote it as it is written. Distinct calls of one process never share a
timestamp at the log's resolution (round 53's Clock, kept per process and per file). Five
cloud guest and host agents of one platform team's fleet, 06:00 to 12:00 on 2024-06-07. None of
the five was in the set, and none is replaced.

- AWS Systems Manager Agent 3.2.1705.0 on eight EC2 instances (`<host>-amazon-ssm-agent.log`
  and `<host>-errors.log`: seelog's two rolling files, `%Date %Time %LEVEL %Msg%n` and, for
  errors only, `%Date %Time %LEVEL [%FuncShort @ %File.%Line] %Msg%n`; the core agent and the
  `ssm-agent-worker` write into the same file, each message after its context brackets:
  `2024-06-07 06:03:15 INFO [ssm-agent-worker] [HealthCheck] HealthCheck reporting agent
  health.`). A quiet day without sessions: `%s reporting agent health.` every five minutes, the
  MGS interactor's `send failed reply thread started` / `send failed reply thread done` every
  five minutes, the core agent's credential refresh about every half hour (`EC2RoleProvider
  Successfully connected with instance profile role credentials`, `Credentials ready`, `Next
  credential rotation will be in %v minutes` with a float), `Schedule manager refreshed with %v
  associations, %v new associations associated` every half hour. The four private-subnet
  instances lose their VPC endpoints 08:12-08:49 (a Terraform apply): the health check's
  `error when calling AWS APIs. error details - RequestError: send request failed\ncaused by:
  Post "%s": dial tcp %s: i/o timeout` (aws-sdk-go's error over two lines) with `increasing
  error count by 1`, the control channel's `Error while sending websocket ping: %v` and `Reach
  the retry limit %v for receive messages. Error: %v`, and when the endpoints are back `Closing
  websocket channel connection to: %s`, `Opening websocket connection to: %s`, `Successfully
  opened websocket connection to: %s`, `received message through control channel %s, message
  type: %s`, `Control channel ready message received: %v`; the account throttled 10:31-10:38
  when a large Auto Scaling group launches (`... ThrottlingException: Rate exceeded\n\tstatus
  code: %d, request id: %s`). Every ERROR line is in both files.
- Amazon ECS container agent 1.82.4 on three container instances of the `prod-web` cluster
  (`<host>-ecs-agent.log`: /var/log/ecs/ecs-agent.log, the agent's logfmt, `level=info
  time=2024-06-07T06:45:44Z msg="Creating container" container=sweeper task=2b19...`, seelog's
  plain lines with `module=`). Two scheduled tasks (an outbox sweeper every 5 minutes, a report
  job every 15): `Pulling image for container concurrently`, `Recording start time for image
  pull`, `Finished pulling image for container`, `Creating container`, `Created docker container
  for task`, `Handling container change event`, `Starting container`, `Started container`,
  `Container change also resulted in task change`, `Sending state change to ECS`, and ten
  minutes after the stop `Cleaning up task's containers and data` and `Removing container`; the
  ACS and TCS websockets closed by the backend about every half hour (`ACS Websocket connection
  closed for a valid reason`, `Using cached DiscoverPollEndpoint`, `Establishing a Websocket
  connection`, `Websocket connection established.`, `Connected to ACS endpoint`, and TCS's);
  the storefront release at 07:30 (`Stopping container`); orders-api v2.14.0, a tag CI never
  pushed, 08:05-08:41 until the circuit breaker rolls back (`Failed to pull image for
  container` with `CannotPullContainerError: ... manifest unknown` in `error`), v2.14.1 at
  09:10; payments-worker killed for memory 09:40-10:05 (exit 137); image cleanup every three
  hours (`Begin building map of eligible unused images for deletion`, `No eligible images for
  deletion for this cleanup cycle` or `Removing Image` / `Image removed` and `End of eligible
  images for deletion`); ip-10-30-13-9 drained at 11:20.
- Amazon CloudWatch agent 1.300040.0b650 on four EC2 instances
  (`<host>-amazon-cloudwatch-agent.log`: its own log file, the telegraf-style `time L! msg`
  with the OpenTelemetry collector's zap entries as JSON after the level: `2024-06-07T10:30:20Z
  I! {"caller":"service@v0.98.0/service.go:143","msg":"Starting amazon-cloudwatch-agent...",
  ...}`). Quiet at info until 07:41, when a role policy edit drops `logs:PutLogEvents` for 42
  minutes: every log stream's pusher retries (`Aws error received when sending logs to %v/%v:
  AccessDeniedException: User: %s is not authorized to perform: logs:PutLogEvents on resource: %s
  because no identity-based policy allows the logs:PutLogEvents action\n\tstatus code: %d,
  request id: %s` and `Retried %v time, going to sleep %v before retrying.`, the back-off
  doubling to a minute); web-2 launched by the Auto Scaling group at 06:40 (the start-up:
  `Starting AmazonCloudWatchAgent %s with log file %s with log target %s`, `AWS SDK log level
  not set`, `creating new logs agent`, `[logagent] starting`, `[logagent] found plugin %s is a
  log backend` / `... log collection`, the collector's `Starting %s...`, `Starting
  extensions...`, `ec2tagger: Check EC2 Metadata.`, `ec2tagger: EC2 tagger has started, ...`,
  `Everything is ready. Begin running and processing data.`, `[logagent] piping log from
  %s/%s(%s) to %s with retention %d` and `[inputs.logfile] Reading from offset %v in %s` per
  file); worker-1 fed a three-week-old archive 09:55-10:02 (`%d log events for log '%s/%s' are
  too old`), restarted at 10:30 with a new file (`Received signal from OS`, `Starting
  shutdown...`, `[logagent] Log destination %v has stopped, finalizing %v/%v`, `Stopping
  extensions...`, `Shutdown complete.`) and throttled 11:05-11:14 (`... ThrottlingException:
  Rate exceeded\n\tstatus code: %d, request id: %s`).
- Azure Linux Agent (WALinuxAgent 2.9.1.1 as the goal-state agent) on a 14-instance scale set
  (`webvmss000000-waagent.log` ... `webvmss00000d-waagent.log`: /var/log/waagent.log, `time
  LEVEL thread prefix msg`, `2024-06-07T07:38:00.497270Z INFO ExtHandler ExtHandler Fetched a
  new incarnation for the WireServer goal state [incarnation 15]`, the prefix an extension's
  `[name-version]` while its handler runs). `[HEARTBEAT] Agent %s is running as the goal state
  agent [DEBUG ...]` every 30 minutes, `Downloading agent manifest` and the CollectLogsHandler's
  five lines every hour; five rolling upgrades of the scale set's deploy script through
  CustomScript (`Fetched a new incarnation ...`, `ProcessExtensionsGoalState started [...]`,
  `Target handler state: %s [%s]`, `[Enable] current handler state is: %s`, `Update settings
  file: %s`, `Enable extension [%s]`, `Started extension in unit '%s'`, `Started tracking
  cgroup: %s, path: %s` for cpu,cpuacct and memory, `ProcessExtensionsGoalState completed [...]`,
  `Looking for existing remote access users.`); the Azure Monitor agent's automatic upgrade
  1.29.7 to 1.30.2 10:10-10:40 (`Downloading extension package: %s`, `Unzipping extension
  package: %s`, `Initializing extension %s`, `Disable extension [%s]`, `Update extension [%s]`,
  `Uninstall extension [%s]`, `Remove extension handler directory: %s`, `Install extension
  [%s]`); a hardening playbook's default-deny egress cutting four instances off the WireServer
  08:40-09:05 (`An error occurred while retrieving the goal state: [ProtocolError] [Wireserver
  Exception] [HttpError] [HTTP Failed] GET %s -- IOError %s -- %d attempts made` with the
  traceback textutil.format_exception appends, then `Retrieving the goal state recovered from
  previous errors` and the missed deploy), three Run Command scripts on two instances at 09:12.
- Google guest agent (20240314.00, upgraded to 20240528.00 at 07:03-07:09) on six Compute
  Engine VMs (`<vm>-journal.log`: `journalctl -u google-guest-agent -o short-iso-precise`,
  `2024-06-07T07:05:41.561477+00:00 app-1 google_guest_agent[22242]: GCE Agent Started (version
  20240528.00)`, with the unit's useradd, gpasswd and systemd lines; guest-logging-go puts
  `ERROR file.go:line ` before an error). Metadata SSH keys, no OS Login: browser SSH sessions
  on bastion-1 and the app VMs add keys that expire after five minutes and stay in the
  instance metadata, so every accounts pass logs each expired one (`invalid ssh key entry -
  expired key: %s`, 2,135 times) before `Updating keys for user %s.`; the upgrade restarts the
  agent (`Stopping %s...`, `GCE Agent Stopped`, `%s: Deactivated successfully.`, `Stopped %s.`,
  `%s: Consumed %s CPU time.`, `Starting %s...`, `GCE Agent Started (version %s)`, `Started
  %s.`, then every user's keys again); a new engineer's project key at 07:52 (`Creating user
  %s.`, useradd's `new group: name=%s, GID=%u` and `new user: name=%s, UID=%u, GID=%u,
  home=%s, shell=%s, from=%s`, gpasswd's `user %s added by %s to group %s`), the image's local
  `deploy` account given a key at 09:31 (`Adding existing user %s to google-sudoers group.`), a
  leaver's key removed at 10:46 (`Removing user %s.`, `user %s removed by %s from group %s`),
  the team's cleanup script at 10:31, and app-2's live migration at 09:12 (`Network error when
  requesting metadata, make sure your instance has an active network and can reach the metadata
  server.` and `Error watching metadata: Get "%s": dial tcp %s: connect: network is
  unreachable`).

Label notes. The heads are context: seelog's date, time and level and the agent's context
brackets (`[ssm-agent-worker] [MessageService] [MGSInteractor] `, `[CredentialRefresher] `), the
errors.log's `[FuncShort @ File.Line]`; the ECS agent's `level`, `time`, fields and `module`;
the CloudWatch agent's time, `L!` and plugin prefix (`[outputs.cloudwatchlogs] `), and the zap
entry's fields around its `msg`; waagent's time, level, thread and prefix; the journal's time,
host, ident and pid and guest-logging-go's `ERROR file:line `. The `[logagent] ` of the
CloudWatch agent's log.Printf calls is written by the call (wording). A value that is an error
contributes its format: aws-sdk-go's `RequestError: send request failed\ncaused by: %s` and
`%s: %s\n\tstatus code: %d, request id: %s` (their later lines continue the event), the
goal-state exception, the metadata watch error. The SSM health line is the source's `%s
reporting agent health.`, its argument the module's constant `HealthCheck`. Lines of other
programs in a journal (useradd, gpasswd, systemd) are labelled with their own formats; the
traceback after a waagent warning has no row.

Checked against copies of the sources: the SSM agent's seelog configurations, `%s reporting
agent health.`, HandleAwsError's two lines, `Next credential rotation will be in %v minutes`,
`send failed reply thread started`/`done` (INFO in the 3.2 interactor), the websocket channel's
ping and retry-limit errors and `Closing websocket channel connection to: `, the control
channel's set-up lines (a 3.2.1705 log); the ECS agent's image pull, create and start messages
(docker_task_engine.go) and its logfmt lines (a user's log); the CloudWatch agent's pusher
(`Aws error received ...`, `Retried %v time, ...`, `... are too old`) and logagent messages;
waagent's line layout, heartbeat, log collection and extension handler lines (users' logs) and
`Uninstall extension [{0}]` (exthandlers.py); the guest agent's account messages
(non_windows_accounts.go) and its `ERROR file:line` prefix (users' logs). Least sure (from
memory): the SSM association line and its period, whether the credential lines come every half
hour with `Credentials ready` in 3.2.1705; the ECS agent's change-event, state-change, cleanup,
ACS/TCS and image-cleanup messages, their fields and whether fields are sorted; the CloudWatch
agent's start-up and shutdown lines, the zap callers, the retry back-off; waagent's goal-state
error and recovery messages, the traceback, `Fetched a new incarnation ...`, `Update extension`
and `Remove extension handler directory`, and whether 2.9.1.1 writes `Downloading agent
manifest` hourly; the guest agent's `GCE Agent Started`/`Stopped`, the metadata error lines and
their files and line numbers.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round121 import go_dur
from generate_round147 import T0, T_END, at, go_quote, sv
from generate_round235 import every

SEC = 1_000_000
US = 1


def lab(fmt: str) -> str:
    """A label: the format, its newlines and tabs written `\\n` and `\\t`."""
    return fmt.replace("\n", "\\n").replace("\t", "\\t")


# ------------------------------------------------------------------------- amazon-ssm-agent

SSM_VERSION = "3.2.1705.0"
SSM_REGION = "eu-west-1"
# name, instance id, private address, behind the VPC endpoints (private subnet)
SSM_HOSTS = [
    ("app-1", "i-0a4c1f7e93b2d5081", "10.20.11.37", True),
    ("app-2", "i-06d2e8b4a17c93f52", "10.20.12.114", True),
    ("app-3", "i-0f91b3c6d28e4a7a0", "10.20.11.205", True),
    ("app-4", "i-03b7e5a9c41d6f2e8", "10.20.12.61", True),
    ("web-1", "i-0c58a2d7e6f31b944", "10.20.1.23", False),
    ("web-2", "i-09e4b1c3a5d72f016", "10.20.2.148", False),
    ("batch-1", "i-0d3f6a8c2b9e17455", "10.20.3.77", False),
    ("bastion-1", "i-07a1c9e5f3b28d6c3", "10.20.0.12", False),
]
SSM_EP_SSM = ["10.20.0.87", "10.20.1.143"]
SSM_EP_MSG = ["10.20.0.92", "10.20.1.151"]
SSM_PUBLIC = ["52.95.120.44", "52.95.121.17", "52.95.122.203", "52.95.120.190"]
SSM_W = "[ssm-agent-worker] "
SSM_MGS = "[ssm-agent-worker] [MessageService] [MGSInteractor] "
SSM_HEALTH = "[ssm-agent-worker] [HealthCheck] "
SSM_ERR_DIAL = 'error when calling AWS APIs. error details - RequestError: send request failed\ncaused by: Post "%s": dial tcp %s: i/o timeout'
SSM_ERR_THROTTLE = "error when calling AWS APIs. error details - ThrottlingException: Rate exceeded\n\tstatus code: %d, request id: %s"


def ssm_host(
    r: random.Random,
    fs: Files,
    name: str,
    iid: str,
    ip: str,
    private: bool,
    outage: tuple,
    throttle: tuple,
    ssm_url: str,
) -> None:
    f = f"{name}-amazon-ssm-agent.log"
    ef = f"{name}-errors.log"
    core, worker = (name, "core"), (name, "worker")

    def L(
        t: datetime,
        proc: object,
        level: str,
        ctx: str,
        label: str,
        msg: str,
        where: str = "",
        f: str = f,
        ef: str = ef,
    ) -> datetime:
        t = fs.add(
            f,
            t,
            lab(label),
            lambda x: f"{x:%Y-%m-%d %H:%M:%S} {level} {ctx}{msg}".split("\n"),
            proc,
            SEC,
        )
        if level == "ERROR":
            fs.add(
                ef,
                t,
                lab(label),
                lambda x: f"{x:%Y-%m-%d %H:%M:%S} ERROR [{where}] {ctx}{msg}".split("\n"),
                (proc, "errors"),
                SEC,
            )
        return t

    # the health check, every five minutes from the worker's start
    err_count = 0
    for t in every(r, T0 + sec(r.uniform(0, 300)), T_END, 300, 0.4):
        t = L(
            t,
            worker,
            "INFO",
            SSM_HEALTH,
            "%s reporting agent health.",
            "HealthCheck reporting agent health.",
        )
        failed = ""
        if private and outage[0] <= t < outage[1]:
            t += sec(r.uniform(31, 95))
            failed = SSM_ERR_DIAL
            msg = SSM_ERR_DIAL.replace("%s", ssm_url, 1) % f"{r.choice(SSM_PUBLIC)}:443"
        elif throttle[0] <= t < throttle[1] and r.random() < 0.75:
            t += sec(r.uniform(0.2, 1.4))
            failed = SSM_ERR_THROTTLE
            msg = SSM_ERR_THROTTLE % (400, uuid4(r))
        if failed:
            t = L(
                t,
                worker,
                "ERROR",
                SSM_HEALTH,
                failed,
                msg,
                "HandleAwsError @ awserr.go.51",
            )
            err_count += 1
            L(
                t + sec(0.001),
                worker,
                "INFO",
                SSM_HEALTH,
                "increasing error count by 1",
                "increasing error count by 1",
            )

    # the MGS interactor's failed-reply job, every five minutes
    for t in every(r, T0 + sec(r.uniform(0, 300)), T_END, 300, 0.2):
        t = L(
            t,
            worker,
            "INFO",
            SSM_MGS,
            "send failed reply thread started",
            "send failed reply thread started",
        )
        L(
            t + sec(0.002),
            worker,
            "INFO",
            SSM_MGS,
            "send failed reply thread done",
            "send failed reply thread done",
        )

    # the core agent's credential refresher, about every half hour
    t = T0 + sec(r.uniform(0, 1800))
    while t < T_END:
        t = L(
            t,
            core,
            "INFO",
            "",
            "EC2RoleProvider Successfully connected with instance profile role credentials",
            "EC2RoleProvider Successfully connected with instance profile role credentials",
        )
        t = L(
            t + sec(0.0003),
            core,
            "INFO",
            "[CredentialRefresher] ",
            "Credentials ready",
            "Credentials ready",
        )
        mins = r.uniform(29.96, 32.7)
        t = L(
            t + sec(0.0002),
            core,
            "INFO",
            "[CredentialRefresher] ",
            "Next credential rotation will be in %v minutes",
            f"Next credential rotation will be in {mins!r} minutes",
        )
        t += sec(mins * 60 + r.uniform(0.01, 0.4))

    # the association refresh, every half hour
    for t in every(r, T0 + sec(r.uniform(0, 1800)), T_END, 1800, 1.5):
        L(
            t,
            worker,
            "INFO",
            "[ssm-agent-worker] [MessageService] [Association] ",
            "Schedule manager refreshed with %v associations, %v new associations associated",
            "Schedule manager refreshed with 0 associations, 0 new associations associated",
        )

    if not private:
        return
    # the VPC endpoints deleted 08:12-08:49: the control channel breaks and comes back
    ep = r.choice(SSM_EP_MSG)
    local = f"{ip}:{r.randint(32768, 60999)}"
    t = L(
        outage[0] + sec(r.uniform(40, 290)),
        worker,
        "ERROR",
        SSM_MGS,
        "Error while sending websocket ping: %v",
        f"Error while sending websocket ping: write tcp {local}->{ep}:443: i/o timeout",
        "func1 @ websocketchannel.go.207",
    )
    L(
        t + sec(r.uniform(840, 960)),
        worker,
        "ERROR",
        SSM_MGS,
        "Reach the retry limit %v for receive messages. Error: %v",
        f"Reach the retry limit 5 for receive messages. Error: read tcp {local}->{ep}:443: read: connection timed out",
        "func1 @ websocketchannel.go.167",
    )
    ws = f"wss://ssmmessages.{SSM_REGION}.amazonaws.com/v1/control-channel/{iid}?role=subscribe&stream=input"
    t = L(
        outage[1] + sec(r.uniform(5, 110)),
        worker,
        "INFO",
        SSM_MGS,
        "Closing websocket channel connection to: %s",
        f"Closing websocket channel connection to: {ws}",
    )
    t = L(
        t + sec(0.001),
        worker,
        "INFO",
        SSM_MGS,
        "Opening websocket connection to: %s",
        f"Opening websocket connection to: {ws}",
    )
    t = L(
        t + sec(0.1),
        worker,
        "INFO",
        SSM_MGS,
        "Successfully opened websocket connection to: %s",
        f"Successfully opened websocket connection to: {ws}",
    )
    t = L(
        t + sec(0.2),
        worker,
        "INFO",
        SSM_MGS,
        "received message through control channel %s, message type: %s",
        f"received message through control channel {uuid4(r)}, message type: control_channel_ready",
    )
    L(
        t + sec(0.001),
        worker,
        "INFO",
        SSM_MGS,
        "Control channel ready message received: %v",
        "Control channel ready message received: true",
    )


def ssm(r: random.Random) -> list:
    """Eight EC2 instances' SSM Agent 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    outage = (at(8, 12, 31), at(8, 49, 7))
    throttle = (at(10, 31, 4), at(10, 38, 40))
    ssm_url = f"https://ssm.{SSM_REGION}.amazonaws.com/"

    for name, iid, ip, private in SSM_HOSTS:
        ssm_host(r, fs, name, iid, ip, private, outage, throttle, ssm_url)
    return fs.logs(T0)


# ----------------------------------------------------------------------------- ecs-agent

ECS_ACCOUNT = "111122223333"
ECS_REGION = "eu-west-1"
ECS_CLUSTER = "prod-web"
ECS_REG = f"{ECS_ACCOUNT}.dkr.ecr.{ECS_REGION}.amazonaws.com"
ECS_VERSION = "1.82.4"
ECS_DOCKER = "20.10.25"
# host, instance id
ECS_HOSTS = [
    ("ip-10-30-11-42", "i-0b7d2e4f6a8c13579"),
    ("ip-10-30-12-187", "i-0e1a3c5b7d9f24680"),
    ("ip-10-30-13-9", "i-05f8b2d4e6a1c3b79"),
]
# service -> (container, repository, old tag, memory-limited)
ECS_SERVICES = {
    "storefront": ("app", "storefront", "2024.06.06-3", False),
    "orders-api": ("api", "orders-api", "v2.13.2", False),
    "payments-worker": ("worker", "payments-worker", "1.41.0", True),
    "report-job": ("job", "report-job", "0.9.7", False),
    "outbox-sweeper": ("sweeper", "outbox-sweeper", "3.2.0", False),
}


def ecs(r: random.Random) -> list:
    """Three container instances' ECS agent 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    ci_arn = {
        h: f"arn:aws:ecs:{ECS_REGION}:{ECS_ACCOUNT}:container-instance/{ECS_CLUSTER}/{hexid(r, 32)}"
        for h, _ in ECS_HOSTS
    }
    acs_n = {h: r.choice([1, 2]) for h, _ in ECS_HOSTS}

    def E(
        h: str,
        t: datetime,
        level: str,
        msg: str,
        fields: dict[str, object] | None = None,
        module: str = "",
        label: str = "",
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            s = f"level={level} time={x:%Y-%m-%dT%H:%M:%S}Z msg={go_quote(msg)}"
            for k in sorted(fields or {}):
                s += f" {k}={sv(str((fields or {})[k]))}"
            if module:
                s += f" module={module}"
            return [s]

        return fs.add(f"{h}-ecs-agent.log", t, label or msg, text, h, SEC)

    def task_arn(tid: str) -> str:
        return f"arn:aws:ecs:{ECS_REGION}:{ECS_ACCOUNT}:task/{ECS_CLUSTER}/{tid}"

    def go_time(x: datetime) -> str:
        return f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d}{r.randint(100, 999)} +0000 UTC"

    running: dict[str, list[tuple[str, str, str, str]]] = {h: [] for h, _ in ECS_HOSTS}

    def change(
        h: str, t: datetime, tid: str, cont: str, rid: str, status: str, extra: str = ""
    ) -> datetime:
        t = E(
            h,
            t,
            "info",
            "Handling container change event",
            {"task": tid, "container": cont, "runtimeID": rid, "changeEventStatus": status},
        )
        t = E(
            h,
            t + sec(0.01),
            "info",
            "Container change also resulted in task change",
            {
                "task": tid,
                "container": cont,
                "runtimeID": rid,
                "desiredStatus": "STOPPED" if status == "STOPPED" else "RUNNING",
                "knownStatus": status,
            },
        )
        return E(
            h,
            t + sec(0.02),
            "info",
            "Sending state change to ECS",
            {
                "eventType": "TaskStateChange",
                "eventData": f"TaskChange: [{task_arn(tid)} -> {status}, Known Sent: {'RUNNING' if status == 'STOPPED' else 'NONE'}{extra}]",
            },
        )

    def start_task(h: str, t: datetime, svc: str, tag: str, fail: str = "") -> datetime:
        cont, repo, _, _ = ECS_SERVICES[svc]
        tid = hexid(r, 32)
        image = f"{ECS_REG}/{repo}:{tag}"
        base = {"task": tid, "container": cont, "image": image}
        t = E(h, t, "info", "Pulling image for container concurrently", base)
        pull0 = t
        t = E(
            h,
            t + sec(0.001),
            "info",
            "Recording start time for image pull",
            {**base, "pullStart": go_time(t)},
        )
        if fail:
            t = E(
                h,
                t + sec(r.uniform(0.6, 2.5)),
                "error",
                "Failed to pull image for container",
                {**base, "error": fail},
            )
            t = E(
                h,
                t + sec(0.05),
                "info",
                "Sending state change to ECS",
                {
                    "eventType": "TaskStateChange",
                    "eventData": f"TaskChange: [{task_arn(tid)} -> STOPPED, Known Sent: NONE, PullStartedAt: {go_time(pull0)}, PullStoppedAt: {go_time(t)}, ExecutionStoppedAt: {go_time(t)}, reason: CannotPullContainerError: {fail.split(': ', 1)[1]}]",
                },
            )
            cleanups.append((t + sec(600 + r.uniform(0, 3)), h, tid, cont, ""))
            return t
        el = r.uniform(0.4, 1.8) if svc in ("report-job", "outbox-sweeper") else r.uniform(1.1, 9.5)
        t = E(
            h,
            t + sec(el),
            "info",
            "Finished pulling image for container",
            {**base, "elapsed": go_dur(el), "elapsedMs": int(el * 1000)},
        )
        t = E(h, t + sec(0.01), "info", "Creating container", {"task": tid, "container": cont})
        rid = hexid(r, 64)
        ce = r.uniform(0.05, 0.4)
        t = E(
            h,
            t + sec(ce),
            "info",
            "Created docker container for task",
            {"task": tid, "container": cont, "dockerId": rid, "elapsed": go_dur(ce)},
        )
        t = E(
            h,
            t + sec(0.01),
            "info",
            "Handling container change event",
            {"task": tid, "container": cont, "runtimeID": rid, "changeEventStatus": "CREATED"},
        )
        t = E(
            h,
            t + sec(0.01),
            "info",
            "Starting container",
            {"task": tid, "container": cont, "runtimeID": rid},
        )
        se = r.uniform(0.2, 0.9)
        t = E(
            h,
            t + sec(se),
            "info",
            "Started container",
            {"task": tid, "container": cont, "runtimeID": rid, "elapsed": go_dur(se)},
        )
        t = change(
            h,
            t + sec(0.01),
            tid,
            cont,
            rid,
            "RUNNING",
            f", PullStartedAt: {go_time(pull0)}, PullStoppedAt: {go_time(pull0 + sec(el))}",
        )
        running[h].append((svc, tid, cont, rid))
        return t

    def stop_task(
        h: str, t: datetime, item: tuple[str, str, str, str], exit_code: int, reason: str
    ) -> datetime:
        _svc, tid, cont, rid = item
        running[h].remove(item)
        if reason == "stop":
            t = E(
                h,
                t,
                "info",
                "Stopping container",
                {"task": tid, "container": cont, "runtimeID": rid},
            )
            t += sec(r.uniform(0.3, 2.5))
        extra = f", ExecutionStoppedAt: {go_time(t)}"
        if reason == "oom":
            extra += ", reason: OutOfMemoryError: Container killed due to memory usage"
        elif reason == "stop":
            extra += (
                ", reason: Scaling activity initiated by (deployment ecs-svc/"
                + str(r.randint(10**18, 10**19 - 1))
                + ")"
            )
        extra += f", container change: {cont} -> STOPPED, Exit {exit_code}"
        t = change(h, t, tid, cont, rid, "STOPPED", extra)
        cleanups.append((t + sec(600 + r.uniform(0, 3)), h, tid, cont, rid))
        return t

    cleanups: list[tuple[datetime, str, str, str, str]] = []
    hosts = [h for h, _ in ECS_HOSTS]
    # service tasks running since before 06:00 (started yesterday: no lines)
    for svc, n in [("storefront", 4), ("orders-api", 3), ("payments-worker", 2)]:
        for i in range(n):
            running[hosts[i % 3]].append((svc, hexid(r, 32), ECS_SERVICES[svc][0], hexid(r, 64)))

    # scheduled tasks: the report job every 15 minutes, the outbox sweeper every 5
    for job, tag, period, run in [
        ("report-job", "0.9.7", 900, (95, 290)),
        ("outbox-sweeper", "3.2.0", 300, (20, 70)),
    ]:
        for t in every(r, at(6, 0, 40 if period == 300 else 300), T_END, period, 4):
            h = r.choice(hosts)
            t = start_task(h, t, job, tag)
            item = [x for x in running[h] if x[0] == job][-1]
            stop_task(h, t + sec(r.uniform(*run)), item, 0, "exit")

    def rollout(t0: datetime, svc: str, tag: str, spread: float) -> None:
        t = t0
        for h in hosts:
            olds = [x for x in running[h] if x[0] == svc]
            for old in olds:
                t1 = start_task(h, t, svc, tag)
                stop_task(h, t1 + sec(r.uniform(40, 75)), old, 0, "stop")
                t += sec(r.uniform(spread * 0.5, spread))

    # the storefront release at 07:30
    rollout(at(7, 30, 12), "storefront", "2024.06.07-1", 70)
    # orders-api v2.14.0: the tag was never pushed; the circuit breaker rolls back at 08:41
    t = at(8, 5, 20)
    while t < at(8, 41):
        h = r.choice(hosts)
        image = f"{ECS_REG}/orders-api:v2.14.0"
        err = f"CannotPullContainerError: Error response from daemon: manifest for {image} not found: manifest unknown: Requested image not found"
        start_task(h, t, "orders-api", "v2.14.0", err)
        t += sec(r.uniform(35, 140))
    # v2.14.1, pushed, at 09:10
    rollout(at(9, 10, 40), "orders-api", "v2.14.1", 90)
    # payments-worker runs out of memory 09:40-10:05 (a bad batch), restarted by the service
    t = at(9, 40, 7)
    while t < at(10, 5):
        cands = [(h, x) for h in hosts for x in running[h] if x[0] == "payments-worker"]
        h, item = r.choice(cands)
        t1 = stop_task(h, t, item, 137, "oom")
        h2 = r.choice(hosts)
        start_task(h2, t1 + sec(r.uniform(8, 25)), "payments-worker", "1.41.0")
        t += sec(r.uniform(150, 330))
    # ip-10-30-13-9 drained at 11:20 for its AMI update: its tasks move to the two others
    t = at(11, 20, 3)
    h3 = hosts[2]
    for item in list(running[h3]):
        if item[0] in ("report-job", "outbox-sweeper"):
            continue
        t1 = stop_task(h3, t, item, 0, "stop")
        start_task(
            r.choice(hosts[:2]),
            t1 + sec(r.uniform(5, 15)),
            item[0],
            "2024.06.07-1"
            if item[0] == "storefront"
            else ("v2.14.1" if item[0] == "orders-api" else "1.41.0"),
        )
        t += sec(r.uniform(20, 50))

    for t, h, tid, cont, rid in cleanups:
        if t >= T_END:
            continue
        t = E(h, t, "info", "Cleaning up task's containers and data", {"task": tid})
        if rid:
            E(
                h,
                t + sec(0.05),
                "info",
                "Removing container",
                {"task": tid, "container": cont, "runtimeID": rid},
            )

    # ACS and TCS websocket sessions, each closed by the backend about every half hour
    for h, _iid in ECS_HOSTS:
        n = acs_n[h]
        for kind, ep_prefix, connected in [
            ("TCS", "ecs-t", "Connected to TCS endpoint"),
            ("ACS", "ecs-a", "Connected to ACS endpoint"),
        ]:
            t = T0 + sec(r.uniform(0, 1800))
            while t < T_END:
                t = E(
                    h,
                    t,
                    "info",
                    f"{kind} Websocket connection closed for a valid reason",
                    module="handler.go" if kind == "TCS" else "acs_handler.go",
                )
                t = E(
                    h,
                    t + sec(0.001),
                    "info",
                    "Using cached DiscoverPollEndpoint",
                    {
                        "endpoint": f"https://ecs-a-{n}.{ECS_REGION}.amazonaws.com/",
                        "telemetryEndpoint": f"https://ecs-t-{n}.{ECS_REGION}.amazonaws.com/",
                        "serviceConnectEndpoint": f"https://ecs-sc.{ECS_REGION}.api.aws",
                        "containerInstanceARN": ci_arn[h],
                    },
                )
                url = f"https://{ep_prefix}-{n}.{ECS_REGION}.amazonaws.com/ws?agentHash=6e4b1b1a&agentVersion={ECS_VERSION}&cluster={ECS_CLUSTER}&containerInstance={ci_arn[h].replace(':', '%3A').replace('/', '%2F')}&dockerVersion=DockerVersion%3A+{ECS_DOCKER}"
                if kind == "ACS":
                    url += f"&sendCredentials=false&seqNum={r.randint(1, 9)}&protocolVersion=2"
                t = E(
                    h,
                    t + sec(0.002),
                    "info",
                    "Establishing a Websocket connection",
                    {"url": url},
                )
                t = E(
                    h,
                    t + sec(r.uniform(0.02, 0.12)),
                    "info",
                    "Websocket connection established.",
                    {
                        "URL": url.split("?")[0],
                        "ConnectTime": f"{t:%Y-%m-%d %H:%M:%S}",
                        "ExpectedDisconnectTime": f"{t + sec(1800):%Y-%m-%d %H:%M:%S}",
                    },
                )
                t = E(
                    h,
                    t + sec(0.001),
                    "info",
                    connected,
                    module="handler.go" if kind == "TCS" else "acs_handler.go",
                )
                t += sec(r.uniform(1500, 1800))

    # image cleanup every three hours from each agent's start
    for h, _ in ECS_HOSTS:
        t = at(7, 0) + sec(r.uniform(0, 3000))
        first = True
        while t < T_END:
            t = E(
                h,
                t,
                "info",
                "Begin building map of eligible unused images for deletion",
                module="docker_image_manager.go",
            )
            if first:
                E(
                    h,
                    t + sec(0.01),
                    "info",
                    "No eligible images for deletion for this cleanup cycle",
                    module="docker_image_manager.go",
                )
            else:
                for repo, tag in [
                    ("storefront", "2024.06.06-3"),
                    ("orders-api", "v2.13.2"),
                    ("report-job", "0.9.6"),
                ]:
                    image = f"{ECS_REG}/{repo}:{tag}"
                    iid = "sha256:" + hexid(r, 64)
                    t = E(
                        h,
                        t + sec(0.01),
                        "info",
                        "Removing Image",
                        {"image": image, "imageID": iid},
                    )
                    t = E(
                        h,
                        t + sec(r.uniform(0.1, 0.6)),
                        "info",
                        "Image removed",
                        {"image": image, "imageID": iid},
                    )
                E(
                    h,
                    t + sec(0.01),
                    "info",
                    "End of eligible images for deletion",
                    module="docker_image_manager.go",
                )
            first = False
            t += sec(3 * 3600)
    return fs.logs(T0)


# -------------------------------------------------------------------- amazon-cloudwatch-agent

CW_VERSION = "1.300040.0b650"
CW_ACCOUNT = "111122223333"
CW_REGION = "eu-west-1"
CW_ROLE = "prod-ec2-role"
# host, instance id, [(log group, file path)], starts at
CW_HOSTS = [
    (
        "web-1",
        "i-0c58a2d7e6f31b944",
        [
            ("/prod/nginx/access", "/var/log/nginx/access.log"),
            ("/prod/nginx/error", "/var/log/nginx/error.log"),
            ("/prod/app", "/var/log/app/app.log"),
            ("/prod/system", "/var/log/messages"),
        ],
    ),
    (
        "web-2",
        "i-0e27c4a9b1d83f605",
        [
            ("/prod/nginx/access", "/var/log/nginx/access.log"),
            ("/prod/nginx/error", "/var/log/nginx/error.log"),
            ("/prod/app", "/var/log/app/app.log"),
            ("/prod/system", "/var/log/messages"),
        ],
    ),
    (
        "api-1",
        "i-0a93d5f7b2c46e811",
        [
            ("/prod/api", "/var/log/api/api.log"),
            ("/prod/audit", "/var/log/api/audit.log"),
            ("/prod/api/access", "/var/log/api/access.log"),
            ("/prod/system", "/var/log/messages"),
        ],
    ),
    (
        "worker-1",
        "i-04b6e8a1c3d5f7290",
        [
            ("/prod/worker", "/var/log/worker/worker.log"),
            ("/prod/system", "/var/log/messages"),
        ],
    ),
]
CW_DENIED = "Aws error received when sending logs to %v/%v: AccessDeniedException: User: %s is not authorized to perform: logs:PutLogEvents on resource: %s because no identity-based policy allows the logs:PutLogEvents action\n\tstatus code: %d, request id: %s"
CW_THROTTLED = "Aws error received when sending logs to %v/%v: ThrottlingException: Rate exceeded\n\tstatus code: %d, request id: %s"
CW_OTEL = "v0.98.0"


def cw_host(r: random.Random, fs: Files, host: str, iid: str, streams: list, denied: tuple) -> None:
    f = f"{host}-amazon-cloudwatch-agent.log"
    proc = [host, 0]

    def C(t: datetime, lvl: str, label: str, msg: str, f: str = f, proc: list = proc) -> datetime:
        return fs.add(
            f,
            t,
            lab(label),
            lambda x: f"{x:%Y-%m-%dT%H:%M:%S}Z {lvl}! {msg}".split("\n"),
            tuple(proc),
            SEC,
        )

    def Z(t: datetime, label: str, fields: dict, lvl: str = "I") -> datetime:
        return C(t, lvl, label, json.dumps(fields, separators=(",", ":")))

    def startup(t: datetime, streams: list) -> datetime:
        t = C(
            t,
            "I",
            "Starting AmazonCloudWatchAgent %s with log file %s with log target %s",
            f"Starting AmazonCloudWatchAgent CWAgent/{CW_VERSION} (go1.22.3; linux; amd64) with log file /opt/aws/amazon-cloudwatch-agent/logs/amazon-cloudwatch-agent.log with log target lumberjack",
        )
        t = C(t + sec(0.01), "I", "AWS SDK log level not set", "AWS SDK log level not set")
        t = C(t + sec(0.01), "I", "creating new logs agent", "creating new logs agent")
        t = C(t + sec(0.01), "I", "[logagent] starting", "[logagent] starting")
        t = C(
            t + sec(0.01),
            "I",
            "[logagent] found plugin %s is a log backend",
            "[logagent] found plugin cloudwatchlogs is a log backend",
        )
        t = C(
            t + sec(0.01),
            "I",
            "[logagent] found plugin %s is a log collection",
            "[logagent] found plugin logfile is a log collection",
        )
        t = Z(
            t + sec(0.02),
            "Starting %s...",
            {
                "caller": f"service@{CW_OTEL}/service.go:143",
                "msg": "Starting amazon-cloudwatch-agent...",
                "Version": CW_VERSION,
                "NumCPU": 2 if host != "worker-1" else 4,
            },
        )
        t = Z(
            t + sec(0.01),
            "Starting extensions...",
            {"caller": "extensions/extensions.go:34", "msg": "Starting extensions..."},
        )
        t = Z(
            t + sec(0.05),
            "ec2tagger: Check EC2 Metadata.",
            {
                "caller": "ec2tagger/ec2tagger.go:435",
                "msg": "ec2tagger: Check EC2 Metadata.",
                "kind": "processor",
                "name": "ec2tagger",
                "pipeline": "metrics/host",
            },
        )
        t = Z(
            t + sec(0.3),
            "ec2tagger: EC2 tagger has started, finished initial retrieval of tags and Volumes",
            {
                "caller": "ec2tagger/ec2tagger.go:411",
                "msg": "ec2tagger: EC2 tagger has started, finished initial retrieval of tags and Volumes",
                "kind": "processor",
                "name": "ec2tagger",
                "pipeline": "metrics/host",
            },
        )
        t = Z(
            t + sec(0.01),
            "Everything is ready. Begin running and processing data.",
            {
                "caller": f"service@{CW_OTEL}/service.go:169",
                "msg": "Everything is ready. Begin running and processing data.",
            },
        )
        for group, path in streams:
            t = C(
                t + sec(0.01),
                "I",
                "[logagent] piping log from %s/%s(%s) to %s with retention %d",
                f"[logagent] piping log from {group}/{iid}({path}) to cloudwatchlogs with retention -1",
            )
        for _group, path in streams:
            off = r.randint(0, 4_000_000) if host != "web-2" else 0
            t = C(
                t + sec(0.01),
                "I",
                "[inputs.logfile] Reading from offset %v in %s",
                f"[inputs.logfile] Reading from offset {off} in {path}",
            )
        return t

    if host == "web-2":
        # launched by the Auto Scaling group at 06:40
        startup(at(6, 40, 51), streams)
        live_from = at(6, 41)
    else:
        live_from = T0

    # AccessDenied 07:41-08:23: a role policy edit drops logs:PutLogEvents
    for group, _path in streams:
        t = max(denied[0], live_from) + sec(r.uniform(0, 5))
        n = 0
        while t < denied[1]:
            res = f"arn:aws:logs:{CW_REGION}:{CW_ACCOUNT}:log-group:{group}:log-stream:{iid}"
            who = f"arn:aws:sts::{CW_ACCOUNT}:assumed-role/{CW_ROLE}/{iid}"
            msg = f"[outputs.cloudwatchlogs] Aws error received when sending logs to {group}/{iid}: AccessDeniedException: User: {who} is not authorized to perform: logs:PutLogEvents on resource: {res} because no identity-based policy allows the logs:PutLogEvents action\n\tstatus code: 400, request id: {uuid4(r)}"
            t = C(t, "E", CW_DENIED, msg)
            wait = min(0.2 * 2**n, 60.0) * r.uniform(0.5, 1.0)
            t = C(
                t + sec(0.0005),
                "W",
                "Retried %v time, going to sleep %v before retrying.",
                f"[outputs.cloudwatchlogs] Retried {n} time, going to sleep {go_dur(wait)} before retrying.",
            )
            n += 1
            t += sec(wait + r.uniform(0.03, 0.2))

    if host == "worker-1":
        # a restored archive of three weeks ago replayed into the worker log 09:55-10:02
        t = at(9, 55, 14)
        while t < at(10, 2, 30):
            C(
                t,
                "W",
                "%d log events for log '%s/%s' are too old",
                f"[outputs.cloudwatchlogs] {r.randint(180, 10000)} log events for log '/prod/worker/{iid}' are too old",
            )
            t += sec(r.uniform(5, 40))
        # restarted at 10:30 with the jobs log added
        t = at(10, 30, 6)
        t = Z(
            t,
            "Received signal from OS",
            {
                "caller": f"otelcol@{CW_OTEL}/collector.go:331",
                "msg": "Received signal from OS",
                "signal": "terminated",
            },
        )
        t = Z(
            t + sec(0.01),
            "Starting shutdown...",
            {"caller": f"service@{CW_OTEL}/service.go:179", "msg": "Starting shutdown..."},
        )
        for group, _path in streams:
            t = C(
                t + sec(0.01),
                "I",
                "[logagent] Log destination %v has stopped, finalizing %v/%v",
                f"[logagent] Log destination cloudwatchlogs has stopped, finalizing {group}/{iid}",
            )
        t = Z(
            t + sec(0.01),
            "Stopping extensions...",
            {"caller": "extensions/extensions.go:59", "msg": "Stopping extensions..."},
        )
        t = Z(
            t + sec(0.01),
            "Shutdown complete.",
            {"caller": f"service@{CW_OTEL}/service.go:193", "msg": "Shutdown complete."},
        )
        proc[1] = 1
        streams = [*streams, ("/prod/worker/jobs", "/var/log/worker/jobs.log")]
        startup(t + sec(r.uniform(2.5, 4)), streams)
        # a job flooding its log 11:05-11:14: PutLogEvents throttled
        t = at(11, 5, 31)
        n = 0
        while t < at(11, 14, 10):
            msg = f"[outputs.cloudwatchlogs] Aws error received when sending logs to /prod/worker/jobs/{iid}: ThrottlingException: Rate exceeded\n\tstatus code: 400, request id: {uuid4(r)}"
            t = C(t, "E", CW_THROTTLED, msg)
            wait = min(2 * 2**n, 60.0) * r.uniform(0.5, 1.0)
            t = C(
                t + sec(0.0005),
                "W",
                "Retried %v time, going to sleep %v before retrying.",
                f"[outputs.cloudwatchlogs] Retried {n} time, going to sleep {go_dur(wait)} before retrying.",
            )
            n = n + 1 if r.random() < 0.8 else 0
            t += sec(wait + r.uniform(0.03, 0.2))


def cloudwatch_agent(r: random.Random) -> list:
    """Four EC2 instances' CloudWatch agent 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    denied = (at(7, 41, 12), at(8, 23, 38))

    for host, iid, streams in CW_HOSTS:
        cw_host(r, fs, host, iid, streams, denied)
    return fs.logs(T0)


# ------------------------------------------------------------------------------ walinuxagent

WA_VERSION = "2.9.1.1"
WA_WIRE = "168.63.129.16"
WA_N = 14
WA_CS = "Microsoft.Azure.Extensions.CustomScript-2.1.10"
WA_RC = "Microsoft.CPlat.Core.RunCommandLinux-1.0.5"
WA_AMA_OLD = "Microsoft.Azure.Monitor.AzureMonitorLinuxAgent-1.29.7"
WA_AMA_NEW = "Microsoft.Azure.Monitor.AzureMonitorLinuxAgent-1.30.2"
WA_GS_ERR = "An error occurred while retrieving the goal state: [ProtocolError] [Wireserver Exception] [HttpError] [HTTP Failed] GET %s -- IOError %s -- %d attempts made"
WA_EGG = f"bin/WALinuxAgent-{WA_VERSION}-py3.8.egg/azurelinuxagent"


def wa_suffix(i: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    for _ in range(6):
        i, d = divmod(i, 36)
        s = digits[d] + s
    return s


def wa_vm(
    r: random.Random, fs: Files, i: int, blocked: set, outage: tuple, deploys: list, activity: str
) -> None:
    vm = f"webvmss{wa_suffix(i)}"
    f = f"{vm}-waagent.log"
    proc = vm
    state = {"inc": r.randint(14, 22), "cs_seq": 9, "rc_seq": r.randint(2, 6), "gserr": 0}
    hb_id = str(uuid4(r)).upper()

    def W(
        t: datetime,
        label: str,
        msg: str,
        thread: str = "ExtHandler",
        prefix: str = "ExtHandler",
        level: str = "INFO",
        more: list[str] | None = None,
        f: str = f,
        proc: str = proc,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z"
            return [f"{ts} {level} {thread} {prefix} {msg}", *(more or [])]

        return fs.add(f, t + sec(r.uniform(0, 0.0009)), lab(label), text, proc, US)

    def units(t: datetime, ext: str) -> datetime:
        name, ver = ext.rsplit("-", 1)
        unit = f"{name}_{ver}_{uuid4(r)}"
        t = W(
            t + sec(0.013),
            "Started extension in unit '%s'",
            f"Started extension in unit '{unit}'",
        )
        for ctl in ["cpu,cpuacct", "memory"]:
            t = W(
                t + sec(0.016),
                "Started tracking cgroup: %s, path: %s",
                f"Started tracking cgroup: {ext}, path: /sys/fs/cgroup/{ctl}/system.slice/{unit}.scope",
            )
        return t

    def goal_state(t: datetime, body) -> datetime:
        state["inc"] += 1
        inc = state["inc"]
        t = W(
            t,
            "Fetched a new incarnation for the WireServer goal state [incarnation %s]",
            f"Fetched a new incarnation for the WireServer goal state [incarnation {inc}]",
        )
        t0 = t
        t = W(
            t + sec(r.uniform(0.01, 0.05)),
            "ProcessExtensionsGoalState started [%s channel: %s source: %s activity: %s correlation %s created: %s]",
            f"ProcessExtensionsGoalState started [incarnation_{inc} channel: WireServer source: Fabric activity: {activity} correlation {uuid4(r)} created: {t:%Y-%m-%dT%H:%M:%S}.{r.randint(0, 999):03d}Z]",
        )
        t = body(t, inc)
        t = W(
            t + sec(r.uniform(0.2, 1.6)),
            "ProcessExtensionsGoalState completed [%s %s ms]",
            f"ProcessExtensionsGoalState completed [incarnation_{inc} {int((t - t0).total_seconds() * 1000) + r.randint(200, 1800)} ms]",
        )
        return W(
            t + sec(0.03),
            "Looking for existing remote access users.",
            "Looking for existing remote access users.",
        )

    def enable(ext: str, cmd: str, seq_key: str):
        def body(t: datetime, inc: int) -> datetime:
            p = f"[{ext}]"
            t = W(
                t + sec(0.005),
                "Target handler state: %s [%s]",
                f"Target handler state: enabled [incarnation_{inc}]",
                prefix=p,
            )
            t = W(
                t + sec(0.008),
                "[Enable] current handler state is: %s",
                "[Enable] current handler state is: enabled",
                prefix=p,
            )
            state[seq_key] += 1
            t = W(
                t + sec(0.014),
                "Update settings file: %s",
                f"Update settings file: {state[seq_key]}.settings",
                prefix=p,
            )
            t = W(t + sec(0.011), "Enable extension [%s]", f"Enable extension [{cmd}]", prefix=p)
            return units(t, ext)

        return body

    def ama_upgrade(t: datetime, inc: int) -> datetime:
        new, old = f"[{WA_AMA_NEW}]", f"[{WA_AMA_OLD}]"
        t = W(
            t + sec(0.005),
            "Target handler state: %s [%s]",
            f"Target handler state: enabled [incarnation_{inc}]",
            prefix=new,
        )
        t = W(
            t + sec(0.008),
            "[Enable] current handler state is: %s",
            "[Enable] current handler state is: notinstalled",
            prefix=new,
        )
        blob = f"https://umsa{hexid(r, 16)}.blob.core.windows.net/{uuid4(r)}/{uuid4(r)}_1.30.2.zip"
        t = W(
            t + sec(0.01),
            "Downloading extension package: %s",
            f"Downloading extension package: {blob}",
            prefix=new,
        )
        t = W(
            t + sec(r.uniform(1.5, 6)),
            "Unzipping extension package: %s",
            "Unzipping extension package: /var/lib/waagent/Microsoft.Azure.Monitor.AzureMonitorLinuxAgent__1.30.2.zip",
            prefix=new,
        )
        t = W(
            t + sec(r.uniform(0.4, 1.2)),
            "Initializing extension %s",
            f"Initializing extension {WA_AMA_NEW}",
            prefix=new,
        )
        t = W(
            t + sec(0.02),
            "Update settings file: %s",
            "Update settings file: 0.settings",
            prefix=new,
        )
        t = W(
            t + sec(0.03),
            "Disable extension [%s]",
            "Disable extension [./shim.sh -disable]",
            prefix=old,
        )
        t = units(t, WA_AMA_OLD)
        t = W(
            t + sec(r.uniform(3, 9)),
            "Update extension [%s]",
            "Update extension [./shim.sh -update]",
            prefix=new,
        )
        t = units(t, WA_AMA_NEW)
        t = W(
            t + sec(r.uniform(1, 4)),
            "Uninstall extension [%s]",
            "Uninstall extension [./shim.sh -uninstall]",
            prefix=old,
        )
        t = units(t, WA_AMA_OLD)
        t = W(
            t + sec(r.uniform(2, 6)),
            "Remove extension handler directory: %s",
            f"Remove extension handler directory: /var/lib/waagent/{WA_AMA_OLD}",
            prefix=old,
        )
        t = W(
            t + sec(0.02),
            "Install extension [%s]",
            "Install extension [./shim.sh -install]",
            prefix=new,
        )
        t = units(t, WA_AMA_NEW)
        t = W(
            t + sec(r.uniform(2, 8)),
            "Enable extension [%s]",
            "Enable extension [./shim.sh -enable]",
            prefix=new,
        )
        return units(t, WA_AMA_NEW)

    # the heartbeat every 30 minutes
    hb = r.randint(20, 40)
    for t in every(r, T0 + sec(r.uniform(0, 1800)), T_END, 1800, 0.3):
        hb += 1
        W(
            t,
            "[HEARTBEAT] Agent %s is running as the goal state agent [DEBUG HeartbeatCounter: %s;HeartbeatId: %s;DroppedPackets: %s;UpdateGSErrors: %s;AutoUpdate: %s]",
            f"[HEARTBEAT] Agent WALinuxAgent-{WA_VERSION} is running as the goal state agent [DEBUG HeartbeatCounter: {hb};HeartbeatId: {hb_id};DroppedPackets: 0;UpdateGSErrors: {state['gserr'] if t > outage[0] else 0};AutoUpdate: 1]",
        )
    # the agent manifest check every hour
    for t in every(r, T0 + sec(r.uniform(0, 3600)), T_END, 3600, 0.5):
        W(t, "Downloading agent manifest", "Downloading agent manifest")
    # log collection every hour
    for t in every(r, T0 + sec(r.uniform(0, 3600)), T_END, 3600, 0.5):
        if i in blocked and outage[0] - sec(120) <= t < outage[1]:
            t = outage[1] + sec(r.uniform(60, 200))
        c = "CollectLogsHandler"
        t = W(
            t,
            "WireServer endpoint %s read from file",
            f"WireServer endpoint {WA_WIRE} read from file",
            thread=c,
        )
        t = W(
            t + sec(0.0002),
            "Wire server endpoint:%s",
            f"Wire server endpoint:{WA_WIRE}",
            thread=c,
        )
        t = W(
            t + sec(0.0001),
            "Starting log collection...",
            "Starting log collection...",
            thread=c,
        )
        el = r.randint(11_800, 16_900)
        t = W(
            t + sec(el / 1000),
            "Successfully collected logs. Archive size: %s b, elapsed time: %s ms",
            f"Successfully collected logs. Archive size: {r.randint(61_000, 98_000)} b, elapsed time: {el} ms",
            thread=c,
        )
        W(t + sec(0.02), "Successfully uploaded logs.", "Successfully uploaded logs.", thread=c)

    # the scale set's rolling upgrades: the deploy script through CustomScript
    late = []
    for d in deploys:
        t = d + sec(i // 3 * r.uniform(100, 150) + r.uniform(0, 40))
        if i in blocked and outage[0] <= t < outage[1]:
            late.append(d)
            continue
        goal_state(t, enable(WA_CS, "bin/custom-script-shim enable", "cs_seq"))
    # the Azure Monitor agent's automatic upgrade 10:10-10:40
    goal_state(at(10, 10) + sec(i * r.uniform(100, 130)), ama_upgrade)

    if i in blocked:
        # a hardening playbook's default-deny egress 08:40-09:05 cuts the WireServer off
        t = outage[0] + sec(r.uniform(5, 60))
        while t < outage[1]:
            state["gserr"] += 1
            tb = [
                "Traceback (most recent call last):",
                f'  File "{WA_EGG}/ga/update.py", line 476, in _try_update_goal_state',
                "    protocol.client.update_goal_state(silent=self._update_goal_state_error_count >= _GOAL_STATE_RETRIEVAL_ERRORS_THRESHOLD)",
                f'  File "{WA_EGG}/common/protocol/wire.py", line 782, in update_goal_state',
                "    self._goal_state.update(silent=silent)",
                f'  File "{WA_EGG}/common/protocol/goal_state.py", line 186, in update',
                "    self._update(force_update=False)",
                f'  File "{WA_EGG}/common/protocol/wire.py", line 1075, in fetch_config',
                "    raise ProtocolError(msg)",
                f"azurelinuxagent.common.exception.ProtocolError: [ProtocolError] [Wireserver Exception] [HttpError] [HTTP Failed] GET http://{WA_WIRE}/machine/?comp=goalstate -- IOError timed out -- 6 attempts made",
            ]
            t = W(
                t,
                WA_GS_ERR,
                f"An error occurred while retrieving the goal state: [ProtocolError] [Wireserver Exception] [HttpError] [HTTP Failed] GET http://{WA_WIRE}/machine/?comp=goalstate -- IOError timed out -- 6 attempts made",
                level="WARNING",
                more=tb,
            )
            t += sec(r.uniform(62, 110))
        t = W(
            t,
            "Retrieving the goal state recovered from previous errors",
            "Retrieving the goal state recovered from previous errors",
        )
        if late:
            goal_state(t + sec(0.2), enable(WA_CS, "bin/custom-script-shim enable", "cs_seq"))
    if i in (4, 5):
        # the on-call engineer's Run Command scripts, after the outage
        for t in [at(9, 12, 20), at(9, 14, 2), at(9, 20, 45)]:
            goal_state(
                t + sec(r.uniform(0, 25)),
                enable(WA_RC, "bin/run-command-shim enable", "rc_seq"),
            )


def walinuxagent(r: random.Random) -> list:
    """A 14-instance scale set's waagent.log files 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    blocked = {3, 4, 5, 6}
    outage = (at(8, 40, 12), at(9, 5, 31))
    deploys = [at(7, 35), at(8, 52), at(9, 50), at(10, 55), at(11, 40)]
    activity = uuid4(r)

    for i in range(WA_N):
        wa_vm(r, fs, i, blocked, outage, deploys, activity)
    return fs.logs(T0)


# ------------------------------------------------------------------------ google-guest-agent

GA_VERSION_OLD = "20240314.00"
GA_VERSION = "20240528.00"
GA_VMS = [
    # vm, agent pid, its users' next uid, browser-SSH sessions an hour
    ("bastion-1", 812, 1009, 7),
    ("app-1", 790, 1008, 4),
    ("app-2", 803, 1008, 3),
    ("app-3", 797, 1008, 2),
    ("db-1", 771, 1007, 0),
    ("worker-1", 785, 1007, 0),
]
GA_USERS = ["alice", "bob", "carol", "dmitri", "erin", "farah"]
GA_UNIT = "google-guest-agent.service - Google Compute Engine Guest Agent"
GA_GROUPS = ["adm", "dip", "lxd", "plugdev", "video", "google-sudoers"]


def ga_vm(
    r: random.Random,
    fs: Files,
    vm: str,
    pid0: int,
    uid0: int,
    rate: int,
    project_events: list,
    ecdsa,
) -> None:
    f = f"{vm}-journal.log"
    pid = [pid0]
    nextpid = [pid0 * 37 % 9000 + 20000]

    def J(
        t: datetime, ident: str, p: int, label: str, msg: str, f: str = f, vm: str = vm
    ) -> datetime:
        return fs.add(
            f,
            t,
            lab(label),
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00 {vm} {ident}[{p}]: {msg}"],
            (vm, ident, p),
            US,
        )

    def A(t: datetime, label: str, msg: str) -> datetime:
        return J(t, "google_guest_agent", pid[0], label, msg)

    def child() -> int:
        nextpid[0] += r.randint(3, 40)
        return nextpid[0]

    users = set(GA_USERS)
    uid = [uid0]
    expired: list[tuple[str, str, str]] = []
    if rate:
        for _ in range(r.randint(5, 8) if vm == "bastion-1" else r.randint(2, 4)):
            u = r.choice(GA_USERS)
            e = at(5, r.randint(0, 59), r.uniform(0, 59)) - sec(r.uniform(0, 20 * 3600))
            expired.append((u, ecdsa(), f"{e:%Y-%m-%dT%H:%M:%S}+0000"))
    live: list[tuple[datetime, str, str]] = []  # browser keys not yet expired

    def sync(t: datetime, changed: list[str]) -> datetime:
        """One accounts pass: the expired keys, then the users whose keys changed."""
        now_expired = [k for k in live if k[0] <= t]
        for k in now_expired:
            live.remove(k)
            expired.append((k[1], k[2], f"{k[0]:%Y-%m-%dT%H:%M:%S}+0000"))
            if k[1] not in changed:
                changed = [*changed, k[1]]
        for u, blob, exp in expired:
            t = A(
                t + sec(r.uniform(0.00005, 0.0004)),
                "invalid ssh key entry - expired key: %s",
                f'ERROR non_windows_accounts.go:217 invalid ssh key entry - expired key: {u}:ecdsa-sha2-nistp256 {blob} google-ssh {{"userName":"{u}@corp.example.com","expireOn":"{exp}"}}',
            )
        for u in changed:
            if u not in users:
                t = A(t + sec(0.001), "Creating user %s.", f"Creating user {u}.")
                up = child()
                uid[0] += 1
                t = J(
                    t + sec(0.004),
                    "useradd",
                    up,
                    "new group: name=%s, GID=%u",
                    f"new group: name={u}, GID={uid[0]}",
                )
                t = J(
                    t + sec(0.0002),
                    "useradd",
                    up,
                    "new user: name=%s, UID=%u, GID=%u, home=%s, shell=%s, from=%s",
                    f"new user: name={u}, UID={uid[0]}, GID={uid[0]}, home=/home/{u}, shell=/bin/bash, from=none",
                )
                for g in GA_GROUPS:
                    t = J(
                        t + sec(r.uniform(0.004, 0.012)),
                        "gpasswd",
                        child(),
                        "user %s added by %s to group %s",
                        f"user {u} added by root to group {g}",
                    )
                users.add(u)
            t = A(t + sec(0.0008), "Updating keys for user %s.", f"Updating keys for user {u}.")
        return t

    # the agent upgraded by unattended-upgrades, 07:03-07:09
    t_up = at(7, 3) + sec(r.uniform(0, 360))
    events: list[tuple[datetime, str, object]] = [(t_up, "restart", None)]
    events += [(t + sec(r.uniform(0.5, 3)), kind, u) for t, kind, u in project_events]
    if rate:
        t = T0 + sec(r.uniform(0, 600))
        while t < T_END:
            events.append((t, "browser", None))
            t += sec(r.expovariate(rate / 3600))
    if rate:
        # the team's cleanup script deletes the expired keys from the instances' metadata
        events.append((at(10, 31, 17) + sec(r.uniform(0, 50)), "cleanup", None))
    if vm == "app-2":
        events.append((at(9, 12, 5), "mds", None))
    events.sort(key=lambda e: e[0])

    for t, kind, u in events:
        if kind == "restart":
            t = J(t, "systemd", 1, "Stopping %s...", f"Stopping {GA_UNIT}...")
            t = A(t + sec(0.002), "GCE Agent Stopped", "GCE Agent Stopped")
            t = J(
                t + sec(0.03),
                "systemd",
                1,
                "%s: Deactivated successfully.",
                "google-guest-agent.service: Deactivated successfully.",
            )
            t = J(t + sec(0.0004), "systemd", 1, "Stopped %s.", f"Stopped {GA_UNIT}.")
            t = J(
                t + sec(0.0003),
                "systemd",
                1,
                "%s: Consumed %s CPU time.",
                f"google-guest-agent.service: Consumed {r.uniform(1.2, 9.8):.3f}s CPU time.",
            )
            t = J(t + sec(0.05), "systemd", 1, "Starting %s...", f"Starting {GA_UNIT}...")
            pid[0] = child()
            t = A(
                t + sec(r.uniform(0.05, 0.15)),
                "GCE Agent Started (version %s)",
                f"GCE Agent Started (version {GA_VERSION})",
            )
            t = J(t + sec(r.uniform(0.3, 0.9)), "systemd", 1, "Started %s.", f"Started {GA_UNIT}.")
            sync(t + sec(0.2), sorted(users))
        elif kind in ("browser", "add", "key"):
            if kind == "browser":
                # a browser SSH session: a key expiring in five minutes
                pool = [x for x in GA_USERS if x in users] + (["gwen"] if "gwen" in users else [])
                u = r.choice(pool)
                live.append((t + sec(300), u, ecdsa()))
            sync(t, [u])
        elif kind == "existing":
            # the local `deploy` account (made by the image build) given a project key
            t = sync(t, [])
            t = A(
                t + sec(0.001),
                "Adding existing user %s to google-sudoers group.",
                f"Adding existing user {u} to google-sudoers group.",
            )
            t = J(
                t + sec(0.006),
                "gpasswd",
                child(),
                "user %s added by %s to group %s",
                f"user {u} added by root to group google-sudoers",
            )
            users.add(u)
            A(t + sec(0.0008), "Updating keys for user %s.", f"Updating keys for user {u}.")
        elif kind == "remove":
            t = sync(t, [])
            if u in users:
                t = A(t + sec(0.001), "Removing user %s.", f"Removing user {u}.")
                J(
                    t + sec(0.006),
                    "gpasswd",
                    child(),
                    "user %s removed by %s from group %s",
                    f"user {u} removed by root from group google-sudoers",
                )
                users.discard(u)
        elif kind == "cleanup":
            expired.clear()
            sync(t, [])
        elif kind == "mds":
            # the VM's live migration: the metadata server out of reach for a minute
            t2 = t
            for _ in range(7):
                t2 = A(
                    t2,
                    "Network error when requesting metadata, make sure your instance has an active network and can reach the metadata server.",
                    "ERROR metadata.go:163 Network error when requesting metadata, make sure your instance has an active network and can reach the metadata server.",
                )
                t2 = A(
                    t2 + sec(0.0002),
                    'Error watching metadata: Get "%s": dial tcp %s: connect: network is unreachable',
                    f'ERROR main.go:218 Error watching metadata: Get "http://169.254.169.254/computeMetadata/v1/?alt=json&recursive=true&timeout_sec=60&wait_for_change=true&last_etag={hexid(r, 16)}": dial tcp 169.254.169.254:80: connect: network is unreachable',
                )
                t2 += sec(r.uniform(5, 15))


def google_guest_agent(r: random.Random) -> list:
    """Four Compute Engine VMs' guest agent journal 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def ecdsa() -> str:
        return "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(88)
        )

    # project-wide changes, seen by every VM
    project_events = [
        (at(7, 52, 10), "add", "gwen"),
        (at(8, 31, 44), "key", "carol"),
        (at(9, 31, 40), "existing", "deploy"),
        (at(9, 47, 2), "key", "erin"),
        (at(10, 46, 30), "remove", "dmitri"),
        (at(11, 22, 5), "key", "bob"),
    ]

    for vm, pid0, uid0, rate in GA_VMS:
        ga_vm(r, fs, vm, pid0, uid0, rate, project_events, ecdsa)
    return fs.logs(T0)


SYSTEMS = {
    "amazon-ssm-agent": ssm,
    "ecs-agent": ecs,
    "amazon-cloudwatch-agent": cloudwatch_agent,
    "walinuxagent": walinuxagent,
    "google-guest-agent": google_guest_agent,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
