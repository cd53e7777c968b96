#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 120 (skipper, pingora, imgproxy, thumbor, sozu) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the clock's resolution (round
53's Clock, kept per process and file; where the log prints whole seconds, the clock is finer
and the log prints its seconds, as round 99's Galera). Five pieces of edge and CDN software,
06:00 to 12:00 on 2024-06-04 (the brief's Apache Traffic Server, Varnish, Caddy and the like are
in the set already; Skipper, Pingora, imgproxy, Thumbor and Sozu are not):

- Skipper v0.21 as a Kubernetes ingress (`skipper-ingress-6f7c9d5b8-2xk4p.log`,
  `skipper-ingress-6f7c9d5b8-q9wzt.log`, two pods' stdout): logrus's text lines behind the
  `[APP]` prefix (`[APP]time="2024-06-04T06:00:01Z" level=info msg="..."`) and the access log in
  Apache combined format with Skipper's duration, requested host, flow id and audit columns;
  the start-up (`Expose metrics in codahale format`, `support listener on %s`, `proxy listener
  on %s`, `TLS settings not found, defaulting to HTTP`, one `route settings, reset, route: %s`
  per route, `route settings received`, `route settings applied`), the shop's rollout at 09:00
  (`route settings, update, route: %s`, `route settings, update, deleted id: %s`), the API
  backend refusing 07:20-07:32 (`error while proxying after %s, route %s with backend %s %s,
  status code 502: dialing failed true: ... connect: connection refused, ...`), report exports
  timing out, clients going away (`client canceled after ...`), the API server unreachable
  08:40-08:44, the second pod replaced at 10:30.
- Pingora 0.2's load_balancer example grown into a shop's balancer (`pingora-lb.log`,
  env_logger's default `[2024-06-04T06:00:01Z INFO  load_balancer] ...`, RUST_LOG=info): the
  server's `Bootstrap starting`, `Bootstrap done`, `Server starting`; for every request the
  example's `upstream peer is: %s` (a `Backend { addr: Inet(...), weight: 1 }`) and its logging
  hook's `%s response code: %d` (the session's request summary `GET /path, Host: name`);
  a backend down 07:40-07:55 (`Fail to proxy: Upstream ConnectRefused ...`, the health check's
  `%s becomes unhealthy, %s` and `%s becomes healthy`), a slow backend 09:30-09:40 (`Fail to
  proxy: Upstream ReadTimedout ...`), clients resetting (`Fail to proxy: Downstream ...`), a
  graceful upgrade at 10:00 (`SIGTERM received, gracefully exiting`, `Broadcasting graceful
  shutdown`, `Graceful shutdown: grace period %ds starts`, `... ends`, `Broadcast graceful
  shutdown complete`, `All runtimes exited, exiting now`, the new process starting).
- imgproxy v3.24 (`imgproxy-7b9c-kx2pd.log`, `imgproxy-7b9c-vn8sq.log`,
  IMGPROXY_LOG_FORMAT=structured: `time="2024-06-04T06:00:01Z" level="info" message="..."` and
  the fields sorted with request_id, method and status first, every value quoted): `Starting
  server at %s`, `Starting Prometheus server at %s`, `Started %s` and `Completed in %s %s` for
  each request (status, client_ip, image_url, processing_options, error as fields), the
  origin's 404s, an origin timing out 08:10-08:20, bad signatures from a scraper, an
  unsupported source format, a pod restarted at 10:45 (`Shutting down the server...`).
- Thumbor 7.7 (`thumbor.log`, four forked processes' stderr, the default
  `%(asctime)s %(name)s:%(levelname)s %(message)s` with `%Y-%m-%d %H:%M:%S`): tornado's
  `Starting %d processes`, the access lines (`%d %s %.2fms` with `METHOD URI (ip)`) at INFO,
  WARNING or ERROR by status, the HTTP loader's `ERROR retrieving image %s: HTTP 404: Not Found`
  and `... HTTP 599: Timeout during request` (the origin slow 09:10-09:22), a truncated upload
  (`Uncaught exception %s` and the request's repr with the PIL traceback, then `[BaseHandler]
  get_image failed for url `%s`. error: `%s``), malformed requests from a scanner, a child
  OOM-killed and restarted (`child %d (pid %d) killed by signal %d, restarting`).
- Sozu 1.0 (`sozu.log`, the main process and two workers logging to stdout: `2024-06-04T06:00:
  01.123456Z 1717480801123456789 4211 INFO  MAIN<TAB>...`, the access lines `... INFO-ACCESS
  WRK-00<TAB>[ulid cluster backend] client backend durations bytes [tags] protocol endpoint`):
  `Starting up`, each worker's listeners and clusters, ~2,000 access records over three
  clusters, a backend down 08:00-08:12 (`backend server %s at %s is down`, ERROR-ACCESS 503
  with their message), unknown hosts (404, cluster `-`), a worker killed and relaunched at
  10:20, `max number of session connection reached, flushing the accept queue` during a burst.

Label notes. Skipper's `[APP]`, logrus's time and level, env_logger's time, level and module,
imgproxy's time and level, Python logging's date, logger name and level, and Sozu's date,
epoch, pid, level and tag are context: the message is the label. logrus's and imgproxy's
fields are attributes (the label is the message, `Completed in %s %s` whatever the status or
error, as round 113's APM Server request log). An error's text inside a message contributes
its wording (Skipper's `dialing failed %v: failed to do backend roundtrip to %s: dial tcp %s:
connect: connection refused`, Pingora's error chain `Upstream ConnectRefused context: ...
cause: Connection refused (os error 111)`, Thumbor's `HTTP 404: Not Found`); the bool of
`dialing failed %v` and Skipper's backend type (an enum's name) are values; `reset` /
`update` in `route settings, %s, route: %s` are literals the callers pass (wording, as
dnsmasq's `log_packet("DHCPACK", ...)`), so `route settings, reset, route: %s` and `route
settings, update, route: %s` are two labels. `error while proxying` / `client canceled`
is picked by branch (wording). Access records (Skipper's access log, Pingora's `%s response
code: %d` written by the example's logging hook, Thumbor's tornado.access lines, Sozu's access
log) are labelled as the set's access logs are: method, route (ids, hashes and the image
operations and path as `%s`, a query's keys kept) and status, then what an error record says
(Sozu's ` | %s` message). Pingora's `Backend {...}` Debug and Sozu's context are values; a
Python traceback and the request's repr under `Uncaught exception %s` belong to it.

Least sure (written from the helper's knowledge; Skipper's access format and an `error while
proxying` line, imgproxy's structured formatter and its request lines, Sozu's log prompt, level
names and duration display were read in copies of their sources or issues): Skipper's
`Got shutdown signal, wait %s for health check` / `shutdown in progress` pair and the
`error while receiving updated data; %s` wording during the API server outage; Pingora's
`Fail to proxy: ...` field list and error contexts, the health check's `becomes unhealthy` /
`becomes healthy` lines and the graceful shutdown's sequence; imgproxy's processing_options
rendering and its error texts (`Status: 404; Not Found`, `The image request timed out`,
`Invalid signature`, `Source image type not supported`); Thumbor's handler lines
(`[BaseHandler] get_image failed for url ...`), the 599 reason text and which status a loader
error answers with; Sozu 1.0's access line (its context of three ids), the ERROR-ACCESS
messages, `backend server %s at %s is down` / `is up`, the worker lines (`worker %d died
unexpectedly, relaunching`, `launching worker %d`, the listener and cluster lines).
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round53 import pyframes
from generate_round55 import UA_BROWSERS, at, clf_time, poisson
from generate_round97 import Files, sec

CLIENTS = [
    "203.0.113.17",
    "198.51.100.42",
    "192.0.2.88",
    "203.0.113.140",
    "198.51.100.9",
    "192.0.2.201",
    "203.0.113.66",
    "198.51.100.230",
]
SCANNERS = ["185.220.101.34", "45.155.205.99", "89.248.165.12"]
UAS = [*UA_BROWSERS, "okhttp/4.12.0", "shop-ios/5.3.1 CFNetwork/1494.0.7 Darwin/23.4.0"]


def fill(r: random.Random, path: str) -> str:
    return (
        path.replace("{n}", str(r.randint(1000, 99999)))
        .replace("{h}", f"{r.getrandbits(32):08x}")
        .replace("{p}", str(r.randint(1, 12)))
    )


def rfc3339(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def godur(x: float) -> str:
    """A Go time.Duration's String() for `x` seconds (under an hour)."""
    ns = round(x * 1e9)
    if ns < 1000:
        return f"{ns}ns"
    if ns < 1_000_000:
        return f"{ns / 1000:.3f}".rstrip("0").rstrip(".") + "\u00b5s"
    if ns < 1_000_000_000:
        return f"{ns / 1e6:.6f}".rstrip("0").rstrip(".") + "ms"
    m, rest = divmod(ns, 60_000_000_000)
    secs = f"{rest / 1e9:.9f}".rstrip("0").rstrip(".") + "s"
    return f"{m}m{secs}" if m else secs


def gosince(r: random.Random, lo: float, hi: float) -> str:
    return godur(r.uniform(lo, hi))


def route(meth: str, path: str, st: int) -> str:
    """An access record's label: method, the path with its ids as %s (a query's keys kept), status."""
    return f"{meth} {path.replace('{n}', '%s').replace('{h}', '%s').replace('{p}', '%s')} {st}"


# ---------------------------------------------------------------------------------- skipper

SK_ROUTES = [
    (
        "kube_shop__shop__shop_example_org____shop_web",
        'Host("^(shop[.]example[.]org[.]?(:[0-9]+)?)$") && PathSubtree("/")',
        "shop-web",
    ),
    (
        "kube_shop__shop__shop_example_org__api__shop_api",
        'Host("^(shop[.]example[.]org[.]?(:[0-9]+)?)$") && PathSubtree("/api")',
        "shop-api",
    ),
    (
        "kube_shop__reports__shop_example_org__reports__reports",
        'Host("^(shop[.]example[.]org[.]?(:[0-9]+)?)$") && PathSubtree("/reports")',
        "reports",
    ),
    (
        "kube_media__cdn__static_example_org____static",
        'Host("^(static[.]example[.]org[.]?(:[0-9]+)?)$") && PathSubtree("/")',
        "static",
    ),
    (
        "kube_partner__partner_api__partner_example_org__v1__partner_api",
        'Host("^(partner[.]example[.]org[.]?(:[0-9]+)?)$") && PathSubtree("/v1")',
        "partner-api",
    ),
    ("kube___catchall__shop_example_org____", 'Host("^(shop[.]example[.]org[.]?(:[0-9]+)?)$")', ""),
    (
        "kube___catchall__static_example_org____",
        'Host("^(static[.]example[.]org[.]?(:[0-9]+)?)$")',
        "",
    ),
]
SK_EPS = {
    "shop-web": ["10.2.1.15:8080", "10.2.3.7:8080", "10.2.4.22:8080"],
    "shop-api": ["10.2.1.31:8080", "10.2.2.9:8080"],
    "reports": ["10.2.3.40:8000"],
    "static": ["10.2.1.50:80", "10.2.2.51:80"],
    "partner-api": ["10.2.4.60:9000"],
}
# host, method, path, status, route index
SK_REQS = [
    (40, "shop.example.org", "GET", "/", 200, 0),
    (60, "shop.example.org", "GET", "/api/items/{n}", 200, 1),
    (25, "shop.example.org", "GET", "/api/items?page={p}", 200, 1),
    (12, "shop.example.org", "POST", "/api/cart", 201, 1),
    (8, "shop.example.org", "GET", "/api/items/{n}", 404, 1),
    (35, "static.example.org", "GET", "/assets/app.{h}.js", 200, 3),
    (20, "static.example.org", "GET", "/assets/app.{h}.js", 304, 3),
    (3, "shop.example.org", "GET", "/reports/export?month={p}", 200, 2),
    (4, "shop.example.org", "GET", "/wp-login.php", 200, 0),
]


def sk_route(idx: int, eps: dict[str, list[str]]) -> str:
    rid, pred, svc = SK_ROUTES[idx]
    if not svc:
        return f"{rid}: {pred} -> <shunt>"
    e = eps[svc]
    if len(e) == 1:
        return f'{rid}: {pred} -> "http://{e[0]}"'
    return f"{rid}: {pred} -> <roundRobin, " + ", ".join(f'"http://{x}"' for x in e) + ">"


def skipper(r: random.Random) -> list[Log]:
    """Two ingress pods behind a cloud load balancer, 06:00 to 12:00: the shop API refusing
    07:20-07:32 (its pods crash-looping), reports timing out 08:05-08:20, the API server gone
    08:40-08:44, the shop web rolled at 09:00 (new endpoints), the second pod replaced at 10:30,
    clients going away all day, a scanner."""
    fs = Files()
    pods = ["skipper-ingress-6f7c9d5b8-2xk4p", "skipper-ingress-6f7c9d5b8-q9wzt"]
    eps = {k: list(v) for k, v in SK_EPS.items()}

    def A(pod: str, t: datetime, level: str, label: str, msg: str) -> datetime:
        m = msg.replace("\\", "\\\\").replace('"', '\\"')
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f'[APP]time="{rfc3339(x)}" level={level} msg="{m}"'],
            pod,
            1000,
        )

    def acc(pod: str, t: datetime, label: str, line: object) -> datetime:
        return fs.add(f"{pod}.log", t, label, line, pod, 1000)  # type: ignore[arg-type]

    def start(pod: str, t: datetime) -> datetime:
        t = A(
            pod, t, "info", "Expose metrics in codahale format", "Expose metrics in codahale format"
        )
        t = A(pod, t + sec(0.002), "info", "support listener on %s", "support listener on :9911")
        t = A(pod, t + sec(0.01), "info", "proxy listener on %s", "proxy listener on :9999")
        t = A(
            pod,
            t + sec(0.001),
            "info",
            "TLS settings not found, defaulting to HTTP",
            "TLS settings not found, defaulting to HTTP",
        )
        t += sec(r.uniform(0.3, 0.9))
        for i in range(len(SK_ROUTES)):
            t = A(
                pod,
                t,
                "info",
                "route settings, reset, route: %s",
                f"route settings, reset, route: {sk_route(i, eps)}",
            )
        t = A(pod, t + sec(0.001), "info", "route settings received", "route settings received")
        return A(pod, t + sec(0.004), "info", "route settings applied", "route settings applied")

    t0, t_end = at(6, 0), at(12, 0)
    alive = {pods[0]: (t0, t_end), pods[1]: (t0, at(10, 30, 20))}
    for p in pods:
        start(p, t0 + sec(r.uniform(2, 5)))
    new_pod = "skipper-ingress-6f7c9d5b8-m7hbd"
    alive[new_pod] = (at(10, 30, 40), t_end)

    def pod_at(t: datetime) -> str:
        ps = [p for p, (a, b) in alive.items() if a <= t < b]
        return r.choice(ps)

    def access(pod: str, t: datetime, host: str, meth: str, path: str, st: int, dur: int) -> None:
        size = 0 if st in (304, 499) else r.randint(200, 90000)
        if st in (502, 504):
            size = len("Bad Gateway\n") if st == 502 else len("Gateway Timeout\n")
        label = route(meth, path, st)
        real = fill(r, path)
        c = r.choice(CLIENTS)
        ua = r.choice(UAS)
        acc(
            pod,
            t,
            label,
            lambda x: [
                f'{c} - - [{clf_time(x - timedelta(milliseconds=dur))}] "{meth} {real} HTTP/1.1" {st} {size} "-" "{ua}" {dur} {host} - -'
            ],
        )

    rollout = at(9, 0, 12)
    for t in poisson(r, t0 + sec(10), t_end, 11.5):
        pod = pod_at(t)
        _w, host, meth, path, st, ri = r.choices(SK_REQS, [x[0] for x in SK_REQS])[0]
        if path == "/wp-login.php":
            st = 404
        svc = SK_ROUTES[ri][2]
        dur = max(1, int(r.lognormvariate(3.0, 0.7)))
        if svc == "shop-api" and at(7, 20) <= t < at(7, 32):
            e = r.choice(eps[svc])
            c = r.choice(CLIENTS)
            real = fill(r, path)
            el = gosince(r, 0.0005, 0.004)
            A(
                pod,
                t,
                "error",
                'error while proxying after %s, route %s with backend %s %s, status code %d: dialing failed %v: failed to do backend roundtrip to %s: dial tcp %s: connect: connection refused, remote host: %s, request: "%s %s %s", user agent: "%s"',
                f'error while proxying after {el}, route {SK_ROUTES[ri][0]} with backend network http://{e}, status code 502: dialing failed true: failed to do backend roundtrip to {e}: dial tcp {e}: connect: connection refused, remote host: {c}, request: "{meth} {real} HTTP/1.1", user agent: "{r.choice(UAS)}"',
            )
            access(pod, t + sec(0.001), host, meth, path, 502, 1)
            continue
        if path in ("/api/items/{n}", "/") and r.random() < 0.02:
            e = r.choice(eps[svc]) if svc else "10.2.1.15:8080"
            c = r.choice(CLIENTS)
            el = gosince(r, 0.2, 9)
            A(
                pod,
                t,
                "info",
                'client canceled after %s, route %s with backend %s %s, status code %d: dialing failed %v: failed to do backend roundtrip to %s: context canceled, remote host: %s, request: "%s %s %s", user agent: "%s"',
                f'client canceled after {el}, route {SK_ROUTES[ri][0]} with backend network http://{e}, status code 499: dialing failed false: failed to do backend roundtrip to {e}: context canceled, remote host: {c}, request: "{meth} {fill(r, path)} HTTP/1.1", user agent: "{r.choice(UAS)}"',
            )
            access(pod, t + sec(0.001), host, meth, path, 499, r.randint(200, 9000))
            continue
        access(pod, t, host, meth, path, st, dur)
    # reports timing out
    for t in poisson(r, at(8, 5), at(8, 20), 35):
        pod = pod_at(t)
        e = eps["reports"][0]
        c = r.choice(CLIENTS)
        path = "/reports/export?month={p}"
        real = fill(r, path)
        A(
            pod,
            t + sec(60),
            "error",
            'error while proxying after %s, route %s with backend %s %s, status code %d: dialing failed %v: failed to do backend roundtrip to %s: net/http: timeout awaiting response headers, remote host: %s, request: "%s %s %s", user agent: "%s"',
            f'error while proxying after {gosince(r, 60.0001, 60.01)}, route {SK_ROUTES[2][0]} with backend network http://{e}, status code 504: dialing failed false: failed to do backend roundtrip to {e}: net/http: timeout awaiting response headers, remote host: {c}, request: "GET {real} HTTP/1.1", user agent: "{r.choice(UAS)}"',
        )
        access(pod, t + sec(60.001), "shop.example.org", "GET", path, 504, 60000)
    # API server gone
    for pod in pods:
        for t in poisson(r, at(8, 40), at(8, 44), 3.2):
            A(
                pod,
                t,
                "error",
                "error while receiving updated data; request to %s failed: Get %q: dial tcp %s: connect: connection refused",
                'error while receiving updated data; request to https://10.3.0.1:443/apis/networking.k8s.io/v1/ingresses failed: Get "https://10.3.0.1:443/apis/networking.k8s.io/v1/ingresses": dial tcp 10.3.0.1:443: connect: connection refused',
            )
    # the shop web rolled: endpoints replaced one by one
    olds = list(eps["shop-web"])
    news = ["10.2.2.77:8080", "10.2.4.81:8080", "10.2.1.93:8080"]
    for k, (_old, new) in enumerate(zip(olds, news, strict=False)):
        eps["shop-web"][k] = new
        for pod in pods:
            t = rollout + sec(40 * k + r.uniform(0, 3))
            t = A(
                pod,
                t,
                "info",
                "route settings, update, route: %s",
                f"route settings, update, route: {sk_route(0, eps)}",
            )
            t = A(pod, t + sec(0.001), "info", "route settings received", "route settings received")
            A(pod, t + sec(0.003), "info", "route settings applied", "route settings applied")
    # the partner route removed (its ingress deleted)
    for pod in [pods[0], new_pod]:
        t = at(11, 15, 3) + sec(r.uniform(0, 2))
        t = A(
            pod,
            t,
            "info",
            "route settings, update, deleted id: %s",
            f"route settings, update, deleted id: {SK_ROUTES[4][0]}",
        )
        t = A(pod, t + sec(0.001), "info", "route settings received", "route settings received")
        A(pod, t + sec(0.003), "info", "route settings applied", "route settings applied")
    # the second pod replaced
    p = pods[1]
    t = A(
        p,
        at(10, 30, 2),
        "info",
        "Got shutdown signal, wait %s for health check",
        "Got shutdown signal, wait 15s for health check",
    )
    A(p, at(10, 30, 17), "info", "shutdown in progress", "shutdown in progress")
    start(new_pod, at(10, 30, 31))
    # note: eps changed during the run, so the new pod's reset shows the rolled endpoints
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- pingora

PG_BACKENDS = ["10.0.2.21:8080", "10.0.2.22:8080", "10.0.2.23:8080"]
# weight, method, path, status
PG_REQS = [
    (50, "GET", "/api/products/{n}", 200),
    (25, "GET", "/api/products?page={p}", 200),
    (12, "POST", "/api/cart/items", 201),
    (6, "GET", "/api/products/{n}", 404),
    (8, "GET", "/api/search?q={h}", 200),
    (2, "DELETE", "/api/cart/items/{n}", 204),
]


def pingora(r: random.Random) -> list[Log]:
    """One balancer in front of three product API backends, 06:00 to 12:00: backend 3 down
    07:40-07:55 (refused connects, the health check marking it unhealthy and healthy again),
    backend 1 slow 09:30-09:40 (read timeouts), clients resetting, a graceful upgrade at 10:00
    (the old process draining, the new one starting)."""
    fs = Files()
    proc = [0]

    def L(t: datetime, level: str, module: str, label: str, msg: str) -> datetime:
        return fs.add(
            "pingora-lb.log",
            t,
            label,
            lambda x: [f"[{rfc3339(x)} {level:<5} {module}] {msg}"],
            proc[0],
            1000,
        )

    def start(t: datetime) -> datetime:
        t = L(t, "INFO", "pingora_core::server", "Bootstrap starting", "Bootstrap starting")
        t = L(t + sec(0.004), "INFO", "pingora_core::server", "Bootstrap done", "Bootstrap done")
        return L(
            t + sec(0.001), "INFO", "pingora_core::server", "Server starting", "Server starting"
        )

    t0, t_end = at(6, 0), at(12, 0)
    start(t0 + sec(1.2))
    down = "10.0.2.23:8080"
    # backend 3 crash-looping 07:40-07:55: down about 70 s, up about 50 s; the 30 s TCP health
    # check marks it unhealthy and healthy again some seconds after each change
    phases: list[tuple[datetime, datetime]] = []
    t = at(7, 40) + sec(r.uniform(0, 5))
    while t < at(7, 55):
        d = t + sec(r.uniform(55, 85))
        phases.append((t, d))
        t = d + sec(r.uniform(35, 60))
    marks: list[tuple[datetime, datetime]] = []
    for a, b in phases:
        ma = a + sec(r.uniform(12, 30))
        mb = b + sec(r.uniform(5, 30))
        marks.append((ma, mb))
        L(
            ma,
            "WARN",
            "pingora_load_balancing::health_check",
            "%s becomes unhealthy, %s",
            f"Backend {{ addr: Inet({down}), weight: 1 }} becomes unhealthy, Upstream ConnectRefused context: Fail to connect to addr: {down}, scheme: HTTP, cause: Connection refused (os error 111)",
        )
        L(
            mb,
            "INFO",
            "pingora_load_balancing::health_check",
            "%s becomes healthy",
            f"Backend {{ addr: Inet({down}), weight: 1 }} becomes healthy",
        )

    def is_down(t: datetime) -> bool:
        return any(a <= t < b for a, b in phases)

    def marked(t: datetime) -> bool:
        return any(a <= t < b for a, b in marks)

    for t in poisson(r, t0 + sec(5), t_end, 20):
        if at(10, 0, 1) <= t < at(10, 0, 2):
            continue
        if t >= at(10, 0, 2):
            proc[0] = 1
        rate = 1.0 if at(7, 30) <= t < at(8, 0) else 0.0
        for burst in range(1 + int(rate * r.randint(3, 6))):
            t = t + sec(r.uniform(0, 3) * burst)
            be = r.choice(PG_BACKENDS if not marked(t) else PG_BACKENDS[:2])
            _, meth, path, st = r.choices(PG_REQS, [x[0] for x in PG_REQS])[0]
            real = fill(r, path)
            summ = f"{meth} {real}, Host: api.shop.example.com"
            rlabel = route(meth, path, 0)[:-2]
            t = L(
                t,
                "INFO",
                "load_balancer",
                "upstream peer is: %s",
                f"upstream peer is: Backend {{ addr: Inet({be}), weight: 1 }}",
            )
            if be == down and is_down(t):
                t = L(
                    t + sec(0.001),
                    "ERROR",
                    "pingora_proxy",
                    "Fail to proxy: Upstream ConnectRefused context: Fail to connect to %s cause: Connection refused (os error 111), status: %d, tries: %d, retry: %s, %s",
                    f"Fail to proxy: Upstream ConnectRefused context: Fail to connect to addr: {be}, scheme: HTTP, cause: Connection refused (os error 111), status: 502, tries: 1, retry: false, {summ}",
                )
                L(
                    t + sec(0.0005),
                    "INFO",
                    "load_balancer",
                    f"{rlabel} 502",
                    f"{summ} response code: 502",
                )
                continue
            if be == "10.0.2.21:8080" and at(9, 30) <= t < at(9, 45) and r.random() < 0.8:
                t = L(
                    t + sec(10),
                    "ERROR",
                    "pingora_proxy",
                    "Fail to proxy: Upstream ReadTimedout context: while reading response headers from %s, status: %d, tries: %d, retry: %s, %s",
                    f"Fail to proxy: Upstream ReadTimedout context: while reading response headers from addr: {be}, scheme: HTTP,, status: 504, tries: 1, retry: false, {summ}",
                )
                L(
                    t + sec(0.0005),
                    "INFO",
                    "load_balancer",
                    f"{rlabel} 504",
                    f"{summ} response code: 504",
                )
                continue
            if r.random() < 0.01:
                t = L(
                    t + sec(r.uniform(0.01, 2)),
                    "ERROR",
                    "pingora_proxy",
                    "Fail to proxy: Downstream WriteError context: while writing response body cause: Connection reset by peer (os error 104), status: %d, tries: %d, retry: %s, %s",
                    f"Fail to proxy: Downstream WriteError context: while writing response body cause: Connection reset by peer (os error 104), status: 0, tries: 1, retry: false, {summ}",
                )
                L(
                    t + sec(0.0005),
                    "INFO",
                    "load_balancer",
                    f"{rlabel} {st}",
                    f"{summ} response code: {st}",
                )
                continue
            L(
                t + sec(r.uniform(0.003, 0.2)),
                "INFO",
                "load_balancer",
                f"{rlabel} {st}",
                f"{summ} response code: {st}",
            )
    # the graceful upgrade at 10:00: the old process (0) drains, the new one (1) starts
    proc[0] = 1
    start(at(10, 0, 0) + sec(0.3))
    proc[0] = 0
    t = L(
        at(10, 0, 1),
        "INFO",
        "pingora_core::server",
        "SIGTERM received, gracefully exiting",
        "SIGTERM received, gracefully exiting",
    )
    t = L(
        t + sec(0.001),
        "INFO",
        "pingora_core::server",
        "Broadcasting graceful shutdown",
        "Broadcasting graceful shutdown",
    )
    t = L(
        t + sec(0.001),
        "INFO",
        "pingora_core::server",
        "Graceful shutdown: grace period %ds starts",
        "Graceful shutdown: grace period 60s starts",
    )
    t = L(
        t + sec(60),
        "INFO",
        "pingora_core::server",
        "Graceful shutdown: grace period ends",
        "Graceful shutdown: grace period ends",
    )
    t = L(
        t + sec(0.002),
        "INFO",
        "pingora_core::server",
        "Broadcast graceful shutdown complete",
        "Broadcast graceful shutdown complete",
    )
    L(
        t + sec(0.01),
        "INFO",
        "pingora_core::server",
        "All runtimes exited, exiting now",
        "All runtimes exited, exiting now",
    )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- imgproxy

IP_IMAGES = ["products/{n}.jpg", "products/{n}.png", "banners/summer-{p}.jpg", "avatars/{h}.jpg"]
IP_OPTS = [
    ("rs:fit:300:300", "resizing_type: fit; width: 300; height: 300"),
    ("rs:fill:800:600:0/g:sm", "resizing_type: fill; width: 800; height: 600; gravity: {sm 0 0}"),
    ("rs:fit:1200:0", "resizing_type: fit; width: 1200"),
    ("w:64/h:64/rt:fill", "resizing_type: fill; width: 64; height: 64"),
]
IP_ORIGIN = "https://origin.media.example.org"


def b64url(r: random.Random, n: int) -> str:
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(r.choice(a) for _ in range(n))


def imgproxy(r: random.Random) -> list[Log]:
    """Two imgproxy pods behind the CDN, 06:00 to 12:00: the origin's 404s for deleted
    products, the origin timing out 08:10-08:20, a scraper with forged signatures 09:40-10:00,
    a few HEIC uploads (unsupported), one pod restarted at 10:45."""
    fs = Files()
    pods = ["imgproxy-7b9c-kx2pd", "imgproxy-7b9c-vn8sq"]

    def q(v: str) -> str:
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def L(
        pod: str, t: datetime, level: str, label: str, msg: str, fields: list[tuple[str, str]]
    ) -> datetime:
        kv = "".join(f" {k}={q(v)}" for k, v in fields)
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"time={q(rfc3339(x))} level={q(level)} message={q(msg)}{kv}"],
            pod,
            1000,
        )

    def start(pod: str, t: datetime) -> None:
        t = L(
            pod,
            t,
            "info",
            "Starting Prometheus server at %s",
            "Starting Prometheus server at :8081",
            [],
        )
        L(pod, t + sec(0.002), "info", "Starting server at %s", "Starting server at :8080", [])

    t0, t_end = at(6, 0), at(12, 0)
    for p in pods:
        start(p, t0 + sec(r.uniform(1, 3)))
    down = (at(10, 45, 0), at(10, 45, 9))

    def reqid() -> str:
        return b64url(r, 21)

    def one(t: datetime, pod: str, sig: str | None = None) -> None:
        opt, po = r.choice(IP_OPTS)
        img = fill(r, r.choice(IP_IMAGES))
        fmt = r.choice(["webp", "webp", "avif", ""])
        src = f"{IP_ORIGIN}/{img}"
        heic = r.random() < 0.006
        if heic:
            img = img.rsplit(".", 1)[0] + ".heic"
            src = f"{IP_ORIGIN}/{img}"
        path = f"/{sig or b64url(r, 43)}/{opt}/plain/{src}" + (f"@{fmt}" if fmt else "")
        po_s = po + (f"; format: {fmt}" if fmt else "")
        rid = reqid()
        c = r.choice(CLIENTS[:4]) if sig is None else SCANNERS[0]
        t = L(
            pod,
            t,
            "info",
            "Started %s",
            f"Started {path}",
            [("request_id", rid), ("method", "GET"), ("client_ip", c)],
        )
        if sig is not None:
            L(
                pod,
                t + sec(0.0002),
                "warning",
                "Completed in %s %s",
                f"Completed in {godur(r.uniform(0.00005, 0.0004))} {path}",
                [
                    ("request_id", rid),
                    ("method", "GET"),
                    ("status", "403"),
                    ("client_ip", c),
                    ("error", "Invalid signature"),
                ],
            )
            return
        if "products/" in img and r.random() < 0.05:
            d = r.uniform(20, 90)
            L(
                pod,
                t + sec(d / 1000),
                "warning",
                "Completed in %s %s",
                f"Completed in {godur(d / 1000)} {path}",
                [
                    ("request_id", rid),
                    ("method", "GET"),
                    ("status", "404"),
                    ("client_ip", c),
                    ("image_url", src),
                    ("processing_options", po_s),
                    ("error", "Status: 404; Not Found"),
                ],
            )
            return
        if at(8, 10) <= t < at(8, 20) and r.random() < 0.7:
            L(
                pod,
                t + sec(10),
                "error",
                "Completed in %s %s",
                f"Completed in {godur(r.uniform(10.0, 10.02))} {path}",
                [
                    ("request_id", rid),
                    ("method", "GET"),
                    ("status", "504"),
                    ("client_ip", c),
                    ("image_url", src),
                    ("processing_options", po_s),
                    ("error", "The image request timed out"),
                ],
            )
            return
        if heic:
            d = r.uniform(30, 120)
            L(
                pod,
                t + sec(d / 1000),
                "warning",
                "Completed in %s %s",
                f"Completed in {godur(d / 1000)} {path}",
                [
                    ("request_id", rid),
                    ("method", "GET"),
                    ("status", "422"),
                    ("client_ip", c),
                    ("image_url", src),
                    ("processing_options", po_s),
                    ("error", "Source image type not supported"),
                ],
            )
            return
        d = r.lognormvariate(4.2, 0.6)
        dur = godur(d / 1000)
        if img.endswith(".jpg") and r.random() < 0.015:
            if r.random() < 0.6:
                vl, vm = (
                    "VipsJpeg: Premature end of JPEG file",
                    "VipsJpeg: Premature end of JPEG file",
                )
            else:
                vl = "VipsJpeg: Corrupt JPEG data: %u extraneous bytes before marker 0x%02x"
                vm = f"VipsJpeg: Corrupt JPEG data: {r.randint(1, 900)} extraneous bytes before marker 0x{r.choice([0xD9, 0xD3, 0xC4]):02x}"
            fs.add(
                f"{pod}.log",
                t + sec(d / 2000),
                vl,
                lambda x: [
                    f"(imgproxy:1): VIPS-WARNING **: {x:%H:%M:%S}.{x.microsecond // 1000:03d}: {vm}"
                ],
                pod,
                1000,
            )
        L(
            pod,
            t + sec(d / 1000),
            "info",
            "Completed in %s %s",
            f"Completed in {dur} {path}",
            [
                ("request_id", rid),
                ("method", "GET"),
                ("status", "200"),
                ("client_ip", c),
                ("image_url", src),
                ("processing_options", po_s),
            ],
        )

    for t in poisson(r, t0 + sec(8), t_end, 19):
        alive = [p for p in pods if not (p == pods[1] and down[0] <= t < down[1])]
        one(t, r.choice(alive))
    for t in poisson(r, at(9, 40), at(10, 0), 40):
        one(t, r.choice(pods), sig=b64url(r, 43))
    L(
        pods[1],
        down[0] + sec(0.2),
        "info",
        "Shutting down the server...",
        "Shutting down the server...",
        [],
    )
    start(pods[1], down[1] - sec(2))
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- thumbor

TB_IMGS = [
    "media.example.org/photos/{n}.jpg",
    "media.example.org/uploads/2024/06/{h}.png",
    "media.example.org/avatars/{h}.jpg",
]
TB_OPS = [
    "300x200/smart",
    "fit-in/800x600",
    "100x100/filters:quality(80)",
    "0x400/filters:format(webp)",
]
TB_PY = "/usr/local/lib/python3.11/site-packages"


def thumbor(r: random.Random) -> list[Log]:
    """Thumbor with four processes behind nginx, 06:00 to 12:00: the healthcheck every 10 s,
    image requests (304s from the CDN's revalidation), the origin's 404s, the origin slow
    09:10-09:22 (599 timeouts, 504s), truncated uploads PIL cannot read, a scanner's malformed
    requests, a child OOM-killed at 10:40 and forked again."""
    fs = Files()
    pids = [211, 212, 213, 214]

    def L(
        t: datetime, pid: int, name: str, level: str, label: str | None, lines: list[str]
    ) -> datetime:
        return fs.add(
            "thumbor.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {name}:{level} {lines[0]}", *lines[1:]],
            pid,
            1000,
        )

    def access(
        t: datetime, pid: int, st: int, meth: str, uri: str, ip: str, ms: float, label: str
    ) -> None:
        label = label or f"{meth} {uri} {st}"
        lvl = "INFO" if st < 400 else ("WARNING" if st < 500 else "ERROR")
        L(t, pid, "tornado.access", lvl, label, [f"{st} {meth} {uri} ({ip}) {ms:.2f}ms"])

    t0, t_end = at(6, 0), at(12, 0)
    L(
        t0 + sec(1.4),
        201,
        "tornado.general",
        "INFO",
        "Starting %d processes",
        ["Starting 4 processes"],
    )
    for t in poisson(r, t0 + sec(3), t_end, 20):
        access(
            t,
            r.choice(pids),
            200,
            "GET",
            "/healthcheck",
            "10.0.1.5",
            r.uniform(0.4, 1.6),
            "GET /healthcheck 200",
        )
    for t in poisson(r, t0 + sec(5), t_end, 13):
        pid = r.choice(pids)
        img = fill(r, r.choice(TB_IMGS))
        uri = f"/unsafe/{r.choice(TB_OPS)}/{img}"
        ip = "10.0.1.20"
        if r.random() < 0.15:
            access(t, pid, 304, "GET", uri, ip, r.uniform(1, 6), "GET /unsafe/%s 304")
            continue
        if "photos/" in img and r.random() < 0.06:
            t = L(
                t + sec(r.uniform(0.01, 0.08)),
                pid,
                "thumbor.loaders.http_loader",
                "WARNING",
                "ERROR retrieving image %s: HTTP 404: Not Found",
                [f"ERROR retrieving image http://{img}: HTTP 404: Not Found"],
            )
            access(
                t + sec(0.001), pid, 404, "GET", uri, ip, r.uniform(15, 90), "GET /unsafe/%s 404"
            )
            continue
        if at(9, 10) <= t < at(9, 22) and r.random() < 0.6:
            t = L(
                t + sec(20),
                pid,
                "thumbor.loaders.http_loader",
                "WARNING",
                "ERROR retrieving image %s: HTTP 599: Timeout during request",
                [f"ERROR retrieving image http://{img}: HTTP 599: Timeout during request"],
            )
            access(
                t + sec(0.001),
                pid,
                504,
                "GET",
                uri,
                ip,
                r.uniform(20000, 20040),
                "GET /unsafe/%s 504",
            )
            continue
        if "uploads/" in img and r.random() < 0.03:
            addr = f"0x7f{r.getrandbits(36):09x}"
            t = L(
                t + sec(r.uniform(0.05, 0.2)),
                pid,
                "tornado.application",
                "ERROR",
                "Uncaught exception %s",
                [
                    f"Uncaught exception GET {uri} ({ip})",
                    f"HTTPServerRequest(protocol='http', host='thumbor.internal:8888', method='GET', uri='{uri}', version='HTTP/1.1', remote_ip='{ip}')",
                    "Traceback (most recent call last):",
                    *pyframes(
                        (
                            f"{TB_PY}/thumbor/handlers/__init__.py",
                            226,
                            "get_image",
                            "result = await self._fetch(self.context.request.image_url)",
                        ),
                        (
                            f"{TB_PY}/thumbor/handlers/__init__.py",
                            834,
                            "_fetch",
                            "fetch_result.normalized = self.context.request.engine.load(fetch_result.buffer, extension)",
                        ),
                        (
                            f"{TB_PY}/thumbor/engines/__init__.py",
                            336,
                            "load",
                            "image_or_frames = self.create_image(buffer)",
                        ),
                        (
                            f"{TB_PY}/thumbor/engines/pil.py",
                            113,
                            "create_image",
                            "img = Image.open(BytesIO(buffer))",
                        ),
                        (
                            f"{TB_PY}/PIL/Image.py",
                            3339,
                            "open",
                            "raise UnidentifiedImageError(msg)",
                        ),
                    ),
                    f"PIL.UnidentifiedImageError: cannot identify image file <_io.BytesIO object at {addr}>",
                ],
            )
            t = L(
                t + sec(0.001),
                pid,
                "thumbor",
                "WARNING",
                "[BaseHandler] get_image failed for url `%s`. error: `cannot identify image file <_io.BytesIO object at %s>`",
                [
                    f"[BaseHandler] get_image failed for url `{img}`. error: `cannot identify image file <_io.BytesIO object at {addr}>`"
                ],
            )
            access(
                t + sec(0.001), pid, 400, "GET", uri, ip, r.uniform(30, 200), "GET /unsafe/%s 400"
            )
            continue
        access(
            t + sec(r.uniform(0.02, 0.4)),
            pid,
            200,
            "GET",
            uri,
            ip,
            r.lognormvariate(4.0, 0.7),
            "GET /unsafe/%s 200",
        )
    for t in poisson(r, at(6, 30), at(11, 30), 400):
        L(
            t,
            r.choice(pids),
            "tornado.general",
            "INFO",
            "Malformed HTTP message from %s: Malformed HTTP request line",
            [f"Malformed HTTP message from {r.choice(SCANNERS)}: Malformed HTTP request line"],
        )
    for t in poisson(r, at(7, 0), at(11, 0), 900):
        access(
            t,
            r.choice(pids),
            404,
            "GET",
            r.choice(["/.env", "/wp-login.php", "/admin/config.php"]),
            "10.0.1.20",
            r.uniform(0.5, 2),
            "",
        )
    L(
        at(10, 40, 12),
        201,
        "tornado.general",
        "WARNING",
        "child %d (pid %d) killed by signal %d, restarting",
        ["child 2 (pid 213) killed by signal 9, restarting"],
    )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- sozu

EPOCH = datetime(1970, 1, 1, tzinfo=at(6, 0).tzinfo)
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SZ_CLUSTERS = {
    "shop": (
        "shop.example.net",
        ["shop-1", "shop-2", "shop-3"],
        ["10.1.0.11:8080", "10.1.0.12:8080", "10.1.0.13:8080"],
    ),
    "api": ("api.example.net", ["api-1", "api-2"], ["10.1.0.21:9000", "10.1.0.22:9000"]),
    "assets": ("assets.example.net", ["assets-1"], ["10.1.0.31:80"]),
}
# weight, cluster, method, path, status
SZ_REQS = [
    (40, "shop", "GET", "/", 200),
    (30, "shop", "GET", "/product/{n}", 200),
    (10, "shop", "POST", "/cart", 302),
    (45, "api", "GET", "/v2/products/{n}", 200),
    (10, "api", "GET", "/v2/products/{n}", 404),
    (12, "api", "POST", "/v2/orders", 201),
    (35, "assets", "GET", "/js/main.{h}.js", 200),
]


def sz_dur(us: float) -> str:
    if us >= 10_000_000:
        return f"{int(us // 1_000_000)}s"
    if us < 10_000:
        if us >= 10:
            return f"{int(us)}μs"
        return f"{int(us * 1000)}ns"
    return f"{int(us // 1000)}ms"


def sozu(r: random.Random) -> list[Log]:
    """Sozu with two workers in front of three clusters, 06:00 to 12:00: api-2 down 08:00-08:12
    (503 answers, the backend marked down and up), unknown hosts (404), a worker killed and
    relaunched at 10:20, the accept queue flushed during a burst at 11:05."""
    fs = Files()
    main = 4211
    wpids = {0: 4214, 1: 4215}

    def L(t: datetime, pid: int, level: str, tag: str, label: str, msg: str) -> datetime:
        return fs.add(
            "sozu.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z {(x - EPOCH) // timedelta(microseconds=1) * 1000 + r.randrange(1000)} {pid} {level} {tag}\t{msg}"
            ],
            pid,
            1,
        )

    def ulid(t: datetime) -> str:
        ms = (t - EPOCH) // timedelta(milliseconds=1)
        head = ""
        for _ in range(10):
            head = CROCKFORD[ms % 32] + head
            ms //= 32
        return head + "".join(r.choice(CROCKFORD) for _ in range(16))

    def wstart(t: datetime, w: int) -> None:
        pid, tag = wpids[w], f"WRK-{w:02d}"
        t = L(t, pid, "INFO ", tag, "launching worker %d", f"launching worker {w}")
        t = L(t + sec(0.0004), pid, "INFO ", tag, "starting event loop", "starting event loop")
        for addr in ["0.0.0.0:80", "0.0.0.0:443"]:
            t = L(
                t + sec(0.0002),
                pid,
                "INFO ",
                tag,
                "listener %s activated",
                f"listener {addr} activated",
            )
        for cl, (_host, ids, addrs) in SZ_CLUSTERS.items():
            for bid, a in zip(ids, addrs, strict=False):
                t = L(
                    t + sec(0.0001),
                    pid,
                    "INFO ",
                    tag,
                    "added backend %s at %s to cluster %s",
                    f"added backend {bid} at {a} to cluster {cl}",
                )

    t0, t_end = at(6, 0), at(12, 0)
    t = L(t0 + sec(r.uniform(0.6, 0.9)), main, "INFO ", "MAIN", "Starting up", "Starting up")
    for w in wpids:
        wstart(t + sec(r.uniform(0.03, 0.08) + 0.01 * w), w)

    def record(
        t: datetime,
        w: int,
        cl: str | None,
        bid: str | None,
        baddr: str | None,
        meth: str,
        host: str,
        path: str,
        st: int,
        err: str | None,
        label: str,
    ) -> None:
        pid, tag = wpids[w], f"WRK-{w:02d}"
        c = f"{r.choice(CLIENTS)}:{r.randint(32768, 60999)}"
        svc = r.uniform(80, 900)
        resp = r.uniform(800, 60000) if baddr else None
        req = (resp or 0) + svc + r.uniform(20, 300)
        ua = r.choice(UAS).replace(" ", "_").replace("[", "{").replace("]", "}")
        level = "ERROR-ACCESS" if err else "INFO-ACCESS "
        ctx = f"[{ulid(t)} {cl or '-'} {bid or '-'}]"
        durs = "/".join(
            [
                sz_dur(req),
                sz_dur(svc),
                sz_dur(resp) if resp else "-",
                sz_dur(r.uniform(900, 40000)),
                sz_dur(r.uniform(100, 900)) if baddr else "-",
            ]
        )
        bi, bo = r.randint(300, 1800), (r.randint(200, 90000) if not err else r.randint(150, 400))
        msg = (
            f"{ctx} {c} {baddr or '-'} {durs} {bi} {bo} [user-agent={ua}] HTTPS {host} {meth} {path} {st}"
            + (f" | {err}" if err else "")
        )
        L(t, pid, level, tag, label, msg)

    for t in poisson(r, t0 + sec(4), t_end, 9.5):
        alive = [w for w in wpids if not (w == 1 and at(10, 20) <= t < at(10, 20, 3))]
        w = r.choice(alive)
        _, cl, meth, path, st = r.choices(SZ_REQS, [x[0] for x in SZ_REQS])[0]
        host, ids, addrs = SZ_CLUSTERS[cl]
        k = r.randrange(len(ids))
        label = f"{meth} {path.replace('{n}', '%s').replace('{h}', '%s')} {st}"
        real = fill(r, path)
        if cl == "api" and ids[k] == "api-2" and at(8, 0) <= t < at(8, 12):
            if r.random() < 0.5:
                record(
                    t,
                    w,
                    cl,
                    None,
                    None,
                    meth,
                    host,
                    real,
                    503,
                    "no backend available",
                    f"{meth} {path.replace('{n}', '%s')} 503 | no backend available",
                )
                continue
            k = 0
        if r.random() < 0.02:
            bad = r.choice(["www.example.net", "example.net", "old-shop.example.net", "10.1.0.1"])
            bp = r.choice(["/", "/favicon.ico", "/robots.txt"])
            record(
                t,
                w,
                None,
                None,
                None,
                "GET",
                bad,
                bp,
                404,
                "no cluster found",
                f"GET {bp} 404 | no cluster found",
            )
            continue
        record(t, w, cl, ids[k], addrs[k], meth, host, real, st, None, label)
    # api-2 down
    L(
        at(8, 0, 3) + sec(r.uniform(0, 0.9)),
        wpids[0],
        "ERROR",
        "WRK-00",
        "backend server %s at %s is down",
        "backend server api-2 at 10.1.0.22:9000 is down",
    )
    L(
        at(8, 0, 5) + sec(r.uniform(0, 0.9)),
        wpids[1],
        "ERROR",
        "WRK-01",
        "backend server %s at %s is down",
        "backend server api-2 at 10.1.0.22:9000 is down",
    )
    for t in poisson(r, at(8, 0), at(8, 12), 20):
        w = r.choice([0, 1])
        L(
            t,
            wpids[w],
            "ERROR",
            f"WRK-{w:02d}",
            "error connecting to backend %s at %s: %s",
            "error connecting to backend api-2 at 10.1.0.22:9000: Connection refused (os error 111)",
        )
    L(
        at(8, 12, 9) + sec(r.uniform(0, 0.9)),
        wpids[0],
        "INFO ",
        "WRK-00",
        "backend server %s at %s is up",
        "backend server api-2 at 10.1.0.22:9000 is up",
    )
    L(
        at(8, 12, 14) + sec(r.uniform(0, 0.9)),
        wpids[1],
        "INFO ",
        "WRK-01",
        "backend server %s at %s is up",
        "backend server api-2 at 10.1.0.22:9000 is up",
    )
    # a worker killed and relaunched
    L(
        at(10, 20, 1) + sec(r.uniform(0, 0.9)),
        main,
        "ERROR",
        "MAIN",
        "worker %d died unexpectedly, relaunching",
        "worker 1 died unexpectedly, relaunching",
    )
    wpids[1] = 9402
    wstart(at(10, 20, 2), 1)
    # the accept queue flushed during a burst
    for t in poisson(r, at(11, 5), at(11, 7), 5):
        w = r.choice([0, 1])
        L(
            t,
            wpids[w],
            "ERROR",
            f"WRK-{w:02d}",
            "max number of session connection reached, flushing the accept queue",
            "max number of session connection reached, flushing the accept queue",
        )
    return fs.logs(t0)


SYSTEMS = {
    "skipper": skipper,
    "pingora": pingora,
    "imgproxy": imgproxy,
    "thumbor": thumbor,
    "sozu": sozu,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
