#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 72 (nsqd, activemq, rocketmq, vernemq, benthos) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (stack traces, an Erlang term printed over several
lines) have no label. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock). Five message brokers and stream processors:

- NSQ 1.3 nsqd (`nsqd-0.log`, `nsqd-1.log`: two nsqd pods' stderr, NSQ's own logger
  `[nsqd] 2024/06/04 06:00:01.123456 INFO: TCP: new client(10.0.3.21:51234)`, levels `DEBUG`,
  `INFO`, `WARNING`, `ERROR`): start-up (topics and channels created from the metadata file,
  listeners, two lookupd peers and the `LOOKUPD(%s): %s %s` registrations), consumers and
  producers connecting (`TCP: new client(%s)`, `CLIENT(%s): desired protocol magic '  V2'`,
  `[%s] IDENTIFY: {...}`) and leaving (`PROTOCOL(V2): [%s] exiting ioloop`, `client(%s) -
  failed to read command - ...`), late FIN/REQ/TOUCH of timed-out messages (`[%s] -
  E_FIN_FAILED FIN %s failed ID not in flight - ID not in flight`), the HTTP API's request
  lines (`200 GET /ping (10.0.3.1:40212) 41.2µs`), a lookupd down for 18 minutes (`LOOKUP
  connecting to %s`, `LOOKUPD(%s): PING - dial tcp ...: connect: connection refused`, then
  `no such host`), the log level raised to debug for eight minutes (`[%s] state rdy: %4d
  inflt: %4d`, `LOOKUPD(%s): sending heartbeat`), nsqd-1's slow `archive` channel spilling to
  disk and filling it (`DISKQUEUE(%s): writeOne() opened %s`, `CHANNEL(%s): failed to write
  message to backend - ...`, `DISKQUEUE(%s) failed to sync - ...`, `failed to persist
  metadata - ...`), the channel deleted over HTTP, nsqd-1 restarted (the shutdown's closing
  lines, a bad disk-queue file moved aside: `DISKQUEUE(%s) reading at %d of %s - %s`,
  `DISKQUEUE(%s) jump to next file and saving bad file as %s`).
- Apache ActiveMQ Classic 5.18 (`activemq.log`: data/activemq.log with the distribution's
  log4j2 layout `%d | %-5p | %m | %c | %t%n`, stack traces under their line): start-up
  (persistence adapter, KahaDB, connectors, the store limits reset to the disk's space, the
  web console), clients' transports failing (`Transport Connection to: %s failed: %s` with
  three exceptions), a duplicate client id, slow topic subscribers and their abort, the
  network bridge to broker-2 lost and re-established, producer flow control on `orders`
  (memory, then store: `Usage(default:store:queue://orders:store) percentUsage=99%, ...:
  Persistent store is Full, 100% of ... Stopping producer (...) ...`), the journal failing
  on a full disk (`KahaDB failed to store to Journal` with its stack, the IOException
  handler stopping the broker, the shutdown) and the restart with journal recovery.
