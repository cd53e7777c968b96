#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 132 (netbox, oxidized, buildkite, semaphore, foreman) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five infrastructure-automation tools, 06:00 to 12:00
on 2024-06-06; none was in the set (`buildkit`, `puppet` and `ansible` are, not these).

- NetBox 4.0 (`netbox.log`: its LOGGING file handler with the formatter `%(asctime)s
  %(levelname)-8s [%(name)s] %(message)s`, written by the gunicorn workers and by rq's work
  horses; `rqworker.log`: `manage.py rqworker`'s own stdout, rq's `%(asctime)s %(message)s`
  with `%H:%M:%S`): the Ansible sync (API user svc-ansible) every 30 minutes (`Updating %s %s
  (PK: %s)` for interfaces, IP addresses and devices, `Deleting %s %s (PK: %s)`, 400s and 404s
  from django.request as `%s: %s`), users in the UI (`User %s successfully authenticated`,
  `Created` / `Modified %s %s (PK: %s)`, `Deleted %s %s`, `User %s has logged out`), two event
  rules (DNS sync on IP addresses, AWX inventory refresh on devices) run as rq jobs (`%s: %s
  (%s)` with the job's call string, `Sending %s request to %s (%s %s)`, `Request succeeded;
  response status %s`, `%s: Job OK (%s)`, `Result is kept for %s seconds`), the hourly
  CableAudit script, rq's registry cleaning every ten minutes, an uptime check by IP every five
  minutes (`Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.` with its
  traceback, then `Bad Request: /login/`); AWX's nginx answering 502 08:04-08:09 and AWX down
  to 08:37 (`Request failed; response status %s: %s`, rq's `[Job %s]: exception raised while
  executing (%s)` with chained tracebacks), PostgreSQL restarted at 09:00 (`Internal Server
  Error: %s` with psycopg's traceback), Redis restarted at 10:35 (`Could not connect to Redis
  instance: ... Retrying in %d seconds...`, requests failing to enqueue), LDAP down
  10:05-10:20 (`Caught LDAPError while authenticating %s: %s`), the rqworker restarted at 11:30.
- Oxidized 0.30 (`oxidized.log`: Ruby's Logger, `I, [2024-06-06T06:00:01.123456 #2811]  INFO
  -- : ...`, level INFO): 348 devices polled every hour by 24 threads; per failed attempt `%s
  raised %s with msg "%s"` (its message's own format: `execution expired`,
  `Net::SSH::ConnectionTimeout` rescued as RuntimeError, `No route to host - connect(2) for
  %s:%s`, `Authentication failed for user %s@%s`, a host key fingerprint, a prompt not
  matched after a new login banner, written over three lines) and `%s/%s status %s, retry
  attempt %s` / `retries exhausted, giving up`; a model crashing (`..., %s saved`);
  `Configuration updated for %s/%s` with the GithubRepo hook's `Pushing local repository(%s)...`
  and `to remote: %s`, the hook failing while GitLab is down 10:30-10:52; the hourly SIGHUP
  reload (`lib/oxidized/nodes.rb: Loading nodes`, `node %s raised %s with message '%s not found
  for node %s'` for two switches with a mistyped model, `Loaded %s nodes`), a restart at 11:15.
- Buildkite agent 3.73 (`ci-linux-01.log` .. `ci-linux-03.log`: three hosts, `--spawn 3`,
  the agent's text printer `2024-06-06 06:00:01 INFO   ci-linux-01-2 Assigned job ...` with the
  worker's name as prefix): start-up (the banner, the NOTICE lines, `Registering agent %d of %d
  with Buildkite...`, `Successfully registered agent "%s" with tags [%s]`, `Starting %d
  Agent(s)`), each job's `Assigned job %s. Accepting...`, `Starting job %s for build at %s`,
  `[Process] Process is running with PID: %d`, `Process with PID: %d finished with Exit Status:
  %d, Signal: %s`, `Finished job %s for build at %s`; superseded builds cancelled; the agent API
  answering 502 08:00-08:03 (`Failed to ping: ...`, roko's `(Attempt %d/%d Retrying in %s)`
  on heartbeats and job finishes, `Failed to heartbeat ...`); ci-linux-02's /tmp full
  09:40-09:56 (`Failed to initialize job: open %s: no space left on device`); ci-linux-03
  upgraded at 10:30 (`Received CTRL-C, ...`, the two `Gracefully stopping agent.` lines,
  `Disconnecting...`, `Disconnected`, a new start-up).
- Semaphore UI 2.10 (`semaphore.log`: `docker logs` of its container: logrus text
  `time="..." level=info msg="..."`, the start-up lines printed with fmt, go-sql-driver/mysql's
  `[mysql] 2024/06/06 09:15:03 packets.go:37: unexpected EOF` and net/http's standard-logger
  lines): every task's `Task %s added to queue`, `Set resource locker with TaskRunner %s`,
  `Task %s removed from queue`, `Stopped running TaskRunner %s`, `Release resource locker with
  TaskRunner %s` (health checks every 2-3 minutes, facts, backups, deploys through the API);
  MySQL restarted at 09:15 (`Error %d (%s): Server shutdown in progress`, `dial tcp %s:
  connect: connection refused`, `closing bad idle connection: %s`), the mail relay refusing
  alert mails (the same `dial tcp` format), LDAP unreachable 07:20-07:35 and a wrong password
  (go-ldap's `LDAP Result Code %d %q: %s`), `http: superfluous response.WriteHeader call from
  %s (%s)`, an upgrade restart at 11:05.
- Foreman 3.10 (`production.log`: Foreman's `multiline_request_pattern` layout `%d
  [%.1l|%.3c|%.8X{request}] %m`, later lines of a message prefixed ` <request> | `;
  `proxy.log`: smart-proxy's `%d %.8X{request} [%.1l] %m`): Rails' request lines (`Started %s
  "%s" for %s at %s`, `Processing by %s#%s as %s`, `  Parameters: %s`, the `Rendered` lines,
  `Completed %s %s in %sms (...)` with and without `Views:`, `Redirected to %s`) around seven
  Puppet agents' facts (the audit logger's `[%s] deleted %s (%sms)`, `updated`, `added`, `Import
  facts for '%s' completed. ...`), ENC and reports (`processing report for %s`, `Imported report
  for %s in %s seconds`) every 30 minutes, an unknown VM's reports skipped, users logging in
  (`%s (%s) %s event on %s %s`, `Failed login attempt from %s with username '%s'`), fact imports
  deadlocking at 08:09 and 08:35 (`Error during fact import for %s` with PostgreSQL's message
  and the backtrace), hammer creating three hosts at 09:20 (`Create DHCP reservation %s for
  %s`, one failing: `Create DHCP Settings for %s task failed with the following error: ...`);
  on the proxy, `Started %s %s %s` / `Finished %s %s with %s (%s ms)` for a monitoring check
  every two minutes and the provisioning calls, dhcpd's OMAPI not answering (`Omshell failed:
  %s` over three lines, `Failed to add DHCP reservation for %s: No response from DHCP server`),
  and a restart at 10:00 (`Successfully initialized '%s'`, WEBrick's lines).

Label notes. The log heads are context: Django's asctime, level and logger name; rq's time;
Ruby Logger's severity letter, time, pid and level; the Buildkite agent's time, level and the
worker name it prefixes; logrus's time and level, go-sql-driver's `[mysql]` prefix, date and
file:line, Go's standard-logger date; Foreman's date, level, logger and request id; the
smart-proxy's date, request id and level. A value that is a message of its own contributes its
format: the Redis error inside rq's retry line, Ruby exceptions' messages inside Oxidized's
`raised %s with msg`, the API error inside the Buildkite agent's retry and ping lines, Go's
`dial tcp` errors, go-ldap's result texts. Words a call site passes literally are wording
(rq's `Job OK`, Oxidized's hook class prefix is the hook's `log` context, Foreman's fact
importer's `added` / `updated` / `deleted`, Rails' `Rendered layout`); computed values are
variables (Django's reason phrase in `%s: %s`, Rails' status text, the model's verbose name,
the exception class Oxidized prints, the audit action). Messages built by concatenation with
optional parts are one label per shape (Rails' `Completed` with and without `Views:`).
Tracebacks, the banner's later lines, a prompt's banner lines and omshell's output lines
continue their event and have no label.

Least sure (written from the helper's knowledge; checked against copies of the sources: NetBox
4.0's events and webhooks, rq 1.13's worker, Oxidized's worker, node, nodes, ssh input, hook
and GithubRepo, the Buildkite agent's worker, job runner, process and text printer,
Semaphore's task pool and runner, Foreman's logging layout, report and fact importers and
audit logger, smart-proxy's logger middleware and ISC OMAPI provider): NetBox's API
`Updating %s %s (PK: %s)` / `Deleting ...` wording, the CableAudit script's own messages and
`Script completed in %s`'s duration text; rq's version string and the job description's
truncation; the django-auth-ldap warning's error repr; Oxidized's crash-file naming and the
ModelNotFound node hash rendering; the Buildkite agent's `Configuration loaded`, `Starting %d
Agent(s)`, `Received CTRL-C, ...` for SIGTERM, `Disconnected`, the cancel line's wording and
the API error's rendering; Semaphore's start-up lines and which errors reach `log.Error`;
Foreman's `Failed login attempt` wording, the orchestration failure text and whether the proxy
logs its start-up modules in this order.
"""

from __future__ import annotations

import random
import re
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-06 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 6, h, m, 0, tzinfo=UTC) + sec(s)


# ----------------------------------------------------------------------------------- netbox

NB_PY = "/opt/netbox/venv/lib/python3.11/site-packages"
NB_USERS = ["jdoe", "asmith", "mkovacs", "lchen", "pnair", "rgarcia", "tbauer"]
NB_WORKERS = [2114, 2115, 2116, 2117, 2118]
NB_RACKS = [f"dc1-r{n:02d}" for n in (3, 4, 7, 8, 11, 12, 15, 16)] + [
    f"dc2-r{n:02d}" for n in (1, 2, 5, 6)
]
NB_IFACES = [f"Ethernet1/{n}" for n in range(1, 49)] + [f"xe-0/0/{n}" for n in range(0, 24)]
NB_DNS_HOOK = "https://dnssync.example.com/hooks/netbox"
NB_AWX_HOOK = "https://awx.example.com/api/v2/inventory_sources/7/update/"


def nb_trunc(s: str) -> str:
    """rq's truncate_long_string: a repr longer than 75 characters is cut and marked."""
    return s[:75] + "..." if len(s) > 75 else s


def netbox(r: random.Random) -> list[Log]:
    """One NetBox 4.0 server (gunicorn workers and one rqworker), 06:00 to 12:00: the Ansible
    sync every 30 minutes, users editing, AWX answering 502 08:04-08:09 and down to 08:37, a
    PostgreSQL restart at 09:00, LDAP down 10:05-10:20, Redis restarted at 10:40, the rqworker
    restarted at 11:30, an uptime check hitting the server by IP every five minutes."""
    fs = Files()

    def N(
        t: datetime,
        level: str,
        logger: str,
        label: str,
        msg: str,
        proc: object,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "netbox.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level:<8} [{logger}] {msg}",
                *(more or []),
            ],
            proc,
            1000,
        )

    rq_pid = [2301]

    def Q(t: datetime, label: str, msg: str, more: list[str] | None = None) -> datetime:
        return fs.add(
            "rqworker.log",
            t,
            label,
            lambda x: [f"{x:%H:%M:%S} {msg}", *(more or [])],
            ("rq", rq_pid[0]),
            1_000_000,
        )

    worker_name = [hexid(r, 32)]

    def fr(*frames: tuple[str, int, str, str, str]) -> list[str]:
        out = []
        for f, n, fn, src, carets in frames:
            out.append(f'  File "{f}", line {n}, in {fn}')
            if src:
                out.append(f"    {src}")
                if carets:
                    out.append(f"    {carets}")
        return out

    def tb_django_inner() -> list[str]:
        return fr(
            (
                f"{NB_PY}/django/core/handlers/exception.py",
                55,
                "inner",
                "response = get_response(request)",
                "           ^^^^^^^^^^^^^^^^^^^^^",
            ),
        )

    def disallowed(t: datetime, host: str, path: str) -> None:
        w = r.choice(NB_WORKERS)
        msg = f"Invalid HTTP_HOST header: '{host}'. You may need to add '{host}' to ALLOWED_HOSTS."
        t = N(
            t,
            "ERROR",
            "django.security.DisallowedHost",
            "Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.",
            msg,
            w,
            [
                "Traceback (most recent call last):",
                *tb_django_inner(),
                *fr(
                    (
                        f"{NB_PY}/django/utils/deprecation.py",
                        128,
                        "__call__",
                        "response = self.process_request(request)",
                        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    (
                        f"{NB_PY}/django/middleware/common.py",
                        48,
                        "process_request",
                        "host = request.get_host()",
                        "       ^^^^^^^^^^^^^^^^^^",
                    ),
                    (
                        f"{NB_PY}/django/http/request.py",
                        151,
                        "get_host",
                        "raise DisallowedHost(msg)",
                        "",
                    ),
                ),
                f"django.core.exceptions.DisallowedHost: {msg}",
            ],
        )
        N(t + sec(0.0004), "WARNING", "django.request", "%s: %s", f"Bad Request: {path}", w)

    def pg_error(t: datetime, path: str) -> None:
        w = r.choice(NB_WORKERS)
        err = 'connection failed: connection to server at "10.20.0.21", port 5432 failed: Connection refused'
        N(
            t,
            "ERROR",
            "django.request",
            "%s: %s",
            f"Internal Server Error: {path}",
            w,
            [
                "Traceback (most recent call last):",
                *fr(
                    (
                        f"{NB_PY}/django/db/backends/base/base.py",
                        275,
                        "ensure_connection",
                        "self.connect()",
                        "",
                    ),
                    (
                        f"{NB_PY}/django/utils/asyncio.py",
                        26,
                        "inner",
                        "return func(*args, **kwargs)",
                        "       ^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    (
                        f"{NB_PY}/django/db/backends/base/base.py",
                        256,
                        "connect",
                        "self.connection = self.get_new_connection(conn_params)",
                        "                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    (
                        f"{NB_PY}/django/db/backends/postgresql/base.py",
                        332,
                        "get_new_connection",
                        "connection = self.Database.connect(**conn_params)",
                        "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    (
                        f"{NB_PY}/psycopg/connection.py",
                        748,
                        "connect",
                        "raise last_ex.with_traceback(None)",
                        "",
                    ),
                ),
                f"psycopg.OperationalError: {err}",
                "\tIs the server running on that host and accepting TCP/IP connections?",
                "",
                "The above exception was the direct cause of the following exception:",
                "",
                "Traceback (most recent call last):",
                *tb_django_inner(),
                *fr(
                    (
                        f"{NB_PY}/django/core/handlers/base.py",
                        197,
                        "_get_response",
                        "response = wrapped_callback(request, *callback_args, **callback_kwargs)",
                        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    (
                        "/opt/netbox/netbox/netbox/api/viewsets/__init__.py",
                        108,
                        "dispatch",
                        "return super().dispatch(request, *args, **kwargs)",
                        "       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    (
                        f"{NB_PY}/rest_framework/views.py",
                        506,
                        "dispatch",
                        "self.initial(request, *args, **kwargs)",
                        "",
                    ),
                    (
                        f"{NB_PY}/rest_framework/views.py",
                        423,
                        "initial",
                        "self.perform_authentication(request)",
                        "",
                    ),
                    (
                        f"{NB_PY}/django/db/backends/base/base.py",
                        275,
                        "ensure_connection",
                        "self.connect()",
                        "",
                    ),
                ),
                f"django.db.utils.OperationalError: {err}",
                "\tIs the server running on that host and accepting TCP/IP connections?",
            ],
        )

    def redis_error(t: datetime, path: str) -> None:
        w = r.choice(NB_WORKERS)
        err = "Error 111 connecting to localhost:6379. Connection refused."
        N(
            t,
            "ERROR",
            "django.request",
            "%s: %s",
            f"Internal Server Error: {path}",
            w,
            [
                "Traceback (most recent call last):",
                *fr(
                    (
                        f"{NB_PY}/redis/connection.py",
                        357,
                        "connect",
                        "sock = self.retry.call_with_retry(",
                        "       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    ),
                    (
                        f"{NB_PY}/redis/retry.py",
                        62,
                        "call_with_retry",
                        "return do()",
                        "       ^^^^",
                    ),
                    (
                        f"{NB_PY}/redis/connection.py",
                        358,
                        "<lambda>",
                        "lambda: self._connect(), lambda error: self.disconnect(error)",
                        "        ^^^^^^^^^^^^^^^",
                    ),
                    (f"{NB_PY}/redis/connection.py", 730, "_connect", "raise err", ""),
                    (
                        f"{NB_PY}/redis/connection.py",
                        718,
                        "_connect",
                        "sock.connect(socket_address)",
                        "",
                    ),
                ),
                "ConnectionRefusedError: [Errno 111] Connection refused",
                "",
                "During handling of the above exception, another exception occurred:",
                "",
                "Traceback (most recent call last):",
                *tb_django_inner(),
                *fr(
                    (
                        "/opt/netbox/netbox/netbox/context_managers.py",
                        39,
                        "event_tracking",
                        "flush_events(events_queue.get().values())",
                        "",
                    ),
                    (
                        "/opt/netbox/netbox/extras/events.py",
                        178,
                        "process_event_rules",
                        "rq_queue.enqueue(",
                        "",
                    ),
                    (
                        f"{NB_PY}/redis/connection.py",
                        363,
                        "connect",
                        "raise ConnectionError(self._error_message(e))",
                        "",
                    ),
                ),
                f"redis.exceptions.ConnectionError: {err}",
            ],
        )

    # ---- webhooks: an rq job on the worker, its lines in netbox.log from the work horse
    jobs: list[tuple[datetime, str, dict]] = []

    def hook(
        t: datetime, model: str, event: str, obj_repr: str, pk: int, user: str, rule: str
    ) -> None:
        jobs.append(
            (
                t,
                "webhook",
                dict(model=model, event=event, obj=obj_repr, pk=pk, user=user, rule=rule),
            )
        )

    awx_502 = (at(8, 4, 30), at(8, 9, 0))
    awx_down = (at(8, 9, 0), at(8, 37, 30))
    pg_down = (at(9, 0, 12), at(9, 1, 38))
    ldap_down = (at(10, 5, 0), at(10, 20, 0))
    redis_down = (at(10, 35, 31), at(10, 36, 4))
    rq_restart = at(11, 30, 6)

    def up_pg(t: datetime) -> bool:
        return not (pg_down[0] <= t < pg_down[1])

    # ---- the Ansible sync: every 30 minutes, interfaces, IP addresses, devices
    pk_if = {}
    pk_ip = {}
    pk_dev = {}
    devices = [f"{rk}-sw{n:02d}" for rk in NB_RACKS for n in (1, 2)] + [
        f"{rk}-pdu1" for rk in NB_RACKS[:6]
    ]
    for d in devices:
        pk_dev[d] = r.randint(100, 900)
    t0, t_end = at(6, 0), at(12, 0)
    for run in range(12):
        t = at(6, 5, 0) + sec(1800 * run + r.uniform(0, 20))
        w = r.choice(NB_WORKERS)
        n_if = r.randint(58, 72)
        for _ in range(n_if):
            t += sec(r.uniform(0.25, 0.9))
            d = r.choice(devices[:24])
            iface = r.choice(NB_IFACES)
            key = (d, iface)
            if key not in pk_if:
                pk_if[key] = r.randint(4000, 19999)
            w = r.choice(NB_WORKERS)
            if not up_pg(t):
                pg_error(t, f"/api/dcim/interfaces/{pk_if[key]}/")
                continue
            if redis_down[0] <= t < redis_down[1]:
                redis_error(t, f"/api/dcim/interfaces/{pk_if[key]}/")
                continue
            if r.random() < 0.035:
                N(
                    t,
                    "WARNING",
                    "django.request",
                    "%s: %s",
                    f"Bad Request: /api/dcim/interfaces/{pk_if[key]}/",
                    w,
                )
                continue
            N(
                t,
                "INFO",
                "netbox.api.views.InterfaceViewSet",
                "Updating %s %s (PK: %s)",
                f"Updating interface {iface} (PK: {pk_if[key]})",
                w,
            )
        for _ in range(r.randint(4, 8)):
            t += sec(r.uniform(0.3, 1.2))
            ip = f"10.{r.choice([20, 21, 44])}.{r.randint(1, 30)}.{r.randint(2, 250)}/24"
            pk_ip.setdefault(ip, r.randint(1200, 5200))
            w = r.choice(NB_WORKERS)
            if not up_pg(t):
                pg_error(t, f"/api/ipam/ip-addresses/{pk_ip[ip]}/")
                continue
            if redis_down[0] <= t < redis_down[1]:
                redis_error(t, f"/api/ipam/ip-addresses/{pk_ip[ip]}/")
                continue
            N(
                t,
                "INFO",
                "netbox.api.views.IPAddressViewSet",
                "Updating %s %s (PK: %s)",
                f"Updating IP address {ip} (PK: {pk_ip[ip]})",
                w,
            )
            hook(t + sec(0.05), "ipaddress", "updated", ip, pk_ip[ip], "svc-ansible", "DNS sync")
        if run % 3 == 1:
            t += sec(r.uniform(0.5, 1.5))
            ip = f"10.44.{r.randint(1, 30)}.{r.randint(2, 250)}/24"
            pk = r.randint(5300, 5400)
            w = r.choice(NB_WORKERS)
            N(
                t,
                "INFO",
                "netbox.api.views.IPAddressViewSet",
                "Deleting %s %s (PK: %s)",
                f"Deleting IP address {ip} (PK: {pk})",
                w,
            )
            hook(t + sec(0.05), "ipaddress", "deleted", ip, pk, "svc-ansible", "DNS sync")
        for _ in range(r.randint(2, 5)):
            t += sec(r.uniform(0.4, 1.5))
            d = r.choice(devices)
            w = r.choice(NB_WORKERS)
            if not up_pg(t):
                pg_error(t, f"/api/dcim/devices/{pk_dev[d]}/")
                continue
            N(
                t,
                "INFO",
                "netbox.api.views.DeviceViewSet",
                "Updating %s %s (PK: %s)",
                f"Updating device {d} (PK: {pk_dev[d]})",
                w,
            )
            hook(
                t + sec(0.05),
                "device",
                "updated",
                d,
                pk_dev[d],
                "svc-ansible",
                "AWX inventory refresh",
            )
        # lookups of devices removed from NetBox but still in the playbook's inventory
        for _ in range(r.randint(4, 9)):
            t += sec(r.uniform(0.1, 0.6))
            N(
                t,
                "WARNING",
                "django.request",
                "%s: %s",
                f"Not Found: /api/dcim/devices/{r.choice([87, 91, 93, 412, 415])}/",
                r.choice(NB_WORKERS),
            )

    # ---- users in the UI
    models = [
        (
            "device",
            lambda: r.choice(devices),
            lambda o: pk_dev.get(o, r.randint(100, 900)),
            "AWX inventory refresh",
        ),
        (
            "IP address",
            lambda: f"10.21.{r.randint(1, 30)}.{r.randint(2, 250)}/24",
            lambda o: r.randint(1200, 5200),
            "DNS sync",
        ),
        ("interface", lambda: r.choice(NB_IFACES), lambda o: r.randint(4000, 19999), ""),
        ("cable", lambda: f"#{r.randint(3000, 4200)}", lambda o: int(o[1:]), ""),
        (
            "VLAN",
            lambda: (
                f"{r.choice(['prod', 'mgmt', 'storage', 'guest'])}-{r.randint(100, 399)} ({r.randint(100, 399)})"
            ),
            lambda o: r.randint(20, 300),
            "",
        ),
        (
            "prefix",
            lambda: f"10.{r.choice([20, 21, 44])}.{r.randint(1, 60)}.0/24",
            lambda o: r.randint(300, 900),
            "",
        ),
    ]
    model_key = {"device": "device", "IP address": "ipaddress"}
    sessions = sorted(at(6, 20) + sec(r.uniform(0, 5.3 * 3600)) for _ in range(22))
    for st in sessions:
        u = r.choice(NB_USERS)
        w = r.choice(NB_WORKERS)
        if ldap_down[0] <= st < ldap_down[1]:
            for _ in range(r.randint(1, 3)):
                N(
                    st,
                    "WARNING",
                    "django_auth_ldap",
                    "Caught LDAPError while authenticating %s: %s",
                    f"Caught LDAPError while authenticating {u}: SERVER_DOWN({{'result': -1, 'desc': \"Can't contact LDAP server\", 'errno': 107, 'ctrls': [], 'info': 'Transport endpoint is not connected'}})",
                    r.choice(NB_WORKERS),
                )
                st += sec(r.uniform(15, 60))
            continue
        if not up_pg(st):
            st = pg_down[1] + sec(r.uniform(5, 30))
        N(
            st,
            "INFO",
            "netbox.auth.login",
            "User %s successfully authenticated",
            f"User {u} successfully authenticated",
            w,
        )
        t = st
        for _ in range(r.randint(1, 5)):
            t += sec(r.uniform(40, 400))
            name, mk, pkf, rule = r.choice(models)
            obj = mk()
            pk = pkf(obj)
            w = r.choice(NB_WORKERS)
            if not up_pg(t):
                pg_error(t, f"/dcim/devices/{pk}/edit/")
                continue
            kind = r.choices(["Modified", "Created", "Deleted"], [8, 3, 1])[0]
            logger = (
                "netbox.views.ObjectEditView"
                if kind != "Deleted"
                else "netbox.views.ObjectDeleteView"
            )
            if kind == "Deleted":
                N(t, "INFO", logger, "Deleted %s %s", f"Deleted {name} {obj}", w)
            else:
                N(t, "INFO", logger, f"{kind} %s %s (PK: %s)", f"{kind} {name} {obj} (PK: {pk})", w)
            ev = {"Modified": "updated", "Created": "created", "Deleted": "deleted"}[kind]
            if rule and not (rule.startswith("AWX") and ev == "deleted"):
                hook(t + sec(0.05), model_key[name], ev, obj, pk, u, rule)
        if r.random() < 0.45:
            N(
                t + sec(r.uniform(30, 300)),
                "INFO",
                "netbox.auth.logout",
                "User %s has logged out",
                f"User {u} has logged out",
                r.choice(NB_WORKERS),
            )

    # ---- the uptime check by IP, and stray 404s
    t = at(6, 0, 17)
    while t < t_end:
        disallowed(t + sec(r.uniform(0, 0.2)), "10.20.0.15", "/login/")
        t += sec(300)
    for t in poisson(r, t0, t_end, 600):
        N(
            t,
            "WARNING",
            "django.request",
            "%s: %s",
            f"Not Found: {r.choice(['/api/dcim/devices/', '/api/ipam/prefixes/'])}{r.randint(9000, 9999)}/",
            r.choice(NB_WORKERS),
        )

    # ---- the hourly cable audit script
    for h in range(6, 12):
        jobs.append((at(h, 0, 30) + sec(r.uniform(0, 2)), "script", {}))

    # ---- the rq worker: start-up, maintenance, jobs
    def rq_start(t: datetime) -> datetime:
        N(
            t,
            "WARNING",
            "netbox.rqworker",
            "No queues have been specified. This process will service the following queues by default: %s",
            "No queues have been specified. This process will service the following queues by default: high, default, low",
            ("rq", rq_pid[0]),
        )
        t = Q(
            t + sec(0.3),
            "Worker %s: started, version %s",
            f"Worker rq:worker:{worker_name[0]}: started, version 1.15.1",
        )
        t = Q(t, "Subscribing to channel %s", f"Subscribing to channel rq:pubsub:{worker_name[0]}")
        t = Q(t, "*** Listening on %s...", "*** Listening on high,default,low...")
        return clean(t)

    def clean(t: datetime) -> datetime:
        for q in ("high", "default", "low"):
            t = Q(t, "Cleaning registries for queue: %s", f"Cleaning registries for queue: {q}")
        return t

    rq_start(at(5, 41, 12))
    last_clean = at(5, 41, 12)
    busy = at(5, 50)
    jobs.append((redis_down[0], "redis", {}))
    for jt, kind, d in sorted(jobs, key=lambda x: x[0]):
        t = max(jt + sec(r.uniform(0.2, 0.8)), busy)
        if kind == "redis":
            t = jt
        if rq_restart <= t and rq_pid[0] == 2301:
            t1 = Q(rq_restart, "Warm shut down requested", "Warm shut down requested")
            t1 = Q(
                t1 + sec(0.1),
                "Worker %s: stopping on request",
                f"Worker rq:worker:{worker_name[0]}: stopping on request",
            )
            Q(
                t1,
                "Unsubscribing from channel %s",
                f"Unsubscribing from channel rq:pubsub:{worker_name[0]}",
            )
            rq_pid[0] = 48817
            worker_name[0] = hexid(r, 32)
            busy = rq_start(rq_restart + sec(9.4))
            last_clean = busy
            t = max(t, busy)
        if kind == "redis":
            wait = 1
            tt = redis_down[0]
            while tt < redis_down[1]:
                tt = Q(
                    tt,
                    "Could not connect to Redis instance: Error %s connecting to %s:%s. Connection refused. Retrying in %d seconds...",
                    f"Could not connect to Redis instance: Error 111 connecting to localhost:6379. Connection refused. Retrying in {wait} seconds...",
                )
                tt += sec(wait)
                wait = min(wait * 2, 60)
            busy = tt
            continue
        while True:
            due = last_clean + sec(600)
            cand = busy
            while cand < due:
                cand += sec(405)
            if cand >= t:
                break
            busy = clean(cand)
            last_clean = cand
        if (t - last_clean).total_seconds() > 600:
            t = clean(t)
            last_clean = t
        jid = str(uuid.UUID(int=r.getrandbits(128), version=4))
        horse = r.randint(30000, 60000)
        if kind == "script":
            queue = "default"
            desc = "extras.scripts.run_script(commit=True, data={}, job=<Job: CableAudit>, name='CableAudit', request=None)"
        else:
            queue = "default"
            data = {
                "id": d["pk"],
                "url": f"/api/{'ipam/ip-addresses' if d['model'] == 'ipaddress' else 'dcim/devices'}/{d['pk']}/",
                "display": d["obj"],
                ("address" if d["model"] == "ipaddress" else "name"): d["obj"],
            }
            kw = {
                "data": nb_trunc(repr(data)),
                "event": repr(
                    {"updated": "update", "created": "create", "deleted": "delete"}[d["event"]]
                ),
                "event_rule": f"<EventRule: {d['rule']}>",
                "model_name": repr(d["model"]),
                "request_id": f"UUID('{uuid.UUID(int=r.getrandbits(128), version=4)}')",
                "retry": "None",
                "snapshots": nb_trunc(
                    repr(
                        {
                            "prechange": {
                                "created": "2024-05-21T09:14:02.118Z",
                                "last_updated": "2024-06-05T16:40:11.902Z",
                            }
                        }
                    )
                ),
                "timestamp": repr(f"{jt:%Y-%m-%d %H:%M:%S}.{jt.microsecond:06d}+00:00"),
                "username": repr(d["user"]),
            }
            desc = (
                "extras.webhooks_worker.process_webhook("
                + ", ".join(f"{k}={kw[k]}" for k in sorted(kw))
                + ")"
            )
        t = Q(t, "%s: %s (%s)", f"{queue}: {desc} ({jid})")
        if kind == "script":
            lg = "netbox.scripts.cable_audit.CableAudit"
            tt = N(
                t + sec(0.08),
                "INFO",
                lg,
                "Running script (commit=%s)",
                "Running script (commit=True)",
                ("horse", horse),
            )
            for _ in range(r.randint(0, 3)):
                d = r.choice(devices[:24])
                tt = N(
                    tt + sec(r.uniform(0.2, 2)),
                    "WARNING",
                    lg,
                    "Interface %s on %s is marked connected but has no cable",
                    f"Interface {r.choice(NB_IFACES)} on {d} is marked connected but has no cable",
                    ("horse", horse),
                )
            dur = r.uniform(6, 14)
            tt = N(
                t + sec(dur - 0.05),
                "INFO",
                lg,
                "Found %s interfaces with a complete cable path",
                f"Found {r.randint(1710, 1760)} interfaces with a complete cable path",
                ("horse", horse),
            )
            tt = N(
                tt,
                "INFO",
                lg,
                "Script completed in %s",
                f"Script completed in 0 minutes, {dur:.2f} seconds",
                ("horse", horse),
            )
            t = Q(tt + sec(0.02), "%s: Job OK (%s)", f"{queue}: Job OK ({jid})")
            busy = Q(t, "Result is kept for %s seconds", "Result is kept for 500 seconds")
            continue
        url = NB_DNS_HOOK if d["rule"] == "DNS sync" else NB_AWX_HOOK
        tt = N(
            t + sec(r.uniform(0.03, 0.08)),
            "INFO",
            "netbox.webhooks_worker",
            "Sending %s request to %s (%s %s)",
            f"Sending POST request to {url} ({d['model']} {d['event']})",
            ("horse", horse),
        )
        is_awx = url == NB_AWX_HOOK
        if is_awx and awx_down[0] <= tt < awx_down[1]:
            host = "awx.example.com"
            path = "/api/v2/inventory_sources/7/update/"
            obj = f"0x7f{hexid(r, 10)}"
            cause = f"NewConnectionError('<urllib3.connection.HTTPSConnection object at {obj}>: Failed to establish a new connection: [Errno 111] Connection refused')"
            mre = f"HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded with url: {path} (Caused by {cause})"
            t = Q(
                tt + sec(0.02),
                "[Job %s]: exception raised while executing (%s)",
                f"[Job {jid}]: exception raised while executing (extras.webhooks_worker.process_webhook)",
                [
                    "Traceback (most recent call last):",
                    *fr(
                        (
                            f"{NB_PY}/urllib3/connection.py",
                            198,
                            "_new_conn",
                            "sock = connection.create_connection(",
                            "       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                        ),
                        (
                            f"{NB_PY}/urllib3/util/connection.py",
                            85,
                            "create_connection",
                            "raise err",
                            "",
                        ),
                        (
                            f"{NB_PY}/urllib3/util/connection.py",
                            73,
                            "create_connection",
                            "sock.connect(sa)",
                            "",
                        ),
                    ),
                    "ConnectionRefusedError: [Errno 111] Connection refused",
                    "",
                    "The above exception was the direct cause of the following exception:",
                    "",
                    "Traceback (most recent call last):",
                    *fr(
                        (
                            f"{NB_PY}/requests/adapters.py",
                            486,
                            "send",
                            "resp = conn.urlopen(",
                            "       ^^^^^^^^^^^^^",
                        ),
                        (
                            f"{NB_PY}/urllib3/util/retry.py",
                            515,
                            "increment",
                            "raise MaxRetryError(_pool, url, reason) from reason  # type: ignore[arg-type]",
                            "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                        ),
                    ),
                    f"urllib3.exceptions.MaxRetryError: {mre}",
                    "",
                    "During handling of the above exception, another exception occurred:",
                    "",
                    "Traceback (most recent call last):",
                    *fr(
                        (
                            f"{NB_PY}/rq/worker.py",
                            1431,
                            "perform_job",
                            "rv = job.perform()",
                            "     ^^^^^^^^^^^^^",
                        ),
                        (
                            f"{NB_PY}/rq/job.py",
                            1280,
                            "perform",
                            "self._result = self._execute()",
                            "               ^^^^^^^^^^^^^^^",
                        ),
                        (
                            f"{NB_PY}/rq/job.py",
                            1317,
                            "_execute",
                            "result = self.func(*self.args, **self.kwargs)",
                            "         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                        ),
                        (
                            "/opt/netbox/netbox/extras/webhooks_worker.py",
                            119,
                            "process_webhook",
                            "response = session.send(prepared_request, proxies=settings.HTTP_PROXIES)",
                            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                        ),
                        (
                            f"{NB_PY}/requests/sessions.py",
                            703,
                            "send",
                            "r = adapter.send(request, **kwargs)",
                            "    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                        ),
                        (
                            f"{NB_PY}/requests/adapters.py",
                            519,
                            "send",
                            "raise ConnectionError(e, request=request)",
                            "",
                        ),
                    ),
                    f"requests.exceptions.ConnectionError: {mre}",
                ],
            )
            busy = t
            continue
        if is_awx and awx_502[0] <= tt < awx_502[1]:
            body = "b'<html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>\\r\\n<center><h1>502 Bad Gateway</h1></center>\\r\\n<hr><center>nginx/1.24.0</center>\\r\\n</body>\\r\\n</html>\\r\\n'"
            tt = N(
                tt + sec(r.uniform(0.02, 0.2)),
                "WARNING",
                "netbox.webhooks_worker",
                "Request failed; response status %s: %s",
                f"Request failed; response status 502: {body}",
                ("horse", horse),
            )
            t = Q(
                tt + sec(0.01),
                "[Job %s]: exception raised while executing (%s)",
                f"[Job {jid}]: exception raised while executing (extras.webhooks_worker.process_webhook)",
                [
                    "Traceback (most recent call last):",
                    *fr(
                        (
                            f"{NB_PY}/rq/worker.py",
                            1431,
                            "perform_job",
                            "rv = job.perform()",
                            "     ^^^^^^^^^^^^^^^^^^",
                        ),
                        (
                            f"{NB_PY}/rq/job.py",
                            1280,
                            "perform",
                            "self._result = self._execute()",
                            "               ^^^^^^^^^^^^^^^",
                        ),
                        (
                            f"{NB_PY}/rq/job.py",
                            1317,
                            "_execute",
                            "result = self.func(*self.args, **self.kwargs)",
                            "         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                        ),
                        (
                            "/opt/netbox/netbox/extras/webhooks_worker.py",
                            126,
                            "process_webhook",
                            "raise requests.exceptions.RequestException(",
                            "",
                        ),
                    ),
                    f"requests.exceptions.RequestException: Status 502 returned with content '{body}', webhook FAILED to process.",
                ],
            )
            busy = t
            continue
        status = 200 if not is_awx else 202
        tt = N(
            tt + sec(r.uniform(0.05, 0.6)),
            "INFO",
            "netbox.webhooks_worker",
            "Request succeeded; response status %s",
            f"Request succeeded; response status {status}",
            ("horse", horse),
        )
        t = Q(tt + sec(0.01), "%s: Job OK (%s)", f"{queue}: Job OK ({jid})")
        busy = Q(t, "Result is kept for %s seconds", "Result is kept for 500 seconds")
    # maintenance while idle after the last job
    cand = busy
    while True:
        due = last_clean + sec(600)
        while cand < due:
            cand += sec(405)
        if cand >= t_end:
            break
        cand = clean(cand)
        last_clean = cand
    return fs.logs(t0)


# --------------------------------------------------------------------------------- oxidized

OX_REPO = "/home/oxidized/.config/oxidized/configs.git"
OX_REMOTE = "git@gitlab.example.com:netops/oxidized-configs.git"
OX_PROMPT = "(?-mix:^([\\w.@()-]+[#>]\\s?)$)"


def oxidized(r: random.Random) -> list[Log]:
    """One Oxidized 0.30 (Ruby Logger, INFO) polling 348 devices every hour with 24 threads,
    06:00 to 12:00: 24 decommissioned devices still in the NetBox export timing out every
    cycle, the Lyon branch unreachable 07:40-09:10, the TACACS servers failing the dc group's
    logins 09:30-10:10, a replaced access switch with a new host key, a firewall whose new
    login banner breaks prompt detection, a model raising NoMethodError on an old switch,
    GitLab down 10:30-10:52 (the push hook failing), two new switches with a mistyped model in
    the source, the hourly SIGHUP reload, and a restart at 11:15."""
    fs = Files()
    pid = [2811]

    def L(t: datetime, sev: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "oxidized.log",
            t,
            label,
            lambda x: [
                f"{sev[0]}, [{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d} #{pid[0]}] {sev:>5} -- : {lines[0]}",
                *lines[1:],
            ],
            ("ox", pid[0]),
            1,
        )

    # the inventory
    nodes: list[tuple[str, str, str, str]] = []  # group, name, ip, model
    for i in range(1, 9):
        nodes.append(("core", f"core-rt{i:02d}", f"10.10.0.{i}", "junos"))
    for i in range(1, 41):
        nodes.append(("dc", f"dc-leaf{i:02d}", f"10.10.1.{20 + i}", "nxos"))
    sites = [
        "lyon",
        "lille",
        "nantes",
        "bordeaux",
        "rennes",
        "nice",
        "brest",
        "metz",
        "dijon",
        "tours",
        "caen",
        "reims",
    ]
    for si, site in enumerate(sites):
        for i in range(1, 14):
            nodes.append(("branch", f"br-{site}-sw{i:02d}", f"10.44.{si + 1}.{i + 1}", "ios"))
        nodes.append(("branch", f"br-{site}-rt01", f"10.44.{si + 1}.1", "ios"))
    for b in range(1, 9):
        for i in range(1, 17):
            nodes.append(
                (
                    "access",
                    f"sw-acc-b{b}-{i:02d}",
                    f"10.30.{b}.{10 + i}",
                    r.choice(["ios", "ios", "aoscx"]),
                )
            )
    for i in range(1, 5):
        nodes.append(("dmz", f"fw-dmz-{i:02d}", f"10.60.0.{i + 1}", "fortios"))
    dead = [n for n in nodes if n[0] == "branch" and "-lyon-" not in n[1]][::6][:24]
    lyon = [n for n in nodes if "-lyon-" in n[1]]
    newkey = next(n for n in nodes if n[1] == "sw-acc-b2-07")
    banner = next(n for n in nodes if n[1] == "fw-dmz-02")
    crashy = next(n for n in nodes if n[1] == "sw-acc-b5-03")
    bad_new = [("access", "sw-acc-b9-01", "10.30.9.11"), ("access", "sw-acc-b9-02", "10.30.9.12")]

    def load(t: datetime) -> datetime:
        t = L(
            t,
            "INFO",
            "lib/oxidized/nodes.rb: Loading nodes",
            ["lib/oxidized/nodes.rb: Loading nodes"],
        )
        t += sec(r.uniform(0.6, 1.4))
        for g, n, ip in bad_new:
            t = L(
                t + sec(r.uniform(0.001, 0.01)),
                "ERROR",
                "node %s raised %s with message '%s not found for node %s'",
                [
                    f'node {{name: "{n}", ip: "{ip}", model: "arubacx", group: "{g}"}} raised Oxidized::ModelNotFound with message \'arubacx not found for node {ip}\''
                ],
            )
        return L(
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            "lib/oxidized/nodes.rb: Loaded %s nodes",
            [f"lib/oxidized/nodes.rb: Loaded {len(nodes)} nodes"],
        )

    def start(t: datetime) -> datetime:
        t = L(
            t,
            "INFO",
            "Oxidized starting, running as pid %s",
            [f"Oxidized starting, running as pid {pid[0]}"],
        )
        return load(t + sec(0.02))

    t0, t_end = at(6, 0), at(12, 0)
    start(at(5, 58, 11.412))
    restart = at(11, 15, 4.2)
    gitlab_down = (at(10, 30, 0), at(10, 52, 0))
    tacacs = (at(9, 30, 0), at(10, 10, 0))
    lyon_down = (at(7, 40, 0), at(9, 10, 0))
    hook_obj = f"0x00007f{hexid(r, 10)}"

    def failure(n: tuple[str, str, str, str], t: datetime) -> tuple[str, list[str]] | None:
        g, name, ip, _model = n
        if n in dead:
            if dead.index(n) % 3 == 0:
                return (
                    '%s raised %s with msg "execution expired"',
                    [f'{ip} raised Timeout::Error with msg "execution expired"'],
                )
            return (
                '%s raised %s (rescued %s) with msg "Net::SSH::ConnectionTimeout"',
                [
                    f'{ip} raised Net::SSH::ConnectionTimeout (rescued RuntimeError) with msg "Net::SSH::ConnectionTimeout"'
                ],
            )
        if n in lyon and lyon_down[0] <= t < lyon_down[1]:
            return (
                '%s raised %s with msg "No route to host - connect(2) for %s:%s"',
                [
                    f'{ip} raised Errno::EHOSTUNREACH with msg "No route to host - connect(2) for {ip}:22"'
                ],
            )
        if g == "dc" and tacacs[0] <= t < tacacs[1]:
            return (
                '%s raised %s with msg "Authentication failed for user %s@%s"',
                [
                    f'{ip} raised Net::SSH::AuthenticationFailed with msg "Authentication failed for user oxidized@{ip}"'
                ],
            )
        if n == newkey and t < at(10, 45):
            return (
                '%s raised %s (rescued %s) with msg "fingerprint %s does not match for %s"',
                [
                    f'{ip} raised Net::SSH::HostKeyMismatch (rescued RuntimeError) with msg "fingerprint SHA256:Xq3vG8mT1kR0pLz9w2Yb7cN5dF4hJ6sA+eU1iO0QvKc does not match for \\"{ip}\\""'
                ],
            )
        if n == banner:
            return (
                '%s raised %s with msg "%s not matching configured prompt %s"',
                [
                    f'{ip} raised Oxidized::PromptUndetect with msg "',
                    "*** Authorised access only - all sessions are recorded ***",
                    f'{name} $  not matching configured prompt {OX_PROMPT}"',
                ],
            )
        if n == crashy:
            return (
                '%s raised %s with msg "undefined method %s for nil:NilClass", %s saved',
                [
                    f'{ip} raised NoMethodError with msg "undefined method `[]\' for nil:NilClass", {ip} saved'
                ],
            )
        return None

    # the polling: one cycle an hour, 24 threads, a failed node retried right away (3 retries)
    cycle_start = at(5, 58, 14)
    order = list(nodes)
    r.shuffle(order)
    k = 0
    t = cycle_start
    while t < t_end:
        # a cycle takes about 40 minutes; nodes are spread over it
        for n in order:
            t = cycle_start + sec(k * 3600 / len(order) * 0.7 + r.uniform(0, 5))
            k += 1
            if t >= t_end:
                break
            if restart - sec(30) <= t < restart + sec(40):
                continue
            g, name, _ip, _model = n
            f = failure(n, t)
            if f is None:
                if r.random() < 0.07 and g != "core":
                    te = t + sec(r.uniform(3, 14))
                    te = L(
                        te,
                        "INFO",
                        "Configuration updated for %s/%s",
                        [f"Configuration updated for {g}/{name}"],
                    )
                    te = L(
                        te + sec(r.uniform(0.01, 0.05)),
                        "INFO",
                        "Pushing local repository(%s)...",
                        [f"GithubRepo: Pushing local repository({OX_REPO}/)..."],
                    )
                    te = L(
                        te + sec(0.0004),
                        "INFO",
                        "to remote: %s",
                        [f"GithubRepo: to remote: {OX_REMOTE}"],
                    )
                    if gitlab_down[0] <= te < gitlab_down[1]:
                        L(
                            te + sec(r.uniform(0.02, 0.1)),
                            "ERROR",
                            "Hook %s (%s) failed (#<%s: failed to connect to %s: Connection refused>) for event %s",
                            [
                                f"Hook push_to_gitlab (#<GithubRepo:{hook_obj}>) failed (#<Rugged::NetworkError: failed to connect to gitlab.example.com: Connection refused>) for event :post_store"
                            ],
                        )
                continue
            label, lines = f
            ta = t
            for attempt in range(4):
                ta += sec(
                    r.uniform(20, 31)
                    if "expired" in label or "Timeout" in label
                    else r.uniform(0.5, 6)
                )
                sev = "ERROR" if "saved" in label else "WARN"
                ta = L(ta, sev, label, lines)
                if attempt < 3:
                    ta = L(
                        ta + sec(r.uniform(0.0005, 0.003)),
                        "WARN",
                        "%s/%s status %s, retry attempt %s",
                        [f"{g}/{name} status no_connection, retry attempt {attempt + 1}"],
                    )
                else:
                    ta = L(
                        ta + sec(r.uniform(0.0005, 0.003)),
                        "WARN",
                        "%s/%s status %s, retries exhausted, giving up",
                        [f"{g}/{name} status no_connection, retries exhausted, giving up"],
                    )
        cycle_start += sec(3600)
        k = 0
        if cycle_start >= t_end:
            break
    # the hourly reload after the NetBox export
    for h in range(6, 12):
        tr = at(h, 10, 2) + sec(r.uniform(0, 1))
        if abs((tr - restart).total_seconds()) < 120:
            continue
        load(tr)
    # a node removed from the source while it was being collected
    L(
        at(8, 10, 3.2),
        "WARN",
        "%s not found, removed while collecting?",
        ["br-brest-sw09 not found, removed while collecting?"],
    )
    # the restart
    pid[0] = 40233
    start(restart + sec(3.8))
    return fs.logs(t0)


