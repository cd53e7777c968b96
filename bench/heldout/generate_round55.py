#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 55 (varnish, istio, zeek, dockerd, hasura) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock). Five log shapes not yet covered:

- Varnish Cache 7.4 on two cache nodes: `cache1-varnishncsa.log` (varnishncsa's default NCSA
  format, `%h %l %u %t "%r" %s %b "%{Referer}i" "%{User-agent}i"`, the request line with the
  full URL varnishncsa builds from the Host header), `cache2-varnishncsa.log` (a custom `-F`
  that adds `%{Varnish:hitmiss}x %{Varnish:handling}x %{Varnish:time_firstbyte}x`),
  `cache1-journal.log` (`journalctl -u varnish -o short-iso`: systemd's unit lines, varnishd's
  `Child (%jd) Started`, `said`, `died signal=6 (core dumped)`, the multi-line `Panic at:`
  message journalctl indents under its first line, `Child cleanup complete`, varnishreload's
  lines) and `cache1-varnishlog.log` (`varnishlog -g raw -i Backend_health -i FetchError`
  written as text during an incident: no timestamps, `%10u %-14s %c %s`), with an API backend
  going sick (`Went sick`, `Still sick`, `Back healthy`, FetchError `backend %s: fail errno %d
  (%s)`, `first byte timeout`), 503s from `vcl_backend_error`, PURGE requests.
