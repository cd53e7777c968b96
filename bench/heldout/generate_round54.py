#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 54 (iis, aws-alb, linkerd, druid, loki) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock: a second for IIS, a millisecond for Druid, a microsecond for the rest). Five log
shapes not yet covered:

- Microsoft IIS 10's W3C extended logs of two sites (`W3SVC1-u_ex240604.log`,
  `W3SVC2-u_ex240604.log`: each site's `u_ex240604.log` from its own `W3SVC<id>` folder, the
  folder written into the name) with the `#Software`, `#Version`, `#Date` and `#Fields:`
  directives at the file's start and again after an `iisreset` in the middle of the day; IIS's
  default fields (`date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip
  cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken`), `-` for an
  empty value and `+` for a blank in the user agent; a shop (static files, an API, logins,
  scanners, a database outage: 500s with long time-taken) and an intranet site with Windows
  authentication (the 401.2 / 401.1 handshake before each 200, the user `CONTOSO\\name`); and
  HTTP.sys's `httperr1.log` (its own `#Fields:`: `date time c-ip c-port s-ip s-port cs-version
  cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename`) with Timer_ConnectionIdle,
  Timer_MinBytesPerSecond, Connection_Dropped, Connection_Abandoned_By_AppPool, Request_Cancelled
  (HTTP/2 streams), BadRequest, Hostname and URL 400s, and `503 AppOffline` while the crashed
  application pool is stopped by rapid-fail protection.
- AWS Application Load Balancer access logs (twelve five-minute objects from each of two load
  balancer nodes, named as S3 stores them, `<account>_elasticloadbalancing_<region>_app.<lb
  name>.<lb id>_<end time>_<node ip>_<random>.log`, written uncompressed): the documented
  fields in order (type, time, elb, client:port, target:port, the three processing times,
  elb_status_code, target_status_code, bytes, "request", "user_agent", ssl_cipher,
  ssl_protocol, target_group_arn, "trace_id", "domain_name", "chosen_cert_arn",
  matched_rule_priority, request_creation_time, "actions_executed", "redirect_url",
  "error_reason", "target:port_list", "target_status_code_list", "classification",
  "classification_reason"); `http`, `https` and `h2` requests, the plain-HTTP listener's
  redirects, a fixed response, clients gone before the response (460), an API target group's
  deploy gone wrong: 502 with `-1` times and `TargetConnectionError`, 504 `TargetResponseError`
  timeouts, 503 while the group has no healthy target, malformed requests (`"- http://...:80-
  "`) and a desync classification.
