#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 237 (node-exporter, snmp-exporter, pushgateway,
grafana-oncall, karma) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). Five tools of one
company's monitoring stack, 06:00 to 12:00 on 2024-06-07; the alerts OnCall receives and karma
shows are the other four systems' incidents. None of the five was in the set.

- Prometheus node_exporter 1.8.1 (1.7.0 on app-01 until 10:50) on five hosts (`app-01.log`,
  `app-02.log`, `backup-01.log`, `db-01.log`, `db-02.log`: `journalctl -u node_exporter`, the
  default short output, `Jun 07 06:31:19 backup-01 node_exporter[801]: ts=2024-06-07T06:31:19.031Z
  caller=node_exporter.go:193 level=info msg="Starting node_exporter" version=...`: promlog's
  go-kit logfmt inside the journal's head, systemd's own lines for the unit, journalctl's `--
  Boot <id> --`). Two Prometheus replicas scrape every host every 30 s. backup-01 rebooted at
  06:31 (its old unit runs node_exporter as root with the deprecated filesystem flags: `Node
  Exporter is running as root user. ...`, `--collector.filesystem.ignored-mount-points is
  DEPRECATED ...`) and its nightly restic script writing a broken `restic.prom` 06:36-08:52
  (`failed to collect textfile data` on every scrape); db-01's textfile directory made 0700 by
  an Ansible run 08:30-09:40 (`failed to read textfile collector directory`); a disk of db-02
  hot-swapped 09:10-09:55 (`collector failed` name=hwmon); app-02: a new scrape job asking for
  `collect[]=systemd` from 10:05 (`Couldn't create filtered metrics handler:`), the restart at
  10:16 failing five times on an engineer's test copy holding :9100 (the start-up, `err="listen
  tcp :9100: bind: address already in use"`, systemd's `Main process exited, code=%s,
  status=%i/%s`, `Failed with result '%s'.`, `Scheduled restart job, restart counter is at %u.`,
  `Start request repeated too quickly.`, `Failed to start %s.`), started at 10:29 with the
  systemd collector, two cron scripts writing the same metric 10:48-11:58 (promhttp's `error
  gathering metrics: %d error(s) occurred:\\n* [from Gatherer #2] collected metric ... was
  collected before with the same name and label values` through the StdlibAdapter); app-01's
  CPUs saturated 10:31-10:47 (`error encoding and sending metric family: write tcp %s->%s:
  write: broken pipe`) and the upgrade at 10:50 (`Stopping %s...`, `Deactivated successfully.`,
  `Stopped %s.`, `Consumed %s CPU time.`, `Started %s.`).
- snmp_exporter 0.26.0 (`snmp-exporter-dc1.log`, `snmp-exporter-dc2.log`: `docker logs --since
  2024-06-07T06:00:00Z` of each site's container, go-kit logfmt with the handler's `auth`, `target`, the worker's
  `worker` and `module` context before `msg`: `ts=... caller=collector.go:403 level=info
  auth=public_v2 target=10.10.14.2 worker=0 module=if_mib msg="Error scraping target"
  err="error walking target 10.10.14.2: request timeout (after 3 retries)"`), each target
  scraped every 60 s by two Prometheus replicas: a decommissioned access switch still in the
  targets all day, dc1's container restarted at 07:05 (`Starting snmp_exporter`,
  `build_context=%s` with no `msg`, `Listening on`, `TLS is disabled.`), a UPS's SNMPv3
  password changed by a firmware upgrade 08:14-11:02, dc2's core switch overloaded 09:31-10:02
  (`scrape canceled after %s (possible timeout) walking target %s`), a PDU added with a typo
  09:05-10:10 (`Error connecting to target` ... `no such host`), dc2 restarted at debug
  10:31-10:33 to watch the walks (`Sent module to worker`, `Starting scrape`, `Getting OIDs`
  and `Get of OIDs completed` with go-logfmt's `oids="unsupported value type"` for the slice,
  `Walking subtree`, `Walk of subtree completed` with a Duration's `duration_seconds=88.4ms`,
  `Finished scrape`, `OID not supported by target`), the generator's output reloaded at 08:40,
  a broken one at 11:20 (`Error reloading config` with YAML's two-line error) and fixed at
  11:24 (`Loaded config file`).
- Pushgateway 1.8.0 (`prometheus-pushgateway-5d8f7b9c6-lq4zx.log` until 10:02,
  `prometheus-pushgateway-5d8f7b9c6-w7n2k.log`: `kubectl logs --timestamps` of the Helm chart's
  pod, `--log.level=debug` left on): the pod rescheduled at 05:59 (`could not load persisted
  metrics` err="unexpected EOF"), `metrics persisted` every five minutes, the 1 Gi volume full
  from 07:41 (`error persisting metrics` ... no space left on device) until the volume is grown
  and the pod restarted at 10:02 (`received SIGINT/SIGTERM; exiting gracefully...`, `HTTP
  server stopped`, `problem shutting down metric storage`); the ETL jobs' pushes with two HELP
  texts for one metric 07:48-09:58 (`metric families inconsistent help strings` with the
  families' protobuf text in `new=` and `old=`, on every gather of the two Prometheus replicas
  every 15 s), a Python job pushing its own `process_start_time_seconds` 10:24-11:18 (`metric
  families overlap`), pushes refused by the consistency check (`pushed metrics are invalid or
  inconsistent with existing metrics`: a backup script's timestamps each hour, a CI job's
  untyped metric), a shell script's malformed text every 10 minutes (`failed to parse text`),
  two bad URLs (`failed to parse URL`, `job name is required`).
- Grafana OnCall OSS 1.5 under its Helm chart (`oncall-engine-6c9f8d7b5-h2x9k.log`,
  `oncall-celery-7d8b9c6f4-q8vzn.log`: `kubectl logs` of the engine and celery pods). The
  engine's uwsgi writes every line through its log encoder (`2024-06-07 06:41:30
  source=engine:app google_trace_id=none logger=root Start calculating latency for %s`; its
  request log `source=engine:uwsgi status=200 method=POST path=... latency=...`; the middleware's
  `inbound latency=... status=... method=... path=... `); celery's TaskFormatter
  (`2024-06-07 06:41:31,223 source=engine:celery worker=ForkPoolWorker-3881 task_id=...
  task_name=... name=apps.integrations.tasks level=INFO Created alert %s for alert group %s`; a
  fresh pool process per task, max tasks per child being 1; the worker runs beat embedded).
  Ten alert groups from the Alertmanager integration (`create_alertmanager_alerts`,
  `distribute_alert` and `send_alert_create_signal` with their DEBUG lines,
  `escalate_alert_group`, `notify_user_task`, `perform_notification`), each acknowledged from
  the web UI (`POST /api/internal/v1/alertgroups/%s/acknowledge/`) but one, and resolved;
  celery's `Task %s[%s] received` / `succeeded in %ss: %s` with four return texts; beat's
  `Scheduler: Sending due task %s (%s)` (the cloud heartbeat every 3 minutes, four tasks every
  10, the audit's `There are no alert groups to audit, everything is good :)`); the database
  restarted 09:12-09:13 (`Cannot connect to database, assuming the request is not banned by
  default.`, Django's `Internal Server Error: %s` with a chained traceback, 500s, Alertmanager's
  retries); RabbitMQ restarted at 09:40 (`consumer: Connection to broker lost. ...` with its
  traceback, ten `consumer: Cannot connect to %s: [Errno 111] Connection refused.` over three
  lines, `Connected to %s`).
- karma v0.120 (`karma.log`: `docker logs --since 2024-06-07T06:00:00Z karma`, the text
  format: zerolog's ConsoleWriter with karma's formatters and the time of day only, `06:02:15 level=info msg="Collecting alerts and
  silences" alertmanager=am-eu-1`, the fields sorted after `error`), three Alertmanagers
  collected every 5 minutes (`Pulling latest alerts and silences from Alertmanager`, per
  upstream `Collecting alerts and silences`, `Upstream version`, `Got silences`, `Detecting
  ticket links in silences`, `Collected alert groups`, `Deduplicating alert groups`,
  `Processing deduplicated alert groups`, `Merging autocomplete hints`, then `Collection
  completed`); am-eu-2 behind a misconfigured OAuth proxy 07:20-07:45 (`Error while
  discovering version`, `Collection failed`), a developer's silences refused by the ACL (`Proxy
  request was blocked by ACL rule`), the container restarted at 09:05 for a new ACL file
  (`Shutting down HTTP server`, `HTTP server shut down`, `Reading configuration file`, `Version:
  %s`, `Configured Alertmanager source`, `Reading silence ACL config file`, `Parsed ACL rules`,
  `Setting up proxy endpoints`, `Initial Alertmanager collection`, `Done, starting HTTP server`,
  `Starting HTTP server`), am-us-1's host rebooted 11:10-11:41 (`Request failed`, `Collection
  failed`, Go's std log `2024/06/07 11:13:48 http: proxy error: %v` from the reverse proxy,
  `History query failed` for its Prometheus).

Label notes. The heads are context: the journal's time, host and ident, promlog's `ts`,
`caller`, `level` and a logger's context keys (`collector=`, snmp_exporter's `auth`, `target`,
`worker`, `module`), kubectl's and the runtime's times, uwsgi's encoder date and OnCall's
`source=... google_trace_id=... logger=...`, celery's TaskFormatter head (time, worker,
task_id, task_name, name, level), karma's time and `level=`; a go-kit or zerolog message is the
label (`msg`, quoted or not), its other keys attributes; a go-kit record with no `msg` is
labelled by its keys with the call's literals (`collector=%s`, `build_context=%s`) or, an
error alone, by the error's format (`listen tcp %s: bind: address already in use`). A value
that is an error or a message contributes its format: the StdlibAdapter's messages (`error
encoding and sending metric family: write tcp %s->%s: write: broken pipe`), promhttp's
multierror (its list of like items labelled once, whatever their number), celery's return
values (`Task %s[%s] succeeded in %ss: 'Next escalation poked, id: %s Escalation
executed.'`, `... None`), celery's connection error, Go's proxy error. Access lines (uwsgi's
and the middleware's `inbound` record of the same request) are labelled as the set's access
records: method, route (tokens and ids variables), status. Literal text a call passes is
wording (`Parsed flag --collector.filesystem.mount-points-exclude` beside `... fs-types-exclude`,
systemd's unit text a value). Tracebacks, the YAML error's second line, celery's `Trying again
...` line and its blank line, and journalctl's boot line have no row.

Checked against copies of the sources (of nearby versions): node_exporter's node_exporter.go,
collector.go, textfile.go, filesystem_common.go and diskstats_common.go, and real 1.6 and 1.8
logs for the layout, order and callers; snmp_exporter 0.25/0.26's main.go (go-kit) and
scraper/gosnmp.go, a later collector.go for the worker lines; Pushgateway's main.go,
handler/push.go, handler/delete.go and the go-kit storage/diskmetricstore.go;
OnCall's settings LOGGING, engine/celery.py's TaskFormatter, uwsgi.ini's log-format and
log-encoder, engine/middlewares.py, distribute_alert.py, escalate_alert_group.py,
notify_user.py, task_logger.py, integrations/tasks.py and check_escalation_finished.py;
karma's cmd/karma/main.go (the ConsoleWriter formatters, start-up and shutdown), the zerolog
alertmanager/models.go and upstream.go, the pull loop, proxy.go, alert_history.go and acl.go.

Least sure (written from the helper's knowledge): node_exporter's caller line numbers, 1.8's
`watchdog` among the default collectors, the systemd collector's two `Parsed flag` lines, the
StdlibAdapter's `caller=stdlib.go:105`, the hwmon error text and systemd 252's lines around a
failed start; snmp_exporter 0.26's debug lines in go-kit form (`Sent module to worker`,
`Starting scrape`, `Finished scrape`), gosnmp's SNMPv3 error text and the reload error;
Pushgateway 1.8's line numbers, the CI push's consistency error text and the protobuf text's
spacing; OnCall 1.5's wording of the task lines, beat embedded in the worker (`worker=Beat`),
the encoder's date on each traceback line, the tasks a resolve and an acknowledgement start
and the notification policies' timing, celery's reconnect lines; karma v0.120's pull loop
(without its later retries), the errors behind the OAuth proxy, `History query failed`'s
fields (its slog form is the checked one) and the reverse proxy's std-log line.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
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


# ------------------------------------------------------------------ go-kit logfmt (promlog)


def kit_ts(t: datetime) -> str:
    """promlog's `ts`: UTC to the millisecond."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def lq(v: object) -> str:
    """go-logfmt's value: quoted (with `\\"`, `\\\\`, `\\n`, `\\t` escapes) when it holds a space,
    `=`, `"` or a control byte, bare otherwise (an empty string writes nothing)."""
    s = v if isinstance(v, str) else str(v)
    if any(c <= " " or c in '="' for c in s):
        esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
        return '"' + "".join(esc.get(c, c) for c in s) + '"'
    return s


def kit(caller: str, level: str, pairs: list[tuple[str, object]]) -> Callable[[datetime], str]:
    """A go-kit logfmt record as promlog writes it: `ts`, `caller`, `level`, then the logger's
    context and the call's keys in order."""

    def text(x: datetime) -> str:
        body = "".join(f" {k}={lq(v)}" for k, v in pairs)
        return f"ts={kit_ts(x)} caller={caller} level={level}{body}"

    return text


# ------------------------------------------------------------------------- node_exporter

NE_UNIT = "node_exporter.service - Prometheus Node Exporter"
NE_V17 = (
    "(version=1.7.0, branch=HEAD, revision=7333465abf9efba81876303bb57e6fadb946041b)",
    "(go=go1.21.4, platform=linux/amd64, user=root@35918982f6d8, date=20231112-23:53:35, tags=netgo osusergo static_build)",
)
NE_V18 = (
    "(version=1.8.1, branch=HEAD, revision=400c3979931613db930ea035f39ce7b377cdbb5b)",
    "(go=go1.22.3, platform=linux/amd64, user=root@7f5e7e2c2bc7, date=20240521-18:36:22, tags=unknown)",
)
NE_COLLECTORS_17 = [
    "arp",
    "bcache",
    "bonding",
    "btrfs",
    "conntrack",
    "cpu",
    "cpufreq",
    "diskstats",
    "dmi",
    "edac",
    "entropy",
    "fibrechannel",
    "filefd",
    "filesystem",
    "hwmon",
    "infiniband",
    "ipvs",
    "loadavg",
    "mdadm",
    "meminfo",
    "netclass",
    "netdev",
    "netstat",
    "nfs",
    "nfsd",
    "nvme",
    "os",
    "powersupplyclass",
    "pressure",
    "rapl",
    "schedstat",
    "selinux",
    "sockstat",
    "softnet",
    "stat",
    "tapestats",
    "textfile",
    "thermal_zone",
    "time",
    "timex",
    "udp_queues",
    "uname",
    "vmstat",
    "xfs",
    "zfs",
]
NE_COLLECTORS_18 = sorted([*NE_COLLECTORS_17, "watchdog"])
NE_MP_EXCLUDE = (
    "^/(dev|proc|run/credentials/.+|sys|var/lib/docker/.+|var/lib/containers/storage/.+)($|/)"
)
NE_FS_EXCLUDE = "^(autofs|binfmt_misc|bpf|cgroup2?|configfs|debugfs|devpts|devtmpfs|fusectl|hugetlbfs|iso9660|mqueue|nsfs|overlay|proc|procfs|pstore|rpc_pipefs|securityfs|selinuxfs|squashfs|erofs|sysfs|tracefs)$"
NE_OLD_MP = "^/(sys|proc|dev|run|var/lib/docker)($|/)"
NE_OLD_FS = "^(sys|proc|auto|cgroup|devpts|ns|au|fuse.lxc|mqueue)(fs|)$"
NE_DISK_EXCLUDE = "^(ram|loop|fd|(h|s|v|xv)d[a-z]|nvme\\d+n\\d+p)\\d+$"
# host: (address, node_exporter pid at 06:00, version)
NE_HOSTS = {
    "app-01": ("10.20.1.11", 1184, NE_V17),
    "app-02": ("10.20.1.12", 1179, NE_V18),
    "backup-01": ("10.20.3.31", 0, NE_V18),
    "db-01": ("10.20.2.21", 1192, NE_V18),
    "db-02": ("10.20.2.22", 1188, NE_V18),
}
NE_PROMS = ["10.20.0.5", "10.20.0.6"]
NE_TEXTFILE_DIR = "/var/lib/node_exporter/textfile_collector"


def node_exporter(r: random.Random) -> list[Log]:
    """Five hosts' `journalctl -u node_exporter`, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pids = {h: v[1] for h, v in NE_HOSTS.items()}

    def J(h: str, t: datetime, label: str | None, body: Callable[[datetime], str]) -> datetime:
        pid = pids[h]
        return fs.add(
            f"{h}.log",
            t,
            label,  # type: ignore[arg-type]
            lambda x: [f"{x:%b %d %H:%M:%S} {h} node_exporter[{pid}]: {body(x)}"],
            (h, pid),
            MS,
        )

    def K(
        h: str,
        t: datetime,
        label: str,
        caller: str,
        level: str,
        pairs: list[tuple[str, object]],
    ) -> datetime:
        return J(h, t, label, kit(caller, level, pairs))

    def sysd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M:%S} {h} systemd[1]: {msg}"],
            (h, "systemd"),
            SEC,
        )

    def boot(h: str, t: datetime) -> None:
        fs.add(f"{h}.log", t, None, lambda x: [f"-- Boot {hexid(r, 32)} --"], (h, "boot"), MS)  # type: ignore[arg-type]

    def cpu_time() -> str:
        m, s = divmod(r.uniform(20, 400), 60)
        return f"{int(m)}min {s:.3f}s" if m else f"{s:.3f}s"

    def startup(
        h: str,
        t: datetime,
        version: tuple[str, str],
        *,
        root: bool = False,
        deprecated: bool = False,
        systemd: bool = False,
        bind_error: bool = False,
    ) -> datetime:
        v18 = version is NE_V18
        ln = (193, 194, 196, 111, 118) if v18 else (192, 193, 195, 110, 117)
        t = K(
            h,
            t,
            "Starting node_exporter",
            f"node_exporter.go:{ln[0]}",
            "info",
            [("msg", "Starting node_exporter"), ("version", version[0])],
        )
        t = K(
            h,
            t + sec(0.0002),
            "Build context",
            f"node_exporter.go:{ln[1]}",
            "info",
            [("msg", "Build context"), ("build_context", version[1])],
        )
        if root:
            t = K(
                h,
                t + sec(0.0001),
                "Node Exporter is running as root user. This exporter is designed to run as unprivileged user, root is not required.",
                f"node_exporter.go:{ln[2]}",
                "warn",
                [
                    (
                        "msg",
                        "Node Exporter is running as root user. This exporter is designed to run as unprivileged user, root is not required.",
                    )
                ],
            )
        # the collectors are built from a map: their flag lines come in any order
        blocks: list[list[tuple[str, str, str, list[tuple[str, object]]]]] = []
        fsb: list[tuple[str, str, str, list[tuple[str, object]]]] = []
        if deprecated:
            for old, new, caller in [
                ("ignored-mount-points", "mount-points-exclude", "filesystem_common.go:85"),
                ("ignored-fs-types", "fs-types-exclude", "filesystem_common.go:94"),
            ]:
                m = f"--collector.filesystem.{old} is DEPRECATED and will be removed in 2.0.0, use --collector.filesystem.{new}"
                fsb.append((m, caller, "warn", [("collector", "filesystem"), ("msg", m)]))
        mp = NE_OLD_MP if deprecated else NE_MP_EXCLUDE
        fst = NE_OLD_FS if deprecated else NE_FS_EXCLUDE
        fsb.append(
            (
                "Parsed flag --collector.filesystem.mount-points-exclude",
                "filesystem_common.go:111",
                "info",
                [
                    ("collector", "filesystem"),
                    ("msg", "Parsed flag --collector.filesystem.mount-points-exclude"),
                    ("flag", mp),
                ],
            )
        )
        fsb.append(
            (
                "Parsed flag --collector.filesystem.fs-types-exclude",
                "filesystem_common.go:113",
                "info",
                [
                    ("collector", "filesystem"),
                    ("msg", "Parsed flag --collector.filesystem.fs-types-exclude"),
                    ("flag", fst),
                ],
            )
        )
        blocks.append(fsb)
        blocks.append(
            [
                (
                    "Parsed flag --collector.diskstats.device-exclude",
                    "diskstats_common.go:111",
                    "info",
                    [
                        ("collector", "diskstats"),
                        ("msg", "Parsed flag --collector.diskstats.device-exclude"),
                        ("flag", NE_DISK_EXCLUDE),
                    ],
                )
            ]
        )
        if systemd:
            blocks.append(
                [
                    (
                        "Parsed flag --collector.systemd.unit-include",
                        "systemd_linux.go:99",
                        "info",
                        [
                            ("collector", "systemd"),
                            ("msg", "Parsed flag --collector.systemd.unit-include"),
                            ("flag", ".+"),
                        ],
                    ),
                    (
                        "Parsed flag --collector.systemd.unit-exclude",
                        "systemd_linux.go:101",
                        "info",
                        [
                            ("collector", "systemd"),
                            ("msg", "Parsed flag --collector.systemd.unit-exclude"),
                            ("flag", ".+\\.(automount|device|mount|scope|slice)"),
                        ],
                    ),
                ]
            )
        r.shuffle(blocks)
        for block in blocks:
            for label, caller, level, pairs in block:
                t = K(h, t + sec(r.uniform(0.0002, 0.0015)), label, caller, level, pairs)
        t = K(
            h,
            t + sec(r.uniform(0.0005, 0.002)),
            "Enabled collectors",
            f"node_exporter.go:{ln[3]}",
            "info",
            [("msg", "Enabled collectors")],
        )
        names = list(NE_COLLECTORS_18 if v18 else NE_COLLECTORS_17)
        if systemd:
            names = sorted([*names, "systemd"])
        for c in names:
            t = K(
                h,
                t + sec(r.uniform(0.00005, 0.0004)),
                "collector=%s",
                f"node_exporter.go:{ln[4]}",
                "info",
                [("collector", c)],
            )
        if bind_error:
            return K(
                h,
                t + sec(r.uniform(0.001, 0.003)),
                "listen tcp %s: bind: address already in use",
                "node_exporter.go:223",
                "error",
                [("err", "listen tcp :9100: bind: address already in use")],
            )
        tl = "tls_config.go:313" if v18 else "tls_config.go:274"
        t = K(
            h,
            t + sec(r.uniform(0.001, 0.003)),
            "Listening on",
            tl,
            "info",
            [("msg", "Listening on"), ("address", "[::]:9100")],
        )
        return K(
            h,
            t + sec(0.0001),
            "TLS is disabled.",
            "tls_config.go:316" if v18 else "tls_config.go:277",
            "info",
            [("msg", "TLS is disabled."), ("http2", "false"), ("address", "[::]:9100")],
        )

    def stop(h: str, t: datetime) -> datetime:
        t = sysd(h, t, "Stopping %s...", f"Stopping {NE_UNIT}...")
        t = sysd(
            h,
            t + sec(0.01),
            "Deactivated successfully.",
            "node_exporter.service: Deactivated successfully.",
        )
        t = sysd(h, t + sec(0.001), "Stopped %s.", f"Stopped {NE_UNIT}.")
        return sysd(
            h,
            t + sec(0.001),
            "Consumed %s CPU time.",
            f"node_exporter.service: Consumed {cpu_time()} CPU time.",
        )

    def started(h: str, t: datetime) -> datetime:
        pids[h] = pids[h] + r.randint(40, 9000)
        return sysd(h, t, "Started %s.", f"Started {NE_UNIT}.")

    phases = {(h, p): r.uniform(0, 30) for h in NE_HOSTS for p in NE_PROMS}

    def scrapes(h: str, t0: datetime, t1: datetime) -> list[tuple[datetime, str]]:
        """Both Prometheus replicas scrape every host every 30 s."""
        out = []
        for p in NE_PROMS:
            t = T0 + sec(phases[(h, p)])
            while t < t1:
                if t >= t0:
                    out.append((t + sec(r.uniform(0.0005, 0.006)), p))
                t += sec(30)
        return sorted(out)

    # --- backup-01: rebooted at 06:31 for a kernel update; its unit is an old role's (root, the
    # deprecated filesystem flags); the nightly restic script writes a broken restic.prom at
    # 06:36, fixed at 08:52
    h = "backup-01"
    boot(h, at(6, 31, 2.4))
    pids[h] = 801
    t = sysd(h, at(6, 31, 19), "Started %s.", f"Started {NE_UNIT}.")
    startup(h, t + sec(0.031), NE_V18, root=True, deprecated=True)
    for ts, _p in scrapes(h, at(6, 36, 11), at(8, 52, 40)):
        K(
            h,
            ts + sec(r.uniform(0.002, 0.02)),
            "failed to collect textfile data",
            "textfile.go:227",
            "error",
            [
                ("collector", "textfile"),
                ("msg", "failed to collect textfile data"),
                ("file", "restic.prom"),
                (
                    "err",
                    f'failed to parse textfile data from "{NE_TEXTFILE_DIR}/restic.prom": text format parsing error in line 7: expected float as value, got ""',
                ),
            ],
        )

    # --- db-01: an Ansible run at 08:30 makes the textfile directory 0700 root; fixed at 09:40
    h = "db-01"
    for ts, _p in scrapes(h, at(8, 30, 44), at(9, 40, 12)):
        K(
            h,
            ts + sec(r.uniform(0.001, 0.006)),
            "failed to read textfile collector directory",
            "textfile.go:211",
            "error",
            [
                ("collector", "textfile"),
                ("msg", "failed to read textfile collector directory"),
                ("path", NE_TEXTFILE_DIR),
                ("err", f"open {NE_TEXTFILE_DIR}: permission denied"),
            ],
        )

    # --- db-02: a disk of the RAID hot-swapped 09:10-09:48, its drivetemp sensor gone
    h = "db-02"
    for ts, _p in scrapes(h, at(9, 10, 31), at(9, 55, 5)):
        hw = r.choice(["hwmon5", "hwmon5", "hwmon6"])
        K(
            h,
            ts + sec(r.uniform(0.01, 0.09)),
            "collector failed",
            "collector.go:173",
            "error",
            [
                ("msg", "collector failed"),
                ("name", "hwmon"),
                ("duration_seconds", f"{r.uniform(0.0012, 0.0094):.9f}".rstrip("0")),
                ("err", f"open /sys/class/hwmon/{hw}/temp1_input: no such device or address"),
            ],
        )

    # --- app-02: a new `node-systemd` scrape job asks for collect[]=systemd from 10:05; an
    # engineer's test copy of node_exporter on :9100 makes the restart at 10:16 fail (five
    # tries, then the start limit); the copy killed and the unit started at 10:29 with the
    # systemd collector; two cron scripts write the same metric 11:02-11:58
    h = "app-02"
    for ts, p in scrapes(h, at(10, 5, 12), at(10, 16, 30)):
        if p != NE_PROMS[0] and r.random() < 0.5:
            continue
        K(
            h,
            ts + sec(r.uniform(0.0002, 0.001)),
            "Couldn't create filtered metrics handler:",
            "node_exporter.go:84",
            "warn",
            [
                ("msg", "Couldn't create filtered metrics handler:"),
                ("err", "couldn't create collector: disabled collector: systemd"),
            ],
        )
    t = stop(h, at(10, 16, 41))
    for attempt in range(1, 6):
        t = started(h, t + sec(0.004 if attempt == 1 else 0.003))
        t = startup(h, t + sec(r.uniform(0.02, 0.04)), NE_V18, systemd=True, bind_error=True)
        t = sysd(
            h,
            t + sec(0.01),
            "Main process exited, code=%s, status=%i/%s",
            "node_exporter.service: Main process exited, code=exited, status=1/FAILURE",
        )
        t = sysd(
            h,
            t + sec(0.001),
            "Failed with result '%s'.",
            "node_exporter.service: Failed with result 'exit-code'.",
        )
        t = sysd(
            h,
            t + sec(1.0),
            "Scheduled restart job, restart counter is at %u.",
            f"node_exporter.service: Scheduled restart job, restart counter is at {attempt}.",
        )
        t = sysd(h, t + sec(0.001), "Stopped %s.", f"Stopped {NE_UNIT}.")
    t = sysd(
        h,
        t + sec(0.001),
        "Start request repeated too quickly.",
        "node_exporter.service: Start request repeated too quickly.",
    )
    t = sysd(
        h,
        t + sec(0.001),
        "Failed with result '%s'.",
        "node_exporter.service: Failed with result 'exit-code'.",
    )
    sysd(h, t + sec(0.001), "Failed to start %s.", f"Failed to start {NE_UNIT}.")
    t = started(h, at(10, 29, 3))
    startup(h, t + sec(0.028), NE_V18, systemd=True)
    dup = 'collected metric "cron_job_last_success_timestamp_seconds" {{ label:{{name:"job" value:"{job}"}} gauge:{{value:{v}}}}} was collected before with the same name and label values'
    for ts, _p in scrapes(h, at(10, 48, 20), at(11, 58, 10)):
        jobs = ["logrotate"] if ts < at(11, 31) else ["logrotate", "certbot-renew"]
        errs = [
            "[from Gatherer #2] " + dup.format(job=j, v=v)
            for j, v in [("logrotate", "1.717740003e+09"), ("certbot-renew", "1.717741802e+09")][
                : len(jobs)
            ]
        ]
        n = len(errs)
        msg = f"error gathering metrics: {n} error(s) occurred:" + "".join("\n* " + e for e in errs)
        # the multierror's list is one value: its items' format is labelled once, whatever
        # their number
        label = "error gathering metrics: %d error(s) occurred:\\n* [from Gatherer #%d] collected metric %q { %s} was collected before with the same name and label values"
        K(h, ts + sec(r.uniform(0.02, 0.06)), label, "stdlib.go:105", "error", [("msg", msg)])

    # --- app-01: a runaway batch job saturates the CPUs 10:31-10:47 (scrapes time out); the
    # upgrade to 1.8.1 at 10:50
    h = "app-01"
    for ts, p in scrapes(h, at(10, 31, 5), at(10, 47, 30)):
        if r.random() < 0.55:
            port = r.randint(33000, 60999)
            tail = "broken pipe"
            K(
                h,
                ts + sec(r.uniform(10.0, 10.4)),
                f"error encoding and sending metric family: write tcp %s->%s: write: {tail}",
                "stdlib.go:105",
                "error",
                [
                    (
                        "msg",
                        f"error encoding and sending metric family: write tcp 10.20.1.11:9100->{p}:{port}: write: {tail}",
                    )
                ],
            )
    t = stop(h, at(10, 50, 14))
    t = started(h, t + sec(0.71))
    startup(h, t + sec(0.027), NE_V18)
    return fs.logs(T0)


# ------------------------------------------------------------------------- snmp_exporter

SE_VERSION = "(version=0.26.0, branch=HEAD, revision=c0a3c3f3a5f6d4d1e7b1c6b2f7a9e3d4b8c1f2a6)"
SE_BUILD = "(go=go1.22.3, platform=linux/amd64, user=root@5d2d8f1a9c3e, date=20240521-12:46:09, tags=unknown)"
SE_PROMS = ["10.0.8.15", "10.0.8.16"]
# module: (get OIDs, walked subtrees)
SE_MODULES = {
    "if_mib": (["1.3.6.1.2.1.1.3.0"], ["1.3.6.1.2.1.2", "1.3.6.1.2.1.31.1.1"]),
    "apcups": (
        [
            "1.3.6.1.4.1.318.1.1.1.1.1.1.0",
            "1.3.6.1.4.1.318.1.1.1.2.2.1.0",
            "1.3.6.1.4.1.318.1.1.1.7.2.4.0",
        ],
        ["1.3.6.1.4.1.318.1.1.1.2.2", "1.3.6.1.4.1.318.1.1.1.4.2"],
    ),
    "raritan": (
        [],
        [
            "1.3.6.1.4.1.13742.6.3.2.3.1",
            "1.3.6.1.4.1.13742.6.5.2.3.1",
            "1.3.6.1.4.1.13742.6.5.4.3.1",
        ],
    ),
}


def snmp_exporter(r: random.Random) -> list[Log]:
    """Two sites' snmp_exporter containers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    gen = {"dc1": 0, "dc2": 0}

    def K(
        site: str,
        t: datetime,
        label: str,
        caller: str,
        level: str,
        pairs: list[tuple[str, object]],
    ) -> datetime:
        return fs.add(
            f"snmp-exporter-{site}.log",
            t,
            label,
            lambda x: [kit(caller, level, pairs)(x)],
            (site, gen[site]),
            MS,
        )

    def start(site: str, t: datetime) -> datetime:
        gen[site] += 1
        t = K(
            site,
            t,
            "Starting snmp_exporter",
            "main.go:213",
            "info",
            [("msg", "Starting snmp_exporter"), ("version", SE_VERSION), ("concurrency", 1)],
        )
        t = K(
            site,
            t + sec(0.0001),
            "build_context=%s",
            "main.go:214",
            "info",
            [("build_context", SE_BUILD)],
        )
        t = K(
            site,
            t + sec(r.uniform(0.25, 0.6)),
            "Listening on",
            "tls_config.go:313",
            "info",
            [("msg", "Listening on"), ("address", "[::]:9116")],
        )
        return K(
            site,
            t + sec(0.0001),
            "TLS is disabled.",
            "tls_config.go:316",
            "info",
            [("msg", "TLS is disabled."), ("http2", "false"), ("address", "[::]:9116")],
        )

    def polls(t0: datetime, t1: datetime, phase: float) -> list[tuple[datetime, str]]:
        out = []
        for i, p in enumerate(SE_PROMS):
            for t in every(r, t0 + sec((phase + 23.7 * i) % 60), t1, 60, 0.004):
                out.append((t, p))
        return sorted(out)

    def scrape_error(site: str, t: datetime, auth: str, target: str, module: str, err: str) -> None:
        K(
            site,
            t,
            "Error scraping target",
            "collector.go:403",
            "info",
            [
                ("auth", auth),
                ("target", target),
                ("worker", 0),
                ("module", module),
                ("msg", "Error scraping target"),
                ("err", err),
            ],
        )

    # dc1: the container restarted at 07:05 with the host's patching (`docker restart`: the
    # same container, its earlier lines kept)
    start("dc1", at(7, 5, 38.2))
    # a decommissioned access switch still in the file_sd targets
    for t, _p in polls(T0, T_END, 17.3):
        if at(7, 5, 10) <= t < at(7, 5, 40):
            continue
        scrape_error(
            "dc1",
            t + sec(r.uniform(6.0, 6.2)),
            "public_v2",
            "10.10.14.2",
            "if_mib",
            "error walking target 10.10.14.2: request timeout (after 3 retries)",
        )
    # ups-02's firmware upgraded at 08:14 with a new SNMPv3 password; the auth fixed at 11:02
    for t, _p in polls(at(8, 14, 40), at(11, 2, 30), 41.1):
        scrape_error(
            "dc1",
            t + sec(r.uniform(0.004, 0.02)),
            "apc_v3",
            "10.10.1.52",
            "apcups",
            "error getting target 10.10.1.52: incoming packet is not authentic, discarding",
        )
    # dc2's core switch overloaded 09:31-10:02: walks outlive Prometheus's 10 s timeout
    for t, _p in polls(at(9, 31, 20), at(10, 2, 10), 5.8):
        if r.random() < 0.8:
            took = r.uniform(9.78, 9.93)
            scrape_error(
                "dc2",
                t + sec(took),
                "public_v2",
                "10.20.0.1",
                "if_mib",
                f"scrape canceled after {took:.9f}".rstrip("0")
                + "s (possible timeout) walking target 10.20.0.1",
            )
    # a PDU added to the targets with a typo in its name, 09:05-10:10
    for t, _p in polls(at(9, 5, 33), at(10, 10, 12), 33.3):
        K(
            "dc2",
            t + sec(r.uniform(0.002, 0.009)),
            "Error connecting to target",
            "collector.go:472",
            "info",
            [
                ("auth", "public_v2"),
                ("target", "pdu-r12.dc2.corp.example"),
                ("worker", 0),
                ("msg", "Error connecting to target"),
                (
                    "err",
                    "error connecting to target pdu-r12.dc2.corp.example: dial udp: lookup pdu-r12.dc2.corp.example on 127.0.0.11:53: no such host",
                ),
            ],
        )
    # 10:31 dc2 restarted at debug to see the core switch's walks, back to info at 10:33:52
    t = start("dc2", at(10, 31, 17.4))
    dbg_end = at(10, 33, 49)
    targets = [
        ("10.20.0.1", "if_mib", "public_v2"),
        ("10.20.0.2", "if_mib", "public_v2"),
        ("10.20.0.3", "if_mib", "public_v2"),
    ]
    targets += [(f"10.20.10.{i}", "if_mib", "public_v2") for i in range(1, 13)]
    targets += [("10.20.1.51", "apcups", "apc_v3"), ("10.20.1.52", "apcups", "apc_v3")]
    targets += [(f"10.20.1.{60 + i}", "raritan", "public_v2") for i in range(1, 7)]
    old_ups = "10.20.1.52"
    for target, module, auth in targets:
        slow = 6.0 if target == "10.20.0.1" else 1.0
        for ts, _p in polls(t + sec(1), dbg_end, r.uniform(0, 60)):
            ctx: list[tuple[str, object]] = [("auth", auth), ("target", target)]
            wctx = [*ctx, ("worker", 0)]
            mctx = [*wctx, ("module", module)]
            x = K(
                "dc2",
                ts,
                "Sent module to worker",
                "collector.go:499",
                "debug",
                [*ctx, ("msg", "Sent module to worker"), ("module", module)],
            )
            x0 = x = K(
                "dc2",
                x + sec(0.00003),
                "Starting scrape",
                "collector.go:478",
                "debug",
                [*mctx, ("msg", "Starting scrape")],
            )
            gets, walks = SE_MODULES[module]
            if gets:
                x = K(
                    "dc2",
                    x + sec(0.0001),
                    "Getting OIDs",
                    "gosnmp.go:66",
                    "debug",
                    [*wctx, ("msg", "Getting OIDs"), ("oids", "unsupported value type")],
                )
                d = r.uniform(0.0011, 0.0046) * slow
                x = K(
                    "dc2",
                    x + sec(d),
                    "Get of OIDs completed",
                    "gosnmp.go:77",
                    "debug",
                    [
                        *wctx,
                        ("msg", "Get of OIDs completed"),
                        ("oids", "unsupported value type"),
                        ("duration_seconds", f"{d * 1000:.6f}ms"),
                    ],
                )
                if target == old_ups:
                    x = K(
                        "dc2",
                        x + sec(0.00002),
                        "OID not supported by target",
                        "collector.go:179",
                        "debug",
                        [
                            *mctx,
                            ("msg", "OID not supported by target"),
                            ("oids", ".1.3.6.1.4.1.318.1.1.1.7.2.4.0"),
                        ],
                    )
            for w in walks:
                x = K(
                    "dc2",
                    x + sec(0.00004),
                    "Walking subtree",
                    "gosnmp.go:84",
                    "debug",
                    [*wctx, ("msg", "Walking subtree"), ("oid", w)],
                )
                d = r.uniform(0.018, 0.16) * slow
                x = K(
                    "dc2",
                    x + sec(d),
                    "Walk of subtree completed",
                    "gosnmp.go:101",
                    "debug",
                    [
                        *wctx,
                        ("msg", "Walk of subtree completed"),
                        ("oid", w),
                        ("duration_seconds", f"{d * 1000:.6f}ms"),
                    ],
                )
            took = (x - x0).total_seconds() + r.uniform(0.0005, 0.003)
            K(
                "dc2",
                x + sec(took - (x - x0).total_seconds()),
                "Finished scrape",
                "collector.go:482",
                "debug",
                [*mctx, ("msg", "Finished scrape"), ("duration_seconds", f"{took:.9f}")],
            )
    start("dc2", at(10, 33, 52.6))
    # the generator's output pushed by Ansible and reloaded (/-/reload) on both sites
    for site in ["dc1", "dc2"]:
        off = 0.0 if site == "dc1" else 2.3
        K(
            site,
            at(8, 40, 11.2 + off),
            "Loaded config file",
            "main.go:245",
            "info",
            [("msg", "Loaded config file")],
        )
        K(
            site,
            at(11, 20, 4.8 + off),
            "Error reloading config",
            "main.go:242",
            "error",
            [
                ("msg", "Error reloading config"),
                (
                    "err",
                    "yaml: unmarshal errors:\n  line 38211: field max_repetition not found in type config.WalkParams",
                ),
            ],
        )
        K(
            site,
            at(11, 24, 37.5 + off),
            "Loaded config file",
            "main.go:245",
            "info",
            [("msg", "Loaded config file")],
        )
    return fs.logs(T0)


# --------------------------------------------------------------------------- pushgateway

PG_VERSION = "(version=1.8.0, branch=HEAD, revision=d3a8a6b2c0e2f5a8a5e76cd6c9f4a1ff1d3c4b2e)"
PG_BUILD = "(go=go1.22.2, platform=linux/amd64, user=root@9a1f0c3e7b2d, date=20240409-11:39:12, tags=unknown)"
PG_FILE = "/data/pushgateway.data"
PG_PROMS = ["10.42.1.23", "10.42.2.31"]
PG_HELP_OLD = "Unix time of the last successful ETL run."
PG_HELP_NEW = "Last successful run of the ETL job, as a Unix timestamp."


def go_g(v: float) -> str:
    """strconv.FormatFloat(v, 'g', -1, 64), as protobuf's text form writes a double: the
    shortest digits, %e when the exponent is below -4 or 6 and over."""
    for p in range(17):
        e = f"{v:.{p}e}"
        if float(e) == v:
            break
    mant, exp = e.split("e")
    x = int(exp)
    if x < -4 or x >= 6:
        return f"{mant}e{'-' if x < 0 else '+'}{abs(x):02d}"
    return repr(v).removesuffix(".0")


def kube_ts(r: random.Random, t: datetime) -> str:
    """The container runtime's time (RFC 3339 with nanoseconds, trailing zeros trimmed), a few
    microseconds after the program's own."""
    ns = f"{t.microsecond:06d}{r.randint(0, 999):03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{ns}" if ns else "") + "Z"


def pg_gauge(name: str, help_: str, groups: list[tuple[str, str, str]]) -> str:
    """A dto.MetricFamily's compact text form (its String())."""
    ms = "".join(
        f' metric:{{label:{{name:"instance" value:"{inst}"}} label:{{name:"job" value:"{job}"}} gauge:{{value:{v}}}}}'
        for job, inst, v in groups
    )
    return f'name:"{name}" help:"{help_}" type:GAUGE{ms}'


def pushgateway(r: random.Random) -> list[Log]:
    """The Pushgateway's two pods, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pods = ["prometheus-pushgateway-5d8f7b9c6-lq4zx", "prometheus-pushgateway-5d8f7b9c6-w7n2k"]
    swap = at(10, 2, 40)

    def K(
        t: datetime, label: str, caller: str, level: str, pairs: list[tuple[str, object]]
    ) -> datetime:
        pod = pods[0] if t < swap else pods[1]
        rt = sec(r.uniform(0.00002, 0.0002))
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"{kube_ts(r, x + rt)} {kit(caller, level, pairs)(x)}"],
            pod,
            MS,
        )

    def start(t: datetime, restore_err: str = "") -> datetime:
        t = K(
            t,
            "starting pushgateway",
            "main.go:86",
            "info",
            [("msg", "starting pushgateway"), ("version", PG_VERSION)],
        )
        t = K(
            t + sec(0.0001), "build_context=%s", "main.go:87", "info", [("build_context", PG_BUILD)]
        )
        t = K(
            t + sec(0.0001),
            "external URL",
            "main.go:88",
            "debug",
            [("msg", "external URL"), ("url", "")],
        )
        t = K(
            t + sec(0.0001),
            "path prefix used externally",
            "main.go:89",
            "debug",
            [("msg", "path prefix used externally"), ("path", "")],
        )
        t = K(
            t + sec(0.0001),
            "path prefix for internal routing",
            "main.go:90",
            "debug",
            [("msg", "path prefix for internal routing"), ("path", "")],
        )
        if restore_err:
            t = K(
                t + sec(r.uniform(0.01, 0.05)),
                "could not load persisted metrics",
                "diskmetricstore.go:100",
                "error",
                [("msg", "could not load persisted metrics"), ("err", restore_err)],
            )
        t = K(
            t + sec(r.uniform(0.03, 0.2)),
            "Listening on",
            "tls_config.go:313",
            "info",
            [("msg", "Listening on"), ("address", "[::]:9091")],
        )
        return K(
            t + sec(0.0001),
            "TLS is disabled.",
            "tls_config.go:316",
            "info",
            [("msg", "TLS is disabled."), ("http2", "false"), ("address", "[::]:9091")],
        )

    # pod 1 rescheduled at 05:59:51 from a node that crashed while writing the file
    start(at(5, 59, 51.3), "unexpected EOF")
    # persistence every 5 minutes (writes arrive every minute); the 1 Gi volume full from 07:41
    # (CI pipelines pushing one group per commit), until the volume is grown and the pod
    # restarted at 10:02
    full = (at(7, 41, 0), swap)
    t = at(6, 4, 52.1)
    while t < T_END:
        if swap - sec(20) <= t < swap + sec(300):
            t = swap + sec(301.7)
            continue
        if full[0] <= t < full[1]:
            K(
                t,
                "error persisting metrics",
                "diskmetricstore.go:141",
                "error",
                [
                    ("msg", "error persisting metrics"),
                    (
                        "err",
                        f"write {PG_FILE}.in_progress.{r.randint(10**8, 4 * 10**9)}: no space left on device",
                    ),
                ],
            )
        else:
            K(
                t + sec(r.uniform(0.03, 0.4)),
                "metrics persisted",
                "diskmetricstore.go:143",
                "info",
                [("msg", "metrics persisted"), ("file", PG_FILE)],
            )
        t += sec(300 + r.uniform(0.0, 1.2))
    # the rollout restart
    t = K(
        swap - sec(0.9),
        "received SIGINT/SIGTERM; exiting gracefully...",
        "main.go:243",
        "info",
        [("msg", "received SIGINT/SIGTERM; exiting gracefully...")],
    )
    t = K(
        t + sec(0.004),
        "HTTP server stopped",
        "main.go:209",
        "info",
        [("msg", "HTTP server stopped")],
    )
    K(
        t + sec(0.03),
        "problem shutting down metric storage",
        "main.go:213",
        "error",
        [
            ("msg", "problem shutting down metric storage"),
            (
                "err",
                f"write {PG_FILE}.in_progress.{r.randint(10**8, 4 * 10**9)}: no space left on device",
            ),
        ],
    )
    start(swap + sec(19.4))

    def gathers(t0: datetime, t1: datetime) -> list[datetime]:
        out = []
        for i in range(2):
            out += every(r, t0 + sec(4.1 + 7.3 * i), t1, 15, 0.01)
        return sorted(out)

    down = (swap - sec(1), swap + sec(22))
    # etl-inventory deployed at 07:48 with a new HELP text; the two other ETL jobs follow at 09:58
    etl = {
        "etl-orders": 1.717745403e9,
        "etl-customers": 1.717745112e9,
        "etl-inventory": 1.717746241e9,
    }
    for tg in gathers(at(7, 48, 31), at(9, 58, 12)):
        if in_any(tg, [down]):
            continue
        order = list(etl)
        r.shuffle(order)
        first = order[0]
        first_help = PG_HELP_NEW if first == "etl-inventory" else PG_HELP_OLD
        seen = [(first, "", go_g(etl[first] + 600 * ((tg - at(8, 0)).total_seconds() // 600)))]
        x = tg + sec(r.uniform(0.0002, 0.002))
        for job in order[1:]:
            help_ = PG_HELP_NEW if job == "etl-inventory" else PG_HELP_OLD
            grp = (job, "", go_g(etl[job] + 600 * ((tg - at(8, 0)).total_seconds() // 600)))
            if help_ != first_help:
                x = K(
                    x + sec(0.00005),
                    "metric families inconsistent help strings",
                    "diskmetricstore.go:126",
                    "info",
                    [
                        ("msg", "metric families inconsistent help strings"),
                        (
                            "err",
                            "Metric families have inconsistent help strings. The latter will have priority. This is bad. Fix your pushed metrics!",
                        ),
                        ("new", pg_gauge("etl_last_success_timestamp_seconds", help_, [grp])),
                        ("old", pg_gauge("etl_last_success_timestamp_seconds", first_help, seen)),
                    ],
                )
            seen.append(grp)
    # report-gen 2.4 (Python) pushes its own process_start_time_seconds 10:24-11:18
    for tg in gathers(at(10, 24, 8), at(11, 18, 40)):
        run = tg.replace(second=0, microsecond=0)
        K(
            tg + sec(r.uniform(0.0002, 0.002)),
            "metric families overlap",
            "diskmetricstore.go:136",
            "info",
            [
                ("msg", "metric families overlap"),
                (
                    "err",
                    "Metric family has the same name as a metric family used by the Pushgateway itself but it has a different help string. Changing it to the standard help string. This is bad. Fix your pushed metrics!",
                ),
                (
                    "metric_family",
                    pg_gauge(
                        "process_start_time_seconds",
                        "Start time of the report run in unix epoch seconds.",
                        [
                            (
                                "report-gen",
                                "rg-worker-1",
                                go_g(run.timestamp() - 60 * (run.minute % 5)),
                            )
                        ],
                    ),
                ),
                ("standard_help", "Start time of the process since unix epoch in seconds."),
            ],
        )
    # pushes refused by the consistency check
    for h in range(6, 12):
        tp = at(h, 15, r.uniform(2, 9))
        K(
            tp,
            "pushed metrics are invalid or inconsistent with existing metrics",
            "push.go:151",
            "error",
            [
                ("msg", "pushed metrics are invalid or inconsistent with existing metrics"),
                ("method", "PUT"),
                ("source", f"10.42.3.{r.randint(10, 60)}:{r.randint(33000, 60999)}"),
                ("err", "pushed metrics must not have timestamps"),
            ],
        )
    t = at(8, 31, 12)
    while t < at(11, 31):
        if not in_any(t, [down]):
            proj = r.choice(["billing-api", "billing-api", "storefront", "search-indexer"])
            v = r.uniform(90, 900)
            K(
                t,
                "pushed metrics are invalid or inconsistent with existing metrics",
                "push.go:151",
                "error",
                [
                    ("msg", "pushed metrics are invalid or inconsistent with existing metrics"),
                    ("method", "POST"),
                    (
                        "source",
                        f"10.42.{r.choice([4, 5])}.{r.randint(10, 200)}:{r.randint(33000, 60999)}",
                    ),
                    (
                        "err",
                        f'[from Gatherer #2] collected metric "ci_build_duration_seconds" {{ label:{{name:"branch" value:"main"}} label:{{name:"instance" value:""}} label:{{name:"job" value:"ci_pipeline"}} label:{{name:"project" value:"{proj}"}} untyped:{{value:{go_g(round(v, 1))}}}}} should be a Gauge',
                    ),
                ],
            )
        t += sec(r.uniform(180, 600))
    # a shell script's malformed push every 10 minutes, and two bad URLs
    t = at(6, 3, 0.6)
    while t < T_END:
        if not in_any(t, [down]):
            K(
                t + sec(r.uniform(0, 0.3)),
                "failed to parse text",
                "push.go:118",
                "debug",
                [
                    ("msg", "failed to parse text"),
                    ("source", f"10.42.3.{r.choice([17, 17, 22])}:{r.randint(33000, 60999)}"),
                    (
                        "err",
                        'text format parsing error in line 4: second HELP line for metric name "disk_usage_ratio"',
                    ),
                ],
            )
        t += sec(600 + r.uniform(-0.5, 0.5))
    for tu in [at(6, 20, 4.1), at(6, 20, 34.9), at(6, 21, 35.2)]:
        K(
            tu,
            "failed to parse URL",
            "push.go:60",
            "debug",
            [
                ("msg", "failed to parse URL"),
                ("url", "/instance"),
                ("err", 'odd number of components in label string "/instance"'),
            ],
        )
    for tj in [at(9, 2, 11.5), at(9, 2, 40.2)]:
        K(tj, "job name is required", "push.go:64", "debug", [("msg", "job name is required")])
    return fs.logs(T0)


# ------------------------------------------------------------------------- grafana-oncall

OC_TOKEN = "mB3kQ9xT7wYp2LrA4sVnE8cJd"
OC_RABBIT = "amqp://rabbitmq:**@oncall-rabbitmq.oncall.svc.cluster.local:5672//"
OC_ENGINE = "oncall-engine-6c9f8d7b5-h2x9k.log"
OC_CELERY = "oncall-celery-7d8b9c6f4-q8vzn.log"
T_CREATE = "apps.integrations.tasks.create_alertmanager_alerts"
T_DISTRIBUTE = "apps.alerts.tasks.distribute_alert.distribute_alert"
T_SIGNAL = "apps.alerts.tasks.distribute_alert.send_alert_create_signal"
T_BY_SOURCE = "apps.alerts.tasks.resolve_alert_group_by_source_if_needed.resolve_alert_group_by_source_if_needed"
T_ESCALATE = "apps.alerts.tasks.escalate_alert_group.escalate_alert_group"
T_NOTIFY = "apps.alerts.tasks.notify_user.notify_user_task"
T_PERFORM = "apps.alerts.tasks.notify_user.perform_notification"
T_USER_SIGNAL = "apps.alerts.tasks.notify_user.send_user_notification_signal"
T_GROUP_SIGNAL = "apps.alerts.tasks.send_alert_group_signal.send_alert_group_signal"
T_AUDIT = "apps.alerts.tasks.check_escalation_finished.check_escalation_finished_task"
T_ICAL = "apps.schedules.tasks.refresh_ical_files.start_refresh_ical_files"
T_ICAL_ONE = "apps.schedules.tasks.refresh_ical_files.refresh_ical_file"
# beat entries: (key, task, first run, period in seconds)
OC_BEAT = [
    ("send_cloud_heartbeat", "apps.oss_installation.tasks.send_cloud_heartbeat_task", 0.02, 180),
    ("restore_heartbeat_tasks", "apps.heartbeat.tasks.restore_heartbeat_tasks", 132.41, 600),
    ("check_escalations", T_AUDIT, 132.43, 600),
    ("start_refresh_ical_files", T_ICAL, 132.45, 600),
    (
        "process_failed_to_invoke_celery_tasks",
        "apps.base.tasks.process_failed_to_invoke_celery_tasks",
        132.47,
        600,
    ),
    (
        "start_sync_organizations",
        "apps.grafana_plugin.tasks.sync.start_sync_organizations",
        0.03,
        1800,
    ),
    (
        "check_maintenance_finished",
        "apps.alerts.tasks.maintenance.check_maintenance_finished",
        300.02,
        3600,
    ),
    (
        "start_cleanup_deleted_organizations",
        "apps.grafana_plugin.tasks.sync.start_cleanup_deleted_organizations",
        900.02,
        3600,
    ),
]
# the alert groups of the day, each from an Alertmanager alert of the other systems:
# (pk, public pk, fired, [updates], acknowledged (user, at) or None, resolved, on-call user)
OC_GROUPS = [
    (4461, "I8WQZ4TLN2KXR", at(6, 41, 30), [], (12, at(6, 44, 52)), at(8, 57, 10), 12),
    (4462, "IP3HV7YKC1MDS", at(7, 25, 40), [at(7, 45, 41)], (3, at(7, 29, 3)), at(10, 8, 30), 3),
    (4463, "IJ9RB2NWE6TFQ", at(7, 46, 40), [], (3, at(7, 49, 55)), at(10, 4, 12), 3),
    (4464, "IC5XM8GUA4PLH", at(8, 20, 10), [at(8, 40, 11)], (7, at(8, 22, 40)), at(11, 7, 20), 7),
    (4465, "IK1FS6DYQ9VBN", at(8, 35, 20), [at(9, 12, 40)], (7, at(8, 38, 31)), at(9, 45, 10), 7),
    (4466, "IT4ZE3HPW7RJC", at(9, 15, 30), [], (7, at(9, 17, 58)), at(10, 0, 20), 7),
    (4467, "IN6GA2VLX8SUK", at(9, 36, 10), [], (7, at(9, 44, 2)), at(10, 7, 5), 7),
    (4468, "IR8DK5BZM3YEW", at(10, 18, 5), [], None, at(10, 30, 40), 12),
    (
        4469,
        "IH2QC9TFN4AXP",
        at(10, 34, 0),
        [at(10, 39, 1)],
        (12, at(10, 37, 14)),
        at(10, 52, 30),
        12,
    ),
    (4470, "IL7WU1JRE5GMD", at(11, 12, 15), [], (3, at(11, 15, 40)), at(11, 41, 55), 3),
]
OC_DB_DOWN = (at(9, 12, 5), at(9, 13, 50))
OC_MQ_DOWN = (at(9, 40, 7.4), at(9, 41, 52))
OC_DB_TB = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.11/site-packages/django/db/backends/base/base.py", line 289, in ensure_connection',
    "    self.connect()",
    '  File "/usr/local/lib/python3.11/site-packages/django/utils/asyncio.py", line 26, in inner',
    "    return func(*args, **kwargs)",
    "           ^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/django/db/backends/base/base.py", line 270, in connect',
    "    self.connection = self.get_new_connection(conn_params)",
    "                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/django/db/backends/mysql/base.py", line 247, in get_new_connection',
    "    connection = Database.connect(**conn_params)",
    "                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/pymysql/connections.py", line 361, in __init__',
    "    self.connect()",
    '  File "/usr/local/lib/python3.11/site-packages/pymysql/connections.py", line 716, in connect',
    "    raise exc",
    "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'oncall-mariadb' ([Errno 111] Connection refused)\")",
    "",
    "The above exception was the direct cause of the following exception:",
    "",
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner',
    "    response = get_response(request)",
    "               ^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py", line 197, in _get_response',
    "    response = wrapped_callback(request, *callback_args, **callback_kwargs)",
    "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/etc/app/apps/integrations/views.py", line 79, in dispatch',
    '    alert_receive_channel = AlertReceiveChannel.objects.get(token=kwargs["alert_channel_key"])',
    "                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/django/db/models/manager.py", line 87, in manager_method',
    "    return getattr(self.get_queryset(), name)(*args, **kwargs)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/django/db/backends/base/base.py", line 289, in ensure_connection',
    "    self.connect()",
    "django.db.utils.OperationalError: (2003, \"Can't connect to MySQL server on 'oncall-mariadb' ([Errno 111] Connection refused)\")",
]
OC_MQ_TB = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py", line 340, in start',
    "    blueprint.start(self)",
    '  File "/usr/local/lib/python3.11/site-packages/celery/bootsteps.py", line 116, in start',
    "    step.start(parent)",
    '  File "/usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py", line 746, in start',
    "    c.loop(*c.loop_args())",
    '  File "/usr/local/lib/python3.11/site-packages/celery/worker/loops.py", line 97, in asynloop',
    "    next(loop)",
    '  File "/usr/local/lib/python3.11/site-packages/kombu/asynchronous/hub.py", line 373, in create_loop',
    "    cb(*cbargs)",
    '  File "/usr/local/lib/python3.11/site-packages/kombu/transport/base.py", line 248, in on_readable',
    "    reader(loop)",
    '  File "/usr/local/lib/python3.11/site-packages/kombu/transport/base.py", line 230, in _read',
    "    drain_events(timeout=0)",
    '  File "/usr/local/lib/python3.11/site-packages/amqp/connection.py", line 526, in drain_events',
    "    while not self.blocking_read(timeout):",
    "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/amqp/connection.py", line 531, in blocking_read',
    "    frame = self.transport.read_frame()",
    "            ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/amqp/transport.py", line 297, in read_frame',
    "    frame_header = read(7, True)",
    "                   ^^^^^^^^^^^^^",
    '  File "/usr/local/lib/python3.11/site-packages/amqp/transport.py", line 640, in _read',
    "    s = recv(n - len(rbuf))",
    "        ^^^^^^^^^^^^^^^^^^^",
    "ConnectionResetError: [Errno 104] Connection reset by peer",
]


def grafana_oncall(r: random.Random) -> list[Log]:
    """Grafana OnCall's engine and celery pods, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    ids = {"alert": 91230, "record": 150311}

    def E(
        t: datetime, label: str, logger: str, msg: str, tail: list[str] | None = None
    ) -> datetime:
        """An engine line through uwsgi's log encoder (a date before every line)."""
        more = list(tail or [])
        return fs.add(
            OC_ENGINE,
            t,
            label,
            lambda x: (
                [
                    f"{x:%Y-%m-%d %H:%M:%S} source=engine:app google_trace_id=none logger={logger} {msg}"
                ]
                + [f"{x:%Y-%m-%d %H:%M:%S} {m}" for m in more]
            ),
            "uwsgi",
            SEC,
        )

    def U(
        t: datetime, label: str, method: str, uri: str, status: int, lat: float, size: int, cl: int
    ) -> datetime:
        return fs.add(
            OC_ENGINE,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S} source=engine:uwsgi status={status} method={method} path={uri} latency={lat:.6f} google_trace_id=- protocol=HTTP/1.1 resp_size={size} req_body_size={cl}"
            ],
            "uwsgi",
            SEC,
        )

    def C(
        t: datetime,
        proc: object,
        worker: str,
        task: tuple[str, str],
        name: str,
        level: str,
        label: str,
        msg: str,
        tail: list[str] | None = None,
    ) -> datetime:
        more = list(tail or [])
        return fs.add(
            OC_CELERY,
            t,
            label,
            lambda x: (
                [
                    f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} source=engine:celery worker={worker} task_id={task[0]} task_name={task[1]} name={name} level={level} {msg}",
                    *more,
                ]
            ),
            proc,
            MS,
        )

    NOTASK = ("???", "???")
    TL = "apps.alerts.tasks.task_logger"

    def mq_down(t: datetime) -> bool:
        return OC_MQ_DOWN[0] <= t < OC_MQ_DOWN[1] + sec(1)

    def run(
        name: str,
        t: datetime,
        body: Callable[[datetime, Callable[..., datetime]], tuple[datetime, str, str]]
        | None = None,
        tid: str | None = None,
    ) -> str:
        """A task received by the MainProcess at `t` and run in a fresh pool process (max tasks
        per child is 1); `body(start, log)` logs the task's lines and returns its end, the
        return value's label and text."""
        tid = tid or uuid4(r)
        if mq_down(t):
            t = OC_MQ_DOWN[1] + sec(r.uniform(1.2, 3.0))
        t = C(
            t,
            "main",
            "MainProcess",
            NOTASK,
            "celery.worker.strategy",
            "INFO",
            "Task %s[%s] received",
            f"Task {name}[{tid}] received",
        )
        worker = f"@@{tid}@@"

        def log(x: datetime, name_: str, level: str, label: str, msg: str) -> datetime:
            return C(x, tid, worker, (tid, name), name_, level, label, msg)

        start = t + sec(r.uniform(0.004, 0.06))
        end, rlabel, rtext = (
            body(start, log) if body else (start + sec(r.uniform(0.003, 0.03)), "None", "None")
        )
        runtime = (end - start).total_seconds() + r.uniform(0.0008, 0.004)
        C(
            start + sec(runtime),
            tid,
            worker,
            (tid, name),
            "celery.app.trace",
            "INFO",
            f"Task %s[%s] succeeded in %ss: {rlabel}",
            f"Task {name}[{tid}] succeeded in {runtime!r}s: {rtext}",
        )
        return tid

    state: dict[int, dict[str, object]] = {}

    def acked(pk: int, t: datetime) -> bool:
        st = state[pk]
        a = st["ack"]
        return (a is not None and a[1] <= t) or st["resolved"] <= t  # type: ignore[index,operator]

    def user_signal(t: datetime) -> None:
        run(T_USER_SIGNAL, t)

    def perform(t: datetime, rec: int) -> None:
        def body(x: datetime, log: Callable[..., datetime]) -> tuple[datetime, str, str]:
            x = log(
                x,
                TL,
                "INFO",
                "perform_notification: log_record %s",
                f"perform_notification: log_record {rec}",
            )
            x = log(
                x + sec(r.uniform(0.003, 0.012)),
                TL,
                "INFO",
                "perform_notification: found record for %s",
                f"perform_notification: found record for {rec}",
            )
            return x + sec(r.uniform(0.25, 0.9)), "None", "None"

        run(T_PERFORM, t, body)

    def notify(t: datetime, pk: int, user: int, step: int) -> None:
        """notify_user_task for the user's policy: Slack, wait 5 minutes, Slack again."""
        nxt: list[tuple[datetime, int]] = []

        def body(x: datetime, log: Callable[..., datetime]) -> tuple[datetime, str, str]:
            if step > 0 and acked(pk, x):
                return (
                    x + sec(r.uniform(0.005, 0.02)),
                    "'Acknowledged, resolved, attached or wiped.'",
                    "'Acknowledged, resolved, attached or wiped.'",
                )
            if step in (0, 2):
                rec = ids["record"] = ids["record"] + r.randint(1, 9)
                ptid = uuid4(r)
                x += sec(r.uniform(0.02, 0.08))
                user_signal(x + sec(0.002))
                x = log(
                    x + sec(0.004),
                    TL,
                    "INFO",
                    "Created perform_notification task %s log_record=%s alert_group=%s",
                    f"Created perform_notification task {ptid} log_record={rec} alert_group={pk}",
                )
                perform(x + sec(r.uniform(0.01, 0.05)), rec)
                nxt.append((x + sec(5), step + 1))
            elif step == 1:
                x = log(
                    x + sec(r.uniform(0.01, 0.03)),
                    TL,
                    "INFO",
                    "notify_user_task: Waiting %s to notify user %s",
                    f"notify_user_task: Waiting 300.0 to notify user {user}",
                )
                nxt.append((x + sec(305), step + 1))
            else:
                user_signal(x + sec(0.03))
                x += sec(0.03)
            return x + sec(r.uniform(0.005, 0.02)), "None", "None"

        run(T_NOTIFY, t, body)
        for tn, s2 in nxt:
            notify(tn, pk, user, s2)

    def escalate(t: datetime, pk: int, step: int, tid: str | None = None) -> None:
        """The group's escalation chain: notify the on-call user from the schedule, wait 10
        minutes, notify the team lead, wait 15 minutes, notify the schedule again."""
        nxt: list[tuple[datetime, int, str]] = []

        def body(x: datetime, log: Callable[..., datetime]) -> tuple[datetime, str, str]:
            if acked(pk, x):
                m = "'Active escalation ID mismatch. Duplication or non-active escalation triggered. Active: %s'"
                return x + sec(r.uniform(0.004, 0.02)), m, m.replace("%s", "None")
            x = log(
                x,
                TL,
                "DEBUG",
                "Start escalate_alert_group for alert_group %s",
                f"Start escalate_alert_group for alert_group {pk}",
            )
            if step in (0, 2, 4):
                user = state[pk]["user"] if step != 2 else 3
                notify(x + sec(r.uniform(0.05, 0.2)), pk, user, 0)  # type: ignore[arg-type]
            x = log(
                x + sec(r.uniform(0.02, 0.09)),
                TL,
                "DEBUG",
                "end of transaction in escalate_alert_group for alert_group %s",
                f"end of transaction in escalate_alert_group for alert_group {pk}",
            )
            x = log(
                x + sec(r.uniform(0.002, 0.01)),
                TL,
                "DEBUG",
                "Finish escalate_alert_group for alert_group %s",
                f"Finish escalate_alert_group for alert_group {pk}",
            )
            if step >= 4:
                m = "'Alert lifecycle finished. OnCall will be silent about this incident from now. Escalation executed.'"
                return x + sec(0.003), m, m
            ntid = uuid4(r)
            delay = {0: 5, 1: 600, 2: 5, 3: 900}[step]
            nxt.append((x + sec(delay), step + 1, ntid))
            return (
                x + sec(0.003),
                "'Next escalation poked, id: %s Escalation executed.'",
                f"'Next escalation poked, id: {ntid} Escalation executed.'",
            )

        run(T_ESCALATE, t, body, tid)
        for tn, s2, ntid in nxt:
            escalate(tn, pk, s2, ntid)

    def alert_post(t: datetime, pk: int, first: bool, status: str) -> None:
        path = f"/integrations/v1/alertmanager/{OC_TOKEN}/"
        cl = r.randint(1400, 5200) if status == "firing" else r.randint(1300, 2100)
        down = in_any(t, [OC_DB_DOWN])
        t = E(
            t, "Start calculating latency for %s", "root", f"Start calculating latency for {path}"
        )
        lat = r.uniform(0.021, 0.09)
        code = 200
        if down:
            code = 500
            lat = r.uniform(1.0, 1.1)
            t = E(
                t + sec(1.0),
                "Cannot connect to database, assuming the request is not banned by default.",
                "engine.middlewares",
                "Cannot connect to database, assuming the request is not banned by default.",
            )
            t = E(
                t + sec(0.02),
                "Internal Server Error: %s",
                "django.request",
                f"Internal Server Error: {path}",
                OC_DB_TB,
            )
        t = E(
            t + sec(lat),
            f"POST /integrations/v1/alertmanager/%s/ {code}",
            "root",
            f"inbound latency={round(lat, 6)!r} status={code} method=POST path={path} user_agent=Alertmanager/0.27.0 content-length={cl} slow=0 integration_type=alertmanager integration_token={OC_TOKEN} ",
        )
        U(
            t + sec(0.002),
            f"POST /integrations/v1/alertmanager/%s/ {code}",
            "POST",
            path,
            code,
            lat + r.uniform(0.001, 0.004),
            145 if code == 500 else 2,
            cl,
        )
        if down:
            return
        aid = ids["alert"] = ids["alert"] + r.randint(1, 40)

        def create(x: datetime, log: Callable[..., datetime]) -> tuple[datetime, str, str]:
            x += sec(r.uniform(0.03, 0.12))
            run(T_DISTRIBUTE, x + sec(0.005), distribute)
            run(T_BY_SOURCE, x + sec(5.0))
            x = log(
                x + sec(0.002),
                "apps.integrations.tasks",
                "INFO",
                "Created alert %s for alert group %s",
                f"Created alert {aid} for alert group {pk}",
            )
            return x + sec(0.001), "None", "None"

        def distribute(x: datetime, log: Callable[..., datetime]) -> tuple[datetime, str, str]:
            x = log(
                x,
                TL,
                "DEBUG",
                "Start distribute_alert for alert %s from alert_group %s",
                f"Start distribute_alert for alert {aid} from alert_group {pk}",
            )
            run(T_SIGNAL, x + sec(0.003), signal)
            if first:
                escalate(x + sec(1.0), pk, 0)
            x = log(
                x + sec(r.uniform(0.005, 0.02)),
                TL,
                "DEBUG",
                "Finish distribute_alert for alert %s from alert_group %s",
                f"Finish distribute_alert for alert {aid} from alert_group {pk}",
            )
            return x, "None", "None"

        def signal(x: datetime, log: Callable[..., datetime]) -> tuple[datetime, str, str]:
            x = log(
                x,
                TL,
                "DEBUG",
                "Started send_alert_create_signal task  for alert %s",
                f"Started send_alert_create_signal task  for alert {aid}",
            )
            x = log(
                x + sec(r.uniform(0.2, 0.8)),
                TL,
                "DEBUG",
                "Finished send_alert_create_signal task for alert %s ",
                f"Finished send_alert_create_signal task for alert {aid} ",
            )
            return x, "None", "None"

        run(T_CREATE, t + sec(r.uniform(0.01, 0.05)), create)
        if status == "resolved":
            run(T_GROUP_SIGNAL, t + sec(r.uniform(0.3, 0.6)))

    for pk, public, fired, updates, ack, resolved, user in OC_GROUPS:
        state[pk] = {"ack": ack, "resolved": resolved, "user": user}
        alert_post(fired, pk, True, "firing")
        for tu in updates:
            alert_post(tu, pk, False, "firing")
            if in_any(tu, [OC_DB_DOWN]):
                for retry in (9.7, 31.4, 78.2):
                    tr = tu + sec(retry)
                    alert_post(tr, pk, False, "firing")
                    if not in_any(tr, [OC_DB_DOWN]):
                        break
        if ack is not None:
            who, ta = ack
            path = f"/api/internal/v1/alertgroups/{public}/acknowledge/"
            lat = r.uniform(0.08, 0.3)
            te = E(
                ta,
                "POST /api/internal/v1/alertgroups/%s/acknowledge/ 200",
                "root",
                f"inbound latency={round(lat, 6)!r} status=200 method=POST path={path} user_agent=Grafana/10.4.2 content-length=0 slow=0 user_id={who} org_id=1 org_slug=self_hosted_org ",
            )
            U(
                te + sec(0.002),
                "POST /api/internal/v1/alertgroups/%s/acknowledge/ 200",
                "POST",
                path,
                200,
                lat + 0.002,
                r.randint(3900, 4800),
                0,
            )
            run(T_GROUP_SIGNAL, ta + sec(r.uniform(0.1, 0.3)))
        alert_post(resolved, pk, False, "resolved")

    # the beat schedule and its tasks
    beat_start = at(5, 50, 0)
    for key, task, first, period in OC_BEAT:
        tb = beat_start + sec(first)
        while tb < T_END:
            if tb >= T0 and not mq_down(tb):
                C(
                    tb,
                    "beat",
                    "Beat",
                    NOTASK,
                    "celery.beat",
                    "INFO",
                    "Scheduler: Sending due task %s (%s)",
                    f"Scheduler: Sending due task {key} ({task})",
                )
                if task == T_AUDIT:

                    def audit(
                        x: datetime, log: Callable[..., datetime]
                    ) -> tuple[datetime, str, str]:
                        x = log(
                            x + sec(r.uniform(0.01, 0.04)),
                            TL,
                            "INFO",
                            "There are no alert groups to audit, everything is good :)",
                            "There are no alert groups to audit, everything is good :)",
                        )
                        x = log(
                            x + sec(0.001),
                            TL,
                            "INFO",
                            "There were no alert groups that failed auditing",
                            "There were no alert groups that failed auditing",
                        )
                        x = log(
                            x + sec(0.001),
                            TL,
                            "INFO",
                            "Skipping sending heartbeat as no heartbeat URL is configured",
                            "Skipping sending heartbeat as no heartbeat URL is configured",
                        )
                        return x, "None", "None"

                    run(task, tb + sec(r.uniform(0.005, 0.03)), audit)
                elif task == T_ICAL:

                    def ical(
                        x: datetime, log: Callable[..., datetime]
                    ) -> tuple[datetime, str, str]:
                        for i, sched in enumerate([4, 9]):
                            run(T_ICAL_ONE, x + sec(0.02 + 0.01 * i))
                            del sched
                        return x + sec(0.03), "None", "None"

                    run(task, tb + sec(r.uniform(0.005, 0.03)), ical)
                else:
                    run(task, tb + sec(r.uniform(0.005, 0.03)))
            tb += sec(period)

    # RabbitMQ restarted at 09:40
    t = C(
        OC_MQ_DOWN[0] + sec(0.31),
        "main",
        "MainProcess",
        NOTASK,
        "celery.worker.consumer.consumer",
        "WARNING",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        OC_MQ_TB,
    )
    n, wait = 1, 2
    t += sec(0.02)
    while t < OC_MQ_DOWN[1]:
        C(
            t,
            "main",
            "MainProcess",
            NOTASK,
            "celery.worker.consumer.consumer",
            "ERROR",
            "consumer: Cannot connect to %s: [Errno 111] Connection refused.\\nTrying again in %s seconds... (%s/%s)\\n",
            f"consumer: Cannot connect to {OC_RABBIT}: [Errno 111] Connection refused.",
            [f"Trying again in {wait:.2f} seconds... ({n}/100)", ""],
        )
        t += sec(wait + r.uniform(0.002, 0.01))
        n, wait = n + 1, min(wait + 2, 30)
    C(
        t,
        "main",
        "MainProcess",
        NOTASK,
        "celery.worker.consumer.connection",
        "INFO",
        "Connected to %s",
        f"Connected to {OC_RABBIT}",
    )
    logs = fs.logs(T0)
    # name each task's pool process in order of appearance (a fresh process per task)
    names: dict[str, str] = {}
    for log in logs:
        for i, (text, tid) in enumerate(log.lines):
            a = text.find("worker=@@")
            if a < 0:
                continue
            b = text.index("@@", a + 9)
            key = text[a + 9 : b]
            if key not in names:
                names[key] = f"ForkPoolWorker-{3841 + len(names)}"
            log.lines[i] = (text[:a] + "worker=" + names[key] + text[b + 2 :], tid)
    return logs


