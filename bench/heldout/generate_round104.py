#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 104 (longhorn, nfs-ganesha, moosefs, lio-iscsi,
multipathd) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that
wrote it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, per process and file, through round 97's Files); the syslog
files, Longhorn's logrus text and Ganesha's log print whole seconds, so a burst shares a
second as a real one does. Five storage systems, 06:00 to 12:00 on 2024-06-04:

- Longhorn 1.6 (`longhorn-manager-x7k2p.log`, `instance-manager-6c1f0e2a4d3b.log`, both as
  `kubectl logs` prints them, on node worker-2): the manager's logrus text with its caller
  (`time="..." level=info msg="..." func="..." file="..." key=value`): controllers starting,
  the event broadcaster's `Event(v1.ObjectReference{...}): type: 'Normal' reason: 'Attached'
  volume %v has been attached to %v` lines for volumes attaching and detaching all morning
  (CI jobs), engines and replicas started and stopped (`Starts %v` / `Stops %v`), worker-3
  going down at 08:10 (volumes degraded, `Failed to sync Longhorn volume` with the API
  server's conflict error, replicas rebuilt from 08:21: `Start rebuilding replica ...`,
  `Replica ... has been rebuilt ...`, `volume %v became healthy`); the instance manager's own
  lines (`Process Manager: prepare to create process %v` ...) and its processes' output behind
  `[process name] ` (the engine's `Starting with replicas %q`, `Connecting to remote: %s`,
  `Adding backend: %s`, `Start monitoring %v`, `R/W Timeout. No response received in %v`,
  `Backend %v monitoring failed, mark as ERR: %v`, `Set replica %v to mode %v`, the source
  replica's `Finished sync for the source file %v, size %v, elapsed %.2fs`), a replica process panicking at 10:41 with its goroutine stack (every line
  behind the process's prefix) and the instance manager's `error out` line.
- NFS-Ganesha 5.7 (`ganesha.log`, on nfs1): `04/06/2024 06:00:05 : epoch 665eab45 : nfs1 :
  ganesha.nfsd-1187[main] main :MAIN :EVENT :message`; start-up at 06:00 with its usual
  Kerberos warnings, the `NFS SERVER INITIALIZED` frame, grace and its end, ntirpc's
  `svc_vc_recv: %p fd %d recv closed (will set dead)` / `recv errno %d` all morning (INFO for
  DISPATCH and INODE LRU), GSS requests rejected, a backup scanning the exports 09:00-09:40
  (`FDs above high water mark, waking LRU thread.` and `Futility count exceeded. ...`), an
  I/O error on the backing disk (`Mapping %d(default) to ERR_FSAL_SERVERFAULT`), a SIGHUP
  export reload with a bad parameter, a restart at 10:30 with one export's disk missing.
- MooseFS 3.0.117 (`mfsmaster.log`, `mfscs1.log`, `mfscs2.log`, `mfscs3.log`: each host's
  syslog): the master's batch clients (`connection with client(ip:%s) has been closed by
  peer`), mfscs2 dropping off the network at 07:15 (`connection with CS(%s) has been closed by
  peer`, `chunkserver disconnected - ip: ...`, `server ip: ... has been fully removed from
  data structures`, the chunkserver's `connection reset by Master`, `connecting ...`,
  `connected to Master`, `chunkserver register begin/end ...`), hourly metadata stores, a disk
  failing on mfscs3 from 08:30 (`hdd_io_begin: file:%s - open error: EIO (Input/output
  error)`, `%u errors occurred in %u seconds on folder: %s`, `hdd space manager: folder %s
  marked as damaged`) and the master's `chunk %016llX_%08X: there are no copies` for the
  goal-1 chunks on it, the master upgraded and restarted at 10:00 (its shutdown and start-up
  lines, the chunkservers' `connect failed, error: ECONNREFUSED (Connection refused)`), mfscs3
  restarted after the disk's swap at 11:10.
- LIO iSCSI target behind ceph-iscsi (`iscsi-gw1-kern.log`, `iscsi-gw2-kern.log` the kernel's
  lines with their uptime, `iscsi-gw1-tcmu-runner.log`, `iscsi-gw2-tcmu-runner.log`:
  `2024-06-04 06:00:01.123 1187 [INFO] tcmu_rbd_open:829 rbd/rbd.vmfs01: address: {...}`):
  gw2 started at 06:00 (`Inserted module`, devices opened, `Rounding down aligned max_sectors
  from %u to %u`), a load balancer's TCP check every minute (`rx_data returned 0, expecting
  48.` and `iSCSI Login negotiation failed.`), an ESXi host with the wrong IQN, the exclusive
  lock moving between the gateways 08:00-08:20 (`Starting lock acquisition operation.`,
  `Acquired exclusive lock.`, `Async lock drop. Old state %d`, `Lock acquisition
  successful`), slow OSDs 09:30-09:50 (`ABORT_TASK: Found referenced iSCSI task_tag: %llu`,
  `ABORT_TASK: Sending TMR_FUNCTION_COMPLETE for ref_tag: %llu`, `Timing out cmd.`, NOPIN
  timeouts, DataOut timeouts), a rescan touching LUNs that do not exist, unsupported opcodes,
  and tcmu-runner on gw2 blacklisted and its devices reopened at 11:05.
- multipathd 0.8.8 (`db01-syslog`, `db02-syslog`: two database servers on Fibre Channel,
  Ubuntu 22.04): start-up at 06:00 on db02 (`--------start up--------`, `read
  /etc/multipath.conf`, `path checkers start up`, `%s: load table [0 %llu multipath %s]`), the
  boot disk without a uid (`%s: add missing path`, `failed to get udev / sysfs / sgio uid`
  every five minutes), a flaky SFP making one path flap 07:00-08:40 on db01 (the kernel's
  `device-mapper: multipath: %s: Failing path %s.`, `blk_update_request: I/O error ...`,
  `%s: mark as failed`, `%s: remaining active paths: %d`, the checker's `%s: %s - %s checker
  reports path is up` / `down`, `%s: reinstated`), a fabric B outage at 09:15 on both (qla2xxx
  `LOOP DOWN detected`, remote ports timing out), a storage controller failover at 10:00
  (`reports path is ghost`, `switch to path group #%d`), a LUN mapped at 10:45 (`add path
  (uevent)`, `path added to devmap`), a LUN lost to all paths on db02 (`Entering recovery
  mode`, `Disable queueing`) and multipathd restarted on db01 at 11:30.

Label notes. logrus's time, level, func, file and fields are context (the label is `msg`, an
`error=` field made from a format of its own contributing that format after it); the event
broadcaster's `Event(%#v): type: '%v' reason: '%v' %v` keeps the type and reason the call
site passes (`'Normal'`, `'Attached'`) and the event's message format; the instance
manager's `[process name] ` before a process's output is context, and the process's own
logrus text is read as the manager's. Ganesha's date, epoch, host, program and pid, thread,
function, component and level are context; ntirpc's `%s: ` with `__func__` is the call
site's (wording). The syslog heads and the kernel's `[uptime]` are context; the kernel's
`device-mapper: multipath: ` (DM_MSG_PREFIX) and `ABORT_TASK: ` are part of the message;
qla2xxx's `qla2xxx [%s]-%04x:%ld: ` and sd's `sd %s: [%s] ` are the driver's prefixes
(context). tcmu-runner's date, pid, level, `function:line` and the device's config string
are context. An errno's text or a checker's message inside a line contributes its wording
(`open error: EIO (Input/output error)`, `reports path is down`). MooseFS's section names and
folders, Ganesha's AUTH_STAT names and multipathd's checker name are values.

Least sure (written from the helper's knowledge, not checked against the sources): Longhorn's
controller start lines, the instance manager's `Process Manager: ...` wordings and `error
out, error msg:`, the engine's `Starting with replicas`, `Adding backend`, `Start
monitoring`, `Set replica %v to mode %v` and the sync agent's `Finished sync for the source
file ...`; whether the engine's processes print `func=`/`file=` (written without);
Ganesha's `FDs above high water mark` line's fields, the SIGHUP line and the config error's
layout; MooseFS's metadata section lines, `store
process has finished`, the disk-failure lines (`%u errors occurred ...`, `marked as damaged`),
`chunk ...: there are no copies` and the shutdown lines; tcmu-runner's line numbers, `Lock
acquisition successful`, `tgt_port_grp_recovery_thread_fn`'s `Disabled` / `Enabled` lines
and the reopen lines; multipathd 0.8.8's `load table` (newer versions print `reload` /
`addmap`), `path added to devmap` and `multipathd v%d.%d.%d%s: start up`.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import at, poisson
from generate_round97 import Files, ms, sec, syslog_ts


def hx(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r: random.Random) -> str:
    h = hx(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def lr_quote(v: str) -> str:
    """logrus's TextFormatter: a value of only safe characters stays bare, else %q."""
    if v and all(c.isalnum() or c in "-._/@^+" for c in v):
        return v
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def logrus(t: datetime, level: str, msg: str, fields: dict[str, str]) -> str:
    """`time="..." level=... msg="..."` then func, file and the other fields sorted."""
    out = [f'time="{t:%Y-%m-%dT%H:%M:%S}Z"', f"level={level}", f"msg={lr_quote(msg)}"]
    for k in ("func", "file"):
        if k in fields:
            out.append(f"{k}={lr_quote(fields[k])}")
    for k in sorted(fields):
        if k not in ("func", "file"):
            out.append(f"{k}={lr_quote(fields[k])}")
    return " ".join(out)


# ---------------------------------------------------------------------------- longhorn

LH_NODES = {"worker-1": "10.42.1", "worker-2": "10.42.2", "worker-3": "10.42.3"}
LH_CONTROLLERS = [
    (
        "Starting Longhorn volume controller",
        "controller.(*VolumeController).Run",
        "volume_controller.go:214",
    ),
    (
        "Starting Longhorn engine controller",
        "controller.(*EngineController).Run",
        "engine_controller.go:227",
    ),
]
LH_EVENT = ("record.(*eventBroadcasterImpl).StartLogging.func1", "event.go:298")


def longhorn(r: random.Random) -> list[Log]:
    """worker-2's longhorn-manager and instance-manager, 06:00 to 12:00: the manager pod
    started at 06:00 after an upgrade, ten volumes of CI jobs attaching to worker-2 and
    detaching all morning, worker-3 down 08:10-08:40 (volumes degraded, conflicts, replicas
    rebuilt from 08:21), a replica process on worker-2 panicking at 10:41 and rebuilt."""
    fs = Files()
    MF, IF = "longhorn-manager-x7k2p.log", "instance-manager-6c1f0e2a4d3b.log"
    vols = [f"pvc-{uuid(r)}" for _ in range(10)]
    ports = iter(range(10010, 20000, 15))
    # each volume's three replicas: (name, node, address)
    reps: dict[str, list[list[str]]] = {}
    for v in vols:
        nodes = r.sample(sorted(LH_NODES), 3)
        reps[v] = [
            [f"{v}-r-{hx(r, 8)}", n, f"tcp://{LH_NODES[n]}.{r.randint(10, 60)}:{next(ports)}"]
            for n in nodes
        ]
    rv = [4811230]
    uids: dict[str, str] = {}

    def M(t: datetime, level: str, label: str, msg: str, fields: dict[str, str]) -> datetime:
        return fs.add(MF, t, label, lambda x: [logrus(x, level, msg, fields)], "mgr", 1000)

    def objref(kind: str, name: str) -> str:
        rv[0] += r.randint(1, 40)
        ver = "longhorn.io/v1beta2"
        uid = uids.setdefault(name, uuid(r))
        return f'v1.ObjectReference{{Kind:"{kind}", Namespace:"longhorn-system", Name:"{name}", UID:"{uid}", APIVersion:"{ver}", ResourceVersion:"{rv[0]}", FieldPath:""}}'

    def ev(
        t: datetime, kind: str, name: str, typ: str, reason: str, fmt: str, message: str
    ) -> datetime:
        return M(
            t,
            "info",
            f"Event(%#v): type: '{typ}' reason: '{reason}' {fmt}",
            f"Event({objref(kind, name)}): type: '{typ}' reason: '{reason}' {message}",
            {"func": LH_EVENT[0], "file": LH_EVENT[1]},
        )

    def IM(t: datetime, level: str, label: str, msg: str) -> datetime:
        fields = {"func": "process.(*Manager).ProcessCreate", "file": "process_manager.go:231"}
        if "delete" in msg or "stop" in msg or "deleted" in msg:
            fields = {"func": "process.(*Manager).ProcessDelete", "file": "process_manager.go:318"}
        if "error out" in msg:
            fields = {"func": "process.(*Process).StartFunc.func1", "file": "process.go:94"}
        return fs.add(IF, t, label, lambda x: [logrus(x, level, msg, fields)], "im", 1000)

    def P(
        t: datetime,
        proc: str,
        level: str,
        label: str | None,
        msg: str,
        fields: dict[str, str] | None = None,
    ) -> datetime:
        return fs.add(
            IF,
            t,
            label,
            lambda x: [f"[{proc}] " + logrus(x, level, msg, fields or {})],
            ("p", proc),
            1000,
        )

    t0, t_end = at(6, 0), at(12, 0)
    # the manager starting
    t = t0 + sec(2)
    for label, fn, fl in LH_CONTROLLERS:
        t = M(
            t + sec(r.uniform(0, 1.2)),
            "info",
            label,
            label,
            {
                "func": fn,
                "file": fl,
                "controller": "longhorn-"
                + fn.split("(*")[1].split(")")[0].replace("Controller", "").lower(),
                "node": "worker-2",
            },
        )

    engine_port: dict[str, int] = {}
    # the database's and the queue's volumes stay attached; both have a replica on worker-3
    for v in vols[:2]:
        reps[v] = [
            [f"{v}-r-{hx(r, 8)}", n, f"tcp://{LH_NODES[n]}.{r.randint(10, 60)}:{next(ports)}"]
            for n in ("worker-1", "worker-2", "worker-3")
        ]

    def attach(v: str, t: datetime) -> datetime:
        e = f"{v}-e-0"
        # manager: engine and replicas started, then the volume attached
        for rep in reps[v]:
            t = ev(
                t + sec(r.uniform(0.1, 0.8)),
                "Replica",
                rep[0],
                "Normal",
                "Start",
                "Starts %v",
                f"Starts {rep[0]}",
            )
            if rep[1] == "worker-2":
                IM(
                    t + sec(0.2),
                    "info",
                    "Process Manager: prepare to create process %v",
                    f"Process Manager: prepare to create process {rep[0]}",
                )
                IM(
                    t + sec(0.4),
                    "info",
                    "Process Manager: created process %v",
                    f"Process Manager: created process {rep[0]}",
                )
        t = ev(t + sec(r.uniform(1, 3)), "Engine", e, "Normal", "Start", "Starts %v", f"Starts {e}")
        IM(
            t + sec(0.1),
            "info",
            "Process Manager: prepare to create process %v",
            f"Process Manager: prepare to create process {e}",
        )
        ts = IM(
            t + sec(0.3),
            "info",
            "Process Manager: created process %v",
            f"Process Manager: created process {e}",
        )
        addrs = "[" + " ".join(f'"{x[2]}"' for x in reps[v]) + "]"
        ts = P(
            ts + sec(0.5), e, "info", "Starting with replicas %q", f"Starting with replicas {addrs}"
        )
        for x in reps[v]:
            ts = P(ts, e, "info", "Adding backend: %s", f"Adding backend: {x[2]}")
            ts = P(ts, e, "info", "Start monitoring %v", f"Start monitoring {x[2]}")
        engine_port[v] = next(ports)
        ts = P(
            ts + sec(0.3),
            e,
            "info",
            "Listening on gRPC Controller server: %v",
            f"Listening on gRPC Controller server: 0.0.0.0:{engine_port[v]}",
        )
        IM(
            ts + sec(0.5),
            "info",
            "Process %v has started at localhost:%v",
            f"Process {e} has started at localhost:{engine_port[v]}",
        )
        return ev(
            t + sec(r.uniform(2, 6)),
            "Volume",
            v,
            "Normal",
            "Attached",
            "volume %v has been attached to %v",
            f"volume {v} has been attached to worker-2",
        )

    def stop_proc(name: str, t: datetime) -> datetime:
        t = IM(
            t,
            "info",
            "Process Manager: prepare to delete process %v",
            f"Process Manager: prepare to delete process {name}",
        )
        t = IM(
            t + sec(r.uniform(0.5, 2)),
            "info",
            "Process Manager: process %v stopped",
            f"Process Manager: process {name} stopped",
        )
        return IM(
            t + sec(0.1),
            "info",
            "Process Manager: deleted process %v",
            f"Process Manager: deleted process {name}",
        )

    def detach(v: str, t: datetime) -> datetime:
        e = f"{v}-e-0"
        t = ev(t, "Engine", e, "Normal", "Stop", "Stops %v", f"Stops {e}")
        stop_proc(e, t + sec(0.2))
        for rep in reps[v]:
            t = ev(
                t + sec(r.uniform(1, 4)),
                "Replica",
                rep[0],
                "Normal",
                "Stop",
                "Stops %v",
                f"Stops {rep[0]}",
            )
            if rep[1] == "worker-2":
                stop_proc(rep[0], t + sec(0.2))
        return ev(
            t + sec(r.uniform(1, 3)),
            "Volume",
            v,
            "Normal",
            "Detached",
            "volume %v has been detached",
            f"volume {v} has been detached",
        )

    for v in vols[:2]:
        attach(v, t + sec(r.uniform(5, 20)))
    # CI jobs: each attaches a free volume for a few minutes (none with a replica on worker-3
    # while it is away)
    busy_until: dict[str, datetime] = {}
    for t in poisson(r, t0 + sec(60), t_end - sec(900), 205):
        dur = sec(r.uniform(120, 900))
        free = [
            v
            for v in vols[2:]
            if busy_until.get(v, t0) < t
            and not (
                any(x[1] == "worker-3" for x in reps[v]) and t < at(8, 50) and t + dur > at(8, 5)
            )
        ]
        if not free:
            continue
        v = r.choice(free)
        t1 = attach(v, t)
        busy_until[v] = t1 + dur + sec(60)
        detach(v, t1 + dur)

    # worker-3 down at 08:10: the engines on worker-2 lose their worker-3 replicas
    hit = vols[:2]
    for i, v in enumerate(hit):
        e = f"{v}-e-0"
        x = next(x for x in reps[v] if x[1] == "worker-3")
        t = at(8, 10, 4) + sec(i * 0.7)
        for _ in range(r.randint(2, 5)):
            t = P(
                t + sec(r.uniform(0.1, 1)),
                e,
                "error",
                "R/W Timeout. No response received in %v",
                "R/W Timeout. No response received in 8s",
            )
        t = P(
            t + sec(1),
            e,
            "error",
            "Backend %v monitoring failed, mark as ERR: ping timeout",
            f"Backend {x[2]} monitoring failed, mark as ERR: ping timeout",
        )
        t = P(
            t + sec(0.1), e, "info", "Set replica %v to mode %v", f"Set replica {x[2]} to mode ERR"
        )
        t = ev(
            t + sec(r.uniform(2, 5)),
            "Replica",
            x[0],
            "Warning",
            "Faulted",
            "replica %v became faulted",
            f"replica {x[0]} became faulted",
        )
        t = ev(
            t + sec(r.uniform(2, 5)),
            "Volume",
            v,
            "Normal",
            "Degraded",
            "volume %v became degraded",
            f"volume {v} became degraded",
        )
    # the API server's conflicts, more while worker-3 is down
    for t in poisson(r, t0 + sec(30), t_end, 420) + poisson(r, at(8, 10), at(8, 45), 25):
        v = r.choice(vols)
        kind, obj = r.choice([("volume", "volumes"), ("volume", "volumes"), ("engine", "engines")])
        name = v if kind == "volume" else f"{v}-e-0"
        M(
            t,
            "warning",
            f'Failed to sync Longhorn {kind} error=failed to sync {kind} %s: Operation cannot be fulfilled on {obj}.longhorn.io "%s": the object has been modified; please apply your changes to the latest version and try again',
            f"Failed to sync Longhorn {kind}",
            {
                "func": f"controller.(*{kind.capitalize()}Controller).handleErr",
                "file": f"{kind}_controller.go:{ {'volume': 265, 'engine': 281}[kind] }",
                "controller": f"longhorn-{kind}",
                kind: f"longhorn-system/{name}",
                "node": "worker-2",
                "error": f'failed to sync {kind} longhorn-system/{name}: Operation cannot be fulfilled on {obj}.longhorn.io "{name}": the object has been modified; please apply your changes to the latest version and try again',
            },
        )

    def rebuild(v: str, t: datetime, new_node: str) -> datetime:
        e = f"{v}-e-0"
        nr = [
            f"{v}-r-{hx(r, 8)}",
            new_node,
            f"tcp://{LH_NODES[new_node]}.{r.randint(10, 60)}:{next(ports)}",
        ]
        t = ev(t, "Replica", nr[0], "Normal", "Start", "Starts %v", f"Starts {nr[0]}")
        t = ev(
            t + sec(r.uniform(2, 6)),
            "Engine",
            e,
            "Normal",
            "Rebuilding",
            "Start rebuilding replica %v with Address %v for normal engine %v and volume %v",
            f"Start rebuilding replica {nr[0]} with Address {nr[2][6:]} for normal engine {e} and volume {v}",
        )
        ts = P(
            t + sec(0.3),
            e,
            "info",
            "Adding replica %v in WO mode",
            f"Adding replica {nr[2]} in WO mode",
        )
        ts = P(ts, e, "info", "Adding backend: %s", f"Adding backend: {nr[2]}")
        P(ts, e, "info", "Start monitoring %v", f"Start monitoring {nr[2]}")
        src = next((x for x in reps[v] if x[1] == "worker-2"), None)
        snaps = [f"volume-snap-{uuid(r)}.img" for _ in range(r.randint(1, 3))] + [
            "volume-head-002.img"
        ]
        dur = 0.0
        for f in snaps[:-1]:
            p = r.randint(10000, 10020)
            d = r.uniform(5, 120)
            if new_node == "worker-2":
                P(
                    t + sec(1 + dur),
                    nr[0],
                    "info",
                    "Running ssync server for file %v at port %v",
                    f"Running ssync server for file {f} at port {p}",
                )
                P(
                    t + sec(1 + dur + d),
                    nr[0],
                    "info",
                    "Done running ssync server for file %v at port %v",
                    f"Done running ssync server for file {f} at port {p}",
                )
            if src is not None:
                P(
                    t + sec(1.2 + dur + d),
                    src[0],
                    "info",
                    "Finished sync for the source file %v, size %v, elapsed %.2fs",
                    f"Finished sync for the source file {f}, size {r.randint(1, 20) * 1073741824}, elapsed {d - 0.3:.2f}s",
                )
            dur += d + 1
        t = ev(
            t + sec(dur + 3),
            "Engine",
            e,
            "Normal",
            "Rebuilt",
            "Replica %v with Address %v has been rebuilt for volume %v",
            f"Replica {nr[0]} with Address {nr[2][6:]} has been rebuilt for volume {v}",
        )
        P(t + sec(0.2), e, "info", "Set replica %v to mode %v", f"Set replica {nr[2]} to mode RW")
        reps[v].append(nr)
        return ev(
            t + sec(r.uniform(1, 3)),
            "Volume",
            v,
            "Normal",
            "Healthy",
            "volume %v became healthy",
            f"volume {v} became healthy",
        )

    t = at(8, 21, 3)
    for v in hit:
        reps[v] = [x for x in reps[v] if x[1] != "worker-3"]
        t = rebuild(v, t + sec(r.uniform(5, 30)), "worker-1")

    # the database volume's replica on worker-2 panics at 10:41
    v = vols[0]
    rp = next(x for x in reps[v] if x[1] == "worker-2")
    crash = at(10, 41, 17)
    lines = [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x9b3e2f]",
        "",
        "goroutine 1187 [running]:",
        "github.com/longhorn/longhorn-engine/pkg/replica.(*diffDisk).fullReadAt(0xc0003d2000, {0xc001c8a000, 0x1000, 0x1000}, 0x1f4a3000)",
        "\t/go/src/github.com/longhorn/longhorn-engine/pkg/replica/diff_disk.go:212 +0x2f",
        "github.com/longhorn/longhorn-engine/pkg/replica.(*diffDisk).ReadAt(0xc0003d2000, {0xc001c8a000, 0x1000, 0x1000}, 0x1f4a3000)",
        "\t/go/src/github.com/longhorn/longhorn-engine/pkg/replica/diff_disk.go:175 +0x1a5",
        "github.com/longhorn/longhorn-engine/pkg/replica.(*Replica).ReadAt(0xc0001f4a80, {0xc001c8a000, 0x1000, 0x1000}, 0x1f4a3000)",
        "\t/go/src/github.com/longhorn/longhorn-engine/pkg/replica/replica.go:1121 +0xb6",
        "github.com/longhorn/longhorn-engine/pkg/dataconn.(*Server).handleRead(0xc000418180, 0xc00233e0f0)",
        "\t/go/src/github.com/longhorn/longhorn-engine/pkg/dataconn/server.go:76 +0x9c",
        "created by github.com/longhorn/longhorn-engine/pkg/dataconn.(*Server).handleRequest in goroutine 34",
        "\t/go/src/github.com/longhorn/longhorn-engine/pkg/dataconn/server.go:58 +0x125",
    ]
    fs.add(
        IF,
        crash,
        "panic: runtime error: invalid memory address or nil pointer dereference",
        lambda x: [f"[{rp[0]}] {ln}" for ln in lines],
        ("p", rp[0]),
        1000,
    )
    IM(
        crash + sec(0.4),
        "info",
        "Process Manager: process %v error out, error msg: exit status %d",
        f"Process Manager: process {rp[0]} error out, error msg: exit status 2",
    )
    e = f"{v}-e-0"
    t = crash + sec(0.3)
    for _ in range(r.randint(1, 3)):
        t = P(
            t + sec(r.uniform(0.1, 1)),
            e,
            "error",
            "R/W Timeout. No response received in %v",
            "R/W Timeout. No response received in 8s",
        )
    t = P(
        t + sec(0.5),
        e,
        "error",
        "Backend %v monitoring failed, mark as ERR: dial tcp %s: connect: connection refused",
        f"Backend {rp[2]} monitoring failed, mark as ERR: dial tcp {rp[2][6:]}: connect: connection refused",
    )
    t = P(t + sec(0.1), e, "info", "Set replica %v to mode %v", f"Set replica {rp[2]} to mode ERR")
    t = ev(
        crash + sec(2),
        "Replica",
        rp[0],
        "Warning",
        "Faulted",
        "replica %v became faulted",
        f"replica {rp[0]} became faulted",
    )
    t = ev(
        t + sec(1),
        "Volume",
        v,
        "Normal",
        "Degraded",
        "volume %v became degraded",
        f"volume {v} became degraded",
    )
    reps[v] = [x for x in reps[v] if x is not rp]
    rebuild(v, t + sec(40), "worker-3")
    return fs.logs(t0)


# ------------------------------------------------------------------------- nfs-ganesha


def nfs_ganesha(r: random.Random) -> list[Log]:
    """nfs1 serving /srv/home, /srv/projects and /srv/scratch over NFSv4.1 to a Kubernetes
    cluster's 40 nodes, 06:00 to 12:00 (DISPATCH and INODE LRU at INFO): started at 06:00,
    clients' connections closing all morning, an old client with a krb5 mount rejected every
    few minutes, a backup 09:00-09:40 opening FDs faster than the LRU closes them, I/O errors
    on /srv/scratch's disk 09:50-10:05, an export reload at 10:12 with a bad parameter, a
    restart at 10:30 with /srv/projects not mounted."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)
    down = (at(10, 30, 0), at(10, 30, 9))
    runs = [(t0 + sec(4), 1187), (down[1], 2231)]

    def G(
        t: datetime, thread: str, func: str, comp: str, level: str, label: str, msg: str
    ) -> datetime:
        start, pid = [x for x in runs if x[0] <= t][-1]
        epoch = int(start.timestamp())
        return fs.add(
            "ganesha.log",
            t,
            label,
            lambda x: [
                f"{x:%d/%m/%Y %H:%M:%S} : epoch {epoch:08x} : nfs1 : ganesha.nfsd-{pid}[{thread}] {func} :{comp} :{level} :{msg}"
            ],
            pid,
            1000,
        )

    def start(t: datetime, missing: bool) -> None:
        m = "main"
        t = G(
            t,
            m,
            "main",
            "MAIN",
            "EVENT",
            "%s Starting: Ganesha Version %s",
            "ganesha.nfsd Starting: Ganesha Version 5.7",
        )
        t = G(
            t,
            m,
            "nfs_set_param_from_conf",
            "NFS STARTUP",
            "EVENT",
            "Configuration file successfully parsed",
            "Configuration file successfully parsed",
        )
        t = G(
            t,
            m,
            "init_fds_limit",
            "INODE LRU",
            "EVENT",
            "Setting the system-imposed limit on FDs to %d.",
            "Setting the system-imposed limit on FDs to 1048576.",
        )
        if missing:
            t = G(
                t,
                m,
                "init_export_root",
                "EXPORT",
                "CRIT",
                "Lookup failed on path, ExportId=%u Path=%s FSAL_ERROR=(No such file or directory,%u)",
                "Lookup failed on path, ExportId=2 Path=/srv/projects FSAL_ERROR=(No such file or directory,2)",
            )
        t = G(
            t,
            m,
            "nfs_start_grace",
            "STATE",
            "EVENT",
            "NFS Server Now IN GRACE, duration %d",
            "NFS Server Now IN GRACE, duration 90",
        )
        t = G(
            t,
            m,
            "fs_clean_old_recov_dir",
            "CLIENT ID",
            "EVENT",
            "Failed to open old v4 recovery dir (%s), errno=%d",
            "Failed to open old v4 recovery dir (/var/lib/nfs/ganesha/v4old/node0), errno=2",
        )
        t = G(
            t,
            m,
            "nfs_Init_svc",
            "DISP",
            "CRIT",
            "Cannot acquire credentials for principal %s",
            "Cannot acquire credentials for principal nfs",
        )
        t = G(
            t,
            m,
            "nfs_rpc_cb_init_ccache",
            "NFS STARTUP",
            "EVENT",
            "Callback creds directory (%s) already exists",
            "Callback creds directory (/var/run/ganesha) already exists",
        )
        t = G(
            t + sec(1),
            m,
            "gssd_refresh_krb5_machine_credential",
            "NFS CB",
            "CRIT",
            "ERROR: gssd_refresh_krb5_machine_credential: no usable keytab entry found in keytab %s for connection with host %s",
            "ERROR: gssd_refresh_krb5_machine_credential: no usable keytab entry found in keytab /etc/krb5.keytab for connection with host localhost",
        )
        t = G(
            t,
            m,
            "nfs_rpc_cb_init_ccache",
            "NFS STARTUP",
            "WARN",
            "gssd_refresh_krb5_machine_credential failed (%d:%d)",
            "gssd_refresh_krb5_machine_credential failed (-1765328160:0)",
        )
        for thr in ["gsh_dbusthread", "admin thread", "reaper thread", "General fridge"]:
            t = G(
                t,
                m,
                "nfs_Start_threads",
                "THREAD",
                "EVENT",
                f"{thr} was started successfully",
                f"{thr} was started successfully",
            )
        dash = "-------------------------------------------------"
        t = G(t, m, "nfs_start", "NFS STARTUP", "EVENT", dash, dash)
        t = G(
            t,
            m,
            "nfs_start",
            "NFS STARTUP",
            "EVENT",
            "             NFS SERVER INITIALIZED",
            "             NFS SERVER INITIALIZED",
        )
        t = G(t, m, "nfs_start", "NFS STARTUP", "EVENT", dash, dash)
        G(
            t + sec(90 + r.uniform(0, 5)),
            "reaper",
            "nfs_lift_grace_locked",
            "STATE",
            "EVENT",
            "NFS Server Now NOT IN GRACE",
            "NFS Server Now NOT IN GRACE",
        )

    def stop(t: datetime) -> None:
        t = G(
            t,
            "sigmgr",
            "sigmgr_thread",
            "MAIN",
            "EVENT",
            "SIGTERM_HANDLER: Received SIGTERM.... initiating shutdown.",
            "SIGTERM_HANDLER: Received SIGTERM.... initiating shutdown.",
        )
        t = G(
            t,
            "Admin",
            "do_shutdown",
            "MAIN",
            "EVENT",
            "NFS EXIT: stopping NFS service",
            "NFS EXIT: stopping NFS service",
        )
        t = G(
            t + sec(1),
            "Admin",
            "do_shutdown",
            "MAIN",
            "EVENT",
            "Removing all exports.",
            "Removing all exports.",
        )
        G(
            t + sec(1),
            "main",
            "nfs_start",
            "MAIN",
            "EVENT",
            "NFS EXIT: regular exit",
            "NFS EXIT: regular exit",
        )

    start(t0 + sec(4), False)
    stop(down[0])
    start(down[1], True)

    def xprt() -> str:
        return f"0x7f{r.randint(0x3A00000000, 0x3AFFFFFFFF):010x}"

    def in_run(t: datetime) -> bool:
        return not (down[0] - sec(1) <= t < down[1] + sec(3)) and t > t0 + sec(10)

    for t in poisson(r, t0 + sec(20), t_end, 13):
        if not in_run(t):
            continue
        fd = r.randint(24, 310)
        thr = f"svc_{r.randint(1, 64)}"
        if r.random() < 0.8:
            G(
                t,
                thr,
                "rpc",
                "TIRPC",
                "EVENT",
                "svc_vc_recv: %p fd %d recv closed (will set dead)",
                f"svc_vc_recv: {xprt()} fd {fd} recv closed (will set dead)",
            )
        else:
            G(
                t,
                thr,
                "rpc",
                "TIRPC",
                "EVENT",
                "svc_vc_recv: %p fd %d recv errno %d (will set dead)",
                f"svc_vc_recv: {xprt()} fd {fd} recv errno {r.choice([104, 104, 104, 110])} (will set dead)",
            )
    for t in poisson(r, t0 + sec(300), t_end, 150):
        if in_run(t):
            G(
                t,
                f"svc_{r.randint(1, 64)}",
                "nfs_rpc_process_request",
                "DISP",
                "INFO",
                "Could not authenticate request... rejecting with AUTH_STAT=%s",
                f"Could not authenticate request... rejecting with AUTH_STAT={r.choice(['RPCSEC_GSS_CREDPROBLEM'] * 5 + ['AUTH_BADCRED'])}",
            )
    # the backup scanning the exports
    for t in poisson(r, at(9, 0, 30), at(9, 40), 30):
        ofc = r.randint(3900, 4200)
        G(
            t,
            f"svc_{r.randint(1, 64)}",
            "mdcache_lru_fds_available",
            "INODE LRU",
            "INFO",
            "FDs above high water mark, waking LRU thread. open_fd_count=%zd, lru_state.fds_hiwat=%d, lru_state.fds_lowat=%d, lru_state.fds_hard_limit=%d",
            f"FDs above high water mark, waking LRU thread. open_fd_count={ofc}, lru_state.fds_hiwat=3686, lru_state.fds_lowat=2048, lru_state.fds_hard_limit=4055",
        )
    for t in poisson(r, at(9, 5), at(9, 38), 70):
        G(
            t,
            "cache_lru",
            "lru_run",
            "INODE LRU",
            "WARN",
            "Futility count exceeded.  Client load is opening FDs faster than the LRU thread can close them.",
            "Futility count exceeded.  Client load is opening FDs faster than the LRU thread can close them.",
        )
    # I/O errors on /srv/scratch's disk
    for t in poisson(r, at(9, 50), at(10, 5), 9):
        G(
            t,
            f"svc_{r.randint(1, 64)}",
            "posix2fsal_error",
            "FSAL",
            "CRIT",
            "Mapping %d(default) to ERR_FSAL_SERVERFAULT",
            "Mapping 5(default) to ERR_FSAL_SERVERFAULT",
        )
    # the export reload with a bad parameter
    t = G(
        at(10, 12, 41),
        "sigmgr",
        "sigmgr_thread",
        "MAIN",
        "EVENT",
        "SIGHUP_HANDLER: Received SIGHUP.... initiating export list reload",
        "SIGHUP_HANDLER: Received SIGHUP.... initiating export list reload",
    )
    G(
        t,
        "sigmgr",
        "config_errs_to_log",
        "CONFIG",
        "WARN",
        "Config File (%s:%d): Unknown parameter (%s)",
        "Config File (/etc/ganesha/ganesha.conf:47): Unknown parameter (Root_Squash)",
    )
    return fs.logs(t0)


# ---------------------------------------------------------------------------- moosefs

MFS_CS = {"mfscs1": "10.0.3.11", "mfscs2": "10.0.3.12", "mfscs3": "10.0.3.13"}


def moosefs(r: random.Random) -> list[Log]:
    """A MooseFS 3.0.117 cluster, 06:00 to 12:00: the master (mfsmaster1) and three
    chunkservers, each host's syslog; a batch cluster's mounts coming and going all morning,
    mfscs2 restarted at 07:15, a disk failing on mfscs3 from 08:30 (goal-1 scratch chunks
    missing), the master upgraded and restarted at 10:00, mfscs3 restarted at 11:10 after the
    disk's swap."""
    fs = Files()
    # each host's daemon: (started, pid), the later runs' from their restarts
    runs = {
        "mfsmaster1": [(at(0, 0), 1102), (at(10, 0, 41), 31540)],
        "mfscs1": [(at(0, 0), 988)],
        "mfscs2": [(at(0, 0), 991), (at(7, 15, 18), 24117)],
        "mfscs3": [(at(0, 0), 979), (at(11, 10, 12), 8812)],
    }
    space = {h: (r.randint(3 * 10**12, 6 * 10**12), 11_998_562_897_920) for h in MFS_CS}

    def S(host: str, t: datetime, label: str, msg: str) -> datetime:
        prog = "mfsmaster" if host == "mfsmaster1" else "mfschunkserver"
        file = "mfsmaster.log" if host == "mfsmaster1" else f"{host}.log"
        p = [x for x in runs[host] if x[0] <= t][-1][1]
        return fs.add(
            file,
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} {prog}[{p}]: {msg}"],
            (host, "d"),
            1000,
        )

    def gib(b: int) -> str:
        return f"{b / 1024**3:.2f}"

    def common_start(host: str, t: datetime) -> datetime:
        t = S(host, t, "set gid to %d", "set gid to 998")
        return S(host, t, "set uid to %d", "set uid to 998")

    def stop(host: str, t: datetime) -> datetime:
        t = S(host, t, "terminate signal received", "terminate signal received")
        if host == "mfsmaster1":
            t = S(
                host,
                t + sec(1),
                "store process has finished - store time: %.3f",
                f"store process has finished - store time: {r.uniform(0.3, 0.9):.3f}",
            )
        return t + sec(1)

    def master_start(t: datetime) -> datetime:
        h = "mfsmaster1"
        t = common_start(h, t)
        t = S(h, t, "exports file has been loaded", "exports file has been loaded")
        for sname in [
            "objects (files,directories,etc.)",
            "names",
            "deletion timestamps",
            "quota definitions",
            "xattr data",
            "posix_acl data",
            "open files data",
            "chunkservers data",
            "chunks data",
        ]:
            t = S(
                h,
                t,
                "loading %s ... ok (%.4f)",
                f"loading {sname} ... ok ({r.uniform(0, 0.6):.4f})",
            )
        t = S(h, t, "metadata file has been loaded", "metadata file has been loaded")
        t = S(
            h,
            t,
            "master <-> metaloggers module: listen on %s:%s",
            "master <-> metaloggers module: listen on *:9419",
        )
        t = S(
            h,
            t,
            "master <-> chunkservers module: listen on %s:%s",
            "master <-> chunkservers module: listen on *:9420",
        )
        t = S(
            h,
            t,
            "main master server module: listen on %s:%s",
            "main master server module: listen on *:9421",
        )
        t = S(
            h, t, "open files limit has been set to: %d", "open files limit has been set to: 16384"
        )
        return S(
            h, t, "mfsmaster daemon initialized properly", "mfsmaster daemon initialized properly"
        )

    def register(cs: str, t: datetime) -> datetime:
        ip = MFS_CS[cs]
        u, tot = space[cs]
        t = S(
            "mfsmaster1",
            t,
            "chunkserver register begin (packet version: %u) - ip: %s / port: %u, usedspace: %llu (%.2f GiB), totalspace: %llu (%.2f GiB)",
            f"chunkserver register begin (packet version: 6) - ip: {ip} / port: 9422, usedspace: {u} ({gib(u)} GiB), totalspace: {tot} ({gib(tot)} GiB)",
        )
        return S(
            "mfsmaster1",
            t + sec(r.uniform(1, 3)),
            "chunkserver register end (packet version: %u) - ip: %s / port: %u",
            f"chunkserver register end (packet version: 6) - ip: {ip} / port: 9422",
        )

    def disconnected(cs: str, t: datetime) -> datetime:
        ip = MFS_CS[cs]
        u, tot = space[cs]
        t = S(
            "mfsmaster1",
            t,
            "connection with CS(%s) has been closed by peer",
            f"connection with CS({ip}) has been closed by peer",
        )
        return S(
            "mfsmaster1",
            t,
            "chunkserver disconnected - ip: %s / port: %u, usedspace: %llu (%.2f GiB), totalspace: %llu (%.2f GiB)",
            f"chunkserver disconnected - ip: {ip} / port: 9422, usedspace: {u} ({gib(u)} GiB), totalspace: {tot} ({gib(tot)} GiB)",
        )

    def connect_ok(cs: str, t: datetime) -> datetime:
        t = S(cs, t, "connecting ...", "connecting ...")
        return S(cs, t, "connected to Master", "connected to Master")

    def cs_start(cs: str, t: datetime, folders: list[str]) -> datetime:
        t = common_start(cs, t)
        for f in folders:
            t = S(
                cs,
                t,
                "hdd space manager: path to scan: %s",
                f"hdd space manager: path to scan: {f}",
            )
        t = S(
            cs,
            t,
            "hdd space manager: start background hdd scanning (searching for available chunks)",
            "hdd space manager: start background hdd scanning (searching for available chunks)",
        )
        t = S(cs, t, "main server module: listen on %s:%s", "main server module: listen on *:9422")
        t = S(
            cs, t, "open files limit has been set to: %d", "open files limit has been set to: 16384"
        )
        t = S(
            cs,
            t,
            "mfschunkserver daemon initialized properly",
            "mfschunkserver daemon initialized properly",
        )
        t = connect_ok(cs, t + sec(1))
        for f in folders:
            S(
                cs,
                t + sec(r.uniform(20, 90)),
                "hdd space manager: scanning folder %s complete",
                f"hdd space manager: scanning folder {f} complete",
            )
        return t

    t0, t_end = at(6, 0), at(12, 0)
    mdown = (at(10, 0, 2), at(10, 0, 41))
    # the batch clients
    for t in poisson(r, t0 + sec(5), t_end, 13):
        if mdown[0] - sec(2) <= t < mdown[1] + sec(5):
            continue
        S(
            "mfsmaster1",
            t,
            "connection with client(ip:%s) has been closed by peer",
            f"connection with client(ip:10.0.6.{r.randint(10, 140)}) has been closed by peer",
        )
    # hourly metadata stores
    for hr in range(6, 12):
        S(
            "mfsmaster1",
            at(hr, 0, 1) + sec(r.uniform(0, 2)),
            "store process has finished - store time: %.3f",
            f"store process has finished - store time: {r.uniform(0.3, 0.9):.3f}",
        )
    # mfscs2 restarted at 07:15
    t = stop("mfscs2", at(7, 15, 12))
    disconnected("mfscs2", at(7, 15, 12))
    t = cs_start("mfscs2", at(7, 15, 19), ["/mnt/hdd1/", "/mnt/hdd2/", "/mnt/hdd3/"])
    register("mfscs2", t + sec(0.5))
    # the disk failing on mfscs3
    bad = "/mnt/hdd2/"
    missing = [(r.getrandbits(28) + 0x1000000, r.randint(1, 3)) for _ in range(14)]
    errs = 0
    for t in poisson(r, at(8, 30), at(8, 37), 4):
        cid, ver = r.getrandbits(28) + 0x1000000, r.randint(1, 4)
        S(
            "mfscs3",
            t,
            "hdd_io_begin: file:%s - open error: EIO (Input/output error)",
            f"hdd_io_begin: file:{bad}{cid & 0xFF:02X}/chunk_{cid:016X}_{ver:08X}.mfs - open error: EIO (Input/output error)",
        )
        errs += 1
    S(
        "mfscs3",
        at(8, 37, 3),
        "%u errors occurred in %u seconds on folder: %s",
        f"{errs} errors occurred in 60 seconds on folder: {bad}",
    )
    S(
        "mfscs3",
        at(8, 37, 3),
        "hdd space manager: folder %s marked as damaged",
        f"hdd space manager: folder {bad} marked as damaged",
    )
    for t in poisson(r, at(8, 38), at(11, 12), 22):
        if mdown[0] - sec(2) <= t < mdown[1] + sec(30):
            continue
        cid, ver = r.choice(missing)
        S(
            "mfsmaster1",
            t,
            "chunk %016llX_%08X: there are no copies",
            f"chunk {cid:016X}_{ver:08X}: there are no copies",
        )
    # the master upgraded
    stop("mfsmaster1", mdown[0])
    for cs in MFS_CS:
        t = S(
            cs,
            mdown[0] + sec(r.uniform(0.5, 2)),
            "connection reset by Master",
            "connection reset by Master",
        )
        t += sec(r.uniform(1, 3))
        while t < mdown[1] + sec(2):
            t = S(cs, t, "connecting ...", "connecting ...")
            t = S(
                cs,
                t,
                "connect failed, error: ECONNREFUSED (Connection refused)",
                "connect failed, error: ECONNREFUSED (Connection refused)",
            )
            t += sec(5)
    t = master_start(mdown[1])
    for i, cs in enumerate(MFS_CS):
        tt = connect_ok(cs, mdown[1] + sec(4 + i * 2 + r.uniform(0, 1)))
        register(cs, tt + sec(0.3))
    # mfscs3 restarted after the disk's swap
    t = stop("mfscs3", at(11, 10, 5))
    disconnected("mfscs3", at(11, 10, 5))
    t = cs_start("mfscs3", at(11, 10, 13), ["/mnt/hdd1/", "/mnt/hdd2/", "/mnt/hdd3/"])
    register("mfscs3", t + sec(0.5))
    return fs.logs(t0)


# ------------------------------------------------------------------------- lio-iscsi

ISCSI_TGT = "iqn.2003-01.com.redhat.iscsi-gw:iscsi-igw"
ESX = {
    "esx01": "iqn.1998-01.com.vmware:esx01-4a3b2c1d",
    "esx02": "iqn.1998-01.com.vmware:esx02-5f6e7d8c",
    "esx03": "iqn.1998-01.com.vmware:esx03-0b1c2d3e",
    "esx04": "iqn.1998-01.com.vmware:esx04-9a8b7c6d",
}
RBD = [
    "rbd/rbd.vmfs01",
    "rbd/rbd.vmfs02",
    "rbd/rbd.vmfs03",
    "rbd/rbd.vmfs04",
    "rbd/rbd.vmfs05",
    "rbd/rbd.vmfs06",
]


def lio_iscsi(r: random.Random) -> list[Log]:
    """Two ceph-iscsi gateways (LIO with tcmu-runner's rbd backstore) serving six RBD images to
    four ESXi hosts, 06:00 to 12:00: gw2 rebooted at 06:00, the load balancer's TCP check
    every minute, a new ESXi host not in the ACL 10:10-10:40, the exclusive lock moving back
    and forth 08:00-08:20 (esx02 lost its path to gw1), slow OSDs 09:30-09:50 (aborted tasks,
    timed-out commands, NOPIN and DataOut timeouts), a rescan at 10:00, tcmu-runner on gw2
    blacklisted by the cluster at 11:05 and its devices reopened."""
    fs = Files()
    boot = {"gw1": at(6, 0) - timedelta(days=12, seconds=3117.4), "gw2": at(5, 58, 11)}
    tpid = {"gw1": 1342, "gw2": 1187}

    def K(gw: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"iscsi-{gw}-kern.log",
            t,
            label,
            lambda x: [
                f"{syslog_ts(x)} iscsi-{gw} kernel: [{(x - boot[gw]).total_seconds():12.6f}] {msg}"
            ],
            (gw, "k"),
            1,
        )

    def T(
        gw: str, t: datetime, level: str, func: str, dev: str | None, label: str, msg: str
    ) -> datetime:
        p = tpid[gw]
        where = f"{func} {dev}:" if dev else f"{func}:"
        return fs.add(
            f"iscsi-{gw}-tcmu-runner.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{ms(x)} {p} [{level}] {where} {msg}"],
            (gw, "t"),
            1000,
        )

    def client_addr(gw: str) -> str:
        return f"{{10.0.20.{11 if gw == 'gw1' else 12}:0/{r.randint(10**9, 4 * 10**9)}}}"

    def nexus(host: str, gw: str) -> str:
        isid = f"00023d{r.randint(1, 6):06x}"
        return f"{ESX[host]},i,0x{isid},{ISCSI_TGT},t,0x{1 if gw == 'gw1' else 2:02x}"

    t0, t_end = at(6, 0), at(12, 0)
    addr = {gw: {d: client_addr(gw) for d in RBD} for gw in ("gw1", "gw2")}
    # gw2 coming up
    t = T(
        "gw2",
        at(5, 58, 40),
        "INFO",
        "load_our_module:531",
        None,
        "Inserted module '%s'",
        "Inserted module 'target_core_user'",
    )
    for d in RBD:
        t = T(
            "gw2",
            t + sec(r.uniform(0.05, 0.4)),
            "INFO",
            "tcmu_rbd_open:829",
            d,
            "address: {%s}",
            f"address: {addr['gw2'][d]}",
        )
    t = at(5, 58, 43)
    for _ in RBD:
        t = K(
            "gw2",
            t + sec(r.uniform(0.01, 0.1)),
            "Rounding down aligned max_sectors from %u to %u",
            "Rounding down aligned max_sectors from 4294967295 to 4294967288",
        )
    # the load balancer's TCP check
    for gw in ("gw1", "gw2"):
        for t in poisson(r, t0, t_end, 75):
            if gw == "gw2" and t < at(6, 0, 30):
                continue
            t = K(gw, t, "rx_data returned 0, expecting 48.", "rx_data returned 0, expecting 48.")
            K(gw, t, "iSCSI Login negotiation failed.", "iSCSI Login negotiation failed.")
    # the new ESXi host not in the ACL
    for gw in ("gw1", "gw2"):
        for t in poisson(r, at(10, 10), at(10, 40), 30):
            t = K(
                gw,
                t,
                "iSCSI Initiator Node: %s is not authorized to access iSCSI target portal group: %hu.",
                f"iSCSI Initiator Node: iqn.1998-01.com.vmware:esx05-7e6d5c4b is not authorized to access iSCSI target portal group: {1 if gw == 'gw1' else 2}.",
            )
            K(gw, t, "iSCSI Login negotiation failed.", "iSCSI Login negotiation failed.")
    # the lock moving between the gateways
    for d in RBD[:2]:
        owner = "gw1"
        for t in poisson(r, at(8, 0), at(8, 20), 18):
            new = "gw2" if owner == "gw1" else "gw1"
            T(
                owner,
                t,
                "WARN",
                "tcmu_notify_lock_lost:222",
                d,
                "Async lock drop. Old state %d",
                "Async lock drop. Old state 1",
            )
            tt = T(
                new,
                t - sec(r.uniform(0.2, 0.6)),
                "INFO",
                "alua_implicit_transition:570",
                d,
                "Starting lock acquisition operation.",
                "Starting lock acquisition operation.",
            )
            tt = T(
                new,
                tt + sec(r.uniform(0.3, 1)),
                "WARN",
                "tcmu_rbd_lock:762",
                d,
                "Acquired exclusive lock.",
                "Acquired exclusive lock.",
            )
            T(
                new,
                tt + sec(0.002),
                "INFO",
                "tcmu_acquire_dev_lock:441",
                d,
                "Lock acquisition successful",
                "Lock acquisition successful",
            )
            owner = new
    # slow OSDs
    tag = [0x1A2B000]
    for gw in ("gw1", "gw2"):
        for t in poisson(r, at(9, 30), at(9, 50), 9):
            tag[0] += r.randint(10, 9000)
            d = r.choice(RBD)
            T(
                gw,
                t - sec(r.uniform(0.5, 3)),
                "ERROR",
                "tcmu_rbd_handle_timedout_cmd:992",
                d,
                "Timing out cmd.",
                "Timing out cmd.",
            )
            t = K(
                gw,
                t,
                "ABORT_TASK: Found referenced iSCSI task_tag: %llu",
                f"ABORT_TASK: Found referenced iSCSI task_tag: {tag[0]}",
            )
            if r.random() < 0.9:
                K(
                    gw,
                    t + sec(r.uniform(0.5, 20)),
                    "ABORT_TASK: Sending TMR_FUNCTION_COMPLETE for ref_tag: %llu",
                    f"ABORT_TASK: Sending TMR_FUNCTION_COMPLETE for ref_tag: {tag[0]}",
                )
            else:
                K(
                    gw,
                    t + sec(r.uniform(0.5, 20)),
                    "ABORT_TASK: Sending TMR_TASK_DOES_NOT_EXIST for ref_tag: %lld",
                    f"ABORT_TASK: Sending TMR_TASK_DOES_NOT_EXIST for ref_tag: {tag[0]}",
                )
        for t in poisson(r, at(9, 35), at(9, 50), 120):
            h = r.choice(sorted(ESX))
            if r.random() < 0.5:
                K(
                    gw,
                    t,
                    "Did not receive response to NOPIN on CID: %hu, failing connection for I_T Nexus %s,i,0x%6phN,%s,t,0x%02hx",
                    f"Did not receive response to NOPIN on CID: 0, failing connection for I_T Nexus {nexus(h, gw)}",
                )
            else:
                K(
                    gw,
                    t,
                    "Unable to recover from DataOut timeout while in ERL=0, closing iSCSI connection for I_T Nexus %s,i,0x%6phN,%s,t,0x%02hx",
                    f"Unable to recover from DataOut timeout while in ERL=0, closing iSCSI connection for I_T Nexus {nexus(h, gw)}",
                )
    # the rescan at 10:00
    for gw in ("gw1", "gw2"):
        t = at(10, 0, 3)
        for h in sorted(ESX):
            t += sec(r.uniform(1, 4))
            for lun in range(6, 9):
                t = K(
                    gw,
                    t,
                    "TARGET_CORE[iSCSI]: Detected NON_EXISTENT_LUN Access for 0x%08llx from %s",
                    f"TARGET_CORE[iSCSI]: Detected NON_EXISTENT_LUN Access for 0x{lun:08x} from {ESX[h]}",
                )
            for op in ("85", "a3"):
                t = K(
                    gw,
                    t,
                    "%s/%s: Unsupported SCSI Opcode 0x%02x, sending CHECK_CONDITION.",
                    f"iSCSI/{ESX[h]}: Unsupported SCSI Opcode 0x{op}, sending CHECK_CONDITION.",
                )
    # gw2 blacklisted
    tb = at(11, 5, 17)
    tpg = f"iscsi/{ISCSI_TGT}/tpgt_2"
    for d in RBD:
        T(
            "gw2",
            tb + sec(r.uniform(0, 2)),
            "ERROR",
            "tcmu_rbd_has_lock:516",
            d,
            "Could not check lock ownership. Error: Cannot send after transport endpoint shutdown.",
            "Could not check lock ownership. Error: Cannot send after transport endpoint shutdown.",
        )
    t = T(
        "gw2",
        tb + sec(2.5),
        "INFO",
        "tgt_port_grp_recovery_thread_fn:245",
        None,
        "Disabled %s.",
        f"Disabled {tpg}.",
    )
    for d in RBD:
        t = T(
            "gw2",
            t + sec(r.uniform(0.1, 0.5)),
            "INFO",
            "tcmu_rbd_close:1009",
            d,
            "appended blacklist entry: {%s}",
            f"appended blacklist entry: {addr['gw2'][d]}",
        )
        addr["gw2"][d] = client_addr("gw2")
        t = T(
            "gw2",
            t + sec(r.uniform(0.2, 0.8)),
            "INFO",
            "tcmu_rbd_open:829",
            d,
            "address: {%s}",
            f"address: {addr['gw2'][d]}",
        )
    T(
        "gw2",
        t + sec(0.3),
        "INFO",
        "tgt_port_grp_recovery_thread_fn:271",
        None,
        "Enabled %s.",
        f"Enabled {tpg}.",
    )
    return fs.logs(t0)


# ------------------------------------------------------------------------- multipathd


def multipathd(r: random.Random) -> list[Log]:
    """Two database servers (db01, db02) with four LUNs over two FC fabrics, four paths each,
    06:00 to 12:00: db02 booted at 06:00, the boot disk without a uid every five minutes on
    both, a flaky SFP on db01's sdk 07:00-08:40, fabric B down 09:15-09:22 on both, a storage
    controller failover 10:00-10:20, a LUN mapped at 10:45, mpathd unmapped on db02 by
    mistake 11:00-11:20, multipathd restarted on db01 at 11:30."""
    fs = Files()
    pid = {"db01": 812, "db02": 744}
    boot = {
        "db01": at(6, 0) - timedelta(days=41, seconds=913.7),
        "db02": at(5, 59, 22) + sec(0.4127),
    }
    maps = ["mpatha", "mpathb", "mpathc", "mpathd"]
    size = {m: r.choice([2147483648, 1073741824, 4294967296]) for m in [*maps, "mpathe"]}
    size["mpathe"] = 209715200

    def M(h: str, t: datetime, label: str, msg: str) -> datetime:
        p = pid[h]
        return fs.add(
            f"{h}-syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} multipathd[{p}]: {msg}"],
            (h, "m"),
            1000,
        )

    def K(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} kernel: [{(x - boot[h]).total_seconds():12.6f}] {msg}"],
            (h, "k"),
            1000,
        )

    def devname(i: int) -> str:
        i += 1  # sda is the boot disk
        return "sd" + (
            "abcdefghijklmnopqrstuvwxyz"[i]
            if i < 26
            else "a" + "abcdefghijklmnopqrstuvwxyz"[i - 26]
        )

    def devt(i: int) -> str:
        i += 1
        return f"8:{16 * i}" if i < 16 else f"65:{16 * (i - 16)}"

    # paths: map -> [(dev, dev_t, host, target)]
    paths: dict[str, list[tuple[str, str, int, int]]] = {}
    n = 0
    for m in [*maps, "mpathe"]:
        paths[m] = []
        for hba in (1, 2):
            for tg in (0, 1):
                paths[m].append((devname(n), devt(n), hba, tg))
                n += 1
    dm = {m: f"253:{i + 2}" for i, m in enumerate([*maps, "mpathe"])}

    def table(m: str, hbas: tuple[int, ...] = (1, 2)) -> str:
        ps = [p for p in paths[m] if p[2] in hbas]
        a = [p for p in ps if p[3] == 0]
        b = [p for p in ps if p[3] == 1]
        pg = " ".join(
            f"service-time 0 {len(g)} 1 " + " ".join(f"{p[1]} 1" for p in g) for g in (a, b)
        )
        return f"1 queue_if_no_path 1 alua 2 1 {pg}"

    def load(h: str, m: str, t: datetime) -> datetime:
        return M(
            h,
            t,
            "%s: load table [0 %llu multipath %s]",
            f"{m}: load table [0 {size[m]} multipath {table(m)}]",
        )

    def start(h: str, t: datetime) -> datetime:
        t = M(h, t, "--------start up--------", "--------start up--------")
        t = M(h, t, "read /etc/multipath.conf", "read /etc/multipath.conf")
        t = M(h, t, "multipathd v%d.%d.%d%s: start up", "multipathd v0.8.8: start up")
        t = M(h, t, "path checkers start up", "path checkers start up")
        for m in maps:
            t = load(h, m, t + sec(r.uniform(0.01, 0.2)))
        return t

    def fail(
        h: str, m: str, p: tuple[str, str, int, int], t: datetime, active: int, kernel: bool = True
    ) -> datetime:
        if kernel:
            t = K(
                h,
                t,
                "device-mapper: multipath: %s: Failing path %s.",
                f"device-mapper: multipath: {dm[m]}: Failing path {p[1]}.",
            )
        t = M(h, t, "%s: mark as failed", f"{p[1]}: mark as failed")
        return M(h, t, "%s: remaining active paths: %d", f"{m}: remaining active paths: {active}")

    def reinstate(
        h: str, m: str, p: tuple[str, str, int, int], t: datetime, active: int
    ) -> datetime:
        t = M(
            h,
            t,
            "%s: %s - %s checker reports path is up",
            f"{m}: {p[0]} - tur checker reports path is up",
        )
        t = M(h, t, "%s: reinstated", f"{p[1]}: reinstated")
        return M(h, t, "%s: remaining active paths: %d", f"{m}: remaining active paths: {active}")

    t0, t_end = at(6, 0), at(12, 0)
    # db02 booted
    t = K(
        "db02",
        at(5, 59, 58),
        "qla2xxx [%s]-%04x:%ld: LOOP UP detected (%s Gbps).",
        "qla2xxx [0000:3b:00.0]-500a:1: LOOP UP detected (16 Gbps).",
    )
    K(
        "db02",
        t,
        "qla2xxx [%s]-%04x:%ld: LOOP UP detected (%s Gbps).",
        "qla2xxx [0000:3b:00.1]-500a:2: LOOP UP detected (16 Gbps).",
    )
    start("db02", at(6, 0, 9))
    # the boot disk without a uid
    for h in ("db01", "db02"):
        t = at(6, 2, 11) + sec(r.uniform(0, 200))
        while t < t_end:
            if not (h == "db01" and at(11, 30) <= t < at(11, 30, 10)):
                t = M(h, t, "%s: add missing path", "sda: add missing path")
                t = M(
                    h,
                    t,
                    "%s: failed to get udev uid: Invalid argument",
                    "sda: failed to get udev uid: Invalid argument",
                )
                t = M(
                    h,
                    t,
                    "%s: failed to get sysfs uid: Invalid argument",
                    "sda: failed to get sysfs uid: Invalid argument",
                )
                M(
                    h,
                    t,
                    "%s: failed to get sgio uid: No data available",
                    "sda: failed to get sgio uid: No data available",
                )
            t += sec(300 + r.uniform(-1, 1))
    # the flaky SFP on db01: mpathc's path through HBA 2, target 1
    fp = paths["mpathc"][3]
    t = at(7, 0) + sec(r.expovariate(1 / 30))
    while t < at(8, 40):
        tg = r.randint(1, 400)
        t = K(
            "db01",
            t,
            "sd %s: [%s] tag#%d FAILED Result: hostbyte=%s driverbyte=%s cmd_age=%ds",
            f"sd 2:0:1:2: [{fp[0]}] tag#{tg} FAILED Result: hostbyte=DID_ERROR driverbyte=DRIVER_OK cmd_age=0s",
        )
        t = K(
            "db01",
            t,
            "blk_update_request: I/O error, dev %s, sector %llu op 0x%x:(%s) flags 0x%x phys_seg %u prio class %u",
            f"blk_update_request: I/O error, dev {fp[0]}, sector {r.randint(10**6, 2 * 10**9)} op {r.choice(['0x0:(READ)', '0x1:(WRITE)'])} flags 0x{r.choice(['80700', '8800', '4000'])} phys_seg {r.randint(1, 32)} prio class 0",
        )
        t = fail("db01", "mpathc", fp, t, 3)
        if r.random() < 0.4:
            t = M(
                "db01",
                t + sec(r.uniform(1, 5)),
                "%s: %s - %s checker reports path is down",
                f"mpathc: {fp[0]} - tur checker reports path is down",
            )
            t += sec(5)
        t = reinstate("db01", "mpathc", fp, t + sec(r.uniform(1, 5)), 4)
        t += sec(r.expovariate(1 / 30))
    # fabric B down on both
    for h in ("db01", "db02"):
        t = K(
            h,
            at(9, 15, 2) + sec(r.uniform(0, 1)),
            "qla2xxx [%s]-%04x:%ld: LOOP DOWN detected (%x %x %x %x).",
            "qla2xxx [0000:3b:00.1]-500b:2: LOOP DOWN detected (2 7 0 0).",
        )
        t += sec(30)
        for k in range(2):
            t = K(
                h,
                t + sec(0.01),
                "%s: blocked FC remote port time out: removing target and saving binding",
                f"rport-2:0-{k}: blocked FC remote port time out: removing target and saving binding",
            )
        for m in maps:
            for j, p in enumerate(x for x in paths[m] if x[2] == 2):
                t = fail(h, m, p, t + sec(r.uniform(0.01, 0.05)), 3 - j)
        for m in maps:
            for p in (x for x in paths[m] if x[2] == 2):
                t = M(
                    h,
                    t + sec(r.uniform(0.01, 0.1)),
                    "%s: remove path (uevent)",
                    f"{p[0]}: remove path (uevent)",
                )
            t = M(
                h,
                t,
                "%s: load table [0 %llu multipath %s]",
                f"{m}: load table [0 {size[m]} multipath {table(m, (1,))}]",
            )
        t = K(
            h,
            at(9, 22, 40) + sec(r.uniform(0, 2)),
            "qla2xxx [%s]-%04x:%ld: LOOP UP detected (%s Gbps).",
            "qla2xxx [0000:3b:00.1]-500a:2: LOOP UP detected (16 Gbps).",
        )
        t += sec(2)
        for m in maps:
            for p in (x for x in paths[m] if x[2] == 2):
                t = M(
                    h,
                    t + sec(r.uniform(0.01, 0.1)),
                    "%s: add path (uevent)",
                    f"{p[0]}: add path (uevent)",
                )
                t = load(h, m, t)
                t = M(
                    h,
                    t,
                    "%s [%s]: path added to devmap %s",
                    f"{p[0]} [{p[1]}]: path added to devmap {m}",
                )
    # the controller failover: target 0's paths become standby
    for h in ("db01", "db02"):
        for m in maps:
            t = at(10, 0, 5) + sec(r.uniform(0, 6))
            for p in (x for x in paths[m] if x[3] == 0):
                t = M(
                    h,
                    t,
                    "%s: %s - %s checker reports path is ghost",
                    f"{m}: {p[0]} - tur checker reports path is ghost",
                )
            M(h, t + sec(0.01), "%s: switch to path group #%d", f"{m}: switch to path group #2")
            t = at(10, 20, 5) + sec(r.uniform(0, 6))
            for p in (x for x in paths[m] if x[3] == 0):
                t = M(
                    h,
                    t,
                    "%s: %s - %s checker reports path is up",
                    f"{m}: {p[0]} - tur checker reports path is up",
                )
            M(h, t + sec(0.01), "%s: switch to path group #%d", f"{m}: switch to path group #1")
    # a LUN mapped at 10:45
    for h in ("db01", "db02"):
        t = at(10, 45, 12) + sec(r.uniform(0, 3))
        for p in paths["mpathe"]:
            t = M(
                h,
                t + sec(r.uniform(0.01, 0.2)),
                "%s: add path (uevent)",
                f"{p[0]}: add path (uevent)",
            )
            t = load(h, "mpathe", t)
            t = M(
                h,
                t,
                "%s [%s]: path added to devmap %s",
                f"{p[0]} [{p[1]}]: path added to devmap mpathe",
            )
    # mpathd unmapped on db02
    t = at(11, 0, 31)
    for j, p in enumerate(paths["mpathd"]):
        t = M(
            "db02",
            t + sec(r.uniform(0, 1)),
            "%s: %s - %s checker reports path is down",
            f"mpathd: {p[0]} - tur checker reports path is down",
        )
        t = fail("db02", "mpathd", p, t, 3 - j, kernel=False)
    t = M(
        "db02",
        t,
        "%s: Entering recovery mode: max_retries=%d",
        "mpathd: Entering recovery mode: max_retries=12",
    )
    M("db02", t + sec(60), "%s: Disable queueing", "mpathd: Disable queueing")
    for tt in poisson(r, t + sec(61), at(11, 20), 20):
        K(
            "db02",
            tt,
            "blk_update_request: I/O error, dev %s, sector %llu op 0x%x:(%s) flags 0x%x phys_seg %u prio class %u",
            f"blk_update_request: I/O error, dev dm-5, sector {r.randint(10**6, 10**9)} op 0x1:(WRITE) flags 0x8800 phys_seg 1 prio class 0",
        )
    t = at(11, 20, 14)
    for j, p in enumerate(paths["mpathd"]):
        t = reinstate("db02", "mpathd", p, t + sec(r.uniform(0, 1)), j + 1)
    M("db02", t, "%s: Recovered to normal mode", "mpathd: Recovered to normal mode")
    # multipathd restarted on db01
    t = M("db01", at(11, 30, 2), "exit (signal)", "exit (signal)")
    t = M("db01", t, "--------shut down-------", "--------shut down-------")
    pid["db01"] = 377120
    start("db01", t + sec(1))
    return fs.logs(t0)


SYSTEMS = {
    "longhorn": longhorn,
    "nfs-ganesha": nfs_ganesha,
    "moosefs": moosefs,
    "lio-iscsi": lio_iscsi,
    "multipathd": multipathd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
