#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 69 (cloudflared, cert-manager, velero, thanos,
adguardhome) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written; the lines that continue an event (a klog value over several lines, a DNS
message's later lines) have no label. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock). Five Go operations tools, each with its own logger:

- cloudflared 2024.4.1 (`cloudflared-7c9d5b8f4-kq2xz.log`, `cloudflared-7c9d5b8f4-w8n4j.log`:
  two replicas of one tunnel, container output, zerolog's ConsoleWriter without colours:
  `2024-06-04T06:00:02Z INF Registered tunnel connection connIndex=0 connection=... event=0
  ip=198.41.200.13 location=ams08 protocol=quic`, fields sorted with `error=` first, values
  quoted only when they hold a space or a quote): start-up, four connections each, the
  proxy's empty-message `ERR  error="..." cfRay=... ingressRule=0 originService=...` and the
  connection's `Request failed error="..." connIndex=... dest=... type=http` for abandoned
  requests, websockets and SSH streams; the shop's origin refused and then not resolvable;
  config updates with the ingress JSON; Grafana timing out; the Amsterdam edge silent
  (`failed to accept QUIC stream`, `Serve tunnel error`, `Retrying connection in up to 32s`,
  the HTTP/2 fallback); a graceful shutdown and upgrade.
- cert-manager 1.14.5 (`cert-manager-0.log`, `cert-manager-1.log`: the controller's two
  containers, klog's `I0604 06:00:01.056132       1 controller.go:134] ` with structured
  `"msg" err="..." logger="..." key="value"` and client-go's unstructured lines): start-up and
  leader election, `Caches populated for %v from %s`, the CA issuer's mTLS renewals, ACME
  renewals over HTTP-01 (solver pod, service and ingress, self checks failing with 404 or `no
  such host`), a DNS-01 challenge whose Cloudflare error is printed over several lines (`err=<`
  ... ` >`), rate-limited orders and backoff, optimistic-locking requeues, the API server away
  (reflectors, `error retrieving resource lock`, `failed to renew lease`, leader election lost).
- Velero 1.13.2 (`velero.log`, `node-agent-x7k2p.log`: logrus text, `time="..." level=info
  msg="..." key=value ... logSource="pkg/...:N"`, fields sorted): start-up (plugins,
  controller-runtime's `Starting EventSource` / `Controller` / `workers` through logrusr),
  the location validated every minute, hourly and daily scheduled backups item by item, pod
  volume backups with kopia in the node agent (one failing, `Error backing up item` with
  `error.file` and `error.function`), credentials rotated (`fail to validate backup store`
  with an error holding `\\n\\t`, a backup refused), garbage collection, a restore.
- Thanos 0.35.1 (`thanos-sidecar-0.log`, `thanos-store-0.log`, `thanos-compact-0.log`,
  `thanos-query-0.log`: go-kit logfmt, `ts=<RFC3339Nano> caller=file.go:N level=info
  component=... msg="..." key=value`): start-ups, the sidecar's uploads and its Prometheus
  OOM-killed (`heartbeat failed`, a line with no `msg`: `err="failed to sync 1 blocks"
  uploaded=0`), the store gateway's metadata syncs and blocks, the compactor's five-minute
  iterations, compactions, its halt on overlapping blocks and restart, the querier's endpoints
  and `Store failure` with two error formats (an endpoint refused, a series limit).
- AdGuard Home 0.107.50 (`AdGuardHome.log`: its log file, `2024/06/04 06:00:02.010644 [info] `):
  three start-ups and a DNS server restart, an expired TLS certificate (DoT handshakes failing
  until a renewed one is uploaded), a DoT upstream timing out and resetting, clients resetting
  TCP, DHCP offers and acks, hourly filter updates with one list's host gone, a verbose run
  whose queries print the DNS messages over several lines (with tabs), the query log rotated.

Label notes. The rules of rounds 51 to 65 hold. zerolog's time and level, klog's header
(level letter, date, time, thread id, file:line) and its keys other than `err`, logrus's time,
level and fields, go-kit's `ts`, `caller`, `level` and keys, AdGuard Home's time and level are
context; the message is the label. An error field made from a format of its own contributes
that format after the message (zerolog's and logrus's `error=`, klog's and go-kit's `err=`),
as round 66's tracing `error=`: `Request failed error=Incoming request ended abruptly: context
canceled`, `propagation check failed err=wrong status code '%d', expected '200'`; a line with an
empty message or no `msg` is labelled by its error alone (`error=...`, `err=failed to sync %d
blocks`). klog's value that `Info` passes under the key `error` (the optimistic-locking requeue)
is a field like any other. A klog value over several lines and a DNS message's later lines
belong to their event. cert-manager's two call sites that log `"starting controller"` share
one label, as do `"certificate issued"` of the ACME and CA issuers; a word the caller passes
as an argument (`Certificate` / `CertificateRequest`, `udp` / `tcp` / `tls`, a namespace
list) is a value.

Sources: written from the helper's knowledge of each program's source and of real logs, not
checked against copies in this session; least sure: cloudflared's `Request failed` field set
and the curve-preference and datagram-handler lines; cert-manager 1.14's caller line numbers,
the solver and challenge messages' wording, `Backing off from issuance ...` and what it logs
when leader election is lost; Velero's `Backup:%s has expired`, the node agent's messages and
the refused backup's warning; Thanos' proxy `Store failure` line and its request field, the
store gateway's `series limit exceeded`; AdGuard Home's DHCP, TLS, upstream-failure and
query-log wording and levels (invented where unknown). Run it only to change the data on
purpose: `python bench/heldout/generate_round69.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, mac, uuid4
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round65 import Out


def goquote(s: str) -> str:
    """Go's strconv.Quote, near enough for the texts written here."""
    return json.dumps(s, ensure_ascii=False)


def ulid(r: random.Random, t: datetime) -> str:
    """A ULID for a block created at `t` (Crockford base32: 10 time characters, 16 random)."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    ms_ = int(t.timestamp() * 1000)
    head = ""
    for _ in range(10):
        head = alphabet[ms_ % 32] + head
        ms_ //= 32
    return head + "".join(r.choice(alphabet) for _ in range(16))


# --------------------------------------------------------------------------------- cloudflared


def zq(v: object) -> str:
    """zerolog ConsoleWriter's value: quoted (strconv.Quote) when it holds a space, a quote, a
    backslash or a control character."""
    s = str(v)
    if any(c < " " or c > "~" or c in ' \\"' for c in s):
        return goquote(s)
    return s


CF_TUNNEL = "6ff42ae2-765d-4adf-8112-31c55c1551ef"
# (connector file, pod IP, IPv6 link-local, edge address and location per connection index)
CF_CONNECTORS = {
    "a": (
        "10.244.1.17",
        "fe80::8c4f:2aff:fe61:1d07",
        [
            ("198.41.200.13", "ams08"),
            ("198.41.192.107", "fra11"),
            ("198.41.200.233", "ams16"),
            ("198.41.192.37", "fra08"),
        ],
    ),
    "b": (
        "10.244.3.42",
        "fe80::d81e:5bff:fe0a:77c2",
        [
            ("198.41.200.53", "ams01"),
            ("198.41.192.67", "fra09"),
            ("198.41.200.193", "ams08"),
            ("198.41.192.227", "fra12"),
        ],
    ),
}
CF_FALLBACK = {"a": ["198.41.200.113", "198.41.200.73"], "b": ["198.41.200.43", "198.41.200.163"]}
CF_SHOP = "http://shop-web.shop.svc.cluster.local:8080"
CF_GRAFANA = "http://grafana.monitoring.svc.cluster.local:3000"
CF_SSH = "ssh://bastion.infra.svc.cluster.local:22"
CF_SHOP_PATHS = [
    "/api/events/stream",
    "/api/cart",
    "/api/products?category=shoes&page=2",
    "/checkout",
    "/api/search?q=running+jacket",
    "/static/js/app.4f2c1b.js",
    "/api/orders/recent",
    "/",
]
CF_REFUSED = "Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: dial tcp %s: connect: connection refused"
CF_NOHOST = "Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: dial tcp: lookup %s on %s: no such host"
CF_GRAFANA_TIMEOUT = "Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: dial tcp %s: i/o timeout"
CF_GID = "The user running cloudflared process has a GID (group ID) that is not within ping_group_range. You might need to add that user to a group within that range, or instead update the range to encompass a group the user is already in by modifying /proc/sys/net/ipv4/ping_group_range. Otherwise cloudflared will not be able to ping this network"


def cf_config(version: int, grafana: bool) -> str:
    ingress = [
        {
            "hostname": "shop.example.com",
            "originRequest": {"noTLSVerify": False},
            "service": CF_SHOP,
        },
        {"hostname": "ssh.example.com", "originRequest": {}, "service": CF_SSH},
    ]
    if grafana:
        ingress.insert(
            1,
            {
                "hostname": "grafana.example.com",
                "originRequest": {"connectTimeout": 10},
                "service": CF_GRAFANA,
            },
        )
    ingress.append({"service": "http_status:404"})
    return json.dumps(
        {"ingress": ingress, "warp-routing": {"enabled": False}}, separators=(",", ":")
    )


def cloudflared(r: random.Random) -> list[Log]:
    """Two cloudflared 2024.4.1 replicas of one remotely managed tunnel in Kubernetes (`docker
    logs`-style container output, zerolog's ConsoleWriter without colours), 06:00 to 12:00.
    Each holds four QUIC connections to two edge locations; visitors abandon requests and
    websockets all day (`error="Incoming request ended abruptly: context canceled"` from the
    proxy, then `Request failed` from the connection); the shop's origin is down from 07:40 to
    07:52 during a bad rollout (connection refused, then `no such host` while its Service is
    recreated); Grafana is added to the ingress at 08:20 and times out until its network
    policy is fixed at 08:41; the Amsterdam edge stops answering at 09:10 (connections 0 and 2
    of each replica fail, retry with backoff, fall back to HTTP/2 and register again); the
    rule list changes again at 10:05; both replicas are upgraded to 2024.6.0 at 11:30."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%SZ} {lvl} "

    o = Out(1_000_000, ["a", "b"], head)
    t0, t_end = at(6, 0, 2), at(12, 0, 0)
    down0, nohost0, down1 = at(7, 40, 5), at(7, 49, 10), at(7, 52, 30)
    graf0, graf1 = at(8, 20, 0), at(8, 41, 0)
    edge0, edge1 = at(9, 10, 20), at(9, 18, 0)
    upgrade = {"a": at(11, 30, 10), "b": at(11, 34, 40)}
    conn: dict[str, dict[int, tuple[str, str, str]]] = {"a": {}, "b": {}}

    def C(
        f: str,
        t: datetime,
        lvl: str,
        label: str,
        msg: str,
        err: str | None = None,
        **fields: object,
    ) -> datetime:
        parts = [f"error={zq(err)}"] if err is not None else []
        parts += [f"{k}={zq(v)}" for k, v in sorted(fields.items())]
        return o.e(f, t, label, lvl=lvl, msg=msg + (" " + " ".join(parts) if parts else ""))

    def cfields(f: str, i: int) -> dict[str, object]:
        return {"connIndex": i, "event": 0, "ip": conn[f][i][0]}

    def register(f: str, t: datetime, i: int, ip: str, loc: str, proto: str) -> datetime:
        conn[f][i] = (ip, loc, proto)
        if proto == "quic":
            t = C(
                f,
                t,
                "INF",
                "Tunnel connection curve preferences: %s",
                "Tunnel connection curve preferences: [CurveID(25497) CurveP256]",
                **cfields(f, i),
            )
        return C(
            f,
            t + secs(r, 0.05, 0.3),
            "INF",
            "Registered tunnel connection",
            "Registered tunnel connection",
            connection=uuid4(r),
            location=loc,
            protocol=proto,
            **cfields(f, i),
        )

    def start(f: str, t: datetime, version: str, cfg: int, grafana: bool) -> datetime:
        pod_ip, ll, edges = CF_CONNECTORS[f]
        t = C(f, t, "INF", "Starting tunnel", "Starting tunnel", tunnelID=CF_TUNNEL)
        t = C(f, t, "INF", "Version %s", f"Version {version}")
        go = "go1.22.2" if version == "2024.4.1" else "go1.22.4"
        t = C(
            f,
            t,
            "INF",
            "GOOS: %s, GOVersion: %s, GoArch: %s",
            f"GOOS: linux, GOVersion: {go}, GoArch: amd64",
        )
        t = C(
            f,
            t,
            "INF",
            "Settings: %s",
            "Settings: map[metrics:0.0.0.0:2000 no-autoupdate:true]",
        )
        t = C(
            f,
            t,
            "INF",
            "Environmental variables %s",
            "Environmental variables map[TUNNEL_TOKEN:*****]",
        )
        t = C(f, t, "INF", "Generated Connector ID: %s", f"Generated Connector ID: {uuid4(r)}")
        t = C(f, t, "INF", "Initial protocol %s", "Initial protocol quic")
        t = C(
            f,
            t,
            "INF",
            "ICMP proxy will use %s as source for IPv4",
            f"ICMP proxy will use {pod_ip} as source for IPv4",
        )
        t = C(
            f,
            t,
            "INF",
            "ICMP proxy will use %s in zone %s as source for IPv6",
            f"ICMP proxy will use {ll} in zone eth0 as source for IPv6",
        )
        t = C(
            f,
            t,
            "WRN",
            CF_GID + " error=Group ID %d is not between ping group %d to %d",
            CF_GID,
            err="Group ID 65532 is not between ping group 1 to 0",
        )
        t = C(
            f,
            t,
            "WRN",
            "ICMP proxy feature is disabled error=cannot create ICMPv4 proxy: Group ID %d is not between ping group %d to %d nor ICMPv6 proxy: socket: permission denied",
            "ICMP proxy feature is disabled",
            err="cannot create ICMPv4 proxy: Group ID 65532 is not between ping group 1 to 0 nor ICMPv6 proxy: socket: permission denied",
        )
        t = C(
            f,
            t,
            "INF",
            "Starting metrics server on %s",
            "Starting metrics server on [::]:2000/metrics",
        )
        if version == "2024.4.1":
            t = C(
                f,
                t + secs(r, 0.2, 0.8),
                "WRN",
                "Your version %s is outdated. We recommend upgrading it to %s",
                "Your version 2024.4.1 is outdated. We recommend upgrading it to 2024.6.0",
            )
        for i, (ip, loc) in enumerate(edges):
            t = register(f, t + secs(r, 0.1, 0.6), i, ip, loc, "quic")
            if i == 0:
                t = C(
                    f,
                    t + secs(r, 0.05, 0.2),
                    "INF",
                    "Updated to new configuration",
                    "Updated to new configuration",
                    config=cf_config(cfg, grafana),
                    version=cfg,
                )
        return t

    def shutdown(f: str, t: datetime) -> datetime:
        t = C(
            f,
            t,
            "INF",
            "Initiating graceful shutdown due to signal %s ...",
            "Initiating graceful shutdown due to signal terminated ...",
        )
        for i in sorted(conn[f]):
            fl = cfields(f, i)
            t = C(
                f,
                t,
                "INF",
                "Unregistered tunnel connection",
                "Unregistered tunnel connection",
                **fl,
            )
            if conn[f][i][2] == "quic":
                t = C(
                    f,
                    t,
                    "ERR",
                    "failed to run the datagram handler error=context canceled",
                    "failed to run the datagram handler",
                    err="context canceled",
                    **fl,
                )
            t = C(
                f,
                t,
                "ERR",
                "failed to serve tunnel connection error=accept stream listener encountered a failure while serving",
                "failed to serve tunnel connection",
                err="accept stream listener encountered a failure while serving",
                **fl,
            )
            t = C(
                f,
                t,
                "ERR",
                "Serve tunnel error error=accept stream listener encountered a failure while serving",
                "Serve tunnel error",
                err="accept stream listener encountered a failure while serving",
                **fl,
            )
        t = C(f, t, "INF", "Tunnel server stopped", "Tunnel server stopped")
        t = C(f, t, "INF", "Metrics server stopped", "Metrics server stopped")
        conn[f].clear()
        return t

    def failed(
        f: str, t: datetime, efmt: str, err: str, svc: str, rule: int, typ: str, dest: str
    ) -> None:
        live = [i for i in range(4) if not (edge0 <= t < edge1 and i in (0, 2))]
        i = r.choice(live)
        ip, loc = CF_CONNECTORS[f][2][i]
        if edge1 <= t < upgrade[f] and i in (0, 2):
            ip, loc = CF_FALLBACK[f][i // 2], "ams01" if i == 0 else "ams02"
        ray = f"{hexid(r, 16)}-{loc[:3].upper()}"
        x = C(
            f,
            t,
            "ERR",
            "error=" + efmt,
            "",
            err=err,
            cfRay=ray,
            event=1,
            ingressRule=rule,
            originService=svc,
        )
        C(
            f,
            x,
            "ERR",
            "Request failed error=" + efmt,
            "Request failed",
            err=err,
            connIndex=i,
            dest=dest,
            event=0,
            ip=ip,
            type=typ,
        )

    def shop_dest() -> str:
        return "https://shop.example.com" + r.choice(CF_SHOP_PATHS)

    for f in ("a", "b"):
        start(f, t0 + (secs(r, 0, 1) if f == "a" else secs(r, 20, 40)), "2024.4.1", 14, False)

    # visitors' abandoned requests, all day
    for f in ("a", "b"):
        for t in poisson(r, t0 + timedelta(minutes=1), t_end, 46):
            if upgrade[f] - timedelta(seconds=5) <= t < upgrade[f] + timedelta(seconds=40):
                continue
            if down0 <= t < down1:
                continue
            x = r.random()
            if x < 0.62:
                failed(
                    f,
                    t,
                    "Incoming request ended abruptly: context canceled",
                    "Incoming request ended abruptly: context canceled",
                    CF_SHOP,
                    0,
                    "http",
                    shop_dest(),
                )
            elif x < 0.88:
                n = r.randrange(3, 9000)
                failed(
                    f,
                    t,
                    "stream %d canceled by remote with error code %d",
                    f"stream {n} canceled by remote with error code 0",
                    CF_SHOP,
                    0,
                    "websocket",
                    "https://shop.example.com/ws/notifications",
                )
            else:
                port = r.randrange(32768, 60999)
                rule = 2 if graf0 <= t else 1
                failed(
                    f,
                    t,
                    "read tcp %s->%s: read: connection reset by peer",
                    f"read tcp {CF_CONNECTORS[f][0]}:{port}->10.96.33.7:22: read: connection reset by peer",
                    CF_SSH,
                    rule,
                    "tcp",
                    "ssh.example.com",
                )
    # the shop's origin down
    for t in poisson(r, down0, down1, 2.4):
        f = r.choice("ab")
        if t < nohost0:
            failed(
                f,
                t,
                CF_REFUSED,
                CF_REFUSED % "10.96.141.22:8080",
                CF_SHOP,
                0,
                "http",
                shop_dest(),
            )
        else:
            failed(
                f,
                t,
                CF_NOHOST,
                CF_NOHOST % ("shop-web.shop.svc.cluster.local", "10.96.0.10:53"),
                CF_SHOP,
                0,
                "http",
                shop_dest(),
            )
    # Grafana added, unreachable until its network policy is fixed
    for f in ("a", "b"):
        C(
            f,
            graf0 + secs(r, 0, 3),
            "INF",
            "Updated to new configuration",
            "Updated to new configuration",
            config=cf_config(15, True),
            version=15,
        )
        C(
            f,
            at(10, 5, 0) + secs(r, 0, 3),
            "INF",
            "Updated to new configuration",
            "Updated to new configuration",
            config=cf_config(16, True).replace('"connectTimeout":10', '"connectTimeout":30'),
            version=16,
        )
    for t in poisson(r, graf0 + timedelta(seconds=40), graf1, 9):
        failed(
            r.choice("ab"),
            t,
            CF_GRAFANA_TIMEOUT,
            CF_GRAFANA_TIMEOUT % "10.96.87.140:3000",
            CF_GRAFANA,
            1,
            "http",
            "https://grafana.example.com/api/ds/query?ds_type=prometheus",
        )
    # the Amsterdam edge stops answering
    for f in ("a", "b"):
        for i in (0, 2):
            t = edge0 + secs(r, 0, 25)
            fl = cfields(f, i)
            t = C(
                f,
                t,
                "ERR",
                "failed to accept QUIC stream error=timeout: no recent network activity",
                "failed to accept QUIC stream",
                err="timeout: no recent network activity",
                **fl,
            )
            t = C(
                f,
                t,
                "ERR",
                "failed to run the datagram handler error=timeout: no recent network activity",
                "failed to run the datagram handler",
                err="timeout: no recent network activity",
                **fl,
            )
            t = C(
                f,
                t,
                "ERR",
                "failed to serve tunnel connection error=accept stream listener encountered a failure while serving",
                "failed to serve tunnel connection",
                err="accept stream listener encountered a failure while serving",
                **fl,
            )
            t = C(
                f,
                t,
                "ERR",
                "Serve tunnel error error=accept stream listener encountered a failure while serving",
                "Serve tunnel error",
                err="accept stream listener encountered a failure while serving",
                **fl,
            )
            backoff = 1
            for attempt in range(6):
                t = C(
                    f,
                    t,
                    "INF",
                    "Retrying connection in up to %s",
                    f"Retrying connection in up to {backoff}s",
                    **fl,
                )
                t += secs(r, backoff * 0.5, backoff)
                backoff *= 2
                if attempt == 5:
                    break
                t = C(
                    f,
                    t,
                    "INF",
                    "Tunnel connection curve preferences: %s",
                    "Tunnel connection curve preferences: [CurveID(25497) CurveP256]",
                    **fl,
                )
                t = C(
                    f,
                    t + secs(r, 5, 5.2),
                    "WRN",
                    "Failed to dial a quic connection error=failed to dial to edge with quic: timeout: no recent network activity",
                    "Failed to dial a quic connection",
                    err="failed to dial to edge with quic: timeout: no recent network activity",
                    **fl,
                )
                t = C(
                    f,
                    t,
                    "ERR",
                    "Serve tunnel error error=failed to dial to edge with quic: timeout: no recent network activity",
                    "Serve tunnel error",
                    err="failed to dial to edge with quic: timeout: no recent network activity",
                    **fl,
                )
            t = C(
                f,
                t,
                "INF",
                "Switching to fallback protocol %s",
                "Switching to fallback protocol http2",
                **fl,
            )
            ip = CF_FALLBACK[f][i // 2]
            t = register(f, t + secs(r, 0.3, 1), i, ip, "ams01" if i == 0 else "ams02", "http2")
    # the upgrade
    for f in ("a", "b"):
        t = shutdown(f, upgrade[f])
        start(f, t + secs(r, 8, 20), "2024.6.0", 16, True)
    return o.logs(
        t0, {"a": "cloudflared-7c9d5b8f4-kq2xz.log", "b": "cloudflared-7c9d5b8f4-w8n4j.log"}
    )


# --------------------------------------------------------------------------------- cert-manager


def kval(v: object) -> str:
    """klog's structured value: a string quoted, or over several lines as `<` ... ` >`."""
    if isinstance(v, str):
        if "\n" in v:
            return "<\n" + "\n".join("\t" + x for x in v.rstrip("\n").split("\n")) + "\n >"
        return goquote(v)
    if isinstance(v, list):
        return "[" + ",".join(goquote(x) for x in v) + "]"
    return str(v)


CM_MESH = [
    "orders",
    "payments",
    "inventory",
    "shipping",
    "catalog",
    "search",
    "cart",
    "checkout",
    "accounts",
    "notifications",
    "recommendations",
    "pricing",
    "reviews",
    "media",
    "gateway",
    "ledger",
    "fraud",
    "loyalty",
    "returns",
    "tax",
    "invoices",
    "webhooks",
    "sessions",
    "audit",
    "quotes",
    "wishlist",
    "coupons",
    "feeds",
    "geo",
    "mailer",
    "reports",
    "scheduler",
]
CM_CONTROLLERS = [
    "issuers",
    "clusterissuers",
    "certificates-metrics",
    "ingress-shim",
    "orders",
    "challenges",
    "certificaterequests-issuer-acme",
    "certificaterequests-approver",
    "certificaterequests-issuer-ca",
    "certificaterequests-issuer-selfsigned",
    "certificaterequests-issuer-vault",
    "certificaterequests-issuer-venafi",
    "certificates-trigger",
    "certificates-issuing",
    "certificates-key-manager",
    "certificates-request-manager",
    "certificates-readiness",
    "certificates-revision-manager",
]
CM_TYPES = [
    "*v1.Secret",
    "*v1.Pod",
    "*v1.Service",
    "*v1.Ingress",
    "*v1.Certificate",
    "*v1.CertificateRequest",
    "*v1.Issuer",
    "*v1.ClusterIssuer",
    "*v1.Order",
    "*v1.Challenge",
    "*v1.PartialObjectMetadata",
]
CM_REFLECTOR = "k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229"
CM_API = "https://10.96.0.1:443"
CM_CF_ERR = (
    'Cloudflare API Error for GET "/zones?name=example.com"\n Error: 10000: Authentication error\n'
)
CM_LOCK = "kube-system/cert-manager-controller"


def cm_list_path(kind: str) -> str:
    return {
        "*v1.Secret": "/api/v1/secrets?labelSelector=controller.cert-manager.io%2Ffao%3Dtrue",
        "*v1.Pod": "/api/v1/pods?labelSelector=acme.cert-manager.io%2Fhttp01-solver%3Dtrue",
        "*v1.Certificate": "/apis/cert-manager.io/v1/certificates",
        "*v1.Order": "/apis/acme.cert-manager.io/v1/orders",
        "*v1.Challenge": "/apis/acme.cert-manager.io/v1/challenges",
    }[kind]


def certmanager(r: random.Random) -> list[Log]:
    """cert-manager 1.14.5's controller (klog text output, `-v=2`) in one cluster, 06:00 to
    12:00, two containers of the same pod (`cert-manager-0.log`, then `cert-manager-1.log`
    after a restart). Issuers: `letsencrypt-prod` (ACME, HTTP-01 through ingress-nginx),
    `letsencrypt-dns` (ACME, DNS-01 through Cloudflare) and `internal-ca` (a CA issuer for the
    mesh's two-hour mTLS certificates, renewed every 80 minutes). The wildcard certificate's
    renewal at 07:00 fails to present its DNS-01 record (Cloudflare `Authentication error`, the
    error over several lines) until the token is replaced at 08:14; blog.example.org's
    HTTP-01 self check gets 404 from 06:30 until its ingress class is fixed at 08:05; the
    preview team hits Let's Encrypt's rate limit at 09:02 (orders failed, issuance backed
    off); the API server is unreachable from 10:20 (reflectors fail, the lease cannot be
    renewed, leader election lost, the container exits and restarts); a Certificate for a
    removed domain fails its self check (`no such host`) from 10:34 until it is deleted at
    11:12."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d}       1 {ctx}] "

    o = Out(1, ["c0", "c1"], head)
    t0, t_end = at(6, 0, 1), at(12, 0, 0)
    api_down, api_up = at(10, 20, 4), at(10, 21, 30)
    lost = api_down + timedelta(seconds=r.uniform(14, 16))
    restart = lost + timedelta(seconds=r.uniform(1.5, 3))
    proc_start = {"c0": t0 - timedelta(seconds=1), "c1": restart}
    rev: dict[str, int] = {}

    def F(t: datetime) -> str:
        return "c0" if t < restart else "c1"

    def gotime(t: datetime) -> str:
        f = F(t)
        m = (t - proc_start[f]).total_seconds()
        return (
            f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}{r.randrange(1000):03d} +0000 UTC m=+{m:.9f}"
        )

    def alive(t: datetime) -> bool:
        return t < api_down or t >= api_up + timedelta(seconds=20)

    def K(
        t: datetime,
        lvl: str,
        caller: str,
        label: str,
        msg: str,
        logger: str,
        err: str | None = None,
        kv: list[tuple[str, object]] | None = None,
    ) -> datetime:
        parts = [goquote(msg)]
        if err is not None:
            parts.append("err=" + kval(err))
        parts.append("logger=" + goquote(logger))
        parts += [f"{k}={kval(v)}" for k, v in kv or []]
        return o.e(F(t), t, label, lvl=lvl, ctx=caller, msg=" ".join(parts))

    def U(t: datetime, lvl: str, caller: str, label: str, text: str) -> datetime:
        return o.e(F(t), t, label, lvl=lvl, ctx=caller, msg=text)

    def res(name: str, ns: str, kind: str) -> list[tuple[str, object]]:
        return [
            ("resource_name", name),
            ("resource_namespace", ns),
            ("resource_kind", kind),
            ("resource_version", "v1"),
        ]

    def optimistic(t: datetime, ctl: str, ns: str, name: str) -> datetime:
        return K(
            t,
            "I",
            "controller.go:162",
            "re-queuing item due to optimistic locking on resource",
            "re-queuing item due to optimistic locking on resource",
            f"cert-manager.{ctl}",
            kv=[
                ("key", f"{ns}/{name}"),
                (
                    "error",
                    f'Operation cannot be fulfilled on certificates.cert-manager.io "{name}": the object has been modified; please apply your changes to the latest version and try again',
                ),
            ],
        )

    def cond(t: datetime, kind: str, name: str, c: str) -> datetime:
        caller = "conditions.go:203" if kind == "Certificate" else "conditions.go:263"
        return U(
            t,
            "I",
            caller,
            "Setting lastTransitionTime for %s %q condition %q to %v",
            f'Setting lastTransitionTime for {kind} "{name}" condition "{c}" to {gotime(t)}',
        )

    def change(t: datetime, kind: str, name: str, c: str, old: str, new: str) -> datetime:
        caller = "conditions.go:192" if kind == "Certificate" else "conditions.go:252"
        return U(
            t,
            "I",
            caller,
            "Found status change for %s %q condition %q: %q -> %q; setting lastTransitionTime to %v",
            f'Found status change for {kind} "{name}" condition "{c}": "{old}" -> "{new}"; setting lastTransitionTime to {gotime(t)}',
        )

    def begin(t: datetime, ns: str, name: str, reason: str = "Renewing") -> tuple[datetime, str]:
        rev[name] = rev.get(name, r.randrange(2, 40)) + 1
        cr = f"{name}-{rev[name]}"
        if reason == "Renewing":
            due = t - timedelta(seconds=r.uniform(0.001, 0.2))
            message = f"Renewing certificate as renewal was scheduled at {due:%Y-%m-%d %H:%M:%S} +0000 UTC"
        else:
            message = "Issuing certificate as Secret does not exist"
        t = K(
            t,
            "I",
            "trigger_controller.go:215",
            "Certificate must be re-issued",
            "Certificate must be re-issued",
            "cert-manager.certificates-trigger",
            kv=[("key", f"{ns}/{name}"), ("reason", reason), ("message", message)],
        )
        t = cond(t + secs(r, 0.001, 0.01), "Certificate", name, "Issuing")
        if r.random() < 0.45:
            t = optimistic(t + secs(r, 0.005, 0.03), "certificates-key-manager", ns, name)
        t = cond(t + secs(r, 0.02, 0.2), "CertificateRequest", cr, "Approved")
        t = cond(t + secs(r, 0.001, 0.01), "CertificateRequest", cr, "Ready")
        return t, cr

    def finish(
        t: datetime, ns: str, name: str, cr: str, issuer: str, order: str | None
    ) -> datetime:
        kv = res(cr, ns, "CertificateRequest")
        if order:
            kv += [
                ("related_resource_name", order),
                ("related_resource_namespace", ns),
                ("related_resource_kind", "Order"),
                ("related_resource_version", "v1"),
            ]
        t = K(
            t,
            "I",
            "acme.go:233" if order else "sync.go:140",
            "certificate issued",
            "certificate issued",
            f"cert-manager.certificaterequests-issuer-{issuer}.sign",
            kv=kv,
        )
        t = change(t + secs(r, 0.001, 0.01), "CertificateRequest", cr, "Ready", "False", "True")
        if r.random() < 0.35:
            t = optimistic(t + secs(r, 0.01, 0.1), "certificates-issuing", ns, name)
        return t

    def ca_renew(t: datetime, svc: str) -> None:
        name = f"{svc}-mtls"
        t, cr = begin(t, "mesh", name)
        finish(t + secs(r, 0.01, 0.08), "mesh", name, cr, "ca", None)

    def challenge_name(cr: str, i: int) -> str:
        return f"{cr}-{r.randrange(10**9, 4 * 10**9)}-{r.randrange(10**9, 4 * 10**9)}"

    def http01(
        t: datetime, ns: str, ch: str, dns: str, fail_until: datetime | None, err_fmt: str
    ) -> datetime:
        kv = [*res(ch, ns, "Challenge"), ("dnsName", dns), ("type", "HTTP-01")]
        for what, caller, lg in (
            ("pod", "pod.go:59", "ensurePod"),
            ("service", "service.go:43", "ensureService"),
            ("ingress", "ingress.go:99", "createIngress"),
        ):
            t = K(
                t + secs(r, 0.005, 0.05),
                "I",
                caller,
                f"creating HTTP01 challenge solver {what}",
                f"creating HTTP01 challenge solver {what}",
                f"cert-manager.challenges.http01.{lg}",
                kv=kv,
            )
        n = 0
        while True:
            t += secs(r, 2, 5) if n == 0 else secs(r, 9.5, 10.5)
            if fail_until is None and n >= r.choice([0, 1, 1, 2]):
                break
            if fail_until is not None and t >= fail_until:
                break
            if alive(t):
                if err_fmt == "404":
                    K(
                        t,
                        "E",
                        "sync.go:190",
                        "propagation check failed err=wrong status code '%d', expected '200'",
                        "propagation check failed",
                        "cert-manager.challenges",
                        err="wrong status code '404', expected '200'",
                        kv=kv,
                    )
                else:
                    tok = alnum43()
                    url = f"http://{dns}/.well-known/acme-challenge/{tok}"
                    K(
                        t,
                        "E",
                        "sync.go:190",
                        "propagation check failed err=failed to perform self check GET request '%s': Get %q: dial tcp: lookup %s on %s: no such host",
                        "propagation check failed",
                        "cert-manager.challenges",
                        err=f"failed to perform self check GET request '{url}': Get \"{url}\": dial tcp: lookup {dns} on 10.96.0.10:53: no such host",
                        kv=kv,
                    )
            n += 1
        return accept(t, kv)

    def accept(t: datetime, kv: list[tuple[str, object]]) -> datetime:
        for m in (
            "accepting challenge with ACME server",
            "waiting for authorization for domain",
        ):
            t = K(
                t + secs(r, 0.01, 0.3), "I", "sync.go:360", m, m, "cert-manager.challenges", kv=kv
            )
        t = K(
            t + secs(r, 1.5, 4),
            "I",
            "sync.go:379",
            "successfully authorized domain",
            "successfully authorized domain",
            "cert-manager.challenges",
            kv=kv,
        )
        return t

    def alnum43() -> str:
        chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
        return "".join(r.choice(chars) for _ in range(43))

    def acme_issue(
        t: datetime,
        ns: str,
        name: str,
        dnsnames: list[str],
        fail_until: datetime | None = None,
        err_fmt: str = "404",
        reason: str = "Renewing",
    ) -> datetime:
        t, cr = begin(t, ns, name, reason)
        order = f"{cr}-{r.randrange(10**9, 4 * 10**9)}"
        t = K(
            t + secs(r, 0.5, 1.5),
            "I",
            "sync.go:263",
            "Creating additional Challenge resources to complete Order",
            "Creating additional Challenge resources to complete Order",
            "cert-manager.orders",
            kv=res(order, ns, "Order"),
        )
        last = t
        for i, dns in enumerate(dnsnames):
            last = max(last, http01(t, ns, challenge_name(cr, i), dns, fail_until, err_fmt))
        t = K(
            last + secs(r, 0.5, 2),
            "I",
            "sync.go:166",
            "Order has already been completed, cleaning up any owned Challenge resources",
            "Order has already been completed, cleaning up any owned Challenge resources",
            "cert-manager.orders",
            kv=res(order, ns, "Order"),
        )
        return finish(t + secs(r, 0.3, 1.5), ns, name, cr, "acme", order)

    def start(t: datetime) -> datetime:
        t = K(
            t,
            "I",
            "start.go:126",
            "starting controller",
            "starting controller",
            "cert-manager",
            kv=[("version", "v1.14.5"), ("git-commit", "0e2d8d5b1ed4b9c37d1b8c1a7ae6f5d0a3d7c3f1")],
        )
        t = K(
            t + secs(r, 0.01, 0.05),
            "I",
            "controller.go:247",
            "configured acme dns01 nameservers",
            "configured acme dns01 nameservers",
            "cert-manager.controller.build-context",
            kv=[("nameservers", ["10.96.0.10:53"])],
        )
        t = K(
            t + secs(r, 0.01, 0.05),
            "I",
            "controller.go:70",
            "enabled controllers: %s",
            "enabled controllers: [" + " ".join(sorted(CM_CONTROLLERS)) + "]",
            "cert-manager.controller",
        )
        t = K(
            t,
            "I",
            "controller.go:127",
            "starting metrics server",
            "starting metrics server",
            "cert-manager.controller",
            kv=[("address", "[::]:9402")],
        )
        t = K(
            t,
            "I",
            "controller.go:134",
            "starting leader election",
            "starting leader election",
            "cert-manager.controller",
        )
        t = K(
            t,
            "I",
            "controller.go:178",
            "starting healthz server",
            "starting healthz server",
            "cert-manager.controller",
            kv=[("address", "[::]:9403")],
        )
        t = U(
            t + secs(r, 0.001, 0.01),
            "I",
            "leaderelection.go:250",
            "attempting to acquire leader lease %v...",
            f"attempting to acquire leader lease {CM_LOCK}...",
        )
        return t

    def lead(t: datetime) -> datetime:
        t = U(
            t,
            "I",
            "leaderelection.go:260",
            "successfully acquired lease %v",
            f"successfully acquired lease {CM_LOCK}",
        )
        for c in CM_CONTROLLERS:
            t = K(
                t + secs(r, 0.0005, 0.003),
                "I",
                "controller.go:203",
                "starting controller",
                "starting controller",
                "cert-manager.controller",
                kv=[("controller", c)],
            )
        t += secs(r, 0.05, 0.2)
        for kind in CM_TYPES:
            t = U(
                t + secs(r, 0.005, 0.08),
                "I",
                "reflector.go:351",
                "Caches populated for %v from %s",
                f"Caches populated for {kind} from {CM_REFLECTOR}",
            )
        for iss in ("letsencrypt-prod", "letsencrypt-dns"):
            kv = res(iss, "", "ClusterIssuer")
            t = K(
                t + secs(r, 0.01, 0.1),
                "I",
                "setup.go:113",
                "ACME server URL host and ACME private key registration host differ. Re-checking ACME account registration",
                "ACME server URL host and ACME private key registration host differ. Re-checking ACME account registration",
                "cert-manager.clusterissuers",
                kv=kv,
            )
            t = K(
                t + secs(r, 0.2, 0.6),
                "I",
                "setup.go:226",
                "verified existing registration with ACME server",
                "verified existing registration with ACME server",
                "cert-manager.clusterissuers",
                kv=kv,
            )
        return t

    t = start(t0)
    lead(t + secs(r, 0.3, 1))

    # the mesh's mTLS certificates, every 80 minutes each
    for svc in CM_MESH:
        t = t0 + timedelta(seconds=r.uniform(30, 4800))
        while t < t_end:
            if alive(t):
                ca_renew(t, svc)
            t += timedelta(seconds=r.uniform(4790, 4810))
    # ACME renewals that go well
    for when, ns, name, names in [
        (at(6, 12, 40), "shop", "shop-tls", ["shop.example.com", "www.shop.example.com"]),
        (at(6, 48, 3), "shop", "api-tls", ["api.example.com"]),
        (at(8, 37, 21), "monitoring", "grafana-tls", ["grafana.example.com"]),
        (at(9, 41, 55), "auth", "keycloak-tls", ["auth.example.com"]),
        (at(11, 27, 9), "shop", "admin-tls", ["admin.shop.example.com"]),
    ]:
        acme_issue(when, ns, name, names)
    # the blog's ingress class is wrong until 07:46
    acme_issue(at(6, 30, 12), "blog", "blog-tls", ["blog.example.org"], fail_until=at(8, 5, 30))
    # a Certificate for a domain that no longer resolves, from 10:34 until deleted
    acme_issue(
        at(10, 34, 50),
        "legacy",
        "legacy-tls",
        ["legacy.example.net"],
        fail_until=at(11, 12, 0),
        err_fmt="nxdomain",
        reason="DoesNotExist",
    )
    # the wildcard: Cloudflare refuses the old token until 08:14
    t, cr = begin(at(7, 0, 3), "ingress-nginx", "wildcard-example-com")
    order = f"{cr}-{r.randrange(10**9, 4 * 10**9)}"
    t = K(
        t + secs(r, 0.5, 1.5),
        "I",
        "sync.go:263",
        "Creating additional Challenge resources to complete Order",
        "Creating additional Challenge resources to complete Order",
        "cert-manager.orders",
        kv=res(order, "ingress-nginx", "Order"),
    )
    chs = [
        (challenge_name(cr, 0), "example.com"),
        (challenge_name(cr, 1), "example.com"),
    ]
    fixed = at(8, 14, 20)
    ends = []
    for ch, dns in chs:
        kv = [*res(ch, "ingress-nginx", "Challenge"), ("dnsName", dns), ("type", "DNS-01")]
        x, delay = t + secs(r, 0.01, 0.1), 5.0
        while x < fixed:
            x = K(
                x,
                "I",
                "dns.go:90",
                "presenting DNS01 challenge for domain",
                "presenting DNS01 challenge for domain",
                "cert-manager.challenges.Present",
                kv=[*kv, ("domain", dns)],
            )
            x = K(
                x + secs(r, 0.2, 0.6),
                "E",
                "sync.go:133",
                "error presenting challenge err=Cloudflare API Error for GET %q Error: %d: %s",
                "error presenting challenge",
                "cert-manager.challenges",
                err=CM_CF_ERR,
                kv=kv,
            )
            x = K(
                x + secs(r, 0.001, 0.01),
                "E",
                "controller.go:167",
                "re-queuing item due to error processing err=Cloudflare API Error for GET %q Error: %d: %s",
                "re-queuing item due to error processing",
                "cert-manager.challenges",
                err=CM_CF_ERR,
                kv=[("key", f"ingress-nginx/{ch}")],
            )
            delay = min(delay * 2, 300)
            x += timedelta(seconds=delay * r.uniform(0.9, 1.1))
        x = K(
            fixed + secs(r, 1, 20),
            "I",
            "dns.go:90",
            "presenting DNS01 challenge for domain",
            "presenting DNS01 challenge for domain",
            "cert-manager.challenges.Present",
            kv=[*kv, ("domain", dns)],
        )
        for _ in range(r.randrange(4, 9)):
            x = K(
                x + secs(r, 9.5, 10.5),
                "E",
                "sync.go:190",
                "propagation check failed err=DNS record for %q not yet propagated",
                "propagation check failed",
                "cert-manager.challenges",
                err=f'DNS record for "{dns}" not yet propagated',
                kv=kv,
            )
        ends.append(accept(x + secs(r, 9.5, 10.5), kv))
    t = K(
        max(ends) + secs(r, 0.5, 2),
        "I",
        "sync.go:166",
        "Order has already been completed, cleaning up any owned Challenge resources",
        "Order has already been completed, cleaning up any owned Challenge resources",
        "cert-manager.orders",
        kv=res(order, "ingress-nginx", "Order"),
    )
    finish(t + secs(r, 0.3, 1.5), "ingress-nginx", "wildcard-example-com", cr, "acme", order)
    # the preview team and Let's Encrypt's rate limit
    for i, when in enumerate([at(9, 2, 11), at(9, 5, 40), at(9, 14, 52)]):
        t, cr = begin(when, "preview", "preview-tls", "DoesNotExist")
        order = f"{cr}-{r.randrange(10**9, 4 * 10**9)}"
        t = K(
            t + secs(r, 0.4, 1.2),
            "E",
            "sync.go:284",
            "failed to create Order resource due to bad request, marking Order as failed err=429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates already issued for exact set of domains: %s: see https://letsencrypt.org/docs/rate-limits/",
            "failed to create Order resource due to bad request, marking Order as failed",
            "cert-manager.orders",
            err="429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates already issued for exact set of domains: preview.example.com: see https://letsencrypt.org/docs/rate-limits/",
            kv=res(order, "preview", "Order"),
        )
        t = change(t + secs(r, 0.3, 1), "CertificateRequest", cr, "Ready", "False", "False")
        t = K(
            t + secs(r, 0.05, 0.3),
            "I",
            "trigger_controller.go:186",
            "Backing off from issuance due to previously failed issuance(s). Issuance will next be attempted at %v",
            f"Backing off from issuance due to previously failed issuance(s). Issuance will next be attempted at {t + timedelta(hours=2**i):%Y-%m-%d %H:%M:%S} +0000 UTC",
            "cert-manager.certificates-trigger",
            kv=[("key", "preview/preview-tls")],
        )
    # the API server unreachable: reflectors, the lease, leader election lost, a restart
    for kind in ["*v1.Secret", "*v1.Certificate", "*v1.Order", "*v1.Challenge", "*v1.Pod"]:
        x = api_down + secs(r, 0.5, 6)
        p = cm_list_path(kind)
        url = f"{CM_API}{p}{'&' if '?' in p else '?'}resourceVersion={r.randrange(4_000_000, 9_000_000)}"
        U(
            x,
            "W",
            "reflector.go:539",
            "%s: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
            f'{CM_REFLECTOR}: failed to list {kind}: Get "{url}": dial tcp 10.96.0.1:443: connect: connection refused',
        )
        U(
            x + secs(r, 0.0001, 0.0005),
            "E",
            "reflector.go:147",
            "%s: Failed to watch %v: failed to list %v: Get %q: dial tcp %s: connect: connection refused",
            f'{CM_REFLECTOR}: Failed to watch {kind}: failed to list {kind}: Get "{url}": dial tcp 10.96.0.1:443: connect: connection refused',
        )
    lease = f"{CM_API}/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/cert-manager-controller?timeout=5s"
    x = api_down + secs(r, 2, 3)
    while x < lost - timedelta(seconds=1):
        x = U(
            x,
            "E",
            "leaderelection.go:332",
            "error retrieving resource lock %v: Get %q: context deadline exceeded",
            f'error retrieving resource lock {CM_LOCK}: Get "{lease}": context deadline exceeded',
        )
        x += secs(r, 5, 5.1)
    x = U(
        lost,
        "I",
        "leaderelection.go:285",
        "failed to renew lease %v: %v",
        f"failed to renew lease {CM_LOCK}: timed out waiting for the condition",
    )
    K(
        x + secs(r, 0.0005, 0.002),
        "E",
        "controller.go:170",
        "leader election lost",
        "leader election lost",
        "cert-manager.controller",
    )
    x = start(restart)
    lead(max(api_up, x) + secs(r, 12, 16))
    return o.logs(t0, {"c0": "cert-manager-0.log", "c1": "cert-manager-1.log"})


# --------------------------------------------------------------------------------- velero


def lq(v: object) -> str:
    """logrus TextFormatter's value: bare when it is empty or only letters, digits and
    `-._/@^+`, else quoted with %q."""
    s = str(v)
    if re.fullmatch(r"[A-Za-z0-9\-._/@^+]*", s):
        return s
    return goquote(s)


VE_SRC = "/go/src/github.com/vmware-tanzu/velero"
# (resource, group, api kind, items of the shop namespace)
VE_SHOP = [
    (
        "configmaps",
        "v1",
        "ConfigMap",
        ["kube-root-ca.crt", "shop-config", "shop-nginx", "redis-config"],
    ),
    (
        "secrets",
        "v1",
        "Secret",
        ["shop-db-credentials", "shop-stripe", "shop-session-key", "redis-auth"],
    ),
    ("serviceaccounts", "v1", "ServiceAccount", ["default", "shop-web", "shop-worker"]),
    ("services", "v1", "Service", ["shop-web", "shop-db", "shop-db-headless", "shop-redis"]),
    (
        "pods",
        "v1",
        "Pod",
        [
            "shop-db-0",
            "shop-redis-0",
            "shop-web-6d8f7c9b5-2lqkm",
            "shop-web-6d8f7c9b5-9zt4p",
            "shop-worker-5b7f4d6c8-h2x7w",
        ],
    ),
    (
        "persistentvolumeclaims",
        "v1",
        "PersistentVolumeClaim",
        ["data-shop-db-0", "data-shop-redis-0"],
    ),
    ("deployments.apps", "apps/v1", "Deployment", ["shop-web", "shop-worker"]),
    (
        "replicasets.apps",
        "apps/v1",
        "ReplicaSet",
        ["shop-web-6d8f7c9b5", "shop-worker-5b7f4d6c8", "shop-web-7f9c8d6b4"],
    ),
    ("statefulsets.apps", "apps/v1", "StatefulSet", ["shop-db", "shop-redis"]),
    ("cronjobs.batch", "batch/v1", "CronJob", ["shop-report"]),
    ("ingresses.networking.k8s.io", "networking.k8s.io/v1", "Ingress", ["shop-web"]),
    ("poddisruptionbudgets.policy", "policy/v1", "PodDisruptionBudget", ["shop-web"]),
]
VE_VOLUMES = {
    "shop-db-0": ("data-shop-db-0", "data"),
    "shop-redis-0": ("data-shop-redis-0", "redis-data"),
}
VE_OTHER_NS = ["monitoring", "ingress-nginx", "cert-manager", "auth", "blog", "argocd"]
VE_CONTROLLERS = [
    ("backup", "Backup"),
    ("backup-deletion", "DeleteBackupRequest"),
    ("backup-storage-location", "BackupStorageLocation"),
    ("backup-sync", "BackupStorageLocation"),
    ("gc", "Backup"),
    ("restore", "Restore"),
    ("schedule", "Schedule"),
    ("backup-repo", "BackupRepository"),
]
VE_PLUGINS = [
    ("/velero", "BackupItemAction", "velero.io/pod"),
    ("/velero", "BackupItemAction", "velero.io/pv"),
    ("/velero", "BackupItemAction", "velero.io/service-account"),
    ("/velero", "BackupItemAction", "velero.io/crd-remap-version"),
    ("/velero", "RestoreItemAction", "velero.io/pod"),
    ("/velero", "RestoreItemAction", "velero.io/service"),
    ("/velero", "RestoreItemAction", "velero.io/pod-volume-restore"),
    ("/velero", "RestoreItemAction", "velero.io/change-storage-class"),
    ("/plugins/velero-plugin-for-aws", "ObjectStore", "velero.io/aws"),
    ("/plugins/velero-plugin-for-aws", "VolumeSnapshotter", "velero.io/aws"),
]
VE_S3_ERR = "rpc error: code = Unknown desc = InvalidAccessKeyId: The Access Key Id you provided does not exist in our records.\n\tstatus code: 403, request id: %s, host id: %s"
VE_S3_FMT = VE_S3_ERR.replace("\n\t", " ")  # the label: one line


def velero(r: random.Random) -> list[Log]:
    """Velero 1.13.2 (`velero.log`: the server's container output, logrus text) and its node
    agent on the node that runs the shop's stateful pods (`node-agent-x7k2p.log`), 06:00 to
    12:30, MinIO as the backup storage location. `hourly-shop` backs up the shop namespace
    every hour with kopia file-system backups of its two volumes (per item `Processing item`,
    `Backing up item` and `Backed up %d items out of an estimated total of %d ...`, the pod
    action adding each pod's PVCs, the node agent's PodVolumeBackups); `daily-full` at 07:00
    takes every namespace's manifests; the location is validated every minute and the
    garbage collector deletes expired backups every hour. At 10:00 the redis pod is
    rescheduled mid-backup (its volume backup fails, `Error backing up item`); at 10:55 the
    storage credentials are rotated without updating Velero (the location turns unavailable,
    the 11:00 backup is refused) until 11:41; at 12:10 a restore of the
    noon backup into `shop-test`."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f'time="{t:%Y-%m-%dT%H:%M:%SZ}" level={lvl} '

    o = Out(1_000_000, ["v", "n"], head)
    t0, t_end = at(6, 0, 3), at(12, 30, 0)
    creds0, creds1 = at(10, 55, 30), at(11, 41, 10)
    pod_uid = {p: uuid4(r) for p in VE_VOLUMES}
    pvc_vol = {pvc: f"pvc-{uuid4(r)}" for pvc, _ in VE_VOLUMES.values()}

    def V(
        f: str,
        t: datetime,
        lvl: str,
        label: str,
        msg: str,
        src: str,
        err: tuple[str, str, str] | None = None,
        **fields: object,
    ) -> datetime:
        kv = dict(fields)
        kv["logSource"] = src
        if err is not None:
            kv["error"], kv["error.file"], kv["error.function"] = err
        text = f"msg={lq(msg)} " + " ".join(f"{k}={lq(v)}" for k, v in sorted(kv.items()))
        return o.e(f, t, label, lvl=lvl, msg=text)

    def s3err() -> tuple[str, str, str]:
        return (
            VE_S3_ERR % (hexid(r, 16).upper(), hexid(r, 64)),
            f"{VE_SRC}/pkg/persistence/object_store.go:191",
            "github.com/vmware-tanzu/velero/pkg/persistence.(*objectBackupStore).IsValid",
        )

    def start(t: datetime) -> datetime:
        S = "pkg/cmd/server/server.go"
        t = V("v", t, "info", "setting log-level to %s", "setting log-level to INFO", f"{S}:191")
        t = V(
            "v",
            t,
            "info",
            "Starting Velero server %s (%s)",
            "Starting Velero server v1.13.2 (4d961fb6fec384ed7f3c1b7c65c818106107f5a6)",
            f"{S}:193",
        )
        t = V("v", t, "info", "No feature flags enabled", "No feature flags enabled", f"{S}:197")
        for cmd, kind, name in VE_PLUGINS:
            t = V(
                "v",
                t,
                "info",
                "registering plugin",
                "registering plugin",
                "pkg/plugin/clientmgmt/process/registry.go:101",
                command=cmd,
                kind=kind,
                name=name,
            )
        t = V("v", t, "info", "Starting controllers", "Starting controllers", f"{S}:604")
        t = V(
            "v",
            t,
            "info",
            "Starting metric server at address [%s]",
            "Starting metric server at address [:8085]",
            f"{S}:611",
        )
        t = V("v", t, "info", "Server starting...", "Server starting...", f"{S}:1000")
        rs = "/go/pkg/mod/github.com/bombsimon/logrusr/v4@v4.0.0/logrusr.go:247"
        for ctl, kind in VE_CONTROLLERS:
            kw = {"controller": ctl, "controllerGroup": "velero.io", "controllerKind": kind}
            t = V(
                "v",
                t,
                "info",
                "Starting EventSource",
                "Starting EventSource",
                rs,
                source=f"kind source: *v1.{kind}",
                **kw,
            )
            t = V("v", t, "info", "Starting Controller", "Starting Controller", rs, **kw)
        for ctl, kind in VE_CONTROLLERS:
            t = V(
                "v",
                t,
                "info",
                "Starting workers",
                "Starting workers",
                rs,
                controller=ctl,
                controllerGroup="velero.io",
                controllerKind=kind,
                **{"worker count": 1},
            )
        return V(
            "v",
            t,
            "info",
            "Server started successfully",
            "Server started successfully",
            f"{S}:1004",
        )

    def creds_bad(t: datetime) -> bool:
        return creds0 <= t < creds1

    t = start(t0)
    # the location, validated every minute; the backups synced
    x = t + secs(r, 1, 3)
    while x < t_end:
        bsl = {"backup-storage-location": "velero/default", "controller": "backup-storage-location"}
        if creds_bad(x):
            y = V(
                "v",
                x,
                "error",
                "fail to validate backup store error=" + VE_S3_FMT,
                "fail to validate backup store",
                "pkg/controller/backup_storage_location_controller.go:141",
                err=s3err(),
                **bsl,
            )
            V(
                "v",
                y,
                "info",
                "BackupStorageLocation is invalid, marking as unavailable",
                "BackupStorageLocation is invalid, marking as unavailable",
                "pkg/controller/backup_storage_location_controller.go:117",
                **bsl,
            )
            V(
                "v",
                x + secs(r, 5, 20),
                "error",
                "Error listing backups in backup store error=" + VE_S3_FMT,
                "Error listing backups in backup store",
                "pkg/controller/backup_sync_controller.go:107",
                err=(
                    s3err()[0],
                    f"{VE_SRC}/pkg/persistence/object_store.go:268",
                    "github.com/vmware-tanzu/velero/pkg/persistence.(*objectBackupStore).ListBackups",
                ),
                backupLocation="velero/default",
                controller="backup-sync",
            )
        else:
            V(
                "v",
                x,
                "info",
                "BackupStorageLocations is valid, marking as available",
                "BackupStorageLocations is valid, marking as available",
                "pkg/controller/backup_storage_location_controller.go:126",
                **bsl,
            )
        x += secs(r, 59.5, 60.5)

    state = {"pvb": 0}

    def item(
        t: datetime,
        b: str,
        res_: str,
        ns: str,
        name: str,
        n: int,
        total: int,
        extra: list[tuple[str, str]],
    ) -> tuple[datetime, int]:
        kw = {"backup": b, "name": name, "namespace": ns, "resource": res_}
        t = V(
            "v",
            t,
            "info",
            "Processing item",
            "Processing item",
            "pkg/backup/backup.go:406",
            progress="",
            **kw,
        )
        t = V(
            "v",
            t,
            "info",
            "Backing up item",
            "Backing up item",
            "pkg/backup/item_backupper.go:176",
            **kw,
        )
        for label, src in extra:
            t = V("v", t, "info", label, label, src, **kw)
        n += 1
        t = V(
            "v",
            t,
            "info",
            "Backed up %d items out of an estimated total of %d (estimate will change throughout the backup)",
            f"Backed up {n} items out of an estimated total of {total} (estimate will change throughout the backup)",
            "pkg/backup/backup.go:446",
            progress="",
            **kw,
        )
        return t, n

    def pvb(t: datetime, b: str, pod: str, fail: bool) -> datetime:
        pvc, _ = VE_VOLUMES[pod]
        state["pvb"] += 1
        name = f"{b}-{alnum5()}"
        path = f"/host_pods/{pod_uid[pod]}/volumes/kubernetes.io~csi/{pvc_vol[pvc]}/mount"
        kw = {
            "backup": f"velero/{b}",
            "controller": "podvolumebackup",
            "podvolumebackup": f"velero/{name}",
        }
        src = "pkg/controller/pod_volume_backup_controller.go"
        x = V(
            "n",
            t,
            "info",
            "PodVolumeBackup starting",
            "PodVolumeBackup starting",
            f"{src}:105",
            **kw,
        )
        x = V(
            "n",
            x,
            "info",
            "Async fs backup data path started",
            "Async fs backup data path started",
            f"{src}:191",
            path=path,
            **kw,
        )
        x += secs(r, 3, 40)
        if fail:
            e = f"Failed to run kopia backup: unable to get local block device entry: resolveSymlink: stat: stat {path}: no such file or directory"
            x = V(
                "n",
                x,
                "error",
                "Async fs backup data path failed error=Failed to run kopia backup: unable to get local block device entry: resolveSymlink: stat: stat %s: no such file or directory",
                "Async fs backup data path failed",
                f"{src}:255",
                err=(
                    e,
                    f"{VE_SRC}/pkg/datapath/file_system.go:151",
                    "github.com/vmware-tanzu/velero/pkg/datapath.(*fileSystemBR).StartBackup.func1",
                ),
                pvb=name,
                controller="podvolumebackup",
            )
            return x
        x = V(
            "n",
            x,
            "info",
            "Async fs backup data path completed",
            "Async fs backup data path completed",
            f"{src}:224",
            pvb=name,
            controller="podvolumebackup",
        )
        return V(
            "n",
            x,
            "info",
            "PodVolumeBackup completed",
            "PodVolumeBackup completed",
            f"{src}:244",
            **kw,
        )

    def alnum5() -> str:
        return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))

    def backup(
        t: datetime, sched: str, full: bool, fail_redis: bool, due: datetime | None = None
    ) -> datetime:
        b = f"{sched}-{due or t:%Y%m%d%H%M%S}"
        bb = f"velero/{b}"
        t = V(
            "v",
            t,
            "info",
            "Schedule is due, going to submit backup.",
            "Schedule is due, going to submit backup.",
            "pkg/controller/schedule_controller.go:201",
            controller="schedule",
            schedule=f"velero/{sched}",
        )
        if creds_bad(t):
            return V(
                "v",
                t + secs(r, 0.1, 1),
                "warning",
                "backup can't be created because BackupStorageLocation %s is in Unavailable status.",
                "backup can't be created because BackupStorageLocation default is in Unavailable status.",
                "pkg/controller/backup_controller.go:466",
                backup=bb,
                controller="backup",
            )
        C = "pkg/controller/backup_controller.go"
        t = V(
            "v",
            t,
            "info",
            "Including namespaces: %s",
            "Including namespaces: " + ("*" if full else "shop"),
            "pkg/backup/backup.go:238",
            backup=bb,
        )
        t = V(
            "v",
            t,
            "info",
            "Excluding namespaces: %s",
            "Excluding namespaces: " + ("kube-system, velero" if full else "<none>"),
            "pkg/backup/backup.go:239",
            backup=bb,
        )
        t = V(
            "v",
            t,
            "info",
            "Including resources: %s",
            "Including resources: *",
            "pkg/backup/backup.go:242",
            backup=bb,
        )
        t = V(
            "v",
            t,
            "info",
            "Excluding resources: %s",
            "Excluding resources: <none>",
            "pkg/backup/backup.go:243",
            backup=bb,
        )
        t = V(
            "v",
            t,
            "info",
            "Backing up all volumes using pod volume backup: %t",
            f"Backing up all volumes using pod volume backup: {'false' if full else 'true'}",
            "pkg/backup/backup.go:244",
            backup=bb,
        )
        namespaces = ["shop"] + (VE_OTHER_NS if full else [])
        items: list[tuple[str, str, str]] = []
        for res_, grp, _, names in VE_SHOP:
            t = V(
                "v",
                t,
                "info",
                "Getting items for resource",
                "Getting items for resource",
                "pkg/backup/item_collector.go:171",
                backup=bb,
                group=grp,
                resource=res_,
            )
            for ns in namespaces:
                if ns == "shop":
                    got = names
                else:
                    k = (
                        r.randrange(0, 5)
                        if res_ not in ("persistentvolumeclaims", "statefulsets.apps")
                        else r.randrange(0, 2)
                    )
                    got = [f"{ns}-{res_.split('.')[0][:-1]}-{i}" for i in range(k)]
                    if res_ == "serviceaccounts":
                        got = ["default", *got]
                t = V(
                    "v",
                    t,
                    "info",
                    "Listing items",
                    "Listing items",
                    "pkg/backup/item_collector.go:327",
                    backup=bb,
                    group=grp,
                    namespace=ns,
                    resource=res_,
                )
                t = V(
                    "v",
                    t,
                    "info",
                    "Retrieved %d items",
                    f"Retrieved {len(got)} items",
                    "pkg/backup/item_collector.go:353",
                    backup=bb,
                    group=grp,
                    namespace=ns,
                    resource=res_,
                )
                items += [(res_, ns, n) for n in got]
        total = len(items) + 1
        t = V(
            "v",
            t,
            "info",
            "Collected %d items matching the backup spec from the Kubernetes API (actual number of items backed up may be more or less depending on velero.io/exclude-from-backup annotation, plugins returning additional related items to back up, etc.)",
            f"Collected {len(items)} items matching the backup spec from the Kubernetes API (actual number of items backed up may be more or less depending on velero.io/exclude-from-backup annotation, plugins returning additional related items to back up, etc.)",
            "pkg/backup/backup.go:308",
            backup=bb,
            progress="",
        )
        done: set[tuple[str, str, str]] = set()
        n, errors = 0, 0
        for res_, ns, name in items:
            t += secs(r, 0.05, 0.6)
            kw = {"backup": bb, "name": name, "namespace": ns, "resource": res_}
            if (res_, ns, name) in done:
                t = V(
                    "v",
                    t,
                    "info",
                    "Processing item",
                    "Processing item",
                    "pkg/backup/backup.go:406",
                    progress="",
                    **kw,
                )
                t = V(
                    "v",
                    t,
                    "info",
                    "Skipping item because it's already been backed up.",
                    "Skipping item because it's already been backed up.",
                    "pkg/backup/item_backupper.go:164",
                    **kw,
                )
                continue
            t, n = item(t, bb, res_, ns, name, n, total, [])
            if res_ == "pods":
                t = V(
                    "v",
                    t,
                    "info",
                    "Executing custom action",
                    "Executing custom action",
                    "pkg/backup/item_backupper.go:347",
                    **kw,
                )
                t = V(
                    "v",
                    t,
                    "info",
                    "Executing podAction",
                    "Executing podAction",
                    "pkg/backup/actions/pod_action.go:51",
                    backup=bb,
                    cmd="/velero",
                    pluginName="velero",
                )
                if ns == "shop" and name in VE_VOLUMES:
                    pvc, vol = VE_VOLUMES[name]
                    t = V(
                        "v",
                        t,
                        "info",
                        "Adding pvc %s to additionalItems",
                        f"Adding pvc {pvc} to additionalItems",
                        "pkg/backup/actions/pod_action.go:67",
                        backup=bb,
                        cmd="/velero",
                        pluginName="velero",
                    )
                t = V(
                    "v",
                    t,
                    "info",
                    "Done executing podAction",
                    "Done executing podAction",
                    "pkg/backup/actions/pod_action.go:77",
                    backup=bb,
                    cmd="/velero",
                    pluginName="velero",
                )
                if ns == "shop" and name in VE_VOLUMES:
                    pvc, vol = VE_VOLUMES[name]
                    t, n = item(t, bb, "persistentvolumeclaims", ns, pvc, n, total, [])
                    done.add(("persistentvolumeclaims", ns, pvc))
                    t = V(
                        "v",
                        t,
                        "info",
                        "Skipping snapshot of persistent volume because volume is being backed up with pod volume backup.",
                        "Skipping snapshot of persistent volume because volume is being backed up with pod volume backup.",
                        "pkg/backup/item_backupper.go:522",
                        backup=bb,
                        name=pvc_vol[pvc],
                        namespace="",
                        persistentVolume=pvc_vol[pvc],
                        resource="persistentvolumes",
                    )
                    if not full:
                        t = V(
                            "v",
                            t,
                            "info",
                            "pod %s/%s has volumes to backup: %v",
                            f"pod shop/{name} has volumes to backup: [{vol}]",
                            "pkg/podvolume/backupper.go:175",
                            backup=bb,
                            name=name,
                            namespace="shop",
                            resource="pods",
                        )
                        bad = fail_redis and name == "shop-redis-0"
                        x = pvb(t + secs(r, 0.5, 2), b, name, bad)
                        if bad:
                            e = f"pod volume backup failed: data path backup failed: Failed to run kopia backup: unable to get local block device entry: resolveSymlink: stat: stat /host_pods/{pod_uid[name]}/volumes/kubernetes.io~csi/{pvc_vol[pvc]}/mount: no such file or directory"
                            t = V(
                                "v",
                                x + secs(r, 0.5, 2),
                                "error",
                                "Error backing up item error=pod volume backup failed: data path backup failed: Failed to run kopia backup: unable to get local block device entry: resolveSymlink: stat: stat %s: no such file or directory",
                                "Error backing up item",
                                "pkg/backup/backup.go:448",
                                err=(
                                    e,
                                    f"{VE_SRC}/pkg/podvolume/backupper.go:317",
                                    "github.com/vmware-tanzu/velero/pkg/podvolume.(*backupper).BackupPodVolumes",
                                ),
                                backup=bb,
                                name=name,
                            )
                            errors += 1
                        else:
                            t = max(t, x)
        t = V(
            "v",
            t,
            "info",
            "Backed up a total of %d items",
            f"Backed up a total of {n} items",
            "pkg/backup/backup.go:475",
            backup=bb,
            progress="",
        )
        t = V(
            "v",
            t + secs(r, 0.2, 1),
            "info",
            "Setting up backup store to persist the backup",
            "Setting up backup store to persist the backup",
            f"{C}:737",
            backup=bb,
        )
        return V(
            "v",
            t + secs(r, 0.5, 3),
            "info",
            "Backup completed",
            "Backup completed",
            f"{C}:751",
            backup=bb,
        )

    def gc(t: datetime, expired: list[str]) -> None:
        for b in expired:
            t = V(
                "v",
                t,
                "info",
                "Backup:%s has expired",
                f"Backup:velero/{b} has expired",
                "pkg/controller/gc_controller.go:154",
                backup=f"velero/{b}",
                controller="gc",
            )
            t = V(
                "v",
                t,
                "info",
                "Creating a new deletion request",
                "Creating a new deletion request",
                "pkg/controller/gc_controller.go:178",
                backup=f"velero/{b}",
                controller="gc",
            )
            dbr = f"velero/{b}-{alnum5()}"
            for m, line in [("Removing backup from backup storage", 311)]:
                t = V(
                    "v",
                    t + secs(r, 0.1, 1.5),
                    "info",
                    m,
                    m,
                    f"pkg/controller/backup_deletion_controller.go:{line}",
                    backup=b,
                    controller="backup-deletion",
                    deletebackuprequest=dbr,
                )
            t = V(
                "v",
                t + secs(r, 0.5, 3),
                "info",
                "The request has status '%s', skip.",
                "The request has status 'Processed', skip.",
                "pkg/controller/backup_deletion_controller.go:120",
                controller="backup-deletion",
                deletebackuprequest=dbr,
            )

    for h in range(6, 13):
        sched = at(h, 0, 0)
        if sched >= t0:
            end = backup(sched, "hourly-shop", False, h == 10)
        if h == 7:
            backup(max(end, at(7, 0, 0)) + secs(r, 1, 3), "daily-full", True, False, at(7, 0, 0))
        g = at(h, 5, 0) + secs(r, 0, 20)
        if g < t_end:
            gc(
                g,
                [f"hourly-shop-{datetime(2024, 6, 1, h, 0):%Y%m%d%H%M%S}"]
                + ([f"daily-full-{datetime(2024, 5, 5, 7, 0):%Y%m%d%H%M%S}"] if h == 7 else []),
            )
    # a restore of the noon backup into shop-test
    t = at(12, 10, 14)
    rn = "velero/shop-restore-test-20240604121014"
    rb = f"velero/hourly-shop-{at(12, 0, 0):%Y%m%d%H%M%S}"
    RS = "pkg/restore/restore.go"
    t = V(
        "v",
        t,
        "info",
        "starting restore",
        "starting restore",
        "pkg/controller/restore_controller.go:458",
        restore=rn,
    )
    t = V(
        "v",
        t,
        "info",
        "Starting restore of backup %s",
        f"Starting restore of backup {rb}",
        f"{RS}:421",
        restore=rn,
    )
    total = sum(len(x[3]) for x in VE_SHOP)
    k = 0
    for res_, grp, kind, names in VE_SHOP:
        if res_ in ("replicasets.apps",):
            continue
        t = V(
            "v",
            t + secs(r, 0.1, 0.5),
            "info",
            "Restoring resource '%s' into namespace '%s'",
            f"Restoring resource '{res_}' into namespace 'shop-test'",
            f"{RS}:1009",
            restore=rn,
        )
        gv = grp if "/" in grp else f"/{grp}"
        t = V(
            "v",
            t,
            "info",
            "Getting client for %s",
            f"Getting client for {gv}, Kind={kind}",
            f"{RS}:1056",
            restore=rn,
        )
        for name in names:
            k += 1
            if res_ == "serviceaccounts" and name == "default":
                t = V(
                    "v",
                    t,
                    "info",
                    "Restore of %s, %s skipped: it already exists in the cluster and is the same as the backed up version",
                    f"Restore of {kind}, {name} skipped: it already exists in the cluster and is the same as the backed up version",
                    f"{RS}:1540",
                    restore=rn,
                )
            else:
                t = V(
                    "v",
                    t,
                    "info",
                    "Attempting to restore %s: %s",
                    f"Attempting to restore {kind}: {name}",
                    f"{RS}:1244",
                    restore=rn,
                )
            t = V(
                "v",
                t,
                "info",
                "Restored %d items out of an estimated total of %d (estimate will change throughout the restore)",
                f"Restored {k} items out of an estimated total of {total} (estimate will change throughout the restore)",
                f"{RS}:754",
                name=name,
                namespace="shop-test",
                progress="",
                resource=res_,
                restore=rn,
            )
    t = V(
        "v",
        t,
        "info",
        "Waiting for all pod volume restores to complete",
        "Waiting for all pod volume restores to complete",
        f"{RS}:658",
        restore=rn,
    )
    x = t + secs(r, 20, 60)
    t = V(
        "v",
        x + secs(r, 1, 3),
        "info",
        "Done waiting for all pod volume restores to complete",
        "Done waiting for all pod volume restores to complete",
        f"{RS}:674",
        restore=rn,
    )
    V(
        "v",
        t + secs(r, 0.5, 2),
        "info",
        "restore completed",
        "restore completed",
        "pkg/controller/restore_controller.go:591",
        restore=rn,
    )
    return o.logs(t0, {"v": "velero.log", "n": "node-agent-x7k2p.log"})


# --------------------------------------------------------------------------------- thanos


def kf(v: object) -> str:
    """go-kit logfmt's value: quoted when empty or holding a space, `=`, `"` or a control
    character."""
    s = str(v)
    if s == "" or any(c <= " " or c in '="\\' for c in s):
        return goquote(s)
    return s


def ns_iso(t: datetime, r: random.Random) -> str:
    """RFC 3339 with nanoseconds, trailing zeros trimmed, as Go's RFC3339Nano writes it."""
    frac = f"{t.microsecond:06d}{r.randrange(1000):03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


TH_EXT0 = '{cluster="prod-eu1", replica="prometheus-0"}'
TH_EXT1 = '{cluster="prod-eu1", replica="prometheus-1"}'
TH_SIDECARS = [("10.244.2.31:10901", TH_EXT0), ("10.244.5.17:10901", TH_EXT1)]
TH_STORE = "10.244.4.9:10901"
TH_GROUP = "0@5679675083797525161"
TH_GROUP_LSET = '0@{cluster="prod-eu1", replica="prometheus-0"}'
TH_SERIES_REQ = 'min_time:%d max_time:%d matchers:<name:"__name__" value:"%s" > aggregates:COUNT aggregates:SUM partial_response_disabled:true'


def thanos(r: random.Random) -> list[Log]:
    """Thanos 0.35.1 in one cluster (`--log.format=logfmt`), 06:00 to 13:10, one file per
    component: prometheus-0's sidecar, a store gateway, the compactor (`--wait`, five-minute
    iterations) and a querier. The sidecar uploads a block every two hours; the store gateway
    syncs metadata every three minutes and loads new blocks; the compactor syncs, compacts the
    2-hour blocks into 8-hour ones, downsamples and cleans up. prometheus-0 is OOM-killed at
    08:30 (the sidecar's heartbeat and upload fail, the querier drops its endpoint for three
    minutes); a block backfilled by hand at 09:05 overlaps another, and the compactor halts at
    09:20 (`critical error detected; halting`) until the block is marked and the compactor
    restarted at 11:05; from 10:00 to 10:40 a dashboard's queries exceed the store gateway's
    series limit (`Store failure` on the querier)."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"ts={ns_iso(t, r)} caller={ctx} level={lvl} "

    o = Out(1, ["s", "g", "c", "q"], head)
    t0, t_end = at(6, 0, 1), at(13, 10, 0)
    oom0, oom1 = at(8, 30, 12), at(8, 33, 40)
    halt, unhalt = at(9, 20, 0), at(11, 5, 0)
    lim0, lim1 = at(10, 0, 0), at(10, 40, 0)

    def T(
        f: str,
        t: datetime,
        lvl: str,
        caller: str,
        label: str,
        msg: str | None,
        pre: list[tuple[str, object]] | None = None,
        err: str | None = None,
        kv: list[tuple[str, object]] | None = None,
    ) -> datetime:
        parts = [f"{k}={kf(v)}" for k, v in pre or []]
        if msg is not None:
            parts.append(f"msg={kf(msg)}")
        parts += [f"{k}={kf(v)}" for k, v in kv or []]
        if err is not None:
            parts.append(f"err={kf(err)}")
        return o.e(f, t, label, lvl=lvl, ctx=caller, msg=" ".join(parts))

    def dur(lo: float, hi: float) -> list[tuple[str, object]]:
        d = r.uniform(lo, hi)
        s = f"{d * 1000:.6f}ms" if d < 1 else f"{d:.9f}s"
        return [
            ("duration", s.rstrip("0").rstrip(".") if "." in s else s),
            ("duration_ms", int(d * 1000)),
        ]

    def http_up(f: str, t: datetime, comp: str) -> datetime:
        t = T(
            f,
            t,
            "info",
            "intrumentation.go:75",
            "changing probe status",
            "changing probe status",
            kv=[("status", "healthy")],
        )
        t = T(
            f,
            t,
            "info",
            "http.go:73",
            "listening for requests and metrics",
            "listening for requests and metrics",
            pre=[("service", "http/server"), ("component", comp)],
            kv=[("address", "0.0.0.0:10902")],
        )
        t = T(
            f,
            t,
            "info",
            "tls_config.go:313",
            "Listening on",
            "Listening on",
            pre=[("service", "http/server"), ("component", comp)],
            kv=[("address", "[::]:10902")],
        )
        return T(
            f,
            t,
            "info",
            "tls_config.go:316",
            "TLS is disabled.",
            "TLS is disabled.",
            pre=[("service", "http/server"), ("component", comp)],
            kv=[("http2", "false"), ("address", "[::]:10902")],
        )

    def grpc_up(f: str, t: datetime, comp: str) -> datetime:
        t = T(
            f,
            t,
            "info",
            "intrumentation.go:56",
            "changing probe status",
            "changing probe status",
            kv=[("status", "ready")],
        )
        return T(
            f,
            t,
            "info",
            "grpc.go:131",
            "listening for serving gRPC",
            "listening for serving gRPC",
            pre=[("service", "gRPC/server"), ("component", comp)],
            kv=[("address", "0.0.0.0:10901")],
        )

    def synced(f: str, t: datetime, n: int, view: bool = False) -> datetime:
        kv = [*dur(0.02, 1.8), ("cached", n), ("returned", n), ("partial", 0)]
        pre = [("component", "block.BaseFetcher")]
        if view:
            pre.append(("view", "globalBlockView"))
        return T(
            f,
            t,
            "info",
            "fetcher.go:557",
            "successfully synchronized block metadata",
            "successfully synchronized block metadata",
            pre=pre,
            kv=kv,
        )

    # blocks in the bucket: 2-hour blocks of both replicas, older 8-hour ones
    blocks = {"n": 248}

    # ---- sidecar
    t = T(
        "s",
        t0,
        "info",
        "options.go:26",
        "disabled TLS, key and cert must be set to enable",
        "disabled TLS, key and cert must be set to enable",
        pre=[("protocol", "gRPC")],
    )
    t = T(
        "s",
        t,
        "info",
        "factory.go:53",
        "loading bucket configuration",
        "loading bucket configuration",
    )
    t = T("s", t, "info", "sidecar.go:383", "starting sidecar", "starting sidecar")
    t = T(
        "s",
        t,
        "info",
        "reloader.go:238",
        "nothing to be watched",
        "nothing to be watched",
        pre=[("component", "reloader")],
    )
    t = http_up("s", t, "sidecar")
    t = grpc_up("s", t, "sidecar")
    t = T(
        "s",
        t + secs(r, 0.01, 0.1),
        "info",
        "sidecar.go:195",
        "successfully loaded prometheus version",
        "successfully loaded prometheus version",
    )
    T(
        "s",
        t,
        "info",
        "sidecar.go:217",
        "successfully loaded prometheus external labels",
        "successfully loaded prometheus external labels",
        kv=[("external_labels", TH_EXT0)],
    )
    uploads = []
    for h in (7, 9, 11):
        t = at(h, 0, 0) + secs(r, 150, 200)
        b = ulid(r, t - timedelta(minutes=r.uniform(2, 3)))
        T("s", t, "info", "shipper.go:334", "upload new block", "upload new block", kv=[("id", b)])
        uploads.append((t, b))
    # prometheus-0 OOM-killed
    x = oom0 + secs(r, 1, 15)
    while x < oom1:
        u = "http://localhost:9090/api/v1/status/config"
        x = T(
            "s",
            x,
            "warn",
            "sidecar.go:105",
            "heartbeat failed err=perform GET request against %s: Get %q: dial tcp %s: connect: connection refused",
            "heartbeat failed",
            pre=[("component", "sidecar")],
            err=f'perform GET request against {u}: Get "{u}": dial tcp 127.0.0.1:9090: connect: connection refused',
        )
        x += secs(r, 29.9, 30.1)
    x = T(
        "s",
        oom0 + secs(r, 20, 25),
        "error",
        "shipper.go:361",
        "reading meta file failed, will override it err=open %s: no such file or directory",
        "reading meta file failed, will override it",
        err="open /prometheus/thanos.shipper.json: no such file or directory",
    )
    T(
        "s",
        x + secs(r, 0.01, 0.02),
        "warn",
        "sidecar.go:292",
        "err=failed to sync %d blocks",
        None,
        kv=[("uploaded", 0)],
        err="failed to sync 1 blocks",
    )
    T(
        "s",
        oom1 + secs(r, 5, 10),
        "info",
        "sidecar.go:217",
        "successfully loaded prometheus external labels",
        "successfully loaded prometheus external labels",
        kv=[("external_labels", TH_EXT0)],
    )

    # ---- store gateway
    t = T(
        "g",
        t0 + secs(r, 1, 3),
        "info",
        "factory.go:53",
        "loading bucket configuration",
        "loading bucket configuration",
    )
    t = T(
        "g",
        t,
        "info",
        "inmemory.go:172",
        "created in-memory index cache",
        "created in-memory index cache",
        kv=[("maxItemSizeBytes", 131072000), ("maxSizeBytes", 262144000), ("maxItems", "maxInt")],
    )
    t = T("g", t, "info", "store.go:485", "starting store node", "starting store node")
    t = http_up("g", t, "store")
    t = T("g", t, "info", "store.go:382", "initializing bucket store", "initializing bucket store")
    t = synced("g", t + secs(r, 1, 3), blocks["n"])
    for _ in range(64):
        t = T(
            "g",
            t + secs(r, 0.05, 0.4),
            "info",
            "bucket.go:694",
            "loaded new block",
            "loaded new block",
            kv=[
                ("elapsed", f"{r.uniform(20, 900):.6f}ms"),
                ("id", ulid(r, at(5, 0) - timedelta(days=r.uniform(0, 30)))),
            ],
        )
    t = T(
        "g",
        t,
        "info",
        "store.go:389",
        "bucket store ready",
        "bucket store ready",
        kv=[("init_duration", f"{r.uniform(18, 30):.9f}s")],
    )
    t = grpc_up("g", t, "store")
    x = t + secs(r, 170, 190)
    while x < t_end:
        x = synced("g", x, blocks["n"])
        x += secs(r, 179, 181)

    # ---- compactor
    def cstart(t: datetime) -> datetime:
        t = T(
            "c",
            t,
            "info",
            "factory.go:53",
            "loading bucket configuration",
            "loading bucket configuration",
        )
        for what, d in [
            ("raw samples", "720h0m0s"),
            ("5 min aggregated samples", "2160h0m0s"),
            ("1 hour aggregated samples", "8760h0m0s"),
        ]:
            m = f"retention policy of {what} is enabled"
            t = T("c", t, "info", "compact.go:393", m, m, kv=[("duration", d)])
        t = T("c", t, "info", "compact.go:643", "starting compact node", "starting compact node")
        t = T(
            "c",
            t,
            "info",
            "intrumentation.go:56",
            "changing probe status",
            "changing probe status",
            kv=[("status", "ready")],
        )
        return http_up("c", t, "compact")

    def compaction(t: datetime) -> datetime:
        srcs = [ulid(r, t - timedelta(hours=r.uniform(2, 9))) for _ in range(4)]
        mint = int((at(t.hour, 0) - timedelta(hours=10)).timestamp() * 1000) // 7200000 * 7200000
        pre = [("group", TH_GROUP_LSET), ("groupKey", TH_GROUP)]
        plan = " ".join(
            f"{s} (min time: {mint + i * 7200000}, max time: {mint + (i + 1) * 7200000})"
            for i, s in enumerate(srcs)
        )
        t = T(
            "c",
            t,
            "info",
            "compact.go:1118",
            "compaction available and planned",
            "compaction available and planned",
            pre=pre,
            kv=[("plan", f"[{plan}]")],
        )
        new = ulid(r, t)
        t = T(
            "c",
            t + secs(r, 8, 40),
            "info",
            "compact.go:1127",
            "compact blocks",
            "compact blocks",
            pre=pre,
            kv=[
                ("count", 4),
                ("mint", mint),
                ("maxt", mint + 4 * 7200000),
                ("ulid", new),
                ("sources", "[" + " ".join(srcs) + "]"),
                *dur(8, 40),
            ],
        )
        t = T(
            "c",
            t + secs(r, 2, 12),
            "info",
            "compact.go:1193",
            "uploaded block",
            "uploaded block",
            pre=pre,
            kv=[("result_block", new), *dur(2, 12)],
        )
        for s in srcs:
            t = T(
                "c",
                t,
                "info",
                "compact.go:1210",
                "marking compacted block for deletion",
                "marking compacted block for deletion",
                pre=pre,
                kv=[("old_block", s)],
            )
            t = T(
                "c",
                t + secs(r, 0.01, 0.1),
                "info",
                "block.go:203",
                "block has been marked for deletion",
                "block has been marked for deletion",
                kv=[("block", s)],
            )
        blocks["n"] -= 3
        return t

    def iteration(t: datetime, planned: int) -> datetime:
        t = T("c", t, "info", "compact.go:1296", "start sync of metas", "start sync of metas")
        t = synced("c", t + secs(r, 0.2, 1.5), blocks["n"])
        t = T("c", t, "info", "compact.go:1301", "start of GC", "start of GC")
        t = T("c", t, "info", "compact.go:1324", "start of compactions", "start of compactions")
        for _ in range(planned):
            t = compaction(t + secs(r, 0.1, 1))
        t = T(
            "c",
            t,
            "info",
            "compact.go:1362",
            "compaction iterations done",
            "compaction iterations done",
        )
        t = T(
            "c",
            t,
            "info",
            "compact.go:1369",
            "start first pass of downsampling",
            "start first pass of downsampling",
        )
        t = synced("c", t + secs(r, 0.1, 0.6), blocks["n"])
        t = T(
            "c",
            t,
            "info",
            "compact.go:1387",
            "start second pass of downsampling",
            "start second pass of downsampling",
        )
        t = synced("c", t + secs(r, 0.1, 0.6), blocks["n"])
        t = T(
            "c",
            t,
            "info",
            "compact.go:1406",
            "downsampling iterations done",
            "downsampling iterations done",
        )
        t = synced("c", t + secs(r, 0.1, 0.6), blocks["n"])
        t = T(
            "c",
            t,
            "info",
            "retention.go:32",
            "start optional retention",
            "start optional retention",
        )
        t = T(
            "c",
            t,
            "info",
            "retention.go:47",
            "optional retention apply done",
            "optional retention apply done",
        )
        t = T(
            "c",
            t,
            "info",
            "clean.go:34",
            "started cleaning of aborted partial uploads",
            "started cleaning of aborted partial uploads",
        )
        t = T(
            "c",
            t,
            "info",
            "clean.go:61",
            "cleaning of aborted partial uploads done",
            "cleaning of aborted partial uploads done",
        )
        t = T(
            "c",
            t,
            "info",
            "blocks_cleaner.go:44",
            "started cleaning of blocks marked for deletion",
            "started cleaning of blocks marked for deletion",
            pre=[("component", "blocks-cleaner")],
        )
        return T(
            "c",
            t + secs(r, 0.1, 2),
            "info",
            "blocks_cleaner.go:58",
            "cleaning of blocks marked for deletion done",
            "cleaning of blocks marked for deletion done",
            pre=[("component", "blocks-cleaner")],
        )

    t = cstart(t0 + secs(r, 0.5, 2))
    x = t + secs(r, 1, 3)
    while x < halt:
        planned = 1 if x.hour in (7, 9) and x.minute < 10 else 0
        iteration(x, planned)
        x += secs(r, 299.5, 300.5)
    bad = [ulid(r, at(9, 5, 0)), ulid(r, at(7, 3, 0))]
    mint = int(at(6, 0, 0).timestamp() * 1000) - 7200000
    t = T("c", x, "info", "compact.go:1296", "start sync of metas", "start sync of metas")
    t = synced("c", t + secs(r, 0.2, 1.5), blocks["n"] + 1)
    t = T("c", t, "info", "compact.go:1301", "start of GC", "start of GC")
    t = T("c", t, "info", "compact.go:1324", "start of compactions", "start of compactions")
    t = T(
        "c",
        t + secs(r, 0.5, 2),
        "error",
        "compact.go:486",
        "critical error detected; halting err=compaction: group %s: pre compaction overlap check: overlaps found while gathering blocks. [mint: %d, maxt: %d, range: %s, blocks: %d]: <ulid: %s, mint: %d, maxt: %d, range: %s>, <ulid: %s, mint: %d, maxt: %d, range: %s>",
        "critical error detected; halting",
        err=f"compaction: group {TH_GROUP}: pre compaction overlap check: overlaps found while gathering blocks. [mint: {mint}, maxt: {mint + 7200000}, range: 2h0m0s, blocks: 2]: <ulid: {bad[0]}, mint: {mint}, maxt: {mint + 7200000}, range: 2h0m0s>, <ulid: {bad[1]}, mint: {mint}, maxt: {mint + 7200000}, range: 2h0m0s>",
    )
    x = t + secs(r, 50, 70)
    while x < unhalt:
        x = synced("c", x, blocks["n"] + 1, view=True)
        x += secs(r, 59.8, 60.2)
    t = cstart(unhalt + secs(r, 20, 40))
    x = t + secs(r, 1, 3)
    first = True
    while x < t_end:
        iteration(x, 2 if first else 0)
        first = False
        x += secs(r, 299.5, 300.5)
    # store gateway picks up the compactor's and sidecar's blocks, drops deleted ones
    for when, _ in uploads:
        T(
            "g",
            when + secs(r, 60, 180),
            "info",
            "bucket.go:694",
            "loaded new block",
            "loaded new block",
            kv=[("elapsed", f"{r.uniform(20, 400):.6f}ms"), ("id", ulid(r, when))],
        )
    for when in (at(7, 25, 0), at(9, 24, 0), at(11, 31, 0), at(11, 52, 0)):
        for _ in range(4):
            T(
                "g",
                when + secs(r, 0, 60),
                "info",
                "bucket.go:746",
                "dropped outdated block",
                "dropped outdated block",
                kv=[("block", ulid(r, when - timedelta(hours=9)))],
            )
        T(
            "g",
            when + secs(r, 60, 90),
            "info",
            "bucket.go:694",
            "loaded new block",
            "loaded new block",
            kv=[("elapsed", f"{r.uniform(20, 400):.6f}ms"), ("id", ulid(r, when))],
        )

    # ---- querier
    t = T(
        "q",
        t0 + secs(r, 2, 4),
        "info",
        "options.go:26",
        "disabled TLS, key and cert must be set to enable",
        "disabled TLS, key and cert must be set to enable",
        pre=[("protocol", "gRPC")],
    )
    t = T("q", t, "info", "query.go:813", "starting query node", "starting query node")
    t = http_up("q", t, "query")
    t = grpc_up("q", t, "query")

    def add_ep(t: datetime, addr: str, lset: str) -> datetime:
        if lset:
            m = "adding new sidecar with [storeEndpoints rulesAPI exemplarsAPI targetsAPI MetricMetadataAPI]"
        else:
            m = "adding new store with [storeEndpoints]"
        return T(
            "q",
            t,
            "info",
            "endpointset.go:425",
            m,
            m,
            pre=[("component", "endpointset")],
            kv=[("address", addr), ("extLset", lset)],
        )

    for addr, lset in [*TH_SIDECARS, (TH_STORE, "")]:
        t = add_ep(t + secs(r, 0.01, 0.2), addr, lset)
    x = oom0 + secs(r, 2, 5)
    removed = False
    while x < oom1:
        x = T(
            "q",
            x,
            "warn",
            "endpointset.go:458",
            "update of endpoint failed err=getting metadata: fallback fetching info from %s: rpc error: code = %s desc = %s",
            "update of endpoint failed",
            pre=[("component", "endpointset")],
            err=f"getting metadata: fallback fetching info from {TH_SIDECARS[0][0]}: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
            kv=[("address", TH_SIDECARS[0][0])],
        )
        if not removed and x > oom0 + timedelta(seconds=60):
            x = T(
                "q",
                x,
                "info",
                "endpointset.go:475",
                "removing endpoint because it's unhealthy or does not exist",
                "removing endpoint because it's unhealthy or does not exist",
                pre=[("component", "endpointset")],
                kv=[("address", TH_SIDECARS[0][0]), ("extLset", TH_EXT0)],
            )
            removed = True
        x += secs(r, 4.9, 5.1)
    add_ep(oom1 + secs(r, 3, 6), *TH_SIDECARS[0])
    metrics = [
        "http_requests_total",
        "container_memory_working_set_bytes",
        "kube_pod_container_status_restarts_total",
        "node_cpu_seconds_total",
    ]
    for x in poisson(r, oom0 + timedelta(seconds=2), oom0 + timedelta(seconds=62), 6):
        T(
            "q",
            x,
            "warn",
            "proxy.go:414",
            "Store failure err=rpc error: code = Unavailable desc = connection error: desc = %q",
            "Store failure",
            pre=[("component", "proxy")],
            kv=[
                (
                    "request",
                    TH_SERIES_REQ
                    % (
                        int(x.timestamp() * 1000) - 3600000,
                        int(x.timestamp() * 1000),
                        r.choice(metrics),
                    ),
                )
            ],
            err=f'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp {TH_SIDECARS[0][0]}: connect: connection refused"',
        )
    for x in poisson(r, lim0, lim1, 11):
        got = r.randrange(500001, 540000)
        T(
            "q",
            x,
            "warn",
            "proxy.go:414",
            "Store failure err=failed to receive any data from Addr: %s LabelSets: %s MinTime: %d MaxTime: %d: rpc error: code = Aborted desc = exceeded series limit: limit %d violated (got %d)",
            "Store failure",
            pre=[("component", "proxy")],
            kv=[
                (
                    "request",
                    TH_SERIES_REQ
                    % (
                        int(x.timestamp() * 1000) - 30 * 86400000,
                        int(x.timestamp() * 1000),
                        "http_requests_total",
                    ),
                )
            ],
            err=f"failed to receive any data from Addr: {TH_STORE} LabelSets: {{}} MinTime: 1714780800000 MaxTime: 1717473600000: rpc error: code = Aborted desc = exceeded series limit: limit 500000 violated (got {got})",
        )
        T(
            "g",
            x - secs(r, 0.05, 0.3),
            "warn",
            "bucket.go:1453",
            "series limit exceeded err=exceeded series limit: limit %d violated (got %d)",
            "series limit exceeded",
            err=f"exceeded series limit: limit 500000 violated (got {got})",
            kv=[
                (
                    "request",
                    TH_SERIES_REQ
                    % (
                        int(x.timestamp() * 1000) - 30 * 86400000,
                        int(x.timestamp() * 1000),
                        "http_requests_total",
                    ),
                )
            ],
        )
    return o.logs(
        t0,
        {
            "s": "thanos-sidecar-0.log",
            "g": "thanos-store-0.log",
            "c": "thanos-compact-0.log",
            "q": "thanos-query-0.log",
        },
    )


# --------------------------------------------------------------------------------- adguardhome

AG_CLIENTS = {
    "pixel-8-anna": ("192.168.10.41", "a4:83:e7:1c:52:9e"),
    "galaxy-s23-marco": ("192.168.10.57", "5c:e9:1e:03:b4:71"),
    "macbook-anna": ("192.168.10.23", "f0:18:98:2a:6c:11"),
    "thinkpad-work": ("192.168.10.31", "8c:16:45:9b:0e:d2"),
    "tv-livingroom": ("192.168.10.64", "70:2a:d5:44:19:07"),
    "esp32-boiler": ("192.168.10.80", "24:6f:28:a1:33:5c"),
    "ipad-kids": ("192.168.10.72", "9c:3e:53:7b:2d:40"),
    "nas": ("192.168.10.5", "00:11:32:8e:4a:9f"),
    "printer": ("192.168.10.9", "30:05:5c:71:0b:e3"),
    "raspberrypi": ("192.168.10.7", "dc:a6:32:09:5f:18"),
}
AG_NAMES = [
    ("www.google.com", "A", "142.250.185.68"),
    ("api.github.com", "A", "140.82.121.6"),
    ("connectivitycheck.gstatic.com", "A", "142.250.186.35"),
    ("i.ytimg.com", "AAAA", "2a00:1450:4001:82b::2016"),
    ("graph.facebook.com", "A", "157.240.27.18"),
    ("time.cloudflare.com", "A", "162.159.200.1"),
    ("push.apple.com", "A", "17.253.37.206"),
    ("nrdp.prod.ftl.netflix.com", "A", "54.155.178.5"),
    ("mqtt.boiler-cloud.example", "A", "203.0.113.17"),
    ("doubleclick.net", "A", "0.0.0.0"),
]
AG_UPSTREAM = "tls://dns.quad9.net:853"
AG_FILTERS = [
    (1, "AdGuard DNS filter"),
    (2, "AdAway Default Blocklist"),
    (1718100000, "OISD Big"),
    (1718100001, "Steven Black's hosts"),
]
AG_DEAD = (1718100002, "https://lists.example-blocklists.net/smarttv.txt")


def dns_dump(r: random.Random, name: str, qtype: str, out: str | None) -> str:
    """A DNS message as miekg/dns's Msg.String() prints it (no trailing newline)."""
    mid = r.randrange(1, 65535)
    if out is None:
        return "\n".join(
            [
                f";; opcode: QUERY, status: NOERROR, id: {mid}",
                ";; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1",
                "",
                ";; OPT PSEUDOSECTION:",
                "; EDNS: version 0; flags:; udp: 1232",
                "",
                ";; QUESTION SECTION:",
                f";{name}.\tIN\t {qtype}",
            ]
        )
    return "\n".join(
        [
            f";; opcode: QUERY, status: NOERROR, id: {mid}",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0",
            "",
            ";; QUESTION SECTION:",
            f";{name}.\tIN\t {qtype}",
            "",
            ";; ANSWER SECTION:",
            f"{name}.\t{r.randrange(10, 300)}\tIN\t{qtype}\t{out}",
        ]
    )


def adguardhome(r: random.Random) -> list[Log]:
    """AdGuard Home 0.107.50 on a home server (`log_file: /var/log/AdGuardHome.log`), 06:00 to
    12:00: the DNS server for the LAN (plain DNS, DNS-over-TLS on 853 for the phones' Private
    DNS) and its DHCP server. The TLS certificate expired at midnight: the phones' DoT
    connections fail (`remote error: tls: expired certificate`) until the owner uploads a
    renewed certificate at 09:02 (the DNS server restarts). Quad9's DoT upstream times out and
    resets connections from 07:10 to 07:40; the filter lists are checked every hour (one list's
    host is gone); leases are handed out and renewed; clients reset TCP connections. At 08:30
    AdGuard Home is restarted with `verbose: true` (each query's message printed over several
    lines) and at 08:36 restarted back without it; the query log rotates at 10:14."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y/%m/%d %H:%M:%S}.{t.microsecond:06d} [{lvl}] "

    o = Out(1, ["a"], head)
    t0, t_end = at(6, 0, 2), at(12, 0, 0)
    up0, up1 = at(7, 10, 0), at(7, 40, 0)
    verbose0, verbose1 = at(8, 30, 5), at(8, 36, 20)
    cert_fix = at(9, 2, 33)

    def A(t: datetime, lvl: str, label: str, msg: str | None = None, *args: object) -> datetime:
        return o.e("a", t, label, *args, lvl=lvl, msg=msg)

    def dns_up(t: datetime) -> datetime:
        t = A(
            t, "info", "dnsproxy: starting dns proxy server", "dnsproxy: starting dns proxy server"
        )
        for proto, port in (("udp", 53), ("tcp", 53), ("tls", 853)):
            t = A(
                t,
                "info",
                "dnsproxy: creating %s server socket %s",
                f"dnsproxy: creating {proto} server socket 0.0.0.0:{port}",
            )
            t = A(
                t,
                "info",
                "dnsproxy: listening to %s://%s",
                f"dnsproxy: listening to {proto}://[::]:{port}",
            )
        for proto, port in (("udp", 53), ("tcp", 53), ("tls", 853)):
            t = A(
                t + secs(r, 0, 0.001),
                "info",
                "dnsproxy: entering %s listener loop on %s",
                f"dnsproxy: entering {proto} listener loop on [::]:{port}",
            )
        return t

    def cert_line(t: datetime, ok: bool) -> datetime:
        if ok:
            return A(
                t,
                "info",
                "tls: certificate for %s is valid until %s",
                "tls: certificate for [adguard.home.example.net] is valid until 2024-09-02 08:01:44 +0000 UTC",
            )
        return A(
            t,
            "error",
            "tls: validating certificate: x509: certificate has expired or is not yet valid: current time %s is after %s",
            f"tls: validating certificate: x509: certificate has expired or is not yet valid: current time {t:%Y-%m-%dT%H:%M:%SZ} is after 2024-06-03T23:59:59Z",
        )

    def start(t: datetime, verbose: bool, cert_ok: bool) -> datetime:
        t = A(t, "info", "AdGuard Home, version %s", "AdGuard Home, version v0.107.50")
        if verbose:
            t = A(
                t,
                "debug",
                "current working directory is %s",
                "current working directory is /opt/AdGuardHome",
            )
            t = A(t, "debug", "config file: %s", "config file: /opt/AdGuardHome/AdGuardHome.yaml")
        t = A(
            t + secs(r, 0.001, 0.01),
            "info",
            "Initializing auth module: %s",
            "Initializing auth module: /opt/AdGuardHome/data/sessions.db",
        )
        t = A(
            t,
            "info",
            "auth: initialized.  users:%d  sessions:%d",
            f"auth: initialized.  users:1  sessions:{r.randrange(2, 6)}",
        )
        t = A(t, "info", "web: initializing", "web: initializing")
        t = cert_line(t + secs(r, 0.001, 0.01), cert_ok)
        t = A(
            t,
            "info",
            "dnsproxy: cache: enabled, size %d b",
            "dnsproxy: cache: enabled, size 4194304 b",
        )
        t = A(
            t,
            "info",
            "dnsproxy: max goroutines is set to %d",
            "dnsproxy: max goroutines is set to 300",
        )
        for fid, _ in AG_FILTERS:
            n = r.randrange(40_000, 180_000)
            t = A(
                t + secs(r, 0.01, 0.2),
                "info",
                "filtering: loaded filter %d: %d rules",
                f"filtering: loaded filter {fid}: {n} rules",
            )
        t = A(
            t,
            "info",
            "AdGuard Home is available at the following addresses:",
            "AdGuard Home is available at the following addresses:",
        )
        for u in (
            "https://adguard.home.example.net",
            "https://127.0.0.1:443",
            "https://192.168.10.2:443",
        ):
            t = A(t, "info", "go to %s", f"go to {u}")
        t = dns_up(t + secs(r, 0.01, 0.05))
        return A(
            t + secs(r, 0.01, 0.05),
            "info",
            "dhcpv4: started on interface %s",
            "dhcpv4: started on interface enp2s0",
        )

    def stop(t: datetime) -> datetime:
        t = A(t, "info", "Received signal %q", 'Received signal "terminated"')
        t = A(t, "info", "stopping AdGuard Home", "stopping AdGuard Home")
        t = A(
            t, "info", "dnsproxy: stopping dns proxy server", "dnsproxy: stopping dns proxy server"
        )
        t = A(
            t + secs(r, 0.01, 0.2),
            "info",
            "dnsproxy: stopped dns proxy server",
            "dnsproxy: stopped dns proxy server",
        )
        t = A(t, "info", "Stopped HTTP server", "Stopped HTTP server")
        return A(t, "info", "stopped", "stopped")

    def down(t: datetime) -> bool:
        return (
            verbose0 - timedelta(seconds=2) <= t < verbose0 + timedelta(seconds=8)
            or verbose1 - timedelta(seconds=2) <= t < verbose1 + timedelta(seconds=8)
            or cert_fix <= t < cert_fix + timedelta(seconds=3)
        )

    start(t0, False, False)
    stop(verbose0)
    start(verbose0 + secs(r, 2, 4), True, False)
    stop(verbose1)
    start(verbose1 + secs(r, 2, 4), False, False)
    # the renewed certificate
    t = A(
        cert_fix,
        "info",
        "tls: got certificate chain of %d certificates and a private key of type %s",
        "tls: got certificate chain of 2 certificates and a private key of type ECDSA",
    )
    t = cert_line(t, True)
    t = A(
        t + secs(r, 0.001, 0.01),
        "info",
        "dnsproxy: stopping dns proxy server",
        "dnsproxy: stopping dns proxy server",
    )
    t = A(
        t + secs(r, 0.01, 0.2),
        "info",
        "dnsproxy: stopped dns proxy server",
        "dnsproxy: stopped dns proxy server",
    )
    dns_up(t + secs(r, 0.01, 0.05))

    # the phones' Private DNS (DoT) while the certificate is expired
    for ph in ("pixel-8-anna", "galaxy-s23-marco"):
        ip = AG_CLIENTS[ph][0]
        for x in poisson(r, t0 + timedelta(seconds=20), cert_fix, 27):
            if not down(x):
                A(
                    x,
                    "error",
                    "dnsproxy: handling tls connection from %s: tls handshake: remote error: tls: expired certificate",
                    f"dnsproxy: handling tls connection from {ip}:{r.randrange(32768, 60999)}: tls handshake: remote error: tls: expired certificate",
                )
    # Quad9 flaky
    for x in poisson(r, up0, up1, 3.3):
        name, qtype, _ = r.choice(AG_NAMES[:9])
        q = f";{name}.\tIN\t {qtype}"
        port = r.randrange(32768, 60999)
        k = r.random()
        if k < 0.6:
            A(
                x,
                "error",
                "dnsproxy: upstream %s failed to exchange %s in %s: exchanging with %s over tcp: read tcp %s->%s: i/o timeout",
                f"dnsproxy: upstream {AG_UPSTREAM} failed to exchange {q} in {r.uniform(10, 10.01):.6f}s: exchanging with {AG_UPSTREAM} over tcp: read tcp 192.168.10.2:{port}->9.9.9.9:853: i/o timeout",
            )
        elif k < 0.85:
            A(
                x,
                "error",
                "dnsproxy: upstream %s failed to exchange %s in %s: exchanging with %s over tcp: read tcp %s->%s: read: connection reset by peer",
                f"dnsproxy: upstream {AG_UPSTREAM} failed to exchange {q} in {r.uniform(0.02, 0.4):.6f}s: exchanging with {AG_UPSTREAM} over tcp: read tcp 192.168.10.2:{port}->9.9.9.9:853: read: connection reset by peer",
            )
        else:
            A(
                x,
                "error",
                "dnsproxy: upstream %s failed to exchange %s in %s: exchanging with %s over tcp: EOF",
                f"dnsproxy: upstream {AG_UPSTREAM} failed to exchange {q} in {r.uniform(0.01, 0.1):.6f}s: exchanging with {AG_UPSTREAM} over tcp: EOF",
            )
    # clients resetting TCP connections
    for x in poisson(r, t0 + timedelta(seconds=30), t_end, 80):
        if down(x):
            continue
        c = r.choice(["nas", "raspberrypi", "macbook-anna", "thinkpad-work"])
        A(
            x,
            "error",
            "dnsproxy: handling tcp: reading msg: read tcp %s->%s: read: connection reset by peer",
            f"dnsproxy: handling tcp: reading msg: read tcp 192.168.10.2:53->{AG_CLIENTS[c][0]}:{r.randrange(32768, 60999)}: read: connection reset by peer",
        )
    # DHCP: renewals, and new devices
    for c, (ip, mac_) in AG_CLIENTS.items():
        first = t0 + timedelta(seconds=r.uniform(60, 21000))
        period = (
            3600 * r.choice([1.0, 2.0, 6.0])
            if c in ("pixel-8-anna", "galaxy-s23-marco", "esp32-boiler", "ipad-kids")
            else 43200
        )
        x = first
        while x < t_end:
            if not down(x):
                y = A(x, "info", "dhcpv4: offered %s to %s", f"dhcpv4: offered {ip} to {mac_}")
                A(
                    y + secs(r, 0.001, 0.05),
                    "info",
                    "dhcpv4: acked %s to %s (hostname %q)",
                    f'dhcpv4: acked {ip} to {mac_} (hostname "{c}")',
                )
            x += timedelta(seconds=period * r.uniform(0.45, 0.55))
    for x in poisson(r, t0 + timedelta(minutes=5), t_end, 1500):
        m = mac(r)
        A(
            x,
            "info",
            "dhcpv4: offered %s to %s",
            f"dhcpv4: offered 192.168.10.{r.randrange(100, 200)} to {m}",
        )
    # filter updates every hour
    x = at(6, 47, 10)
    while x < t_end:
        if not down(x):
            for fid, _ in AG_FILTERS:
                if r.random() < 0.3:
                    x = A(
                        x + secs(r, 0.5, 3),
                        "info",
                        "filtering: saving contents of filter %d into %s",
                        f"filtering: saving contents of filter {fid} into /opt/AdGuardHome/data/filters/{fid}.txt",
                    )
                    x = A(
                        x + secs(r, 0.05, 0.3),
                        "info",
                        "filtering: updated filter %d: %d bytes, %d rules",
                        f"filtering: updated filter {fid}: {r.randrange(1_000_000, 6_000_000)} bytes, {r.randrange(40_000, 180_000)} rules",
                    )
            host = AG_DEAD[1].split("/")[2]
            x = A(
                x + secs(r, 0.02, 0.2),
                "error",
                "filtering: updating filter from url %q: Get %q: dial tcp: lookup %s on %s: no such host",
                f'filtering: updating filter from url "{AG_DEAD[1]}": Get "{AG_DEAD[1]}": dial tcp: lookup {host} on 127.0.0.1:53: no such host',
            )
        x += secs(r, 3599, 3601)
    # verbose: each query's message
    for x in poisson(r, verbose0 + timedelta(seconds=10), verbose1 - timedelta(seconds=3), 4.5):
        c = r.choice(list(AG_CLIENTS))
        name, qtype, ans = r.choice(AG_NAMES)
        y = A(x, "debug", "dnsproxy: IN: %s", f"dnsproxy: IN: {dns_dump(r, name, qtype, None)}")
        if ans == "0.0.0.0":
            y = A(
                y + secs(r, 0.0001, 0.0005),
                "debug",
                "dnsforward: request %s is blocked by filter %d, rule: %q",
                f'dnsforward: request {name} is blocked by filter 1, rule: "||{name}^"',
            )
        else:
            y = A(
                y + secs(r, 0.005, 0.04),
                "debug",
                "dnsproxy: upstream %s exchanged %s successfully",
                f"dnsproxy: upstream {AG_UPSTREAM} exchanged ;{name}.\tIN\t {qtype} successfully",
            )
        A(
            y + secs(r, 0.0001, 0.001),
            "debug",
            "dnsproxy: OUT: %s",
            f"dnsproxy: OUT: {dns_dump(r, name, qtype, ans)}",
        )
    # the query log
    x = A(at(10, 14, 2), "info", "querylog: rotating", "querylog: rotating")
    A(
        x + secs(r, 0.05, 0.4),
        "info",
        "querylog: rotated from %s to %s successfully",
        "querylog: rotated from /opt/AdGuardHome/data/querylog.json to /opt/AdGuardHome/data/querylog.json.1 successfully",
    )
    # the web interface
    for x in (at(6, 58, 40), at(8, 28, 3), at(9, 0, 12), at(11, 20, 45)):
        A(
            x,
            "info",
            "auth: user %q successfully logged in from ip %s",
            f'auth: user "admin" successfully logged in from ip {AG_CLIENTS["macbook-anna"][0]}',
        )
    A(
        at(8, 59, 50),
        "info",
        "auth: failed to log in user %q from ip %s",
        f'auth: failed to log in user "admin" from ip {AG_CLIENTS["macbook-anna"][0]}',
    )
    return o.logs(t0, {"a": "AdGuardHome.log"})


SYSTEMS = {
    "cloudflared": cloudflared,
    "cert-manager": certmanager,
    "velero": velero,
    "thanos": thanos,
    "adguardhome": adguardhome,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