# ---------------------------------------------------------------------------------- karma

KA_VERSION = "v0.120"
# name, uri, version, silences, alert groups (low, high)
KA_AMS = [
    ("am-eu-1", "http://am-eu-1.corp.example:9093", "0.27.0", (11, 15), (18, 31)),
    ("am-eu-2", "http://am-eu-2.corp.example:9093", "0.27.0", (11, 15), (18, 31)),
    ("am-us-1", "http://am-us-1.corp.example:9093", "0.26.0", (2, 4), (4, 9)),
]
KA_US_DOWN = (at(11, 10, 4), at(11, 41, 30))
KA_EU2_PROXY = (at(7, 20, 12), at(7, 45, 50))


def zq(v: object) -> str:
    """zerolog's ConsoleWriter: a string field strconv.Quote'd when it holds a byte under 0x20
    or over 0x7e, a space, a backslash or a double quote."""
    if isinstance(v, dict):
        return json.dumps(v, separators=(",", ":"))
    s = v if isinstance(v, str) else str(v).lower() if isinstance(v, bool) else str(v)
    if isinstance(v, str) and any(c < " " or c > "~" or c in ' \\"' for c in s):
        return go_quote_str(s)
    return s


def go_quote_str(s: str) -> str:
    esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    return '"' + "".join(esc.get(c, c) for c in s) + '"'


