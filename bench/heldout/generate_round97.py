#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 97 (trafficserver, pound, tinyproxy, privoxy, dante) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: Traffic Server's error.log shows whole seconds, its
diags.log milliseconds). Five proxies, 06:00 to 12:00 on 2024-06-04:

- Apache Traffic Server 9.2 on two hosts (`ats1-diags.log`, `ats1-error.log`,
  `ats2-diags.log`, `ats2-error.log`): diags.log's `[Jun  4 06:00:01.123] traffic_server NOTE:
  ...` / `[ET_NET 3] WARNING: ...` lines (the thread's name in brackets), start-up (version,
  RLIMIT, plugins, config files `finished loading`, `traffic server running`), the hourly log
  rolls, a scanner refused by ip_allow, an origin with a bad certificate (`SSL connection
  failed for '%s': ...`), ats2 restarted at 08:00, a remap reload at 09:00; error.log's
  `20240604.06h00m01s RESPONSE: sent %s status %d (%s) for '%s'` for every 4xx/5xx answer and
  the `CONNECT:` lines while the app origin is down (07:20 to 07:35) and slow (09:30 to 09:45).
- Pound 2.8 (LogLevel 2) in two balancers' syslog (`lb1.log`, `lb2.log`: `Jun  4 06:00:01 lb1
  pound[812]: ...`): requests (`%s %s - %s (%s/%s -> %s) %.3f sec`, and without a Host header
  `(%s -> %s)` for the monitoring's HTTP/1.0 probes), a back-end killed and resurrected, `e503
  no back-end`, clients going away (`error read from`, `error flush to`), bad requests, a
  back-end disabled and enabled by poundctl, lb2's worker crashing and the monitor restarting
  it, lb1 restarted.
- Tinyproxy 1.11 (`tinyproxy.log`: `CONNECT   Jun 04 06:00:01.123 [1234]: Connect (file
  descriptor: 7): 10.0.5.12`): each request's CONNECT / INFO lines, the NLB's TCP health check
  every 30 s (`read_request_line: Client (file descriptor: %d) closed socket before read.`),
  filtered domains, an upstream proxy for the corporate domain, refused CONNECT ports, idle
  tunnels, unauthorized clients, a DNS outage (08:40 to 08:50), the daily log rotation's
  `Reloading config file`, a restart.
- Privoxy 3.0.34 (`privoxy.log`: `2024-06-04 06:00:01.123 7f3a9c7fe700 Request: ...`, debug
  1, 2, 1024, 4096, 8192 and 256): requests, crunches (`Blocked: %s`, `Redirected: %s`, `CGI
  Call: %s`, `DNS failure: %s`, `Connection failure: %s`), the Connect level's keep-alive
  lines, re-filtering, resolution and connect errors while the uplink's DNS fails (10:10 to
  10:20), a configuration reload and a restart.
- Dante 1.4.3 sockd (`sockd.log`: its logfile, `Jun  4 06:00:01 (1717480801.123456)
  sockd[1234]: info: pass(1): tcp/accept [: 10.0.5.12.51234 10.0.0.1.1080`): each session's
  client-rule pass, socks-rule pass with the destination and end line (`local client closed`,
  `remote server closed`, byte counts and duration), UDP associations, scanners blocked,
  wrong passwords, an unreachable destination, a reload and a restart.

Label notes. Traffic Server's date and thread name, Pound's, Tinyproxy's and Dante's syslog or
log head (date, host, ident and pid, Tinyproxy's level column, Dante's epoch and level word),
Privoxy's date, thread id and level name are context: the message is the label. Pound's
`(%lx)` thread id inside the message is a variable. A word or reason picked by branch is
wording (Privoxy's crunch reasons, Dante's `pass` / `block`, `[` / `]` and `local client
closed` / `remote server closed`); an errno's or resolver's text inside a message contributes
its own text (`connect to: %s failed: Connection refused`, Traffic Server's
`connection_result=Connection refused [%d]`, an OpenSSL error string). Dante writes the arrow and the
destination only when the session has one, so each shape is its own label (round 86's
all-syslog.sh fields).

Least sure (written from the helper's knowledge, checked only where noted): Traffic Server's
`connect by disallowed client %s, closing connection`, `received signal %d (%s)`, the
`CONNECT: attempt fail ...` field layout of 9.2 and `logging initialized[%d], logging_mode =
%d`; Pound's `e501 bad request`, `error flush to`, `e500 for %s response error read from`,
`BackEnd %s dead (HA)` and `received signal %d - exiting...` (the `e503 no back-end` line
checked against a copy of http.c); Tinyproxy's `opensock: Could not retrieve address info`,
`Maximum number of connections reached`, `Failed auth attempt` and `Unauthorized connection
from` wordings (the `closed socket before read` line and the level column checked); Privoxy's
`Closing client socket` field list, `Empty server or forwarder response`, `connect to: %s
failed: %E`; Dante's end-of-session layout (byte counts), its block reasons, the PAM line,
`mother[%d/%d]: shutting down`, the reload line and the child warnings.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round52 import Records
from generate_round53 import Clock
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records), with a Clock per resolution: `add(file, t,
    label, text, proc, res)` writes `text(t)` at the process's next free instant at `res`
    microseconds and returns that instant."""

    def __init__(self) -> None:
        self.clocks: dict[int, Clock] = {}
        self.files: dict[str, Records] = {}

    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object, res: int
    ) -> datetime:
        t = self.clocks.setdefault(res, Clock(res)).at(proc, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


def syslog_ts(t: datetime) -> str:
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def sec(x: float) -> timedelta:
    return timedelta(seconds=x)


CLIENTS = [
    f"10.0.{a}.{b}"
    for a, b in [(5, 12), (5, 31), (5, 77), (6, 9), (6, 140), (7, 21), (7, 88), (8, 15)]
]
SCANNERS = ["203.0.113.45", "198.51.100.77", "192.0.2.191"]
UPATHS = [
    "/",
    "/index.html",
    "/api/v1/items",
    "/api/v1/items?page=2",
    "/api/v1/orders/{n}",
    "/static/app.{h}.js",
    "/static/site.css",
    "/img/logo.png",
    "/login",
    "/api/v1/cart",
    "/healthz",
]
SITES = [
    "www.debian.org",
    "github.com",
    "pypi.org",
    "files.pythonhosted.org",
    "deb.debian.org",
    "registry.npmjs.org",
    "api.github.com",
    "objects.githubusercontent.com",
    "security.debian.org",
    "download.docker.com",
    "www.google.com",
    "news.ycombinator.com",
    "en.wikipedia.org",
    "cdn.jsdelivr.net",
    "fonts.googleapis.com",
]
SPATHS = [
    "/",
    "/simple/requests/",
    "/debian/dists/bookworm/InRelease",
    "/repos/acme/app/releases/latest",
    "/wiki/Proxy_server",
    "/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css",
    "/css2?family=Inter",
    "/packages/{h}/requests-2.32.3-py3-none-any.whl",
    "/linux/debian/gpg",
    "/item?id={n}",
]
ADS = [
    "ads.doubleclick.net",
    "pagead2.googlesyndication.com",
    "www.google-analytics.com",
    "pixel.facebook.com",
    "ad.adsrvr.org",
    "tracking.example-ads.net",
]


def upath(r: random.Random, paths: list[str]) -> str:
    return (
        r.choice(paths)
        .replace("{n}", str(r.randint(1000, 99999)))
        .replace("{h}", f"{r.getrandbits(32):08x}")
    )


# ---------------------------------------------------------------------------- trafficserver

ATS_PLUGINS = [
    "/usr/lib/trafficserver/modules/header_rewrite.so",
    "/usr/lib/trafficserver/modules/stats_over_http.so",
    "/usr/lib/trafficserver/modules/cachekey.so",
    "/usr/lib/trafficserver/modules/regex_remap.so",
]
ATS_ORIGINS = [
    ("app.example.com", "10.0.2.21:8080"),
    ("static.example.com", "10.0.2.40:80"),
    ("img.example.com", "10.0.2.41:80"),
    ("partner.example.net", "198.51.100.20:443"),
]


def trafficserver(r: random.Random) -> list[Log]:
    """Two caches (ats1, ats2) in front of four origins, 06:00 to 12:00: the app origin down
    07:20-07:35 and slow 09:30-09:45, the partner origin's certificate failing verification
    from 10:30, ats2 restarted at 08:00, a remap reload on both at 09:00, a scanner refused by
    ip_allow on ats1, 404s and 403s all day, hourly log rolls."""
    fs = Files()
    threads = ["ET_NET 0", "ET_NET 1", "ET_NET 2", "ET_NET 3"]

    def D(h: str, t: datetime, thread: str, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-diags.log",
            t,
            label,
            lambda x: [f"[{x:%b} {x.day:2d} {x:%H:%M:%S}.{ms(x)}] {thread} {level}: {msg}"],
            (h, "ts"),
            1000,
        )

    def E(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-error.log",
            t,
            label,
            lambda x: [f"{x:%Y%m%d.%Hh%Mm%Ss} {msg}"],
            (h, "err"),
            1_000_000,
        )

    def start(h: str, t: datetime) -> None:
        ts = "traffic_server"
        t = D(
            h, t, ts, "NOTE", "--- traffic_server Starting ---", "--- traffic_server Starting ---"
        )
        t = D(
            h,
            t + sec(0.001),
            ts,
            "NOTE",
            "traffic_server Version: %s",
            "traffic_server Version: Apache Traffic Server - traffic_server - 9.2.4 - (build # 040412 on Apr  4 2024 at 12:14:02)",
        )
        t = D(
            h,
            t + sec(0.002),
            ts,
            "NOTE",
            "RLIMIT_NOFILE(%d):cur(%d),max(%d)",
            "RLIMIT_NOFILE(7):cur(1048576),max(1048576)",
        )
        t = D(
            h, t + sec(0.01), ts, "NOTE", "records parsing completed.", "records parsing completed."
        )
        t = D(
            h,
            t + sec(0.05),
            ts,
            "NOTE",
            "logging initialized[%d], logging_mode = %d",
            "logging initialized[15], logging_mode = 3",
        )
        for p in ATS_PLUGINS:
            t = D(
                h,
                t + sec(r.uniform(0.002, 0.02)),
                ts,
                "NOTE",
                "loading plugin '%s'",
                f"loading plugin '{p}'",
            )
        t = D(
            h,
            t + sec(0.1),
            "[ET_TASK 0]",
            "NOTE",
            "loading SSL certificate configuration from %s",
            "loading SSL certificate configuration from /etc/trafficserver/ssl_multicert.config",
        )
        for c in [
            "ssl_multicert.config",
            "sni.yaml",
            "ip_allow.yaml",
            "remap.config",
            "parent.config",
        ]:
            t = D(
                h,
                t + sec(r.uniform(0.005, 0.08)),
                "[ET_TASK 0]",
                "NOTE",
                "%s finished loading",
                f"{c} finished loading",
            )
        t = D(h, t + sec(0.3), "[ET_NET 0]", "NOTE", "cache enabled", "cache enabled")
        D(
            h,
            t + sec(0.01),
            "[ET_NET 0]",
            "NOTE",
            "traffic server running",
            "traffic server running",
        )

    t0, t_end = at(6, 0), at(12, 0)
    for h in ["ats1", "ats2"]:
        start(h, t0 + sec(r.uniform(1, 3)))
    # ats2's restart
    D(
        "ats2",
        at(8, 0, 2),
        "traffic_server",
        "NOTE",
        "received signal %d (%s)",
        "received signal 15 (Terminated)",
    )
    D(
        "ats2",
        at(
            8,
            0,
            2,
        )
        + sec(0.004),
        "traffic_server",
        "NOTE",
        "Traffic Server is shutting down",
        "Traffic Server is shutting down",
    )
    # a burst of connections on ats1
    for t in poisson(r, at(10, 12), at(10, 14), 4):
        D(
            "ats1",
            t,
            "[ET_NET 0]",
            "WARNING",
            "too many connections, throttling.  connection_type=%s, current=%d, limit=%d",
            f"too many connections, throttling.  connection_type=ACCEPT, current={r.randint(30001, 30090)}, limit=30000",
        )
    start("ats2", at(8, 0, 9))
    # hourly rolls: squid.log and error.log
    for h in ["ats1", "ats2"]:
        for hr in range(7, 12):
            for name in ["squid.log", "error.log"]:
                D(
                    h,
                    at(hr, 0, 0) + sec(r.uniform(0.01, 0.5)),
                    "[LOG_FLUSH 0]",
                    "NOTE",
                    "The logfile %s was rolled to %s.",
                    f"The logfile /var/log/trafficserver/{name} was rolled to /var/log/trafficserver/{name}_{h}.example.com.{at(hr - 1, 0):%Y%m%d.%Hh%Mm%Ss}-{at(hr, 0):%Y%m%d.%Hh%Mm%Ss}.old.",
                )
    # remap reload
    for h in ["ats1", "ats2"]:
        t = at(9, 0, 30) + sec(r.uniform(0, 1))
        t = D(h, t, "[ET_TASK 0]", "NOTE", "%s finished loading", "remap.config finished loading")
        D(
            h,
            t + sec(0.002),
            "[ET_TASK 0]",
            "NOTE",
            "%s finished loading",
            "ip_allow.yaml finished loading",
        )
    # a scanner on ats1
    for t in poisson(r, at(6, 30), at(11, 30), 100):
        D(
            "ats1",
            t,
            f"[{r.choice(threads)}]",
            "WARNING",
            "connect by disallowed client %s, closing connection",
            f"connect by disallowed client {r.choice(SCANNERS)}, closing connection",
        )
    # error.log: 4xx / 5xx answers
    sm = {"ats1": 10000, "ats2": 20000}

    def resp(h: str, t: datetime, status: int, reason: str, host: str, path: str) -> None:
        E(
            h,
            t,
            "RESPONSE: sent %s status %d (%s) for '%s'",
            f"RESPONSE: sent {r.choice(CLIENTS)} status {status} ({reason}) for 'http://{host}{path}'",
        )

    for h in ["ats1", "ats2"]:
        for t in poisson(r, t0 + sec(60), t_end, 45):
            if h == "ats2" and at(8, 0) <= t < at(8, 0, 12):
                continue
            x = r.random()
            host = r.choice(ATS_ORIGINS[:3])[0]
            if x < 0.75:
                resp(
                    h,
                    t,
                    404,
                    "Not Found",
                    host,
                    upath(
                        r,
                        [
                            "/favicon.ico",
                            "/wp-login.php",
                            "/static/app.{h}.js.map",
                            "/img/banner-{n}.png",
                            "/api/v1/orders/{n}",
                        ],
                    ),
                )
            elif x < 0.9:
                resp(h, t, 403, "Forbidden", host, upath(r, ["/.env", "/admin/", "/server-status"]))
            else:
                resp(h, t, 400, "Invalid HTTP Request", host, upath(r, ["/", "/login"]))
    # the app origin down
    for h in ["ats1", "ats2"]:
        for t in poisson(r, at(7, 20), at(7, 35), 6):
            sm[h] += r.randint(1, 40)
            path = upath(r, UPATHS)
            t = E(
                h,
                t,
                "CONNECT: attempt fail [%s] to %s for host='%s' connection_result=Connection refused [%d] error=Connection refused [%d] retry_attempts=%d url='%s'",
                f"CONNECT: attempt fail [CONNECTION_ERROR] to 10.0.2.21:8080 for host='app.example.com' connection_result=Connection refused [111] error=Connection refused [111] retry_attempts=0 url='http://app.example.com{path}'",
            )
            if r.random() < 0.4:
                t = E(
                    h,
                    t + sec(0.2),
                    "CONNECT: could not connect to %s for '%s' (setting last failure time) connect_result=%d",
                    f"CONNECT: could not connect to 10.0.2.21 for 'http://app.example.com{path}' (setting last failure time) connect_result=111",
                )
            E(
                h,
                t + sec(0.3),
                "RESPONSE: sent %s status %d (%s) for '%s'",
                f"RESPONSE: sent {r.choice(CLIENTS)} status 502 (Next Hop Connection Failed) for 'http://app.example.com{path}'",
            )
    # the app origin slow
    for h in ["ats1", "ats2"]:
        for t in poisson(r, at(9, 30), at(9, 45), 9):
            path = upath(r, UPATHS[2:5])
            t = E(
                h,
                t,
                "CONNECT: attempt fail [%s] to %s for host='%s' connection_result=Connection timed out [%d] error=Connection timed out [%d] retry_attempts=%d url='%s'",
                f"CONNECT: attempt fail [ACTIVE_TIMEOUT] to 10.0.2.21:8080 for host='app.example.com' connection_result=Connection timed out [110] error=Connection timed out [110] retry_attempts=1 url='http://app.example.com{path}'",
            )
            E(
                h,
                t + sec(0.5),
                "RESPONSE: sent %s status %d (%s) for '%s'",
                f"RESPONSE: sent {r.choice(CLIENTS)} status 504 (Connection Timed Out) for 'http://app.example.com{path}'",
            )
    # the partner origin's certificate
    for h in ["ats1", "ats2"]:
        for t in poisson(r, at(10, 30), t_end, 70):
            path = upath(r, ["/feed/{n}", "/v2/prices", "/v2/stock?sku={n}"])
            t = D(
                h,
                t,
                f"[{r.choice(threads)}]",
                "ERROR",
                "SSL connection failed for '%s': error:0A000086:SSL routines::certificate verify failed",
                "SSL connection failed for 'partner.example.net': error:0A000086:SSL routines::certificate verify failed",
            )
            E(
                h,
                t + sec(0.01),
                "RESPONSE: sent %s status %d (%s) for '%s'",
                f"RESPONSE: sent {r.choice(CLIENTS)} status 502 (Next Hop Connection Failed) for 'https://partner.example.net{path}'",
            )
    # HostDB: a name that does not resolve
    for h in ["ats1", "ats2"]:
        for t in poisson(r, at(6, 10), t_end, 1500):
            D(
                h,
                t,
                f"[{r.choice(threads)}]",
                "WARNING",
                "[HttpSM::do_hostdb_lookup] DNS lookup failed for '%s'",
                "[HttpSM::do_hostdb_lookup] DNS lookup failed for 'legacy.example.com'",
            )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ pound

PD_BACKENDS = ["10.0.2.21:8080", "10.0.2.22:8080", "10.0.2.23:8080"]
PD_UA_PATHS = UPATHS


# A number, or a hex run of six or more (a bundle's content hash), standing alone in a path.
_PD_VAR = re.compile(r"(?<![0-9A-Za-z])(?:[0-9a-f]{6,}|\d+)(?![0-9A-Za-z])")


def pound_route(uri: str) -> str:
    """A request's route as the set labels one: ids and a file's content hash in its path
    variables (`/api/v1/orders/<*>`, `/static/app.<*>.js`), its query's keys kept with their
    values as variables."""
    path, _, query = uri.partition("?")
    path = _PD_VAR.sub("<*>", path)
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def pound(r: random.Random) -> list[Log]:
    """Two balancers (lb1, lb2) in front of three app servers, LogLevel 2, 06:00 to 12:00:
    app3 (10.0.2.23) dies at 07:40 and comes back at 08:05 (killed, e503 while all are down
    07:50-07:56, resurrected), lb2's worker crashes at 09:12, an admin disables app2 with
    poundctl 10:00-10:20, lb1 restarted at 11:00."""
    fs = Files()
    pids = {"lb1": [811, 812], "lb2": [907, 908]}

    def S(h: str, t: datetime, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} pound[{pid}]: {msg}"],
            (h, pid),
            1_000_000,
        )

    def tid() -> str:
        return f"{r.choice([0x7F3A9C7FE700, 0x7F3A9BFFD700, 0x7F3A9B7FC700, 0x7F3A9AFFB700, 0x7F3A9A7FA700]):x}"

    def dead(be: str, t: datetime) -> bool:
        if be == "10.0.2.23:8080" and at(7, 40) <= t < at(8, 5):
            return True
        return at(7, 50) <= t < at(7, 56)

    t0, t_end = at(6, 0), at(12, 0)

    def start(h: str, t: datetime) -> None:
        S(h, t, pids[h][0], "starting...", "starting...")

    for h in ["lb1", "lb2"]:
        start(h, t0 + sec(r.uniform(1, 3)))
        killed: set[str] = set()
        for t in poisson(r, t0 + sec(10), t_end, 19):
            if h == "lb1" and at(11, 0) <= t < at(11, 0, 8):
                continue
            w = pids[h][1]
            alive = [
                b
                for b in PD_BACKENDS
                if not dead(b, t) and not (b == "10.0.2.22:8080" and at(10, 0) <= t < at(10, 20))
            ]
            for b in PD_BACKENDS:
                if dead(b, t) and b not in killed and r.random() < 0.5:
                    t = S(
                        h,
                        t,
                        w,
                        "(%lx) backend %s connect: Connection refused",
                        f"({tid()}) backend {b} connect: Connection refused",
                    )
                    t = S(
                        h,
                        t,
                        w,
                        "(%lx) BackEnd %s dead (killed)",
                        f"({tid()}) BackEnd {b} dead (killed)",
                    )
                    killed.add(b)
                    t += sec(1)
            for b in list(killed):
                if not dead(b, t) and r.random() < 0.3:
                    t = S(h, t, w, "BackEnd %s resurrect", f"BackEnd {b} resurrect")
                    killed.discard(b)
                    t += sec(1)
            c = r.choice(CLIENTS)
            meth = r.choice(["GET"] * 8 + ["POST", "HEAD"])
            path = upath(r, PD_UA_PATHS)
            req = f"{meth} {path} HTTP/1.1"
            x = r.random()
            if not alive:
                S(
                    h,
                    t,
                    w,
                    '(%lx) e503 no back-end "%s" from %s',
                    f'({tid()}) e503 no back-end "{req}" from {c}',
                )
                continue
            if x < 0.04:
                S(
                    h,
                    t,
                    w,
                    "(%lx) error read from %s: Connection reset by peer",
                    f"({tid()}) error read from {c}: Connection reset by peer",
                )
                continue
            if x < 0.06:
                S(
                    h,
                    t,
                    w,
                    "(%lx) error flush to %s: Broken pipe",
                    f"({tid()}) error flush to {c}: Broken pipe",
                )
                continue
            if x < 0.07:
                bad = r.choice(
                    [
                        "PROPFIND / HTTP/1.1",
                        "\\x16\\x03\\x01\\x02",
                        "GET /../../etc/passwd HTTP/1.1",
                        "CONNECT example.com:443 HTTP/1.1",
                    ]
                )
                S(
                    h,
                    t,
                    w,
                    '(%lx) e501 bad request "%s" from %s',
                    f'({tid()}) e501 bad request "{bad}" from {r.choice(SCANNERS)}',
                )
                continue
            be = r.choice(alive)
            if x < 0.072:
                S(
                    h,
                    t,
                    w,
                    "(%lx) e414 headers: request URI too long",
                    f"({tid()}) e414 headers: request URI too long",
                )
                continue
            if x < 0.0725:
                S(h, t, w, "(%lx) e500 can't read header", f"({tid()}) e500 can't read header")
                continue
            if x < 0.074:
                S(
                    h,
                    t,
                    w,
                    "(%lx) error copy server cont: Connection reset by peer",
                    f"({tid()}) error copy server cont: Connection reset by peer",
                )
                continue
            if x < 0.075:
                S(
                    h,
                    t,
                    w,
                    "(%lx) e500 for %s response error read from %s/%s: Connection timed out",
                    f"({tid()}) e500 for {c} response error read from {be}/{req}: Connection timed out",
                )
                continue
            st = r.choices(
                [
                    "200 OK",
                    "304 Not Modified",
                    "302 Found",
                    "404 Not Found",
                    "500 Internal Server Error",
                ],
                [80, 8, 5, 5, 1],
            )[0]
            dur = r.lognormvariate(-3.2, 0.8)
            if x < 0.09:
                S(
                    h,
                    t,
                    w,
                    # Request records are labelled by method, route and status, as the set's
                    # access records are (round 54's rule: ids and hashes in the route and a
                    # query's values variables); a redirect's by method and route.
                    f"%s GET {pound_route(path)} %s - REDIRECT %s",
                    f"{c} GET {path} HTTP/1.1 - REDIRECT https://www.example.com{path}",
                )
                continue
            if x < 0.13:
                S(
                    h,
                    t,
                    w,
                    "%s GET /healthz %s - %s 200 OK (%s -> %s) %.3f sec",
                    f"{r.choice(['10.0.9.5', '10.0.9.6'])} GET /healthz HTTP/1.0 - HTTP/1.1 200 OK (- -> {be}) {dur:.3f} sec",
                )
            else:
                svc = "api" if path.startswith("/api") else "-"
                S(
                    h,
                    t,
                    w,
                    f"%s {meth} {pound_route(path)} %s - %s {st} (%s/%s -> %s) %.3f sec",
                    f"{c} {req} - HTTP/1.1 {st} (www.example.com/{svc} -> {be}) {dur:.3f} sec",
                )
    # poundctl
    S(
        "lb1",
        at(10, 0, 3),
        812,
        "(%lx) BackEnd %s disabled",
        f"({tid()}) BackEnd 10.0.2.22:8080 disabled",
    )
    S(
        "lb2",
        at(10, 0, 9),
        908,
        "(%lx) BackEnd %s disabled",
        f"({tid()}) BackEnd 10.0.2.22:8080 disabled",
    )
    S(
        "lb1",
        at(10, 20, 1),
        812,
        "(%lx) BackEnd %s resurrect",
        f"({tid()}) BackEnd 10.0.2.22:8080 resurrect",
    )
    S(
        "lb2",
        at(10, 20, 4),
        908,
        "(%lx) BackEnd %s resurrect",
        f"({tid()}) BackEnd 10.0.2.22:8080 resurrect",
    )
    # the HA check on app3 during its outage
    for h in ["lb1", "lb2"]:
        for t in poisson(r, at(7, 41), at(8, 4), 120):
            S(h, t, pids[h][1], "BackEnd %s dead (HA)", "BackEnd 10.0.2.23:8080 dead (HA)")
    # lb2's worker crashes
    S(
        "lb2",
        at(9, 12, 7),
        907,
        "MONITOR: worker exited on signal %d, restarting...",
        "MONITOR: worker exited on signal 11, restarting...",
    )
    pids["lb2"][1] = 2231
    # lb1 restarted
    S(
        "lb1",
        at(11, 0, 1),
        811,
        "received signal %d - exiting...",
        "received signal 15 - exiting...",
    )
    pids["lb1"] = [4410, 4411]
    start("lb1", at(11, 0, 6))
    return fs.logs(t0)


# -------------------------------------------------------------------------------- tinyproxy


def tinyproxy(r: random.Random) -> list[Log]:
    """One egress proxy behind a network load balancer, 06:00 to 12:00: CI runners and
    workstations fetching packages and pages, the NLB's TCP check every 30 s, filtered ad
    domains, the corporate domain sent to an upstream proxy, CONNECT to odd ports refused,
    unknown clients, a DNS outage 08:40-08:50, logrotate's SIGUSR1 at 06:25, a restart at
    10:30."""
    fs = Files()
    pid = [1187]
    fdn = [6]

    def T(t: datetime, level: str, label: str, msg: str) -> datetime:
        p = pid[0]
        return fs.add(
            "tinyproxy.log",
            t,
            label,
            lambda x: [f"{level:<9s} {x:%b %d %H:%M:%S}.{ms(x)} [{p}]: {msg}"],
            "tp",
            1000,
        )

    def fd() -> int:
        fdn[0] = 6 + (fdn[0] - 5) % 14
        return fdn[0]

    def start(t: datetime) -> datetime:
        t = T(t, "INFO", "Initializing tinyproxy ...", "Initializing tinyproxy ...")
        t = T(
            t + sec(0.001),
            "INFO",
            "Reloading config file (%s)",
            "Reloading config file (/etc/tinyproxy/tinyproxy.conf)",
        )
        t = T(
            t + sec(0.001), "INFO", "Setting the various signals.", "Setting the various signals."
        )
        t = T(
            t + sec(0.001),
            "INFO",
            "Starting main loop. Accepting connections.",
            "Starting main loop. Accepting connections.",
        )
        return t

    def up(t: datetime) -> bool:
        return not (at(10, 30) <= t < at(10, 30, 5))

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(1.2))
    # the NLB's health check
    for t in [
        t0 + sec(5 + 30 * i + r.uniform(0, 0.05))
        for i in range(int((t_end - t0).total_seconds() // 30) - 1)
    ]:
        if not up(t) or r.random() < 0.4:
            continue
        f = fd()
        t = T(
            t,
            "CONNECT",
            "Connect (file descriptor: %d): %s",
            f"Connect (file descriptor: {f}): {r.choice(['10.0.0.14', '10.0.1.14'])}",
        )
        T(
            t + sec(0.002),
            "ERROR",
            "read_request_line: Client (file descriptor: %d) closed socket before read.",
            f"read_request_line: Client (file descriptor: {f}) closed socket before read.",
        )
    # requests
    for t in poisson(r, t0 + sec(10), t_end, 80):
        if not up(t):
            continue
        f, c = fd(), r.choice(CLIENTS)
        t = T(
            t,
            "CONNECT",
            "Connect (file descriptor: %d): %s",
            f"Connect (file descriptor: {f}): {c}",
        )
        x = r.random()
        if x < 0.02:
            T(
                t + sec(0.001),
                "NOTICE",
                'Unauthorized connection from "%s".',
                f'Unauthorized connection from "{r.choice(SCANNERS)}".',
            )
            continue
        if x < 0.09:
            host = r.choice(ADS)
            t = T(
                t + sec(0.002),
                "CONNECT",
                "Request (file descriptor %d): %s",
                f"Request (file descriptor {f}): GET http://{host}/pixel?id={r.randint(1, 10**6)} HTTP/1.1",
            )
            T(
                t + sec(0.001),
                "NOTICE",
                'Proxying refused on filtered domain "%s"',
                f'Proxying refused on filtered domain "{host}"',
            )
            continue
        if x < 0.11:
            port = r.choice([22, 25, 3389, 8443])
            t = T(
                t + sec(0.002),
                "CONNECT",
                "Request (file descriptor %d): %s",
                f"Request (file descriptor {f}): CONNECT git.example.org:{port} HTTP/1.1",
            )
            T(
                t + sec(0.001),
                "INFO",
                "Refused CONNECT method on port %d",
                f"Refused CONNECT method on port {port}",
            )
            continue
        if x < 0.12:
            t = T(
                t + sec(0.002),
                "CONNECT",
                "Request (file descriptor %d): %s",
                f"Request (file descriptor {f}): GET http://{r.choice(SITES)}/ HTTP/1.1",
            )
            T(
                t + sec(0.001),
                "ERROR",
                "Failed auth attempt (file descriptor: %d), ip %s",
                f"Failed auth attempt (file descriptor: {f}), ip {c}",
            )
            continue
        corp = x < 0.2
        host = (
            r.choice(["wiki.corp.example.com", "jira.corp.example.com", "nexus.corp.example.com"])
            if corp
            else r.choice(SITES)
        )
        https = not corp and r.random() < 0.7
        req = (
            f"CONNECT {host}:443 HTTP/1.1"
            if https
            else f"GET http://{host}{upath(r, SPATHS)} HTTP/1.1"
        )
        t = T(
            t + sec(0.002),
            "CONNECT",
            "Request (file descriptor %d): %s",
            f"Request (file descriptor {f}): {req}",
        )
        if corp:
            t = T(
                t + sec(0.001),
                "INFO",
                "Found upstream proxy %s:%d for %s",
                f"Found upstream proxy proxy.corp.example.com:3128 for {host}",
            )
            target, port = "proxy.corp.example.com", 3128
        else:
            t = T(
                t + sec(0.001), "INFO", "No upstream proxy for %s", f"No upstream proxy for {host}"
            )
            target, port = host, 443 if https else 80
        t = T(
            t + sec(0.001),
            "INFO",
            "opensock: opening connection to %s:%d",
            f"opensock: opening connection to {target}:{port}",
        )
        if at(8, 40) <= t < at(8, 50) and not corp:
            T(
                t + sec(r.uniform(5, 10)),
                "ERROR",
                "opensock: Could not retrieve address info for %s:%d: Temporary failure in name resolution",
                f"opensock: Could not retrieve address info for {target}:{port}: Temporary failure in name resolution",
            )
            continue
        t = T(
            t + sec(r.uniform(0.005, 0.05)),
            "INFO",
            "opensock: getaddrinfo returned for %s:%d",
            f"opensock: getaddrinfo returned for {target}:{port}",
        )
        s = fd()
        t = T(
            t + sec(r.uniform(0.01, 0.1)),
            "CONNECT",
            'Established connection to host "%s" using file descriptor %d.',
            f'Established connection to host "{host}" using file descriptor {s}.',
        )
        if https and r.random() < 0.15:
            t = T(
                t + sec(r.uniform(600, 620)),
                "INFO",
                "Idle Timeout (after select)",
                "Idle Timeout (after select)",
            )
        else:
            t += sec(r.uniform(0.05, 30))
        T(
            t,
            "INFO",
            "Closed connection between local client (fd:%d) and remote client (fd:%d)",
            f"Closed connection between local client (fd:{f}) and remote client (fd:{s})",
        )
    # too many connections during a CI burst
    for t in poisson(r, at(9, 5), at(9, 8), 12):
        T(
            t,
            "WARNING",
            "Maximum number of connections reached. Refusing connection from %s",
            f"Maximum number of connections reached. Refusing connection from {r.choice(CLIENTS[4:])}",
        )
    # logrotate, restart
    T(at(6, 25, 2), "INFO", "Reloading config file", "Reloading config file")
    T(
        at(6, 25, 2) + sec(0.003),
        "INFO",
        "Reloading config file (%s)",
        "Reloading config file (/etc/tinyproxy/tinyproxy.conf)",
    )
    T(at(10, 29, 59), "INFO", "Shutting down.", "Shutting down.")
    pid[0] = 23044
    start(at(10, 30, 5))
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- privoxy

PV_FILTERS = ["js-annoyances", "html-annoyances", "webbugs", "refresh-tags", "img-reorder"]
PV_ACTIONS = [
    "/etc/privoxy/match-all.action",
    "/etc/privoxy/default.action",
    "/etc/privoxy/user.action",
]


def privoxy(r: random.Random) -> list[Log]:
    """A household's Privoxy, 06:00 to 12:00: browsing with keep-alive, ads and trackers
    blocked, a redirect, the CGI pages, re-filtering of plain-HTTP pages, the uplink's DNS
    failing 10:10-10:20, an origin refusing connections, user.action edited at 09:00 (the
    reload), a restart at 11:00."""
    fs = Files()
    threads = [f"7f3a{r.getrandbits(20):05x}700" for _ in range(30)]
    main_tid = ["7f3a9d3c8740"]
    sock = [4]

    def P(t: datetime, tid: str, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "privoxy.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{ms(x)} {tid} {level}: {msg}"],
            "privoxy",
            1000,
        )

    def start(t: datetime) -> datetime:
        m = main_tid[0]
        t = P(t, m, "Info", "Privoxy version %s", "Privoxy version 3.0.34")
        t = P(t + sec(0.001), m, "Info", "Program name: %s", "Program name: /usr/sbin/privoxy")
        for a in PV_ACTIONS:
            t = P(
                t + sec(0.002), m, "Info", "Loading actions file: %s", f"Loading actions file: {a}"
            )
        for fl in ["/etc/privoxy/default.filter", "/etc/privoxy/user.filter"]:
            t = P(
                t + sec(0.002), m, "Info", "Loading filter file: %s", f"Loading filter file: {fl}"
            )
        t = P(
            t + sec(0.003),
            m,
            "Info",
            "Listening on port %d on IP address %s",
            "Listening on port 8118 on IP address 127.0.0.1",
        )
        return P(
            t + sec(0.001),
            m,
            "Info",
            "Listening on port %d on IP address %s",
            "Listening on port 8118 on IP address 192.168.1.2",
        )

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(2))
    for t in poisson(r, t0 + sec(20), t_end, 70):
        if at(11, 0) <= t < at(11, 0, 6):
            continue
        tid = r.choice(threads)
        sock[0] = 5 + (sock[0] - 4) % 20
        cs = sock[0]
        t = P(
            t,
            main_tid[0],
            "Connect",
            "Accepted connection from %s on socket %d",
            f"Accepted connection from {r.choice(['127.0.0.1', '192.168.1.20', '192.168.1.34', '192.168.1.51'])} on socket {cs}",
        )
        n = r.choice([1, 1, 1, 2, 3, 4])
        host = r.choice(SITES + ADS[:2])
        ss = cs + 1
        got = 0
        for i in range(n):
            t += sec(r.uniform(0.002, 0.05))
            if i > 0:
                t = P(
                    t + sec(r.uniform(0.5, 5)),
                    tid,
                    "Connect",
                    "Client request %u arrived in time on socket %d.",
                    f"Client request {i + 1} arrived in time on socket {cs}.",
                )
            https = r.random() < 0.6
            if host in ADS or r.random() < 0.04:
                ad = host if host in ADS else r.choice(ADS)
                url = (
                    f"{ad}:443"
                    if https
                    else f"http://{ad}/{upath(r, ['pagead/js/adsbygoogle.js', 'collect?v=1&tid={n}', 'tr?id={n}'])}"
                )
                t = P(t, tid, "Crunch", "Blocked: %s", f"Blocked: {url}")
                got += 1
                continue
            if r.random() < 0.02:
                t = P(
                    t,
                    tid,
                    "Crunch",
                    "CGI Call: %s",
                    f"CGI Call: config.privoxy.org/{r.choice(['show-status', 'show-url-info?url=example.com', 'toggle?set=disable'])}",
                )
                got += 1
                continue
            if r.random() < 0.02:
                t = P(
                    t,
                    tid,
                    "Crunch",
                    "Redirected: %s",
                    f"Redirected: http://www.google.com/url?q=https://{r.choice(SITES)}/&sa=U",
                )
                got += 1
                continue
            path = "" if https else upath(r, SPATHS)
            req = f"{host}:443" if https else f"{host}{path}"
            if at(10, 10) <= t < at(10, 20):
                t = P(
                    t + sec(r.uniform(0.01, 5)),
                    tid,
                    "Error",
                    "could not resolve hostname %s because Temporary failure in name resolution",
                    f"could not resolve hostname {host} because Temporary failure in name resolution",
                )
                P(
                    t + sec(0.001),
                    tid,
                    "Crunch",
                    "DNS failure: %s",
                    f"DNS failure: {'https://' + host + '/' if https else 'http://' + host + path}",
                )
                got += 1
                break
            if host == "news.ycombinator.com" and at(7, 40) <= t < at(7, 55):
                t = P(
                    t + sec(0.03),
                    tid,
                    "Error",
                    "connect to: %s failed: Connection refused",
                    f"connect to: {host} failed: Connection refused",
                )
                P(
                    t + sec(0.001),
                    tid,
                    "Crunch",
                    "Connection failure: %s",
                    f"Connection failure: http://{host}{path}",
                )
                got += 1
                break
            if i == 0:
                t = P(
                    t + sec(r.uniform(0.01, 0.2)),
                    tid,
                    "Connect",
                    "to %s successful",
                    f"to {host if not https else host + ':443'} successful",
                )
            else:
                t = P(
                    t,
                    tid,
                    "Connect",
                    "Reusing server socket %d connected to %s. Total requests: %u.",
                    f"Reusing server socket {ss} connected to {host}. Total requests: {i + 1}.",
                )
            t = P(t + sec(0.001), tid, "Request", "%s%s", req)
            got += 1
            if not https and r.random() < 0.4:
                size = r.randint(5000, 200000)
                hits = r.randint(0, 12)
                t = P(
                    t + sec(r.uniform(0.05, 0.5)),
                    tid,
                    "Re-Filter",
                    "filtering %s%s (size %lu) with '%s' produced %d hits (new size %lu).",
                    f"filtering {host}{path} (size {size}) with '{r.choice(PV_FILTERS)}' produced {hits} hits (new size {size - hits * r.randint(10, 80)}).",
                )
            if not https:
                ln = r.randint(300, 90000)
                t = P(
                    t + sec(r.uniform(0.05, 0.6)),
                    tid,
                    "Connect",
                    "Done reading from server. Content length: %llu as expected. Bytes most recently read: %ld.",
                    f"Done reading from server. Content length: {ln} as expected. Bytes most recently read: {r.randint(100, min(ln, 16384))}.",
                )
            if https and r.random() < 0.02:
                t = P(
                    t + sec(r.uniform(1, 20)),
                    tid,
                    "Error",
                    "Empty server or forwarder response received on socket %d.",
                    f"Empty server or forwarder response received on socket {cs}.",
                )
            if i < n - 1:
                t = P(
                    t + sec(0.001),
                    tid,
                    "Connect",
                    "Waiting for the next client request on socket %d. Keeping the server socket %d to %s open.",
                    f"Waiting for the next client request on socket {cs}. Keeping the server socket {ss} to {host} open.",
                )
        else:
            if r.random() < 0.5:
                t = P(
                    t + sec(r.uniform(5, 15)),
                    tid,
                    "Connect",
                    "No additional client request received in time on socket %d.",
                    f"No additional client request received in time on socket {cs}.",
                )
        P(
            t + sec(r.uniform(0.001, 0.05)),
            tid,
            "Connect",
            "Closing client socket %d. Keep-alive: %u. Socket alive: %u. Data available: %u. Configuration file change detected: %u. Requests received: %u.",
            f"Closing client socket {cs}. Keep-alive: 1. Socket alive: {r.choice([0, 1])}. Data available: 0. Configuration file change detected: 0. Requests received: {got}.",
        )
    P(
        at(9, 0, 14),
        main_tid[0],
        "Info",
        "Reloading configuration file '%s'",
        "Reloading configuration file '/etc/privoxy/config'",
    )
    t = P(
        at(9, 0, 14) + sec(0.004),
        main_tid[0],
        "Info",
        "Loading actions file: %s",
        "Loading actions file: /etc/privoxy/user.action",
    )
    P(
        at(10, 59, 58),
        main_tid[0],
        "Info",
        "exiting by signal %d .. bye",
        "exiting by signal 15 .. bye",
    )
    main_tid[0] = "7f11c2e1b740"
    start(at(11, 0, 2))
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ dante

DN_USERS = ["anna", "ben", "ci", "deploy", "emil"]
DN_DESTS = [
    ("93.184.216.34", 443),
    ("140.82.121.4", 443),
    ("151.101.1.69", 443),
    ("104.16.132.229", 443),
    ("185.199.108.133", 443),
    ("198.51.100.30", 22),
    ("203.0.113.80", 993),
]


def dante(r: random.Random) -> list[Log]:
    """A SOCKS server (sockd) for the office, username auth, 06:00 to 12:00: users' TCP
    sessions, a few UDP associations (a VoIP client), scanners probing the port, a user with
    a wrong password, a destination refusing and one timing out, a reload at 09:30, a restart
    at 11:20, the negotiate children running out during a burst."""
    fs = Files()
    mother = [2210]
    kids = list(range(2211, 2219))
    LAN = "10.0.0.1"

    def L(t: datetime, pid: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "sockd.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} ({x.timestamp():.6f}) sockd[{pid}]: {level}: {msg}"],
            pid,
            1,
        )

    def start(t: datetime) -> None:
        L(
            t,
            mother[0],
            "info",
            "Dante/server[%d/%d] v%s running",
            "Dante/server[1/1] v1.4.3 running",
        )

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(1.5))

    def sport() -> int:
        return r.randint(32768, 60999)

    for t in poisson(r, t0 + sec(5), t_end, 27):
        if at(11, 20) <= t < at(11, 20, 4):
            continue
        k = r.choice(kids)
        c, p = r.choice(CLIENTS), sport()
        cl = f"{c}.{p} {LAN}.1080"
        x = r.random()
        t = L(t, k, "info", "pass(%lu): %s/%s [: %s %s", f"pass(1): tcp/accept [: {cl}")
        if x < 0.03:
            L(
                t + sec(r.uniform(1, 3)),
                k,
                "info",
                'block(%lu): %s/%s ]: %s %s: pam_authenticate() for user "%s" failed: Authentication failure',
                f'block(1): tcp/accept ]: {cl}: pam_authenticate() for user "{r.choice(DN_USERS)}" failed: Authentication failure',
            )
            continue
        u = r.choice(DN_USERS)
        ucl = f"username%{u}@{cl}"
        if x < 0.08:
            ext = f"{LAN}.{p}"
            t = L(
                t + sec(0.01),
                k,
                "info",
                "pass(%lu): %s/%s [: %s %s -> %s %s",
                f"pass(2): udp/udpassociate [: {ucl} -> {ext} 0.0.0.0.0",
            )
            L(
                t + sec(r.uniform(60, 900)),
                k,
                "info",
                "pass(%lu): %s/%s ]: %lu -> %s %s -> %lu, %s %s -> %lu: local client closed.  Session duration: %lus",
                f"pass(2): udp/udpassociate ]: {r.randint(10**4, 10**6)} -> {ucl} -> {r.randint(10**4, 10**6)}, {ext} 0.0.0.0.0 -> 0: local client closed.  Session duration: {r.randint(60, 900)}s",
            )
            continue
        d, dp = r.choice(DN_DESTS)
        ext = f"{LAN}.{p}"
        dst = f"{d}.{dp}"
        if d == "203.0.113.80" and x < 0.2:
            L(
                t + sec(r.uniform(20, 40)),
                k,
                "info",
                "block(%lu): %s/%s ]: %s %s -> %s %s: connect to %s failed: Connection timed out",
                f"block(2): tcp/connect ]: {ucl} -> {ext} {dst}: connect to {dst} failed: Connection timed out",
            )
            continue
        if d == "198.51.100.30" and at(8, 15) <= t < at(9, 0):
            L(
                t + sec(0.02),
                k,
                "info",
                "block(%lu): %s/%s ]: %s %s -> %s %s: connect to %s failed: Connection refused",
                f"block(2): tcp/connect ]: {ucl} -> {ext} {dst}: connect to {dst} failed: Connection refused",
            )
            continue
        if x < 0.1:
            name = r.choice(
                ["intranet.old-corp.example", "build-07.lab.example", "nas.home.example"]
            )
            L(
                t + sec(r.uniform(0.01, 0.2)),
                k,
                "info",
                "block(%lu): %s/%s ]: %s %s -> %s %s: could not resolve %s: Name or service not known",
                f"block(2): tcp/connect ]: {ucl} -> {ext} {name}.443: could not resolve {name}: Name or service not known",
            )
            continue
        if x < 0.115 and x >= 0.11:
            L(
                t + sec(r.uniform(0.01, 0.2)),
                k,
                "info",
                "block(%lu): %s/%s ]: %s %s -> %s %s",
                f"block(4): tcp/connect ]: {ucl} -> 0.0.0.0.0 {r.choice(['mx1.example.net', '198.51.100.25'])}.25",
            )
            continue
        if x < 0.11:
            v6 = "2001:db8:85a3::8a2e:370:7334.443"
            L(
                t + sec(r.uniform(0.01, 0.2)),
                k,
                "info",
                "block(%lu): %s/%s ]: %s %s -> %s %s: connect to %s failed: Network is unreachable",
                f"block(2): tcp/connect ]: {ucl} -> {ext} {v6}: connect to {v6} failed: Network is unreachable",
            )
            continue
        t = L(
            t + sec(r.uniform(0.01, 0.2)),
            k,
            "info",
            "pass(%lu): %s/%s [: %s %s -> %s %s",
            f"pass(2): tcp/connect [: {ucl} -> {ext} {dst}",
        )
        dur = int(r.expovariate(1 / 90))
        who = r.choices(
            [
                "local client closed",
                "remote server closed",
                "local client error (Connection reset by peer)",
                "remote server error (Connection reset by peer)",
                "i/o timeout",
            ],
            [70, 27, 3, 2, 3],
        )[0]
        a, b = r.randint(300, 50000), r.randint(1000, 5 * 10**6)
        lbl = {
            "local client closed": "pass(%lu): %s/%s ]: %lu -> %s %s -> %lu, %s %s -> %lu: local client closed.  Session duration: %lus",
            "remote server closed": "pass(%lu): %s/%s ]: %lu -> %s %s -> %lu, %s %s -> %lu: remote server closed.  Session duration: %lus",
            "local client error (Connection reset by peer)": "pass(%lu): %s/%s ]: %lu -> %s %s -> %lu, %s %s -> %lu: local client error (Connection reset by peer).  Session duration: %lus",
            "remote server error (Connection reset by peer)": "pass(%lu): %s/%s ]: %lu -> %s %s -> %lu, %s %s -> %lu: remote server error (Connection reset by peer).  Session duration: %lus",
            "i/o timeout": "pass(%lu): %s/%s ]: %lu -> %s %s -> %lu, %s %s -> %lu: i/o timeout.  Session duration: %lus",
        }[who]
        L(
            t + sec(dur + r.uniform(0, 1)),
            k,
            "info",
            lbl,
            f"pass(2): tcp/connect ]: {a} -> {ucl} -> {b}, {ext} {dst} -> {b}: {who}.  Session duration: {dur}s",
        )
    # scanners
    for t in poisson(r, t0 + sec(60), t_end, 75):
        k = r.choice(kids)
        cl = f"{r.choice(SCANNERS)}.{sport()} 192.0.2.10.1080"
        if r.random() < 0.6:
            L(
                t,
                k,
                "info",
                "block(%lu): %s/%s ]: %s %s: error after reading %lu bytes in %lu seconds: client offered no acceptable authentication method",
                f"block(1): tcp/accept ]: {cl}: error after reading {r.choice([3, 4])} bytes in 0 seconds: client offered no acceptable authentication method",
            )
        elif r.random() < 0.5:
            L(
                t,
                k,
                "info",
                "block(%lu): %s/%s ]: %s %s: error after reading %lu bytes in %lu seconds: eof from local client",
                f"block(1): tcp/accept ]: {cl}: error after reading 0 bytes in {r.choice([0, 0, 1, 5])} seconds: eof from local client",
            )
        else:
            L(t, mother[0], "info", "block(%lu): %s/%s ]: %s %s", f"block(3): tcp/accept ]: {cl}")
    # negotiate children running out during a burst
    for t in poisson(r, at(10, 5), at(10, 8), 8):
        L(
            t,
            mother[0],
            "warning",
            "%s: no free %s child, waiting for one to become available",
            "mother[1/1]: no free negotiate child, waiting for one to become available",
        )
    # reload and restart
    L(
        at(9, 30, 2),
        mother[0],
        "info",
        "received signal %d (%s), reloading configuration",
        "received signal 1 (SIGHUP), reloading configuration",
    )
    L(
        at(11, 20, 1),
        mother[0],
        "alert",
        "mother[%d/%d]: shutting down",
        "mother[1/1]: shutting down",
    )
    mother[0] = 31877
    kids[:] = list(range(31878, 31886))
    start(at(11, 20, 4))
    return fs.logs(t0)


SYSTEMS = {
    "trafficserver": trafficserver,
    "pound": pound,
    "tinyproxy": tinyproxy,
    "privoxy": privoxy,
    "dante": dante,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
