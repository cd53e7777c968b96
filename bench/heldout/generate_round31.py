#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; printf as the programs do;
# a host's helpers are called only in the loop turn that defines them)
"""Writes the held-out logs of round 31 (gunicorn, homeassistant, puppet, nextcloud, cockroachdb)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: gunicorn's error log with a Django application logging
into it (`[2024-06-11 07:02:13 +0000] [812] [INFO] msg`, tracebacks below), Home Assistant's
`home-assistant.log` (`2024-06-11 07:02:13.401 WARNING (MainThread) [homeassistant.setup] msg`),
Puppet agent runs in syslog on three hosts (`(/Stage[main]/.../File[/etc/motd]/content) content
changed ...`: the resource before its message), Nextcloud's `nextcloud.log` (PHP's JSON lines,
slashes escaped, exceptions as nested objects) and CockroachDB's crdb-v2 files (`I240611
06:00:02.118452 57 1@server/node.go:533 ⋮ [T1,Vsystem,n1] 45  msg`, the channel before the file,
redaction marks around values, `+` continuation lines). Run it only to change the data on purpose:
`python bench/heldout/generate_round31.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, syslog_ts


def pick(r: random.Random, table: list[tuple[float, object]]):
    return r.choices([f for _, f in table], [w for w, _ in table])[0]


def scanner_ip(r: random.Random) -> str:
    return pick(
        r,
        [
            (3, f"203.0.113.{r.randrange(2, 250)}"),
            (3, f"198.51.100.{r.randrange(2, 250)}"),
            (
                6,
                f"{r.choice([45, 61, 80, 92, 103, 141, 159, 185, 193, 218])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}",
            ),
        ],
    )


# --------------------------------------------------------------------------------- gunicorn

GUNI_ROUTES = [
    # (method, path maker, weight)
    ("GET", lambda r: f"/api/orders/{r.randrange(1000, 99999)}", 6),
    ("POST", lambda r: "/api/orders", 3),
    (
        "GET",
        lambda r: (
            f"/api/products/{r.choice(['linen-shirt', 'wool-coat', 'canvas-bag', 'rain-jacket'])}"
        ),
        4,
    ),
    ("POST", lambda r: "/api/checkout", 2),
    ("GET", lambda r: f"/api/reports/sales?month=2024-0{r.randrange(1, 7)}", 1),
    ("POST", lambda r: "/api/webhooks/stripe", 2),
]
GUNI_TRACEBACKS = [
    # (the frames' last call, the exception line)
    (
        (
            '  File "/srv/shop/orders/views.py", line 88, in retrieve',
            "    order = self.get_object()",
        ),
        "orders.models.Order.DoesNotExist: Order matching query does not exist.",
    ),
    (
        (
            '  File "/srv/shop/payments/client.py", line 141, in charge',
            "    resp = self.session.post(url, json=payload, timeout=10)",
        ),
        "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out. (read timeout=10)",
    ),
    (
        (
            '  File "/srv/shop/reports/views.py", line 52, in sales',
            "    rows = cursor.execute(SALES_SQL, [month]).fetchall()",
        ),
        "django.db.utils.OperationalError: canceling statement due to statement timeout",
    ),
    (
        (
            '  File "/srv/shop/webhooks/views.py", line 33, in stripe',
            "    event = stripe.Webhook.construct_event(payload, sig, secret)",
        ),
        "stripe.error.SignatureVerificationError: No signatures found matching the expected signature for payload",
    ),
]


def gunicorn(r: random.Random) -> list[Log]:
    """gunicorn 21.2.0 serving a Django 4.2 shop on two hosts (`--error-logfile
    /var/log/gunicorn/error.log`, `--log-level info`, gthread workers, `--max-requests 2000`,
    `--timeout 30`): gunicorn's `[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] msg`, and Django's loggers
    writing into the same stream through a formatter made to look like gunicorn's, with the
    logger's name before the message (`[...] [815] [ERROR] django.request: Internal Server
    Error: /api/checkout`, the traceback below: no label). Start-up, workers booting, recycled
    after max-requests, timing out and killed, a worker killed by the OOM killer, requests
    failing with their tracebacks, 404s from scanners, CSRF failures, disallowed hosts, the
    application's own warnings, a TTIN/TTOU scale-up and back, a reload on HUP, and a stop."""
    logs = []
    for host, start in (("web1", 0), ("web2", 7)):
        log = Log(f"gunicorn-{host}.log", datetime(2024, 6, 11, 6, 0, 2 + start, tzinfo=UTC))
        next_pid = iter(range(r.randrange(800, 1200), 10**6, r.randrange(2, 5)))
        master = next(next_pid)
        workers: list[int] = []

        def emit(
            pid: int,
            level: str,
            fmt: str,
            args: tuple = (),
            label: str | None = None,
            name: str | None = None,
            lo=0.0,
            hi=0.02,
        ) -> None:
            log.tick(r, lo, hi)
            msg = fmt % args if args else fmt
            if name:
                msg = f"{name}: {msg}"
            log.add(f"[{log.t:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{level}] {msg}", label or fmt)

        def boot() -> None:
            pid = next(next_pid)
            workers.append(pid)
            emit(pid, "INFO", "Booting worker with pid: %s", (pid,))

        def start() -> None:
            emit(master, "INFO", "Starting gunicorn %s", ("21.2.0",))
            emit(master, "INFO", "Listening at: %s (%s)", ("http://127.0.0.1:8000", master))
            emit(master, "INFO", "Using worker: %s", ("gthread",))
            for _ in range(4):
                boot()

        def traceback(frames: tuple[str, str], exc: str) -> None:
            log.add("Traceback (most recent call last):", None)
            for f, code in (
                (
                    '  File "/srv/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner',
                    "    response = get_response(request)",
                ),
                (
                    '  File "/srv/venv/lib/python3.11/site-packages/django/core/handlers/base.py", line 197, in _get_response',
                    "    response = wrapped_callback(request, *callback_args, **callback_kwargs)",
                ),
                (
                    '  File "/srv/venv/lib/python3.11/site-packages/rest_framework/views.py", line 506, in dispatch',
                    "    response = handler(request, *args, **kwargs)",
                ),
                frames,
            ):
                log.add(f, None)
                log.add(code, None)
            log.add(exc, None)

        def request_error() -> None:
            w = r.choice(workers)
            _method, path, _ = r.choices(GUNI_ROUTES, [x[2] for x in GUNI_ROUTES])[0]
            p = path(r)
            if p.startswith("/api/orders/"):
                tb = GUNI_TRACEBACKS[0]
            elif p == "/api/checkout":
                tb = GUNI_TRACEBACKS[1]
            elif p.startswith("/api/reports"):
                tb = GUNI_TRACEBACKS[2]
            elif p.startswith("/api/webhooks"):
                tb = GUNI_TRACEBACKS[3]
            else:
                return
            emit(
                w,
                "ERROR",
                "Internal Server Error: %s",
                (p.split("?")[0],),
                name="django.request",
                lo=1,
                hi=90,
            )
            traceback(*tb)

        def app_warning() -> None:
            w = r.choice(workers)
            x = r.random()
            if x < 0.35:
                emit(
                    w,
                    "WARNING",
                    "Not Found: %s",
                    (
                        r.choice(
                            [
                                "/wp-login.php",
                                "/.env",
                                "/xmlrpc.php",
                                "/admin/config.php",
                                "/.git/config",
                                "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
                                "/api/products/old-summer-hat",
                                "/favicon.png",
                            ]
                        ),
                    ),
                    name="django.request",
                    lo=1,
                    hi=60,
                )
            elif x < 0.45:
                emit(
                    w,
                    "WARNING",
                    "Forbidden (CSRF token missing.): %s",
                    (r.choice(["/accounts/login/", "/cart/add/"]),),
                    name="django.security.csrf",
                    lo=1,
                    hi=60,
                )
            elif x < 0.47:
                emit(
                    w,
                    "WARNING",
                    "Forbidden (CSRF cookie not set.): %s",
                    ("/accounts/login/",),
                    name="django.security.csrf",
                    lo=1,
                    hi=60,
                )
            elif x < 0.58:
                ip = scanner_ip(r)
                emit(
                    w,
                    "ERROR",
                    "Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS.",
                    (f"{ip}:80" if r.random() < 0.5 else ip, ip),
                    name="django.security.DisallowedHost",
                    lo=1,
                    hi=60,
                )
            elif x < 0.7:
                emit(
                    w,
                    "WARNING",
                    "Bad Request: %s",
                    (r.choice(["/api/orders", "/api/checkout"]),),
                    name="django.request",
                    lo=1,
                    hi=60,
                )
            elif x < 0.85:
                emit(
                    w,
                    "WARNING",
                    "Payment provider slow for order %s: %.1fs",
                    (r.randrange(10000, 99999), r.uniform(3, 9.9)),
                    name="payments.client",
                    lo=1,
                    hi=60,
                )
            elif x < 0.93:
                emit(
                    w,
                    "WARNING",
                    "Stock for SKU %s below threshold (%d left)",
                    (
                        r.choice(["LS-001-M", "LS-001-L", "WC-210-S", "CB-004", "RJ-330-XL"]),
                        r.randrange(0, 5),
                    ),
                    name="inventory.signals",
                    lo=1,
                    hi=60,
                )
            else:
                emit(
                    w,
                    "INFO",
                    "Sent order confirmation to %s",
                    (
                        f"{r.choice(['ana', 'ben', 'chen', 'dora', 'emil'])}{r.randrange(1, 99)}@example.{r.choice(['com', 'org', 'net'])}",
                    ),
                    name="orders.mail",
                    lo=1,
                    hi=60,
                )

        def recycle() -> None:
            w = r.choice(workers)
            emit(w, "INFO", "Autorestarting worker after current request.", lo=5, hi=120)
            emit(w, "INFO", "Worker exiting (pid: %s)", (w,), lo=0, hi=0.5)
            workers.remove(w)
            boot()

        def timeout() -> None:
            w = r.choice(workers)
            emit(master, "CRITICAL", "WORKER TIMEOUT (pid:%s)", (w,), lo=5, hi=120)
            if r.random() < 0.7:
                emit(w, "INFO", "Worker exiting (pid: %s)", (w,), lo=0, hi=0.1)
                emit(master, "ERROR", "Worker (pid:%s) exited with code %s", (w, 1), lo=0, hi=0.2)
            else:
                emit(
                    master,
                    "ERROR",
                    "Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?",
                    (w,),
                    label="Worker (pid:%s) was sent %s! Perhaps out of memory?",
                    lo=0,
                    hi=0.2,
                )
            workers.remove(w)
            boot()

        def oom() -> None:
            w = r.choice(workers)
            emit(
                master,
                "ERROR",
                "Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?",
                (w,),
                label="Worker (pid:%s) was sent %s! Perhaps out of memory?",
                lo=5,
                hi=120,
            )
            workers.remove(w)
            boot()

        def hup() -> None:
            emit(master, "INFO", "Handling signal: %s", ("hup",), lo=30, hi=300)
            emit(master, "INFO", "Hang up: %s", ("Master",))
            for w in list(workers):
                emit(w, "INFO", "Worker exiting (pid: %s)", (w,), lo=0, hi=0.3)
            workers.clear()
            for _ in range(4):
                boot()

        def scale() -> None:
            emit(master, "INFO", "Handling signal: %s", ("ttin",), lo=30, hi=300)
            boot()
            emit(master, "INFO", "Handling signal: %s", ("ttin",), lo=1, hi=5)
            boot()
            # back down an hour later
            emit(master, "INFO", "Handling signal: %s", ("ttou",), lo=600, hi=1800)
            w = workers.pop(0)
            emit(w, "INFO", "Worker exiting (pid: %s)", (w,), lo=0, hi=0.3)
            emit(master, "INFO", "Handling signal: %s", ("ttou",), lo=1, hi=5)
            w = workers.pop(0)
            emit(w, "INFO", "Worker exiting (pid: %s)", (w,), lo=0, hi=0.3)

        def stop() -> None:
            emit(master, "INFO", "Handling signal: %s", ("term",), lo=30, hi=300)
            for w in workers:
                emit(w, "INFO", "Worker exiting (pid: %s)", (w,), lo=0, hi=0.5)
            workers.clear()
            emit(master, "INFO", "Shutting down: %s", ("Master",), lo=0, hi=1)

        start()
        events = 0
        for i in range(r.randrange(240, 300)):
            x = r.random()
            if x < 0.5:
                app_warning()
            elif x < 0.72:
                request_error()
            elif x < 0.84:
                recycle()
            elif x < 0.91:
                timeout()
            elif x < 0.93:
                oom()
            elif x < 0.95 and events < 2:
                hup()
                events += 1
            elif x < 0.96 and host == "web1" and events < 3:
                scale()
                events += 1
            if host == "web2" and i == 150:
                # a deploy: a failed start first (the port still held), then a good one
                stop()
                master = next(next_pid)
                emit(master, "INFO", "Starting gunicorn %s", ("21.2.0",), lo=5, hi=20)
                for _ in range(3):
                    emit(
                        master,
                        "ERROR",
                        "Connection in use: %s",
                        ("('127.0.0.1', 8000)",),
                        lo=0,
                        hi=0.1,
                    )
                    emit(master, "ERROR", "Retrying in 1 second.", lo=0, hi=0.1)
                    log.tick(r, 1, 1.01)
                emit(master, "ERROR", "Can't connect to %s", ("('127.0.0.1', 8000)",))
                master = next(next_pid)
                log.tick(r, 5, 20)
                start()
        stop()
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- homeassistant

HA_AUTOMATIONS = [
    # (object id, alias, steps, weight)
    ("motion_hallway", "Motion hallway", ["call service", "delay", "call service"], 10),
    ("porch_light_sunset", "Porch light at sunset", ["call service"], 1),
    ("kitchen_lights", "Kitchen lights", ["if", "call service"], 6),
    ("washer_done", "Washer done notification", ["wait for trigger", "call service"], 2),
    ("bedtime", "Bedtime scene", ["scene", "call service", "call service"], 1),
    ("garage_door_left_open", "Garage door left open", ["delay", "condition", "call service"], 2),
    ("thermostat_eco", "Thermostat eco when away", ["choose", "call service"], 3),
]
HA_CUSTOM = ["hacs", "localtuya", "alexa_media", "frigate"]
HA_ESPHOME = [
    ("garage-door", "192.168.1.61"),
    ("living-room-sensor", "192.168.1.50"),
    ("plant-monitor", "192.168.1.72"),
]
HA_COORDINATORS = [
    # (integration logger, coordinator name, failure formats)
    (
        "homeassistant.components.met",
        "met.no",
        [
            (
                "Error fetching %s data: Update of weather data failed: %s",
                lambda r: r.choice(
                    [
                        "Server disconnected",
                        "502, message='Bad Gateway', url=URL('https://aa015h6buqvih86i1.api.met.no/weatherapi/locationforecast/2.0/complete?lat=59.91&lon=10.75')",
                    ]
                ),
            )
        ],
    ),
    (
        "homeassistant.components.tibber",
        "tibber",
        [("Error fetching %s data: %s", lambda r: "Timeout connecting to Tibber")],
    ),
    (
        "custom_components.localtuya.coordinator",
        "localtuya Dehumidifier",
        [
            (
                "Error fetching %s data: Error communicating with device %s: %s",
                lambda r: (
                    "bf3c9a41e2d7f0a1c5xg2m",
                    r.choice(
                        ["[Errno 113] Connect call failed ('192.168.1.88', 6668)", "timed out"]
                    ),
                ),
            )
        ],
    ),
    (
        "homeassistant.components.synology_dsm",
        "diskstation",
        [("Error fetching %s data: %s", lambda r: "Unable to connect to DSM: Network error")],
    ),
]


def homeassistant(r: random.Random) -> list[Log]:
    """Home Assistant 2024.6's `home-assistant.log` on a Raspberry Pi (`logger: default: warning`,
    `homeassistant.components.automation: info`): `%(asctime)s.%(msecs)03d %(levelname)s
    (%(threadName)s) [%(name)s] %(message)s`, the logger's name being context (an automation's
    logger carries its object id). Automations running their actions step by step (and
    `Already running` in single mode), custom integrations' untested warning at each start,
    slow setups, platforms not ready yet, coordinators failing to fetch, entity
    updates taking too long, ESPHome devices unreachable, templates warning on missing
    attributes and failing, failed logins with a ban, the MQTT broker going away, a blocking
    call detected in a custom integration, a task exception with its traceback, a database
    not shut down cleanly, and two restarts."""
    log = Log("home-assistant.log", datetime(2024, 6, 11, 6, 0, 3, 118000, tzinfo=UTC))

    def emit(
        level: str,
        thread: str,
        name: str,
        fmt: str,
        args: tuple = (),
        label: str | None = None,
        lo=0.0,
        hi=0.5,
    ) -> None:
        log.tick(r, lo, hi)
        log.add(
            f"{log.t:%Y-%m-%d %H:%M:%S}.{log.t.microsecond // 1000:03d} {level} ({thread}) [{name}] {fmt % args if args else fmt}",
            label or fmt,
        )

    def start(clean: bool) -> None:
        if not clean:
            emit(
                "WARNING",
                "Recorder",
                "homeassistant.components.recorder.util",
                "The system could not validate that the sqlite3 database at %s was shutdown cleanly",
                ("//config/home-assistant_v2.db",),
                lo=5,
                hi=10,
            )
            emit(
                "WARNING",
                "Recorder",
                "homeassistant.components.recorder.util",
                "Ended unfinished session (id=%s from %s)",
                (
                    r.randrange(200, 400),
                    f"{log.t - timedelta(hours=3):%Y-%m-%d %H:%M:%S}.{r.randrange(10**6):06d}",
                ),
                lo=0,
                hi=1,
            )
        for c in HA_CUSTOM:
            emit(
                "WARNING",
                "SyncWorker_0" if c == "hacs" else "MainThread",
                "homeassistant.loader",
                "We found a custom integration %s which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant",
                (c,),
                lo=0,
                hi=0.2,
            )
        for d in ("tibber", "synology_dsm") if r.random() < 0.8 else ("synology_dsm",):
            emit(
                "WARNING",
                "MainThread",
                "homeassistant.setup",
                "Setup of %s is taking over %s seconds.",
                (d, 10),
                lo=5,
                hi=12,
            )
        for a in HA_AUTOMATIONS:
            emit(
                "INFO",
                "MainThread",
                f"homeassistant.components.automation.{a[0]}",
                "Initialized trigger %s",
                (a[1],),
                lo=0,
                hi=0.05,
            )
        if r.random() < 0.7:
            dev, ip = r.choice(HA_ESPHOME)
            emit(
                "WARNING",
                "MainThread",
                "homeassistant.components.sensor",
                "Platform %s not ready yet: %s; Retrying in background in %d seconds",
                ("esphome", f"Error connecting to {dev} @ {ip}", 30),
                label="Platform %s not ready yet: Error connecting to %s; Retrying in background in %d seconds",
                lo=1,
                hi=10,
            )
        emit(
            "WARNING",
            "MainThread",
            "homeassistant.helpers.frame",
            "Detected blocking call to %s inside the event loop by custom integration '%s' at %s, line %s: %s, please create a bug report at %s",
            (
                "open",
                "localtuya",
                "custom_components/localtuya/common.py",
                217,
                'with open(path, encoding="utf-8") as fp:',
                "https://github.com/rospogrigio/localtuya/issues",
            ),
            lo=1,
            hi=5,
        )

    def automation() -> None:
        oid, alias, steps, _ = r.choices(HA_AUTOMATIONS, [a[3] for a in HA_AUTOMATIONS])[0]
        name = f"homeassistant.components.automation.{oid}"
        if oid == "motion_hallway" and r.random() < 0.25:
            emit("WARNING", "MainThread", name, "%s: Already running", (alias,), lo=1, hi=30)
            return
        emit("INFO", "MainThread", name, "%s: Running automation actions", (alias,), lo=5, hi=400)
        for i, step in enumerate(steps):
            emit(
                "INFO",
                "MainThread",
                name,
                "%s: Executing step %s",
                (alias, step),
                lo=0,
                hi=2 if step != "delay" else 120,
            )
            if step == "call service" and oid == "kitchen_lights" and r.random() < 0.08:
                emit(
                    "ERROR",
                    "MainThread",
                    name,
                    "%s: Error executing script. Error for %s at pos %s: %s",
                    (
                        alias,
                        "call_service",
                        i + 1,
                        "Failed to call service light.turn_on. Unable to connect to device bf3c9a41e2d7f0a1c5xg2m",
                    ),
                    label="%s: Error executing script. Error for %s at pos %s: Failed to call service %s. Unable to connect to device %s",
                    lo=5,
                    hi=10,
                )
                emit(
                    "ERROR",
                    "MainThread",
                    name,
                    "Error while executing automation %s: %s",
                    (
                        f"automation.{oid}",
                        "Failed to call service light.turn_on. Unable to connect to device bf3c9a41e2d7f0a1c5xg2m",
                    ),
                    label="Error while executing automation %s: Failed to call service %s. Unable to connect to device %s",
                    lo=0,
                    hi=0.01,
                )
                return

    def template_warning() -> None:
        x = r.random()
        if x < 0.7:
            attr, tpl = r.choice(
                [
                    ("temperature", "{{ value_json.temperature }}"),
                    ("humidity", "{{ value_json.humidity }}"),
                    ("battery", "{{ value_json.battery | int }}"),
                ]
            )
            emit(
                "WARNING",
                "MainThread",
                "homeassistant.helpers.template",
                "Template variable warning: '%s' has no attribute '%s' when rendering '%s'",
                ("dict object", attr, tpl),
                lo=5,
                hi=300,
            )
        else:
            ent, tpl = r.choice(
                [
                    (
                        "sensor.power_total",
                        "{{ (states.sensor.plug_dryer_power.state | float) + (states.sensor.plug_washer_power.state | float) }}",
                    ),
                    (
                        "sensor.outdoor_feels_like",
                        "{{ state_attr('weather.forecast_home', 'apparent_temperature') | round(1) }}",
                    ),
                ]
            )
            emit(
                "ERROR",
                "MainThread",
                "homeassistant.helpers.event",
                "Error while processing template: %s",
                (f"Template<template=({tpl}) renders={r.randrange(2, 4000)}>",),
                lo=5,
                hi=300,
            )
            log.add("Traceback (most recent call last):", None)
            log.add(
                '  File "/usr/src/homeassistant/homeassistant/helpers/template.py", line 633, in async_render',
                None,
            )
            log.add(
                "    render_result = _render_with_context(self.template, compiled, **kwargs)", None
            )
            log.add(
                f"ValueError: Template error: float got invalid input 'unavailable' when rendering template '{tpl}' but no default was specified",
                None,
            )
            emit(
                "ERROR",
                "MainThread",
                "homeassistant.components.template.template_entity",
                "TemplateError('%s') while processing template '%s' for attribute '%s' in entity '%s'",
                (
                    f"ValueError: Template error: float got invalid input 'unavailable' when rendering template '{tpl}' but no default was specified",
                    f"Template<template=({tpl}) renders={r.randrange(2, 4000)}>",
                    "_attr_native_value",
                    ent,
                ),
                label="TemplateError('ValueError: Template error: float got invalid input '%s' when rendering template '%s' but no default was specified') while processing template '%s' for attribute '%s' in entity '%s'",
                lo=0,
                hi=0.01,
            )

    def coordinator_failure() -> None:
        logger, coord, fails = r.choice(HA_COORDINATORS)
        fmt, val = fails[0]
        v = val(r)
        args = (coord, *v) if isinstance(v, tuple) else (coord, v)
        label = fmt
        if logger.endswith("met"):
            label = (
                "Error fetching %s data: Update of weather data failed: Server disconnected"
                if v == "Server disconnected"
                else "Error fetching %s data: Update of weather data failed: %s, message='%s', url=URL('%s')"
            )
        elif logger.endswith("tibber"):
            label = "Error fetching %s data: Timeout connecting to Tibber"
        elif logger.endswith("synology_dsm"):
            label = "Error fetching %s data: Unable to connect to DSM: Network error"
        elif "timed out" in v[1]:
            label = "Error fetching %s data: Error communicating with device %s: timed out"
        else:
            label = "Error fetching %s data: Error communicating with device %s: [Errno %d] Connect call failed ('%s', %d)"
        emit("ERROR", "MainThread", logger, fmt, args, label=label, lo=30, hi=900)

    def slow_update() -> None:
        ent = r.choice(
            [
                "sensor.diskstation_volume_1_used_space",
                "climate.living_room",
                "sensor.dehumidifier_humidity",
                "media_player.living_room_tv",
            ]
        )
        emit(
            "WARNING",
            "MainThread",
            "homeassistant.helpers.entity",
            "Update of %s is taking over %s seconds",
            (ent, 10),
            lo=30,
            hi=900,
        )

    def esphome() -> None:
        dev, ip = r.choice(HA_ESPHOME)
        errno, reason = r.choice([(113, "Connect call failed"), (111, "Connect call failed")])
        emit(
            "WARNING",
            "MainThread",
            "aioesphomeapi.reconnect_logic",
            "Can't connect to ESPHome API for %s: Error connecting to %s: [Errno %d] %s ('%s', %d) (SocketAPIError)",
            (
                f"{dev} @ {ip}",
                f"[AddrInfo(family=<AddressFamily.AF_INET: 2>, type=<SocketKind.SOCK_STREAM: 1>, proto=6, sockaddr=IPv4Sockaddr(address='{ip}', port=6053))]",
                errno,
                reason,
                ip,
                6053,
            ),
            label="Can't connect to ESPHome API for %s: Error connecting to %s: [Errno %d] Connect call failed ('%s', %d) (SocketAPIError)",
            lo=60,
            hi=900,
        )

    def login_failure() -> None:
        ip = scanner_ip(r)
        n = r.randrange(1, 6)
        for _ in range(n):
            emit(
                "WARNING",
                "MainThread",
                "homeassistant.components.http.ban",
                "Login attempt or request with invalid authentication from %s (%s). Requested URL: '%s'. (%s)",
                (
                    ip,
                    ip,
                    r.choice(
                        [
                            "/auth/login_flow/8d3c0f2b9a7e4b21a6f0c4d2e1b3a5c7",
                            "/api/",
                            "/auth/token",
                        ]
                    ),
                    r.choice(
                        [
                            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
                            "python-requests/2.31.0",
                            "Home Assistant/2024.5.1-4321 (io.robbie.HomeAssistant; build:2024.654; iOS 17.5.1) Alamofire/5.8.0",
                        ]
                    ),
                ),
                lo=0.5,
                hi=60,
            )
        if n >= 5:
            emit(
                "WARNING",
                "MainThread",
                "homeassistant.components.http.ban",
                "Banned IP %s for too many login attempts",
                (ip,),
                lo=0,
                hi=0.1,
            )

    def mqtt_drop() -> None:
        emit(
            "ERROR",
            "MainThread",
            "homeassistant.components.mqtt.client",
            "Disconnected from MQTT server %s:%s (%s)",
            ("core-mosquitto", 1883, 7),
            lo=60,
            hi=900,
        )
        for _ in range(r.randrange(1, 4)):
            emit(
                "WARNING",
                "MainThread",
                "homeassistant.components.mqtt.client",
                "Error returned from MQTT server: %s",
                ("The connection was lost.",),
                label="Error returned from MQTT server: The connection was lost.",
                lo=1,
                hi=10,
            )

    def task_exception() -> None:
        emit(
            "ERROR",
            "MainThread",
            "homeassistant",
            "Error doing job: Task exception was never retrieved",
            lo=60,
            hi=900,
        )
        log.add("Traceback (most recent call last):", None)
        log.add(
            '  File "/config/custom_components/alexa_media/__init__.py", line 812, in async_update_data',
            None,
        )
        log.add("    await login_obj.test_loggedin()", None)
        log.add(
            '  File "/usr/local/lib/python3.12/site-packages/alexapy/alexalogin.py", line 473, in test_loggedin',
            None,
        )
        log.add("    raise AlexapyConnectionError", None)
        log.add("alexapy.errors.AlexapyConnectionError", None)

    start(True)
    restarts = {300, 620}
    for i in range(900):
        if i in restarts:
            log.tick(r, 30, 60)
            start(clean=i == 300)
        x = r.random()
        if x < 0.52:
            automation()
        elif x < 0.66:
            template_warning()
        elif x < 0.76:
            coordinator_failure()
        elif x < 0.83:
            slow_update()
        elif x < 0.9:
            esphome()
        elif x < 0.95:
            login_failure()
        elif x < 0.97:
            mqtt_drop()
        else:
            task_exception()
    return [log]


# --------------------------------------------------------------------------------- puppet

PUPPET_SERVER = ("puppet.example.com", 8140, "10.0.0.5")
PUPPET_HOSTS = {
    # host: the resources whose state drifts between runs (path, property, from, to, corrective)
    "web01": ["nginx", "motd", "ntp", "logrotate"],
    "web02": ["nginx", "motd", "ntp", "app"],
    "db01": ["motd", "ntp", "pgconf", "backup"],
}


def puppet(r: random.Random) -> list[Log]:
    """Puppet agent 8.6 daemons (`runinterval = 30m`, `splay = true`, `log_level = info`) on three
    hosts, their syslog lines (`Jun 11 07:02:13 web01 puppet-agent[2211]: msg`, no level word) as
    rsyslog files them: runs (environment, plugins, facts, the catalog requested, compiled, cached
    and applied), resource events with the resource's path before the message
    (`(/Stage[main]/Profile::Ntp/Service[chronyd]/ensure) ensure changed 'stopped' to 'running'
    (corrective)`: the path is the log's source, context), file content changes filebucketed,
    refreshes triggered, a package that cannot install and the resources that skip for it, an
    exec failing, a run already in progress, the server down for twenty minutes (routes failing,
    catalogs from cache), a compile error on the server, and a daemon restart."""
    logs = []
    for host, drift in PUPPET_HOSTS.items():
        log = Log(
            f"{host}.log", datetime(2024, 6, 11, 0, r.randrange(0, 30), r.randrange(60), tzinfo=UTC)
        )
        fqdn = f"{host}.example.com"
        pid = r.randrange(900, 1500)

        def emit(
            fmt: str,
            args: tuple = (),
            label: str | None = None,
            source: str | None = None,
            lo=0.0,
            hi=0.3,
        ) -> None:
            log.tick(r, lo, hi)
            msg = fmt % args if args else fmt
            if source:
                msg = f"({source}) {msg}"
            log.add(f"{syslog_ts(log.t)} {host} puppet-agent[{pid}]: {msg}", label or fmt)

        def sha() -> str:
            return "{sha256}" + hexid(r, 64)

        def change(kind: str) -> None:
            if kind == "nginx":
                src = "/Stage[main]/Profile::Nginx/File[/etc/nginx/conf.d/upstream.conf]/content"
                emit(
                    "Computing checksum on file %s",
                    ("/etc/nginx/conf.d/upstream.conf",),
                    lo=0.5,
                    hi=2,
                )
                emit(
                    "Filebucketed %s to %s with sum %s",
                    ("/etc/nginx/conf.d/upstream.conf", "puppet", hexid(r, 64)),
                    source="/Stage[main]/Profile::Nginx/File[/etc/nginx/conf.d/upstream.conf]",
                )
                emit(
                    "content changed '%s' to '%s'",
                    (sha(), sha()),
                    label="%s changed '%s' to '%s'",
                    source=src,
                )
                emit(
                    "Scheduling refresh of %s",
                    ("Service[nginx]",),
                    source="/Stage[main]/Profile::Nginx/File[/etc/nginx/conf.d/upstream.conf]",
                )
                emit(
                    "Triggered '%s' from %s event",
                    ("refresh", 1),
                    label="Triggered '%s' from %s event%s",
                    source="/Stage[main]/Profile::Nginx/Service[nginx]",
                    lo=0.5,
                    hi=3,
                )
            elif kind == "motd":
                emit(
                    "content changed '%s' to '%s'",
                    (sha(), sha()),
                    label="%s changed '%s' to '%s'",
                    source="/Stage[main]/Profile::Base::Motd/File[/etc/motd]/content",
                    lo=0.2,
                    hi=1,
                )
            elif kind == "ntp":
                emit(
                    "ensure changed '%s' to '%s' (corrective)",
                    ("stopped", "running"),
                    label="%s changed '%s' to '%s' (corrective)",
                    source="/Stage[main]/Profile::Ntp/Service[chronyd]/ensure",
                    lo=0.5,
                    hi=3,
                )
            elif kind == "logrotate":
                emit(
                    "mode changed '%s' to '%s' (corrective)",
                    ("0644", "0640"),
                    label="%s changed '%s' to '%s' (corrective)",
                    source="/Stage[main]/Profile::Logrotate/File[/etc/logrotate.d/nginx]/mode",
                    lo=0.2,
                    hi=1,
                )
            elif kind == "pgconf":
                src = "/Stage[main]/Profile::Postgresql/Postgresql::Server::Config_entry[work_mem]/Postgresql_conf[work_mem]/value"
                emit(
                    "value changed '%s' to '%s'",
                    ("64MB", "128MB"),
                    label="%s changed '%s' to '%s'",
                    source=src,
                    lo=0.5,
                    hi=2,
                )
                emit(
                    "Scheduling refresh of %s",
                    ("Class[Postgresql::Server::Reload]",),
                    source="/Stage[main]/Profile::Postgresql/Postgresql::Server::Config_entry[work_mem]/Postgresql_conf[work_mem]",
                )
                emit(
                    "Triggered '%s' from %s events",
                    ("refresh", 2),
                    label="Triggered '%s' from %s event%s",
                    source="/Stage[main]/Postgresql::Server::Reload/Exec[postgresql_reload]",
                    lo=0.5,
                    hi=3,
                )
            elif kind == "backup":
                src = "/Stage[main]/Profile::Backup/Exec[prune-old-dumps]/returns"
                if r.random() < 0.6:
                    emit(
                        "executed successfully",
                        label="executed successfully",
                        source=src,
                        lo=1,
                        hi=20,
                    )
                else:
                    emit(
                        "change from '%s' to %s failed: '%s' returned %s instead of one of [%s]",
                        ("notrun", "['0']", "/usr/local/bin/prune-dumps --keep 14", 1, 0),
                        source=src,
                        lo=1,
                        hi=20,
                    )
            elif kind == "app":
                src = "/Stage[main]/Profile::App/Package[shop-api]/ensure"
                emit(
                    "change from '%s' to '%s' failed: Execution of '%s' returned %s: %s",
                    (
                        "2.3.0",
                        "2.3.1",
                        "/usr/bin/apt-get -q -y -o DPkg::Options::=--force-confold install shop-api=2.3.1",
                        100,
                        "E: Version '2.3.1' for 'shop-api' was not found",
                    ),
                    label="change from '%s' to '%s' failed: Execution of '%s' returned %s: E: Version '%s' for '%s' was not found",
                    source=src,
                    lo=2,
                    hi=10,
                )
                for res in ("File[/etc/shop-api/settings.yaml]", "Service[shop-api]"):
                    emit(
                        "Dependency %s has failures: %s",
                        ("Package[shop-api]", "true"),
                        source=f"/Stage[main]/Profile::App/{res}",
                        lo=0,
                        hi=0.1,
                    )
                    emit(
                        "Skipping because of failed dependencies",
                        source=f"/Stage[main]/Profile::App/{res}",
                        lo=0,
                        hi=0.1,
                    )

        def run(t: int, server_down: bool, compile_error: bool) -> None:
            emit("Using environment '%s'", ("production",), lo=1700, hi=1900)
            if server_down:
                url = f"https://{PUPPET_SERVER[0]}:{PUPPET_SERVER[1]}/puppet/v3"
                for what in ("pluginfacts", "plugin"):
                    emit(
                        'Connection to %s failed, trying next route: Request to %s failed after %.3f seconds: Failed to open TCP connection to %s:%s (Connection refused - connect(2) for "%s" port %s)',
                        (
                            url,
                            url,
                            r.uniform(0.001, 0.01),
                            PUPPET_SERVER[0],
                            PUPPET_SERVER[1],
                            PUPPET_SERVER[0],
                            PUPPET_SERVER[1],
                        ),
                        lo=0,
                        hi=0.1,
                    )
                    emit(
                        "Could not retrieve %s: %s",
                        (what, "No more routes to fileserver"),
                        label=f"Could not retrieve {what}: No more routes to fileserver",
                        lo=0,
                        hi=0.1,
                    )
                emit("Loading facts", lo=0.2, hi=2)
                emit(
                    'Connection to %s failed, trying next route: Request to %s failed after %.3f seconds: Failed to open TCP connection to %s:%s (Connection refused - connect(2) for "%s" port %s)',
                    (
                        url,
                        url,
                        r.uniform(0.001, 0.01),
                        PUPPET_SERVER[0],
                        PUPPET_SERVER[1],
                        PUPPET_SERVER[0],
                        PUPPET_SERVER[1],
                    ),
                    lo=0,
                    hi=0.1,
                )
                emit(
                    "Could not retrieve catalog from remote server: %s",
                    ("No more routes to puppet",),
                    label="Could not retrieve catalog from remote server: No more routes to puppet",
                    lo=0,
                    hi=0.2,
                )
                emit("Using cached catalog from environment '%s'", ("production",), lo=0, hi=0.5)
                emit(
                    "Applying configuration version '%s'",
                    (t - r.randrange(1800, 3600),),
                    lo=0.2,
                    hi=1,
                )
                emit("Applied catalog in %.2f seconds", (r.uniform(3, 12),), lo=2, hi=12)
                emit(
                    "Could not send report: %s",
                    ("No more routes to report",),
                    label="Could not send report: No more routes to report",
                    lo=0,
                    hi=0.2,
                )
                return
            emit("Retrieving pluginfacts", lo=0, hi=0.5)
            emit("Retrieving plugin", lo=0, hi=0.5)
            emit("Loading facts", lo=0.2, hi=1)
            emit("Requesting catalog from %s:%s (%s)", PUPPET_SERVER, lo=1, hi=4)
            if compile_error:
                emit(
                    "Could not retrieve catalog from remote server: Error %s on SERVER: Server Error: Evaluation Error: Error while evaluating a Resource Statement, Could not find class %s for %s (file: %s, line: %s, column: %s) on node %s",
                    (
                        500,
                        "::profile::monitoring::node_exporter",
                        fqdn,
                        "/etc/puppetlabs/code/environments/production/manifests/site.pp",
                        14,
                        3,
                        fqdn,
                    ),
                    lo=1,
                    hi=4,
                )
                emit("Not using cache on failed catalog", lo=0, hi=0.1)
                emit("Could not retrieve catalog; skipping run", lo=0, hi=0.1)
                return
            emit("Catalog compiled by %s", (PUPPET_SERVER[0],), lo=2, hi=9)
            emit("Caching catalog for %s", (fqdn,), lo=0, hi=0.5)
            emit("Applying configuration version '%s'", (t,), lo=0.2, hi=1)
            for d in drift:
                if (
                    r.random()
                    < {
                        "nginx": 0.12,
                        "motd": 0.06,
                        "ntp": 0.08,
                        "logrotate": 0.05,
                        "pgconf": 0.03,
                        "backup": 0.3,
                        "app": 0.25,
                    }[d]
                ):
                    change(d)
            if r.random() < 0.04:
                emit(
                    "Creating state file %s",
                    ("/opt/puppetlabs/puppet/cache/state/state.yaml",),
                    lo=0,
                    hi=0.2,
                )
            emit("Applied catalog in %.2f seconds", (r.uniform(3, 25),), lo=2, hi=20)

        emit("Starting Puppet client version %s", ("8.6.0",), lo=0, hi=0)
        down = range(9, 11)
        for i in range(44):
            t = int(log.t.timestamp()) + 1800
            if i == 30 and host == "web02":
                emit(
                    "Run of Puppet configuration client already in progress; skipping  (%s exists)",
                    ("/opt/puppetlabs/puppet/cache/state/agent_catalog_run.lock",),
                    lo=1700,
                    hi=1900,
                )
                continue
            if i == 22 and host == "db01":
                emit("Caught %s; exiting", ("TERM",), lo=600, hi=900)
                pid += r.randrange(200, 900)
                emit("Starting Puppet client version %s", ("8.6.0",), lo=3, hi=10)
            run(t, i in down, i == 17 and host != "db01")
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- nextcloud

NC_USERS = {
    "alice": "192.0.2.34",
    "bob": "198.51.100.77",
    "carol": "203.0.113.18",
    "dave": "192.0.2.101",
    "erin": "10.20.0.44",
}
NC_AGENTS = {
    "desktop": "Mozilla/5.0 (Windows) mirall/3.13.0 (build 20240531) (Nextcloud, windows-10.0.19045 ClientArchitecture: x86_64 OsArchitecture: x86_64)",
    "android": "Mozilla/5.0 (Android) Nextcloud-android/3.29.0",
    "ios": "Mozilla/5.0 (iOS) Nextcloud-iOS/5.4.1",
    "browser": "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "cron": "--",
}
NC_FILES = [
    "Documents/budget-2024.xlsx",
    "Photos/2024/IMG_4411.jpg",
    "Photos/2024/IMG_4412.jpg",
    "Notes/todo.md",
    "Shared/Projects/roadmap.odt",
    "InstantUpload/Camera/PXL_20240610_181522.mp4",
]
NC_JOBS = [
    # (class, id, arguments)
    ("OCA\\Files\\BackgroundJob\\ScanFiles", 12, "null"),
    ("OCA\\FilesReminders\\BackgroundJob\\ScheduledNotifications", 58, "null"),
    ("OCA\\Activity\\BackgroundJob\\EmailNotification", 7, "null"),
    ("OCA\\Preview\\BackgroundJob\\GeneratePreviews", 211, '{"userId":"carol"}'),
    ("OC\\Core\\BackgroundJobs\\CheckForUserCertificates", 31, "null"),
]


def nextcloud(r: random.Random) -> list[Log]:
    """Nextcloud 28.0.6's `data/nextcloud.log` (`loglevel = 2`, the default `log_type = file`):
    one JSON object a line as PHP's json_encode writes it (slashes escaped, `\\u00e9`), `reqId`,
    `level` (2 warning, 3 error), `time`, `remoteAddr`, `user`, `app`, `method`, `url`,
    `message`, `userAgent`, `version`, and for an exception an `exception` object (class,
    message, code, the trace as a list of frames). Failed logins over WebDAV, uploads cut short
    (`Expected filesize of ...`), files locked during sync, PHP warnings the error handler logs
    (`Undefined array key "size" at /var/www/...#812`), background jobs running long and failing,
    the app store unreachable, the Collabora server timing out, and the database gone for a
    minute."""
    log = Log("nextcloud.log", datetime(2024, 6, 11, 6, 0, 4, tzinfo=UTC))

    def emit(
        level: int,
        app: str,
        msg: str,
        label: str,
        user: str = "--",
        ip: str = "",
        method: str = "",
        url: str = "",
        agent: str = "--",
        exception: dict | None = None,
        data: dict | None = None,
        lo=1.0,
        hi=120.0,
    ) -> None:
        log.tick(r, lo, hi)
        entry = {
            "reqId": alnum(r, 20),
            "level": level,
            "time": f"{log.t:%Y-%m-%dT%H:%M:%S}+00:00",
            "remoteAddr": ip,
            "user": user,
            "app": app,
            "method": method,
            "url": url,
            "message": msg,
            "userAgent": agent,
            "version": "28.0.6.1",
        }
        if exception is not None:
            entry["exception"] = exception
        if data is not None:
            entry["data"] = data
        log.add(json.dumps(entry, separators=(",", ":")).replace("/", "\\/"), label)

    def exc(
        cls: str,
        message: str,
        code: int,
        frames: list[tuple[str, int, str, str]],
        file: str,
        line: int,
    ) -> dict:
        return {
            "Exception": cls,
            "Message": message,
            "Code": code,
            "Trace": [
                {"file": f, "line": n, "function": fn, "class": c, "type": "->"}
                for f, n, fn, c in frames
            ],
            "File": file,
            "Line": line,
            "message": message,
            "exception": {},
            "CustomMessage": message,
        }

    def dav_url(user: str, path: str) -> str:
        return f"/remote.php/dav/files/{user}/{path}"

    def login_failed() -> None:
        ip = scanner_ip(r)
        for _ in range(r.randrange(1, 5)):
            user = r.choice(["admin", "admin", "root", "test", "nextcloud", "alice", "info"])
            emit(
                2,
                "core",
                f"Login failed: '{user}' (Remote IP: '{ip}')",
                "Login failed: '%s' (Remote IP: '%s')",
                ip=ip,
                method=r.choice(["POST", "PROPFIND"]),
                url=r.choice(
                    [
                        "/login",
                        "/remote.php/dav/",
                        "/ocs/v2.php/apps/password_policy/api/v1/generate",
                    ]
                ),
                agent=r.choice([NC_AGENTS["browser"], "python-requests/2.31.0", "curl/8.5.0"]),
                lo=0.5,
                hi=300,
            )

    def upload_cut() -> None:
        user = r.choice(list(NC_USERS))
        expected = r.choice([5242880, 10485760, 20971520, 104857600])
        got = r.randrange(0, expected, 4096)
        msg = f"Expected filesize of {expected} bytes but read (from Nextcloud client) and wrote (to Nextcloud storage) {got} bytes. Could either be a network problem on the sending side or a problem writing to the storage on the server side."
        path = f"Uploads/{r.choice(NC_FILES).rsplit('/', 1)[1]}"
        emit(
            3,
            "webdav",
            msg,
            "Expected filesize of %s bytes but read (from Nextcloud client) and wrote (to Nextcloud storage) %s bytes. Could either be a network problem on the sending side or a problem writing to the storage on the server side.",
            user=user,
            ip=NC_USERS[user],
            method="PUT",
            url=dav_url(user, path),
            agent=NC_AGENTS[r.choice(["android", "ios"])],
            exception=exc(
                "Sabre\\DAV\\Exception\\BadRequest",
                msg,
                0,
                [
                    (
                        "/var/www/nextcloud/apps/dav/lib/Connector/Sabre/Directory.php",
                        153,
                        "put",
                        "OCA\\DAV\\Connector\\Sabre\\File",
                    ),
                    (
                        "/var/www/nextcloud/3rdparty/sabre/dav/lib/DAV/Server.php",
                        1098,
                        "createFile",
                        "OCA\\DAV\\Connector\\Sabre\\Directory",
                    ),
                ],
                "/var/www/nextcloud/apps/dav/lib/Connector/Sabre/File.php",
                282,
            ),
            data={"app": "webdav", "customMessage": msg},
            lo=10,
            hi=600,
        )

    def locked() -> None:
        user = r.choice(list(NC_USERS))
        f = r.choice(NC_FILES)
        kind = r.choice(["exclusive", "exclusive", "shared"])
        msg = (
            f'"files/{hexid(r, 32)}/{f}" is locked, existing lock on file: {kind}'
            if kind == "exclusive"
            else f'"files/{hexid(r, 32)}/{f}" is locked, existing lock on file: {r.randrange(1, 4)} shared locks'
        )
        label = (
            '"%s" is locked, existing lock on file: exclusive'
            if kind == "exclusive"
            else '"%s" is locked, existing lock on file: %s shared locks'
        )
        emit(
            3 if r.random() < 0.5 else 2,
            "webdav",
            msg,
            label,
            user=user,
            ip=NC_USERS[user],
            method=r.choice(["PUT", "MOVE", "DELETE"]),
            url=dav_url(user, f),
            agent=NC_AGENTS["desktop"],
            exception=exc(
                "OCA\\DAV\\Connector\\Sabre\\Exception\\FileLocked",
                msg,
                0,
                [
                    (
                        "/var/www/nextcloud/apps/dav/lib/Connector/Sabre/File.php",
                        460,
                        "changeLock",
                        "OC\\Files\\View",
                    )
                ],
                "/var/www/nextcloud/apps/dav/lib/Connector/Sabre/Node.php",
                400,
            ),
            data={"app": "webdav", "customMessage": msg},
            lo=10,
            hi=600,
        )

    def php_warning() -> None:
        key, file, line = r.choice(
            [
                ('"size"', "/var/www/nextcloud/apps/files_versions/lib/Storage.php", 812),
                (
                    '"mimetype"',
                    "/var/www/nextcloud/apps/richdocuments/lib/Controller/DocumentController.php",
                    231,
                ),
                (
                    '"HTTP_USER_AGENT"',
                    "/var/www/nextcloud/lib/private/AppFramework/Http/Request.php",
                    603,
                ),
            ]
        )
        user = r.choice(list(NC_USERS))
        emit(
            3,
            "PHP",
            f"Undefined array key {key} at {file}#{line}",
            "Undefined array key %s at %s#%s",
            user=user,
            ip=NC_USERS[user],
            method="GET",
            url="/apps/files/",
            agent=NC_AGENTS["browser"],
            lo=10,
            hi=900,
        )

    def job_slow() -> None:
        cls, jid, args = r.choice(NC_JOBS)
        secs = r.randrange(301, 1900)
        emit(
            2,
            "cron",
            f"Background job {cls} (id: {jid}, arguments: {args}) ran for {secs} seconds",
            "Background job %s (id: %s, arguments: %s) ran for %s seconds",
            agent=NC_AGENTS["cron"],
            data={"app": "cron"},
            lo=60,
            hi=900,
        )

    def job_error() -> None:
        cls, jid, args = NC_JOBS[3]
        msg = "Preview generation failed: the image could not be read"
        emit(
            3,
            "core",
            f"Error while running background job {cls} (id: {jid}, arguments: {args})",
            "Error while running background job %s (id: %s, arguments: %s)",
            agent=NC_AGENTS["cron"],
            exception=exc(
                "OCP\\Files\\NotFoundException",
                msg,
                0,
                [
                    (
                        "/var/www/nextcloud/lib/private/Preview/Generator.php",
                        159,
                        "getMaxPreview",
                        "OC\\Preview\\Generator",
                    )
                ],
                "/var/www/nextcloud/lib/private/Preview/Generator.php",
                411,
            ),
            data={"app": "core"},
            lo=60,
            hi=900,
        )

    def appstore() -> None:
        ms = r.choice([10000, 10001, 10002])
        url = "https://apps.nextcloud.com/api/v1/apps.json"
        msg = f"Could not connect to appstore: cURL error 28: Operation timed out after {ms} milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for {url}"
        emit(
            2,
            "appstoreFetcher",
            msg,
            "Could not connect to appstore: cURL error %s: Operation timed out after %s milliseconds with %s bytes received (see %s) for %s",
            user="alice",
            ip=NC_USERS["alice"],
            method="GET",
            url="/settings/apps/list",
            agent=NC_AGENTS["browser"],
            data={"app": "appstoreFetcher"},
            lo=60,
            hi=900,
        )

    def collabora() -> None:
        user = r.choice(list(NC_USERS))
        msg = "Failed to fetch the Collabora capabilities endpoint: cURL error 28: Connection timed out after 5001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://office.example.com/hosting/capabilities"
        emit(
            3,
            "richdocuments",
            msg,
            "Failed to fetch the Collabora capabilities endpoint: cURL error %s: Connection timed out after %s milliseconds (see %s) for %s",
            user=user,
            ip=NC_USERS[user],
            method="GET",
            url="/apps/richdocuments/settings/check",
            agent=NC_AGENTS["browser"],
            data={"app": "richdocuments"},
            lo=60,
            hi=900,
        )

    def db_gone() -> None:
        emit(
            3,
            "index",
            "SQLSTATE[HY000] [2002] Connection refused",
            "SQLSTATE[HY000] [%s] Connection refused",
            agent=NC_AGENTS["cron"],
            exception=exc(
                "Doctrine\\DBAL\\Exception",
                "Failed to connect to the database: An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused",
                0,
                [
                    (
                        "/var/www/nextcloud/lib/private/DB/Connection.php",
                        237,
                        "connect",
                        "Doctrine\\DBAL\\Connection",
                    )
                ],
                "/var/www/nextcloud/lib/private/DB/Connection.php",
                239,
            ),
            lo=60,
            hi=900,
        )
        for _ in range(r.randrange(3, 8)):
            user = r.choice(list(NC_USERS))
            msg = "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused"
            emit(
                3,
                "index",
                msg,
                "An exception occurred in the driver: SQLSTATE[HY000] [%s] Connection refused",
                user="--",
                ip=NC_USERS[user],
                method="PROPFIND",
                url=dav_url(user, ""),
                agent=NC_AGENTS["desktop"],
                exception=exc(
                    "Doctrine\\DBAL\\Exception\\ConnectionException",
                    msg,
                    2002,
                    [
                        (
                            "/var/www/nextcloud/3rdparty/doctrine/dbal/src/Connection.php",
                            1939,
                            "convert",
                            "Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter",
                        )
                    ],
                    "/var/www/nextcloud/3rdparty/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php",
                    103,
                ),
                lo=0.5,
                hi=8,
            )

    for i in range(420):
        x = r.random()
        if x < 0.3:
            login_failed()
        elif x < 0.45:
            locked()
        elif x < 0.57:
            upload_cut()
        elif x < 0.7:
            php_warning()
        elif x < 0.8:
            job_slow()
        elif x < 0.85:
            job_error()
        elif x < 0.9:
            appstore()
        elif x < 0.96:
            collabora()
        if i in (140, 333):
            db_gone()
    return [log]


# --------------------------------------------------------------------------------- cockroachdb

CRDB_NODES = {1: ("crdb-1", "10.0.1.5"), 2: ("crdb-2", "10.0.1.6"), 3: ("crdb-3", "10.0.1.7")}
CRDB_RANGES = [
    (42, "/Table/106/{1-2}", "/Table/106/1/{12…-34…}"),
    (58, "/Table/108/1/{40…-80…}", "/Table/108/1/{40…-80…}"),
    (61, "/Table/108/{2-3}", "/Table/108/{2-3}"),
    (77, '/Table/112/1/{"a"…-"m"…}', '/Table/112/1/{"a"…-"m"…}'),
    (93, "/Table/115{-/1/9000}", "/Table/115{-/1/9000}"),
]
CRDB_JOB_TYPES = [
    ("AUTO CREATE STATS", 20),
    ("AUTO SPAN CONFIG RECONCILIATION", 1),
    ("AUTO SQL STATS COMPACTION", 2),
    ("SCHEMA CHANGE GC", 1),
]


def ibytes(n: float) -> str:
    """humanizeutil.IBytes: one decimal below ten units, none above."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if n < 1024 or unit == "TiB":
            if unit == "B":
                return f"{int(n)} B"
            return f"{n:.1f} {unit}" if n < 10 else f"{n:.0f} {unit}"
        n /= 1024
    raise AssertionError