# -------------------------------------------------------------------------------- buildkite

BK_HOSTS = ["ci-linux-01", "ci-linux-02", "ci-linux-03"]
BK_BANNER = [
    "  _           _ _     _ _    _ _                                _",
    " | |         (_) |   | | |  (_) |                              | |",
    " | |__  _   _ _| | __| | | ___| |_ ___    __ _  __ _  ___ _ __ | |_",
    " | '_ \\| | | | | |/ _` | |/ / | __/ _ \\  / _` |/ _` |/ _ \\ '_ \\| __|",
    " | |_) | |_| | | | (_| |   <| | ||  __/ | (_| | (_| |  __/ | | | |_",
    " |_.__/ \\__,_|_|_|\\__,_|_|\\_\\_|\\__\\___|  \\__,_|\\__, |\\___|_| |_|\\__|",
    "                                                __/ |",
    " https://buildkite.com/agent                    |___/",
    "",
]
BK_PIPELINES = [
    # slug, weight, steps (name, duration range s)
    (
        "web-app",
        5,
        [
            ("lint", (25, 70)),
            ("unit", (120, 420)),
            ("build-image", (180, 360)),
            ("e2e", (300, 720)),
        ],
    ),
    ("api-gateway", 4, [("lint", (20, 50)), ("unit", (90, 240)), ("build-image", (150, 300))]),
    (
        "billing-service",
        2,
        [("unit", (200, 500)), ("integration", (400, 900)), ("build-image", (150, 280))],
    ),
    ("infra-terraform", 2, [("fmt", (10, 25)), ("plan", (60, 200))]),
    ("docs-site", 1, [("build", (40, 120)), ("publish", (20, 60))]),
]


