#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 215 (parca-agent, coroot-node-agent, scaphandre, openscap,
usbguard) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Five host agents (profiling, observability,
power, compliance, device control), 06:00 to 12:00 on 2024-06-07.

- Parca Agent 0.30 (`parca-agent-2xq9d.log`, `parca-agent-8kz4m.log`, `parca-agent-tw7fn.log`:
  `kubectl logs` of the DaemonSet's pods on three nodes, go-kit's logfmt with
  `--log-level=debug`: `level=debug name=parca-agent ts=2024-06-07T06:00:01.234567891Z
  caller=maps.go:121 msg="failed to get process info" pid=88123 err="..."`): start-up
  (`maxprocs: Leaving GOMAXPROCS=[%d]: CPU quota undefined`, `parca-agent initialized`,
  `starting...`, `attached profiler`), short-lived processes' `failed to get process info`,
  `debuginfo already exists on server` / `uploading debuginfo` / `debuginfo uploaded`, the Parca
  server down 07:40-07:52 (`failed to send profiles`, `failed to upload debuginfo`, both with a
  gRPC error in `err=`), the API server unreachable 08:15-08:18 (client-go's klog lines
  `W0607 ... reflector.go:539] %s: failed to list %v: %v` and `E0607 ... reflector.go:147] %s:
  Failed to watch %v: failed to list %v: %v` in the same stream), a Go panic on node b at 09:10
  (`panic: runtime error: index out of range [%d] with length %d` and its goroutine stack) and the
  pod's restart, a deploy at 10:00 (an upload burst).
- coroot-node-agent 1.20 (`node-a.log`, `node-b.log`: klog, `I0607 06:00:01.234567       1
  registry.go:254] ...`): start-up (`agent version: %s`, `hostname: %s`, `kernel version: %s`,
  `machine-id: %s`, `system-uuid: %s`, `started eBPF tracer`, `listening on %s`), each new
  process's `calculated container id %d -> %s -> %s`, `deleting inactive container: %s`, `TCP
  connection from unknown container %s` (the event struct printed with %v), containerd
  restarted on node-b 08:30-08:32 (`failed to get container metadata for pid %d -> %s: %s` with
  gRPC's error), the collector unreachable 10:00-10:20 (`failed to send %s: %s` with a Post
  error every 30 s per kind), a kernel without BTF for the profiler on node-a.
- Scaphandre 1.0 (`hv1-syslog`, `hv2-syslog`: Debian's /var/log/syslog with
  rsyslog's RFC 3339 timestamps, `2024-06-07T06:00:15.123456+00:00 hv1 scaphandre[1123]:
  scaphandre::exporters::prometheus: 2024-06-07T06:00:15: Refresh data`, loggerv's module path
  before each message): the Prometheus exporter scraped every 60 s (`%s: Refresh topology`,
  `%s: Refresh data`), `Sysinfo sees %d`, the start banner (`Scaphandre prometheus exporter`,
  `Sending ⚡ metrics`, `Press CTRL-C to stop scaphandre`), `Couldn't get process info for %d`
  on busy hosts, hv2 rebooted into a new kernel at 08:00 where energy_uj is root-only
  (`Couldn't read record from %s, error was : %s`, the Rust panic's lines, each a journal record
  of its own: `thread 'main' panicked at %s:`, the message, `note: run with
  RUST_BACKTRACE=1 ...`; systemd's `Main process exited`, `Failed with result`, `Scheduled
  restart job, restart counter is at %d.`) until a udev rule at 08:41.
- OpenSCAP 1.3.7 (`web1-messages`, `web2-messages`, `db1-messages`: RHEL 9's /var/log/messages,
  `Jun  7 06:00:14 web1 oscap[4412]: Title#015#011Ensure ...`, rsyslog escaping the `\r\t` oscap
  writes after each key): a systemd timer scanning the CIS profile every two hours: systemd's
  `Starting %s - %s...`, oscap's `WARNING: Datastream component '%s' points out to the remote
  '%s'. Use '--fetch-remote-resources' option to download it.`, `WARNING: Skipping %s file which
  is referenced from XCCDF content`, `--- Starting Evaluation ---`, per rule `Title\r\t%s`,
  `Rule\r\t%s`, `Ident\r\t%s` (none to two) and `Result\r\t%s`, then `Main process exited,
  code=exited, status=2/INVALIDARGUMENT` (some rule failed), `Failed with result 'exit-code'.`,
  `Failed to start %s - %s.`, `Consumed %s CPU time.`; web2's sshd_config loosened at 07:30, db1's
  10:00 scan timing out.
- USBGuard 1.1 (`ws01-usbguard-audit.log`, `kiosk1-usbguard-audit.log`: the daemon's FileAudit
  log, `[2024-06-07T06:00:01.123Z] uid=0 pid=812 result='SUCCESS' device.rule='...'
  device.system_name='...' type='Device.Insert'`; `ws01-messages`, `kiosk1-messages`: the
  kernel's USB lines in /var/log/messages): the daemon's start (`Device.Present` per device,
  `Policy.Device.Update`), a user's stick blocked on ws01 (`Device is not authorized for usage`),
  allowed by an admin (`Policy.Rule.Append`, `Policy.Device.Update` from block to allow,
  usb-storage and sd lines), kiosk1's badge reader reconnecting every ~20 s 08:10-09:40 (the
  kernel's enumeration lines, `Device.Insert`, `Policy.Device.Update`, `Device.Remove`, `USB
  disconnect, device number %d`), the daemon restarted on ws01 at 10:30.

Label notes. The heads are context: go-kit's `level= name= ts= caller=` and the other keys
(attributes; `msg` alone is the label, the `err=` value does not split it), klog's level,
date, thread and file:line, the syslog head, and loggerv's `module::path: `. client-go's klog
lines in parca-agent's stream are labelled with their format (`%s: failed to list %v: %v`, the
error contributing `Get %q: dial tcp %s: connect: connection refused`). A Go panic's goroutine
stack and the `[recovered]` lines continue the panic's event. Scaphandre's journal records are
each a line of their own (a panic's message and note lines are separate syslog events, each
labelled). The kernel's `usb 1-4: ` / `hid-generic 0003:...: ` prefixes are dev_printk's
context; what follows is the format. USBGuard's audit line is one format per event type (the
call site's `type=` literal and its field set; the values, result included, are variables).
oscap's `Title`, `Rule`, `Ident`, `Result` are wording, the rule titles, ids, idents and results
values; rsyslog writes the `\r\t` as `#015#011`, kept in the labels as written.

