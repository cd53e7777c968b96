#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; printf as the programs do)
"""Writes the held-out logs of round 27 (envoy, ceph, asterisk, exim, jupyter) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Envoy's own log (spdlog's
`[date][thread][level][logger] [file:line] message`, `[C12][S345] ` connection prefixes, header
maps on the lines after), Ceph's daemon logs (`date thread prio prefix message`: the cluster log
channel, `pg[...]` prefixes, pg ids, epochs and rocksdb's lines), Asterisk's `full` log
(`[Mmm dd time] LEVEL[tid][C-xxxxxxxx]: file.c:line func: message`, VERBOSE's `file.c: `),
Exim's mainlog (a message id, then `<=`/`=>`/`->`/`==`/`**` and its fields) and Jupyter's
Tornado-style `[I date name] message` (JupyterHub with `module:line`, a classic Notebook server
with the time alone). Run it only to change the data on purpose:
`python bench/heldout/generate_round27.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4


def pick(r: random.Random, table: list[tuple[float, object]]):
    return r.choices([f for _, f in table], [w for w, _ in table])[0]


def braces(tmpl: str) -> str:
    """fmt's `{}` placeholders as the labels' `%s`."""
    return re.sub(r"\{[^}]*\}", "%s", tmpl)


def ffmt(tmpl: str, args: tuple) -> str:
    """fmt's `tmpl.format(*args)` with `{}` and `{:.3f}`-style fields."""
    return tmpl.format(*args)


def ip4(r: random.Random, net: str = "10.0") -> str:
    return f"{net}.{r.randrange(0, 8)}.{r.randrange(2, 250)}"


def ms_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"


# ------------------------------------------------------------------------------------ envoy

ENVOY_CLUSTERS = ["orders", "users", "catalog", "payments", "search", "ext_authz", "jaeger"]
ENVOY_ROUTES = [
    ("GET", "/api/v1/orders/{}", "orders"),
    ("POST", "/api/v1/orders", "orders"),
    ("GET", "/api/v1/users/{}", "users"),
    ("GET", "/api/v1/catalog/items?page={}", "catalog"),
    ("POST", "/api/v1/payments/{}/capture", "payments"),
    ("GET", "/api/v1/search?q={}", "search"),
]


