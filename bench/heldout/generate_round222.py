#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 222 (truenas-middlewared, zrepl, burp, lizardfs-master,
beegfs-mgmtd) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five storage and backup services, 06:00 to
12:00 on 2024-06-07.

- TrueNAS SCALE 24.04 middlewared (`nas01-middlewared.log`, `nas02-middlewared.log`: its
  RotatingFileHandler, `[%Y/%m/%d %H:%M:%S] (LEVEL) logger.funcName():lineno - message` with
  Python tracebacks on the lines after; `nas01-zettarepl.log`: the zettarepl logger's own file,
  `[date] LEVEL    [thread] [logger] message`): nas01 snapshots tank/home (19 datasets) and
  tank/projects every 15 minutes and tank/vm hourly, and pushes them to nas02 over SSH (`Scheduled
  tasks: %r`, `On %r creating recursive snapshot %r`, `Created %r`, paramiko's `Connected
  (version %s, client %s)`, `Pre-retention destroying snapshots: %r`, `For replication task %r:
  doing %s from %r to %r of snapshot=%r ...`, the retention thread's `Retention destroying local
  snapshots: %r` and `On %r for dataset %r destroying snapshots %r`); a monitoring integration
  calling `disk.temperature_agg` every 5 minutes and failing (`Exception while calling %s(*%s)`
  with a traceback); the ISP's DNS failing 07:12-07:48 (the `HasUpdate` alert source's chained
  traceback, the 07:20 cloud sync job's `Job %r failed: %r`); nas02 rebooted into an update
  08:41-08:55 (recoverable replication errors, `After recoverable error sleeping for %d seconds`,
  `Failed replication task %r after %d retries`, `Remote retention failed on %r: ...`, nas02's
  start-up with `Setting up periodic task %s to run every %s seconds`); nas02's pool full for the
  win11 disk at 10:00 and 11:00 (`For task %r unhandled replication error %r` with a traceback);
  the mail relay patched 09:50-10:40 (`Failed to send email: %s`, `Error in alert service %r`,
  `Sending message from queue failed`, each with a traceback); the B2 transaction cap at 11:20.
- zrepl 0.6.1 (`pve1-zrepl.log`, `pve2-zrepl.log`, `backup01-zrepl.log`: the stdout outlet with
  `format: human` and `time: true` as it lands in each host's syslog, `Jun  7 06:04:12 pve1
  zrepl[1843]: 2024-06-07T06:04:12+02:00 [INFO][job][subsystem][span]: message key="value"...`):
  two Proxmox hosts' push jobs snapshotting every 15 minutes (per filesystem the hook plan's `run
  pre-edges in configuration order`, `running callback`, `run post-edges ...` and the snapper's
  `end run job plan successful` with `fs=`, `snap=` and `report=` in Go's random map order), each
  invocation's `start replication`, `start pruning sender` / `finished ...`, `start pruning
  receiver` / `finished ...`, `wait for wakeups`; backup01 (the sink) rebooted 09:15-09:23
  (`context finished`, `job exiting`, `job exited`, `daemon exiting`, the version line, `starting
  job`, `starting daemon`) while the push jobs log `most recent error in this attempt`,
  `temporary connectivity-related error identified, start waiting for reconnect` and `reconnect
  successful`; a new VM disk's first full send on pve1 10:04-10:52 (`callback channel is full,
  discarding snapshot update event`); a receiver dataset modified on backup01 from 11:00 (`most
  recent error cannot be solved by reconnecting, aborting run`).
- burp 3.1.4 server (`burp-server.log`: its stdout, `%Y-%m-%d %H:%M:%S %z: burp[pid] message`,
  the main process and each forked child under its own pid): ten clients running `burp -a t` from
  cron every 30 minutes (the main process's `Connect from peer: %s:%d`, `%d/%d child processes
  running on %s %s`, `Child %d available`, `forked child on %s: %d`; the child's `auth ok for:
  %s%s`, `Server is using protocol=%d`, `Client supports being sent json counters.`, the timer
  script's output logged as `MESSAGE: %s` (`Running timer script: %s`, `In timeband: %s` / `Out of
  timeband: %s`, `Last backup: %s`, `Next after : %s (interval %s)`, `Not yet time for a backup of
  %s`, `%s < %s.`, `Do a backup of %s now.`, `No prior backup of %s`), `%s returned: %d`, `Not
  running backup of %s` / `Running backup of %s`, `deleting %s backup %lu`, `exit child`); a
  monitor on the status port every 5 minutes (`forked status child on %s: %d`); an old 2.2.18
  client's version warning; the morning rush filling max_children (`No spare children
  available.`, `Closing new connection.`); a long backup's next check (`Another instance of client
  is already running.`); a reinstalled mail server with a new password 08:00-09:45 (`password
  rejected for client %s`, `unable to authorise on server`).
- LizardFS 3.12 master (`lfs-master1-mfsmaster.log`, `lfs-master2-mfsmaster.log`: the mfsmaster
  lines of the active master's and the shadow master's /var/log/syslog): the compute nodes'
  autofs mounts closing (`connection with client(ip:%u.%u.%u.%u) has been closed by peer`);
  lfs-cs04 hanging at 07:12 (`chunkserver disconnected - ip: %s, port: %u, usedspace: ...`,
  `server ip: %s / port: %u has been fully removed from data structures`, `chunk %016lX has
  unexpected BUSY copies`, `Chunks unavailable in file %u: %s` for goal-1 files), the undergoal
  chunks' replication failing on lfs-cs02's bad disk and a busy lfs-cs05 (`(%s:%u) chunk:
  %016lX replication status: %s`), cs04 back at 08:44 (`chunkserver register begin/end ...`,
  `DEL_LIMIT temporary increased to: %u per server`, `chunk hasn't been deleted since previous
  loop - retry`, `DEL_LIMIT back to soft limit` / `decreased back to`); lfs-cs06's uplink lost
  at 09:31 (`connection with CS(%s) has been closed by peer`); the master restarted at 10:05
  (`terminate signal received`, `... module: closing %s:%s`, `metadata file %s read (...)`, `...
  module: listen on %s:%s`, `mfsmaster daemon initialized properly`, every chunkserver
  registering again; on the shadow `Master server is terminating; closing the connection...`,
  `connecting to Master`, `connection failed, error: %s`, `connected to Master`); two chunks left
  with stale copies from 10:40 (`chunk %016lX has only invalid copies (%d) - please repair it
  manually` and `chunk %016lX_%08X - invalid copy on (%s - ver:%08X)` every chunk loop); the
  shadow's `sessions downloaded %luB/%lu.%06lus (%.3f MB/s)` every minute.
- BeeGFS 7.4 management service (`beegfs-mgmtd.log`: its logStdFile, `(level) %b%d %X thread
  [context] >> message`, the context a LogContext's name or, for the LOG macro, `file.cpp:line`
  with its `key: value; ...` items after the message): 480 compute nodes rebooting into a health
  check after their jobs (`Node removed. node: %s`, `New node: %s; RDMA; Source: %s`), the login
  nodes remounting over TCP at 09:10 and a cloud burst partition of 120 nodes 07:30-11:40 (`New
  node: %s; Source: %s`, spot nodes reclaimed: `Node is not responding and will be removed. node:
  %s; remaining nodes: %d`); stor03 panicking at 08:10 (`No state report received from %s for %s
  seconds. Setting %s to probably-offline. ...` / `... to offline. ...`, `Storage target
  capacity pool assignment updated. ...; Pool: %s;  Reason: No capacity report received.`, `%s
  is coming online. ID: %s`, `...; Pool: %s.`); target 202 flapping between the Low and Normal
  pools 09:40-10:25; mgmtd restarted for the 7.4.3 update at 10:44 (the SIGTERM line, `Shutdown
  in progress: ...`, `All components stopped. Exiting now!`, `Loaded meta nodes.`, `Loaded ...
  : %s`, `Version: %s`, `LocalNode: %s`, `Usable NICs: %s`, `Notifying stored nodes...`, `Init
  complete.`, the pools assigned again); a reinstalled node's client config setting a TCP port
  11:18-11:52 (`Unable to register client because of wrong port. PortTCP: ...`).

Label notes. The heads are context: middlewared's date, level and `logger.funcName():lineno`,
zettarepl's date, level, thread and logger, the syslog heads and zrepl's RFC 3339 time, level
and `[job][subsystem][span]` prefixes, burp's time, zone and `burp[pid]`, BeeGFS's level, date,
thread and context. zrepl's fields (`key="value"`) and BeeGFS's LOG items after the message
(`node: ...; remaining nodes: ...`) are attributes: the message alone is the label. Python's
`%r` of a task, a snapshot, a shell or an exception is a value; a value that is a message of its
own contributes its format (burp's timer script's lines after `MESSAGE: `, zrepl's version
string); `recursive` / `non-recursive`, BeeGFS's `RDMA; ` and the capacity pool's reason (a
literal the call site passes) are words a branch picks: wording, separate labels. The LizardFS
status strings (`IO error`, `Timeout`), errno texts and enum names (a pool's name, a target
type) are values. A traceback, and a chained traceback's blank lines, continue their event.

Least sure (written from the helper's knowledge; checked against copies of the sources: zettarepl's
replication, retention and snapshot messages, middlewared's logger layout, job, alert, mail and
start-up messages, zrepl's formatter, hooks, snapper, active-side, driver and daemon messages,
burp's log layout, auth, main-process, run_action, backup, extra_comms and timer script lines,
LizardFS's matocsserv, chunks, file-test and shadow (masterconn) messages, BeeGFS's Logger layout,
LOG macro, registration, removal, heartbeat, auto-offline, capacity pool and App messages): the
line numbers in middlewared's heads and tracebacks and the frames of every traceback; the names
and intervals of the periodic tasks nas02 sets up; the application logger's name for `Exception
while calling`; the cloud sync errors' texts; zettarepl's thread and paramiko logger names; the
zrepl span ids' nesting and that the hook lines carry the `hook` subsystem in 0.6.1; whether
burp's status child runs extra_comms (its `Server is using protocol=%d` and json counters lines);
LizardFS's start-up lines not in the sources read (`metadata file %s read (...)`, `mfsmaster
daemon initialized properly`) and the `server ip:
... has been fully removed` wording; BeeGFS's `nodeTypeStr()` texts (`storage target`, `Storage
target`), `Usable NICs: ...` and the line numbers in its LOG contexts.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def py_tb(frames: list[tuple[str, int, str, str, str]], last: str) -> list[str]:
    """A Python 3.11 traceback: (file, line, function, source, carets) frames, then the
    exception line; carets may be empty."""
    out = ["Traceback (most recent call last):"]
    for f, n, fn, src, car in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        out.append(f"    {src}")
        if car:
            out.append(f"    {car}")
    out.append(last)
    return out


# ------------------------------------------------------------------------ truenas-middlewared

TN_VERSION = "TrueNAS-SCALE-24.04.1.1"
TN_USERS = [
    "alice",
    "bob",
    "carol",
    "dmitri",
    "erin",
    "farid",
    "gwen",
    "hiro",
    "ines",
    "jonas",
    "kemal",
    "lena",
    "marco",
    "nadia",
    "oskar",
    "priya",
]
TN_HOME = (
    ["tank/home"] + [f"tank/home/{u}" for u in TN_USERS] + ["tank/home/scratch", "tank/home/shared"]
)
TN_VM = ["tank/vm", "tank/vm/haos-disk0", "tank/vm/pbs-disk0", "tank/vm/win11-disk0"]
TN_PROJ = ["tank/projects"]
TN_LOCAL = "<Shell(<LocalTransport()>)>"
TN_SSH = "<SSH Transport(admin@10.20.0.12)>"
TN_SSH_SHELL = f"<Shell({TN_SSH})>"
TN_PY = "/usr/lib/python3/dist-packages"
TN_MW = f"{TN_PY}/middlewared"

# periodic tasks set up at start-up (name, interval): the names are the services' @periodic
# methods, the intervals their decorators'
TN_PERIODIC = [
    ("acme.dns.authenticator.check_renewal", 86400),
    ("alert.flush_alerts", 3600),
    ("alert.process_alerts", 60),
    ("auth.sessions.clean_expired", 600),
    ("certificate.cert_services_validation", 86400),
    ("cloudsync.sync_onedrive_token", 3600),
    ("disk.sync_all_zfs_guid", 86400),
    ("failover.check_disks", 3600),
    ("idmap.cache_refresh", 86400),
    ("ipmi.sel.periodic_check", 3600),
    ("kmip.sync_keys", 86400),
    ("mail.send_mail_queue", 600),
    ("network.general.summary_refresh", 3600),
    ("pool.dataset.sync_db_keys", 86400),
    ("pool.scrub.periodic_scrub_check", 3600),
    ("replication.flush_job_status", 300),
    ("reporting.netdata_health_check", 600),
    ("smart.test.results_refresh", 1800),
    ("system.general.ui_certificate_check", 86400),
    ("truecommand.health_check", 1800),
    ("update.download_if_available", 86400),
    ("usage.start", 86400),
    ("vm.device.refresh_available_gpus", 3600),
    ("zettarepl.flush_state", 3600),
]


def tn_snap(ds: str, name: str) -> str:
    return f"Snapshot(dataset='{ds}', name='{name}')"


def tn_target(ds: str) -> str:
    return ds.replace("tank/", "backup/nas01/", 1)


def tn_name(t: datetime) -> str:
    return f"auto-{t:%Y-%m-%d_%H-%M}"


def truenas(r: random.Random) -> list[Log]:
    """Two TrueNAS SCALE 24.04 systems: nas01 (the primary, its middlewared.log and zettarepl.log)
    pushing its periodic snapshots to nas02 (the backup target, its middlewared.log), 06:00 to
    12:00; see the module docstring for the incidents."""
    fs = Files()

    def mw(
        host: str,
        t: datetime,
        level: str,
        where: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{host}-middlewared.log",
            t,
            label,
            lambda x: [f"[{x:%Y/%m/%d %H:%M:%S}] ({level}) {where} - {msg}", *(more or [])],
            (host, "middlewared"),
            SEC,
        )

    def zr(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "nas01-zettarepl.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y/%m/%d %H:%M:%S}] {level:<8} [{thread}] [{logger}] {msg}",
                *(more or []),
            ],
            ("nas01", "zettarepl"),
            SEC,
        )

    L_SCHED = "Scheduled tasks: %r"
    L_CREATE = {
        True: "On %r creating recursive snapshot %r",
        False: "On %r creating non-recursive snapshot %r",
    }
    L_CREATED = "Created %r"
    L_CONN = "Connected (version %s, client %s)"
    L_AUTH = "Authentication (%s) successful!"
    L_PRERET = "Pre-retention destroying snapshots: %r"
    L_PUSH = "For replication task %r: doing %s from %r to %r of snapshot=%r incremental_base=%r receive_resume_token=%r encryption=%r"
    L_RETL = "Retention destroying local snapshots: %r"
    L_RETR = "Retention on %r destroying snapshots: %r"
    L_DESTROY = "On %r for dataset %r destroying snapshots %r"
    L_RECOV = "For task %r at attempt %d recoverable replication error %r"
    L_SLEEP = "After recoverable error sleeping for %d seconds"
    L_FAILED = "Failed replication task %r after %d retries"
    L_RETFAIL = "Remote retention failed on %r: error listing snapshots: %r"
    L_UNHANDLED = "For task %r unhandled replication error %r"

    nas02_down = (at(8, 41, 30), at(8, 55, 40))
    tasks = {
        # id: (root, datasets, recursive, lifetime_days, hourly)
        "task_1": ("tank/home", TN_HOME, True, 2, False),
        "task_2": ("tank/vm", TN_VM, True, 14, True),
        "task_3": ("tank/projects", TN_PROJ, False, 2, False),
    }
    last_sent: dict[str, datetime] = {"task_1": at(5, 45), "task_2": at(5, 0), "task_3": at(5, 45)}
    vm_stuck_from: dict[str, datetime] = {}

    def paramiko(t: datetime, thread: str) -> datetime:
        t = zr(
            t,
            "INFO",
            thread,
            f"zettarepl.paramiko.{thread}",
            L_CONN,
            "Connected (version 2.0, client OpenSSH_9.2p1)",
        )
        return zr(
            t + sec(r.uniform(0.1, 0.4)),
            "INFO",
            thread,
            f"zettarepl.paramiko.{thread}",
            L_AUTH,
            "Authentication (publickey) successful!",
        )

    def replicate(task: str, start: datetime, tick: datetime) -> None:
        _root, dss, _rec, _life, hourly = tasks[task]
        thread = f"replication_task__{task}"
        if in_any(start, [nas02_down]):
            t, sleep = start, 1
            err = "RecoverableReplicationError('Unable to connect to port 22 on 10.20.0.12')"
            for attempt in range(1, 6):
                if attempt > 1:
                    t = zr(
                        t + sec(0.01),
                        "INFO",
                        thread,
                        "zettarepl.replication.run",
                        L_SLEEP,
                        f"After recoverable error sleeping for {sleep} seconds",
                    )
                    t += sec(sleep)
                    sleep = min(sleep * 2, 60)
                t = zr(
                    t + sec(r.uniform(3.0, 3.2)),
                    "WARNING",
                    thread,
                    "zettarepl.replication.run",
                    L_RECOV,
                    f"For task '{task}' at attempt {attempt} recoverable replication error {err}",
                )
            zr(
                t + sec(0.01),
                "ERROR",
                thread,
                "zettarepl.replication.run",
                L_FAILED,
                f"Failed replication task '{task}' after 5 retries",
            )
            return
        t = paramiko(start, thread)
        t = zr(
            t + sec(r.uniform(0.5, 1.5)),
            "INFO",
            thread,
            "zettarepl.replication.pre_retention",
            L_PRERET,
            "Pre-retention destroying snapshots: []",
        )
        step = timedelta(hours=1) if hourly else timedelta(minutes=15)
        snaps = []
        s = last_sent[task] + step
        while s <= tick:
            snaps.append(s)
            s += step
        failed = False
        for ds in dss:
            base = last_sent[task]
            if ds == "tank/vm/win11-disk0" and ds in vm_stuck_from:
                base = vm_stuck_from[ds]
            ds_snaps = [x for x in snaps if x > base] or snaps
            for sn in ds_snaps:
                t = zr(
                    t
                    + sec(r.uniform(0.6, 2.5) if ds != "tank/vm/win11-disk0" else r.uniform(8, 30)),
                    "INFO",
                    thread,
                    "zettarepl.replication.run",
                    L_PUSH,
                    f"For replication task '{task}': doing push from '{ds}' to '{tn_target(ds)}' of snapshot='{tn_name(sn)}' incremental_base='{tn_name(base)}' receive_resume_token=None encryption=False",
                )
                if ds == "tank/vm/win11-disk0" and tick.hour in (10, 11):
                    vm_stuck_from.setdefault(ds, base)
                    rp = f"{TN_PY}/zettarepl"
                    tb = py_tb(
                        [
                            (
                                f"{rp}/replication/run.py",
                                181,
                                "run_replication_tasks",
                                "run_replication_task_part(replication_task, source_dataset, src_context, dst_context, observer)",
                                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                            ),
                            (
                                f"{rp}/replication/run.py",
                                278,
                                "run_replication_task_part",
                                "run_replication_steps(step_templates, observer)",
                                "",
                            ),
                            (
                                f"{rp}/replication/run.py",
                                636,
                                "run_replication_steps",
                                "replicate_snapshots(step_template, incremental_base, snapshots, encryption, observer)",
                                "",
                            ),
                            (
                                f"{rp}/replication/run.py",
                                717,
                                "replicate_snapshots",
                                "run_replication_step(step, observer)",
                                "",
                            ),
                            (
                                f"{rp}/replication/run.py",
                                797,
                                "run_replication_step",
                                "ReplicationProcessRunner(process, monitor).run()",
                                "",
                            ),
                            (
                                f"{rp}/replication/process_runner.py",
                                33,
                                "run",
                                "raise self.process_exception",
                                "",
                            ),
                            (
                                f"{rp}/replication/process_runner.py",
                                37,
                                "_wait_process",
                                "self.replication_process.wait()",
                                "",
                            ),
                            (
                                f"{rp}/transport/ssh.py",
                                159,
                                "wait",
                                "stdout = self.async_exec.wait()",
                                "^^^^^^^^^^^^^^^^^^^^^^",
                            ),
                            (
                                f"{rp}/transport/async_exec_tee.py",
                                104,
                                "wait",
                                "raise ExecException(exit_event.returncode, self.output)",
                                "",
                            ),
                        ],
                        "zettarepl.transport.interface.ExecException: cannot receive incremental stream: out of space",
                    )
                    zr(
                        t + sec(r.uniform(40, 90)),
                        "ERROR",
                        thread,
                        "zettarepl.replication.run",
                        L_UNHANDLED,
                        f"For task '{task}' unhandled replication error ExecException(1, 'cannot receive incremental stream: out of space\\n')",
                        tb,
                    )
                    failed = True
                    break
            if failed:
                break
        if not failed:
            last_sent[task] = tick

    def retention(start: datetime, tick: datetime, due: list[str]) -> None:
        olds = []
        for task in due:
            _root, dss, _rec, life, _h = tasks[task]
            old = tn_name(tick - timedelta(days=life))
            olds.extend((ds, old) for ds in dss)
        lst = "[" + ", ".join(tn_snap(ds, n) for ds, n in olds) + "]"
        t = zr(
            start,
            "INFO",
            "retention",
            "zettarepl.zettarepl",
            L_RETL,
            f"Retention destroying local snapshots: {lst}",
        )
        for ds, n in sorted(olds):
            t = zr(
                t + sec(r.uniform(0.3, 1.2)),
                "INFO",
                "retention",
                "zettarepl.snapshot.destroy",
                L_DESTROY,
                f"On {TN_LOCAL} for dataset '{ds}' destroying snapshots ['{n}']",
            )
        if in_any(t, [nas02_down]):
            zr(
                t + sec(r.uniform(3, 3.3)),
                "WARNING",
                "retention",
                "zettarepl.zettarepl",
                L_RETFAIL,
                f"Remote retention failed on {TN_SSH}: error listing snapshots: NoValidConnectionsError(None, 'Unable to connect to port 22 on 10.20.0.12')",
            )
            return
        t = paramiko(t + sec(0.3), "retention")
        remote = [(tn_target(ds), n) for ds, n in olds]
        rl = "[" + ", ".join(tn_snap(ds, n) for ds, n in remote) + "]"
        t = zr(
            t + sec(r.uniform(1, 3)),
            "INFO",
            "retention",
            "zettarepl.zettarepl",
            L_RETR,
            f"Retention on {TN_SSH} destroying snapshots: {rl}",
        )
        for ds, n in sorted(remote):
            t = zr(
                t + sec(r.uniform(0.4, 1.5)),
                "INFO",
                "retention",
                "zettarepl.snapshot.destroy",
                L_DESTROY,
                f"On {TN_SSH_SHELL} for dataset '{ds}' destroying snapshots ['{n}']",
            )

    tick = T0
    while tick < T_END:
        hourly = tick.minute == 0
        due = ["task_1"] + (["task_2"] if hourly else []) + ["task_3"]
        t = zr(
            tick + sec(r.uniform(0, 0.3)),
            "INFO",
            "MainThread",
            "zettarepl.zettarepl",
            L_SCHED,
            "Scheduled tasks: [" + ", ".join(f"<Periodic Snapshot Task '{d}'>" for d in due) + "]",
        )
        for d in due:
            root, _dss, rec, _l, _h = tasks[d]
            sn = tn_snap(root, tn_name(tick))
            t = zr(
                t + sec(0.05),
                "INFO",
                "MainThread",
                "zettarepl.snapshot.create",
                L_CREATE[rec],
                f"On {TN_LOCAL} creating {'recursive' if rec else 'non-recursive'} snapshot {sn}",
            )
            t = zr(
                t + sec(r.uniform(0.2, 1.4)),
                "INFO",
                "MainThread",
                "zettarepl.zettarepl",
                L_CREATED,
                f"Created {sn}",
            )
        for i, d in enumerate(due):
            replicate(d, t + sec(0.5 + 0.2 * i), tick)
        retention(t + sec(0.8), tick, due)
        tick += timedelta(minutes=15)

    # ---- middlewared.log on nas01
    L_CALL = "Exception while calling %s(*%s)"
    call_tb = py_tb(
        [
            (
                f"{TN_MW}/main.py",
                211,
                "call_method",
                "result = await self.middleware.call_with_audit(message['method'], serviceobj, methodobj, params, self)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/main.py",
                1529,
                "call_with_audit",
                "result = await self._call(method, serviceobj, methodobj, params, app=app,",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/main.py",
                1471,
                "_call",
                "return await methodobj(*prepared_call.args)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/schema/processor.py",
                187,
                "nf",
                "return await func(*args, **kwargs)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (f"{TN_MW}/plugins/disk_/temperature.py", 121, "temperature_agg", "return {", "^"),
            (
                f"{TN_MW}/plugins/disk_/temperature.py",
                122,
                "<dictcomp>",
                "disk: {'min': min(temps), 'max': max(temps), 'avg': sum(temps) / len(temps)}",
                "^^^^^^^^^^",
            ),
        ],
        "TypeError: '<' not supported between instances of 'NoneType' and 'float'",
    )
    disks = "['sda', 'sdb', 'sdc', 'sdd', 'sde', 'sdf', 'nvme0n1']"
    t = at(6, 2, 14)
    while t < T_END:
        mw(
            "nas01",
            t + sec(r.uniform(0, 2)),
            "WARNING",
            "application.call_method():237",
            L_CALL,
            f"Exception while calling disk.temperature_agg(*[{disks}, 1])",
            call_tb,
        )
        t += sec(300)

    # the ISP's DNS fails 07:12-07:48: the update check and the 07:20 cloud sync
    aio = f"{TN_PY}/aiohttp"
    has_update_tb = py_tb(
        [
            (
                f"{aio}/connector.py",
                1173,
                "_create_direct_connection",
                "hosts = await asyncio.shield(host_resolved)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{aio}/connector.py",
                884,
                "_resolve_host",
                "addrs = await self._resolver.resolve(host, port, family=self._family)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{aio}/resolver.py",
                33,
                "resolve",
                "infos = await self._loop.getaddrinfo(",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                "/usr/lib/python3.11/asyncio/base_events.py",
                867,
                "getaddrinfo",
                "return await self.run_in_executor(",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                "/usr/lib/python3.11/concurrent/futures/thread.py",
                58,
                "run",
                "result = self.fn(*self.args, **self.kwargs)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                "/usr/lib/python3.11/socket.py",
                962,
                "getaddrinfo",
                "for res in _socket.getaddrinfo(host, port, family, type, proto, flags):",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
        ],
        "socket.gaierror: [Errno -3] Temporary failure in name resolution",
    )
    has_update_tb += [
        "",
        "The above exception was the direct cause of the following exception:",
        "",
    ]
    has_update_tb += py_tb(
        [
            (
                f"{TN_MW}/plugins/alert.py",
                776,
                "__run_source",
                "alerts = (await alert_source.check()) or []",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/alert/source/update.py",
                37,
                "check",
                'if (await self.middleware.call("update.check_available"))["status"] == "AVAILABLE":',
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/plugins/update.py",
                221,
                "check_available",
                "return await self.middleware.call('update.check_train', train)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/plugins/update_/trains.py",
                55,
                "fetch",
                "async with session.get(url, timeout=timeout) as response:",
                "",
            ),
            (
                f"{aio}/client.py",
                1194,
                "__aenter__",
                "self._resp = await self._coro",
                "^^^^^^^^^^^^^^^^^^^^^^",
            ),
        ],
        "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host update.sys.truenas.net:443 ssl:default [Temporary failure in name resolution]",
    )
    mw(
        "nas01",
        at(7, 16, 2),
        "ERROR",
        "AlertService.__run_source():779",
        "Error checking for alert %r",
        "Error checking for alert 'HasUpdate'",
        has_update_tb,
    )
    cs_obj = "<bound method CloudSyncService.sync of <middlewared.plugins.cloud_sync.CloudSyncService object at 0x7f3c5a9e2d50>>"
    mw(
        "nas01",
        at(7, 20, 9),
        "ERROR",
        "middlewared.job.run():510",
        "Job %r failed: %r",
        f'Job {cs_obj} failed: CallError(\'2024/06/07 07:20:04 Failed to create file system for "b2:nas01-offsite/projects": failed to authorize account: failed to authenticate: Post "https://api.backblazeb2.com/b2api/v1/b2_authorize_account": dial tcp: lookup api.backblazeb2.com on 10.20.0.1:53: server misbehaving\\n\')',
    )
    mw(
        "nas01",
        at(11, 20, 47),
        "ERROR",
        "middlewared.job.run():510",
        "Job %r failed: %r",
        f"Job {cs_obj} failed: CallError('2024/06/07 11:20:41 ERROR : projects/renders/2024-06/shot_0412.exr: Failed to copy: Transaction cap exceeded, see Caps & Alerts page (403 transaction_cap_exceeded)\\n2024/06/07 11:20:41 ERROR : Attempt 3/3 failed with 1 errors and: Transaction cap exceeded, see Caps & Alerts page (403 transaction_cap_exceeded)\\nrclone failed with exit code 7')",
    )

    # the mail relay is patched 09:50-10:40: the replication alert at 10:01 and the pool
    # capacity alert at 10:22 cannot be mailed, and the queue is retried every 600 s
    smtp_frames = [
        (
            f"{TN_MW}/plugins/mail.py",
            418,
            "send_raw",
            "server = self._get_smtp_server(config, message['timeout'], local_hostname=local_hostname)",
            "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ),
        (
            f"{TN_MW}/plugins/mail.py",
            472,
            "_get_smtp_server",
            "server = smtplib.SMTP(",
            "^^^^^^^^^^^^^",
        ),
        (
            "/usr/lib/python3.11/smtplib.py",
            255,
            "__init__",
            "(code, msg) = self.connect(host, port)",
            "^^^^^^^^^^^^^^^^^^^^^^^^",
        ),
        (
            "/usr/lib/python3.11/smtplib.py",
            341,
            "connect",
            "self.sock = self._get_socket(host, port, self.timeout)",
            "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ),
        (
            "/usr/lib/python3.11/smtplib.py",
            312,
            "_get_socket",
            "return socket.create_connection((host, port), timeout,",
            "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ),
        ("/usr/lib/python3.11/socket.py", 851, "create_connection", "raise exceptions[0]", ""),
        ("/usr/lib/python3.11/socket.py", 836, "create_connection", "sock.connect(sa)", ""),
    ]
    refused = "ConnectionRefusedError: [Errno 111] Connection refused"
    send_tb = py_tb(smtp_frames, refused)
    alert_tb = py_tb(
        [
            (
                f"{TN_MW}/plugins/alert.py",
                614,
                "send_alerts",
                "await alert_service.send(alerts, service_gone_alerts, service_new_alerts)",
                "",
            ),
            (
                f"{TN_MW}/alert/base.py",
                381,
                "send",
                "return await self.middleware.run_in_thread(self.send_sync, alerts, gone_alerts, new_alerts)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/utils/run_in_thread.py",
                40,
                "run_in_thread",
                "return await self.run_in_executor(self.thread_pool_executor, method, *args, **kwargs)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                "/usr/lib/python3.11/concurrent/futures/thread.py",
                58,
                "run",
                "result = self.fn(*self.args, **self.kwargs)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/alert/service/Mail.py",
                26,
                "send_sync",
                'self.middleware.call_sync("mail.send", {',
                "",
            ),
            (
                f"{TN_MW}/main.py",
                1629,
                "call_sync",
                "return methodobj(*prepared_call.args)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/plugins/mail.py",
                282,
                "send",
                "return self.send_raw(job, message, config)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            (
                f"{TN_MW}/plugins/mail.py",
                434,
                "send_raw",
                "raise CallError(f'Failed to send email: {e}')",
                "",
            ),
        ],
        "middlewared.service_exception.CallError: [EFAULT] Failed to send email: [Errno 111] Connection refused",
    )
    for ta in [at(10, 1, 4), at(10, 22, 37)]:
        t2 = mw(
            "nas01",
            ta,
            "WARNING",
            "MailService.send_raw():431",
            "Failed to send email: %s",
            "Failed to send email: [Errno 111] Connection refused",
            send_tb,
        )
        mw(
            "nas01",
            t2 + sec(0.2),
            "ERROR",
            "AlertService.send_alerts():617",
            "Error in alert service %r",
            "Error in alert service 'Mail'",
            alert_tb,
        )
    queue_tb = py_tb(
        [
            (
                f"{TN_MW}/plugins/mail.py",
                494,
                "send_mail_queue",
                "server = self._get_smtp_server(config)",
                "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            ),
            *smtp_frames[1:],
        ],
        refused,
    )
    for tq in [at(10, 9, 51), at(10, 19, 51), at(10, 29, 51), at(10, 39, 51)]:
        mw(
            "nas01",
            tq,
            "DEBUG",
            "MailService.send_mail_queue():500",
            "Sending message from queue failed",
            "Sending message from queue failed",
            queue_tb,
        )

    # ---- nas02: rebooted into the update 08:41, middlewared up again at 08:52
    t = at(8, 52, 31)
    t = mw(
        "nas02",
        t,
        "INFO",
        "middlewared.__init__():1039",
        "Starting %s middleware",
        f"Starting {TN_VERSION} middleware",
    )
    t = mw(
        "nas02",
        t + sec(r.uniform(55, 70)),
        "DEBUG",
        "middlewared.__plugins_setup():1182",
        "All plugins loaded",
        "All plugins loaded",
    )
    for name, every in TN_PERIODIC:
        t = mw(
            "nas02",
            t + sec(0.01),
            "DEBUG",
            "middlewared._setup_periodic_tasks():1198",
            "Setting up periodic task %s to run every %s seconds",
            f"Setting up periodic task {name} to run every {every} seconds",
        )
    # nas02's own dashboard calls after the reboot: the same integration, polled from nas02 too
    t = at(9, 4, 40)
    while t < T_END:
        mw(
            "nas02",
            t + sec(r.uniform(0, 2)),
            "WARNING",
            "application.call_method():237",
            L_CALL,
            "Exception while calling disk.temperature_agg(*[['sda', 'sdb', 'sdc', 'sdd'], 1])",
            call_tb,
        )
        t += sec(900)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- zrepl

ZR_FS = {
    "pve1": [
        "rpool/ROOT/pve-1",
        "rpool/data/subvol-101-disk-0",
        "rpool/data/subvol-102-disk-0",
        "rpool/data/vm-103-disk-0",
        "rpool/data/subvol-104-disk-0",
        "rpool/data/vm-105-disk-0",
        "rpool/data/vm-105-disk-1",
        "rpool/data/vm-106-disk-0",
        "rpool/data/vm-107-disk-0",
        "rpool/data/subvol-108-disk-0",
    ],
    "pve2": [
        "rpool/ROOT/pve-1",
        "rpool/data/vm-201-disk-0",
        "rpool/data/vm-202-disk-0",
        "rpool/data/vm-202-disk-1",
        "rpool/data/subvol-203-disk-0",
        "rpool/data/subvol-204-disk-0",
        "rpool/data/vm-205-disk-0",
        "rpool/data/subvol-206-disk-0",
    ],
    "backup01": ["rpool/ROOT/debian", "rpool/var/lib"],
}
ZR_VERSION = "zrepl version=v0.6.1 go=go1.21.3 GOOS=linux GOARCH=amd64 Compiler=gc"


def gq(s: str) -> str:
    """Go's %q of an ASCII string."""
    return json.dumps(s)


def zrepl(r: random.Random) -> list[Log]:
    """Three zrepl 0.6.1 daemons: pve1 and pve2 (Proxmox hosts, a push job each, snapshots every
    15 minutes) and backup01 (the sink, and a snap job of its own root every hour), their stdout
    outlet (`format: human`, `time: true`) in each host's syslog, 06:00 to 12:00."""
    fs = Files()
    pids = {"pve1": 1843, "pve2": 2107, "backup01": 964}

    def sid() -> str:
        return "".join(r.choice(B64) for _ in range(4))

    def Z(
        host: str,
        t: datetime,
        level: str,
        prefix: list[str],
        label: str,
        msg: str,
        fields: dict[str, str] | None = None,
    ) -> datetime:
        items = list((fields or {}).items())
        r.shuffle(items)  # a Go map: the formatter walks the fields in random order
        fstr = "".join(f" {k}={gq(v)}" for k, v in items)
        head = f"[{level}]" + "".join(f"[{p}]" for p in prefix)
        pid = pids[host]
        return fs.add(
            f"{host}-zrepl.log",
            t,
            label,
            lambda x: [
                f"{syslog_ts(x)} {host} zrepl[{pid}]: {x:%Y-%m-%dT%H:%M:%S}+02:00 {head}: {msg}{fstr}"
            ],
            (host, pid),
            SEC,
        )

    L_PRE = "run pre-edges in configuration order"
    L_CB = "running callback"
    L_POST = "run post-edges for successful pre-edges in reverse configuration order"
    L_END = "end run job plan successful"
    L_FULL = "callback channel is full, discarding snapshot update event"

    def snapshot_tick(host: str, job: str, t: datetime, fss: list[str], span: str) -> datetime:
        order = list(fss)
        r.shuffle(order)  # the plan is a map too
        name = f"zrepl_{t - timedelta(hours=2):%Y%m%d_%H%M%S}_000"  # formatNow: UTC
        for f in order:
            fl = {"fs": f, "snap": name}
            t = Z(
                host, t + sec(r.uniform(0.01, 0.05)), "INFO", [job, "hook", span], L_PRE, L_PRE, fl
            )
            t = Z(host, t + sec(0.001), "INFO", [job, "hook", span], L_CB, L_CB, fl)
            ms = r.randint(9, 140)
            t = Z(host, t + sec(ms / 1000), "INFO", [job, "hook", span], L_POST, L_POST, fl)
            rep = f"01 [Ok] [{f'{ms}ms':>5}] ~ [Callback]  snapshot"
            t = Z(
                host,
                t + sec(0.001),
                "INFO",
                [job, "snapshot", span],
                L_END,
                L_END,
                {"fs": f, "report": rep, "snap": name},
            )
        return t

    # backup01 is rebooted 09:15:30-09:23:40 (a kernel update)
    down = (at(9, 15, 30), at(9, 23, 40))
    for host, offset, job in [
        ("pve1", (4, 12), "pve1_to_backup"),
        ("pve2", (2, 50), "pve2_to_backup"),
    ]:
        root, jt, per = sid(), sid(), sid()
        snap_span = f"{root}${jt}${per}${per}.{sid()}"
        fss = list(ZR_FS[host])
        tick = at(6, offset[0], offset[1])
        busy_until = T0
        inv = 0
        while tick < T_END:
            if host == "pve1" and tick >= at(10, 4) and "rpool/data/vm-109-disk-0" not in fss:
                fss.append("rpool/data/vm-109-disk-0")
            t = snapshot_tick(host, job, tick + sec(r.uniform(0, 0.3)), fss, snap_span)
            if t < busy_until:
                Z(host, t + sec(0.002), "WARN", [job, "snapshot", snap_span], L_FULL, L_FULL)
                tick += timedelta(minutes=15)
                continue
            inv += 1
            js = f"{root}${jt}${jt}.{sid()}"
            t = Z(
                host,
                t + sec(0.01),
                "INFO",
                [job, "job", f"{js}.{sid()}"],
                "start replication",
                "start replication",
            )
            rs = f"{js}.{sid()}.{sid()}"
            dur = r.uniform(4, 25) * len(fss) / 10
            if host == "pve1" and at(10, 4) <= tick < at(10, 10):
                dur = (at(10, 52, 17) - t).total_seconds()  # the new VM disk's first full send
            if in_any(t, [down]):
                err = (
                    "dial tcp 10.20.30.5:8888: connect: no route to host"
                    if t < at(9, 17)
                    else "dial tcp 10.20.30.5:8888: connect: connection refused"
                )
                t = Z(
                    host,
                    t + sec(r.uniform(3, 6)),
                    "ERRO",
                    [job, "repl", rs],
                    "most recent error in this attempt",
                    "most recent error in this attempt",
                    {"attempt_number": "0", "err": err},
                )
                dl = t + timedelta(minutes=10)
                t = Z(
                    host,
                    t + sec(0.001),
                    "ERRO",
                    [job, "repl", rs],
                    "temporary connectivity-related error identified, start waiting for reconnect",
                    "temporary connectivity-related error identified, start waiting for reconnect",
                    {
                        "attempt_number": "0",
                        "deadline": f"{dl:%Y-%m-%d %H:%M:%S}.{r.randint(100000000, 999999999)} +0200 CEST",
                    },
                )
                t = Z(
                    host,
                    down[1] + sec(r.uniform(8, 20)),
                    "ERRO",
                    [job, "repl", rs],
                    "reconnect successful",
                    "reconnect successful",
                    {"attempt_number": "0"},
                )
            elif host == "pve2" and tick >= at(11, 0):
                err = "receiver error: cannot receive incremental stream: destination tank/zrepl/sink/pve2/rpool/data/vm-205-disk-0 has been modified\nsince most recent snapshot\n"
                t = Z(
                    host,
                    t + sec(r.uniform(8, 30)),
                    "ERRO",
                    [job, "repl", rs],
                    "most recent error in this attempt",
                    "most recent error in this attempt",
                    {"attempt_number": "0", "err": err},
                )
                t = Z(
                    host,
                    t + sec(0.001),
                    "ERRO",
                    [job, "repl", rs],
                    "most recent error cannot be solved by reconnecting, aborting run",
                    "most recent error cannot be solved by reconnecting, aborting run",
                    {"attempt_number": "0"},
                )
            t += sec(dur)
            busy_until = t
            t = Z(
                host,
                t,
                "INFO",
                [job, "job", f"{js}.{sid()}"],
                "start pruning sender",
                "start pruning sender",
            )
            t = Z(
                host,
                t + sec(r.uniform(0.5, 3)),
                "INFO",
                [job, "job", f"{js}.{sid()}"],
                "finished pruning sender",
                "finished pruning sender",
            )
            ps = f"{js}.{sid()}"
            t = Z(
                host,
                t + sec(0.01),
                "INFO",
                [job, "job", ps],
                "start pruning receiver",
                "start pruning receiver",
            )
            t = Z(
                host,
                t + sec(r.uniform(0.8, 4)),
                "INFO",
                [job, "job", ps],
                "finished pruning receiver",
                "finished pruning receiver",
            )
            Z(
                host,
                t + sec(0.001),
                "INFO",
                [job, "job", f"{root}${jt}${jt}"],
                "wait for wakeups",
                "wait for wakeups",
            )
            tick += timedelta(minutes=15)

    # backup01: the sink, and a snap job for its own root
    host = "backup01"

    def b01_start(t: datetime) -> tuple[datetime, str, str, str]:
        t = Z(
            host, t, "INFO", [], "zrepl version=%s go=%s GOOS=%s GOARCH=%s Compiler=%s", ZR_VERSION
        )
        t = Z(host, t + sec(0.01), "INFO", ["_control"], "starting job", "starting job")
        t = Z(host, t + sec(0.01), "INFO", ["_prometheus"], "starting job", "starting job")
        t = Z(host, t + sec(0.01), "INFO", [], "starting daemon", "starting daemon")
        t = Z(host, t + sec(0.01), "INFO", ["backup01_snap"], "starting job", "starting job")
        t = Z(host, t + sec(0.01), "INFO", ["sink"], "starting job", "starting job")
        root, jt, per = sid(), sid(), sid()
        t = Z(
            host,
            t + sec(0.05),
            "INFO",
            ["backup01_snap", "job", f"{root}${jt}${jt}"],
            "wait for wakeups",
            "wait for wakeups",
        )
        return t, root, jt, per

    root, jt, per = sid(), sid(), sid()
    tick = at(6, 31, 5)
    rebooted = False
    while tick < T_END:
        if not rebooted and tick > down[0]:
            rebooted = True
            t = down[0] - sec(r.uniform(8, 12))
            pids[host] = 964
            t = Z(
                host,
                t,
                "INFO",
                [],
                "context finished",
                "context finished",
                {"err": "context canceled"},
            )
            for j in ["sink", "backup01_snap", "_prometheus", "_control"]:
                if j in ("sink", "backup01_snap"):
                    t = Z(
                        host,
                        t + sec(0.001),
                        "INFO",
                        [j, "job", f"{root}${jt}${jt}"],
                        "job exiting",
                        "job exiting",
                    )
                t = Z(host, t + sec(0.001), "INFO", [j], "job exited", "job exited")
            Z(host, t + sec(0.01), "INFO", [], "daemon exiting", "daemon exiting")
            pids[host] = 1127
            _, root, jt, per = b01_start(down[1] - sec(r.uniform(20, 40)))
        span = f"{root}${jt}${per}${per}.{sid()}"
        t = snapshot_tick(host, "backup01_snap", tick + sec(r.uniform(0, 0.3)), ZR_FS[host], span)
        js = f"{root}${jt}${jt}.{sid()}"
        t = Z(
            host,
            t + sec(0.01),
            "INFO",
            ["backup01_snap", "job", js],
            "start pruning sender",
            "start pruning sender",
        )
        t = Z(
            host,
            t + sec(r.uniform(0.3, 2)),
            "INFO",
            ["backup01_snap", "job", js],
            "finished pruning sender",
            "finished pruning sender",
        )
        Z(
            host,
            t + sec(0.001),
            "INFO",
            ["backup01_snap", "job", f"{root}${jt}${jt}"],
            "wait for wakeups",
            "wait for wakeups",
        )
        tick += timedelta(hours=1)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- burp

BURP_VERSION = "3.1.4"
BURP_ALWAYS = "Mon,Tue,Wed,Thu,Fri,Sat,Sun,00,01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,17,18,19,20,21,22,23"
BURP_NIGHT = "Mon,Tue,Wed,Thu,Fri,Sat,Sun,19,20,21,22,23,00,01,02,03,04,05"
BURP_CLIENTS = [
    # name, address, version, cron minute offset, timeband, interval, last backup (or None), duration (s), keep
    ("laptop-anna", "10.8.2.31", BURP_VERSION, 7, BURP_ALWAYS, "20h", (6, 9, 12, 44), 2400, 314),
    ("laptop-ben", "10.8.2.47", BURP_VERSION, 11, BURP_ALWAYS, "20h", (6, 10, 2, 5), 1900, 288),
    ("ws-carla", "10.8.1.12", BURP_VERSION, 3, BURP_ALWAYS, "20h", (6, 8, 31, 19), 3250, 197),
    ("ws-deniz", "10.8.1.15", BURP_VERSION, 19, BURP_ALWAYS, "20h", (6, 14, 44, 2), 1540, 256),
    ("ws-eva", "10.8.1.22", "2.2.18", 23, BURP_ALWAYS, "20h", (6, 7, 55, 30), 1800, 412),
    ("ws-farid", "10.8.1.29", BURP_VERSION, 27, BURP_ALWAYS, "20h", None, 3000, 0),
    ("srv-web1", "10.8.0.21", BURP_VERSION, 5, BURP_NIGHT, "20h", (7, 1, 14, 9), 0, 0),
    ("srv-db1", "10.8.0.22", BURP_VERSION, 15, BURP_NIGHT, "20h", (7, 1, 40, 52), 0, 0),
    ("srv-files", "10.8.0.23", BURP_VERSION, 25, BURP_NIGHT, "20h", (7, 2, 27, 31), 0, 0),
    ("srv-mail", "10.8.0.24", BURP_VERSION, 13, BURP_NIGHT, "20h", (7, 0, 58, 3), 0, 0),
]


def burp(r: random.Random) -> list[Log]:
    """One burp 3.1 server (`burp-server.log`, its stdout: `%Y-%m-%d %H:%M:%S %z: burp[%d] %s`),
    ten clients checking in from cron every 30 minutes and a monitor on the status port every 5
    minutes, 06:00 to 12:00; see the module docstring."""
    fs = Files()
    main_pid = 1187
    next_pid = [23104]

    def B(pid: int, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "burp-server.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} +0200: burp[{pid}] {msg}"],
            pid,
            SEC,
        )

    L_PEER = "Connect from peer: %s:%d"
    L_RUNNING = "%d/%d child processes running on %s %s"
    L_AVAIL = "Child %d available"
    L_FORKED = "forked child on %s: %d"
    L_FORKED_ST = "forked status child on %s: %d"
    L_AUTH = "auth ok for: %s%s"
    L_PROTO = "Server is using protocol=%d"
    L_JSON = "Client supports being sent json counters."
    L_EXIT = "exit child"
    L_VWARN = "WARNING: Client '%s' version '%s' does not match server version '%s'. An upgrade is recommended."
    L_M = {
        "run": "MESSAGE: Running timer script: %s",
        "in": "MESSAGE: In timeband: %s",
        "out": "MESSAGE: Out of timeband: %s",
        "noprior": "MESSAGE: No prior backup of %s",
        "last": "MESSAGE: Last backup: %s",
        "next": "MESSAGE: Next after : %s (interval %s)",
        "lt": "MESSAGE: %s < %s.",
        "do": "MESSAGE: Do a backup of %s now.",
        "notyet": "MESSAGE: Not yet time for a backup of %s",
    }
    L_RETURNED = "%s returned: %d"
    L_NOTRUN = "Not running backup of %s"
    L_RUN = "Running backup of %s"
    L_DELETE = "deleting %s backup %lu"
    L_LOCKED = "Another instance of client is already running."
    L_PWREJ = "password rejected for client %s"
    L_UNAUTH = "unable to authorise on server"
    L_NOSPARE = "No spare children available."
    L_CLOSING = "Closing new connection."

    children: list[tuple[datetime, datetime, str]] = []  # (start, end, listen)
    MAIN, STATUS = "0.0.0.0:4971", "127.0.0.1:4972"

    def running(t: datetime, listen: str) -> int:
        return sum(1 for a, b, lis in children if lis == listen and a <= t < b)

    def connect(
        t: datetime, addr: str, listen: str, max_children: int
    ) -> tuple[datetime, int] | None:
        port = r.randint(33000, 60999)
        t = B(main_pid, t, L_PEER, f"Connect from peer: {addr}:{port}")
        n = running(t, listen)
        field = "listen" if listen == MAIN else "listen_status"
        t = B(
            main_pid,
            t + sec(0.001),
            L_RUNNING,
            f"{n}/{max_children} child processes running on {field} {listen}",
        )
        if n >= max_children:
            t = B(main_pid, t + sec(0.001), L_NOSPARE, L_NOSPARE)
            B(main_pid, t + sec(0.001), L_CLOSING, L_CLOSING)
            return None
        t = B(main_pid, t + sec(0.001), L_AVAIL, f"Child {n + 1} available")
        pid = next_pid[0]
        next_pid[0] += r.randint(2, 9)
        if listen == MAIN:
            t = B(main_pid, t + sec(0.002), L_FORKED, f"forked child on {listen}: {pid}")
        else:
            t = B(main_pid, t + sec(0.002), L_FORKED_ST, f"forked status child on {listen}: {pid}")
        return t, pid

    def greet(pid: int, t: datetime, name: str, version: str) -> datetime:
        if version != BURP_VERSION:
            t = B(
                pid,
                t,
                L_VWARN,
                f"WARNING: Client '{name}' version '{version}' does not match server version '{BURP_VERSION}'. An upgrade is recommended.",
            )
        t = B(pid, t + sec(0.2), L_AUTH, f"auth ok for: {name}")
        t = B(pid, t + sec(0.01), L_PROTO, "Server is using protocol=1")
        return B(pid, t + sec(0.01), L_JSON, L_JSON)

    def fmt_ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}"

    # the status monitor (burp-ui's agent) every 5 minutes
    tm = at(6, 0, 41)
    while tm < T_END:
        got = connect(tm + sec(r.uniform(0, 2)), "127.0.0.1", STATUS, 5)
        if got:
            t, pid = got
            start = t
            t = greet(pid, t + sec(0.05), "burpui", BURP_VERSION)
            t = B(pid, t + sec(r.uniform(0.5, 2.5)), L_EXIT, L_EXIT)
            children.append((start, t, STATUS))
        tm += timedelta(minutes=5)

    # clients, in time order so that the child counts are right
    events: list[tuple[datetime, tuple]] = []
    for c in BURP_CLIENTS:
        m = c[3]
        t = at(6, m, 0)
        while t < T_END:
            events.append((t + sec(r.uniform(1, 25)), c))
            t += timedelta(minutes=30)
    events.sort(key=lambda e: e[0])
    last_backup: dict[str, datetime | None] = {}
    for c in BURP_CLIENTS:
        last_backup[c[0]] = (
            at(c[6][1], c[6][2], c[6][3]) - timedelta(days=7 - c[6][0]) if c[6] else None
        )
    backup_until: dict[str, datetime] = {}
    keeps = {c[0]: c[8] for c in BURP_CLIENTS}
    for te, (name, addr, version, _m, band, interval, _lb, dur, _k) in events:
        got = connect(te, addr, MAIN, 5)
        if not got:
            continue
        t, pid = got
        start = t
        if name == "srv-mail" and at(8, 0) <= te < at(9, 45):
            # reinstalled with a new password in its burp.conf
            t = B(pid, t + sec(0.3), L_PWREJ, f"password rejected for client {name}")
            t = B(pid, t + sec(1.0), L_UNAUTH, L_UNAUTH)
            t = B(pid, t + sec(0.01), L_EXIT, L_EXIT)
            children.append((start, t, MAIN))
            continue
        t = greet(pid, t + sec(0.05), name, version)
        if backup_until.get(name, T0) > t:
            t = B(pid, t + sec(0.02), L_LOCKED, L_LOCKED)
            t = B(pid, t + sec(0.01), L_EXIT, L_EXIT)
            children.append((start, t, MAIN))
            continue
        script = "/usr/share/burp/scripts/timer_script"
        t = B(
            pid,
            t + sec(0.03),
            L_M["run"],
            f"MESSAGE: Running timer script: {name} /var/spool/burp/{name}/current /var/spool/burp reserved1 reserved2 {interval} {band}",
        )
        in_band = band == BURP_ALWAYS
        t = B(
            pid,
            t + sec(0.01),
            L_M["in" if in_band else "out"],
            f"MESSAGE: {'In' if in_band else 'Out of'} timeband: {band}",
        )
        lb = last_backup[name]
        due = False
        if lb is None:
            t = B(pid, t + sec(0.01), L_M["noprior"], f"MESSAGE: No prior backup of {name}")
            due = in_band
        else:
            nxt = lb + timedelta(hours=20)
            t = B(pid, t + sec(0.01), L_M["last"], f"MESSAGE: Last backup: {fmt_ts(lb)} +0200")
            t = B(
                pid,
                t + sec(0.01),
                L_M["next"],
                f"MESSAGE: Next after : {fmt_ts(nxt)} (interval {interval})",
            )
            if in_band:
                if nxt < t:
                    t = B(pid, t + sec(0.01), L_M["lt"], f"MESSAGE: {fmt_ts(nxt)} < {fmt_ts(t)}.")
                    due = True
                else:
                    t = B(
                        pid,
                        t + sec(0.01),
                        L_M["notyet"],
                        f"MESSAGE: Not yet time for a backup of {name}",
                    )
        if due:
            t = B(pid, t + sec(0.01), L_M["do"], f"MESSAGE: Do a backup of {name} now.")
        t = B(pid, t + sec(0.02), L_RETURNED, f"{script} returned: {0 if due else 1}")
        if not due:
            t = B(pid, t + sec(0.01), L_NOTRUN, f"Not running backup of {name}")
            t = B(pid, t + sec(0.01), L_EXIT, L_EXIT)
            children.append((start, t, MAIN))
            continue
        t = B(pid, t + sec(0.01), L_RUN, f"Running backup of {name}")
        d = dur * r.uniform(0.85, 1.2)
        end = t + sec(d)
        backup_until[name] = end
        last_backup[name] = t
        if keeps[name]:
            t = B(
                pid, end + sec(r.uniform(2, 6)), L_DELETE, f"deleting {name} backup {keeps[name]}"
            )
            keeps[name] += 1
        else:
            t = end
        t = B(pid, t + sec(r.uniform(0.5, 3)), L_EXIT, L_EXIT)
        children.append((start, t, MAIN))
    return fs.logs(T0)


# ------------------------------------------------------------------------- lizardfs-master

LZ_CS = {  # ip: (used GiB, total GiB)
    "10.40.0.11": (20481.37, 36207.31),
    "10.40.0.12": (21977.02, 36207.31),
    "10.40.0.13": (19843.55, 36207.31),
    "10.40.0.14": (20990.18, 36207.31),
    "10.40.0.15": (26022.91, 43449.17),
    "10.40.0.16": (25871.40, 43449.17),
}
LZ_PROJECTS = ["render", "genomics", "cfd-sim", "archive-2023", "ml-datasets", "scratch"]


def lz_space(ip: str, r: random.Random) -> str:
    used, total = LZ_CS[ip]
    used += r.uniform(-3, 3)
    ub, tb = int(used * 1024**3), int(total * 1024**3)
    return f"usedspace: {ub} ({used:.2f} GiB), totalspace: {tb} ({total:.2f} GiB)"


def lizardfs(r: random.Random) -> list[Log]:
    """A LizardFS 3.12 master (`lfs-master1-mfsmaster.log`: its lines from /var/log/syslog) and
    its shadow master (`lfs-master2-mfsmaster.log`), six chunkservers and a compute cluster's
    mounts, 06:00 to 12:00; see the module docstring."""
    fs = Files()
    pids = {"lfs-master1": 1523, "lfs-master2": 1611}

    def M(host: str, t: datetime, label: str, msg: str) -> datetime:
        pid = pids[host]
        return fs.add(
            f"{host}-mfsmaster.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} mfsmaster[{pid}]: {msg}"],
            (host, pid),
            SEC,
        )

    m1 = "lfs-master1"
    L_CLOSED_CL = "connection with client(ip:%u.%u.%u.%u) has been closed by peer"
    L_CLOSED_CS = "connection with CS(%s) has been closed by peer"
    L_CS_DISC = "chunkserver disconnected - ip: %s, port: %u, usedspace: %lu (%.2f GiB), totalspace: %lu (%.2f GiB)"
    L_CS_REMOVED = "server ip: %s / port: %u has been fully removed from data structures"
    L_REG_BEGIN = "chunkserver register begin (packet version: 5) - ip: %s, port: %u"
    L_REG_END = "chunkserver register end (packet version: 5) - ip: %s, port: %u, usedspace: %lu (%.2f GiB), totalspace: %lu (%.2f GiB)"
    L_REPL = "(%s:%u) chunk: %016lX replication status: %s"
    L_UNAVAIL = "Chunks unavailable in file %u: %s"
    L_BUSY = "chunk %016lX has unexpected BUSY copies"
    L_ONLYINV = "chunk %016lX has only invalid copies (%d) - please repair it manually"
    L_INVCOPY = "chunk %016lX_%08X - invalid copy on (%s - ver:%08X)"
    L_RETRY = "chunk hasn't been deleted since previous loop - retry"
    L_DELUP = "DEL_LIMIT temporary increased to: %u per server"
    L_DELDOWN = "DEL_LIMIT decreased back to: %u per server"
    L_DELSOFT = "DEL_LIMIT back to soft limit (%u per server)"

    def cs_register(t: datetime, ip: str) -> datetime:
        t = M(
            m1,
            t,
            L_REG_BEGIN,
            f"chunkserver register begin (packet version: 5) - ip: {ip}, port: 9422",
        )
        return M(
            m1,
            t + sec(r.uniform(2, 9)),
            L_REG_END,
            f"chunkserver register end (packet version: 5) - ip: {ip}, port: 9422, {lz_space(ip, r)}",
        )

    def cs_gone(t: datetime, ip: str, closed: bool) -> datetime:
        if closed:
            t = M(m1, t, L_CLOSED_CS, f"connection with CS({ip}) has been closed by peer")
        t = M(
            m1,
            t + sec(0.01),
            L_CS_DISC,
            f"chunkserver disconnected - ip: {ip}, port: 9422, {lz_space(ip, r)}",
        )
        return M(
            m1,
            t + sec(r.uniform(40, 75)),
            L_CS_REMOVED,
            f"server ip: {ip} / port: 9422 has been fully removed from data structures",
        )

    restart = (at(10, 5, 12), at(10, 6, 40))
    # the compute nodes' autofs mounts expire and close all morning
    clients = [f"10.40.{8 + i // 200}.{10 + i % 200}" for i in range(260)]
    for tc in poisson(r, T0, T_END, 17.0):
        if in_any(tc, [restart]):
            continue
        M(
            m1,
            tc,
            L_CLOSED_CL,
            f"connection with client(ip:{r.choice(clients)}) has been closed by peer",
        )

    # 07:12:40 lfs-cs04's disk controller hangs the box: the master times it out
    t = cs_gone(at(7, 13, 41), "10.40.0.14", False)
    for _ in range(7):
        M(
            m1,
            at(7, 13, 42) + sec(r.uniform(0, 3)),
            L_BUSY,
            f"chunk {r.randint(0x3000000, 0x3FFFFFF):016X} has unexpected BUSY copies",
        )
    # goal-1 scratch files whose only copy was on cs04, reported once each by the file test loop
    for _ in range(46):
        proj = r.choice(["scratch", "scratch", "render", "cfd-sim"])
        name = f"data/{proj}/{r.choice(['tmp', 'run', 'out'])}{r.randint(100, 999)}/{r.choice(['frame', 'chk', 'part', 'slice'])}_{r.randint(0, 4999):04d}.{r.choice(['exr', 'bin', 'h5', 'dat'])}"
        M(
            m1,
            at(7, 14) + sec(r.uniform(0, 300)),
            L_UNAVAIL,
            f"Chunks unavailable in file {r.randint(1200000, 18400000)}: {name}",
        )
    # undergoal chunks replicated from the rest; lfs-cs02's failing disk and a busy lfs-cs05
    for tr in poisson(r, at(7, 19), at(8, 44), 20.0):
        ip, st = r.choice(
            [
                ("10.40.0.12", "IO error"),
                ("10.40.0.12", "IO error"),
                ("10.40.0.15", "Timeout"),
                ("10.40.0.12", "CRC error"),
            ]
        )
        M(
            m1,
            tr,
            L_REPL,
            f"({ip}:9422) chunk: {r.randint(0x1000000, 0x3FFFFFF):016X} replication status: {st}",
        )
    # cs04 back at 08:44: its stale copies are deleted, the deletion limit is raised and lowered
    cs_register(at(8, 44, 3), "10.40.0.14")
    t = at(8, 49, 20)
    limit = 10
    for _ in range(4):
        limit = int(limit * 1.5)
        t = M(
            m1,
            t + sec(r.uniform(300, 330)),
            L_DELUP,
            f"DEL_LIMIT temporary increased to: {limit} per server",
        )
        for _ in range(r.randint(3, 7)):
            M(m1, t + sec(r.uniform(5, 280)), L_RETRY, L_RETRY)
    for _ in range(3):
        limit = int(limit / 1.5)
        if limit <= 10:
            t = M(
                m1,
                t + sec(r.uniform(300, 330)),
                L_DELSOFT,
                "DEL_LIMIT back to soft limit (10 per server)",
            )
            limit = 10
        t = M(
            m1,
            t + sec(r.uniform(1, 2)),
            L_DELDOWN,
            f"DEL_LIMIT decreased back to: {limit} per server",
        )
    # 09:31 lfs-cs06 loses its uplink for a minute
    t = cs_gone(at(9, 31, 7), "10.40.0.16", True)
    cs_register(at(9, 33, 2), "10.40.0.16")

    # 10:05 the master is restarted for a configuration change
    t = M(m1, restart[0], "terminate signal received", "terminate signal received")
    t = M(
        m1,
        t + sec(0.1),
        "main master server module: closing %s:%s",
        "main master server module: closing *:9421",
    )
    t = M(
        m1,
        t + sec(0.01),
        "master <-> chunkservers module: closing %s:%s",
        "master <-> chunkservers module: closing *:9420",
    )
    pids[m1] = 48812
    t = restart[0] + sec(31)
    t = M(
        m1,
        t + sec(r.uniform(38, 44)),
        "metadata file %s read (%u inodes including %u directory inodes and %u file inodes, %u chunks)",
        "metadata file /var/lib/mfs/metadata.mfs read (18450231 inodes including 1204566 directory inodes and 17245665 file inodes, 21894510 chunks)",
    )
    for label, msg in [
        (
            "master <-> chunkservers module: listen on %s:%s",
            "master <-> chunkservers module: listen on *:9420",
        ),
        (
            "main master server module: listen on %s:%s",
            "main master server module: listen on *:9421",
        ),
        ("mfsmaster daemon initialized properly", "mfsmaster daemon initialized properly"),
    ]:
        t = M(m1, t + sec(0.02), label, msg)
    for ip in LZ_CS:
        cs_register(t + sec(r.uniform(1, 6)), ip)

    # 10:40 two chunks of an old archive left with only stale copies: reported every chunk loop
    bad = [
        (0x14B7A2E, 0x1C, ["10.40.0.13", "10.40.0.15"]),
        (0x14B7B09, 0x0A, ["10.40.0.11", "10.40.0.14"]),
    ]
    tl = at(10, 41, 17)
    while tl < T_END:
        for cid, ver, ips in bad:
            t = M(
                m1,
                tl + sec(r.uniform(0, 200)),
                L_ONLYINV,
                f"chunk {cid:016X} has only invalid copies ({len(ips)}) - please repair it manually",
            )
            for ip in ips:
                t = M(
                    m1,
                    t + sec(0.001),
                    L_INVCOPY,
                    f"chunk {cid:016X}_{ver:08X} - invalid copy on ({ip} - ver:{ver - 1:08X})",
                )
        tl += sec(r.uniform(290, 320))

    # ---- the shadow master: sessions every minute, the master's restart
    m2 = "lfs-master2"
    L_SESS = "sessions downloaded %luB/%lu.%06lus (%.3f MB/s)"
    ts = at(6, 0, 23)
    while ts < T_END:
        if not (restart[0] <= ts < restart[1] + sec(40)):
            size = r.randint(481000, 486500)
            dl = r.uniform(0.0030, 0.0095)
            M(
                m2,
                ts + sec(r.uniform(0, 0.2)),
                L_SESS,
                f"sessions downloaded {size}B/{int(dl)}.{int(dl * 1e6) % 1000000:06d}s ({size / (dl * 1e6):.3f} MB/s)",
            )
        ts += sec(60)
    t = M(
        m2,
        restart[0] + sec(0.2),
        "Master server is terminating; closing the connection...",
        "Master server is terminating; closing the connection...",
    )
    t += sec(1)
    while t < restart[0] + sec(70):
        t = M(m2, t + sec(1), "connecting to Master", "connecting to Master")
        t = M(
            m2,
            t + sec(0.001),
            "connection failed, error: %s",
            "connection failed, error: ECONNREFUSED (Connection refused)",
        )
    t = M(m2, t + sec(1), "connecting to Master", "connecting to Master")
    M(m2, t + sec(0.01), "connected to Master", "connected to Master")
    return fs.logs(T0)


# ---------------------------------------------------------------------------- beegfs-mgmtd

BG_VERSION = "7.4.3"
BG_TARGETS = {
    101: 1,
    102: 1,
    201: 2,
    202: 2,
    301: 3,
    302: 3,
    401: 4,
    402: 4,
}  # target: storage node


def beegfs(r: random.Random) -> list[Log]:
    """A BeeGFS 7.4 management service (`beegfs-mgmtd.log`, its logStdFile: `(%d) %b%d %X
    thread [context] >> message`) for an HPC cluster of 480 nodes and a cloud burst partition,
    06:00 to 12:00; see the module docstring."""
    fs = Files()

    def G(t: datetime, level: int, thread: str, ctx: str, label: str, msg: str) -> datetime:
        return fs.add(
            "beegfs-mgmtd.log",
            t,
            label,
            lambda x: [f"({level}) {x:%b%d %H:%M:%S} {thread} [{ctx}] >> {msg}"],
            "beegfs-mgmtd",
            SEC,
        )

    L_NEW = {True: "New node: %s; RDMA; Source: %s", False: "New node: %s; Source: %s"}
    L_REMOVED = "Node removed."
    L_NORESP = "Node is not responding and will be removed."
    L_POFF = (
        "No state report received from %s for %s seconds. Setting %s to probably-offline. %s ID: %s"
    )
    L_OFF = "No state report received from %s for %s seconds. Setting %s to offline. %s ID: %s"
    L_ONLINE = "%s is coming online. ID: %s"
    L_POOL_N = (
        "Storage target capacity pool assignment updated. NodeID: %s; TargetID: %s; Pool: %s."
    )
    L_POOL_R = {
        "No capacity report received.": "Storage target capacity pool assignment updated. NodeID: %s; TargetID: %s; Pool: %s;  Reason: No capacity report received.",
        "Free capacity threshold": "Storage target capacity pool assignment updated. NodeID: %s; TargetID: %s; Pool: %s;  Reason: Free capacity threshold",
    }
    L_META_POOL = "Metadata node capacity pool assignment updated. NodeID: %s; Pool: %s; Reason: Free capacity threshold"
    L_WRONGPORT = "Unable to register client because of wrong port."
    workers = [f"Worker{i}" for i in range(1, 9)]
    next_id = [9417]
    clients: dict[str, tuple[str, int, bool]] = {}  # host: (long node ID, num ID, rdma)

    def long_id(host: str, t: datetime) -> str:
        return f"{r.randint(0x1000, 0xFFFF):X}-{int(t.timestamp()):X}-{host}"

    def mount(t: datetime, host: str, addr: str, rdma: bool) -> None:
        lid = long_id(host, t)
        nid = next_id[0]
        next_id[0] += 1
        clients[host] = (lid, nid, rdma)
        src = f"{addr}:8004"
        msg = (
            f"New node: beegfs-client {lid} [ID: {nid}]; "
            + ("RDMA; " if rdma else "")
            + f"Source: {src}"
        )
        G(t, 2, r.choice(workers), "Node registration", L_NEW[rdma], msg)

    def unmount(t: datetime, host: str) -> None:
        lid, nid, _ = clients.pop(host)
        G(
            t,
            2,
            r.choice(workers),
            "RemoveNodeMsgEx.cpp:71",
            L_REMOVED,
            f"Node removed. node: beegfs-client {lid} [ID: {nid}]",
        )

    # the on-premise nodes reboot into a health check after every job, and mount again
    onprem = [f"cn{i:04d}" for i in range(1, 481)]
    for h in onprem[:420]:
        n = int(h[2:])
        clients[h] = (long_id(h, at(5, 0) - timedelta(hours=r.randint(1, 30))), 5000 + n, True)
    mgmt_down = (at(10, 44, 50), at(10, 49, 33))
    up_at: dict[str, datetime] = {}
    for tr in poisson(r, T0, T_END, 24.0):
        if in_any(tr, [mgmt_down]):
            continue
        mounted = [h for h in onprem if h in clients and up_at.get(h, T0) <= tr]
        h = r.choice(mounted)
        unmount(tr, h)
        back = tr + sec(r.uniform(150, 260))
        up_at[h] = back
        if back < T_END and not in_any(back, [mgmt_down]):
            n = int(h[2:])
            mount(back, h, f"10.20.{n // 250}.{n % 250 + 1}", True)
        else:
            up_at[h] = T_END
    # the login nodes, remounted after their maintenance at 09:10 (TCP only)
    for i, h in enumerate(["login01", "login02"]):
        clients[h] = (long_id(h, at(1, 0)), 4001 + i, False)
        unmount(at(9, 10, 14 + 40 * i), h)
        mount(at(9, 18, 2 + 50 * i), h, f"10.20.100.{11 + i}", False)
    # the cloud burst partition scales up 07:30-08:30 and down 10:50-11:40; spot nodes reclaimed
    burst = [f"cb-{i:04d}" for i in range(1, 121)]
    for i, h in enumerate(burst):
        up = at(7, 30) + sec(r.uniform(0, 3600))
        mount(up, h, f"172.31.{16 + i // 60}.{10 + i % 60 * 3}", False)
        if i % 17 == 5:
            gone = up + sec(r.uniform(1800, 7200))
            lid, nid, _ = clients.pop(h)
            G(
                gone + sec(r.uniform(1800, 1860)),
                2,
                "HBeatMgr",
                "HeartbeatManager.cpp:153",
                L_NORESP,
                f"Node is not responding and will be removed. node: beegfs-client {lid} [ID: {nid}]; remaining nodes: {len(clients) + r.randint(40, 90)}",
            )
        else:
            down_t = at(10, 50) + sec(r.uniform(0, 3000))
            if in_any(down_t, [mgmt_down]):
                down_t += timedelta(minutes=6)
            unmount(down_t, h)

    # 08:10 stor03 panics: its two targets go probably-offline, offline, and come back at 08:33
    for tid in (301, 302):
        G(
            at(8, 11, 42) + sec(tid - 301),
            2,
            "XNodeSync",
            "Auto-offline",
            L_POFF,
            f"No state report received from storage target for {r.randint(90, 94)} seconds. Setting storage target to probably-offline. Storage target ID: {tid}",
        )
        G(
            at(8, 13, 12) + sec(tid - 301),
            2,
            "XNodeSync",
            "Auto-offline",
            L_OFF,
            f"No state report received from storage target for {r.randint(180, 184)} seconds. Setting storage target to offline. Storage target ID: {tid}",
        )
        G(
            at(8, 13, 20) + sec(tid - 301),
            2,
            "XNodeSync",
            "Assign target to capacity pool",
            L_POOL_R["No capacity report received."],
            f"Storage target capacity pool assignment updated. NodeID: 3; TargetID: {tid}; Pool: Emergency;  Reason: No capacity report received.",
        )
        G(
            at(8, 33, 7) + sec(tid - 301),
            2,
            r.choice(workers),
            "Change consistency states",
            L_ONLINE,
            f"Storage target is coming online. ID: {tid}",
        )
        G(
            at(8, 34, 1) + sec(tid - 301),
            2,
            "XNodeSync",
            "Assign target to capacity pool",
            L_POOL_N,
            f"Storage target capacity pool assignment updated. NodeID: 3; TargetID: {tid}; Pool: Normal.",
        )
    # 09:40 a checkpointing job fills target 202 past the low limit; it flaps until a cleanup at 10:20
    low = True
    tf = at(9, 41, 20)
    while tf < at(10, 25):
        pool, reason = ("Low", "Free capacity threshold") if low else ("Normal", None)
        if reason:
            G(
                tf,
                2,
                "XNodeSync",
                "Assign target to capacity pool",
                L_POOL_R[reason],
                f"Storage target capacity pool assignment updated. NodeID: 2; TargetID: 202; Pool: {pool};  Reason: {reason}",
            )
        else:
            G(
                tf,
                2,
                "XNodeSync",
                "Assign target to capacity pool",
                L_POOL_N,
                f"Storage target capacity pool assignment updated. NodeID: 2; TargetID: 202; Pool: {pool}.",
            )
        low = not low
        tf += sec(r.choice([180, 180, 360, 540]))
    if not low:
        G(
            at(10, 27, 0),
            2,
            "XNodeSync",
            "Assign target to capacity pool",
            L_POOL_N,
            "Storage target capacity pool assignment updated. NodeID: 2; TargetID: 202; Pool: Normal.",
        )

    # 10:44 mgmtd is restarted for the 7.4.3 update
    t = G(
        mgmt_down[0],
        1,
        "Main",
        "App.cpp:1014",
        "Received a signal SIGTERM. Clean shutdown initiated. Send another one to shutdown immediately.",
        "Received a signal SIGTERM. Clean shutdown initiated. Send another one to shutdown immediately.",
    )
    t = G(
        t + sec(1),
        3,
        "Main",
        "App.cpp:951",
        "Shutdown in progress: Buddy groups frozen - waiting for clients to acknowledge.",
        "Shutdown in progress: Buddy groups frozen - waiting for clients to acknowledge. Timeout (sec): 180",
    )
    G(
        t + sec(181),
        1,
        "Main",
        "App",
        "All components stopped. Exiting now!",
        "All components stopped. Exiting now!",
    )
    t = mgmt_down[1] - sec(20)
    for label, msg in [
        ("Loaded meta nodes.", "Loaded meta nodes. node count: 2"),
        ("Loaded storage nodes.", "Loaded storage nodes. node count: 4"),
        ("Loaded client nodes.", f"Loaded client nodes. node count: {len(clients) + 3}"),
    ]:
        t = G(
            t + sec(0.01),
            3,
            "Main",
            "App.cpp:"
            + {
                "Loaded meta nodes.": "383",
                "Loaded storage nodes.": "390",
                "Loaded client nodes.": "393",
            }[label],
            label,
            msg,
        )
    for label, msg in [
        ("Loaded storage pools: %s", "Loaded storage pools: 2"),
        ("Loaded target mappings: %s", "Loaded target mappings: 8"),
        (
            "Loaded storage target mirror buddy group mappings: %s",
            "Loaded storage target mirror buddy group mappings: 4",
        ),
        (
            "Loaded metadata node mirror buddy group mappings: %s",
            "Loaded metadata node mirror buddy group mappings: 1",
        ),
    ]:
        t = G(t + sec(0.01), 3, "Main", "App", label, msg)
    t = G(t + sec(0.1), 1, "Main", "App", "Version: %s", f"Version: {BG_VERSION}")
    t = G(
        t + sec(0.01), 2, "Main", "App", "LocalNode: %s", "LocalNode: beegfs-mgmtd mgmt01 [ID: 1]"
    )
    t = G(
        t + sec(0.01),
        2,
        "Main",
        "App",
        "Usable NICs: %s",
        "Usable NICs: ib0(RDMA) ib0(TCP) eno1(TCP) ",
    )
    t = G(
        t + sec(0.3),
        3,
        "HBeatMgr",
        "HBeatMgr",
        "Notifying stored nodes...",
        "Notifying stored nodes...",
    )
    t = G(t + sec(1.2), 3, "HBeatMgr", "HBeatMgr", "Init complete.", "Init complete.")
    t += sec(15)
    for nid in (1, 2):
        t = G(
            t + sec(0.01),
            2,
            "XNodeSync",
            "Assign node to capacity pool",
            L_META_POOL,
            f"Metadata node capacity pool assignment updated. NodeID: {nid}; Pool: Normal; Reason: Free capacity threshold",
        )
    for tid, nid in BG_TARGETS.items():
        t = G(
            t + sec(0.01),
            2,
            "XNodeSync",
            "Assign target to capacity pool",
            L_POOL_N,
            f"Storage target capacity pool assignment updated. NodeID: {nid}; TargetID: {tid}; Pool: Normal.",
        )

    # 11:18 a node reinstalled with a client config that sets a TCP port: rejected every heartbeat
    tw = at(11, 18, 4)
    while tw < at(11, 52):
        G(
            tw + sec(r.uniform(0, 1)),
            2,
            "DGramLis",
            "HeartbeatMsgEx.cpp:39",
            L_WRONGPORT,
            "Unable to register client because of wrong port. PortTCP: 8004; addr: 10.20.1.227:8004; nodeType: client",
        )
        tw += sec(r.choice([29, 30, 31, 60]))
    return fs.logs(T0)


SYSTEMS = {
    "truenas-middlewared": truenas,
    "zrepl": zrepl,
    "burp": burp,
    "lizardfs-master": lizardfs,
    "beegfs-mgmtd": beegfs,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