- Linkerd 2.14: the linkerd2-proxy containers of three pods (`web-...-linkerd-proxy.log`,
  `orders-...`, `payments-...`: Rust tracing's text, `[     0.002345s]  INFO ThreadId(01)
  span{..}:span{..}: target: msg key=value ...`, the proxy's uptime first), with start-up
  (runtime, the listeners, the identity, certification), connections closed (`Connection
  closed error=...`), `Failed to connect` from linkerd_reconnect under the
  outbound/service/endpoint spans while orders' pods crash-loop, failfast, request failures
  under `rescue{client.addr=...}`, the destination controller restarting (control-plane
  resolution failures), debug lines from one proxy, a SIGTERM shutdown and restart; and the
  destination and identity controllers' Go logs (logrus text, `time="..." level=info msg="..."
  addr=... component=...`).
- Apache Druid 28 (log4j2 `%d{ISO8601} %p [%t] %c - %m%n`): `coordinator-overlord.log`,
  `broker.log`, `historical-0.log`, `historical-1.log`, `middleManager.log` and three Kafka
  indexing tasks' peon logs (`index_kafka_clickstream_*.log`): segments loaded, announced and dropped, the metadata poll,
  tasks submitted, assigned, running and completed, the Kafka supervisor's task groups and its
  report, a task failing with a Java stack and `Caused by:` and its multi-line status JSON,
  lookups, ZooKeeper sessions timing out (curator's `State change: SUSPENDED` /
  `RECONNECTED`, `Connection timed out for connection string` with its stack), queries timing
  out at the broker (QueryInterruptedException) and the HTTP emitter failing.
- Grafana Loki 2.9 in microservices mode (go-kit logfmt: `level=info
  ts=2024-06-04T06:00:02.123456789Z caller=flush.go:167 msg="..." key=value ...`):
  `loki-distributor-0.log`, `loki-ingester-0.log`, `loki-ingester-1.log`,
  `loki-querier-0.log`, `loki-compactor-0.log`: ingesters flushing streams and uploading
  tables, checkpoints, memberlist and ring lifecycle lines, pushes refused with `(429)` for the
  ingestion rate limit and `(500)` while an ingester is lost (dskit's request log line with the
  response body), the querier's `executing query` and metrics.go lines, `error notifying
  frontend about finished query` and `error processing requests from scheduler` with gRPC
  errors, failed flushes to object storage, the compactor's retention.

Label notes. The rules of rounds 51 to 53 hold. An access line (IIS's request lines, the ALB's
records) is labelled as the set's access-log systems are (haproxy, caddy, artifactory: as
errctl names an HTTP record, docs/fingerprints.md): its method, its route (the URI stem or the
URL's path with an id, a hash or a file's content hash a variable; the query string and the
protocol version are values) and its status, and for the ALB the `error_reason` after the
status when there is one, as haproxy's termination state is (`GET /api/orders/%s 502
TargetConnectionError`); IIS's substatus and win32 status, the ALB's target status, times,
sizes, client and agent are values. A malformed ALB request (no method, no path) is `- - 400`.
HTTP.sys's error line is labelled by its reason and its status when it has one (`400
BadRequest`, `Timer_ConnectionIdle`, `503 AppOffline`): the reason names what happened, the
request's fields are values. A W3C directive is the writer's own statement: `#Software:
Microsoft Internet Information Services %s`, `#Software: Microsoft HTTP API %s`, `#Version:
%s`, `#Date: %s`, `#Fields: %s`. Tracing's, logrus's and go-kit's fields are attributes: the
label is the message alone (Linkerd's `Failed to connect`, Loki's `msg` value); the spans
before a tracing message and go-kit's context keys are context. Loki's metrics.go line has no
`msg`: it is labelled with its fixed keys and `%s` for each value. dskit's request log line
(`POST /loki/api/v1/push (429) 2.1ms Response: "..." ws: false; Content-Length: ...`) is
labelled as an access line with its response body's format (a message of its own). A Java
exception's stack and `Caused by:` belong to their event, and so do the lines of the peon's
status JSON; Druid's `* %s: %s` property lines after `Properties follow.` are a call each.

Sources. Checked against public copies of the sources or docs: Loki's `error notifying
frontend about finished query` (the querier's scheduler processor; its `frontend`, `org_id`
and `traceID` context before `msg`) and the ingestion rate limit's text in Loki's docs; the
ALB field list and its `-1` rule for the processing times from AWS's documentation. The rest is
from the helper's knowledge of the programs' logs, not checked here (least sure: IIS's default
`#Fields:` line and the HTTP.sys reason names and which carry a status; the ALB's
`error_reason` for a 504 (`TargetResponseError`), `-` for a 503 without targets, and the
desync classification reason; Linkerd's uptime width, the `Service has become unavailable` /
`Service has recovered` failfast texts, `{:?} request failed` (the version a value),
`Failed to resolve control-plane component`, the start-up lines' order, the controllers' `Establishing watch on
endpoint` / `Stopping watch on endpoint` and `issued certificate for %s until %s: %s`; Druid's
coordinator texts (the duty-run line, the load queue line), `Polled and found ...`,
`Announcing segment[%s] at existing path[%s]`, the supervisor's report layout, the lookup
texts, the emitter's `Failed to send events to url[%s]`, the broker's `Exception while
processing queryId [%s]` and the peon's appenderator lines; Loki's caller file:line pairs, the
compactor's and table manager's texts, `flushing stream` and `failed to flush` fields,
memberlist's and the lifecycler's texts, and metrics.go's key order). Run it only to change
the data on purpose: `python bench/heldout/generate_round54.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import Records, fill, label, secs
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
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
]
UA_TOOLS = ["okhttp/4.12.0", "python-requests/2.32.3", "curl/8.7.1", "Go-http-client/1.1"]
UA_SCANNERS = [
    "Mozilla/5.0 zgrab/0.x",
    "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)",
    "python-requests/2.28.1",
]
SCAN_PATHS = ["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/.git/config", "/xmlrpc.php"]


# --------------------------------------------------------------------------------- iis

IIS_FIELDS = "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
HTTPERR_FIELDS = "date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename"
# (weight, method, route as labelled, path maker, query maker)
IIS_SHOP = [
    (14, "GET", "/", lambda r: "/", lambda r: "-"),
    (
        10,
        "GET",
        "/Content/site.css",
        lambda r: "/Content/site.css",
        lambda r: r.choice(["-", "v=3.2.1"]),
    ),
    (10, "GET", "/Scripts/app.%s.js", lambda r: f"/Scripts/app.{hexid(r, 8)}.js", lambda r: "-"),
    (
        16,
        "GET",
        "/api/products",
        lambda r: "/api/products",
        lambda r: (
            f"category={r.choice(['books', 'garden', 'toys', 'kitchen'])}&page={r.randrange(1, 30)}"
        ),
    ),
    (
        14,
        "GET",
        "/api/products/%s",
        lambda r: f"/api/products/{r.randrange(1000, 99999)}",
        lambda r: "-",
    ),
    (6, "POST", "/api/cart/items", lambda r: "/api/cart/items", lambda r: "-"),
    (3, "POST", "/api/orders", lambda r: "/api/orders", lambda r: "-"),
    (
        4,
        "GET",
        "/api/orders/%s",
        lambda r: f"/api/orders/{r.randrange(100000, 999999)}",
        lambda r: "-",
    ),
    (
        3,
        "GET",
        "/Account/Login",
        lambda r: "/Account/Login",
        lambda r: r.choice(["-", "ReturnUrl=%2Fcheckout"]),
    ),
    (2, "POST", "/Account/Login", lambda r: "/Account/Login", lambda r: "-"),
    (5, "GET", "/healthcheck", lambda r: "/healthcheck", lambda r: "-"),
    (1.5, "GET", "/favicon.ico", lambda r: "/favicon.ico", lambda r: "-"),
]


def iis_ua(ua: str) -> str:
    return ua.replace(" ", "+")


def iis(r: random.Random) -> list[Log]:
    """IIS 10 on one server (10.0.0.4) with two sites over a day: a shop (W3SVC1) behind which
    an ASP.NET application reads a SQL Server that goes away at 11:40 (API requests failing
    with 500 after long waits, the application pool crashing and stopped by rapid-fail
    protection: HTTP.sys answers `503 AppOffline`), an `iisreset` at 11:58 that rewrites the
    directives in both site logs, an intranet site (W3SVC2) with Windows authentication, and
    HTTP.sys's error log."""
    clock = Clock(1_000_000)
    shop, intra, herr = Records(), Records(), Records()
    sip = "10.0.0.4"
    t_start, t_end = at(0, 0, 1), at(19, 30)
    db_down, crash, reset = at(11, 40, 12), at(11, 51, 40), at(11, 58, 5)

    def directives(
        rec: Records, proc: str, t: datetime, software: str, sw_label: str, fields: str
    ) -> None:
        t = clock.at(proc, t)
        for text, lab in [
            (software, sw_label),
            ("#Version: 1.0", "#Version: %s"),
            (f"#Date: {t:%Y-%m-%d %H:%M:%S}", "#Date: %s"),
            (f"#Fields: {fields}", "#Fields: %s"),
        ]:
            rec.add(t, [text], lab)

    def req(
        rec: Records,
        proc: str,
        t: datetime,
        method: str,
        route: str,
        path: str,
        query: str,
        port: int,
        user: str,
        client: str,
        ua: str,
        ref: str,
        status: int,
        sub: int,
        win32: int,
        taken: int,
    ) -> None:
        t = clock.at(proc, t)
        rec.add(
            t,
            [
                f"{t:%Y-%m-%d %H:%M:%S} {sip} {method} {path} {query} {port} {user} {client} {iis_ua(ua)} {ref} {status} {sub} {win32} {taken}"
            ],
            f"{method} {route} {status}",
        )

    def httperr(
        t: datetime,
        client: str,
        version: str,
        method: str,
        uri: str,
        stream: str,
        status: str,
        site: str,
        reason: str,
        queue: str,
    ) -> None:
        t = clock.at("httperr", t)
        port = 443 if r.random() < 0.85 else 80
        herr.add(
            t,
            [
                f"{t:%Y-%m-%d %H:%M:%S} {client} {r.randrange(1024, 65535)} {sip} {port} {version} {method} {uri} {stream} {status} {site} {reason} {queue}"
            ],
            f"{status} {reason}" if status != "-" else reason,
        )

    iis_sw = "#Software: Microsoft Internet Information Services 10.0"
    iis_sw_label = "#Software: Microsoft Internet Information Services %s"
    directives(shop, "w3svc1", t_start, iis_sw, iis_sw_label, IIS_FIELDS)
    directives(
        intra,
        "w3svc2",
        t_start + timedelta(seconds=r.randrange(60, 400)),
        iis_sw,
        iis_sw_label,
        IIS_FIELDS,
    )
    directives(
        herr,
        "httperr",
        at(0, 3, 17),
        "#Software: Microsoft HTTP API 2.0",
        "#Software: Microsoft HTTP API %s",
        HTTPERR_FIELDS,
    )
    directives(shop, "w3svc1", reset + timedelta(seconds=9), iis_sw, iis_sw_label, IIS_FIELDS)
    directives(intra, "w3svc2", reset + timedelta(seconds=31), iis_sw, iis_sw_label, IIS_FIELDS)

    clients = [f"203.0.113.{r.randrange(2, 250)}" for _ in range(40)] + [
        f"198.51.100.{r.randrange(2, 250)}" for _ in range(25)
    ]
    weights = [w for w, *_ in IIS_SHOP]

    # the shop's traffic: busier by day
    def rate(t: datetime) -> float:
        return 55.0 if 8 <= t.hour < 18 else 160.0

    t = t_start
    while t < t_end:
        t += timedelta(seconds=r.expovariate(1 / rate(t)))
        if crash <= t < reset + timedelta(seconds=12):
            continue  # the pool is down: HTTP.sys answers (below)
        _, method, route, mk_path, mk_query = r.choices(IIS_SHOP, weights)[0]
        client = r.choice(clients)
        ua = r.choice(UA_TOOLS) if route == "/healthcheck" else r.choice(UA_BROWSERS)
        ref = (
            "-"
            if route in ("/", "/healthcheck")
            else r.choice(["-", "https://shop.example.com/", "https://shop.example.com/cart"])
        )
        status, sub, win32, taken = 200, 0, 0, r.randrange(1, 180)
        api = route.startswith("/api/") or (route == "/Account/Login" and method == "POST")
        x = r.random()
        if route in ("/Content/site.css", "/Scripts/app.%s.js", "/favicon.ico") and x < 0.35:
            status, taken = 304, r.randrange(0, 4)
        elif api and db_down <= t < crash and x < 0.8:
            status, sub, taken = 500, 0, r.randrange(14800, 30500)
        elif route == "/api/products/%s" and x < 0.08:
            status = 404
        elif route == "/api/orders/%s" and x < 0.15:
            status, taken = 401, r.randrange(1, 10)
        elif route == "/api/orders" and x < 0.3:
            status = 201
        elif route == "/Account/Login" and method == "POST":
            status = 302 if x < 0.8 else 200
        elif route == "/api/cart/items" and x < 0.02:
            status, taken = 500, r.randrange(40, 300)
        elif x < 0.004:
            status, sub, win32 = 200, 0, 64  # the client went away during the send
        req(
            shop,
            "w3svc1",
            t,
            method,
            route,
            mk_path(r),
            mk_query(r),
            443,
            "-",
            client,
            ua,
            ref,
            status,
            sub,
            win32,
            taken,
        )

    # scanners, now and then on port 80
    for t in poisson(r, t_start, t_end, 900):
        if crash <= t < reset:
            continue
        path = r.choice(SCAN_PATHS)
        client = f"45.{r.randrange(10, 250)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}"
        ua = r.choice(UA_SCANNERS)
        for p in [path, *r.sample([x for x in SCAN_PATHS if x != path], r.randrange(0, 3))]:
            t += timedelta(seconds=r.randrange(1, 3))
            req(
                shop,
                "w3svc1",
                t,
                "GET",
                p,
                p,
                "-",
                r.choice([80, 443]),
                "-",
                client,
                ua,
                "-",
                404,
                0,
                2,
                r.randrange(0, 5),
            )

    # the intranet: each Windows-authenticated request starts with the anonymous 401.2
    users = [
        "CONTOSO\\jdoe",
        "CONTOSO\\asmith",
        "CONTOSO\\mgarcia",
        "CONTOSO\\lchen",
        "CONTOSO\\svc-reports",
    ]
    intra_routes = [
        *[
            (1.5, "GET", f"/reports/{name}", lambda r, name=name: f"/reports/{name}")
            for name in ("sales-weekly", "inventory", "hr-headcount", "finance-q2")
        ],
        (4, "GET", "/reports/export/%s", lambda r: f"/reports/export/{r.randrange(1000, 9999)}"),
        (2, "POST", "/timesheets/submit", lambda r: "/timesheets/submit"),
        (3, "GET", "/default.aspx", lambda r: "/default.aspx"),
    ]
    iweights = [w for w, *_ in intra_routes]
    for t in poisson(r, at(6, 30), at(18, 45), 210):
        if crash <= t < reset + timedelta(seconds=35):
            continue
        _, method, route, mk = r.choices(intra_routes, iweights)[0]
        path, client = mk(r), f"10.20.{r.randrange(1, 9)}.{r.randrange(10, 250)}"
        ua = r.choice(UA_BROWSERS[:2])
        req(
            intra,
            "w3svc2",
            t,
            method,
            route,
            path,
            "-",
            443,
            "-",
            client,
            ua,
            "-",
            401,
            2,
            5,
            r.randrange(0, 3),
        )
        if r.random() < 0.06:
            req(
                intra,
                "w3svc2",
                t,
                method,
                route,
                path,
                "-",
                443,
                "-",
                client,
                ua,
                "-",
                401,
                1,
                2148074254,
                r.randrange(0, 5),
            )
            continue
        user = r.choice(users)
        status, taken = (
            (200, r.randrange(20, 2400))
            if route != "/reports/export/%s" or r.random() < 0.9
            else (500, r.randrange(30000, 60000))
        )
        req(
            intra,
            "w3svc2",
            t + timedelta(milliseconds=200),
            method,
            route,
            path,
            "-",
            443,
            user,
            client,
            ua,
            "https://intranet.contoso.local/",
            status,
            0,
            0,
            taken,
        )

    # HTTP.sys: idle connections, slow clients, bad requests, cancelled HTTP/2 streams
    for t in poisson(r, at(0, 5), t_end, 160):
        c = r.choice(clients)
        kind = r.choices(
            ["idle", "minbytes", "dropped", "cancel", "bad", "host", "url"], [55, 6, 8, 14, 8, 5, 4]
        )[0]
        if kind == "idle":
            httperr(t, c, "-", "-", "-", "-", "-", "-", "Timer_ConnectionIdle", "-")
        elif kind == "minbytes":
            httperr(
                t,
                c,
                "HTTP/1.1",
                "POST",
                "/api/orders",
                "-",
                "-",
                "1",
                "Timer_MinBytesPerSecond",
                "-",
            )
        elif kind == "dropped":
            httperr(
                t,
                c,
                "HTTP/1.1",
                "GET",
                r.choice(["/", "/api/products"]),
                "-",
                "-",
                "1",
                "Connection_Dropped",
                "DefaultAppPool",
            )
        elif kind == "cancel":
            httperr(
                t,
                c,
                "HTTP/2.0",
                "GET",
                r.choice(
                    [
                        "/Content/site.css",
                        f"/Scripts/app.{hexid(r, 8)}.js",
                        f"/api/products/{r.randrange(1000, 99999)}",
                    ]
                ),
                str(r.randrange(1, 41, 2)),
                "-",
                "1",
                "Request_Cancelled",
                "DefaultAppPool",
            )
        elif kind == "bad":
            httperr(
                t,
                f"45.{r.randrange(10, 250)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}",
                "HTTP/1.1",
                "GET",
                "/",
                "-",
                "400",
                "-",
                "BadRequest",
                "-",
            )
        elif kind == "host":
            httperr(
                t,
                f"45.{r.randrange(10, 250)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}",
                "HTTP/1.1",
                "GET",
                "/",
                "-",
                "400",
                "-",
                "Hostname",
                "-",
            )
        else:
            httperr(
                t,
                f"45.{r.randrange(10, 250)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}",
                "HTTP/1.1",
                "GET",
                "/" + "%c0%af" * 3,
                "-",
                "400",
                "-",
                "URL",
                "-",
            )
    # the pool crashing: requests in flight abandoned, then 503s until the reset
    for _ in range(r.randrange(6, 11)):
        httperr(
            crash + secs(r, 0, 2),
            r.choice(clients),
            "HTTP/1.1",
            r.choice(["GET", "POST"]),
            r.choice(["/api/products", "/api/cart/items", "/api/orders"]),
            "-",
            "-",
            "1",
            "Connection_Abandoned_By_AppPool",
            "DefaultAppPool",
        )
    for t in poisson(r, crash + timedelta(seconds=5), reset, 7):
        httperr(
            t,
            r.choice(clients),
            r.choice(["HTTP/1.1", "HTTP/2.0"]),
            "GET",
            r.choice(["/", "/api/products", "/Content/site.css", "/healthcheck"]),
            "-",
            "503",
            "1",
            "AppOffline",
            "DefaultAppPool",
        )
    return [
        shop.into(Log("W3SVC1-u_ex240604.log", t_start)),
        intra.into(Log("W3SVC2-u_ex240604.log", t_start)),
        herr.into(Log("httperr1.log", t_start)),
    ]


# --------------------------------------------------------------------------------- aws-alb

ALB_ACCOUNT = "123456789012"
ALB_REGION = "eu-west-1"
ALB_NAME, ALB_ID = "shop-prod-alb", "50dc6c495c0c9188"
ALB_TG = {
    "web": f"arn:aws:elasticloadbalancing:{ALB_REGION}:{ALB_ACCOUNT}:targetgroup/shop-web/6d0ecf831eec9f09",
    "api": f"arn:aws:elasticloadbalancing:{ALB_REGION}:{ALB_ACCOUNT}:targetgroup/shop-api/73e2d6bc24d8a067",
}
ALB_CERT = (
    f"arn:aws:acm:{ALB_REGION}:{ALB_ACCOUNT}:certificate/2a1e9c4b-7d3f-4e6a-9b8c-5f0d1e2a3b4c"
)
# (weight, method, route as labelled, path maker, target group, rule priority)
ALB_ROUTES = [
    (16, "GET", "/", lambda r: "/", "web", 10),
    *[
        (
            4,
            "GET",
            f"/assets/{name}-%s.js",
            lambda r, name=name: f"/assets/{name}-{hexid(r, 8)}.js",
            "web",
            10,
        )
        for name in ("index", "vendor", "checkout")
    ],
    (
        20,
        "GET",
        "/api/v2/products",
        lambda r: f"/api/v2/products?page={r.randrange(1, 40)}&sort={r.choice(['price', 'name'])}",
        "api",
        5,
    ),
    (
        16,
        "GET",
        "/api/v2/products/%s",
        lambda r: f"/api/v2/products/{r.randrange(1000, 99999)}",
        "api",
        5,
    ),
    (8, "POST", "/api/v2/cart/items", lambda r: "/api/v2/cart/items", "api", 5),
    (5, "GET", "/api/v2/cart", lambda r: "/api/v2/cart", "api", 5),
    (3, "POST", "/api/v2/orders", lambda r: "/api/v2/orders", "api", 5),
    (3, "GET", "/api/v2/orders/%s", lambda r: f"/api/v2/orders/{hexid(r, 24)}", "api", 5),
    (2, "POST", "/api/v2/auth/token", lambda r: "/api/v2/auth/token", "api", 5),
    (4, "GET", "/api/v2/health", lambda r: "/api/v2/health", "api", 5),
]


def alb(r: random.Random) -> list[Log]:
    """An internet-facing ALB in two availability zones over an hour (06:00-07:00): two
    target groups (web, api), the plain-HTTP listener redirecting to HTTPS, a fixed response for
    `/robots.txt`, scanners, and a bad deploy of the API at 06:22: its new tasks refuse
    connections (502 TargetConnectionError, `-1` times), then hang (504), the group empty for a
    while (503), rolled back at 06:41."""
    clock = Clock(1)
    nodes = ["10.0.1.23", "10.0.2.87"]
    recs = {(n, k): Records() for n in nodes for k in range(12)}
    t0 = at(6, 0)
    api_targets = [f"10.0.{z}.{r.randrange(10, 250)}" for z in (11, 12) for _ in range(3)]
    web_targets = [f"10.0.{z}.{r.randrange(10, 250)}" for z in (11, 12) for _ in range(2)]
    bad_start, hang, empty, rollback = at(6, 22, 10), at(6, 29, 40), at(6, 35, 5), at(6, 41, 30)
    bad_targets = [f"10.0.{z}.{r.randrange(10, 250)}" for z in (11, 12) for _ in range(3)]
    clients = [
        f"{r.choice(['203.0.113', '198.51.100', '192.0.2'])}.{r.randrange(2, 250)}"
        for _ in range(60)
    ]
    ciphers = [("ECDHE-RSA-AES128-GCM-SHA256", "TLSv1.2"), ("TLS_AES_128_GCM_SHA256", "TLSv1.3")]
    weights = [w for w, *_ in ALB_ROUTES]

    def record(
        t: datetime,
        typ: str,
        method: str,
        route: str,
        url: str,
        proto: str,
        status: int,
        tstatus: str,
        target: str,
        times: tuple[str, str, str],
        tg: str,
        prio: str,
        actions: str,
        redirect: str = "-",
        reason: str = "-",
        ua: str = "",
        domain: str = "shop.example.com",
        classification: tuple[str, str] = ("-", "-"),
        waited: float = 0.0,
    ) -> None:
        node = r.choice(nodes)
        t = clock.at(node, t)
        created = t - timedelta(
            seconds=waited + sum(float(x) for x in times if x != "-1") + r.uniform(0.0004, 0.003)
        )
        client = f"{r.choice(clients)}:{r.randrange(1024, 65535)}"
        tls = r.choice(ciphers) if typ != "http" else ("-", "-")
        trace = f"Root=1-{int(created.timestamp()):08x}-{hexid(r, 24)}"
        rx = r.randrange(180, 1400) if method in ("GET", "-") else r.randrange(600, 4200)
        tx = (
            0
            if status in (460,)
            else r.randrange(120, 90000)
            if status < 300
            else r.randrange(110, 700)
        )
        req_text = f"{method} {url} {proto}" if method != "-" else url
        tlist = target if target != "-" else "-"
        line = (
            f"{typ} {t:%Y-%m-%dT%H:%M:%S.%f}Z app/{ALB_NAME}/{ALB_ID} {client} {target} {times[0]} {times[1]} {times[2]} "
            f'{status} {tstatus} {rx} {tx} "{req_text}" "{ua or r.choice(UA_BROWSERS)}" {tls[0]} {tls[1]} {tg} '
            f'"{trace}" "{domain}" "{ALB_CERT if typ != "http" else "-"}" {prio} {created:%Y-%m-%dT%H:%M:%S.%f}Z '
            f'"{actions}" "{redirect}" "{reason}" "{tlist}" "{tstatus}" "{classification[0]}" "{classification[1]}"'
        )
        lab = f"{method} {route} {status}" + (f" {reason}" if reason != "-" else "")
        recs[(node, min(11, (t - t0).seconds // 300))].add(t, [line], lab)

    def ms(lo: float, hi: float) -> str:
        return f"{r.uniform(lo, hi):.3f}"

    for t in poisson(r, t0, at(6, 59, 58), 1.9):
        _, method, route, mk, group, prio = r.choices(ALB_ROUTES, weights)[0]
        path = mk(r)
        base = path.split("?")[0]
        typ = r.choices(["https", "h2", "http"], [55, 40, 5])[0]
        proto = "HTTP/2.0" if typ == "h2" else "HTTP/1.1"
        ua = r.choice(UA_TOOLS) if route == "/api/v2/health" else ""
        if typ == "http" and route != "/" and not route.startswith("/assets/"):
            typ, proto = "https", "HTTP/1.1"
        if typ == "http":
            record(
                t,
                "http",
                method,
                route,
                f"http://shop.example.com:80{path}",
                proto,
                301,
                "-",
                "-",
                ("-1", "-1", "-1"),
                "-",
                "1",
                "redirect",
                redirect=f"https://shop.example.com:443{base}",
                ua=ua,
            )
            continue
        url = f"https://shop.example.com:443{path}"
        tg = ALB_TG[group]
        if group == "api" and bad_start <= t < rollback:
            if t < hang or (t < empty and r.random() < 0.3):
                tgt = f"{r.choice(bad_targets)}:8080"
                record(
                    t,
                    typ,
                    method,
                    route,
                    url,
                    proto,
                    502,
                    "-",
                    tgt,
                    ("-1", "-1", "-1"),
                    tg,
                    str(prio),
                    "forward",
                    reason="TargetConnectionError",
                    ua=ua,
                )
            elif t < empty:
                tgt = f"{r.choice(bad_targets)}:8080"
                record(
                    t + timedelta(seconds=60),
                    typ,
                    method,
                    route,
                    url,
                    proto,
                    504,
                    "-",
                    tgt,
                    ("0.000", "-1", "-1"),
                    tg,
                    str(prio),
                    "forward",
                    reason="TargetResponseError",
                    ua=ua,
                    waited=60.0,
                )
            else:
                record(
                    t,
                    typ,
                    method,
                    route,
                    url,
                    proto,
                    503,
                    "-",
                    "-",
                    ("-1", "-1", "-1"),
                    tg,
                    str(prio),
                    "forward",
                    ua=ua,
                )
            continue
        targets = api_targets if group == "api" else web_targets
        tgt = f"{r.choice(targets)}:{8080 if group == 'api' else 80}"
        x = r.random()
        status = 200
        if route == "/api/v2/products/%s" and x < 0.07:
            status = 404
        elif route in ("/api/v2/cart/items", "/api/v2/orders") and x < 0.5:
            status = 201
        elif route == "/api/v2/auth/token" and x < 0.12:
            status = 401
        elif route == "/api/v2/orders/%s" and x < 0.05:
            status = 500
        elif route.startswith("/assets/") and x < 0.3:
            status = 304
        if x > 0.996:
            record(
                t,
                typ,
                method,
                route,
                url,
                proto,
                460,
                "-",
                tgt,
                ("0.000", "-1", "-1"),
                tg,
                str(prio),
                "forward",
                ua=ua,
            )
            continue
        tt = ms(0.002, 0.09) if group == "web" else ms(0.008, 0.6)
        record(
            t,
            typ,
            method,
            route,
            url,
            proto,
            status,
            str(status),
            tgt,
            ("0.000", tt, "0.000"),
            tg,
            str(prio),
            "forward",
            ua=ua,
        )

    # robots.txt (a fixed response), scanners, malformed requests, a desync classification
    for t in poisson(r, t0, at(6, 59, 58), 70):
        x = r.random()
        if x < 0.35:
            record(
                t,
                "https",
                "GET",
                "/robots.txt",
                "https://shop.example.com:443/robots.txt",
                "HTTP/1.1",
                200,
                "-",
                "-",
                ("-1", "-1", "-1"),
                "-",
                "2",
                "fixed-response",
                ua=r.choice(UA_SCANNERS[1:]),
            )
        elif x < 0.75:
            p = r.choice(SCAN_PATHS)
            record(
                t,
                "https",
                "GET",
                p,
                f"https://shop.example.com:443{p}",
                "HTTP/1.1",
                404,
                "404",
                f"{r.choice(web_targets)}:80",
                ("0.000", ms(0.001, 0.01), "0.000"),
                ALB_TG["web"],
                "10",
                "forward",
                ua=r.choice(UA_SCANNERS),
            )
        elif x < 0.92:
            node_dns = f"{ALB_NAME}-1234567890.{ALB_REGION}.elb.amazonaws.com"
            record(
                t,
                "http",
                "-",
                "-",
                f"- http://{node_dns}:80- -",
                "",
                400,
                "-",
                "-",
                ("-1", "-1", "-1"),
                "-",
                "-",
                "-",
                ua="-",
                domain="-",
            )
        else:
            record(
                t,
                "https",
                "POST",
                "/api/v2/cart/items",
                "https://shop.example.com:443/api/v2/cart/items",
                "HTTP/1.1",
                201,
                "201",
                f"{r.choice(api_targets)}:8080",
                ("0.000", ms(0.01, 0.3), "0.000"),
                ALB_TG["api"],
                "5",
                "forward",
                ua=r.choice(UA_TOOLS),
                classification=("Ambiguous", "UndefinedContentLengthSemantics"),
            )

    logs = []
    for (node, k), rec in recs.items():
        end = t0 + timedelta(minutes=5 * (k + 1))
        name = f"{ALB_ACCOUNT}_elasticloadbalancing_{ALB_REGION}_app.{ALB_NAME}.{ALB_ID}_{end:%Y%m%dT%H%MZ}_{node}_{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8))}.log"
        logs.append(rec.into(Log(name, t0)))
    return logs


# --------------------------------------------------------------------------------- linkerd

LD_ID = "{}.shop.serviceaccount.identity.linkerd.cluster.local"
LD_DST = "linkerd-dst-headless.linkerd.svc.cluster.local:8086"
LD_IDENT = "linkerd-identity-headless.linkerd.svc.cluster.local:8080"
LD_NO_SRV = 'no record found for Query { name: Name("linkerd-dst-headless.linkerd.svc.cluster.local."), query_type: SRV, query_class: IN }'


def linkerd(r: random.Random) -> list[Log]:
    """Linkerd 2.14 in a shop namespace over four hours: the proxies of web (calling orders
    over HTTP/1.1 and payments over gRPC), orders and payments, and the destination and identity
    controllers. orders' application crash-loops after a deploy at 07:20 (web's proxy failing
    to connect to its endpoints, the service in failfast, requests failing; orders' own inbound
    proxy refused by the local app) until 07:47; the destination controller is OOM-killed at
    08:10 and back a minute later (the proxies' control-plane watches failing to resolve and
    connect); payments' pod is replaced at 09:30 (SIGTERM, a new pod's proxy starting); the
    payments proxy runs with `linkerd=debug`."""
    clock, gclock = Clock(1), Clock(1_000_000)  # the controllers' logrus time is to the second
    web, orders, pay1, pay2, dst, ident = (Records() for _ in range(6))
    pods = {
        "web": (web, at(5, 58, 41), "10.42.0.31"),
        "orders": (orders, at(5, 58, 52), "10.42.1.17"),
        "pay1": (pay1, at(5, 59, 3), "10.42.2.14"),
        "pay2": (pay2, at(9, 30, 22), "10.42.2.40"),
    }
    svc_ip = {"orders": "10.96.44.12", "payments": "10.96.51.4"}
    t_end = at(10, 0)

    def px(
        pod: str,
        t: datetime,
        lvl: str,
        spans: str,
        target: str,
        fmt: str,
        *vals,
        fields: str = "",
        tid: int = 1,
    ) -> datetime:
        rec, start, _ = pods[pod]
        t = clock.at(pod, t)
        up = (t - start).total_seconds()
        ctx = f"{spans}: " if spans else ""
        rec.add(
            t,
            [
                f"[{up:>13.6f}s] {lvl:>5} ThreadId({tid:02d}) {ctx}{target}: {fill(fmt.replace('{:?}', '{}'), *vals)}"
                + (f" {fields}" if fields else "")
            ],
            label(fmt),
        )
        return t

    def go(
        rec: Records, proc: str, t: datetime, lvl: str, fmt: str, *vals, fields: str = ""
    ) -> datetime:
        t = gclock.at(proc, t)
        msg = fill(fmt, *vals).replace('"', '\\"')
        rec.add(
            t,
            [
                f'time="{t:%Y-%m-%dT%H:%M:%SZ}" level={lvl} msg="{msg}"'
                + (f" {fields}" if fields else "")
            ],
            label(fmt),
        )
        return t

    def certify(t: datetime, name: str) -> None:
        who = LD_ID.format(name)
        t = go(
            ident,
            "ident",
            t,
            "info",
            "certifying %s until %s",
            who,
            f"{t + timedelta(hours=24):%Y-%m-%d %H:%M:%S} +0000 UTC",
        )
        go(
            ident,
            "ident",
            t + timedelta(milliseconds=3),
            "info",
            "issued certificate for %s until %s: %s",
            who,
            f"{t + timedelta(hours=24, seconds=10):%Y-%m-%d %H:%M:%S} +0000 UTC",
            hexid(r, 64),
        )

    def proxy_start(pod: str, sa: str) -> None:
        _, start, _ = pods[pod]
        t = start + timedelta(microseconds=r.randrange(1500, 2400))
        px(pod, t, "INFO", "", "linkerd2_proxy::rt", "Using single-threaded proxy runtime")
        for fmt, addr in [
            ("Admin interface on {}", "0.0.0.0:4191"),
            ("Inbound interface on {}", "0.0.0.0:4143"),
            ("Outbound interface on {}", "127.0.0.1:4140"),
            ("Tap interface on {}", "0.0.0.0:4190"),
        ]:
            t = px(
                pod,
                t + timedelta(microseconds=r.randrange(3, 12)),
                "INFO",
                "",
                "linkerd2_proxy",
                fmt,
                addr,
            )
        t = px(
            pod,
            t + timedelta(microseconds=4),
            "INFO",
            "",
            "linkerd2_proxy",
            "Local identity is {}",
            LD_ID.format(sa),
        )
        t = px(
            pod,
            t + timedelta(microseconds=3),
            "INFO",
            "",
            "linkerd2_proxy",
            "Identity verified via {} ({})",
            LD_IDENT,
            "linkerd-identity.linkerd.serviceaccount.identity.linkerd.cluster.local",
        )
        t = px(
            pod,
            t + timedelta(microseconds=3),
            "INFO",
            "",
            "linkerd2_proxy",
            "Destinations resolved via {} ({})",
            LD_DST,
            "linkerd-destination.linkerd.serviceaccount.identity.linkerd.cluster.local",
        )
        certify(start + timedelta(milliseconds=r.randrange(2, 9)), sa)
        px(
            pod,
            t + timedelta(microseconds=r.randrange(400, 900)),
            "INFO",
            "daemon:identity",
            "linkerd_app",
            "Certified identity",
            fields=f"id={LD_ID.format(sa)}",
            tid=2,
        )

    # the controllers' start-up (and the destination controller's again after its OOM kill)
    def dst_start(t: datetime) -> None:
        t = go(dst, "dst", t, "info", "running version %s", "stable-2.14.10")
        t = go(dst, "dst", t + timedelta(seconds=1), "info", "starting admin server on %s", ":9996")
        t = go(dst, "dst", t, "info", "waiting for caches to sync")
        t = go(dst, "dst", t + timedelta(seconds=1), "info", "caches synced")
        go(dst, "dst", t, "info", "starting gRPC server on %s", ":8086")

    dst_start(at(5, 58, 2))
    t = go(ident, "ident", at(5, 58, 3), "info", "running version %s", "stable-2.14.10")
    t = go(ident, "ident", t + timedelta(seconds=1), "info", "starting admin server on %s", ":9990")
    go(ident, "ident", t, "info", "starting gRPC server on %s", ":8080")

    proxy_start("web", "web")
    proxy_start("orders", "orders")
    proxy_start("pay1", "payments")
    proxy_start("pay2", "payments")

    def watch(t: datetime, svc: str, stop: bool = False) -> None:
        fmt = (
            "Stopping watch on endpoint [%s/%s:%d]"
            if stop
            else "Establishing watch on endpoint [%s/%s:%d]"
        )
        go(
            dst,
            "dst",
            t,
            "info",
            fmt,
            "shop",
            svc,
            8080,
            fields='addr=":8086" component=endpoints-watcher',
        )

    for svc in ("orders", "payments"):
        watch(at(5, 58, 44) + secs(r, 0, 1), svc)
    watch(at(9, 30, 24), "payments")

    orders_eps = ["10.42.1.17:8080", "10.42.3.22:8080"]
    bad_eps = ["10.42.1.51:8080", "10.42.3.60:8080", "10.42.4.12:8080"]
    deploy, failfast, recovered = at(7, 20, 14), at(7, 21, 3), at(7, 47, 30)
    dst_kill, dst_back = at(8, 10, 31), at(8, 11, 40)

    def out_spans(svc: str, ep: str) -> str:
        return f"outbound:proxy{{addr={svc_ip[svc]}:8080}}:service{{ns=shop name={svc} port=8080}}:endpoint{{addr={ep}}}"

    def client() -> str:
        return f"10.42.{r.randrange(0, 5)}.{r.randrange(2, 250)}:{r.randrange(32768, 61000)}"

    # connections closed by clients: every proxy, all day
    for pod, port in [("web", 8080), ("orders", 8080), ("pay1", 9090), ("pay2", 9090)]:
        _, start, _ = pods[pod]
        stop = at(9, 30, 10) if pod == "pay1" else t_end
        for t in poisson(r, start + timedelta(seconds=20), stop, 75 if pod == "web" else 160):
            err = r.choices(
                [
                    "connection closed before message completed",
                    "TLS detection timed out",
                    "connection reset by peer (os error 104)",
                ],
                [60, 25, 15],
            )[0]
            px(
                pod,
                t,
                "INFO",
                f"inbound:server{{port={port}}}",
                "linkerd_app_core::serve",
                "Connection closed",
                fields=f"error={err} client.addr={client()}",
            )

    # orders' bad deploy: web's proxy cannot connect to the new endpoints
    for ep in bad_eps:
        t = deploy + secs(r, 0, 20)
        backoff = 0.1
        while t < recovered:
            err = (
                "Connection refused (os error 111)"
                if r.random() < 0.8
                else "connect timed out after 1s"
            )
            px(
                "web",
                t,
                "WARN",
                out_spans("orders", ep),
                "linkerd_reconnect",
                "Failed to connect",
                fields=f"error={err}",
            )
            backoff = min(backoff * 2, 60.0)
            t += timedelta(seconds=backoff * r.uniform(0.8, 1.2) + (1 if "timed out" in err else 0))
    svc_span = (
        f"outbound:proxy{{addr={svc_ip['orders']}:8080}}:service{{ns=shop name=orders port=8080}}"
    )
    px(
        "web",
        failfast,
        "WARN",
        svc_span,
        "linkerd_stack::failfast",
        "Service has become unavailable",
    )
    for t in (at(7, 31, 12), at(7, 38, 50)):
        px("web", t, "INFO", svc_span, "linkerd_stack::failfast", "Service has recovered")
        px(
            "web",
            t + secs(r, 3, 6),
            "WARN",
            svc_span,
            "linkerd_stack::failfast",
            "Service has become unavailable",
        )
    px("web", recovered, "INFO", svc_span, "linkerd_stack::failfast", "Service has recovered")
    for t in poisson(r, failfast, recovered, 7):
        px(
            "web",
            t,
            "INFO",
            f"outbound:proxy{{addr={svc_ip['orders']}:8080}}:rescue{{client.addr={client()}}}",
            "linkerd_app_core::errors::respond",
            "{:?} request failed",
            "HTTP/1.1",
            fields=f"error=logical service {svc_ip['orders']}:8080: service in fail-fast error.sources=[service in fail-fast]",
        )
    # the crash-looping app behind orders' own proxy (its new pods' proxies are not these)
    for t in poisson(r, deploy, recovered, 11):
        px(
            "orders",
            t,
            "WARN",
            f"inbound:server{{port=8080}}:rescue{{client.addr={client()}}}:http{{v=1}}",
            "linkerd_reconnect",
            "Failed to connect",
            fields="error=Connection refused (os error 111)",
        )
    for ep in orders_eps:
        watch(deploy + secs(r, 40, 90), "orders", stop=True)
        watch(deploy + secs(r, 91, 120), "orders")
        del ep
    # payments slow now and then: gRPC requests failing on web
    for t in poisson(r, at(6, 0), t_end, 420):
        px(
            "web",
            t,
            "INFO",
            f"outbound:proxy{{addr={svc_ip['payments']}:8080}}:rescue{{client.addr={client()}}}",
            "linkerd_app_core::errors::respond",
            "{:?} request failed",
            "HTTP/2.0",
            fields="error=request timed out error.sources=[request timed out]",
        )

    # the destination controller OOM-killed: the proxies' watches fail until it is back
    for pod in ("web", "orders", "pay1"):
        t = dst_kill + secs(r, 0.5, 3)
        backoff = 0.1
        while t < dst_back:
            if r.random() < 0.4:
                px(
                    pod,
                    t,
                    "WARN",
                    f"watch{{port=8080}}:controller{{addr={LD_DST}}}",
                    "linkerd_app_core::control",
                    "Failed to resolve control-plane component",
                    fields=f"error={LD_NO_SRV} error.sources=[{LD_NO_SRV}]",
                )
            else:
                px(
                    pod,
                    t,
                    "WARN",
                    f"watch{{port=8080}}:controller{{addr={LD_DST}}}:endpoint{{addr=10.42.0.9:8086}}",
                    "linkerd_reconnect",
                    "Failed to connect",
                    fields="error=Connection refused (os error 111)",
                )
            backoff = min(backoff * 2, 10.0)
            t += timedelta(seconds=backoff * r.uniform(0.8, 1.2))
    dst_start(dst_back - timedelta(seconds=4))
    for svc in ("orders", "payments"):
        watch(dst_back + secs(r, 0, 2), svc)

    # payments at debug: its connections to the database and the card API
    def debug_round(pod: str, t: datetime) -> None:
        db = "10.42.2.9:5432"
        t = px(
            pod,
            t,
            "DEBUG",
            f"outbound:proxy{{addr=10.96.60.7:5432}}:forward{{addr={db}}}",
            "linkerd_tls::client",
            "Peer does not support TLS",
            fields="reason=not_provided_by_service_discovery",
        )
        t = px(
            pod,
            t + timedelta(microseconds=r.randrange(20, 80)),
            "DEBUG",
            f"outbound:proxy{{addr=10.96.60.7:5432}}:forward{{addr={db}}}",
            "linkerd_proxy_transport::connect",
            "Connecting",
            fields=f"server.addr={db}",
        )
        px(
            pod,
            t + timedelta(microseconds=r.randrange(300, 1500)),
            "DEBUG",
            f"outbound:proxy{{addr=10.96.60.7:5432}}:forward{{addr={db}}}",
            "linkerd_proxy_transport::connect",
            "Connected",
            fields=f"local.addr={pods[pod][2]}:{r.randrange(32768, 61000)} keepalive=Some(10s)",
        )

    for pod, t0, t1 in [("pay1", at(6, 0), at(9, 30, 5)), ("pay2", at(9, 31), t_end)]:
        for t in poisson(r, t0, t1, 55):
            if r.random() < 0.8:
                debug_round(pod, t)
            else:
                px(
                    pod,
                    t,
                    "DEBUG",
                    "inbound:server{port=9090}",
                    "linkerd_app_inbound::detect",
                    "Detected protocol",
                    fields=f"protocol=Some(H2) elapsed={r.randrange(8, 900)}µs",
                )
    # payments' pod replaced
    t = px(
        "pay1",
        at(9, 30, 11),
        "INFO",
        "",
        "linkerd2_proxy::signal",
        "received SIGTERM, starting shutdown",
    )
    px(
        "pay1",
        t + timedelta(microseconds=r.randrange(50, 200)),
        "INFO",
        "",
        "linkerd2_proxy",
        "Received shutdown signal",
    )
    watch(at(9, 30, 12), "payments", stop=True)

    return [
        web.into(Log("web-7d9f8c6b5-2x7kq-linkerd-proxy.log", at(6, 0))),
        orders.into(Log("orders-5b8d7c9f4-h4n2m-linkerd-proxy.log", at(6, 0))),
        pay1.into(Log("payments-6c4f9b7d8-q9w2e-linkerd-proxy.log", at(6, 0))),
        pay2.into(Log("payments-6c4f9b7d8-t5x8r-linkerd-proxy.log", at(6, 0))),
        dst.into(Log("linkerd-destination-7b9c8d6f5-kx2lq-destination.log", at(6, 0))),
        ident.into(Log("linkerd-identity-6d8f7c9b4-m3p7s-identity.log", at(6, 0))),
    ]


# --------------------------------------------------------------------------------- druid

DR_DS = "clickstream"
DR_ZK = "zk-0.zk.druid.svc:2181,zk-1.zk.druid.svc:2181,zk-2.zk.druid.svc:2181"
DR_HISTS = [
    "druid-historical-0.druid-historical.druid.svc:8083",
    "druid-historical-1.druid-historical.druid.svc:8083",
]
DR_ZK_STACK = [
    "org.apache.curator.CuratorConnectionLossException: KeeperErrorCode = ConnectionLoss",
    "\tat org.apache.curator.ConnectionState.checkTimeouts(ConnectionState.java:225) ~[curator-client-5.5.0.jar:5.5.0]",
    "\tat org.apache.curator.ConnectionState.getZooKeeper(ConnectionState.java:94) ~[curator-client-5.5.0.jar:5.5.0]",
    "\tat org.apache.curator.CuratorZookeeperClient.getZooKeeper(CuratorZookeeperClient.java:117) ~[curator-client-5.5.0.jar:5.5.0]",
    "\tat org.apache.curator.framework.imps.CuratorFrameworkImpl.performBackgroundOperation(CuratorFrameworkImpl.java:961) [curator-framework-5.5.0.jar:5.5.0]",
    "\tat org.apache.curator.framework.imps.CuratorFrameworkImpl.backgroundOperationsLoop(CuratorFrameworkImpl.java:939) [curator-framework-5.5.0.jar:5.5.0]",
    "\tat org.apache.curator.framework.imps.CuratorFrameworkImpl.access$300(CuratorFrameworkImpl.java:72) [curator-framework-5.5.0.jar:5.5.0]",
    "\tat java.util.concurrent.FutureTask.run(FutureTask.java:264) [?:?]",
    "\tat java.lang.Thread.run(Thread.java:829) [?:?]",
]
DR_EMIT_STACK = [
    "java.net.ConnectException: Connection refused: metrics-gateway.monitoring.svc/10.96.7.41:8080",
    "\tat org.asynchttpclient.netty.channel.NettyConnectListener.onFailure(NettyConnectListener.java:179) ~[async-http-client-2.5.3.jar:?]",
    "\tat org.asynchttpclient.netty.request.NettyChannelConnector$1.onFailure(NettyChannelConnector.java:108) ~[async-http-client-2.5.3.jar:?]",
    "\tat io.netty.util.concurrent.DefaultPromise.notifyListeners0(DefaultPromise.java:590) ~[netty-common-4.1.100.Final.jar:4.1.100.Final]",
    "\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:566) ~[netty-transport-4.1.100.Final.jar:4.1.100.Final]",
    "\tat java.lang.Thread.run(Thread.java:829) [?:?]",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat sun.nio.ch.SocketChannelImpl.checkConnect(Native Method) ~[?:?]",
    "\tat sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:777) ~[?:?]",
    "\tat io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337) ~[netty-transport-4.1.100.Final.jar:4.1.100.Final]",
    "\t... 7 more",
]


def dr_query_stack(qid: str, host: str) -> list[str]:
    return [
        f"org.apache.druid.query.QueryInterruptedException: Query[{qid}] url[http://{host}/druid/v2/] timed out.",
        "\tat org.apache.druid.client.JsonParserIterator.interruptQuery(JsonParserIterator.java:253) ~[druid-server-28.0.1.jar:28.0.1]",
        "\tat org.apache.druid.client.JsonParserIterator.init(JsonParserIterator.java:196) ~[druid-server-28.0.1.jar:28.0.1]",
        "\tat org.apache.druid.client.JsonParserIterator.hasNext(JsonParserIterator.java:102) ~[druid-server-28.0.1.jar:28.0.1]",
        "\tat org.apache.druid.java.util.common.guava.BaseSequence.makeYielder(BaseSequence.java:90) ~[druid-processing-28.0.1.jar:28.0.1]",
        "\tat org.apache.druid.java.util.common.guava.MergeSequence.lambda$toYielder$1(MergeSequence.java:66) ~[druid-processing-28.0.1.jar:28.0.1]",
        "\tat org.apache.druid.server.QueryResultPusher.push(QueryResultPusher.java:183) ~[druid-server-28.0.1.jar:28.0.1]",
        "\tat org.apache.druid.server.QueryResource.doPost(QueryResource.java:222) ~[druid-server-28.0.1.jar:28.0.1]",
        "Caused by: java.util.concurrent.TimeoutException: Query timeout",
        "\tat org.apache.druid.client.JsonParserIterator.init(JsonParserIterator.java:170) ~[druid-server-28.0.1.jar:28.0.1]",
        "\t... 74 more",
    ]


DR_TASK_FAIL = [
    "org.apache.kafka.clients.consumer.OffsetOutOfRangeException: Fetch position FetchPosition{offset=%d, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[kafka-1.kafka.svc:9092 (id: 1 rack: null)], epoch=7}} is out of range for partition clickstream-3",
    "\tat org.apache.kafka.clients.consumer.internals.Fetcher.handleOffsetOutOfRange(Fetcher.java:1405) ~[?:?]",
    "\tat org.apache.kafka.clients.consumer.internals.Fetcher.initializeCompletedFetch(Fetcher.java:1357) ~[?:?]",
    "\tat org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1250) ~[?:?]",
    "\tat org.apache.druid.indexing.kafka.KafkaRecordSupplier.poll(KafkaRecordSupplier.java:131) ~[?:?]",
    "\tat org.apache.druid.indexing.kafka.IncrementalPublishingKafkaIndexTaskRunner.getRecords(IncrementalPublishingKafkaIndexTaskRunner.java:98) ~[?:?]",
    "\tat org.apache.druid.indexing.seekablestream.SeekableStreamIndexTaskRunner.runInternal(SeekableStreamIndexTaskRunner.java:634) ~[druid-indexing-service-28.0.1.jar:28.0.1]",
    "\tat org.apache.druid.indexing.seekablestream.SeekableStreamIndexTaskRunner.run(SeekableStreamIndexTaskRunner.java:269) ~[druid-indexing-service-28.0.1.jar:28.0.1]",
    "\tat org.apache.druid.indexing.seekablestream.SeekableStreamIndexTask.runTask(SeekableStreamIndexTask.java:151) ~[druid-indexing-service-28.0.1.jar:28.0.1]",
    "\tat java.lang.Thread.run(Thread.java:829) [?:?]",
]
DR_REPORT = "{id='%s', generationTime=%s, payload=KafkaSupervisorReportPayload{dataSource='%s', topic='%s', partitions=%d, replicas=%d, durationSeconds=%d, active=%s, publishing=%s, suspended=%s, healthy=%s, state=%s, detailedState=%s, recentErrors=%s}}"


def druid(r: random.Random) -> list[Log]:
    """A Druid 28 cluster over six hours (06:00-12:00) ingesting one Kafka topic into
    `clickstream` with hourly tasks: the coordinator's duties and metadata polls each minute, the
    overlord's supervisor creating task groups, tasks assigned, run by the middleManager in peons
    and completed, segments published and loaded and announced on two historicals, old segments
    dropped by the retention rule; the 08:00 task failing on an out-of-range offset (its stack,
    its status JSON) and its replacement; ZooKeeper lost for a minute at 09:15 (sessions timing
    out, curator SUSPENDED and RECONNECTED, its connection-loss stack); the broker's queries
    timing out at historicals, and its HTTP emitter failing while the metrics gateway is down."""
    clock = Clock(1000)
    coord, broker, hist0, mm = Records(), Records(), Records(), Records()
    tasks: list[tuple[str, Records, datetime]] = []
    t_end = at(12, 0)

    def j(
        rec: Records,
        proc: str,
        t: datetime,
        lvl: str,
        thread: str,
        logger: str,
        fmt: str,
        *vals,
        more: list[str] | None = None,
    ) -> datetime:
        t = clock.at(proc, t)
        text = fill(fmt.replace("%,d", "%s"), *vals)
        first, *rest = text.split("\n")
        rec.add(
            t,
            [
                f"{t:%Y-%m-%dT%H:%M:%S},{ms3(t)} {lvl} [{thread}] {logger} - {first}",
                *rest,
                *(more or []),
            ],
            label(fmt),
        )
        return t

    def seg(hour: int, part: int, version: str) -> str:
        return (
            f"{DR_DS}_2024-06-04T{hour:02d}:00:00.000Z_2024-06-04T{hour + 1:02d}:00:00.000Z_{version}"
            + (f"_{part}" if part else "")
        )

    # the coordinator's periodic work
    for t in poisson(r, at(6, 0), t_end, 60):
        j(
            coord,
            "coord",
            t,
            "INFO",
            "org.apache.druid.metadata.SqlSegmentsMetadataManager-Exec--0",
            "org.apache.druid.metadata.SqlSegmentsMetadataManager",
            "Polled and found [%,d] segments in the database in [%,d]ms.",
            f"{r.randrange(14200, 14900):,}",
            r.randrange(8, 140),
        )
        j(
            coord,
            "coord",
            t + secs(r, 1, 20),
            "INFO",
            "Coordinator-Exec--0",
            "org.apache.druid.server.coordinator.DruidCoordinator",
            "Duty group[%s] finished in [%,d]ms.",
            "HistoricalManagementDuties",
            r.randrange(40, 900),
        )
        if r.random() < 0.2:
            j(
                coord,
                "coord",
                t + secs(r, 21, 40),
                "INFO",
                "Coordinator-Exec--0",
                "org.apache.druid.server.coordinator.DruidCoordinator",
                "Duty group[%s] finished in [%,d]ms.",
                "IndexingServiceDuties",
                r.randrange(5, 80),
            )
    for t in poisson(r, at(6, 0), t_end, 300):
        j(
            coord,
            "coord",
            t,
            "INFO",
            "KafkaSupervisor-clickstream",
            "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor",
            DR_REPORT,
            DR_DS,
            f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z",
            DR_DS,
            DR_DS,
            6,
            1,
            3600,
            f"[{{id='index_kafka_{DR_DS}_{hexid(r, 15)}', startTime={t:%Y-%m-%dT%H}:00:0{r.randrange(1, 9)}.{r.randrange(100, 999)}Z, remainingSeconds={r.randrange(10, 3590)}}}]",
            "[]",
            "false",
            "true",
            "RUNNING",
            "RUNNING",
            "[]",
        )

    # hourly tasks, run by the middleManager in peons
    hosts = {"mm": "druid-middlemanager-0.druid-middlemanager.druid.svc:8091"}
    hist = Records()
    for hour in range(6, 12):
        start = at(hour, 0, r.randrange(2, 9))
        tid = f"index_kafka_{DR_DS}_{hexid(r, 15)}_{''.join(r.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(8))}"
        failing = hour == 8
        t = j(
            coord,
            "coord",
            start,
            "INFO",
            "KafkaSupervisor-clickstream",
            "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor",
            "Creating new task group [%d] for partitions %s",
            0,
            "[0, 1, 2, 3, 4, 5]",
        )
        t = j(
            coord,
            "coord",
            t,
            "INFO",
            "KafkaSupervisor-clickstream",
            "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor",
            "Number of tasks [%d] does not match configured numReplicas [%d] in task group [%d], creating more tasks",
            0,
            1,
            0,
        )
        t = j(
            coord,
            "coord",
            t + timedelta(milliseconds=40),
            "INFO",
            "KafkaSupervisor-clickstream",
            "org.apache.druid.indexing.overlord.TaskLockbox",
            "Adding task[%s] to activeTasks",
            tid,
        )
        t = j(
            coord,
            "coord",
            t + timedelta(milliseconds=30),
            "INFO",
            "TaskQueue-Manager",
            "org.apache.druid.indexing.overlord.TaskQueue",
            "Asking taskRunner to run: %s",
            tid,
        )
        t = j(
            coord,
            "coord",
            t + timedelta(milliseconds=5),
            "INFO",
            "HttpRemoteTaskRunner-pending-tasks-runner-0",
            "org.apache.druid.indexing.overlord.hrtr.HttpRemoteTaskRunner",
            "Assigning task [%s] to worker [%s]",
            tid,
            hosts["mm"],
        )
        t = j(
            mm,
            "mm",
            t + timedelta(milliseconds=80),
            "INFO",
            "forking-task-runner-0",
            "org.apache.druid.indexing.overlord.ForkingTaskRunner",
            "Running command: %s",
            f"/opt/java/openjdk/bin/java -cp /opt/druid/conf/druid/cluster/data/_common:/opt/druid/lib/*: -server -Xms1g -Xmx1g -XX:MaxDirectMemorySize=1g -Duser.timezone=UTC -Dfile.encoding=UTF-8 -Ddruid.indexer.task.baseTaskDir=var/druid/task -Ddruid.task.executor.service=druid/middleManager org.apache.druid.cli.Main internal peon var/druid/task/{tid} --taskId {tid}",
        )
        t = j(
            mm,
            "mm",
            t + timedelta(milliseconds=12),
            "INFO",
            "forking-task-runner-0",
            "org.apache.druid.indexing.overlord.ForkingTaskRunner",
            "Logging task %s output to: %s",
            tid,
            f"var/druid/task/{tid}/log",
        )
        j(
            coord,
            "coord",
            t + secs(r, 2, 4),
            "INFO",
            "HttpRemoteTaskRunner-worker-sync-0",
            "org.apache.druid.indexing.overlord.hrtr.HttpRemoteTaskRunner",
            "Task [%s] started running on worker [%s]",
            tid,
            hosts["mm"],
        )
        # the peon's own log
        pr = Records()
        pt = j(
            pr,
            tid,
            t + secs(r, 1.5, 3),
            "INFO",
            "main",
            "org.apache.druid.cli.CliPeon",
            "Starting up with processors [%,d], memory [%,d], maxMemory [%,d], directMemory [%,d]. Properties follow.",
            2,
            "1,073,741,824",
            "1,073,741,824",
            "1,073,741,824",
        )
        for k, v in [
            ("druid.zk.service.host", DR_ZK),
            ("druid.metadata.storage.type", "postgresql"),
            ("druid.storage.type", "s3"),
            ("druid.storage.bucket", "druid-deep-storage"),
            ("druid.indexer.logs.type", "s3"),
            ("druid.processing.numThreads", "2"),
            ("druid.indexer.fork.property.druid.processing.buffer.sizeBytes", "104857600"),
            ("druid.emitter", "http"),
            (
                "druid.emitter.http.recipientBaseUrl",
                "http://metrics-gateway.monitoring.svc:8080/druid",
            ),
        ]:
            pt = j(pr, tid, pt, "INFO", "main", "org.apache.druid.cli.CliPeon", "* %s: %s", k, v)
        pt = j(
            pr,
            tid,
            pt + secs(r, 1, 2),
            "INFO",
            "main",
            "org.apache.druid.indexing.worker.executor.ExecutorLifecycle",
            "Running with task: %s",
            '{\n  "type" : "index_kafka",\n  "id" : "'
            + tid
            + '",\n  "groupId" : "index_kafka_clickstream",\n  "dataSource" : "clickstream"\n}',
        )
        for p in range(6):
            pt = j(
                pr,
                tid,
                pt + timedelta(milliseconds=r.randrange(2, 30)),
                "INFO",
                "task-runner-0-priority-0",
                "org.apache.druid.indexing.seekablestream.SeekableStreamIndexTaskRunner",
                "Seeking partition[%s] to[%s].",
                p,
                r.randrange(10**7, 9 * 10**7),
            )
        stop = (
            start + timedelta(minutes=r.randrange(24, 40))
            if failing
            else at(hour + 1, 0, r.randrange(5, 40))
        )
        spill = 0
        while True:
            pt += timedelta(seconds=r.uniform(150, 420))
            if pt >= stop:
                break
            rows = r.randrange(75000, 150001)
            j(
                pr,
                tid,
                pt,
                "INFO",
                f"[{tid}]-appenderator-persist",
                "org.apache.druid.segment.realtime.appenderator.StreamAppenderator",
                "Flushed in-memory data for segment[%s] spill[%s] to disk in [%,d] ms (%,d rows).",
                seg(
                    hour,
                    r.randrange(0, 6),
                    f"{at(hour, 0):%Y-%m-%dT%H:%M:%S}.{r.randrange(100, 999)}Z",
                ),
                spill,
                f"{r.randrange(200, 4000):,}",
                f"{rows:,}",
            )
            j(
                pr,
                tid,
                pt + secs(r, 0.01, 0.05),
                "INFO",
                f"[{tid}]-appenderator-persist",
                "org.apache.druid.segment.realtime.appenderator.StreamAppenderator",
                "Persisted rows[%,d] and (estimated) bytes[%,d]",
                f"{rows:,}",
                f"{rows * r.randrange(180, 260):,}",
            )
            spill += 1
        version = f"{start:%Y-%m-%dT%H:%M:%S}.{ms3(start)}Z"
        if failing:
            off = r.randrange(10**7, 9 * 10**7)
            pt = j(
                pr,
                tid,
                stop,
                "ERROR",
                "task-runner-0-priority-0",
                "org.apache.druid.indexing.seekablestream.SeekableStreamIndexTaskRunner",
                "Encountered exception in run() before persisting.",
                more=[DR_TASK_FAIL[0] % off, *DR_TASK_FAIL[1:]],
            )
            pt = j(
                pr,
                tid,
                pt + timedelta(milliseconds=60),
                "INFO",
                "task-runner-0-priority-0",
                "org.apache.druid.indexing.worker.executor.ExecutorLifecycle",
                "Task completed with status: %s",
                '{\n  "id" : "'
                + tid
                + '",\n  "status" : "FAILED",\n  "duration" : '
                + str(int((stop - start).total_seconds() * 1000))
                + ',\n  "errorMsg" : "org.apache.kafka.clients.consumer.OffsetOutOfRangeException: Fetch position FetchPosition{offset='
                + str(off)
                + ', offsetEpoch=Optional.empty, currentLeader=LeaderAndEpo...",\n  "location" : {\n    "host" : null,\n    "port" : -1,\n    "tlsPort" : -1\n  }\n}',
            )
            status = "FAILED"
        else:
            pt = j(
                pr,
                tid,
                stop,
                "INFO",
                "task-runner-0-priority-0",
                "org.apache.druid.indexing.seekablestream.SeekableStreamIndexTaskRunner",
                "Pushing [%,d] segments in background",
                6,
            )
            pt = j(
                pr,
                tid,
                pt + secs(r, 8, 40),
                "INFO",
                "[" + tid + "]-publish",
                "org.apache.druid.indexing.seekablestream.SeekableStreamIndexTaskRunner",
                "Published [%,d] segments for sequence [%s] with metadata [%s].",
                6,
                f"index_kafka_{DR_DS}_{hexid(r, 15)}_0",
                f"AppenderatorDriverMetadata{{segments={{...}}, lastSegmentIds={{...}}, callerMetadata={{nextPartitions=SeekableStreamEndSequenceNumbers{{stream='{DR_DS}', partitionSequenceNumberMap={{...}}}}}}}}",
            )
            pt = j(
                pr,
                tid,
                pt + secs(r, 30, 120),
                "INFO",
                "coordinator_handoff_scheduled_0",
                "org.apache.druid.segment.realtime.plumber.CoordinatorBasedSegmentHandoffNotifier",
                "Segment Handoff complete for dataSource[%s] Segment[%s]",
                DR_DS,
                f"SegmentDescriptor{{interval=2024-06-04T{hour:02d}:00:00.000Z/2024-06-04T{hour + 1:02d}:00:00.000Z, version='{version}', partitionNumber=0}}",
            )
            pt = j(
                pr,
                tid,
                pt + timedelta(milliseconds=80),
                "INFO",
                "task-runner-0-priority-0",
                "org.apache.druid.indexing.worker.executor.ExecutorLifecycle",
                "Task completed with status: %s",
                '{\n  "id" : "'
                + tid
                + '",\n  "status" : "SUCCESS",\n  "duration" : '
                + str(int((pt - start).total_seconds() * 1000))
                + ',\n  "errorMsg" : null,\n  "location" : {\n    "host" : null,\n    "port" : -1,\n    "tlsPort" : -1\n  }\n}',
            )
            status = "SUCCESS"
            # the historicals load the hour's segments
            for p in range(6):
                for h, hrec in ((0, hist0), (1, hist)):
                    lt = pt + secs(r, 5, 60)
                    proc = f"hist{h}"
                    lt = j(
                        hrec,
                        proc,
                        lt,
                        "INFO",
                        "SimpleDataSegmentChangeHandler-0",
                        "org.apache.druid.server.coordination.SegmentLoadDropHandler",
                        "Loading segment[%s]",
                        seg(hour, p, version),
                    )
                    j(
                        hrec,
                        proc,
                        lt + secs(r, 0.3, 4),
                        "INFO",
                        "SimpleDataSegmentChangeHandler-0",
                        "org.apache.druid.server.coordination.BatchDataSegmentAnnouncer",
                        "Announcing segment[%s] at existing path[%s]",
                        seg(hour, p, version),
                        f"/druid/segments/{DR_HISTS[h]}/{DR_HISTS[h]}_historical__default_tier_{lt:%Y-%m-%dT%H:%M:%S}.{ms3(lt)}Z_{hexid(r, 32)}0",
                    )
                    # a segment of the same hour a week ago, dropped by the retention rule
                    old = seg(hour, p, f"2024-05-28T{hour:02d}:00:03.112Z").replace(
                        "2024-06-04", "2024-05-28"
                    )
                    dt = j(
                        hrec,
                        proc,
                        lt + secs(r, 60, 240),
                        "INFO",
                        "SimpleDataSegmentChangeHandler-1",
                        "org.apache.druid.server.coordination.SegmentLoadDropHandler",
                        "Dropping segment[%s]",
                        old,
                    )
                    j(
                        hrec,
                        proc,
                        dt + secs(r, 30, 31),
                        "INFO",
                        "SegmentLoadDropHandler-drop-0",
                        "org.apache.druid.server.coordination.SegmentLoadDropHandler",
                        "Completely removing segment[%s] in [%,d] millis.",
                        old,
                        "30,000",
                    )
        ct = j(
            mm,
            "mm",
            pt + timedelta(milliseconds=400),
            "INFO",
            "forking-task-runner-0",
            "org.apache.druid.indexing.overlord.ForkingTaskRunner",
            "Process exited with status[%d] for task: %s",
            0 if not failing else 1,
            tid,
        )
        j(
            mm,
            "mm",
            ct + timedelta(milliseconds=30),
            "INFO",
            "forking-task-runner-0",
            "org.apache.druid.indexing.overlord.ForkingTaskRunner",
            "Removing task directory: %s",
            f"var/druid/task/{tid}",
        )
        ct = j(
            coord,
            "coord",
            ct + timedelta(milliseconds=200),
            "INFO",
            "HttpRemoteTaskRunner-worker-sync-0",
            "org.apache.druid.indexing.overlord.TaskQueue",
            "Received %s status for task: %s",
            status,
            tid,
        )
        j(
            coord,
            "coord",
            ct + timedelta(milliseconds=3),
            "INFO",
            "TaskQueue-Manager",
            "org.apache.druid.indexing.overlord.TaskQueue",
            "Task %s: %s (%d run duration)",
            status,
            tid,
            int((ct - start).total_seconds() * 1000),
        )
        if failing:
            j(
                coord,
                "coord",
                ct + timedelta(milliseconds=40),
                "WARN",
                "KafkaSupervisor-clickstream",
                "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor",
                "Task [%s] failed, killing task group [%d] and restarting",
                tid,
                0,
            )
        tasks.append((tid, pr, start))

    # ZooKeeper lost for a minute at 09:15: every process's session
    zk_down, zk_back = at(9, 15, 4), at(9, 16, 9)
    for rec, proc, sid in [
        (coord, "coord", "1000a3f2b90005"),
        (broker, "broker", "2000b41c7e10012"),
        (hist0, "hist0", "1000a3f2b9000b"),
        (hist, "hist1", "30007d19e4c0004"),
    ]:
        t = zk_down + secs(r, 20, 32)
        t = j(
            rec,
            proc,
            t,
            "WARN",
            "main-SendThread(zk-1.zk.druid.svc:2181)",
            "org.apache.zookeeper.ClientCnxn",
            "Session 0x%s for server %s, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.",
            sid,
            "zk-1.zk.druid.svc/10.42.5.11:2181",
            more=[
                f"org.apache.zookeeper.ClientCnxn$SessionTimeoutException: Client session timed out, have not heard from server in {r.randrange(20001, 20400)}ms for session id 0x{sid}",
                "\tat org.apache.zookeeper.ClientCnxn$SendThread.run(ClientCnxn.java:1257) [zookeeper-3.8.3.jar:3.8.3]",
            ],
        )
        t = j(
            rec,
            proc,
            t + timedelta(milliseconds=r.randrange(1, 30)),
            "INFO",
            "main-EventThread",
            "org.apache.curator.framework.state.ConnectionStateManager",
            "State change: %s",
            "SUSPENDED",
        )
        while t < zk_back:
            srv = r.choice(
                [
                    "zk-0.zk.druid.svc/10.42.5.10:2181",
                    "zk-1.zk.druid.svc/10.42.5.11:2181",
                    "zk-2.zk.druid.svc/10.42.5.12:2181",
                ]
            )
            t = j(
                rec,
                proc,
                t + secs(r, 1, 6),
                "INFO",
                f"main-SendThread({srv.split('/')[0]}:2181)",
                "org.apache.zookeeper.ClientCnxn",
                "Opening socket connection to server %s.",
                srv,
            )
            if r.random() < 0.3:
                j(
                    rec,
                    proc,
                    t + timedelta(milliseconds=r.randrange(1, 20)),
                    "ERROR",
                    "Curator-Framework-0",
                    "org.apache.curator.ConnectionState",
                    "Connection timed out for connection string (%s) and timeout (%d) / elapsed (%d)",
                    DR_ZK,
                    15000,
                    r.randrange(15001, 15900),
                    more=DR_ZK_STACK,
                )
        srv = "zk-0.zk.druid.svc/10.42.5.10:2181"
        t = j(
            rec,
            proc,
            t + timedelta(milliseconds=3),
            "INFO",
            "main-SendThread(zk-0.zk.druid.svc:2181)",
            "org.apache.zookeeper.ClientCnxn",
            "Socket connection established, initiating session, client: %s, server: %s",
            f"/10.42.{r.randrange(1, 4)}.{r.randrange(10, 250)}:{r.randrange(32768, 61000)}",
            srv,
        )
        t = j(
            rec,
            proc,
            t + timedelta(milliseconds=r.randrange(5, 40)),
            "INFO",
            "main-SendThread(zk-0.zk.druid.svc:2181)",
            "org.apache.zookeeper.ClientCnxn",
            "Session establishment complete on server %s, session id = 0x%s, negotiated timeout = %d",
            srv,
            sid,
            30000,
        )
        j(
            rec,
            proc,
            t + timedelta(milliseconds=2),
            "INFO",
            "main-EventThread",
            "org.apache.curator.framework.state.ConnectionStateManager",
            "State change: %s",
            "RECONNECTED",
        )

    # the broker: lookups at start, queries timing out at the historicals, the emitter failing
    for name in ("country_names", "campaign_owner"):
        j(
            broker,
            "broker",
            at(6, 0, 5) + secs(r, 0, 2),
            "INFO",
            "LookupExtractorFactoryContainerProvider-MainThread",
            "org.apache.druid.query.lookup.LookupReferencesManager",
            "Lookup [%s] started.",
            name,
        )
    for t in poisson(r, at(6, 0), t_end, 260):
        qid = f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}"
        j(
            broker,
            "broker",
            t,
            "WARN",
            f"qtp{r.choice([1795619932, 1795619932])}-{r.randrange(100, 220)}",
            "org.apache.druid.server.QueryResultPusher",
            "Exception while processing queryId [%s]",
            qid,
            more=dr_query_stack(qid, r.choice(DR_HISTS)),
        )
    for t in poisson(r, at(10, 20), at(10, 55), 45):
        j(
            broker,
            "broker",
            t,
            "ERROR",
            "HttpPostEmitter-1",
            "org.apache.druid.java.util.emitter.core.HttpPostEmitter",
            "Failed to send events to url[%s]",
            "http://metrics-gateway.monitoring.svc:8080/druid",
            more=DR_EMIT_STACK,
        )
    for t in poisson(r, at(10, 20), at(10, 55), 300):
        j(
            broker,
            "broker",
            t,
            "WARN",
            "HttpPostEmitter-1",
            "org.apache.druid.java.util.emitter.core.HttpPostEmitter",
            "Buffer is full, dropping [%,d] events",
            f"{r.randrange(200, 5000):,}",
        )
    logs = [
        coord.into(Log("coordinator-overlord.log", at(6, 0))),
        broker.into(Log("broker.log", at(6, 0))),
        hist0.into(Log("historical-0.log", at(6, 0))),
        hist.into(Log("historical-1.log", at(6, 0))),
        mm.into(Log("middleManager.log", at(6, 0))),
    ]
    for tid, pr, start in tasks[:3]:
        logs.append(pr.into(Log(f"{tid}.log", start)))
    return logs


# --------------------------------------------------------------------------------- loki

LK_PUSH_429 = "Ingestion rate limit exceeded for user %s (limit: %d bytes/sec) while attempting to ingest '%d' lines totaling '%d' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"
LK_PUSH_500 = "at least %d live replicas required, could only find %d - unhealthy instances: %s"
LK_PUSH_400 = "entry for stream '%s' has timestamp too old: %s, oldest acceptable timestamp is: %s"
LK_DSKIT = "%s %s (%d) %s Response: %q ws: %v; %s"
LK_STREAMS = [
    '{app="web", container="web", namespace="shop", pod="web-7d9f8c6b5-2x7kq"}',
    '{app="orders", container="orders", namespace="shop", pod="orders-5b8d7c9f4-h4n2m"}',
    '{app="payments", container="payments", namespace="shop", pod="payments-6c4f9b7d8-q9w2e"}',
    '{app="nginx", container="controller", namespace="ingress", pod="ingress-nginx-controller-8w2lk"}',
    '{app="batch-export", container="export", namespace="jobs", pod="batch-export-28631520-xk2dp"}',
    '{filename="/var/log/syslog", host="node-3", job="varlogs"}',
]
LK_QUERIES = [
    '{namespace="shop", app="web"} |= "error"',
    'sum by (status) (rate({app="nginx"} | json | __error__="" [5m]))',
    '{app="orders"} | logfmt | level="error"',
    'topk(10, sum by (path) (count_over_time({app="nginx"} | json [1m])))',
    '{job="varlogs", host="node-3"} |~ "(?i)oom"',
]
LK_METRIC_KEYS = str.split(
    "latency query query_hash query_type range_type length start_delta end_delta step duration status limit returned_lines throughput total_bytes total_bytes_structured_metadata lines_per_second total_lines post_filter_lines total_entries store_chunks_download_time queue_time splits shards cache_chunk_req cache_chunk_hit cache_chunk_bytes_stored cache_chunk_bytes_fetched cache_chunk_download_time cache_index_req cache_index_hit cache_index_download_time cache_result_req cache_result_hit cache_result_download_time"
)
LK_LABEL_KEYS = str.split(
    "latency query_type splits start end start_delta end_delta length duration status label query query_hash total_entries cache_label_results_req cache_label_results_hit cache_label_results_stored cache_label_results_download_time"
)


def lf(v: object) -> str:
    """A logfmt value as go-kit writes it: quoted (Go's escapes) when it has a blank, a quote, an
    equals sign or nothing."""
    s = str(v)
    if s == "" or any(c in s for c in ' "=\\\n'):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return s


def goq(s: str) -> str:
    """Go's %q of a string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def loki(r: random.Random) -> list[Log]:
    """Loki 2.9 in microservices mode over two hours (06:00-08:00), one tenant (`fake`, no
    auth): the ingesters flushing streams, uploading their index tables every minute and
    checkpointing every five; a batch job flooding pushes from 06:30 (429s for the ingestion
    rate limit) and old entries refused (400); a node drain at 07:10 taking ingester-1 down with
    a second ingester (500s for too few live replicas, memberlist writes failing, ingester-1
    starting again and waiting for the ring); object storage unreachable at 07:40 (failed
    flushes); the querier's queries (`executing query` then metrics.go's line), its results
    too large for the frontend and queries cancelled, the scheduler restarting; the compactor's
    retention every ten minutes."""
    clock = Clock(1)
    files = {p: Records() for p in ("dist", "ing0", "ing1", "querier", "comp")}
    t0, t_end = at(6, 0), at(8, 0)
    ips = {"ing0": "10.42.2.9", "ing1": "10.42.3.17", "ing2": "10.42.4.22"}
    drain, ing1_up, ing2_up = at(7, 10, 4), at(7, 12, 31), at(7, 13, 40)
    s3_down, s3_up = at(7, 40, 12), at(7, 46, 50)

    def gk(
        proc: str,
        t: datetime,
        lvl: str,
        caller: str,
        fmt: str,
        *vals,
        ctx: str = "",
        fields: str = "",
        lab: str | None = None,
    ) -> datetime:
        t = clock.at(proc, t)
        ns = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randrange(0, 1000):03d}".rstrip(
            "0"
        ).rstrip(".")
        head = f"level={lvl} ts={ns}Z caller={caller}" + (f" {ctx}" if ctx else "")
        msg = f" msg={lf(fill(fmt, *vals))}" if fmt else ""
        files[proc].add(t, [head + msg + (f" {fields}" if fields else "")], lab or label(fmt))
        return t

    def start_up(proc: str, t: datetime, target: str) -> datetime:
        t = gk(
            proc,
            t,
            "info",
            "main.go:108",
            "Starting Loki",
            fields='version="(version=2.9.8, branch=HEAD, revision=ee2fb2c2c)"',
        )
        t = gk(
            proc,
            t + timedelta(milliseconds=2),
            "info",
            "server.go:322",
            "server listening on addresses",
            fields="http=[::]:3100 grpc=[::]:9095",
        )
        for mod in ["server", "memberlist-kv", "ring", "store", target]:
            t = gk(
                proc,
                t + timedelta(milliseconds=r.randrange(1, 6)),
                "info",
                "module_service.go:82",
                "initialising",
                fields=f"module={mod}",
            )
        t = gk(
            proc,
            t + timedelta(milliseconds=r.randrange(20, 80)),
            "info",
            "memberlist_client.go:542",
            "memberlist fast-join starting",
            fields=f"nodes_found={r.randrange(6, 9)} to_join=4",
        )
        t = gk(
            proc,
            t + timedelta(milliseconds=r.randrange(5, 40)),
            "info",
            "memberlist_client.go:562",
            "memberlist fast-join finished",
            fields=f"joined_nodes={r.randrange(5, 9)} elapsed_time={r.uniform(5, 60):.6f}ms",
        )
        return gk(
            proc,
            t + timedelta(milliseconds=r.randrange(30, 300)),
            "info",
            "loki.go:505",
            "Loki started",
        )

    for proc, target in [
        ("dist", "distributor"),
        ("ing0", "ingester"),
        ("ing1", "ingester"),
        ("querier", "querier"),
        ("comp", "compactor"),
    ]:
        t = start_up(proc, t0 + secs(r, 0, 4), target)
        if target == "ingester":
            t = gk(
                proc,
                t + timedelta(milliseconds=5),
                "info",
                "lifecycler.go:614",
                "not loading tokens from file, tokens file path is empty",
            )
            t = gk(
                proc,
                t + timedelta(milliseconds=5),
                "info",
                "lifecycler.go:643",
                "instance found in ring",
                fields="ring=ingester state=ACTIVE tokens=128",
            )
        if target == "compactor":
            gk(
                proc,
                t + timedelta(seconds=1),
                "info",
                "marker.go:177",
                "mark processor started",
                fields="workers=150 delay=2h0m0s",
            )

    # the ingesters: flushes, table uploads, checkpoints
    def ing_alive(proc: str, t: datetime) -> bool:
        return not (proc == "ing1" and drain <= t < ing1_up)

    for proc in ("ing0", "ing1"):
        for t in poisson(r, t0 + timedelta(minutes=1), t_end, 36):
            if not ing_alive(proc, t):
                continue
            st = r.choice(LK_STREAMS)
            fp = hexid(r, 16)
            if s3_down <= t < s3_up:
                obj = f"https://s3.eu-west-1.amazonaws.com/loki-chunks/fake/{fp}/18fe{hexid(r, 8)}:18fe{hexid(r, 8)}:{hexid(r, 8)}"
                udp = f"{ips[proc]}:{r.randrange(32768, 61000)}"
                err = f'failed to flush chunks: store put chunk: RequestError: send request failed\ncaused by: Put "{obj}": dial tcp: lookup s3.eu-west-1.amazonaws.com on 10.96.0.10:53: read udp {udp}->10.96.0.10:53: i/o timeout, num_chunks: 1, labels: {st}'
                gk(
                    proc,
                    t,
                    "error",
                    "flush.go:144",
                    "failed to flush",
                    ctx="org_id=fake",
                    fields=f"err={lf(err)}",
                )
                continue
            gk(
                proc,
                t,
                "info",
                "flush.go:167",
                "flushing stream",
                fields=f"user=fake fp={fp} immediate=false num_chunks={r.choice([1, 1, 1, 2])} labels={lf(st)}",
            )
        table = "index_19878"
        t = t0 + timedelta(seconds=r.uniform(20, 59))
        k = 0
        while t < t_end:
            if ing_alive(proc, t):
                tt = gk(
                    proc,
                    t,
                    "info",
                    "table_manager.go:136",
                    "uploading tables",
                    ctx="index-store=tsdb-2024-01-01",
                )
                tt = gk(
                    proc,
                    tt + timedelta(microseconds=r.randrange(20, 200)),
                    "info",
                    "index_set.go:86",
                    "uploading table %s",
                    table,
                )
                tt = gk(
                    proc,
                    tt + timedelta(milliseconds=r.randrange(2, 90)),
                    "info",
                    "index_set.go:107",
                    "finished uploading table %s",
                    table,
                )
                gk(
                    proc,
                    tt + timedelta(microseconds=r.randrange(20, 200)),
                    "info",
                    "index_set.go:185",
                    "cleaning up unwanted indexes from table %s",
                    table,
                )
                if k % 5 == 0:
                    ct = gk(
                        proc, t + secs(r, 1, 20), "info", "checkpoint.go:615", "starting checkpoint"
                    )
                    gk(
                        proc,
                        ct + secs(r, 0.4, 3),
                        "info",
                        "checkpoint.go:340",
                        "checkpoint done",
                        fields=f"time={r.uniform(0.4, 3):.6f}s",
                    )
            t += timedelta(seconds=60)
            k += 1

    # the drain: ingester-1 (and ingester-2, whose log is not here) go
    t = gk(
        "ing1",
        drain - timedelta(seconds=2),
        "info",
        "signals.go:55",
        "=== received SIGINT/SIGTERM ===\n*** exiting",
    )
    t = gk(
        "ing1",
        t + timedelta(milliseconds=3),
        "info",
        "lifecycler.go:576",
        "lifecycler loop() exited gracefully",
        fields="ring=ingester",
    )
    t = gk(
        "ing1",
        t + timedelta(milliseconds=3),
        "info",
        "lifecycler.go:961",
        "changing instance state from",
        fields="old_state=ACTIVE new_state=LEAVING ring=ingester",
    )
    gk(
        "ing1",
        t + timedelta(milliseconds=800),
        "info",
        "lifecycler.go:1005",
        "transfers are disabled",
    )
    for tt in poisson(r, drain, ing2_up, 6):
        peer = "ing1" if tt < ing1_up else "ing2"
        gk(
            "ing0",
            tt,
            "warn",
            "tcp_transport.go:440",
            "WriteTo failed",
            ctx='component="memberlist TCPTransport"',
            fields=f"addr={ips[peer]}:7946 err={lf(f'dial tcp {ips[peer]}:7946: i/o timeout')}",
        )
    t = start_up("ing1", ing1_up, "ingester")
    t = gk(
        "ing1",
        t + timedelta(milliseconds=4),
        "info",
        "ingester.go:431",
        "recovering from checkpoint",
    )
    t = gk(
        "ing1",
        t + secs(r, 2, 5),
        "info",
        "ingester.go:447",
        "recovered from checkpoint",
        fields=f"recovered={r.randrange(800, 2000)} errors=0 streams={r.randrange(800, 2000)} elapsed={r.uniform(2, 5):.6f}s",
    )
    t = gk(
        "ing1",
        t + timedelta(milliseconds=4),
        "info",
        "lifecycler.go:643",
        "instance not found in ring, adding with no tokens",
        fields="ring=ingester",
    )
    t = gk(
        "ing1",
        t + timedelta(milliseconds=4),
        "info",
        "lifecycler.go:483",
        "auto-joining cluster after timeout",
        fields="ring=ingester",
    )
    while t < ing2_up:
        t = gk(
            "ing1",
            t + timedelta(seconds=10),
            "warn",
            "lifecycler.go:295",
            "found an existing instance(s) with a problem in the ring, this instance cannot become ready until this problem is resolved. The /ring http endpoint on the distributor (or single binary) provides visibility into the ring.",
            fields="ring=ingester err=" + lf(f"instance {ips['ing2']}:9095 past heartbeat timeout"),
        )

    # the distributor: pushes refused
    def dskit(t: datetime, lvl: str, status: int, body_fmt: str, body: str, size: int) -> None:
        took = f"{r.uniform(0.2, 9):.6f}ms"
        text = f"POST /loki/api/v1/push ({status}) {took} Response: {goq(body + chr(10))} ws: false; Content-Length: {size}; Content-Type: application/x-protobuf; User-Agent: promtail/2.9.8; "
        lab = f"POST /loki/api/v1/push ({status}) %s Response: {goq(body_fmt + chr(10))} ws: %v; %s"
        gk(
            "dist",
            t,
            lvl,
            "logging.go:86",
            "%s",
            text,
            ctx=f"traceID={hexid(r, 16)} orgID=fake",
            lab=lab,
        )

    for t in poisson(r, at(6, 30, 5), at(6, 52), 3.2):
        n = r.randrange(1000, 4000)
        dskit(
            t,
            "warn",
            429,
            LK_PUSH_429,
            fill(LK_PUSH_429, "fake", 4194304, n, n * r.randrange(300, 900)),
            r.randrange(40000, 300000),
        )
    for t in poisson(r, drain + timedelta(seconds=1), ing1_up + timedelta(seconds=20), 1.6):
        dskit(
            t,
            "warn",
            500,
            LK_PUSH_500,
            fill(LK_PUSH_500, 2, 1, f"{ips['ing1']}:9095,{ips['ing2']}:9095"),
            r.randrange(2000, 90000),
        )
    for t in poisson(r, t0, t_end, 240):
        old = t - timedelta(days=7, seconds=r.randrange(60, 7200))
        dskit(
            t,
            "warn",
            400,
            LK_PUSH_400,
            fill(
                LK_PUSH_400,
                r.choice(LK_STREAMS[4:]),
                f"{old:%Y-%m-%dT%H:%M:%SZ}",
                f"{t - timedelta(days=7):%Y-%m-%dT%H:%M:%SZ}",
            ),
            r.randrange(900, 9000),
        )

    # the querier
    for t in poisson(r, t0 + timedelta(minutes=1), t_end, 18):
        trace = hexid(r, 16)
        ctx = f"component=querier org_id=fake traceID={trace}"
        if r.random() < 0.15:
            t = gk(
                "querier",
                t,
                "info",
                "metrics.go:217",
                "",
                ctx=ctx,
                fields=" ".join(
                    f"{k}={lf(v)}"
                    for k, v in zip(
                        LK_LABEL_KEYS,
                        [
                            "fast",
                            "labels",
                            0,
                            f"{t - timedelta(hours=1):%Y-%m-%d %H:%M:%S} +0000 UTC",
                            f"{t:%Y-%m-%d %H:%M:%S} +0000 UTC",
                            f"1h0m{r.uniform(0, 1):.3f}s",
                            f"{r.randrange(1, 900)}ms",
                            "1h0m0s",
                            f"{r.uniform(2, 60):.6f}ms",
                            200,
                            r.choice(["", "app", "namespace", "pod"]),
                            "",
                            2166136261,
                            r.randrange(3, 80),
                            0,
                            0,
                            0,
                            "0s",
                        ],
                        strict=True,
                    )
                ),
                lab=" ".join(f"{k}=%s" for k in LK_LABEL_KEYS),
            )
            continue
        q = r.choice(LK_QUERIES)
        qh = r.randrange(10**8, 4 * 10**9)
        step = r.choice(["14s", "30s", "1m0s"])
        t = gk(
            "querier",
            t,
            "info",
            "engine.go:232",
            "executing query",
            ctx=ctx,
            fields=f"type=range query={lf(q)} length=1h0m0s step={step} query_hash={qh}",
        )
        if r.random() < 0.06:
            err = r.choice(
                [
                    "rpc error: code = Canceled desc = context canceled",
                    f"rpc error: code = ResourceExhausted desc = grpc: received message larger than max ({r.randrange(4194305, 9000000)} vs. 4194304)",
                ]
            )
            gk(
                "querier",
                t + secs(r, 0.2, 25),
                "error",
                "scheduler_processor.go:208",
                "error notifying frontend about finished query",
                ctx=f"org_id=fake traceID={trace} frontend=10.42.1.9:9095",
                fields=f"err={lf(err)}",
            )
            continue
        dur = r.uniform(0.02, 6)
        lines = r.randrange(1000, 3_000_000)
        vals = [
            "slow" if dur > 10 else "fast",
            q,
            qh,
            "metric" if q.startswith(("sum", "topk")) else "filter",
            "range",
            "1h0m0s",
            f"1h0m{r.uniform(0, 1):.3f}s",
            f"{r.randrange(1, 900)}ms",
            step,
            f"{dur:.6f}s",
            200,
            1000 if not q.startswith(("sum", "topk")) else 0,
            r.randrange(0, 1000),
            f"{r.randrange(5, 900)}MB",
            f"{r.uniform(0.5, 900):.1f}MB",
            "0B",
            int(lines / dur),
            lines,
            r.randrange(0, lines),
            r.randrange(0, 1000),
            f"{r.uniform(0, 0.5):.6f}s",
            f"{r.uniform(0, 0.2):.6f}ms",
            r.randrange(0, 16),
            r.randrange(0, 32),
            r.randrange(0, 300),
            r.randrange(0, 300),
            "0B",
            f"{r.uniform(0.1, 90):.1f}MB",
            f"{r.uniform(0, 80):.6f}ms",
            0,
            0,
            "0s",
            0,
            0,
            "0s",
        ]
        gk(
            "querier",
            t + timedelta(seconds=dur),
            "info",
            "metrics.go:159",
            "",
            ctx=ctx,
            fields=" ".join(f"{k}={lf(v)}" for k, v in zip(LK_METRIC_KEYS, vals, strict=True)),
            lab=" ".join(f"{k}=%s" for k in LK_METRIC_KEYS),
        )
    # the query scheduler restarting at 07:25
    for t in poisson(r, at(7, 25, 3), at(7, 25, 50), 2.5):
        gk(
            "querier",
            t,
            "error",
            "scheduler_processor.go:106",
            "error processing requests from scheduler",
            fields=f"err={lf('rpc error: code = Unavailable desc = connection error: desc = ' + goq('transport: Error while dialing: dial tcp 10.42.1.12:9095: connect: connection refused'))} addr=10.42.1.12:9095",
        )

    # the compactor: retention every ten minutes
    t = t0 + timedelta(minutes=10, seconds=r.randrange(0, 30))
    while t < t_end:
        tt = gk("comp", t, "info", "compactor.go:519", "applying retention with compaction")
        tt = gk(
            "comp",
            tt + timedelta(milliseconds=1),
            "info",
            "expiration.go:78",
            "overall smallest retention period %s, default smallest retention period %s",
            "1716789600.000",
            "1716789600.000",
        )
        tt = gk(
            "comp",
            tt + timedelta(milliseconds=r.randrange(2, 30)),
            "info",
            "marker.go:77",
            "mark file created",
            fields=f"file=/loki/compactor/retention/markers/{int(tt.timestamp())}{r.randrange(10**8, 10**9)}",
        )
        for tab in ("index_19877", "index_19878"):
            tt = gk(
                "comp",
                tt + timedelta(milliseconds=r.randrange(5, 60)),
                "info",
                "table.go:119",
                "compacting table",
                fields=f"table-name={tab}",
            )
            tt = gk(
                "comp",
                tt + secs(r, 0.2, 4),
                "info",
                "table.go:165",
                "finished compacting table",
                fields=f"table-name={tab}",
            )
        t += timedelta(minutes=10)
    return [
        files["dist"].into(Log("loki-distributor-0.log", t0)),
        files["ing0"].into(Log("loki-ingester-0.log", t0)),
        files["ing1"].into(Log("loki-ingester-1.log", t0)),
        files["querier"].into(Log("loki-querier-0.log", t0)),
        files["comp"].into(Log("loki-compactor-0.log", t0)),
    ]


SYSTEMS = {
    "iis": iis,
    "aws-alb": alb,
    "linkerd": linkerd,
    "druid": druid,
    "loki": loki,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