def bk_dur(s: float, r: random.Random) -> str:
    """Go's time.Duration.String() of time.Since(...) (nanoseconds shown)."""
    ns = int(s * 1e6) * 1000 + r.randint(0, 999)
    if s < 60:
        return f"{ns / 1e9:.9f}".rstrip("0").rstrip(".") + "s"
    m, rest = divmod(ns, 60 * 10**9)
    return f"{m}m" + f"{rest / 1e9:.9f}".rstrip("0").rstrip(".") + "s"


def buildkite(r: random.Random) -> list[Log]:
    """Three CI hosts (ci-linux-01..03) each running buildkite-agent 3.73 with --spawn 3,
    06:00 to 12:00: builds of five pipelines, the agent API returning 502 08:00-08:03 (failed
    pings, heartbeat and finish retries), ci-linux-02's /tmp full 09:40-09:56 (jobs failing to
    initialise), superseded builds cancelled, ci-linux-03 upgraded and restarted at 10:30."""
    fs = Files()
    ver = {h: "3.73.1" for h in BK_HOSTS}
    pids = {"ci-linux-01": 1187, "ci-linux-02": 1203, "ci-linux-03": 1176}

    def B(
        h: str,
        t: datetime,
        level: str,
        agent: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        pre = f"{agent} " if agent else ""
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {level:<6} {pre}{msg}", *(more or [])],
            h,
            1_000_000,
        )

    def start(h: str, t: datetime) -> datetime:
        t = fs.add(f"{h}.log", t, BK_BANNER[0], lambda x: list(BK_BANNER), h, 1_000_000)
        t = B(
            h,
            t,
            "NOTICE",
            "",
            "Starting buildkite-agent v%s with PID: %s",
            f"Starting buildkite-agent v{ver[h]} with PID: {pids[h]}",
        )
        t = B(
            h,
            t,
            "NOTICE",
            "",
            "The agent source code can be found here: https://github.com/buildkite/agent",
            "The agent source code can be found here: https://github.com/buildkite/agent",
        )
        t = B(
            h,
            t,
            "NOTICE",
            "",
            "For questions and support, email us at: hello@buildkite.com",
            "For questions and support, email us at: hello@buildkite.com",
        )
        t = B(
            h,
            t,
            "INFO",
            "",
            "Configuration loaded",
            "Configuration loaded path=/etc/buildkite-agent/buildkite-agent.cfg",
        )
        for i in range(1, 4):
            t = B(
                h,
                t + sec(0.2),
                "INFO",
                "",
                "Registering agent %d of %d with Buildkite...",
                f"Registering agent {i} of 3 with Buildkite...",
            )
            t = B(
                h,
                t + sec(r.uniform(0.3, 0.9)),
                "INFO",
                "",
                'Successfully registered agent "%s" with tags [%s]',
                f'Successfully registered agent "{h}-{i}" with tags [queue=default, os=linux, arch=amd64, docker=true]',
            )
        t = B(h, t, "INFO", "", "Starting %d Agent(s)", "Starting 3 Agent(s)")
        t = B(
            h,
            t,
            "INFO",
            "",
            "You can press Ctrl-C to stop the agents",
            "You can press Ctrl-C to stop the agents",
        )
        for i in range(1, 4):
            t = B(
                h,
                t + sec(0.1),
                "INFO",
                f"{h}-{i}",
                "Connecting to Buildkite...",
                "Connecting to Buildkite...",
            )
            t = B(
                h,
                t + sec(0.2),
                "INFO",
                f"{h}-{i}",
                "Waiting for instructions...",
                "Waiting for instructions...",
            )
        return t

    t0, t_end = at(6, 0), at(12, 0)
    api_down = (at(8, 0, 20), at(8, 3, 20))
    disk_full = (at(9, 40, 10), at(9, 56, 30))
    upgrade = at(10, 30, 5)
    for i, h in enumerate(BK_HOSTS):
        start(h, at(5, 54, 40) + sec(47 * i))
    agents = [(h, i) for h in BK_HOSTS for i in range(1, 4)]
    free = {a: at(5, 58) for a in agents}
    last_ok = {a: at(5, 58) for a in agents}
    busy_spans: dict[tuple[str, int], list[tuple[datetime, datetime]]] = {a: [] for a in agents}
    build_no = {p[0]: r.randint(9000, 19000) for p in BK_PIPELINES}

    def job_id(t: datetime) -> str:
        ms = int(t.timestamp() * 1000)
        h = f"{ms:012x}" + hexid(r, 20)
        return f"{h[:8]}-{h[8:12]}-7{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"

    def api_err(t: datetime) -> bool:
        return api_down[0] <= t < api_down[1]

    builds = poisson(r, t0, t_end - sec(600), 195)
    weights = [p[1] for p in BK_PIPELINES]
    jobs: list[tuple[datetime, str, str, tuple[int, int], bool]] = []
    for bt in builds:
        slug, _w, steps = r.choices(BK_PIPELINES, weights)[0]
        build_no[slug] += 1
        cancel = r.random() < 0.05
        tt = bt
        for si, (_step, (lo, hi)) in enumerate(steps):
            jobs.append(
                (
                    tt + sec(r.uniform(1, 4)),
                    slug,
                    f"https://buildkite.com/acme/{slug}/builds/{build_no[slug]}",
                    (lo, hi),
                    cancel and si == len(steps) - 1,
                )
            )
            tt += sec(r.uniform(lo, hi) * 0.6)
    upgraded = False
    for jt, _slug, url, (lo, hi), cancel in sorted(jobs, key=lambda x: x[0]):
        if not upgraded and jt >= upgrade:
            upgraded = True
            h = "ci-linux-03"
            B(
                h,
                upgrade,
                "INFO",
                "",
                "Received CTRL-C, send again to forcefully kill the agent(s)",
                "Received CTRL-C, send again to forcefully kill the agent(s)",
            )
            ends = []
            for i in range(1, 4):
                a = (h, i)
                if free[a] > upgrade:
                    B(
                        h,
                        upgrade + sec(0.01),
                        "INFO",
                        f"{h}-{i}",
                        "Gracefully stopping agent. Waiting for current job to finish before disconnecting...",
                        "Gracefully stopping agent. Waiting for current job to finish before disconnecting...",
                    )
                    ends.append((free[a] + sec(0.5), i))
                else:
                    B(
                        h,
                        upgrade + sec(0.01),
                        "INFO",
                        f"{h}-{i}",
                        "Gracefully stopping agent. Since there is no job running, the agent will disconnect immediately",
                        "Gracefully stopping agent. Since there is no job running, the agent will disconnect immediately",
                    )
                    ends.append((upgrade + sec(0.3), i))
            last = upgrade
            for te, i in sorted(ends):
                te = B(h, te, "INFO", f"{h}-{i}", "Disconnecting...", "Disconnecting...")
                last = B(h, te + sec(0.3), "INFO", f"{h}-{i}", "Disconnected", "Disconnected")
            ver[h] = "3.74.0"
            pids[h] = 48812
            back = start(h, last + sec(6.2))
            for i in range(1, 4):
                free[(h, i)] = back + sec(1)
                last_ok[(h, i)] = back
        cands = sorted(agents, key=lambda a: (max(free[a], jt), r.random()))
        a = cands[0]
        h, i = a
        ag = f"{h}-{i}"
        ts = max(free[a], jt) + sec(r.uniform(0.5, 9))
        jid = job_id(ts)
        ts = B(
            h, ts, "INFO", ag, "Assigned job %s. Accepting...", f"Assigned job {jid}. Accepting..."
        )
        if h == "ci-linux-02" and disk_full[0] <= ts < disk_full[1]:
            ts = B(
                h,
                ts + sec(0.3),
                "ERROR",
                ag,
                "Failed to initialize job: open %s: no space left on device",
                f"Failed to initialize job: open /tmp/job-env-{jid}{r.randint(100000000, 4294967295)}: no space left on device",
            )
            free[a] = ts + sec(r.uniform(2, 10))
            continue
        ts = B(
            h,
            ts + sec(0.3),
            "INFO",
            ag,
            "Starting job %s for build at %s",
            f"Starting job {jid} for build at {url}",
        )
        pid = r.randint(20000, 4000000)
        ts = B(
            h,
            ts + sec(0.2),
            "INFO",
            ag,
            "[Process] Process is running with PID: %d",
            f"[Process] Process is running with PID: {pid}",
        )
        dur = r.uniform(lo, hi)
        te = ts + sec(dur)
        if cancel:
            tc = ts + sec(dur * r.uniform(0.2, 0.7))
            B(
                h,
                tc,
                "INFO",
                ag,
                "Canceling job %s with a grace period of %ds%s",
                f"Canceling job {jid} with a grace period of 10s",
            )
            te = B(
                h,
                tc + sec(r.uniform(1, 4)),
                "INFO",
                ag,
                "Process with PID: %d finished with Exit Status: %d, Signal: %s",
                f"Process with PID: {pid} finished with Exit Status: -1, Signal: SIGTERM",
            )
        else:
            code = r.choices([0, 1, 2, 128], [88, 9, 2, 1])[0]
            te = B(
                h,
                te,
                "INFO",
                ag,
                "Process with PID: %d finished with Exit Status: %d, Signal: %s",
                f"Process with PID: {pid} finished with Exit Status: {code}, Signal: nil",
            )
        if api_err(te):
            n = 1
            tr = te
            while api_err(tr) and n <= 7:
                wait = 2**n
                tr = B(
                    h,
                    tr + sec(0.3),
                    "WARN",
                    ag,
                    "%s %s: 502 Bad Gateway (Attempt %d/%d Retrying in %s)",
                    f"PUT https://agent.buildkite.com/v3/jobs/{jid}/finish: 502 Bad Gateway (Attempt {n}/7 Retrying in {wait}s)",
                )
                tr += sec(wait)
                n += 1
            te = tr
        te = B(
            h,
            te + sec(0.4),
            "INFO",
            ag,
            "Finished job %s for build at %s",
            f"Finished job {jid} for build at {url}",
        )
        busy_spans[a].append((ts, te))
        free[a] = te
        last_ok[a] = te
    # the API outage: idle agents fail their pings, every agent its heartbeat
    for a in agents:
        h, i = a
        ag = f"{h}-{i}"
        t = api_down[0] + sec(r.uniform(0, 10))
        ok = api_down[0] - sec(r.uniform(0, 10))
        while t < api_down[1]:
            if not any(s <= t < e for s, e in busy_spans[a]):
                B(
                    h,
                    t,
                    "WARN",
                    ag,
                    "Failed to ping: %s %s: 502 Bad Gateway (Last successful was %s ago)",
                    f"Failed to ping: GET https://agent.buildkite.com/v3/ping: 502 Bad Gateway (Last successful was {bk_dur((t - ok).total_seconds(), r)} ago)",
                )
            t += sec(10 + r.uniform(-0.5, 0.5))
        hb = api_down[0] + sec(r.uniform(0, 60))
        hb_ok = hb - sec(60)
        while hb < api_down[1]:
            tr = hb
            for n in range(1, 11):
                if not api_err(tr):
                    break
                tr = B(
                    h,
                    tr,
                    "WARN",
                    ag,
                    "%s %s: 502 Bad Gateway (Attempt %d/%d Retrying in %s)",
                    f"POST https://agent.buildkite.com/v3/heartbeat: 502 Bad Gateway (Attempt {n}/10 Retrying in 5s)",
                )
                tr += sec(5)
            else:
                B(
                    h,
                    tr,
                    "ERROR",
                    ag,
                    "Failed to heartbeat %s %s: 502 Bad Gateway. Will try again in %s. (Last successful was %s ago)",
                    f"Failed to heartbeat POST https://agent.buildkite.com/v3/heartbeat: 502 Bad Gateway. Will try again in 1m0s. (Last successful was {bk_dur((tr - hb_ok).total_seconds(), r)} ago)",
                )
            hb += sec(60)
    return fs.logs(t0)


