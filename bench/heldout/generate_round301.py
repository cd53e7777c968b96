#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 301 (flux-core, fts3, panda-pilot, warewulf, xcat) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five programs of scientific computing sites (HPC
resource managers and provisioning, grid data movement and job pilots), 2024-06-07, UTC.

- flux-core 0.63 (`ember0.log`, `ember17.log`, `ember42.log`, `ember101.log`: `journalctl -u
  flux` of the rank 0 broker and three compute nodes of a 129-node Flux system instance, the
  journal's short layout `Jun 07 06:11:47 ember0 flux[3154]: broker.err[0]: broker on ember65
  (rank 65) has been unresponsive for 31.1262s`, systemd's own lines for the unit beside them).
  Five nodes upgraded to 0.64.0 at 06:36 are refused by rank 0 until they are downgraded at
  07:22 (`rejecting connection from %s (rank %lu): client (%u.%u.%u) version mismatched with
  server (%u.%u.%u)` every 33 s each; on ember101 the broker's `overlay.hello: ...`, the state
  machine's `%s: %s->%s %s` lines from `start: none->join` to `goodbye: goodbye->exit`, rc3's
  `rc3.0: /etc/flux/rc3 Exited (rc=0) 0.5s`, and systemd's `Main process exited, ...`,
  `Failed with result 'exit-code'.`, `Consumed %s CPU time.`, `Scheduled restart job, restart
  counter is at %u.`, `Stopped` / `Started`); four Lustre hangs make brokers torpid (`broker on
  %s (rank %lu) has been unresponsive for %s` / `... is responsive now`); ember42, ember77 and
  ember113 crash (`%s (rank %d) has disconnected unexpectedly. Marking it LOST.`, `dead to Flux:
  %s (rank %s)`, job-exec's `job-exception: id=%s: lost contact with job shell on broker %s
  (rank %d)`), ember42 comes back at 09:05; ember17 is rebooted for a BIOS update at 10:15; rank
  0 is restarted at 11:30 (the cleanup scripts, `shutdown delayed: waiting for %d peers: %s (rank
  %s)`, rc3, then rc1 with Fluxion's and the job manager's start-up lines, `online: %s (ranks
  %s)` every 5 s, `quorum delayed: ...`, `quorum reached`, `quorum-full: quorum->run`), every
  compute broker following it down and back.
- FTS 3.12 (`fts3-01-fts3server.log`, `fts3-02-fts3server.log`, `fts3-03-fts3server.log`:
  /var/log/fts3/fts3server.log of three servers of one site, 06:00-09:30, the logger's `INFO
  Fri, 07 Jun 2024 06:02:15 +0000; Transfer params: ...` with the level padded to eight
  columns). Each transfer: `Transfer params: %s` (the fts_url_copy command line), the state
  messages as MessageProcessingService writes them over six lines (`Job id:%s\\nFile id: %s\\nPid:
  %d\\nState: %s\\nSource: %s\\nDest: %s`) for ACTIVE and FINISHED / FAILED, `Removing job from
  monitoring list %s %s`, and every minute of a long one the SupervisorService's seven-line
  `Process Updater Monitor \\nJob id: ...`; retries of failed files (picked by any node); now and
  then `Transfer %s %s not updated. Probably picked by another node`; the optimizer on fts3-01
  every minute for five links (`Optimizer: Active for %s set to %d, running %d (%dns)` and the
  rationale on a line of its own, with its suffixes); the destination storage down 07:30-07:52
  (`Bad link efficiency`, `... Hit lower range limit`); the database failing over at 08:40
  (`Message queue updateDatabase throw exception Lost connection to MySQL server during query`,
  `Process thread exception Can't connect to MySQL server on '%s:%u' (%d)`, afterwards `Entry in
  the database not updated for %s %s. Probably already in a different terminal state. Tried to
  set %s over %s`).
- PanDA pilot 3.7 (`wn-0412-pilotlog.txt`, `wn-0577-pilotlog.txt`, `wn-1033-pilotlog.txt`: the
  pilotlog.txt of three ATLAS pilots on three worker nodes, debug mode, `2024-06-07 06:03:11,201
  | INFO     | MainThread          | pilot.util.auxiliary             | pilot_version_banner      |
  ***  PanDA Pilot version 3.7.6.2  ***`). The banner, `cat /etc/os-release:` with the file on
  the next lines, `will use queuedata.maxtime value for max running time: %s s`, the heartbeats
  (`job %s has state '%s' - sending heartbeat`), then every minute the monitor thread's `%ss have
  passed since pilot start` and the job monitor's `payload process %s is running`, `(instant) CPU
  consumption time for pid=%s: %s (rounded to %s)`, `oom_score(pilot) = %s, oom_score(payload) =
  %s`, `job monitor tasks loop took %s s to complete` (and early `no point in running looping job
  algorithm ...`, every fifth `maximum number of monitored processes: %s`). wn-0412's job
  finishes; on wn-0577 the memory monitor's output goes missing at 06:58 (`file: %s does not
  exist`, `caught exception: [Errno 2] No such file or directory: '%s'`, `ignoring failure to
  parse memory monitor output` every minute) and the payload vanishes at 08:10 (`Exception
  caught: ...` and its traceback); wn-1033's payload hangs and the pilot reaches its queue's
  maxtime (`max running time (%ss) minus grace time (%ss) has been exceeded - time to abort
  pilot`, `setting REACHED_MAXTIME and graceful stop`, `aborting monitor loop since
  graceful_stop has been set`).
- Warewulf 4.5 (`head1.log`, `lab-head.log`: `journalctl -u warewulfd` of two head nodes,
  06:00-08:00, `Jun 07 06:00:15 head1 warewulfd[1423]: RECV   : hwaddr: 52:54:00:3a:7c:13,
  ipaddr: 10.0.2.3:762, stage: runtime`). Every node's wwclient fetches its runtime overlay each
  minute (`hwaddr: %s, ipaddr: %s, stage: %s`, `stage_file '%s'`, `%15s: %s`); head1's
  warewulfd restarted at 06:52 (`Starting HTTPD REST service on port %d`), n0003 and n0001
  rebooted into a new image (ipxe, kernel, container, system and runtime stages), n0005's new
  mainboard unknown until 07:45 (`%s (unknown/unconfigured node)`, the unconfigured iPXE script
  sent to an empty node name); on lab-head (secure mode) lab03's wwclient runs from an
  unprivileged port until 07:38 (`Non-privileged port: %s`), lab04 added without a kernel (`No
  kernel version set for node %s`, `No resource selected`) and then with an unbuilt system overlay
  (`Not found: %s`), lab02 with a stale asset key (`Incorrect asset key for node: %s`), lab01's
  runtime overlay rebuilt uncompressed at 07:40 (`unprepared for compressed version of file
  %s`).
- xCAT 2.16 (`mn1-cluster.log`, `sn01-cluster.log`: /var/log/xcat/cluster.log of the management
  node and a service node, rsyslog's traditional layout `Jun  7 06:00:02 mn1 xcat[211880]: xCAT:
  Allowing nodestat to compute for root from localhost`; `mn1-computes.log`: the compute nodes'
  xcat.* messages forwarded to the management node, `Jun  7 06:43:16 cn017
  xcat.deployment.postscript: INFO  configeth on cn017: os type: redhat`). Monitoring all day
  (`nodestat` every minute, `rpower ... stat` every five, the exporter's `rvitals` every two, an
  `lsdef` every ten, the service node's share dispatched from mn1); cn[017-028] reinstalled at
  06:30 (`nodeset`, `makedhcp`, `rsetboot`, `rpower`, `%s status: %s statustime: %s` from
  powering-on to booted, each node's `=============deployment starting====================`,
  `%s Running postscript: %s` / `%s postscript %s return with %d` with `date`'s output first,
  configeth's `>> %s` lines, the postbootscripts, the ending marker); cn023's confignetwork fails
  (status `failed`), site.xcatdebugmode on 07:15-07:31 while it is debugged (xcatd's `DEBUG
  xcatd: open new process : ...`, `dispatch request '%s' to plugin '%s'`, `handle request '%s' by
  plugin '%s''s preprocess_request`, `dispatch hierarchical sub-command %s to %s:%d`), an
  updatenode on it; at 10:00 setupntp and syslog rerun on racks 2 and 3 (tag xcat.updatenode).

Label notes. The heads are context: the journal's and rsyslog's time, host and ident[pid],
systemd's `flux.service: ` unit prefix, Flux's `broker.info[0]: ` (module, level and rank
before every flux_log() message) and log_msg()'s `flux-broker: `, FTS's level column, date and
`; `, the pilot's time, level, thread, logger and function columns, wwlog's level name before
the message (`RECV   : `, `ERROR  : `, `DENIED : `; INFO has none), and the level words xcatd and
the node scripts put first (`DEBUG `, `INFO  `). Flux's state machine logs every transition with
one format (`%s: %s->%s %s`, the event and state names values, as runat's name, index and command
in `%s.%d: %s Exited (rc=%d) %.1fs`); an xcatd request's command, noderange, arguments, user and
peer are values (`xCAT: Allowing %s to %s%s for %s from %s`, and without a noderange `xCAT:
Allowing %s%s for %s from %s`); `date`'s output opening the postscript messages is a value. FTS's
optimizer rationale is text the call site composes from literals (each combination its own
template, `. Hit lower range limit` appended), and its multi-line messages are labelled with
`\\n` where they break. The pilot's banner stars are labelled as written (`'*' * len(version)`,
the same row every time), a traceback written as a message `%s`; errno and MySQL texts are
wording. A tab is written `\\t` in the labels (none here).

