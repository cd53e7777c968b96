#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 210 (nanomq, rumqttd, informix, tgtd, irqbalance) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: NanoMQ's per thread, Informix's per server thread;
NanoMQ, Informix and irqbalance's journal write whole seconds, tgtd's short-precise journal and
rumqttd microseconds). Two MQTT brokers, a database's message log, an iSCSI target and an IRQ
balancer, 06:00 to 12:00 on 2024-06-07; none of the five was in the set (Mosquitto, EMQX,
VerneMQ, HiveMQ, the LIO target and iscsid are).

- NanoMQ 0.21 (`line1-nanomq.log`, `line2-nanomq.log`: two plant gateways, `log.level = info`
  to a file: NanoNNG's file callback `%Y-%m-%d %H:%M:%S [tid] %-5s file:line: message`, the file
  being the build path, `2024-06-07 06:00:16 [1208] INFO
  /home/runner/work/nanomq/nanomq/nng/src/sp/transport/mqtt/broker_tcp.c:212: change p_id by
  hashing vib-l2-01 to 1929043647 rv 0`): every CONNECT's `change p_id by hashing %s to %d rv %d`
  (the pipe id is the DJB hash of the client id, printed signed), vibration sensors waking every
  15 minutes (line 2's firmware drops the socket without DISCONNECT: `nni aio recv error!! %s`
  and `tcptran_pipe_recv_cb: recv_error rv: %d`, whose formats end in `\\n`, so each is followed
  by an empty line), PLCs with persistent sessions (`A keeping Session is step down`, `session
  stored %u`, `resuming session %u with %u`, `resending qos msg id %u to pipe %u`), line 2's
  Wi-Fi flapping 07:40-08:25 (`nego aio error: Timed out`, `connect nego error rv:(%d)`,
  `Warning: close pipe %u & kick client due to KeepAlive timeout!`), line 2's historian falling
  behind (`Warning: msg lost due to reach the limit of lmq`), two PLCs with one client id
  (`closing pipe due to session conflict`), line 1's switch rebooted at 09:40, the cloud bridge
  down 09:10-09:32 (`bridge client disconnected! RC [%d] `, `bridging to %s aio busy! msg lost!
  Ctx: %d`, `Bridge client connected! RC [%d]`), the webhook receiver down 10:40-10:58 (`HTTP
  aio result error : Connection refused`), an HMI panel with a rotated password 11:05-11:40
  (`Invalid auth info or authentication denied`), a scanner's HTTP on 1883 (`Illegal CONNECT
  Packet type %x`).
- rumqttd 0.19 (`mqtt-a-rumqttd.log`, `mqtt-b-rumqttd.log`: two brokers behind HAProxy, `rumqttd
  -c /etc/rumqttd.toml -v`, stdout appended to a file, tracing-subscriber's pretty format with
  file, line and thread off and NO_COLOR: `  2024-06-07T06:00:17.201435Z  INFO
  rumqttd::server::broker: accept, name: "v4-1", addr: 10.60.0.5:46130, count: 21877, tenant:
  None`, the event's spans under it as `    in rumqttd::router::routing::[>] incoming with
  connection_id: 17` lines, innermost first, and an empty line after each event): HAProxy's TCP
  check every minute (`accept`, then `Error while handling MQTT connect packet` with `error:
  Network(Io(Custom { kind: ConnectionAborted, error: "connection closed by peer" }))`), 140 EV
  chargers reconnecting (`disconnected` with a reset, an abort at INFO or a keep-alive timeout,
  the router's `Disconnecting connection`, `Client connection registered`, `Adding subscription
  on topic %s`; the router's slab hands a freed connection id out again), a carrier outage
  08:20-08:45, the fleet tool's clean DISCONNECT every 10 minutes (`router-drop` with
  `Recv(Disconnected)`), a replaced charger and its predecessor sharing evc-0077 09:30-09:33
  (`Duplicate client_id, dropping previous connection with connection_id: %d`, `no-connection id
  %d is already gone`), mqtt-a's bridge to the cloud broker lost 10:40-10:52 (`Unable to read
  from network stream, reconnecting - %s`, `Error, retrying` every 10 s, `Connected to remote`),
  mqtt-b restarted at 11:05 (the banner println'd on stdout, `Listening for remote connections`
  twice) and its chargers back within 40 s.
- Informix 14.10.FC10 (`online.log`, the message log: `HH:MM:SS  message`, no date but the
  checkpoint line's `Fri Jun  7`): checkpoints (`Checkpoint Completed:  duration was %d
  seconds.`, `%s - loguniq %d, logpos 0x%x, timestamp: 0x%x Interval: %d`, `Maximum server
  connections %d `, `Checkpoint Statistics - Avg. Txn Block Time %.3f, # Txns blocked %d, Plog
  used %d, Llog used %d`, with the empty lines online.log puts after the second and fourth)
  every five minutes, every minute or so under the 07:00-08:40 batch; logical logs filling
  (`Logical Log %d Complete, timestamp: 0x%x.`) and backed up through ALARMPROG's log_full.sh
  (`Logical Log %d - Backup Started` / `Backup Completed`); the level-0 archive at 06:30; an ETL
  account still using its old password 06:10-07:00 (`listener-thread: err = -951: oserr = 0:
  errstr = %s: Incorrect password or user %s is not known on the database server.`); the
  physical log's performance advisory twice (`Performance Advisory: ...`, ` Results: ...`, `
  Action: ... at least %d KB.`); two virtual segments added; a long transaction aborted; the lock
  table overflowing at 08:12; a switch failover at 09:12 (`listener-thread: err = -25582: ...
  Network connection is broken.`); an assertion failure at 09:58 (`Assert Failed: No Exception
  Handler`, the version, ` Who: Session(...)` with its `Thread(...)` and `File:` lines indented
  by two tabs, ` Results: Exception Caught. ...`, ` Action: Please notify IBM Informix Technical
  Support.`, ` See Also: af.%s, shmem.%s.0`, `Thread ID %d will now be suspended.`); the backup
  target unreachable 10:05-10:36 (`Process exited with return code 1: /bin/sh /bin/sh -c
  log_full.sh 2 23 "..." "..."` for each log, then the backlog backed up by hand).
- tgt 1.0.80 (`stor1-tgt.log`, `stor2-tgt.log`: `journalctl -u tgt -o short-precise` on two
  Ubuntu 22.04 storage hosts; `tgtd -f` writes each message to stderr behind `tgtd: ` and
  eprintf's `func(line) `: `Jun 07 06:00:11.003519 stor1 tgtd[1187]: tgtd: conn_close(101)
  connection closed, 0x55e0a6d8f3a0 1`): the monitoring's TCP check of each of the four portals
  every minute (`connection closed, %p %u`, glibc handing back the same freed chunk), stor1's
  backup LUN, a sparse file on /srv, running out of space under the backup 07:41-08:02 (`io
  error %p %x %d %d %lu, No space left on device`), a LUN added live (`sz:%d params:%s`, `%d`
  worker threads from bs_thread_open), stor2's array rebuilding 09:15-09:40 (abort_cmd's `found
  %lx %lx`, abort_task_set's `found %lx %d`, sessions dropped with `Forcing release of pending
  task %p %lx` and `Forcing release of tx task %p %lx %x`), one of stor1's ports flapping at 10:05
  (`tcp connection timed out after %d failed NOP-OUT`), tgt restarted on stor2 at 11:20
  (systemd's lines, `Failed to initialize RDMA; load kernel modules?`, `use timer_fd based
  scheduler`, `use signalfd notification`, the LUNs again).
- irqbalance 1.9 (`db1-irqbalance.log`, `db2-irqbalance.log`, `util1-irqbalance.log`,
  `app1-irqbalance.log`: `journalctl -u irqbalance` of four hosts, short format): on the RHEL 9
  hosts irqbalance logs through syslog(3) under its argv[0] (`Jun 07 07:19:24 db1
  /usr/sbin/irqbalance[1388]: Cannot change IRQ 212 affinity: No space left on device`): db1's
  NIC gets SR-IOV VFs at 07:19 and two, then three, IRQs fail every 10 s until irqbalance is
  restarted at 08:38 (systemd's lines, then each NVMe queue's managed IRQ once: `Cannot change
  IRQ %i affinity: Input/output error`, `IRQ %i affinity is now unmanaged`); db2 runs with
  --powerthresh=2 (`cpu %d entering powersave mode`, `Load average increasing, re-enabling all
  cpus for irq balancing`) and has two CPUs offline for a while (`WARNING, didn't collect load
  info for all cpus, balancing is broken`); util1, one vCPU, reboots at 07:31 (`Balancing is
  ineffective on systems with a single cpu.  Shutting down`). app1, a Debian testing VM created
  at 10:00, runs the 1.9.3 that logs to the journal under systemd with every message, the
  console-only ones too (irqbalance issues #281, #288, #292): the CPU masks and `Adding IRQ %d to
  database` at start-up, `Selecting irq %d for rebalancing`, and the scan's separator every 10 s
  (`\\n\\n\\n` and 77 dashes: one journal entry journalctl prints over four lines, the first
  empty, the others indented to the message's column).

Label notes. The heads are context: NanoMQ's time, thread, level and `file:line: `, rumqttd's
time, level, target and its span lines (the `in ...` lines continue the event and have no
label), the journal's and syslog's heads, tgtd's `tgtd: ` and `func(line) ` (put there by its
log macro; abort_cmd's `found %lx %lx` and abort_task_set's `found %lx %d` are two labels),
Informix's time. rumqttd's event fields are attributes, except `error` (and `reason`), whose
Debug rendering contributes its text as a tracing `error=` does (rounds 21 and 66): the message
with the error is the label (`disconnected, error: Network(KeepAlive(Elapsed(())))`). A
program's error text inside a message contributes its text: nng_strerror's (`nni aio recv
error!! Connection shutdown` / `Connection reset`, `nego aio error: Timed out`, `HTTP aio result
error : Connection refused`), strerror's (`Cannot change IRQ %i affinity: No space left on
device` / `Input/output error`, tgtd's `%m`), Informix's error message after `errstr = %s: ` (its
`%s` the user and host). The log_full.sh command line after `Process exited with return code
%d: ` is a value. A value with a trailing `\\n` in its format is labelled without it (the empty
line it leaves has no label); the irqbalance separator's label is its format, escaped. The
Informix assertion report's lines each have their own time and are events of their own; the
`Who:` part's tab-indented lines continue it. systemd's unit lines are labelled as in round 129's
iscsid (`Started %s.`: the description is a value). rumqttd's banner is one write, labelled at its
first line. Empty lines (NanoMQ's, rumqttd's, Informix's) have no label.

Least sure (written from the helper's knowledge; NanoNNG's log.c, broker_tcp.c and nmq_mqtt.c,
NanoMQ's broker.c, bridge.c and webhook_inproc.c, rumqttd's main.rs, server/broker.rs,
router/routing.rs, link/bridge.rs and link/network.rs, tgt's log.c, log.h, conn.c, iscsid.c,
iscsi_tcp.c, bs.c, bs_rdwr.c and target.c, and irqbalance's irqbalance.c, irqbalance.h,
activate.c, cputree.c, classify.c, procinterrupts.c and irqlist.c were checked against copies of
their sources; irqbalance's journal separator against its issues): NanoMQ's build path and line
numbers, which threads log what, the bridge's disconnect reason code, whether `nego aio error`
precedes every failed negotiation; rumqttd 0.19's banner, whether the remote_link span records
client_id and connection_id, the order of a duplicate client id's lines, the span stack of the
router's events; every Informix text (the server is not open source): the checkpoint block's
empty lines, `Maximum server connections %d ` with its trailing space, the -951 text and its
errstr, `Process exited with return code %d: %s`, the advisory's wording, the long transaction
lines, `Lock table overflow - user id %d, session id %d`, the assertion report's layout and the
virtual segment lines; tgt's line numbers, `sz:%d` (taken as the parameters' length plus one),
that abort_cmd's state prints as 2 or 6, that the monitoring's check logs `connection closed`;
irqbalance: which distribution's 1.9.3 build logs to the journal under systemd in June 2024, that
RHEL 9's logs through syslog under `/usr/sbin/irqbalance`, whether a thermal-banned CPUs line
joins app1's start-up, the managed NVMe IRQs' errno.
"""

from __future__ import annotations

import bisect
import heapq
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1000
SEC = 1_000_000


def djb_hash(s: str) -> int:
    """NanoNNG's DJBHashn over the client id: the pipe id a client's session keeps."""
    h = 5381
    for c in s.encode():
        h = (h * 33 + c) & 0xFFFFFFFF
    return h


def as_int(u: int) -> int:
    """A uint32 printed with `%d`."""
    return u - (1 << 32) if u >= 1 << 31 else u


def heap_ptr(r: random.Random, base: int = 0x55E0A6C00000) -> str:
    """A glibc heap pointer as `%p` prints it."""
    return f"{base + r.randrange(0x10000, 0x3FFFFF, 16):#x}"


# ------------------------------------------------------------------------------------ nanomq

NMQ_SRC = "/home/runner/work/nanomq/nanomq"
NMQ_TCP = f"{NMQ_SRC}/nng/src/sp/transport/mqtt/broker_tcp.c"
NMQ_PROTO = f"{NMQ_SRC}/nng/src/sp/protocol/mqtt/nmq_mqtt.c"
NMQ_BROKER = f"{NMQ_SRC}/nanomq/apps/broker.c"
NMQ_BRIDGE = f"{NMQ_SRC}/nanomq/bridge.c"
NMQ_HOOK = f"{NMQ_SRC}/nanomq/webhook_inproc.c"
NMQ_CLOUD = "mqtt-tcp://emqx.cloud.example.com:1883"


def nanomq(r: random.Random) -> list[Log]:
    """Two edge gateways of a plant (gw-line1, gw-line2), NanoMQ 0.21 with `log.level = info`
    to /var/log/nanomq/nanomq.log, 06:00 to 12:00: vibration sensors waking every 15 minutes
    (line 2's firmware closes the socket without DISCONNECT), PLCs with persistent sessions,
    line 2's Wi-Fi flapping 07:40-08:25, its historian falling behind 07:55-08:10, two PLCs with
    one client id on line 1 08:50-09:00, line 1's switch rebooted at 09:40, the cloud bridge down
    09:10-09:32, the webhook receiver down 10:40-10:58, a rotated password one HMI panel on line 2
    keeps failing 11:05-11:40, a scanner probing port 1883."""
    fs = Files()
    tids = {"line1": list(range(1214, 1226)), "line2": list(range(1198, 1210))}

    def N(
        gw: str,
        t: datetime,
        level: str,
        src: str,
        line: int,
        label: str,
        msg: str,
        tid: int | None = None,
    ) -> datetime:
        th = tid if tid is not None else r.choice(tids[gw])
        lines = msg.split("\n")
        return fs.add(
            f"{gw}-nanomq.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S} [{th}] {level:<5} {src}:{line}: {lines[0]}",
                *lines[1:],
            ],
            (gw, th),
            SEC,
        )

    def connect(gw: str, t: datetime, cid: str) -> tuple[datetime, int]:
        pid = djb_hash(cid)
        t = N(
            gw,
            t,
            "INFO",
            NMQ_TCP,
            212,
            "change p_id by hashing %s to %d rv %d",
            f"change p_id by hashing {cid} to {as_int(pid)} rv 0",
        )
        return t, pid

    def abrupt(gw: str, t: datetime, why: str = "Connection shutdown") -> datetime:
        th = r.choice(tids[gw])
        t = N(
            gw,
            t,
            "WARN",
            NMQ_TCP,
            652,
            f"nni aio recv error!! {why}",
            f"nni aio recv error!! {why}\n",
            th,
        )
        return N(
            gw,
            t,
            "WARN",
            NMQ_TCP,
            936,
            "tcptran_pipe_recv_cb: recv_error rv: %d",
            "tcptran_pipe_recv_cb: recv_error rv: 139\n",
            th,
        )

    def hook_fail(gw: str, t: datetime) -> None:
        if in_any(t, [(at(10, 40, 12), at(10, 58, 40))]):
            N(
                gw,
                t + sec(r.uniform(0.05, 0.4)),
                "WARN",
                NMQ_HOOK,
                268,
                "HTTP aio result error : Connection refused",
                "HTTP aio result error : Connection refused",
            )

    lines = {
        "line1": {
            "sensors": [f"vib-l1-{i:02d}" for i in range(1, 17)],
            "plcs": [f"plc-l1-{i:02d}" for i in range(1, 11)],
            "hmi": ["hmi-l1-a", "hmi-l1-b"],
        },
        "line2": {
            "sensors": [f"vib-l2-{i:02d}" for i in range(1, 13)],
            "plcs": [f"plc-l2-{i:02d}" for i in range(1, 9)],
            "hmi": ["hmi-l2-a", "hmi-l2-b"],
        },
    }
    wifi = (at(7, 40, 5), at(8, 25, 30))
    switch = (at(9, 40, 12), at(9, 41, 55))
    bridge_down = (at(9, 10, 41), at(9, 32, 18))

    for gw, devs in lines.items():
        # vibration sensors wake every 15 minutes, connect, publish a sample and sleep again
        for i, cid in enumerate(devs["sensors"]):
            off = 37 * i % 900 + r.uniform(0, 20)
            t = T0 + sec(off)
            while t < T_END:
                t += sec(r.uniform(-3, 3))
                if gw == "line2" and in_any(t, [wifi]) and r.random() < 0.55:
                    # the association drops half-way through the handshake
                    if r.random() < 0.6:
                        th = r.choice(tids[gw])
                        tt = N(
                            gw,
                            t,
                            "WARN",
                            NMQ_TCP,
                            336,
                            "nego aio error: Timed out",
                            "nego aio error: Timed out",
                            th,
                        )
                        N(
                            gw,
                            tt,
                            "ERROR",
                            NMQ_TCP,
                            471,
                            "connect nego error rv:(%d)",
                            "connect nego error rv:(5)",
                            th,
                        )
                    else:
                        tt, pid = connect(gw, t, cid)
                        N(
                            gw,
                            tt + sec(r.uniform(45, 46.5)),
                            "WARN",
                            NMQ_PROTO,
                            221,
                            "Warning: close pipe %u & kick client due to KeepAlive timeout!",
                            f"Warning: close pipe {pid} & kick client due to KeepAlive timeout!",
                        )
                    t += sec(r.uniform(40, 120))
                    continue
                tt, _ = connect(gw, t, cid)
                hook_fail(gw, tt)
                if gw == "line2":
                    abrupt(gw, tt + sec(r.uniform(1.2, 3.5)))
                t += sec(900)

        # PLCs: persistent sessions (clean_start = 0), QoS 1 telemetry every few seconds
        for cid in devs["plcs"]:
            pid = djb_hash(cid)
            drops = []
            if gw == "line1":
                drops.append(switch[0] + sec(r.uniform(0, 4)))
            drops += poisson(r, T0, T_END, 3.5 * 3600)
            for td in sorted(drops):
                th = r.choice(tids[gw])
                ka = (
                    td + sec(r.uniform(60, 62))
                    if gw == "line1" and abs((td - switch[0]).total_seconds()) < 10
                    else td
                )
                if ka is td:
                    tt = abrupt(gw, td, r.choice(["Connection shutdown", "Connection reset"]))
                else:
                    tt = N(
                        gw,
                        ka,
                        "WARN",
                        NMQ_PROTO,
                        221,
                        "Warning: close pipe %u & kick client due to KeepAlive timeout!",
                        f"Warning: close pipe {pid} & kick client due to KeepAlive timeout!",
                        th,
                    )
                tt = N(
                    gw,
                    tt,
                    "INFO",
                    NMQ_PROTO,
                    798,
                    "A keeping Session is step down",
                    "A keeping Session is step down",
                    th,
                )
                tt = N(
                    gw, tt, "INFO", NMQ_PROTO, 805, "session stored %u", f"session stored {pid}", th
                )
                hook_fail(gw, tt)
                back = max(tt, switch[1] if td < switch[1] and gw == "line1" else td) + sec(
                    r.uniform(4, 20)
                )
                tb, _ = connect(gw, back, cid)
                tb = N(
                    gw,
                    tb,
                    "INFO",
                    NMQ_PROTO,
                    676,
                    "resuming session %u with %u",
                    f"resuming session {pid} with {pid}",
                )
                hook_fail(gw, tb)
                for _ in range(r.randint(1, 4)):
                    tb = N(
                        gw,
                        tb + sec(r.uniform(2.5, 3.5)),
                        "INFO",
                        NMQ_PROTO,
                        253,
                        "resending qos msg id %u to pipe %u",
                        f"resending qos msg id {r.randint(1, 60000)} to pipe {pid}",
                    )

        # HMI panels reconnect after the nightly screen lock now and then
        for cid in devs["hmi"]:
            for tc in poisson(r, T0, T_END, 2.2 * 3600):
                tt, _ = connect(gw, tc, cid)
                hook_fail(gw, tt)
                abrupt(gw, tc - sec(r.uniform(5, 30)), "Connection reset")

    # line 2's historian cannot keep up while its disk is busy
    t = at(7, 55, 12)
    while t < at(8, 10, 40):
        N(
            "line2",
            t,
            "WARN",
            NMQ_PROTO,
            447,
            "Warning: msg lost due to reach the limit of lmq",
            "Warning: msg lost due to reach the limit of lmq",
        )
        t += sec(r.expovariate(1 / 14))

    # two PLCs on line 1 configured with the same client id kick each other
    t = at(8, 50, 33)
    pid = djb_hash("plc-l1-07")
    while t < at(9, 0, 20):
        tt, _ = connect("line1", t, "plc-l1-07")
        N(
            "line1",
            tt + sec(r.uniform(0.001, 0.8)),
            "WARN",
            NMQ_PROTO,
            171,
            "closing pipe due to session conflict",
            "closing pipe due to session conflict",
        )
        t += sec(r.uniform(12, 18))

    # the cloud bridge drops; forwarded telemetry is lost while its aio is stuck
    for gw in ["line1", "line2"]:
        t0 = bridge_down[0] + sec(r.uniform(0, 3))
        N(
            gw,
            t0,
            "WARN",
            NMQ_BRIDGE,
            463,
            "bridge client disconnected! RC [%d]",
            "bridge client disconnected! RC [139] \n",
        )
        t = t0 + sec(3)
        while t < bridge_down[1]:
            N(
                gw,
                t,
                "INFO",
                NMQ_BROKER,
                206,
                "bridging to %s aio busy! msg lost! Ctx: %d",
                f"bridging to {NMQ_CLOUD} aio busy! msg lost! Ctx: {r.randint(1, 32)}",
            )
            t += sec(r.expovariate(1 / 19))
        N(
            gw,
            bridge_down[1] + sec(r.uniform(0, 6)),
            "INFO",
            NMQ_BRIDGE,
            478,
            "Bridge client connected! RC [%d]",
            "Bridge client connected! RC [0]",
        )

    # an HMI panel still using the password rotated at 11:00
    t = at(11, 5, 9)
    while t < at(11, 40, 30):
        tt, _ = connect("line2", t, "hmi-l2-b")
        N(
            "line2",
            tt + sec(r.uniform(0.001, 0.3)),
            "WARN",
            NMQ_PROTO,
            641,
            "Invalid auth info or authentication denied",
            "Invalid auth info or authentication denied",
        )
        t += sec(r.uniform(9.5, 11))

    # a vulnerability scanner sends HTTP to 1883
    for gw, tt in [
        ("line1", at(6, 44, 18)),
        ("line2", at(6, 44, 21)),
        ("line1", at(10, 14, 2)),
        ("line2", at(10, 14, 5)),
    ]:
        th = r.choice(tids[gw])
        for _ in range(2):
            t = N(
                gw,
                tt,
                "ERROR",
                NMQ_TCP,
                361,
                "Illegal CONNECT Packet type %x",
                "Illegal CONNECT Packet type 47",
                th,
            )
            tt = N(
                gw,
                t,
                "ERROR",
                NMQ_TCP,
                471,
                "connect nego error rv:(%d)",
                "connect nego error rv:(13)",
                th,
            ) + sec(r.uniform(0.5, 2))
    return fs.logs(T0)


# -------------------------------------------------------------------------------- irqbalance

IRQ_SEP = "-" * 77


def jshort(t: datetime) -> str:
    """journalctl's `short` time: `Jun 07 06:00:10`."""
    return f"{t:%b %d %H:%M:%S}"


def irqbalance(r: random.Random) -> list[Log]:
    """`journalctl -u irqbalance` of four hosts, 06:00 to 12:00. db1 and db2 (RHEL 9 database
    servers, irqbalance 1.9 logging through syslog(3) under its argv[0], `/usr/sbin/irqbalance`):
    db1's 25G NIC gets 16 SR-IOV VFs at 07:19 and the vectors of two CPUs run out (`Cannot change
    IRQ %i affinity: No space left on device` every 10 s for the same IRQs) until the VFs are
    removed and irqbalance restarted at 08:38 (its NVMe queues' managed IRQs refuse once each:
    `Input/output error`, then `affinity is now unmanaged`); db2 runs with --powerthresh=2 (cpus
    entering powersave in quiet spells, `Load average increasing, re-enabling all cpus` when the
    batch load comes) and has two CPUs taken offline 10:20-10:50. util1, a 1-vCPU VM, reboots at
    07:31 and irqbalance exits at once. app1, a Debian testing VM created at 10:00 whose 1.9.3
    logs to the journal under systemd (sd_journal_print for every message, the console-only ones
    too): the scan separator every 10 s (three empty lines and the dashes, one journal entry that
    journalctl prints over four lines) and `Selecting irq %d for rebalancing`."""
    fs = Files()

    def J(h: str, ident: str, pid: int, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-irqbalance.log",
            t,
            label,
            lambda x: [f"{jshort(x)} {h} {ident}[{pid}]: {msg}"],
            (h, ident, pid),
            SEC,
        )

    def systemd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return J(h, "systemd", 1, t, label, msg)

    def sep(h: str, pid: int, t: datetime) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{jshort(x)} {h} irqbalance[{pid}]: "
            pad = " " * len(head)
            return [head, pad, pad, pad + IRQ_SEP]

        return fs.add(
            f"{h}-irqbalance.log",
            t,
            "\\n\\n\\n" + IRQ_SEP + "\\n",
            text,
            (h, "irqbalance", pid),
            SEC,
        )

    SB = "/usr/sbin/irqbalance"
    # ---- db1: ENOSPC while the VFs hold the vectors, then a restart
    pid = 1388
    vf_on, vf_off, restart = at(7, 19, 4), at(8, 36, 40), at(8, 38, 12)
    cycle = T0 + sec(7.3)
    while cycle < T_END:
        if vf_on + sec(20) <= cycle < restart:
            irqs = [212, 219] if cycle < at(7, 40) else [212, 219, 226]
            if cycle >= vf_off:
                irqs = []
            t = cycle
            for irq in irqs:
                t = J(
                    "db1",
                    SB,
                    pid,
                    t,
                    "Cannot change IRQ %i affinity: No space left on device",
                    f"Cannot change IRQ {irq} affinity: No space left on device",
                )
        if restart <= cycle < restart + sec(10):
            t = systemd("db1", restart, "Stopping %s...", "Stopping irqbalance daemon...")
            t = systemd(
                "db1",
                t + sec(0.02),
                "%s: Deactivated successfully.",
                "irqbalance.service: Deactivated successfully.",
            )
            t = systemd("db1", t + sec(0.001), "Stopped %s.", "Stopped irqbalance daemon.")
            t = systemd(
                "db1",
                t + sec(0.001),
                "%s: Consumed %s CPU time.",
                "irqbalance.service: Consumed 1min 52.318s CPU time.",
            )
            t = systemd("db1", t + sec(0.01), "Started %s.", "Started irqbalance daemon.")
            pid = 48213
            t += sec(10)
            for nvme in range(2):
                for q in range(8):
                    irq = 45 + nvme * 9 + q
                    t = J(
                        "db1",
                        SB,
                        pid,
                        t,
                        "Cannot change IRQ %i affinity: Input/output error",
                        f"Cannot change IRQ {irq} affinity: Input/output error",
                    )
                    t = J(
                        "db1",
                        SB,
                        pid,
                        t,
                        "IRQ %i affinity is now unmanaged",
                        f"IRQ {irq} affinity is now unmanaged",
                    )
            cycle = restart + sec(10.2)
        cycle += sec(10)

    # ---- db2: powersave with --powerthresh=2, two CPUs offline for a while
    pid = 1402
    busy = [(at(7, 0, 30), at(8, 31, 10)), (at(9, 29, 50), at(11, 2, 5))]
    saved: set[int] = set()
    cycle = T0 + sec(3.1)
    n = 0
    while cycle < T_END:
        n += 1
        if in_any(cycle, busy) or r.random() < 0.004:
            if saved:
                J(
                    "db2",
                    SB,
                    pid,
                    cycle,
                    "Load average increasing, re-enabling all cpus for irq balancing",
                    "Load average increasing, re-enabling all cpus for irq balancing",
                )
                saved.clear()
        elif r.random() < 0.28 and len(saved) < 40:
            free = [c for c in range(48) if c not in saved and c not in (46, 47)]
            c = min(free, key=lambda c: (c * 7 + n) % 48)
            saved.add(c)
            J(
                "db2",
                SB,
                pid,
                cycle,
                "cpu %d entering powersave mode",
                f"cpu {c} entering powersave mode",
            )
        if at(10, 20, 14) <= cycle < at(10, 20, 34) or at(10, 50, 3) <= cycle < at(10, 50, 13):
            J(
                "db2",
                SB,
                pid,
                cycle + sec(0.2),
                "WARNING, didn't collect load info for all cpus, balancing is broken",
                "WARNING, didn't collect load info for all cpus, balancing is broken",
            )
        cycle += sec(10)

    # ---- util1: a single vCPU, rebooted for a kernel update
    t = systemd("util1", at(7, 31, 2), "Stopping %s...", "Stopping irqbalance daemon...")
    t = systemd(
        "util1",
        t + sec(0.01),
        "%s: Deactivated successfully.",
        "irqbalance.service: Deactivated successfully.",
    )
    t = systemd("util1", t, "Stopped %s.", "Stopped irqbalance daemon.")
    t = systemd("util1", at(7, 32, 19), "Started %s.", "Started irqbalance daemon.")
    t = J(
        "util1",
        SB,
        702,
        t + sec(0.1),
        "Balancing is ineffective on systems with a single cpu.  Shutting down",
        "Balancing is ineffective on systems with a single cpu.  Shutting down",
    )
    systemd(
        "util1",
        t + sec(0.01),
        "%s: Deactivated successfully.",
        "irqbalance.service: Deactivated successfully.",
    )

    # ---- app1: a new VM whose irqbalance logs to the journal, the separator included
    pid = 771
    t = systemd(
        "app1", at(10, 0, 41), "Started %s.", "Started irqbalance.service - irqbalance daemon."
    )
    t = J(
        "app1",
        "irqbalance",
        pid,
        t + sec(0.05),
        "Prevent irq assignment to these isolated CPUs: %s",
        "Prevent irq assignment to these isolated CPUs: 00000000",
    )
    t = J(
        "app1",
        "irqbalance",
        pid,
        t,
        "Prevent irq assignment to these adaptive-ticks CPUs: %s",
        "Prevent irq assignment to these adaptive-ticks CPUs: 00000000",
    )
    t = J("app1", "irqbalance", pid, t, "Banned CPUs: %s", "Banned CPUs: 00000000")
    app_irqs = [0, 1, 4, 8, 9, 12, 14, 15, *range(24, 41)]
    for irq in app_irqs:
        t = J(
            "app1",
            "irqbalance",
            pid,
            t,
            "Adding IRQ %d to database",
            f"Adding IRQ {irq} to database",
        )
    cycle = at(10, 0, 41) + sec(10.4)
    first = True
    net = [30, 31, 32, 33, 34, 35, 36, 37]
    while cycle < T_END:
        t = sep("app1", pid, cycle)
        if first:
            for irq in [25, 26, 27, 28]:
                t = J(
                    "app1",
                    "irqbalance",
                    pid,
                    t,
                    "Cannot change IRQ %i affinity: Input/output error",
                    f"Cannot change IRQ {irq} affinity: Input/output error",
                )
                t = J(
                    "app1",
                    "irqbalance",
                    pid,
                    t,
                    "IRQ %i affinity is now unmanaged",
                    f"IRQ {irq} affinity is now unmanaged",
                )
            first = False
        elif r.random() < 0.3:
            for irq in r.sample(net, r.choice([1, 1, 1, 2])):
                t = J(
                    "app1",
                    "irqbalance",
                    pid,
                    t,
                    "Selecting irq %d for rebalancing",
                    f"Selecting irq {irq} for rebalancing",
                )
        cycle += sec(10)
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- tgtd


def jprecise(t: datetime) -> str:
    """journalctl's `short-precise` time: `Jun 07 06:00:10.123456`."""
    return f"{t:%b %d %H:%M:%S}.{t.microsecond:06d}"


TGT_LUNS = {
    "stor1": [
        (1, "iqn.2016-09.lan.example:stor1.vmstore", "path=/dev/vg_iscsi/lv_vmstore1"),
        (1, "iqn.2016-09.lan.example:stor1.vmstore", "path=/dev/vg_iscsi/lv_vmstore2"),
        (2, "iqn.2016-09.lan.example:stor1.backup", "path=/srv/iscsi/backup01.img,bstype=rdwr"),
    ],
    "stor2": [
        (1, "iqn.2016-09.lan.example:stor2.vmstore", "path=/dev/md/array0p1"),
        (1, "iqn.2016-09.lan.example:stor2.vmstore", "path=/dev/md/array0p2"),
        (2, "iqn.2016-09.lan.example:stor2.db", "path=/dev/md/array0p3,bstype=aio"),
        (2, "iqn.2016-09.lan.example:stor2.db", "path=/dev/md/array0p4,bstype=aio"),
    ],
}


def tgtd(r: random.Random) -> list[Log]:
    """Two Ubuntu 22.04 storage hosts exporting LUNs to four KVM hosts with tgt 1.0.80 (`tgtd -f`
    under systemd: every message on stderr behind `tgtd: ` and `func(line) `), `journalctl -u tgt
    -o short-precise`, 06:00 to 12:00: the monitoring's TCP check of each portal every minute
    (`connection closed, %p %u` for each, the same freed connection reused), stor1's backup LUN
    (a sparse file on /srv) running out of space under the 07:30 backup (`io error %p %x %d %d
    %lu, No space left on device` for its writes), a LUN added live at 08:05 (`sz:%d params:%s`,
    `%d` worker threads), stor2's array rebuilding 09:15-09:40 so that the initiators abort
    commands and reconnect (`found %lx %lx`, `found %lx %d`, `Forcing release of ... task`), one
    of stor1's ports flapping at 10:05 (`tcp connection timed out after %d failed NOP-OUT`), and
    tgt restarted on stor2 at 11:20 (systemd's lines, the start-up's `Failed to initialize RDMA;
    load kernel modules?`, `use timer_fd based scheduler`, `use signalfd notification`)."""
    fs = Files()
    pids = {"stor1": 1187, "stor2": 1203}

    def T(h: str, t: datetime, func: str, line: int, label: str, msg: str) -> datetime:
        p = pids[h]
        return fs.add(
            f"{h}-tgt.log",
            t,
            label,
            lambda x: [f"{jprecise(x)} {h} tgtd[{p}]: tgtd: {func}({line}) {msg}"],
            (h, p),
            1,
        )

    def systemd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-tgt.log",
            t,
            label,
            lambda x: [f"{jprecise(x)} {h} systemd[1]: {msg}"],
            (h, "systemd"),
            1,
        )

    def closed(h: str, t: datetime, ptr: str, ref: int = 1) -> datetime:
        return T(
            h, t, "conn_close", 101, "connection closed, %p %u", f"connection closed, {ptr} {ref}"
        )

    # the monitoring's TCP check of every portal, each minute; glibc hands back the same chunk
    probe_ptr = {h: [heap_ptr(r), heap_ptr(r)] for h in pids}
    restart = at(11, 20, 6)
    for h, portals in [("stor1", 2), ("stor2", 2)]:
        for p in range(portals):
            t = T0 + sec(11 + 23 * p + (5 if h == "stor2" else 0))
            while t < T_END:
                tt = t + sec(r.uniform(0.0005, 0.004))
                if not (h == "stor2" and restart - sec(2) <= tt < restart + sec(14)):
                    ptr = probe_ptr[h][0] if r.random() < 0.8 else probe_ptr[h][1]
                    closed(h, tt, ptr)
                t += sec(60)

    # stor1's backup LUN fills /srv while the 07:30 backup writes
    t = at(7, 41, 37)
    off = 1_288_490_188_800
    while t < at(8, 2, 10):
        burst = r.randint(2, 9)
        for _ in range(burst):
            op, ln = r.choice([("2a", 524288), ("2a", 524288), ("8a", 1048576), ("2a", 65536)])
            t = T(
                "stor1",
                t + sec(r.uniform(0.0002, 0.01)),
                "bs_rdwr_request",
                370,
                "io error %p %x %d %d %lu, No space left on device",
                f"io error {heap_ptr(r, 0x7F3A58000000)} {op} -1 {ln} {off}, No space left on device",
            )
            off += ln
        t += sec(r.expovariate(1 / 25))

    # a LUN added live with tgt-admin --update
    params = "path=/dev/vg_iscsi/lv_vmstore3"
    t = T(
        "stor1",
        at(8, 5, 22) + sec(0.31),
        "device_mgmt",
        246,
        "sz:%d params:%s",
        f"sz:{len(params) + 1} params:{params}",
    )
    T("stor1", t + sec(0.0004), "bs_thread_open", 409, "%d", "16")

    # stor2's array rebuilds: commands time out on the initiators, which abort and reconnect
    rebuild = (at(9, 15, 40), at(9, 40, 20))
    sessions = {f"kvm{i}": heap_ptr(r) for i in range(1, 5)}
    t = rebuild[0]
    while t < rebuild[1]:
        kvm = r.choice(list(sessions))
        tag = r.randrange(0x10000000, 0x7FFFFFFF)
        k = r.randint(1, 3)
        tt = t
        for _ in range(k):
            tt = T(
                "stor2",
                tt + sec(r.uniform(0.00005, 0.0008)),
                "abort_cmd",
                1291,
                "found %lx %lx",
                f"found {tag:x} {r.choice([2, 6, 6, 6])}",
            )
            tag += r.randint(1, 40)
        if r.random() < 0.55:
            tt = T(
                "stor2",
                tt + sec(r.uniform(0.0001, 0.001)),
                "abort_task_set",
                1312,
                "found %lx %d",
                f"found {tag:x} 0",
            )
        if r.random() < 0.35:
            # the initiator gives up on the session and logs in again
            ptr = sessions[kvm]
            tt = closed("stor2", tt + sec(r.uniform(5, 12)), ptr, r.choice([1, 2]))
            for _ in range(r.randint(0, 4)):
                tt = T(
                    "stor2",
                    tt + sec(0.00002),
                    "conn_close",
                    130,
                    "Forcing release of pending task %p %lx",
                    f"Forcing release of pending task {heap_ptr(r, 0x7F3A50000000)} {r.randrange(0x10000000, 0x7FFFFFFF):x}",
                )
            for _ in range(r.randint(1, 6)):
                tt = T(
                    "stor2",
                    tt + sec(0.00002),
                    "conn_close",
                    156,
                    "Forcing release of tx task %p %lx %x",
                    f"Forcing release of tx task {heap_ptr(r, 0x7F3A50000000)} {r.randrange(0x10000000, 0x7FFFFFFF):x} 1",
                )
            sessions[kvm] = heap_ptr(r)
        t += sec(r.expovariate(1 / 19))

    # one of stor1's ports flaps: the NOP-In pings go unanswered
    for kvm in range(4):
        t = at(10, 5, 31) + sec(kvm * 0.7 + r.uniform(0, 4))
        t = T(
            "stor1",
            t,
            "iscsi_tcp_nop_work_handler",
            127,
            "tcp connection timed out after %d failed NOP-OUT",
            "tcp connection timed out after 3 failed NOP-OUT",
        )
        t = closed("stor1", t + sec(0.00003), heap_ptr(r), 2)
        for _ in range(r.randint(1, 3)):
            t = T(
                "stor1",
                t + sec(0.00002),
                "conn_close",
                156,
                "Forcing release of tx task %p %lx %x",
                f"Forcing release of tx task {heap_ptr(r, 0x7F3A50000000)} {r.randrange(0x10000000, 0x7FFFFFFF):x} 1",
            )

    # tgt restarted on stor2 for a changed backing store
    t = systemd("stor2", restart, "Stopping %s...", "Stopping (i)SCSI target daemon...")
    for _ in range(8):
        t = closed("stor2", t + sec(r.uniform(0.05, 0.3)), heap_ptr(r), 1)
    t = systemd(
        "stor2",
        t + sec(1.2),
        "%s: Deactivated successfully.",
        "tgt.service: Deactivated successfully.",
    )
    t = systemd("stor2", t + sec(0.0002), "Stopped %s.", "Stopped (i)SCSI target daemon.")
    t = systemd(
        "stor2",
        t + sec(0.0001),
        "%s: Consumed %s CPU time.",
        "tgt.service: Consumed 6min 41.337s CPU time.",
    )
    t = systemd("stor2", t + sec(0.01), "Starting %s...", "Starting (i)SCSI target daemon...")
    pids["stor2"] = 311904
    t = T(
        "stor2",
        t + sec(0.02),
        "iser_ib_init",
        3436,
        "Failed to initialize RDMA; load kernel modules?",
        "Failed to initialize RDMA; load kernel modules?",
    )
    t = T(
        "stor2",
        t + sec(0.0003),
        "work_timer_start",
        146,
        "use timer_fd based scheduler",
        "use timer_fd based scheduler",
    )
    t = T(
        "stor2",
        t + sec(0.0002),
        "bs_init",
        387,
        "use signalfd notification",
        "use signalfd notification",
    )
    for _tid, _iqn, params in TGT_LUNS["stor2"]:
        t = T(
            "stor2",
            t + sec(r.uniform(0.05, 0.2)),
            "device_mgmt",
            246,
            "sz:%d params:%s",
            f"sz:{len(params) + 1} params:{params}",
        )
        if "bstype=aio" not in params:
            t = T("stor2", t + sec(0.0003), "bs_thread_open", 409, "%d", "16")
    systemd("stor2", t + sec(0.3), "Started %s.", "Started (i)SCSI target daemon.")
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- rumqttd

RQ_BANNER = [
    "         ___ _   _ __  __  ___ _____ _____ ___  ",
    "        | _ \\ | | |  \\/  |/ _ \\_   _|_   _|   \\ ",
    "        |   / |_| | |\\/| | (_) || |   | | | |) |",
    "        |_|_\\\\___/|_|  |_|\\__\\_\\|_|   |_| |___/ ",
    "    ",
    "",
]
RQ_ROUTING = "rumqttd::router::routing"
RQ_BROKER = "rumqttd::server::broker"
RQ_BRIDGE = "rumqttd::link::bridge"
RQ_RESET = (
    'Network(Io(Os { code: 104, kind: ConnectionReset, message: "Connection reset by peer" }))'
)
RQ_ABORTED = 'Custom { kind: ConnectionAborted, error: "connection closed by peer" }'
RQ_KEEPALIVE = "Network(KeepAlive(Elapsed(())))"


class RqBroker:
    """One rumqttd process: the router's connection slab (a freed id is the next one handed
    out) and the v4 server's accept count."""

    def __init__(self) -> None:
        self.free: list[int] = []
        self.next = 0
        self.count = 0
        self.conns: dict[str, int] = {}

    def insert(self, cid: str) -> int:
        if self.free:
            i = self.free.pop()
        else:
            i = self.next
            self.next += 1
        self.conns[cid] = i
        return i

    def remove(self, cid: str) -> int:
        i = self.conns.pop(cid)
        self.free.append(i)
        return i


def rumqttd(r: random.Random) -> list[Log]:
    """Two rumqttd 0.19 brokers (mqtt-a, mqtt-b) behind HAProxy for a fleet of 140 EV chargers,
    run as `rumqttd -c /etc/rumqttd.toml -v` (info) with tracing-subscriber's pretty format
    (file and line off, NO_COLOR set), stdout appended to a file, 06:00 to 12:00: HAProxy's TCP
    check every minute (`accept` and `Error while handling MQTT connect packet` with the
    ConnectionAborted error), chargers reconnecting (`disconnected` with a reset, an abort or a
    keep-alive timeout, `Disconnecting connection`, `accept`, `Client connection registered`,
    `Adding subscription on topic %s`), a carrier outage 08:20-08:45, the fleet tool's
    connect-publish-disconnect every 10 minutes (`router-drop`), a replaced charger and its
    predecessor sharing one client id 09:30-09:33 (`Duplicate client_id, dropping previous
    connection with connection_id: %d`), mqtt-a's bridge to the cloud broker lost 10:40-10:52
    (`Unable to read from network stream, reconnecting - %s`, `Error, retrying`, `Connected to
    remote`), mqtt-b restarted at 11:05 (the banner, `Listening for remote connections`) and its
    chargers back within 40 s (the first few on mqtt-a)."""
    fs = Files()
    brokers = {"mqtt-a": RqBroker(), "mqtt-b": RqBroker()}

    def ev(
        h: str,
        t: datetime,
        level: str,
        target: str,
        label: str,
        msg: str,
        spans: list[tuple[str, str, str]],
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z"
            out = [f"  {ts} {level:>5} {target}: {msg}"]
            for st, name, fields in spans:
                out.append(f"    in {st}::{name}" + (f" with {fields}" if fields else ""))
            out.append("")
            return out

        return fs.add(f"{h}-rumqttd.log", t, label, text, h, 1)

    def run_spans(conn_id: int) -> list[tuple[str, str, str]]:
        return [(RQ_ROUTING, "[>] incoming", f"connection_id: {conn_id}"), (RQ_ROUTING, "run", "")]

    def remote_span(
        cid: str | None = None, conn_id: int | None = None
    ) -> list[tuple[str, str, str]]:
        f = "tenant_id: None"
        if cid is not None:
            f += f', client_id: "{cid}", connection_id: {conn_id}'
        return [(RQ_BROKER, "remote_link", f)]

    def accept(h: str, t: datetime, addr: str) -> datetime:
        b = brokers[h]
        b.count += 1
        return ev(
            h,
            t,
            "INFO",
            RQ_BROKER,
            "accept",
            f'accept, name: "v4-1", addr: {addr}, count: {b.count - 1}, tenant: None',
            [],
        )

    def connect(h: str, t: datetime, cid: str, addr: str, subs: list[str]) -> datetime:
        t = accept(h, t, addr)
        b = brokers[h]
        cidx = b.insert(cid)
        t = ev(
            h,
            t + sec(r.uniform(0.02, 0.35)),
            "INFO",
            RQ_ROUTING,
            "Client connection registered",
            f"Client connection registered, connection_id: {cidx}",
            [(RQ_ROUTING, "incoming_connect", f'client_id: "{cid}"'), *run_spans(cidx)],
        )
        for topic in subs:
            t = ev(
                h,
                t + sec(r.uniform(0.01, 0.12)),
                "INFO",
                RQ_ROUTING,
                "Adding subscription on topic %s",
                f"Adding subscription on topic {topic}",
                [
                    (RQ_ROUTING, "subscribe", f'topic: "{topic}", pkid: 1'),
                    (RQ_ROUTING, "incoming_payload", f'client_id: "{cid}"'),
                    *run_spans(cidx),
                ],
            )
        return t

    def drop(h: str, t: datetime, cid: str, why: str) -> datetime:
        b = brokers[h]
        cidx = b.conns[cid]
        if why == "aborted":
            t = ev(
                h,
                t,
                "INFO",
                RQ_BROKER,
                f"disconnected, error: {RQ_ABORTED}",
                f"disconnected, error: {RQ_ABORTED}",
                remote_span(cid, cidx),
            )
        else:
            err = RQ_RESET if why == "reset" else RQ_KEEPALIVE
            t = ev(
                h,
                t,
                "ERROR",
                RQ_BROKER,
                f"disconnected, error: {err}",
                f"disconnected, error: {err}",
                remote_span(cid, cidx),
            )
        b.remove(cid)
        return ev(
            h,
            t + sec(r.uniform(0.0001, 0.002)),
            "INFO",
            RQ_ROUTING,
            "Disconnecting connection",
            "Disconnecting connection",
            [(RQ_ROUTING, "incoming_disconnect", f'client_id: "{cid}"'), *run_spans(cidx)],
        )

    def addr_of(i: int) -> str:
        return f"100.{64 + i // 200}.{(i * 37) % 250 + 2}.{(i * 11) % 250 + 3}:{r.randint(32768, 60999)}"

    def subs_of(cid: str) -> list[str]:
        return [f"chargers/{cid}/cmd", f"chargers/{cid}/config"]

    # the chargers are already connected when the log begins
    chargers = [f"evc-{i:04d}" for i in range(1, 141)]
    idx = {cid: i for i, cid in enumerate(chargers, 1)}
    home = {cid: ("mqtt-a" if i % 2 else "mqtt-b") for i, cid in enumerate(chargers)}
    for h in brokers:
        b = brokers[h]
        b.count = {"mqtt-a": 21877, "mqtt-b": 21544}[h]
        b.next = 3
    for cid in chargers:
        brokers[home[cid]].insert(cid)
    brokers["mqtt-a"].insert("cloud-bridge")

    restart_b = at(11, 5, 12)
    outage = (at(8, 20, 10), at(8, 44, 20))
    dup = (at(9, 30, 4), at(9, 33, 10))

    # everything that changes the routers' state runs in time order
    queue: list[tuple[datetime, int, str, tuple]] = []
    seq = iter(range(10**9))

    def push(t: datetime, kind: str, *args: object) -> None:
        heapq.heappush(queue, (t, next(seq), kind, args))

    for h, off in [("mqtt-a", 17.2), ("mqtt-b", 44.9)]:
        push(T0 + sec(off), "check", h)
    hit = set(r.sample(chargers, 24))
    for cid in chargers:
        if cid == "evc-0077":
            continue
        for tt in poisson(r, T0, T_END, 16 * 3600):
            push(
                tt,
                "drop",
                cid,
                r.choice(["reset", "reset", "aborted", "aborted", "keepalive"]),
                None,
            )
        if cid in hit:
            push(
                outage[0] + sec(r.uniform(0, 240) + 90),
                "drop",
                cid,
                "keepalive",
                outage[1] + sec(r.uniform(0, 190)),
            )
    push(T0 + sec(7 * 60 + 3.4), "fleet")
    push(dup[0], "dup", 0)
    push(restart_b, "restart")
    down_b = False
    old_addr, new_addr = addr_of(77), f"100.66.14.201:{r.randint(32768, 60999)}"

    while queue:
        t, _, kind, args = heapq.heappop(queue)
        if t >= T_END:
            continue
        if kind == "check":
            (h,) = args
            if not (h == "mqtt-b" and down_b):
                tt = accept(h, t + sec(r.uniform(0, 0.003)), f"10.60.0.5:{r.randint(32768, 60999)}")
                ev(
                    h,
                    tt + sec(r.uniform(0.0002, 0.002)),
                    "ERROR",
                    RQ_BROKER,
                    'Error while handling MQTT connect packet, error: Network(Io(Custom { kind: ConnectionAborted, error: "connection closed by peer" }))',
                    'Error while handling MQTT connect packet, error: Network(Io(Custom { kind: ConnectionAborted, error: "connection closed by peer" }))',
                    remote_span(),
                )
            push(t + sec(60), "check", h)
        elif kind == "drop":
            cid, why, back = args
            h = home[cid]
            if cid not in brokers[h].conns or (h == "mqtt-b" and down_b):
                continue
            td = drop(h, t, cid, why)
            push(back or td + sec(r.uniform(4, 75)), "connect", cid)
        elif kind == "connect":
            (cid,) = args
            h = home[cid]
            if cid in brokers[h].conns:
                continue
            connect(h, t, cid, addr_of(idx[cid]), subs_of(cid))
        elif kind == "fleet":
            cid = "fleet-cli-" + hexid(r, 8)
            tt = connect("mqtt-a", t, cid, f"10.60.4.21:{r.randint(32768, 60999)}", [])
            cidx = brokers["mqtt-a"].conns[cid]
            tt = ev(
                "mqtt-a",
                tt + sec(r.uniform(0.05, 0.4)),
                "INFO",
                RQ_ROUTING,
                "Disconnecting connection",
                "Disconnecting connection",
                [
                    (RQ_ROUTING, "incoming_disconnect", f'client_id: "{cid}"'),
                    (RQ_ROUTING, "incoming_payload", f'client_id: "{cid}"'),
                    *run_spans(cidx),
                ],
            )
            brokers["mqtt-a"].remove(cid)
            ev(
                "mqtt-a",
                tt + sec(r.uniform(0.0001, 0.001)),
                "ERROR",
                RQ_BROKER,
                "router-drop, error: Recv(Disconnected)",
                "router-drop, error: Recv(Disconnected)",
                remote_span(cid, cidx),
            )
            push(t + sec(600 + r.uniform(-2, 2)), "fleet")
        elif kind == "dup":
            # the replaced charger evc-0077 and its predecessor, both online with one client id
            (which,) = args
            h = home["evc-0077"]
            b = brokers[h]
            tt = accept(h, t, [old_addr, new_addr][which])
            prev = b.conns["evc-0077"]
            tt = ev(
                h,
                tt + sec(r.uniform(0.02, 0.2)),
                "ERROR",
                RQ_ROUTING,
                "Duplicate client_id, dropping previous connection with connection_id: %d",
                f"Duplicate client_id, dropping previous connection with connection_id: {prev}",
                [(RQ_ROUTING, "incoming_connect", 'client_id: "evc-0077"'), *run_spans(prev)],
            )
            tt = ev(
                h,
                tt + sec(0.00004),
                "INFO",
                RQ_ROUTING,
                "Disconnecting connection",
                "Disconnecting connection",
                [
                    (RQ_ROUTING, "incoming_disconnect", 'client_id: "evc-0077"'),
                    (RQ_ROUTING, "incoming_connect", 'client_id: "evc-0077"'),
                    *run_spans(prev),
                ],
            )
            b.remove("evc-0077")
            new = b.insert("evc-0077")
            tt = ev(
                h,
                tt + sec(0.00005),
                "INFO",
                RQ_ROUTING,
                "Client connection registered",
                f"Client connection registered, connection_id: {new}",
                [(RQ_ROUTING, "incoming_connect", 'client_id: "evc-0077"'), *run_spans(new)],
            )
            tt = ev(
                h,
                tt + sec(r.uniform(0.0005, 0.004)),
                "ERROR",
                RQ_BROKER,
                "router-drop, error: Recv(Disconnected)",
                "router-drop, error: Recv(Disconnected)",
                remote_span("evc-0077", prev),
            )
            if r.random() < 0.15:
                ev(
                    h,
                    tt + sec(r.uniform(0.001, 0.01)),
                    "ERROR",
                    RQ_ROUTING,
                    "no-connection id %d is already gone",
                    f"no-connection id {prev} is already gone",
                    run_spans(prev),
                )
            for topic in subs_of("evc-0077"):
                tt = ev(
                    h,
                    tt + sec(r.uniform(0.01, 0.1)),
                    "INFO",
                    RQ_ROUTING,
                    "Adding subscription on topic %s",
                    f"Adding subscription on topic {topic}",
                    [
                        (RQ_ROUTING, "subscribe", f'topic: "{topic}", pkid: 1'),
                        (RQ_ROUTING, "incoming_payload", 'client_id: "evc-0077"'),
                        *run_spans(new),
                    ],
                )
            if t + sec(9) < dup[1]:
                push(t + sec(r.uniform(5, 9)), "dup", 1 - which)
        elif kind == "restart":
            # mqtt-b is restarted; its chargers move to mqtt-a while it is down
            down_b = True
            for cid in sorted(brokers["mqtt-b"].conns):
                delay = r.uniform(0.8, 40)
                if delay < 1.9:
                    home[cid] = "mqtt-a"
                push(t + sec(delay), "connect", cid)
            brokers["mqtt-b"] = RqBroker()
            push(t + sec(1.9), "up")
        elif kind == "up":
            down_b = False
            tt = fs.add(
                "mqtt-b-rumqttd.log", t, "(rumqttd banner)", lambda x: list(RQ_BANNER), "mqtt-b", 1
            )
            for name, listen in r.sample([("v4-1", "0.0.0.0:1883"), ("v5-1", "0.0.0.0:1884")], 2):
                tt = ev(
                    "mqtt-b",
                    tt + sec(r.uniform(0.0001, 0.0008)),
                    "INFO",
                    RQ_BROKER,
                    "Listening for remote connections",
                    f'Listening for remote connections, config: "{name}", listen_addr: "{listen}"',
                    [],
                )

    # mqtt-a's bridge to the cloud broker
    bspan = [(RQ_BRIDGE, "bridge_link", "")]
    t = ev(
        "mqtt-a",
        at(10, 40, 6) + sec(0.27),
        "WARN",
        RQ_BRIDGE,
        "Unable to read from network stream, reconnecting - %s",
        "Unable to read from network stream, reconnecting - I/O = connection closed by peer",
        bspan,
    )
    t += sec(10)
    while t < at(10, 52, 31):
        t = ev(
            "mqtt-a",
            t + sec(r.uniform(0.0005, 0.002)),
            "ERROR",
            RQ_BRIDGE,
            'Error, retrying, error: Io(Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })',
            'Error, retrying, error: Io(Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })',
            bspan,
        )
        t += sec(10)
    ev(
        "mqtt-a",
        t + sec(0.003),
        "INFO",
        RQ_BRIDGE,
        "Connected to remote",
        'Connected to remote, remote_addr: "10.70.0.10:1883"',
        bspan,
    )

    return fs.logs(T0)


# ---------------------------------------------------------------------------------- informix

IFX_LOGFULL = "/opt/informix/etc/log_full.sh"
IFX_SPACES = "rootdbs, plogdbs, llogdbs, datadbs1, datadbs2, sbspace1"


def informix(r: random.Random) -> list[Log]:
    """The message log of an Informix 14.10.FC10 instance (`online.log`, `HH:MM:SS  message`, no
    date but the checkpoint's own), 06:00 to 12:00 on a warehouse-and-orders system: checkpoints
    every five minutes (four lines each, with the blank lines online.log puts between them) and
    every minute or so under the 07:00-08:40 batch load, logical logs filling (`Logical Log %d
    Complete, timestamp: 0x%x.`) and backed up by ALARMPROG's log_full.sh through onbar (`Logical
    Log %d - Backup Started` / `Backup Completed`), the level-0 archive at 06:30, an ETL account
    whose password was changed at 06:00 failing every 10 s until 07:00 (`listener-thread: err =
    -951: ...`), the physical-log performance advisory twice under the batch, new virtual
    segments, a long transaction aborted, the lock table overflowing at 08:12, a switch failover
    breaking client connections at 09:12, an assertion failure in a session's thread at 09:58 (the
    `Who:` part over three lines, the thread suspended), and the backup target unreachable
    10:05-10:36 (`Process exited with return code 1: ...` for every log, then the backlog backed
    up)."""
    fs = Files()
    F = "online.log"

    def L(
        t: datetime, thread: str, label: str, msg: str, cont: list[str] | None = None
    ) -> datetime:
        more = cont or []
        return fs.add(F, t, label, lambda x: [f"{x:%H:%M:%S}  {msg}", *more], thread, SEC)

    state = {"loguniq": 21877, "interval": 41602}
    batch = (at(7, 0, 12), at(8, 40, 5))

    def ts_at(t: datetime) -> int:
        """The server's timestamp, moving with the work done (faster under the batch)."""
        s = (t - T0).total_seconds()
        b = max(0.0, (min(t, batch[1]) - batch[0]).total_seconds())
        return 0x5A3C21F0 + int(900 * s + 4300 * b) + ((t.minute * 61 + t.second * 7) % 300)

    log_done: list[datetime] = []
    nfs_down = (at(10, 5, 40), at(10, 36, 20))
    pending: list[int] = []

    # logical logs fill and are backed up by ALARMPROG (log_full.sh -> onbar -b -l)
    t = T0 + sec(r.uniform(20, 90))
    while t < T_END:
        uniq = state["loguniq"]
        tt = fs.add(
            F,
            t,
            "Logical Log %d Complete, timestamp: 0x%x.",
            lambda x, u=uniq: [
                f"{x:%H:%M:%S}  Logical Log {u} Complete, timestamp: {ts_at(x):#x}."
            ],
            "log",
            SEC,
        )
        msg = f"Logical Log {uniq} Complete, timestamp: {ts_at(tt):#x}."
        log_done.append(tt)
        if in_any(tt, [nfs_down]):
            L(
                tt + sec(r.uniform(35, 48)),
                "alarm",
                "Process exited with return code %d: %s",
                f'Process exited with return code 1: /bin/sh /bin/sh -c {IFX_LOGFULL} 2 23 "{msg}" "{msg}"',
            )
            pending.append(uniq)
        else:
            tb = L(
                tt + sec(r.uniform(1, 3)),
                "backup",
                "Logical Log %d - Backup Started",
                f"Logical Log {uniq} - Backup Started",
            )
            L(
                tb + sec(r.uniform(2, 9)),
                "backup",
                "Logical Log %d - Backup Completed",
                f"Logical Log {uniq} - Backup Completed",
            )
        state["loguniq"] += 1
        t += sec(r.uniform(14, 26) if in_any(t, [batch]) else r.uniform(110, 190))
    # the backlog once the backup target is back (the DBA runs onbar -b -l)
    tb = nfs_down[1] + sec(95)
    for uniq in pending:
        tb = L(
            tb + sec(r.uniform(0.5, 1.5)),
            "backup",
            "Logical Log %d - Backup Started",
            f"Logical Log {uniq} - Backup Started",
        )
        tb = L(
            tb + sec(r.uniform(2, 6)),
            "backup",
            "Logical Log %d - Backup Completed",
            f"Logical Log {uniq} - Backup Completed",
        )

    # checkpoints: CKPTINTVL 300, and RTO_SERVER_RESTART's more frequent ones under the batch
    t = T0 + sec(r.uniform(60, 200))
    while t < T_END:
        busy = in_any(t, [batch])
        dur = r.choice([0, 0, 0, 1]) if not busy else r.choice([0, 1, 1, 2, 3, 4])
        tt = L(
            t,
            "ckpt",
            "Checkpoint Completed:  duration was %d seconds.",
            f"Checkpoint Completed:  duration was {dur} seconds.",
        )
        state["interval"] += 1
        lp = r.randrange(0x20, 0x2F00) * 0x1000 + 0x18
        tt = fs.add(
            F,
            tt,
            "%s - loguniq %d, logpos 0x%x, timestamp: 0x%x Interval: %d",
            lambda x, lp=lp: [
                f"{x:%H:%M:%S}  {x:%a %b} {x.day:2d} - loguniq {21877 + bisect.bisect_right(log_done, x)}, logpos {lp:#x}, timestamp: {ts_at(x):#x} Interval: {state['interval']}",
                "",
            ],
            "ckpt",
            SEC,
        )
        conns = r.randint(140, 260) if busy else r.randint(35, 120)
        tt = L(tt, "ckpt", "Maximum server connections %d", f"Maximum server connections {conns} ")
        blocked = r.randint(1, 40) if busy and dur >= 2 else 0
        avg = r.uniform(0.05, 0.9) if blocked else 0.0
        plog = r.randint(4000, 60000) if busy else r.randint(40, 1800)
        llog = r.randint(3000, 40000) if busy else r.randint(60, 2500)
        fs.add(
            F,
            tt,
            "Checkpoint Statistics - Avg. Txn Block Time %.3f, # Txns blocked %d, Plog used %d, Llog used %d",
            lambda x, a=avg, b=blocked, p=plog, lg=llog: [
                f"{x:%H:%M:%S}  Checkpoint Statistics - Avg. Txn Block Time {a:.3f}, # Txns blocked {b}, Plog used {p}, Llog used {lg}",
                "",
            ],
            "ckpt",
            SEC,
        )
        t += sec(r.uniform(55, 95) if busy else r.uniform(299, 302))

    # the level-0 archive
    L(
        at(6, 30, 2),
        "archive",
        "Level 0 Archive started on %s",
        f"Level 0 Archive started on {IFX_SPACES}",
    )
    L(
        at(6, 57, 41),
        "archive",
        "Archive on %s Completed (requested Level 0).",
        f"Archive on {IFX_SPACES} Completed (requested Level 0).",
    )

    # the ETL account's password was changed; its jobs keep the old one until 07:00
    t = at(6, 10, 4)
    while t < at(7, 0, 30):
        host = r.choice(["etl01.corp.example.com", "etl02.corp.example.com"])
        who = f"etl_loader@{host}"
        L(
            t,
            "listener",
            "listener-thread: err = %d: oserr = %d: errstr = %s: Incorrect password or user %s is not known on the database server.",
            f"listener-thread: err = -951: oserr = 0: errstr = {who}: Incorrect password or user {who} is not known on the database server.",
        )
        t += sec(r.uniform(8, 12))

    # the batch: performance advisories, more virtual memory, a long transaction, the lock table
    for ta, kb in [(at(7, 6, 44), 512000), (at(7, 43, 10), 640000)]:
        tt = L(
            ta,
            "ckpt",
            "Performance Advisory: Based on the current workload, the physical log might be too small to accommodate the time it takes to flush the buffer pool.",
            "Performance Advisory: Based on the current workload, the physical log might be too small to accommodate the time it takes to flush the buffer pool.",
        )
        tt = L(
            tt,
            "ckpt",
            "Results: The server might block transactions during checkpoints.",
            " Results: The server might block transactions during checkpoints.",
        )
        L(
            tt,
            "ckpt",
            "Action: If transactions are blocked during the checkpoint, increase the size of the physical log to at least %d KB.",
            f" Action: If transactions are blocked during the checkpoint, increase the size of the physical log to at least {kb} KB.",
        )
    resident, virtual = 4216832, 1507328
    for ta in [at(7, 22, 18), at(8, 7, 51)]:
        virtual += 262144
        tt = L(
            ta,
            "mem",
            "Dynamically allocated new virtual shared memory segment (size %dKB)",
            "Dynamically allocated new virtual shared memory segment (size 262144KB)",
        )
        L(
            tt,
            "mem",
            "Memory sizes:resident:%d KB, virtual:%d KB, no SHMTOTAL limit",
            f"Memory sizes:resident:{resident} KB, virtual:{virtual} KB, no SHMTOTAL limit",
        )
    tx = "0x" + hexid(r, 8).lstrip("0")
    tt = L(
        at(7, 51, 12),
        "sqlexec-4107",
        "Aborting Long Transaction: tx 0x%x username: %s uid: %d",
        f"Aborting Long Transaction: tx {tx} username: etl_loader uid: 1003",
    )
    L(
        tt + sec(41),
        "sqlexec-4107",
        "Long Transaction 0x%x Aborted. Rollback Duration: %d Seconds",
        f"Long Transaction {tx} Aborted. Rollback Duration: 41 Seconds",
    )
    t = at(8, 12, 40)
    sessions = [4188, 4191, 4203, 4211, 4215, 4230]
    for _ in range(14):
        sid = r.choice(sessions)
        t = L(
            t + sec(r.uniform(0.2, 9)),
            f"sqlexec-{sid}",
            "Lock table overflow - user id %d, session id %d",
            f"Lock table overflow - user id {r.choice([1003, 1003, 2041])}, session id {sid}",
        )

    # a switch failover: the application servers' connections break
    t = at(9, 12, 5)
    for _ in range(46):
        t = L(
            t + sec(r.uniform(0.1, 1.4)),
            "listener",
            "listener-thread: err = %d: oserr = %d: errstr = : Network connection is broken.",
            "listener-thread: err = -25582: oserr = 0: errstr = : Network connection is broken.",
        )

    # an assertion failure in one session's thread; the thread is suspended, the server stays up
    t = at(9, 58, 17)
    afid = hexid(r, 7)
    t = L(
        t,
        "sqlexec-4512",
        "Assert Failed: No Exception Handler",
        "Assert Failed: No Exception Handler",
    )
    t = L(
        t,
        "sqlexec-4512",
        "IBM Informix Dynamic Server Version %s",
        "IBM Informix Dynamic Server Version 14.10.FC10",
    )
    t = L(
        t,
        "sqlexec-4512",
        "Who: Session(%d, %s, %d, 0x%x)",
        " Who: Session(4512, rpt_user@bi01, 30412, 0x6a1c2e58)",
        ["\t\tThread(4618, sqlexec, 6a0f3b28, 2)", "\t\tFile: mtex.c Line: 508"],
    )
    t = L(
        t,
        "sqlexec-4512",
        "Results: Exception Caught. Type: MT_EX_OS, Context: mem",
        " Results: Exception Caught. Type: MT_EX_OS, Context: mem",
    )
    t = L(
        t,
        "sqlexec-4512",
        "Action: Please notify IBM Informix Technical Support.",
        " Action: Please notify IBM Informix Technical Support.",
    )
    t = L(
        t, "sqlexec-4512", "See Also: %s", f" See Also: /opt/informix/tmp/af.{afid}, shmem.{afid}.0"
    )
    L(
        t,
        "sqlexec-4512",
        "Thread ID %d will now be suspended.",
        "Thread ID 4618 will now be suspended.",
    )
    return fs.logs(T0)


SYSTEMS = {
    "nanomq": nanomq,
    "rumqttd": rumqttd,
    "informix": informix,
    "tgtd": tgtd,
    "irqbalance": irqbalance,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
