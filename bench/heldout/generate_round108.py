#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 108 (apisix, tyk, krakend, gravitee, zuul) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, through round 97's Files). Five API gateways, 06:00 to 12:00 on 2024-06-04:

- Apache APISIX 3.9 on two nodes (`apisix-1-error.log`, `apisix-2-error.log`: nginx's
  `2024/06/04 06:00:01 [warn] 47#47: *1043 [lua] healthcheck.lua:1150: log(): ...` with
  OpenResty's `[lua] file:line: func(): ` and the request's `, client: ..., server: _, request:
  "...", upstream: "...", host: "..."` or `, context: ngx.timer` after the message): start-up
  (the master's notices, each worker's `new plugins: {...}`), the active health checker
  (`unhealthy TCP increment (%d/%d) for '%s(%s:%s)'` while an orders node is down 07:10-07:40,
  `healthy SUCCESS increment` when it is back), proxy errors (refused, timed out while the
  inventory service is slow 09:20-09:40, premature closes, resets, buffered bodies, too large
  bodies), etcd unreachable 08:30-08:38 (`failed to fetch data from etcd: ...,  etcd key: %s`,
  `no healthy etcd endpoint available, next retry after %ds`, `update endpoint: %s to
  unhealthy`), scanners' TLS handshakes without a known SNI, a route whose upstream has no node
  10:30-10:45 (`failed to set upstream: no valid upstream node`), both orders nodes gone for two
  minutes (`failed to pick server: ...`), a reload of apisix-1 at 09:00.
- Tyk Gateway 5.3 in two containers (`tyk-gw-1.log`, `tyk-gw-2.log`: logrus' text formatter,
  `time="Jun 04 06:00:01" level=info msg="..." api_id=... prefix=main`, the keys sorted): start-up
  (version, Redis client, policies, APIs loaded each with `Checking security policy: Token` /
  `JWT` / `Open`, listeners, `Gateway started`), keyless clients and unknown keys (`Attempted
  access with malformed header, no auth header found.`, `Attempted access with non-existent
  key.`), rate limits and quotas, proxy errors (`http: proxy error: %s` with Go's error texts),
  the uptime checker's `Host is DOWN` / `Host is UP`, Redis restarted 08:00-08:04 (pub-sub
  reconnects, liveness checks failing), API reloads from the dashboard, tyk-gw-2 redeployed.
