#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 262 (kojid, boinc-client, arc-ce, dirac,
globus-connect-server) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). Five systems of a
research-computing group's grid and build services, 06:00 to 12:00 on 2024-06-07. Two of the
brief's systems are replaced. The CircleCI runner (machine runner 3 and its launch/task agents)
is closed source: its messages cannot be written as the format strings of a source, so Koji's
builder daemon, kojid, the self-hosted build runner of an RPM build system, takes its place.
HTCondor-CE is HTCondor's own daemons (condor_master, condor_schedd, condor_collector,
condor_job_router) run under /etc/condor-ce, writing the same dprintf logs as `htcondor`
already in the set, so the BOINC client, the other route by which grid payloads reach machines
(LHC@home's BOINC clients; ARC CE has a BOINC back-end), takes its place.

- kojid, Koji 1.34's builder daemon (`buildvm-x86-01-kojid.log`, `buildvm-x86-02-kojid.log`,
  `buildvm-a64-01-kojid.log`: /var/log/kojid.log of three builders of a private Koji,
  `log_level = INFO`, koji's file logger `%(asctime)s [%(levelname)s] %(name)s: %(message)s`:
  `2024-06-07 06:11:46,799 [INFO] koji.TaskManager: Attempting to take task 117238400`). The
  TaskManager's loop every 15 s (sleeptime) while tasks run: `pids: %r` and one `open task: %r`
  per open task (a waiting `build` parent too, woken with `Waking up task: %r`), `Attempting to
  take task %s`, a task process's `RESPONSE: %r` (the XML-RPC response's repr on one line) or
  `TRACEBACK: %s` (format_exception's text, a blank line after it), `Task %i (pid %i) exited with
  status %i` and `Expiring subsession %i (task %i)`, then `Expiring buildroot: %(id)i/%(tag_name)s/%(arch)s`
  and two minutes later `%s: clearing rootdir` / `%s: clearing resultdir`, yesterday's
  buildroots a day old (`Removing buildroot: %s`), `Lingering task %r (pid %r)`. The day: about
  a dozen builds (buildSRPMFromSCM, buildArch per arch, tagBuild under each build), a heavy LLVM
  build over the aarch64 builder's capacity (`Task load (%.2f) exceeds capacity (%.2f)` and `Not
  ready for task` every loop), two builds failing in mock (the arch task's and the parent's
  TRACEBACK, the other arch canceled: `Killing canceled task %r (pid %r)`, `Checking "%s" (pid
  %i, taskID %i)...`, `%s (pid %i, taskID %i) is running`, `Sent signal %i to %s ...`, `... was
  killed by signal %i`), a build canceled by its owner, the hub's httpd restarted 09:12-09:18
  (ClientSession's `Try #%s for call %s (%s) failed: %s` with requests' `503 Server Error:
  Service Unavailable for url: %s`), /var/lib/mock filling on buildvm-x86-02 10:05-10:16
  (`Insufficient disk space at %s: %i MB, %i MB required`), and every builder told to restart
  gracefully at 11:00 (`Initiating graceful restart`, `Restarting`, `Starting up`).
- BOINC client 7.24 on five lab workstations (`lab-ws01-stdoutdae.txt` ... `lab-ws05-...`:
  the client's message log, `07-Jun-2024 06:10:47 [LHC@home] Computation for task %s
  finished`, `[---]` for the client's own messages; log flags file_xfer, sched_ops, task),
  attached to LHC@home (Theory and SixTrack tasks) and Einstein@Home (BRP4 on CPU): `Starting
  task %s`, `Computation for task %s finished`, `Started upload of %s` / `Finished upload of %s`
  per output file, scheduler requests (`Sending scheduler request: %s.` with the reason,
  `Reporting %d completed tasks`, `Requesting new tasks for %s` or `Not requesting tasks: %s`,
  `Scheduler request completed: got %d new tasks` or `Scheduler request completed`, the
  project's `No tasks sent` / `This computer has reached a limit on tasks in progress`,
  `Project requested delay of %.0f seconds`), `Started download of %s` / `Finished download of
  %s`; the campus DNS failing 07:10-07:25 (`Scheduler request failed: Couldn't resolve host
  name`, `Project communication failed: attempting access to reference site`, `BOINC can't
  access Internet - check network connection or proxy configuration.`, `Temporarily failed
  upload of %s: can't resolve hostname` and `Backing off %s on upload of %s`), LHC@home's upload
  server failing 09:40-10:31 (`... transient HTTP error`) and its scheduler down 10:02-10:21
  (`Scheduler request failed: HTTP service unavailable`, `Internet access OK - project servers
  may be temporarily down.`), people at three of the desks from 08:30 (`Suspending computation -
  %s`, `Resuming computation`), a Theory task without its finished file (`Task %s exited with
  zero status but no 'finished' file`, `If this happens repeatedly you may need to reset the
  project.`) and a SixTrack task over its time limit (`Aborting task %s: exceeded elapsed time
  limit %.2f (%.2fG/%.2fG)`).
- NorduGrid ARC 6 CE, two of them in front of one Slurm cluster (`arc01-arex.log`,
  `arc01-gm-jobs.log`, `arc02-...`): A-REX's log (`[2024-06-07 06:01:41] [Arc] [INFO] [3121/4]
  <job id>: State: ACCEPTED: parsing job description`) and the job log gm-jobs.log
  (`2024-06-07 06:01:44 Started - job id: ..., unix user: 31002:31000, name: "...", owner:
  "<DN>", lrms: SLURM, queue: atlas`). aCT's ATLAS pilots and two local users' jobs: `%s: State:
  ACCEPTED: parsing job description`, `%s: State: ACCEPTED: moving to PREPARING`, `%s: State: %s
  from %s` at every change, `%s: state SUBMIT: starting child: %s` / `%s: state SUBMIT: child
  exited with code %i`, `%s: Job finished`, `%s: Job is requested to clean - deleting` once aCT
  has the output; gm-jobs' `Started - ...` and `Finished - ..., lrmsid: %s` with `, failure:
  "%s"` when the job failed; jobs over their wall time (`%s: State: INLRMS: exit message is %i
  %s`, `%s: Job failure detected`, `failure: "LRMS error: (%d) %s"`); slurmctld slow 09:02-09:36
  (`%s: LRMS scripts limit of %u is reached - suspending submit/cancel`, sbatch failing: `%s: Job
  submission to LRMS failed`, `failure: "Job submission to LRMS failed"`); five pilots killed by
  aCT at 10:41 (`%s: Canceling job because of user request`, `%s: state CANCELING: starting child:
  %s`, `... child exited with code %i`, `%s: state CANCELING: job diagnostics collected`,
  `failure: "Job is canceled by external request"`).
- DIRAC v8.0 WMS server (`SiteDirector-current.log`, `Matcher-current.log`: runit's log/current
  of the SiteDirector agent and the Matcher service, gLogger's `2024-06-07 06:12:05 UTC
  WorkloadManagement/SiteDirector NOTICE: ...`, the variable part of a call after a space). The
  agent's cycle every 600 s: AgentModule's `----------------------------------------`,
  `Starting cycle for module %s`, the run summary (`Agent module %s run summary`, ` Executed %s
  times previously`, ` Cycle took %.2f seconds`, ...); SiteDirector's beginExecution settings
  at ALWAYS (`VO:`, `Sites:`, `CETypes:`, `CEs:`, `PilotDN:`, `PilotGroup:`, `MaxPilotsToSubmit:`)
  and its submission (`Total jobs : number of task queues : number of waiting pilots`, `%s:
  Slots=%s, TQ jobs(pilotsWeMayWantToSubmit)=%s, Pilots: waiting %s, to submit=%s`, `Going to
  submit pilots (a maximum of %s pilots to %s queue)`, `Submitted %s pilots to %s@%s`, `CE queue
  report`, `Total number of pilots submitted in this cycle`); no work before 06:34 (`No Waiting
  jobs suitable for the director, so nothing to submit`, `Not submitting any pilots at this
  cycle`); ce02's schedd unreachable from 08:02 (`Failed submission to queue` with HTCondorCE's
  `Pilot submission failed with error: %s` on a second line, `Failed pilot submission`, then
  nine cycles of `queue failed recently ==> number of cycles skipped`). The Matcher's
  RequestHandler lines for the SiteDirector's getMatchingTaskQueues and the pilots' requestJob
  (`Executing action %s %s(%s)` with the arguments `<masked>`, `Returning response %s (%.2f secs)
  OK`, and `... ERROR: No match found` followed by S_ERROR's call stack and a blank line).
- Globus Connect Server v5.4's GridFTP server on two data transfer nodes (`gcs-dtn01-gridftp.log`,
  `gcs-dtn01-gridftp-transfer.log`, `gcs-dtn02-...`: `[5483] Fri Jun  7 06:00:52 2024 :: New
  connection from: %s` from the Globus transfer service, one session process per task, and the
  transfer log's netlogger records `DATE=... HOST=... PROG=globus-gridftp-server NL.EVNT=FTP_INFO
  START=... USER=... FILE=... ... TYPE=RETR CODE=226 TASKID=<task>`): `DN %s successfully
  authorized.`, `User %s successfully authorized`, `Starting to transfer "%s".` / `Finished
  transferring "%s".` per file, `Closed connection from %s`; scanners refused (`Connection
  disallowed by configuration from: %s`, most after `Couldn't resolve hostname from remote IP
  address:` and the resolver's error on the next line, `Temporary failure in name resolution`
  while the DNS fails 07:40-07:52); control connections failing (`Connection failed:` and
  globus_xio's error lines); the genomics fileset over quota 10:00-10:36 (`Failure attempting to
  transfer "%s".`, CODE=426); gridftp restarted on dtn01 at 07:31 and dtn02 at 10:20 (`Server
  started in daemon mode.`, `Configuration read from %s.`).

Label notes. The heads are context: koji's time, level and logger, BOINC's time and
`[project]`, A-REX's time, `[Arc]`, level and `[pid/thread]`, gm-jobs' time, gLogger's time,
`UTC`, component and level, GridFTP's `[pid]` and time. The job, task, pid and buildroot ids,
hosts, DNs, paths, counts and durations are values, and so are the words a program computes:
BOINC's scheduler-request reasons and suspend reasons (`To fetch work`, `computer is in use`),
A-REX's state names, DIRAC's RPC method names, GridFTP's TYPE and CODE. A value that is an
error contributes its format (requests' `%s Server Error: %s for url: %s`, BOINC's `can't
resolve hostname` / `transient HTTP error` / curl's `Couldn't resolve host name`, A-REX's
failure texts, DIRAC's `No match found` and the condor_submit error, globus_xio's errors); a
message written over several lines (gLogger's `Queue %s:\n%s`, globus_gfs_log_result's
`%s:\n%s`) is labelled on its first line with `\n` and the second line's format written out;
kojid's `TRACEBACK: %s` of a traceback is labelled `TRACEBACK: Traceback (most recent call
last):` as round 138 labels `logging.error(traceback.format_exc())`. The later lines of a write
have no row (tracebacks, DIRAC's call stacks and the blank line after them, the error lines
under `Connection failed:`).

Checked against copies of the sources: koji/daemon.py's TaskManager messages and kojid's
log-file and option handling (`log_level`, sleeptime 15, minspace 8192, the failed-buildroot
lifetime), koji's `Try #%s for call %s (%s) failed: %s` at INFO; BOINC's scheduler_op.cpp,
the `Scheduler request completed%s` of cs_scheduler.cpp and pers_file_xfer.cpp's transfer
messages; ARC's JobsList.cpp (every arex.log message written here) and JobLog.cpp (the gm-jobs
lines); DIRAC's BaseFormatter, AgentModule.am_go, SiteDirector.py, HTCondorComputingElement's
`Pilot submission failed with error: %s` and RequestHandler's `Executing action` / `Returning
response` (with the CallStack appended to an error); the GridFTP server's `New connection from:
%s`, `Connection disallowed by configuration from: %s`, globus_gfs_log_result's `%s:\n%s\n` with
the lead `Couldn't resolve hostname from remote IP address`, and the transfer log's format.
Least sure (written from the helper's knowledge): koji's file-log layout, parseStatus's wording,
main's `Starting up` / `Initiating graceful restart` / `Restarting`, getHostTasks' fields, the
BuildError text and traceback frames; BOINC's stdoutdae.txt layout, `Starting task`,
`Computation for task %s finished`, `Project requested delay`, the suspend, net_stats and
zero-status messages, the time-limit abort and the error texts; A-REX's log-line layout and
thread id, gm-jobs' time prefix, the LRMS description `Job was killed by SLURM` and its 271;
DIRAC's `[hosts:<hostname>]` credentials of a host, `No match found`, the stack frames, HTCondor's
`Can't find address of schedd %s`; GridFTP's head, the authorized, transfer, failure, closed,
start-up and configuration lines, the globus_xio texts and GCS v5's DN layout.
"""

from __future__ import annotations

import heapq
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ------------------------------------------------------------------------------------- kojid

KJ_HUB = "https://koji.corp.example/kojihub"
KJ_TOPURL = "https://koji.corp.example/kojifiles"
KJ_CMD = "/usr/bin/python3 /usr/sbin/kojid --fg --force-lock --verbose"
# name, arch, capacity, host id, pid of the daemon
KJ_BUILDERS = [
    ("buildvm-x86-01", "x86_64", 4.0, 301, 1187),
    ("buildvm-x86-02", "x86_64", 4.0, 302, 1203),
    ("buildvm-a64-01", "aarch64", 3.0, 311, 1164),
]
# package, version-release, noarch, (srpm secs), (build secs), weight, subpackages
KJ_PACKAGES = [
    ("corp-release", "9.4-3.el9", True, (40, 70), (50, 90), 1.5, ["corp-release"]),
    (
        "acme-agent",
        "2.14.1-1.el9",
        False,
        (60, 110),
        (180, 420),
        2.0,
        ["acme-agent", "acme-agent-selinux"],
    ),
    (
        "libfastjson",
        "0.99.9-7.el9",
        False,
        (45, 80),
        (120, 260),
        1.5,
        ["libfastjson", "libfastjson-devel"],
    ),
    ("python-corp-sdk", "1.8.0-2.el9", True, (50, 90), (90, 200), 1.5, ["python3-corp-sdk"]),
    ("nginx-mod-vts", "0.2.2-4.el9", False, (55, 95), (150, 330), 1.5, ["nginx-mod-vts"]),
    ("corp-ca-certs", "2024.2-1.el9", True, (30, 60), (40, 80), 1.5, ["corp-ca-certs"]),
    (
        "prometheus-node-exporter",
        "1.8.1-1.el9",
        False,
        (70, 130),
        (240, 520),
        2.5,
        ["golang-github-prometheus-node-exporter"],
    ),
    ("kernel-module-corpnic", "3.2.7-1.el9", False, (60, 100), (300, 640), 3.0, ["kmod-corpnic"]),
    (
        "rsyslog-corp",
        "8.2310.0-4.el9",
        False,
        (80, 140),
        (360, 700),
        3.0,
        ["rsyslog", "rsyslog-gnutls", "rsyslog-elasticsearch"],
    ),
]
KJ_HEAVY = (
    "llvm-corp",
    "17.0.6-3.el9",
    False,
    (120, 180),
    (560, 680),
    4.6,
    ["llvm-libs", "llvm-devel", "llvm"],
)
KJ_TAG = "el9-build"
KJ_OUTAGE = (at(9, 12, 4), at(9, 18, 37))
KJ_DISK = (at(10, 5, 20), at(10, 16, 50))
KJ_RESTART = at(11, 0, 2)


class KTask:
    """One Koji task: its hub state over time and, once taken, its builder and process."""

    def __init__(self, tid: int, method: str, arch: str, weight: float, build: KBuild) -> None:
        self.id, self.method, self.arch, self.weight, self.build = tid, method, arch, weight, build
        self.ready: datetime | None = None
        self.host: KHost | None = None
        self.pid = 0
        self.sub = 0
        self.start: datetime | None = None
        self.close: datetime | None = None  # result recorded at the hub (closeTask / failTask)
        self.exit: datetime | None = None  # process gone
        self.cancel: datetime | None = None
        self.fail = False
        self.brid = 0
        self.children: list[KTask] = []
        self.waiting_since: datetime | None = None
        self.phase = ""
        self.kids: list[tuple[int, str]] = []  # processes under the task when it is killed

    def open_at(self, t: datetime) -> bool:
        if self.start is None or self.start > t:
            return False
        if self.close is not None and self.close <= t:
            return False
        return not (self.cancel is not None and self.cancel <= t)


class KBuild:
    def __init__(self, pkg: tuple, arrive: datetime, fail_arch: str, cancel_after: float) -> None:
        self.pkg, self.arrive, self.fail_arch, self.cancel_after = (
            pkg,
            arrive,
            fail_arch,
            cancel_after,
        )


class KHost:
    def __init__(self, name: str, arch: str, cap: float, hid: int, pid: int) -> None:
        self.name, self.arch, self.cap, self.hid, self.pid = name, arch, cap, hid, pid
        self.tasks: dict[int, KTask] = {}
        self.pids: dict[int, int] = {}
        self.db_brs: list[KTask] = []
        self.local: list[list] = []  # [desc, retire time, cleared, failed]
        self.taken_last = False
        self.restart = False
        self.callnum = 0


def kojid(r: random.Random) -> list[Log]:
    """Three Koji builders of a private Koji, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    hosts = [KHost(*b) for b in KJ_BUILDERS]
    ids = iter(range(117238400, 117299999))
    brids = iter(range(4718200, 4799999))
    pids = iter(range(402311, 499999, 7))
    subs = iter(range(90411230, 90499999, 3))
    queue: list[KTask] = []
    events: list[tuple[datetime, int, str, object]] = []
    seq = iter(range(10**9))

    def push(t: datetime, kind: str, obj: object) -> None:
        heapq.heappush(events, (t, next(seq), kind, obj))

    def L(
        h: KHost,
        proc: object,
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str | list[str],
    ) -> datetime:
        lines = msg if isinstance(msg, list) else [msg]
        return fs.add(
            f"{h.name}-kojid.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} [{level}] {logger}: {lines[0]}",
                *lines[1:],
            ],
            proc,
            MS,
        )

    def step(t: datetime, lo: float = 0.004, hi: float = 0.05) -> datetime:
        return t + sec(r.uniform(lo, hi))

    # ---- builds of the day
    builds: list[KBuild] = []
    t = at(6, 11, 40)
    n = 0
    while t < at(11, 38):
        n += 1
        pkg = r.choice(KJ_PACKAGES)
        fail = ""
        cancel = 0.0
        if n in (3, 8):
            fail = "x86_64"
        if n == 10:
            fail = "aarch64"
        if n == 6:
            pkg = KJ_HEAVY
        if n == 11:
            cancel = 260.0
        builds.append(KBuild(pkg, t, fail, cancel))
        push(t, "arrive", builds[-1])
        t += sec(r.uniform(1100, 2000))

    def new_task(method: str, arch: str, weight: float, b: KBuild, ready: datetime) -> KTask:
        task = KTask(next(ids), method, arch, weight, b)
        task.ready = ready
        queue.append(task)
        return task

    def rpm_paths(task: KTask) -> list[str]:
        _name, vr, noarch, *_rest, subs_ = task.build.pkg
        arch = "noarch" if noarch else task.arch
        base = f"tasks/{task.id % 10000}/{task.id}"
        return [f"{base}/{s}-{vr}.{arch}.rpm" for s in subs_]

    def xml_value(v: object) -> str:
        if v is None:
            return "<value><nil/></value>"
        if isinstance(v, int):
            return f"<value><int>{v}</int></value>"
        if isinstance(v, str):
            return f"<value><string>{v}</string></value>"
        if isinstance(v, list):
            return (
                "<value><array><data>\n"
                + "".join(xml_value(x) + "\n" for x in v)
                + "</data></array></value>"
            )
        assert isinstance(v, dict)
        return (
            "<value><struct>\n"
            + "".join(
                f"<member>\n<name>{k}</name>\n{xml_value(x)}\n</member>\n" for k, x in v.items()
            )
            + "</struct></value>"
        )

    def response(task: KTask) -> str:
        name, vr, *_ = task.build.pkg
        base = f"tasks/{task.id % 10000}/{task.id}"
        logs = [f"{base}/{x}.log" for x in ("build", "root", "state", "mock_output", "hw_info")]
        if task.method == "buildArch":
            v: object = {"rpms": rpm_paths(task), "srpms": [], "logs": logs, "brootid": task.brid}
        elif task.method == "buildSRPMFromSCM":
            v = {
                "srpm": f"{base}/{name}-{vr}.src.rpm",
                "logs": logs,
                "brootid": task.brid,
                "source": {
                    "source": f"git+https://git.corp.example/rpms/{name}.git#{hexid(r, 40)}",
                    "url": f"git+https://git.corp.example/rpms/{name}.git#{hexid(r, 40)}",
                },
            }
        else:
            v = None
        xml = (
            "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n"
            + xml_value(v)
            + "\n</param>\n</params>\n</methodResponse>\n"
        )
        return "RESPONSE: " + repr(xml)

    def traceback_lines(task: KTask, arch: str) -> list[str]:
        lines = [
            "TRACEBACK: Traceback (most recent call last):",
            '  File "/usr/lib/python3.9/site-packages/koji/daemon.py", line 1386, in runTask',
            "    response = (handler.run(),)",
            '  File "/usr/lib/python3.9/site-packages/koji/tasks.py", line 327, in run',
            "    return koji.util.call_with_argcheck(self.handler, self.params, self.opts)",
            '  File "/usr/lib/python3.9/site-packages/koji/util.py", line 263, in call_with_argcheck',
            "    return func(*args, **kwargs)",
        ]
        if task.method == "buildArch":
            lines += [
                '  File "/usr/sbin/kojid", line 1259, in handler',
                "    broot.build(fn, arch)",
                '  File "/usr/sbin/kojid", line 735, in build',
                '    raise koji.BuildError("error building package (arch %s), %s" % (arch, self._mockResult(rv)))',
            ]
        else:
            lines += [
                '  File "/usr/sbin/kojid", line 1456, in handler',
                "    results = self.wait(to_list(subtasks.values()), all=True, failany=True)",
                '  File "/usr/lib/python3.9/site-packages/koji/tasks.py", line 414, in wait',
                "    self.session.getTaskResult(task)",
                '  File "/usr/lib/python3.9/site-packages/koji/__init__.py", line 2604, in __call__',
                "    return self.__func(self.__name, args, opts)",
                '  File "/usr/lib/python3.9/site-packages/koji/__init__.py", line 3098, in _callMethod',
                "    raise err",
            ]
        lines += [
            f"koji.BuildError: error building package (arch {arch}), mock exited with status 1; see build.log or root.log for more information",
            "",
        ]
        return lines

    def host_for(task: KTask, h: KHost) -> bool:
        if task.method == "buildArch":
            return h.arch == task.arch or (task.arch == "noarch" and h.arch == "x86_64")
        if task.method == "buildSRPMFromSCM":
            return h.arch == "x86_64"
        return True

    def disk_full(h: KHost, t: datetime) -> bool:
        return h.name == "buildvm-x86-02" and KJ_DISK[0] <= t < KJ_DISK[1]

    def free_mb(t: datetime) -> int:
        frac = (t - KJ_DISK[0]).total_seconds() / (KJ_DISK[1] - KJ_DISK[0]).total_seconds()
        return int(7840 - 5100 * frac + r.uniform(-40, 40))

    def load(h: KHost, t: datetime) -> float:
        return sum(
            x.weight
            for x in h.tasks.values()
            if x.open_at(t) and not (x.waiting_since and x.waiting_since <= t)
        )

    def avail(h: KHost, t: datetime) -> float:
        return h.cap - load(h, t)

    def kill_sequence(h: KHost, task: KTask, t: datetime) -> datetime:
        for kpid, cmd in reversed(task.kids):
            ex = cmd.split()[0]
            t = L(
                h,
                h.pid,
                step(t),
                "INFO",
                "koji.TaskManager",
                'Checking "%s" (pid %i, taskID %i)...',
                f'Checking "{cmd}" (pid {kpid}, taskID {task.id})...',
            )
            t = L(
                h,
                h.pid,
                step(t, 0.001, 0.01),
                "INFO",
                "koji.TaskManager",
                "%s (pid %i, taskID %i) is running",
                f"{ex} (pid {kpid}, taskID {task.id}) is running",
            )
            t = L(
                h,
                h.pid,
                step(t, 0.001, 0.01),
                "INFO",
                "koji.TaskManager",
                "Sent signal %i to %s (pid %i, taskID %i)",
                f"Sent signal 2 to {ex} (pid {kpid}, taskID {task.id})",
            )
            t = L(
                h,
                h.pid,
                t + sec(3.0 + r.uniform(0.001, 0.02)),
                "INFO",
                "koji.TaskManager",
                "%s (pid %i, taskID %i) was killed by signal %i",
                f"{ex} (pid {kpid}, taskID {task.id}) was killed by signal 2",
            )
        return t

    def update_buildroots(h: KHost, t: datetime) -> datetime:
        for task in list(h.db_brs):
            if task.id not in h.tasks:
                desc = (
                    f"{task.brid}/{KJ_TAG}/{task.arch if task.method == 'buildArch' else 'x86_64'}"
                )
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "INFO",
                    "koji.TaskManager",
                    "Expiring buildroot: %(id)i/%(tag_name)s/%(arch)s",
                    f"Expiring buildroot: {desc}",
                )
                h.db_brs.remove(task)
                h.local.append([desc, t, False, task.fail or task.cancel is not None])
        for br in list(h.local):
            desc, retire, cleared, failed = br
            age = (t - retire).total_seconds()
            if age > 86400:
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "INFO",
                    "koji.TaskManager",
                    "Removing buildroot: %s",
                    f"Removing buildroot: {desc}",
                )
                h.local.remove(br)
                continue
            if cleared or age <= 120:
                continue
            if failed and age < 4 * 3600:
                if not disk_full(h, t):
                    continue
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "WARNING",
                    "koji.TaskManager",
                    "Insufficient disk space at %s: %i MB, %i MB required",
                    f"Insufficient disk space at /var/lib/mock: {free_mb(t)} MB, 8192 MB required",
                )
            t = L(
                h,
                h.pid,
                step(t),
                "INFO",
                "koji.TaskManager",
                "%s: clearing rootdir",
                f"{desc}: clearing rootdir",
            )
            t = L(
                h,
                h.pid,
                step(t, 0.2, 1.5),
                "INFO",
                "koji.TaskManager",
                "%s: clearing resultdir",
                f"{desc}: clearing resultdir",
            )
            br[2] = True
        return t

    def update_tasks(h: KHost, t: datetime) -> datetime:
        if h.pids:
            t = L(h, h.pid, step(t), "INFO", "koji.TaskManager", "pids: %r", f"pids: {h.pids!r}")
        for task in list(h.tasks.values()):
            if not task.open_at(t):
                continue
            d: dict = {"id": task.id, "waiting": False, "weight": task.weight}
            alert = False
            if task.waiting_since is not None and task.waiting_since <= t:
                kids = task.children
                done = all(k.close is not None and k.close <= t for k in kids)
                failed = any(k.fail and k.close is not None and k.close <= t for k in kids)
                if done or failed:
                    d["alert"] = True
                    alert = True
                else:
                    d["waiting"] = True
            t = L(
                h,
                h.pid,
                step(t, 0.002, 0.02),
                "INFO",
                "koji.TaskManager",
                "open task: %r",
                f"open task: {d!r}",
            )
            if alert:
                t = L(
                    h,
                    h.pid,
                    step(t, 0.001, 0.01),
                    "INFO",
                    "koji.TaskManager",
                    "Waking up task: %r",
                    f"Waking up task: {d!r}",
                )
                task.waiting_since = None
                push(t + sec(r.uniform(0.2, 0.6)), "resume", task)
        for tid, pid in list(h.pids.items()):
            task = h.tasks[tid]
            if task.exit is not None and task.exit <= t and task.cancel is None:
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "INFO",
                    "koji.TaskManager",
                    "Task %i (pid %i) exited with status %i",
                    f"Task {tid} (pid {pid}) exited with status 0",
                )
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "INFO",
                    "koji.TaskManager",
                    "Expiring subsession %i (task %i)",
                    f"Expiring subsession {task.sub} (task {tid})",
                )
                del h.pids[tid]
                del h.tasks[tid]
        for tid, pid in list(h.pids.items()):
            task = h.tasks[tid]
            if task.open_at(t):
                continue
            if task.cancel is not None and task.cancel <= t:
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "INFO",
                    "koji.TaskManager",
                    "Killing canceled task %r (pid %r)",
                    f"Killing canceled task {tid} (pid {pid})",
                )
                t = kill_sequence(h, task, t)
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "INFO",
                    "koji.TaskManager",
                    "Expiring subsession %i (task %i)",
                    f"Expiring subsession {task.sub} (task {tid})",
                )
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "INFO",
                    "koji.TaskManager",
                    "Task %i (pid %i) exited with status %i",
                    f"Task {tid} (pid {pid}) exited with status 0",
                )
                task.exit = t
                del h.pids[tid]
                del h.tasks[tid]
            elif (
                task.close is not None and task.close <= t and (task.exit is None or task.exit > t)
            ):
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "INFO",
                    "koji.TaskManager",
                    "Lingering task %r (pid %r)",
                    f"Lingering task {tid} (pid {pid})",
                )
        return t

    def take(h: KHost, task: KTask, t: datetime) -> datetime:
        t = L(
            h,
            h.pid,
            step(t, 0.02, 0.2),
            "INFO",
            "koji.TaskManager",
            "Attempting to take task %s",
            f"Attempting to take task {task.id}",
        )
        queue.remove(task)
        task.host, task.start, task.pid, task.sub = h, step(t, 0.05, 0.2), next(pids), next(subs)
        h.tasks[task.id] = task
        h.pids[task.id] = task.pid
        name, _vr, _noarch, srpm_s, build_s, *_ = task.build.pkg
        if task.method in ("buildArch", "buildSRPMFromSCM"):
            task.brid = next(brids)
            h.db_brs.append(task)
            lo, hi = srpm_s if task.method == "buildSRPMFromSCM" else build_s
            dur = r.uniform(lo, hi) * (1.4 if task.arch == "aarch64" else 1.0)
            mockpid = task.pid + 3
            br = f"{KJ_TAG}-{task.brid}-{r.randint(1203800, 1203999)}"
            task.kids = [
                (task.pid, KJ_CMD),
                (
                    mockpid,
                    f"/usr/bin/python3 /usr/libexec/mock/mock -r /var/lib/mock/{br}/mock.cfg --no-clean --target {task.arch} --rebuild /var/tmp/koji/tasks/{task.id % 10000}/{task.id}/{name}.src.rpm",
                ),
                (
                    mockpid + 41,
                    f"/usr/bin/rpmbuild -bb --target {task.arch} --nodeps /builddir/build/SPECS/{name}.spec",
                ),
            ]
            fail = task.method == "buildArch" and task.build.fail_arch == task.arch
            end = task.start + sec(dur * (0.6 if fail else 1.0))
            push(end, "finish", task)
            task.fail = fail
        elif task.method == "tagBuild":
            task.kids = [(task.pid, KJ_CMD)]
            push(task.start + sec(r.uniform(4, 14)), "finish", task)
        else:  # build: waits for its subtasks
            task.kids = [(task.pid, KJ_CMD)]
            task.phase = "srpm"
            push(task.start + sec(r.uniform(0.8, 1.6)), "resume", task)
            if task.build.cancel_after:
                push(task.start + sec(task.build.cancel_after), "cancel", task)
        return t

    def finish(task: KTask, t: datetime) -> None:
        """The task's process records its result (RESPONSE or TRACEBACK) and exits."""
        if task.cancel is not None and task.cancel <= t:
            return
        h = task.host
        assert h is not None
        if task.fail:
            arch = task.arch if task.method == "buildArch" else task.build.fail_arch
            t = L(
                h,
                task.pid,
                t,
                "WARNING",
                "koji.TaskManager",
                "TRACEBACK: Traceback (most recent call last):",
                traceback_lines(task, arch),
            )
        else:
            t = L(h, task.pid, t, "INFO", "koji.TaskManager", "RESPONSE: %r", response(task))
        task.close = t + sec(r.uniform(0.05, 0.3))
        task.exit = task.close + sec(
            r.uniform(0.3, 1.2) if r.random() > 0.12 else r.uniform(16, 22)
        )

    def resume(p: KTask, t: datetime) -> None:
        if p.cancel is not None and p.cancel <= t:
            return
        b = p.build
        _name, _vr, noarch, *_ = b.pkg
        if any(k.fail for k in p.children):
            for k in p.children:
                if k.close is None or k.close > t:
                    k.cancel = t
            p.fail = True
            finish(p, t + sec(r.uniform(0.3, 0.8)))
            return
        if p.phase == "srpm":
            p.children = [new_task("buildSRPMFromSCM", "noarch", 1.0, b, t + sec(0.3))]
            p.phase = "arch"
        elif p.phase == "arch":
            weight = b.pkg[5]
            arches = ["noarch"] if noarch else ["x86_64", "aarch64"]
            p.children = [new_task("buildArch", a, weight, b, t + sec(0.4)) for a in arches]
            p.phase = "tag"
        elif p.phase == "tag":
            p.children = [new_task("tagBuild", "noarch", 0.1, b, t + sec(0.3))]
            p.phase = "done"
        else:
            finish(p, t + sec(r.uniform(0.3, 0.8)))
            return
        p.waiting_since = t + sec(0.6)

    def get_next_task(h: KHost, t: datetime) -> tuple[datetime, bool]:
        ready = True
        if h.restart:
            if h.tasks:
                ready = False
            else:
                t = L(h, h.pid, step(t), "WARNING", "koji.build", "Restarting", "Restarting")
                t = L(
                    h,
                    h.pid,
                    t + sec(r.uniform(1.2, 2.2)),
                    "INFO",
                    "koji.build",
                    "Starting up",
                    "Starting up",
                )
                h.restart = False
                return t, False
        elif load(h, t) > h.cap:
            t = L(
                h,
                h.pid,
                step(t),
                "INFO",
                "koji.TaskManager",
                "Task load (%.2f) exceeds capacity (%.2f)",
                f"Task load ({load(h, t):.2f}) exceeds capacity ({h.cap:.2f})",
            )
            ready = False
        elif disk_full(h, t):
            t = L(
                h,
                h.pid,
                step(t),
                "WARNING",
                "koji.TaskManager",
                "Insufficient disk space at %s: %i MB, %i MB required",
                f"Insufficient disk space at /var/lib/mock: {free_mb(t)} MB, 8192 MB required",
            )
            ready = False
        if not ready:
            return L(
                h,
                h.pid,
                step(t),
                "INFO",
                "koji.TaskManager",
                "Not ready for task",
                "Not ready for task",
            ), False
        for task in list(queue):
            if task.ready is None or task.ready > t or not host_for(task, h):
                continue
            others = [
                o
                for o in hosts
                if host_for(task, o)
                and not o.restart
                and not disk_full(o, t)
                and load(o, t) <= o.cap
            ]
            caps = sorted((avail(o, t) for o in others), reverse=True)
            mine = avail(h, t)
            pos = next((i for i, c in enumerate(caps) if mine >= c), len(caps) - 1)
            rank = pos / (len(caps) - 1) if len(caps) > 1 else 0.0
            if (t - task.ready).total_seconds() < 180 * rank:
                continue
            return take(h, task, t), True
        return t, False

    def loop(h: KHost, t: datetime) -> None:
        h.callnum += r.randint(4, 7)
        if KJ_OUTAGE[0] <= t < KJ_OUTAGE[1]:
            method = "listBuildroots" if not h.taken_last else "host.getHostTasks"
            tries = 1
            while True:
                t = L(
                    h,
                    h.pid,
                    step(t),
                    "INFO",
                    "koji",
                    "Try #%s for call %s (%s) failed: %s Server Error: %s for url: %s",
                    f"Try #{tries} for call {h.callnum} ({method}) failed: 503 Server Error: Service Unavailable for url: {KJ_HUB}",
                )
                tries += 1
                t += sec(r.uniform(0.1, 0.3) if tries == 2 else 60 + r.uniform(0.05, 0.4))
                if t >= KJ_OUTAGE[1]:
                    break
        if not h.taken_last:
            t = update_buildroots(h, t)
        t = update_tasks(h, t)
        t, taken = get_next_task(h, t)
        h.taken_last = taken
        push(t + sec(r.uniform(0.2, 0.5) if taken else 15 + r.uniform(0.05, 0.6)), "loop", h)

    # buildroots of yesterday's builds, a day old during the morning
    for h in hosts:
        for _ in range(r.randint(3, 5)):
            arch = h.arch
            h.local.append(
                [
                    f"{next(brids) - 120000}/{KJ_TAG}/{arch}",
                    at(6, r.randint(5, 59)) - timedelta(days=1) + sec(r.uniform(0, 3600 * 4)),
                    True,
                    False,
                ]
            )
        push(T0 + sec(r.uniform(1, 14)), "loop", h)
    for h in hosts:
        push(KJ_RESTART + sec(r.uniform(0, 4)), "usr1", h)

    while events:
        t, _, kind, obj = heapq.heappop(events)
        if t >= T_END:
            break
        if kind == "loop":
            loop(obj, t)  # type: ignore[arg-type]
        elif kind == "arrive":
            b = obj
            p = new_task("build", "noarch", 0.2, b, t)  # type: ignore[arg-type]
            p.phase = "srpm"
        elif kind == "finish":
            finish(obj, t)  # type: ignore[arg-type]
        elif kind == "resume":
            resume(obj, t)  # type: ignore[arg-type]
        elif kind == "cancel":
            p = obj
            p.cancel = t  # type: ignore[union-attr]
            for k in p.children:  # type: ignore[union-attr]
                if k.close is None or k.close > t:
                    k.cancel = t
                    if k in queue:
                        queue.remove(k)
        elif kind == "usr1":
            h = obj
            L(
                h,
                h.pid,
                t,
                "WARNING",
                "koji.build",
                "Initiating graceful restart",
                "Initiating graceful restart",
            )  # type: ignore[union-attr]
            h.restart = True  # type: ignore[union-attr]
    return fs.logs(T0)


