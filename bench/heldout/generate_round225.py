#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 225 (signoz, statping-ng, observium, naemon,
kube-state-metrics) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format string
that wrote it as it is written. Distinct calls of one process never share a timestamp at the
log's resolution (round 53's Clock, kept per process and per file). Five monitoring programs of
one site, 06:00 to 12:00 on 2024-06-07. None of the five was in the set; Nagios Core is
(`nagios`, round 35), and Naemon, its fork, is written here with its own start-up, worker and
Livestatus lines, another site and another story.

- SigNoz 0.47's query-service (`query-service.log`: `docker logs` of the container, zap's
  production JSON on stderr, `{"level":"info","timestamp":"2024-06-07T06:00:34.595Z","caller":
  "app/server.go:335","msg":"/api/v1/health","timeTaken":0.000024796,"path":"/api/v1/health"}`,
  an error record's stack in its `stacktrace` field, and fmt.Println's `starting private http`
  bare on stdout): start-up twice (06:00 and a restart at 09:41 after
  `Received OS Interrupt Signal ... ` at fatal): `JWT secret key set successfully.`, `Using
  ClickHouse as datastore ...`, `Starting notifier with alert manager:%s` (zap.S's Sprint of a
  []string), `rules manager is ready`, per rule `creating new ThresholdRule` and zap.S's
  `msg:initiating a new rule task\t name:%s\t frequency:%s`, `Query server started listening on
  %s...`, the four `Starting ... server` lines; loggingMiddleware's record of every API call,
  whose message is the route's template (`/api/v1/health` from the compose healthcheck every
  30 s, `/api/v3/query_range` from a wall dashboard every 10 minutes, a few users' sessions);
  four alert rules (one every minute, three every five) each writing `alerts found` and
  `sending alerts` per evaluation; ClickHouse out of memory 07:12-07:20 (`failed to set
  temporality` and `failure in buildAndRunQuery` with their stacks, zap.S's `msg:Evaluating rule
  failed\t rule:%s\t err: %s` with the rule's YAML in it, `Error in processing sql query` for a
  user's services page); the checkout's errors and the gateway's latency making rules find
  alerts 10:15-10:45; a rule edited at 10:52 (its task replaced).
- statping-ng 0.91 (`status-fra.log`, `status-nyc.log`: two instances' `docker logs`, logrus's
  TextFormatter with its default ForceColors, `\x1b[36mINFO\x1b[0m[0030] Service #3 'Payment
  Gateway' Successful Response: 125 ms | Lookup in: 3362 μs | Online: true | Interval: 120
  seconds  \x1b[36mtype\x1b[0m=service`: no clock, the seconds since the process started, the
  message padded to 44 columns): every check's `Service #%d '%v' Successful Response: %s |
  Lookup in: %s | Online: %v | Interval: %d seconds` (utils.HumanMicro's `%d μs` below 10 ms,
  `%0.0f ms` above) or `Service %v Failing: %v | Lookup in: %v` with the failure's own format;
  Frankfurt (Postgres, five services) started at 05:59:40 after a host reboot, New York (SQLite,
  four services) running since the evening before and restarted at 10:05 (fmt.Println's
  `Shutting down Statping`, the start-up lines: `Starting Statping %s`, `Database %s connection
  was successful.`, the migration lines, `Error Reporting initiated, thank you!`, `Starting
  monitoring process for %v Services`, `Database Cleanup runs every %s ...`, `Statping HTTP
  Server running on http://%s`); New York's ICMP check in a container without NET_RAW, where
  busybox ping writes `PING %s (%s): %d data bytes` and `ping: permission denied (are you
  root?)` on the container's stdout before each `Could not send ICMP ...` failure; the hourly
  cleanup (`Deleting failures older than %s`, the DELETE it runs, the same for hits); the
  checkout API answering 503 07:05-07:18, the payment gateway timing out 08:30-08:50,
  Frankfurt's resolver failing 09:12-09:20 (`Could not get IP address for domain %v, %v`, for
  TCP services `... for TCP service %v, %v`, and the Slack notifier's `Post %q: dial tcp: lookup
  %s on %s: server misbehaving` with `failure=`), a deploy breaking the checkout's health body
  10:40-11:10 (`HTTP Response Body did not match '%v'` with a NullString's `%v`), the database
  failing over 11:30-11:36 (`Dial Error: dial tcp %s: i/o timeout`); `Sending Failure
  notification to: %s!` and `Sending notification to: %s!` on each state change.
- Observium CE 24.4 (`observium.log`: logs/observium.log, PHP's and the wrapper's `logfile()`,
  `[2024/06/07 06:00:08 +0000] poller.php(2108836): poller.php: dc1-tor-a01.net.example.org - 1
  devices polled in 7.7734 secs`; `poller-wrapper.log`: the cron job's `observium-wrapper
  poller >> ... 2>&1`, python's block-buffered stdout, each run's lines landing together when it
  exits, no time): 14 devices polled every 5 minutes by 8 threads (`%s: %s - %d devices polled
  in %s secs`, the wrapper's `processed %s devices in %.2f seconds with %s threads, load average
  (5min) %.2f`; on stdout the coloured `This is the default poller. ...`, `INFO: starting the %s
  at %s with %s threads`, per device `INFO: worker %s finished device %s in %s seconds` with
  Python 3.10's `Thread-3 (process_worker)` names, `INFO: %s processed ...` and a blank line),
  `discovery.php -h new` every 5 minutes (`%s: new - 0 devices discovered in %s secs`); the full
  discovery at 06:34 with an access point unplugged (`%s: Device '%s' skipped, because switched
  off during runtime discovery process.`, then its id, not its name, in the summary); fw-edge-01
  unreachable 08:05-08:40; MySQL down 09:10-09:25 (`ERROR: Could not connect to MySQL database!`
  in both files); the core switch's SNMP agent hanging 10:00-10:27 after a firmware upgrade
  (polls killed by the 20-minute timeout: `WARNING: %s for device_id %s ran too long, stopped by
  timeout.`, `WARNING: worker ... in 1200 seconds`, `WARNING: the process took more than 5
  minutes ...`, `INFO: in sequential style processing ...`, `WARNING: device %s is taking too
  long: %s seconds`, `ERROR: Some devices are taking more than 300 seconds, ...`; four wrappers
  running at 10:20, so `URGENT: %s not started because already running %s processes, load
  average (5min) %.2f`); a switch added at 11:05 and discovered at 11:10.
- Naemon 1.4.2 with Livestatus (`naemon.log`: `[1717740031] msg`, log_passive_checks and
  log_service_retries on): 14 database hosts' replication lag submitted through NRDP every 5
  minutes (`EXTERNAL COMMAND: %s;%s` for PROCESS_SERVICE_CHECK_RESULT, then `PASSIVE SERVICE
  CHECK: %s;%s;%d;%s` with the script's `REPL %s - Seconds_Behind_Master: %d`); a bad release
  making the four web frontends answer 503 07:12-07:31 (SOFT 1, 2, HARD 3 `SERVICE ALERT: %s;%s;
  %s;%s;%d;%s` with check_http's `HTTP %s: %s - %d bytes in %.3f second response time %s`,
  `SERVICE NOTIFICATION: %s;%s;%s;%s;%s;%s` to Slack and e-mail, re-notified after 10 minutes,
  web02 acknowledged from Thruk, the recoveries); web03 flapping 08:55-09:50 (`SERVICE FLAPPING
  ALERT: %s;%s;STARTED; ...` and `STOPPED`); access switch sw-dc1-a03 down 08:40-08:55 (`HOST
  ALERT: ...;PING %s - Packet loss = %d%%`, the SMS `HOST NOTIFICATION`, its six app hosts
  `UNREACHABLE` with check_ping's `CRITICAL - Host Unreachable (%s)`, the recoveries with `RTA`);
  db03 in scheduled downtime 09:30-10:00 (`SCHEDULE_HOST_DOWNTIME`, `HOST DOWNTIME ALERT: %s;
  STARTED; ...` and `STOPPED; ...`); a reload at 10:05 (`Caught SIGHUP, restarting...`, `Naemon
  %s starting... (PID=%d)`, `Local time is %s`, `LOG VERSION: %s`, `qh: Socket '%s' successfully
  initialized`, the wproc registrations, `Event broker module '%s' initialized successfully.`,
  `Successfully launched command file worker with pid %d`); db07's replication falling behind
  10:10-10:40; the NFS server stalling the app hosts' mount checks 11:00-11:14 (`(Service check
  timed out after %.2f seconds)`) while the SMS gateway is unreachable (the notification
  helper's failure over four wproc lines: `wproc: %s job %d from worker %s is a non-check helper
  but exited with return code %d`, `host=`, `early_timeout=`, `stderr line %02d: %s` with curl's
  message); the hourly `Auto-save of retention data completed successfully.`.
- kube-state-metrics 2.12 (`kube-state-metrics-0.log`, `-1.log`, `-2.log`: the StatefulSet's
  pods' container logs as the node's log agent keeps them, klog `I0607 06:02:15.482311       1
  wrapper.go:120] "Starting kube-state-metrics"`): a chart upgrade at 06:02 rolling both shards
  (the start-up: `"Starting kube-state-metrics"`, client-go's `Neither --kubeconfig nor --master
  was specified. ...` twice, `"Used resources"`, `"Using all namespaces"`, `"Metric
  allow-denylisting"`, `"Tested communication with server"`, `"Run with Kubernetes cluster
  version"`, `"Communication with server successful"`, `"Started metrics server"`, the
  exporter-toolkit's go-kit lines through the promLogger adapter's `klog.Info(v...)`,
  `levelinfomsgListening onaddress[::]:8080` and `levelinfomsgTLS is disabled.http2falseaddress
  [::]:8080`, `"Autosharding enabled with pod"`, `"Auto detecting sharding settings"`,
  `"Configuring sharding of this instance ..."`, `"Active resources"`, the CRD discovery's
  `"discovery finished, cache updated"`) and adding a custom-resource config for
  VerticalPodAutoscalers without the RBAC to list them (client-go's reflector warning `%s:
  failed to list %v: %s is forbidden: User %q cannot %s resource %q in API group %q at the
  cluster scope` and error `%s: Failed to watch %v: failed to list %v: ...` every 30-60 s per pod
  until the ClusterRole is fixed at 08:11); the control plane upgraded 08:15-08:18 (every watch
  lost, `%s: watch of %v ended with: an error on the server ("unable to decode an event from the
  watch stream: http2: client connection lost") has prevented the request from succeeding`,
  relists refused, `Get %q: dial tcp %s: connect: connection refused`, then `Get %q: net/http: TLS
  handshake timeout`, with client-go's backoff); a batch namespace's 6,000 pods making Prometheus
  scrapes time out 09:30-10:20 (`"Failed to write metrics" err="write tcp ...: write: broken
  pipe"` once per remaining store writer); kube-state-metrics-1 OOM-killed at 10:44 and started
  again; the StatefulSet scaled to three shards at 11:10 (the two pods reconfigured, the third's
  start-up).

Label notes. The heads are context: zap's level, timestamp and caller (its fields and stacktrace
are attributes), logrus's coloured level and seconds counter (and its fields), observium's
`[date] script(pid): ` and, in the wrapper's logfile(), the `install_dir/script: ` it writes
before every message, Naemon's `[epoch] `, klog's `Lmmdd hh:mm:ss.uuuuuu pid file:line] `. A
message that is wholly a run-time value is `%s` (SigNoz's loggingMiddleware logs the route
template as the message: `/api/v1/dashboards/{uuid}` is one of its values). zap's sugared
logger concatenates with fmt.Sprint, so `msg:initiating a new rule task\t name:%s\t frequency:%s`
is a label (the `\t` written as the JSON has it), as is `Starting notifier with alert
manager:%s`. A Go error, a C plugin's output or a Python exception text inside a message
contributes its own format (statping's failures, `Post %q: dial tcp: lookup %s on %s: server
misbehaving`, check_http's and check_ping's outputs, curl's message in wproc's stderr line, the
apiserver's forbidden message, client-go's watch error); `err=` of a klog structured call is an
attribute (`"Failed to write metrics"` is one label). A word the code picks by branch is wording
(`Deleting failures ...` / `Deleting hits ...` and their DELETEs from two call sites, the
wrapper's `device` entity, `INFO`/`WARNING` before `worker %s finished`), a word read at run time
a value (the wrapper's process name `poller`, Naemon's states, state types, contacts, commands
and notification types, the external command's name, a reflector's name and type
description). The ANSI codes of the wrapper's banner are not part of its label; other
programs' lines in a log (busybox ping's two lines, fmt.Println's bare lines) are labelled with
their own formats. The blank line after each wrapper run's summary continues that event (no
row); Naemon's wproc lines are records of their own. zap writes milliseconds, klog
microseconds, statping's counter, Naemon's epoch and observium's date whole seconds, where the
Clock keeps one process's lines a second apart (a start-up spreads over several seconds).

Least sure (written from the helper's knowledge; SigNoz's server, rule, rule-task, notifier and
reader messages and zap setup, statping-ng's check, notification, cleanup, migration and start-up
messages and its logger, Observium's logfile() heads, the poller's, discovery's and wrapper's
messages, and kube-state-metrics' start-up, sharding, discovery and write messages and the
promLogger adapter were checked against copies of their sources, kube-state-metrics' start-up
order against a real log quoted in a repository): SigNoz's callers' line numbers, the version
(0.47) matching the code read, `Received OS Interrupt Signal ... ` logged at fatal, the rule
YAML's field names, `failed to set temporality` preceding every failed evaluation while
ClickHouse is down, the `queries` field left out; statping-ng's version string, the `configs`
and `handlers` type fields, utils.Ping's output reaching the container's stdout, the Slack
webhook error's wording; Observium's version, `poller.php: ` from OBS_SCRIPT_NAME beside
discovery's `$argv[0]`, the wrapper's stdout buffering, Python 3.10's thread names, the timeout
of 1200 s; Naemon's start-up order and wording after SIGHUP (`Caught SIGHUP, restarting...`),
whether it strips check_http's trailing space (kept here, as round 35 keeps it), the wproc
helper-failure wording and wait status, passive results logged as both EXTERNAL COMMAND and
PASSIVE SERVICE CHECK; kube-state-metrics' klog line numbers, client-go 0.29's reflector line
numbers and the builder's reflector name (`builder.go:1599`), the informers' `pkg/mod/...`
names, the custom resource's type description and store name, the relist URLs, the watch error
text.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round219 import klog, q

US = 1
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


def gofloat(x: float) -> str:
    """Go's strconv.FormatFloat(x, 'f', -1, 64) for the durations zap writes in seconds."""
    s = f"{x:.9f}".rstrip("0").rstrip(".")
    return s or "0"


def go_dur(s: float) -> str:
    """Go's time.Duration.String() for whole seconds and minutes."""
    m, rest = divmod(int(s), 60)
    h, m = divmod(m, 60)
    if h:
        return f"{h}h{m}m{rest}s"
    if m:
        return f"{m}m{rest}s"
    return f"{rest}s"


# ----------------------------------------------------------------------------------- signoz

SZ_RULES = [
    # id, name, frequency (s), phase of the slotted evaluation (s), alert type
    ("3", "High error rate - checkout", 60, 17.31, "TRACES_BASED_ALERT"),
    ("5", "p99 latency above 2s - api-gateway", 300, 134.27, "TRACES_BASED_ALERT"),
    ("7", "Kafka consumer lag - orders", 300, 41.88, "METRIC_BASED_ALERT"),
    ("9", "Payment service errors in logs", 300, 227.05, "LOGS_BASED_ALERT"),
]
SZ_YAML = {
    "3": 'alert: High error rate - checkout\nevalWindow: 5m0s\ncondition:\n  compositeQuery:\n    builderQueries:\n      A:\n        queryName: A\n        stepInterval: 60\n        dataSource: traces\n        aggregateOperator: count\n        filters:\n          items:\n          - key:\n              key: serviceName\n            op: =\n            value: checkout\n          - key:\n              key: hasError\n            op: =\n            value: true\n          op: AND\n        expression: A\n    panelType: graph\n    queryType: builder\n  op: "1"\n  target: 25\n  matchType: "1"\nlabels:\n  severity: critical\nannotations:\n  description: checkout returned more than 25 errors in 5 minutes\npreferredChannels:\n- slack-oncall\n',
    "5": 'alert: p99 latency above 2s - api-gateway\nevalWindow: 10m0s\ncondition:\n  compositeQuery:\n    builderQueries:\n      A:\n        queryName: A\n        stepInterval: 60\n        dataSource: traces\n        aggregateOperator: p99\n        aggregateAttribute:\n          key: durationNano\n        groupBy:\n        - key: serviceName\n        expression: A\n    panelType: graph\n    queryType: builder\n    unit: ns\n  op: "1"\n  target: 2\n  targetUnit: s\n  matchType: "3"\nlabels:\n  severity: warning\npreferredChannels:\n- slack-oncall\n',
    "7": 'alert: Kafka consumer lag - orders\nevalWindow: 5m0s\ncondition:\n  compositeQuery:\n    builderQueries:\n      A:\n        queryName: A\n        stepInterval: 60\n        dataSource: metrics\n        aggregateOperator: max\n        aggregateAttribute:\n          key: kafka_consumergroup_lag\n        filters:\n          items:\n          - key:\n              key: group\n            op: =\n            value: orders-consumer\n          op: AND\n        expression: A\n    panelType: graph\n    queryType: builder\n  op: "1"\n  target: 5000\n  matchType: "1"\nlabels:\n  severity: warning\npreferredChannels:\n- email-platform\n',
    "9": 'alert: Payment service errors in logs\nevalWindow: 5m0s\ncondition:\n  compositeQuery:\n    builderQueries:\n      A:\n        queryName: A\n        stepInterval: 60\n        dataSource: logs\n        aggregateOperator: count\n        filters:\n          items:\n          - key:\n              key: service.name\n              type: resource\n            op: =\n            value: payment\n          - key:\n              key: severity_text\n            op: in\n            value:\n            - ERROR\n            - FATAL\n          op: AND\n        expression: A\n    panelType: graph\n    queryType: builder\n  op: "1"\n  target: 10\n  matchType: "1"\nlabels:\n  severity: critical\npreferredChannels:\n- slack-oncall\n',
}
SZ_GO = "/home/runner/work/signoz/signoz/pkg/query-service"
SZ_STACK_TEMP = [
    ("rules.(*ThresholdRule).buildAndRunQuery", "rules/thresholdRule.go:683"),
    ("rules.(*ThresholdRule).Eval", "rules/thresholdRule.go:771"),
    ("rules.(*RuleTask).Eval.func1", "rules/ruleTask.go:332"),
    ("rules.(*RuleTask).Eval", "rules/ruleTask.go:343"),
    ("rules.(*RuleTask).Run.func1", "rules/ruleTask.go:121"),
    ("rules.(*RuleTask).Run", "rules/ruleTask.go:154"),
]
SZ_STACK_EVAL = [
    ("rules.(*ThresholdRule).Eval", "rules/thresholdRule.go:775"),
    ("rules.(*RuleTask).Eval.func1", "rules/ruleTask.go:332"),
    ("rules.(*RuleTask).Eval", "rules/ruleTask.go:343"),
    ("rules.(*RuleTask).Run.func1", "rules/ruleTask.go:121"),
    ("rules.(*RuleTask).Run", "rules/ruleTask.go:154"),
]
SZ_STACK_SQL = [
    ("app/clickhouseReader.(*ClickHouseReader).GetServices", "app/clickhouseReader/reader.go:1377"),
    ("app.(*APIHandler).getServices", "app/http_handler.go:1651"),
    ("app.(*AuthMiddleware).ViewAccess.func1", "app/auth.go:52"),
    ("net/http.HandlerFunc.ServeHTTP", "/usr/local/go/src/net/http/server.go:2166"),
    ("app.loggingMiddleware.func1", "app/server.go:333"),
    ("net/http.HandlerFunc.ServeHTTP", "/usr/local/go/src/net/http/server.go:2166"),
]
SZ_STACK_SIGNAL = [
    ("main.main", "main.go:112"),
    ("runtime.main", "/usr/local/go/src/runtime/proc.go:271"),
]
SZ_UI = [
    # route template, weight, duration range (s)
    ("/api/v3/query_range", 30, (0.02, 0.9)),
    ("/api/v1/services", 8, (0.05, 0.6)),
    ("/api/v1/service/top_operations", 5, (0.03, 0.4)),
    ("/api/v1/service/top_level_operations", 4, (0.01, 0.1)),
    ("/api/v1/traces/{traceId}", 4, (0.04, 0.5)),
    ("/api/v1/dashboards", 3, (0.002, 0.01)),
    ("/api/v1/dashboards/{uuid}", 4, (0.002, 0.02)),
    ("/api/v1/version", 3, (0.0001, 0.0006)),
    ("/api/v1/featureFlags", 3, (0.0001, 0.0008)),
    ("/api/v1/event", 6, (0.0001, 0.0005)),
    ("/api/v1/rules", 2, (0.002, 0.02)),
    ("/api/v1/rules/{id}", 2, (0.002, 0.02)),
    ("/api/v3/autocomplete/attribute_keys", 3, (0.01, 0.3)),
    ("/api/v3/autocomplete/attribute_values", 3, (0.01, 0.4)),
    ("/api/v1/channels", 1, (0.001, 0.006)),
]


def signoz(r: random.Random) -> list[Log]:
    """SigNoz 0.47's query-service in docker compose (`docker logs`), 06:00 to 12:00: the stack
    started at 06:00 after the host's patch reboot, four alert rules evaluated (one every
    minute, three every five), the compose healthcheck every 30 s, a wall dashboard refreshing
    every 10 minutes and a few users; ClickHouse out of memory and restarting 07:12-07:20, the
    container restarted at 09:41 for a changed environment, the checkout's errors and the
    gateway's latency firing two rules 10:15-10:45, a rule edited at 10:52."""
    fs = Files()
    F = "query-service.log"

    def zts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"

    def stack(frames: list[tuple[str, str]]) -> str:
        out = []
        for fn, where in frames:
            name = (
                fn
                if fn.startswith(("net/", "main.", "runtime."))
                else f"go.signoz.io/signoz/pkg/query-service/{fn}"
            )
            path = where if where.startswith("/") else f"{SZ_GO}/{where}"
            out.append(f"{name}\n\t{path}")
        return "\n".join(out)

    def Z(
        t: datetime,
        level: str,
        caller: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
        st: list[tuple[str, str]] | None = None,
    ) -> datetime:
        parts = [
            f'"level":"{level}"',
            '"timestamp":"{ts}"',
            f'"caller":"{caller}"',
            f'"msg":{json.dumps(msg, ensure_ascii=False)}',
        ]
        for k, v in fields or []:
            if isinstance(v, bool):
                val = "true" if v else "false"
            elif isinstance(v, float):
                val = gofloat(v)
            elif isinstance(v, int):
                val = str(v)
            elif isinstance(v, str):
                val = json.dumps(v, ensure_ascii=False)
            else:
                val = json.dumps(v, separators=(",", ":"))
            parts.append(f'"{k}":{val}')
        if st:
            parts.append(f'"stacktrace":{json.dumps(stack(st))}')
        body = "{" + ",".join(parts) + "}"
        return fs.add(F, t, label, lambda x: [body.replace("{ts}", zts(x), 1)], "qs", MS)

    def raw(t: datetime, label: str, line: str) -> datetime:
        return fs.add(F, t, label, lambda x: [line], "qs", MS)

    def route(t: datetime, path: str, dur: float) -> datetime:
        return Z(
            t,
            "info",
            "app/server.go:335",
            "%s",
            path,
            [("timeTaken", dur), ("path", path)],
        )

    def new_rule(t: datetime, rid: str, name: str, freq: int) -> datetime:
        t = Z(
            t,
            "info",
            "rules/thresholdRule.go:140",
            "creating new ThresholdRule",
            "creating new ThresholdRule",
            [("name", name), ("id", rid)],
        )
        return Z(
            t + sec(r.uniform(0.00002, 0.0002)),
            "info",
            "rules/ruleTask.go:49",
            "msg:initiating a new rule task\\t name:%s\\t frequency:%s",
            f"msg:initiating a new rule task\t name:{rid}-groupname\t frequency:{go_dur(freq)}",
        )

    def startup(t: datetime) -> datetime:
        t = Z(
            t,
            "info",
            "query-service/main.go:87",
            "JWT secret key set successfully.",
            "JWT secret key set successfully.",
        )
        t = Z(
            t + sec(r.uniform(0.01, 0.05)),
            "info",
            "app/server.go:113",
            "Using ClickHouse as datastore ...",
            "Using ClickHouse as datastore ...",
        )
        t = Z(
            t + sec(r.uniform(0.3, 1.2)),
            "info",
            "alertManager/notifier.go:102",
            "Starting notifier with alert manager:%s",
            "Starting notifier with alert manager:[http://alertmanager:9093/api/]",
        )
        t = Z(
            t + sec(r.uniform(0.001, 0.01)),
            "info",
            "app/server.go:826",
            "rules manager is ready",
            "rules manager is ready",
        )
        for rid, name, freq, _ph, _ty in SZ_RULES:
            t = new_rule(t + sec(r.uniform(0.0005, 0.004)), rid, name, freq)
        t = Z(
            t + sec(r.uniform(0.001, 0.005)),
            "info",
            "app/server.go:536",
            "Query server started listening on %s...",
            "Query server started listening on 0.0.0.0:8080...",
        )
        t = Z(
            t + sec(0.0003),
            "info",
            "app/server.go:549",
            "Query server started listening on private port %s...",
            "Query server started listening on private port 0.0.0.0:8085...",
        )
        t = raw(t + sec(0.0002), "starting private http", "starting private http")
        order = [
            (
                "app/server.go:572",
                "Starting HTTP server",
                [("port", 8080), ("addr", "0.0.0.0:8080")],
            ),
            ("app/server.go:580", "Starting pprof server", [("addr", "0.0.0.0:6060")]),
            (
                "app/server.go:595",
                "Starting Private HTTP server",
                [("port", 8085), ("addr", "0.0.0.0:8085")],
            ),
            ("app/server.go:610", "Starting OpAmp Websocket server", [("addr", "0.0.0.0:4320")]),
        ]
        r.shuffle(order)
        for caller, msg, fields in order:
            t = Z(t + sec(r.uniform(0.00005, 0.0005)), "info", caller, msg, msg, fields)
        return t

    start1 = at(6, 0, 4.318)
    stop = at(9, 41, 18.904)
    start2 = at(9, 41, 21.577)
    ch_down = (at(7, 12, 31), at(7, 20, 9))
    err_rule3 = (at(10, 15, 40), at(10, 41, 0))
    lat_rule5 = (at(10, 19, 0), at(10, 46, 0))
    startup(start1)
    Z(
        stop,
        "fatal",
        "query-service/main.go:112",
        "Received OS Interrupt Signal ... ",
        "Received OS Interrupt Signal ... ",
        st=SZ_STACK_SIGNAL,
    )
    startup(start2)
    up = [(start1 + sec(3), stop), (start2 + sec(3), T_END)]

    # the compose healthcheck: wget --spider localhost:8080/api/v1/health every 30 s
    for a, b in up:
        for t in every(r, a + sec(27.1), b, 30, 0.4):
            route(t, "/api/v1/health", r.uniform(0.00002, 0.00021))

    # rule evaluations
    edited = at(10, 52, 13.4)
    for rid, name, freq, phase, _ty in SZ_RULES:
        for a, b in up:
            base = a.replace(second=0, microsecond=0) + sec(phase % freq)
            while base < a + sec(1):
                base += sec(freq)
            t = base
            while t < b:
                ts = t + sec(r.uniform(0.0001, 0.003))
                if in_any(ts, [ch_down]):
                    te = Z(
                        ts + sec(r.uniform(0.001, 0.004)),
                        "error",
                        "rules/thresholdRule.go:683",
                        "failed to set temporality",
                        "failed to set temporality",
                        [
                            ("rule", name),
                            ("error", "dial tcp 172.20.0.5:9000: connect: connection refused"),
                        ],
                        SZ_STACK_TEMP,
                    )
                    te = Z(
                        te + sec(0.00005),
                        "error",
                        "rules/thresholdRule.go:775",
                        "failure in buildAndRunQuery",
                        "failure in buildAndRunQuery",
                        [("ruleid", rid), ("error", "internal error while setting temporality")],
                        SZ_STACK_EVAL,
                    )
                    Z(
                        te + sec(0.00004),
                        "warn",
                        "rules/ruleTask.go:339",
                        "msg:Evaluating rule failed\\t rule:%s\\t err: internal error while setting temporality",
                        f"msg:Evaluating rule failed\t rule:{SZ_YAML[rid]}\t err: internal error while setting temporality",
                    )
                else:
                    count = 0
                    if rid == "3" and in_any(ts, [err_rule3]):
                        count = 1
                    if rid == "5" and in_any(ts, [lat_rule5]):
                        count = r.choice([1, 2, 2])
                    if rid == "9" and in_any(ts, [err_rule3]) and r.random() < 0.5:
                        count = 1
                    dur = r.uniform(0.04, 0.35) if freq == 60 else r.uniform(0.08, 0.9)
                    te = Z(
                        ts + sec(dur),
                        "info",
                        "rules/thresholdRule.go:912",
                        "alerts found",
                        "alerts found",
                        [("name", name), ("count", count)],
                    )
                    Z(
                        te + sec(r.uniform(0.00001, 0.00008)),
                        "info",
                        "rules/thresholdRule.go:395",
                        "sending alerts",
                        "sending alerts",
                        [("rule", name)],
                    )
                t += sec(freq)
    # the latency rule edited from the UI at 10:52: its task is replaced
    route(edited - sec(0.02), "/api/v1/rules/{id}", 0.0181)
    new_rule(edited - sec(0.03), "5", "p99 latency above 2s - api-gateway", 300)

    # the wall dashboard: four panels every 10 minutes
    for a, b in up:
        for t in every(r, a + sec(95), b, 600, 2.0):
            for _ in range(4):
                route(t + sec(r.uniform(0.05, 1.5)), "/api/v3/query_range", r.uniform(0.03, 0.6))
    # people using the UI
    sessions = [
        at(6, 48, 10),
        at(7, 14, 2),
        at(7, 31, 40),
        at(8, 2, 55),
        at(8, 37, 12),
        at(9, 5, 30),
        at(9, 58, 4),
        at(10, 17, 20),
        at(10, 24, 51),
        at(10, 33, 9),
        at(10, 50, 31),
        at(11, 12, 45),
        at(11, 40, 3),
    ]
    routes = [p for p, w, _d in SZ_UI for _ in range(w)]
    durs = {p: d for p, _w, d in SZ_UI}
    for s in sessions:
        t = s
        n = r.randint(8, 26)
        for p in ["/api/v1/version", "/api/v1/featureFlags"]:
            route(t, p, r.uniform(*durs[p]))
            t += sec(r.uniform(0.05, 0.4))
        for _ in range(n):
            p = r.choice(routes)
            if in_any(t, [ch_down]) and p in ("/api/v1/services", "/api/v1/service/top_operations"):
                te = Z(
                    t + sec(r.uniform(0.001, 0.003)),
                    "error",
                    "clickhouseReader/reader.go:1377",
                    "Error in processing sql query",
                    "Error in processing sql query",
                    [("error", "dial tcp 172.20.0.5:9000: connect: connection refused")],
                    SZ_STACK_SQL,
                )
                route(te + sec(0.0001), p, r.uniform(0.002, 0.005))
            else:
                d = r.uniform(*durs[p])
                if in_any(t, [ch_down]) and p.startswith("/api/v3"):
                    d = r.uniform(0.001, 0.004)
                route(t + sec(d), p, d)
            t += sec(r.uniform(0.6, 25))
    return fs.logs(T0)


# ------------------------------------------------------------------------------ statping-ng

ST_COLORS = {"INFO": 36, "WARN": 33, "ERRO": 31}
ST_SERVICES = {
    # instance: [(id, name, type, domain, interval s, expected status)]
    "fra": [
        (1, "Website", "http", "https://www.example-shop.com/", 60),
        (2, "Checkout API", "http", "https://api.example-shop.com/v2/health", 60),
        (3, "Payment Gateway", "http", "https://pay.example-shop.com/healthz", 120),
        (4, "Postgres Primary", "tcp", "db1.internal.example-shop.com", 120),
        (5, "SMTP Relay", "tcp", "mail.example-shop.com", 300),
    ],
    "nyc": [
        (1, "Website", "http", "https://www.example-shop.com/", 60),
        (2, "Checkout API", "http", "https://api.example-shop.com/v2/health", 120),
        (3, "CDN Edge", "http", "https://cdn.example-shop.com/ping", 120),
        (4, "VPN Gateway", "icmp", "203.0.113.10", 300),
    ],
}
ST_SLACK = "https://hooks.slack.com/services/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"


def human_micro(us: int) -> str:
    """statping's utils.HumanMicro."""
    if us < 10000:
        return f"{us} μs"
    return f"{us / 1000:.0f} ms"


def statping(r: random.Random) -> list[Log]:
    """Two statping-ng 0.91 instances (`docker logs`, logrus's coloured text: no clock, the seconds
    since start), Frankfurt (Postgres, five services) and New York (SQLite, four services, one an
    ICMP check in a container without NET_RAW), 06:00 to 12:00: fra started at 05:59:40 after a
    host reboot, nyc running since the evening before and restarted at 10:05; the checkout API
    answering 503 07:05-07:18, the payment gateway timing out 08:30-08:50, fra's resolver failing
    09:12-09:20 (and the Slack notifier with it), a deploy breaking the checkout's health body
    10:40-11:10, the database failing over 11:30-11:36."""
    fs = Files()
    started = {"fra": at(5, 59, 40.2), "nyc": at(6, 0) - sec(25_418.7)}
    restart_nyc = at(10, 5, 12.6)
    nyc_back = at(10, 5, 31.9)
    files = {"fra": "status-fra.log", "nyc": "status-nyc.log"}
    ips = {"fra": "127.0.0.11", "nyc": "127.0.0.11"}

    def L(
        inst: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        fields: list[tuple[str, str]] | None = None,
    ) -> datetime:
        c = ST_COLORS[level]
        base = base_of(inst, t)

        def text(x: datetime) -> list[str]:
            el = int((x - base).total_seconds())
            line = f"\x1b[{c}m{level}\x1b[0m[{el:04d}] {msg:<44} "
            for k, v in fields or []:
                vv = v if all(ch.isalnum() or ch in "-._/@^+" for ch in v) else q(v)
                line += f" \x1b[{c}m{k}\x1b[0m={vv}"
            return [line]

        return fs.add(files[inst], t, label, text, (inst, base), SEC)

    def raw(inst: str, t: datetime, label: str | None, line: str) -> datetime:
        return fs.add(files[inst], t, label, lambda x: [line], (inst, "raw"), US)

    def base_of(inst: str, t: datetime) -> datetime:
        if inst == "nyc" and t >= nyc_back - sec(1):
            return nyc_back - sec(0.35)
        return started[inst]

    def startup(inst: str, t: datetime, db: str, n: int) -> datetime:
        T = [("type", "cmd")]
        t = L(inst, t, "INFO", "Starting Statping %s", "Starting Statping 0.91.0", T)
        C = [("type", "configs")]
        t = L(
            inst,
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "Database %s connection was successful.",
            f"Database {db} connection was successful.",
            C,
        )
        t = L(
            inst,
            t + sec(0.01),
            "INFO",
            "Migrating Database Tables...",
            "Migrating Database Tables...",
            C,
        )
        t = L(
            inst,
            t + sec(r.uniform(0.1, 0.4)),
            "INFO",
            "Migrating App to version: %s (%s)",
            "Migrating App to version: 0.91.0 (3f2d1b0c)",
            C,
        )
        t = L(
            inst,
            t + sec(0.05),
            "INFO",
            "Statping Database Tables Migrated",
            "Statping Database Tables Migrated",
            C,
        )
        t = L(
            inst, t + sec(0.05), "INFO", "Database Indexes Created", "Database Indexes Created", C
        )
        t = L(
            inst,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "Error Reporting initiated, thank you!",
            "Error Reporting initiated, thank you!",
        )
        t = L(
            inst,
            t + sec(0.02),
            "INFO",
            "Starting monitoring process for %v Services",
            f"Starting monitoring process for {n} Services",
            [("type", "service")],
        )
        t = L(
            inst,
            t + sec(0.3),
            "INFO",
            "Database Cleanup runs every %s and will remove records older than %s",
            "Database Cleanup runs every 1h0m0s and will remove records older than 2160h0m0s",
            [("type", "database")],
        )
        return L(
            inst,
            t + sec(0.01),
            "INFO",
            "Statping HTTP Server running on http://%s",
            "Statping HTTP Server running on http://0.0.0.0:8080",
            [("type", "handlers")],
        )

    def cleanup(inst: str, t: datetime) -> None:
        D = [("type", "database")]
        cut = t - sec(2160 * 3600)
        cs = f"{cut:%Y-%m-%d %H:%M:%S}.{cut.microsecond * 1000 + r.randint(0, 999):09d} +0000 UTC"
        sq = f"{cut:%Y-%m-%d %H:%M:%S}"
        for table in ["failures", "hits"]:
            t = L(
                inst,
                t,
                "INFO",
                f"Deleting {table} older than %s",
                f"Deleting {table} older than {cs}",
                D,
            )
            t = L(
                inst,
                t + sec(0.001),
                "INFO",
                f"DELETE FROM {table} WHERE created_at < '%s'",
                f"DELETE FROM {table} WHERE created_at < '{sq}'",
                D,
            )
            t += sec(r.uniform(0.05, 1.5))

    dns_fra = (at(9, 12, 5), at(9, 20, 40))
    S = [("type", "service")]
    startup("fra", started["fra"] + sec(0.4), "postgres", 5)
    raw("nyc", restart_nyc, "Shutting down Statping", "Shutting down Statping")
    for inst, svcs in ST_SERVICES.items():
        first_start = started[inst]
        for hr in range(1, 8):
            tc = first_start + sec(3600 * hr + 0.31)
            if T0 <= tc < T_END and inst != "nyc":
                cleanup(inst, tc)
        if inst == "nyc":
            k = 1
            while True:
                tc = first_start + sec(3600 * k + 0.31)
                k += 1
                if tc >= restart_nyc:
                    break
                if tc >= T0:
                    cleanup(inst, tc)
            cleanup(inst, nyc_back + sec(3600.29))
        for sid, name, typ, domain, ival in svcs:
            online = {"v": True}

            def check(
                t: datetime,
                inst=inst,
                sid=sid,
                name=name,
                typ=typ,
                domain=domain,
                ival=ival,
                online=online,
            ) -> None:
                fail = ""
                lookup = r.randint(900, 4200) if typ != "icmp" else 0
                if typ == "icmp":
                    raw(
                        inst,
                        t,
                        "PING %s (%s): %d data bytes",
                        f"PING {domain} ({domain}): 56 data bytes",
                    )
                    raw(
                        inst,
                        t + sec(0.003),
                        "ping: permission denied (are you root?)",
                        "ping: permission denied (are you root?)",
                    )
                    fail = f"Could not send ICMP to service {domain}, exit status 1"
                    t = t + sec(0.011)
                    lab = "Service %v Failing: Could not send ICMP to service %v, exit status %d | Lookup in: %v"
                elif inst == "fra" and in_any(t, [dns_fra]):
                    host = domain.split("/")[2] if typ == "http" else domain
                    err = f"lookup {host} on {ips[inst]}:53: server misbehaving"
                    lookup = 0
                    if typ == "http":
                        fail = f"Could not get IP address for domain {domain}, {err}"
                        lab = "Service %v Failing: Could not get IP address for domain %v, lookup %s on %s: server misbehaving | Lookup in: %v"
                    else:
                        fail = f"Could not get IP address for TCP service {domain}, {err}"
                        lab = "Service %v Failing: Could not get IP address for TCP service %v, lookup %s on %s: server misbehaving | Lookup in: %v"
                elif name == "Checkout API" and at(7, 5, 10) <= t < at(7, 18, 20):
                    fail = "HTTP Status Code 503 did not match 200"
                    lab = "Service %v Failing: HTTP Status Code %v did not match %v | Lookup in: %v"
                elif name == "Checkout API" and at(10, 40, 30) <= t < at(11, 10, 5):
                    fail = 'HTTP Response Body did not match \'{{"status":"ok" true}}\''
                    lab = (
                        "Service %v Failing: HTTP Response Body did not match '%v' | Lookup in: %v"
                    )
                elif name == "Payment Gateway" and at(8, 30, 0) <= t < at(8, 50, 30):
                    fail = f'HTTP Error Get "{domain}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
                    lab = "Service %v Failing: HTTP Error Get %q: context deadline exceeded (Client.Timeout exceeded while awaiting headers) | Lookup in: %v"
                    t = t + sec(30)
                elif name == "Postgres Primary" and at(11, 30, 10) <= t < at(11, 36, 40):
                    fail = "Dial Error: dial tcp 10.20.0.15:5432: i/o timeout"
                    lab = "Service %v Failing: Dial Error: dial tcp %s: i/o timeout | Lookup in: %v"
                    t = t + sec(10)
                if fail:
                    L(
                        inst,
                        t,
                        "WARN",
                        lab,
                        f"Service {name} Failing: {fail} | Lookup in: {human_micro(lookup)}",
                        S,
                    )
                    if online["v"] and typ != "icmp":
                        te = L(
                            inst,
                            t + sec(0.02),
                            "INFO",
                            "Sending Failure notification to: %s!",
                            "Sending Failure notification to: slack!",
                            S,
                        )
                        if inst == "fra" and in_any(t, [dns_fra]):
                            L(
                                inst,
                                te + sec(0.004),
                                "ERRO",
                                "Post %q: dial tcp: lookup %s on %s: server misbehaving",
                                f'Post "{ST_SLACK}": dial tcp: lookup hooks.slack.com on {ips[inst]}:53: server misbehaving',
                                [("failure", fail)],
                            )
                    online["v"] = False
                    return
                lat = {
                    "http": r.randint(38_000, 240_000),
                    "tcp": r.randint(700, 9_000),
                }[typ]
                if name == "Payment Gateway" and at(8, 20) <= t < at(9, 0):
                    lat = r.randint(1_800_000, 4_500_000)
                was = online["v"]
                online["v"] = True
                L(
                    inst,
                    t + sec(lat / 1e6),
                    "INFO",
                    "Service #%d '%v' Successful Response: %s | Lookup in: %s | Online: %v | Interval: %d seconds",
                    f"Service #{sid} '{name}' Successful Response: {human_micro(lat)} | Lookup in: {human_micro(lookup)} | Online: true | Interval: {ival} seconds",
                    S,
                )
                if not was:
                    L(
                        inst,
                        t + sec(lat / 1e6 + 0.01),
                        "INFO",
                        "Sending notification to: %s!",
                        "Sending notification to: slack!",
                        S,
                    )

            spans = (
                [(started["fra"] + sec(1.2), T_END)]
                if inst == "fra"
                else [(T0, restart_nyc), (nyc_back + sec(1.0), T_END)]
            )
            for a, b in spans:
                t = a + sec(sid * 0.1 + r.uniform(0, ival))
                while t < b:
                    if t >= T0:
                        check(t)
                    t += sec(ival + r.uniform(0.001, 0.02))
    startup("nyc", nyc_back, "sqlite", 4)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- observium

OB_DEVICES = [
    # device_id, hostname, usual poller.php time range (s)
    (1, "dc1-core-01.net.example.org", (24.0, 41.0)),
    (2, "dc1-core-02.net.example.org", (22.0, 38.0)),
    (3, "dc1-dist-01.net.example.org", (11.0, 18.0)),
    (4, "dc1-dist-02.net.example.org", (11.0, 19.0)),
    (5, "fw-edge-01.net.example.org", (8.0, 14.0)),
    (6, "fw-edge-02.net.example.org", (8.0, 13.0)),
    (7, "dc1-tor-a01.net.example.org", (5.0, 9.0)),
    (8, "dc1-tor-a02.net.example.org", (5.0, 9.0)),
    (9, "ap-bldg2-03.wlan.example.org", (2.0, 4.0)),
    (10, "ups-dc1-a.mgmt.example.org", (1.5, 3.0)),
    (11, "pdu-dc1-r07.mgmt.example.org", (2.0, 5.0)),
    (12, "esx-07.virt.example.org", (6.0, 12.0)),
    (13, "nas-01.stor.example.org", (4.0, 8.0)),
    (14, "vpn-01.net.example.org", (3.0, 6.0)),
]
OB_NEW = (15, "dc1-tor-a03.net.example.org", (5.0, 9.0))
OB_DIR = "/opt/observium"
OB_BANNER = "\x1b[94mThis is the default poller. Will only poll devices with no specified poller set.\x1b[0m"


def observium(r: random.Random) -> list[Log]:
    """Observium CE 24.4 on one server (`observium.log`, its logs/observium.log; and
    `poller-wrapper.log`, the cron job's `observium-wrapper poller >> ... 2>&1`), 14 devices
    polled every 5 minutes by 8 threads, 06:00 to 12:00: the full discovery at 06:34 with an
    access point unplugged, fw-edge-01 unreachable 08:05-08:40, MySQL down 09:10-09:25, the core
    switch's SNMP agent hanging after a firmware upgrade 10:00-10:27 (a poller killed by the
    20-minute timeout, runs overlapping until the wrapper refuses to start), a switch added at
    11:05."""
    fs = Files()
    LOG = "observium.log"
    WR = "poller-wrapper.log"

    def pid(t: datetime) -> int:
        """Process ids climb with time (cron's shells, PHP, snmpbulkwalk: ~15 a second)."""
        return 2_104_400 + int((t - T0).total_seconds() * 15.3) + r.randint(0, 14)

    def olog(t: datetime, script: str, p: int, label: str, msg: str) -> datetime:
        return fs.add(
            LOG,
            t,
            label,
            lambda x: [f"[{x:%Y/%m/%d %H:%M:%S} +0000] {script}({p}): {msg}"],
            (script, p),
            SEC,
        )

    def wlog(p: int, t: datetime, lines: list[tuple[str | None, str]]) -> None:
        # python's stdout into a file is block-buffered: a run's lines land together at exit
        for i, (label, line) in enumerate(lines):
            fs.add(WR, t + sec(i * 1e-6), label, lambda x, line=line: [line], ("wrapper", p), US)

    hang = (at(10, 0, 0), at(10, 27, 40))
    fw_down = (at(8, 5, 20), at(8, 40, 10))
    ap_off = (at(6, 33, 0), at(7, 10, 30))
    mysql_down = (at(9, 9, 30), at(9, 25, 40))
    last = {d[0]: r.uniform(*d[2]) for d in OB_DEVICES}

    def poll_time(dev: tuple, st: datetime) -> float:
        did, _h, (lo, hi) = dev
        x = r.uniform(lo, hi)
        if did in (1, 2) and at(10, 0) <= st < at(10, 45):
            x *= r.uniform(1.2, 1.8)
        if did == 1 and st < hang[1] and st + sec(x) > hang[0]:
            x = (hang[1] - st).total_seconds() + r.uniform(8, 20)
        if did == 5 and in_any(st, [fw_down]):
            x = r.uniform(1.0, 1.6)
        if did == 9 and in_any(st, [ap_off]):
            x = r.uniform(1.0, 1.5)
        return x

    def la_at(t: datetime) -> float:
        if at(10, 0) <= t < at(10, 40):
            return r.uniform(10.4, 14.8)
        return r.uniform(1.6, 3.4)

    def poller_run(t0: datetime, devices: list[tuple], running: int) -> datetime:
        wp = pid(t0)
        s_time = t0 + sec(r.uniform(0.08, 0.2))
        if in_any(t0, [mysql_down]):
            t = s_time + sec(r.uniform(0.4, 0.9))
            olog(
                t,
                "observium-wrapper",
                wp,
                "ERROR: Could not connect to MySQL database!",
                f"{OB_DIR}/observium-wrapper: ERROR: Could not connect to MySQL database!",
            )
            wlog(
                wp,
                t + sec(0.001),
                [
                    (
                        "ERROR: Could not connect to MySQL database!",
                        "ERROR: Could not connect to MySQL database!",
                    )
                ],
            )
            return t
        la = la_at(t0)
        if running > 3 and la >= 10:
            t = s_time + sec(r.uniform(0.6, 1.2))
            msg = f"URGENT: observium-wrapper poller not started because already running {running} processes, load average (5min) {la:.2f}"
            olog(
                t,
                "observium-wrapper",
                wp,
                "URGENT: %s not started because already running %s processes, load average (5min) %.2f",
                f"{OB_DIR}/observium-wrapper: {msg}",
            )
            wlog(
                wp,
                t + sec(0.001),
                [
                    (
                        "This is the default poller. Will only poll devices with no specified poller set.",
                        OB_BANNER,
                    ),
                    (
                        "URGENT: %s not started because already running %s processes, load average (5min) %.2f",
                        msg,
                    ),
                ],
            )
            return t
        ready = s_time + sec(r.uniform(0.5, 0.9))
        order = sorted(devices, key=lambda d: -last[d[0]])
        free = [ready + sec(i * 0.0004) for i in range(8)]
        out: list[tuple[datetime, str | None, str]] = [
            (
                ready,
                "This is the default poller. Will only poll devices with no specified poller set.",
                OB_BANNER,
            ),
            (
                ready,
                "INFO: starting the %s at %s with %s threads",
                f"INFO: starting the poller at {ready:%Y/%m/%d %H:%M:%S} with 8 threads",
            ),
        ]
        real = 0
        per: dict[int, int] = {}
        finish = ready
        for dev in order:
            i = min(range(8), key=lambda k: free[k])
            st = free[i] + sec(r.uniform(0.001, 0.01))
            x = poll_time(dev, st)
            last[dev[0]] = x
            pp = pid(st)
            if x > 1200:
                fin = st + sec(1200 + r.uniform(0.01, 0.05))
                w = f"WARNING: poller for device_id {dev[0]} ran too long, stopped by timeout."
                olog(
                    fin,
                    "observium-wrapper",
                    wp,
                    "WARNING: %s for device_id %s ran too long, stopped by timeout.",
                    f"{OB_DIR}/observium-wrapper: {w}",
                )
                out.append(
                    (fin, "WARNING: %s for device_id %s ran too long, stopped by timeout.", w)
                )
            else:
                fin = st + sec(0.22 + x + r.uniform(0.01, 0.05))
                olog(
                    fin - sec(0.004),
                    "poller.php",
                    pp,
                    "%s: %s - %d devices polled in %s secs",
                    f"poller.php: {dev[1]} - 1 devices polled in {round(x, 4)} secs",
                )
            el = int((fin - st).total_seconds())
            real += el
            per[dev[0]] = el
            lvl = "INFO" if el < 300 else "WARNING"
            out.append(
                (
                    fin + sec(0.0005),
                    f"{lvl}: worker %s finished device %s in %s seconds",
                    f"{lvl}: worker Thread-{i + 1} (process_worker) finished device {dev[0]} in {el} seconds",
                )
            )
            free[i] = fin
            finish = max(finish, fin)
        out[2:] = sorted(out[2:], key=lambda e: e[0])
        total = (finish - s_time).total_seconds() + r.uniform(0.005, 0.02)
        tend = s_time + sec(total)
        la2 = la_at(tend)
        msg = f"processed {len(devices)} devices in {total:.2f} seconds with 8 threads, load average (5min) {la2:.2f}"
        out.append(
            (
                tend,
                "INFO: %s processed %s devices in %.2f seconds with %s threads, load average (5min) %.2f",
                f"INFO: observium-wrapper poller {msg}",
            )
        )
        out.append((tend, None, ""))
        olog(
            tend + sec(0.0002),
            "observium-wrapper",
            wp,
            "processed %s devices in %.2f seconds with %s threads, load average (5min) %.2f",
            f"{OB_DIR}/observium-wrapper: {msg}",
        )
        if total > 300:
            out.append(
                (
                    tend,
                    "WARNING: the process took more than 5 minutes to finish, you need faster hardware or more threads",
                    "WARNING: the process took more than 5 minutes to finish, you need faster hardware or more threads",
                )
            )
            out.append(
                (
                    tend,
                    "INFO: in sequential style processing the elapsed time would have been: %s seconds",
                    f"INFO: in sequential style processing the elapsed time would have been: {real} seconds",
                )
            )
            stopper = False
            for did, el in per.items():
                if el > 300:
                    out.append(
                        (
                            tend,
                            "WARNING: device %s is taking too long: %s seconds",
                            f"WARNING: device {did} is taking too long: {el} seconds",
                        )
                    )
                    stopper = True
            if stopper:
                out.append(
                    (
                        tend,
                        "ERROR: Some devices are taking more than 300 seconds, the script cannot recommend you what to do.",
                        "ERROR: Some devices are taking more than 300 seconds, the script cannot recommend you what to do.",
                    )
                )
            else:
                rec = int(total / 300.0 * 8 + 1)
                out.append(
                    (
                        tend,
                        "WARNING: Consider setting a minimum of %d threads. (This does not constitute professional advice!)",
                        f"WARNING: Consider setting a minimum of {rec} threads. (This does not constitute professional advice!)",
                    )
                )
        wlog(wp, tend + sec(0.05), [(lab, line) for _t, lab, line in out])
        return tend

    # the poller every 5 minutes
    ends: list[tuple[datetime, datetime]] = []
    for m in range(0, 360, 5):
        t0 = T0 + sec(60 * m)
        devices = list(OB_DEVICES) + ([OB_NEW] if t0 >= at(11, 10) else [])
        if OB_NEW[0] not in last:
            last[OB_NEW[0]] = 0.0
        running = sum(1 for a, b in ends if a <= t0 < b)
        end = poller_run(t0, devices, running)
        ends.append((t0, end))

    # discovery of new devices every 5 minutes (cron: discovery.php -h new)
    for m in range(0, 360, 5):
        t0 = T0 + sec(60 * m + r.uniform(0.3, 0.9))
        if in_any(t0, [mysql_down]):
            continue
        n, d = 0, r.uniform(0.009, 0.06)
        if t0 >= at(11, 10) and t0 < at(11, 10, 30):
            n, d = 1, r.uniform(34, 41)
        olog(
            t0 + sec(d + 0.3),
            "discovery.php",
            pid(t0),
            "%s: %s - %d devices discovered in %s secs",
            f"{OB_DIR}/discovery.php: new - {n} devices discovered in {round(d, 4)} secs",
        )

    # the full discovery at 06:34 (observium-wrapper discovery, 8 threads, output to /dev/null)
    s_time = at(6, 34, 0.14)
    wp = pid(s_time)
    free = [s_time + sec(1.8)] * 8
    fin_all = s_time
    for dev in sorted(OB_DEVICES, key=lambda d: -d[2][1]):
        i = min(range(8), key=lambda k: free[k])
        st = free[i] + sec(r.uniform(0.001, 0.01))
        pp = pid(st)
        if dev[0] == 9:
            d = r.uniform(2.0, 3.1)
            olog(
                st + sec(d - 0.01),
                "discovery.php",
                pp,
                "%s: Device '%s' skipped, because switched off during runtime discovery process.",
                f"{OB_DIR}/discovery.php: Device '{dev[1]}' skipped, because switched off during runtime discovery process.",
            )
            olog(
                st + sec(d),
                "discovery.php",
                pp,
                "%s: %s - %d devices discovered in %s secs",
                f"{OB_DIR}/discovery.php: {dev[0]} - 0 devices discovered in {round(d, 4)} secs",
            )
        else:
            d = r.uniform(dev[2][0], dev[2][1]) * r.uniform(3.5, 6.0)
            olog(
                st + sec(d),
                "discovery.php",
                pp,
                "%s: %s - %d devices discovered in %s secs",
                f"{OB_DIR}/discovery.php: {dev[1]} - 1 devices discovered in {round(d, 4)} secs",
            )
        free[i] = st + sec(d + 0.25)
        fin_all = max(fin_all, free[i])
    total = (fin_all - s_time).total_seconds()
    olog(
        fin_all + sec(0.02),
        "observium-wrapper",
        wp,
        "processed %s devices in %.2f seconds with %s threads, load average (5min) %.2f",
        f"{OB_DIR}/observium-wrapper: processed {len(OB_DEVICES)} devices in {total:.2f} seconds with 8 threads, load average (5min) {r.uniform(3.1, 4.4):.2f}",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- naemon

NM_WEB = ["web01", "web02", "web03", "web04"]
NM_DB = [f"db{n:02d}" for n in range(1, 15)]
NM_APP = {f"app{n:02d}": f"10.1.3.{20 + n}" for n in range(1, 7)}
NM_WEB_CONTACTS = [
    ("oncall-web", "notify-service-by-slack"),
    ("webteam-mail", "notify-service-by-email"),
]


def naemon(r: random.Random) -> list[Log]:
    """Naemon 1.4.2 with Livestatus (`naemon.log`: `[epoch] msg`, log_passive_checks and
    log_service_retries on), 06:00 to 12:00: 14 database hosts submitting their replication
    lag through NRDP every 5 minutes, a bad release making the four web frontends answer 503
    07:12-07:31 (acknowledged, re-notified), web03 flapping 08:55-09:50, access switch
    sw-dc1-a03 down 08:40-08:55 with its six app hosts unreachable behind it, db03 in scheduled
    downtime 09:30-10:00, a reload at 10:05 after a configuration change, db07's replication
    falling behind 10:10-10:40, the NFS server stalling the app hosts' mount checks 11:00-11:14
    while the SMS gateway is unreachable (the notification helper's failures over wproc lines)."""
    fs = Files()
    F = "naemon.log"

    def N(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(F, t, label, lambda x: [f"[{int(x.timestamp())}] {msg}"], "naemon", SEC)

    def http_out(state: str, code: str) -> str:
        return f"HTTP {state}: HTTP/1.1 {code} - {r.randint(180, 420) if code[0] == '5' else r.randint(48_000, 61_000)} bytes in {r.uniform(0.002, 0.09) if code[0] == '5' else r.uniform(0.02, 0.4):.3f} second response time "

    HTTP_ALERT = (
        "SERVICE ALERT: %s;%s;%s;%s;%d;HTTP %s: %s - %d bytes in %.3f second response time %s"
    )
    HTTP_NOTE = "SERVICE NOTIFICATION: %s;%s;%s;%s;%s;HTTP %s: %s - %d bytes in %.3f second response time %s"
    TO_ALERT = "SERVICE ALERT: %s;%s;%s;%s;%d;(Service check timed out after %.2f seconds)"
    TO_NOTE = "SERVICE NOTIFICATION: %s;%s;%s;%s;%s;(Service check timed out after %.2f seconds)"
    NFS_OK = "SERVICE ALERT: %s;%s;%s;%s;%d;OK: all %d NFS mounts are responsive"

    pid = {"main": 1187, "job": 18_210}
    notify_ok = {"sms": True}

    def workers_pids() -> list[int]:
        return [pid["main"] + k for k in (4, 5, 6, 7)]

    def startup(t: datetime) -> datetime:
        t = N(t, "Naemon %s starting... (PID=%d)", f"Naemon 1.4.2 starting... (PID={pid['main']})")
        t = N(t, "Local time is %s", f"Local time is {t:%a %b %d %H:%M:%S} UTC {t:%Y}")
        t = N(t, "LOG VERSION: %s", "LOG VERSION: 2.0")
        t = N(
            t,
            "qh: Socket '%s' successfully initialized",
            "qh: Socket '/var/cache/naemon/naemon.qh' successfully initialized",
        )
        t = N(
            t,
            "wproc: Successfully registered manager as @wproc with query handler",
            "wproc: Successfully registered manager as @wproc with query handler",
        )
        for w in workers_pids():
            t = N(
                t,
                "wproc: Registry request: name=%s;pid=%d",
                f"wproc: Registry request: name=Core Worker {w};pid={w}",
            )
        t = N(
            t,
            "Event broker module '%s' initialized successfully.",
            "Event broker module '/usr/lib64/naemon/naemon-livestatus/livestatus.so' initialized successfully.",
        )
        return N(
            t,
            "Successfully launched command file worker with pid %d",
            f"Successfully launched command file worker with pid {pid['main'] + 9}",
        )

    class Svc:
        def __init__(self, host: str, name: str, max_att: int = 3) -> None:
            self.host, self.name, self.max = host, name, max_att
            self.state, self.type, self.att = "OK", "HARD", 1
            self.flapping = False
            self.last_note: datetime | None = None
            self.acked = False

    def notify_svc(t: datetime, s: Svc, ntype: str, label: str, out: str) -> datetime:
        if s.flapping:
            return t
        if s.host in NM_APP:
            if ntype == "RECOVERY":
                return t  # the SMS contact is notified of problems only
            t = N(
                t,
                label,
                f"SERVICE NOTIFICATION: oncall-infra;{s.host};{s.name};{ntype};notify-service-by-sms;{out}",
            )
            if not notify_ok["sms"]:
                pid["job"] += r.randint(3, 40)
                w = r.choice(workers_pids())
                t = N(
                    t + sec(r.uniform(10, 12)),
                    "wproc: %s job %d from worker %s is a non-check helper but exited with return code %d",
                    f"wproc: NOTIFY job {pid['job']} from worker Core Worker {w} is a non-check helper but exited with return code 7",
                )
                t = N(
                    t,
                    "wproc:   host=%s; service=%s; contact=%s",
                    f"wproc:   host={s.host}; service={s.name}; contact=oncall-infra",
                )
                t = N(
                    t,
                    "wproc:   early_timeout=%d; exited_ok=%d; wait_status=%d; error_code=%d;",
                    "wproc:   early_timeout=0; exited_ok=1; wait_status=1792; error_code=0;",
                )
                t = N(
                    t,
                    "wproc:   stderr line %02d: curl: (28) Failed to connect to %s port %d after %d ms: Timeout was reached",
                    f"wproc:   stderr line 01: curl: (28) Failed to connect to sms-gw.example.net port 443 after {r.randint(10_000, 10_012)} ms: Timeout was reached",
                )
            return t
        for c, cmd in NM_WEB_CONTACTS:
            t = N(t, label, f"SERVICE NOTIFICATION: {c};{s.host};{s.name};{ntype};{cmd};{out}")
        return t

    def result(t: datetime, s: Svc, st: str, out: str, alab: str, nlab: str) -> datetime:
        """One active check's result through the soft/hard state logic."""
        if st == "OK":
            if s.state == "OK":
                return t
            if s.type == "SOFT":
                t = N(t, alab, f"SERVICE ALERT: {s.host};{s.name};OK;SOFT;{s.att + 1};{out}")
                s.state, s.type, s.att = "OK", "HARD", 1
                return t
            t = N(t, alab, f"SERVICE ALERT: {s.host};{s.name};OK;HARD;{s.max};{out}")
            t = notify_svc(t, s, "RECOVERY", nlab, out)
            s.state, s.type, s.att, s.acked, s.last_note = "OK", "HARD", 1, False, None
            return t
        if s.state == "OK":
            s.state, s.type, s.att = st, "SOFT", 1
            return N(t, alab, f"SERVICE ALERT: {s.host};{s.name};{st};SOFT;1;{out}")
        if s.type == "SOFT":
            s.att += 1
            if s.att >= s.max:
                s.type = "HARD"
                t = N(t, alab, f"SERVICE ALERT: {s.host};{s.name};{st};HARD;{s.max};{out}")
                s.last_note = t
                return notify_svc(t, s, st, nlab, out)
            return N(t, alab, f"SERVICE ALERT: {s.host};{s.name};{st};SOFT;{s.att};{out}")
        if s.last_note and not s.acked and (t - s.last_note).total_seconds() >= 600:
            s.last_note = t
            return notify_svc(t, s, st, nlab, out)
        return t

    reload_t = at(10, 5, 44)
    # retention data saved every 60 minutes (naemon started at 03:12:09)
    for k in range(3, 9):
        tr = at(3, 12, 9) + sec(3600 * k)
        if T0 <= tr < T_END:
            N(
                tr,
                "Auto-save of retention data completed successfully.",
                "Auto-save of retention data completed successfully.",
            )
    N(reload_t, "Caught SIGHUP, restarting...", "Caught SIGHUP, restarting...")
    startup(reload_t + sec(1))

    # NRDP: each database host's replication lag every 5 minutes
    down3 = (at(9, 30), at(10, 0))
    db7 = (at(10, 10), at(10, 40))
    dbstate = {h: 0 for h in NM_DB}
    for m in range(0, 360, 5):
        base = T0 + sec(60 * m + 31)
        order = list(NM_DB)
        r.shuffle(order)
        t = base
        for h in order:
            t = t + sec(r.uniform(0.0, 0.8))
            if h == "db03" and in_any(t, [down3]):
                continue
            lag = r.choice([0, 0, 0, 0, 1, 2, 3])
            if h == "db07" and in_any(t, [db7]):
                lag = int(140 + 880 * min(1.0, (t - db7[0]).total_seconds() / 1100)) + r.randint(
                    0, 40
                )
            if h == "db07" and db7[1] <= t < db7[1] + sec(400):
                lag = r.randint(20, 90)
            code = 0 if lag <= 300 else (1 if lag <= 600 else 2)
            word = ["OK", "WARNING", "CRITICAL"][code]
            out = f"REPL {word} - Seconds_Behind_Master: {lag}"
            t = N(
                t,
                "EXTERNAL COMMAND: %s;%s",
                f"EXTERNAL COMMAND: PROCESS_SERVICE_CHECK_RESULT;{h};MySQL Replication;{code};{out}",
            )
            t = N(
                t,
                "PASSIVE SERVICE CHECK: %s;%s;%d;REPL %s - Seconds_Behind_Master: %d",
                f"PASSIVE SERVICE CHECK: {h};MySQL Replication;{code};{out}",
            )
            if code != dbstate[h]:
                t = N(
                    t,
                    "SERVICE ALERT: %s;%s;%s;%s;%d;REPL %s - Seconds_Behind_Master: %d",
                    f"SERVICE ALERT: {h};MySQL Replication;{word};HARD;1;{out}",
                )
                dbstate[h] = code

    # the web frontends' HTTP checks (every minute while a problem is being confirmed)
    web = {h: Svc(h, "HTTP") for h in NM_WEB}
    bad = (at(7, 12, 20), at(7, 31, 5))
    flap = (at(8, 55), at(9, 50))
    for h in NM_WEB:
        s = web[h]
        off = r.uniform(0, 55)
        t = T0 + sec(off)
        while t < T_END:
            st = "OK"
            code = "200 OK"
            if in_any(t, [bad]):
                st, code = "CRITICAL", "503 Service Unavailable"
            if h == "web03" and in_any(t, [flap]) and r.random() < 0.45:
                st, code = "CRITICAL", "502 Bad Gateway"
            if h == "web03" and s.flapping and t >= at(9, 52):
                s.flapping = False
                N(
                    t + sec(1),
                    "SERVICE FLAPPING ALERT: %s;%s;STOPPED; Service appears to have stopped flapping (%2.1f%% change < %2.1f%% threshold)",
                    f"SERVICE FLAPPING ALERT: web03;HTTP;STOPPED; Service appears to have stopped flapping ({r.uniform(3.1, 4.9):2.1f}% change < 5.0% threshold)",
                )
            if st == "OK" and s.state == "OK" and not in_any(t, [flap]):
                busy = at(7, 0) <= t < at(7, 40) or (h == "web03" and s.flapping)
                t += sec(60 if busy else 300)
                continue
            result(t, s, st, http_out(st, code), HTTP_ALERT, HTTP_NOTE)
            if (
                h == "web02"
                and s.state == "CRITICAL"
                and s.type == "HARD"
                and not s.acked
                and t > at(7, 16, 30)
            ):
                ta = N(
                    t + sec(r.uniform(20, 50)),
                    "EXTERNAL COMMAND: %s;%s",
                    "EXTERNAL COMMAND: ACKNOWLEDGE_SVC_PROBLEM;web02;HTTP;2;1;1;akim;Rolling back release 2024.06.07-1",
                )
                notify_svc(
                    ta + sec(1),
                    s,
                    "ACKNOWLEDGEMENT (CRITICAL)",
                    HTTP_NOTE,
                    http_out("CRITICAL", "503 Service Unavailable"),
                )
                s.acked = True
            if h == "web03" and not s.flapping and at(9, 8) <= t < at(9, 40):
                s.flapping = True
                N(
                    t + sec(1),
                    "SERVICE FLAPPING ALERT: %s;%s;STARTED; Service appears to have started flapping (%2.1f%% change >= %2.1f%% threshold)",
                    f"SERVICE FLAPPING ALERT: web03;HTTP;STARTED; Service appears to have started flapping ({r.uniform(20.5, 27.9):2.1f}% change >= 20.0% threshold)",
                )
            t += sec(60 + r.uniform(-0.3, 0.3))

    # access switch sw-dc1-a03 down, its app hosts unreachable behind it
    sw_down = (at(8, 40, 22), at(8, 54, 51))
    t = sw_down[0]
    for a in (1, 2):
        t = N(
            t,
            "HOST ALERT: %s;%s;%s;%d;PING %s - Packet loss = %d%%",
            f"HOST ALERT: sw-dc1-a03;DOWN;SOFT;{a};PING CRITICAL - Packet loss = 100%",
        )
        t += sec(60 + r.uniform(0, 1))
    t = N(
        t,
        "HOST ALERT: %s;%s;%s;%d;PING %s - Packet loss = %d%%",
        "HOST ALERT: sw-dc1-a03;DOWN;HARD;3;PING CRITICAL - Packet loss = 100%",
    )
    t = N(
        t,
        "HOST NOTIFICATION: %s;%s;%s;%s;PING %s - Packet loss = %d%%",
        "HOST NOTIFICATION: netops;sw-dc1-a03;DOWN;notify-host-by-sms;PING CRITICAL - Packet loss = 100%",
    )
    for h, ip in NM_APP.items():
        t = N(
            t + sec(r.uniform(2, 9)),
            "HOST ALERT: %s;%s;%s;%d;CRITICAL - Host Unreachable (%s)",
            f"HOST ALERT: {h};UNREACHABLE;HARD;1;CRITICAL - Host Unreachable ({ip})",
        )
    t = N(
        sw_down[1],
        "HOST ALERT: %s;%s;%s;%d;PING %s - Packet loss = %d%%, RTA = %.2f ms",
        f"HOST ALERT: sw-dc1-a03;UP;HARD;3;PING OK - Packet loss = 0%, RTA = {r.uniform(0.8, 1.6):.2f} ms",
    )
    for h in NM_APP:
        t = N(
            t + sec(r.uniform(3, 20)),
            "HOST ALERT: %s;%s;%s;%d;PING %s - Packet loss = %d%%, RTA = %.2f ms",
            f"HOST ALERT: {h};UP;HARD;1;PING OK - Packet loss = 0%, RTA = {r.uniform(0.3, 0.9):.2f} ms",
        )

    # db03's maintenance window, scheduled from Thruk
    s0, s1 = int(down3[0].timestamp()), int(down3[1].timestamp())
    N(
        at(9, 24, 37),
        "EXTERNAL COMMAND: %s;%s",
        f"EXTERNAL COMMAND: SCHEDULE_HOST_DOWNTIME;db03;{s0};{s1};1;0;1800;jdoe;Kernel patching CHG-20931",
    )
    N(
        down3[0],
        "HOST DOWNTIME ALERT: %s;STARTED; Host has entered a period of scheduled downtime",
        "HOST DOWNTIME ALERT: db03;STARTED; Host has entered a period of scheduled downtime",
    )
    N(
        down3[1],
        "HOST DOWNTIME ALERT: %s;STOPPED; Host has exited from a period of scheduled downtime",
        "HOST DOWNTIME ALERT: db03;STOPPED; Host has exited from a period of scheduled downtime",
    )

    # the NFS server stalls: the app hosts' mount checks time out, the SMS gateway is unreachable
    nfs = (at(11, 0, 30), at(11, 14, 10))
    notify_ok["sms"] = False
    for h in NM_APP:
        s = Svc(h, "NFS Mounts")
        t = nfs[0] + sec(r.uniform(0, 55))
        while t < nfs[1] + sec(60):
            if in_any(t, [nfs]):
                tt = t + sec(60.01)
                result(
                    tt,
                    s,
                    "CRITICAL",
                    f"(Service check timed out after {r.uniform(60.0, 60.03):.2f} seconds)",
                    TO_ALERT,
                    TO_NOTE,
                )
                t = tt + sec(60 + r.uniform(-0.5, 0.5))
            else:
                result(
                    t + sec(r.uniform(0.2, 0.6)),
                    s,
                    "OK",
                    "OK: all 4 NFS mounts are responsive",
                    NFS_OK,
                    TO_NOTE,
                )
                break
    return fs.logs(T0)


# ----------------------------------------------------------------------- kube-state-metrics

KSM_RES = [
    # store name, list path, reflector's type description
    ("configmaps", "/api/v1/configmaps", "*v1.ConfigMap"),
    ("cronjobs", "/apis/batch/v1/cronjobs", "*v1.CronJob"),
    ("daemonsets", "/apis/apps/v1/daemonsets", "*v1.DaemonSet"),
    ("deployments", "/apis/apps/v1/deployments", "*v1.Deployment"),
    ("endpoints", "/api/v1/endpoints", "*v1.Endpoints"),
    (
        "horizontalpodautoscalers",
        "/apis/autoscaling/v2/horizontalpodautoscalers",
        "*v2.HorizontalPodAutoscaler",
    ),
    ("ingresses", "/apis/networking.k8s.io/v1/ingresses", "*v1.Ingress"),
    ("jobs", "/apis/batch/v1/jobs", "*v1.Job"),
    ("namespaces", "/api/v1/namespaces", "*v1.Namespace"),
    ("nodes", "/api/v1/nodes", "*v1.Node"),
    ("persistentvolumeclaims", "/api/v1/persistentvolumeclaims", "*v1.PersistentVolumeClaim"),
    ("persistentvolumes", "/api/v1/persistentvolumes", "*v1.PersistentVolume"),
    ("pods", "/api/v1/pods", "*v1.Pod"),
    ("replicasets", "/apis/apps/v1/replicasets", "*v1.ReplicaSet"),
    ("services", "/api/v1/services", "*v1.Service"),
    ("statefulsets", "/apis/apps/v1/statefulsets", "*v1.StatefulSet"),
]
KSM_VPA = (
    "autoscaling.k8s.io/v1, Resource=verticalpodautoscalers",
    "/apis/autoscaling.k8s.io/v1/verticalpodautoscalers",
    "autoscaling.k8s.io/v1, Kind=VerticalPodAutoscaler",
)
KSM_BUILDER = "k8s.io/kube-state-metrics/v2/internal/store/builder.go:1599"
KSM_INFORMER = "pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229"
KSM_API = "https://10.96.0.1:443"
KSM_SA = "system:serviceaccount:monitoring:kube-state-metrics"
KSM_FORBIDDEN_W = "%s: failed to list %v: %s is forbidden: User %q cannot %s resource %q in API group %q at the cluster scope"
KSM_FORBIDDEN_E = "%s: Failed to watch %v: failed to list %v: %s is forbidden: User %q cannot %s resource %q in API group %q at the cluster scope"
KSM_REFUSED_W = "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused"
KSM_REFUSED_E = (
    "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused"
)
KSM_TLS_W = "%s: failed to list %v: Get %q: net/http: TLS handshake timeout"
KSM_TLS_E = "%s: Failed to watch %v: failed to list %v: Get %q: net/http: TLS handshake timeout"
KSM_LOST = '%s: watch of %v ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding'


def kube_state_metrics(r: random.Random) -> list[Log]:
    """kube-state-metrics 2.12 sharded by its StatefulSet (`kube-state-metrics-0.log`, `-1.log`,
    later `-2.log`: the pods' container logs as the node's log agent keeps them, klog), 06:00 to
    12:00: a chart upgrade at 06:02 adding a custom resource config for VerticalPodAutoscalers
    without the RBAC to list them (forbidden every 30-60 s per pod until the ClusterRole is fixed
    at 08:11), the control plane upgraded 08:15-08:19 (every watch lost, relists refused, then
    TLS handshake timeouts), a batch namespace's pods making scrapes time out 09:30-10:20
    (`Failed to write metrics` on the closed connections), kube-state-metrics-1 OOM-killed at
    10:44, the StatefulSet scaled to three shards at 11:10."""
    fs = Files()
    ip = {0: "10.244.3.17", 1: "10.244.4.22", 2: "10.244.7.11"}
    prom = ["10.244.5.31", "10.244.6.18"]
    rv = {name: 48_213_000 + r.randint(0, 9_000) for name, _p, _t in KSM_RES}
    rv[KSM_VPA[0]] = 48_210_000 + r.randint(0, 900)

    def K(pod: int, t: datetime, lvl: str, where: str, label: str, msg: str) -> datetime:
        f = f"kube-state-metrics-{pod}.log"
        return fs.add(f, t, label, lambda x: [klog(x, lvl, where, msg)], (pod, "ksm"), US)

    res_order = [n for n, _p, _t in KSM_RES]
    r.shuffle(res_order)

    def active(with_vpa: bool) -> str:
        names = sorted(n for n, _p, _t in KSM_RES)
        if with_vpa:
            names.append(KSM_VPA[0])
        return ",".join(names)

    def startup(pod: int, t: datetime, shard: int, total: int) -> datetime:
        t = K(
            pod,
            t,
            "I",
            "wrapper.go:120",
            '"Starting kube-state-metrics"',
            '"Starting kube-state-metrics"',
        )
        nk = "Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work."
        t = K(pod, t + sec(r.uniform(0.004, 0.009)), "W", "client_config.go:659", nk, nk)
        t = K(
            pod,
            t + sec(0.0006),
            "I",
            "server.go:218",
            '"Used resources"',
            '"Used resources" resources=[' + ",".join(q(n) for n in res_order) + "]",
        )
        t = K(
            pod,
            t + sec(0.00005),
            "I",
            "types.go:227",
            '"Using all namespaces"',
            '"Using all namespaces"',
        )
        t = K(
            pod,
            t + sec(0.00002),
            "I",
            "server.go:245",
            '"Metric allow-denylisting"',
            '"Metric allow-denylisting" allowDenyStatus="Excluding the following lists that were on denylist: "',
        )
        t = K(pod, t + sec(0.00003), "W", "client_config.go:659", nk, nk)
        t = K(
            pod,
            t + sec(r.uniform(0.02, 0.05)),
            "I",
            "utils.go:72",
            '"Tested communication with server"',
            '"Tested communication with server"',
        )
        t = K(
            pod,
            t + sec(r.uniform(0.005, 0.015)),
            "I",
            "utils.go:77",
            '"Run with Kubernetes cluster version"',
            '"Run with Kubernetes cluster version" major="1" minor="29" gitVersion="v1.29.5" gitTreeState="clean" gitCommit="59755ff595fa4526236b0cc03aa2242d941a5171" platform="linux/amd64"'
            if t > at(8, 19)
            else '"Run with Kubernetes cluster version" major="1" minor="29" gitVersion="v1.29.4" gitTreeState="clean" gitCommit="55019c83b0fd51ef4ced8c29eec2c4847f896e74" platform="linux/amd64"',
        )
        t = K(
            pod,
            t + sec(0.0002),
            "I",
            "utils.go:78",
            '"Communication with server successful"',
            '"Communication with server successful"',
        )
        lines = [
            (
                "server.go:372",
                '"Started metrics server"',
                '"Started metrics server" metricsServerAddress="[::]:8080"',
            ),
            (
                "server.go:78",
                "levelinfomsgListening onaddress%s",
                "levelinfomsgListening onaddress[::]:8080",
            ),
            (
                "server.go:78",
                "levelinfomsgTLS is disabled.http2%vaddress%s",
                "levelinfomsgTLS is disabled.http2falseaddress[::]:8080",
            ),
            (
                "metrics_handler.go:97",
                '"Autosharding enabled with pod"',
                f'"Autosharding enabled with pod" pod="monitoring/kube-state-metrics-{pod}"',
            ),
            (
                "metrics_handler.go:98",
                '"Auto detecting sharding settings"',
                '"Auto detecting sharding settings"',
            ),
            (
                "server.go:361",
                '"Started kube-state-metrics self metrics server"',
                '"Started kube-state-metrics self metrics server" telemetryAddress="[::]:8081"',
            ),
            (
                "server.go:78",
                "levelinfomsgListening onaddress%s",
                "levelinfomsgListening onaddress[::]:8081",
            ),
            (
                "server.go:78",
                "levelinfomsgTLS is disabled.http2%vaddress%s",
                "levelinfomsgTLS is disabled.http2falseaddress[::]:8081",
            ),
        ]
        for where, label, msg in lines:
            t = K(pod, t + sec(r.uniform(0.00003, 0.0006)), "I", where, label, msg)
        t = K(
            pod,
            t + sec(r.uniform(0.004, 0.012)),
            "I",
            "metrics_handler.go:115",
            '"Configuring sharding of this instance to be shard index (zero-indexed) out of total shards"',
            f'"Configuring sharding of this instance to be shard index (zero-indexed) out of total shards" shard={shard} totalShards={total}',
        )
        t = K(
            pod,
            t + sec(r.uniform(0.002, 0.006)),
            "I",
            "builder.go:282",
            '"Active resources"',
            f'"Active resources" activeStoreNames="{active(False)}"',
        )
        t = K(
            pod,
            t + sec(r.uniform(2.9, 3.1)),
            "I",
            "discovery.go:274",
            '"discovery finished, cache updated"',
            '"discovery finished, cache updated"',
        )
        t = K(
            pod,
            t + sec(r.uniform(0.0001, 0.0004)),
            "I",
            "metrics_handler.go:115",
            '"Configuring sharding of this instance to be shard index (zero-indexed) out of total shards"',
            f'"Configuring sharding of this instance to be shard index (zero-indexed) out of total shards" shard={shard} totalShards={total}',
        )
        return K(
            pod,
            t + sec(r.uniform(0.002, 0.006)),
            "I",
            "builder.go:282",
            '"Active resources"',
            f'"Active resources" activeStoreNames="{active(True)}"',
        )

    # the chart upgrade at 06:02: the StatefulSet rolls kube-state-metrics-1, then -0
    up1 = startup(1, at(6, 2, 15.482311), 1, 2)
    up0 = startup(0, at(6, 2, 51.207915), 0, 2)
    rbac_fixed = at(8, 11, 44.6)

    def reflector_loop(
        pod: int, start: datetime, stop: datetime, name: str, typ: str, path: str, err_of
    ) -> None:
        """A reflector's list retries: warn and error per failure, client-go's backoff 0.8 s
        doubling to 30 s with a jitter factor of 1."""
        t = start
        d = 0.8
        while t < stop:
            url = f"{KSM_API}{path}"
            kind, e = err_of(t, url)
            if kind is None:
                return
            wl, el = {
                "forbidden": (KSM_FORBIDDEN_W, KSM_FORBIDDEN_E),
                "refused": (KSM_REFUSED_W, KSM_REFUSED_E),
                "tls": (KSM_TLS_W, KSM_TLS_E),
            }[kind]
            if kind == "tls":
                t += sec(10.0 + r.uniform(0.0, 0.004))
            t = K(pod, t, "W", "reflector.go:539", wl, f"{name}: failed to list {typ}: {e}")
            K(
                pod,
                t + sec(r.uniform(0.00001, 0.00006)),
                "E",
                "reflector.go:147",
                el,
                f"{name}: Failed to watch {typ}: failed to list {typ}: {e}",
            )
            t += sec(d * r.uniform(1.0, 2.0))
            d = min(d * 2, 30.0)

    # VerticalPodAutoscalers forbidden until the ClusterRole is fixed
    vpa_forbidden = f'verticalpodautoscalers.autoscaling.k8s.io is forbidden: User "{KSM_SA}" cannot list resource "verticalpodautoscalers" in API group "autoscaling.k8s.io" at the cluster scope'
    for pod, up in ((1, up1), (0, up0)):
        reflector_loop(
            pod,
            up + sec(r.uniform(0.01, 0.05)),
            rbac_fixed,
            KSM_BUILDER,
            KSM_VPA[2],
            KSM_VPA[1] + "?limit=500&resourceVersion=0",
            lambda t, url: ("forbidden", vpa_forbidden),
        )

    # the control plane upgrade: watches lost, relists refused, then TLS handshake timeouts
    api_down = at(8, 15, 5.2)
    api_tls = at(8, 17, 41.0)
    api_up = at(8, 18, 16.5)

    def outage_err(t: datetime, url: str):
        if t < api_tls:
            return "refused", f'Get "{url}": dial tcp 10.96.0.1:443: connect: connection refused'
        if t < api_up:
            return "tls", f'Get "{url}": net/http: TLS handshake timeout'
        return None, ""

    for pod in (0, 1):
        refl = [
            (KSM_BUILDER, typ, path + f"?limit=500&resourceVersion={rv[n]}")
            for n, path, typ in KSM_RES
        ]
        refl.append(
            (KSM_BUILDER, KSM_VPA[2], KSM_VPA[1] + f"?limit=500&resourceVersion={rv[KSM_VPA[0]]}")
        )
        refl.append(
            (
                KSM_INFORMER,
                "*v1.StatefulSet",
                f"/apis/apps/v1/namespaces/monitoring/statefulsets?fieldSelector=metadata.name%3Dkube-state-metrics&resourceVersion={rv['statefulsets'] + 17}",
            )
        )
        refl.append(
            (
                KSM_INFORMER,
                "*unstructured.Unstructured",
                f"/apis/apiextensions.k8s.io/v1/customresourcedefinitions?resourceVersion={rv['namespaces'] - 311}",
            )
        )
        for name, typ, path in refl:
            tl = api_down + sec(r.uniform(0.0, 0.35))
            tl = K(
                pod,
                tl,
                "W",
                "reflector.go:462",
                KSM_LOST,
                KSM_LOST.replace("%s", name, 1).replace("%v", typ, 1),
            )
            reflector_loop(
                pod, tl + sec(r.uniform(0.001, 0.02)), api_up, name, typ, path, outage_err
            )

    # scrapes timing out while the batch namespace holds ~6000 pods
    slow = (at(9, 30), at(10, 20))
    for pod in (0, 1):
        for k, pip in enumerate(prom):
            for t in every(r, slow[0] + sec(7.3 * k + pod * 3.1), slow[1], 30, 0.05):
                if r.random() > 0.3:
                    continue
                tt = t + sec(10.0 + r.uniform(0.0005, 0.004))
                port = r.randint(33_000, 60_999)
                for j in range(r.randint(2, 7)):
                    how = (
                        "connection reset by peer" if j == 0 and r.random() < 0.3 else "broken pipe"
                    )
                    tt = K(
                        pod,
                        tt + sec(r.uniform(0.0002, 0.03)),
                        "E",
                        "metrics_handler.go:213",
                        '"Failed to write metrics"',
                        f'"Failed to write metrics" err="write tcp {ip[pod]}:8080->{pip}:{port}: write: {how}"',
                    )

    # kube-state-metrics-1 OOM-killed at 10:44:51, its container restarted
    startup(1, at(10, 45, 9.733104), 1, 2)
    # the StatefulSet scaled to three shards at 11:10
    scale = at(11, 10, 30.88)
    for pod in (0, 1):
        t = K(
            pod,
            scale + sec(r.uniform(0.001, 0.05)),
            "I",
            "metrics_handler.go:115",
            '"Configuring sharding of this instance to be shard index (zero-indexed) out of total shards"',
            f'"Configuring sharding of this instance to be shard index (zero-indexed) out of total shards" shard={pod} totalShards=3',
        )
        K(
            pod,
            t + sec(r.uniform(0.002, 0.006)),
            "I",
            "builder.go:282",
            '"Active resources"',
            f'"Active resources" activeStoreNames="{active(True)}"',
        )
    startup(2, at(11, 10, 41.51), 2, 3)
    return fs.logs(T0)


SYSTEMS = {
    "signoz": signoz,
    "statping-ng": statping,
    "observium": observium,
    "naemon": naemon,
    "kube-state-metrics": kube_state_metrics,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