- KrakenD CE 2.6 in two containers (`krakend-1.log`, `krakend-2.log`: lura's basic logger
  `2024/06/04 06:00:01 KRAKEND INFO: [SERVICE: Gin] Listening on port: 8080`, level DEBUG, and
  gin's access lines `[GIN] 2024/06/04 - 06:00:01 | 200 |    1.802084ms |       10.0.5.12 | GET
  "/v1/products"`, gin's `Error #01: ...` on the line after a failed request's): start-up per
  endpoint and backend, requests of eight endpoints, JWT rejections, the rate limiter's 503s,
  the users service unreachable 07:40-07:55 with the circuit breaker going open and half-open,
  the catalog backend's timeouts, redeploys.
- Gravitee.io APIM Gateway 4.4 on two hosts (`gw1-gravitee.log`, `gw2-gravitee.log`: logback's
  `%d{HH:mm:ss.SSS} [%thread] [%X{api}] %-5level %logger{36} - %msg%n`, a time of day with no
  date, the API's id in brackets inside a request): start-up (plugins installed, repositories,
  the HTTP listener, `... started in %d ms.`), APIs deployed, updated and undeployed by the
  sync, backend failures (`Unexpected error while handling backend request: ...` with vert.x's
  and netty's texts: a slow orders backend all day, inventory refusing 07:30-07:50, the partner
  API's name unresolvable 10:00-10:20), MongoDB down 08:10-08:25 (the sync failing with a
  MongoTimeoutException and its stack, the driver's monitor), blocked event loops on gw2 (with
  the stack past 5 s), gw2 restarted.
- Netflix Zuul 1 under Spring Cloud Netflix (Hoxton, Spring Boot 2.3) in two instances
  (`zuul-1.log`, `zuul-2.log`: Boot 2's console pattern `2024-06-04 06:00:02.115  INFO 1 --- [
  main] c.e.gateway.GatewayApplication           : ...`): start-up (Tomcat, Archaius, the filter
  initializer, actuator), Ribbon's clients created on the first request of each route (`Flipping
  property: ...`, `Client: %s instantiated a LoadBalancer: ...`, `DynamicServerListLoadBalancer
  for client %s initialized: ...`), the app's filters (JWT failures with jjwt's messages, missing
  tokens, rate limits), `Error during filtering` with ZuulException's stack (`Forwarding error`
  with Ribbon's and HttpClient's causes while orders is down 07:15-07:35, `Hystrix Readed time
  out` while inventory is slow 09:30-09:50), Tomcat's `Error parsing HTTP request header` from
  TLS on the plain port, a rolling restart (graceful shutdown).

Label notes. nginx's date, level, `pid#tid: *conn`, OpenResty's `[lua] file:line: func(): `, the
request's `, client: ...` tail and `, context: ...` are context (as round 45's Kong); the
healthcheck's `[healthcheck] (upstream#...) ` prefix too. logrus' time, level and fields
(prefix, api_id, ...) are context or attributes: the label is `msg`, and an error's text inside
`msg` contributes its format (`http: proxy error: dial tcp %s: connect: connection refused`).
KrakenD's date, `KRAKEND LEVEL:` and the `[SERVICE: Gin]`, `[ENDPOINT: %s]`, `[BACKEND:
%s][CB]` scope prefixes are context (as Kafka's component prefixes); gin's access line is
labelled as the set's access lines are (round 54, and round 65's Ollama gin lines): its format
with the method, route (ids a `%s`) and status kept, and gin's `Error #01: ...` line after it
belongs to its event. Gravitee's time, thread, `[api]`, level and logger and Spring's date,
level, pid, thread and logger are context; a throwable under a message belongs to it; an
exception's text inside the message contributes its format. A word a call site picks by branch
is wording (Tyk's `Checking security policy: Token` / `JWT` / `Open`); enum names read at run
time are variables (the circuit breaker's states, Gravitee's repository scopes, the
healthcheck's `TCP` / `HTTP` / `SUCCESS`, as round 45's Kong labels have them).

Least sure (written from the helper's knowledge; only KrakenD's `Building the proxy pipe` /
`backend pipe` / `http handler`, `Starting the KrakenD instance`, `[SERVICE: Gin] Building the
router` and `Listening on port: %d`, APISIX's `failed to find valid upstream server` and `failed
to set upstream: no valid upstream node` and Tyk's Redis and start-up lines were checked against
copies of sources or real logs): APISIX's `failed to fetch data from etcd` spacing, `no healthy
etcd endpoint available, next retry after %ds`, `update endpoint: %s to unhealthy`, `failed to
fetch ssl config: failed to find SNI: ...` and the `load(): new plugins:` level; Tyk's `Host is
DOWN` / `Host is UP` wording, `Key quota limit exceeded.`, the reload's `reload: initiating` /
`reload: complete` lines, `Gateway started`, `Stop signal received.` and which fields each line
carries; KrakenD's `Starting KrakenD v%s`, `Registering usage stats for Cluster ID '%s'`, the
JWTValidator and rate limiter lines, `Creating the circuit breaker named '%s'`, `Router execution
ended` and whether gin's `Error #01:` line follows every failed request; Gravitee's start and stop
lines, `Install plugin: %s [%s]`, `%d apis synchronized in %dms`, `Unexpected error while
handling backend request: %s`, `An error occurs while synchronizing APIs` and its thread names;
Zuul's app filters (the gateway's own code) and the Ribbon lines' long descriptions.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import at, poisson
from generate_round97 import Files, ms, sec

CLIENTS = [
    f"10.0.{a}.{b}"
    for a, b in [(5, 12), (5, 31), (5, 77), (6, 9), (6, 140), (7, 21), (7, 88), (8, 15), (9, 3)]
]
PUBLIC = ["81.2.69.142", "89.160.20.112", "175.16.199.23", "2.125.160.216", "67.43.156.9"]
SCANNERS = ["203.0.113.45", "198.51.100.77", "192.0.2.191"]


def pick_path(r: random.Random, p: str) -> str:
    return (
        p.replace("{n}", str(r.randint(1000, 99999)))
        .replace("{u}", uuid4(r))
        .replace("{h}", hexid(r, 8))
    )


# ------------------------------------------------------------------------------------ apisix

AX_PLUGINS = '{"real-ip":true,"ai":true,"client-control":true,"proxy-control":true,"request-id":true,"zipkin":true,"ext-plugin-pre-req":true,"fault-injection":true,"mocking":true,"serverless-pre-function":true,"cors":true,"ip-restriction":true,"ua-restriction":true,"referer-restriction":true,"csrf":true,"uri-blocker":true,"request-validation":true,"chaitin-waf":true,"multi-auth":true,"openid-connect":true,"cas-auth":true,"authz-casbin":true,"authz-casdoor":true,"wolf-rbac":true,"ldap-auth":true,"hmac-auth":true,"basic-auth":true,"jwt-auth":true,"jwe-decrypt":true,"key-auth":true,"consumer-restriction":true,"forward-auth":true,"opa":true,"authz-keycloak":true,"proxy-cache":true,"body-transformer":true,"proxy-mirror":true,"proxy-rewrite":true,"workflow":true,"api-breaker":true,"limit-conn":true,"limit-count":true,"limit-req":true,"gzip":true,"server-info":true,"traffic-split":true,"redirect":true,"response-rewrite":true,"degraphql":true,"kafka-proxy":true,"grpc-transcode":true,"grpc-web":true,"http-dubbo":true,"public-api":true,"prometheus":true,"datadog":true,"loki-logger":true,"elasticsearch-logger":true,"echo":true,"loggly":true,"http-logger":true,"splunk-hec-logging":true,"skywalking-logger":true,"google-cloud-logging":true,"sls-logger":true,"tcp-logger":true,"kafka-logger":true,"rocketmq-logger":true,"syslog":true,"udp-logger":true,"file-logger":true,"clickhouse-logger":true,"tencent-cloud-cls":true,"inspect":true,"example-plugin":true,"aws-lambda":true,"azure-functions":true,"openwhisk":true,"openfunction":true,"serverless-post-function":true,"ext-plugin-post-req":true,"ext-plugin-post-resp":true}'
AX_ROUTES = [
    ("api.shop.example.com", "GET", "/api/orders/{n}", "orders"),
    ("api.shop.example.com", "POST", "/api/orders", "orders"),
    ("api.shop.example.com", "GET", "/api/inventory/{n}", "inventory"),
    ("api.shop.example.com", "GET", "/api/inventory?sku={n}", "inventory"),
    ("api.shop.example.com", "POST", "/api/uploads/invoices", "docs"),
    ("api.shop.example.com", "GET", "/api/catalog/items?page={n}", "catalog"),
]
AX_UPS = {
    "orders": ["10.0.2.21:8080", "10.0.2.22:8080"],
    "inventory": ["10.0.2.31:9000", "10.0.2.32:9000"],
    "docs": ["10.0.2.41:8000"],
    "catalog": ["10.0.2.51:8080", "10.0.2.52:8080"],
}
AX_KEYS = [
    "/apisix/routes",
    "/apisix/upstreams",
    "/apisix/services",
    "/apisix/ssls",
    "/apisix/consumers",
    "/apisix/global_rules",
    "/apisix/plugin_metadata",
]


def apisix(r: random.Random) -> list[Log]:
    """Two APISIX nodes in front of four upstreams, etcd for configuration, 06:00 to 12:00."""
    fs = Files()
    workers = {"apisix-1": [44, 45, 46, 47], "apisix-2": [41, 42, 43, 44]}

    def L(
        h: str, t: datetime, pid: int, level: str, label: str, msg: str, c: bool = True
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            cn = ""
            if c:
                cn = f"*{int((x - at(6, 0)).total_seconds() * 2.7) + r.randint(1, 9)} "
            return [f"{x:%Y/%m/%d %H:%M:%S} [{level}] {pid}#{pid}: {cn}{msg}"]

        return fs.add(f"{h}-error.log", t, label, text, (h, pid), 1000)

    def req_tail(route: tuple[str, str, str, str], node: str, client: str) -> tuple[str, str]:
        host, method, path, _ = route
        p = pick_path(r, path)
        return (
            f', client: {client}, server: _, request: "{method} {p} HTTP/1.1", upstream: "http://{node}{p.split("?")[0]}", host: "{host}"',
            f', client: {client}, server: _, request: "{method} {p} HTTP/1.1", host: "{host}"',
        )

    def start(h: str, t: datetime, reload: bool = False) -> None:
        if not reload:
            t = L(
                h,
                t,
                1,
                "notice",
                'using the "%s" event method',
                'using the "epoll" event method',
                False,
            )
            t = L(h, t, 1, "notice", "openresty/1.21.4.2", "openresty/1.21.4.2", False)
            t = L(h, t, 1, "notice", "OS: %s %s", "OS: Linux 5.15.0-1061-aws", False)
            t = L(
                h,
                t,
                1,
                "notice",
                "getrlimit(RLIMIT_NOFILE): %d:%d",
                "getrlimit(RLIMIT_NOFILE): 1048576:1048576",
                False,
            )
        t = L(h, t, 1, "notice", "start worker processes", "start worker processes", False)
        for w in workers[h]:
            t = L(h, t, 1, "notice", "start worker process %d", f"start worker process {w}", False)
        for w in workers[h]:
            L(
                h,
                t + sec(r.uniform(0.05, 0.4)),
                w,
                "warn",
                "new plugins: %s",
                f"[lua] plugin.lua:202: load(): new plugins: {AX_PLUGINS}, context: init_worker_by_lua*",
            )

    t0, t_end = at(6, 0), at(12, 0)
    for h in workers:
        start(h, t0 + sec(r.uniform(1, 3)))

    # apisix-1 reloaded at 09:00
    h = "apisix-1"
    t = at(9, 0, 5)
    t = L(
        h,
        t,
        1,
        "notice",
        "signal %d (%s) received from %d, reconfiguring",
        "signal 1 (SIGHUP) received from 28714, reconfiguring",
        False,
    )
    t = L(h, t, 1, "notice", "reconfiguring", "reconfiguring", False)
    old = workers[h]
    workers[h] = [28716, 28717, 28718, 28719]
    start(h, t, reload=True)
    for w in old:
        tt = L(
            h,
            t + sec(0.5),
            w,
            "notice",
            "gracefully shutting down",
            "gracefully shutting down",
            False,
        )
        tt = L(h, tt + sec(r.uniform(1, 3)), w, "notice", "exiting", "exiting", False)
        L(h, tt, w, "notice", "exit", "exit", False)
    tt = t + sec(4)
    for w in old:
        tt = L(
            h,
            tt + sec(r.uniform(0.1, 0.5)),
            1,
            "notice",
            "signal %d (%s) received from %d",
            f"signal 17 (SIGCHLD) received from {w}",
            False,
        )
        tt = L(
            h,
            tt,
            1,
            "notice",
            "%s %d exited with code %d",
            f"worker process {w} exited with code 0",
            False,
        )

    def wk(h: str, t: datetime) -> int:
        ws = (
            workers[h]
            if not (h == "apisix-1" and t >= at(9, 0, 5))
            else [28716, 28717, 28718, 28719]
        )
        if h == "apisix-1" and t < at(9, 0, 5):
            ws = [44, 45, 46, 47]
        return r.choice(ws)

    # active health checks of the orders nodes: 10.0.2.22 down 07:10-07:40, .21 too 07:25-07:27
    for h in workers:
        up = "orders"
        t = at(7, 10, r.randint(1, 9))
        n = 0
        while t < at(7, 40, 30):
            n += 1
            for node in ["10.0.2.22:8080"] + (
                ["10.0.2.21:8080"] if at(7, 25) <= t < at(7, 27) else []
            ):
                ip, port = node.split(":")
                L(
                    h,
                    t,
                    wk(h, t),
                    "warn",
                    "unhealthy %s increment (%d/%d) for '%s(%s:%s)'",
                    f"[lua] healthcheck.lua:1150: log(): [healthcheck] (upstream#/apisix/upstreams/{up}) unhealthy TCP increment ({min(n, 2)}/2) for '{ip}({ip}:{port})', context: ngx.timer",
                )
            t += sec(10)
        for k in (1, 2):
            L(
                h,
                t + sec(10 * (k - 1)),
                wk(h, t),
                "warn",
                "healthy %s increment (%d/%d) for '%s(%s:%s)'",
                f"[lua] healthcheck.lua:1150: log(): [healthcheck] (upstream#/apisix/upstreams/{up}) healthy SUCCESS increment ({k}/2) for '10.0.2.22(10.0.2.22:8080)', context: ngx.timer",
            )
        L(
            h,
            at(7, 27, 10),
            wk(h, at(7, 27, 10)),
            "warn",
            "healthy %s increment (%d/%d) for '%s(%s:%s)'",
            "[lua] healthcheck.lua:1150: log(): [healthcheck] (upstream#/apisix/upstreams/orders) healthy SUCCESS increment (1/2) for '10.0.2.21(10.0.2.21:8080)', context: ngx.timer",
        )
        L(
            h,
            at(7, 27, 20),
            wk(h, at(7, 27, 20)),
            "warn",
            "healthy %s increment (%d/%d) for '%s(%s:%s)'",
            "[lua] healthcheck.lua:1150: log(): [healthcheck] (upstream#/apisix/upstreams/orders) healthy SUCCESS increment (2/2) for '10.0.2.21(10.0.2.21:8080)', context: ngx.timer",
        )
        # requests refused before the checker marks the node down, and when both are down
        for t in poisson(r, at(7, 10), at(7, 10, 25), 1.5):
            full, _ = req_tail(r.choice(AX_ROUTES[:2]), "10.0.2.22:8080", r.choice(PUBLIC))
            L(
                h,
                t,
                wk(h, t),
                "error",
                "connect() failed (111: Connection refused) while connecting to upstream",
                "connect() failed (111: Connection refused) while connecting to upstream" + full,
            )
        for t in poisson(r, at(7, 25, 5), at(7, 27, 10), 2.5):
            _, short = req_tail(r.choice(AX_ROUTES[:2]), "", r.choice(PUBLIC))
            L(
                h,
                t,
                wk(h, t),
                "error",
                "failed to pick server: failed to find valid upstream server, all upstream servers tried",
                "[lua] balancer.lua:356: run(): failed to pick server: failed to find valid upstream server, all upstream servers tried"
                + short,
            )
    # inventory slow 09:20-09:40
    for h in workers:
        for t in poisson(r, at(9, 20), at(9, 40), 8):
            route = r.choice(AX_ROUTES[2:4])
            full, _ = req_tail(route, r.choice(AX_UPS["inventory"]), r.choice(PUBLIC))
            L(
                h,
                t,
                wk(h, t),
                "error",
                "upstream timed out (110: Connection timed out) while reading response header from upstream",
                "upstream timed out (110: Connection timed out) while reading response header from upstream"
                + full,
            )
    # background errors all morning
    for h in workers:
        for t in poisson(r, t0 + sec(30), t_end, 45):
            x = r.random()
            route = r.choice(AX_ROUTES)
            node = r.choice(AX_UPS[route[3]])
            full, short = req_tail(route, node, r.choice(PUBLIC + CLIENTS))
            if x < 0.45:
                full, short = req_tail(AX_ROUTES[4], AX_UPS["docs"][0], r.choice(PUBLIC))
                L(
                    h,
                    t,
                    wk(h, t),
                    "warn",
                    "a client request body is buffered to a temporary file %s",
                    f"a client request body is buffered to a temporary file /usr/local/apisix/client_body_temp/{r.randint(1, 9999999):010d}"
                    + short,
                )
            elif x < 0.65:
                L(
                    h,
                    t,
                    wk(h, t),
                    "error",
                    "upstream prematurely closed connection while reading response header from upstream",
                    "upstream prematurely closed connection while reading response header from upstream"
                    + full,
                )
            elif x < 0.85:
                L(
                    h,
                    t,
                    wk(h, t),
                    "error",
                    "recv() failed (104: Connection reset by peer) while reading response header from upstream",
                    "recv() failed (104: Connection reset by peer) while reading response header from upstream"
                    + full,
                )
            else:
                full, short = req_tail(AX_ROUTES[4], AX_UPS["docs"][0], r.choice(PUBLIC))
                L(
                    h,
                    t,
                    wk(h, t),
                    "error",
                    "client intended to send too large body: %d bytes",
                    f"client intended to send too large body: {r.randint(10_500_000, 80_000_000)} bytes"
                    + short,
                )
    # scanners' TLS handshakes
    for h in workers:
        for t in poisson(r, t0 + sec(60), t_end, 110):
            c = r.choice(SCANNERS)
            if r.random() < 0.5:
                name = r.choice(
                    [
                        "www.example.org",
                        "localhost",
                        "mail.shop-example.net",
                        "test.invalid",
                        "admin.example.com",
                    ]
                )
                L(
                    h,
                    t,
                    wk(h, t),
                    "error",
                    "failed to find any SSL certificate by SNI: %s",
                    f"[lua] radixtree_sni.lua:196: match_and_set(): failed to find any SSL certificate by SNI: {name}, context: ssl_certificate_by_lua*, client: {c}, server: 0.0.0.0:9443",
                )
            else:
                L(
                    h,
                    t,
                    wk(h, t),
                    "warn",
                    "failed to fetch ssl config: failed to find SNI: please check if the client requests via IP or uses an outdated protocol. If you need to report an issue, provide a packet capture file of the TLS handshake.",
                    f"[lua] init.lua:196: ssl_client_hello_phase(): failed to fetch ssl config: failed to find SNI: please check if the client requests via IP or uses an outdated protocol. If you need to report an issue, provide a packet capture file of the TLS handshake., context: ssl_client_hello_by_lua*, client: {c}, server: 0.0.0.0:9443",
                )
    # etcd unreachable 08:30-08:38 (hung the first minute, then refusing)
    for h in workers:
        L(
            h,
            at(8, 30, 4),
            wk(h, at(8, 30, 4)),
            "warn",
            "update endpoint: %s to unhealthy",
            "[lua] health_check.lua:97: report_failure(): update endpoint: http://etcd-0.etcd:2379 to unhealthy, context: ngx.timer",
        )
        for t in poisson(r, at(8, 30), at(8, 38), 3.5):
            key = r.choice(AX_KEYS)
            x = r.random()
            if t < at(8, 31):
                L(
                    h,
                    t,
                    wk(h, t),
                    "error",
                    "failed to fetch data from etcd: timeout,  etcd key: %s",
                    f"[lua] config_etcd.lua:659: failed to fetch data from etcd: timeout,  etcd key: {key}, context: ngx.timer",
                )
            elif x < 0.6:
                L(
                    h,
                    t,
                    wk(h, t),
                    "error",
                    "failed to fetch data from etcd: connection refused,  etcd key: %s",
                    f"[lua] config_etcd.lua:659: failed to fetch data from etcd: connection refused,  etcd key: {key}, context: ngx.timer",
                )
            else:
                L(
                    h,
                    t,
                    wk(h, t),
                    "error",
                    "no healthy etcd endpoint available, next retry after %ds",
                    f"[lua] config_etcd.lua:609: no healthy etcd endpoint available, next retry after {r.choice([2, 4, 8, 16, 32])}s, context: ngx.timer",
                )
    # a route whose upstream has no node, 10:30-10:45
    for h in workers:
        for t in poisson(r, at(10, 30), at(10, 45), 9):
            c = r.choice(PUBLIC)
            p = pick_path(r, r.choice(["/api/legacy/invoices/{n}", "/api/legacy/customers/{n}"]))
            L(
                h,
                t,
                wk(h, t),
                "error",
                "failed to set upstream: no valid upstream node",
                f'[lua] init.lua:540: http_access_phase(): failed to set upstream: no valid upstream node, client: {c}, server: _, request: "GET {p} HTTP/1.1", host: "api.shop.example.com"',
            )
    return fs.logs(t0)


# ---------------------------------------------------------------------------------------- tyk

TYK_APIS = [
    ("8f3c2a91d0e74b5c9a1e6f2b7c4d8e01", "Orders API", "Token", "orders.internal:8080"),
    ("1b7e4c2f9a0d43e8b6c5d2a1f0e9c8b7", "Inventory API", "Token", "inventory.internal:9000"),
    ("c2d9e1f04a8b47c6a5e3d2b1c0f9e8d7", "Payments API", "JWT", "payments.internal:8443"),
    ("5a6b7c8d9e0f41a2b3c4d5e6f7a8b9c0", "Public Catalog", "Open", "catalog.internal:8080"),
    ("e4f5a6b7c8d94e0fa1b2c3d4e5f6a7b8", "Partner Feed", "Token", "partner-feed.internal:7000"),
]
TYK_ORG = "5e9d9544a1dcd60001d0ed20"
TYK_PATHS = {
    "Orders API": ["/orders/{n}", "/orders", "/orders/{n}/items"],
    "Inventory API": ["/inventory/{n}", "/inventory?sku={n}"],
    "Payments API": ["/payments/{u}", "/payments"],
    "Public Catalog": ["/catalog/items?page={n}", "/catalog/items/{n}"],
    "Partner Feed": ["/feed/prices", "/feed/stock"],
}


def logrus_value(v: str) -> str:
    ok = all(c.isalnum() or c in "-._/@^+" for c in v) and v != ""
    return v if ok else '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tyk(r: random.Random) -> list[Log]:
    """Two Tyk gateways (open source, file-based APIs, Redis), 06:00 to 12:00."""
    fs = Files()

    def L(g: str, t: datetime, level: str, label: str, msg: str, **fields: str) -> datetime:
        kv = "".join(f" {k}={logrus_value(v)}" for k, v in sorted(fields.items()))

        def text(x: datetime) -> list[str]:
            return [f'time="{x:%b %d %H:%M:%S}" level={level} msg={logrus_value(msg)}{kv}']

        return fs.add(f"{g}.log", t, label, text, g, 1000)

    def api_f(a: tuple[str, str, str, str]) -> dict[str, str]:
        return {"api_id": a[0], "api_name": a[1], "org_id": TYK_ORG}

    def load_apis(g: str, t: datetime) -> datetime:
        t = L(
            g, t, "info", "Policies found (%d total):", "Policies found (4 total):", prefix="main"
        )
        t = L(g, t, "info", "Detected %d APIs", f"Detected {len(TYK_APIS)} APIs", prefix="main")
        t = L(
            g,
            t,
            "info",
            "Loading API configurations.",
            "Loading API configurations.",
            prefix="main",
        )
        for a in TYK_APIS:
            t = L(g, t, "info", "Loading API", "Loading API", prefix="gateway", **api_f(a))
            t = L(
                g,
                t,
                "info",
                f"Checking security policy: {a[2]}",
                f"Checking security policy: {a[2]}",
                prefix="gateway",
                **api_f(a),
            )
            t = L(
                g,
                t,
                "info",
                "API Loaded",
                "API Loaded",
                prefix="gateway",
                server_name=f"http://{a[3]}",
                **api_f(a),
            )
        return L(g, t, "info", "API reload complete", "API reload complete", prefix="main")

    def start(g: str, t: datetime) -> None:
        t = L(g, t, "info", "Tyk API Gateway %s", "Tyk API Gateway v5.3.3", prefix="main")
        t = L(
            g,
            t + sec(0.01),
            "info",
            "--> [REDIS] Creating single-node client",
            "--> [REDIS] Creating single-node client",
        )
        t = L(
            g,
            t,
            "warning",
            "The control_api_port should be changed for production",
            "The control_api_port should be changed for production",
            prefix="main",
        )
        t = L(
            g,
            t,
            "info",
            "--> Standard listener (http)",
            "--> Standard listener (http)",
            port=":8080",
            prefix="main",
        )
        t = load_apis(g, t + sec(0.2))
        L(g, t + sec(0.3), "info", "Gateway started", "Gateway started", prefix="main")

    t0, t_end = at(6, 0), at(12, 0)
    gws = ["tyk-gw-1", "tyk-gw-2"]
    for g in gws:
        start(g, t0 + sec(r.uniform(1, 4)))
    down = (at(10, 5), at(10, 6, 30))  # tyk-gw-2 redeployed

    def alive(g: str, t: datetime) -> bool:
        return not (g == "tyk-gw-2" and down[0] <= t < down[1])

    # clients: keyless calls, unknown keys, rate limits, quotas
    for g in gws:
        for t in poisson(r, t0 + sec(20), t_end, 30):
            if not alive(g, t) or at(8, 0) <= t < at(8, 4):
                continue
            a = r.choice([x for x in TYK_APIS if x[2] == "Token"])
            path = pick_path(r, r.choice(TYK_PATHS[a[1]]))
            who = r.choice(PUBLIC + CLIENTS)
            x = r.random()
            f = {"mw": "AuthKey", "origin": who, "path": path.split("?")[0], **api_f(a)}
            if x < 0.42:
                L(
                    g,
                    t,
                    "info",
                    "Attempted access with malformed header, no auth header found.",
                    "Attempted access with malformed header, no auth header found.",
                    **f,
                )
            elif x < 0.72:
                L(
                    g,
                    t,
                    "info",
                    "Attempted access with non-existent key.",
                    "Attempted access with non-existent key.",
                    key="****" + hexid(r, 4),
                    **f,
                )
            elif x < 0.93:
                f["mw"] = "RateLimitAndQuotaCheck"
                L(
                    g,
                    t,
                    "info",
                    "Key rate limit exceeded.",
                    "Key rate limit exceeded.",
                    key="****" + hexid(r, 4),
                    **f,
                )
            else:
                f["mw"] = "RateLimitAndQuotaCheck"
                L(
                    g,
                    t,
                    "info",
                    "Key quota limit exceeded.",
                    "Key quota limit exceeded.",
                    key="****" + hexid(r, 4),
                    **f,
                )
        # JWT failures on the payments API
        for t in poisson(r, t0 + sec(60), t_end, 200):
            if not alive(g, t):
                continue
            a = TYK_APIS[2]
            L(
                g,
                t,
                "info",
                "Attempted JWT access with non-existent key.",
                "Attempted JWT access with non-existent key.",
                mw="JWTMiddleware",
                origin=r.choice(PUBLIC),
                path="/payments",
                **api_f(a),
            )
    # proxy errors: clients going away all morning, partner feed timeouts, inventory refused 07:30-07:45
    for g in gws:
        for t in poisson(r, t0 + sec(60), t_end, 240):
            if not alive(g, t):
                continue
            a = r.choice(TYK_APIS)
            L(
                g,
                t,
                "error",
                "http: proxy error: context canceled",
                "http: proxy error: context canceled",
                prefix="proxy",
                server_name=a[3],
                user_id="-",
                user_ip=r.choice(PUBLIC),
                path=pick_path(r, r.choice(TYK_PATHS[a[1]])).split("?")[0],
                **api_f(a),
            )
        for t in poisson(r, at(9, 10), at(9, 35), 15):
            a = TYK_APIS[4]
            L(
                g,
                t,
                "error",
                "http: proxy error: net/http: timeout awaiting response headers",
                "http: proxy error: net/http: timeout awaiting response headers",
                prefix="proxy",
                server_name=a[3],
                user_id=hexid(r, 8),
                user_ip=r.choice(PUBLIC),
                path=r.choice(TYK_PATHS[a[1]]),
                **api_f(a),
            )
        for t in poisson(r, at(7, 30), at(7, 45), 8):
            a = TYK_APIS[1]
            L(
                g,
                t,
                "error",
                "http: proxy error: dial tcp %s: connect: connection refused",
                f"http: proxy error: dial tcp 10.0.2.{r.choice([31, 32])}:9000: connect: connection refused",
                prefix="proxy",
                server_name=a[3],
                user_id=hexid(r, 8),
                user_ip=r.choice(CLIENTS),
                path=pick_path(r, r.choice(TYK_PATHS[a[1]])).split("?")[0],
                **api_f(a),
            )
        # uptime checks
        for t in poisson(r, at(7, 30), at(7, 45), 30):
            L(
                g,
                t,
                "warning",
                "[HOST CHECKER MANAGER] Host is DOWN: %s",
                f"[HOST CHECKER MANAGER] Host is DOWN: http://inventory.internal:9000/{r.choice(['health', 'ready'])}",
                prefix="host-check-mgr",
            )
        L(
            g,
            at(7, 45, r.randint(5, 25)),
            "info",
            "[HOST CHECKER MANAGER] Host is UP: %s",
            "[HOST CHECKER MANAGER] Host is UP: http://inventory.internal:9000/health",
            prefix="host-check-mgr",
        )
        # Redis restarted 08:00-08:04
        for t in poisson(r, at(8, 0), at(8, 4), 3):
            x = r.random()
            if x < 0.4:
                L(
                    g,
                    t,
                    "error",
                    "Connection to Redis failed, reconnect in 10s",
                    "Connection to Redis failed, reconnect in 10s",
                    error="storage: Redis is either down or was not configured",
                    prefix="pub-sub",
                )
            elif x < 0.7:
                L(
                    g,
                    t,
                    "warning",
                    "Reconnecting storage: Redis is either down or was not configured",
                    "Reconnecting storage: Redis is either down or was not configured",
                    prefix="pub-sub",
                )
            else:
                L(
                    g,
                    t,
                    "error",
                    "Redis health check failed",
                    "Redis health check failed",
                    error="storage: Redis is either down or was not configured",
                    **{"liveness-check": "true"},
                    prefix="main",
                )
        L(
            g,
            at(8, 4, 9),
            "info",
            "--> [REDIS] Creating single-node client",
            "--> [REDIS] Creating single-node client",
        )
    # API reloads from the dashboard's git sync
    for hh, mm in [(6, 40), (8, 50), (10, 20), (11, 35)]:
        for g in gws:
            t = at(hh, mm, 2) + sec(r.uniform(0, 0.5))
            if not alive(g, t):
                continue
            t = L(g, t, "info", "Reloading endpoints", "Reloading endpoints", prefix="pub-sub")
            t = L(
                g, t + sec(0.1), "info", "reload: initiating", "reload: initiating", prefix="main"
            )
            load_apis(g, t)
    # tyk-gw-2 redeployed
    L("tyk-gw-2", down[0], "info", "Stop signal received.", "Stop signal received.", prefix="main")
    start("tyk-gw-2", down[1])
    return fs.logs(t0)


# ------------------------------------------------------------------------------------ krakend

KD_ENDPOINTS = [
    ("GET", "/v1/products", ["/catalog/products"], "/v1/products?page={n}", 30),
    (
        "GET",
        "/v1/products/:id",
        ["/catalog/products/{{.Id}}", "/stock/{{.Id}}"],
        "/v1/products/{n}",
        30,
    ),
    ("GET", "/v1/me", ["/users/me"], "/v1/me", 10),
    ("GET", "/v1/orders/:id", ["/orders/{{.Id}}"], "/v1/orders/{n}", 8),
    ("POST", "/v1/orders", ["/orders"], "/v1/orders", 5),
    ("GET", "/v1/cart", ["/cart"], "/v1/cart", 9),
    ("POST", "/v1/login", ["/auth/login"], "/v1/login", 4),
    ("GET", "/__health", [], "/__health", 12),
]
KD_JWT = {"/v1/me", "/v1/orders/:id", "/v1/orders", "/v1/cart"}


def go_duration(x: float) -> str:
    """A time.Duration's String() for `x` seconds (at nanosecond resolution)."""
    ns = round(x * 1e9)
    if ns < 1000:
        return f"{ns}ns"
    for unit, scale in (("µs", 1000), ("ms", 1_000_000), ("s", 1_000_000_000)):
        if ns < scale * 1000 or unit == "s":
            whole, frac = divmod(ns, scale)
            digits = len(str(scale)) - 1
            f = f"{frac:0{digits}d}".rstrip("0")
            return f"{whole}.{f}{unit}" if f else f"{whole}{unit}"
    raise AssertionError


def krakend(r: random.Random) -> list[Log]:
    """Two KrakenD containers (debug level) before five backends, 06:00 to 12:00."""
    fs = Files()

    def K(
        f: str, t: datetime, level: str, label: str, msg: str, cont: list[str] | None = None
    ) -> datetime:
        return fs.add(
            f"{f}.log",
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %H:%M:%S} KRAKEND {level}: {msg}"] + (cont or []),
            (f, "k"),
            1000,
        )

    def gin(
        f: str,
        t: datetime,
        status: int,
        method: str,
        route: str,
        path: str,
        lat: float,
        ip: str,
        errs: list[str],
    ) -> None:
        ls = go_duration(lat)
        label_route = path if route == "%s" else route.replace(":id", "%s")
        label = f'[GIN] %v | {status:3d} | %13v | %15s | {method:<7s}  "{label_route}"'
        cont = [f"Error #{i + 1:02d}: {e}" for i, e in enumerate(errs)]
        fs.add(
            f"{f}.log",
            t,
            label,
            lambda x: [
                f'[GIN] {x:%Y/%m/%d - %H:%M:%S} | {status:3d} | {ls:>13s} | {ip:>15s} | {method:<7s}  "{path}"',
                *cont,
            ],
            (f, "gin"),
            1000,
        )

    def start(f: str, t: datetime) -> datetime:
        t = K(f, t, "INFO", "Starting KrakenD v%s", "Starting KrakenD v2.6.2")
        t = K(f, t, "INFO", "Starting the KrakenD instance", "Starting the KrakenD instance")
        for _, ep, backends, _, _ in KD_ENDPOINTS:
            t = K(
                f,
                t,
                "DEBUG",
                "Building the proxy pipe",
                f"[ENDPOINT: {ep}] Building the proxy pipe",
            )
            for b in backends or ["/__health"]:
                t = K(
                    f,
                    t,
                    "DEBUG",
                    "Building the backend pipe",
                    f"[BACKEND: {b}] Building the backend pipe",
                )
                if b.startswith("/users") or b.startswith("/catalog"):
                    t = K(
                        f,
                        t,
                        "INFO",
                        "Creating the circuit breaker named '%s'",
                        f"[BACKEND: {b}][CB] Creating the circuit breaker named '{'cb-users' if b.startswith('/users') else 'cb-catalog'}'",
                    )
            t = K(
                f,
                t,
                "DEBUG",
                "Building the http handler",
                f"[ENDPOINT: {ep}] Building the http handler",
            )
            if ep in KD_JWT:
                t = K(
                    f,
                    t,
                    "INFO",
                    "Validator enabled for this endpoint",
                    f"[ENDPOINT: {ep}][JWTValidator] Validator enabled for this endpoint",
                )
            else:
                t = K(
                    f,
                    t,
                    "INFO",
                    "Validator disabled for this endpoint",
                    f"[ENDPOINT: {ep}][JWTValidator] Validator disabled for this endpoint",
                )
        return K(f, t, "INFO", "Listening on port: %d", "[SERVICE: Gin] Listening on port: 8080")

    t0, t_end = at(6, 0), at(12, 0)
    fl = ["krakend-1", "krakend-2"]
    for f in fl:
        start(f, t0 + sec(r.uniform(1, 3)))
    deploys = {"krakend-1": at(10, 40), "krakend-2": at(10, 42)}
    for f in fl:
        t = deploys[f]
        K(f, t, "INFO", "Router execution ended", "[SERVICE: Gin] Router execution ended")
        start(f, t + sec(7))

    users_down = (at(7, 40), at(7, 55))
    cb_open: dict[str, list[tuple[datetime, datetime]]] = {f: [] for f in fl}
    cb = "Circuit breaker named '%s' went from '%s' to '%s'"
    pre = "[BACKEND: /users/me][CB] Circuit breaker named 'cb-users' went from"
    for f in fl:
        # the circuit breaker on /users while the users service is down: open 30 s, half-open,
        # open again at the first failed probe, closed once the service answers
        t = users_down[0] + sec(r.uniform(10, 20))
        K(f, t, "WARNING", cb, f"{pre} 'closed' to 'open'")
        while True:
            cb_open[f].append((t, t + sec(30)))
            t += sec(30)
            K(f, t, "WARNING", cb, f"{pre} 'open' to 'half-open'")
            t += sec(r.uniform(0.2, 3))
            if t >= users_down[1]:
                K(f, t, "WARNING", cb, f"{pre} 'half-open' to 'closed'")
                break
            K(f, t, "WARNING", cb, f"{pre} 'half-open' to 'open'")

    weights = [e[4] for e in KD_ENDPOINTS]
    for f in fl:
        for t in poisson(r, t0 + sec(10), t_end, 18.5):
            if deploys[f] <= t < deploys[f] + sec(9):
                continue
            method, ep, backends, pattern, _ = r.choices(KD_ENDPOINTS, weights)[0]
            path = pick_path(r, pattern)
            ip = "10.0.1.5" if ep == "/__health" else r.choice(CLIENTS)
            lat = r.lognormvariate(-4.2, 0.8)
            status, errs = 200, []
            if ep == "/v1/login" and method == "POST":
                status = 200
            if ep in KD_JWT and method == "GET" and r.random() < 0.08:
                status, lat = 401, r.uniform(0.00005, 0.0004)
            elif (
                ep in {"/v1/products", "/v1/login"}
                and at(9, 5) <= t < at(9, 12)
                and r.random() < 0.6
            ):
                status, lat, errs = 503, r.uniform(0.00002, 0.0001), ["ERROR: rate limit exceeded"]
            elif ep == "/v1/me" and users_down[0] <= t < users_down[1] + sec(20):
                if any(a <= t < b for a, b in cb_open[f]):
                    status, lat, errs = 500, r.uniform(0.00003, 0.0002), ["circuit breaker is open"]
                else:
                    status, lat = 500, r.uniform(0.001, 0.01)
                    errs = [
                        f'Get "http://users-svc:8080/users/me": dial tcp 10.0.2.{r.choice([61, 62])}:8080: connect: connection refused'
                    ]
            elif (
                backends
                and backends[0].startswith("/catalog")
                and at(9, 40) <= t < at(10, 0)
                and r.random() < 0.5
            ):
                status, lat, errs = 500, r.uniform(2.999, 3.02), ["context deadline exceeded"]
            elif ep == "/v1/products/:id" and r.random() < 0.03:
                status, errs = 500, ["invalid status code"]
            if status == 200 and ep == "/v1/orders" and method == "POST":
                status = 200
            gin(f, t, status, method, ep, path, lat, ip, errs)
        # scanners on unknown paths
        for t in poisson(r, t0 + sec(60), t_end, 260):
            path = r.choice(["/.env", "/wp-login.php", "/.git/config"])
            gin(f, t, 404, "GET", "%s", path, r.uniform(0.000002, 0.00002), r.choice(SCANNERS), [])
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- gravitee

GV_PLUGINS = [
    ("policy-apikey", "io.gravitee.policy.apikey.ApiKeyPolicy"),
    ("policy-jwt", "io.gravitee.policy.jwt.JWTPolicy"),
    ("policy-oauth2", "io.gravitee.policy.oauth2.Oauth2Policy"),
    ("policy-keyless", "io.gravitee.policy.keyless.KeylessPolicy"),
    ("policy-ratelimit", "io.gravitee.policy.ratelimit.RateLimitPolicy"),
    ("policy-quota", "io.gravitee.policy.quota.QuotaPolicy"),
    ("policy-spikearrest", "io.gravitee.policy.spike.SpikeArrestPolicy"),
    ("policy-cache", "io.gravitee.policy.cache.CachePolicy"),
    ("policy-transformheaders", "io.gravitee.policy.transformheaders.TransformHeadersPolicy"),
    ("policy-groovy", "io.gravitee.policy.groovy.GroovyPolicy"),
    ("policy-ipfiltering", "io.gravitee.policy.ipfiltering.IPFilteringPolicy"),
    ("policy-json-validation", "io.gravitee.policy.jsonvalidation.JsonValidationPolicy"),
    (
        "endpoint-http-proxy",
        "io.gravitee.plugin.endpoint.http.proxy.HttpProxyEndpointConnectorFactory",
    ),
    (
        "entrypoint-http-proxy",
        "io.gravitee.plugin.entrypoint.http.proxy.HttpProxyEntrypointConnectorFactory",
    ),
    ("reporter-elasticsearch", "io.gravitee.reporter.elasticsearch.ElasticsearchReporter"),
    ("reporter-file", "io.gravitee.reporter.file.FileReporter"),
    ("resource-cache", "io.gravitee.resource.cache.CacheResource"),
    (
        "resource-oauth2-provider-keycloak",
        "io.gravitee.resource.oauth2.keycloak.OAuth2KeycloakResource",
    ),
    ("service-discovery-consul", "io.gravitee.discovery.consul.ConsulServiceDiscovery"),
    (
        "apim-gateway-service-healthcheck",
        "io.gravitee.gateway.services.healthcheck.EndpointHealthcheckService",
    ),
    ("node-monitoring", "io.gravitee.node.monitoring.NodeMonitoringService"),
    ("tracer-opentelemetry", "io.gravitee.tracer.opentelemetry.OpenTelemetryTracer"),
]
GV_APIS = [
    (uuid4(random.Random("gv-api-1")), "Orders", "2.1"),
    (uuid4(random.Random("gv-api-2")), "Inventory", "1.4"),
    (uuid4(random.Random("gv-api-3")), "Partner Prices", "1.0"),
    (uuid4(random.Random("gv-api-4")), "Customer Profile", "3.0"),
    (uuid4(random.Random("gv-api-5")), "Shipping Quotes", "1.2"),
    (uuid4(random.Random("gv-api-6")), "Loyalty", "0.9"),
]
MONGO_TIMEOUT = "com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=REPLICA_SET, servers=[{address=mongo-0.mongo:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused}}]"


def gravitee(r: random.Random) -> list[Log]:
    """Two Gravitee APIM 4.4 gateways, MongoDB for management, Redis for rate limits."""
    fs = Files()

    def G(
        h: str,
        t: datetime,
        thread: str,
        api: str,
        level: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{h}-gravitee.log",
            t,
            label,
            lambda x: (
                [f"{x:%H:%M:%S}.{ms(x)} [{thread}] [{api}] {level:<5s} {logger} - {msg}"]
                + (cont or [])
            ),
            (h, thread),
            1000,
        )

    def start(h: str, t: datetime, pid: int) -> datetime:
        nid = uuid4(r)
        n = "graviteeio-node"
        t = G(
            h,
            t,
            "main",
            "",
            "INFO",
            "i.g.n.c.spring.SpringBasedContainer",
            "Starting Gravitee.io - API Gateway...",
            "Starting Gravitee.io - API Gateway...",
        )
        t = G(
            h,
            t + sec(0.4),
            n,
            "",
            "INFO",
            "i.g.p.c.internal.PluginRegistryImpl",
            "Loading plugins from %s",
            "Loading plugins from /opt/graviteeio-gateway/plugins",
        )
        for p, c in GV_PLUGINS:
            t = G(
                h,
                t + sec(r.uniform(0.01, 0.08)),
                n,
                "",
                "INFO",
                "i.g.p.c.i.AbstractSimplePluginHandler",
                "Install plugin: %s [%s]",
                f"Install plugin: {p} [{c}]",
            )
        t = G(
            h,
            t + sec(0.1),
            n,
            "",
            "INFO",
            "i.g.p.r.i.RepositoryPluginHandler",
            "Register a new repository plugin: %s [%s]",
            "Register a new repository plugin: repository-mongodb [io.gravitee.repository.mongodb.MongoRepository]",
        )
        t = G(
            h,
            t + sec(0.1),
            n,
            "",
            "INFO",
            "i.g.p.r.i.RepositoryPluginHandler",
            "Register a new repository plugin: %s [%s]",
            "Register a new repository plugin: repository-redis [io.gravitee.repository.redis.RedisRepository]",
        )
        t = G(
            h,
            t + sec(0.5),
            f"cluster-ClusterId{{value='{hexid(r, 24)}', description='null'}}-mongo-0.mongo:27017",
            "",
            "INFO",
            "org.mongodb.driver.cluster",
            "Monitor thread successfully connected to server with description %s",
            "Monitor thread successfully connected to server with description ServerDescription{address=mongo-0.mongo:27017, type=REPLICA_SET_PRIMARY, state=CONNECTED, ok=true, minWireVersion=0, maxWireVersion=21, maxDocumentSize=16777216, logicalSessionTimeoutMinutes=30, roundTripTimeNanos=2314551, setName='rs0', canonicalAddress=mongo-0.mongo:27017, hosts=[mongo-0.mongo:27017, mongo-1.mongo:27017], passives=[], arbiters=[], primary='mongo-0.mongo:27017', tagSet=TagSet{[]}, electionId=7fffffff0000000000000012, setVersion=3, topologyVersion=null, lastWriteDate=Tue Jun 04 06:00:05 UTC 2024, lastUpdateTimeNanos=8812231}",
        )
        for scope, by in [
            ("MANAGEMENT", "mongodb"),
            ("RATE_LIMIT", "redis"),
            ("DISTRIBUTED_SYNC", "mongodb"),
        ]:
            t = G(
                h,
                t + sec(0.05),
                n,
                "",
                "INFO",
                "i.g.p.r.i.RepositoryPluginHandler",
                "Repository [%s] loaded by %s",
                f"Repository [{scope}] loaded by {by}",
            )
        t = G(
            h,
            t + sec(1.2),
            "vert.x-eventloop-thread-0",
            "",
            "INFO",
            "i.g.g.r.s.vertx.HttpProtocolVerticle",
            "HTTP listener ready to accept requests on port %d",
            "HTTP listener ready to accept requests on port 8082",
        )
        t = G(
            h,
            t + sec(0.3),
            n,
            "",
            "INFO",
            "i.g.node.container.AbstractNode",
            "%s id[%s] version[%s] pid[%s] build[%s] jvm[%s/%s/%s] started in %d ms.",
            f"Gravitee.io - API Gateway id[{nid}] version[4.4.5] pid[{pid}] build[{r.randint(900, 999)}#{hexid(r, 40)}] jvm[Eclipse Adoptium/OpenJDK 64-Bit Server VM/21.0.3+9-LTS] started in {r.randint(6800, 9400)} ms.",
        )
        t0s = t + sec(0.8)
        for a in GV_APIS:
            t0s = G(
                h,
                t0s + sec(r.uniform(0.01, 0.05)),
                "gio.sync-deployer-1",
                "",
                "INFO",
                "i.g.g.h.a.m.impl.ApiManagerImpl",
                "API id[%s] name[%s] version[%s] has been deployed",
                f"API id[{a[0]}] name[{a[1]}] version[{a[2]}] has been deployed",
            )
        t0s = G(
            h,
            t0s + sec(0.02),
            "gio.sync-1",
            "",
            "INFO",
            "i.g.g.s.s.p.r.s.a.ApiSynchronizer",
            "%d apis synchronized in %dms",
            f"{len(GV_APIS)} apis synchronized in {r.randint(150, 900)}ms",
        )
        t0s = G(
            h,
            t0s + sec(0.02),
            "gio.sync-1",
            "",
            "INFO",
            "i.g.g.s.s.p.r.s.s.SubscriptionSynchronizer",
            "%d subscriptions synchronized in %dms",
            f"{r.randint(140, 160)} subscriptions synchronized in {r.randint(50, 300)}ms",
        )
        t0s = G(
            h,
            t0s + sec(0.02),
            "gio.sync-1",
            "",
            "INFO",
            "i.g.g.s.s.p.r.s.a.ApiKeySynchronizer",
            "%d api keys synchronized in %dms",
            f"{r.randint(300, 340)} api keys synchronized in {r.randint(50, 300)}ms",
        )
        return t0s

    def stop(h: str, t: datetime, pid: int) -> datetime:
        n = "Thread-3"
        t = G(
            h,
            t,
            n,
            "",
            "INFO",
            "i.g.n.c.spring.SpringBasedContainer",
            "Shutting-down Gravitee.io - API Gateway...",
            "Shutting-down Gravitee.io - API Gateway...",
        )
        for a in GV_APIS:
            t = G(
                h,
                t + sec(r.uniform(0.005, 0.02)),
                n,
                "",
                "INFO",
                "i.g.g.h.a.m.impl.ApiManagerImpl",
                "API id[%s] name[%s] version[%s] has been undeployed",
                f"API id[{a[0]}] name[{a[1]}] version[{a[2]}] has been undeployed",
            )
        return G(
            h,
            t + sec(0.4),
            n,
            "",
            "INFO",
            "i.g.node.container.AbstractNode",
            "%s id[%s] version[%s] pid[%s] build[%s] jvm[%s/%s/%s] stopped in %d ms.",
            f"Gravitee.io - API Gateway id[{uuid4(r)}] version[4.4.5] pid[{pid}] build[951#{hexid(r, 40)}] jvm[Eclipse Adoptium/OpenJDK 64-Bit Server VM/21.0.3+9-LTS] stopped in {r.randint(400, 2200)} ms.",
        )

    t0, t_end = at(6, 0), at(12, 0)
    hosts = ["gw1", "gw2"]
    for h in hosts:
        start(h, t0 + sec(r.uniform(1, 3)), 1)
    restart = (at(11, 0, 3), at(11, 0, 21))
    stop("gw2", restart[0], 1)
    start("gw2", restart[1], 1)

    def up(h: str, t: datetime) -> bool:
        return not (h == "gw2" and restart[0] <= t < restart[1] + sec(12))

    loops = [f"vert.x-eventloop-thread-{i}" for i in range(4)]
    conn_lg = "i.g.c.h.v.c.h.VertxHttpClientConnection"
    for h in hosts:
        # a slow orders backend all day
        for t in poisson(r, t0 + sec(30), t_end, 40):
            if not up(h, t):
                continue
            a = GV_APIS[0]
            p = pick_path(r, r.choice(["/orders/{n}", "/orders", "/orders/{n}/lines"]))
            G(
                h,
                t,
                r.choice(loops),
                a[0],
                "ERROR",
                conn_lg,
                "Unexpected error while handling backend request: The timeout period of %dms has been exceeded while executing %s %s for server %s",
                f"Unexpected error while handling backend request: The timeout period of 10000ms has been exceeded while executing {r.choice(['GET', 'GET', 'POST'])} {p} for server orders-svc:8080",
            )
        # clients going away
        for t in poisson(r, t0 + sec(30), t_end, 120):
            if not up(h, t):
                continue
            a = r.choice(GV_APIS)
            G(
                h,
                t,
                r.choice(loops),
                a[0],
                "ERROR",
                conn_lg,
                "Unexpected error while handling backend request: Connection was closed",
                "Unexpected error while handling backend request: Connection was closed",
            )
        # inventory refusing 07:30-07:50
        for t in poisson(r, at(7, 30), at(7, 50), 5):
            a = GV_APIS[1]
            G(
                h,
                t,
                r.choice(loops),
                a[0],
                "ERROR",
                conn_lg,
                "Unexpected error while handling backend request: Connection refused: %s",
                f"Unexpected error while handling backend request: Connection refused: inventory-svc/10.0.2.{r.choice([31, 32])}:9000",
            )
        # the partner API's name unresolvable 10:00-10:20
        for t in poisson(r, at(10, 0), at(10, 20), 6):
            a = GV_APIS[2]
            G(
                h,
                t,
                r.choice(loops),
                a[0],
                "ERROR",
                conn_lg,
                "Unexpected error while handling backend request: Failed to resolve '%s' [A(1)] after %d queries",
                f"Unexpected error while handling backend request: Failed to resolve 'prices.partner.example.net' [A(1)] after {r.choice([2, 4])} queries",
            )
        # MongoDB down 08:10-08:25
        mt = f"cluster-ClusterId{{value='{hexid(r, 24)}', description='null'}}-mongo-0.mongo:27017"
        G(
            h,
            at(8, 10, r.randint(1, 9)),
            mt,
            "",
            "INFO",
            "org.mongodb.driver.cluster",
            "Exception in monitor thread while connecting to server %s",
            "Exception in monitor thread while connecting to server mongo-0.mongo:27017",
            [
                "com.mongodb.MongoSocketOpenException: Exception opening socket",
                "\tat com.mongodb.internal.connection.SocketStream.lambda$open$0(SocketStream.java:85)",
                "\tat java.base/java.util.Optional.orElseThrow(Optional.java:403)",
                "\tat com.mongodb.internal.connection.SocketStream.open(SocketStream.java:85)",
                "\tat com.mongodb.internal.connection.InternalStreamConnection.open(InternalStreamConnection.java:233)",
                "\tat com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitor.lookupServerDescription(DefaultServerMonitor.java:219)",
                "\tat com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitor.run(DefaultServerMonitor.java:176)",
                "Caused by: java.net.ConnectException: Connection refused",
                "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)",
                "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:549)",
                "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:592)",
                "\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
                "\tat java.base/java.net.Socket.connect(Socket.java:751)",
                "\tat com.mongodb.internal.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:76)",
                "\tat com.mongodb.internal.connection.SocketStream.initializeSocket(SocketStream.java:104)",
                "\tat com.mongodb.internal.connection.SocketStream.open(SocketStream.java:79)",
                "\t... 3 common frames omitted",
            ],
        )
        t = at(8, 10, 40) + sec(r.uniform(0, 5))
        while t < at(8, 25):
            G(
                h,
                t,
                "gio.sync-1",
                "",
                "ERROR",
                "i.g.g.s.s.process.DefaultSyncManager",
                "An error occurs while synchronizing APIs",
                "An error occurs while synchronizing APIs",
                [
                    MONGO_TIMEOUT,
                    "\tat com.mongodb.internal.connection.BaseCluster.createTimeoutException(BaseCluster.java:380)",
                    "\tat com.mongodb.internal.connection.BaseCluster.selectServer(BaseCluster.java:125)",
                    "\tat com.mongodb.internal.connection.AbstractMultiServerCluster.selectServer(AbstractMultiServerCluster.java:54)",
                    "\tat com.mongodb.internal.binding.ClusterBinding.getReadConnectionSource(ClusterBinding.java:119)",
                    "\tat com.mongodb.client.internal.ClientSessionBinding.getConnectionSource(ClientSessionBinding.java:128)",
                    "\tat com.mongodb.internal.operation.FindOperation.execute(FindOperation.java:258)",
                    "\tat com.mongodb.client.internal.MongoIterableImpl.iterator(MongoIterableImpl.java:78)",
                    "\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2881)",
                    "\tat io.gravitee.repository.mongodb.management.internal.event.EventMongoRepositoryImpl.searchLatest(EventMongoRepositoryImpl.java:132)",
                    "\tat io.gravitee.repository.mongodb.management.MongoEventLatestRepository.search(MongoEventLatestRepository.java:61)",
                    "\tat io.gravitee.gateway.services.sync.process.repository.fetcher.LatestEventFetcher.fetchLatest(LatestEventFetcher.java:71)",
                    "\tat io.reactivex.rxjava3.internal.operators.flowable.FlowableGenerate$GeneratorSubscription.request(FlowableGenerate.java:109)",
                    "\t... 18 common frames omitted",
                ],
            )
            t += sec(30 + r.uniform(4, 6))
        G(
            h,
            at(8, 25, r.randint(2, 9)),
            mt,
            "",
            "INFO",
            "org.mongodb.driver.cluster",
            "Monitor thread successfully connected to server with description %s",
            "Monitor thread successfully connected to server with description ServerDescription{address=mongo-0.mongo:27017, type=REPLICA_SET_PRIMARY, state=CONNECTED, ok=true, minWireVersion=0, maxWireVersion=21, maxDocumentSize=16777216, logicalSessionTimeoutMinutes=30, roundTripTimeNanos=3981204, setName='rs0', canonicalAddress=mongo-0.mongo:27017, hosts=[mongo-0.mongo:27017, mongo-1.mongo:27017], passives=[], arbiters=[], primary='mongo-0.mongo:27017', tagSet=TagSet{[]}, electionId=7fffffff0000000000000013, setVersion=3, topologyVersion=null, lastWriteDate=Tue Jun 04 08:25:01 UTC 2024, lastUpdateTimeNanos=9927710231}",
        )
        # APIs redeployed by the sync
        for hh, mm in [(6, 45), (9, 5), (9, 50), (11, 30)]:
            t = at(hh, mm, r.randint(1, 9))
            if not up(h, t):
                continue
            a = r.choice(GV_APIS)
            G(
                h,
                t,
                "gio.sync-deployer-1",
                "",
                "INFO",
                "i.g.g.h.a.m.impl.ApiManagerImpl",
                "API id[%s] name[%s] version[%s] has been updated",
                f"API id[{a[0]}] name[{a[1]}] version[{a[2]}] has been updated",
            )
    # blocked event loops on gw2 10:40-10:43
    for t in poisson(r, at(10, 40), at(10, 43), 1.5):
        th = r.choice(loops)
        b = r.randint(2001, 7800)
        cont = []
        if b > 5000:
            cont = [
                "io.vertx.core.VertxException: Thread blocked",
                "\tat java.base/java.util.regex.Pattern$Loop.match(Pattern.java:4840)",
                "\tat java.base/java.util.regex.Pattern$GroupTail.match(Pattern.java:4899)",
                "\tat java.base/java.util.regex.Pattern$BmpCharProperty.match(Pattern.java:4012)",
                "\tat java.base/java.util.regex.Matcher.match(Matcher.java:1784)",
                "\tat io.gravitee.policy.jsonvalidation.JsonValidationPolicy.validate(JsonValidationPolicy.java:118)",
                "\tat io.gravitee.gateway.reactive.policy.adapter.policy.PolicyAdapter.onRequest(PolicyAdapter.java:74)",
                "\tat io.gravitee.gateway.reactive.policy.PolicyChain.executePolicy(PolicyChain.java:148)",
                "\tat io.vertx.core.impl.EventLoopContext.emit(EventLoopContext.java:86)",
                "\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
                "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
            ]
        G(
            "gw2",
            t,
            "vertx-blocked-thread-checker",
            "",
            "WARN",
            "i.v.core.impl.BlockedThreadChecker",
            "Thread %s has been blocked for %d ms, time limit is %d ms",
            f"Thread Thread[#{r.randint(40, 60)},{th},5,main] has been blocked for {b} ms, time limit is 2000 ms",
            cont,
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------------- zuul

ZU_ROUTES = [
    ("orders", "GET", "/api/orders/{n}"),
    ("orders", "POST", "/api/orders"),
    ("inventory", "GET", "/api/inventory/{n}"),
    ("accounts", "GET", "/api/accounts/me"),
    ("catalog", "GET", "/api/catalog/items"),
]


def zuul(r: random.Random) -> list[Log]:
    """Two Zuul 1 gateways (Spring Cloud Netflix Hoxton.SR12 on Spring Boot 2.3.12)."""
    fs = Files()
    pid = {"zuul-1": 1, "zuul-2": 1}

    def Z(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        th = thread[-15:]
        lg = logger[-40:]
        return fs.add(
            f"{f}.log",
            t,
            label,
            lambda x: (
                [
                    f"{x:%Y-%m-%d %H:%M:%S}.{ms(x)} {level:>5s} {pid[f]} --- [{th:>15s}] {lg:<40s} : {msg}"
                ]
                + (cont or [])
            ),
            (f, thread),
            1000,
        )

    def start(f: str, t: datetime) -> None:
        m = "main"
        app = "c.e.gateway.GatewayApplication"
        t = Z(
            f,
            t,
            "INFO",
            m,
            app,
            "Starting %s v%s on %s with PID %d (%s started by %s in %s)",
            f"Starting GatewayApplication v1.8.3 on {f}-{hexid(r, 9)}-{hexid(r, 5)} with PID {pid[f]} (/app/gateway.jar started by spring in /app)",
        )
        t = Z(
            f,
            t + sec(0.003),
            "INFO",
            m,
            app,
            "The following profiles are active: %s",
            "The following profiles are active: prod",
        )
        t = Z(
            f,
            t + sec(1.3),
            "INFO",
            m,
            "o.s.cloud.context.scope.GenericScope",
            "BeanFactory id=%s",
            f"BeanFactory id={uuid4(r)}",
        )
        t = Z(
            f,
            t + sec(0.6),
            "INFO",
            m,
            "o.s.b.w.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port(s): %d (%s)",
            "Tomcat initialized with port(s): 8080 (http)",
        )
        t = Z(
            f,
            t + sec(0.01),
            "INFO",
            m,
            "o.apache.catalina.core.StandardService",
            "Starting service [%s]",
            "Starting service [Tomcat]",
        )
        t = Z(
            f,
            t + sec(0.001),
            "INFO",
            m,
            "org.apache.catalina.core.StandardEngine",
            "Starting Servlet engine: [%s]",
            "Starting Servlet engine: [Apache Tomcat/9.0.46]",
        )
        t = Z(
            f,
            t + sec(0.07),
            "INFO",
            m,
            "o.a.c.c.C.[Tomcat].[localhost].[/]",
            "Initializing Spring embedded WebApplicationContext",
            "Initializing Spring embedded WebApplicationContext",
        )
        t = Z(
            f,
            t + sec(0.001),
            "INFO",
            m,
            "w.s.c.ServletWebServerApplicationContext",
            "Root WebApplicationContext: initialization completed in %d ms",
            f"Root WebApplicationContext: initialization completed in {r.randint(2100, 2900)} ms",
        )
        for _ in range(2):
            t = Z(
                f,
                t + sec(0.05),
                "INFO",
                m,
                "c.n.c.sources.URLConfigurationSource",
                "To enable URLs as dynamic configuration sources, define System property archaius.configurationSource.additionalUrls or make config.properties available on classpath.",
                "To enable URLs as dynamic configuration sources, define System property archaius.configurationSource.additionalUrls or make config.properties available on classpath.",
            )
        t = Z(
            f,
            t + sec(0.01),
            "INFO",
            m,
            "c.netflix.config.DynamicPropertyFactory",
            "DynamicPropertyFactory is initialized with configuration sources: %s",
            f"DynamicPropertyFactory is initialized with configuration sources: com.netflix.config.ConcurrentCompositeConfiguration@{hexid(r, 8)}",
        )
        t = Z(
            f,
            t + sec(0.3),
            "INFO",
            m,
            "o.s.c.n.zuul.ZuulFilterInitializer",
            "Starting filter initializer",
            "Starting filter initializer",
        )
        t = Z(
            f,
            t + sec(0.2),
            "INFO",
            m,
            "o.s.b.a.e.web.EndpointLinksResolver",
            "Exposing %d endpoint(s) beneath base path '%s'",
            "Exposing 3 endpoint(s) beneath base path '/actuator'",
        )
        t = Z(
            f,
            t + sec(0.1),
            "INFO",
            m,
            "o.s.b.w.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port(s): %d (%s) with context path '%s'",
            "Tomcat started on port(s): 8080 (http) with context path ''",
        )
        Z(
            f,
            t + sec(0.01),
            "INFO",
            m,
            app,
            "Started %s in %s seconds (JVM running for %s)",
            f"Started GatewayApplication in {(st := r.uniform(7, 9)):.3f} seconds (JVM running for {st + r.uniform(0.8, 1.5):.3f})",
        )

    def first_request(f: str, t: datetime, exec_th: str, client: str) -> datetime:
        hy = f"hystrix-{client}-1"
        t = Z(
            f,
            t,
            "INFO",
            hy,
            "c.netflix.config.ChainedDynamicProperty",
            "Flipping property: %s.ribbon.ActiveConnectionsLimit to use NEXT property: niws.loadbalancer.availabilityFilteringRule.activeConnectionsLimit = %d",
            f"Flipping property: {client}.ribbon.ActiveConnectionsLimit to use NEXT property: niws.loadbalancer.availabilityFilteringRule.activeConnectionsLimit = 2147483647",
        )
        t = Z(
            f,
            t + sec(0.004),
            "INFO",
            hy,
            "c.n.u.concurrent.ShutdownEnabledTimer",
            "Shutdown hook installed for: %s",
            f"Shutdown hook installed for: NFLoadBalancer-PingTimer-{client}",
        )
        t = Z(
            f,
            t + sec(0.001),
            "INFO",
            hy,
            "c.netflix.loadbalancer.BaseLoadBalancer",
            "Client: %s instantiated a LoadBalancer: %s",
            f"Client: {client} instantiated a LoadBalancer: DynamicServerListLoadBalancer:{{NFLoadBalancer:name={client},current list of Servers=[],Load balancer stats=Zone stats: {{}},Server stats: []}}ServerList:null",
        )
        t = Z(
            f,
            t + sec(0.002),
            "INFO",
            hy,
            "c.n.l.DynamicServerListLoadBalancer",
            "Using serverListUpdater %s",
            "Using serverListUpdater PollingServerListUpdater",
        )
        servers = {
            "orders": ["orders-svc:8080"],
            "inventory": ["inventory-svc:9000"],
            "accounts": ["accounts-svc:8080"],
            "catalog": ["catalog-svc:8080"],
        }[client]
        stats = "".join(
            f"[Server:{s};\tZone:UNKNOWN;\tTotal Requests:0;\tSuccessive connection failure:0;\tTotal blackout seconds:0;\tLast connection made:Thu Jan 01 00:00:00 UTC 1970;\tFirst connection made: Thu Jan 01 00:00:00 UTC 1970;\tActive Connections:0;\tTotal failure count in last (1000) msecs:0;\taverage resp time:0.0;\t90 percentile resp time:0.0;\t95 percentile resp time:0.0;\tmin resp time:0.0;\tmax resp time:0.0;\tstddev resp time:0.0]"
            for s in servers
        )
        return Z(
            f,
            t + sec(0.003),
            "INFO",
            hy,
            "c.n.l.DynamicServerListLoadBalancer",
            "DynamicServerListLoadBalancer for client %s initialized: %s",
            f"DynamicServerListLoadBalancer for client {client} initialized: DynamicServerListLoadBalancer:{{NFLoadBalancer:name={client},current list of Servers=[{', '.join(servers)}],Load balancer stats=Zone stats: {{unknown=[Zone:unknown;\tInstance count:{len(servers)};\tActive connections count: 0;\tCircuit breaker tripped count: 0;\tActive connections per server: 0.0;]",
            [
                f"}},Server stats: [{stats}",
                f"]}}ServerList:org.springframework.cloud.netflix.ribbon.PropertiesServerList@{hexid(r, 8)}",
            ],
        )

    def zuul_exc(kind: str, client: str) -> list[str]:
        head_fwd = [
            "com.netflix.zuul.exception.ZuulException: Forwarding error",
            "\tat org.springframework.cloud.netflix.zuul.filters.route.RibbonRoutingFilter.handleException(RibbonRoutingFilter.java:198) ~[spring-cloud-netflix-zuul-2.2.10.RELEASE.jar!/:2.2.10.RELEASE]",
            "\tat org.springframework.cloud.netflix.zuul.filters.route.RibbonRoutingFilter.forward(RibbonRoutingFilter.java:173) ~[spring-cloud-netflix-zuul-2.2.10.RELEASE.jar!/:2.2.10.RELEASE]",
            "\tat org.springframework.cloud.netflix.zuul.filters.route.RibbonRoutingFilter.run(RibbonRoutingFilter.java:119) ~[spring-cloud-netflix-zuul-2.2.10.RELEASE.jar!/:2.2.10.RELEASE]",
            "\tat com.netflix.zuul.ZuulFilter.runFilter(ZuulFilter.java:117) ~[zuul-core-1.3.1.jar!/:1.3.1]",
            "\tat com.netflix.zuul.FilterProcessor.processZuulFilter(FilterProcessor.java:193) ~[zuul-core-1.3.1.jar!/:1.3.1]",
            "\tat com.netflix.zuul.FilterProcessor.runFilters(FilterProcessor.java:157) ~[zuul-core-1.3.1.jar!/:1.3.1]",
            "\tat com.netflix.zuul.FilterProcessor.route(FilterProcessor.java:118) ~[zuul-core-1.3.1.jar!/:1.3.1]",
            "\tat com.netflix.zuul.ZuulRunner.route(ZuulRunner.java:96) ~[zuul-core-1.3.1.jar!/:1.3.1]",
            "\tat com.netflix.zuul.http.ZuulServlet.route(ZuulServlet.java:116) ~[zuul-core-1.3.1.jar!/:1.3.1]",
            "\tat com.netflix.zuul.http.ZuulServlet.service(ZuulServlet.java:81) ~[zuul-core-1.3.1.jar!/:1.3.1]",
            "\tat org.springframework.web.servlet.mvc.ServletWrappingController.handleRequestInternal(ServletWrappingController.java:166) ~[spring-webmvc-5.2.15.RELEASE.jar!/:5.2.15.RELEASE]",
            "\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1063) ~[spring-webmvc-5.2.15.RELEASE.jar!/:5.2.15.RELEASE]",
            "\tat java.base/java.lang.Thread.run(Thread.java:829) ~[na:na]",
        ]
        if kind == "noserver":
            return [
                *head_fwd,
                f"Caused by: com.netflix.client.ClientException: Load balancer does not have available server for client: {client}",
                "\tat com.netflix.loadbalancer.LoadBalancerContext.getServerFromLoadBalancer(LoadBalancerContext.java:483) ~[ribbon-loadbalancer-2.3.0.jar!/:2.3.0]",
                "\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$1.call(LoadBalancerCommand.java:184) ~[ribbon-loadbalancer-2.3.0.jar!/:2.3.0]",
                "\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$1.call(LoadBalancerCommand.java:180) ~[ribbon-loadbalancer-2.3.0.jar!/:2.3.0]",
                "\t... 133 common frames omitted",
            ]
        if kind == "refused":
            return [
                *head_fwd,
                f"Caused by: org.apache.http.conn.HttpHostConnectException: Connect to {client}-svc:8080 [{client}-svc/10.0.2.21] failed: Connection refused (Connection refused)",
                "\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:156) ~[httpclient-4.5.13.jar!/:4.5.13]",
                "\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:376) ~[httpclient-4.5.13.jar!/:4.5.13]",
                "\tat org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:393) ~[httpclient-4.5.13.jar!/:4.5.13]",
                "\t... 166 common frames omitted",
                "Caused by: java.net.ConnectException: Connection refused (Connection refused)",
                "\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:na]",
                "\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:412) ~[na:na]",
                "\tat java.base/java.net.Socket.connect(Socket.java:609) ~[na:na]",
                "\t... 179 common frames omitted",
            ]
        return [
            "com.netflix.zuul.exception.ZuulException: Hystrix Readed time out",
            "\tat org.springframework.cloud.netflix.zuul.filters.route.RibbonRoutingFilter.handleException(RibbonRoutingFilter.java:190) ~[spring-cloud-netflix-zuul-2.2.10.RELEASE.jar!/:2.2.10.RELEASE]",
            *head_fwd[2:],
            f"Caused by: com.netflix.hystrix.exception.HystrixRuntimeException: {client} timed-out and no fallback available.",
            "\tat com.netflix.hystrix.AbstractCommand$22.call(AbstractCommand.java:822) ~[hystrix-core-1.5.18.jar!/:1.5.18]",
            "\tat com.netflix.hystrix.AbstractCommand$22.call(AbstractCommand.java:807) ~[hystrix-core-1.5.18.jar!/:1.5.18]",
            "\t... 128 common frames omitted",
            "Caused by: java.util.concurrent.TimeoutException: null",
            "\tat com.netflix.hystrix.AbstractCommand.handleTimeoutViaFallback(AbstractCommand.java:997) ~[hystrix-core-1.5.18.jar!/:1.5.18]",
            "\t... 18 common frames omitted",
        ]

    t0, t_end = at(6, 0), at(12, 0)
    fl = ["zuul-1", "zuul-2"]
    inited: set[tuple[str, bool, str]] = set()
    for f in fl:
        start(f, t0 + sec(r.uniform(1, 4)))
    restarts = {"zuul-1": at(10, 10), "zuul-2": at(10, 14)}

    def alive(f: str, t: datetime) -> bool:
        return not (restarts[f] <= t < restarts[f] + sec(14))

    for f, t in restarts.items():
        t = Z(
            f,
            t,
            "INFO",
            "SpringContextShutdownHook",
            "o.s.b.w.e.tomcat.GracefulShutdown",
            "Commencing graceful shutdown. Waiting for active requests to complete",
            "Commencing graceful shutdown. Waiting for active requests to complete",
        )
        t = Z(
            f,
            t + sec(0.5),
            "INFO",
            "tomcat-shutdown",
            "o.s.b.w.e.tomcat.GracefulShutdown",
            "Graceful shutdown complete",
            "Graceful shutdown complete",
        )
        start(f, t + sec(3.05))

    def exec_th() -> str:
        return f"http-nio-8080-exec-{r.randint(1, 200)}"

    for f in fl:
        for t in poisson(r, t0 + sec(15), t_end, 6.5):
            if not alive(f, t):
                continue
            client, method, path = r.choice(ZU_ROUTES)
            p = pick_path(r, path)
            th = exec_th()
            key = (f, t >= restarts[f], client)
            if key not in inited:
                inited.add(key)
                if sum(1 for k in inited if k[:2] == key[:2]) == 1:
                    t = Z(
                        f,
                        t,
                        "INFO",
                        th,
                        "o.a.c.c.C.[Tomcat].[localhost].[/]",
                        "Initializing Spring DispatcherServlet '%s'",
                        "Initializing Spring DispatcherServlet 'dispatcherServlet'",
                    )
                    t = Z(
                        f,
                        t + sec(0.001),
                        "INFO",
                        th,
                        "o.s.web.servlet.DispatcherServlet",
                        "Initializing Servlet '%s'",
                        "Initializing Servlet 'dispatcherServlet'",
                    )
                    t = Z(
                        f,
                        t + sec(0.002),
                        "INFO",
                        th,
                        "o.s.web.servlet.DispatcherServlet",
                        "Completed initialization in %d ms",
                        f"Completed initialization in {r.randint(1, 4)} ms",
                    )
                first_request(f, t + sec(0.01), th, client)
                continue
            x = r.random()
            auth = "c.e.gateway.filters.JwtAuthFilter"
            if client == "orders" and at(7, 15) <= t < at(7, 35):
                Z(
                    f,
                    t + sec(0.002 if t < at(7, 16) else 0.001),
                    "WARN",
                    th,
                    "o.s.c.n.z.filters.post.SendErrorFilter",
                    "Error during filtering",
                    "Error during filtering",
                    zuul_exc("refused" if t < at(7, 16) else "noserver", client),
                )
            elif client == "inventory" and at(9, 30) <= t < at(9, 50):
                Z(
                    f,
                    t + sec(1),
                    "WARN",
                    th,
                    "o.s.c.n.z.filters.post.SendErrorFilter",
                    "Error during filtering",
                    "Error during filtering",
                    zuul_exc("timeout", client),
                )
            elif x < 0.18:
                Z(
                    f,
                    t,
                    "WARN",
                    th,
                    auth,
                    "Missing bearer token for %s %s",
                    f"Missing bearer token for {method} {p}",
                )
            elif x < 0.30:
                exp = t.replace(microsecond=0) - sec(r.randint(60, 7200))
                diff = int((t - exp).total_seconds() * 1000)
                Z(
                    f,
                    t,
                    "WARN",
                    th,
                    auth,
                    "JWT validation failed for %s %s: JWT expired at %s. Current time: %s, a difference of %d milliseconds.  Allowed clock skew: %d milliseconds.",
                    f"JWT validation failed for {method} {p}: JWT expired at {exp:%Y-%m-%dT%H:%M:%S}Z. Current time: {t:%Y-%m-%dT%H:%M:%S}Z, a difference of {diff} milliseconds.  Allowed clock skew: 0 milliseconds.",
                )
            elif x < 0.33:
                Z(
                    f,
                    t,
                    "WARN",
                    th,
                    auth,
                    "JWT validation failed for %s %s: JWT signature does not match locally computed signature. JWT validity cannot be asserted and should not be trusted.",
                    f"JWT validation failed for {method} {p}: JWT signature does not match locally computed signature. JWT validity cannot be asserted and should not be trusted.",
                )
            elif x < 0.36 or (at(8, 40) <= t < at(8, 50) and x < 0.8):
                Z(
                    f,
                    t,
                    "WARN",
                    th,
                    "c.e.gateway.filters.RateLimitFilter",
                    "Rate limit exceeded for client %s on route %s",
                    f"Rate limit exceeded for client {r.choice(['mobile-app', 'partner-acme', 'web-frontend', 'batch-exporter'])} on route {client}",
                )
        # TLS on the plain port: Tomcat logs the first parse error of each run at INFO, the rest at DEBUG
        for t in [t0 + sec(r.uniform(60, 900)), restarts[f] + sec(r.uniform(60, 900))]:
            th = exec_th()
            Z(
                f,
                t,
                "INFO",
                th,
                "o.apache.coyote.http11.Http11Processor",
                "Error parsing HTTP request header",
                "Error parsing HTTP request header",
                [
                    " Note: further occurrences of HTTP request header parsing errors will be logged at DEBUG level.",
                    "",
                    "java.lang.IllegalArgumentException: Invalid character found in method name [0x160x030x010x020x000x010x000x010xfc0x030x03...]. HTTP method names must be tokens",
                    "\tat org.apache.coyote.http11.Http11InputBuffer.parseRequestLine(Http11InputBuffer.java:418) ~[tomcat-embed-core-9.0.46.jar!/:na]",
                    "\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:260) ~[tomcat-embed-core-9.0.46.jar!/:na]",
                    "\tat org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:65) ~[tomcat-embed-core-9.0.46.jar!/:na]",
                    "\tat org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:893) ~[tomcat-embed-core-9.0.46.jar!/:na]",
                    "\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1707) ~[tomcat-embed-core-9.0.46.jar!/:na]",
                    "\tat org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:49) ~[tomcat-embed-core-9.0.46.jar!/:na]",
                    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128) ~[na:na]",
                    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628) ~[na:na]",
                    "\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61) ~[tomcat-embed-core-9.0.46.jar!/:na]",
                    "\tat java.base/java.lang.Thread.run(Thread.java:829) ~[na:na]",
                    "",
                ],
            )
    return fs.logs(t0)


SYSTEMS = {
    "apisix": apisix,
    "tyk": tyk,
    "krakend": krakend,
    "gravitee": gravitee,
    "zuul": zuul,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