# ----------------------------------------------------------------------------- boinc-client

# host, usable CPUs, used by a person in the late morning (suspend while in use)
BC_HOSTS = [
    ("lab-ws01", 12, True),
    ("lab-ws02", 8, True),
    ("lab-ws03", 16, False),
    ("lab-ws04", 8, True),
    ("lab-ws05", 12, False),
]
BC_LHC, BC_EAH = "LHC@home", "Einstein@Home"
BC_NET_DOWN = (at(7, 10, 30), at(7, 25, 10))
BC_LHC_UPLOAD_DOWN = (at(9, 40, 0), at(10, 31, 0))
BC_LHC_SCHED_DOWN = (at(10, 2, 0), at(10, 21, 0))
BC_DELAY = {BC_LHC: 6, BC_EAH: 60}


def bc_task(r: random.Random, project: str) -> tuple[str, list[str], list[str], float]:
    """A task's name, its input files to download, its output files and its CPU seconds."""
    if project == BC_EAH:
        beam = f"p2030.2017{r.randint(1, 12):02d}{r.randint(10, 28)}.G{r.uniform(30, 200):.2f}-0{r.uniform(0, 2):.2f}.N.b{r.randint(0, 6)}s0g0.00000"
        wu = f"{beam}_{r.randint(100, 3800)}"
        name = f"{wu}_{r.randint(0, 2)}"
        return (
            name,
            [f"{beam}.bin4", f"{beam}.zap"],
            [f"{name}_0", f"{name}_1"],
            r.uniform(4200, 7800),
        )
    if r.random() < 0.6:
        wu = f"Theory_{r.randint(2600, 2800)}-{r.randint(2400000, 2799999)}-{r.randint(500, 700)}"
        name = f"{wu}_{r.randint(0, 1)}"
        return (
            name,
            [f"{wu}.tgz"],
            [f"{name}_r{r.randint(100000000, 999999999)}_result"],
            r.uniform(3000, 9000),
        )
    job = r.choice(["B1inj.b6onIRon_c2", "B1topenergy.b6onIRoff_c6", "B2inj.b6onIRon_c2"])
    wu = f"w-c{r.randint(1, 9)}_job.{job}.{r.randint(1000, 2999)}__{r.randint(1, 40)}__s__{r.uniform(62, 65):.2f}_{r.uniform(59, 61):.2f}__{r.randint(2, 8)}.{r.randint(1, 9)}_{r.randint(4, 10)}.{r.randint(1, 9)}__{r.randint(2, 8)}__{r.choice([30, 45, 60, 70])}.5_1_sixvf_boinc{r.randint(1000, 99999)}"
    name = f"{wu}_{r.randint(0, 1)}"
    return (
        name,
        [f"{wu}.zip"],
        [f"{name}_r{r.randint(100000000, 999999999)}_0"],
        r.uniform(900, 4200),
    )