# -------------------------------------------------------------------------------- semaphore

SM_TEMPLATES = [
    # project, name, period (min) or 0 for manual/API, duration range (s)
    ("infra", "Health check prod", 2, (8, 25)),
    ("infra", "Health check staging", 3, (8, 20)),
    ("infra", "Health check dr-site", 3, (8, 22)),
    ("infra", "Collect facts", 15, (60, 180)),
    ("infra", "Backup network configs", 60, (90, 240)),
    ("infra", "Patch Linux fleet", 0, (600, 1500)),
    ("infra", "Rotate TLS certificates", 0, (40, 120)),
    ("apps", "Deploy web-api", 0, (120, 360)),
    ("apps", "Run DB migrations", 0, (30, 200)),
    ("apps", "Restart workers", 0, (20, 60)),
]


def semaphore(r: random.Random) -> list[Log]:
    """Semaphore UI 2.10 in Docker (`docker logs` of its container: logrus text, the start-up
    lines printed with fmt, go-sql-driver/mysql's and net/http's standard-logger lines), 06:00
    to 12:00: scheduled health checks every 2-3 minutes, facts and backups, deploys triggered
    by CI through the API, MySQL restarted at 09:15 (failed task output writes, bad idle
    connections), the LDAP server unreachable 07:20-07:35 and a user with a wrong password,
    the mail relay refusing alert mails, and an upgrade restart at 11:05."""
    fs = Files()

    def S(t: datetime, level: str, label: str, msg: str) -> datetime:
        m = msg.replace("\\", "\\\\").replace('"', '\\"')
        return fs.add(
            "semaphore.log",
            t,
            label,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%SZ}" level={level} msg="{m}"'],
            "semaphore",
            1_000_000,
        )

    def P(t: datetime, label: str, msg: str) -> datetime:
        return fs.add("semaphore.log", t, label, lambda x: [msg], "semaphore", 1_000_000)

    def G(t: datetime, prefix: str, where: str, label: str, msg: str) -> datetime:
        return fs.add(
            "semaphore.log",
            t,
            label,
            lambda x: [f"{prefix}{x:%Y/%m/%d %H:%M:%S} {where}{msg}"],
            "semaphore",
            1_000_000,
        )

    def start(t: datetime, version: str) -> datetime:
        t = P(t, "Loading config", "Loading config")
        t = P(t, "Validating config", "Validating config")
        t = P(t, "MySQL %s@%s %s", "MySQL semaphore@mysql:3306 semaphore")
        t = P(t, "Tmp Path (projects home) %s", "Tmp Path (projects home) /tmp/semaphore")
        t = P(t, "Semaphore %s", f"Semaphore {version}")
        t = P(t, "Interface %s", "Interface ")
        t = P(t, "Port %s", "Port :3000")
        return P(t, "Server is running", "Server is running")

    t0, t_end = at(6, 0), at(12, 0)
    restart = at(11, 5, 12)
    db_down = (at(9, 15, 3), at(9, 16, 40))
    ldap_down = (at(7, 20, 0), at(7, 35, 0))
    mail_down = (at(8, 30, 0), at(9, 50, 0))
    start(at(5, 51, 20), "v2.10.7")
    start(restart + sec(4), "v2.10.11")

    tasks: list[tuple[datetime, tuple]] = []
    for tpl in SM_TEMPLATES:
        _p, name, period, _d = tpl
        if period:
            t = at(6, 0) + sec(r.uniform(0.2, 1.5))
            while t < t_end:
                if not (restart - sec(5) <= t < restart + sec(15)):
                    tasks.append((t + sec(r.uniform(0, 0.8)), tpl))
                t += sec(period * 60)
    manual = [
        ("Deploy web-api", 16),
        ("Run DB migrations", 5),
        ("Restart workers", 7),
        ("Rotate TLS certificates", 2),
        ("Patch Linux fleet", 2),
    ]
    for name, n in manual:
        tpl = next(x for x in SM_TEMPLATES if x[1] == name)
        for _ in range(n):
            tt = at(6, 30) + sec(r.uniform(0, 5.3 * 3600))
            if not (restart - sec(5) <= tt < restart + sec(15)):
                tasks.append((tt, tpl))
    task_id = [48120]
    running: dict[str, datetime] = {}
    pending: list[tuple[datetime, int, tuple]] = []
    for tt, tpl in sorted(tasks, key=lambda x: x[0]):
        task_id[0] += 1
        pending.append((tt, task_id[0], tpl))
    for tt, tid, tpl in pending:
        _project, name, _period, (lo, hi) = tpl
        t = S(tt, "info", "Task %s added to queue", f"Task {tid} added to queue")
        # the pool ticks every 5 s; a template already running blocks its next task
        tick = t + sec(5 - (t.timestamp() % 5) + r.uniform(0.001, 0.01))
        if name in running and running[name] > tick:
            tick = running[name] + sec(5 - (running[name].timestamp() % 5) + 0.005)
        t = S(
            tick,
            "info",
            "Set resource locker with TaskRunner %s",
            f"Set resource locker with TaskRunner {tid}",
        )
        t = S(t, "info", "Task %s removed from queue", f"Task {tid} removed from queue")
        dur = r.uniform(lo, hi)
        te = t + sec(dur)
        if db_down[0] <= te < db_down[1] + sec(30):
            te = S(
                te,
                "error",
                "dial tcp %s: connect: connection refused",
                "dial tcp 172.19.0.3:3306: connect: connection refused",
            )
        failed = name.startswith("Health check") and r.random() < 0.04
        if failed and mail_down[0] <= te < mail_down[1]:
            te = S(
                te + sec(0.5),
                "error",
                "dial tcp %s: connect: connection refused",
                "dial tcp 10.0.0.25:25: connect: connection refused",
            )
        te = S(
            te + sec(0.01),
            "info",
            "Stopped running TaskRunner %s",
            f"Stopped running TaskRunner {tid}",
        )
        te = S(
            te,
            "info",
            "Release resource locker with TaskRunner %s",
            f"Release resource locker with TaskRunner {tid}",
        )
        running[name] = te
    # MySQL restarted: the open connections break, the task output writer fails
    t = db_down[0]
    for _ in range(3):
        t = G(
            t + sec(r.uniform(0, 0.4)),
            "[mysql] ",
            "packets.go:37: ",
            "unexpected EOF",
            "unexpected EOF",
        )
    t = S(
        t + sec(0.2),
        "error",
        "Error %d (%s): Server shutdown in progress",
        "Error 1053 (08S01): Server shutdown in progress",
    )
    for _ in range(r.randint(5, 8)):
        t = S(
            t + sec(r.uniform(2, 14)),
            "error",
            "dial tcp %s: connect: connection refused",
            "dial tcp 172.19.0.3:3306: connect: connection refused",
        )
    for _ in range(4):
        G(
            db_down[1] + sec(r.uniform(20, 400)),
            "[mysql] ",
            "connection.go:49: ",
            "closing bad idle connection: %s",
            "closing bad idle connection: EOF",
        )
    # LDAP: the server unreachable, then one user's password wrong
    for t in poisson(r, ldap_down[0], ldap_down[1], 70):
        S(
            t,
            "info",
            "LDAP Result Code %d %q: dial tcp %s: i/o timeout",
            'LDAP Result Code 200 "Network Error": dial tcp 10.0.2.10:636: i/o timeout',
        )
    for t in [at(10, 12, 4), at(10, 12, 31), at(10, 13, 2), at(10, 14, 40), at(11, 41, 9)]:
        S(
            t,
            "info",
            "LDAP Result Code %d %q: %s",
            'LDAP Result Code 49 "Invalid Credentials": 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 52e, v4563',
        )
    # net/http's superfluous WriteHeader from the websocket upgrade behind the proxy
    for t in poisson(r, t0, t_end, 1500):
        G(
            t,
            "",
            "",
            "http: superfluous response.WriteHeader call from %s (%s)",
            "http: superfluous response.WriteHeader call from github.com/gorilla/handlers.(*responseLogger).WriteHeader (handlers.go:61)",
        )
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- foreman

