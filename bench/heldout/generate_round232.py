#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 232 (enterprise-gateway, nautobot, searxng, pretalx,
glances) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file; tornado's and gunicorn's second-resolution
lines one second apart). Five self-hosted Python web services, 06:00 to 12:00 on 2024-06-07.
The brief's first system, JupyterHub, is already in the set (round 27's `jupyter`: JupyterHub's
log with a single-user server's and a notebook server's), so Jupyter Enterprise Gateway, the
multi-tenant kernel gateway a JupyterHub deployment hands its users' kernels to, takes its place.

- Jupyter Enterprise Gateway 3.2.3 (`enterprise-gateway-6f8b9d7c4-k2x9p.log`,
  `enterprise-gateway-7c5d8f9b6-m4t8r.log`: `kubectl logs` of the gateway's pod before and after
  a rolling update at 10:20): the traitlets application's `[I 2024-06-07 06:00:02.118
  EnterpriseGatewayApp] ...` lines and, in the same stream, tornado's own `[I 240607 06:00:04
  web:2348] 200 GET /api/kernels (10.42.3.14) 1.92ms` access lines (the app installs tornado's
  pretty logging and no log_function). Ten JupyterHub users' single-user servers in gateway mode
  polling `/api/kernels`, `/api/kernelspecs` and their kernels' models; every kernel launched as
  a pod in a namespace of its own (`Created kernel namespace: %s`, `Created kernel role-binding
  '%s' in namespace: %s for service account: %s`, `KubernetesProcessProxy: kernel launched.
  Kernel image: %s, KernelID: %s, cmd: '%s'` with the launcher's argv and the response key,
  `Kernel started: %s`, `201 POST /api/kernels`), the websockets (`No session ID specified`,
  `101 GET /api/kernels/%s/channels`, `Connecting to kernel %s.`, R's and Scala's `Adapting from
  protocol version 5.0 ...`, `Starting buffering for %s` when a tab drops), kernels shut down by
  their users (`Kernel shutdown: %s`, `204 DELETE`), Spark kernels OOM-killed and restarted by the
  restarter (`AsyncIOLoopKernelRestarter: restarting kernel (%i/%i), %s random ports`, `Re-using
  kernel namespace: %s`, `kernel %s restarted`), idle kernels culled an hour after their users
  left; the namespace quota exhausted 08:40-09:02 (`KernelID: '%s' launch timeout due to: Waited
  too long (%ss) to get connection file` and the 500), and the update at 10:20 (`Received signal
  to terminate Enterprise Gateway.`, the kernels shut down, `Shut down complete`, then tornado's
  `web:1873` warning `404 GET /api/kernels/%s (%s): Kernel does not exist: %s` and the 404 for the
  clients' old kernels on the new pod).
- Nautobot 2.2.5 (`nautobot.log`: the web container's output, uWSGI with the documented
  `disable-logging` / `log-4xx` / `log-5xx` and Nautobot's default LOGGING, whose `normal`
  formatter writes `%(asctime)s.%(msecs)03d %(levelname)-7s %(name)s :` and the message on the
  next line after two blanks; `nautobot-worker.log`: the Celery worker, `[2024-06-07
  06:00:05,123: INFO/MainProcess] ...`, where a `nautobot.*` logger's record is written twice,
  by Nautobot's handler in the two-line layout and by Celery's root handler; `nautobot-beat.log`:
  Celery beat): an Ansible sync PATCHing interfaces and IP addresses through the REST API every
  20 minutes (`Updating %s %s (PK: %s)`, `Creating new %s`), users logging in and editing in the
  UI (`Created %s %s (PK: %s)`, `Modified %s %s (PK: %s)`),
  scanners' 404s (uWSGI's request line and django.request's `%s: %s`), DisallowedHost with its
  traceback, the sync's token expired 07:10-07:25 (403s), PostgreSQL failing over 09:12-09:16
  (500s with OperationalError's two-line message), a webhook to the DNS service on every IP
  address change (`Sending %s request to %s (%s %s)`, `Request succeeded; response status %s`;
  503s 09:30-09:50 with `Request failed; ...` and the task's `raised unexpected:
  RequestException(...)` with its traceback), a scheduled job every 15 minutes (`Running job`,
  its findings, `Job completed` under the task's `name[id]: ` prefix), Redis restarted 10:44-10:47
  (the worker's `consumer: Connection to broker lost. ...` with its traceback, `consumer: Cannot
  connect to %s: ...` with `Trying again in ...` under it, beat's `beat: Connection error: ...`).
- SearXNG 2024.6 (`searxng-1.log`, `searxng-2.log`: `docker logs` of two instances behind one
  proxy, uWSGI with `disable-logging`, the production logging `%(asctime)-15s
  %(levelname)s:%(name)s: %(message)s` at WARNING): the engines' errors, every one a record of the
  error recorder (`ErrorContext(%r, %r, %r, %r, %r, %r) %r`, the file, line, code, exception class
  and its messages) beside the processor's own line (`HTTP requests timeout (search duration : %s
  s, timeout: %s s) : %s`, `engine timeout`, `CAPTCHA`, `Too many requests`,
  `SearxEngineAccessDenied`, `exception : %s`, `requests exception (...) : %s`, the last five with
  their tracebacks); Google's CAPTCHA suspending it on each instance, Brave's 429s, Qwant's 403s,
  the uplink losing packets 08:50-09:08 (timeouts on every engine), Valkey restarted 10:30-10:33
  (Flask's `Exception on %s [%s]` with the limiter's chained redis traceback on every request),
  uWSGI's `uwsgi_response_writev_headers_and_body_do(): Broken pipe ...` with Python's `OSError:
  write error` under it for clients that gave up.
- pretalx 2024.1 (`pretalx.log`: its LOGGING file handler, `%(levelname)s %(asctime)s %(name)s
  %(module)s %(message)s`; `gunicorn.log`: gunicorn 22's error log, four sync workers with
  `--max-requests 1200 --max-requests-jitter 50`; `worker.log`: the Celery worker's `--logfile`):
  three events, one releasing its schedule and mailing 380 speakers at 09:00, another's CfP
  closing at noon; workers recycled all morning (`Autorestarting worker after current request.`,
  `Worker exiting (pid: %s)`, `Booting worker with pid: %s`), five timed out under the release's
  load (`WORKER TIMEOUT (pid:%s)` with the two `exited with code` lines), PostgreSQL out of
  connections 10:05-10:12 (django.request's `%s: %s` with OperationalError's chained traceback),
  the frab XML exporter broken by a talk without a room (`Failed to use %s for %s` with its
  traceback), stale CSRF tokens, the mail relay refusing 08:20-08:32 (`Error sending email` with
  its traceback, then Celery's `raised unexpected: SendMailException(...)` with the chained
  traceback), the provider's 421s during the mass mailing (`retry: Retry in %ss`), the periodic
  tasks every ten minutes, gravatar fetches (`gravatar returned http %s when getting avatar for
  user %s`, `set avatar for user %s to %s`), and a deploy at 11:00 (`Handling signal: %s`,
  `Shutting down: %s`, the start-up lines, the worker's reconnect lines) that loses the proxy's
  scheme (`Forbidden (Origin checking failed - %s does not match any trusted origins.): %s` on
  every orga POST) until the fix at 11:18.
- Glances 4.0.8 (`nas-glances.log`, `pve1-glances.log`, `pve2-glances.log`,
  `pve3-glances.log`, `docker1-glances.log`, `dash-glances.log`: each host's
  ~/.cache/glances/glances.log, `%(asctime)s -- %(levelname)s -- %(message)s`): five hosts running
  `glances -q --export influxdb2 -t 10` and a dashboard host `glances -w`; start-ups (`Start
  Glances %s`, `%s %s (%s) and psutil %s detected`, `Read configuration file '%s'`, `Start %s
  mode`, the import warnings of the optional plugins, one format each: `Missing Python Lib (%s),
  Raid plugin is disabled`, `... Nvidia GPU plugin is disabled`, `Error loading Podman deps Lib.
  ...`; `Connected to InfluxDB server version %s (%s)`, `Quiet mode is ON, nothing will be
  displayed`; the web server's `Glances RESTful API Server started on %s`, `Get WebUI in %s`,
  `Glances Web User Interface started on %s`) and stops (`Glances stopped gracefully`); InfluxDB
  crash-looping 08:52-09:38 and upgraded 11:20-11:22 (the influxdb client's `The retriable error
  occurred during request. Reason: '%s'.` and urllib3's `Retrying (%r) after connection broken by
  '%r': %s` for each of a batch's five retries, then `The batch item wasn't processed successfully
  because: %s`, one batch at a time); alert actions (`Action triggered for %s (%s): %s`, repeated
  every refresh for the NAS's full pool, pve2's load after its restart with the new action and
  docker1's leaking container, once per crossing for the Proxmox backups' memory); Docker
  restarted on the dashboard host (`containers (Docker) plugin - Can't get containers list
  (...)`).

Label notes. The heads are context: the traitlets `[L date time EnterpriseGatewayApp]` and
tornado's `[L yymmdd time module:line]`, Nautobot's time, level and logger (the label is on the
head line; the message on the line under it continues the event), Celery's `[date: LEVEL/process]`
and a task logger's `name[id]: ` prefix, SearXNG's date, level and logger (the engine's name is
the logger's), pretalx's level, date, logger and module, gunicorn's `[date] [pid] [LEVEL]`,
Glances's date and level. A request line keeps its status, method and route as wording with the
ids, addresses, sizes and times as values (rounds 27 and 115's tornado lines, rounds 30, 175 and 207's uWSGI
lines); a path a scanner asks for is a value. Django's `log_response` writes `%s: %s` with the
response's reason phrase as its first value (round 132's netbox), and its security logger the
exception's text (`Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.`); the
CSRF reason is a message of its own (`Forbidden (CSRF token from POST incorrect.): %s`). An
error's text inside a message contributes its format (redis-py's `Error %s connecting to %s:%s.
Connection refused.`, OperationalError's, urllib3's NewConnectionError, `No module named %s`);
a value that is a message of its own, str(ErrorContext), contributes `ErrorContext(...)`'s
format, and SearXNG's processors pass an exception's class name or text. Tracebacks, Celery's
`Trying again in ...` line, OperationalError's second line and uWSGI's `OSError: write error`
continue their event. Celery's task name is a value (round 24's celery).

Least sure (written from the helper's knowledge and copies of Enterprise Gateway's, Jupyter
Server's, jupyter_client's, tornado's, Nautobot's, pretalx's, Celery's, gunicorn's and Glances's
sources, pip-downloaded for the format strings): tornado's line numbers in `web:2348` and
`web:1873` for 6.4; uWSGI's request line counters and header sizes; Nautobot's uwsgi.ini (the
docs' `log-4xx`/`log-5xx`) and whether the docker image's worker prints a `nautobot.*` record
twice; SearXNG's error recorder line numbers, code lines and the message tuples of
`get_messages`, the limiter's frames in the redis traceback and the Broken pipe line's `ctime -`
prefix; Celery's `consumer: Cannot connect ...` for redis-py 5; the influxdb client's retry
warning's wording (written without `Retry in`), its batch error and urllib3's repr of
WritesRetry; Glances's order of the `Missing Python Lib` warnings (os.listdir order).
"""

from __future__ import annotations

import base64
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1000
S1 = 1_000_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def tb(frames: list[tuple[str, int, str, str, bool]], tail: list[str]) -> list[str]:
    """A Python 3.11 traceback: (file, line, function, source line, carets under the
    expression after `return ` or `= `), then the exception's lines."""
    out = ["Traceback (most recent call last):"]
    for f, n, fn, src, caret in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        out.append(f"    {src}")
        if caret:
            cut = src.index("return ") + 7 if src.startswith("return ") else src.rindex("= ") + 2
            out.append("    " + " " * cut + "^" * (len(src) - cut))
    return out + tail


# ----------------------------------------------------------------------- enterprise-gateway

EG_POD1 = "enterprise-gateway-6f8b9d7c4-k2x9p"
EG_POD2 = "enterprise-gateway-7c5d8f9b6-m4t8r"
EG_IP = {EG_POD1: "10.42.0.17", EG_POD2: "10.42.0.63"}
EG_USERS = [
    ("akhan", "10.42.3.14"),
    ("bmeyer", "10.42.3.22"),
    ("cwong", "10.42.1.37"),
    ("dkumar", "10.42.2.9"),
    ("esilva", "10.42.3.41"),
    ("fnovak", "10.42.1.18"),
    ("gpetrov", "10.42.2.27"),
    ("hlee", "10.42.3.56"),
    ("imorales", "10.42.1.44"),
    ("tmeier", "10.42.2.33"),
]
# name, image, weight, protocol version of its kernel (None: the client's 5.3)
EG_SPECS = [
    ("python_kubernetes", "elyra/kernel-py:3.2.3", 0.62, None),
    ("spark_python_kubernetes", "elyra/kernel-spark-py:3.2.3", 0.2, None),
    ("R_kubernetes", "elyra/kernel-r:3.2.3", 0.12, "5.0"),
    ("scala_kubernetes", "elyra/kernel-scala:3.2.3", 0.06, "5.0"),
]
EG_QUOTA = (at(8, 40), at(9, 2))
EG_SWITCH = at(10, 20, 15.4)
EG_POD2_UP = at(10, 19, 52.3)


def pubkey(r: random.Random) -> str:
    raw = bytes(r.randrange(256) for _ in range(129))
    return (
        "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ" + base64.b64encode(raw).decode()[:166] + "IDAQAB"
    )


def enterprise_gateway(r: random.Random) -> list[Log]:
    """One Enterprise Gateway replica on Kubernetes serving ten JupyterHub users' single-user
    servers in gateway mode, 06:00 to 12:00: kernels as pods in namespaces of their own, the
    quota exhausted 08:40-09:02, Spark kernels OOM-killed, and the gateway's pod replaced by a
    rolling update at 10:20."""
    fs = Files()
    keys = {EG_POD1: pubkey(r), EG_POD2: pubkey(r)}
    first_launch: dict[str, datetime] = {}

    def pod_at(t: datetime) -> str:
        return EG_POD1 if t < EG_SWITCH else EG_POD2

    def app(pod: str, t: datetime, lvl: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [
                f"[{lvl} {x:%Y-%m-%d %H:%M:%S}.{ms3(x)} EnterpriseGatewayApp] {lines[0]}",
                *lines[1:],
            ],
            (pod, "app"),
            MS,
        )

    def web(pod: str, t: datetime, lvl: str, line: int, label: str, text: str) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [f"[{lvl} {x:%y%m%d %H:%M:%S} web:{line}] {text}"],
            (pod, "tornado"),
            S1,
        )

    def access(
        pod: str, t: datetime, status: int, method: str, route: str, uri: str, ip: str, dur: float
    ) -> datetime:
        lvl = "I" if status < 400 else ("W" if status < 500 else "E")
        return web(
            pod,
            t,
            lvl,
            2348,
            f"{status} {method} {route} (%s) %.2fms",
            f"{status} {method} {uri} ({ip}) {dur:.2f}ms",
        )

    def boot(pod: str, t: datetime) -> None:
        app(
            pod,
            t,
            "I",
            "Jupyter Enterprise Gateway %s is available at http%s://%s:%s",
            ["Jupyter Enterprise Gateway 3.2.3 is available at http://0.0.0.0:8888"],
        )

    def on_first_launch(pod: str, t: datetime) -> datetime:
        # the first kernel a pod starts brings its culler and its response socket up
        if pod not in first_launch or t < first_launch[pod]:
            first_launch[pod] = t
        return t

    def first_launch_lines() -> None:
        for pod, t in first_launch.items():
            t = app(
                pod,
                t + sec(0.001),
                "I",
                "Culling kernels with idle durations > %s seconds at %s second intervals ...",
                ["Culling kernels with idle durations > 3600 seconds at 60 second intervals ..."],
            )
            app(
                pod,
                t + sec(0.012),
                "I",
                "Enterprise Gateway is bound to port %s for remote kernel connection information.",
                [
                    "Enterprise Gateway is bound to port 8877 for remote kernel connection information."
                ],
            )

    def cmd(spec: str, kid: str, pod: str) -> str:
        argv = [
            "python",
            f"/usr/local/share/jupyter/kernels/{spec}/scripts/launch_kubernetes.py",
            "--RemoteProcessProxy.kernel-id",
            kid,
            "--RemoteProcessProxy.port-range",
            "0..0",
            "--RemoteProcessProxy.response-address",
            f"{EG_IP[pod]}:8877",
            "--RemoteProcessProxy.public-key",
            keys[pod],
        ]
        if spec.startswith("spark"):
            argv += ["--RemoteProcessProxy.spark-context-initialization-mode", "lazy"]
        return repr(argv)

    def launched(pod: str, t: datetime, spec: str, image: str, kid: str) -> datetime:
        return app(
            pod,
            t,
            "I",
            "KubernetesProcessProxy: kernel launched. Kernel image: %s, KernelID: %s, cmd: '%s'",
            [
                f"KubernetesProcessProxy: kernel launched. Kernel image: {image}, KernelID: {kid}, cmd: '{cmd(spec, kid, pod)}'"
            ],
        )

    def launch(pod: str, t: datetime, user: str, spec: str, image: str, kid: str) -> datetime:
        t = on_first_launch(pod, t)
        ns = f"{user}-{kid}"
        t = app(
            pod,
            t + sec(r.uniform(0.03, 0.06)),
            "I",
            "Created kernel namespace: %s",
            [f"Created kernel namespace: {ns}"],
        )
        t = app(
            pod,
            t + sec(r.uniform(0.01, 0.04)),
            "I",
            "Created kernel role-binding '%s' in namespace: %s for service account: %s",
            [
                f"Created kernel role-binding 'kernel-controller' in namespace: {ns} for service account: default"
            ],
        )
        return launched(pod, t + sec(r.uniform(0.03, 0.09)), spec, image, kid)

    class K:
        def __init__(self, kid: str, user: str, ip: str, spec: str, image: str, proto: str | None):
            self.kid, self.user, self.ip, self.spec, self.image, self.proto = (
                kid,
                user,
                ip,
                spec,
                image,
                proto,
            )
            self.session = ""

    def ws_open(pod: str, t: datetime, k: K) -> datetime:
        app(pod, t, "W", "No session ID specified", ["No session ID specified"])
        access(
            pod,
            t + sec(0.002),
            101,
            "GET",
            "/api/kernels/%s/channels",
            f"/api/kernels/{k.kid}/channels",
            k.ip,
            r.uniform(1.2, 4.5),
        )
        t = app(
            pod,
            t + sec(r.uniform(0.004, 0.02)),
            "I",
            "Connecting to kernel %s.",
            [f"Connecting to kernel {k.kid}."],
        )
        if k.proto:
            t = app(
                pod,
                t + sec(r.uniform(0.05, 0.4)),
                "I",
                "Adapting from protocol version %s (kernel %s) to %s (client).",
                [f"Adapting from protocol version {k.proto} (kernel {k.kid}) to 5.3 (client)."],
            )
        k.session = uuid4(r)
        return t

    def shutdown(pod: str, t: datetime, k: K) -> datetime:
        return app(pod, t, "I", "Kernel shutdown: %s", [f"Kernel shutdown: {k.kid}"])

    # every user's day: present from `arrive` to `leave`, a few kernels one after another
    live: list[tuple[K, datetime, datetime, str]] = []  # kernel, start, end, how it ends
    presence: dict[str, tuple[str, datetime, datetime]] = {}
    for user, ip in EG_USERS:
        arrive = at(6, 0) + sec(r.uniform(300, 3.2 * 3600)) if user != "dkumar" else at(6, 4, 12.0)
        leave = min(arrive + sec(r.uniform(2.0 * 3600, 4.6 * 3600)), at(11, 55))
        if user == "hlee":
            arrive, leave = at(6, 12, 40.2), at(8, 31, 5.7)
        if user == "bmeyer":
            arrive, leave = at(6, 40, 11.9), at(9, 5, 48.1)
        if user == "fnovak":
            leave = at(10, 34, 22.6)
        presence[user] = (ip, arrive, leave)

    polls: list[tuple[datetime, str]] = []
    for user, (ip, arrive, leave) in presence.items():
        for t in poisson(r, arrive, leave, 140.0):
            polls.append((t, user))
        for t in poisson(r, arrive, leave, 520.0):
            pod = pod_at(t)
            access(
                pod, t, 200, "GET", "/api/kernelspecs", "/api/kernelspecs", ip, r.uniform(2.1, 9.8)
            )
        access(
            pod_at(arrive),
            arrive,
            200,
            "GET",
            "/api/kernelspecs",
            "/api/kernelspecs",
            ip,
            r.uniform(6.0, 21.0),
        )

        tracks = [arrive + sec(r.uniform(20, 240))]
        if r.random() < 0.7:
            tracks.append(arrive + sec(r.uniform(600, 3600)))
        for t in tracks:
            while t < leave - sec(600):
                spec, image, _w, proto = r.choices(EG_SPECS, [s[2] for s in EG_SPECS])[0]
                pod = pod_at(t)
                kid = uuid4(r)
                k = K(kid, user, ip, spec, image, proto)
                if in_any(t, [EG_QUOTA]):
                    launch(pod, t, user, spec, image, kid)
                    tt = t + sec(40.0 + r.uniform(0.05, 0.4))
                    app(
                        pod,
                        tt,
                        "E",
                        "KernelID: '%s' launch timeout due to: Waited too long (%ss) to get connection file",
                        [
                            f"KernelID: '{kid}' launch timeout due to: Waited too long (40.0s) to get connection file"
                        ],
                    )
                    access(
                        pod,
                        tt + sec(0.004),
                        500,
                        "POST",
                        "/api/kernels",
                        "/api/kernels",
                        ip,
                        (tt - t).total_seconds() * 1000 + r.uniform(3, 9),
                    )
                    t = tt + sec(r.uniform(60, 300))
                    continue
                if abs((t - EG_SWITCH).total_seconds()) < 20:
                    t += sec(30)
                    continue
                launch(pod, t, user, spec, image, kid)
                dur = r.uniform(3.5, 9.0) if not spec.startswith("spark") else r.uniform(9.0, 19.0)
                if r.random() < 0.05:
                    dur += r.uniform(20, 35)  # the node pulls the image first
                ts = t + sec(dur)
                app(pod, ts, "I", "Kernel started: %s", [f"Kernel started: {kid}"])
                access(
                    pod,
                    ts + sec(0.003),
                    201,
                    "POST",
                    "/api/kernels",
                    "/api/kernels",
                    ip,
                    dur * 1000 + r.uniform(2, 8),
                )
                access(
                    pod,
                    ts + sec(r.uniform(0.05, 0.2)),
                    200,
                    "GET",
                    "/api/kernels/%s",
                    f"/api/kernels/{kid}",
                    ip,
                    r.uniform(0.6, 2.4),
                )
                ws_open(pod, ts + sec(r.uniform(0.3, 1.2)), k)
                life = r.uniform(12 * 60, 95 * 60)
                end = ts + sec(life)
                how = "shutdown"
                if end > leave:
                    end, how = leave, "left"
                live.append((k, ts, end, how))
                t = end + sec(r.uniform(40, 600))

    def cull_time(pod: str, idle: datetime) -> datetime:
        base = at(6, 0, 2.1) if pod == EG_POD1 else EG_POD2_UP
        n = int((idle + sec(3600) - base).total_seconds() // 60) + 1
        return base + sec(60 * n + r.uniform(0.001, 0.02))

    # when each kernel goes: its user's DELETE, or the culler an hour after its user left
    dies: dict[str, datetime] = {}
    for k, ts, end, how in live:
        dies[k.kid] = end if how == "shutdown" else cull_time(pod_at(ts), end)

    # the gateway's kernels over their lives
    culled: list[tuple[K, datetime]] = []
    for k, ts, end, how in live:
        pod = pod_at(ts)
        kill_at = EG_SWITCH if ts < EG_SWITCH < dies[k.kid] else None
        stop = min(kill_at or end, end)
        # model refreshes
        for tm in poisson(r, ts + sec(30), stop, 600.0):
            access(
                pod_at(tm),
                tm,
                200,
                "GET",
                "/api/kernels/%s",
                f"/api/kernels/{k.kid}",
                k.ip,
                r.uniform(0.5, 2.2),
            )
        # drops, interrupts, restarts
        events = sorted([(tm, "drop") for tm in poisson(r, ts + sec(120), stop - sec(120), 2700.0)])
        if k.spec.startswith("spark") and r.random() < 0.8 and (stop - ts) > timedelta(minutes=20):
            events.append((ts + (stop - ts) * r.uniform(0.3, 0.8), "oom"))
            events.sort()
        for tm, what in events:
            if what == "drop":
                app(
                    pod,
                    tm,
                    "I",
                    "Starting buffering for %s",
                    [f"Starting buffering for {k.kid}:{k.session}"],
                )
                back = tm + sec(r.uniform(4, 90))
                if back < stop:
                    ws_open(pod, back, k)
            elif what == "oom":
                t2 = app(
                    pod,
                    tm,
                    "I",
                    "AsyncIOLoopKernelRestarter: restarting kernel (%i/%i), %s random ports",
                    ["AsyncIOLoopKernelRestarter: restarting kernel (1/5), keep random ports"],
                )
                t2 = app(
                    pod,
                    t2 + sec(r.uniform(0.5, 1.5)),
                    "I",
                    "Re-using kernel namespace: %s",
                    [f"Re-using kernel namespace: {k.user}-{k.kid}"],
                )
                t2 = launched(pod, t2 + sec(0.05), k.spec, k.image, k.kid)
                app(
                    pod,
                    t2 + sec(r.uniform(10, 18)),
                    "W",
                    "kernel %s restarted",
                    [f"kernel {k.kid} restarted"],
                )
        if how == "left":
            # the user went home: the tab closes, the kernel idles until the culler takes it
            app(
                pod,
                end,
                "I",
                "Starting buffering for %s",
                [f"Starting buffering for {k.kid}:{k.session}"],
            )
        if kill_at:
            continue
        if how == "shutdown":
            t2 = shutdown(pod, end, k)
            access(
                pod,
                t2 + sec(0.003),
                204,
                "DELETE",
                "/api/kernels/%s",
                f"/api/kernels/{k.kid}",
                k.ip,
                r.uniform(180, 900),
            )
        else:
            culled.append((k, end))
    # the culler runs every 60 s from the pod's start
    for k, idle in culled:
        pod = pod_at(idle)
        tc = dies[k.kid]
        if tc >= T_END:
            continue
        if k.spec.startswith("spark") and r.random() < 0.5:
            # a lost Spark kernel comes back on its own, without a client
            t2 = app(
                pod,
                tc - sec(r.uniform(200, 900)),
                "I",
                "AsyncIOLoopKernelRestarter: restarting kernel (%i/%i), %s random ports",
                ["AsyncIOLoopKernelRestarter: restarting kernel (1/5), keep random ports"],
            )
            t2 = app(
                pod,
                t2 + sec(0.004),
                "W",
                "Remote kernel (%s) will not be automatically restarted since there are no clients connected at this time.",
                [
                    f"Remote kernel ({k.kid}) will not be automatically restarted since there are no clients connected at this time."
                ],
            )
            shutdown(pod, t2 + sec(r.uniform(0.3, 1.1)), k)
            continue
        secs = int((tc - idle).total_seconds())
        t2 = app(
            pod,
            tc,
            "W",
            "Culling '%s' kernel '%s' (%s) with %d connections due to %s seconds of inactivity.",
            [
                f"Culling 'idle' kernel '{k.spec}' ({k.kid}) with 0 connections due to {secs} seconds of inactivity."
            ],
        )
        shutdown(pod, t2 + sec(r.uniform(0.2, 0.9)), k)

    # the kernel list polls
    for t, user in polls:
        ip = presence[user][0]
        access(pod_at(t), t, 200, "GET", "/api/kernels", "/api/kernels", ip, r.uniform(0.8, 3.6))

    first_launch_lines()
    # the rolling update: the new pod starts, the old one is told to stop
    boot(EG_POD1, at(6, 0, 2.1))
    boot(EG_POD2, EG_POD2_UP)
    t = app(
        EG_POD1,
        EG_SWITCH,
        "I",
        "Received signal to terminate Enterprise Gateway.",
        ["Received signal to terminate Enterprise Gateway."],
    )
    t = app(
        EG_POD1,
        t + sec(0.002),
        "I",
        "Jupyter Enterprise Gateway is shutting down all running kernels",
        ["Jupyter Enterprise Gateway is shutting down all running kernels"],
    )
    gone = [k for k, ts, _end, _h in live if ts < EG_SWITCH < dies[k.kid]]
    for k in gone:
        t = shutdown(EG_POD1, t + sec(r.uniform(0.4, 1.6)), k)
    app(EG_POD1, t + sec(0.01), "I", "Shut down complete", ["Shut down complete"])
    # the clients ask the new pod for kernels it never had
    for k in gone:
        if presence[k.user][2] < EG_SWITCH + sec(60):
            continue
        tm = EG_SWITCH + sec(r.uniform(3, 50))
        for _ in range(r.choice([1, 2, 2, 3])):
            web(
                EG_POD2,
                tm,
                "W",
                1873,
                "404 GET /api/kernels/%s (%s): Kernel does not exist: %s",
                f"404 GET /api/kernels/{k.kid} ({k.ip}): Kernel does not exist: {k.kid}",
            )
            access(
                EG_POD2,
                tm + sec(0.001),
                404,
                "GET",
                "/api/kernels/%s",
                f"/api/kernels/{k.kid}",
                k.ip,
                r.uniform(0.8, 2.5),
            )
            tm += sec(r.uniform(8, 40))

    return fs.logs(T0)


# --------------------------------------------------------------------------------- nautobot

NB_SITE = "/usr/local/lib/python3.11/site-packages"
NB_PROXY = "172.20.0.4"
NB_SITES = ["ams1", "fra2", "lon1"]
NB_DEVICES = [
    f"{s}-{role}-{n:02d}"
    for s in NB_SITES
    for role in ("leaf", "spine")
    for n in (1, 2, 3)
    if not (role == "spine" and n == 3)
]
NB_USERS = ["j.devries", "a.schmidt", "m.okafor", "p.laurent", "s.nakamura", "r.kowalski"]
NB_SCAN = [
    "/.env",
    "/wp-login.php",
    "/.git/config",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/actuator/health",
    "/server-status",
    "/config.json",
    "/api/v1/pods",
    "/owa/auth/logon.aspx",
    "/cgi-bin/luci/;stok=/locale",
    "/favicon.ico",
    "/robots.txt",
]
NB_DB_DOWN = (at(9, 12, 4), at(9, 16, 31))
NB_TOKEN = (at(7, 10), at(7, 25))
NB_HOOK_DOWN = (at(9, 30), at(9, 50))
NB_REDIS_DOWN = (at(10, 44, 2.6), at(10, 47, 9.0))
NB_PG_ERR = [
    'psycopg2.OperationalError: connection to server at "postgres" (10.20.0.12), port 5432 failed: Connection refused',
    "\tIs the server running on that host and accepting TCP/IP connections?",
    "",
]


def nautobot(r: random.Random) -> list[Log]:
    """Nautobot 2.2 in containers for a three-site network team, 06:00 to 12:00: an Ansible sync
    every 20 minutes, people in the UI, a webhook per IP address change, a scheduled job every 15
    minutes; the sync's token expired 07:10-07:25, PostgreSQL failing over 09:12-09:16, the DNS
    service behind the webhook down 09:30-09:50, Redis restarted 10:44-10:47."""
    fs = Files()
    ifaces: dict[str, list[tuple[str, str]]] = {}
    for d in NB_DEVICES:
        names = (
            [f"Ethernet1/{i}" for i in range(1, 49)]
            if "leaf" in d
            else [f"Ethernet{i}/1" for i in range(1, 33)]
        )
        ifaces[d] = [(n, uuid4(r)) for n in names]
    ips: list[tuple[str, str]] = []
    for _ in range(160):
        ips.append(
            (f"10.{r.choice([20, 21, 44])}.{r.randint(0, 63)}.{r.randint(2, 250)}/24", uuid4(r))
        )
    workers = [18, 19, 20]
    req = {w: r.randint(8000, 12000) for w in workers}
    total = [sum(req.values())]

    def nb(
        f: str, t: datetime, lvl: str, name: str, label: str, msg: list[str], proc: object
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%H:%M:%S}.{ms3(x)} {lvl:<7} {name} :", "  " + msg[0], *msg[1:]],
            proc,
            MS,
        )

    def web_log(t: datetime, lvl: str, name: str, label: str, msg: list[str]) -> datetime:
        return nb("nautobot.log", t, lvl, name, label, msg, "web")

    def uwsgi(
        t: datetime, method: str, route: str, uri: str, status: int, size: int, msecs: int
    ) -> datetime:
        w = r.choice(workers)
        step = r.randint(1, 40)
        req[w] += step
        total[0] += step + r.randint(0, 60)
        nvars = r.randint(44, 58)
        hdrs = r.choice([7, 8, 9]) if status != 500 else 6
        label = f"[pid: %d|app: %d|req: %d/%d] %s () {{%d vars in %d bytes}} [%s] {method} {route} => generated %d bytes in %d msecs (HTTP/1.1 {status}) %d headers in %d bytes (%d switches on core %d)"
        start = t - sec(msecs / 1000)
        text = f"[pid: {w}|app: 0|req: {req[w]}/{total[0]}] {NB_PROXY} () {{{nvars} vars in {nvars * 21 + r.randint(0, 300)} bytes}} [{start:%a %b} {start.day:2d} {start:%H:%M:%S %Y}] {method} {uri} => generated {size} bytes in {msecs} msecs (HTTP/1.1 {status}) {hdrs} headers in {hdrs * 34 + r.randint(0, 40)} bytes (1 switches on core {r.randint(0, 1)})"
        return fs.add("nautobot.log", t, label, lambda x: [text], ("uwsgi", w), S1)

    def django_req(
        t: datetime, lvl: str, reason: str, path: str, exc: list[str] | None = None
    ) -> datetime:
        return web_log(t, lvl, "django.request", "%s: %s", [f"{reason}: {path}", *(exc or [])])

    def db_tb(entry: list[tuple[str, int, str, str, bool]]) -> list[str]:
        conn = [
            (
                f"{NB_SITE}/django/db/backends/base/base.py",
                289,
                "ensure_connection",
                "self.connect()",
                False,
            ),
            (
                f"{NB_SITE}/django/utils/asyncio.py",
                26,
                "inner",
                "return func(*args, **kwargs)",
                True,
            ),
            (
                f"{NB_SITE}/django/db/backends/base/base.py",
                270,
                "connect",
                "self.connection = self.get_new_connection(conn_params)",
                True,
            ),
            (
                f"{NB_SITE}/django/utils/asyncio.py",
                26,
                "inner",
                "return func(*args, **kwargs)",
                True,
            ),
            (
                f"{NB_SITE}/django/db/backends/postgresql/base.py",
                275,
                "get_new_connection",
                "connection = self.Database.connect(**conn_params)",
                True,
            ),
            (
                f"{NB_SITE}/psycopg2/__init__.py",
                122,
                "connect",
                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                True,
            ),
        ]
        first = tb(conn, NB_PG_ERR)
        tail = [
            "",
            "The above exception was the direct cause of the following exception:",
            "",
        ]
        second = tb(
            entry
            + conn[:1]
            + [
                (
                    f"{NB_SITE}/django/db/utils.py",
                    91,
                    "__exit__",
                    "raise dj_exc_value.with_traceback(traceback) from exc_value",
                    False,
                ),
            ]
            + conn[1:],
            [
                "django.db.utils.OperationalError"
                + NB_PG_ERR[0][len("psycopg2.OperationalError") :],
                *NB_PG_ERR[1:],
            ],
        )
        return first + tail + second

    req_entry = [
        (
            f"{NB_SITE}/django/core/handlers/exception.py",
            55,
            "inner",
            "response = get_response(request)",
            True,
        ),
        (
            f"{NB_SITE}/django/core/handlers/base.py",
            197,
            "_get_response",
            "response = wrapped_callback(request, *callback_args, **callback_kwargs)",
            True,
        ),
    ]

    # the Ansible sync: every 20 minutes it PATCHes the interfaces whose descriptions changed
    # and keeps the loopback and management IP addresses in step
    hooks: list[tuple[datetime, str, str]] = []
    t = at(6, 13, 4.2)
    while t < T_END:
        run = t + sec(r.uniform(0, 20))
        n = r.randint(18, 42)
        tt = run
        for dev in r.sample(NB_DEVICES, 4):
            for name, pk in r.sample(ifaces[dev], n // 4):
                tt += sec(r.uniform(0.25, 0.9))
                if in_any(tt, [NB_TOKEN]):
                    django_req(tt, "WARNING", "Forbidden", f"/api/dcim/interfaces/{pk}/")
                    uwsgi(
                        tt + sec(0.002),
                        "PATCH",
                        "/api/dcim/interfaces/%s/",
                        f"/api/dcim/interfaces/{pk}/",
                        403,
                        58,
                        r.randint(8, 25),
                    )
                    break  # the play fails the host on the first refusal
                if in_any(tt, [NB_DB_DOWN]):
                    django_req(
                        tt,
                        "ERROR",
                        "Internal Server Error",
                        f"/api/dcim/interfaces/{pk}/",
                        db_tb(req_entry),
                    )
                    uwsgi(
                        tt + sec(0.002),
                        "PATCH",
                        "/api/dcim/interfaces/%s/",
                        f"/api/dcim/interfaces/{pk}/",
                        500,
                        145,
                        r.randint(30, 90),
                    )
                    break
                web_log(
                    tt,
                    "INFO",
                    "nautobot.core.api.views.ModelViewSet",
                    "Updating %s %s (PK: %s)",
                    [f"Updating interface {name} (PK: {pk})"],
                )
        for _ in range(r.randint(4, 10)):
            tt += sec(r.uniform(0.3, 1.2))
            if in_any(tt, [NB_TOKEN, NB_DB_DOWN]):
                continue
            ip, pk = r.choice(ips)
            if r.random() < 0.3:
                web_log(
                    tt,
                    "INFO",
                    "nautobot.core.api.views.ModelViewSet",
                    "Creating new %s",
                    ["Creating new IP address"],
                )
                hooks.append((tt, "created", ip))
            else:
                web_log(
                    tt,
                    "INFO",
                    "nautobot.core.api.views.ModelViewSet",
                    "Updating %s %s (PK: %s)",
                    [f"Updating IP address {ip} (PK: {pk})"],
                )
                hooks.append((tt, "updated", ip))
        t += sec(1200)

    # people in the UI
    for user in NB_USERS:
        t0 = at(6, 0) + sec(r.uniform(600, 4 * 3600))
        for tl in [t0] + ([t0 + sec(r.uniform(3600, 7000))] if r.random() < 0.5 else []):
            if tl >= T_END or in_any(tl, [NB_DB_DOWN]):
                continue
            web_log(
                tl,
                "INFO",
                "nautobot.auth.login",
                "User %s successfully authenticated",
                [f"User {user} successfully authenticated"],
            )
            te = tl
            for _ in range(r.randint(1, 7)):
                te += sec(r.uniform(40, 600))
                if te >= T_END or in_any(te, [NB_DB_DOWN]):
                    break
                kind = r.random()
                if kind < 0.5:
                    ip, pk = r.choice(ips)
                    created = r.random() < 0.35
                    web_log(
                        te,
                        "INFO",
                        "nautobot.core.views.generic.ObjectEditView",
                        "Created %s %s (PK: %s)" if created else "Modified %s %s (PK: %s)",
                        [f"{'Created' if created else 'Modified'} IP address {ip} (PK: {pk})"],
                    )
                    hooks.append((te, "created" if created else "updated", ip))
                elif kind < 0.8:
                    dev = r.choice(NB_DEVICES)
                    name, pk = r.choice(ifaces[dev])
                    web_log(
                        te,
                        "INFO",
                        "nautobot.core.views.generic.ObjectEditView",
                        "Modified %s %s (PK: %s)",
                        [f"Modified interface {name} (PK: {pk})"],
                    )
                else:
                    dev = r.choice(NB_DEVICES)
                    web_log(
                        te,
                        "INFO",
                        "nautobot.core.views.generic.ObjectEditView",
                        "Modified %s %s (PK: %s)",
                        [f"Modified device {dev} (PK: {uuid4(r)})"],
                    )
            # the UI during the failover
    for tm in poisson(r, NB_DB_DOWN[0], NB_DB_DOWN[1], 25.0):
        # the dashboards on the wall reload the home page and the device list
        path = r.choice(["/", "/", "/dcim/devices/"])
        django_req(
            tm,
            "ERROR",
            "Internal Server Error",
            path,
            db_tb(req_entry),
        )
        uwsgi(tm + sec(0.002), "GET", path, path, 500, 145, r.randint(20, 80))

    # scanners
    for tm in poisson(r, T0, T_END, 90.0):
        path = r.choice(NB_SCAN)
        django_req(tm, "WARNING", "Not Found", path)
        uwsgi(
            tm + sec(0.002), "GET", "%s", path, 404, r.choice([5132, 5140, 5147]), r.randint(14, 60)
        )
    for tm in poisson(r, T0, T_END, 900.0):
        host = r.choice(["203.0.113.80", "198.51.100.23"])
        web_log(
            tm,
            "ERROR",
            "django.security.DisallowedHost",
            "Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.",
            [
                f"Invalid HTTP_HOST header: '{host}'. You may need to add '{host}' to ALLOWED_HOSTS.",
                *tb(
                    [
                        (
                            f"{NB_SITE}/django/core/handlers/exception.py",
                            55,
                            "inner",
                            "response = get_response(request)",
                            True,
                        ),
                        (
                            f"{NB_SITE}/django/utils/deprecation.py",
                            133,
                            "__call__",
                            "response = self.process_request(request)",
                            True,
                        ),
                        (
                            f"{NB_SITE}/django/middleware/common.py",
                            48,
                            "process_request",
                            "host = request.get_host()",
                            True,
                        ),
                        (
                            f"{NB_SITE}/django/http/request.py",
                            151,
                            "get_host",
                            "raise DisallowedHost(msg)",
                            False,
                        ),
                    ],
                    [
                        f"django.core.exceptions.DisallowedHost: Invalid HTTP_HOST header: '{host}'. You may need to add '{host}' to ALLOWED_HOSTS."
                    ],
                ),
            ],
        )
        django_req(tm + sec(0.001), "WARNING", "Bad Request", "/")
        uwsgi(tm + sec(0.002), "GET", "/", "/", 400, 143, r.randint(3, 12))

    # the worker: Celery's root handler, and Nautobot's own handler for nautobot.* loggers
    W = "nautobot-worker.log"

    def cel(
        t: datetime, lvl: str, procname: str, label: str, lines: list[str], proc: object = None
    ) -> datetime:
        return fs.add(
            W,
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S},{ms3(x)}: {lvl}/{procname}] {lines[0]}",
                *lines[1:],
            ],
            proc or ("cel", procname),
            MS,
        )

    def both(t: datetime, lvl: str, procname: str, name: str, label: str, msg: str) -> datetime:
        t = nb(W, t, lvl, name, label, [msg], ("nb", procname))
        cel(t, lvl, procname, label, [msg], ("cel-dup", procname))
        return t

    def pool() -> str:
        return f"ForkPoolWorker-{r.randint(1, 4)}"

    up_again = NB_REDIS_DOWN[1] + sec(1.7)
    for tm, event, _ip in sorted(hooks):
        if in_any(tm, [NB_REDIS_DOWN]):
            continue
        tid = uuid4(r)
        tr = tm + sec(r.uniform(0.02, 0.08))
        cel(
            tr,
            "INFO",
            "MainProcess",
            "Task %s[%s] received",
            [f"Task nautobot.extras.tasks.process_webhook[{tid}] received"],
        )
        pw = pool()
        ts = both(
            tr + sec(r.uniform(0.01, 0.05)),
            "INFO",
            pw,
            "nautobot.extras.tasks",
            "Sending %s request to %s (%s %s)",
            f"Sending POST request to https://dns-sync.infra.example.net/hooks/nautobot (ipaddress {event})",
        )
        if in_any(ts, [NB_HOOK_DOWN]):
            d = r.uniform(0.01, 0.05)
            body = b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
            tf = both(
                ts + sec(d),
                "WARNING",
                pw,
                "nautobot.extras.tasks",
                "Request failed; response status %s: %s",
                f"Request failed; response status 503: {body!r}",
            )
            exc = f"Status 503 returned with content '{body!r}', webhook FAILED to process."
            cel(
                tf + sec(0.004),
                "ERROR",
                pw,
                "Task %s[%s] raised unexpected: RequestException(\"Status %s returned with content '%s', webhook FAILED to process.\")",
                [
                    f"Task nautobot.extras.tasks.process_webhook[{tid}] raised unexpected: RequestException({exc!r})",
                    *tb(
                        [
                            (
                                f"{NB_SITE}/celery/app/trace.py",
                                477,
                                "trace_task",
                                "R = retval = fun(*args, **kwargs)",
                                True,
                            ),
                            (
                                f"{NB_SITE}/celery/app/trace.py",
                                760,
                                "__protected_call__",
                                "return self.run(*args, **kwargs)",
                                True,
                            ),
                            (
                                f"{NB_SITE}/nautobot/extras/tasks.py",
                                223,
                                "process_webhook",
                                "raise requests.exceptions.RequestException(",
                                False,
                            ),
                        ],
                        [f"requests.exceptions.RequestException: {exc}"],
                    ),
                ],
            )
            continue
        d = r.uniform(0.03, 0.4)
        tf = both(
            ts + sec(d),
            "INFO",
            pw,
            "nautobot.extras.tasks",
            "Request succeeded; response status %s",
            "Request succeeded; response status 200",
        )
        cel(
            tf + sec(0.003),
            "INFO",
            pw,
            "Task %s[%s] succeeded in %ss: %s",
            [
                f"Task nautobot.extras.tasks.process_webhook[{tid}] succeeded in {d + r.uniform(0.04, 0.09)}s: 'Status 200 returned, webhook successfully processed.'"
            ],
        )

    # beat and the scheduled job
    B = "nautobot-beat.log"

    def beat(t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            B,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S},{ms3(x)}: {lvl}/MainProcess] {msg}"],
            "beat",
            MS,
        )

    nopip = [d for d in r.sample(NB_DEVICES, 3)]
    for k in range(24):
        due = at(6, 0) + sec(900 * k) + sec(r.uniform(0.002, 0.09))
        if in_any(due, [NB_REDIS_DOWN]):
            tb_ = due
            i = 0
            while tb_ < up_again:
                i += 1
                beat(
                    tb_,
                    "ERROR",
                    "beat: Connection error: Error %s connecting to %s:%s. Connection refused.. Trying again in %s seconds...",
                    f"beat: Connection error: Error 111 connecting to redis:6379. Connection refused.. Trying again in {float(min(2 * i, 30))} seconds...",
                )
                tb_ += sec(min(2 * i, 30) + r.uniform(0.01, 0.05))
            due = tb_
        due = beat(
            due,
            "INFO",
            "Scheduler: Sending due task %s (%s)",
            "Scheduler: Sending due task Verify primary IPs (nautobot.extras.jobs.run_job)",
        )
        tid = uuid4(r)
        tr = cel(
            due + sec(r.uniform(0.005, 0.03)),
            "INFO",
            "MainProcess",
            "Task %s[%s] received",
            [f"Task nautobot.extras.jobs.run_job[{tid}] received"],
        )
        pw = pool()
        pre = f"nautobot.extras.jobs.run_job[{tid}]: "
        tj = cel(tr + sec(r.uniform(0.05, 0.2)), "INFO", pw, "Running job", [pre + "Running job"])
        if in_any(tj, [NB_DB_DOWN]):
            err = NB_PG_ERR[0][len("psycopg2.OperationalError: ") :]
            cel(
                tj + sec(r.uniform(0.01, 0.05)),
                "ERROR",
                pw,
                "Task %s[%s] raised unexpected: OperationalError('connection to server at %s (%s), port %s failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n')",
                [
                    f"Task nautobot.extras.jobs.run_job[{tid}] raised unexpected: OperationalError({err + chr(10) + chr(9) + 'Is the server running on that host and accepting TCP/IP connections?' + chr(10)!r})",
                    *db_tb(
                        [
                            (
                                f"{NB_SITE}/celery/app/trace.py",
                                477,
                                "trace_task",
                                "R = retval = fun(*args, **kwargs)",
                                True,
                            ),
                            (
                                f"{NB_SITE}/celery/app/trace.py",
                                760,
                                "__protected_call__",
                                "return self.run(*args, **kwargs)",
                                True,
                            ),
                            (
                                f"{NB_SITE}/nautobot/extras/jobs.py",
                                1116,
                                "run_job",
                                "result = job(*args, **deserialized_kwargs)",
                                True,
                            ),
                            (
                                "/opt/nautobot/jobs/verify_primary_ips.py",
                                31,
                                "run",
                                'for device in Device.objects.filter(status__name="Active"):',
                                False,
                            ),
                        ]
                    ),
                ],
            )
            continue
        tt = tj
        for dev in nopip[: r.choice([2, 3, 3])]:
            tt = cel(
                tt + sec(r.uniform(0.05, 0.4)),
                "WARNING",
                pw,
                "Device %s has no primary IPv4 address",
                [pre + f"Device {dev} has no primary IPv4 address"],
            )
        tt = cel(
            tt + sec(r.uniform(0.01, 0.05)), "INFO", pw, "Job completed", [pre + "Job completed"]
        )
        cel(
            tt + sec(0.004),
            "INFO",
            pw,
            "Task %s[%s] succeeded in %ss: %s",
            [
                f"Task nautobot.extras.jobs.run_job[{tid}] succeeded in {(tt - tr).total_seconds() + r.uniform(0.01, 0.03)}s: None"
            ],
        )

    # Redis restarted under the worker
    t = cel(
        NB_REDIS_DOWN[0],
        "WARNING",
        "MainProcess",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        [
            "consumer: Connection to broker lost. Trying to re-establish the connection...",
            *tb(
                [
                    (
                        f"{NB_SITE}/celery/worker/consumer/consumer.py",
                        340,
                        "start",
                        "blueprint.start(self)",
                        False,
                    ),
                    (f"{NB_SITE}/celery/bootsteps.py", 116, "start", "step.start(parent)", False),
                    (
                        f"{NB_SITE}/celery/worker/consumer/consumer.py",
                        746,
                        "start",
                        "c.loop(*c.loop_args())",
                        False,
                    ),
                    (f"{NB_SITE}/celery/worker/loops.py", 97, "asynloop", "next(loop)", False),
                    (
                        f"{NB_SITE}/kombu/asynchronous/hub.py",
                        373,
                        "create_loop",
                        "cb(*cbargs)",
                        False,
                    ),
                    (
                        f"{NB_SITE}/kombu/transport/redis.py",
                        1344,
                        "on_readable",
                        "self.cycle.on_readable(fileno)",
                        False,
                    ),
                    (
                        f"{NB_SITE}/kombu/transport/redis.py",
                        569,
                        "on_readable",
                        "chan.handlers[type]()",
                        False,
                    ),
                    (
                        f"{NB_SITE}/kombu/transport/redis.py",
                        918,
                        "_receive",
                        "ret.append(self._receive_one(c))",
                        False,
                    ),
                    (
                        f"{NB_SITE}/kombu/transport/redis.py",
                        928,
                        "_receive_one",
                        "response = c.parse_response()",
                        True,
                    ),
                    (
                        f"{NB_SITE}/redis/client.py",
                        865,
                        "parse_response",
                        "response = self._execute(conn, try_read)",
                        True,
                    ),
                    (
                        f"{NB_SITE}/redis/client.py",
                        841,
                        "_execute",
                        "return conn.retry.call_with_retry(",
                        False,
                    ),
                    (f"{NB_SITE}/redis/retry.py", 65, "call_with_retry", "fail(error)", False),
                    (
                        f"{NB_SITE}/redis/client.py",
                        843,
                        "<lambda>",
                        "lambda error: self._disconnect_raise_connect(conn, error),",
                        False,
                    ),
                    (
                        f"{NB_SITE}/redis/client.py",
                        830,
                        "_disconnect_raise_connect",
                        "raise error",
                        False,
                    ),
                    (f"{NB_SITE}/redis/retry.py", 62, "call_with_retry", "return do()", True),
                    (
                        f"{NB_SITE}/redis/client.py",
                        842,
                        "<lambda>",
                        "lambda: command(*args, **kwargs),",
                        False,
                    ),
                    (
                        f"{NB_SITE}/redis/client.py",
                        863,
                        "try_read",
                        "return conn.read_response(disconnect_on_error=False, push_request=True)",
                        True,
                    ),
                    (
                        f"{NB_SITE}/redis/connection.py",
                        592,
                        "read_response",
                        "response = self._parser.read_response(disable_decoding=disable_decoding)",
                        True,
                    ),
                    (
                        f"{NB_SITE}/redis/_parsers/resp2.py",
                        15,
                        "read_response",
                        "result = self._read_response(disable_decoding=disable_decoding)",
                        True,
                    ),
                    (
                        f"{NB_SITE}/redis/_parsers/resp2.py",
                        25,
                        "_read_response",
                        "raw = self._buffer.readline()",
                        True,
                    ),
                    (
                        f"{NB_SITE}/redis/_parsers/socket.py",
                        115,
                        "readline",
                        "self._read_from_socket()",
                        False,
                    ),
                    (
                        f"{NB_SITE}/redis/_parsers/socket.py",
                        68,
                        "_read_from_socket",
                        "raise ConnectionError(SERVER_CLOSED_CONNECTION_ERROR)",
                        False,
                    ),
                ],
                ["redis.exceptions.ConnectionError: Connection closed by server."],
            ),
        ],
    )
    i = 0
    t += sec(0.02)
    while t < up_again:
        i += 1
        wait = 2 * i
        t = cel(
            t,
            "ERROR",
            "MainProcess",
            "consumer: Cannot connect to %s: Error %s connecting to %s:%s. Connection refused..",
            [
                "consumer: Cannot connect to redis://redis:6379/0: Error 111 connecting to redis:6379. Connection refused..",
                f"Trying again in {wait:.2f} seconds... ({i}/100)",
                "",
            ],
        )
        t += sec(wait + r.uniform(0.003, 0.02))
    t = cel(t, "INFO", "MainProcess", "Connected to %s", ["Connected to redis://redis:6379/0"])
    t = cel(
        t + sec(0.012),
        "INFO",
        "MainProcess",
        "mingle: searching for neighbors",
        ["mingle: searching for neighbors"],
    )
    cel(t + sec(1.03), "INFO", "MainProcess", "mingle: all alone", ["mingle: all alone"])
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- searxng

SX = "/usr/local/searxng/searx"
SX_PY = "/usr/lib/python3.11/site-packages"
SX_PROXY = "172.18.0.3"
SX_SLOW = (at(8, 50, 12.0), at(9, 7, 40.0))
SX_VALKEY = (at(10, 30, 3.0), at(10, 33, 21.0))
SX_ONLINE_REQ = (
    "searx/search/processors/online.py",
    118,
    "response = req(params['url'], **request_args)",
)
SX_ONLINE_RAISE = ("searx/search/processors/online.py", 136, "raise_for_httperror(response)")
# engine, host, baseline failure (kind, per search), overall timeout
SX_ENGINES = {
    "google": ("www.google.com", None, 3.0),
    "duckduckgo": ("html.duckduckgo.com", ("ddg_captcha", 0.0012), 3.0),
    "brave": ("search.brave.com", ("429", 0.0025), 3.0),
    "bing": ("www.bing.com", ("timeout", 0.003), 3.0),
    "qwant": ("api.qwant.com", ("403", 0.0012), 3.0),
    "startpage": ("www.startpage.com", ("sp_captcha", 0.0008), 3.0),
    "wikipedia": ("en.wikipedia.org", ("keyerror", 0.0012), 3.0),
    "wikidata": ("query.wikidata.org", ("timeout_attr", 0.008), 3.0),
    "mojeek": ("www.mojeek.com", ("disconnect", 0.003), 3.0),
    "github": ("api.github.com", ("timeout", 0.002), 3.0),
    "arxiv": ("export.arxiv.org", ("timeout", 0.002), 4.0),
}
SX_GOOGLE_CAPTCHA = {"searxng-1": at(7, 32, 18.4), "searxng-2": at(9, 47, 2.9)}


def searxng(r: random.Random) -> list[Log]:
    """Two SearXNG containers behind one Caddy for a small company, about one search every 4 s
    on each, 06:00 to 12:00: Google's CAPTCHA on each instance, Brave's 429s and Qwant's 403s
    suspending them, the uplink losing packets 08:50-09:08 (every engine timing out, the
    suspensions backing off), Valkey restarted 10:30-10:33 under the limiter, clients giving up
    on slow answers."""
    fs = Files()

    def py(inst: str, t: datetime, lvl: str, engine: str, label: str, lines: list[str]) -> datetime:
        name = f"searx.engines.{engine}" if engine != "webapp" else "searx.webapp"
        return fs.add(
            f"{inst}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {lvl}:{name}: {lines[0]}", *lines[1:]],
            (inst, "py"),
            MS,
        )

    def ctx(
        inst: str, t: datetime, engine: str, where: tuple[str, int, str], exc: str, msgs: str
    ) -> datetime:
        f, n, code = where
        return py(
            inst,
            t,
            "WARNING",
            engine,
            "ErrorContext(%r, %r, %r, %r, %r, %r) %r",
            [f"ErrorContext({f!r}, {n!r}, {code!r}, {exc!r}, None, {msgs}) False"],
        )

    def search_frames(
        inner: list[tuple[str, int, str, str, bool]],
    ) -> list[tuple[str, int, str, str, bool]]:
        return [
            (
                f"{SX}/search/processors/online.py",
                163,
                "search",
                "search_results = self._search_basic(query, params)",
                True,
            ),
            *inner,
        ]

    send = [
        (
            f"{SX}/search/processors/online.py",
            147,
            "_search_basic",
            "response = self._send_http_request(params)",
            True,
        ),
        (
            f"{SX}/search/processors/online.py",
            136,
            "_send_http_request",
            "raise_for_httperror(response)",
            False,
        ),
    ]

    def ctime(t: datetime) -> str:
        return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"

    def uwsgi(inst: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{inst}.log",
            t,
            label,
            lambda x: [f"{ctime(x)} - {lines[0]}", *lines[1:]],
            (inst, "uwsgi"),
            S1,
        )

    for inst in ("searxng-1", "searxng-2"):
        susp: dict[str, datetime] = {}
        errs: dict[str, int] = {}
        for ts in poisson(r, T0, T_END, 4.1):
            if in_any(ts, [SX_VALKEY]):
                method = r.choice(["POST", "POST", "POST", "GET"])
                path = (
                    r.choice(["/search", "/search", "/search", "/", "/autocompleter"])
                    if method == "POST"
                    else r.choice(["/", "/search", "/preferences"])
                )
                py(
                    inst,
                    ts,
                    "ERROR",
                    "webapp",
                    "Exception on %s [%s]",
                    [
                        f"Exception on {path} [{method}]",
                        *tb(
                            [
                                (
                                    f"{SX_PY}/redis/connection.py",
                                    276,
                                    "connect",
                                    "sock = self.retry.call_with_retry(",
                                    True,
                                ),
                                (
                                    f"{SX_PY}/redis/retry.py",
                                    46,
                                    "call_with_retry",
                                    "return do()",
                                    True,
                                ),
                                (
                                    f"{SX_PY}/redis/connection.py",
                                    639,
                                    "_connect",
                                    "raise err",
                                    False,
                                ),
                                (
                                    f"{SX_PY}/redis/connection.py",
                                    627,
                                    "_connect",
                                    "sock.connect(socket_address)",
                                    False,
                                ),
                            ],
                            [
                                "ConnectionRefusedError: [Errno 111] Connection refused",
                                "",
                                "During handling of the above exception, another exception occurred:",
                                "",
                            ],
                        ),
                        *tb(
                            [
                                (
                                    f"{SX_PY}/flask/app.py",
                                    880,
                                    "full_dispatch_request",
                                    "rv = self.preprocess_request()",
                                    True,
                                ),
                                (
                                    f"{SX_PY}/flask/app.py",
                                    1275,
                                    "preprocess_request",
                                    "rv = self.ensure_sync(before_func)()",
                                    True,
                                ),
                                (
                                    f"{SX}/limiter.py",
                                    224,
                                    "pre_request",
                                    "ret_val = filter_request(flask.request)",
                                    True,
                                ),
                                (
                                    f"{SX}/limiter.py",
                                    193,
                                    "filter_request",
                                    "val = func.filter_request(network, request, cfg)",
                                    True,
                                ),
                                (
                                    f"{SX}/botdetection/ip_limit.py",
                                    131,
                                    "filter_request",
                                    "c = incr_sliding_window(redis_client, 'ip_limit.BURST_WINDOW' + network.compressed, BURST_WINDOW)",
                                    True,
                                ),
                                (
                                    f"{SX}/redislib.py",
                                    219,
                                    "incr_sliding_window",
                                    "return script(args=[duration], keys=[name])",
                                    True,
                                ),
                                (
                                    f"{SX_PY}/redis/commands/core.py",
                                    5964,
                                    "__call__",
                                    "return client.evalsha(self.sha, len(keys), *args)",
                                    True,
                                ),
                                (
                                    f"{SX_PY}/redis/commands/core.py",
                                    5757,
                                    "evalsha",
                                    'return self._evalsha("EVALSHA", sha, numkeys, *keys_and_args)',
                                    True,
                                ),
                                (
                                    f"{SX_PY}/redis/client.py",
                                    536,
                                    "execute_command",
                                    "conn = self.connection or pool.get_connection(command_name, **options)",
                                    True,
                                ),
                                (
                                    f"{SX_PY}/redis/connection.py",
                                    1086,
                                    "get_connection",
                                    "connection.connect()",
                                    False,
                                ),
                                (
                                    f"{SX_PY}/redis/connection.py",
                                    282,
                                    "connect",
                                    "raise ConnectionError(self._error_message(e))",
                                    False,
                                ),
                            ],
                            [
                                "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused."
                            ],
                        ),
                    ],
                )
                continue
            slow = in_any(ts, [SX_SLOW])
            took = r.uniform(0.4, 1.6)
            for eng, (host, base, tlimit) in SX_ENGINES.items():
                if susp.get(eng, T0) > ts:
                    continue
                kind = None
                if eng == "google" and ts >= SX_GOOGLE_CAPTCHA[inst] and eng not in susp:
                    kind = "google_captcha"
                elif slow and eng == "wikidata" and r.random() < 0.12:
                    kind = "json"
                elif slow and r.random() < 0.4:
                    kind = r.choice(["timeout", "timeout", "timeout", "connect"])
                elif base and r.random() < base[1]:
                    kind = base[0]
                if kind is None:
                    errs[eng] = 0
                    continue
                te = ts + sec(r.uniform(0.2, 1.4))
                if kind in ("timeout", "connect", "timeout_attr") and (
                    kind != "timeout_attr" or r.random() < 0.7
                ):
                    exc = "httpx.ConnectTimeout" if kind == "connect" else "httpx.ReadTimeout"
                    te = ts + sec(tlimit + r.uniform(0.0005, 0.02))
                    if r.random() < 0.35:
                        py(
                            inst,
                            ts + sec(tlimit + r.uniform(0.0002, 0.003)),
                            "ERROR",
                            eng,
                            "engine timeout",
                            ["engine timeout"],
                        )
                        te += sec(r.uniform(0.003, 0.2))
                    te = ctx(inst, te, eng, SX_ONLINE_REQ, exc, f"(None, None, {host!r})")
                    py(
                        inst,
                        te + sec(0.0004),
                        "ERROR",
                        eng,
                        "HTTP requests timeout (search duration : %s s, timeout: %s s) : %s",
                        [
                            f"HTTP requests timeout (search duration : {(te - ts).total_seconds() + r.uniform(0.0001, 0.0009)} s, timeout: {tlimit} s) : {exc.split('.')[1]}"
                        ],
                    )
                    errs[eng] = errs.get(eng, 0) + 1
                    susp[eng] = te + sec(min(120, 5 * errs[eng]))
                    took = max(took, tlimit)
                elif kind == "timeout_attr":
                    ctx(
                        inst,
                        te,
                        eng,
                        (
                            "searx/engines/wikidata.py",
                            277,
                            "for result in jsonresponse.get('results', {}).get('bindings', []):",
                        ),
                        "AttributeError",
                        "()",
                    )
                    py(
                        inst,
                        te + sec(0.0006),
                        "ERROR",
                        eng,
                        "exception : '%s' object has no attribute '%s'",
                        [
                            "exception : 'NoneType' object has no attribute 'get'",
                            *tb(
                                search_frames(
                                    [
                                        (
                                            f"{SX}/search/processors/online.py",
                                            150,
                                            "_search_basic",
                                            "return self.engine.response(response)",
                                            True,
                                        ),
                                        (
                                            f"{SX}/engines/wikidata.py",
                                            277,
                                            "response",
                                            "for result in jsonresponse.get('results', {}).get('bindings', []):",
                                            False,
                                        ),
                                    ]
                                ),
                                ["AttributeError: 'NoneType' object has no attribute 'get'"],
                            ),
                        ],
                    )
                elif kind == "json":
                    ctx(
                        inst,
                        te,
                        eng,
                        (
                            "searx/engines/wikidata.py",
                            269,
                            "jsonresponse = loads(resp.content.decode())",
                        ),
                        "json.decoder.JSONDecodeError",
                        "('Expecting value',)",
                    )
                    py(
                        inst,
                        te + sec(0.0006),
                        "ERROR",
                        eng,
                        "exception : Expecting value: line %d column %d (char %d)",
                        [
                            "exception : Expecting value: line 1 column 1 (char 0)",
                            *tb(
                                search_frames(
                                    [
                                        (
                                            f"{SX}/search/processors/online.py",
                                            150,
                                            "_search_basic",
                                            "return self.engine.response(response)",
                                            True,
                                        ),
                                        (
                                            f"{SX}/engines/wikidata.py",
                                            269,
                                            "response",
                                            "jsonresponse = loads(resp.content.decode())",
                                            True,
                                        ),
                                        (
                                            "/usr/lib/python3.11/json/__init__.py",
                                            346,
                                            "loads",
                                            "return _default_decoder.decode(s)",
                                            True,
                                        ),
                                        (
                                            "/usr/lib/python3.11/json/decoder.py",
                                            337,
                                            "decode",
                                            "obj, end = self.raw_decode(s, idx=_w(s, 0).end())",
                                            True,
                                        ),
                                        (
                                            "/usr/lib/python3.11/json/decoder.py",
                                            355,
                                            "raw_decode",
                                            'raise JSONDecodeError("Expecting value", s, err.value) from None',
                                            False,
                                        ),
                                    ]
                                ),
                                [
                                    "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)"
                                ],
                            ),
                        ],
                    )
                elif kind == "keyerror":
                    ctx(
                        inst,
                        te,
                        eng,
                        (
                            "searx/engines/wikipedia.py",
                            222,
                            "title = utils.html_to_text(api_result['titles']['display'])",
                        ),
                        "KeyError",
                        "()",
                    )
                    py(
                        inst,
                        te + sec(0.0006),
                        "ERROR",
                        eng,
                        "exception : %s",
                        [
                            "exception : 'titles'",
                            *tb(
                                search_frames(
                                    [
                                        (
                                            f"{SX}/search/processors/online.py",
                                            150,
                                            "_search_basic",
                                            "return self.engine.response(response)",
                                            True,
                                        ),
                                        (
                                            f"{SX}/engines/wikipedia.py",
                                            222,
                                            "response",
                                            "title = utils.html_to_text(api_result['titles']['display'])",
                                            False,
                                        ),
                                    ]
                                ),
                                ["KeyError: 'titles'"],
                            ),
                        ],
                    )
                elif kind == "disconnect":
                    ctx(
                        inst,
                        te,
                        eng,
                        SX_ONLINE_REQ,
                        "httpx.RemoteProtocolError",
                        f"(None, None, {host!r})",
                    )
                    dur = (te - ts).total_seconds()
                    py(
                        inst,
                        te + sec(0.0007),
                        "ERROR",
                        eng,
                        "requests exception (search duration : %s s, timeout: %s s) : Server disconnected without sending a response.",
                        [
                            f"requests exception (search duration : {dur + r.uniform(0.0001, 0.0009)} s, timeout: {tlimit} s) : Server disconnected without sending a response.",
                            *tb(
                                [
                                    (
                                        f"{SX_PY}/httpx/_transports/default.py",
                                        69,
                                        "map_httpcore_exceptions",
                                        "yield",
                                        False,
                                    ),
                                    (
                                        f"{SX_PY}/httpx/_transports/default.py",
                                        373,
                                        "handle_async_request",
                                        "resp = await self._pool.handle_async_request(req)",
                                        True,
                                    ),
                                    (
                                        f"{SX_PY}/httpcore/_async/connection_pool.py",
                                        216,
                                        "handle_async_request",
                                        "raise exc from None",
                                        False,
                                    ),
                                    (
                                        f"{SX_PY}/httpcore/_async/http11.py",
                                        106,
                                        "handle_async_request",
                                        ") = await self._receive_response_headers(**kwargs)",
                                        True,
                                    ),
                                    (
                                        f"{SX_PY}/httpcore/_async/http11.py",
                                        177,
                                        "_receive_response_headers",
                                        "event = await self._receive_event(timeout=timeout)",
                                        True,
                                    ),
                                    (
                                        f"{SX_PY}/httpcore/_async/http11.py",
                                        231,
                                        "_receive_event",
                                        "raise RemoteProtocolError(msg)",
                                        False,
                                    ),
                                ],
                                [
                                    "httpcore.RemoteProtocolError: Server disconnected without sending a response.",
                                    "",
                                    "The above exception was the direct cause of the following exception:",
                                    "",
                                ],
                            ),
                            *tb(
                                search_frames(
                                    [
                                        (
                                            f"{SX}/search/processors/online.py",
                                            147,
                                            "_search_basic",
                                            "response = self._send_http_request(params)",
                                            True,
                                        ),
                                        (
                                            f"{SX}/search/processors/online.py",
                                            118,
                                            "_send_http_request",
                                            "response = req(params['url'], **request_args)",
                                            True,
                                        ),
                                        (
                                            f"{SX}/network/__init__.py",
                                            165,
                                            "get",
                                            'return request("get", url, **kwargs)',
                                            True,
                                        ),
                                        (
                                            f"{SX}/network/__init__.py",
                                            98,
                                            "request",
                                            "response = future.result(timeout)",
                                            True,
                                        ),
                                        (
                                            "/usr/lib/python3.11/concurrent/futures/_base.py",
                                            456,
                                            "result",
                                            "return self.__get_result()",
                                            True,
                                        ),
                                        (
                                            "/usr/lib/python3.11/concurrent/futures/_base.py",
                                            401,
                                            "__get_result",
                                            "raise self._exception",
                                            False,
                                        ),
                                        (
                                            f"{SX}/network/network.py",
                                            289,
                                            "request",
                                            "return await self.call_client(False, method, url, **kwargs)",
                                            True,
                                        ),
                                        (
                                            f"{SX}/network/network.py",
                                            272,
                                            "call_client",
                                            "response = await client.request(method, url, **kwargs)",
                                            True,
                                        ),
                                        (
                                            f"{SX_PY}/httpx/_client.py",
                                            1617,
                                            "send",
                                            "response = await self._send_handling_auth(",
                                            True,
                                        ),
                                        (
                                            f"{SX_PY}/httpx/_transports/default.py",
                                            372,
                                            "handle_async_request",
                                            "with map_httpcore_exceptions():",
                                            False,
                                        ),
                                        (
                                            "/usr/lib/python3.11/contextlib.py",
                                            158,
                                            "__exit__",
                                            "self.gen.throw(typ, value, traceback)",
                                            False,
                                        ),
                                        (
                                            f"{SX_PY}/httpx/_transports/default.py",
                                            86,
                                            "map_httpcore_exceptions",
                                            "raise mapped_exc(message) from exc",
                                            False,
                                        ),
                                    ]
                                ),
                                [
                                    "httpx.RemoteProtocolError: Server disconnected without sending a response."
                                ],
                            ),
                        ],
                    )
                else:
                    # the suspending errors: a CAPTCHA, a 429, a 403
                    if kind == "google_captcha":
                        where = (
                            "searx/engines/google.py",
                            289,
                            "raise SearxEngineCaptchaException()",
                        )
                        cls, msg, final, label, susp_s = (
                            "SearxEngineCaptchaException",
                            "CAPTCHA",
                            "CAPTCHA, suspended_time=86400",
                            "CAPTCHA",
                            86400,
                        )
                        inner = [
                            (
                                f"{SX}/search/processors/online.py",
                                150,
                                "_search_basic",
                                "return self.engine.response(response)",
                                True,
                            ),
                            (
                                f"{SX}/engines/google.py",
                                326,
                                "response",
                                "detect_google_sorry(resp)",
                                False,
                            ),
                            (
                                f"{SX}/engines/google.py",
                                289,
                                "detect_google_sorry",
                                "raise SearxEngineCaptchaException()",
                                False,
                            ),
                        ]
                    elif kind == "ddg_captcha":
                        where = (
                            "searx/engines/duckduckgo.py",
                            309,
                            "raise SearxEngineCaptchaException(",
                        )
                        cls, msg, final, label, susp_s = (
                            "SearxEngineCaptchaException",
                            "CAPTCHA (wt-wt)",
                            "CAPTCHA (wt-wt), suspended_time=86400",
                            "CAPTCHA",
                            86400,
                        )
                        inner = [
                            (
                                f"{SX}/search/processors/online.py",
                                150,
                                "_search_basic",
                                "return self.engine.response(response)",
                                True,
                            ),
                            (
                                f"{SX}/engines/duckduckgo.py",
                                309,
                                "response",
                                "raise SearxEngineCaptchaException(",
                                False,
                            ),
                        ]
                    elif kind == "sp_captcha":
                        where = (
                            "searx/engines/startpage.py",
                            261,
                            "raise SearxEngineCaptchaException()",
                        )
                        cls, msg, final, label, susp_s = (
                            "SearxEngineCaptchaException",
                            "CAPTCHA",
                            "CAPTCHA, suspended_time=86400",
                            "CAPTCHA",
                            86400,
                        )
                        inner = [
                            (
                                f"{SX}/search/processors/online.py",
                                150,
                                "_search_basic",
                                "return self.engine.response(response)",
                                True,
                            ),
                            (
                                f"{SX}/engines/startpage.py",
                                261,
                                "response",
                                "raise SearxEngineCaptchaException()",
                                False,
                            ),
                        ]
                    elif kind == "429":
                        where = SX_ONLINE_RAISE
                        cls, msg, final, label, susp_s = (
                            "SearxEngineTooManyRequestsException",
                            "Too many request",
                            "Too many request, suspended_time=3600",
                            "Too many requests",
                            3600,
                        )
                        inner = [
                            *send,
                            (
                                f"{SX}/raise_for_httperror.py",
                                78,
                                "raise_for_httperror",
                                "raise SearxEngineTooManyRequestsException()",
                                False,
                            ),
                        ]
                    else:
                        where = SX_ONLINE_RAISE
                        cls, msg, final, label, susp_s = (
                            "SearxEngineAccessDeniedException",
                            "HTTP error 403",
                            "HTTP error 403, suspended_time=86400",
                            "SearxEngineAccessDenied",
                            86400,
                        )
                        inner = [
                            *send,
                            (
                                f"{SX}/raise_for_httperror.py",
                                74,
                                "raise_for_httperror",
                                "raise SearxEngineAccessDeniedException(message='HTTP error ' + str(resp.status_code))",
                                False,
                            ),
                        ]
                    te = ctx(inst, te, eng, where, f"searx.exceptions.{cls}", f"({msg!r},)")
                    py(
                        inst,
                        te + sec(0.0005),
                        "ERROR",
                        eng,
                        label,
                        [label, *tb(search_frames(inner), [f"searx.exceptions.{cls}: {final}"])],
                    )
                    susp[eng] = te + sec(susp_s)
            # a page's static files and proxied images cut off by a closed tab
            if r.random() < 0.006:
                asset = r.choice(
                    [
                        "/static/themes/simple/js/searxng.min.js",
                        "/static/themes/simple/css/searxng.min.css",
                        "/static/themes/simple/img/searxng.png",
                    ]
                )
                uwsgi(
                    inst,
                    ts + sec(r.uniform(1.0, 2.5)),
                    f"uwsgi_response_sendfile_do(): Broken pipe [core/writer.c line 655] during GET {asset} (%s)",
                    [
                        f"uwsgi_response_sendfile_do(): Broken pipe [core/writer.c line 655] during GET {asset} ({SX_PROXY})"
                    ],
                )
            if r.random() < 0.005:
                img = f"https%3A%2F%2Fi.ytimg.com%2Fvi%2F{alnum(r, 11)}%2Fhqdefault.jpg"
                uwsgi(
                    inst,
                    ts + sec(r.uniform(1.5, 4.0)),
                    "uwsgi_response_write_body_do(): Broken pipe [core/writer.c line 429] during GET /image_proxy?url=%s&h=%s (%s)",
                    [
                        f"uwsgi_response_write_body_do(): Broken pipe [core/writer.c line 429] during GET /image_proxy?url={img}&h={hexid(r, 64)} ({SX_PROXY})",
                        "OSError: write error",
                    ],
                )
            # a client that gave up before the answer
            p_gone = 0.06 if took >= 3.0 else 0.012
            if r.random() < p_gone:
                tg = ts + sec(max(took, 3.0) + r.uniform(0.01, 0.3))
                if r.random() < 0.3:
                    uwsgi(
                        inst,
                        tg,
                        "SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request /search (ip %s) !!!",
                        [
                            f"SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request /search (ip {SX_PROXY}) !!!"
                        ],
                    )
                    tg += sec(0.001)
                if r.random() < 0.8:
                    uwsgi(
                        inst,
                        tg,
                        "uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during POST /search (%s)",
                        [
                            f"uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during POST /search ({SX_PROXY})",
                            "OSError: write error",
                        ],
                    )
                else:
                    q = r.choice(
                        [
                            "weather+hamburg",
                            "python+asyncio+timeout",
                            "rust+lifetimes",
                            "eur+to+usd",
                            "k8s+ingress+nginx+annotations",
                        ]
                    )
                    uwsgi(
                        inst,
                        tg,
                        "uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during GET /search?q=%s&format=json (%s)",
                        [
                            f"uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during GET /search?q={q}&format=json ({SX_PROXY})",
                            "OSError: write error",
                        ],
                    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- pretalx

PX = "/var/pretalx/.local/lib/python3.11/site-packages"
PX_EVENTS = ["fossconf-2024", "devsummit-berlin-2024", "pydata-south-2024"]
PX_SMTP_DOWN = (at(8, 20, 11.0), at(8, 32, 40.0))
PX_PG_FULL = (at(10, 5, 3.0), at(10, 12, 19.0))
PX_RELEASE = at(9, 0, 14.6)
PX_DEPLOY = at(11, 0, 2.3)
PX_FIX = at(11, 18, 40.7)
PX_FIRST = [
    "Jana",
    "Tomás",
    "Aiko",
    "Lukas",
    "Priya",
    "Mateo",
    "Olga",
    "Kwame",
    "Sofie",
    "Rahul",
    "Ines",
    "Jonas",
    "Mei",
    "Farid",
    "Lea",
    "Noah",
]
PX_LAST = [
    "Novak",
    "García",
    "Tanaka",
    "Becker",
    "Raman",
    "Silva",
    "Ivanova",
    "Mensah",
    "Lund",
    "Mehta",
    "Costa",
    "Weber",
    "Chen",
    "Haddad",
    "Roth",
    "Fischer",
]


def pretalx(r: random.Random) -> list[Log]:
    """A pretalx instance hosting three conferences, 06:00 to 12:00: fossconf-2024 releases its
    schedule and mails 380 speakers at 09:00, devsummit-berlin-2024's CfP closes at noon; the mail
    relay refusing 08:20-08:32, PostgreSQL out of connections 10:05-10:12, the XML exporter
    broken by a talk without a room after the release, a deploy at 11:00 that loses the proxy's
    scheme (every orga POST refused by the CSRF origin check) and its fix at 11:18."""
    fs = Files()

    def person() -> tuple[str, str]:
        f, last = r.choice(PX_FIRST), r.choice(PX_LAST)
        mail = f"{f.lower().replace('á', 'a')}.{last.lower().replace('í', 'i')}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(['gmail.com', 'posteo.de', 'example.org', 'uni-hamburg.de', 'fastmail.com', 'proton.me'])}"
        return f"{f} {last}", mail

    # gunicorn: the master and four sync workers recycled after 1200-1250 requests
    G = "gunicorn.log"

    def gl(t: datetime, pid: int, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            G,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{lvl}] {msg}"],
            ("g", pid),
            S1,
        )

    master = [812]
    next_pid = [31840]

    def boot(t: datetime) -> tuple[int, datetime]:
        next_pid[0] += r.randint(1, 9)
        pid = next_pid[0]
        t = gl(
            t, master[0], "INFO", "Booting worker with pid: %s", f"Booting worker with pid: {pid}"
        )
        return pid, t

    def rate(t: datetime) -> float:
        if PX_RELEASE <= t < PX_RELEASE + sec(1800):
            return 14.0
        if t >= at(11, 0):
            return 10.0
        return 6.0

    counts: dict[int, int] = {}
    limits: dict[int, int] = {}
    pids = [31207, 31215, 31216, 31224]
    for p in pids:
        counts[p] = r.randint(0, 1100)
        limits[p] = 1200 + r.randint(0, 50)
    timeouts = sorted(PX_RELEASE + sec(r.uniform(40, 420)) for _ in range(5))
    t = T0
    step = 10.0
    while t < T_END:
        t += sec(step)
        restarted = False
        for tr in (PX_DEPLOY, PX_FIX):
            if tr <= t < tr + sec(step):
                restarted = True
                tt = gl(tr, master[0], "INFO", "Handling signal: %s", "Handling signal: term")
                for p in pids:
                    gl(
                        tt + sec(r.uniform(0.02, 0.4)),
                        p,
                        "INFO",
                        "Worker exiting (pid: %s)",
                        f"Worker exiting (pid: {p})",
                    )
                tt = gl(
                    tt + sec(r.uniform(0.6, 1.4)),
                    master[0],
                    "INFO",
                    "Shutting down: %s",
                    "Shutting down: Master",
                )
                master[0] = next_pid[0] + r.randint(20, 60)
                next_pid[0] = master[0]
                tt = gl(
                    tt + sec(r.uniform(2.5, 4.0)),
                    master[0],
                    "INFO",
                    "Starting gunicorn %s",
                    "Starting gunicorn 22.0.0",
                )
                tt = gl(
                    tt + sec(0.01),
                    master[0],
                    "INFO",
                    "Listening at: %s (%s)",
                    f"Listening at: http://127.0.0.1:8345 ({master[0]})",
                )
                tt = gl(tt + sec(0.01), master[0], "INFO", "Using worker: %s", "Using worker: sync")
                pids = []
                for _ in range(4):
                    np_, tt = boot(tt + sec(0.005))
                    pids.append(np_)
                    counts[np_], limits[np_] = 0, 1200 + r.randint(0, 50)
        if restarted:
            continue
        for i, p in enumerate(list(pids)):
            counts[p] += int(rate(t) * step / 4 * r.uniform(0.7, 1.3))
            if timeouts and t >= timeouts[0] and i == r.randrange(4):
                tt = timeouts.pop(0)
                tt = gl(
                    tt,
                    master[0],
                    "CRITICAL",
                    "WORKER TIMEOUT (pid:%s)",
                    f"WORKER TIMEOUT (pid:{p})",
                )
                tt = gl(
                    tt + sec(r.uniform(0.01, 0.3)),
                    p,
                    "INFO",
                    "Worker exiting (pid: %s)",
                    f"Worker exiting (pid: {p})",
                )
                tt = gl(
                    tt + sec(r.uniform(0.05, 0.6)),
                    master[0],
                    "ERROR",
                    "Worker (pid:%s) exited with code %s",
                    f"Worker (pid:{p}) exited with code 1",
                )
                tt = gl(
                    tt,
                    master[0],
                    "ERROR",
                    "Worker (pid:%s) exited with code %s.",
                    f"Worker (pid:{p}) exited with code 1.",
                )
                np_, _ = boot(tt + sec(0.01))
                pids[i] = np_
                counts[np_], limits[np_] = 0, 1200 + r.randint(0, 50)
                continue
            if counts[p] >= limits[p]:
                ta = t + sec(r.uniform(0, step))
                ta = gl(
                    ta,
                    p,
                    "INFO",
                    "Autorestarting worker after current request.",
                    "Autorestarting worker after current request.",
                )
                ta = gl(
                    ta + sec(r.uniform(0.01, 0.4)),
                    p,
                    "INFO",
                    "Worker exiting (pid: %s)",
                    f"Worker exiting (pid: {p})",
                )
                np_, _ = boot(ta + sec(r.uniform(0.02, 0.3)))
                pids[i] = np_
                counts[np_], limits[np_] = 0, 1200 + r.randint(0, 50)

    # pretalx.log: Django's file handler in the web workers
    P = "pretalx.log"

    def pl(t: datetime, lvl: str, name: str, module: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            P,
            t,
            label,
            lambda x: [
                f"{lvl} {x:%Y-%m-%d %H:%M:%S},{ms3(x)} {name} {module} {lines[0]}",
                *lines[1:],
            ],
            ("pl", 0),
            MS,
        )

    django_entry = [
        (
            f"{PX}/django/core/handlers/exception.py",
            55,
            "inner",
            "response = get_response(request)",
            True,
        ),
        (
            f"{PX}/django/core/handlers/base.py",
            197,
            "_get_response",
            "response = wrapped_callback(request, *callback_args, **callback_kwargs)",
            True,
        ),
    ]
    pg_full = [
        'psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: FATAL:  sorry, too many clients already',
        "",
    ]
    conn = [
        (
            f"{PX}/django/db/backends/base/base.py",
            289,
            "ensure_connection",
            "self.connect()",
            False,
        ),
        (f"{PX}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)", True),
        (
            f"{PX}/django/db/backends/base/base.py",
            270,
            "connect",
            "self.connection = self.get_new_connection(conn_params)",
            True,
        ),
        (f"{PX}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)", True),
        (
            f"{PX}/django/db/backends/postgresql/base.py",
            275,
            "get_new_connection",
            "connection = self.Database.connect(**conn_params)",
            True,
        ),
        (
            f"{PX}/psycopg2/__init__.py",
            122,
            "connect",
            "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
            True,
        ),
    ]
    for tm in poisson(r, PX_PG_FULL[0], PX_PG_FULL[1], 9.0):
        ev = r.choice(PX_EVENTS[:2])
        path = r.choice(
            [
                f"/{ev}/schedule/",
                f"/{ev}/talk/",
                f"/{ev}/cfp",
                f"/orga/event/{ev}/",
                f"/{ev}/schedule/widget/v2.json",
                f"/{ev}/speaker/",
            ]
        )
        pl(
            tm,
            "ERROR",
            "django.request",
            "log",
            "%s: %s",
            [
                f"Internal Server Error: {path}",
                *tb(
                    conn,
                    [
                        *pg_full,
                        "The above exception was the direct cause of the following exception:",
                        "",
                    ],
                ),
                *tb(
                    [
                        *django_entry,
                        (
                            f"{PX}/pretalx/common/middleware/event.py",
                            57,
                            "__call__",
                            "self._set_orga_events(request)",
                            False,
                        ),
                        (
                            f"{PX}/pretalx/common/middleware/event.py",
                            38,
                            "_set_orga_events",
                            "if not request.user.is_anonymous:",
                            False,
                        ),
                        (f"{PX}/django/utils/functional.py", 253, "inner", "self._setup()", False),
                        *conn[:1],
                        (
                            f"{PX}/django/db/utils.py",
                            91,
                            "__exit__",
                            "raise dj_exc_value.with_traceback(traceback) from exc_value",
                            False,
                        ),
                        *conn[1:],
                    ],
                    [
                        "django.db.utils.OperationalError"
                        + pg_full[0][len("psycopg2.OperationalError") :],
                        "",
                    ],
                ),
            ],
        )
    # the frab XML export after the release: one talk has no room
    for tm in poisson(r, PX_RELEASE + sec(300), at(10, 48), 170.0):
        if in_any(tm, [PX_PG_FULL]):
            continue
        pl(
            tm,
            "ERROR",
            "pretalx.agenda.views.schedule",
            "schedule",
            "Failed to use %s for %s",
            [
                "Failed to use schedule.xml for fossconf-2024",
                *tb(
                    [
                        (
                            f"{PX}/pretalx/agenda/views/schedule.py",
                            115,
                            "get",
                            "file_name, file_type, data = exporter.render()",
                            True,
                        ),
                        (
                            f"{PX}/pretalx/schedule/exporters.py",
                            130,
                            "render",
                            'content = get_template("agenda/schedule.xml").render(context=context)',
                            True,
                        ),
                        (
                            f"{PX}/django/template/backends/django.py",
                            61,
                            "render",
                            "return self.template.render(context)",
                            True,
                        ),
                        (
                            f"{PX}/django/template/base.py",
                            171,
                            "render",
                            "return self._render(context)",
                            True,
                        ),
                        (
                            f"{PX}/django/template/base.py",
                            163,
                            "_render",
                            "return self.nodelist.render(context)",
                            True,
                        ),
                        (
                            f"{PX}/django/template/base.py",
                            1008,
                            "render",
                            'return SafeString("".join([node.render_annotated(context) for node in self]))',
                            True,
                        ),
                        (
                            f"{PX}/django/template/defaulttags.py",
                            199,
                            "render",
                            "values = self.sequence.resolve(context, ignore_failures=True)",
                            True,
                        ),
                        (
                            f"{PX}/django/template/base.py",
                            715,
                            "resolve",
                            "obj = self.var.resolve(context)",
                            True,
                        ),
                        (
                            f"{PX}/django/template/base.py",
                            847,
                            "resolve",
                            "value = self._resolve_lookup(context)",
                            True,
                        ),
                        (
                            f"{PX}/django/utils/functional.py",
                            57,
                            "__get__",
                            "res = instance.__dict__[self.name] = self.func(instance)",
                            True,
                        ),
                        (
                            f"{PX}/pretalx/schedule/exporters.py",
                            86,
                            "data",
                            'day_data["rooms"][str(talk.room.name)] = {',
                            False,
                        ),
                    ],
                    ["AttributeError: 'NoneType' object has no attribute 'name'"],
                ),
            ],
        )
    # CSRF: stale login forms all day, and the deploy's lost scheme until the fix
    for tm in poisson(r, T0, T_END, 900.0):
        pl(
            tm,
            "WARNING",
            "django.security.csrf",
            "log",
            "Forbidden (CSRF token from POST incorrect.): %s",
            [
                f"Forbidden (CSRF token from POST incorrect.): {r.choice(['/orga/login/', '/orga/login/', f'/{PX_EVENTS[1]}/cfp/submit/', '/orga/event/fossconf-2024/submissions/'])}"
            ],
        )
    for tm in poisson(r, PX_DEPLOY + sec(30), PX_FIX, 30.0):
        pl(
            tm,
            "WARNING",
            "django.security.csrf",
            "log",
            "Forbidden (Origin checking failed - %s does not match any trusted origins.): %s",
            [
                f"Forbidden (Origin checking failed - https://talks.fossconf.org does not match any trusted origins.): {r.choice(['/orga/login/', f'/orga/event/{r.choice(PX_EVENTS)}/submissions/', f'/orga/event/{r.choice(PX_EVENTS)}/mails/compose', f'/{PX_EVENTS[1]}/cfp/submit/'])}"
            ],
        )

    # the Celery worker's log file
    W = "worker.log"

    def cl(t: datetime, lvl: str, procname: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            W,
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S},{ms3(x)}: {lvl}/{procname}] {lines[0]}",
                *lines[1:],
            ],
            ("w", procname),
            MS,
        )

    def pool() -> str:
        return f"ForkPoolWorker-{r.randint(1, 4)}"

    def task(
        t: datetime, name: str, dur: float, ret: str = "None", tid: str = ""
    ) -> tuple[str, str, datetime]:
        tid = tid or uuid4(r)
        t = cl(t, "INFO", "MainProcess", "Task %s[%s] received", [f"Task {name}[{tid}] received"])
        pw = pool()
        t2 = cl(
            t + sec(dur),
            "INFO",
            pw,
            "Task %s[%s] succeeded in %ss: %s",
            [f"Task {name}[{tid}] succeeded in {dur - r.uniform(0.0005, 0.002)}s: {ret}"],
        )
        return tid, pw, t2

    MAIL = "pretalx.common.mail.mail_send_task"
    mail_frames = [
        (
            f"{PX}/pretalx/common/mail.py",
            125,
            "mail_send_task",
            "backend.send_messages([email])",
            False,
        ),
        (
            f"{PX}/django/core/mail/backends/smtp.py",
            128,
            "send_messages",
            "new_conn_created = self.open()",
            True,
        ),
        (
            f"{PX}/django/core/mail/backends/smtp.py",
            86,
            "open",
            "self.connection = self.connection_class(",
            True,
        ),
        (
            "/usr/lib/python3.11/smtplib.py",
            255,
            "__init__",
            "(code, msg) = self.connect(host, port)",
            True,
        ),
        (
            "/usr/lib/python3.11/smtplib.py",
            341,
            "connect",
            "self.sock = self._get_socket(host, port, self.timeout)",
            True,
        ),
        (
            "/usr/lib/python3.11/smtplib.py",
            312,
            "_get_socket",
            "return socket.create_connection((host, port), timeout,",
            True,
        ),
        ("/usr/lib/python3.11/socket.py", 851, "create_connection", "raise exceptions[0]", False),
        ("/usr/lib/python3.11/socket.py", 836, "create_connection", "sock.connect(sa)", False),
    ]

    def mail(t: datetime, to: str) -> datetime:
        tid = uuid4(r)
        if in_any(t, [PX_SMTP_DOWN]):
            t = cl(
                t, "INFO", "MainProcess", "Task %s[%s] received", [f"Task {MAIL}[{tid}] received"]
            )
            pw = pool()
            te = cl(
                t + sec(r.uniform(0.01, 0.05)),
                "ERROR",
                pw,
                "Error sending email",
                [
                    "Error sending email",
                    *tb(mail_frames, ["ConnectionRefusedError: [Errno 111] Connection refused"]),
                ],
            )
            msg = f"Failed to send an email to {[to]}: [Errno 111] Connection refused"
            return cl(
                te + sec(0.002),
                "ERROR",
                pw,
                'Task %s[%s] raised unexpected: SendMailException("Failed to send an email to %s: [Errno %d] Connection refused")',
                [
                    f"Task {MAIL}[{tid}] raised unexpected: SendMailException({msg!r})",
                    *tb(
                        mail_frames,
                        [
                            "ConnectionRefusedError: [Errno 111] Connection refused",
                            "",
                            "During handling of the above exception, another exception occurred:",
                            "",
                        ],
                    ),
                    *tb(
                        [
                            (
                                f"{PX}/celery/app/trace.py",
                                477,
                                "trace_task",
                                "R = retval = fun(*args, **kwargs)",
                                True,
                            ),
                            (
                                f"{PX}/celery/app/trace.py",
                                760,
                                "__protected_call__",
                                "return self.run(*args, **kwargs)",
                                True,
                            ),
                            (
                                f"{PX}/pretalx/common/mail.py",
                                135,
                                "mail_send_task",
                                'raise SendMailException(f"Failed to send an email to {to}: {exception}")',
                                False,
                            ),
                        ],
                        [f"pretalx.common.exceptions.SendMailException: {msg}"],
                    ),
                ],
            )
        _, _, t2 = task(t, MAIL, r.uniform(0.25, 1.4))
        return t2

    # the periodic run from cron every ten minutes
    for k in range(36):
        tc = at(6, 0) + sec(600 * k + r.uniform(1.0, 2.5))
        if PX_DEPLOY <= tc < PX_DEPLOY + sec(20):
            tc += sec(30)
        for ev in PX_EVENTS:
            tc += sec(r.uniform(0.05, 0.3))
            task(tc, "pretalx.event.services.task_periodic_event_services", r.uniform(0.08, 0.6))
            if ev == PX_EVENTS[0] and tc > PX_RELEASE:
                task(
                    tc + sec(0.03),
                    "pretalx.event.services.task_periodic_schedule_export",
                    r.uniform(0.02, 0.2),
                )
        # speakers whose gravatar timed out are asked again
        for who in ["Aiko Tanaka"] if k % 3 == 0 else []:
            tid, pw, t2 = task(
                tc + sec(0.4), "pretalx.person.tasks.gravatar_cache", r.uniform(0.4, 1.2)
            )
            cl(
                t2 - sec(0.01),
                "INFO",
                pw,
                "gravatar returned http %s when getting avatar for user %s",
                [f"gravatar returned http 503 when getting avatar for user {who}"],
            )
        if k == 13:
            task(tc + sec(1.2), "pretalx.common.update_check.update_check", r.uniform(0.4, 0.9))

    # the CfP closing at noon: new speakers register and submit
    for tm in poisson(r, T0, T_END, 260.0):
        if tm > at(10, 30) or r.random() < 0.5:
            name, addr = person()
            tid, pw, t2 = task(tm, "pretalx.person.tasks.gravatar_cache", r.uniform(0.3, 1.5))
            if r.random() < 0.3:
                h = hexid(r, 32)
                cl(
                    t2 - sec(0.02),
                    "INFO",
                    pw,
                    "gravatar returned http %s when getting avatar for user %s",
                    [f"gravatar returned http 200 when getting avatar for user {name}"],
                )
                cl(
                    t2 - sec(0.01),
                    "INFO",
                    pw,
                    "set avatar for user %s to %s",
                    [f"set avatar for user {name} to /media/avatars/{h}_{alnum(r, 7)}.jpg"],
                )
            else:
                cl(
                    t2 - sec(0.01),
                    "INFO",
                    pw,
                    "gravatar returned http %s when getting avatar for user %s",
                    [f"gravatar returned http 404 when getting avatar for user {name}"],
                )
            tsub = tm + sec(r.uniform(120, 900))
            if tsub < T_END - sec(5):
                mail(tsub, addr)
        else:
            mail(tm, person()[1])
    # the release: 380 acceptance and rejection mails queued at once, the provider's 421s
    task(PX_RELEASE + sec(2.1), "pretalx.agenda.tasks.export_schedule_html", r.uniform(38, 55))
    tq = PX_RELEASE + sec(95)
    for i in range(380):
        tq += sec(r.uniform(0.2, 0.6))
        to = person()[1]
        if 140 <= i < 205:
            tid = uuid4(r)
            t = cl(
                tq, "INFO", "MainProcess", "Task %s[%s] received", [f"Task {MAIL}[{tid}] received"]
            )
            n = 0
            while True:
                pw = pool()
                t = cl(
                    t + sec(r.uniform(0.2, 0.8)),
                    "INFO",
                    pw,
                    "Task %s[%s] retry: Retry in %ss",
                    [f"Task {MAIL}[{tid}] retry: Retry in {2 ** (n * 2)}s"],
                )
                n += 1
                t = cl(
                    t + sec(2 ** ((n - 1) * 2) + r.uniform(0.01, 0.3)),
                    "INFO",
                    "MainProcess",
                    "Task %s[%s] received",
                    [f"Task {MAIL}[{tid}] received"],
                )
                if r.random() < 0.55 or n >= 3:
                    break
            d = r.uniform(0.3, 1.0)
            cl(
                t + sec(d),
                "INFO",
                pool(),
                "Task %s[%s] succeeded in %ss: %s",
                [f"Task {MAIL}[{tid}] succeeded in {d}s: None"],
            )
        else:
            mail(tq, to)
    # an organiser mails the pydata reviewers while the relay refuses
    tq = at(8, 24, 31.0)
    for _ in range(25):
        tq += sec(r.uniform(0.05, 0.3))
        mail(tq, person()[1])
    # the deploy restarts the worker too
    for tr in (PX_DEPLOY,):
        t = cl(
            tr + sec(6.2),
            "INFO",
            "MainProcess",
            "Connected to %s",
            ["Connected to redis://127.0.0.1:6379/1"],
        )
        t = cl(
            t + sec(0.02),
            "INFO",
            "MainProcess",
            "mingle: searching for neighbors",
            ["mingle: searching for neighbors"],
        )
        t = cl(t + sec(1.03), "INFO", "MainProcess", "mingle: all alone", ["mingle: all alone"])
        cl(t + sec(0.02), "INFO", "MainProcess", "%s ready.", ["celery@talks ready."])
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- glances

GL_EXPORT_HOSTS = ["nas", "pve1", "pve2", "pve3", "docker1"]
GL_INFLUX_DOWN = [(at(8, 52, 10.0), at(9, 38, 44.0)), (at(11, 20, 41.0), at(11, 22, 32.0))]
GL_URL = "/api/v2/write?org=home&bucket=glances&precision=s"
GL_MISSING_PIP = [
    # (module missing, template's wording after the error), in the plugins' listdir order
    (
        "requests",
        "Missing Python Lib (No module named %s), Cloud plugin is disabled",
        "Missing Python Lib ({e}), Cloud plugin is disabled",
    ),
    (
        "docker",
        "Error loading Docker deps Lib. Docker plugin is disabled (No module named %s)",
        "Error loading Docker deps Lib. Docker plugin is disabled ({e})",
    ),
    (
        "podman",
        "Error loading Podman deps Lib. Podman feature in the Containers plugin is disabled (No module named %s)",
        "Error loading Podman deps Lib. Podman feature in the Containers plugin is disabled ({e})",
    ),
    (
        "pynvml",
        "Missing Python Lib (No module named %s), Nvidia GPU plugin is disabled",
        "Missing Python Lib ({e}), Nvidia GPU plugin is disabled",
    ),
    (
        "netifaces",
        "Missing Python Lib (No module named %s), IP plugin is disabled",
        "Missing Python Lib ({e}), IP plugin is disabled",
    ),
    (
        "requests",
        "Missing Python Lib (No module named %s), Ports plugin is limited to port scanning",
        "Missing Python Lib ({e}), Ports plugin is limited to port scanning",
    ),
    (
        "pymdstat",
        "Missing Python Lib (No module named %s), Raid plugin is disabled",
        "Missing Python Lib ({e}), Raid plugin is disabled",
    ),
    (
        "pySMART",
        "Missing Python Lib (No module named %s), HDD Smart plugin is disabled",
        "Missing Python Lib ({e}), HDD Smart plugin is disabled",
    ),
]


def glances(r: random.Random) -> list[Log]:
    """Glances 4.0.8 on a home lab's six hosts, 06:00 to 12:00: the NAS, three Proxmox nodes and
    a Docker VM exporting to InfluxDB every 10 s, a dashboard host serving the web UI; the NAS
    rebooted at 07:40 and pve3 at 08:10, InfluxDB crash-looping 08:52-09:38 and upgraded at 11:20, the NAS's pool over 95 % from
    09:30 (an action repeated every refresh), the Proxmox nodes' backups raising memory and load
    alerts, pve2's Glances restarted at 10:30 with a new action, a container leaking memory on docker1,
    Docker restarted on the dashboard host at 10:15."""
    fs = Files()

    def gl(host: str, t: datetime, lvl: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-glances.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} -- {lvl} -- {msg}"],
            host,
            MS,
        )

    def start(host: str, t: datetime, web: bool = False) -> datetime:
        py = "/opt/glances/bin/python3"
        t = gl(host, t, "INFO", "Start Glances %s", "Start Glances 4.0.8")
        t = gl(
            host,
            t + sec(0.001),
            "INFO",
            "%s %s (%s) and psutil %s detected",
            f"CPython 3.11.2 ({py}) and psutil 5.9.8 detected",
        )
        t = gl(
            host,
            t + sec(r.uniform(0.005, 0.02)),
            "INFO",
            "Read configuration file '%s'",
            "Read configuration file '/etc/glances/glances.conf'",
        )
        mode = "GlancesWebServer" if web else "GlancesStandalone"
        t = gl(host, t + sec(r.uniform(0.01, 0.04)), "INFO", "Start %s mode", f"Start {mode} mode")
        for mod, label, fmt in GL_MISSING_PIP:
            if web and mod in ("requests", "docker"):
                continue  # glances[web] and docker are installed there
            t = gl(
                host,
                t + sec(r.uniform(0.002, 0.06)),
                "WARNING",
                label,
                fmt.format(e=f"No module named '{mod}'"),
            )
        if web:
            t = gl(
                host,
                t + sec(r.uniform(0.3, 0.9)),
                "INFO",
                "Glances RESTful API Server started on %sapi/%s",
                "Glances RESTful API Server started on http://0.0.0.0:61208/api/4",
            )
            t = gl(
                host,
                t + sec(0.002),
                "INFO",
                "Get WebUI in %s",
                "Get WebUI in /opt/glances/lib/python3.11/site-packages/glances/outputs/static/public",
            )
            return gl(
                host,
                t + sec(0.001),
                "INFO",
                "Glances Web User Interface started on %s",
                "Glances Web User Interface started on http://0.0.0.0:61208/",
            )
        t = gl(
            host,
            t + sec(r.uniform(0.2, 0.6)),
            "INFO",
            "Connected to InfluxDB server version %s (%s)",
            "Connected to InfluxDB server version v2.7.6 (ready for queries and writes)",
        )
        return gl(
            host,
            t + sec(r.uniform(0.8, 2.0)),
            "INFO",
            "Quiet mode is ON, nothing will be displayed",
            "Quiet mode is ON, nothing will be displayed",
        )

    def stop(host: str, t: datetime) -> datetime:
        return gl(host, t, "INFO", "Glances stopped gracefully", "Glances stopped gracefully")

    def obj() -> str:
        return f"<urllib3.connection.HTTPConnection object at 0x7f{r.randrange(16**9):09x}0>"

    # the start-ups and stops inside the window
    start("dash", at(6, 0, 3.9), web=True)
    stop("nas", at(7, 40, 2.2))
    nas_up = start("nas", at(7, 41, 36.8))
    stop("pve3", at(8, 10, 40.6))
    start("pve3", at(8, 13, 2.4))
    stop("pve2", at(10, 30, 11.5))
    pve2_up = start("pve2", at(10, 30, 14.1))

    # InfluxDB refusing: each host's batches retried five times, one batch at a time
    for host in GL_EXPORT_HOSTS:
        for a, b in GL_INFLUX_DOWN:
            t = a + sec(r.uniform(0, 10))
            while t < b:
                n = 5
                for i in range(5):
                    o = obj()
                    err = (
                        f"{o}: Failed to establish a new connection: [Errno 111] Connection refused"
                    )
                    t = gl(
                        host,
                        t,
                        "WARNING",
                        "The retriable error occurred during request. Reason: '%s: Failed to establish a new connection: [Errno %d] Connection refused'.",
                        f"The retriable error occurred during request. Reason: '{err}'.",
                    )
                    n -= 1
                    t = gl(
                        host,
                        t + sec(0.0004),
                        "WARNING",
                        "Retrying (WritesRetry(total=%s, connect=%s, read=%s, redirect=%s, status=%s)) after connection broken by 'NewConnectionError('%s: Failed to establish a new connection: [Errno %d] Connection refused')': %s",
                        f"Retrying (WritesRetry(total={n}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('{err}')': {GL_URL}",
                    )
                    t += sec(
                        [r.uniform(5, 10), r.uniform(10, 20), r.uniform(20, 30), 30.0, 30.0][i]
                        + r.uniform(0.002, 0.01)
                    )
                    if t >= b:
                        break
                else:
                    t = gl(
                        host,
                        t,
                        "ERROR",
                        "The batch item wasn't processed successfully because: HTTPConnectionPool(host=%r, port=%s): Max retries exceeded with url: %s (Caused by NewConnectionError('%s: Failed to establish a new connection: [Errno %d] Connection refused'))",
                        f"The batch item wasn't processed successfully because: HTTPConnectionPool(host='influxdb.home.arpa', port=8086): Max retries exceeded with url: {GL_URL} (Caused by NewConnectionError('{obj()}: Failed to establish a new connection: [Errno 111] Connection refused'))",
                    )
                    t += sec(r.uniform(0.005, 0.05))
                    continue
                break

    # alert actions
    def refreshes(host: str, a: datetime, b: datetime, period: float = 10.0) -> list[datetime]:
        out, t = [], a
        while t < b:
            out.append(t)
            t += sec(period + r.uniform(-0.05, 0.08))
        return out

    pct = 95.1
    for t in refreshes("nas", at(9, 30, 7.3), at(10, 41, 55.0)):
        pct = min(99.2, max(95.0, pct + r.uniform(-0.02, 0.06)))
        gl(
            "nas",
            t,
            "INFO",
            "Action triggered for %s (%s): %s",
            f"Action triggered for fs_/srv/tank (critical): /usr/local/sbin/glances-alert fs /srv/tank {pct:.1f}",
        )
    for host, spans in (
        ("pve1", [(at(6, 31), at(6, 44)), (at(6, 58), at(7, 9)), (at(9, 41), at(9, 47))]),
        ("pve2", [(at(7, 12), at(7, 30))]),
    ):
        for a, b in spans:
            for t in poisson(r, a, b, 150.0):
                gl(
                    host,
                    t,
                    "INFO",
                    "Action triggered for %s (%s): %s",
                    f"Action triggered for mem (critical): /usr/local/sbin/glances-alert mem {r.uniform(90.1, 96.8):.1f}",
                )
    load = 12.0
    for t in refreshes("pve2", at(11, 4, 12.0), at(11, 26, 40.0)):
        load = min(22.0, max(8.1, load + r.uniform(-0.4, 0.5)))
        gl(
            "pve2",
            t,
            "INFO",
            "Action triggered for %s (%s): %s",
            f"Action triggered for load_min15 (critical): /usr/local/sbin/glances-alert load {load:.2f}",
        )

    # a container leaking memory on docker1 until it is restarted
    for t in refreshes("docker1", at(10, 52, 3.1), at(11, 31, 20.0)):
        gl(
            "docker1",
            t,
            "INFO",
            "Action triggered for %s (%s): %s",
            f"Action triggered for mem (critical): /usr/local/sbin/glances-alert mem {r.uniform(90.2, 97.5):.1f}",
        )

    # Docker restarted on the dashboard host while the web UI is open (a refresh every 2 s)
    for t in refreshes("dash", at(10, 15, 9.2), at(10, 15, 51.0), 2.0):
        gl(
            "dash",
            t,
            "ERROR",
            "containers (Docker) plugin - Can't get containers list (Error while fetching server API version: ('Connection aborted.', ConnectionRefusedError(%d, %s)))",
            "containers (Docker) plugin - Can't get containers list (Error while fetching server API version: ('Connection aborted.', ConnectionRefusedError(111, 'Connection refused')))",
        )
    del nas_up, pve2_up
    return fs.logs(T0)


SYSTEMS = {
    "enterprise-gateway": enterprise_gateway,
    "nautobot": nautobot,
    "searxng": searxng,
    "pretalx": pretalx,
    "glances": glances,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