def envoy(r: random.Random) -> list[Log]:
    """Envoy 1.29's own log on two front proxies (`envoy-edge-0.log`, `envoy-edge-1.log`), its
    default `[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v`: start-up with the extension list and the
    header map info on the lines after (continuations), xDS streams to the control plane closing
    and configuration rejected, clusters warming and removed, listeners updated, a window at
    debug level (the admin's `/logging?level=debug`) with connections and streams (`[C12][S345]
    ` is the connection's prefix, not the statement's: labels leave it out), TLS errors, upstream
    resets and local replies, DNS refreshes, and a drain and restart."""
    logs = []
    for n in range(2):
        log = Log(f"envoy-edge-{n}.log", datetime(2024, 6, 11, 7, 2, 13, 401000, tzinfo=UTC))
        workers = [r.randrange(14, 40) for _ in range(4)]
        main_tid = 1
        conn = [r.randrange(100, 900)]
        stream = [r.randrange(10**18, 10**19)]
        debug = [False]

        def emit(
            level: str,
            logger: str,
            src: str,
            tmpl: str,
            args: tuple = (),
            tid: int | None = None,
            prefix: str = "",
            label: str | None = None,
            log: Log = log,
            workers: list = workers,
            main_tid: int = main_tid,
        ) -> None:
            log.tick(r, 0.0005, 0.02)
            msg = ffmt(tmpl, args) if args else tmpl
            log.add(
                f"[{ms_ts(log.t)}][{tid or main_tid}][{level}][{logger}] [{src}] {prefix}{msg}",
                label or braces(tmpl),
            )

        def more(text: str, log: Log = log) -> None:
            log.add(text, None)

        def start(log: Log = log, emit=emit, more=more) -> None:
            emit(
                "info",
                "main",
                "source/server/server.cc:430",
                "initializing epoch {} (base id={}, hot restart version={})",
                (0, 0, "11.104"),
            )
            emit("info", "main", "source/server/server.cc:432", "statically linked extensions:")
            for cat, exts in [
                (
                    "envoy.filters.http",
                    "envoy.filters.http.router, envoy.filters.http.ext_authz, envoy.filters.http.cors, envoy.filters.http.local_ratelimit",
                ),
                (
                    "envoy.filters.network",
                    "envoy.filters.network.http_connection_manager, envoy.filters.network.tcp_proxy",
                ),
                (
                    "envoy.transport_sockets.downstream",
                    "envoy.transport_sockets.tls, envoy.transport_sockets.raw_buffer",
                ),
                ("envoy.tracers", "envoy.tracers.opentelemetry, envoy.tracers.zipkin"),
            ]:
                more(f"  {cat}: {exts}")
            emit("info", "main", "source/server/server.cc:489", "HTTP header map info:")
            for m in [
                "request header map: 672 bytes: :authority,:method,:path,:protocol,:scheme,accept,accept-encoding",
                "response header map: 432 bytes: :status,content-length,content-type,date,server",
            ]:
                more(f"  {m}")
            emit(
                "info",
                "admin",
                "source/server/admin/admin.cc:66",
                "admin address: {}",
                ("127.0.0.1:9901",),
            )
            emit(
                "info",
                "main",
                "source/server/configuration_impl.cc:131",
                "loading tracing configuration",
            )
            emit(
                "info",
                "main",
                "source/server/configuration_impl.cc:91",
                "loading {} static secret(s)",
                (0,),
            )
            emit(
                "info",
                "main",
                "source/server/configuration_impl.cc:97",
                "loading {} cluster(s)",
                (1,),
            )
            emit(
                "info",
                "main",
                "source/server/configuration_impl.cc:101",
                "loading {} listener(s)",
                (0,),
            )
            emit(
                "info",
                "main",
                "source/server/configuration_impl.cc:113",
                "loading stats configuration",
            )
            emit(
                "warning",
                "main",
                "source/server/server.cc:928",
                "there is no configured limit to the number of allowed active downstream connections. Configure a limit in `envoy.resource_monitors.downstream_connections` resource monitor.",
            )
            emit(
                "info",
                "runtime",
                "source/common/runtime/runtime_impl.cc:568",
                "RTDS has finished initialization",
            )
            emit(
                "info",
                "upstream",
                "source/common/upstream/cluster_manager_impl.cc:226",
                "cm init: initializing cds",
            )
            emit("info", "main", "source/server/server.cc:1016", "starting main dispatch loop")
            log.tick(r, 0.05, 0.3)
            cds(emit, first=True)
            emit(
                "info",
                "upstream",
                "source/common/upstream/cluster_manager_impl.cc:230",
                "cm init: all clusters initialized",
            )
            emit(
                "info",
                "main",
                "source/server/server.cc:997",
                "all clusters initialized. initializing init manager",
            )
            emit(
                "info",
                "config",
                "source/common/listener_manager/listener_manager_impl.cc:930",
                "all dependencies initialized. starting workers",
            )
            for name in ["ingress_http", "ingress_https", "admin_probe"]:
                emit(
                    "info",
                    "upstream",
                    "source/common/listener_manager/lds_api.cc:82",
                    "lds: add/update listener '{}'",
                    (name,),
                )

        def cds(emit=emit, first: bool = False, log: Log = log) -> None:
            add = len(ENVOY_CLUSTERS) if first else r.randrange(1, 3)
            emit(
                "info",
                "upstream",
                "source/common/upstream/cds_api_helper.cc:32",
                "cds: add {} cluster(s), remove {} cluster(s)",
                (add, 0 if first else r.randrange(0, 2)),
            )
            names = ENVOY_CLUSTERS if first else r.sample(ENVOY_CLUSTERS, add)
            for c in names:
                emit(
                    "info",
                    "upstream",
                    "source/common/upstream/cluster_manager_impl.cc:850",
                    "add/update cluster {} starting warming",
                    (c,),
                )
            emit(
                "info",
                "upstream",
                "source/common/upstream/cds_api_helper.cc:69",
                "cds: added/updated {} cluster(s), skipped {} unmodified cluster(s)",
                (add, 0 if first else len(ENVOY_CLUSTERS) - add),
            )
            for c in names:
                log.tick(r, 0.01, 0.2)
                emit(
                    "info",
                    "upstream",
                    "source/common/upstream/cluster_manager_impl.cc:888",
                    "warming cluster {} complete",
                    (c,),
                )

        def xds_close(emit=emit, log: Log = log) -> None:
            code, text, label = pick(
                r,
                [
                    (3, (14, "no healthy upstream", None)),
                    (
                        2,
                        (
                            14,
                            "upstream connect error or disconnect/reset before headers. reset reason: {}".format(
                                r.choice(
                                    ["connection failure", "connection termination", "overflow"]
                                )
                            ),
                            "StreamAggregatedResources gRPC config stream to %s closed since %ss ago: %s, upstream connect error or disconnect/reset before headers. reset reason: %s",
                        ),
                    ),
                    (2, (13, "", None)),
                    (1, (4, "Deadline Exceeded", None)),
                ],
            )
            ago = r.randrange(1, 90)
            emit(
                "warning",
                "config",
                "./source/extensions/config_subscription/grpc/grpc_stream.h:193",
                "StreamAggregatedResources gRPC config stream to {} closed since {}s ago: {}, {}",
                ("xds_cluster", ago, code, text),
                label=label
                or f"StreamAggregatedResources gRPC config stream to %s closed since %ss ago: %s, {text}",
            )
            if r.random() < 0.5:
                emit(
                    "warning",
                    "config",
                    "./source/extensions/config_subscription/grpc/grpc_stream.h:201",
                    "StreamAggregatedResources gRPC config stream to {} closed: {}, {}",
                    ("xds_cluster", code, text),
                    label=(label or f"... %s, {text}")
                    .replace(" closed since %ss ago:", " closed:")
                    .replace("...", "StreamAggregatedResources gRPC config stream to %s closed:"),
                )

        def rejected(emit=emit) -> None:
            kind, lab, args = pick(
                r,
                [
                    (
                        2,
                        (
                            "type.googleapis.com/envoy.config.listener.v3.Listener",
                            "gRPC config for %s rejected: Error adding/updating listener(s) %s: Failed to load certificate chain from %s",
                            (
                                "ingress_https",
                                "/etc/envoy/certs/{}.crt".format(r.choice(["api", "www", "admin"])),
                            ),
                        ),
                    ),
                    (
                        1,
                        (
                            "type.googleapis.com/envoy.config.cluster.v3.Cluster",
                            "gRPC config for %s rejected: Error adding/updating cluster(s) %s: LOGICAL_DNS clusters must have a single locality_lb_endpoint and a single lb_endpoint",
                            (r.choice(ENVOY_CLUSTERS),),
                        ),
                    ),
                    (
                        1,
                        (
                            "type.googleapis.com/envoy.config.route.v3.RouteConfiguration",
                            "gRPC config for %s rejected: Unknown field in: %s",
                            (
                                '{"virtual_hosts":[{"name":"api","retry_policy":{"retry_on":"5xx","num_retries":'
                                + str(r.randrange(1, 5))
                                + "}}]}",
                            ),
                        ),
                    ),
                ],
            )
            body = re.sub(r"%s", "{}", lab.split("rejected: ", 1)[1])
            emit(
                "warning",
                "config",
                "source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:138",
                "gRPC config for {} rejected: {}",
                (kind, body.format(*args)),
                label=lab,
            )

        def request(emit=emit, log: Log = log, conn=conn, stream=stream, workers=workers) -> None:
            w = r.choice(workers)
            conn[0] += r.randrange(1, 6)
            c = conn[0]
            cp = f"[C{c}] "
            peer = f"{ip4(r, '172.16')}:{r.randrange(30000, 65000)}"
            emit(
                "debug",
                "conn_handler",
                "source/common/listener_manager/active_tcp_listener.cc:160",
                "[C{}] new connection from {}",
                (c, peer),
                tid=w,
                prefix="",
                label="new connection from %s",
            )
            if r.random() < 0.12:
                err = r.choice(
                    [
                        "268435612:SSL routines:OPENSSL_internal:HTTP_REQUEST",
                        "268436526:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_UNKNOWN",
                        "268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER",
                        "268435640:SSL routines:OPENSSL_internal:NO_SHARED_CIPHER",
                    ]
                )
                emit(
                    "debug",
                    "connection",
                    "source/common/tls/ssl_socket.cc:246",
                    "remote address:{},TLS_error:|{}:TLS_error_end",
                    (peer, err),
                    tid=w,
                    prefix=cp,
                )
                emit(
                    "debug",
                    "connection",
                    "source/common/network/connection_impl.cc:250",
                    "closing socket: {}",
                    (0,),
                    tid=w,
                    prefix=cp,
                )
                return
            for _ in range(r.choice([1, 1, 1, 2, 3])):
                stream[0] += r.randrange(10**6, 10**9)
                sp = f"[C{c}][S{stream[0]}] "
                method, path, cl = r.choice(ENVOY_ROUTES)
                path = path.format(
                    r.choice([str(r.randrange(1, 99999)), uuid4(r)]) if "{}" in path else None
                )
                emit(
                    "debug",
                    "http",
                    "source/common/http/conn_manager_impl.cc:1133",
                    "request headers complete (end_stream={}):",
                    (str(method == "GET").lower(),),
                    tid=w,
                    prefix=sp,
                )
                for k, v in [
                    (":authority", "api.example.com"),
                    (":path", path),
                    (":method", method),
                    (
                        "user-agent",
                        r.choice(
                            ["okhttp/4.12.0", "Mozilla/5.0 (X11; Linux x86_64)", "curl/8.5.0"]
                        ),
                    ),
                ]:
                    more(f"'{k}', '{v}'")
                emit(
                    "debug",
                    "router",
                    "source/common/router/router.cc:514",
                    "cluster '{}' match for URL '{}'",
                    (cl, path),
                    tid=w,
                    prefix=sp,
                )
                emit(
                    "debug",
                    "router",
                    "source/common/router/router.cc:740",
                    "router decoding headers:",
                    tid=w,
                    prefix=sp,
                )
                for k, v in [
                    (":authority", "api.example.com"),
                    (":path", path),
                    (":method", method),
                    (":scheme", "http"),
                    ("x-request-id", uuid4(r)),
                ]:
                    more(f"'{k}', '{v}'")
                up = r.randrange(1, 60)
                if r.random() < 0.7:
                    emit(
                        "debug",
                        "pool",
                        "source/common/http/conn_pool_base.cc:78",
                        "[C{}] using existing fully connected connection",
                        (up,),
                        tid=w,
                        label="using existing fully connected connection",
                    )
                    emit(
                        "debug",
                        "pool",
                        "source/common/http/conn_pool_base.cc:54",
                        "[C{}] creating stream",
                        (up,),
                        tid=w,
                        label="creating stream",
                    )
                else:
                    emit(
                        "debug",
                        "pool",
                        "source/common/conn_pool/conn_pool_base.cc:291",
                        "[C{}] connecting",
                        (up,),
                        tid=w,
                        label="connecting",
                    )
                    emit(
                        "debug",
                        "connection",
                        "source/common/network/connection_impl.cc:1009",
                        "[C{}] connecting to {}",
                        (up, f"{ip4(r, '10.40')}:8080"),
                        tid=w,
                        label="connecting to %s",
                    )
                    if r.random() < 0.15:
                        emit(
                            "debug",
                            "connection",
                            "source/common/network/connection_impl.cc:721",
                            "[C{}] delayed connect error: {}",
                            (up, 111),
                            tid=w,
                            label="delayed connect error: %s",
                        )
                        emit(
                            "debug",
                            "router",
                            "source/common/router/router.cc:1336",
                            "upstream reset: reset reason: {}, transport failure reason: {}",
                            ("remote connection failure", "delayed connect error: 111"),
                            tid=w,
                            prefix=sp,
                            label="upstream reset: reset reason: %s, transport failure reason: delayed connect error: %s",
                        )
                        emit(
                            "debug",
                            "http",
                            "source/common/http/filter_manager.cc:996",
                            "Sending local reply with details {}",
                            (
                                "upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_111}",
                            ),
                            tid=w,
                            prefix=sp,
                        )
                        continue
                    emit(
                        "debug",
                        "connection",
                        "source/common/network/connection_impl.cc:747",
                        "[C{}] connected",
                        (up,),
                        tid=w,
                        label="connected",
                    )
                    emit(
                        "debug",
                        "pool",
                        "source/common/conn_pool/conn_pool_base.cc:328",
                        "[C{}] attaching to next stream",
                        (up,),
                        tid=w,
                        label="attaching to next stream",
                    )
                    emit(
                        "debug",
                        "pool",
                        "source/common/http/conn_pool_base.cc:54",
                        "[C{}] creating stream",
                        (up,),
                        tid=w,
                        label="creating stream",
                    )
                roll = r.random()
                if roll < 0.06:
                    emit(
                        "debug",
                        "router",
                        "source/common/router/router.cc:1240",
                        "upstream timeout",
                        tid=w,
                        prefix=sp,
                    )
                    emit(
                        "debug",
                        "http",
                        "source/common/http/filter_manager.cc:996",
                        "Sending local reply with details {}",
                        ("upstream_response_timeout",),
                        tid=w,
                        prefix=sp,
                    )
                    continue
                if roll < 0.1:
                    emit(
                        "debug",
                        "router",
                        "source/common/router/router.cc:1336",
                        "upstream reset: reset reason: {}, transport failure reason: {}",
                        ("connection termination", ""),
                        tid=w,
                        prefix=sp,
                        label="upstream reset: reset reason: %s, transport failure reason: ",
                    )
                    emit(
                        "debug",
                        "http",
                        "source/common/http/filter_manager.cc:996",
                        "Sending local reply with details {}",
                        ("upstream_reset_before_response_started{connection_termination}",),
                        tid=w,
                        prefix=sp,
                    )
                    continue
                emit(
                    "debug",
                    "router",
                    "source/common/router/upstream_request.cc:230",
                    "upstream headers complete: end_stream={}",
                    ("false",),
                    tid=w,
                    prefix=sp,
                )
                emit(
                    "debug",
                    "http",
                    "source/common/http/conn_manager_impl.cc:1820",
                    "encoding headers via codec (end_stream={}):",
                    ("false",),
                    tid=w,
                    prefix=sp,
                )
                for k, v in [
                    (":status", r.choice(["200", "200", "200", "201", "404", "503"])),
                    ("content-type", "application/json"),
                    ("x-envoy-upstream-service-time", str(r.randrange(2, 900))),
                    ("server", "envoy"),
                ]:
                    more(f"'{k}', '{v}'")
                emit(
                    "debug",
                    "client",
                    "source/common/http/codec_client.cc:128",
                    "[C{}] response complete",
                    (up,),
                    tid=w,
                    label="response complete",
                )
                emit(
                    "debug",
                    "pool",
                    "source/common/http/http1/conn_pool.cc:53",
                    "[C{}] response complete",
                    (up,),
                    tid=w,
                    label="response complete",
                )
            if r.random() < 0.6:
                emit(
                    "debug",
                    "connection",
                    "source/common/network/connection_impl.cc:714",
                    "remote close",
                    tid=w,
                    prefix=cp,
                )
            else:
                emit(
                    "debug",
                    "connection",
                    "source/common/network/connection_impl.cc:145",
                    "closing data_to_write={} type={}",
                    (r.choice([0, 0, r.randrange(100, 9000)]), r.choice([0, 1])),
                    tid=w,
                    prefix=cp,
                )
            emit(
                "debug",
                "connection",
                "source/common/network/connection_impl.cc:250",
                "closing socket: {}",
                (0,),
                tid=w,
                prefix=cp,
            )
            emit(
                "debug",
                "conn_manager",
                "source/extensions/filters/network/http_connection_manager/conn_manager_impl.cc:329",
                "adding to cleanup list",
                tid=w,
                prefix=cp,
            )

        def dns(emit=emit) -> None:
            host = r.choice(
                [
                    "jaeger-collector.observability.svc.cluster.local",
                    "ext-authz.auth.svc.cluster.local",
                    "search.internal.example.com",
                ]
            )
            cl = host.split(".")[0]
            emit(
                "debug",
                "dns",
                "source/extensions/network/dns_resolver/cares/dns_impl.cc:354",
                "dns resolution for {} started",
                (host,),
            )
            if r.random() < 0.2:
                emit(
                    "debug",
                    "dns",
                    "source/extensions/network/dns_resolver/cares/dns_impl.cc:275",
                    "dns resolution for {} failed with c-ares status {}",
                    (host, r.choice([11, 12])),
                )
                emit(
                    "debug",
                    "upstream",
                    "source/extensions/clusters/logical_dns/logical_dns_cluster.cc:107",
                    "DNS refresh rate reset for {}, (failure) refresh rate {} ms",
                    (host, 5000),
                    label="DNS refresh rate reset for %s, (failure) refresh rate %s ms",
                )
            else:
                emit(
                    "debug",
                    "dns",
                    "source/extensions/network/dns_resolver/cares/dns_impl.cc:275",
                    "dns resolution for {} completed with status {}",
                    (host, 0),
                )
                emit(
                    "debug",
                    "upstream",
                    "source/extensions/clusters/logical_dns/logical_dns_cluster.cc:107",
                    "DNS refresh rate reset for {}, refresh rate {} ms",
                    (host, 5000),
                    label="DNS refresh rate reset for %s, refresh rate %s ms",
                )
            del cl

        def deprecated(emit=emit) -> None:
            opt, file = r.choice(
                [
                    (
                        "envoy.config.route.v3.RouteAction.max_grpc_timeout",
                        "route_components.proto",
                    ),
                    ("envoy.config.cluster.v3.Cluster.http2_protocol_options", "cluster.proto"),
                    (
                        "envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager.internal_address_config",
                        "http_connection_manager.proto",
                    ),
                ]
            )
            emit(
                "warning",
                "misc",
                "source/common/protobuf/message_validator_impl.cc:21",
                "Using deprecated option '{}' from file {}. This configuration will be removed from Envoy soon. Please see https://www.envoyproxy.io/docs/envoy/latest/version_history/version_history for details. If continued use of this field is absolutely necessary, see https://www.envoyproxy.io/docs/envoy/latest/configuration/operations/runtime#using-runtime-overrides-for-deprecated-features for how to apply a temporary and highly discouraged override.",
                (opt, file),
            )

        def loglevel(emit=emit, debug=debug) -> None:
            debug[0] = not debug[0]
            emit(
                "info",
                "admin",
                "source/server/admin/logs_handler.cc:145",
                "change all log levels: level='{}'",
                ("debug" if debug[0] else "info",),
            )

        def remove_cluster(emit=emit) -> None:
            c = r.choice(ENVOY_CLUSTERS[:5]) + "-canary"
            emit(
                "info",
                "upstream",
                "source/common/upstream/cds_api_helper.cc:32",
                "cds: add {} cluster(s), remove {} cluster(s)",
                (0, 1),
            )
            emit(
                "info",
                "upstream",
                "source/common/upstream/cluster_manager_impl.cc:971",
                "removing cluster {}",
                (c,),
            )
            emit(
                "info",
                "upstream",
                "source/common/upstream/cds_api_helper.cc:69",
                "cds: added/updated {} cluster(s), skipped {} unmodified cluster(s)",
                (0, len(ENVOY_CLUSTERS)),
            )

        def hc(emit=emit) -> None:
            host = f"{ip4(r, '10.40')}:8080"
            cl = r.choice(ENVOY_CLUSTERS[:5])
            if r.random() < 0.5:
                emit(
                    "debug",
                    "hc",
                    "source/extensions/health_checkers/common/health_checker_base_impl.cc:303",
                    "hc: host {} cluster {} health flags changed: failed active hc",
                    (host, cl),
                    label="hc: host %s cluster %s health flags changed: failed active hc",
                )
            else:
                emit(
                    "debug",
                    "hc",
                    "source/extensions/health_checkers/common/health_checker_base_impl.cc:303",
                    "hc: host {} cluster {} health flags changed: healthy",
                    (host, cl),
                    label="hc: host %s cluster %s health flags changed: healthy",
                )

        def overflow(emit=emit, workers=workers) -> None:
            emit(
                "warning",
                "pool",
                "source/common/conn_pool/conn_pool_base.cc:257",
                "max connections overflow for cluster {}",
                (r.choice(ENVOY_CLUSTERS[:5]),),
                tid=r.choice(workers),
            )

        def restart(emit=emit, log: Log = log, start=start) -> None:
            emit("warning", "main", "source/server/server.cc:873", "caught ENVOY_SIGTERM")
            emit("info", "main", "source/server/server.cc:1000", "shutting down server instance")
            emit("info", "main", "source/server/server.cc:935", "main dispatch loop exited")
            emit("info", "main", "source/server/server.cc:987", "Envoy is now drained")
            emit("info", "main", "source/server/server.cc:1052", "exiting")
            log.tick(r, 2, 8)
            start()

        start()
        for step in range(560 + 60 * n):
            log.tick(r, 0.5, 30 if not debug[0] else 3)
            if step in (150, 170, 380, 395):
                loglevel()
            if step == 300 + 40 * n:
                restart()
            if debug[0]:
                pick(r, [(20, request), (3, dns), (2, hc), (1, xds_close), (1, overflow)])()
            else:
                pick(
                    r,
                    [
                        (8, xds_close),
                        (3, rejected),
                        (2, lambda: cds()),
                        (1, remove_cluster),
                        (2, deprecated),
                        (4, overflow),
                    ],
                )()
        logs.append(log)
    return logs


# ------------------------------------------------------------------------------------- ceph

CEPH_HOSTS = ["ceph-node1", "ceph-node2", "ceph-node3", "ceph-node4"]


def pgid(r: random.Random) -> str:
    return f"{r.choice([1, 2, 2, 3, 5, 7])}.{r.randrange(0, 128):x}"


def size(r: random.Random, lo: float, hi: float, unit: str) -> str:
    return f"{r.uniform(lo, hi):.{r.choice([0, 1, 1])}f} {unit}"