- Apache RocketMQ 5.1 broker (`broker.log`, `store.log`: the broker's logback files, `%d{yyy-MM-dd
  HH:mm:ss} %p %t - %m%n`): start-up (config files loaded, topics, service threads, `The
  broker[%s, %s] boot success. ...`), `register broker[%d]to name server %s OK` every 30 s to
  two name servers, one of them down (`registerBroker Exception, %s` with the
  RemotingConnectException's stack), `dispatch behind commit log %d bytes`, consumer and
  producer groups connecting, changing subscriptions and leaving (`new consumer connected,
  group: %s %s %s channel: %s`, `NETTY EVENT: remove channel[%s][%s] from ConsumerManager
  consumerTable`, `SCAN: remove expired channel ...`); the store's slow puts (`[NOTIFYME]putMessage
  in lock cost time(ms)=%d, ...`, `putMessage not in lock elapsed time(ms)=%d, bodyLength=%d`),
  slow flushes and `do groupcommit, wait for flush failed, ...`, expired files cleaned
  (`destroy mapped file[REF:%d] %s OK, W:%d M:%d, %d`), the disk filling (`physic disk maybe full
  soon %s, so mark disk full, storePathPhysic=%s`, `message store is not writeable, so
  putMessage is forbidden %d`), space freed, a restart (shutdown hook, service threads stopped).
- VerneMQ 2.0 (`vmq-0-console.log`, `vmq-1-console.log`: two cluster nodes' lager console
  logs, `2024-06-04 06:00:01.123 [info] <0.1234.0>@vmq_mqtt5_fsm:check_user:567 ...`, and
  error_logger's reports with a pid only): start-up (`Application %s started on node %s`,
  listeners, plugins), clients failing authentication (`can't authenticate client %s from %s
  due to %s`, v3 and v5 FSMs), the auth webhook down (`calling endpoint %s failed due to %s`),
  keepalive expiry, sessions stopped abnormally, a four-minute netsplit (`connection to node
  %s has been closed, reconnect in %dms`, `can't register client %s due to %s`, the cluster
  event handler's nodedown and nodeup), a crash of an SWC store process (`gen_server %s
  terminated with reason: ...`, `CRASH REPORT Process %s with %d neighbours crashed with
  reason: ...` with its term over several lines, `Supervisor %s had child %s ... exit with
  reason ... in context child_terminated`), vmq-1's restart.
- Benthos / Redpanda Connect 4.27 (`orders-connect.log`, `clicks-connect.log`: two
  `benthos -c` containers' stderr, logfmt without a timestamp: `level=info msg="Input type
  kafka_franz is now active" @service=benthos label="" path=root.input`): start-ups, the
  metrics/HTTP server, the orders stream's webhook failing (`Failed to send message to %s:
  HTTP request returned unexpected response code (%d): %s`, refused connections, timeouts),
  bloblang mapping errors in the pipeline, a `log` processor's warnings, franz-go's own
  connection lines through the logger (`unable to open connection to broker` with
  `addr=... broker=... err=...`), the clickstream's Redis cache refusing connections and
  reconnects (`Failed to connect to %s: %s`, `Output type %s is now active`), a SIGTERM and the
  restart (`Waiting for pending acks to resolve before shutting down.`).

Label notes. The rules of rounds 51 to 71 hold. nsqd's `[nsqd] `, time and level, ActiveMQ's
time, level, logger and thread, RocketMQ's time, level and thread, lager's time, level, pid and
`@module:function:line`, Benthos's `level=` and the fields after `msg=` (`@service`, `label`,
`path`, franz-go's keys) are context; the message is the label. An error's or exception's text
inside a message contributes its format (`Transport Connection to: %s failed:
java.io.EOFException`, `client(%s) - failed to read command - read tcp %s->%s: i/o timeout`,
`Failed to send message to %s: Post "%s": dial tcp %s: connect: connection refused`); a
Benthos `err=` field (franz-go's) is a field. nsqd's HTTP API lines are labelled as access
records: method, route and status. Erlang terms (client ids, reasons such as
`invalid_credentials`, node names) are values; a crash's reason made from a format of its own
(`no match of right hand value %s in %s line %d`) contributes it. A stack trace and an Erlang
term's later lines belong to their event.

Sources: written from the helper's knowledge of each program's source and of real logs, not
checked against copies in this session; least sure: nsqd's levels for `IDENTIFY` (taken as
INFO) and the shutdown lines' order, `NSQ: closing topics`, the disk-queue error wording;
ActiveMQ's network-bridge lines and the IOException handler's wording; RocketMQ 5's thread
names, the `Try to start service thread` and shutdown lines, and `[REJECTREQUEST]system busy`
(a response's remark the broker does not log: only the store's refusal is logged here);
VerneMQ's listener, plugin, netsplit, webhook and cluster-event wording (invented where
unknown), and whether lager wraps a crash report's reason over several lines (taken so);
Benthos's kafka_franz and redis wording, franz-go's fields and the log processor's message.
Run it only to change the data on purpose: `python bench/heldout/generate_round72.py
[SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round65 import Out


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def jframes(*frames: str) -> list[str]:
    return [f"\tat {f}" for f in frames]


def dur_go(r: random.Random, lo: float, hi: float) -> str:
    """A Go time.Duration's String() of a few µs to a few ms."""
    us = r.uniform(lo, hi)
    if us < 1000:
        return f"{us:.3f}µs".replace(".000µs", "µs")
    return f"{us / 1000:.6f}".rstrip("0").rstrip(".") + "ms"


# --------------------------------------------------------------------------------- nsqd

NSQ_TOPICS = {"orders": ["fulfilment", "billing", "archive"], "events": ["analytics", "audit"]}
NSQ_LOOKUPDS = {"nsqlookupd-0:4160": "10.0.1.5", "nsqlookupd-1:4160": "10.0.1.6"}
NSQ_NODES = {"n0": ("nsqd-0", "10.0.3.10", 341), "n1": ("nsqd-1", "10.0.3.11", 342)}
# (client id, user agent, ip, topic, channel); producers have no channel
NSQ_CONSUMERS = [
    ("fulfilment-worker", "go-nsq/1.1.0", "10.0.6.21", "orders", "fulfilment"),
    ("fulfilment-worker", "go-nsq/1.1.0", "10.0.6.22", "orders", "fulfilment"),
    ("billing", "pynsq/0.9.1", "10.0.6.31", "orders", "billing"),
    ("archiver", "go-nsq/1.1.0", "10.0.6.40", "orders", "archive"),
    ("analytics-sink", "nsq_to_file/1.3.0 go-nsq/1.1.0", "10.0.6.51", "events", "analytics"),
    ("audit-log", "nsqjs/0.13.0", "10.0.6.61", "events", "audit"),
]
NSQ_PRODUCERS = [
    ("checkout", "go-nsq/1.1.0", "10.0.5.11"),
    ("checkout", "go-nsq/1.1.0", "10.0.5.12"),
]


def nsqd(r: random.Random) -> list[Log]:
    """Two nsqd pods, 06:00 to 09:30, behind two nsqlookupd. Six consumers subscribe to two
    topics' channels and two checkout pods publish over TCP; consumers reconnect now and then
    (a heartbeat timeout, a reset, a deploy of the fulfilment workers at 07:30); a few late
    FIN/REQ/TOUCH after a message timed out; the kubelet's /ping and an exporter's /stats every
    minute. nsqlookupd-1 is down from 06:50 to 07:08 (refused, then no such host while its pod is
    gone). At 07:50 the log level is raised to debug on nsqd-0 for eight minutes. On nsqd-1 the
    archiver falls behind from 07:20, `orders:archive` spills to disk and fills /data at 08:20;
    the operator deletes the channel at 08:31 and restarts nsqd-1 at 08:40, which moves a bad
    disk-queue file aside when the archiver's channel comes back."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"[nsqd] {t:%Y/%m/%d %H:%M:%S}.{t.microsecond:06d} {lvl}: "

    o = Out(1, list(NSQ_NODES), head)
    t0, t_end = at(6, 0, 1), at(9, 30, 0)
    ld_down, ld_gone, ld_up = at(6, 50, 12), at(6, 55, 40), at(7, 8, 30)
    dbg0, dbg1 = at(7, 50, 5), at(7, 58, 10)
    fill, delete, restart = at(8, 20, 14), at(8, 31, 2), at(8, 40, 20)
    up_again = restart + secs(r, 3, 6)

    def N(
        n: str, t: datetime, lvl: str, fmt: str, *args: object, msg: str | None = None
    ) -> datetime:
        return o.e(n, t, fmt, *args, lvl=lvl, msg=msg)

    def msgid() -> str:
        return hexid(r, 16)

    def api(n: str, t: datetime, method: str, path: str, route: str, status: int, src: str) -> None:
        N(
            n,
            t,
            "INFO",
            f"{method} {route} {status}",
            msg=f"{status} {method} {path} ({src}) {dur_go(r, 30, 900)}",
        )

    def registrations(n: str, t: datetime, peers: list[str], cmd: str = "REGISTER") -> datetime:
        for topic, chans in NSQ_TOPICS.items():
            for lp in peers:
                t = N(
                    n,
                    t + secs(r, 0.0001, 0.002),
                    "INFO",
                    "LOOKUPD(%s): %s %s",
                    lp,
                    "topic",
                    f"{cmd} {topic}",
                )
            for ch in chans:
                if n == "n1" and ch == "archive" and not state["archive"]:
                    continue
                for lp in peers:
                    t = N(
                        n,
                        t + secs(r, 0.0001, 0.002),
                        "INFO",
                        "LOOKUPD(%s): %s %s",
                        lp,
                        "channel",
                        f"{cmd} {topic} {ch}",
                    )
        return t

    def boot(n: str, t: datetime) -> datetime:
        nid = NSQ_NODES[n][2]
        t = N(n, t, "INFO", "nsqd v%s (built w/%s)", "1.3.0", "go1.21.5")
        t = N(n, t + secs(r, 0.0001, 0.001), "INFO", "ID: %d", nid)
        for topic, chans in NSQ_TOPICS.items():
            t = N(n, t + secs(r, 0.0001, 0.001), "INFO", "TOPIC(%s): created", topic)
            for ch in chans:
                t = N(
                    n, t + secs(r, 0.0001, 0.001), "INFO", "TOPIC(%s): new channel(%s)", topic, ch
                )
        t = N(
            n,
            t + secs(r, 0.001, 0.01),
            "INFO",
            "NSQ: persisting topic/channel metadata to %s",
            "/data/nsqd.dat",
        )
        t = N(n, t + secs(r, 0.0001, 0.001), "INFO", "TCP: listening on %s", "[::]:4150")
        t = N(n, t + secs(r, 0.0001, 0.001), "INFO", "HTTP: listening on %s", "[::]:4151")
        for lp in NSQ_LOOKUPDS:
            t = N(n, t + secs(r, 0.0001, 0.001), "INFO", "LOOKUP(%s): adding peer", lp)
        for lp in NSQ_LOOKUPDS:
            t = N(n, t + secs(r, 0.0001, 0.001), "INFO", "LOOKUP connecting to %s", lp)
            t = N(
                n,
                t + secs(r, 0.001, 0.004),
                "INFO",
                "LOOKUPD(%s): peer info %+v",
                msg=f"LOOKUPD({lp}): peer info {{TCPPort:4160 HTTPPort:4161 Version:1.3.0 BroadcastAddress:{lp.split(':')[0]}}}",
            )
        return registrations(n, t, list(NSQ_LOOKUPDS))

    state = {"archive": True, "debug": False, "n1_down": False}
    port = {"p": 40000}

    def new_port() -> int:
        port["p"] += r.randrange(3, 90)
        if port["p"] > 60000:
            port["p"] = 40000 + r.randrange(100)
        return port["p"]

    def identify(n: str, t: datetime, addr: str, cid: str, ua: str, host: str) -> datetime:
        t = N(n, t, "INFO", "TCP: new client(%s)", addr)
        t = N(
            n,
            t + secs(r, 0.0001, 0.002),
            "INFO",
            "CLIENT(%s): desired protocol magic '%s'",
            addr,
            "  V2",
        )
        return N(
            n,
            t + secs(r, 0.001, 0.01),
            "INFO",
            "[%s] IDENTIFY: %+v",
            msg=f"[{addr}] IDENTIFY: {{ClientID:{cid} Hostname:{host} HeartbeatInterval:30000 OutputBufferSize:16384 OutputBufferTimeout:250 FeatureNegotiation:true TLSv1:false Deflate:false DeflateLevel:6 Snappy:false SampleRate:0 UserAgent:{ua} MsgTimeout:0}}",
        )

    def leave(n: str, t: datetime, addr: str, how: str) -> datetime:
        t = N(n, t, "INFO", "PROTOCOL(V2): [%s] exiting ioloop", addr)
        _, nip, _ = NSQ_NODES[n]
        if how == "timeout":
            t = N(
                n,
                t + secs(r, 0.0001, 0.001),
                "ERROR",
                "client(%s) - failed to read command - read tcp %s->%s: i/o timeout",
                addr,
                f"{nip}:4150",
                addr,
            )
        elif how == "reset":
            t = N(
                n,
                t + secs(r, 0.0001, 0.001),
                "ERROR",
                "client(%s) - failed to read command - read tcp %s->%s: read: connection reset by peer",
                addr,
                f"{nip}:4150",
                addr,
            )
        return t

    # per node, the clients connected: addr -> (client, dbg)
    conns: dict[str, dict[str, tuple]] = {"n0": {}, "n1": {}}

    def connect(n: str, t: datetime, c: tuple) -> datetime:
        ip = c[2]
        addr = f"{ip}:{new_port()}"
        host = {"10.0.6.21": "fulfilment-7d9f8-x2kq", "10.0.6.22": "fulfilment-7d9f8-p9wn"}.get(
            ip, c[0] + "-0"
        )
        t = identify(n, t, addr, c[0], c[1], host)
        conns[n][addr] = c
        return t

    for n in NSQ_NODES:
        t = boot(n, t0 + (secs(r, 0, 0.3) if n == "n0" else secs(r, 0.5, 1.0)))
        for c in NSQ_CONSUMERS + NSQ_PRODUCERS:
            t = connect(n, t + secs(r, 0.5, 6), c)

    # probes and exporter
    for n in NSQ_NODES:
        _, nip, _ = NSQ_NODES[n]
        kubelet = nip.rsplit(".", 1)[0] + ".1"
        x = t0 + secs(r, 10, 60)
        while x < t_end:
            if not (n == "n1" and restart <= x < up_again):
                api(n, x, "GET", "/ping", "/ping", 200, f"{kubelet}:{new_port()}")
            x += secs(r, 59.5, 60.5)
        x = t0 + secs(r, 20, 90)
        while x < t_end:
            if not (n == "n1" and restart <= x < up_again):
                api(n, x, "GET", "/stats?format=json", "/stats", 200, f"10.0.9.14:{new_port()}")
            x += secs(r, 89.5, 90.5)
        for x in poisson(r, t0, t_end, 420):
            if not (n == "n1" and restart <= x < up_again + timedelta(seconds=30)):
                topic = r.choice(["orders", "events"])
                api(n, x, "POST", f"/pub?topic={topic}", "/pub", 200, f"10.0.5.30:{new_port()}")

    # client churn
    def churn(n: str, x: datetime) -> None:
        live = [a for a in conns[n]]
        if not live:
            return
        addr = r.choice(live)
        c = conns[n].pop(addr)
        how = r.choice(["timeout", "reset", "reset", "eof", "eof"])
        y = leave(n, x, addr, how)
        connect(n, y + secs(r, 1, 8), c)

    for n in NSQ_NODES:
        for x in poisson(r, t0 + timedelta(minutes=5), t_end, 300):
            if n == "n1" and restart - timedelta(minutes=1) <= x < up_again + timedelta(minutes=1):
                continue
            churn(n, x)

    # deploy of the fulfilment workers at 07:30
    for n in NSQ_NODES:
        x = at(7, 30, 4) + secs(r, 0, 5)
        for addr, c in list(conns[n].items()):
            if c[0] == "fulfilment-worker":
                conns[n].pop(addr)
                x = leave(n, x + secs(r, 5, 20), addr, "eof")
        for c in NSQ_CONSUMERS[:2]:
            x = connect(n, x + secs(r, 10, 40), c)

    # late FIN/REQ/TOUCH
    for n in NSQ_NODES:
        for x in poisson(r, t0 + timedelta(minutes=10), t_end, 140):
            if n == "n1" and restart - timedelta(minutes=1) <= x < up_again + timedelta(minutes=1):
                continue
            cands = [a for a, c in conns[n].items() if len(c) == 5]
            if not cands:
                continue
            addr = r.choice(cands)
            kind = r.choices(["FIN", "REQ", "TOUCH"], [8, 3, 1])[0]
            mid = msgid()
            N(
                n,
                x,
                "ERROR",
                f"[%s] - E_{kind}_FAILED {kind} %s failed ID not in flight - ID not in flight",
                addr,
                mid,
            )

    # lookupd-1 down
    lp = "nsqlookupd-1:4160"
    for n in NSQ_NODES:
        _, nip, _ = NSQ_NODES[n]
        x = ld_down + secs(r, 0, 15)
        N(n, x, "ERROR", "LOOKUPD(%s): %s - EOF", lp, "PING")
        x += timedelta(seconds=15)
        while x < ld_up:
            y = N(n, x, "INFO", "LOOKUP connecting to %s", lp)
            if x < ld_gone:
                N(
                    n,
                    y + secs(r, 0.0005, 0.002),
                    "ERROR",
                    "LOOKUPD(%s): %s - dial tcp %s: connect: connection refused",
                    lp,
                    "PING",
                    "10.0.1.6:4160",
                )
            else:
                N(
                    n,
                    y + secs(r, 0.002, 0.02),
                    "ERROR",
                    "LOOKUPD(%s): %s - dial tcp: lookup %s on %s: no such host",
                    lp,
                    "PING",
                    "nsqlookupd-1",
                    "10.96.0.10:53",
                )
            x += secs(r, 14.99, 15.01)
        y = N(n, x, "INFO", "LOOKUP connecting to %s", lp)
        y = N(
            n,
            y + secs(r, 0.001, 0.004),
            "INFO",
            "LOOKUPD(%s): peer info %+v",
            msg=f"LOOKUPD({lp}): peer info {{TCPPort:4160 HTTPPort:4161 Version:1.3.0 BroadcastAddress:nsqlookupd-1}}",
        )
        registrations(n, y, [lp])

    # debug on nsqd-0
    x = N(
        "n0",
        dbg0,
        "INFO",
        "PUT /config/log_level 200",
        msg=f"200 PUT /config/log_level ({'10.0.9.2'}:{new_port()}) {dur_go(r, 30, 300)}",
    )
    hb = x + secs(r, 1, 14)
    while hb < dbg1:
        for lpx in NSQ_LOOKUPDS:
            hb = N("n0", hb, "DEBUG", "LOOKUPD(%s): sending heartbeat", lpx)
        hb += secs(r, 14.99, 15.01)
    for y in poisson(r, dbg0 + timedelta(seconds=2), dbg1, 3.2):
        cands = [a for a, c in conns["n0"].items() if len(c) == 5]
        addr = r.choice(cands)
        N(
            "n0",
            y,
            "DEBUG",
            "[%s] state rdy: %4d inflt: %4d",
            addr,
            r.choice([1, 1, 2, 25, 100]),
            r.choice([0, 0, 1, 1, 2, 7]),
        )
    N(
        "n0",
        dbg1,
        "INFO",
        "PUT /config/log_level 200",
        msg=f"200 PUT /config/log_level (10.0.9.2:{new_port()}) {dur_go(r, 30, 300)}",
    )

    # archive channel on nsqd-1
    n = "n1"
    seg = {"w": 0, "r": 0}
    x = at(7, 20, 33)
    while x < fill:
        seg["w"] += 1
        N(
            n,
            x,
            "INFO",
            "DISKQUEUE(%s): writeOne() opened %s",
            "orders:archive",
            f"/data/orders:archive.diskqueue.{seg['w']:06d}.dat",
        )
        if seg["w"] > 2 and r.random() < 0.6:
            seg["r"] += 1
            N(
                n,
                x + secs(r, 20, 200),
                "INFO",
                "DISKQUEUE(%s): readOne() opened %s",
                "orders:archive",
                f"/data/orders:archive.diskqueue.{seg['r']:06d}.dat",
            )
        x += secs(r, 150, 330)
    bad = f"/data/orders:archive.diskqueue.{seg['w']:06d}.dat"
    for y in poisson(r, fill, delete, 3.5):
        N(
            n,
            y,
            "ERROR",
            "CHANNEL(%s): failed to write message to backend - write %s: no space left on device",
            "archive",
            bad,
        )
        if r.random() < 0.35:
            N(
                n,
                y + secs(r, 0.0001, 0.001),
                "ERROR",
                "TOPIC(%s) ERROR: failed to put msg(%s) to channel(%s) - write %s: no space left on device",
                "orders",
                msgid(),
                "archive",
                bad,
            )
    for y in poisson(r, fill, delete, 20):
        N(
            n,
            y,
            "ERROR",
            "DISKQUEUE(%s) failed to sync - sync %s: no space left on device",
            "orders:archive",
            bad,
        )
    for y in [fill + secs(r, 30, 60), fill + secs(r, 300, 360)]:
        z = N(n, y, "INFO", "NSQ: persisting topic/channel metadata to %s", "/data/nsqd.dat")
        N(
            n,
            z + secs(r, 0.0001, 0.001),
            "ERROR",
            "failed to persist metadata - %s",
            msg="failed to persist metadata - write /data/nsqd.dat.1234.tmp: no space left on device".replace(
                "1234", str(r.randrange(1000, 9999))
            ),
        )
    y = N(n, delete, "INFO", "TOPIC(%s): deleting channel %s", "orders", "archive")
    y = N(n, y + secs(r, 0.0001, 0.001), "INFO", "CHANNEL(%s): deleting", "archive")
    y = N(n, y + secs(r, 0.0001, 0.001), "INFO", "DISKQUEUE(%s): deleting", "orders:archive")
    y = N(
        n,
        y + secs(r, 0.05, 0.2),
        "INFO",
        "POST /channel/delete 200",
        msg=f"200 POST /channel/delete?topic=orders&channel=archive (10.0.9.2:{new_port()}) {dur_go(r, 40000, 90000)}",
    )
    y = N(
        n,
        y + secs(r, 0.0001, 0.001),
        "INFO",
        "NSQ: persisting topic/channel metadata to %s",
        "/data/nsqd.dat",
    )
    state["archive"] = False
    for lpx in NSQ_LOOKUPDS:
        y = N(
            n,
            y + secs(r, 0.0001, 0.002),
            "INFO",
            "LOOKUPD(%s): %s %s",
            lpx,
            "channel",
            "UNREGISTER orders archive",
        )
    for addr, c in list(conns[n].items()):
        if c[4:] == ("archive",):
            conns[n].pop(addr)
            y = leave(n, y + secs(r, 0.001, 0.01), addr, "eof")

    # restart nsqd-1
    y = N(n, restart, "INFO", "TCP: closing %s", "[::]:4150")
    y = N(n, y + secs(r, 0.0001, 0.001), "INFO", "HTTP: closing %s", "[::]:4151")
    y = N(
        n,
        y + secs(r, 0.0001, 0.001),
        "INFO",
        "NSQ: persisting topic/channel metadata to %s",
        "/data/nsqd.dat",
    )
    y = N(n, y + secs(r, 0.0001, 0.001), "INFO", "NSQ: closing topics")
    for addr in list(conns[n]):
        conns[n].pop(addr)
        y = N(n, y + secs(r, 0.0001, 0.001), "INFO", "PROTOCOL(V2): [%s] exiting ioloop", addr)
    for topic, chans in NSQ_TOPICS.items():
        y = N(n, y + secs(r, 0.0001, 0.001), "INFO", "TOPIC(%s): closing", topic)
        for ch in chans:
            if ch == "archive":
                continue
            y = N(n, y + secs(r, 0.0001, 0.001), "INFO", "CHANNEL(%s): closing", ch)
            y = N(n, y + secs(r, 0.0001, 0.001), "INFO", "DISKQUEUE(%s): closing", f"{topic}:{ch}")
        y = N(n, y + secs(r, 0.0001, 0.001), "INFO", "DISKQUEUE(%s): closing", topic)
    saved = NSQ_TOPICS["orders"]
    NSQ_TOPICS["orders"] = [c for c in saved if c != "archive"]
    y = boot(n, up_again)
    NSQ_TOPICS["orders"] = saved
    for c in NSQ_CONSUMERS + NSQ_PRODUCERS:
        if c[4:] == ("archive",):
            continue
        y = connect(n, y + secs(r, 0.3, 4), c)
    # the archiver back at 08:52 with a fresh channel; an old file read back is bad
    y = at(8, 52, 40)
    y = connect(n, y, NSQ_CONSUMERS[3])
    y = N(n, y + secs(r, 0.001, 0.01), "INFO", "TOPIC(%s): new channel(%s)", "orders", "archive")
    for lpx in NSQ_LOOKUPDS:
        y = N(
            n,
            y + secs(r, 0.0001, 0.002),
            "INFO",
            "LOOKUPD(%s): %s %s",
            lpx,
            "channel",
            "REGISTER orders archive",
        )
    y = N(
        n,
        y + secs(r, 0.01, 0.1),
        "INFO",
        "DISKQUEUE(%s): readOne() opened %s",
        "orders",
        "/data/orders.diskqueue.000000.dat",
    )
    y = N(
        n,
        y + secs(r, 0.0001, 0.001),
        "ERROR",
        "DISKQUEUE(%s) reading at %d of %s - %s",
        "orders",
        9437184,
        "/data/orders.diskqueue.000000.dat",
        msg=f"DISKQUEUE(orders) reading at 9437184 of /data/orders.diskqueue.000000.dat - invalid message read size ({0})",
    )
    N(
        n,
        y + secs(r, 0.0001, 0.001),
        "WARNING",
        "DISKQUEUE(%s) jump to next file and saving bad file as %s",
        "orders",
        "/data/orders.diskqueue.000000.dat.bad",
    )
    return o.logs(t0, {"n0": "nsqd-0.log", "n1": "nsqd-1.log"})


# --------------------------------------------------------------------------------- activemq

AMQ_VER = "5.18.3"
AMQ_CLIENTS = [
    "10.0.4.21",
    "10.0.4.22",
    "10.0.4.23",
    "10.0.4.31",
    "10.0.4.32",
    "10.0.4.40",
    "10.0.4.41",
]
AMQ_EOF = "java.io.EOFException"
AMQ_RESET = "java.net.SocketException: Connection reset"


def activemq(r: random.Random) -> list[Log]:
    """One ActiveMQ Classic 5.18.3 broker (`localhost`) in a network with broker-2, 06:00 to
    09:40. Seven application hosts connect over OpenWire, STOMP and AMQP; their connections drop
    all day (EOF, resets, inactivity); a second instance of inventory-sync starts with the same
    client id at 06:40; the price-feed topic's dashboard subscribers are slow from 07:00 and
    are aborted; broker-2 restarts at 07:25 (the bridge fails and is re-established). From
    08:05 a stuck consumer lets `orders` grow: memory flow control, then the store full
    (producers blocked every 30 s); at 08:47 the journal's disk fills, KahaDB fails to store,
    the IOException handler stops the broker; it is started again at 08:58 and recovers its
    journal."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} | {lvl:<5} | "

    o = Out(1000, ["a"], head)
    t0, t_end = at(6, 0, 2), at(9, 40, 0)
    dup, slow0, slow1 = at(6, 40, 18), at(7, 0, 5), at(7, 14, 0)
    b2_down, b2_up = at(7, 25, 40), at(7, 29, 12)
    mem, store_full, disk_full = at(8, 5, 10), at(8, 21, 30), at(8, 47, 3)
    restart = at(8, 58, 30)
    bid = {"id": ""}

    def A(
        t: datetime,
        lvl: str,
        fmt: str,
        *args: object,
        logger: str,
        thread: str,
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        text = msg if msg is not None else fmt % args
        return o.e("a", t, fmt, lvl=lvl, msg=f"{text} | {logger} | {thread}", cont=cont or [])

    BS = "org.apache.activemq.broker.BrokerService"
    TC = "org.apache.activemq.broker.TransportConnector"
    MAIN = "main"

    def broker_id(t: datetime) -> str:
        return f"ID:broker-1-{r.randrange(33000, 46000)}-{int(t.timestamp() * 1000)}-0:1"

    def boot(t: datetime, recover: bool) -> datetime:
        bid["id"] = broker_id(t)
        t = A(
            t,
            "INFO",
            "Refreshing %s: startup date [%s]; root of context hierarchy",
            logger="org.apache.activemq.xbean.XBeanBrokerFactory$1",
            thread=MAIN,
            msg=f"Refreshing org.apache.activemq.xbean.XBeanBrokerFactory$1@{hexid(r, 8)}: startup date [Tue Jun 04 {t:%H:%M:%S} UTC 2024]; root of context hierarchy",
        )
        t = A(
            t + secs(r, 0.4, 1.2),
            "INFO",
            "Using Persistence Adapter: %s",
            "KahaDBPersistenceAdapter[/opt/activemq/data/kahadb]",
            logger=BS,
            thread=MAIN,
        )
        t = A(
            t + secs(r, 0.01, 0.1),
            "INFO",
            "KahaDB is version %d",
            7,
            logger="org.apache.activemq.store.kahadb.MessageDatabase",
            thread=MAIN,
        )
        if recover:
            t = A(
                t + secs(r, 0.05, 0.3),
                "INFO",
                "Recovering from the journal @%s",
                "14:28719323",
                logger="org.apache.activemq.store.kahadb.MessageDatabase",
                thread=MAIN,
            )
            t = A(
                t + secs(r, 2, 6),
                "INFO",
                "Recovery replayed %d operations from the journal in %s seconds.",
                48211,
                "4.317",
                logger="org.apache.activemq.store.kahadb.MessageDatabase",
                thread=MAIN,
            )
        t = A(
            t + secs(r, 0.05, 0.3),
            "INFO",
            "PListStore:[%s] started",
            "/opt/activemq/data/localhost/tmp_storage",
            logger="org.apache.activemq.store.kahadb.plist.PListStoreImpl",
            thread=MAIN,
        )
        t = A(
            t + secs(r, 0.01, 0.1),
            "INFO",
            "Apache ActiveMQ %s (%s, %s) is starting",
            AMQ_VER,
            "localhost",
            bid["id"],
            logger=BS,
            thread=MAIN,
        )
        for name, url in [
            (
                "openwire",
                "tcp://broker-1:61616?maximumConnections=1000&wireFormat.maxFrameSize=104857600",
            ),
            (
                "amqp",
                "amqp://broker-1:5672?maximumConnections=1000&wireFormat.maxFrameSize=104857600",
            ),
            (
                "stomp",
                "stomp://broker-1:61613?maximumConnections=1000&wireFormat.maxFrameSize=104857600",
            ),
            (
                "mqtt",
                "mqtt://broker-1:1883?maximumConnections=1000&wireFormat.maxFrameSize=104857600",
            ),
            ("ws", "ws://broker-1:61614?maximumConnections=1000&wireFormat.maxFrameSize=104857600"),
        ]:
            t = A(
                t + secs(r, 0.005, 0.05),
                "INFO",
                "Listening for connections at: %s",
                url,
                logger="org.apache.activemq.transport.TransportServerThreadSupport",
                thread=MAIN,
            )
            t = A(
                t + secs(r, 0.001, 0.01),
                "INFO",
                "Connector %s started",
                name,
                logger=TC,
                thread=MAIN,
            )
        t = A(
            t + secs(r, 0.01, 0.05),
            "INFO",
            "Establishing network connection from %s to %s",
            "vm://localhost?async=false&network=true",
            "tcp://broker-2:61616",
            logger="org.apache.activemq.network.DiscoveryNetworkConnector",
            thread=MAIN,
        )
        t = A(
            t + secs(r, 0.01, 0.05),
            "INFO",
            "Network Connector %s started",
            "DiscoveryNetworkConnector:NC:BrokerService[localhost]",
            logger="org.apache.activemq.network.NetworkConnector",
            thread=MAIN,
        )
        t = A(
            t + secs(r, 0.01, 0.05),
            "INFO",
            "Apache ActiveMQ %s (%s, %s) started",
            AMQ_VER,
            "localhost",
            bid["id"],
            logger=BS,
            thread=MAIN,
        )
        t = A(
            t + secs(r, 0.001, 0.005),
            "INFO",
            "For help or more information please see: %s",
            "http://activemq.apache.org",
            logger=BS,
            thread=MAIN,
        )
        t = A(
            t + secs(r, 0.001, 0.01),
            "WARN",
            "Store limit is %d mb (current store usage is %d mb). The data directory: %s only has %d mb of usable space. - resetting to maximum available disk space: %d mb",
            102400,
            0 if not recover else 51190,
            "/opt/activemq/data/kahadb",
            51200 if not recover else 51198,
            51200 if not recover else 51198,
            logger="org.apache.activemq.broker.BrokerService",
            thread=MAIN,
        )
        t = A(
            t + secs(r, 0.001, 0.01),
            "WARN",
            "Temporary Store limit is %d mb (current store usage is %d mb). The data directory: %s only has %d mb of usable space. - resetting to maximum available disk space: %d mb",
            51200,
            0,
            "/opt/activemq/data",
            51200 if not recover else 8,
            51200 if not recover else 8,
            logger="org.apache.activemq.broker.BrokerService",
            thread=MAIN,
        )
        t = A(
            t + secs(r, 0.3, 1.0),
            "INFO",
            "Network connection between %s and %s (%s) has been established.",
            f"vm://localhost#{r.randrange(2, 40)}",
            "tcp://broker-2/10.0.4.12:61616@42180",
            "broker-2",
            logger="org.apache.activemq.network.DemandForwardingBridgeSupport",
            thread="ActiveMQ BrokerService[localhost] Task-1",
        )
        t = A(
            t + secs(r, 1, 2),
            "INFO",
            "ActiveMQ WebConsole available at %s",
            "http://0.0.0.0:8161/",
            logger="org.apache.activemq.web.WebConsoleStarter",
            thread=MAIN,
        )
        return A(
            t + secs(r, 0.001, 0.01),
            "INFO",
            "ActiveMQ Jolokia REST API available at %s",
            "http://0.0.0.0:8161/api/jolokia/",
            logger="org.apache.activemq.web.WebConsoleStarter",
            thread=MAIN,
        )

    def down(t: datetime) -> bool:
        return disk_full <= t < restart + timedelta(seconds=20)

    boot(t0, False)

    # transport failures
    task = {"n": 1}
    for x in poisson(r, t0 + timedelta(minutes=2), t_end, 9.5):
        if down(x):
            continue
        ip = r.choice(AMQ_CLIENTS)
        p = r.randrange(40000, 61000)
        proto, port = r.choices([("tcp", 61616), ("stomp", 61613), ("amqp", 5672)], [6, 2, 1])[0]
        th = (
            f"ActiveMQ Transport: {proto}:///{ip}:{p}@{port}"
            if proto != "amqp"
            else f"ActiveMQ NIO Worker {r.randrange(1, 9)}"
        )
        kind = r.choices(["eof", "reset", "inactive"], [5, 3, 1])[0]
        lg = "org.apache.activemq.broker.TransportConnection.Transport"
        if kind == "eof":
            A(
                x,
                "WARN",
                f"Transport Connection to: %s failed: {AMQ_EOF}",
                f"{proto}://{ip}:{p}",
                logger=lg,
                thread=th,
            )
        elif kind == "reset":
            A(
                x,
                "WARN",
                f"Transport Connection to: %s failed: {AMQ_RESET}",
                f"{proto}://{ip}:{p}",
                logger=lg,
                thread=th,
            )
        else:
            A(
                x,
                "WARN",
                "Transport Connection to: %s failed: org.apache.activemq.transport.InactivityIOException: Channel was inactive (no connection attempt made) for too (>%d) long: %s",
                f"{proto}://{ip}:{p}",
                30000,
                f"{proto}://{ip}:{p}",
                logger=lg,
                thread="ActiveMQ InactivityMonitor Worker",
            )

    # duplicate client id
    for x in poisson(r, dup, dup + timedelta(minutes=12), 20):
        p = r.randrange(40000, 61000)
        A(
            x,
            "WARN",
            "Failed to add Connection id=%s, clientId=%s, clientIP=%s due to javax.jms.InvalidClientIDException: Broker: %s - Client: %s already connected from %s",
            f"ID:inventory-sync-2-{r.randrange(33000, 46000)}-{int(x.timestamp() * 1000)}-1:1",
            "inventory-sync",
            f"tcp://10.0.4.41:{p}",
            "localhost",
            "inventory-sync",
            "tcp://10.0.4.40:52231",
            logger="org.apache.activemq.broker.TransportConnection",
            thread=f"ActiveMQ Transport: tcp:///10.0.4.41:{p}@61616",
        )

    # slow subscribers to topic://prices
    subs = [
        f"ID:dash-{i}-{r.randrange(33000, 46000)}-1717480{r.randrange(100000, 999999)}-1:1:1:1"
        for i in range(1, 5)
    ]
    for x in poisson(r, slow0, slow1, 9):
        s = r.choice(subs)
        disp = r.randrange(1000, 1100)
        A(
            x,
            "WARN",
            "TopicSubscription: consumer=%s, destinations=%d, dispatched=%d, delivered=%d, matched=%d, discarded=%d, prefetchExtension=%d, usePrefetchExtension=%b: has twice its prefetch limit pending, without an ack; it appears to be slow",
            msg=f"TopicSubscription: consumer={s}, destinations=1, dispatched={disp}, delivered={r.randrange(0, 40)}, matched={r.randrange(2000, 9000)}, discarded={r.randrange(0, 500)}, prefetchExtension=0, usePrefetchExtension=true: has twice its prefetch limit pending, without an ack; it appears to be slow",
            logger="org.apache.activemq.broker.region.TopicSubscription",
            thread=f"ActiveMQ Transport: tcp:///10.0.4.{r.choice([21, 22])}:{r.randrange(40000, 61000)}@61616",
        )
    x = slow1
    for s in subs:
        x = A(
            x + secs(r, 0.01, 0.3),
            "INFO",
            "aborting slow consumer: %s for destination:%s",
            s,
            "topic://prices",
            logger="org.apache.activemq.broker.region.policy.AbortSlowConsumerStrategy",
            thread="ActiveMQ Broker[localhost] Scheduler",
        )

    # broker-2 restarts
    NB = "org.apache.activemq.network.DemandForwardingBridgeSupport"
    DNC = "org.apache.activemq.network.DiscoveryNetworkConnector"
    x = A(
        b2_down,
        "WARN",
        "Network connection between %s and %s shutdown due to a remote error: %s",
        "vm://localhost#24",
        "tcp://broker-2/10.0.4.12:61616@42180",
        AMQ_EOF,
        logger=NB,
        thread="ActiveMQ Transport: tcp://broker-2/10.0.4.12:61616@42180",
    )
    x = A(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "%s bridge to %s stopped",
        "localhost",
        "broker-2",
        logger=NB,
        thread="ActiveMQ BrokerService[localhost] Task-9",
    )
    delay = 1
    while x < b2_up:
        x = A(
            x + timedelta(seconds=delay) + secs(r, 0, 0.1),
            "INFO",
            "Establishing network connection from %s to %s",
            "vm://localhost?async=false&network=true",
            "tcp://broker-2:61616",
            logger=DNC,
            thread="ActiveMQ Task-3",
        )
        x = A(
            x + secs(r, 0.002, 0.01),
            "WARN",
            "Could not start network bridge between: %s and: %s due to: java.net.ConnectException: Connection refused",
            "vm://localhost?async=false&network=true",
            "tcp://broker-2:61616",
            logger=DNC,
            thread="ActiveMQ Task-3",
        )
        delay = min(delay * 2, 30)
    x = A(
        x + secs(r, 1, 3),
        "INFO",
        "Establishing network connection from %s to %s",
        "vm://localhost?async=false&network=true",
        "tcp://broker-2:61616",
        logger=DNC,
        thread="ActiveMQ Task-3",
    )
    A(
        x + secs(r, 0.2, 0.6),
        "INFO",
        "Network connection between %s and %s (%s) has been established.",
        "vm://localhost#26",
        "tcp://broker-2/10.0.4.12:61616@51102",
        "broker-2",
        logger=NB,
        thread="ActiveMQ BrokerService[localhost] Task-10",
    )

    # flow control on orders
    producers = [
        f"ID:order-api-{i}-{r.randrange(33000, 46000)}-1717480{r.randrange(100000, 999999)}-1:1:1:1"
        for i in range(1, 4)
    ]
    Q = "org.apache.activemq.broker.region.Queue"
    for x in poisson(r, mem, store_full, 12):
        A(
            x,
            "INFO",
            "%s: Usage Manager Memory Limit (%d) reached on %s, size %d. Producers will be throttled to the rate at which messages are removed from this destination to prevent flooding it. See http://activemq.apache.org/producer-flow-control.html for more info.",
            msg=f"Usage(default:memory:queue://orders:memory) percentUsage={r.randrange(100, 106)}%, usage={r.randrange(1073741824, 1130000000)}, limit=1073741824, percentUsageMinDelta=1%;Parent:Usage(default:memory) percentUsage={r.randrange(70, 90)}%, usage={r.randrange(1503238553, 1932735283)}, limit=2147483648, percentUsageMinDelta=1%: Usage Manager Memory Limit (1073741824) reached on queue://orders, size {r.randrange(410000, 470000)}. Producers will be throttled to the rate at which messages are removed from this destination to prevent flooding it. See http://activemq.apache.org/producer-flow-control.html for more info.",
            logger=Q,
            thread=f"ActiveMQ Transport: tcp:///10.0.4.{r.choice([31, 32])}:{r.randrange(40000, 61000)}@61616",
        )
    for x in poisson(r, store_full, disk_full, 5):
        pr = r.choice(producers)
        A(
            x,
            "INFO",
            "%s: Persistent store is Full, %d%% of %d. Stopping producer (%s) to prevent flooding %s. See http://activemq.apache.org/producer-flow-control.html for more info (blocking for: %ds)",
            msg=f"Usage(default:store:queue://orders:store) percentUsage=99%, usage=53685{r.randrange(100000, 999999)}, limit=53687091200, percentUsageMinDelta=1%;Parent:Usage(default:store) percentUsage=100%, usage=53687{r.randrange(100000, 999999)}, limit=53687091200, percentUsageMinDelta=1%: Persistent store is Full, 100% of 53687091200. Stopping producer ({pr}) to prevent flooding queue://orders. See http://activemq.apache.org/producer-flow-control.html for more info (blocking for: {int((x - store_full).total_seconds())}s)",
            logger=Q,
            thread=f"ActiveMQ Transport: tcp:///10.0.4.{r.choice([31, 32])}:{r.randrange(40000, 61000)}@61616",
        )

    # KahaDB slow while the store grows
    for x in poisson(r, mem, disk_full, 22):
        if r.random() < 0.7:
            A(
                x,
                "INFO",
                "Slow KahaDB access: Journal append took: %d ms, Index update took %d ms",
                r.randrange(1000, 4200),
                r.randrange(0, 40),
                logger="org.apache.activemq.store.kahadb.MessageDatabase",
                thread=f"ActiveMQ Transport: tcp:///10.0.4.{r.choice([31, 32])}:{r.randrange(40000, 61000)}@61616",
            )
        else:
            A(
                x,
                "INFO",
                "Slow KahaDB access: cleanup took %d",
                r.randrange(600, 3000),
                logger="org.apache.activemq.store.kahadb.MessageDatabase",
                thread="ActiveMQ Journal Checkpoint Worker",
            )

    # the journal's disk full
    MD = "org.apache.activemq.store.kahadb.MessageDatabase"
    stack = [
        "java.io.IOException: No space left on device",
        *jframes(
            "java.base/java.io.RandomAccessFile.writeBytes(Native Method)",
            "java.base/java.io.RandomAccessFile.write(RandomAccessFile.java:559)",
            "org.apache.activemq.util.RecoverableRandomAccessFile.write(RecoverableRandomAccessFile.java:266)",
            "org.apache.activemq.store.kahadb.disk.journal.DataFileAppender.processQueue(DataFileAppender.java:354)",
            "org.apache.activemq.store.kahadb.disk.journal.DataFileAppender$1.run(DataFileAppender.java:195)",
        ),
    ]
    x = disk_full
    for _ in range(r.randrange(3, 6)):
        x = A(
            x + secs(r, 0.001, 0.02),
            "ERROR",
            "KahaDB failed to store to Journal",
            logger=MD,
            thread=f"ActiveMQ Transport: tcp:///10.0.4.{r.choice([31, 32])}:{r.randrange(40000, 61000)}@61616",
            cont=stack,
        )
    x = A(
        x + secs(r, 0.001, 0.01),
        "INFO",
        "Stopping %s due to exception, %s",
        msg="Stopping BrokerService[localhost] due to exception, java.io.IOException: No space left on device",
        logger="org.apache.activemq.util.DefaultIOExceptionHandler",
        thread="IOExceptionHandler",
        cont=stack,
    )
    x = A(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Apache ActiveMQ %s (%s, %s) is shutting down",
        AMQ_VER,
        "localhost",
        bid["id"],
        logger=BS,
        thread="IOExceptionHandler",
    )
    x = A(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Network Connector %s stopped",
        "DiscoveryNetworkConnector:NC:BrokerService[localhost]",
        logger="org.apache.activemq.network.NetworkConnector",
        thread="IOExceptionHandler",
    )
    for name in ["openwire", "amqp", "stomp", "mqtt", "ws"]:
        x = A(
            x + secs(r, 0.005, 0.05),
            "INFO",
            "Connector %s stopped",
            name,
            logger=TC,
            thread="IOExceptionHandler",
        )
    x = A(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "PListStore:[%s] stopped",
        "/opt/activemq/data/localhost/tmp_storage",
        logger="org.apache.activemq.store.kahadb.plist.PListStoreImpl",
        thread="IOExceptionHandler",
    )
    x = A(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Stopping async queue tasks",
        logger="org.apache.activemq.store.kahadb.KahaDBStore",
        thread="IOExceptionHandler",
    )
    x = A(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Stopping async topic tasks",
        logger="org.apache.activemq.store.kahadb.KahaDBStore",
        thread="IOExceptionHandler",
    )
    x = A(
        x + secs(r, 0.01, 0.05),
        "ERROR",
        "Checkpoint failed",
        logger=MD,
        thread="ActiveMQ Journal Checkpoint Worker",
        cont=stack,
    )
    x = A(
        x + secs(r, 0.05, 0.2),
        "INFO",
        "Stopped KahaDB",
        logger="org.apache.activemq.store.kahadb.KahaDBStore",
        thread="IOExceptionHandler",
    )
    x = A(
        x + secs(r, 0.05, 0.2),
        "INFO",
        "Apache ActiveMQ %s (%s, %s) uptime %s",
        AMQ_VER,
        "localhost",
        bid["id"],
        "2 hours 47 minutes",
        logger=BS,
        thread="IOExceptionHandler",
    )
    A(
        x + secs(r, 0.001, 0.01),
        "INFO",
        "Apache ActiveMQ %s (%s, %s) is shutdown",
        AMQ_VER,
        "localhost",
        bid["id"],
        logger=BS,
        thread="IOExceptionHandler",
    )
    boot(restart, True)
    task["n"] += 1
    return o.logs(t0, {"a": "activemq.log"})


# --------------------------------------------------------------------------------- rocketmq

RMQ_NS = ["10.0.1.21:9876", "10.0.1.22:9876"]
RMQ_TOPICS = [
    ("orders", 8),
    ("payments", 4),
    ("order-events", 8),
    ("%RETRY%fulfilment-cg", 1),
    ("%DLQ%fulfilment-cg", 1),
]
RMQ_SERVICES = [
    "AllocateMappedFileService",
    "FlushRealTimeService",
    "CommitLog$GroupCommitService",
    "ReputMessageService",
    "FlushConsumeQueueService",
    "IndexService",
    "PullRequestHoldService",
    "ClientHousekeepingService",
    "TransactionalMessageCheckService",
    "TimerEnqueueGetService",
]
# (group, consume type, message model, client ip)
RMQ_CONSUMERS = [
    ("fulfilment-cg", "CONSUME_PASSIVELY", "CLUSTERING", "10.0.6.21"),
    ("fulfilment-cg", "CONSUME_PASSIVELY", "CLUSTERING", "10.0.6.22"),
    ("billing-cg", "CONSUME_PASSIVELY", "CLUSTERING", "10.0.6.31"),
    ("search-indexer-cg", "CONSUME_PASSIVELY", "CLUSTERING", "10.0.6.41"),
    ("cache-invalidator-cg", "CONSUME_PASSIVELY", "BROADCASTING", "10.0.6.51"),
]
RMQ_PRODUCERS = [
    ("order-service-pg", "10.0.5.11"),
    ("order-service-pg", "10.0.5.12"),
    ("payment-pg", "10.0.5.21"),
]


def rocketmq(r: random.Random) -> list[Log]:
    """RocketMQ 5.1.4 broker-a (master, 10.0.1.31), 06:00 to 09:30, with two name servers. It
    registers with both every 30 s; namesrv 10.0.1.22 is down from 06:40 to 06:58. Consumer
    groups' clients connect, renew subscriptions and drop; a rebalance at 07:20 when the
    fulfilment consumers are redeployed. The store's puts and flushes turn slow in bursts (a page
    cache under pressure from 07:45); the commit log disk passes its warning ratio at 08:10 and
    the store refuses puts until expired files are deleted at 08:24; the broker is restarted at
    08:50 (shutdown hook, services stopped, boot)."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S} {lvl} {ctx} - "

    o = Out(1000, ["b", "s"], head)
    t0, t_end = at(6, 0, 3), at(9, 30, 0)
    ns_down, ns_up = at(6, 40, 7), at(6, 58, 20)
    redeploy, pressure0, pressure1 = at(7, 20, 30), at(7, 45, 0), at(8, 5, 0)
    full, freed, restart = at(8, 10, 12), at(8, 24, 40), at(8, 50, 5)
    up = restart + secs(r, 8, 14)

    def B(
        f: str,
        t: datetime,
        lvl: str,
        thread: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e(f, t, fmt, *args, lvl=lvl, ctx=thread, msg=msg, cont=cont or [], proc="p")

    def boot(t: datetime, clean: bool = False) -> datetime:
        t = B(
            "s",
            t,
            "INFO",
            "main",
            "last shutdown %s, store path root dir: %s",
            "normally" if clean else "abnormally",
            "/home/rocketmq/store",
        )
        for f in [
            "topics.json",
            "consumerOffset.json",
            "delayOffset.json",
            "subscriptionGroup.json",
            "timercheck",
            "timermetrics",
        ]:
            t = B(
                "b",
                t + secs(r, 0.005, 0.05),
                "INFO",
                "main",
                "load %s OK",
                f"/home/rocketmq/store/config/{f}",
            )
        for name, q in RMQ_TOPICS:
            t = B(
                "b",
                t + secs(r, 0.001, 0.01),
                "INFO",
                "main",
                "load exist local topic, %s",
                msg=f"load exist local topic, TopicConfig [topicName={name}, readQueueNums={q}, writeQueueNums={q}, perm=RW-, topicFilterType=SINGLE_TAG, topicSysFlag=0, order=false, attributes={{}}]",
            )
        for i in range(3):
            t = B(
                "s",
                t + secs(r, 0.005, 0.05),
                "INFO",
                "main",
                "load %s OK",
                f"/home/rocketmq/store/commitlog/{i * 1073741824:020d}",
            )
        t = B("s", t + secs(r, 0.05, 0.3), "INFO", "main", "load logics queue all over, OK")
        t = B(
            "s",
            t + secs(r, 0.01, 0.1),
            "INFO",
            "main",
            "load over, and the max phy offset = %d",
            r.randrange(14 * 1073741824, 15 * 1073741824),
        )
        for svc in RMQ_SERVICES:
            t = B(
                "b",
                t + secs(r, 0.001, 0.02),
                "INFO",
                "main",
                "Try to start service thread:%s started:%b lastThread:%s",
                svc,
                "false",
                "null",
                msg=f"Try to start service thread:{svc} started:false lastThread:null",
            )
        return B(
            "b",
            t + secs(r, 0.05, 0.3),
            "INFO",
            "main",
            "The broker[%s, %s] boot success. serializeType=%s and name server is %s",
            "broker-a",
            "10.0.1.31:10911",
            "JSON",
            ";".join(RMQ_NS),
        )

    def alive(t: datetime) -> bool:
        return not (restart <= t < up)

    boot(t0)

    # registration every 30 s
    x = t0 + secs(r, 8, 12)
    seq = 1
    while x < t_end:
        if alive(x):
            for ns in RMQ_NS:
                th = f"brokerOuterExecutor_{seq}"
                if ns == RMQ_NS[1] and ns_down <= x < ns_up:
                    B(
                        "b",
                        x + secs(r, 0.001, 0.005),
                        "WARN",
                        th,
                        "registerBroker Exception, %s",
                        ns,
                        cont=[
                            f"org.apache.rocketmq.remoting.exception.RemotingConnectException: connect to {ns} failed",
                            *jframes(
                                "org.apache.rocketmq.remoting.netty.NettyRemotingClient.invokeSync(NettyRemotingClient.java:539)",
                                "org.apache.rocketmq.broker.out.BrokerOuterAPI.registerBroker(BrokerOuterAPI.java:480)",
                                "org.apache.rocketmq.broker.out.BrokerOuterAPI.lambda$registerBrokerAll$1(BrokerOuterAPI.java:402)",
                                "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
                                "java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:624)",
                                "java.lang.Thread.run(Thread.java:750)",
                            ),
                        ],
                    )
                else:
                    B(
                        "b",
                        x + secs(r, 0.001, 0.02),
                        "INFO",
                        th,
                        "register broker[%d]to name server %s OK",
                        0,
                        ns,
                    )
                seq = seq % 4 + 1
        x += secs(r, 29.99, 30.01)
    x = t0 + secs(r, 50, 60)
    while x < t_end:
        if alive(x):
            B(
                "b",
                x,
                "INFO",
                "BrokerControllerScheduledThread1",
                "dispatch behind commit log %d bytes",
                r.choice([0, 0, 0, 0, r.randrange(100, 90000)]),
            )
        x += secs(r, 59.99, 60.01)

    # clients
    port = {"p": 50000}

    def chan(ip: str) -> str:
        port["p"] = 50000 + (port["p"] - 50000 + r.randrange(7, 400)) % 15000
        return f"[id: 0x{hexid(r, 8)}, L:/10.0.1.31:10911 - R:/{ip}:{port['p']}]"

    def cinfo(ch: str, ip: str, t: datetime) -> str:
        return f"ClientChannelInfo [channel={ch}, clientId={ip}@{r.randrange(1, 99999)}#{r.randrange(10**12, 10**13)}, language=JAVA, version=453, lastUpdateTimestamp={int(t.timestamp() * 1000) - r.randrange(0, 30000)}]"

    def consumer_in(t: datetime, c: tuple) -> datetime:
        ch = chan(c[3])
        t = B(
            "b",
            t,
            "INFO",
            f"NettyServerCodecThread_{r.randrange(1, 9)}",
            "new consumer connected, group: %s %s %s channel: %s",
            c[0],
            c[1],
            c[2],
            msg=f"new consumer connected, group: {c[0]} {c[1]} {c[2]} channel: {cinfo(ch, c[3], t)}",
        )
        if r.random() < 0.4:
            t = B(
                "b",
                t + secs(r, 0.001, 0.01),
                "INFO",
                f"NettyServerCodecThread_{r.randrange(1, 9)}",
                "subscription changed, add new topic, group: %s %s",
                c[0],
                msg=f"subscription changed, add new topic, group: {c[0]} SubscriptionData [classFilterMode=false, topic={r.choice(['orders', 'order-events'])}, subString=*, tagsSet=[], codeSet=[], subVersion={int(t.timestamp() * 1000)}, expressionType=TAG]",
            )
        return t

    def consumer_out(t: datetime, c: tuple, scan: bool) -> datetime:
        ch = chan(c[3])
        if scan:
            return B(
                "b",
                t,
                "WARN",
                "ClientHousekeepingScheduledThread1",
                "SCAN: remove expired channel from ConsumerManager consumerTable. channel=%s, consumerGroup=%s",
                ch,
                c[0],
            )
        return B(
            "b",
            t,
            "INFO",
            f"NettyEventExecutorThread_{r.randrange(1, 5)}",
            "NETTY EVENT: remove channel[%s][%s] from ConsumerManager consumerTable",
            cinfo(ch, c[3], t),
            f"{c[3]}:{port['p']}",
        )

    for x in poisson(r, t0 + timedelta(minutes=3), t_end, 70):
        if not alive(x):
            continue
        if r.random() < 0.72:
            c = r.choice(RMQ_CONSUMERS)
            y = consumer_out(x, c, r.random() < 0.3)
            if r.random() < 0.15 and c[0] != "cache-invalidator-cg":
                y = B(
                    "b",
                    y + secs(r, 0.001, 0.01),
                    "INFO",
                    f"NettyEventExecutorThread_{r.randrange(1, 5)}",
                    "unregister consumer ok, no any connection, and remove consumer group, %s",
                    c[0],
                )
            consumer_in(y + secs(r, 2, 40), c)
        else:
            pg, ip = r.choice(RMQ_PRODUCERS)
            ch = chan(ip)
            y = B(
                "b",
                x,
                "INFO",
                f"NettyEventExecutorThread_{r.randrange(1, 5)}",
                "NETTY EVENT: remove channel[%s][%s] from ProducerManager groupChannelTable, producer group: %s",
                cinfo(ch, ip, x),
                f"{ip}:{port['p']}",
                pg,
            )
            B(
                "b",
                y + secs(r, 1, 20),
                "INFO",
                f"NettyServerCodecThread_{r.randrange(1, 9)}",
                "new producer connected, group: %s channel: %s",
                pg,
                cinfo(chan(ip), ip, y),
            )
    y = redeploy
    for c in RMQ_CONSUMERS[:2]:
        y = consumer_out(y + secs(r, 1, 5), c, False)
    for c in RMQ_CONSUMERS[:2]:
        y = consumer_in(y + secs(r, 10, 30), c)

    # the store
    def slow_put(t: datetime) -> None:
        th = f"SendMessageThread_{r.randrange(1, 17)}"
        if r.random() < 0.6:
            B(
                "s",
                t,
                "WARN",
                th,
                "[NOTIFYME]putMessage in lock cost time(ms)=%d, bodyLength=%d AppendMessageResult=%s",
                msg=f"[NOTIFYME]putMessage in lock cost time(ms)={r.randrange(500, 2600)}, bodyLength={r.randrange(200, 4000)} AppendMessageResult=AppendMessageResult{{status=PUT_OK, wroteOffset={r.randrange(10**10, 2 * 10**10)}, wroteBytes={r.randrange(300, 4200)}, msgId='0A00011F00002A9F{hexid(r, 16).upper()}', storeTimestamp={int(t.timestamp() * 1000)}, logicsOffset={r.randrange(10**5, 10**7)}, pagecacheRT={r.randrange(500, 2600)}, msgNum=1}}",
            )
        else:
            B(
                "s",
                t,
                "WARN",
                th,
                "putMessage not in lock elapsed time(ms)=%d, bodyLength=%d",
                r.randrange(500, 3000),
                r.randrange(200, 4000),
            )

    for x in poisson(r, t0, t_end, 300) + poisson(r, pressure0, pressure1, 6):
        if alive(x) and not (full <= x < freed):
            slow_put(x)
    for x in poisson(r, t0, t_end, 160) + poisson(r, pressure0, pressure1, 12):
        if alive(x):
            B(
                "s",
                x,
                "INFO",
                "FlushRealTimeService",
                "Flush data to disk costs %d ms",
                r.randrange(501, 4000),
            )
    for x in poisson(r, pressure0, pressure1, 45):
        B(
            "s",
            x,
            "ERROR",
            f"SendMessageThread_{r.randrange(1, 17)}",
            "do groupcommit, wait for flush failed, topic: %s tags: %s client address: %s",
            r.choice(["orders", "payments"]),
            r.choice(["created", "paid", "null"]),
            f"10.0.5.{r.choice([11, 12, 21])}:{r.randrange(40000, 60000)}",
        )

    # disk full and cleaning
    SS = "StoreScheduledThread1"
    B(
        "s",
        full,
        "ERROR",
        SS,
        "physic disk maybe full soon %s, so mark disk full, storePathPhysic=%s",
        "0.96",
        "/home/rocketmq/store/commitlog",
    )
    for x in poisson(r, full, freed, 2.4):
        B(
            "s",
            x,
            "WARN",
            f"SendMessageThread_{r.randrange(1, 17)}",
            "message store is not writeable, so putMessage is forbidden %d",
            16,
        )
    x = freed
    x = B(
        "s",
        x,
        "INFO",
        "StoreScheduledThread1",
        "begin to delete before %d hours file. deleteWhen: %s timeup: %b spacefull: %b manualDeleteFileSeveralTimes: %d cleanAtOnce: %b deleteFileBatchMax: %d",
        msg="begin to delete before 48 hours file. deleteWhen: 04 timeup: false spacefull: true manualDeleteFileSeveralTimes: 0 cleanAtOnce: true deleteFileBatchMax: 10",
    )
    for i in range(10):
        x = B(
            "s",
            x + secs(r, 0.05, 0.4),
            "INFO",
            "StoreScheduledThread1",
            "destroy mapped file[REF:%d] %s OK, W:%d M:%d, %d",
            0,
            f"/home/rocketmq/store/commitlog/{(12 + i) * 1073741824:020d}",
            1073741824,
            1073741824,
            r.randrange(5, 80),
        )
    B(
        "s",
        x + secs(r, 5, 15),
        "INFO",
        SS,
        "physic disk space OK %s, so mark disk ok, storePathPhysic=%s",
        "0.79",
        "/home/rocketmq/store/commitlog",
    )

    # restart
    x = B("b", restart, "INFO", "ShutdownHook", "Shutdown hook was invoked, %d", 1)
    for svc in RMQ_SERVICES:
        x = B(
            "b",
            x + secs(r, 0.005, 0.2),
            "INFO",
            "ShutdownHook",
            "shutdown thread[%s] interrupt=%b use time(ms) %d",
            svc,
            "false",
            r.randrange(0, 400),
            msg=f"shutdown thread[{svc}] interrupt=false use time(ms) {r.randrange(0, 400)}",
        )
    for ns in RMQ_NS:
        x = B(
            "b",
            x + secs(r, 0.005, 0.05),
            "INFO",
            "ShutdownHook",
            "unregisterBroker OK, NamesrvAddr: %s",
            ns,
        )
    B(
        "b",
        x + secs(r, 0.1, 0.5),
        "INFO",
        "ShutdownHook",
        "Shutdown hook over, consuming total time(ms): %d",
        r.randrange(2000, 5000),
    )
    y = boot(up, True)
    for c in RMQ_CONSUMERS:
        y = consumer_in(y + secs(r, 1, 6), c)
    return o.logs(t0, {"b": "broker.log", "s": "store.log"})


# --------------------------------------------------------------------------------- vernemq

VMQ_NODES = {
    "v0": "VerneMQ@vmq-0.vmq-headless.mqtt.svc.cluster.local",
    "v1": "VerneMQ@vmq-1.vmq-headless.mqtt.svc.cluster.local",
}
VMQ_APPS = [
    "lager",
    "clique",
    "vmq_commons",
    "vmq_plugin",
    "os_mon",
    "vmq_swc",
    "vmq_server",
    "vmq_webhooks",
    "vmq_acl",
    "vmq_passwd",
]


def vernemq(r: random.Random) -> list[Log]:
    """A two-node VerneMQ 2.0.1 cluster behind a load balancer, 06:00 to 09:30, authenticating
    with a webhook. A fleet of sensors with a rotated password retries every 30 s and fails
    authentication all morning (v3 and v5 clients); the auth webhook is down from 06:45 to
    06:58 (every client fails with the endpoint's error); clients' keepalives expire and a few
    sessions stop abnormally; the nodes are partitioned for four minutes at 07:40 (connection
    lines, registrations refused during the netsplit, nodedown/nodeup); at 08:20 an SWC store
    process on vmq-1 crashes and is restarted by its supervisor; vmq-1 is restarted at 08:55."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} [{lvl}] {ctx} "

    o = Out(1000, list(VMQ_NODES), head)
    t0, t_end = at(6, 0, 4), at(9, 30, 0)
    hook0, hook1 = at(6, 45, 10), at(6, 58, 2)
    split0, split1 = at(7, 40, 3), at(7, 44, 12)
    crash, restart = at(8, 20, 41), at(8, 55, 2)
    up = restart + secs(r, 10, 20)

    def pid() -> str:
        return f"<0.{r.randrange(400, 32000)}.0>"

    def V(
        n: str,
        t: datetime,
        lvl: str,
        loc: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        ctx = f"{pid()}@{loc}" if loc else pid()
        return o.e(n, t, fmt, *args, lvl=lvl, ctx=ctx, msg=msg, cont=cont or [])

    def boot(n: str, t: datetime) -> datetime:
        for app in VMQ_APPS:
            t = V(
                n,
                t + secs(r, 0.01, 0.2),
                "info",
                "",
                "Application %s started on node %s",
                app,
                f"'{VMQ_NODES[n]}'",
            )
            if app == "vmq_swc":
                t = V(
                    n,
                    t + secs(r, 0.01, 0.05),
                    "info",
                    "vmq_swc_store:init:171",
                    "opened SWC store %s at %s",
                    "metadata",
                    "/vernemq/data/swc_meta/meta1",
                )
            if app == "vmq_server":
                t = V(
                    n,
                    t + secs(r, 0.01, 0.05),
                    "info",
                    "vmq_reg_trie:handle_info:187",
                    "loaded %d subscriptions into %s",
                    r.randrange(8000, 9000),
                    "vmq_reg_trie",
                )
                t = V(
                    n,
                    t + secs(r, 0.01, 0.05),
                    "info",
                    "vmq_cluster:init:143",
                    "cluster event handler %s registered",
                    "'vmq_cluster'",
                )
                for kind, addr in [
                    ("mqtt", "0.0.0.0:1883"),
                    ("mqtts", "0.0.0.0:8883"),
                    ("mqttws", "0.0.0.0:8080"),
                    ("http", "0.0.0.0:8888"),
                ]:
                    t = V(
                        n,
                        t + secs(r, 0.001, 0.02),
                        "info",
                        "vmq_ranch_config:start_listener:223",
                        "started %s listener on %s",
                        kind,
                        addr,
                    )
            if app in ("vmq_webhooks", "vmq_acl", "vmq_passwd"):
                t = V(
                    n,
                    t + secs(r, 0.001, 0.02),
                    "info",
                    "vmq_plugin_mgr:enable_plugin:415",
                    "enabled plugin %s",
                    app,
                )
        return t

    for n in VMQ_NODES:
        boot(n, t0 + secs(r, 0, 2))

    def alive(n: str, t: datetime) -> bool:
        return not (n == "v1" and restart <= t < up)

    def node_for() -> str:
        return r.choice(["v0", "v1"])

    # the fleet with the old password
    fleet = [
        (f"sensor-{i:03d}", f"10.0.7.{r.randrange(10, 250)}", r.random() < 0.4)
        for i in range(40, 44)
    ]
    for cid, ip, v5 in fleet:
        x = t0 + secs(r, 5, 30)
        while x < t_end:
            n = node_for()
            if alive(n, x) and not (hook0 <= x < hook1):
                fsm = "vmq_mqtt5_fsm:check_user:614" if v5 else "vmq_mqtt_fsm:check_user:556"
                reason = "bad_username_or_password" if v5 else "invalid_credentials"
                V(
                    n,
                    x,
                    "warning",
                    fsm,
                    "can't authenticate client %s from %s due to %s",
                    f'{{[],<<"{cid}">>}}',
                    f"{ip}:{r.randrange(30000, 60000)}",
                    reason,
                )
            x += secs(r, 25, 35) * (4 if x > at(7, 30) else 1)

    # the webhook down: every client connecting fails
    for x in poisson(r, hook0, hook1, 2.2):
        n = node_for()
        cid = r.choice(
            [f"sensor-{i:03d}" for i in range(1, 40)] + ["dashboard-7", "plc-gw-3", "plc-gw-4"]
        )
        y = V(
            n,
            x,
            "error",
            "vmq_webhooks_plugin:call_endpoint:690",
            "calling endpoint %s failed due to %s",
            "http://mqtt-auth.mqtt.svc:8080/auth_on_register",
            r.choice(
                [
                    "{closed,econnrefused}",
                    "econnrefused",
                    '{failed_connect,[{to_address,{"mqtt-auth.mqtt.svc",8080}},{inet,[inet],econnrefused}]}',
                ]
            ),
        )
        V(
            n,
            y + secs(r, 0.0005, 0.003),
            "warning",
            "vmq_mqtt_fsm:check_user:556",
            "can't authenticate client %s from %s due to %s",
            f'{{[],<<"{cid}">>}}',
            f"10.0.7.{r.randrange(10, 250)}:{r.randrange(30000, 60000)}",
            "error",
        )

    # keepalive expiry and abnormal stops
    for x in poisson(r, t0 + timedelta(minutes=2), t_end, 24):
        n = node_for()
        if not alive(n, x):
            continue
        cid = r.choice(
            [f"sensor-{i:03d}" for i in range(1, 40)]
            + ["dashboard-7", "plc-gw-3", "plc-gw-4", "mobile-a81f"]
        )
        user = "plc" if cid.startswith("plc") else ("sensor" if cid.startswith("sensor") else "app")
        if r.random() < 0.75:
            loc = r.choice(["vmq_mqtt_fsm:connected:389", "vmq_mqtt5_fsm:connected:512"])
            V(
                n,
                x,
                "warning",
                loc,
                "client %s with username %s stopped due to keepalive expired",
                f'{{[],<<"{cid}">>}}',
                f'<<"{user}">>',
            )
        else:
            V(
                n,
                x,
                "warning",
                "vmq_ranch:teardown:262",
                "session stopped abnormally due to '%s'",
                r.choice(
                    [
                        "receive_max_exceeded",
                        "{invalid_packet,<<16,14,0,4,77,81>>}",
                        "etimedout",
                        '{tls_alert,{unknown_ca,"TLS server: In state certify received CLIENT ALERT: Fatal - Unknown CA\\n"}}',
                    ]
                ),
            )

    # the netsplit
    for n, other in [("v0", "v1"), ("v1", "v0")]:
        x = V(
            n,
            split0 + secs(r, 0, 1),
            "warning",
            "vmq_cluster_node:handle_info:214",
            "connection to node %s has been closed, reconnect in %dms",
            f"'{VMQ_NODES[other]}'",
            1000,
        )
        x = V(
            n,
            x + secs(r, 0.01, 0.2),
            "info",
            "vmq_cluster:handle_event:98",
            "cluster event handler %s received nodedown for %s",
            "'vmq_cluster'",
            f"'{VMQ_NODES[other]}'",
        )
        x = V(
            n,
            x + secs(r, 0.01, 0.2),
            "warning",
            "vmq_cluster:recheck:180",
            "cluster is not ready, %d of %d nodes reachable",
            1,
            2,
        )
        while x < split1:
            x = V(
                n,
                x + secs(r, 0.99, 1.01),
                "warning",
                "vmq_cluster_node:connect:262",
                "can't connect to node %s due to %s",
                f"'{VMQ_NODES[other]}'",
                r.choice(["timeout", "ehostunreach"]),
            )
            x += secs(r, 1, 3)
        x = V(
            n,
            split1 + secs(r, 0, 2),
            "info",
            "vmq_cluster:handle_event:98",
            "cluster event handler %s received nodeup for %s",
            "'vmq_cluster'",
            f"'{VMQ_NODES[other]}'",
        )
        x = V(
            n,
            x + secs(r, 0.01, 0.1),
            "info",
            "vmq_cluster:recheck:176",
            "cluster is ready, %d of %d nodes reachable",
            2,
            2,
        )
        x = V(
            n,
            x + secs(r, 0.1, 0.5),
            "info",
            "vmq_swc_exchange_fsm:prepare:121",
            "Replica %s: starting AE exchange with %s",
            f"meta{r.randrange(1, 11)}",
            f"'{VMQ_NODES[other]}'",
        )
        V(
            n,
            x + secs(r, 0.5, 2),
            "info",
            "vmq_swc_exchange_fsm:local_sync_repair:186",
            "Replica %s: AE exchange with %s synced %d objects",
            f"meta{r.randrange(1, 11)}",
            f"'{VMQ_NODES[other]}'",
            r.randrange(20, 400),
        )
    for x in poisson(r, split0, split1, 2.8):
        n = node_for()
        cid = r.choice(
            [f"sensor-{i:03d}" for i in range(1, 40)]
            + ["dashboard-7", "mobile-a81f", "mobile-3c02"]
        )
        loc = r.choice(["vmq_mqtt_fsm:check_user:571", "vmq_mqtt5_fsm:check_user:629"])
        V(
            n,
            x,
            "warning",
            loc,
            "can't register client %s due to %s",
            f'{{[],<<"{cid}">>}}',
            "not_ready",
        )

    # the crash on vmq-1
    p = f"<0.{r.randrange(2000, 4000)}.0>"
    term = [
        '    {{badmatch,{error,{db_write,"IO error: No space left on device"}}},',
        '     [{vmq_swc_store,handle_call,3,[{file,"vmq_swc_store.erl"},{line,412}]},',
        '      {gen_server,try_handle_call,4,[{file,"gen_server.erl"},{line,1131}]}]}',
    ]
    x = o.e(
        "v1",
        crash,
        "gen_server %s terminated with reason: no match of right hand value %s in %s line %d",
        lvl="error",
        ctx=p,
        msg=f'gen_server {p} terminated with reason: no match of right hand value {{error,{{db_write,"IO error: No space left on device"}}}} in vmq_swc_store:handle_call/3 line 412',
    )
    x = o.e(
        "v1",
        x + secs(r, 0.001, 0.004),
        "CRASH REPORT Process %s with %d neighbours crashed with reason: no match of right hand value %s in %s line %d",
        lvl="error",
        ctx=p,
        msg=f'CRASH REPORT Process {p} with 0 neighbours crashed with reason: no match of right hand value {{error,{{db_write,"IO error: No space left on device"}}}} in vmq_swc_store:handle_call/3 line 412',
        cont=term,
    )
    x = o.e(
        "v1",
        x + secs(r, 0.001, 0.004),
        "Supervisor %s had child %s started with %s at %s exit with reason %s in context %s",
        lvl="error",
        ctx=f"<0.{r.randrange(300, 600)}.0>",
        msg=f'Supervisor vmq_swc_store_sup_meta3 had child vmq_swc_store_meta3 started with vmq_swc_store:start_link(meta3) at {p} exit with reason no match of right hand value {{error,{{db_write,"IO error: No space left on device"}}}} in vmq_swc_store:handle_call/3 line 412 in context child_terminated',
    )
    V(
        "v1",
        x + secs(r, 0.05, 0.3),
        "info",
        "vmq_swc_store:init:171",
        "opened SWC store %s at %s",
        "meta3",
        "/vernemq/data/swc_meta/meta3",
    )
    for y in poisson(r, crash, crash + timedelta(seconds=40), 3):
        V(
            "v1",
            y,
            "error",
            "vmq_swc_store:handle_call:412",
            "can't write %d objects to %s: %s",
            r.randrange(1, 30),
            "meta3",
            '{db_write,"IO error: No space left on device"}',
        )

    # the disk alarm before the crash
    V(
        "v1",
        crash - secs(r, 200, 260),
        "info",
        "",
        "alarm_handler: %s",
        '{set,{{disk_almost_full,"/vernemq/data"},[]}}',
    )
    V(
        "v1",
        restart + secs(r, 30, 40) + timedelta(seconds=20),
        "info",
        "",
        "alarm_handler: %s",
        '{clear,{disk_almost_full,"/vernemq/data"}}',
    )

    # a dashboard that cannot keep up, a PLC publishing where it may not, session takeovers
    for x in poisson(r, at(7, 50), at(8, 15), 14):
        V(
            "v0",
            x,
            "warning",
            "vmq_queue:online:412",
            "max_online_messages reached for %s, dropping %d messages",
            '{[],<<"dashboard-7">>}',
            r.randrange(1, 400),
        )
    for x in poisson(r, t0 + timedelta(minutes=5), t_end, 210):
        n = node_for()
        if alive(n, x):
            V(
                n,
                x,
                "warning",
                "vmq_mqtt_fsm:auth_on_publish:808",
                "publish to topic %s not allowed for client %s",
                '[<<"factory">>,<<"line-3">>,<<"cmd">>]',
                '{[],<<"plc-gw-3">>}',
            )
    for x in poisson(r, t0 + timedelta(minutes=5), t_end, 300):
        n = node_for()
        if alive(n, x):
            V(
                n,
                x,
                "info",
                "vmq_reg:register_subscriber:196",
                "client %s connected from %s took over the session of %s",
                f'{{[],<<"mobile-{hexid(r, 4)}">>}}',
                f"10.0.9.{r.randrange(2, 250)}:{r.randrange(30000, 60000)}",
                f"<0.{r.randrange(400, 32000)}.0>",
            )

    # vmq-1 restart
    x = V("v1", restart, "info", "vmq_server_app:prep_stop:58", "stopping %s", "vmq_server")
    for kind, addr in [
        ("mqtt", "0.0.0.0:1883"),
        ("mqtts", "0.0.0.0:8883"),
        ("mqttws", "0.0.0.0:8080"),
        ("http", "0.0.0.0:8888"),
    ]:
        x = V(
            "v1",
            x + secs(r, 0.01, 0.1),
            "info",
            "vmq_ranch_config:stop_listener:251",
            "stopped %s listener on %s",
            kind,
            addr,
        )
    for app in reversed(VMQ_APPS[5:]):
        x = V(
            "v1",
            x + secs(r, 0.05, 0.4),
            "info",
            "",
            "Application %s exited with reason: %s",
            app,
            "stopped",
        )
    x = V(
        "v1",
        x + secs(r, 0.2, 1),
        "info",
        "vmq_cluster:handle_event:98",
        "cluster event handler %s received nodedown for %s",
        "'vmq_cluster'",
        f"'{VMQ_NODES['v1']}'",
    )
    boot("v1", up)
    V(
        "v0",
        restart + secs(r, 0.5, 1),
        "warning",
        "vmq_cluster_node:handle_info:214",
        "connection to node %s has been closed, reconnect in %dms",
        f"'{VMQ_NODES['v1']}'",
        1000,
    )
    V(
        "v0",
        up + secs(r, 4, 6),
        "info",
        "vmq_cluster:handle_event:98",
        "cluster event handler %s received nodeup for %s",
        "'vmq_cluster'",
        f"'{VMQ_NODES['v1']}'",
    )
    return o.logs(t0, {"v0": "vmq-0-console.log", "v1": "vmq-1-console.log"})


# --------------------------------------------------------------------------------- benthos

BT_VER = "4.27.0"


def benthos(r: random.Random) -> list[Log]:
    """Two Redpanda Connect 4.27 streams, 06:00 to 09:30, logfmt to stderr without a
    timestamp. `orders-connect` reads the `orders` topic with kafka_franz, maps each order with
    bloblang (a null customer and a string amount fail the mapping; a `log` processor warns
    of the dropped orders) and posts it to a partner's webhook (http_client), which returns 503s
    from 06:30 to 06:52, refuses connections from 07:35 to 07:41 and times out now and then; a
    Redpanda broker restarts at 08:10 (franz-go's connection lines). `clicks-connect` reads
    clicks over HTTP, caches sessions in Redis (down from 07:05 to 07:12: reconnects) and writes
    to Kafka. Both are restarted at 09:00 for a config change (SIGTERM, pending acks)."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"level={lvl} msg="

    o = Out(1000, ["o", "c"], head)
    t0, t_end = at(6, 0, 5), at(9, 30, 0)
    h503_0, h503_1 = at(6, 30, 2), at(6, 52, 40)
    ref0, ref1 = at(7, 35, 10), at(7, 41, 30)
    redis0, redis1 = at(7, 5, 3), at(7, 12, 20)
    rp0, rp1 = at(8, 10, 5), at(8, 11, 40)
    restart = at(9, 0, 3)

    def q(v: str) -> str:
        if v == "" or any(c in v for c in ' "=\\'):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return v

    def Bt(
        f: str,
        t: datetime,
        lvl: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        fields: str = "@service=benthos",
    ) -> datetime:
        text = msg if msg is not None else fmt % args
        return o.e(f, t, fmt, lvl=lvl, msg=f"{q(text)} {fields}")

    def boot(f: str, t: datetime, inp: str, outs: list[tuple[str, str]], cfg: str) -> datetime:
        t = Bt(
            f,
            t,
            "info",
            "Running main config from specified file",
            fields=f"@service=benthos benthos_version={BT_VER} path={cfg}",
        )
        t = Bt(
            f,
            t + secs(r, 0.001, 0.01),
            "info",
            "Listening for HTTP requests at: %s",
            "http://0.0.0.0:4195",
        )
        t = Bt(
            f, t + secs(r, 0.01, 0.1), "info", "Launching a benthos instance, use CTRL+C to close"
        )
        t = Bt(
            f,
            t + secs(r, 0.05, 0.5),
            "info",
            "Input type %s is now active",
            inp,
            fields='@service=benthos label="" path=root.input',
        )
        for typ, label in outs:
            t = Bt(
                f,
                t + secs(r, 0.01, 0.3),
                "info",
                "Output type %s is now active",
                typ,
                fields=f"@service=benthos label={label} path=root.output{'.broker.outputs.1' if label == 'cache' else ''}",
            )
        return t

    boot("o", t0, "kafka_franz", [("http_client", "webhook")], "/benthos.yaml")
    boot(
        "c",
        t0 + secs(r, 0.5, 2),
        "http_server",
        [("kafka_franz", "events"), ("redis_hash", "cache")],
        "/connect.yaml",
    )
    Bt(
        "c",
        t0 + secs(r, 3, 4),
        "info",
        "Receiving HTTP messages at: %s",
        "http://0.0.0.0:4195/clicks",
        fields='@service=benthos label="" path=root.input',
    )

    WH = "@service=benthos label=webhook path=root.output"
    URL = "https://hooks.partner.example.com/v2/orders"

    def down(t: datetime) -> bool:
        return restart <= t < restart + timedelta(seconds=12)

    # the webhook
    for x in poisson(r, h503_0, h503_1, 3.3):
        Bt(
            "o",
            x,
            "error",
            "Failed to send message to %s: HTTP request returned unexpected response code (%d): %s",
            "http_client",
            503,
            "503 Service Unavailable",
            fields=WH,
        )
    for x in poisson(r, ref0, ref1, 2.1):
        Bt(
            "o",
            x,
            "error",
            'Failed to send message to %s: Post "%s": dial tcp %s: connect: connection refused',
            "http_client",
            URL,
            "203.0.113.40:443",
            fields=WH,
        )
    for x in poisson(r, t0 + timedelta(minutes=3), t_end, 150):
        if not down(x):
            Bt(
                "o",
                x,
                "error",
                'Failed to send message to %s: Post "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                "http_client",
                URL,
                fields=WH,
            )
    for x in poisson(r, t0 + timedelta(minutes=3), t_end, 600):
        if not down(x):
            Bt(
                "o",
                x,
                "error",
                "Failed to send message to %s: HTTP request returned unexpected response code (%d): %s",
                "http_client",
                *r.choice([(429, "429 Too Many Requests"), (502, "502 Bad Gateway")]),
                fields=WH,
            )

    # mapping errors and the log processor
    ENR = "@service=benthos label=normalise path=root.pipeline.processors.0"
    for x in poisson(r, t0 + timedelta(minutes=1), t_end, 14):
        if down(x):
            continue
        oid = r.randrange(8_800_000, 8_999_999)
        kind = r.choices(["null", "num", "parse"], [5, 3, 1])[0]
        if kind == "null":
            err = "failed assignment (line 3): field `this.customer.id`: value is null"
            fmt = "failed assignment (line %d): field `%s`: value is null"
        elif kind == "num":
            amt = r.choice(["12,90", "n/a", "EUR 19.99", ""])
            err = f'failed assignment (line 5): field `this.total.number()`: strconv.ParseFloat: parsing "{amt}": invalid syntax'
            fmt = 'failed assignment (line %d): field `%s`: strconv.ParseFloat: parsing "%s": invalid syntax'
        else:
            err = "failed to parse message as JSON: invalid character '}' looking for beginning of object key string"
            fmt = "failed to parse message as JSON: invalid character '%s' looking for beginning of object key string"
        y = o.e("o", x, fmt, lvl="error", msg=f"{q(err)} {ENR}")
        o.e(
            "o",
            y + secs(r, 0.0002, 0.002),
            "dropping order %s: " + fmt,
            lvl="warn",
            msg=f"{q(f'dropping order {oid}: {err}')} @service=benthos label=dead_letter_log path=root.pipeline.processors.2.switch.0.processors.0",
        )

    # clicks: redis
    CA = "@service=benthos label=cache path=root.output.broker.outputs.1"
    x = Bt(
        "c",
        redis0,
        "error",
        "Failed to send message to %s: dial tcp %s: connect: connection refused",
        "redis_hash",
        "10.0.8.30:6379",
        fields=CA,
    )
    while x < redis1:
        x = Bt(
            "c",
            x + secs(r, 0.9, 1.1),
            "error",
            "Failed to connect to %s: dial tcp %s: connect: connection refused",
            "redis_hash",
            "10.0.8.30:6379",
            fields=CA,
        )
        x += secs(r, 1, 4)
    Bt("c", x + secs(r, 0.5, 1.5), "info", "Output type %s is now active", "redis_hash", fields=CA)
    for x in poisson(r, t0 + timedelta(minutes=1), t_end, 95):
        if down(x) or redis0 <= x < redis1:
            continue
        if r.random() < 0.5:
            Bt(
                "c",
                x,
                "warn",
                "Rate limit %s exceeded, retrying in %s",
                "redis_writes",
                f"{r.randrange(50, 900)}ms",
                fields=CA,
            )
        else:
            Bt(
                "c",
                x,
                "error",
                "Failed to send message to %s: read tcp %s->%s: i/o timeout",
                "redis_hash",
                f"10.0.2.{r.randrange(20, 40)}:{r.randrange(40000, 60000)}",
                "10.0.8.30:6379",
                fields=CA,
            )
    CI = '@service=benthos label="" path=root.input'

    # a Redpanda broker restarts: franz-go's own lines through the logger
    for f, label, path in [
        ("o", '""', "root.input"),
        ("c", "events", "root.output.broker.outputs.0"),
    ]:
        x = rp0 + secs(r, 0, 2)
        Bt(
            f,
            x,
            "warn",
            "read from broker errored, killing connection",
            fields=f"@service=benthos label={label} path={path} addr=redpanda-1.redpanda.data.svc:9093 broker=1 err=EOF successful_reads={r.randrange(10000, 90000)}",
        )
        x += secs(r, 0.2, 0.5)
        while x < rp1:
            x = Bt(
                f,
                x,
                "warn",
                "unable to open connection to broker",
                fields=f'@service=benthos label={label} path={path} addr=redpanda-1.redpanda.data.svc:9093 broker=1 err="dial tcp 10.0.2.12:9093: connect: connection refused"',
            )
            x += secs(r, 2, 8)
        if f == "o":
            G = '@service=benthos label="" path=root.input group=orders-connect'
            x = Bt(f, x, "warn", "heartbeat errored", fields=f"{G} err=REBALANCE_IN_PROGRESS")
            x = Bt(
                f,
                x + secs(r, 0.001, 0.01),
                "info",
                "entering OnPartitionsRevoked",
                fields=f'{G} with="map[orders:[0 3 6]]"',
            )
            x = Bt(f, x + secs(r, 0.01, 0.1), "info", "joining group", fields=G)
            x = Bt(
                f,
                x + secs(r, 0.5, 3),
                "info",
                "joined, balancing group",
                fields=f"{G} member_id=kgo-{hexid(r, 8)}-{hexid(r, 4)} instance_id=<nil> generation=42 balance_protocol=cooperative-sticky leader=false",
            )
            x = Bt(
                f,
                x + secs(r, 0.01, 0.1),
                "info",
                "syncing",
                fields=f"{G} protocol_type=consumer protocol=cooperative-sticky",
            )
            x = Bt(
                f, x + secs(r, 0.01, 0.1), "info", "synced", fields=f'{G} assigned="orders[0 3 6]"'
            )
            Bt(
                f,
                x + secs(r, 0.1, 1),
                "info",
                "assigning partitions",
                fields='@service=benthos label="" path=root.input why="newly assigned" how=assigning\\ everything\\ new,\\ keeping\\ current\\ assignment input="orders[0 3 6]"',
            )

    # restarts
    for f, cfg in [("o", "/benthos.yaml"), ("c", "/connect.yaml")]:
        x = Bt(f, restart + secs(r, 0, 0.5), "info", "Received SIGTERM, the service is closing")
        x = Bt(
            f,
            x + secs(r, 0.001, 0.01),
            "info",
            "Waiting for pending acks to resolve before shutting down.",
        )
        if f == "o":
            x = Bt(
                f,
                x + secs(r, 5, 6),
                "warn",
                "Unable to fully drain buffered messages within target time.",
            )
        else:
            x = Bt(f, x + secs(r, 0.1, 1), "info", "Pending acks resolved.")
        if f == "o":
            boot(f, x + secs(r, 3, 6), "kafka_franz", [("http_client", "webhook")], cfg)
        else:
            y = boot(
                f,
                x + secs(r, 3, 6),
                "http_server",
                [("kafka_franz", "events"), ("redis_hash", "cache")],
                cfg,
            )
            Bt(
                "c",
                y + secs(r, 0.01, 0.1),
                "info",
                "Receiving HTTP messages at: %s",
                "http://0.0.0.0:4195/clicks",
                fields=CI,
            )
    return o.logs(t0, {"o": "orders-connect.log", "c": "clicks-connect.log"})


SYSTEMS = {
    "nsqd": nsqd,
    "activemq": activemq,
    "rocketmq": rocketmq,
    "vernemq": vernemq,
    "benthos": benthos,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