Checked against copies of the sources (nearby versions): flux-core's state_machine.c (the
transition line, `online: %s (ranks %s)`, `quorum delayed: waiting for %s (rank %s)`, `quorum
reached`, `dead to Flux: %s (rank %s)`, `shutdown delayed: waiting for %d peers: %s (rank %s)`)
and overlay.c (`%s (rank %d) has disconnected unexpectedly. Marking it LOST.`, `rejecting
connection from %s (rank %lu): %s`, the version check's `client (%u.%u.%u) version mismatched
with server (%u.%u.%u)`, `overlay.hello: %s`); real journals in flux-core issues gave the
journal layout, `broker on %s (rank %lu) has been unresponsive for %s` and the job-exec
exception. FTS's UrlCopyProcess.cpp (for the layout, with a transfer log quoted in a dCache
issue), FileTransferExecutor.cpp, MessageProcessingService.cpp, SupervisorService.cpp and the
optimizer (`Optimizer: Active for ...`, the rationale texts). The pilot's establish_logging()
format, monitor.py and util/monitoring.py (every job-monitor line used), job.py's send_state()
lines (an older version). Warewulf's provision.go (every RECV / SERV / SEND / DENIED / ERROR /
WARN message used) and wwlog's DefaultFormatter (`%-7s: %s`, INFO unprefixed). xCAT's
cluster.log lines quoted in xcat-core issues and pull requests (`xCAT: Allowing ...`, `%s status:
%s statustime: %s`, the DEBUG xcatd lines, `INFO  configeth on %s: os type: %s`, `INFO  >>
...`, the deployment starting marker) and xcatdsklspost's `Running postscript: %s` / `postscript
%s return with %d` quoted in an issue.

Least sure (written from the helper's knowledge): Flux's `is responsive now`, runat's `Exited
(rc=%d) %.1fs` line and the cleanup commands, the Fluxion and job-manager start-up lines
(`version %s`, `create_reader: allowlist unsupported`, `populate_resource_db: loaded resources
from core's resource.acquire`, `handshaking with sched-fluxion-resource completed`, `restart: %d
jobs`, `restart: %d running jobs`), log_msg()'s `flux-broker: ` prefix in the journal, the
job-exception wording with an F58 id and systemd's description-style lines; FTS's `Transfer
params` option list, the pair printed as `source -> destination`, the MySQL texts and the
optimizer running on one node; the pilot's thread names (`execute_payloads`, `queue_monitor`),
the banner and os-release dump at start-up and the heartbeat wording of 3.7; Warewulf's SEND /
RECV / SERV / DENIED level names and their showing at the default level, sendFile() logging `%15s:
%s`, the one-minute runtime poll, `Starting HTTPD REST service on port %d` and the unit's
description; xCAT's ending marker, `Running postbootscript: %s` / `postbootscript %s return with
%d`, the tags (xcat.deployment.postscript, xcat.updatenode) and computes.log holding them, the
plugin names and the status sequence.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import at

SEC = 1_000_000
MS = 1_000


def jts(t: datetime) -> str:
    """journalctl's default (short) time: `Jun 07 06:00:01`."""
    return f"{t:%b %d %H:%M:%S}"


def rts(t: datetime) -> str:
    """rsyslog's traditional time: `Jun  7 06:00:01`."""
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


# -------------------------------------------------------------------------------- flux-core

FLUX_UNIT = "Flux message broker"


def fsd(x: float) -> str:
    """Flux's fsd_format_duration()."""
    if x < 1:
        return f"{x * 1000:.6g}ms"
    if x < 60:
        return f"{x:.6g}s"
    if x < 3600:
        return f"{x / 60:.6g}m"
    if x < 86400:
        return f"{x / 3600:.6g}h"
    return f"{x / 86400:.6g}d"


def f58(r: random.Random) -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return "ƒ" + "".join(r.choice(alphabet) for _ in range(r.choice([9, 10, 10, 11])))


def flux(r: random.Random) -> list[Log]:
    """The rank 0 broker and three compute nodes of a Flux system instance (see the docstring)."""
    fs = Files()
    pids = {"ember0": 3154, "ember17": 2871, "ember42": 2902, "ember101": 2866}
    rank = {"ember0": 0, "ember17": 17, "ember42": 42, "ember101": 101}

    def B(
        h: str, t: datetime, label: str, msg: str, comp: str = "broker", lvl: str = "info"
    ) -> datetime:
        pid = pids[h]
        line = f"{h} flux[{pid}]: {comp}.{lvl}[{rank[h]}]: {msg}"
        return fs.add(f"{h}.log", t, label, lambda x: [f"{jts(x)} {line}"], (h, pid), SEC)

    def RAW(h: str, t: datetime, label: str, msg: str) -> datetime:
        pid = pids[h]
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{jts(x)} {h} flux[{pid}]: flux-broker: {msg}"],
            (h, pid),
            SEC,
        )

    def SD(h: str, t: datetime, label: str, msg: str, unit: bool = True) -> datetime:
        pre = "flux.service: " if unit else ""
        return fs.add(
            f"{h}.log", t, label, lambda x: [f"{jts(x)} {h} systemd[1]: {pre}{msg}"], (h, 1), SEC
        )

    def trans(h: str, t: datetime, event: str, a: str, b: str, dur: float) -> datetime:
        return B(h, t, "%s: %s->%s %s", f"{event}: {a}->{b} {fsd(dur)}")

    def runat(h: str, t: datetime, name: str, idx: int, cmd: str, rc: int, dur: float) -> datetime:
        return B(
            h,
            t + sec(dur),
            "%s.%d: %s Exited (rc=%d) %.1fs",
            f"{name}.{idx}: {cmd} Exited (rc={rc}) {dur:.1f}s",
        )

    def consumed(cpu: float) -> str:
        if cpu < 60:
            return f"{cpu:.3f}s"
        return f"{int(cpu // 60)}min {cpu % 60:.3f}s"

    def compute_start(h: str, t: datetime, parent_wait: float) -> datetime:
        t = SD(h, t, "Started %s.", f"Started {FLUX_UNIT}.", unit=False)
        t = trans(h, t + sec(r.uniform(0.3, 0.9)), "start", "none", "join", r.uniform(0.008, 0.03))
        t = trans(
            h,
            t + sec(parent_wait),
            "parent-ready",
            "join",
            "init",
            parent_wait + r.uniform(0.1, 0.6),
        )
        d = r.uniform(0.6, 2.4)
        t = runat(h, t, "rc1", 0, "/etc/flux/rc1", 0, d)
        t = trans(h, t, "rc1-success", "init", "quorum", d + r.uniform(0.001, 0.01))
        return trans(
            h, t + sec(r.uniform(0.01, 0.3)), "quorum-full", "quorum", "run", r.uniform(0.002, 0.4)
        )

    def compute_stop(h: str, t: datetime, up: float, systemd_stop: bool) -> datetime:
        if systemd_stop:
            t = SD(h, t, "Stopping %s...", f"Stopping {FLUX_UNIT}...", unit=False)
        t = trans(h, t + sec(r.uniform(0.05, 0.4)), "shutdown", "run", "cleanup", up)
        t = trans(h, t, "cleanup-none", "cleanup", "shutdown", r.uniform(0.00002, 0.0001))
        t = trans(h, t, "children-none", "shutdown", "finalize", r.uniform(0.00002, 0.0001))
        d = r.uniform(0.3, 0.9)
        t = runat(h, t, "rc3", 0, "/etc/flux/rc3", 0, d)
        t = trans(h, t, "rc3-success", "finalize", "goodbye", d + r.uniform(0.001, 0.01))
        t = trans(h, t, "goodbye", "goodbye", "exit", r.uniform(0.002, 0.02))
        if systemd_stop:
            t = SD(
                h,
                t + sec(r.uniform(0.2, 1.0)),
                "Deactivated successfully.",
                "Deactivated successfully.",
            )
            t = SD(h, t, "Stopped %s.", f"Stopped {FLUX_UNIT}.", unit=False)
            t = SD(
                h,
                t,
                "Consumed %s CPU time.",
                f"Consumed {consumed(up * r.uniform(0.0004, 0.002))} CPU time.",
            )
        return t

    ver_old, ver_new = "0.63.0", "0.64.0"

    # ember101: upgraded to 0.64.0 at 06:36, rejected by rank 0 until downgraded at 07:22
    upgraded = ["ember97", "ember98", "ember99", "ember101", "ember102"]
    t = at(6, 36, 14)
    t = compute_stop("ember101", t, 5.2 * 86400 + r.uniform(0, 3600), systemd_stop=True)
    n = 0
    loop_end = at(7, 22, 30)
    first = True
    while t < loop_end:
        t += sec(r.uniform(1.0, 2.0) if first else 0)
        if not first:
            n += 1
            t = SD(
                "ember101",
                t,
                "Scheduled restart job, restart counter is at %u.",
                f"Scheduled restart job, restart counter is at {n}.",
            )
            t = SD("ember101", t, "Stopped %s.", f"Stopped {FLUX_UNIT}.", unit=False)
        first = False
        pids["ember101"] += r.randint(9, 40)
        t = SD("ember101", t, "Started %s.", f"Started {FLUX_UNIT}.", unit=False)
        t = trans(
            "ember101",
            t + sec(r.uniform(0.3, 0.8)),
            "start",
            "none",
            "join",
            r.uniform(0.008, 0.03),
        )
        t += sec(r.uniform(0.05, 0.3))
        t = RAW(
            "ember101",
            t,
            "overlay.hello: client (%u.%u.%u) version mismatched with server (%u.%u.%u)",
            f"overlay.hello: client ({ver_new}) version mismatched with server ({ver_old})",
        )
        t = trans("ember101", t, "parent-fail", "join", "shutdown", r.uniform(0.05, 0.35))
        t = trans(
            "ember101", t, "children-none", "shutdown", "finalize", r.uniform(0.00002, 0.0001)
        )
        d = r.uniform(0.3, 0.8)
        t = runat("ember101", t, "rc3", 0, "/etc/flux/rc3", 0, d)
        t = trans("ember101", t, "rc3-success", "finalize", "goodbye", d + r.uniform(0.001, 0.01))
        t = trans("ember101", t, "goodbye", "goodbye", "exit", r.uniform(0.002, 0.02))
        t = SD(
            "ember101",
            t + sec(r.uniform(0.1, 0.6)),
            "Main process exited, code=%s, status=%i/%s",
            "Main process exited, code=exited, status=1/FAILURE",
        )
        t = SD("ember101", t, "Failed with result '%s'.", "Failed with result 'exit-code'.")
        t = SD(
            "ember101",
            t,
            "Consumed %s CPU time.",
            f"Consumed {consumed(r.uniform(0.4, 1.3))} CPU time.",
        )
        t += sec(30)
    # the downgrade: dnf downgrade flux-core flux-security; systemctl restart flux
    t = at(7, 24, 5)
    pids["ember101"] += 311
    compute_start("ember101", t, r.uniform(0.3, 0.9))

    # rank 0 rejects each upgraded node's hello every ~32 s while they loop
    for i, h in enumerate(upgraded):
        rk = int(h[5:])
        t = at(6, 34, 0) + sec(i * 41 + r.uniform(0, 30))
        while t < at(7, 22, 40) + sec(r.uniform(0, 60)):
            B(
                "ember0",
                t,
                "rejecting connection from %s (rank %lu): client (%u.%u.%u) version mismatched with server (%u.%u.%u)",
                f"rejecting connection from {h} (rank {rk}): client ({ver_new}) version mismatched with server ({ver_old})",
                lvl="err",
            )
            t += sec(r.uniform(31.5, 34.5))

    # Lustre hangs: brokers stuck in D state stop answering for a while
    def torpid(start: datetime, nodes: list[int], spread: float) -> None:
        for k in nodes:
            t0 = start + sec(r.uniform(0, spread))
            B(
                "ember0",
                t0 + sec(30 + r.uniform(0, 5)),
                "broker on %s (rank %lu) has been unresponsive for %s",
                f"broker on ember{k} (rank {k}) has been unresponsive for {fsd(30 + r.uniform(0, 2))}",
                lvl="err",
            )
            B(
                "ember0",
                t0 + sec(r.uniform(60, 240)),
                "broker on %s (rank %lu) is responsive now",
                f"broker on ember{k} (rank {k}) is responsive now",
            )

    torpid(at(6, 11, 10), list(range(60, 68)), 40)
    torpid(at(7, 41, 0), list(range(44, 59)), 120)
    torpid(at(8, 12, 30), [3, 4, 21, 22, 23, 24, 90, 91, 92, 125], 80)
    torpid(at(9, 58, 0), list(range(80, 96)), 150)
    torpid(at(9, 11, 40), [5, 6, 7, 8, 9, 33, 34, 35, 36, 71, 72, 73], 90)
    torpid(at(10, 47, 0), list(range(110, 121)), 60)
    torpid(at(11, 5, 30), [17, 18, 19, 20], 20)

    # ember42 crashes at 08:47 (kernel panic); rank 0 marks it lost, its jobs get exceptions
    crash = at(8, 47, 23)
    t = B(
        "ember0",
        crash + sec(30.4),
        "broker on %s (rank %lu) has been unresponsive for %s",
        f"broker on ember42 (rank 42) has been unresponsive for {fsd(30.0 + r.uniform(0, 1))}",
        lvl="err",
    )
    t = B(
        "ember0",
        t + sec(r.uniform(14, 22)),
        "%s (rank %d) has disconnected unexpectedly. Marking it LOST.",
        "ember42 (rank 42) has disconnected unexpectedly. Marking it LOST.",
        lvl="err",
    )
    t = B("ember0", t, "dead to Flux: %s (rank %s)", "dead to Flux: ember42 (rank 42)", lvl="err")
    for _ in range(2):
        t = B(
            "ember0",
            t + sec(r.uniform(0.0, 0.3)),
            "job-exception: id=%s: lost contact with job shell on broker %s (rank %d)",
            f"job-exception: id={f58(r)}: lost contact with job shell on broker ember42 (rank 42)",
            comp="job-exec",
        )
    # two more nodes lost during the day, their jobs with them
    for h, rk, when, njobs in [
        ("ember77", 77, at(7, 56, 41), 1),
        ("ember113", 113, at(10, 58, 2), 3),
    ]:
        t = B(
            "ember0",
            when + sec(30.2),
            "broker on %s (rank %lu) has been unresponsive for %s",
            f"broker on {h} (rank {rk}) has been unresponsive for {fsd(30.0 + r.uniform(0, 1))}",
            lvl="err",
        )
        t = B(
            "ember0",
            t + sec(r.uniform(14, 22)),
            "%s (rank %d) has disconnected unexpectedly. Marking it LOST.",
            f"{h} (rank {rk}) has disconnected unexpectedly. Marking it LOST.",
            lvl="err",
        )
        t = B(
            "ember0", t, "dead to Flux: %s (rank %s)", f"dead to Flux: {h} (rank {rk})", lvl="err"
        )
        for _ in range(njobs):
            t = B(
                "ember0",
                t + sec(r.uniform(0.0, 0.3)),
                "job-exception: id=%s: lost contact with job shell on broker %s (rank %d)",
                f"job-exception: id={f58(r)}: lost contact with job shell on broker {h} (rank {rk})",
                comp="job-exec",
            )
    pids["ember42"] = 2893
    compute_start("ember42", at(9, 5, 51), r.uniform(0.3, 0.9))

    # ember17 drained and rebooted for a BIOS update at 10:15
    compute_stop("ember17", at(10, 15, 3), 3.1 * 86400 + r.uniform(0, 3600), systemd_stop=True)
    B(
        "ember0",
        at(10, 15, 6),
        "dead to Flux: %s (rank %s)",
        "dead to Flux: ember17 (rank 17)",
        lvl="err",
    )
    pids["ember17"] = 2857
    compute_start("ember17", at(10, 22, 44), r.uniform(0.3, 0.9))

    # 11:30: rank 0 restarted for a TBON config change; every broker follows
    t = at(11, 30, 2)
    t = SD("ember0", t, "Stopping %s...", f"Stopping {FLUX_UNIT}...", unit=False)
    t = trans("ember0", t + sec(0.2), "shutdown", "run", "cleanup", 6.3 * 86400)
    cleanup = [
        "flux queue stop --quiet --all --nocheckpoint",
        "flux cancel --user=all --quiet --states RUN",
        "flux queue idle --quiet",
    ]
    dsum = 0.0
    for i, c in enumerate(cleanup):
        d = r.uniform(0.1, 2.5) if i != 2 else r.uniform(8, 20)
        dsum += d
        t = runat("ember0", t, "cleanup", i, c, 0, d)
    t = trans("ember0", t, "cleanup-success", "cleanup", "shutdown", dsum + 0.01)
    stop_at = t
    late = [5, 17, 88]
    t = B(
        "ember0",
        t + sec(60),
        "shutdown delayed: waiting for %d peers: %s (rank %s)",
        "shutdown delayed: waiting for 3 peers: ember[5,17,88] (rank 5,17,88)",
        lvl="err",
    )
    t = trans(
        "ember0",
        t + sec(r.uniform(5, 20)),
        "children-complete",
        "shutdown",
        "finalize",
        (t - stop_at).total_seconds() + 10,
    )
    d = r.uniform(2.5, 5)
    t = runat("ember0", t, "rc3", 0, "/etc/flux/rc3", 0, d)
    t = trans("ember0", t, "rc3-success", "finalize", "goodbye", d + 0.01)
    t = trans("ember0", t, "goodbye", "goodbye", "exit", r.uniform(0.00002, 0.0001))
    t = SD("ember0", t + sec(0.5), "Deactivated successfully.", "Deactivated successfully.")
    t = SD("ember0", t, "Stopped %s.", f"Stopped {FLUX_UNIT}.", unit=False)
    t = SD(
        "ember0", t, "Consumed %s CPU time.", f"Consumed {consumed(6.3 * 86400 * 0.004)} CPU time."
    )
    restart0 = t + sec(3)
    for h in ["ember17", "ember42", "ember101"]:
        hs = stop_at + sec(r.uniform(0.5, 3.0))
        if rank[h] in late:
            hs = stop_at + sec(r.uniform(62, 75))
        up = (hs - at(10, 22, 44)).total_seconds() if h == "ember17" else r.uniform(2, 4) * 3600
        te = compute_stop(h, hs, up, systemd_stop=False)
        te = SD(h, te + sec(0.3), "Deactivated successfully.", "Deactivated successfully.")
        te = SD(h, te, "Consumed %s CPU time.", f"Consumed {consumed(up * 0.001)} CPU time.")
        te = SD(
            h,
            te + sec(30),
            "Scheduled restart job, restart counter is at %u.",
            "Scheduled restart job, restart counter is at 1.",
        )
        te = SD(h, te, "Stopped %s.", f"Stopped {FLUX_UNIT}.", unit=False)
        pids[h] += r.randint(200, 900)
        compute_start(h, te, (restart0 - te).total_seconds() + r.uniform(20, 40))
    pids["ember0"] = 1894553
    t = SD("ember0", restart0, "Started %s.", f"Started {FLUX_UNIT}.", unit=False)
    t = trans("ember0", t + sec(0.4), "start", "none", "join", r.uniform(0.01, 0.03))
    t = trans("ember0", t, "parent-none", "join", "init", r.uniform(0.00002, 0.0001))
    t0 = t
    t = B("ember0", t + sec(1.1), "version %s", "version 0.33.0", comp="sched-fluxion-resource")
    t = B(
        "ember0",
        t,
        "create_reader: allowlist unsupported",
        "create_reader: allowlist unsupported",
        comp="sched-fluxion-resource",
        lvl="warning",
    )
    t = B(
        "ember0",
        t + sec(0.6),
        "populate_resource_db: loaded resources from core's resource.acquire",
        "populate_resource_db: loaded resources from core's resource.acquire",
        comp="sched-fluxion-resource",
    )
    t = B("ember0", t, "version %s", "version 0.33.0", comp="sched-fluxion-qmanager")
    t = B(
        "ember0",
        t,
        "handshaking with sched-fluxion-resource completed",
        "handshaking with sched-fluxion-resource completed",
        comp="sched-fluxion-qmanager",
    )
    t = B("ember0", t + sec(0.4), "restart: %d jobs", "restart: 0 jobs", comp="job-manager")
    t = B("ember0", t, "restart: %d running jobs", "restart: 0 running jobs", comp="job-manager")
    d = (t - t0).total_seconds() + r.uniform(0.5, 1.5)
    t = runat("ember0", t0, "rc1", 0, "/etc/flux/rc1", 0, d)
    t = trans("ember0", t, "rc1-success", "init", "quorum", d + 0.01)
    tq = t
    counts = [1, 9, 38, 77, 101, 118, 126, 127, 129]
    for c in counts:
        t += sec(5.0 + r.uniform(0, 0.2))
        if c == 1:
            ranks, hosts = "0", "ember0"
        elif c == 129:
            ranks, hosts = "0-128", "ember[0-128]"
        elif c == 127:
            ranks, hosts = "0-76,78-112,114-128", "ember[0-76,78-112,114-128]"
        else:
            ranks, hosts = f"0-{c - 2},{c + 1}", f"ember[0-{c - 2},{c + 1}]"
        t = B("ember0", t, "online: %s (ranks %s)", f"online: {hosts} (ranks {ranks})")
        if c == 127:
            t = B(
                "ember0",
                tq + sec(60),
                "quorum delayed: waiting for %s (rank %s)",
                "quorum delayed: waiting for ember[77,113] (rank 77,113)",
                lvl="err",
            )
            t += sec(r.uniform(20, 50))
    t = B("ember0", t, "quorum reached", "quorum reached", lvl="err")
    t = trans("ember0", t, "quorum-full", "quorum", "run", (t - tq).total_seconds())

    return fs.logs(at(6, 0))


# ------------------------------------------------------------------------------------- fts3

FTS_NODES = ["fts3-01", "fts3-02", "fts3-03"]
FTS_PAIRS = [
    (
        "davs://eosatlas.cern.ch",
        "davs://webdav.grid.example.org",
        "/eos/atlas/atlasdatadisk/rucio/mc23_13p6TeV",
        "/dpm/grid.example.org/home/atlas/atlasdatadisk/rucio/mc23_13p6TeV",
        9.0,
    ),
    (
        "root://eosatlas.cern.ch",
        "root://xrootd.grid.example.org",
        "//eos/atlas/atlastapedisk/rucio/data24_13p6TeV",
        "//atlas/atlasscratchdisk/rucio/data24_13p6TeV",
        5.0,
    ),
    (
        "davs://dcache-atlas.desy.de",
        "davs://webdav.grid.example.org",
        "/pnfs/desy.de/atlas/dq2/atlasdatadisk/rucio/mc21_13p6TeV",
        "/dpm/grid.example.org/home/atlas/atlasdatadisk/rucio/mc21_13p6TeV",
        4.0,
    ),
    (
        "davs://storm.infn.example.it",
        "davs://dcache-atlas.desy.de",
        "/atlas/atlasdatadisk/rucio/user.jbloggs",
        "/pnfs/desy.de/atlas/dq2/atlasscratchdisk/rucio/user.jbloggs",
        2.0,
    ),
    (
        "https://s3.cern.ch",
        "davs://webdav.grid.example.org",
        "/atlas-gitlab-artifacts/rucio/panda",
        "/dpm/grid.example.org/home/atlas/atlasscratchdisk/rucio/panda",
        1.5,
    ),
]
FTS_DN = '"/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=atlpilo1/CN=614260/CN=Robot: ATLAS Pilot1"'
R_GOOD_UP = "Good link efficiency, current average throughput is larger than the preceding average"
R_GOOD_DOWN = "Good link efficiency, throughput deterioration"
R_GOOD_DOWN_FS = "Good link efficiency, throughput deterioration, avg. filesize decreasing"
R_STEADY = "Steady, not enough throughput information"
R_BAD = "Bad link efficiency"
R_BAD_NC = "Bad link efficiency, no changes"
R_BAD_IMPR = "Bad link efficiency but progressively improving"
R_WORSE = "Worse link efficiency"


def fts_ts(t: datetime) -> str:
    return f"{t:%a, %d %b %Y %H:%M:%S} +0000"


def fts3(r: random.Random) -> list[Log]:
    """Three FTS 3.12 servers of one WLCG site (see the module docstring)."""
    fs = Files()
    t_end = at(9, 30)
    se_down = (at(7, 30, 40), at(7, 52, 10))
    db_down = (at(8, 40, 5), at(8, 42, 50))

    def L(node: str, t: datetime, lvl: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{node}-fts3server.log",
            t,
            label,
            lambda x: [f"{lvl:<8}{fts_ts(x)}; {lines[0]}", *lines[1:]],
            node,
            SEC,
        )

    fid = [9187224100]
    pid = {n: 20000 + i * 7000 for i, n in enumerate(FTS_NODES)}
    state_label = "Job id:%s\\nFile id: %s\\nPid: %d\\nState: %s\\nSource: %s\\nDest: %s"
    upd_label = "Process Updater Monitor \\nJob id: %s\\nFile id: %s\\nPid: %d\\nTimestamp: %d\\nThroughput: %g\\nTransferred: %g"

    def jobid(t: datetime) -> str:
        return f"{hexid(r, 8)}-{t.strftime('%M%S')[:4]}-11ef-{hexid(r, 4)}-fa163e{hexid(r, 6)}"

    def state(
        node: str, t: datetime, job: str, f: int, p: int, st: str, src: str, dst: str
    ) -> datetime:
        return L(
            node,
            t,
            "INFO",
            state_label,
            [
                f"Job id:{job}",
                f"File id: {f}",
                f"Pid: {p}",
                f"State: {st}",
                f"Source: {src}",
                f"Dest: {dst}",
            ],
        )

    def in_db_down(t: datetime) -> bool:
        return db_down[0] <= t < db_down[1]

    def transfer(
        node: str, t: datetime, pair: tuple, job: str, f: int, retry: int, lfn: str, size: int
    ) -> None:
        src, dst, spath, dpath, _ = pair
        if in_db_down(t):
            L(
                node,
                t,
                "ERR",
                "Process thread exception Can't connect to MySQL server on '%s:%u' (%d)",
                [
                    "Process thread exception Can't connect to MySQL server on 'fts-db.grid.example.org:3306' (111)"
                ],
            )
            return
        ck = hexid(r, 8)
        params = (
            f"-b --job-id {job} --file-id {f} --source {src}:443{spath}/{lfn} --destination {dst}:443{dpath}/{lfn} "
            f"--checksum-mode both --checksum adler32:{ck} --user-filesize {size} "
            f'--job-metadata {{"auth_method":"certificate","issuer":"rucio","multi_sources":false}} '
            f'--file-metadata {{"activity":"Production Output","request_id":"{hexid(r, 32)}","scope":"mc23_13p6TeV","name":"{lfn}","src_rse":"CERN-PROD_DATADISK","dst_rse":"EXAMPLE_DATADISK"}} '
            f"--vo atlas --user-dn {FTS_DN} --nstreams 1 --timeout 0 --infosystem lcg-bdii.cern.ch:2170 "
            f"--alias {node}.grid.example.org --retry {retry} --retry-max 3 --proxy /tmp/x509up_h{r.randrange(10**18, 10**19)} "
            f"--logDir /var/log/fts3/transfers --msgDir /var/lib/fts3 --ping-interval 60 --scitag 65"
        )
        t = L(node, t, "INFO", "Transfer params: %s", [f"Transfer params: {params}"])
        if r.random() < 0.03:
            L(
                node,
                t + sec(r.uniform(0.1, 0.8)),
                "WARNING",
                "Transfer %s %s not updated. Probably picked by another node",
                [f"Transfer {job} {f} not updated. Probably picked by another node"],
            )
            return
        pid[node] += r.randint(3, 60)
        p = pid[node]
        t = state(node, t + sec(r.uniform(1.0, 3.5)), job, f, p, "ACTIVE", src, dst)
        fails = dst == "davs://webdav.grid.example.org" and se_down[0] <= t < se_down[1]
        thr = r.uniform(20, 400) * (0.3 if src.startswith("https") else 1.0)
        dur = max(8.0, size / (thr * 1e6) + r.uniform(2, 10))
        if fails:
            dur = r.uniform(20, 70)
        elif r.random() < 0.03:
            fails = True
            dur = r.uniform(30, 300)
        done = t + sec(dur)
        k = 1
        while t + sec(60 * k) < done:
            tp = t + sec(60 * k + r.uniform(0, 1.5))
            moved = min(size, thr * 1e6 * 60 * k) if not fails else 0.0
            L(
                node,
                tp,
                "INFO",
                upd_label,
                [
                    "Process Updater Monitor ",
                    f"Job id: {job}",
                    f"File id: {f}",
                    f"Pid: {p}",
                    f"Timestamp: {int(tp.timestamp() * 1000)}",
                    f"Throughput: {thr * 1000 if not fails else 0.0:g}",
                    f"Transferred: {moved:g}",
                ],
            )
            k += 1
        st = "FAILED" if fails else "FINISHED"
        if in_db_down(done):
            done = db_down[1] + sec(r.uniform(3, 30))
        t = state(node, done, job, f, p, st, src, dst)
        t = L(
            node,
            t,
            "INFO",
            "Removing job from monitoring list %s %s",
            [f"Removing job from monitoring list {job} {f}"],
        )
        if db_down[1] <= done < db_down[1] + sec(60) and r.random() < 0.5:
            L(
                node,
                t + sec(r.uniform(0.2, 2)),
                "ERR",
                "Entry in the database not updated for %s %s. Probably already in a different terminal state. Tried to set %s over %s",
                [
                    f"Entry in the database not updated for {job} {f}. Probably already in a different terminal state. Tried to set {st} over {st}"
                ],
            )
        if fails and retry < 3:
            nxt = done + sec(r.uniform(600, 720))
            if nxt < t_end:
                transfer(r.choice(FTS_NODES), nxt, pair, job, f, retry + 1, lfn, size)

    for node in FTS_NODES:
        for t in poisson(r, at(6, 0), t_end, 3600 / 21):
            pair = r.choices(FTS_PAIRS, weights=[p[4] for p in FTS_PAIRS])[0]
            fid[0] += r.randint(1, 40)
            lfn = f"EVNT.{r.randrange(36000000, 39000000)}._{r.randrange(1, 3000):06d}.pool.root.1"
            size = int(r.lognormvariate(21, 1.0))
            transfer(node, t, pair, jobid(t), fid[0], 0, lfn, size)
        for t in poisson(r, db_down[0], db_down[1], 50):
            L(
                node,
                t,
                "ERR",
                "Message queue updateDatabase throw exception Lost connection to MySQL server during query",
                [
                    "Message queue updateDatabase throw exception Lost connection to MySQL server during query"
                ],
            )

    # the optimizer, which runs on fts3-01
    actives = {p[:2]: r.randint(10, 40) for p in FTS_PAIRS}
    t = at(6, 0, 20)
    while t < t_end:
        for pair in FTS_PAIRS:
            key = pair[:2]
            down = pair[1] == "davs://webdav.grid.example.org" and se_down[0] + sec(
                120
            ) <= t < se_down[1] + sec(600)
            if r.random() > (0.55 if down else 0.22):
                continue
            prev = actives[key]
            if down:
                reason = r.choices([R_BAD, R_BAD_NC, R_WORSE, R_BAD_IMPR], weights=[5, 4, 2, 1])[0]
                d = prev - (1 if reason == R_WORSE else 0 if reason == R_BAD_IMPR else 2)
            else:
                reason = r.choices(
                    [R_GOOD_UP, R_GOOD_DOWN, R_GOOD_DOWN_FS, R_STEADY, R_WORSE],
                    weights=[8, 5, 2, 2, 1],
                )[0]
                d = prev + (
                    1 if reason == R_GOOD_UP else -1 if reason in (R_GOOD_DOWN, R_WORSE) else 0
                )
            if d < 2:
                d = 2
                reason += ". Hit lower range limit"
            elif d > 60:
                d = 60
                reason += ". Hit upper range limit"
            elif reason == R_GOOD_UP and r.random() < 0.15:
                d = prev
                reason += ". Not enough files in the queue"
            actives[key] = d
            running = max(0, min(d, d + r.randint(-4, 2)))
            ta = L(
                "fts3-01",
                t + sec(r.uniform(0, 3)),
                "INFO",
                "Optimizer: Active for %s set to %d, running %d (%dns)",
                [
                    f"Optimizer: Active for {key[0]} -> {key[1]} set to {d}, running {running} ({r.randrange(900000, 48000000)}ns)"
                ],
            )
            L("fts3-01", ta, "INFO", reason, [reason])
        t += sec(60)

    return fs.logs(at(6, 0))


# -------------------------------------------------------------------------------- panda-pilot

PILOT_VERSION = "3.7.6.2"
OS_RELEASE = [
    'NAME="AlmaLinux"',
    'VERSION="9.4 (Seafoam Ocelot)"',
    'ID="almalinux"',
    'ID_LIKE="rhel centos fedora"',
    'VERSION_ID="9.4"',
    'PLATFORM_ID="platform:el9"',
    'PRETTY_NAME="AlmaLinux 9.4 (Seafoam Ocelot)"',
    'ANSI_COLOR="0;34"',
    'LOGO="fedora-logo-icon"',
    'CPE_NAME="cpe:/o:almalinux:almalinux:9::baseos"',
    'HOME_URL="https://almalinux.org/"',
    "",
]


def panda_pilot(r: random.Random) -> list[Log]:
    """Three PanDA pilots' pilotlog.txt on three worker nodes (see the module docstring)."""
    fs = Files()

    def P(
        f: str,
        t: datetime,
        lvl: str,
        thread: str,
        name: str,
        func: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}"
            return [
                f"{ts} | {lvl:<8} | {thread:<19} | {name:<32} | {func:<25} | {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f, t, label, text, f, MS)

    def run(host: str, start: datetime, stop: datetime, kind: str, maxtime: int) -> None:
        f = f"{host}-pilotlog.txt"
        jobid = str(r.randrange(6_230_000_000, 6_260_000_000))
        cdir = f"/pool/condor/dir_{r.randrange(10000, 99999)}"
        work = f"{cdir}/PanDA_Pilot-{jobid}"
        ppid = r.randrange(20000, 60000)
        pid = ppid + r.randrange(200, 3000)

        def M(
            t: datetime,
            lvl: str,
            func: str,
            label: str,
            msg: str,
            thread: str = "job_monitor",
            name: str = "pilot.util.monitoring",
        ) -> datetime:
            return P(f, t, lvl, thread, name, func, label, [msg])

        vline = f"***  PanDA Pilot version {PILOT_VERSION}  ***"
        t = P(
            f,
            start,
            "INFO",
            "MainThread",
            "pilot.util.auxiliary",
            "pilot_version_banner",
            "*" * len(vline),
            ["*" * len(vline)],
        )
        t = P(
            f,
            t,
            "INFO",
            "MainThread",
            "pilot.util.auxiliary",
            "pilot_version_banner",
            "***  PanDA Pilot version %s  ***",
            [vline],
        )
        t = P(
            f,
            t,
            "INFO",
            "MainThread",
            "pilot.util.auxiliary",
            "pilot_version_banner",
            "*" * len(vline),
            ["*" * len(vline)],
        )
        t = P(
            f,
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "MainThread",
            "pilot.util.auxiliary",
            "display_architecture_info",
            "%s:\\n%s",
            ["cat /etc/os-release:", *OS_RELEASE],
        )
        t0 = t + sec(r.uniform(2, 6))
        M(
            t0,
            "INFO",
            "get_max_running_time",
            "will use queuedata.maxtime value for max running time: %s s",
            f"will use queuedata.maxtime value for max running time: {maxtime} s",
            thread="monitor",
            name="pilot.control.monitor",
        )
        pstart = t0 + sec(r.uniform(40, 150))

        def heartbeat(t: datetime, state: str, thread: str = "job_monitor") -> datetime:
            return M(
                t,
                "INFO",
                "send_state",
                "job %s has state '%s' - sending heartbeat",
                f"job {jobid} has state '{state}' - sending heartbeat",
                thread=thread,
                name="pilot.control.job",
            )

        t = heartbeat(pstart, "starting", "execute_payloads")
        t = heartbeat(t + sec(r.uniform(5, 20)), "running", "execute_payloads")
        mm = t + sec(r.uniform(8, 15))
        M(
            mm,
            "INFO",
            "utility_monitor",
            "memory monitor command has pid %s (appending to cmd dictionary)",
            f"memory monitor command has pid {pid + r.randrange(5, 40)} (appending to cmd dictionary)",
        )

        # the monitor thread's once-a-minute line
        tm, n = t0, 0
        while True:
            n += 1
            tm += sec(60 + r.uniform(0.6, 1.8))
            since = int((tm - start).total_seconds())
            if tm >= stop:
                break
            if kind == "maxtime" and since - 600 > maxtime:
                M(
                    tm,
                    "CRITICAL",
                    "control",
                    "max running time (%ss) minus grace time (%ss) has been exceeded - time to abort pilot",
                    f"max running time ({maxtime}s) minus grace time (600s) has been exceeded - time to abort pilot",
                    thread="monitor",
                    name="pilot.control.monitor",
                )
                M(
                    tm,
                    "INFO",
                    "control",
                    "setting REACHED_MAXTIME and graceful stop",
                    "setting REACHED_MAXTIME and graceful stop",
                    thread="monitor",
                    name="pilot.control.monitor",
                )
                stop = tm + sec(r.uniform(20, 40))
                break
            M(
                tm,
                "INFO",
                "control",
                "%ss have passed since pilot start",
                f"{since}s have passed since pilot start",
                thread="monitor",
                name="pilot.control.monitor",
            )

        # the job monitor thread's loop
        tj, k, cpu = pstart + sec(r.uniform(55, 65)), 0, 0.0
        cores = 8 if kind != "maxtime" else 1
        stuck_at = pstart + sec(2400)
        mem_missing = at(6, 58, 12)
        while tj < stop:
            k += 1
            el = (tj - pstart).total_seconds()
            if kind == "vanished" and tj > stop - sec(70):
                t = M(
                    tj,
                    "WARNING",
                    "job_monitor_tasks",
                    "Exception caught: [Errno 2] No such file or directory: '%s'",
                    f"Exception caught: [Errno 2] No such file or directory: '/proc/{pid}/stat'",
                )
                tb = [
                    "Traceback (most recent call last):",
                    f'  File "{cdir}/pilot3/pilot/util/monitoring.py", line 99, in job_monitor_tasks',
                    "    cpuconsumptiontime = get_current_cpu_consumption_time(job.pid)",
                    f'  File "{cdir}/pilot3/pilot/util/processes.py", line 651, in get_current_cpu_consumption_time',
                    "    _cpuconsumptiontime = get_instant_cpu_consumption_time(_pid)",
                    f'  File "{cdir}/pilot3/pilot/util/processes.py", line 612, in get_instant_cpu_consumption_time',
                    "    with open(path, 'r', encoding='utf-8') as _fp:",
                    f"FileNotFoundError: [Errno 2] No such file or directory: '/proc/{pid}/stat'",
                    "",
                ]
                P(
                    f,
                    t,
                    "WARNING",
                    "job_monitor",
                    "pilot.util.monitoring",
                    "get_exception_error_code",
                    "%s",
                    tb,
                )
                break
            M(
                tj,
                "DEBUG",
                "still_running",
                "payload process %s is running",
                f"payload process {pid} is running",
            )
            if kind != "maxtime" or tj < stuck_at:
                cpu += 60 * cores * r.uniform(0.82, 0.99)
            else:
                cpu += r.uniform(0.0, 0.04)
            M(
                tj,
                "INFO",
                "job_monitor_tasks",
                "(instant) CPU consumption time for pid=%s: %s (rounded to %s)",
                f"(instant) CPU consumption time for pid={pid}: {cpu} (rounded to {round(cpu)})",
            )
            if el < 600:
                M(
                    tj,
                    "DEBUG",
                    "verify_looping_job",
                    "no point in running looping job algorithm since time since last payload start=%s s < looping verification time=%s s",
                    f"no point in running looping job algorithm since time since last payload start={int(el)} s < looping verification time=600 s",
                )
            M(
                tj,
                "INFO",
                "display_oom_info",
                "oom_score(pilot) = %s, oom_score(payload) = %s",
                f"oom_score(pilot) = {r.randint(660, 668)}, oom_score(payload) = {r.randint(668, 690)}",
            )
            if kind == "vanished" and tj > mem_missing:
                path = f"{work}/memory_monitor_summary.json"
                M(
                    tj,
                    "WARNING",
                    "verify_memory_usage",
                    "caught exception: [Errno 2] No such file or directory: '%s'",
                    f"caught exception: [Errno 2] No such file or directory: '{path}'",
                )
                M(
                    tj,
                    "WARNING",
                    "verify_memory_usage",
                    "ignoring failure to parse memory monitor output",
                    "ignoring failure to parse memory monitor output",
                )
            if k % 5 == 0:
                M(
                    tj,
                    "INFO",
                    "verify_running_processes",
                    "maximum number of monitored processes: %s",
                    f"maximum number of monitored processes: {r.randint(9, 14) if cores > 1 else r.randint(3, 5)}",
                )
            if kind == "vanished" and tj > mem_missing:
                M(
                    tj,
                    "WARNING",
                    "utility_monitor",
                    "file: %s does not exist",
                    f"file: {work}/memory_monitor_output.txt does not exist",
                )
            M(
                tj,
                "DEBUG",
                "job_monitor_tasks",
                "job monitor tasks loop took %s s to complete",
                f"job monitor tasks loop took {r.choice([0, 0, 0, 1, 1, 2])} s to complete",
            )
            if k % 30 == 0:
                heartbeat(tj + sec(r.uniform(0.5, 2)), "running")
            tj += sec(60 + r.uniform(0.1, 1.4))
        final = "finished" if kind == "finished" else "failed"
        t = M(
            stop + sec(r.uniform(5, 25)),
            "INFO",
            "send_state",
            "job %s has %s - sending final server update",
            f"job {jobid} has {final} - sending final server update",
            thread="queue_monitor",
            name="pilot.control.job",
        )
        if kind == "maxtime":
            t = M(
                t + sec(r.uniform(0.5, 1.5)),
                "WARNING",
                "control",
                "aborting monitor loop since graceful_stop has been set",
                "aborting monitor loop since graceful_stop has been set",
                thread="monitor",
                name="pilot.control.monitor",
            )
        M(
            t + sec(r.uniform(0.5, 3)),
            "INFO",
            "control",
            "[monitor] control thread has ended",
            "[monitor] control thread has ended",
            thread="monitor",
            name="pilot.control.monitor",
        )

    run("wn-0412", at(6, 3, 11.2), at(8, 6, 40), "finished", 172800)
    run("wn-0577", at(6, 40, 2.7), at(8, 11, 15), "vanished", 172800)
    run("wn-1033", at(9, 0, 48.1), at(12, 0), "maxtime", 5400)
    return fs.logs(at(6, 0))


# ----------------------------------------------------------------------------------- warewulf

WW_PROV = "/var/lib/warewulf/provision"
WW_KVER = "5.14.0-427.22.1.el9_4.x86_64"


def warewulf(r: random.Random) -> list[Log]:
    """warewulfd on two head nodes (see the module docstring)."""
    fs = Files()
    pids = {"head1": 1423, "lab-head": 987}

    def W(h: str, t: datetime, label: str, msg: str) -> datetime:
        """`label` as written, the level name wwlog puts before it (`RECV   : `) is context."""
        pid = pids[h]
        if label[:9] in (
            "RECV   : ",
            "SERV   : ",
            "SEND   : ",
            "ERROR  : ",
            "WARN   : ",
            "DENIED : ",
        ):
            label = label[9:]
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{jts(x)} {h} warewulfd[{pid}]: {msg}"],
            (h, "ww"),
            SEC,
        )

    def SD(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}.log", t, label, lambda x: [f"{jts(x)} {h} systemd[1]: {msg}"], (h, "sd"), SEC
        )

    def recv(h: str, t: datetime, mac: str, ip: str, stage: str) -> datetime:
        return W(
            h,
            t,
            "RECV   : hwaddr: %s, ipaddr: %s, stage: %s",
            f"RECV   : hwaddr: {mac}, ipaddr: {ip}:{r.randrange(1024, 65535) if stage != 'runtime' else r.randrange(600, 1023)}, stage: {stage}",
        )

    def serv(h: str, t: datetime, path: str) -> datetime:
        return W(h, t, "SERV   : stage_file '%s'", f"SERV   : stage_file '{path}'")

    def send(h: str, t: datetime, node: str, path: str) -> datetime:
        return W(h, t, "SEND   : %15s: %s", f"SEND   : {node:>15}: {path}")

    def stage(h: str, t: datetime, node: str, mac: str, ip: str, st: str, image: str) -> datetime:
        t = recv(h, t, mac, ip, st)
        if st == "ipxe":
            path, gz = "/etc/warewulf/ipxe/default.ipxe", ""
        elif st == "kernel":
            path, gz = f"/var/lib/warewulf/chroots/{image}/rootfs/boot/vmlinuz-{WW_KVER}", ""
        elif st == "container":
            path, gz = f"{WW_PROV}/container/{image}.img", ".gz"
        else:
            path, gz = f"{WW_PROV}/overlays/{node}/__{st.upper()}__.img", ".gz"
        t = serv(h, t, path)
        return send(
            h,
            t + sec(r.uniform(0.05, 0.4) if st in ("ipxe", "runtime") else r.uniform(1, 9)),
            node,
            path + gz,
        )

    def boot(h: str, t: datetime, node: str, mac: str, ip: str, image: str) -> datetime:
        for st, gap in [
            ("ipxe", 0.0),
            ("kernel", 1.5),
            ("container", 2.0),
            ("system", 1.0),
            ("runtime", 25.0),
        ]:
            t = stage(h, t + sec(gap + r.uniform(0, 0.8)), node, mac, ip, st, image)
        return t

    # head1: a departmental cluster, four nodes polling their runtime overlay every minute
    nodes = {f"n000{i}": (f"52:54:00:3a:7c:{0x10 + i:02x}", f"10.0.2.{i}") for i in range(1, 5)}
    t_end = at(8, 0)
    off: dict[str, tuple[datetime, datetime]] = {
        "n0003": (at(7, 10, 30), at(7, 14, 5)),
        "n0001": (at(7, 31, 0), at(7, 34, 40)),
    }
    ww_down = (at(6, 52, 2), at(6, 52, 9))
    for node, (mac, ip) in nodes.items():
        t = at(6, 0) + sec(r.uniform(0, 60))
        while t < t_end:
            span = off.get(node)
            if span and span[0] <= t < span[1]:
                t = boot("head1", span[1], node, mac, ip, "rocky-9.4-v7")
                t += sec(60 + r.uniform(-0.3, 0.3))
                continue
            if not (ww_down[0] <= t < ww_down[1] + sec(2)):
                stage("head1", t, node, mac, ip, "runtime", "")
            t += sec(60 + r.uniform(-0.3, 0.3))
    # warewulfd restarted after the rocky-9.4-v7 image build
    t = SD("head1", ww_down[0], "Stopping %s...", "Stopping Warewulf cluster management daemon...")
    t = SD("head1", t + sec(0.2), "Stopped %s.", "Stopped Warewulf cluster management daemon.")
    t = SD("head1", t + sec(0.1), "Started %s.", "Started Warewulf cluster management daemon.")
    pids["head1"] = 48211
    W(
        "head1",
        t + sec(0.3),
        "Starting HTTPD REST service on port %d",
        "Starting HTTPD REST service on port 9873",
    )
    # n0005: mainboard replaced, the old MAC still in nodes.conf until 07:45
    new_mac = "52:54:00:9e:01:c4"
    t = at(7, 2, 17)
    while t < at(7, 45, 30):
        t = recv("head1", t, new_mac, "10.0.2.250", "ipxe")
        t = W(
            "head1",
            t,
            "ERROR  : %s (unknown/unconfigured node)",
            f"ERROR  : {new_mac} (unknown/unconfigured node)",
        )
        t = serv("head1", t, "/etc/warewulf/ipxe/unconfigured.ipxe")
        t = send("head1", t, "", "/etc/warewulf/ipxe/unconfigured.ipxe")
        t += sec(r.uniform(62, 75))
    t = boot("head1", at(7, 47, 2), "n0005", new_mac, "10.0.2.5", "rocky-9.4-v7")
    t += sec(60)
    while t < t_end:
        stage("head1", t, "n0005", new_mac, "10.0.2.5", "runtime", "")
        t += sec(60 + r.uniform(-0.3, 0.3))

    # lab-head: secure mode; lab03's wwclient talks from an unprivileged port
    t = at(6, 0) + sec(r.uniform(0, 60))
    nogz = (at(7, 40, 0), at(7, 51, 0))
    while t < t_end:
        if nogz[0] <= t < nogz[1]:
            path = f"{WW_PROV}/overlays/lab01/__RUNTIME__.img"
            tt = recv("lab-head", t, "52:54:00:c1:00:01", "10.20.0.11", "runtime")
            tt = serv("lab-head", tt, path)
            W(
                "lab-head",
                tt,
                "ERROR  : unprepared for compressed version of file %s",
                f"ERROR  : unprepared for compressed version of file {path}.gz",
            )
        else:
            stage("lab-head", t, "lab01", "52:54:00:c1:00:01", "10.20.0.11", "runtime", "")
        t += sec(60 + r.uniform(-0.3, 0.3))
    t = at(6, 0) + sec(r.uniform(0, 60))
    while t < at(7, 38, 0):
        p = r.randrange(33000, 60999)
        t = W(
            "lab-head",
            t,
            "RECV   : hwaddr: %s, ipaddr: %s, stage: %s",
            f"RECV   : hwaddr: 52:54:00:c1:00:03, ipaddr: 10.20.0.13:{p}, stage: runtime",
        )
        W(
            "lab-head",
            t,
            "DENIED : Non-privileged port: %s",
            f"DENIED : Non-privileged port: 10.20.0.13:{p}",
        )
        t += sec(60 + r.uniform(-0.3, 0.3))
    while t < t_end:
        stage("lab-head", t, "lab03", "52:54:00:c1:00:03", "10.20.0.13", "runtime", "")
        t += sec(60 + r.uniform(-0.3, 0.3))
    # lab04: added without a profile (no container), then with one whose image was deleted
    t = at(6, 31, 40)
    for i in range(9):
        t = stage("lab-head", t, "lab04", "52:54:00:c1:00:04", "10.20.0.14", "ipxe", "")
        if i < 5:
            t = recv(
                "lab-head", t + sec(r.uniform(1, 2)), "52:54:00:c1:00:04", "10.20.0.14", "kernel"
            )
            t = W(
                "lab-head",
                t,
                "WARN   : No kernel version set for node %s",
                "WARN   : No kernel version set for node lab04",
            )
            t = serv("lab-head", t, "")
            t = W("lab-head", t, "ERROR  : No resource selected", "ERROR  : No resource selected")
        else:
            for st in ("kernel", "container"):
                t = stage(
                    "lab-head",
                    t + sec(r.uniform(1, 2)),
                    "lab04",
                    "52:54:00:c1:00:04",
                    "10.20.0.14",
                    st,
                    "alma-9-test",
                )
            t = recv(
                "lab-head", t + sec(r.uniform(1, 2)), "52:54:00:c1:00:04", "10.20.0.14", "system"
            )
            path = f"{WW_PROV}/overlays/lab04/__SYSTEM__.img"
            t = serv("lab-head", t, path)
            t = W("lab-head", t, "ERROR  : Not found: %s", f"ERROR  : Not found: {path}")
        t += sec(r.uniform(95, 130))
    # lab02: an asset key set in nodes.conf, the node still on the old one
    t = at(7, 5, 9)
    for _ in range(6):
        t = recv("lab-head", t, "52:54:00:c1:00:02", "10.20.0.12", "ipxe")
        t = W(
            "lab-head",
            t,
            "DENIED : Incorrect asset key for node: %s",
            "DENIED : Incorrect asset key for node: lab02",
        )
        t += sec(r.uniform(70, 90))
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------------- xcat


def xdate(t: datetime) -> str:
    """`date`'s output on the nodes (C locale, UTC)."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S} UTC {t:%Y}"


def xcat(r: random.Random) -> list[Log]:
    """xCAT 2.16 on a management node and a service node (see the module docstring)."""
    fs = Files()
    pid = {"mn1": 211873, "sn01": 98411}

    def X(h: str, t: datetime, label: str, msg: str, new: bool = True, p: int = 0) -> datetime:
        if new and not p:
            pid[h] += r.randint(2, 14)
        p = p or pid[h]
        return fs.add(
            f"{h}-cluster.log", t, label, lambda x: [f"{rts(x)} {h} xcat[{p}]: {msg}"], (h, p), SEC
        )

    plugins = {
        "nodestat": "nodestat",
        "rpower": "ipmi",
        "rvitals": "ipmi",
        "lsdef": "DBobjectdefs",
        "nodels": "nodels",
        "chdef": "DBobjectdefs",
        "updatenode": "updatenode",
    }
    debug = (at(7, 15, 30), at(7, 31, 10))

    def allow(
        h: str,
        t: datetime,
        cmd: str,
        nr: str,
        args: str,
        user: str = "root",
        peer: str = "localhost",
    ) -> datetime:
        a = f" {args}" if args else ""
        p0 = 0
        if h == "mn1" and debug[0] <= t < debug[1]:
            pid[h] += r.randint(2, 9)
            p0 = pid[h]
            if nr:
                t = X(
                    h,
                    t,
                    "xcatd: open new process : xcatd SSL: %s to %s for %s@%s",
                    f"DEBUG xcatd: open new process : xcatd SSL: {cmd} to {nr} for {user}@{peer}",
                    p=p0,
                )
            else:
                t = X(
                    h,
                    t,
                    "xcatd: open new process : xcatd SSL: %s for %s@%s",
                    f"DEBUG xcatd: open new process : xcatd SSL: {cmd} for {user}@{peer}",
                    p=p0,
                )
            pid[h] += 1
            p1 = pid[h]
            req = " ".join(x for x in (cmd, nr, args) if x)
            plugin = plugins[cmd]
            t = X(
                h,
                t,
                "xcatd: dispatch request '%s' to plugin '%s'",
                f"DEBUG xcatd: dispatch request '{req}' to plugin '{plugin}'",
                p=p1,
            )
            t = X(
                h,
                t,
                "xcatd: handle request '%s' by plugin '%s''s preprocess_request",
                f"DEBUG xcatd: handle request '{cmd}' by plugin '{plugin}''s preprocess_request",
                p=p1,
            )
            if nr == "compute":
                pid[h] += 2
                t = X(
                    h,
                    t,
                    "dispatch hierarchical sub-command %s to %s:%d",
                    f"DEBUG dispatch hierarchical sub-command {cmd} to sn01:3001",
                    p=pid[h],
                )
        if nr:
            return X(
                h,
                t,
                "xCAT: Allowing %s to %s%s for %s from %s",
                f"xCAT: Allowing {cmd} to {nr}{a} for {user} from {peer}",
                p=p0,
            )
        return X(
            h,
            t,
            "xCAT: Allowing %s%s for %s from %s",
            f"xCAT: Allowing {cmd}{a} for {user} from {peer}",
            p=p0,
        )

    def status(h: str, t: datetime, node: str, st: str, new: bool = True) -> datetime:
        if new:
            pid[h] += r.randint(2, 14)
        p = pid[h]
        return fs.add(
            f"{h}-cluster.log",
            t,
            "%s status: %s statustime: %s",
            lambda x: [
                f"{rts(x)} {h} xcat[{p}]: {node} status: {st} statustime: {x:%m-%d-%Y %H:%M:%S}"
            ],
            (h, p),
            SEC,
        )

    def C(node: str, t: datetime, tag: str, label: str, msg: str) -> datetime:
        return fs.add(
            "mn1-computes.log",
            t,
            label,
            lambda x: [f"{rts(x)} {node} {tag}: {msg}"],
            (node, tag),
            SEC,
        )

    t_end = at(12, 0)
    # monitoring: Nagios' nodestat every minute, rpower every 5, the exporter's rvitals every 2
    for h, nr_sn in [("mn1", "cn[065-128]"), ("sn01", "")]:
        t = at(6, 0, 1)
        i = 0
        while t < t_end:
            tt = t + sec(r.uniform(0, 3))
            if h == "mn1":
                allow("mn1", tt, "nodestat", "compute", "")
                if i % 5 == 0:
                    allow("mn1", tt + sec(r.uniform(0.5, 2)), "rpower", "compute", "stat")
                if i % 10 == 3:
                    allow(
                        "mn1",
                        tt + sec(r.uniform(0.5, 2)),
                        "lsdef",
                        "",
                        "-t node -i status,statustime -c",
                    )
                if i % 2 == 1:
                    allow(
                        "mn1",
                        tt + sec(r.uniform(5, 20)),
                        "rvitals",
                        "compute",
                        "temp power",
                        user="xcatmon",
                        peer="monitor01",
                    )
            else:
                allow(
                    "sn01", tt + sec(r.uniform(0.5, 1.5)), "nodestat", "cn[065-128]", "", peer="mn1"
                )
                if i % 5 == 0:
                    allow(
                        "sn01",
                        tt + sec(r.uniform(2, 4)),
                        "rpower",
                        "cn[065-128]",
                        "stat",
                        peer="mn1",
                    )
                if i % 2 == 1:
                    allow(
                        "sn01",
                        tt + sec(r.uniform(6, 22)),
                        "rvitals",
                        "cn[065-128]",
                        "temp power",
                        user="xcatmon",
                        peer="mn1",
                    )
            i += 1
            t += sec(60)
        del nr_sn

    # 06:30: cn[017-028] reinstalled with the new compute image
    nodes = [f"cn{i:03d}" for i in range(17, 29)]
    nr = "cn[017-028]"
    t = at(6, 29, 40)
    t = allow("mn1", t, "lsdef", "", "-t osimage rocky8.9-x86_64-install-compute")
    t = allow("mn1", t + sec(14), "nodeset", nr, "osimage=rocky8.9-x86_64-install-compute")
    t = allow("mn1", t + sec(6), "makedhcp", nr, "")
    t = allow("mn1", t + sec(9), "rsetboot", nr, "net")
    t = allow("mn1", t + sec(4), "rpower", nr, "reset")
    for n in nodes:
        status("mn1", t + sec(r.uniform(1, 4)), n, "powering-on", new=False)
    configs = [
        "DEVICE=ens1f0",
        "BOOTPROTO=static",
        "IPADDR={ip}",
        "NETMASK=255.255.0.0",
        "ONBOOT=yes",
        "MTU=9000",
    ]
    for k, n in enumerate(nodes):
        ti = t + sec(r.uniform(95, 140))
        status("mn1", ti, n, "installing")
        tb = ti + sec(r.uniform(540, 720))
        status("mn1", tb, n, "booting")
        tc = tb + sec(r.uniform(60, 90))
        status("mn1", tc, n, "postbooting")
        tc = C(
            n,
            tc + sec(r.uniform(1, 3)),
            "xcat.deployment",
            "=============deployment starting====================",
            "=============deployment starting====================",
        )
        failed = n == "cn023"
        for ps in ["syslog", "remoteshell", "syncfiles", "confignetwork", "setupntp"]:
            tc = C(
                n,
                tc + sec(r.uniform(0.5, 2)),
                "xcat.deployment",
                "%s Running postscript: %s",
                f"{xdate(tc)} Running postscript: {ps}",
            )
            rc = 0
            if ps == "confignetwork":
                tc = C(
                    n,
                    tc + sec(r.uniform(0.5, 2)),
                    "xcat.deployment.postscript",
                    "configeth on %s: os type: %s",
                    f"INFO  configeth on {n}: os type: redhat",
                )
                for c in configs if not failed else configs[:3]:
                    tc = C(
                        n,
                        tc,
                        "xcat.deployment.postscript",
                        ">> %s",
                        f"INFO  >> {c.format(ip=f'172.16.{k // 8}.{100 + k}')}",
                    )
                rc = 1 if failed else 0
            tc += sec(r.uniform(1, 25))
            tc = C(
                n,
                tc,
                "xcat.deployment",
                "%s postscript %s return with %d",
                f"{xdate(tc)} postscript {ps} return with {rc}",
            )
        if failed:
            status("mn1", tc + sec(r.uniform(1, 3)), n, "failed")
            continue
        for pbs in ["otherpkgs", "mlnxofed_ib_install", "slurm_node_config"]:
            tc = C(
                n,
                tc + sec(r.uniform(0.5, 2)),
                "xcat.deployment",
                "%s Running postbootscript: %s",
                f"{xdate(tc)} Running postbootscript: {pbs}",
            )
            tc += sec(r.uniform(4, 140))
            tc = C(
                n,
                tc,
                "xcat.deployment",
                "%s postbootscript %s return with %d",
                f"{xdate(tc)} postbootscript {pbs} return with 0",
            )
        tc = C(
            n,
            tc + sec(r.uniform(0.5, 2)),
            "xcat.deployment",
            "=============deployment ending====================",
            "=============deployment ending====================",
        )
        status("mn1", tc + sec(r.uniform(1, 3)), n, "booted")
    # cn023's confignetwork failed (a typo in its nics table); fixed and rerun at 07:20
    t = at(7, 18, 4)
    t = allow("mn1", t, "lsdef", "", "cn023 -i status,statustime")
    t = allow("mn1", t + sec(40), "nodels", "cn023", "nics.nicips")
    t = allow("mn1", t + sec(95), "chdef", "cn023", "nicips.ens1f0=172.16.0.106")
    t = allow("mn1", t + sec(8), "updatenode", "cn023", "-P confignetwork")
    tc = t + sec(3)
    tc = C(
        "cn023",
        tc,
        "xcat.updatenode",
        "%s Running postscript: %s",
        f"{xdate(tc)} Running postscript: confignetwork",
    )
    tc = C(
        "cn023",
        tc + sec(1),
        "xcat.updatenode.postscript",
        "configeth on %s: os type: %s",
        "INFO  configeth on cn023: os type: redhat",
    )
    for c in configs:
        tc = C(
            "cn023",
            tc,
            "xcat.updatenode.postscript",
            ">> %s",
            f"INFO  >> {c.format(ip='172.16.0.106')}",
        )
    tc = C(
        "cn023",
        tc + sec(6),
        "xcat.updatenode",
        "%s postscript %s return with %d",
        f"{xdate(tc)} postscript confignetwork return with 0",
    )
    t = allow("mn1", tc + sec(30), "rpower", "cn023", "reset")
    status("mn1", t, "cn023", "powering-on", new=False)
    status("mn1", t + sec(150), "cn023", "booting")
    status("mn1", t + sec(230), "cn023", "booted")

    # 10:00: setupntp and syslog rerun on rack 2 after the NTP servers moved
    t = allow("mn1", at(10, 0, 12), "updatenode", "rack2", "-P setupntp,syslog")
    for i in range(33, 65):
        n = f"cn{i:03d}"
        tc = t + sec(r.uniform(2, 15))
        for ps in ["setupntp", "syslog"]:
            tc = C(
                n,
                tc,
                "xcat.updatenode",
                "%s Running postscript: %s",
                f"{xdate(tc)} Running postscript: {ps}",
            )
            tc += sec(r.uniform(1, 12))
            tc = C(
                n,
                tc,
                "xcat.updatenode",
                "%s postscript %s return with %d",
                f"{xdate(tc)} postscript {ps} return with 0",
            )
    # sn01's nodes: the same rerun for rack 3, dispatched from mn1
    t = allow("sn01", at(10, 4, 51), "updatenode", "cn[065-096]", "-P setupntp,syslog", peer="mn1")
    for i in range(65, 97):
        n = f"cn{i:03d}"
        tc = t + sec(r.uniform(2, 15))
        for ps in ["setupntp", "syslog"]:
            tc = C(
                n,
                tc,
                "xcat.updatenode",
                "%s Running postscript: %s",
                f"{xdate(tc)} Running postscript: {ps}",
            )
            tc += sec(r.uniform(1, 12))
            tc = C(
                n,
                tc,
                "xcat.updatenode",
                "%s postscript %s return with %d",
                f"{xdate(tc)} postscript {ps} return with 0",
            )
    # an admin's afternoon checks
    for t, cmd, nr, args in [
        (at(11, 2, 7), "tabdump", "", "site"),
        (at(11, 2, 40), "nodels", "compute", "nodelist.status"),
        (at(11, 5, 3), "xdsh", "cn[017-028]", "uptime"),
        (at(11, 6, 55), "xdsh", "cn[017-028]", "rpm -q slurm"),
        (at(11, 12, 30), "rinv", "cn023", "all"),
    ]:
        allow("mn1", t, cmd, nr, args)
    return fs.logs(at(6, 0))


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "flux-core": flux,
    "fts3": fts3,
    "panda-pilot": panda_pilot,
    "warewulf": warewulf,
    "xcat": xcat,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
