#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 103 (gotenberg, dapr, librespot, mongooseim, mojolicious)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock). Five programs on five logging libraries, 06:00 to 12:00 on 2024-06-04:

- Gotenberg 8.5 (Go, uber-go/zap): two Kubernetes pods' `kubectl logs` (`gotenberg-...-x2kqp.log`
  until a rollout at 10:00, `gotenberg-...-5mzvh.log` after it): the banner and `[SYSTEM]` lines
  Gotenberg prints on stdout, and zap's production JSON on stderr (`{"level":"info","ts":
  1717480801.1234567,"logger":"api","msg":"request handled","trace":"...",...}`: an epoch float,
  the module's logger name, no caller); `gotenberg-dev.log`, a developer's run in a terminal
  with `--log-level=debug 2>>gotenberg-dev.log` (stdout a terminal, so zap's console encoder:
  `2024/06/04 09:00:01.123<TAB>\\x1b[34mINFO\\x1b[0m<TAB>api<TAB>request handled<TAB>{"trace":
  ...}`, local time, coloured capital levels, a JSON object of fields after a last tab). The
  requests' `request handled` (kubelet's `/health` every 30 s, HTML, URL, Office and merge
  conversions), the failed requests logged with the error as the message (Chromium stuck
  07:40-07:52: `convert HTML to PDF: convert to PDF: context deadline exceeded`; a burst at
  09:10: `... maximum queue size exceeded`; bad uploads; corrupt Office files; URLs answering
  404), the supervisor's debug lines in the developer's file (`process lock acquired`, `max
  request limit reached, restarting...`, `restart process`, ...), the graceful shutdown.
- Dapr 1.12.5's daprd sidecar (Go, logrus text: `time="2024-06-04T06:00:01.123456789Z"
  level=info msg="..." app_id=checkout instance=checkout-... scope=dapr.runtime type=log
  ver=1.12.5`, the fields sorted), two pods' `kubectl logs -c daprd` (`checkout-daprd.log` with
  API logging on, `orders-daprd.log`): start-up (version, components loaded, servers listening,
  waiting for the app, `dapr initialized. Status: Running. Init Elapsed %vms`, subscriptions),
  checkout's `HTTP API Called` for every state and publish call (code, duration, method and user
  agent as fields), Redis down 08:20-08:34 (resiliency's `Error processing operation %s.
  Retrying in %v...`, `Recovered processing operation %s.`, the pubsub's stream read errors),
  orders' app returning 500 on some events (`retriable error returned from app while processing
  pub/sub event %v, topic: %v, body: %s. status code returned: %v`), a circuit breaker opening and
  closing, orders' pod restarted at 10:15 (the shutdown lines and a new start-up).
- librespot 0.4.2 (Rust, env_logger's default format: `[2024-06-04T06:00:01Z INFO
  librespot_playback::player] Loading <...> with Spotify URI <spotify:track:...>`), a Raspberry
  Pi's Spotify Connect daemon run with `RUST_LOG=librespot=debug,libmdns=debug` appending to
  `librespot.log`: the start-up (version line, sink, mixer, zeroconf), libmdns answering the
  LAN's `_spotify-connect._tcp.local` questions, phones connecting (spirc's frame debug line
  `%s %s %s %d %d`), ~100 tracks loaded (`command=Load(...)`, `Loading <%s> with Spotify URI
  <%s>`, `Normalisation Data: %s`, `Normalisation Factor: %s%%`, `<%s> (%d ms) loaded`),
  unavailable tracks, the Wi-Fi dropping at 08:05 (the session closed, `Spirc shut down
  unexpectedly`, AP resolution failing, reconnecting), the ALSA device busy while another
  program holds it, a systemd restart at 10:30.
- MongooseIM 3.7.1 (Erlang, lager's file backend: `2024-06-04 06:00:01.123 [info]
  <0.2871.0>@ejabberd_c2s:wait_for_feature_before_auth:573 (...) Accepted authentication for
  alice by ejabberd_auth_rdbms`), two cluster nodes' `ejabberd.log` (`mim1-ejabberd.log`,
  `mim2-ejabberd.log`): start-up (applications started, listeners, `ejabberd %s is started in the
  node %p`), a mobile chat app's sessions (`(~w) Accepted connection ~w -> ~w`, `Accepted
  authentication`, `Opened session`, `Close session`, stream resumption), wrong passwords, s2s to
  two federated servers (one unreachable), the MySQL primary failing over at 09:40 (connection
  errors, a gen_server crash with lager's `CRASH REPORT` and supervisor reports), mim2 restarted.
- A Mojolicious 9.35 web shop under hypnotoad (Perl, Mojo::Log: `[2024-06-04 06:00:01.12345]
  [4311] [trace] [Xb7k2PqZ] GET "/cart"`, log level trace set by the app), `production.log`:
  hypnotoad's manager and four workers, each request's trace lines (`%s "%s"`, `Routing to
  controller "%s" and action "%s"`, `Rendering template "%s"` then `Rendering cached template
  "%s"` per worker, `%d %s (%ss, %s/s)`), scanners' 404s (`Template "%s" not found`), the app's
  own info and warn lines (orders, failed logins, declined payments), exceptions logged by
  `reply->exception` with the message's own newline (a blank line after), DBD::Pg's two-line
  errors, Postgres gone 10:40-10:47 (`DBI connect(...) failed: ...` with its tabbed second line),
  a worker blocked by a PDF export (`Worker %d has no heartbeat (%d seconds), restarting`), a
  hot deployment at 09:30 (`Starting zero downtime software upgrade (%d seconds)`, `Upgrade
  successful, stopping %d`, old workers stopped gracefully).

Label notes. zap's and logrus's labels are the message alone (the time, level, logger name and
fields are the record's attributes, as in rounds 51 to 97); a failed Gotenberg request's message
is the error text, each wrapping level (`convert HTML to PDF: %w`) and the innermost error
contributing their own text. env_logger's time, level and target, lager's time, level, pid and
`@module:function:line`, and Mojo::Log's time, pid, level and request id (`[%s]`, the
controller's log context) are context. lager's `(~w)` socket prefix is part of the message
(ejabberd writes it in each format string). Erlang's `~s`/`~p`/`~w` are written `%s`. A blank
line a message ends with (Perl's die text keeps its newline, Mojo::Log adds another) and the
lines a message continues on (DBD::Pg's `DETAIL:`, libpq's tabbed `Is the server running ...`,
lager's crash report term) are continuation lines. Gotenberg's banner is one `fmt.Printf` of
several lines: it is labelled at its first non-blank line with the whole format, as round 60's
Meilisearch banner.

Least sure (written from the helper's knowledge; Gotenberg's logging module, request-logging
middleware, process supervisor and `cmd/gotenberg.go`, Dapr's logger, Mojo::Log 1.x and
MongooseIM's `ejabberd_c2s.erl` / `ejabberd_app.erl` were checked against copies of their
sources): Gotenberg's `[SYSTEM] api: server started on port %d` / `prometheus: collecting
metrics` startup messages and its error texts for a bad upload (`no form file found for
extensions: %v`), a corrupt Office file, a 404 page and a full queue (`maximum queue size
exceeded` is the supervisor's sentinel, the wrapping route prefixes are guessed); Dapr's
pubsub read error wording (`redis streams: error reading from stream %s: %s`), the circuit
breaker line, `Recovered processing operation %s.` and the shutdown lines; librespot's
`Normalisation Factor`, the reconnect wording (`Spirc shut down unexpectedly`, `Connection
failed: %s`, `Failed to resolve Access Point: %s`, `Using fallback "%s"`) and the ALSA error
text; MongooseIM's `Failed authentication` layout, `Accepted connection` with `~w` tuples, the
s2s lines and the RDBMS lines (`mongoose_rdbms` messages are invented from the old ejabberd
style); Mojolicious 9's exact trace wordings (`%d %s (%ss, %s/s)`), `Creating process id file`
and whether the context is joined with a space.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
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


def sec(x: float) -> timedelta:
    return timedelta(seconds=x)


def jstr(s: str) -> str:
    """A JSON string literal as Go's encoders write it (no HTML escaping needed here)."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------------- gotenberg

GB_BANNER = [
    "",
    "  _____     __           __               ",
    " / ___/__  / /____ ___  / /  ___ _______ _",
    "/ (_ / _ \\/ __/ -_) _ \\/ _ \\/ -_) __/ _ '/",
    "\\___/\\___/\\__/\\__/_//_/_.__/\\__/_/  \\_, / ",
    "                                   /___/",
    "",
    "A Docker-powered stateless API for PDF files.",
    "Version: 8.5.0",
    "-------------------------------------------------------",
]
GB_BANNER_LABEL = "\\n".join(GB_BANNER[1:8]) + "\\nVersion: %s\\n" + GB_BANNER[9] + "\\n"
GB_MODULES = "api chromium exiftool libreoffice libreoffice-api libreoffice-pdfengine logging pdfcpu pdfengines pdftk prometheus qpdf webhook "
GB_ROUTES = {
    "html": ("/forms/chromium/convert/html", "convert HTML to PDF"),
    "url": ("/forms/chromium/convert/url", "convert URL to PDF"),
    "office": ("/forms/libreoffice/convert", "convert to PDF"),
    "merge": ("/forms/pdfengines/merge", "merge PDFs"),
}
GB_CLIENTS = ["10.42.3.17", "10.42.5.9", "10.42.1.44"]
GB_UA = ["Go-http-client/1.1", "python-requests/2.31.0", "Symfony HttpClient/Curl"]


def gotenberg(r: random.Random) -> list[Log]:
    """Gotenberg 8.5 behind the billing services: pod x2kqp 06:00-10:00, pod 5mzvh from the
    rollout at 10:00, a developer's instance at debug level 09:00-11:30."""
    fs = Files()
    pod1, pod2 = "gotenberg-7c9d8b5f4-x2kqp.log", "gotenberg-7c9d8b5f4-5mzvh.log"
    dev = "gotenberg-dev.log"
    colours = {"debug": 35, "info": 34, "warn": 33, "error": 31}

    def J(
        f: str,
        t: datetime,
        level: str,
        logger: str,
        msg: str,
        fields: list[tuple[str, object]],
        label: str,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            if f == dev:
                head = f"{x:%Y/%m/%d %H:%M:%S}.{x.microsecond // 1000:03d}\t\x1b[{colours[level]}m{level.upper()}\x1b[0m\t{logger}\t{msg}"
                if fields:
                    head += (
                        "\t{"
                        + ", ".join(
                            f"{jstr(k)}: {v if isinstance(v, int) else jstr(str(v))}"
                            for k, v in fields
                        )
                        + "}"
                    )
                return [head]
            ts = repr(round(x.timestamp(), 6) + r.randrange(1000) / 1e9)
            body = [
                f'"level":"{level}"',
                f'"ts":{ts}',
                f'"logger":"{logger}"',
                f'"msg":{jstr(msg)}',
            ]
            body += [f'"{k}":{v if isinstance(v, int) else jstr(str(v))}' for k, v in fields]
            return ["{" + ",".join(body) + "}"]

        return fs.add(f, t, label, text, (f, "zap"), 1)

    def P(f: str, t: datetime, lines: list[str], label: str | None) -> datetime:
        return fs.add(f, t, label, lambda _x: lines, (f, "stdout"), 1)

    def start(f: str, t: datetime) -> None:
        P(f, t - sec(0.000001), [""], None)  # type: ignore[arg-type]
        P(f, t, GB_BANNER[1:], GB_BANNER_LABEL)
        P(f, t + sec(0.002), [f"[SYSTEM] modules: {GB_MODULES}"], "[SYSTEM] modules: %s")
        P(
            f,
            t + sec(0.31),
            ["[SYSTEM] prometheus: collecting metrics"],
            "[SYSTEM] %s: collecting metrics",
        )
        P(
            f,
            t + sec(0.33),
            ["[SYSTEM] api: server started on port 3000"],
            "[SYSTEM] %s: server started on port %d",
        )

    def stop(f: str, t: datetime) -> None:
        P(f, t, ["[SYSTEM] graceful shutdown of 30s"], "[SYSTEM] graceful shutdown of %s")
        P(
            f,
            t + sec(0.4),
            ["[SYSTEM] prometheus: application stopped"],
            "[SYSTEM] %s: application stopped",
        )
        P(
            f,
            t + sec(2.7),
            ["[SYSTEM] api: application stopped"],
            "[SYSTEM] %s: application stopped",
        )

    def req(
        f: str,
        t: datetime,
        kind: str,
        status: int,
        lat: float,
        err: str | None,
        label: str | None = None,
        pre: Callable[[datetime], None] | None = None,
    ) -> None:
        path = "/health" if kind == "health" else GB_ROUTES[kind][0]
        method = "GET" if kind == "health" else "POST"
        ip = "10.42.3.1" if kind == "health" else r.choice(GB_CLIENTS)
        ua = "kube-probe/1.29" if kind == "health" else r.choice(GB_UA)
        trace = uuid4(r)
        bin_ = 0 if kind == "health" else r.randint(4_000, 2_500_000)
        bout = (
            r.randint(40, 60)
            if kind == "health"
            else (r.randint(30_000, 900_000) if status == 200 else len(err or "") % 40 + 12)
        )
        ns = int(lat * 1e9) + r.randrange(1000)
        fields: list[tuple[str, object]] = [
            ("trace", trace),
            ("remote_ip", ip),
            ("host", "gotenberg.billing.svc.cluster.local:3000" if f != dev else "localhost:3000"),
            ("uri", path),
            ("method", method),
            ("path", path),
            ("referer", ""),
            ("user_agent", ua),
            ("status", status),
            ("latency", ns),
            ("latency_human", human(ns)),
            ("bytes_in", bin_),
            ("bytes_out", bout),
        ]
        if f == dev and kind in ("html", "url", "office") and status != 400:
            named = "api." + path.replace("/", "")
            tl = t - sec(lat)
            J(
                f,
                tl + sec(0.0004),
                "debug",
                named,
                "process lock acquired",
                [("trace", trace)],
                "process lock acquired",
            )
            if pre is not None:
                pre(tl + sec(0.0006))
            J(
                f,
                t - sec(0.0006),
                "debug",
                named,
                "process lock released",
                [("trace", trace)],
                "process lock released",
            )
        if err is None:
            J(f, t, "info", "api", "request handled", fields, "request handled")
        else:
            J(f, t, "error", "api", err, fields, label or err)

    def human(ns: int) -> str:
        if ns >= 1_000_000_000:
            return f"{ns / 1e9:.9f}".rstrip("0").rstrip(".") + "s"
        if ns >= 1_000_000:
            return f"{ns / 1e6:.6f}".rstrip("0").rstrip(".") + "ms"
        return f"{ns / 1e3:.3f}".rstrip("0").rstrip(".") + "µs"

    t0 = at(6, 0)
    start(pod1, t0 + sec(1.2))
    stop(pod1, at(10, 0, 14))
    start(pod2, at(10, 0, 3))
    for t in poisson(r, t0 + sec(20), at(12, 0), 30):
        f = pod1 if t < at(10, 0, 14) else pod2
        if at(10, 0, 3) <= t < at(10, 0, 5):
            continue
        req(f, t, "health", 200, r.uniform(0.00004, 0.0002), None)
    # conversions
    for kind, mean in [("html", 45), ("office", 130), ("merge", 170), ("url", 240)]:
        for t in poisson(r, t0 + sec(30), at(12, 0), mean):
            f = pod1 if t < at(10, 0, 14) else pod2
            if at(10, 0, 10) <= t < at(10, 0, 16):
                continue
            stuck = kind in ("html", "url") and at(7, 40) <= t < at(7, 52)
            x = r.random()
            if stuck:
                route = GB_ROUTES[kind][1]
                req(
                    f,
                    t,
                    kind,
                    503,
                    30.0 + r.uniform(0, 0.01),
                    f"{route}: convert to PDF: context deadline exceeded",
                    f"{route}: convert to PDF: context deadline exceeded",
                )
            elif kind == "html" and x < 0.03:
                req(
                    f,
                    t,
                    kind,
                    400,
                    r.uniform(0.001, 0.004),
                    "no form file found for extensions: [.html]",
                    "no form file found for extensions: %v",
                )
            elif kind == "office" and x < 0.06:
                req(
                    f,
                    t,
                    kind,
                    400,
                    r.uniform(0.8, 3.0),
                    "convert to PDF: LibreOffice failed to process a document: possible causes include malformed document or insufficient memory",
                    "convert to PDF: LibreOffice failed to process a document: possible causes include malformed document or insufficient memory",
                )
            elif kind == "url" and x < 0.12:
                req(
                    f,
                    t,
                    kind,
                    409,
                    r.uniform(0.5, 2.0),
                    "convert URL to PDF: convert to PDF: invalid HTTP status code",
                    "convert URL to PDF: convert to PDF: invalid HTTP status code",
                )
            else:
                lat = {
                    "html": (0.4, 2.5),
                    "office": (1.5, 6.0),
                    "merge": (0.05, 0.4),
                    "url": (1.0, 5.0),
                }[kind]
                req(f, t, kind, 200, r.uniform(*lat), None)
    # a burst of statements at 09:10: the queue is full
    for t in poisson(r, at(9, 10), at(9, 13), 1.6):
        if r.random() < 0.55:
            req(
                pod1,
                t,
                "html",
                429,
                r.uniform(0.0002, 0.001),
                "convert HTML to PDF: maximum queue size exceeded",
                "convert HTML to PDF: maximum queue size exceeded",
            )
        else:
            req(pod1, t, "html", 200, r.uniform(2.0, 9.0), None)
    # the developer's instance (debug): restarts after 10 conversions
    dstart = at(9, 0, 5)
    n = 0
    first = [True]

    def launch(lt: datetime) -> None:
        J(dev, lt, "debug", "chromium", "start process", [], "start process")
        J(
            dev,
            lt + sec(0.9),
            "debug",
            "chromium",
            "process successfully started",
            [],
            "process successfully started",
        )

    def restart(lt: datetime) -> None:
        if first[0]:
            launch(lt)
            first[0] = False
            return
        J(
            dev,
            lt,
            "debug",
            "chromium",
            "max request limit reached, restarting...",
            [],
            "max request limit reached, restarting...",
        )
        J(dev, lt + sec(0.0002), "debug", "chromium", "restart process", [], "restart process")
        J(dev, lt + sec(0.0004), "debug", "chromium", "shutdown process", [], "shutdown process")
        J(
            dev,
            lt + sec(0.08),
            "debug",
            "chromium",
            "process successfully shutdown",
            [],
            "process successfully shutdown",
        )
        J(dev, lt + sec(0.0801), "debug", "chromium", "start process", [], "start process")
        J(
            dev,
            lt + sec(0.95),
            "debug",
            "chromium",
            "process successfully started",
            [],
            "process successfully started",
        )
        J(
            dev,
            lt + sec(0.9502),
            "debug",
            "chromium",
            "process successfully restarted",
            [],
            "process successfully restarted",
        )

    for t in poisson(r, dstart + sec(40), at(11, 30), 32):
        kind = r.choice(["html", "html", "html", "url", "office", "merge"])
        pre = None
        extra = 0.0
        if kind in ("html", "url"):
            n += 1
            if first[0] or n >= 10:
                n = 0
                pre = restart
                extra = 1.0
        if kind == "url" and r.random() < 0.25:
            req(
                dev,
                t,
                kind,
                409,
                extra + r.uniform(0.5, 2.0),
                "convert URL to PDF: convert to PDF: invalid HTTP status code",
                "convert URL to PDF: convert to PDF: invalid HTTP status code",
                pre,
            )
        elif kind == "html" and r.random() < 0.08 and pre is None:
            req(
                dev,
                t,
                kind,
                400,
                0.002,
                "no form file found for extensions: [.html]",
                "no form file found for extensions: %v",
            )
        else:
            req(dev, t, kind, 200, extra + r.uniform(0.3, 3.0), None, None, pre)
    # a hung page on the developer's machine: the lock not acquired in time
    for t in poisson(r, at(10, 20), at(10, 22), 15):
        named = "api.formschromiumconverthtml"
        trace = uuid4(r)
        J(
            dev,
            t,
            "debug",
            named,
            "failed to acquire process lock before deadline",
            [("trace", trace)],
            "failed to acquire process lock before deadline",
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- dapr

DP_VER = "1.12.5"
DP_COMMIT = "5b1e5a9a4ec3d5cd1ba7a7c4a5a3f3e8c0e4a1d2"


def dapr(r: random.Random) -> list[Log]:
    """Two daprd sidecars (checkout with API logging, orders) 06:00-12:00: Redis (state store
    and pubsub) down 08:20-08:34, orders' app failing on some events and its circuit breaker,
    orders' pod replaced at 10:15."""
    fs = Files()
    pods = {"checkout": "checkout-6b8d9c7f5-q7w2m", "orders": "orders-5f4c8d6b9-k2x9p"}

    def L(
        app: str,
        t: datetime,
        level: str,
        scope: str,
        msg: str,
        label: str,
        extra: dict[str, str] | None = None,
        typ: str = "log",
    ) -> datetime:
        inst = pods[app] if app == "checkout" or t < at(10, 15, 5) else "orders-5f4c8d6b9-7vjlq"
        fields = {"app_id": app, "instance": inst, "scope": scope, "type": typ, "ver": DP_VER}
        fields.update(extra or {})

        def q(v: str) -> str:
            ok = all(c.isalnum() or c in "-._/@^+" for c in v) and v
            return v if ok else jstr(v)

        def text(x: datetime) -> list[str]:
            ns = f"{x.microsecond:06d}{r.randrange(1000):03d}".rstrip("0")
            ts = f"{x:%Y-%m-%dT%H:%M:%S}" + (f".{ns}" if ns else "") + "Z"
            kv = " ".join(f"{k}={q(str(fields[k]))}" for k in sorted(fields))
            return [f'time="{ts}" level={level} msg={q(msg)} {kv}']

        return fs.add(
            f"{fields['instance']}-daprd.log", t, label, text, (app, fields["instance"]), 1
        )

    def start(app: str, t: datetime, comps: list[tuple[str, str]], port: int) -> datetime:
        rt = "dapr.runtime"
        seq: list[tuple[str, str, str, str]] = [
            (
                "info",
                rt,
                f"Starting Dapr Runtime -- version {DP_VER} -- commit {DP_COMMIT}",
                "Starting Dapr Runtime -- version %s -- commit %s",
            ),
            ("info", rt, "Log level set to: info", "Log level set to: %s"),
            (
                "info",
                "dapr.metrics",
                "metrics server started on :9090/",
                "metrics server started on %s%s",
            ),
            ("info", rt, f"app id: {app}", "app id: %s"),
            (
                "info",
                rt,
                "Initialized name resolution to kubernetes",
                "Initialized name resolution to %s",
            ),
            ("info", rt, "Loading components…", "Loading components…"),
        ]
        for name, typ in comps:
            seq.append(
                (
                    "info",
                    "dapr.runtime.processor",
                    f"Component loaded: {name} ({typ}/v1)",
                    "Component loaded: %s (%s/%s)",
                )
            )
        seq += [
            (
                "info",
                rt,
                "Waiting for all outstanding components to be processed…",
                "Waiting for all outstanding components to be processed…",
            ),
            (
                "info",
                rt,
                "All outstanding components processed",
                "All outstanding components processed",
            ),
            (
                "info",
                "dapr.runtime.grpc.api",
                "gRPC server listening on TCP address: :50001",
                "gRPC server listening on TCP address: %s",
            ),
            (
                "info",
                "dapr.runtime.grpc.internal",
                "gRPC server listening on TCP address: :50002",
                "gRPC server listening on TCP address: %s",
            ),
            (
                "info",
                "dapr.runtime.http",
                "HTTP server listening on TCP address: :3500",
                "HTTP server listening on TCP address: %s",
            ),
            (
                "info",
                rt,
                f"application protocol: http. waiting on port {port}.  This will block until the app is listening on that port.",
                "application protocol: %s. waiting on port %d.  This will block until the app is listening on that port.",
            ),
            (
                "info",
                rt,
                f"application discovered on port {port}",
                "application discovered on port %d",
            ),
            (
                "warn",
                "dapr.runtime.actor",
                "actors: state store is not configured - this is okay for clients but services with hosted actors will fail to initialize!",
                "actors: state store is not configured - this is okay for clients but services with hosted actors will fail to initialize!",
            ),
            (
                "info",
                rt,
                f"dapr initialized. Status: Running. Init Elapsed {r.randint(900, 4200)}ms",
                "dapr initialized. Status: Running. Init Elapsed %vms",
            ),
        ]
        for level, scope, msg, label in seq:
            t = L(
                app,
                t + sec(r.uniform(0.0005, 0.08) if "waiting" not in msg else r.uniform(1.5, 4)),
                level,
                scope,
                msg,
                label,
            )
        return t

    comps_c = [
        ("statestore", "state.redis"),
        ("pubsub", "pubsub.redis"),
        ("kubernetes", "secretstores.kubernetes"),
    ]
    comps_o = [
        ("statestore", "state.redis"),
        ("pubsub", "pubsub.redis"),
        ("orders-db", "bindings.postgresql"),
        ("kubernetes", "secretstores.kubernetes"),
    ]
    t0 = at(6, 0)
    start("checkout", t0 + sec(2.1), comps_c, 8080)
    t = start("orders", t0 + sec(3.4), comps_o, 5000)
    L(
        "orders",
        t + sec(0.6),
        "info",
        "dapr.runtime.processor.pubsub",
        "app is subscribed to the following topics: [[orders payments]] through pubsub=pubsub",
        "app is subscribed to the following topics: %v through pubsub=%s",
    )

    def redis_down(t: datetime) -> bool:
        return at(8, 20) <= t < at(8, 34)

    # checkout: the API calls (API logging on)
    ops = [
        ("GET /v1.0/state/statestore/cart-{n}", 200, 204, 4),
        ("POST /v1.0/state/statestore", 204, 204, 3),
        ("POST /v1.0/publish/pubsub/orders", 204, 204, 2),
        ("POST /v1.0/invoke/orders/method/orders", 200, 200, 1),
    ]
    for t in poisson(r, t0 + sec(40), at(12, 0), 13):
        method, ok, _, _ = r.choices(ops, weights=[w for *_, w in ops])[0]
        method = method.replace("{n}", str(r.randint(10000, 99999)))
        code = ok
        dur = r.randint(1, 12)
        if redis_down(t) and "invoke" not in method:
            code = 500
            dur = r.randint(1000, 5100)
            if r.random() < 0.6:
                comp = "statestore" if "state" in method else "pubsub"
                L(
                    "checkout",
                    t - sec(dur / 2000),
                    "info",
                    "dapr.resiliency",
                    f"Error processing operation component[{comp}] output. Retrying in 1s…",
                    "Error processing operation %s. Retrying in %v…",
                )
        if "orders/method" in method and at(10, 14, 30) <= t < at(10, 15, 40):
            code, dur = 500, r.randint(2, 30)
        L(
            "checkout",
            t,
            "info",
            "dapr.runtime.http-info",
            "HTTP API Called",
            "HTTP API Called",
            {
                "code": str(code),
                "duration": str(dur),
                "method": method,
                "useragent": "Go-http-client/1.1",
            },
        )
    for app in ["checkout", "orders"]:
        L(
            app,
            at(8, 34, 6) + sec(r.uniform(0, 2)),
            "info",
            "dapr.resiliency",
            "Recovered processing operation component[statestore] output.",
            "Recovered processing operation %s.",
        )
    # pubsub readers during the outage
    for app in ["checkout", "orders"]:
        for t in poisson(r, at(8, 20, 1), at(8, 34), 5):
            L(
                app,
                t,
                "error",
                "dapr.contrib",
                f"redis streams: error reading from stream {r.choice(['orders', 'payments']) if app == 'orders' else 'orders'}: dial tcp 10.96.14.201:6379: connect: connection refused",
                "redis streams: error reading from stream %s: %s",
            )
    # orders: events delivered to the app; some fail
    breaker_open = False
    for t in poisson(r, t0 + sec(60), at(12, 0), 16):
        if redis_down(t) or at(10, 15) <= t < at(10, 15, 30):
            continue
        ev = uuid4(r)
        topic = r.choice(["orders", "orders", "payments"])
        if at(11, 2) <= t < at(11, 9):
            if not breaker_open:
                L(
                    "orders",
                    t - sec(0.01),
                    "info",
                    "dapr.resiliency",
                    'Circuit breaker "app-orders" changed state from closed to open',
                    "Circuit breaker %q changed state from %s to %s",
                )
                breaker_open = True
            L(
                "orders",
                t,
                "warn",
                "dapr.runtime.processor.pubsub",
                f'retriable error returned from app while processing pub/sub event {ev}, topic: {topic}, body: {{"error":"database is locked"}}. status code returned: 500',
                "retriable error returned from app while processing pub/sub event %v, topic: %v, body: %s. status code returned: %v",
            )
            continue
        if breaker_open and t >= at(11, 9):
            L(
                "orders",
                t - sec(0.01),
                "info",
                "dapr.resiliency",
                'Circuit breaker "app-orders" changed state from open to half-open',
                "Circuit breaker %q changed state from %s to %s",
            )
            L(
                "orders",
                t + sec(0.05),
                "info",
                "dapr.resiliency",
                'Circuit breaker "app-orders" changed state from half-open to closed',
                "Circuit breaker %q changed state from %s to %s",
            )
            breaker_open = False
        x = r.random()
        if x < 0.05:
            L(
                "orders",
                t,
                "warn",
                "dapr.runtime.processor.pubsub",
                f'retriable error returned from app while processing pub/sub event {ev}, topic: {topic}, body: {{"error":"timeout calling inventory"}}. status code returned: 500',
                "retriable error returned from app while processing pub/sub event %v, topic: %v, body: %s. status code returned: %v",
            )
        elif x < 0.07:
            L(
                "orders",
                t,
                "warn",
                "dapr.runtime.processor.pubsub",
                f'non-retriable error returned from app while processing pub/sub event {ev}: {{"error":"unknown sku"}}. status code returned: 404',
                "non-retriable error returned from app while processing pub/sub event %v: %s. status code returned: %v",
            )
    # orders' pod replaced at 10:15
    t = at(10, 15, 0)
    for msg, label in [
        (
            "Received signal 'terminated'; beginning shutdown",
            "Received signal '%s'; beginning shutdown",
        ),
        ("Dapr is shutting down", "Dapr is shutting down"),
        (
            "Stopping PubSub subscribers and input bindings",
            "Stopping PubSub subscribers and input bindings",
        ),
        ("Shutting down all remaining components", "Shutting down all remaining components"),
        ("Dapr runtime stopped", "Dapr runtime stopped"),
    ]:
        t = L("orders", t + sec(r.uniform(0.001, 1.2)), "info", "dapr.runtime", msg, label)
    t = start("orders", at(10, 15, 9), comps_o, 5000)
    L(
        "orders",
        t + sec(0.6),
        "info",
        "dapr.runtime.processor.pubsub",
        "app is subscribed to the following topics: [[orders payments]] through pubsub=pubsub",
        "app is subscribed to the following topics: %v through pubsub=%s",
    )
    return fs.logs(t0)


# -------------------------------------------------------------------------------- librespot

LS_TRACKS = [
    ("Bohemian Rhapsody", 354320),
    ("Dreams", 257800),
    ("Blinding Lights", 200040),
    ("Heroes - 2017 Remaster", 371280),
    ("Clair de lune", 302520),
    ("So What", 562200),
    ("Redbone", 326933),
    ("Take Five", 324440),
    ("Levitating", 203064),
    ("Teardrop", 330773),
    ("Everything In Its Right Place", 251706),
    ("Hyperballad", 321266),
    ("Les Fleurs", 265840),
    ("Pink + White", 184516),
    ("Midnight City", 243960),
    ("Nude", 255386),
    ("Spiegel im Spiegel", 556133),
    ("Superstition", 266506),
    ("Windowlicker", 367160),
    ("A Love Supreme, Pt. I - Acknowledgement", 462533),
]
LS_DEVICES = [("Anna's Pixel 8", "1b4c2e8f"), ("MacBook Pro", "9a0d77c1"), ("iPad", "5e31f2a0")]
B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def librespot(r: random.Random) -> list[Log]:
    """A Raspberry Pi speaker 06:00-12:00: music from 06:40 to 09:20 and 10:00 to 11:50,
    Wi-Fi lost 08:05-08:07, the ALSA device busy at 09:55, a restart at 10:30."""
    fs = Files()
    uris = {name: "".join(r.choice(B62) for _ in range(22)) for name, _ in LS_TRACKS}
    gids = {name: hexid(r, 32) for name, _ in LS_TRACKS}

    def L(t: datetime, level: str, target: str, msg: str, label: str) -> datetime:
        return fs.add(
            "librespot.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%dT%H:%M:%S}Z {level:<5} {target}] {msg}"],
            "ls",
            1_000_000,
        )

    def start(t: datetime) -> datetime:
        seq = [
            (
                "INFO",
                "librespot",
                "librespot 0.4.2 (Built on 2023-11-04, Build ID: kRzTmK2d, Profile: release)",
                "librespot %s (Built on %s, Build ID: %s, Profile: %s)",
            ),
            (
                "INFO",
                "librespot_playback::mixer::alsamixer",
                "Mixing with Alsa and volume control: Log(60.0) for device: default with mixer control: PCM,0",
                "Mixing with Alsa and volume control: %s for device: %s with mixer control: %s,%d",
            ),
            (
                "INFO",
                "librespot_playback::audio_backend::alsa",
                "Using AlsaSink with format: S16",
                "Using AlsaSink with format: %s",
            ),
            (
                "DEBUG",
                "librespot_discovery::server",
                f"Zeroconf server listening on 0.0.0.0:{r.randint(33000, 60000)}",
                "Zeroconf server listening on %s",
            ),
            (
                "DEBUG",
                "libmdns",
                "Registering service: _spotify-connect._tcp.local",
                "Registering service: %s",
            ),
        ]
        for level, target, msg, label in seq:
            t = L(t + sec(r.uniform(0.0, 0.3)), level, target, msg, label)
        return t

    def connect(t: datetime, who: str) -> datetime:
        ap = r.choice(
            ["ap-gew4.spotify.com:4070", "ap-gew1.spotify.com:443", "ap-gae2.spotify.com:4070"]
        )
        t = L(
            t,
            "INFO",
            "librespot_core::session",
            f'Connecting to AP "{ap}"',
            'Connecting to AP "%s"',
        )
        t = L(
            t + sec(r.uniform(0.3, 1.0)),
            "INFO",
            "librespot_core::session",
            f'Authenticated as "{who}" !',
            'Authenticated as "%s" !',
        )
        t = L(
            t + sec(0.1),
            "DEBUG",
            "librespot_core::session",
            f"new Session[{r.randint(0, 3)}]",
            "new Session[%d]",
        )
        t = L(t + sec(0.1), "INFO", "librespot_core::session", 'Country: "DE"', 'Country: "%s"')
        return t

    def frame(t: datetime, typ: str, dev: tuple[str, str], seq: list[int]) -> datetime:
        seq[0] += 1
        return L(
            t,
            "DEBUG",
            "librespot_connect::spirc",
            f'{typ} "{dev[0]}" {dev[1]}{hexid(r, 32)} {seq[0]} {int(t.timestamp() * 1000) + r.randrange(1000)}',
            "%s %s %s %d %d",
        )

    t0 = at(6, 0)
    start(t0 + sec(2))
    # libmdns: the LAN's questions
    for t in poisson(r, t0 + sec(5), at(12, 0), 14):
        if at(8, 5) <= t < at(8, 7):
            continue
        q = r.choices(
            ["_spotify-connect._tcp.local", "_googlecast._tcp.local", "_raop._tcp.local"],
            weights=[6, 2, 1],
        )[0]
        L(t, "DEBUG", "libmdns::fsm", f"received question: IN {q}", "received question: %s %s")
    seq = [r.randint(10, 50)]

    def session(a: datetime, b: datetime) -> None:
        dev = r.choice(LS_DEVICES)
        t = frame(a, "kMessageTypeHello", dev, seq)
        t = connect(t + sec(0.2), "anna.k")
        t = frame(t + sec(0.3), "kMessageTypeNotify", dev, seq)
        t = frame(t + sec(0.2), "kMessageTypeLoad", dev, seq)
        while t < b:
            name, ms = r.choice(LS_TRACKS)
            if at(8, 5) <= t < at(8, 7, 30):
                t = at(8, 7, 30)
                continue
            L(
                t,
                "DEBUG",
                "librespot_playback::player",
                f"command=Load(SpotifyId {{ id: {int(gids[name][:16], 16)}, audio_type: Track }}, true, 0)",
                "command=%s",
            )
            t = L(
                t + sec(0.002),
                "INFO",
                "librespot_playback::player",
                f"Loading <{name}> with Spotify URI <spotify:track:{uris[name]}>",
                "Loading <%s> with Spotify URI <%s>",
            )
            if name == "Windowlicker" and r.random() < 0.7:
                t = L(
                    t + sec(0.3),
                    "WARN",
                    "librespot_playback::player",
                    f"<{name}> is not available",
                    "<%s> is not available",
                )
                t = L(
                    t + sec(0.01),
                    "ERROR",
                    "librespot_playback::player",
                    "Skipping to next track, unable to load current track.",
                    "Skipping to next track, unable to load current track.",
                )
                continue
            gain = r.uniform(-11, -2)
            t = L(
                t + sec(r.uniform(0.2, 0.9)),
                "DEBUG",
                "librespot_playback::player",
                f"Normalisation Data: NormalisationData {{ track_gain_db: {gain:.2f}, track_peak: {r.uniform(0.8, 1.0):.6f}, album_gain_db: {gain - r.uniform(0, 1):.2f}, album_peak: {r.uniform(0.9, 1.0):.6f} }}",
                "Normalisation Data: %s",
            )
            t = L(
                t + sec(0.001),
                "DEBUG",
                "librespot_playback::player",
                f"Normalisation Factor: {10 ** (gain / 20) * 100:.2f}%",
                "Normalisation Factor: %s%%",
            )
            t = L(
                t + sec(0.01),
                "INFO",
                "librespot_playback::player",
                f"<{name}> ({ms} ms) loaded",
                "<%s> (%d ms) loaded",
            )
            t = frame(t + sec(0.05), "kMessageTypeNotify", dev, seq)
            play = ms / 1000 * r.uniform(0.3, 1.0)
            if r.random() < 0.15:
                pt = t + sec(play / 2)
                frame(pt, "kMessageTypePause", dev, seq)
                frame(pt + sec(0.03), "kMessageTypeNotify", dev, seq)
                frame(pt + sec(40), "kMessageTypePlay", dev, seq)
                play += 40
            if r.random() < 0.2:
                frame(t + sec(play * 0.8), "kMessageTypeVolume", dev, seq)
            t += sec(play)
            if r.random() < 0.35:
                t = frame(t, "kMessageTypeNext", dev, seq)
        frame(t, "kMessageTypePause", dev, seq)

    session(at(6, 40), at(9, 20))
    # Wi-Fi lost
    t = at(8, 5, 2)
    t = L(
        t,
        "ERROR",
        "librespot_core::session",
        "Connection to server closed.",
        "Connection to server closed.",
    )
    t = L(
        t + sec(0.001),
        "WARN",
        "librespot",
        "Spirc shut down unexpectedly",
        "Spirc shut down unexpectedly",
    )
    for i in range(4):
        t += sec(10 * (i + 1))
        t = L(
            t,
            "WARN",
            "librespot_core::apresolve",
            "Failed to resolve Access Point: error sending request for url (https://apresolve.spotify.com/?type=accesspoint): error trying to connect: dns error: failed to lookup address information: Temporary failure in name resolution",
            "Failed to resolve Access Point: %s",
        )
        t = L(
            t + sec(0.001),
            "WARN",
            "librespot_core::apresolve",
            'Using fallback "ap.spotify.com:443"',
            'Using fallback "%s"',
        )
        t = L(
            t + sec(0.002),
            "ERROR",
            "librespot",
            "Connection failed: IO error: failed to lookup address information: Temporary failure in name resolution",
            "Connection failed: %s",
        )
    connect(at(8, 7, 25), "anna.k")
    # the ALSA device busy (another player holds it)
    for t in poisson(r, at(9, 55), at(9, 58), 20):
        L(
            t,
            "ERROR",
            "librespot_playback::player",
            "Audio Sink Error Connection Refused: <AlsaSink> Device default May be Invalid, Busy, or Already in Use, ALSA function 'snd_pcm_open' failed with error 'EBUSY: Device or resource busy'",
            "Audio Sink Error Connection Refused: <AlsaSink> Device %s May be Invalid, Busy, or Already in Use, ALSA function '%s' failed with error '%s'",
        )
    session(at(10, 0), at(10, 29))
    # restart
    t = L(
        at(10, 30, 1), "INFO", "librespot", "Gracefully shutting down", "Gracefully shutting down"
    )
    t = start(at(10, 30, 4))
    session(at(10, 31), at(11, 50))
    return fs.logs(t0)


# ------------------------------------------------------------------------------- mongooseim

MIM_DOMAIN = "chat.example.com"
MIM_USERS = [
    "alice",
    "bob",
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "mallory",
    "niaj",
    "olivia",
    "peggy",
    "rupert",
    "sybil",
    "trent",
    "victor",
    "walter",
    "yusuf",
    "zoe",
    "u1047",
    "u2231",
    "u3318",
    "u4409",
    "u5120",
    "u6671",
    "u7702",
    "u8815",
    "u9934",
]
MIM_RES = ["android-3f9a", "ios-77c1", "web-1a2b", "desktop-9d0e"]


def mongooseim(r: random.Random) -> list[Log]:
    """Two MongooseIM nodes (mim1, mim2) behind a TCP balancer 06:00-12:00: sessions of a
    mobile chat app, wrong passwords, s2s to two federated servers (one gone), MySQL failing
    over at 09:40, mim2 restarted at 10:50."""
    fs = Files()
    pidn = {"mim1": 2800, "mim2": 3100}

    def pid(h: str) -> str:
        pidn[h] += r.randint(3, 60)
        return f"<0.{pidn[h]}.0>"

    def L(
        h: str,
        t: datetime,
        level: str,
        where: str,
        p: str,
        msg: str,
        label: str,
        more: list[str] | None = None,
    ) -> datetime:
        loc = f"{p}@{where}" if where else p
        return fs.add(
            f"{h}-ejabberd.log",
            t,
            label,
            lambda x: (
                [f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} [{level}] {loc} {msg}"]
                + (more or [])
            ),
            (h, "lager"),
            1000,
        )

    def boot(h: str, t: datetime) -> None:
        node = f"mongooseim@{h}.chat.internal"
        for app in [
            "lager",
            "crypto",
            "asn1",
            "public_key",
            "ssl",
            "mnesia",
            "exometer_core",
            "fast_tls",
            "cowboy",
            "mysql",
            "mongooseim",
        ]:
            t = L(
                h,
                t + sec(r.uniform(0.005, 0.2)),
                "info",
                "",
                pid(h),
                f"Application {app} started on node '{node}'",
                "Application %s started on node %s",
            )
            if app == "mysql":
                for i in range(3):
                    t = L(
                        h,
                        t + sec(0.01),
                        "info",
                        "mongoose_rdbms:connect:218",
                        pid(h),
                        f"mongoose_rdbms worker {i + 1} connected to mysql db-primary.chat.internal:3306",
                        "mongoose_rdbms worker %d connected to %s %s",
                    )
        for port, mod in [
            (5222, "ejabberd_c2s"),
            (5269, "ejabberd_s2s_in"),
            (5280, "mod_bosh"),
            (5285, "mod_websockets"),
        ]:
            t = L(
                h,
                t + sec(0.01),
                "info",
                "ejabberd_listener:start_listener:148",
                pid(h),
                f"Start accepting TCP connections at 0.0.0.0:{port} for {mod}",
                "Start accepting TCP connections at %s for %s",
            )
        L(
            h,
            t + sec(0.02),
            "info",
            "ejabberd_app:start:72",
            "<0.88.0>",
            f"ejabberd 3.7.1 is started in the node '{node}'",
            "ejabberd %s is started in the node %s",
        )

    def sock(h: str) -> str:
        return f"{{socket_state,gen_tcp,#Port<0.{r.randint(9000, 99999)}>,{pid(h)}}}"

    t0 = at(6, 0)
    acceptor = {"mim1": "<0.3297.0>", "mim2": "<0.3302.0>"}
    boot("mim1", t0 + sec(1))
    boot("mim2", t0 + sec(1.6))

    def db_down(t: datetime) -> bool:
        return at(9, 40) <= t < at(9, 41, 30)

    def mim2_down(t: datetime) -> bool:
        return at(10, 50) <= t < at(10, 51)

    for t in poisson(r, t0 + sec(30), at(12, 0), 36):
        h = r.choice(["mim1", "mim2"])
        if mim2_down(t) and h == "mim2":
            h = "mim1"
        c = pid(h)
        s = sock(h)
        ip = f"10.20.{r.randint(1, 9)}.{r.randint(2, 250)}"
        lp = r.randint(30000, 65000)
        a, b, cc, d = ip.split(".")
        t = L(
            h,
            t,
            "info",
            "ejabberd_listener:accept:296",
            "<0.4178.0>" if h == "mim2" and t >= at(10, 50, 40) else acceptor[h],
            f"(#Port<0.{r.randint(9000, 99999)}>) Accepted connection {{{{{a},{b},{cc},{d}}},{lp}}} -> {{{{10,0,3,{11 if h == 'mim1' else 12}}},5222}}",
            "(%s) Accepted connection %s -> %s",
        )
        user = r.choice(MIM_USERS)
        jid = f"{user}@{MIM_DOMAIN}/{r.choice(MIM_RES)}"
        if r.random() < 0.05 or (user == "mallory" and r.random() < 0.9):
            L(
                h,
                t + sec(r.uniform(0.05, 0.3)),
                "info",
                "ejabberd_c2s:wait_for_feature_before_auth:594",
                c,
                f"({s}) Failed authentication for {user}@{MIM_DOMAIN} from IP {ip}",
                "(%s) Failed authentication for %s@%s from IP %s",
            )
            continue
        if db_down(t):
            L(
                h,
                t + sec(0.2),
                "error",
                "mongoose_rdbms:sql_query_t:512",
                c,
                "SQL transaction restarts exceeded",
                "SQL transaction restarts exceeded",
                [
                    '** Last abort reason: {error,{1053,<<"08S01">>,<<"Server shutdown in progress">>}}'
                ],
            )
            continue
        t = L(
            h,
            t + sec(r.uniform(0.05, 0.3)),
            "info",
            "ejabberd_c2s:wait_for_feature_before_auth:573",
            c,
            f"({s}) Accepted authentication for {user} by ejabberd_auth_rdbms",
            "(%s) Accepted authentication for %s by %s",
        )
        if r.random() < 0.12:
            t = L(
                h,
                t + sec(0.04),
                "info",
                "ejabberd_c2s:maybe_resume_session:2908",
                c,
                f'({s}) Stream <<"{hexid(r, 40)}">> resumed for {jid}',
                "(%s) Stream %s resumed for %s",
            )
        else:
            t = L(
                h,
                t + sec(r.uniform(0.02, 0.1)),
                "info",
                "ejabberd_c2s:do_open_session_common:1047",
                c,
                f"({s}) Opened session for {jid}",
                "(%s) Opened session for %s",
            )
        end = t + sec(r.expovariate(1 / 900))
        if h == "mim2" and t < at(10, 50) <= end:
            continue
        if end < at(12, 0):
            L(
                h,
                end,
                "info",
                "ejabberd_c2s:terminate:1393",
                c,
                f"({s}) Close session for {jid}",
                "(%s) Close session for %s",
            )
    # s2s
    for h in ["mim1", "mim2"]:
        for t in poisson(r, t0 + sec(120), at(12, 0), 900):
            p = pid(h)
            t = L(
                h,
                t,
                "info",
                "ejabberd_s2s:new_connection:352",
                p,
                f"New s2s connection started {pid(h)}",
                "New s2s connection started %s",
            )
            if r.random() < 0.5:
                L(
                    h,
                    t + sec(0.01),
                    "info",
                    "ejabberd_s2s_out:open_socket:251",
                    p,
                    f"Trying to open s2s connection: {MIM_DOMAIN} -> partner.example.org with TLS=true",
                    "Trying to open s2s connection: %s -> %s with TLS=%s",
                )
            else:
                t = L(
                    h,
                    t + sec(0.01),
                    "info",
                    "ejabberd_s2s_out:open_socket:251",
                    p,
                    f"Trying to open s2s connection: {MIM_DOMAIN} -> xmpp.oldcorp.net with TLS=true",
                    "Trying to open s2s connection: %s -> %s with TLS=%s",
                )
                t = L(
                    h,
                    t + sec(5.0),
                    "info",
                    "ejabberd_s2s_out:open_socket:285",
                    p,
                    f"s2s connection: {MIM_DOMAIN} -> xmpp.oldcorp.net (remote server not found)",
                    "s2s connection: %s -> %s (remote server not found)",
                )
                L(
                    h,
                    t + sec(0.001),
                    "info",
                    "ejabberd_s2s_out:wait_before_retry:721",
                    p,
                    "Reconnect delay expired: Will now retry to connect to xmpp.oldcorp.net when needed.",
                    "Reconnect delay expired: Will now retry to connect to %s when needed.",
                )
    # MySQL failover
    for h in ["mim1", "mim2"]:
        for i in range(3):
            t = at(9, 40, 1) + sec(r.uniform(0, 2))
            w = pid(h)
            L(
                h,
                t,
                "error",
                "mongoose_rdbms:handle_info:329",
                w,
                f"mongoose_rdbms worker {i + 1} lost connection to mysql db-primary.chat.internal:3306: {{tcp_closed,#Port<0.{r.randint(9000, 99999)}>}}",
                "mongoose_rdbms worker %d lost connection to %s %s: %s",
            )
            for k in range(r.randint(2, 4)):
                t += sec(2**k)
                t = L(
                    h,
                    t,
                    "warning",
                    "mongoose_rdbms:connect:231",
                    w,
                    f"mongoose_rdbms worker {i + 1} failed to connect to mysql db-primary.chat.internal:3306: {{1045,<<\"28000\">>,<<\"Access denied for user 'mim'@'10.0.3.{11 if h == 'mim1' else 12}' (using password: YES)\">>}}"
                    if k == 0
                    else f"mongoose_rdbms worker {i + 1} failed to connect to mysql db-primary.chat.internal:3306: econnrefused",
                    "mongoose_rdbms worker %d failed to connect to %s %s: %s",
                )
            L(
                h,
                at(9, 41, 30) + sec(r.uniform(0, 3)),
                "info",
                "mongoose_rdbms:connect:218",
                w,
                f"mongoose_rdbms worker {i + 1} connected to mysql db-primary.chat.internal:3306",
                "mongoose_rdbms worker %d connected to %s %s",
            )
        # mod_mam's writer crashes
        p = pid(h)
        t = at(9, 40, 9) + sec(r.uniform(0, 3))
        reason = '{{badmatch,{error,{1053,<<"08S01">>,<<"Server shutdown in progress">>}}},[{mod_mam_rdbms_async_pool_writer,flush,2,[{file,"src/mam/mod_mam_rdbms_async_pool_writer.erl"},{line,412}]},{mod_mam_rdbms_async_pool_writer,handle_info,2,[{file,"src/mam/mod_mam_rdbms_async_pool_writer.erl"},{line,508}]}]}'
        L(
            h,
            t,
            "error",
            "",
            p,
            'gen_server \'mod_mam_rdbms_async_pool_writer_chat.example.com_3\' terminated with reason: no match of right hand value {error,{1053,<<"08S01">>,<<"Server shutdown in progress">>}} in mod_mam_rdbms_async_pool_writer:flush/2 line 412',
            "gen_server %s terminated with reason: no match of right hand value %s in %s line %d",
        )
        L(
            h,
            t + sec(0.002),
            "error",
            "",
            p,
            'CRASH REPORT Process \'mod_mam_rdbms_async_pool_writer_chat.example.com_3\' with 0 neighbours exited with reason: no match of right hand value {error,{1053,<<"08S01">>,<<"Server shutdown in progress">>}} in mod_mam_rdbms_async_pool_writer:flush/2 line 412 in gen_server:handle_common_reply/8 line 751',
            "CRASH REPORT Process %s with %d neighbours exited with reason: no match of right hand value %s in %s line %d in %s line %d",
        )
        L(
            h,
            t + sec(0.004),
            "error",
            "",
            "<0.912.0>",
            f"Supervisor ejabberd_sup had child 'mod_mam_rdbms_async_pool_writer_chat.example.com_3' started with mod_mam_rdbms_async_pool_writer:start_link('mod_mam_rdbms_async_pool_writer_chat.example.com_3', <<\"chat.example.com\">>, 3) at {p} exit with reason {reason} in context child_terminated",
            "Supervisor %s had child %s started with %s at %s exit with reason %s in context %s",
        )
    # mim2 restarted
    L(
        "mim2",
        at(10, 50, 0),
        "info",
        "ejabberd_app:prep_stop:95",
        "<0.88.0>",
        "ejabberd 3.7.1 is stopped in the node 'mongooseim@mim2.chat.internal'",
        "ejabberd %s is stopped in the node %s",
    )
    for port, mod in [
        (5222, "ejabberd_c2s"),
        (5269, "ejabberd_s2s_in"),
        (5280, "mod_bosh"),
        (5285, "mod_websockets"),
    ]:
        L(
            "mim2",
            at(10, 50, 0) + sec(0.01),
            "info",
            "ejabberd_listener:stop_listener:205",
            pid("mim2"),
            f"Stop accepting TCP connections at 0.0.0.0:{port} for {mod}",
            "Stop accepting TCP connections at %s for %s",
        )
    boot("mim2", at(10, 50, 40))
    return fs.logs(t0)


# ------------------------------------------------------------------------------ mojolicious

MJ_PAGES = [
    # method, path, controller, action, template, weight
    ("GET", "/", "Shop::Controller::Catalog", "index", "catalog/index.html.ep", 10),
    ("GET", "/product/{n}", "Shop::Controller::Catalog", "product", "catalog/product.html.ep", 14),
    ("GET", "/search", "Shop::Controller::Catalog", "search", "catalog/search.html.ep", 5),
    ("GET", "/cart", "Shop::Controller::Cart", "show", "cart/show.html.ep", 6),
    ("POST", "/cart/add", "Shop::Controller::Cart", "add", None, 5),
    ("GET", "/login", "Shop::Controller::Account", "login_form", "account/login.html.ep", 3),
    ("POST", "/login", "Shop::Controller::Account", "login", None, 3),
    ("POST", "/checkout", "Shop::Controller::Order", "checkout", None, 2),
    ("GET", "/api/stock/{n}", None, None, None, 4),
]


def mojolicious(r: random.Random) -> list[Log]:
    """A shop under hypnotoad (four workers) 06:00-12:00: a hot deployment at 09:30, a worker
    without a heartbeat at 08:15, Postgres gone 10:40-10:47, scanners, exceptions."""
    fs = Files()
    mgr = [4310]
    workers = [4311, 4312, 4313, 4314]
    cached: set[tuple[int, str]] = set()
    nextpid = [4315]

    def L(
        t: datetime,
        p: int,
        level: str,
        msg: str,
        label: str,
        req: str | None = None,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            s = x.second + x.microsecond / 1e6
            ctx = f"[{req}] " if req else ""
            return [f"[{x:%Y-%m-%d %H:%M}:{s:08.5f}] [{p}] [{level}] {ctx}{msg}"] + (more or [])

        return fs.add("production.log", t, label, text, p, 10)

    def boot(t: datetime, upgrade_from: int | None) -> None:
        if upgrade_from is not None:
            L(
                t - sec(0.2),
                upgrade_from,
                "info",
                "Starting zero downtime software upgrade (180 seconds)",
                "Starting zero downtime software upgrade (%d seconds)",
            )
        t = L(t, mgr[0], "info", 'Listening at "http://127.0.0.1:8080"', 'Listening at "%s"')
        t = L(t + sec(0.001), mgr[0], "info", f"Manager {mgr[0]} started", "Manager %d started")
        t = L(
            t + sec(0.002),
            mgr[0],
            "info",
            'Creating process id file "/srv/shop/script/hypnotoad.pid"',
            'Creating process id file "%s"',
        )
        for w in workers:
            L(
                t + sec(r.uniform(0.003, 0.02)),
                w,
                "info",
                f"Worker {w} started",
                "Worker %d started",
            )

    t0 = at(6, 0)
    boot(t0 + sec(1), None)

    def stop_worker(t: datetime, m: int, w: int, graceful: bool = True) -> datetime:
        if graceful:
            t = L(
                t,
                m,
                "info",
                f"Stopping worker {w} gracefully (120 seconds)",
                "Stopping worker %d gracefully (%d seconds)",
            )
        return L(t + sec(r.uniform(0.5, 3)), m, "info", f"Worker {w} stopped", "Worker %d stopped")

    def request(t: datetime) -> None:
        w = r.choice(workers)
        req = alnum(r, 8)
        method, path, ctl, act, tpl, _ = r.choices(MJ_PAGES, weights=[p[-1] for p in MJ_PAGES])[0]
        path = path.replace("{n}", str(r.randint(100, 4999)))
        t = L(t, w, "trace", f'{method} "{path}"', '%s "%s"', req)
        if ctl is None:
            t = L(
                t + sec(0.0003), w, "trace", "Routing to a callback", "Routing to a callback", req
            )
        else:
            t = L(
                t + sec(0.0003),
                w,
                "trace",
                f'Routing to controller "{ctl}" and action "{act}"',
                'Routing to controller "%s" and action "%s"',
                req,
            )
        code, phrase = 200, "OK"
        db_down = at(10, 40) <= t < at(10, 47)
        if (db_down and path != "/login" and method != "GET") or (db_down and r.random() < 0.5):
            msg = "DBI connect('dbname=shop;host=db1.internal;port=5432','shop',...) failed: connection to server at \"10.0.4.20\", port 5432 failed: Connection refused"
            t = L(
                t + sec(0.01),
                w,
                "error",
                msg,
                "DBI connect('%s','%s',...) failed: connection to server at \"%s\", port %d failed: Connection refused",
                req,
                [
                    "\tIs the server running on that host and accepting TCP/IP connections? at /srv/shop/lib/Shop/Model.pm line 31.",
                    "",
                ],
            )
            code, phrase = 500, "Internal Server Error"
            rt = "exception.production.html.ep"
            key = (w, rt)
            t = L(
                t + sec(0.001),
                w,
                "trace",
                f'Rendering {"cached " if key in cached else ""}template "{rt}"',
                'Rendering cached template "%s"' if key in cached else 'Rendering template "%s"',
                req,
            )
            cached.add(key)
        elif path == "/login" and method == "POST":
            user = r.choice(
                ["anna@example.com", "bert@example.net", "c.meyer@example.org", "admin"]
            )
            if user == "admin" or r.random() < 0.2:
                t = L(
                    t + sec(0.02),
                    w,
                    "warn",
                    f"Login failed for {user} from 203.0.113.{r.randint(2, 250)}",
                    "Login failed for %s from %s",
                    req,
                )
                tpl = "account/login.html.ep"
                code, phrase = 401, "Unauthorized"
            else:
                t = L(t + sec(0.02), w, "info", f"User {user} logged in", "User %s logged in", req)
                code, phrase = 302, "Found"
        elif path == "/checkout":
            order = r.randint(100000, 199999)
            x = r.random()
            if x < 0.12:
                t = L(
                    t + sec(0.3),
                    w,
                    "warn",
                    f"Payment declined for order {order}: {r.choice(['insufficient_funds', 'card_declined', 'expired_card'])}",
                    "Payment declined for order %d: %s",
                    req,
                )
                code, phrase = 402, "Payment Required"
            elif x < 0.16:
                email = f"{alnum(r, 6).lower()}@example.com"
                t = L(
                    t + sec(0.05),
                    w,
                    "error",
                    'DBD::Pg::st execute failed: ERROR:  duplicate key value violates unique constraint "customers_email_key"',
                    'DBD::Pg::st execute failed: ERROR:  duplicate key value violates unique constraint "%s"',
                    req,
                    [
                        f"DETAIL:  Key (email)=({email}) already exists. at /srv/shop/lib/Shop/Model/Customer.pm line 58.",
                        "",
                    ],
                )
                code, phrase = 500, "Internal Server Error"
            else:
                t = L(
                    t + sec(0.4),
                    w,
                    "info",
                    f"Order {order} placed by customer {r.randint(1000, 9999)} ({r.randint(5, 400)}.{r.randint(0, 99):02d} EUR)",
                    "Order %d placed by customer %d (%s EUR)",
                    req,
                )
                code, phrase = 302, "Found"
        elif path.startswith("/cart/add") and r.random() < 0.04:
            t = L(
                t + sec(0.005),
                w,
                "error",
                'Can\'t call method "price" on an undefined value at /srv/shop/lib/Shop/Controller/Cart.pm line 44.',
                'Can\'t call method "%s" on an undefined value at %s line %d.',
                req,
                [""],
            )
            code, phrase = 500, "Internal Server Error"
            tpl = "exception.production.html.ep"
        elif method == "POST":
            code, phrase = 302, "Found"
        if tpl and code not in (302,):
            key = (w, tpl)
            if key in cached:
                t = L(
                    t + sec(0.002),
                    w,
                    "trace",
                    f'Rendering cached template "{tpl}"',
                    'Rendering cached template "%s"',
                    req,
                )
            else:
                t = L(
                    t + sec(0.004),
                    w,
                    "trace",
                    f'Rendering template "{tpl}"',
                    'Rendering template "%s"',
                    req,
                )
                cached.add(key)
            if not tpl.startswith("exception"):
                lk = (w, "layouts/default.html.ep")
                t = L(
                    t + sec(0.001),
                    w,
                    "trace",
                    f'Rendering {"cached " if lk in cached else ""}template "layouts/default.html.ep"',
                    'Rendering cached template "%s"' if lk in cached else 'Rendering template "%s"',
                    req,
                )
                cached.add(lk)
        el = r.uniform(0.002, 0.09)
        L(
            t + sec(el),
            w,
            "trace",
            f"{code} {phrase} ({el:.6f}s, {1 / el:.3f}/s)",
            "%d %s (%ss, %s/s)",
            req,
        )

    def scan(t: datetime) -> None:
        w = r.choice(workers)
        req = alnum(r, 8)
        path = r.choice(
            ["/wp-login.php", "/.env", "/phpmyadmin/", "/.git/config", "/xmlrpc.php", "/admin.php"]
        )
        t = L(t, w, "trace", f'GET "{path}"', '%s "%s"', req)
        t = L(
            t + sec(0.0004),
            w,
            "trace",
            'Template "not_found.production.html.ep" not found',
            'Template "%s" not found',
            req,
        )
        t = L(
            t + sec(0.0002),
            w,
            "trace",
            'Template "not_found.html.ep" not found',
            'Template "%s" not found',
            req,
        )
        el = r.uniform(0.001, 0.004)
        L(
            t + sec(el),
            w,
            "trace",
            f"404 Not Found ({el:.6f}s, {1 / el:.3f}/s)",
            "%d %s (%ss, %s/s)",
            req,
        )

    upgraded = False
    hb_done = False
    for t in poisson(r, t0 + sec(20), at(12, 0), 41):
        if not upgraded and t >= at(9, 30):
            old, oldw = mgr[0], list(workers)
            mgr[0] = nextpid[0]
            workers[:] = [nextpid[0] + i for i in range(1, 5)]
            nextpid[0] += 5
            boot(at(9, 30, 1), old)
            L(
                at(9, 30, 2),
                mgr[0],
                "info",
                f"Upgrade successful, stopping {old}",
                "Upgrade successful, stopping %d",
            )
            tt = at(9, 30, 2) + sec(0.01)
            for w in oldw:
                L(
                    tt,
                    old,
                    "info",
                    f"Stopping worker {w} gracefully (120 seconds)",
                    "Stopping worker %d gracefully (%d seconds)",
                )
            last = tt
            for w in oldw:
                last = max(last, stop_worker(tt + sec(r.uniform(0.2, 2)), old, w, graceful=False))
            L(last + sec(0.2), old, "info", f"Manager {old} stopped", "Manager %d stopped")
            upgraded = True
            continue
        if not hb_done and t >= at(8, 15):
            w = workers[2]
            L(
                t,
                w,
                "info",
                "Generating PDF export for 1843 orders",
                "Generating PDF export for %d orders",
                alnum(r, 8),
            )
            L(
                t + sec(31),
                mgr[0],
                "error",
                f"Worker {w} has no heartbeat (30 seconds), restarting",
                "Worker %d has no heartbeat (%d seconds), restarting",
            )
            stop_worker(t + sec(31.01), mgr[0], w)
            nw = nextpid[0]
            nextpid[0] += 1
            L(t + sec(34), nw, "info", f"Worker {nw} started", "Worker %d started")
            workers[2] = nw
            cached.difference_update({k for k in cached if k[0] == w})
            hb_done = True
            continue
        if r.random() < 0.08:
            scan(t)
        else:
            request(t)
    return fs.logs(t0)


SYSTEMS = {
    "gotenberg": gotenberg,
    "dapr": dapr,
    "librespot": librespot,
    "mongooseim": mongooseim,
    "mojolicious": mojolicious,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