- Istio 1.20: `istiod-*.log` (zap's text encoder: `time\tlevel\tscope\tmessage`, the default
  scope's lines with no scope column, labels after a tab as `key=value`): FLAG lines, start-up,
  `Push debounce stable[%d] %d for config %s: %v since last change, %v since last push,
  full=%v`, `XDS: Pushing ...`, `%s: PUSH%s for node:%s resources:%d size:%s%s`, ADS
  connections opening and closing while a pod crash-loops, ACK errors, the `Push Status:`
  JSON written over several lines, the validation webhook rejecting a VirtualService, a
  Kubernetes watch failing; and three sidecars' `istio-proxy` containers (pilot-agent's
  start-up, Envoy's own `%Y-%m-%dT%T.%fZ\t%l\tenvoy %n %g:%#\t%v\tthread=%t` lines, and the
  access log in Istio's default TEXT format) with response flags UF, URX, UH, UO, UT, NR, DC.
- Zeek 6 on a sensor of an office network: `conn.log`, `dns.log`, `http.log`, `ssl.log`,
  `notice.log`, `weird.log`, `reporter.log` in Zeek's TSV (the `#separator \\x09`,
  `#set_separator`, `#empty_field`, `#unset_field`, `#path`, `#open`, `#fields`, `#types`
  directives and `#close` when the log is rotated), with a port scan (REJ and S0
  connections, `Scan::Port_Scan`), a certificate that fails validation, NIC checksum
  offloading (`bad_TCP_checksum` weirds and the reporter's warning), DNS replies with no
  request, capture loss.
- Docker Engine 24: `node1-journal.log` (`journalctl -u docker -u containerd -o short-iso`:
  dockerd's and containerd's logrus text behind journald's prefix) and `node2-docker.log`
  (OpenRC's `/var/log/docker.log`: dockerd's stderr with the containerd it manages
  interleaved): start-up, `ignoring event` for task events, shims starting and disconnecting,
  a worker OOM-killed and restarted, a healthcheck that cannot run, a port already allocated
  (`Failed to allocate and map port %d-%d: %s` and the API handler's error), `Container failed
  to exit within %s of signal %d - using the force`, a registry that times out and refuses
  pulls, a full disk, a daemon restart.
- Hasura GraphQL Engine 2.38 (one JSON object per line, keys sorted: `detail`, `level`,
  `timestamp`, `type`) on two replicas, `graphql-engine-0.log` and `graphql-engine-1.log`:
  `startup` records of each kind, `http-log` (`operation` with `query`, `error`,
  `request_id`, `user_vars`; `http_info` with `method`, `url`, `status`), `websocket-log`,
  `query-log` (replica 0 only), `livequery-poller-log`, `event-trigger` and
  `scheduled-trigger` records, `jwk-refresh-log`, `unstructured` lines, an inconsistent
  metadata object after a table was dropped, and the Postgres primary lost for six minutes.

Label notes. The rules of rounds 51 to 54 hold. An access record (varnishncsa's lines, the
sidecars' access log, Zeek's http.log, Hasura's http-log) is labelled as the set's access-log
systems are: its method, its route (the URL's path, ids and hashes variables, the query
string and the protocol version values) and its status, and what the record says about the
failure after the status when it says something: Envoy's response flags (`503 UF`, as the
ALB's `error_reason`) and Hasura's error message format (`POST /v1/graphql 200 field %s not
found in type: %s`, a message of its own). varnishncsa's hit/miss and handling words are
enum values (cache states, not what the request was). A TSV record of Zeek's, like IIS's
W3C records in round 54, is labelled by the fields that say what happened, everything else a
value: conn.log by `proto` and `conn_state` (`conn tcp REJ`), dns.log by `qtype_name` and
`rcode_name` (`dns A NXDOMAIN`), http.log as an access line, ssl.log by `established` and
`last_alert` (`ssl F handshake_failure`), weird.log by the weird's `name`, notice.log by the
notice type and its message's format (`Scan::Port_Scan %s scanned at least %d unique ports
of hosts %s in %s`), reporter.log by its level and message format; the directives are the
writer's statements (`#fields %s`, `#close %s`: one each across the logs). Zeek's `path` word
and Hasura's record `type` (and `kind`) are literals the writer is given, so they are part of
a label; the fields of logrus (dockerd, containerd) and zap (`latency=... ttl=...`) are
attributes: the label is the message alone. A VSL record's tag and its branch words (`Still
healthy`, `Went sick`, `Back healthy`, `Still sick`) are wording. varnishd's child panic is
`Child (%jd) Panic at: %s` and the lines below it belong to it; so do the lines of istiod's
`Push Status:` JSON, pilot-agent's `Effective config:` YAML and a Hasura value's `\\n`s (written
escaped, one line). journald's prefix and the syslog identifier are context.

Sources. From the helper's knowledge of the programs' logs, not checked against their sources
here (least sure: varnishreload's output, the `said` lines, the raw varnishlog column widths;
Istio's push line (`%s: PUSH%s for node:...`) and which scopes print what, the
`validationServer` and `klog` texts, the pilot-agent start-up order and its texts; Zeek's
`#types` of http.log and ssl.log, the notice messages' wording and the reporter's checksum
warning; Docker's `Health check for container %s error: %v` level, `Failed to allocate and
map port` and whether Docker 24 still writes `Not continuing with pull after error: %v`
inline; most of Hasura's `detail` layouts beyond http-log and startup: the event-trigger,
scheduled-trigger, livequery-poller and jwk-refresh records). Run it only to change the data
on purpose: `python bench/heldout/generate_round55.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, logrus_value, secs
from generate_round53 import Clock, ms3


def at(h: int, m: int, s: int = 0) -> datetime:
    """An instant of 2024-06-04 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 4, h, m, s, tzinfo=UTC)


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants between t0 and t1, `mean` seconds apart on average."""
    out, t = [], t0
    while True:
        t += timedelta(seconds=r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
]


def clf_time(t: datetime) -> str:
    return f"{t:%d/%b/%Y:%H:%M:%S} +0000"


# --------------------------------------------------------------------------------- varnish

VN_VERSION = "varnish-7.4.3 revision b659b7ae62b44c05888919c5c1cd03ba6eaec681"
VN_UNIT = "varnish.service - Varnish Cache, a high-performance HTTP accelerator"
# (weight, method, route as labelled, path maker, query maker, cacheable)
VN_ROUTES = [
    (14, "GET", "/", lambda r: "/", lambda r: "", True),
    (
        12,
        "GET",
        "/static/css/main.%s.css",
        lambda r: f"/static/css/main.{r.choice(['3f9a1c2e', '8d20b7f4'])}.css",
        lambda r: "",
        True,
    ),
    (
        12,
        "GET",
        "/static/js/app.%s.js",
        lambda r: f"/static/js/app.{r.choice(['b71e0d93', 'c4a6e215'])}.js",
        lambda r: "",
        True,
    ),
    (
        16,
        "GET",
        "/images/products/%s.jpg",
        lambda r: f"/images/products/{r.randrange(10000, 99999)}.jpg",
        lambda r: r.choice(["", "", "?w=400", "?w=800"]),
        True,
    ),
    (
        12,
        "GET",
        "/api/products",
        lambda r: "/api/products",
        lambda r: (
            f"?category={r.choice(['books', 'garden', 'toys', 'kitchen'])}&page={r.randrange(1, 20)}"
        ),
        True,
    ),
    (
        12,
        "GET",
        "/api/products/%s",
        lambda r: f"/api/products/{r.randrange(1000, 99999)}",
        lambda r: "",
        True,
    ),
    (8, "GET", "/api/cart", lambda r: "/api/cart", lambda r: "", False),
    (5, "POST", "/api/cart/items", lambda r: "/api/cart/items", lambda r: "", False),
    (1, "POST", "/api/checkout", lambda r: "/api/checkout", lambda r: "", False),
    (1.5, "GET", "/favicon.ico", lambda r: "/favicon.ico", lambda r: "", True),
    (0.6, "GET", "/robots.txt", lambda r: "/robots.txt", lambda r: "", True),
]
VN_PANIC = [
    "Assert error in vbf_fetch_thread(), cache/cache_fetch.c line 1080:",
    "  Condition((bo->fetch_objcore->boc->state) == BOS_FINISHED) not true.",
    f"version = {VN_VERSION}, vrt api = 18.1",
    "ident = Linux,5.15.0-107-generic,x86_64,-junix,-smalloc,-sdefault,-hcritbit,epoll",
    "now = 16520.281347 (mono), 1717497737.412008 (real)",
    "Backtrace:",
    "  0x5609f1b3e1a6: /usr/sbin/varnishd(+0x5a1a6) [0x5609f1b3e1a6]",
    "  0x5609f1bb4b15: /usr/sbin/varnishd(VAS_Fail+0x45) [0x5609f1bb4b15]",
    "  0x5609f1b44f32: /usr/sbin/varnishd(+0x60f32) [0x5609f1b44f32]",
    "  0x5609f1b7a9d0: /usr/sbin/varnishd(+0x969d0) [0x5609f1b7a9d0]",
    "  0x5609f1b7aef3: /usr/sbin/varnishd(+0x96ef3) [0x5609f1b7aef3]",
    "  0x7f1c2a694ac3: /lib/x86_64-linux-gnu/libc.so.6(+0x94ac3) [0x7f1c2a694ac3]",
    "  0x7f1c2a726850: /lib/x86_64-linux-gnu/libc.so.6(+0x126850) [0x7f1c2a726850]",
    "errno = 32 (Broken pipe)",
    "thread = (cache-worker)",
    "pthread.attr = {",
    "  guard = 4096,",
    "  stack_bottom = 0x7f1bf2a3c000,",
    "  stack_top = 0x7f1bf2abc000,",
    "  stack_size = 524288,",
    "}",
    "thr.req = NULL",
    "thr.busyobj = 0x7f1bd8c4e020 {",
    "  end = 0x7f1bd8c56000,",
    "  retries = 0,",
    "  sess_fail = 0,",
    "  flags = {do_stream},",
    "  ws = 0x7f1bd8c4e060 {",
    '    id = \\"bo\\",',
    "    {s, f, r, e} = {0x7f1bd8c50b88, +3456, (nil), +29712},",
    "  },",
    "},",
    "vmods = {",
    "  std = {0x7f1c29e2d140, Varnish 7.4.3 b659b7ae62b44c05888919c5c1cd03ba6eaec681, 0.0},",
    "  directors = {0x7f1c29e2d1c0, Varnish 7.4.3 b659b7ae62b44c05888919c5c1cd03ba6eaec681, 0.0},",
    "},",
]


def varnish(r: random.Random) -> list[Log]:
    """Two Varnish 7.4 nodes in front of a shop over a day, 06:00 to 14:00: cache1 logs with
    varnishncsa's default format, cache2 with a custom `-F` (hit/miss, handling, time to first
    byte). The API backend `api1` is refused from 09:12 to 09:31 (health probes going sick,
    FetchErrors, 503s for what api2 cannot take while the director still picks api1), slow
    from 11:05 (first byte timeouts), a VCL reload at 08:20, and cache1's child panics at
    12:02 and is restarted by the manager. An operator runs varnishlog on cache1 from 09:08 to
    09:36."""
    clock = Clock(1_000_000)  # NCSA's %t and journald's short-iso are to the second
    c1, c2, journal, vlog = Records(), Records(), Records(), Records()
    t0 = at(6, 0)
    refused, back = at(9, 12, 14), at(9, 31, 40)
    slow, slow_end = at(11, 5, 3), at(11, 41, 50)
    panic = at(12, 2, 17)
    mpid, child = 812, 1094

    def jl(t: datetime, ident: str, text: str, lab: str, more: list[str] | None = None) -> None:
        t = clock.at("journal", t)
        head = f"{t:%Y-%m-%dT%H:%M:%S}+0000 cache1 {ident}: "
        lines = [head + text] + [" " * len(head) + x for x in more or []]
        journal.add(t, lines, lab)

    def vd(t: datetime, text: str, lab: str, more: list[str] | None = None) -> None:
        jl(t, f"varnishd[{mpid}]", text, lab, more)

    # start-up: systemd, the manager, the child
    jl(t0 + timedelta(seconds=1), "systemd[1]", f"Starting {VN_UNIT}...", "Starting %s - %s...")
    t = t0 + timedelta(seconds=2)
    vd(t, f"Version: {VN_VERSION}", "Version: %s")
    vd(
        t,
        "Platform: Linux,5.15.0-107-generic,x86_64,-junix,-smalloc,-sdefault,-hcritbit",
        "Platform: %s",
    )
    vd(t, f"Child ({child}) Started", "Child (%jd) Started")
    vd(
        t + timedelta(seconds=1),
        f"Child ({child}) said Child starts",
        "Child (%jd) said Child starts",
    )
    jl(t + timedelta(seconds=1), "systemd[1]", f"Started {VN_UNIT}.", "Started %s - %s.")

    def reload(t: datetime) -> None:
        jl(t, "systemd[1]", f"Reloading {VN_UNIT}...", "Reloading %s - %s...")
        name = f"reload_{t:%Y%m%d_%H%M%S}_{r.randrange(20000, 40000)}"
        rpid = r.randrange(20000, 40000)
        jl(
            t + timedelta(seconds=1),
            f"varnishreload[{rpid}]",
            f"VCL '{name}' compiled",
            "VCL '%s' compiled",
        )
        jl(
            t + timedelta(seconds=1),
            f"varnishreload[{rpid}]",
            f"VCL '{name}' now active",
            "VCL '%s' now active",
        )
        jl(t + timedelta(seconds=2), "systemd[1]", f"Reloaded {VN_UNIT}.", "Reloaded %s - %s.")

    reload(at(8, 20, 4))

    # the panic: died, the panic message, cleanup, the new child
    vd(
        panic + timedelta(seconds=1),
        f"Child ({child}) died signal=6 (core dumped)",
        "Child (%jd) died signal=%d (core dumped)",
    )
    vd(
        panic + timedelta(seconds=1),
        f"Child ({child}) Panic at: Tue, 04 Jun 2024 12:02:17 GMT",
        "Child (%jd) Panic at: %s",
        VN_PANIC,
    )
    vd(panic + timedelta(seconds=1), "Child cleanup complete", "Child cleanup complete")
    child = 30417
    vd(panic + timedelta(seconds=2), f"Child ({child}) Started", "Child (%jd) Started")
    vd(
        panic + timedelta(seconds=3),
        f"Child ({child}) said Child starts",
        "Child (%jd) said Child starts",
    )
    reload(at(13, 10, 44))
    # the nightly-style stop at the day's end (a kernel update)
    tstop = at(13, 52, 9)
    jl(tstop, "systemd[1]", f"Stopping {VN_UNIT}...", "Stopping %s - %s...")
    vd(tstop, "Manager got SIGTERM from PID 1", "Manager got %s from PID %jd")
    vd(tstop, "Stopping Child", "Stopping Child")
    vd(
        tstop + timedelta(seconds=1),
        f"Child ({child}) said Child dies",
        "Child (%jd) said Child dies",
    )
    vd(tstop + timedelta(seconds=1), f"Child ({child}) ended", "Child (%jd) ended")
    vd(tstop + timedelta(seconds=1), "Child cleanup complete", "Child cleanup complete")
    vd(tstop + timedelta(seconds=1), "manager stopping child", "manager stopping child")
    vd(tstop + timedelta(seconds=1), "manager dies", "manager dies")
    jl(
        tstop + timedelta(seconds=2),
        "systemd[1]",
        "varnish.service: Deactivated successfully.",
        "%s: Deactivated successfully.",
    )
    jl(tstop + timedelta(seconds=2), "systemd[1]", f"Stopped {VN_UNIT}.", "Stopped %s - %s.")
    jl(
        tstop + timedelta(seconds=2),
        "systemd[1]",
        "varnish.service: Consumed 4min 12.381s CPU time.",
        "%s: Consumed %s CPU time.",
    )

    # varnishlog: health probes of api1 and api2 every 5 s, FetchErrors, 09:08 to 09:36
    vx = iter(range(32771, 10**7, 3))
    w0, w1 = at(9, 8, 2), at(9, 36, 11)
    for name, off in (("api1", 0.0), ("api2", 2.3)):
        t = w0 + timedelta(seconds=off)
        happy, window = True, [True] * 8
        while t < w1:
            down = name == "api1" and refused <= t < back
            window = [not down, *window][:8]
            good = sum(window)
            was, happy = happy, good >= 3
            if down:
                bits, resp = "4-------", "Open error 111 (Connection refused)"
                last, avg = 0.0, 0.0012 + r.random() * 0.0002
            else:
                bits, resp = "4---X-RH", "HTTP/1.1 200 OK"
                last, avg = 0.0009 + r.random() * 0.0008, 0.0012 + r.random() * 0.0003
            word = ("Back" if not was else "Still") if happy else ("Went" if was else "Still")
            kind = "healthy" if happy else "sick"
            vlog.add(
                t,
                [
                    f"{0:10d} {'Backend_health':<14} - boot.{name} {word} {kind} {bits} {good} 3 8 {last:.6f} {avg:.6f} {resp}"
                ],
                f"Backend_health %s {word} {kind} %s %u %u %u %.6f %.6f "
                + ("Open error %d (%s)" if down else "%s"),
            )
            t += timedelta(seconds=5)

    # the shop's traffic, one record per request at each node
    weights = [w for w, *_ in VN_ROUTES]
    clients = [f"203.0.113.{r.randrange(2, 250)}" for _ in range(40)] + [
        f"198.51.100.{r.randrange(2, 250)}" for _ in range(25)
    ]
    vlog_pending: list[tuple[datetime, str, str]] = []

    def traffic(rec: Records, node: str, custom: bool, mean: float) -> None:
        for t in poisson(r, t0 + timedelta(seconds=5), tstop, mean):
            if node == "cache1" and panic <= t < panic + timedelta(seconds=3):
                continue
            t = clock.at(node, t)
            _, method, route, mk_path, mk_query, cacheable = r.choices(VN_ROUTES, weights)[0]
            path = mk_path(r) + mk_query(r)
            client = r.choice(clients)
            ua = r.choice(UA_BROWSERS)
            ref = (
                "-"
                if route == "/"
                else r.choice(["-", "https://shop.example.com/", "https://shop.example.com/cart"])
            )
            api = route.startswith("/api/")
            x = r.random()
            status, size = 200, r.randrange(900, 48000)
            hitmiss, handling = (
                ("hit", "hit")
                if cacheable and x < (0.5 if api else 0.75)
                else ("miss", "miss" if cacheable else "pass")
            )
            if not cacheable:
                hitmiss = "miss"
            ttfb = 0.00005 + r.random() * 0.0002 if handling == "hit" else 0.01 + r.random() * 0.2
            pinned = route in ("/api/cart", "/api/cart/items", "/api/checkout")  # api1 only
            down = refused <= t < back and api and handling != "hit"
            early = t < refused + timedelta(seconds=19)  # before the probes mark api1 sick
            if down and (pinned or (early and r.random() < 0.8)):
                status, size, ttfb = 503, 282, 0.001 + r.random() * 0.003
                if early:
                    err = (
                        "backend api1: fail errno 111 (Connection refused)",
                        "FetchError backend %s: fail errno %d (%s)",
                    )
                else:
                    err = ("backend api1: unhealthy", "FetchError backend %s: unhealthy")
                if node == "cache1":
                    vlog_pending.append((t, *err))
            elif slow <= t < slow_end and api and handling != "hit" and r.random() < 0.7:
                status, size, ttfb = 503, 282, 30.0 + r.random() * 0.01
                if node == "cache1":
                    vlog_pending.append((t, "first byte timeout", "FetchError first byte timeout"))
            elif route == "/api/products/%s" and x > 0.95:
                status, size = 404, 87
            elif route == "/api/cart/items":
                status = 201 if x < 0.9 else 400
            elif handling == "hit" and x < 0.2 and not api:
                status, size = 304, 0
            elif route == "/robots.txt":
                size = 68
            if method == "POST":
                hitmiss, handling = "miss", "pass"
            sz = "-" if size == 0 else str(size)
            line = f'{client} - - [{clf_time(t)}] "{method} http://shop.example.com{path} HTTP/1.1" {status} {sz} "{ref}" "{ua}"'
            if custom:
                line += f" {hitmiss} {handling} {ttfb:.6f}"
            rec.add(t, [line], f"{method} {route} {status}")
        # PURGE from the shop's backend after product updates, and the LB's probe
        for t in poisson(r, t0 + timedelta(minutes=3), tstop, 600):
            t = clock.at(node, t)
            pid = r.randrange(1000, 99999)
            line = f'10.0.2.{r.choice([11, 12])} - - [{clf_time(t)}] "PURGE http://shop.example.com/api/products/{pid} HTTP/1.1" 200 240 "-" "shop-backend/2.3 (+purge)"'
            if custom:
                line += f" miss synth {0.00004 + r.random() * 0.00002:.6f}"
            rec.add(t, [line], "PURGE /api/products/%s 200")

    traffic(c1, "cache1", False, 36.0)
    traffic(c2, "cache2", True, 38.0)
    for t, data, lab in sorted(vlog_pending):
        if w0 <= t < w1:
            vlog.add(t, [f"{next(vx):10d} {'FetchError':<14} b {data}"], lab)
    return [
        c1.into(Log("cache1-varnishncsa.log", t0)),
        c2.into(Log("cache2-varnishncsa.log", t0)),
        journal.into(Log("cache1-journal.log", t0)),
        vlog.into(Log("cache1-varnishlog.log", t0)),
    ]


# --------------------------------------------------------------------------------- istio

IS_VERSION = "1.20.6"
IS_FLAGS = [
    ("caCertFile", '""'),
    ("clusterAliases", "[]"),
    ("clusterID", '"Kubernetes"'),
    ("clusterRegistriesNamespace", '"istio-system"'),
    ("configDir", '""'),
    ("ctrlz_address", '"localhost"'),
    ("ctrlz_port", '"9876"'),
    ("domain", '"cluster.local"'),
    ("grpcAddr", '":15010"'),
    ("help", '"false"'),
    ("httpAddr", '":8080"'),
    ("httpsAddr", '":15017"'),
    ("keepaliveInterval", '"30s"'),
    ("keepaliveMaxServerConnectionAge", '"30m0s"'),
    ("keepaliveTimeout", '"10s"'),
    ("kubeconfig", '""'),
    ("kubernetesApiBurst", '"160"'),
    ("kubernetesApiQPS", '"80"'),
    ("log_as_json", '"false"'),
    ("log_caller", '""'),
    ("log_output_level", '"default:info"'),
    ("log_rotate", '""'),
    ("log_stacktrace_level", '"default:none"'),
    ("log_target", "[stdout]"),
    ("meshConfig", '"./etc/istio/config/mesh"'),
    ("monitoringAddr", '":15014"'),
    ("namespace", '"istio-system"'),
    ("networksConfig", '"./etc/istio/config/meshNetworks"'),
    ("profile", '"true"'),
    ("registries", "[Kubernetes]"),
    ("resync", '"1m0s"'),
    ("secureGRPCAddr", '":15012"'),
    ("shutdownDuration", '"10s"'),
    ("tls-cipher-suites", "[]"),
    ("vklog", '"0"'),
]
IS_AGENT_FLAGS = [
    ("concurrency", '"2"'),
    ("domain", '"default.svc.cluster.local"'),
    ("help", '"false"'),
    ("log_as_json", '"false"'),
    ("log_output_level", '"default:info"'),
    ("meshConfig", '"./etc/istio/config/mesh"'),
    ("outlierLogPath", '""'),
    ("profiling", '"true"'),
    ("proxyComponentLogLevel", '"misc:error"'),
    ("proxyLogLevel", '"warning"'),
    ("serviceCluster", '"istio-proxy"'),
    ("stsPort", '"0"'),
    ("templateFile", '""'),
    ("tokenManagerPlugin", '"GoogleTokenExchange"'),
    ("vklog", '"0"'),
]
IS_EFFECTIVE = """binaryPath: /usr/local/bin/envoy
concurrency: 2
configPath: ./etc/istio/proxy
controlPlaneAuthPolicy: MUTUAL_TLS
discoveryAddress: istiod.istio-system.svc:15012
drainDuration: 45s
proxyAdminPort: 15000
serviceCluster: istio-proxy
statNameLength: 189
statusPort: 15020
terminationDrainDuration: 5s
tracing:
  zipkin:
    address: zipkin.istio-system:9411
""".splitlines()
IS_ENVOY_STREAM = (
    "envoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:152"
)
IS_PODS = {
    # name: (pod, ip, service, port)
    "productpage": ("productpage-v1-7d6cfb7dfd-5mxvh", "10.244.1.12", "productpage", 9080),
    "reviews": ("reviews-v2-5b667bcbf8-7xwqn", "10.244.2.19", "reviews", 9080),
    "ratings": ("ratings-v1-85c74b6cb4-mq9wz", "10.244.3.7", "ratings", 9080),
}
IS_OTHER = [
    "details-v1-698d88b-n6ktq.default",
    "reviews-v1-5b5d6494f4-hl7cc.default",
    "reviews-v3-5b9bd44f4-wv9xd.default",
    "istio-ingressgateway-5c7f6b9d44-fkq2x.istio-system",
    "mongodb-v1-6b8c94d4b5-4tsmq.default",
]


def istio(r: random.Random) -> list[Log]:
    """Istio 1.20 with the bookinfo application, 06:00 to 10:00: istiod starts and the
    sidecars connect; config changes push to every proxy; ratings' application crash-loops
    from 07:30 to 08:04 (reviews' calls fail with UF,URX, then UH; ratings' inbound with UF;
    endpoint pushes); a VirtualService with weights adding to 130 is rejected by the webhook at
    08:15; an EnvoyFilter breaks reviews' inbound listener from 08:40 to 08:47 (ACK errors);
    istiod is rolled at 09:10 (the sidecars' XDS streams closing and reconnecting to the new
    pod, whose log is a file of its own); a circuit breaker on reviews trips at 09:25 (UO);
    the Kubernetes API server is upgraded at 09:50 (watches ending)."""
    clock = Clock(1)
    d1, d2 = Records(), Records()
    px = {k: Records() for k in IS_PODS}
    t_end = at(10, 0)
    proxy_ids = [f"{pod}.default" for pod, *_ in IS_PODS.values()] + IS_OTHER
    conn_n = {"n": 0}
    push_n = {"n": 0}
    ratings_down, ratings_up = at(7, 30, 12), at(8, 4, 40)
    filt0, filt1 = at(8, 40, 3), at(8, 47, 21)
    roll = at(9, 10, 5)
    cb0, cb1 = at(9, 25, 0), at(9, 33, 0)

    def zap(
        rec: Records,
        proc: str,
        t: datetime,
        lvl: str,
        scope: str,
        lab: str,
        text: str,
        fields: str = "",
        more: list[str] | None = None,
    ) -> datetime:
        t = clock.at(proc, t)
        head = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z\t{lvl}\t" + (
            f"{scope}\t" if scope else ""
        )
        rec.add(t, [head + text + (f"\t{fields}" if fields else ""), *(more or [])], lab)
        return t

    def envoy(
        key: str, t: datetime, lvl: str, where: str, lab: str, text: str, thread: int
    ) -> datetime:
        t = clock.at(key, t)
        px[key].add(
            t,
            [
                f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z\t{lvl}\t{where}\t{text}\tthread={thread}"
            ],
            lab,
        )
        return t

    def size(kb: float) -> str:
        return f"{kb:.1f}kB"

    # ------------------------------------------------------------------ istiod
    def istiod_start(rec: Records, proc: str, t: datetime) -> datetime:
        for k, v in IS_FLAGS:
            t = zap(
                rec,
                proc,
                t + timedelta(microseconds=r.randrange(8, 40)),
                "info",
                "",
                "FLAG: --%s=%s",
                f"FLAG: --{k}={v}",
            )
        t += timedelta(milliseconds=r.randrange(20, 60))
        for lvl, scope, lab, text in [
            ("info", "", "mesh configuration: %s", "mesh configuration: defaultConfig:"),
            (
                "info",
                "",
                "version: %s",
                f"version: {IS_VERSION}-0a21d3d1b8d7e5f3e6e2a0b8e7a3d4d9c1f2e6b7-Clean",
            ),
            (
                "info",
                "pkica",
                "Load signing key and cert from existing secret %s/%s",
                "Load signing key and cert from existing secret istio-system/istio-ca-secret",
            ),
            ("info", "", "starting discovery service", "starting discovery service"),
            (
                "info",
                "validationController",
                "Starting validation controller",
                "Starting validation controller",
            ),
            ("info", "", "JWT policy is %v", "JWT policy is third-party-jwt"),
            (
                "info",
                "",
                "starting secure gRPC discovery service at %s",
                "starting secure gRPC discovery service at [::]:15012",
            ),
            (
                "info",
                "ads",
                "All caches have been synced up in %v, marking server ready",
                f"All caches have been synced up in {r.uniform(400, 900):.4f}ms, marking server ready",
            ),
        ]:
            # the mesh configuration and version lines continue over several lines
            more = None
            if lab == "mesh configuration: %s":
                more = [
                    "  discoveryAddress: istiod.istio-system.svc:15012",
                    "  proxyMetadata: {}",
                    "  tracing:",
                    "    zipkin:",
                    "      address: zipkin.istio-system:9411",
                    "defaultProviders:",
                    "  metrics:",
                    "  - prometheus",
                    "enablePrometheusMerge: true",
                    "rootNamespace: istio-system",
                    "trustDomain: cluster.local",
                ]
            elif lab == "flags: %s":
                more = [
                    "domain: cluster.local",
                    'jwtRule: ""',
                    "meshConfigFile: ./etc/istio/config/mesh",
                    "networksConfigFile: ./etc/istio/config/meshNetworks",
                ]
            t = zap(
                rec,
                proc,
                t + timedelta(microseconds=r.randrange(200, 90000)),
                lvl,
                scope,
                lab,
                text,
                more=more,
            )
        return t

    def push_version(t: datetime) -> str:
        push_n["n"] += 1
        return f"{t:%Y-%m-%dT%H:%M:%SZ}/{push_n['n']}"

    def xds(rec: Records, proc: str, t: datetime, node: str, kinds: str, ptype: str) -> datetime:
        for kind in kinds:
            t += timedelta(microseconds=r.randrange(150, 4000))
            node_id = node
            if kind == "C":
                t = zap(
                    rec,
                    proc,
                    t,
                    "info",
                    "ads",
                    f"%s: PUSH{ptype} for node:%s resources:%d size:%s",
                    f"CDS: PUSH{ptype} for node:{node_id} resources:{r.randrange(22, 31)} size:{size(r.uniform(20, 32))}",
                )
            elif kind == "L":
                t = zap(
                    rec,
                    proc,
                    t,
                    "info",
                    "ads",
                    f"%s: PUSH{ptype} for node:%s resources:%d size:%s",
                    f"LDS: PUSH{ptype} for node:{node_id} resources:{r.randrange(16, 24)} size:{size(r.uniform(60, 95))}",
                )
            elif kind == "R":
                t = zap(
                    rec,
                    proc,
                    t,
                    "info",
                    "ads",
                    f"%s: PUSH{ptype} for node:%s resources:%d size:%s",
                    f"RDS: PUSH{ptype} for node:{node_id} resources:{r.randrange(8, 13)} size:{size(r.uniform(6, 12))}",
                )
            elif kind == "E":
                n = r.randrange(18, 26)
                t = zap(
                    rec,
                    proc,
                    t,
                    "info",
                    "ads",
                    f"%s: PUSH{ptype} for node:%s resources:%d size:%s empty:%d cached:%d/%d",
                    f"EDS: PUSH{ptype} for node:{node_id} resources:{n} size:{size(r.uniform(3, 5))} empty:0 cached:{n - r.randrange(0, 3)}/{n}",
                )
        return t

    def connect(rec: Records, proc: str, t: datetime, node: str) -> datetime:
        conn_n["n"] += 1
        t = zap(
            rec,
            proc,
            t,
            "info",
            "ads",
            "ADS: new connection for node:%s",
            f"ADS: new connection for node:{node}-{conn_n['n']}",
        )
        return xds(rec, proc, t, node, "CLER", " request")

    def full_push(rec: Records, proc: str, t: datetime, config: str, n: int) -> datetime:
        v = push_version(t)
        t = zap(
            rec,
            proc,
            t,
            "info",
            "ads",
            "Push debounce stable[%d] %d for config %s: %v since last change, %v since last push, full=%v",
            f"Push debounce stable[{push_n['n']}] {n} for config {config}: {r.uniform(100, 110):.5f}ms since last change, {r.uniform(100, 900):.5f}ms since last push, full=true",
        )
        t = zap(
            rec,
            proc,
            t + timedelta(microseconds=r.randrange(300, 2000)),
            "info",
            "ads",
            "XDS: Pushing Services:%d ConnectedEndpoints:%d Version:%s",
            f"XDS: Pushing Services:{r.randrange(11, 14)} ConnectedEndpoints:{len(proxy_ids)} Version:{v}",
        )
        for node in r.sample(proxy_ids, len(proxy_ids)):
            t = xds(rec, proc, t, node, "CL" + ("R" if "mongodb" not in node else ""), "")
        return t

    def inc_push(rec: Records, proc: str, t: datetime, svc: str, empty: bool) -> datetime:
        v = push_version(t)
        t = zap(
            rec,
            proc,
            t,
            "info",
            "ads",
            "Push debounce stable[%d] %d for config %s: %v since last change, %v since last push, full=%v",
            f"Push debounce stable[{push_n['n']}] 1 for config ServiceEntry/default/{svc}.default.svc.cluster.local: {r.uniform(100, 110):.5f}ms since last change, {r.uniform(100, 20000):.5f}ms since last push, full=false",
        )
        t = zap(
            rec,
            proc,
            t + timedelta(microseconds=r.randrange(300, 2000)),
            "info",
            "ads",
            "XDS: Incremental Pushing ConnectedEndpoints:%d Version:%s",
            f"XDS: Incremental Pushing ConnectedEndpoints:{len(proxy_ids)} Version:{v}",
        )
        for node in r.sample(proxy_ids, len(proxy_ids)):
            if "mongodb" in node:
                continue
            t += timedelta(microseconds=r.randrange(150, 3000))
            t = zap(
                rec,
                proc,
                t,
                "info",
                "ads",
                "%s: PUSH INC for node:%s resources:%d size:%s empty:%d cached:%d/%d",
                f"EDS: PUSH INC for node:{node} resources:1 size:{'0B' if empty else size(r.uniform(0.2, 0.4))} empty:{int(empty)} cached:0/1",
            )
        return t

    def push_status(rec: Records, proc: str, t: datetime, body: dict) -> None:
        text = json.dumps(body, indent=4).splitlines()
        zap(
            rec, proc, t, "info", "ads", "Push Status: %s", f"Push Status: {text[0]}", more=text[1:]
        )

    istiod_start(d1, "d1", at(6, 0, 0) + timedelta(microseconds=r.randrange(0, 999999)))
    # the sidecars and gateways connect as their pods start
    starts = {}
    for node in proxy_ids:
        tt = at(6, 0, 30) + secs(r, 0, 40)
        starts[node] = tt
    for node, tt in sorted(starts.items(), key=lambda x: x[1]):
        tt = connect(d1, "d1", tt + secs(r, 2.5, 3.5), node)
    configs = [
        "VirtualService/default/reviews",
        "DestinationRule/default/reviews",
        "ServiceEntry/default/api.payments.example.com",
        "VirtualService/default/productpage",
        "Gateway/default/bookinfo-gateway",
        "DestinationRule/default/ratings",
    ]
    for tc in poisson(r, at(6, 5), t_end, 1500):
        if roll <= tc < roll + timedelta(seconds=30):
            continue
        d = d1 if tc < roll else d2
        full_push(d, "d1" if tc < roll else "d2", tc, r.choice(configs), r.choice([1, 1, 1, 2]))
    # ratings' crash loop: its endpoint goes away and comes back
    tc = ratings_down
    empty = True
    while tc < ratings_up:
        inc_push(d1, "d1", tc, "ratings", empty)
        if empty:
            push_status(
                d1,
                "d1",
                tc + secs(r, 8, 10),
                {
                    "pilot_eds_no_instances": {
                        "outbound|9080||ratings.default.svc.cluster.local": {}
                    }
                },
            )
        tc += secs(r, 40, 120) if empty else secs(r, 8, 25)
        empty = not empty
    inc_push(d1, "d1", ratings_up + secs(r, 1, 3), "ratings", False)
    # the webhook rejects a VirtualService (kubectl apply, twice), 08:15
    for tv in (at(8, 15, 7), at(8, 16, 33)):
        zap(
            d1,
            "d1",
            tv,
            "info",
            "validationServer",
            "configuration is invalid: total destination weight %v != 100",
            "configuration is invalid: total destination weight 130 != 100",
        )
    zap(
        d1,
        "d1",
        at(8, 17, 12),
        "info",
        "validationServer",
        "configuration is invalid: http route or redirect is required",
        "configuration is invalid: http route or redirect is required",
    )
    # an EnvoyFilter that reviews' inbound listener cannot load
    full_push(d1, "d1", filt0, "EnvoyFilter/default/reviews-ext-authz", 1)
    tt = filt0 + timedelta(seconds=1)
    rnode = f"{IS_PODS['reviews'][0]}.default"
    rv_errors = []
    while tt < filt1:
        zap(
            d1,
            "d1",
            tt,
            "warn",
            "ads",
            "ADS:%s: ACK ERROR %s %s:Error adding/updating listener(s) %s: Didn't find a registered implementation for '%s' with type URL: '%s'",
            f"ADS:LDS: ACK ERROR {rnode}-{conn_n['n'] - r.randrange(0, 3)} Internal:Error adding/updating listener(s) virtualInbound: Didn't find a registered implementation for 'envoy.filters.http.ext_authz_custom' with type URL: ''",
        )
        rv_errors.append(tt)
        tt += secs(r, 45, 110)
    full_push(d1, "d1", filt1, "EnvoyFilter/default/reviews-ext-authz", 1)
    # the roll: d1's streams end, d2 starts and every proxy connects to it
    for node in proxy_ids:
        tt = roll + secs(r, 0.2, 1.5)
        zap(
            d1,
            "d1",
            tt,
            "info",
            "ads",
            'ADS: "%s" %s terminated',
            f'ADS: "{"10.244." + str(r.randrange(0, 4)) + "." + str(r.randrange(2, 250))}:{r.randrange(30000, 60000)}" {node}-{r.randrange(1, conn_n["n"] + 1)} terminated',
        )
    zap(
        d1,
        "d1",
        roll + timedelta(seconds=2),
        "info",
        "",
        "Stopping discovery server",
        "Stopping discovery server",
    )
    t2 = istiod_start(d2, "d2", roll - timedelta(seconds=14))
    reconnect = {}
    for node in proxy_ids:
        reconnect[node] = roll + secs(r, 1.2, 4.0)
    for node, tt in sorted(reconnect.items(), key=lambda x: x[1]):
        connect(d2, "d2", tt + timedelta(milliseconds=r.randrange(30, 90)), node)
    # the API server upgrade: watches end
    for tw in (at(9, 50, 12), at(9, 50, 14), at(9, 50, 14), at(9, 51, 2)):
        kind = r.choice(
            [
                "*v1.Pod",
                "*v1.EndpointSlice",
                "*v1.Service",
                "*v1alpha3.VirtualService",
                "*v1beta1.PeerAuthentication",
            ]
        )
        zap(
            d2,
            "d2",
            tw,
            "warn",
            "klog",
            "%s: watch of %v ended with: an error on the server (%q) has prevented the request from succeeding",
            f'k8s.io/client-go@v0.28.3/tools/cache/reflector.go:535: watch of {kind} ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
        )
    zap(
        d2,
        "d2",
        at(9, 50, 31),
        "error",
        "klog",
        "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
        'k8s.io/client-go@v0.28.3/tools/cache/reflector.go:229: Failed to watch *v1.Namespace: failed to list *v1.Namespace: Get "https://10.96.0.1:443/api/v1/namespaces?resourceVersion=981223": dial tcp 10.96.0.1:443: connect: connection refused',
    )
    zap(
        d2,
        "d2",
        at(9, 50, 33),
        "error",
        "klog",
        "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
        'k8s.io/client-go@v0.28.3/tools/cache/reflector.go:229: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: Get "https://10.96.0.1:443/api/v1/namespaces/istio-system/configmaps?resourceVersion=981107": dial tcp 10.96.0.1:443: connect: connection refused',
    )
    # the workload certificates istiod signs (each start, and renewals)
    for tt in list(starts.values()) + list(reconnect.values())[:3]:
        d, proc = (d1, "d1") if tt < roll else (d2, "d2")
        zap(
            d,
            proc,
            tt + secs(r, 0.5, 1.5),
            "info",
            "ca",
            "generated new workload certificate",
            "generated new workload certificate",
            f"latency={r.uniform(60, 140):.6f}ms ttl={r.randrange(23, 24)}h59m{r.randrange(0, 59)}.{r.randrange(10**8, 10**9)}s",
        )

    # ------------------------------------------------------------------ sidecars
    def agent_start(key: str, t: datetime) -> datetime:
        pod, ip, _, _ = IS_PODS[key]
        for k, v in IS_AGENT_FLAGS:
            t = zap(
                px[key],
                key,
                t + timedelta(microseconds=r.randrange(5, 30)),
                "info",
                "",
                "FLAG: --%s=%s",
                f"FLAG: --{k}={v}",
            )
        lines = [
            (
                "",
                "Version %s",
                f"Version {IS_VERSION}-0a21d3d1b8d7e5f3e6e2a0b8e7a3d4d9c1f2e6b7-Clean",
                "",
            ),
            (
                "",
                "Proxy role",
                "Proxy role",
                f"ips=[{ip}] type=sidecar id={pod}.default domain=default.svc.cluster.local",
            ),
            ("", "Effective config: %s", "Effective config: " + IS_EFFECTIVE[0], ""),
            ("", "JWT policy is %v", "JWT policy is third-party-jwt", ""),
            ("", "Opening status port %d", "Opening status port 15020", ""),
            (
                "",
                "CA Endpoint %s, provider %s",
                "CA Endpoint istiod.istio-system.svc:15012, provider Citadel",
                "",
            ),
            (
                "xdsproxy",
                "Initializing with upstream address %q and cluster %q",
                'Initializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"',
                "",
            ),
            ("sds", "Starting SDS grpc server", "Starting SDS grpc server", ""),
            ("", "Starting proxy agent", "Starting proxy agent", ""),
            (
                "",
                "Envoy command: %v",
                "Envoy command: [-c etc/istio/proxy/envoy-rev.json --drain-time-s 45 --drain-strategy immediate --local-address-ip-version v4 --file-flush-interval-msec 1000 --disable-hot-restart --allow-unknown-static-fields --log-format %Y-%m-%dT%T.%fZ\t%l\tenvoy %n %g:%#\t%v\tthread=%t -l warning --component-log-level misc:error --concurrency 2]",
                "",
            ),
            (
                "cache",
                "generated new workload certificate",
                "generated new workload certificate",
                f"latency={r.uniform(60, 140):.6f}ms ttl=23h59m59.{r.randrange(10**8, 10**9)}s",
            ),
            (
                "ads",
                "XDS: Incremental Pushing ConnectedEndpoints:%d Version:%s",
                "XDS: Incremental Pushing ConnectedEndpoints:0 Version:",
                "",
            ),
            (
                "cache",
                "returned workload certificate from cache",
                "returned workload certificate from cache",
                f"ttl=23h59m59.{r.randrange(10**8, 10**9)}s",
            ),
            (
                "ads",
                "%s: PUSH%s for node:%s resources:%d size:%s resource:%s",
                f"SDS: PUSH request for node:{pod}.default resources:1 size:4.0kB resource:default",
                "",
            ),
            (
                "ads",
                "%s: PUSH%s for node:%s resources:%d size:%s resource:%s",
                f"SDS: PUSH request for node:{pod}.default resources:1 size:1.1kB resource:ROOTCA",
                "",
            ),
            (
                "xdsproxy",
                "connected to upstream XDS server: %s",
                "connected to upstream XDS server: istiod.istio-system.svc:15012",
                "",
            ),
            (
                "",
                "Readiness succeeded in %v",
                f"Readiness succeeded in {r.uniform(0.9, 2.2):.6f}s",
                "",
            ),
            ("", "Envoy proxy is ready", "Envoy proxy is ready", ""),
        ]
        for scope, lab, text, fields in lines:
            more = [*IS_EFFECTIVE[1:], ""] if lab.startswith("Effective config") else None
            t = zap(
                px[key],
                key,
                t + timedelta(microseconds=r.randrange(100, 60000)),
                "info",
                scope,
                lab,
                text,
                fields,
                more,
            )
        return t

    agent_t = {}
    for key, (pod, *_) in IS_PODS.items():
        agent_t[key] = agent_start(key, starts[f"{pod}.default"])

    # the XDS stream to the old istiod closes at the roll, and reconnects
    for key, (pod, *_) in IS_PODS.items():
        tt = roll + secs(r, 0.2, 1.0)
        since = int((tt - agent_t[key]).total_seconds())
        zap(
            px[key],
            key,
            tt,
            "warn",
            "xdsproxy",
            "upstream [%d] terminated with unexpected error rpc error: code = %s desc = error reading from server: EOF",
            f"upstream [{r.randrange(2, 6)}] terminated with unexpected error rpc error: code = Unavailable desc = error reading from server: EOF",
        )
        envoy(
            key,
            tt + timedelta(milliseconds=3),
            "warning",
            IS_ENVOY_STREAM,
            "StreamAggregatedResources gRPC config stream to %s closed since %ss ago: %s, error reading from server: EOF",
            f"StreamAggregatedResources gRPC config stream to xds-grpc closed since {since}s ago: 14, error reading from server: EOF",
            15,
        )
        zap(
            px[key],
            key,
            reconnect[f"{pod}.default"],
            "info",
            "xdsproxy",
            "connected to upstream XDS server: %s",
            "connected to upstream XDS server: istiod.istio-system.svc:15012",
        )
    # reviews' listener rejected while the EnvoyFilter is there
    for tt in rv_errors:
        envoy(
            "reviews",
            tt - timedelta(milliseconds=r.randrange(2, 9)),
            "warning",
            "envoy config external/envoy/source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:138",
            "gRPC config for %s rejected: Error adding/updating listener(s) %s: Didn't find a registered implementation for '%s' with type URL: '%s'",
            "gRPC config for type.googleapis.com/envoy.config.listener.v3.Listener rejected: Error adding/updating listener(s) virtualInbound: Didn't find a registered implementation for 'envoy.filters.http.ext_authz_custom' with type URL: ''",
            15,
        )

    # the access log (Istio's default TEXT format)
    def access(
        key: str,
        t: datetime,
        method: str,
        path: str,
        route: str,
        code: int,
        flags: str,
        details: str,
        rx: int,
        tx: int,
        dur: int,
        ust: str,
        xff: str,
        ua: str,
        authority: str,
        uhost: str,
        ucluster: str,
        ulocal: str,
        dlocal: str,
        dremote: str,
        sni: str,
        rname: str = "default",
        term: str = "-",
        utfr: str = "-",
    ) -> None:
        t = clock.at(key, t)
        proto = "HTTP/1.1" if method != "-" else "-"
        req = f"{method} {path} {proto}"
        px[key].add(
            t,
            [
                f'[{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z] "{req}" {code} {flags} {details} {term} "{utfr}" {rx} {tx} {dur} {ust} "{xff}" "{ua}" "{uuid4(r)}" "{authority}" "{uhost}" {ucluster} {ulocal} {dlocal} {dremote} {sni} {rname}'
            ],
            f"{method} {route} {code}" + (f" {flags}" if flags != "-" else ""),
        )

    pp_ip, rv_ip, rt_ip = (IS_PODS[k][1] for k in ("productpage", "reviews", "ratings"))
    gw_ip = "10.244.0.5"
    svc_ip = {
        "details": "10.96.83.21",
        "reviews": "10.96.140.7",
        "ratings": "10.96.31.198",
        "mongodb": "10.96.77.40",
    }
    rv_eps = ["10.244.2.19", "10.244.1.31", "10.244.3.22"]
    pp_ready = agent_t["productpage"] + timedelta(seconds=2)
    for tr in poisson(r, pp_ready, t_end, 40.0):
        ua = r.choice(UA_BROWSERS)
        xff = f"203.0.113.{r.randrange(2, 250)},{gw_ip}"
        x = r.random()
        if x < 0.08:
            access(
                "productpage",
                tr,
                "GET",
                "/static/bootstrap/css/bootstrap.min.css",
                "/static/bootstrap/css/bootstrap.min.css",
                200,
                "-",
                "via_upstream",
                0,
                155758,
                r.randrange(2, 9),
                str(r.randrange(1, 8)),
                xff,
                ua,
                "bookinfo.example.com",
                f"{pp_ip}:9080",
                "inbound|9080||",
                f"127.0.0.6:{r.randrange(30000, 60000)}",
                f"{pp_ip}:9080",
                f"{gw_ip}:0",
                "outbound_.9080_._.productpage.default.svc.cluster.local",
            )
            continue
        if x < 0.11:
            access(
                "productpage",
                tr,
                "POST",
                "/login",
                "/login",
                302,
                "-",
                "via_upstream",
                29,
                203,
                r.randrange(2, 12),
                str(r.randrange(1, 10)),
                xff,
                ua,
                "bookinfo.example.com",
                f"{pp_ip}:9080",
                "inbound|9080||",
                f"127.0.0.6:{r.randrange(30000, 60000)}",
                f"{pp_ip}:9080",
                f"{gw_ip}:0",
                "outbound_.9080_._.productpage.default.svc.cluster.local",
            )
            continue
        pid = r.choice([0, 0, 0, 1, 2])
        # outbound: details, then reviews
        t1 = tr + timedelta(milliseconds=r.randrange(2, 6))
        access(
            "productpage",
            t1 + timedelta(milliseconds=5),
            "GET",
            f"/details/{pid}",
            "/details/%s",
            200,
            "-",
            "via_upstream",
            0,
            178,
            r.randrange(1, 6),
            str(r.randrange(1, 5)),
            "-",
            "python-requests/2.31.0",
            "details:9080",
            "10.244.3.15:9080",
            "outbound|9080||details.default.svc.cluster.local",
            f"{pp_ip}:{r.randrange(30000, 60000)}",
            f"{svc_ip['details']}:9080",
            f"{pp_ip}:{r.randrange(30000, 60000)}",
            "-",
        )
        ep = r.choice(rv_eps)
        code, flags, details, dur, tx = (
            200,
            "-",
            "via_upstream",
            r.randrange(12, 60),
            r.choice([295, 358, 437]),
        )
        if cb0 <= tr < cb1 and r.random() < 0.6:
            code, flags, details, dur, tx = (
                503,
                "UO",
                "upstream_reset_before_response_started{overflow}",
                0,
                81,
            )
        elif r.random() < 0.02:
            code, flags, details, dur, tx = 504, "UT", "response_timeout", 3000, 24
        elif r.random() < 0.01:
            code, flags, details, dur, tx = (
                0,
                "DC",
                "downstream_remote_disconnect",
                r.randrange(400, 2000),
                0,
            )
        tt = t1 + timedelta(milliseconds=dur + 8)
        access(
            "productpage",
            tt,
            "GET",
            f"/reviews/{pid}",
            "/reviews/%s",
            code,
            flags,
            details,
            0,
            tx,
            dur,
            "-" if flags != "-" else str(max(1, dur - 2)),
            "-",
            "python-requests/2.31.0",
            "reviews:9080",
            f"{ep}:9080" if flags not in ("UO",) else "-",
            "outbound|9080||reviews.default.svc.cluster.local",
            f"{pp_ip}:{r.randrange(30000, 60000)}" if flags != "UO" else "-",
            f"{svc_ip['reviews']}:9080",
            f"{pp_ip}:{r.randrange(30000, 60000)}",
            "-",
        )
        pcode = 200 if code in (200, 503, 504) else 0
        pflags = "-" if pcode else "DC"
        access(
            "productpage",
            tt + timedelta(milliseconds=r.randrange(3, 9)),
            "GET",
            "/productpage",
            "/productpage",
            pcode,
            pflags,
            "via_upstream" if pcode else "downstream_remote_disconnect",
            0,
            r.randrange(4200, 5400) if pcode else 0,
            dur + r.randrange(20, 40),
            str(dur + r.randrange(18, 38)) if pcode else "-",
            xff,
            ua,
            "bookinfo.example.com",
            f"{pp_ip}:9080",
            "inbound|9080||",
            f"127.0.0.6:{r.randrange(30000, 60000)}",
            f"{pp_ip}:9080",
            f"{gw_ip}:0",
            "outbound_.9080_._.productpage.default.svc.cluster.local",
        )
        # reviews-v2 serves a third of the calls: inbound, then ratings
        if ep != rv_ip or flags == "UO":
            continue
        t2 = t1 + timedelta(milliseconds=2)
        down = ratings_down <= t2 < ratings_up
        if down:
            outage = (t2 - ratings_down).total_seconds()
            if outage < 70 or (outage % 120) < 55:
                rc, rf, rd = (
                    503,
                    "UF,URX",
                    "upstream_reset_before_response_started{connection_failure}",
                )
            else:
                rc, rf, rd = 503, "UH", "no_healthy_upstream"
            access(
                "reviews",
                t2 + timedelta(milliseconds=4),
                "GET",
                f"/ratings/{pid}",
                "/ratings/%s",
                rc,
                rf,
                rd,
                0,
                91 if rf == "UH" else 145,
                r.randrange(0, 60),
                "-",
                "-",
                "Apache-CXF/3.1.18",
                "ratings:9080",
                f"{rt_ip}:9080" if rf != "UH" else "-",
                "outbound|9080||ratings.default.svc.cluster.local",
                f"{rv_ip}:{r.randrange(30000, 60000)}" if rf != "UH" else "-",
                f"{svc_ip['ratings']}:9080",
                f"{rv_ip}:{r.randrange(30000, 60000)}",
                "-",
                utfr="delayed connect error: 111" if rf != "UH" else "-",
            )
            if rf != "UH":
                access(
                    "ratings",
                    t2 + timedelta(milliseconds=3),
                    "GET",
                    f"/ratings/{pid}",
                    "/ratings/%s",
                    503,
                    "UF",
                    "upstream_reset_before_response_started{connection_failure}",
                    0,
                    145,
                    0,
                    "-",
                    "-",
                    "Apache-CXF/3.1.18",
                    "ratings:9080",
                    f"{rt_ip}:9080",
                    "inbound|9080||",
                    "-",
                    f"{rt_ip}:9080",
                    f"{rv_ip}:{r.randrange(30000, 60000)}",
                    "outbound_.9080_._.ratings.default.svc.cluster.local",
                    utfr="delayed connect error: 111",
                )
        else:
            rdur = r.randrange(2, 9)
            access(
                "ratings",
                t2 + timedelta(milliseconds=rdur),
                "GET",
                f"/ratings/{pid}",
                "/ratings/%s",
                200,
                "-",
                "via_upstream",
                0,
                48,
                rdur,
                str(max(1, rdur - 1)),
                "-",
                "Apache-CXF/3.1.18",
                "ratings:9080",
                f"{rt_ip}:9080",
                "inbound|9080||",
                f"127.0.0.6:{r.randrange(30000, 60000)}",
                f"{rt_ip}:9080",
                f"{rv_ip}:{r.randrange(30000, 60000)}",
                "outbound_.9080_._.ratings.default.svc.cluster.local",
            )
            access(
                "ratings",
                t2 + timedelta(milliseconds=1),
                "-",
                "-",
                "-",
                0,
                "-",
                "-",
                28,
                211,
                rdur - 1,
                "-",
                "-",
                "-",
                "-",
                "10.244.1.44:27017",
                "outbound|27017||mongodb.default.svc.cluster.local",
                f"{rt_ip}:{r.randrange(30000, 60000)}",
                f"{svc_ip['mongodb']}:27017",
                f"{rt_ip}:{r.randrange(30000, 60000)}",
                "-",
                rname="-",
            )
            access(
                "reviews",
                t2 + timedelta(milliseconds=rdur + 2),
                "GET",
                f"/ratings/{pid}",
                "/ratings/%s",
                200,
                "-",
                "via_upstream",
                0,
                48,
                rdur + 1,
                str(rdur),
                "-",
                "Apache-CXF/3.1.18",
                "ratings:9080",
                f"{rt_ip}:9080",
                "outbound|9080||ratings.default.svc.cluster.local",
                f"{rv_ip}:{r.randrange(30000, 60000)}",
                f"{svc_ip['ratings']}:9080",
                f"{rv_ip}:{r.randrange(30000, 60000)}",
                "-",
            )
        gone = flags in ("DC", "UT")  # productpage's side gave up: reviews' sees its client go
        access(
            "reviews",
            tt - timedelta(milliseconds=2),
            "GET",
            f"/reviews/{pid}",
            "/reviews/%s",
            0 if gone else code,
            "DC" if gone else "-",
            "downstream_remote_disconnect" if gone else "via_upstream",
            0,
            tx,
            max(1, dur - 3),
            str(max(1, dur - 4)),
            "-",
            "python-requests/2.31.0",
            "reviews:9080",
            f"{rv_ip}:9080",
            "inbound|9080||",
            f"127.0.0.6:{r.randrange(30000, 60000)}",
            f"{rv_ip}:9080",
            f"{pp_ip}:{r.randrange(30000, 60000)}",
            "outbound_.9080_._.reviews.default.svc.cluster.local",
        )
    # a recommendations call that has no route yet (a feature flag), now and then
    for tr in poisson(r, at(7, 0), t_end, 900):
        access(
            "productpage",
            tr,
            "GET",
            "/v1/recommendations",
            "/v1/recommendations",
            404,
            "NR",
            "route_not_found",
            0,
            0,
            0,
            "-",
            "-",
            "python-requests/2.31.0",
            "recommendations:8080",
            "-",
            "-",
            "-",
            "10.96.12.90:8080",
            f"{pp_ip}:{r.randrange(30000, 60000)}",
            "-",
            rname="-",
        )
    return [
        d1.into(Log("istiod-6d8f7c9b5-q4x7m.log", at(6, 0))),
        d2.into(Log("istiod-6d8f7c9b5-zl2pd.log", at(9, 10))),
        *(px[k].into(Log(f"{IS_PODS[k][0]}-istio-proxy.log", at(6, 0))) for k in IS_PODS),
    ]


# --------------------------------------------------------------------------------- zeek

ZK_LOGS = {
    "conn": (
        "ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto service duration orig_bytes resp_bytes conn_state local_orig local_resp missed_bytes history orig_pkts orig_ip_bytes resp_pkts resp_ip_bytes tunnel_parents",
        "time string addr port addr port enum string interval count count string bool bool count string count count count count set[string]",
    ),
    "dns": (
        "ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query qclass qclass_name qtype qtype_name rcode rcode_name AA TC RD RA Z answers TTLs rejected",
        "time string addr port addr port enum count interval string count string count string count string bool bool bool bool count vector[string] vector[interval] bool",
    ),
    "http": (
        "ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version user_agent origin request_body_len response_body_len status_code status_msg info_code info_msg tags username password proxied orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames resp_mime_types",
        "time string addr port addr port count string string string string string string string count count count string count string set[enum] string string set[string] vector[string] vector[string] vector[string] vector[string] vector[string] vector[string]",
    ),
    "ssl": (
        "ts uid id.orig_h id.orig_p id.resp_h id.resp_p version cipher curve server_name resumed last_alert next_protocol established ssl_history cert_chain_fps client_cert_chain_fps subject issuer client_subject client_issuer sni_matches_cert validation_status",
        "time string addr port addr port string string string string bool string string bool string vector[string] vector[string] string string string string bool string",
    ),
    "notice": (
        "ts uid id.orig_h id.orig_p id.resp_h id.resp_p fuid file_mime_type file_desc proto note msg sub src dst p n peer_descr actions email_dest suppress_for remote_location.country_code remote_location.region remote_location.city remote_location.latitude remote_location.longitude",
        "time string addr port addr port string string string enum enum string string addr addr port count string set[enum] set[string] interval string string string double double",
    ),
    "weird": (
        "ts uid id.orig_h id.orig_p id.resp_h id.resp_p name addl notice peer source",
        "time string addr port addr port string string bool string string",
    ),
    "reporter": ("ts level message location", "time enum string string"),
}
ZK_SITES = [
    ("www.google.com", "142.250.185.68"),
    ("outlook.office365.com", "52.97.146.162"),
    ("teams.microsoft.com", "52.113.194.132"),
    ("github.com", "140.82.121.4"),
    ("api.github.com", "140.82.121.6"),
    ("slack.com", "34.226.3.18"),
    ("www.wikipedia.org", "185.15.59.224"),
    ("fonts.gstatic.com", "142.250.184.227"),
    ("login.microsoftonline.com", "20.190.160.22"),
    ("updates.example-vendor.com", "198.51.100.77"),
]
ZK_CHECKSUM = "Your interface is likely receiving invalid TCP checksums, most likely from NIC checksum offloading.  By default, packets with invalid checksums are discarded by Zeek unless using the -C command-line option or toggling the 'ignore_checksums' variable.  Alternatively, disable checksum offloading by the network adapter to ensure Zeek analyzes the actual checksums that are transmitted."
ZK_B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def zeek(r: random.Random) -> list[Log]:
    """A Zeek 6 sensor on an office's uplink and server VLAN, 06:00 to 09:00 (the logs as the
    hourly rotation leaves them at 09:00, with `#close`): 40 workstations resolving names and
    opening TLS and some plain HTTP connections, NTP; the sensor's NIC offloads checksums
    (`bad_TCP_checksum` weirds on its own traffic and the reporter's warning); an intranet app
    with a self-signed certificate; an old scanner appliance whose TLS handshakes fail; a
    workstation port-scanning a server at 07:40 (REJ and S0, `Scan::Port_Scan`); SSH password
    guessing from outside at 08:05; the resolver stalling at 08:20 (queries unanswered,
    SERVFAIL, replies arriving late: `dns_unmatched_reply`); capture loss at 08:41."""
    clock = Clock(1)
    recs = {k: Records() for k in ZK_LOGS}
    t0, t_end = at(6, 0), at(9, 0)
    clients = [f"10.1.10.{n}" for n in r.sample(range(20, 250), 40)]
    dns_srv = "10.1.0.53"
    stall0, stall1 = at(8, 20, 3), at(8, 24, 40)

    def uid() -> str:
        return "C" + "".join(r.choice(ZK_B62) for _ in range(17))

    def ts(t: datetime) -> str:
        return f"{t.timestamp():.6f}"

    def rec(log: str, t: datetime, fields: list[object], lab: str) -> datetime:
        t = clock.at(log, t)
        recs[log].add(t, ["\t".join([ts(t), *("-" if v is None else str(v) for v in fields)])], lab)
        return t

    def conn(
        t: datetime,
        u: str,
        o: str,
        op: int,
        d: str,
        dp: int,
        proto: str,
        service: str | None,
        state: str,
        hist: str,
        dur: float | None = None,
        ob: int | None = None,
        rb: int | None = None,
        local_resp: str = "F",
    ) -> None:
        if dur is None:
            dur = r.uniform(0.05, 40) if state == "SF" else None
        opk = r.randrange(4, 60) if ob else r.randrange(1, 3)
        rpk = r.randrange(3, 80) if rb else (1 if state in ("REJ", "RSTO") else 0)
        rec(
            "conn",
            t,
            [
                u,
                o,
                op,
                d,
                dp,
                proto,
                service,
                None if dur is None else f"{dur:.6f}",
                ob if ob is not None else (0 if state != "S0" else None),
                rb if rb is not None else (0 if state != "S0" else None),
                state,
                "T" if o.startswith("10.") else "F",
                local_resp,
                0,
                hist,
                opk,
                opk * 52 + (ob or 0),
                rpk,
                rpk * 52 + (rb or 0),
                None,
            ],
            f"conn {proto} {state}",
        )

    def dns(
        t: datetime,
        u: str,
        o: str,
        op: int,
        query: str,
        qtype: int,
        qname: str,
        rcode: int | None,
        rname: str | None,
        answers: str | None,
        ttls: str | None,
        rtt: float | None,
    ) -> None:
        rec(
            "dns",
            t,
            [
                u,
                o,
                op,
                dns_srv,
                53,
                "udp",
                r.randrange(1, 65535),
                None if rtt is None else f"{rtt:.6f}",
                query,
                1,
                "C_INTERNET",
                qtype,
                qname,
                rcode,
                rname,
                "F",
                "F",
                "T",
                "F" if rcode is None else "T",
                0,
                answers,
                ttls,
                "F",
            ],
            f"dns {qname} {rname or '-'}",
        )

    def weird(
        t: datetime,
        u: str | None,
        o: str,
        op: int,
        d: str,
        dp: int,
        name: str,
        source: str,
        addl: str | None = None,
    ) -> None:
        rec("weird", t, [u, o, op, d, dp, name, addl, "F", "zeek", source], f"weird {name}")

    def notice(
        t: datetime,
        u: str | None,
        o: str | None,
        op: int | None,
        d: str | None,
        dp: int | None,
        proto: str | None,
        note: str,
        fmt: str,
        msg: str,
        sub: str | None,
        src: str | None,
        dst: str | None,
        p: int | None,
        n: int | None,
        suppress: float,
    ) -> None:
        rec(
            "notice",
            t,
            [
                u,
                o,
                op,
                d,
                dp,
                None,
                None,
                None,
                proto,
                note,
                msg,
                sub,
                src,
                dst,
                p,
                n,
                None,
                "Notice::ACTION_LOG",
                "(empty)",
                f"{suppress:.6f}",
                None,
                None,
                None,
                None,
                None,
            ],
            f"notice {note} {fmt}",
        )

    def reporter(t: datetime, level: str, fmt: str, msg: str, loc: str | None) -> None:
        rec("reporter", t, [level, msg, loc], f"reporter {level} {fmt}")

    def session(t: datetime, c: str) -> None:
        host, ip = r.choice(ZK_SITES)
        if r.random() < 0.12:
            host, ip = "intranet.corp.example.com", "10.1.30.8"
        stalled = stall0 <= t < stall1
        for qtype, qname in (
            [(1, "A")]
            + ([(28, "AAAA")] if r.random() < 0.4 else [])
            + ([(65, "HTTPS")] if r.random() < 0.15 else [])
        ):
            u, op = uid(), r.randrange(32768, 61000)
            if stalled and r.random() < 0.7:
                conn(t, u, c, op, dns_srv, 53, "udp", "dns", "S0", "D", dur=None)
                dns(t, u, c, op, host, qtype, qname, None, None, None, None, None)
                if r.random() < 0.5:  # the reply comes after Zeek gave the request up
                    weird(
                        t + secs(r, 10.5, 14), u, c, op, dns_srv, 53, "dns_unmatched_reply", "DNS"
                    )
                continue
            if stalled and r.random() < 0.5:
                rtt = r.uniform(2.0, 4.9)
                conn(
                    t,
                    u,
                    c,
                    op,
                    dns_srv,
                    53,
                    "udp",
                    "dns",
                    "SF",
                    "Dd",
                    dur=rtt,
                    ob=len(host) + 17,
                    rb=len(host) + 17,
                )
                dns(t, u, c, op, host, qtype, qname, 2, "SERVFAIL", None, None, rtt)
                continue
            rtt = r.uniform(0.0004, 0.03)
            if qtype == 1 or (qtype == 28 and "example" not in host):
                ans = (
                    ip
                    if qtype == 1
                    else f"2a00:1450:4001:{r.randrange(800, 900):x}::200{r.randrange(1, 9)}"
                )
                dns(
                    t,
                    u,
                    c,
                    op,
                    host,
                    qtype,
                    qname,
                    0,
                    "NOERROR",
                    ans,
                    f"{r.randrange(30, 300)}.000000",
                    rtt,
                )
            else:
                dns(t, u, c, op, host, qtype, qname, 0, "NOERROR", None, None, rtt)
            conn(
                t,
                u,
                c,
                op,
                dns_srv,
                53,
                "udp",
                "dns",
                "SF",
                "Dd",
                dur=rtt,
                ob=len(host) + 17,
                rb=len(host) + 33,
            )
            t += timedelta(seconds=rtt + 0.001)
        if stalled and r.random() < 0.6:
            return
        u, op = uid(), r.randrange(32768, 61000)
        t += secs(r, 0.002, 0.02)
        if r.random() < 0.14 and host != "intranet.corp.example.com":  # plain HTTP
            method, path, route, status, msg = r.choice(
                [
                    ("GET", "/", "/", 301, "Moved Permanently"),
                    ("GET", "/connecttest.txt", "/connecttest.txt", 200, "OK"),
                    (
                        "GET",
                        f"/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab?{hexid(r, 16)}",
                        "/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab",
                        200,
                        "OK",
                    ),
                    ("GET", f"/ocsp/{hexid(r, 40)}", "/ocsp/%s", 200, "OK"),
                    ("POST", "/ocsp", "/ocsp", 200, "OK"),
                ]
            )
            if (
                route == "/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab"
                and r.random() < 0.2
            ):
                status, msg = 304, "Not Modified"
            rb = r.randrange(200, 9000) if status == 200 else 0
            rec(
                "http",
                t + timedelta(milliseconds=30),
                [
                    u,
                    c,
                    op,
                    ip,
                    80,
                    1,
                    method,
                    host if route != "/ocsp/%s" else "ocsp.digicert.com",
                    path,
                    None,
                    "1.1",
                    "Microsoft-CryptoAPI/10.0"
                    if "ocsp" in route or "cab" in route
                    else r.choice(UA_BROWSERS),
                    None,
                    83 if method == "POST" else 0,
                    rb,
                    status,
                    msg,
                    None,
                    None,
                    "(empty)",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    f"F{hexid(r, 16)}" if rb else None,
                    None,
                    "application/ocsp-response"
                    if "ocsp" in route and rb
                    else (
                        "application/vnd.ms-cab-compressed"
                        if rb and "cab" in route
                        else ("text/plain" if rb else None)
                    ),
                ],
                f"{method} {route} {status}",
            )
            conn(
                t,
                u,
                c,
                op,
                ip,
                80,
                "tcp",
                "http",
                "SF",
                "ShADadFf",
                ob=r.randrange(180, 600),
                rb=rb + 250,
            )
            return
        dp = 443
        x = r.random()
        if x < 0.04:
            conn(
                t,
                u,
                c,
                op,
                ip,
                dp,
                "tcp",
                "ssl",
                "RSTO",
                "ShADadR",
                ob=r.randrange(500, 2000),
                rb=r.randrange(3000, 9000),
            )
        else:
            conn(
                t,
                u,
                c,
                op,
                ip,
                dp,
                "tcp",
                "ssl",
                "SF",
                "ShADadFf",
                ob=r.randrange(700, 90000),
                rb=r.randrange(4000, 900000),
                local_resp="T" if ip.startswith("10.") else "F",
            )
        tls = r.choice(["TLSv13", "TLSv13", "TLSv13", "TLSv12"])
        cipher = (
            "TLS_AES_128_GCM_SHA256" if tls == "TLSv13" else "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"
        )
        if host == "intranet.corp.example.com":
            tls, cipher = "TLSv12", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
            rec(
                "ssl",
                t + timedelta(milliseconds=8),
                [
                    u,
                    c,
                    op,
                    ip,
                    dp,
                    tls,
                    cipher,
                    "x25519",
                    host,
                    "F",
                    None,
                    "http/1.1",
                    "T",
                    "CsxknGIi",
                    f"{hexid(r, 64)}",
                    "(empty)",
                    "CN=intranet.corp.example.com",
                    "CN=intranet.corp.example.com",
                    None,
                    None,
                    "T",
                    "self signed certificate",
                ],
                "ssl T - self signed certificate",
            )
            return
        rec(
            "ssl",
            t + timedelta(milliseconds=8),
            [
                u,
                c,
                op,
                ip,
                dp,
                tls,
                cipher,
                "x25519",
                host,
                "T" if x > 0.7 else "F",
                None,
                "h2",
                "T",
                "CsiI" if tls == "TLSv13" else "CsxknGIi",
                "(empty)" if tls == "TLSv13" else hexid(r, 64),
                "(empty)",
                None if tls == "TLSv13" else f"CN={host}",
                None if tls == "TLSv13" else "CN=R11,O=Let's Encrypt,C=US",
                None,
                None,
                None if tls == "TLSv13" else "T",
                None if tls == "TLSv13" else "ok",
            ],
            "ssl T -",
        )

    # the files' headers (all opened at 06:00:00 after the rotation) and footers
    for log, (fields, types) in ZK_LOGS.items():
        t = t0 + timedelta(microseconds=r.randrange(1000, 90000))
        head = [
            ("#separator \\x09", "#separator %s"),
            ("#set_separator\t,", "#set_separator %s"),
            ("#empty_field\t(empty)", "#empty_field %s"),
            ("#unset_field\t-", "#unset_field %s"),
            (f"#path\t{log}", "#path %s"),
            (f"#open\t{t:%Y-%m-%d-%H-%M-%S}", "#open %s"),
            ("#fields\t" + fields.replace(" ", "\t"), "#fields %s"),
            ("#types\t" + types.replace(" ", "\t"), "#types %s"),
        ]
        for text, lab in head:
            recs[log].add(t0 - timedelta(seconds=1), [text], lab)
        recs[log].add(
            t_end + timedelta(days=1),
            [
                f"#close\t{t_end + timedelta(microseconds=r.randrange(1000, 90000)):%Y-%m-%d-%H-%M-%S}"
            ],
            "#close %s",
        )

    for t in poisson(r, t0, t_end, 29.0):
        session(t, r.choice(clients))
    # NTP to the site's time server
    for t in poisson(r, t0, t_end, 240.0):
        c, u, op = r.choice(clients), uid(), 123
        conn(
            t,
            u,
            c,
            op,
            "10.1.0.10",
            123,
            "udp",
            "ntp",
            "SF",
            "Dd",
            dur=r.uniform(0.0003, 0.002),
            ob=48,
            rb=48,
        )
    # checksum offloading: the sensor's own management connections
    rep_t = at(6, 0, 41)
    reporter(
        rep_t,
        "Reporter::WARNING",
        ZK_CHECKSUM,
        ZK_CHECKSUM,
        "/opt/zeek/share/zeek/base/misc/find-checksum-offloading.zeek, line 54",
    )
    for t in poisson(r, t0 + timedelta(seconds=20), t_end, 300.0):
        u = uid()
        weird(
            t,
            u,
            "10.1.0.5",
            r.randrange(40000, 60000),
            "10.1.0.40",
            r.choice([9200, 443]),
            "bad_TCP_checksum",
            "TCP",
        )
    # the old scanner appliance (TLS 1.0): the server refuses its hello
    for t in poisson(r, at(6, 10), t_end, 720.0):
        u, op = uid(), r.randrange(1024, 5000)
        conn(
            t,
            u,
            "10.1.40.12",
            op,
            "10.1.30.20",
            443,
            "tcp",
            "ssl",
            "SF",
            "ShADadfF",
            ob=r.randrange(150, 300),
            rb=7,
        )
        rec(
            "ssl",
            t + timedelta(milliseconds=3),
            [
                u,
                "10.1.40.12",
                op,
                "10.1.30.20",
                443,
                None,
                None,
                None,
                "files.corp.example.com",
                "F",
                "protocol_version",
                None,
                "F",
                "Ca",
                "(empty)",
                "(empty)",
                None,
                None,
                None,
                None,
                None,
                None,
            ],
            "ssl F protocol_version",
        )
    for t in poisson(r, at(6, 10), t_end, 1500.0):
        u, op = uid(), r.randrange(1024, 5000)
        conn(
            t,
            u,
            "10.1.40.12",
            op,
            "10.1.30.21",
            443,
            "tcp",
            "ssl",
            "SF",
            "ShADadfF",
            ob=r.randrange(150, 300),
            rb=7,
        )
        rec(
            "ssl",
            t + timedelta(milliseconds=3),
            [
                u,
                "10.1.40.12",
                op,
                "10.1.30.21",
                443,
                None,
                None,
                None,
                "print.corp.example.com",
                "F",
                "handshake_failure",
                None,
                "F",
                "Ca",
                "(empty)",
                "(empty)",
                None,
                None,
                None,
                None,
                None,
                None,
            ],
            "ssl F handshake_failure",
        )
    # the intranet's self-signed certificate: one notice per day per server (suppression)
    notice(
        at(6, 3, 12),
        None,
        "10.1.10.41",
        51234,
        "10.1.30.8",
        443,
        "tcp",
        "SSL::Invalid_Server_Cert",
        "SSL certificate validation failed with (%s)",
        "SSL certificate validation failed with (self signed certificate)",
        "CN=intranet.corp.example.com",
        "10.1.10.41",
        "10.1.30.8",
        443,
        None,
        86400,
    )
    # the port scan, 07:40
    scanner, victim = "10.1.10.66", "10.1.20.5"
    t = at(7, 40, 2)
    ports = r.sample(range(1, 10000), 170)
    for p in ports:
        t += timedelta(milliseconds=r.randrange(5, 400))
        u, op = uid(), r.randrange(40000, 60000)
        if p in (22, 80, 443) or r.random() < 0.02:
            conn(
                t,
                u,
                scanner,
                op,
                victim,
                p,
                "tcp",
                None,
                "RSTO",
                "ShAR",
                dur=0.0004,
                ob=0,
                rb=0,
                local_resp="T",
            )
        elif r.random() < 0.8:
            conn(
                t,
                u,
                scanner,
                op,
                victim,
                p,
                "tcp",
                None,
                "REJ",
                "Sr",
                dur=0.0002,
                ob=0,
                rb=0,
                local_resp="T",
            )
        else:
            conn(t, u, scanner, op, victim, p, "tcp", None, "S0", "S", dur=None, local_resp="T")
    notice(
        at(7, 40, 31),
        None,
        None,
        None,
        None,
        None,
        None,
        "Scan::Port_Scan",
        "%s scanned at least %d unique ports of host %s in %s",
        f"{scanner} scanned at least 15 unique ports of host {victim} in 0m2s",
        "local",
        scanner,
        victim,
        None,
        15,
        3600,
    )
    # SSH password guessing from outside, 08:05
    t = at(8, 5, 11)
    attacker = "185.220.101.34"
    for i in range(60):
        t += secs(r, 1.5, 6)
        u = uid()
        conn(
            t,
            u,
            attacker,
            r.randrange(30000, 60000),
            "10.1.0.22",
            22,
            "tcp",
            "ssh",
            "SF" if r.random() < 0.8 else "RSTO",
            "ShAdDaFf",
            ob=r.randrange(1400, 2300),
            rb=r.randrange(2000, 3200),
            local_resp="T",
        )
        if i == 29:
            notice(
                t + timedelta(seconds=1),
                None,
                None,
                None,
                None,
                None,
                None,
                "SSH::Password_Guessing",
                "%s appears to be guessing SSH passwords (seen in %d connections).",
                f"{attacker} appears to be guessing SSH passwords (seen in 30 connections).",
                "Sampled servers:  10.1.0.22, 10.1.0.22, 10.1.0.22, 10.1.0.22, 10.1.0.22",
                attacker,
                None,
                None,
                30,
                3600,
            )
    # a few other weirds
    for t in poisson(r, t0, t_end, 600.0):
        name, src = r.choice(
            [
                ("possible_split_routing", "TCP"),
                ("data_before_established", "TCP"),
                ("active_connection_reuse", "-"),
                ("TCP_ack_underflow_or_misorder", "TCP"),
                ("above_hole_data_without_any_acks", "TCP"),
                ("truncated_tcp_payload", "TCP"),
            ]
        )
        c = r.choice(clients)
        weird(t, uid(), c, r.randrange(40000, 61000), r.choice(ZK_SITES)[1], 443, name, src)
    # capture loss, 08:41 (the sensor's NIC drops during a backup job)
    for t, pct in ((at(8, 41, 0), 12.517), (at(8, 56, 0), 10.884)):
        notice(
            t,
            None,
            None,
            None,
            None,
            None,
            None,
            "CaptureLoss::Too_Much_Loss",
            "The capture loss script detected an estimated loss rate above %.3f%%",
            f"The capture loss script detected an estimated loss rate above {pct:.3f}%",
            None,
            None,
            None,
            None,
            None,
            3600,
        )
        weird(
            t - timedelta(seconds=30),
            uid(),
            "10.1.50.3",
            r.randrange(40000, 61000),
            "10.1.0.30",
            445,
            "truncated_tcp_payload",
            "TCP",
        )
    reporter(
        at(8, 30, 0),
        "Reporter::WARNING",
        "%s/Input::READER_ASCII: Init: cannot open %s",
        "/opt/zeek/share/zeek/site/intel/blocklist.dat/Input::READER_ASCII: Init: cannot open /opt/zeek/share/zeek/site/intel/blocklist.dat",
        None,
    )
    reporter(
        at(8, 30, 0),
        "Reporter::ERROR",
        "%s/Input::READER_ASCII: Init failed",
        "/opt/zeek/share/zeek/site/intel/blocklist.dat/Input::READER_ASCII: Init failed",
        None,
    )
    return [recs[k].into(Log(f"{k}.log", t0)) for k in ZK_LOGS]


# --------------------------------------------------------------------------------- dockerd

DK_CTRD_PLUGINS = [
    (
        "io.containerd.snapshotter.v1.aufs",
        "io.containerd.snapshotter.v1",
        'aufs is not supported (modprobe aufs failed: exit status 1 "modprobe: FATAL: Module aufs not found in directory /lib/modules/6.1.0-21-amd64\\n"): skip plugin',
    ),
    (
        "io.containerd.snapshotter.v1.btrfs",
        "io.containerd.snapshotter.v1",
        "path /var/lib/containerd/io.containerd.snapshotter.v1.btrfs (ext4) must be a btrfs filesystem to be used with the btrfs snapshotter: skip plugin",
    ),
    ("io.containerd.content.v1.content", "io.containerd.content.v1", None),
    ("io.containerd.snapshotter.v1.native", "io.containerd.snapshotter.v1", None),
    ("io.containerd.snapshotter.v1.overlayfs", "io.containerd.snapshotter.v1", None),
    (
        "io.containerd.snapshotter.v1.zfs",
        "io.containerd.snapshotter.v1",
        "path /var/lib/containerd/io.containerd.snapshotter.v1.zfs must be a zfs filesystem to be used with the zfs snapshotter: skip plugin",
    ),
    ("io.containerd.metadata.v1.bolt", "io.containerd.metadata.v1", None),
    ("io.containerd.differ.v1.walking", "io.containerd.differ.v1", None),
    ("io.containerd.gc.v1.scheduler", "io.containerd.gc.v1", None),
    ("io.containerd.service.v1.containers-service", "io.containerd.service.v1", None),
    ("io.containerd.runtime.v2.task", "io.containerd.runtime.v2", None),
    ("io.containerd.grpc.v1.tasks", "io.containerd.grpc.v1", None),
    ("io.containerd.grpc.v1.cri", "io.containerd.grpc.v1", None),
]
DK_SHIM_PLUGINS = [
    ("io.containerd.event.v1.publisher", "io.containerd.event.v1"),
    ("io.containerd.internal.v1.shutdown", "io.containerd.internal.v1"),
    ("io.containerd.ttrpc.v1.task", "io.containerd.ttrpc.v1"),
    ("io.containerd.ttrpc.v1.pause", "io.containerd.ttrpc.v1"),
]
DK_UNIT = "docker.service - Docker Application Container Engine"


def dockerd(r: random.Random) -> list[Log]:
    """Docker Engine 24 on two hosts, 06:00 to 12:00. node1 (Debian, systemd; its journal of
    the docker and containerd units) boots and restores a compose stack (web, api, worker,
    postgres, redis); the worker is OOM-killed and restarted three times; a redeploy at 09:00
    stops api, which ignores SIGTERM; a developer's `docker run -p 8080:80` collides with web's
    port; pulls from the company registry time out at 09:50 and a private Hub image is denied;
    a new worker image's healthcheck cannot run (no curl in it) from 10:10 to 10:40; the disk
    fills at 11:20 (log writes failing). node2 (Alpine, OpenRC: dockerd's stderr with the
    containerd it starts itself) runs CI jobs, a short-lived container every few minutes, and
    the daemon is restarted for an upgrade at 10:00."""
    clock = Clock(1)
    j1, n2 = Records(), Records()
    t0, t_end = at(6, 0), at(12, 0)
    pids = {"dockerd": 1043, "containerd": 889}

    def ts9(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randrange(0, 1000):03d}Z"

    def lr(
        node: str, proc: str, t: datetime, lvl: str, fmt: str, msg: str, **fields: object
    ) -> datetime:
        """One logrus line of dockerd or containerd on node1's journal or node2's file."""
        t = clock.at((node, proc), t)
        body = f'time="{ts9(t)}" level={lvl} msg={logrus_value(msg) if msg else chr(34) * 2}'
        for k, v in fields.items():
            body += f" {k.replace('_', '.') if k == 'shim_runtime' else k}={logrus_value(v)}"
        if node == "node1":
            jt = t + timedelta(microseconds=r.randrange(20, 400))
            j1.add(t, [f"{jt:%Y-%m-%dT%H:%M:%S}+0000 node1 {proc}[{pids[proc]}]: {body}"], fmt)
        else:
            n2.add(t, [body], fmt)
        return t

    def systemd(t: datetime, text: str, lab: str) -> None:
        t = clock.at(("node1", "systemd"), t)
        j1.add(t, [f"{t:%Y-%m-%dT%H:%M:%S}+0000 node1 systemd[1]: {text}"], lab)

    def tick(t: datetime, lo: float = 0.0002, hi: float = 0.004) -> datetime:
        return t + secs(r, lo, hi)

    def ctrd_start(node: str, t: datetime) -> datetime:
        proc = "containerd" if node == "node1" else "dockerd"
        t = lr(
            node,
            proc,
            t,
            "info",
            "starting containerd",
            "starting containerd",
            revision="ae07eda36dd25f8a1b98dfbf587313b99c0190bb",
            version="1.7.17" if node == "node1" else "v1.7.15",
        )
        for pid, typ, err in DK_CTRD_PLUGINS:
            if node == "node2" and typ == "io.containerd.grpc.v1" and pid.endswith("cri"):
                continue
            t = lr(
                node,
                proc,
                tick(t),
                "info",
                'loading plugin "%s"...',
                f'loading plugin "{pid}"...',
                type=typ,
            )
            if err:
                t = lr(
                    node,
                    proc,
                    tick(t),
                    "info",
                    'skip loading plugin "%s"...',
                    f'skip loading plugin "{pid}"...',
                    error=err,
                    type=typ,
                )
        sock = (
            "/run/containerd/containerd.sock"
            if node == "node1"
            else "/var/run/docker/containerd/containerd.sock"
        )
        t = lr(node, proc, tick(t), "info", "serving...", "serving...", address=sock + ".ttrpc")
        t = lr(node, proc, tick(t), "info", "serving...", "serving...", address=sock)
        return lr(
            node,
            proc,
            tick(t),
            "info",
            "containerd successfully booted in %fs",
            f"containerd successfully booted in {r.uniform(0.02, 0.09):.6f}s",
        )

    def dockerd_start(node: str, t: datetime, cid_list: list[str]) -> datetime:
        t = lr(node, "dockerd", t, "info", "Starting up", "Starting up")
        if node == "node2":
            t = lr(
                node,
                "dockerd",
                tick(t, 0.002, 0.01),
                "info",
                "libcontainerd: started new containerd process",
                "libcontainerd: started new containerd process",
                pid=r.randrange(2000, 4000),
            )
            t = ctrd_start(node, tick(t, 0.01, 0.05))
        t = lr(
            node,
            "dockerd",
            tick(t, 0.01, 0.05),
            "info",
            "[graphdriver] using prior storage driver: %s",
            "[graphdriver] using prior storage driver: overlay2",
        )
        t = lr(
            node,
            "dockerd",
            tick(t, 0.01, 0.05),
            "info",
            "Loading containers: start.",
            "Loading containers: start.",
        )
        t = lr(
            node,
            "dockerd",
            tick(t, 0.1, 0.4),
            "info",
            "Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option --bip can be used to set a preferred IP address",
            "Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option --bip can be used to set a preferred IP address",
        )
        for cid in cid_list:
            t = shim_start(node, tick(t, 0.05, 0.3), cid)
        t = lr(
            node,
            "dockerd",
            tick(t, 0.05, 0.2),
            "info",
            "Loading containers: done.",
            "Loading containers: done.",
        )
        t = lr(
            node,
            "dockerd",
            tick(t, 0.01, 0.05),
            "info",
            "Docker daemon",
            "Docker daemon",
            commit="311b9ff",
            graphdriver="overlay2",
            version="24.0.9",
        )
        t = lr(
            node,
            "dockerd",
            tick(t, 0.001, 0.01),
            "info",
            "Daemon has completed initialization",
            "Daemon has completed initialization",
        )
        return lr(
            node,
            "dockerd",
            tick(t, 0.01, 0.05),
            "info",
            "API listen on %s",
            "API listen on /run/docker.sock"
            if node == "node1"
            else "API listen on /var/run/docker.sock",
        )

    def shim_start(node: str, t: datetime, cid: str) -> datetime:
        proc = "containerd" if node == "node1" else "dockerd"
        for pid, typ in DK_SHIM_PLUGINS:
            t = lr(
                node,
                proc,
                tick(t, 0.0001, 0.001),
                "info",
                'loading plugin "%s"...',
                f'loading plugin "{pid}"...',
                runtime="io.containerd.runc.v2",
                type=typ,
            )
        return t

    def exit_(node: str, t: datetime, cid: str, dead: bool = False) -> datetime:
        proc = "containerd" if node == "node1" else "dockerd"
        t = lr(
            node,
            "dockerd",
            t,
            "info",
            "ignoring event",
            "ignoring event",
            container=cid,
            module="libcontainerd",
            namespace="moby",
            topic="/tasks/delete",
            type="*events.TaskDelete",
        )
        t = lr(
            node,
            proc,
            tick(t),
            "info",
            "shim disconnected",
            "shim disconnected",
            id=cid,
            namespace="moby",
        )
        t = lr(
            node,
            proc,
            tick(t),
            "warning",
            "cleaning up after shim disconnected",
            "cleaning up after shim disconnected",
            id=cid,
            namespace="moby",
        )
        t = lr(
            node,
            proc,
            tick(t),
            "info",
            "cleaning up dead shim",
            "cleaning up dead shim",
            namespace="moby",
        )
        if dead or r.random() < 0.15:
            t = lr(
                node,
                proc,
                tick(t),
                "warning",
                'cleanup warnings time="%s" level=info msg="starting signal loop" namespace=%s pid=%d runtime=%s\\n',
                f'cleanup warnings time="{ts9(t)}" level=info msg="starting signal loop" namespace=moby pid={r.randrange(3000, 90000)} runtime=io.containerd.runc.v2\n',
                namespace="moby",
            )
        return t

    # ---------------------------------------------------------------- node1
    stack = {name: hexid(r, 64) for name in ("web", "api", "worker", "postgres", "redis")}
    ctrd_start("node1", at(6, 0, 3) + secs(r, 0, 1))
    systemd(at(6, 0, 4), f"Starting {DK_UNIT}...", "Starting %s - %s...")
    dockerd_start("node1", at(6, 0, 4) + secs(r, 0.3, 0.6), list(stack.values()))
    systemd(at(6, 0, 7), f"Started {DK_UNIT}.", "Started %s - %s.")
    # the worker OOM-killed and restarted by its policy
    for t in (at(7, 15, 44), at(7, 42, 9), at(8, 30, 51)):
        t = exit_("node1", t, stack["worker"], dead=True)
        lr(
            "node1",
            "containerd",
            tick(t),
            "error",
            "copy shim log",
            "copy shim log",
            error=f"read /proc/self/fd/{r.randrange(11, 40)}: file already closed",
            namespace="moby",
        )
        shim_start("node1", t + secs(r, 0.3, 0.9), stack["worker"])
    # the redeploy: api ignores SIGTERM
    t = at(9, 0, 12)
    old_api = stack["api"]
    t = lr(
        "node1",
        "dockerd",
        t + timedelta(seconds=10),
        "info",
        "Container failed to exit within %s of signal %d - using the force",
        "Container failed to exit within 10s of signal 15 - using the force",
        container=old_api,
    )
    t = exit_("node1", tick(t, 0.05, 0.2), old_api)
    stack["api"] = hexid(r, 64)
    shim_start("node1", t + secs(r, 1, 3), stack["api"])
    for name in ("web", "worker"):
        t = at(9, 0, 30) + secs(r, 0, 10)
        t = exit_("node1", t + secs(r, 0.2, 1.5), stack[name])
        stack[name] = hexid(r, 64)
        shim_start("node1", t + secs(r, 1, 3), stack[name])
    # a developer's container wants web's port
    for t in (at(9, 31, 2), at(9, 31, 40), at(9, 33, 15)):
        cid = hexid(r, 64)
        ep = r.choice(["hungry_turing", "nostalgic_hopper", "eager_lamport"])
        t = lr(
            "node1",
            "dockerd",
            t,
            "warning",
            "Failed to allocate and map port %d-%d: Bind for %s failed: port is already allocated",
            "Failed to allocate and map port 8080-8080: Bind for 0.0.0.0:8080 failed: port is already allocated",
        )
        t = lr(
            "node1",
            "dockerd",
            tick(t, 0.02, 0.09),
            "error",
            "Handler for %s %s returned error: driver failed programming external connectivity on endpoint %s (%s): Bind for %s failed: port is already allocated",
            f"Handler for POST /v1.43/containers/{cid[:12]}/start returned error: driver failed programming external connectivity on endpoint {ep} ({hexid(r, 64)}): Bind for 0.0.0.0:8080 failed: port is already allocated",
        )
    # the registry times out, then a denied pull
    reg_err = (
        'Get "https://registry.corp.example.com:5000/v2/": dial tcp 10.0.3.4:5000: i/o timeout'
    )
    for t in poisson(r, at(9, 50, 0), at(9, 58, 0), 50):
        t = lr(
            "node1",
            "dockerd",
            t + timedelta(seconds=15),
            "warning",
            "Error getting v2 registry: Get %q: dial tcp %s: i/o timeout",
            f"Error getting v2 registry: {reg_err}",
        )
        t = lr(
            "node1",
            "dockerd",
            tick(t),
            "info",
            "Attempting next endpoint for pull after error: Get %q: dial tcp %s: i/o timeout",
            f"Attempting next endpoint for pull after error: {reg_err}",
        )
        lr(
            "node1",
            "dockerd",
            tick(t),
            "error",
            "Handler for %s %s returned error: Get %q: dial tcp %s: i/o timeout",
            f"Handler for POST /v1.43/images/create returned error: {reg_err}",
        )
    for t in (at(9, 59, 21), at(10, 1, 3)):
        t = lr(
            "node1",
            "dockerd",
            t,
            "info",
            "Attempting next endpoint for pull after error: denied: requested access to the resource is denied",
            "Attempting next endpoint for pull after error: denied: requested access to the resource is denied",
        )
        t = lr(
            "node1",
            "dockerd",
            tick(t),
            "error",
            "Not continuing with pull after error: errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required\\n",
            "Not continuing with pull after error: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required\n",
        )
        lr(
            "node1",
            "dockerd",
            tick(t),
            "error",
            "Handler for %s %s returned error: pull access denied for %s, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
            "Handler for POST /v1.43/images/create returned error: pull access denied for acme/internal-tools, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
        )
    # the new worker image's healthcheck, every 30 s
    t = at(10, 10, 4)
    exit_("node1", t, stack["worker"])
    stack["worker"] = hexid(r, 64)
    shim_start("node1", t + secs(r, 1, 2), stack["worker"])
    t += timedelta(seconds=30)
    while t < at(10, 40, 30):
        lr(
            "node1",
            "dockerd",
            t + secs(r, 0.005, 0.03),
            "warning",
            "Health check for container %s error: OCI runtime exec failed: exec failed: unable to start container process: exec: %q: executable file not found in $PATH: unknown",
            f'Health check for container {stack["worker"]} error: OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown',
        )
        t += timedelta(seconds=30)
    exit_("node1", t, stack["worker"])
    stack["worker"] = hexid(r, 64)
    shim_start("node1", t + secs(r, 1, 2), stack["worker"])
    # the disk fills: the api's and web's log lines cannot be written
    for t in poisson(r, at(11, 20, 5), at(11, 31, 0), 14):
        who = r.choice(["api", "api", "web"])
        line = (
            json.dumps(
                {
                    "level": "info",
                    "ts": f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z",
                    "msg": "request completed",
                    "status": 200,
                    "path": r.choice(["/api/orders", "/api/cart", "/healthz"]),
                }
            )
            + "\n"
            if who == "api"
            else f'10.0.0.{r.randrange(2, 250)} - - [{clf_time(t)}] "GET / HTTP/1.1" 200 612 "-" "{r.choice(UA_BROWSERS)}"\n'
        )
        cid = stack[who]
        lr(
            "node1",
            "dockerd",
            t,
            "error",
            "Error writing log message",
            "Error writing log message",
            driver="json-file",
            error=f"write /var/lib/docker/containers/{cid}/{cid}-json.log: no space left on device",
            message=line,
        )
    lr(
        "node1",
        "containerd",
        at(11, 24, 31),
        "error",
        "failed to handle container TaskExit event %+v",
        "failed to handle container TaskExit event &TaskExit{ContainerID:"
        + stack["redis"]
        + ",ID:"
        + stack["redis"]
        + ",Pid:2211,ExitStatus:1,ExitedAt:2024-06-04 11:24:30.918206118 +0000 UTC,XXX_unrecognized:[],}",
        error="failed to stop container: write /var/lib/containerd/io.containerd.runtime.v2.task/moby/"
        + stack["redis"]
        + "/log.json: no space left on device",
    )

    # ---------------------------------------------------------------- node2
    pids_n2 = []
    up = dockerd_start("node2", at(6, 0, 9) + secs(r, 0, 1), [hexid(r, 64)])
    restart = at(10, 0, 31)
    for t in poisson(r, up + timedelta(minutes=1), t_end, 150):
        if restart - timedelta(seconds=60) <= t < restart + timedelta(seconds=30):
            continue
        cid = hexid(r, 64)
        shim_start("node2", t, cid)
        dur = r.uniform(20, 140)
        te = t + timedelta(seconds=dur)
        if r.random() < 0.05:  # a job that does not stop when asked (the runner's timeout)
            te = lr(
                "node2",
                "dockerd",
                te,
                "info",
                "Container failed to exit within %s of signal %d - using the force",
                "Container failed to exit within 10s of signal 15 - using the force",
                container=cid,
            )
        exit_("node2", tick(te), cid)
        pids_n2.append(cid)
    # the upgrade
    t = lr(
        "node2",
        "dockerd",
        restart,
        "info",
        "Processing signal '%v'",
        "Processing signal 'terminated'",
    )
    t = lr(
        "node2",
        "dockerd",
        tick(t, 0.3, 0.9),
        "info",
        "stopping event stream following graceful shutdown",
        "stopping event stream following graceful shutdown",
        error="<nil>",
        module="libcontainerd",
        namespace="moby",
    )
    t = lr(
        "node2",
        "dockerd",
        tick(t, 0.001, 0.01),
        "info",
        "stopping healthcheck following graceful shutdown",
        "stopping healthcheck following graceful shutdown",
        module="libcontainerd",
    )
    t = lr(
        "node2",
        "dockerd",
        tick(t, 0.001, 0.01),
        "info",
        "stopping event stream following graceful shutdown",
        "stopping event stream following graceful shutdown",
        error="context canceled",
        module="libcontainerd",
        namespace="plugins.moby",
    )
    t = lr(
        "node2",
        "dockerd",
        tick(t, 0.001, 0.02),
        "info",
        "Daemon shutdown complete",
        "Daemon shutdown complete",
    )
    dockerd_start("node2", t + timedelta(seconds=3), [hexid(r, 64)])
    return [j1.into(Log("node1-journal.log", t0)), n2.into(Log("node2-docker.log", t0))]


# --------------------------------------------------------------------------------- hasura

HS_OPS = [
    # (weight, operation name, query text, kind)
    (
        20,
        "GetProducts",
        "query GetProducts($limit: Int!) { products(limit: $limit, order_by: {created_at: desc}) { id name price } }",
        "query",
    ),
    (
        14,
        "GetProduct",
        "query GetProduct($id: uuid!) { products_by_pk(id: $id) { id name price stock description } }",
        "query",
    ),
    (
        9,
        "MyOrders",
        "query MyOrders { orders(order_by: {created_at: desc}) { id status total items { product { name } quantity } } }",
        "query",
    ),
    (
        4,
        "AddToCart",
        "mutation AddToCart($product: uuid!, $qty: Int!) { insert_cart_items_one(object: {product_id: $product, quantity: $qty}) { id } }",
        "mutation",
    ),
    (
        2,
        "PlaceOrder",
        "mutation PlaceOrder($cart: uuid!) { place_order(cart_id: $cart) { order_id } }",
        "mutation",
    ),
    (
        1,
        "OrderHistory",
        "query OrderHistory { orders_archive(limit: 50) { id total archived_at } }",
        "query",
    ),
]
HS_PG_DOWN = 'connection to server at "pg-primary.db.svc" (10.0.2.15), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n'


def hasura(r: random.Random) -> list[Log]:
    """Two replicas of Hasura GraphQL Engine 2.38 behind a shop's web and mobile clients, 06:00
    to 10:00: start-up; GraphQL queries and mutations (http-log), the console's metadata
    calls, subscriptions over websockets and their poller; replica 0 writes query-log while a
    developer debugs, 07:00 to 07:30; an event trigger on new orders calls a notifier that is
    down from 07:40 to 07:55; a cron trigger at 07:00, 08:00, 09:00; someone drops the
    `orders_archive` table at 07:55 (queries on it fail; replica 1, restarted at 08:10, reports
    the inconsistent metadata; a metadata replace is refused); the Postgres primary is lost from
    09:20 to 09:26 (requests, the poller, schema sync and event fetches failing with connection
    errors); the auth provider's JWKS times out at 08:47."""
    clock = Clock(1000)
    reps = [Records(), Records()]
    t0, t_end = at(6, 0), at(10, 0)
    pg0, pg1 = at(9, 20, 7), at(9, 26, 31)
    drop = at(7, 55, 12)
    notif0, notif1 = at(7, 40, 2), at(7, 55, 40)

    def hl(n: int, t: datetime, lvl: str, typ: str, detail: object, lab: str) -> datetime:
        t = clock.at(n, t)
        obj = {
            "detail": detail,
            "level": lvl,
            "timestamp": f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}+0000",
            "type": typ,
        }
        reps[n].add(t, [json.dumps(obj, sort_keys=True, separators=(",", ":"))], lab)
        return t

    def startup(
        n: int, t: datetime, kind: str, info: object, lab: str, lvl: str = "info"
    ) -> datetime:
        return hl(
            n,
            t + secs(r, 0.001, 0.05),
            lvl,
            "startup",
            {"info": info, "kind": kind},
            f"startup {kind}" + (f": {lab}" if lab else ""),
        )

    def start(n: int, t: datetime, inconsistent: bool = False) -> datetime:
        t = startup(
            n,
            t,
            "server_configuration",
            {
                "admin_secret_set": True,
                "auth_hook": None,
                "cors_config": {"allowed_origins": "*", "disabled": False, "ws_read_cookie": None},
                "enable_allowlist": False,
                "enable_console": n == 0,
                "enable_maintenance_mode": False,
                "enable_telemetry": True,
                "enabled_apis": ["metadata", "graphql", "pgdump", "config"],
                "enabled_log_types": [
                    "startup",
                    "http-log",
                    "webhook-log",
                    "websocket-log",
                    "query-log",
                ]
                if n == 0
                else ["startup", "http-log", "webhook-log", "websocket-log"],
                "events_http_pool_size": 100,
                "events_fetch_interval": 1000,
                "experimental_features": [],
                "graceful_shutdown_timeout": 60,
                "infer_function_permissions": True,
                "jwt_secret": {
                    "audience": None,
                    "claims_format": "json",
                    "claims_namespace": "https://hasura.io/jwt/claims",
                    "header": None,
                    "issuer": None,
                    "key": None,
                    "type": "RS256",
                },
                "live_query_options": {"batch_size": 100, "refetch_delay": 1},
                "log_level": "info",
                "port": 8080,
                "server_host": "HostAny",
                "stringify_numeric_types": False,
                "transaction_isolation": "ISOLATION LEVEL READ COMMITTED",
                "unauth_role": None,
                "use_prepared_statements": True,
                "v1-boolean-null-collapse": False,
                "websocket_compression_options": "NoCompression",
                "websocket_keep_alive": "KeepAliveDelay {unKeepAliveDelay = Seconds {seconds = 5s}}",
            },
            "",
        )
        t = startup(
            n,
            t,
            "metadata_db",
            {"database_url": "postgres://hasura:...@pg-primary.db.svc:5432/hasura", "retries": 1},
            "",
        )
        t = startup(
            n,
            t,
            "catalog_migrate",
            "Already at the latest catalog version (48); nothing to do.",
            "Already at the latest catalog version (%d); nothing to do.",
        )
        t = startup(
            n,
            t,
            "source_catalog_migrate",
            {
                "message": 'source "default" is already at the latest catalog version (3).',
                "source": "default",
            },
            "source %q is already at the latest catalog version (%d).",
        )
        if inconsistent:
            t = startup(
                n,
                t,
                "metadata",
                {
                    "message": "Inconsistent Metadata!",
                    "objects": [
                        {
                            "definition": {"name": "orders_archive", "schema": "public"},
                            "name": "table orders_archive in source default",
                            "reason": 'Inconsistent object: no such table/view exists in source: "orders_archive"',
                            "type": "table",
                        }
                    ],
                },
                "Inconsistent Metadata!",
                lvl="warn",
            )
        t = startup(
            n,
            t,
            "schema-sync",
            {"message": "listener thread started", "thread_id": f"ThreadId {r.randrange(20, 90)}"},
            "listener thread started",
        )
        t = startup(
            n,
            t,
            "schema-sync",
            {
                "message": "processor thread started",
                "thread_id": f"ThreadId {r.randrange(90, 140)}",
            },
            "processor thread started",
        )
        t = startup(n, t, "event_triggers", "preparing data", "preparing data")
        t = startup(n, t, "event_triggers", "starting workers", "starting workers")
        t = startup(
            n,
            t,
            "telemetry",
            "Help us improve Hasura! The graphql-engine server collects anonymized usage stats which allows us to keep improving Hasura at warp speed. To read more or opt-out, visit https://hasura.io/docs/latest/graphql/core/guides/telemetry.html",
            "Help us improve Hasura! The graphql-engine server collects anonymized usage stats which allows us to keep improving Hasura at warp speed. To read more or opt-out, visit %s",
        )
        t = startup(
            n,
            t,
            "server",
            {"message": "starting API server", "time_taken": round(r.uniform(0.9, 3.2), 6)},
            "starting API server",
        )
        return t

    def user_vars(role: str) -> dict:
        return (
            {"x-hasura-role": role, "x-hasura-user-id": str(r.randrange(1, 9000))}
            if role == "user"
            else {"x-hasura-role": role}
        )

    def http(
        n: int,
        t: datetime,
        method: str,
        url: str,
        route: str,
        status: int,
        role: str,
        op: dict,
        error: dict | None,
        err_lab: str | None,
        ip: str,
    ) -> datetime:
        rid = uuid4(r)
        oper = {
            "query": op,
            "request_id": rid,
            "request_mode": "single",
            "response_size": r.randrange(40, 9000) if not error else r.randrange(90, 400),
            "uncompressed_response_size": r.randrange(40, 9000),
            "user_vars": user_vars(role),
            "query_execution_time": round(r.uniform(0.002, 0.09), 9),
            "request_read_time": round(r.uniform(0.00001, 0.0002), 9),
        }
        if error:
            oper["error"] = error
            del oper["query_execution_time"]
        else:
            oper["parameterized_query_hash"] = hexid(r, 40)
        detail = {
            "http_info": {
                "content_encoding": None,
                "http_version": "HTTP/1.1",
                "ip": ip,
                "method": method,
                "status": status,
                "url": url,
            },
            "operation": oper,
            "request_id": rid,
        }
        return hl(
            n,
            t,
            "error" if error else "info",
            "http-log",
            detail,
            f"{method} {route} {status}" + (f" {err_lab}" if err_lab else ""),
        )

    t_start = [start(0, at(6, 0, 2)), start(1, at(6, 0, 5))]
    restart1 = at(8, 10, 22)
    weights = [w for w, *_ in HS_OPS]
    ips = [f"10.0.1.{r.randrange(2, 250)}" for _ in range(12)]
    for n in (0, 1):
        for t in poisson(r, t_start[n] + timedelta(seconds=3), t_end, 17.0):
            if n == 1 and restart1 - timedelta(seconds=70) <= t < restart1 + timedelta(seconds=5):
                continue
            _, name, query, _ = r.choices(HS_OPS, weights)[0]
            ip = r.choice(ips)
            op = {"operationName": name}
            error, lab = None, None
            if pg0 <= t < pg1:
                error = {
                    "code": "postgres-error",
                    "error": "connection error",
                    "internal": HS_PG_DOWN,
                    "path": "$",
                }
                lab = "connection error"
            elif name == "OrderHistory" and t >= drop:
                error = {
                    "code": "validation-failed",
                    "error": "field 'orders_archive' not found in type: 'query_root'",
                    "path": "$.selectionSet.orders_archive",
                }
                lab = "field %s not found in type: %s"
            elif name == "AddToCart" and r.random() < 0.06:
                error = {
                    "code": "constraint-violation",
                    "error": 'Check constraint violation. new row for relation "cart_items" violates check constraint "cart_items_quantity_check"',
                    "path": "$.selectionSet.insert_cart_items_one.args.object[0]",
                }
                lab = "Check constraint violation. new row for relation %s violates check constraint %s"
            elif r.random() < 0.01:
                error = {
                    "code": "invalid-jwt",
                    "error": "Could not verify JWT: JWTExpired",
                    "path": "$",
                }
                lab = "Could not verify JWT: JWTExpired"
            http(
                n,
                t,
                "POST",
                "/v1/graphql",
                "/v1/graphql",
                200,
                "user" if r.random() < 0.85 else "anonymous",
                op,
                error,
                lab,
                ip,
            )
            if n == 0 and at(7, 0) <= t < at(7, 30) and not error:
                hl(
                    0,
                    t + timedelta(milliseconds=1),
                    "info",
                    "query-log",
                    {
                        "connection_template": None,
                        "generated_sql": {
                            "products" if "roduct" in name else "orders": {
                                "prepared_arguments": [
                                    '{"x-hasura-role":"user"}',
                                    str(r.randrange(5, 50)),
                                ],
                                "query": 'SELECT  coalesce(json_agg("root" ), \'[]\' ) AS "root" FROM  (SELECT  row_to_json((SELECT  "_e"  FROM  (SELECT  "_root.base"."id" AS "id", "_root.base"."name" AS "name"       ) AS "_e"      ) ) AS "root" FROM  (SELECT  *  FROM "public"."products"  WHERE (\'true\')     LIMIT $2 ) AS "_root.base"      ) AS "_root"      ',
                            }
                        },
                        "kind": "database",
                        "query": {"operationName": name, "query": query, "variables": {}},
                        "request_id": uuid4(r),
                    },
                    "query-log database",
                )
        # the REST endpoint and the healthz probes (the probes are logged only when they fail)
        for t in poisson(r, t_start[n] + timedelta(seconds=10), t_end, 90.0):
            pid = r.randrange(1, 5000)
            down = pg0 <= t < pg1
            http(
                n,
                t,
                "GET",
                f"/api/rest/orders/{pid}",
                "/api/rest/orders/%s",
                200,
                "user",
                {"operationName": "OrderById"},
                {
                    "code": "postgres-error",
                    "error": "connection error",
                    "internal": HS_PG_DOWN,
                    "path": "$",
                }
                if down
                else None,
                "connection error" if down else None,
                r.choice(ips),
            )
    # the console's metadata calls (replica 0 serves the console)
    for t in poisson(r, at(6, 30), t_end, 240.0):
        http(
            0,
            t,
            "POST",
            "/v1/metadata",
            "/v1/metadata",
            200,
            "admin",
            {
                "type": r.choice(
                    ["export_metadata", "get_inconsistent_metadata", "pg_get_source_tables"]
                )
            },
            None,
            None,
            "10.0.1.200",
        )
    for t in (at(8, 14, 51), at(8, 15, 30)):
        http(
            0,
            t,
            "POST",
            "/v1/metadata",
            "/v1/metadata",
            400,
            "admin",
            None,
            {
                "code": "unexpected",
                "error": "cannot continue due to inconsistent metadata",
                "path": "$.args",
            },
            "cannot continue due to inconsistent metadata",
            "10.0.1.200",
        )
    http(
        0,
        at(8, 16, 12),
        "POST",
        "/v1/metadata",
        "/v1/metadata",
        200,
        "admin",
        None,
        None,
        None,
        "10.0.1.200",
    )
    # websockets: subscriptions from the apps, and the poller
    for n in (0, 1):
        for t in poisson(
            r, t_start[n] + timedelta(seconds=20), t_end - timedelta(minutes=5), 420.0
        ):
            wsid = uuid4(r)
            ci = {
                "msg": None,
                "token_expiry": f"{t + timedelta(hours=1):%Y-%m-%dT%H:%M:%S}Z",
                "websocket_id": wsid,
            }
            hl(
                n,
                t,
                "info",
                "websocket-log",
                {"connection_info": ci, "event": {"type": "accepted"}, "user_vars": None},
                "websocket-log accepted",
            )
            opid = str(r.randrange(1, 9))
            hl(
                n,
                t + secs(r, 0.05, 0.3),
                "info",
                "websocket-log",
                {
                    "connection_info": ci,
                    "event": {
                        "detail": {
                            "operation_id": opid,
                            "operation_name": "OrderStatus",
                            "operation_type": {"type": "started"},
                            "parameterized_query_hash": hexid(r, 40),
                            "query": {
                                "operationName": "OrderStatus",
                                "query": "subscription OrderStatus($id: uuid!) { orders_by_pk(id: $id) { id status } }",
                            },
                            "request_id": uuid4(r),
                        },
                        "type": "operation",
                    },
                    "user_vars": user_vars("user"),
                },
                "websocket-log operation started",
            )
            te = t + secs(r, 30, 900)
            if n == 1 and t < restart1 <= te:
                te = restart1 - timedelta(seconds=3)
            hl(
                n,
                te,
                "info",
                "websocket-log",
                {
                    "connection_info": ci,
                    "event": {
                        "detail": {
                            "operation_id": opid,
                            "operation_name": "OrderStatus",
                            "operation_type": {"type": "stopped"},
                            "parameterized_query_hash": hexid(r, 40),
                            "query": {"operationName": "OrderStatus", "query": None},
                            "request_id": uuid4(r),
                        },
                        "type": "operation",
                    },
                    "user_vars": user_vars("user"),
                },
                "websocket-log operation stopped",
            )
            hl(
                n,
                te + secs(r, 0.01, 0.2),
                "info",
                "websocket-log",
                {
                    "connection_info": ci,
                    "event": {"type": "closed"},
                    "user_vars": user_vars("user"),
                },
                "websocket-log closed",
            )
        for t in poisson(r, t_start[n] + timedelta(seconds=20), t_end, 1800.0):
            hl(
                n,
                t,
                "info",
                "websocket-log",
                {
                    "connection_info": {
                        "msg": "Could not verify JWT: JWTExpired",
                        "token_expiry": None,
                        "websocket_id": uuid4(r),
                    },
                    "event": {
                        "detail": {
                            "message": {
                                "code": "invalid-jwt",
                                "error": "Could not verify JWT: JWTExpired",
                                "path": "$",
                            },
                            "type": "connection_error",
                        },
                        "type": "rejected",
                    },
                    "user_vars": None,
                },
                "websocket-log rejected Could not verify JWT: JWTExpired",
            )
        for t in poisson(r, t_start[n] + timedelta(seconds=60), t_end, 240.0):
            if n == 1 and restart1 - timedelta(seconds=70) <= t < restart1 + timedelta(seconds=5):
                continue
            down = pg0 <= t < pg1
            batch = {
                "batch_id": r.randrange(1, 100),
                "batch_response_size_bytes": None if down else r.randrange(200, 4000),
                "db_execution_time": r.uniform(0.001, 0.02),
                "pg_execution_time": r.uniform(0.001, 0.02),
                "push_time": r.uniform(0.0001, 0.001),
                "subscribers": [
                    {"subscriber_id": uuid4(r), "request_id": uuid4(r), "websocket_id": uuid4(r)}
                ],
            }
            if down:
                batch["error"] = {
                    "code": "postgres-error",
                    "error": "connection error",
                    "internal": HS_PG_DOWN,
                    "path": "$",
                }
            hl(
                n,
                t,
                "error" if down else "info",
                "livequery-poller-log",
                {
                    "execution_batches": [batch],
                    "generated_sql": 'SELECT "_subs"."result_id" , "_fld_resp"."root" AS "result" FROM UNNEST(($1)::uuid[], ($2)::json[]) AS "_subs"("result_id", "result_vars") ...',
                    "kind": "live-query",
                    "poller_id": uuid4(r),
                    "role": "user",
                    "snapshot_time": r.uniform(0.00001, 0.0001),
                    "source": "default",
                    "subscriber_count": r.randrange(1, 12),
                    "total_time": r.uniform(0.002, 0.03),
                },
                "livequery-poller-log live-query" + (" connection error" if down else ""),
            )
    # the event trigger on orders (each PlaceOrder), delivered by replica 0 or 1
    for t in poisson(r, at(6, 2), t_end, 140.0):
        n = r.randrange(0, 2)
        if n == 1 and restart1 - timedelta(seconds=70) <= t < restart1 + timedelta(seconds=5):
            n = 0
        if pg0 <= t < pg1:
            continue
        eid = uuid4(r)
        req = {
            "headers": [{"name": "X-Notifier-Key", "value": "<redacted>"}],
            "payload": {
                "created_at": f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z",
                "delivery_info": {"current_retry": 0, "max_retries": 5},
                "event": {"op": "INSERT"},
                "id": eid,
                "table": {"name": "orders", "schema": "public"},
                "trigger": {"name": "order_created"},
            },
            "version": "2",
        }
        if notif0 <= t < notif1:
            for k in range(2):
                req["payload"]["delivery_info"]["current_retry"] = k
                hl(
                    n,
                    t + timedelta(seconds=10 * k),
                    "error",
                    "event-trigger",
                    {
                        "event_id": eid,
                        "request": req,
                        "response": {
                            "data": {
                                "message": "ConnectionFailure Network.Socket.connect: <socket: 47>: does not exist (Connection refused)"
                            },
                            "type": "client_error",
                            "version": "2",
                        },
                        "source": "default",
                        "trigger_name": "order_created",
                    },
                    "event-trigger client_error ConnectionFailure Network.Socket.connect: <socket: %d>: does not exist (Connection refused)",
                )
            continue
        status = 200 if r.random() > 0.04 else 500
        hl(
            n,
            t,
            "info" if status == 200 else "error",
            "event-trigger",
            {
                "event_id": eid,
                "request": req,
                "response": {
                    "data": {
                        "body": '{"ok":true}' if status == 200 else "Internal Server Error",
                        "headers": [{"name": "content-type", "value": "application/json"}],
                        "size": 11,
                        "status": status,
                    },
                    "type": "webhook_response",
                    "version": "2",
                },
                "source": "default",
                "trigger_name": "order_created",
            },
            f"event-trigger webhook_response {status}",
        )
    # event fetching fails while Postgres is gone (both replicas, every few seconds)
    for n in (0, 1):
        t = pg0 + secs(r, 0.2, 1)
        while t < pg1:
            hl(
                n,
                t,
                "error",
                "event-trigger",
                {
                    "error": {
                        "code": "postgres-error",
                        "error": "connection error",
                        "internal": HS_PG_DOWN,
                        "path": "$",
                    },
                    "message": "failed to fetch events from the database",
                },
                "event-trigger failed to fetch events from the database",
            )
            t += secs(r, 15, 40)
        t = pg0 + secs(r, 1, 8)
        while t < pg1:
            startup(
                n,
                t,
                "schema-sync",
                {
                    "error": {
                        "code": "postgres-error",
                        "error": "connection error",
                        "internal": HS_PG_DOWN,
                        "path": "$",
                    },
                    "message": "error fetching metadata resource version",
                    "thread_id": "ThreadId 41",
                },
                "error fetching metadata resource version",
                lvl="error",
            )
            t += secs(r, 30, 60)
    # the cron trigger
    for hh in (7, 8, 9):
        t = at(hh, 0, 0) + secs(r, 0.2, 1.2)
        hl(
            0,
            t,
            "info",
            "scheduled-trigger",
            {
                "event_id": uuid4(r),
                "name": "daily_sales_rollup",
                "request": {
                    "headers": [],
                    "payload": {
                        "comment": None,
                        "id": uuid4(r),
                        "name": "daily_sales_rollup",
                        "payload": {},
                        "scheduled_time": f"{t:%Y-%m-%dT%H:00:00}Z",
                    },
                    "version": "2",
                },
                "response": {
                    "data": {"body": "rolled up", "headers": [], "size": 9, "status": 200},
                    "type": "webhook_response",
                    "version": "2",
                },
            },
            "scheduled-trigger webhook_response 200",
        )
    # the JWKS fetch times out
    for t in (at(8, 47, 3), at(8, 48, 4)):
        for n in (0, 1):
            hl(
                n,
                t + secs(r, 0, 1),
                "error",
                "jwk-refresh-log",
                {
                    "error": None,
                    "http_error": {
                        "message": 'HttpExceptionRequest Request {\n  host = "auth.example.com"\n  port = 443\n  secure = True\n  path = "/.well-known/jwks.json"\n}\n ResponseTimeout',
                        "type": "http_exception",
                        "url": "https://auth.example.com/.well-known/jwks.json",
                    },
                    "message": "Error fetching JWK: ResponseTimeout",
                    "response": None,
                },
                "jwk-refresh-log Error fetching JWK: %s",
            )
    # warp's connection errors, now and then
    for t in poisson(r, at(6, 5), t_end, 1300.0):
        n = r.randrange(0, 2)
        msg, lab = r.choice(
            [
                ("Thread killed by timeout manager", "Thread killed by timeout manager"),
                (
                    "Network.Socket.recvBuf: resource vanished (Connection reset by peer)",
                    "Network.Socket.recvBuf: resource vanished (Connection reset by peer)",
                ),
            ]
        )
        hl(n, t, "error", "unstructured", msg, f"unstructured {lab}")
    # replica 1's restart (a node drain) at 08:10: the inconsistent metadata at start-up
    hl(
        1,
        restart1 - timedelta(seconds=61),
        "info",
        "unstructured",
        "Received SIGTERM. Waiting for graceful shutdown.",
        "unstructured Received %s. Waiting for graceful shutdown.",
    )
    start(1, restart1, inconsistent=True)
    return [
        reps[0].into(Log("graphql-engine-0.log", t0)),
        reps[1].into(Log("graphql-engine-1.log", t0)),
    ]


SYSTEMS = {
    "varnish": varnish,
    "istio": istio,
    "zeek": zeek,
    "dockerd": dockerd,
    "hasura": hasura,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