def cockroachdb(r: random.Random) -> list[Log]:
    """CockroachDB v23.2.5 on three nodes, the files of two of them (n1, n2) as the default
    logging configuration writes them (`cockroach.<host>.cockroach.<time>.<pid>.log`: the DEV and
    OPS channels; `cockroach-health.*` and `cockroach-pebble.*`), in the crdb-v2 format
    (`I240611 06:00:02.118452 57 1@server/node.go:533 ⋮ [T1,Vsystem,n1] 45  msg`: severity and
    date, goroutine, the channel's number before the file, the redaction mark, the context tags
    and the entry counter, all context; values in redaction marks `‹›`). Each file opens with
    the `[config]` header; start-ups with the multi-line `node startup completed:` entry
    (continuation lines marked `+`: no label) and structured events (`={"Timestamp":...}`);
    runtime stats every ten seconds and gossip status every minute in the health log; pebble's
    flushes, compactions (input lists of any length) and deleted tables; automatic statistics
    jobs; raft and lease messages with range tags; n2 stopped, drained and restarted (a new set
    of files), n1's circuit breaker tripping and liveness heartbeats failing meanwhile, slow
    range RPCs and under-replicated ranges."""
    t0 = datetime(2024, 6, 11, 6, 0, 2, 118452, tzinfo=UTC)
    files: list[Log] = []

    class Sink:
        def __init__(self, kind: str, node: int, start: datetime, pid: int):
            host = CRDB_NODES[node][0]
            self.log = Log(
                f"{kind}.{host}.cockroach.{start:%Y-%m-%dT%H_%M_%S}Z.{pid:06d}.log", start
            )
            self.counter = 0
            files.append(self.log)
            for msg, label in (
                (f"file created at: {start:%Y/%m/%d %H:%M:%S}", "file created at: %s"),
                (f"running on machine: ‹{host}›", "running on machine: %s"),
                (
                    "binary: CockroachDB CCL v23.2.5 (x86_64-pc-linux-gnu, built 2024/05/09 17:42:01, go1.21.9 X:nocoverageredesign)",
                    "binary: %s",
                ),
                (
                    f"arguments: [‹/usr/local/bin/cockroach› ‹start› ‹--certs-dir=/var/lib/cockroach/certs› ‹--store=/var/lib/cockroach/data› ‹--listen-addr=:26257› ‹--advertise-addr={host}:26257› ‹--join=crdb-1,crdb-2,crdb-3› ‹--cache=.25› ‹--max-sql-memory=.25›]",
                    "arguments: %s",
                ),
                ("log format (utf8=✓): crdb-v2", "log format (utf8=%s): %s"),
                (
                    "line format: [IWEF]yymmdd hh:mm:ss.uuuuuu goid [chan@]file:line redactionmark \\[tags\\] [counter] msg",
                    "line format: %s",
                ),
            ):
                self.log.add(
                    f"I{start:%y%m%d %H:%M:%S}.{start.microsecond:06d} {pid % 997 + 1} util/log/file_sync_buffer.go:238 ⋮ [config]   {msg}",
                    label,
                )

        def emit(
            self,
            sev: str,
            site: str,
            tags: str,
            msg: str,
            label: str | None,
            more: list[str] = (),
            marker: str = " ",
            lo=0.0,
            hi=0.01,
        ) -> None:
            t = self.log.tick(r, lo, hi)
            self.counter += 1
            head = f"{sev}{t:%y%m%d %H:%M:%S}.{t.microsecond:06d} {r.randrange(60, 9000)} {site} ⋮ [{tags}] {self.counter}"
            self.log.add(f"{head} {marker}{msg}", label)
            for line in more:
                self.log.add(f"{head} +{line}", None)

    def tags(node: int, *extra: str) -> str:
        return ",".join(("T1", "Vsystem", f"n{node}", *extra))

    def open_node(node: int, start: datetime, restarted: bool):
        pid = r.randrange(1000, 30000)
        main = Sink("cockroach", node, start, pid)
        health = Sink("cockroach-health", node, start, pid)
        pebble = Sink("cockroach-pebble", node, start + timedelta(seconds=1.2), pid)
        host = CRDB_NODES[node][0]
        main.emit(
            "I",
            "1@cli/start.go:1086",
            "T1,Vsystem,n?",
            "starting cockroach node",
            "starting cockroach node",
            lo=0.01,
            hi=0.05,
        )
        main.emit(
            "I",
            "server/config.go:836",
            "T1,Vsystem,n?",
            "1 storage engine initialized",
            "%d storage engine%s initialized",
            lo=0.3,
            hi=0.9,
        )
        main.emit(
            "I",
            "server/config.go:839",
            "T1,Vsystem,n?",
            "Pebble cache size: 3.9 GiB",
            "Pebble cache size: %s",
        )
        main.emit(
            "I",
            "server/config.go:839",
            "T1,Vsystem,n?",
            "store 0: max size 0 B, max open file limit 10000",
            "store %d: max size %s, max open file limit %d",
        )
        main.emit(
            "I",
            "server/config.go:839",
            "T1,Vsystem,n?",
            "store 0: ‹{Encrypted:false ReadOnly:false FileStoreProperties:{path=/var/lib/cockroach/data, fs=ext4, blkdev=/dev/nvme1n1, mnt=/var/lib/cockroach opts=rw,noatime}}›",
            "store %d: %s",
        )
        main.emit(
            "I",
            "server/node.go:533",
            tags(node),
            f"initialized store s{node}",
            "initialized store %s",
            lo=0.2,
            hi=1,
        )
        main.emit(
            "I",
            "server/node.go:1123",
            tags(node),
            "started with engine type ‹2›",
            "started with engine type %s",
        )
        main.emit(
            "I",
            "server/node.go:1125",
            tags(node),
            "started with attributes []",
            "started with attributes %s",
        )
        main.emit(
            "I",
            "1@server/server.go:1820",
            tags(node),
            f"starting https server at ‹[::]:8080› (use: ‹{host}:8080›)",
            "starting https server at %s (use: %s)",
            lo=0.1,
            hi=0.4,
        )
        main.emit(
            "I",
            "1@server/server.go:1825",
            tags(node),
            "starting postgres server at ‹[::]:26257› (use: ‹[::]:26257›)",
            "starting postgres server at %s (use: %s)",
        )
        main.emit(
            "I",
            "1@server/server.go:1828",
            tags(node),
            "starting grpc server at ‹[::]:26257›",
            "starting grpc server at %s",
        )
        main.emit(
            "I",
            "1@server/server.go:1829",
            tags(node),
            f"advertising CockroachDB node at ‹{host}:26257›",
            "advertising CockroachDB node at %s",
        )
        took = r.uniform(1.5, 4)
        main.emit(
            "I",
            "1@cli/start.go:1360",
            tags(node),
            "node startup completed:",
            "node startup completed:",
            more=[
                f"CockroachDB node starting at {start:%Y-%m-%d %H:%M:%S}.{start.microsecond:06d} +0000 UTC m=+{took:.9f} (took {took:.1f}s)",
                "build:               CCL v23.2.5 @ 2024/05/09 17:42:01 (go1.21.9 X:nocoverageredesign)",
                f"webui:               ‹https://{host}:8080›",
                f"sql:                 ‹postgresql://root@{host}:26257/defaultdb?sslcert=%2Fvar%2Flib%2Fcockroach%2Fcerts%2Fclient.root.crt&sslkey=%2Fvar%2Flib%2Fcockroach%2Fcerts%2Fclient.root.key&sslmode=verify-full&sslrootcert=%2Fvar%2Flib%2Fcockroach%2Fcerts%2Fca.crt›",
                f"RPC client flags:    ‹/usr/local/bin/cockroach <client cmd> --host={host}:26257 --certs-dir=/var/lib/cockroach/certs›",
                "logs:                ‹/var/lib/cockroach/logs›",
                "temp dir:            ‹/var/lib/cockroach/data/cockroach-temp1187012417›",
                "external I/O path:   ‹/var/lib/cockroach/data/extern›",
                "store[0]:            ‹path=/var/lib/cockroach/data›",
                "storage engine:      pebble",
                "clusterID:           ‹5c2f8e33-0a4d-4d7b-9b1e-6f7c3a2d1e90›",
                "status:              restarted pre-existing node",
                f"nodeID:              {node}",
            ],
            lo=0.5,
            hi=2,
        )
        now = main.log.t
        ns = int(now.timestamp() * 1e9)
        main.emit(
            "I",
            "1@util/log/event_log.go:32",
            tags(node),
            json.dumps(
                {
                    "Timestamp": ns,
                    "EventType": "node_restart",
                    "NodeID": node,
                    "StartedAt": ns - r.randrange(10**9, 4 * 10**9),
                    "LastUp": ns - r.randrange(60 * 10**9, 900 * 10**9),
                },
                separators=(",", ":"),
            ),
            '={"Timestamp":%d,"EventType":"node_restart","NodeID":%d,"StartedAt":%d,"LastUp":%d}',
            marker="=",
        )
        return main, health, pebble

    def runtime_stats(h: Sink, node: int, rss: float) -> None:
        goroutines = r.randrange(380, 1400)
        go_alloc = r.uniform(300, 900) * 2**20
        go_total = go_alloc + r.uniform(100, 600) * 2**20
        cgo = r.uniform(1.5, 3.9) * 2**30
        msg = (
            f"runtime stats: {ibytes(rss)} RSS, {goroutines} goroutines (stacks: {ibytes(goroutines * r.uniform(12, 20) * 1024)}), "
            f"{ibytes(go_alloc)}/{ibytes(go_total)} Go alloc/total (heap fragmentation: {ibytes(r.uniform(5, 60) * 2**20)}, heap reserved: {ibytes(r.uniform(2, 90) * 2**20)}, heap released: {ibytes(r.uniform(20, 300) * 2**20)}), "
            f"{ibytes(cgo)}/{ibytes(cgo * r.uniform(1.05, 1.3))} CGO alloc/total ({r.uniform(0, 400):.1f} CGO/sec), "
            f"{r.uniform(2, 60):.1f}/{r.uniform(1, 12):.1f} %(u/s)time, {r.uniform(0, 2):.1f} %gc ({r.randrange(0, 3)}x), "
            f"{ibytes(r.uniform(100, 9000) * 1024)}/{ibytes(r.uniform(100, 9000) * 1024)} (r/w)net"
        )
        h.emit(
            "I",
            "2@server/status/runtime_log.go:47",
            tags(node),
            msg,
            "runtime stats: %s RSS, %d goroutines (stacks: %s), %s/%s Go alloc/total (heap fragmentation: %s, heap reserved: %s, heap released: %s), %s/%s CGO alloc/total (%.1f CGO/sec), %.1f/%.1f %%(u/s)time, %.1f %%gc (%dx), %s/%s (r/w)net",
            lo=0,
            hi=0,
        )

    def gossip_status(h: Sink, node: int, peers: list[int]) -> None:
        n = len(peers) + 1
        more = [f"gossip client ({1 if node != 1 else 0}/3 cur/max conns)"]
        if node != 1:
            more.append(
                f"  1: ‹crdb-1:26257› ({r.randrange(1, 60)}m0s: infos {r.randrange(10, 900)}/{r.randrange(10, 900)} sent/received, bytes {ibytes(r.uniform(5, 900) * 1024)}/{ibytes(r.uniform(5, 900) * 1024)} sent/received)"
            )
        more.append(
            f"gossip server ({len(peers) if node == 1 else 0}/3 cur/max conns, infos {r.randrange(10, 900)}/{r.randrange(10, 900)} sent/received, bytes {ibytes(r.uniform(5, 900) * 1024)}/{ibytes(r.uniform(5, 900) * 1024)} sent/received)"
        )
        for p in peers:
            if node == 1:
                more.append(f"  {p}: ‹{CRDB_NODES[p][0]}:26257› (1m0s)")
        more.append("gossip connectivity")
        more.append("  n1 [sentinel];")
        more.append("  " + " ".join(f"n{p} -> n1;" for p in sorted({*peers, node} - {1})))
        h.emit(
            "I",
            "2@gossip/gossip.go:1523",
            tags(node),
            f"gossip status (ok, {n} node{'s' if n != 1 else ''})",
            "gossip status (%s, %d node%s)",
            more=more,
            lo=0,
            hi=0,
        )

    class Pebble:
        def __init__(self, sink: Sink, node: int):
            self.sink, self.node = sink, node
            self.job = r.randrange(5, 40)
            self.file = r.randrange(1200, 4000)
            self.wal = self.file - 3
            self.l0: list[tuple[int, float]] = []

        def next_file(self) -> int:
            self.file += 1
            return self.file

        def emit(self, msg: str, label: str, sev: str = "I", lo=0.0, hi=0.01) -> None:
            self.sink.emit(
                sev,
                "3@pebble/event.go:734",
                f"n{self.node},s{self.node},pebble",
                msg,
                label,
                lo=lo,
                hi=hi,
            )

        def flush(self) -> None:
            self.job += 1
            job = self.job
            old_wal, self.wal = self.wal, self.next_file()
            self.emit(
                f"[JOB {job}] WAL created {self.wal:06d} (recycled {old_wal - 2:06d})",
                "[JOB %d] WAL created %s (recycled %s)",
            )
            n = 1 if r.random() < 0.85 else 2
            size = r.uniform(40, 64) * n * 2**20
            self.emit(
                f"[JOB {job}] flushing {n} memtable{'s' if n > 1 else ''} ({ibytes(size)}) to L0",
                "[JOB %d] flushing %d memtable%s (%s) to L0",
                lo=0,
                hi=0.01,
            )
            out = self.next_file()
            osize = size * r.uniform(0.2, 0.4)
            secs = r.uniform(0.2, 1.5)
            self.emit(
                f"[JOB {job}] flushed {n} memtable{'s' if n > 1 else ''} ({ibytes(size)}) to L0 [{out:06d}] ({ibytes(osize)}), in {secs:.1f}s ({secs + r.uniform(0, 0.1):.1f}s total), output rate {ibytes(osize / secs)}/s",
                "[JOB %d] flushed %d memtable%s (%s) to L0 [%s] (%s), in %.1fs (%.1fs total), output rate %s/s",
                lo=secs,
                hi=secs + 0.1,
            )
            self.l0.append((out, osize))
            if r.random() < 0.5:
                self.job += 1
                self.emit(
                    f"[JOB {self.job}] WAL deleted {old_wal - 2:06d}",
                    "[JOB %d] WAL deleted %s",
                    lo=0,
                    hi=0.2,
                )
            if len(self.l0) >= r.choice([2, 3, 4]):
                self.compact()
            elif r.random() < 0.12:
                self.move()

        def compact(self) -> None:
            self.job += 1
            job = self.job
            ins = self.l0
            self.l0 = []
            base = [
                (r.randrange(200, self.file - 50), r.uniform(8, 64) * 2**20)
                for _ in range(r.randrange(1, 4))
            ]
            isz, bsz = sum(x[1] for x in ins), sum(x[1] for x in base)
            names = lambda fs: " ".join(f"{f:06d}" for f, _ in fs)  # noqa: E731
            s1, s2 = r.uniform(1.0, 1.6), r.uniform(0.5, 1.2)
            ratio = bsz / isz
            self.emit(
                f"[JOB {job}] compacting(default) L0 [{names(ins)}] ({ibytes(isz)}) Score={s1:.2f} + L6 [{names(base)}] ({ibytes(bsz)}) Score={s2:.2f}; OverlappingRatio: Single {ratio:.2f}, Multi 0.00",
                "[JOB %d] compacting(%s) L%d [%s] (%s) Score=%.2f + L%d [%s] (%s) Score=%.2f; OverlappingRatio: Single %.2f, Multi %.2f",
                lo=0,
                hi=0.05,
            )
            outs = [(self.next_file(), (isz + bsz) / 2) for _ in range(r.randrange(1, 3))]
            secs = r.uniform(0.5, 4)
            self.emit(
                f"[JOB {job}] compacted(default) L0 [{names(ins)}] ({ibytes(isz)}) Score={s1:.2f} + L6 [{names(base)}] ({ibytes(bsz)}) Score={s2:.2f} -> L6 [{names(outs)}] ({ibytes(isz + bsz)}), in {secs:.1f}s ({secs + 0.1:.1f}s total), output rate {ibytes((isz + bsz) / secs)}/s",
                "[JOB %d] compacted(%s) L%d [%s] (%s) Score=%.2f + L%d [%s] (%s) Score=%.2f -> L%d [%s] (%s), in %.1fs (%.1fs total), output rate %s/s",
                lo=secs,
                hi=secs + 0.2,
            )
            for f, _ in ins + base:
                self.emit(
                    f"[JOB {job}] sstable deleted {f:06d}",
                    "[JOB %d] sstable deleted %s",
                    lo=0,
                    hi=0.005,
                )

        def move(self) -> None:
            self.job += 1
            f = r.randrange(200, self.file)
            size = r.uniform(1, 30) * 2**20
            sc = r.uniform(1.0, 1.4)
            self.emit(
                f"[JOB {self.job}] compacting(move) L5 [{f:06d}] ({ibytes(size)}) Score={sc:.2f} + L6 [] (0 B) Score=0.00; OverlappingRatio: Single 0.00, Multi 0.00",
                "[JOB %d] compacting(%s) L%d [%s] (%s) Score=%.2f + L%d [%s] (%s) Score=%.2f; OverlappingRatio: Single %.2f, Multi %.2f",
                lo=0.5,
                hi=3,
            )
            self.emit(
                f"[JOB {self.job}] compacted(move) L5 [{f:06d}] ({ibytes(size)}) Score={sc:.2f} + L6 [] (0 B) Score=0.00 -> L6 [{f:06d}] ({ibytes(size)}), in 0.0s (0.0s total), output rate {ibytes(size * 1000)}/s",
                "[JOB %d] compacted(%s) L%d [%s] (%s) Score=%.2f + L%d [%s] (%s) Score=%.2f -> L%d [%s] (%s), in %.1fs (%.1fs total), output rate %s/s",
                lo=0,
                hi=0.01,
            )

    def job(m: Sink, node: int) -> None:
        kind = r.choices([k for k, _ in CRDB_JOB_TYPES], [w for _, w in CRDB_JOB_TYPES])[0]
        jid = r.randrange(970000000000000000, 979999999999999999)
        jt = tags(node, f"job=‹{kind} id={jid}›")
        m.emit(
            "I",
            "jobs/registry.go:1612",
            jt,
            f"{kind} job {jid}: stepping through state running",
            "%s job %d: stepping through state %s",
            lo=0,
            hi=2,
        )
        if kind == "AUTO CREATE STATS" and r.random() < 0.05:
            m.emit(
                "W",
                "jobs/adopt.go:461",
                jt,
                f"could not run claimed job {jid}: ‹non-retryable error: statistics job already running›",
                "could not run claimed job %d: %s",
                lo=0.1,
                hi=1,
            )
            m.emit(
                "I",
                "jobs/registry.go:1612",
                jt,
                f"{kind} job {jid}: stepping through state failed",
                "%s job %d: stepping through state %s",
                lo=0,
                hi=0.1,
            )
            return
        m.emit(
            "I",
            "jobs/registry.go:1612",
            jt,
            f"{kind} job {jid}: stepping through state succeeded",
            "%s job %d: stepping through state %s",
            lo=0.2,
            hi=8,
        )

    def range_tag(node: int, rng: tuple, *extra: str) -> str:
        rid, _, span = rng
        return tags(node, *extra, f"s{node}", f"r{rid}/{node}:‹{span}›")

    def raft_slow(m: Sink, node: int) -> None:
        rng = r.choice(CRDB_RANGES)
        m.emit(
            "W",
            "kv/kvserver/replica_raft.go:1589",
            range_tag(node, rng) + ",raft",
            f"handle raft ready: {r.uniform(0.5, 3):.1f}s [applied={r.randrange(0, 4)}, batches={r.randrange(0, 4)}, state_assertions=0]; node might be overloaded",
            "handle raft ready: %.1fs [applied=%d, batches=%d, state_assertions=%d]; node might be overloaded",
            lo=5,
            hi=200,
        )

    def lease(m: Sink, node: int, to: int) -> None:
        rng = r.choice(CRDB_RANGES)
        m.emit(
            "I",
            "kv/kvserver/replicate_queue.go:2004",
            range_tag(node, rng, "replicate"),
            f"transferring lease to s{to}",
            "transferring lease to %s",
            lo=1,
            hi=30,
        )

    def rebalance(m: Sink, node: int, to: int) -> None:
        rng = r.choice(CRDB_RANGES)
        m.emit(
            "I",
            "kv/kvserver/allocator/plan/replicate.go:1036",
            range_tag(node, rng, "replicate"),
            f"rebalancing voter n{node},s{node} to n{to},s{to}: ‹[1*:{r.randrange(100, 9999)}, 2:{r.randrange(100, 9999)}, 3:{r.randrange(100, 9999)}]›",
            "rebalancing voter %s to %s: %s",
            lo=1,
            hi=30,
        )

    def snapshot_applied(m: Sink, node: int, frm: int) -> None:
        rng = r.choice(CRDB_RANGES)
        m.emit(
            "I",
            "kv/kvserver/replica_raftstorage.go:589",
            range_tag(node, rng),
            f"applied INITIAL snapshot ‹{hexid(r, 8)}› from (n{frm},s{frm}):{r.randrange(1, 4)} at applied index {r.randrange(20, 90000)} (total={r.randrange(3, 90)}ms data={ibytes(r.uniform(0.1, 60) * 2**20)} ingestion={r.randrange(1, 7)}@{r.randrange(1, 40)}ms)",
            "applied %s snapshot %s from %s at applied index %d (total=%s data=%s ingestion=%d@%s)",
            lo=0.5,
            hi=10,
        )

    def slow_rpc(m: Sink, node: int) -> None:
        rng = r.choice(CRDB_RANGES[:2])
        key = f"/Table/{rng[1].split('/')[2].split('{')[0]}/1/{r.randrange(1000, 99999)}/0"
        m.emit(
            "W",
            "kv/kvclient/kvcoord/dist_sender.go:1827",
            tags(
                node,
                f"client=10.0.2.{r.randrange(10, 40)}:{r.randrange(32768, 61000)}",
                "hostssl",
                "user=app",
            ),
            f"slow range RPC: have been waiting {r.uniform(60, 75):.2f}s (1 attempts) for RPC Get [‹{key}›] to r{rng[0]}:‹{rng[1]}› [(n1,s1):1, (n2,s2):2, (n3,s3):3, next=4, gen={r.randrange(5, 30)}]; resp: ‹(err: <nil>), *kvpb.GetResponse›",
            "slow range RPC: have been waiting %.2fs (%d attempts) for RPC %s to %s; resp: %s",
            lo=1,
            hi=20,
        )

    nodes = {}
    for node in (1, 2):
        nodes[node] = open_node(node, t0 + timedelta(seconds=node * 0.7), False)
    peb = {n: Pebble(nodes[n][2], n) for n in nodes}
    rss = {1: 1.3 * 2**30, 2: 1.2 * 2**30}
    # one step is ten seconds; n2 stops at step 200 and is back at step 212
    down = range(200, 212)
    for step in range(420):
        for node in (1, 2):
            main, health, pebble = nodes[node]
            if node == 2 and step in down:
                continue
            if node == 2 and step == down.stop:
                nodes[2] = open_node(2, main.log.t + timedelta(seconds=120), True)
                main, health, pebble = nodes[2]
                peb[2] = Pebble(pebble, 2)
                for _ in range(r.randrange(3, 7)):
                    snapshot_applied(main, 2, 1)
            for sink in (main, health, pebble):
                sink.log.t = max(sink.log.t, t0 + timedelta(seconds=10 * step + node * 0.7))
            rss[node] = min(max(rss[node] + r.uniform(-40, 45) * 2**20, 0.9 * 2**30), 2.4 * 2**30)
            runtime_stats(health, node, rss[node])
            if step % 6 == 0:
                gossip_status(
                    health,
                    node,
                    [p for p in (2, 3) if not (p == 2 and step in down)] if node == 1 else [1, 3],
                )
            if node == 1 and step in down:
                if step == down.start:
                    main.emit(
                        "W",
                        "rpc/peer.go:678",
                        tags(1, "rnode=2", "raddr=‹crdb-2:26257›", "class=system", "rpc"),
                        'circuitbreaker: ‹rpc [::]:26257 [n2]› tripped: failed to connect to n2 at ‹crdb-2:26257›: initial connection heartbeat failed: grpc: ‹connection error: desc = "transport: error while dialing: dial tcp 10.0.1.6:26257: connect: connection refused"› [code 14/Unavailable]',
                        "circuitbreaker: %s tripped: failed to connect to n%d at %s: initial connection heartbeat failed: grpc: %s [code %d/%s]",
                        lo=0.5,
                        hi=3,
                    )
                if step - down.start in (1, 4, 8):
                    main.emit(
                        "W",
                        "kv/kvserver/liveness/liveness.go:787",
                        tags(1, "liveness-hb"),
                        'failed node liveness heartbeat: operation ‹"node liveness heartbeat"› timed out after 3s (given timeout 3s): context deadline exceeded',
                        "failed node liveness heartbeat: operation %s timed out after %s (given timeout %s): context deadline exceeded",
                        lo=0,
                        hi=3,
                    )
                if step - down.start in (2, 3, 5, 9):
                    slow_rpc(main, 1)
                if (step - down.start) % 3 == 0:
                    health.emit(
                        "W",
                        "2@server/status/health_check.go:212",
                        tags(1),
                        f"health alerts detected: {{Alerts:[{{StoreID:1 Category:METRICS Description:ranges.underreplicated Value:{r.randrange(20, 60)} XXX_NoUnkeyedLiteral:{{}} XXX_sizecache:0}}]}}",
                        "health alerts detected: %s",
                        lo=0,
                        hi=0.5,
                    )
            if node == 1 and step == down.stop + 3:
                main.emit(
                    "I",
                    "rpc/peer.go:712",
                    tags(1, "rnode=2", "raddr=‹crdb-2:26257›", "class=system", "rpc"),
                    "circuitbreaker: ‹rpc [::]:26257 [n2]› reset",
                    "circuitbreaker: %s reset",
                    lo=0,
                    hi=2,
                )
            if node == 2 and step == down.start - 1:
                main.emit(
                    "I",
                    "1@cli/start.go:1021",
                    tags(2),
                    "received signal 'terminated'",
                    "received signal '%s'",
                    lo=1,
                    hi=5,
                )
                main.emit(
                    "I",
                    "1@cli/start.go:1101",
                    tags(2),
                    "initiating graceful shutdown of server",
                    "initiating graceful shutdown of server",
                    lo=0,
                    hi=0.01,
                )
                remaining = r.randrange(30, 70)
                while remaining:
                    main.emit(
                        "I",
                        "1@server/drain.go:285",
                        tags(2),
                        f"drain remaining: {remaining}",
                        "drain remaining: %d",
                        lo=0.2,
                        hi=1,
                    )
                    main.emit(
                        "I",
                        "1@server/drain.go:287",
                        tags(2),
                        f"drain details: range lease iterations: {remaining}",
                        "drain details: %s",
                        lo=0,
                        hi=0.01,
                    )
                    remaining = max(0, remaining - r.randrange(10, 40))
                main.emit(
                    "I",
                    "1@server/drain.go:285",
                    tags(2),
                    "drain remaining: 0",
                    "drain remaining: %d",
                    lo=0.2,
                    hi=1,
                )
                main.emit(
                    "I",
                    "1@cli/start.go:1131",
                    tags(2),
                    "server drained and shutdown completed",
                    "server drained and shutdown completed",
                    lo=0.5,
                    hi=2,
                )
                continue
            if r.random() < 0.2:
                peb[node].flush()
            x = r.random()
            if x < 0.16:
                job(main, node)
            elif x < 0.2:
                raft_slow(main, node)
            elif x < 0.22 or (down.stop <= step < down.stop + 30 and x < 0.45):
                (lease if r.random() < 0.6 else rebalance)(main, node, 2 if node == 1 else 1)
            if r.random() < 0.006:
                peb[node].emit(
                    f"disk slowness detected: write on file ‹/var/lib/cockroach/data/{peb[node].wal:06d}.log› has been ongoing for {r.uniform(1, 9):.1f}s",
                    "disk slowness detected: %s on file %s has been ongoing for %0.1fs",
                    sev="W",
                    lo=0,
                    hi=2,
                )
    return sorted(files, key=lambda log: log.name)


SYSTEMS = {
    "gunicorn": gunicorn,
    "homeassistant": homeassistant,
    "puppet": puppet,
    "nextcloud": nextcloud,
    "cockroachdb": cockroachdb,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