def karma(r: random.Random) -> list[Log]:
    """karma's `docker logs`, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    gen = [0]

    def Z(
        t: datetime, label: str, level: str, msg: str, fields: dict[str, object], err: str = ""
    ) -> datetime:
        parts = ([f"error={zq(err)}"] if err else []) + [
            f"{k}={zq(v)}" for k, v in sorted(fields.items())
        ]
        tail = (" " + " ".join(parts)) if parts else ""
        return fs.add(
            "karma.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S} level={level} msg={go_quote_str(msg)}{tail}"],
            ("karma", gen[0]),
            SEC,
        )

    def std(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "karma.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"],
            ("karma", gen[0]),
            SEC,
        )

    def up(name: str, t: datetime) -> bool:
        return not (name == "am-us-1" and KA_US_DOWN[0] <= t < KA_US_DOWN[1])

    def pull(t: datetime) -> datetime:
        t = Z(
            t,
            "Pulling latest alerts and silences from Alertmanager",
            "info",
            "Pulling latest alerts and silences from Alertmanager",
            {},
        )
        ends = []
        for name, uri, ver, (slo, shi), (glo, ghi) in KA_AMS:
            x = Z(
                t + sec(r.uniform(0.0001, 0.002)),
                "Collecting alerts and silences",
                "info",
                "Collecting alerts and silences",
                {"alertmanager": name},
            )
            if not up(name, x):
                x = Z(
                    x + sec(r.uniform(0.001, 0.004)),
                    "Request failed",
                    "error",
                    "Request failed",
                    {"alertmanager": name, "uri": uri},
                    f'Get "{uri}/metrics": dial tcp 10.30.0.12:9093: connect: connection refused',
                )
                x = Z(
                    x + sec(r.uniform(0.001, 0.004)),
                    "Collection failed",
                    "error",
                    "Collection failed",
                    {"alertmanager": name},
                    f'Get "{uri}/api/v2/status": dial tcp 10.30.0.12:9093: connect: connection refused',
                )
                ends.append(x)
                continue
            if name == "am-eu-2" and KA_EU2_PROXY[0] <= x < KA_EU2_PROXY[1]:
                x = Z(
                    x + sec(r.uniform(0.01, 0.05)),
                    "Error while discovering version",
                    "error",
                    "Error while discovering version",
                    {"alertmanager": name},
                    "text format parsing error in line 1: invalid metric name",
                )
                x = Z(
                    x + sec(r.uniform(0.01, 0.05)),
                    "Collection failed",
                    "error",
                    "Collection failed",
                    {"alertmanager": name},
                    "invalid character '<' looking for beginning of value",
                )
                ends.append(x)
                continue
            x = Z(
                x + sec(r.uniform(0.003, 0.02)),
                "Upstream version",
                "info",
                "Upstream version",
                {"alertmanager": name, "version": ver},
            )
            ns = r.randint(slo, shi)
            d = r.uniform(0.004, 0.03)
            x = Z(
                x + sec(d),
                "Got silences",
                "info",
                "Got silences",
                {"alertmanager": name, "duration": f"{d:.9f}".rstrip("0"), "silences": ns},
            )
            x = Z(
                x + sec(0.0002),
                "Detecting ticket links in silences",
                "info",
                "Detecting ticket links in silences",
                {"alertmanager": name, "silences": ns},
            )
            ng = r.randint(glo, ghi)
            d = r.uniform(0.01, 0.09)
            x = Z(
                x + sec(d),
                "Collected alert groups",
                "info",
                "Collected alert groups",
                {"alertmanager": name, "duration": f"{d:.9f}".rstrip("0"), "groups": ng},
            )
            x = Z(
                x + sec(0.0001),
                "Deduplicating alert groups",
                "info",
                "Deduplicating alert groups",
                {"alertmanager": name, "groups": ng},
            )
            x = Z(
                x + sec(0.0005),
                "Processing deduplicated alert groups",
                "info",
                "Processing deduplicated alert groups",
                {"alertmanager": name, "groups": ng},
            )
            x = Z(
                x + sec(r.uniform(0.002, 0.01)),
                "Merging autocomplete hints",
                "info",
                "Merging autocomplete hints",
                {"alertmanager": name, "hints": ng * r.randint(5, 8) + r.randint(10, 40)},
            )
            ends.append(x)
        return Z(max(ends) + sec(0.001), "Collection completed", "info", "Collection completed", {})

    def startup(t: datetime) -> datetime:
        gen[0] += 1
        t = Z(
            t,
            "Reading configuration file",
            "info",
            "Reading configuration file",
            {"path": "/etc/karma/karma.yaml"},
        )
        t = Z(t + sec(0.0004), "Version: %s", "info", f"Version: {KA_VERSION}", {})
        for name, uri, _v, _s, _g in KA_AMS:
            t = Z(
                t + sec(0.0002),
                "Configured Alertmanager source",
                "info",
                "Configured Alertmanager source",
                {"name": name, "proxy": True, "readonly": False, "uri": uri},
            )
        t = Z(
            t + sec(0.0002),
            "Reading silence ACL config file",
            "info",
            "Reading silence ACL config file",
            {"path": "/etc/karma/acls.yaml"},
        )
        t = Z(t + sec(0.0004), "Parsed ACL rules", "info", "Parsed ACL rules", {"rules": 3})
        for name, *_ in KA_AMS:
            t = Z(
                t + sec(0.0003),
                "Setting up proxy endpoints",
                "info",
                "Setting up proxy endpoints",
                {"alertmanager": name},
            )
        t = Z(
            t + sec(0.002),
            "Initial Alertmanager collection",
            "info",
            "Initial Alertmanager collection",
            {},
        )
        t = pull(t + sec(0.0002))
        t = Z(
            t + sec(0.002), "Done, starting HTTP server", "info", "Done, starting HTTP server", {}
        )
        return Z(
            t + sec(0.0003),
            "Starting HTTP server",
            "info",
            "Starting HTTP server",
            {"address": "[::]:8080"},
        )

    # the container restarted at 09:05 for a new ACL file; a cycle every 5 minutes from start
    restart = at(9, 5, 11)
    gen[0] = 1
    t = T0 + sec(134.2)
    while t < restart:
        pull(t)
        t += sec(300 + r.uniform(0.05, 0.4))
    x = Z(restart, "Shutting down HTTP server", "info", "Shutting down HTTP server", {})
    Z(x + sec(0.004), "HTTP server shut down", "info", "HTTP server shut down", {})
    t = startup(restart + sec(1.8))
    t += sec(300 + r.uniform(0.05, 0.4))
    while t < T_END:
        pull(t)
        t += sec(300 + r.uniform(0.05, 0.4))
    # silences created through the proxy while am-us-1 is down; a developer's silences on the
    # production clusters refused by the ACL
    for tp in [at(11, 13, 48), at(11, 14, 22), at(11, 16, 5)]:
        std(
            tp,
            "http: proxy error: dial tcp %s: connect: connection refused",
            "http: proxy error: dial tcp 10.30.0.12:9093: connect: connection refused",
        )
    for tp, am in [
        (at(8, 12, 40), "am-eu-1"),
        (at(8, 13, 15), "am-eu-1"),
        (at(8, 13, 51), "am-eu-2"),
        (at(10, 44, 9), "am-eu-1"),
    ]:
        Z(
            tp,
            "Proxy request was blocked by ACL rule",
            "warn",
            "Proxy request was blocked by ACL rule",
            {
                "alertmanager": am,
                "method": "POST",
                "uri": f"/proxy/alertmanager/{am}/api/v2/silences",
            },
            "silence blocked by ACL rule: production silences must be created by the SRE on-call",
        )
    # alert history for the us alerts while prom-us-1 is down with its host
    hist: list[dict[str, str]] = [
        {"alertname": "AlertmanagerDown"},
        {"alertname": "NodeDown", "instance": "mon-us-1:9100"},
        {"alertname": "TargetDown", "job": "blackbox"},
    ]
    for g, labels in enumerate(hist):
        t = KA_US_DOWN[0] + sec(90 + 40 * g)
        while t < KA_US_DOWN[1]:
            Z(
                t,
                "History query failed",
                "error",
                "History query failed",
                {
                    "labels": labels,
                    "uri": "http://prom-us-1.corp.example:9090",
                    "worker": r.randint(1, 5),
                },
                'failed to query Prometheus for label names: Post "http://prom-us-1.corp.example:9090/api/v1/labels": dial tcp 10.30.0.21:9090: connect: connection refused',
            )
            t += sec(300 + r.uniform(5, 60))
    return fs.logs(T0)


SYSTEMS = {
    "node-exporter": node_exporter,
    "snmp-exporter": snmp_exporter,
    "pushgateway": pushgateway,
    "grafana-oncall": grafana_oncall,
    "karma": karma,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