def ceph(r: random.Random) -> list[Log]:
    """Ceph 17 (quincy) daemon logs on three hosts' daemons (`ceph-mon.a.log`,
    `ceph-osd.3.log`, `ceph-osd.7.log`): dout's `date thread prio ` then the daemon's prefix
    (`mon.a@0(leader).osd e1234 `, `osd.3 1234 `, `osd.3 pg_epoch: 1234 pg[2.1f( v ...)] `: context,
    not in the labels), the cluster and audit channels (`log_channel(cluster) log [WRN] : `),
    pgmap summaries, health checks failing and clearing, an OSD host going down and coming back
    (heartbeat failures, peering intervals), scrubs, slow requests, rocksdb flushes and
    compactions, logrotate's SIGHUP, a monitor election."""
    start = datetime(2024, 2, 19, 0, 0, 2, 118000, tzinfo=UTC)
    mon = Log("ceph-mon.a.log", start)
    osds = {3: Log("ceph-osd.3.log", start), 7: Log("ceph-osd.7.log", start)}
    threads = {
        mon.name: [f"7f{hexid(r, 10)}" for _ in range(5)],
        **{lg.name: [f"7f{hexid(r, 10)}" for _ in range(8)] for lg in osds.values()},
    }
    epoch = [18211]
    pgv = [r.randrange(200000, 400000)]
    osd_hosts = {i: CEPH_HOSTS[i % 4] for i in range(12)}
    addrs = {i: f"10.0.1.{11 + i % 4}" for i in range(12)}
    down: set[int] = set()
    degraded = [0]

    def emit(
        log: Log,
        prio: int,
        prefix: str,
        tmpl: str,
        args: tuple = (),
        label: str | None = None,
        channel: str | None = None,
    ) -> None:
        log.tick(r, 0.0005, 0.01)
        t = log.t
        msg = tmpl % args if args else tmpl
        ch = f"log_channel({channel[0]}) log [{channel[1]}] : " if channel else ""
        log.add(
            f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}+0000 {r.choice(threads[log.name])} {prio:2d} {prefix}{ch}{msg}",
            label
            or re.sub(r"%[-0-9.]*l?([dsfux])", r"%\1", tmpl)
            .replace("%u", "%d")
            .replace("%x", "%s"),
        )

    def mprefix() -> str:
        return f"mon.a@0(leader).osd e{epoch[0]} "

    def oprefix(i: int) -> str:
        return f"osd.{i} {epoch[0]} "

    def pgprefix(i: int, pg: str) -> str:
        v = f"{epoch[0] - r.randrange(0, 40)}'{r.randrange(1000, 99999)}"
        acting = ",".join(str(x) for x in r.sample(range(12), 3))
        state = r.choice(
            ["active+clean", "active+clean", "peering", "active+undersized+degraded", "unknown"]
        )
        return f"osd.{i} pg_epoch: {epoch[0]} pg[{pg}( v {v} (0'0,{v}] local-lis/les={epoch[0] - 3}/{epoch[0] - 2} n={r.randrange(100, 3000)} ec=42/42 lis/c={epoch[0] - 3}/{epoch[0] - 3} les/c/f={epoch[0] - 2}/{epoch[0] - 2}/0 sis={epoch[0]}) [{acting}] r={r.randrange(0, 3)} lpr={epoch[0]} crt={v} mlcod 0'0 {state}] "

    def pgmap() -> None:
        pgv[0] += r.randrange(1, 3)
        total = 512
        if degraded[0]:
            states = f"{total - degraded[0]} active+clean, {degraded[0]} active+undersized+degraded"
        else:
            states = f"{total} active+clean"
        used = r.uniform(4.0, 4.4)
        base = (
            pgv[0],
            total,
            states,
            f"{used / 3:.1f} TiB",
            f"{used:.1f} TiB",
            f"{43.6 - used:.1f} TiB",
            "44 TiB",
        )
        io = (size(r, 0.5, 90, "MiB/s"), size(r, 0.2, 40, "MiB/s"), r.randrange(80, 4000))
        if degraded[0]:
            objs = r.randrange(100000, 300000)
            d = r.randrange(1000, objs // 3)
            emit(
                mon,
                0,
                "",
                "pgmap v%d: %d pgs: %s; %s data, %s used, %s / %s avail; %s rd, %s wr, %d op/s; %d/%d objects degraded (%.3f%%)",
                (*base, *io, d, objs, 100 * d / objs),
                channel=("cluster", "DBG"),
                label="pgmap v%d: %d pgs: %s; %s data, %s used, %s / %s avail; %s rd, %s wr, %d op/s; %d/%d objects degraded (%.3f%%)",
            )
        else:
            emit(
                mon,
                0,
                "",
                "pgmap v%d: %d pgs: %s; %s data, %s used, %s / %s avail; %s rd, %s wr, %d op/s",
                (*base, *io),
                channel=("cluster", "DBG"),
                label="pgmap v%d: %d pgs: %s; %s data, %s used, %s / %s avail; %s rd, %s wr, %d op/s",
            )

    def osdmap() -> None:
        epoch[0] += 1
        emit(
            mon,
            0,
            mprefix(),
            "e%d: %d total, %d up, %d in",
            (epoch[0], 12, 12 - len(down), 12),
            label="e%d: %d total, %d up, %d in",
        )
        emit(
            mon,
            0,
            "",
            "osdmap e%d: %d total, %d up, %d in",
            (epoch[0], 12, 12 - len(down), 12),
            channel=("cluster", "DBG"),
        )

    def audit() -> None:
        cmd, who, ip = pick(
            r,
            [
                (4, ('[{"prefix": "osd pool ls", "format": "json"}]', "client.admin", "10.0.1.5")),
                (
                    4,
                    ('[{"prefix": "status", "format": "json-pretty"}]', "client.admin", "10.0.1.5"),
                ),
                (3, ('[{"prefix": "df", "format": "json"}]', "mgr.ceph-node2.xkqzyb", "10.0.1.12")),
                (2, ('[{"prefix": "osd perf", "format": "json"}]', "client.telegraf", "10.0.9.20")),
                (
                    1,
                    (
                        '[{"prefix": "config set", "who": "osd.*", "name": "osd_max_backfills", "value": "'
                        + str(r.randrange(1, 5))
                        + '"}]',
                        "client.admin",
                        "10.0.1.5",
                    ),
                ),
            ],
        )
        frm = (
            f"client.? {ip}:0/{r.randrange(10**8, 4 * 10**9)}"
            if who != "client.admin" or r.random() < 0.5
            else f"client.{r.randrange(100000, 999999)} {ip}:0/{r.randrange(10**8, 4 * 10**9)}"
        )
        emit(
            mon,
            0,
            "",
            "from='%s' entity='%s' cmd=%s: dispatch",
            (frm, who, cmd),
            channel=("audit", "DBG"),
        )
        if "config set" in cmd:
            emit(
                mon,
                0,
                "",
                "from='%s' entity='%s' cmd=%s: finished",
                (frm, who, cmd),
                channel=("audit", "INF"),
            )

    def scrub() -> None:
        i = r.choice([3, 7])
        pg = pgid(r)
        deep = r.random() < 0.3
        word = "deep-scrub" if deep else "scrub"
        emit(osds[i], 0, "", f"%s {word} starts", (pg,), channel=("cluster", "DBG"))
        osds[i].tick(r, 0.5, 40 if deep else 4)
        emit(osds[i], 0, "", f"%s {word} ok", (pg,), channel=("cluster", "DBG"))

    def rocks() -> None:
        lg = r.choice([mon, *osds.values()])
        job = r.randrange(100, 9000)
        logno = r.randrange(10000, 90000)
        cf = "default" if lg is mon else r.choice(["default", "p-0", "p-1", "O-2", "L"])
        t = lg.t
        olt = f"{t:%Y/%m/%d-%H:%M:%S}.{t.microsecond:06d}"
        pre = "rocksdb: "
        emit(
            lg,
            4,
            pre,
            "[db/db_impl/db_impl_write.cc:2098] [%s] New memtable created with log file: #%d. Immutable memtables: %d.",
            (cf, logno, 0),
        )
        emit(
            lg,
            4,
            pre,
            "(Original Log Time %s) [db/db_impl/db_impl_compaction_flush.cc:2818] Calling FlushMemTableToOutputFile with column family [%s], flush slots available 1, compaction slots available 1, flush slots scheduled 1, compaction slots scheduled 0",
            (olt, cf),
        )
        emit(
            lg,
            4,
            pre,
            "[db/flush_job.cc:856] [%s] [JOB %d] Flushing memtable with next log file: %d",
            (cf, job, logno),
        )
        emit(
            lg,
            4,
            pre,
            "[db/flush_job.cc:905] [%s] [JOB %d] Level-0 flush table #%d: started",
            (cf, job, logno + 1),
        )
        emit(
            lg,
            4,
            pre,
            "[db/flush_job.cc:934] [%s] [JOB %d] Level-0 flush table #%d: %d bytes OK",
            (cf, job, logno + 1, r.randrange(10**5, 6 * 10**7)),
        )
        if r.random() < 0.4:
            emit(
                lg,
                4,
                pre,
                "[db/compaction/compaction_job.cc:1967] [%s] [JOB %d] Compacting %d@0 + %d@1 files to L1, score %.2f",
                (cf, job + 1, r.randrange(4, 9), r.randrange(1, 4), r.uniform(1, 2.2)),
            )
            emit(
                lg,
                4,
                pre,
                "[db/compaction/compaction_job.cc:1603] [%s] [JOB %d] Compacted %d@0 + %d@1 files to L1 => %d bytes",
                (cf, job + 1, r.randrange(4, 9), r.randrange(1, 4), r.randrange(10**6, 10**9)),
            )

    def slow() -> None:
        i = r.choice([3, 7])
        lg = osds[i]
        n = r.randrange(1, 40)
        client = f"client.{r.randrange(100000, 999999)}.0:{r.randrange(1000, 9999999)}"
        pg = pgid(r)
        obj = f"rbd_data.{hexid(r, 12)}.{r.randrange(0, 4000):016x}"
        op = f"osd_op({client} {pg} {pg.split('.')[0]}:{hexid(r, 8)}:::{obj}:head [{r.choice(['write', 'read'])} {r.randrange(0, 4) * 1048576}~{r.choice([4096, 8192, 65536])}{' in=' + str(r.choice([4096, 8192])) + 'b' if r.random() < 0.5 else ''}] snapc 0=[] ondisk+{r.choice(['write', 'read'])}+known_if_redirected e{epoch[0]})"
        emit(lg, -1, oprefix(i), "get_health_metrics reporting %d slow ops, oldest is %s", (n, op))
        if r.random() < 0.6:
            ts = lg.t - timedelta(seconds=r.uniform(30, 90))
            emit(
                lg,
                0,
                "",
                "slow request %s initiated %s currently %s",
                (
                    op,
                    f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}+0000",
                    r.choice(["waiting for sub ops", "delayed", "queued for pg", "started"]),
                ),
                channel=("cluster", "WRN"),
            )
        if r.random() < 0.3:
            emit(
                mon,
                0,
                "",
                "Health check update: %d slow ops, oldest one blocked for %d sec, osd.%d has slow ops (SLOW_OPS)",
                (n, r.randrange(31, 200), i),
                channel=("cluster", "WRN"),
            )

    def host_down() -> None:
        host_osds = [x for x in range(12) if osd_hosts[x] == "ceph-node4"]
        for x in host_osds:
            down.add(x)
        for i, lg in osds.items():
            for x in host_osds[:2]:
                for _ in range(r.randrange(1, 3)):
                    now = lg.t
                    back = now - timedelta(seconds=r.uniform(20, 24))
                    dl = now - timedelta(seconds=r.uniform(0.1, 2))
                    emit(
                        lg,
                        -1,
                        oprefix(i),
                        "heartbeat_check: no reply from %s osd.%d since back %s front %s (oldest deadline %s)",
                        (
                            f"{addrs[x]}:{6800 + 2 * x + r.randrange(0, 2)}",
                            x,
                            f"{back:%Y-%m-%dT%H:%M:%S}.{back.microsecond:06d}+0000",
                            f"{back:%Y-%m-%dT%H:%M:%S}.{back.microsecond:06d}+0000",
                            f"{dl:%Y-%m-%dT%H:%M:%S}.{dl.microsecond:06d}+0000",
                        ),
                    )
        for x in host_osds:
            emit(
                mon,
                1,
                mprefix(),
                "prepare_failure osd.%d [v2:%s:%d/%d,v1:%s:%d/%d] from osd.%d is reporting failure:%d",
                (
                    x,
                    addrs[x],
                    6800 + 2 * x,
                    2000 + x,
                    addrs[x],
                    6801 + 2 * x,
                    2000 + x,
                    r.choice([3, 7]),
                    1,
                ),
            )
            emit(
                mon,
                0,
                "",
                "osd.%d reported failed by osd.%d",
                (x, r.choice([3, 7])),
                channel=("cluster", "DBG"),
            )
        for x in host_osds:
            emit(
                mon,
                0,
                "",
                "osd.%d failed (root=default,host=%s) (%d reporters from different host after %f >= grace %f)",
                (x, "ceph-node4", 2, r.uniform(20, 24), r.uniform(20, 21)),
                channel=("cluster", "INF"),
            )
        osdmap()
        emit(
            mon,
            0,
            "",
            "Health check failed: %d osds down (OSD_DOWN)",
            (len(host_osds),),
            channel=("cluster", "WRN"),
        )
        emit(
            mon,
            0,
            "",
            "Health check failed: %d host (%d osds) down (OSD_HOST_DOWN)",
            (1, len(host_osds)),
            channel=("cluster", "WRN"),
        )
        for i, lg in osds.items():
            for _ in range(r.randrange(3, 7)):
                pg = pgid(r)
                up0 = sorted(r.sample(range(12), 3))
                up1 = [
                    i,
                    *[y for y in up0 if y != i][:1],
                    r.choice([z for z in range(12) if z not in down]),
                ]
                emit(
                    lg,
                    1,
                    pgprefix(i, pg),
                    "start_peering_interval up %s -> %s, acting %s -> %s, acting_primary %d -> %d, up_primary %d -> %d, role %d -> %d, features acting %d upacting %d",
                    (
                        str(up0).replace(" ", ""),
                        str(up1).replace(" ", ""),
                        str(up0).replace(" ", ""),
                        str(up1).replace(" ", ""),
                        up0[0],
                        i,
                        up0[0],
                        i,
                        r.randrange(0, 3),
                        0,
                        4540138320759226367,
                        4540138320759226367,
                    ),
                )
                emit(
                    lg,
                    1,
                    pgprefix(i, pg),
                    "state<Start>: transitioning to %s",
                    (w := r.choice(["Primary", "Stray"]),),
                    label=f"state<Start>: transitioning to {w}",
                )
        degraded[0] = r.randrange(60, 180)
        objs = r.randrange(100000, 300000)
        d = r.randrange(1000, objs // 3)
        emit(
            mon,
            0,
            "",
            "Health check failed: Degraded data redundancy: %d/%d objects degraded (%.3f%%), %d pgs degraded (PG_DEGRADED)",
            (d, objs, 100 * d / objs, degraded[0]),
            channel=("cluster", "WRN"),
        )

    def host_up() -> None:
        back = sorted(down)
        for x in back:
            emit(
                mon,
                0,
                "",
                "osd.%d [v2:%s:%d/%d,v1:%s:%d/%d] boot",
                (x, addrs[x], 6800 + 2 * x, 3000 + x, addrs[x], 6801 + 2 * x, 3000 + x),
                channel=("cluster", "INF"),
                label="osd.%d %s boot",
            )
            down.discard(x)
        osdmap()
        emit(
            mon,
            0,
            "",
            "Health check cleared: OSD_DOWN (was: %d osds down)",
            (len(back),),
            channel=("cluster", "INF"),
        )
        emit(
            mon,
            0,
            "",
            "Health check cleared: OSD_HOST_DOWN (was: %d host (%d osds) down)",
            (1, len(back)),
            channel=("cluster", "INF"),
        )

    def recover() -> None:
        if degraded[0]:
            degraded[0] = max(0, degraded[0] - r.randrange(20, 80))
            if degraded[0]:
                objs = r.randrange(100000, 300000)
                d = r.randrange(100, objs // 5)
                emit(
                    mon,
                    0,
                    "",
                    "Health check update: Degraded data redundancy: %d/%d objects degraded (%.3f%%), %d pgs degraded (PG_DEGRADED)",
                    (d, objs, 100 * d / objs, degraded[0]),
                    channel=("cluster", "WRN"),
                )
            else:
                emit(
                    mon,
                    0,
                    "",
                    "Health check cleared: PG_DEGRADED (was: Degraded data redundancy: %d/%d objects degraded (%.3f%%), %d pgs degraded)",
                    (12, 200000, 0.006, 1),
                    channel=("cluster", "INF"),
                )
                emit(mon, 0, "", "Cluster is now healthy", channel=("cluster", "INF"))

    def health() -> None:
        if down or degraded[0]:
            parts = []
            if down:
                parts.append(f"{len(down)} osds down")
                parts.append("1 host (3 osds) down")
            if degraded[0]:
                parts.append(
                    f"Degraded data redundancy: {r.randrange(1000, 40000)}/{r.randrange(100000, 300000)} objects degraded ({r.uniform(1, 30):.3f}%), {degraded[0]} pgs degraded"
                )
            emit(
                mon,
                0,
                "",
                "overall HEALTH_WARN %s",
                ("; ".join(parts),),
                channel=("cluster", "WRN"),
            )
        else:
            emit(mon, 0, "", "overall HEALTH_OK", channel=("cluster", "INF"))

    def hup() -> None:
        for lg in [mon, *osds.values()]:
            emit(
                lg,
                -1,
                "",
                "received  signal: Hangup from killall -q -1 ceph-mon ceph-mgr ceph-mds ceph-osd ceph-fuse radosgw rbd-mirror cephfs-mirror  (PID: %d) UID: %d",
                (r.randrange(100000, 999999), 0),
                label="received  signal: Hangup from %s (PID: %d) UID: %d",
            )

    def election() -> None:
        emit(
            mon,
            0,
            "",
            "mon.a calling monitor election",
            channel=("cluster", "INF"),
            label="mon.%s calling monitor election",
        )
        emit(
            mon,
            1,
            f"mon.a@0(electing).elector({r.randrange(100, 300)}) ",
            "init, last seen epoch %d, mid-election, bumping",
            (r.randrange(100, 300),),
        )
        mon.tick(r, 1, 5)
        emit(
            mon,
            0,
            "",
            "mon.a is new leader, mons a,b,c in quorum (ranks 0,1,2)",
            channel=("cluster", "INF"),
            label="mon.%s is new leader, mons %s in quorum (ranks %s)",
        )

    def mark_me_down() -> None:
        i = r.choice([3, 7])
        emit(
            osds[i],
            0,
            "",
            "Monitor daemon marked osd.%d down, but it is still running",
            (i,),
            channel=("cluster", "WRN"),
        )
        emit(
            osds[i],
            0,
            "",
            "map e%d wrongly marked me down at e%d",
            (epoch[0], epoch[0] - 1),
            channel=("cluster", "DBG"),
        )
        emit(osds[i], 1, oprefix(i), "start_waiting_for_healthy")
        osds[i].tick(r, 1, 6)
        emit(
            osds[i],
            1,
            oprefix(i),
            "is_healthy false -- only %d/%d up peers (less than %d%%)",
            (r.randrange(2, 5), 8, 33),
        )
        emit(osds[i], 1, oprefix(i), "state: booting -> active")

    def restart_osd() -> None:
        i = 7
        lg = osds[i]
        emit(lg, -1, oprefix(i), "*** Got signal Terminated ***")
        emit(lg, -1, oprefix(i), "*** Immediate shutdown (osd_fast_shutdown=true) ***")
        lg.tick(r, 3, 10)
        emit(
            lg,
            0,
            "",
            "set uid:gid to %d:%d (ceph:ceph)",
            (167, 167),
            label="set uid:gid to %d:%d (%s:%s)",
        )
        emit(
            lg,
            0,
            "",
            "ceph version %s (%s) quincy (stable), process ceph-osd, pid %d",
            ("17.2.7", "b12291d110049b2f35e32e0de30d70e9a4c060d2", r.randrange(1000, 9000)),
            label="ceph version %s (%s) %s (%s), process %s, pid %d",
        )
        emit(lg, 0, "", "pidfile_write: ignore empty --pid-file")
        emit(
            lg,
            1,
            f"bdev(0x55{hexid(r, 10)} /var/lib/ceph/osd/ceph-{i}/block) ",
            "open path /var/lib/ceph/osd/ceph-%d/block",
            (i,),
        )
        emit(
            lg,
            1,
            f"bdev(0x55{hexid(r, 10)} /var/lib/ceph/osd/ceph-{i}/block) ",
            "open size %d (0x%s, %s) block_size %d (%s) rotational discard not supported",
            (4000783007744, "3a381400000", "3.6 TiB", 4096, "4 KiB"),
        )
        emit(
            lg,
            1,
            f"bluestore(/var/lib/ceph/osd/ceph-{i}) ",
            "_mount path /var/lib/ceph/osd/ceph-%d",
            (i,),
        )
        emit(lg, 0, oprefix(i), "load_pgs")
        emit(lg, 0, oprefix(i), "load_pgs opened %d pgs", (r.randrange(110, 140),))
        emit(lg, 0, oprefix(i), "done with init, starting boot process")
        emit(lg, 1, oprefix(i), "start_boot")
        emit(lg, 1, oprefix(i), "set_numa_affinity not setting numa affinity")
        emit(lg, 1, oprefix(i), "state: booting -> active")
        emit(
            mon,
            0,
            "",
            "osd.%d [v2:%s:%d/%d,v1:%s:%d/%d] boot",
            (i, addrs[i], 6800 + 2 * i, 3000 + i, addrs[i], 6801 + 2 * i, 3000 + i),
            channel=("cluster", "INF"),
            label="osd.%d %s boot",
        )

    def sync() -> None:
        t = max(lg.t for lg in [mon, *osds.values()])
        for lg in [mon, *osds.values()]:
            lg.t = t

    table = [
        (30, pgmap),
        (10, audit),
        (14, scrub),
        (8, rocks),
        (4, slow),
        (6, health),
        (1, mark_me_down),
        (3, recover),
    ]
    for step in range(1500):
        sync()
        for lg in [mon, *osds.values()]:
            lg.tick(r, 0.5, 3)
        if step == 400:
            host_down()
        elif step == 520:
            host_up()
        elif step == 800:
            election()
        elif step == 1000:
            restart_osd()
        elif step == 1200:
            hup()
        else:
            pick(r, table)()
    return [mon, *osds.values()]


# --------------------------------------------------------------------------------- asterisk

AST_EXTS = [str(x) for x in range(101, 119)]
AST_SCANNERS = [
    "185.243.5.17",
    "45.134.144.29",
    "193.107.216.81",
    "77.247.110.52",
    "102.129.145.90",
]


def asterisk(r: random.Random) -> list[Log]:
    """Asterisk 20's `full` log of a small office PBX (`full`; logger.conf's default
    `%b %e %T` date): `[Mar  4 09:12:33] VERBOSE[4101][C-0000002a] pbx.c: message` for verbose
    messages (the file only), `NOTICE[4101][C-0000002a]: file.c:123 function: message` for the
    other levels (the call id only inside a call; file, line and function are the logger's, not
    the statement's). Registrations and qualify results, calls through the dialplan
    (`Executing [ext@context:prio] App("chan", "args") in new stack`), dials answered, busy and
    unanswered, bridges, music on hold, voicemail, SIP scanners failing to find an endpoint or
    to authenticate and the security log's events, the trunk's registration failing, a task
    processor's queue warning, a malformed packet dumped on the lines after."""
    log = Log("full", datetime(2024, 3, 4, 8, 0, 3, tzinfo=UTC))
    lwps = [r.randrange(3000, 5000) for _ in range(10)]
    callid = [r.randrange(1, 40)]
    chanseq = [r.randrange(0, 100)]

    def emit(
        level: str,
        src: str,
        tmpl: str,
        args: tuple = (),
        call: int | None = None,
        label: str | None = None,
        tid: int | None = None,
    ) -> None:
        log.tick(r, 0.001, 0.05)
        t = log.t
        msg = tmpl % args if args else tmpl
        cid = f"[C-{call:08x}]" if call is not None else ""
        head = f"[{t:%b} {t.day:2d} {t:%H:%M:%S}] {level}[{tid or r.choice(lwps)}]{cid}"
        if level == "VERBOSE":
            line = f"{head} {src.split(':')[0]}: {msg}"
        else:
            line = f"{head}: {src} {msg}"
        log.add(line, label or re.sub(r"%[-0-9.]*l?([dsfux])", r"%\1", tmpl))

    def chan(ext: str) -> str:
        chanseq[0] += 1
        return f"PJSIP/{ext}-{chanseq[0]:08x}"

    def register() -> None:
        ext = r.choice(AST_EXTS)
        ip = f"192.168.20.{r.randrange(20, 90)}"
        contact = f"sip:{ext}@{ip}:{r.choice([5060, 5062, r.randrange(30000, 60000)])}{r.choice([';ob', '', ';transport=udp'])}"
        if r.random() < 0.2:
            emit(
                "VERBOSE",
                "res_pjsip_registrar.c",
                "Removed contact '%s' from AOR '%s' due to %s",
                (contact, ext, why := r.choice(["expiration", "request"])),
                label=f"Removed contact '%s' from AOR '%s' due to {why}",
            )
        else:
            emit(
                "VERBOSE",
                "res_pjsip_registrar.c",
                "Added contact '%s' to AOR '%s' with expiration of %d seconds",
                (contact, ext, r.choice([3600, 120, 300, 600])),
            )
            if r.random() < 0.3:
                emit(
                    "VERBOSE",
                    "res_pjsip/pjsip_configuration.c",
                    "Endpoint %s is now %s",
                    (ext, "Reachable"),
                )
                emit(
                    "VERBOSE",
                    "res_pjsip/pjsip_options.c",
                    "Contact %s/%s is now %s.  RTT: %.3f msec",
                    (ext, contact, "Reachable", r.uniform(1, 60)),
                )

    def qualify_fail() -> None:
        ext = r.choice(AST_EXTS)
        contact = f"sip:{ext}@192.168.20.{r.randrange(20, 90)}:5060"
        emit(
            "VERBOSE",
            "res_pjsip/pjsip_options.c",
            "Contact %s/%s is now %s.  RTT: %.3f msec",
            (ext, contact, "Unreachable", 0.0),
        )
        emit(
            "VERBOSE",
            "res_pjsip/pjsip_configuration.c",
            "Endpoint %s is now %s",
            (ext, "Unreachable"),
        )

    def execd(call: int, ch: str, exten: str, ctx: str, prio: int, app: str, args: str) -> None:
        emit(
            "VERBOSE",
            "pbx.c",
            'Executing [%s@%s:%d] %s("%s", "%s") in new stack',
            (exten, ctx, prio, app, ch, args),
            call,
        )

    def call() -> None:
        callid[0] += 1
        c = callid[0]
        src = r.choice(AST_EXTS)
        inbound = r.random() < 0.4
        if inbound:
            ch = f"PJSIP/trunk-provider-{chanseq[0] + 1:08x}"
            chanseq[0] += 1
            did = "4930" + str(r.randrange(1000000, 9999999))
            execd(
                c,
                ch,
                did,
                "from-trunk",
                1,
                "NoOp",
                f"Inbound call from +49{r.randrange(10**9, 10**10)}",
            )
            execd(
                c,
                ch,
                did,
                "from-trunk",
                2,
                "Set",
                f"CALLERID(name)={r.choice(['Mueller', 'Schmidt', 'Unknown', 'ACME GmbH'])}",
            )
            execd(c, ch, did, "from-trunk", 3, "Goto", "ivr-main,s,1")
            execd(c, ch, "s", "ivr-main", 1, "Answer", "")
            execd(c, ch, "s", "ivr-main", 2, "Background", "custom/welcome")
            emit(
                "VERBOSE",
                "file.c",
                "<%s> Playing '%s.%s' (language '%s')",
                (ch, "custom/welcome", "slin", "de"),
                c,
            )
            execd(c, ch, "s", "ivr-main", 3, "WaitExten", "5")
            dst = r.choice(AST_EXTS)
            execd(c, ch, dst, "ivr-main", 1, "Goto", f"from-internal,{dst},1")
        else:
            ch = chan(src)
            dst = r.choice(
                [x for x in AST_EXTS if x != src] + ["0049" + str(r.randrange(10**9, 10**10))] * 3
            )
        ctx = "from-internal"
        if dst.startswith("00"):
            execd(c, ch, dst, ctx, 1, "Set", f"CALLERID(num)=493012345{r.randrange(10, 99)}")
            execd(c, ch, dst, ctx, 2, "Dial", f"PJSIP/{dst}@trunk-provider,60,T")
            out = f"PJSIP/trunk-provider-{chanseq[0] + 1:08x}"
            chanseq[0] += 1
        else:
            execd(c, ch, dst, ctx, 1, "Dial", f"PJSIP/{dst},30,tT")
            out = chan(dst)
        if r.random() < 0.05:
            emit(
                "WARNING",
                "app_dial.c:2780 dial_exec_full:",
                "Unable to create channel of type '%s' (cause %d - %s)",
                ("PJSIP", 20, "Subscriber absent"),
                c,
            )
            emit(
                "VERBOSE",
                "app_dial.c",
                "Everyone is busy/congested at this time (%d:%d/%d/%d)",
                (1, 0, 0, 1),
                c,
            )
            execd(c, ch, dst, ctx, 2, "Hangup", "")
            return
        emit(
            "VERBOSE",
            "app_dial.c",
            "Called %s",
            (out.rsplit("-", 1)[0] if not dst.startswith("00") else f"PJSIP/{dst}@trunk-provider",),
            c,
        )
        emit("VERBOSE", "app_dial.c", "%s is ringing", (out,), c)
        log.tick(r, 2, 25)
        roll = r.random()
        if roll < 0.65:
            emit("VERBOSE", "app_dial.c", "%s answered %s", (out, ch), c)
            bridge = uuid4(r)
            emit(
                "VERBOSE",
                "bridge_channel.c",
                "Channel %s joined '%s' %s-bridge <%s>",
                (out, "simple_bridge", "basic", bridge),
                c,
                label="Channel %s joined '%s' %s-bridge <%s>",
            )
            emit(
                "VERBOSE",
                "bridge_channel.c",
                "Channel %s joined '%s' %s-bridge <%s>",
                (ch, "simple_bridge", "basic", bridge),
                c,
                label="Channel %s joined '%s' %s-bridge <%s>",
            )
            if r.random() < 0.15:
                log.tick(r, 5, 60)
                emit(
                    "VERBOSE",
                    "res_musiconhold.c",
                    "Started music on hold, class '%s', on channel '%s'",
                    ("default", out),
                    c,
                )
                log.tick(r, 5, 60)
                emit("VERBOSE", "res_musiconhold.c", "Stopped music on hold on %s", (out,), c)
            log.tick(r, 10, 400)
            emit(
                "VERBOSE",
                "bridge_channel.c",
                "Channel %s left '%s' %s-bridge <%s>",
                (ch, "simple_bridge", "basic", bridge),
                c,
            )
            emit(
                "VERBOSE",
                "bridge_channel.c",
                "Channel %s left '%s' %s-bridge <%s>",
                (out, "simple_bridge", "basic", bridge),
                c,
            )
            emit(
                "VERBOSE",
                "pbx.c",
                "Spawn extension (%s, %s, %d) exited non-zero on '%s'",
                (ctx, dst, 1, ch),
                c,
            )
        elif roll < 0.85:
            emit("VERBOSE", "app_dial.c", "Nobody picked up in %d ms", (30000,), c)
            execd(c, ch, dst, ctx, 2, "VoiceMail", f"{dst}@default,u")
            emit(
                "VERBOSE",
                "file.c",
                "<%s> Playing '%s.%s' (language '%s')",
                (ch, f"/var/spool/asterisk/voicemail/default/{dst}/unavail", "wav", "en"),
                c,
            )
            emit(
                "VERBOSE",
                "file.c",
                "<%s> Playing '%s.%s' (language '%s')",
                (ch, "vm-intro", "gsm", "en"),
                c,
            )
            log.tick(r, 5, 40)
            emit("VERBOSE", "app_voicemail.c", "Recording the message", (), c)
            emit("VERBOSE", "app.c", "User hung up", (), c)
            emit(
                "VERBOSE",
                "pbx.c",
                "Spawn extension (%s, %s, %d) exited non-zero on '%s'",
                (ctx, dst, 2, ch),
                c,
            )
        else:
            status = r.choice(["BUSY", "CHANUNAVAIL", "CONGESTION"])
            emit(
                "VERBOSE", "pbx.c", "Auto fallthrough, channel '%s' status is '%s'", (ch, status), c
            )

    def scanner() -> None:
        ip = r.choice(AST_SCANNERS)
        port = r.choice([5060, 5070, 5071, r.randrange(5000, 65000)])
        for _ in range(r.randrange(1, 8)):
            user = r.choice(["100", "1000", "admin", "101", "200", "test", "1234", "9999", "sip"])
            callid_s = r.choice([hexid(r, 32), f"{alnum(r, 22)}", str(r.randrange(10**9, 10**10))])
            method = r.choice(["REGISTER", "INVITE", "OPTIONS", "REGISTER"])
            if user in AST_EXTS:
                emit(
                    "NOTICE",
                    "res_pjsip/pjsip_distributor.c:688 log_failed_request:",
                    "Request '%s' from '%s' failed for '%s' (callid: %s) - %s",
                    (
                        method,
                        f'"{user}" <sip:{user}@{ip}>',
                        f"{ip}:{port}",
                        callid_s,
                        "Failed to authenticate",
                    ),
                    label="Request '%s' from '%s' failed for '%s' (callid: %s) - Failed to authenticate",
                )
                emit(
                    "SECURITY",
                    "res_security_log.c:1124 security_event_stasis_cb:",
                    'SecurityEvent="ChallengeResponseFailed",EventTV="%s",Severity="Error",Service="PJSIP",EventVersion="1",AccountID="%s",SessionID="%s",LocalAddress="IPV4/UDP/203.0.113.10/5060",RemoteAddress="IPV4/UDP/%s/%d",Challenge="%s",ReceivedChallenge="%s",ReceivedHash="%s"',
                    (
                        log.t.strftime("%Y-%m-%dT%H:%M:%S.%f+0000"),
                        user,
                        callid_s,
                        ip,
                        port,
                        hexid(r, 8) + "/" + hexid(r, 32),
                        hexid(r, 8) + "/" + hexid(r, 32),
                        hexid(r, 32),
                    ),
                    label='SecurityEvent="ChallengeResponseFailed",EventTV="%s",Severity="Error",Service="PJSIP",EventVersion="1",AccountID="%s",SessionID="%s",LocalAddress="%s",RemoteAddress="%s",Challenge="%s",ReceivedChallenge="%s",ReceivedHash="%s"',
                )
            else:
                emit(
                    "NOTICE",
                    "res_pjsip/pjsip_distributor.c:688 log_failed_request:",
                    "Request '%s' from '%s' failed for '%s' (callid: %s) - %s",
                    (
                        method,
                        f'"{user}" <sip:{user}@{ip}>',
                        f"{ip}:{port}",
                        callid_s,
                        "No matching endpoint found",
                    ),
                    label="Request '%s' from '%s' failed for '%s' (callid: %s) - No matching endpoint found",
                )
                emit(
                    "SECURITY",
                    "res_security_log.c:1124 security_event_stasis_cb:",
                    'SecurityEvent="InvalidAccountID",EventTV="%s",Severity="Error",Service="PJSIP",EventVersion="1",AccountID="%s",SessionID="%s",LocalAddress="IPV4/UDP/203.0.113.10/5060",RemoteAddress="IPV4/UDP/%s/%d"',
                    (log.t.strftime("%Y-%m-%dT%H:%M:%S.%f+0000"), user, callid_s, ip, port),
                    label='SecurityEvent="InvalidAccountID",EventTV="%s",Severity="Error",Service="PJSIP",EventVersion="1",AccountID="%s",SessionID="%s",LocalAddress="%s",RemoteAddress="%s"',
                )
            log.tick(r, 0.05, 2)

    def good_auth() -> None:
        ext = r.choice(AST_EXTS)
        ip = f"192.168.20.{r.randrange(20, 90)}"
        emit(
            "SECURITY",
            "res_security_log.c:1124 security_event_stasis_cb:",
            'SecurityEvent="SuccessfulAuth",EventTV="%s",Severity="Informational",Service="PJSIP",EventVersion="1",AccountID="%s",SessionID="%s",LocalAddress="IPV4/UDP/192.168.20.2/5060",RemoteAddress="IPV4/UDP/%s/%d",UsingPassword="%d"',
            (log.t.strftime("%Y-%m-%dT%H:%M:%S.%f+0000"), ext, alnum(r, 24), ip, 5060, 1),
            label='SecurityEvent="SuccessfulAuth",EventTV="%s",Severity="Informational",Service="PJSIP",EventVersion="1",AccountID="%s",SessionID="%s",LocalAddress="%s",RemoteAddress="%s",UsingPassword="%d"',
        )

    def trunk() -> None:
        if r.random() < 0.6:
            emit(
                "WARNING",
                "res_pjsip_outbound_registration.c:1048 handle_registration_response:",
                "No response received from '%s' on registration attempt to '%s', retrying in '%d'",
                ("sip:sip.provider-voip.de", "sip:4930123456@sip.provider-voip.de", 60),
            )
        else:
            code = r.choice([403, 503])
            emit(
                "WARNING",
                "res_pjsip_outbound_registration.c:1021 handle_registration_response:",
                "Temporal response '%d' received from '%s' on registration attempt to '%s', retrying in '%d'",
                (code, "sip:sip.provider-voip.de", "sip:4930123456@sip.provider-voip.de", 60),
            )

    def taskq() -> None:
        name = r.choice(
            [
                "stasis/m:cache_pattern:1/channel:all-00000043",
                "subm:ast_channel_topic_all-00000069",
                "stasis/p:channel:all-000001c2",
                "pjsip/distributor-00000028",
            ]
        )
        emit(
            "WARNING",
            "taskprocessor.c:1160 taskprocessor_push:",
            "The '%s' task processor queue reached %d scheduled tasks%s.",
            (name, r.choice([500, 500, 1000, 3000]), again := r.choice(["", " again"])),
            label=f"The '%s' task processor queue reached %d scheduled tasks{again}.",
        )

    def ami() -> None:
        user, ip = r.choice(
            [("admin", "127.0.0.1"), ("fop2", "127.0.0.1"), ("crm", "192.168.20.5")]
        )
        emit("VERBOSE", "manager.c", "Manager '%s' logged on from %s", (user, ip))
        log.tick(r, 0.1, 60)
        emit("VERBOSE", "manager.c", "Manager '%s' logged off from %s", (user, ip))

    def bad_packet() -> None:
        ip = r.choice(AST_SCANNERS)
        n = r.randrange(300, 900)
        emit(
            "ERROR",
            "pjproject:0 <?>:",
            "sip_transport.c Error processing %d bytes packet from UDP %s:%d : PJSIP syntax error exception when parsing '%s' header on line %d col %d:",
            (
                n,
                ip,
                r.randrange(5000, 65000),
                r.choice(["Via", "CSeq", "Request Line"]),
                r.randrange(1, 5),
                r.randrange(1, 40),
            ),
        )
        for text in [
            "OPTIONS sip:100@203.0.113.10 SIP/2.0",
            f"Via: SIP/2.0/UDP {ip}:5060;branch=z9hG4bK-{r.randrange(10**6, 10**7)};rport",
            "Content-Length: 0",
            "",
            "-- end of packet.",
        ]:
            log.add(text, None)

    def dialplan_reload() -> None:
        emit(
            "VERBOSE",
            "pbx.c",
            "Time to scan old dialplan and merge leftovers back into the new: %f",
            (r.uniform(0.0001, 0.01),),
        )
        emit(
            "VERBOSE",
            "pbx.c",
            "Time to restore hints and swap in new dialplan: %f",
            (r.uniform(0.0001, 0.01),),
        )
        emit("VERBOSE", "pbx.c", "Time to delete the old dialplan: %f", (r.uniform(0.0001, 0.01),))
        emit(
            "VERBOSE", "pbx.c", "Total time merge_contexts_n_delete: %f", (r.uniform(0.001, 0.03),)
        )
        emit(
            "VERBOSE",
            "pbx_config.c",
            "pbx_config successfully loaded %d contexts (enable debug for details).",
            (r.randrange(8, 14),),
        )

    def start() -> None:
        emit(
            "VERBOSE",
            "asterisk.c",
            "Asterisk %s, Copyright (C) 1999 - 2022, Sangoma Technologies Corporation and others.",
            ("20.6.0",),
        )
        for mod in [
            "res_pjsip.so",
            "res_pjsip_session.so",
            "chan_pjsip.so",
            "app_dial.so",
            "app_voicemail.so",
            "res_musiconhold.so",
            "res_security_log.so",
        ]:
            emit("NOTICE" if r.random() < 0.0 else "VERBOSE", "loader.c", "Loading %s.", (mod,))
        emit("VERBOSE", "asterisk.c", "Asterisk Ready.")

    start()
    table = [
        (18, register),
        (22, call),
        (6, scanner),
        (6, good_auth),
        (3, trunk),
        (2, taskq),
        (3, ami),
        (1, bad_packet),
        (2, qualify_fail),
        (1, dialplan_reload),
    ]
    for _ in range(560):
        log.tick(r, 1, 120)
        pick(r, table)()
    return [log]


# ------------------------------------------------------------------------------------- exim

EXIM_LOCAL = ["alice", "bob", "carol", "dave", "erin", "frank", "postmaster", "billing", "support"]
EXIM_REMOTE = [
    ("gmail.com", "gmail-smtp-in.l.google.com", "142.250.27.27"),
    ("outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.73.31"),
    ("web.de", "mx-ha03.web.de", "212.227.15.41"),
    ("example.org", "mx1.example.org", "192.0.2.25"),
    ("uni-hamburg.de", "mailhost.uni-hamburg.de", "134.100.9.71"),
    ("fastmail.com", "in1-smtp.messagingengine.com", "103.168.172.216"),
]
EXIM_PEERS = [
    ("mail-wm1-f45.google.com", "209.85.128.45", "gmail.com"),
    ("mout.gmx.net", "212.227.17.22", "gmx.net"),
    ("mail.example.org", "192.0.2.1", "example.org"),
    ("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.91", "outlook.com"),
    ("smtp.newsletter-tools.net", "198.51.100.44", "newsletter-tools.net"),
]
EXIM_SPAMMERS = [
    "45.142.120.11",
    "103.77.241.30",
    "185.222.58.144",
    "91.92.251.103",
    "5.188.206.26",
]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def exim(r: random.Random) -> list[Log]:
    """Exim 4.97's mainlog on a small domain's mail server (`mainlog`, the default
    log_selector plus `+smtp_connection +tls_cipher`): a message id (4.97's long ids,
    `1rjX2a-00AbCd-3Q`) then `<=` arrivals, `=>` and `->` deliveries, `==` deferrals and `**`
    failures, `Completed`; connections and their loss, rejected recipients and senders, TLS
    errors, queue runs, a frozen bounce. The delivery lines are built piece by piece (`H=`, `X=`,
    `CV=`, `C=` only when they apply): each flag is one format, as a health check's appended
    pieces are (bench/README.md, round 23)."""
    log = Log("mainlog", datetime(2024, 5, 13, 6, 25, 1, tzinfo=UTC))
    pid = [r.randrange(20000, 40000)]
    queue: list[tuple[str, str]] = []

    def msgid() -> str:
        t = int(log.t.timestamp())
        s = ""
        for _ in range(6):
            s = B62[t % 62] + s
            t //= 62
        return f"{s}-{''.join(r.choice(B62) for _ in range(6))}-{''.join(r.choice(B62) for _ in range(2))}"

    def emit(text: str, label: str) -> None:
        log.tick(r, 0.001, 0.6)
        log.add(f"{log.t:%Y-%m-%d %H:%M:%S} {text}", label)

    tls = [
        "TLS1.3:TLS_AES_256_GCM_SHA384:256",
        "TLS1.3:TLS_AES_128_GCM_SHA256:128",
        "TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256",
    ]

    def conn(name: str | None, ip: str) -> str:
        # At connect time Exim knows the client's address and, with `host_lookup`, its name
        # from the DNS (no HELO yet): `from mail.example.org [192.0.2.1]:41234`.
        return f"SMTP connection from {name + ' ' if name else ''}[{ip}]:{r.randrange(1024, 65535)}"

    def inbound() -> None:
        host, ip, dom = r.choice(EXIM_PEERS)
        emit(
            f"{conn(host, ip)} I=[203.0.113.25]:25 (TCP/IP connection count = {r.randrange(1, 6)})",
            "SMTP connection from %s I=%s (TCP/IP connection count = %d)",
        )
        mid = msgid()
        sender = f"{r.choice(['newsletter', 'no-reply', 'john.smith', 'invoices', 'm.weber', 'notifications'])}@{dom}"
        ssl = r.random() < 0.85
        proto = "esmtps" if ssl else "esmtp"
        x = f" X={r.choice(tls)} CV=no" if ssl else ""
        size_ = r.randrange(2000, 900000)
        emit(
            f"{mid} <= {sender} H={host} [{ip}] P={proto}{x} S={size_} id={alnum(r, 16)}@{dom}",
            "%s <= %s H=%s [%s] P=%s X=%s CV=%s S=%d id=%s"
            if ssl
            else "%s <= %s H=%s [%s] P=%s S=%d id=%s",
        )
        rcpts = r.sample(EXIM_LOCAL, r.choice([1, 1, 1, 2, 3]))
        for i, u in enumerate(rcpts):
            emit(
                f"{mid} {'=>' if i == 0 else '->'} {u} <{u}@example.net> R=local_user T=dovecot_lmtp",
                "%s => %s <%s> R=%s T=%s" if i == 0 else "%s -> %s <%s> R=%s T=%s",
            )
        emit(f"{mid} Completed", "%s Completed")
        if r.random() < 0.7:
            emit(
                f"SMTP connection from {host} [{ip}]:{r.randrange(1024, 65535)} closed by QUIT",
                "SMTP connection from %s closed by QUIT",
            )

    def outbound() -> None:
        u = r.choice(EXIM_LOCAL[:6])
        mid = msgid()
        sub = r.random() < 0.7
        if sub:
            ip = f"192.168.5.{r.randrange(10, 80)}"
            emit(
                f"{mid} <= {u}@example.net H=({r.choice(['[192.168.5.1]', 'laptop-' + u, 'DESKTOP-' + alnum(r, 7).upper()])}) [{ip}] P=esmtpsa X={r.choice(tls)} CV=no A=dovecot_plain:{u}@example.net S={r.randrange(1500, 4000000)} id={uuid4(r).upper()}@example.net",
                "%s <= %s H=(%s) [%s] P=%s X=%s CV=%s A=%s S=%d id=%s",
            )
        else:
            emit(
                f"{mid} <= {u}@example.net U={u} P=local S={r.randrange(400, 9000)}",
                "%s <= %s U=%s P=%s S=%d",
            )
        dom, mx, ip = r.choice(EXIM_REMOTE)
        rc = f"{r.choice(['m.keller', 'info', 'jane.doe', 'team', 'k.yilmaz', 'orders'])}@{dom}"
        roll = r.random()
        if roll < 0.8:
            c = r.choice(
                [
                    f"250 2.0.0 OK  {int(log.t.timestamp())} {alnum(r, 10).lower()}.{r.randrange(10, 999)} - gsmtp",
                    f"250 2.6.0 <{uuid4(r)}@example.net> [InternalId={r.randrange(10**12, 10**13)}, Hostname={alnum(r, 4).upper()}P192MB{r.randrange(1000, 9999)}.EURP192.PROD.OUTLOOK.COM] {r.randrange(10000, 99999)} bytes in {r.uniform(0, 0.2):.3f}, {r.uniform(100, 9000):.3f} KB/sec Queued mail for delivery",
                    f"250 Requested mail action okay, completed: id={alnum(r, 20)}",
                    f"250 2.0.0 Ok: queued as {hexid(r, 10).upper()}",
                ]
            )
            emit(
                f'{mid} => {rc} R=dnslookup T=remote_smtp H={mx} [{ip}] X={r.choice(tls)} CV=yes DN="CN={mx}" C="{c}"',
                '%s => %s R=%s T=%s H=%s [%s] X=%s CV=%s DN="%s" C="%s"',
            )
            emit(f"{mid} Completed", "%s Completed")
        elif roll < 0.93:
            why, lab = pick(
                r,
                [
                    (
                        3,
                        (
                            f"SMTP error from remote mail server after RCPT TO:<{rc}>: 451 4.7.1 Greylisted, see http://postgrey.schweikert.ch/help/{dom}.html",
                            "%s == %s R=%s T=%s defer (%d): SMTP error from remote mail server after RCPT TO:<%s>: 451 4.7.1 Greylisted, see %s",
                        ),
                    ),
                    (
                        2,
                        (
                            "Connection timed out",
                            "%s == %s R=%s T=%s defer (%d): Connection timed out",
                        ),
                    ),
                    (
                        1,
                        (
                            f"SMTP error from remote mail server after end of data: 421 4.7.0 [{ip}] Our system has detected an unusual rate of unsolicited mail originating from your IP address.",
                            "%s == %s R=%s T=%s defer (%d): SMTP error from remote mail server after end of data: %s",
                        ),
                    ),
                ],
            )
            emit(
                f"{mid} == {rc} R=dnslookup T=remote_smtp defer ({r.choice([-44, 110, -46])}){' H=' + mx + ' [' + ip + ']' if 'SMTP' in why else ''}: {why}",
                lab.replace("defer (%d): ", "defer (%d) H=%s [%s]: ") if "SMTP" in why else lab,
            )
            queue.append((mid, rc))
        else:
            emit(
                f'{mid} ** {rc} R=dnslookup T=remote_smtp H={mx} [{ip}] X={r.choice(tls)} CV=yes DN="CN={mx}": SMTP error from remote mail server after RCPT TO:<{rc}>: 550 5.1.1 <{rc}>: Recipient address rejected: User unknown in virtual mailbox table',
                '%s ** %s R=%s T=%s H=%s [%s] X=%s CV=%s DN="%s": SMTP error from remote mail server after RCPT TO:<%s>: %s',
            )
            bid = msgid()
            emit(
                f"{bid} <= <> R={mid} U=Debian-exim P=local S={r.randrange(3000, 9000)}",
                "%s <= <> R=%s U=%s P=%s S=%d",
            )
            emit(
                f"{bid} => {u} <{u}@example.net> R=local_user T=dovecot_lmtp",
                "%s => %s <%s> R=%s T=%s",
            )
            emit(f"{bid} Completed", "%s Completed")
            emit(f"{mid} Completed", "%s Completed")

    def spam() -> None:
        ip = r.choice(EXIM_SPAMMERS)
        helo = r.choice(
            ["User", "ylmf-pc", "win-" + alnum(r, 8).lower(), "[" + ip + "]", "example.net"]
        )
        emit(
            f"{conn(None, ip)} I=[203.0.113.25]:{r.choice([25, 587])} (TCP/IP connection count = {r.randrange(1, 4)})",
            "SMTP connection from %s I=%s (TCP/IP connection count = %d)",
        )
        roll = r.random()
        if roll < 0.3:
            rc = f"{r.choice(['info', 'admin', 'webmaster', 'sales'])}@{r.choice(['example.net', 'gmail.com', 'yahoo.com'])}"
            if rc.endswith("example.net"):
                emit(
                    f"H=({helo}) [{ip}]:{r.randrange(1024, 65535)} I=[203.0.113.25]:25 F=<{alnum(r, 8).lower()}@{r.choice(['mail.ru', 'qq.com', 'example.net'])}> rejected RCPT <{rc}>: Unknown user",
                    "H=(%s) [%s] I=%s F=<%s> rejected RCPT <%s>: Unknown user",
                )
            else:
                emit(
                    f"H=({helo}) [{ip}]:{r.randrange(1024, 65535)} I=[203.0.113.25]:25 F=<{alnum(r, 8).lower()}@{r.choice(['mail.ru', 'qq.com'])}> rejected RCPT <{rc}>: relay not permitted",
                    "H=(%s) [%s] I=%s F=<%s> rejected RCPT <%s>: relay not permitted",
                )
        elif roll < 0.5:
            emit(
                f"H=({helo}) [{ip}]:{r.randrange(1024, 65535)} I=[203.0.113.25]:25 F=<> rejected RCPT <{r.choice(EXIM_LOCAL)}@example.net>: {ip} is listed at zen.spamhaus.org (127.0.0.{r.choice([2, 3, 4, 9])})",
                "H=(%s) [%s] I=%s F=<> rejected RCPT <%s>: %s is listed at %s (%s)",
            )
        elif roll < 0.7:
            mech = r.choice(["LOGIN", "PLAIN"])
            user = r.choice(
                ["admin@example.net", "test", "info@example.net", "alice@example.net", "user"]
            )
            emit(
                f"dovecot_{mech.lower()} authenticator failed for ({helo}) [{ip}]:{r.randrange(1024, 65535)} I=[203.0.113.25]:587: 535 Incorrect authentication data (set_id={user})",
                "%s authenticator failed for (%s) [%s] I=%s: 535 Incorrect authentication data (set_id=%s)",
            )
        elif roll < 0.85:
            err = r.choice(
                [
                    "error:0A000102:SSL routines::unsupported protocol",
                    "error:0A00006C:SSL routines::bad key share",
                    "error:0A000076:SSL routines::no suitable signature algorithm",
                ]
            )
            emit(
                f"TLS error on connection from ({helo}) [{ip}]:{r.randrange(1024, 65535)} I=[203.0.113.25]:25 (SSL_accept): {err}",
                "TLS error on connection from (%s) [%s] I=%s (SSL_accept): %s",
            )
        if r.random() < 0.6:
            emit(
                f"SMTP connection from ({helo}) [{ip}]:{r.randrange(1024, 65535)} I=[203.0.113.25]:25 lost D={r.randrange(0, 30)}s",
                "SMTP connection from %s I=%s lost D=%ss",
            )
        else:
            emit(f"no host name found for IP address {ip}", "no host name found for IP address %s")

    def queue_run() -> None:
        pid[0] += r.randrange(50, 4000)
        emit(f"Start queue run: pid={pid[0]}", "Start queue run: pid=%d")
        for mid, rc in list(queue):
            dom = rc.split("@")[1]
            mx = next(m for d, m, _ in EXIM_REMOTE if d == dom)
            ip = next(i for d, _, i in EXIM_REMOTE if d == dom)
            if r.random() < 0.6:
                emit(
                    f'{mid} => {rc} R=dnslookup T=remote_smtp H={mx} [{ip}] X={r.choice(tls)} CV=yes DN="CN={mx}" C="250 2.0.0 Ok: queued as {hexid(r, 10).upper()}"',
                    '%s => %s R=%s T=%s H=%s [%s] X=%s CV=%s DN="%s" C="%s"',
                )
                emit(f"{mid} Completed", "%s Completed")
                queue.remove((mid, rc))
            else:
                emit(
                    f"{mid} == {rc} R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for '{dom}'",
                    "%s == %s R=%s T=%s defer (%d): retry time not reached for any host for '%s'",
                )
        emit(f"End queue run: pid={pid[0]}", "End queue run: pid=%d")

    def daemon() -> None:
        pid[0] += r.randrange(50, 4000)
        emit(
            f"exim 4.97 daemon started: pid={pid[0]}, -q30m, listening for SMTP on [127.0.0.1]:25 [::1]:25 [203.0.113.25]:25 [203.0.113.25]:587 [203.0.113.25]:465",
            "exim %s daemon started: pid=%d, -q%s, listening for SMTP on %s",
        )

    daemon()
    table = [(30, inbound), (22, outbound), (30, spam)]
    for step in range(700):
        log.tick(r, 2, 90)
        if step % 40 == 39:
            queue_run()
        elif step == 420:
            emit(
                f"pid {pid[0]}: SIGHUP received: re-exec daemon",
                "pid %d: SIGHUP received: re-exec daemon",
            )
            daemon()
        else:
            pick(r, table)()
    return [log]


# ---------------------------------------------------------------------------------- jupyter

JUPYTER_USERS = ["alice", "bob", "chen", "dmitri", "eva", "farah", "gustav", "hana"]
NOTEBOOKS = [
    "analysis/churn.ipynb",
    "analysis/sales_q2.ipynb",
    "scratch/Untitled.ipynb",
    "scratch/Untitled1.ipynb",
    "projects/forecast/model.ipynb",
    "projects/forecast/data_prep.ipynb",
    "reports/weekly report.ipynb",
    "thesis/chapter3-experiments.ipynb",
]


def jupyter(r: random.Random) -> list[Log]:
    """A JupyterHub 4.1 (`jupyterhub.log`, `[I date.ms JupyterHub module:line] message`, with
    the idle culler's lines in Tornado's own default `[I yymmdd time module:line]`), one user's
    Jupyter Server 2 (`jupyter-alice.log`, `[I date.ms ServerApp] message`, LabApp's lines too)
    and a classic Notebook 6 server (`notebook.log`, `[I time.ms NotebookApp] message`: the
    time alone). Logins, spawns and their proxy routes, servers culled, slow and failed spawns;
    kernels started, restarted and shut down, files saved, websocket connections, request lines
    (labelled by route and status, as uvicorn's are: `302 GET /hub/ -> /hub/spawn (...)`), and
    the Notebook server's start-up banner written over several lines."""
    start = datetime(2024, 5, 13, 8, 0, 4, 312000, tzinfo=UTC)
    hub = Log("jupyterhub.log", start)
    alice = Log("jupyter-alice.log", start + timedelta(minutes=3))
    nb = Log("notebook.log", start + timedelta(minutes=1))
    running: dict[str, str] = {}
    kernels: dict[Log, list[str]] = {alice: [], nb: []}

    def h(level: str, where: str, tmpl: str, args: tuple = (), label: str | None = None) -> None:
        hub.tick(r, 0.001, 0.08)
        t = hub.t
        hub.add(
            f"[{level} {ms_ts(t)} JupyterHub {where}] {tmpl % args if args else tmpl}",
            label or re.sub(r"%[-0-9.]*([dsfi])", r"%\1", tmpl),
        )

    def culler(tmpl: str, args: tuple, where: str) -> None:
        hub.tick(r, 0.001, 0.08)
        t = hub.t
        hub.add(f"[I {t:%y%m%d %H:%M:%S} {where}] {tmpl % args}", tmpl)

    def s(
        log: Log, level: str, app: str, tmpl: str, args: tuple = (), label: str | None = None
    ) -> None:
        log.tick(r, 0.001, 0.08)
        t = log.t
        stamp = ms_ts(t) if log is alice else f"{t:%H:%M:%S}.{t.microsecond // 1000:03d}"
        log.add(
            f"[{level} {stamp} {app}] {tmpl % args if args else tmpl}",
            label or re.sub(r"%[-0-9.]*([dsfi])", r"%\1", tmpl),
        )

    def req(
        emit,
        level: str,
        status: int,
        method: str,
        path: str,
        route: str,
        who: str,
        dt: float,
        to: str | None = None,
        referer: str | None = None,
        **kw,
    ) -> None:
        loc = f" -> {to}" if to else ""
        ref = f" referer={referer}" if referer else ""
        # Labelled by route and status as errctl names an access record by design
        # (docs/fingerprints.md: a plain word in a path, a user's name or a notebook's, stays;
        # a query's values do not), as nova's and HAProxy's request lines are.
        del route
        base, sep, query = path.partition("?")
        route = base + sep + re.sub(r"=[^&]*", "=%s", query)
        emit(
            level,
            *kw.get("pre", ()),
            f"{status} {method} {path}{loc} ({who}) {dt:.2f}ms{ref}",
            (),
            label=f"{status} {method} {route}{' -> %s' if to else ''} (%s) %.2fms{' referer=%s' if referer else ''}",
        )

    def hub_start() -> None:
        h("I", "app:3092", "Running JupyterHub version %s", ("4.1.5",))
        h(
            "I",
            "app:2879",
            "Using Authenticator: %s",
            ("oauthenticator.generic.GenericOAuthenticator-16.3.0",),
            label="Using %s: %s",
        )
        h(
            "I",
            "app:2879",
            "Using Spawner: %s",
            ("dockerspawner.dockerspawner.DockerSpawner-13.0.0",),
            label="Using %s: %s",
        )
        h(
            "I",
            "app:2879",
            "Using Proxy: %s",
            ("jupyterhub.proxy.ConfigurableHTTPProxy-4.1.5",),
            label="Using %s: %s",
        )
        h(
            "I",
            "app:1652",
            "Loading cookie_secret from %s",
            ("/srv/jupyterhub/jupyterhub_cookie_secret",),
        )
        h("I", "proxy:556", "Generating new CONFIGPROXY_AUTH_TOKEN")
        h("I", "app:1980", "Not using allowed_users. Any authenticated user will be allowed.")
        h(
            "I",
            "app:3151",
            "Initialized %d spawners in %.3f seconds",
            (len(running), r.uniform(0.002, 0.2)),
        )
        h(
            "I",
            "metrics:278",
            "Found %d active users in the last ActiveUserPeriods.%s interval",
            (r.randrange(0, 8), "twenty_four_hours"),
        )
        h("I", "proxy:750", "Starting proxy @ %s", ("http://:8000",))
        h("I", "app:3178", "Hub API listening on %s", ("http://0.0.0.0:8081/hub/",))
        h(
            "I",
            "service:385",
            "Starting service '%s': %s",
            ("idle-culler", "['python3', '-m', 'jupyterhub_idle_culler', '--timeout=3600']"),
        )
        h("I", "service:133", "Spawning %s", ("python3 -m jupyterhub_idle_culler --timeout=3600",))
        h("I", "proxy:319", "Adding route for Hub: / => %s", ("http://jupyterhub:8081",))
        h("I", "app:3415", "JupyterHub is now running at %s", ("http://:8000",))

    def login() -> None:
        u = r.choice([x for x in JUPYTER_USERS if x not in running] or JUPYTER_USERS)
        ip = f"10.0.3.{r.randrange(2, 60)}"
        req(
            h,
            "I",
            302,
            "GET",
            "/hub/",
            "/hub/",
            f"@{ip}",
            r.uniform(0.5, 3),
            to="/hub/login?next=%2Fhub%2F",
            pre=("log:191",),
        )
        req(
            h,
            "I",
            302,
            "GET",
            "/hub/oauth_login?next=%2Fhub%2F",
            "/hub/oauth_login?next=%s",
            f"@{ip}",
            r.uniform(1, 4),
            to="https://sso.example.edu/auth/realms/lab/protocol/openid-connect/auth?response_type=code&redirect_uri=https%3A%2F%2Fhub.example.edu%2Fhub%2Foauth_callback&client_id=jupyterhub&state=[secret]",
            pre=("log:191",),
        )
        if r.random() < 0.08:
            h(
                "W",
                "oauth2:1033",
                "OAuth user contains no key %s: %s",
                ("preferred_username", "{'sub': '" + uuid4(r) + "', 'email_verified': False}"),
            )
            req(
                h,
                "W",
                403,
                "GET",
                "/hub/oauth_callback?code=[secret]&state=[secret]",
                "/hub/oauth_callback?code=%s&state=%s",
                f"@{ip}",
                r.uniform(50, 300),
                pre=("log:191",),
            )
            return
        h("I", "base:869", "User logged in: %s", (u,))
        req(
            h,
            "I",
            302,
            "GET",
            "/hub/oauth_callback?code=[secret]&state=[secret]",
            "/hub/oauth_callback?code=%s&state=%s",
            f"@{ip}",
            r.uniform(80, 400),
            to="/hub/",
            pre=("log:191",),
        )
        if u not in running:
            spawn(u, ip)

    def spawn(u: str, ip: str) -> None:
        h("I", "provider:661", "Creating oauth client jupyterhub-user-%s", (u,))
        h(
            "I",
            "dockerspawner:1064",
            "Created container jupyter-%s (id: %s) from image %s",
            (
                u,
                hexid(r, 7),
                r.choice(
                    [
                        "quay.io/jupyter/scipy-notebook:2024-05-06",
                        "quay.io/jupyter/datascience-notebook:2024-05-06",
                    ]
                ),
            ),
        )
        h("I", "dockerspawner:1322", "Starting container jupyter-%s (id: %s)", (u, hexid(r, 7)))
        req(
            h,
            "I",
            302,
            "GET",
            "/hub/spawn/" + u,
            "/hub/spawn/%s",
            f"{u}@{ip}",
            r.uniform(800, 2000),
            to=f"/hub/spawn-pending/{u}",
            pre=("log:191",),
        )
        hub.tick(r, 1, 20)
        if r.random() < 0.06:
            h("W", "base:1064", "User %s is slow to start (timeout=%d)", (u, 10))
            hub.tick(r, 20, 60)
            h(
                "E",
                "gen:630",
                "Exception in Future <Task finished name='Task-%d' coro=<BaseHandler.spawn_single_user.<locals>.finish_user_spawn() done, defined at /usr/local/lib/python3.11/site-packages/jupyterhub/handlers/base.py:981> exception=TimeoutError('Server at http://172.18.0.%d:8888/user/%s/ didn\\'t respond in 30 seconds')> after timeout",
                (r.randrange(1000, 90000), r.randrange(3, 60), u),
                label="Exception in Future %s after timeout",
            )
            for text in [
                "    Traceback (most recent call last):",
                '      File "/usr/local/lib/python3.11/site-packages/tornado/gen.py", line 625, in error_callback',
                "        future.result()",
                f"    TimeoutError: Server at http://172.18.0.5:8888/user/{u}/ didn't respond in 30 seconds",
            ]:
                hub.add(text, None)
            return
        ip2 = f"172.18.0.{r.randrange(3, 60)}"
        h("I", "base:1090", "User %s took %.3f seconds to start", (u, r.uniform(2, 25)))
        h("I", "proxy:319", "Adding user %s to proxy /user/%s/ => %s", (u, u, f"http://{ip2}:8888"))
        h("I", "users:776", "Server %s is ready", (u,))
        running[u] = ip2
        req(
            h,
            "I",
            200,
            "GET",
            f"/hub/api/users/{u}/server/progress?_xsrf=[secret]",
            "/hub/api/users/<*>/server/progress?_xsrf=%s",
            f"{u}@{ip}",
            r.uniform(1000, 9000),
            pre=("log:191",),
        )
        req(
            h,
            "I",
            302,
            "GET",
            f"/user/{u}/",
            "/user/<*>/",
            f"@{ip}",
            r.uniform(0.5, 2),
            to=f"/hub/user/{u}/",
            pre=("log:191",),
        )

    def api_poll() -> None:
        req(
            h,
            "I",
            200,
            "GET",
            "/hub/api/users?state=[secret]",
            "/hub/api/users?state=%s",
            "jupyterhub-idle-culler@127.0.0.1",
            r.uniform(5, 40),
            pre=("log:191",),
        )
        for u in list(running):
            if r.random() < 0.12:
                culler(
                    "Culling server %s (inactive for %s)",
                    (
                        u,
                        f"{r.randrange(1, 3):02d}:{r.randrange(0, 60):02d}:{r.randrange(0, 60):02d}",
                    ),
                    "__init__:156",
                )
                h("I", "proxy:344", "Removing user %s from proxy (/user/%s/)", (u, u))
                h(
                    "I",
                    "dockerspawner:1371",
                    "Stopping container jupyter-%s (id: %s)",
                    (u, hexid(r, 7)),
                )
                h(
                    "I",
                    "base:1273",
                    "User %s server took %.3f seconds to stop",
                    (u, r.uniform(0.5, 11)),
                )
                req(
                    h,
                    "I",
                    204,
                    "DELETE",
                    f"/hub/api/users/{u}/server",
                    "/hub/api/users/<*>/server",
                    "jupyterhub-idle-culler@127.0.0.1",
                    r.uniform(500, 11000),
                    pre=("log:191",),
                )
                culler("Stopped server %s", (u,), "__init__:213")
                del running[u]

    def hub_misc() -> None:
        roll = r.random()
        if roll < 0.4 and running:
            u = r.choice(list(running))
            req(
                h,
                "I",
                200,
                "POST",
                f"/hub/api/users/{u}/activity",
                "/hub/api/users/<*>/activity",
                f"{u}@{running[u]}",
                r.uniform(5, 30),
                pre=("log:191",),
            )
        elif roll < 0.6:
            u = r.choice(JUPYTER_USERS)
            req(
                h,
                "I",
                200,
                "GET",
                "/hub/home",
                "/hub/home",
                f"{u}@10.0.3.{r.randrange(2, 60)}",
                r.uniform(5, 30),
                pre=("log:191",),
            )
        elif roll < 0.7:
            req(
                h,
                "W",
                404,
                "GET",
                r.choice(["/favicon.ico", "/.env", "/wp-login.php", "/robots.txt"]),
                "/<*>",
                f"@{r.choice(['198.51.100.7', '203.0.113.77'])}",
                r.uniform(1, 5),
                pre=("log:191",),
            )
        elif roll < 0.8:
            u = r.choice(JUPYTER_USERS)
            h("I", "login:43", "User logged out: %s", (u,))
        else:
            h(
                "I",
                "metrics:278",
                "Found %d active users in the last ActiveUserPeriods.%s interval",
                (r.randrange(0, 8), r.choice(["twenty_four_hours", "seven_days", "thirty_days"])),
            )

    def server_start(log: Log) -> None:
        if log is alice:
            app = "ServerApp"
            for ext in [
                "jupyter_lsp",
                "jupyter_server_terminals",
                "jupyterlab",
                "nbclassic",
                "notebook",
                "notebook_shim",
            ]:
                s(log, "I", app, "%s | extension was successfully linked.", (ext,))
            s(
                log,
                "W",
                app,
                "Skipped non-installed server(s): %s",
                (
                    "bash-language-server, dockerfile-language-server-nodejs, javascript-typescript-langserver, jedi-language-server, julia-language-server, pyright, python-language-server, python-lsp-server, r-languageserver, sql-language-server, texlab, typescript-language-server, unified-language-server, vscode-css-languageserver-bin, vscode-html-languageserver-bin, vscode-json-languageserver-bin, yaml-language-server",
                ),
            )
            s(
                log,
                "I",
                "LabApp",
                "JupyterLab extension loaded from %s",
                ("/opt/conda/lib/python3.11/site-packages/jupyterlab",),
            )
            s(
                log,
                "I",
                "LabApp",
                "JupyterLab application directory is %s",
                ("/opt/conda/share/jupyter/lab",),
            )
            for ext in [
                "jupyter_lsp",
                "jupyter_server_terminals",
                "jupyterlab",
                "nbclassic",
                "notebook",
                "notebook_shim",
            ]:
                s(log, "I", app, "%s | extension was successfully loaded.", (ext,))
            s(log, "I", app, "Serving notebooks from local directory: %s", ("/home/jovyan",))
            s(log, "I", app, "Jupyter Server %s is running at:", ("2.14.0",))
            s(
                log,
                "I",
                app,
                "%s",
                ("http://jupyter-alice:8888/user/alice/lab?token=...",),
                label="%s",
            )
            s(
                log,
                "I",
                app,
                "Use Control-C to stop this server and shut down all kernels (twice to skip confirmation).",
            )
        else:
            app = "NotebookApp"
            s(
                log,
                "I",
                app,
                "Writing notebook server cookie secret to %s",
                ("/home/lab/.local/share/jupyter/runtime/notebook_cookie_secret",),
            )
            s(log, "I", app, "Serving notebooks from local directory: %s", ("/srv/notebooks",))
            s(log, "I", app, "Jupyter Notebook %s is running at:", ("6.5.7",))
            s(log, "I", app, "%s", ("http://gpu-box:8888/?token=" + hexid(r, 48),), label="%s")
            s(
                log,
                "I",
                app,
                "Use Control-C to stop this server and shut down all kernels (twice to skip confirmation).",
            )
            s(
                log,
                "C",
                app,
                "",
                (),
                label="To access the notebook, open this file in a browser: %s Or copy and paste one of these URLs: %s",
            )
            tok = hexid(r, 48)
            for text in [
                "    ",
                "    To access the notebook, open this file in a browser:",
                f"        file:///home/lab/.local/share/jupyter/runtime/nbserver-{r.randrange(1000, 9999)}-open.html",
                "    Or copy and paste one of these URLs:",
                f"        http://gpu-box:8888/?token={tok}",
                f"     or http://127.0.0.1:8888/?token={tok}",
            ]:
                log.add(text, None)

    def kernel_work(log: Log) -> None:
        app = "ServerApp" if log is alice else "NotebookApp"
        ks = kernels[log]
        roll = r.random()
        user = "alice@10.0.3.17" if log is alice else "10.0.9.4"
        if roll < 0.18 or not ks:
            k = uuid4(r)
            ks.append(k)
            if log is alice:
                s(log, "I", app, "Kernel started: %s", (k,))
            else:
                s(
                    log,
                    "I",
                    app,
                    "Kernel started: %s, name: %s",
                    (k, r.choice(["python3", "python3", "ir", "julia-1.10"])),
                )
            sess = uuid4(r)
            s(log, "I", app, "Connecting to kernel %s.", (k,))
            if log is nb and r.random() < 0.3:
                s(log, "W", app, "Notebook %s is not trusted", (r.choice(NOTEBOOKS),))
            del sess
        elif roll < 0.5:
            nbk = r.choice(NOTEBOOKS)
            s(log, "I", app, "Saving file at %s", ("/" + nbk,))
        elif roll < 0.58:
            k = r.choice(ks)
            s(log, "I", app, "Starting buffering for %s", (f"{k}:{uuid4(r)}",))
            log.tick(r, 1, 300)
            if r.random() < 0.7:
                s(log, "I", app, "Restoring connection for %s", (f"{k}:{uuid4(r)}",))
            else:
                s(
                    log,
                    "I",
                    app,
                    "Discarding %d buffered messages for %s",
                    (r.randrange(1, 40), f"{k}:{uuid4(r)}"),
                )
        elif roll < 0.63:
            k = r.choice(ks)
            s(log, "I", app, "Kernel restarted: %s", (k,))
        elif roll < 0.66:
            k = r.choice(ks)
            s(log, "I", app, "Kernel interrupted: %s", (k,))
        elif roll < 0.7:
            k = r.choice(ks)
            s(
                log,
                "I",
                app,
                "AsyncIOLoopKernelRestarter: restarting kernel (%d/%d), %s random ports",
                (1, 5, ports := r.choice(["keep", "new"])),
                label=f"AsyncIOLoopKernelRestarter: restarting kernel (%d/%d), {ports} random ports",
            )
        elif roll < 0.78:
            k = ks.pop(r.randrange(len(ks)))
            s(log, "I", app, "Kernel shutdown: %s", (k,))
        elif roll < 0.83:
            s(
                log,
                "W",
                app,
                "WebSocket ping timeout after %i ms.",
                (r.choice([90000, 119931, 120004, 90032]),),
            )
        elif roll < 0.87:
            d = r.choice(["analysis", "scratch", "projects/forecast", "reports"])
            s(log, "I", app, "Creating new notebook in %s", ("/" + d,))
        elif roll < 0.93:
            nbk = r.choice(NOTEBOOKS)
            base = "/user/alice" if log is alice else ""
            path = f"{base}/api/contents/{nbk.replace(' ', '%20')}?content=0&hash=0&_={int(log.t.timestamp() * 1000)}"
            route = (
                "/user/<*>" if log is alice else ""
            ) + "/api/contents/<*>?content=%s&hash=%s&_=%s"
            req(
                lambda lv, tm, a, label: s(log, lv, app, tm, a, label=label),
                "W",
                404,
                "GET",
                path,
                route,
                user,
                r.uniform(1, 9),
                referer=f"http://{'hub.example.edu/user/alice' if log is alice else 'gpu-box:8888'}/lab/tree/{nbk.rsplit('/', 1)[0]}",
            )
        else:
            nbk = r.choice(NOTEBOOKS)
            base = "/user/alice" if log is alice else ""
            req(
                lambda lv, tm, a, label: s(log, lv, app, tm, a, label=label),
                "I",
                302,
                "GET",
                f"{base}/notebooks/{nbk.replace(' ', '%20')}",
                ("/user/<*>" if log is alice else "") + "/notebooks/<*>",
                user,
                r.uniform(0.5, 3),
                to=f"{base}/lab/tree/{nbk.replace(' ', '%20')}",
            )

    hub_start()
    server_start(alice)
    server_start(nb)
    for step in range(1400):
        for lg in (hub, alice, nb):
            lg.tick(r, 1, 40)
        if step % 25 == 0:
            api_poll()
        pick(
            r,
            [
                (10, login),
                (18, hub_misc),
                (30, lambda: kernel_work(alice)),
                (24, lambda: kernel_work(nb)),
            ],
        )()
        if step == 900:
            s(nb, "C", "NotebookApp", "received signal %s, stopping", (15,))
            s(
                nb,
                "I",
                "NotebookApp",
                "Shutting down %d kernel%s",
                (len(kernels[nb]), "s" if len(kernels[nb]) != 1 else ""),
                label="Shutting down %d kernel%s",
            )
            s(
                nb,
                "I",
                "NotebookApp",
                "Shutting down %d terminal%s",
                (0, "s"),
                label="Shutting down %d terminal%s",
            )
            kernels[nb].clear()
            nb.tick(r, 5, 30)
            server_start(nb)
    return [hub, alice, nb]


SYSTEMS = {
    "envoy": envoy,
    "ceph": ceph,
    "asterisk": asterisk,
    "exim": exim,
    "jupyter": jupyter,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