Least sure (written from the helper's knowledge): parca-agent's debug messages and callers
(`uploading debuginfo`, `debuginfo uploaded`, `debuginfo already exists on server`,
`attached profiler`, `http server started`, `failed to find cgroup for pid, using root`, `failed
to send profiles`); coroot-node-agent's `started eBPF tracer`,
`listening on: %s`, `failed to send %s: %s`, the journal and containerd lines, the profiler's BTF warning and the file:line
numbers; Scaphandre's loggerv layout (module path, no level), `Couldn't get process info for
%d`, the panic's location; oscap's empty line after each result (left out: journald drops it
here); USBGuard's audit key order, `Device.Present` and the uid/pid of a CLI-made change.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec, syslog_ts


def at(h: int, m: int, s: int = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, s, tzinfo=UTC)


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants between t0 and t1, `mean` seconds apart on average."""
    out, t = [], t0
    while True:
        t += timedelta(seconds=r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def go_nano(t: datetime, r: random.Random) -> str:
    """Go's RFC3339Nano in UTC (trailing zeros dropped)."""
    frac = f"{t.microsecond:06d}{r.randrange(1000):03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def klog(t: datetime, lvl: str, tid: int, where: str, msg: str) -> str:
    return f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {tid:7d} {where}] {msg}"


def logfmt(v: str) -> str:
    if v == "" or any(c in v for c in ' "=\\') or not v.isprintable():
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


# ------------------------------------------------------------------------------ parca-agent

PA_PODS = [
    ("parca-agent-2xq9d", "node-a"),
    ("parca-agent-8kz4m", "node-b"),
    ("parca-agent-tw7fn", "node-c"),
]
PA_BINS = [
    "/usr/local/bin/checkout-api",
    "/usr/local/bin/payments",
    "/usr/bin/envoy",
    "/usr/lib/jvm/java-17-openjdk-amd64/lib/server/libjvm.so",
    "/usr/lib/x86_64-linux-gnu/libc.so.6",
    "/usr/lib/x86_64-linux-gnu/libssl.so.3",
    "/usr/local/bin/node",
    "/usr/bin/containerd-shim-runc-v2",
    "/usr/bin/kubelet",
    "/app/inventory-svc",
    "/usr/local/bin/redis-server",
    "/usr/sbin/nginx",
]
PA_ERR_PROC = [
    "open /proc/{pid}/maps: no such file or directory",
    "open /proc/{pid}/stat: no such file or directory",
    "readlink /proc/{pid}/exe: no such file or directory",
]


def parca_agent(r: random.Random) -> list[Log]:
    """The Parca Agent DaemonSet on three nodes at debug level, 06:00 to 12:00: short-lived
    processes vanishing before their maps are read, debuginfo checks and uploads, the Parca
    server down 07:40-07:52, the API server unreachable 08:15-08:18, a panic on node-b at 09:10
    and the pod restarted, a deploy at 10:00."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)

    def L(
        pod: str,
        t: datetime,
        lvl: str,
        caller: str,
        msg: str,
        kv: list[tuple[str, str]],
        label: str,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            fields = "".join(f" {k}={logfmt(v)}" for k, v in kv)
            return [
                f"level={lvl} name=parca-agent ts={go_nano(x, r)} caller={caller} msg={logfmt(msg)}{fields}"
            ]

        return fs.add(pod + ".log", t, label, text, pod, 1)

    def K(pod: str, t: datetime, lvl: str, where: str, msg: str, label: str) -> datetime:
        return fs.add(pod + ".log", t, label, lambda x: [klog(x, lvl, 1, where, msg)], pod, 1)

    def start(pod: str, node: str, t: datetime) -> datetime:
        t = L(
            pod,
            t,
            "info",
            "main.go:183",
            "maxprocs: Leaving GOMAXPROCS=[8]: CPU quota undefined",
            [],
            "maxprocs: Leaving GOMAXPROCS=%v: CPU quota undefined",
        )
        t = L(
            pod,
            t + sec(0.0004),
            "info",
            "main.go:214",
            "parca-agent initialized",
            [
                ("version", "v0.30.0"),
                ("commit", "9f4c1e0a27b3d58c6e1f0b2a4d7c9e3f5a8b1c2d"),
                ("date", "2024-05-21T09:14:37Z"),
                (
                    "config",
                    "{ProfilingDuration:10s RemoteStoreAddress:parca.parca.svc.cluster.local:7070 Node:"
                    + node
                    + "}",
                ),
                ("arch", "amd64"),
            ],
            "parca-agent initialized",
        )
        t = L(
            pod,
            t + sec(0.02),
            "info",
            "main.go:402",
            "starting...",
            [("node", node), ("store", "parca.parca.svc.cluster.local:7070")],
            "starting...",
        )
        t = L(
            pod,
            t + sec(r.uniform(0.8, 1.6)),
            "info",
            "main.go:611",
            "attached profiler",
            [("name", "parca_agent_cpu"), ("duration", "10s")],
            "attached profiler",
        )
        return L(
            pod,
            t + sec(0.003),
            "info",
            "main.go:640",
            "http server started",
            [("address", "[::]:7071")],
            "http server started",
        )

    known: dict[str, set[str]] = {p: set() for p, _ in PA_PODS}
    server_down = (at(7, 40, 12), at(7, 52, 40))
    api_down = (at(8, 15, 3), at(8, 18, 20))
    panic_at = at(9, 10, 27)
    restart_b = panic_at + sec(34.2)

    def upload(pod: str, t: datetime, path: str) -> None:
        bid = hexid(r, 40)
        if path in known[pod] and r.random() < 0.8:
            L(
                pod,
                t,
                "debug",
                "debuginfo/manager.go:248",
                "debuginfo already exists on server",
                [("buildid", bid), ("path", path)],
                "debuginfo already exists on server",
            )
            return
        known[pod].add(path)
        if server_down[0] <= t < server_down[1]:
            err = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.142.7:7070: connect: connection refused"'
            L(
                pod,
                t,
                "warn",
                "debuginfo/manager.go:303",
                "failed to upload debuginfo",
                [("buildid", bid), ("path", path), ("err", err)],
                "failed to upload debuginfo",
            )
            return
        t = L(
            pod,
            t,
            "debug",
            "debuginfo/manager.go:271",
            "uploading debuginfo",
            [("buildid", bid), ("path", path), ("size", str(r.randint(200_000, 90_000_000)))],
            "uploading debuginfo",
        )
        L(
            pod,
            t + sec(r.uniform(0.2, 4.0)),
            "debug",
            "debuginfo/manager.go:289",
            "debuginfo uploaded",
            [("buildid", bid), ("duration", f"{r.uniform(0.2, 4.0):.6f}s".replace("0000s", "s"))],
            "debuginfo uploaded",
        )

    for pod, node in PA_PODS:
        start(pod, node, t0 + sec(r.uniform(1, 4)))
        for path in r.sample(PA_BINS, 9):
            upload(pod, t0 + sec(r.uniform(4, 12)), path)
        mean = {"node-a": 50.0, "node-b": 40.0, "node-c": 62.0}[node]
        for t in poisson(r, t0 + sec(12), t_end, mean):
            if node == "node-b" and panic_at - sec(1) <= t < restart_b + sec(3):
                continue
            pid = r.randint(30000, 420000)
            err = r.choice(PA_ERR_PROC).format(pid=pid)
            L(
                pod,
                t,
                "debug",
                "process/maps.go:121",
                "failed to get process info",
                [("pid", str(pid)), ("err", err)],
                "failed to get process info",
            )
        for t in poisson(r, t0 + sec(60), t_end, 95.0):
            if node == "node-b" and panic_at - sec(1) <= t < restart_b + sec(3):
                continue
            upload(pod, t, r.choice(PA_BINS))
        # the server down: every 10 s profile batch fails
        t = server_down[0] + sec(r.uniform(0, 10))
        while t < server_down[1]:
            err = r.choice(
                [
                    'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.142.7:7070: connect: connection refused"',
                    'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.142.7:7070: i/o timeout"',
                ]
            )
            L(
                pod,
                t,
                "error",
                "reporter/parca_reporter.go:552",
                "failed to send profiles",
                [("err", err), ("count", str(r.randint(180, 900)))],
                "failed to send profiles",
            )
            t += sec(10 + r.uniform(-0.01, 0.01))
        # the API server unreachable: client-go's reflector
        t = api_down[0] + sec(r.uniform(0, 2))
        n = 0
        while t < api_down[1]:
            url = f"https://10.96.0.1:443/api/v1/pods?fieldSelector=spec.nodeName%3D{node}&resourceVersion=41889{r.randint(100, 999)}"
            m = f'Get "{url}": dial tcp 10.96.0.1:443: connect: connection refused'
            tt = K(
                pod,
                t,
                "W",
                "reflector.go:539",
                f"pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: failed to list *v1.Pod: {m}",
                "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
            )
            K(
                pod,
                tt + sec(0.00003),
                "E",
                "reflector.go:147",
                f"pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.Pod: failed to list *v1.Pod: {m}",
                "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
            )
            n += 1
            t += sec(min(30.0, 0.8 * 2**n) * r.uniform(1.0, 1.2))
        # a pod on the node's cgroup v1 leftover: warned once an hour
        for h in range(6, 12):
            L(
                pod,
                at(h, 17, 3) + sec(r.uniform(0, 1)),
                "warn",
                "cgroup/cgroup.go:88",
                "failed to find cgroup for pid, using root",
                [("pid", str(r.randint(1000, 9000)))],
                "failed to find cgroup for pid, using root",
            )
    # the panic on node-b and its restart
    pod = "parca-agent-8kz4m"
    stack = [
        "",
        "goroutine 187 [running]:",
        "github.com/parca-dev/parca-agent/pkg/profiler/cpu.(*CPU).obtainProfiles(0xc000a52000, {0x2a4c6f8, 0xc0002c4a50})",
        "\t/home/runner/work/parca-agent/parca-agent/pkg/profiler/cpu/cpu.go:1047 +0x17e5",
        "github.com/parca-dev/parca-agent/pkg/profiler/cpu.(*CPU).Run(0xc000a52000, {0x2a4c6f8, 0xc0002c4a50})",
        "\t/home/runner/work/parca-agent/parca-agent/pkg/profiler/cpu/cpu.go:872 +0x1b6f",
        "github.com/oklog/run.(*Group).Run.func1({0xc00061e2c0?, 0xc0005a2340?})",
        "\t/home/runner/go/pkg/mod/github.com/oklog/run@v1.1.0/group.go:38 +0x2f",
        "created by github.com/oklog/run.(*Group).Run in goroutine 1",
        "\t/home/runner/go/pkg/mod/github.com/oklog/run@v1.1.0/group.go:37 +0x22",
    ]
    fs.add(
        pod + ".log",
        panic_at,
        "panic: runtime error: index out of range [%d] with length %d",
        lambda x: ["panic: runtime error: index out of range [3] with length 3", *stack],
        pod,
        1,
    )
    start(pod, "node-b", restart_b)
    for path in r.sample(PA_BINS, 8):
        upload(pod, restart_b + sec(r.uniform(4, 12)), path)
    # a deploy at 10:00: new builds everywhere
    for pod, _node in PA_PODS:
        for path in [
            "/usr/local/bin/checkout-api",
            "/usr/local/bin/payments",
            "/app/inventory-svc",
        ]:
            known[pod].discard(path)
            upload(pod, at(10, 0, 40) + sec(r.uniform(0, 90)), path)
    return fs.logs(t0)


# ------------------------------------------------------------------------ coroot-node-agent

CR_APPS = [
    ("default", "checkout-api", "checkout-api"),
    ("default", "payments", "payments"),
    ("default", "frontend", "nginx"),
    ("shop", "catalog", "catalog"),
    ("shop", "cart", "redis"),
    ("monitoring", "prometheus", "prometheus"),
    ("kube-system", "coredns", "coredns"),
    ("batch", "report-builder", "report-builder"),
]


def coroot_node_agent(r: random.Random) -> list[Log]:
    """coroot-node-agent on two nodes (klog), 06:00 to 12:00: processes started and containers
    recalculated, cron-like batch pods coming and going, connections from containers it does
    not know, containerd restarted on node-b 08:30-08:32, the collector unreachable 10:00-10:20,
    the profiler disabled on node-a (no BTF)."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)

    def K(node: str, t: datetime, lvl: str, where: str, msg: str, label: str) -> datetime:
        return fs.add(node + ".log", t, label, lambda x: [klog(x, lvl, 1, where, msg)], node, 1)

    def cid(ns: str, app: str, cont: str) -> tuple[str, str]:
        pod = f"{app}-{hexid(r, 10)[: r.choice([9, 10])]}-{hexid(r, 5)}"
        return (
            f"/k8s/{ns}/{pod}/{cont}",
            f"/kubepods/burstable/pod{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}/{hexid(r, 64)}",
        )

    ips = {"node-a": "10.20.1.11", "node-b": "10.20.1.12"}
    for node in ("node-a", "node-b"):
        t = t0 + sec(r.uniform(0.5, 3))
        for where, msg, label in [
            ("main.go:102", "agent version: 1.20.2", "agent version: %s"),
            ("main.go:108", f"hostname: {node}", "hostname: %s"),
            (
                "main.go:115",
                "kernel version: 5.15.0-107-generic"
                if node == "node-a"
                else "kernel version: 6.1.0-21-cloud-amd64",
                "kernel version: %s",
            ),
            ("main.go:121", f"machine-id: {hexid(r, 32)}", "machine-id: %s"),
            (
                "main.go:127",
                f"system-uuid: ec2{hexid(r, 5)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
                "system-uuid: %s",
            ),
        ]:
            t = K(node, t + sec(0.0002), "I", where, msg, label)
        if node == "node-a":
            t = K(
                node,
                t + sec(0.01),
                "W",
                "profiling.go:58",
                "profiling disabled: kernel BTF is not available at /sys/kernel/btf/vmlinux",
                "profiling disabled: kernel BTF is not available at %s",
            )
        t = K(
            node,
            t + sec(r.uniform(0.4, 1.2)),
            "I",
            "tracer.go:176",
            "started eBPF tracer",
            "started eBPF tracer",
        )
        K(node, t + sec(0.01), "I", "main.go:170", "listening on: 0.0.0.0:80", "listening on: %s")
        # containers on the node at start
        live: list[tuple[str, str, str]] = []
        for ns, app, cont in CR_APPS:
            if r.random() < 0.75 or app == "report-builder":
                c, cg = cid(ns, app, cont)
                live.append((c, cg, app))
                K(
                    node,
                    t0 + sec(r.uniform(4, 8)),
                    "I",
                    "registry.go:254",
                    f"calculated container id {r.randint(1000, 90000)} -> {cg} -> {c}",
                    "calculated container id %d -> %s -> %s",
                )
        # processes: each exec recalculated (batch jobs and sidecars forking)
        cont_down = (at(8, 30, 4), at(8, 32, 11)) if node == "node-b" else None
        mean = 32.0 if node == "node-a" else 27.0
        for t in poisson(r, t0 + sec(10), t_end, mean):
            c, cg, app = r.choice(live)
            pid = r.randint(2000, 990000)
            if cont_down and cont_down[0] <= t < cont_down[1]:
                e, lab = r.choice(
                    [
                        ("connect: connection refused", "connection refused"),
                        ("connect: no such file or directory", "no such file or directory"),
                    ]
                )
                K(
                    node,
                    t,
                    "W",
                    "registry.go:346",
                    f'failed to get container metadata for pid {pid} -> {cg}: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: {e}"',
                    'failed to get container metadata for pid %d -> %s: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix %s: connect: '
                    + lab
                    + '"',
                )
                continue
            K(
                node,
                t,
                "I",
                "registry.go:254",
                f"calculated container id {pid} -> {cg} -> {c}",
                "calculated container id %d -> %s -> %s",
            )
        # batch pods: a new report-builder pod every 5 minutes, the old one deleted
        for tm in range(int((t_end - t0).total_seconds() // 300)):
            t = t0 + sec(tm * 300 + r.uniform(1, 20))
            old = [x for x in live if x[2] == "report-builder"]
            if old:
                live.remove(old[0])
                K(
                    node,
                    t + sec(r.uniform(60, 120)),
                    "I",
                    "registry.go:197",
                    f"deleting inactive container: {old[0][0]}",
                    "deleting inactive container: %s",
                )
            c, cg = cid("batch", "report-builder", "report-builder")
            live.append((c, cg, "report-builder"))
        # connections from containers it does not know (host-network pods, short-lived probes)
        for t in poisson(r, t0 + sec(20), t_end, 55.0 if node == "node-a" else 70.0):
            ev = f"{{connection-open none {r.randint(1000, 990000)} {ips[node]}:{r.randint(32768, 60999)} {r.choice(['10.96.0.1:443', '10.96.0.10:53', '10.20.1.5:10250', '169.254.169.254:80'])} {r.randint(3, 300)} {r.randint(1, 3)}}}"
            K(
                node,
                t,
                "I",
                "registry.go:312",
                f"TCP connection from unknown container {ev}",
                "TCP connection from unknown container %s",
            )
        # the collector unreachable: one failure per signal every 30 s
        for kind, where in [
            ("metrics", "prom.go:92"),
            ("traces", "otel.go:71"),
            ("logs", "logs.go:64"),
        ]:
            t = at(10, 0, 7) + sec(r.uniform(0, 30))
            while t < at(10, 20, 30):
                e, lab = r.choice(
                    [
                        (
                            ": dial tcp 10.96.201.14:8080: connect: connection refused",
                            ": dial tcp %s: connect: connection refused",
                        ),
                        (
                            ": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                            ": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                        ),
                    ]
                )
                url = f"http://coroot.coroot:8080/v1/{kind}"
                K(
                    node,
                    t,
                    "E",
                    where,
                    f'failed to send {kind}: Post "{url}"{e}',
                    "failed to send %s: Post %q" + lab,
                )
                t += sec(30 + r.uniform(-0.05, 0.05))
        # the journal reader rotated
        for h in (7, 9, 11):
            K(
                node,
                at(h, 0, 0) + sec(r.uniform(0, 2)),
                "I",
                "journald.go:98",
                "journal file rotated, reopening",
                "journal file rotated, reopening",
            )
    # containerd restart on node-b: the restart seen
    K(
        "node-b",
        at(8, 32, 14),
        "I",
        "containerd.go:61",
        "containerd connection restored",
        "containerd connection restored",
    )
    K(
        "node-b",
        at(8, 30, 4) + sec(0.2),
        "W",
        "containerd.go:54",
        "containerd event stream closed: rpc error: code = Unavailable desc = error reading from server: EOF",
        "containerd event stream closed: rpc error: code = %s desc = error reading from server: EOF",
    )
    return fs.logs(t0)


# ------------------------------------------------------------------------------- scaphandre

SC_UNIT = "scaphandre.service - Scaphandre power metrics exporter"


def scaphandre(r: random.Random) -> list[Log]:
    """Scaphandre's Prometheus exporter on two hypervisors under systemd, in Debian's syslog,
    06:00 to 12:00: a scrape every 60 s, processes vanishing between two reads on the busy
    host, hv2 rebooted into a new kernel at 08:00 where energy_uj is root-only (the exporter
    panics and systemd restarts it every 60 s) until a udev rule at 08:41."""
    fs = Files()
    t0, t_end = at(6, 0), at(12, 0)

    def rfc(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"

    def S(host: str, t: datetime, ident: str, pid: int, msg: str, label: str) -> datetime:
        return fs.add(
            f"{host}-syslog",
            t,
            label,
            lambda x: [f"{rfc(x)} {host} {ident}[{pid}]: {msg}"],
            (host, pid),
            1,
        )

    def chrono(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}{r.randrange(1000):03d} UTC"

    def start(host: str, t: datetime, pid: int) -> datetime:
        t = S(host, t, "systemd", 1, f"Started {SC_UNIT}.", "Started %s.")
        t = S(
            host,
            t + sec(r.uniform(0.01, 0.05)),
            "scaphandre",
            pid,
            f"scaphandre::sensors: Sysinfo sees {48 if host == 'hv1' else 64}",
            "Sysinfo sees %d",
        )
        t = S(
            host,
            t + sec(0.001),
            "scaphandre",
            pid,
            "Scaphandre prometheus exporter",
            "Scaphandre prometheus exporter",
        )
        t = S(host, t + sec(0.0001), "scaphandre", pid, "Sending ⚡ metrics", "Sending ⚡ metrics")
        t = S(
            host,
            t + sec(0.0001),
            "scaphandre",
            pid,
            "Press CTRL-C to stop scaphandre",
            "Press CTRL-C to stop scaphandre",
        )
        return S(
            host,
            t + sec(0.002),
            "scaphandre",
            pid,
            f"scaphandre::exporters::prometheus: {chrono(t)}: Starting Prometheus exporter",
            "%s: Starting Prometheus exporter",
        )

    def stop(host: str, t: datetime, pid: int) -> datetime:
        t = S(host, t, "systemd", 1, f"Stopping {SC_UNIT}...", "Stopping %s...")
        t = S(
            host,
            t + sec(0.003),
            "systemd",
            1,
            "scaphandre.service: Deactivated successfully.",
            "%s: Deactivated successfully.",
        )
        t = S(host, t + sec(0.0002), "systemd", 1, f"Stopped {SC_UNIT}.", "Stopped %s.")
        return S(
            host,
            t + sec(0.0002),
            "systemd",
            1,
            f"scaphandre.service: Consumed {r.uniform(60, 400):.3f}s CPU time.",
            "%s: Consumed %s CPU time.",
        )

    reboot, fixed = at(8, 0, 12), at(8, 41, 5)
    pids = {"hv1": 1187, "hv2": 1203}
    busy = {"hv1": 95.0, "hv2": 140.0}
    for host in ("hv1", "hv2"):
        start(host, t0 + sec(r.uniform(2, 9)), pids[host])
        up = [(t0, t_end)] if host == "hv1" else [(t0, reboot), (fixed + sec(2), t_end)]
        pid = pids[host]
        for a, b in up:
            if host == "hv2" and a > t0:
                pid = 2291
                start(host, a - sec(1.5), pid)
            t = a + sec(r.uniform(0, 60))
            while t < b:
                t1 = S(
                    host,
                    t,
                    "scaphandre",
                    pid,
                    f"scaphandre::exporters::prometheus: {chrono(t)}: Refresh topology",
                    "%s: Refresh topology",
                )
                S(
                    host,
                    t1 + sec(r.uniform(0.0005, 0.003)),
                    "scaphandre",
                    pid,
                    f"scaphandre::exporters::prometheus: {chrono(t1)}: Refresh data",
                    "%s: Refresh data",
                )
                t += sec(60 + r.uniform(-0.004, 0.004))
            for t in poisson(r, a, b, busy[host]):
                S(
                    host,
                    t,
                    "scaphandre",
                    pid,
                    f"scaphandre::sensors::utils: Couldn't get process info for {r.randint(3000, 2_400_000)}",
                    "Couldn't get process info for %d",
                )
    # hv2's reboot into 6.1.0-21 and the restart loop
    stop("hv2", reboot, pids["hv2"])
    t = at(8, 1, 48)
    n = 0
    pid = 1176
    while t < fixed - sec(30):
        if n:
            t = S(
                "hv2",
                t,
                "systemd",
                1,
                f"scaphandre.service: Scheduled restart job, restart counter is at {n}.",
                "%s: Scheduled restart job, restart counter is at %d.",
            )
            t = S("hv2", t + sec(0.0003), "systemd", 1, f"Stopped {SC_UNIT}.", "Stopped %s.")
        t = start("hv2", t + sec(0.0002), pid)
        for zone in ("intel-rapl:0", "intel-rapl:1"):
            t = S(
                "hv2",
                t + sec(0.0004),
                "scaphandre",
                pid,
                f'scaphandre::sensors::powercap_rapl: Couldn\'t read record from /sys/class/powercap/{zone}/energy_uj, error was : Os {{ code: 13, kind: PermissionDenied, message: "Permission denied" }}',
                "Couldn't read record from %s, error was : Os { code: %d, kind: %s, message: %s }",
            )
        t = S(
            "hv2",
            t + sec(0.0002),
            "scaphandre",
            pid,
            "thread 'main' panicked at src/sensors/powercap_rapl.rs:228:61:",
            "thread '%s' panicked at %s:",
        )
        t = S(
            "hv2",
            t + sec(0.00001),
            "scaphandre",
            pid,
            'called `Result::unwrap()` on an `Err` value: Os { code: 13, kind: PermissionDenied, message: "Permission denied" }',
            "called `Result::unwrap()` on an `Err` value: Os { code: %d, kind: %s, message: %s }",
        )
        t = S(
            "hv2",
            t + sec(0.00001),
            "scaphandre",
            pid,
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
        )
        t = S(
            "hv2",
            t + sec(0.002),
            "systemd",
            1,
            "scaphandre.service: Main process exited, code=exited, status=101/n/a",
            "%s: Main process exited, code=%s, status=%d/%s",
        )
        t = S(
            "hv2",
            t + sec(0.0002),
            "systemd",
            1,
            "scaphandre.service: Failed with result 'exit-code'.",
            "%s: Failed with result '%s'.",
        )
        n += 1
        pid += r.randint(40, 400)
        t += sec(60 + r.uniform(0, 0.01))
    # the fix: a udev rule and a manual restart
    S("hv2", fixed - sec(1.6), "systemd", 1, f"Stopped {SC_UNIT}.", "Stopped %s.")
    return fs.logs(t0)


# --------------------------------------------------------------------------------- openscap

OS_RULES = [
    # id suffix, title, idents, normal result
    ("partition_for_tmp", "Ensure /tmp Located On Separate Partition", ["CCE-83471-3"], "pass"),
    ("mount_option_tmp_nodev", "Add nodev Option to /tmp", ["CCE-83472-1"], "pass"),
    ("mount_option_tmp_noexec", "Add noexec Option to /tmp", ["CCE-83473-9"], "pass"),
    ("mount_option_tmp_nosuid", "Add nosuid Option to /tmp", ["CCE-83474-7"], "pass"),
    (
        "partition_for_var_log",
        "Ensure /var/log Located On Separate Partition",
        ["CCE-83481-2"],
        "fail",
    ),
    ("kernel_module_cramfs_disabled", "Disable Mounting of cramfs", ["CCE-83485-3"], "pass"),
    (
        "kernel_module_usb-storage_disabled",
        "Disable Modprobe Loading of USB Storage Driver",
        ["CCE-83851-6"],
        "fail",
    ),
    (
        "ensure_gpgcheck_globally_activated",
        "Ensure gpgcheck Enabled In Main dnf Configuration",
        ["CCE-83457-2"],
        "pass",
    ),
    ("ensure_redhat_gpgkey_installed", "Ensure Red Hat GPG Key Installed", ["CCE-83459-8"], "pass"),
    ("package_aide_installed", "Install AIDE", ["CCE-83438-2"], "fail"),
    (
        "aide_periodic_cron_checking",
        "Configure Periodic Execution of AIDE",
        ["CCE-83437-4"],
        "fail",
    ),
    ("grub2_password", "Set Boot Loader Password in grub2", ["CCE-83542-1"], "notapplicable"),
    (
        "file_permissions_grub2_cfg",
        "Verify /boot/grub2/grub.cfg Permissions",
        ["CCE-83846-6"],
        "pass",
    ),
    (
        "sysctl_kernel_randomize_va_space",
        "Enable Randomized Layout of Virtual Address Space",
        ["CCE-83928-2"],
        "pass",
    ),
    ("disable_users_coredumps", "Disable Core Dumps for All Users", ["CCE-83875-5"], "pass"),
    ("selinux_state", "Ensure SELinux State is Enforcing", ["CCE-84074-4"], "pass"),
    ("selinux_policytype", "Configure SELinux Policy", ["CCE-84073-6"], "pass"),
    ("banner_etc_motd", "Modify the System Message of the Day Banner", ["CCE-83496-0"], "fail"),
    ("banner_etc_issue", "Modify the System Login Banner", ["CCE-83557-9"], "pass"),
    (
        "file_permissions_etc_motd",
        "Verify permissions on Message of the Day Banner",
        ["CCE-83337-6"],
        "pass",
    ),
    (
        "package_xorg-x11-server-common_removed",
        "Remove the X Windows Package Group",
        ["CCE-83380-6"],
        "pass",
    ),
    (
        "chronyd_specify_remote_server",
        "A remote time server for Chrony is configured",
        ["CCE-84218-7"],
        "pass",
    ),
    (
        "service_avahi-daemon_disabled",
        "Disable Avahi Server Software",
        ["CCE-82368-2"],
        "notapplicable",
    ),
    ("package_cups_removed", "Uninstall CUPS Package", ["CCE-83423-4"], "pass"),
    ("package_dhcp_removed", "Uninstall DHCP Server Package", ["CCE-83439-0"], "pass"),
    ("package_bind_removed", "Uninstall bind Package", ["CCE-83416-8"], "pass"),
    ("package_vsftpd_removed", "Uninstall vsftpd Package", ["CCE-84159-3"], "pass"),
    ("package_httpd_removed", "Uninstall httpd Package", ["CCE-84239-3"], "pass"),
    (
        "sysctl_net_ipv4_ip_forward",
        "Disable Kernel Parameter for IP Forwarding on IPv4 Interfaces",
        ["CCE-83836-7"],
        "pass",
    ),
    (
        "sysctl_net_ipv4_conf_all_send_redirects",
        "Disable Kernel Parameter for Sending ICMP Redirects on all IPv4 Interfaces",
        ["CCE-83997-7"],
        "pass",
    ),
    (
        "sysctl_net_ipv4_conf_all_accept_source_route",
        "Disable Kernel Parameter for Accepting Source-Routed Packets on all IPv4 Interfaces",
        ["CCE-84001-7"],
        "pass",
    ),
    (
        "sysctl_net_ipv4_conf_all_log_martians",
        "Enable Kernel Parameter to Log Martian Packets on all IPv4 Interfaces",
        ["CCE-84000-9"],
        "fail",
    ),
    ("firewalld_loopback_traffic_trusted", "Configure the Firewalld Ports", [], "pass"),
    ("service_firewalld_enabled", "Verify firewalld Enabled", ["CCE-82998-6"], "pass"),
    ("package_audit_installed", "Ensure the audit Subsystem is Installed", ["CCE-83782-3"], "pass"),
    ("service_auditd_enabled", "Enable auditd Service", ["CCE-82853-3"], "pass"),
    (
        "grub2_audit_argument",
        "Enable Auditing for Processes Which Start Prior to the Audit Daemon",
        ["CCE-83651-0"],
        "fail",
    ),
    (
        "auditd_data_retention_max_log_file_action",
        "Configure auditd max_log_file_action Upon Reaching Maximum Log Size",
        ["CCE-83701-3"],
        "pass",
    ),
    (
        "audit_rules_time_adjtimex",
        "Record attempts to alter time through adjtimex",
        ["CCE-83840-9"],
        "fail",
    ),
    (
        "audit_rules_sysadmin_actions",
        "Ensure auditd Collects System Administrator Actions",
        ["CCE-83729-4"],
        "pass",
    ),
    (
        "audit_rules_login_events_faillock",
        "Record Attempts to Alter Logon and Logout Events - faillock",
        ["CCE-83741-9"],
        "pass",
    ),
    ("service_rsyslog_enabled", "Enable rsyslog Service", ["CCE-83989-4"], "pass"),
    (
        "rsyslog_files_permissions",
        "Ensure System Log Files Have Correct Permissions",
        ["CCE-83689-0"],
        "pass",
    ),
    ("service_crond_enabled", "Enable cron Service", ["CCE-84263-3"], "pass"),
    ("file_permissions_crontab", "Verify Permissions on crontab", ["CCE-83412-7"], "pass"),
    (
        "file_permissions_sshd_config",
        "Verify Permissions on SSH Server config file",
        ["CCE-90820-2"],
        "pass",
    ),
    ("sshd_set_loglevel_info", "Set SSH Daemon LogLevel to INFO", ["CCE-86923-0"], "pass"),
    ("sshd_max_auth_tries", "Set SSH authentication attempt limit", ["CCE-83500-9"], "pass"),
    ("disable_host_auth", "Disable Host-Based Authentication", ["CCE-83370-7"], "pass"),
    ("sshd_disable_root_login", "Disable SSH Root Login", ["CCE-90799-8"], "pass"),
    (
        "sshd_disable_empty_passwords",
        "Disable SSH Access via Empty Passwords",
        ["CCE-90799-6"],
        "pass",
    ),
    ("sshd_set_idle_timeout", "Set SSH Client Alive Interval", ["CCE-90811-1"], "fail"),
    ("sshd_enable_warning_banner", "Enable SSH Warning Banner", ["CCE-86539-4"], "pass"),
    (
        "accounts_password_pam_minlen",
        "Ensure PAM Enforces Password Requirements - Minimum Length",
        ["CCE-83579-3"],
        "pass",
    ),
    (
        "accounts_passwords_pam_faillock_deny",
        "Lock Accounts After Failed Password Attempts",
        ["CCE-83587-6"],
        "fail",
    ),
    ("accounts_maximum_age_login_defs", "Set Password Maximum Age", ["CCE-83606-4"], "fail"),
    ("accounts_tmout", "Set Interactive Session Timeout", ["CCE-83633-8"], "fail"),
    (
        "accounts_umask_etc_bashrc",
        "Ensure the Default Bash Umask is Set Correctly",
        ["CCE-83644-5"],
        "pass",
    ),
    (
        "use_pam_wheel_for_su",
        "Enforce usage of pam_wheel for su authentication",
        ["CCE-83318-6"],
        "pass",
    ),
    (
        "file_permissions_etc_shadow",
        "Verify Permissions on /etc/shadow File",
        ["CCE-83941-5"],
        "pass",
    ),
    (
        "file_permissions_etc_passwd",
        "Verify Permissions on /etc/passwd File",
        ["CCE-83931-6"],
        "pass",
    ),
    (
        "no_empty_passwords_etc_shadow",
        "Ensure There Are No Accounts With Blank or Null Passwords",
        ["CCE-85846-4"],
        "pass",
    ),
    ("accounts_no_uid_except_zero", "Verify Only Root Has UID 0", ["CCE-83624-7"], "pass"),
    (
        "file_permissions_unauthorized_world_writable",
        "Ensure No World-Writable Files Exist",
        ["CCE-83522-3"],
        "notchecked",
    ),
    ("no_files_unowned_by_user", "Ensure All Files Are Owned by a User", ["CCE-83499-4"], "pass"),
]
OS_UNIT = "oscap-scan.service - OpenSCAP CIS compliance scan"


def openscap(r: random.Random) -> list[Log]:
    """oscap xccdf eval of RHEL 9's CIS Level 1 server profile on three hosts, run by a systemd
    timer every two hours (06:00, 08:00, 10:00), into /var/log/messages: web2's sshd_config
    loosened at 07:30 (root login and idle timeout failing at 08:00 and 10:00), web1's AIDE
    installed at 09:15, db1's 10:00 scan timing out on the world-writable files check."""
    fs = Files()
    t0 = at(6, 0)

    def S(host: str, t: datetime, ident: str, pid: int, msg: str, label: str) -> datetime:
        return fs.add(
            f"{host}-messages",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} {ident}[{pid}]: {msg}"],
            (host, pid),
            1_000_000,
        )

    for host in ("web1", "web2", "db1"):
        pid = r.randint(4000, 9000)
        for h in (6, 8, 10):
            t = at(h, 0, 0) + sec(r.uniform(0, 50))
            pid += r.randint(3000, 30000)
            t = S(host, t, "systemd", 1, f"Starting {OS_UNIT}...", "Starting %s...")
            t = S(
                host,
                t + sec(1),
                "oscap",
                pid,
                "WARNING: Datastream component 'scap_org.open-scap_cref_security-data-oval-v2-RHEL9-rhel-9.oval.xml.bz2' points out to the remote 'https://access.redhat.com/security/data/oval/v2/RHEL9/rhel-9.oval.xml.bz2'. Use '--fetch-remote-resources' option to download it.",
                "WARNING: Datastream component '%s' points out to the remote '%s'. Use '--fetch-remote-resources' option to download it.",
            )
            t = S(
                host,
                t + sec(0.1),
                "oscap",
                pid,
                "WARNING: Skipping 'https://access.redhat.com/security/data/oval/v2/RHEL9/rhel-9.oval.xml.bz2' file which is referenced from XCCDF content",
                "WARNING: Skipping %s file which is referenced from XCCDF content",
            )
            t = S(
                host,
                t + sec(r.uniform(2, 4)),
                "oscap",
                pid,
                "--- Starting Evaluation ---",
                "--- Starting Evaluation ---",
            )
            timed_out = host == "db1" and h == 10
            for rid, title, idents, res in OS_RULES:
                if (
                    host == "web2"
                    and h >= 8
                    and rid in ("sshd_disable_root_login", "sshd_max_auth_tries")
                ):
                    res = "fail"
                if (
                    host == "web1"
                    and h == 10
                    and rid in ("package_aide_installed", "aide_periodic_cron_checking")
                ):
                    res = "pass"
                if host == "db1" and rid.startswith("package_httpd"):
                    res = "pass"
                if host != "db1" and rid == "kernel_module_usb-storage_disabled":
                    res = "pass"
                full = f"xccdf_org.ssgproject.content_rule_{rid}"
                dur = (
                    r.uniform(0.05, 0.6)
                    if not rid.startswith(("file_permissions_unauth", "no_files_unowned"))
                    else r.uniform(40, 140)
                )
                t = S(host, t + sec(dur), "oscap", pid, f"Title#015#011{title}", "Title#015#011%s")
                t = S(host, t, "oscap", pid, f"Rule#015#011{full}", "Rule#015#011%s")
                for ident in idents:
                    t = S(host, t, "oscap", pid, f"Ident#015#011{ident}", "Ident#015#011%s")
                if timed_out and rid == "file_permissions_unauthorized_world_writable":
                    t = S(
                        host,
                        t + sec(1800 - (t - at(h, 0)).total_seconds() + 35),
                        "systemd",
                        1,
                        "oscap-scan.service: start operation timed out. Terminating.",
                        "%s: start operation timed out. Terminating.",
                    )
                    t = S(
                        host,
                        t + sec(0.01),
                        "systemd",
                        1,
                        "oscap-scan.service: Main process exited, code=killed, status=15/TERM",
                        "%s: Main process exited, code=%s, status=%d/%s",
                    )
                    t = S(
                        host,
                        t + sec(0.001),
                        "systemd",
                        1,
                        "oscap-scan.service: Failed with result 'timeout'.",
                        "%s: Failed with result '%s'.",
                    )
                    t = S(
                        host,
                        t + sec(0.001),
                        "systemd",
                        1,
                        f"Failed to start {OS_UNIT}.",
                        "Failed to start %s.",
                    )
                    break
                t = S(
                    host,
                    t + sec(r.uniform(0.01, 0.5)),
                    "oscap",
                    pid,
                    f"Result#015#011{res}",
                    "Result#015#011%s",
                )
            else:
                t = S(
                    host,
                    t + sec(r.uniform(0.5, 2)),
                    "systemd",
                    1,
                    "oscap-scan.service: Main process exited, code=exited, status=2/INVALIDARGUMENT",
                    "%s: Main process exited, code=%s, status=%d/%s",
                )
                t = S(
                    host,
                    t + sec(0.001),
                    "systemd",
                    1,
                    "oscap-scan.service: Failed with result 'exit-code'.",
                    "%s: Failed with result '%s'.",
                )
                t = S(
                    host,
                    t + sec(0.001),
                    "systemd",
                    1,
                    f"Failed to start {OS_UNIT}.",
                    "Failed to start %s.",
                )
            S(
                host,
                t + sec(0.001),
                "systemd",
                1,
                f"oscap-scan.service: Consumed {r.uniform(30, 190):.3f}s CPU time.",
                "%s: Consumed %s CPU time.",
            )
    # web2's sshd rules remediated at 11:05 (a oneshot unit run by hand)
    ru = "oscap-remediate.service - OpenSCAP remediation of selected rules"
    t = S("web2", at(11, 5, 31), "systemd", 1, f"Starting {ru}...", "Starting %s...")
    pid = 61877
    t = S(
        "web2",
        t + sec(2.4),
        "oscap",
        pid,
        "--- Starting Evaluation ---",
        "--- Starting Evaluation ---",
    )
    sel = [
        x
        for x in OS_RULES
        if x[0] in ("sshd_disable_root_login", "sshd_max_auth_tries", "sshd_set_idle_timeout")
    ]
    for phase, res in (("eval", "fail"), ("fix", "fixed")):
        if phase == "fix":
            t = S(
                "web2",
                t + sec(0.3),
                "oscap",
                pid,
                "--- Starting Remediation ---",
                "--- Starting Remediation ---",
            )
        for rid, title, idents, _res in sel:
            t = S(
                "web2",
                t + sec(r.uniform(0.05, 0.4)),
                "oscap",
                pid,
                f"Title#015#011{title}",
                "Title#015#011%s",
            )
            t = S(
                "web2",
                t,
                "oscap",
                pid,
                f"Rule#015#011xccdf_org.ssgproject.content_rule_{rid}",
                "Rule#015#011%s",
            )
            for ident in idents:
                t = S("web2", t, "oscap", pid, f"Ident#015#011{ident}", "Ident#015#011%s")
            t = S(
                "web2",
                t + sec(r.uniform(0.05, 0.4)),
                "oscap",
                pid,
                f"Result#015#011{res}",
                "Result#015#011%s",
            )
    t = S(
        "web2",
        t + sec(0.4),
        "systemd",
        1,
        "oscap-remediate.service: Deactivated successfully.",
        "%s: Deactivated successfully.",
    )
    t = S("web2", t + sec(0.001), "systemd", 1, f"Finished {ru}.", "Finished %s.")
    S(
        "web2",
        t + sec(0.001),
        "systemd",
        1,
        f"oscap-remediate.service: Consumed {r.uniform(3, 9):.3f}s CPU time.",
        "%s: Consumed %s CPU time.",
    )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- usbguard


def b64(r: random.Random) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(chars) for _ in range(43)) + "="


UG_BASE = [
    # port, vid, pid, name, serial, iface, connect type
    ("usb1", "1d6b", "0002", "xHCI Host Controller", "0000:00:14.0", "09:00:00", ""),
    ("usb2", "1d6b", "0003", "xHCI Host Controller", "0000:00:14.0", "09:00:00", ""),
    ("1-1", "046d", "c52b", "USB Receiver", "", "{ 03:01:01 03:01:02 03:00:00 }", "hotplug"),
    ("1-6", "8087", "0a2b", "", "", "{ e0:01:01 e0:01:01 }", "hardwired"),
]


def usbguard(r: random.Random) -> list[Log]:
    """USBGuard on an office workstation and a reception kiosk, 06:00 to 12:00, with the kernel's
    USB lines beside its audit log: a user's stick blocked on ws01 at 07:05 and again, allowed by
    an admin at 07:22; kiosk1's badge reader reconnecting every ~35 s 08:10-09:32 (a worn cable);
    a phone plugged into the kiosk and blocked; usbguard-daemon restarted on ws01 at 10:30."""
    fs = Files()
    t0 = at(6, 0)
    hashes: dict[tuple[str, str], tuple[str, str]] = {}

    def A(host: str, t: datetime, pid: int, fields: str, label: str) -> datetime:
        return fs.add(
            f"{host}-usbguard-audit.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z] {fields}"],
            (host, "audit"),
            1000,
        )

    def K(host: str, t: datetime, prefix: str, msg: str, label: str) -> datetime:
        return fs.add(
            f"{host}-messages",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {host} kernel: {prefix}{msg}"],
            (host, "kernel"),
            1_000_000,
        )

    def rule(host: str, target: str, dev: tuple[str, str, str, str, str, str, str]) -> str:
        port, vid, pid, name, serial, iface, ct = dev
        h, ph = hashes.setdefault((host, port + vid + pid + serial), (b64(r), b64(r)))
        return f'{target} id {vid}:{pid} serial "{serial}" name "{name}" hash "{h}" parent-hash "{ph}" via-port "{port}" with-interface {iface} with-connect-type "{ct}"'

    def sysname(port: str) -> str:
        return (
            f"/devices/pci0000:00/0000:00:14.0/{port}"
            if port.startswith("usb")
            else f"/devices/pci0000:00/0000:00:14.0/usb1/{port}"
        )

    U = "uid=0 pid={dpid} result='{res}' device.rule='{rule}' device.system_name='{sn}' type='{ty}'"
    P = "uid=0 pid={dpid} result='{res}' device.rule='{rule}' device.system_name='{sn}' target.new='{new}' target.old='{old}' type='Policy.Device.Update'"
    LU = "uid=%u pid=%u result='%s' device.rule='%s' device.system_name='%s' type='{ty}'"
    LP = "uid=%u pid=%u result='%s' device.rule='%s' device.system_name='%s' target.new='%s' target.old='%s' type='Policy.Device.Update'"

    def present(host: str, t: datetime, dpid: int, devs: list) -> datetime:
        for d in devs:
            t = A(
                host,
                t + sec(0.001),
                dpid,
                U.format(
                    dpid=dpid,
                    res="SUCCESS",
                    rule=rule(host, "allow", d),
                    sn=sysname(d[0]),
                    ty="Device.Present",
                ),
                LU.format(ty="Device.Present"),
            )
            t = A(
                host,
                t + sec(0.001),
                dpid,
                P.format(
                    dpid=dpid,
                    res="SUCCESS",
                    rule=rule(host, "allow", d),
                    sn=sysname(d[0]),
                    new="allow",
                    old="block",
                ),
                LP,
            )
        return t

    devn = {"ws01": 4, "kiosk1": 5}
    inputn = {"ws01": 14, "kiosk1": 19}
    hidn = {"ws01": 5, "kiosk1": 8}

    def plug(
        host: str,
        t: datetime,
        dpid: int,
        dev: tuple,
        mfr: str,
        target: str,
        speed: str,
        hid: str = "",
        storage: bool = False,
        allowed_after: bool = False,
    ) -> datetime:
        port, vid, pid, name, serial, _iface, _ct = dev
        devn[host] += 1
        n = devn[host]
        pre = f"usb {port}: "
        t = K(
            host,
            t,
            pre,
            f"new {speed}-speed USB device number {n} using xhci_hcd",
            "new %s-speed USB device number %d using %s",
        )
        t = K(
            host,
            t + sec(0.13),
            pre,
            f"New USB device found, idVendor={vid}, idProduct={pid}, bcdDevice= 1.00",
            "New USB device found, idVendor=%04x, idProduct=%04x, bcdDevice=%2x.%02x",
        )
        t = K(
            host,
            t,
            pre,
            f"New USB device strings: Mfr=1, Product=2, SerialNumber={3 if serial else 0}",
            "New USB device strings: Mfr=%d, Product=%d, SerialNumber=%d",
        )
        t = K(host, t, pre, f"Product: {name}", "Product: %s")
        t = K(host, t, pre, f"Manufacturer: {mfr}", "Manufacturer: %s")
        if serial:
            t = K(host, t, pre, f"SerialNumber: {serial}", "SerialNumber: %s")
        t = K(
            host, t, pre, "Device is not authorized for usage", "Device is not authorized for usage"
        )
        rt = rule(host, target, dev)
        ta = A(
            host,
            t + sec(0.004),
            dpid,
            U.format(dpid=dpid, res="SUCCESS", rule=rt, sn=sysname(port), ty="Device.Insert"),
            LU.format(ty="Device.Insert"),
        )
        ta = A(
            host,
            ta + sec(0.002),
            dpid,
            P.format(dpid=dpid, res="SUCCESS", rule=rt, sn=sysname(port), new=target, old="block"),
            LP,
        )
        if target != "allow":
            return t
        t = K(host, ta + sec(0.01), pre, "authorized to connect", "authorized to connect")
        if hid:
            inputn[host] += 1
            hidn[host] += 1
            t = K(
                host,
                t + sec(0.02),
                "",
                f"input: {hid} as /devices/pci0000:00/0000:00:14.0/usb1/{port}/{port}:1.0/0003:{vid.upper()}:{pid.upper()}.{hidn[host]:04X}/input/input{inputn[host]}",
                "input: %s as %s",
            )
            t = K(
                host,
                t + sec(0.06),
                f"hid-generic 0003:{vid.upper()}:{pid.upper()}.{hidn[host]:04X}: ",
                f"input,hidraw{hidn[host] % 4}: USB HID v1.11 Keyboard [{hid}] on usb-0000:00:14.0-{port[2:]}/input0",
                "%s: USB HID v%x.%02x %s [%s] on %s",
            )
        if storage:
            t = K(
                host,
                t + sec(0.01),
                f"usb-storage {port}:1.0: ",
                "USB Mass Storage device detected",
                "USB Mass Storage device detected",
            )
            t = K(
                host,
                t + sec(1.1),
                "sd 6:0:0:0: [sdb] ",
                "60063744 512-byte logical blocks: (30.8 GB/28.6 GiB)",
                "%llu %d-byte logical blocks: (%s/%s)",
            )
            t = K(
                host,
                t + sec(0.02),
                "sd 6:0:0:0: [sdb] ",
                "Attached SCSI removable disk",
                "Attached SCSI removable disk",
            )
        return t

    def unplug(host: str, t: datetime, dpid: int, dev: tuple, target: str) -> datetime:
        port = dev[0]
        t = K(
            host,
            t,
            f"usb {port}: ",
            f"USB disconnect, device number {devn[host]}",
            "USB disconnect, device number %d",
        )
        return A(
            host,
            t + sec(0.003),
            dpid,
            U.format(
                dpid=dpid,
                res="SUCCESS",
                rule=rule(host, target, dev),
                sn=sysname(port),
                ty="Device.Remove",
            ),
            LU.format(ty="Device.Remove"),
        )

    kiosk_base = [
        *UG_BASE[:2],
        (
            "1-2",
            "0c2e",
            "0b61",
            "Honeywell Scanning and Mobility Scanner",
            "21082B0F3A",
            "03:01:01",
            "hotplug",
        ),
        ("1-3", "04f2", "b6dd", "Integrated Camera", "", "{ 0e:01:00 0e:02:00 }", "hotplug"),
    ]
    ws_base = [
        *UG_BASE,
        (
            "1-2",
            "413c",
            "2113",
            "Dell KB216 Wired Keyboard",
            "",
            "{ 03:01:01 03:00:00 }",
            "hotplug",
        ),
    ]
    present("ws01", t0 + sec(31.4), 903, ws_base)
    present("kiosk1", t0 + sec(47.9), 877, kiosk_base)
    # ws01: a stick blocked three times, allowed at 07:22 (a rule appended), then used
    stick = ("1-3", "0781", "5583", "Ultra Fit", "4C530001260612113503", "08:06:50", "hotplug")
    for tm in (at(7, 5, 12), at(7, 6, 40), at(7, 9, 3)):
        t = plug("ws01", tm, 903, stick, "SanDisk", "block", "super")
        unplug("ws01", t + sec(r.uniform(8, 30)), 903, stick, "block")
    A(
        "ws01",
        at(7, 22, 7),
        903,
        f"uid=0 pid=48211 result='SUCCESS' rule='{rule('ws01', 'allow', stick)}' rule.id='14' type='Policy.Rule.Append'",
        "uid=%u pid=%u result='%s' rule='%s' rule.id='%s' type='Policy.Rule.Append'",
    )
    t = plug("ws01", at(7, 23, 30), 903, stick, "SanDisk", "allow", "super", storage=True)
    unplug("ws01", at(11, 40, 2), 903, stick, "allow")
    # kiosk1: the badge reader's worn cable
    reader = ("1-4", "0c27", "3bfa", "RFIDeas USB Keyboard", "", "03:01:01", "hotplug")
    t = at(8, 10, 4)
    while t < at(9, 32):
        t = unplug("kiosk1", t, 877, reader, "allow")
        t = plug(
            "kiosk1",
            t + sec(r.uniform(0.4, 3.0)),
            877,
            reader,
            "RFIDeas",
            "allow",
            "full",
            hid="RFIDeas USB Keyboard",
        )
        t += sec(r.expovariate(1 / 16.0) + 2)
    # kiosk1: a visitor's phone, blocked (rejected: no rule, the implicit target)
    phone = ("1-1", "18d1", "4ee7", "Pixel 7", "28041FDH2004XB", "{ ff:42:01 }", "hotplug")
    for tm in (at(10, 12, 45), at(10, 13, 20)):
        t = plug("kiosk1", tm, 877, phone, "Google", "block", "high")
        unplug("kiosk1", t + sec(r.uniform(5, 25)), 877, phone, "block")
    # ws01: usbguard-daemon restarted after a policy edit at 10:30
    present("ws01", at(10, 30, 14), 51402, [*ws_base, stick])
    # ws01's receiver reconnects when the user docks (every hour or so)
    recv = UG_BASE[2]
    for tm in (at(6, 52, 11), at(8, 58, 40), at(11, 2, 3)):
        dpid = 903 if tm < at(10, 30) else 51402
        t = unplug("ws01", tm, dpid, recv, "allow")
        plug(
            "ws01",
            t + sec(r.uniform(2, 5)),
            dpid,
            recv,
            "Logitech",
            "allow",
            "full",
            hid="Logitech USB Receiver",
        )
    return fs.logs(t0)


SYSTEMS = {
    "parca-agent": parca_agent,
    "coroot-node-agent": coroot_node_agent,
    "scaphandre": scaphandre,
    "openscap": openscap,
    "usbguard": usbguard,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