FM_HOSTS = ["web01", "web02", "web03", "db01", "db02", "lb01", "mon01"]
FM_RB = "/usr/share/foreman"
FM_GEMS = "/usr/share/gems/gems"


def proxy_route(path: str) -> str:
    """A Smart Proxy request's route as the set labels one: a network's address, a MAC and a
    host's name in its path variables (`/dhcp/<*>/mac/<*>`, `/puppet/ca/autosign/<*>`)."""
    return "/".join(
        "<*>" if re.fullmatch(r"[\d.]+|[0-9a-f:]{17}|[\w-]+(?:\.[\w-]+)+", part) else part
        for part in path.split("/")
    )


def foreman(r: random.Random) -> list[Log]:
    """Foreman 3.10 (production.log, Puma) and its smart-proxy (proxy.log) on one server,
    06:00 to 12:00: seven Puppet agents every 30 minutes (facts, ENC, report), a new VM not in
    Foreman sending reports, users in the UI, fact imports deadlocking at 08:09 and 08:35,
    three hosts created with hammer at 09:20 while dhcpd's OMAPI is down (one DHCP reservation
    failing), the proxy restarted at 10:00, and a monitoring check on the proxy's /version."""
    fs = Files()
    workers = [(w, th) for w in (3110, 3114, 3118, 3121) for th in range(5)]

    def F(
        t: datetime,
        lvl: str,
        cat: str,
        rid: str,
        label: str,
        msg: str,
        proc: object,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            "production.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S} [{lvl}|{cat}|{rid}] {msg}",
                *[f" {rid} | {m}" for m in (more or [])],
            ],
            proc,
            1_000_000,
        )

    def request(
        t: datetime,
        ip: str,
        method: str,
        path: str,
        action: str,
        fmt: str,
        params: str,
        body: list[tuple[str, str, str, str, list[str] | None]],
        status: str,
        views: bool,
        ar: tuple[float, float] = (3, 40),
    ) -> datetime:
        rid = hexid(r, 8)
        w = r.choice(workers)
        t = F(
            t,
            "I",
            "app",
            rid,
            'Started %s "%s" for %s at %s',
            f'Started {method} "{path}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
            w,
        )
        ctrl, act = action.split("#")
        t = F(
            t,
            "I",
            "app",
            rid,
            "Processing by %s#%s as %s",
            f"Processing by {ctrl}#{act} as {fmt}",
            w,
        )
        if params:
            t = F(t, "I", "app", rid, "  Parameters: %s", f"  Parameters: {params}", w)
        start = t
        for lvl, cat, label, msg, more in body:
            t = F(t + sec(r.uniform(0.01, 0.3)), lvl, cat, rid, label, msg, w, more)
        ms = max(int((t - start).total_seconds() * 1000) % 900, 0) + r.randint(20, 400)
        a = r.uniform(*ar)
        alloc = r.randint(4000, 160000)
        if views:
            return F(
                t + sec(0.01),
                "I",
                "app",
                rid,
                "Completed %s %s in %sms (Views: %sms | ActiveRecord: %sms | Allocations: %s)",
                f"Completed {status} in {ms}ms (Views: {r.uniform(0.2, ms * 0.4):.1f}ms | ActiveRecord: {a:.1f}ms | Allocations: {alloc})",
                w,
            )
        return F(
            t + sec(0.01),
            "I",
            "app",
            rid,
            "Completed %s %s in %sms (ActiveRecord: %sms | Allocations: %s)",
            f"Completed {status} in {ms}ms (ActiveRecord: {a:.1f}ms | Allocations: {alloc})",
            w,
        )

    def rendered(tpl: str, layout: str = "") -> list[tuple[str, str, str, str, None]]:
        d = r.uniform(8, 90)
        if layout:
            return [
                (
                    "I",
                    "app",
                    "  Rendered %s within %s (Duration: %sms | Allocations: %s)",
                    f"  Rendered {tpl} within {layout} (Duration: {d:.1f}ms | Allocations: {r.randint(3000, 60000)})",
                    None,
                ),
                (
                    "I",
                    "app",
                    "  Rendered layout %s (Duration: %sms | Allocations: %s)",
                    f"  Rendered layout {layout}.html.erb (Duration: {d + r.uniform(20, 80):.1f}ms | Allocations: {r.randint(60000, 140000)})",
                    None,
                ),
            ]
        return [
            (
                "I",
                "app",
                "  Rendered %s (Duration: %sms | Allocations: %s)",
                f"  Rendered {tpl} (Duration: {d / 10:.1f}ms | Allocations: {r.randint(2, 12000)})",
                None,
            )
        ]

    deadlocks = {(at(8, 15), "db01"), (at(8, 45), "db02")}
    PUPPET = "10.20.0.5"

    def deadlock_more(host: str) -> list[str]:
        p1, p2 = r.randint(30000, 32000), r.randint(30000, 32000)
        x = r.randint(9100000, 9200000)
        return [
            "ActiveRecord::Deadlocked: PG::TRDeadlockDetected: ERROR:  deadlock detected",
            f"DETAIL:  Process {p1} waits for ShareLock on transaction {x}; blocked by process {p2}.",
            f"Process {p2} waits for ShareLock on transaction {x - 1}; blocked by process {p1}.",
            "HINT:  See server log for query details.",
            f'CONTEXT:  while updating tuple ({r.randint(100, 900)},{r.randint(1, 40)}) in relation "fact_values"',
            "",
            f"{FM_GEMS}/activerecord-6.1.7.7/lib/active_record/connection_adapters/postgresql_adapter.rb:672:in `exec_params'",
            f"{FM_GEMS}/activerecord-6.1.7.7/lib/active_record/connection_adapters/postgresql_adapter.rb:672:in `block (2 levels) in exec_no_cache'",
            f"{FM_GEMS}/activerecord-6.1.7.7/lib/active_record/relation.rb:474:in `update_all'",
            f"{FM_RB}/app/services/structured_fact_importer.rb:66:in `update_facts'",
            f"{FM_RB}/app/services/fact_importer.rb:44:in `block in import!'",
            f"{FM_GEMS}/activerecord-6.1.7.7/lib/active_record/connection_adapters/abstract/database_statements.rb:320:in `transaction'",
            f"{FM_RB}/app/services/fact_importer.rb:41:in `import!'",
            f"{FM_RB}/app/services/host_fact_importer.rb:35:in `block in import_facts'",
            f"{FM_RB}/app/controllers/api/v2/hosts_controller.rb:312:in `facts'",
            f"{FM_GEMS}/actionpack-6.1.7.7/lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action'",
            f"{FM_GEMS}/puma-6.4.2/lib/puma/thread_pool.rb:155:in `block in spawn_thread'",
        ]

    # ---- the Puppet agents: facts, ENC, report every 30 minutes
    t0, t_end = at(6, 0), at(12, 0)
    for _hi, hname in enumerate(FM_HOSTS):
        fqdn = f"{hname}.example.com"
        t = at(6, 0) + sec(r.uniform(0, 1790))
        while t < t_end:
            dl = any(abs((t - dt).total_seconds()) < 900 and h == hname for dt, h in deadlocks)
            params = f'{{"facts"=>"[FILTERED]", "name"=>"{fqdn}", "certname"=>"{fqdn}", "apiv"=>"v2", "host"=>{{"certname"=>"{fqdn}", "name"=>"{fqdn}"}}}}'
            if dl:
                deadlocks = {(dt, h) for dt, h in deadlocks if h != hname}
                te = request(
                    t,
                    PUPPET,
                    "POST",
                    "/api/hosts/facts",
                    "Api::V2::HostsController#facts",
                    "JSON",
                    params,
                    [
                        (
                            "W",
                            "app",
                            "Error during fact import for %s",
                            f"Error during fact import for {fqdn}",
                            deadlock_more(fqdn),
                        )
                    ],
                    "500 Internal Server Error",
                    True,
                )
            else:
                upd = r.choice([3, 4, 4, 5, 6, 9])
                added = r.choice([0, 0, 0, 0, 1, 2])
                deleted = r.choice([0, 0, 0, 0, 0, 1])
                te = request(
                    t,
                    PUPPET,
                    "POST",
                    "/api/hosts/facts",
                    "Api::V2::HostsController#facts",
                    "JSON",
                    params,
                    [
                        (
                            "I",
                            "aud",
                            "[%s] deleted %s (%sms)",
                            f"[{fqdn}] deleted {deleted} ({r.uniform(0.3, 4):.1f}ms)",
                            None,
                        ),
                        (
                            "I",
                            "aud",
                            "[%s] updated %s (%sms)",
                            f"[{fqdn}] updated {upd} ({r.uniform(5, 40):.1f}ms)",
                            None,
                        ),
                        (
                            "I",
                            "aud",
                            "[%s] added %s (%sms)",
                            f"[{fqdn}] added {added} ({r.uniform(0.3, 6):.1f}ms)",
                            None,
                        ),
                        (
                            "I",
                            "app",
                            "Import facts for '%s' completed. Added: %s, Updated: %s, Deleted %s facts",
                            f"Import facts for '{fqdn}' completed. Added: {added}, Updated: {upd}, Deleted {deleted} facts",
                            None,
                        ),
                    ],
                    "201 Created",
                    True,
                    (40, 160),
                )
            te = request(
                te + sec(r.uniform(0.5, 2)),
                PUPPET,
                "GET",
                f"/node/{fqdn}?format=yml",
                "HostsController#externalNodes",
                "YML",
                f'{{"name"=>"{fqdn}"}}',
                rendered("text template"),
                "200 OK",
                True,
                (10, 50),
            )
            te = request(
                te + sec(r.uniform(15, 140)),
                PUPPET,
                "POST",
                "/api/config_reports",
                "Api::V2::ConfigReportsController#create",
                "JSON",
                '{"config_report"=>"[FILTERED]", "apiv"=>"v2"}',
                [
                    ("I", "app", "processing report for %s", f"processing report for {fqdn}", None),
                    (
                        "I",
                        "app",
                        "Imported report for %s in %s seconds",
                        f"Imported report for {fqdn} in {r.uniform(0.08, 0.9):.2f} seconds",
                        None,
                    ),
                    *rendered("api/v2/config_reports/create.json.rabl"),
                ],
                "201 Created",
                True,
                (30, 140),
            )
            t += sec(1800 + r.uniform(-5, 5))
    # a VM built outside Foreman, pointed at the Puppet server
    t = at(6, 11, 40)
    while t < t_end:
        request(
            t,
            PUPPET,
            "POST",
            "/api/config_reports",
            "Api::V2::ConfigReportsController#create",
            "JSON",
            '{"config_report"=>"[FILTERED]", "apiv"=>"v2"}',
            [
                (
                    "I",
                    "app",
                    "processing report for %s",
                    "processing report for tmp-build42.example.com",
                    None,
                ),
                (
                    "I",
                    "app",
                    "skipping report for %s as its an unknown host and create_new_host_when_report_is_uploaded setting is disabled",
                    "skipping report for tmp-build42.example.com as its an unknown host and create_new_host_when_report_is_uploaded setting is disabled",
                    None,
                ),
                *rendered("api/v2/config_reports/create.json.rabl"),
            ],
            "201 Created",
            True,
        )
        t += sec(1800 + r.uniform(-3, 3))

    # ---- users in the UI
    users = [
        ("jdoe", 4, "10.8.1.23"),
        ("asmith", 7, "10.8.1.40"),
        ("mkovacs", 9, "10.8.2.11"),
        ("lchen", 12, "10.8.1.77"),
    ]
    prev_login = {
        u: f"2024-06-05 {r.randint(9, 17):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} UTC"
        for u, _, _ in users
    }
    for st in sorted(at(6, 40) + sec(r.uniform(0, 5 * 3600)) for _ in range(9)):
        u, uid, ip = r.choice(users)
        if r.random() < 0.3:
            st = request(
                st,
                ip,
                "POST",
                "/users/login",
                "UsersController#login",
                "HTML",
                f'{{"authenticity_token"=>"[FILTERED]", "login"=>{{"login"=>"{u}", "password"=>"[FILTERED]"}}, "commit"=>"Log In"}}',
                [
                    (
                        "W",
                        "app",
                        "Failed login attempt from %s with username '%s'",
                        f"Failed login attempt from {ip} with username '{u}'",
                        None,
                    ),
                    *rendered("users/login.html.erb", "layouts/login"),
                ],
                "200 OK",
                True,
            ) + sec(r.uniform(5, 20))
        now_s = f"{st:%Y-%m-%d %H:%M:%S} UTC"
        st = request(
            st,
            ip,
            "POST",
            "/users/login",
            "UsersController#login",
            "HTML",
            f'{{"authenticity_token"=>"[FILTERED]", "login"=>{{"login"=>"{u}", "password"=>"[FILTERED]"}}, "commit"=>"Log In"}}',
            [
                (
                    "I",
                    "aud",
                    "%s (%s) %s event on %s %s",
                    f"User ({uid}) update event on last_login_on {prev_login[u]}, {now_s}",
                    None,
                ),
                (
                    "I",
                    "app",
                    "Redirected to %s",
                    "Redirected to https://foreman.example.com/",
                    None,
                ),
            ],
            "302 Found",
            False,
        )
        prev_login[u] = now_s
        st = request(
            st + sec(0.5),
            ip,
            "GET",
            "/",
            "DashboardController#index",
            "HTML",
            "",
            rendered("dashboard/index.html.erb", "layouts/application"),
            "200 OK",
            True,
        )
        for _ in range(r.randint(1, 4)):
            st += sec(r.uniform(10, 240))
            page, action, tpl, params = r.choice(
                [
                    ("/hosts", "HostsController#index", "hosts/index.html.erb", ""),
                    (
                        f"/hosts/{r.choice(FM_HOSTS)}.example.com",
                        "HostsController#show",
                        "hosts/show.html.erb",
                        f'{{"id"=>"{r.choice(FM_HOSTS)}.example.com"}}',
                    ),
                    (
                        "/config_reports",
                        "ConfigReportsController#index",
                        "config_reports/index.html.erb",
                        "",
                    ),
                    (
                        "/smart_proxies",
                        "SmartProxiesController#index",
                        "smart_proxies/index.html.erb",
                        "",
                    ),
                ]
            )
            st = request(
                st,
                ip,
                "GET",
                page,
                action,
                "HTML",
                params,
                rendered(tpl, "layouts/application"),
                "200 OK",
                True,
            )

    # ---- hammer creates three hosts; dhcpd's OMAPI is down for the last one
    PROXY = "https://foreman.example.com:9090"
    fails = {"web07"}
    new_hosts = [
        ("web05", "52:54:00:3a:91:0c", "10.20.0.55"),
        ("web06", "52:54:00:5e:02:b7", "10.20.0.56"),
        ("web07", "52:54:00:c4:7d:21", "10.20.0.57"),
    ]
    proxy_calls: list[tuple[datetime, str, str, str]] = []
    t = at(9, 20, 14)
    for name, mac, ip in new_hosts:
        fqdn = f"{name}.example.com"
        rec = f"{fqdn}-{mac}/{ip}"
        params = f'{{"location_id"=>2, "organization_id"=>1, "host"=>{{"name"=>"{name}", "hostgroup_id"=>3, "interfaces_attributes"=>[{{"mac"=>"{mac}", "ip"=>"{ip}", "primary"=>true, "provision"=>true}}], "build"=>true}}, "apiv"=>"v2"}}'
        body = [
            (
                "I",
                "app",
                "Create DHCP reservation %s for %s",
                f"Create DHCP reservation {fqdn} for {rec}",
                None,
            )
        ]
        proxy_calls.append((t + sec(2), "dhcp", fqdn, f"{mac}|{ip}"))
        if name in fails:
            err = f"ERF12-6899 [ProxyAPI::ProxyException]: Unable to set DHCP entry ([RestClient::BadRequest]: 400 Bad Request) for proxy {PROXY}/dhcp"
            body.append(
                (
                    "W",
                    "app",
                    "Create DHCP Settings for %s task failed with the following error: ERF12-6899 [ProxyAPI::ProxyException]: Unable to set DHCP entry ([RestClient::BadRequest]: 400 Bad Request) for proxy %s",
                    f"Create DHCP Settings for {fqdn} task failed with the following error: {err}",
                    [
                        f"ProxyAPI::ProxyException: {err}",
                        f"{FM_RB}/lib/proxy_api/dhcp.rb:71:in `rescue in set'",
                        f"{FM_RB}/lib/proxy_api/dhcp.rb:65:in `set'",
                        f"{FM_RB}/app/services/net/dhcp/record.rb:24:in `create'",
                        f"{FM_RB}/app/models/concerns/orchestration/dhcp.rb:63:in `set_dhcp'",
                        f"{FM_RB}/app/models/concerns/orchestration.rb:221:in `execute'",
                        f"{FM_RB}/app/models/concerns/orchestration.rb:145:in `block in process'",
                        f"{FM_RB}/app/models/concerns/orchestration.rb:137:in `each'",
                        f"{FM_RB}/app/models/concerns/orchestration.rb:137:in `process'",
                        f"{FM_RB}/app/models/concerns/orchestration.rb:43:in `around_save_orchestration'",
                        f"{FM_RB}/app/controllers/api/v2/hosts_controller.rb:138:in `create'",
                        f"{FM_GEMS}/puma-6.4.2/lib/puma/thread_pool.rb:155:in `block in spawn_thread'",
                    ],
                )
            )
            request(
                t,
                "10.8.1.23",
                "POST",
                "/api/hosts",
                "Api::V2::HostsController#create",
                "JSON",
                params,
                body,
                "422 Unprocessable Entity",
                True,
            )
        else:
            hid = r.randint(60, 80)
            for attr, val in [
                ("name", fqdn),
                ("hostgroup_id", "3"),
                ("managed", "true"),
                ("build", "true"),
            ]:
                body.append(
                    (
                        "I",
                        "aud",
                        "%s (%s) %s event on %s %s",
                        f"Host::Base ({hid}) create event on {attr} {val}",
                        None,
                    )
                )
            body += rendered("api/v2/hosts/show.json.rabl")
            request(
                t,
                "10.8.1.23",
                "POST",
                "/api/hosts",
                "Api::V2::HostsController#create",
                "JSON",
                params,
                body,
                "201 Created",
                True,
            )
        t += sec(r.uniform(40, 90))

    # ---- the smart-proxy
    def X(
        t: datetime, rid: str, lvl: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            "proxy.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S} {rid} [{lvl}] {msg}", *(more or [])],
            ("proxy", rid or "main"),
            1_000_000,
        )

    def preq(
        t: datetime,
        method: str,
        path: str,
        query: str,
        status: int,
        ms: tuple[float, float],
        body: list[tuple[str, str, str, list[str] | None]] | None = None,
    ) -> datetime:
        rid = hexid(r, 8)
        t = X(t, rid, "I", "Started %s %s %s", f"Started {method} {path} {query}")
        for lvl, label, msg, more in body or []:
            t = X(t + sec(0.05), rid, lvl, label, msg, more)
        return X(
            t + sec(r.uniform(0.001, 0.4)),
            rid,
            "I",
            # Labelled by method, route and status, as the set's access records are (round
            # 54's rule: ids in the route are variables); `Started` has no status.
            f"Finished {method} {proxy_route(path)} with {status} (%s ms)",
            f"Finished {method} {path} with {status} ({r.uniform(*ms):.2f} ms)",
        )

    def proxy_start(t: datetime, pid: int) -> datetime:
        for mod in [
            "foreman_proxy",
            "templates",
            "tftp",
            "puppetca_hostname_whitelisting",
            "puppetca",
            "dhcp_isc",
            "dhcp",
            "logs",
        ]:
            t = X(
                t + sec(r.uniform(0.01, 0.2)),
                "",
                "I",
                "Successfully initialized '%s'",
                f"Successfully initialized '{mod}'",
            )
        t = X(t + sec(0.3), "", "I", "WEBrick %s", "WEBrick 1.8.1")
        t = X(t, "", "I", "ruby %s", "ruby 3.0.7 (2024-04-23 revision 724a071175) [x86_64-linux]")
        return X(
            t,
            "",
            "I",
            "WEBrick::HTTPServer#start: pid=%s port=%s",
            f"WEBrick::HTTPServer#start: pid={pid} port=9090",
        )

    proxy_restart = at(10, 0, 3)
    proxy_start(at(5, 49, 2), 2209)
    proxy_start(proxy_restart + sec(2), 61730)
    t = at(6, 0, 41)
    while t < t_end:
        if not (proxy_restart - sec(5) <= t < proxy_restart + sec(15)):
            preq(t + sec(r.uniform(0, 1)), "GET", "/version", "", 200, (0.3, 1.2))
        t += sec(120)
    for t, _kind, fqdn, data in proxy_calls:
        mac, ip = data.split("|")
        t = preq(t, "GET", f"/dhcp/10.20.0.0/mac/{mac}", "", 404, (2, 9))
        if fqdn.startswith("web07"):
            t = preq(
                t + sec(0.3),
                "POST",
                "/dhcp/10.20.0.0",
                "",
                400,
                (10, 40),
                [
                    (
                        "E",
                        "Omshell failed: %s",
                        "Omshell failed: omshell= > > > > > > > > > can't open object: not connected",
                        ["omshell= obj: <null>", "omshell= > "],
                    ),
                    (
                        "E",
                        "Failed to add DHCP reservation for %s: No response from DHCP server",
                        f"Failed to add DHCP reservation for {fqdn}-{mac}/{ip}: No response from DHCP server",
                        None,
                    ),
                ],
            )
            continue
        t = preq(t + sec(0.3), "POST", "/dhcp/10.20.0.0", "", 200, (60, 300))
        t = preq(t + sec(0.5), "POST", f"/tftp/PXEGrub2/{mac}", "", 200, (5, 30))
        t = preq(t + sec(0.3), "POST", "/tftp/fetch_boot_file", "", 200, (200, 2400))
        t = preq(
            t + sec(r.uniform(200, 400)),
            "GET",
            "/unattended/provision",
            f"token={uuid.UUID(int=r.getrandbits(128), version=4)}",
            200,
            (80, 300),
        )
        preq(t + sec(r.uniform(500, 700)), "POST", f"/puppet/ca/autosign/{fqdn}", "", 200, (3, 20))
    return fs.logs(t0)


SYSTEMS = {
    "netbox": netbox,
    "oxidized": oxidized,
    "buildkite": buildkite,
    "semaphore": semaphore,
    "foreman": foreman,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