def bc_backoff(secs: float) -> str:
    """timediff_format: hh:mm:ss under a day."""
    s = int(secs)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def bc_host(r: random.Random, fs: Files, host: str, ncpu: int, used: bool) -> None:
    f = f"{host}-stdoutdae.txt"
    proc = (host, "boinc")
    # the person at the desk from 08:30: sessions of activity, suspended while in use
    susp: list[tuple[datetime, datetime]] = []
    if used:
        t = at(8, 30) + sec(r.uniform(0, 1500))
        while t < at(11, 50):
            length = r.uniform(600, 3000)
            susp.append((t, t + sec(length + 180)))
            t += sec(length + 180 + r.uniform(300, 2400))

    def L(t: datetime, project: str, label: str, msg: str) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{x.day:02d}-{x:%b-%Y %H:%M:%S} [{project}] {msg}"], proc, SEC
        )

    def suspended(t: datetime) -> bool:
        return in_any(t, susp)

    def advance(t: datetime, work: float) -> datetime:
        """The instant a task started at t with `work` seconds left finishes, not running
        while computation is suspended."""
        end = t + sec(work)
        for a, b in susp:
            if b <= t or a >= end:
                continue
            if a <= t:
                end += b - t
            else:
                end += b - a
        return end

    events: list[tuple[datetime, int, str, object]] = []
    seq = iter(range(10**9))

    def push(t: datetime, kind: str, obj: object) -> None:
        heapq.heappush(events, (t, next(seq), kind, obj))

    running: dict[str, tuple] = {}
    ready: list[tuple] = []
    done_unreported: dict[str, list[str]] = {BC_LHC: [], BC_EAH: []}
    backoff_until: dict[str, datetime] = {BC_LHC: T0, BC_EAH: T0}
    rpc_pending: set[str] = set()
    zero_status_host = host == "lab-ws03"
    busy = {"until": T0}
    aborted = {"done": host != "lab-ws05"}
    zero_done = {"done": not zero_status_host}

    def pick_project() -> str:
        return BC_LHC if r.random() < 0.62 else BC_EAH

    for _ in range(ncpu):
        project = pick_project()
        name, _ins, outs, work = bc_task(r, project)
        start = T0 - sec(r.uniform(0, work * 0.9))
        fin = advance(T0, work - (T0 - start).total_seconds())
        running[name] = (project, outs)
        push(fin, "finish", name)
    for _ in range(max(2, ncpu // 3)):
        project = pick_project()
        name, _ins, outs, work = bc_task(r, project)
        ready.append((project, name, outs, work))
    push(T0 + sec(r.uniform(200, 900)), "check", None)
    for a, b in susp:
        push(a, "suspend", None)
        push(b, "resume", None)

    def start_tasks(t: datetime) -> datetime:
        while len(running) < ncpu and ready and not suspended(t):
            project, name, outs, work = ready.pop(0)
            t = L(t, project, "Starting task %s", f"Starting task {name}")
            running[name] = (project, outs)
            if not zero_done["done"] and "Theory" in name and t > at(8, 40):
                zero_done["done"] = True
                push(t + sec(r.uniform(400, 900)), "zero", (name, project, work))
            elif not aborted["done"] and "sixvf" in name and t > at(7, 40):
                aborted["done"] = True
                push(t + sec(r.uniform(2400, 3000)), "abort", name)
            else:
                push(advance(t, work), "finish", name)
        return t

    def upload(t: datetime, project: str, fname: str, attempt: int) -> None:
        t = L(
            t + sec(r.uniform(0.5, 3)),
            project,
            "Started upload of %s",
            f"Started upload of {fname}",
        )
        if in_any(t, [BC_NET_DOWN]):
            t = L(
                t + sec(r.uniform(0.2, 2)),
                project,
                "Temporarily failed upload of %s: can't resolve hostname",
                f"Temporarily failed upload of {fname}: can't resolve hostname",
            )
        elif project == BC_LHC and in_any(t, [BC_LHC_UPLOAD_DOWN]):
            t = L(
                t + sec(r.uniform(20, 60)),
                project,
                "Temporarily failed upload of %s: transient HTTP error",
                f"Temporarily failed upload of {fname}: transient HTTP error",
            )
        else:
            L(
                t + sec(r.uniform(1.5, 14)),
                project,
                "Finished upload of %s",
                f"Finished upload of {fname}",
            )
            return
        wait = min(4 * 3600.0, 60 * 2**attempt * r.uniform(0.5, 1.0) + r.uniform(0, 60))
        L(
            t + sec(0.01),
            project,
            "Backing off %s on upload of %s",
            f"Backing off {bc_backoff(wait)} on upload of {fname}",
        )
        push(t + sec(wait), "upload", (project, fname, attempt + 1))

    def rpc(t: datetime, project: str) -> datetime:
        rpc_pending.discard(project)
        need = sum(1 for x in ready) < max(2, ncpu // 3)
        reason = "To fetch work" if need else "To report completed tasks"
        t = L(t, project, "Sending scheduler request: %s.", f"Sending scheduler request: {reason}.")
        report = done_unreported[project]
        if report:
            t = L(
                t,
                project,
                "Reporting %d completed tasks",
                f"Reporting {len(report)} completed tasks",
            )
        if need:
            t = L(t, project, "Requesting new tasks for %s", "Requesting new tasks for CPU")
        else:
            t = L(
                t,
                project,
                "Not requesting tasks: %s",
                "Not requesting tasks: don't need (CPU: job cache full)",
            )
        t += sec(r.uniform(1.5, 6))
        if in_any(t, [BC_NET_DOWN]) or (project == BC_LHC and in_any(t, [BC_LHC_SCHED_DOWN])):
            if in_any(t, [BC_NET_DOWN]):
                t = L(
                    t,
                    project,
                    "Scheduler request failed: Couldn't resolve host name",
                    "Scheduler request failed: Couldn't resolve host name",
                )
                t = L(
                    t,
                    "---",
                    "Project communication failed: attempting access to reference site",
                    "Project communication failed: attempting access to reference site",
                )
                t = L(
                    t + sec(r.uniform(2, 8)),
                    "---",
                    "BOINC can't access Internet - check network connection or proxy configuration.",
                    "BOINC can't access Internet - check network connection or proxy configuration.",
                )
            else:
                t = L(
                    t,
                    project,
                    "Scheduler request failed: HTTP service unavailable",
                    "Scheduler request failed: HTTP service unavailable",
                )
                t = L(
                    t,
                    "---",
                    "Project communication failed: attempting access to reference site",
                    "Project communication failed: attempting access to reference site",
                )
                t = L(
                    t + sec(r.uniform(1, 4)),
                    "---",
                    "Internet access OK - project servers may be temporarily down.",
                    "Internet access OK - project servers may be temporarily down.",
                )
            backoff_until[project] = t + sec(r.uniform(300, 900))
            return t
        done_unreported[project] = []
        got = 0
        if need:
            got = 0 if r.random() < 0.15 else r.randint(1, max(2, ncpu // 3))
            t = L(
                t,
                project,
                "Scheduler request completed: got %d new tasks",
                f"Scheduler request completed: got {got} new tasks",
            )
            if got == 0:
                t = L(t, project, "No tasks sent", "No tasks sent")
                if project == BC_LHC and r.random() < 0.5:
                    t = L(
                        t,
                        project,
                        "This computer has reached a limit on tasks in progress",
                        "This computer has reached a limit on tasks in progress",
                    )
        else:
            t = L(t, project, "Scheduler request completed", "Scheduler request completed")
        t = L(
            t,
            project,
            "Project requested delay of %.0f seconds",
            f"Project requested delay of {BC_DELAY[project]} seconds",
        )
        backoff_until[project] = t + sec(BC_DELAY[project])
        news = [bc_task(r, project) for _ in range(got)]
        files = [x for task in news for x in task[1]]
        tt = t
        for fname in files:
            tt = L(
                tt + sec(r.uniform(0.2, 1.5)),
                project,
                "Started download of %s",
                f"Started download of {fname}",
            )
        for fname in files:
            tt = L(
                tt + sec(r.uniform(1, 25)),
                project,
                "Finished download of %s",
                f"Finished download of {fname}",
            )
        for name, _ins, outs, work in news:
            ready.append((project, name, outs, work))
        push(tt + sec(0.5), "start", None)
        return t

    while events:
        t, _, kind, obj = heapq.heappop(events)
        if t >= T_END:
            break
        if kind == "finish":
            name = obj
            project, outs = running.pop(name)  # type: ignore[arg-type]
            t = L(
                t,
                project,
                "Computation for task %s finished",
                f"Computation for task {name} finished",
            )
            for fname in outs:
                upload(t, project, fname, 0)
            done_unreported[project].append(name)  # type: ignore[arg-type]
            t = start_tasks(t + sec(0.5))
            push(t + sec(r.uniform(30, 300)), "check", None)
        elif kind == "zero":
            name, project, work = obj  # type: ignore[misc]
            t = L(
                t,
                project,
                "Task %s exited with zero status but no 'finished' file",
                f"Task {name} exited with zero status but no 'finished' file",
            )
            t = L(
                t,
                project,
                "If this happens repeatedly you may need to reset the project.",
                "If this happens repeatedly you may need to reset the project.",
            )
            push(advance(t + sec(10), work), "finish", name)
        elif kind == "abort":
            name = obj
            limit = r.uniform(2300, 2700)
            t = L(
                t,
                BC_LHC,
                "Aborting task %s: exceeded elapsed time limit %.2f (%.2fG/%.2fG)",
                f"Aborting task {name}: exceeded elapsed time limit {limit:.2f} ({r.uniform(180000, 260000):.2f}G/{r.uniform(70, 110):.2f}G)",
            )
            running.pop(name)  # type: ignore[arg-type]
            t = L(
                t,
                BC_LHC,
                "Computation for task %s finished",
                f"Computation for task {name} finished",
            )
            done_unreported[BC_LHC].append(name)  # type: ignore[arg-type]
            start_tasks(t + sec(0.5))
        elif kind == "upload":
            project, fname, attempt = obj  # type: ignore[misc]
            upload(t, project, fname, attempt)
        elif kind == "start":
            start_tasks(t)
        elif kind == "suspend":
            L(
                t,
                "---",
                "Suspending computation - %s",
                "Suspending computation - computer is in use",
            )
        elif kind == "resume":
            t = L(t, "---", "Resuming computation", "Resuming computation")
            start_tasks(t + sec(0.5))
        elif kind == "check":
            for project in (BC_LHC, BC_EAH):
                if project in rpc_pending or backoff_until[project] > t:
                    continue
                need = len(ready) < max(2, ncpu // 3)
                owed = done_unreported[project] and (
                    len(done_unreported[project]) >= 3 or r.random() < 0.35
                )
                if (need and (project == BC_LHC) == (r.random() < 0.62)) or owed:
                    rpc_pending.add(project)
                    push(t + sec(r.uniform(1, 40)), "rpc", project)
            if any(backoff_until[p] > t for p in (BC_LHC, BC_EAH)) and len(ready) < 2:
                push(max(backoff_until.values()) + sec(r.uniform(5, 60)), "check", None)
        elif kind == "rpc":
            if busy["until"] > t:
                push(busy["until"] + sec(r.uniform(1, 4)), "rpc", obj)
                continue
            busy["until"] = rpc(t, obj) + sec(1)  # type: ignore[arg-type]


def boinc_client(r: random.Random) -> list[Log]:
    """Five lab workstations' BOINC clients, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    for host, ncpu, used in BC_HOSTS:
        bc_host(r, fs, host, ncpu, used)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ arc-ce

# CE, a-rex pid/thread, first Slurm job id
ARC_CES = [("arc01", "3121/4", 8812431), ("arc02", "2980/4", 8812436)]
ARC_ATLAS = [
    (
        "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=atlpilo1/CN=614260/CN=Robot: ATLAS Pilot1",
        "31001:31000",
        "atlas",
    ),
    (
        "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=atlpilo2/CN=531497/CN=Robot: ATLAS Pilot2",
        "31002:31000",
        "atlas",
    ),
]
ARC_LOCAL = [
    (
        "/C=NO/O=Grid/O=NorduGrid/OU=uio.no/CN=Kari Nordmann",
        "41023:41000",
        "grid_long",
        "relax-md-{n:03d}",
    ),
    (
        "/C=NO/O=Grid/O=NorduGrid/OU=ntnu.no/CN=Ola Hansen",
        "41087:41000",
        "grid_long",
        "cp2k-scan-{n}",
    ),
]
ARC_SLURM_SLOW = (at(9, 2, 0), at(9, 36, 0))
ARC_CANCEL = at(10, 41, 12)
ARC_SUBMIT = "/usr/share/arc/submit-SLURM-job"
ARC_CANCEL_CMD = "/usr/share/arc/cancel-SLURM-job"


def arc_id(r: random.Random) -> str:
    """An A-REX job id of ARC 6 and later (a random head, the padding it repeats)."""
    return f"{alnum_r(r, 10)}DmABFKDmABFKDm{alnum_r(r, 4)}KDmABFKDm{alnum_r(r, 6)}"


def alnum_r(r: random.Random, n: int) -> str:
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(r.choice(chars) for _ in range(n))


def arc_one(r: random.Random, fs: Files, ce: str, tid: str, first_lrms: int) -> None:
    lrmsid = iter(range(first_lrms, first_lrms + 100000, 2))
    proc = (ce, "a-rex")
    scripts: list[datetime] = []  # end times of running submit scripts

    def A(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{ce}-arex.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] [Arc] [{level}] [{tid}] {msg}"],
            proc,
            SEC,
        )

    def G(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{ce}-gm-jobs.log", t, label, lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {msg}"], proc, SEC
        )

    def owner(local: bool) -> tuple[str, str, str, str]:
        if local:
            dn, uid, q, pat = r.choice(ARC_LOCAL)
            return dn, uid, q, pat.format(n=r.randint(1, 140))
        dn, uid, q = r.choice(ARC_ATLAS)
        return dn, uid, q, str(r.randint(6182700000, 6182999999))

    def head(jid: str, who: tuple) -> str:
        dn, uid, q, name = who
        return f'job id: {jid}, unix user: {uid}, name: "{name}", owner: "{dn}", lrms: SLURM, queue: {q}'

    FIN = 'Finished - job id: %s, unix user: %i:%i, name: "%s", owner: "%s", lrms: %s, queue: %s'

    def finish(
        jid: str, who: tuple, t: datetime, lid: int, fail: bool, cancel: bool = False
    ) -> None:
        if t >= T_END:
            return
        if cancel:
            t = A(
                t,
                "INFO",
                "%s: Canceling job because of user request",
                f"{jid}: Canceling job because of user request",
            )
            t = A(
                t + sec(0.2),
                "INFO",
                "%s: State: %s from %s",
                f"{jid}: State: CANCELING from INLRMS",
            )
            t = A(
                t + sec(r.uniform(0.5, 2)),
                "INFO",
                "%s: state CANCELING: starting child: %s",
                f"{jid}: state CANCELING: starting child: {ARC_CANCEL_CMD}",
            )
            t = A(
                t + sec(r.uniform(1, 4)),
                "INFO",
                "%s: state CANCELING: child exited with code %i",
                f"{jid}: state CANCELING: child exited with code 0",
            )
            t = A(
                t + sec(r.uniform(20, 70)),
                "INFO",
                "%s: state CANCELING: job diagnostics collected",
                f"{jid}: state CANCELING: job diagnostics collected",
            )
            t = A(
                t + sec(0.2),
                "INFO",
                "%s: State: %s from %s",
                f"{jid}: State: FINISHING from CANCELING",
            )
            t = A(
                t + sec(r.uniform(3, 20)),
                "INFO",
                "%s: State: %s from %s",
                f"{jid}: State: FINISHED from FINISHING",
            )
            G(
                t,
                FIN + ', lrmsid: %s, failure: "Job is canceled by external request"',
                f'Finished - {head(jid, who)}, lrmsid: {lid}, failure: "Job is canceled by external request"',
            )
            return
        t = A(t, "INFO", "%s: Job finished", f"{jid}: Job finished")
        if fail:
            t = A(
                t + sec(0.1),
                "INFO",
                "%s: State: INLRMS: exit message is %i %s",
                f"{jid}: State: INLRMS: exit message is 271 Job was killed by SLURM",
            )
            t = A(t + sec(0.1), "ERROR", "%s: Job failure detected", f"{jid}: Job failure detected")
        t = A(t + sec(0.2), "INFO", "%s: State: %s from %s", f"{jid}: State: FINISHING from INLRMS")
        t = A(
            t + sec(r.uniform(8, 200)),
            "INFO",
            "%s: State: %s from %s",
            f"{jid}: State: FINISHED from FINISHING",
        )
        if fail:
            G(
                t,
                FIN + ', lrmsid: %s, failure: "LRMS error: (%d) %s"',
                f'Finished - {head(jid, who)}, lrmsid: {lid}, failure: "LRMS error: (271) Job was killed by SLURM"',
            )
        else:
            G(t, FIN + ", lrmsid: %s", f"Finished - {head(jid, who)}, lrmsid: {lid}")
        clean = t + sec(r.uniform(120, 1500))
        if clean < T_END:
            A(
                clean,
                "INFO",
                "%s: Job is requested to clean - deleting",
                f"{jid}: Job is requested to clean - deleting",
            )

    def run_time(local: bool) -> float:
        if local:
            return r.uniform(3600, 5 * 3600)
        return r.choice([r.uniform(1200, 3600), r.uniform(3600, 4 * 3600), r.uniform(600, 1800)])

    canceled = 0
    # jobs already in the batch system at 06:00
    for _ in range(r.randint(20, 26)):
        local = r.random() < 0.2
        jid, who = arc_id(r), owner(local)
        t = T0 + sec(r.uniform(20, 4 * 3600))
        finish(jid, who, t, next(lrmsid) - 4000, r.random() < 0.06)
    # new jobs: aCT's bursts and a few users' jobs
    t = T0 + sec(r.uniform(30, 200))
    while t < T_END - sec(120):
        burst = r.choice([1, 1, 2, 2, 3, 4]) if r.random() < 0.85 else 1
        for _ in range(burst):
            local = r.random() < 0.12
            jid, who = arc_id(r), owner(local)
            ta = A(
                t + sec(r.uniform(0, 20)),
                "INFO",
                "%s: State: ACCEPTED: parsing job description",
                f"{jid}: State: ACCEPTED: parsing job description",
            )
            ta = A(
                ta + sec(r.uniform(0.5, 3)),
                "INFO",
                "%s: State: ACCEPTED: moving to PREPARING",
                f"{jid}: State: ACCEPTED: moving to PREPARING",
            )
            ta = A(
                ta + sec(0.1),
                "INFO",
                "%s: State: %s from %s",
                f"{jid}: State: PREPARING from ACCEPTED",
            )
            G(
                ta + sec(0.1),
                'Started - job id: %s, unix user: %i:%i, name: "%s", owner: "%s", lrms: %s, queue: %s',
                f"Started - {head(jid, who)}",
            )
            ts = ta + sec(r.uniform(15, 420))
            if ts >= T_END:
                continue
            ts = A(ts, "INFO", "%s: State: %s from %s", f"{jid}: State: SUBMIT from PREPARING")
            slow = in_any(ts, [ARC_SLURM_SLOW])
            scripts[:] = [x for x in scripts if x > ts]
            ts = A(
                ts + sec(0.3),
                "INFO",
                "%s: state SUBMIT: starting child: %s",
                f"{jid}: state SUBMIT: starting child: {ARC_SUBMIT}",
            )
            took = r.uniform(240, 900) if slow else r.uniform(2, 9)
            scripts.append(ts + sec(took))
            if len(scripts) >= 5:
                ts = A(
                    ts + sec(0.1),
                    "WARNING",
                    "%s: LRMS scripts limit of %u is reached - suspending submit/cancel",
                    f"{jid}: LRMS scripts limit of 5 is reached - suspending submit/cancel",
                )
            te = ts + sec(took)
            if slow and r.random() < 0.22:
                te = A(
                    te,
                    "INFO",
                    "%s: state SUBMIT: child exited with code %i",
                    f"{jid}: state SUBMIT: child exited with code 1",
                )
                te = A(
                    te + sec(0.1),
                    "ERROR",
                    "%s: Job submission to LRMS failed",
                    f"{jid}: Job submission to LRMS failed",
                )
                te = A(
                    te + sec(0.1),
                    "ERROR",
                    "%s: Job failure detected",
                    f"{jid}: Job failure detected",
                )
                te = A(
                    te + sec(0.1),
                    "INFO",
                    "%s: State: %s from %s",
                    f"{jid}: State: FINISHING from SUBMIT",
                )
                te = A(
                    te + sec(r.uniform(2, 15)),
                    "INFO",
                    "%s: State: %s from %s",
                    f"{jid}: State: FINISHED from FINISHING",
                )
                G(
                    te,
                    FIN + ', failure: "Job submission to LRMS failed"',
                    f'Finished - {head(jid, who)}, failure: "Job submission to LRMS failed"',
                )
                continue
            te = A(
                te,
                "INFO",
                "%s: state SUBMIT: child exited with code %i",
                f"{jid}: state SUBMIT: child exited with code 0",
            )
            te = A(
                te + sec(0.1), "INFO", "%s: State: %s from %s", f"{jid}: State: INLRMS from SUBMIT"
            )
            lid = next(lrmsid)
            tf = te + sec(run_time(local))
            if ce == "arc01" and not local and te < ARC_CANCEL < tf and canceled < 5:
                canceled += 1
                finish(jid, who, ARC_CANCEL + sec(canceled * 1.1), lid, False, cancel=True)
            else:
                finish(jid, who, tf, lid, r.random() < 0.05)
        t += sec(r.uniform(100, 220) if in_any(t, [ARC_SLURM_SLOW]) else r.uniform(300, 820))


def arc_ce(r: random.Random) -> list[Log]:
    """Two ARC 6 CEs in front of one Slurm cluster, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    for ce, tid, first_lrms in ARC_CES:
        arc_one(r, fs, ce, tid, first_lrms)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- dirac

DI_HOST = "dirac01.gridpp.example"
DI_HOST_IP = "10.20.0.11"
DI_PILOT_DN = "/C=UK/O=eScience/OU=Example/L=GridPP/CN=dirac-pilot.gridpp.example"
# site, CE, queue, CE type, client address prefix (the sites' worker nodes), slots
DI_QUEUES = [
    ("LCG.UKI-NORTHGRID-LANCS.uk", "ce01.lancs.example", "condor", "HTCondorCE", "192.0.2.", 60),
    ("LCG.UKI-SCOTGRID-GLASGOW.uk", "ce02.gla.example", "condor", "HTCondorCE", "198.51.100.", 80),
    (
        "ARC.UKI-SOUTHGRID-OX.uk",
        "arc01.ox.example",
        "nordugrid-SLURM-grid",
        "AREX",
        "203.0.113.",
        40,
    ),
    (
        "ARC.UKI-SOUTHGRID-OX.uk",
        "arc02.ox.example",
        "nordugrid-SLURM-grid",
        "AREX",
        "203.0.113.",
        40,
    ),
]
DI_CE_DOWN = (at(8, 2, 0), at(8, 41, 0))
DI_NO_JOBS = (T0, at(6, 34, 0))
DI_VERSION = "v8.0.46"
DI_SITE = f"/opt/dirac/versions/{DI_VERSION}-1716394512/Linux-x86_64/lib/python3.11"
DI_STACK = [
    (f"{DI_SITE}/threading.py", 1002, "_bootstrap", "self._bootstrap_inner()"),
    (f"{DI_SITE}/threading.py", 1045, "_bootstrap_inner", "self.run()"),
    (f"{DI_SITE}/threading.py", 982, "run", "self._target(*self._args, **self._kwargs)"),
    (f"{DI_SITE}/concurrent/futures/thread.py", 83, "_worker", "work_item.run()"),
    (
        f"{DI_SITE}/concurrent/futures/thread.py",
        58,
        "run",
        "result = self.fn(*self.args, **self.kwargs)",
    ),
    (
        f"{DI_SITE}/site-packages/DIRAC/Core/DISET/private/Service.py",
        506,
        "_processInThread",
        "self._executeAction(trid, proposalTuple, handlerObj)",
    ),
    (
        f"{DI_SITE}/site-packages/DIRAC/Core/DISET/private/Service.py",
        575,
        "_executeAction",
        "response = handlerObj._rh_executeAction(proposalTuple)",
    ),
    (
        f"{DI_SITE}/site-packages/DIRAC/Core/DISET/RequestHandler.py",
        293,
        "_rh_executeAction",
        "retVal = self.__doRPC(actionTuple[1])",
    ),
    (
        f"{DI_SITE}/site-packages/DIRAC/Core/DISET/RequestHandler.py",
        336,
        "__doRPC",
        "return self.__RPCCallFunction(method, args)",
    ),
    (
        f"{DI_SITE}/site-packages/DIRAC/Core/DISET/RequestHandler.py",
        374,
        "__RPCCallFunction",
        "uReturnValue = oMethod(*args)",
    ),
    (
        f"{DI_SITE}/site-packages/DIRAC/WorkloadManagementSystem/Service/MatcherHandler.py",
        92,
        "export_requestJob",
        'return S_ERROR("No match found")',
    ),
]


def dirac(r: random.Random) -> list[Log]:
    """A DIRAC WMS server's SiteDirector agent and Matcher service, 06:00 to 12:00 (see the
    module docstring)."""
    fs = Files()
    sd = ("SiteDirector",)
    mt = ("Matcher",)
    polling = 600

    def D(t: datetime, level: str, label: str, msg: str | list[str]) -> datetime:
        lines = msg if isinstance(msg, list) else [msg]
        return fs.add(
            "SiteDirector-current.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S} UTC WorkloadManagement/SiteDirector {level}: {lines[0]}",
                *lines[1:],
            ],
            sd,
            SEC,
        )

    def M(t: datetime, label: str, msg: str | list[str]) -> datetime:
        lines = msg if isinstance(msg, list) else [msg]
        return fs.add(
            "Matcher-current.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S} UTC WorkloadManagement/Matcher NOTICE: {lines[0]}",
                *lines[1:],
            ],
            mt,
            SEC,
        )

    def rpc(t: datetime, creds: str, method: str, err: str = "") -> datetime:
        t = M(t, "Executing action %s %s(%s)", f"Executing action {creds} RPC/{method}(<masked>)")
        took = r.uniform(0.01, 0.09) if method == "getMatchingTaskQueues" else r.uniform(0.04, 0.6)
        t2 = t + sec(took)
        if not err:
            return M(
                t2,
                "Returning response %s (%.2f secs) OK",
                f"Returning response {creds} ({took:.2f} secs) OK",
            )
        stack = []
        for path, line, fn, src in DI_STACK:
            stack += [f'  File "{path}", line {line}, in {fn}', f"    {src}"]
        return M(
            t2,
            f"Returning response %s (%.2f secs) ERROR: {err}",
            [f"Returning response {creds} ({took:.2f} secs) ERROR: {err}", *stack, ""],
        )

    sd_creds = lambda: f"({DI_HOST_IP}:{r.randint(40000, 60999)})[hosts:{DI_HOST}]"  # noqa: E731
    keys = [f"{ce}_{q}" for _s, ce, q, *_ in DI_QUEUES]
    failed = dict.fromkeys(keys, 0)
    waiting = {k: r.randint(5, 20) for k in keys}
    running = {k: r.randint(20, 60) for k in keys}
    done = 41873
    total_elapsed = done * 38.7
    t = T0 + sec(r.uniform(60, 400))
    pilots: list[
        tuple[datetime, str]
    ] = []  # (when a submitted pilot asks for a job, its site prefix)
    while t < T_END:
        t0 = t
        t = D(t, "NOTICE", "-" * 40, "-" * 40)
        t = D(
            t,
            "NOTICE",
            "Starting cycle for module %s",
            "Starting cycle for module WorkloadManagement/SiteDirector",
        )
        t = D(t, "NOTICE", "-" * 40, "-" * 40)
        t = D(t + sec(0.3), "ALWAYS", "VO: %s", "VO: gridpp")
        t = D(t, "ALWAYS", "Sites: %s", "Sites: " + repr(sorted({q[0] for q in DI_QUEUES})))
        t = D(t, "ALWAYS", "CETypes: %s", "CETypes: ['HTCondorCE', 'AREX']")
        t = D(t, "ALWAYS", "CEs: %s", "CEs: " + repr([q[1] for q in DI_QUEUES]))
        t = D(t, "ALWAYS", "PilotDN: %s", f"PilotDN: {DI_PILOT_DN}")
        t = D(t, "ALWAYS", "PilotGroup: %s", "PilotGroup: gridpp_pilot")
        t = D(
            t + sec(r.uniform(0.5, 2)),
            "ALWAYS",
            "Pilot submission accounting sending requested",
            "Pilot submission accounting sending requested",
        )
        t = D(t, "ALWAYS", "MaxPilotsToSubmit: %s", "MaxPilotsToSubmit: 100")
        rpc(t + sec(0.2), sd_creds(), "getMatchingTaskQueues")
        t += sec(r.uniform(0.4, 1.5))
        submitted = 0
        if in_any(t, [DI_NO_JOBS]):
            t = D(
                t,
                "NOTICE",
                "No Waiting jobs suitable for the director, so nothing to submit",
                "No Waiting jobs suitable for the director, so nothing to submit",
            )
            t = D(
                t,
                "NOTICE",
                "Not submitting any pilots at this cycle",
                "Not submitting any pilots at this cycle",
            )
        else:
            jobs = r.randint(180, 900)
            t = D(
                t,
                "INFO",
                "Total jobs : number of task queues : number of waiting pilots %s : %s : %s",
                f"Total jobs : number of task queues : number of waiting pilots {jobs} : {r.randint(3, 9)} : {sum(waiting.values())}",
            )
            order = list(range(len(DI_QUEUES)))
            r.shuffle(order)
            for i in order:
                _site, ce, q, _ctype, _pfx, maxjobs = DI_QUEUES[i]
                key = keys[i]
                if failed[key] % 10 != 0:
                    t = D(
                        t,
                        "WARN",
                        "queue failed recently ==> number of cycles skipped %s ==> %s",
                        f"queue failed recently ==> number of cycles skipped {key} ==> {10 - failed[key] % 10}",
                    )
                    failed[key] += 1
                    continue
                rpc(t + sec(0.1), sd_creds(), "getMatchingTaskQueues")
                t += sec(r.uniform(0.3, 1.2))
                # pilots start running and finish between cycles
                moved = min(waiting[key], r.randint(0, 12))
                waiting[key] -= moved
                running[key] = max(0, running[key] + moved - r.randint(0, 10))
                if r.random() < 0.4:
                    t = D(
                        t + sec(r.uniform(1, 4)),
                        "INFO",
                        "CE queue report (%s_%s): Wait=%s, Run=%s, Submitted=%s, Max=%s",
                        f"CE queue report ({key}): Wait={waiting[key]}, Run={running[key]}, Submitted={waiting[key] + r.randint(0, 3)}, Max={maxjobs}",
                    )
                slots = max(0, min(maxjobs - running[key] - waiting[key], 20 - waiting[key]))
                if slots <= 0:
                    continue
                want = r.randint(slots, jobs // 4)
                to_submit = max(0, min(slots, want - waiting[key]))
                t = D(
                    t,
                    "INFO",
                    "%s: Slots=%s, TQ jobs(pilotsWeMayWantToSubmit)=%s, Pilots: waiting %s, to submit=%s",
                    f"{key}: Slots={slots}, TQ jobs(pilotsWeMayWantToSubmit)={want}, Pilots: waiting {waiting[key]}, to submit={to_submit}",
                )
                if not to_submit:
                    continue
                t = D(
                    t + sec(r.uniform(0.5, 2)),
                    "INFO",
                    "Going to submit pilots (a maximum of %s pilots to %s queue)",
                    f"Going to submit pilots (a maximum of {to_submit} pilots to {key} queue)",
                )
                t += sec(r.uniform(2, 12))
                if ce == "ce02.gla.example" and in_any(t, [DI_CE_DOWN]):
                    t = D(
                        t + sec(r.uniform(20, 40)),
                        "ERROR",
                        "Failed submission to queue Queue %s:\\nPilot submission failed with error: ERROR: Can't find address of schedd %s",
                        [
                            f"Failed submission to queue Queue {key}:",
                            f"Pilot submission failed with error: ERROR: Can't find address of schedd {ce}",
                        ],
                    )
                    t = D(
                        t,
                        "INFO",
                        "Failed pilot submission Queue: %s",
                        f"Failed pilot submission Queue: {key}",
                    )
                    failed[key] += 1
                    continue
                t = D(
                    t,
                    "INFO",
                    "Submitted %s pilots to %s@%s",
                    f"Submitted {to_submit} pilots to {q}@{ce}",
                )
                waiting[key] += to_submit
                submitted += to_submit
                for _ in range(to_submit):
                    pilots.append((t + sec(r.uniform(120, 1500)), DI_QUEUES[i][4]))
            t = D(
                t,
                "INFO",
                "Total number of pilots submitted in this cycle %s",
                f"Total number of pilots submitted in this cycle {submitted}",
            )
        took = (t - t0).total_seconds() + r.uniform(0.2, 1)
        done += 1
        total_elapsed += took
        t = D(t0 + sec(took), "NOTICE", "-" * 40, "-" * 40)
        t = D(
            t,
            "NOTICE",
            "Agent module %s run summary",
            "Agent module WorkloadManagement/SiteDirector run summary",
        )
        t = D(t, "NOTICE", " Executed %s times previously", f" Executed {done} times previously")
        t = D(t, "NOTICE", " Cycle took %.2f seconds", f" Cycle took {took:.2f} seconds")
        avg = total_elapsed / done
        t = D(
            t,
            "NOTICE",
            " Average execution time: %.2f seconds",
            f" Average execution time: {avg:.2f} seconds",
        )
        t = D(t, "NOTICE", " Polling time: %s seconds", f" Polling time: {polling} seconds")
        t = D(
            t,
            "NOTICE",
            " Average execution/polling time: %.2f%%",
            f" Average execution/polling time: {avg * 100 / polling:.2f}%",
        )
        t = D(t, "NOTICE", " Cycle was successful", " Cycle was successful")
        t = D(t, "NOTICE", "-" * 40, "-" * 40)
        t = t0 + sec(took + polling + r.uniform(0, 2))
    # the pilots' job requests: a pilot asks once when it starts and again after each payload
    for when, pfx in sorted(pilots):
        ask = when
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            if ask >= T_END:
                break
            creds = (
                f"({pfx}{r.randint(10, 250)}:{r.randint(32768, 60999)})[gridpp_pilot:diracpilot]"
            )
            nomatch = r.random() < (0.4 if ask.hour >= 11 else 0.12)
            rpc(ask, creds, "requestJob", "No match found" if nomatch else "")
            if nomatch:
                break
            ask += sec(r.uniform(1800, 7200))
    return fs.logs(T0)


# -------------------------------------------------------------------- globus-connect-server

GC_DTNS = [("gcs-dtn01", 2214), ("gcs-dtn02", 2197)]
GC_DOMAIN = "hpc.univ.example"
# the Globus transfer service's control connections
GC_SERVICE = [
    "ec2-3-225-14-41.compute-1.amazonaws.com",
    "ec2-54-237-254-192.compute-1.amazonaws.com",
    "ec2-3-217-104-7.compute-1.amazonaws.com",
    "ec2-52-5-122-81.compute-1.amazonaws.com",
]
# local account, Globus identity, project directory, peers' data addresses
GC_USERS = [
    ("jdoe", "jdoe@univ.example", "climate", ["198.51.100.23", "198.51.100.24"]),
    ("akumar", "akumar@univ.example", "genomics", ["203.0.113.61"]),
    ("mchen", "mchen@partner.example", "genomics", ["192.0.2.140", "192.0.2.141"]),
    ("lgarcia", "lgarcia@univ.example", "astro", ["198.51.100.87"]),
    ("pwilson", "pwilson@lab.example", "materials", ["203.0.113.200", "203.0.113.201"]),
]
GC_SCANNERS = [
    "45.155.205.12",
    "185.224.128.17",
    "92.63.197.33",
    "193.163.125.140",
    "167.94.138.44",
]
GC_QUOTA = (at(10, 0, 30), at(10, 36, 0))  # genomics fileset over quota
GC_DNS_GLITCH = (at(7, 40, 0), at(7, 52, 0))
GC_RESTART = {"gcs-dtn02": at(10, 20, 14), "gcs-dtn01": at(7, 31, 40)}


def gc_ctime(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def gc_dtn(r: random.Random, fs: Files, dtn: str, daemon: int) -> None:
    pids = iter(range(daemon + 3100, daemon + 900000, 13))
    fqdn = f"{dtn}.{GC_DOMAIN}"

    def G(t: datetime, pid: int, label: str, msg: str | list[str]) -> datetime:
        lines = msg if isinstance(msg, list) else [msg]
        return fs.add(
            f"{dtn}-gridftp.log",
            t,
            label,
            lambda x: [f"[{pid}] {gc_ctime(x)} :: {lines[0]}", *lines[1:]],
            pid,
            SEC,
        )

    def TR(
        t: datetime,
        start: datetime,
        pid: int,
        user: str,
        path: str,
        nbytes: int,
        peer: str,
        kind: str,
        code: int,
        task: str,
    ) -> None:
        def text(x: datetime) -> list[str]:
            return [
                f"DATE={x:%Y%m%d%H%M%S}.{x.microsecond:06d} HOST={fqdn} PROG=globus-gridftp-server NL.EVNT=FTP_INFO START={start:%Y%m%d%H%M%S}.{start.microsecond:06d} USER={user} FILE={path} BUFFER=0 BLOCK=262144 NBYTES={nbytes} VOLUME=/ STREAMS=4 STRIPES=1 DEST=[{peer}] TYPE={kind} CODE={code} TASKID={task}"
            ]

        fs.add(
            f"{dtn}-gridftp-transfer.log",
            t,
            "DATE=%s HOST=%s PROG=globus-gridftp-server NL.EVNT=FTP_INFO START=%s USER=%s FILE=%s BUFFER=%ld BLOCK=%ld NBYTES=%s VOLUME=%s STREAMS=%d STRIPES=%d DEST=[%s] TYPE=%s CODE=%d TASKID=%s",
            text,
            (pid, "tr"),
            1,
        )

    # the daemon restarted for an update (dtn02) and a configuration change (dtn01)
    rt = GC_RESTART[dtn]
    daemon2 = daemon + 61877
    G(rt, daemon2, "Server started in daemon mode.", "Server started in daemon mode.")
    G(
        rt + sec(0.4),
        daemon2,
        "Configuration read from %s.",
        "Configuration read from /etc/gridftp.d/globus-connect-server-gridftp.",
    )
    # scanners knocking on the control port
    t = T0 + sec(r.uniform(100, 1500))
    while t < T_END:
        pid = next(pids)
        ip = r.choice(GC_SCANNERS)
        contact = f"{ip}:{r.randint(30000, 65000)}"
        if r.random() < 0.7:
            err = (
                "Temporary failure in name resolution"
                if in_any(t, [GC_DNS_GLITCH])
                else "Name or service not known"
            )
            t = G(
                t,
                pid,
                f"Couldn't resolve hostname from remote IP address:\\nglobus_xio: System error in getnameinfo: {err}",
                [
                    "Couldn't resolve hostname from remote IP address:",
                    f"globus_xio: System error in getnameinfo: {err}",
                ],
            )
        G(
            t + sec(0.01),
            pid,
            "Connection disallowed by configuration from: %s",
            f"Connection disallowed by configuration from: {contact}",
        )
        t += sec(r.expovariate(1 / 1300))
        if t < GC_DNS_GLITCH[0] < t + sec(900):
            t = GC_DNS_GLITCH[0] + sec(r.uniform(30, 200))
    # Globus transfer tasks: one control session of the service per task on this node
    t = T0 + sec(r.uniform(5, 120))
    while t < T_END - sec(60):
        pid = next(pids)
        user, ident, proj, peers = r.choice(GC_USERS)
        svc = r.choice(GC_SERVICE)
        contact = f"{svc}:{r.randint(32768, 60999)}"
        task = uuid4(r)
        t1 = G(t, pid, "New connection from: %s", f"New connection from: {contact}")
        if r.random() < 0.03:
            err = r.choice(
                [
                    [
                        "globus_xio: System error in read: Connection reset by peer",
                        "globus_xio: A system call failed: Connection reset by peer",
                    ],
                    ["globus_xio: An end of file occurred"],
                ]
            )
            G(
                t1 + sec(r.uniform(0.1, 2)),
                pid,
                f"Connection failed:\\n{err[0]}",
                ["Connection failed:", *err],
            )
            t += sec(r.expovariate(1 / 150))
            continue
        t1 = G(
            t1 + sec(r.uniform(0.2, 0.9)),
            pid,
            "DN %s successfully authorized.",
            f"DN /C=US/O=Globus Consortium/OU=Globus Connect User/CN={ident} successfully authorized.",
        )
        t1 = G(
            t1 + sec(0.05),
            pid,
            "User %s successfully authorized",
            f"User {user} successfully authorized",
        )
        kind = r.choice(["RETR", "STOR", "RETR"])
        nfiles = r.choice([1, 1, 1, 2, 3, 4, 6])
        run = f"run{r.randint(1, 80):02d}"
        for i in range(nfiles):
            ext = r.choice(["nc", "h5", "tar", "fastq.gz", "bam", "fits"])
            path = f"/gpfs/projects/{proj}/{run}/{r.choice(['out', 'data', 'raw', 'chunk'])}_{i + r.randint(0, 400):04d}.{ext}"
            nbytes = int(r.lognormvariate(20.5, 1.6))
            start = t1 + sec(r.uniform(0.3, 2.5))
            t1 = start = G(
                start, pid, 'Starting to transfer "%s".', f'Starting to transfer "{path}".'
            )
            if kind == "STOR" and proj == "genomics" and in_any(t1, [GC_QUOTA]):
                t1 = G(
                    t1 + sec(r.uniform(2, 40)),
                    pid,
                    'Failure attempting to transfer "%s".',
                    f'Failure attempting to transfer "{path}".',
                )
                TR(
                    t1 + sec(0.002),
                    start,
                    pid,
                    user,
                    path,
                    int(nbytes * r.uniform(0.01, 0.6)),
                    r.choice(peers),
                    kind,
                    426,
                    task,
                )
                break
            t1 = G(
                t1 + sec(max(1.0, nbytes / r.uniform(2e8, 9e8))),
                pid,
                'Finished transferring "%s".',
                f'Finished transferring "{path}".',
            )
            TR(t1 + sec(0.002), start, pid, user, path, nbytes, r.choice(peers), kind, 226, task)
        G(
            t1 + sec(r.uniform(0.5, 6)),
            pid,
            "Closed connection from %s",
            f"Closed connection from {contact}",
        )
        busy = 1.8 if at(8, 30) <= t < at(11, 30) else 1.0
        t += sec(r.expovariate(busy / 290))


def globus_connect_server(r: random.Random) -> list[Log]:
    """The GridFTP servers of a Globus Connect Server v5 endpoint's two data transfer nodes,
    06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    for dtn, daemon in GC_DTNS:
        gc_dtn(r, fs, dtn, daemon)
    return fs.logs(T0)


SYSTEMS = {
    "kojid": kojid,
    "boinc-client": boinc_client,
    "arc-ce": arc_ce,
    "dirac": dirac,
    "globus-connect-server": globus_connect_server,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
